"""Part PB of the story battery (web pages).

Written by engineer PB1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PB`.

Six invented events in Central and Eastern Europe and the Baltics, each told by three or four
invented outlets as saved web pages. cb-PB1: the Czech National Bank's quarter-point rate cut
of Thursday 26 March 2026 (four pages; planted: the board's vote split, 5-2 against 4-3 in the
public broadcaster's page, and who spoke the "inflation has not been beaten" line, Governor
Šimůnek against Vice-Governor Holubová in the newsletter). el-PB2: the Klaipėda mayoral
by-election runoff of Sunday 10 May 2026 (three pages; planted: turnout 44.8% against 48.4% in
the local paper, and the winner's victory line with its meaning reversed in the broadcaster's
page). tr-PB3: the Polish-Ukrainian grain import licensing deal signed in Warsaw on Tuesday
16 September 2025 (three pages; planted: the start date, October 1 against November 1 in the
trade press, and the Ukrainian negotiator's title, deputy economy minister against deputy
agriculture minister in the wire). CONTROLS with nothing planted: rocket-PB4, a Gdańsk
start-up's suborbital flight from the range near Ustka shortly before 1 a.m. on Thursday
12 June 2025 (four pages; local, UTC and US Eastern times across a day boundary, km and
miles, a failed earlier flight with its own figures); court-PB5, the Tallinn Circuit Court's
ruling of Friday 5 December 2025 cutting a former deputy mayor's bribery sentence (three pages;
first-instance against appeal figures, a partial acquittal, euro and dollar sums, a later trial
date); quake-PB6, a magnitude 5.8 intermediate-depth Vrancea earthquake at 01:34 local time on
Wednesday 18 February 2026, 23:34 GMT on the Tuesday (three pages; a toll and aftershock count
that grow through the day, two agencies' magnitudes, the 1977 quake's figures).
"""

from __future__ import annotations

import html as _html
import json as _json
import re as _re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PB", "domain": domain, "fetched": fetched,
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


def _inline(s: str) -> str:
    s = _e(s)
    return _re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def _body(text: str, ad: str, img_base: str) -> str:
    """Turn a plain-text article into HTML.

    Blocks are separated by blank lines. "## x" is a sub-head, "[AD]" an advertisement slot,
    "[FIG] caption || credit" a photo, "[ALSO] title" a read-also link, "> x" a pull quote;
    anything else is a paragraph.
    """
    out: list[str] = []
    n_fig = 0
    for raw in text.strip().split("\n\n"):
        block = " ".join(raw.split())
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block == "[AD]":
            out.append(ad)
        elif block.startswith("[FIG] "):
            n_fig += 1
            cap, _, credit = block[6:].partition(" || ")
            out.append(
                f'<figure class="photo"><img src="{img_base}/photo-{n_fig}.jpg" alt="{_a(cap)}" '
                f'loading="lazy" width="1200" height="675"><figcaption>{_e(cap)} '
                f'<span class="credit">{_e(credit)}</span></figcaption></figure>')
        elif block.startswith("[ALSO] "):
            out.append(f'<aside class="read-also"><span class="label">Read also</span> '
                       f'<a href="{img_base}/more">{_e(block[7:])}</a></aside>')
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull"><span>{_e(block[2:])}</span></blockquote>')
        else:
            out.append(f"<p>{_inline(block)}</p>")
    return "\n".join(out)


def _links(items: list[str], cls: str, title: str) -> str:
    lis = "".join(f'<li><a href="/story/{n}">{_e(t)}</a></li>' for n, t in enumerate(items))
    return f'<aside class="{cls}"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>'


def _nav(items: list[str]) -> str:
    lis = "".join(f'<li><a href="/{_re.sub(r"[^a-z]+", "-", i.lower()).strip("-")}/">{_e(i)}</a></li>'
                  for i in items)
    return f'<nav class="site-nav" aria-label="Main"><ul>{lis}</ul></nav>'


def _head(title: str, site: str, desc: str, url: str, image: str, extra: str = "") -> str:
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:title" content="{_a(title)}">
<meta property="og:description" content="{_a(desc)}">
<meta property="og:url" content="{_a(url)}">
<meta property="og:image" content="{_a(image)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/static/css/site.css">
{extra}</head>"""


def _wire_page(*, site: str, url: str, headline: str, summary: str, published: str,
               modified: str, stamp: str, byline: str, body: str, related: list[str],
               section: str, year: str) -> str:
    """Wire-service template: JSON-LD NewsArticle with dates, visible plain-text stamp."""
    host = url.split("/")[2]
    ld = _json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "description": summary, "datePublished": published, "dateModified": modified,
        "articleSection": section, "author": [{"@type": "Person", "name": byline}],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"}},
        "mainEntityOfPage": url}, ensure_ascii=False, indent=1)
    ad = ('<div class="ad-slot ad-inarticle" data-slot="wire-mid"><span class="ad-label">'
          'Advertisement</span><div class="ad-creative">Business travel, simplified. '
          'Book rooms in 40 cities with one corporate account.</div></div>')
    head = _head(f"{headline} | {site}", site, summary, url, f"https://{host}/img/lead.jpg",
                 f'<script type="application/ld+json">\n{ld}\n</script>\n')
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="wire article">
<a class="skip-link" href="#content">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p class="cookie-text">We use cookies and similar technologies to run this site, measure audiences and show relevant advertising. You can change your choices at any time.</p><button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="/privacy">Privacy policy</a></div>
<header class="masthead"><a class="logo" href="/">{_e(site)}</a>
{_nav(["World", "Business", "Markets", "Politics", "Technology", "Science", "Sport"])}
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main id="content">
<article class="story">
<div class="kicker">{_e(section)}</div>
<h1>{_e(headline)}</h1>
<div class="story-meta"><span class="byline">By {_e(byline)}</span> <span class="stamp">{_e(stamp)}</span></div>
<div class="share-bar"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <button class="copy-link">Copy link</button></div>
<div class="story-body">
{_body(body, ad, url)}
</div>
<div class="trust-note">Our standards: The Trust Principles.</div>
</article>
{_links(related, "related-rail", "More from " + section)}
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie settings</a></li></ul>
<small>All quotes delayed a minimum of 15 minutes. &copy; {year} {_e(site)}. All rights reserved.</small></footer>
</body>
</html>
"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str, published: str,
                visible_date: str, author: str, section: str, body: str, related: list[str],
                year: str) -> str:
    """Newspaper template: article:published_time meta plus a visible <time datetime>."""
    host = url.split("/")[2]
    ad = ('<div class="advert" aria-label="Advertisement"><small>ADVERTISEMENT</small>'
          '<a href="#" class="advert-link">Spa weekends in the mountains: half board, late '
          'checkout, no hidden fees</a></div>')
    extra = (f'<meta property="article:published_time" content="{_a(published)}">\n'
             f'<meta property="article:section" content="{_a(section)}">\n'
             f'<meta name="author" content="{_a(author)}">\n')
    head = _head(f"{headline} - {site}", site, standfirst, url, f"https://{host}/media/og.jpg",
                 extra)
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body>
<a href="#main" class="visually-hidden-focusable">Skip to main content</a>
<div id="consent" class="consent-overlay"><div class="consent-box"><h2 class="consent-title">Your privacy</h2><span>We and our partners store and access information on your device to personalise content and ads and to analyse traffic.</span> <button>I agree</button> <button>More options</button></div></div>
<div class="topbar"><a href="/subscribe" class="btn-sub">Subscribe</a> <a href="/login">Log in</a></div>
<header class="paper-head"><div class="brand"><a href="/">{_e(site)}</a></div>
{_nav(["News", "Politics", "Economy", "Business", "Opinion", "Culture", "Sport", "Podcasts"])}</header>
<main id="main" class="layout">
<article class="article">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_a(section.lower())}/">{_e(section)}</a></nav>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">{_e(author)}</span> &middot; <time datetime="{_a(published)}">{_e(visible_date)}</time></div>
<div class="social"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#" class="gift">Gift this article</a></div>
<div class="article-body">
{_body(body, ad, url)}
</div>
<div class="newsletter-box"><h3 class="nl-title">The Morning Briefing</h3><span>The day's essential stories in your inbox before breakfast.</span><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="comments-teaser"><a href="#comments">Join the discussion</a></div>
</article>
{_links(related, "sidebar-popular", "Most read")}
</main>
<footer class="paper-foot"><span>&copy; {year} {_e(site)}</span> <a href="/imprint">Imprint</a> <a href="/ethics">Editorial code</a> <a href="/advertise">Advertise with us</a> <a href="/jobs">Careers</a></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, url: str, headline: str, lead: str, published: str,
                    visible_date: str, author: str, body: str, related: list[str],
                    year: str) -> str:
    """Public-broadcaster template: name="date" meta, visible <time>, audio player."""
    host = url.split("/")[2]
    ad = ('<div class="promo-slot" data-type="promo"><span class="promo-label">Sponsored'
          '</span> <a href="#">Listen to our award-winning documentary series on the app'
          '</a></div>')
    extra = (f'<meta name="date" content="{_a(published)}">\n'
             f'<meta name="dcterms.publisher" content="{_a(site)}">\n')
    head = _head(f"{headline} | {site}", site, lead, url, f"https://{host}/images/share.jpg",
                 extra)
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="pb-article">
<a class="skip" href="#article">Skip to content</a>
<div class="cookie-notice"><span>This website uses cookies. By continuing to browse you agree to our use of cookies.</span> <button>OK</button> <a href="/cookies">Settings</a></div>
<header class="pb-header"><a class="pb-logo" href="/">{_e(site)}</a> <a class="live" href="/live">Live radio</a> <a class="tv" href="/tv">Watch</a>
{_nav(["Home", "Domestic", "World", "Economy", "Culture", "Sport", "Weather", "In other languages"])}</header>
<main id="article">
<article>
<h1>{_e(headline)}</h1>
<div class="pb-meta"><time datetime="{_a(published)}">{_e(visible_date)}</time> <span class="pb-author">{_e(author)}</span></div>
<div class="audio-player"><button>Listen to this article</button> <span class="duration">Audio version</span></div>
<div class="pb-lead"><strong>{_e(lead)}</strong></div>
<div class="pb-body">
{_body(body, ad, url)}
</div>
<div class="pb-share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Email</a></div>
</article>
{_links(related, "pb-related", "Related stories")}
</main>
<footer class="pb-footer"><span>{_e(site)} is a public service broadcaster.</span> <a href="/accessibility">Accessibility</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a> <span>&copy; {year}</span></footer>
</body>
</html>
"""


def _blog_page(*, site: str, url: str, headline: str, desc: str, date_text: str | None,
               author: str, body: str, related: list[str], kind: str = "newsletter") -> str:
    """Blog / newsletter / small local site template: no machine-readable date at all."""
    host = url.split("/")[2]
    ad = ('<div class="sponsor-box"><em>This issue is supported by a reader-funded '
          'grant. Advertise here: write to the editor.</em></div>'
          if kind == "newsletter" else
          '<div class="banner-ad"><span class="adtag">Advertisement</span> <a href="#">'
          'Family dentistry, evenings and Saturdays. Call to book.</a></div>')
    head = _head(f"{headline} - {site}", site, desc, url, f"https://{host}/uploads/cover.jpg")
    when = f'<span class="posted">{_e(date_text)}</span>' if date_text else ""
    return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body class="post-template">
<a class="skip-to-content" href="#post">Skip to content</a>
<div class="gdpr-bar"><span>We use a few cookies for analytics. Fine by you?</span> <button>Yes</button> <button>No thanks</button></div>
<header class="blog-header"><a class="blog-title" href="/">{_e(site)}</a>
{_nav(["Latest", "Archive", "About", "Subscribe"])}</header>
<main id="post">
<article class="post">
<h1 class="post-title">{_e(headline)}</h1>
<div class="post-byline"><span class="by">{_e(author)}</span> {when}</div>
<div class="post-share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Forward to a friend</a></div>
<div class="post-content">
{_body(body, ad, url)}
</div>
<div class="subscribe-box"><h3 class="sb-h">Get every issue by email</h3><span>Free, no spam, unsubscribe with one click.</span><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<div class="post-footer-links"><a href="#">Like</a> <a href="#">Comment</a> <a href="#">Restack</a></div>
</article>
{_links(related, "more-posts", "Keep reading")}
</main>
<footer class="blog-footer"><span>{_e(site)}</span> <a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/rss">RSS</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 (cb-PB1): Czech National Bank cuts the two-week repo rate, Thursday 2026-03-26.
# Planted: vote split (5-2 everywhere, 4-3 in the broadcaster's page C); speaker of the
# "inflation has not been beaten" line (Šimůnek in A and B, Holubová in the newsletter D).
# ---------------------------------------------------------------------------

_S1_A_URL = ("https://www.centropa-wire.example/markets/czech-central-bank-trims-key-rate-"
             "to-325-signals-no-rush-for-more-2026-03-26/")
_S1_A = _wire_page(
    site="Centropa Newswire", url=_S1_A_URL,
    headline="Czech central bank trims key rate to 3.25%, signals no rush for more",
    summary=("The Czech National Bank resumed easing with a quarter-point cut on Thursday; "
             "two board members wanted to wait."),
    published="2026-03-26T14:58:00+01:00", modified="2026-03-26T17:12:00+01:00",
    stamp="March 26, 2026 2:58 PM GMT+1 Updated 2 hours ago", byline="Tereza Malá",
    section="Markets", year="2026",
    related=["Hungary's forint slips as traders eye budget revision",
             "Polish bond yields edge lower ahead of supply",
             "Romanian lender posts higher quarterly profit"],
    body="""
PRAGUE, March 26 (Centropa) - The Czech National Bank took a quarter point off its key
rate on Thursday, bringing it to 3.25% and picking up an easing cycle it had put on hold in
February, though two of the seven members of its board wanted borrowing costs left alone.

The board voted 5–2 for the 25-basis-point reduction in the two-week repo rate, which had
stood at 3.50% since December. The decision was made public at 1330 GMT. The discount rate falls to 2.25%
and the Lombard rate to 4.25%, both effective from Friday.

Board members Petr Kučera and Vladimír Dostál voted to keep rates where they were, the
bank said.

Of 17 economists surveyed by Centropa last week, 12 had forecast a cut; the others saw
the bank waiting until its May meeting.

[FIG] Czech National Bank Governor Radek Šimůnek speaks to reporters in Prague on March
26, 2026. || Centropa/Jan Novotný

"Inflation has not been beaten, but it has stopped dictating our every step," Governor
Radek Šimůnek told a news conference after the meeting. "We are not on autopilot. Every
meeting gets decided on the numbers we have on the table that day."

Šimůnek said the board had weighed both options and that the two members in the minority
had pointed to wage growth and to prices of services. He declined to say whether May
would bring another reduction.

[AD]

Consumer prices rose 2.6% year on year in February, the Czech Statistical Office reported
earlier this month, inside the tolerance band of one percentage point either side of the
bank's 2% target. Core inflation, which the central bank calculates without food, energy
and regulated prices, eased to 2.9% from 3.1% in January.

The bank's February forecast sees headline inflation averaging 2.3% this year and 2.0% in
2027, with the economy expanding 1.9% in 2026 after estimated growth of 1.4% last year. A
fresh forecast is due at the next policy meeting, scheduled for Wednesday, May 6.

The crown weakened a touch after the announcement, changing hands at 24.61 per euro at 1415
GMT against 24.55 just before the decision was released.

"The door to one more cut is open, but the board is clearly in no hurry to walk through
it," said Lenka Jirásková, chief economist at Moravia Capital in Brno. She expects the
repo rate to finish the year at 3.00%.

The Czech bank began bringing rates down from a peak of 7% in late 2023. Its previous
move, on Dec. 17, was also a quarter-point reduction, and the board held steady at its
February meeting.

Elsewhere in the region, Hungary's central bank holds its next rate-setting meeting on
Tuesday, while Poland's Monetary Policy Council left its reference rate unchanged earlier
this month.

(Reporting by Tereza Malá; Editing by Martin Hale)
""")

_S1_B_URL = "https://www.bohemianpost.example/economy/2026/03/26/rate-cut-mortgages-refixing-cnb"
_S1_B = _paper_page(
    site="The Bohemian Post", url=_S1_B_URL,
    headline="Cheaper money, slowly: what Thursday's rate cut means for your mortgage",
    standfirst=("The Czech National Bank lowered its key rate to 3.25 per cent, but brokers "
                "say borrowers refixing this spring should not expect a big drop."),
    published="2026-03-26T19:05:00+01:00", visible_date="26 March 2026, 19:05",
    author="Klára Sedláčková", section="Economy", year="2026",
    related=["Prague transit fares to rise in July",
             "Why Czech flats are still the least affordable in the EU",
             "Opinion: the budget hole nobody wants to talk about"],
    body="""
Czech households with a mortgage due for refixing this year got a modest piece of good
news on Thursday afternoon, when the Czech National Bank (ČNB) shaved a quarter of a
percentage point off its key interest rate.

The two-week repo rate, which steers what commercial banks pay for short-term money, now
stands at 3.25 per cent. It had been 3.5 per cent since the bank's last cut in mid-December.
The seven-member board split five votes to two, with Petr Kučera and Vladimír Dostál
preferring to wait.

[FIG] The Czech National Bank's headquarters on Na Příkopě street in central Prague. ||
Photo: The Bohemian Post / Karel Fiala

Governor Radek Šimůnek sounded more relaxed than at any point last year. "Inflation has not
been beaten," he told reporters at the bank's headquarters, before adding: "but it has
stopped dictating our every step."

That is a change of tone from a governor who, through much of 2025, warned that services
prices and wages could push inflation back above target. Consumer prices in February were
2.6 per cent higher than a year earlier, within the band of 1 to 3 per cent that the bank
draws around its 2 per cent goal.

## What it means for borrowers

The effect on mortgages will be gradual. The average rate on new housing loans was about 4.6
per cent in February, according to ČNB data, and banks had already priced in much of the
easing, since they fund fixed-rate mortgages on longer-term markets rather than at the repo
rate.

"Anyone refixing in April or May should ask their bank for a new offer, but nobody should
expect a miracle," said Martina Krausová, who runs a mortgage brokerage in Plzeň. "We are
talking about tenths of a percentage point, not whole points."

Czech households owe banks about 2 trillion crowns (roughly €81 billion) in housing loans,
and banks estimate that some 130,000 of those contracts come up for refixing this year.

[AD]

## The crown

Vice-Governor Jitka Holubová, asked whether a weaker crown could get in the way of further
cuts, said the currency had behaved well. "The crown has been a help this winter, not a
worry," she said. It traded at around 24.6 per euro after the decision.

Not everyone on the board is convinced the bank should go further. The two dissenters have
argued in recent weeks that pay, which rose faster than expected at the end of last year,
could keep prices in shops, hairdressers and restaurants stubborn.

Šimůnek would not be drawn on the next step. The board meets again on 6 May, when it will
also present a new macroeconomic forecast. The current one, published in February, expects
inflation to average 2.3 per cent this year.

For savers the news is less welcome. Several banks have already trimmed what they pay on
savings accounts this year, and two of the largest told The Bohemian Post on Thursday that
they were reviewing their rates again.

[ALSO] Explainer: how the ČNB sets interest rates, and who sits on its board
""")

_S1_C_URL = "https://english.cpb-radio.example/economy/national-bank-lowers-interest-rates-first-time-this-year"
_S1_C = _broadcast_page(
    site="Czech Public Broadcasting - English", url=_S1_C_URL,
    headline="National bank lowers interest rates for the first time this year",
    lead=("The Czech National Bank has cut its key interest rate to 3.25%. Loans could get "
          "slightly cheaper; savings accounts are likely to pay less."),
    published="2026-03-26T16:20:00+01:00", visible_date="Thursday 26 March 2026, 16:20",
    author="Ondřej Vacek", year="2026",
    related=["Government approves plan for new high-speed rail link",
             "Spring arrives early in South Moravia's vineyards",
             "Prague Zoo welcomes twin red panda cubs"],
    body="""
For the first time this year, the Czech National Bank has made borrowing cheaper. At its
meeting on Thursday, the bank board cut the two-week repo rate, the most important of its
rates, by 0.25 percentage points to 3.25%.

The decision, announced at half past two in the afternoon, was a close one: the
seven-member board split four to three, with the minority preferring to leave rates where
they were.

The bank also reduced its discount rate and its Lombard rate by the same amount, to 2.25%
and 4.25% respectively.

Governor Radek Šimůnek said at a press conference that the board was comfortable with the
way inflation was heading but wanted to keep its options open. "We are not on autopilot,"
he said, stressing that each decision would be taken separately.

[FIG] Governor Radek Šimůnek (centre) at Thursday's press conference. || Photo: CPB / Eva
Horáková

Inflation in the Czech Republic slowed to 2.6% in February, according to the Czech
Statistical Office. That is close to the central bank's target of 2%. In early 2023, at the
height of the energy crisis, annual inflation in the country exceeded 17%.

## What does it mean for people?

Interest rates on loans and mortgages could edge down over the coming months, while savings
accounts are likely to pay less. Mortgage adviser Ondřej Beneš told CPB that the change
would be felt mostly by people whose fixed-rate period is ending.

"For a loan of three million crowns, a quarter of a point can mean a few hundred crowns a
month, once banks pass it on," he said. "But banks move their offers slowly, and some of
this was already in the price."

[AD]

The previous cut came in December, when the bank lowered the rate from 3.75% to 3.5%. In
February the board left rates unchanged, saying it wanted to see more data on wages.

Most economists had expected Thursday's move. The Finance Ministry welcomed the decision,
saying in a short statement that cheaper credit would help companies that were postponing
investment.

For companies, which often borrow at floating rates tied to the interbank market, the cut will
show up sooner than for households. Business groups had called for lower rates for months,
arguing that Czech firms were paying more for credit than their competitors in the euro area.

The next monetary policy meeting is planned for early May, when the bank will also publish
a new forecast for inflation and economic growth. The Czech crown moved only a little after
the decision and stayed at around 24.6 crowns per euro.

The central bank is obliged by law to keep prices stable. Since 2010 it has aimed for
inflation of 2%, and its board, whose members are appointed by the president for six-year
terms, meets eight times a year to set rates.
""")

_S1_D_URL = "https://korunadesk.example/p/212-a-cut-with-two-dissents"
_S1_D = _blog_page(
    site="Koruna Desk", url=_S1_D_URL,
    headline="Koruna Desk #212: a cut with two dissents and a careful tone",
    desc="The ČNB cut by 25 bp. What the vote, the press conference and the swap curve tell us about May.",
    date_text="Friday 27 March 2026", author="Filip Hrubý",
    related=["#211: What February's CPI did and did not say",
             "#210: The forint, the zloty and the crown in one chart",
             "#209: Reading the ČNB's winter forecast"],
    body="""
Good morning. Yesterday's ČNB meeting delivered what most of us expected, a 25 bp cut in the
2W repo rate to 3.25%, but the details matter more than the headline, so let's go through
them.

**The vote.** 5-2. Kučera and Dostál voted for a hold, the same pair who argued against the
December cut. A 5-2 split with a hawkish minority is not unanimity, and it tells you that the
bar for a May cut is higher than the market assumed on Wednesday.

**The message.** The line that got passed around most came from Vice-Governor Jitka Holubová
at the press conference: "Inflation has not been beaten, but it has stopped dictating our
every step." She had a nice one on the currency too, calling it "a help this winter, not a
worry". The governor, for his part, kept repeating that the board is "not on autopilot".

**Kučera's dissent.** In a short note on the bank's blog after the meeting, Kučera wrote
that services prices were "still running too warm for my taste" and that wages were not
cooling as fast as the February forecast assumed. Nominal wages rose 7.4% y/y in the fourth
quarter of 2025; the forecast has them slowing to about 6% this year. He has a point, and I
suspect Dostál's reasoning is similar, although he has not published anything.

[AD]

**Markets.** The 2-year swap rate ended Thursday at 3.05%, about 5 bp higher than before the
decision, as the market trimmed bets on a May move. EUR/CZK barely reacted: 24.55 before the
14:30 release, 24.61 within the hour. Pricing now implies roughly one more 25 bp cut by
year-end, which would take the repo rate to 3.00%.

**Numbers for the spreadsheet.** Repo 3.25% (was 3.50%), discount 2.25%, Lombard 4.25%.
February CPI 2.6% y/y; core 2.9%. The February forecast has CPI averaging 2.3% in 2026 and
GDP growing 1.9%.

**For readers with euro books.** A 3-million-crown mortgage is about €122,000 at
yesterday's rate, and the quarter point works out to roughly €25 a month in interest once
banks pass it through. That is not nothing, but it will not change anyone's decision to buy
a flat.

**What the bank did not say.** There was no hint about the balance sheet, no comment on the
government's budget plans and nothing new on the crown's role in the forecast. I asked, via
the press office, whether the board had discussed a 50 bp move at any point. The answer was a
polite "no comment", which I am choosing to read as a no.

**What's next.** May 6, with the new forecast. I would put the odds of another cut then at no
better than even. Before that we get March CPI on April 10, and first-quarter wage data will
not arrive until June, which means the board will go into May without the one number the
dissenters care about most.

Thanks for reading, and see you next Friday. If someone forwarded this to you, the sign-up
box is below.

Filip
""")

STORY_1 = _story("cb-PB1", "central bank", "2026-03-30", [
    _page(_S1_A_URL, _S1_A),
    _page(_S1_B_URL, _S1_B),
    _page(_S1_C_URL, _S1_C),
    _page(_S1_D_URL, _S1_D),
], [
    ("board vote split",
     r"(?<![\d.])(?:5|five)(?: votes?)?\s*(?:[-–—]|to)\s*(?:2|two)(?![\d.])",
     r"(?<![\d.])(?:4|four)(?: votes?)?\s*(?:[-–—]|to)\s*(?:3|three)(?![\d.])"),
    ("who said 'inflation has not been beaten'", r"šimůnek|simunek", r"holubov"),
])


# ---------------------------------------------------------------------------
# Story 2 (el-PB2): Klaipėda mayoral by-election runoff, Sunday 2026-05-10 (EEST, UTC+3).
# Planted: turnout (44.8% in A and B, 48.4% in the local paper C); the winner's victory
# line ("finish the job, not start from scratch" in A; reversed in the broadcaster's page B).
# ---------------------------------------------------------------------------

_S2_A_URL = "https://www.balticnewsdesk.example/politics/2026/05/11/independent-jurgaitiene-wins-klaipeda-mayoral-runoff"
_S2_A = _wire_page(
    site="Baltic Newsdesk", url=_S2_A_URL,
    headline="Independent Jurgaitienė wins Klaipėda mayoral runoff",
    summary=("Former deputy mayor Rūta Jurgaitienė beat Social Democrat lawmaker Darius "
             "Kairys in Sunday's second round in Lithuania's port city."),
    published="2026-05-11T00:20:00+03:00", modified="2026-05-11T02:35:00+03:00",
    stamp="Updated May 11, 2026 02:35 EEST", byline="Gintarė Balčiūnaitė",
    section="Politics", year="2026",
    related=["Latvia's coalition partners agree on defence spending path",
             "Estonian parliament passes revised tax package",
             "Vilnius airport passenger numbers hit spring record"],
    body="""
VILNIUS, May 11 (Baltic Newsdesk) - Rūta Jurgaitienė, an independent who was Klaipėda's
deputy mayor until 2023, won Sunday's runoff for mayor of Lithuania's third-largest city,
beating Social Democrat lawmaker Darius Kairys, according to the final tally posted by the
Central Electoral Commission (VRK) in the small hours of Monday.

Jurgaitienė, 47, received 31,406 votes, or 54.2%, against 26,512 for Kairys, a margin of
4,894 votes. The last of the port city's 73 polling stations had been counted by 0115 local
time (2215 GMT on Sunday).

Turnout was 44.8% of the 131,870 registered voters, up from 39.1% in the first round on
April 26, when six candidates were on the ballot. Jurgaitienė led that round with 36.7% and
Kairys came second with 29.9%.

The by-election was called after Edmundas Lapinskas stepped down as mayor in February,
citing his health. Jurgaitienė will serve out the remainder of his term, which ends with
nationwide municipal elections in March 2027.

"Voters asked us to finish the job, not to start from scratch," Jurgaitienė told supporters
who had gathered at her campaign office in the old town. Her first task, she said, would be
the multifunctional arena, a 42-million-euro ($47 million) project on which construction has
been frozen since last autumn.

[AD]

Kairys, 52, conceded at about 2040 GMT, with most of the vote counted. "I congratulated her
by phone. The port and the people who work there deserve a mayor who picks up the phone, and
I will be watching to make sure she does," he said in a video posted on social media.

Earlier in the night, with 60 of the 73 stations counted, Jurgaitienė had been on 54.6%.

The race was closely watched as a test of the Social Democrats' strength outside the capital.
The party is the largest group on the 31-seat city council, with eight seats, while
Jurgaitienė's civic committee, Our Klaipėda, holds five, meaning she will need allies to get
a budget through.

An urban planner by training, Jurgaitienė ran the city's planning and infrastructure portfolio
as deputy mayor from 2019. After leaving city hall in 2023 she set up a consultancy advising
municipalities on projects funded by the European Union. Kairys, a former port engineer, has
sat in the Seimas since 2020.

Campaign debates centred on the stalled arena, heating bills and the price of the ferry to
Smiltynė on the Curonian Spit, which rose at the start of the year.

The electoral commission is due to confirm the result on Thursday, and Jurgaitienė is
expected to take the oath at a council session on May 21.

Klaipėda, a city of about 160,000 people, is home to Lithuania's only seaport, an ice-free
harbour that handles much of the country's container and bulk traffic.

(Editing by Jonas Petrauskas)
""")

_S2_B_URL = "https://www.lpb-news.example/en/lithuania/klaipeda-elects-jurgaitiene-mayor-turnout-rises"
_S2_B = _broadcast_page(
    site="LPB News", url=_S2_B_URL,
    headline="Klaipėda elects Jurgaitienė as mayor as turnout rises in second round",
    lead=("Rūta Jurgaitienė, backed by the civic committee Our Klaipėda, won the runoff with "
          "54.2 percent. Her rival Darius Kairys conceded before the count was complete."),
    published="2026-05-11T09:40:00+03:00", visible_date="11.05.2026 09:40",
    author="LPB News, Mantas Urbonas", year="2026",
    related=["Seimas committee backs changes to the heating price formula",
             "Curonian Spit ferry operator defends new fares",
             "Kaunas district council approves school merger"],
    body="""
Klaipėda has a new mayor. Rūta Jurgaitienė, backed by the civic committee Our Klaipėda
(Mūsų Klaipėda), won Sunday's second round with 54.2 percent of the vote, according to the
final count the Central Electoral Commission published overnight.

Her opponent, Seimas member Darius Kairys of the Lithuanian Social Democratic Party (LSDP),
received 45.8 percent.

Turnout stood at 44.8 percent, the commission said, noticeably higher than two weeks
earlier, when fewer than four in ten voters took part in the first round. At 6 p.m., two
hours before polling stations closed, turnout had been 37.6 percent.

"Voters asked us to start from scratch, not to finish the old job," Jurgaitienė said in her
victory speech shortly after midnight, adding that the city needed "new habits at city hall".

[FIG] Rūta Jurgaitienė with supporters in Klaipėda's old town on election night. || Photo:
LPB / Mindaugas Žukauskas

Kairys conceded at around 23:40, before the count was complete. He told LPB that he had
called Jurgaitienė to congratulate her and that he would keep his seat in the Seimas.

Commission data show that Jurgaitienė won in 49 of the city's 73 polling stations. The count
went smoothly, the commission said, apart from a short delay at one station in the city centre,
where the seal on a ballot box had to be checked before counting could begin.

## Heating bills and the arena

At a polling station in Melnragė, in the city's north, several voters said heating costs had
decided their vote. "I voted for whoever will finally finish the arena. My grandson has been
waiting for it for years," said Aldona, a 71-year-old retired teacher who did not want to
give her surname.

Political scientist Linas Šukys of Vytautas Magnus University said the result showed the
limits of party machinery in local races. "In a by-election with two weeks between rounds,
the candidate people already know from the city hall corridors has a head start," he said.

[AD]

The by-election was called after Edmundas Lapinskas resigned in February for health reasons.
Jurgaitienė will lead the city until the regular municipal elections in March 2027. She is
expected to take the oath at a city council meeting on 21 May, after the commission confirms
the results on 14 May.

Jurgaitienė, an urban planner by training, served as deputy mayor between 2019 and 2023. The
Social Democrats are the largest group on the 31-member city council with eight seats; Our
Klaipėda has five.

The LSDP's deputy chairman, Tomas Rimkus, said the party respected the outcome. "She knew the
building better than we did, and two weeks is a short campaign," he told LPB radio on Monday
morning, adding that the party would "look hard" at how it chooses candidates before next
year's municipal elections.

President's office spokespeople said the head of state had called Jurgaitienė on Monday
morning to congratulate her.
""")

_S2_C_URL = "https://coastcourier.example/news/jurgaitiene-back-at-city-hall-mayors-chair"
_S2_C = _blog_page(
    site="Klaipėda Coast Courier", url=_S2_C_URL,
    headline="Jurgaitienė back at city hall, this time in the mayor's chair",
    desc="The former deputy mayor won Sunday's runoff. What she promised, where she won, and what comes next.",
    date_text="Monday, 11 May 2026", author="Coast Courier newsroom",
    kind="local",
    related=["Port authority to dredge southern basin this summer",
             "Sea festival programme announced",
             "Giruliai beach: new lifeguard towers ready by June"],
    body="""
Three years after she cleared her desk in the deputy mayor's office, Rūta Jurgaitienė is
going back to the city hall on Liepų street, this time as mayor.

The 47-year-old independent beat Social Democrat Darius Kairys in Sunday's runoff by almost
4,900 votes, 31,406 to 26,512. Turnout reached 48.4 percent, the electoral commission
reported, well above the first round on 26 April.

Jurgaitienė did best in the old town and in the southern districts, where at some polling
stations she took more than 60 percent. Kairys was stronger in the northern neighbourhoods
around Melnragė and Giruliai, and in several stations in the city centre the two were
separated by a handful of votes.

[FIG] The count at polling station No. 12 in the old town on Sunday evening. || Photo:
Coast Courier / Vaida Stonkutė

In a short speech to supporters just after midnight, Jurgaitienė said voters had asked her
team to finish the job rather than begin again from nothing, and she thanked volunteers who
had knocked on doors "in every staircase in Bandužiai".

Kairys, a member of the Seimas, conceded shortly before midnight. In a video he said the city
deserved "a mayor who picks up the phone" and promised to keep an eye on her from Vilnius.

## What she promised

The arena. Work on the 42-million-euro multifunctional hall near the Danė has been frozen
since October, when the contractor and the city fell out over costs. Jurgaitienė says she will
bring both sides to the table in her first month.

The ferry. Fares on the crossing to Smiltynė went up in January, and residents of the Spit
have complained loudly ever since. She has promised to ask the port authority and the operator
for a residents' discount.

Heating. She wants an independent audit of the district heating company's prices, something
the council has voted down twice.

[AD]

## The arithmetic

Winning the election is one thing; governing is another. Jurgaitienė's committee, Our
Klaipėda, has only five of the 31 council seats. The Social Democrats, with eight, are the
largest group.

"People here vote for the person they see at the market on Saturday, not for a party logo,"
said Aušra Petkevičiūtė, who teaches political science at Klaipėda University. "But the
council is full of party logos, and she will need at least three of them to pass anything."

## What comes next

The Central Electoral Commission is to confirm the final result on Thursday. The new mayor
is due to be sworn in at the council session on 21 May and will serve until the municipal
elections in March 2027. Asked on Sunday whether she would run again next year, Jurgaitienė
said she would decide "in the autumn".

Her predecessor, Edmundas Lapinskas, resigned in February on health grounds. He was elected in
2023 and had been in office for less than three years. He sent a message of congratulations,
the new mayor's team said.
""")

STORY_2 = _story("el-PB2", "election", "2026-05-14", [
    _page(_S2_A_URL, _S2_A),
    _page(_S2_B_URL, _S2_B),
    _page(_S2_C_URL, _S2_C),
], [
    ("runoff turnout", r"(?<![\d.,])44[.,]8(?!\d)", r"(?<![\d.,])48[.,]4(?!\d)"),
    ("victory line wording", r"finish the job",
     r"start from scratch,? not|finish the old job"),
])


# ---------------------------------------------------------------------------
# Story 3 (tr-PB3): Poland and Ukraine sign a grain import licensing deal in Warsaw,
# Tuesday 2025-09-16, 11:00 CEST (12:00 Kyiv, 09:00 GMT).
# Planted: start date (October 1 in A and B, November 1 in the trade press C); the Ukrainian
# negotiator's title (deputy economy minister in B and C, deputy agriculture minister in A).
# ---------------------------------------------------------------------------

_S3_A_URL = "https://www.vistulapress.example/en/economy/2025-09-16/poland-ukraine-sign-grain-licensing-deal-quotas"
_S3_A = _wire_page(
    site="Vistula Press Agency", url=_S3_A_URL,
    headline="Poland, Ukraine sign grain licensing deal to replace two-year import ban",
    summary=("Ukrainian wheat, maize, rapeseed, sunflower seed and sugar will enter Poland "
             "under yearly quotas and licences."),
    published="2025-09-16T12:40:00+02:00", modified="2025-09-16T15:05:00+02:00",
    stamp="16.09.2025 12:40 (updated 15:05)", byline="Paweł Gajewski",
    section="Economy", year="2025",
    related=["Zloty steady as investors await rate decision",
             "Polish industrial output beats forecasts in August",
             "Gdańsk port handles record container volume"],
    body="""
WARSAW, Sept 16 (VPA) - Warsaw and Kyiv put their names on Tuesday to a deal that lets
limited volumes of Ukrainian grain, oilseeds and sugar into the Polish market under import
licences, replacing a blanket ban that Warsaw has kept in place since September 2023.

Polish Agriculture Minister Marek Zawadzki and Ukraine's deputy agriculture minister, Oksana
Hrytsenko, signed the document at the agriculture ministry in Warsaw at 11:00 (0900 GMT) after
four rounds of talks over the summer.

Under the deal, imports of five products will be capped at a combined 1.25 million tonnes a
year: 450,000 tonnes of wheat, 500,000 tonnes of maize, 200,000 tonnes of rapeseed, 60,000
tonnes of sunflower seed and 40,000 tonnes of sugar. The system takes effect on October 1.

Licences will be issued by the National Support Centre for Agriculture (KOWR), which will
begin accepting applications on September 22. Each licence will cost 250 zlotys.

"Polish farmers get predictability, and Ukrainian exporters get a door that opens on terms
everyone knows in advance," Zawadzki told reporters after the signing.

[FIG] Polish Agriculture Minister Marek Zawadzki (right) and Oksana Hrytsenko after signing the
agreement in Warsaw, September 16, 2025. || VPA/Tomasz Rybak

Transit of Ukrainian grain through Poland to the Baltic ports and to other EU countries is not
covered by the licences, but trucks and rail wagons will be sealed and tracked by satellite,
and grain lorries will be allowed to cross only at four border points: Dorohusk, Hrebenne,
Medyka and Korczowa.

Each consignment entering the Polish market will need a certificate of origin and a
phytosanitary certificate, and importers must declare where the goods will be processed. The
agriculture ministry will publish monthly figures on how much of each quota has been used.

[AD]

Farmers' organisations gave the deal a cautious welcome. "A quota is only as good as the
checks at the border," said Zbigniew Pawlak, president of the Grain Growers' Federation, adding
that his members would be watching the first months closely.

Before the ban, in the 2022/23 season, Poland took in about 2.4 million tonnes of Ukrainian
grain and oilseeds, according to ministry estimates. Farmers blockaded border crossings and
roads in protest against the inflow in 2023 and again in early 2024.

A joint committee of officials from both countries will meet every three months to review the
quotas, with the first meeting planned for December in Rzeszów.

Budapest and Bratislava still run their own restrictions on Ukrainian farm goods.
Ukraine's government has argued that unilateral bans by EU members breach the bloc's trade
rules, and Kyiv had challenged them at the World Trade Organization; Hrytsenko said on Tuesday
that Ukraine would drop its complaint against Poland once the licences were working.

(Reporting by Paweł Gajewski; Editing by Anna Kowal)
""")

_S3_B_URL = "https://kyivledger.example/business/2025/09/16/poland-reopens-door-ukrainian-grain-licences"
_S3_B = _paper_page(
    site="Kyiv Ledger", url=_S3_B_URL,
    headline="Poland reopens the door to Ukrainian grain, one licence at a time",
    standfirst=("After two years of a unilateral ban, Warsaw and Kyiv agreed on yearly quotas "
                "for five farm products. Exporters call it a start, not a solution."),
    published="2025-09-16T19:15:00+03:00", visible_date="September 16, 2025 19:15",
    author="Iryna Bondarenko", section="Business", year="2025",
    related=["Hryvnia holds steady as central bank sells dollars",
             "Odesa ports report busier August despite attacks",
             "Sunflower oil prices climb on weaker harvest outlook"],
    body="""
Ukrainian wheat, maize, rapeseed, sunflower seed and sugar will be able to cross into Poland
again from October 1, but only in fixed quantities and with a licence, under an agreement the
two governments signed in Warsaw on Tuesday.

The deal was signed at noon Kyiv time by Oksana Hrytsenko, Ukraine's deputy minister of
economy and trade representative, and Polish Agriculture Minister Marek Zawadzki. It ends the
unilateral ban that Poland imposed two years ago, which Kyiv has called a breach of European
Union rules.

"This is not the open market we want, but it is a market that is no longer closed," Hrytsenko
told the Kyiv Ledger by phone after the ceremony. "For the first time in two years, our
exporters can plan a contract with a Polish buyer and know it will not be stopped at the
border."

## The numbers

Poland will allow in 1.25 million tonnes of the five products a year, split into separate
quotas. The largest are for maize, at half a million tonnes, and wheat, at 450,000 tonnes.
Rapeseed gets 200,000 tonnes, sunflower seed 60,000 tonnes and sugar 40,000 tonnes.

That is about half of what Poland bought from Ukraine in the 2022/23 marketing year, before
the ban, when imports reached roughly 2.4 million tonnes.

Farm trade has strained relations between the two neighbours since 2023, when Polish farmers
angered by cheap Ukrainian produce blocked border crossings and roads. Protests flared again in
early 2024, when grain was spilled from Ukrainian rail wagons at several Polish stations.

Importers will pay 250 zlotys, or about 2,800 hryvnias, for each licence, to be issued by the
Polish agricultural agency KOWR.

[AD]

## Exporters: a start

Serhiy Melnyk, head of the Ukrainian Agrarian Exporters' Council, said the quotas were small
compared with Ukraine's harvest but mattered because of the short distances. "For farmers in
Volyn or Lviv region, a Polish mill is two hours away by truck. Odesa is two days," he said.

Melnyk estimated that the wheat quota alone could be worth about $100 million a year to
Ukrainian producers at current prices.

[FIG] Grain trucks wait at the Yahodyn checkpoint on the border with Poland. || Photo: Kyiv
Ledger / Oleh Savchuk

Transit through Poland, which Ukraine uses to ship grain to Baltic ports and to buyers in
Germany and the Netherlands, will continue outside the quota system. Grain lorries will use
four designated crossings, including Yahodyn-Dorohusk and Shehyni-Medyka.

Hrytsenko said Ukraine would withdraw its World Trade Organization complaint against Poland
once the licences start working. Kyiv's cases against Hungary and Slovakia, which keep their
own bans, remain open.

A bilateral committee will review the quotas every quarter. Its first meeting is expected in
December in the Polish city of Rzeszów.

The agreement still needs to be published in Poland's official journal. Polish officials said
that would happen within days.
""")

_S3_C_URL = "https://agriflows-cee.example/markets/grain/poland-ukraine-licensing-deal-what-traders-need-to-know"
_S3_C = _blog_page(
    site="AgriFlows CEE", url=_S3_C_URL,
    headline="Poland-Ukraine licensing deal: what traders need to know",
    desc="Quotas, fees, crossings and timing of the new Polish import licences for Ukrainian grain, oilseeds and sugar.",
    date_text="Markets | 18 September 2025 | 6 min read", author="By Jakub Nowicki, Warsaw",
    kind="local",
    related=["Black Sea wheat: FOB offers slip on harvest pressure",
             "Rapeseed: Paris futures and the crush margin squeeze",
             "Baltic port logistics: rail slots tighten for autumn"],
    body="""
Tuesday's agreement between Warsaw and Kyiv turns a closed border into a regulated one. For
traders, the questions are practical: how much, how fast, at what cost, and through which
crossings. Here is what we know two days after the signing.

## Volumes

The deal sets a combined ceiling of 1.25 million t a year for five products. Maize has the
biggest allocation, 0.5 million t, followed by wheat at 0.45 million t and rapeseed at 0.2
million t. Sunflower seed (60,000 t) and sugar (40,000 t) are small. Quotas will not be
divided by country of destination inside Poland, but KOWR, the state agency issuing the
licences, may split each yearly amount into quarterly tranches. Officials have not yet said
how.

## Timing

Licensed imports can start from November 1. Applications open earlier, on September 22, so
that the first licences can be in importers' hands before the start date. Quota use
will be counted from the start date, not from the day a licence is issued. Polish officials
said the text would appear in the official journal within days.

## Cost

Each licence costs PLN 250 (about EUR 59). Licences are not transferable and are valid for 90
days from issue, according to the draft regulation published by the agriculture ministry.

[AD]

## Crossings

Grain trucks, whether carrying licensed cargo or transit, will be limited to four road
crossings: Dorohusk, Hrebenne, Medyka and Korczowa. Transit cargo will be sealed and
GPS-tracked to its destination, as it has been since 2023.

## Prices

For Polish buyers, the attraction is freight. Ukrainian wheat from Volyn delivered to mills in
the Lublin region could undercut domestic offers by 30-40 zlotys a tonne at current prices,
traders told AgriFlows. Polish milling wheat was quoted at around PLN 800 per tonne this week,
the lowest level for the time of year since 2020.

## Reactions

Ukraine's chief negotiator, Deputy Economy Minister Oksana Hrytsenko, described the deal as
"not the open market we want, but a market that is no longer closed". Polish Agriculture
Minister Marek Zawadzki said it gave farmers "predictability".

Farm groups are wary. Zbigniew Pawlak of the Grain Growers' Federation warned that "a quota is
only as good as the checks at the border" and called for random laboratory testing of
imported grain.

## Our take

The quotas are modest, around half of what flowed in during 2022/23, and the licence fee is
trivial. The real constraint will be administrative: how fast KOWR processes applications, and
whether the four crossings can handle additional queues in the autumn peak. A quarterly review
committee meets for the first time in December in Rzeszów; expect the first arguments over
quota use there.

Disclosure: AgriFlows CEE is an independent publication. We do not trade physical or futures
positions.
""")

STORY_3 = _story("tr-PB3", "trade", "2025-09-20", [
    _page(_S3_A_URL, _S3_A),
    _page(_S3_B_URL, _S3_B),
    _page(_S3_C_URL, _S3_C),
], [
    ("licensing start date",
     r"(?<!\d)(?:oct(?:ober)?\.? 1|1(?:st)? oct(?:ober)?)(?![\d/])|2025-10-01",
     r"(?<!\d)(?:nov(?:ember)?\.? 1|1(?:st)? nov(?:ember)?)(?![\d/])|2025-11-01"),
    ("Hrytsenko's title",
     r"deputy (?:economy|economic) minister|deputy minister (?:of|for) (?:the )?econom",
     r"deputy (?:agriculture|agricultural|agrarian) minister|deputy minister (?:of|for) agri"),
])


# ---------------------------------------------------------------------------
# Story 4 (rocket-PB4), CONTROL: Orbitra Dynamics' Kestrel-2 suborbital flight from the range
# near Ustka, 00:52 CEST Thursday 2025-06-12 = 22:52 UTC / 6:52 p.m. EDT Wednesday 2025-06-11.
# Apogee 112.4 km (69.8 mi); splashdown 17 min 20 s after lift-off, about 41 km (25 mi)
# offshore; capsule recovered 02:58 CEST. Kestrel-1 (October 2024) reached 61 km (38 mi).
# ---------------------------------------------------------------------------

_S4_A_URL = "https://www.centropa-wire.example/science/polish-startup-rocket-reaches-space-kestrel-2-2025-06-12/"
_S4_A = _wire_page(
    site="Centropa Newswire", url=_S4_A_URL,
    headline="Polish start-up's rocket reaches space on second try",
    summary=("Orbitra Dynamics' Kestrel-2 climbed to 112.4 km from a range on the Baltic coast "
             "and its payload capsule was recovered from the sea."),
    published="2025-06-12T03:25:00+02:00", modified="2025-06-12T08:10:00+02:00",
    stamp="June 12, 2025 3:25 AM GMT+2 Updated 5 hours ago", byline="Michał Dąbrowski",
    section="Science", year="2025",
    related=["ESA signs launch services contract with German firm",
             "Poland's defence ministry orders more air-defence radars",
             "Chipmaker picks Silesia for packaging plant"],
    body="""
WARSAW, June 12 (Centropa) - A suborbital rocket built by Gdańsk start-up Orbitra Dynamics
climbed to an altitude of 112.4 km early on Thursday, the company said, making it the first
privately developed Polish rocket to pass the 100-km line commonly treated as the edge of
space.

The 11.8-metre Kestrel-2 lifted off from a military range near Ustka on the Baltic coast at
00:52 local time (2252 GMT on Wednesday). Its engine, which burns kerosene with concentrated
hydrogen peroxide, fired for 58 seconds.

The payload capsule, carrying four experiments with a combined mass of 23 kg, separated from
the rocket, descended under a parachute and hit the water about 41 km offshore, 17 minutes and
20 seconds after lift-off. A recovery boat lifted it out of the sea at 02:58 local time.

"Tonight a rocket designed and built in Gdańsk went to space and its payload came back dry
enough to use. Two years ago most people thought this was a hobby," chief executive Magdalena
Wróbel said in a statement.

[FIG] The Kestrel-2 rocket lifts off from the range near Ustka, Poland, June 12, 2025. ||
Orbitra Dynamics/Handout via Centropa

The flight follows a setback last October, when the first Kestrel reached 61 km but its capsule
was lost after the parachute failed to open.

The experiments on board include a radiation dosimeter from the Gdańsk University of Technology,
a camera module built by students at the Warsaw University of Technology, a plant-seed
experiment from a start-up in Kaunas, Lithuania, and a tracking beacon for the Polish Space
Agency (POLSA).

[AD]

A first launch attempt early on Tuesday was called off because of strong winds at high altitude.
The company had permission from military and maritime authorities to fly until June 15.

Orbitra, which employs 64 people, raised 38 million zlotys ($10.2 million) from investors last
year. It plans to fly a larger rocket, Kestrel-3, able to carry up to 150 kg, in 2026, and is
designing a small orbital launcher that it hopes to fly before the end of the decade.

Sounding rockets such as the Kestrel are used to give experiments a few minutes of
weightlessness and exposure to conditions above the atmosphere, at a fraction of the cost of an
orbital mission. Several European companies are developing small launch vehicles, but Poland,
whose space industry consists mostly of satellite and component makers, has no launcher of its
own.

POLSA said in a statement on Thursday morning that the flight was "a milestone for the Polish
space sector" and that it would analyse data from its beacon over the coming weeks.

Orbitra said it would take several weeks to go through all the flight data, but that the
rocket's fins, its avionics and the capsule's heat shield had performed as designed.

(Reporting by Michał Dąbrowski; Editing by Martin Hale)
""")

_S4_B_URL = "https://www.suborbitalreport.example/2025/06/11/orbitra-kestrel-2-apogee-112-km-recovery/"
_S4_B = _paper_page(
    site="The Suborbital Report", url=_S4_B_URL,
    headline="Orbitra's Kestrel-2 tops 69 miles, capsule recovered off Polish coast",
    standfirst=("The Gdańsk company's second flight clears the Kármán line after last year's "
                "parachute failure. Next up: a 150-kilogram-class vehicle."),
    published="2025-06-11T21:30:00-04:00", visible_date="June 11, 2025 at 9:30 PM EDT",
    author="Dana Whitcomb", section="Launch", year="2025",
    related=["Test stand roundup: three engine firings this week",
             "Small-launch pricing: what the market will bear in 2025",
             "Q&A: the insurers watching suborbital tourism"],
    body="""
Orbitra Dynamics, a Polish rocket company based in Gdańsk, put its Kestrel-2 sounding rocket
above the internationally recognized 100-km boundary of space on Wednesday evening, U.S. time,
and fished its payload capsule out of the Baltic a little over two hours later.

Liftoff came at 6:52 p.m. EDT (00:52 Thursday local time) from a Polish military range near the
coastal town of Ustka. The rocket reached an apogee of 112.4 km, or about 69.8 miles, roughly
three minutes into the flight, according to telemetry the company shared with The Suborbital
Report. The vehicle spent about 100 seconds above 100 km.

This is the company's second launch. The first Kestrel, flown in October 2024, topped out at 61
km (38 miles), and its capsule was lost at sea when the main parachute did not deploy.

## A clean recovery

This time the recovery system worked. "The parachute opened at 5.2 kilometers, exactly where the
model said it would," flight director Tomasz Leśniak told us. That is about 3.2 miles up. The
capsule splashed down some 25 miles (41 km) from shore, and the crew of a chartered boat had it
on deck at 8:58 p.m. EDT.

[AD]

Kestrel-2 stands about 39 feet tall and is powered by a pressure-fed engine running on kerosene
and high-concentration hydrogen peroxide, a propellant combination that several European
start-ups favor because it is storable and relatively benign to handle. The burn lasted 58
seconds.

The 23-kg (51-lb) payload stack carried four experiments: a dosimeter, a student-built camera, a
seed-germination package from a Lithuanian start-up and a beacon for the Polish Space Agency.

CEO Magdalena Wróbel, a former engineer at the European Space Agency's technical centre in the
Netherlands, summed the night up for us in one line: a rocket "designed and built in Gdańsk went
to space".

## What comes next

Orbitra raised 38 million zlotys, about $10.2 million, in a funding round last year. The next
vehicle, Kestrel-3, is meant to lift up to 150 kg (330 lb) and is planned for 2026. The company
says it is also working on a small orbital launcher, without committing to a date beyond "this
decade".

The flight was the second attempt in this launch window. A try on Monday night U.S. time was
scrubbed for upper-level winds.

We asked Orbitra whether it plans to sell Kestrel-2 flights commercially. Wróbel said the
company would "fly a few more times for ourselves first" and then offer rides to universities
and research institutes, probably from 2026.

For the European sounding-rocket market, long dominated by government-run programs flying from
Esrange in Sweden and Andøya in Norway, a privately run option on the southern Baltic would be a
new entrant. Pricing has not been announced.
""")

_S4_C_URL = "https://pomorze-evening.example/ustka/rakieta-nad-ustka-in-the-night-kestrel-2"
_S4_C = _blog_page(
    site="Pomeranian Evening News", url=_S4_C_URL,
    headline="A rocket over Ustka: night launch drew crowds to the beach",
    desc="Hundreds watched from the promenade as a Gdańsk company's rocket flew to space from the range near Ustka.",
    date_text="Published 12.06.2025, 11:20", author="Anna Szulc",
    kind="local",
    related=["Słupsk: roadworks on Kaszubska street until August",
             "Ustka lighthouse reopens to visitors after repairs",
             "Herring season: prices at the harbour fall"],
    body="""
Hundreds of people spent the night from Wednesday to Thursday on the beach and the promenade in
Ustka, waiting for a rocket. At 0:52 they got what they came for: a bright point of light
climbing out over the sea from the military range, followed a few seconds later by a low rumble
that set off car alarms in the car park by the harbour.

The Kestrel-2 rocket, built by the Gdańsk company Orbitra Dynamics, reached a height of more
than 112 kilometres, which means it flew into space. Its capsule with experiments came down on a
parachute into the Baltic and was picked up by a boat before 3 a.m.

"I have lived here for sixty years and I have seen a lot of things over this sea, but never
this," said Henryk Lipiński, a retired fisherman who watched from the western breakwater with his
grandchildren. "The little ones will talk about it all summer."

[FIG] The rocket's trail over the sea, seen from the promenade in Ustka. || Photo: Pomeranian
Evening News / Kamil Wrona

The launch could also be seen from Słupsk, about 18 kilometres inland, and from the beaches in
Rowy and Jarosławiec, according to readers who sent us photos and videos.

## Second time lucky

It was the second attempt this week. The first, in the early hours of Tuesday, was called off
shortly before the planned start because of strong wind high above the ground. Some of the people
on the beach on Thursday night had also been there on Tuesday.

Last October, the company's first rocket reached 61 kilometres, but the capsule was never found
after its parachute failed.

[AD]

The company's boss, Magdalena Wróbel, thanked local residents and the staff of the range. "We
know that closing part of the sea and the roads at night is not nothing for a town like Ustka,"
she said. "We will come back, and we will try to make it worth it for the town too."

Ustka's mayor, Barbara Kostecka, said she hoped the launches could become an attraction. "We have
the lighthouse, the beach and the herring. If we also have rockets, why not?" she told us. The town
is discussing with the company whether a viewing area could be set up for future launches.

## Restrictions

During the launch window, which lasts until Sunday, 15 June, parts of the sea off Ustka are closed
to shipping and fishing boats at night, and the road to the range is closed to traffic. The
harbour master's office said the restrictions would be lifted on Monday morning unless the
company asked for another extension.

Fishermen who lost two nights at sea were philosophical about it. "The herring will still be
there," said one of the boat owners in the harbour.

Orbitra Dynamics employs 64 people and has its headquarters in Gdańsk-Oliwa. The company says its
next, bigger rocket should fly next year.
""")

_S4_D_URL = "https://english.ppm-radio.example/science/gdansk-rocket-kestrel-2-reaches-space"
_S4_D = _broadcast_page(
    site="Polish Public Media English", url=_S4_D_URL,
    headline="Gdańsk-built rocket reaches space, capsule recovered from the Baltic",
    lead=("The Kestrel-2 rocket of the company Orbitra Dynamics rose to more than 112 km "
          "shortly before 1 a.m. on Thursday. The Polish Space Agency called it a milestone."),
    published="2025-06-12T10:15:00+02:00", visible_date="12 June 2025, 10:15",
    author="Piotr Sadowski", year="2025",
    related=["Polish satellite operator signs deal with Scandinavian partner",
             "Heatwave warning for central Poland at the weekend",
             "Toruń observatory marks 80 years"],
    body="""
A rocket designed and built in Poland has flown into space. The Kestrel-2, developed by the
Gdańsk-based company Orbitra Dynamics, lifted off from the Central Air Force Training Range near
Ustka, in Pomerania, shortly before 1 a.m. on Thursday and reached an altitude of 112.4
kilometres.

The internationally used boundary of space, the so-called Kármán line, lies at 100 kilometres.

After the engine shut down, the capsule with four scientific experiments separated from the
rocket and returned to Earth on a parachute. It landed in the sea around 41 kilometres from the
coast and was recovered by a boat at about 3 a.m. The whole flight, from lift-off to the capsule
touching the water, took just over 17 minutes.

"Tonight a rocket designed and built in Gdańsk went to space," the company's chief executive,
Magdalena Wróbel, said shortly after the recovery. "Two years ago most people thought this was a
hobby."

[FIG] Orbitra Dynamics engineers with the recovered capsule in the port of Ustka on Thursday
morning. || Photo: PPM / Joanna Lis

## Space agency: a milestone

The Polish Space Agency, POLSA, which had a tracking beacon on board, described the flight as a
milestone for the Polish space sector. "For years, Polish institutions have had to send their
experiments abroad to fly them. Today we have seen that it can be done from our own coast,"
agency spokesman Adam Zięba told PPM.

Other instruments on the flight came from the Gdańsk University of Technology, which measured
radiation, from students of the Warsaw University of Technology, and from a young company in
Kaunas, in neighbouring Lithuania, which sent seeds to study how they react to a few minutes of
weightlessness.

[AD]

## A failure last year

The success comes eight months after the company's first rocket, the Kestrel-1, ended in
disappointment. In October 2024 it climbed to 61 kilometres, but the parachute did not open and
the capsule was lost in the sea.

Flight director Tomasz Leśniak said the team had rebuilt the recovery system from scratch. "The
parachute opened at 5.2 kilometres, exactly where the model said it would," he said.

A first attempt to launch the Kestrel-2 was called off on Tuesday because of strong winds high
in the atmosphere.

In Ustka, several hundred people watched the night launch from the beach and the promenade, and
the rocket's light was also visible from Słupsk. Parts of the sea off the coast and the road to
the range remain closed at night until the end of the launch window on Sunday.

Orbitra Dynamics, founded in 2021, employs 64 people. Last year it raised 38 million zlotys,
roughly 8.9 million euros, from private investors. Its next rocket, the Kestrel-3, is supposed to
carry up to 150 kilograms of payload and fly in 2026. In the longer term, the company wants to
build a small rocket capable of putting satellites into orbit.
""")

STORY_4 = _story("rocket-PB4", "rocket", "2025-06-16", [
    _page(_S4_A_URL, _S4_A),
    _page(_S4_B_URL, _S4_B),
    _page(_S4_C_URL, _S4_C),
    _page(_S4_D_URL, _S4_D),
], [])


# ---------------------------------------------------------------------------
# Story 5 (court-PB5), CONTROL: Tallinn Circuit Court ruling, Friday 2025-12-05, 11:00 EET
# (09:00 GMT). Former deputy mayor Priit Vaher: first instance (Harju County Court, 14 March
# 2025) five counts, EUR 184,500, 4 years 6 months; appeal: one count (EUR 32,000) dropped,
# four counts, EUR 152,500 (about $177,000), 4 years. Developer Arvo Rebane's sentence upheld.
# ---------------------------------------------------------------------------

_S5_A_URL = "https://news.epm-broadcast.example/en/crime/appeals-court-cuts-former-deputy-mayor-vaher-sentence"
_S5_A = _broadcast_page(
    site="EPM News in English", url=_S5_A_URL,
    headline="Appeals court cuts ex-deputy mayor Vaher's bribery sentence to four years",
    lead=("Tallinn Circuit Court acquitted Priit Vaher on one of five bribery counts but upheld "
          "the rest. He remains free while he appeals to the Supreme Court."),
    published="2025-12-05T13:20:00+02:00", visible_date="05.12.2025 13:20",
    author="EPM News", year="2025",
    related=["Tallinn city budget for 2026 passes first reading",
             "Rail Baltica: Ülemiste terminal works enter final phase",
             "Government to review rules on municipal land deals"],
    body="""
Tallinn Circuit Court on Friday took six months off the prison term of Priit Vaher, the
city's former deputy mayor, leaving him with four years instead of four and a half, after finding that one of the payments he was
convicted of taking had in fact been a loan that he later repaid.

The court upheld Vaher's conviction on four counts of accepting bribes, totalling €152,500,
from developer Arvo Rebane and his company between 2019 and 2021. It acquitted him on a fifth
count, concerning €32,000 he received in 2019.

Presiding judge Kadri Saar read out the ruling at 11 a.m. The decision of the three-member
panel was unanimous.

"The court has no doubt that the remaining payments were made in exchange for decisions within
the defendant's authority," Saar said. "In the case of the 2019 transfer, the prosecution did
not prove that it was anything other than what the defendant said it was."

[FIG] Priit Vaher (left) with his lawyer Hendrik Kukk at Tallinn Circuit Court on Friday. ||
Photo: EPM / Siim Lõhmus

Vaher, 58, was responsible for city planning as deputy mayor from 2017 to 2021. According to
the charges, Rebane's company, Põhjaranna Arendus, paid him in cash and covered the renovation
of his summer house in Lääne County in return for approving detailed plans for three residential
projects, two of them in Kalamaja and one in Kristiine.

Harju County Court convicted Vaher on all five counts in March and sentenced him to four years
and six months in prison.

## Developer's sentence unchanged

The appeals court left Rebane's sentence as it was: two years' imprisonment, suspended with a
three-year probation period. The fine of €250,000 imposed on his company also stands.

The court ordered the confiscation of €152,500 from Vaher, the amount of the bribes it found
proven, down from €184,500 in the lower court's judgment.

[AD]

State prosecutor Liis Rätsep said the prosecution was satisfied that the heart of its case had
held. "The court confirmed the core of our case: the deputy mayor's signature had a price," she
told EPM. The Office of the Prosecutor General will decide after reading the full judgment
whether to contest the acquittal on the fifth count.

Vaher's lawyer, Hendrik Kukk, said his client would take the case to the Supreme Court. "We are
glad the court corrected one error. We believe it will have to correct the others as well," he
said.

The parties have 30 days to appeal. Until the ruling takes effect, Vaher remains at liberty.

The Internal Security Service (KAPO) detained Vaher in May 2022. His trial at the county court
began in January 2024.

A separate trial of a former city planning official, Kristjan Mänd, who is accused of helping
Rebane's company obtain internal documents, is due to begin at Harju County Court on 9 February.
""")

_S5_B_URL = "https://www.tallinnobserver.example/news/2025/12/05/vaher-verdict-what-changed-on-appeal"
_S5_B = _paper_page(
    site="The Tallinn Observer", url=_S5_B_URL,
    headline="Vaher verdict: the loan that shaved six months off a bribery sentence",
    standfirst=("The circuit court accepted the former deputy mayor's account of one payment, "
                "but found that four others bought planning decisions in Kalamaja and Kristiine."),
    published="2025-12-05T18:00:00+02:00", visible_date="Friday, December 5, 2025",
    author="Kertu Lepik", section="News", year="2025",
    related=["Editorial: city hall still has no lobbying register",
             "Tallinn's planning department to publish all detailed plans online",
             "Property prices in Põhja-Tallinn flatten after five-year climb"],
    body="""
For more than three years, Priit Vaher has insisted that the €32,000 he received from a developer in the
spring of 2019 was a loan between acquaintances, and that he paid it back. On Friday, for the
first time, a court agreed with him.

It was the only part of his defence that worked. Tallinn Circuit Court upheld the former deputy
mayor's conviction on the other four bribery counts and sentenced him to four years in prison,
six months less than the county court had given him in March.

The ruling, read out shortly after 11 o'clock in a full courtroom, leaves the core of the
prosecution's case intact. Between 2019 and 2021, the court found, Vaher took a total of
€152,500 from Arvo Rebane, the owner of the development company Põhjaranna Arendus, in return
for approving detailed plans that allowed Rebane to build on three plots in the city.

## What the money was

According to the judgment, the bribes took four forms: €60,000 in cash in 2019, the €41,000
renovation of Vaher's summer house near Haapsalu in 2020, another €28,000 in cash later that
year and €23,500 in cash in 2021. Two of the projects concerned are in Kalamaja, in the Põhja-
Tallinn district; the third is in Kristiine.

The disputed payment of €32,000 was a bank transfer, and Vaher's defence produced records of
repayments in instalments over the following year. The county court had dismissed them as a
cover. The circuit court found that the prosecution had not shown they were.

[AD]

Presiding judge Kadri Saar, sitting with the other two judges of the panel, Rein Org and Maarja
Liiv, also reduced the sum to be confiscated from Vaher to €152,500, matching the bribes found
proven.

The court did not touch the sentence of Rebane, 61, who was convicted of giving the bribes: two
years, suspended on condition that he commits no new offence during three years of probation.
His company must still pay a €250,000 fine.

## Both sides may appeal

Vaher, who was not in custody, left the courthouse without speaking to reporters. His lawyer,
Hendrik Kukk, said an appeal to the Supreme Court in Tartu would be filed "well before the
deadline". The parties have 30 days.

State prosecutor Liis Rätsep said the judgment "confirmed the core of our case", and that the
deputy mayor's signature had had a price. Whether the prosecution appeals the partial acquittal
will be decided after the full reasoning is published.

Vaher served as deputy mayor responsible for planning from 2017 until 2021, and then sat on the
city council until 2023. He has not been active in politics since. The case came to light when
the Internal Security Service detained him in May 2022.

The case has had consequences beyond the courtroom. Tallinn city hall changed its rules in 2023
so that detailed plans are now approved by the city government as a whole rather than by a
single deputy mayor, and the planning department has begun publishing its correspondence with
developers.

[ALSO] Timeline: the Vaher case from the 2022 arrest to Friday's ruling
""")

_S5_C_URL = "https://balticgraftwatch.example/posts/vaher-appeal-ruling-tallinn"
_S5_C = _blog_page(
    site="Baltic Graft Watch", url=_S5_C_URL,
    headline="Tallinn: appeal trims ex-deputy mayor's sentence, leaves the bribery case standing",
    desc="Priit Vaher now faces four years instead of four and a half. Our notes on the ruling, the money and what happens next.",
    date_text=None, author="Baltic Graft Watch editors",
    related=["Riga port tender case: hearing postponed again",
             "Lithuania's new whistleblower law, one year on",
             "Data: corruption convictions in the Baltics, 2015-2024"],
    body="""
Estonia's second-tier court has handed down its ruling in the best-known municipal corruption
case of recent years. On December 5, Tallinn Circuit Court confirmed that Priit Vaher, who was
the city's deputy mayor in charge of urban planning from 2017 to 2021, sold his signature on
planning decisions to a developer. But it cleared him of one of the five payments in the
indictment and cut his prison term accordingly.

For readers outside Estonia, here is the short version.

**The sentence.** Four years in prison, down from the four years and six months imposed in March
2025 by Harju County Court, the court of first instance.

**The money.** Bribes of €152,500 (about $177,000) over three years, from 2019 to 2021, paid by
developer Arvo Rebane and his firm Põhjaranna Arendus. The county court had put the total at
€184,500. The €32,000 difference is a 2019 payment that the appeals court accepted was a genuine
loan, repaid by Vaher.

**What was bought.** Approval of detailed plans for three housing projects in Tallinn, two in
the Kalamaja neighbourhood and one in Kristiine. Part of the payment was in kind: a renovation
of Vaher's summer house in western Estonia worth €41,000.

[AD]

**The developer.** Rebane's conviction stands, as does his two-year suspended sentence with
three years of probation. His company's €250,000 fine also stands.

**The judges.** A panel of three, led by Kadri Saar. The ruling was unanimous.

**What the prosecution says.** State prosecutor Liis Rätsep: "The court confirmed the core of our
case: the deputy mayor's signature had a price."

**What the defence says.** Hendrik Kukk, Vaher's lawyer, told Estonian media that the court had
"corrected one error" and would have to correct the others. He has said he will go to the
Supreme Court, which sits in Tartu.

## What happens next

Both sides have 30 days to lodge an appeal. The Supreme Court decides whether to accept a case at
all, and in practice it takes only a minority of the criminal appeals it receives. Until the
judgment enters into force, Vaher stays free.

A related case continues. Kristjan Mänd, a former official of the city's planning department,
goes on trial at Harju County Court on 9 February 2026, charged with passing internal documents
to Rebane's company.

## Why it matters

The Vaher case was opened by the Internal Security Service, better known as KAPO, which detained
him in May 2022. It has already changed how Tallinn works: since 2023, detailed plans need the
approval of the city government as a whole, not of one deputy mayor. Our view is that this is
an improvement, but that the city still lacks two basic tools, a lobbying register and a public
log of meetings between planners and developers.

We will follow the appeal and report on the Mänd trial when it opens. Tips and documents are
welcome through our secure form.
""")

STORY_5 = _story("court-PB5", "court", "2025-12-09", [
    _page(_S5_A_URL, _S5_A),
    _page(_S5_B_URL, _S5_B),
    _page(_S5_C_URL, _S5_C),
], [])


# ---------------------------------------------------------------------------
# Story 6 (quake-PB6), CONTROL: Vrancea intermediate-depth earthquake, 01:34 EET Wednesday
# 2026-02-18 = 23:34 GMT Tuesday 2026-02-17. INFP Mw 5.8 (USGS 5.7), depth 138 km (86 mi),
# near Nereju, about 150 km (93 mi) NE of Bucharest. Toll grows: 9 treated (02:10 GMT) ->
# 27 treated, 11 in hospital, 1 dead (midday). Aftershocks 4 (first two hours) -> 9 (11:00).
# ---------------------------------------------------------------------------

_S6_A_URL = "https://www.danubepress.example/world/europe/magnitude-5-8-quake-shakes-romania-felt-in-moldova-bulgaria-20260218"
_S6_A = _wire_page(
    site="Danube Press Service", url=_S6_A_URL,
    headline="Magnitude 5.8 quake shakes Romania, felt in Moldova and Bulgaria",
    summary=("A deep earthquake in Romania's Vrancea region woke people across the country "
             "and in neighbouring states; minor injuries reported."),
    published="2026-02-18T02:10:00+00:00", modified="2026-02-18T02:55:00+00:00",
    stamp="February 18, 2026 2:10 AM GMT", byline="Radu Stoica",
    section="World", year="2026",
    related=["Bulgarian parliament fails to elect speaker for third day",
             "Romania's budget deficit target under EU scrutiny",
             "Danube water levels rise after mild spell"],
    body="""
BUCHAREST, Feb 18 (DPS) - A deep earthquake measured at magnitude 5.8 rattled Romania's
Vrancea region at 2334 GMT on Tuesday, shaking buildings in Bucharest and waking people as far away as Moldova
and northeastern Bulgaria, Romanian authorities said.

The quake hit at 1:34 a.m. local time on Wednesday at a depth of 138 km, according to
Romania's National Institute for Earth Physics (INFP). Its epicentre was near the village of
Nereju in Vrancea County, about 150 km northeast of the capital. The U.S. Geological Survey's own
estimate was slightly lower, at 5.7.

At least nine people were treated for minor injuries, most of them hurt while rushing out of
their homes, the Department for Emergency Situations (DSU) said about two and a half hours after
the tremor. Nobody had been reported killed, and no building was known to have come down.

[FIG] People wait outside an apartment block in Bucharest after an earthquake, February 18,
2026. || DPS/Cristian Vasile

In Bucharest, residents described furniture sliding and crockery falling from shelves for about
20 seconds. Many went into the streets in temperatures close to freezing and waited there for
more than an hour.

"Check walls, ceilings and staircases for new cracks, and call us if you see any, but do not
panic," DSU head Andrei Neagu said in a video message. Teams were inspecting buildings in
Bucharest and in Vrancea, he said.

[AD]

INFP recorded four aftershocks in the first two hours, the strongest of magnitude 3.4.

In Vrancea County, close to the epicentre, chimneys toppled in several villages, local
officials told DPS, and the county authorities decided to keep schools shut on Wednesday while
the buildings were checked. The railway operator CFR halted trains in the area so that tracks
and bridges could be inspected.

The prime minister's office said the government's emergency committee would meet in the morning
to review the first damage reports.

The quake was felt in the Moldovan capital Chişinău, about 220 km from the epicentre, and in the
Bulgarian cities of Ruse and Varna, residents said on social media.

Earthquakes at this depth spread their energy over a wide area and tend to cause relatively
light damage near the epicentre. "This one behaved exactly like that," said INFP seismologist
Mihaela Dobre, speaking on Romanian television.

Vrancea, where the Carpathians curve sharply, produces more strong tremors than anywhere else
in the country. The region's quake of March 4, 1977, of magnitude 7.4, cost more than 1,500
lives, and Bucharest, where dozens of apartment blocks fell, bore the brunt.

Romania's capital still has hundreds of old buildings classed as being at high risk of collapse
in a strong quake, many of them marked with red signs. Successive governments have promised to
speed up their reinforcement.

(Reporting by Radu Stoica; Additional reporting by Elena Munteanu in Chişinău; Editing by Paul
Grant)
""")

_S6_B_URL = "https://www.bucharestchronicle.example/news/earthquake-vrancea-february-18-damage-injuries-aftershocks"
_S6_B = _paper_page(
    site="Bucharest Chronicle", url=_S6_B_URL,
    headline="Vrancea quake: one dead, 27 treated, dozens of buildings checked for cracks",
    standfirst=("The magnitude 5.8 earthquake that woke the country at 1:34 a.m. caused "
                "limited damage, seismologists say, thanks to its depth."),
    published="2026-02-18T13:05:00+02:00", visible_date="18 February 2026, 13:05",
    author="Ioana Dumitrescu", section="News", year="2026",
    related=["Bucharest city hall publishes updated seismic risk list",
             "How to prepare an emergency bag: a checklist",
             "Metro services normal after overnight checks"],
    body="""
The tremor that jolted Romanians awake before dawn on Wednesday has claimed one life. A
78-year-old woman in Focşani died of a heart attack during the tremor, the Vrancea prefect's
office said on Wednesday morning.

By midday, 27 people across the country had sought medical help, and 11 of them were taken to
hospital, the Department for Emergency Situations said. Most had been hurt by falling objects or
while running down stairs.

The quake, of magnitude 5.8 according to the National Institute for Earth Physics (INFP), struck
at 1:34 a.m. at a depth of 138 kilometres beneath Vrancea County. International agencies gave
slightly lower estimates: the United States Geological Survey measured it at 5.7.

[FIG] A cracked chimney lies in a courtyard in Nereju, Vrancea County, on Wednesday morning. ||
Photo: Bucharest Chronicle / Andrei Popa

"Vrancea earthquakes at this depth are felt far away and do relatively little damage near the
epicentre. This one behaved exactly like that," said Mihaela Dobre, a seismologist at the INFP.
"We expect more aftershocks over the coming days, but they should be small."

By 11 a.m., the institute had recorded nine aftershocks, the strongest of magnitude 3.4.

## Damage in Vrancea

The worst damage was close to the epicentre. In Nereju and the neighbouring village of Năruja,
dozens of chimneys fell and the bell tower of Nereju's church was cracked. "Nobody in these
villages was hurt, which is the most important thing," Vrancea prefect Gheorghe Toma told the
Chronicle. Schools in the county were closed on Wednesday and are due to reopen on Thursday once
inspectors have checked the buildings.

Railway operator CFR stopped trains in the area for about two hours overnight to inspect tracks
and bridges.

[AD]

## Bucharest: 41 buildings inspected

In the capital, about 150 kilometres from the epicentre, city hall said inspectors had visited 41
buildings by midday after residents reported new cracks. None had been evacuated. In the old town,
plaster fell from the façade of a 19th-century building on Lipscani street onto a parked car.

Many Bucharest residents spent part of the night outdoors. "The wardrobe was walking across the
room," said Elena Marin, 64, who lives on the eighth floor of a block in the Titan district. "I
took my coat and my documents and went down the stairs in my slippers."

The earthquake was also felt in the Republic of Moldova, in Ukraine's Odesa region and in
northeastern Bulgaria.

## A reminder of 1977

Seismologists say Vrancea produces a strong earthquake several times a century. The most
destructive in living memory, on 4 March 1977, had a magnitude of 7.4 and left more than 1,500
dead, the great majority of them in the capital. In August 1986, a magnitude 7.1 quake struck at a similar
depth of about 130 kilometres but caused far less damage.

Bucharest still has hundreds of buildings in the highest seismic risk class. City hall said on
Wednesday that it would publish an updated list next month.
""")

_S6_C_URL = "https://chisinau-today.example/en/society/earthquake-in-romania-felt-in-chisinau-no-injuries-in-moldova"
_S6_C = _blog_page(
    site="Chişinău Today", url=_S6_C_URL,
    headline="Night earthquake in Romania felt across Moldova; no injuries reported",
    desc="Residents of Chişinău, Bălţi and Cahul were woken by the tremor. Emergency services received dozens of calls.",
    date_text="18.02.2026, 16:40", author="Chişinău Today",
    kind="local",
    related=["Chişinău: trolleybus route 22 diverted for roadworks",
             "Parliament debates new rules for pharmacies",
             "Weather: snow returns at the weekend"],
    body="""
Thousands of people in Moldova were shaken out of sleep in the early hours of Wednesday by an
earthquake across the border in Romania.
The tremor, which struck at 01:34, was felt in Chişinău, Bălţi, Cahul, Comrat and many villages,
especially in the south of the country.

The earthquake had a magnitude of 5.8 and its source lay deep underground, 138 kilometres below
the Vrancea area of Romania, about 220 kilometres from Chişinău, according to Romania's National
Institute for Earth Physics.

In Moldova nobody was injured, the General Inspectorate for Emergency Situations (IGSU) said.
Its spokeswoman, Natalia Rusu, said the 112 emergency line had received 63 calls in the first
hours after the tremor, most of them from worried residents of upper floors of apartment blocks.

"We have found cracks in the walls of a school in Cahul and in one apartment block in the
Botanica sector of Chişinău. Engineers are checking both buildings today, and classes in the
school have been suspended as a precaution," Rusu said.

[AD]

Residents of the capital told Chişinău Today that the shaking lasted for several seconds. "The
chandelier was swinging and the glasses in the cupboard were ringing. My husband slept through it,
I did not," said Valentina, who lives on the ninth floor of a block in Rîşcani.

Many people went outside in their coats, and some stayed in their cars until morning.

## In Romania, one death

In Romania, where the quake was much stronger, one person died and 27 people needed medical
help, according to Romanian authorities. The woman who died, aged 78, suffered a heart attack in
the city of Focşani. Dozens of chimneys fell in villages near the epicentre, and in Bucharest
inspectors were checking buildings with new cracks.

By midday the Romanian institute had recorded nine aftershocks, none stronger than magnitude
3.4. None of them was felt in Moldova.

Moldova's own seismic network also registered the quake. The Institute of Geology and Seismology
in Chişinău said its stations had recorded it clearly and that its readings matched the
Romanian figures.

## How to prepare

The IGSU reminded people what to do during an earthquake: keep clear of windows, shelter beneath
a solid table or beside an inside wall, and leave lifts alone. After the shaking stops, leave
the building calmly, taking documents, water and warm clothes.

Moldova lies close to the Vrancea seismic zone and has been hit hard in the past. The earthquake
of 4 March 1977, of magnitude 7.4, damaged many buildings in Chişinău, although the worst
destruction was in Bucharest. Experts say a large part of the country's housing built before 1990
has never been assessed for earthquake resistance.

The government's commission for emergency situations is due to meet on Thursday to discuss the
inspections.
""")

STORY_6 = _story("quake-PB6", "earthquake", "2026-02-21", [
    _page(_S6_A_URL, _S6_A),
    _page(_S6_B_URL, _S6_B),
    _page(_S6_C_URL, _S6_C),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
