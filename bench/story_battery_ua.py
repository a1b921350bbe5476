"""Part UA of the story battery (web pages).

Written by engineer UA1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UA`.

Six stories told by invented outlets as whole scraped pages. trade-UA1: the European
Commission's provisional anti-dumping duties on Chinese air-to-water heat pumps (four outlets;
planted: the top duty rate, the date the duties take effect, which alliance official gave the
"level playing field" quote, and China's share of the EU market). trade-UA2: New Zealand and
Vietnam sign an economic partnership agreement in Hanoi (three outlets; CONTROL, no planted
disagreement). court-UA3: the Colorado Supreme Court rules that delivery-app couriers are
employees (four outlets; planted: the vote split, the author of the majority opinion, the back
pay sought, the deadline to seek rehearing). cb-UA4: the Czech National Bank cuts its two-week
repo rate to 3.25% (three outlets; planted: the lone dissenter, the 2026 inflation forecast,
the date of the next meeting). quake-UA5: an offshore earthquake near Chala in southern Peru
(four outlets; planted: magnitude, depth, local time). election-UA6: Reform UK wins the
invented Kelstead and Wynford by-election (three outlets; CONTROL, no planted disagreement).
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Helpers: article text is written as paragraphs separated by blank lines. A paragraph that
# starts with "## " becomes a sub-heading, one that starts with "%%" is raw HTML (a figure, a
# pull quote, an aside). ``inserts`` puts site furniture (adverts, related boxes) after the
# paragraph with the given index.
# ---------------------------------------------------------------------------------------------


def _blocks(text: str, p_class: str = "") -> list[str]:
    out: list[str] = []
    attr = f' class="{p_class}"' if p_class else ""
    for raw in text.strip().split("\n\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if line.startswith("## "):
            out.append(f"<h2>{line[3:]}</h2>")
        elif line.startswith("%%"):
            out.append(line[2:].strip())
        else:
            out.append(f"<p{attr}>{line}</p>")
    return out


def _body(text: str, inserts: dict[int, str] | None = None, p_class: str = "") -> str:
    blocks = _blocks(text, p_class)
    for idx in sorted(inserts or {}, reverse=True):
        blocks.insert(min(idx, len(blocks)), (inserts or {})[idx])
    return "\n".join(blocks)


def _links(items: list[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="{href}">{text}</a></li>' for href, text in items)


# ---------------------------------------------------------------------------------------------
# Outlet templates
# ---------------------------------------------------------------------------------------------


def _meridian(*, url: str, headline: str, section: str, byline: str, iso: str, shown: str,
              body: str, credit: str, related: list[tuple[str, str]]) -> str:
    """Meridian Wire: an international wire service (US spelling, 'percent')."""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{headline} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{headline}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
 "datePublished": "{iso}", "publisher": {{"@type": "Organization", "name": "Meridian Wire"}},
 "author": [{{"@type": "Person", "name": "{byline}"}}]}}
</script>
<link rel="stylesheet" href="/static/mw-core.4f1a.css">
</head>
<body class="mw-article">
<a class="skip" href="#main-content">Skip to main content</a>
<div id="consent-banner" role="dialog" aria-label="Cookie preferences">
  <p>We use cookies and similar technologies to improve your experience and to measure
  advertising. <a href="/privacy">Privacy policy</a></p>
  <button>Accept all</button> <button>Manage choices</button>
</div>
<header class="mw-masthead">
  <a class="mw-logo" href="/">MERIDIAN</a>
  <nav aria-label="Sections"><ul>
    <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/markets/">Markets</a></li><li><a href="/sustainability/">Sustainability</a></li>
    <li><a href="/legal/">Legal</a></li><li><a href="/technology/">Technology</a></li>
  </ul></nav>
  <a class="mw-sub" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a>
</header>
<main id="main-content">
<article>
  <p class="mw-kicker"><a href="/{section.lower()}/">{section}</a></p>
  <h1>{headline}</h1>
  <div class="mw-byline">By <a href="/authors/">{byline}</a></div>
  <time datetime="{iso}">{shown}</time>
  <div class="mw-share"><button>Share</button> <button>X</button> <button>LinkedIn</button>
  <button>Email</button> <button>Copy link</button></div>
  <div class="mw-body">
{body}
  </div>
  <p class="mw-credit">{credit}</p>
  <p class="mw-standards"><a href="/trust-principles">Our Standards: The Meridian Trust
  Principles.</a></p>
</article>
<aside class="mw-related"><h3>Read Next</h3><ul>
{_links(related)}
</ul></aside>
<div class="ad-slot" data-pos="rail">Advertisement &middot; Scroll to continue</div>
</main>
<footer class="mw-footer">
  <ul><li><a href="/about">About Meridian</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes. &copy; {iso[:4]} Meridian Wire. All rights
  reserved.</p>
</footer>
</body>
</html>
"""


def _albion(*, url: str, headline: str, dek: str, section: str, byline: str, role: str,
            iso: str, shown: str, body: str, caption: str, most_read: list[tuple[str, str]],
            newsletter: tuple[str, str]) -> str:
    """The Albion Post: a British national daily ('per cent', day-month dates)."""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} | {section} | The Albion Post</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="The Albion Post">
<meta property="article:published_time" content="{iso}">
<meta name="author" content="{byline}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
</head>
<body>
<div class="sr-only"><a href="#maincontent">Skip to main content</a>
<a href="#navigation">Skip to navigation</a></div>
<aside class="cmp" role="region" aria-label="Your privacy">
  <h2>Your privacy</h2>
  <p>We and our partners use cookies to personalise content and adverts. You can change your
  choices at any time by clicking &#8216;Privacy settings&#8217; at the bottom of any page.</p>
  <button>Yes, I&#8217;m happy</button> <button>Manage my cookies</button>
</aside>
<header>
  <div class="support">Support the Post &mdash; <a href="/subscribe">subscribe from &pound;1 a
  week</a></div>
  <a href="/" class="logo">The Albion Post</a>
  <nav id="navigation"><ul>
    <li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li>
    <li><a href="/business">Business</a></li><li><a href="/environment">Environment</a></li>
    <li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
  </ul></nav>
</header>
<main id="maincontent">
<article>
  <div class="section-label"><a href="/{section.lower()}">{section}</a></div>
  <h1>{headline}</h1>
  <div class="standfirst"><p>{dek}</p></div>
  <figure class="lead">
    <img src="/img/lead-2160.jpg" alt="">
    <figcaption>{caption}</figcaption>
  </figure>
  <address class="byline"><a rel="author" href="/profile/">{byline}</a> {role}</address>
  <div class="dateline"><time datetime="{iso}">{shown}</time></div>
  <ul class="share"><li>Share on Facebook</li><li>Share on X</li><li>Share via Email</li></ul>
  <div class="article-body">
{body}
  </div>
  <div class="newsletter"><h3>Sign up to {newsletter[0]}</h3>
  <p>{newsletter[1]}</p>
  <form><input type="email" placeholder="Your email address"> <button>Sign up</button></form>
  <p class="small">Privacy Notice: Newsletters may contain info about charities, online ads,
  and content funded by outside parties.</p></div>
  <p class="comments">Comments (214) &middot; <a href="#comments">Show comments</a></p>
</article>
<aside class="most-viewed"><h2>Most viewed</h2><ol>
{_links(most_read)}
</ol></aside>
</main>
<footer>
  <ul><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp;
  corrections</a></li><li><a href="/privacy">Privacy policy</a></li>
  <li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms &amp;
  conditions</a></li></ul>
  <p>&copy; {iso[:4]} Albion Post Media Group Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _tariff_tracker(*, url: str, headline: str, author: str, posted: str, iso: str,
                    tags: list[str], body: str) -> str:
    """Tariff Tracker: a one-editor trade-remedies blog ('pct', terse, technical)."""
    tag_html = " ".join(f'<a rel="tag" href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>'
                        for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{headline} &#8211; Tariff Tracker</title>
<meta name="generator" content="WordPress 6.7.1">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Tariff Tracker">
<meta property="article:published_time" content="{iso}">
<link rel="alternate" type="application/rss+xml" title="Tariff Tracker &raquo; Feed"
  href="/feed/">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-header">
  <p class="site-title"><a href="/">Tariff Tracker</a></p>
  <p class="site-description">Trade defence, customs and market access &ndash; without the
  spin</p>
  <nav class="main-navigation"><ul>
    <li><a href="/category/eu/">EU</a></li><li><a href="/category/us/">US</a></li>
    <li><a href="/category/uk/">UK</a></li><li><a href="/category/wto/">WTO</a></li>
    <li><a href="/case-database/">Case database</a></li><li><a href="/about/">About</a></li>
  </ul></nav>
</div>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">{headline}</h1>
    <div class="entry-meta">Posted on <time class="entry-date published"
      datetime="{iso}">{posted}</time> by <span class="author vcard">{author}</span></div>
  </header>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
  <li>Email</li><li>LinkedIn</li><li>X</li><li>Print</li></ul></div>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on
  &ldquo;{headline}&rdquo;</h2>
  <p class="comment-awaiting">Comments are moderated and may take a day to appear.</p></div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget"><h2 class="widget-title">Subscribe by email</h2>
  <p>Enter your email address to get new posts. Around three a week, never spam.</p>
  <form><input type="email"> <button>Subscribe</button></form></section>
  <section class="widget"><h2 class="widget-title">Recent posts</h2><ul>
    <li><a href="/2025/11/14/us-section-232-timber-inclusions/">Section 232 timber:
    inclusions window opens</a></li>
    <li><a href="/2025/11/10/eu-safeguard-steel-quota-q4/">EU steel safeguard: Q4 quota
    exhaustion tracker</a></li>
    <li><a href="/2025/11/05/uk-tra-ceramic-tiles/">UK TRA recommends extending ceramic tile
    duties</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2025 Tariff Tracker. Nothing on this site is
legal advice. Proudly powered by WordPress.</p></footer>
</body>
</html>
"""


def _hct(*, url: str, headline: str, dek: str, author: str, body: str) -> str:
    """Heating & Cooling Today: a specialist trade site for installers (no date shown)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Heating &amp; Cooling Today - {headline}</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Heating &amp; Cooling Today">
<meta name="keywords" content="heat pumps, tariffs, anti-dumping, distributors, installers">
</head>
<body>
<div class="topbar">The independent voice of the heating, ventilation and cooling trade
&middot; <a href="/magazine">Get the print edition</a> &middot; <a href="/login">Log in</a></div>
<header class="hct-header">
  <a class="brand" href="/">Heating &amp; Cooling Today</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/heat-pumps">Heat pumps</a></li>
  <li><a href="/boilers">Boilers</a></li><li><a href="/ventilation">Ventilation</a></li>
  <li><a href="/regulation">Regulation</a></li><li><a href="/products">Products</a></li>
  <li><a href="/jobs">Jobs</a></li><li><a href="/events">Events</a></li></ul></nav>
</header>
<div class="leaderboard">ADVERTISEMENT</div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt;
<a href="/regulation">Regulation</a></div>
<main>
<article class="story">
  <h1>{headline}</h1>
  <p class="intro"><strong>{dek}</strong></p>
  <p class="writer">Written by {author}</p>
  <div class="share-row"><a href="#">LinkedIn</a> <a href="#">Facebook</a>
  <a href="#">WhatsApp</a> <a href="#">Email this article</a></div>
  <figure><img src="/media/outdoor-units-warehouse.jpg" alt="Outdoor heat pump units stacked in a
  distributor's warehouse"><figcaption>Outdoor units awaiting dispatch at a distribution
  centre. Photo: HCT archive</figcaption></figure>
  <div class="story-text">
{body}
  </div>
  <div class="tags">Tags: <a href="/tag/heat-pumps">Heat pumps</a>
  <a href="/tag/trade">Trade</a> <a href="/tag/eu-policy">EU policy</a></div>
</article>
<aside class="sidebar">
  <div class="mpu">ADVERTISEMENT</div>
  <h3>Latest news</h3><ul>
  <li><a href="/news/f-gas-phase-down-quota-2026">F-gas quota allocations for 2026
  published</a></li>
  <li><a href="/news/installer-survey-winter">Installer survey: order books thin ahead of
  winter</a></li>
  <li><a href="/news/r290-monobloc-launch">Three new R290 monoblocs on show in Milan</a></li>
  </ul>
  <div class="newsletter-box"><h3>HCT Daily</h3><p>The news that matters to installers and
  specifiers, every weekday at 7am.</p><input type="email"> <button>Sign up free</button></div>
</aside>
</main>
<footer><p>Heating &amp; Cooling Today is published by Ductwork Media. Registered in England
No. 08811234.</p><p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> |
<a href="/advertise">Advertise with us</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# STORY 1 - trade: EU provisional anti-dumping duties on Chinese heat pumps (19 November 2025)
# =============================================================================================

_S1_MERIDIAN_TEXT = """
BRUSSELS, Nov 19 (Meridian) - The European Commission on Wednesday imposed provisional
anti-dumping duties of between 14.6% and 42.7% on air-to-water heat pumps imported from China,
widening a trade dispute over clean-technology goods that Brussels says are being sold in
Europe below cost.

The duties will take effect on Thursday, Nov. 20, the day after their publication in the EU's
Official Journal, and can apply for up to six months while the Commission completes its
investigation. A decision on definitive duties, which would normally last five years, is due
by early June 2026.

Zhejiang Sunwell Heat Pump Co, the largest of the three Chinese exporters examined in detail,
was hit with the top rate of 42.7%. Ningbo Aolan Climate Systems faces 27.9%, while Guangdong
Hengrui Thermal Technology received the lowest rate, 14.6%. Other Chinese producers that
cooperated with the probe will pay 24.3%, and companies that did not cooperate will be charged
the maximum rate.

"These are provisional measures based on clear evidence of dumping that has caused material
injury to EU producers," Commission spokesperson Arnaud Delcourt told reporters at the daily
midday briefing. "Our door remains open to Chinese heat pumps sold at fair prices."

The investigation was opened on April 3 after a complaint from the European Heat Pump Producers'
Alliance, which represents 14 manufacturers with factories in Germany, Italy, Sweden, France and
Poland.

Ingrid Solheim, the alliance's president, welcomed the decision. "We asked for a level playing
field, not a wall," she said in a statement. "Today the Commission has given European factories
a chance to breathe."

Chinese heat pumps accounted for 31% of the EU market in the first half of 2025, up from 9% in
2021, according to figures cited in the Commission's regulation. Imports from China were worth
about 2.1 billion euros ($2.4 billion) last year.

China's Ministry of Commerce said Beijing "firmly opposes" the duties and would "take all
necessary measures to safeguard the legitimate rights and interests of Chinese companies." It
did not say what those measures might be.

The case adds to a string of EU trade actions against Chinese clean-tech products, following
countervailing duties on battery electric vehicles in 2024. Beijing answered those duties with
investigations into European brandy, pork and dairy products.

European demand for heat pumps has weakened since a 2022 boom driven by high gas prices, with
sales falling about 21% in 2024 as several governments scaled back subsidies. Installers have
warned that higher import costs could slow adoption further just as the EU is trying to cut its
reliance on fossil fuels for heating.

Provisional duties are collected in the form of guarantees and only become payable if
definitive measures are confirmed. EU governments will vote on the definitive duties in the
spring, and a qualified majority of member states would be needed to block them.

Sunwell did not immediately respond to a request for comment sent outside business hours in
China. A person familiar with the company's thinking said it would contest the Commission's
findings before the definitive stage.
"""

_S1_MERIDIAN = _meridian(
    url="https://www.meridianwire.example/business/eu-china-heat-pump-duties-2025-11-19/",
    headline="EU slaps provisional duties of up to 42.7% on Chinese heat pumps",
    section="Business", byline="Claire Rademaker", iso="2025-11-19T13:47:00Z",
    shown="November 19, 2025 1:47 PM UTC", body=_body(_S1_MERIDIAN_TEXT, {
        4: '<div class="ad-slot" data-pos="inline1">Advertisement &middot; Scroll to '
           'continue</div>',
        9: '<div class="mw-factbox"><h4>Key figures</h4><ul><li>Duties: 14.6% to 42.7%</li>'
           '<li>Imports from China in 2024: about &euro;2.1 billion</li>'
           '<li>Definitive decision: by early June 2026</li></ul></div>'}),
    credit="Reporting by Claire Rademaker in Brussels; additional reporting by Wen Jiaqi in "
           "Beijing; Editing by Mark Oduya and Helen Strand",
    related=[("/business/eu-steel-safeguard-review-2025-11-12/",
              "EU proposes tighter steel safeguard as imports climb"),
             ("/world/china-eu-summit-preview-2025-11-03/",
              "China, EU trade chiefs to meet as frictions mount"),
             ("/sustainability/heat-pump-sales-europe-2025-10-21/",
              "Europe's heat pump slump deepens in third quarter")])

_S1_ALBION_TEXT = """
Households across Europe could pay more for heat pumps after Brussels imposed emergency tariffs
on Chinese-made units, accusing manufacturers of flooding the market with products sold below
cost.

The European Commission said on Wednesday that provisional anti-dumping duties ranging from 14.6
per cent to 47.2 per cent would apply to air-to-water heat pumps from China from 20 November.
The measures, which can last for up to six months, are the latest in a series of trade actions
against Chinese green technology.

The highest rate falls on Zhejiang Sunwell Heat Pump Co, one of the three exporters sampled in
the investigation, and on any Chinese firm that refused to co-operate with it. Ningbo Aolan
Climate Systems faces a 27.9 per cent levy and Guangdong Hengrui Thermal Technology 14.6 per
cent.

The Commission found that Chinese imports, worth about &euro;2.1bn last year, had taken 31 per
cent of the EU market by the first half of this year, compared with 9 per cent in 2021. Over
the same period, European producers lost sales, cut shifts and, in two cases, closed assembly
lines, the Commission said.

Although Britain is not directly affected &ndash; imports into the UK have fallen outside the
EU&#8217;s trade defence regime since Brexit &ndash; the decision will be watched closely in
Whitehall, where ministers are under pressure from domestic manufacturers to consider similar
action. The UK&#8217;s Trade Remedies Authority has not opened a comparable inquiry.

The European Heat Pump Producers&#8217; Alliance, whose complaint triggered the investigation
in April, said in a statement that the duties were &#8220;a lifeline for an industry that was
being priced out of its own market&#8221;.

Installers are less enthusiastic. Paolo Ferrante, director of the Federation of European
Heating Installers, said the tariffs could add between &euro;1,500 and &euro;2,500 to the cost
of a typical home installation. &#8220;Every euro added to the price of a heat pump is a euro
that keeps a gas boiler on the wall,&#8221; he said.

The EU has set a goal of installing an additional 10m heat pumps by 2027 under its REPowerEU
plan, a target that analysts now regard as out of reach after sales fell by roughly a fifth
last year as subsidy schemes in Germany, France and Italy were cut back or redesigned.

## Beijing warns of response

Beijing reacted angrily. China&#8217;s Ministry of Commerce said it &#8220;firmly
opposes&#8221; the move and would take &#8220;all necessary measures&#8221; to protect its
companies. When the EU imposed duties on Chinese electric cars last year, China retaliated
with investigations into European brandy, pork and dairy.

Arnaud Delcourt, a spokesperson for the Commission, said the measures were &#8220;based on
clear evidence of dumping&#8221; and insisted they were &#8220;not protectionism but the
enforcement of rules that everybody signed up to&#8221;.

Definitive duties, if confirmed, would normally last five years. A decision is expected by
early June, after EU member states have been consulted.
"""

_S1_ALBION = _albion(
    url="https://www.albionpost.example/business/2025/nov/19/eu-tariffs-chinese-heat-pumps",
    headline="Brussels hits Chinese heat pumps with tariffs as clean-tech trade war widens",
    dek="Provisional duties of up to 47.2 per cent take effect this week, raising fears of higher "
        "prices for households switching away from gas boilers",
    section="Business", byline="Harriet Lomax", role="Europe business correspondent",
    iso="2025-11-19T18:40:00+00:00", shown="Wed 19 Nov 2025 18.40 GMT",
    body=_body(_S1_ALBION_TEXT, {
        3: '<aside class="inline-related"><h3>Related</h3><ul><li><a href="/business/2025/'
           'oct/02/uk-heat-pump-grant-uptake">Heat pump grant uptake rises in England</a></li>'
           '</ul></aside>',
        8: '<div class="ad" aria-hidden="true">Advertisement</div>'}),
    newsletter=("Business Today", "Get set for the working day &ndash; we&#8217;ll point you "
                "to all the business news and analysis you need every morning."),
    caption="An air-to-water heat pump outside a new-build home near Lyon. Photograph: Mathieu "
            "Serrault/Albion",
    most_read=[("/politics/2025/nov/19/budget-leak-inquiry", "Budget leak inquiry widens"),
               ("/uk-news/2025/nov/19/storm-warning-north", "Amber wind warning for the north"),
               ("/business/2025/nov/19/eu-tariffs-chinese-heat-pumps",
                "Brussels hits Chinese heat pumps with tariffs"),
               ("/sport/2025/nov/18/england-qualify", "England seal place at World Cup")])

_S1_TRACKER_TEXT = """
The Commission has published provisional anti-dumping (AD) duties in its investigation into
air-to-water heat pumps originating in China (case AD724). The implementing regulation enters
into force on Friday, 21 November, the day after publication in the Official Journal, and
duties apply to goods released for free circulation from that date.

## The rates

%%<table class="rates"><thead><tr><th>Exporter</th><th>Provisional duty</th></tr></thead>
<tbody><tr><td>Zhejiang Sunwell Heat Pump Co., Ltd</td><td>42.7 pct</td></tr>
<tr><td>Ningbo Aolan Climate Systems Co., Ltd</td><td>27.9 pct</td></tr>
<tr><td>Guangdong Hengrui Thermal Technology Co., Ltd</td><td>14.6 pct</td></tr>
<tr><td>Other cooperating companies (Annex)</td><td>24.3 pct</td></tr>
<tr><td>All other companies</td><td>42.7 pct</td></tr></tbody></table>

Three exporting producers were sampled. As usual, the residual rate for non-cooperating
exporters is set at the level of the highest sampled company, so anyone not on the annex list
pays 42.7 pct. Duties are ad valorem on the CIF Union-frontier price, before duty.

## What it means at the border

Provisional duties are secured by a guarantee rather than collected outright. Importers lodge
security equal to the duty and only pay if definitive duties are imposed, and then only up to
the definitive rate. Goods cleared before the entry-into-force date are not caught: the
Commission did not make imports subject to registration, so there is no retroactive exposure on
stock already in the EU.

Scope covers air-to-water units, monobloc and split, with a rated heating output of up to 70
kW. Air-to-air units and reversible air conditioners are excluded, which will matter to
distributors who sell both under the same brand. Expect classification disputes.

## The complaint side

The case was initiated on 3 April 2025 on a complaint by the European Heat Pump Producers'
Alliance. Thomas Berglund, the alliance's secretary-general, told Tariff Tracker: "We asked for
a level playing field, not a wall. Today the Commission has given European factories a chance
to breathe." He added that members would push for definitive duties "at least at these levels".

The Commission put the dumping margins well above the duty rates for two of the three sampled
companies, so the lesser-duty rule (duty capped at the injury margin) did the work here. The
Commission says injury elimination requires prices about a third higher than current Chinese
offers on average.

## Timeline from here

Interested parties have 15 days to request a hearing and comment on provisional disclosure.
Definitive measures must be in place within 14 months of initiation, so by early June 2026. The
definitive regulation goes to member states under the examination procedure; in practice a
blocking majority against the Commission is rare.

## China's reaction

MOFCOM said it "firmly opposes" the measures and will "take all necessary measures to safeguard
the legitimate rights and interests of Chinese companies". Readers will remember the brandy,
pork and dairy cases that followed the EV countervailing duties. None of those retaliation
probes has yet produced duties at anything like the level threatened.

The sampled exporters can still offer price undertakings (minimum import prices in place of
duties). Sunwell and Aolan are both understood to be considering it. I will update the case
database entry once the non-confidential provisional disclosure is on TRON.
"""

_S1_TRACKER = _tariff_tracker(
    url="https://tarifftracker.example/2025/11/19/eu-heat-pumps-china-provisional-ad-duties/",
    headline="EU heat pumps AD case: provisional duties land at 14.6-42.7 pct",
    author="Jonas Ekdahl", posted="19 November 2025 at 21:05", iso="2025-11-19T21:05:00+01:00",
    tags=["Anti-dumping", "China", "EU", "Heat pumps"], body=_body(_S1_TRACKER_TEXT))

_S1_HCT_TEXT = """
Distributors bringing in Chinese-made monobloc and split heat pumps will need to lodge security
against provisional anti-dumping duties of up to 42.7% following the European Commission's
decision this week, in a move that could reshape the supply chain for installers across the
bloc.

The Commission has set three individual rates for the Chinese exporters it examined. Zhejiang
Sunwell Heat Pump Co, whose units are sold under several European distributor labels, faces the
top rate of 42.7%. Ningbo Aolan Climate Systems is on 27.9% and Guangdong Hengrui Thermal
Technology on 14.6%. Other co-operating Chinese manufacturers get 24.3%.

The duties cover air-to-water units up to 70 kW. Air-to-air systems are not included.

## Why Brussels acted

According to the Commission, Chinese heat pumps took 38% of the EU market in the first half of
2025, compared with 9% four years earlier, while prices undercut European-built units by an
average of 26%. Imports from China were worth &euro;2.1 billion in 2024.

Ingrid Solheim, president of the European Heat Pump Producers' Alliance, whose members brought
the complaint, said: "We asked for a level playing field, not a wall. Today the Commission has
given European factories a chance to breathe."

She argued that European manufacturers had invested heavily in new capacity on the strength of
the EU's climate targets, only to watch their order books collapse. "We built the factories
Europe asked for. We cannot run them at half speed for ever," she said.

## Installers fear price rises

Installer organisations are far less enthusiastic. Paolo Ferrante, director of the Federation
of European Heating Installers, said the tariffs could add between &euro;1,500 and &euro;2,500
to the cost of a typical domestic installation at a time when customers are already hesitant.

"Every euro added to the price of a heat pump is a euro that keeps a gas boiler on the wall,"
Ferrante said. "Our members compete against a boiler swap, not against another heat pump."

Sales of heat pumps in the EU fell by around 21% last year as subsidy schemes were cut back in
several countries. The EU still has a target of an extra 10 million heat pumps by 2027 under
REPowerEU.

%%<blockquote class="pull">"Every euro added to the price of a heat pump is a euro that keeps
a gas boiler on the wall" &ndash; Paolo Ferrante, FEHI</blockquote>

## What distributors should do now

Trade lawyers advise distributors to check their supply contracts for price-adjustment clauses
and to confirm which manufacturer and which factory their units come from, since the rate
depends on the named producer. Units from unlisted Chinese factories attract the highest rate.

Stock that cleared customs before the duties came into force is not affected. The provisional
duties are secured by a bank guarantee and only become payable if the Commission confirms
definitive measures, which it must do by early June 2026.

Several European brands that assemble in China are already looking at moving final assembly to
Turkey, Thailand or Eastern Europe, according to two distributors who spoke to HCT on condition
of anonymity. One said price lists would be reissued "within weeks".

China's commerce ministry has said it firmly opposes the duties and will take all necessary
measures in response.
"""

_S1_HCT = _hct(
    url="https://www.heatingcoolingtoday.example/news/regulation/"
        "provisional-eu-duties-chinese-heat-pumps-distributors",
    headline="Provisional EU duties on Chinese heat pumps: what distributors need to know",
    dek="Rates from 14.6% to 42.7% apply to monobloc and split air-to-water units, with the "
        "highest rate for Zhejiang Sunwell and non-cooperating factories",
    author="Gareth Penhaligon, News Editor", body=_body(_S1_HCT_TEXT, {
        5: '<div class="inline-ad">ADVERTISEMENT</div>',
        11: '<div class="read-more"><strong>Read more:</strong> <a href="/news/'
            'r290-monobloc-launch">Three new R290 monoblocs on show in Milan</a></div>'}))


# =============================================================================================
# STORY 2 - trade (CONTROL): New Zealand and Vietnam sign a partnership agreement (9 March 2026)
# =============================================================================================


def _ppr(*, url: str, headline: str, summary: str, byline: str, iso: str, shown: str,
         body: str, audio: str) -> str:
    """Pacific Public Radio: New Zealand public broadcaster (NZ English, 'percent')."""
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>{headline} | PPR News</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{summary}">
<meta property="og:site_name" content="Pacific Public Radio">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{headline}","datePublished":"{iso}","author":{{"@type":"Person",
"name":"{byline}"}},"publisher":{{"@type":"Organization","name":"Pacific Public Radio"}}}}
</script>
</head>
<body>
<a href="#main" class="skip">Skip to content</a>
<header class="ppr-head">
  <a href="/" class="ppr-logo">PPR <span>Pacific Public Radio</span></a>
  <a class="listen-live" href="/live">Listen live</a>
  <nav><ul><li><a href="/news/national">New Zealand</a></li><li><a href="/news/world">World</a>
  </li><li><a href="/news/political">Politics</a></li><li><a href="/news/pacific">Pacific</a>
  </li><li><a href="/news/te-manu-korihi">Te Ao M&#257;ori</a></li>
  <li><a href="/news/business">Business</a></li><li><a href="/news/country">Country</a></li>
  </ul></nav>
</header>
<main id="main">
<article class="ppr-story">
  <div class="story-meta"><span class="section">Business</span>
  <time datetime="{iso}">{shown}</time> <span class="share">Share this</span></div>
  <h1>{headline}</h1>
  <div class="summary"><p>{summary}</p></div>
  <div class="audio-player"><button>Play</button> <span>{audio}</span></div>
  <div class="author">By {byline}, <span>PPR business reporter</span></div>
  <div class="story-body">
{body}
  </div>
  <p class="copyright">&copy; Copyright Pacific Public Radio</p>
</article>
<aside class="story-related"><h3>Related stories</h3><ul>
  <li><a href="/news/business/kiwifruit-exports-record">Kiwifruit exports hit record as Asia
  demand grows</a></li>
  <li><a href="/news/political/trade-minister-asean-tour">Trade minister heads to Southeast Asia
  for talks</a></li>
  <li><a href="/news/business/beef-prices-asia">Beef prices firm on strong Asian buying</a>
  </li></ul></aside>
</main>
<footer class="ppr-foot"><p>Pacific Public Radio is New Zealand's independent public service
multimedia organisation.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact
</a></li><li><a href="/complaints">Complaints</a></li><li><a href="/privacy">Privacy</a></li>
</ul></footer>
</body>
</html>
"""


def _hbr(*, url: str, headline: str, dek: str, byline: str, iso: str, shown: str,
         body: str) -> str:
    """The Harbour Business Review: Auckland financial daily with a metered paywall."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - The Harbour Business Review</title>
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="The Harbour Business Review">
<meta property="article:published_time" content="{iso}">
<meta property="article:tag" content="Trade">
<meta property="article:tag" content="Exporters">
<meta name="robots" content="max-image-preview:large">
</head>
<body class="hbr">
<div class="paywall-meter">You have 2 free articles left this month. <a href="/subscribe">
Subscribe for full access</a></div>
<header><a class="hbr-wordmark" href="/">The Harbour Business Review</a>
<nav><a href="/markets">Markets</a> <a href="/companies">Companies</a>
<a href="/primary-sector">Primary sector</a> <a href="/economy">Economy</a>
<a href="/property">Property</a> <a href="/opinion">Opinion</a> <a href="/data">Data</a></nav>
<div class="ticker">NZX 50 13,102.44 &#9650; 0.4% &middot; NZD/USD 0.5871 &middot; OCR 2.25%
</div></header>
<main>
<article>
  <p class="rubric">Trade</p>
  <h1>{headline}</h1>
  <p class="dek">{dek}</p>
  <p class="by">{byline} &middot; <time datetime="{iso}">{shown}</time> &middot; 5 min read</p>
  <div class="share-tools"><a>Gift this article</a> <a>Share</a> <a>Save</a></div>
  <div class="content">
{body}
  </div>
</article>
<section class="more-from"><h2>More from Trade</h2><ul>
  <li><a href="/trade/india-fta-dairy-access">Why dairy stayed out of the India deal</a></li>
  <li><a href="/trade/wine-exports-vietnam">Winemakers eye Vietnam's hotel trade</a></li>
  <li><a href="/trade/meat-processors-margins">Meat processors' margins squeezed</a></li>
</ul></section>
</main>
<footer><p>&copy; 2026 Harbour Media Ltd. <a href="/terms">Terms</a> &middot;
<a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a></p></footer>
</body>
</html>
"""


def _set(*, url: str, headline: str, sapo: str, byline: str, shown: str, body: str) -> str:
    """Saigon Economic Times, English edition (per cent; a date without a clock time)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{headline} - Saigon Economic Times</title>
<meta name="description" content="{sapo}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Saigon Economic Times - English">
</head>
<body>
<div class="top-links"><a href="/">English</a> | <a href="https://set-vn.example/">Ti&#7871;ng
Vi&#7879;t</a> | <a href="/epaper">E-paper</a></div>
<div class="header"><a class="logo" href="/">SAIGON ECONOMIC TIMES</a>
<ul class="menu"><li><a href="/economy">Economy</a></li><li><a href="/finance">Finance</a></li>
<li><a href="/trade">Trade</a></li><li><a href="/real-estate">Real Estate</a></li>
<li><a href="/enterprises">Enterprises</a></li><li><a href="/society">Society</a></li></ul>
</div>
<div class="banner-ad">Advertisement</div>
<div class="main-col">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/trade">Trade</a></div>
<h1 class="title-detail">{headline}</h1>
<div class="date-detail">{shown}</div>
<div class="sapo"><strong>{sapo}</strong></div>
<div class="detail-content">
{body}
</div>
<div class="author-detail">{byline}</div>
<div class="tags-detail">Tags: <a href="/tag/new-zealand">New Zealand</a>
<a href="/tag/fta">FTA</a> <a href="/tag/exports">exports</a></div>
<div class="box-other"><h3>Other news</h3><ul>
<li><a href="/trade/rice-exports-q1">Rice exports forecast to ease in first quarter</a></li>
<li><a href="/trade/seafood-us-market">Seafood firms seek new markets as US demand softens</a>
</li><li><a href="/finance/vnindex-weekly">VN-Index posts third weekly gain</a></li></ul></div>
</div>
<div class="footer"><p>Saigon Economic Times - Licence No. 112/GP-BTTTT. Editor-in-chief: Tran
Minh Hoa.</p><p>&copy; Reproduction of content requires written permission.</p></div>
</body>
</html>
"""


_S2_PPR_TEXT = """
New Zealand and Vietnam have signed a comprehensive economic partnership agreement that will
remove tariffs on most New Zealand exports to the fast-growing Southeast Asian economy.

Trade Minister Rawiri Kingsley signed the deal in Hanoi this afternoon with Vietnam's Minister
of Industry and Trade, Phan Quoc Thanh, at a ceremony at the Government Office.

Under the agreement, Vietnam will eliminate tariffs on 95.3 percent of New Zealand's goods
exports by value within 10 years, with 68 percent becoming duty-free as soon as it comes into
force.

Kingsley said it was the most important trade deal for New Zealand in Southeast Asia in a
decade.

"This is the most significant deal for our exporters in Southeast Asia in ten years. Vietnam
has a population of more than 100 million and a middle class that is growing fast, and today
we have made sure our farmers and growers are first in line," he said.

The 10 percent tariff on kiwifruit will go on day one. Tariffs of up to 15 percent on frozen
beef will be phased out over five years, and the 5 percent duty on milk powder will go within
three years. Wine, which currently faces a tariff of up to 30 percent, will be duty-free after
seven years.

New Zealand will remove its remaining tariffs on Vietnamese goods, mainly clothing and
footwear, when the agreement takes effect.

## Working holidays and services

The deal also expands Vietnam's working holiday scheme, lifting the number of places for young
Vietnamese from 200 to 1,500 a year, and includes chapters on services, digital trade and
government procurement.

Two-way trade between the countries was worth $2.9 billion last year, and both governments have
set a goal of reaching $5 billion by 2030.

Negotiations began in August 2024 and were concluded in December after seven rounds of talks.
The agreement still has to be ratified by both countries, and officials expect it to come into
force in the middle of 2027.

Minister Thanh said the deal opened "new room for Vietnamese textiles, footwear and seafood"
and deepened what both countries call their strategic partnership.

## Exporters welcome deal

The Kiwi Exporters Council welcomed the agreement. Chief executive Megan Oduya said beef and
wine producers had been at a disadvantage against competitors from countries with better access
to Vietnam.

"For beef and wine producers in particular, this removes a real handicap," she said. "The
test now is how quickly officials can get it ratified."

But the Green Party's trade spokesperson, Ruby Hanlon, said the labour chapter had no real
teeth.

"There is a lot in here for exporters and very little in here for workers. Commitments on
labour rights that cannot be enforced are just words," she said.

The agreement text will be presented to Parliament and examined by a select committee before
New Zealand can ratify it.
"""

_S2_PPR = _ppr(
    url="https://www.pacificpublicradio.example/news/business/582114/"
        "nz-and-vietnam-sign-trade-deal",
    headline="NZ and Vietnam sign trade deal cutting tariffs on beef, kiwifruit and wine",
    summary="Vietnam will remove tariffs on more than 95 percent of New Zealand's exports "
            "within a decade.",
    byline="Anahera Collins", iso="2026-03-09T18:52:00+13:00", shown="6:52 pm on 9 March 2026",
    audio="Duration: 3'41\" - Trade minister Rawiri Kingsley speaks from Hanoi",
    body=_body(_S2_PPR_TEXT, {6: '<div class="promo">Get the PPR News newsletter - the day\'s '
                                  'top stories in your inbox.</div>'}))

_S2_HBR_TEXT = """
Beef, wine and kiwifruit exporters are the clear winners from New Zealand's new economic
partnership agreement with Vietnam, signed in Hanoi on Monday, though the deal will not come
into force until the middle of next year at the earliest.

Under the agreement, Vietnam will eliminate tariffs on 95.3% of New Zealand's goods exports by
value within 10 years. About 68% of exports by value will be tariff-free from entry into force.

The headline gains are in the primary sector. Kiwifruit, which currently faces a 10% tariff,
will enter duty-free from day one. Frozen beef tariffs of up to 15% will be phased out over five
years. Milk powder, currently on 5%, goes to zero in three years, and wine tariffs of up to 30%
are eliminated over seven years.

In return, New Zealand will scrap its remaining tariffs on Vietnamese products - mostly
apparel and footwear, on which New Zealand still levies up to 10% - from entry into force.

## A $5 billion target

Two-way trade in goods and services was worth NZ$2.9 billion in 2025. The two governments want
that to reach NZ$5b by 2030, which would require growth of more than 11% a year.

Trade Minister Rawiri Kingsley, who signed for New Zealand, said the deal was "the most
significant deal for our exporters in Southeast Asia in ten years".

"Vietnam's middle class is growing fast, its hotels and restaurants are buying more premium
food and wine, and until today our competitors have had an edge," Kingsley said.

Vietnam's Minister of Industry and Trade, Phan Quoc Thanh, described the agreement as opening
"new room" for Vietnamese textiles, footwear and seafood.

## What exporters say

Megan Oduya, chief executive of the Kiwi Exporters Council, said the beef and wine tariff cuts
were the most valuable part of the package for her members.

"For beef and wine producers in particular, this removes a real handicap against competitors
that already have better access," she said. "Ratification is now the priority. Every month of
delay is a month of tariffs our competitors aren't paying."

Talks were launched in August 2024 and concluded last December after seven negotiating rounds,
relatively quick by the standards of modern trade agreements.

Economists were more measured. Rhys Tamati, senior economist at Kauri Bank, said the gains would
be real but gradual. "The tariff savings phase in over years, not months. For most exporters the
immediate impact is confidence rather than cash," he said.

Aside from tariffs, the agreement expands Vietnam's working holiday scheme from 200 to 1,500
places a year and includes chapters on services, digital trade and government procurement.

The Green Party has criticised the labour chapter, saying its commitments cannot be enforced.
The agreement now goes to Parliament for select committee scrutiny, while in Vietnam it must be
ratified by the National Assembly.
"""

_S2_HBR = _hbr(
    url="https://www.harbourbusiness.example/trade/vietnam-deal-winners-beef-wine-kiwifruit",
    headline="Vietnam deal: beef, wine and kiwifruit the big winners",
    dek="Vietnam will scrap tariffs on 95.3% of New Zealand's exports within a decade, but "
        "exporters must wait for ratification",
    byline="Tom Wakefield", iso="2026-03-10T05:00:00+13:00", shown="Tue, 10 Mar 2026, 5:00am",
    body=_body(_S2_HBR_TEXT, {4: '<div class="ad-unit">Advertisement</div>',
                              9: '<div class="ad-unit">Advertisement</div>'}))

_S2_SET_TEXT = """
HANOI - Vietnam and New Zealand on Monday signed a Comprehensive Economic Partnership
Agreement (CEPA), which officials said would help lift two-way trade by more than 70 per cent by the
end of the decade.

The agreement was signed in Hanoi by Minister of Industry and Trade Phan Quoc Thanh and New
Zealand's Trade Minister Rawiri Kingsley at the Government Office.

Speaking at the ceremony, Minister Thanh said the CEPA would "open new room for Vietnamese
textiles, footwear and seafood and deepen our strategic partnership". He said Vietnamese
enterprises should prepare now to make use of the agreement's tariff commitments and rules of
origin.

According to the Ministry of Industry and Trade, New Zealand will eliminate all remaining
import duties on Vietnamese goods from the day the agreement enters into force. Garments and
footwear, which currently face New Zealand tariffs of up to 10 per cent, are expected to
benefit most.

In return, Vietnam commits to removing tariffs on 95.3 per cent of New Zealand's goods exports
by value over a period of 10 years. Some 68 per cent will be duty-free immediately, including
kiwifruit, on which Vietnam currently levies a tariff of 10 per cent.

Tariffs on frozen beef, currently up to 15 per cent, will be cut to zero over five years, and
the tariff of up to 30 per cent on wine will be removed over seven years. Duties of 5 per cent
on milk powder, an important input for Vietnam's dairy processing industry, will be eliminated
in three years, which the ministry said would lower costs for domestic producers.

New Zealand's Trade Minister Rawiri Kingsley said Vietnam's population of more than 100
million and its fast-growing middle class made it "one of the most exciting markets in the
region".

Trade between the two countries reached NZ$2.9 billion in 2025. The two sides have set a target
of NZ$5 billion by 2030.

The agreement also raises the quota under the working holiday scheme for young Vietnamese from
200 to 1,500 places per year, which the Ministry of Labour said would give more Vietnamese young
people the opportunity to gain skills and experience in New Zealand.

Negotiations on the CEPA were launched in August 2024 and concluded in December 2025 after
seven rounds. The agreement will take effect after both countries complete their domestic
ratification procedures. Vietnam's National Assembly is expected to consider it later this
year, and both sides expect entry into force around mid-2027.

Nguyen Thi Lan Phuong, deputy chairwoman of the Vietnam Textile and Garment Producers'
Association, said exporters were keen to diversify away from their traditional markets. "New
Zealand is not a large market, but it is a stable and high-value one. Duty-free access will
make our products more competitive against suppliers from other countries," she said.

Seafood exporters also welcomed the deal. New Zealand imports shrimp, pangasius and canned tuna
from Vietnam, and industry representatives said the removal of tariffs would help firms that
have lost orders in other markets this year.

Vietnam and New Zealand are both members of the Comprehensive and Progressive Agreement for
Trans-Pacific Partnership (CPTPP) and of the Regional Comprehensive Economic Partnership
(RCEP). Officials said the bilateral CEPA goes further than those agreements in goods market
access, services and labour mobility.
"""

_S2_SET = _set(
    url="https://en.saigoneconomictimes.example/trade/viet-nam-new-zealand-sign-cepa-"
        "4418273.html",
    headline="Vietnam, New Zealand sign CEPA, aim to lift trade to NZ$5 billion by 2030",
    sapo="SET - Vietnam and New Zealand signed a Comprehensive Economic Partnership Agreement "
         "in Hanoi on Monday, with New Zealand scrapping all tariffs on Vietnamese goods.",
    byline="Le Quang Vinh", shown="Tuesday, March 10, 2026", body=_body(_S2_SET_TEXT))


# =============================================================================================
# STORY 3 - court: Colorado Supreme Court rules delivery-app couriers are employees (15 June 2026)
# =============================================================================================


def _frt(*, url: str, headline: str, dek: str, byline: str, iso: str, shown: str,
         updated: str, body: str, caption: str) -> str:
    """The Front Range Tribune: Denver metro daily (AP-ish style, 'percent')."""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{headline} &#8211; The Front Range Tribune</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Front Range Tribune">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Politics">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"mainEntityOfPage":"{url}","headline":"{headline}","datePublished":"{iso}",
"author":{{"@type":"Person","name":"{byline}"}},
"publisher":{{"@type":"NewsMediaOrganization","name":"The Front Range Tribune"}}}}</script>
</head>
<body>
<a class="screen-reader-text" href="#primary">Skip to content</a>
<div class="alert-bar">BREAKING: Red flag warning for Jefferson, Douglas counties through 8
p.m.</div>
<header class="frt-header">
  <button class="menu-toggle">Menu</button>
  <a class="frt-logo" href="/">The Front Range Tribune</a>
  <a class="frt-subscribe" href="/subscribe">Subscribe: 99&cent; for 3 months</a>
  <nav><a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/business/">Business
  </a> <a href="/sports/">Sports</a> <a href="/things-to-do/">Things To Do</a>
  <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a></nav>
</header>
<div id="primary">
<article>
  <div class="entry-category"><a href="/politics/">Politics</a> | <a href="/news/courts/">Courts
  </a></div>
  <h1 class="entry-title">{headline}</h1>
  <p class="entry-subtitle">{dek}</p>
  <div class="byline">By <a href="/author/">{byline}</a> | <span>Staff writer</span></div>
  <div class="entry-dates">PUBLISHED: <time datetime="{iso}">{shown}</time> | UPDATED: {updated}
  </div>
  <div class="social"><a>Facebook</a> <a>X</a> <a>Reddit</a> <a>Email</a> <a>Print</a></div>
  <figure><img src="/wp-content/uploads/2026/06/judicial-center.jpg" alt="">
  <figcaption>{caption}</figcaption></figure>
  <div class="article-body">
{body}
  </div>
  <div class="newsletter-signup"><h3>Get more Colorado politics news</h3><p>Sign up for The Spot,
  our weekly politics newsletter.</p><input type="email"> <button>Sign up</button></div>
</article>
<div class="trending"><h4>Trending Now</h4><ol>
  <li><a href="/news/i-70-closure-glenwood">I-70 closed in Glenwood Canyon after rockfall</a></li>
  <li><a href="/sports/rockies-skid">Rockies drop eighth straight</a></li>
  <li><a href="/business/denver-rents-may">Denver rents dip for third month</a></li></ol></div>
<div class="ad" data-slot="bottom">Advertisement</div>
</div>
<footer><p>Copyright &copy; 2026 Front Range Media LLC</p><p><a href="/privacy">Privacy Policy
</a> | <a href="/terms">Terms of Use</a> | <a href="/do-not-sell">Do Not Sell or Share My
Personal Information</a></p></footer>
</body>
</html>
"""


def _cps(*, url: str, headline: str, dateline: str, byline: str, iso: str, shown: str,
         body: str, topics: list[str], related: list[tuple[str, str]]) -> str:
    """Continental Press Service: a US wire service ('percent', short paragraphs)."""
    topic_html = " ".join(f'<a href="/hub/{t.lower().replace(" ", "-")}">{t}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Continental Press</title>
<meta name="description" content="{headline}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Continental Press Service">
<meta property="article:published_time" content="{iso}">
<meta name="cps:dateline" content="{dateline}">
</head>
<body>
<a class="skip" href="#story">Skip to main content</a>
<div class="cps-consent">This site uses cookies. By continuing you agree to our use of cookies.
<button>OK</button></div>
<header class="cps-top"><a class="cps-logo" href="/">CP</a>
<nav><a href="/hub/us-news">U.S.</a> <a href="/hub/world-news">World</a>
<a href="/hub/politics">Politics</a> <a href="/hub/business">Business</a>
<a href="/hub/science">Science</a> <a href="/hub/sports">Sports</a></nav>
<a class="donate" href="/support">Support independent journalism</a></header>
<main id="story">
<div class="topics">{topic_html}</div>
<h1>{headline}</h1>
<div class="cps-byline">By {byline}</div>
<div class="cps-time">Updated <span data-iso="{iso}">{shown}</span></div>
<div class="share"><span>Share</span> <span>Copy</span></div>
<div class="RichTextStoryBody">
{body}
</div>
<div class="related"><h3>Related coverage</h3><ul>
{_links(related)}
</ul></div>
<div class="ad-container">ADVERTISEMENT</div>
</main>
<footer><p>Copyright 2026 Continental Press Service. All Rights Reserved. This material may not
be published, broadcast, rewritten or redistributed without permission.</p></footer>
</body>
</html>
"""


def _docket(*, url: str, headline: str, summary: str, author: str, shown: str, body: str,
            case_box: str) -> str:
    """Docket Watch: a subscription legal-news site; date only, no time shown."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Docket Watch</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Docket Watch">
<meta name="twitter:site" content="@docketwatch">
</head>
<body>
<div class="dw-utility"><a href="#article">Skip to article</a> <a href="/login">Log in</a>
<a href="/trial">Start free trial</a></div>
<header><a class="dw-brand" href="/">DOCKET WATCH</a>
<nav><a href="/appellate">Appellate</a> <a href="/employment">Employment</a>
<a href="/class-action">Class Action</a> <a href="/state-courts">State Courts</a>
<a href="/in-house">In-House</a> <a href="/lateral-moves">Lateral Moves</a></nav></header>
<main id="article">
<p class="dw-section">Employment &middot; State Courts</p>
<h1>{headline}</h1>
<p class="dw-summary">{summary}</p>
<p class="dw-author">By {author} &middot; {shown}</p>
<div class="dw-tools"><a>Print</a> <a>Save to folder</a> <a>Share</a> <a>Download PDF</a></div>
<div class="dw-body">
{body}
</div>
{case_box}
<p class="dw-contact">Have a tip? Contact the employment desk at tips@docketwatch.example.</p>
</main>
<aside><h3>Popular in Employment</h3><ul>
<li><a href="/employment/noncompete-ftc-aftermath">State noncompete bills multiply</a></li>
<li><a href="/employment/arbitration-class-waiver-9th-cir">9th Circuit revisits class
waivers</a></li></ul>
<div class="dw-promo">Law firm leaders: get the Docket Watch Daily Brief. <a href="/brief">Sign
up</a></div></aside>
<footer><p>&copy; 2026 Docket Watch Media, Inc. Use of this site constitutes acceptance of our
<a href="/terms">Terms</a>.</p></footer>
</body>
</html>
"""


def _rmpm(*, url: str, headline: str, byline: str, iso: str, shown: str, body: str) -> str:
    """Rocky Mountain Public Media: public radio newsroom with a donation appeal."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Rocky Mountain Public Media</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Rocky Mountain Public Media">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{byline}">
</head>
<body>
<a href="#content" class="skip-link">Skip to Content</a>
<header class="rmpm"><a href="/" class="rmpm-logo">Rocky Mountain Public Media</a>
<div class="on-air">On air now: <strong>All Things Colorado</strong> <button>Listen</button></div>
<nav><a href="/news">News</a> <a href="/news/politics">Politics</a> <a href="/news/economy">
Economy</a> <a href="/news/environment">Environment</a> <a href="/music">Music</a>
<a href="/podcasts">Podcasts</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main id="content">
<article>
<h1>{headline}</h1>
<div class="byline">{byline} <span class="dot">&bull;</span> <time datetime="{iso}">{shown}</time>
</div>
<div class="listen">Listen to this story &middot; 4 min</div>
<div class="body">
{body}
</div>
<div class="support-box"><p>Reporting like this is made possible by listeners. Become a
sustaining member today for as little as $5 a month.</p><a href="/donate">Give now</a></div>
</article>
<section class="more-news"><h2>More News</h2><ul>
<li><a href="/news/environment/colorado-river-talks-june">Colorado River talks resume</a></li>
<li><a href="/news/politics/ballot-measures-2026">What's on your November ballot</a></li></ul>
</section>
</main>
<footer><p>Rocky Mountain Public Media is a listener-supported, nonprofit newsroom.</p>
<p><a href="/fcc">FCC Public Files</a> | <a href="/privacy">Privacy</a> | <a href="/contact">
Contact</a></p></footer>
</body>
</html>
"""


_S3_FRT_TEXT = """
Delivery drivers who work through the Parcelo app are employees under Colorado wage law, not
independent contractors, the Colorado Supreme Court ruled Monday in a closely watched decision
that could reshape the gig economy in the state.

The 4-3 ruling reverses a 2024 Colorado Court of Appeals decision that had sided with the San
Francisco-based company and sends a class-action lawsuit brought on behalf of about 11,300
couriers back to Denver District Court for a trial on damages.

"A worker who cannot set her own price, choose her own customers or refuse work without penalty
is not running an independent business," Justice Miriam Castellanos wrote for the majority.

The couriers are seeking $36.4 million in unpaid minimum wages, overtime and reimbursement for
vehicle expenses for work performed between 2019 and 2023, according to court filings.

Justice Robert Haldane wrote the principal dissent, arguing that the court had gone beyond its
role. "The majority rewrites a statute the General Assembly has declined to rewrite itself," he
wrote. Haldane noted that lawmakers considered and rejected a bill in 2025 that would have
settled the status of app-based drivers.

## 'What couriers have known all along'

The lead plaintiff, Daniela Ortega of Aurora, delivered groceries and restaurant orders through
Parcelo from 2019 to 2022. She said in an interview Monday that she often earned less than the
state minimum wage once gas and insurance were counted.

"I'm glad I stuck with it," Ortega said. "There were years when I thought nobody would ever
read what we wrote down about our pay."

Her attorney, Marcus Reyes-Holt, called the decision a landmark. "Today the court said what
couriers have known all along: If a company sets your pay, your routes and your rules, you work
for that company," he said.

Parcelo spokesperson Lena Whitford said the company was "deeply disappointed" and was reviewing
its options.

"This ruling threatens the flexibility that couriers tell us they value most," Whitford said in
a statement. "We will continue to operate in Colorado while we assess its impact."

## What happens next

The Supreme Court's decision does not itself award any money. A Denver District Court judge
will now decide how much, if anything, Parcelo owes the couriers in the class.

About 48,000 people delivered for Parcelo in Colorado last year, the company said in a brief
filed with the court. The Colorado Department of Labor and Employment filed a brief supporting
the couriers, while several business organizations urged the justices to side with the company.

Other app-based companies, including ride-hailing and grocery platforms, use similar contracts,
and lawyers on both sides said the ruling was likely to prompt new lawsuits and renewed pressure
on the legislature.

State Sen. Julie Marquardt, a Lakewood Democrat who sponsored the 2025 bill, said she expected
the issue to return to the Capitol next year. "The court has told us what the law says. Now we
have to decide whether that's the law we want," she said.

The justices heard oral arguments in the case in January.
"""

_S3_FRT = _frt(
    url="https://www.frontrangetribune.example/2026/06/15/colorado-supreme-court-parcelo-"
        "couriers-employees/",
    headline="Colorado Supreme Court: Parcelo delivery drivers are employees, not contractors",
    dek="Justices split 4-3 in a case that could open the door to millions in back pay for app "
        "couriers",
    byline="Natalie Brandt", iso="2026-06-15T11:32:00-06:00",
    shown="June 15, 2026 at 11:32 a.m.", updated="June 15, 2026 at 5:10 p.m.",
    body=_body(_S3_FRT_TEXT, {4: '<div class="ad" data-slot="mid">Advertisement</div>',
                              12: '<div class="related-inline"><strong>RELATED:</strong> '
                                  '<a href="/2025/04/22/gig-driver-bill-dies/">Gig-driver '
                                  'bill dies in Senate committee</a></div>'}),
    caption="The Ralph L. Carr Colorado Judicial Center in Denver. (Front Range Tribune file "
            "photo)")

_S3_CPS_TEXT = """
DENVER (CP) - Colorado's highest court ruled Monday that couriers who deliver through the app
Parcelo are employees entitled to the state's minimum wage and overtime protections, a decision
that labor advocates said could ripple through the gig economy.

The Colorado Supreme Court, in a 5-2 decision, overturned an appeals court ruling in favor of
the company, which is based in San Francisco and operates in 38 states.

Writing for the majority, Justice Miriam Castellanos said the company controlled the key terms
of the work, including pay rates, which orders couriers were offered and the penalties for
declining them.

"A worker who cannot set her own price, choose her own customers or refuse work without penalty
is not running an independent business," Castellanos wrote.

Justice Robert Haldane dissented, writing that the decision should have been left to
lawmakers. "The majority rewrites a statute the General Assembly has declined to rewrite
itself," he wrote.

The class action was filed in 2023 by Daniela Ortega, a former courier from Aurora, on behalf
of roughly 11,300 people who delivered for Parcelo in Colorado between 2019 and 2023. It now
returns to Denver District Court, where a judge will determine damages.

Parcelo, which said about 48,000 people made deliveries on its platform in Colorado last year,
said it was "deeply disappointed" by the ruling.

"This ruling threatens the flexibility that couriers tell us they value most," company
spokesperson Lena Whitford said. The company has 14 days to ask the court to reconsider.

Marcus Reyes-Holt, an attorney for the couriers, said the decision "says what couriers have
known all along." He said the couriers would seek unpaid minimum wages, overtime and
reimbursement for vehicle expenses when the case returns to the trial court.

Ortega, who delivered groceries and restaurant orders for Parcelo from 2019 to 2022, said she
was relieved. "I just wanted somebody to look at the numbers," she said in a phone interview.
"Once you pay for gas and insurance, a lot of those hours were worth less than nothing."

The Colorado Department of Labor and Employment had filed a brief supporting the couriers. The
justices heard arguments in the case in January.

Courts and legislatures across the country have wrestled with how to classify app-based
workers. California voters in 2020 approved a ballot measure allowing ride-hail and delivery
companies to treat drivers as contractors while providing some benefits, and several states have
since passed laws creating a separate category for such workers.

Colorado lawmakers considered a similar measure in 2025, but it failed in a Senate committee.

Labor groups celebrated the ruling outside the Ralph L. Carr Judicial Center in Denver on
Monday afternoon, while business groups warned that it could lead to higher prices and fewer
opportunities for people who want to work flexible hours.

"Colorado just became a harder place to build a platform business," said Dwight Ellery,
president of the Colorado Business Roundtable, which filed a brief supporting Parcelo.
"""

_S3_CPS = _cps(
    url="https://www.continentalpress.example/article/colorado-supreme-court-parcelo-gig-"
        "drivers-8c2f41e7",
    headline="Colorado high court rules app couriers are employees, dealing blow to Parcelo",
    dateline="DENVER", byline="Samuel Ortiz-Kemp", iso="2026-06-15T20:14:00Z",
    shown="2:14 PM MDT, June 15, 2026", body=_body(_S3_CPS_TEXT),
    topics=["Gig economy", "Courts", "Colorado", "Labor"],
    related=[("/article/gig-workers-state-laws-explainer",
              "What the gig-worker fight looks like in other states"),
             ("/article/minimum-wage-increases-july",
              "Minimum wage increases take effect in a dozen states next month")])

_S3_DOCKET_TEXT = """
The Colorado Supreme Court on Monday held that couriers on the Parcelo delivery platform are
employees under the Colorado Wage Act and the state's minimum wage order, reversing the Court of
Appeals in a 4-3 decision that will send a roughly 11,300-member class back to the trial court.

Justice Evelyn Marchetti wrote for the majority in Ortega v. Parcelo Technologies Inc. The
opinion rejects the company's argument that couriers' freedom to log on and off the app at will
was enough to make them independent contractors.

"A worker who cannot set her own price, choose her own customers or refuse work without penalty
is not running an independent business," Marchetti wrote.

## The test

The majority read the statutory definition of "employee" to turn on two questions: whether the
worker is free from control and direction in performing the work, and whether the worker is
customarily engaged in an independent trade or business. Both are required, the court said, and
Parcelo failed both.

On control, the court pointed to Parcelo's algorithmic pay-setting, its acceptance-rate
thresholds and its practice of "deprioritizing" couriers who declined orders. On the second
prong, the majority said the Court of Appeals had erred by treating the ability to work for
competing apps as proof of an independent business.

"Multi-apping is not entrepreneurship," the majority wrote. "It is what workers do when no
single employer offers enough hours."

## The dissent

Justice Robert Haldane, writing for the three dissenters, accused the majority of doing the
legislature's work. "The majority rewrites a statute the General Assembly has declined to
rewrite itself," he wrote, pointing to a failed 2025 bill on the classification of app-based
workers.

Haldane also warned that the decision's reasoning could reach far beyond delivery apps, to
freelance translators, rideshare drivers and "anyone who finds work through a website".

## Exposure

The plaintiffs seek $36.4 million in unpaid minimum wages, overtime and expense reimbursement
for work between 2019 and 2023. The Supreme Court did not address damages, which will be
determined by the Denver District Court on remand.

The Colorado Department of Labor and Employment filed an amicus brief supporting the couriers.
The Colorado Business Roundtable and a coalition of app-based companies filed briefs supporting
Parcelo.

Counsel for the class, Marcus Reyes-Holt of Reyes-Holt &amp; Amani LLP, said the court had
"said what couriers have known all along". Parcelo said it was deeply disappointed and reviewing
its options.

The case was argued in January. A divided Court of Appeals panel had ruled 2-1 for Parcelo in
2024.

## Practice note

Employment lawyers said companies that rely on app-based workers in Colorado should review
their contracts now rather than wait for the damages phase. The majority's focus on
algorithmic pay-setting and penalties for declining work means that tweaking contract language
alone is unlikely to change the result; what matters is how the platform actually operates.
"""

_S3_DOCKET = _docket(
    url="https://www.docketwatch.example/employment/articles/colorado-supreme-court-parcelo-"
        "couriers-employees",
    headline="Colorado Justices Hold Parcelo Couriers Are Employees in 4-3 Ruling",
    summary="The majority said the ability to work for rival apps does not make a courier an "
            "independent business. The dissent said the court did the legislature's job.",
    author="Priya Anand-Walsh", shown="June 15, 2026", body=_body(_S3_DOCKET_TEXT),
    case_box='<div class="dw-casebox"><h4>Case information</h4><p>Ortega v. Parcelo '
             'Technologies Inc.</p><p>Court: Colorado Supreme Court</p><p>Counsel for '
             'plaintiffs: Reyes-Holt &amp; Amani LLP</p><p>Practice areas: Wage &amp; Hour; '
             'Class Action; Gig Economy</p></div>')

_S3_RMPM_TEXT = """
Thousands of Colorado delivery drivers could be owed back pay after the state Supreme Court
ruled Monday that couriers for the app Parcelo are employees, not independent contractors.

The justices split 4-3 in the case, brought by a former Parcelo courier from Aurora, Daniela
Ortega. Writing for the majority, Justice Miriam Castellanos said the company controls couriers'
pay, the orders they are offered and what happens when they turn work down.

"A worker who cannot set her own price, choose her own customers or refuse work without penalty
is not running an independent business," Castellanos wrote.

The ruling covers a class of about 11,300 couriers who delivered for Parcelo between 2019 and
2023. Their lawyers are seeking $31.4 million in unpaid wages, overtime and vehicle expenses. A
judge in Denver District Court will now decide how much the company owes.

For Ortega, who started delivering in 2019 to support her two children, the ruling was about
more than money.

"You'd drive all day and then at night you'd sit with a calculator and realize you made less
than minimum wage," she told Rocky Mountain Public Media on Monday. "I wanted somebody to say
that's not OK."

## Company weighs next steps

Parcelo, based in San Francisco, said it was "deeply disappointed." Spokesperson Lena Whitford
said the company would "continue to operate in Colorado while we assess its impact" and was
considering asking the court to rehear the case. Under court rules, it has three weeks to do
so.

Justice Robert Haldane wrote for the dissenting justices that the question should have been
settled by lawmakers, not judges. "The majority rewrites a statute the General Assembly has
declined to rewrite itself," he wrote.

A bill that would have created a separate legal category for app-based workers died in a state
Senate committee in 2025.

## Drivers react

Outside a busy strip of restaurants on East Colfax Avenue on Monday evening, couriers waiting
for orders had mixed views.

"If it means they have to pay for my gas, great," said one driver, who asked not to be named
because he still delivers for Parcelo. "If it means they start telling me when I can work, I
don't know."

Another courier, Kwame Asante, 34, said he drives for three apps and worried the companies would
limit how many drivers they take on. "Everybody's happy today. Let's see what the apps do
next," he said.

About 48,000 people delivered for Parcelo in Colorado last year, according to the company.

Marcus Reyes-Holt, the attorney for the couriers, said he hoped the ruling would push app
companies to the negotiating table. "Today the court said what couriers have known all along:
If a company sets your pay, your routes and your rules, you work for that company," he said.

The Colorado Department of Labor and Employment, which backed the couriers in the case, said it
was reviewing the decision.
"""

_S3_RMPM = _rmpm(
    url="https://www.rockymountainpublic.example/news/economy/2026-06-15/parcelo-couriers-"
        "employees-colorado-supreme-court",
    headline="Colorado Supreme Court says Parcelo couriers are employees. Here's what it means "
             "for drivers",
    byline="Jasmine Whitehorse", iso="2026-06-15T18:45:00-06:00",
    shown="June 15, 2026 at 6:45 PM MDT", body=_body(_S3_RMPM_TEXT))


# =============================================================================================
# STORY 4 - central bank: the Czech National Bank cuts its repo rate to 3.25% (5 February 2026)
# =============================================================================================


def _pbd(*, url: str, headline: str, perex: str, byline: str, iso: str, shown: str,
         body: str) -> str:
    """Prague Business Daily: English-language business site in Prague ('%')."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Prague Business Daily</title>
<meta name="description" content="{perex}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Prague Business Daily">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="{iso}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{headline}","datePublished":"{iso}","inLanguage":"en",
"author":{{"@type":"Person","name":"{byline}"}}}}</script>
</head>
<body>
<div id="cookie-bar">This website uses cookies for analytics and advertising. <a href="/gdpr">
More information</a> <button>I agree</button></div>
<a class="skip" href="#article">Skip to article</a>
<header><div class="pbd-top"><span class="pbd-date">Czech business news in English since 2009
</span> <a href="/newsletter">Newsletter</a> <a href="/events">Events</a></div>
<a class="pbd-logo" href="/">Prague Business Daily</a>
<nav><a href="/economy">Economy</a> <a href="/finance">Finance</a> <a href="/energy">Energy</a>
<a href="/real-estate">Real Estate</a> <a href="/industry">Industry</a> <a href="/tech">Tech</a>
<a href="/people">People</a></nav>
<div class="fx-strip">EUR/CZK 24.38 &middot; USD/CZK 20.57 &middot; PX 2,212.6</div></header>
<main id="article">
<div class="crumbs"><a href="/">Home</a> / <a href="/finance">Finance</a></div>
<h1>{headline}</h1>
<p class="perex">{perex}</p>
<div class="meta"><span class="author">{byline}</span> &middot; <time datetime="{iso}">{shown}
</time></div>
<figure><img src="/media/cnb-building-na-prikope.jpg" alt="CNB headquarters">
<figcaption>The Czech National Bank headquarters on Na P&#345;&iacute;kop&#283; street.
Photo: PBD / Karel Sv&#283;tl&#237;k</figcaption></figure>
<div class="text">
{body}
</div>
<div class="paywall-teaser">Enjoying Prague Business Daily? <a href="/subscribe">Become a member
</a> and get our morning briefing and full archive.</div>
</main>
<aside><h3>Most read this week</h3><ol>
<li><a href="/energy/dukovany-contract-milestone">Dukovany contract reaches new milestone</a></li>
<li><a href="/real-estate/prague-office-vacancy-q4">Prague office vacancy falls in Q4</a></li>
<li><a href="/economy/wages-q3-2025">Real wages keep rising in third quarter</a></li></ol>
<div class="banner">Advertisement</div></aside>
<footer><p>&copy; 2026 PBD Media s.r.o. | <a href="/contact">Contact</a> | <a href="/advertising">
Advertising</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _basis(*, url: str, headline: str, author: str, body: str) -> str:
    """Basis Points: an FX and rates commentary blog; no publication date on the page."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} &mdash; Basis Points</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Basis Points">
<meta name="twitter:creator" content="@basis_points_fx">
</head>
<body class="bp-post">
<a href="#post" class="skip">Skip to post</a>
<header class="bp-header"><a href="/" class="bp-logo">Basis Points</a>
<span class="bp-tagline">CEE rates &amp; FX, explained for people who trade them</span>
<nav><a href="/cee">CEE</a> <a href="/g10">G10</a> <a href="/em">EM</a> <a href="/calendar">CB
calendar</a> <a href="/about">About</a> <a href="/subscribe">Subscribe</a></nav></header>
<main id="post">
<article>
<h1>{headline}</h1>
<p class="bp-author">{author}</p>
<div class="bp-content">
{body}
</div>
<p class="bp-disclaimer"><em>Nothing here is investment advice. The author may hold positions in
the instruments discussed.</em></p>
<div class="bp-share">Share: <a>X</a> <a>LinkedIn</a> <a>Bluesky</a> <a>Email</a></div>
</article>
<section class="bp-sub"><h3>Get every post by email</h3><p>Free. Roughly two posts a week, more
in central bank weeks.</p><input type="email" placeholder="you@desk.com"> <button>Subscribe
</button></section>
<section class="bp-more"><h3>You might also like</h3><ul>
<li><a href="/cee/nbp-january-hold">NBP: a hawkish hold that wasn't</a></li>
<li><a href="/cee/forint-carry-2026">Is the forint carry trade over?</a></li>
<li><a href="/g10/ecb-december-recap">ECB: the end of the easing cycle</a></li></ul></section>
</main>
<footer><p>Basis Points is an independent publication. &copy; Basis Points.</p></footer>
</body>
</html>
"""


_S4_PBD_TEXT = """
The Czech National Bank (CNB) cut its main interest rate for the first time in nine months on
Thursday, lowering the two-week repo rate by 25 basis points to 3.25%, as inflation settled
close to the central bank's 2% target.

The Bank Board voted six to one for the cut. Vice-Governor Eva Šimková was the only member to
vote for keeping rates unchanged at 3.50%, the CNB said. The new rates apply from Friday, 6
February. The Lombard rate falls to 4.25% and the discount rate to 2.25%.

"Inflation is close to our target and we expect it to stay there, which gives us room to ease
cautiously," Governor Radek Holub told a press conference in Prague after the meeting. "This is
not the start of a rapid series of cuts."

Headline inflation slowed to 2.1% in December, while core inflation, which excludes volatile
items such as food and energy, stood at 2.7%. Services prices, however, were still rising by
more than 4% year on year, which Holub described as "the stubborn part of the picture".

## New forecast

The CNB's new macroeconomic forecast, also published on Thursday, sees inflation averaging 2.3%
this year and close to 2% in 2027. The economy is expected to grow by 2.0% in 2026, helped by
household consumption as real wages continue to rise.

The forecast is consistent with interest rates declining slightly further over the course of
the year, Holub said, but he stressed that the Bank Board would decide "meeting by meeting".

Wage growth remains the main risk. Average nominal wages rose by 7.1% year on year in the third
quarter of 2025, well above what the CNB considers compatible with its target in the long run.
"If wage growth does not slow as we expect, we will not hesitate to stop," Holub said.

## Analysts split on next move

The decision was largely expected by financial markets. Martin Kučera, an economist at Vltava
Bank, said the CNB had chosen the right moment. "With inflation at 2.1% and the koruna stable,
keeping rates at 3.50% would have meant tightening in real terms. One more cut in the first
half of the year looks likely," he said.

Not all economists agreed. Some warned that the CNB risked easing too early with the labour
market still tight and unemployment among the lowest in the European Union. "The board is
taking a bet that services inflation will cool on its own," said one Prague-based analyst who
asked not to be named.

The CNB last cut rates in May 2025, when it lowered the repo rate to 3.50%, and had kept it
there since.

The koruna weakened slightly after the announcement, trading at 24.38 per euro in the late
afternoon, compared with 24.31 just before the decision was published.

The next monetary policy meeting is scheduled for 26 March.
"""

_S4_PBD = _pbd(
    url="https://www.praguebusinessdaily.example/finance/cnb-cuts-rates-to-3-25-percent",
    headline="CNB cuts rates to 3.25% as inflation nears target",
    perex="The central bank's Bank Board voted six to one for a quarter-point cut, the first "
          "reduction since May. Governor Holub said it was not the start of a rapid series of "
          "cuts.",
    byline="Tereza Novotná", iso="2026-02-05T16:20:00+01:00", shown="5 February 2026, 16:20",
    body=_body(_S4_PBD_TEXT, {5: '<div class="banner in-text">Advertisement</div>'}))

_S4_MERIDIAN_TEXT = """
PRAGUE, Feb 5 (Meridian) - The Czech National Bank cut its key two-week repo rate by a quarter
percentage point to 3.25% on Thursday, resuming monetary easing after nine months on hold as
inflation hovers near its 2% target.

The seven-member board voted 6-1 for the cut, with board member Jan Procházka favoring keeping
the rate at 3.50%, the bank said. Eleven of 15 analysts polled by Meridian last week had
expected a reduction.

The crown weakened to 24.38 per euro after the decision, which was announced at 2:30 p.m.
local time, from 24.31 beforehand. Short-dated Czech government bond yields also edged lower.

"Inflation is close to our target and we expect it to stay there, which gives us room to ease
cautiously," Governor Radek Holub told a news conference. He added that the move was "not the
start of a rapid series of cuts" and that wage growth remained the main risk.

Annual inflation eased to 2.1% in December. The bank's new forecast sees inflation averaging
2.3% in 2026 and gross domestic product growing 2.0%. The forecast implies a slight further
decline in rates this year, the bank said.

Holub said the board had weighed both keeping rates steady and cutting them, and that the
majority judged the risks around the inflation outlook to be broadly balanced. Services
inflation, which is still running above 4%, and rising administered prices were the main
upside risks, he said, while weak demand in Germany, the country's biggest export market,
weighed on the other side.

The CNB had held rates at 3.50% since May 2025, when it ended a long easing cycle that had
taken the repo rate down from a peak of 7.00%. Policymakers had since cited strong wage gains
and stubborn services inflation as reasons for caution.

Average nominal wages rose 7.1% year-on-year in the third quarter.

"The bank is easing, but with the handbrake on," said Filip Dvořák, an economist at Danubia
Securities in Prague. "Holub has been clear that a second cut depends on wages, and the board
wants to see the first-quarter numbers before committing."

Economists polled by Meridian expect the repo rate to end 2026 at 3.00%, according to the median
forecast.

Even after Thursday's move, Czech interest rates remain well above the European Central Bank's
2.00% deposit rate, which analysts said should limit pressure on the crown. Several said the
bank would be wary of a weaker currency feeding into import prices.

Finance Ministry officials have welcomed lower borrowing costs, but the central bank has
repeatedly warned the government against loosening fiscal policy ahead of the 2026 budget.

The Lombard rate was cut to 4.25% and the discount rate to 2.25%. The new rates take effect on
Friday.

The central bank's next policy meeting is on March 19.
"""

_S4_MERIDIAN = _meridian(
    url="https://www.meridianwire.example/markets/czech-central-bank-cuts-rates-2026-02-05/",
    headline="Czech central bank cuts rates to 3.25%, says no rush for more",
    section="Markets", byline="Ondřej Malý", iso="2026-02-05T13:41:00Z",
    shown="February 5, 2026 1:41 PM UTC", body=_body(_S4_MERIDIAN_TEXT, {
        3: '<div class="ad-slot" data-pos="inline1">Advertisement &middot; Scroll to '
           'continue</div>'}),
    credit="Reporting by Ondřej Malý; Editing by Susan Fenwick",
    related=[("/markets/currencies/cee-currencies-2026-02-05/",
              "CEE MARKETS Crown eases after rate cut, forint steady"),
             ("/markets/poland-central-bank-hold-2026-02-04/",
              "Polish central bank holds rates, signals patience"),
             ("/business/czech-wages-q3-2025-12-05/",
              "Czech wages rise faster than expected in third quarter")])

_S4_BASIS_TEXT = """
So the CNB did cut. 25bp to 3.25% on the 2W repo, Lombard to 4.25%, discount to 2.25%, effective
tomorrow (Friday). Board split 6-1, with one member voting to hold at 3.50%. The statement
doesn't name names; the minutes out next week will.

Market reaction was modest: EUR/CZK went from 24.31 to 24.38 in the first half hour. That tells
you most of this was priced. FRAs had roughly 70% of a cut in the price on Wednesday evening.

## What's new in the forecast

The new forecast (the winter one, so it's a full round) is the interesting bit:

%%<ul><li>CPI, 2026 average: <strong>2.6%</strong></li><li>GDP, 2026: 2.0%</li><li>Rates path:
consistent with "slightly lower" rates during the year</li><li>Nominal wages: still the main
upside risk</li></ul>

That inflation number is notably above target for an easing decision. December CPI was 2.1%,
and the bank is forecasting a pick-up from there, mostly on services and administered prices.
Cutting into a forecast that sits above 2% is a choice, and Governor Holub leaned into it at
the presser:

"Inflation is close to our target and we expect it to stay there, which gives us room to ease
cautiously."

And then, the line that matters for pricing:

"This is not the start of a rapid series of cuts."

## The dissent

One vote to hold is about what I expected. The hawks on this board have been talking about
services inflation for months, and services prices are still rising by more than 4% y/y. One
vote against is a signal, not a rebellion, but it does tell you the bar for a second cut is
higher than for the first. Watch the minutes for how many members described the risks as
skewed to the upside.

## My read

This is a "one and see" cut. Wage growth of 7.1% y/y in Q3 is not consistent with a rapid
easing cycle, and Holub said as much: a second move depends on Q1 wage data. I think the
market is right to price one more 25bp this year, but I'd push back on anything earlier than
May. The next meeting, 26 March, comes before the Q4 wage data have been digested properly.

Petra Vondráčková at Moravia Capital put it nicely in a note to clients: "The CNB has opened
the door a crack. It hasn't opened it wide." She sees the repo rate at 3.00% by the end of the
year.

## Trades

For CZK, a cautious CNB is still a supportive CNB. Real rates stay positive even at 3.25% and
the crown's carry is still decent against EUR. I'd fade the post-decision weakness towards 24.45
and look for 24.20 over the next month.

On rates, the 2y swap dropped about 6bp on the day. I don't see much more room there until the
wage data come in.

The CNB last cut in May 2025. The nine-month pause is over, but this is not 2024 again.
"""

_S4_BASIS = _basis(
    url="https://basispoints.example/cee/cnb-cuts-but-handbrake-on",
    headline="CNB cuts 25bp to 3.25%: easing, with the handbrake on",
    author="by Nick Ferraro", body=_body(_S4_BASIS_TEXT))


# =============================================================================================
# STORY 5 - earthquake: offshore quake near Chala, southern Peru (Saturday 17 January 2026)
# =============================================================================================


def _pdr(*, url: str, headline: str, lede: str, byline: str, iso: str, shown: str,
         body: str) -> str:
    """Peru Daily Report: Lima-based English-language news site."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Peru Daily Report</title>
<meta name="description" content="{lede}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Peru Daily Report">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="News">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<div class="gdpr">We use cookies to give you the best experience. <button>Accept</button>
<button>Reject</button></div>
<header class="pdr-header">
<div class="pdr-weather">Lima 24&deg;C &middot; USD/PEN 3.36</div>
<a href="/" class="pdr-logo">Peru Daily Report</a>
<p class="pdr-claim">Peru's news in English</p>
<nav><a href="/category/news/">News</a> <a href="/category/politics/">Politics</a>
<a href="/category/business/">Business</a> <a href="/category/mining/">Mining</a>
<a href="/category/travel/">Travel</a> <a href="/category/food/">Food</a>
<a href="/category/opinion/">Opinion</a></nav></header>
<main id="main">
<article>
<span class="cat-links"><a href="/category/news/">News</a></span>
<h1 class="entry-title">{headline}</h1>
<div class="entry-meta">by <span class="author">{byline}</span> | <time datetime="{iso}">{shown}
</time></div>
<p class="lede"><em>{lede}</em></p>
<div class="entry-content">
{body}
</div>
<div class="ssba">Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>
<div class="jp-relatedposts"><h3>Related</h3><ul>
<li><a href="/2026/01/12/indeci-rainy-season-alert/">INDECI issues rainy season alert for
southern Andes</a></li>
<li><a href="/2025/11/03/chala-gold-informal-miners/">Chala's informal miners and the gold
boom</a></li></ul></div>
</article>
<aside class="widget"><h3>Support independent journalism</h3><p>Peru Daily Report is free to
read. Help us keep it that way.</p><a href="/donate">Donate</a>
<div class="adsbygoogle">Advertisement</div></aside>
</main>
<footer><p>&copy; 2026 Peru Daily Report. All rights reserved. Av. Jos&eacute; Pardo 223,
Miraflores, Lima.</p></footer>
</body>
</html>
"""


def _nbs(*, url: str, headline: str, section: str, iso: str, shown: str, body: str,
         byline: str = "", caption: str = "", top_stories: list[tuple[str, str]]) -> str:
    """NBS News: a British public-service broadcaster's website (per cent, 'BST/GMT')."""
    by = f'<div class="nbs-byline"><span>{byline}</span></div>' if byline else ""
    fig = (f'<figure class="nbs-media"><img src="/images/960/lead.jpg" alt=""><figcaption>'
           f'{caption}</figcaption></figure>') if caption else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{headline} - NBS News</title>
<meta name="description" content="{headline}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="NBS News">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle",
"headline":"{headline}","datePublished":"{iso}","publisher":{{"@type":"NewsMediaOrganization",
"name":"NBS News"}}}}</script>
</head>
<body>
<a href="#main-content" class="nbs-skip">Skip to content</a>
<div class="nbs-cookie" role="region"><p>Let us know you agree to cookies. We use cookies to
give you the best online experience. Please let us know if you agree to all of these cookies.
</p><button>Yes, I agree</button> <button>No, take me to settings</button></div>
<header class="nbs-global"><a class="nbs-blocks" href="/">NBS</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/iplayer">Watch</a> <a href="/sounds">Listen</a></nav>
<a href="/account">Sign in</a></header>
<div class="nbs-news-nav"><a href="/news">News</a> <a href="/news/uk">UK</a>
<a href="/news/world">World</a> <a href="/news/politics">Politics</a>
<a href="/news/business">Business</a> <a href="/news/science">Science</a>
<a href="/news/england">England</a></div>
<main id="main-content">
<article>
<h1>{headline}</h1>
<div class="nbs-meta"><time datetime="{iso}">{shown}</time> <span class="nbs-share">Share
<span>Save</span></span></div>
{by}
{fig}
<div class="nbs-text">
{body}
</div>
<div class="nbs-topics"><h3>More on this story</h3></div>
</article>
<section class="nbs-top"><h2>Top stories</h2><ul>
{_links(top_stories)}
</ul></section>
</main>
<footer class="nbs-foot"><p>Copyright &copy; {iso[:4]} NBS. NBS is not responsible for the
content of external sites. <a href="/editorial-guidelines">Read about our approach to external
linking.</a></p><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About the
NBS</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a>
</li><li><a href="/accessibility">Accessibility Help</a></li><li><a href="/contact">Contact the
NBS</a></li></ul></footer>
</body>
</html>
"""


def _quakewatch(*, url: str, headline: str, updated: str, summary_rows: list[tuple[str, str]],
                body: str) -> str:
    """QuakeWatch Desk: a volunteer-run seismology explainer site."""
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in summary_rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | QuakeWatch Desk</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="QuakeWatch Desk">
<meta name="description" content="Event write-up, tectonic setting and early impact reports">
</head>
<body>
<a href="#event" class="skip">Skip to event summary</a>
<header class="qw"><a href="/" class="qw-logo">QuakeWatch <span>Desk</span></a>
<nav><a href="/latest">Latest events</a> <a href="/explainers">Explainers</a>
<a href="/regions/south-america">South America</a> <a href="/glossary">Glossary</a>
<a href="/support">Support us</a></nav></header>
<main>
<article>
<h1>{headline}</h1>
<p class="qw-updated">{updated}</p>
<section id="event" class="qw-summary"><h2>Event summary</h2>
<table>{rows}</table>
<p class="qw-note">Parameters are preliminary and may be revised by the agencies.</p></section>
<div class="qw-body">
{body}
</div>
<div class="qw-felt"><strong>Did you feel it?</strong> Tell us what you felt and help build the
shaking map. <a href="/felt-report">Submit a felt report</a></div>
</article>
<aside><h3>Recent large events</h3><ul>
<li><a href="/events/2026/01/m5-8-tonga">M5.8 - Tonga region</a></li>
<li><a href="/events/2026/01/m6-0-kuril">M6.0 - Kuril Islands</a></li>
<li><a href="/events/2026/01/m5-5-crete">M5.5 - south of Crete</a></li></ul>
<p class="qw-ad">QuakeWatch Desk is ad-free and reader funded.</p></aside>
</main>
<footer><p>QuakeWatch Desk. Text CC BY 4.0 unless stated. Event data courtesy of the agencies
named in each write-up.</p></footer>
</body>
</html>
"""


_S5_CPS_TEXT = """
LIMA, Peru (CP) - A magnitude 6.6 earthquake struck off the coast of southern Peru before dawn
Saturday, killing four people, injuring dozens and damaging hundreds of adobe homes in the
Arequipa region, authorities said.

The quake hit at 4:18 a.m. local time (0918 GMT) about 42 kilometers (26 miles) southwest of the
coastal town of Chala, at a depth of 38 kilometers (24 miles), according to Peru's Geophysical
Institute. It was felt strongly in Arequipa, Ica and Nazca, and residents of Chala ran into the
streets in darkness as power failed.

Peru's National Civil Defense Institute, known as INDECI, said 57 people were injured and 230
homes were damaged, 41 of them left uninhabitable.

Among the dead was a 71-year-old woman in Chala who was crushed when an adobe wall collapsed
on her as she slept. Two people died in the farming district of Yauca when their house fell
in, and a miner was killed when a tunnel collapsed at an informal gold mine near Chaparra,
officials said.

"The priority is to reach the rural communities in the upper part of the valleys, where many
homes are made of adobe," INDECI chief Carlos Ugarte told reporters in Lima.

Landslides blocked the Pan-American Highway near kilometer 610 for several hours, stranding
trucks and buses on one of the country's main north-south routes. Crews reopened the road by
early afternoon, the Transport Ministry said.

Peru's navy ruled out a tsunami threat shortly after the quake.

In Yauca, a farming district in an olive-growing valley, residents picked through fallen mud
bricks in daylight. "We heard a roar and then everything was moving," said farmer Julio Huaman,
52, whose house was badly cracked. "We slept in the yard, and tonight we will sleep in the yard
again."

The Health Ministry said hospitals in Arequipa and Nazca were on alert, and that most of the
injured had been treated for cuts and bruises and released.

About 12,000 customers lost electricity in the province of Caraveli, the regional power
distributor said. Service had been restored to almost all of them by midday.

More than 40 aftershocks had been recorded by Saturday afternoon, the strongest of magnitude
4.9, the Geophysical Institute said.

Arequipa regional Gov. Lucia Paredes said teams had delivered tents, blankets and drinking water
to Chala and Yauca. "We are asking the national government to declare a state of emergency so
that resources can arrive quickly," she said in a video posted on social media.

Peru lies along the so-called "Ring of Fire," a horseshoe of volcanoes and fault lines around the
Pacific Basin, and records around 200 perceptible earthquakes a year. The southern coast was
hit by a magnitude 8.4 quake in 2001 that killed more than 100 people.

Many homes in the rural valleys of the Arequipa coast are built of adobe, which is cheap but
crumbles easily in strong shaking. Engineers have long warned that thousands of such homes in
the region are vulnerable.
"""

_S5_CPS = _cps(
    url="https://www.continentalpress.example/article/peru-earthquake-arequipa-chala-"
        "3a91d0bc",
    headline="Magnitude 6.6 earthquake off southern Peru kills 4, damages hundreds of homes",
    dateline="LIMA", byline="Valeria Quispe and Andrew Tolland", iso="2026-01-17T19:05:00Z",
    shown="2:05 PM EST, January 17, 2026", body=_body(_S5_CPS_TEXT),
    topics=["Earthquakes", "Peru", "Natural disasters"],
    related=[("/article/earthquakes-ring-of-fire-explainer",
              "Why the Ring of Fire produces so many earthquakes"),
             ("/article/peru-rainy-season-landslides",
              "Peru braces for landslides as rainy season intensifies")])

_S5_PDR_TEXT = """
A strong earthquake shook the southern coast of Peru early on Saturday morning, leaving four
people dead and 57 injured in the province of Caravelí, in the Arequipa region, according to
the National Institute of Civil Defense (INDECI).

The Geophysical Institute of Peru (IGP) reported that the earthquake had a magnitude of 6.9 and
struck at 4:18 a.m. Its epicenter was located in the sea, 42 kilometers southwest of Chala, at a
depth of 38 kilometers.

The shaking woke residents across the south of the country. In Chala, a fishing and mining town
of some 7,000 people on the Panamericana Sur, families spent the rest of the night outdoors,
fearing aftershocks. By Saturday afternoon, the IGP had registered more than 40 aftershocks, the
largest a magnitude 4.9.

## Victims in Chala, Yauca and Chaparra

The victims included a 71-year-old woman in Chala, who died when an adobe wall collapsed onto
her bed, and two residents of Yauca, whose home collapsed on top of them. In the district of
Chaparra, a worker died inside an informal gold mine when part of a tunnel caved in.

INDECI reported 230 homes affected, of which 41 are uninhabitable. Several schools and a health
post in Yauca suffered cracks, and the church in Chala lost part of its bell tower.

The head of INDECI, Carlos Ugarte, said rescue teams were travelling to the upper parts of the
Yauca and Chaparra valleys. "The priority is to reach the rural communities in the upper part
of the valleys, where many homes are made of adobe," he said.

The Directorate of Hydrography and Navigation of the Peruvian Navy (DHN) ruled out a tsunami
alert for the Peruvian coast minutes after the quake.

## Highway blocked

Landslides blocked the Panamericana Sur at kilometer 610, between Chala and Atico, leaving
dozens of trucks and interprovincial buses stuck for several hours. The road was cleared in the
early afternoon, according to the Ministry of Transport and Communications.

Around 12,000 users in Caravelí were left without electricity. Power was restored to almost all
of them by midday.

The governor of Arequipa, Lucía Paredes, travelled to Chala on Saturday morning. "We have sent
tents, blankets and water, and we are asking the national government to declare a state of
emergency," she told local radio.

The earthquake was felt in the cities of Arequipa, Ica and Nazca. In Arequipa, some residents
left their homes, but no significant damage was reported in the city.

Peru's south coast is one of the most seismically active zones in the country, where the Nazca
plate sinks beneath the South American plate. Experts at the IGP have repeatedly warned that a
major earthquake could occur in the region and have urged residents to prepare emergency
backpacks and identify safe zones in their homes.
"""

_S5_PDR = _pdr(
    url="https://www.perudailyreport.example/2026/01/17/earthquake-chala-arequipa-four-dead/",
    headline="Earthquake near Chala leaves four dead and 57 injured in Arequipa",
    lede="The quake struck before dawn off the coast of Caravelí province and was felt as far "
         "away as Ica and Nazca.",
    byline="Diego Alvarado", iso="2026-01-17T17:30:00-05:00",
    shown="January 17, 2026 5:30 pm", body=_body(_S5_PDR_TEXT, {
        4: '<div class="adsbygoogle">Advertisement</div>'}))

_S5_NBS_TEXT = """
Four people have been killed and 57 injured after a magnitude-6.6 earthquake struck off the
coast of southern Peru.

The quake hit at 03:48 local time (08:48 GMT) on Saturday, about 42km (26 miles) south-west of
the coastal town of Chala in the Arequipa region, Peru's Geophysical Institute said. It struck
at a depth of 38km.

Peru's civil defence agency, INDECI, said 230 homes had been damaged, 41 of them so badly that
they could no longer be lived in. Most were built of adobe - sun-dried mud brick - which is
common in rural Peru but performs poorly in earthquakes.

Those killed included an elderly woman in Chala and two people in the nearby district of Yauca.
A miner also died when a tunnel collapsed at an informal gold mine.

Peru's navy said there was no threat of a tsunami.

Residents described being thrown from their beds by the shaking, which lasted for around 40
seconds.

Images shared on social media showed collapsed walls and rubble in the streets of Chala, a
fishing and gold-mining town on the coast road, and cracks running across the facade of its
church, which lost part of its bell tower.

"Everything started moving, the glasses fell, the dogs were barking. We grabbed the children
and ran outside," Rosa Mamani, a shopkeeper in Chala, told NBS News by phone. "Nobody went back
inside until it was light."

## Highway cut

Landslides blocked the Pan-American Highway, the main road along Peru's coast, for several
hours, stranding lorries and buses. The road reopened on Saturday afternoon.

The head of INDECI, Carlos Ugarte, said the priority was "to reach the rural communities in the
upper part of the valleys", where many homes are made of adobe.

The regional governor of Arequipa, Lucía Paredes, has asked the national government to declare
a state of emergency so that aid can be sent more quickly.

More than 40 aftershocks have been recorded, the strongest measuring 4.9.

About 12,000 homes and businesses in the province of Caravelí lost power after the quake,
although electricity had been restored to almost all of them by midday. The Health Ministry
said most of the injured had suffered cuts and bruises.

The shaking was also felt in the cities of Arequipa, Ica and Nazca, where some residents ran
into the street, but no serious damage was reported there.

## Why does Peru have so many earthquakes?

Peru lies on the Pacific Ring of Fire, where the Nazca plate is being pushed beneath the South
American plate. The movement builds up stress that is released in earthquakes.

The south of the country has suffered several powerful quakes. In 2001, a magnitude-8.4
earthquake near the city of Arequipa and a subsequent tsunami killed more than 100 people.

Scientists say the coast between Chala and the Chilean border is one of the places where a
large earthquake is most overdue.
"""

_S5_NBS = _nbs(
    url="https://www.nbs.example/news/world-latin-america-71842239",
    headline="Peru earthquake: Four killed as magnitude-6.6 quake strikes off southern coast",
    section="Latin America", iso="2026-01-17T16:40:00Z", shown="17 January 2026",
    body=_body(_S5_NBS_TEXT, {8: '<div class="nbs-related-inline"><h4>Related Topics</h4>'
                                 '<a href="/news/topics/earthquakes">Earthquakes</a> <a '
                                 'href="/news/topics/peru">Peru</a></div>'}),
    caption="Residents of Chala gathered in the main square after the quake. Image source: "
            "Getty Images",
    top_stories=[("/news/uk-politics-71842011", "Chancellor under pressure over fuel duty"),
                 ("/news/world-us-canada-71841876", "Winter storm grounds flights in US"),
                 ("/news/world-latin-america-71842239", "Four killed in Peru earthquake")])

_S5_QW_TEXT = """
A moderately large earthquake occurred offshore southern Peru early on 17 January, in the
coastal segment of the Nazca-South America subduction zone between Chala and Atico. Four
deaths have been reported so far, which is sadly in line with what we would expect for a
shock of this size at this distance from mostly adobe housing.

## Magnitude and depth

Both the USGS and the Instituto Geofísico del Perú (IGP) give a magnitude of 6.6. The USGS
W-phase moment tensor puts the hypocentre at 58 km depth, and the mechanism is thrust faulting
on a shallowly dipping plane, consistent with slip on or near the plate interface. The
interface at this distance offshore would be expected at roughly that depth, so an interplate
event is the most likely interpretation.

At that depth the shaking is spread over a large area but is less intense at any single point
than a shallower event of the same magnitude would produce. That fits the felt reports: strong
shaking (MMI VII) in Chala and Yauca, moderate shaking in Nazca, Ica and Arequipa city.

## Impact so far

INDECI reports four dead and 57 injured, with 230 homes damaged and 41 uninhabitable. The
deaths were in Chala (one, an elderly woman under a collapsed adobe wall), Yauca (two) and an
informal mine near Chaparra (one, tunnel collapse). Landslides closed the Panamericana Sur near
km 610 for several hours.

The USGS PAGER system issued a yellow alert for economic losses and a green alert for
fatalities, which again is consistent with what has been reported.

## Aftershocks

The IGP has located more than 40 aftershocks, the largest M4.9. For a mainshock of M6.6, we would
expect the largest aftershock to be about one magnitude unit smaller (Båth's law), so this
sequence is behaving normally. The probability of a larger earthquake following this one is
small but not zero, roughly 5% in the coming week on generic statistics.

## Tectonic setting

The Nazca plate is moving beneath South America at roughly 7 cm per year along this coast. The
region has a long record of great earthquakes: the M8.4 Arequipa earthquake of 23 June 2001
ruptured the segment to the south-east, and an M7.1 event in January 2018 off Acarí, to the
north-west, killed two people.

No tsunami was generated; the Peruvian Navy's DHN ruled out a tsunami threat quickly, which is
what we would expect for a thrust event of this size at this depth.

## Why adobe matters

Most of the damage reported so far is to single-storey adobe houses, many of them old and
unreinforced. Adobe walls are heavy and brittle, and fail suddenly out of plane in strong
shaking, which is exactly the failure mode in the Chala death. Reinforcing existing adobe with
geomesh or timber ring beams is cheap by engineering standards, but uptake in rural Peru
remains low.

We will update this page if the agencies revise the parameters.
"""

_S5_QW = _quakewatch(
    url="https://quakewatchdesk.example/events/2026/01/m6-6-offshore-southern-peru",
    headline="M6.6 offshore southern Peru: a deep-ish interface event near Chala",
    updated="Last updated 18 Jan 2026, 02:10 UTC",
    summary_rows=[("Magnitude", "6.6 (USGS Mww; IGP)"),
                  ("Origin time", "2026-01-17 09:18 UTC (04:18 local, UTC-5)"),
                  ("Location", "16.12&deg;S 74.53&deg;W, 42 km SW of Chala, Arequipa"),
                  ("Depth", "58 km"), ("Mechanism", "Reverse (thrust)"),
                  ("Deaths", "4 (INDECI)"), ("Tsunami", "None")],
    body=_body(_S5_QW_TEXT))


# =============================================================================================
# STORY 6 - election (CONTROL): Kelstead and Wynford by-election (Thursday 15 October 2026)
# =============================================================================================


def _gazette(*, url: str, headline: str, byline: str, shown: str, body: str) -> str:
    """The Kelstead & Wynford Gazette: a weekly local paper's website."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} | Kelstead &amp; Wynford Gazette</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Kelstead &amp; Wynford Gazette">
<meta name="news_keywords" content="by-election, Kelstead, Wynford, Reform, Labour">
</head>
<body>
<a href="#story" class="skip">Skip to main content</a>
<div class="consent">We value your privacy. We and our 842 partners store and access information
on your device. <button>Accept</button> <button>Options</button></div>
<header><a class="gz-logo" href="/">Kelstead &amp; Wynford Gazette</a>
<span class="gz-est">Serving the valley since 1871</span>
<nav><a href="/news">News</a> <a href="/news/politics">Politics</a> <a href="/sport">Sport</a>
<a href="/whats-on">What's On</a> <a href="/announcements">Announcements</a>
<a href="/jobs">Jobs</a> <a href="/e-edition">E-edition</a></nav></header>
<div class="gz-ad-top">Advertisement</div>
<main id="story">
<h1>{headline}</h1>
<p class="gz-by">By {byline}</p>
<p class="gz-date">{shown}</p>
<div class="gz-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>
<div class="gz-body">
{body}
</div>
<div class="gz-comments"><h3>Comments</h3><p>Comments are closed on this article.</p></div>
</main>
<aside><h3>Most read</h3><ol>
<li><a href="/news/wynford-bypass-roadworks-november">Bypass roadworks to last until Christmas
</a></li><li><a href="/news/kelstead-market-hall-reopens">Kelstead market hall reopens after
refit</a></li><li><a href="/sport/wynford-town-fa-trophy">Wynford Town through in FA Trophy</a>
</li></ol>
<div class="gz-ad-mpu">Advertisement</div>
<div class="gz-notices"><h3>Public notices</h3><p>Planning, licensing and road closures in your
area. <a href="/notices">View all</a></p></div></aside>
<footer><p>&copy; 2026 Valley Newspapers Ltd, 14 Bridge Street, Wynford. This website and its
associated newspaper adhere to the Editors' Code of Practice.</p><p><a href="/contact">Contact
us</a> | <a href="/complaints">Complaints</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


_S6_RESULTS_TABLE = """%%<table class="nbs-results"><caption>Kelstead and Wynford by-election
result</caption><thead><tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share %</th>
<th>Change</th></tr></thead><tbody>
<tr><td>Daniel Hargreaves</td><td>Reform UK</td><td>14,862</td><td>38.9</td><td>+19.1</td></tr>
<tr><td>Priya Lambert</td><td>Labour</td><td>10,417</td><td>27.3</td><td>-17.3</td></tr>
<tr><td>Edward Ashby</td><td>Conservative</td><td>6,928</td><td>18.1</td><td>-3.0</td></tr>
<tr><td>Fiona Carrick</td><td>Liberal Democrat</td><td>3,540</td><td>9.3</td><td>+1.4</td></tr>
<tr><td>Tom Ellery</td><td>Green</td><td>1,905</td><td>5.0</td><td>-0.2</td></tr>
<tr><td>Malcolm Reid</td><td>Independent</td><td>548</td><td>1.4</td><td>n/a</td></tr>
</tbody></table>"""

_S6_NBS_TEXT = """
Reform UK has won the Kelstead and Wynford by-election, taking the seat from Labour with a
majority of 4,445.

Daniel Hargreaves, a haulage firm owner and Wynford town councillor, won 14,862 votes, 38.9% of
the total. Labour's Priya Lambert came second with 10,417 votes.

The result was declared at 03:12 on Friday at Wynford Leisure Centre, after a count that began
shortly after polls closed at 22:00 on Thursday.

Turnout was 42.0%, down from 61.3% at the general election in 2024, when Labour won the seat
with a majority of 9,803.

The swing from Labour to Reform UK was 18.2 percentage points.

In his victory speech, Mr Hargreaves, 46, said: "Kelstead and Wynford has sent a message
tonight that no seat in this country belongs to anybody."

He added: "People here have been told to wait their turn for twenty years. They have stopped
waiting."

The by-election was triggered when Labour MP Sarah Kenwood stood down in August to become chief
executive of the Northern Hospice Trust.

Ms Lambert, a primary school head teacher from Kelstead, said she was proud of the campaign
Labour had run but acknowledged the scale of the defeat.

"We heard people's frustration on every doorstep, and we have to listen to it. Not explain it
away - listen to it," she said.

## Full result

""" + _S6_RESULTS_TABLE + """

Both the Green Party candidate and the independent lost their deposits. Candidates must win at
least 5% of the valid vote to have their £500 deposit returned; the Greens' Tom Ellery fell
short by five votes.

The Conservative candidate, Edward Ashby, finished third with 18.1% of the vote, and the Liberal
Democrats' Fiona Carrick was fourth.

The acting returning officer, Janet Okoro, said 112 ballot papers had been rejected. The
electorate was 91,250.

## Analysis: A result Labour feared

Labour had held Kelstead and Wynford, and its predecessor seat, since 1997. Party strategists
had privately conceded in recent weeks that the seat was at risk, but the size of Reform's
margin will still alarm MPs in similar constituencies across the north of England.

Reform's vote share has almost doubled since 2024, when it came third with 19.8%. Labour's share
fell from 44.6% to 27.3%.

Conservative sources said finishing third was "disappointing but not surprising" in a seat
where the party has never come close to winning. The Liberal Democrats increased their share
slightly, to 9.3%.

Mr Hargreaves is expected to take his seat in the House of Commons next week. He has said his
first priorities will be keeping the maternity unit at Kelstead General Hospital open and
opposing the closure of Wynford's last bank branch.
"""

_S6_NBS = _nbs(
    url="https://www.nbs.example/news/uk-politics-74110385",
    headline="Kelstead and Wynford by-election: Reform UK takes seat from Labour",
    section="UK Politics", iso="2026-10-16T03:41:00+01:00", shown="16 October 2026",
    byline="Alice Fairbrother, Political reporter, NBS News",
    body=_body(_S6_NBS_TEXT),
    top_stories=[("/news/uk-politics-74110385", "Reform UK wins Kelstead and Wynford"),
                 ("/news/business-74109920", "Mortgage rates edge down again"),
                 ("/news/world-europe-74110102", "Storm causes flooding in southern France")])

_S6_ALBION_TEXT = """
Reform UK has captured the Labour seat of Kelstead and Wynford in a by-election, overturning a
majority of almost 10,000 and dealing a heavy blow to the government in one of its traditional
Pennine strongholds.

Daniel Hargreaves, 46, who runs a haulage business in Wynford and sits on the town council,
won by 4,445 votes after an 18.2-point swing from Labour. The result was announced shortly
after 3am on Friday.

Hargreaves took 38.9 per cent of the vote, with Labour&#8217;s Priya Lambert on 27.3 per cent.
The Conservatives finished third on 18.1 per cent, and the Liberal Democrats fourth on 9.3 per
cent. Turnout was 42 per cent.

&#8220;Kelstead and Wynford has sent a message tonight that no seat in this country belongs to
anybody,&#8221; Hargreaves told supporters at the count.

The by-election was called after Sarah Kenwood, who had held the seat for Labour since 2017,
resigned in August to run the Northern Hospice Trust. At the 2024 general election she won with
a majority of 9,803 and 44.6 per cent of the vote.

## Warning signs

Labour campaigners had spent weeks in the constituency, a mix of former textile towns, commuter
villages and hill farms about 15 miles from Manchester. Cabinet ministers made at least a dozen
visits.

But voters on the doorstep repeatedly raised the cost of living, the state of the local NHS
hospital in Kelstead and the closure of Wynford&#8217;s last bank branch, according to party
activists.

Lambert, a head teacher, said after the declaration: &#8220;We heard people&#8217;s frustration
on every doorstep, and we have to listen to it.&#8221;

A Labour spokesperson said: &#8220;By-elections are always difficult for governing parties.
We will reflect on this result and we will work to win back the trust of voters in Kelstead and
Wynford.&#8221;

Reform&#8217;s gain is likely to intensify nerves among Labour MPs defending majorities of a
similar size in the north of England and the Midlands, where Reform finished second in dozens of
seats in 2024.

## Tories and Lib Dems

For the Conservatives, who came second here in 2024 with 21.1 per cent, the result confirmed
the party&#8217;s struggle to win back voters who have moved to Reform. Edward Ashby, their
candidate, said the party had &#8220;a lot of work to do&#8221;.

The Liberal Democrats&#8217; Fiona Carrick increased her party&#8217;s share slightly. The
Greens&#8217; Tom Ellery lost his deposit by just five votes, taking 1,905 votes. An
independent, Malcolm Reid, won 548.

Professor Helen Garside, a political scientist at the University of Wynford, said the
by-election fitted a pattern. &#8220;Low turnout by-elections exaggerate protest, but they
don&#8217;t invent it. Reform has built something real in places like this,&#8221; she said.

Hargreaves will take his seat in the House of Commons next week.
"""

_S6_ALBION = _albion(
    url="https://www.albionpost.example/politics/2026/oct/16/reform-uk-wins-kelstead-and-"
        "wynford-by-election",
    headline="Reform UK wins Kelstead and Wynford by-election in blow to Labour",
    dek="Daniel Hargreaves overturns Labour majority of 9,803 on an 18.2-point swing as turnout "
        "falls to 42 per cent",
    section="Politics", byline="Rachel Okonjo", role="Political correspondent",
    iso="2026-10-16T04:15:00+01:00", shown="Fri 16 Oct 2026 04.15 BST",
    body=_body(_S6_ALBION_TEXT, {
        4: '<aside class="inline-related"><h3>Related</h3><ul><li><a href="/politics/2026/sep/'
           '24/kelstead-wynford-by-election-campaign">On the trail in Kelstead and Wynford'
           '</a></li></ul></aside>',
        10: '<div class="ad" aria-hidden="true">Advertisement</div>'}),
    newsletter=("First Edition", "Our morning email breaks down the key stories of the day, "
                "telling you what&#8217;s happening and why it matters."),
    caption="Daniel Hargreaves celebrates at the count at Wynford Leisure Centre. Photograph: "
            "Owen Thackeray/Albion",
    most_read=[("/politics/2026/oct/16/reform-uk-wins-kelstead-and-wynford-by-election",
                "Reform UK wins Kelstead and Wynford"),
               ("/uk-news/2026/oct/15/rail-strike-dates", "Rail strike dates announced"),
               ("/sport/2026/oct/15/champions-league-roundup",
                "Champions League: late drama in Madrid")])

_S6_GAZETTE_TEXT = """
Daniel Hargreaves has been elected as the new MP for Kelstead and Wynford after Reform UK won
Thursday's by-election, ending Labour's hold on the constituency.

The Wynford town councillor and owner of Hargreaves Haulage polled 14,862 votes - 4,445 more
than Labour's Priya Lambert, who received 10,417.

The result was declared by acting returning officer Janet Okoro, chief executive of Kelstead
District Council, at 3.12am on Friday in the sports hall at Wynford Leisure Centre, where
counting staff had been working since polls closed at 10pm.

The full result was: Daniel Hargreaves (Reform UK) 14,862; Priya Lambert (Labour) 10,417; Edward
Ashby (Conservative) 6,928; Fiona Carrick (Liberal Democrats) 3,540; Tom Ellery (Green Party)
1,905; Malcolm Reid (Independent) 548.

Turnout was 42 per cent of the 91,250 people on the electoral register, with 112 ballot papers
rejected.

In his speech, Mr Hargreaves, who was born at Kelstead General Hospital and went to Wynford
High School, thanked his family and campaign team, and said he would hold his first advice
surgery in Wynford Town Hall within a fortnight.

"Kelstead and Wynford has sent a message tonight that no seat in this country belongs to
anybody," he said. "I know this valley. I know what it's been promised and what it's got. I'm
going to Westminster to fix that."

He pledged to campaign to keep Kelstead General's maternity unit open and to press the bank
regulator over the closure of the last bank branch in Wynford.

## 'We have to listen'

Mrs Lambert, headteacher of St Aidan's Primary School in Kelstead, was applauded by Labour
activists as she gave her speech.

"We heard people's frustration on every doorstep, and we have to listen to it," she said. "To
everyone who voted for me, thank you. To everyone who didn't, I hope Labour earns your trust
back."

Conservative Edward Ashby, a Kelstead farmer, said the result was "a clear message to all of
the established parties". Lib Dem Fiona Carrick said her party had "planted seeds" in the
valley.

Green candidate Tom Ellery lost his deposit, finishing five votes short of the five per cent
needed to keep it.

The by-election was called after Sarah Kenwood, Labour MP since 2017, stood down in August to
become chief executive of the Northern Hospice Trust. Ms Kenwood, who was at the count, said she
had called Mr Hargreaves to congratulate him.

"This is a seat that has had good representation and I hope it continues to," she said.

At the 2024 general election, Ms Kenwood won with a majority of 9,803.

Count staff said turnout had looked higher in the Kelstead wards than in Wynford, although no
official ward-by-ward breakdown is published for parliamentary elections. Verification of the
ballot boxes was completed shortly after 1am.

The new MP is expected to be sworn in at the House of Commons next week.
"""

_S6_GAZETTE = _gazette(
    url="https://www.kelsteadgazette.example/news/politics/reform-uk-wins-kelstead-and-wynford-"
        "by-election-hargreaves-elected-mp",
    headline="Reform's Daniel Hargreaves elected MP as Labour loses Kelstead and Wynford",
    byline="Kirsty Holroyd, Local Democracy Reporter", shown="Friday, 16 October 2026",
    body=_body(_S6_GAZETTE_TEXT, {5: '<div class="gz-ad-inline">Advertisement</div>'}))


# =============================================================================================
# The stories
# =============================================================================================

_PCT = r" ?(%|percent|per cent|pct)"

STORY_1 = _story("trade-UA1", "trade", "2025-11-24", [
    _page("https://www.meridianwire.example/business/eu-china-heat-pump-duties-2025-11-19/",
          _S1_MERIDIAN),
    _page("https://www.albionpost.example/business/2025/nov/19/eu-tariffs-chinese-heat-pumps",
          _S1_ALBION),
    _page("https://tarifftracker.example/2025/11/19/eu-heat-pumps-china-provisional-ad-duties/",
          _S1_TRACKER),
    _page("https://www.heatingcoolingtoday.example/news/regulation/"
          "provisional-eu-duties-chinese-heat-pumps-distributors", _S1_HCT),
], [
    ("top provisional duty rate", r"(?<![\d.])42\.7(?!\d)", r"(?<![\d.])47\.2(?!\d)"),
    ("date the duties take effect",
     r"nov(ember|\.)? 20(?!\d)|(?<!\d)20(th)? nov|11-20(?!\d)",
     r"nov(ember|\.)? 21(?!\d)|(?<!\d)21(st)? nov|11-21(?!\d)"),
    ("alliance official who gave the 'level playing field' quote", r"solheim", r"berglund"),
    ("Chinese share of the EU market, first half of 2025",
     r"(?<![\d.])31" + _PCT, r"(?<![\d.])38" + _PCT),
])

STORY_2 = _story("trade-UA2", "trade", "2026-03-12", [
    _page("https://www.pacificpublicradio.example/news/business/582114/"
          "nz-and-vietnam-sign-trade-deal", _S2_PPR),
    _page("https://www.harbourbusiness.example/trade/vietnam-deal-winners-beef-wine-kiwifruit",
          _S2_HBR),
    _page("https://en.saigoneconomictimes.example/trade/viet-nam-new-zealand-sign-cepa-"
          "4418273.html", _S2_SET),
], [])

STORY_3 = _story("court-UA3", "court", "2026-06-19", [
    _page("https://www.frontrangetribune.example/2026/06/15/colorado-supreme-court-parcelo-"
          "couriers-employees/", _S3_FRT),
    _page("https://www.continentalpress.example/article/colorado-supreme-court-parcelo-gig-"
          "drivers-8c2f41e7", _S3_CPS),
    _page("https://www.docketwatch.example/employment/articles/colorado-supreme-court-parcelo-"
          "couriers-employees", _S3_DOCKET),
    _page("https://www.rockymountainpublic.example/news/economy/2026-06-15/parcelo-couriers-"
          "employees-colorado-supreme-court", _S3_RMPM),
], [
    ("vote split",
     r"(?<!\d)4 ?(-|–|—|to) ?3(?!\d)|four to three|four-three",
     r"(?<!\d)5 ?(-|–|—|to) ?2(?!\d)|five to two|five-two"),
    ("author of the majority opinion", r"castellanos", r"marchetti"),
    ("back pay sought by the couriers", r"(?<![\d.])36\.4(?!\d)", r"(?<![\d.])31\.4(?!\d)"),
    ("time Parcelo has to seek rehearing",
     r"(?<!\d)14 days|fourteen days|two weeks", r"(?<!\d)21 days|twenty-one days|three weeks"),
])

STORY_4 = _story("cb-UA4", "central bank", "2026-02-09", [
    _page("https://www.praguebusinessdaily.example/finance/cnb-cuts-rates-to-3-25-percent",
          _S4_PBD),
    _page("https://www.meridianwire.example/markets/czech-central-bank-cuts-rates-2026-02-05/",
          _S4_MERIDIAN),
    _page("https://basispoints.example/cee/cnb-cuts-but-handbrake-on", _S4_BASIS),
], [
    ("board member who voted to hold rates", r"šimkov|simkov", r"procházk|prochazk"),
    ("CNB forecast for average 2026 inflation",
     r"(?<![\d.])2\.3(?!\d)", r"(?<![\d.])2\.6(?!\d)"),
    ("date of the next policy meeting",
     r"(march|mar\.?) 26(?!\d)|(?<!\d)26(th)? (march|mar)|03-26(?!\d)",
     r"(march|mar\.?) 19(?!\d)|(?<!\d)19(th)? (march|mar)|03-19(?!\d)"),
])

STORY_5 = _story("quake-UA5", "earthquake", "2026-01-19", [
    _page("https://www.continentalpress.example/article/peru-earthquake-arequipa-chala-"
          "3a91d0bc", _S5_CPS),
    _page("https://www.perudailyreport.example/2026/01/17/earthquake-chala-arequipa-four-dead/",
          _S5_PDR),
    _page("https://www.nbs.example/news/world-latin-america-71842239", _S5_NBS),
    _page("https://quakewatchdesk.example/events/2026/01/m6-6-offshore-southern-peru", _S5_QW),
], [
    ("magnitude", r"(?<![\d.])6\.6(?!\d)", r"(?<![\d.])6\.9(?!\d)"),
    ("depth", r"(?<![\d.])38 ?(km|kilomet)", r"(?<![\d.])58 ?(km|kilomet)"),
    ("local time the quake struck",
     r"(?<![\d:])0?4[:.]18(?!\d)|(?<![\d:])09:?18(?!\d)",
     r"(?<![\d:])0?3[:.]48(?!\d)|(?<![\d:])08:?48(?!\d)"),
])

STORY_6 = _story("election-UA6", "election", "2026-10-20", [
    _page("https://www.nbs.example/news/uk-politics-74110385", _S6_NBS),
    _page("https://www.albionpost.example/politics/2026/oct/16/reform-uk-wins-kelstead-and-"
          "wynford-by-election", _S6_ALBION),
    _page("https://www.kelsteadgazette.example/news/politics/reform-uk-wins-kelstead-and-wynford-"
          "by-election-hargreaves-elected-mp", _S6_GAZETTE),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
