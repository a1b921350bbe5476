"""Part ME of the story battery (web pages).

Written by engineer ME1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py ME`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-ME1: Poland's Monetary Policy Council cuts the reference rate by 25 basis points to
  3.75% on Wednesday 4 March 2026 -- CONTROL (no planted disagreement); traps: "25 bp" /
  "a quarter point" / "0.25 percentage point", CET vs GMT times, the decision told as
  "Wednesday" / "yesterday" / "last week" from pages of different days, the zloty rate
  rounded (4.2710 / 4.27), look-alike figures of other things (previous rate 4.00%,
  lombard and deposit rates, February's inflation flash 2.9% vs the 2.5% target,
  projections, a member's proposed 50 bp cut, markets' pricing, Hungary's and the Czech
  rates, the next meeting on 1 April), mortgage savings in zlotys, euros and dollars.
- el-ME2: independent Ioana Mirescu wins an early mayoral election in Constanta, Romania,
  on Sunday 14 June 2026 -- PLANTED: final turnout (31.4% everywhere vs 34.1% in the
  Bucharest Chronicle) and the winner's age (44 vs 47 on Canal Pontic TV); traps: hourly
  turnout figures and partial counts rising through election night, the exit poll, the
  2024 election's turnout and results, shares rounded ("nearly 42%"), margin in votes vs
  percentage points, polls closing 9 p.m. local vs 18:00 GMT, "Sunday" / "on 14 June".
- ct-ME3: Croatia's Constitutional Court upholds caps on new short-term rental licences
  but strikes down the forced-consent rule for existing hosts, Tuesday 14 July 2026 --
  PLANTED: vote split (9-4 vs 8-5 on Zagreb 1 Television) and the judge-rapporteur's name
  (Kraljevic vs "Kraljic" in the Dalmatian Courier); traps: the two-thirds threshold and
  18-month deadline of the annulled rule, the 31 December 2026 sunset date, petition counts
  by type, an earlier 2021 ruling, numbers of flats in Dubrovnik, quotes translated two ways.
- tr-ME4: Serbia's statistics office reports January-April 2026 foreign trade (exports
  EUR 9.84bn, imports EUR 12.73bn, deficit EUR 2.89bn) on Friday 29 May 2026 -- CONTROL;
  traps: euro vs dollar vs dinar figures (with different growth rates in dollar terms),
  April-only vs four-month figures, last year's values, coverage ratio, partner and CEFTA
  figures, full-year targets and the previous year's totals, rounding.
- rk-ME5: Polish company Sarmata Aerospace's Bielik-2 suborbital rocket reaches space on
  its first flight from Andoya Spaceport, Norway, Thursday 17 September 2026 -- PLANTED:
  apogee (118 km vs 108 km in the Nordic-Baltic Space Brief), liftoff clock time (10:42
  CEST vs 10:24 in the Pomeranian Daily) and who said the "touched space" quote (CEO
  Odrowaz vs chief engineer Brzezicka on Polonia24 TV); traps: CEST vs UTC, km vs miles,
  speed in m/s vs km/h vs Mach, burn time vs microgravity time vs total flight time, two
  scrubbed attempts earlier that week, the 2025 Bielik-1 flight's 41 km, the 100 km line,
  the next flight's 150 km goal, programme cost in zlotys and euros.
- eq-ME6: a magnitude 5.8 (NOA; 5.7 USGS) earthquake in the Gulf of Corinth off Aigio,
  Greece, at 02:17 local on Monday 19 October 2026 (23:17 GMT Sunday) -- CONTROL; traps:
  the local/GMT date crossing, injured and aftershock counts rising from page to page
  (9, 23, 31, 33 injured; no deaths reported at dawn, one later), agency magnitudes and
  depths attributed, place given as Gulf of Corinth / off Aigio / Achaea / 11 km
  north-east of Aigio, the 1995 Aigio earthquake, displaced people counted by time.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ME", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


def _ad(text: str) -> str:
    return ('<aside class="ad-slot" data-ad-unit="inarticle">'
            '<span class="ad-label">Advertisement</span>'
            f'<div class="ad-creative">{_e(text)}</div></aside>')


def _body(text: str) -> str:
    """Turn a plain-text body (blank-line separated blocks) into article HTML.

    Block markers: '## ' subhead, '> ' pull quote, '[AD] ' advertisement,
    '[IMG] caption | credit' photo, '[READ] ' inline related link.
    """
    out = []
    for block in text.strip().split("\n\n"):
        b = " ".join(block.split())
        if not b:
            continue
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(b[2:])}</p></blockquote>')
        elif b.startswith("[AD]"):
            out.append(_ad(b[4:].strip()))
        elif b.startswith("[IMG]"):
            cap, _, credit = b[5:].partition("|")
            out.append('<figure class="article-image"><img src="/img/placeholder.jpg" '
                       f'alt="{_a(cap.strip())}" loading="lazy"><figcaption>{_e(cap.strip())} '
                       f'<span class="credit">{_e(credit.strip())}</span></figcaption></figure>')
        elif b.startswith("[READ]"):
            out.append('<p class="inline-related"><strong>Read more:</strong> '
                       f'<a href="/related">{_e(b[6:].strip())}</a></p>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _jsonld(headline: str, published: str | None, modified: str | None, author: str,
            publisher: str, url: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": headline, "mainEntityOfPage": url,
                            "author": {"@type": "Person" if " " in author else "Organization",
                                       "name": author},
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _nav(items: list[str]) -> str:
    return "<ul>" + "".join(f'<li><a href="/{_a(i.lower().replace(" ", "-"))}">{_e(i)}</a></li>'
                            for i in items) + "</ul>"


def _rail(title: str, items: list[str]) -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="/story/{n}">{_e(t)}</a></li>' for n, t in enumerate(items, 1))
    return f'<aside class="rail"><h3>{_e(title)}</h3><ol>{lis}</ol></aside>'


_COOKIE = ('<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies '
           'and similar technologies to run this site, measure audiences and show you '
           'relevant advertising. You can accept all, reject non-essential cookies or choose '
           'your settings.</p><button>Accept all</button><button>Reject</button>'
           '<button>Settings</button></div>')

_SHARE = ('<div class="share-bar"><span>Share this article</span><a href="#">Facebook</a>'
          '<a href="#">X</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a>'
          '<a href="#">Email</a><button class="copy-link">Copy link</button></div>')


def _wire_page(*, site: str, host: str, path: str, headline: str, dek: str, section: str,
               byline: str, dateline_note: str, published: str, modified: str | None,
               visible: str, body: str, related: list[str], keywords: str) -> str:
    """Wire-agency template: meta times, JSON-LD, terse chrome."""
    url = f"https://{host}{path}"
    mod_meta = (f'<meta property="article:modified_time" content="{modified}">'
                if modified else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta name="keywords" content="{_a(keywords)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
{mod_meta}
<meta property="article:section" content="{_a(section)}">
<link rel="canonical" href="{url}">
{_jsonld(headline, published, modified, byline, site, url)}
</head>
<body class="wire article">
{_COOKIE}
<header class="wire-header"><a class="logo" href="/">{_e(site)}</a>
<nav>{_nav(["Top News", "World", "Business", "Markets", "Politics", "Science", "Sport", "Photos", "For Clients"])}</nav>
<div class="login"><a href="/clients">Client login</a></div></header>
<main>
<article>
<div class="kicker">{_e(section)}</div>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="meta"><span class="byline">By {_e(byline)}</span>
<span class="timestamp">{_e(visible)}</span>
<span class="dateline-note">{_e(dateline_note)}</span></div>
{_SHARE}
<div class="article-body">
{_body(body)}
</div>
<p class="wire-footer-note">(Reporting by {_e(byline)}; editing by the {_e(site)} desk)</p>
<p class="copyright-line">&copy; 2026 {_e(site)}. All rights reserved. Republication or
redistribution of this content without prior written consent is prohibited.</p>
</article>
{_rail("Related coverage", related)}
</main>
<footer><nav>{_nav(["About us", "Contact", "Careers", "Terms of use", "Privacy", "Cookie settings", "Accessibility"])}</nav>
<p>&copy; {_e(site)} 2026</p></footer>
</body>
</html>
"""


def _paper_page(*, site: str, host: str, path: str, headline: str, dek: str, section: str,
                byline: str, published: str | None, modified: str | None, visible: str,
                body: str, most_read: list[str], related: list[str], newsletter: str,
                nav: list[str]) -> str:
    """Newspaper template: JSON-LD dates, cookie banner, ads, most-read rail, newsletter box."""
    url = f"https://{host}{path}"
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta name="author" content="{_a(byline)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:image" content="https://{host}/img/share-default.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
{_jsonld(headline, published, modified, byline, site, url)}
</head>
<body>
{_COOKIE}
<div class="top-strip"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a>
<a href="/epaper">Today's paper</a></div>
<header class="masthead"><a class="brand" href="/">{_e(site)}</a>
<nav class="primary">{_nav(nav)}</nav></header>
<div class="leaderboard">{_ad("Upgrade your home office - spring collection now in store")}</div>
<main class="layout">
<article class="story">
<p class="section-label"><a href="/{_a(section.lower())}">{_e(section)}</a></p>
<h1 class="headline">{_e(headline)}</h1>
<h2 class="dek">{_e(dek)}</h2>
<div class="byline-block"><span class="author">{_e(byline)}</span>
<time class="pubdate">{_e(visible)}</time></div>
{_SHARE}
<div class="story-body">
{_body(body)}
</div>
<div class="newsletter-box"><h3>{_e(newsletter)}</h3><p>Sign up for our free morning
briefing and get the day's essential stories in your inbox before breakfast.</p>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form>
<p class="small">You can unsubscribe at any time. See our privacy notice.</p></div>
{_rail("Related", related)}
<div class="comments-closed">Comments are closed on this article.</div>
</article>
<div class="sidebar">
{_rail("Most read", most_read)}
{_ad("Travel insurance for the whole family - get a quote in two minutes")}
</div>
</main>
<footer class="site-footer"><nav>{_nav(["About", "Advertise with us", "Contact the newsroom", "Corrections", "Terms and conditions", "Privacy policy", "Cookie policy"])}</nav>
<p>&copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def _tv_page(*, site: str, host: str, path: str, headline: str, dek: str, section: str,
             byline: str, visible: str, video_title: str, video_len: str, body: str,
             more: list[str], nav: list[str]) -> str:
    """Broadcaster template: no machine-readable date, video player, visible date only."""
    url = f"https://{host}{path}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<link rel="canonical" href="{url}">
</head>
<body class="broadcaster">
{_COOKIE}
<header><div class="channel-logo">{_e(site)}</div>
<nav>{_nav(nav)}</nav>
<a class="live-button" href="/live">Watch live</a></header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_a(section.lower())}">{_e(section)}</a></div>
<article>
<h1>{_e(headline)}</h1>
<div class="video-player" data-duration="{_a(video_len)}"><div class="poster"></div>
<p class="video-title">Watch: {_e(video_title)} <span class="duration">({_e(video_len)})</span></p></div>
<p class="lead">{_e(dek)}</p>
<div class="info"><span class="author">{_e(byline)}</span> | <span class="date">{_e(visible)}</span></div>
{_SHARE}
<div class="text">
{_body(body)}
</div>
</article>
<section class="more-from"><h3>More from {_e(site)}</h3><ul>{"".join(f'<li><a href="/v/{n}">{_e(t)}</a></li>' for n, t in enumerate(more, 1))}</ul></section>
<div class="ad-bottom">{_ad("Stream every match of the season - first month free")}</div>
</main>
<footer><p>{_e(site)} &middot; Programme guide &middot; Frequencies &middot; Contact &middot;
Terms &middot; Privacy</p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _live_page(*, site: str, host: str, path: str, headline: str, dek: str, modified: str,
               key_points: list[str], entries: list[tuple[str, str, str]],
               note: str) -> str:
    """Live-blog template: timestamped entries, newest first."""
    url = f"https://{host}{path}"
    ent = []
    for stamp, title, text in entries:
        ent.append(f'<div class="live-entry"><time class="entry-time">{_e(stamp)}</time>'
                   f'<h3>{_e(title)}</h3>{_body(text)}</div>')
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="article:modified_time" content="{modified}">
<meta property="og:title" content="{_a(headline)}">
<link rel="canonical" href="{url}">
</head>
<body class="liveblog">
{_COOKIE}
<header><a class="logo" href="/">{_e(site)}</a>
<nav>{_nav(["News", "Live", "Local", "Politics", "Business", "Sport", "Weather", "Podcasts"])}</nav></header>
<main>
<article>
<span class="live-badge">LIVE</span>
<h1>{_e(headline)}</h1>
<p class="dek">{_e(dek)}</p>
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<p class="live-note">{_e(note)}</p>
{_SHARE}
<div class="live-feed">
{(chr(10)).join(ent)}
</div>
<button class="load-more">Load earlier updates</button>
</article>
<aside>{_ad("Fresh fish delivered to your door across the county - order by noon")}</aside>
</main>
<footer><p>&copy; 2026 {_e(site)} &middot; Editorial code &middot; Contact &middot; Advertising &middot; Privacy</p></footer>
</body>
</html>
"""


def _letter_page(*, site: str, host: str, path: str, issue: str, masthead_date: str,
                 headline: str, body: str, briefs: list[tuple[str, str]], sponsor: str) -> str:
    """Trade-newsletter template: issue number, masthead date, no machine date."""
    url = f"https://{host}{path}"
    br = "".join(f"<div class=\"brief\"><h3>{_e(t)}</h3><p>{_e(x)}</p></div>" for t, x in briefs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noarchive">
<link rel="canonical" href="{url}">
</head>
<body class="newsletter-web">
{_COOKIE}
<div class="nl-masthead"><span class="nl-name">{_e(site)}</span>
<span class="nl-issue">{_e(issue)}</span> <span class="nl-date">{_e(masthead_date)}</span>
<a href="/archive">Archive</a> <a href="/subscribe">Subscribe</a> <a href="/account">My account</a></div>
<div class="sponsor"><span class="ad-label">Advertisement</span> {_e(sponsor)}</div>
<main>
<article class="lead-item">
<h1>{_e(headline)}</h1>
{_body(body)}
</article>
<section class="in-brief"><h2>In brief</h2>{br}</section>
<div class="forward">Was this forwarded to you? <a href="/subscribe">Get your own copy</a>.
Corporate licences available for teams of five or more.</div>
</main>
<footer><p>{_e(site)} is an independent publication. Nothing in this newsletter is investment
advice. <a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _local_page(*, site: str, host: str, path: str, headline: str, dek: str, byline: str,
                visible: str | None, body: str, related: list[str], weather: str) -> str:
    """Local-site template: minimal meta, often no date at all."""
    url = f"https://{host}{path}"
    date_html = f'<p class="date">{_e(visible)}</p>' if visible else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(dek)}">
<link rel="canonical" href="{url}">
</head>
<body class="local">
{_COOKIE}
<div class="topbar"><span class="weather-widget">{_e(weather)}</span>
<a href="/contact">Send us a tip</a></div>
<header><h2 class="site-title"><a href="/">{_e(site)}</a></h2>
<nav>{_nav(["Home", "News", "Community", "Tourism", "What's on", "Classifieds", "Obituaries"])}</nav></header>
<main>
<article>
<h1>{_e(headline)}</h1>
{date_html}
<p class="author">Written by {_e(byline)}</p>
<p class="intro"><strong>{_e(dek)}</strong></p>
{_body(body)}
{_SHARE}
</article>
{_rail("You may also like", related)}
<div class="ad-side">{_ad("Boat trips every morning from the old harbour - book online")}</div>
</main>
<footer><p>&copy; 2026 {_e(site)} &middot; Impressum &middot; Privacy &middot; Advertise</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 -- central bank (Poland) -- CONTROL
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    site="Vistula Wire", host="www.vistulawire.example",
    path="/business/poland-cuts-main-interest-rate-to-3-75-as-inflation-cools-2026-03-04/",
    headline="Poland cuts main interest rate to 3.75% as inflation cools",
    dek="Monetary Policy Council lowers reference rate by 25 basis points, its first move since December; zloty slips",
    section="Central Banks", byline="Katarzyna Lis and Tomasz Herman",
    dateline_note="Filed from Warsaw",
    published="2026-03-04T14:51:00+01:00", modified="2026-03-04T15:34:00+01:00",
    visible="4 March 2026, 14:51 CET - updated 15:34 CET",
    keywords="Poland, NBP, interest rates, Monetary Policy Council, zloty, inflation",
    related=["Polish February inflation slows more than expected, flash data show",
             "Explainer: how Poland's rate-setters vote and when the votes are published",
             "Hungary's central bank keeps base rate on hold, warns on forint",
             "Polish wage growth eases in January"],
    body="""
WARSAW, March 4 (Vistula Wire) - Poland's Monetary Policy Council lowered its benchmark
reference rate by 25 basis points to 3.75% on Wednesday, resuming an easing cycle it had
paused at the turn of the year after inflation slowed faster than policymakers had
expected.

The cut, announced in a communique released by the National Bank of Poland (NBP) at 14:38
local time (1338 GMT), takes the reference rate down from 4.00%, where it had stood since
the council's previous reduction in December. The lombard rate falls to 4.25% and the
deposit rate to 3.25%, the bank said. The new rates apply from Thursday, March 5.

Twenty-one of 27 economists polled by Vistula Wire last week had expected a quarter-point
reduction. The other six forecast that the council would wait until April, when it would
have a fuller picture of first-quarter wage and price data.

"The council assessed that the prospects for inflation returning to the target over the
monetary policy horizon have improved," the statement said, adding that a "further
adjustment" of rates was justified. It gave no indication of whether more cuts would
follow.

[AD] Business current account with no monthly fee for the first 12 months. Terms apply.

Annual consumer price inflation eased to 2.9% in February from 3.3% in January, according
to a flash estimate from the statistics office GUS. That put it inside the range the NBP
is prepared to tolerate around its 2.5% goal - the bank accepts deviations of up to one
percentage point either side. Core inflation, which leaves out food and energy, is still
running above 3%, economists say.

Average wages in the corporate sector rose 6.1% year on year in January, the slowest pace
in more than four years, easing concerns among some council members that pay pressure
would keep services inflation high.

## Zloty weakens

The zloty weakened after the announcement, trading at 4.2710 per euro at 15:20 local
time against 4.2580 shortly before the decision. Yields on Poland's 10-year government
bonds fell six basis points to 5.12%.

Governor Leszek Borowiecki, who chairs the 10-member council, will explain the decision at
his customary news conference on Thursday at 15:00 (1400 GMT). The central bank's new
quarterly projection of inflation and growth, which the council had in hand for
Wednesday's decision, will be presented then.

Council member Marek Zaręba said in a radio interview in February that he could back a
reduction of as much as 50 basis points if inflation fell faster than forecast. The NBP
discloses how individual members voted only when it publishes the minutes of each
meeting, several weeks later.

Deputy Finance Minister Anna Szczepańska welcomed the move. "Cheaper credit is good news
for companies that have been postponing investment," she told reporters in parliament.

## Neighbours on hold

Poland's move contrasts with Hungary, where the central bank kept its base rate at 6.50%
on Feb. 24, citing the risk of renewed pressure on the forint. The Czech National Bank's
main rate is 3.50%, while the European Central Bank's deposit rate stands at 2%.

The Polish council's next two-day meeting ends on April 1.
""")

_S1_B = _paper_page(
    site="The Warsaw Ledger", host="www.warsawledger.example",
    path="/economy/2026/03/04/borrowers-get-relief-as-rate-setters-trim-cost-of-money",
    headline="Borrowers get relief as rate-setters trim cost of money by a quarter point",
    dek="The reference rate drops to 3.75 per cent. Economists are split on how much further the council can go this year.",
    section="Economy", byline="Joanna Wirska, Economics Correspondent",
    published="2026-03-04T19:20:00+01:00", modified="2026-03-04T21:05:00+01:00",
    visible="Wednesday, 4 March 2026, 19:20 (updated 21:05)",
    nav=["News", "Poland", "Economy", "Markets", "Property", "Opinion", "Culture", "Sport"],
    newsletter="The Ledger Morning Brief",
    most_read=["Warsaw approves 12 new tram stops on the southern line",
               "Why the price of butter doubled in two years",
               "Ekstraklasa: Legia held 1-1 at home",
               "Five places to ski in the Tatras before the season ends"],
    related=["How the Monetary Policy Council works",
             "Mortgage calculator: what the rate cut means for you",
             "February inflation: the numbers behind the slowdown"],
    body="""
Poles with floating-rate mortgages will pay a little less from next month after the
central bank's Monetary Policy Council on Wednesday cut its main interest rate by 0.25
percentage point, to 3.75 per cent.

It is the first change in the cost of money since December, when the council lowered the
reference rate to 4 per cent, and it was widely expected by economists after inflation
dropped to 2.9 per cent in February, according to the statistics office's quick estimate.
In January prices were still 3.3 per cent higher than a year earlier.

The decision came at the end of the council's two-day March meeting and was published
shortly after 2.30pm. The council said in its statement that the outlook for bringing
inflation back to target had improved, but it avoided any promise about what comes next.

[IMG] The National Bank of Poland headquarters on Świętokrzyska Street in Warsaw. | Photo: Ledger archive

## What it means for households

For a typical borrower the savings are modest. A family repaying a 400,000 zloty loan
over 25 years will see the monthly instalment fall by roughly 60 zlotys (about €14) once
the lower rate feeds through to the WIBOR benchmark on which most Polish mortgages are
based, according to calculations by the Ledger. Savers, meanwhile, can expect deposit
rates to edge down.

"It is a gesture rather than a game changer," said Agata Michalska of the Polish
Association of Home Buyers. "But after three years of very expensive credit, people are
watching every quarter of a point."

[AD] Fixed-rate savings account: 4.1% gross for 6 months on new money. Limited offer.

## How far can they go?

Economists disagree about the rest of the year. Ewa Królikowska, chief economist at Bank
Bałtycki, expects two more cuts that would take the reference rate to 3.25 per cent by
December. "Inflation is now inside the tolerance band and the projection should confirm
it stays there," she said.

Piotr Sadowski of Mazowsze Capital is more cautious. He sees only one more move, to 3.5
per cent, pointing to wages that were still growing by 6.1 per cent a year in January and
to energy tariffs that may be raised in the second half.

The central bank's target is inflation of 2.5 per cent, with a tolerance of one
percentage point above or below.

Not all rate-setters are in a hurry. One council member, Marek Zaręba, floated the idea
of a half-point cut last month, while others have said in interviews that they would
prefer to move slowly. How each member voted on Wednesday will be known only when the
minutes are released in the coming weeks.

On the currency market the zloty weakened slightly, to about 4.27 against the euro, after
the announcement.

Governor Leszek Borowiecki will present the reasoning behind the decision, together with
the bank's new economic projections, at a press conference tomorrow afternoon. The
council meets next at the turn of March and April.

[READ] Opinion: The council should not rush the next cut
""")

_S1_C = _tv_page(
    site="Centrum24 TV", host="www.centrum24.example",
    path="/economy/governor-door-to-more-rate-cuts-not-closed-but-not-wide-open-4417202",
    headline="Governor: door to more rate cuts 'not closed, but not wide open'",
    dek="A day after the Monetary Policy Council lowered the reference rate to 3.75 per cent, NBP Governor Leszek Borowiecki said future decisions will depend on incoming data.",
    section="Economy", byline="Michał Domański, Centrum24 TV",
    visible="05.03.2026, 16:40",
    video_title="Governor Borowiecki's press conference - the highlights",
    video_len="04:12",
    nav=["Home", "Poland", "World", "Economy", "Weather", "Sport", "Programmes", "Live TV"],
    more=["Storm warnings for the Baltic coast tonight",
          "Farmers block road near Lublin for a second day",
          "Tennis: Polish pair reach Dubai semi-final"],
    body="""
The National Bank of Poland is not closing the door to further interest rate cuts, but
there will be no automatic easing either, Governor Leszek Borowiecki said at a press
conference in Warsaw on Thursday afternoon.

"The door to further easing is not closed, but it is not wide open either," Borowiecki told
reporters. "We will look at the data, not at the calendar."

The governor was explaining the decision taken yesterday by the Monetary Policy Council,
which lowered the reference rate by 25 basis points to 3.75 per cent. The previous level,
4 per cent, had been in force since December. The new rate took effect today.

## New projection

During the conference the central bank presented its March projection. According to its
central path, consumer prices will rise by an average of 2.7 per cent this year and 2.5
per cent in 2027. The projection puts the probability at 50 per cent that this year's
inflation will land between 2.0 and 3.4 per cent.

The economy is expected to grow by 3.4 per cent in 2026, helped by EU-funded investment
and by consumers spending more as real wages rise.

Borowiecki said February's flash inflation reading of 2.9 per cent was "encouraging", but
warned that energy prices and wage growth were still risks. Inflation is now within the
band of one percentage point around the bank's 2.5 per cent target.

[AD] Switch your electricity tariff online in ten minutes.

Asked about comments by council member Marek Zaręba, who last month suggested the council
could cut by as much as half a point, the governor said the council had discussed
"various options" on Wednesday. He declined to say whether anyone had proposed a larger
move, noting that the voting record would be published with the minutes.

"I will not pre-empt the council. What I can say is that the decision was taken calmly
and with a clear majority," he said.

## Borrowers and savers

Banks have started to react. Several lenders said on Thursday that they would reduce the
interest on new cash loans from next week, while some cut rates on savings accounts almost
immediately after Wednesday's announcement.

Magdalena Kowal, 34, who has been repaying a mortgage on a flat in Łódź since 2021, told
Centrum24 TV that every cut counts. "It won't change my life, but for the first time in a
long while the instalment is going in the right direction," she said.

The zloty was stable on Thursday at around 4.27 per euro, after weakening slightly
following the decision.

The Monetary Policy Council will meet again on 31 March and 1 April.
""")

_S1_D = _letter_page(
    site="CEE Rates Monitor", host="www.ceeratesmonitor.example",
    path="/issues/412/nbp-25bp-cut-to-3-75-borowiecki-keeps-options-open",
    issue="Issue No. 412", masthead_date="Friday, 6 March 2026",
    headline="NBP: 25bp cut to 3.75%, Borowiecki keeps options open",
    sponsor="Fixed-income analytics for CEE desks - request a free trial of our curve builder.",
    briefs=[("Czechia", "Minutes of the CNB's last meeting showed a 6-1 vote to keep the two-week repo rate at 3.50%; one member preferred a cut."),
            ("Hungary", "The MNB kept the base rate at 6.50% on 24 February; its next rate-setting meeting is on 24 March."),
            ("Serbia", "The NBS left its key policy rate unchanged at 5.75%, in line with consensus."),
            ("Calendar", "Polish final February CPI is due on 16 March; the NBP publishes the minutes of the March meeting later in the month.")],
    body="""
Poland's Monetary Policy Council delivered the 25bp cut most of the street had pencilled
in on Wednesday, taking the reference rate to 3.75% from 4.00%. The corridor moved with
it: lombard 4.25%, deposit 3.25%. This is the first move since the December cut; the
council had sat on its hands in January and February.

The statement was short and gave little away, describing the inflation outlook as
improved and the cut as a further adjustment rather than the start of a new series. It
hit the screens at 13:38 GMT (14:38 in Warsaw).

## Thursday's presser

Governor Leszek Borowiecki used Thursday's news conference to push back against the idea
of a pre-set path. He said the door to more easing was neither shut nor wide open, and that
the council would be guided by data rather than by the calendar. He would not be drawn on
whether any member had pushed for 50bp, a size Marek Zaręba had floated in February.
We will know when the minutes and voting record come out.

The March projection was a touch friendlier than November's. The central path now has
CPI averaging 2.7% in 2026 and 2.5% in 2027, with GDP growth of 3.4% this year. The 50%
probability band for 2026 inflation runs from 2.0% to 3.4%. February's flash print was
2.9% y/y, so headline is already inside the 1.5-3.5% tolerance range around the 2.5%
target.

## Market reaction

EUR/PLN traded at 4.2710 after the statement, from 4.2580 just before, and closed
Thursday at 4.2655 as the governor's tone was read as balanced. The 10-year POLGB yield
fell 6bp to 5.12% on Wednesday and extended the rally to 5.07% on Thursday.

FRAs now price roughly 45bp of further easing over the next nine months, i.e. close to
two more quarter-point moves. Our own base case is one more cut, in May or July, with a
terminal reference rate of 3.50% this year. Bank Bałtycki's team sees 3.25% by December.

## Read-across

For households, the effect of a quarter point is small: on a 400,000-zloty, 25-year
mortgage the instalment falls by about 60 zlotys a month, or roughly $15 at current
exchange rates. For corporates the signal matters more than the size.

The contrast with Budapest remains stark. The MNB is still at 6.50% and will not move
until it is confident the forint is stable; a gap of 275bp between the Hungarian base
rate and the Polish reference rate is the widest since 2024.

Next NBP decision: Wednesday 1 April, at the end of the 31 March-1 April meeting.
""")

STORY_1 = _story("cb-ME1", "central bank", "2026-03-06", [
    _page("https://www.vistulawire.example/business/poland-cuts-main-interest-rate-to-3-75-as-inflation-cools-2026-03-04/", _S1_A),
    _page("https://www.warsawledger.example/economy/2026/03/04/borrowers-get-relief-as-rate-setters-trim-cost-of-money", _S1_B),
    _page("https://www.centrum24.example/economy/governor-door-to-more-rate-cuts-not-closed-but-not-wide-open-4417202", _S1_C),
    _page("https://www.ceeratesmonitor.example/issues/412/nbp-25bp-cut-to-3-75-borowiecki-keeps-options-open", _S1_D),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 2 -- election (Romania) -- PLANTED: final turnout; winner's age
# ---------------------------------------------------------------------------

_S2_A = _live_page(
    site="Litoral Live", host="www.litorallive.example",
    path="/live/constanta-early-mayoral-election-14-june-2026",
    headline="Constanța elects a new mayor - election night as it happened",
    dek="Nine candidates, one seat: follow turnout, the exit poll and the count in Constanța's early mayoral election.",
    modified="2026-06-15T02:20:00+03:00",
    note="All times are local (EEST). This live page has now ended; final results will be published by the municipal electoral office on Monday.",
    key_points=["Independent Ioana Mirescu leads the partial count with about 41%",
                "PSD candidate Dorin Pâslaru second, PNL's Radu Vârlan third",
                "Turnout 31.4% at close of polls, according to the electoral authority",
                "The vote was called after former mayor Cristian Nedelcu resigned in March to join the government"],
    entries=[
        ("02:15", "Pâslaru's team: we wait for the final count", """
Dorin Pâslaru has not appeared in front of the press tonight. His campaign spokeswoman,
Irina Bălan, told Litoral Live that the team would "wait for the last polling station"
before commenting and that Pâslaru would make a statement in the morning. We are closing
the live page here. Thank you for following election night with us.
"""),
        ("01:30", "Partial count: Mirescu's lead holds", """
With 176 of the city's 214 polling stations processed, the municipal electoral office
puts Ioana Mirescu on 41.3%, Dorin Pâslaru on 33.8% and Radu Vârlan on 13.1%. The gap
between the top two has barely moved since the first batch of results. The remaining
stations are mostly in the Tomis Nord and Faleză Nord districts.
"""),
        ("23:40", "Mirescu: 'Constanța voted for a city that works'", """
Ioana Mirescu spoke to supporters packed into her campaign office on Ștefan cel Mare
Street, without claiming outright victory. "Constanța voted tonight for a city that
works, not for a party. Let's wait for every vote, and then let's get to work," the
44-year-old lecturer said, to chants of her name.

[IMG] Ioana Mirescu addresses supporters at her campaign office shortly before midnight. | Photo: Andrei Tudose / Litoral Live
"""),
        ("22:50", "First partial results", """
The first official partial figures, from 61 of 214 polling stations, show Mirescu on
40.2% and Pâslaru on 35.0%, with Vârlan on 13.4%. Early stations tend to be the smaller
ones in the city centre, so expect the numbers to shift.
"""),
        ("21:05", "Exit poll puts Mirescu ahead", """
An exit poll by Sonda Pontica for a group of local media gives Ioana Mirescu 43%, Dorin
Pâslaru 32% and Radu Vârlan 13%. The pollster quotes a margin of error of plus or minus
three percentage points. Remember: exit polls are estimates, not results.
"""),
        ("21:00", "Polls close", """
Voting has ended. According to the Permanent Electoral Authority (AEP), 31.4% of
registered voters cast a ballot, or about 88,400 people. That is well below the 39.6%
turnout in Constanța in the regular local elections of 2024. Counting now begins in all
polling stations.

[AD] Summer terrace now open - live music every Friday on the seafront.
"""),
        ("19:00", "Turnout at 27.9%", """
Two hours before the close, turnout stands at 27.9%. The busiest polling stations are in
the Inel II district, where queues formed after 18:00 as people returned from the beach.
"""),
        ("16:00", "22.4% have voted; one incident", """
Turnout reached 22.4% at 16:00. Police said a man was fined for photographing his
completed ballot paper at a school in the Km 4-5 district. No other incidents have been
reported so far.
"""),
        ("13:00", "Slow morning in the heat", """
By 13:00, 15.8% of voters had cast ballots. Temperatures have passed 32 degrees and
several polling station presidents say older voters came early to avoid the midday sun.
"""),
        ("10:00", "First turnout figure", """
The AEP's first figure: 6.1% of voters had voted by 10:00.
"""),
        ("07:00", "Polling stations open", """
Good morning from Constanța. Polls opened at 07:00 in 214 polling stations and will close
at 21:00. There are 281,450 voters on the permanent electoral lists and nine candidates
on the ballot. The winner will serve until the regular local elections of 2028. The
election was triggered by the resignation in March of Cristian Nedelcu, who left city
hall to become minister of transport.
"""),
    ])

_S2_B = _wire_page(
    site="Danubius Press", host="www.danubiuspress.example",
    path="/en/politics/independent-mirescu-wins-constanta-mayoral-race-final-results-show",
    headline="Independent Mirescu wins Constanța mayoral race, final results show",
    dek="Law lecturer backed by a civic alliance beats Social Democrat Pâslaru by more than 7,000 votes; turnout 31.42%",
    section="Politics", byline="Radu Ionescu",
    dateline_note="Constanța",
    published="2026-06-15T11:40:00+03:00", modified=None,
    visible="15.06.2026 11:40",
    keywords="Romania, Constanța, local election, mayor, Mirescu, PSD, PNL",
    related=["Constanța votes for mayor after Nedelcu's move to government",
             "Turnout low as Constanța chooses a mayor in summer heat",
             "Early elections in three communes of Ialomița county: results"],
    body="""
CONSTANȚA, June 15 (Danubius Press) - Independent candidate Ioana Mirescu has won
Sunday's early election for mayor of Constanța, Romania's biggest port city, according to
final results published on Monday by the municipal electoral office.

Mirescu, a 44-year-old lecturer in maritime law who has sat on the city council since
2024, received 36,060 votes, or 41.78% of the valid votes cast. Dorin Pâslaru of the
Social Democratic Party (PSD) came second with 29,009 votes (33.61%), and Radu Vârlan of
the National Liberal Party (PNL) was third with 11,169 votes (12.94%).

Silviu Crăciun of the Alliance for the Union of Romanians (AUR) took 6,214 votes
(7.20%). The remaining five candidates shared 3,858 votes between them.

The winning margin was 7,051 votes, or just over eight percentage points. Romania elects
mayors in a single round, so the candidate with the most votes wins regardless of share.

## Low turnout

Turnout was 31.42%, the Permanent Electoral Authority (AEP) said: 88,432 of the 281,450
voters on the permanent lists went to the polls. There were 86,310 valid votes and 2,122
spoiled ballots. In the regular local elections of 2024 turnout in the city was 39.6%.

The early election was called after former mayor Cristian Nedelcu resigned in March to
become minister of transport. Nedelcu, a PSD member, won the 2024 race with 38.7% of the
vote.

[AD] Rent a car at Mihail Kogălniceanu airport - from 19 euros a day.

Mirescu ran with the support of the Constanța Civică alliance, a coalition of residents'
associations and small business groups, and campaigned on an audit of city hall's
finances and faster repairs to the sewer network along Tomis Boulevard.

"Constanța has voted for a city that works, not for a party," she said at her campaign
headquarters late on Sunday, before the count was complete. On Monday she said her first
decision would be to order an external audit of the city's debts and contracts.

Pâslaru conceded on Monday morning in a video posted on social media. "I congratulate Ms
Mirescu. The people of Constanța have decided, and we will be a firm but fair opposition
in the council," he said.

An exit poll by Sonda Pontica published when polls closed at 21:00 (1800 GMT) had put
Mirescu on 43% and Pâslaru on 32%.

The result must be validated by the Constanța district court before Mirescu can take the
oath of office. She will serve until the regular local elections due in 2028.

The city has a budget of about 1.9 billion lei (around 375 million euros) for 2026.
""")

_S2_C = _paper_page(
    site="Bucharest Chronicle", host="www.bucharestchronicle.example",
    path="/politics/2026/06/15/a-lecturers-win-in-constanta-rattles-the-big-parties",
    headline="A lecturer's win in Constanța rattles the big parties",
    dek="Ioana Mirescu, running without a party, took the Black Sea city from the Social Democrats. Analysts warn against reading too much into a summer vote.",
    section="Politics", byline="Alina Stoica",
    published="2026-06-15T18:05:00+03:00", modified=None,
    visible="15 June 2026",
    nav=["Home", "Politics", "Business", "Bucharest", "World", "Opinion", "Culture", "Sport"],
    newsletter="Chronicle Daily",
    most_read=["Bucharest heat: city opens 20 cooling centres",
               "Motorway A7 section delayed again",
               "Simona's return: tennis academy opens in Constanța",
               "Rents in Cluj up 11% in a year"],
    related=["Who is Ioana Mirescu?",
             "Constanța's debts: what the new mayor inherits",
             "Early elections: how vacancies in city halls are filled"],
    body="""
The Social Democrats have lost Constanța. In Sunday's early election for mayor, voters in
Romania's main Black Sea port chose Ioana Mirescu, a 44-year-old university lecturer
standing as an independent, over Dorin Pâslaru, the candidate of the party that had run
city hall since 2024.

Final figures released on Monday gave Mirescu 41.78 per cent of the valid votes against
33.61 per cent for Pâslaru. Radu Vârlan of the National Liberal Party finished a distant
third on 12.94 per cent, and the candidate of the nationalist AUR, Silviu Crăciun, was
fourth with 7.2 per cent.

Turnout was 34.1 per cent, according to the Permanent Electoral Authority, well below
the 39.6 per cent recorded in the city at the regular local elections two years ago.

[IMG] Voters queue at a polling station in the Inel II district on Sunday evening. | Photo: Mihai Grigore / Bucharest Chronicle

## "A local vote with national echoes"

In Bucharest, the parties were quick to play down the result. PSD spokesman Adrian
Ciocan said the vote had been "about local problems, the sewers and the traffic, not
about the government", and congratulated the winner. The Liberals, whose candidate lost
more than half of the share the party won in Constanța in 2024, said they would analyse
the result "calmly".

Political scientist Cosmin Drăgulescu of the University of Bucharest said it would be a
mistake to treat one summer election as a national barometer. "When two out of three
voters stay at home, the result says as much about who was motivated as about what the
city thinks," he said. "But independents winning a city of this size is not nothing. The
parties should notice that a civic network beat their machines."

Mirescu, who teaches maritime law at Constanța Maritime University, entered politics in
2024 as a city councillor for a residents' list. Her campaign was run largely by
volunteers and, according to the spending reports filed with the AEP, cost less than a
third of Pâslaru's.

[AD] Holiday apartments in Mamaia - book before 30 June and save 15%.

"Constanța has voted for a city that works, not for a party," she told supporters on
Sunday night.

## What she inherits

The new mayor will take over a city with a budget of about 1.9 billion lei for this year
and a list of unfinished works, from the sewer network along Tomis Boulevard to the
renewal of the municipal bus fleet. She has promised an external audit of city hall's
debts and contracts as her first act.

Her predecessor, Cristian Nedelcu, resigned in March after being appointed minister of
transport. He had won the 2024 election with 38.7 per cent.

Pâslaru conceded on Monday morning and promised a "firm but fair" opposition. The PSD
remains the largest group in the city council, where no single party has a majority,
which means Mirescu will have to build a coalition for each major vote.

She will serve the rest of the current term, until the next regular local elections in
2028, once the court has validated the result.
""")

_S2_D = _tv_page(
    site="Canal Pontic TV", host="www.canalpontic.example",
    path="/stiri/en/mirescu-begins-first-week-as-mayor-elect-of-constanta-88213",
    headline="Mirescu begins first week as Constanța's mayor-elect",
    dek="Two days after winning the early election, Ioana Mirescu met port officials and promised to publish the city's contracts online.",
    section="Local", byline="Canal Pontic newsroom",
    visible="16 June 2026, 08:15",
    video_title="Mirescu: 'The audit starts on day one'",
    video_len="02:47",
    nav=["Home", "Constanța", "Tulcea", "Dobrogea", "Sea and port", "Sport", "Shows", "Live"],
    more=["Jellyfish warning for beaches south of Eforie",
          "Farul Constanța sign Croatian midfielder",
          "New ferry timetable at the Danube crossing in Hârșova"],
    body="""
Ioana Mirescu spent her first full day as Constanța's mayor-elect on Monday meeting
officials of the port administration and city hall department heads, a day after voters
handed her a clear victory in the early mayoral election.

The 47-year-old lecturer in maritime law, who ran as an independent with the backing of
the Constanța Civică alliance, won 41.78 per cent of the vote on Sunday, according to the
final count published on Monday by the municipal electoral office. Social Democrat Dorin
Pâslaru, a former deputy mayor, took 33.61 per cent, while the Liberal Radu Vârlan came
third with 12.94 per cent.

In votes, Mirescu finished with 36,060 against 29,009 for Pâslaru.

Turnout was 31.4 per cent, meaning fewer than one in three of the city's registered
voters took part.

## "The audit starts on day one"

Speaking to Canal Pontic outside city hall on Monday afternoon, Mirescu said the external
audit she promised during the campaign would be ordered on her first working day in
office. "The audit starts on day one. Whatever we find, people will see it, because
every contract will be published online," she said.

She also said she wanted to speed up repairs to the sewer pipes under Tomis Boulevard,
which have caused repeated flooding in the city centre after summer storms.

[AD] Dobrogea wine festival, 26-28 June - tickets on sale now.

On election night Mirescu had told supporters that Constanța had chosen "a city that
works, and not a party". Pâslaru conceded on Monday morning, congratulating her in a video
message and promising that his group would be a firm opposition in the council.

## Reactions in the street

In the Tomis Nord district, where Pâslaru had hoped to do well, many residents said the
result had surprised them. "I voted for her because she is not from any party. Let's see
if she keeps her word," said Viorel, a retired docker. Others were more sceptical.
"Nothing changes, whoever comes," said a woman waiting for a bus near the Tomis Mall.

The result still has to be validated by the Constanța district court, after which Mirescu
will take the oath of office. Her mandate will run until the regular local elections in
2028.

The election was held after former mayor Cristian Nedelcu stepped down in March to become
transport minister.

Mirescu, who was born in Medgidia and came to Constanța as a student, has taught at
Constanța Maritime University for more than fifteen years. She entered the city council
in 2024 on a residents' list. In the council, where no party has a majority and the
Social Democrats form the largest group, she will need allies to pass her first budget
amendments, due to be debated in the autumn.
""")

STORY_2 = _story("el-ME2", "election", "2026-06-16", [
    _page("https://www.litorallive.example/live/constanta-early-mayoral-election-14-june-2026", _S2_A),
    _page("https://www.danubiuspress.example/en/politics/independent-mirescu-wins-constanta-mayoral-race-final-results-show", _S2_B),
    _page("https://www.bucharestchronicle.example/politics/2026/06/15/a-lecturers-win-in-constanta-rattles-the-big-parties", _S2_C),
    _page("https://www.canalpontic.example/stiri/en/mirescu-begins-first-week-as-mayor-elect-of-constanta-88213", _S2_D),
], [
    ("final turnout", r"\b31[.,]4", r"\b34[.,]1\b"),
    ("winner's age", r"\b44\b", r"\b47\b"),
])

# ---------------------------------------------------------------------------
# Story 3 -- court (Croatia) -- PLANTED: vote split; judge-rapporteur's name
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    site="Adriatic Press Agency", host="www.adriaticpress.example",
    path="/en/news/croatia/constitutional-court-upholds-caps-on-new-holiday-lets-strikes-down-consent-rule",
    headline="Croatia's top court upholds caps on new holiday lets, strikes down consent rule for existing hosts",
    dek="Constitutional Court rules 9-4 that towns may freeze new short-term rental licences but existing hosts cannot be forced to win neighbours' consent",
    section="Croatia", byline="Ivana Marušić",
    dateline_note="Zagreb",
    published="2026-07-14T14:22:00+02:00", modified="2026-07-14T16:05:00+02:00",
    visible="14 July 2026 14:22 (updated 16:05)",
    keywords="Croatia, Constitutional Court, short-term rentals, tourism, Dubrovnik, Hospitality Industry Act",
    related=["Parliament passes short-term rental law after marathon debate",
             "Dubrovnik freezes new tourist flat licences in old town",
             "Hosts' association files constitutional challenge"],
    body="""
ZAGREB, July 14 (APA) - Croatia's Constitutional Court on Tuesday upheld the power of
cities and municipalities to stop issuing new licences for short-term tourist rentals in
designated zones, but struck down a rule that would have forced existing hosts in
apartment buildings to obtain their neighbours' consent or lose their licences.

The court decided by nine votes to four, its president Davor Kuzmanić told a news
conference at the court's building on St Mark's Square at 13:00. Four judges signed a
dissenting opinion arguing that the entire law should have been left in place.

The ruling concerns amendments to the Hospitality Industry Act passed by parliament in
November 2025, which took effect on January 1. The court examined 27 petitions: 23 from
individual hosts and the Croatian Association of Family Accommodation Hosts, and four
from island municipalities.

## Zones allowed, consent rule annulled

Under the provision the court upheld, local councils may designate areas - typically old
town centres - in which no new licences are issued for renting out flats in residential
buildings to tourists. Dubrovnik, Split and Hvar have already used the power.

The annulled provision required anyone already renting a flat in an apartment building
to obtain, within 18 months, written consent from co-owners holding at least two-thirds
of the building's floor area. Hosts who failed to do so would have lost their licence.

"The state may decide where new tourist apartments can open. It may not, overnight, take
away a right it granted to people who relied on it in good faith," Kuzmanić said.

The court found that the consent rule breached the constitutional protection of property
and amounted to an impermissible retroactive effect. The judge-rapporteur in the case
was Vesna Kraljević.

[AD] Island hopping by catamaran - daily departures from Split.

The annulled provisions will cease to be valid on December 31, 2026, giving parliament
time to adopt a replacement, the court said.

## Reactions

Tourism Minister Katarina Vuletić said the government respected the decision and would
send revised rules to parliament in the autumn. "The core of the reform stands. Towns
keep the right to protect their historic centres," she said in a statement.

Marija Perković, president of the hosts' association, called the ruling "half a victory".
"Families who have rented out one flat for twenty years can breathe again. But the zones
will still kill the future of small hosts in the centres," she told APA.

Croatia has about 108,000 registered private hosts, offering roughly 560,000 beds,
according to tourism ministry data. Private accommodation accounts for more than half of
all tourist overnight stays in the country.

In 2021 the same court, by seven votes to six, rejected a challenge to an increase in
the tourist tax, a decision hosts' groups cited in their petitions as evidence that the
question of property rights in tourism had been left open.
""")

_S3_B = _paper_page(
    site="Dalmatian Courier", host="www.dalmatiancourier.example",
    path="/news/2026/07/15/top-court-leaves-old-town-freezes-in-place-but-rescues-existing-hosts",
    headline="Top court leaves old-town freezes in place but rescues existing hosts",
    dek="Constitutional judges split nine to four. Split and Dubrovnik keep their zones; the neighbours' consent rule goes.",
    section="Croatia", byline="Ante Grubišić",
    published="2026-07-15T07:30:00+02:00", modified=None,
    visible="Wednesday, 15 July 2026, 07:30",
    nav=["News", "Split", "Dalmatia", "Croatia", "Tourism", "Sport", "Opinion", "Lifestyle"],
    newsletter="Courier Morning",
    most_read=["Riva to close to traffic for Split Summer Festival",
               "Hajduk sign 19-year-old defender on five-year contract",
               "Water shortage: Brač asks for tanker deliveries",
               "Ferry to Vis delayed 3 hours by engine fault"],
    related=["Split's old-town zone: which streets are covered",
             "Hosts v neighbours: five stories from one building",
             "Editorial: a sensible ruling that parliament must now finish"],
    body="""
Cities on the Dalmatian coast may keep their bans on new holiday-rental licences in
historic centres, but the thousands of families who already rent out a flat in an
apartment building will not have to collect their neighbours' signatures to keep doing
so. That is the outcome of the ruling the Constitutional Court announced in Zagreb
yesterday.

The judges decided by nine votes to four. The majority backed the part of last year's
reform of the Hospitality Industry Act that allows local councils to designate zones
where no new short-term rental licences are granted. They annulled the article obliging
existing hosts to obtain, within 18 months, the written agreement of co-owners
representing two-thirds of a building's floor space.

[IMG] Apartments on the Peristil: many flats in Split's old town are rented to tourists. | Photo: Courier / Jure Radić

"The state may decide where new tourist flats are opened; it cannot take away overnight a
right that it gave to people who trusted it," court president Davor Kuzmanić said when
reading out a summary of the decision.

The judge-rapporteur, Vesna Kraljić, drafted the majority's reasoning, which relies on the
protection of property and on the principle that laws must not reach back to undo rights
acquired in good faith. The four dissenting judges, led by Tomislav Barišić, argued that
the consent rule only protected other owners in the same building and should have stood.

The annulled article remains formally in force until December 31 this year. After that
date it lapses, unless parliament replaces it with something the court can accept.

## Split: "We keep what matters"

Split's mayor, Tonka Jurić, welcomed the decision. The city council designated most of
the Diocletian's Palace area and the Varoš neighbourhood as a no-new-licence zone in
March. "We keep what matters. Nobody will be able to turn another building in the palace
into a hotel by the back door," she said.

In the zone, about 1,400 flats are currently registered for short-term rental. City
officials say the number of people actually living inside the palace walls has fallen
below 2,000.

[AD] Air-conditioning service and installation - free estimate within 24 hours.

Hosts' representatives were relieved but not celebrating. "Half a victory," said Marija
Perković, president of the Croatian Association of Family Accommodation Hosts, which
brought the largest group of petitions. "Nobody loses a licence, and that is huge for
older people who live on this income. But a young family in the centre can never start."

The court examined 27 petitions in total. Tourism Minister Katarina Vuletić said the
government would propose new rules on shared buildings "in the autumn", after talks with
hosts and with associations of apartment owners.

The ruling does not affect rentals of houses and rooms outside apartment buildings, nor
the tourist tax, which local authorities set separately.
""")

_S3_C = _tv_page(
    site="Zagreb 1 Television", host="www.z1tv.example",
    path="/vijesti/en/constitutional-court-short-term-rentals-ruling-310544",
    headline="Constitutional Court: towns can ban new holiday rentals, existing hosts keep licences",
    dek="The court upheld local freezes on new short-term rental licences but struck down the requirement for neighbours' consent.",
    section="News", byline="Z1 News / Lana Vidović",
    visible="14.07.2026. 21:15",
    video_title="Z1 Evening News: the court's decision explained",
    video_len="03:05",
    nav=["Home", "News", "Zagreb", "Croatia", "World", "Sport", "Shows", "Live stream"],
    more=["Heatwave: red alert for Zagreb and Slavonia",
          "Dinamo draw in first qualifying round",
          "Petrol prices unchanged from Tuesday"],
    body="""
Croatia's Constitutional Court ruled on Tuesday that local authorities may continue to
block new licences for short-term tourist rentals in parts of their towns, but that the
state cannot force existing hosts to win the consent of their neighbours to keep renting.

The decision was taken by eight votes to five, court president Davor Kuzmanić told
journalists in Zagreb. Five judges disagreed with the majority and will publish a
dissenting opinion.

At the centre of the case was last year's amendment to the Hospitality Industry Act. One
part of it lets city and municipal councils declare zones where no new licences are given
for renting flats in residential buildings. Another required hosts already operating in
such buildings to collect, within a year and a half, written consent from owners of at
least two-thirds of the building's floor area.

The court kept the first part and annulled the second. "The state can decide where new
tourist apartments may open. What it cannot do is take away from one day to the next a
right it gave to people who trusted it," Kuzmanić said.

## Why the judges annulled the consent rule

The judge-rapporteur, Vesna Kraljević, concluded that the rule interfered with the right
to property and had retroactive effect, because it applied to licences issued years
before the law was passed. The annulled article will stop being valid at the end of this
year, on 31 December, which gives parliament several months to replace it.

[AD] Summer sale on garden furniture - up to 40% off.

## Reactions

Tourism Minister Katarina Vuletić said the government accepted the ruling and would
prepare new proposals for the autumn session of parliament.

Marija Perković, head of the Croatian Association of Family Accommodation Hosts, said the
decision was "half a victory" for hosts. Her association and individual owners filed 23
of the 27 petitions the court considered; the other four came from island municipalities.

Residents' groups in Zagreb's lower town, where the city is considering its own zone,
said they were disappointed that the consent rule had been struck down. "Those who live
in these buildings all year have no say about the suitcases on the stairs," said Dražen
Kolar of the Donji grad residents' initiative.

According to the tourism ministry, there are about 108,000 registered private hosts in
Croatia. Z1 News will have more on the ruling in tonight's late bulletin at 23:00.

The ruling does not touch the rental of whole houses or of rooms outside apartment
buildings, and it has no effect on the tourist tax, which is set by local authorities.
Municipalities that have already declared zones do not need to repeat the procedure, the
court's spokeswoman told Z1.
""")

_S3_D = _local_page(
    site="Dubrovnik Daily Bulletin", host="www.dubrovnikbulletin.example",
    path="/news/old-town-freeze-survives-court-test",
    headline="Old town freeze survives court test",
    dek="Dubrovnik's ban on new tourist flats within the walls stays, the Constitutional Court decided on Tuesday.",
    byline="Bulletin staff", visible=None,
    weather="Dubrovnik 31°C, sunny; sea 25°C",
    related=["Cruise ship limits: two ships a day from July",
             "Stradun shop rents: council publishes new tariffs",
             "Lokrum ferry extends evening sailings"],
    body="""
Dubrovnik's ban on new licences for tourist apartments inside the city walls will stay
in place. The Constitutional Court in Zagreb on Tuesday rejected the part of the
challenge that targeted the power of local councils to create such zones.

The city council designated the old town and the streets immediately outside the Pile and
Ploče gates as a no-new-licence zone in February, one month after the new national law
took effect. Since then, the city says, not a single new licence for a flat in a
residential building has been issued inside the zone.

By the city's count, about 1,950 flats inside the walls are registered for short-term
rental, while the number of permanent residents of the old town is estimated at around
1,100. Thirty years ago, more than 4,000 people lived there.

"This is a good day for the people who still live in the old town," Mayor Nikola Batinić
said on Tuesday afternoon. "Nobody's rights are taken away, but we can finally stop the
old town turning entirely into a hotel."

## Existing hosts keep their licences

The judges, however, struck down the rule that would have forced owners already renting
out flats in apartment buildings to obtain the written consent of co-owners holding two
thirds of the building's floor area within 18 months. That rule would have hit many
Dubrovnik families who have rented out a flat for decades.

The court decided by 9-4, with the judge-rapporteur Vesna Kraljević writing for the
majority. Court president Davor Kuzmanić said the state could steer where new tourist
apartments open but could not overnight remove a right granted to people who had relied
on it.

[AD] Konavle wine and olive oil tours - pick-up from your hotel.

For Ivo Matić, who has rented out a small flat near the Rector's Palace since 2004, the
ruling came as a relief. "I have eleven neighbours in my building. Some of them live in
Zagreb, one lives in Canada. I would never have collected all those signatures in time,"
he said.

Others are less happy. Ana Lučić, a retired teacher who lives on Prijeko Street, said the
nights in her building had become "a hotel corridor" over the years. "The court protected
those who rent. Who protects those who live here?" she asked.

The annulled rule remains formally valid until 31 December 2026, after which parliament is
expected to replace it. Tourism Minister Katarina Vuletić has promised new proposals in the
autumn.

The city will present its plan for the old town's housing, including the purchase of
flats for young families, at the next council session on 28 July.
""")

STORY_3 = _story("ct-ME3", "court", "2026-07-15", [
    _page("https://www.adriaticpress.example/en/news/croatia/constitutional-court-upholds-caps-on-new-holiday-lets-strikes-down-consent-rule", _S3_A),
    _page("https://www.dalmatiancourier.example/news/2026/07/15/top-court-leaves-old-town-freezes-in-place-but-rescues-existing-hosts", _S3_B),
    _page("https://www.z1tv.example/vijesti/en/constitutional-court-short-term-rentals-ruling-310544", _S3_C),
    _page("https://www.dubrovnikbulletin.example/news/old-town-freeze-survives-court-test", _S3_D),
], [
    ("vote split", r"\b9\s*[-–:]\s*4\b|\bnine (votes )?to four\b", r"\b8\s*[-–:]\s*5\b|\beight (votes )?to five\b"),
    ("judge-rapporteur's name", r"kraljevi[cć]", r"\bkralji[cć]\b"),
])

# ---------------------------------------------------------------------------
# Story 4 -- trade (Serbia) -- CONTROL
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    site="Balkan Business Wire", host="www.balkanbizwire.example",
    path="/serbia/trade/serbia-s-trade-deficit-narrows-slightly-in-jan-apr-as-exports-outpace-imports",
    headline="Serbia's trade deficit narrows slightly in Jan-Apr as exports outpace imports",
    dek="Exports up 6.1% to EUR 9.84 bln, imports up 4.3% to EUR 12.73 bln, statistics office says",
    section="Economy", byline="Nenad Ristić",
    dateline_note="Belgrade",
    published="2026-05-29T11:12:00+02:00", modified=None,
    visible="May 29, 2026 11:12 CEST",
    keywords="Serbia, foreign trade, exports, imports, trade deficit, RZS, CEFTA",
    related=["Serbia's Q1 trade gap at EUR 2.11 bln",
             "Serbian industrial output rises 3.2% y/y in April",
             "NBS: current account deficit widens in Q1"],
    body="""
BELGRADE, May 29 (Balkan Business Wire) - Serbia's foreign trade deficit narrowed by 1.4%
year on year to 2.89 billion euros in the first four months of 2026, as exports grew
faster than imports, the Statistical Office of the Republic of Serbia (RZS) said on
Friday.

Exports of goods rose 6.1% to 9.84 billion euros in January-April, while imports
increased 4.3% to 12.73 billion euros, the statistics office said in its monthly
release. In the same period of 2025 the deficit stood at 2.93 billion euros.

Exports covered 77.3% of imports, up from 76.0% a year earlier. The total value of
Serbia's goods trade reached 22.57 billion euros, 5.1% more than in January-April 2025.

Expressed in US dollars, exports amounted to 10.73 billion, up 8.1%, and imports to 13.88
billion, up 6.2%, the office said. The higher growth rates in dollar terms reflect the
euro's gain against the dollar over the past year.

[AD] Export credit insurance for SMEs - talk to our Belgrade team today.

## April

In April alone, exports rose 8.4% year on year to 2.61 billion euros and imports went up
3.1% to 3.39 billion euros, leaving a monthly deficit of 780 million euros.

After the first quarter the cumulative deficit had been 2.11 billion euros.

## Partners

Germany remained Serbia's biggest export market, taking goods worth 1.41 billion euros
in the four months, followed by Bosnia and Herzegovina and Hungary. China was the largest
source of imports, with 1.62 billion euros, ahead of Germany.

Serbia recorded a surplus of 1.08 billion euros in trade with the members of the Central
European Free Trade Agreement (CEFTA), mostly with Bosnia and Herzegovina, Montenegro and
North Macedonia. The European Union accounted for 59.8% of the country's total trade in
goods.

Minister of Internal and Foreign Trade Jelena Stevanović said the data showed that
investment in manufacturing was paying off. "Our factories are selling more abroad even
though demand in Germany is weak. That is the best answer to those who said exports had
peaked," she told reporters in Belgrade.

Serbia exported goods worth 29.6 billion euros in the whole of 2025. The government is
targeting 31.5 billion euros this year.

Bojan Milić, an economist at the Serbian Chamber of Commerce, said lower prices of oil
and gas had helped hold down the import bill. "Energy imports fell by almost a tenth in
value, which flatters the balance. Without that, the deficit would have widened," he
said.

Copper and copper products, insulated wiring sets for vehicles and tyres were the main
export items, the RZS data showed.
""")

_S4_B = _paper_page(
    site="Belgrade Herald", host="www.belgradeherald.example",
    path="/business/2026/05/30/exports-grow-faster-than-imports-but-energy-flatters-the-picture",
    headline="Exports grow faster than imports - but cheap energy flatters the picture",
    dek="Serbia sold nearly 10 billion euros' worth of goods abroad between January and April, official data show.",
    section="Business", byline="Milica Jovanović",
    published="2026-05-30T09:00:00+02:00", modified=None,
    visible="Saturday, 30 May 2026",
    nav=["Home", "Serbia", "Belgrade", "Business", "Region", "World", "Culture", "Sport"],
    newsletter="Herald Business Weekly",
    most_read=["Belgrade metro: tunnelling to begin in autumn",
               "Partizan beat Zvezda 84-79 in derby thriller",
               "Rents in New Belgrade rise 9% in a year",
               "Where to swim this summer: Ada Ciganlija water tests"],
    related=["Who buys Serbian goods? An interactive map",
             "Car parts plants hire 3,000 workers in a year",
             "Opinion: the trade deficit is not the problem"],
    body="""
Serbian companies sold goods worth 9.84 billion euros abroad in the first four months of
the year, 6.1 per cent more than a year earlier, according to figures published on
Friday by the Statistical Office of the Republic of Serbia.

Imports grew more slowly, by 4.3 per cent, to 12.73 billion euros, so the gap between
what the country buys and what it sells narrowed slightly, to 2.89 billion euros from
2.93 billion in the same period last year.

In dinars, exports were worth about 1,153 billion and imports roughly 1,492 billion, at
the National Bank of Serbia's middle exchange rate of around 117.2 dinars to the euro. The
statistics office also reports the figures in dollars: exports of 10.73 billion dollars
and imports of 13.88 billion, with a deficit of about 3.15 billion dollars.

[IMG] Containers at the Port of Belgrade terminal on the Danube. | Photo: Herald / Stefan Lazić

## The energy effect

Behind the headline figures, economists point to the role of cheaper energy. The value of
imported oil, gas and electricity fell by almost a tenth, according to the Serbian
Chamber of Commerce, which kept the import bill in check.

"If you take energy out, imports grew faster than exports, and the deficit would have
widened," said Bojan Milić, an economist at the chamber. "The structure of our exports is
better than ten years ago, but we are still very dependent on a few big factories and on
the German car industry."

Copper, wiring sets for cars and tyres were again the main export products. Germany
bought Serbian goods worth 1.41 billion euros, or about one in every seven euros of total
exports.

[AD] Learn German in 12 weeks - evening courses in Novi Sad and Belgrade.

## Minister: proof exports have not peaked

The Minister of Internal and Foreign Trade, Jelena Stevanović, said the numbers showed
that factories were selling more abroad despite weak demand in Germany, and that this
answered critics who had claimed exports had reached their limit.

Exports covered 77.3 per cent of imports, compared with 76 per cent a year ago. Trade
with the countries of the Central European Free Trade Agreement again ended in a surplus,
of 1.08 billion euros, while the largest deficit was recorded in trade with China, the
biggest single source of imports at 1.62 billion euros.

April alone was a strong month for exporters: sales abroad reached 2.61 billion euros,
an increase of 8.4 per cent on April last year.

Last year Serbia exported goods worth 29.6 billion euros in total. To hit the
government's target of 31.5 billion this year, exports would need to grow by about 6.4
per cent over the full year - roughly the pace of the first four months.

The European Union remains by far the largest trading partner, with 59.8 per cent of
total goods trade.
""")

_S4_C = _letter_page(
    site="SEE Trade Digest", host="www.seetradedigest.example",
    path="/2026/06/01/serbia-jan-apr-trade-coverage-ratio-improves",
    issue="Vol. 9, No. 21", masthead_date="Monday, 1 June 2026",
    headline="Serbia Jan-Apr: coverage ratio improves to 77.3%, gap EUR 2.89bn",
    sponsor="Customs brokerage and bonded warehousing in Subotica, Horgoš and Preševo.",
    briefs=[("North Macedonia", "Q1 exports up 3.8% y/y in euro terms; deficit widened to EUR 810m."),
            ("Bosnia and Herzegovina", "Jan-Apr coverage ratio at 61.4%, down from 63.0% a year earlier."),
            ("Hungary", "April trade surplus of EUR 1.2bn, first estimate; second estimate due on 9 June."),
            ("Coming up", "Croatia's Q1 trade data and Romania's April figures are due next week.")],
    body="""
Serbia's statistics office (RZS) published January-April foreign trade data on Friday.
The picture is modestly positive: exports of EUR 9.84bn (+6.1% y/y) against imports of
EUR 12.73bn (+4.3% y/y), for a deficit of EUR 2.89bn, about EUR 40m smaller than a year
ago. The coverage of imports by exports improved to 77.3% from 76.0%.

In USD terms the numbers look stronger - exports USD 10.73bn (+8.1%), imports USD 13.88bn
(+6.2%) - but that is a currency effect: EUR/USD averaged roughly 1.09 over the four
months against about 1.07 in the same period of 2025. Readers comparing Serbia with
dollar-reporting partners should keep that in mind.

## Monthly detail

April was the best month of the year so far. Exports reached EUR 2.61bn (+8.4% y/y),
imports EUR 3.39bn (+3.1%), for a monthly gap of EUR 780m. Back-of-envelope: the
January-March deficit was EUR 2.11bn, so the cumulative figure is consistent with the
April balance.

## Structure

Top export lines remain copper and copper products, insulated wiring sets for vehicles,
and tyres. Maize shipments were down on last year's record. Energy is the swing factor on
the import side: the Chamber of Commerce estimates that the import value of oil, gas and
electricity fell by close to 10%, which accounts for most of the improvement in the
balance. Its economist Bojan Milić told us that without the energy effect the deficit
would have widened.

By partner, Germany is the largest market (EUR 1.41bn, 14.3% of exports), followed by
Bosnia and Herzegovina and Hungary. China is the largest supplier (EUR 1.62bn, 12.7% of
imports). The EU's share of total trade is 59.8%. CEFTA again delivered a surplus, EUR
1.08bn.

[AD] Webinar, 10 June: rules of origin under the pan-Euro-Mediterranean convention.

## Full-year arithmetic

Serbia exported EUR 29.6bn in 2025. The government's 2026 target of EUR 31.5bn implies
growth of about 6.4%, essentially the January-April pace. Trade minister Jelena
Stevanović argued on Friday that the data refuted claims exports had peaked; our view is
that the second half depends on German automotive orders more than on anything Belgrade
controls.

Total goods trade in the four months: EUR 22.57bn, up 5.1% y/y. In dinar terms, the
deficit is roughly RSD 339bn.

A note on method: the RZS values exports free on board and imports including cost,
insurance and freight, so its deficit is not the same thing as the goods balance in the
National Bank of Serbia's balance of payments, which values both sides on a comparable
basis. Expect the NBS number for the same months to differ when it is published.

Next release: January-May data at the end of June.
""")

STORY_4 = _story("tr-ME4", "trade", "2026-06-01", [
    _page("https://www.balkanbizwire.example/serbia/trade/serbia-s-trade-deficit-narrows-slightly-in-jan-apr-as-exports-outpace-imports", _S4_A),
    _page("https://www.belgradeherald.example/business/2026/05/30/exports-grow-faster-than-imports-but-energy-flatters-the-picture", _S4_B),
    _page("https://www.seetradedigest.example/2026/06/01/serbia-jan-apr-trade-coverage-ratio-improves", _S4_C),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 5 -- rocket (Polish company, Andoya, Norway) -- PLANTED: apogee; liftoff time;
# speaker of the "touched space" quote
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    site="Baltic Press Service", host="www.balticpress.example",
    path="/science/polish-built-bielik-2-rocket-reaches-space-on-first-flight-from-norway",
    headline="Polish-built Bielik-2 rocket reaches space on first flight from Norway",
    dek="Sarmata Aerospace's suborbital rocket climbs to 118 km; payload capsule recovered from the Norwegian Sea",
    section="Science", byline="Paweł Zając",
    dateline_note="Andøya / Rzeszów",
    published="2026-09-17T12:05:00+02:00", modified="2026-09-17T13:20:00+02:00",
    visible="17.09.2026 12:05 CEST, updated 13:20",
    keywords="Poland, space, rocket, Sarmata Aerospace, Bielik-2, Andøya, suborbital",
    related=["Bielik-2 launch scrubbed again after sensor fault",
             "Polish Space Agency sets out 2030 strategy",
             "Norway's Andøya Spaceport: a guide"],
    body="""
ANDØYA, Norway, Sept 17 (BPS) - A suborbital rocket built by the Polish company Sarmata
Aerospace reached space on its first flight on Thursday, climbing to an altitude of 118
kilometres (73 miles) after lifting off from Andøya Spaceport in northern Norway.

The 9.4-metre Bielik-2 lifted off at 10:42 local time (08:42 UTC), the Rzeszów-based
company said. Its engine, which burns kerosene with high-test hydrogen peroxide, fired for
52 seconds and pushed the rocket to a top speed of about 1,470 metres per second.

The rocket passed the 100-kilometre mark, the altitude most often used as the boundary of
space, a little under two and a half minutes into the flight and reached its highest point
at about 3 minutes and 10 seconds.

"We touched space with a rocket designed and built in Poland," Sarmata Aerospace's chief
executive, Kamil Odrowąż, said at the launch site. "Four years ago this was a drawing on
a whiteboard in Rzeszów."

## Two scrubs

Thursday's launch was the third attempt this week. On Tuesday the countdown was called off
because of strong winds in the upper atmosphere, and on Wednesday it was stopped four
minutes before liftoff after a pressure sensor on an oxidiser valve gave faulty readings.

"The engine did exactly what it did on the test stand. After two days of waiting, that
was the best possible feeling," chief engineer Natalia Brzezicka said.

[AD] Study aerospace engineering - open day on 3 October.

## Experiments recovered

The rocket carried four experiments weighing 31 kilograms in total, from the Warsaw
University of Technology, AGH University of Krakow, the Medical University of Łódź and a
student team from Gdańsk. They experienced roughly 3 minutes and 50 seconds of
weightlessness.

The payload capsule separated from the spent rocket, descended under a parachute and
splashed down in the Norwegian Sea about 140 km north-west of the launch site, 13 minutes
and 20 seconds after liftoff. A chartered vessel recovered it shortly before 13:00 local
time, the company said. The rocket body fell into the sea and was not designed to be
recovered.

The company's first rocket, Bielik-1, reached an altitude of 41 km in May 2025 from the
Ustka military range on Poland's Baltic coast.

Sarmata says it has spent 38 million zlotys (about 8.9 million euros) on the programme so
far, including 14 million zlotys in grants from EU funds and the Polish Space Agency
(POLSA).

"It is a great day for Polish industry," POLSA president Agnieszka Wrona said in a
statement, congratulating the team.

The company plans a second Bielik-2 flight in spring 2027, aiming for 150 km with a
payload of 60 kg, and hopes to develop a small orbital launcher by 2030.
""")

_S5_B = _paper_page(
    site="Pomeranian Daily", host="www.pomeraniandaily.example",
    path="/science/2026/09/17/gdansk-students-experiment-flies-to-space-on-polish-rocket",
    headline="Gdańsk students' experiment flies to space on Polish rocket",
    dek="A camera built by Gdańsk University of Technology students was among four payloads on the Bielik-2, which reached 118 km above the Norwegian Sea.",
    section="Science", byline="Marta Kaszubowska",
    published="2026-09-17T18:30:00+02:00", modified=None,
    visible="Thursday 17 September 2026, 18:30",
    nav=["Gdańsk", "Gdynia", "Sopot", "Pomerania", "Poland", "Business", "Science", "Sport"],
    newsletter="Pomeranian Daily Evening Edition",
    most_read=["SKM trains: new timetable from 1 October",
               "Lechia win 2-0 in Gdynia derby",
               "Amber fair returns to the Old Town",
               "Shipyard cranes to be lit up for 46th anniversary"],
    related=["Bielik-1: the rocket that flew from Ustka",
             "Women in Polish space industry: five profiles",
             "How Andøya became Europe's launch island"],
    body="""
A small camera and sensor module assembled by students of Gdańsk University of Technology
went to space and back on Thursday aboard Bielik-2, a rocket built by the Rzeszów company
Sarmata Aerospace.

The rocket lifted off from Andøya Spaceport in northern Norway at 10:24 local time and
climbed to 118 kilometres, well above the 100 km line that is commonly treated as the edge
of space. About a quarter of an hour later, the capsule carrying the experiments was
bobbing in the Norwegian Sea under its orange parachute.

"We watched the stream in a lecture hall in Wrzeszcz with about two hundred people, and
when the altitude passed a hundred kilometres everybody just screamed," said Julia
Kowalczyk, 22, who leads the student team SpaceGdańsk.

[IMG] Bielik-2 lifts off from Andøya Spaceport on Thursday morning. | Photo: Sarmata Aerospace

## Four experiments, 31 kilograms

The students' module, which weighs just over 4 kg, filmed the Earth and recorded
temperature and vibration throughout the flight. It shared the capsule with three other
experiments: a study of how liquid moves inside a tank without gravity, from the Warsaw
University of Technology; a radiation dosimeter from AGH University of Krakow; and
samples of yeast cells from the Medical University of Łódź. Together the experiments
weighed 31 kg.

The weightless phase lasted almost four minutes, between the moment the engine shut down
after 52 seconds and the start of the descent into thicker air.

"We touched space with a rocket designed and built in Poland," said Kamil Odrowąż, the
company's chief executive, after the capsule was located.

## Third time lucky

Thursday's launch came after two scrubs. On Tuesday upper-level winds were too strong,
and on Wednesday the countdown stopped at four minutes because of a faulty sensor reading
on an oxidiser valve.

[AD] Evening courses in English for engineers - Gdańsk and Gdynia.

Natalia Brzezicka, the chief engineer, said the data looked "clean". "The engine did
exactly what it did on the test stand," she said.

A recovery boat picked up the capsule a little over two hours after launch. The experiments will be flown back
to Poland next week and handed to the teams for analysis. The students hope to have their
first video online by the weekend.

Sarmata's previous rocket, Bielik-1, reached 41 km in May last year from the Ustka range.
The company says the programme has so far cost 38 million zlotys, of which 14 million came
from public grants, and it plans another flight in the spring of 2027 with a target
altitude of 150 km.
""")

_S5_C = _tv_page(
    site="Polonia24 TV", host="www.polonia24.example",
    path="/nauka/en/polish-rocket-bielik-2-space-flight-recap-55120",
    headline="'We touched space': Polish rocket Bielik-2 crosses the 100 km line",
    dek="Sarmata Aerospace's rocket flew to 118 kilometres on Thursday. What comes next for the company from Rzeszów?",
    section="Science", byline="Polonia24 TV science desk",
    visible="18.09.2026, 07:50",
    video_title="Bielik-2 liftoff and flight: the full sequence",
    video_len="05:38",
    nav=["Home", "Poland", "World", "Business", "Science", "Weather", "Sport", "Live"],
    more=["Weather: first frost expected in the mountains",
          "Sejm debates budget bill",
          "Volleyball: Poland into the semi-finals"],
    body="""
For Sarmata Aerospace, Thursday was the day the company had been working towards for
four years. Its Bielik-2 rocket lifted off from Andøya Spaceport in Norway at 08:42 UTC,
10:42 Polish time, and climbed to 118 kilometres before its payload capsule parachuted
into the Norwegian Sea.

"We touched space with a rocket designed and built in Poland," chief engineer Natalia
Brzezicka said after the flight, as the team in the control room celebrated.

The rocket's engine burned for 52 seconds and accelerated it to about 5,300 km/h, almost
five times the speed of sound. Around 3 minutes and 10 seconds after liftoff it reached
its highest point. The four experiments on board, 31 kilograms in total, spent close to
four minutes in weightlessness.

## Two false starts

The flight came at the third attempt. On Tuesday the launch was cancelled because of
strong high-altitude winds; on Wednesday the computer halted the countdown at T-minus four
minutes because of an unreliable reading from a pressure sensor.

Company chief executive Kamil Odrowąż said the delays had been "a good test of nerves".
"Nobody wanted to fly with a doubt. We fixed the sensor, checked it twice, and flew," he
told Polonia24 TV.

[AD] Home solar panels with battery - save up to 70% on your bills.

## From Ustka to Norway

Sarmata's first rocket, Bielik-1, flew from the military range in Ustka in May 2025 and
reached 41 kilometres. Ranges in Poland are too small for a rocket that climbs above 100
km, which is why the company moved to Andøya, where rockets can come down over open sea.

The capsule splashed down about 140 kilometres north-west of the launch site 13 minutes
and 20 seconds after liftoff and was picked up by a chartered ship. The rocket body was
not recovered.

## What's next

The company plans to fly Bielik-2 again in spring 2027, this time to 150 km with a
payload of 60 kilograms. Its long-term goal is a small rocket able to put satellites into
orbit, which it hopes to have by 2030.

So far, the company says, the programme has cost 38 million zlotys. The Polish Space Agency
and EU funds have contributed 14 million zlotys.

The head of the Polish Space Agency, Agnieszka Wrona, called it a great day for Polish
industry.

Among the four experiments was a small camera and sensor module built by students of
Gdańsk University of Technology, which filmed the Earth from above the 100-kilometre line.
The others came from the Warsaw University of Technology, AGH University of Krakow and the
Medical University of Łódź. The capsule is due back in Poland next week, and the teams
expect to present their first results before the end of the year.
""")

_S5_D = _letter_page(
    site="Nordic-Baltic Space Brief", host="www.nbspacebrief.example",
    path="/issue-88/bielik-2-reaches-space-from-andoya",
    issue="Issue #88", masthead_date="Monday, 21 September 2026",
    headline="Bielik-2 reaches space from Andøya at the third attempt",
    sponsor="Range services, telemetry and recovery in the Norwegian Sea - talk to our launch support team.",
    briefs=[("Esrange", "Swedish Space Corporation confirms two sounding-rocket campaigns for November, weather permitting."),
            ("Andøya", "The spaceport's orbital pad at Nordmela expects its next orbital attempt early next year."),
            ("Finland", "A Finnish radar-satellite operator ordered four more spacecraft, bringing its fleet plan to 18."),
            ("Estonia", "Tartu student cubesat team selected for an ESA educational launch opportunity in 2027.")],
    body="""
Poland's Sarmata Aerospace flew its Bielik-2 suborbital rocket from Andøya Spaceport on
Thursday 17 September, and the vehicle reached an apogee of 108 km (about 67 miles),
above the 100 km threshold. Liftoff was at 08:42 UTC, at the third attempt in three days.

Vehicle facts: 9.4 m long, 0.45 m in diameter, about 1,350 kg at liftoff. The single
engine runs on kerosene and 98% hydrogen peroxide and burned for 52 s, giving a maximum
velocity of roughly 1,470 m/s. Apogee came at about T+3:10. The payload section carried
four experiments (31 kg) from Warsaw University of Technology, AGH Krakow, the Medical
University of Łódź and a Gdańsk student team, with around 3 min 50 s of microgravity.

## Scrubs and recovery

Tuesday's attempt was scrubbed for upper-level winds, Wednesday's at T-4 min for an
off-nominal pressure reading on an oxidiser valve. Sarmata replaced the sensor overnight.

The payload capsule splashed down about 140 km north-west of the range at T+13:20 and
was recovered by a chartered vessel around two hours after launch. The spent rocket body
was not recovered, by design.

CEO Kamil Odrowąż summed up the day with a line that has since been printed on the
company's T-shirts: "We touched space with a rocket designed and built in Poland." Chief
engineer Natalia Brzezicka said the engine behaved as it had on the test stand.

[AD] Space Tech Expo Nordic, Oslo, 12-13 November - early-bird registration closes Friday.

## Why it matters

Bielik-2 is a significant step up from Bielik-1, which peaked at 41 km from the Ustka
range in May 2025. For Andøya, it is another foreign customer for its suborbital range
at a time when the site is trying to prove its orbital ambitions. For Poland, it is a
private company doing with modest money - PLN 38m to date (roughly EUR 8.9m), of which PLN
14m came from grants - what has usually required a national programme.

The Polish Space Agency's president, Agnieszka Wrona, congratulated the team.

Range notes: Andøya has launched sounding rockets since the 1960s, mostly for
atmospheric research, and its impact areas lie in open water well away from shipping
lanes. For Bielik-2 the range closed a sea area north-west of the island for a four-hour
window each day of the campaign, and the Norwegian coastal authorities issued the usual
notices to mariners and airmen.

Next up: a second Bielik-2 flight in spring 2027 with a 60 kg payload and a 150 km
target. Sarmata says an orbital microlauncher is its goal for 2030; it has not yet said
from where such a vehicle would fly.
""")

STORY_5 = _story("rk-ME5", "rocket", "2026-09-21", [
    _page("https://www.balticpress.example/science/polish-built-bielik-2-rocket-reaches-space-on-first-flight-from-norway", _S5_A),
    _page("https://www.pomeraniandaily.example/science/2026/09/17/gdansk-students-experiment-flies-to-space-on-polish-rocket", _S5_B),
    _page("https://www.polonia24.example/nauka/en/polish-rocket-bielik-2-space-flight-recap-55120", _S5_C),
    _page("https://www.nbspacebrief.example/issue-88/bielik-2-reaches-space-from-andoya", _S5_D),
], [
    ("apogee", r"\b118\s*(km|kilomet)|\b73\s*mi", r"\b108\s*(km|kilomet)|\b67\s*mi"),
    ("liftoff time", r"\b10[:.]42\b|\b0?8[:.]42\b|\b0842\b", r"\b10[:.]24\b"),
    ("speaker of the 'touched space' quote", r"odrow[aą][zż]", r"brzezick"),
])

# ---------------------------------------------------------------------------
# Story 6 -- earthquake (Greece) -- CONTROL
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    site="Hellenic Wire Service", host="www.hellenicwire.example",
    path="/en/greece/strong-earthquake-shakes-gulf-of-corinth-near-aigio",
    headline="Strong earthquake shakes Gulf of Corinth near Aigio, nine injured",
    dek="Magnitude 5.8 quake strikes at 02:17 local time; old houses damaged in villages, dozens of aftershocks",
    section="Greece", byline="Eleni Markou",
    dateline_note="Athens / Aigio",
    published="2026-10-19T06:05:00+03:00", modified=None,
    visible="19/10/2026 06:05",
    keywords="Greece, earthquake, Aigio, Gulf of Corinth, Achaea, Peloponnese",
    related=["Map: recent earthquakes in Greece",
             "What to do during an earthquake: civil protection advice",
             "The 1995 Aigio earthquake, 31 years on"],
    body="""
ATHENS, Oct 19 (HWS) - A strong earthquake struck the Gulf of Corinth near the town of
Aigio in the northern Peloponnese early on Monday, injuring at least nine people and
damaging old houses in nearby villages, authorities said.

The quake hit at 02:17 local time (2317 GMT on Sunday) and had a magnitude of 5.8,
according to the Geodynamic Institute of the National Observatory of Athens (NOA). Its
epicentre was in the sea 11 km north-east of Aigio, at a depth of 9 km, the institute
said. The US Geological Survey measured the quake at magnitude 5.7, at a depth of 10 km.

The tremor woke residents across the region of Western Greece and was felt in Patras, on
the north shore of the gulf in Nafpaktos, and as far away as Athens, where some people
ran into the streets.

No deaths had been reported as of 6 a.m., the fire service said. The nine people injured
were mostly hurt by falling objects or while rushing out of their homes, and most had
minor injuries, the hospital in Aigio said.

[AD] Home insurance that covers earthquake damage - get a quote online.

"We have damage to older buildings, mostly stone houses in the mountain villages above
the town. Teams are out and we will know more at first light," Dimitris Sotiropoulos,
mayor of the Aigialeia municipality, which includes Aigio, told state television.

Rescue teams were checking reports of a partially collapsed house in the village of
Platanovrysi, in the hills south of Aigio, the fire service said.

## Aftershocks

More than 30 aftershocks had been recorded by 6 a.m., the strongest of magnitude 4.3 at
02:41, according to the NOA.

Many residents of Aigio spent the rest of the night in their cars or in open squares.
The municipality opened the town's indoor sports hall to people who did not want to
return home.

Seismologists said the gulf, which separates the Peloponnese from mainland Greece, is one
of the most active areas in Europe, as the land on either side is slowly pulling apart.

Aigio was hit by a deadly earthquake in June 1995, which killed 26 people when buildings
collapsed in the town.

Rail services on the suburban line between Aigio and Kiato were suspended so that the
tracks could be inspected, operator officials said. The Rio-Antirrio bridge, which links
the Peloponnese with the mainland west of Aigio, remained open after checks.

Greece's Earthquake Planning and Protection Organisation said its scientific committee
would meet on Monday morning to assess the sequence, and urged residents of the area to
stay away from buildings with visible cracks until engineers had examined them.
""")

_S6_B = _live_page(
    site="Europa Now", host="www.europanow.example",
    path="/live/greece-earthquake-aigio-gulf-of-corinth",
    headline="Greece earthquake: magnitude 5.8 quake hits Gulf of Corinth near Aigio",
    dek="Live updates after a strong earthquake struck off the town of Aigio in the northern Peloponnese overnight.",
    modified="2026-10-19T13:35:00Z",
    note="All times on this page are GMT. Local time in Greece is GMT+3, so the quake struck at 02:17 on Monday local time, which was 23:17 GMT on Sunday.",
    key_points=["Magnitude 5.8 according to the National Observatory of Athens; USGS says 5.7",
                "One woman, 81, killed when her house collapsed in the village of Platanovrysi",
                "23 people injured as of 13:30 GMT, according to regional health officials",
                "Strongest aftershock so far: magnitude 4.5 at 08:48 GMT"],
    entries=[
        ("Mon 13:30 GMT", "Injured rises to 23; minister arrives", """
The number of people injured has risen to 23, the regional health authority for Western
Greece says. Most have cuts and bruises; four have been admitted to the University
General Hospital of Patras in Rio, one with a broken hip.

Civil Protection Minister Nikos Theodorakis has arrived in Aigio and is meeting the
mayor and the regional governor, Christina Lampropoulou.
"""),
        ("Mon 12:05 GMT", "Trains running again", """
Suburban trains between Aigio and Kiato are running again after engineers found no damage
to the track, the operator says. Services resumed at 15:00 local time.
"""),
        ("Mon 08:48 GMT", "Strong aftershock", """
A magnitude 4.5 aftershock has just been felt in Aigio - the strongest since the main
quake, according to the NOA. Local reporters say people ran out of cafes on the
seafront. There are no immediate reports of new damage.
"""),
        ("Mon 06:30 GMT", "Schools closed", """
All schools in the Aigialeia municipality are closed on Monday, and the regional
authorities say they will remain shut on Tuesday while engineers inspect the buildings.

[AD] Compare flights to Athens - prices from 49 euros.
"""),
        ("Mon 04:50 GMT", "First death confirmed", """
The fire service has confirmed the first death from the earthquake. An 81-year-old woman
was found dead under the collapsed roof of her stone house in Platanovrysi, a village in
the hills above Aigio. Firefighters reached the house at first light, at about 07:40
local time.
"""),
        ("Mon 03:10 GMT", "Nine injured, dozens of aftershocks", """
The Greek wire Hellenic Wire Service reports that at least nine people have been injured,
most of them slightly, and that no deaths have been reported so far. More than 30
aftershocks have been recorded, the strongest a 4.3 at 02:41 local time (23:41 GMT).
"""),
        ("Mon 00:40 GMT", "'A known, active zone'", """
Eleni Karavokyri, a seismologist at the University of Patras, told Greek radio that the
quake was on one of the faults that run along the southern side of the gulf. "The two
shores of the gulf are moving apart by around a centimetre a year. Quakes of this size
are part of the life of this region," she said. She urged residents to stay out of
damaged buildings.
"""),
        ("Sun 23:30 GMT", "Strong quake felt in Athens and Patras", """
A strong earthquake has struck western Greece. The National Observatory of Athens puts it
at magnitude 5.8, with an epicentre in the Gulf of Corinth 11 km north-east of Aigio, at
a depth of 9 km. It struck at 23:17 GMT - 02:17 on Monday in Greece. People in Athens
report feeling a long, rolling movement.
"""),
    ])

_S6_C = _paper_page(
    site="Athens Observer", host="www.athensobserver.example",
    path="/greece/2026/10/19/aigio-counts-the-damage-after-night-of-fear",
    headline="Aigio counts the damage after a night of fear",
    dek="One dead and 31 injured as a magnitude 5.8 earthquake shakes the Gulf of Corinth. Scientists warn that aftershocks will continue for weeks.",
    section="Greece", byline="Nikos Vlachos in Aigio",
    published="2026-10-19T21:40:00+03:00", modified=None,
    visible="19.10.2026 - 21:40",
    nav=["Greece", "Politics", "Economy", "World", "Athens", "Islands", "Opinion", "Culture"],
    newsletter="Observer Evening Briefing",
    most_read=["Metro Line 4: first stations open in 2027",
               "Olympiacos win 3-1 in Thessaloniki",
               "Electricity bills: subsidy extended to December",
               "Ten villages to visit in Epirus this autumn"],
    related=["The Gulf of Corinth: why the ground keeps moving",
             "Earthquake checklist: is your building safe?",
             "Remembering Aigio, June 1995"],
    body="""
For the second time in a generation, the people of Aigio spent a night in the streets.
The magnitude 5.8 earthquake that struck under the Gulf of Corinth at 02:17 on Monday
killed an 81-year-old woman in the hill village of Platanovrysi and injured 31 people, the
regional authorities said on Monday evening.

Four of the injured were being treated at the University General Hospital of Patras in
Rio, none of them in a life-threatening condition, according to the hospital. The rest
were treated and sent home.

The National Observatory of Athens put the quake's magnitude at 5.8 and its epicentre
in the sea 11 km north-east of Aigio. The US Geological Survey, which uses a different
method, calculated it at 5.7. By 9 p.m. the observatory had recorded 118 aftershocks, the
strongest of magnitude 4.5 just before noon.

[IMG] A damaged stone house in Platanovrysi, in the mountains above Aigio, on Monday morning. | Photo: Giorgos Kastanis / Athens Observer

## "The walls just opened"

In Platanovrysi, where most houses are built of stone and many are more than a century
old, neighbours stood in small groups outside the house where the woman died. "The walls
just opened. We heard her daughter shouting from the street," said Panagiotis, a
neighbour, who did not want to give his surname.

Firefighters reached the house at first light and found the woman under the collapsed
roof. Across the municipality of Aigialeia, dozens of older buildings were damaged and
the bell tower of a 19th-century church in the village partly collapsed.

Aigio itself escaped largely unscathed. Cracked plaster and fallen shelves were the main
damage in the town, where strict building codes introduced after the 1995 disaster have
shaped almost everything built since. That earthquake killed 26 people.

## Minister: "Nobody will be left alone"

Civil Protection Minister Nikos Theodorakis visited Aigio in the afternoon with the
regional governor of Western Greece, Christina Lampropoulou. "Nobody will be left alone.
Every house will be inspected and every family that cannot go home will get help," he
said, announcing emergency payments for affected households.

About 210 people were expected to spend Monday night in tents set up by the civil
protection agency or in the town's sports hall. Schools in the municipality will remain
closed on Tuesday.

[AD] Autumn sale: winter tyres fitted from 59 euros.

Seismologist Eleni Karavokyri of the University of Patras said the sequence was
developing in the usual way, with aftershocks gradually becoming weaker and less frequent.
"We cannot rule out a stronger event, but nothing in the data today suggests one is
coming," she said. The Gulf of Corinth is widening by roughly a centimetre every year,
which makes it one of the most seismically active areas on the continent.

Rail services between Aigio and Kiato, suspended on Monday morning, resumed in the
afternoon.
""")

_S6_D = _local_page(
    site="Achaia Today", host="www.achaiatoday.example",
    path="/aigialeia/engineers-inspect-hundreds-of-buildings-after-quake",
    headline="Engineers inspect hundreds of buildings after quake; schools stay shut until Thursday",
    dek="Dozens of houses in Aigialeia declared unsafe or temporarily unusable; the number of injured rises to 33.",
    byline="Achaia Today newsroom", visible="Tuesday 20 October 2026",
    weather="Aigio 19°C, light rain",
    related=["How to apply for earthquake support payments",
             "Volunteer drivers needed for mountain villages",
             "Patras carnival committee postpones meeting"],
    body="""
Teams of engineers fanned out across the villages of Aigialeia on Tuesday to check homes
damaged by the earthquake that shook the area in the early hours of Monday.

By Tuesday noon, 326 buildings had been inspected, the regional authority of Western
Greece said. Of these, 47 were marked yellow, meaning they cannot be used until they are
repaired, and 12 were marked red, meaning they are dangerous and must not be entered. Most
of the damaged buildings are old stone houses in the hill villages south of Aigio,
including Platanovrysi.

The number of people injured in the quake has risen to 33. Two people were treated at
the Aigio health centre on Tuesday morning for cuts they suffered while clearing debris
from their homes, the health authority said. Three people remain in hospital in Patras;
a fourth patient was discharged on Tuesday.

## Village mourns

Platanovrysi will bury Vasiliki Anagnostou, the 81-year-old widow who died when the roof
of her house collapsed, on Wednesday. She had lived in the village all her life.

"She made sweets for every child in the village. Everyone knew her," said the village
priest, Father Christos. The bell tower of the church where the funeral will be held was
itself damaged on Monday, and the service will take place in the churchyard.

[AD] Olive harvest supplies - nets, rakes and crates at the best prices in Achaia.

## Schools, tents and help

Schools in the municipality will stay closed on Wednesday as well and will reopen on
Thursday, after engineers finish checking every school building, Mayor Dimitris
Sotiropoulos said.

Some 260 people were given shelter on Monday night in tents, in the sports hall of Aigio
and in hotels paid for by the state, up from the roughly 210 that officials had expected
on Monday evening. Many of them say they are afraid to sleep indoors while the
aftershocks continue.

The National Observatory of Athens said that more than 150 aftershocks had been recorded
by Tuesday morning. None has been as strong as the magnitude 4.5 tremor that was felt
shortly before midday on Monday. The main earthquake, of magnitude 5.8 according to the
observatory, struck at 02:17 on Monday, 11 km north-east of Aigio under the waters of the
gulf.

Families whose homes were marked yellow or red can apply for the first emergency payment,
announced by Civil Protection Minister Nikos Theodorakis during his visit on Monday, at
the municipal citizens' service centre from Wednesday.

Older residents have been comparing the quake to June 1995, when a stronger earthquake
destroyed buildings in Aigio and killed 26 people. "This time we were lucky in the town.
The villages paid the price," the mayor said.
""")

STORY_6 = _story("eq-ME6", "earthquake", "2026-10-20", [
    _page("https://www.hellenicwire.example/en/greece/strong-earthquake-shakes-gulf-of-corinth-near-aigio", _S6_A),
    _page("https://www.europanow.example/live/greece-earthquake-aigio-gulf-of-corinth", _S6_B),
    _page("https://www.athensobserver.example/greece/2026/10/19/aigio-counts-the-damage-after-night-of-fear", _S6_C),
    _page("https://www.achaiatoday.example/aigialeia/engineers-inspect-hundreds-of-buildings-after-quake", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
