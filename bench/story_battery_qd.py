"""Part QD of the story battery (web pages).

Written by engineer QD1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QD`.

Six invented events in the Americas, each told by three or four invented outlets as whole
scraped pages. cb-QD1 (central bank): Banco de Mexico cuts its overnight rate to 6.75% on
Thursday 26 March 2026; four pages; planted: the vote split (4-1 on the wire, 3-2 in a
rates newsletter) and who said the "not on autopilot ... meeting by meeting" line (Deputy
Governor Villasenor on the wire and the broadcaster, Governor Ferran in the Mexico City
paper). elec-QD2 (election): a federal by-election in the Halifax-area riding of Bedford
Basin on Monday 15 June 2026; four pages; planted: the winner's vote count (14,212 vs
14,122 in a politics newsletter), the runner-up's former provincial portfolio (health
minister vs finance minister in the Toronto national paper) and the date the previous MP
resigned (Jan. 30 vs Jan. 20 on the wire). rocket-QD3 (rocket): the maiden orbital flight of
a Brazilian startup's Guara-1 from Alcantara on Tuesday 18 August 2026; three pages;
planted: the local liftoff time (10:47 p.m. vs 10:17 p.m. in the Brazilian paper) and the
wording of the chief executive's quote ("very few teams can say" vs "no team in Latin
America has ever done" in the trade press). quake-QD4 (earthquake, CONTROL): a magnitude 6.3
quake near Nasca, Peru, on Saturday 17 January 2026, toll rising from three to seven across
four pages. trade-QD5 (trade, CONTROL): Chile's July 2026 trade surplus of $1.735 billion,
released Friday 7 August 2026; three pages. court-QD6 (court, CONTROL): Colombia's
Constitutional Court upholds a ride-hailing law 6-3 and strikes its police-data article 7-2
on Wednesday 14 October 2026; three pages. The controls carry only legitimate variation
(rounding, units, time zones, updates, lookalike figures, partial quotes), no conflict.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QD", "domain": domain, "fetched": fetched,
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


def _ad(text: str) -> str:
    return ('<aside class="ad-slot" aria-label="Advertisement"><span class="ad-label">'
            f'Advertisement</span><div class="ad-creative">{_e(text)}</div></aside>')


def _figure(src: str, caption: str, credit: str) -> str:
    return (f'<figure class="article-image"><img src="{_a(src)}" alt="{_a(caption)}" '
            f'loading="lazy" width="1200" height="675"><figcaption>{_e(caption)} '
            f'<span class="credit">{_e(credit)}</span></figcaption></figure>')


def _related(title: str, items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for h, t in items)
    return f'<aside class="related-rail"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>'


def _body(paras: list[str], ads: dict[int, str] | None = None, figure: str = "",
          figure_after: int = 0) -> str:
    out: list[str] = []
    ads = ads or {}
    if figure and figure_after == 0:
        out.append(figure)
    for i, p in enumerate(paras, 1):
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
        else:
            out.append(f"<p>{_e(p)}</p>")
        if figure and i == figure_after:
            out.append(figure)
        if i in ads:
            out.append(_ad(ads[i]))
    return "\n".join(out)


def _share(url: str) -> str:
    return ('<div class="share-bar"><span>Share</span> '
            f'<a class="share-x" href="https://x.example/intent?url={_a(url)}">X</a> '
            f'<a class="share-fb" href="https://facebook.example/sharer?u={_a(url)}">Facebook</a> '
            f'<a class="share-wa" href="https://wa.example/send?text={_a(url)}">WhatsApp</a> '
            '<button class="copy-link">Copy link</button></div>')


def _wire_page(*, site: str, home: str, url: str, section: str, headline: str, dek: str,
               byline: str, iso: str, shown: str, paras: list[str],
               mod_iso: str | None = None, mod_shown: str | None = None,
               figure: str = "", ads: dict[int, str] | None = None,
               related: list[tuple[str, str]] = (), credits: str = "") -> str:
    """Template 1: wire service story (JSON-LD date plus visible <time>)."""
    ld: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "description": dek, "datePublished": iso,
        "author": [{"@type": "Person", "name": n.strip()} for n in byline.split(" and ")],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": home + "/static/logo.png"}},
        "mainEntityOfPage": url, "articleSection": section}
    if mod_iso:
        ld["dateModified"] = mod_iso
    upd = ""
    if mod_iso:
        upd = (f' <span class="updated">Updated <time datetime="{_a(mod_iso)}">'
               f'{_e(mod_shown or mod_iso)}</time></span>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(dek)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:url" content="{_a(url)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body class="wire">
<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" role="dialog"><p class="cookie-text">We and our partners use cookies
to run this site and to measure how it is used.</p><button>Accept</button>
<button>Reject non-essential</button></div>
<header class="masthead"><a class="logo" href="{_a(home)}">{_e(site)}</a>
<nav><ul><li><a href="{_a(home)}/world">World</a></li><li><a href="{_a(home)}/business">Business</a></li>
<li><a href="{_a(home)}/markets">Markets</a></li><li><a href="{_a(home)}/politics">Politics</a></li>
<li><a href="{_a(home)}/science">Science</a></li><li><a href="{_a(home)}/sports">Sports</a></li></ul></nav>
<a class="signin" href="{_a(home)}/account">Sign in</a></header>
<main id="main">
<article>
<div class="kicker"><a href="{_a(home)}/{_a(section.lower())}">{_e(section)}</a></div>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="byline">By {_e(byline)} <span class="sep">&middot;</span>
<time datetime="{_a(iso)}">{_e(shown)}</time>{upd}</div>
{_share(url)}
<div class="article-body">
{_body(paras, ads, figure, 0)}
</div>
<p class="credits">{_e(credits)}</p>
<div class="trust"><a href="{_a(home)}/principles">Our standards: The Trust Principles</a></div>
</article>
{_related("Read next", list(related))}
</main>
<footer class="site-footer"><ul><li><a href="{_a(home)}/about">About</a></li>
<li><a href="{_a(home)}/contact">Contact</a></li><li><a href="{_a(home)}/privacy">Privacy</a></li>
<li><a href="{_a(home)}/terms">Terms of use</a></li></ul>
<div class="copyright">All quotes delayed a minimum of 15 minutes. &copy; {_e(site)}</div></footer>
</body>
</html>
"""


def _paper_page(*, site: str, home: str, url: str, section: str, headline: str, dek: str,
                author: str, paras: list[str], iso: str | None = None,
                shown: str | None = None, figure: str = "", figure_after: int = 0,
                ads: dict[int, str] | None = None, related: list[tuple[str, str]] = (),
                newsletter: str = "The Morning Edition") -> str:
    """Template 2: newspaper page; machine-readable date only when iso is given."""
    meta_date = ""
    date_html = ""
    if iso:
        meta_date = (f'<meta property="article:published_time" content="{_a(iso)}">\n'
                     f'<meta property="article:section" content="{_a(section)}">')
        date_html = f'<time class="pubdate" datetime="{_a(iso)}">{_e(shown or iso)}</time>'
    elif shown:
        date_html = f'<span class="pubdate">{_e(shown)}</span>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:image" content="{_a(home)}/img/social-card.jpg">
{meta_date}
<link rel="stylesheet" href="{_a(home)}/assets/main.css">
</head>
<body>
<a href="#article-start" class="visually-hidden-focusable">Skip to content</a>
<div id="consent" class="consent-bar"><span>This site uses cookies. By continuing to browse
you agree to our use of cookies.</span> <a href="{_a(home)}/cookies">Learn more</a>
<button>OK</button></div>
<div class="topbar"><a href="{_a(home)}/subscribe" class="btn-subscribe">Subscribe</a>
<a href="{_a(home)}/epaper">Today's paper</a> <a href="{_a(home)}/login">Log in</a></div>
<header><div class="brand"><a href="{_a(home)}">{_e(site)}</a></div>
<nav class="sections"><a href="{_a(home)}/news">News</a> <a href="{_a(home)}/politics">Politics</a>
<a href="{_a(home)}/business">Business</a> <a href="{_a(home)}/opinion">Opinion</a>
<a href="{_a(home)}/culture">Culture</a> <a href="{_a(home)}/sport">Sport</a></nav></header>
<div class="breadcrumbs"><a href="{_a(home)}">Home</a> &rsaquo; <a href="{_a(home)}/{_a(section.lower())}">{_e(section)}</a></div>
<main>
<article id="article-start">
<h1 class="headline">{_e(headline)}</h1>
<h2 class="dek">{_e(dek)}</h2>
<div class="meta"><span class="author">By {_e(author)}</span> {date_html}</div>
{_share(url)}
<section class="story-body">
{_body(paras, ads, figure, figure_after)}
</section>
<div class="newsletter-box"><h4>{_e(newsletter)}</h4><span>The stories you need, in your
inbox before breakfast.</span><form><input type="email" placeholder="Your email">
<button>Sign up</button></form></div>
<div class="corrections"><a href="{_a(home)}/corrections">Report an error</a></div>
</article>
{_related("More from " + site, list(related))}
</main>
<footer><div class="footer-links"><a href="{_a(home)}/about">About us</a> <a href="{_a(home)}/advertise">Advertise</a>
<a href="{_a(home)}/jobs">Careers</a> <a href="{_a(home)}/privacy">Privacy policy</a></div>
<div class="legal">&copy; {_e(site)}. All rights reserved.</div></footer>
</body>
</html>
"""


def _letter_page(*, site: str, home: str, url: str, headline: str, subtitle: str,
                 author: str, paras: list[str], shown: str | None = None,
                 related: list[tuple[str, str]] = (), ads: dict[int, str] | None = None) -> str:
    """Template 3: newsletter / specialist blog; never a machine-readable date."""
    date_html = f'<div class="post-date">{_e(shown)}</div>' if shown else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(subtitle)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(subtitle)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
</head>
<body class="post">
<a class="skip" href="#post">Skip to content</a>
<div class="cookie-notice"><span>We use essential cookies only, plus one analytics cookie
if you say yes.</span> <button>Yes</button> <button>No thanks</button></div>
<header class="pub-header"><a href="{_a(home)}" class="pub-name">{_e(site)}</a>
<nav><a href="{_a(home)}/archive">Archive</a> <a href="{_a(home)}/about">About</a>
<a href="{_a(home)}/subscribe" class="cta">Subscribe</a></nav></header>
<main id="post">
<h1 class="post-title">{_e(headline)}</h1>
<h3 class="subtitle">{_e(subtitle)}</h3>
<div class="post-meta"><span class="author-name">{_e(author)}</span>{date_html}</div>
<div class="post-actions"><button class="like">Like</button> <button class="comment">Comment</button>
<button class="restack">Restack</button> <button class="share">Share</button></div>
<div class="body markup">
{_body(paras, ads)}
</div>
<div class="subscribe-widget"><span class="sw-title">Subscribe to {_e(site)}</span>
<form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<div class="post-footer-actions"><button class="like">Like</button> <button class="share">Share</button></div>
{_related("Recent posts", list(related))}
</main>
<footer class="pub-footer"><span>&copy; {_e(site)}</span> <a href="{_a(home)}/privacy">Privacy</a>
<a href="{_a(home)}/terms">Terms</a> <a href="{_a(home)}/feed">RSS</a></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, home: str, url: str, section: str, headline: str,
                    summary: str, author: str, paras: list[str], iso: str | None = None,
                    shown: str | None = None, figure: str = "", figure_after: int = 1,
                    ads: dict[int, str] | None = None,
                    related: list[tuple[str, str]] = ()) -> str:
    """Template 4: public broadcaster page with a live-audio bar."""
    when = ""
    if iso:
        when = f'<time datetime="{_a(iso)}">{_e(shown or iso)}</time>'
    elif shown:
        when = f'<span class="when">{_e(shown)}</span>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(summary)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(summary)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:site_name" content="{_a(site)}">
</head>
<body>
<a class="skip-to-content" href="#content">Skip to content</a>
<div class="gdpr"><span>Cookies help us improve our public service. Manage your preferences at
any time.</span> <button>Accept</button> <button>Settings</button></div>
<div class="live-bar"><span class="on-air">On air now</span> <a href="{_a(home)}/live">Listen live</a>
<a href="{_a(home)}/podcasts">Podcasts</a> <a href="{_a(home)}/schedule">Schedule</a></div>
<header class="bc-header"><a href="{_a(home)}" class="bc-logo">{_e(site)}</a>
<nav><a href="{_a(home)}/news">News</a> <a href="{_a(home)}/regions">Regions</a>
<a href="{_a(home)}/economy">Economy</a> <a href="{_a(home)}/explainers">Explainers</a>
<a href="{_a(home)}/weather">Weather</a></nav></header>
<main id="content">
<div class="section-label">{_e(section)}</div>
<h1>{_e(headline)}</h1>
<div class="summary"><strong>{_e(summary)}</strong></div>
<div class="bc-meta"><span class="bc-author">{_e(author)}</span> {when}</div>
{_share(url)}
<div class="bc-body">
{_body(paras, ads, figure, figure_after)}
</div>
<div class="bc-tip">Do you have information about this story? Write to our newsroom through
the contact form.</div>
{_related("Related coverage", list(related))}
</main>
<footer class="bc-footer"><a href="{_a(home)}/about">About the service</a>
<a href="{_a(home)}/accessibility">Accessibility</a> <a href="{_a(home)}/privacy">Privacy</a>
<span>&copy; {_e(site)}</span></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1: central bank (planted: vote split, quote speaker)
# ---------------------------------------------------------------------------

_MW = "https://www.meridianwire.example"

_S1_A = _wire_page(
    site="Meridian Wire", home=_MW,
    url=_MW + "/markets/mexico-central-bank-trims-key-rate-split-decision-2026-03-26/",
    section="Markets",
    headline="Mexico's central bank trims key rate to 6.75% in split decision",
    dek="Board votes 4-1 for a quarter-point cut; one deputy governor wanted to hold",
    byline="Lorena Castellanos and Hugo Berrios",
    iso="2026-03-26T19:42:00Z", shown="March 26, 2026 7:42 PM UTC",
    mod_iso="2026-03-27T03:05:00Z", mod_shown="March 27, 2026 3:05 AM UTC",
    figure=_figure(_MW + "/img/2026/03/banxico-facade.jpg",
                   "The Banco de Mexico headquarters in downtown Mexico City.",
                   "Meridian/Adriana Ochoa"),
    ads={5: "Trade global markets from one account. Capital at risk."},
    related=[(_MW + "/markets/fed-holds-rates-steady-march", "Fed leaves rates unchanged, signals patience"),
             (_MW + "/markets/brazil-copom-preview", "Brazil's central bank seen extending pause"),
             (_MW + "/world/mexico-remittances-january", "Mexico remittances slip in January")],
    credits="Reporting by Lorena Castellanos and Hugo Berrios; additional reporting by Ruth Salgado in Monterrey; editing by Ian Prescott",
    paras=[
        "MEXICO CITY, March 26 (Meridian) - Banco de Mexico lowered its benchmark overnight interbank rate by 25 basis points to 6.75% on Thursday, pressing on with an easing campaign that is now two years old, though one of the five members of its governing board wanted to leave borrowing costs where they were.",
        "The decision, published at 1:00 p.m. local time (1900 GMT), was taken by a 4-1 vote. Deputy Governor Raul Quintanar cast the dissenting vote in favor of holding the rate at 7.00%, the bank's announcement showed.",
        "Twenty-four analysts surveyed by Meridian last week had leaned heavily toward a quarter-point reduction, with seven expecting the bank to pause.",
        "Looking further out, the board struck a more guarded tone. “Looking ahead, the Board will assess the room for further adjustments with caution, in light of the inflation outlook and an uncertain global environment,” its statement said.",
        "Annual headline inflation eased to 3.87% in the first half of March, figures from national statistics agency INEGI showed on Tuesday, leaving it inside the band of 2% to 4% that the bank tolerates around its 3% goal. The core index, which leaves out fresh farm goods and energy, rose 3.71%.",
        "The peso slipped to 18.51 per dollar in the minutes after the announcement from 18.42 beforehand, and was quoted at 18.47 at 4 p.m. local time.",
        "“A dissent on a quarter-point cut tells you the bar for the next one just went up,” said Mariana Solis, chief Mexico economist at Banco Altamar. “We still pencil in one more reduction this year, but I would not bet on May.”",
        "The board's next scheduled announcement is on May 14.",
        "Banxico, as the bank is widely known, began reducing rates in March 2024 from a record 11.25%, where it had held them for a year. Its previous decision, on Feb. 5, was a unanimous quarter-point cut from 7.25%.",
        "The U.S. Federal Reserve kept its own target range at 3.50%-3.75% last week, so Thursday's move narrows the premium of Mexican rates over the top of that range to three percentage points.",
        "Growth has been sluggish. The central bank's quarterly inflation report, released last month, projected that gross domestic product would expand 1.1% in 2026.",
        "Mexico's finance ministry said on social media that lower rates would give “oxygen” to private investment. It did not comment on the split vote.",
        "Speaking later on Thursday at a business forum in Monterrey, Deputy Governor Andres Villasenor said the board was “not on autopilot.”",
        "“Each decision from here will be taken meeting by meeting, and the data will have the last word,” said Villasenor, who voted with the majority.",
        "Quintanar did not speak publicly on Thursday. A fuller account of the board's deliberations, including the reasoning behind the dissent, is due on April 9, when the bank publishes the minutes of the meeting.",
    ])

_CL = "https://www.capitalledger.example"

_S1_B = _paper_page(
    site="The Capital Ledger", home=_CL,
    url=_CL + "/business/2026/03/27/banxico-trims-rates-again-warns-pace-may-slow/",
    section="Business",
    headline="Banxico trims rates again but warns the pace may slow",
    dek="The quarter-point cut takes the benchmark to 6.75 per cent; the governor says there is no preset course",
    author="Sofía Marroquín",
    iso="2026-03-27T06:00:00-06:00", shown="Friday, March 27, 2026",
    figure=_figure(_CL + "/media/2026/03/ferran-monterrey.jpg",
                   "Governor Lucía Ferrán Ibarra at the bank's annual press briefing last year.",
                   "Photo: Capital Ledger archive"),
    figure_after=2,
    ads={4: "Open a dollar account in minutes. Terms apply.",
         10: "Your next getaway starts here: weekend fares to the Pacific coast."},
    related=[(_CL + "/business/2026/03/24/inflation-first-half-march", "Inflation slows in first half of March"),
             (_CL + "/opinion/2026/03/20/what-a-weaker-peso-would-mean", "Opinion: what a weaker peso would mean"),
             (_CL + "/business/2026/03/02/remittances-january", "Remittances fall for a second month")],
    paras=[
        "The Bank of Mexico shaved another quarter of a percentage point off its benchmark interest rate on Thursday, taking it to 6.75 per cent, its lowest level in four years, while making clear that borrowers should not assume a steady march lower from here.",
        "Four of the five members of the central bank's Governing Board voted for the reduction. The lone holdout, Deputy Governor Raúl Quintanar Soto, argued for keeping the rate at 7 per cent. February's cut, of the same size, had drawn no dissent at all.",
        "Governor Lucía Ferrán Ibarra used an appearance at a business forum in Monterrey on Thursday evening to push back against the idea of an automatic path. “We are not on autopilot. Each decision from here will be taken meeting by meeting, and the data will have the last word,” she told the audience of industrialists.",
        "The bank's written statement, released at 1 p.m., said the board would weigh further adjustments “with caution”, citing the inflation outlook and an uncertain global backdrop.",
        "## What changes for households",
        "For most families the effect will be gradual. Lenders tend to pass changes in the reference rate through to credit cards, payroll loans and business credit lines over a period of weeks, while the great majority of Mexican mortgages carry fixed rates and will not move at all.",
        "Savers, meanwhile, should expect slightly lower returns on government Cetes and on bank deposits. The 28-day Cetes paid 6.82 per cent at Tuesday's weekly auction, two days before the decision.",
        "Consumer prices rose 3.87 per cent in the year to the first half of March, according to the national statistics institute, INEGI, close to the top of the central bank's tolerance range, which runs from 2 to 4 per cent around a 3 per cent target. Core inflation was 3.71 per cent.",
        "“The board bought itself some room with that sentence about caution,” said Tomás Eguiluz, a former deputy governor of the bank who now teaches economics at ITAM, a private university in the capital. “If inflation surprises to the upside in April, they can stop without anyone calling it a U-turn.”",
        "The finance ministry, which has been counting on cheaper credit to revive investment after a weak 2025, welcomed the cut.",
        "Other pressures are building. Remittances from Mexicans working abroad, a vital source of income in many states, fell 2.1 per cent in January from a year earlier to $4.6 billion, roughly 85 billion pesos at current exchange rates, the central bank reported earlier this month.",
        "The peso ended Thursday's session at 18.49 to the US dollar, having weakened briefly after the announcement.",
        "The board's next decision is due on May 14, the third of eight scheduled for this year. Minutes of Thursday's meeting, which should shed light on Mr Quintanar's reasoning, will be published on April 9.",
    ])

_CT = "https://carrytradenotes.example"

_S1_C = _letter_page(
    site="Carry Trade Notes", home=_CT,
    url=_CT + "/p/banxico-the-cut-was-in-the-price",
    headline="Banxico: the cut was in the price, the split was not",
    subtitle="A 25bp move everyone expected, a vote nobody did, and what it does to the MXN carry",
    author="Ileana Prieto", shown="27 March 2026",
    ads={6: "This issue is brought to you by a rates-analytics terminal. Free two-week trial."},
    related=[(_CT + "/p/the-fed-holds-and-so-do-i", "The Fed holds, and so do I"),
             (_CT + "/p/copom-and-the-long-pause", "Copom and the long pause"),
             (_CT + "/p/colombia-curve-thoughts", "Some thoughts on the Colombian curve")],
    paras=[
        "Quick one this morning, because the Banxico decision landed mid-afternoon New York time yesterday and a lot of you were already out the door.",
        "The headline: a 25bp cut, taking the overnight target to 6.75%. Nobody serious was looking for anything else. The vote is the story. It came in 3-2, with the minority wanting to stay at 7.00%. A split that close on a move the market had fully priced is a signal in itself.",
        "The statement went out at 3 p.m. in New York, which is 1 p.m. in Mexico City now that the US has moved its clocks and Mexico has not. USD/MXN jumped from 18.42 to 18.51 inside ten minutes, then drifted back.",
        "## What I think it means for carry",
        "Against the top of the Fed's 3.50-3.75% range, the nominal spread is now exactly 300bp. A year ago it was 450bp. That is still a fat cushion by emerging-market standards, but it has been shrinking by a quarter point every six weeks or so, and a vote this divided hints that the shrinking could stop soon. At the margin, that is supportive for the peso.",
        "Two-year TIIE swaps fell about 6bp on the day to 6.58%, which tells me the market reads the statement as dovish on the path even though the vote was hawkish. I disagree with that read.",
        "One more thing worth keeping in mind: the Fed met last week and stayed put. If Washington does not move again before the summer, Banxico is doing all of the spread compression on its own, and a board this divided may not want to keep doing it for long.",
        "On growth, Banxico's own quarterly report last month had 2026 GDP at 1.1%. That is weak enough that the doves on the board will keep pushing, so I am not calling the end of the cycle, only a slower one.",
        "The statement line to watch: the Board “will assess the room for further adjustments with caution.” The words “with caution” were new. Put that beside a split vote and my base case becomes a hold on 14 May, with June live if first-half April inflation comes in soft.",
        "For reference, headline inflation was 3.87% y/y in the first half of March and core was 3.71%, both still above the 3% target, though inside the tolerance band.",
        "## Positioning",
        "I have cut the long MXN / short USD trade by a third and moved the stop on the rest to 18.80. Not advice, as always; just what I am doing with my own book.",
        "Things I am watching next: the minutes on 9 April, where we should learn more about the reasoning on both sides; the first-half April CPI print; and any speeches from Governor Ferrán and her board colleagues between now and then.",
        "Paid subscribers get the full rates grid on Monday. If someone forwarded you this, you can sign up below.",
    ])

_SP = "https://www.senalpublica.example"

_S1_D = _broadcast_page(
    site="Señal Pública", home=_SP,
    url=_SP + "/economy/what-the-rate-cut-means-for-your-loans-and-savings",
    section="Economy | Explainer",
    headline="What the central bank's rate cut means for your loans and savings",
    summary="Banxico lowered its key rate to 6.75%. Here is what changes for credit cards, mortgages and Cetes, and what comes next.",
    author="Tomás Lerdo, economy desk",
    iso="2026-03-26T21:30:00-06:00", shown="26/03/2026 21:30",
    figure=_figure(_SP + "/media/cards-terminal.jpg",
                   "A customer pays with a card at a market in Mexico City.",
                   "Señal Pública / Itzel Rangel"),
    figure_after=1,
    ads={8: "Listen to our morning economy briefing on your favourite podcast app."},
    related=[(_SP + "/economy/how-cetesdirecto-works", "How to buy Cetes without a broker"),
             (_SP + "/economy/credit-card-total-annual-cost", "Explainer: the total annual cost of your card"),
             (_SP + "/regions/monterrey-industrial-forum", "Industrialists meet in Monterrey")],
    paras=[
        "Banco de México (Banxico) lowered its key interest rate on Thursday afternoon by a quarter point, to 6.75%. Four of the five members of its board backed the cut; the fifth wanted to keep the rate at 7%.",
        "The reference rate, officially the target for the overnight interbank interest rate, is the price at which banks lend to one another from one day to the next, and it guides what they charge customers for many kinds of credit.",
        "## Why did Banxico cut?",
        "Inflation has cooled from the highs of 2022 and 2023. In the first half of March, prices were 3.87% higher than a year earlier. That is above the central bank's 3% goal but within the range of one percentage point either side that it considers acceptable.",
        "Lower rates are meant to encourage spending and investment at a time when the economy is growing slowly.",
        "## What happens to my credit card?",
        "Rates on credit cards, personal loans and payroll loans may fall slightly in the coming weeks, but not by the full quarter point, and not for everyone, explained Rebeca Anaya, an adviser at Condusef, the national agency that defends users of financial services. “Compare the total annual cost, the CAT, before and after. That figure is what tells you if your bank passed on the cut,” she said.",
        "Most mortgages in Mexico have a fixed rate, so existing monthly payments will not change.",
        "For businesses, the cut lowers the cost of credit lines tied to the TIIE, the interbank rate that many commercial loans use as a reference, usually with a lag of a few weeks.",
        "Most analysts had expected the cut, so banks had in many cases already begun adjusting the rates they offer on new loans.",
        "## And my savings?",
        "Returns on Cetes, the government bonds that many families buy through the Cetesdirecto platform, tend to follow the central bank's rate. At Tuesday's auction the 28-day Cetes paid 6.82% a year; that figure is likely to edge down.",
        "## Will there be more cuts?",
        "Not necessarily soon. Speaking this evening at a business forum in Monterrey, Nuevo León, Deputy Governor Andrés Villaseñor said the board was “not on autopilot” and that each decision would be taken meeting by meeting, depending on the data.",
        "The board meets again on May 14, in seven weeks. Its statement said it will assess the room for further adjustments “with caution”.",
        "Banxico started lowering its rate in March 2024, when it stood at 11.25%. Thursday's decision was its second cut this year.",
        "## Why does the vote matter?",
        "Banxico publishes how each board member voted. This time Deputy Governor Raúl Quintanar voted against the cut, preferring to hold the rate at 7%. The minutes of the meeting, with the arguments on both sides, will be published on April 9.",
        "The dollar was selling for about 18.47 pesos at 4 p.m., slightly more than before the announcement.",
    ])

STORY_1 = _story("cb-QD1", "central bank", "2026-03-30", [
    _page(_MW + "/markets/mexico-central-bank-trims-key-rate-split-decision-2026-03-26/", _S1_A),
    _page(_CL + "/business/2026/03/27/banxico-trims-rates-again-warns-pace-may-slow/", _S1_B),
    _page(_CT + "/p/banxico-the-cut-was-in-the-price", _S1_C),
    _page(_SP + "/economy/what-the-rate-cut-means-for-your-loans-and-savings", _S1_D),
], [
    ("vote split",
     r"(?<![\d-])(?:4|four)\s*(?:[-–]|to|-to-)\s*(?:1|one)(?![\d-])",
     r"(?<![\d-])(?:3|three)\s*(?:[-–]|to|-to-)\s*(?:2|two)(?![\d-])"),
    ("who said the 'not on autopilot' quote", r"villase[ñn]or", r"ferr[áa]n"),
])


# ---------------------------------------------------------------------------
# Story 2: election (planted: vote count, former title, resignation date)
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    site="Meridian Wire", home=_MW,
    url=_MW + "/world/americas/conservatives-take-liberal-held-nova-scotia-seat-2026-06-16/",
    section="World",
    headline="Conservatives take Liberal-held Nova Scotia seat in by-election",
    dek="Preliminary count shows Heather Doucet ahead in Bedford Basin with most polls reporting",
    byline="Claire Thibodeau",
    iso="2026-06-16T02:05:00Z", shown="June 16, 2026 2:05 AM UTC",
    figure=_figure(_MW + "/img/2026/06/doucet-bedford.jpg",
                   "Conservative candidate Heather Doucet greets supporters in Bedford, Nova Scotia, June 15, 2026.",
                   "Meridian/Sean Lockhart"),
    ads={6: "Business travel, simplified. Book, expense and approve in one app."},
    related=[(_MW + "/world/americas/canada-spring-economic-update", "Canada's spring economic update: what's in it"),
             (_MW + "/world/americas/ontario-by-election-preview", "Ontario by-election set for autumn"),
             (_MW + "/business/atlantic-ports-council-new-chief", "Atlantic ports group names new chief executive")],
    credits="Reporting by Claire Thibodeau in Halifax; editing by Mark Aldous",
    paras=[
        "HALIFAX, Nova Scotia, June 15 (Meridian) - The opposition Conservatives captured the Halifax-area riding of Bedford Basin from the governing Liberals in a by-election on Monday, according to preliminary results, a setback for the government in a part of Atlantic Canada it has long treated as safe ground.",
        "With 187 of 192 polls reporting, Conservative Heather Doucet, a first-time candidate who runs a marine electronics company, had 13,801 votes against 12,561 for Liberal Colin MacIsaac, a former Nova Scotia health minister, Elections Canada data showed.",
        "Television networks projected Doucet the winner at 9:12 p.m. ET (0112 GMT Tuesday), about an hour and forty minutes after polls closed at 7:30 p.m. ET.",
        "New Democrat Amara Okonjo, a family doctor, ran third.",
        "Green candidate Pierre-Luc Gagnon, a high school teacher, was fourth. Two other candidates, an independent and a People's Party nominee, trailed far behind.",
        "The campaign turned largely on housing costs and grocery prices. Doucet, 44, promised to press Ottawa for faster approvals of rental construction in the Halifax region and for a review of food price competition, while MacIsaac ran on his record in provincial government.",
        "The Conservatives brought in volunteers from across the Maritimes for the final weekend of the campaign, and senior party figures made several visits to the riding, a sign of how seriously they took the race.",
        "“Tonight Bedford Basin sent a message, and it was about groceries and rent, not party colours,” Doucet told cheering supporters in Bedford.",
        "The seat fell vacant when Liberal lawmaker Denise Arsenault resigned on Jan. 20 to run the Atlantic Ports Council, an industry group.",
        "Arsenault won the riding with 55.3% of the vote in the April 2025 general election, when turnout was 68.4%.",
        "The loss does not threaten the government's hold on power, but analysts said it would be read in Ottawa as a warning about the cost of living in a region where the Liberals have dominated federal politics for a decade.",
        "MacIsaac conceded shortly before 10 p.m. ET, saying he had phoned Doucet to offer his congratulations.",
        "Voting in the riding, which covers Bedford and neighbouring suburbs on the western side of Halifax's Bedford Basin, ran from 8:30 a.m. to 8:30 p.m. local time. A total of 9,430 people had cast ballots at advance polls held from June 5 to June 8, the agency said.",
        "Elections Canada had not yet published a turnout figure late on Monday evening.",
        "In a post on social media, Conservative officials called the result proof that the party could compete in urban Atlantic Canada. The Liberals had put out nothing by late Monday.",
        "MPs are due to leave Ottawa for their summer break later this week, so Doucet is not expected to take her seat until the fall.",
    ])

_HC = "https://www.harbourchronicle.example"

_S2_B = _paper_page(
    site="The Harbour Chronicle", home=_HC,
    url=_HC + "/news/local/doucet-flips-bedford-basin-conservatives",
    section="Local",
    headline="Doucet flips Bedford Basin as Conservatives end Liberal run",
    dek="First-time candidate wins by 1,307 votes on a low-turnout night; MacIsaac concedes",
    author="Jillian Fraser, Staff Reporter",
    shown="Tuesday, June 16, 2026 · Updated 7:30 a.m.",
    figure=_figure(_HC + "/images/2026/doucet-legion.jpg",
                   "Heather Doucet hugs her campaign manager at the Bedford Legion after the riding was called on Monday night.",
                   "Photo: Kyle Benoit / The Harbour Chronicle"),
    figure_after=1,
    ads={5: "Deck season is here. Visit our showroom on the Bedford Highway.",
         11: "Support local journalism. Subscribe for less than a coffee a week."},
    related=[(_HC + "/news/local/larry-uteck-interchange-delay", "Larry Uteck interchange work pushed to fall"),
             (_HC + "/news/province/ns-health-wait-times", "Province posts new emergency wait-time numbers"),
             (_HC + "/opinion/editorial-turnout", "Editorial: a by-election that deserved more voters")],
    paras=[
        "Heather Doucet spent most of Monday evening in the back room of the Bedford Legion, refreshing a laptop and refusing to say anything out loud. At 10:12 p.m., when the networks called the riding for her, the room said it for her.",
        "The 44-year-old owner of a marine electronics business on the Bedford waterfront took the Bedford Basin seat for the Conservatives in Monday's federal by-election, finishing with 14,212 votes, or 41.8 per cent, in the preliminary count.",
        "Liberal Colin MacIsaac, 58, the province's former health minister, was second with 12,905 votes (38.0 per cent). New Democrat Amara Okonjo, a family physician in Lower Sackville, took 5,120 (15.1 per cent), Green candidate Pierre-Luc Gagnon had 1,187 and two other candidates shared the remaining 576.",
        "The margin was 1,307 votes. Doucet carried 118 of the riding's 192 polls, running strongest in the newer subdivisions off Larry Uteck Boulevard and in Hammonds Plains; MacIsaac held on in the older parts of Bedford.",
        "“Tonight Bedford Basin sent a message, and it was about groceries and rent, not party colours. I heard it at every door,” Doucet said, her voice giving out halfway through the second sentence.",
        "## A low-turnout night",
        "Turnout was 41.2 per cent of the 82,450 electors on the list, well down from the 68.4 per cent who voted in the riding in the April 2025 general election. Of the 34,000 valid ballots, 9,430 were cast at advance polls between June 5 and 8.",
        "Polls closed at 8:30 p.m. Results from the advance polls were among the first posted, and showed Doucet ahead from the start.",
        "MacIsaac, who served as health minister in the provincial government before leaving provincial politics in 2021, conceded at about 10:40 p.m. at his campaign office on the Bedford Highway. “The numbers are what they are,” he said. “I called Heather to congratulate her, and I'll be cheering for her to deliver for this community.”",
        "The seat had been held since 2015 by Liberal Denise Arsenault, who won it with 55.3 per cent of the vote last year before resigning on Jan. 30 to become chief executive of the Atlantic Ports Council.",
        "It is the first time the Conservatives have won the riding since it was created in the 2013 redistribution.",
        "Okonjo, who ran for the NDP for the first time, said she was proud of a campaign that put primary care at the centre of the race. “We knocked on doors in every corner of this riding and talked about family doctors, and people listened,” she said at a gathering in Lower Sackville.",
        "Elections Canada's returning officer is scheduled to validate the results on Thursday. Doucet said she expected to be sworn in before the House of Commons returns in September and planned to open a constituency office in Bedford within a month.",
    ])

_DS = "https://www.dominionstandard.example"

_S2_C = _paper_page(
    site="The Dominion Standard", home=_DS,
    url=_DS + "/politics/article-bedford-basin-loss-gives-liberals-an-unwelcome-summer-warning/",
    section="Politics",
    headline="Bedford Basin loss gives Liberals an unwelcome summer warning",
    dek="A seat the party never worried about went Conservative on Monday, on a night when fewer than half of voters turned out",
    author="Martin Okafor, Ottawa Bureau",
    iso="2026-06-16T09:00:00-04:00", shown="Published June 16, 2026",
    ads={4: "The Standard's summer reading list is here. Twenty books for the dock.",
         9: "Advertisement"},
    related=[(_DS + "/politics/commons-final-week-bills", "What's left on the Commons agenda before summer"),
             (_DS + "/politics/polling-averages-june", "Polling averages: where the parties stand in June"),
             (_DS + "/opinion/by-elections-matter", "Opinion: by-elections matter more than parties admit")],
    newsletter="Politics Briefing",
    paras=[
        "The Liberals went into Monday's by-election in Bedford Basin expecting a closer race than usual. They did not expect to lose.",
        "Conservative Heather Doucet won the Halifax-area seat with 41.8 per cent of the vote in preliminary results, 1,307 votes ahead of Colin MacIsaac, a former Nova Scotia finance minister whom the Liberals had recruited precisely because he was well known in the riding.",
        "The networks called the race at 9:12 p.m. Eastern time, a little more than an hour and a half after polls closed at 8:30 p.m. Atlantic. The final preliminary tally, with all 192 polls counted, gave Doucet 14,212 votes and MacIsaac 12,905.",
        "## A seat that was never in doubt, until it was",
        "Denise Arsenault, who vacated the seat when she resigned on Jan. 30 to lead the Atlantic Ports Council, had won it by about 25 points in last year's general election. The Conservatives took about 30 per cent there in 2025; on Monday they took almost 42.",
        "“By-elections are where voters send invoices,” said Lindsay Comeau, who teaches political science at Saint Mary's University in Halifax. “The invoice here is for rent and groceries, and it's addressed to Ottawa, not to the candidate.”",
        "Ms. Doucet made much the same point in her victory speech. Bedford Basin, she said, had sent “a message” about groceries and rent rather than party colours.",
        "Turnout was low even by by-election standards: 41.2 per cent, against 68.4 per cent in April, 2025.",
        "Mr. MacIsaac, 58, conceded shortly before 10 p.m. Eastern, telling supporters in Bedford that the numbers were what they were. The Greens' Pierre-Luc Gagnon took 3.5 per cent.",
        "The riding, which takes in Bedford, Hammonds Plains and the newer neighbourhoods around Larry Uteck Boulevard, is among the fastest-growing in Atlantic Canada. Conservative strategists believe its young families, squeezed by mortgage renewals and rents, can be won elsewhere too.",
        "The New Democrats, whose candidate Amara Okonjo finished third with 15.1 per cent, will take some comfort from a result that suggests their vote held while the Liberal vote moved directly to the Conservatives.",
        "For the Conservatives, the win is more symbolic than practical. One seat does not change the arithmetic in the Commons, but it is the party's first win in Bedford Basin since the riding was drawn in 2013, and its strategists spent much of Monday night telling reporters that it would not be the last.",
        "Liberal organizers privately blamed the timing, arguing that a mid-June vote, with schools still in session and cottages opening, depressed turnout among older voters who tend to favour the party. Others in the party were less charitable about a campaign that leaned heavily on Mr. MacIsaac's name and very little on a message.",
        "Elections Canada is expected to validate the count on Thursday. With the Commons set to rise for the summer at the end of this week, Ms. Doucet will likely take her seat in September.",
    ])

_CP = "https://canpolbriefing.example"

_S2_D = _letter_page(
    site="CanPol Briefing", home=_CP,
    url=_CP + "/p/morning-briefing-bedford-basin-goes-blue",
    headline="Morning briefing: Bedford Basin goes blue",
    subtitle="What the numbers say, three takeaways, and what is on the Hill today",
    author="The CanPol desk", shown="Tue, June 16",
    ads={8: "CanPol Briefing is supported by readers. Group rates for offices are available."},
    related=[(_CP + "/p/spring-update-cheat-sheet", "Spring update cheat sheet"),
             (_CP + "/p/by-election-preview-bedford-basin", "By-election preview: Bedford Basin"),
             (_CP + "/p/senate-bills-to-watch", "Senate bills to watch before summer")],
    paras=[
        "Good morning. If you went to bed before the Atlantic results came in, here is what you missed: the Conservatives took Bedford Basin, a Liberal seat since the riding first went to the polls in 2015.",
        "The preliminary numbers, all 192 polls in: Doucet (CPC) 14,122, or 41.8%; MacIsaac (LPC) 12,905, or 38.0%; Okonjo (NDP) 5,120, or 15.1%; Gagnon (GPC) 1,187, or 3.5%; others 1.7%.",
        "Turnout: 41.2%. The 2025 general election in the riding drew 68.4%, and the Liberal share then was 55.3%. So the Liberals dropped about 17 points on much lower turnout, while the Conservatives gained close to 12.",
        "Timing, for those keeping score at home in Ontario and Quebec: polls closed at 7:30 p.m. Eastern and the call came at 9:12, which was 10:12 in Halifax.",
        "## Three things to take from it",
        "1. The candidate was not the problem. The Liberals ran Colin MacIsaac, a former provincial health minister with near-universal name recognition in Bedford. He lost anyway.",
        "2. The advance vote told the story early. Just over 9,400 people voted in the four days of advance polling, and Doucet led in that count from the moment it was posted.",
        "3. The NDP held up. Amara Okonjo finished a clear third with 15.1%, slightly better than the party managed here last year, so the swing appears to have gone directly from red to blue.",
        "A note on the early numbers: some of you saw a margin of 1,240 late last night. That was with 187 of 192 polls in; the final preliminary margin is 1,307. Elections Canada's list had 82,450 electors on it, so roughly 34,000 people voted.",
        "Local colour: Doucet watched the results from the back room of the Bedford Legion and did not say a word until the call came at 10:12 local. MacIsaac's concession came about half an hour later.",
        "On the validation: it is usually a formality. A judicial recount is automatic only when the gap is under one-thousandth of the valid votes, and at more than 1,300 votes this one is nowhere near.",
        "In their own words: Doucet, in her victory remarks, said “I heard it at every door.” MacIsaac, conceding: “The numbers are what they are.”",
        "How we got here: Denise Arsenault resigned on Jan. 30 to take over the Atlantic Ports Council; the by-election was called on May 10 for a 36-day campaign, the legal minimum.",
        "What's next: Elections Canada validates the results Thursday. The Commons is scheduled to rise Friday, so Doucet's first day in the House will come in September.",
        "Also on our radar today: committee hearings on the spring economic update resume at 11 a.m. ET, and the Senate sits at 2 p.m.",
        "That's it for today. Forward this to a colleague who still thinks by-elections don't matter.",
    ])

STORY_2 = _story("elec-QD2", "election", "2026-06-19", [
    _page(_MW + "/world/americas/conservatives-take-liberal-held-nova-scotia-seat-2026-06-16/", _S2_A),
    _page(_HC + "/news/local/doucet-flips-bedford-basin-conservatives", _S2_B),
    _page(_DS + "/politics/article-bedford-basin-loss-gives-liberals-an-unwelcome-summer-warning/", _S2_C),
    _page(_CP + "/p/morning-briefing-bedford-basin-goes-blue", _S2_D),
], [
    ("winner's vote total",
     r"(?<![\d,.])14[, ]?212(?![.,]?\d)", r"(?<![\d,.])14[, ]?122(?![.,]?\d)"),
    ("runner-up's former provincial portfolio",
     r"health minister|minister of health", r"finance minister|minister of finance"),
    ("date the previous MP resigned",
     r"(?<!\d)(?:jan(?:uary|\.)?\s*30(?!\d)|30\s*jan|(?:2026-)?01-30(?!\d))",
     r"(?<!\d)(?:jan(?:uary|\.)?\s*20(?!\d)|20\s*jan|(?:2026-)?01-20(?!\d))"),
])


# ---------------------------------------------------------------------------
# Story 3: rocket (planted: liftoff clock time, wording of the CEO's quote)
# ---------------------------------------------------------------------------

_HP = "https://hemispherepress.example"

_S3_A = _wire_page(
    site="Hemisphere Press", home=_HP,
    url=_HP + "/science/2026/08/19/brazilian-startup-rocket-reaches-orbit-first-attempt",
    section="Science",
    headline="Brazilian startup's rocket reaches orbit on first attempt",
    dek="Aurora Sul Espacial's Guara-1 lifts off from Alcantara and releases four small satellites",
    byline="Renata Albuquerque",
    iso="2026-08-19T03:10:00Z", shown="19 Aug 2026, 03:10 GMT",
    figure=_figure(_HP + "/photos/2026/08/guara1-liftoff.jpg",
                   "The Guara-1 rocket lifts off from the Alcantara Launch Center in Maranhao state, Brazil, on Tuesday night.",
                   "Hemisphere Press/Joao Batista Lima"),
    ads={7: "Satellite broadband for farms and fleets. Ask about rural plans."},
    related=[(_HP + "/science/2026/08/14/brazil-rocket-launch-scrubbed-winds", "Brazil rocket launch called off because of winds"),
             (_HP + "/business/2026/07/30/small-satellite-market-latin-america", "Latin America's small-satellite makers look for rides"),
             (_HP + "/science/2026/08/11/inpe-deforestation-data", "Brazil's INPE publishes new deforestation figures")],
    credits="Reporting by Renata Albuquerque in Alcantara; editing by Paul Whitcombe",
    paras=[
        "SAO LUIS, Brazil, Aug 19 (Hemisphere Press) - A rocket built by Brazilian startup Aurora Sul Espacial reached orbit on its first attempt late on Tuesday, lifting off from the Alcantara Launch Center in the country's northeast and releasing four small satellites, the company said.",
        "The two-stage Guara-1 rocket left the pad at 10:47 p.m. local time on Tuesday (0147 GMT on Wednesday), 17 minutes into a launch window that had been set to close at 11:45 p.m.",
        "It is the first time a rocket designed and built in Brazil has reached orbit, a goal the country's space program has chased since the 1980s.",
        "“We reached orbit on the first try, and that is something very few teams can say,” Chief Executive Helena Vasconcelos told reporters at the launch site, her voice hoarse after the countdown.",
        "Aurora Sul, founded in 2019 in Sao Jose dos Campos, the aerospace hub in Sao Paulo state, employs about 340 people. The company says the rocket can carry up to 250 kg to low Earth orbit.",
        "Chief engineer Rodrigo Paiva said the team would begin reviewing the flight data on Wednesday before any decision on changes for the next vehicle.",
        "The rocket carried a 120-kilogram Earth-observation satellite for the National Institute for Space Research (INPE) and three smaller cubesats built by Brazilian universities. The company said all four had separated from the upper stage as planned, and that it expected the first signals from the larger satellite within a few hours.",
        "Brazil's space agency, AEB, is Aurora Sul's main customer, under a 96 million reais ($17.5 million) contract signed in 2024 that covers this flight and two more.",
        "“For twenty years Alcantara has been a place of promise. Tonight it became a place of results,” said AEB President Marcos Tavares Lins.",
        "The base, run by the Brazilian Air Force, sits just south of the equator on the coast of Maranhao state, a position that gives rockets an extra push from the Earth's rotation. But it has been scarred by failure: in August 2003, a rocket exploded on the pad there days before a planned launch, killing 21 technicians.",
        "Tuesday's flight followed a scrubbed attempt on Friday, when strong winds at high altitude forced controllers to stand down, and a suborbital test in November 2025 that reached an altitude of 112 km.",
        "A handful of private companies in Latin America are developing small launchers to serve a growing market for compact satellites, but operators in the region still depend almost entirely on foreign rockets to get their spacecraft into orbit.",
        "Aurora Sul plans a second orbital flight in the first quarter of 2027, the company said.",
        "The rocket takes its name from the guara, the scarlet ibis found in the mangroves along the Maranhao coast.",
    ])

_OL = "https://orbitalledger.example"

_S3_B = _paper_page(
    site="Orbital Ledger", home=_OL,
    url=_OL + "/launch/guara-1-makes-orbit-on-debut-aurora-sul-eyes-early-2027-reflight",
    section="Launch",
    headline="Guará-1 makes orbit on debut; Aurora Sul eyes early-2027 reflight",
    dek="Brazilian small launcher deploys four-satellite rideshare from Alcântara; upper stage burned long",
    author="Priscila Tanaka",
    iso="2026-08-19T14:00:00Z", shown="August 19, 2026 14:00 UTC",
    figure=_figure(_OL + "/wp-content/uploads/2026/08/guara1-pad.jpg",
                   "Guará-1 on the pad at the Alcântara Launch Center ahead of its maiden flight.",
                   "Credit: Aurora Sul Espacial"),
    figure_after=1,
    ads={5: "Thermal vacuum testing slots available this quarter. Qualified for small satellites.",
         11: "Subscribe to Orbital Ledger Pro for launch manifests and contract data."},
    related=[(_OL + "/launch/small-launch-market-2026", "The small-launch market in 2026, by the numbers"),
             (_OL + "/policy/brazil-space-agency-budget", "Brazil's space agency budget under pressure"),
             (_OL + "/launch/alcantara-commercial-campaigns", "Alcântara courts foreign launch operators")],
    newsletter="Orbital Ledger Daily",
    paras=[
        "Aurora Sul Espacial put its Guará-1 small launcher into orbit on the vehicle's maiden flight, deploying a four-satellite rideshare from Brazil's Alcântara Launch Center (CLA) on Aug. 18 local time.",
        "Liftoff came at 01:47 UTC on Aug. 19 (9:47 p.m. EDT on Aug. 18). The 21-meter (69-foot) vehicle cleared the tower on its five kerosene-fueled Tupi first-stage engines.",
        "For those at the range, that was 10:47 p.m. local time (BRT), 17 minutes into a window that had opened at 10:30 p.m. and was due to close at 11:45 p.m.",
        "According to the company's post-flight summary, first-stage separation occurred at T+2 min 38 s, and the single-engine upper stage shut down at T+8 min 41 s, placing the stack into a near-circular orbit at roughly 520 km (323 mi).",
        "The primary payload, INPE's 120-kg (265-lb) Ipê-1 Earth-observation microsatellite, separated at T+10 min 05 s. The three university cubesats, from the Aeronautics Institute of Technology (ITA), the Federal University of Maranhão and the University of Brasília, followed over the next six minutes. Total payload mass was 180 kg (397 lb), against a quoted capacity of 250 kg to low Earth orbit.",
        "INPE's ground station in Cuiabá logged Ipê-1's first beacon at 03:31 UTC. By 10:00 UTC, the company said, signals had been received from all three cubesats as well.",
        "## Upper stage ran long",
        "Chief engineer Rodrigo Paiva said the second stage burned about 11 seconds longer than predicted to make up for slightly lower first-stage performance, eating into propellant margins. “It did exactly what the guidance told it to do, but we want to understand the first-stage number before we fly again,” he said.",
        "CEO Helena Vasconcelos, speaking at a post-launch briefing at the range, framed the flight as a milestone for the region: “We reached orbit on the first try, and that is something no team in Latin America has ever done.”",
        "## Commercial picture",
        "The flight was the first of three covered by a R$96 million (about US$17.5 million) launch services contract with the Brazilian Space Agency (AEB) signed in 2024. The company has not disclosed a list price for commercial customers, but executives have pointed to a target of around US$30,000 per kilogram.",
        "Aurora Sul, based in São José dos Campos and staffed by about 340 people, flew a suborbital demonstrator to 112 km in November 2025. An Aug. 14 orbital attempt was scrubbed in the terminal count because of upper-level winds.",
        "The second Guará-1 is already in integration, Paiva said, with a launch targeted for the first quarter of 2027. The company is also studying a recoverable first stage, though it has given no timeline.",
        "Alcântara, at 2.3 degrees south latitude, is among the launch sites closest to the equator anywhere, an advantage for missions to low-inclination orbits that range officials hope will draw foreign operators.",
    ])

_BD = "https://www.brasildailymonitor.example"

_S3_C = _paper_page(
    site="Brasil Daily Monitor", home=_BD,
    url=_BD + "/science/a-brazilian-rocket-reaches-orbit-and-alcantara-finally-exhales",
    section="Science",
    headline="A Brazilian rocket reaches orbit, and Alcântara finally exhales",
    dek="Twenty-three years after a deadly explosion, the launch center sees a home-built rocket make it to space",
    author="Bruno Carvalho, Brasília",
    shown="Wednesday, August 19, 2026",
    figure=_figure(_BD + "/img/sao-luis-seafront-watchers.jpg",
                   "Residents of São Luís watch the launch from the seafront across São Marcos Bay.",
                   "Photo: Marina Reis / BDM"),
    figure_after=12,
    ads={3: "Fly direct to São Luís from four capitals. Book now.",
         9: "Advertisement"},
    related=[(_BD + "/politics/congress-space-budget-debate", "Congress debates the space budget"),
             (_BD + "/science/inpe-amazon-satellite-plans", "What INPE wants from its new satellites"),
             (_BD + "/regions/maranhao-tourism-boom", "Maranhão's coast bets on launch tourism")],
    newsletter="Monitor Morning",
    paras=[
        "For a few seconds after the engines lit on Tuesday night, nobody in the control room at Alcântara said a word. Then the Guará-1 cleared the tower, and the room broke into applause that did not stop for the next nine minutes.",
        "The rocket, designed and built by the São José dos Campos company Aurora Sul Espacial, lifted off at 10:17 p.m. from the Alcântara Launch Center in Maranhão and placed four satellites into orbit, making it the first Brazilian-made vehicle to do so.",
        "“We reached orbit on the first try, and that is something very few teams can say,” said Helena Vasconcelos, the company's chief executive and co-founder, who began her career as an engineer in the aviation industry.",
        "The largest of the four satellites, the 120-kilogram Ipê-1, belongs to the National Institute for Space Research and will photograph forest cover and farmland in the Amazon and the Cerrado. By Wednesday morning, the company said, all four satellites had sent signals to the ground.",
        "## A site with a painful history",
        "Few places in Brazil carry the emotional weight of Alcântara. On August 22, 2003, three days before its planned flight, a VLS-1 rocket blew up on the launch tower there, killing 21 technicians and engineers and setting the national program back by years. Several relatives of the victims were invited to watch Tuesday's launch.",
        "Marcos Tavares Lins, president of the Brazilian Space Agency (AEB), said the flight closed a long chapter. “For twenty years Alcântara has been a place of promise,” he said. “Tonight it became a place of results.”",
        "The agency has committed 96 million reais to Aurora Sul under a contract that covers three launches, of which Tuesday's was the first. Critics in Congress have questioned whether public money should underwrite a private company; supporters argue that the United States built its commercial launch industry in much the same way.",
        "Col. Fábio Reis, the Air Force officer who directs the launch center, said the base was preparing for a busier calendar. “We handled one campaign this year. The plan is to handle four next year, with foreign operators as well as Brazilian ones,” he said.",
        "The launch came four days after a first attempt, on Friday, was called off because of high-altitude winds. The company tested a suborbital version of the rocket in November 2025, reaching an altitude of 112 kilometres.",
        "## What comes next",
        "A second Guará-1 is scheduled to fly in the first quarter of next year. Vasconcelos said the company, which has about 340 employees, would also begin talks with foreign satellite operators tired of waiting for space on much larger rockets.",
        "In São Luís, the state capital across the bay, dozens of people gathered on the seafront to watch the rocket's flame climb into the night sky. “It looked like a star going the wrong way,” said Ana Cláudia Sousa, 29, a nurse who filmed the ascent on her phone.",
    ])

STORY_3 = _story("rocket-QD3", "rocket", "2026-08-22", [
    _page(_HP + "/science/2026/08/19/brazilian-startup-rocket-reaches-orbit-first-attempt", _S3_A),
    _page(_OL + "/launch/guara-1-makes-orbit-on-debut-aurora-sul-eyes-early-2027-reflight", _S3_B),
    _page(_BD + "/science/a-brazilian-rocket-reaches-orbit-and-alcantara-finally-exhales", _S3_C),
], [
    ("local liftoff time",
     r"(?<![\d:])(?:10[:.]47|22[:.h]47)(?!\d)", r"(?<![\d:])(?:10[:.]17|22[:.h]17)(?!\d)"),
    ("wording of the chief executive's quote", r"very few teams", r"no team in latin america"),
])


# ---------------------------------------------------------------------------
# Story 4: earthquake (CONTROL - no disagreement)
# ---------------------------------------------------------------------------

_RA = "https://www.radioandina.example"

_S4_C = _broadcast_page(
    site="Radio Andina Pública", home=_RA,
    url=_RA + "/news/regions/ica/magnitude-6-3-earthquake-southern-peru",
    section="Regions | Ica",
    headline="Magnitude 6.3 earthquake shakes southern Peru; three dead in Ica",
    summary="The quake struck before dawn near Nasca. Civil defence reports three dead and 19 injured; the highway south of the city has reopened.",
    author="Newsroom, with reporting by Elmer Cárdenas in Nasca",
    iso="2026-01-17T13:05:00-05:00", shown="Saturday 17 January 2026, 1:05 p.m.",
    figure=_figure(_RA + "/media/2026/01/nasca-adobe-collapse.jpg",
                   "A collapsed adobe wall in Vista Alegre, Nasca province, on Saturday morning.",
                   "Radio Andina Pública / Elmer Cárdenas"),
    figure_after=3,
    ads={9: "Tune in to our regional bulletin every hour on the hour."},
    related=[(_RA + "/explainers/what-to-do-in-an-earthquake", "Explainer: what to do during and after an earthquake"),
             (_RA + "/news/regions/ica/grape-harvest-outlook", "Ica grape growers expect an early harvest"),
             (_RA + "/weather/south-coast-heat", "Heat advisory for the south coast")],
    paras=[
        "A strong earthquake struck southern Peru before dawn on Saturday, killing at least three people and injuring 19 in the Ica region, according to the 10 a.m. report of the National Institute of Civil Defence (INDECI).",
        "The Geophysical Institute of Peru (IGP) recorded the quake at 4:32 a.m., with its epicentre 24 kilometres west of the city of Nasca and a depth of 41 kilometres. The institute initially estimated the magnitude at 6.1 and revised it to 6.3 shortly afterwards, once more stations had reported.",
        "Residents of Nasca, Palpa and Vista Alegre ran into the streets in the dark as walls cracked and roof tiles fell. Several adobe houses collapsed, and most of the victims were found inside them.",
        "“This was an intermediate-depth event on the contact between the Nazca plate and the South American plate. The depth spared the region worse shaking, but adobe walls cannot take much,” said Carmen Ríos, who heads the IGP's seismology department.",
        "The IGP had registered at least 12 aftershocks by mid-morning, the largest of magnitude 4.6 at 7:15 a.m.",
        "Civil defence teams had so far registered damage to more than 300 homes, a figure officials expected to rise as inspections continued through the day.",
        "INDECI asked residents to keep emergency backpacks ready and to use their phones only for urgent calls during the first hours, so as not to saturate the networks.",
        "The shaking was felt in Arequipa and Ayacucho and, more faintly, in Lima, where some residents of high-rise buildings reported swaying lamps.",
        "## Highway reopened",
        "A rockfall blocked the Pan-American Highway south of Nasca for several hours. The Ministry of Transport and Communications said crews had reopened the road to traffic at about 10:30 a.m.",
        "Power was cut in parts of Nasca province and had been restored in most neighbourhoods by 9 a.m., according to the regional electricity distributor.",
        "## The Nasca Lines",
        "The Ministry of Culture said specialists would fly over the Nasca Lines this afternoon to check the geoglyphs, a UNESCO World Heritage Site, for damage. Tourist overflights from the María Reiche aerodrome have been suspended for the day.",
        "Nasca's mayor, Julio Huamán, asked residents whose homes were cracked to sleep outdoors or with relatives until engineers could inspect them. “Please do not go back inside a wall that is leaning. We would rather lose a house than lose another neighbour,” he said in an interview with this station.",
        "Schools in the region are closed for the summer holidays, which officials said had removed one source of risk for children.",
        "This story will be updated as civil defence publishes new figures.",
    ])

_S4_A = _wire_page(
    site="Meridian Wire", home=_MW,
    url=_MW + "/world/americas/peru-quake-kills-five-damages-homes-near-nasca-2026-01-17/",
    section="World",
    headline="Peru quake kills five, damages hundreds of homes near Nasca",
    dek="Magnitude 6.3 tremor strikes before dawn in the Ica region; adobe houses bear the brunt",
    byline="Diego Alarcon",
    iso="2026-01-17T23:40:00Z", shown="January 17, 2026 11:40 PM UTC",
    figure=_figure(_MW + "/img/2026/01/nasca-street-debris.jpg",
                   "Residents clear debris from a street in Nasca, Peru, January 17, 2026.",
                   "Meridian/Karina Mendoza"),
    ads={6: "Protect what matters. Compare home insurance quotes today."},
    related=[(_MW + "/world/americas/peru-congress-budget-vote", "Peru's Congress approves supplementary budget"),
             (_MW + "/world/americas/chile-wildfire-season", "Chile braces for peak wildfire season"),
             (_MW + "/business/peru-copper-output-december", "Peru copper output rises in December")],
    credits="Reporting by Diego Alarcon in Lima; editing by Hannah Cole",
    paras=[
        "LIMA, Jan 17 (Meridian) - A magnitude 6.3 earthquake struck southern Peru early on Saturday, killing five people, injuring 42 and damaging at least 900 homes in the Ica region, the government said.",
        "The quake hit at 4:32 a.m. local time (0932 GMT) about 24 km (15 miles) west of the town of Nasca, at a depth of 41 km (25 miles), according to the Geophysical Institute of Peru (IGP).",
        "Four of the dead were in Nasca province and one in neighboring Palpa, the National Civil Defense Institute said in its 6 p.m. report. Most were killed when adobe walls fell on them as they slept.",
        "Oscar Valdivia, head of the institute, known as INDECI, told local radio that rescue teams had checked every reported collapse in the area and did not expect to find anyone trapped, but warned that the toll could rise as reports came in from remote villages.",
        "The IGP registered 23 aftershocks through Saturday evening, the largest a magnitude 4.6 tremor at 7:15 a.m.",
        "The institute initially put the magnitude at 6.1 before raising it to 6.3 as more stations reported. Residents said the shaking was felt as far away as Lima, and electricity was briefly cut in parts of Nasca province.",
        "Six of the injured were in serious condition, INDECI said. Many families whose homes were cracked but still standing said they planned to sleep outside on Saturday night.",
        "Regional authorities said the hospital in Nasca was treating most of the injured and had put up tents outside its emergency ward to cope with the overflow.",
        "Peru lies along the boundary where the Nazca plate dives beneath South America, one of the most seismically active zones on the planet. A magnitude 8.0 earthquake centered near Pisco, also in the Ica region, killed more than 500 people in August 2007.",
        "A rockfall closed the Pan-American Highway south of Nasca for about six hours before crews cleared it.",
        "The Ministry of Culture said an inspection flight on Saturday afternoon found no damage to the Nasca Lines, the huge ancient figures scratched into the desert that draw tens of thousands of visitors a year. Tourist flights over the lines from the town's airfield were halted for the day.",
        "The government said it would release 25 million soles ($7.4 million) in emergency funds for shelters, water and debris removal, and was preparing a state of emergency declaration for the affected districts.",
        "“My house is standing but the kitchen wall is on the floor,” said Teodoro Mamani, 63, a farmer in Vista Alegre, next to Nasca, reached by telephone. “We are cooking in the yard.”",
        "Schools in the region were empty for the southern summer holidays.",
    ])

_LO = "https://www.limaobserver.example"

_S4_B = _paper_page(
    site="The Lima Observer", home=_LO,
    url=_LO + "/peru/2026/01/18/quake-toll-rises-to-seven-emergency-ica-ayacucho/",
    section="Peru",
    headline="Quake toll rises to seven as government declares emergency in Ica and Ayacucho",
    dek="Sixty-day emergency covers 11 districts; 214 homes declared uninhabitable",
    author="Valeria Chumpitaz",
    iso="2026-01-18T20:30:00-05:00", shown="January 18, 2026 - 8:30 p.m.",
    figure=_figure(_LO + "/uploads/2026/01/torres-nasca-visit.jpg",
                   "Housing Minister Ana Lucía Torres tours damaged homes in Nasca on Sunday.",
                   "Photo: Andina Images / Observer"),
    figure_after=5,
    ads={4: "Summer sale: up to half price on air conditioners this week only.",
         10: "Advertisement"},
    related=[(_LO + "/peru/2026/01/17/nasca-earthquake-live", "As it happened: the Nasca earthquake"),
             (_LO + "/peru/2026/01/18/how-to-donate-earthquake", "How to help families affected by the quake"),
             (_LO + "/opinion/2026/01/18/adobe-and-the-next-quake", "Opinion: adobe and the next quake")],
    newsletter="Observer Daily",
    paras=[
        "The death toll from Saturday's earthquake in southern Peru rose to seven on Sunday, and the government declared a 60-day state of emergency in 11 districts of the Ica and Ayacucho regions to speed up aid to thousands of people whose homes were damaged.",
        "According to the noon report from the National Institute of Civil Defence (Indeci), 58 people were injured and 1,236 homes were damaged, 214 of which were declared uninhabitable. Five of the dead were in the province of Nasca and two in Palpa.",
        "The magnitude 6.3 quake struck at 4:32 a.m. on Saturday. The Geophysical Institute of Peru placed the epicentre 24 kilometres west of Nasca, at a depth of 41 kilometres.",
        "The emergency decree, published in the official gazette El Peruano on Sunday afternoon, covers seven districts in Ica and four in the neighbouring region of Ayacucho, all in the province of Lucanas, where the shaking damaged churches and irrigation canals.",
        "Housing Minister Ana Lucía Torres, who travelled to Nasca on Sunday morning, said the government would pay a monthly rental subsidy of 500 soles, about $150, to families whose houses cannot be lived in while they are repaired or rebuilt.",
        "Torres said the first 25 million soles of emergency funds, announced on Saturday, would go to tents, water tanks and the removal of debris.",
        "## Aftershocks keep families outdoors",
        "The IGP has recorded 41 aftershocks since the main quake, most of them too small to be felt. The largest, of magnitude 4.6, came less than three hours after the main shock.",
        "Many families in Nasca spent Saturday night in the streets and plazas, wrapped in blankets beside their cracked homes, and were preparing to do the same on Sunday.",
        "Carmen Ríos, head of seismology at the IGP, said the depth of the quake had limited the damage, but that adobe buildings remained the main danger in the region.",
        "Most of the injured were treated at the Nasca support hospital. Six people with fractures or head wounds were transferred to hospitals in the city of Ica, about two and a half hours to the north by road.",
        "Regional governor Marisol Yataco said the reconstruction had to change how people build. “What fell was adobe, almost all of it. We have to rebuild with something else, or we will be counting the same losses next time,” she said.",
        "The area has a long memory of earthquakes. The magnitude 8.0 quake that struck near Pisco, further north along the Ica coast, on August 15, 2007, killed more than 500 people and left much of that city in ruins.",
        "Tourist flights over the Nasca Lines, suspended on Saturday, are expected to resume on Monday. A Ministry of Culture overflight on Saturday found the geoglyphs unharmed.",
    ])

_IH = "https://icaherald.example"

_S4_D = _paper_page(
    site="Ica Regional Herald", home=_IH,
    url=_IH + "/nasca/nasca-counts-its-losses",
    section="Nasca",
    headline="Nasca counts its losses: ‘The walls came down in seconds’",
    dek="Two days after the quake, Vista Alegre clears rubble, farmers check their canals and the Lines reopen to visitors",
    author="Rocío Anccasi",
    shown="Monday, January 19, 2026",
    figure=_figure(_IH + "/fotos/vista-alegre-wheelbarrows.jpg",
                   "Volunteers clear rubble in Vista Alegre on Sunday.",
                   "Photo: Rocío Anccasi"),
    figure_after=1,
    ads={6: "Hostal El Mirador: rooms available for visiting relief teams.",
         12: "Advertisement"},
    related=[(_IH + "/ica/water-tankers-schedule", "Water tanker schedule for affected neighbourhoods"),
             (_IH + "/palpa/palpa-church-damage", "Palpa's church tower cracked but standing"),
             (_IH + "/agro/cotton-prices-season", "Cotton growers brace for a tight season")],
    newsletter="Herald Weekly",
    paras=[
        "Two days after the earthquake, the streets of Vista Alegre still smell of dust and wet adobe. Volunteers with wheelbarrows were clearing what remained of a row of houses on Sunday while their owners sorted through the debris for documents and photographs.",
        "The quake, of magnitude 6.3, hit at 4:32 on Saturday morning. Its epicentre lay 24 km west of the city, 41 km underground.",
        "Seven people died: five in Nasca province and two in Palpa. Among them were Hilario and Rosa Quispe, both in their eighties, whose bedroom wall in Vista Alegre fell inward while they slept. The toll had not changed by Monday morning, civil defence officials said.",
        "Across the region, 58 people were hurt. Most were treated at the Nasca support hospital; six with fractures or head injuries were taken by ambulance to Ica.",
        "“The first day we had people on mattresses in the corridors,” said Dr. Félix Tipacti, director of the Nasca hospital. “By Sunday night most had gone home. The ones who stayed are the fractures and the elderly.”",
        "## Homes and schools",
        "Civil defence inspectors have declared 214 homes uninhabitable, out of 1,236 with some damage. In Nasca province alone, the provincial municipality counted 803 damaged houses, most of them in Vista Alegre and in the older blocks near the Plaza de Armas.",
        "Mayor Julio Huamán said municipal engineers would finish inspecting public buildings, including 14 schools, before classes begin in March. “We have two months. It sounds like a lot. It is not,” he said.",
        "## A highway, an airfield and the Lines",
        "Traffic is flowing normally on the Pan-American Highway, which was closed for about six hours on Saturday after rocks fell onto the road south of the city. Tourist flights over the Nasca Lines resumed on Monday morning from the María Reiche aerodrome, after a Culture Ministry inspection found no damage to the geoglyphs.",
        "The Geophysical Institute of Peru counted 41 aftershocks by Sunday afternoon. Some were strong enough to be felt, and each one sent families back into the street.",
        "The 60-day state of emergency declared on Sunday covers the districts of Nasca, Vista Alegre, Marcona, El Ingenio, Changuillo, Palpa and Río Grande in Ica, and four districts of Lucanas province in Ayacucho.",
        "Teodoro Mamani, 63, who farms cotton and pallar beans outside Vista Alegre, said the irrigation canal his family depends on had cracked in two places. “If the water does not come in February, the harvest does not come in May,” he said.",
        "Governor Marisol Yataco is due to meet the housing minister in Ica on Tuesday to discuss a reconstruction plan.",
        "The Diocese of Ica is collecting bottled water, blankets and tarpaulins at its parish halls.",
        "Students and lecturers from the engineering faculty of the national university in Ica have offered to help the municipality inspect homes, starting in Vista Alegre.",
    ])

STORY_4 = _story("quake-QD4", "earthquake", "2026-01-21", [
    _page(_MW + "/world/americas/peru-quake-kills-five-damages-homes-near-nasca-2026-01-17/", _S4_A),
    _page(_LO + "/peru/2026/01/18/quake-toll-rises-to-seven-emergency-ica-ayacucho/", _S4_B),
    _page(_RA + "/news/regions/ica/magnitude-6-3-earthquake-southern-peru", _S4_C),
    _page(_IH + "/nasca/nasca-counts-its-losses", _S4_D),
], [])


# ---------------------------------------------------------------------------
# Story 5: trade (CONTROL - no disagreement)
# ---------------------------------------------------------------------------

_PN = "https://www.panamnews.example"

_S5_A = _wire_page(
    site="Pan-American Newswire", home=_PN,
    url=_PN + "/economy/chile-july-trade-surplus-tops-forecasts-copper-2026-08-07",
    section="Economy",
    headline="Chile's July trade surplus tops forecasts as copper shipments jump",
    dek="Exports rise 11.8% on higher copper prices and volumes; capital goods imports climb",
    byline="Francisca Montt",
    iso="2026-08-07T13:05:00Z", shown="Aug 7, 2026 13:05 GMT",
    figure=_figure(_PN + "/photos/2026/08/antofagasta-port-cathodes.jpg",
                   "Copper cathodes wait for loading at the port of Antofagasta, northern Chile.",
                   "PAN/Rodrigo Fuenzalida"),
    ads={4: "Hedge your currency exposure with a forward contract. Talk to a specialist."},
    related=[(_PN + "/economy/peru-trade-balance-june", "Peru's trade surplus narrows in June"),
             (_PN + "/markets/copper-lme-weekly", "Copper heads for weekly gain on supply worries"),
             (_PN + "/economy/chile-imacec-june", "Chile's economic activity index beats estimates")],
    credits="Reporting by Francisca Montt; editing by Gareth Lowe",
    paras=[
        "SANTIAGO, Aug 7 (PAN) - Chile posted a trade surplus of $1.735 billion in July, comfortably above market expectations, as higher copper prices and bigger shipments of the metal lifted exports, central bank data showed on Friday.",
        "Economists polled by PAN had expected a surplus of about $1.2 billion. In July 2025, the surplus was $1.062 billion.",
        "Estimates in the PAN poll of 11 economists ranged from $0.8 billion to $1.6 billion.",
        "July is normally a quieter month for fruit, the country's big seasonal export, so copper's weight in the total tends to be higher in the southern winter than during the cherry and grape harvest.",
        "Exports rose 11.8% from a year earlier to $9.347 billion, while imports climbed 4.3% to $7.612 billion, the Central Bank of Chile said in a report released at 1230 GMT.",
        "Copper exports, which account for more than half of the total, rose 19.4% to $4.98 billion. The average price of copper on the London Metal Exchange was $4.71 per pound in July, up 7.5% from a year earlier.",
        "No country mines more copper than Chile, and prices for the metal have been underpinned this year by supply interruptions at mines elsewhere and by demand tied to power grids and electric vehicles.",
        "Exports of lithium, a metal in which Chile ranks second only to Australia as a producer, fell 14.2% to $212 million as prices stayed weak. Shipments of salmon and trout rose 2.1% to $540 million.",
        "Among imports, capital goods rose 9.6%, an indication that companies are spending on new plant and machinery again, while fuel imports fell 6.8%.",
        "Imports of consumer goods rose only 1.2%. “The surplus is flattered by price,” said Valentina Reyes, chief economist at Banco Andino, noting that the balance excluding copper barely changed from a year earlier.",
        "China remained Chile's largest customer, taking 39% of the country's exports in July, according to the central bank's breakdown by destination.",
        "The central bank revised June's surplus down to $1.48 billion from the $1.52 billion it first reported.",
        "In the first seven months of the year, Chile's exports totaled $62.4 billion, up 7.9% from the same period of 2025, and the cumulative trade surplus reached $11.8 billion.",
        "“Copper is doing the heavy lifting,” Treasury Minister Ignacio Bravo Lagos told reporters at the Hacienda ministry. “But the rise in capital goods imports tells me investment is coming back, and that matters more for jobs next year.”",
        "The peso was little changed after the data at around 940 per dollar.",
        "The stronger trade figures come as the government prepares its 2027 budget bill, which it must send to Congress by the end of September.",
        "The central bank will publish August trade figures on Sept. 7.",
    ])

_SC = "https://www.santiagocourier.example"

_S5_B = _paper_page(
    site="The Santiago Courier", home=_SC,
    url=_SC + "/economy/2026/08/08/copper-carries-chile-to-bigger-than-expected-july-surplus/",
    section="Economy",
    headline="Copper carries Chile to a bigger-than-expected July surplus",
    dek="The red metal brought in almost US$5 billion; the minister points to rising machinery imports",
    author="Matías Errázuriz",
    iso="2026-08-08T07:00:00-04:00", shown="Saturday 8 August 2026",
    figure=_figure(_SC + "/media/2026/08/bravo-la-moneda.jpg",
                   "Treasury Minister Ignacio Bravo Lagos speaks to reporters in Santiago on Friday.",
                   "Photo: Courier / Javiera Pino"),
    figure_after=6,
    ads={3: "Winter escape: three nights in San Pedro de Atacama with breakfast included.",
         9: "Advertisement"},
    related=[(_SC + "/economy/2026/08/06/central-bank-minutes-july", "Central bank minutes show debate over pace"),
             (_SC + "/regions/2026/08/05/los-lagos-salmon-farms-algae", "Los Lagos salmon farmers watch for algae"),
             (_SC + "/economy/2026/08/03/lithium-contracts-review", "Lithium contracts under review")],
    newsletter="Courier Economy Brief",
    paras=[
        "Chile sold far more to the world than it bought in July, and once again the difference was mostly copper.",
        "Figures released by the Central Bank on Friday morning showed a trade surplus of US$1.74 billion for the month, roughly 1.63 trillion pesos at Friday's exchange rate of about 940 pesos per dollar, against the US$1.2 billion that economists had pencilled in.",
        "Exports reached US$9.35 billion, up nearly 12 per cent on July last year. Imports rose 4.3 per cent to US$7.61 billion.",
        "Copper alone brought in almost US$5 billion, 53 per cent of all exports. The value of copper shipments was up 19.4 per cent, and only part of that came from price: the red metal averaged US$4.71 a pound in London in July, about 7.5 per cent more than a year earlier, so the rest came from larger volumes.",
        "## Investment signal",
        "For the Treasury Minister, Ignacio Bravo Lagos, the more encouraging number was further down the table. Imports of capital goods, from machinery and trucks to equipment for mines and power plants, rose 9.6 per cent. That rise, he said, shows that investment is coming back, “and that matters more for jobs next year.”",
        "Valentina Reyes, chief economist at Banco Andino, was less impressed. “The surplus is flattered by price. Take copper out and the trade balance barely moved,” she said. “If the copper price gives back what it gained this year, so does the surplus.”",
        "## Lithium and salmon",
        "Not every export is thriving. Lithium shipments fell 14.2 per cent to US$212 million, hit by prices that remain far below the peaks of 2022. Salmon and trout exports, mainly from the Los Lagos and Aysén regions, edged up 2.1 per cent to US$540 million.",
        "Imports of fuel were 6.8 per cent lower than a year earlier, and purchases of consumer goods rose just 1.2 per cent, a sign that households remain cautious.",
        "China, as usual, was the biggest buyer, taking 39 per cent of the month's exports. Shipments to the United States, the second-largest market, were not broken out in Friday's summary.",
        "Monthly trade figures in Chile are volatile, and economists caution against reading too much into a single month. But the direction of travel this year has been consistent: in every month since March the surplus has been larger than in the same month of 2025.",
        "The peso barely moved on the figures, holding at about 940 to the dollar through Friday.",
        "For the first seven months of 2026, the surplus stood at US$11.8 billion, and exports totalled US$62.4 billion, 7.9 per cent more than in January to July 2025.",
        "The Central Bank also trimmed its estimate of June's surplus to US$1.48 billion, from an initial US$1.52 billion. August figures will be published on Monday, September 7.",
    ])

_RM = "https://redmetalreport.example"

_S5_C = _letter_page(
    site="Red Metal Report", home=_RM,
    url=_RM + "/p/chile-july-copper-exports-up-19-4-as-volumes-recover",
    headline="Chile's July copper exports up 19.4% as volumes recover",
    subtitle="Price did less of the work than headlines suggest; lithium stays soft",
    author="Elena Sáez, Santiago correspondent", shown="August 10, 2026",
    ads={6: "Red Metal Report Premium: daily concentrate and cathode premiums, weekly."},
    related=[(_RM + "/p/peru-output-june", "Peru's June mine output: the detail"),
             (_RM + "/p/smelter-fees-midyear", "Mid-year treatment charges, explained"),
             (_RM + "/p/drc-cobalt-copper-exports", "DRC's copper exports hit new high")],
    paras=[
        "Chilean copper export earnings rose 19.4% year on year in July to $4.98bn, according to central bank data released last Friday, with higher shipment volumes accounting for a larger share of the gain than the price.",
        "The LME cash price averaged $4.71/lb in July, equivalent to roughly $10,380/t, against $4.38/lb in July 2025. That 7.5% price gain implies a volume increase of about 11% once the value figure is taken into account.",
        "Copper represented 53% of Chile's $9.35bn in total exports for the month. The country's overall trade surplus came in at $1.74bn, above the $1.2bn consensus.",
        "Total exports were up 11.8% year on year, while imports rose 4.3% to $7.61bn. Within imports, capital goods climbed 9.6% and consumer goods 1.2%, while fuel fell 6.8%.",
        "“A lot of this is simple base effects. Several large operations in the Antofagasta region had maintenance stoppages in July last year, and they are running flat out now,” said Tomás Undurraga, head of metals research at Cordillera Research in Santiago. “I would not extrapolate an 11% volume gain into the second half.”",
        "## Concentrate versus cathode",
        "The central bank does not split concentrate and refined cathode values in its first monthly release; that breakdown arrives with the detailed tables later in the month. Traders in Santiago expect concentrate to account for most of the volume gain.",
        "Treasury Minister Ignacio Bravo Lagos told reporters on Friday that copper was “doing the heavy lifting” for the economy.",
        "The picture for lithium remained soft. Export values fell 14.2% to $212m. Chile is the second-largest producer of the metal after Australia.",
        "Salmon and trout, the other large non-mining line, rose 2.1% to $540m.",
        "Consensus had the surplus at $1.2bn; the $1.74bn outcome was the widest beat of the year so far, according to our tally of the PAN and local bank surveys.",
        "Valentina Reyes, chief economist at Banco Andino, told local media that the surplus was “flattered by price,” and that the balance excluding copper had barely moved.",
        "## Year to date",
        "January-July exports reached $62.4bn, up 7.9%. The cumulative trade surplus stood at $11.8bn. The central bank revised June's surplus to $1.48bn from $1.52bn.",
        "At an average of about 940 pesos per dollar, July's copper receipts were worth roughly 4.68 trillion pesos.",
        "China remained the main destination, taking 39% of total exports in July, according to the central bank's breakdown by country.",
        "For comparison, the overall surplus in July 2025 was $1.06bn, so the year-on-year improvement came to roughly $670m. Copper more than accounts for that: its export earnings alone rose by about $810m.",
        "Copper was trading at $4.80/lb on the LME on Friday afternoon, above the July average, which if sustained would support August values.",
        "The next release, covering August, is due on September 7.",
    ])

STORY_5 = _story("trade-QD5", "trade", "2026-08-12", [
    _page(_PN + "/economy/chile-july-trade-surplus-tops-forecasts-copper-2026-08-07", _S5_A),
    _page(_SC + "/economy/2026/08/08/copper-carries-chile-to-bigger-than-expected-july-surplus/", _S5_B),
    _page(_RM + "/p/chile-july-copper-exports-up-19-4-as-volumes-recover", _S5_C),
], [])


# ---------------------------------------------------------------------------
# Story 6: court (CONTROL - no disagreement)
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    site="Meridian Wire", home=_MW,
    url=_MW + "/world/americas/colombia-top-court-upholds-ride-hailing-law-2026-10-15/",
    section="World",
    headline="Colombia's top court upholds ride-hailing law, strikes police data clause",
    dek="Nine-member Constitutional Court backs the law 6-3 but voids real-time location access for police",
    byline="Andrea Villamizar",
    iso="2026-10-15T01:30:00Z", shown="October 15, 2026 1:30 AM UTC",
    figure=_figure(_MW + "/img/2026/10/bogota-palace-of-justice.jpg",
                   "The Palace of Justice on Bogota's Plaza de Bolivar, seat of Colombia's Constitutional Court.",
                   "Meridian/Felipe Guerrero"),
    ads={5: "Ride, deliver, earn. Apply in minutes. Conditions apply."},
    related=[(_MW + "/world/americas/colombia-taxi-protest-bogota-2025", "Taxi drivers block Bogota streets in protest against apps"),
             (_MW + "/business/latam-ride-hailing-regulation", "Latin America's patchwork of ride-hailing rules"),
             (_MW + "/world/americas/colombia-senate-data-protection-bill", "Colombia's Senate debates data protection bill")],
    credits="Reporting by Andrea Villamizar; editing by Tom Reardon",
    paras=[
        "BOGOTA, Oct 14 (Meridian) - Colombia's Constitutional Court on Wednesday upheld a 2025 law that gave ride-hailing apps legal status for the first time, but struck down a provision that would have let police tap into live trip location data without a judge's order.",
        "The nine-member court backed the core of the law 6-3, court president Hernando Beltran told a news conference in Bogota at 7:40 p.m. local time (0040 GMT on Thursday). A separate 7-2 majority voted to strike down Article 14, the data-sharing provision.",
        "“Technology does not suspend the Constitution,” Beltran said.",
        "The law, passed by Congress in June 2025, requires platforms to register their drivers in a national database and to carry accident insurance covering passengers. Platforms that fail to register drivers face fines of up to 2 billion pesos ($500,000).",
        "Companies have a year from the ruling to complete the registry.",
        "The law was challenged by a taxi drivers' union, which argued it legitimized unfair competition, and by a digital rights group that objected to the police data provision.",
        "The three magistrates who voted against the law argued that, because it regulates the handling of personal data, Congress should have passed it under the stricter procedure reserved for statutory laws, which requires an absolute majority and prior review by the court.",
        "“Today legality won,” Transport Minister Maria Fernanda Ruiz wrote on social media.",
        "Camila Otalora, executive director of the platforms' trade association, Aplam, said its member companies would comply with the ruling and begin registering drivers.",
        "The ruling was drafted by Magistrate Natalia Restrepo Cuellar. The two lawsuits against the law were filed in September 2025.",
        "Because of the decision on Article 14, police who want trip location data from a platform will need an order from a judge, as they do for other personal data.",
        "Under the law, drivers must hold a professional licence and their vehicles must pass an annual technical inspection, requirements the court left in place.",
        "The government estimates that some 162,000 people drive for platforms in Colombia. Taxi drivers, who operate about 52,000 cabs in Bogota alone, have staged repeated protests against the apps.",
        "Gustavo Penaloza, president of the Unataxi union, said drivers would hold a nationwide protest on Oct. 21.",
        "The full written ruling will be released in the coming weeks, as is customary for the court.",
        "For more than ten years Colombian law neither allowed nor banned the apps, leaving drivers exposed to fines and impounded cars even as the services became a fixture of the main cities.",
    ])

_CD = "https://www.colombiadailyrecord.example"

_S6_B = _paper_page(
    site="Colombia Daily Record", home=_CD,
    url=_CD + "/justice/court-gives-ride-hailing-apps-legal-footing-keeps-police-out-of-trip-data",
    section="Justice",
    headline="Court gives ride-hailing apps legal footing, but keeps police out of trip data",
    dek="Six magistrates uphold the platforms law; seven vote to strike the article on real-time police access",
    author="Juliana Camargo",
    iso="2026-10-15T06:00:00-05:00", shown="Thursday, October 15, 2026",
    figure=_figure(_CD + "/images/2026/10/beltran-press-conference.jpg",
                   "Court president Hernando Beltrán Ospina announces the ruling on Wednesday night.",
                   "Photo: Daily Record / Sergio Quintero"),
    figure_after=4,
    ads={6: "Insure your car in five minutes. Get a quote online.",
         12: "Advertisement"},
    related=[(_CD + "/justice/what-the-platforms-law-says", "What the platforms law says, article by article"),
             (_CD + "/bogota/taxi-fares-2026", "Bogotá taxi fares: what changed this year"),
             (_CD + "/opinion/privacy-and-the-police", "Opinion: privacy and the police")],
    newsletter="Record Morning Brief",
    paras=[
        "After more than a decade in legal limbo, ride-hailing platforms in Colombia now have the Constitutional Court's blessing. On Wednesday night the court upheld the 2025 law that regulates them, though it removed the article that most worried privacy advocates.",
        "Six of the nine magistrates voted to uphold the law's core provisions: the legal recognition of the platforms, the national registry of drivers and the compulsory accident insurance for passengers. The other three judges, Jorge Iván Parra, Claudia Montoya Ruiz and Ernesto Salgado, argued that it should have been processed as a statutory law.",
        "On Article 14, which obliged companies to give the National Police real-time access to the location of trips without a court order, the majority was wider: seven magistrates voted to strike it down, and two to keep it.",
        "Court president Hernando Beltrán Ospina announced the decision at a press conference at the Palace of Justice, on Bogotá's Plaza de Bolívar, at 7:40 p.m. “Technology does not suspend the Constitution. A platform can be lawful and still be barred from turning every trip into a file for the police,” he said.",
        "The ruling was drafted by Magistrate Natalia Restrepo Cuéllar, who served as rapporteur.",
        "The law had been approved by Congress in June 2025 and signed by the president the following month. It was challenged in two separate lawsuits filed in September 2025, one by the Unataxi union and one by a digital rights foundation.",
        "## What changes",
        "For passengers, little will change immediately. Platforms have one year from the ruling, until October 14, 2027, to register all of their drivers with the Ministry of Transport. Companies that fail to do so face fines of up to 2 billion pesos, about US$500,000 at current exchange rates.",
        "The ministry estimates that more than 160,000 people drive for apps in the country, many of them part-time.",
        "Transport Minister María Fernanda Ruiz celebrated the decision. “Drivers and passengers now have rules, insurance and a registry,” she said.",
        "Camila Otálora, executive director of the platforms' trade association, Aplam, said companies would comply but warned that the registry must not become a bureaucratic bottleneck. “If it takes three months to register a driver, the law will push people back into informality,” she said.",
        "## Taxi drivers announce protest",
        "The taxi sector reacted angrily. Gustavo Peñaloza, 61, a former taxi driver who now heads the Unataxi union, said the court had “legalised unfair competition” and called a national day of protest for next Wednesday, October 21. Bogotá alone has about 52,000 taxis.",
        "The court's full ruling, with the reasoning of the majority and the dissents, will be published in the coming weeks.",
        "It is not the first time the court has considered the issue. In 2023 it threw out, by five votes to four, an earlier challenge against a transport ministry decree on the platforms, finding that the lawsuit had been improperly filed.",
    ])

_LX = "https://lexamericas.example"

_S6_C = _letter_page(
    site="LexAmericas", home=_LX,
    url=_LX + "/p/colombia-constitutional-court-platform-mobility-law",
    headline="Colombia: Constitutional Court upholds platform mobility law, voids real-time data access clause",
    subtitle="Notes for counsel on the votes, what survives, and the one-year registry clock",
    author="Santiago Lleras, Bogotá correspondent", shown="October 16, 2026",
    ads={7: "LexAmericas Compliance Tracker: regulatory deadlines across 19 jurisdictions."},
    related=[(_LX + "/p/brazil-stf-data-ruling", "Brazil: STF ruling on telecom data retention"),
             (_LX + "/p/mexico-platform-workers-reform", "Mexico: platform workers reform, six months in"),
             (_LX + "/p/chile-personal-data-law-timeline", "Chile: personal data law implementation timeline")],
    paras=[
        "Colombia's Constitutional Court has declared the 2025 digital mobility platforms law largely constitutional, while striking down its Article 14, in a decision announced on the evening of 14 October. The full judgment has not yet been released; what follows is based on the court's press communiqué and statements by the court president.",
        "## The votes",
        "The court split 6–3 on the central question of whether the law should have been processed as a statutory law (ley estatutaria), the special procedure required for legislation that regulates fundamental rights, here the right to habeas data. The majority, led by rapporteur Magistrate Natalia Restrepo Cuéllar, held that the law's treatment of personal data was incidental to its transport purpose and that the ordinary legislative procedure was sufficient.",
        "On Article 14 the vote was 7–2. The article required platforms to provide the National Police with real-time access to trip geolocation data without prior judicial authorisation. The majority found the measure disproportionate, noting that the police already have a route to such data through an order from a judge.",
        "## What survives",
        "The registry: platforms must enrol all active drivers within one year of the decision. The insurance requirement: compulsory accident cover for passengers. The sanction regime: fines of up to COP 2 billion (approximately USD 500,000) for unregistered operation.",
        "Court President Hernando Beltrán Ospina summarised the majority view on Article 14 in a single sentence at the press conference: a platform “can be lawful and still be barred from turning every trip into a file for the police.”",
        "## The dissents",
        "Magistrates Jorge Iván Parra, Claudia Montoya Ruiz and Ernesto Salgado dissented on the procedural question. Their written opinions will be published with the judgment. Two magistrates voted to keep Article 14; the communiqué does not identify them.",
        "## Practical notes for operators",
        "Counsel for platform operators should note that the one-year clock for the registry runs from the decision itself, not from publication of the full judgment, according to the communiqué. Operators that already share data with police under cooperation agreements should review them in light of the Article 14 holding.",
        "The challenges were brought in September 2025 by the Unataxi drivers' union and by Fundación Datos Libres, a digital rights organisation based in Medellín.",
        "The government estimates that more than 160,000 drivers are active on the platforms nationwide, so the registry will be a large administrative exercise for the Ministry of Transport and for operators alike.",
        "The court had declined to rule on the merits of an earlier challenge in 2023, when a 5–4 majority found a claim against a ministerial decree procedurally defective.",
        "The decision was announced at 7:40 p.m. Bogotá time (00:40 GMT on 15 October).",
        "For the record, the law was approved by Congress in June 2025 and signed in July 2025.",
    ])

STORY_6 = _story("court-QD6", "court", "2026-10-19", [
    _page(_MW + "/world/americas/colombia-top-court-upholds-ride-hailing-law-2026-10-15/", _S6_A),
    _page(_CD + "/justice/court-gives-ride-hailing-apps-legal-footing-keeps-police-out-of-trip-data", _S6_B),
    _page(_LX + "/p/colombia-constitutional-court-platform-mobility-law", _S6_C),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
