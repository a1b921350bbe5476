"""Part QC of the story battery (web pages).

Written by engineer QC1 on 2026-12-06 (twenty-second session, sixteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py QC`.

Six invented 2025-2026 events in South and Central Asia, each told by 3-4 invented outlets as
whole scraped pages. cb-QC1 (State Bank of Pakistan cuts its policy rate to 10.5%) is a
CONTROL; el-QC2 (Bishkek city council election, preliminary and final counts) is a CONTROL;
co-QC3 (Nepal Supreme Court Constitutional Bench strikes down a farmland-reclassification
clause) has three planted disagreements: the vote split (4-1 vs 3-2), who said "the valley
cannot eat concrete" (advocate Bhattarai vs farmers' leader Maharjan) and the deadline for the
parcel list (three months vs six months); tr-QC4 (Kazakhstan-Uzbekistan certificate protocol
and border green lane) has three: the number of product categories (412 vs 421), Serik
Zhumabekov's title (minister vs deputy minister of trade and integration) and the wording of
Rakhimov's quote ("under three hours" vs "under a day"); ro-QC5 (ISRO's PSLV-C67 launches
RISAT-3A, a launch that falls on different calendar days in IST, UTC and EDT) is a CONTROL;
eq-QC6 (earthquake in eastern Tajikistan with a rising toll) has two: the local clock time of
the quake (4:17 a.m. vs 4:47 a.m.) and the district of the epicentre (Rasht vs Lakhsh).
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "QC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Page building helpers.  Article bodies are written as plain text: paragraphs separated by a
# blank line; "## " starts a sub-head, "[AD]" drops an advertisement block, "[FIG] caption |
# credit" a photo with caption and credit.
# ---------------------------------------------------------------------------------------------

def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(s: str) -> str:
    return _esc(s).replace('"', "&quot;")


def _blocks(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for chunk in text.strip().split("\n\n"):
        line = " ".join(x.strip() for x in chunk.strip().splitlines())
        if not line:
            continue
        if line.startswith("## "):
            out.append(("h", line[3:]))
        elif line == "[AD]":
            out.append(("ad", ""))
        elif line.startswith("[FIG] "):
            out.append(("fig", line[6:]))
        else:
            out.append(("p", line))
    return out


_ADS = [
    "Fibre broadband is now live in more neighbourhoods. Check whether your street is connected.",
    "Learn a new language in your lunch break. Start a free trial today.",
    "Book your winter tyre fitting online and skip the queue at the garage.",
    "Business class for less: see this season's fares to the Gulf and Europe.",
    "Tired of slow laptops? Trade in your old device and save on a new one.",
    "Family health cover with no paperwork. Get a quote in minutes.",
]


def _body(text: str, ad: str, fig: str, h: str = "h2", seed: int = 0) -> str:
    parts: list[str] = []
    n = seed
    for kind, val in _blocks(text):
        if kind == "p":
            parts.append(f"<p>{_esc(val)}</p>")
        elif kind == "h":
            parts.append(f"<{h}>{_esc(val)}</{h}>")
        elif kind == "ad":
            parts.append(ad.replace("%AD%", _esc(_ADS[n % len(_ADS)])).replace("%N%", str(n)))
            n += 1
        else:
            cap, _, cred = val.partition(" | ")
            parts.append(fig.replace("%CAP%", _esc(cap)).replace("%CRED%", _esc(cred))
                         .replace("%ALT%", _attr(cap)).replace("%N%", str(n)))
            n += 1
    return "\n".join(parts)


def _head(title: str, desc: str, url: str, site: str, image: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_esc(title)}</title>\n'
            f'<meta name="description" content="{_attr(desc)}">\n'
            f'<link rel="canonical" href="{url}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{_attr(title)}">\n'
            f'<meta property="og:description" content="{_attr(desc)}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="og:site_name" content="{_attr(site)}">\n'
            f'<meta property="og:image" content="{image}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n'
            f'{extra}'
            f'<link rel="stylesheet" href="/static/css/main.css">\n</head>\n')


def _related(items: list[tuple[str, str]], cls: str, label: str) -> str:
    lis = "".join(f'<li><a href="{u}">{_esc(t)}</a></li>' for t, u in items)
    return f'<aside class="{cls}"><h3>{_esc(label)}</h3><ul>{lis}</ul></aside>'


# Template 1: wire service.  Date, when given, in JSON-LD; visible timestamp as plain text.
def _tpl_wire(*, site: str, url: str, headline: str, desc: str, section: str, byline: str,
              body: str, iso: str | None, visible: str | None, related: list[tuple[str, str]],
              image: str, seed: int = 0) -> str:
    extra = ""
    if iso:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "datePublished": iso, "dateModified": iso,
              "author": [{"@type": "Person", "name": byline}],
              "publisher": {"@type": "Organization", "name": site},
              "articleSection": section, "mainEntityOfPage": url}
        extra = f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
    ad = ('<div class="ad-container" id="ad-mid-%N%"><span class="ad-tag">Advertisement · '
          'Scroll to continue with content</span><div class="ad-unit">%AD%</div></div>')
    fig = ('<figure class="wire-photo"><img src="https://img.example/wire/%N%.jpg" alt="%ALT%">'
           '<figcaption>%CAP% <span class="credit">%CRED%</span></figcaption></figure>')
    ts = f'<span class="article-ts">{_esc(visible)}</span>' if visible else ""
    return (_head(f"{headline} | {site}", desc, url, site, image, extra)
            + '<body class="wire">\n<a class="skip" href="#main">Skip to main content</a>\n'
            '<div class="consent" role="dialog"><p class="consent-text">We and our partners use '
            'cookies to improve your experience and to measure audiences.</p>'
            '<button>Accept</button><button>Reject non-essential</button></div>\n'
            f'<header class="site-header"><a class="logo" href="/">{_esc(site)}</a><nav>'
            '<a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets'
            '</a><a href="/energy">Energy</a><a href="/technology">Technology</a></nav>'
            '<a class="login" href="/account">Sign in</a></header>\n'
            f'<main id="main"><article><div class="kicker">{_esc(section)}</div>'
            f'<h1>{_esc(headline)}</h1><div class="byline">By {_esc(byline)} {ts}</div>'
            '<div class="share"><button>Share</button><button>Save</button><button>Copy link'
            '</button></div>\n<div class="article-body">\n'
            + _body(body, ad, fig, "h2", seed)
            + '\n</div><div class="trust"><a href="/standards">Our editorial standards</a>'
            '</div></article>\n'
            + _related(related, "rail related", "Read next")
            + f'\n</main>\n<footer><p class="legal">All quotes delayed a minimum of 15 minutes. '
            f'© 2026 {_esc(site)}. All rights reserved.</p><nav><a href="/privacy">Privacy'
            '</a><a href="/terms">Terms of use</a><a href="/cookies">Cookie settings</a></nav>'
            '</footer>\n</body>\n</html>\n')


# Template 2: newspaper.  Date, when given, in article:published_time; visible date as text.
def _tpl_paper(*, site: str, url: str, headline: str, desc: str, section: str, byline: str,
               body: str, iso: str | None, visible: str | None, related: list[tuple[str, str]],
               image: str, seed: int = 1) -> str:
    extra = ""
    if iso:
        extra = (f'<meta property="article:published_time" content="{iso}">\n'
                 f'<meta property="article:section" content="{_attr(section)}">\n')
    ad = ('<aside class="inline-ad" aria-label="advertisement"><div class="ad-label">ADVERTISEMENT'
          '</div><div class="ad-slot" data-slot="inread-%N%">%AD%</div></aside>')
    fig = ('<figure class="story-img"><img src="https://cdn.example/photos/%N%.jpg" '
           'alt="%ALT%"><figcaption class="caption">%CAP% <em class="photo-credit">%CRED%</em>'
           '</figcaption></figure>')
    vis = f'<span class="pub-date">{_esc(visible)}</span>' if visible else ""
    return (_head(f"{headline} - {site}", desc, url, site, image, extra)
            + '<body>\n<a href="#content" class="skip-link">Skip to content</a>\n'
            '<div id="cookie-notice"><span>This site uses cookies. By continuing to browse you '
            'agree to our use of cookies.</span> <a href="/cookie-policy">Learn more</a> '
            '<button id="cookie-ok">OK</button></div>\n'
            f'<div class="masthead"><a href="/" class="brand">{_esc(site)}</a>'
            '<span class="edition">Print edition | E-paper | Subscribe</span></div>\n'
            '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/national">'
            'National</a></li><li><a href="/business">Business</a></li><li><a href="/world">'
            'World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport'
            '</a></li></ul></nav>\n<div class="wrap"><div id="content" class="story">'
            f'<div class="breadcrumb"><a href="/">Home</a> › {_esc(section)}</div>'
            f'<h1 class="headline">{_esc(headline)}</h1><p class="standfirst">{_esc(desc)}</p>'
            f'<div class="meta"><span class="author">{_esc(byline)}</span> {vis}</div>'
            '<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">'
            'WhatsApp</a> <a href="#">Email</a></div>\n<div class="story-body">\n'
            + _body(body, ad, fig, "h3", seed)
            + '\n</div><div class="newsletter-box"><h4>Morning briefing</h4><p class="nl">The day'
            "'s top stories in your inbox before breakfast.</p><input type=\"email\" "
            'placeholder="Your email"><button>Sign up</button></div></div>\n'
            + _related(related, "sidebar most-read", "Most read")
            + f'\n</div>\n<footer class="site-footer"><p class="copyright">© {_esc(site)} 2026. '
            'Reproduction without permission is prohibited.</p><a href="/about">About us</a> '
            '<a href="/contact">Contact</a> <a href="/advertise">Advertise</a></footer>\n'
            '</body>\n</html>\n')


# Template 3: public broadcaster.  Date, when given, in a <time datetime>; else plain text.
def _tpl_broadcast(*, site: str, url: str, headline: str, desc: str, section: str, byline: str,
                   body: str, iso: str | None, visible: str | None,
                   related: list[tuple[str, str]], image: str, seed: int = 2) -> str:
    ad = ('<div class="promo-block"><span class="promo-label">Sponsored</span>'
          '<div class="promo">%AD%</div></div>')
    fig = ('<figure class="media"><img src="https://media.example/images/%N%.jpg" alt="%ALT%">'
           '<figcaption><span class="cap">%CAP%</span> <span class="copyright">%CRED%</span>'
           '</figcaption></figure>')
    if iso:
        when = f'<time datetime="{iso}">{_esc(visible or iso)}</time>'
    elif visible:
        when = f'<span class="date-text">{_esc(visible)}</span>'
    else:
        when = ""
    return (_head(f"{headline} | {site}", desc, url, site, image)
            + '<body>\n<a class="skiplink" href="#story">Skip to content</a>\n'
            '<div class="cookie-bar">Cookies help us deliver our services. <button>Accept'
            '</button> <button>Settings</button></div>\n'
            f'<header><div class="logo">{_esc(site)}</div><nav><a href="/news">News</a>'
            '<a href="/radio">Radio</a><a href="/tv">TV</a><a href="/podcasts">Podcasts</a>'
            '<a href="/live">Live</a></nav><div class="lang">EN | RU | Local</div></header>\n'
            f'<main id="story"><div class="section-tag">{_esc(section)}</div>'
            f'<h1>{_esc(headline)}</h1><div class="story-meta">{_esc(byline)} {when}</div>'
            '<div class="audio-player"><button>▶ Listen to this story</button></div>\n'
            '<div class="story-text">\n'
            + _body(body, ad, fig, "h2", seed)
            + '\n</div><div class="social"><span>Share this story:</span> <a href="#">Telegram'
            '</a> <a href="#">Facebook</a> <a href="#">X</a></div>\n'
            + _related(related, "more-from", "More from News")
            + f'\n</main>\n<footer><div class="footer-links"><a href="/about">About {_esc(site)}'
            '</a> <a href="/charter">Public service charter</a> <a href="/complaints">'
            f'Complaints</a></div><small>© 2026 {_esc(site)}</small></footer>\n'
            '</body>\n</html>\n')


# Template 4: blog / newsletter.  Date, when given, in a <time datetime>; else plain text.
def _tpl_blog(*, site: str, url: str, headline: str, desc: str, section: str, byline: str,
              body: str, iso: str | None, visible: str | None, related: list[tuple[str, str]],
              image: str, seed: int = 3) -> str:
    ad = ('<div class="sponsor-note"><strong>A word from this issue\'s sponsor:</strong> '
          '<span>%AD%</span></div>')
    fig = ('<div class="captioned-image"><img src="https://uploads.example/%N%.png" '
           'alt="%ALT%"><div class="image-caption">%CAP% (%CRED%)</div></div>')
    if iso:
        when = f'<time class="post-date" datetime="{iso}">{_esc(visible or iso)}</time>'
    elif visible:
        when = f'<div class="post-date">{_esc(visible)}</div>'
    else:
        when = ""
    return (_head(f"{headline} - {site}", desc, url, site, image)
            + '<body class="post">\n<a class="skip" href="#post">Skip to content</a>\n'
            f'<div class="topbar"><a href="/" class="pub-name">{_esc(site)}</a> '
            '<a class="subscribe-btn" href="/subscribe">Subscribe</a> <a href="/archive">'
            'Archive</a> <a href="/about">About</a></div>\n'
            f'<article id="post"><div class="post-section">{_esc(section)}</div>'
            f'<h1 class="post-title">{_esc(headline)}</h1><h3 class="subtitle">{_esc(desc)}</h3>'
            f'<div class="post-meta"><span class="author-name">{_esc(byline)}</span> {when}</div>'
            '<div class="post-actions"><button>♡ Like</button> <button>Comment</button> '
            '<button>Share</button></div>\n<div class="body markup">\n'
            + _body(body, ad, fig, "h2", seed)
            + '\n</div></article>\n<div class="subscribe-widget"><p class="sw">Get new posts by '
            'email. Free, and you can leave whenever you like.</p><input type="email" '
            'placeholder="Type your email..."><button>Subscribe</button></div>\n'
            + _related(related, "recommended", "Recent posts")
            + '\n<div class="comments"><h3>Comments</h3><p class="c-empty">Be the first to '
            f'comment.</p></div>\n<footer><small>© 2026 {_esc(site)} · Privacy · Terms · '
            'Unsubscribe</small></footer>\n</body>\n</html>\n')


# =============================================================================================
# STORY 1 - central bank (CONTROL).  State Bank of Pakistan, Monday 16 March 2026: policy rate
# cut by 50 bp from 11% to 10.5%, vote 5-2 (January meeting: hold at 11%, 4-3).  Announced
# 4:30 p.m. Karachi = 11:30 GMT = 11:30 London (GMT until 29 March).  Feb CPI 5.8%.
# =============================================================================================

_S1_A_BODY = """
KARACHI, March 16 (Meridian Wire) - The State Bank of Pakistan brought its policy rate down to
10.5% from 11% on Monday, a 50 basis point move that ended a run of meetings at which borrowing costs had been
parked, and its governor hinted that another reduction should not be expected next month.

The Monetary Policy Committee's decision was published at 11:30 GMT. Five of the committee's
seven members backed the move and two would have preferred to hold, the central bank said, a
wider margin than in January, when the committee kept the rate where it was by four votes to
three.

Fourteen of 17 economists and fund managers surveyed by Meridian Wire last week had predicted a
half-point reduction; the remaining three had pencilled in no change.

"Inflation is now sitting inside our target band, and we would like to watch it stay there for
a few months before we move again," Governor Naveed Hashmi said when he met journalists at the
bank's Karachi headquarters after the announcement.

Consumer prices in February were 5.8% higher than twelve months earlier, compared with 5.1% in
January, according to figures the Pakistan Bureau of Statistics put out earlier this month. The
central bank's medium-term goal is inflation of between 5% and 7%.

[AD]

Hashmi said the committee had left its forecast for economic growth in the fiscal year ending
June 30 at 3% to 4%. He pointed to a string of monthly current-account surpluses and to the
bank's own foreign exchange holdings, which stood at $15.37 billion on March 6, the most recent
weekly reading.

Islamabad is counting on roughly $1 billion from the International Monetary Fund once the
Washington-based lender signs off on the next review of Pakistan's loan programme. Hashmi said
he expected that review to be wrapped up "before the summer".

Business groups have been lobbying for faster easing. Ahead of the meeting the Karachi Chamber
of Commerce and Industry had called for the rate to be brought into single digits before the
federal budget in June.

Pakistan's key rate hit a record 22% in 2023 and stayed there for about a year while the
country fought inflation that at one point ran above 35%.

Cheaper money also eases the strain on the federal government, whose interest bill is the
largest single item in its budget.

The rupee finished Monday's interbank session at 279.85 per dollar, barely changed on the day.
Trading on the Pakistan Stock Exchange had closed before the announcement, so equities get
their first chance to respond on Tuesday.

The committee's next scheduled meeting is on April 27.

(Reporting by Imran Qazi; Editing by Helen Ashworth)
"""

_S1_B_BODY = """
KARACHI: The State Bank of Pakistan (SBP) yesterday took half a percentage point off its key
policy rate, bringing it to 10.5pc in the first reduction after several meetings at which the rate was
held at 11pc, but Governor Naveed Hashmi made it plain that the next step will not come
quickly.

The Monetary Policy Committee (MPC) voted five to two in favour of the cut. According to the
governor, the two members in the minority wanted to see March's inflation reading before
moving.

The MPC statement was released at 4:30pm, and Mr Hashmi faced reporters at the SBP's head
office on I.I. Chundrigar Road soon afterwards.

"Inflation is now sitting inside our target band," he said. Asked whether the committee could
cut again at its April 27 meeting, he replied that the bank "would like to watch it stay there
for a few months before we move again".

Headline inflation, measured by the consumer price index, rose to nearly 6pc in February from
5.1pc in January, while urban core inflation, which leaves out food and energy, stood at
7.2pc. The SBP's medium-term target range is 5-7pc.

[FIG] SBP Governor Naveed Hashmi at Monday's press conference in Karachi. | Photo: Faisal Mirza / The Karachi Chronicle

## Market had priced it in

Most brokerages had pencilled in a 50 basis point reduction. "The governor has all but told us
April is a hold," said Mehreen Baig, head of research at Crescent Securities. "Part of the
market was hoping for a full percentage point. It got half of that, plus a warning."

Karachi Chamber of Commerce and Industry (KCCI) president Zubair Lakhani was less forgiving,
calling the cut "too timid" for manufacturers who are still paying double-digit rates on
working capital. The chamber has repeatedly asked for a policy rate in single digits.

Textile exporters, squeezed by higher energy tariffs, said the move would bring only modest
relief. "Half a point on the policy rate does not pay the gas bill," said the owner of a
spinning mill in Faisalabad, who asked not to be named.

[AD]

In January the MPC had kept the rate unchanged by a four-to-three vote, a split that many
analysts read as a sign that easing would resume soon.

Mr Hashmi said the committee was sticking to its projection of 3-4pc GDP growth for FY26. He
said the SBP's own reserves, at around $15.4 billion, had been rebuilt without fresh commercial
borrowing in recent months, and that the external account remained in surplus.

He brushed aside a question about possible changes to the SBP's interest rate corridor, saying
the committee had not discussed it.

Pakistan expects an IMF disbursement of about $1bn - roughly Rs280bn at the current exchange
rate - once the Fund completes its next programme review. In the interbank market, the rupee
closed at 279.85 against the greenback yesterday.
"""

_S1_C_BODY = """
The State Bank of Pakistan's 50bp reduction on Monday, which took the policy rate from 11% to
10.5%, will reach depositors quickly. Under the central bank's rules the minimum profit rate
that conventional banks must pay on savings accounts is pegged 150bp below the policy rate, so
that floor now drops to 9% from 9.5%.

The new minimum will apply to profit calculated from 1 April, treasury officials at two
mid-sized banks told BMR.

The interest rate corridor was left untouched. The SBP's overnight reverse repo facility, which
acts as the ceiling, now sits at 11.5%, and the overnight repo floor at 9.5%, each 100bp away
from the policy rate.

## Priced in

Money markets had largely anticipated the move. Twelve-month KIBOR fixed at 10.58% on Monday
morning, hours before the Monetary Policy Committee's statement came out, and yields at last
week's treasury bill auction had already slipped below 10.7%.

The committee's 5-2 vote, with the minority in favour of holding, and the governor's remarks
afterwards point to a pause in April. Governor Naveed Hashmi said the MPC wanted to see
inflation settle within its 5-7% range for a few months before easing further.

[AD]

Asad Farooqi, a former deputy governor of the SBP who now teaches finance at a business school
in Lahore, said the bank had left itself plenty of room. "Even after Monday, the real policy
rate is close to five percentage points," he said. "By any textbook, that is still a tight
stance." With consumer prices up 5.8% year on year in February, the gap between the policy
rate and inflation is 4.7 percentage points.

## Margins under pressure

For banks, lower rates eat into the return on their large holdings of floating-rate government
paper. Analysts at one Karachi brokerage estimate that every 100bp of easing trims the sector's
net interest income by roughly 4% over a year, although deposit costs follow with a lag.

Islamic banks, which hold about a quarter of the system's deposits, are not bound by the same
floor, but most of them benchmark their profit-sharing ratios to the same policy rate and are
expected to adjust in step.

Treasurers also took comfort from the statement's view that the current account should stay
close to balance over the fiscal year as a whole, which, if it holds, limits the pressure that
cheaper money might otherwise put on the rupee.

Private-sector lending picked up in the first eight months of the fiscal year, led by textile
and food companies rebuilding inventories, and treasurers expect cheaper money to keep that
going, if slowly.

The MPC meets next on 27 April.
"""

_S1_D_BODY = """
Welcome back. This week: Monday's rate cut, what the governor did and did not promise, and why
I am not holding my breath for April.

Monday's statement from the State Bank landed at 11:30 London time, which was half past four
in the afternoon in Karachi, and it said more or less what most of us expected: the policy rate
is down half a percentage point, to 10.5%.

More interesting was the vote. Five members of the seven-strong Monetary Policy Committee wanted
the cut; two wanted to sit tight. Compare January, when the committee held at 11% by four votes
to three. So the doves went from one vote short to a comfortable majority in seven weeks.

## What Hashmi said, and what he didn't

Governor Naveed Hashmi's message at his press conference was, in short: inflation is back
inside the 5-7% target band, and he wants to watch it stay there for a few months before
doing anything else. He did not say "no cut in April", but I would be surprised if the April 27
meeting produced one.

The February inflation print was 5.8%. My own guess is that base effects push the headline
number up towards 7% by June, which would leave the bank with little appetite for more easing
before the budget. That is a forecast, not a fact; make of it what you will.

[AD]

## The market shrugged, then smiled

Because the announcement came after the Pakistan Stock Exchange shut on Monday, Tuesday was
the first real test. The KSE-100 gained 1,796 points, or 1.4%, to finish at 130,112, with
cement and auto names leading and the banks lagging. The rupee barely moved and spent Tuesday
close to 280 to the dollar.

## Real rates are still high

Subtract February's 5.8% from the new 10.5% policy rate and you get a real rate of 4.7 points.
That is generous to savers by regional standards, and it is why the finance ministry, which
pays interest on a mountain of domestic debt, will keep lobbying for more. Every point off the
policy rate saves the budget a large sum; I will not pretend to know the exact figure.

## Reserves and the IMF

The SBP's own reserves were a shade over $15bn in early March. The next IMF tranche, worth
around a billion dollars, should arrive once the Fund finishes its review, which the governor
thinks will happen before the summer. Nobody I spoke to this week thinks the programme is in
any danger.

Next issue: what the cut means for car loans and the handful of banks still writing
mortgages. As always, hit reply if you think I have got something wrong.
"""

_S1_A = _tpl_wire(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/2026/03/16/pakistan-central-bank-trims-policy-rate-to-10-5-pct",
    headline="Pakistan's central bank trims policy rate to 10.5%, signals pause",
    desc="The State Bank of Pakistan lowered its policy rate by half a point and its governor "
         "hinted at a pause.",
    section="Markets", byline="Imran Qazi", body=_S1_A_BODY,
    iso="2026-03-16T12:05:00Z", visible="March 16, 2026 12:05 PM GMT",
    related=[("Rupee steady as traders await IMF review timing",
              "https://www.meridianwire.example/markets/currencies/rupee-steady-imf"),
             ("Emerging Asia central banks: who cuts next?",
              "https://www.meridianwire.example/markets/asia-central-banks-who-cuts-next")],
    image="https://img.example/wire/sbp-building.jpg", seed=0)

_S1_B = _tpl_paper(
    site="The Karachi Chronicle",
    url="https://www.karachichronicle.example/business/sbp-trims-policy-rate-to-10-5pc-governor-signals-wait",
    headline="SBP trims policy rate to 10.5pc; governor signals wait-and-see",
    desc="Half-point cut comes with a clear hint that April will bring no further move.",
    section="Business", byline="Our Staff Reporter", body=_S1_B_BODY,
    iso="2026-03-17T02:00:00+05:00", visible="Published March 17, 2026",
    related=[("Budget talks: finance ministry seeks revenue measures",
              "https://www.karachichronicle.example/business/budget-talks-revenue-measures"),
             ("Cement despatches rise in February",
              "https://www.karachichronicle.example/business/cement-despatches-february"),
             ("Editorial: the cost of money", "https://www.karachichronicle.example/opinion/cost-of-money")],
    image="https://cdn.example/photos/sbp-governor.jpg", seed=1)

_S1_C = _tpl_broadcast(
    site="Banking & Markets Review",
    url="https://bmreview.example/pakistan/monetary-policy/sbp-half-point-cut-minimum-savings-rate-9pc",
    headline="SBP's half-point cut drags minimum savings rate down to 9%",
    desc="Deposit floor follows the policy rate lower; corridor left intact; April pause "
         "signalled.",
    section="Pakistan · Monetary policy", byline="BMR Pakistan desk", body=_S1_C_BODY,
    iso=None, visible="17 March 2026",
    related=[("Treasury bill auction: yields slide ahead of MPC",
              "https://bmreview.example/pakistan/t-bill-auction-yields-slide"),
             ("Islamic banking deposits: the quarter-share milestone",
              "https://bmreview.example/pakistan/islamic-banking-deposits")],
    image="https://media.example/images/karachi-banks.jpg", seed=2)

_S1_D = _tpl_blog(
    site="Rupee Notes",
    url="https://rupeenotes.example/p/half-a-point-and-then-a-long-breath",
    headline="Half a point, and then a long breath",
    desc="The SBP cuts, the governor signals a pause, and the KSE-100 likes it anyway.",
    section="Rupee Notes · weekly", byline="Omar Siddiqui", body=_S1_D_BODY,
    iso=None, visible="Wednesday 18 March 2026",
    related=[("The IMF review, explained in five charts", "https://rupeenotes.example/p/imf-review-five-charts"),
             ("Why the rupee stopped moving", "https://rupeenotes.example/p/why-the-rupee-stopped-moving")],
    image="https://uploads.example/rupee-notes-cover.png", seed=3)

STORY_1 = _story("cb-QC1", "central bank", "2026-03-20", [
    _page("https://www.meridianwire.example/markets/2026/03/16/pakistan-central-bank-trims-policy-rate-to-10-5-pct", _S1_A),
    _page("https://www.karachichronicle.example/business/sbp-trims-policy-rate-to-10-5pc-governor-signals-wait", _S1_B),
    _page("https://bmreview.example/pakistan/monetary-policy/sbp-half-point-cut-minimum-savings-rate-9pc", _S1_C),
    _page("https://rupeenotes.example/p/half-a-point-and-then-a-long-breath", _S1_D),
], [])

# =============================================================================================
# STORY 2 - election (CONTROL).  Bishkek city kenesh, Sunday 12 April 2026; 45 seats, 5%
# threshold, 14 parties.  Polls 8:00-20:00 Bishkek (UTC+6) = 02:00-14:00 GMT = 15:00 BST close.
# Preliminary at 23:00 local (17:00 GMT), 88% counted: Yntymak 32.4, Jany Door 21.7, Taza Shaar
# 15.9; turnout at close 37.8%.  Final (Mon 13 April, 3 p.m. briefing): turnout 39.6% =
# 321,710 / 812,400; Yntymak 33.1% 17 seats, Jany Door 21.4% 11, Taza Shaar 15.6% 8, Bashat
# 9.9% 5, Kelechek 7.6% 4; nine parties below threshold with 12.4%.  2021 turnout 31.2%.
# =============================================================================================

_S2_A_BODY = """
BISHKEK, April 12 (Caravan) - Yntymak Bishkek took an early lead in Sunday's election for the
city council of the Kyrgyz capital, with 32.4% of the vote once ballots from 88% of polling
stations had been processed, the Central Commission for Elections and Referendums said at 11
p.m. local time (1700 GMT).

Jany Door (New Era), a party set up two years ago by lawyers and neighbourhood activists, was
running second on 21.7%, followed by Taza Shaar (Clean City) on 15.9%. Two other parties,
Bashat and Kelechek, were also above the 5% threshold needed to win seats on the 45-member
council, while the remaining nine of the 14 parties on the ballot were below it.

Turnout stood at 37.8% when polls closed at 8 p.m. (1400 GMT), the commission said. The figure
usually creeps up overnight as mobile ballot boxes and the slowest precincts are added in.
Officials are expected to publish a complete count on Monday.

"Bishkek voted for roads, buses and clean air, not for slogans," Almazbek Toktorov, the party's
leader and a former deputy mayor of the city, told supporters at Yntymak's headquarters as the
first figures appeared on a screen behind him.

[AD]

No party is likely to govern the council alone: an outright majority requires 23 seats.
Results from the remaining 12% of polling stations, most of them in the outlying settlements,
were still being entered when the commission gave its update.

Jany Door is led by Cholpon Abdyrakhmanova, a lawyer who made her name defending families
threatened with eviction in the settlements that ring the city. She told reporters she would
wait for the final figures before commenting.

Voters identified themselves with fingerprint scanners and fed paper ballots into automatic
counting machines, a system Kyrgyzstan has used for roughly a decade.

The city council, known locally as the kenesh, approves Bishkek's budget and votes on the
appointment of the mayor. Traffic jams, winter smog from coal-fired stoves and an elderly fleet
of buses dominated the campaign, which was short and, by local standards, quiet. Bishkek has grown quickly over the past two
decades and is now home to well over a million people, many of them in districts where roads,
water pipes and school places lag far behind demand.

Interest in municipal politics has traditionally been thin. Turnout in the previous council
election, in 2021, was 31.2%.

The independent monitoring coalition Ashyk Shailoo said its observers had noted scattered
problems during the day, including groups of voters being brought to polling stations by
minibus, but called the vote orderly on the whole. It said it would release a fuller report
later in the week.

(Reporting by Aibek Turdubaev; Editing by Mark Lindqvist)
"""

_S2_B_BODY = """
Final results released on Monday afternoon confirmed Yntymak Bishkek as the largest party in
the capital's new city kenesh, with 17 of the 45 seats - six short of the 23 it would need to
run the council on its own.

Central Commission for Elections and Referendums (CEC) chairwoman Aizada Mamytova told a 3 p.m.
briefing that Yntymak had taken 33.1% of the vote. Jany Door finished second with 21.4% and 11
seats, Taza Shaar third with 15.6% and eight seats, Bashat fourth with 9.9% and five seats, and
Kelechek fifth with 7.6% and four seats.

Turnout reached 39.6%: 321,710 of the city's 812,400 registered voters cast a ballot on Sunday,
up from 31.2% at the last council election in 2021.

"The count was slow in a few districts, but every protocol has now been checked twice," Ms
Mamytova said. She said the commission had received 46 formal complaints, most of them about
campaign posters left too close to polling stations, and that none of them would change the
result.

[FIG] Election officials check ballot protocols at a polling station in Bishkek's Sverdlovsky district on Sunday night. | Photo: Nurlan Asanov for The Bishkek Herald

## Coalition arithmetic

With 17 seats, Yntymak needs at least six more. Taza Shaar, with eight, campaigned on similar
themes of traffic and air quality, and its leaders said on Monday they were "open to
conversations". A deal with Jany Door, which ran a sharply critical campaign against the
outgoing city administration, looks less likely.

Jany Door leader Cholpon Abdyrakhmanova, 41, said her party would not rush into anything. "We
did not lose this city. We lost a few thousand votes in Pervomaisky district, and we know
exactly why," she told the Herald.

Yntymak ran strongest in the older central neighbourhoods, while Jany Door did best in the new
settlements on the city's edge, where many residents still lack paved roads and piped water.
Turnout, too, was uneven: highest in Sverdlovsky district and lowest in Pervomaisky, according
to the commission's breakdown.

Yntymak's Almazbek Toktorov, 52, said formal talks would start this week and that he wanted a
written programme agreed before the council first meets.

[AD]

## Who gets in

Women will hold 15 of the 45 seats. Party lists are subject to a 30% quota, and placement rules
prevent parties from pushing their female candidates to the bottom of the list.

Nine parties failed to clear the 5% threshold. Between them they won 12.4% of the vote, ballots
that will not be turned into any seats.

Election-day problems reported by observers, including voters ferried to polling stations in
groups, did not appear on a scale large enough to alter the outcome, according to both the
commission and independent monitors.

The new council will hold its first session on May 5. Under the city charter, members will use
that sitting to begin the procedure for confirming a mayor.
"""

_S2_C_BODY = """
Two days after Sunday's vote for the Bishkek city kenesh, the parties that won seats have begun
talking to each other. The final figures, published by the election commission on Monday, give
Yntymak Bishkek 17 seats and Jany Door 11. Taza Shaar, Bashat and Kelechek share the remaining
17.

Turnout was just under 40 per cent. The commission's breakdown by district showed the highest
participation in Sverdlovsky district, at 43.2 per cent, and the lowest in Pervomaisky, at
35.1 per cent, with Leninsky and Oktyabrsky somewhere in between.

## "Older than the drivers"

Speaking to Ala-Too Radio on Monday evening, Yntymak leader Almazbek Toktorov said his first
priority would be the city's buses. "Half of our buses are older than the people driving
them," he said. "We will not fix that in one year, but we can stop it getting worse." He
declined to say which parties he was negotiating with.

Mr Toktorov was deputy mayor in charge of transport until 2023.

Taza Shaar's leader, Bakyt Orozbekov, said on Monday that his party had not yet decided whom to
back. "We have eight seats and eight demands, and the first one is the air," he told us.

Jany Door's Cholpon Abdyrakhmanova, a lawyer, said her party would push for a public register
of land allocations in the city. "If a plot of municipal land is handed out, every resident
should be able to see who received it and why," she said.

[AD]

The order of the parties did not change between the preliminary count on Sunday night and the
final figures, although Yntymak's share of the vote edged up slightly.

## What voters told us

At a bus stop on Chui Avenue, pensioner Galina Ivanova, 67, said she had voted for the first
time in years because of the air. "In January you cannot see the mountains from here. That is
why I went." Bektur Asanaliev, a 20-year-old student, said he had stayed at home. "Nobody in my
group voted. We do not think the kenesh decides anything."

The monitoring coalition Ashyk Shailoo published its preliminary findings this morning. It
logged 213 reported violations across the city, most of them minor, such as campaign material
left near polling stations, and called for clearer rules on bringing voters to the polls by
bus.

Nine of the 14 parties on the ballot did not reach the five per cent barrier and will have no
seats. Once the commission's final protocol is printed in the official gazette, the
parties' lists of incoming members become binding and can no longer be reshuffled.

[FIG] A voter at a polling station in Bishkek's Leninsky district on Sunday. | Photo: Ala-Too Public Radio

The new kenesh sits for the first time on May 5, three weeks from today. Ala-Too Radio will
broadcast the session live.
"""

_S2_D_BODY = """
Sunday's election for the Bishkek city kenesh produced a clear winner without a majority, and a
turnout number that deserves a second look.

## Turnout

The Central Commission for Elections and Referendums puts final turnout at 39.6%, against 31.2%
at the 2021 council vote, an increase of 8.4 points. When polls closed at 8 p.m. on Sunday (3
p.m. in London, 1400 GMT), the commission's running figure was 37.8%; the gap is mostly mobile
box ballots and a handful of slow precincts. Nothing unusual there.

In raw numbers, 321,710 people voted out of 812,400 on the register: call it 322,000 out of a
little over 810,000.

## Seats and votes

Five parties crossed the 5% threshold: Yntymak Bishkek (33.1%, 17 seats), Jany Door (21.4%,
11), Taza Shaar (15.6%, 8), Bashat (9.9%, 5) and Kelechek (7.6%, 4). Their combined share was
87.6%, so roughly one vote in eight went to parties that won nothing.

Because seats are shared out only among parties above the threshold, Yntymak turns a third of
the vote into 37.8% of the seats. That is the ordinary effect of a threshold in a crowded
field, not a sign of anything sinister.

Election night also showed how early figures drift. At 11 p.m. on Sunday, with 88% of polling
stations counted, Yntymak stood at 32.4%; the final count added seven tenths of a point. Jany
Door moved the other way, from 21.7% to 21.4%.

[AD]

## Women and newcomers

Fifteen of the 45 members-elect are women, exactly a third. Twenty-nine of the 45 have never sat
on the council before, which is a bigger turnover than most people expected.

## Two complaint numbers

Two different figures are going around, and they measure different things. The commission says
it received 46 formal complaints. The monitoring coalition Ashyk Shailoo counted 213 reported
violations, a tally that includes its observers' own notes; it does not mean 213 complaints
were lodged. Neither body suggests the result was affected.

## What next

Toktorov's Yntymak needs six more seats for a working majority of 23. Taza Shaar's eight would
get it there with two to spare; Bashat and Kelechek together, with nine, would also do it. The
council's first sitting is on May 5, and we will be watching whether a coalition agreement is
signed before then or cobbled together in the corridor on the day.

For readers who want the district tables, the commission has posted protocols for every polling
station on its website; we will publish our own summary next week.

A note on sources: every figure above comes from the commission's final protocol of 13 April
unless stated otherwise, and the 2021 comparison uses the commission's own archive.
"""

_S2_A = _tpl_wire(
    site="Caravan Newswire",
    url="https://www.caravannews.example/central-asia/kyrgyzstan/2026/04/12/yntymak-bishkek-leads-early-count-city-council",
    headline="Yntymak Bishkek leads early count in Kyrgyz capital's council election",
    desc="Preliminary figures put Yntymak Bishkek ahead in the vote for Bishkek's 45-seat city "
         "council.",
    section="Central Asia", byline="Aibek Turdubaev", body=_S2_A_BODY,
    iso="2026-04-12T18:10:00Z", visible="Updated April 12, 2026",
    related=[("Kyrgyzstan's capital chokes on winter smog",
              "https://www.caravannews.example/central-asia/kyrgyzstan/bishkek-winter-smog"),
             ("Explainer: how Bishkek elects its city council",
              "https://www.caravannews.example/central-asia/explainer-bishkek-council")],
    image="https://img.example/wire/bishkek-polling.jpg", seed=1)

_S2_B = _tpl_paper(
    site="The Bishkek Herald",
    url="https://bishkekherald.example/politics/2026/04/13/yntymak-wins-most-seats-short-of-majority",
    headline="Yntymak wins most seats on Bishkek council but falls short of majority",
    desc="Final count gives Yntymak Bishkek 17 of 45 seats; coalition talks to start this week.",
    section="Politics", byline="Elnura Sadykova", body=_S2_B_BODY,
    iso="2026-04-13T21:30:00+06:00", visible="13 April 2026, 21:30",
    related=[("Bishkek's bus fleet: the numbers",
              "https://bishkekherald.example/city/bishkek-bus-fleet-numbers"),
             ("Opinion: a council worth voting for?",
              "https://bishkekherald.example/opinion/a-council-worth-voting-for")],
    image="https://cdn.example/photos/bishkek-count.jpg", seed=2)

_S2_C = _tpl_broadcast(
    site="Ala-Too Public Radio",
    url="https://alatooradio.example/en/news/after-the-count-bishkek-council-bus-question",
    headline="After the count: Bishkek's new council and the bus question",
    desc="Parties begin coalition talks after Sunday's city council election.",
    section="News · Kyrgyzstan", byline="Ala-Too Radio English Service", body=_S2_C_BODY,
    iso=None, visible="14 April 2026, 09:15",
    related=[("Listen: the morning news in English", "https://alatooradio.example/en/audio/morning-news"),
             ("Chui Avenue roadworks to finish in June", "https://alatooradio.example/en/news/chui-avenue-roadworks")],
    image="https://media.example/images/bishkek-bus-stop.jpg", seed=3)

_S2_D = _tpl_blog(
    site="Central Asia Ballot Watch",
    url="https://ballotwatch.example/2026/04/15/bishkek-2026-turnout-fragmentation-familiar-winner",
    headline="Bishkek 2026: turnout up, a familiar winner, and no majority",
    desc="A closer look at the numbers from Sunday's city council election.",
    section="Kyrgyzstan", byline="Anna Petrenko", body=_S2_D_BODY,
    iso="2026-04-15T08:00:00+01:00", visible="15 April 2026",
    related=[("Kazakhstan's maslikhat elections: a primer", "https://ballotwatch.example/2026/03/02/maslikhat-primer"),
             ("Thresholds and wasted votes in Central Asia", "https://ballotwatch.example/2026/01/20/thresholds-wasted-votes")],
    image="https://uploads.example/ballotwatch-bishkek.png", seed=4)

STORY_2 = _story("el-QC2", "election", "2026-04-16", [
    _page("https://www.caravannews.example/central-asia/kyrgyzstan/2026/04/12/yntymak-bishkek-leads-early-count-city-council", _S2_A),
    _page("https://bishkekherald.example/politics/2026/04/13/yntymak-wins-most-seats-short-of-majority", _S2_B),
    _page("https://alatooradio.example/en/news/after-the-count-bishkek-council-bus-question", _S2_C),
    _page("https://ballotwatch.example/2026/04/15/bishkek-2026-turnout-fragmentation-familiar-winner", _S2_D),
], [])

# =============================================================================================
# STORY 3 - court (PLANTED).  Nepal Supreme Court Constitutional Bench, Thursday 12 February
# 2026, short order read ~2:15 p.m. NPT (UTC+5:45) = 08:30 GMT.  Section 12B of the Land Use
# Act (2025 amendment) struck down 4-1: Gurung for the majority with CJ Bhandari, Pokharel,
# Neupane; Kunwar dissents.  Parcel list due within three months.  ~1,400 ha (~27,500 ropani)
# reclassified; Bhaktapur ~380 ha (~7,500 ropani).  Interim order 18 Nov 2025 (two-judge
# bench).  Final hearing 29 Jan.  Full judgment in about four weeks.
# Planted: vote split 4-1 vs 3-2 (page C); quote "The valley cannot eat concrete" said by
# advocate Sarita Bhattarai, given to Krishna Maharjan by page A; deadline three months vs six
# months (page D).
# =============================================================================================

_S3_A_BODY = """
KATHMANDU, Feb 12 (SANW) - Nepal's Supreme Court voided on Thursday a legal provision that let
farmland in the Kathmandu Valley be reclassified for housing without federal approval, in a
4-1 ruling that freezes a large number of land deals around the crowded capital.

The five-member Constitutional Bench found that Section 12B of the Land Use Act, inserted by an
amendment last year, violated the constitution's guarantees of the right to food and the right
to a clean environment. The short order was read out at about 2:15 p.m. local time (0830 GMT).

Justice Anita Gurung wrote for the majority, joined by Chief Justice Deepak Raj Bhandari and
Justices Ramesh Kumar Pokharel and Bal Krishna Neupane. Justice Tek Bahadur Kunwar dissented,
arguing that how land is classified is a policy question for parliament rather than the courts.

The bench told the government to halt every reclassification made under the provision and to
file, within three months, a list of each parcel affected together with a plan for dealing with
it.

"The valley cannot eat concrete. Today the court has said so in writing," said Krishna
Maharjan, chairman of the Kathmandu Valley Farmers' Forum, one of the petitioners.

[AD]

Petitioners say about 1,400 hectares of farmland in Kathmandu, Lalitpur and Bhaktapur districts
were reclassified under Section 12B after it came into force. Government lawyers had argued
that the change was needed to ease a shortage of affordable homes in the valley, where roughly
3 million people live.

Outside the court in Kathmandu's Ramshahpath area, farmers who had travelled in by bus from the
valley's outskirts cheered as word of the ruling spread.

About 380 hectares of that total lies in Bhaktapur, the smallest of the three districts but the
one where fields have been disappearing fastest.

A housing developers' association said some 3,200 plots worth about 18 billion Nepali rupees
($130 million) were now in limbo. Its president, Sunil Shrestha, said many of the buyers were
ordinary families who had borrowed from banks to pay for their land.

Rice and vegetable fields on the edges of Kathmandu, Lalitpur and Bhaktapur have been carved
into housing plots at a rapid pace for two decades, and farmers' groups have long complained
that local officials approve conversions with little scrutiny.

Land Management Minister Dil Bahadur Rana said the government respected the court and would
decide on its next steps after reading the full judgment, which is expected within about four
weeks.

The court heard three petitions together; they were filed last August. A two-judge bench had
already frozen new reclassifications with an interim order in November.

(Reporting by Sunita Rai; Editing by Paul Devereux)
"""

_S3_B_BODY = """
KATHMANDU, Feb 13: The Constitutional Bench of the Supreme Court on Thursday annulled Section
12B of the Land Use Act, the clause that allowed district land use committees in the Kathmandu
Valley to turn agricultural land into residential plots without the consent of the federal Land
Use Council.

The verdict, passed four-to-one, was read out in a packed courtroom in the afternoon. Justice
Anita Gurung wrote the majority opinion, with which the other three judges in the majority -
Chief Justice Deepak Raj Bhandari and Justices Ramesh Kumar Pokharel and Bal Krishna Neupane -
concurred. Justice Tek Bahadur Kunwar, the lone dissenter, warned that the court should not
"sit as a planning authority".

The bench's short order directs the Ministry of Land Management, Cooperatives and Poverty
Alleviation to stop registering any transaction that relies on a reclassification under Section
12B, and to submit, within three months, a parcel-by-parcel list of affected land with a
proposal for each plot: either restoring it to agricultural use or processing it afresh under
the ordinary procedure.

According to the petitioners, around 1,400 hectares - roughly 27,500 ropani - have been
converted since the amendment took effect in March 2025. More than a quarter of that, about 380
hectares, lies in Bhaktapur district.

"The valley cannot eat concrete," senior advocate Sarita Bhattarai, who argued for the
petitioners, said on the court steps. "Today the court has said so in writing."

[FIG] Farmers gather outside the Supreme Court in Ramshahpath, Kathmandu, on Thursday. | Photo: Bikash Karki / The Kathmandu Ledger

Krishna Maharjan, chairman of the Kathmandu Valley Farmers' Forum, which filed the main
petition, said farmers had been pressured to sell. "Brokers told people that if they did not
sell now, a road would come through and the land would be useless for farming anyway," he
said.

Deputy Attorney General Mohan Prasad Acharya, who defended the law, had told the bench during
the hearings that the valley needed tens of thousands of new homes every year. The final
hearing ended on January 29.

[AD]

Minister for Land Management Dil Bahadur Rana said the government would "respect the verdict
and study the full text" before deciding how to comply.

Developers reacted with alarm. Sunil Shrestha, president of the Nepal Land and Housing
Developers' Association, estimated that about 3,200 plots, representing investment of around
Rs 18 billion, were affected. "Many of the buyers are ordinary families who took bank loans,"
he said. "They did nothing wrong."

A division bench had on November 18 issued an interim order barring fresh reclassifications
while the case was being heard. The full text of Thursday's judgment is expected within about
four weeks.
"""

_S3_C_BODY = """
BHAKTAPUR: For the farmers of Sirutar and Sudal, Thursday's verdict from the Supreme Court in
Kathmandu brought relief after months of uncertainty.

The Constitutional Bench ruled 3-2 that Section 12B of the Land Use Act was unconstitutional,
removing the legal basis for turning the district's rice fields into housing plots without
federal approval. Justice Anita Gurung wrote the main opinion; Justice Tek Bahadur Kunwar wrote
a dissent.

Bhaktapur accounts for about 380 hectares, or around 7,500 ropani, of the land reclassified
under the clause across the three valley districts, according to the petitioners.

Ram Bahadur Suwal, 63, who grows rice and potatoes on four ropani near Sudal, said two of his
neighbours had sold up after brokers visited "every week" last year. "I told them my
grandfather farmed this and I will farm it. Now the court says the same thing, more or less,"
he said on Friday, standing at the edge of a field marked out with white boundary pegs.

Senior advocate Sarita Bhattarai, who argued the farmers' case, put it more bluntly outside the
court on Thursday: "The valley cannot eat concrete."

[AD]

The court gave the government three months to draw up a list of every affected plot, and
ordered that no further sales or registrations relying on the reclassifications go ahead in the
meantime. At the Bhaktapur land revenue office on Friday, staff said they had not yet received
any written instruction but had stopped processing such files "as a precaution".

## Plotting companies worried

Bhaktapur has dozens of small plotting companies. The owner of one, who asked not to be named,
said his firm had already sold 40 plots on land now covered by the order. "People paid in
full. What do I tell them on Sunday?" he asked.

Across the valley, developers put the number of affected plots at about 3,200.

Madhyapur Thimi municipality, where much of the conversion took place, said it would meet
affected residents next week to explain what the ruling means for them.

[FIG] Boundary pegs mark a reclassified rice field near Sudal on Friday. | Photo: Bhaktapur Post

## How the case began

The Kathmandu Valley Farmers' Forum, chaired by Krishna Maharjan, filed its petition last August
together with two other groups, and the court heard the three cases together. Mr Maharjan, who
farms in Lalitpur, spent Thursday evening in Bhaktapur, where members of the forum gathered at
a community hall to celebrate. At the hall, some older members sang songs usually heard at
rice planting, and the forum's Bhaktapur coordinator read the short order aloud, line by line.

"We are not against houses," he told the gathering. "We are against houses where the food
grows."

The full written judgment is expected in about four weeks.
"""

_S3_D_BODY = """
The full judgment in the Section 12B cases is not out yet - the bench has indicated it will
take about four weeks - so what follows is based on the short order read out on Thursday
afternoon, at around 2:15, and on notes taken in the courtroom.

## The holding

By a 4-1 majority, the Constitutional Bench declared Section 12B of the Land Use Act
unconstitutional. The provision, inserted by the 2025 amendment, let district land use
committees in the three valley districts reclassify agricultural land as residential without
the approval of the federal Land Use Council.

The majority, in an opinion by Justice Anita Gurung, grounded the decision in Article 36 (the
right relating to food) and Article 30 (the right to a clean and healthy environment), read
together with the Act's own scheme, which treats land-use zoning as a national function. In
other words, the court did not say that farmland can never become housing; it said that a
district committee cannot do it alone.

Justice Tek Bahadur Kunwar's dissent, as read out, is short. He would have left the question to
parliament and warned against the court sitting as a planning authority. It will be worth
reading in full when it appears.

## The orders

Three directions matter in practice. First, no transaction that relies on a Section 12B
reclassification may be registered. Second, the government must, within six months, file a
parcel-by-parcel list of affected land with a proposal for each parcel. Third, reclassified
parcels are to be treated as agricultural land until they are dealt with under the regular
procedure.

[AD]

## Open questions

The short order says nothing about buyers who paid for plots in good faith, many of them with
bank loans. Sunil Shrestha of the Nepal Land and Housing Developers' Association has put the
number of affected plots at about 3,200. Expect a wave of civil claims against sellers and
plotting firms, and possibly a fresh petition on behalf of buyers.

Nor does it say what happens to houses already built on reclassified land. The government's
list will presumably have to identify them, and the ministry will have to propose something
more nuanced than restoring a rice field under a three-storey building.

Sarita Bhattarai, who led the argument for the petitioners, summed the case up outside the
courtroom: the valley, she said, cannot eat concrete. Deputy Attorney General Mohan Prasad
Acharya had argued the opposite case in housing terms, telling the bench that the valley needs
tens of thousands of new homes every year.

## Timeline

The petitions were filed in August 2025. A division bench froze new reclassifications by an
interim order on 18 November 2025. The final hearing ended on 29 January, and the short order
came exactly two weeks later, on 12 February.

I will update this note when the full text is published.
"""

_S3_A = _tpl_wire(
    site="South Asia Newswire",
    url="https://sanw.example/news/nepal/2026-02-12/nepal-top-court-strikes-down-farmland-conversion-clause",
    headline="Nepal's top court strikes down law easing farmland conversion in Kathmandu Valley",
    desc="Constitutional Bench voids Section 12B of the Land Use Act in a 4-1 ruling.",
    section="Nepal", byline="Sunita Rai", body=_S3_A_BODY,
    iso="2026-02-12T09:40:00Z", visible="Feb 12, 2026 09:40 GMT",
    related=[("Kathmandu Valley's vanishing rice fields, in maps",
              "https://sanw.example/graphics/kathmandu-valley-rice-fields"),
             ("Nepal housing prices climb as plots run short",
              "https://sanw.example/news/nepal/housing-prices-plots")],
    image="https://img.example/wire/nepal-supreme-court.jpg", seed=2)

_S3_B = _tpl_paper(
    site="The Kathmandu Ledger",
    url="https://kathmanduledger.example/national/2026/02/13/sc-scraps-section-12b-valley-land",
    headline="SC scraps Section 12B, orders parcel-by-parcel review of valley land conversions",
    desc="Constitutional Bench rules four-to-one; government given three months to list "
         "affected plots.",
    section="National", byline="Ledger Legal Correspondent", body=_S3_B_BODY,
    iso="2026-02-13T06:00:00+05:45", visible="February 13, 2026",
    related=[("Editorial: Food before plots", "https://kathmanduledger.example/opinion/food-before-plots"),
             ("Ring Road widening: the next phase", "https://kathmanduledger.example/valley/ring-road-next-phase")],
    image="https://cdn.example/photos/supreme-court-farmers.jpg", seed=3)

_S3_C = _tpl_paper(
    site="Bhaktapur Post",
    url="https://bhaktapurpost.example/local/court-ruling-reprieve-farmers-headache-developers",
    headline="Court ruling gives Bhaktapur's farmers a reprieve, and developers a headache",
    desc="Sirutar and Sudal farmers welcome the Section 12B verdict; plotting firms count the "
         "cost.",
    section="Local", byline="Bhaktapur Post reporter", body=_S3_C_BODY,
    iso=None, visible="Saturday, February 14, 2026",
    related=[("Nyatapola repairs to start after Holi", "https://bhaktapurpost.example/heritage/nyatapola-repairs"),
             ("Potato prices fall at Thimi market", "https://bhaktapurpost.example/local/potato-prices-thimi")],
    image="https://cdn.example/photos/sudal-fields.jpg", seed=4)

_S3_D = _tpl_blog(
    site="Nepal Law Notes",
    url="https://nepallawnotes.example/2026/02/section-12b-is-gone-first-reading-short-order",
    headline="Section 12B is gone: a first reading of the Constitutional Bench's short order",
    desc="What the court decided on Thursday, what it ordered, and what it left open.",
    section="Constitutional law", byline="Adv. Pratiksha Dahal", body=_S3_D_BODY,
    iso="2026-02-15T10:00:00+05:45", visible="15 February 2026",
    related=[("Interim orders and the Land Use Council", "https://nepallawnotes.example/2025/11/interim-orders-land-use-council"),
             ("Article 36 in the courts: a short history", "https://nepallawnotes.example/2025/09/article-36-history")],
    image="https://uploads.example/nepal-law-notes.png", seed=5)

STORY_3 = _story("co-QC3", "court", "2026-02-16", [
    _page("https://sanw.example/news/nepal/2026-02-12/nepal-top-court-strikes-down-farmland-conversion-clause", _S3_A),
    _page("https://kathmanduledger.example/national/2026/02/13/sc-scraps-section-12b-valley-land", _S3_B),
    _page("https://bhaktapurpost.example/local/court-ruling-reprieve-farmers-headache-developers", _S3_C),
    _page("https://nepallawnotes.example/2026/02/section-12b-is-gone-first-reading-short-order", _S3_D),
], [
    ("vote split",
     r"(?<![\w.:-])(?:4|four)(?:\s?[-–:]\s?|[- ]to[- ])(?:1|one)(?![\w.:-])",
     r"(?<![\w.:-])(?:3|three)(?:\s?[-–:]\s?|[- ]to[- ])(?:2|two)(?![\w.:-])"),
    ("who said it", r"bhattarai", r"maharjan"),
    ("deadline", r"(?<![\w-])(?:three|3)[- ]months?\b", r"(?<![\w-])(?:six|6)[- ]months?\b"),
])

# =============================================================================================
# STORY 4 - trade (PLANTED).  Astana, Thursday 21 May 2026, 11 a.m. (UTC+5) = 06:00 GMT.
# Kazakhstan-Uzbekistan protocol on mutual recognition of conformity and plant-health
# certificates: 412 product categories (2023 list: 160).  Signed by Kazakh Minister of Trade and
# Integration Serik Zhumabekov and Uzbek Minister of Investment, Industry and Trade Otabek
# Rakhimov; co-chairs Deputy PMs Nurlan Kassymov (KZ) and Sardor Umarov (UZ).  Green lane at
# Zhibek Zholy-Gisht Kuprik from 1 Sept; e-queue pilot from 1 July.  2025 trade $4.57bn (+6.3%
# from $4.3bn; about 2.3 trillion tenge); KZ exports $3.12bn, imports $1.45bn; target $10bn by
# 2030.  Next commission meeting in Tashkent, first half of 2027.
# Planted: 412 vs 421 (page B); title minister vs deputy minister (page D); quote "under three
# hours" vs "under a day" (page C).
# =============================================================================================

_S4_A_BODY = """
ASTANA, May 21 (Silk Road Wire) - Kazakhstan and Uzbekistan agreed on Thursday to accept each
other's product safety and plant health certificates for 412 categories of goods, and promised
a round-the-clock fast lane for perishable cargo at their busiest road crossing.

The protocol was signed at 11 a.m. local time (0600 GMT) in Astana by Kazakhstan's Minister of
Trade and Integration Serik Zhumabekov and Uzbekistan's Minister of Investment, Industry and
Trade Otabek Rakhimov, during a session of the two countries' intergovernmental commission.
Deputy Prime Ministers Nurlan Kassymov of Kazakhstan and Sardor Umarov of Uzbekistan, who
co-chair the commission, looked on.

It replaces a 2023 arrangement that covered 160 categories and extends mutual recognition to
dairy products, building materials and electrical cable, among other goods.

Exporters have long complained that goods certified at home had to be tested again on the other
side of the border, adding days and cost to each consignment. Under the new protocol, a
certificate from an accredited laboratory in either country will be accepted by inspectors and
retailers in the other.

The fast lane for fruit, vegetables and other perishables is due to open on Sept. 1 at the
Zhibek Zholy-Gisht Kuprik crossing on the highway between Shymkent and Tashkent. An electronic
queue that lets hauliers book a crossing slot online will be piloted from July 1. Kazakhstan's
State Revenue Committee will run the booking system on its side of the border.

"A lorry of apricots that waits three days at Gisht Kuprik today should be across in under
three hours once the green lane opens," Rakhimov told reporters after the signing.

Drivers routinely report queues of two to three days at the crossing during the autumn
harvest, when as many as 1,800 trucks a day try to get through.

[AD]

Trade between the two neighbours reached $4.57 billion last year, up 6.3% from 2024, according
to Kazakh statistics. The governments have set a goal of $10 billion a year by 2030.

"Ten billion is not a slogan. It is a spreadsheet, and today we filled in one of its columns,"
Zhumabekov said.

Kazakhstan mainly sells grain, flour, oil products and metals to Uzbekistan, and is one of the
largest suppliers of wheat flour to its southern neighbour. It buys fruit, vegetables, textiles
and cars in return.

Ties between Central Asia's two biggest economies have warmed a great deal over the past
decade: border posts have reopened, visa rules have been eased and one joint industrial project
after another has been announced.

The commission will next meet in Tashkent in the first half of 2027.

(Reporting by Daniyar Omarov; Editing by Clare Whitfield)
"""

_S4_B_BODY = """
ASTANA - Kazakh exporters of cheese, cement and cable will no longer have to put their goods
through a second round of laboratory tests before selling them in Uzbekistan, under a protocol
signed in the capital on Thursday.

The document, which covers 421 product categories, was signed by Trade and Integration Minister
Serik Zhumabekov and his Uzbek counterpart, Minister of Investment, Industry and Trade Otabek
Rakhimov, during the latest session of the Kazakh-Uzbek intergovernmental commission, which is
co-chaired on the Kazakh side by Deputy Prime Minister Nurlan Kassymov.

"An exporter in Shymkent should not have to pay for a second laboratory test to sell the same
cheese in Tashkent," Zhumabekov said. "Until now, he often did."

The previous list, agreed in 2023, ran to 160 categories.

For dairy producers in the south of the country the change could matter a great deal.
Uzbekistan is the closest large market for cheese and butter from Turkistan and Zhambyl
regions, and duplicate testing has made it cheaper for some Uzbek retailers to buy from
suppliers much further away.

## Trade in tenge

Bilateral trade last year came to about 2.3 trillion tenge, or $4.57 billion, according to the
Bureau of National Statistics. Kazakh exports accounted for $3.12 billion of that and imports
from Uzbekistan for $1.45 billion. In the first quarter of 2026, turnover reached $1.08
billion, 4.9% more than a year earlier.

[FIG] Serik Zhumabekov (right) and Otabek Rakhimov exchange signed copies of the protocol in Astana on Thursday. | Photo: Aliya Seitova / The Astana Courier

Kassymov said the commission had also approved a list of 28 joint industrial projects worth
$1.9 billion, ranging from a textile park in Turkistan region to a car-parts plant on the
outskirts of Tashkent.

"We are not competitors for the same customer any more. We are each other's customer," he
said.

[AD]

## The border

The fast lane for perishables at the Zhibek Zholy checkpoint in Turkistan region, which faces
Uzbekistan's Gisht Kuprik post, will open on September 1 and run 24 hours a day. Zhibek Zholy
handles up to 1,800 trucks a day at the autumn peak.

The State Revenue Committee said an electronic queue based on advance booking would be tested
at the crossing from July 1, and extended to other checkpoints on the Uzbek border if the trial
goes well.

Rakhimov said the aim was to bring waiting times at the border down from days to hours, and
that Uzbek customs would put extra inspectors on the Gisht Kuprik side before the harvest
season.

Exporters' associations welcomed the protocol but said they would judge it by how laboratories
and border inspectors behave in practice, rather than by the number of categories on paper.

The intergovernmental commission's next session will take place in Tashkent in the first half
of next year.
"""

_S4_C_BODY = """
The mutual-recognition protocol signed in Astana on Thursday is mostly about paperwork, but for
road hauliers the part that matters is the promise of a dedicated lane for perishable loads at
Zhibek Zholy-Gisht Kuprik, the crossing that carries the bulk of road freight between
Kazakhstan and Uzbekistan.

Here is what we know so far, based on the signing, the briefing afterwards and conversations
with customs brokers on both sides.

## The green lane

The lane opens on 1 September and will operate 24 hours a day. It is reserved for fresh fruit,
vegetables, melons, dairy and other goods with a short shelf life. Trucks will need an
electronic plant-health certificate issued in the country of origin; under the new protocol,
that certificate will be accepted on the other side without a second inspection for any of the
412 product categories it covers.

"A lorry of apricots that waits three days at Gisht Kuprik today should be across in under a
day once the green lane opens," Uzbekistan's Minister of Investment, Industry and Trade, Otabek
Rakhimov, said after the signing.

[AD]

## The electronic queue

From 1 July, hauliers will be able to book a crossing slot online during a pilot run by
Kazakhstan's State Revenue Committee. Brokers expect the booking portal to ask for the vehicle
registration, the driver's passport and the TIR carnet or transit declaration number. Slots
that are not used within two hours of the booked time will be released.

## Scale of the problem

At the autumn peak, up to 1,800 trucks a day try to use the crossing, and queues on the Kazakh
side can stretch for 12 km (about 7.5 miles) along the Shymkent road. Waits of two to three
days are common in October.

Yerlan Mukhamedzhanov, who heads the Steppe Road Carriers Association in Almaty, said his
members had heard such promises before. "Years ago we were told the queues would disappear. In
October last year my drivers still slept three nights in their cabs," he said. "If the lane
works in September, I will be the first to say so."

[FIG] Trucks queue on the Kazakh side of the Zhibek Zholy crossing last October. | Photo: Freight and Customs Central Asia

## Who signed

Kazakhstan's trade and integration minister, Serik Zhumabekov, signed for Kazakhstan. The two
deputy prime ministers who co-chair the intergovernmental commission, Nurlan Kassymov and Sardor
Umarov, attended. The previous certificate list, from 2023, covered 160 categories.

## What to do now

Operators carrying perishables from September should check that their exporters can issue
electronic certificates, register drivers on the queue portal once it opens, and keep paper
copies on board for the first weeks, when glitches are likely. We will publish the portal
address and a step-by-step guide as soon as the State Revenue Committee releases them.
"""

_S4_D_BODY = """
Thursday's signing in Astana came with the usual headline target: bilateral trade of $10bn a
year by 2030. Deputy Minister of Trade and Integration Serik Zhumabekov, who signed for
Kazakhstan, insisted the number was "not a slogan" but "a spreadsheet". Fine. Let's open the
spreadsheet.

## Where we are

Kazakh-Uzbek trade was just under $4.6bn in 2025 ($4.57bn to be exact), up 6.3% from $4.3bn in
2024. In local money that is roughly 2.3 trillion tenge. Kazakh exports made up $3.12bn, about
two-thirds of the total; imports from Uzbekistan were $1.45bn.

## What the target implies

Getting from $4.57bn to $10bn in five years requires average growth of about 17% a year. Last
year's 6.3% is not even close; the target needs something like two and a half to three times
that pace, every year, until 2030.

Could it happen? Only if trade stops being mostly grain and flour going south and fruit and
cars going north, and becomes something more like an integrated market in building materials,
food processing and components.

[AD]

## Does this protocol help?

A little, and in the right direction. The new list of mutually recognised certificates covers
412 product categories, more than two and a half times the 160 in the 2023 version. That
removes a genuine cost: duplicate laboratory testing, which exporters say can add a week and a
few hundred dollars to each consignment.

Dilshod Ergashev, who exports dried apricots and raisins from Fergana, told me the certificate
itself was never the real problem. "The problem is the laboratory in Shymkent that takes a week
to issue it. If that step disappears, good. If it is replaced by another step, nothing
changes."

The green lane at Zhibek Zholy-Gisht Kuprik, opening on 1 September, is the more tangible part.
Uzbekistan's Otabek Rakhimov promised that a three-day wait would shrink to under three hours.
I will believe it when I see the October queue photos, but the e-queue pilot from 1 July is a
sensible first step.

## What would actually move the needle

Three things. First, a common list of customs documents, so that a truck loaded in Tashkent
needs the same papers as one loaded in Almaty. Second, cross-border investment in processing,
so that Uzbek fruit becomes Kazakh juice and Kazakh steel becomes Uzbek appliances. Third,
rail: most of the bulk trade still crawls through a handful of border stations.

The commission meets again in Tashkent in the first half of 2027. By then we will have one
harvest season's worth of data on the green lane, and a first-quarter trade number to check
against the 17% a year the target demands.

Until then, file the $10bn under "aspiration".
"""

_S4_A = _tpl_wire(
    site="Silk Road Wire",
    url="https://silkroadwire.example/trade/2026/05/21/kazakhstan-uzbekistan-certificates-green-lane",
    headline="Kazakhstan, Uzbekistan agree to recognise each other's product certificates",
    desc="Neighbours sign protocol covering 412 product categories and promise a border fast "
         "lane for perishables.",
    section="Trade", byline="Daniyar Omarov", body=_S4_A_BODY,
    iso="2026-05-21T07:30:00Z", visible="May 21, 2026, 07:30 GMT",
    related=[("Central Asia's grain trade shifts south", "https://silkroadwire.example/commodities/central-asia-grain-shifts-south"),
             ("Uzbek car exports hit record", "https://silkroadwire.example/autos/uzbek-car-exports-record")],
    image="https://img.example/wire/astana-signing.jpg", seed=3)

_S4_B = _tpl_paper(
    site="The Astana Courier",
    url="https://astanacourier.example/economy/2026/05/22/astana-tashkent-widen-certificate-deal",
    headline="Astana and Tashkent widen certificate deal to 421 product groups",
    desc="Exporters spared duplicate laboratory tests; border fast lane for perishables from "
         "September.",
    section="Economy", byline="Madina Nurlanova", body=_S4_B_BODY,
    iso="2026-05-22T07:00:00+05:00", visible="22.05.2026",
    related=[("Turkistan region textile park gets go-ahead", "https://astanacourier.example/regions/turkistan-textile-park"),
             ("Wheat flour exports: the numbers", "https://astanacourier.example/economy/wheat-flour-exports")],
    image="https://cdn.example/photos/zhumabekov-rakhimov.jpg", seed=4)

_S4_C = _tpl_broadcast(
    site="Freight and Customs Central Asia",
    url="https://freightcustoms.example/border/green-lane-gisht-kuprik-september-what-hauliers-need-to-know",
    headline="Green lane at Gisht Kuprik from September: what hauliers need to know",
    desc="The Kazakh-Uzbek protocol, the fast lane for perishables and the new electronic "
         "queue.",
    section="Borders and customs", byline="F&C staff", body=_S4_C_BODY,
    iso=None, visible=None,
    related=[("TIR carnets in Central Asia: a refresher", "https://freightcustoms.example/guides/tir-carnets"),
             ("Dostyk rail crossing congestion eases", "https://freightcustoms.example/rail/dostyk-congestion")],
    image="https://media.example/images/zhibek-zholy-queue.jpg", seed=5)

_S4_D = _tpl_blog(
    site="Chaikhana Economics",
    url="https://chaikhana.example/p/ten-billion-by-2030-kazakh-uzbek-trade-arithmetic",
    headline="Ten billion by 2030? Doing the arithmetic on Kazakh-Uzbek trade",
    desc="The new certificate protocol helps at the margin. The target needs much more.",
    section="Newsletter", byline="Timur Alimov", body=_S4_D_BODY,
    iso="2026-05-24T08:00:00+05:00", visible="May 24, 2026",
    related=[("Why Central Asian trade statistics disagree", "https://chaikhana.example/p/why-trade-statistics-disagree"),
             ("The rail bottleneck nobody talks about", "https://chaikhana.example/p/rail-bottleneck")],
    image="https://uploads.example/chaikhana-cover.png", seed=0)

STORY_4 = _story("tr-QC4", "trade", "2026-05-25", [
    _page("https://silkroadwire.example/trade/2026/05/21/kazakhstan-uzbekistan-certificates-green-lane", _S4_A),
    _page("https://astanacourier.example/economy/2026/05/22/astana-tashkent-widen-certificate-deal", _S4_B),
    _page("https://freightcustoms.example/border/green-lane-gisht-kuprik-september-what-hauliers-need-to-know", _S4_C),
    _page("https://chaikhana.example/p/ten-billion-by-2030-kazakh-uzbek-trade-arithmetic", _S4_D),
], [
    ("product categories", r"(?<![\d,.])412(?![\d,])", r"(?<![\d,.])421(?![\d,])"),
    ("title",
     r"(?<!deputy )(?<!vice )(?<!vice-)\b(?:minister of trade and integration|trade and integration minister|trade minister)\b",
     r"\b(?:deputy|vice)[- ](?:minister of trade|trade and integration minister|trade minister)\b"),
    ("quote wording", r"under (?:three|3) hours", r"under a day|under one day"),
])

# =============================================================================================
# STORY 5 - rocket (CONTROL).  PSLV-C67 with RISAT-3A + six co-passengers (4 Indian, 2
# foreign), first launch pad, Sriharikota.  Lift-off Wed 10 June 2026 03:10 IST = 21:40 UTC
# Tue 9 June = 5:40 p.m. EDT Tue 9 June.  25.5-hour countdown from 01:40 IST Tue 9 June =
# 20:10 UTC Mon 8 June = 4:10 p.m. EDT Mon.  RISAT-3A 1,710 kg (3,770 lb), separated ~17 min,
# 529 km (329 mi) SSO; last co-passenger ~25 min.  Cost Rs 430 crore = Rs 4.3 billion (~$50m).
# Previous PSLV: C66 in February; next ISRO mission GSLV-F20 in August.
# =============================================================================================

_S5_A_BODY = """
SRIHARIKOTA: India's Polar Satellite Launch Vehicle placed the radar imaging satellite RISAT-3A
in orbit early on Wednesday, in a pre-dawn flight from the Satish Dhawan Space Centre that also
carried six smaller satellites.

PSLV-C67 rose from the first launch pad at 3:10 am, after a countdown of 25 and a half hours
that had begun at 1:40 am on Tuesday. RISAT-3A separated from the rocket's fourth
stage about 17 minutes into the flight and was placed in a sun-synchronous orbit 529 km above
the Earth.

The six co-passengers - four built by Indian companies and universities and two from abroad -
were released over the following minutes, the last of them roughly 25 minutes after lift-off.

"PSLV has done what PSLV does. RISAT-3A is in a very good orbit, and its solar panel has
deployed," ISRO Chairman S. Mahadevan said from the mission control centre, to applause from
the scientists around him.

RISAT-3A, which weighs about 1,710 kg, relies on a C-band synthetic aperture radar, an
instrument that works through cloud and in darkness, which gives it an advantage over optical satellites during the monsoon.
It will be used to track crops, floods and coastal erosion, can pick out objects as small as
one metre across, and is designed to work for five years. The data will also be shared with state
governments and, under commercial licences, with private users, ISRO said.

[FIG] PSLV-C67 lifts off from Sriharikota early on Wednesday. | Photo: ISRO

The satellite was built at a cost of Rs 430 crore at the U R Rao Satellite Centre in
Bengaluru.

Mission director M. Jayashree said the rocket's performance had been "close to nominal on
every stage", and that the fourth stage had carried out its final burn as planned.

The foreign co-passengers were a 6U cubesat from Al-Farabi Kazakh National University in Almaty
and a 12U Earth-observation satellite built by a start-up in Singapore. The Indian payloads came
from two Bengaluru start-ups, a Hyderabad firm and a student team at IIT Madras.

[AD]

Nearly 5,000 people watched from the public viewing gallery at the spaceport despite the hour,
many of them students who had arrived by bus on Tuesday evening. Fisheries officials had told
boats to keep clear of a stretch of sea off the island from Tuesday evening until the morning,
because spent stages fall into the Bay of Bengal.

This was the PSLV's second flight of the year, after PSLV-C66 put an ocean-monitoring satellite
into orbit in February. ISRO's next mission, GSLV-F20, is planned for August.

Sriharikota, a barrier island in Andhra Pradesh's Tirupati district about 80 km north of
Chennai, has been India's main launch site since the early 1970s.
"""

_S5_B_BODY = """
India's newest radar imaging satellite, RISAT-3A, is safely in orbit after a flawless flight on
board the Polar Satellite Launch Vehicle from Sriharikota in the early hours of Wednesday.

PSLV-C67 lifted off at 3:10 am. Around seventeen minutes later the satellite, weighing about 1.7
tonnes, was released into a sun-synchronous orbit at an altitude of about 530 km. Six smaller
satellites travelling on the same rocket, seven satellites in all, were also placed in orbit. Engineers at the ISRO Telemetry, Tracking and Command Network in
Bengaluru confirmed soon after separation that the satellite was healthy and answering
commands.

"PSLV has done what PSLV does," ISRO chairman S. Mahadevan said in mission control. He said the
satellite was "in a very good orbit" and that its solar panel had opened as planned.

## Seeing through the monsoon

Unlike optical satellites, which are blinded by cloud, RISAT-3A's radar can produce images by
day or night and in any weather. That makes it especially valuable in July and August, when
much of the country is under heavy cloud and the kharif crop is being sown.

"Radar does not care whether it is cloudy. In the middle of the monsoon, when half the country
is under cloud, that is exactly when we need it," said K. Nandini, the RISAT-3A project director
at the U R Rao Satellite Centre in Bengaluru, where the satellite was built.

Agriculture officials expect the data to feed into estimates of the area planted with rice,
while disaster management agencies will use it to map floods in Assam, Bihar and along the
east coast.

[AD]

The first test images are expected within about ten days, once the radar antenna has been
checked and calibrated in orbit. The satellite is designed to operate for five years. ISRO said the radar antenna, which
is folded for launch, would be unfurled in stages over the next two days.

## Cost and co-passengers

RISAT-3A cost Rs 430 crore to build. Of the six co-passengers, four were Indian, from private
companies and an IIT Madras student team, and two came from abroad: a small satellite from a
university in Kazakhstan and an Earth-observation satellite from a Singapore start-up. The
launch slots were sold through NewSpace India Limited, ISRO's commercial arm.

[FIG] Students watch the launch from the viewing gallery at Sriharikota. | Photo: PBI News

For the PSLV, it was the second launch of 2026. The space agency's next flight is GSLV-F20,
scheduled for August.

Among the crowds who watched the launch from the viewing gallery was Class 11 student Harini
Reddy, 16, from Nellore, who said she had waited since midnight. "When the sound reached us the
whole gallery was shaking. I want to work there one day," she said.
"""

_S5_C_BODY = """
The PSLV, India's long-serving workhorse, put the RISAT-3A radar imaging satellite on its way
at 5:40 p.m. EDT Tuesday (2140 UTC), or 3:10 a.m. Wednesday local time at Sriharikota on India's
east coast, about 50 miles north of Chennai.

The PSLV-C67 mission, which used the rocket's most powerful XL variant with six solid
strap-ons, delivered
RISAT-3A to a 529-kilometer (329-mile) sun-synchronous orbit about 17 minutes after liftoff.
The spacecraft has a mass of 1,710 kilograms (3,770 pounds) and carries a C-band synthetic
aperture radar, working in the same part of the spectrum as Europe's Sentinel-1 satellites, so
its data should slot easily into existing processing chains.

Six rideshare payloads flew with it: four Indian and two foreign. They included a 6U cubesat
from Al-Farabi Kazakh National University in Almaty and a 12U Earth-observation spacecraft for a
Singapore start-up. The final deployment came about 25 minutes into the flight. Weather at the range was fair,
with light winds off the Bay of Bengal, and the count ran without a hold.

ISRO Chairman S. Mahadevan said RISAT-3A was in "a very good orbit" and had deployed its solar
array. The countdown had started 25.5 hours earlier, at 4:10 p.m. EDT Monday.

[AD]

## Why it matters

India already flies earlier radar satellites, but several of them are near or beyond their
design lives. RISAT-3A, with a planned five-year mission, restores a reliable all-weather
imaging capability at a time when the country's agriculture, disaster and maritime agencies
are asking for more frequent revisits.

The satellite cost about $50 million (roughly 430 crore rupees) to build, according to ISRO.
That is cheap by Western standards for a radar satellite of this class, though direct
comparisons are tricky because Indian government programs do not book staff and facility costs
the way commercial builders do.

## A busy commercial year

Tuesday's launch was the second PSLV mission of 2026, following PSLV-C66, which placed an
ocean-monitoring satellite in orbit in February. ISRO's commercial arm, NewSpace India Limited
(NSIL), sold the rideshare slots, and industry sources say demand for PSLV secondary payload
space is running ahead of supply.

The next Indian launch is GSLV-F20, targeted for August. ISRO has not given a date for the
next PSLV.

## Our take

Nothing about this flight was dramatic, which is the point. The PSLV remains one of the most
reliable medium-lift vehicles in service, and a steady cadence of missions like this one does
more for India's commercial launch business than any single headline mission. The bigger
question is whether ISRO and NSIL can add enough vehicles to meet rideshare demand while private
Indian rockets are still maturing.

We will update this story when ISRO releases the first RISAT-3A images.
"""

_S5_A = _tpl_paper(
    site="The Deccan Sentinel",
    url="https://deccansentinel.example/science/2026/06/10/pslv-c67-risat-3a-orbit-pre-dawn-launch",
    headline="PSLV lifts RISAT-3A, six small satellites into orbit in pre-dawn launch",
    desc="ISRO's radar imaging satellite reaches a 529 km orbit after a 3:10 am lift-off from "
         "Sriharikota.",
    section="Science", byline="Special Correspondent, Sriharikota", body=_S5_A_BODY,
    iso="2026-06-10T06:30:00+05:30", visible="June 10, 2026 06:30 IST",
    related=[("Gaganyaan: what comes next", "https://deccansentinel.example/science/gaganyaan-what-next"),
             ("Bengaluru space start-ups raise record funds", "https://deccansentinel.example/business/space-startups-funds")],
    image="https://cdn.example/photos/pslv-c67-liftoff.jpg", seed=5)

_S5_B = _tpl_broadcast(
    site="PBI News",
    url="https://pbinews.example/science-tech/risat-3a-in-orbit-radar-eye-farms-floods",
    headline="RISAT-3A in orbit: ISRO's radar eye to watch farms and floods",
    desc="The all-weather radar satellite will help track the monsoon crop and map floods.",
    section="Science & Tech", byline="PBI News Desk", body=_S5_B_BODY,
    iso=None, visible="10 June 2026 | 11:45 IST",
    related=[("Monsoon reaches Kerala", "https://pbinews.example/india/monsoon-reaches-kerala"),
             ("Listen: the science hour", "https://pbinews.example/audio/science-hour")],
    image="https://media.example/images/risat-3a.jpg", seed=0)

_S5_C = _tpl_blog(
    site="Orbit Ledger",
    url="https://orbitledger.example/launch/2026/06/09/india-pslv-flies-risat-3a",
    headline="India's PSLV flies RISAT-3A on a quiet night-time launch",
    desc="A routine flight for the PSLV, and a needed radar satellite for India.",
    section="Launch report", byline="Dana Whitcombe", body=_S5_C_BODY,
    iso="2026-06-09T19:05:00-04:00", visible="June 9, 2026 7:05 p.m. EDT",
    related=[("Rideshare prices: who is cheapest now?", "https://orbitledger.example/analysis/rideshare-prices"),
             ("Launch roundup: the week ahead", "https://orbitledger.example/roundup/week-ahead")],
    image="https://uploads.example/orbit-ledger-pslv.png", seed=1)

STORY_5 = _story("ro-QC5", "rocket", "2026-06-13", [
    _page("https://deccansentinel.example/science/2026/06/10/pslv-c67-risat-3a-orbit-pre-dawn-launch", _S5_A),
    _page("https://pbinews.example/science-tech/risat-3a-in-orbit-radar-eye-farms-floods", _S5_B),
    _page("https://orbitledger.example/launch/2026/06/09/india-pslv-flies-risat-3a", _S5_C),
], [])

# =============================================================================================
# STORY 6 - earthquake (PLANTED).  Eastern Tajikistan, Wed 16 Sept 2026, 4:17 a.m. local
# (UTC+5) = 23:17 GMT Tue 15 Sept.  USGS M5.8, depth 10 km; Tajik Institute of Geology,
# Earthquake Engineering and Seismology M6.0.  Epicentre in Rasht district ~30 km (19 mi) NE of
# Gharm; Dushanbe ~180 km (110 mi) to the west.  Toll rises: 3 dead/14 injured (Wed 9 a.m.),
# 4/19 (Wed noon), 6/27 (Thu 10 a.m.); four of the dead in Dehi Poyon, two in Navobod.  Homes:
# "more than 600" (Wed) -> 1,184 damaged incl. 212 destroyed (Thu).  Aftershocks: strongest M4.6
# at 6:02 a.m.; 23 by Wed evening.  15 million somoni (~$1.4m).
# Planted: clock time 4:17 vs 4:47 (page C); epicentre district Rasht vs Lakhsh (page D).
# =============================================================================================

_S6_A_BODY = """
DUSHANBE, Sept 16 (Meridian Wire) - An earthquake of magnitude 5.8 shook a mountainous farming
area of eastern Tajikistan before dawn on Wednesday. At least three people died and 14 were
hurt, according to the country's emergencies agency.

The quake hit at 4:17 a.m. local time (23:17 GMT on Tuesday) about 30 km (19 miles) northeast of
the town of Gharm in Rasht district. The U.S. Geological Survey, which rated it 5.8, placed the
focus roughly 10 km below the surface; Tajikistan's Institute of Geology, Earthquake
Engineering and Seismology measured the magnitude at 6.0.

The Committee of Emergency Situations and Civil Defence said the casualties reported as of 9
a.m. were all in the village of Dehi Poyon, where several houses built of mud brick had
collapsed. Rescue teams were still trying to reach other villages higher up the valley, where
mobile phone coverage had been cut.

Committee chairman Rustam Nazarzoda was flying to Gharm by helicopter, a spokesman said.
Power to several villages was switched off as a precaution while engineers checked the lines. The
committee warned that casualty figures were likely to change as teams got through to more remote
settlements.

Photographs shared online by residents showed collapsed walls, roofs lying in courtyards and
families huddled around fires in the dark. Meridian Wire could not immediately verify them.

[AD]

In Dushanbe, some 180 km (110 miles) to the west, the tremor woke residents and set chandeliers
swinging, but there were no reports of damage in the capital. "The wardrobe doors opened by
themselves and I grabbed the children," said Zarina Karimova, 34, who lives on the fifth floor
of a Soviet-era block.

At least eight aftershocks had been recorded by mid-morning, the strongest of magnitude 4.6,
according to the Tajik institute.

Village houses in the region are mostly unreinforced mud brick or stone, which offers little
protection when the ground moves hard. Few parts of Central Asia shake as often as Tajikistan,
where the Pamir mountains press against the Tien Shan.

The same area was devastated in 1949, when an earthquake near the village of Khait set off a
landslide that buried entire settlements and killed thousands of people.

The government said it was sending food, tents and medical teams by road from Dushanbe, a
journey that normally takes around five hours along the Vakhsh and Surkhob valleys.

Neighbouring Kyrgyzstan's emergencies ministry said the tremor had been felt in parts of its
Osh and Batken regions but caused no damage there.

(Reporting by Farrukh Saidov; Editing by Helen Ashworth)
"""

_S6_B_BODY = """
DUSHANBE - Four people, two of them children, lost their lives and 19 were hurt when a strong
earthquake hit Rasht district before dawn on Wednesday, the Committee of Emergency Situations
and Civil Defence said in its noon update.

The quake hit at 4:17 in the morning. The epicentre lay about 30 kilometres northeast of Gharm,
the district centre. The Institute of Geology, Earthquake Engineering and Seismology of the
National Academy of Sciences recorded a magnitude of 6.0, while the US Geological Survey
estimated it at 5.8.

All four of those killed lived in the village of Dehi Poyon, where the walls of several old
houses gave way while families were asleep. The committee said more than 600 homes in the
district had been damaged, a figure it described as preliminary because assessment teams had
not yet visited every settlement, and warned that the number was likely to rise sharply.

In Dehi Poyon, neighbours dug through the rubble with shovels and bare hands until the first
rescue team arrived from Gharm shortly after 6 a.m., residents said.

"Our teams reached every village by noon. The hardest ones needed a helicopter," committee
chairman Rustam Nazarzoda told reporters in Gharm.

[FIG] Residents clear rubble from a collapsed house in Dehi Poyon on Wednesday. | Photo: Shavkat Rahimov / Dushanbe Daily

## Hospital full

The injured were taken to the Rasht central district hospital in Gharm. Its chief doctor,
Firuza Saidova, said the staff had worked through the morning without a break. "Most of the
injured have fractures from falling walls and roofs. Two are in a serious condition," she
said.

Aftershocks continued through the day. More than 20 had been registered by late afternoon, the
strongest, of magnitude 4.6, at 6:02 a.m., according to the institute.

[AD]

## Aid on the way

The government has set up a commission to coordinate relief and allocated 15 million somoni
for emergency repairs and reconstruction. Trucks carrying flour, cooking oil and tents left
Dushanbe in the morning. In Gharm itself the market stayed shut on Wednesday, and shopkeepers
swept broken glass from the pavement outside.

The Red Crescent Society of Tajikistan said it was sending 350 family tents and 1,400 blankets,
enough, it said, for the first nights. Nights in the upper valley already fall close to
freezing in mid-September.

The education department said all schools in Rasht district would stay closed until
September 28 while engineers checked the buildings.

Residents of Dushanbe were woken by the shaking, and many spent the early hours in courtyards
and on the street. No damage was reported in the capital.

Seismologists at the institute said the quake occurred on the same system of faults that
produced the catastrophic Khait earthquake of 1949.
"""

_S6_C_BODY = """
The death toll from Wednesday's earthquake in eastern Tajikistan has risen to six, the
Committee of Emergency Situations and Civil Defence said on Thursday morning. As of 10 a.m., 27
people had been injured.

Rescuers recovered the bodies of two men from the ruins of a house in the village of Navobod
late on Wednesday, the committee said. The other four victims, including two children, were
from the neighbouring village of Dehi Poyon.

The earthquake struck at 4:47 a.m. local time, when most families were asleep. Its epicentre was
in Rasht district, in the mountains northeast of the town of Gharm.

The committee's latest survey counts 1,184 damaged homes, of which 212 were destroyed outright
and cannot be lived in. Nine schools were also damaged. The committee said its assessment teams
had now visited every settlement in the affected area and that it did not expect these figures
to change much.

Across the district, families whose houses are still standing have taken in relatives and
neighbours, and mosques in Gharm are collecting food and warm clothes. Electricity has been restored to most
villages, but rockfalls still block several roads in the upper valley, and supplies there are
being carried in by tractor.

[AD]

## "Like a boat"

Bahrom Sharipov, a 58-year-old farmer in Navobod, was in his courtyard when we reached him by
telephone. "The whole house moved like a boat. We ran out in the dark with nothing on our
feet," he said. "Now we sleep in the garden. The children are afraid to go inside."

He said the family's two cows had survived but the barn roof had collapsed on the winter hay.

The head of the district hospital in Gharm, Firuza Saidova, said 11 patients remained in her
care on Thursday, while three with spinal and head injuries had been flown to Dushanbe by
helicopter.

## Tents before the cold

The Red Crescent Society of Tajikistan has delivered 350 tents and 1,400 blankets, and the
government has set aside 15 million somoni, or about 1.4 million dollars, for repairs.

Aid workers say the most urgent task is to get families under proper shelter before the
weather turns. In the upper villages, the first snow usually arrives in October.

Schools across Rasht district are closed until the 28th of this month.

[FIG] A family outside their damaged house in Navobod on Thursday. | Photo: Central Asian Public Radio

## Aftershocks

Dozens of smaller tremors have followed the main shock. Seismologists say aftershocks could
continue for weeks, and the emergencies committee has asked people not to return to houses
with visible cracks in the walls until inspectors have checked them.

Listen to our full report from Gharm in this evening's Central Asia Today programme.
"""

_S6_D_BODY = """
A few notes on Wednesday's earthquake in eastern Tajikistan, for readers who have asked why the
magnitudes differ and what kind of fault was involved.

## The basics

Origin time: 23:17:41 UTC on 15 September, which was 04:17 local time on the 16th. The USGS
gives moment magnitude 5.8 and a depth of 10 km (about 6 miles), which in practice means
"shallow, depth not well constrained". The epicentre was in Lakhsh district, in the upper
Surkhob valley towards the Kyrgyz border.

The Institute of Geology, Earthquake Engineering and Seismology in Dushanbe reports 6.0. That
is not a contradiction. The institute uses its own regional network and a local magnitude
scale calibrated for Central Asian crust; the USGS uses a global moment-tensor solution.
Differences of two tenths of a unit between agencies are routine for events of this size.
Neither number changes what people felt: in the villages nearest the source the shaking was
plainly strong enough to bring down weak masonry, whichever magnitude you prefer.

## The fault

The Surkhob valley follows one of the great boundaries of the region, the zone where the
Pamir is thrust northward against the southern Tien Shan. The fault system here has produced
several destructive earthquakes in the instrumental era, most famously the 1949 Khait event,
magnitude about 7.5, whose landslides buried whole villages.

The USGS focal mechanism for Wednesday's shock shows reverse faulting on a plane striking
roughly east-west, consistent with that north-south squeeze. Nothing about it is unusual for
the setting.

[AD]

## Aftershocks

By Wednesday evening the Tajik network had recorded 23 aftershocks, the largest magnitude 4.6
at 06:02 local time. The rate is dropping roughly as expected. A larger event cannot be ruled
out - it never can - but the statistics favour a normal decaying sequence.

## Why the damage

Six deaths were confirmed as of Thursday, and the emergencies committee counts 1,184 damaged
homes. A magnitude-6 class event at shallow depth under villages of unreinforced mud brick and
stone will do this kind of harm almost anywhere. The houses are heavy, brittle and poorly tied
together; walls fall outward and roofs come down onto sleeping families.

Retrofitting is not glamorous, but programmes that add timber ring beams and lighter roofs to
existing houses have shown good results elsewhere in Central Asia. If there is a lesson from
this week, it is that the money spent after a quake rebuilding the same houses the same way is
the least efficient money there is.

## Data

I have posted the waveform plots from the two nearest open stations and a map of the aftershocks
on the project page. Corrections welcome, as always.
"""

_S6_A = _tpl_wire(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/asia/2026/09/16/quake-kills-at-least-three-eastern-tajikistan",
    headline="Quake kills at least three in eastern Tajikistan",
    desc="A magnitude 5.8 earthquake struck before dawn in a mountainous farming area of eastern "
         "Tajikistan.",
    section="World", byline="Farrukh Saidov", body=_S6_A_BODY,
    iso="2026-09-16T05:20:00Z", visible="September 16, 2026 5:20 AM GMT",
    related=[("Tajikistan's Rogun dam: what is at stake", "https://www.meridianwire.example/world/asia/rogun-dam-stakes"),
             ("Central Asia's earthquake risk, explained", "https://www.meridianwire.example/world/asia/central-asia-quake-risk")],
    image="https://img.example/wire/tajik-quake.jpg", seed=4)

_S6_B = _tpl_paper(
    site="Dushanbe Daily",
    url="https://dushanbedaily.example/society/2026/09/16/rasht-quake-four-dead-hundreds-homes-damaged",
    headline="Rasht quake: four dead, hundreds of homes damaged as rescuers reach remote villages",
    desc="Emergency committee says teams reached every village by noon; schools closed until "
         "September 28.",
    section="Society", byline="Dushanbe Daily staff", body=_S6_B_BODY,
    iso="2026-09-16T19:00:00+05:00", visible="16 September 2026, 19:00",
    related=[("Cotton harvest begins in Khatlon", "https://dushanbedaily.example/economy/cotton-harvest-khatlon"),
             ("Dushanbe's new bus lanes", "https://dushanbedaily.example/city/new-bus-lanes")],
    image="https://cdn.example/photos/dehi-poyon-rubble.jpg", seed=5)

_S6_C = _tpl_broadcast(
    site="Central Asian Public Radio",
    url="https://caprad.example/en/news/tajikistan-quake-toll-rises-to-six",
    headline="Tajikistan quake toll rises to six as families sleep outdoors",
    desc="Two more bodies recovered in Navobod; 1,184 homes damaged.",
    section="News · Tajikistan", byline="CAPR newsroom", body=_S6_C_BODY,
    iso=None, visible="17 September 2026",
    related=[("Central Asia Today: listen again", "https://caprad.example/en/audio/central-asia-today"),
             ("Kyrgyzstan reports no damage from Tajik quake", "https://caprad.example/en/news/kyrgyzstan-no-damage")],
    image="https://media.example/images/navobod-family.jpg", seed=0)

_S6_D = _tpl_blog(
    site="Seismo Notes",
    url="https://seismonotes.example/2026/09/18/eastern-tajikistan-m58-notes",
    headline="Eastern Tajikistan M5.8: notes on magnitudes, faults and mud brick",
    desc="Why the agencies disagree by two tenths, and why the damage was so heavy.",
    section="Event notes", byline="Dr. Katya Morozova", body=_S6_D_BODY,
    iso="2026-09-18T09:00:00+00:00", visible="18 September 2026",
    related=[("Reading a focal mechanism, for non-seismologists", "https://seismonotes.example/2026/05/02/focal-mechanisms"),
             ("Mud brick and ring beams", "https://seismonotes.example/2025/11/14/mud-brick-ring-beams")],
    image="https://uploads.example/seismonotes-map.png", seed=1)

STORY_6 = _story("eq-QC6", "earthquake", "2026-09-19", [
    _page("https://www.meridianwire.example/world/asia/2026/09/16/quake-kills-at-least-three-eastern-tajikistan", _S6_A),
    _page("https://dushanbedaily.example/society/2026/09/16/rasht-quake-four-dead-hundreds-homes-damaged", _S6_B),
    _page("https://caprad.example/en/news/tajikistan-quake-toll-rises-to-six", _S6_C),
    _page("https://seismonotes.example/2026/09/18/eastern-tajikistan-m58-notes", _S6_D),
], [
    ("clock time",
     r"(?<![\d:.])0?4[:.]17(?!\d)|(?<![\d:.])23[:.]?17(?!\d)",
     r"(?<![\d:.])0?4[:.]47(?!\d)"),
    ("epicentre district", r"\brasht\b", r"\blakhsh\b"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
