"""Part NF of the story battery (web pages).

Written by engineer NF1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py NF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-NF1 (CONTROL): the Reserve Bank of New Zealand cuts the Official Cash Rate by 25 basis points to 2.75% on a 6-1 committee vote; traps are 2 p.m. NZST Wednesday told as 02:00 GMT and as 10 p.m. Tuesday in New York, "a quarter point"/"25bp"/"0.25 percentage points", the previous 3.00% rate and the February cut, the 5.5% peak, Australia's 3.60% rate, the 2.9% inflation rate against the 1-3% band, a bank's mortgage cut, the kiwi at US$0.5712/"about 57 US cents", a poll of 16 of 20 economists, the next decision on 27 May, and quotes cut or paraphrased.
el-NF2 (PLANTED: the time the preliminary result was declared, 11:40 p.m. Rarotonga time vs 10:40 p.m. in one wire; the date the new parliament first sits, 18 August vs 25 August in one weekly): the Cook Islands Party wins 13 of 24 seats in a Cook Islands general election; traps are the date line (Thursday in Rarotonga is Friday in New Zealand, 11.40pm CKT = 9.40pm NZST), turnout rising from the preliminary 75.8% to 78.9% with special votes, a seat margin narrowing from 14 to 9 votes after specials, the outgoing parliament's 12 CIP seats, the 2022 turnout, the 13-seat majority threshold, and names with and without titles.
ct-NF3 (PLANTED: the vote split, 5-4 vs 6-3 in one broadcaster; who wrote the dissent's "a meter is not a window" line, Justice Oduya vs Justice Kowalczyk in one legal weekly): the Supreme Court of Canada rules that police need a warrant for hourly smart-meter data; traps are 9:45 a.m. ET vs 6:45 a.m. PT, the BC Court of Appeal's 2-1 ruling, the trial court called the Supreme Court of British Columbia, the 30-month ("two and a half years") sentence, 14 months of data and about 10,000 readings, 1,150 plants, the 2010 Alberta precedent, the January hearing, "Friday" vs "last week" from pages of different days.
tr-NF4 (CONTROL): Statistics Canada reports August 2026 merchandise trade with the deficit narrowing to C$4.28 billion; traps are the July deficit revised from C$5.34bn to C$5.12bn, the C$5.0bn consensus forecast, nominal vs volume changes, exports/imports in dollars vs per cent, the US surplus (C$9.62bn) and non-US deficit (C$13.90bn), the goods-and-services gap of C$4.91bn, year-over-year and year-to-date figures, US dollar conversions (about US$3.1bn), energy and auto sub-totals, "Tuesday" vs "yesterday" from a next-day newsletter.
rk-NF5 (PLANTED: the rocket's height, 19.5 metres vs 21.5 metres in one broadcaster; the orbit, about 520 km vs 550 km in one space newsletter): Kestrel Orbital's Harrier rocket reaches orbit on its first orbital attempt from Whalers Way, South Australia; traps are 10.17am ACDT Thursday = 10.47am AEDT = 23:47 UTC and 7:47 p.m. EDT Wednesday, feet/miles conversions, "nearly 20 metres", a scrub two days earlier, a 2025 suborbital hop to about 105 km, two cubesats of different sizes, funding in A$ and US$, the next flight in 2027, and payload deployment time given as "about nine minutes".
eq-NF6 (CONTROL): a magnitude 6.8 earthquake off the north coast of the Dominican Republic late on Saturday 14 March 2026; traps are 11:38 p.m. Saturday local = 03:38 UTC Sunday, a preliminary 7.0 revised to 6.8, the Dominican institute's 6.9, a death toll rising 3 -> 7 -> 11 and injured 112 -> 164 across pages, km vs miles, "off Puerto Plata" vs "27 km north-northeast of Puerto Plata" vs "in the Atlantic", a 5.2 aftershock, the 1946 and 2003 quakes, power cuts to 210,000 customers restored over time, and Spanish quotes translated two ways.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "NF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _a(s: str) -> str:
    return _html.escape(s, quote=True)


def _blocks(body: str, ad_html: str, fig_tpl: str) -> str:
    """Turn a light markup into article HTML.

    Blocks are separated by blank lines.  "## x" is a subheading, "AD" an in-article
    advertisement, "FIG|caption|credit" a photo, "> x" a pull quote, "REL|title|href"
    an inline read-more link; anything else is a paragraph.
    """
    out: list[str] = []
    for raw in body.strip().split("\n\n"):
        b = " ".join(line.strip() for line in raw.strip().splitlines()).strip()
        if not b:
            continue
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b == "AD":
            out.append(ad_html)
        elif b.startswith("FIG|"):
            _, cap, credit = b.split("|", 2)
            out.append(fig_tpl.format(cap=_e(cap), credit=_e(credit)))
        elif b.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(b[2:])}</p></blockquote>')
        elif b.startswith("REL|"):
            _, title, href = b.split("|", 2)
            out.append(f'<p class="inline-related"><strong>Read more:</strong> '
                       f'<a href="{_a(href)}">{_e(title)}</a></p>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _ld(obj: dict[str, Any]) -> str:
    return ('<script type="application/ld+json">'
            + _json.dumps(obj, ensure_ascii=False) + "</script>")


def _related(items: list[tuple[str, str]], cls: str, heading: str) -> str:
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="{cls}"><h3>{_e(heading)}</h3><ul>{lis}</ul></aside>'


def _share(host: str, path: str) -> str:
    u = _a(f"https://{host}{path}")
    return ('<div class="share-bar" aria-label="Share this story">'
            f'<a class="share fb" href="https://social.example/share?u={u}">Share</a>'
            f'<a class="share x" href="https://post.example/intent?url={u}">Post</a>'
            f'<a class="share li" href="https://pro.example/share?url={u}">LinkedIn</a>'
            f'<a class="share wa" href="https://chat.example/send?text={u}">WhatsApp</a>'
            '<button class="share copy" type="button">Copy link</button>'
            '<a class="share mail" href="mailto:?subject=Shared%20story">Email</a></div>')


# ---------------------------------------------------------------------------
# page templates (six house styles)
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, host: str, path: str, headline: str, dek: str,
               dateline: str, byline: str, published: str | None,
               updated: str | None, visible_date: str, body: str,
               related: list[tuple[str, str]], topics: list[str],
               update_note: str = "") -> str:
    """A wire agency page: terse chrome, meta published time, dateline, topic tags."""
    ad = ('<div class="wire-ad" role="complementary"><p class="ad-label">Advertisement</p>'
          '<div class="ad-unit" data-size="300x250"></div><p class="ad-note">'
          'Ads help keep this wire service free to read.</p></div>')
    fig = ('<figure class="wire-photo"><img src="/img/photo.jpg" alt="{cap}">'
           '<figcaption>{cap} <span class="credit">{credit}</span></figcaption></figure>')
    metas = [f'<meta name="description" content="{_a(dek)}">',
             f'<meta property="og:title" content="{_a(headline)}">',
             f'<meta property="og:site_name" content="{_a(site)}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:url" content="https://{host}{path}">',
             f'<meta name="keywords" content="{_a(", ".join(topics))}">']
    if published:
        metas.append(f'<meta property="article:published_time" content="{published}">')
    if updated:
        metas.append(f'<meta property="article:modified_time" content="{updated}">')
    tags = "".join(f'<a class="topic" href="/topics/{_a(t.lower().replace(" ", "-"))}">{_e(t)}</a>'
                   for t in topics)
    note = f'<p class="update-note">{_e(update_note)}</p>' if update_note else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(metas)}
<link rel="canonical" href="https://{host}{path}">
<link rel="stylesheet" href="/static/wire.css">
</head>
<body class="wire article">
<div id="cookie-consent" class="consent"><p>We use cookies to measure readership and to show advertising. You can accept all cookies or manage your choices.</p><button>Accept all</button><button>Manage choices</button></div>
<header class="wire-top"><a class="logo" href="/">{_e(site)}</a>
<nav><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/politics">Politics</a><a href="/science">Science</a><a href="/sport">Sport</a><a href="/pictures">Pictures</a></nav>
<a class="login" href="/login">Sign in</a></header>
<main>
<article class="story">
<h1>{_e(headline)}</h1>
<p class="dek">{_e(dek)}</p>
<div class="meta"><span class="byline">{_e(byline)}</span> <time>{_e(visible_date)}</time></div>
{note}
{_share(host, path)}
<div class="story-body">
<p class="dateline-lead"><span class="dateline">{_e(dateline)}</span> -</p>
{_blocks(body, ad, fig)}
</div>
<p class="editing">Reporting by {_e(byline.replace("By ", ""))}; editing by the {_e(site)} desk. Our standards: the trust principles.</p>
<div class="topics">{tags}</div>
</article>
{_related(related, "wire-related", "More from " + site)}
</main>
<footer class="wire-foot"><p>&copy; 2026 {_e(site)}. All rights reserved. Republication or redistribution of content, including by framing or similar means, is prohibited without prior written consent.</p>
<nav><a href="/about">About us</a><a href="/contact">Contact</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/cookies">Cookie settings</a></nav></footer>
</body>
</html>
"""


def _paper_page(*, site: str, host: str, path: str, section: str, headline: str,
                dek: str, author: str, author_role: str, published: str,
                modified: str | None, visible_date: str, body: str,
                related: list[tuple[str, str]], most_read: list[str],
                newsletter: str) -> str:
    """A newspaper page: JSON-LD NewsArticle, paywall nag, rails, newsletter box."""
    ad = ('<div class="adv-wrapper"><span class="adv-label">Advertisement</span>'
          '<div class="adv" id="dfp-mid-article"></div>'
          '<span class="adv-foot">Story continues below advertisement</span></div>')
    fig = ('<figure class="lead-image"><picture><img src="/images/story.webp" alt="" loading="lazy"></picture>'
           '<figcaption class="caption">{cap} <cite class="photo-credit">Photo: {credit}</cite></figcaption></figure>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "description": dek, "datePublished": published,
          "author": [{"@type": "Person", "name": author}],
          "publisher": {"@type": "Organization", "name": site},
          "mainEntityOfPage": f"https://{host}{path}", "articleSection": section}
    if modified:
        ld["dateModified"] = modified
    mr = "".join(f'<li><span class="rank">{i + 1}</span><a href="/news/{i + 101}">{_e(t)}</a></li>'
                 for i, t in enumerate(most_read))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="og:image" content="https://{host}/images/story-share.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="author" content="{_a(author)}">
<link rel="canonical" href="https://{host}{path}">
{_ld(ld)}
<link rel="stylesheet" href="/assets/paper.min.css">
</head>
<body class="page-article section-{_a(section.lower().replace(" ", "-"))}">
<div class="cookie-bar" role="dialog"><p>This site uses cookies. By continuing to browse you agree to our use of cookies for analytics and personalised advertising. <a href="/privacy">Find out more</a></p><button class="ok">OK</button></div>
<div class="top-ad"><span class="adv-label">Advertisement</span><div class="adv" id="dfp-leaderboard"></div></div>
<header class="masthead"><div class="date-strip">{_e(visible_date.split(",")[0])}</div>
<a class="brand" href="/">{_e(site)}</a>
<a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/account">Log in</a>
<nav class="sections"><a href="/news">News</a><a href="/business">Business</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a><a href="/world">World</a><a href="/sport">Sport</a><a href="/lifestyle">Lifestyle</a><a href="/puzzles">Puzzles</a></nav></header>
<main class="layout">
<article class="article">
<p class="kicker"><a href="/{_a(section.lower().replace(" ", "-"))}">{_e(section)}</a></p>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(dek)}</p>
<div class="byline-block"><span class="author">{_e(author)}</span><span class="role">{_e(author_role)}</span>
<span class="pubdate">{_e(visible_date)}</span></div>
{_share(host, path)}
<div class="article-body">
{_blocks(body, ad, fig)}
</div>
<div class="paywall-nag"><p>Quality journalism takes time and money. Support local reporting from $1 a week for the first three months.</p><a href="/subscribe">Subscribe now</a></div>
<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>
</article>
<div class="rail">
{_related(related, "related-rail", "Related stories")}
<aside class="most-read"><h3>Most read</h3><ol>{mr}</ol></aside>
<aside class="newsletter-box"><h3>Get the {_e(newsletter)} newsletter</h3><p>The day's essential stories, in your inbox every weekday morning.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form><p class="small">By signing up you agree to our terms and privacy policy.</p></aside>
<div class="rail-ad"><span class="adv-label">Advertisement</span><div class="adv" id="dfp-rail"></div></div>
</div>
</main>
<footer class="site-footer"><p>&copy; {_e(site)} 2026. All rights reserved.</p><nav><a href="/contact">Contact us</a><a href="/advertise">Advertise with us</a><a href="/terms">Terms and conditions</a><a href="/privacy">Privacy policy</a><a href="/corrections">Corrections</a><a href="/careers">Careers</a></nav></footer>
</body>
</html>
"""


def _broadcast_page(*, site: str, host: str, path: str, headline: str, summary: str,
                    reporter: str, visible_date: str, body: str, video_title: str,
                    related: list[tuple[str, str]], trending: list[str],
                    show_promo: str) -> str:
    """A broadcaster page: no machine-readable date, video player, 'Top stories' rail."""
    ad = ('<div class="ad-container"><div class="ad-label">ADVERTISEMENT</div>'
          '<div class="ad-box" data-ad="inline"></div></div>')
    fig = ('<div class="image-block"><img src="/media/still.jpg" alt="{cap}">'
           '<p class="image-caption">{cap}</p><p class="image-credit">{credit}</p></div>')
    tr = "".join(f'<li><a href="/news/{i + 7001}">{_e(t)}</a></li>' for i, t in enumerate(trending))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(summary)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<link rel="stylesheet" href="/css/bcast.css">
</head>
<body>
<div class="gdpr-overlay"><h2>Your privacy</h2><p>We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p><button>I agree</button><button>More options</button></div>
<div class="header"><a class="logo" href="/">{_e(site)}</a>
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/live">Watch live</a></li><li><a href="/radio">Radio</a></li><li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li><li><a href="/sport">Sport</a></li><li><a href="/podcasts">Podcasts</a></li></ul></div>
<div class="breaking-ticker">LATEST: <a href="/latest">See all the latest headlines</a></div>
<div class="content">
<div class="story">
<h1>{_e(headline)}</h1>
<div class="story-meta"><span class="reporter">{_e(reporter)}</span> <span class="when">{_e(visible_date)}</span></div>
<div class="video-player" data-id="v{len(body) % 9973}"><div class="play-button">Play video</div><p class="video-title">Watch: {_e(video_title)}</p></div>
<p class="summary"><strong>{_e(summary)}</strong></p>
{_share(host, path)}
{_blocks(body, ad, fig)}
<div class="promo">{_e(show_promo)}</div>
</div>
<div class="sidebar">
{_related(related, "more-on-this", "More on this story")}
<div class="trending"><h3>Top stories</h3><ul>{tr}</ul></div>
<div class="ad-container"><div class="ad-label">ADVERTISEMENT</div><div class="ad-box" data-ad="sidebar"></div></div>
</div>
</div>
<div class="footer"><p>&copy; 2026 {_e(site)}</p><p><a href="/editorial-guidelines">Editorial guidelines</a> | <a href="/complaints">Complaints</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/contact">Contact</a></p></div>
</body>
</html>
"""


def _newsletter_page(*, site: str, host: str, path: str, issue: str, headline: str,
                     teaser: str, author: str, visible_date: str | None,
                     published: str | None, body: str, in_brief: list[str],
                     sponsor: str) -> str:
    """A trade newsletter web edition: issue number, sponsor slot, subscribe box."""
    ad = ('<div class="sponsor-slot"><p class="sponsor-label">Advertisement</p>'
          f'<p class="sponsor-copy">{_e(sponsor)}</p></div>')
    fig = ('<figure class="nl-chart"><img src="/charts/fig.png" alt="chart">'
           '<figcaption>{cap} Source: {credit}</figcaption></figure>')
    pub_meta = (f'<meta property="article:published_time" content="{published}">'
                if published else "")
    date_line = f'<p class="issue-date">{_e(visible_date)}</p>' if visible_date else ""
    brief = "".join(f"<li>{_e(x)}</li>" for x in in_brief)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(teaser)}">
{pub_meta}
<meta property="og:type" content="article">
<link rel="stylesheet" href="/nl.css">
</head>
<body class="newsletter-web">
<div class="cookie-note">This website stores cookies to deliver a more personalised service. <a href="/cookie-policy">Cookie policy</a> <button>Got it</button></div>
<header class="nl-head"><a href="/" class="nl-brand">{_e(site)}</a><span class="nl-issue">{_e(issue)}</span>
<nav><a href="/archive">Archive</a><a href="/data">Data desk</a><a href="/events">Events</a><a href="/pricing">Pricing</a><a href="/login">Subscriber login</a></nav></header>
<main class="nl-main">
{date_line}
<h1>{_e(headline)}</h1>
<p class="nl-teaser"><em>{_e(teaser)}</em></p>
<p class="nl-author">By {_e(author)}</p>
{_share(host, path)}
<section class="nl-lead">
{_blocks(body, ad, fig)}
</section>
<section class="nl-brief"><h2>In brief</h2><ul>{brief}</ul></section>
<aside class="nl-subscribe"><h3>Not a subscriber yet?</h3><p>Join the professionals who read us before the market opens. Two weeks free, cancel any time.</p><form><input type="email" placeholder="work email"><button>Start free trial</button></form></aside>
</main>
<footer class="nl-foot"><p>{_e(site)} is an independent publication. Nothing in this newsletter is investment advice.</p><p><a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def _local_page(*, site: str, host: str, path: str, headline: str, author: str | None,
                visible_date: str | None, body: str, related: list[tuple[str, str]],
                notices: list[str], weather: str) -> str:
    """A small local news site: no meta dates at all, weather widget, community notices."""
    ad = ('<div class="local-ad"><small>Advertisement</small>'
          '<div class="banner">Your business here - call our sales team</div></div>')
    fig = ('<div class="wp-caption"><img src="/wp-content/uploads/photo.jpg" alt="">'
           '<p class="wp-caption-text">{cap} ({credit})</p></div>')
    by = f'<span class="posted-by">Posted by {_e(author)}</span>' if author else ""
    when = f'<span class="posted-on">{_e(visible_date)}</span>' if visible_date else ""
    nts = "".join(f"<li>{_e(n)}</li>" for n in notices)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} &#8211; {_e(site)}</title>
<meta name="generator" content="WordPress 6.8">
<link rel="stylesheet" href="/wp-content/themes/localnews/style.css">
</head>
<body class="post-template-default single single-post">
<div class="cookie-law-info-bar">We use cookies on our website. By clicking "Accept" you consent to the use of all cookies. <a href="/cookies">Cookie settings</a> <a class="accept" href="#">Accept</a></div>
<div class="site-header"><div class="site-title"><a href="/">{_e(site)}</a></div><div class="weather-widget">{_e(weather)}</div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/news">News</a></li><li><a href="/category/community">Community</a></li><li><a href="/category/sport">Sport</a></li><li><a href="/category/business">Business</a></li><li><a href="/notices">Notices</a></li><li><a href="/contact">Contact</a></li></ul></div>
<div id="content" class="site-content">
<article class="post">
<header class="entry-header"><h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta">{when} {by}</div></header>
<div class="entry-content">
{_blocks(body, ad, fig)}
</div>
{_share(host, path)}
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news">News</a></span></footer>
</article>
<aside id="secondary" class="widget-area">
{_related(related, "widget recent-posts", "Recent posts")}
<section class="widget notices"><h2 class="widget-title">Community notices</h2><ul>{nts}</ul></section>
<section class="widget newsletter"><h2 class="widget-title">Get our free daily email</h2><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section>
</aside>
</div>
<footer class="site-footer"><p>&copy; 2026 {_e(site)} &middot; Proudly local &middot; <a href="/privacy-policy">Privacy policy</a> &middot; <a href="/advertise">Advertise</a></p></footer>
</body>
</html>
"""


def _liveblog_page(*, site: str, host: str, path: str, headline: str, summary: str,
                   started: str, entries: list[tuple[str, str]], key_points: list[str],
                   published: str | None, modified: str | None,
                   related: list[tuple[str, str]]) -> str:
    """A live blog: key points box and timestamped entries, newest first."""
    ad = ('<div class="lb-ad"><span class="lb-ad-label">Advertisement</span>'
          '<div class="lb-ad-unit"></div></div>')
    fig = ('<figure class="lb-fig"><img src="/live/pic.jpg" alt="">'
           '<figcaption>{cap} <span class="lb-credit">{credit}</span></figcaption></figure>')
    ents = []
    for i, (stamp, text) in enumerate(entries):
        ents.append(f'<div class="lb-entry" id="entry-{len(entries) - i}"><p class="lb-time">{_e(stamp)}</p>'
                    f'{_blocks(text, ad, fig)}</div>')
        if i == 2:
            ents.append(ad)
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
          "description": summary}
    if published:
        ld["datePublished"] = published
        ld["coverageStartTime"] = published
    if modified:
        ld["dateModified"] = modified
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(summary)}">
{_ld(ld)}
<link rel="stylesheet" href="/live/live.css">
</head>
<body class="liveblog">
<div class="consent-banner"><p>We value your privacy. We use cookies to improve your experience and to show relevant ads.</p><button>Accept</button><button>Reject non-essential</button></div>
<header class="lb-site"><a href="/" class="lb-logo">{_e(site)}</a><nav><a href="/news">News</a><a href="/caribbean">Caribbean</a><a href="/watch">Watch</a><a href="/listen">Listen</a><a href="/weather">Weather</a></nav></header>
<main>
<div class="lb-header"><span class="live-badge">LIVE</span><h1>{_e(headline)}</h1><p class="lb-summary">{_e(summary)}</p><p class="lb-started">{_e(started)}</p></div>
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
{_share(host, path)}
<section class="lb-feed">
{"".join(ents)}
</section>
{_related(related, "lb-related", "Related coverage")}
</main>
<footer class="lb-foot"><p>&copy; 2026 {_e(site)}. Live coverage is updated as information becomes available and may contain errors that are corrected in later posts.</p></footer>
</body>
</html>
"""


# ===========================================================================
# STORY 1 - cb-NF1 - Reserve Bank of New Zealand cuts the OCR (CONTROL)
# ===========================================================================

_S1_A = _wire_page(
    site="Tasman Press Wire", host="www.tasmanpresswire.example",
    path="/business/nz-rbnz-rates-idTPW20260408",
    headline="New Zealand central bank cuts cash rate to 2.75%, signals door open to more",
    dek="Reserve Bank of New Zealand lowers Official Cash Rate by 25 basis points on 6-1 vote; kiwi dollar slips.",
    dateline="WELLINGTON, April 8 (TPW)", byline="By Lucy Farquhar and Tevita Moala",
    published="2026-04-08T02:04:00Z", updated="2026-04-08T03:22:00Z",
    visible_date="April 8, 2026 3:22 PM GMT+12 - Updated",
    update_note="Updates with governor's comments from news conference in paragraphs 5, 13 and 14",
    topics=["Central banks", "New Zealand", "Interest rates", "Currencies"],
    related=[("Australia's central bank keeps rates on hold, flags patience", "/business/rba-hold"),
             ("New Zealand Q4 inflation eases to 2.9%, within target band", "/business/nz-cpi-q4"),
             ("Kiwi dollar at two-month low ahead of RBNZ", "/markets/kiwi-low"),
             ("Explainer: How New Zealand's monetary policy committee votes", "/business/explainer-mpc")],
    body="""
The Reserve Bank of New Zealand lowered its Official Cash Rate by 25 basis points to 2.75% on Wednesday, its second reduction this year, and said it stood ready to ease further if a recovery in household spending failed to take hold.

The decision, released at 2 p.m. local time (0200 GMT), was backed by six of the seven members of the Monetary Policy Committee. The record of the meeting showed that one member preferred to leave the rate at 3.00%, arguing that earlier cuts were still working their way through the economy and that the committee should wait for fresh forecasts in May.

Sixteen of 20 economists polled by Tasman Press Wire last week had expected a cut; the other four had forecast no change.

"Inflation is now sitting comfortably inside the target band, and the economy is carrying more spare capacity than we expected at the start of the year," Governor Miriama Trent told reporters in Wellington an hour after the announcement. "That gives us room to provide a bit more support, and we have used it."

AD

The New Zealand dollar fell as low as $0.5712 from around $0.5748 just before the release, while the two-year swap rate slid 6 basis points to 2.64% as traders added to bets on another move at the bank's next policy decision on May 27.

Annual consumer price inflation was 2.9% in the December quarter, inside the bank's 1% to 3% target range but still above the 2% midpoint that the committee is required to aim for over the medium term. The unemployment rate was 5.3%, the highest in almost a decade.

In its statement, the committee said headline inflation should drift toward the midpoint in the second half of the year as petrol and food prices settle, and described household spending as "subdued" despite lower borrowing costs. Business investment intentions had improved but from a low base, it said.

FIG|Reserve Bank of New Zealand Governor Miriama Trent speaks to reporters in Wellington, New Zealand, April 8, 2026.|TPW/Sam Whitehouse

The bank has now taken 275 basis points off the cash rate since it began easing in August 2024 from a peak of 5.5%. Its previous move came in February, when it cut to 3.00% from 3.25%.

"Today's statement leaves the door wide open," said Kiri Pohatu, chief economist at Kauri Bank. "This did not sound like a central bank that thinks its job is done."

Kauri Bank said soon after the announcement that it would lower its floating home loan rate by 0.25 percentage points to 5.64%, effective April 14.

Finance Minister Rebecca Thorne welcomed the decision, calling it "good news for families who are carrying a mortgage" and saying the government would keep a tight rein on its own spending so that it did not work against the central bank.

AD

At the news conference, Trent declined to be drawn on whether a further cut in May was likely. "We are not pre-committing to anything. The May statement will come with a full set of forecasts and we will make the call then," she said.

Chief economist Sione Latu said the committee had "briefly" discussed a larger 50-basis-point reduction, but that no member had argued for it. The bank's February projections, which will be updated in May, had pointed to the cash rate bottoming out around 2.5% late this year.

Across the Tasman, the Reserve Bank of Australia kept its cash rate at 3.60% at its most recent meeting, leaving the gap between the two countries' policy rates at its widest in several years.
""")

_S1_B = _paper_page(
    site="The Wellington Ledger", host="www.wellingtonledger.example",
    path="/business/economy/ocr-cut-quarter-point-trent-april-2026",
    section="Business",
    headline="Reserve Bank trims OCR again as Trent says economy has 'more slack' than expected",
    dek="A quarter-point cut takes the official cash rate to 2.75 per cent, and the Governor won't rule out more. Banks were quick to pass it on.",
    author="Hannah Kereama", author_role="Economics editor",
    published="2026-04-08T18:30:00+12:00", modified="2026-04-08T19:05:00+12:00",
    visible_date="Wednesday, 8 April 2026, 6:30pm",
    newsletter="Morning Briefing",
    most_read=["Council confirms new cycleway route along the waterfront",
               "Ferry timetable shake-up from next month: what changes",
               "Hurricanes name squad for Super Rugby trip",
               "Opinion: The quiet crisis in our rental market",
               "Weather: Wet end to the week for the lower North Island"],
    related=[("February: Reserve Bank cuts OCR to 3 per cent", "/business/economy/ocr-february-2026"),
             ("Inflation lands at 2.9 per cent for December quarter", "/business/economy/cpi-december-2025"),
             ("What a lower OCR means for your mortgage", "/business/personal-finance/ocr-mortgage-explainer")],
    body="""
The Reserve Bank has cut the official cash rate by a quarter of a percentage point to 2.75 per cent, and Governor Miriama Trent made it clear this afternoon that she is in no hurry to call an end to the easing cycle.

The central bank's Monetary Policy Committee voted six to one for the cut at its meeting this week, with a single member arguing to keep the OCR at 3 per cent. The bank does not identify how individual members vote.

Trent said annual inflation was now "comfortably inside the target band" and that the economy had more slack in it than the bank had expected at the start of the year, giving the committee room to offer "a bit more support".

FIG|Governor Miriama Trent at the Reserve Bank's Wellington headquarters on Wednesday afternoon.|Aaron Liddell

Most economists had picked the move. It follows a cut of the same size in February, which took the rate from 3.25 per cent to 3 per cent, and brings the total reduction since the bank began easing in August 2024 to 2.75 percentage points. At its peak the OCR was 5.5 per cent.

Consumer prices rose 2.9 per cent in the year to December, inside the bank's 1 to 3 per cent target range but near its upper edge. The committee is charged with keeping inflation near the 2 per cent midpoint over the medium term, and said today it expected to get there by late this year or early next as fuel and food price rises cool.

AD

## Banks move quickly

Kauri Bank was first out of the blocks, announcing within the hour that it would lower its floating mortgage rate by a quarter of a percentage point to 5.64 per cent from next Tuesday. Harbour Savings said it was reviewing its rates and would announce changes "in the coming days".

Mortgage advisers noted that most borrowers are on fixed terms and will feel the benefit only when they refix. Popular one- and two-year fixed specials had already fallen well below 5 per cent in anticipation of lower wholesale rates.

"Borrowers who are coming off two-year fixes taken out in 2024 are going to see a very big drop in their repayments," said Waitākere mortgage adviser Lena Fa'amausili. "For people already on floating, today is a small but welcome bit of relief."

## 'Not pre-committing'

At her post-announcement news conference Trent would not say whether another cut was likely at the May 27 Monetary Policy Statement, when the bank will publish a new set of economic forecasts.

"We are not pre-committing to anything," she said. "The May statement will come with a full set of forecasts."

The bank's chief economist, Sione Latu, said the committee had talked briefly about a half-point cut but no one had pushed for it.

Unemployment rose to 5.3 per cent in the December quarter, and Trent said the labour market would probably weaken a little further before it improved.

Kauri Bank chief economist Kiri Pohatu said the tone of the statement suggested at least one more cut. "Today's statement leaves the door wide open," she said.

AD

Finance Minister Rebecca Thorne said the decision was good news for families with a mortgage, while Opposition finance spokesperson Daniel Fa'asalele said falling interest rates could not hide the fact that "tens of thousands more Kiwis are out of work than two years ago".

The New Zealand dollar slipped about a third of a US cent after the announcement, to a little over 57.1 US cents.

Hospitality Owners Association chief executive Mark Tulloch said cafe and restaurant owners would welcome anything that put more money in customers' pockets, but warned that "one quarter-point cut doesn't fill a dining room on a Tuesday night".
""")

_S1_C = _broadcast_page(
    site="KBN News", host="www.kbn.example",
    path="/news/business/reserve-bank-cuts-ocr-what-it-means-for-you",
    headline="OCR cut: What the Reserve Bank's latest move means for your mortgage",
    summary="The official cash rate is now 2.75 per cent after yesterday's cut, and at least one bank has already lowered its floating rate.",
    reporter="Josh Tamihana, Business reporter",
    visible_date="Thursday 9 April 2026, 7:05am",
    video_title="Governor Miriama Trent explains the Reserve Bank's decision",
    show_promo="Catch KBN Business Today at 6pm on KBN One and streaming on KBN+.",
    trending=["Hamilton ring road opens after three years of work",
              "Netball: Silver Ferns coach names new captain",
              "School lunch supplier contract under review",
              "Crowds expected for Matariki events",
              "Severe weather watch issued for Coromandel"],
    related=[("Reserve Bank cuts OCR to 2.75%", "/news/business/rbnz-decision-april"),
             ("Explained: How the official cash rate works", "/news/business/ocr-explained"),
             ("Unemployment climbs to 5.3%", "/news/business/unemployment-december-quarter")],
    body="""
The Reserve Bank's decision to cut the official cash rate yesterday will put a little more money in the pockets of some home owners, but most will have to wait until they refix before they notice the difference.

The bank lowered the OCR by 25 basis points, from 3 per cent to 2.75 per cent, on Wednesday afternoon. It was the second cut this year, and Governor Miriama Trent said she was keeping her options open for the next decision in late May.

"That gives us room to provide a bit more support," Trent said, explaining that the economy had more spare capacity than the bank had thought at the beginning of the year.

FIG|Aroha and Ben Whitcombe outside their Hamilton home. The couple refix their mortgage in June.|KBN / Mere Paewai

For Hamilton couple Aroha and Ben Whitcombe, the timing is good. Their $640,000 mortgage comes off a fixed rate in June, and they are hoping the cut will have filtered through to lenders' fixed specials by then.

"We've been watching every announcement," Aroha Whitcombe said. "Even a quarter of a per cent makes a difference to us. That's groceries."

By their own rough maths, a quarter-point cut would save them about $60 a fortnight on their current loan once they refix.

AD

Kauri Bank was the first lender to respond, cutting its floating rate by 0.25 percentage points to 5.64 per cent from next Tuesday. Other big banks said they were reviewing their rates.

## Why did the bank cut?

Inflation, the Reserve Bank's main focus, was 2.9 per cent in the year to the end of December, within the 1 to 3 per cent band the bank is asked to keep it in.

At the same time, the jobs market has weakened. Unemployment climbed to 5.3 per cent at the end of last year, and the bank said people were still being careful with their spending.

Six of the seven members of the bank's Monetary Policy Committee voted for the cut. One wanted to leave the rate where it was.

Trent told reporters the committee had not made up its mind about May. She said the bank would have a full set of new forecasts by then and would decide "then, not now".

## Is there more to come?

Kauri Bank chief economist Kiri Pohatu believes so. She said the Reserve Bank's statement "leaves the door wide open" to another cut, and she expects the OCR to end the year at 2.5 per cent.

Not everyone is convinced. Some economists have warned that the bank risks cutting too far if the economy picks up faster than expected in the second half of the year.

AD

Finance Minister Rebecca Thorne said the cut was "good news for families who are carrying a mortgage".

The Reserve Bank next reviews the OCR on 27 May.

## What about savers?

Term deposit rates have been falling for more than a year and are likely to keep drifting lower, said Hana Rerekura of consumer group MoneyWise Aotearoa. She said people relying on interest income should shop around, because the gap between the best and worst rates on offer was "surprisingly wide".
""")

_S1_D = _newsletter_page(
    site="Carry & Curve", host="www.carryandcurve.example",
    path="/issues/2026-04-07-late/rbnz",
    issue="Late edition - No. 1,482",
    headline="RBNZ delivers the quarter point; kiwi leaks lower into the Asia open",
    teaser="A 6-1 vote, a dovish tone and swaps leaning toward May.",
    author="Dmitri Hallworth",
    visible_date="Tuesday, April 7, 2026 - 11:10 p.m. ET",
    published="2026-04-07T23:10:00-04:00",
    sponsor="Hedge G10 exposure in one click with the Meridian FX Pro terminal. Book a demo today.",
    in_brief=["Oil: Brent steady ahead of inventory data.",
              "Japan: current account data due at 7:50 p.m. ET.",
              "Calendar: Bank of Canada deputy governor speaks Wednesday afternoon.",
              "Housekeeping: the data desk's quarterly positioning survey closes this week."],
    body="""
The Reserve Bank of New Zealand cut its Official Cash Rate by 25bp to 2.75% at 10:00 p.m. New York time tonight (2 p.m. Wednesday in Wellington), exactly as the bulk of the sell side had forecast. The surprise, such as it was, lay in the tone.

The Monetary Policy Committee split 6-1, with the lone dissenter wanting to hold at 3.00%. But the statement itself leaned dovish: the committee flagged more slack in the economy than it had assumed at the start of the year, called household spending "subdued", and said it would "provide further support if needed".

NZD/USD had been trading around 0.5748 into the release. It dropped to 0.5712 within about 20 minutes and was hovering just above that level as this note went out. The AUD/NZD cross pushed up to around 1.103, helped by the wider rate gap: the RBA is still sitting at 3.60%, so the cash-rate differential in Australia's favour is now 85bp.

AD

## Swaps lean toward May

Two-year NZD swaps dropped 6bp to 2.64%. By our reckoning, the OIS curve now implies roughly a 60% probability of another 25bp cut at the May 27 Monetary Policy Statement, up from about 45% before the decision, with a terminal rate priced a little under 2.5% by year-end.

That is roughly in line with the RBNZ's own February track, which had the OCR bottoming out near 2.5% late in 2026. The May MPS will bring a full forecast refresh, and Governor Miriama Trent has been careful to avoid pre-committing.

FIG|NZD/USD, one-minute bars, around the 10 p.m. ET decision.|Carry & Curve data desk

## The numbers behind it

Headline CPI ran at 2.9% y/y in Q4 2025, inside the 1-3% target band but above the 2% midpoint. Unemployment is at 5.3%. Against that backdrop, a bank that started easing from 5.50% in August 2024 has now delivered 275bp of cuts, including a 25bp move in February that took the rate to 3.00% from 3.25%.

The one hawk on the committee is worth watching. The minutes said this member wanted to see the May forecasts before going further, on the view that the lagged effect of earlier cuts was still coming through. A second dissent in May would be a clear signal that the committee is approaching the end of the cycle.

AD

## Positioning

We have been short NZD/USD from 0.5790 with a stop at 0.5860. We are moving the stop down to 0.5790 (breakeven) and keep a first target of 0.5650. The bigger risk to the trade is a broad US dollar reversal rather than anything coming out of Wellington.

For those who prefer the cross, long AUD/NZD is the cleaner expression of the policy divergence theme, although it has already run a long way this quarter.

Economists at Kauri Bank, among the most dovish shops in Wellington, are calling for the cash rate to end 2026 at 2.50%. Local bank Kauri also moved quickly to lower its floating mortgage rate to 5.64%, which should help the pass-through argument the RBNZ has been making.

## What we are watching

Governor Trent's press conference began at 11 p.m. ET, just before this note went out. We will add anything market-moving from it to the Asia note.
""")

STORY_1 = _story("cb-NF1", "central bank", "2026-04-09", [
    _page("https://www.tasmanpresswire.example/business/nz-rbnz-rates-idTPW20260408", _S1_A),
    _page("https://www.wellingtonledger.example/business/economy/ocr-cut-quarter-point-trent-april-2026", _S1_B),
    _page("https://www.kbn.example/news/business/reserve-bank-cuts-ocr-what-it-means-for-you", _S1_C),
    _page("https://www.carryandcurve.example/issues/2026-04-07-late/rbnz", _S1_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 2 - el-NF2 - Cook Islands general election (PLANTED x2)
# ===========================================================================

_S2_A = _local_page(
    site="Avarua Post", host="www.avaruapost.example",
    path="/2026/07/31/cip-holds-on-with-13-seats/",
    headline="CIP holds on: Tuavera claims victory with 13 of 24 seats",
    author="Mata Teariki", visible_date="Friday 31 July 2026",
    weather="Avarua today: fine, light trades, 24°C",
    notices=["Punanga Nui market opens early on Saturday for the school fundraiser",
             "Water supply to Titikaveka shut off from 9am to noon on Monday for maintenance",
             "Island Council meeting in Aitutaki rescheduled - see the council notice board",
             "Lost: brown dog answering to Tiki, near Nikao church"],
    related=[("Voters queue early at Avarua polling booths", "/2026/07/30/voters-queue-early/"),
             ("Candidates make final pitch on cost of living", "/2026/07/28/final-pitch/"),
             ("Explainer: How special votes are counted", "/2026/07/27/special-votes-explainer/"),
             ("Outer islands brace for fuel price rise", "/2026/07/24/fuel-price-outer-islands/")],
    body="""
Prime Minister Rangi Tuavera's Cook Islands Party will form the next government after winning 13 of the 24 seats in Parliament, according to preliminary results declared at 11.40pm last night.

The result gives the CIP the smallest possible majority, one seat more than the 12 it held going into the election. The Democratic Party won eight seats, the United Party two and an independent one.

Chief Electoral Officer Vaine Rima read out the preliminary count at the national counting centre in Avarua, to cheers from CIP supporters who had waited since the polls closed at 4pm.

"The count has been careful and it has been fair. I want to thank every polling official, on Rarotonga and on the outer islands, who worked through a very long day," Mrs Rima said.

FIG|CIP supporters celebrate outside the party's Avarua office shortly after midnight.|Avarua Post / Rongo Tixier

Preliminary figures show 6912 people voted out of 9118 on the roll, a turnout of 75.8 per cent. About 290 special votes, mostly from voters on other islands or overseas, will be counted on Tuesday. Mrs Rima said these could still change the outcome in very close seats.

The closest of those is Murienua, where the CIP's Nga Teiotu leads the Democratic Party's Poko Heather by just 14 votes.

AD

Mr Tuavera spoke to supporters at the CIP office on the main road in Avarua soon after the declaration.

"The people have given us a clear job to do, and we intend to get on with it," he said. "Cost of living comes first. That is what I heard on every doorstep, in every village, on every island."

He promised to announce his Cabinet "within days" and said the CIP would keep talking with the United Party about working together in the House, although it did not need its support to govern.

## Democrats wait for the specials

Democratic Party leader Ana Tokorangi said her party would not comment on the overall result until the special votes were counted.

"We will wait for every special vote before we say anything about the result. Murienua is not finished," she told the Avarua Post outside the counting centre.

The Democrats had hoped to build on strong support in the northern group, and held their ground there, but lost two Rarotonga seats they had won last time.

The United Party's leader, Teina Mokoroa, kept his seat and said his two MPs would "vote for what is good for the people, whoever puts it forward".

Penrhyn returned independent Tuaine Parima, a former teacher who campaigned against further seabed minerals exploration licences near the northern atolls.

AD

## What happens next

The Clerk of Parliament said yesterday that the new Parliament will sit for the first time on 18 August, once the official results are declared and the writs returned. MPs will be sworn in at that sitting and the Speaker elected.

Voting was calm across the country, the Pacific Islands Forum observer mission said in a short statement this morning. Its leader, Salote Vuni, said polling had been "peaceful and well run" and that she would release a fuller report later.

Turnout was higher than at the last election in 2022, when about 72 per cent of registered voters cast a ballot. Officials credited the extra polling booths set up at Rarotonga's hospital and at the airport for voters travelling on the day.
""")

_S2_B = _broadcast_page(
    site="HCB News", host="www.hcbnews.example",
    path="/news/pacific/cook-islands-election-cip-majority",
    headline="Cook Islands election: Tuavera's CIP wins slim majority in preliminary count",
    summary="The Cook Islands Party has won 13 of the 24 seats in Thursday's election, according to preliminary results.",
    reporter="Losana Veikune, Pacific correspondent",
    visible_date="Friday 31 July 2026, 10:02pm",
    video_title="Cook Islands voters head to the polls",
    show_promo="Listen to Pacific Mornings with Losana Veikune, weekdays from 6am on HCB Radio.",
    trending=["Auckland harbour bridge lane closures this weekend",
              "All Blacks squad announcement: the bolters",
              "Power prices to rise for many households from next month",
              "Wellington bus drivers vote on new pay offer",
              "Snow expected on central plateau roads"],
    related=[("Cook Islands votes amid cost-of-living worries", "/news/pacific/cook-islands-votes"),
             ("Explainer: New Zealand and the Cook Islands' free association", "/news/pacific/free-association-explained"),
             ("Seabed mining debate looms over Cook Islands campaign", "/news/pacific/seabed-mining-campaign")],
    body="""
Prime Minister Rangi Tuavera's Cook Islands Party has won a narrow majority in Thursday's general election, preliminary results show.

The CIP won 13 of the 24 seats in Parliament, the Chief Electoral Officer, Vaine Rima, announced at 9.40pm NZT (11.40pm Thursday in Rarotonga). That is the bare minimum needed to govern alone.

Because the Cook Islands sits on the other side of the international date line, voting took place on Thursday local time, while it was already Friday in New Zealand. Polls closed at 4pm Rarotonga time, or 2pm on Friday in Auckland and Wellington.

FIG|Voters queue at a polling station in Avarua on Rarotonga on Thursday.|HCB / supplied

The opposition Democratic Party won eight seats, the United Party two, and an independent candidate took the northern atoll seat of Penrhyn.

Around 6900 votes were cast, and turnout was just under 76 per cent of the roll.

AD

Tuavera told supporters in the capital, Avarua, that voters had given his government "a clear job to do".

"Cost of living comes first," he said. "That is what I heard on every doorstep."

Democratic Party leader Ana Tokorangi has not conceded. She said the party would wait for special votes, which will be counted next week, before commenting. The Democrats are trailing in one Rarotonga seat, Murienua, by only 14 votes.

## Relationship with New Zealand

The election was the first since a row between Avarua and Wellington over an agreement the Cook Islands government signed with China in 2025, which led New Zealand to pause some of its development funding.

Tuavera told HCB earlier this week that the relationship was "in a much better place" and that he would travel to Wellington after the new Cabinet was sworn in.

New Zealand's Foreign Minister, Graham Ellison, congratulated Tuavera tonight and said New Zealand looked forward to "continuing to work closely with the Cook Islands government, whatever its final make-up".

AD

## Seabed minerals on the agenda

The Cook Islands has been exploring the possibility of mining polymetallic nodules from its seabed, and several candidates made it an issue in this campaign.

The independent winner in Penrhyn, Tuaine Parima, campaigned against granting any more exploration licences near the northern atolls. Tuavera has said his government will not approve commercial mining until the science is settled.

Analysts say a one-seat majority could leave the government exposed if even a single MP falls out with the leadership.

"Thirteen seats is a majority, but only just," said Dr Tere Pokino, a Pacific politics researcher at an Auckland university. "Cook Islands politics has a long history of MPs crossing the floor. The Prime Minister will be keeping a very close eye on his backbench."

## What's next

Special votes will be counted on Tuesday, Rarotonga time. The new Parliament is due to sit for the first time on 18 August.

Around 60,000 people of Cook Islands heritage live in New Zealand, many times the population of the Cook Islands itself, but only those who meet residency rules can vote.
""")

_S2_C = _wire_page(
    site="Oceania Newswire", host="www.oceanianewswire.example",
    path="/pacific/cook-islands-election-result-20260731",
    headline="Cook Islands ruling party keeps power with one-seat majority",
    dek="Prime Minister Tuavera's Cook Islands Party wins 13 of 24 seats in preliminary count; opposition awaits special votes.",
    dateline="AVARUA, Cook Islands, July 31 (ONW)", byline="By Daniel Kauvai",
    published="2026-07-31T11:05:00Z", updated=None,
    visible_date="July 31, 2026 1:05 AM CKT",
    topics=["Pacific", "Cook Islands", "Elections", "New Zealand"],
    related=[("Pacific leaders to meet in Honiara next month", "/pacific/forum-leaders"),
             ("Cook Islands tourism arrivals hit record in June quarter", "/pacific/cook-tourism"),
             ("Factbox: Cook Islands' main political parties", "/pacific/factbox-parties")],
    body="""
The Cook Islands Party of Prime Minister Rangi Tuavera won a narrow parliamentary majority in Thursday's general election, preliminary results showed, keeping the party in power in the self-governing Pacific nation in free association with New Zealand.

The CIP won 13 of the 24 seats, Chief Electoral Officer Vaine Rima said as she declared the preliminary count at 10:40 p.m. local time (0840 GMT) at the counting centre in Avarua, the capital.

The main opposition Democratic Party, led by Ana Tokorangi, won eight seats. The smaller United Party took two, and an independent won the remaining seat.

FIG|Cook Islands Prime Minister Rangi Tuavera speaks to supporters in Avarua, Rarotonga, Cook Islands, July 30, 2026.|ONW/Daniel Kauvai

Polls closed at 4 p.m. on Thursday (0200 GMT Friday), and counting went on late into the night at the centre, where party scrutineers watched ballot boxes arrive from Rarotonga's polling places and results came in by radio and satellite phone from the outer islands.

Tuavera, 58, a former finance minister who became prime minister in 2024, claimed victory at his party's office in Avarua.

"The people have given us a clear job to do, and we intend to get on with it," he said, adding that easing living costs would be his first priority.

Tokorangi did not concede, saying the Democrats would wait for roughly 290 special votes to be counted on Tuesday. The CIP's candidate, Nga Teiotu, leads the Democrats' Poko Heather by 14 votes in the Rarotonga seat of Murienua, the tightest race.

Tuavera said he would name his Cabinet within days and would keep talking to the two United Party members about cooperation in parliament, although his party does not need their votes to govern.

AD

Turnout was almost 76%, according to the preliminary figures, with 6,912 of 9,118 registered voters casting ballots.

The vote was closely watched in Wellington and Canberra. New Zealand, whose passports Cook Islanders carry and which has long been the country's biggest donor, paused part of its development funding in 2025 after Avarua signed a partnership agreement with China without consulting it first.

Tuavera has since sought to repair ties and has said he will visit Wellington soon after forming a new Cabinet.

About 15,000 people live in the Cook Islands, whose 15 islands lie hundreds of kilometres apart, and far more Cook Islanders have made their homes in New Zealand and Australia.

Seabed minerals were a campaign issue. The government has issued exploration licences for polymetallic nodules but says it will not allow commercial mining until environmental studies are complete. The independent who won Penrhyn, Tuaine Parima, opposes any new licences.

AD

A Pacific Islands Forum observer mission said voting had been peaceful and well organised.

The new parliament is scheduled to sit for the first time on Aug. 18, when members will be sworn in and a Speaker elected.

Official results are expected to be declared after the special votes are counted.
""")

_S2_D = _newsletter_page(
    site="Pacific Policy Weekly", host="www.pacificpolicyweekly.example",
    path="/2026/08/06/cook-islands-after-the-specials",
    issue="Vol. 9, Issue 31",
    headline="Cook Islands: specials confirm the CIP's one-seat majority. Now the hard part",
    teaser="Nothing moved when the special votes were counted. But a 13-seat government has no room for passengers.",
    author="Dr Imogen Saville",
    visible_date="Thursday 6 August 2026",
    published="2026-08-06T07:00:00+10:00",
    sponsor="The Pacific Resilience Summit returns to Suva in November. Early-bird registration closes soon.",
    in_brief=["Samoa: Cabinet approves a revised fisheries levy schedule.",
              "Vanuatu: new ferry service links Port Vila and Luganville.",
              "Fiji: tourism arrivals up on the same month last year.",
              "Tonga: consultation opens on a new renewable energy roadmap."],
    body="""
The special votes are in, and nothing has changed. When Cook Islands electoral officials finished counting the 286 specials on Tuesday, every seat stayed with the party that led on election night, confirming Prime Minister Rangi Tuavera's Cook Islands Party in government with 13 of 24 seats.

The Democratic Party finishes on eight, the United Party on two and independent Tuaine Parima holds Penrhyn. Democratic leader Ana Tokorangi conceded on Tuesday evening, having declined to do so on election night.

The count did tighten where it mattered most. In Murienua, the CIP's Nga Teiotu saw his preliminary lead of 14 votes over the Democrats' Poko Heather shrink to nine once the specials were added. The Democrats have until the end of the week to seek a recount, and Tokorangi said on Tuesday that she would "talk to Poko and the team" before deciding.

With the specials included, 7,198 people voted, and turnout rose to 78.9 per cent from the 75.8 per cent recorded in the preliminary count. That is comfortably above the 2022 figure of about 72 per cent.

AD

## A reminder of how thin the margins are

For readers who were asleep on election night: Chief Electoral Officer Vaine Rima declared the preliminary result at 11:40 p.m. Rarotonga time on Thursday 30 July, which was Friday evening in New Zealand and Australia. Tuavera claimed victory shortly afterwards with a promise that his government would "get on with" the job voters had given it.

The new Parliament will sit for the first time on 25 August, when MPs are sworn in and a Speaker is elected. The official declaration of results is expected on Friday.

FIG|Seats won, 2026 general election (24 seats; 13 needed to govern).|Cook Islands electoral office; Pacific Policy Weekly

## Three things to watch

First, the backbench. A one-seat majority in a 24-member House means any single CIP defection puts the government's ability to pass its budget in question. Cook Islands politics has seen governments fall to floor-crossing before, and Tuavera's Cabinet choices will be read partly as an exercise in keeping ambitious MPs inside the tent.

Second, the relationship with Wellington. Since New Zealand paused part of its development support in 2025 over Avarua's agreement with Beijing, both sides have worked to lower the temperature. Tuavera has said he will visit Wellington soon after the new Cabinet is sworn in, and New Zealand's Foreign Minister, Graham Ellison, was quick to offer congratulations. The visit will show whether the warmer tone translates into restored funding.

AD

Third, the seabed. Parima's win in Penrhyn on an explicit anti-licensing platform gives the northern atolls' concerns a voice in Parliament. The CIP has committed not to approve commercial extraction until the environmental evidence is in, but its majority is thin enough that an independent's vote could become valuable on related legislation.

## Our view

A stable result in a small democracy, counted carefully and accepted by the losing side within a week: the Pacific Islands Forum's observers called the poll "peaceful and well run", and we would not disagree. But governing with 13 seats is a very different proposition from winning them. Expect an early test when the government brings its first supplementary budget to the House.
""")

STORY_2 = _story("el-NF2", "election", "2026-08-06", [
    _page("https://www.avaruapost.example/2026/07/31/cip-holds-on-with-13-seats/", _S2_A),
    _page("https://www.hcbnews.example/news/pacific/cook-islands-election-cip-majority", _S2_B),
    _page("https://www.oceanianewswire.example/pacific/cook-islands-election-result-20260731", _S2_C),
    _page("https://www.pacificpolicyweekly.example/2026/08/06/cook-islands-after-the-specials", _S2_D),
], [
    ("time the preliminary result was declared (Rarotonga time)", r"11[:.]40", r"10[:.]40"),
    ("date the new parliament first sits", r"\b18(?:th)?\s+aug|aug\w*\.?\s+18\b", r"\b25(?:th)?\s+aug|aug\w*\.?\s+25\b"),
])


# ===========================================================================
# STORY 3 - ct-NF3 - Supreme Court of Canada smart-meter ruling (PLANTED x2)
# ===========================================================================

_S3_A = _wire_page(
    site="Maple Newswire", host="www.maplenewswire.example",
    path="/national/scc-smart-meter-warrant-halvorsen",
    headline="Police need warrant for hourly smart-meter data, Supreme Court rules",
    dek="Canada's top court splits 5-4, quashes B.C. man's cannabis production conviction.",
    dateline="OTTAWA, Nov. 13 (MNW)", byline="By Claire Desrosiers",
    published="2026-11-13T10:02:00-05:00", updated="2026-11-13T11:40:00-05:00",
    visible_date="Nov. 13, 2026 10:02 a.m. ET | Updated 11:40 a.m. ET",
    topics=["Supreme Court of Canada", "Privacy", "Policing", "British Columbia"],
    related=[("Supreme Court to hear smart-meter privacy case", "/national/scc-leave-smart-meter"),
             ("B.C. Appeal Court upholds grow-op conviction in split decision", "/bc/bcca-halvorsen"),
             ("What the Charter says about search and seizure", "/explainers/charter-section-8")],
    body="""
Police in Canada must get a warrant or court order before obtaining detailed hourly electricity readings from a home's smart meter, the Supreme Court of Canada ruled on Friday in a 5-4 decision that overturned a British Columbia man's conviction for growing cannabis.

The majority found that RCMP officers violated Dale Halvorsen's Charter right to be secure against unreasonable search when they asked the provincial utility, BC Hydro, for more than a year of hourly consumption data from his rural property in Maple Ridge, B.C., without judicial authorization.

"Hourly consumption records reveal the rhythms of life inside a home: when people wake, when they cook, when they are away," Justice Nadia Berthiaume wrote for the majority. "That is precisely the kind of information section 8 protects."

The court excluded the evidence gathered as a result and entered an acquittal.

AD

Justice Graham Oduya, writing for the four dissenting judges, said the data showed only how much power the property drew and could not reveal what anyone was doing there.

"A meter is not a window," Oduya wrote. "It measures how much power flows into a building, not what anyone does inside it."

Officers obtained 14 months of readings in 2021, more than 10,000 in all, and used them to support a search warrant for the property. In an outbuilding, they found 1,150 cannabis plants, far more than Halvorsen's personal medical production licence allowed.

He was convicted in 2023 in the Supreme Court of British Columbia, the province's trial-level superior court, and sentenced to 30 months in prison. The B.C. Court of Appeal upheld the conviction in a 2-1 ruling in 2024.

The Supreme Court heard the appeal in January.

AD

Berthiaume was joined by Chief Justice Élise Marchand and Justices Ravi Dhaliwal, Thomas Greer and Aileen Fraser. Justices Marc-André Kowalczyk, Sheila Mackay and Pierre Lavigne joined Oduya's dissent.

The majority distinguished a 2010 Supreme Court decision involving a suspected grow operation in Alberta, in which the court found no reasonable expectation of privacy in far less detailed power readings. Hourly data, Berthiaume wrote, was "different in kind, not just in degree".

Halvorsen's lawyer, Priya Sandhu-Whitcombe, called the ruling "a good day for everyone who lives in a house with a smart meter, which is almost everyone".

On whether to exclude the evidence, the majority said the breach was serious because police could readily have sought a production order from a judge and chose not to. Admitting the evidence, Berthiaume wrote, would do more harm to public confidence in the justice system than excluding it.

The dissent warned that the majority's reasoning would be hard to limit to electricity and could extend to water, gas and other utility records.

BC Hydro said it has required a production order or warrant for police requests for customer data since 2024. The Privacy Rights Coalition of Canada, which intervened in the case, said the ruling set a clear rule before utilities begin collecting even finer-grained data.

The Public Prosecution Service of Canada said it was reviewing the decision.
""")

_S3_B = _paper_page(
    site="The Fraser Courier", host="www.frasercourier.example",
    path="/news/courts/supreme-court-smart-meter-maple-ridge-halvorsen",
    section="Courts",
    headline="Maple Ridge grow-op case ends in landmark privacy win at Supreme Court",
    dek="In a five-four ruling, Canada's highest court says hourly smart-meter data can reveal too much about life inside a home to be handed to police without a warrant.",
    author="Gurpreet Mann", author_role="Justice reporter",
    published="2026-11-13T14:20:00-08:00", modified=None,
    visible_date="Friday, November 13, 2026, 2:20 p.m. PST",
    newsletter="Courier Daily",
    most_read=["Pattullo replacement: what commuters need to know",
               "Atmospheric river to bring heavy rain to Lower Mainland",
               "Canucks rally late to beat Oilers",
               "Metro Vancouver rents dip for third month",
               "Opinion: Our transit plan needs more than new buses"],
    related=[("2024: B.C. Court of Appeal upholds Halvorsen conviction", "/news/courts/bcca-halvorsen-2024"),
             ("BC Hydro changes how it handles police data requests", "/news/bc-hydro-police-requests"),
             ("Smart meters, explained", "/news/explainers/smart-meters")],
    body="""
When RCMP officers in Maple Ridge wanted to know what was happening at Dale Halvorsen's property in 2021, they didn't knock on the door or walk the fence line. They asked BC Hydro for his electricity data, and they got it without a warrant.

On Friday, the Supreme Court of Canada ruled five-four that they shouldn't have.

The decision, released at 6:45 a.m. Pacific time, found that hourly readings from a smart meter can reveal so much about the daily routines of the people inside a home that police need judicial authorization before they obtain them. The majority threw out the evidence that followed from the data request and acquitted Halvorsen, who had been sentenced to two and a half years for producing cannabis.

FIG|Dale Halvorsen's property in rural Maple Ridge, where police found more than a thousand cannabis plants in an outbuilding in 2021.|Fraser Courier file

"Hourly consumption records reveal the rhythms of life inside a home," Justice Nadia Berthiaume wrote for the majority, listing when people wake up, cook and leave the house as examples.

Four judges disagreed. Writing for them, Justice Graham Oduya said electricity data was fundamentally different from looking into a home. "A meter is not a window," he wrote.

## How the case began

According to court records, Ridge Meadows RCMP received a tip in the spring of 2021 about a possible grow operation on Halvorsen's acreage in the city's rural north end. Rather than seek a production order, an officer wrote to BC Hydro and received 14 months of hourly consumption data, some 10,200 readings in all.

The readings showed the property using roughly four times as much power as comparable homes nearby, with a steady overnight pattern the officer described as typical of grow lights. That information formed the core of the application for a search warrant, which was executed in October 2021.

Officers found 1,150 plants, well beyond what Halvorsen's personal medical production licence permitted.

AD

At trial in the B.C. Supreme Court in 2023, Justice Hira Lalani ruled that Halvorsen had no reasonable expectation of privacy in the data and convicted him. The B.C. Court of Appeal upheld that result in 2024, but the panel split two to one, with the dissenting appeal judge saying the hourly detail set the case apart from an earlier Alberta precedent. That dissent helped send the case to Ottawa.

## 'Almost everyone'

Halvorsen's lawyer, Vancouver criminal defence counsel Priya Sandhu-Whitcombe, said the ruling reaches far beyond grow-ops.

"Nearly every home in this province has a smart meter," she said in an interview. "This decision tells police that the record of when you turn your kettle on is yours, not theirs to collect on a hunch."

BC Hydro said in a statement that it has required a production order or warrant for requests for customer consumption data since 2024, and that Friday's ruling would not change its current practice.

AD

Owen Achterberg, executive director of the Privacy Rights Coalition of Canada, which intervened in the appeal, said the decision came at the right moment. "Utilities are collecting finer and finer data. Five-minute readings, appliance-level signatures. The court has drawn a line before that data becomes a police tool by default."

The Public Prosecution Service of Canada, which prosecuted the case because it was brought under federal cannabis law, said it was reviewing the ruling.

Halvorsen, now 61, was released on bail pending his appeal and did not respond to a request for comment.

The Supreme Court heard arguments in the case on Jan. 21.
""")

_S3_C = _broadcast_page(
    site="CanaCast News", host="www.canacast.example",
    path="/news/canada/supreme-court-smart-meter-privacy-ruling",
    headline="Supreme Court says police need a warrant to get your smart-meter data",
    summary="Canada's top court has overturned a B.C. man's cannabis conviction in a ruling on electricity data and privacy.",
    reporter="Marcus Bélanger, Parliamentary bureau",
    visible_date="Friday, November 13, 2026 | 12:31 PM EST",
    video_title="What the smart-meter ruling means for your privacy",
    show_promo="Watch The National Desk at 10 p.m. on CanaCast.",
    trending=["Ontario announces new highway tolls review",
              "Winter storm watch for southern Manitoba",
              "Blue Jays sign free agent reliever",
              "Grocery prices: what's driving the latest jump",
              "Quebec City tramway costs climb again"],
    related=[("Your smart meter knows a lot about you. Who else gets to see it?", "/news/tech/smart-meter-data"),
             ("Supreme Court ruling list for the fall session", "/news/canada/scc-fall-session"),
             ("B.C. grow-op conviction upheld on appeal", "/news/canada/bc-growop-appeal")],
    body="""
The Supreme Court of Canada has ruled that police need a warrant or a court order before they can get detailed electricity data from someone's smart meter.

In a 6-3 decision released Friday morning, the court said RCMP officers in British Columbia breached the Charter of Rights and Freedoms when they asked BC Hydro for hourly power readings from a Maple Ridge man's property without going to a judge first.

The ruling overturns the conviction of Dale Halvorsen, who was sentenced to 30 months after police found 1,150 cannabis plants on his land in 2021.

FIG|The Supreme Court of Canada building in Ottawa.|CanaCast / Julien Ouellet

Writing for the majority, Justice Nadia Berthiaume said hour-by-hour readings could show "when people wake, when they cook, when they are away", and that this was the kind of private information the Charter's protection against unreasonable search was meant to cover.

The dissenting judges disagreed sharply. "A meter is not a window," Justice Graham Oduya wrote for the dissent. "It measures how much power flows into a building, not what anyone does inside it."

AD

## What the police did

Officers obtained 14 months of hourly readings from BC Hydro in 2021. They showed the property was using about four times as much electricity as similar homes, and police used that to get a search warrant.

Halvorsen was convicted at trial in 2023. The B.C. Court of Appeal upheld his conviction in 2024, although one of the three appeal judges would have ordered a new trial.

On Friday the Supreme Court excluded the evidence from the search and acquitted him.

## Why it matters

Smart meters are now standard in most Canadian provinces. Privacy advocates have warned for years that the data they collect, which can be recorded hourly or even more often, could reveal when people are home, when they sleep and which appliances they use.

"This decision tells police that the record of when you turn your kettle on is yours," Halvorsen's lawyer, Priya Sandhu-Whitcombe, told CanaCast.

Law professor Aimée Tremblay-Ross of the University of Ottawa said the decision updated the law for a world of more detailed data. "In 2010 the court looked at much cruder readings from an Alberta home and said there was no reasonable expectation of privacy. Today it has said that hourly data is a different animal," she said.

AD

The federal prosecution service, which handled the case because it was brought under the Cannabis Act, said it would review the decision before commenting.

The case was argued before the Supreme Court in January. Rulings are typically released months after the hearing; this one came out at 9:45 a.m. Eastern time.

BC Hydro said its policy since 2024 has been to require a court order for police requests for customer data.
""")

_S3_D = _newsletter_page(
    site="Bench & Bar Weekly", host="www.benchandbarweekly.example",
    path="/2026/11/16/halvorsen-smart-meters-section-8",
    issue="Issue 612",
    headline="R. v. Halvorsen: the smart-meter ruling and what it means for production orders",
    teaser="A one-vote majority redraws the line between utility records and the home. Our analysis.",
    author="Jonathan Adeyemi-Clarke, contributing editor",
    visible_date="Monday, November 16, 2026",
    published=None,
    sponsor="Draft faster with CaseLink Precedents: 4,000+ Canadian litigation templates. Free 30-day trial for firms.",
    in_brief=["Ontario Court of Appeal releases guidance on remote cross-examination.",
              "Federal Court: new practice direction on AI-assisted filings takes effect next month.",
              "Alberta: Law Society consults on revised articling requirements.",
              "Tax Court: three new judges sworn in."],
    body="""
On Friday the Supreme Court of Canada released R. v. Halvorsen, and criminal practitioners should read it this week. By a 5-4 margin the Court held that police obtaining hourly smart-meter consumption data from a utility, without prior judicial authorization, is a search that engages s. 8 of the Charter, and that the warrantless request in this case was unreasonable.

## The facts in brief

Ridge Meadows RCMP, acting on a tip in 2021, asked BC Hydro for 14 months of hourly data from the accused's rural Maple Ridge property. The utility provided it. The data, roughly 10,000 readings showing consumption at about four times that of comparable homes, grounded an information to obtain a search warrant. The search turned up 1,150 plants, well in excess of the accused's personal medical production licence.

The trial judge in the Supreme Court of British Columbia found no reasonable expectation of privacy and convicted; the sentence was 30 months. The Court of Appeal for British Columbia affirmed, 2-1.

AD

## The majority

Berthiaume J. (Marchand C.J. and Dhaliwal, Greer and Fraser JJ. concurring) treats hourly data as qualitatively different from the coarse readings at issue in the 2010 Alberta case, in which the Court had found no reasonable expectation of privacy. The key passage: "Hourly consumption records reveal the rhythms of life inside a home: when people wake, when they cook, when they are away. That is precisely the kind of information section 8 protects."

Applying the totality-of-the-circumstances framework, the majority finds the subject matter to be information about activities within the home, the accused to have a direct interest and a subjective expectation of privacy, and that expectation to be objectively reasonable notwithstanding the utility's terms of service. Contractual terms, the majority says, "cannot be read as a standing invitation to the state".

On s. 24(2), the majority excludes. The breach was serious because the police had a readily available route to a production order and chose not to use it; the impact on the accused's Charter-protected interests was significant; and while the evidence was reliable and the offence serious, admission would damage long-term confidence in the administration of justice. An acquittal was entered.

## The dissent

The dissent is blunt. Kowalczyk J., writing for the four dissenting judges (Oduya, Mackay and Lavigne JJ. concurring), would have found no reasonable expectation of privacy: "A meter is not a window. It measures how much power flows into a building, not what anyone does inside it." The dissent warns that the majority's reasoning will be difficult to confine to electricity and may reach water, gas and other utility records.

AD

## Practice points

First, Crown counsel should assume that any request to a utility for interval data, whether hourly or finer, requires a production order under the Criminal Code. BC Hydro has reportedly required one since 2024, but practices elsewhere vary.

Second, defence counsel with open files involving warrantless utility requests should revisit them. The ruling does not say that all such evidence is to be excluded, but the s. 24(2) analysis here will be hard for the Crown to distinguish where police had time to seek authorization.

Third, the reasoning on terms of service is likely to be cited well beyond utilities, in cases involving telecom metadata and connected-device records.

The appeal was heard on January 21, 2026, so the Court took almost ten months to decide it, longer than its recent average and perhaps a sign of how hard the division was.
""")

STORY_3 = _story("ct-NF3", "court", "2026-11-16", [
    _page("https://www.maplenewswire.example/national/scc-smart-meter-warrant-halvorsen", _S3_A),
    _page("https://www.frasercourier.example/news/courts/supreme-court-smart-meter-maple-ridge-halvorsen", _S3_B),
    _page("https://www.canacast.example/news/canada/supreme-court-smart-meter-privacy-ruling", _S3_C),
    _page("https://www.benchandbarweekly.example/2026/11/16/halvorsen-smart-meters-section-8", _S3_D),
], [
    ("vote split of the Supreme Court", r"\b5\s*(?:-|–|to)\s*4\b|\bfive(?:-|–|\s+to\s+)four\b", r"\b6\s*(?:-|–|to)\s*3\b|\bsix(?:-|–|\s+to\s+)three\b"),
    ("who wrote the dissent ('a meter is not a window')", r"oduya", r"kowalczyk"),
])


# ===========================================================================
# STORY 4 - tr-NF4 - Canada's August merchandise trade (CONTROL)
# ===========================================================================

_S4_A = _wire_page(
    site="Northern Wire Service", host="www.northernwire.example",
    path="/business/canada-trade-deficit-august-2026",
    headline="Canada's trade deficit narrows more than expected in August as exports rise",
    dek="Merchandise trade gap shrinks to C$4.28 billion, smaller than the C$5.0 billion analysts had forecast.",
    dateline="OTTAWA, Oct. 6 (NWS)", byline="By Tomasz Lewandowski",
    published="2026-10-06T08:41:00-04:00", updated=None,
    visible_date="Oct. 6, 2026, 8:41 a.m. EDT",
    topics=["Canada", "Trade", "Economy", "Statistics Canada"],
    related=[("Canadian dollar steady as oil edges higher", "/markets/cad-steady"),
             ("Canada's July trade deficit widens as autos slump", "/business/canada-trade-july-2026"),
             ("CUSMA review: what's on the table", "/business/cusma-review-explainer")],
    body="""
Canada's merchandise trade deficit narrowed to C$4.28 billion in August from a downwardly revised C$5.12 billion in July, as exports of energy products and autos picked up, Statistics Canada said on Tuesday.

Analysts polled by Northern Wire Service had forecast a deficit of C$5.0 billion. Statistics Canada originally reported the July gap as C$5.34 billion.

Total exports rose 2.7% to C$63.41 billion, while imports increased 1.2% to C$67.69 billion. In volume terms, exports gained 1.6% and imports 0.4%.

AD

Exports to the United States climbed 3.4%, and imports from the United States rose 1.7%. As a result, Canada's trade surplus with its largest trading partner widened to C$9.62 billion from C$8.71 billion in July.

Exports to countries other than the United States edged up 0.7%. The deficit with those countries widened slightly to C$13.90 billion from C$13.83 billion.

Exports of energy products increased 6.8%, led by crude oil, on both higher prices and higher volumes. Exports of motor vehicles and parts rose 4.1% as production at several Ontario assembly plants returned to normal after retooling shutdowns in July.

Those gains were partly offset by a 5.3% decline in exports of metal and non-metallic mineral products, as shipments of unwrought gold fell.

"It's a better print than it looks on the surface," said Julien Marchetti, senior economist at Boréal Securities. "Volumes are up, and that's what matters for third-quarter GDP."

Marchetti said the volume gains pointed to net trade adding to growth in the third quarter, after it subtracted from growth in the spring, although he cautioned that gold shipments tend to swing sharply from month to month.

Imports of consumer goods rose 2.3%, while imports of motor vehicles and parts increased 1.9%.

Prices did part of the work. Export prices rose 1.1% in the month and import prices 0.8%, Statistics Canada said.

Not all economists were as upbeat. "July was depressed by shutdowns, so some of this is just a snapback," said Stephanie Nakamura, an economist at Lakeshore Bank.

Compared with August 2025, exports were down 3.1%, as U.S. tariffs on steel, aluminum and autos continued to weigh on shipments. Over the first eight months of 2026, Canada's cumulative merchandise trade deficit reached C$38.6 billion.

The figures come during the formal joint review of the CUSMA trade pact between Canada, the United States and Mexico, in which Ottawa is seeking relief from the U.S. sectoral tariffs.

The Canadian dollar was little changed after the data, trading at about 72.71 U.S. cents.

Including trade in services, Canada posted an overall deficit of C$4.91 billion in August, the agency said.

Statistics Canada will release September trade figures in early November.
""")

_S4_B = _paper_page(
    site="The Bay Street Chronicle", host="www.baystreetchronicle.example",
    path="/economy/article-trade-deficit-narrows-august-exports-energy-autos",
    section="Economy",
    headline="Exports rebound as autos return and oil flows, trimming Canada's trade gap",
    dek="The merchandise deficit shrank to $4.28-billion in August, but exporters say they are still well short of where they were a year ago.",
    author="Priya Ramaswamy", author_role="Economics reporter",
    published="2026-10-06T17:15:00-04:00", modified="2026-10-06T18:02:00-04:00",
    visible_date="Tuesday, October 6, 2026, 5:15 p.m. EDT",
    newsletter="Morning Markets",
    most_read=["Toronto condo presales hit a fresh low",
               "Opinion: The case for a national pharmacare reset",
               "Airline adds nonstop route to Lisbon",
               "Teachers' pension fund names new CEO",
               "How to read your first RRSP statement"],
    related=[("July trade: autos drag exports lower", "/economy/article-trade-july-2026"),
             ("Ottawa's CUSMA review team lays out priorities", "/politics/article-cusma-review-priorities"),
             ("Gold's big year is showing up in trade data", "/investing/article-gold-exports")],
    body="""
Canada's exports rose in August for the first time in three months, helped by a rebound in auto shipments and stronger oil sales, and the country's trade deficit narrowed more than economists had expected.

Statistics Canada said Tuesday that the merchandise trade deficit shrank to $4.28-billion in August from $5.12-billion in July. The July figure was revised down from the $5.34-billion deficit first reported a month ago. Economists had expected a gap of about $5-billion.

Exports increased 2.7 per cent to $63.4-billion, while imports rose 1.2 per cent to $67.7-billion. Stripping out price changes, export volumes were up 1.6 per cent, a sign that the increase was not simply a matter of higher oil prices.

FIG|Vehicles wait to be loaded onto rail cars at an assembly plant in southern Ontario. Auto exports rose 4.1 per cent in August.|Chronicle file photo

The auto sector provided much of the lift. Several Ontario assembly plants were idled for part of July while they retooled for new models, and exports of motor vehicles and parts bounced back 4.1 per cent in August as those lines restarted.

Energy exports were up 6.8 per cent. Crude oil shipments rose 8.2 per cent on both higher prices and larger volumes, with more barrels moving to Asian buyers through the West Coast.

The biggest drag came from metals. Exports of metal and non-metallic mineral products fell 5.3 per cent, mostly because of lower shipments of unwrought gold, which had been unusually strong earlier in the year.

AD

## Still below last year

The monthly improvement masks a tougher picture over a longer period. Compared with August, 2025, total exports were down 3.1 per cent, reflecting the effect of U.S. tariffs on steel, aluminum and autos that have been in place for more than a year.

"The numbers are moving the right way, but we're still below where we were a year ago," said Dana MacPhail, president of the Canadian Exporters Alliance. "A good month is not a recovery."

For the first eight months of 2026, Canada's cumulative merchandise trade deficit stood at $38.6-billion.

Exports to the United States rose 3.4 per cent in August, while imports from the U.S. were up 1.7 per cent. That pushed Canada's trade surplus with the U.S. up to $9.62-billion from $8.71-billion. With all other countries combined, Canada ran a deficit of $13.9-billion.

## Services, and what it means for GDP

When trade in services is included, Canada's overall trade deficit was $4.91-billion in August.

Julien Marchetti, senior economist at Boréal Securities, said the volume gains suggest net trade will add to economic growth in the third quarter after subtracting from it in the spring. "It's a better print than it looks on the surface," he said, noting that real exports had risen even as the gold figures fell.

Other economists were more cautious. Stephanie Nakamura, an economist at Lakeshore Bank, said one month of stronger auto exports did not yet show that the sector had adjusted to U.S. tariffs. "July was depressed by shutdowns, so some of this is just a snapback," she said.

AD

International Trade Minister Anjali Rao-Devereux said in a statement that the figures showed Canadian businesses were "resilient and finding new opportunities", and pointed to a small rise in exports to markets outside the U.S., which edged up 0.7 per cent.

The data come as the formal review of the CUSMA trade agreement with the United States and Mexico continues. Canadian negotiators are pressing for relief from the sectoral tariffs, while U.S. officials have raised Canada's dairy and digital policies.

The loonie was largely unchanged on the day, closing near 72.7 U.S. cents.
""")

_S4_C = _newsletter_page(
    site="CrossBorder Freight Brief", host="www.crossborderfreight.example",
    path="/brief/2026-10-07/statcan-august-trade",
    issue="Daily brief - Wednesday edition",
    headline="August trade: autos back on the rails, deficit trims to C$4.28B",
    teaser="Southbound volumes firmed in August. What the StatCan numbers mean for carriers and brokers.",
    author="Rhiannon Kowal",
    visible_date="Wednesday, October 7, 2026",
    published="2026-10-07T06:00:00-04:00",
    sponsor="Cut border wait-time surprises: RoutePulse live lane data for every major crossing. Try it free.",
    in_brief=["Rail: labour talks at a western short-line railway resume Thursday.",
              "Ports: Montreal terminal extends gate hours through the holiday weekend.",
              "Regulation: new e-manifest fields take effect for LTL shipments next quarter.",
              "Fuel: diesel rack prices ease slightly in Ontario."],
    body="""
Statistics Canada's August merchandise trade numbers, out Tuesday at 8:30 a.m. ET, gave cross-border carriers something they have not had much of this year: a month where southbound freight clearly picked up.

Canada's trade deficit narrowed to C$4.28 billion in August (about US$3.1 billion), from a revised C$5.12 billion in July. The consensus had been around C$5.0 billion, and the July gap was originally published as C$5.34 billion before revisions.

The headline drivers are familiar to anyone who moved freight in July and August.

## Autos: the snapback

Exports of motor vehicles and parts rose 4.1% after retooling shutdowns idled several Ontario assembly lines in July. For carriers serving the Windsor-Detroit and Sarnia-Port Huron corridors, that matched what dispatch boards showed: parts loads recovered through the second half of August.

FIG|Monthly exports of motor vehicles and parts, C$ billions, seasonally adjusted.|Statistics Canada; CrossBorder Freight Brief

## The US lane

Exports to the United States rose 3.4% to C$47.20 billion, about US$34.3 billion at Tuesday's exchange rate. Imports from the US increased 1.7%. Canada's surplus with the US widened to C$9.62 billion from C$8.71 billion.

For brokers, the more telling number may be volumes. Total export volumes rose 1.6% in August, while import volumes edged up 0.4%. Nominal exports were up 2.7% and imports 1.2%, so prices did a fair share of the work on both sides, especially in energy.

AD

## Energy and metals

Energy product exports climbed 6.8%, mostly crude oil, which moves by pipeline and rail rather than truck. Metal and non-metallic mineral products fell 5.3% on lower gold shipments, which matter to air cargo more than to road.

## Overseas

Exports to countries other than the US rose 0.7%, and the deficit with those countries was C$13.90 billion, barely changed from C$13.83 billion in July. For all the talk of diversification, the non-US share of Canada's exports has not moved much this year.

## Goods and services

If you include services, the combined trade deficit was C$4.91 billion in August. Services trade does not move on trucks, but it does show up in the overall current account picture that the Bank of Canada watches.

AD

## What carriers are telling us

We surveyed 41 small and mid-size carriers last week. Twenty-six said southbound loads in August were higher than in July; nine said they were about the same; six said lower. Several noted that northbound backhauls remain weak, which fits the more modest 1.2% rise in imports.

One Ontario fleet owner, who asked not to be named because of ongoing contract talks with an auto supplier, put it simply: "August was the first month since spring where I didn't have trucks sitting in the yard."

Year over year, however, the picture remains soft. Exports in August were 3.1% lower than in August 2025, reflecting US tariffs on steel, aluminum and vehicles.

## Next release

The September trade numbers are due in early November. We will cover them in the brief the next morning.
""")

_S4_D = _local_page(
    site="Bow River Business Beat", host="www.bowriverbeat.example",
    path="/2026/10/06/oil-exports-lift-august-trade/",
    headline="Oil exports help shrink Canada's trade gap in August",
    author="Cody Fairbrother", visible_date="October 6, 2026",
    weather="Calgary: sunny, high 17, chinook winds",
    notices=["Calgary Chamber breakfast on energy transition jobs, Thursday at 7:30 a.m.",
             "Road work: lane closures on Crowchild Trail overnight this week",
             "Small business grant applications close at the end of the month",
             "Farmers' market moves to indoor hours next week"],
    related=[("Oilsands producer lifts output guidance", "/2026/10/02/oilsands-guidance/"),
             ("Pipeline tolls dispute heads to regulator", "/2026/09/29/pipeline-tolls/"),
             ("Alberta jobs report: energy hiring steady", "/2026/09/25/alberta-jobs/")],
    body="""
Higher crude shipments helped narrow Canada's trade deficit in August, according to Statistics Canada figures released Tuesday morning.

Exports of energy products rose 6.8 per cent to $13.05 billion in August, the federal agency said, with crude oil exports up 8.2 per cent on a combination of higher prices and more barrels sold.

The country's overall merchandise trade deficit shrank to $4.28 billion from $5.12 billion in July. That July number was revised; it had first been reported as $5.34 billion.

AD

For Alberta producers, the export story has been about more than just price. More oil is reaching tidewater on the West Coast, and a growing share of it is heading to buyers in Asia rather than to refineries in the U.S. Midwest.

"Every extra barrel that can get to a ship is a barrel that isn't stuck competing for space on the way south," said Marnie Kostiuk, an energy analyst with Chinook Energy Research in Calgary. "That shows up in both volumes and the price we get."

Western Canadian Select, the benchmark for heavy Alberta crude, averaged around US$58 a barrel in August, Kostiuk said, while the discount to the main U.S. benchmark stayed relatively narrow by historical standards.

FIG|Oil storage tanks near Hardisty, Alta.|Bow River Business Beat file

Nationally, total exports rose 2.7 per cent and imports 1.2 per cent. In volume terms, exports increased 1.6 per cent.

Exports to the U.S. rose 3.4 per cent, lifting Canada's trade surplus with the U.S. to $9.62 billion. Energy accounts for a large part of that surplus; without oil and gas, Canada would run a deficit with its southern neighbour.

## Beyond oil

Not everything was positive. Exports of metal and mineral products fell 5.3 per cent, as gold shipments dropped after a strong run earlier in the year.

Auto exports rose 4.1 per cent, but that mostly reflected Ontario plants reopening after July shutdowns rather than any change in underlying demand, economists said.

Canada's trade deficit including services was $4.91 billion for the month.

AD

## What it means here

Calgary economist Ravi Grewal said the August figures were "a reminder of how much the national trade numbers still lean on Alberta".

"When energy exports move, the whole balance moves," Grewal said. "That's true when prices are good, and it's painfully true when they aren't."

He cautioned against reading too much into a single month. Oil prices have been volatile since the summer, and Grewal said September's numbers could easily give some of August's gains back.

The agency will publish September trade data in early November.

Statistics Canada's figures are in Canadian dollars and seasonally adjusted. The August deficit works out to roughly US$3.1 billion.
""")

STORY_4 = _story("tr-NF4", "trade", "2026-10-07", [
    _page("https://www.northernwire.example/business/canada-trade-deficit-august-2026", _S4_A),
    _page("https://www.baystreetchronicle.example/economy/article-trade-deficit-narrows-august-exports-energy-autos", _S4_B),
    _page("https://www.crossborderfreight.example/brief/2026-10-07/statcan-august-trade", _S4_C),
    _page("https://www.bowriverbeat.example/2026/10/06/oil-exports-lift-august-trade/", _S4_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 5 - rk-NF5 - Kestrel Orbital's Harrier reaches orbit (PLANTED x2)
# ===========================================================================

_S5_A = _local_page(
    site="Eyre Peninsula Tribune", host="www.eyretribune.example",
    path="/2026/10/29/harrier-reaches-orbit-whalers-way/",
    headline="'We did it': Harrier rocket roars into orbit from Whalers Way",
    author="Bec Ottaway", visible_date="Thursday, 29 October 2026",
    weather="Port Lincoln: mostly sunny, 21°C, southerly 15-25 km/h",
    notices=["Tunarama committee seeks volunteers for January festival",
             "Lincoln Highway roadworks near Tumby Bay: expect delays",
             "Port Lincoln library school holiday program bookings now open",
             "Fishing charter safety briefing at the marina, Saturday 9am"],
    related=[("Harrier launch scrubbed in final minute", "/2026/10/27/harrier-scrub/"),
             ("Whalers Way road closures for launch week", "/2026/10/22/launch-road-closures/"),
             ("Local students' experiment picked for future launch", "/2026/09/30/students-experiment/")],
    body="""
Hundreds of people on the Port Lincoln foreshore cheered, hugged and in a few cases cried this morning as Kestrel Orbital's Harrier rocket climbed off the pad at Whalers Way and, minutes later, reached orbit.

The two-stage rocket, nearly 20 metres tall, lifted off at 10.17am from the Whalers Way Orbital Launch Complex, about 30 kilometres south-west of Port Lincoln at the bottom of the Eyre Peninsula. Its white exhaust trail was visible for several minutes as it headed south over the Southern Ocean.

Roughly nine minutes after launch, the Adelaide company confirmed that the rocket's upper stage had released both of its small satellites into an orbit about 520 kilometres above Earth.

It was the first orbital attempt for the Harrier, and the first time a privately developed Australian rocket has reached orbit from Australian soil.

FIG|The Harrier rocket lifts off from Whalers Way on Thursday morning.|Eyre Peninsula Tribune / Jodie Mackintosh

"We did it. We put an Australian rocket into orbit from Australian soil, on the first go," Kestrel Orbital chief executive Tessa Varga told a small group of reporters at the launch site. "I don't think I've stopped shaking."

The launch came two days after an attempt on Tuesday was called off 41 seconds before lift-off, when a pressure sensor on the rocket's second stage gave a faulty reading.

AD

Today's countdown went smoothly. The launch window opened at 10am, and the team held briefly to let a band of high cloud clear before resuming the count.

Launch director Callum Ng said the rocket had flown "almost exactly on the trajectory we predicted".

"The first stage did its job, separation was clean, and the second stage engine burned for the full planned duration," he said. "There'll be a lot of data to go through, but on first look it was a very clean flight."

## Crowds on the foreshore

Port Lincoln resident Graham Teakle, 74, brought a folding chair and a thermos to the foreshore at 7am to get a good spot.

"I watched the moon landing on a black and white telly at school," he said. "I never thought I'd see a rocket go up from just down the road."

Local businesses said the launch week had brought a welcome lift. Motels in town were booked out on Monday and Tuesday nights, and several cafes opened early.

AD

## Two satellites aboard

The Harrier carried two satellites: a shoebox-sized 6U Earth observation satellite built by an Adelaide university research group to monitor coastal vegetation, and a smaller 3U technology demonstrator for Perth start-up Lumen Sky.

Lumen Sky said it had received the first signals from its satellite shortly after midday.

Kestrel Orbital has raised about $68 million from investors since it was founded in 2019. Last year it flew a smaller suborbital test rocket from the same site that reached an altitude of about 105 kilometres.

Ms Varga said the company hoped to fly again in the first quarter of 2027, with a larger customer payload.
""")

_S5_B = _wire_page(
    site="AusWire", host="www.auswire.example",
    path="/national/science/kestrel-orbital-harrier-orbit-20261029",
    headline="Australian-built rocket reaches orbit on first attempt",
    dek="Kestrel Orbital's Harrier lifts off from South Australia and deploys two satellites.",
    dateline="ADELAIDE, Oct 29 (AAW)", byline="By Nikhil Pereira",
    published="2026-10-29T00:32:00Z", updated=None,
    visible_date="29 October 2026 11:32am AEDT",
    topics=["Space", "South Australia", "Technology", "Business"],
    related=[("Australian Space Agency unveils new launch licensing rules", "/national/science/space-licensing"),
             ("Kestrel Orbital raises $68m to build orbital rocket", "/business/kestrel-raise"),
             ("Gallery: Harrier on the pad at Whalers Way", "/pictures/harrier-pad")],
    body="""
An Australian-designed rocket has reached orbit on its first attempt, launching from the Eyre Peninsula in South Australia and releasing two small satellites.

Kestrel Orbital's two-stage Harrier rocket lifted off from the Whalers Way Orbital Launch Complex, near Port Lincoln, at 10.47am AEDT (10.17am ACDT) on Thursday.

The Adelaide-based company said the upper stage deployed both satellites about nine minutes after lift-off into a roughly 520-kilometre orbit that passes near both poles.

The 19.5-metre rocket is powered by nine of the company's own kerosene-fuelled engines on its first stage and a single engine on its second stage.

"We put an Australian rocket into orbit from Australian soil, on the first go," chief executive Tessa Varga said.

AD

It is the first privately developed Australian rocket to reach orbit from Australia. An attempt on Tuesday was scrubbed in the final minute of the countdown because of a faulty sensor reading on the second stage.

The head of the Australian Space Agency, Dr Miriam Coles, said the launch was "a genuine milestone for the Australian space industry".

"For decades we have built satellites here and sent them overseas to be launched. Today an Australian company has shown it can do the whole job," she said in a statement.

The payloads were a 6U Earth observation satellite from an Adelaide university and a 3U technology demonstrator owned by Perth company Lumen Sky.

FIG|Kestrel Orbital's Harrier rocket lifts off from Whalers Way, South Australia, on October 29, 2026.|AusWire/Kestrel Orbital

Launch director Callum Ng said early data showed the rocket had flown "almost exactly" as predicted.

The launch window opened at 10am local time (10.30am AEDT), and the team held the countdown briefly to let high cloud clear before the rocket lifted off 17 minutes into the window.

Hundreds of people watched from the foreshore at Port Lincoln, about 30km north-east of the launch site, where the rocket's exhaust trail was visible for several minutes as it headed south over the Southern Ocean.

Tuesday's attempt had been stopped 41 seconds before lift-off. The company replaced the faulty pressure sensor overnight and reset for Thursday.

Perth-based Lumen Sky said it received the first signals from its satellite shortly after midday local time. The university team operating the larger satellite said it expected its first contact later in the day, when the spacecraft passes over a ground station.

Kestrel Orbital, founded in 2019, has raised about $68 million from private investors. The company flew a suborbital test vehicle from the same site in 2025, reaching an altitude of about 105km.

It plans a second orbital flight in the first three months of 2027.

South Australia's Minister for Industry, Tom Calloway, said the state government would keep supporting the launch sector. "This puts the Eyre Peninsula on the map for every satellite operator in the region," he said.
""")

_S5_C = _newsletter_page(
    site="Orbital Dispatch", host="www.orbitaldispatch.example",
    path="/launch-report/2026/10/28/kestrel-harrier-flight-1",
    issue="Launch Report",
    headline="Kestrel Orbital's Harrier makes orbit on debut from South Australia",
    teaser="A first-time success for a small launcher, from a spaceport most of our readers have never seen.",
    author="Maya Brennan",
    visible_date="Wednesday, October 28, 2026",
    published="2026-10-28T21:30:00-04:00",
    sponsor="Need rideshare capacity in 2027? Compare prices and schedules across 14 providers with LaunchMatch.",
    in_brief=["Static fire completed for a European small launcher's upper stage.",
              "Lunar lander team resets landing target to early next year.",
              "FAA publishes draft environmental assessment for a Gulf Coast pad.",
              "Smallsat operator closes Series C round."],
    body="""
Australian startup Kestrel Orbital reached orbit on the first try Wednesday evening US time, as its Harrier rocket lifted off from the Whalers Way Orbital Launch Complex in South Australia at 7:47 p.m. EDT (23:47 UTC). Locally, it was 10:17 a.m. on Thursday.

Harrier is a 64-foot (19.5-meter) two-stage vehicle burning liquid oxygen and kerosene, with nine engines on the first stage and a single vacuum-optimized engine on the upper stage. The company says it can carry about 200 kilograms to low Earth orbit.

## The flight

By the company's account, the first stage burned for a little under two and a half minutes before separating, and the second stage then carried the payloads to orbit. Deployment of both cubesats came around nine minutes into the flight, in a 550-kilometer (about 340-mile) sun-synchronous orbit.

That orbit is a common destination for small Earth-observation satellites, and Whalers Way's location on the southern tip of the Eyre Peninsula allows launches heading south over open ocean, with no populated land under the flight path for thousands of kilometers.

AD

The two payloads were a 6U Earth-observation cubesat for a university group in Adelaide and a 3U tech demo for Perth-based Lumen Sky. Lumen Sky reported first contact with its spacecraft a little under two hours after launch.

FIG|Harrier's ascent as seen from the launch complex's northern camera.|Kestrel Orbital

## Context

Making orbit on a first attempt is not common for new launchers, and Kestrel's engineers had been careful to set expectations low before the flight. Launch director Callum Ng told local media before the launch that reaching the end of the first-stage burn would already count as a useful test.

Ng said afterwards that the rocket had flown "almost exactly" as predicted. Several small launch companies around the world have needed two or three tries before succeeding, and Australia's own earlier efforts at private orbital launch have struggled.

Kestrel Orbital was founded in 2019 in Adelaide and has raised the equivalent of about US$44 million. It flew a suborbital test vehicle to roughly 105 kilometers in 2025. A first attempt at this orbital mission was scrubbed on Tuesday, local time, at T-41 seconds after a sensor on the upper stage returned bad data.

Chief executive Tessa Varga, in a short statement after deployment, said the team had put "an Australian rocket into orbit from Australian soil, on the first go".

AD

## Our take

It is one clean flight, not yet a business. Kestrel will need to fly again soon and often to win customers from established rideshare options, and its second mission is not expected before the first quarter of 2027. But a first-flight success from a new spaceport is notable, and the Whalers Way complex now has an orbital launch on its record.

We will update this report if Kestrel releases additional telemetry.
""")

_S5_D = _broadcast_page(
    site="SBN News", host="www.sbnnews.example",
    path="/news/sa/kestrel-orbital-harrier-what-next",
    headline="After Harrier's historic launch, what's next for South Australia's space industry?",
    summary="Both satellites carried by the Harrier rocket are now talking to their operators, a day after the launch from Whalers Way.",
    reporter="Anh Nguyen, Science reporter",
    visible_date="Friday 30 October 2026 - 7:10am",
    video_title="Watch the Harrier rocket lift off from Whalers Way",
    show_promo="SBN Adelaide News, 6pm weeknights.",
    trending=["Adelaide Oval to host extra concert date",
              "Bushfire season outlook: what SA can expect",
              "Trams to Glenelg disrupted this weekend",
              "Crows sign midfielder on three-year deal",
              "Barossa vintage set for early start"],
    related=[("Harrier rocket reaches orbit in world first for SA company", "/news/sa/harrier-orbit"),
             ("Kestrel Orbital scrubs first attempt", "/news/sa/harrier-scrub"),
             ("Inside the Adelaide factory building rockets", "/news/sa/kestrel-factory")],
    body="""
A day after its Harrier rocket reached orbit from the Eyre Peninsula, Adelaide company Kestrel Orbital says both of the satellites it carried are healthy and in contact with the ground.

The 21.5-metre rocket lifted off from the Whalers Way Orbital Launch Complex at 10.17am yesterday and released its two payloads about nine minutes later, in an orbit roughly 520 kilometres up.

Perth start-up Lumen Sky made contact with its satellite shortly after midday. Late yesterday afternoon the Adelaide university team behind the second, larger satellite confirmed they had also received signals, after an anxious afternoon of waiting for the spacecraft to pass over a ground station.

FIG|Kestrel Orbital staff watch the launch from the control room on Thursday.|SBN News

"That was the longest six hours of my life," said the team's project lead, Associate Professor Dinesh Raman. "When the signal came through, the whole room went up."

## A first for Australia

Kestrel Orbital's chief executive, Tessa Varga, said the result had exceeded even the team's hopes.

"We put an Australian rocket into orbit from Australian soil, on the first go," she said.

The launch followed a scrub on Tuesday, when the countdown was stopped 41 seconds before lift-off because of a faulty sensor reading.

AD

It is the first time a privately developed Australian rocket has reached orbit, and the first orbital launch from Whalers Way.

Australian Space Agency head Dr Miriam Coles called it "a genuine milestone". State Industry Minister Tom Calloway said the government would keep backing the sector.

## What next?

The company says its next launch is planned for the first quarter of 2027, and it is already talking to customers in Australia, Japan and Europe.

Launch director Callum Ng said the team would spend the next few weeks going through data from the flight before locking in the next mission.

"Every sensor on that vehicle was recording, and it flew almost exactly as we predicted," he said. "But there are always things you learn, and we want to learn them before we fly again."

Kestrel Orbital, which was founded in 2019 and has raised about $68 million, employs around 140 people at its factory in Adelaide's northern suburbs.

AD

For Port Lincoln, the launch brought crowds to the foreshore and a lift for local businesses.

"It felt like the whole town was down on the water," said Port Lincoln Mayor Jacinta Doyle. "We'd love to do it again."

Industry analyst Fergus Lim said the real test would be how quickly the company could fly a second time. "One success gets you attention. Flying every couple of months gets you customers," he said.
""")

STORY_5 = _story("rk-NF5", "rocket", "2026-10-30", [
    _page("https://www.eyretribune.example/2026/10/29/harrier-reaches-orbit-whalers-way/", _S5_A),
    _page("https://www.auswire.example/national/science/kestrel-orbital-harrier-orbit-20261029", _S5_B),
    _page("https://www.orbitaldispatch.example/launch-report/2026/10/28/kestrel-harrier-flight-1", _S5_C),
    _page("https://www.sbnnews.example/news/sa/kestrel-orbital-harrier-what-next", _S5_D),
], [
    ("height of the Harrier rocket", r"19[.,]5", r"21[.,]5"),
    ("altitude of the orbit the satellites were released into", r"\b520\b", r"\b550\b"),
])


# ===========================================================================
# STORY 6 - eq-NF6 - Earthquake off the Dominican Republic's north coast (CONTROL)
# ===========================================================================

_S6_A = _liveblog_page(
    site="CBN Caribbean", host="www.cbncaribbean.example",
    path="/live/dominican-republic-earthquake-puerto-plata",
    headline="Strong earthquake off Dominican Republic's north coast - latest updates",
    summary="A magnitude 6.8 earthquake struck off Puerto Plata late on Saturday. Follow our live coverage.",
    started="Live coverage began Sunday 15 March 2026, 12:05 a.m. AST",
    published="2026-03-15T04:05:00Z", modified="2026-03-15T13:30:00Z",
    key_points=["A magnitude 6.8 earthquake struck off the north coast of the Dominican Republic at 11:38 p.m. on Saturday, according to the USGS",
                "Three people are confirmed dead and 47 injured, the Emergency Operations Center said at 8 a.m.",
                "A tsunami threat message was cancelled shortly before 1 a.m.",
                "More than 40 aftershocks have been recorded, the strongest a magnitude 5.2"],
    related=[("Watch: Damage in Puerto Plata's historic centre", "/video/puerto-plata-damage"),
             ("How to prepare for an earthquake", "/explainers/earthquake-preparedness"),
             ("Haiti and Turks and Caicos report shaking but no damage", "/news/haiti-tci-shaking")],
    entries=[
        ("9:30 a.m.", """
Power is coming back. The northern electricity distributor, EDENorte, says service has been restored to about 60 per cent of the roughly 210,000 customers who lost power when the quake hit. Crews are still working in Puerto Plata city and Sosúa.

Schools in Puerto Plata and Espaillat provinces will stay closed on Monday and Tuesday so that engineers can inspect buildings, the education ministry said.
"""),
        ("8:02 a.m.", """
The Emergency Operations Center (COE) has just given its first full update of the day: three people have died and 47 have been injured.

COE director General Rafael Almonte Sosa told reporters in Santo Domingo that search teams were still reaching rural communities in the hills above Puerto Plata. "We have not yet finished checking every community," he said. "These numbers may go up."

FIG|Residents inspect the damaged bell tower of a parish church in Puerto Plata's historic centre on Sunday morning.|CBN / Luis Made

Among the dead is a woman in Sosúa who was struck by a collapsing wall, and an elderly man in Puerto Plata who was hit by falling masonry outside his home.
"""),
        ("7:20 a.m.", """
The shaking was felt well beyond the north coast. Residents of Santo Domingo, on the south coast, said their buildings swayed, and there were reports of people feeling it in northern Haiti and in the Turks and Caicos Islands. No damage has been reported outside the Dominican Republic.

In Sosúa, a hotel says part of its perimeter wall came down but none of its guests were hurt. The tourism ministry says it is checking on visitors at resorts along the coast and has so far heard of no foreign tourists among the injured.

The mountain highway between Puerto Plata and Santiago is partly blocked by a landslide, police say. Drivers are being asked to avoid it.
"""),
        ("6:15 a.m.", """
The strongest aftershock so far, a magnitude 5.2, struck at 4:12 a.m., according to the Dominican seismological institute. Our team in Puerto Plata said it woke many people who had just gone back inside.

The institute says it has now recorded more than 40 aftershocks.
"""),
        ("2:40 a.m.", """
First report of a death. The COE says a woman was killed in Sosúa, about 25 km east of Puerto Plata, when a wall collapsed. Several people have been taken to hospital in Puerto Plata with injuries.
"""),
        ("12:58 a.m.", """
The tsunami threat has been cancelled. The Pacific Tsunami Warning Center, which issues alerts for the Caribbean, says there is no longer a threat. A tide gauge at Puerto Plata recorded a sea-level change of about 14 cm.
"""),
        ("12:31 a.m.", """
The Dominican Republic's own seismological institute, the ISU, has put the magnitude at 6.9. It locates the epicentre in the Atlantic off Puerto Plata province.

The USGS now puts the epicentre about 27 km north-northeast of Puerto Plata, at a depth of about 18 km.
"""),
        ("12:20 a.m.", """
The US Geological Survey has revised the magnitude down to 6.8, from its preliminary estimate of 7.0.
"""),
        ("12:05 a.m.", """
A powerful earthquake has struck off the north coast of the Dominican Republic. The US Geological Survey gives a preliminary magnitude of 7.0. It hit at 11:38 p.m. local time on Saturday.

People in Puerto Plata and Santiago describe strong, long shaking. A tsunami threat message has been issued for coasts within 300 km of the epicentre. If you are near the coast on the north shore, move to higher ground and follow instructions from local authorities.
"""),
    ])

_S6_B = _wire_page(
    site="Meridian Press", host="www.meridianpress.example",
    path="/world/americas/dominican-republic-quake-toll-rises",
    headline="Death toll from Dominican Republic quake rises to seven as aftershocks rattle north coast",
    dek="Magnitude 6.8 quake struck off Puerto Plata late Saturday; 112 injured, officials say.",
    dateline="PUERTO PLATA, Dominican Republic, March 15 (Meridian)", byline="By Ana Lucía Ferreira",
    published="2026-03-15T22:30:00Z", updated=None,
    visible_date="March 15, 2026 22:30 GMT",
    topics=["Dominican Republic", "Earthquakes", "Caribbean", "Disasters"],
    related=[("Factbox: Major earthquakes in the Caribbean", "/world/americas/factbox-caribbean-quakes"),
             ("Dominican tourism arrivals at record in 2025", "/business/dr-tourism-record"),
             ("Haiti rebuild still lagging years after quake", "/world/americas/haiti-rebuild")],
    body="""
The death toll from a strong earthquake off the north coast of the Dominican Republic rose to seven on Sunday, with 112 people injured, as rescuers reached isolated hillside villages and aftershocks kept residents out of their homes.

The magnitude 6.8 quake struck at 11:38 p.m. on Saturday (0338 GMT Sunday) in the Atlantic about 27 km (17 miles) north-northeast of the city of Puerto Plata, at a shallow depth of 18 km (11 miles), the U.S. Geological Survey said. The USGS had initially estimated the magnitude at 7.0.

The Dominican Republic's university seismological institute measured it at 6.9.

"We still haven't finished going through all the communities," said General Rafael Almonte Sosa, director of the Emergency Operations Center (COE), giving the latest figures at 6 p.m. on Sunday.

AD

Most of the dead were killed by falling walls and masonry in Puerto Plata and the nearby resort town of Sosúa. One man died in a landslide in the mountains south of Puerto Plata, the COE said, and the highway linking the city with Santiago, the country's second-largest city, was partly blocked.

In Puerto Plata's historic centre, the bell tower of a parish church was badly cracked and part of its upper section fell into the square. Dozens of older wooden and concrete homes were damaged.

Schools in Puerto Plata and Espaillat provinces will be closed on Monday and Tuesday for inspections.

The Pacific Tsunami Warning Center, which covers the Caribbean, issued a tsunami threat message minutes after the quake but cancelled it about an hour and 20 minutes later. A small sea-level change of around 14 cm was recorded at Puerto Plata.

FIG|Rescue workers clear rubble from a collapsed wall in Sosúa, Dominican Republic, March 15, 2026.|Meridian/Carlos Pimentel

The seismological institute said it had registered more than 60 aftershocks by Sunday evening, the strongest a magnitude 5.2 in the early hours of Sunday.

"Aftershocks will continue for days, possibly weeks," the institute's director, Yolanda Guzmán Reyes, said in a radio interview. She urged people not to re-enter buildings with visible cracks.

The electricity distributor EDENorte said power had been restored to all but about 30,000 of the roughly 210,000 customers who lost supply.

AD

The tourism ministry said there were no foreign visitors among the dead. The north coast, including the cruise ports near Puerto Plata, is one of the country's main tourist areas.

It was the most damaging quake in the area since 2003, when a magnitude 6.4 earthquake damaged schools and a hospital in Puerto Plata. In 1946, a magnitude 8.0 quake off the country's northeast coast, near Samaná, triggered a deadly tsunami.

The Dominican Republic shares the island of Hispaniola with Haiti. Shaking was felt in northern Haiti and in the Turks and Caicos Islands, but no damage was reported there.
""")

_S6_C = _local_page(
    site="Puerto Plata Today", host="www.puertoplatatoday.example",
    path="/2026/03/16/earthquake-toll-11-dead/",
    headline="Earthquake: toll rises to 11 dead as Puerto Plata starts to clean up",
    author=None, visible_date="Monday 16 March 2026",
    weather="Puerto Plata: partly cloudy, 28°C",
    notices=["Free building inspections: call the municipal office to book an engineer",
             "Red Cross blood drive at the provincial hospital, Tuesday from 8 a.m.",
             "Malecon market closed until further notice",
             "Volunteers needed to sort donated supplies at the sports centre"],
    related=[("Where to get help after the earthquake", "/2026/03/15/where-to-get-help/"),
             ("Photos: The night the ground shook", "/2026/03/15/photos-earthquake-night/"),
             ("Cruise calls go ahead after port inspections", "/2026/03/16/cruise-calls/")],
    body="""
Eleven people are now known to have died and 164 were injured in the earthquake that shook Puerto Plata late on Saturday night, the Emergency Operations Center said at midday on Monday.

The new figures include four people found in the rubble of homes in the hill communities south of the city, where rescue teams only arrived on Sunday afternoon because of landslides. Two people are still unaccounted for.

The quake hit at 11.38pm on Saturday, when many people were already asleep. The United States Geological Survey measured it at magnitude 6.8, while the Dominican seismological institute at the state university (ISU-UASD) gave a reading of 6.9. The epicentre was out to sea, off our coast, at a depth of about 18 kilometres.

"It sounded like a train coming through the house," said Marisol Taveras, who lives near the Malecon. "Then everything started to fall off the shelves. We ran out into the street in our pyjamas and we stayed there until the sun came up."

FIG|Volunteers clear debris in the historic centre of Puerto Plata on Monday morning.|Puerto Plata Today

AD

## Counting the damage

Provincial governor Yadira Peña said on Monday morning that engineers had so far inspected more than 300 homes in the city and declared 46 of them unsafe. The bell tower of the parish church in the historic centre has been fenced off, and the square around it is closed.

"We are not going to let anyone back into a house until an engineer has looked at it," Peña said. "Nobody wants to lose more lives to a wall that was already cracked."

In Sosúa, a hotel perimeter wall and several small businesses on the main street were damaged. The hotel said none of its guests were hurt.

The highway to Santiago reopened to light vehicles on Sunday night after crews cleared the landslide, although trucks are still being turned back.

## Aftershocks continue

The ISU said it had recorded more than 90 aftershocks by Monday morning. The biggest, a magnitude 5.2, came at 4.12am on Sunday.

Institute director Yolanda Guzmán Reyes told local radio the aftershocks were "going to go on for days and maybe weeks" and asked people not to sleep in buildings with visible cracks.

Many families spent a second night outside on Sunday, in yards, parks and the baseball stadium, where the municipality set up tents and water points.

AD

## Power and schools

EDENorte said on Monday that electricity had been restored to almost all of the 210,000 customers who lost power on Saturday night, with a few hundred homes in damaged areas still cut off for safety.

Schools in Puerto Plata and Espaillat provinces are closed today and tomorrow. The education ministry said it would decide on Wednesday's classes after inspections.

## A reminder from history

Older residents remember the 2003 earthquake, a magnitude 6.4, which damaged schools and a hospital in the city. This one was stronger, and it came from the sea.

"After 2003 we said we would build better," said civil engineer Rafael Ureña. "Some people did. You can see the difference walking down the street: the new buildings are standing, and the old ones with no reinforcement are the ones that are broken."

How to help: donations of bottled water, tinned food and blankets are being collected at the sports centre from 8 a.m. to 6 p.m.
""")

_S6_D = _paper_page(
    site="The Biscayne Herald", host="www.biscayneherald.example",
    path="/news/world/caribbean/article-dominican-republic-earthquake-miami-families",
    section="Caribbean",
    headline="Dominican Republic quake: at least 3 dead; South Florida families scramble to reach loved ones",
    dek="A magnitude 6.8 earthquake struck off Puerto Plata just before midnight Saturday. Phone lines were jammed for hours.",
    author="Daniela Acosta", author_role="Staff writer",
    published="2026-03-15T11:20:00-04:00", modified=None,
    visible_date="Sunday, March 15, 2026, 11:20 a.m. EDT",
    newsletter="Herald Headlines",
    most_read=["Brightline adds weekend service to Orlando",
               "Marlins' spring training: three takeaways",
               "King tide flooding expected along Miami Beach this week",
               "Condo reserve rules: what owners need to know",
               "Opinion: Miami's housing squeeze has no easy fix"],
    related=[("How to send aid to the Dominican Republic safely", "/news/local/article-donate-dominican-quake"),
             ("Puerto Plata: a city of Victorian houses and cruise ships", "/travel/article-puerto-plata-guide"),
             ("Caribbean quake risk: what scientists know", "/news/science/article-caribbean-quake-risk")],
    body="""
For hours after a powerful earthquake struck off the Dominican Republic's north coast late Saturday, Yanelis Cabrera sat at her kitchen table in Hialeah pressing redial.

Her parents live in a two-story concrete house in Puerto Plata, a few blocks from the waterfront. Her calls would not go through. Messages sat undelivered.

"At 3 in the morning my brother finally got a text. It said, 'We're OK, we're in the street, the wall fell,'" Cabrera, 38, said Sunday. "I just sat on the floor and cried."

The magnitude 6.8 earthquake hit at 11:38 p.m. Saturday, Eastern time, which is the same clock time as the Dominican Republic at this time of year. It was centered in the Atlantic about 17 miles north-northeast of Puerto Plata and about 11 miles deep, according to the U.S. Geological Survey, which had initially put the magnitude at 7.0.

FIG|People gather in a square in Puerto Plata early Sunday after a strong earthquake. Many residents spent the night outdoors.|Courtesy of Yanelis Cabrera

As of Sunday morning, at least three people had been killed and 47 injured, according to the Dominican Republic's Emergency Operations Center. The center's director, Gen. Rafael Almonte Sosa, said in Spanish that crews had "not yet finished checking every community" and warned the numbers could rise.

AD

## 'Everyone knows someone'

South Florida is home to one of the largest Dominican communities in the United States, and many families trace their roots to the north coast around Puerto Plata and Santiago.

At a bakery in Allapattah on Sunday morning, the television above the counter was tuned to a Dominican channel, and customers traded news from relatives.

"Everyone knows someone up there," said Julio Mercedes, 54, who owns the bakery. "My cousin in Sosúa said the shaking lasted almost a minute. She said the bottles in her store all came down at once."

Miami-Dade Commissioner Alina Vargas said county officials were in touch with Dominican consular staff and local charities to coordinate donations. She urged residents to give money to established relief groups rather than collecting goods, which can be slow and expensive to ship.

AD

## Tsunami alert lifted

A tsunami threat message was issued for coastlines within about 190 miles of the epicenter, but it was canceled shortly before 1 a.m. Sunday. No tsunami warning was issued for Florida.

The Dominican Republic's own seismological institute measured the quake at magnitude 6.9. The strongest aftershock so far was a magnitude 5.2 about four and a half hours after the main shock.

Power was cut to about 210,000 customers on the north coast, the regional electric company said, and had been restored to more than half of them by Sunday morning.

The Dominican consulate in Miami said it had set up a phone line for families trying to reach relatives and would share information as it became available.

Cruise lines with ships scheduled to call at the two ports near Puerto Plata this week said they were monitoring the situation. One line said its ship due on Tuesday would call as planned if local authorities gave the all-clear.

The last major earthquake to hit the area, in 2003, measured 6.4 and damaged schools in Puerto Plata. A much larger quake off the northeast coast in 1946 caused a deadly tsunami.
""")

STORY_6 = _story("eq-NF6", "earthquake", "2026-03-16", [
    _page("https://www.cbncaribbean.example/live/dominican-republic-earthquake-puerto-plata", _S6_A),
    _page("https://www.meridianpress.example/world/americas/dominican-republic-quake-toll-rises", _S6_B),
    _page("https://www.puertoplatatoday.example/2026/03/16/earthquake-toll-11-dead/", _S6_C),
    _page("https://www.biscayneherald.example/news/world/caribbean/article-dominican-republic-earthquake-miami-families", _S6_D),
], [])   # a control: no planted disagreement


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
