"""Part QE of the story battery (web pages).

Written by engineer QE1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QE`.

Six invented events, each told by three or four invented outlets as saved web pages.
cb-QE1: the Bank of Israel cuts its rate by a quarter point to 4.25% (Monday 16 March 2026;
wire, national paper, mortgage trade weekly, newsletter); planted: the committee vote (five to
one everywhere, four to two in the trade weekly), who spoke the "begin to ease, carefully, and
in small steps" quote (Governor Shaviv in three pages, Deputy Governor Kedar in the newsletter),
and the date of the next decision (April 27 in two pages, May 4 in the national paper).
election-QE2 (CONTROL): Istiqlal holds the Ouezzane seat in a Moroccan partial legislative
election (Thursday 22 January 2026; wire with a provisional count, national paper, local site,
newsletter). court-QE3 (CONTROL): the DIFC Court of Appeal trims a contractor's award from
AED 412.6m to AED 389.1m (Tuesday 12 May 2026; wire, UAE daily, legal trade review).
trade-QE4 (CONTROL): Turkey's March 2026 exports of $24.31bn, announced Thursday 2 April 2026
(wire, public broadcaster, automotive trade monitor). rocket-QE5: Oman's Sahab-1 suborbital
flight from Etlaq near Duqm (Wednesday 21 October 2026; wire, Omani daily, US space
newsletter); planted: the launch time (6:18 a.m. local, 0218 GMT; the newsletter gives 6:38
a.m. local, 10:38 p.m. EDT Tuesday) and Salim Al Rawahi's title (launch director, called
chief engineer by the daily). quake-QE6: a night earthquake in Bejaia province, Algeria
(00:26 Saturday 14 February 2026 local, 23:26 GMT Friday; wire, public broadcaster, local
paper, diaspora newsletter); planted: the epicentre town (Kherrata, given as Souk El Tenine by
the local paper) and the interior minister's quote ("a second night outdoors", given as "a
second week outdoors" by the newsletter). All six carry rounding, unit and currency
conversions, time-zone and relative dates, rising tolls and provisional counts, forecasts
beside outcomes, earlier events with their own figures, parts beside wholes, split and
paraphrased quotes, and people named with and without titles.
"""

from __future__ import annotations

import html as _html
import json as _json
import zlib as _zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Page templates.  Article bodies are written as blocks separated by blank lines:
#   "## text"            -> sub-head
#   "[AD]"               -> an advertisement block in the template's style
#   "[FIG] caption | credit" -> a photo with caption and credit
#   anything else        -> one paragraph
# --------------------------------------------------------------------------------------

def _num(s: str) -> int:
    return _zlib.crc32(s.encode("utf-8"))


def _esc(s: str) -> str:
    return _html.escape(s, quote=False)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _blocks(body: str, ad_html: str, fig_html: Any) -> str:
    out = []
    for raw in body.strip().split("\n\n"):
        b = " ".join(raw.split())
        if not b:
            continue
        if b == "[AD]":
            out.append(ad_html)
        elif b.startswith("[FIG]"):
            cap, _, credit = b[5:].partition("|")
            out.append(fig_html(cap.strip(), credit.strip()))
        elif b.startswith("## "):
            out.append(f"<h2>{_esc(b[3:])}</h2>")
        else:
            out.append(f"<p>{_esc(b)}</p>")
    return "\n".join(out)


def _nav(items: list[str]) -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{_esc(i)}</a></li>'
                    for i in items)
    return f'<nav class="main-nav" aria-label="Sections"><ul>{links}</ul></nav>'


def _rail(title: str, links: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{_attr(h)}">{_esc(t)}</a></li>' for t, h in links)
    return f'<aside class="related"><h3>{_esc(title)}</h3><ul>{lis}</ul></aside>'


def _wire_page(*, site: str, url: str, headline: str, summary: str, body: str,
               published: str | None, modified: str | None = None, byline: str = "",
               section: str = "World", related: list[tuple[str, str]] = ()) -> str:
    """Template 1: wire-service page, date (if any) in JSON-LD only."""
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": headline, "datePublished": published,
                "dateModified": modified or published,
                "author": {"@type": "Person", "name": byline or site},
                "publisher": {"@type": "Organization", "name": site},
                "mainEntityOfPage": url}
        ld = ('<script type="application/ld+json">' + _json.dumps(data, ensure_ascii=False)
              + "</script>")
    ad = ('<div class="ad-slot ad-inline" data-slot="mid-article"><span class="ad-label">'
          'Advertisement</span><a href="https://ads.example/click?c=wire">Trade smarter: '
          'open a multi-currency account in ten minutes. Terms apply.</a></div>')

    def fig(cap: str, credit: str) -> str:
        return (f'<figure class="wire-photo"><img src="/img/{_num(cap) % 99999}.jpg" '
                f'alt="{_attr(cap)}"><figcaption>{_esc(cap)} <span class="credit">'
                f'{_esc(credit)}</span></figcaption></figure>')
    rail = _rail("More from " + site, list(related)) if related else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(summary)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="og:url" content="{_attr(url)}">
<link rel="canonical" href="{_attr(url)}">
{ld}
</head>
<body class="wire article">
<a class="skip-link" href="#main">Skip to content</a>
<div id="consent" class="cookie-banner" role="dialog">This site keeps a few small files on
your device so it can remember your settings and count visits.
<button>Accept all</button> <button>Manage choices</button></div>
<header class="masthead"><a class="logo" href="/">{_esc(site)}</a>
{_nav(["World", "Markets", "Business", "Energy", "Technology", "Sport"])}
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main id="main">
<article>
<div class="kicker">{_esc(section)}</div>
<h1>{_esc(headline)}</h1>
<div class="byline">{_esc(byline)}</div>
<div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="article-body">
{_blocks(body, ad, fig)}
</div>
<p class="standards"><a href="/standards">Our standards: the trust principles</a></p>
</article>
{rail}
</main>
<footer><p>&copy; 2026 {_esc(site)}. Republication needs written permission.</p>
<ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str, body: str,
                published: str | None, visible_date: str, byline: str,
                section: str, related: list[tuple[str, str]] = (),
                sep: str = " | ") -> str:
    """Template 2: newspaper page; article:published_time + <time> when dated,
    otherwise only a plain visible date line (or none)."""
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:section" content="{_attr(section)}">')
        when = f'<time datetime="{published}" class="pubdate">{_esc(visible_date)}</time>'
    else:
        when = f'<span class="dateline">{_esc(visible_date)}</span>' if visible_date else ""
    ad = ('<aside class="advert" aria-label="advertisement"><p class="advert-tag">ADVERTISEMENT'
          '</p><div class="advert-creative">Sea-view apartments from the first floor up. '
          'Book a private viewing this weekend.</div></aside>')

    def fig(cap: str, credit: str) -> str:
        return (f'<figure class="lead-image"><img src="/media/{_num(credit) % 88888}.jpg" '
                f'alt=""><figcaption><span class="caption">{_esc(cap)}</span> '
                f'<span class="photo-credit">{_esc(credit)}</span></figcaption></figure>')
    rail = _rail("Most read", list(related)) if related else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)}{sep}{_esc(site)}</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(standfirst)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:image" content="https://static.example/{_num(url) % 7777}.jpg">
<meta name="twitter:card" content="summary_large_image">
{meta}
</head>
<body>
<div class="gdpr-notice">Our partners and we rely on cookies to measure visits and
to tailor adverts. <a href="/cookies">Learn more</a> <button>OK</button></div>
<a href="#content" class="visually-hidden">Skip to content</a>
<div class="topbar"><span class="edition">Edition: International</span>
<a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a></div>
<header><div class="brand"><a href="/">{_esc(site)}</a></div>
{_nav(["News", "Business", "Opinion", "Region", "Culture", "Sport", "Podcasts"])}</header>
<div id="content" class="page">
<article class="story">
<p class="section-label">{_esc(section)}</p>
<h1 class="headline">{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<div class="meta"><span class="author">By {_esc(byline)}</span> {when}</div>
<ul class="share-tools"><li>Facebook</li><li>X</li><li>WhatsApp</li><li>Copy link</li></ul>
<div class="story-body">
{_blocks(body, ad, fig)}
</div>
<div class="newsletter-box"><h4>The Morning Brief</h4><p>The day's main stories in your
inbox before seven. Free, and you can leave whenever you like.</p>
<input type="email" placeholder="Your email"><button>Sign up</button></div>
</article>
{rail}
</div>
<footer class="site-footer"><p>{_esc(site)} &middot; All content copyright 2026</p>
<a href="/about">About us</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy
policy</a> <a href="/corrections">Corrections</a></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, url: str, headline: str, summary: str, body: str,
                    published: str | None, visible_date: str, byline: str,
                    programme: str = "", related: list[tuple[str, str]] = ()) -> str:
    """Template 3: public broadcaster's web article; <time datetime> when dated."""
    when = (f'<time datetime="{published}">{_esc(visible_date)}</time>' if published
            else f'<p class="date">{_esc(visible_date)}</p>' if visible_date else "")
    ad = ('<div class="promo" data-type="sponsor">Sponsored: <a href="https://ads.example/'
          'tour">Discover the coast by train - summer fares on sale now.</a></div>')

    def fig(cap: str, credit: str) -> str:
        return (f'<div class="media-block"><img src="/images/{_num(cap) % 55555}.jpg" '
                f'alt=""><p class="media-caption">{_esc(cap)}</p><p class="media-credit">'
                f'{_esc(credit)}</p></div>')
    rail = _rail("Related coverage", list(related)) if related else ""
    listen = (f'<div class="listen"><button>Listen</button> {_esc(programme)}</div>'
              if programme else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_GB">
</head>
<body>
<a class="skip" href="#story">Skip to content</a>
<div class="consent-layer">Your choices about cookies on {_esc(site)}: we use some that are
essential and, with your agreement, some that help us improve the service.
<button>Yes, I agree</button> <button>No, take me to settings</button></div>
<header class="bc-header"><a href="/" class="bc-logo">{_esc(site)}</a>
{_nav(["Home", "News", "Live", "Radio", "Programmes", "Languages"])}</header>
<main id="story" class="bc-story">
<h1>{_esc(headline)}</h1>
<div class="bc-meta">{when} <span class="bc-byline">{_esc(byline)}</span></div>
{listen}
<div class="bc-text">
{_blocks(body, ad, fig)}
</div>
<div class="bc-share">Share this story: <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a></div>
{rail}
</main>
<footer class="bc-footer"><p>{_esc(site)} is a public service broadcaster.</p>
<a href="/accessibility">Accessibility</a> <a href="/cookies">Cookies</a>
<a href="/complaints">Complaints</a></footer>
</body>
</html>
"""


def _letter_page(*, site: str, url: str, headline: str, subtitle: str, body: str,
                 published: str | None, visible_date: str, author: str,
                 related: list[tuple[str, str]] = ()) -> str:
    """Template 4: newsletter / blog / small site; date optional."""
    meta = (f'<meta name="date" content="{published}">\n' if published else "")
    when = (f'<time datetime="{published}">{_esc(visible_date)}</time>' if published
            else _esc(visible_date))
    ad = ('<div class="sponsor-box"><strong>This issue is supported by</strong> a data '
          'service that sends you one chart a day. <a href="https://ads.example/chart">Try it '
          'free</a></div>')

    def fig(cap: str, credit: str) -> str:
        return (f'<figure><img src="https://cdn.example/{_num(cap) % 33333}.png" alt="">'
                f'<figcaption>{_esc(cap)} ({_esc(credit)})</figcaption></figure>')
    rail = _rail("Recent posts", list(related)) if related else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_attr(subtitle)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(subtitle)}">
<meta property="og:site_name" content="{_attr(site)}">
{meta}</head>
<body class="post">
<a href="#post" class="skip-to">Skip to content</a>
<div class="cookie-strip">Cookies help this small site run. <button>Fine</button></div>
<div class="site-head"><a href="/">{_esc(site)}</a> <a href="/archive">Archive</a>
<a href="/about">About</a> <a class="subscribe" href="/subscribe">Subscribe</a></div>
<article id="post">
<h1 class="post-title">{_esc(headline)}</h1>
<h3 class="subtitle">{_esc(subtitle)}</h3>
<div class="post-meta">{_esc(author)} &middot; {when}</div>
<div class="post-body">
{_blocks(body, ad, fig)}
</div>
<div class="subscribe-box"><p>Enjoyed this? Readers who pay keep it free for everyone
else.</p><input type="email" placeholder="Type your email..."><button>Subscribe</button></div>
<div class="post-actions"><a href="#">Like</a> <a href="#">Comment</a> <a href="#">Share</a></div>
</article>
{rail}
<footer><p>{_esc(site)} &copy; 2026 &middot; <a href="/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# ======================================================================================
# Story 1 - central bank: Bank of Israel cut, Monday 16 March 2026 (planted: 3)
# ======================================================================================

_S1_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/2026/03/16/bank-of-israel-cuts-rate-to-4-25-percent",
    headline="Bank of Israel trims key rate to 4.25%, first move in over two years",
    summary="Israel's central bank lowers its policy rate by 25 basis points as inflation "
            "settles inside the target band.",
    published="2026-03-16T14:09:00Z", modified="2026-03-16T15:48:00Z",
    byline="Dana Weiss", section="Markets",
    related=[("Shekel bond yields slide as traders price more easing",
              "/markets/2026/03/16/shekel-bonds"),
             ("Turkish central bank holds one-week repo rate",
              "/markets/2026/03/12/turkey-holds"),
             ("Egypt's annual urban inflation eases for a fourth month",
              "/markets/2026/03/10/egypt-cpi")],
    body="""
JERUSALEM, March 16 (Meridian Wire) - Israel's central bank took 25 basis points off its
benchmark rate on Monday, leaving it at 4.25%, in its first change to borrowing costs since
January 2024, after inflation eased back inside the government's target band.

The decision, released at 1400 GMT, passed the six-member Monetary Committee by five votes to
one, the bank said. The lone dissenter argued for holding the rate at 4.5% for at least one
more meeting.

Economists had been split going into the announcement. Nine of 14 analysts polled by
Meridian Wire last week forecast a cut, while the other five expected policymakers to wait
until late April.

"Inflation has come back inside our range, and the committee felt it could begin to ease -
carefully, and in small steps," Governor Eitan Shaviv told a news conference in Jerusalem an
hour after the decision.

Shaviv declined to commit to further reductions, saying the committee would weigh each
meeting on the numbers in front of it rather than follow a preset path.

"The data gave them permission, and they took it," said Noa Talmor, chief economist at Carmel
Hadar Securities in Tel Aviv, who expects two more quarter-point cuts before the end of the
year.

[AD]

Prices rose 2.6% in the 12 months to February, down from a 2.9% annual pace in January, in
data the Central Bureau of Statistics put out on Sunday. That makes three monthly readings in
a row inside the 1%-3% target range.

Policymakers kept rates on hold throughout 2025, citing stubborn price pressures and
uncertainty over the size of government spending.

Prime, which banks set at the policy rate plus 1.5 points and which anchors most variable-rate
home loans, drops to 5.75%, trimming payments on the large share of Israeli mortgages tied
to it.

The shekel slipped after the announcement and was trading at 3.604 per dollar at 1420 GMT,
against 3.589 just before the decision.

The bank's research department, in a staff forecast published with the decision, now expects
gross domestic product to grow 3.8% this year after estimated growth of 3.1% in 2025, and
sees inflation at 2.2% over the next four quarters. The staff also projected the policy rate
averaging 3.75% in the first quarter of 2027.

The rate had been at 4.5% since the bank cut it from 4.75% at the start of 2024. At the
committee's previous meeting, on Feb. 2, members voted unanimously to leave it there.

Policymakers meet next on April 27.

(Reporting by Dana Weiss in Jerusalem; additional reporting by Tomer Gal in Tel Aviv;
editing by Peter Lind)
""")

_S1_B = _paper_page(
    site="The Israel Courier",
    url="https://www.israelcourier.example/business/economy/quarter-point-cut-and-a-warning-1.2208417",
    headline="A quarter-point cut, and a warning not to expect a run of them",
    standfirst="Bank of Israel lowers its rate to 4.25 per cent as inflation cools; the governor "
               "says each decision will stand on its own data",
    published="2026-03-17T04:30:00Z", visible_date="Tuesday, March 17, 2026",
    byline="Shira Ben-Ami, Economics Correspondent", section="Economy",
    related=[("Home prices: where the market cooled and where it did not", "/business/1.2207730"),
             ("Opinion: The central bank has earned the benefit of the doubt", "/opinion/1.2208102"),
             ("Tel Aviv stocks close at a record as banks rally", "/business/markets/1.2208299")],
    body="""
The Bank of Israel lowered its key interest rate yesterday - its first move since January
2024 - shaving a quarter of a percentage point off borrowing costs and bringing the rate to
4.25 per cent - but Governor Eitan Shaviv spent much of his news conference trying to talk down
expectations of a quick series of further cuts.

"Nobody should read today's step as the first of an automatic series," Shaviv said in
Jerusalem. "Each meeting will stand on its own data."

The Monetary Committee's six members voted five to one for the reduction. The bank does not
say how individual members vote; a summary of the discussion, setting out the arguments on
each side, is due to be published in two weeks.

Explaining the move, Shaviv said "inflation has come back inside our range", adding that the
committee felt it could begin to ease "carefully, and in small steps".

## Why now

Sunday evening's release from the Central Bureau of Statistics put annual inflation in
February at 2.6 per cent, down from 2.9 per cent in January and comfortably inside the
government's target of between 1 and 3 per cent. Twelve months earlier, annual inflation had
been running at 3.4 per cent.

Demand has also cooled. The bank's research department now expects gross domestic product to
grow by 3.8 per cent this year, up from an estimated 3.1 per cent in 2025 but below the 4.2
per cent it projected in January.

[AD]

The staff forecast also points to more easing ahead: it has the rate averaging 3.75 per cent
in the first quarter of next year, which would mean two more quarter-point cuts over the
coming twelve months.

[FIG] Governor Eitan Shaviv speaking to reporters at the Bank of Israel in Jerusalem on Monday. | Photo: Avi Mizrahi / The Israel Courier

## Mortgages first

For households, the change will show up fastest in mortgage payments. Prime, which commercial
banks always price at the central bank's rate plus 1.5 points, falls to 5.75 per cent from 6
per cent.

Deputy Governor Miriam Kedar told the same news conference that about half of new home loans
were still being written at variable rates tied to prime. "A quarter point reaches
households within weeks, not quarters," she said.

Kedar added that the bank was keeping a close eye on credit growth. "We are not in the
business of pumping air back into the housing market," she said.

## Market reaction

The shekel ended the day at 3.617 to the dollar, a little weaker than before the announcement,
while the yield on two-year government bonds fell by about 10 basis points.

Noa Talmor, chief economist at Carmel Hadar Securities, said the bank had "done the obvious
thing one meeting later than it could have". She expects two more cuts this year, one around
the middle of the year and one in the autumn, which would leave the rate at 3.75 per cent by
December.

Ori Feldman of Galilee Capital Partners was more cautious, pointing to the single vote against.
"One dissent is a signal that the door is open, but not wide open," he said.

At its previous meeting, on February 2, the committee held the rate at 4.5 per cent in a
unanimous decision. Before yesterday, the last change was a cut in January 2024, from 4.75 per
cent.

The Finance Ministry welcomed the decision in a brief statement, saying it would ease the
pressure on businesses and on "young families carrying large mortgages".

The committee's next interest rate decision is due on May 4.
""")

_S1_C = _paper_page(
    site="Israel Property Finance Weekly",
    url="https://ipfweekly.example/mortgages/prime-drops-to-5-75-after-rate-cut",
    headline="Prime drops to 5.75% after rate cut: what it means for borrowers",
    standfirst="Prime-linked tranches get cheaper from next month's repayment; fixed-rate "
               "loans will take longer to follow.",
    published=None, visible_date="Wednesday 18 March 2026",
    byline="Yael Mor", section="Mortgages", sep=" - ",
    related=[("Developers offer 80/20 deals again in the south", "/developers/80-20-returns"),
             ("Which banks cut their fixed rates first last time?", "/mortgages/who-moved-first"),
             ("Ask the adviser: refinancing a CPI-linked loan", "/ask/refinancing-cpi")],
    body="""
Borrowers with prime-linked mortgages will see their monthly repayments fall from next month
after the Bank of Israel on Monday lowered its policy rate to 4.25 per cent from 4.5 per cent.

Because prime is fixed at 1.5 points above the central bank rate, it moves down in step, to
5.75 per cent. For a prime-linked tranche of NIS 500,000 repaid over 25 years, the monthly
payment drops by about NIS 76, according to calculations by Yifat Carmi, a mortgage adviser
in Petah Tikva.

"It is not life-changing money, but it is the first time in two years that the number on the
bank statement goes the right way," Carmi said.

The vote on the six-member Monetary Committee was four to two, the bank said in its
announcement, with the minority preferring to wait.

Governor Eitan Shaviv said the committee could now begin to ease "carefully, and in small
steps", but gave no commitment on timing. Deputy Governor Miriam Kedar noted at the same
briefing that roughly half of all new mortgages carry a variable rate linked to prime, which
is why a change in the policy rate reaches households quickly.

[AD]

## The market in numbers

Banks issued new mortgages worth NIS 9.6 billion (about $2.7 billion) in February, Bank of
Israel data show, broadly in line with the monthly average for the second half of last year.

The average interest rate on new CPI-linked fixed-rate loans was 4.9 per cent in February.
Advisers expect fixed rates to edge down only gradually, since they follow bond yields rather
than the policy rate.

CBS (Central Bureau of Statistics) data put home prices in January 4.1 per cent above their
level a year before, the slowest pace since early 2024. Sales of new homes by developers were down
on a year earlier in both December and January, the ministry of construction and housing said.

## Builders want more

Developers, many of whom have been carrying unsold stock financed at prime-plus rates, welcomed
the move but said it was too small to change buyers' behaviour on its own.

"A quarter point helps my financing costs a little. What brings buyers back is the feeling
that rates have turned for good," said Avner Tzur, chief executive of Tzur Yazamut, a
mid-sized developer based in Beersheba.

The research department's staff forecast, published with the decision, has the policy rate
averaging 3.75 per cent in the first quarter of 2027 - which, if it proves right, would take
prime down to 5.25 per cent.

This was the first change to the rate since January 2024. The committee's next decision is
scheduled for April 27.
""")

_S1_D = _letter_page(
    site="The Shekel Letter",
    url="https://shekelletter.example/p/the-easy-cut",
    headline="The easy cut",
    subtitle="Why Monday's quarter point was the simple part, and what comes after it",
    published="2026-03-19T07:15:00+02:00", visible_date="Mar 19, 2026",
    author="Ruth Adler",
    related=[("Reading the staff forecast without falling asleep", "/p/staff-forecast-guide"),
             ("Dollar-shekel: three scenarios for spring", "/p/three-scenarios"),
             ("Mailbag: why prime is 1.5 points above the base rate", "/p/mailbag-prime")],
    body="""
Hello from a rainy Tel Aviv. If you were in New York on Monday, the Bank of Israel's decision
landed at 10 a.m. your time, 4 p.m. here, and by lunch it was old news: a quarter-point cut,
the policy rate down to 4.25%, the first move since the very start of 2024.

Most of you guessed right. Of the 212 readers who answered last week's poll, 61% expected a
cut, which is roughly the share of professional forecasters who did.

## What they said

The line most people will remember came from the deputy governor. "Inflation has come back
inside our range, and the committee felt it could begin to ease - carefully, and in small
steps," Deputy Governor Miriam Kedar said at the press conference.

Governor Eitan Shaviv, for his part, spent most of the afternoon warning against treating the
move as the first of many. Each decision, he said, would be taken on the data available at the
time. Central bankers always say this; this time I think he means it.

[AD]

## The numbers behind it

Annual inflation fell to 2.6% in February from 2.9% in January, with rents and food both
slowing. That is inside the 1-3% band, and not by a whisker.

The bank's own staff now expect 2.2% inflation over the coming four quarters and growth of
3.8% this year, trimmed from 4.2% in the January forecast. More interesting is the rate path:
the staff see the policy rate averaging 3.75% in the first three months of 2027. That is two
more quarter-point cuts, not five.

The shekel barely noticed. It was about 3.62 to the dollar when I checked on Tuesday morning,
a touch weaker than before the announcement. For a reader sending $10,000 home, that is about
NIS 36,200, a few hundred shekels more than a month ago.

## Why I call it the easy cut

Amnon Ben-Dor, who ran the bank's research department until 2021 and now teaches at Tel Aviv
University, put it to me bluntly on Tuesday: "This was the easy cut. The second one is where
the committee will actually have to argue."

He has a point. There was one dissent on Monday; the February 2 meeting, by contrast, was
unanimous for a hold. If the next inflation print bounces back towards 3%, I would not bet on
a second cut at the late-April meeting.

## What to watch

The March CPI is published on April 15, the committee's minutes for this meeting come out at
the end of the month, and the next decision follows in late April. Until then, enjoy the
slightly smaller prime-linked mortgage payment.

Reply to this email if you want me to run the numbers for your own loan. I read everything.

Ruth
""")

STORY_1 = _story("cb-QE1", "central bank", "2026-03-20", [
    _page("https://www.meridianwire.example/markets/2026/03/16/bank-of-israel-cuts-rate-to-4-25-percent", _S1_A),
    _page("https://www.israelcourier.example/business/economy/quarter-point-cut-and-a-warning-1.2208417", _S1_B),
    _page("https://ipfweekly.example/mortgages/prime-drops-to-5-75-after-rate-cut", _S1_C),
    _page("https://shekelletter.example/p/the-easy-cut", _S1_D),
], [
    ("committee vote split",
     r"(?<![\d-])\b(?:5|five)(?:\s*(?:-|–|to)\s*|\s+votes?\s+to\s+)(?:1|one)\b(?![\d-])",
     r"(?<![\d-])\b(?:4|four)(?:\s*(?:-|–|to)\s*|\s+votes?\s+to\s+)(?:2|two)\b(?![\d-])"),
    ("who said 'begin to ease, carefully, and in small steps'", r"shaviv", r"kedar"),
    ("date of the next rate decision",
     r"april\s+27(?!\d)|(?<!\d)27\s+april|apr\.?\s+27(?!\d)",
     r"may\s+4(?!\d)|(?<!\d)4\s+may"),
])


# ======================================================================================
# Story 2 - election (CONTROL): Ouezzane partial legislative election, Thu 22 Jan 2026
# ======================================================================================

_S2_A = _wire_page(
    site="Maghreb Newswire",
    url="https://maghrebnewswire.example/en/politics/2026-01-23/morocco-ouezzane-partial-election-istiqlal-leads",
    headline="Istiqlal candidate leads Moroccan by-election in Ouezzane on provisional count",
    summary="Nadia Bennani ahead with most polling stations counted; turnout estimated at "
            "26.4 percent.",
    published="2026-01-23T00:52:00Z", byline="Hamza El Idrissi", section="Politics",
    related=[("Morocco's parliament passes revised electoral code",
              "/en/politics/2025-12-18/electoral-code"),
             ("Algeria opens second phase of housing programme",
              "/en/economy/2026-01-21/algeria-housing")],
    body="""
RABAT, Jan 23 (MNW) - Nadia Bennani of the Istiqlal party held a clear lead in Thursday's
partial legislative election in the northern Moroccan constituency of Ouezzane, according to
provisional results released by the interior ministry early on Friday.

With ballots from 412 of the constituency's 448 polling stations counted, Bennani, 41, had
19,760 votes against 13,655 for Hicham Touzani of the National Rally of Independents (RNI),
the largest party in the governing coalition. Mustapha Amrani of the Justice and Development
Party (PJD) was third with 5,902.

Turnout at the close of polls was 26.4 percent, the ministry said in an initial estimate,
far below the 48.9 percent recorded in the constituency at the 2021 general election, when
national, regional and municipal ballots were held on the same day.

"I did not inherit this seat. The people of Ouezzane lent it to me tonight, and they can take
it back at the next election if I fail them," Bennani told supporters gathered outside her
campaign office shortly after midnight.

[AD]

Her father, Abdelkrim Bennani, who had represented Ouezzane for Istiqlal since 2011, died in
October, leaving the seat empty. A lawyer by training, Nadia Bennani had not
previously stood for national office.

Five candidates contested the single seat. Besides the three front-runners, Latifa Cherkaoui
ran for the Socialist Union of Popular Forces (USFP) and Youssef Alami for the Party of
Progress and Socialism (PPS).

Voting ran from 8 a.m. until 7 p.m. (0700-1800 GMT). By 5 p.m., 19.2
percent of registered voters had cast a ballot, local officials said, and queues formed in some
rural communes in the final hour. A total of 187,430
people were registered to vote in the constituency, which covers the town of Ouezzane, home to
roughly 60,000 people, and the surrounding rural communes in the western foothills of the Rif
mountains.

Local issues dominated the three-week campaign, above all drinking water for mountain
villages after several dry winters and the state of the road between the town and the rural
commune of Zoumi. The ministry reported no serious incidents at polling stations.

Final results are expected later on Friday from the provincial vote-counting commission.

Whatever the outcome, the arithmetic in the 395-member House of Representatives stays the
same. Istiqlal won 81 seats in 2021 and governs alongside the RNI, which won 102, and the
Authenticity and Modernity Party (PAM), which won 87. Moroccans vote in a general election
later in 2026.

(Editing by Leila Mansouri)
""")

_S2_B = _paper_page(
    site="The Rabat Observer",
    url="https://www.rabatobserver.example/politics/2026/01/24/bennani-holds-ouezzane-for-istiqlal",
    headline="Bennani holds Ouezzane for Istiqlal as barely a quarter of voters turn out",
    standfirst="The late deputy's daughter wins the partial election with 46.1 per cent; rivals "
               "concede, and the low turnout becomes the real talking point",
    published="2026-01-24T07:00:00+01:00", visible_date="24 January 2026",
    byline="Salma Berrada", section="Politics",
    related=[("Editorial: A seat kept, a warning received", "/opinion/2026/01/24/editorial-ouezzane"),
             ("Olive growers count the cost of a dry winter", "/economy/2026/01/22/olive-growers"),
             ("Who's who in the House: the 2021 intake, five years on", "/politics/2026/01/20/whos-who")],
    body="""
Nadia Bennani kept the Ouezzane seat in the family and in the Istiqlal party on Thursday,
winning a partial legislative election that was decided as much by the voters who stayed at
home as by those who turned out.

Bennani, a 41-year-old lawyer, took 21,487 votes, or 46.1 per cent of valid ballots, the
provincial commission announced on Friday afternoon after completing the count. Hicham Touzani
of the National Rally of Independents (RNI), an olive-oil exporter aged 52, came second with
14,902 votes, or 31.9 per cent, leaving a margin of 6,585.

Mustapha Amrani of the Justice and Development Party (PJD), a retired secondary-school teacher,
was third with 6,318 votes (13.5 per cent). Latifa Cherkaoui, a paediatrician standing for the
USFP, won 2,741, and Youssef Alami of the PPS, at 35 the youngest of the five candidates,
1,206.

## Three in four stayed home

Of the 187,430 registered voters, 49,766 cast a ballot, a turnout of 26.55 per cent. A further
3,112 ballots were blank or spoiled. In the 2021 general election, when turnout in the
constituency reached 48.9 per cent, the Istiqlal list headed by Bennani's father, Abdelkrim,
won 24,310 votes.

"When three voters in four stay at home, nobody should be talking about a mandate," said Driss
Ghazi, a political scientist at Mohammed V University in Rabat. "The winner has a seat. What
she does not yet have is a constituency that believes the seat matters."

[AD]

Amrani made a similar point from the other side of the count, describing the turnout as "a
verdict on all the parties, mine included".

[FIG] Supporters of Nadia Bennani outside her campaign office in Ouezzane in the early hours of Friday. | Photo: Youssef Tazi for The Rabat Observer

## A father's seat

Abdelkrim Bennani died on October 9 at the age of 67, after representing the constituency for
Istiqlal since 2011. His daughter, who had never run for national office, was chosen by the
party's local branch within a month of his death.

She has been at pains to say that the seat was not handed down. "I did not inherit this seat,"
she told supporters shortly after midnight on Friday. "The people of Ouezzane lent it to me
tonight, and they can take it back at the next election if I fail them."

That next election is not far off. Morocco holds its general election later this year, which
means Bennani will have only a few months in the House of Representatives before she has to
defend the seat again.

Touzani conceded on Friday morning. "We congratulate her. Our work in the villages that feel
forgotten does not stop today," he said in a message his campaign put out on social media.

## What it costs, what it changes

The interior ministry put the cost of organising the vote at 4.2 million dirhams, or roughly
EUR 390,000, most of it spent on staffing 448 polling stations.

The result leaves the arithmetic in the 395-seat chamber untouched. Istiqlal won 81 seats in
2021 and sits in the governing coalition with the RNI and the Authenticity and Modernity Party
(PAM). The constituency's two other seats, won in 2021 by the RNI and the PAM, were not at
stake.

Bennani is expected to take her seat when parliament opens its spring session on April 10.
""")

_S2_C = _paper_page(
    site="Ouezzane Today",
    url="https://ouezzanetoday.example/actualites/elections/resultats-definitifs-bennani-elue",
    headline="Final results: Bennani elected, Touzani takes the city",
    standfirst="Commune by commune, how Ouezzane voted in Thursday's partial election",
    published=None, visible_date="Friday 23 January 2026 - 19:40",
    byline="Our correspondent in Ouezzane", section="Local politics", sep=" - ",
    related=[("Road to Zoumi reopens after landslide repair", "/actualites/routes/zoumi-route"),
             ("Market day moved to Wednesday during roadworks", "/actualites/ville/souk-mercredi"),
             ("Youth football: Ouezzane under-17s reach regional final", "/sport/u17-finale")],
    body="""
It is official. Nadia Bennani of the Istiqlal party is the new deputy for the province of
Ouezzane, the provincial commission announced at the headquarters of the province shortly
after 2 p.m. today, when it published the final results of Thursday's partial election.

Bennani won 21,487 votes, about 46% of valid ballots, ahead of Hicham Touzani of the RNI with
14,902, or almost 32%. Mustapha Amrani (PJD) had 6,318, Latifa Cherkaoui (USFP) 2,741 and
Youssef Alami (PPS) 1,206.

## The city against the countryside

The picture was very different in town and in the villages. Touzani, whose family business
presses and exports olive oil, came out on top in the city of Ouezzane itself, where turnout
was just 21.7%. Bennani led in 13 of the province's 17 communes and ran up her biggest margins
in the mountain communes to the north and east.

Turnout was highest in the rural commune of Zoumi, at 31.2%. Several polling stations there
stayed busy until the last minutes before they closed at 7 p.m.

[AD]

By 5 p.m. on Thursday, 19.2% of registered voters had cast their ballots, according to figures
given to the press by the provincial administration. The final figure for the constituency as
a whole was 26.55%.

## Touzani: "we congratulate her"

Touzani accepted defeat this morning. "We congratulate her. Our work in the villages that feel
forgotten does not stop today," he said, before thanking the volunteers who had driven voters
from remote hamlets to the polls.

Bennani, 41, has been careful throughout the campaign to distance herself from the idea of an
inheritance. Speaking outside her campaign office in the early hours of this morning, she said
that the seat had not been handed to her by her family but lent to her by the voters, who could
take it back if she failed them.

[FIG] Counting under way at a polling station in the commune of Zoumi on Thursday evening. | Photo: Ouezzane Today

## Who voted, and who did not

Of the 187,430 voters on the rolls, 49,766 turned out; 3,112 ballots were declared blank or
void. In 2021, when the general, regional and municipal elections were held together, nearly
half of the constituency's voters went to the polls.

Abdelkrim Bennani, who held the seat for Istiqlal from 2011 until his death last October at
the age of 67, was a familiar figure at the Thursday souk in the city centre, where several
traders told us they had voted for his daughter "out of loyalty, and out of habit".

Latifa Cherkaoui, the USFP candidate, said her party would keep its local office open and
would field a list in the constituency again at the general election. Our team will follow the
new deputy's first steps in Rabat. Parliament's spring session opens
on the second Friday of April.
""")

_S2_D = _letter_page(
    site="Maghreb Ballot Notes",
    url="https://ballotnotes.example/posts/ouezzane-what-the-numbers-say",
    headline="Ouezzane: what the numbers say (and what they don't)",
    subtitle="A family seat held, a coalition partner bruised, and a turnout problem that "
             "will not go away before the general election",
    published=None, visible_date="26 January 2026",
    author="Samir Lahlou",
    related=[("The 2021 map, constituency by constituency", "/posts/2021-map"),
             ("Partial elections since 2022: a short table", "/posts/partials-table"),
             ("Why turnout in Morocco's cities keeps falling", "/posts/urban-turnout")],
    body="""
Last Thursday's partial election in Ouezzane produced the result almost everyone predicted,
which is itself worth noting. Nadia Bennani held the seat for Istiqlal with just over 46% of
the valid vote. Hicham Touzani of the RNI finished second with a little under 32%, and the PJD's
Mustapha Amrani took 13.5%.

In raw numbers: 21,487 for Bennani, 14,902 for Touzani, 6,318 for Amrani. The two small-party
candidates, from the USFP and the PPS, shared just under 4,000 votes between them.

## Turnout first

The number I keep coming back to is 26.55%. That is the final turnout, and it is more than 22
points below the 48.9% the constituency recorded in 2021. Some of that gap is mechanical: in
2021, three elections were held on the same day, and the local races pulled voters out. Some of
it is not.

The provisional figure the interior ministry put out on election night, 26.4%, turned out to be
a slight underestimate once the last 36 polling stations were counted. Anyone who tweeted "one
in four" was right either way. The count in those last stations also widened Bennani's lead,
from 6,105 votes on the provisional numbers to 6,585 in the final tally.

[AD]

## The coalition angle

Istiqlal and the RNI govern together, yet they fought this seat hard against each other.
Touzani's campaign was visibly better funded. Driss Ghazi of Mohammed V University, whom I
called on Saturday, summed it up: "The RNI campaigned like a party that expected to win and was
rewarded like a party that did not."

Touzani still beat Bennani inside the city of Ouezzane, a detail that should worry Istiqlal
more than the overall margin of 6,585 votes suggests. Bennani won on the rural communes, where
her father had built his network over three terms.

## The inheritance question

Bennani, 41, insisted on election night that she "did not inherit this seat". The voters, she
said, had lent it to her. That framing will be tested quickly: with the general election coming
in the autumn, she will have to ask for the seat again within months.

## Cost per vote

The interior ministry says the vote cost 4.2 million dirhams to organise, about $455,000 at
current rates. Divide that by 49,766 ballots cast and you get roughly 84 dirhams a ballot.
Democracy is cheap; it is the apathy that is expensive.

## Next

I will do a longer piece on partial elections since 2022 before the House's spring session
opens in April. If you have local numbers from Zoumi or the other mountain communes, send them
my way.
""")

STORY_2 = _story("election-QE2", "election", "2026-01-27", [
    _page("https://maghrebnewswire.example/en/politics/2026-01-23/morocco-ouezzane-partial-election-istiqlal-leads", _S2_A),
    _page("https://www.rabatobserver.example/politics/2026/01/24/bennani-holds-ouezzane-for-istiqlal", _S2_B),
    _page("https://ouezzanetoday.example/actualites/elections/resultats-definitifs-bennani-elue", _S2_C),
    _page("https://ballotnotes.example/posts/ouezzane-what-the-numbers-say", _S2_D),
], [])


# ======================================================================================
# Story 3 - court (CONTROL): DIFC Court of Appeal, Tuesday 12 May 2026
# ======================================================================================

_S3_A = _wire_page(
    site="Crescent News Agency",
    url="https://crescentnews.example/business/20260512/difc-appeal-court-trims-orion-award-qasr-al-bahr",
    headline="Dubai appeal court trims contractor's award in tower dispute to AED 389.1 million",
    summary="DIFC Court of Appeal upholds Orion Gulf's win against Qasr Al Bahr but strikes out "
            "a AED 23.5 million facade claim.",
    published="2026-05-12T07:05:00Z", modified="2026-05-12T09:12:00Z",
    byline="Omar Haddad", section="Business",
    related=[("Dubai property transactions hit quarterly record", "/business/20260509/dubai-q1-property"),
             ("Abu Dhabi court fast-tracks construction claims", "/business/20260430/abu-dhabi-courts")],
    body="""
DUBAI, May 12 (CNA) - The Court of Appeal of the Dubai International Financial Centre (DIFC)
Courts on Tuesday upheld most of a judgment in favour of contractor Orion Gulf Contracting over
a delayed hotel tower in Dubai Marina, but cut the sum owed by developer Qasr Al Bahr
Developments by AED 23.5 million ($6.4 million).

The three-judge panel reduced the award to AED 389.1 million ($105.9 million) from the AED
412.6 million ($112.4 million) ordered at first instance in October, finding that a claim for
changes to the building's facade had been brought too late.

The judgment was handed down at 0600 GMT. The panel, presided over by Chief Justice Robert
Kingsley, was unanimous; the leading judgment was written by Justice Fiona Hartwell.

The dispute concerns the Al Marsa Pearl, a 41-storey hotel tower whose construction contract,
signed in 2019, was worth AED 1.1 billion. The building was handed over in March 2023, 14
months behind schedule.

[AD]

Orion, which originally claimed AED 530 million, had been instructed to change the facade
system in 2020 but did not give notice of a claim until 2022, well outside the 28 days allowed
by the contract, the court found. "A contractor who sits on a claim for two years" could not
revive it through the final account, Justice Hartwell wrote.

At first instance, Justice Peter Ashcombe found that most of the delay was caused by late
design changes made by the developer. The appeal judges, who heard the case over two days in
February, declined to disturb that finding.

Qasr Al Bahr had argued on appeal that Orion was responsible for the delay and that the first
instance judge had wrongly rejected its counterclaim for AED 88 million in delay damages. The
Court of Appeal dismissed that ground, leaving the counterclaim rejected.

"We welcome the court's correction of the award and are studying the judgment with our
advisers," a spokesperson for Qasr Al Bahr said.

Orion Gulf is the UAE arm of Istanbul-based Orion Yapi. Its chief executive, Murat Yalcinkaya,
said the ruling confirmed that "the work was done, and it must be paid for".

Shares in Orion Yapi were up 4.1% in Istanbul at 11:30 a.m. local time (0830 GMT).

The court ordered Qasr Al Bahr to pay 80% of Orion's costs of the appeal. A further hearing on
the interest due on the award is listed for June 2.

(Reporting by Omar Haddad; editing by Rania Aziz)
""")

_S3_B = _paper_page(
    site="The Emirates Chronicle",
    url="https://www.emirateschronicle.example/business/property/al-marsa-pearl-appeal-ruling-orion-qasr-al-bahr",
    headline="Al Marsa Pearl: appeal judges cut contractor's payout but back its claim",
    standfirst="Developer Qasr Al Bahr still owes Orion Gulf nearly Dh390 million after the DIFC "
               "Court of Appeal removes a late facade claim",
    published="2026-05-13T05:00:00+04:00", visible_date="May 13, 2026",
    byline="Priya Menon", section="Business / Property",
    related=[("Hotel occupancy in Dubai holds above 80% through April", "/business/tourism/april-occupancy"),
             ("Explainer: how the DIFC Courts work", "/uae/explainer-difc-courts"),
             ("Marina residents complain of night-time construction noise", "/uae/marina-noise")],
    body="""
A contractor that built one of Dubai Marina's newest hotel towers has largely won its fight for
payment after judges at the DIFC Court of Appeal yesterday upheld the core of a ruling against
the developer - while shaving Dh23.5 million off the bill.

Qasr Al Bahr Developments must now pay Orion Gulf Contracting Dh389.1 million, down from the
Dh412.6 million awarded by the Court of First Instance last October. In US dollars, the award
falls from about $112.4 million to about $106 million.

Reading a summary in court shortly after 10am, Chief Justice Robert Kingsley said the panel had
rejected every ground of appeal except one: a claim by Orion for extra work on the tower's
facade, which the judges found had been notified far outside the time allowed by the contract.

## 'The clock to have stopped'

In the leading judgment, with which the other two judges agreed, Justice Fiona Hartwell wrote
that a contractor who waits two years before raising a claim "cannot later dress it up as part
of the final account and expect the clock to have stopped".

The facade change was instructed in 2020, but Orion first gave notice of its claim in 2022,
according to the judgment.

[FIG] The Al Marsa Pearl hotel tower in Dubai Marina, completed in 2023. | Photo: Karim Saleh / The Emirates Chronicle

## Background

The dispute goes back to the construction of the Al Marsa Pearl, a 41-storey hotel in Dubai
Marina. Orion signed the Dh1.1 billion contract in 2019, with completion planned for January
2022. The tower was handed over in March 2023.

Orion sued for unpaid work and variations, originally claiming Dh530 million. Qasr Al Bahr
blamed the contractor for the delay and counterclaimed Dh88 million in liquidated damages.

At first instance, Justice Peter Ashcombe found that most of the delay was caused by late
design changes issued by the developer, threw out the counterclaim and awarded Orion Dh412.6
million. The appeal, heard over two days in February, left those findings intact apart from the
facade claim.

[AD]

Justice Rashid Al Kaabi, the third member of the panel, added a short concurring judgment on
the notice provisions, noting that such clauses were common in Gulf construction contracts and
that parties should expect them to be enforced.

## Reaction

A spokesperson for Qasr Al Bahr said: "We welcome the court's correction of the award and are
studying the judgment with our advisers."

Murat Yalcinkaya, 54, chief executive of Orion Gulf, the Dubai subsidiary of Turkey's Orion
Yapi, said: "This judgment confirms what we said from the first day: the work was done, and it
must be paid for."

The developer was also ordered to pay 80 per cent of Orion's legal costs for the appeal. The
amount of interest payable on the award will be decided at a separate hearing on June 2.

Under the DIFC Courts' rules, there is no further appeal on the merits from the Court of Appeal.
""")

_S3_C = _letter_page(
    site="Gulf Disputes Review",
    url="https://gulfdisputesreview.example/construction/qasr-al-bahr-v-orion-gulf-court-of-appeal",
    headline="Qasr Al Bahr v Orion Gulf: notice clauses bite in the DIFC Court of Appeal",
    subtitle="Facade variation worth AED 23.5m held time-barred; AED 389.1m award otherwise "
             "upheld; counterclaim stays dismissed",
    published=None, visible_date="14 May 2026 - Construction and engineering",
    author="Caroline Hughes, Senior Reporter",
    related=[("Arbitration update: DIAC caseload for 2025", "/arbitration/diac-2025-caseload"),
             ("Case note: set-off and pay-when-paid in ADGM", "/construction/adgm-set-off"),
             ("People moves: two partners join Blackridge Legal's Dubai office", "/people/blackridge-dubai")],
    body="""
The DIFC Court of Appeal has reduced by AED 23.5 million the sum a developer must pay its main
contractor for a Dubai Marina hotel tower, holding that a facade variation claim was barred
because the contractor failed to give notice in time. The rest of the first instance judgment,
including the dismissal of the developer's delay counterclaim, was upheld.

Judgment in Qasr Al Bahr Developments v Orion Gulf Contracting was handed down on 12 May by
Chief Justice Robert Kingsley, Justice Fiona Hartwell and Justice Rashid Al Kaabi. Justice
Hartwell gave the leading judgment; the Chief Justice agreed with it, and Justice Al Kaabi
added brief reasons of his own.

## The numbers

At first instance, Justice Peter Ashcombe awarded Orion AED 412.6 million (roughly USD 112.4
million) out of a claim originally pleaded at AED 530 million (about USD 144.3 million). The
appeal reduces the award to AED 389.1 million (about USD 105.9 million). Qasr Al Bahr's
counterclaim for liquidated damages of AED 88 million, around USD 24 million, remains
dismissed.

Costs follow the event in part: the developer is to pay 80% of Orion's costs of the appeal.
Interest will be dealt with at a consequentials hearing on 2 June.

## The notice point

The contract, an amended FIDIC form signed in 2019, required the contractor to give notice of
any claim within 28 days of becoming aware of the event. Orion was instructed to change the
facade system in 2020 but did not notify a claim until 2022.

Justice Hartwell rejected the argument that the claim could be revived by including it in the
final account. "A contractor who sits on a claim for two years cannot later dress it up as part
of the final account and expect the clock to have stopped," she said.

[AD]

Practitioners will note that the court gave little weight to Orion's argument that the
developer had suffered no prejudice from the late notice. Justice Al Kaabi observed that
clauses of this kind are widespread in the region and that "parties who sign them should
expect to be held to them".

## Delay: the developer's case fails again

On delay, the appeal court declined to disturb the trial judge's findings that most of the 14
months of overrun flowed from the developer's own design changes. With those findings intact,
the counterclaim could not succeed.

## Context

The decision follows a March 2025 ruling in which a differently constituted Court of Appeal
upheld a AED 96 million award to a contractor on a Business Bay residential scheme, and
confirms the court's readiness to leave a trial judge's findings on delay untouched.

Orion was represented by Hannah Price KC, instructed by Blackridge Legal. Tom Ellery KC,
instructed by Almasi and Co, appeared for Qasr Al Bahr. The appeal was heard on 9 and 10
February.

Orion Gulf is a subsidiary of the Istanbul-based Orion Yapi group. The Al Marsa Pearl, a
41-storey hotel, opened to guests in 2023.
""")

STORY_3 = _story("court-QE3", "court", "2026-05-15", [
    _page("https://crescentnews.example/business/20260512/difc-appeal-court-trims-orion-award-qasr-al-bahr", _S3_A),
    _page("https://www.emirateschronicle.example/business/property/al-marsa-pearl-appeal-ruling-orion-qasr-al-bahr", _S3_B),
    _page("https://gulfdisputesreview.example/construction/qasr-al-bahr-v-orion-gulf-court-of-appeal", _S3_C),
], [])


# ======================================================================================
# Story 4 - trade (CONTROL): Turkey's March 2026 exports, announced Thursday 2 April 2026
# ======================================================================================

_S4_A = _wire_page(
    site="Bosporus Wire",
    url="https://bosporuswire.example/economy/2026/04/02/turkey-march-exports-rise-8-4-percent",
    headline="Turkey's exports rise 8.4% in March to $24.31 billion, trade ministry says",
    summary="Exports hit a record for the month despite a holiday; the trade gap narrows to "
            "$7.56 billion.",
    published="2026-04-02T09:05:00Z", byline="Elif Arslan", section="Economy",
    related=[("Turkish manufacturing PMI edges above 50 for first time in a year",
              "/economy/2026/04/01/pmi"),
             ("Lira steady as central bank keeps corridor unchanged",
              "/markets/2026/03/26/lira-corridor")],
    body="""
ANKARA, April 2 (Bosporus Wire) - Turkish exports grew 8.4% from a year earlier to $24.31
billion in March, a record for any March, Trade Minister Ahmet Kurtulus said on Thursday.

Imports climbed 3.1% to $31.87 billion, narrowing the monthly trade deficit to $7.56 billion
from $8.48 billion in March 2025, according to preliminary data compiled by the ministry and
the Turkish Exporters Assembly (TIM).

"No March since the founding of the Republic has seen exports like this, and we did it in a
month with a three-day holiday in it," Kurtulus told a news conference in Ankara that began at 11:30 a.m. (0830 GMT).

Adjusted for the number of working days, exports grew 10.6%, the minister said. The Ramadan
holiday fell on March 20-22 this year.

[AD]

In the first quarter, exports totalled $68.9 billion, up 5.2% from a year earlier. Exports over
the last 12 months reached a record $276.8 billion, against a target of $282 billion for the
whole of 2026. Full-year exports were $273.4 billion in 2025.

The ratio of exports to imports rose to 76.3% in March from 72.6% a year earlier.

Exports had reached $21.08 billion in February. TIM estimated that the euro's gain against the
dollar added about $420 million to the dollar value of March shipments, since a large part of
Turkish sales to Europe is invoiced in euros.

Kurtulus said firmer demand in Europe, which buys roughly 40% of Turkish goods, had helped, but
he warned that any slowdown there would reach Turkish factories within weeks.

Germany remained Turkey's biggest export market in March at $1.94 billion, followed by Britain
with $1.38 billion, Iraq with $1.21 billion and the United States with $1.19 billion.

Measured in euros, March exports came to about 22.4 billion euros, the ministry said.
Kurtulus said the full-year goal was "within reach, but it is not yet in the bag".

The automotive industry was again the largest exporting sector, with shipments of $3.62
billion, up 11.2%. Ready-to-wear clothing exports fell 6.1% to $1.52 billion, extending a
slide that exporters blame on rising labour costs. Chemicals were the second-largest sector, at
$2.41 billion.

TIM Chairman Hakan Ozbilgin, speaking at the same event, said exporters were still struggling
with profitability. "Our members are caught between a lira that barely moves and wages that are
reset twice a year," he said.

The official statistics agency TurkStat will publish final March trade figures on April 30.

(Reporting by Elif Arslan; editing by Murat Sezer)
""")

_S4_B = _broadcast_page(
    site="Kanal Bir World",
    url="https://www.kanalbirworld.example/en/economy/record-march-for-exporters-despite-holiday",
    headline="Record March for exporters despite holiday, but clothing makers still struggle",
    summary="Exports reached $24.3 billion in March, up 8.4 percent on a year earlier; imports "
            "grew more slowly.",
    published="2026-04-02T19:40:00+03:00", visible_date="2 April 2026, 19:40",
    byline="Kanal Bir World economy desk", programme="Evening Business Hour",
    related=[("Eid travel: 11 million trips on the roads", "/en/turkiye/eid-travel-figures"),
             ("Explainer: how the trade ministry counts exports", "/en/economy/explainer-export-data"),
             ("Bursa factories add night shifts as orders pick up", "/en/economy/bursa-night-shifts")],
    body="""
Turkish exporters sold $24.3 billion worth of goods abroad in March, more than in any previous
March. Trade Minister Ahmet Kurtulus and the head of the Turkish Exporters Assembly, Hakan
Ozbilgin, presented the numbers in Ankara this morning.

Exports were up 8.4 percent compared with March last year, when they reached $22.4 billion.
Measured in euros, the March total came to about 22.4 billion euros.

Kurtulus said no March since the Republic's founding had matched it, and noted that it came
despite the Ramadan holiday. Once the smaller number of working days is taken into account,
growth was 10.6 percent, he said.

[AD]

Imports rose 3.1 percent to $31.9 billion. The foreign trade deficit shrank to about $7.6
billion, compared with nearly $8.5 billion a year ago, and exports covered just over 76 percent
of imports.

The minister and Ozbilgin presented the figures together at a news conference at 11:30 in the
morning, Turkish time. Kurtulus said lower oil and gas prices had cut the energy import bill
in March, while gold imports were higher than a year earlier.

## Target in sight

Over the last 12 months, exports have reached $276.8 billion, the highest rolling total on
record. The government's target for this year is $282 billion, compared with the $273.4 billion
achieved in 2025.

"The $282 billion target is within reach, but it is not yet in the bag," Kurtulus said. He
pointed to demand from Europe, where Turkey sells roughly 40 percent of its goods, and warned
that a slowdown there would be felt quickly in Turkish factories.

First-quarter exports totalled $68.9 billion, 5.2 percent above the January-March total of
2025. In February alone, exports had been $21.08 billion.

[FIG] Containers stacked at Ambarli port in Istanbul. | Photo: Kanal Bir World / Deniz Aksoy

## Winners and losers

Cars and car parts led the way. The automotive sector's exports grew by more than 11 percent to
$3.62 billion, with factories around Bursa working extra shifts. Chemicals were second at $2.41
billion.

Ready-to-wear clothing was again the weak spot, with exports down 6.1 percent. Ozbilgin said
clothing firms had been hit hardest by the combination of a stable lira and twice-yearly rises
in the minimum wage, which have pushed up costs faster than prices abroad.

Germany was the top destination for Turkish goods in March, buying $1.94 billion worth,
ahead of the United Kingdom, Iraq and the United States.

Final figures will come from the Turkish Statistical Institute at the end of the month.
""")

_S4_C = _paper_page(
    site="Automotive Exports Monitor",
    url="https://autoexportsmonitor.example/news/turkey/march-2026-automotive-exports-3-62bn",
    headline="Automotive exports hit $3.62bn in March as EV shipments climb",
    standfirst="Sector leads Turkey's record March; Bursa plants and parts makers carry the "
               "gains while the parity effect flatters the headline",
    published=None, visible_date="3 April 2026",
    byline="Kaan Yildiz", section="Turkey - Exports",
    related=[("Parts makers warn on EU carbon border costs", "/news/eu/cbam-parts"),
             ("Morocco's Kenitra plant adds third shift", "/news/morocco/kenitra-third-shift"),
             ("Data: European new-car registrations, February", "/data/eu-registrations-feb")],
    body="""
Turkey's automotive exports rose 11.2% year on year to $3.62 billion in March, keeping the
industry at the top of the country's export rankings for another month. The trade ministry and
the Turkish Exporters Assembly (TIM) published the monthly numbers on Thursday.

A year earlier, in March 2025, the sector had shipped about $3.26 billion worth of vehicles
and parts.

"Electric cars and parts for European assembly lines carried March," said Baran Celikkol,
chairman of the Uludag Automotive Industry Exporters' Association (OIB), which is based in
Bursa and speaks for the sector's exporters.

## The bigger picture

Across all sectors, Turkey's exports reached $24.31 billion in March, up 8.4%. Imports grew
3.1% to $31.87 billion. The ministry said exports would have risen 10.6% if the number of
working days had been the same as last year, since the Ramadan holiday took several days out
of the month.

Part of the growth was a currency effect. Because a large share of Turkey's sales are invoiced
in euros, the euro's rise against the dollar added roughly $420 million to the dollar value of
March exports, by TIM's estimate. Stripping that out, the underlying increase was smaller than
the headline suggests - a point TIM Chairman Hakan Ozbilgin acknowledged when he said that
exporters' profit margins "are thinner than the totals make them look".

[AD]

## Passenger cars versus parts

Within the automotive total, the OIB said passenger car exports rose faster than those of
components, driven by electrified models built for European markets. Supply-industry exports,
the parts made by hundreds of smaller firms around Bursa, Kocaeli and Izmir, grew more slowly
but remained the largest single category.

Germany, France and Italy were the sector's three biggest markets in March, the association
said, with Germany alone taking close to a fifth of automotive shipments.

## Quarter and target

For the first three months of the year, overall exports came to $68.9 billion, 5.2% higher
than in the first quarter of 2025. Trade Minister Ahmet Kurtulus said the government still
aims for exports of $282 billion this year, after $273.4 billion in 2025.

Chemicals were the second-largest exporting sector in March, at $2.41 billion, while
ready-to-wear clothing fell 6.1% to $1.52 billion.

Among provinces, Bursa shipped goods worth $1.47 billion in March, the third-highest total after
Istanbul and Kocaeli, with vehicles and parts making up more than half of it.

The Turkish Statistical Institute (TurkStat) will publish its final foreign trade figures for
March on 30 April. Detailed sector data from the OIB, broken down by vehicle type and market,
are due in the middle of the month.
""")

STORY_4 = _story("trade-QE4", "trade", "2026-04-06", [
    _page("https://bosporuswire.example/economy/2026/04/02/turkey-march-exports-rise-8-4-percent", _S4_A),
    _page("https://www.kanalbirworld.example/en/economy/record-march-for-exporters-despite-holiday", _S4_B),
    _page("https://autoexportsmonitor.example/news/turkey/march-2026-automotive-exports-3-62bn", _S4_C),
], [])


# ======================================================================================
# Story 5 - rocket: Sahab-1 suborbital flight from Etlaq, Oman, Wed 21 Oct 2026 (planted: 2)
# ======================================================================================

_S5_A = _wire_page(
    site="Gulf Wire Service",
    url="https://gulfwireservice.example/science/2026/10/21/oman-sahab-1-rocket-reaches-space",
    headline="Omani-built rocket reaches space on first flight from Duqm launch site",
    summary="Mizan Aerospace's Sahab-1 carries six experiments past the 100 km line, "
            "preliminary data show.",
    published="2026-10-21T03:40:00Z", byline="Khalid Al Balushi", section="Science",
    related=[("Saudi space agency signs lunar payload deal", "/science/2026/10/15/saudi-lunar"),
             ("UAE satellite maker opens Abu Dhabi plant", "/business/2026/10/08/uae-satellite-plant")],
    body="""
DUQM, Oman, Oct 21 (GWS) - A suborbital rocket built by Omani start-up Mizan Aerospace crossed
into space on Wednesday, climbing to an altitude of about 110 km according to preliminary
telemetry, in the first flight of its kind from the Etlaq Space Launch Complex near Duqm.

The single-stage Sahab-1 lifted off at 6:18 a.m. local time (0218 GMT) from the site on the
Arabian Sea coast, two days after a first attempt was called off because of strong winds at high
altitude.

The rocket carried six small experiments, four of them from Omani universities, in a capsule
designed to separate near the top of the flight and descend by parachute into the sea.

"For nine and a half minutes the whole team forgot to breathe," Mizan chief executive Layla Al
Harthy told reporters at the launch site.

Launch director Salim Al Rawahi said the solid-fuel motor had burned for the planned duration
and that the capsule's parachutes had opened as expected. Navy recovery vessels were heading to
the splashdown area off the coast, he said.

[AD]

Etlaq is run by the National Aerospace Services Company (NASCOM), a state-backed firm that
hosted its first launch, a small test rocket, in December 2024.

Hamad Al Kindi, Oman's minister of transport, communications and information technology, who
watched from a viewing area several kilometres from the pad, said the launch showed the
sultanate was serious about building a space industry. "Today Oman is not a customer of the
space economy. It is a participant," he said.

The payloads included a radiation dosimeter built by physics students at Sultan Qaboos
University, as well as experiments from the German University of Technology in Oman, Istanbul
Technical University and Sadeem Labs, a Kuwaiti start-up. Mizan, founded in Muscat in 2021,
built the 9.4-metre, 1.9-tonne rocket almost entirely in Oman, Al Harthy said.

Most space agencies and record-keepers treat 100 km, the so-called Karman line, as the point
where space begins. Sahab-1
is not designed to reach orbit; Mizan says a second suborbital flight is planned for the first
quarter of 2027 and that an orbital launcher will not fly before 2029.

Several hundred Duqm residents, along with students brought in by bus from Muscat, watched from
a beach north of the complex. Al Rawahi said the capsule had been expected to come down between
80 and 90 km offshore.

The programme has cost 6.5 million Omani rials ($16.9 million) so far, the company said.

(Reporting by Khalid Al Balushi; editing by Sara Nasser)
""")

_S5_B = _paper_page(
    site="The Oman Chronicle",
    url="https://www.omanchronicle.example/oman/science/sahab-1-space-flight-duqm-etlaq",
    headline="Sahab-1 touches space: 112 km and a capsule safely home",
    standfirst="Omani rocket's flight from Etlaq lasted nine minutes and 40 seconds; all six "
               "experiments recovered from the Arabian Sea",
    published="2026-10-22T06:00:00+04:00", visible_date="Thursday, October 22, 2026",
    byline="Fatma Al Hinai", section="Oman",
    related=[("Duqm hotels fully booked for launch week", "/oman/duqm-hotels-launch-week"),
             ("SQU to open space science master's programme", "/oman/education/squ-space-masters"),
             ("Letters: What the rocket means for our children", "/opinion/letters-rocket")],
    body="""
At 6:18 yesterday morning, as the sun came up over the Arabian Sea, the Sahab-1 rocket rose from
its pad at the Etlaq Space Launch Complex in Al Wusta governorate and became the first
Omani-built vehicle to reach space.

Final tracking data released by Mizan Aerospace in the afternoon showed the rocket climbing to a
peak altitude of 112.4 km, well past the 100 km mark that most agencies treat as the start of
space. From lift-off to splashdown, the flight lasted nine minutes and 40 seconds.

"The vehicle flew almost exactly the trajectory we modelled. At the top, we were within two
kilometres of our prediction," said chief engineer Salim Al Rawahi, who gave the countdown
commands from the control room.

## A team that held its breath

Mizan's chief executive, Layla Al Harthy, 39, described the minutes between lift-off and the
first signal from the capsule as the longest of her working life. "For nine and a half minutes
the whole team forgot to breathe. Then the capsule's beacon came on and we remembered," she
said.

The capsule came down under its parachutes about 84 km offshore and was lifted aboard a Royal
Navy of Oman vessel around three hours after launch.

[FIG] The Sahab-1 rocket lifts off from the Etlaq Space Launch Complex near Duqm on Wednesday. | Photo: Mizan Aerospace

## Six experiments

Inside were six payloads. Three came from Sultan Qaboos University (SQU), one from the German
University of Technology in Oman (GUtech), one from Istanbul Technical University in Turkey, and
one from Sadeem Labs, a start-up based in Kuwait.

Dr Amal Al Zadjali, an associate professor of physics at SQU, whose students built a radiation
dosimeter for the flight, was at the harbour to meet the returning vessel. "My students first
built it on a kitchen table. This morning it went to space, and this afternoon it came back to
us," she said.

[AD]

## Second time lucky

Wednesday's launch came after Monday's attempt was halted at about 7:05 a.m., inside the
two-hour launch window, when balloon measurements showed winds at high altitude beyond the
rocket's limits.

The 9.4-metre, 1.9-tonne Sahab-1 burns solid fuel and has a single stage. Mizan, founded in
Muscat in 2021, says the programme has cost OMR 6.5 million so far.

Minister of Transport, Communications and Information Technology Hamad Al Kindi, who watched
the launch, said it marked a change in Oman's place in the sector. "Today Oman is not a customer
of the space economy. It is a participant," he said.

## What comes next

Mizan plans a second suborbital flight, with heavier payloads, in the first quarter of 2027. An
orbital rocket remains the long-term goal, but the company does not expect one to fly before
2029.
""")

_S5_C = _letter_page(
    site="Orbital Notes",
    url="https://orbitalnotes.example/2026/10/21/sahab-1-oman-suborbital",
    headline="Oman's Sahab-1 makes it to space on the second try",
    subtitle="A small solid rocket from a new Arabian Sea spaceport, six experiments, and a "
             "capsule pulled out of the water",
    published=None, visible_date="Posted Wednesday, October 21, 2026",
    author="Greg Whitfield",
    related=[("Launch roundup: the week in small rockets", "/2026/10/18/launch-roundup"),
             ("Spaceports of the Middle East, mapped", "/2026/09/30/middle-east-spaceports"),
             ("Why 100 km? A short history of the Karman line", "/2026/08/12/karman-line")],
    body="""
If you were up late on the East Coast last night, you could have watched it live: Mizan
Aerospace's Sahab-1 lifted off from the Etlaq Space Launch Complex in Oman at 10:38 p.m. EDT on
Tuesday, which was 6:38 a.m. local time on Wednesday at the pad near Duqm.

It was the company's second try. Monday's attempt was scrubbed a little after 7 a.m. local time
because upper-level winds were too strong.

## The numbers

Sahab (the word means "cloud" in Arabic) is a single-stage, solid-fuel rocket, 9.4 meters tall
and weighing about 1.9 metric tons at lift-off. According to Mizan, it topped out at 112.4 km,
or about 70 miles, well clear of the 100 km Karman line. Early telemetry quoted by the company
right after launch had put the peak at around 110 km; the final figure came later in the day.

The whole flight, from lift-off to the capsule hitting the water, took 9 minutes 40 seconds.
The capsule came down roughly 84 km (52 miles) offshore and was picked up by an Omani navy ship
about three hours later.

[AD]

## What it carried

Six experiments flew: three from Sultan Qaboos University, one from the German University of
Technology in Oman, one from Istanbul Technical University and one from a Kuwaiti start-up,
Sadeem Labs. Mizan has not released much detail about most of them, but one is a student-built
radiation dosimeter.

## The people

Layla Al Harthy, Mizan's CEO, put it nicely on the company's live stream: "For nine and a half
minutes the whole team forgot to breathe." Then, she added, "the capsule's beacon came on and we
remembered."

The launch director, Salim Al Rawahi, told the stream that the trajectory matched the team's
model to within a couple of kilometres at apogee. That is a good result for a first flight of
an unguided solid rocket.

## Why it matters

Etlaq is run by NASCOM, the National Aerospace Services Company, and this is its first real
science flight. The site's earlier launch, in December 2024, was a small test vehicle. Oman is
clearly betting that its location, on open ocean with clear sea lanes to the south and east,
makes it a useful spot for suborbital research flights and, one day, orbital ones.

Mizan says it has spent 6.5 million Omani rials, roughly $16.9 million, to get here. That is
tiny by launch-industry standards. The next suborbital flight is planned for early 2027, and
the company talks about an orbital rocket no earlier than 2029.

I'll be watching for the first papers from the experiments. If you worked on one of the
payloads, my inbox is open.
""")

STORY_5 = _story("rocket-QE5", "rocket", "2026-10-24", [
    _page("https://gulfwireservice.example/science/2026/10/21/oman-sahab-1-rocket-reaches-space", _S5_A),
    _page("https://www.omanchronicle.example/oman/science/sahab-1-space-flight-duqm-etlaq", _S5_B),
    _page("https://orbitalnotes.example/2026/10/21/sahab-1-oman-suborbital", _S5_C),
], [
    ("launch clock time",
     r"(?<![\d:.])(?:0?6[:.]18|10[:.]18|02:?18)(?!\d)",
     r"(?<![\d:.])(?:0?6[:.]38|10[:.]38|02:?38)(?!\d)"),
    ("Salim Al Rawahi's title", r"launch director", r"chief engineer"),
])


# ======================================================================================
# Story 6 - earthquake: Bejaia province, Algeria, 00:26 Saturday 14 Feb 2026 (planted: 2)
# ======================================================================================

_S6_A = _wire_page(
    site="Mediterranean Wire Service",
    url="https://medwire.example/world/africa/2026/02/14/algeria-earthquake-bejaia-kherrata",
    headline="Earthquake kills at least four in northeastern Algeria",
    summary="Magnitude 5.7 quake strikes near Kherrata in Bejaia province shortly after "
            "midnight; rescuers search collapsed houses.",
    published="2026-02-14T02:12:00Z", byline="Yacine Belaid", section="Africa",
    related=[("Tunisia, Algeria agree to reopen two border crossings",
              "/world/africa/2026/02/11/tunisia-algeria-border"),
             ("Morocco's quake rebuilding: two years on",
              "/world/africa/2025/09/08/morocco-rebuilding")],
    body="""
ALGIERS, Feb 14 (MWS) - A night-time earthquake measured at magnitude 5.7 shook the
mountains of northeastern Algeria early on Saturday, killing at least four people and injuring
37, the civil protection service said,
as rescuers searched through collapsed houses in the mountain town of Kherrata.

The quake hit at 00:26 local time on Saturday (2326 GMT on Friday), according to Algeria's
Research Centre for Astronomy, Astrophysics and Geophysics (CRAAG), which located the
epicentre 6 km southeast of Kherrata in Bejaia province.

The U.S. Geological Survey's own reading was 5.5, with a depth of 10 km.

"Our teams are working house by house in the old quarter of Kherrata, where several buildings
made of stone and earth came down," civil protection spokesman Colonel Nassim Benamara told
state radio.

[AD]

The toll, given at 3 a.m. (0200 GMT), was expected to rise as teams reached outlying villages
cut off by rockfalls on mountain roads, Benamara said.

Residents of Bejaia, Setif and Jijel said they were woken by strong shaking, and people in
Algiers, about 200 km (125 miles) to the west, also reported feeling it. On state television,
families could be seen huddled in blankets in the cold streets of Kherrata.

"Half the town is sleeping in the street tonight," Hocine Rahmani, head of the Kherrata
municipal assembly, said by telephone. The Algerian Red Crescent said it was sending tents and
blankets from its depots in Bejaia and Setif.

Kherrata sits in a narrow valley of the Babor mountains, about 35 km south of the coastal city
of Bejaia. The region lies on one of several active fault systems that run parallel to
Algeria's Mediterranean coast.

Lamia Haddad, head of seismic monitoring at CRAAG, said the shaking had been severe because the
quake was shallow and close to a populated valley. Residents should stay out of damaged houses
through the night, she said.

Hospitals in Bejaia and Setif were put on alert, and the national road through the Kherrata
gorges was blocked by falling rocks, the civil protection service said. The interior ministry
said the minister, Rachid Ouali, would travel to the area later on Saturday.

CRAAG said it had recorded several aftershocks within the first hour, the strongest of
magnitude 3.9.

Northern Algeria is regularly hit by earthquakes. The deadliest in recent decades, a magnitude
6.8 quake centred near Boumerdes east of Algiers in May 2003, killed more than 2,200 people.

(Reporting by Yacine Belaid; editing by Anne Moreau)
""")

_S6_B = _broadcast_page(
    site="Radio Mediterranee Internationale",
    url="https://www.rmi-radio.example/en/africa/20260214-algeria-quake-toll-rises-to-nine",
    headline="Algeria quake: death toll rises to nine as minister promises shelter for all",
    summary="Nine people killed and 112 injured after a night-time earthquake in Bejaia "
            "province; dozens of aftershocks recorded.",
    published="2026-02-14T18:45:00+01:00", visible_date="14/02/2026 - 18:45",
    byline="RMI with correspondents in Algiers and Kherrata", programme="Africa Evening",
    related=[("Boumerdes 2003: the earthquake that changed Algeria's building code",
              "/en/africa/archive-boumerdes-2003"),
             ("Live: Saturday's news from North Africa", "/en/africa/live-20260214")],
    body="""
Nine people are now known to have died in the overnight earthquake in Béjaïa province, in
northeastern Algeria, and 112 were injured, according to a civil protection update at 6 p.m.
on Saturday.

The tremor struck at 26 minutes past midnight, waking families across the mountains of Petite
Kabylie. Algeria's geophysics research centre, CRAAG, measured it at magnitude 5.7 and placed
the epicentre a few kilometres southeast of Kherrata, a town of around 35,000 people.

Most of the dead were in Kherrata itself, where older houses built of stone and packed earth
collapsed. Civil protection teams, supported by army units, were still clearing rubble in the
old town on Saturday afternoon.

[AD]

Interior Minister Rachid Ouali arrived in Kherrata in the afternoon and toured the worst-hit
streets with the wali, or governor, of Béjaïa, Ahmed Zerrouki. "No family in this region will
spend a second night outdoors. The tents are here and the prefabricated units will follow,"
Ouali told reporters.

The Algerian Red Crescent said it had delivered 600 tents and 3,000 blankets to the area by late
afternoon, and volunteers were distributing hot meals at the town hall.

Army helicopters flew several of the most badly injured to hospital in Sétif, about 35 km to
the south, because the RN9 road through the Kherrata gorges had been blocked by rockfalls. Road
crews were still working to clear it on Saturday evening.

By Saturday evening, rows of white tents had been put up on the town's football ground and on
a school playground, our correspondent reported.

## Dozens of aftershocks

CRAAG said it had recorded 43 aftershocks by midday, the strongest of magnitude 4.2 at 3:51
a.m. Dr Lamia Haddad, who heads seismic monitoring at the centre, urged residents not to
return to cracked buildings.

"This is a shallow event on a fault system we know well. Aftershocks above magnitude 4 remain
possible for several days," she said on state radio.

The United States Geological Survey, which measures independently, gave a magnitude of 5.5 and
a depth of 10 km.

[FIG] Residents in Kherrata wait outside damaged houses on Saturday morning. | Photo: RMI / Karim Laouar

## A region used to the ground moving

Northern Algeria sits where the African and Eurasian plates meet, and moderate earthquakes are
frequent. The country's building rules were tightened after the Boumerdès disaster of May
2003, in which more than 2,200 people died, but many older homes in mountain towns were built long
before.

Hospitals in Béjaïa and Sétif received the most seriously injured. The health ministry said
blood donation centres in both cities would stay open on Sunday.
""")

_S6_C = _paper_page(
    site="Soummam Echo",
    url="https://soummamecho.example/region/seisme-kherrata-dix-morts-bilan-dimanche",
    headline="Kherrata counts its dead as tents go up and aid arrives",
    standfirst="Ten killed and 131 injured, according to Sunday morning's toll; 1,200 homes "
                "damaged across the area",
    published=None, visible_date="Sunday 15 February 2026",
    byline="Nadia Ait Ahmed and Sofiane Meziani", section="Region", sep=" | ",
    related=[("How to help: collection points in Bejaia city", "/region/dons-points-collecte"),
             ("Road RN9 reopened to traffic at the Kherrata gorges", "/region/rn9-reouverture"),
             ("Schools: exam calendar unchanged outside Kherrata", "/education/calendrier-examens")],
    body="""
Kherrata spent its first full day after the earthquake counting its losses. By 10 a.m. on
Sunday, the civil protection service put the toll at 10 dead and 131 injured. Seven of the dead
were from the commune of Kherrata and three from neighbouring Draa El Kaid.

The earthquake, measured at magnitude 5.7 by CRAAG, struck at 12:26 a.m. on Saturday. Its
epicentre was near Souk El Tenine, in the hills between the Kherrata gorges and the sea, but
it was the older houses of Kherrata that suffered most.

Mourad Ait Said, a 46-year-old shopkeeper, lost the upper floor of his family home in
the early hours of Saturday. "We heard the walls before we felt them. By the time we were outside, the
stairs were gone," he told us on Sunday, standing beside a pile of stones that had been his
children's bedroom.

[AD]

## 1,200 homes damaged

The wali of Béjaïa, Ahmed Zerrouki, said on Sunday that about 1,200 homes had been damaged in
the area, 86 of them so badly that they could no longer be lived in. Engineers from the
housing ministry's technical inspection body have begun going door to door to classify
buildings.

The government on Sunday announced an emergency allocation of 2 billion dinars for rebuilding
and for rent support to families whose homes were condemned.

Tents now line the municipal stadium and the courtyard of the Emir Abdelkader secondary school.
Interior Minister Rachid Ouali, who visited on Saturday afternoon, promised that no family
would spend "a second night outdoors", and most families we met on Sunday had a tent or had
moved in with relatives.

[FIG] Volunteers unload blankets and water at the municipal stadium in Kherrata on Sunday. | Photo: Soummam Echo

## Schools closed until Thursday

All schools in the commune of Kherrata will stay closed until Thursday, February 19, the
education directorate said, so that every building can be inspected. Schools elsewhere in the
province reopened as normal on Sunday.

The RN9 road through the Kherrata gorges, blocked by rockfalls on Saturday, was reopened to
traffic on Sunday morning, easing the arrival of aid lorries from Sétif and Béjaïa.

## Still shaking

Aftershocks continued through Saturday night, and families who had slipped back into their
houses to fetch clothes or sleep ran out again to the tents. CRAAG has asked residents to stay out of cracked buildings
for at least several days.

In the town centre, bakeries reopened on Sunday morning and queues formed early. The local
water utility said supplies had been restored to most districts after a main cracked in the
earthquake, and that tanker lorries would serve the rest until repairs were finished.

Donations of blankets, baby milk and bottled water can be left at the collection points listed
on our website.
""")

_S6_D = _letter_page(
    site="The Kabylie Letter",
    url="https://kabylieletter.example/p/kherrata-day-four",
    headline="Kherrata, day four",
    subtitle="The final toll, the money, the tents, and the question every diaspora family is "
             "asking: is the house still safe?",
    published="2026-02-17T20:00:00+01:00", visible_date="Feb 17, 2026",
    author="Amel Hamdani",
    related=[("How we raised 40,000 euros for Kherrata in 48 hours", "/p/how-we-raised"),
             ("Ramadan in a tent: what families need", "/p/ramadan-in-a-tent"),
             ("Reading a seismogram for beginners", "/p/seismogram-101")],
    body="""
Dear readers in Montreal, Lyon, Marseille and everywhere else,

On the fourth day after the earthquake, here is where things stand. The civil protection service's
latest toll, given on Monday evening, is 11 dead and 146 injured. Eight of the dead were from
Kherrata itself; the others were from the neighbouring commune of Draa El Kaid.

Some of you have asked why the date looks different depending on where you read about it. The
quake struck at 00:26 on Saturday, February 14, Algerian time. In universal time that was 23:26
on Friday, so the US Geological Survey's catalogue lists it on February 13. Same event.

Likewise the magnitude: the USGS put it at 5.5, while CRAAG, Algeria's own centre, measured
5.7. Different agencies, different methods. Both agree the epicentre was just southeast of
Kherrata and shallow.

[AD]

## What the minister promised

Interior Minister Rachid Ouali visited on Saturday. Standing in front of the damaged houses, he
said: "No family in this region will spend a second week outdoors. The tents are here and the
prefabricated units will follow."

My cousin, who is sleeping in a tent on the stadium with her two children, says the tents did
arrive quickly. The prefabricated units have not yet, though the wali's office says the first
ones should be in place before the end of the month.

## The money

The government has set aside 2 billion dinars, roughly $15 million, for rebuilding and rent
support. The wali's office counts about 1,200 damaged homes, 86 of them uninhabitable. Divide
the one by the other and you can see why families are worried about how far it will go.

Our own collection has raised just over 40,000 euros so far. Thank you. It is going to three
village associations that are buying heaters and mattresses, because February nights in the
Babors are cold.

## The ground is still moving

CRAAG has now recorded more than 70 aftershocks. Most are too small to feel, but a few have
been strong enough to send people running out again. Schools in Kherrata are due to reopen on
Thursday if the inspections are finished.

## Ramadan

Ramadan is expected to begin on Wednesday or Thursday, depending on the moon. Families will be
breaking the fast in tents. If you are planning to send food parcels, the associations ask for
dates, semolina and powdered milk rather than cash, at least for the first week.

## If your family house is there

If you own a house in Kherrata and cannot get home, the inspectors are putting green, orange
or red marks on every building. Ask a relative to send you a photo of the mark. Orange means
repairable; red means nobody should go back inside.

With love and, this week, a heavy heart,

Amel
""")

STORY_6 = _story("quake-QE6", "earthquake", "2026-02-18", [
    _page("https://medwire.example/world/africa/2026/02/14/algeria-earthquake-bejaia-kherrata", _S6_A),
    _page("https://www.rmi-radio.example/en/africa/20260214-algeria-quake-toll-rises-to-nine", _S6_B),
    _page("https://soummamecho.example/region/seisme-kherrata-dix-morts-bilan-dimanche", _S6_C),
    _page("https://kabylieletter.example/p/kherrata-day-four", _S6_D),
], [
    ("epicentre town", r"kherrata", r"souk el[- ]t[eé]nine"),
    ("interior minister's promise (quote wording)", r"second night", r"second week"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
