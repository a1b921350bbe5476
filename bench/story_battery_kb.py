"""Part KB of the story battery (web pages).

Written by engineer KB1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KB1: Bank of Thailand cuts its policy rate 25 bp to 1.25% on a 5-2 vote; CONTROL; traps: bp vs percentage point, 14:30 Bangkok vs 07:30 GMT, Wednesday/yesterday, February's 4-3 hold vote, growth forecast revised 2.0% -> 1.6%, 80 bn baht vs ~$2.4 bn, 32.95 -> 33.08 baht, governor's full/short name, quotes cut at different places, newsletter page without a machine-readable date.
el-KB2: Johor state by-election in Bukit Kepong won with a 3,563 majority; CONTROL; traps: running partial counts and turnout in a live blog, early-vote figure, 2022 majority, turnout 67.95% vs "about 68%", 6pm local vs 10:00 GMT, Saturday/last night, candidate's full/short name, quotes cut differently.
ct-KB3: Phnom Penh Municipal Court jails a condominium developer for eight years for fraud; CONTROL; traps: eight years vs 96 months, 41.2 bn riel vs ~$10.3 m vs "more than 41 billion riel", prosecutors' ten-year demand, co-defendants' sentences, 286 civil parties vs 412 units sold, $14.6 m collected vs compensation, Friday/yesterday, Ouk Vannarith/Vannarith/Ouk, radio page without a machine-readable date.
tr-KB4: Vietnam's July 2026 trade figures; PLANTED: July export growth 15.3% vs 12.9% (Asia Markets TV), Do Quang Thinh's title Deputy Minister vs Minister of Industry and Trade (Ships & Shelves); traps: seven-month totals, import growth, month-on-month change, dollar/dong conversion, last July's figure, export target, 9am Hanoi vs 10am Singapore.
rk-KB5: Indonesian start-up's suborbital rocket test flight; PLANTED: lift-off 09:17 vs 9.47am WIB (Jakarta Chronicle), launch site Pameungpeuk (Garut, West Java) vs near Biak, Papua (Archipelago Press Agency); traps: WIB vs GMT, window opening and hold, the scrubbed Saturday attempt at 10:05 WIB, 112 km vs 70 miles, 6 min 40 s vs 400 s, rupiah vs dollars, name forms, 2028 orbital plan.
eq-KB6: M6.1 earthquake off Sumbawa near Dompu; PLANTED: day of the quake Sunday 18 October vs Saturday 17 October (SEA Newswire), BMKG official's first name Rudi vs Rudy (Sumbawa Today); traps: initial 6.3 revised to 6.1, death toll/houses/aftershocks growing with moments, partial (Dompu) vs whole counts, different aftershocks, WITA vs WIB vs GMT, 38 km vs about 40 km.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Helpers shared by the page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<div class="ad-slot ad-{size}" data-slot="{_e(slot)}" aria-hidden="true">'
            f'<span class="ad-label">Advertisement</span>'
            f'<div class="ad-frame" id="div-gpt-{_e(slot)}"></div></div>')


def _figure(src: str, caption: str, credit: str) -> str:
    return (f'<figure class="inline-image"><img src="{_e(src)}" alt="{_e(caption)}" '
            f'loading="lazy" width="960" height="540">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
            f'</figcaption></figure>')


def _body(text: str) -> str:
    """Turn blank-line separated blocks into article markup.

    "## x" gives a subheading, "> x" a pull quote, "[[AD:slot]]" an advertisement and
    "[[FIG:src|caption|credit]]" an inline picture; everything else is a paragraph.
    """
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(block[2:])}</p></blockquote>')
        elif block.startswith("[[AD:"):
            out.append(_ad(block[5:-2], "300x250"))
        elif block.startswith("[[FIG:"):
            src, caption, credit = block[6:-2].split("|")
            out.append(_figure(src, caption, credit))
        else:
            out.append(f"<p>{_e(block)}</p>")
    return "\n".join(out)


def _ld(kind: str, url: str, headline: str, published: str | None, modified: str | None,
        authors: list[str], publisher: str, logo: str, section: str, image: str,
        description: str) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": description,
        "image": [image],
        "articleSection": section,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": logo}},
    }
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _related(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for u, t in links)
    return f'<aside class="related"><h3>{_e(title)}</h3><ul>{items}</ul></aside>'


def _share(url: str) -> str:
    return (f'<div class="share-bar" role="group" aria-label="Share this article">'
            f'<a class="share fb" href="https://facebook.example/sharer?u={_e(url)}">Facebook</a>'
            f'<a class="share x" href="https://x.example/intent?url={_e(url)}">X</a>'
            f'<a class="share li" href="https://linkedin.example/share?url={_e(url)}">LinkedIn</a>'
            f'<a class="share wa" href="https://wa.example/send?text={_e(url)}">WhatsApp</a>'
            f'<button class="share copy" type="button">Copy link</button></div>')


def _head(title: str, description: str, url: str, image: str, site: str,
          published: str | None, section: str, ld: str, extra: str = "") -> str:
    pub = (f'<meta property="article:published_time" content="{_e(published)}">'
           if published else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_e(description)}">
<link rel="canonical" href="{_e(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:title" content="{_e(title)}">
<meta property="og:description" content="{_e(description)}">
<meta property="og:url" content="{_e(url)}">
<meta property="og:image" content="{_e(image)}">
<meta name="twitter:card" content="summary_large_image">
<meta property="article:section" content="{_e(section)}">
{pub}
{extra}
<link rel="stylesheet" href="/assets/css/main.4f1c2e.css">
<script async src="/assets/js/consent.js"></script>
{ld}
</head>
"""


def _cookie(text: str) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_e(text)}</p><button type="button" class="btn-accept">Accept all</button>'
            f'<button type="button" class="btn-reject">Reject non-essential</button>'
            f'<a href="/privacy">Manage preferences</a></div>')


def _nav(site: str, items: list[str], home: str) -> str:
    links = "".join(f'<li><a href="{_e(home)}/{_e(i.lower().replace(" ", "-"))}">{_e(i)}</a></li>'
                    for i in items)
    return (f'<header class="site-header"><a class="logo" href="{_e(home)}/">{_e(site)}</a>'
            f'<nav class="main-nav" aria-label="Main"><ul>{links}</ul></nav>'
            f'<a class="subscribe" href="{_e(home)}/subscribe">Subscribe</a>'
            f'<button class="search-toggle" type="button" aria-label="Search">Search</button>'
            f'</header>')


def _footer(site: str, home: str, year: str = "2026", extra: str = "") -> str:
    return (f'<footer class="site-footer"><nav aria-label="Footer"><ul>'
            f'<li><a href="{_e(home)}/about">About us</a></li>'
            f'<li><a href="{_e(home)}/contact">Contact</a></li>'
            f'<li><a href="{_e(home)}/advertise">Advertise</a></li>'
            f'<li><a href="{_e(home)}/terms">Terms of use</a></li>'
            f'<li><a href="{_e(home)}/privacy">Privacy policy</a></li>'
            f'<li><a href="{_e(home)}/corrections">Corrections</a></li></ul></nav>'
            f'{extra}<p class="copyright">&copy; {year} {_e(site)}. All rights reserved.</p>'
            f'</footer>')


# ---------------------------------------------------------------------------
# Page templates, one per kind of outlet
# ---------------------------------------------------------------------------

def wire_page(*, site: str, home: str, url: str, headline: str, summary: str,
              byline: list[str], dateline: str, when: str, published: str | None,
              modified: str | None, section: str, image: str, caption: str, credit: str,
              body: str, related: list[tuple[str, str]], note: str = "") -> str:
    """A wire-service story page: slim chrome, dateline in capitals, editing credit."""
    ld = _ld("NewsArticle", url, headline, published, modified, byline, site,
             f"{home}/static/logo.png", section, image, summary)
    head = _head(f"{headline} | {site}", summary, url, image, site, published, section, ld)
    by = " and ".join(byline)
    return head + f"""<body class="wire story">
{_cookie("We use cookies to run this site, count visits and show advertising. You can change your choices at any time.")}
{_nav(site, ["World", "Asia", "Business", "Markets", "Politics", "Technology", "Wire feed"], home)}
<div class="leaderboard">{_ad("wire-top", "728x90")}</div>
<main id="content">
<article class="wire-story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-head">
<p class="kicker"><a href="{_e(home)}/{_e(section.lower())}">{_e(section)}</a></p>
<h1 itemprop="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(summary)}</p>
<p class="byline">By <span class="author">{_e(by)}</span></p>
<p class="timestamp">{_e(when)}</p>
{_share(url)}
</header>
{_figure(image, caption, credit)}
<div class="story-body" itemprop="articleBody">
<p class="dateline"><strong>{_e(dateline)}</strong> &mdash;</p>
{_body(body)}
</div>
<p class="editor-note">{_e(note or "Reporting by the " + site + " Asia desk; editing by the regional news team.")}</p>
</article>
{_related("More from the wire", related)}
<aside class="sidebar">{_ad("wire-side", "300x600")}</aside>
</main>
{_footer(site, home, extra='<p class="trust">Our editorial standards and corrections policy are published on the About page.</p>')}
</body>
</html>
"""


def paper_page(*, site: str, home: str, url: str, headline: str, summary: str,
               byline: list[str], role: str, dateline: str, when: str, published: str | None,
               modified: str | None, section: str, image: str, caption: str, credit: str,
               body: str, related: list[tuple[str, str]], print_note: str = "") -> str:
    """A national newspaper's web page: section nav, author card, print-edition note."""
    ld = _ld("NewsArticle", url, headline, published, modified, byline, site,
             f"{home}/img/masthead.png", section, image, summary)
    head = _head(f"{headline} - {site}", summary, url, image, site, published, section, ld,
                 extra=f'<meta name="author" content="{_e(", ".join(byline))}">')
    authors = "".join(f'<a class="author" rel="author" href="{_e(home)}/authors/'
                      f'{_e(a.lower().replace(" ", "-"))}">{_e(a)}</a>' for a in byline)
    return head + f"""<body class="article-page newspaper">
{_cookie("This website uses cookies and similar technologies to improve your experience and to measure readership. By continuing you agree to our use of cookies.")}
<div class="top-strip"><span class="edition">Print edition</span> <a href="{_e(home)}/e-paper">E-paper</a> <a href="{_e(home)}/newsletters">Newsletters</a> <a href="{_e(home)}/login">Sign in</a></div>
{_nav(site, ["News", "Business", "Politics", "Opinion", "Region", "Lifestyle", "Sport"], home)}
<div class="ad-banner">{_ad("paper-leader", "970x250")}</div>
<main class="layout">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{_e(home)}/">Home</a> &rsaquo; <a href="{_e(home)}/{_e(section.lower())}">{_e(section)}</a></nav>
<article class="main-article">
<header>
<h1>{_e(headline)}</h1>
<h2 class="deck">{_e(summary)}</h2>
<div class="meta"><span class="by">By {authors}</span> <span class="role">{_e(role)}</span>
<span class="date">{_e(when)}</span></div>
{_share(url)}
</header>
{_figure(image, caption, credit)}
<section class="article-content">
<p><span class="dateline">{_e(dateline)}:</span></p>
{_body(body)}
</section>
<p class="print-note">{_e(print_note)}</p>
<div class="tags"><a href="{_e(home)}/tag/{_e(section.lower())}">{_e(section)}</a></div>
</article>
<aside class="rail">{_ad("paper-rail-1")}
{_related("Related stories", related)}
<div class="most-read"><h3>Most read</h3><ol><li><a href="{_e(home)}/lifestyle/night-markets-guide">A guide to the night markets worth the queue</a></li><li><a href="{_e(home)}/sport/football-roundup">Weekend football round-up</a></li><li><a href="{_e(home)}/opinion/letters">Letters to the editor</a></li></ol></div>
{_ad("paper-rail-2")}</aside>
</main>
{_footer(site, home, extra='<p class="subs">Subscribe for unlimited access to our journalism and the daily e-paper.</p>')}
</body>
</html>
"""


def broadcast_page(*, site: str, home: str, url: str, headline: str, summary: str,
                   byline: list[str], dateline: str, when: str, published: str | None,
                   modified: str | None, section: str, image: str, caption: str, credit: str,
                   body: str, related: list[tuple[str, str]], video_title: str,
                   video_len: str) -> str:
    """A broadcaster's news page: video player on top, 'watch next' rail."""
    ld = _ld("NewsArticle", url, headline, published, modified, byline, site,
             f"{home}/brand/logo-square.png", section, image, summary)
    head = _head(f"{headline} | {site}", summary, url, image, site, published, section, ld)
    by = ", ".join(byline)
    return head + f"""<body class="broadcast news-article">
{_cookie("We and our partners use cookies to personalise content, to provide live streams and to analyse our traffic.")}
{_nav(site, ["Live TV", "News", "Business", "Asia", "Weather", "Programmes", "Podcasts"], home)}
<div class="breaking-ticker" aria-label="Latest headlines"><span>Latest</span> <a href="{_e(home)}/weather/monsoon-outlook">Weather: the week ahead across the region</a></div>
<main>
<article class="news-story">
<div class="video-player" data-duration="{_e(video_len)}"><div class="poster"><img src="{_e(image)}" alt="{_e(video_title)}"></div>
<p class="video-title">Watch: {_e(video_title)} <span class="duration">{_e(video_len)}</span></p></div>
<header>
<p class="section-label">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
<p class="byline">{_e(by)}</p>
<time class="published">{_e(when)}</time>
{_share(url)}
</header>
<div class="story-text">
<p class="dateline">{_e(dateline)}</p>
{_body(body)}
</div>
<p class="image-credit">Main image: {_e(caption)} ({_e(credit)})</p>
</article>
<aside class="watch-next">{_related("Watch and read next", related)}{_ad("tv-mpu")}</aside>
</main>
{_footer(site, home, extra='<p class="apps">Get our app for live TV and breaking news alerts.</p>')}
</body>
</html>
"""


def local_page(*, site: str, home: str, url: str, headline: str, summary: str,
               byline: list[str], dateline: str, when: str, published: str | None,
               modified: str | None, section: str, image: str, caption: str, credit: str,
               body: str, related: list[tuple[str, str]], community: str) -> str:
    """A regional / local news site: busier chrome, community notices, comments link."""
    ld = _ld("NewsArticle", url, headline, published, modified, byline, site,
             f"{home}/wp-content/uploads/logo.png", section, image, summary)
    head = _head(f"{headline} - {site}", summary, url, image, site, published, section, ld,
                 extra='<meta name="generator" content="WordPress 6.8">')
    by = " & ".join(byline)
    return head + f"""<body class="post-template-default single single-post">
{_cookie("Our site uses cookies. Some are needed for the site to work, others help us understand how readers use it.")}
<div class="topbar"><span class="today">Local news, every day</span> <a href="{_e(home)}/tip-off">Send us a tip</a> <a href="{_e(home)}/donate">Support local journalism</a></div>
{_nav(site, ["Home", "Local", "Region", "Business", "Community", "Events", "Jobs"], home)}
<div class="header-ad">{_ad("local-header", "728x90")}</div>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header">
<span class="cat-links"><a href="{_e(home)}/category/{_e(section.lower())}" rel="category tag">{_e(section)}</a></span>
<h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta"><span class="byline">Written by {_e(by)}</span> <span class="posted-on">{_e(when)}</span></div>
{_share(url)}
</header>
{_figure(image, caption, credit)}
<div class="entry-content">
<p><strong>{_e(dateline)}</strong> &ndash; {_e(summary)}</p>
{_body(body)}
</div>
<footer class="entry-footer"><a href="{_e(url)}#comments" class="comments-link">Leave a comment</a></footer>
</article>
{_related("You may also like", related)}
</main>
<aside id="secondary" class="widget-area">{_ad("local-side")}
<section class="widget community"><h3>Community notices</h3><p>{_e(community)}</p></section>
</aside></div>
{_footer(site, home)}
</body>
</html>
"""


def newsletter_page(*, site: str, home: str, url: str, headline: str, summary: str,
                    author: str, issue: str, when: str, published: str | None, section: str,
                    image: str, caption: str, credit: str, body: str,
                    related: list[tuple[str, str]]) -> str:
    """A subscription newsletter's web edition: issue number, sign-up box, archive links."""
    ld = (_ld("NewsArticle", url, headline, published, published, [author], site,
              f"{home}/logo.png", section, image, summary) if published else "")
    head = _head(f"{headline} - {site}", summary, url, image, site, published, section, ld,
                 extra='<meta name="robots" content="max-image-preview:large">')
    return head + f"""<body class="newsletter web-edition">
{_cookie("We use a small number of cookies to keep you signed in and to understand which issues are read.")}
{_nav(site, ["Latest issue", "Archive", "Data", "Events", "About"], home)}
<main class="issue">
<article class="issue-item">
<header class="issue-head">
<p class="issue-no">{_e(issue)}</p>
<h1>{_e(headline)}</h1>
<p class="dek">{_e(summary)}</p>
<p class="author-line">Written by {_e(author)} &middot; <span class="date">{_e(when)}</span></p>
{_share(url)}
</header>
{_figure(image, caption, credit)}
<div class="issue-body">
{_body(body)}
</div>
<div class="signup-box"><h3>Get the next issue in your inbox</h3><form action="{_e(home)}/subscribe" method="post"><input type="email" name="email" placeholder="Your work email"><button type="submit">Sign up</button></form></div>
</article>
{_related("From the archive", related)}
<div class="sponsor">{_ad("nl-sponsor", "600x150")}</div>
</main>
{_footer(site, home, extra='<p class="unsub">You are reading the web edition. Manage your subscription in your account settings.</p>')}
</body>
</html>
"""


def liveblog_page(*, site: str, home: str, url: str, headline: str, summary: str,
                  byline: list[str], when: str, published: str | None, modified: str | None,
                  section: str, image: str, caption: str, credit: str,
                  entries: list[tuple[str, str, str]], related: list[tuple[str, str]],
                  key_points: list[str]) -> str:
    """A live blog: key points box, then time-stamped entries, newest first."""
    ld = _ld("LiveBlogPosting", url, headline, published, modified, byline, site,
             f"{home}/static/logo.svg", section, image, summary)
    head = _head(f"{headline} | {site}", summary, url, image, site, published, section, ld)
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    posts = []
    for n, (stamp, title, text) in enumerate(entries):
        posts.append(f'<div class="live-entry" id="entry-{len(entries) - n}">'
                     f'<p class="entry-time"><time>{_e(stamp)}</time></p>'
                     + (f"<h3>{_e(title)}</h3>" if title else "")
                     + _body(text) + "</div>")
        if n == 2:
            posts.append(_ad("live-inline"))
    by = ", ".join(byline)
    return head + f"""<body class="live-page">
{_cookie("We use cookies to keep live pages updating and to measure our audience.")}
{_nav(site, ["Live", "News", "Politics", "Business", "Science", "Video"], home)}
<main class="live-layout">
<article class="liveblog">
<header class="live-head">
<p class="live-badge">LIVE</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(summary)}</p>
<p class="byline">Live coverage by {_e(by)}</p>
<p class="updated">{_e(when)}</p>
{_share(url)}
</header>
{_figure(image, caption, credit)}
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<div class="live-feed">
{"".join(posts)}
</div>
</article>
<aside class="live-rail">{_ad("live-rail")}{_related("Related coverage", related)}</aside>
</main>
{_footer(site, home)}
</body>
</html>
"""


# ===========================================================================
# cb-KB1 (CONTROL) - Bank of Thailand rate cut
# ===========================================================================
# Facts: Wednesday 29 April 2026, Bank of Thailand Monetary Policy Committee (7 members) cuts the
# one-day repurchase rate by 25 bp (a quarter of a percentage point) from 1.50% to 1.25%; vote 5-2,
# the two dissenters wanted to hold. Decision published 14:30 Bangkok time (07:30 GMT). First cut
# since October 2025 (when the rate went to 1.50%). Previous meeting 25 February 2026: hold, 4-3.
# Governor Worawit Kittikhun ("Mr Worawit"); assistant governor and MPC secretary Piyanuch
# Srisawat. 2026 GDP forecast 1.6% (was 2.0% in February); 2027 forecast unchanged at 2.1%;
# 2026 headline inflation forecast 0.3% (was 0.6%); target range 1-3%. Household debt about 87% of
# GDP. New 80 billion baht (about US$2.4 bn) soft-loan facility for SMEs, on-lending capped at 3%
# a year, terms due in May. Baht weakened about 0.4%: 32.95 before, 33.08 per dollar at 4pm.
# SET index closed 1.1% higher. Q1 GDP due from NESDC on 18 May; next MPC meeting 24 June.
# Governor's quote (full): "The economy is running below its potential and price pressures remain
# very weak. The committee judged that a lower rate would give households and small firms some
# breathing room without putting financial stability at risk." Second quote: "We still have policy
# space, but it is not unlimited, and we intend to use it carefully."

_CB_WIRE_BODY = """
Thailand's central bank lowered its benchmark interest rate by 25 basis points to 1.25% on
Wednesday, saying the economy was growing below its potential and that inflation was too weak to
justify keeping borrowing costs where they were.

The Bank of Thailand's Monetary Policy Committee voted 5-2 to reduce the one-day repurchase rate
from 1.50%, with the two dissenting members preferring to hold. The decision was announced at
14:30 local time (0730 GMT).

It was the committee's first reduction since October 2025, when it brought the rate down to
1.50%. At its previous meeting, on Feb. 25, the panel left the rate unchanged in a 4-3 vote,
with three members already arguing for a cut.

"The economy is running below its potential and price pressures remain very weak," Governor
Worawit Kittikhun said in a statement released alongside the decision.

[[AD:wire-mid]]

The committee cut its forecast for economic growth this year to 1.6% from the 2.0% it projected
in February, citing softer goods exports, a slower recovery in manufacturing and subdued
household spending. It kept its 2027 growth forecast at 2.1%.

Headline inflation is now expected to average 0.3% in 2026, well below the central bank's target
range of 1% to 3%. The bank had previously forecast 0.6%.

In its statement, the committee said tourism receipts were recovering steadily but that the gains
were unevenly spread across the country, and that it would watch closely how the lower rate
affected the quality of bank loans. Thai lenders remained well capitalised, it said.

## Credit for small firms

Alongside the rate move, the central bank said it would set aside 80 billion baht (about $2.4
billion) for a soft-loan facility aimed at small and medium-sized businesses. Commercial banks
will be able to draw on the money and lend it on at no more than 3% a year, the bank said,
adding that details would be published in May.

The baht weakened after the announcement, falling about 0.4% against the dollar in afternoon
trade, while yields on shorter-dated Thai government bonds fell. The main stock index extended
its early gains.

## Dissent over debt

Piyanuch Srisawat, an assistant governor who serves as secretary to the committee, told
reporters that the dissenting members were concerned about the level of household borrowing,
which the central bank puts at about 87% of gross domestic product.

"The two members who preferred to wait were worried mainly about household debt, not about
inflation," she said.

Economists had been divided ahead of the meeting. Some had argued the bank would prefer to wait
for first-quarter GDP data, which the National Economic and Social Development Council is due to
publish on May 18.

Natthaporn Chaiyasit, an economist at Lumphini Capital in Bangkok, said the statement left the
door open to further easing. "They have told us the economy is weaker than they thought in
February and that inflation is nowhere near target. I would not rule out one more move in the
third quarter," she said.

The government has pressed the central bank for months to lower borrowing costs, arguing that
high rates weigh on indebted households and small companies. The bank has consistently said it
sets policy independently.

The committee's next scheduled meeting is on June 24.
"""

_CB_WIRE = wire_page(
    site="Mekong Wire", home="https://mekongwire.example",
    url="https://mekongwire.example/business/2026/04/29/thailand-central-bank-cuts-rate-to-1-25",
    headline="Thai central bank cuts rate to 1.25%, lowers growth forecast",
    summary="Bank of Thailand trims policy rate by 25 basis points in a 5-2 vote and unveils a "
            "soft-loan facility for small businesses.",
    byline=["Arthit Jaidee", "Mali Sornsuwan"], dateline="BANGKOK, April 29",
    when="April 29, 2026 07:48 GMT - Updated April 29, 2026 08:55 GMT",
    published="2026-04-29T07:48:00Z", modified="2026-04-29T08:55:00Z", section="Business",
    image="https://mekongwire.example/media/2026/04/bot-building.jpg",
    caption="The Bank of Thailand headquarters in Bangkok.",
    credit="Mekong Wire/File photo",
    body=_CB_WIRE_BODY,
    related=[("https://mekongwire.example/markets/asia-fx-weekly",
              "Asian currencies: what traders are watching this week"),
             ("https://mekongwire.example/business/thai-tourism-provinces",
              "Thai resorts outside Bangkok and Phuket try to win back visitors"),
             ("https://mekongwire.example/business/asean-central-banks-explainer",
              "Explainer: how Southeast Asia's central banks set interest rates")],
)

_CB_PAPER_BODY = """
The Bank of Thailand yesterday cut its policy rate by a quarter of a percentage point to 1.25 per
cent, its first reduction in six months, after concluding that the economy needs more help than
it appeared to only two months ago.

Five of the seven members of the Monetary Policy Committee (MPC) voted for the cut, while two
preferred to keep the one-day repurchase rate at 1.50 per cent. The vote reversed the outcome of
the February meeting, when the committee held the rate by four votes to three.

Governor Worawit Kittikhun, who chairs the committee, said the decision reflected a broad
softening across the economy rather than any single shock.

"The economy is running below its potential and price pressures remain very weak. The committee
judged that a lower rate would give households and small firms some breathing room without
putting financial stability at risk," Mr Worawit said in a statement issued at 2.30pm.

## Forecasts lowered

The central bank now expects gross domestic product to grow by 1.6 per cent this year, down from
its February projection of 2.0 per cent. Its forecast for 2027 was left at 2.1 per cent.
Headline inflation is projected at 0.3 per cent this year, compared with an earlier estimate of
0.6 per cent and a target range of 1-3 per cent.

The committee pointed to weaker goods exports, factories running well below capacity and
cautious household spending as the main sources of weakness. It described tourism as a bright
spot, though one whose benefits were concentrated in a handful of provinces.

[[FIG:https://chaophrayatimes.example/img/2026/04/30/briefing.jpg|Assistant governor Piyanuch Srisawat speaks to reporters at the central bank on Wednesday.|Photo: Chao Phraya Times/Weerapong K.]]

Piyanuch Srisawat, assistant governor and secretary to the MPC, said the minority had not
disputed the committee's reading of growth or prices.

"The two members who preferred to wait were worried mainly about household debt, not about
inflation," she told a press briefing at the central bank's headquarters on Samsen Road.
Household debt stood at about 87 per cent of GDP at the end of last year, according to central
bank data.

## 80 billion baht for SMEs

The bank also announced an 80-billion-baht soft-loan facility for small and medium-sized
enterprises, which have found it increasingly difficult to borrow as lenders tightened their
standards. Under the scheme, commercial banks will be able to relend the funds at an interest
rate capped at 3 per cent a year. The central bank said full terms would be released next
month.

[[AD:paper-inline]]

Mr Worawit said the bank would not hesitate to act again if the outlook deteriorated, but
cautioned against expectations of a long series of cuts.

"We still have policy space, but it is not unlimited, and we intend to use it carefully," he
said.

## Markets and politics

The baht weakened after the announcement and was quoted at 33.08 to the US dollar at 4pm,
compared with about 32.95 before the decision. The SET index closed 1.1 per cent higher, led by
property developers and banks.

Government figures have argued publicly for months that borrowing costs were too high for an
economy struggling to regain momentum, a campaign that some analysts feared would be read as
pressure on the central bank. Asked about it yesterday, Mr Worawit said only that the committee
"looks at the data, not at the headlines".

Thanakorn Boonma, chief economist at Rattanakosin Bank, said the move was sensible but would not
by itself solve the problem of weak credit demand.

"Cheaper money helps at the margin. What small firms really need is for banks to be willing to
lend to them at all, which is why the soft-loan facility may matter more than the rate cut," he
said.

Economists will now turn to first-quarter growth figures, due from the National Economic and
Social Development Council on May 18, for clues as to whether the central bank has done enough.
The MPC meets next on June 24.
"""

_CB_PAPER = paper_page(
    site="The Chao Phraya Times", home="https://chaophrayatimes.example",
    url="https://chaophrayatimes.example/business/2026/04/30/bot-trims-key-rate-growth-outlook",
    headline="Central bank trims key rate to 1.25pc as growth outlook dims",
    summary="Two of seven committee members wanted to wait, citing household debt; governor says "
            "room for further easing is 'not unlimited'",
    byline=["Kanokwan Rattanasiri"], role="Senior Economics Reporter", dateline="BANGKOK",
    when="Thursday, 30 April 2026, 05:00", published="2026-04-30T05:00:00+07:00",
    modified="2026-04-30T05:00:00+07:00", section="Business",
    image="https://chaophrayatimes.example/img/2026/04/30/worawit-statement.jpg",
    caption="Governor Worawit Kittikhun has said the bank will use its remaining room carefully.",
    credit="Photo: Chao Phraya Times archive",
    body=_CB_PAPER_BODY,
    related=[("https://chaophrayatimes.example/opinion/2026/04/household-debt-trap",
              "Opinion: the household debt problem no rate cut can fix"),
             ("https://chaophrayatimes.example/business/2026/04/sme-lending-survey",
              "Small firms say banks are turning them away"),
             ("https://chaophrayatimes.example/business/2026/04/baht-week-ahead",
              "Baht outlook: exporters hope for relief")],
    print_note="A version of this article appears in the print edition of Thursday, 30 April "
               "2026, on page B1.",
)

_CB_TV_BODY = """
Thailand's central bank cut its key interest rate on Wednesday afternoon, lowering the cost of
borrowing for the first time since October as the economy loses steam.

The Bank of Thailand's Monetary Policy Committee reduced the policy rate by 0.25 percentage point
to 1.25%. Five members backed the move and two voted to keep the rate unchanged at 1.50%.

Speaking to reporters after the decision, Governor Worawit said the committee had weighed the
risk of encouraging more borrowing by households that already owe a great deal against the cost
of leaving the economy without support.

"A lower rate would give households and small firms some breathing room without putting
financial stability at risk," he said.

The central bank now expects the economy to grow 1.6% this year, compared with the 2.0% it
forecast in February, and sees inflation averaging just 0.3%, far below its target range of 1% to
3%.

In its statement, the committee said goods exports had been weaker than expected and that many
factories were running well below capacity. Tourism was described as the one part of the economy
still gaining strength, though visitors were concentrated in a few provinces.

Assistant governor Piyanuch Srisawat told reporters the committee would study first-quarter
growth figures closely before its next meeting, and that the bank would watch whether lenders
passed on the lower rate to their customers.

## What it means for borrowers

Commercial banks usually adjust their own lending rates within days of a central bank decision,
although they do not always pass on the full cut. Several large lenders said on Wednesday they
would review their rates.

For a borrower with a 3-million-baht floating-rate mortgage, a full pass-through would reduce
interest costs by roughly 7,500 baht a year, or about 625 baht a month.

Savers are likely to see deposit rates edge lower too.

[[AD:tv-inline]]

## Help for small businesses

The bank also announced a soft-loan programme worth 80 billion baht, or roughly US$2.4 billion,
for small and medium-sized businesses. Banks will be able to use the money to lend at rates of
no more than 3% a year.

At Bangkok's Pratunam wholesale market, garment trader Somsak Phuangthong said the real problem
for stallholders like him was getting a loan at all.

"Every time I go to the bank they ask for more documents and then they say no. If this new money
really reaches small shops, that would help more than a small change in the interest rate," he
told SBN.

## A divided committee

The two members who voted against the cut were concerned about household debt, which is
equivalent to about 87% of the country's GDP, according to the central bank's assistant
governor, Piyanuch Srisawat.

In February the committee had been split the other way, voting four to three to keep the rate on
hold.

Natthaporn Chaiyasit, an economist at Lumphini Capital, said the bank's new forecasts suggested
it could cut again later in the year. "I would not rule out one more move in the third quarter,"
she said.

The Thai baht slipped about 0.4% against the US dollar after the decision was announced at
2.30pm, while shares on the Stock Exchange of Thailand rose.

Governor Worawit said the bank still had room to act but would use it sparingly. "We still have
policy space, but it is not unlimited," he said.

The next rate decision is due on June 24, after first-quarter growth figures are published in
mid-May.
"""

_CB_TV = broadcast_page(
    site="SBN Siam Broadcast News", home="https://siambroadcast.example",
    url="https://siambroadcast.example/news/business/bank-of-thailand-cuts-interest-rate-290426",
    headline="Bank of Thailand cuts interest rate for first time since October",
    summary="The central bank lowers its policy rate to 1.25% and trims its growth forecast, "
            "saying households and small businesses need relief.",
    byline=["Phatcharin Wongsa", "SBN Business Desk"], dateline="Bangkok",
    when="Wednesday 29 April 2026, 18:20 ICT", published="2026-04-29T18:20:00+07:00",
    modified="2026-04-29T19:05:00+07:00", section="Business",
    image="https://siambroadcast.example/images/2026/04/29/bot-press-briefing.jpg",
    caption="Reporters at the central bank's briefing on Wednesday",
    credit="SBN",
    body=_CB_TV_BODY,
    related=[("https://siambroadcast.example/news/business/how-mortgage-rates-work",
              "Explained: how your mortgage rate is set"),
             ("https://siambroadcast.example/programmes/money-talk",
              "Money Talk: small traders on the cost of credit"),
             ("https://siambroadcast.example/news/business/set-index-close",
              "Market close: Thai shares and the baht")],
    video_title="Governor explains why the committee cut rates", video_len="2:14",
)

_CB_NL_BODY = """
Good morning. This week's issue is almost entirely about one number, and the number is not 1.25.
It is five-to-two.

On Wednesday the Bank of Thailand's Monetary Policy Committee cut the one-day repurchase rate by
25bp to 1.25%, the first move since October last year. That much was close to the consensus. What
deserves attention is how the committee got there. In February the same seven people voted 4-3 to
stay at 1.50%; nine weeks later, two members had changed sides and a clear majority formed for
easing.

## What moved the middle

The statement released at 14:30 Bangkok time gives the answer plainly enough. The 2026 growth
forecast went from 2.0% to 1.6%, and the inflation forecast from 0.6% to 0.3%. With inflation
below the bottom of the 1-3% target range for the whole forecast horizon, the argument for
waiting became hard to make on price grounds alone.

Governor Worawit Kittikhun put it in one line: "The economy is running below its potential and
price pressures remain very weak." He added that the lower rate would give "households and small
firms some breathing room without putting financial stability at risk".

The last clause is aimed squarely at the two dissenters. According to assistant governor Piyanuch
Srisawat, the minority was worried about household debt, which the BoT puts at about 87% of GDP,
and not about inflation at all. That matters for reading the path ahead: a hawk worried about
prices can be talked round by data, while a member worried about leverage is unlikely to support
a long cycle of cuts however weak the CPI prints.

## The facility is the bigger story

We think the 80 billion baht (roughly US$2.4bn) soft-loan facility for SMEs deserves more
attention than it got. Banks will be able to on-lend at no more than 3% a year. If the terms
published in May are generous on collateral, this could do more for credit to small firms than
the rate cut itself, because the binding constraint for them has been access, not price.

[[AD:nl-inline]]

## Market reaction

The curve bull-steepened as you would expect. The two-year government bond yield fell 9bp on the
day and the ten-year about 4bp. The baht lost around 0.4% against the dollar, trading at 33.08 by
4pm local time, and the SET closed up 1.1%.

None of this looks like a market that expects a deep cycle. Pricing on Thursday implied roughly
a one-in-three chance of a further 25bp cut by the end of the third quarter.

## Our view

We had expected the cut, although we thought the vote would be closer. We now expect the policy
rate to stay at 1.25% at the June 24 meeting, with a final cut to 1.00% possible in the third
quarter if first-quarter GDP, due from the NESDC on May 18, confirms that momentum faded in the
early months of the year.

The governor's own words argue for patience: "We still have policy space, but it is not
unlimited, and we intend to use it carefully." Read alongside the two dissents, that sounds like a
committee that wants to keep one cut in reserve rather than one that is planning a series.

## What we're watching next week

April consumer prices, the first details of the SME facility if the BoT publishes them early, and
any comment from the two dissenting members, who by convention are not named.
"""

_CB_NL = newsletter_page(
    site="Baht & Bonds", home="https://bahtandbonds.example",
    url="https://bahtandbonds.example/issues/212-five-to-two",
    headline="Five to two: reading the BoT's split decision",
    summary="The rate cut was expected. The vote, the dissenters' reasons and the SME facility "
            "tell us more about what comes next.",
    author="Chanya Liang", issue="Issue No. 212", when="Friday, 1 May 2026",
    published=None, section="Rates",
    image="https://bahtandbonds.example/img/212/yield-curve.png",
    caption="Thai government bond yields by maturity, before and after Wednesday's decision.",
    credit="Chart: Baht & Bonds",
    body=_CB_NL_BODY,
    related=[("https://bahtandbonds.example/issues/211-waiting-for-april",
              "Issue 211: Waiting for April"),
             ("https://bahtandbonds.example/issues/208-household-leverage",
              "Issue 208: The household leverage problem, in five charts"),
             ("https://bahtandbonds.example/data/policy-rate-tracker",
              "Data: our policy rate tracker")],
)

STORY_1 = _story("cb-KB1", "central bank", "2026-05-03",
                 [_page("https://mekongwire.example/business/2026/04/29/thailand-central-bank-cuts-rate-to-1-25", _CB_WIRE),
                  _page("https://chaophrayatimes.example/business/2026/04/30/bot-trims-key-rate-growth-outlook", _CB_PAPER),
                  _page("https://siambroadcast.example/news/business/bank-of-thailand-cuts-interest-rate-290426", _CB_TV),
                  _page("https://bahtandbonds.example/issues/212-five-to-two", _CB_NL)],
                 [])


# ===========================================================================
# el-KB2 (CONTROL) - Bukit Kepong state by-election, Johor, Malaysia
# ===========================================================================
# Facts: polling Saturday 13 June 2026, 8am-6pm Malaysia time (6pm = 10:00 GMT). Seat vacant after
# assemblyman Rahim Othman died on 18 April aged 64 (won it in 2022 with a 5,140 majority).
# 39,846 registered voters, 24 polling centres; 1,126 early voters (police, army and spouses)
# voted on Tuesday 9 June. Official result declared about 10.15pm at the Pagoh tallying centre by
# returning officer Mohd Faizal Ibrahim: Nur Aisyah Kamaruddin (Barisan Maju Rakyat, BMR, 38,
# lawyer) 14,872; Zulkifli Hamdan (Parti Suara Tanah Air, "Suara", 51) 11,309; Lim Chee Keong
# (independent, 46) 612 - lost his RM5,000 deposit. Majority 3,563; 284 spoilt ballots; 27,077
# ballots cast; turnout 67.95% (about 68%). Running turnout 41% at noon, 62% at 5pm. Partial
# counts in the live blog: 6 centres 3,402 v 2,951; 14 centres 8,115 v 6,490 v 341; all centres
# unofficially "about 3,500" ahead. Governing coalition keeps 40 of the 56 assembly seats.
# Winner's quote (full): "Tonight the people of Bukit Kepong chose to keep looking forward. I will
# repay that trust by being in this constituency every single week, not only when there is an
# election." Runner-up: "We accept the result, but this campaign showed that many villages feel
# forgotten, and we will keep speaking for them."

_EL_LIVE_ENTRIES = [
    ("10.40pm", "Winner speaks to supporters", """
Nur Aisyah Kamaruddin has just addressed a crowd of supporters outside the tallying centre in
Pagoh. "Tonight the people of Bukit Kepong chose to keep looking forward," she said, to loud
cheers and the banging of kompang drums.

She promised to run a service counter in each of the constituency's larger villages once a week,
starting next Saturday, and said her first request to the state government would be money for
the stalled drainage works along the Muar River.
"""),
    ("10.25pm", "Runner-up concedes", """
Zulkifli Hamdan of Suara has conceded defeat. "We accept the result, but this campaign showed
that many villages feel forgotten, and we will keep speaking for them," he told reporters. He
said he had telephoned Nur Aisyah to congratulate her.
"""),
    ("10.15pm", "OFFICIAL: BMR holds Bukit Kepong", """
Returning officer Mohd Faizal Ibrahim has read out the official result at the tallying centre:

Nur Aisyah Kamaruddin (BMR): 14,872 votes. Zulkifli Hamdan (Suara): 11,309 votes. Lim Chee
Keong (Independent): 612 votes.

Majority: 3,563. Spoilt ballots: 284. Turnout: 67.95 per cent of 39,846 registered voters.

Lim falls short of one-eighth of the votes cast and so forfeits his deposit.
"""),
    ("9.35pm", "All centres in, unofficially", """
Our own tally of unofficial results from all 24 polling centres puts Nur Aisyah roughly 3,500
votes ahead of Zulkifli. The official declaration is expected within the hour. Supporters in BMR
colours are already gathering outside the hall.
"""),
    ("8.50pm", "More than half the centres reporting", """
Unofficial figures from 14 of the 24 polling centres: Nur Aisyah 8,115, Zulkifli 6,490, Lim 341.
The Suara camp had been counting on a strong showing in the Felda settlements on the eastern
side of the constituency, and most of those have not reported yet.
"""),
    ("8.05pm", "First numbers", """
The first unofficial counts are coming in. From six polling centres, Nur Aisyah has 3,402 votes
and Zulkifli 2,951. Far too early to call: these are mostly small villages close to the main road,
where BMR was expected to do well.
"""),
    ("6.20pm", "Polls close", """
Polling closed at 6pm. The Election Commission says turnout stood at 62 per cent at 5pm; the
final figure will be higher once the last hour is included. Ballots are now being counted at
each centre, and the results will be sent to the tallying centre in Pagoh, where the returning
officer will make the official declaration.
"""),
    ("1.10pm", "Turnout at midday", """
Turnout reached 41 per cent by noon, according to the Election Commission, which officials
described as normal for a by-election held on a hot Saturday. Queues at Sekolah Kebangsaan
Bukit Kepong thinned out after 11am but are expected to build again late in the afternoon, when
rubber tappers and farmers come in from the smallholdings.
"""),
    ("9.05am", "Steady queues", """
Our reporter at a polling centre near the town of Bukit Kepong says the queue was already about
60 people long when the doors opened. Police say there have been no incidents. Several older
voters told us their main concern was the price of rubber and palm oil fruit bunches, and the
flooding that cut the road to Muar twice last year.
"""),
    ("7.30am", "Welcome to our live coverage", """
Good morning and welcome to our live coverage of the Bukit Kepong state by-election. Polling
centres open at 8am and close at 6pm.

There are 39,846 registered voters, spread across 24 polling centres. A further 1,126 police and
army personnel and their spouses cast their ballots early, on Tuesday.

The seat fell vacant when its assemblyman, Rahim Othman, died on April 18 at the age of 64. He won
it at the 2022 state election with a majority of 5,140.

Three candidates are standing: lawyer Nur Aisyah Kamaruddin, 38, for Barisan Maju Rakyat (BMR);
former district councillor Zulkifli Hamdan, 51, for Parti Suara Tanah Air (Suara); and
businessman Lim Chee Keong, 46, as an independent.
"""),
]

_EL_LIVE = liveblog_page(
    site="Johor Lens", home="https://johorlens.example",
    url="https://johorlens.example/live/bukit-kepong-by-election-2026",
    headline="LIVE: Bukit Kepong by-election - BMR's Nur Aisyah wins with 3,563 majority",
    summary="Follow our coverage of polling day and the count in the Bukit Kepong state "
            "by-election.",
    byline=["Johor Lens newsroom", "Siti Mariam Abdullah", "Kelvin Tan"],
    when="Last updated: Saturday 13 June 2026, 10.40pm",
    published="2026-06-13T07:30:00+08:00", modified="2026-06-13T22:40:00+08:00",
    section="Politics",
    image="https://johorlens.example/wp-content/uploads/2026/06/bk-polling.jpg",
    caption="Voters queue outside a polling centre in Bukit Kepong on Saturday morning.",
    credit="Johor Lens/Kelvin Tan",
    entries=_EL_LIVE_ENTRIES,
    related=[("https://johorlens.example/2026/06/bukit-kepong-candidates-profile",
              "Meet the three candidates in Bukit Kepong"),
             ("https://johorlens.example/2026/06/muar-river-drainage-delay",
              "Why the Muar River drainage project keeps slipping"),
             ("https://johorlens.example/2026/04/rahim-othman-obituary",
              "Rahim Othman, the assemblyman who knew every village")],
    key_points=["Nur Aisyah Kamaruddin (BMR) wins with 14,872 votes, a majority of 3,563",
                "Zulkifli Hamdan (Suara) second with 11,309; independent Lim Chee Keong 612",
                "Turnout 67.95 per cent of 39,846 registered voters"],
)

_EL_PAPER_BODY = """
Barisan Maju Rakyat held on to the Bukit Kepong state seat last night, with lawyer Nur Aisyah
Kamaruddin winning the by-election by 3,563 votes in a contest that the opposition had hoped to
turn into a referendum on rural neglect.

Nur Aisyah, 38, polled 14,872 votes against 11,309 for Zulkifli Hamdan of Parti Suara Tanah Air
(Suara), according to the official result announced by returning officer Mohd Faizal Ibrahim at
the tallying centre in Pagoh shortly after 10pm. Independent candidate Lim Chee Keong received
612 votes and lost his RM5,000 deposit.

Turnout was about 68 per cent of the 39,846 registered voters, with 27,077 ballots cast, 284 of
which were spoilt.

The by-election was called after the death in April of Rahim Othman, who had represented the
semi-rural constituency in Muar district for three terms. At the 2022 state election, he won with
a majority of 5,140, so yesterday's result, while comfortable, marks a narrowing of the governing
coalition's lead.

[[FIG:https://peninsulaherald.example/media/2026/06/14/nur-aisyah-victory.jpg|Nur Aisyah Kamaruddin greets supporters in Pagoh after the result was declared.|Picture: Peninsula Herald/Azlan Rosli]]

## A promise to show up

In her victory speech, Nur Aisyah acknowledged that many voters had felt ignored.

"I will repay that trust by being in this constituency every single week, not only when there is
an election," she said.

She told the Herald afterwards that her priority would be the drainage and flood mitigation
works along the Muar River, which have been delayed for more than two years, and a rural clinic
promised to villages on the constituency's eastern edge.

Zulkifli, a former district councillor, conceded before midnight. He said Suara had narrowed the
gap and would continue to raise the concerns of smallholders and rubber tappers.

"We accept the result, but this campaign showed that many villages feel forgotten," he said.

## Reading the numbers

Polling ran from 8am to 6pm without incident, the police said. The Election Commission had
reported turnout of 41 per cent at noon, suggesting that a large share of voters came out in the
late afternoon, as is common in agricultural areas.

Dr Haslinda Omar, a political scientist at Universiti Teknologi Malaysia, said the smaller
majority should not be read as a sign of a wider swing.

"By-elections are about local grievances and about who turns out. Suara did well in the Felda
settlements, where palm oil incomes have been squeezed, but BMR still won most of the mixed
villages and the town itself. I would not draw a national lesson from a margin of three and a
half thousand," she said.

The result does not change the balance of power in the 56-seat state assembly, in which the
governing coalition now holds 40 seats.

[[AD:herald-inline]]

## What happens next

The Election Commission will publish the result in the government gazette in the coming days.
Nur Aisyah is expected to be sworn in when the assembly next sits.

Both main parties had brought senior figures into the constituency during the two-week campaign,
and the Suara leadership said it would study the results by polling centre before deciding how
to approach the next state election, which must be held by 2027.

For Bukit Kepong's voters, the more pressing question is whether the new assemblywoman can
deliver on the drains. Rosnah Ismail, 57, who sells breakfast at a stall near the town mosque,
said she had voted for Nur Aisyah but would be watching.

"Last year the water came into the shop twice. If the drains are fixed, she can have my vote
again. If not, we will remember," she said.
"""

_EL_PAPER = paper_page(
    site="The Peninsula Herald", home="https://peninsulaherald.example",
    url="https://peninsulaherald.example/nation/2026/06/14/bmr-keeps-bukit-kepong",
    headline="BMR keeps Bukit Kepong as lawyer wins by-election with 3,563 majority",
    summary="Turnout of about 68 per cent; winner's margin narrower than her late predecessor's "
            "in 2022",
    byline=["Farah Nadia Yusof"], role="Southern Bureau", dateline="PAGOH",
    when="Sunday, 14 June 2026 6:00 AM MYT", published="2026-06-14T06:00:00+08:00",
    modified="2026-06-14T06:00:00+08:00", section="Nation",
    image="https://peninsulaherald.example/media/2026/06/14/tallying-centre.jpg",
    caption="Election officials at the tallying centre in Pagoh on Saturday night.",
    credit="Picture: Peninsula Herald/Azlan Rosli",
    body=_EL_PAPER_BODY,
    related=[("https://peninsulaherald.example/nation/2026/06/10/early-voting-bukit-kepong",
              "Early voting passes smoothly in Bukit Kepong"),
             ("https://peninsulaherald.example/opinion/2026/06/by-elections-and-drains",
              "Comment: By-elections are won on drains and clinics"),
             ("https://peninsulaherald.example/nation/2026/05/suara-names-candidate",
              "Suara names former councillor as Bukit Kepong candidate")],
    print_note="This article appeared in the Sunday print edition, page 3.",
)

_EL_TV_BODY = """
The ruling Barisan Maju Rakyat (BMR) has retained the Bukit Kepong seat in the Johor state
assembly, after its candidate Nur Aisyah Kamaruddin won Saturday's by-election with a majority of
3,563 votes.

Nur Aisyah received 14,872 votes. Her main rival, Zulkifli Hamdan of Parti Suara Tanah Air,
received 11,309, while independent candidate Lim Chee Keong won 612.

The returning officer announced the official result at about 10.15pm local time, a little over
four hours after polls closed at 6pm (1000 GMT). The Election Commission put turnout at 67.95%.

"Tonight the people of Bukit Kepong chose to keep looking forward. I will repay that trust by
being in this constituency every single week," Nur Aisyah told supporters after the declaration.

## Why the seat was vacant

The by-election was triggered by the death on April 18 of the constituency's long-serving
assemblyman, Rahim Othman. Rahim, who was 64, died of a heart attack at his home, according to his
family.

Rahim won the seat in the 2022 state election with a majority of 5,140 votes. Political analysts
said a smaller majority had been expected, given that by-elections tend to draw fewer voters and
that the governing coalition had faced criticism over delayed flood works in the area.

[[AD:tv-mid]]

## Campaign issues

During the two-week campaign, Suara focused on falling incomes among rubber tappers and oil palm
smallholders, and on flood mitigation along the Muar River, which burst its banks in parts of the
constituency twice last year.

BMR campaigned on its record of building roads and schools, and promised that a rural clinic
planned for the eastern part of the constituency would open within two years.

Zulkifli, who conceded on Saturday night shortly after the declaration, said he respected the
voters' decision.

"We accept the result, but this campaign showed that many villages feel forgotten, and we will
keep speaking for them," he said.

## Early voting and turnout

There were 39,846 registered voters in Bukit Kepong. Of those, 1,126 were police and military
personnel and their spouses, who cast their ballots early on Tuesday.

Turnout on polling day built slowly. The Election Commission reported that 41% of voters had
cast their ballots by noon and 62% by 5pm.

The commission said a total of 27,077 ballots were cast, including 284 that were rejected as
spoilt.

Ballots were counted at each of the 24 polling centres before the results were taken to the
tallying centre in Pagoh, where returning officer Mohd Faizal Ibrahim made the declaration.

At a coffee shop in Bukit Kepong town on Sunday morning, retired teacher Ahmad Sabri, 66, said
the campaign had at least made politicians pay attention to the area.

"For two weeks we saw more ministers and party leaders here than in the last ten years. Now we
will see if anyone comes back when there is no election," he said.

## Reaction

Johor's Menteri Besar, Hamzah Ariffin, congratulated Nur Aisyah in a post on social media on
Saturday night and said the state government would "move faster" on the drainage project.

BMR and its allies hold 40 of the 56 seats in the state assembly, so the outcome does not affect
the state government's majority.

Lim, the independent, said he had stood to draw attention to the lack of jobs for young people in
the area. He will lose his RM5,000 election deposit after failing to win one-eighth of the votes.

The new assemblywoman, a lawyer who grew up in the constituency, will take her oath when the
state assembly next meets.
"""

_EL_TV = broadcast_page(
    site="Selat 24 News", home="https://selat24.example",
    url="https://selat24.example/malaysia/bukit-kepong-by-election-result-bmr-wins",
    headline="Bukit Kepong by-election: BMR candidate Nur Aisyah wins",
    summary="Lawyer Nur Aisyah Kamaruddin holds the Johor state seat for the governing coalition "
            "with a majority of 3,563 votes.",
    byline=["Hafiz Zainal", "Selat 24 Johor Bureau"], dateline="MUAR, Johor",
    when="Sunday, June 14, 2026 11:30 AM", published="2026-06-14T11:30:00+08:00",
    modified="2026-06-14T12:10:00+08:00", section="Malaysia",
    image="https://selat24.example/img/2026/06/14/bukit-kepong-winner.jpg",
    caption="Nur Aisyah Kamaruddin after the declaration in Pagoh",
    credit="Selat 24",
    body=_EL_TV_BODY,
    related=[("https://selat24.example/malaysia/muar-river-floods-explained",
              "Video: Why the Muar River keeps flooding"),
             ("https://selat24.example/malaysia/how-by-elections-work",
              "Explainer: what happens when a state seat falls vacant"),
             ("https://selat24.example/malaysia/rubber-tappers-incomes",
              "Rubber tappers say incomes have not kept up with costs")],
    video_title="Scenes at the Pagoh tallying centre as the result is declared",
    video_len="3:41",
)

STORY_2 = _story("el-KB2", "election", "2026-06-16",
                 [_page("https://johorlens.example/live/bukit-kepong-by-election-2026", _EL_LIVE),
                  _page("https://peninsulaherald.example/nation/2026/06/14/bmr-keeps-bukit-kepong", _EL_PAPER),
                  _page("https://selat24.example/malaysia/bukit-kepong-by-election-result-bmr-wins", _EL_TV)],
                 [])


# ===========================================================================
# ct-KB3 (CONTROL) - Phnom Penh Municipal Court, condominium fraud verdict
# ===========================================================================
# Facts: Friday 21 August 2026, Phnom Penh Municipal Court, presiding judge Chhay Sokunthea.
# Ouk Vannarith, 52, founder and former chairman of Mekong Horizon Realty, convicted of fraud and
# use of forged documents: eight years (96 months) in prison; prosecutors had sought ten years.
# Co-defendants: finance director Heng Sreypov, 44, three years; sales manager Chan Dara, 35,
# acquitted (three defendants in all). Ouk Vannarith and the company jointly ordered to pay
# 41.2 billion riel (about US$10.3 million at 4,000 riel to the dollar) to 286 civil parties.
# Project: Horizon Riverside, two 32-storey towers in Chroy Changvar, launched 2019, work halted
# 2021; 412 units sold; prosecutors said about $14.6 million collected from buyers. The company
# never held title to the land under the second tower and used a forged land certificate.
# Arrested 14 October 2025, in pre-trial detention since. Trial hearings on 15, 22 and 29 July.
# Hearing began 8.30am; reading took about 90 minutes. Defence lawyer Keo Rotha: will appeal to
# the Appeal Court (one month to lodge it). Civil parties' lawyer Pen Sophal. Buyer Chea Malis,
# 47, paid $48,000 towards a two-bedroom flat. Judge's words (full): "The accused knew from 2020
# that the company did not hold title to the land under the second tower, and he continued to sign
# contracts with buyers regardless. The court finds that this was not a business failure but a
# deception."

_CT_PAPER_BODY = """
The Phnom Penh Municipal Court on Friday sentenced property developer Ouk Vannarith to eight
years in prison for defrauding buyers of flats in a riverside condominium project that was never
built, closing one of the capital's most closely watched commercial cases.

Presiding judge Chhay Sokunthea found Vannarith, the 52-year-old founder and former chairman of
Mekong Horizon Realty, guilty of fraud and of using forged documents. The court ordered him and
the company to pay a combined 41.2 billion riel, about $10.3 million, in compensation to the 286
buyers who joined the case as civil parties.

"The accused knew from 2020 that the company did not hold title to the land under the second
tower, and he continued to sign contracts with buyers regardless," the judge said as she read
the verdict. "The court finds that this was not a business failure but a deception."

Prosecutors had asked for a ten-year sentence.

## Two towers, one foundation

Mekong Horizon launched the Horizon Riverside project in 2019, marketing two 32-storey towers on
the Chroy Changvar peninsula with views across the Tonle Sap and Mekong rivers. Buyers were asked
to pay deposits and then monthly instalments during construction.

Work stopped in 2021 after little more than the foundations of the first tower had been laid.
According to the prosecution, the company had by then sold 412 units and collected about $14.6
million from buyers. Investigators later found that the certificate of title the company showed
buyers for the plot under the second tower had been forged.

[[FIG:https://tonlesapcourier.example/uploads/2026/08/horizon-riverside-site.jpg|The abandoned Horizon Riverside site in Chroy Changvar, photographed in July.|Courier photo/Sao Bunthoeun]]

Vannarith has been in pre-trial detention since his arrest on October 14 last year. During
three days of hearings in July, he told the court he had not intended to deceive anyone and
blamed the collapse of the project on the pandemic and on a business partner who, he said, had
handled the land paperwork.

The court rejected that account, saying documents seized from the company's office showed that
Vannarith personally approved sales contracts for units in the second tower after he had been
told that the title certificate was not genuine.

## Finance director jailed, sales manager cleared

The company's former finance director, Heng Sreypov, 44, was sentenced to three years in prison
for her role in preparing the forged documents. A third defendant, sales manager Chan Dara, 35,
was acquitted after the court found no evidence that he knew the title was false.

Defence lawyer Keo Rotha said his client would appeal. Under Cambodian law the defence has one
month to lodge an appeal with the Appeal Court.

"We respect the court, but we believe the evidence about who prepared the land documents was not
properly examined. We will ask the Appeal Court to look at it again," he told reporters outside
the courthouse.

[[AD:courier-inline]]

## Buyers still waiting for their money

For the buyers, the verdict is only a first step. Pen Sophal, a lawyer representing the civil
parties, said they would now have to pursue the company's remaining assets, and that it was not
yet clear how much could be recovered.

Chea Malis, 47, a secondary school teacher who paid $48,000 towards a two-bedroom flat, sat in
the public gallery with about 40 other buyers. "Seven years of payments, and we have a hole in
the ground and a court decision. I am glad he was found guilty, but I want to know when we will
see our money," she said.

The case has prompted calls for tighter oversight of off-plan property sales in Cambodia, where
many buyers pay most of the price of a flat before construction is complete. A draft regulation
requiring developers to hold buyers' payments in escrow accounts has been under discussion for
more than a year.
"""

_CT_PAPER = paper_page(
    site="The Tonle Sap Courier", home="https://tonlesapcourier.example",
    url="https://tonlesapcourier.example/national/2026/08/21/horizon-riverside-developer-jailed",
    headline="Horizon Riverside developer jailed for eight years over condo fraud",
    summary="Court orders Ouk Vannarith and his company to pay 41.2 billion riel to buyers of "
            "flats that were never built",
    byline=["Sreyleak Mom", "Daniel Prak"], role="Courts and Justice", dateline="PHNOM PENH",
    when="Friday, August 21, 2026 - 4:40 PM", published="2026-08-21T16:40:00+07:00",
    modified="2026-08-21T18:05:00+07:00", section="National",
    image="https://tonlesapcourier.example/uploads/2026/08/ouk-vannarith-court.jpg",
    caption="Ouk Vannarith is escorted into the Phnom Penh Municipal Court on Friday morning.",
    credit="Courier photo/Sao Bunthoeun",
    body=_CT_PAPER_BODY,
    related=[("https://tonlesapcourier.example/business/2026/07/off-plan-escrow-rules",
              "Why Cambodia's off-plan buyers want escrow rules"),
             ("https://tonlesapcourier.example/national/2026/07/horizon-riverside-trial-opens",
              "Horizon Riverside trial opens with buyers packing the gallery"),
             ("https://tonlesapcourier.example/business/2026/05/chroy-changvar-construction",
              "Chroy Changvar's building boom, five years on")],
    print_note="A version of this story appears in Saturday's print edition.",
)

_CT_WIRE_BODY = """
A Cambodian court on Friday jailed the founder of a property company for eight years for
defrauding hundreds of people who paid for flats in a Phnom Penh condominium development that
stalled after its foundations were laid.

The Phnom Penh Municipal Court convicted Ouk Vannarith, former chairman of Mekong Horizon Realty,
of fraud and the use of forged documents, and ordered him and the company to pay 41.2 billion
riel ($10.3 million) in damages to the civil parties in the case.

Ouk, 52, who wore a prison uniform and stood with his hands clasped as the verdict was read,
showed no visible reaction. He has been held since October 2025.

Prosecutors had sought a 10-year term. The reading of the verdict, which began at 8.30 a.m.,
took about an hour and a half.

"The court finds that this was not a business failure but a deception," presiding judge Chhay
Sokunthea said.

## Forged land title

The case centres on Horizon Riverside, a planned pair of 32-storey residential towers on the
Chroy Changvar peninsula, across the river from central Phnom Penh. The company began selling
units in 2019, but construction stopped in 2021.

Prosecutors told the court that Mekong Horizon sold 412 flats and collected about $14.6 million
from buyers, including for units in a second tower on land the company did not own. The title
certificate for that plot was forged, investigators found.

The judge said Ouk had known since 2020 that the company did not hold title to the second plot.

Two other company employees were tried alongside him. Former finance director Heng Sreypov, 44,
received three years in prison, while sales manager Chan Dara, 35, was acquitted.

[[AD:wire-mid]]

## Appeal planned

Keo Rotha, Ouk's lawyer, said the defence would appeal against the conviction. Parties have one
month to file an appeal.

Of the several hundred buyers who paid deposits, 286 registered as civil parties and are
entitled to a share of the compensation. Their lawyer, Pen Sophal, said recovering the money
would depend on what assets could be traced.

"A judgment on paper does not pay anyone's school fees," Pen Sophal said. "Our work now is to find
out what is left and to make sure the buyers are first in line."

Ouk told the court during hearings in July that the project had been derailed by the COVID-19
pandemic and by a former business partner, whom he accused of arranging the land documents.
Prosecutors said there was no evidence to support that claim.

Cambodia's construction sector expanded rapidly in the decade before the pandemic, fuelled by
foreign investment and off-plan sales of condominiums in Phnom Penh. A number of projects were
left unfinished after demand collapsed, leaving buyers with few legal protections.

The government has been drafting rules that would require developers to keep buyers' payments in
escrow until construction milestones are met. Property industry groups have said they support
clearer rules but have asked for a transition period.

Lawyers for the civil parties said the verdict, the first criminal conviction linked to a stalled
condominium project in the capital in several years, would encourage other buyers to come
forward.
"""

_CT_WIRE = wire_page(
    site="Asia Pacific Newsline", home="https://apnewsline.example",
    url="https://apnewsline.example/asia/cambodia-condo-developer-jailed-fraud-0821",
    headline="Cambodian developer jailed 8 years for condo fraud",
    summary="Phnom Penh court orders Mekong Horizon Realty founder and company to pay $10.3 "
            "million to buyers of unbuilt flats.",
    byline=["Vanna Chhun"], dateline="PHNOM PENH, Aug 21 (APN)",
    when="Published Aug. 21, 2026, 12:12 p.m. ICT", published="2026-08-21T05:12:00Z",
    modified="2026-08-21T07:30:00Z", section="Asia",
    image="https://apnewsline.example/photos/2026/08/phnom-penh-court.jpg",
    caption="Police officers stand outside the Phnom Penh Municipal Court.",
    credit="APN Photo/File",
    body=_CT_WIRE_BODY,
    related=[("https://apnewsline.example/asia/cambodia-property-market-outlook",
              "Cambodia's property market searches for a floor"),
             ("https://apnewsline.example/asia/southeast-asia-off-plan-sales",
              "Buying off-plan in Southeast Asia: the risks explained"),
             ("https://apnewsline.example/asia/phnom-penh-riverfront",
              "Phnom Penh's riverfront is changing fast")],
    note="Reporting by Vanna Chhun; editing by the APN Asia desk.",
)

_CT_RADIO_BODY = """
Buyers who lost their savings in the unfinished Horizon Riverside condominium project say
yesterday's court verdict against the company's founder is welcome but will not be the end of
their fight.

The Phnom Penh Municipal Court sentenced Ouk Vannarith, founder of Mekong Horizon Realty, to 96
months, or eight years, in prison for fraud and for using a forged land title. The court also
ordered him and the company to pay more than 41 billion riel, roughly 10 million US dollars, to
the buyers who filed complaints.

Riverland Radio spoke to several of them outside the court on Friday.

"I cried when the judge said guilty. Then I thought, what now?" said Chea Malis, a teacher who
put 48,000 dollars into a two-bedroom unit. "We have waited seven years. We will wait longer if
we must, but we will not go away."

## How the case unfolded

Mekong Horizon started selling flats in its Horizon Riverside project in Chroy Changvar district
in 2019. The plan was for two towers, each 32 storeys high. Construction stopped two years later.

Buyers first went to the authorities in 2023, after the company stopped answering their letters.
Police arrested Vannarith in October last year, and the trial opened in July with hearings on
three Wednesdays: the 15th, the 22nd and the 29th.

In court, the judge said that Vannarith learned in 2020 that the company did not own the land
under the second tower. "He continued to sign contracts with buyers regardless," she said.

Prosecutors had asked for ten years in prison. The former finance director, Heng Sreypov, was
sentenced to three years. The sales manager, Chan Dara, was found not guilty and released.

[[AD:radio-mid]]

## Appeal and compensation

Defence lawyer Keo Rotha said his client would appeal within the one-month period allowed by law.
Until the Appeal Court decides, the buyers cannot collect the compensation.

The 286 civil parties in the case will share the 41.2 billion riel if it can be recovered. Their
lawyer, Pen Sophal, explained to listeners that the court's order covers only those who formally
joined the case. Buyers who did not join may have to start their own civil cases.

"If you paid money to this company and you are not on the list, please speak to a lawyer soon,"
he said. "Do not wait for the appeal."

## Listeners' questions

On our call-in programme yesterday evening, many listeners asked how to check whether a
condominium developer has proper land title before paying a deposit. Pen Sophal advised buyers to
ask for a copy of the hard title certificate and to check it at the land office themselves, not
only to rely on documents supplied by the seller.

Several callers also asked whether the government will protect buyers in future. A draft rule on
escrow accounts for off-plan sales is still being discussed by the relevant ministries, and no date
has been set for it to take effect.

Riverland Radio will follow the appeal. If you are one of the Horizon Riverside buyers and want
to share your story, send us a message through our website.
"""

_CT_RADIO = broadcast_page(
    site="Riverland Radio", home="https://riverlandradio.example",
    url="https://riverlandradio.example/news/horizon-riverside-buyers-verdict",
    headline="Horizon Riverside buyers: 'We will not go away' after founder jailed",
    summary="Ouk Vannarith gets eight years for fraud; buyers now face a long road to recover "
            "their money.",
    byline=["Sophea Lim", "Riverland Radio News"], dateline="Phnom Penh",
    when="Saturday 22 August 2026", published=None, modified=None, section="News",
    image="https://riverlandradio.example/media/2026/08/buyers-outside-court.jpg",
    caption="Horizon Riverside buyers wait outside the court on Friday",
    credit="Riverland Radio/Sophea Lim",
    body=_CT_RADIO_BODY,
    related=[("https://riverlandradio.example/podcast/your-money-your-home",
              "Podcast: Your Money, Your Home - checking a land title"),
             ("https://riverlandradio.example/news/callin-programme-schedule",
              "Call-in programme: this week's topics"),
             ("https://riverlandradio.example/news/chroy-changvar-residents",
              "Chroy Changvar residents on life next to empty towers")],
    video_title="Listen: buyers speak after the verdict", video_len="6:05",
)

STORY_3 = _story("ct-KB3", "court", "2026-08-24",
                 [_page("https://tonlesapcourier.example/national/2026/08/21/horizon-riverside-developer-jailed", _CT_PAPER),
                  _page("https://apnewsline.example/asia/cambodia-condo-developer-jailed-fraud-0821", _CT_WIRE),
                  _page("https://riverlandradio.example/news/horizon-riverside-buyers-verdict", _CT_RADIO)],
                 [])


# ===========================================================================
# tr-KB4 (PLANTED) - Vietnam's July 2026 trade figures
# ===========================================================================
# Facts: Thursday 6 August 2026, the National Statistics Office (NSO, Ministry of Finance)
# publishes July data at a 9am Hanoi briefing (10am Singapore, 02:00 GMT); NSO deputy
# director-general Le Hoang Nam. July exports US$44.6 bn, up 15.3% year on year (July 2025:
# $38.7 bn) and 4.2% from June ($42.8 bn); July imports $42.9 bn, up 18.7%; July surplus $1.7 bn.
# January-July: exports $265.8 bn (+13.9%), imports $253.1 bn (+17.2%), surplus $12.7 bn.
# Exports to the US January-July $88.4 bn (+26%); electronics, computers and components $8.9 bn in
# July; phones and parts $5.1 bn in July. Government target: export growth of about 12% for 2026.
# Deputy Minister of Industry and Trade Do Quang Thinh at a ministry conference on Thursday
# afternoon; quote (full): "The export figures are strong, but a large part of the growth is still
# coming from foreign-invested factories. Our task is to make sure Vietnamese firms move up the
# supply chain instead of simply assembling what others design." Economist Dang Minh Chau, head of
# research at Saigon Meridian Securities. Roughly 26,300 dong to the dollar.
# PLANTED 1: Asia Markets TV gives July export growth as 12.9% (others 15.3%).
# PLANTED 2: Ships & Shelves calls Do Quang Thinh the Minister of Industry and Trade (others:
# Deputy Minister).

_TR_WIRE_BODY = """
Vietnam's exports rose 15.3% in July from a year earlier to $44.6 billion, government data
showed on Thursday, as shipments of electronics and phones to the United States stayed strong
despite the tariffs Washington imposed last year.

Imports climbed faster, rising 18.7% to $42.9 billion, which left the country with a trade
surplus of $1.7 billion for the month, according to figures released by the National Statistics
Office at a briefing in Hanoi at 9 a.m.

Compared with June, exports were up 4.2%.

In the first seven months of the year, exports totalled $265.8 billion, up 13.9% from the same
period of 2025, while imports rose 17.2% to $253.1 billion. The cumulative trade surplus narrowed
to $12.7 billion.

## US demand holds up

The United States remained Vietnam's largest export market, buying $88.4 billion of Vietnamese
goods in January-July, a 26% increase on a year earlier. Shipments to the US have been supported
by manufacturers shifting production from China, even after Washington set a 20% tariff on most
Vietnamese goods in August 2025.

"Demand from the United States held up better than many businesses feared, and orders for
electronics have been especially firm," Le Hoang Nam, deputy director-general of the statistics
office, told reporters.

Electronics, computers and components were the largest export category in July at $8.9 billion,
followed by phones and parts at $5.1 billion. Textiles, footwear and wood products, which employ
millions of workers in labour-intensive factories, grew more slowly, the data showed.

The dong was little changed after the release, trading at around 26,300 per dollar.

[[AD:icb-mid]]

## Imports racing ahead

The faster growth in imports reflected purchases of components and machinery by factories,
much of it from China, analysts said.

"The surplus is shrinking because imports of components are racing ahead, which is actually a
sign that factories expect more orders in the fourth quarter," said Dang Minh Chau, head of
research at Saigon Meridian Securities in Ho Chi Minh City.

Chau said the July export figure was the highest monthly total she had on record, but cautioned
that part of the jump reflected companies bringing forward shipments ahead of the peak holiday
season in the United States and Europe.

The government has set a target of about 12% export growth for 2026. Speaking at a conference at
the Ministry of Industry and Trade on Thursday afternoon, Deputy Minister of Industry and Trade Do
Quang Thinh said the target was within reach, but said too much of the growth came from foreign
companies.

"The export figures are strong, but a large part of the growth is still coming from
foreign-invested factories," he said.

Thinh said the ministry would widen a programme that pairs Vietnamese parts makers with foreign
manufacturers, and would push for more industrial land with ready-built factories for domestic
suppliers.

Foreign-invested companies, including large electronics makers in the northern provinces of Bac
Ninh and Thai Nguyen, account for around three-quarters of Vietnam's exports.

Furniture and garment exporters have said that strong volumes mask thinner margins, as US buyers
push suppliers to absorb part of the tariff cost.

The statistics office will publish August trade data on Sept. 6.
"""

_TR_WIRE = wire_page(
    site="Indochina Business Wire", home="https://icbwire.example",
    url="https://icbwire.example/news/2026/08/06/vietnam-july-exports-rise",
    headline="Vietnam's July exports jump 15.3% as US demand holds; surplus narrows",
    summary="Exports reach $44.6 billion; imports up 18.7% as factories stock up on components.",
    byline=["Tran Bao Ngoc"], dateline="HANOI, Aug 6",
    when="August 6, 2026 3:20 AM GMT", published="2026-08-06T03:20:00Z",
    modified="2026-08-06T09:45:00Z", section="Economy",
    image="https://icbwire.example/img/2026/08/haiphong-containers.jpg",
    caption="Containers stacked at a port in Hai Phong.",
    credit="ICB Wire/File",
    body=_TR_WIRE_BODY,
    related=[("https://icbwire.example/news/vietnam-electronics-supply-chain",
              "Vietnam's electronics makers look for local suppliers"),
             ("https://icbwire.example/news/asean-shipping-rates",
              "Container rates across Southeast Asian ports: a weekly guide"),
             ("https://icbwire.example/news/vietnam-fdi-northern-provinces",
              "Northern provinces compete for the next big factory")],
    note="Additional reporting by the ICB Wire Ho Chi Minh City bureau.",
)

_TR_PAPER_BODY = """
Vietnam's exports grew by 15.3 per cent year on year in July to US$44.6 billion, or about
VND1,170 trillion, the National Statistics Office (NSO) said yesterday, the latest sign that the
country's factories are riding out the US tariffs introduced a year ago.

The figure compares with $38.7 billion in July last year and was 4.2 per cent higher than in June.

Imports rose 18.7 per cent to $42.9 billion, giving a monthly trade surplus of $1.7 billion. For
the first seven months, exports reached $265.8 billion, up 13.9 per cent, and imports $253.1
billion, up 17.2 per cent, for a surplus of $12.7 billion.

## Electronics lead the way

Electronics, computers and components brought in $8.9 billion in July, the single largest export
group, while phones and phone parts added $5.1 billion. Foreign-invested companies, which account
for around three-quarters of the country's exports, again grew faster than domestic firms. Garments, footwear and wood products, the
labour-intensive industries that employ millions of Vietnamese workers, grew more slowly.

Le Hoang Nam, deputy director-general of the NSO, told a press briefing that shipments to the
United States had been stronger than expected. Between January and July, exports to the US rose
26 per cent to $88.4 billion, keeping it comfortably ahead of China as Vietnam's largest market.

[[FIG:https://hanoiledger.example/photos/2026/08/07/binh-duong-factory.jpg|Workers on an electronics assembly line in Binh Duong.|Photo: Hanoi Ledger/Nguyen Khanh]]

## 'Move up the supply chain'

At a conference on export promotion held at the Ministry of Industry and Trade yesterday
afternoon, Deputy Minister Do Quang Thinh welcomed the figures but warned against complacency.

"The export figures are strong, but a large part of the growth is still coming from
foreign-invested factories. Our task is to make sure Vietnamese firms move up the supply chain
instead of simply assembling what others design," Thinh said.

He told the conference that the ministry would expand a programme that matches domestic
suppliers with foreign manufacturers, and said he was confident the country would meet its
target of around 12 per cent export growth this year.

Businesses at the conference raised other concerns. Nguyen Thi Hoa, director of a furniture
exporter in Binh Dinh province, said orders from US retailers had recovered but margins had not.

"Our buyers accepted part of the tariff cost last year. This year they are asking us to take more
of it, so we sell more but earn less on each container," she said.

[[AD:ledger-inline]]

## Watching the import bill

Economists said the rapid rise in imports was not a cause for alarm. Dang Minh Chau, head of
research at Saigon Meridian Securities, said most of the extra purchases were components that
would be assembled and shipped abroad in the coming months.

"The surplus is shrinking because imports of components are racing ahead, which is actually a
sign that factories expect more orders in the fourth quarter," she said.

Chau added that exporters faced risks from slowing consumer demand in Europe and from any change
to US trade policy, including rules on goods that pass through Vietnam from third countries.

The dong was little changed after the data, trading at around 26,300 to the dollar.

The NSO will release August trade figures on September 6.
"""

_TR_PAPER = paper_page(
    site="The Hanoi Ledger", home="https://hanoiledger.example",
    url="https://hanoiledger.example/economy/2026/08/07/july-exports-rise-15-3-per-cent",
    headline="July exports rise 15.3 per cent, led by electronics",
    summary="Deputy minister urges domestic firms to move up the supply chain as foreign "
            "factories drive growth",
    byline=["Pham Thu Trang"], role="Economy Correspondent", dateline="HA NOI",
    when="Friday, August 7, 2026 | 06:00", published="2026-08-07T06:00:00+07:00",
    modified="2026-08-07T06:00:00+07:00", section="Economy",
    image="https://hanoiledger.example/photos/2026/08/07/cat-lai-port.jpg",
    caption="Cargo is loaded at Cat Lai port in Ho Chi Minh City.",
    credit="Photo: Hanoi Ledger/Le Minh",
    body=_TR_PAPER_BODY,
    related=[("https://hanoiledger.example/economy/2026/07/furniture-exporters-margins",
              "Furniture exporters sell more, earn less"),
             ("https://hanoiledger.example/economy/2026/07/supplier-matching-programme",
              "Can local suppliers win the electronics giants' business?"),
             ("https://hanoiledger.example/opinion/2026/08/beyond-assembly",
              "Opinion: Beyond assembly lines")],
    print_note="This article was published in the Friday print edition.",
)

_TR_TV_BODY = """
Vietnam's export engine kept running at full speed in July, with shipments rising 12.9% from a
year earlier to $44.6 billion, official data released on Thursday showed.

The National Statistics Office published the figures at 10am Singapore time. Imports grew 18.7%
to $42.9 billion, leaving a monthly trade surplus of $1.7 billion.

Over the first seven months of 2026, Vietnam exported $265.8 billion worth of goods, up 13.9%
year on year, against imports of $253.1 billion. That puts the year-to-date surplus at $12.7
billion, smaller than a year ago as imports outpace exports.

## Electronics and the US market

The biggest contributor was once again electronics. Exports of computers, electronic products
and components came to $8.9 billion in July, and phones and parts $5.1 billion.

Shipments to the United States, Vietnam's top customer, rose 26% in January to July to $88.4
billion. Many economists had expected the 20% US tariff on Vietnamese goods, in force since August
last year, to slow that trade. So far it has not.

"Demand from the United States held up better than many businesses feared," Le Hoang Nam, a deputy
director-general at the statistics office, said at the briefing in Hanoi.

[[AD:amtv-mid]]

## What the market is saying

Speaking to Asia Markets TV, Dang Minh Chau of Saigon Meridian Securities said investors should
not read too much into the narrowing surplus.

"The surplus is shrinking because imports of components are racing ahead," she said. "That is
actually a sign that factories expect more orders in the fourth quarter."

Chau added that part of July's strength reflected shipments being brought forward before the
year-end holiday season in Western markets, and that monthly numbers could be more volatile in
the autumn.

Vietnamese stocks rose modestly after the release, with shares of logistics and port operators
among the gainers. The VN-Index closed 0.6% higher. The dong was little changed at about 26,300
per US dollar.

## Policy view

The government is aiming for export growth of roughly 12% this year, a goal that now looks
comfortably within reach.

At a trade conference in Hanoi on Thursday afternoon, Deputy Minister of Industry and Trade Do
Quang Thinh said the country needed to capture more of the value in what it exports. "Our task is
to make sure Vietnamese firms move up the supply chain instead of simply assembling what others
design," he said.

Foreign-invested manufacturers account for roughly three-quarters of Vietnam's exports, and
policymakers have for years tried to build up local suppliers of parts and materials with
mixed results.

## What to watch

Analysts will look to the August figures for signs of whether the pre-holiday rush has peaked.
Labour-intensive sectors such as garments, footwear and furniture have grown more slowly than
electronics, and exporters in those industries say US buyers are pressing them to absorb part of
the tariff cost.

Another risk is US policy on transshipment. Washington has threatened higher duties on goods that
are only lightly processed in Vietnam before being sent on to American buyers, and exporters say
they are still waiting for clear rules on how origin will be judged.

The next set of monthly trade figures is due on September 6.
"""

_TR_TV = broadcast_page(
    site="Asia Markets TV", home="https://asiamarketstv.example",
    url="https://asiamarketstv.example/economy/vietnam-exports-july-2026",
    headline="Vietnam's exports climb in July as electronics shipments stay strong",
    summary="Exports reach $44.6 billion in July; trade surplus narrows as imports rise faster.",
    byline=["Rachel Ong", "Asia Markets TV"], dateline="SINGAPORE",
    when="Thu, Aug 6 2026, 1:45 PM SGT", published="2026-08-06T13:45:00+08:00",
    modified="2026-08-06T14:30:00+08:00", section="Economy",
    image="https://asiamarketstv.example/images/2026/08/vietnam-port-aerial.jpg",
    caption="An aerial view of a container terminal in northern Vietnam",
    credit="Asia Markets TV",
    body=_TR_TV_BODY,
    related=[("https://asiamarketstv.example/markets/vn-index-close",
              "Markets wrap: Vietnamese stocks"),
             ("https://asiamarketstv.example/shows/trade-talk",
              "Trade Talk: what the tariffs changed in Asia's supply chains"),
             ("https://asiamarketstv.example/economy/asean-exports-tracker",
              "ASEAN exports tracker")],
    video_title="Vietnam's trade data in 90 seconds", video_len="1:32",
)

_TR_NL_BODY = """
Three numbers from Hanoi this week, and one argument about what they mean.

The numbers first. Vietnam shipped $44.6bn of goods in July, the National Statistics Office said
on Thursday, a rise of 15.3% on July 2025. Imports were $42.9bn, up 18.7%. The monthly surplus,
$1.7bn, is the smallest for a July in several years, and the seven-month surplus of $12.7bn is
running well below last year's pace.

If you run a supply chain that touches Vietnam, the import line matters more than the export
headline. Factories do not buy $42.9bn of components, chips, fabric and machinery in a month unless
they expect to need them. Exports to the US for January-July reached $88.4bn, up 26%, and the
buying suggests that order books for the fourth quarter are full.

## What the carriers are telling us

This is consistent with what we hear from forwarders in Hai Phong and Ho Chi Minh City. Space on
transpacific sailings out of Cai Mep for late August and early September was tight as of Friday,
and two carriers we spoke to have added extra loaders. Rates have not yet spiked the way they did
in previous peak seasons, largely because capacity on the wider transpacific trade is ample.

Electronics remains the centre of gravity: $8.9bn of computers, electronics and components went
out in July, plus $5.1bn of phones and parts. Most of that volume moves by air or in high-value
containers, and it comes overwhelmingly from foreign-invested plants in the north.

[[AD:nl-mid]]

## The argument

Which brings us to the argument. Minister of Industry and Trade Do Quang Thinh used a conference
on Thursday afternoon to make a point that officials in Hanoi make often, but rarely this
bluntly.

"The export figures are strong, but a large part of the growth is still coming from
foreign-invested factories," Thinh said. "Our task is to make sure Vietnamese firms move up the
supply chain instead of simply assembling what others design."

He is right about the arithmetic. Foreign-invested firms account for roughly three-quarters of
exports, and the local content of an assembled phone or laptop remains thin. But the supplier
programmes his ministry runs have moved slowly, and the firms we talk to say the barriers are
less about matchmaking and more about certification, financing and the scale that the big
assemblers demand.

Dang Minh Chau at Saigon Meridian Securities offered a more relaxed reading of the narrowing
surplus in a note to clients: imports of components "racing ahead" are, in her view, a sign of
confidence rather than weakness.

## For your planning

If you ship from Vietnam in the fourth quarter: book early, expect tight space on US-bound
sailings from late August, and keep an eye on any US moves against transshipment, which remain
the biggest policy risk to these flows. The government's export growth target of around 12% for
the year now looks conservative.

Next data: August trade figures on September 6.

## Elsewhere this week

Thailand's port authority published new berth schedules for Laem Chabang, and a Malaysian
logistics group announced a cold-chain warehouse near Port Klang. We will cover both in detail
next Saturday.
"""

_TR_NL = newsletter_page(
    site="Ships & Shelves", home="https://shipsandshelves.example",
    url="https://shipsandshelves.example/p/vietnam-july-trade-what-the-imports-say",
    headline="Vietnam's July trade: read the import line",
    summary="Exports keep growing, but the surge in component imports says more about the peak "
            "season ahead.",
    author="Marcus Heng", issue="Issue 87 - Asia supply chains weekly",
    when="Saturday, 8 August 2026", published="2026-08-08T07:00:00+08:00",
    section="Supply chains",
    image="https://shipsandshelves.example/img/87/cai-mep.jpg",
    caption="Container ships at berth in Cai Mep.",
    credit="Ships & Shelves",
    body=_TR_NL_BODY,
    related=[("https://shipsandshelves.example/p/transshipment-rules-explained",
              "Transshipment rules, explained for shippers"),
             ("https://shipsandshelves.example/p/peak-season-booking-guide",
              "A peak-season booking guide for Southeast Asia"),
             ("https://shipsandshelves.example/p/north-vietnam-electronics-corridor",
              "Inside North Vietnam's electronics corridor")],
)

STORY_4 = _story("tr-KB4", "trade", "2026-08-10",
                 [_page("https://icbwire.example/news/2026/08/06/vietnam-july-exports-rise", _TR_WIRE),
                  _page("https://hanoiledger.example/economy/2026/08/07/july-exports-rise-15-3-per-cent", _TR_PAPER),
                  _page("https://asiamarketstv.example/economy/vietnam-exports-july-2026", _TR_TV),
                  _page("https://shipsandshelves.example/p/vietnam-july-trade-what-the-imports-say", _TR_NL)],
                 [("July export growth", r"15\.3 ?(?:%|per ?cent|pc)", r"12\.9 ?(?:%|per ?cent|pc)"),
                  ("title of Do Quang Thinh", r"\bdeputy minister\b",
                   r"(?<!deputy )(?<!vice )(?<!prime )\bminister\b")])


# ===========================================================================
# rk-KB5 (PLANTED) - Indonesian startup's suborbital test flight
# ===========================================================================
# Facts: Tuesday 15 September 2026, PT Angkasa Raya Dinamika (ARD), a Bandung start-up founded in
# 2021, flies its two-stage solid-fuel suborbital rocket Rajawali-2 (9.6 m tall, 1.4 tonnes) from
# the BRIN launch site at Pameungpeuk, Garut regency, on the south coast of West Java. Window
# opened 09:00 WIB; short hold to clear a fishing boat; lift-off 09:17 WIB (02:17 GMT). Stage
# separation about 38 seconds after lift-off; apogee 112 km (about 70 miles), above the 100 km
# Karman line; top speed about Mach 5.8; payload capsule (18 kg of experiments from three
# universities) splashed down under parachute in the Indian Ocean about 210 km south of the site
# 6 min 40 s (400 s) after lift-off; recovered early afternoon. First attempt Saturday
# 12 September scrubbed when the countdown stopped at T-40 seconds at 10:05 WIB (pressure
# sensor reading on the second stage). Chief executive and co-founder Dimas Prasetyo Wibowo, 36.
# BRIN: Retno Handayani, head of the Research Organisation for Aeronautics and Space. ARD raised
# Rp320 billion (about US$19.5 million). Next: three-stage orbital rocket Rajawali-3 planned for
# 2028. CEO quote (full): "Today we proved that a rocket designed and built in Indonesia can reach
# space and bring its payload home. This is a test flight, not the finish line, but it is the
# hardest test we have passed so far."
# PLANTED 1: The Jakarta Chronicle gives lift-off as 9.47am WIB (others 09:17 WIB / 02:17 GMT).
# PLANTED 2: Archipelago Press Agency places the launch near Biak, Papua (others Pameungpeuk,
# Garut, West Java).

_RK_LIVE_ENTRIES = [
    ("13:05 WIB", "Capsule recovered", """
The recovery team has the payload capsule on deck. ARD says it was found floating upright with its
parachute still attached, about 210 km south of the launch site, and appears intact. The
university teams will get their experiments back once the boat returns to port tomorrow.
"""),
    ("11:50 WIB", "Press conference: 'not the finish line'", """
Chief executive Dimas Prasetyo Wibowo is speaking to reporters at the range. "Today we proved
that a rocket designed and built in Indonesia can reach space and bring its payload home," he
said. "This is a test flight, not the finish line."

Asked about the next step, Dimas said the company was still aiming for an orbital attempt with
the three-stage Rajawali-3 in 2028, and that the data from today would decide how much of the
design carries over.

Retno Handayani of BRIN said: "The range worked exactly as planned, and the tracking data looks
clean. We will review everything with the company before the next campaign."
"""),
    ("10:20 WIB", "Recovery boat on its way", """
The recovery boat has picked up the capsule's radio beacon and is heading south towards it. ARD
says the sea is calm enough for the crew to lift the capsule on board with a crane.
"""),
    ("09:24 WIB", "Splashdown", """
Parachute deployed and splashdown confirmed, 6 minutes 40 seconds after lift-off. Cheers in the
control room.
"""),
    ("09:21 WIB", "Apogee: 112 km", """
ARD's flight director is calling out a peak altitude of 112 km. That is above the 100 km Karman
line that is widely used as the edge of space. Top speed during the climb was about Mach 5.8,
according to the company's telemetry feed.
"""),
    ("09:18 WIB", "Stage separation", """
First stage burnout and separation at about T+38 seconds, second stage ignition confirmed. The
rocket is arcing south over the ocean, and the tracking camera has lost it in the haze.
"""),
    ("09:17 WIB", "LIFT-OFF!", """
Rajawali-2 is away from Pameungpeuk at 09:17 WIB (02:17 GMT). A clean, loud departure, and a
very straight climb.
"""),
    ("09:16 WIB", "Terminal count", """
Rocket on internal power, range green, recovery boat in position. The range safety officer has
given the final go. Under a minute to go.
"""),
    ("09:07 WIB", "Count resumed", """
The fishing boat is clear of the zone and the count has resumed at T-10 minutes. Engineers in the
blockhouse report all systems nominal, including the second-stage pressure sensor that caused
Saturday's abort.
"""),
    ("09:05 WIB", "Short hold", """
The count is holding at T-10 minutes. The range safety officer wants a fishing boat that has
drifted into the exclusion zone moved out. The window opened at 09:00 and runs until noon, so
there is plenty of time.
"""),
    ("08:10 WIB", "Weather is go", """
Light winds, some high cloud, sea state acceptable for the recovery vessel. The meteorologist
has given a go. Fishing boats have been kept out of a zone extending 20 nautical miles offshore
since 6am.
"""),
    ("06:30 WIB", "Good morning from Garut", """
Welcome to our live coverage of the second attempt to fly Rajawali-2, the suborbital rocket
built by Bandung start-up PT Angkasa Raya Dinamika (ARD). We are at the BRIN launch site at
Pameungpeuk, on the south coast of West Java.

Saturday's first attempt ended when the computer stopped the countdown at T-40 seconds, at 10:05
WIB, after an unexpected pressure sensor reading on the second stage. ARD says the sensor has
been replaced and the valve it monitors has been checked.

The rocket is 9.6 metres tall, weighs about 1.4 tonnes and uses solid propellant in both stages.
Its payload capsule carries 18 kg of experiments from three Indonesian universities. If all
goes to plan, the capsule will come down under a parachute in the Indian Ocean, where a recovery
boat is waiting.
"""),
]

_RK_LIVE = liveblog_page(
    site="Orbit Watch Asia", home="https://orbitwatch.example",
    url="https://orbitwatch.example/live/rajawali-2-test-flight-second-attempt",
    headline="Live: Rajawali-2 suborbital test flight from Pameungpeuk",
    summary="Indonesian start-up ARD tries again to fly its two-stage rocket to space and "
            "recover the payload from the Indian Ocean.",
    byline=["Bayu Anggara", "Orbit Watch Asia"],
    when="Updated 15 September 2026, 13:05 WIB",
    published="2026-09-15T06:30:00+07:00", modified="2026-09-15T13:05:00+07:00",
    section="Launches",
    image="https://orbitwatch.example/media/2026/09/rajawali-2-pad.jpg",
    caption="Rajawali-2 on the launch rail at Pameungpeuk on Tuesday morning.",
    credit="Orbit Watch Asia/Bayu Anggara",
    entries=_RK_LIVE_ENTRIES,
    related=[("https://orbitwatch.example/news/rajawali-2-scrub-sensor",
              "Rajawali-2 countdown stopped by sensor reading"),
             ("https://orbitwatch.example/explainers/karman-line",
              "Explainer: where does space begin?"),
             ("https://orbitwatch.example/news/southeast-asia-launch-startups",
              "Southeast Asia's launch start-ups, ranked by progress")],
    key_points=["Rajawali-2 lifted off at 09:17 WIB and reached an altitude of 112 km",
                "The payload capsule splashed down 6 min 40 s after launch and was recovered",
                "Saturday's first attempt was stopped at T-40 seconds"],
)

_RK_PAPER_BODY = """
An Indonesian-built rocket reached space for the first time yesterday, when a suborbital vehicle
developed by Bandung start-up PT Angkasa Raya Dinamika (ARD) climbed to an altitude of 112
kilometres over the Indian Ocean before its payload parachuted safely back into the sea.

The two-stage Rajawali-2 lifted off at 9.47am Western Indonesia Time from the launch site
operated by the National Research and Innovation Agency (BRIN) at Pameungpeuk, on the southern
coast of Garut regency in West Java. It was the company's second attempt, three days after the first was called off.

The flight lasted six minutes and 40 seconds from lift-off to splashdown. The payload capsule,
carrying experiments from three Indonesian universities, came down about 210 kilometres south of
the launch site and was picked up by a recovery boat in the early afternoon.

"Today we proved that a rocket designed and built in Indonesia can reach space and bring its
payload home. This is a test flight, not the finish line, but it is the hardest test we have
passed so far," said Dimas Prasetyo Wibowo, ARD's chief executive and co-founder.

[[FIG:https://jakartachronicle.example/images/2026/09/16/dimas-wibowo.jpg|ARD chief executive Dimas Wibowo speaks to the media after the flight on Tuesday.|Chronicle/Ratna Sari]]

## A second try

The first attempt, on Saturday, was halted by the rocket's own computer 40 seconds before
lift-off when a sensor monitoring a valve on the second stage gave an unexpected pressure
reading. Engineers replaced the sensor over the weekend.

Yesterday's countdown was briefly held to allow a fishing boat to leave the exclusion zone
offshore. The rocket then flew what the company described as an almost textbook trajectory,
shedding its first stage about 38 seconds into the flight and reaching a top speed of about 5.8
times the speed of sound.

The peak altitude of 112 km, roughly 70 miles, puts the flight above the Karman line at 100 km,
the boundary most commonly used to mark the edge of space.

Retno Handayani, who heads BRIN's Research Organisation for Aeronautics and Space, said the
agency's tracking stations had followed the rocket for the whole flight. "The range worked exactly
as planned, and the tracking data looks clean," she said.

[[AD:chronicle-inline]]

## From start-up to orbit?

ARD was founded in 2021 by Dimas, 36, and a group of engineers who had worked on sounding
rockets and drones. It has raised Rp320 billion, about US$19.5 million, from Indonesian and
Singapore-based investors.

The 9.6-metre Rajawali-2 is a stepping stone. The company hopes to attempt an orbital launch
with a larger, three-stage rocket, Rajawali-3, in 2028, although it has not yet secured a
customer or a launch licence for that vehicle.

Analysts said yesterday's flight would help ARD's case. "Investors in this industry want to see
hardware fly and come back," said Adrian Kusuma, a Jakarta-based consultant who advises
technology companies. "Doing it on the second attempt, after a clean scrub, shows discipline.
The hard part is that orbit is a much bigger step than a suborbital hop."

Indonesia has launched research rockets from Pameungpeuk since the 1960s, but those were built
by government agencies. Officials have long discussed building a larger spaceport elsewhere in
the country, and the government's space policy envisages private companies playing a bigger
role.

The experiments aboard the capsule, which include a small plant growth chamber and sensors to
measure vibration and radiation, will be returned to the universities once the recovery boat
reaches port.
"""

_RK_PAPER = paper_page(
    site="The Jakarta Chronicle", home="https://jakartachronicle.example",
    url="https://jakartachronicle.example/science/2026/09/16/rajawali-2-reaches-space",
    headline="Home-grown rocket reaches space on second attempt",
    summary="Start-up ARD's Rajawali-2 climbs to 112 km; payload recovered from the Indian Ocean",
    byline=["Ratna Sari", "Hendra Gunawan"], role="Science and Technology",
    dateline="GARUT, West Java", when="Wednesday, 16 September 2026 - 05:30 WIB",
    published="2026-09-16T05:30:00+07:00", modified="2026-09-16T08:10:00+07:00",
    section="Science",
    image="https://jakartachronicle.example/images/2026/09/16/rajawali-2-liftoff.jpg",
    caption="The Rajawali-2 rocket lifts off on Tuesday morning.",
    credit="Chronicle/Hendra Gunawan",
    body=_RK_PAPER_BODY,
    related=[("https://jakartachronicle.example/science/2026/09/rajawali-scrub",
              "Rocket launch halted seconds before lift-off"),
             ("https://jakartachronicle.example/business/2026/06/space-startups-funding",
              "Space start-ups find investors in Jakarta and Singapore"),
             ("https://jakartachronicle.example/science/2026/05/brin-space-research",
              "What BRIN's space researchers are working on")],
    print_note="This article appears in the Wednesday print edition on page 1.",
)

_RK_WIRE_BODY = """
An Indonesian start-up successfully flew its rocket to the edge of space on Tuesday, becoming the
first private company in Southeast Asia to send a vehicle above 100 kilometres and recover its
payload.

The Rajawali-2, built by Bandung-based PT Angkasa Raya Dinamika (ARD), lifted off at 09:17
Western Indonesia Time (0217 GMT) from a state launch range near Biak, an island off the north
coast of Papua, and reached a peak altitude of 112 km, the company said.

A capsule carrying university experiments separated from the rocket's upper stage and landed
by parachute in the ocean about 210 km from the launch site roughly 400 seconds after lift-off.
A support vessel recovered it several hours later.

"This is a test flight, not the finish line, but it is the hardest test we have passed so far,"
ARD chief executive Dimas Prasetyo Wibowo told reporters.

The rocket shed its first stage about 38 seconds into the flight and reached a top speed of
about Mach 5.8, according to telemetry released by the company. The capsule carried 18 kg of
experiments prepared by three Indonesian universities, including a small plant-growth chamber and
instruments to measure vibration and radiation.

The launch came three days after a first attempt on Saturday was called off when the countdown
stopped automatically at T-minus 40 seconds. The company traced that problem to a faulty pressure
sensor on the second stage.

Dimas, 36, co-founded ARD with a group of engineers who had previously worked on sounding rockets
and drones. He said the team had changed its countdown procedures after Saturday's abort, so that
a single suspect reading from one sensor would now lead to a short hold for checks rather than
ending the attempt. The company said the recovered capsule appeared intact when it was lifted
from the water.

## Regional race

Several Southeast Asian countries are trying to build up their space industries, mostly by
developing satellites rather than the rockets to launch them. Indonesia's government has said it
wants to open launch sites to commercial operators.

The National Research and Innovation Agency (BRIN), which runs the range, said its radar and
telemetry stations tracked the rocket throughout the flight. Retno Handayani, the head of BRIN's
Research Organisation for Aeronautics and Space, said the agency would review the data with ARD
before the company's next campaign.

"The range worked exactly as planned, and the tracking data looks clean," she said.

[[AD:apa-mid]]

ARD, founded in 2021, has raised 320 billion rupiah ($19.5 million) from investors in Indonesia
and Singapore. It has about 140 employees.

The 9.6-metre, two-stage rocket uses solid propellant and weighs around 1.4 tonnes. ARD says it
plans to attempt to reach orbit in 2028 with a larger three-stage vehicle, the Rajawali-3.

Suborbital flights such as Tuesday's last only a few minutes, but they allow companies to test
guidance, stage separation and recovery systems at a fraction of the cost of an orbital attempt.

Dimas said the company would spend the coming weeks analysing telemetry from the flight and
inspecting the recovered capsule. "We will take the data, learn from it and build the next one,"
he said.

Shares in several Indonesian-listed technology companies with links to the space sector rose on
Tuesday, although ARD itself is privately held.
"""

_RK_WIRE = wire_page(
    site="Archipelago Press Agency", home="https://archipelagopress.example",
    url="https://archipelagopress.example/en/tech/indonesia-startup-rocket-reaches-space-0915",
    headline="Indonesian start-up's rocket reaches space on test flight",
    summary="ARD's Rajawali-2 climbs to 112 km and its payload is recovered from the sea.",
    byline=["Yogi Pratama"], dateline="JAKARTA, Sept 15 (APA)",
    when="15 September 2026 06:40 GMT", published="2026-09-15T06:40:00Z",
    modified="2026-09-15T06:40:00Z", section="Technology",
    image="https://archipelagopress.example/photo/2026/09/rajawali-2-flight.jpg",
    caption="The Rajawali-2 rocket climbs after lift-off on Tuesday, in a handout photo.",
    credit="PT Angkasa Raya Dinamika/Handout via APA",
    body=_RK_WIRE_BODY,
    related=[("https://archipelagopress.example/en/tech/asean-satellite-plans",
              "Southeast Asia's satellite plans take shape"),
             ("https://archipelagopress.example/en/business/indonesia-tech-funding",
              "Indonesian tech funding picks up in third quarter"),
             ("https://archipelagopress.example/en/tech/what-is-a-sounding-rocket",
              "Explainer: what is a sounding rocket?")],
    note="Editing by the APA English service.",
)

STORY_5 = _story("rk-KB5", "rocket", "2026-09-18",
                 [_page("https://orbitwatch.example/live/rajawali-2-test-flight-second-attempt", _RK_LIVE),
                  _page("https://jakartachronicle.example/science/2026/09/16/rajawali-2-reaches-space", _RK_PAPER),
                  _page("https://archipelagopress.example/en/tech/indonesia-startup-rocket-reaches-space-0915", _RK_WIRE)],
                 [("lift-off time", r"\b0?9[:.]17(?!\d)", r"\b0?9[:.]47(?!\d)"),
                  ("launch site", r"pameungpeuk|garut|west java", r"\bbiak\b|papua")])


# ===========================================================================
# eq-KB6 (PLANTED) - Earthquake near Dompu, Sumbawa, West Nusa Tenggara
# ===========================================================================
# Facts: Sunday 18 October 2026 at 22:48 WITA (21:48 WIB, 14:48 GMT). BMKG preliminary magnitude
# 6.3 at 10 km depth, revised within the hour to 6.1 at 14 km. Epicentre at sea off the north
# coast of Sumbawa, 38 km north-east of Dompu. No tsunami potential. Felt strongly in Dompu and
# Bima, also in Mataram (Lombok) and Labuan Bajo. BMKG's head of the Earthquake and Tsunami
# Center: Rudi Hartanto Siregar. BNPB spokesman Teguh Santoso. Dompu regent Arief Rahmatullah.
# Aftershocks: M4.8 at 01:12 WITA Monday; M5.2 at 15:20 WITA Monday; 24 aftershocks by 6am
# Monday, 43 by 6pm Monday, 61 by Tuesday morning. Running tolls: 3 dead (Mon 06:50), 7 dead and
# 41 injured (Mon 11am), 9 dead and 52 injured (Mon 6pm WITA), 11 dead and 64 injured (Tue midday
# and Tue afternoon). Damaged houses: 600+ (Mon 11am), 1,380 (Tue midday), 1,412 (Tue 4pm, of
# which 1,107 in Dompu regency). Displaced: about 4,300 (Tue midday), more than 4,500 (Tue
# afternoon). Minaret of a mosque collapsed in Dompu; patients of Dompu regional hospital moved
# into tents. Rudi's quote (full): "The earthquake was caused by movement on the Flores back-arc
# thrust, and the shallow depth explains why the shaking was so strong in Dompu. We ask residents
# to stay away from damaged buildings because aftershocks are likely to continue for several
# days."
# PLANTED 1: SEA Newswire says the quake struck late on Saturday 17 October (others: Sunday
# 18 October).
# PLANTED 2: Sumbawa Today spells the BMKG official "Rudy Hartanto Siregar" (others: Rudi).

_EQ_LIVE_ENTRIES = [
    ("Mon 19 Oct, 11:30 WITA", "Death toll rises to seven", """
The National Disaster Management Agency (BNPB) says seven people have now died and 41 have been
injured, according to its update at 11am local time. Spokesman Teguh Santoso said more than 600
houses had been damaged, most of them in Dompu regency, and that the figures were expected to
rise as teams reached villages in the hills.
"""),
    ("Mon 19 Oct, 10:15 WITA", "Road to Bima cracked", """
Our correspondent reports long cracks across the main road between Dompu and Bima, with traffic
reduced to a single lane in places. Aid trucks from Bima are getting through slowly. Police are
directing traffic around a section where the road surface has dropped by several centimetres.
"""),
    ("Mon 19 Oct, 09:40 WITA", "Hospital patients moved into tents", """
Patients at the Dompu regional hospital spent the night in tents in the car park after cracks
appeared in the walls of one ward. The hospital director told our correspondent that no patients
were hurt and that surgeons were operating in a field tent on the grounds.
"""),
    ("Mon 19 Oct, 08:30 WITA", "Emergency declared in Dompu", """
Dompu regent Arief Rahmatullah has declared a 14-day emergency response period. He told
Nusantara 24 that the regency needs tents, clean water and baby food, and that schools will stay
closed until engineers have checked the buildings.
"""),
    ("Mon 19 Oct, 07:55 WITA", "BMKG: stay away from damaged buildings", """
Rudi Hartanto Siregar, head of BMKG's Earthquake and Tsunami Center, said the quake was caused by
movement on the Flores back-arc thrust. "We ask residents to stay away from damaged buildings
because aftershocks are likely to continue for several days," he said. BMKG had recorded 24
aftershocks by 6am.
"""),
    ("Mon 19 Oct, 06:50 WITA", "Three dead confirmed", """
The Dompu regional disaster agency has confirmed three deaths: two people killed when a wall
fell on their house in Dompu town and one man struck by falling debris near the market. Dozens of
people have been treated for injuries.

In daylight, the damage is clearer. The minaret of a mosque in the centre of Dompu has collapsed
onto the road, and several shophouses have lost their front walls.
"""),
    ("Mon 19 Oct, 01:30 WITA", "Strong aftershock", """
A magnitude 4.8 aftershock shook the area at 01:12 WITA, sending people who had gone back indoors
running into the streets again. Many families in Dompu and Bima are sleeping outside tonight.
"""),
    ("Sun 18 Oct, 23:40 WITA", "Magnitude revised to 6.1", """
BMKG has revised its reading. The quake is now put at magnitude 6.1, at a depth of 14 km, with
its epicentre in the sea 38 km north-east of Dompu. The agency repeats that the quake did not have
the potential to cause a tsunami.
"""),
    ("Sun 18 Oct, 23:20 WITA", "Felt across the region", """
Viewers in Mataram tell us hotel guests ran out into the street when the shaking started, and
that some ceiling panels fell in shopping centres. In Labuan Bajo, residents said hanging lamps
swung for several seconds. We have no reports of damage outside Sumbawa so far.
"""),
    ("Sun 18 Oct, 23:05 WITA", "Strong quake hits Sumbawa", """
A strong earthquake struck off the island of Sumbawa in West Nusa Tenggara at 22:48 WITA (14:48
GMT) on Sunday, the meteorology and geophysics agency BMKG says. Its preliminary reading is
magnitude 6.3 at a depth of 10 km. There is no tsunami potential, the agency says.

Residents in Dompu and Bima told Nusantara 24 the shaking was violent and lasted for several
seconds. It was also felt in Mataram on Lombok and in Labuan Bajo on Flores. We will bring you
updates through the night.
"""),
]

_EQ_LIVE = liveblog_page(
    site="Nusantara 24", home="https://nusantara24.example",
    url="https://nusantara24.example/live/sumbawa-earthquake-dompu",
    headline="Live: Magnitude 6.1 earthquake strikes off Sumbawa",
    summary="A strong quake hit West Nusa Tenggara on Sunday night. Follow the latest on "
            "casualties, damage and aftershocks.",
    byline=["Nusantara 24 newsroom", "Yuliana Putri", "Ahmad Fauzi in Dompu"],
    when="Last update: Monday 19 October 2026, 11:30 WITA",
    published="2026-10-18T23:05:00+08:00", modified="2026-10-19T11:30:00+08:00",
    section="News",
    image="https://nusantara24.example/media/2026/10/dompu-minaret.jpg",
    caption="The collapsed minaret of a mosque in Dompu on Monday morning.",
    credit="Nusantara 24/Ahmad Fauzi",
    entries=_EQ_LIVE_ENTRIES,
    related=[("https://nusantara24.example/explainer/earthquake-safety",
              "What to do during and after an earthquake"),
             ("https://nusantara24.example/news/bmkg-how-magnitudes-are-revised",
              "Why BMKG revises magnitudes after the first reading"),
             ("https://nusantara24.example/video/dompu-residents-night",
              "Video: Dompu residents spend the night outdoors")],
    key_points=["Magnitude 6.1 quake (first reported as 6.3) struck at 22:48 WITA on Sunday",
                "Seven dead and 41 injured as of 11am Monday, according to BNPB",
                "No tsunami potential, BMKG says; strong aftershocks continue"],
)

_EQ_PAPER_BODY = """
At least nine people were killed and 52 injured when a magnitude 6.1 earthquake struck off the
island of Sumbawa late on Sunday night, damaging hundreds of homes, a hospital and a mosque in
Dompu regency, officials said on Monday.

The quake hit at 21:48 WIB (22:48 local time) at a depth of 14 kilometres, according to the
Meteorology, Climatology and Geophysics Agency (BMKG). Its epicentre was in the sea off the north
coast of Sumbawa, about 40 km from the town of Dompu. BMKG's first reading had put the magnitude
at 6.3 before it was revised downwards.

The casualty figures, as of 6pm local time on Monday, were released by the National Disaster
Management Agency (BNPB). Spokesman Teguh Santoso said most of the victims had been killed by
collapsing walls and falling masonry, and that two of the dead were children.

"Our teams are still reaching villages in the hills east of Dompu where the roads are damaged,
so these numbers may change," he said.

[[FIG:https://javapostdaily.example/foto/2026/10/19/dompu-tents.jpg|Residents rest in a tent outside their damaged home in Dompu on Monday.|Java Post Daily/Antonius Wahyu]]

## Fault behind the quake

Rudi Hartanto Siregar, head of BMKG's Earthquake and Tsunami Center, said the earthquake was
linked to the Flores back-arc thrust, a major fault that runs north of the islands of Lombok,
Sumbawa and Flores.

"The earthquake was caused by movement on the Flores back-arc thrust, and the shallow depth
explains why the shaking was so strong in Dompu," Rudi told a press conference in Jakarta.

Schools across Dompu regency were closed on Monday, and many shops in the town centre stayed
shut as owners waited for their buildings to be checked.

"My house is standing, but there is a crack from the roof to the floor. My children will not go
inside, so we sleep on the terrace," said Nurhayati, 38, a market trader in Dompu.

BMKG recorded 43 aftershocks by 6pm on Monday. The largest, of magnitude 5.2, struck at 15:20
local time, causing panic among residents who had begun clearing debris, although no new damage
was immediately reported. An earlier aftershock, of magnitude 4.8, had shaken the area in the
early hours of Monday.

## Hospital in tents

In Dompu, the regional hospital moved its patients into tents after cracks appeared in one of
its buildings. The minaret of a mosque in the town centre collapsed onto a road, and a section of
the main road linking Dompu and Bima was cracked, slowing the arrival of aid trucks.

Dompu regent Arief Rahmatullah declared a 14-day emergency response period and appealed for
tents, clean water and baby food.

"Many people do not want to sleep inside even if their house is still standing. They are afraid,
and we understand that. What we need now are tents and clean water," he said.

[[AD:jpd-inline]]

## Aid on its way

The Social Affairs Ministry said it had sent family kits, blankets and ready-to-eat meals from
its warehouse in Mataram, and the military deployed a field hospital team from Bima.

Sumbawa lies in one of Indonesia's most seismically active regions. The country lies along the
Pacific's so-called Ring of Fire, where the collision of tectonic plates causes frequent earthquakes and
volcanic eruptions.

BMKG urged residents to rely only on official information and to ignore messages circulating on
social media claiming that a larger quake or a tsunami was imminent.
"""

_EQ_PAPER = paper_page(
    site="Java Post Daily", home="https://javapostdaily.example",
    url="https://javapostdaily.example/nasional/2026/10/19/sumbawa-quake-kills-nine",
    headline="Sumbawa quake kills nine, damages homes and hospital in Dompu",
    summary="Magnitude 6.1 quake struck late on Sunday; strong aftershock on Monday afternoon "
            "sends residents into the streets again",
    byline=["Dewi Lestari", "Antonius Wahyu"], role="National Desk",
    dateline="JAKARTA/DOMPU", when="Monday, 19 October 2026 | 21:30 WIB",
    published="2026-10-19T21:30:00+07:00", modified="2026-10-19T22:05:00+07:00",
    section="National",
    image="https://javapostdaily.example/foto/2026/10/19/dompu-mosque.jpg",
    caption="Rescuers inspect the fallen minaret of a mosque in Dompu.",
    credit="Java Post Daily/Antonius Wahyu",
    body=_EQ_PAPER_BODY,
    related=[("https://javapostdaily.example/nasional/2026/10/19/how-to-help",
              "How to help people affected by the Sumbawa quake"),
             ("https://javapostdaily.example/sains/2026/08/flores-back-arc-explained",
              "The fault under the Flores Sea, explained"),
             ("https://javapostdaily.example/nasional/2026/10/19/bima-residents",
              "In Bima, families camp in school yards")],
    print_note="This article will appear in Tuesday's print edition.",
)

_EQ_WIRE_BODY = """
The death toll from a strong earthquake on the Indonesian island of Sumbawa rose to 11 on
Tuesday, with 64 people injured and more than 1,300 homes damaged, the national disaster agency
said.

The magnitude 6.1 quake struck late on Saturday (Oct. 17), at 10:48 p.m. local time (1448 GMT),
at a shallow depth of 14 km beneath the sea off Sumbawa's northern coast, according to
Indonesia's meteorology agency, BMKG.

As of midday Tuesday, 1,380 houses had been damaged and about 4,300 people were staying in
temporary shelters, said Teguh Santoso, spokesman for the National Disaster Management Agency
(BNPB). Most of the damage was in Dompu regency, the area closest to the epicentre, with further
damage in neighbouring Bima.

"The emergency phase is far from over. People are still afraid to go home, and every strong
aftershock sets us back," Teguh said in a statement.

## Aftershocks

BMKG said it had recorded 61 aftershocks by Tuesday morning. The strongest, measuring 5.2, hit on
Monday afternoon and caused panic in Dompu, although officials said it did not cause significant
new damage.

Rudi Hartanto Siregar, who heads BMKG's earthquake and tsunami centre, said the quake was caused
by movement on the Flores back-arc thrust, a fault running beneath the sea north of the Lesser
Sunda islands. He urged residents to stay away from damaged buildings "because aftershocks are
likely to continue for several days".

The agency had initially measured the quake at magnitude 6.3 before revising it.

Among the dead were two children, officials said. Most of the victims were killed by falling
walls and masonry as they slept or tried to run outside, according to the disaster agency.
Rescue workers searched collapsed shophouses in Dompu town on Monday but found no one trapped,
local officials said.

The shaking was felt as far away as Mataram and Labuan Bajo, on the island of Flores, although no
damage was reported outside Sumbawa.

[[AD:seanw-mid]]

## Roads and hospitals

Relief efforts have been slowed by cracks in the main road between Dompu and Bima and by damage to
smaller roads leading to hillside villages. The military has sent troops and a field hospital to
the area, and the Social Affairs Ministry has dispatched food and blankets from Mataram, the
provincial capital on neighbouring Lombok.

Patients at the main hospital in Dompu have been treated in tents since the night of the quake.

In Bima, families camped in school yards and on football fields, and the city's central market
was closed for safety checks. Electricity was restored to most of Dompu on Monday evening after
outages in the hours following the quake, the state power company said.

Indonesia, a vast archipelago of more than 17,000 islands, is prone to earthquakes because it
is part of the belt of fault lines circling the Pacific Basin known as the Ring of Fire.

The Dompu regional government has declared a two-week state of emergency. Regent Arief
Rahmatullah said on Tuesday the priorities were shelter, clean water and sanitation for families
sleeping outdoors, and the inspection of schools before classes could resume.

Schools across Dompu regency remained closed on Tuesday.
"""

_EQ_WIRE = wire_page(
    site="SEA Newswire", home="https://seanewswire.example",
    url="https://seanewswire.example/indonesia/sumbawa-quake-toll-rises-11",
    headline="Death toll from Indonesia's Sumbawa quake rises to 11",
    summary="More than 1,300 homes damaged; thousands sleep in shelters as aftershocks continue.",
    byline=["Kevin Halim"], dateline="JAKARTA, Oct 20 (SEANW)",
    when="Tue Oct 20, 2026 07:15 GMT", published="2026-10-20T07:15:00Z",
    modified="2026-10-20T07:15:00Z", section="Asia",
    image="https://seanewswire.example/photos/2026/10/sumbawa-shelter.jpg",
    caption="People displaced by the earthquake at a temporary shelter in Dompu.",
    credit="SEANW/Stringer",
    body=_EQ_WIRE_BODY,
    related=[("https://seanewswire.example/indonesia/ring-of-fire-explainer",
              "Explainer: Why Indonesia has so many earthquakes"),
             ("https://seanewswire.example/indonesia/disaster-budget",
              "Indonesia's disaster relief budget under strain"),
             ("https://seanewswire.example/asia/quake-building-codes",
              "Building codes and quakes: lessons across Asia")],
    note="Reporting by Kevin Halim; editing by the SEANW Jakarta desk.",
)

_EQ_LOCAL_BODY = """
Two days after the earthquake, the people of Dompu are counting what they have lost, and many are
still sleeping under tarpaulins in front of houses they are afraid to enter.

The number of people killed has reached 11, and 64 have been injured, according to the latest
figures from the disaster agencies. By 4pm on Tuesday, 1,412 houses had been recorded as damaged
across Dompu and Bima, 1,107 of them in Dompu regency alone. More than 4,500 people have left
their homes for shelters or tents.

The magnitude 6.1 earthquake struck at 22:48 on Sunday night, 18 October, with its epicentre in
the sea about 38 kilometres north-east of Dompu.

## 'Like a truck hitting the house'

In Kelurahan Bada, in Dompu town, fish trader Syahrul, 43, sat on a plastic chair next to the
pile of bricks that had been his kitchen.

"It felt like a truck hitting the house, again and again. I grabbed the children and we ran. Ten
seconds later, the back wall was gone," he said. His family of five is now sharing a tent with
his brother's family.

Along the main road, the collapsed minaret of the town's mosque has been cleared to one side so
that vehicles can pass. Volunteers from local youth groups are handing out rice and drinking
water from the mosque courtyard.

[[FIG:https://sumbawatoday.example/wp-content/uploads/2026/10/bada-damage.jpg|Residents of Bada sort through the remains of damaged houses on Tuesday.|Sumbawa Today/Nurul Hidayah]]

## Officials: do not go back inside yet

Rudy Hartanto Siregar, head of the Earthquake and Tsunami Center at the national meteorology
agency BMKG, has urged residents to be patient. "We ask residents to stay away from damaged
buildings because aftershocks are likely to continue for several days," he said.

BMKG had recorded 61 aftershocks by Tuesday morning. The strongest, a magnitude 5.2 tremor on
Monday afternoon, sent crowds running into the streets of Dompu again.

Dompu Regent Arief Rahmatullah, who has set a 14-day emergency response period, visited shelters
in Woja and Kempo districts on Tuesday. He said teams of engineers would begin inspecting school
buildings on Wednesday.

"Children cannot go back to school until we are sure the classrooms are safe. I would rather the
schools stay closed for another week than take that risk," he said.

[[AD:local-mid]]

## How you can help

The Dompu disaster agency says the most urgent needs are tents, tarpaulins, clean water, baby
food, sanitary products and medicines for the elderly. Donations can be dropped at the regent's
office and at the command post set up at the Dompu sports field.

Several local businesses have also opened their doors. A rice mill in Manggelewa district is
providing free rice for shelters, and a bus company is taking families to relatives in Bima and
Sumbawa Besar free of charge.

## Hospital still in tents

Patients at the Dompu regional hospital are still being treated in tents while engineers check
the damaged ward. A doctor at the hospital said most of the injured had broken bones or cuts from
falling debris, and that several seriously injured patients had been taken to Bima for surgery.

Sumbawa Today will continue to publish updates from the disaster agencies, lists of shelters and
information about missing persons. Readers who need help or have information can contact our
newsroom.
"""

_EQ_LOCAL = local_page(
    site="Sumbawa Today", home="https://sumbawatoday.example",
    url="https://sumbawatoday.example/2026/10/dompu-earthquake-two-days-on",
    headline="Dompu earthquake: two days on, families still sleeping outdoors",
    summary="The death toll has reached 11 and more than 4,500 people have left their homes.",
    byline=["Nurul Hidayah"], dateline="DOMPU",
    when="Tuesday, 20 October 2026", published=None, modified=None, section="Dompu",
    image="https://sumbawatoday.example/wp-content/uploads/2026/10/dompu-tents.jpg",
    caption="Families set up tents on a football field in Dompu.",
    credit="Sumbawa Today/Nurul Hidayah",
    body=_EQ_LOCAL_BODY,
    related=[("https://sumbawatoday.example/2026/10/dompu-shelter-list",
              "List of shelters and command posts in Dompu and Bima"),
             ("https://sumbawatoday.example/2026/10/missing-persons-form",
              "Report a missing person"),
             ("https://sumbawatoday.example/2026/10/bima-market-reopens",
              "Bima's central market reopens after safety checks")],
    community="Dompu sports field command post: donations accepted 7am to 9pm daily. Blood "
              "donors of all types are asked to contact the regional hospital.",
)

STORY_6 = _story("eq-KB6", "earthquake", "2026-10-22",
                 [_page("https://nusantara24.example/live/sumbawa-earthquake-dompu", _EQ_LIVE),
                  _page("https://javapostdaily.example/nasional/2026/10/19/sumbawa-quake-kills-nine", _EQ_PAPER),
                  _page("https://seanewswire.example/indonesia/sumbawa-quake-toll-rises-11", _EQ_WIRE),
                  _page("https://sumbawatoday.example/2026/10/dompu-earthquake-two-days-on", _EQ_LOCAL)],
                 [("day of the quake", r"\bsunday\b|\b18 october\b|\boctober 18\b|\boct\.? 18\b",
                   r"\bsaturday\b|\b17 october\b|\boctober 17\b|\boct\.? 17\b"),
                  ("first name of BMKG official", r"\brudi\b", r"\brudy\b")])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
