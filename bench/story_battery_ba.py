"""Story battery, part BA — the Nordic countries (Norway, Sweden, Denmark, Iceland), events in 2026.

Written by engineer BA1 on 2026-12-07 for the thirty-first batch, a precision batch.
Everything (outlets, reporters, companies, most officials, all figures) is invented; real
institutions and places (Norges Bank, Eastern High Court, Andøya Spaceport, Icelandic Met
Office, Kleifarvatn, ...) are scenery only. Three stories carry exactly three planted
disagreements each (cb-BA1, ct-BA3, rk-BA5); three are controls with no real contradiction
(el-BA2, tr-BA4, eq-BA6). Pages are whole HTML documents built by _page() at import time.

cb-BA1 (central bank). TRUE FACTS: on Thursday 18 June 2026 Norges Bank's Monetary Policy and
Financial Stability Committee cut the policy rate by 0.25 pp to 3.75% (from 4.00%, its level
since a March cut; held in May), announced 10:00 CEST (08:00 GMT), effective Friday 19 June.
Vote 4-1; external member Prof. Halvard Rustad wanted to hold. Governor Einar Bjørnstad Holm
("Einar Holm"); Deputy Governor Marte Lindqvist Aas spoke on financial stability/housing. May
core inflation (CPI-ATE) 2.9% (April 3.1%), headline CPI 3.2%, target 2%. Rate path: about
3.5% end-2026, about 3.0% end-2028; mainland GDP 2026 forecast 1.4% (March: 1.6%). EUR/NOK
11.62 -> 11.71 after the decision, close 11.68. Next decision 13 August. PLANTED: (1) vote
split: right 4-1 (Nordwire, Northlight; Fjordposten "four of the five"), wrong 3-2 in Krona &
Krone Markets Brief; (2) core inflation in May: right 2.9% (Nordwire, K&K, Northlight), wrong
3.4 per cent in Fjordposten; (3) Marte Lindqvist Aas's title: right Deputy Governor (Nordwire,
Fjordposten, K&K), wrong "Governor Marte Aas" in the Northlight live page. OUTLETS/DATING:
Nordwire wire (meta article:published_time 2026-06-18T08:06Z); Fjordposten Bergen newspaper
(JSON-LD datePublished 2026-06-19 05:30 +02:00 only; says "yesterday"); Krona & Krone Markets
Brief newsletter (NO date anywhere); Northlight broadcaster live page (visible date only,
CEST timestamps 09:40-12:40). LEGITIMATE TRAPS: 3.75% / 3.75 per cent and 4.00% / 4 per cent
formatting; 10:00 local = 0800 GMT; Fjordposten's "yesterday" = Thursday 18 June; headline CPI
3.2% vs core 2.9% and April's 3.1% (earlier value); rate-path forecasts 3.5% / 3.0% are not
actuals; GDP forecast 1.4% revised from 1.6%; EUR/NOK 11.71 intraday vs "around 11.7" vs
11.68 close; sidebar rates of other central banks (Riksbank 1.75%, Nationalbank 1.60%, ECB
2.00%, CBI 6.50%); names with/without middle names (Einar Bjørnstad Holm / Einar Holm, Marte
Lindqvist Aas); Aas and Holm quotes in slightly different wordings; NOK 7,500 a year = NOK 625
a month on a NOK 3 million mortgage; different commercial banks cutting from different dates
(Vestkyst Sparebank, Nordvik Bank, both existing customers from 3 July); 11 of 16 economists
expected a cut; economists' forecasts of a September cut vs the 13 August meeting; swap rates.

el-BA2 (election, CONTROL). TRUE FACTS: Reykjavík city council election, Saturday 16 May
2026, 23 seats, 12 for a majority; polls closed 22:00 local (= GMT, = 00:00 CEST); final
result 05:10 Sunday 17 May. Valid votes 65,480; cast 66,512 incl. 1,032 blank/invalid;
registered 104,250; turnout 63.8% (2022: 61.2%). Reykjavík Forward 27.4% 17,942 votes 7 seats
(2022: 24.0%, 6); Civic Alliance 21.9% 14,340, 6 (23.5%, 6); City Greens 16.2% 10,608, 4
(14.8%, 4); Harbour List 12.1% 7,923, 3 (13.0%, 3); People's List 9.6% 6,286, 2 (10.2%, 3);
Liberal Centre 6.3% 4,125, 1 (5.1%, 1); others 6.5%. Seats follow d'Hondt. Outgoing coalition
(Civic Alliance + City Greens + People's List) keeps exactly 12. Mayor Gunnar Þór Helgason;
Forward lead candidate Sólveig Ragna Einarsdóttir. PLANTED: none. OUTLETS/DATING: Atlantic
Isles Broadcasting live page (visible date "Saturday 16 May 2026", day break "Sunday 17 May",
local/GMT timestamps); Nordwire wire (meta published_time 2026-05-17T06:12Z); Nordic Politics
Digest, Oslo newsletter (NO date anywhere; JSON-LD without dates). LEGITIMATE TRAPS: partial
counts with timestamps (22:47: 19,870 votes, Forward 29.1%, 8 seats, coalition 11; 01:15:
42,310 votes, Forward 28.0%) vs final; 21:00 turnout 57.9% vs final 63.8%; Icelandic local
time = GMT, 22:00 = midnight in Oslo, 05:10 = "a little after seven" Norwegian time; wire
dated Sunday says "Saturday's election"/"on Sunday"; 2022 shares and seats as earlier values;
vote counts vs percentages; names with/without middle names (Gunnar Þór Helgason / Gunnar
Helgason, Sólveig Ragna Einarsdóttir / Sólveig Einarsdóttir), mayor vs outgoing mayor;
sidebar turnouts of other municipalities (Kópavogur 66.1%, Akureyri 64.7%, ...) and seat
counts of other capitals' councils; counterfactual "roughly 1,200 more votes" for an eighth
Forward seat; Helgason's quote paraphrased vs quoted; seat changes (+1/-1) vs seat totals.

ct-BA3 (court). TRUE FACTS: on Tuesday 22 September 2026, at 10:00 local (08:00 GMT), the
Eastern High Court (Østre Landsret) raised the sentence of Henrik Møller Vestergaard (58),
ex-CEO of the bankrupt Kattegat Bulk Carriers, from three years (Copenhagen City Court,
November 2025) to four years and six months for aggravated fraud and Bookkeeping Act offences;
prosecution had asked for five years; confiscation raised from DKK 9.8 million to DKK 14.2
million (about EUR 1.9 million); ex-CFO Lene Kragh Sørensen (49): one year nine months upheld.
Concealed charter losses DKK 285 million; 2022 bond issue DKK 750 million; bondholder loss
about DKK 620 million (about EUR 83 million); bankruptcy March 2023; appeal hearing from 24
August. Senior Prosecutor Anders Riis Holst (NSK); defence lawyer Camilla Dam Nørby; presiding
judge Mette Lykkegaard. PLANTED: (1) weekday of the verdict: right Tuesday (Copenhagen Ledger,
BNPA), wrong Wednesday in Nordic Courtroom Review; (2) sentence: right four years and six
months (Ledger; Review "four and a half years"), wrong five years and six months in BNPA; (3)
confiscation: right DKK 14.2 million (BNPA, Review), wrong DKK 41.2 million in the Ledger.
OUTLETS/DATING: The Copenhagen Ledger newspaper (meta published_time 2026-09-22T13:45+02:00
and visible "Tuesday 22 September 2026, 13:45"); Baltic & Nordic Press Agency wire (JSON-LD
datePublished 2026-09-22T08:52Z only); Nordic Courtroom Review legal newsletter (NO date
anywhere). LEGITIMATE TRAPS: City Court's three years (earlier value) vs High Court sentence;
prosecution demand of five years vs sentence; "four and a half years" vs "four years and six
months"; City Court confiscation DKK 9.8 million vs DKK 14.2 million; DKK->EUR at 7.46 (14.2m
~ EUR 1.9m, 620m ~ EUR 83m); several distinct money amounts (285m losses, 750m bond, 620m
loss, DKK 48 million pension-fund stake); co-defendant's one year nine months; names and
titles shortened (Henrik Møller Vestergaard / Henrik Vestergaard, Senior Prosecutor Anders Riis
Holst / Prosecutor Anders Holst, Camilla Dam Nørby / Camilla Nørby); court named Eastern High
Court / Østre Landsret / "a Danish appeals court"; 10:00 local = 0800 GMT; quotes translated in
different wordings; sidebar sentences from other Nordic cases (3 years, 2 years 6 months, 2
years); timeline dates in the sidebar (2022, March 2023, November 2025, August 2026).

tr-BA4 (trade, CONTROL). TRUE FACTS: on Tuesday 7 July 2026 the Norwegian Seafood Council
reported first-half 2026 seafood exports of NOK 84.6 billion, up 6.0% / NOK 4.8 billion from
NOK 79.8 billion in H1 2025; volume 1.31 million tonnes, down 2% (2.2%); salmon NOK 58.3
billion (68.9%, "69%", up 7%, volume up 10%); cod NOK 6.1 billion (down 9%); June alone NOK
13.9 billion (up 4%); currency effect about NOK 2.1 billion (about 3% growth without it);
EUR/NOK average 11.74 (11.45 a year earlier), USD/NOK 10.62, so about EUR 7.2 billion (up about
3%) and about USD 8.0 billion; markets Poland 7.9, Denmark 6.4, USA 5.6 (up 3%), China 2.4 (up
11%) NOK billion; full-year forecast about NOK 178 billion vs NOK 172.1 billion in 2025. CEO
Kari Mjelde Strand; analyst Eirik Solvang. PLANTED: none. OUTLETS/DATING: Nordwire wire (meta
published_time 2026-07-07T06:45Z, modified 08:10Z); Vestlandsavisen Bergen newspaper (visible
date "Wednesday 8 July 2026" only; "yesterday" = Tuesday); SeafoodTrade Insight newsletter
(NO date anywhere). LEGITIMATE TRAPS: H1 total vs June-only figure; NOK vs EUR vs USD
conversions; +6% in NOK vs about +3% in EUR and about +3% excluding currency; value up while
volume down (2% vs 2.2% rounding); salmon share 69% / 68.9% / "almost seven of every ten
kroner"; H1 2025 earlier value; full-year forecast vs 2025 actual; Vestlandsavisen's
"yesterday"; Vestland county figure NOK 14.8 billion (up 8%) vs national totals; sidebar
figures for Iceland (ISK 181 billion, up 4%) and other producers; crowns / kroner / NOK;
Strand's statement quoted vs paraphrased; Kari Mjelde Strand / Kari Strand.

rk-BA5 (rocket). TRUE FACTS: on Wednesday 14 October 2026 Skarv Orbital's two-stage, 21 m
Tind rocket lifted off from Andøya Spaceport at 11:42 CEST (09:42 UTC), twelve minutes into a
window that opened at 11:30 (hold for a fishing vessel); Monday 12 October attempt scrubbed at
T-4 min (pressure sensor). Max-Q T+62 s; staging T+2 min 41 s; second-stage cut-off T+8 min
55 s; five payloads, 410 kg; main satellite Lyngen-1 (180 kg, sea ice and shipping, for
Arktisk Havvakt) released at T+54 min; sun-synchronous orbit about 520 km (323 miles), 97.5
degrees; first signal from Lyngen-1 via Svalbard at 13:21 CEST. CEO Ingvild Sæther Rønning;
development cost about NOK 1.2 billion (about EUR 103 million). PLANTED: (1) lift-off time:
right 11:42 CEST / 0942 GMT (Northlight, Nordwire, Launchpad North), wrong 11:24 in Arctic
Coast Courier; (2) orbit altitude: right about 520 km (Northlight, Launchpad North, Courier),
wrong about 620 km in Nordwire; (3) main satellite's name: right Lyngen-1 (Northlight,
Nordwire, Courier), wrong Lofoten-1 in Launchpad North. OUTLETS/DATING: Northlight live page
(visible date "Wednesday 14 October 2026", CEST timestamps 10:55-13:40); Nordwire wire (meta
published_time 2026-10-14T10:05Z); Launchpad North space newsletter (NO date anywhere);
Arctic Coast Courier regional newspaper (JSON-LD datePublished 2026-10-15 06:00 +02:00 only;
"yesterday" = Wednesday). LEGITIMATE TRAPS: CEST vs UTC/GMT (11:42 = 09:42 = 0942 GMT); window
opening 11:30 and moved target time vs actual lift-off; Monday's scrub and "two days after";
the Courier's "yesterday"; mission elapsed times (T+54 min) vs clock times of live posts
(12:37) and first signal 13:21 vs post at 13:25; 520 km = 323 miles; total payload 410 kg vs
Lyngen-1 180 kg vs capacity about 500 kg to 500 km; NOK 1.2 billion ~ EUR 103 million;
Ingvild Sæther Rønning / Ingvild Rønning; crowd "hundreds" early vs "some 2,000" at lift-off;
sidebar facts on other spaceports (Esrange, SaxaVord) and Andøya's history (1962, 1,200+
sounding rockets); next flight "first half of 2027" / "first half of next year" / "spring".

eq-BA6 (earthquake, CONTROL). TRUE FACTS: on Thursday 19 November 2026 at 03:17 local time
(= GMT/UTC; 04:17 CET) a magnitude 5.2 earthquake (Icelandic Met Office, after manual review
at about 05:40; automatic first estimate 4.8; EMSC estimate 5.3) struck at 5.6 km depth near
the eastern shore of Kleifarvatn, about 25 km (16 miles) south of Reykjavík; largest
aftershock M3.9 at 03:41; aftershocks more than 200 by 06:10, more than 350 by 09:00, more than
480 by 12:30, more than 650 by 18:05, about 1,100 by Friday evening; no injuries; Road 42
closed; damage reports 14 by 10:00, 37 by the evening; uncertainty phase declared. Katrín Sif
Baldursdóttir (Met Office), Prof. Sveinn Ottósson (University of Iceland). PLANTED: none.
OUTLETS/DATING: Atlantic Isles Broadcasting live page (visible date "Thursday 19 November
2026", GMT timestamps 03:31-18:20); Nordwire wire (meta published_time and JSON-LD
datePublished 2026-11-19T09:20Z); Rift & Magma Notes newsletter (NO date anywhere).
LEGITIMATE TRAPS: preliminary automatic 4.8 vs revised 5.2 (made explicit); EMSC's 5.3 as a
different agency's estimate; local time = UTC in Iceland vs 04:17 CET; growing aftershock
counts with times; largest aftershock 3.9 vs main shock; 25 km = 16 miles; damage reports 14
vs 37 at different times; Katrín Sif Baldursdóttir / Katrín Baldursdóttir; "Thursday" and
"Friday evening" in the undated newsletter; Grindavík about 20 km west and earlier eruptions
as background; 0.11 g peak ground acceleration; quotes paraphrased vs quoted.
"""

import html as _html
import json as _json

_COOKIE_TEXT = (
    "We and our partners use cookies and similar technologies to keep this site working, "
    "to measure how it is used and to show you relevant advertising. You can change your "
    "choices at any time under Cookie settings."
)

_FOOTER_LINKS = [
    ("About us", "/about"),
    ("Contact", "/contact"),
    ("Corrections", "/corrections"),
    ("Privacy policy", "/privacy"),
    ("Cookie settings", "/privacy/cookies"),
    ("Terms of use", "/terms"),
    ("Advertise with us", "/advertise"),
]


def _e(text):
    return _html.escape(text, quote=False)


def _a(text):
    return _html.escape(text, quote=True)


def _paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if lines:
            out.append(" ".join(lines))
    return out


def _body_html(text, live):
    parts = []
    count = 0
    in_update = False
    for para in _paras(text):
        if live and para.startswith("## "):
            if in_update:
                parts.append("</div>")
                in_update = False
            parts.append(f'<h2 class="live-day">{_e(para[3:])}</h2>')
            continue
        if live and para.startswith("[") and "]" in para[:9]:
            if in_update:
                parts.append("</div>")
            stamp, rest = para[1:].split("]", 1)
            parts.append(
                '<div class="live-update">'
                f'<p class="live-stamp"><time>{_e(stamp.strip())}</time></p>'
            )
            in_update = True
            para = rest.strip()
        parts.append(f"<p>{_e(para)}</p>")
        count += 1
        if count == 3:
            parts.append(
                '<div class="ad-slot ad-inarticle" aria-hidden="true">'
                "<span>Advertisement</span></div>"
            )
    if in_update:
        parts.append("</div>")
    return "\n".join(parts)


def _page(
    *,
    site,
    domain,
    path,
    headline,
    standfirst,
    byline,
    body,
    nav,
    section,
    sidebar_title,
    sidebar,
    related,
    published_time=None,
    modified_time=None,
    jsonld_date=None,
    jsonld_nodate=False,
    visible_date=None,
    live=False,
    year=None,
    about="",
):
    url = f"https://{domain}{path}"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(headline)} | {_e(site)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_a(standfirst)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_a(url)}">',
        '<link rel="stylesheet" href="/static/css/site.css">',
    ]
    if published_time:
        head.append(f'<meta property="article:published_time" content="{published_time}">')
    if modified_time:
        head.append(f'<meta property="article:modified_time" content="{modified_time}">')
    if jsonld_date or jsonld_nodate:
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if live else "NewsArticle",
            "headline": headline,
            "description": standfirst,
            "mainEntityOfPage": url,
            "author": {"@type": "Person", "name": byline},
            "publisher": {"@type": "Organization", "name": site},
        }
        if jsonld_date:
            data["datePublished"] = jsonld_date
        blob = _json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">\n{blob}\n</script>')
    head.append("</head>")

    nav_html = "".join(
        f'<li><a href="/{_a(item.lower().replace(" ", "-"))}">{_e(item)}</a></li>'
        for item in nav
    )
    share = (
        '<div class="share-tools" aria-label="Share this article">'
        '<button type="button" class="share-facebook">Share on Facebook</button>'
        '<button type="button" class="share-x">Share on X</button>'
        '<button type="button" class="share-linkedin">Share on LinkedIn</button>'
        '<button type="button" class="share-email">Email</button>'
        '<button type="button" class="share-copy">Copy link</button>'
        "</div>"
    )
    date_html = ""
    if visible_date:
        date_html = f'<p class="article-date">{_e(visible_date)}</p>'
    side_items = "".join(f"<li>{_e(item)}</li>" for item in sidebar)
    rel_items = "".join(
        f'<li><a href="{_a(href)}">{_e(title)}</a></li>' for title, href in related
    )
    foot_links = "".join(
        f'<li><a href="{_a(href)}">{_e(title)}</a></li>' for title, href in _FOOTER_LINKS
    )
    copyright_line = f"&copy; {year} {_e(site)}" if year else f"&copy; {_e(site)}"
    body_parts = [
        '<body class="article-page">',
        '<div id="cookie-consent" class="cookie-banner" role="dialog" '
        'aria-label="Cookie consent">',
        f"<p>{_e(_COOKIE_TEXT)}</p>",
        '<button type="button" class="cookie-accept">Accept all</button>',
        '<button type="button" class="cookie-reject">Reject optional cookies</button>',
        '<a href="/privacy/cookies">Cookie settings</a>',
        "</div>",
        '<header class="site-header">',
        f'<a class="site-logo" href="/">{_e(site)}</a>',
        f'<nav class="main-nav" aria-label="Main"><ul>{nav_html}</ul></nav>',
        '<a class="subscribe-button" href="/subscribe">Subscribe</a>',
        '<a class="login-link" href="/login">Log in</a>',
        "</header>",
        '<div class="ad-slot ad-leaderboard" aria-hidden="true"><span>Advertisement</span></div>',
        '<main class="page-main">',
        '<article class="article">',
        f'<p class="section-label"><a href="/{_a(section.lower())}">{_e(section)}</a></p>',
        f"<h1>{_e(headline)}</h1>",
        f'<p class="standfirst">{_e(standfirst)}</p>',
        f'<p class="byline">By <span class="author">{_e(byline)}</span></p>',
        date_html,
        share,
        '<div class="article-body">',
        _body_html(body, live),
        "</div>",
        share,
        "</article>",
        '<aside class="sidebar">',
        f'<section class="factbox"><h2>{_e(sidebar_title)}</h2><ul>{side_items}</ul></section>',
        '<div class="ad-slot ad-mpu" aria-hidden="true"><span>Advertisement</span></div>',
        '<section class="newsletter-signup"><h2>Get our morning briefing</h2>'
        '<form action="/newsletter" method="post"><label>Email address '
        '<input type="email" name="email"></label>'
        '<button type="submit">Sign up</button></form></section>',
        "</aside>",
        f'<section class="related"><h2>Related coverage</h2><ul>{rel_items}</ul></section>',
        "</main>",
        '<footer class="site-footer">',
        f"<ul>{foot_links}</ul>",
        f"<p>{_e(about)}</p>" if about else "",
        f"<p>{copyright_line}. All rights reserved.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    page = "\n".join(head + [p for p in body_parts if p])
    return {"url": url, "html": page}



# ---------------------------------------------------------------------------
# cb-BA1 -- Norges Bank rate cut, Thursday 18 June 2026
# ---------------------------------------------------------------------------

_CB_WIRE = """
OSLO, June 18 (Nordwire) - Norway's central bank lowered its policy rate by a quarter of a
percentage point to 3.75% on Thursday and said it would most likely cut again in the autumn,
as underlying inflation slowed faster than it had forecast in the spring.

The decision by Norges Bank's Monetary Policy and Financial Stability Committee was announced
at 10:00 local time (0800 GMT). The five-member committee voted 4-1, with external member
Professor Halvard Rustad preferring to keep the rate at 4.00%. The new rate applies from
Friday, June 19.

Eleven of 16 economists polled by Nordwire last week had expected a cut, while the remaining
five had forecast no change after the bank left the rate on hold in May.

"Inflation has come down, and the outlook for wage growth and the krone gives us room to lower
the rate somewhat," Governor Einar Bjørnstad Holm told a news conference at 10:30 local time.
"If the economy develops broadly as we now expect, the policy rate will be reduced further in
the course of the autumn."

Core inflation, measured by the CPI-ATE index that strips out energy prices and adjusts for
tax changes, slowed to 2.9% in May from 3.1% in April, Statistics Norway reported on June 10.
Headline consumer price inflation was 3.2%. The central bank's target is 2%.

The rate path published in the bank's June Monetary Policy Report points to a policy rate of
around 3.5% at the end of this year and close to 3.0% by the end of 2028. The bank cut its
forecast for mainland GDP growth in 2026 to 1.4% from 1.6% in the March report, citing weaker
demand from Norway's main trading partners. It expects registered unemployment to edge up to
2.3% from 2.2% now.

The crown weakened after the announcement. The euro rose to 11.71 crowns from about 11.62 just
before 10:00, a move currency dealers put down to the clearer signal of a further cut.

Deputy Governor Marte Lindqvist Aas, who presented the bank's assessment of financial
stability, said household debt remained high relative to income but that banks were well
capitalised. "Lower rates will ease the burden for many households, but we are following
developments in the housing market closely," she said.

In the bank's account of the meeting, Rustad argued that it was "premature" to cut while annual
wage growth was running at about 4.5%, above the level he said was consistent with the
inflation target over time.

Economists said the guidance made September the most likely month for the next move. "They
have more or less pre-announced a cut for September, unless the crown weakens sharply," said
Liv Kristoffersen, chief economist at Skagerak Fondsforvaltning in Oslo.

The next rate decision is due on August 13, a meeting at which Norges Bank does not publish a
new Monetary Policy Report.

(Reporting by Sigrid Vollan; Editing by Tomas Ekre)
"""

_CB_PAPER = """
BERGEN - Homeowners in Vestland with floating-rate mortgages can look forward to lower monthly
bills by the end of the summer, after Norges Bank cut its policy rate by 0.25 percentage
points to 3.75 per cent yesterday.

It was the first change since March, when the central bank lowered the rate to 4 per cent.
Four of the five members of the bank's rate-setting committee backed Thursday's cut; the
fifth, economics professor Halvard Rustad, wanted to wait.

Governor Einar Holm told reporters in Oslo that inflation had fallen far enough to justify a
lower rate. Core inflation, which leaves out energy prices, was 3.4 per cent in May, according
to the figures the bank presented at the press conference.

"If the economy develops broadly as we now expect, the rate will come down further during the
autumn," Holm said.

For borrowers the arithmetic is simple. A mortgage of NOK 3 million becomes about NOK 7,500 a
year cheaper before tax, or roughly NOK 625 a month, if the bank passes on the whole cut.
Fjordposten's calculation assumes an ordinary repayment loan and does not include the tax
deduction on interest.

Vestkyst Sparebank, the largest savings bank in the Bergen area, said on Thursday afternoon
that it would lower its mortgage rates by up to 0.25 percentage points. New customers get the
lower rate immediately; existing customers will see it from 3 July.

"We want to pass the cut on as quickly as we can. Many of our customers have had a couple of
tough years," said chief executive Randi Hovland.

Deputy Governor Marte Lindqvist Aas used part of the press conference to warn that cheaper
money could give house prices a fresh push. "Lower interest rates will make life easier for
many households, but we are following the housing market closely," she said.

In Bergen, resale prices have risen 6.1 per cent over the past twelve months, according to the
latest figures from the estate agents' association, and the average flat now sells for about
NOK 4.9 million. Estate agent Camilla Tveit in Fana says viewings have been busier since May.
"People have been waiting for this signal. I think we will see it in the autumn market."

Jon Arne Lie, chief economist at Hanseatisk Securities in Bergen, expects the next cut in
September. "The bank is telling us, almost in so many words, that it wants to cut once more
this year. I would be surprised if it came as early as August," he said.

Not everyone is celebrating. Savers with money in deposit accounts will see lower returns.
"People who have put money aside for decades are paying for this," said Grete Fossdal, who
chairs a pensioners' association in Åsane.

The krone weakened after the announcement, and one euro cost around 11.7 kroner in afternoon
trading on Thursday. A weaker krone makes imported goods more expensive, one of the reasons
the committee's dissenter wanted to hold off.
"""

_CB_NEWSLETTER = """
OSLO - Norges Bank delivered the quarter-point cut that most of the market had priced, taking
the policy rate to 3.75% from 4.00%. What the market had not fully priced was the tone: the
new rate path sits below March's all the way out to 2028, and the committee all but pencilled
in another cut for the autumn.

The split. The committee voted 3-2 for the cut, with external member Professor Halvard Rustad
among those who wanted to hold. We read the dissent as a warning that the bar for a move at
the August meeting is high, not as a sign that the autumn cut is in doubt.

The data. Core inflation (CPI-ATE) came in at 2.9% year on year in May, down from 3.1% in
April and 0.2 percentage points below Norges Bank's own March projection. Headline CPI was
3.2%. Annual wage growth is tracking about 4.5% this year, and that is where the hawks will
keep pointing.

The path. The June report puts the policy rate at around 3.5% by year-end and close to 3.0% by
the end of 2028. Mainland GDP growth for this year was revised down to 1.4% from 1.6%. Our base
case is a cut in September, when the bank publishes its next full report, followed by a pause
through the winter.

The words. Governor Einar Bjørnstad Holm said the rate "will be reduced further in the course
of the autumn" if the economy develops broadly as expected. That is about as explicit as
Norges Bank gets. Deputy Governor Marte Lindqvist Aas spent most of her time on household debt
and housing, which tells us the bank is aware of the risk that lower rates reignite prices.

"The governor was about as explicit as central bankers ever get," said Oskar Feldt, chief
strategist at Sundvik Capital in Stockholm. "Unless the krone falls off a cliff, September is
live."

Rates. Two-year swap rates fell about 9 basis points on the day to 3.61%, and the ten-year
rate fell 4 basis points to 3.72%. Before the meeting, pricing implied roughly a 70%
probability of a cut.

The krone. EUR/NOK jumped from about 11.62 just before the 10:00 announcement to 11.71 within
twenty minutes, a move of roughly 0.8%, before settling near 11.68 by the close. Relative rates
matter here: the gap to the Riksbank's 1.75% narrows to 2 percentage points, and the spread to
the ECB's 2.00% deposit rate shrinks to 1.75 points. We stay neutral on the krone for now but
would fade moves above 11.80.

What we watch next. The June CPI print, the bank's Regional Network survey and, of course,
the oil price. A sharp drop in Brent from current levels around $71 would make the autumn cut
harder to deliver, because it would put more pressure on the currency.

Bottom line. A dovish cut with a split vote. The direction is clear; the pace is not.
"""

_CB_LIVE = """
[09:40] Good morning and welcome to our live coverage of Norges Bank's interest rate decision,
which will be announced at 10:00. The policy rate currently stands at 4.00 per cent, where it
has been since a cut in March. Most economists expect a quarter-point cut today.

[09:52] Our economics correspondent Henrik Aune is at the central bank's headquarters at
Bankplassen in Oslo. He says the analysts in the room regard a cut as "the base case, but not a
done deal".

[10:00] BREAKING: Norges Bank cuts its policy rate by 0.25 percentage points to 3.75 per cent.
The bank says the rate will "most likely be reduced further in the course of the autumn".

[10:04] The decision was not unanimous. The committee voted 4-1; external member Halvard
Rustad wanted to keep the rate unchanged at 4 per cent.

[10:09] The krone has weakened on the news. One euro now costs 11.71 kroner, up from about
11.62 just before the announcement.

[10:31] The press conference has started. Governor Einar Holm: "Inflation has come down, and
the outlook gives us room to lower the rate somewhat. If the economy develops broadly as we now
expect, the policy rate will be reduced further in the course of the autumn."

[10:44] Some context on inflation: core inflation, the measure Norges Bank watches most
closely, was 2.9 per cent in May, down from 3.1 per cent in April. Overall consumer prices were
3.2 per cent higher than a year earlier. The target is 2 per cent.

[10:58] Governor Marte Aas, who is responsible for financial stability, is asked about the
housing market. "Lower rates will ease the burden for many households, but we are following
the housing market closely," she says. She adds that Norwegian banks are "solid" and have
ample capital.

[11:15] Holm is asked whether the cut is really about weaker growth. He says the bank now
expects mainland GDP to grow 1.4 per cent this year, down from the 1.6 per cent it forecast in
March, but insists that "this is first and foremost about inflation".

[11:36] The first bank has reacted. Nordvik Bank says it will lower its mortgage rates by 0.25
percentage points for new customers from Monday and for existing customers from 3 July.

[11:52] What does it mean for you? On a mortgage of NOK 3 million, a quarter-point cut saves
roughly NOK 625 a month, or NOK 7,500 a year, before tax, provided your bank passes the cut on
in full.

[12:20] Economists react. "A cut in September now looks very likely," says Liv Kristoffersen,
chief economist at Skagerak Fondsforvaltning. Per Ivar Nesse, an economist at Tromsø-based
Polarbanken, is more cautious: he calls the August meeting "too early" for another move and
says a weaker krone could still get in the way.

[12:40] That is where we leave our live coverage. In summary: Norges Bank cut its policy rate
to 3.75 per cent from 4.00 per cent, the committee split 4-1, and the bank signalled another
cut this autumn. The next decision is due on 13 August. Thank you for following along.
"""

_CB_PAGES = [
    _page(
        site="Nordwire",
        domain="www.nordwire.example",
        path="/markets/2026/06/18/norges-bank-cuts-policy-rate-to-3-75-percent",
        headline="Norges Bank cuts rate to 3.75%, signals another reduction in autumn",
        standfirst="Committee votes 4-1 for quarter-point cut as core inflation slows to 2.9%",
        byline="Sigrid Vollan",
        body=_CB_WIRE,
        nav=["World", "Business", "Markets", "Energy", "Technology", "Nordics"],
        section="Markets",
        sidebar_title="Policy rates in the region",
        sidebar=[
            "Norges Bank: 3.75% (from 4.00%)",
            "Riksbank (Sweden): 1.75%",
            "Danmarks Nationalbank (current-account rate): 1.60%",
            "ECB deposit rate: 2.00%",
            "Central Bank of Iceland: 6.50%",
        ],
        related=[
            ("Norwegian core inflation slows to 2.9% in May", "/markets/norway-cpi-may"),
            ("Riksbank holds at 1.75%, sees no change this year", "/markets/riksbank-holds"),
            ("Crown slips as Brent falls toward $70", "/markets/crown-slips-brent"),
            ("Explainer: how Norges Bank sets its policy rate", "/explainers/norges-bank"),
        ],
        published_time="2026-06-18T08:06:00Z",
        year=2026,
        about="Nordwire is an independent news agency covering the Nordic and Baltic regions.",
    ),
    _page(
        site="Fjordposten",
        domain="www.fjordposten.example",
        path="/okonomi/rentekutt-lettelse-for-laantakere-1.48213",
        headline="Rate cut brings relief for borrowers, but Norges Bank keeps an eye on house "
        "prices",
        standfirst="A mortgage of three million kroner gets about 625 kroner a month cheaper, "
        "if the banks pass on the full cut.",
        byline="Kjersti Myrvang and Ole-Petter Sande",
        body=_CB_PAPER,
        nav=["Front page", "Bergen", "Vestland", "Economy", "Sport", "Culture", "Opinion"],
        section="Economy",
        sidebar_title="What a 0.25-point cut is worth (per year, before tax)",
        sidebar=[
            "Mortgage of NOK 2 million: about NOK 5,000",
            "Mortgage of NOK 3 million: about NOK 7,500",
            "Mortgage of NOK 4 million: about NOK 10,000",
            "Mortgage of NOK 5 million: about NOK 12,500",
        ],
        related=[
            ("Bergen house prices up 6.1 per cent in a year", "/bolig/bergen-boligpriser"),
            ("Vestkyst Sparebank reports record first quarter", "/okonomi/vestkyst-kvartal"),
            ("Opinion: The cut is welcome, but it comes late", "/meninger/rentekutt-sent"),
        ],
        jsonld_date="2026-06-19T05:30:00+02:00",
        year=2026,
    ),
    _page(
        site="Krona & Krone Markets Brief",
        domain="kronakrone.example",
        path="/brief/norges-bank-the-split-the-path-and-the-krone",
        headline="Norges Bank: the split, the path and the krone",
        standfirst="Our read of Thursday's quarter-point cut and what the new rate path means "
        "for NOK.",
        byline="Astrid Nyhus, senior FX strategist",
        body=_CB_NEWSLETTER,
        nav=["Briefs", "FX", "Rates", "Nordic macro", "Charts", "Archive"],
        section="Briefs",
        sidebar_title="Market snapshot at the close",
        sidebar=[
            "EUR/NOK: 11.68",
            "EUR/SEK: 11.05",
            "Norway 2-year swap: 3.61%",
            "Norway 10-year swap: 3.72%",
            "Brent crude: $71.20 a barrel",
        ],
        related=[
            ("Riksbank preview: on hold, but for how long?", "/brief/riksbank-preview"),
            ("Positioning: the long-krone trade unwinds", "/brief/nok-positioning"),
            ("Chart pack: Nordic policy rates", "/charts/nordic-policy-rates"),
        ],
        about="Krona & Krone Markets Brief is a subscriber newsletter. Not investment advice.",
    ),
    _page(
        site="Northlight",
        domain="www.northlight.example",
        path="/live/norges-bank-rate-decision-june",
        headline="Live: Norges Bank cuts interest rate to 3.75 per cent",
        standfirst="Follow the central bank's decision, the press conference and reactions.",
        byline="Northlight News, with Henrik Aune in Oslo",
        body=_CB_LIVE,
        nav=["News", "Live", "Business", "Sport", "Weather", "TV", "Radio"],
        section="Live",
        sidebar_title="Norges Bank's policy rate",
        sidebar=[
            "December 2025: held at 4.25%",
            "March 2026: cut to 4.00%",
            "May 2026: held at 4.00%",
            "June 2026: cut to 3.75%",
        ],
        related=[
            ("What the rate cut means for your mortgage", "/business/rate-cut-mortgage"),
            ("Who sits on Norges Bank's rate-setting committee?", "/business/committee"),
            ("Krone at its weakest since April", "/business/krone-weakest"),
        ],
        visible_date="Thursday 18 June 2026 - live coverage, all times CEST",
        live=True,
        year=2026,
    ),
]

_CB = {
    "id": "cb-BA1",
    "part": "BA",
    "domain": "central bank",
    "fetched": "2026-07-02",
    "articles": _CB_PAGES,
    "planted": [
        (
            "committee vote split",
            r"\b(4|four)\s*(-|\u2013|\u2014|to)\s*(1|one)\b|\b(4|four) of (the )?(5|five)\b",
            r"\b(3|three)\s*(-|\u2013|\u2014|to)\s*(2|two)\b|\b(3|three) of (the )?(5|five)\b",
        ),
        (
            "core inflation (cpi-ate) in may",
            r"\b2[.,]9\s*(%|per ?cent|percent)",
            r"\b3[.,]4\s*(%|per ?cent|percent)",
        ),
        (
            "title of marte lindqvist aas",
            r"deputy governor",
            r"^governor\b",
        ),
    ],
}


# ---------------------------------------------------------------------------
# el-BA2 -- Reykjavik city council election, Saturday 16 May 2026 (CONTROL)
# ---------------------------------------------------------------------------

_EL_LIVE = """
[21:30] Good evening and welcome to our live coverage of the Reykjavík city council election.
Polling stations close at 22:00, and the first figures from the count at Laugardalshöll are
expected within the hour. Voters are choosing all 23 members of the city council.

[21:41] A reminder of the starting point: six lists won seats in 2022, and the outgoing
majority of the Civic Alliance, the City Greens and the People's List holds 13 of the 23 seats.
Twelve seats are needed for a majority.

[21:48] Turnout at 21:00 was 57.9 per cent, according to the city's election board, slightly
ahead of the same time four years ago. The final figure will be higher, as the last hour is
usually busy.

[22:00] Polls are now closed in Reykjavík. Counting has begun.

[22:47] FIRST COUNT: With 19,870 votes counted, Reykjavík Forward leads with 29.1 per cent,
followed by the Civic Alliance on 20.8 per cent and the City Greens on 15.6 per cent. The
Harbour List has 12.4 per cent, the People's List 9.0 per cent and the Liberal Centre 6.8 per
cent. On these numbers Forward would take 8 seats and the outgoing majority would fall to 11,
one short of a majority. Much of the postal vote has not yet been counted.

[23:05] Cheers at Forward's election party in Grandi. The list's lead candidate, Sólveig Ragna
Einarsdóttir, tells supporters: "It is early, but this looks like a city that wants change."

[23:40] Outgoing mayor Gunnar Þór Helgason of the Civic Alliance says it is "far too early to
draw conclusions", pointing out that postal votes and the eastern districts are usually
counted later in the night.

## Sunday 17 May

[01:15] SECOND COUNT: 42,310 votes counted. Forward 28.0 per cent, Civic Alliance 21.4, City
Greens 16.0, Harbour List 12.3, People's List 9.3, Liberal Centre 6.5. On these figures
Forward drops back to 7 seats and the Civic Alliance rises to 6, which would give the outgoing
coalition exactly 12 seats.

[02:30] Counting of the remaining postal votes continues. The election board says it expects
to publish the final result at around 05:00.

[05:10] FINAL RESULT: All 65,480 valid votes have been counted. Reykjavík Forward 27.4 per cent
(17,942 votes, 7 seats); Civic Alliance 21.9 per cent (14,340 votes, 6 seats); City Greens 16.2
per cent (10,608 votes, 4 seats); Harbour List 12.1 per cent (7,923 votes, 3 seats); People's
List 9.6 per cent (6,286 votes, 2 seats); Liberal Centre 6.3 per cent (4,125 votes, 1 seat).
Other lists took 6.5 per cent between them and won no seats.

[05:18] Final turnout was 63.8 per cent, up from 61.2 per cent in 2022. In all 66,512 people
voted, including 1,032 who cast blank or invalid ballots.

[05:25] What it means: Forward is the largest party, up from 6 seats to 7, but the outgoing
majority of the Civic Alliance (6), the City Greens (4) and the People's List (2) holds exactly
12 of the 23 seats, a majority of one. The People's List lost one of its three seats.

[05:40] Helgason says the three coalition partners will meet on Sunday afternoon. Einarsdóttir
says Forward "won this election" and will "talk to everyone". That is the end of our overnight
live coverage; our full analysis follows later today.
"""

_EL_WIRE = """
REYKJAVIK, May 17 (Nordwire) - The opposition Reykjavík Forward became the largest party on
the Icelandic capital's city council in Saturday's municipal election, but the three-party
coalition led by Mayor Gunnar Þór Helgason held on to a majority of a single seat, final
results showed on Sunday.

Forward won 27.4% of the vote and 7 of the council's 23 seats, up from 24.0% and 6 seats in
2022, according to figures published by the city's election board shortly after 5 a.m. local
time (0500 GMT).

Helgason's Civic Alliance took 21.9% and kept its 6 seats, although its share fell from 23.5%.
Its partners the City Greens won 16.2% and 4 seats, and the People's List 9.6% and 2 seats,
giving the coalition 12 seats, the minimum needed for a majority.

The Harbour List won 12.1% and 3 seats, and the Liberal Centre 6.3% and 1 seat. Turnout was
63.8%, up from 61.2% four years ago.

Early results on Saturday night had pointed to a heavier defeat for the coalition. With fewer
than a third of the votes counted, Forward was on course for 8 seats, but its share slipped as
postal votes and ballots from the eastern districts were added.

"We won this election. Reykjavík voted for change, and we will talk to everyone about how to
deliver it," Forward's lead candidate Sólveig Ragna Einarsdóttir told supporters.

Helgason, who has been mayor since 2022, said the coalition partners would meet on Sunday
afternoon. "The majority has held, and we take that as a mandate to continue. But it is also a
clear message, and we have heard it," he said.

Analysts said a one-seat majority would be fragile. "Twelve out of 23 means any single council
member can hold the coalition hostage on a big vote," said Ásta Pálsdóttir, a political
scientist at the University of Iceland. "I would expect the coalition to look for a fourth
partner, and the Liberal Centre is the obvious candidate."

Liberal Centre leader Ari Steinsson said he was "open to talking to both sides" but would not
commit to either bloc before the coalition had met.

The campaign was dominated by housing costs, which have risen sharply in the capital area over
the past decade, and by the timetable for the first phase of the Borgarlína rapid bus network.
Forward had promised to build 3,000 homes on city-owned land within four years and to freeze
parking fees in the city centre.

Municipal elections were held across Iceland on Saturday. In neighbouring Kópavogur, turnout
was 66.1%, and in Akureyri, the largest town in the north, it was 64.7%.

Reykjavík has about 140,000 inhabitants, of whom 104,250 were registered to vote in the city
election. Counting was carried out at the Laugardalshöll sports hall and took a little over
seven hours.

(Reporting by Bjarki Steinsson; Editing by Tomas Ekre)
"""

_EL_DIGEST = """
OSLO - For readers following Saturday's vote in Reykjavík from Scandinavia, the night was a
long one. Polls closed at 22:00 Icelandic time, which was midnight in Oslo and Stockholm, and
the final result was not published until a little after seven on Sunday morning, Norwegian
time.

The headline is a paradox. Reykjavík Forward is now the largest party in the Icelandic
capital, with 27.4 per cent of the vote and 7 of the 23 council seats. Yet the outgoing
coalition of the Civic Alliance, the City Greens and the People's List keeps exactly 12 seats,
the smallest possible majority.

How close was it? Under the d'Hondt method used to share out the seats, the last seat went to
the Civic Alliance. Forward would have needed roughly 1,200 more votes to take it, which would
have left the coalition with 11 seats and without a majority.

Early counts told a different story. The first batch, published at 22:47 local time with
19,870 votes counted, gave Forward 29.1 per cent and 8 seats and left the coalition on 11.
Several Nordic news sites ran late-night headlines about the mayor's defeat. Forward's share
fell back as the postal votes came in, and by the second count, with 42,310 votes counted, the
coalition was back on 12.

The final shares, with 2022 in brackets: Forward 27.4 (24.0); Civic Alliance 21.9 (23.5); City
Greens 16.2 (14.8); Harbour List 12.1 (13.0); People's List 9.6 (10.2); Liberal Centre 6.3
(5.1). Turnout was 63.8 per cent, against 61.2 per cent four years ago.

Seats: Forward 7 (up one), Civic Alliance 6 (unchanged), City Greens 4 (unchanged), Harbour
List 3 (unchanged), People's List 2 (down one), Liberal Centre 1 (unchanged).

Mayor Gunnar Helgason called the result a clear message to his coalition while insisting that
its majority had held. Forward's Sólveig Einarsdóttir, a 41-year-old former chair of the city's
planning committee, said her list had won the election and would speak to all parties.

"It is a classic Nordic local-election result: the challenger wins the vote, the incumbents
keep the keys," Ásta Pálsdóttir, a political scientist at the University of Iceland, told the
Digest. "But a majority of one is not a comfortable place to be for four years."

What next? The coalition parties met on Sunday afternoon and said they intended to continue.
The Liberal Centre's Ari Steinsson, whose single seat could turn a fragile majority into a
workable one, says he is open to talks with both sides.

For comparison, Oslo's city council has 59 members and Stockholm's 101, so a single-seat
majority there would be a much smaller share of the chamber than one seat out of 23. In a
council as small as Reykjavík's, every absence and every rebel counts.

The Reykjavík result also matters beyond the capital. The Civic Alliance's national leadership
had treated the city as a test of its appeal before the next parliamentary election, and party
figures were relieved that the majority survived, even if the party's vote share fell by 1.6
percentage points.
"""

_EL_PAGES = [
    _page(
        site="Atlantic Isles Broadcasting",
        domain="www.aib.example",
        path="/live/reykjavik-votes-city-council-election",
        headline="Live: Reykjavík city council election - results as they come in",
        standfirst="Counting through the night: follow the results, reactions and what they "
        "mean for the city's majority.",
        byline="AIB News: Þóra Guðmundsdóttir and Magnús Hallsson",
        body=_EL_LIVE,
        nav=["News", "Live", "Iceland", "World", "Business", "Sport", "Weather"],
        section="Live",
        sidebar_title="Other municipalities: final turnout",
        sidebar=[
            "Kópavogur: 66.1%",
            "Hafnarfjörður: 59.4%",
            "Akureyri: 64.7%",
            "Garðabær: 68.2%",
        ],
        related=[
            ("Explainer: how the 23 seats are shared out", "/news/explainer-seats"),
            ("Who are the lead candidates?", "/news/reykjavik-lead-candidates"),
            ("Housing dominates the final debate", "/news/final-debate-housing"),
        ],
        visible_date="Saturday 16 May 2026 - updates through the night, times are local (GMT)",
        live=True,
        year=2026,
    ),
    _page(
        site="Nordwire",
        domain="www.nordwire.example",
        path="/world/2026/05/17/reykjavik-forward-tops-city-vote-coalition-clings-on",
        headline="Reykjavík's Forward tops city vote, but ruling coalition clings to one-seat "
        "majority",
        standfirst="Opposition list wins 27.4% and 7 of 23 seats; turnout rises to 63.8%",
        byline="Bjarki Steinsson",
        body=_EL_WIRE,
        nav=["World", "Business", "Markets", "Energy", "Technology", "Nordics"],
        section="World",
        sidebar_title="Reykjavík city council, final result",
        sidebar=[
            "Reykjavík Forward: 27.4%, 7 seats",
            "Civic Alliance: 21.9%, 6 seats",
            "City Greens: 16.2%, 4 seats",
            "Harbour List: 12.1%, 3 seats",
            "People's List: 9.6%, 2 seats",
            "Liberal Centre: 6.3%, 1 seat",
        ],
        related=[
            ("Iceland's central bank holds rates", "/markets/iceland-rates"),
            ("Borgarlína bus line faces new cost review", "/world/borgarlina-cost"),
            ("Nordic local elections: a guide", "/world/nordic-local-elections-guide"),
        ],
        published_time="2026-05-17T06:12:00Z",
        year=2026,
        about="Nordwire is an independent news agency covering the Nordic and Baltic regions.",
    ),
    _page(
        site="Nordic Politics Digest",
        domain="nordicpoliticsdigest.example",
        path="/iceland/reykjavik-result-explained",
        headline="Reykjavík: the largest party, the smallest majority",
        standfirst="Forward won the vote; the coalition kept the keys. How the count turned "
        "overnight, and what comes next.",
        byline="Ingrid Haavik",
        body=_EL_DIGEST,
        nav=["Norway", "Sweden", "Denmark", "Finland", "Iceland", "EU", "Podcast"],
        section="Iceland",
        sidebar_title="Capital city councils in the region",
        sidebar=[
            "Oslo: 59 seats",
            "Stockholm: 101 seats",
            "Copenhagen: 55 seats",
            "Helsinki: 85 seats",
            "Reykjavík: 23 seats",
        ],
        related=[
            ("Who is Sólveig Einarsdóttir?", "/iceland/solveig-einarsdottir-profile"),
            ("Iceland's municipal map, explained", "/iceland/municipal-map"),
            ("Podcast: the Nordic centre-right after the local elections", "/podcast/ep-88"),
        ],
        jsonld_nodate=True,
        about="Nordic Politics Digest is a weekly newsletter about politics in the Nordic region.",
    ),
]

_EL = {
    "id": "el-BA2",
    "part": "BA",
    "domain": "election",
    "fetched": "2026-05-29",
    "articles": _EL_PAGES,
    "planted": [],
}


# ---------------------------------------------------------------------------
# ct-BA3 -- Eastern High Court, Kattegat Bulk appeal, Tuesday 22 September 2026
# ---------------------------------------------------------------------------

_CT_PAPER = """
COPENHAGEN - The Eastern High Court on Tuesday increased the prison sentence of Henrik Møller
Vestergaard, the former chief executive of the collapsed shipping company Kattegat Bulk
Carriers, to four years and six months for aggravated fraud and breaches of the Bookkeeping
Act.

The 58-year-old had been sentenced to three years by Copenhagen City Court in November last
year. Both he and the prosecution appealed: Vestergaard to be acquitted, the prosecution to
have the sentence raised. The prosecution had asked the High Court for five years.

The court also ordered the confiscation of DKK 41.2 million from Vestergaard, corresponding to
bonuses and the proceeds of share sales he received while the company's losses were being
hidden, up from the DKK 9.8 million ordered by the lower court.

Presiding judge Mette Lykkegaard read out the verdict at 10:00 in a packed courtroom. She said
the court had found that Vestergaard had "deliberately and over a long period" given investors
a false picture of the company's finances ahead of a bond issue in 2022.

Between 2020 and 2022, losses of DKK 285 million on long-term charter contracts were kept out
of the accounts, the court found. In the autumn of 2022 the company raised DKK 750 million from
mainly Nordic institutional investors in a bond issue. It went bankrupt in March 2023, and
bondholders have so far recovered less than a fifth of their money. The bankruptcy estate puts
their total loss at about DKK 620 million.

The three professional judges and three lay judges were unanimous on both the verdict and the
sentence.

The former finance director, Lene Kragh Sørensen, 49, had her sentence of one year and nine
months upheld. The court found that she had acted on Vestergaard's instructions but had known
that the accounts were misleading.

Senior Prosecutor Anders Riis Holst of the National Special Crime Unit, NSK, said outside the
court that the ruling sent "a clear signal". "When you borrow money from investors, you owe
them the truth about your company. The High Court has underlined that today," he said.

Vestergaard's lawyer, Camilla Dam Nørby, said her client was disappointed and would consider
applying to the Appeals Permission Board for leave to take the case to the Supreme Court. "My
client has always maintained that the board and the auditors knew about the charter
contracts," she said.

Vestergaard, who listened to the verdict without visible reaction, was not taken into custody.
He will be summoned to serve his sentence at a later date.

Kattegat Bulk Carriers was founded in Aarhus in 1998 and at its peak operated 23 dry-bulk
vessels. Its collapse was one of the largest in Danish shipping in recent years and hit
several pension funds and municipal investment pools. Among the bondholders was the
Aarhus-based pension fund Østjysk Pension, which has written off most of its DKK 48 million
investment.

The case came to light in early 2023, when a newly hired accountant raised questions about the
valuation of the charter contracts and the company's auditors withdrew their sign-off on the
accounts. The bankruptcy followed within weeks.

The appeal hearing began on 24 August and ran over 12 court days. Judgment had originally been
expected last week but was postponed because of a lay judge's illness.
"""

_CT_WIRE = """
COPENHAGEN (BNPA) - A Danish appeals court on Tuesday increased the prison sentence of former
Kattegat Bulk Carriers chief executive Henrik Vestergaard to five years and six months for
hiding losses from bond investors before the shipping company's collapse.

The Eastern High Court (Østre Landsret) also raised the amount to be confiscated from
Vestergaard to DKK 14.2 million (EUR 1.9 million), from the DKK 9.8 million ordered by
Copenhagen City Court, which had sentenced him to three years in November 2025.

The verdict was read out at 10:00 local time (0800 GMT). The court said it had given weight to
the size of the loss suffered by investors and to the fact that the concealment had continued
for more than two years.

Vestergaard, 58, was convicted of aggravated fraud and violations of the Bookkeeping Act in
connection with the company's DKK 750 million bond issue in 2022. Losses of DKK 285 million on
charter contracts had been kept out of the accounts, the court found.

Kattegat Bulk went bankrupt in March 2023. Bondholders are estimated to have lost around DKK
620 million, or about EUR 83 million.

Former chief financial officer Lene Kragh Sørensen's sentence of one year and nine months was
upheld.

Prosecutor Anders Holst said the court had "sent a clear signal to company executives who
borrow money from investors". Prosecutors had asked for a sentence of five years.

Defence counsel Camilla Nørby said her client was disappointed and would consider seeking
permission to appeal to the Supreme Court. Such permission is granted by the Appeals
Permission Board and is normally given only in cases of principle.

The case has been closely watched in the Nordic bond market, where Kattegat Bulk's default was
one of the largest by a shipping company in recent years. Most of the bonds were held by
Danish, Norwegian and Swedish pension funds and asset managers.

"The sentence is significant because it shows that the courts treat misleading bond investors
as seriously as misleading shareholders," said Rasmus Kjær Lund, a partner at the Copenhagen
law firm Lund & Vinther, who was not involved in the case. "Issuers and their boards will be
reading this judgment closely."

The bankruptcy estate is pursuing a separate civil claim against the company's former
auditors, which is due to be heard by the Maritime and Commercial High Court next year. The
auditors deny liability.

Vestergaard was not taken into custody after the verdict and will be summoned to begin serving
his sentence later. He has denied wrongdoing throughout, arguing that the board and the
auditors were aware of the charter contracts.

The appeal was heard by three professional judges and three lay judges, who were unanimous.
The hearing began on 24 August.

Kattegat Bulk Carriers, founded in Aarhus in 1998, operated up to 23 dry-bulk vessels and
employed around 140 people on shore before it collapsed.
"""

_CT_REVIEW = """
The Eastern High Court's judgment in the Kattegat Bulk case, handed down on Wednesday, is
among the heaviest sentences a Danish court has imposed on a company executive for misleading
bond investors, and the reasoning matters as much as the number.

The sentence. The court increased Henrik Møller Vestergaard's prison term from the three years
imposed by Copenhagen City Court to four and a half years. The prosecution had asked for five.
In its reasoning the High Court placed particular weight on two factors: the size of the loss
to investors, which the bankruptcy estate puts at about DKK 620 million, and the fact that the
concealment of DKK 285 million in charter losses ran for more than two years.

That is a change of emphasis. The City Court had treated the case largely as one of false
accounting that happened to precede a bond issue. The High Court treats the DKK 750 million
bond issue in 2022 as the heart of the fraud: money was raised from investors on the basis of
accounts that the chief executive knew to be wrong.

Confiscation. The amount to be confiscated rises to DKK 14.2 million from DKK 9.8 million. The
difference is explained by the High Court's decision to include the proceeds of share sales
Vestergaard made in 2022, which the City Court had left out because it could not establish
exactly when he had learned the full extent of the losses.

The co-defendant. Former finance director Lene Kragh Sørensen's sentence of one year and nine
months was upheld. The court accepted that she had acted on instructions, but held that this
did not excuse her, since she knew the accounts were misleading.

The voices. Senior Prosecutor Anders Riis Holst of the National Special Crime Unit called the
ruling a clear signal to anyone who borrows money from investors. Defence lawyer Camilla Dam
Nørby said her client would consider applying to the Appeals Permission Board for leave to go
to the Supreme Court.

"Four and a half years is at the top of what we have seen for this kind of offence," said
Jens Kold Thygesen, professor of criminal law at Aarhus University. "What is new is the
explicit link to the bond market. The court is saying that a prospectus is not a formality."

Will the Supreme Court take it? Permission for a third-instance appeal is granted only in cases
of principle. Thygesen thinks the defence will struggle: "The legal questions are not new. This
is a case about evidence and about sentencing, and those are normally settled in the High
Court."

What it means for practitioners. Three lessons stand out. First, board members and auditors
who knew about a problem do not shield the chief executive; the defence argument that "the
board knew" failed at both instances. Second, confiscation will follow the money into share
sales, not just bonuses. Third, finance directors who follow instructions remain personally
liable.

The civil side. The bankruptcy estate's separate claim against the former auditors is pending
before the Maritime and Commercial High Court. Bondholders' civil claims against Vestergaard
were referred to separate proceedings and are unlikely to be resolved before the criminal case
is final.
"""

_CT_PAGES = [
    _page(
        site="The Copenhagen Ledger",
        domain="www.copenhagenledger.example",
        path="/news/courts/2026/09/22/high-court-raises-sentence-former-kattegat-bulk-chief",
        headline="High Court raises sentence for former Kattegat Bulk chief to four and a half "
        "years",
        standfirst="Henrik Vestergaard hid losses from bond investors, Eastern High Court finds; "
        "sentence increased from three years.",
        byline="Mikkel Brandt Juhl",
        body=_CT_PAPER,
        nav=["News", "Copenhagen", "Denmark", "Business", "Courts", "Culture", "Opinion"],
        section="Courts",
        sidebar_title="The Kattegat Bulk case in brief",
        sidebar=[
            "2022: bond issue of DKK 750 million",
            "March 2023: company declared bankrupt",
            "November 2025: City Court sentences former CEO to three years",
            "August 2026: appeal hearing opens in the Eastern High Court",
        ],
        related=[
            ("Kattegat Bulk bondholders: 'We were lied to'", "/news/business/bondholders"),
            ("Auditors deny liability in Kattegat Bulk claim", "/news/business/auditors"),
            ("Analysis: Denmark's biggest shipping collapses", "/news/business/collapses"),
        ],
        published_time="2026-09-22T13:45:00+02:00",
        visible_date="Tuesday 22 September 2026, 13:45",
        year=2026,
    ),
    _page(
        site="Baltic & Nordic Press Agency",
        domain="bnpa.example",
        path="/en/denmark/ex-kattegat-bulk-ceo-sentence-increased-on-appeal-77120",
        headline="Ex-Kattegat Bulk CEO's sentence increased on appeal",
        standfirst="Eastern High Court raises confiscation to DKK 14.2 million; former CFO's "
        "sentence upheld.",
        byline="BNPA Copenhagen bureau",
        body=_CT_WIRE,
        nav=["Latest", "Denmark", "Norway", "Sweden", "Finland", "Baltics", "Business"],
        section="Denmark",
        sidebar_title="Exchange rates used",
        sidebar=[
            "EUR 1 = DKK 7.46",
            "EUR 1 = NOK 11.70",
            "EUR 1 = SEK 11.10",
        ],
        related=[
            ("Danish shipping bankruptcies at five-year low", "/en/denmark/shipping-bankruptcies"),
            ("Nordic high-yield bond issuance picks up", "/en/business/nordic-high-yield"),
            ("NSK opens fraud case against Odense property firm", "/en/denmark/nsk-odense"),
        ],
        jsonld_date="2026-09-22T08:52:00Z",
        year=2026,
        about="BNPA: news from the Nordic and Baltic countries for professional subscribers.",
    ),
    _page(
        site="Nordic Courtroom Review",
        domain="courtroomreview.example",
        path="/denmark/kattegat-bulk-appeal-what-the-high-court-said",
        headline="Kattegat Bulk on appeal: what the Eastern High Court said, and why the "
        "sentence went up",
        standfirst="The link to the bond market is the real story of the appeal judgment.",
        byline="Signe Fog-Hansen, legal correspondent",
        body=_CT_REVIEW,
        nav=["Judgments", "Denmark", "Norway", "Sweden", "Iceland", "Commentary", "Podcast"],
        section="Judgments",
        sidebar_title="Recent white-collar sentences in the region",
        sidebar=[
            "Norway: former fund manager, 3 years (Borgarting Court of Appeal)",
            "Sweden: ex-CFO of logistics group, 2 years 6 months (Svea Court of Appeal)",
            "Denmark: property developer, 2 years (Western High Court)",
        ],
        related=[
            ("Confiscation in economic crime: a practitioner's guide", "/guides/confiscation"),
            ("When does the Appeals Permission Board say yes?", "/commentary/third-instance"),
            ("Lay judges in economic crime cases", "/commentary/lay-judges"),
        ],
        about="Nordic Courtroom Review is published for lawyers and compliance professionals.",
    ),
]

_CT = {
    "id": "ct-BA3",
    "part": "BA",
    "domain": "court",
    "fetched": "2026-10-06",
    "articles": _CT_PAGES,
    "planted": [
        (
            "weekday of the high court verdict",
            r"tuesday",
            r"wednesday",
        ),
        (
            "appeal sentence for henrik møller vestergaard",
            r"\b(4|four)\s*(years?|yrs?)\b.{0,12}\b(6|six)\s*months?|four and a half"
            r"|\b4[.,]5 years|\b54 months",
            r"\b(5|five)\s*(years?|yrs?)\b.{0,12}\b(6|six)\s*months?|five and a half"
            r"|\b5[.,]5 years|\b66 months",
        ),
        (
            "amount to be confiscated",
            r"\b14[.,]2\b",
            r"\b41[.,]2\b",
        ),
    ],
}


# ---------------------------------------------------------------------------
# tr-BA4 -- Norwegian seafood exports, first half of 2026 (CONTROL)
# ---------------------------------------------------------------------------

_TR_WIRE = """
OSLO, July 7 (Nordwire) - Norway exported seafood worth 84.6 billion crowns ($8.0 billion) in
the first half of 2026, up 6% from the same period last year, as higher salmon volumes and a
weaker crown offset a sharp fall in cod exports, the Norwegian Seafood Council said on Tuesday.

The export value rose by 4.8 billion crowns from 79.8 billion crowns in January-June 2025, but
volumes fell 2% to 1.31 million tonnes, the council said in its half-year report.

Salmon remained by far the largest product, accounting for 58.3 billion crowns, or 69% of the
total, up 7% from a year earlier. Salmon export volumes rose 10%, reflecting good biological
conditions at fish farms along the coast, while prices were lower than a year ago.

Cod exports fell 9% to 6.1 billion crowns after another cut in the Barents Sea quota, and
lower mackerel quotas pulled down pelagic volumes.

"Salmon carried the first half. Without the growth in salmon volumes and the help from the
currency, we would have seen a decline," chief executive Kari Mjelde Strand said in a
statement.

The council estimated that the weaker crown added about 2.1 billion crowns to the export
value. The euro averaged 11.74 crowns in the first half, against 11.45 a year earlier, and the
dollar averaged 10.62 crowns. Measured in euros, exports were worth about 7.2 billion euros,
an increase of about 3%.

In June alone, exports were worth 13.9 billion crowns, up 4% from June last year.

Poland remained the largest single market at 7.9 billion crowns, ahead of Denmark at 6.4
billion and the United States at 5.6 billion. Exports to the United States rose 3% despite
higher import tariffs, helped by strong demand for fresh salmon fillets.

"The American market has been more resilient than many feared at the start of the year," said
Eirik Solvang, a market analyst at the council.

Exports to China, which reopened fully to Norwegian salmon in recent years, rose 11% to 2.4
billion crowns.

The council expects full-year exports of around 178 billion crowns, which would be a record,
compared with 172.1 billion crowns in 2025. It cautioned that the forecast depends heavily on
the exchange rate and on salmon prices in the autumn, when supply from Norway and Chile
usually peaks.

Seafood is Norway's second-largest export sector after oil and gas. The council, which is
owned by the Ministry of Trade, Industry and Fisheries, publishes its figures based on data
from Statistics Norway.

Shares in the main listed salmon farmers were little changed in early trading in Oslo.

(Reporting by Ragnhild Sørli; Editing by Tomas Ekre)
"""

_TR_PAPER = """
BERGEN - Yesterday's half-year figures from the Norwegian Seafood Council made good reading
for the fish farmers of Vestland and far less cheerful reading further north.

Norway exported seafood worth NOK 84.6 billion in the first six months of the year, six per
cent more than in the same period of 2025. Salmon accounted for NOK 58.3 billion, almost seven
of every ten kroner.

Vestland, one of the country's largest seafood counties, exported seafood worth NOK 14.8
billion, up eight per cent, according to the council's county breakdown.

At Sunnfjord Havbruk's farms outside Florø, managing director Bjørn Inge Rygg says the first
half of the year was "the best we have had biologically in a long time". Lice levels have
been low, mortality has fallen and the fish have grown well in cold, clean water. "We have
more fish to sell. Prices are a little lower than last year, but the volume makes up for it,"
he says.

The picture is different for the white-fish fleet. Cod exports fell nine per cent to NOK 6.1
billion after another reduction in the Barents Sea quota. In total, Norway exported 1.31
million tonnes of seafood, two per cent less than a year earlier, mainly because of smaller
catches of mackerel and cod.

"Salmon carried the first half," Kari Mjelde Strand, chief executive of the Seafood Council,
said when the figures were presented on Tuesday. Without the salmon volumes and a weak krone,
she said, exports would have fallen.

The currency effect is large. The council estimates that the weak krone added about NOK 2.1
billion to the export value. Adjusted for that, growth would have been about three per cent.

June on its own was a strong month, with exports of NOK 13.9 billion, up four per cent from
June 2025.

Poland is still the largest market, buying Norwegian seafood worth NOK 7.9 billion in the half
year, most of it salmon for the processing plants that supply supermarkets across Europe.
Denmark, at NOK 6.4 billion, is second.

For Bergen, a city where the seafood industry's head offices, laboratories and suppliers
employ thousands of people, the numbers matter. "When the farmers do well, the ship-builders,
the feed producers and the technology firms in Bergen do well," says Hilde Brekke Aasen of
the regional business association Vest Næring.

The council expects the full year to end at around NOK 178 billion, which would beat last
year's NOK 172.1 billion and set a new record. But it warns that the autumn is uncertain: salmon
prices usually fall when supply peaks, and a stronger krone would reduce the value in kroner.

Fishermen in Nordland and Troms are less optimistic. "For the coastal cod fleet this is the
third difficult year in a row," says Arne Vollstad, who fishes out of Båtsfjord and chairs a
local fishermen's association. "It is good that the salmon farmers are doing well, but it does
not pay our bills."
"""

_TR_NEWSLETTER = """
Norway's first-half seafood numbers are a lesson in reading the headline carefully. Export
value rose 6.0 per cent to NOK 84.6 billion. Export volume fell 2.2 per cent to 1.31 million
tonnes. And the currency did a good part of the work.

Value. The NOK 4.8 billion increase on the first half of last year (NOK 79.8 billion) breaks
down into a strong salmon contribution, weaker white fish and pelagic, and a currency tailwind
that the Norwegian Seafood Council puts at about NOK 2.1 billion. Take the currency out and
growth was closer to 3 per cent.

In euros. For European buyers, who think in euros, the picture is more modest. At an average
rate of 11.74 kroner to the euro in the half year, compared with 11.45 a year earlier, exports
come to about EUR 7.2 billion, up about 3 per cent. In dollars, at an average of 10.62 kroner,
the total is a little under USD 8.0 billion.

Salmon. Salmon exports reached NOK 58.3 billion, 68.9 per cent of the total and 7 per cent more
than a year earlier. Volumes rose 10 per cent, which means the average price was lower.
Biology explains most of it: low sea lice levels and good growth in the spring. The question
for the autumn is whether the market can absorb the extra fish without a sharper price fall.

Cod and pelagic. Cod export value fell 9 per cent to NOK 6.1 billion, the third successive
year of decline as Barents Sea quotas keep shrinking. Mackerel volumes were also down, and
that explains most of the fall in total tonnage.

Markets. Poland (NOK 7.9 billion) remains the largest market, followed by Denmark (NOK 6.4
billion) and the United States (NOK 5.6 billion, up 3 per cent). China rose 11 per cent to NOK
2.4 billion.

June. The month alone came in at NOK 13.9 billion, up 4 per cent on the same month last year,
a useful sign that momentum held into the summer.

The outlook. The council's full-year estimate of around NOK 178 billion compares with NOK 172.1
billion last year. In our view the risks are tilted to the downside: a krone recovery of even
a few per cent would take billions off the total in kroner, and salmon prices are already
softening.

What the council said. Chief executive Kari Strand put it bluntly, saying salmon carried the
half year and that exports would have fallen without the salmon volumes and the currency.
Market analyst Eirik Solvang pointed to the resilience of demand in the United States.

Across the water. Iceland's marine product exports rose 4 per cent to ISK 181 billion in the
same six months, according to Statistics Iceland, while the Faroe Islands reported a fall in
salmon export volumes because of disease problems at several farms.

Our take. A good half year in kroner, an ordinary one in euros, and a weak one in tonnes.
Processors and importers should plan their autumn buying on the basis of more fish at lower
prices, not on the headline value figure.
"""

_TR_PAGES = [
    _page(
        site="Nordwire",
        domain="www.nordwire.example",
        path="/business/2026/07/07/norway-seafood-exports-rise-6-percent-first-half",
        headline="Norway's seafood exports rise 6% in first half as salmon offsets cod slump",
        standfirst="Weaker crown adds about 2.1 billion crowns; volumes fall 2%",
        byline="Ragnhild Sørli",
        body=_TR_WIRE,
        nav=["World", "Business", "Markets", "Energy", "Technology", "Nordics"],
        section="Business",
        sidebar_title="Norwegian seafood exports, January-June",
        sidebar=[
            "2026: NOK 84.6 billion",
            "2025: NOK 79.8 billion",
            "Salmon 2026: NOK 58.3 billion",
            "Cod 2026: NOK 6.1 billion",
        ],
        related=[
            ("Salmon prices slide as summer harvest peaks", "/markets/salmon-prices-slide"),
            ("Barents Sea cod quota cut again", "/business/barents-cod-quota"),
            ("Norway's trade surplus narrows in May", "/business/norway-trade-may"),
        ],
        published_time="2026-07-07T06:45:00Z",
        modified_time="2026-07-07T08:10:00Z",
        year=2026,
        about="Nordwire is an independent news agency covering the Nordic and Baltic regions.",
    ),
    _page(
        site="Vestlandsavisen",
        domain="www.vestlandsavisen.example",
        path="/naeringsliv/laksen-bar-halvaret",
        headline="Salmon carried the half year, but the cod coast is hurting",
        standfirst="Record biology on Vestland's fish farms lifted exports. Further north, "
        "the white-fish fleet is struggling.",
        byline="Tor Einar Høyland",
        body=_TR_PAPER,
        nav=["Front page", "Bergen", "Vestland", "Business", "Sport", "Culture", "Opinion"],
        section="Business",
        sidebar_title="Largest markets, first half",
        sidebar=[
            "Poland: NOK 7.9 billion",
            "Denmark: NOK 6.4 billion",
            "United States: NOK 5.6 billion",
            "France: NOK 5.2 billion",
            "Netherlands: NOK 4.1 billion",
        ],
        related=[
            ("Sunnfjord Havbruk plans new smolt plant", "/naeringsliv/sunnfjord-smolt"),
            ("Florø harbour expansion approved", "/vestland/floro-havn"),
            ("Opinion: The salmon tax still bites", "/meninger/lakseskatt"),
        ],
        visible_date="Wednesday 8 July 2026",
        year=2026,
    ),
    _page(
        site="SeafoodTrade Insight",
        domain="seafoodtradeinsight.example",
        path="/analysis/norway-first-half-export-review",
        headline="Norway's first half: volume down, value up, and the currency did the heavy "
        "lifting",
        standfirst="Our analysis of the Norwegian Seafood Council's half-year export figures.",
        byline="SeafoodTrade Insight analysis team",
        body=_TR_NEWSLETTER,
        nav=["Analysis", "Prices", "Salmon", "Whitefish", "Pelagic", "Markets", "Events"],
        section="Analysis",
        sidebar_title="Other producers, first half",
        sidebar=[
            "Iceland: ISK 181 billion, up 4%",
            "Faroe Islands: salmon volumes down",
            "Chile: salmon exports up, prices lower",
        ],
        related=[
            ("Weekly salmon price index", "/prices/salmon-index"),
            ("Poland's processing industry: the hidden hub", "/markets/poland-processing"),
            ("Pelagic quotas: what the coastal states agreed", "/pelagic/quotas"),
        ],
        about="SeafoodTrade Insight is a subscription service for the seafood trade.",
    ),
]

_TR = {
    "id": "tr-BA4",
    "part": "BA",
    "domain": "trade",
    "fetched": "2026-07-21",
    "articles": _TR_PAGES,
    "planted": [],
}


# ---------------------------------------------------------------------------
# rk-BA5 -- Skarv Orbital's Tind rocket reaches orbit from Andoya, Wed 14 October 2026
# ---------------------------------------------------------------------------

_RK_LIVE = """
[10:55] Good morning from Andøya, where Skarv Orbital will try again to launch its Tind rocket
from Andøya Spaceport. Monday's attempt was called off four minutes before lift-off because of
a faulty pressure sensor reading on the second stage. Today's launch window opens at 11:30 and
closes at 13:30.

[11:08] The weather looks good: a light north-westerly wind and scattered cloud. The company
says all systems are "green". Hundreds of people have already gathered at the viewing area at
Bleik, about ten kilometres south of the pad, and more cars are arriving.

[11:29] Skarv Orbital has moved the target time a few minutes into the window to let a fishing
vessel clear the safety zone at sea. New target for lift-off: 11:42.

[11:38] Terminal countdown is under way. Tind is 21 metres tall and carries five payloads with
a combined mass of 410 kilograms. The police say the viewing area at Bleik is now full.

[11:42] LIFT-OFF! Tind has left the pad at Andøya at 11:42 CEST (09:42 UTC). The sound reaches
the crowd at Bleik about half a minute later, and the cheering is loud.

[11:44] Max-Q, the moment of greatest aerodynamic stress on the rocket, was passed at T+62
seconds, according to the company's webcast commentary.

[11:46] Stage separation confirmed at T+2 minutes 41 seconds. The second-stage engine has
ignited, and the payload fairing has separated.

[11:51] Second-stage engine cut-off at T+8 minutes 55 seconds. The company says the rocket is
in its planned initial orbit. Our reporter in the control centre describes scenes of people
hugging and crying.

[12:10] Chief executive Ingvild Sæther Rønning speaks to the press: "We are in orbit. This is a
day Norway's space industry has been working towards for decades. But the job is not done until
the satellites are out."

[12:37] Lyngen-1 has separated from the second stage at T+54 minutes, Skarv Orbital says. The
180-kilogram satellite will monitor sea ice and ship traffic in the Arctic for the research
consortium Arktisk Havvakt.

[12:52] All five payloads are now deployed: Lyngen-1, three small research satellites built by
students at UiT The Arctic University of Norway, and a drag-sail demonstrator from Hexa Dynamics
in Kongsberg, which is meant to show how small satellites can be brought down quickly at the
end of their lives.

[13:05] Andøy's mayor, Siri Mathisen Berg, tells us the island "has waited sixty years for a
day like this", a reference to the first sounding rockets launched from Andøya in the 1960s.

[13:25] First signal from Lyngen-1 was received at 13:21 by the ground station on Svalbard,
Skarv Orbital says. The satellite is in a sun-synchronous orbit at an altitude of about 520
kilometres.

[13:40] That is all from our live coverage. In summary: Tind lifted off at 11:42, reached orbit
about nine minutes later and deployed all five payloads. Thank you for following along.
"""

_RK_WIRE = """
ANDENES, Norway, Oct 14 (Nordwire) - A rocket built by Norwegian start-up Skarv Orbital reached
orbit on Wednesday from Andøya Spaceport in Arctic Norway, the first time a Norwegian-developed
launcher has done so and a boost to European efforts to build up independent launch capacity.

The two-stage, 21-metre Tind rocket lifted off at 11:42 a.m. local time (0942 GMT) and placed
five payloads into a sun-synchronous orbit about 620 km above the Earth, the company said.

The launch came two days after an attempt on Monday was halted four minutes before lift-off
because of an incorrect pressure sensor reading on the rocket's second stage.

"We are in orbit. This is a day Norway's space industry has been working towards for decades,"
chief executive Ingvild Rønning told reporters at the spaceport, adding that the mission would
only be complete once all the satellites had been released.

About 54 minutes after launch the rocket released its main payload, Lyngen-1, a 180 kg
satellite that will monitor sea ice and shipping in the Arctic for the research consortium
Arktisk Havvakt. The other payloads were three small research satellites from UiT The Arctic
University of Norway and a drag-sail demonstrator from Hexa Dynamics. Together the five weighed
410 kg.

Skarv Orbital, founded in Trondheim in 2019, has spent about 1.2 billion crowns (103 million
euros) on developing Tind, financed by private investors and development grants from the
Norwegian Space Agency and the European Space Agency's launcher programmes.

European governments have been trying to encourage a new generation of small launchers to
reduce the continent's dependence on U.S. rocket companies. Several start-ups in Germany,
France, Spain and Britain are competing for the same market for small and medium-sized
satellites.

"This shows that the Nordic region can play a real part in European access to space," said
Bjørn Tore Vassbotn, a state secretary in Norway's trade and industry ministry, who watched the
launch from the spaceport. "We have the location, the competence and now a rocket that works."

The spaceport, on the island of Andøya about 300 km north of the Arctic Circle, has launched
sounding rockets for scientific research since the 1960s. Its northern location makes it well
suited to launching satellites into polar and sun-synchronous orbits.

Skarv Orbital said the first stage fell into the Norwegian Sea as planned, in a zone that had
been closed to shipping for the launch. Fisheries authorities had asked for the hazard area to
be kept as small as possible during the autumn herring season.

The company said it aimed to fly Tind again in the first half of 2027 and to build up to four
launches a year by 2029. It has signed launch agreements with customers in Norway, Finland and
Germany.

Shares in Kongsberg-based Hexa Dynamics, which is listed on Euronext Growth Oslo, rose 14% in
afternoon trading.

(Reporting by Ola Brenden; Editing by Tomas Ekre)
"""

_RK_NEWSLETTER = """
Tind is in orbit, and it got there on its first flight, at the second attempt. For a
first-flight vehicle, the telemetry Skarv Orbital showed on its webcast was remarkably close
to the pre-flight timeline. Here is the flight by the numbers.

Lift-off: 11:42 CEST (09:42 UTC) on Wednesday, twelve minutes into a window that opened at
11:30. The hold was for range safety, not for the vehicle: a fishing boat had strayed into the
sea exclusion zone. Monday's attempt had been stopped at T-4 minutes because of an out-of-range
reading from a pressure sensor on the second stage. The company replaced the sensor and its
wiring harness overnight on Tuesday.

Ascent: Max-Q at T+62 seconds. First-stage burnout and separation at T+2 minutes 41 seconds,
about four seconds later than the nominal timeline. Fairing separation followed shortly after
second-stage ignition.

Orbit: Second-stage cut-off at T+8 minutes 55 seconds into an initial transfer orbit, then a
short second burn to circularise at about 520 km (323 miles), inclination 97.5 degrees,
sun-synchronous. Skarv Orbital says the achieved orbit was within two kilometres of the target.

Payloads: Five in total, 410 kg together. The main customer payload, Lofoten-1, a 180 kg
sea-ice and maritime monitoring satellite for the Arktisk Havvakt consortium, separated at
T+54 minutes. Three small satellites from UiT The Arctic University of Norway and Hexa
Dynamics' drag-sail demonstrator followed over the next quarter of an hour. The ground station
on Svalbard acquired the main satellite's signal at 13:21 CEST.

Vehicle: Tind is 21 metres tall. The first stage uses five engines burning liquid oxygen and
propane; the second stage has a single vacuum-optimised engine. Skarv says the rocket can put
up to about 500 kg into a 500 km sun-synchronous orbit, so this flight used most, but not all,
of its capacity.

Money: the company says it has spent around NOK 1.2 billion (about EUR 103 million) on
development since it was founded in Trondheim. A Series C round is expected to close before
the end of the year.

What the CEO said: Ingvild Sæther Rønning was careful not to overclaim. "We are in orbit," she
said, "but the job is not done until the satellites are out." Once they were, the mood in the
control centre changed noticeably.

What it means: Andøya now has a working orbital launcher, and Europe has another small
launcher with a flight record. The commercial test comes next. Skarv wants to fly again in the
first half of next year and build up to a rate of four launches a year. Reusability is not on
the roadmap for now; the first stage is expended in the Norwegian Sea.

Our questions: How quickly can the company turn around the pad? What was the margin on the
second-stage propellant? And can Skarv price competitively against rideshare flights on much
larger rockets? We have put all three to the company and will report back.

Elsewhere in the north: the Swedish Space Corporation's Esrange site near Kiruna is preparing
for its own first orbital campaign, and the SaxaVord spaceport in Shetland continues to wait
for its first orbital launch.
"""

_RK_COURIER = """
ANDENES - When the Tind rocket cleared the tower at Andøya Spaceport at 11:24 yesterday morning,
the roar rolled across Bleik a few seconds later, and a crowd of some 2,000 people started
cheering.

For the island, Wednesday's launch was the end of a very long wait. Rockets have been launched
from Andøya since the 1960s, but until yesterday they were sounding rockets that fly up and
come back down. Tind went all the way into orbit.

"We felt it in our chests before we heard it," said Marit Johansen, 67, who has lived in Bleik
all her life and remembers watching the first research rockets as a child. "I cried a little.
I'm not ashamed to say it."

Schools in Andøy closed early so that pupils could watch. At Andenes school, teacher Kristian
Nilsen had brought his class of ten-year-olds to the viewing area with thermoses of hot
chocolate. "They have been talking about nothing else since Monday," he said.

Monday's attempt was called off four minutes before lift-off, when a sensor on the rocket's
second stage gave a faulty reading. Many of those who came to watch on Monday came back again
on Wednesday.

The rocket, built by the Trondheim company Skarv Orbital, carried five payloads. The largest,
Lyngen-1, is named after the Lyngen Alps and will keep watch over sea ice and ship traffic in
the Arctic. The satellites are now circling about 520 kilometres above the Earth.

Mayor Siri Mathisen Berg said the launch would mean jobs and visitors. "Andøy has waited sixty
years for a day like this. Now the world knows where we are," she said.

Hotels and guest houses across Vesterålen were fully booked for the week, and the local
supermarket in Andenes reported record sales on Monday and again on Wednesday. Some visitors
had travelled from as far away as Germany and Japan.

Spaceport director Hanne Kvalvik said the day had gone "almost exactly to plan", apart from a
short hold while a fishing vessel left the safety zone. "Everyone here has worked extremely
hard for this. Today it paid off," she said.

Not everyone on the island is equally enthusiastic. Fishermen have complained about the
closure of sea areas during launches, and a local group has raised concerns about noise and
the impact on seabirds at Bleiksøya, the bird cliff just off Bleik. The spaceport says it
monitors bird life and will publish a report next year.

Skarv Orbital's chief executive, Ingvild Sæther Rønning, thanked the islanders in a short
speech outside the control centre in the afternoon. "You have welcomed us, put up with road
closures and lent us your coffee machines. This rocket is partly yours," she said.

The company hopes to launch again in the spring. For Marit Johansen, once was enough for now.
"I'll be back for the next one," she said. "But I need a few months to get over this one."
"""

_RK_PAGES = [
    _page(
        site="Northlight",
        domain="www.northlight.example",
        path="/live/andoya-tind-launch",
        headline="Live: Skarv Orbital's Tind rocket lifts off from Andøya",
        standfirst="Second attempt at Norway's first home-built orbital launch: follow the "
        "countdown, the flight and the reactions.",
        byline="Northlight News, with reporters at Andøya",
        body=_RK_LIVE,
        nav=["News", "Live", "Business", "Science", "Sport", "Weather", "TV"],
        section="Live",
        sidebar_title="Tind at a glance",
        sidebar=[
            "Height: 21 metres",
            "Stages: two",
            "Payload on this flight: 410 kg, five payloads",
            "Launch site: Andøya Spaceport, Nordland",
        ],
        related=[
            ("Monday's launch attempt called off at T-4 minutes", "/science/tind-scrub"),
            ("Who is behind Skarv Orbital?", "/business/skarv-orbital-profile"),
            ("Esrange prepares for first orbital campaign", "/science/esrange-orbital"),
        ],
        visible_date="Wednesday 14 October 2026 - live coverage, times in CEST",
        live=True,
        year=2026,
    ),
    _page(
        site="Nordwire",
        domain="www.nordwire.example",
        path="/technology/2026/10/14/norwegian-built-rocket-reaches-orbit-from-andoya",
        headline="Norwegian-built rocket reaches orbit on second attempt from Andøya",
        standfirst="Skarv Orbital's Tind places five payloads in sun-synchronous orbit",
        byline="Ola Brenden",
        body=_RK_WIRE,
        nav=["World", "Business", "Markets", "Energy", "Technology", "Nordics"],
        section="Technology",
        sidebar_title="Europe's small-launcher race",
        sidebar=[
            "Norway: Skarv Orbital (Tind) - in orbit",
            "Sweden: Esrange preparing first orbital campaign",
            "United Kingdom: SaxaVord awaiting first orbital launch",
            "Germany, France, Spain: several start-ups in testing",
        ],
        related=[
            ("ESA widens launcher challenge to more start-ups", "/technology/esa-launcher"),
            ("Hexa Dynamics shares jump after launch", "/markets/hexa-dynamics-shares"),
            ("Arctic satellites to track sea ice and shipping", "/technology/arctic-satellites"),
        ],
        published_time="2026-10-14T10:05:00Z",
        year=2026,
        about="Nordwire is an independent news agency covering the Nordic and Baltic regions.",
    ),
    _page(
        site="Launchpad North",
        domain="launchpadnorth.example",
        path="/analysis/tind-reaches-orbit-flight-by-the-numbers",
        headline="Tind makes orbit: the flight by the numbers",
        standfirst="Timeline, orbit, payloads and the questions we still have for Skarv Orbital.",
        byline="Erlend Tangen",
        body=_RK_NEWSLETTER,
        nav=["Launches", "Spaceports", "Satellites", "Industry", "Policy", "Newsletter"],
        section="Launches",
        sidebar_title="Northern spaceports",
        sidebar=[
            "Andøya Spaceport, Norway: first orbital success",
            "Esrange, Sweden: orbital campaign in preparation",
            "SaxaVord, United Kingdom: licensed, awaiting first orbital launch",
        ],
        related=[
            ("Inside Skarv Orbital's engine test stand", "/industry/skarv-test-stand"),
            ("Why polar orbits need northern spaceports", "/explainers/polar-orbits"),
            ("Rideshare pricing: can small launchers compete?", "/industry/rideshare-pricing"),
        ],
        about="Launchpad North covers the space industry in the Nordic countries and the Arctic.",
    ),
    _page(
        site="Arctic Coast Courier",
        domain="www.arcticcoastcourier.example",
        path="/andoy/we-felt-it-in-our-chests-andoy-celebrates-tind",
        headline="'We felt it in our chests': Andøy celebrates as Tind reaches orbit",
        standfirst="Thousands watched from Bleik as the island's long wait for an orbital "
        "launch came to an end.",
        byline="Line Karlsen",
        body=_RK_COURIER,
        nav=["News", "Andøy", "Vesterålen", "Region", "Sport", "Culture"],
        section="Andøy",
        sidebar_title="Andøya's rocket history",
        sidebar=[
            "1962: first sounding rocket launched from Andøya",
            "Sounding rockets since then: more than 1,200",
            "This week: first orbital launch by a Norwegian-built rocket",
        ],
        related=[
            ("Monday's attempt: 'We'll be back on Wednesday'", "/andoy/monday-attempt"),
            ("Bird group demands noise study at Bleiksøya", "/andoy/bleiksoya-noise"),
            ("Hotels in Vesterålen fully booked for launch week", "/vesteralen/hotels"),
        ],
        jsonld_date="2026-10-15T06:00:00+02:00",
        year=2026,
    ),
]

_RK = {
    "id": "rk-BA5",
    "part": "BA",
    "domain": "rocket",
    "fetched": "2026-10-27",
    "articles": _RK_PAGES,
    "planted": [
        (
            "lift-off time",
            r"\b(11[:.]?42|0?9[:.]?42)\b",
            r"\b(11[:.]?24|0?9[:.]?24)\b",
        ),
        (
            "orbit altitude",
            r"\b520\s*(km|kilomet)|\b323\s*mi",
            r"\b620\s*(km|kilomet)|\b385\s*mi",
        ),
        (
            "name of the main satellite",
            r"lyngen",
            r"lofoten",
        ),
    ],
}


# ---------------------------------------------------------------------------
# eq-BA6 -- Earthquake near Kleifarvatn, Iceland, Thursday 19 November 2026 (CONTROL)
# ---------------------------------------------------------------------------

_EQ_LIVE = """
[03:31] An earthquake was felt widely across the capital area at 03:17. The Icelandic Met
Office's automatic system gives a preliminary magnitude of 4.8, with the epicentre near Lake
Kleifarvatn on the Reykjanes peninsula. This is an automatic figure and may be revised.

[03:44] Many of you have been in touch to say you were woken by the shaking. Readers in
Hafnarfjörður describe pictures falling off walls and glasses rattling in cupboards. A strong
aftershock was felt at 03:41.

[04:20] The National Police Commissioner's Department of Civil Protection has declared an
uncertainty phase for the Reykjanes peninsula. There are no reports of injuries.

[05:42] REVISED MAGNITUDE: After a manual review, the Met Office now puts the magnitude of the
03:17 earthquake at 5.2, up from the automatic estimate of 4.8. The depth was 5.6 km, and the
epicentre was close to the eastern shore of Kleifarvatn, about 25 km south of Reykjavík. The
aftershock at 03:41 had a magnitude of 3.9.

[06:10] More than 200 aftershocks have been recorded so far, most of them below magnitude 2,
the Met Office says.

[07:15] The police have closed Road 42, Krýsuvíkurvegur, between Hafnarfjörður and Krýsuvík
after cracks appeared in the road surface and rocks fell onto the carriageway near the lake.
Drivers are asked to use Road 41 instead.

[08:30] Katrín Sif Baldursdóttir, a natural hazards specialist at the Met Office, tells AIB
that this was a tectonic earthquake on a north-south fault. "We see no signs of magma
movement at this stage. This is the kind of earthquake we expect on the peninsula from time to
time," she says.

[09:05] Keflavík Airport says flights are operating normally. The Blue Lagoon will open as
usual.

[10:40] Natural Catastrophe Insurance of Iceland says it had received 14 damage reports by
10:00, mostly about cracked plaster, broken windows and goods falling from shelves in shops in
Hafnarfjörður, including the Vellir district.

[12:30] The aftershock count has now passed 480, according to the Met Office. Activity is
slowly decreasing, but scientists say further earthquakes above magnitude 4 cannot be ruled out.

[15:00] Sveinn Ottósson, professor of geophysics at the University of Iceland, says earthquakes
of this size occur every few years on this part of the plate boundary. "People should secure
heavy furniture and shelves, but there is no reason for alarm," he says.

[18:05] The latest figures from the Met Office: more than 650 aftershocks since 03:17, the
largest still the magnitude 3.9 at 03:41. The uncertainty phase remains in place. The number of
damage reports has risen to 37. Road 42 will stay closed overnight while engineers inspect it.

[18:20] We are ending our live coverage here. Thank you for your messages and photos.
"""

_EQ_WIRE = """
REYKJAVIK, Nov 19 (Nordwire) - A magnitude 5.2 earthquake struck Iceland's Reykjanes peninsula
early on Thursday, shaking buildings in the capital Reykjavík and waking thousands of
residents, but there were no reports of injuries, authorities said.

The quake struck at 3:17 a.m. local time (0317 GMT) at a depth of 5.6 km near Lake
Kleifarvatn, about 25 km (16 miles) south of Reykjavík, the Icelandic Meteorological Office
said. An automatic reading had initially put the magnitude at 4.8 before the figure was
revised after a manual review.

The European-Mediterranean Seismological Centre (EMSC), which collects data from seismic
networks across the region, estimated the magnitude at 5.3.

More than 350 aftershocks had been recorded by 9 a.m., the largest a magnitude 3.9 tremor at
3:41 a.m., the Met Office said.

The shaking was felt as far east as Selfoss and as far north as Borgarnes. Residents of
Hafnarfjörður, the town closest to the epicentre, reported cracked plaster and items falling
from shelves.

"It felt like a truck had driven into the house," said Jóhanna Björk Karlsdóttir, who lives in
the Vellir district of Hafnarfjörður. "My daughter slept through it, but the dog has been
hiding under the bed ever since."

Police closed a road along the lake after cracks appeared in the surface and rocks fell onto
the carriageway. Keflavík International Airport, Iceland's main gateway, said flights were
operating normally.

Civil protection authorities declared an uncertainty phase, the lowest of three levels of
alert, for the peninsula.

Katrín Baldursdóttir, a natural hazards specialist at the Met Office, said the earthquake was
tectonic rather than volcanic in origin. "We see no signs of magma movement at this stage,"
she said.

The Reykjanes peninsula lies on the boundary between the North American and Eurasian tectonic
plates. Since late 2023 it has seen a series of volcanic eruptions near the fishing town of
Grindavík, about 20 km west of Thursday's epicentre, which forced the evacuation of the town.

Scientists said there was no sign that Thursday's earthquake was connected to the magma
system that has fed those eruptions. "This is a different part of the peninsula and a
different process," said Sveinn Ottósson, a professor of geophysics at the University of
Iceland.

Earthquakes of magnitude 5 or more occur on the peninsula every few years and rarely cause
serious damage, because buildings in Iceland are designed to withstand strong shaking.

Iceland, a country of about 390,000 people, sits on the Mid-Atlantic Ridge and has more than 30
active volcanic systems.

(Reporting by Bjarki Steinsson; Editing by Helena Forsberg)
"""

_EQ_NEWSLETTER = """
Thursday's earthquake near Kleifarvatn is a textbook example of the strike-slip faulting that
dominates the central Reykjanes peninsula, and a useful reminder that not every large
earthquake in this area has anything to do with magma.

The event. The main shock occurred at 03:17 UTC, which is also local time in Iceland (04:17
Central European Time for our Scandinavian readers), at a depth of 5.6 km beneath the eastern
shore of Kleifarvatn. The Icelandic Met Office's automatic system first reported a magnitude
of 4.8; after manual review about two and a half hours later, the magnitude was revised to
5.2. The European-Mediterranean Seismological Centre's estimate was 5.3, which is within the
normal spread between agencies using different stations and methods.

The mechanism. Preliminary solutions show right-lateral strike-slip movement on a fault
striking roughly north-south. That fits the so-called bookshelf faulting model of the
peninsula: the plate boundary runs roughly east-west, but the strain is released on many short
north-south faults that slip like books tipping on a shelf.

The sequence. The largest aftershock, magnitude 3.9, came at 03:41. The Met Office catalogue
listed more than 650 aftershocks by Thursday evening and about 1,100 by Friday evening, 14 of
them above magnitude 3. The rate of aftershocks has fallen off roughly as the Omori law
predicts, which is what you expect from a purely tectonic sequence.

Why not magma? Three reasons. GPS stations around Kleifarvatn show a few centimetres of
horizontal movement consistent with fault slip, but no uplift. Satellite radar images
processed on Friday show the same pattern. And there is no sign of the swarms of small,
shallow earthquakes that have preceded dyke intrusions further west near Grindavík.

Ground motion. The strongest shaking recorded by the accelerometer network was 0.11 g at a
station in southern Hafnarfjörður. That is enough to knock goods off shelves and crack
plaster, which is what happened, but well below the levels that Icelandic building codes are
designed for. Natural Catastrophe Insurance of Iceland had received 37 damage reports by
Thursday evening.

Road 42. The road along the lake was closed after cracks opened in the surface and rocks fell
from the slopes above. Engineers from the Road Administration were inspecting it on Friday.

What the scientists said. Katrín Sif Baldursdóttir of the Met Office described it as the kind
of earthquake the peninsula produces from time to time. Sveinn Ottósson of the University of
Iceland made the same point: events of this size happen every few years on this part of the
plate boundary, and the main advice is to secure heavy furniture.

What to watch. A magnitude 5 event can change the stress on neighbouring faults. The Met
Office is watching the area between Kleifarvatn and the Bláfjöll mountains, where a similar
earthquake would be felt more strongly in the eastern suburbs of Reykjavík. The uncertainty
phase declared by Civil Protection remains in place.

Data. The Met Office's earthquake list and our own maps of the sequence are linked below.
"""

_EQ_PAGES = [
    _page(
        site="Atlantic Isles Broadcasting",
        domain="www.aib.example",
        path="/live/earthquake-reykjanes-kleifarvatn",
        headline="Live: Strong earthquake shakes the Reykjavík area - aftershocks continue",
        standfirst="Magnitude revised to 5.2 after manual review. No injuries reported; Road 42 "
        "closed.",
        byline="AIB News: Þóra Guðmundsdóttir and Stefán Logi Pétursson",
        body=_EQ_LIVE,
        nav=["News", "Live", "Iceland", "World", "Business", "Sport", "Weather"],
        section="Live",
        sidebar_title="What to do in an earthquake",
        sidebar=[
            "Drop, cover and hold on",
            "Stay away from windows and tall shelves",
            "Secure heavy furniture to the wall",
            "Emergency number: 112",
        ],
        related=[
            ("Map: where the earthquake was felt", "/news/earthquake-felt-map"),
            ("Explainer: why the Reykjanes peninsula shakes", "/news/reykjanes-explainer"),
            ("Grindavík: latest on the eruption site", "/news/grindavik-latest"),
        ],
        visible_date="Thursday 19 November 2026 - times are local (GMT)",
        live=True,
        year=2026,
    ),
    _page(
        site="Nordwire",
        domain="www.nordwire.example",
        path="/world/2026/11/19/magnitude-5-2-earthquake-shakes-reykjavik",
        headline="Magnitude 5.2 earthquake shakes Reykjavík area, no injuries reported",
        standfirst="Tremor near Lake Kleifarvatn not linked to magma, scientists say",
        byline="Bjarki Steinsson",
        body=_EQ_WIRE,
        nav=["World", "Business", "Markets", "Energy", "Technology", "Nordics"],
        section="World",
        sidebar_title="Iceland in figures",
        sidebar=[
            "Population: about 390,000",
            "Active volcanic systems: more than 30",
            "Capital area population: about 250,000",
        ],
        related=[
            ("Iceland's tourism numbers hold up despite eruptions", "/business/iceland-tourism"),
            ("Grindavík residents weigh return", "/world/grindavik-residents"),
            ("Norway's Svalbard hit by moderate quake", "/world/svalbard-quake"),
        ],
        published_time="2026-11-19T09:20:00Z",
        jsonld_date="2026-11-19T09:20:00Z",
        year=2026,
        about="Nordwire is an independent news agency covering the Nordic and Baltic regions.",
    ),
    _page(
        site="Rift & Magma Notes",
        domain="riftandmagma.example",
        path="/notes/kleifarvatn-strike-slip-sequence",
        headline="Kleifarvatn: a strike-slip earthquake, not a magma story",
        standfirst="Mechanism, aftershocks and ground motion from the M5.2 near Kleifarvatn.",
        byline="Dr. Halla Sigurðardóttir and Nils-Erik Holm",
        body=_EQ_NEWSLETTER,
        nav=["Notes", "Iceland", "Norway", "Volcanoes", "Earthquakes", "Data", "About"],
        section="Notes",
        sidebar_title="Agency magnitudes for the main shock",
        sidebar=[
            "Icelandic Met Office (automatic, first estimate): 4.8",
            "Icelandic Met Office (reviewed): 5.2",
            "EMSC: 5.3",
        ],
        related=[
            ("Bookshelf faulting, explained", "/explainers/bookshelf-faulting"),
            ("The Sundhnúkur eruptions in numbers", "/notes/sundhnukur-numbers"),
            ("How aftershock sequences decay", "/explainers/omori-law"),
        ],
        about="Rift & Magma Notes is an independent newsletter on Nordic geology and hazards.",
    ),
]

_EQ = {
    "id": "eq-BA6",
    "part": "BA",
    "domain": "earthquake",
    "fetched": "2026-12-01",
    "articles": _EQ_PAGES,
    "planted": [],
}

STORIES = [_CB, _EL, _CT, _TR, _RK, _EQ]
