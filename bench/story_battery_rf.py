"""Part RF of the story battery (web pages).

Written by engineer RF1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RF`.

Six invented 2026 events, each told by three or four invented outlets as full scraped pages:
cb-RF1 (Sweden's Riksbank cuts its policy rate a quarter point to 2.00% on Wednesday
18 March 2026; PLANTED: the board's vote split, 4-1 in three outlets but 3-2 in the
specialist monitor, and who said the "not declaring victory over inflation" quote, Governor
Wessberg in two outlets but First Deputy Governor Lindgren in the newsletter); el-RF2 (a
by-election in Samoa's Vaisigano No. 2 constituency on Friday 6 March 2026, preliminary
count then final count; PLANTED: the independent's tally, 213 vs 231 in the local paper;
the runner-up's former title, associate minister of agriculture vs deputy speaker in the
broadcaster; and the polling date, 6 March vs 5 March in the broadcaster); court-RF3
(CONTROL: the Supreme Court of Canada's 7-2 ruling in R. v. Desjarlais on a police
cell-site simulator, Friday 12 June 2026); trade-RF4 (CONTROL: Norway's 2025 seafood export
figures presented by the Seafood Council in Tromso on Tuesday 6 January 2026); rocket-RF5
(CONTROL: Borealis Launch Systems' first successful Kestrel orbital launch from Kodiak,
Alaska, late Tuesday 15 September 2026 local time, i.e. Wednesday 16 September UTC); eq-RF6
(a magnitude 6.6 earthquake in Tonga's Ha'apai group at 3:12 a.m. Thursday 20 August 2026
local time, i.e. Wednesday 19 August UTC; PLANTED: the local clock time, 3:12 vs 3:21 a.m.
in the local paper, and the wording of the emergency director's quote, "except Kotu and
Tungua" vs "including Kotu and Tungua" in the blog). All stories carry legitimate
variation (rounding, units, time zones, relative dates, rising tolls and updated counts,
place precision, titles and name forms, partial and split quotes, look-alike figures about
different things).
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _t(s: str) -> str:
    """Escape text content (apostrophes and quotes left as they are)."""
    return _html.escape(s, quote=False)


def _q(s: str) -> str:
    """Escape an attribute value."""
    return _html.escape(s, quote=True)


def _body(items: list[Any]) -> str:
    """Render article body items.

    str                       -> paragraph
    ("h", text)               -> sub-head
    ("ad", text)              -> advertisement block
    ("fig", caption, credit, src) -> photo with caption and credit
    ("news", text)            -> newsletter sign-up box
    ("rel", [titles])         -> inline "read more" links
    """
    out: list[str] = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{_t(it)}</p>")
        elif it[0] == "h":
            out.append(f"<h2 class=\"subhead\">{_t(it[1])}</h2>")
        elif it[0] == "ad":
            out.append(
                '<div class="ad-slot ad-inline" data-ad-unit="mid-article">'
                '<span class="ad-label">Advertisement</span>'
                f'<div class="ad-creative"><a href="https://ads.adserve.example/click?c=7731" '
                f'rel="sponsored nofollow">{_t(it[1])}</a></div></div>')
        elif it[0] == "fig":
            out.append(
                f'<figure class="photo"><img src="{_q(it[3])}" alt="{_q(it[1])}" '
                f'loading="lazy" width="1200" height="800">'
                f'<figcaption>{_t(it[1])} <span class="photo-credit">{_t(it[2])}</span>'
                '</figcaption></figure>')
        elif it[0] == "news":
            out.append(
                '<aside class="newsletter-box"><h3>Get the briefing</h3>'
                f'<p>{_t(it[1])}</p><form action="/subscribe" method="post">'
                '<label for="nl-email">Email address</label>'
                '<input id="nl-email" type="email" name="email">'
                '<button type="submit">Sign up</button></form></aside>')
        elif it[0] == "rel":
            links = "".join(f'<li><a href="/related/{i}">{_t(x)}</a></li>'
                            for i, x in enumerate(it[1], 1))
            out.append(f'<aside class="read-more"><h3>Read more</h3><ul>{links}</ul></aside>')
        else:  # pragma: no cover - authoring error
            raise ValueError(it)
    return "\n".join(out)


def _rail(title: str, items: list[str]) -> str:
    lis = "".join(f'<li><a href="/story/{i}">{_t(x)}</a></li>' for i, x in enumerate(items, 1))
    return f'<aside class="rail"><h3>{_t(title)}</h3><ol>{lis}</ol></aside>'


def _wire_page(site: str, url: str, headline: str, desc: str, byline: str,
               body: list[Any], iso: str | None, shown: str | None,
               section: str, related: list[str], image: str) -> str:
    """Wire-service template: JSON-LD when dated, dense nav, share row, 'most read' rail."""
    meta_date = ""
    ld = ""
    if iso:
        meta_date = f'<meta property="article:published_time" content="{_q(iso)}">\n'
        ld = ('<script type="application/ld+json">' + _json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": headline, "datePublished": iso, "dateModified": iso,
            "author": [{"@type": "Person", "name": n.strip()}
                       for n in byline.replace(" and ", ",").split(",") if n.strip()],
            "publisher": {"@type": "Organization", "name": site},
            "image": [image], "mainEntityOfPage": url}) + "</script>\n")
    when = ""
    if shown:
        when = (f'<time datetime="{_q(iso)}">{_t(shown)}</time>' if iso
                else f'<span class="dateline-date">{_t(shown)}</span>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_t(headline)} | {_t(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_q(desc)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_q(site)}">
<meta property="og:title" content="{_q(headline)}">
<meta property="og:description" content="{_q(desc)}">
<meta property="og:url" content="{_q(url)}">
<meta property="og:image" content="{_q(image)}">
<meta name="twitter:card" content="summary_large_image">
{meta_date}<link rel="canonical" href="{_q(url)}">
<link rel="stylesheet" href="/static/wire.min.css">
{ld}</head>
<body class="article-page wire">
<a class="skip-link" href="#content">Skip to content</a>
<div id="cookie-consent" class="consent-bar" role="dialog">
<p>We and a small number of partners store bits of data on your device to count visits and
keep you signed in. Pick what you are happy with.</p>
<button class="btn-accept">Accept all</button> <button class="btn-reject">Only necessary</button>
<a href="/privacy/cookies">Cookie settings</a>
</div>
<header class="masthead">
<a class="logo" href="/">{_t(site)}</a>
<nav aria-label="Sections"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li>
</ul></nav>
<a class="login" href="/account">Sign in</a>
</header>
<main id="content">
<article class="story">
<p class="section-label"><a href="/{_q(section.lower())}">{_t(section)}</a></p>
<h1 class="headline">{_t(headline)}</h1>
<div class="meta-row"><span class="byline">By {_t(byline)}</span> {when}
<span class="read-time">4 min read</span></div>
<div class="share-row"><a href="https://share.example/?u={_q(url)}">Share</a>
<a href="mailto:?subject={_q(headline)}">Email</a> <button class="copy-link">Copy link</button></div>
<div class="story-body">
{_body(body)}
</div>
<p class="trust">Our standards: the {_t(site)} Trust Principles.</p>
</article>
{_rail("Most read", related)}
</main>
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/accessibility">Accessibility</a></li></ul>
<p>&copy; 2026 {_t(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _paper_page(site: str, url: str, headline: str, desc: str, byline: str,
                body: list[Any], iso: str | None, shown: str | None,
                section: str, related: list[str], image: str, standfirst: str) -> str:
    """Newspaper template: meta tags and a visible <time>, standfirst, lead photo, rails."""
    meta_date = ""
    if iso:
        meta_date = (f'<meta property="article:published_time" content="{_q(iso)}">\n'
                     f'<meta name="pubdate" content="{_q(iso)}">\n')
    when = ""
    if shown:
        when = (f'<time class="pub" datetime="{_q(iso)}">{_t(shown)}</time>' if iso
                else f'<p class="pub-text">{_t(shown)}</p>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_t(headline)} - {_t(site)}</title>
<meta name="description" content="{_q(desc)}">
<meta property="og:title" content="{_q(headline)}">
<meta property="og:description" content="{_q(desc)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_q(url)}">
<meta property="og:image" content="{_q(image)}">
<meta property="og:site_name" content="{_q(site)}">
{meta_date}<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{_q(url)}">
</head>
<body>
<div class="skip"><a href="#article">Skip to main content</a></div>
<div class="gdpr-banner">
<strong>Your privacy</strong> We use cookies for the boring parts (logins, payments) and,
if you agree, for audience measurement and adverts. You can change your mind at any time.
<button>I agree</button> <button>Manage choices</button>
</div>
<div class="top-ad ad-slot"><span>Advertisement</span></div>
<header class="site-header">
<div class="brand"><a href="/">{_t(site)}</a></div>
<nav class="primary"><a href="/news">News</a> <a href="/economy">Economy</a>
<a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/local">Local</a>
<a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_q(section.lower())}">{_t(section)}</a></div>
<main>
<article id="article">
<h1>{_t(headline)}</h1>
<p class="standfirst">{_t(standfirst)}</p>
<div class="byline-block"><span class="author">{_t(byline)}</span> {when}</div>
<figure class="lead"><img src="{_q(image)}" alt=""></figure>
<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
<li><a href="#">LinkedIn</a></li><li><a href="#">Copy link</a></li></ul>
<div class="article-text">
{_body(body)}
</div>
<div class="comments-closed">Comments are closed on this article.</div>
</article>
{_rail("More from " + section, related)}
</main>
<footer>
<p>{_t(site)} &middot; <a href="/contact">Contact the newsroom</a> &middot;
<a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy notice</a></p>
<p>Copyright 2026 {_t(site)}.</p>
</footer>
</body>
</html>
"""


def _broadcast_page(site: str, url: str, headline: str, desc: str, byline: str,
                    body: list[Any], iso: str | None, shown: str | None,
                    section: str, related: list[str], image: str) -> str:
    """Public-broadcaster template: audio player stub, topic tags, 'more on this' list."""
    meta_date = ""
    if iso:
        meta_date = (f'<meta property="article:published_time" content="{_q(iso)}">\n'
                     f'<meta property="article:modified_time" content="{_q(iso)}">\n')
    when = ""
    if shown:
        when = (f'<time datetime="{_q(iso)}">{_t(shown)}</time>' if iso
                else f'<span class="when">{_t(shown)}</span>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_t(headline)} | {_t(site)}</title>
<meta name="description" content="{_q(desc)}">
<meta property="og:site_name" content="{_q(site)}">
<meta property="og:title" content="{_q(headline)}">
<meta property="og:description" content="{_q(desc)}">
<meta property="og:image" content="{_q(image)}">
<meta property="og:url" content="{_q(url)}">
<meta property="og:type" content="article">
{meta_date}<link rel="canonical" href="{_q(url)}">
</head>
<body class="news">
<a href="#main-content" class="visually-hidden-focusable">Skip to content</a>
<div class="cookie-notice">This website uses cookies. Some are essential; others help us
understand which stories you read. <a href="/cookies">Read our cookie policy</a>
<button>OK</button> <button>Settings</button></div>
<header class="bc-header">
<a href="/" class="bc-logo">{_t(site)}</a>
<nav><a href="/news">News</a> | <a href="/listen">Listen</a> | <a href="/watch">Watch</a> |
<a href="/programmes">Programmes</a> | <a href="/languages">Languages</a></nav>
<a href="/live" class="live-btn">Live radio</a>
</header>
<main id="main-content">
<div class="topic">{_t(section)}</div>
<h1>{_t(headline)}</h1>
<div class="article-meta">{_t(byline)} {when}</div>
<div class="audio-player" data-src="/audio/story.mp3"><button>Listen to this story</button>
<span class="duration">3:48</span></div>
<figure class="hero"><img src="{_q(image)}" alt="{_q(headline)}"></figure>
<div class="story">
{_body(body)}
</div>
<div class="tags">Topics: <a href="/topic/1">{_t(section)}</a></div>
<div class="share-tools"><span>Share this story</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a>
<a href="#">Email</a></div>
<section class="more-on-this">
<h2>More on this</h2>
<ul>{"".join(f'<li><a href="/news/{i}">{_t(x)}</a></li>' for i, x in enumerate(related, 1))}</ul>
</section>
</main>
<footer class="bc-footer">
<p>{_t(site)} is an independent public service broadcaster.</p>
<a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/complaints">Complaints</a>
</footer>
</body>
</html>
"""


def _blog_page(site: str, url: str, headline: str, desc: str, byline: str,
               body: list[Any], iso: str | None, shown: str | None,
               related: list[str], image: str, subtitle: str) -> str:
    """Blog / newsletter template: minimal header, subscribe box, likes and comments."""
    meta_date = ""
    if iso:
        meta_date = ('<script type="application/ld+json">' + _json.dumps({
            "@context": "https://schema.org", "@type": "BlogPosting", "headline": headline,
            "datePublished": iso, "author": {"@type": "Person", "name": byline},
            "publisher": {"@type": "Organization", "name": site}}) + "</script>\n")
    when = ""
    if shown:
        when = (f'<time datetime="{_q(iso)}">{_t(shown)}</time>' if iso
                else f'<div class="post-date">{_t(shown)}</div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_t(headline)} - {_t(site)}</title>
<meta name="description" content="{_q(desc)}">
<meta property="og:title" content="{_q(headline)}">
<meta property="og:description" content="{_q(desc)}">
<meta property="og:image" content="{_q(image)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_q(site)}">
<meta property="og:url" content="{_q(url)}">
<link rel="canonical" href="{_q(url)}">
{meta_date}<meta name="author" content="{_q(byline)}">
</head>
<body class="post">
<a class="skip" href="#post">Skip to content</a>
<div class="consent">Cookies keep this small site running and tell us roughly how many of you
there are. <button>Fine</button> <button>No thanks</button></div>
<header class="blog-head"><a href="/" class="blog-name">{_t(site)}</a>
<nav><a href="/archive">Archive</a> <a href="/about">About</a>
<a href="/subscribe" class="subscribe">Subscribe</a></nav></header>
<main id="post">
<h1 class="post-title">{_t(headline)}</h1>
<h3 class="subtitle">{_t(subtitle)}</h3>
<div class="post-meta"><span class="author">{_t(byline)}</span> {when}</div>
<div class="post-actions"><button>Like</button> <button>Comment</button> <button>Share</button></div>
<div class="post-body">
{_body(body)}
</div>
<div class="subscribe-widget"><p>Like what you read? It is free to subscribe.</p>
<input type="email" placeholder="Type your email"><button>Subscribe</button></div>
<div class="comments"><h4>Comments</h4><p>Be the first to comment.</p></div>
<section class="recent"><h4>Recent posts</h4><ul>{"".join(f'<li><a href="/p/{i}">{_t(x)}</a></li>' for i, x in enumerate(related, 1))}</ul></section>
</main>
<footer class="blog-foot"><p>{_t(site)} &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/terms">Terms</a> &middot; Independent publishing</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Story 1 - central bank (Sweden). PLANTED: vote split, who said the quote.
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    "Nordwire",
    "https://www.nordwire.example/markets/2026/03/18/riksbank-cuts-policy-rate-to-2-percent",
    "Riksbank trims policy rate to 2% as inflation cools, leaves door ajar for more",
    "The Riksbank shaved 25 basis points off its policy rate on Wednesday, to 2.00%, with "
    "one of the five board members voting against.",
    "Elin Marsh and Tomas Berglund",
    [
        "STOCKHOLM, March 18 (Nordwire) - The Riksbank shaved 25 basis points off its policy "
        "rate on Wednesday, bringing it to 2.00%, pointing to a steady fading of underlying price "
        "pressure and a labour market that has yet to turn the corner, and said one further "
        "step before the year is out remained a live possibility.",
        "The Riksbank's five-member Executive Board voted 4-1 for the move. Deputy Governor "
        "Peter Sandvik entered a formal reservation, arguing that the rate should have stayed "
        "at 2.25% until this spring's round of wage agreements gave a clearer read on costs.",
        "The decision was published at 09:30 local time (0830 GMT). The lower rate takes "
        "effect on March 25.",
        "Of 21 economists polled by Nordwire last week, 15 had pencilled in a cut, while the "
        "other six expected the bank to wait until its May meeting.",
        ("fig", "Riksbank Governor Karin Wessberg speaks at a news conference in Stockholm.",
         "Photo: Jonas Ekholm/Nordwire",
         "https://img.nordwire.example/2026/03/18/wessberg-presser.jpg"),
        ("h", "Inflation close to target"),
        "CPIF inflation, the gauge the Riksbank steers by, slowed to 2.4% in February from "
        "2.9% a month earlier, Statistics Sweden reported last week. The bank aims for 2%.",
        "Governor Karin Wessberg told a news conference that the board had set the danger of "
        "easing too soon against the strain that high borrowing costs were still putting on "
        "households and smaller firms.",
        "\"We are not declaring victory over inflation, but the risks have tilted, and waiting "
        "would have cost more than acting,\" Wessberg said.",
        ("ad", "Compare business accounts in minutes - Ledgerly for Nordic SMEs"),
        "The bank's updated forecast for its own rate implies roughly even odds of one more "
        "quarter-point reduction before the end of 2026. It now sees gross domestic product "
        "growing 2.1% this year, down from the 2.3% it projected in January.",
        "The crown weakened after the announcement. By 0845 GMT the euro had gained 0.5% to "
        "11.08 crowns.",
        "Anders Kvist, chief economist at Nordbanken, said the lone dissent showed the board "
        "was not running on autopilot. \"One reservation is not a rebellion, but it tells you "
        "the bar for the next cut sits higher than the market assumes,\" he said.",
        ("h", "Earlier moves"),
        "The Riksbank last reduced borrowing costs in September, taking the policy rate from "
        "2.50% to 2.25%, and then kept it on hold at its January meeting.",
        "Across the border, Norway's Norges Bank has kept its own benchmark at 3.50% since "
        "December and is due to announce its next decision on March 26. Finland, as a member "
        "of the euro zone, follows the European Central Bank.",
        "Wessberg declined to say whether the board had discussed a larger, half-point move. "
        "She said the bank would keep selling government bonds from its holdings at the pace "
        "set last year.",
        "The board meets again to set rates in early May, with the announcement due on May 6.",
        "Household consumption, which makes up roughly half of Sweden's economy, has been "
        "slow to recover, with retail sales broadly flat since the autumn.",
        "(Reporting by Elin Marsh and Tomas Berglund; editing by Hannah Croft)",
    ],
    "2026-03-18T08:52:00Z", "March 18, 2026 8:52 AM GMT", "Markets",
    ["Oil steadies as traders weigh Gulf shipping data",
     "Danish pension funds step up Nordic infrastructure bets",
     "Euro zone factory activity shrinks for third month",
     "Volvo Cars trims outlook on weaker U.S. demand"],
    "https://img.nordwire.example/2026/03/18/riksbank-facade.jpg")

_S1_B = _paper_page(
    "The Svea Post",
    "https://www.sveapost.example/economy/2026/03/19/riksbank-rate-cut-mortgage-holders",
    "Mortgage holders win a quarter-point reprieve from the Riksbank",
    "The central bank's cut to 2 per cent will reach most variable-rate borrowers within days, "
    "but the governor warned against treating it as the start of a new cycle.",
    "Sofia Lind, Economics Correspondent",
    [
        "Swedish households with floating-rate mortgages will see their monthly bills fall "
        "again from next week after the Riksbank yesterday lowered its policy rate by a "
        "quarter of a percentage point, to 2 per cent.",
        "The decision, taken by four votes to one, was widely expected in the markets but "
        "still drew a visible sigh of relief from housing associations and estate agents, who "
        "had feared the bank would hold off until the spring wage talks were settled.",
        "Within hours, Svea Sparbank and Nordbanken said they would lower their three-month "
        "variable mortgage rates by 0.25 percentage points from Monday. The average interest "
        "rate on new variable-rate mortgages stood at 3.1 per cent in January, according to "
        "the latest figures from the central bank.",
        "For a household carrying a loan of 2 million kronor, a cut of that size is worth "
        "roughly 5,000 kronor a year before tax relief - not a fortune, but enough to notice.",
        ("ad", "Spring sale at Hemlund: garden furniture from 1,495 kr"),
        ("h", "A cautious tone"),
        "Governor Karin Wessberg was at pains to stress that the bank had not changed course. "
        "Asked whether Swedes should now expect a run of reductions, she said that waiting "
        "\"would have cost more than acting\" this time, but that every future meeting would "
        "be decided on the data in front of the board.",
        "She also addressed the krona, which has lost ground against the euro since the "
        "start of the year. \"The krona is not our target, but we watch it closely, because a "
        "weaker currency finds its way into shop prices,\" Wessberg said.",
        "The one dissenting voice on the five-member board belonged to Deputy Governor Peter "
        "Sandvik, who wanted to keep the rate at 2.25 per cent.",
        ("fig", "New apartment blocks in Hagastaden, Stockholm. Housing turnover picked up in "
         "February.", "Photo: Maria Dahl",
         "https://media.sveapost.example/2026/03/hagastaden-blocks.jpg"),
        ("h", "Inflation and jobs"),
        "Inflation measured by the CPIF, which the Riksbank targets, was 2.38 per cent in "
        "February. Excluding energy, CPIF inflation was 2.7 per cent, a reminder that "
        "services prices are still rising faster than the bank would like.",
        "Unemployment, meanwhile, stood at 8.7 per cent in February, seasonally adjusted, "
        "and the Public Employment Service has warned that hiring in construction remains "
        "weak.",
        "The bank now expects the economy to grow by 2.1 per cent in 2026, after 1.4 per cent "
        "last year.",
        "Anders Kvist, Nordbanken's chief economist, said the cut would do more for "
        "confidence than for spending in the short run. \"People have been paying down debt "
        "instead of going to restaurants. That habit does not break in one month,\" he said.",
        "Estate agents reported that viewings in Stockholm and Gothenburg had picked up in "
        "the first weeks of March, although prices remain below the peak they reached in the "
        "spring of 2022.",
        ("news", "The Svea Post economy newsletter: the numbers behind your money, every "
         "Thursday."),
        "The Riksbank began easing almost two years ago, when the policy rate stood at "
        "4 per cent. Its next announcement is scheduled for 6 May.",
    ],
    "2026-03-19T05:30:00+01:00", "Thursday 19 March 2026, 05:30", "Economy",
    ["Rents in Malmo rise fastest in a decade",
     "Opinion: The Riksbank is right to move slowly",
     "Why your electricity bill fell in February",
     "Government set to extend the ROT deduction"],
    "https://media.sveapost.example/2026/03/riksbank-brunkebergstorg.jpg",
    "The cut to 2 per cent reaches variable-rate borrowers within days, but the governor "
    "warned against reading it as the start of a new cycle.")

_S1_C = _paper_page(
    "Central Banking Monitor",
    "https://cbmonitor.example/news/europe/riksbank-split-vote-quarter-point-cut",
    "Riksbank splits 3-2 on quarter-point cut as rate path flattens",
    "Two deputy governors preferred to hold; new path puts the policy rate a touch below "
    "2% by the fourth quarter.",
    "By Rupert Llewellyn-Hart",
    [
        "Sveriges Riksbank cut its policy rate by 25bp to 2.00% at its March meeting, "
        "announced at 9.30am CET, but the decision exposed a division on the Executive Board "
        "that had not been visible at previous meetings.",
        "According to the minutes extract published alongside the decision, the cut was "
        "carried by a 3-2 vote. Deputy governors Peter Sandvik and Maja Ekdahl preferred to "
        "leave the rate unchanged at 2.25%, citing uncertainty over wage settlements.",
        "The corridor moves with the policy rate: the deposit rate falls to 1.90% and the "
        "lending rate to 2.10%, both effective from 25 March.",
        ("h", "Path and projections"),
        "The accompanying policy update shows the policy rate averaging 1.88% in the "
        "fourth quarter of 2026, implying that the board sees a further reduction as roughly "
        "a coin toss. The path then stays flat through 2027.",
        "CPIF inflation is forecast to average 2.1% this year. CPIF excluding energy, the "
        "measure the board has leaned on most heavily in recent communications, was 2.7% in "
        "February and is expected to fall below 2.5% only in the autumn.",
        ("ad", "Register now: Reserve Management Forum, Zurich, 9-10 June"),
        "The Riksbank's previous move was a quarter-point reduction on 24 September 2025. It "
        "held at 2.25% on 28 January.",
        ("h", "Balance sheet"),
        "The bank will continue to run down its holdings of government bonds. First Deputy "
        "Governor Olof Lindgren, who oversees the balance sheet, said sales would continue "
        "at an unchanged pace and that the board saw no reason to link them to the rate "
        "decision.",
        "\"Quantitative tightening runs in the background. It is not a second policy lever "
        "and we are not going to use it as one,\" Lindgren said.",
        "The board also kept its framework for the krona unchanged. The Riksbank has not "
        "intervened in the currency market since it completed the hedging of part of its "
        "foreign exchange reserves.",
        ("h", "Reading the split"),
        "A two-member minority is unusual for the Riksbank, whose board has tended to record "
        "single reservations rather than blocs. Sandvik has dissented twice before on the "
        "timing of cuts; for Ekdahl, who joined the board in 2024 after heading the bank's "
        "financial stability department, it is a first.",
        "Analysts said the outcome made a May move less likely. The next decision is due on "
        "6 May, with a full Monetary Policy Report scheduled for June.",
        "Market pricing shifted only modestly. Two-year government bond yields rose by about "
        "3bp on the day as investors trimmed bets on a follow-up move in May, and overnight "
        "index swaps priced roughly 12bp of further easing by year-end, close to the bank's "
        "own path.",
        "In her opening remarks, Governor Karin Wessberg described the decision as a "
        "calibration rather than a change of direction, and said the board would need to "
        "see services inflation come down before it moved again.",
        ("rel", ["Norges Bank keeps 3.50% and signals patience",
                 "Nordic central banks and the krona question"]),
    ],
    None, "18 March 2026", "Europe",
    ["Bank of Canada governor on the limits of forward guidance",
     "ECB staff paper: wage trackers and services inflation",
     "Reserve Bank of New Zealand names new deputy governor",
     "Interview: running a small central bank in the Pacific"],
    "https://cbmonitor.example/images/riksbank-board-room.jpg",
    "Two deputy governors preferred to hold; the new path puts the policy rate a touch "
    "below 2% by the fourth quarter.")

_S1_D = _blog_page(
    "Krona Notes",
    "https://kronanotes.example/p/the-riksbank-blinks-politely",
    "The Riksbank blinks, politely",
    "A quarter-point cut, one dissent and a rate path that says 'maybe'. Notes on a week in "
    "Swedish monetary policy.",
    "Johan Weller",
    [
        "Good morning from a grey Stockholm. If you only had time for one headline this week, "
        "it was this: on Wednesday, at 9:30 in the morning here and 4:30 a.m. for those of you "
        "reading in New York, the Riksbank took its policy rate down a quarter point to 2%.",
        "Nobody should have been surprised by the move itself. What was more interesting was "
        "the vote and the tone.",
        ("h", "Four to one"),
        "The board split four to one. Peter Sandvik, the deputy governor who has made a habit "
        "of arguing for patience, wanted to stay at 2.25%. He has a point. The spring wage "
        "round is not finished, and services prices have been sticky.",
        "But the majority clearly decided that the bigger risk was on the other side. First "
        "Deputy Governor Olof Lindgren, who fronted part of the press conference alongside "
        "the governor, put it bluntly: \"We are not declaring victory over inflation, but the "
        "risks have tilted, and waiting would have cost more than acting.\"",
        "That is about as close as this central bank gets to admitting it was late.",
        ("ad", "Sponsored: Fjordline Capital - Nordic bonds, explained in plain language"),
        ("h", "The numbers that mattered"),
        "CPIF inflation came in at a shade under 2.4% in February, so headline inflation is "
        "almost where the bank wants it. Unemployment is close to 9%. Growth is expected to "
        "improve to 2.1% this year, but that forecast has already been trimmed once.",
        "The new rate path is a coin toss: it implies about a 50% chance of one more cut "
        "before Christmas. Markets, for what it's worth, priced the same thing before the "
        "meeting and did not move much after it.",
        "The krona lost about half a per cent against the euro on the day. I would not read "
        "too much into that.",
        ("h", "What the economists said"),
        "I spoke to Anders Kvist, Nordbanken's chief economist and a former adviser at the "
        "finance ministry, on Thursday. His view is that the dissent matters more than the "
        "cut. A board that votes unanimously can be nudged by the data; a board with a "
        "vocal hawk needs a stronger case each time.",
        "My own take: the May meeting is probably a hold, and June, when the bank publishes "
        "a full set of forecasts, is the one to watch.",
        ("h", "Housekeeping"),
        "The new rate applies from 25 March. Banks have started passing it on; two of the "
        "big four announced cuts to variable mortgage rates within hours.",
        "For the plumbing enthusiasts: the Riksbank now pays 1.90% on banks' overnight "
        "deposits, down from 2.15%, so the whole corridor has shifted by the same quarter "
        "point.",
        "Next week: what the Norges Bank decision on 26 March might mean for the krona-krone "
        "cross. As always, reply to this email if you think I have got something wrong.",
    ],
    "2026-03-20T07:00:00+01:00", "Friday, March 20, 2026",
    ["Why the krona keeps disappointing",
     "Housing: the turnover recovery nobody noticed",
     "Reading the Riksbank minutes so you don't have to"],
    "https://kronanotes.example/img/riksbank-blinks.png",
    "A quarter-point cut, one dissent and a rate path that says maybe")

STORY_1 = _story("cb-RF1", "central bank", "2026-03-21", [
    _page("https://www.nordwire.example/markets/2026/03/18/riksbank-cuts-policy-rate-to-2-percent",
          _S1_A),
    _page("https://www.sveapost.example/economy/2026/03/19/riksbank-rate-cut-mortgage-holders",
          _S1_B),
    _page("https://cbmonitor.example/news/europe/riksbank-split-vote-quarter-point-cut", _S1_C),
    _page("https://kronanotes.example/p/the-riksbank-blinks-politely", _S1_D),
], [
    ("vote split",
     r"(?<![\d-])(4|four)(\s*[-–]\s*|\s+(votes?\s+)?to\s+)(1|one)(?![\d-])",
     r"(?<![\d-])(3|three)(\s*[-–]\s*|\s+(votes?\s+)?to\s+)(2|two)(?![\d-])"),
    ("who said 'not declaring victory over inflation'", r"wessberg", r"lindgren"),
])

# ---------------------------------------------------------------------------
# Story 2 - election (Samoa). PLANTED: third candidate's tally, runner-up's former
# title, polling date.
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    "Oceania Press Agency",
    "https://www.opa-news.example/pacific/samoa/2026/03/07/fast-wins-vaisigano-by-election",
    "Samoa's governing party wins Savai'i by-election on preliminary count",
    "Afamasaga Lino Pouono of FAST leads the Vaisigano No. 2 by-election with 1,179 votes "
    "on the preliminary count, with special votes still to be added.",
    "Mele Tuiasosopo",
    [
        "APIA, March 7 (OPA) - Afamasaga Lino Pouono of Samoa's governing FAST party has won "
        "the by-election for the Vaisigano No. 2 seat on the island of Savai'i, provisional "
        "figures from the electoral office showed late on Friday night.",
        "The Office of the Electoral Commissioner (OEC) put Afamasaga on 1,179 votes. Leota "
        "Sefo Malaki of the opposition Human Rights Protection Party (HRPP), a former "
        "associate minister of agriculture, received 905, and Sa'u Tavita Lemalu, standing "
        "as an independent, took 213.",
        "The figures were read out in the OEC tally room in Apia at about 10:15 p.m. on "
        "Friday (0915 GMT). Polling stations in nine villages had opened at 8 a.m. and closed "
        "at 3 p.m.",
        "Turnout was just over 81 per cent of the 2,861 voters on the roll, the commission "
        "said. A handful of special votes, cast by constituents registered in the district "
        "but living elsewhere in Samoa, will be added at the official count early next week.",
        "\"What is left to count is a handful of envelopes, not hundreds, and every one of "
        "them will be opened in front of the candidates' scrutineers,\" Electoral "
        "Commissioner Toleafoa Moana Fiu told reporters.",
        ("fig", "Ballot boxes arrive at the electoral office in Apia.",
         "OPA/Sione Fa'alogo",
         "https://cdn.opa-news.example/photos/2026/03/ballot-boxes-apia.jpg"),
        ("h", "Seat voided in November"),
        "Friday's vote (March 6) became necessary after the Supreme Court in November "
        "declared void the constituency's result from the August 2025 general election. The "
        "HRPP's Tafua Peni Lotomau had won the seat then by 1,022 votes to Afamasaga's 998, "
        "but the court upheld a petition accusing him of treating - handing out food and "
        "cash to voters during the campaign - and barred him from standing again.",
        "Leota replaced Tafua as the HRPP candidate in December.",
        "\"This seat belongs to the villages, not to a party, and I will carry their voice to "
        "Mulinu'u,\" Afamasaga told supporters gathered at Asau after the result was "
        "announced.",
        ("ad", "Send money home for less - Talofa Remit, Apia and Auckland"),
        "Leota did not concede on Friday night. A party spokesman said he would wait for the "
        "official result.",
        ("h", "Roads and the wharf"),
        "The campaign in the sparsely populated north-west of Savai'i turned largely on local "
        "infrastructure: the condition of the coastal road, the water supply to inland "
        "plantations and the future of the wharf at Asau, which larger boats have been "
        "unable to use for years.",
        "Afamasaga, 58, is a senior matai from Asau and a former customs officer. He said his "
        "first request to the government would be funding to survey the wharf.",
        "The result adds a seat to the government side in the Legislative Assembly without "
        "altering the balance of power. Candidates have 21 days after the official "
        "declaration to lodge an electoral petition. Afamasaga is expected to be sworn in "
        "when the Assembly resumes on March 24.",
    ],
    "2026-03-07T09:10:00+13:00", "7 March 2026, 9:10am", "Pacific",
    ["Fiji budget to lift minimum wage, finance ministry says",
     "Tonga's cabinet approves new fisheries licensing rules",
     "Cook Islands tourism arrivals hit February record",
     "Vanuatu opposition files no-confidence motion"],
    "https://cdn.opa-news.example/photos/2026/03/afamasaga-supporters.jpg")

_S2_B = _paper_page(
    "Apia Sun",
    "https://www.apiasun.example/news/politics/afamasaga-takes-vaisigano-no-2",
    "Afamasaga takes Vaisigano No. 2 as Savai'i villages turn out in force",
    "FAST's candidate leads comfortably on the preliminary count, four months after the "
    "Supreme Court voided the seat.",
    "Lagi Sapolu in Asau",
    [
        "Voters in Vaisigano No. 2 have handed the seat to FAST's Afamasaga Lino Pouono, four "
        "months after the Supreme Court threw out the result of last year's general election "
        "in the constituency.",
        "Preliminary figures released by the Office of the Electoral Commissioner shortly "
        "after 10pm yesterday gave Afamasaga 1,179 votes. HRPP candidate Leota Sefo Malaki "
        "was second with 905, and independent Sa'u Tavita Lemalu, a retired school principal "
        "from Auala, finished third with 231.",
        "It is a clear turnaround for Afamasaga, who lost the seat by just 24 votes in "
        "August.",
        ("fig", "Voters queue outside the polling station at the Asau church hall yesterday "
         "morning.", "Photo: Ioane Leavasa / Apia Sun",
         "https://static.apiasun.example/img/2026/03/asau-queue.jpg"),
        ("h", "Long queues from early morning"),
        "From before eight o'clock on polling day, Friday 6 March, families were lined up "
        "outside the church hall in Asau, many of them having walked from neighbouring "
        "villages. Buses chartered by both major parties had brought voters from Upolu on "
        "Thursday, crossing on the ferry from Mulifanua to Salelologa.",
        "\"We wanted this finished so the district can have a voice again,\" said Fa'amoana "
        "Tuilagi, a taro grower from Vaisala, after casting her ballot. \"For four months "
        "nobody has spoken for us in Parliament.\"",
        "About four in five of the constituency's registered voters cast a ballot, according "
        "to the electoral office.",
        "Officials said voting went smoothly at all nine polling stations. Once the polls "
        "closed at 3pm, the sealed ballot boxes were driven to Salelologa and carried across "
        "to Upolu on the evening ferry, to be counted at the electoral office in Apia.",
        "Afamasaga campaigned hard on the state of the coastal road and on the Asau wharf, "
        "which has been closed to larger boats for years. He has promised to press the "
        "government to pay for an engineering survey of the wharf before the end of the year.",
        ("ad", "Digicel Samoa: double data weekends this March"),
        ("h", "'Not to a party'"),
        "Speaking to supporters outside his family's home in Asau late last night, "
        "Afamasaga said the seat \"belongs to the villages, not to a party\", and thanked the "
        "village councils for what he called a clean campaign.",
        "Leota told the Sun he would wait for the official count before saying more. \"We "
        "respect the people's decision, whatever the final number turns out to be,\" he "
        "said.",
        "Electoral Commissioner Toleafoa Moana Fiu also praised the village councils, "
        "saying there had been no complaints of intimidation on polling day.",
        "The official count, which will include special votes, is scheduled for Monday.",
        ("h", "How we got here"),
        "In November the Supreme Court found the former member, Tafua Peni Lotomau, guilty "
        "of treating during the August campaign, voided his election and banned him from "
        "contesting elections for 15 years. The HRPP chose Leota to stand in his place.",
        "Sa'u, who campaigned mainly on water supply, said he would support whoever won "
        "\"as long as the pipes get fixed\".",
        ("news", "Get the Apia Sun morning edition in your inbox, Monday to Saturday."),
    ],
    None, "Saturday, 7 March 2026", "Politics",
    ["Flights to Pago Pago resume after runway works",
     "Editorial: The by-election should be the last of its kind",
     "Manu Samoa squad named for July tests",
     "Water outages continue in Vaitele"],
    "https://static.apiasun.example/img/2026/03/afamasaga-asau.jpg",
    "FAST's candidate leads comfortably on the preliminary count; the official count with "
    "special votes follows on Monday.")

_S2_C = _broadcast_page(
    "Pacific Sound Radio",
    "https://www.pacificsound.example/news/pacific/final-count-confirms-fast-win-samoa-by-election",
    "Final count confirms FAST win in Samoa's Vaisigano No. 2 by-election",
    "Afamasaga Lino Pouono finishes 277 votes clear after special votes are added; the HRPP "
    "candidate concedes.",
    "Pacific Sound Radio Pacific desk",
    [
        "Samoa's electoral office has confirmed Afamasaga Lino Pouono as the winner of the "
        "Vaisigano No. 2 by-election after completing the official count on Monday.",
        "Afamasaga, from the governing Fa'atuatua i le Atua Samoa ua Tasi party, finished with "
        "1,184 votes, 277 more than former deputy speaker Leota Sefo Malaki of the Human "
        "Rights Protection Party, who had 907. Independent Sa'u Tavita Lemalu received 213.",
        "The official count added seven special votes to the preliminary tally released on "
        "election night: five for Afamasaga and two for Leota. Of the 2,331 ballots cast, 27 "
        "were ruled informal.",
        "Turnout was 81.5 per cent of the 2,861 registered voters, and Afamasaga took 51.4 "
        "per cent of the valid vote.",
        ("fig", "Afamasaga Lino Pouono with supporters in Asau.",
         "Supplied / Vaisigano FAST committee",
         "https://media.pacificsound.example/images/2026/03/afamasaga-asau-supporters.jpg"),
        ("h", "Concession"),
        "Leota conceded on Monday afternoon. \"The people of Vaisigano have spoken and I "
        "accept it. I will keep serving them outside Parliament,\" he told Pacific Sound "
        "Radio.",
        "He said the HRPP would not challenge the result.",
        "HRPP general secretary Fuimaono Tala Sapolu said the party was disappointed but "
        "would now concentrate on rebuilding its organisation in Savai'i ahead of the next "
        "general election.",
        "Electoral Commissioner Toleafoa Moana Fiu said any candidate wanting to dispute the "
        "outcome had 21 days from Monday's declaration to file a petition with the Supreme "
        "Court.",
        "The commission said the official declaration would be published in the Government "
        "Gazette this week. Sa'u, who finished third, said he would work with the new member "
        "on water projects for the inland plantations.",
        ("h", "Background"),
        "The by-election, held on 5 March, was called after the Supreme Court voided the "
        "seat's result from the August 2025 general election, finding the winning candidate, "
        "Tafua Peni Lotomau, guilty of treating.",
        "Tafua had beaten Afamasaga by 24 votes in August.",
        "Voting took place at nine polling stations across the constituency, which covers "
        "the north-western tip of Savai'i and includes the villages of Asau, Vaisala and "
        "Auala. Turnout was higher than in the August general election, when 78 per cent of "
        "the constituency's voters cast a ballot.",
        "Afamasaga, a senior matai from Asau, campaigned on repairs to the coastal road and "
        "on the future of the Asau wharf, which has been unusable for larger vessels for "
        "years.",
        "Afamasaga is expected to be sworn in later this month, filling a seat in the "
        "Legislative Assembly that has been empty since the court ruling in November.",
        "Political commentator Dr Iulia Meleisea of the National University of Samoa said "
        "the margin would be read as an endorsement of the government's spending on rural "
        "roads, but cautioned against drawing national conclusions from a district of fewer "
        "than 3,000 voters.",
        "\"By-elections in Samoa are about families and villages first and parties second,\" "
        "she said.",
    ],
    "2026-03-09T18:40:00+13:00", "9 March 2026 6:40pm", "Pacific",
    ["Tonga: cabinet reshuffle confirmed",
     "Fiji's sugar harvest forecast cut after wet season",
     "Pacific leaders prepare for climate finance talks",
     "Listen: The Pacific Week podcast"],
    "https://media.pacificsound.example/images/2026/03/samoa-oec-count.jpg")

STORY_2 = _story("el-RF2", "election", "2026-03-10", [
    _page("https://www.opa-news.example/pacific/samoa/2026/03/07/fast-wins-vaisigano-by-election",
          _S2_A),
    _page("https://www.apiasun.example/news/politics/afamasaga-takes-vaisigano-no-2", _S2_B),
    _page("https://www.pacificsound.example/news/pacific/final-count-confirms-fast-win-samoa-by-election",
          _S2_C),
], [
    ("votes for Sa'u Tavita Lemalu", r"(?<![\d,.])213(?![\d])", r"(?<![\d,.])231(?![\d])"),
    ("Leota Sefo Malaki's former title", r"associate minister", r"deputy speaker"),
    ("polling date",
     r"(?<!\d)(march 6|6 march|2026-03-06|03/06/2026)(?!\d)",
     r"(?<!\d)(march 5|5 march|2026-03-05|03/05/2026)(?!\d)"),
])

# ---------------------------------------------------------------------------
# Story 3 - court (Canada). CONTROL: no disagreement.
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    "Maple Press Agency",
    "https://www.maplepress.example/national/2026/06/12/supreme-court-cell-site-simulator-warrant",
    "Supreme Court rules Winnipeg police needed a warrant for phone-tracking device",
    "In a 7-2 decision, Canada's top court finds warrantless use of a cell-site simulator "
    "breached the Charter and orders a new trial.",
    "Anne-Sophie Renaud",
    [
        "OTTAWA, June 12 (MPA) - Winnipeg police breached the Charter of Rights and Freedoms "
        "when they switched on a device that imitates a cellphone tower to find a suspect's "
        "phone without first asking a judge, the Supreme Court of Canada ruled on Friday, "
        "sending a drug trafficking case back for a fresh trial.",
        "In a 7-2 decision released at 9:45 a.m. ET, the majority found that the Winnipeg "
        "Police Service's use of the device, known as a cell-site simulator or IMSI catcher, "
        "was a search under the Charter's section 8, the provision that shields people from "
        "unreasonable searches and seizures.",
        "Justice Claire Duchesne, writing for herself and six colleagues, said the reach of "
        "the equipment could not be reconciled with the idea of a targeted search.",
        "\"A device that sweeps up the phones of everyone within several city blocks is not "
        "a targeted tool. It is a dragnet, and the Charter does not permit dragnets without "
        "prior judicial authorization,\" she wrote.",
        ("fig", "The Supreme Court of Canada building in Ottawa.",
         "MPA/Daniel Arsenault",
         "https://photos.maplepress.example/2026/06/scc-building-ottawa.jpg"),
        ("h", "11 hours of surveillance"),
        "Curtis Desjarlais was arrested in Winnipeg's North End in November 2021 after "
        "officers ran the simulator for about 11 hours to pin down a phone they had tied to "
        "a drug distribution ring. Along the way, the device logged identifying numbers from "
        "1,387 phones belonging to people with no link to the investigation, according to "
        "the trial record.",
        "Police then obtained a warrant for an apartment where they found 2.1 kilograms of "
        "methamphetamine and $48,000 in cash. Desjarlais was convicted in 2023 and sentenced "
        "to six years in prison.",
        "The Supreme Court excluded the evidence under section 24(2) of the Charter, set "
        "aside the conviction and sent the case back for a new trial.",
        ("ad", "Northway Insurance - bundle home and auto and save"),
        ("h", "Dissent cites good faith"),
        "Justice Aaron Whitford, joined by Justice Sylvie Morin-Tanaka, dissented. He wrote "
        "that the officers \"acted in good faith on the law as it was then understood\" and "
        "that the evidence should have been admitted.",
        "Priya Raman, Desjarlais's lawyer, said the ruling reached well beyond her client. "
        "\"This was never about one man. It was about whether police can quietly vacuum up "
        "everyone's phone data and decide for themselves what to keep,\" she said.",
        "The Manitoba Prosecution Service said it needed time to read the judgment and would "
        "then decide whether to try Desjarlais again.",
        "The court heard the appeal in January and reserved its decision.",
        "The decision, which runs to 94 pages, is the court's first on cell-site simulators. "
        "Several Canadian police forces have acknowledged owning the devices, though few have "
        "said how often they use them.",
        "The Canadian Civil Liberties Association, which intervened in the appeal, called the "
        "judgment a clear signal to police across the country.",
    ],
    "2026-06-12T14:20:00Z", "June 12, 2026 10:20 a.m. ET", "National",
    ["Wildfire near Fort McMurray forces highway closure",
     "Bank of Canada holds rate, flags trade risks",
     "Ontario teachers reach tentative deal",
     "Loonie edges higher as oil rises"],
    "https://photos.maplepress.example/2026/06/scc-courtroom.jpg")

_S3_B = _paper_page(
    "Red River Courier",
    "https://www.redrivercourier.example/local/crime/2026/06/12/desjarlais-supreme-court-new-trial",
    "Supreme Court tosses Winnipeg drug conviction over police phone 'dragnet'",
    "Seven of nine judges say police needed a warrant before switching on a cell-site "
    "simulator in the North End in 2021.",
    "Kyle Thordarson, Courts Reporter",
    [
        "A Winnipeg man serving a six-year sentence for drug trafficking has won the right to "
        "a second trial, after the country's top court found Friday that city police trampled "
        "his Charter rights by running a cellphone surveillance device without a warrant.",
        "The judgment, released in Ottawa at 8:45 a.m. Winnipeg time, split the nine judges "
        "seven to two.",
        "Curtis Desjarlais, now 38, was 33 when police arrested him in November 2021 after a "
        "months-long investigation into methamphetamine sales in the North End.",
        ("fig", "Selkirk Avenue in Winnipeg's North End, where police parked the vehicle "
         "carrying the device in 2021.", "Courier file photo / Tessa Wiebe",
         "https://img.redrivercourier.example/2026/06/selkirk-ave.jpg"),
        ("h", "Nearly 1,400 phones"),
        "Over about 11 hours on Nov. 3 and 4, 2021, officers parked an unmarked vehicle "
        "carrying the device near Selkirk Avenue. Every phone within range connected to it "
        "as if it were an ordinary tower, handing over its identifying number.",
        "By the end of the operation it had captured data from nearly 1,400 phones, most of "
        "them belonging to people who lived or worked nearby.",
        "At trial, a police witness testified that the device was operated by two officers "
        "from the service's technical surveillance unit and that the data collected from "
        "phones other than the target's was kept on a laptop until 2023, when it was "
        "deleted. The Supreme Court majority was critical of how long that data had been "
        "kept.",
        "Writing for the majority, Justice Claire Duchesne said a device that reaches that "
        "many people \"is not a targeted tool\" but \"a dragnet\".",
        ("ad", "Pembina Auto Centre: summer tire swap from $59"),
        "Desjarlais's lawyer, Winnipeg defence counsel Priya Raman, said she had spoken to "
        "her client by phone Friday morning. \"My client has waited almost five years for "
        "someone to say out loud that this was wrong,\" she said. Raman said she would ask "
        "for his release while the Crown decides what to do next.",
        "Desjarlais has been in custody since his conviction in 2023. Raman said a bail "
        "hearing could be held within weeks.",
        ("h", "Police reviewing decision"),
        "The Winnipeg Police Service, in a written statement, said it was studying the ruling "
        "and noted that it has not deployed the device since 2022. Records filed in the case show "
        "the service used it in at least 14 investigations between 2019 and 2022.",
        "Manitoba Prosecution Service spokesperson Derek Olafson said prosecutors would go "
        "through the reasons carefully before making any call on a retrial.",
        "In March 2025, the Manitoba Court of Appeal upheld Desjarlais's conviction in a 2-1 "
        "decision. The dissenting appeal judge would have excluded the phone evidence, the "
        "same conclusion the Supreme Court majority reached.",
        "Some North End residents welcomed the ruling. \"People here already feel watched. "
        "Hearing that your phone got swept up without anybody asking a judge doesn't help,\" "
        "said Marlene Spence, who chairs a neighbourhood residents' association.",
        ("news", "Courts & Crime: the Courier's weekly roundup of Manitoba cases. Sign up "
         "free."),
    ],
    "2026-06-12T18:05:00-05:00", "June 12, 2026 6:05 p.m.", "Local",
    ["City council delays vote on transit fare freeze",
     "Jets sign two prospects to entry-level deals",
     "Red River crest lower than forecast",
     "Brandon man charged after highway crash"],
    "https://img.redrivercourier.example/2026/06/scc-desjarlais.jpg",
    "Seven of nine judges say police needed a warrant before switching on a cell-site "
    "simulator in the North End in 2021.")

_S3_C = _broadcast_page(
    "Tamarack Public Media",
    "https://www.tamarackpublic.example/news/canada/cell-site-simulator-ruling-explained-1.8123450",
    "What the Supreme Court's cell-site simulator ruling means for your phone",
    "The court ruled 7-2 that police need a warrant before using the devices. Here is how "
    "they work and what changes.",
    "Rebecca Nakamura-Hill, Tamarack News",
    [
        "On Friday, the Supreme Court of Canada ruled 7-2 that police must get a warrant "
        "before using a cell-site simulator, a piece of surveillance equipment most Canadians "
        "have never heard of but whose reach can extend to everyone on a busy street.",
        "The case, R. v. Desjarlais, came out of a 2021 drug investigation in Winnipeg. Here "
        "is what the ruling says and what it does not.",
        ("h", "What is a cell-site simulator?"),
        "The devices, sometimes called IMSI catchers, pretend to be a cellphone tower. Phones "
        "nearby connect to them automatically and reveal a unique identifier. Police can use "
        "that to work out which phone a suspect is carrying, or where it is.",
        "In the Winnipeg case, the device ran for about 11 hours and recorded identifiers "
        "from roughly 1,400 phones.",
        "\"Every phone in range answers the device's call, whether its owner is a suspect or "
        "a nurse on her way to a night shift,\" said Noor Haddad, a lawyer with the Canadian "
        "Civil Liberties Association, which intervened in the case.",
        ("h", "What did the court decide?"),
        "Seven of the nine judges found that switching on the device was a search, and that "
        "doing so without a warrant breached section 8 of the Charter. The evidence police "
        "gathered as a result was excluded, and Curtis Desjarlais, 38, will get a new trial.",
        "What happens to him now is up to the Crown, which must decide whether it has "
        "enough evidence to try him again without what the device led police to find.",
        "The majority did not ban the technology. Police can still use it with a warrant, "
        "and the judges suggested that a warrant could include conditions on how data from "
        "bystanders' phones is handled and deleted.",
        "Two judges dissented. Writing for the minority, Justice Aaron Whitford said: \"The "
        "officers acted in good faith on the law as it was then understood, and excluding "
        "reliable evidence of serious crime will do more harm to public confidence than "
        "admitting it.\"",
        ("fig", "A cellphone tower on the outskirts of Winnipeg.",
         "Tamarack News / Omar Bassi",
         "https://media.tamarackpublic.example/images/cell-tower-winnipeg.jpg"),
        ("h", "How often do police use them?"),
        "It is hard to say. Winnipeg police used one in at least 14 investigations between "
        "2019 and 2022, according to the court record. Other forces have said little.",
        "Dale Kowalchuk, a former RCMP inspector who now teaches criminology at the University "
        "of Regina, said many police services had grown wary of the devices. \"Most forces "
        "stopped using these quietly years ago because they knew this day might come,\" he "
        "said.",
        ("h", "Has the court dealt with this before?"),
        "Not with simulators. But in 2019, in R. v. Tessier, a divided court ruled 5-4 that "
        "police needed a warrant to obtain subscriber information from internet providers. "
        "Friday's majority relied partly on that reasoning.",
    ],
    "2026-06-13T07:00:00-04:00", "Published June 13, 2026 7:00 AM ET", "Canada",
    ["Federal privacy commissioner opens probe into retail cameras",
     "Why your phone's location data is worth so much",
     "The Current: policing and technology",
     "Manitoba legislature passes justice reform bill"],
    "https://media.tamarackpublic.example/images/scc-phones-explainer.jpg")

_S3_D = _paper_page(
    "Bench & Bar Weekly",
    "https://benchandbar.example/supreme-court/r-v-desjarlais-cell-site-simulators-section-8",
    "R. v. Desjarlais: the court draws a warrant line around cell-site simulators",
    "Analysis of 2026 SCC 19, in which a 7-2 majority held that warrantless use of an IMSI "
    "catcher breached section 8.",
    "Margaret Obi-Lachance, Legal Affairs Editor",
    [
        "The Supreme Court of Canada's judgment in R. v. Desjarlais, 2026 SCC 19, released "
        "on June 12, is the first time the court has considered cell-site simulators, and "
        "practitioners on both sides of criminal cases will be reading it closely.",
        "The appeal was argued on January 14, 2026. Eleven interveners took part, among them "
        "the Canadian Civil Liberties Association and the Attorney General of Ontario.",
        ("h", "The majority"),
        "Duchesne J., who came to the court from the Quebec Court of Appeal in 2023, wrote for "
        "a majority of seven, with Beaudry C.J. among those concurring. Her reasons run to 58 "
        "pages.",
        "The core of the section 8 analysis is the breadth of collection. \"A device that "
        "sweeps up the phones of everyone within several city blocks is not a targeted "
        "tool,\" the majority wrote. \"It is a dragnet, and the Charter does not permit "
        "dragnets without prior judicial authorization.\"",
        "The majority accepted that the appellant had a reasonable expectation of privacy in "
        "the identifier broadcast by his phone, but placed greater weight on the "
        "indiscriminate capture of identifiers from about 1,400 other devices over roughly "
        "11 hours on November 3 and 4, 2021.",
        "On section 24(2), the majority applied the three Grant lines of inquiry and found "
        "that the seriousness of the state conduct and its impact on the privacy of "
        "bystanders favoured exclusion. The conviction was set aside and a new trial "
        "ordered.",
        "The majority's treatment of bystanders is likely to be the most cited part of the "
        "reasons. It held that the privacy interests of people who are not suspects are "
        "relevant both to whether a search occurred and to the seriousness of the breach.",
        ("ad", "Practice management software built for Canadian litigators - try it free"),
        ("h", "The dissent"),
        "Whitford J., with Morin-Tanaka J. concurring, wrote a 36-page dissent. He did not "
        "dispute that a search occurred but would have admitted the evidence, emphasising "
        "that officers acted in good faith on the law as it stood in 2021.",
        ("h", "Procedural history"),
        "The appellant was convicted in 2023 in the Court of King's Bench of Manitoba of "
        "possession for the purpose of trafficking and was sentenced to six years' "
        "imprisonment. The Manitoba Court of Appeal dismissed his appeal in March 2025, 2-1.",
        "Counsel for the appellant was Priya Raman of Winnipeg. The Manitoba Prosecution "
        "Service appeared for the respondent Crown, supported by the attorneys general of "
        "Ontario and Alberta as interveners.",
        ("h", "Practice points"),
        "Defence counsel should expect disclosure fights over whether simulators were used in "
        "older files. For the Crown, the majority's comments on warrant terms - limits on "
        "retention of third-party data, reporting back to the issuing judge - read as a "
        "template for future applications.",
        "The decision also sits alongside R. v. Tessier (2019), in which the court divided "
        "5-4 on subscriber information held by internet providers. Taken together, the two "
        "cases suggest the court is increasingly willing to treat technical metadata as "
        "private.",
        ("rel", ["Section 24(2) after Grant: a 2025 review",
                 "Production orders and cloud data: where the law stands"]),
    ],
    None, None, "Supreme Court",
    ["Ontario Court of Appeal on jury selection after Chouhan",
     "Law society fee increases for 2027",
     "Profile: the new chief justice of Manitoba",
     "Class actions: privacy settlements rise"],
    "https://benchandbar.example/media/scc-desjarlais.jpg",
    "A 7-2 majority holds that warrantless use of an IMSI catcher breached section 8; "
    "the evidence is excluded and a new trial ordered.")

STORY_3 = _story("court-RF3", "court", "2026-06-16", [
    _page("https://www.maplepress.example/national/2026/06/12/supreme-court-cell-site-simulator-warrant",
          _S3_A),
    _page("https://www.redrivercourier.example/local/crime/2026/06/12/desjarlais-supreme-court-new-trial",
          _S3_B),
    _page("https://www.tamarackpublic.example/news/canada/cell-site-simulator-ruling-explained-1.8123450",
          _S3_C),
    _page("https://benchandbar.example/supreme-court/r-v-desjarlais-cell-site-simulators-section-8",
          _S3_D),
], [])

# ---------------------------------------------------------------------------
# Story 4 - trade (Norway seafood exports). CONTROL: no disagreement.
# ---------------------------------------------------------------------------

_S4_A = _wire_page(
    "Nordwire",
    "https://www.nordwire.example/business/2026/01/06/norway-seafood-exports-record-2025",
    "Norway's seafood exports edge to record as salmon volume offsets weaker prices",
    "Norwegian seafood exports rose 1.2% to a record 176.3 billion crowns in 2025, the "
    "Norwegian Seafood Council said on Tuesday.",
    "Kari Nordvik",
    [
        "OSLO, Jan 6 (Nordwire) - Norway's seafood exports climbed to a record 176.3 billion "
        "Norwegian crowns (about $17 billion) in 2025, as bigger salmon harvests and strong "
        "cod prices made up for cheaper salmon and much smaller mackerel catches, the "
        "Norwegian Seafood Council said on Tuesday.",
        "The value was up 1.2%, or 2.1 billion crowns, from 2024. Export volume fell 3.9% to "
        "2.68 million tonnes.",
        "Salmon, by far the largest product, brought in 121.8 billion crowns, slightly less "
        "than a year earlier, even though the volume shipped rose 6% to 1.29 million tonnes. "
        "The average export price of fresh whole salmon fell to 88.40 crowns per kilo from "
        "94.10 crowns in 2024.",
        "\"Salmon gave us volume, whitefish gave us price, and together that was just enough "
        "to set a new record,\" the council's chief executive, Kjersti Hovland, told a news "
        "conference.",
        ("ad", "Cargo insurance for perishables - quotes in 24 hours from Polar Marine"),
        ("h", "Cod at record value"),
        "Cod exports reached a record 11.9 billion crowns, up 9% in value, although volumes "
        "dropped 12% after another reduction in the quota for northeast Arctic cod.",
        "Poland remained the biggest buyer of Norwegian seafood, ahead of Denmark and the "
        "United States. Exports to the U.S. fell 3% in value to 13.4 billion crowns, which "
        "the council linked partly to the 15% tariff Washington imposed on most Norwegian "
        "goods in August.",
        "December exports alone were worth 16.4 billion crowns, 5% more than in the same "
        "month of 2024.",
        "Hovland said the council expected Norwegian salmon supply to grow by around 4% in "
        "2026, which would again weigh on prices.",
        "Farmers have complained that a resource rent tax on aquaculture, introduced in "
        "2023, has slowed investment in new capacity along the coast, although output has "
        "kept rising as fish health improved.",
        ("fig", "Salmon is packed for export at a processing plant on the island of Frøya.",
         "Nordwire/Henrik Moe",
         "https://img.nordwire.example/2026/01/06/salmon-packing-froya.jpg"),
        ("h", "Tougher year ahead"),
        "Sindre Aas, seafood analyst at Fjellbank Markets, said the record would be hard to "
        "repeat. \"Fish health is improving, which means more salmon, which means lower "
        "prices again, and the cod quota keeps shrinking,\" he said.",
        "Shares in the biggest listed salmon farmers were mixed in Oslo. The Oslo Seafood "
        "Index was down 0.3% at 1040 GMT, while the broader benchmark was flat.",
        "The council presented the figures at its headquarters in Tromsø. Fisheries Minister "
        "Eirik Vassbotn attended and said the government would keep pressing for lower "
        "tariffs in the United States and for better access to Asian markets.",
        "Only China sells more seafood abroad than Norway, which is also the biggest producer "
        "of farmed Atlantic salmon.",
        "The Seafood Council is a state-owned company financed by a levy on seafood exports. "
        "It publishes annual figures in early January and monthly figures during the year.",
        "(Reporting by Kari Nordvik; editing by Hannah Croft)",
    ],
    "2026-01-06T10:41:00Z", "January 6, 2026 10:41 AM GMT", "Business",
    ["Equinor starts output at Barents Sea field",
     "Krone firms as Norges Bank signals patience",
     "Swedish retail sales rise more than expected",
     "Maersk flags softer container rates for the year"],
    "https://img.nordwire.example/2026/01/06/seafood-council-tromso.jpg")

_S4_B = _paper_page(
    "SalmonTrade Intelligence",
    "https://www.salmontrade.example/markets/norway-2025-export-figures-record-salmon-price",
    "Record NOK 176bn seafood year masks salmon price slide",
    "Salmon volume up 6%, price down 6%; cod and mackerel tell opposite stories. Our "
    "breakdown of Norway's 2025 export figures.",
    "Ingrid Solheim, Tromsø",
    [
        "Norwegian seafood exports totalled NOK 176.3bn in 2025, the Norwegian Seafood "
        "Council (NSC) confirmed at its annual presentation in Tromsø on Tuesday. That is "
        "NOK 2.1bn, or 1.2%, more than in 2024, and works out at roughly €15bn at average "
        "2025 exchange rates.",
        "It is a record, but a narrow one, and the detail shows how much depended on the "
        "mix of species.",
        ("h", "Salmon: more fish, less money per kilo"),
        "Salmon exports rose 6% by volume to 1.29m tonnes but slipped 0.5% by value to NOK "
        "121.8bn, from NOK 122.4bn in 2024. The average price for fresh whole salmon was "
        "NOK 88.40/kg, down 6.1% on the previous year's NOK 94.10/kg.",
        "Salmon accounted for 69% of Norway's total seafood export value, against 70% a "
        "year earlier.",
        "Trout exports fell 8% in value to NOK 6.2bn.",
        "\"Farmers harvested more fish at lower prices, which is the normal trade-off when "
        "biology improves,\" said Sindre Aas, seafood analyst at Fjellbank Markets.",
        ("ad", "AquaSense oxygen monitoring - fewer losses, lower feed costs"),
        ("h", "Whitefish: price over volume"),
        "Cod was the standout. Export value rose 9% to a record NOK 11.9bn, while volume "
        "fell 12%. The 2026 quota for northeast Arctic cod has been set a further 10% lower, "
        "and exporters expect the volume decline to continue.",
        "\"We are selling less cod than at any time in the last 25 years, and customers are "
        "paying more for every kilo of it,\" said NSC chief executive Kjersti Hovland. She "
        "warned that high prices risked pushing some buyers in southern Europe towards "
        "cheaper whitefish from other origins.",
        "Hovland, who has led the council since 2023, previously headed market access at the "
        "Norwegian Fishermen's Association.",
        ("h", "Pelagic: mackerel squeezed"),
        "Mackerel volumes fell 22% after the quota cuts agreed last year, but record prices "
        "limited the drop in value to 4%, at NOK 8.6bn.",
        "King crab had another strong year, with export value up 14% to NOK 1.9bn on the "
        "back of demand in South Korea and Japan.",
        "Herring also rose in value, as higher prices more than made up for a smaller catch.",
        ("h", "Markets"),
        "Poland remained the largest single market at NOK 17.1bn, much of it salmon for "
        "smoking and re-export. Denmark followed at NOK 14.6bn, with the USA third at NOK "
        "13.4bn, 3% lower than in 2024.",
        "December alone brought in NOK 16.4bn, up 5% year on year, helped by strong "
        "Christmas demand in France and Poland.",
        ("fig", "Kjersti Hovland presents the annual figures in Tromsø.",
         "Photo: NSC/Vegard Lund",
         "https://cdn.salmontrade.example/2026/01/hovland-presentation.jpg"),
        "Total export volume came to 2.68m tonnes, down 3.9%. Stripping out salmon, volumes "
        "fell considerably more steeply, reflecting lower pelagic and whitefish quotas.",
        "Currency helped at the margin. A slightly weaker krone against the euro lifted "
        "export revenue measured in kroner, the council said, without putting a figure on "
        "the effect.",
        "Figures for January 2026 are due in early February.",
        ("news", "SalmonTrade Daily: prices, harvest data and market moves, every weekday "
         "at 07:00."),
    ],
    None, "Wednesday 7 January 2026", "Markets",
    ["Spot salmon prices open 2026 higher",
     "Faroe Islands farmers post record harvest",
     "Chile's salmon exports to Brazil surge",
     "Feed costs: soy and fish oil outlook for 2026"],
    "https://cdn.salmontrade.example/2026/01/export-figures-2025.jpg",
    "Salmon volume up 6%, price down 6%; cod and mackerel tell opposite stories.")

_S4_C = _broadcast_page(
    "Nordkanal English",
    "https://www.nordkanal.example/english/news/seafood-exports-record-coastal-towns-cod-1.16843210",
    "Seafood exports set new record, but coastal towns brace for smaller cod catches",
    "Norway sold seafood worth 176 billion kroner abroad last year. In Finnmark, the "
    "worry is the shrinking cod quota.",
    "Nordkanal News",
    [
        "Norway exported seafood worth 176 billion kroner last year, a new record, the "
        "Norwegian Seafood Council announced in Tromsø this morning.",
        "Just over two-thirds of that money came from salmon. The rest was spread across cod, "
        "mackerel, herring, trout and a long list of smaller species, from king crab to "
        "snow crab.",
        "\"Salmon gave us volume,\" said Kjersti Hovland, the head of the Seafood Council, at "
        "the presentation, which began at 10 a.m. \"Whitefish gave us price, and together "
        "that was just enough to set a new record.\"",
        "Total export volumes fell by almost 4 per cent, however, and for many communities "
        "on the coast it is the volume that matters.",
        ("fig", "A fishing boat unloads cod at Båtsfjord harbour in Finnmark.",
         "Nordkanal / Silje Eriksen",
         "https://media.nordkanal.example/images/2026/01/batsfjord-harbour.jpg"),
        ("h", "Fewer fish to process"),
        "The quota for northeast Arctic cod, the stock that supports fishing fleets and "
        "processing plants across Northern Norway, has been reduced by a further 10 per cent "
        "for 2026.",
        "In Båtsfjord, one of Finnmark's main fishing towns, plant manager Rune Karlsen said "
        "prices were not the problem. \"We can sell every kilo we land at a good price. The "
        "problem is that there are fewer kilos,\" he said.",
        "Karlsen said his plant had cut one shift last autumn and expected to run shorter "
        "seasons again this year.",
        ("h", "Minister: figures earned on the coast"),
        "Minister of Fisheries and Ocean Policy Eirik Vassbotn, who attended the "
        "presentation, praised the industry. \"These figures are earned on the coast, in "
        "every fishing village from Finnmark to Agder,\" he said.",
        "Vassbotn said the government would continue to push for lower U.S. tariffs. "
        "Exports to the United States fell 3 per cent last year.",
        ("h", "Salmon: more fish, lower prices"),
        "Fish farmers sent 6 per cent more salmon abroad than in 2024, but prices were lower, "
        "so the value of salmon exports ended up slightly down on the year.",
        "The Seafood Council expects salmon supply to grow again in 2026. Analysts say that "
        "could mean even lower prices for consumers in Europe, and tighter margins for "
        "producers.",
        "Poland was again the largest market for Norwegian seafood.",
        "Hovland said sales to Asia had grown for the third year in a row, with South Korea "
        "and Japan among the fastest-growing markets, and that the council would spend more "
        "on marketing there this year.",
        "December was a strong month, with exports worth 16.4 billion kroner, helped by "
        "Christmas demand in Europe. Cod also set a new value record for the year, at 11.9 "
        "billion kroner, even though less of it was exported.",
        "The Seafood Council, which has its headquarters in Tromsø, is owned by the state "
        "and funded through a fee paid on all seafood exports.",
    ],
    "2026-01-06T14:05:00+01:00", "06.01.2026 14:05", "Business",
    ["Storm warning for Nordland coast on Thursday",
     "Hurtigruten reports record winter bookings",
     "Listen: Norway in English, weekly podcast",
     "Salmon tax revenue lower than forecast"],
    "https://media.nordkanal.example/images/2026/01/seafood-council-presentation.jpg")

STORY_4 = _story("trade-RF4", "trade", "2026-01-10", [
    _page("https://www.nordwire.example/business/2026/01/06/norway-seafood-exports-record-2025",
          _S4_A),
    _page("https://www.salmontrade.example/markets/norway-2025-export-figures-record-salmon-price",
          _S4_B),
    _page("https://www.nordkanal.example/english/news/seafood-exports-record-coastal-towns-cod-1.16843210",
          _S4_C),
], [])

# ---------------------------------------------------------------------------
# Story 5 - rocket (Kodiak, Alaska). CONTROL: no disagreement.
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    "Continental Press Service",
    "https://www.contpress.example/science/2026/09/16/borealis-kestrel-reaches-orbit-kodiak",
    "Alaska startup Borealis reaches orbit on second Kestrel flight",
    "Borealis Launch Systems put seven small satellites into orbit from Kodiak Island late "
    "Tuesday, 11 months after its first rocket failed.",
    "Greg Halvorsen",
    [
        "KODIAK, Alaska (CPS) - An Anchorage-based rocket company reached orbit for the first "
        "time late Tuesday, launching seven small satellites from Kodiak Island 11 months "
        "after its first rocket broke apart over the Gulf of Alaska.",
        "Borealis Launch Systems' Kestrel rocket lifted off from the Pacific Spaceport "
        "Complex - Alaska at 11:47 p.m. local time Tuesday, which was 3:47 a.m. EDT "
        "Wednesday. It was the company's third attempt in four days, after countdowns on "
        "Saturday and Monday were called off.",
        "About 58 minutes after liftoff, the rocket's second stage released the last of its "
        "seven satellites into a sun-synchronous orbit roughly 325 miles above Earth, the "
        "company said.",
        "\"Eleven months ago we watched our first rocket come apart over the Gulf of Alaska. "
        "Tonight every person in this building earned this,\" Borealis chief executive Dana "
        "Whitcomb told employees gathered in the company's launch control room.",
        ("fig", "Borealis Launch Systems' Kestrel rocket lifts off from Kodiak Island.",
         "Borealis Launch Systems via CPS",
         "https://media.contpress.example/2026/09/16/kestrel-liftoff.jpg"),
        ("h", "Satellites checking in"),
        "As of early Wednesday, operators had made contact with five of the seven satellites, "
        "Borealis said, adding that it was normal for some spacecraft to take longer to "
        "report in.",
        "Among the payloads was IceWatch-2, a shoebox-sized satellite built by students and "
        "researchers at the University of Alaska Fairbanks to monitor sea ice in the Bering "
        "and Chukchi seas.",
        "The other six include two Earth-imaging spacecraft and three satellites for a "
        "radio-frequency monitoring network, Borealis said. The launch window had opened at "
        "11:30 p.m.",
        ("ad", "Alaska Air Cargo - next-day freight to 19 communities"),
        "The company's maiden flight, in October 2025, ended when one of the first-stage "
        "engines shut down 94 seconds into the flight. The Federal Aviation Administration "
        "oversaw the investigation that followed and cleared the company to fly again in May.",
        "Kestrel is a two-stage rocket 69 feet (21 meters) tall, designed to carry small "
        "satellites to low orbits at a fraction of the cost of a ride on a larger vehicle.",
        "Its first stage is powered by five engines burning kerosene and liquid oxygen.",
        "Whitcomb, a former SpaceX propulsion engineer, founded the company in 2019. It has "
        "about 200 employees, most of them in Anchorage.",
        ("h", "The spaceport"),
        "The spaceport, on Kodiak Island about 250 miles southwest of Anchorage, is owned by "
        "the state-backed Alaska Aerospace Corp. Its chief executive, Glen Haakonsen, said "
        "Tuesday's launch showed that the site could support commercial companies that "
        "launch frequently.",
        "Borealis said it plans to fly Kestrel again in the first quarter of 2027.",
        "The company also holds a $14.5 million U.S. Space Force contract for a "
        "demonstration mission and has signed rideshare agreements with several satellite "
        "operators, according to its website.",
    ],
    "2026-09-16T08:30:00Z", "Sept. 16, 2026 4:30 a.m. EDT", "Science",
    ["NASA sets date for next crewed lunar flyby",
     "Wildfire smoke clears over Fairbanks",
     "Boeing wins Air Force tanker follow-on order",
     "Hurricane season: Atlantic quiet, Pacific busy"],
    "https://media.contpress.example/2026/09/16/kestrel-pad.jpg")

_S5_B = _paper_page(
    "Kodiak Tide",
    "https://www.kodiaktide.example/news/borealis-kestrel-orbit-narrow-cape-launch",
    "Third time's the charm: Kestrel lights up Narrow Cape sky and makes orbit",
    "Crowds on Chiniak Highway cheered as the Borealis rocket climbed away on the night of "
    "Sept. 15. All seven satellites have now phoned home.",
    "Tide staff",
    [
        "The glow was visible from Pasagshak and from pullouts along Chiniak Highway. Just "
        "before midnight on Tuesday, Sept. 15, Borealis Launch Systems' Kestrel rocket rose "
        "from Narrow Cape on the company's second launch and its first to reach orbit.",
        "Liftoff was at 11:47 p.m., 17 minutes after the two-hour launch window opened.",
        "Several residents in the city of Kodiak said they heard a low rumble a few minutes "
        "later, and some saw the rocket's exhaust lit by the sun high above the horizon.",
        "Dozens of residents had driven out to watch, some of them for the third time in a "
        "week. Countdowns on Saturday, Sept. 12, and Monday, Sept. 14, were both called off, "
        "the first because of high winds aloft and the second because of a faulty sensor on "
        "a second-stage valve.",
        ("fig", "The Kestrel rocket climbs away from Narrow Cape late Sept. 15, seen from "
         "Pasagshak.", "Photo by Alana Merculief / Kodiak Tide",
         "https://img.kodiaktide.example/2026/09/kestrel-from-pasagshak.jpg"),
        ("h", "All seven satellites heard from"),
        "Borealis said the second stage released all seven satellites just under an hour "
        "after liftoff. By Wednesday evening the company had confirmed contact with every "
        "one of them.",
        "One of the satellites, IceWatch-2, was built at the University of Alaska Fairbanks. "
        "Team members who had flown in for the launch said the first signals from it came "
        "through a ground station in Fairbanks on Wednesday morning.",
        "\"Eleven months ago we watched our first rocket come apart over the Gulf of "
        "Alaska,\" Borealis CEO Dana Whitcomb told employees in the control room after the "
        "deployment was confirmed. \"Tonight every person in this building earned this.\"",
        ("ad", "Island Seafoods - fresh silver salmon, shipped anywhere in the Lower 48"),
        ("h", "What it means for the island"),
        "The spaceport at Narrow Cape, run by Alaska Aerospace Corp., sits at the end of a "
        "long gravel road, roughly 40 miles from the city of Kodiak. Launches bring "
        "visitors, hotel bookings and temporary jobs, but also road closures and noise.",
        "At the Shelikof Lodge in town, manager Debbie Kvasnikoff said rooms had been booked "
        "solid since Sept. 10 by company staff, contractors and a handful of rocket fans "
        "from Anchorage. Alaska Aerospace said the highway beyond Pasagshak would reopen by "
        "Wednesday afternoon.",
        "Borough Assembly member Tom Ellanak said he had heard few complaints this week. "
        "\"People want to know when the road's closed and when it isn't. Borealis has been "
        "good about telling us,\" he said.",
        "Borealis employs about 25 people on Kodiak during launch campaigns, according to "
        "the company, and plans to fly again in early 2027.",
        "The company's first Kestrel, launched in October 2025, failed when a first-stage "
        "engine shut down 94 seconds after liftoff. Debris fell into the ocean well offshore "
        "and no one was hurt.",
        "Narrow Cape has hosted launches since 1998, most of them for the military.",
        ("news", "Get the Tide's free weekday newsletter: news, harbor notes and weather "
         "for Kodiak Island."),
    ],
    None, None, "News",
    ["Crab season opener set for Oct. 15",
     "Ferry Tustumena back in service after repairs",
     "School board weighs four-day week",
     "Coast Guard rescues two off Ugak Island"],
    "https://img.kodiaktide.example/2026/09/kestrel-night-launch.jpg",
    "Crowds on Chiniak Highway cheered as the Borealis rocket climbed away on the night of "
    "Sept. 15. All seven satellites have now phoned home.")

_S5_C = _blog_page(
    "LaunchBeat",
    "https://launchbeat.example/2026/09/17/borealis-kestrel-flight-2-orbit-analysis",
    "Kestrel Flight 2: Borealis makes orbit from Kodiak",
    "Borealis Launch Systems reached a 525 km sun-synchronous orbit on its second attempt. "
    "Flight details, payloads and what comes next.",
    "Priyanka Desai",
    [
        "Borealis Launch Systems is now one of a small number of private firms whose own "
        "rocket has reached orbit. Kestrel's second flight lifted off from the Pacific "
        "Spaceport Complex - Alaska (PSCA) at 07:47 UTC on 16 September, which was 11:47 "
        "p.m. AKDT on the 15th, and delivered seven small satellites to a sun-synchronous "
        "orbit.",
        ("h", "Flight profile"),
        "The target orbit was 525 km (326 miles) at an inclination of 97.5 degrees. The "
        "second stage reached orbit about nine minutes after liftoff, coasted for roughly "
        "40 minutes, then began releasing its payloads. The final deployment came at about "
        "T+58 minutes.",
        "Second-stage telemetry showed an orbit within a few kilometres of the target, "
        "according to the company.",
        "Total payload mass was 184 kg (406 lb), well short of the roughly 300 kg the "
        "vehicle is advertised to carry to this kind of orbit. Borealis said it kept margins "
        "wide on purpose for a return-to-flight mission.",
        "On Thursday the company said all seven satellites were healthy and communicating.",
        "Besides IceWatch-2 from the University of Alaska Fairbanks, the manifest included "
        "two 16U Earth-imaging satellites, three 6U cubesats for an RF-monitoring "
        "constellation and a small technology demonstrator built by Borealis itself.",
        ("ad", "Sponsored: RF ground-segment-as-a-service for smallsat operators"),
        ("h", "Return to flight"),
        "Kestrel's first flight on 21 October 2025 ended 94 seconds after liftoff when one "
        "of the five first-stage engines shut down, sending the vehicle off course. The FAA-"
        "overseen mishap investigation identified a turbopump seal failure and closed in "
        "May with 21 corrective actions.",
        "Borealis chief executive Dana Whitcomb told employees in launch control that the "
        "company had watched its first rocket \"come apart over the Gulf of Alaska\" eleven "
        "months earlier.",
        "The launch director for Flight 2, Marisol Vega, said in a post-launch briefing that "
        "the two scrubs earlier in the week, on 12 and 14 September, had been \"exactly the "
        "kind of calls we want to make on the ground\".",
        ("h", "The company"),
        "Borealis was founded in 2019 and has raised $86 million to date. It has 210 "
        "employees and builds its engines in Anchorage, with a test stand outside Palmer.",
        "Kestrel stands 21 m tall and uses five kerosene and liquid oxygen engines on its "
        "first stage and a single vacuum-optimised engine on the second.",
        ("h", "What's next"),
        "Flight 3 is targeted for Q1 2027 and will carry a rideshare payload for a Canadian "
        "Earth-observation startup. Borealis has said it wants to reach a cadence of six "
        "launches a year from Kodiak by 2028.",
        "PSCA, operated by Alaska Aerospace Corporation, has hosted orbital and suborbital "
        "launches since the late 1990s. Its high-latitude location makes polar and sun-"
        "synchronous orbits easy to reach without flying over populated areas.",
    ],
    "2026-09-17T15:00:00Z", "September 17, 2026",
    ["Rocket Lab schedules back-to-back Electron missions",
     "Andøya spaceport: the European launch race heats up",
     "Smallsat rideshare prices, Q3 2026 update"],
    "https://launchbeat.example/img/kestrel-flight-2.jpg",
    "Flight profile, payloads and what comes next")

STORY_5 = _story("rocket-RF5", "rocket", "2026-09-19", [
    _page("https://www.contpress.example/science/2026/09/16/borealis-kestrel-reaches-orbit-kodiak",
          _S5_A),
    _page("https://www.kodiaktide.example/news/borealis-kestrel-orbit-narrow-cape-launch", _S5_B),
    _page("https://launchbeat.example/2026/09/17/borealis-kestrel-flight-2-orbit-analysis", _S5_C),
], [])

# ---------------------------------------------------------------------------
# Story 6 - earthquake (Tonga). PLANTED: local clock time, quote wording.
# ---------------------------------------------------------------------------

_S6_A = _wire_page(
    "Oceania Press Agency",
    "https://www.opa-news.example/pacific/tonga/2026/08/20/quake-haapai-tsunami-warning-lifted",
    "Strong quake shakes Tonga's Ha'apai islands; one dead, tsunami warning lifted",
    "A magnitude 6.6 earthquake jolted Tonga's Ha'apai group in the pre-dawn darkness on "
    "Thursday. One woman was killed and homes were damaged.",
    "Sione Havili",
    [
        "NUKU'ALOFA, Aug 20 (OPA) - A magnitude 6.6 earthquake jolted Tonga's Ha'apai island "
        "group in the pre-dawn darkness on Thursday, killing an elderly woman, cracking "
        "houses and briefly setting off a tsunami warning across the kingdom.",
        "The quake hit at 3:12 a.m. local time (1412 GMT Wednesday). The U.S. Geological "
        "Survey located it 38 km (24 miles) west-northwest of Pangai, the main town of "
        "Ha'apai, and about 21 km (13 miles) below the seabed. The agency first put the "
        "magnitude at 6.8 before revising it down.",
        "Police said a 74-year-old woman in Pangai was killed when a concrete wall fell onto "
        "her house. Nine people were being treated for injuries at Niu'ui Hospital, a health "
        "ministry official said.",
        ("fig", "A cracked road in Pangai, on Lifuka island, after Thursday's earthquake.",
         "OPA/handout",
         "https://cdn.opa-news.example/photos/2026/08/pangai-cracked-road.jpg"),
        "The Tonga Meteorological Service issued a tsunami warning minutes after the quake "
        "and lifted it at 5:40 a.m. A tide gauge in Nuku'alofa recorded a rise in sea level "
        "of about 30 centimetres (one foot), the service said.",
        "The shaking was felt strongly in the capital, about 160 km (100 miles) to the south, "
        "where people left their homes and waited on higher ground until the warning was "
        "cancelled.",
        ("ad", "Pacific Island Air - new Saturday service Nuku'alofa to Nadi"),
        ("h", "'Shelves came down'"),
        "\"The whole house was moving sideways, the shelves came down, and we ran outside to "
        "the church ground in the dark,\" Siosaia Moala, who runs a shop in Pangai, said by "
        "telephone. He said several buildings on the main road had cracked walls and that "
        "power was out across the town.",
        "Residents said many families spent the rest of the night outside, some in cars and "
        "others under tarpaulins strung between coconut palms. The Tonga Red Cross said "
        "relief stocks it keeps in Pangai for the cyclone season would be released "
        "immediately.",
        "The National Emergency Management Office (NEMO) said teams would travel to the outer "
        "islands of Ha'apai at first light. Communications with several small islands were "
        "down, it said.",
        "More than 40 aftershocks had been recorded by 7 a.m., according to the "
        "meteorological service.",
        "Flights between Nuku'alofa and Ha'apai were suspended while the runway near Pangai "
        "was inspected. The Pacific Tsunami Warning Center had warned of possibly dangerous "
        "waves on coasts up to 300 km from the quake, then reported that the threat had "
        "largely passed.",
        ("h", "Active zone"),
        "Tonga lies above one of the most seismically active plate boundaries on the planet, "
        "where the Pacific plate dives westward beneath the Tonga plate, and moderate quakes "
        "are frequent. Many Tongans still remember January 2022, when the Hunga volcano blew "
        "apart underwater and sent waves over low-lying islands.",
        "Ha'apai, a scattering of low coral and volcanic islands between Tongatapu and "
        "Vava'u, is home to about 6,000 people.",
    ],
    "2026-08-20T07:05:00+13:00", "20 August 2026, 7:05am", "Pacific",
    ["Samoa parliament passes fisheries bill",
     "Fiji airport upgrade delayed again",
     "Solomon Islands election date set",
     "Pacific tuna catch falls for second year"],
    "https://cdn.opa-news.example/photos/2026/08/haapai-quake.jpg")

_S6_B = _paper_page(
    "Tonga Island Herald",
    "https://www.tongaislandherald.example/news/haapai-counts-the-cost-after-pre-dawn-quake",
    "Ha'apai counts the cost after pre-dawn quake",
    "Two people are dead and 63 homes damaged. Patrol boat reaches Kotu and Tungua.",
    "Herald reporters, Pangai and Nuku'alofa",
    [
        "Families across Ha'apai spent a second night outdoors or with relatives after "
        "Thursday's earthquake, which killed two people and damaged 63 homes, 11 of them "
        "badly, according to the latest figures from the National Emergency Management "
        "Office.",
        "The quake struck at 3.21am on Thursday, waking the whole island group. Its "
        "magnitude was 6.6 and its centre lay west-northwest of Pangai, under the sea.",
        "Mele Tupou, 74, died at her home in Pangai when a wall collapsed. Viliami Fonua, 51, "
        "of Ha'afeva, was taken to Niu'ui Hospital with head injuries and died on Thursday "
        "afternoon.",
        "The number of people treated for injuries had reached 23 by yesterday morning, the "
        "Ministry of Health said. Most had cuts and broken bones.",
        "Niu'ui Hospital stayed open, although one ward was moved into tents while engineers "
        "checked the building. Schools across Ha'apai will remain closed until Monday, the "
        "Ministry of Education said.",
        "Aftershocks continued through Thursday night and into Friday. The meteorological "
        "service had recorded more than 100 by yesterday afternoon.",
        ("fig", "Residents clear rubble from a damaged house in Pangai on Thursday.",
         "Photo: Lupe Kaufana / Tonga Island Herald",
         "https://static.tongaislandherald.example/img/2026/08/pangai-rubble.jpg"),
        ("h", "Outer islands reached"),
        "On Thursday, NEMO director 'Ofa Fifita said teams had reached \"all the islands in "
        "Ha'apai except Kotu and Tungua\", where the radio link was down.",
        "A patrol boat arrived at both islands on Thursday evening and found damage to "
        "several houses but no serious injuries, NEMO said yesterday.",
        "The government declared a state of emergency for Ha'apai on Thursday. It will last for "
        "14 days unless extended.",
        ("ad", "Digicel Tonga: stay connected - free top-up for Ha'apai customers"),
        ("h", "Power back, wharf damaged"),
        "Power was restored to most of Pangai by Thursday evening, Tonga Power said. The "
        "main wharf at Pangai has a crack along its length, and the inter-island ferry is "
        "berthing with care while engineers assess it.",
        "Water supply in Pangai was cut for most of Thursday after a main pipe broke near the "
        "town reservoir. The Tonga Water Board said repairs were finished by noon yesterday.",
        "In Hihifo, on the northern end of Lifuka, the Free Wesleyan church hall lost part "
        "of its front wall. \"We have been praying in that hall since I was a boy. We will "
        "pray outside until it is fixed,\" said steward Tevita Latu.",
        "Thursday's quake was the strongest in Ha'apai since a magnitude 6.1 tremor in "
        "November 2023, which caused no deaths.",
        "For many in Ha'apai it also brought back the fear of January 2022, when the "
        "undersea Hunga volcano erupted and waves washed across the islands. This time the tsunami "
        "warning was lifted before dawn.",
        "Relief supplies, including tarpaulins, water containers and hygiene kits, left "
        "Nuku'alofa for Pangai yesterday on a government vessel.",
    ],
    None, "Saturday 22 August 2026", "News",
    ["Heilala Festival programme announced",
     "Nuku'alofa market stallholders protest new fees",
     "'Ikale Tahi name squad for Pacific Nations Cup",
     "School exam dates moved for Ha'apai students"],
    "https://static.tongaislandherald.example/img/2026/08/haapai-quake-damage.jpg",
    "Two people are dead and 63 homes damaged. A patrol boat has reached Kotu and Tungua.")

_S6_C = _broadcast_page(
    "Pacific Sound Radio",
    "https://www.pacificsound.example/news/pacific/two-dead-after-earthquake-tonga-haapai",
    "Two dead after 6.6 earthquake in Tonga's Ha'apai group",
    "The toll from Thursday's pre-dawn earthquake in central Tonga has reached two. Ha'apai "
    "is under a state of emergency.",
    "Pacific Sound Radio Pacific desk",
    [
        "The death toll from this morning's magnitude 6.6 earthquake in Tonga's Ha'apai "
        "islands has risen to two.",
        "The quake hit at 3:12am Thursday Tonga time (2:12am NZT), west-northwest of Pangai, "
        "and was felt across the country.",
        "The Ministry of Health said a 51-year-old man from Ha'afeva died in hospital this "
        "afternoon from head injuries. A woman in Pangai was killed when a wall collapsed in "
        "the first minutes after the quake. Seventeen people have been treated for injuries.",
        "More than 60 homes have been damaged, according to the National Emergency "
        "Management Office.",
        ("fig", "Damage to a house on Lifuka island, Ha'apai.",
         "Supplied / NEMO Tonga",
         "https://media.pacificsound.example/images/2026/08/lifuka-house-damage.jpg"),
        ("h", "Two islands cut off"),
        "Speaking at a briefing in Nuku'alofa at 10am, NEMO director 'Ofa Fifita said: \"Our "
        "teams have reached all the islands in Ha'apai except Kotu and Tungua, where the "
        "radio link is down, and a patrol boat is on its way to them.\"",
        "The government has declared a state of emergency for Ha'apai.",
        "A Royal New Zealand Air Force P-8A Poseidon flew over the island group this "
        "afternoon to help assess damage, New Zealand's Ministry of Foreign Affairs and Trade "
        "said. It said New Zealand stood ready to send relief supplies if Tonga asked.",
        "Australia said it was in contact with Tongan authorities and had relief stores "
        "ready in Brisbane. The quake was the strongest to hit Ha'apai in almost three "
        "years.",
        ("h", "Aftershocks"),
        "About 70 aftershocks had been recorded by this afternoon. The largest, of magnitude "
        "5.2, struck shortly after 5am and sent residents who had returned to their homes "
        "back outside.",
        "The Tonga Meteorological Service issued a tsunami warning minutes after the main "
        "quake and cancelled it at 5:40am, after a small rise in sea level was measured at "
        "Nuku'alofa.",
        "Pangai resident Losana Vea said many families had no plans to sleep indoors "
        "tonight. \"The children are frightened every time the ground moves. We will stay "
        "under the tarpaulin until the shaking stops,\" she said.",
        "In Auckland, home to one of the largest Tongan communities outside the kingdom, "
        "church leaders said phone lines to Ha'apai had been patchy all day. \"People have "
        "been ringing since the early hours trying to get through. Most have now heard from "
        "their families,\" said the Rev. Sione Tu'ipulotu of a Methodist congregation in "
        "Otahuhu.",
        ("h", "What caused it"),
        "GNS Science seismologist Dr Hamish Cole said the quake occurred close to the "
        "boundary where the Pacific plate descends beneath Tonga. \"At around 20 kilometres "
        "depth, a quake of this size will be felt strongly on the nearest islands, and "
        "that's what we saw,\" he said.",
    ],
    "2026-08-20T16:30:00+12:00", "20 August 2026 4:30pm", "Pacific",
    ["Samoa: health ministry warns of dengue rise",
     "Vanuatu cabinet backs new airline deal",
     "Listen: Pacific Morning with Ana Lotu",
     "Fiji police commissioner sworn in"],
    "https://media.pacificsound.example/images/2026/08/tonga-quake-haapai.jpg")

_S6_D = _blog_page(
    "Quake Notes",
    "https://quakenotes.example/posts/haapai-m6-6-19-20-august-2026",
    "The Ha'apai M6.6: a quick look at the seismology",
    "Notes on the 19/20 August earthquake in central Tonga: location, mechanism, "
    "aftershocks and the small tsunami.",
    "Dr Liv Andersen",
    [
        "A short post on the Ha'apai earthquake, since several readers have asked. The M6.6 "
        "event struck at 14:12 UTC on 19 August, which was 3:12 a.m. on the 20th in Tonga, "
        "so you will see it dated both ways depending on where you read about it.",
        ("h", "Location and size"),
        "The USGS places the epicentre about 38 km west-northwest of Pangai on Lifuka, in "
        "the Ha'apai group, at a depth of around 21 km. The first automatic solution came "
        "out at M6.8; the W-phase moment magnitude, published within the hour, is Mww 6.6, "
        "and that is the figure to use.",
        "Why the change? Automatic magnitudes are computed from the first seconds of "
        "recorded shaking at a handful of stations and tend to wobble; the W-phase solution "
        "uses longer-period waves from many stations and is much more stable. A difference "
        "of 0.2 between the two is entirely ordinary. The depth is uncertain by a few "
        "kilometres either way.",
        "USGS \"Did You Feel It?\" had gathered about 300 responses, mostly from Tongatapu "
        "and Vava'u, with the strongest reported shaking on Lifuka.",
        "The moment tensor shows thrust faulting on a shallow-dipping plane, which fits slip "
        "on or near the interface where the Pacific plate descends beneath the Tonga plate. "
        "Convergence here is among the fastest on Earth, in places more than 15 cm a year.",
        ("fig", "USGS shakemap for the 19 August 2026 Ha'apai earthquake (UTC date).",
         "Image: USGS, public domain",
         "https://quakenotes.example/img/haapai-shakemap.png"),
        ("h", "Aftershocks"),
        "More than 120 aftershocks had been located by Saturday morning. The largest, M5.2, "
        "came at 16:03 UTC on the 19th, a little under two hours after the mainshock. The sequence "
        "is decaying roughly as you would expect, but a larger aftershock in the coming "
        "weeks cannot be ruled out.",
        ("h", "Tsunami"),
        "The Tonga Meteorological Service issued a warning shortly after the quake and "
        "cancelled it at 16:40 UTC. The Nuku'alofa tide gauge, some 160 km away, shows a "
        "rise of about 0.3 m, small but clearly above the background.",
        ("ad", "Support Quake Notes: become a paid subscriber for the monthly data digest"),
        ("h", "Impact"),
        "Tongan authorities report two deaths and some 60 houses damaged, mostly on Lifuka "
        "and Ha'afeva. At Thursday's briefing, NEMO director 'Ofa Fifita said: \"Our teams "
        "have reached all the islands in Ha'apai, including Kotu and Tungua, and we have a "
        "clear picture of the damage.\"",
        "USGS PAGER issued a yellow alert for economic losses and green for fatalities, "
        "which is about right for a shallow M6.6 close to small, low-rise communities.",
        ("h", "Context"),
        "This is the largest event in Ha'apai since the M6.1 of November 2023, and the most "
        "damaging in Tonga since the great Hunga eruption of January 2022, whose tsunami was "
        "a very different beast.",
        "I will update this post if the finite-fault model changes the picture.",
    ],
    None, None,
    ["Reading a moment tensor without tears",
     "Why first magnitudes change",
     "Aftershock forecasts: what the numbers mean"],
    "https://quakenotes.example/img/haapai-m66.png",
    "Location, mechanism, aftershocks and the small tsunami")

STORY_6 = _story("eq-RF6", "earthquake", "2026-08-23", [
    _page("https://www.opa-news.example/pacific/tonga/2026/08/20/quake-haapai-tsunami-warning-lifted",
          _S6_A),
    _page("https://www.tongaislandherald.example/news/haapai-counts-the-cost-after-pre-dawn-quake",
          _S6_B),
    _page("https://www.pacificsound.example/news/pacific/two-dead-after-earthquake-tonga-haapai",
          _S6_C),
    _page("https://quakenotes.example/posts/haapai-m6-6-19-20-august-2026", _S6_D),
], [
    ("local time of the quake", r"(?<![\d:.])0?3[:.]12(?!\d)", r"(?<![\d:.])0?3[:.]21(?!\d)"),
    ("quote wording of NEMO director Fifita", r"except kotu", r"including kotu"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
