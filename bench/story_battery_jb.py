"""Part JB of the story battery (web pages).

Written by engineer JB1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JB1: National Bank of Moldova cuts base rate 5.60% -> 5.25% (7 May); PLANTED: April inflation
    4.9% (Prut Markets Brief) vs 4.4%, next meeting 11 June (Radio Codru) vs 18 June; traps: bp/pp,
    local/GMT, March vs April CPI, expected vs actual cut, $/EUR reserves, quote cuts.
el-JB2: Panevezys (Lithuania) mayoral by-election runoff, 14 June; CONTROL; traps: running counts
    by stations reported, turnout at 14:00/close/final, first round vs runoff, votes vs %, diacritics.
ct-JB3: Harju County Court jails lending-platform founder 5 1/2 years (22 Sept); CONTROL; traps:
    66 months, sought vs given, co-defendant, claims vs total losses, EUR/USD, quote cuts.
tr-JB4: Ukraine Jan-Sep 2026 customs trade data (8 Oct); PLANTED: export growth 7.4% (Agri Corridor
    Brief) vs 6.2%, "Pylypenko" (Kyiv Courier) vs Pylypchuk; traps: $/UAH/EUR, Sept vs 9 months vs
    2025, imports vs exports vs agri growth.
rk-JB5: Latvian Ventaspace suborbital rocket reaches 112 km from Ovisi (25 July); CONTROL; traps:
    scheduled vs actual time, scrub on Tuesday, prelim 110 vs 112 km, km/miles, local vs UTC.
eq-JB6: M5.4 earthquake near Rakhiv, Zakarpattia (10 Nov); PLANTED: 4:42 a.m. (Tysa Radio) vs 03:42,
    school gym in Velykyi Bychkiv (Central Europe Press) vs Yasinia; traps: running injury/house
    counts, 5.6 revised to 5.4, aftershock, local/UTC.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared page pieces
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    """Escape visible text (quotes stay literal so they read naturally)."""
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _jsonld(kind: str, headline: str, url: str, site: str, authors: list[str],
            published: str | None, modified: str | None = None,
            section: str = "", keywords: list[str] | None = None,
            image: str = "") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": url.split("/", 3)[0] + "//" + url.split("/", 3)[2]
                               + "/static/logo-600.png"}},
        "author": [{"@type": "Person", "name": a} for a in authors],
        "inLanguage": "en",
    }
    if published:
        data["datePublished"] = published
        data["dateModified"] = modified or published
    if section:
        data["articleSection"] = section
    if keywords:
        data["keywords"] = ", ".join(keywords)
    if image:
        data["image"] = [image]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1)
            + "</script>")


def _body_html(paragraphs: list[str], ad_after: int = 3, ad_label: str = "Advertisement",
               extra_after: dict[int, str] | None = None) -> str:
    """Paragraph list -> HTML. '## ' starts a subheading, '> ' a pull quote."""
    out: list[str] = []
    extra_after = extra_after or {}
    for i, para in enumerate(paragraphs):
        if para.startswith("## "):
            out.append(f"<h2>{_e(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(para[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_e(para)}</p>")
        if i + 1 == ad_after:
            out.append(f'<div class="ad-slot ad-inline" data-slot="mid-{i}" aria-hidden="true">'
                       f'<span class="ad-label">{_e(ad_label)}</span>'
                       f'<div class="ad-frame" style="min-height:250px"></div></div>')
        if i + 1 in extra_after:
            out.append(extra_after[i + 1])
    return "\n".join(out)


def _figure(src: str, caption: str, credit: str) -> str:
    return (f'<figure class="lead-image"><img src="{_attr(src)}" alt="{_attr(caption)}" '
            f'loading="eager" width="1200" height="675">'
            f'<figcaption><span class="caption">{_e(caption)}</span> '
            f'<span class="credit">{_e(credit)}</span></figcaption></figure>')


def _related(title: str, links: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<li><a href="{_attr(u)}">{_e(t)}</a></li>' for u, t in links)
    return (f'<aside class="related"><h3>{_e(title)}</h3>'
            f'<ul>\n{items}\n</ul></aside>')


def _share(url: str, headline: str) -> str:
    q = _attr(url)
    return ('<div class="share-bar" role="group" aria-label="Share this article">'
            f'<a class="share fb" href="https://facebook.example/sharer?u={q}">Share</a>'
            f'<a class="share x" href="https://x.example/intent?url={q}&amp;text='
            f'{_attr(headline[:60])}">Post</a>'
            f'<a class="share tg" href="https://t.example/share?url={q}">Telegram</a>'
            f'<a class="share mail" href="mailto:?subject={_attr(headline[:60])}">Email</a>'
            '<button class="share copy" type="button">Copy link</button></div>')


def _cookie(site: str, text: str = "") -> str:
    text = text or (f"{site} and our partners use cookies to measure traffic, keep you signed in "
                    "and show advertising. You can change your choice at any time in Privacy "
                    "settings.")
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_e(text)}</p>'
            '<button class="accept">Accept all</button>'
            '<button class="reject">Only necessary</button>'
            '<a href="/privacy">Manage preferences</a></div>')


def _nav(items: list[str], cls: str = "main-nav") -> str:
    lis = "".join(f'<li><a href="/{_attr(i.lower().replace(" ", "-"))}">{_e(i)}</a></li>'
                  for i in items)
    return f'<nav class="{cls}" aria-label="Sections"><ul>{lis}</ul></nav>'


def _head(title: str, description: str, url: str, site: str, published: str | None,
          ld: str, extra_meta: str = "", image: str = "") -> str:
    pub_meta = (f'<meta property="article:published_time" content="{_attr(published)}">'
                if published else "")
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_attr(description)}">
<link rel="canonical" href="{_attr(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(title)}">
<meta property="og:description" content="{_attr(description)}">
<meta property="og:url" content="{_attr(url)}">
<meta property="og:image" content="{_attr(image)}">
<meta name="twitter:card" content="summary_large_image">
{pub_meta}
{extra_meta}
<link rel="stylesheet" href="/assets/css/site.min.css">
<script async src="/assets/js/consent.js"></script>
<script async src="/assets/js/ads-loader.js"></script>
{ld}
</head>"""


# ---------------------------------------------------------------------------
# Page templates, one per kind of outlet
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, url: str, headline: str, description: str,
               published: str | None, author: str, dateline: str, date_line: str,
               body: list[str], caption: str, credit: str, related: list[tuple[str, str]],
               section: str = "World", keywords: list[str] | None = None) -> str:
    img = url.rsplit("/", 1)[0] + "/media/lead.jpg"
    ld = _jsonld("NewsArticle", headline, url, site, [author], published,
                 section=section, keywords=keywords, image=img)
    paras = list(body)
    paras[0] = f"{dateline} ({site}) \u2014 {paras[0]}"
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} | {site}", description, url, site, published, ld, image=img)}
<body class="wire article-page">
{_cookie(site)}
<header class="site-header"><a class="logo" href="/">{_e(site)}</a>
{_nav(["Top News", "World", "Business", "Markets", "Europe", "Energy", "Technology", "Pictures"])}
<div class="ticker" aria-hidden="true">Markets data delayed at least 15 minutes</div>
</header>
<main id="content">
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<p class="kicker">{_e(section)}</p>
<h1 itemprop="headline">{_e(headline)}</h1>
<div class="byline">By <span class="author">{_e(author)}</span></div>
<div class="date-line">{_e(date_line)}</div>
{_share(url, headline)}
</header>
{_figure(img, caption, credit)}
<div class="story-body" itemprop="articleBody">
{_body_html(paras, ad_after=4)}
</div>
<p class="reporting-credit">Editing by the {_e(site)} regional desk</p>
<div class="trust">Our Standards: The {_e(site)} Trust Principles.</div>
</article>
{_related("Related coverage", related)}
</main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p>
<ul><li><a href="/about">About {_e(site)}</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/licensing">Licensing</a></li></ul>
<p>&copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str,
                published: str | None, authors: list[str], date_line: str,
                body: list[str], caption: str, credit: str, related: list[tuple[str, str]],
                section: str = "News", keywords: list[str] | None = None,
                nav: list[str] | None = None) -> str:
    img = url.rsplit("/", 1)[0] + "/images/main.jpg"
    ld = _jsonld("NewsArticle", headline, url, site, authors, published,
                 section=section, keywords=keywords, image=img)
    by = " and ".join(authors)
    nav = nav or ["News", "Politics", "Economy", "World", "Opinion", "Culture", "Sport"]
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} | {site}", standfirst, url, site, published, ld, image=img,
       extra_meta=f'<meta name="author" content="{_attr(by)}"><meta name="section" content="{_attr(section)}">')}
<body class="paper">
{_cookie(site)}
<div class="topbar"><a href="/subscribe" class="subscribe">Subscribe from &euro;1 a week</a>
<a href="/login">Sign in</a><a href="/e-paper">E-paper</a></div>
<header class="masthead"><a href="/" class="brand">{_e(site)}</a>
{_nav(nav)}</header>
<main>
<div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>
<article class="article">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_attr(section.lower())}">{_e(section)}</a></nav>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="byline">By {_e(by)}</span>
<time class="date">{_e(date_line)}</time></div>
{_share(url, headline)}
{_figure(img, caption, credit)}
<div class="article-body">
{_body_html(body, ad_after=3, extra_after={6: _related("Read more", related[:2])})}
</div>
<div class="tags">{"".join(f'<a class="tag" href="/tag/{_attr(k.lower())}">{_e(k)}</a>' for k in (keywords or []))}</div>
<section class="comments"><h3>Comments</h3><p>Comments are open to subscribers.
<a href="/subscribe">Subscribe</a> to join the discussion.</p></section>
</article>
{_related("Most read", related[2:] or related)}
<div class="ad-slot ad-sidebar"><span class="ad-label">Advertisement</span></div>
</main>
<footer class="footer"><p>{_e(site)} &middot; Independent daily since 1994</p>
<ul><li><a href="/contact">Contact the newsroom</a></li><li><a href="/ethics">Code of ethics</a></li>
<li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy and cookies</a></li></ul>
<p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>"""


def _broadcast_page(*, site: str, url: str, headline: str, summary: str,
                    published: str | None, author: str, date_line: str, body: list[str],
                    caption: str, credit: str, related: list[tuple[str, str]],
                    section: str = "News", keywords: list[str] | None = None,
                    video_title: str = "", key_points: list[str] | None = None) -> str:
    img = url.rsplit("/", 1)[0] + "/img/hero.jpg"
    ld = _jsonld("NewsArticle", headline, url, site, [author], published,
                 section=section, keywords=keywords, image=img)
    kp = ""
    if key_points:
        kp = ('<div class="key-points"><h2>Key points</h2><ul>'
              + "".join(f"<li>{_e(k)}</li>" for k in key_points) + "</ul></div>")
    video = ""
    if video_title:
        video = (f'<div class="video-player" data-duration="2:41"><button class="play">Play video'
                 f'</button><p class="video-title">{_e(video_title)}</p>'
                 '<p class="video-note">Video unavailable in some regions.</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} - {site}", summary, url, site, published, ld, image=img)}
<body class="broadcaster">
{_cookie(site, f"We use cookies to give you the best experience on {site}. Some are needed for the player to work.")}
<header class="bc-header"><a class="bc-logo" href="/">{_e(site)}</a>
{_nav(["News", "Live TV", "Radio", "Podcasts", "Weather", "Sport", "In your language"])}
<a class="live-now" href="/live">Watch live</a></header>
<main>
<article class="bc-article">
<p class="section-label">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
<div class="meta"><span class="author">{_e(author)}</span> <span class="sep">&bull;</span>
<span class="when">{_e(date_line)}</span></div>
<button class="listen" type="button">Listen to this article</button>
{video or _figure(img, caption, credit)}
{kp}
<div class="bc-body">
{_body_html(body, ad_after=5)}
</div>
{_figure(img.replace("hero", "second"), caption, credit) if video else ""}
{_share(url, headline)}
</article>
{_related("More on this story", related)}
<div class="ad-slot ad-bottom"><span class="ad-label">Advertisement</span></div>
</main>
<footer class="bc-footer"><p>{_e(site)} is a public service broadcaster.</p>
<ul><li><a href="/schedule">Programme schedule</a></li><li><a href="/frequencies">Frequencies</a></li>
<li><a href="/complaints">Complaints</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>"""


def _local_page(*, site: str, url: str, headline: str, description: str,
                published: str | None, author: str, date_line: str, body: list[str],
                caption: str, credit: str, related: list[tuple[str, str]],
                town: str, weather: str, section: str = "Local",
                keywords: list[str] | None = None) -> str:
    img = url.rsplit("/", 1)[0] + "/uploads/photo1.jpg"
    ld = _jsonld("NewsArticle", headline, url, site, [author], published,
                 section=section, keywords=keywords, image=img) if published else ""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} - {site}", description, url, site, published, ld, image=img)}
<body class="local-news">
{_cookie(site, "This site uses cookies. By continuing to browse you agree to our use of cookies.")}
<div class="weather-strip">{_e(town)}: {_e(weather)}</div>
<header class="local-header"><a href="/" class="local-logo">{_e(site)}</a>
{_nav(["Home", "News", "Community", "Business", "Events", "Obituaries", "Contact us"])}
</header>
<main class="container">
<div class="ad-slot ad-banner"><span class="ad-label">Advertisement</span>
<p class="ad-house">Your business here - call our advertising team</p></div>
<article class="post">
<h1 class="post-title">{_e(headline)}</h1>
<div class="post-meta">Posted by <span class="author">{_e(author)}</span> &middot;
<span class="posted">{_e(date_line)}</span> &middot; <a href="#comments">Comments</a></div>
{_figure(img, caption, credit)}
<div class="post-content">
{_body_html(body, ad_after=4)}
</div>
{_share(url, headline)}
<div class="tip-box"><p>Seen something? Send tips and photos to the newsroom.</p></div>
</article>
{_related("Also on " + site, related)}
<section id="comments"><h3>Comments (0)</h3><p>Be the first to comment.</p></section>
</main>
<footer class="local-footer"><p>{_e(site)} &middot; news for {_e(town)} and the surrounding area</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise</a> &middot;
<a href="/about">About us</a></p></footer>
</body>
</html>"""


_SPONSORED = "Advertisement \u00b7 Sponsored message"


def _newsletter_page(*, site: str, url: str, headline: str, description: str,
                     published: str | None, author: str, date_line: str,
                     issue: str, intro: str, body: list[str], caption: str, credit: str,
                     related: list[tuple[str, str]], briefs: list[tuple[str, str]],
                     keywords: list[str] | None = None) -> str:
    img = url.rsplit("/", 1)[0] + "/assets/chart.png"
    ld = _jsonld("NewsArticle", headline, url, site, [author], published,
                 section="Newsletter", keywords=keywords, image=img)
    brief_html = "".join(f"<li><strong>{_e(t)}</strong> {_e(d)}</li>" for t, d in briefs)
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} | {site}", description, url, site, published, ld, image=img)}
<body class="newsletter-web">
{_cookie(site)}
<header class="nl-header"><a href="/" class="nl-brand">{_e(site)}</a>
{_nav(["Latest issue", "Archive", "Data", "Events", "About"])}
<a class="btn-subscribe" href="/subscribe">Get it in your inbox</a></header>
<main>
<article class="issue">
<p class="issue-no">{_e(issue)}</p>
<h1>{_e(headline)}</h1>
<div class="nl-meta">Written by <span class="author">{_e(author)}</span> &middot;
<span class="date">{_e(date_line)}</span></div>
<p class="nl-intro"><em>{_e(intro)}</em></p>
{_share(url, headline)}
<h2 class="lead-item">The big story</h2>
{_figure(img, caption, credit)}
<div class="nl-body">
{_body_html(body, ad_after=4, ad_label=_SPONSORED)}
</div>
<h2>In brief</h2>
<ul class="briefs">{brief_html}</ul>
<div class="nl-signoff"><p>That is all for this issue. Forward it to a colleague who needs it.</p></div>
</article>
{_related("From the archive", related)}
<section class="subscribe-box"><h3>Subscribe</h3><form action="/subscribe">
<input type="email" placeholder="you@company.example"><button>Sign up</button></form></section>
</main>
<footer class="nl-footer"><p>{_e(site)} is reader-funded. <a href="/unsubscribe">Unsubscribe</a>
&middot; <a href="/privacy">Privacy</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>"""


def _live_page(*, site: str, url: str, headline: str, description: str,
               published: str | None, modified: str | None, authors: list[str],
               date_line: str, summary: list[str], entries: list[tuple[str, str, list[str]]],
               related: list[tuple[str, str]], caption: str, credit: str,
               keywords: list[str] | None = None) -> str:
    """entries: newest first, each (time label, entry title, paragraphs)."""
    img = url.rsplit("/", 1)[0] + "/live/cover.jpg"
    ld = _jsonld("LiveBlogPosting", headline, url, site, authors, published, modified,
                 section="Live", keywords=keywords, image=img)
    # a second NewsArticle block so aggregators that ignore live blogs still get a date
    ld2 = _jsonld("NewsArticle", headline, url, site, authors, published, modified,
                  section="Live", keywords=keywords, image=img)
    parts = []
    for n, (when, title, paras) in enumerate(entries):
        body = "".join(f"<p>{_e(p)}</p>" for p in paras)
        parts.append(f'<div class="live-entry" id="entry-{len(entries) - n}">'
                     f'<time class="entry-time">{_e(when)}</time>'
                     f'<h3>{_e(title)}</h3>{body}'
                     f'<a class="entry-link" href="#entry-{len(entries) - n}">Link to this post</a></div>')
        if n == 2:
            parts.append('<div class="ad-slot ad-live"><span class="ad-label">Advertisement</span></div>')
    summ = "".join(f"<li>{_e(s)}</li>" for s in summary)
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} - {site}", description, url, site, published, ld + ld2, image=img)}
<body class="live-blog">
{_cookie(site)}
<header class="lb-header"><a href="/" class="lb-logo">{_e(site)}</a>
{_nav(["Live", "News", "Analysis", "Video", "Newsletters"])}</header>
<main>
<article class="live">
<p class="live-badge">LIVE</p>
<h1>{_e(headline)}</h1>
<div class="lb-meta">By {_e(", ".join(authors))} &middot; <span class="updated">{_e(date_line)}</span></div>
{_share(url, headline)}
{_figure(img, caption, credit)}
<section class="summary"><h2>Summary</h2><ul>{summ}</ul></section>
<div class="live-feed">
{"".join(parts)}
</div>
</article>
{_related("Read next", related)}
</main>
<footer class="lb-footer"><p>&copy; 2026 {_e(site)}</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/corrections">Corrections</a></p></footer>
</body>
</html>"""



# ---------------------------------------------------------------------------
# Story 1 - central bank (cb-JB1)
# ---------------------------------------------------------------------------
# Facts: National Bank of Moldova (BNM) Executive Board, Thursday 7 May 2026, announcement
# at 15:00 Chisinau time (EEST, UTC+3; 12:00 GMT). Base rate cut by 0.35 pp (35 bp) from
# 5.60% to 5.25%, effective Friday 8 May. Overnight credit rate 7.60% -> 7.25%, overnight
# deposit rate 3.60% -> 3.25%. Unanimous vote of the five-member board. Governor (invented)
# Octavian Bejenaru. Annual CPI inflation April 2026: 4.4% (March: 5.1%); core 3.8%.
# Target 5% +/- 1.5 pp. Previous meeting 19 March 2026: hold at 5.60%. Next meeting
# Thursday 18 June 2026. Markets had expected 25 bp. Reserves $5.9bn end-April (~EUR 5.4bn).
# Leu ~19.64 per euro after decision.
# PLANTED: April inflation given as 4.9% by the newsletter (others 4.4%); next meeting given as
# 11 June by the broadcaster (others 18 June).
# Traps: 35 bp / 0.35 pp / "just over a third of a point"; 3 p.m. local / 1200 GMT / Thursday /
# yesterday; March vs April inflation; expectation 25 bp vs actual 35 bp; reserves in $ and EUR;
# governor as "Governor", "central bank chief", "Bejenaru"; quote cut at different places.

_CB_WIRE = _wire_page(
    site="Eastbound Wire",
    url="https://www.eastboundwire.example/markets/moldova-central-bank-cuts-base-rate-2026-05-07/",
    headline="Moldova's central bank cuts base rate to 5.25% as inflation eases",
    description="The National Bank of Moldova lowered its base rate by 35 basis points, "
                "more than markets expected, citing a broad slowdown in consumer prices.",
    published="2026-05-07T12:24:00Z",
    author="Irina Lupașcu",
    dateline="CHISINAU, May 7",
    date_line="May 7, 2026 12:24 PM GMT \u00b7 Updated May 7, 2026",
    section="Markets",
    keywords=["Moldova", "monetary policy", "interest rates", "inflation"],
    caption="The headquarters of the National Bank of Moldova in central Chisinau.",
    credit="Eastbound Wire/Vadim Rotaru",
    related=[("/markets/moldova-inflation-april-2026/", "Moldovan inflation falls back inside target band"),
             ("/markets/romania-central-bank-holds/", "Romania's central bank keeps rates on hold"),
             ("/world/moldova-gas-tariff-review/", "Moldova's energy regulator opens heating tariff review")],
    body=[
        "The National Bank of Moldova cut its main policy rate by 35 basis points to 5.25% on "
        "Thursday, a slightly larger step than analysts had pencilled in, saying that price "
        "growth had slowed across food, fuel and services and was now comfortably inside its "
        "target range.",
        "The five-member Executive Board voted unanimously to lower the base rate, which applies "
        "to the bank's main short-term operations, from 5.60%. The overnight credit rate was cut "
        "to 7.25% and the overnight deposit rate to 3.25%, keeping the corridor around the base "
        "rate unchanged. The new rates take effect on Friday.",
        "Annual consumer price inflation fell to 4.4% in April from 5.1% in March, according to "
        "data from the national statistics bureau, bringing it below the bank's 5% target for the "
        "first time since the autumn. Core inflation, which strips out food, fuel and regulated "
        "prices, eased to 3.8%.",
        "“The disinflation we projected in February is now visible in almost every part of the "
        "consumer basket,” Governor Octavian Bejenaru told reporters after the decision was "
        "announced at 3 p.m. local time (1200 GMT). “The board judged that a measured step today "
        "was safer than waiting until the summer.”",
        "Six of nine economists polled by Eastbound Wire last week had expected a quarter-point "
        "reduction, while two forecast no change and one had called for a 50 basis point cut.",
        "The leu weakened about 0.3% against the euro in afternoon trade to 19.64 per euro, "
        "before recovering part of the move. Yields on six-month treasury bills, which track the "
        "base rate closely, are expected to fall at next week's auction, dealers said.",
        "Bejenaru declined to commit to further easing. Asked whether the bank had begun a "
        "series of cuts, he said: “We are not on autopilot. Every meeting is a fresh decision, "
        "and the June meeting will be no exception.”",
        "The bank left its required reserve ratios on leu and foreign-currency deposits "
        "unchanged. Official foreign exchange reserves stood at $5.9 billion at the end of April, "
        "which the bank said covered more than five months of imports.",
        "The National Bank held the base rate at 5.60% at its previous meeting on March 19, when "
        "it warned that a jump in regulated heating prices over the winter could keep inflation "
        "elevated into the spring. That risk has since faded after the energy regulator ANRE "
        "approved lower gas tariffs for households from April.",
        "The bank's inflation target is 5% with a tolerance band of 1.5 percentage points in "
        "either direction. Its updated quarterly forecast, published alongside the decision, sees "
        "inflation staying inside the band for the whole of the projection horizon, which runs to "
        "the middle of 2028.",
        "Risks named by the board included a poor harvest if spring rainfall stays below average, "
        "a renewed rise in European gas prices and slower growth in remittances from Moldovans "
        "working abroad, which help support household spending.",
        "Moldova's economy grew modestly last year, and the bank's staff expect a pick-up in "
        "2026 as lower borrowing costs feed through to investment and consumer credit. The "
        "statistics bureau is due to publish May consumer price data in the second week of June.",
        "The next monetary policy meeting is scheduled for June 18.",
    ],
)

_CB_PAPER = _paper_page(
    site="Chisinau Ledger",
    url="https://chisinauledger.example/economy/2026/05/07/bnm-lowers-base-rate-bejenaru/",
    headline="BNM lowers base rate to 5.25 per cent, keeps door open but promises no more",
    standfirst="The central bank's board moved faster than many bankers expected. Borrowers "
               "with floating-rate loans will feel the change within weeks, lenders say.",
    published="2026-05-07T18:10:00+03:00",
    authors=["Natalia Guțu", "Sergiu Plămădeală"],
    date_line="7 May 2026, 18:10",
    section="Economy",
    keywords=["BNM", "Base rate", "Inflation", "Banks"],
    caption="Governor Octavian Bejenaru (centre) presents the board's decision at the "
            "National Bank on Thursday afternoon.",
    credit="Photo: Chisinau Ledger / Ion Sârbu",
    related=[("/economy/2026/03/19/bnm-holds-rate/", "March: National Bank keeps rate at 5.60 per cent"),
             ("/economy/2026/05/05/mortgage-demand/", "Mortgage demand picks up in spring"),
             ("/politics/2026/05/06/budget-revision/", "Government prepares mid-year budget revision"),
             ("/economy/2026/04/28/anre-gas/", "ANRE confirms cheaper gas for households")],
    body=[
        "The National Bank of Moldova on Thursday reduced its base rate by 0.35 percentage points, "
        "to 5.25 per cent, in a unanimous decision of its Executive Board that came earlier and was "
        "somewhat larger than many commercial bankers had predicted.",
        "The new level applies from Friday, 8 May. The bank also lowered the rate on overnight "
        "loans to 7.25 per cent and the rate on overnight deposits to 3.25 per cent, so the "
        "corridor of two percentage points on each side of the base rate stays the same.",
        "Explaining the move at a press conference in the bank's building on Grigore Vieru "
        "Boulevard, Governor Octavian Bejenaru pointed to April's figures, which showed annual "
        "inflation at 4.4 per cent, down from 5.1 per cent a month earlier. The last time price "
        "growth was this slow, he noted, heating bills were still being paid at the old tariffs.",
        "“The board judged that a measured step today was safer than waiting until the summer, "
        "when the harvest and the heating tariffs will both be clearer,” the governor said.",
        "## What it means for borrowers",
        "Most consumer loans and mortgages issued by Moldovan banks carry floating rates tied to "
        "the base rate or to the average cost of deposits. Two of the largest lenders told the "
        "Ledger on Thursday that new loan offers would be repriced within two to three weeks, "
        "while existing contracts would follow at their next quarterly reset.",
        "Elena Ciobanu, chief economist at Prutbank, said the decision was well judged but should "
        "not be read as a promise. “Markets had priced in a quarter-point move, so thirty-five is "
        "a mildly dovish surprise rather than a shock,” she said. “What matters now is June.”",
        "For savers, the picture is less pleasant. Term deposit rates in lei, which rose above 6 "
        "per cent at several banks last year, have already slipped and are likely to fall further.",
        "## A cautious governor",
        "Mr Bejenaru, who has led the central bank since 2023, was careful not to sketch a path. "
        "“We are not on autopilot,” he said, adding that each meeting would be decided on its own "
        "data. He listed three risks: a dry spring that could damage crops, gas prices in Europe "
        "and a slowdown in money sent home by Moldovans working abroad.",
        "The board had kept the rate unchanged at 5.60 per cent on 19 March. At that time it was "
        "still worried that the winter heating season would keep prices high. Those fears eased "
        "after the regulator ANRE cut household gas tariffs at the start of April.",
        "Core inflation, which excludes the most volatile prices, fell to 3.8 per cent in April, "
        "the bank said. Its target for headline inflation is 5 per cent, plus or minus 1.5 "
        "percentage points.",
        "The central bank's reserves reached $5.9 billion at the end of April. The leu lost a "
        "little ground after the announcement, trading at around 19.64 to the euro by late "
        "afternoon.",
        "The Executive Board will next meet on 18 June, when it will also discuss the results of "
        "the annual stress test of the banking sector.",
    ],
)

_CB_NEWSLETTER = _newsletter_page(
    site="Prut Markets Brief",
    url="https://prutmarkets.example/issues/2026-05-08-bnm-cut/",
    headline="BNM surprises with 35bp, and what the June meeting now hinges on",
    description="Our morning note for bankers and investors following Moldova: a bigger-than-"
                "expected cut, a governor who will not pre-commit, and the numbers to watch.",
    published="2026-05-08T07:00:00+03:00",
    author="Andrei Cazacu",
    date_line="Friday, 8 May 2026",
    issue="Issue No. 214 \u00b7 Morning edition",
    intro="Good morning. The National Bank moved yesterday, and it moved by more than the "
          "street expected. Here is what changed, what did not, and why the summer matters.",
    keywords=["Moldova", "BNM", "rates", "leu"],
    caption="Moldova: base rate (left axis, %) and annual CPI inflation, 2024-2026.",
    credit="Chart: Prut Markets Brief, data from BNM and the national statistics bureau",
    related=[("/issues/2026-03-20-bnm-hold/", "BNM holds at 5.60%: the heating question"),
             ("/issues/2026-04-10-remittances/", "Remittances: the slow leak in Moldova's growth story"),
             ("/issues/2026-02-06-forecast/", "Reading the BNM February forecast")],
    briefs=[("Treasury bills:", "Monday's six-month auction will be the first test of the new "
             "rate; the last one cleared at 5.71%."),
            ("Leu:", "Slipped to roughly 19.6 per euro after the announcement, a modest move."),
            ("ANRE:", "The regulator's review of district heating prices is due before the end "
             "of June.")],
    body=[
        "The Executive Board of the National Bank of Moldova (BNM) cut the base rate from 5.60% "
        "to 5.25% yesterday afternoon. That is 35 basis points, or just over a third of a point, "
        "against a consensus that had settled on 25bp. The vote was unanimous.",
        "The standing facilities moved in step: 7.25% for overnight credit, 3.25% for overnight "
        "deposits. Reserve requirements were untouched, which is worth noting because a cut there "
        "would have been the louder signal of a long easing cycle. The bank chose not to send it.",
        "## The inflation print did the work",
        "The decisive number was April inflation, which came in at 4.9% year on year, down from "
        "5.1% in March and now under the 5% target. Core inflation, which we watch more closely "
        "because it strips out food and regulated energy, was 3.8%. Both are inside the band of "
        "plus or minus 1.5 points around the target, and the bank's new forecast keeps them "
        "there until mid-2028.",
        "Governor Octavian Bejenaru's prepared statement leaned on that breadth. In his words, "
        "the disinflation projected in February is now visible in almost every part of the "
        "consumer basket. He also said the board preferred to act now rather than wait until the "
        "summer, when the harvest and heating tariffs come into focus.",
        "## No promises for June",
        "Bejenaru pushed back hard against the idea of a pre-announced path. Asked whether this was "
        "the first of several cuts, he said: “Every meeting is a fresh decision, and the June "
        "meeting will be no exception.”",
        "We take him at his word, but we also note the asymmetry. If the harvest is normal and "
        "ANRE does not raise district heating prices, the board has room for another 25bp on "
        "18 June. If either goes wrong, a pause is more likely than a reversal.",
        "## Who gains, who loses",
        "Borrowers with floating-rate loans gain, though slowly: most contracts reset quarterly. "
        "Savers lose: deposit rates in lei were already drifting lower, and we expect the best "
        "twelve-month offers to fall below 5% by the summer.",
        "Banks should be fine. Their margins have been wide since 2023, and the sector's capital "
        "ratios are well above regulatory minimums. The annual stress test results, due with the "
        "June decision, will tell us more.",
        "## The external side",
        "Reserves of $5.9bn (roughly €5.4bn) at the end of April give the BNM plenty of room to "
        "smooth any pressure on the leu. The currency's reaction yesterday was small, and we do "
        "not see the cut as a threat to exchange-rate stability.",
        "Remittances remain the soft spot. Transfers from abroad fell in the first quarter "
        "compared with a year earlier, and the board named them as one of three risks alongside "
        "weather and European gas prices.",
        "For corporate treasurers, the practical advice is unchanged: lock in leu funding where "
        "terms allow, but do not expect a rapid slide in borrowing costs. A pause in June is a "
        "real possibility if the data turn.",
        "Prutbank's Elena Ciobanu summed up the market view well: “thirty-five is a mildly dovish "
        "surprise rather than a shock.”",
    ],
)

_CB_BROADCAST = _broadcast_page(
    site="Radio Codru International",
    url="https://www.radiocodru.example/en/economy/national-bank-cuts-rate-20260507",
    headline="National Bank cuts key rate, says inflation is falling across the board",
    summary="Moldova's central bank has lowered its base rate to 5.25 per cent. Governor "
            "Octavian Bejenaru said price growth had slowed in almost every category.",
    published="2026-05-07T16:05:00+03:00",
    author="Mihaela Roșca",
    date_line="07.05.2026, 16:05",
    section="Economy",
    keywords=["National Bank of Moldova", "inflation", "economy"],
    video_title="Governor Bejenaru: 'We are not on autopilot' (2:41)",
    key_points=["The base rate falls from 5.60% to 5.25% from Friday",
                "Annual inflation slowed to 4.4% in April",
                "The board's decision was unanimous"],
    caption="Shoppers at the Central Market in Chisinau. Food prices rose more slowly in April.",
    credit="Radio Codru International / Victor Dogaru",
    related=[("/en/economy/anre-gas-tariff-april", "Households pay less for gas from April"),
             ("/en/economy/remittances-q1", "Money sent home from abroad falls in first quarter"),
             ("/en/economy/bnm-march-decision", "National Bank keeps rate unchanged in March")],
    body=[
        "The National Bank of Moldova has cut its base rate by 0.35 percentage points to 5.25 per "
        "cent, saying the slowdown in consumer prices is now broad enough to allow cheaper "
        "borrowing.",
        "The decision was announced this afternoon at 15:00 after a meeting of the bank's "
        "Executive Board, whose five members voted unanimously. The new rate applies from "
        "tomorrow.",
        "“The disinflation we projected in February is now visible in almost every part of the "
        "consumer basket,” Governor Octavian Bejenaru said at a news conference in Chisinau.",
        "Figures from the statistics bureau show annual inflation at 4.4 per cent in April, "
        "compared with 5.1 per cent in March. Prices of vegetables and fuel rose more slowly than "
        "a year earlier, and household gas became cheaper at the start of April after a decision "
        "by the energy regulator ANRE.",
        "The central bank also reduced the interest rates it charges and pays on overnight "
        "operations with commercial banks, to 7.25 per cent and 3.25 per cent respectively.",
        "## Cheaper loans, but not overnight",
        "For families with mortgages or consumer loans, the change will not be immediate. Most "
        "loans in Moldova have rates that are reviewed every three months. Bank representatives "
        "told Radio Codru that new loans could become cheaper within a few weeks.",
        "Savers, on the other hand, can expect lower interest on deposits in lei. Several "
        "banks have already trimmed the rates they offer on one-year deposits this spring.",
        "Economists had mostly expected a smaller cut of a quarter of a percentage point. Elena "
        "Ciobanu, chief economist at Prutbank, said the decision was “a mildly dovish surprise "
        "rather than a shock”.",
        "## What comes next",
        "The governor refused to say whether more cuts would follow. “We are not on autopilot. "
        "Every meeting is a fresh decision,” he told reporters.",
        "He said the bank would watch the harvest, gas prices in Europe and money sent home by "
        "Moldovans living abroad. In March, when the board last met, it kept the rate at 5.60 per "
        "cent because of worries about heating prices during the winter.",
        "The National Bank's target is inflation of 5 per cent, with a permitted deviation of 1.5 "
        "percentage points either way. Its new forecast, published today, expects inflation to "
        "remain within that range.",
        "Business groups welcomed the cut. The chamber of commerce said lower rates would help "
        "small firms that borrow to buy equipment, and asked banks to pass the change on to "
        "customers quickly.",
        "The board's next meeting on monetary policy is planned for 11 June. Before then, the "
        "statistics bureau will publish inflation data for May.",
        "Moldova's foreign currency reserves stood at 5.9 billion US dollars at the end of April, "
        "according to the National Bank. The leu fell slightly against the euro after the "
        "announcement.",
        "The bank publishes its inflation report four times a year. Today's edition, the second "
        "of 2026, lowered the expected path for food prices and assumed that household gas "
        "tariffs would stay at their April level until the end of the year. It also noted that "
        "wages are still rising faster than prices, which supports spending in shops and markets.",
    ],
)

STORY_1 = _story(
    "cb-JB1", "central bank", "2026-05-10",
    [_page("https://www.eastboundwire.example/markets/moldova-central-bank-cuts-base-rate-2026-05-07/", _CB_WIRE),
     _page("https://chisinauledger.example/economy/2026/05/07/bnm-lowers-base-rate-bejenaru/", _CB_PAPER),
     _page("https://prutmarkets.example/issues/2026-05-08-bnm-cut/", _CB_NEWSLETTER),
     _page("https://www.radiocodru.example/en/economy/national-bank-cuts-rate-20260507", _CB_BROADCAST)],
    [("April annual inflation rate", r"\b4\.4 ?(%|per ?cent)", r"\b4\.9 ?(%|per ?cent)"),
     ("date of the next policy meeting", r"\b(18 june|june 18)\b", r"\b(11 june|june 11)\b")],
)


# ---------------------------------------------------------------------------
# Story 2 - election (el-JB2) - CONTROL, nothing planted
# ---------------------------------------------------------------------------
# Facts: mayoral by-election runoff in Panevezys, Lithuania, Sunday 14 June 2026; polls
# 07:00-20:00 local time (EEST, UTC+3; close = 17:00 GMT). Previous mayor (invented) Vidmantas
# Brazinskas resigned in February for health reasons. Winner Ruta Vaitkeviciene (46, city council
# member, committee "City for People"): 17,962 votes, 57.9%. Runner-up Tomas Jankauskas (52,
# former deputy mayor): 13,071 votes, 42.1%. Valid 31,033; invalid 389; ballots 31,422;
# registered 80,915; turnout 38.8% (preliminary 38.6% at close; 19.4% at 14:00). 54 polling
# stations; Jankauskas carried 4 of them. First round Sunday 31 May: six candidates,
# Vaitkeviciene 41.8%, Jankauskas 27.3%, turnout 33.6%. Early voting 9-10 June: 4,120 voters.
# Final count published 00:50 Monday 15 June. Term runs to the regular municipal elections in
# March 2027.
# Traps: running counts (12 of 54 stations: 55.2%; 49 of 54: 57.6%; final 57.9%); turnout at
# 14:00 vs close vs final; first-round vs runoff figures; percentages vs raw votes; "almost 58
# per cent"; margin 4,891 / "almost 4,900"; diacritics dropped by the wire; 20:00 local /
# 1700 GMT / Sunday / yesterday; partial count (early votes, one district) vs citywide; quotes
# cut at different places.

_EL_LIVE = _live_page(
    site="The Vilnius Dispatch",
    url="https://vilniusdispatch.example/live/2026/06/14/panevezys-mayor-runoff-live/",
    headline="Panevėžys mayoral runoff: results as they come in",
    description="Live updates from the second round of the Panevėžys mayoral by-election: "
                "turnout, the count station by station, and reaction from both camps.",
    published="2026-06-14T19:30:00+03:00",
    modified="2026-06-15T00:55:00+03:00",
    authors=["Justė Mickutė", "Darius Bartkus"],
    date_line="Last updated 15 June 2026, 00:55 EEST",
    summary=["Final count: Rūta Vaitkevičienė wins with 57.9% of the vote",
             "Tomas Jankauskas conceded before midnight",
             "Turnout was 38.8%, up from 33.6% in the first round on 31 May"],
    caption="Counting at a polling station in central Panevėžys on Sunday evening.",
    credit="The Vilnius Dispatch / Laurynas Petraitis",
    keywords=["Panevėžys", "elections", "mayor", "Lithuania"],
    related=[("/news/2026/06/01/panevezys-first-round/", "First round: Vaitkevičienė and Jankauskas go through"),
             ("/news/2026/02/20/brazinskas-resigns/", "Panevėžys mayor Bražinskas steps down"),
             ("/opinion/2026/06/10/why-by-elections-matter/", "Opinion: why a by-election a year before the real one still matters")],
    entries=[
        ("00:50", "Final result: Vaitkevičienė elected",
         ["The Central Electoral Commission has now published results from all 54 polling "
          "stations. Rūta Vaitkevičienė received 17,962 votes, or 57.9% of valid ballots. "
          "Tomas Jankauskas received 13,071 votes, or 42.1%.",
          "Turnout was 38.8%, with 31,422 of the city's 80,915 registered voters casting a "
          "ballot. That includes 389 ballots declared invalid.",
          "Vaitkevičienė will serve out the remainder of Vidmantas Bražinskas's term, which ends "
          "with the regular municipal elections in March 2027. That is where we will close this "
          "blog. Thank you for following along."]),
        ("23:40", "Vaitkevičienė: ‘repaired roofs and buses that come on time’",
         ["The winner has spoken to supporters at a café on Laisvės Square. “People in Panevėžys "
          "did not vote for a slogan today, they voted for repaired roofs on their schools and "
          "buses that come on time,” she said, to loud applause. “I intend to deliver both "
          "before the next election.”",
          "She thanked Jankauskas for what she called a clean campaign and said she would ask "
          "him to keep chairing the council's budget committee."]),
        ("23:25", "Jankauskas concedes",
         ["Tomas Jankauskas has conceded in a short statement to reporters at his campaign "
          "office. “I called Rūta to congratulate her. The city chose, and I will help wherever "
          "I can from the council benches,” the former deputy mayor said.",
          "He did not take questions."]),
        ("23:10", "49 of 54 stations counted",
         ["With 49 of 54 polling stations reporting, Vaitkevičienė's share has edged up to 57.6%. "
          "The remaining five are larger stations in the city centre, where she was strong in "
          "the first round, so her lead is not going to disappear.",
          "Jankauskas has so far won four stations, two of them in the Kniaudiškiai district, "
          "where he lives and where he spent much of the final week campaigning door to door."]),
        ("21:30", "First numbers: Vaitkevičienė ahead",
         ["The first 12 of 54 polling stations have reported to the electoral commission. On "
          "those early numbers Vaitkevičienė has 55.2% and Jankauskas 44.8%.",
          "A reminder that these first stations are mostly smaller ones on the edge of the city, "
          "so the figures will move as the night goes on. The early votes, cast on Tuesday and "
          "Wednesday, are counted with the station each voter belongs to."]),
        ("20:05", "Polls closed; preliminary turnout 38.6%",
         ["Polling stations closed at 20:00. The electoral commission's preliminary turnout "
          "figure at the close was 38.6%, clearly above the first round. The final figure will "
          "come later, once all protocols are checked.",
          "Some 4,120 people voted early on 9 and 10 June, the commission said, a little more "
          "than before the first round."]),
        ("19:30", "Welcome to our live coverage",
         ["Good evening. Voters in Panevėžys, Lithuania's fifth-largest city, have until 20:00 to "
          "choose a new mayor. The post has been filled by an acting mayor since February, when "
          "Vidmantas Bražinskas stepped down for health reasons.",
          "In the first round on 31 May, city councillor Rūta Vaitkevičienė, 46, who runs for the "
          "City for People committee, won 41.8% of the vote. Former deputy mayor Tomas "
          "Jankauskas, 52, finished second with 27.3%. Four other candidates were eliminated. "
          "First-round turnout was 33.6%.",
          "By 14:00 today, 19.4% of registered voters had cast a ballot, counting early voters. "
          "Both candidates have campaigned mostly on public transport, school repairs and the "
          "city's budget for road maintenance, which the council cut last year."]),
    ],
)

_EL_LOCAL = _local_page(
    site="Panevezys Today",
    url="https://panevezystoday.example/news/vaitkeviciene-wins-mayoral-runoff/",
    headline="Vaitkevičienė wins runoff and will lead the city until next spring",
    description="Rūta Vaitkevičienė beat Tomas Jankauskas by almost 4,900 votes in Sunday's "
                "second round of the mayoral by-election.",
    published=None,
    author="Aistė Kairytė",
    date_line="Monday, June 15, 2026",
    town="Panevėžys",
    weather="21\u00b0C, light cloud",
    keywords=["mayor", "election", "city council"],
    caption="Rūta Vaitkevičienė with supporters on Laisvės Square late on Sunday.",
    credit="Photo: Panevezys Today / Mantas Gudelis",
    related=[("/news/bus-timetable-changes-july/", "New bus timetables from July: what changes on your route"),
             ("/news/school-roof-repairs-delayed/", "Roof repairs at two schools delayed again"),
             ("/news/acting-mayor-budget/", "Acting mayor presents revised road budget")],
    body=[
        "Panevėžys has a new mayor. City councillor Rūta Vaitkevičienė won Sunday's runoff with "
        "almost 58 per cent of the vote, defeating former deputy mayor Tomas Jankauskas and "
        "ending four months in which the city was run by an acting mayor.",
        "According to the final count from the Central Electoral Commission, published shortly "
        "before one o'clock on Monday morning, Vaitkevičienė received 17,962 votes and Jankauskas "
        "13,071. The difference was 4,891 votes.",
        "Turnout reached 38.8 per cent, well above the 33.6 per cent recorded in the first round "
        "two weeks earlier. Election officials at several stations told Panevezys Today that "
        "queues formed in the early evening, especially in the city centre.",
        "The result was never seriously in doubt once the first stations reported on Sunday "
        "night. Jankauskas conceded at around half past eleven, saying he had called the winner "
        "to congratulate her.",
        "## A divided map, but not by much",
        "Jankauskas won four of the city's 54 polling stations. Two of them were in Kniaudiškiai, "
        "his home district, where he collected more than half of the votes. Everywhere else "
        "Vaitkevičienė was ahead, and in the old town stations her share went above 60 per cent.",
        "Her campaign focused on practical matters: the roofs of two schools that leak every "
        "spring, a bus network that residents say has become less reliable since routes were "
        "merged, and the council's decision last year to reduce money for road maintenance.",
        "“People in Panevėžys did not vote for a slogan today, they voted for repaired roofs on "
        "their schools and buses that come on time,” she told supporters on Laisvės Square.",
        "## What happens now",
        "The new mayor is expected to be sworn in at a council meeting later this month. She will "
        "serve until the regular municipal elections in March 2027, which means she has less "
        "than a year to show results before voters decide again.",
        "Vaitkevičienė, 46, is a former headteacher who has sat on the city council since 2023. "
        "Jankauskas, 52, was deputy mayor under Vidmantas Bražinskas, who resigned in February "
        "for health reasons.",
        "In his short statement, Jankauskas said he would stay on the council. “The city chose, "
        "and I will help wherever I can from the council benches,” he said. Vaitkevičienė said she "
        "hoped he would continue to chair the budget committee.",
        "Residents we spoke to on Monday morning were cautiously positive. “I just want the 12 "
        "bus back every fifteen minutes,” said Irena, a pensioner waiting at the stop near the "
        "railway station, who did not want to give her surname. A shop owner on Respublikos "
        "Street said he had voted for Jankauskas but would give the new mayor “a fair chance”.",
        "The acting mayor's team is preparing a handover of the city's budget documents this "
        "week, according to the municipality's press office.",
        "At the local election commission's office on Sunday night, observers from both camps "
        "watched as station protocols arrived one by one. Commission members said the count had "
        "gone smoothly and that no formal complaints had been filed by the time the final "
        "figures were sent to Vilnius.",
    ],
)

_EL_WIRE = _wire_page(
    site="Nordic-Baltic Press Agency",
    url="https://www.nbpa.example/en/politics/lithuania-panevezys-runoff-vaitkeviciene/",
    headline="Lithuania: councillor wins Panevezys mayoral runoff with 57.9%",
    description="Ruta Vaitkeviciene defeated former deputy mayor Tomas Jankauskas in the "
                "second round of a by-election in Lithuania's fifth-largest city.",
    published="2026-06-14T22:05:00Z",
    author="Karolis Venckus",
    dateline="PANEVEZYS, Lithuania, June 15",
    date_line="Published 22:05 GMT, 14 June 2026",
    section="Politics",
    keywords=["Lithuania", "local elections", "Panevezys"],
    caption="Ruta Vaitkeviciene speaks to supporters after results came in late on Sunday.",
    credit="NBPA / Laurynas Petraitis",
    related=[("/en/politics/lithuania-municipal-elections-2027-calendar/", "Lithuania sets date for 2027 municipal elections"),
             ("/en/politics/panevezys-first-round/", "Panevezys by-election heads to runoff"),
             ("/en/economy/lithuania-regional-budgets/", "Lithuanian cities face tight budgets")],
    body=[
        "City councillor Ruta Vaitkeviciene won a runoff for mayor of Panevezys, Lithuania's "
        "fifth-largest city, on Sunday, taking 57.9% of the vote, according to final results "
        "from the Central Electoral Commission.",
        "Vaitkeviciene, 46, received 17,962 votes against 13,071 for Tomas Jankauskas, 52, a "
        "former deputy mayor. Turnout was 38.8% of 80,915 registered voters.",
        "Polls closed at 8 p.m. local time (1700 GMT). The commission published results from all "
        "54 polling stations shortly before 1 a.m. on Monday. Jankauskas conceded late on Sunday.",
        "The by-election was called after mayor Vidmantas Brazinskas resigned in February, "
        "citing his health. Vaitkeviciene will serve only until the regular municipal elections "
        "in March 2027.",
        "“People in Panevezys did not vote for a slogan today, they voted for repaired roofs on "
        "their schools and buses that come on time,” Vaitkeviciene told supporters. “I intend to "
        "deliver both before the next election.”",
        "In the first round on May 31, she won 41.8% in a field of six, with Jankauskas second on "
        "27.3%. Turnout then was 33.6%.",
        "Lithuania elects mayors directly, a system introduced in 2015. Municipal by-elections "
        "are held when a mayor leaves office early and a substantial part of the term remains, "
        "as happened in Panevezys this year. Parties and registered public election committees can both "
        "nominate candidates; Vaitkeviciene ran for a local committee called City for People.",
        "Both runoff candidates campaigned on local issues such as public transport, school "
        "repairs and road maintenance, and national party leaders largely stayed away from the "
        "race. Political analysts in Vilnius said the result should not be read as a test of the "
        "national government.",
        "“It is a local vote about buses and school roofs, and that is exactly how both "
        "candidates treated it,” said Egidijus Raila, who teaches political science at a "
        "university in Kaunas. “The higher turnout tells you people cared about that, not about "
        "Vilnius.”",
        "Official results will be confirmed by the commission in the coming days, once any "
        "complaints have been considered. None had been filed by Monday morning.",
        "Panevezys, about 135 km (84 miles) north of Vilnius, has a population of close to "
        "90,000. The city has been governed by an acting mayor since Brazinskas stepped down.",
        "Jankauskas said in a statement that he had called Vaitkeviciene to congratulate her "
        "and would remain a member of the city council. Vaitkeviciene is expected to take the "
        "oath at a council meeting later in June.",
        "Early voting took place on June 9 and 10, when 4,120 people cast ballots, the "
        "commission said. Of the 31,422 ballots cast in total, 389 were declared invalid.",
        "Vaitkeviciene, a former headteacher, has sat on the city council since 2023. She said "
        "on Sunday night that her first decisions would concern the bus network, where several "
        "routes were merged last year, and the repair of two school roofs that have leaked for "
        "several winters.",
        "Jankauskas had argued during the campaign that the city needed an experienced "
        "administrator for the short time left before the 2027 vote. He won four of the 54 "
        "polling stations, two of them in his home district of Kniaudiskiai.",
    ],
)

_EL_PAPER = _paper_page(
    site="Vilnius Morning Post",
    url="https://vilniuspost.example/politics/2026/06/15/panevezys-new-mayor-analysis/",
    headline="In Panevėžys, a headteacher's quiet campaign beats the party machines",
    standfirst="Rūta Vaitkevičienė's comfortable win in yesterday's runoff says more about "
               "potholes than about national politics. She now has nine months to prove it.",
    published="2026-06-15T06:30:00+03:00",
    authors=["Simona Jurgaitytė"],
    date_line="Monday 15 June 2026, 06:30",
    section="Politics",
    keywords=["Panevėžys", "Local government", "Elections"],
    nav=["News", "Politics", "Business", "Regions", "World", "Opinion", "Life"],
    caption="Tomas Jankauskas leaves his campaign office after conceding on Sunday night.",
    credit="Photo: Vilnius Morning Post / Gintarė Lukošiūtė",
    related=[("/regions/2026/06/01/panevezys-first-round/", "Two go through in Panevėžys as turnout stays low"),
             ("/politics/2026/05/12/direct-mayors-ten-years/", "Ten years of direct mayors: what changed?"),
             ("/regions/2026/03/03/acting-mayor/", "Who runs Panevėžys now?"),
             ("/business/2026/06/11/aukstaitija-jobs/", "Jobs return to Aukštaitija's factories")],
    body=[
        "Rūta Vaitkevičienė did not hold a single large rally. She spent the campaign knocking on "
        "doors, answering questions in school halls and posting photographs of leaking roofs. "
        "Yesterday it paid off: she was elected mayor of Panevėžys with 57.9 per cent of the vote "
        "in the runoff, beating Tomas Jankauskas by 17,962 votes to 13,071.",
        "The margin was wider than in the first round on 31 May, when she led with 41.8 per cent "
        "to Jankauskas's 27.3 per cent. Most of the four eliminated candidates' voters appear to "
        "have moved to her, or stayed at home.",
        "Turnout rose to 38.8 per cent from 33.6 per cent two weeks earlier, which is unusual for "
        "a second round. “People came back because they had a clear choice,” said one election "
        "official in the city centre.",
        "## Local, not national",
        "Jankauskas, a former deputy mayor, ran with the quiet backing of several council "
        "factions and the endorsement of the previous mayor's team. He presented himself as the "
        "candidate of continuity and experience, and he won his home district of Kniaudiškiai. "
        "It was not enough. Of 54 polling stations, he carried four.",
        "Vaitkevičienė, a former headteacher and a city councillor since 2023, ran for the "
        "City for People committee rather than any national party. Her message was narrow and "
        "concrete, and she kept repeating it: fix the school roofs, restore bus frequencies, put "
        "money back into the roads.",
        "In her victory speech she returned to it once more. The voters, she said, had chosen "
        "“repaired roofs on their schools and buses that come on time”.",
        "## A short term",
        "She will not have long. Vidmantas Bražinskas, who resigned in February for health "
        "reasons, was elected in 2023, and his term, which she inherits, ends with the regular "
        "municipal elections in March 2027. The budget for this year is already set, and the "
        "council she will work with was elected under a different mayor.",
        "Jankauskas has promised to cooperate. “The city chose, and I will help wherever I can "
        "from the council benches,” he said in his concession statement late on Sunday. "
        "Vaitkevičienė has asked him to stay on as head of the budget committee, an offer his "
        "allies say he is likely to accept.",
        "Turnout was highest in the city centre and lowest in the outer districts, a pattern "
        "that has repeated in every local vote here for a decade.",
        "The new mayor is expected to take the oath at a council sitting later this month. Her "
        "first test will be the bus timetable that takes effect in July, drawn up before she was "
        "elected.",
        "Her allies admit that the first months will be about small, visible things. “If the "
        "buses run on time by September, people will believe the rest,” said a member of the "
        "City for People committee who helped run the campaign.",
        "For national parties, the lesson of Panevėžys is uncomfortable but familiar: in "
        "Lithuanian cities, a well-known local figure with a practical agenda can beat a "
        "well-organised machine. Several parties are already looking for such candidates for "
        "next March.",
    ],
)

STORY_2 = _story(
    "el-JB2", "election", "2026-06-17",
    [_page("https://vilniusdispatch.example/live/2026/06/14/panevezys-mayor-runoff-live/", _EL_LIVE),
     _page("https://panevezystoday.example/news/vaitkeviciene-wins-mayoral-runoff/", _EL_LOCAL),
     _page("https://www.nbpa.example/en/politics/lithuania-panevezys-runoff-vaitkeviciene/", _EL_WIRE),
     _page("https://vilniuspost.example/politics/2026/06/15/panevezys-new-mayor-analysis/", _EL_PAPER)],
    [],
)


# ---------------------------------------------------------------------------
# Story 3 - court (ct-JB3) - CONTROL, nothing planted
# ---------------------------------------------------------------------------
# Facts: Harju County Court, Tallinn, Tuesday 22 September 2026, verdict read from 11:00 local
# time (EEST, UTC+3; 08:00 GMT) by Judge Katrin Lepik. Defendant Marten Kivisild (41), founder
# and former chief executive of invented peer-to-peer lending platform Laenuvork OU: convicted
# of large-scale fraud and money laundering, acquitted of falsifying accounting records;
# 5 years 6 months in prison; 11 months in custody since arrest on 21 October 2025 counted.
# Prosecution (Northern District Prosecutor's Office, prosecutor Kristjan Laur) sought 7 years.
# Co-defendant Helen Saar (38), former finance director: 2 years suspended, 3-year probation.
# Civil claims: EUR 4.3m to 1,874 investors who filed claims (about $5m); prosecutors put total
# losses at EUR 6.1m among about 2,600 investors. Confiscated: a flat in Kalamaja and
# EUR 212,000. Platform halted payouts 14 March 2025; trial began April 2026 (23 hearing days).
# Not final; defence lawyer Priit Vahter will appeal to Tallinn Circuit Court.
# Traps: "five and a half years" / "66 months" / time still to serve; sought 7 vs given 5.5;
# co-defendant's different sentence; partial (claims filed) vs total losses and investor
# counts, "nearly 1,900"; EUR and USD; 11:00 local / 08:00 GMT / Tuesday / yesterday;
# diacritics dropped; "Judge Lepik" / "presiding judge"; quotes cut at different places.

_CT_PAPER = _paper_page(
    site="Tallinn Tribune",
    url="https://tallinntribune.example/news/2026/09/22/laenuvork-founder-kivisild-sentenced/",
    headline="Laenuvõrk founder Kivisild gets five and a half years for fraud",
    standfirst="Harju County Court found that the lending platform kept paying old investors with "
               "new investors' money for almost a year. His former finance director received a "
               "suspended sentence.",
    published="2026-09-22T14:20:00+03:00",
    authors=["Kadri Tammsaar"],
    date_line="22 September 2026 14:20",
    section="News",
    keywords=["Courts", "Fraud", "Laenuvõrk", "Fintech"],
    nav=["News", "Estonia", "Business", "Tech", "World", "Opinion", "Culture"],
    caption="Märten Kivisild (left) with his lawyer Priit Vahter in the Harju County Court "
            "courtroom on Tuesday.",
    credit="Photo: Tallinn Tribune / Rasmus Oja",
    related=[("/news/2026/04/14/laenuvork-trial-opens/", "Laenuvõrk trial opens with 2,600 investors waiting"),
             ("/business/2025/03/15/laenuvork-halts-payouts/", "Lending platform Laenuvõrk stops payouts"),
             ("/news/2025/10/22/kivisild-detained/", "Laenuvõrk founder detained in Tallinn"),
             ("/business/2026/08/30/p2p-lending-rules/", "New rules for crowdfunding platforms take effect")],
    body=[
        "Harju County Court on Tuesday sentenced Märten Kivisild, the founder of the collapsed "
        "peer-to-peer lending platform Laenuvõrk, to five years and six months in prison for "
        "large-scale fraud and money laundering.",
        "Judge Katrin Lepik, who began reading the verdict at 11:00, said the court had no doubt "
        "that Kivisild knew for many months that the platform could only meet its promises to "
        "investors by taking in new money.",
        "“The defendant knew by the spring of 2024 at the latest that new deposits were being used "
        "to pay returns to earlier investors,” Lepik said. “He chose to keep the platform open and "
        "to keep advertising it as safe.”",
        "The 41-year-old was acquitted of a separate charge of falsifying accounting records, the "
        "court finding that the prosecution had not proved who prepared the disputed annual "
        "reports. The 11 months he has spent in custody since his arrest on 21 October last year "
        "will count towards the sentence.",
        "Prosecutors had asked for seven years. Kristjan Laur of the Northern District "
        "Prosecutor's Office said after the hearing that the sentence was “serious and fair”.",
        "## Former finance director avoids prison",
        "Helen Saar, 38, Laenuvõrk's former finance director, was found guilty of aiding the "
        "fraud. She received a two-year prison sentence, suspended with a probation period of "
        "three years, meaning she will not go to prison unless she commits a new intentional "
        "offence during that time. The court took into account that she had cooperated with "
        "investigators and had no previous convictions.",
        "The court also granted civil claims worth €4.3 million filed by 1,874 investors and "
        "ordered the confiscation of Kivisild's flat in Kalamaja and €212,000 held in his bank "
        "accounts. Prosecutors have estimated total losses at €6.1 million, spread across about "
        "2,600 people, but not all of them joined the criminal case.",
        "## ‘Mistakes, not a scheme’",
        "Kivisild's lawyer Priit Vahter said his client would appeal to the Tallinn Circuit Court. "
        "“My client never took a cent for a yacht or a villa,” Vahter told reporters outside the "
        "courtroom. “He made business mistakes, and we will ask the circuit court to look at them "
        "as mistakes.”",
        "Kivisild himself did not comment. He listened to the verdict standing, and he was taken "
        "back to custody after the hearing.",
        "Laenuvõrk, which Kivisild set up in 2019, let small investors lend money to Estonian "
        "households and small firms, promising annual returns of up to 12 per cent. It stopped "
        "all payouts on 14 March 2025, and the Financial Supervision Authority asked prosecutors "
        "to open an investigation the following week.",
        "Outside the courthouse, a small group of investors held handwritten signs. Several said "
        "they had lost money they had set aside for their children's education.",
        "The trial began in April and lasted 23 hearing days. Many of the investors who attended "
        "had put in savings of a few thousand euros.",
        "“Nobody will get all their money back, but today at least someone said clearly that it "
        "was not bad luck,” said Mari-Liis Kask, who coordinates a group of investors.",
        "The verdict is not yet final.",
    ],
)

_CT_WIRE = _wire_page(
    site="Eastbound Wire",
    url="https://www.eastboundwire.example/world/estonia-lending-platform-founder-jailed-2026-09-22/",
    headline="Estonian court jails lending platform founder for 5-1/2 years over investor fraud",
    description="Marten Kivisild, founder of the failed platform Laenuvork, was convicted of "
                "fraud and money laundering; he plans to appeal.",
    published="2026-09-22T09:12:00Z",
    author="Toomas Reinsalu",
    dateline="TALLINN, Sept 22",
    date_line="September 22, 2026 9:12 AM GMT",
    section="World",
    keywords=["Estonia", "fraud", "fintech", "courts"],
    caption="The Harju County Court building in Tallinn, Estonia.",
    credit="Eastbound Wire/Jaan Kuusk",
    related=[("/business/finance/europe-crowdfunding-rules/", "EU crowdfunding rules tighten oversight of lending sites"),
             ("/world/baltics-financial-crime/", "Baltic states step up financial crime prosecutions"),
             ("/business/finance/estonia-fintech-funding/", "Estonian fintech funding slows")],
    body=[
        "An Estonian court on Tuesday sentenced the founder of a collapsed online lending "
        "platform to five and a half years in prison for defrauding investors, in one of the "
        "country's largest fraud cases involving retail savers.",
        "Harju County Court found Marten Kivisild, 41, guilty of large-scale fraud and money "
        "laundering in connection with Laenuvork, a peer-to-peer lending site that stopped "
        "paying investors in March 2025. He was acquitted on a charge of falsifying accounts.",
        "The court ordered Kivisild to pay 4.3 million euros (about $5 million) in damages to "
        "1,874 investors who had filed claims in the case, and confiscated a Tallinn apartment "
        "and 212,000 euros from his accounts.",
        "“The defendant knew by the spring of 2024 at the latest that new deposits were being used "
        "to pay returns to earlier investors,” presiding Judge Katrin Lepik said as she read the "
        "verdict.",
        "Prosecutors had sought a seven-year sentence. Kivisild has been in custody since October "
        "2025, and that time will be deducted from his sentence.",
        "His lawyer, Priit Vahter, said the defence would appeal to the Tallinn Circuit Court. "
        "“He made business mistakes, and we will ask the circuit court to look at them as "
        "mistakes,” Vahter said.",
        "A former finance director of the platform, Helen Saar, 38, received a two-year "
        "suspended sentence with three years of probation for aiding the fraud.",
        "Laenuvork matched small investors with consumer and small business borrowers and "
        "advertised returns of up to 12% a year. Prosecutors say total losses reached 6.1 "
        "million euros, spread among roughly 2,600 investors, mostly in Estonia but also in "
        "Latvia, Finland and Germany.",
        "The case has fed a debate in Estonia, which has a lively fintech sector, over how "
        "closely smaller investment platforms should be supervised. Since late 2023, "
        "crowdfunding and lending platforms operating across the European Union have needed a "
        "licence under an EU regulation, but critics say enforcement has been uneven.",
        "Estonia's Financial Supervision Authority, which referred the case to prosecutors, said "
        "in a statement that it would study the judgment and that investors should check "
        "whether any platform they use holds a licence.",
        "Kristjan Laur, the prosecutor in the case, told reporters the sentence was “serious and "
        "fair” and that his office had not yet decided whether to appeal on the acquittal.",
        "Kivisild founded Laenuvork in 2019 after working for several years at a Tallinn "
        "payments start-up. The platform grew quickly during the pandemic, when low deposit "
        "rates pushed savers to look for higher returns, and it sponsored youth sports events "
        "and podcasts aimed at first-time investors.",
        "The court said it had taken into account that Saar, the former finance director, had "
        "cooperated with investigators and had no previous convictions. Her probation means "
        "she will not be jailed unless she commits a new intentional offence.",
        "The verdict was read from 11 a.m. local time (0800 GMT) and took more than an hour. "
        "Kivisild, who stood throughout, did not speak to reporters and was returned to custody.",
        "The judgment can be appealed, and it does not take effect until any appeal is decided.",
    ],
)

_CT_NEWSLETTER = _newsletter_page(
    site="Nordic Fintech Watch",
    url="https://nordicfintechwatch.example/p/laenuvork-verdict-what-it-means",
    headline="The Laenuvõrk verdict: 66 months, €4.3m in claims, and a warning for platforms",
    description="A Tallinn court has ruled on Estonia's best-known lending platform failure. "
                "What the judgment says, what it does not, and what comes next.",
    published="2026-09-23T08:15:00+03:00",
    author="Liisa Aavik",
    date_line="Wednesday 23 September 2026",
    issue="Nordic Fintech Watch \u00b7 Weekly, No. 97",
    intro="This week we have one story, because it deserves the space. Yesterday's verdict in "
          "Tallinn is the first time an Estonian court has ruled on how a lending platform "
          "was run into the ground.",
    keywords=["Estonia", "P2P lending", "regulation", "Laenuvõrk"],
    caption="Laenuvõrk's reported loan book, 2019-2025, and the date payouts stopped.",
    credit="Chart: Nordic Fintech Watch, from court filings and company reports",
    related=[("/p/laenuvork-one-year-on", "Laenuvõrk, one year on: where did the money go?"),
             ("/p/ecsp-licences-baltics", "Which Baltic platforms hold an EU crowdfunding licence?"),
             ("/p/trial-opens-tallinn", "Trial notes: day one in Harju County Court")],
    briefs=[("Licensing:", "Two smaller Latvian platforms received EU crowdfunding licences this "
             "month, bringing the Baltic total to nineteen."),
            ("Funding:", "Venture investment in Estonian fintech fell again in the third "
             "quarter, according to industry figures."),
            ("Events:", "Our next readers' meetup is in Riga in October. Details on the events "
             "page.")],
    body=[
        "On Tuesday, Harju County Court sentenced Laenuvõrk founder Märten Kivisild to five years "
        "and six months, or 66 months, in prison. He was convicted of large-scale fraud and money "
        "laundering and acquitted of falsifying the company's accounts. The sentence is shorter "
        "than the seven years prosecutors asked for, and the defence has already said it will "
        "appeal.",
        "Time matters here: Kivisild has been in custody since 21 October 2025, and those 11 "
        "months count. If the sentence stands, he has roughly four years and seven months left "
        "to serve, before any early release.",
        "## What the court found",
        "The core finding is about timing. Judge Katrin Lepik said the defendant knew by the "
        "spring of 2024 at the latest that new deposits were paying returns to earlier "
        "investors. In the court's words, he “chose to keep the platform open and to keep "
        "advertising it as safe.”",
        "That is a narrower finding than the prosecution's original case, which argued the "
        "problems started in 2022. It matters for investors because it shapes which deposits the "
        "court treated as obtained by deception.",
        "The former finance director, Helen Saar, got two years, suspended, with three years' "
        "probation. The court credited her cooperation. She was convicted of aiding the fraud, "
        "not of running it.",
        "## The money",
        "The court granted civil claims of €4.3m from 1,874 investors. That is not the whole "
        "damage. Prosecutors estimate losses of €6.1m across about 2,600 people; the rest either "
        "did not file or filed too late. The court also confiscated a flat in Kalamaja and "
        "€212,000 in cash. Realistically, claimants will recover a fraction of what they are "
        "owed, and slowly.",
        "Mari-Liis Kask, who coordinates one of the investor groups, told us she was relieved "
        "more than satisfied. “Nobody will get all their money back,” she said, but she wanted "
        "the judgment to state plainly what had happened.",
        "## The defence line",
        "Priit Vahter, Kivisild's lawyer, is arguing that his client made errors of judgment, not "
        "a plan. “My client never took a cent for a yacht or a villa,” he told reporters. The "
        "appeal goes to the Tallinn Circuit Court; a hearing is unlikely before next year.",
        "Saar's lawyer did not comment after the hearing. Whether the prosecution will appeal "
        "against the acquittal on the accounting charge is still open; the prosecutor said his "
        "office would decide after reading the full written judgment.",
        "## Why platforms should care",
        "Laenuvõrk advertised returns of up to 12% a year and described its buyback guarantee as "
        "safe. The judgment treats that language as part of the deception. Every platform "
        "marketing a guarantee to retail investors should reread its website this week.",
        "Platforms should also look hard at how they describe cash buffers and guarantee funds. "
        "If a fund cannot cover a bad year, saying so plainly is cheaper than explaining it to a "
        "judge later.",
        "Supervisors are also under pressure. Laenuvõrk stopped payouts on 14 March 2025, and "
        "investors have asked why the warning signs were not picked up earlier. Expect questions "
        "in parliament's economic affairs committee this autumn.",
    ],
)

STORY_3 = _story(
    "ct-JB3", "court", "2026-09-25",
    [_page("https://tallinntribune.example/news/2026/09/22/laenuvork-founder-kivisild-sentenced/", _CT_PAPER),
     _page("https://www.eastboundwire.example/world/estonia-lending-platform-founder-jailed-2026-09-22/", _CT_WIRE),
     _page("https://nordicfintechwatch.example/p/laenuvork-verdict-what-it-means", _CT_NEWSLETTER)],
    [],
)


# ---------------------------------------------------------------------------
# Story 4 - trade (tr-JB4)
# ---------------------------------------------------------------------------
# Facts: State Customs Service of Ukraine, preliminary goods trade data for January-September
# 2026, published Thursday 8 October 2026 at 10:00 Kyiv time (EEST, UTC+3; 07:00 GMT).
# Exports $31.6bn, +6.2% y/y (Jan-Sep 2025: $29.8bn). Imports $52.9bn, +3.9% (2025: $50.9bn).
# Deficit $21.3bn (2025 period: $21.1bn). September alone: exports $3.9bn, imports $6.1bn.
# Agri-food exports $16.8bn, +9.5%, about 53% of the total. EU takes 58% of exports; Poland
# the largest single buyer. Trade Representative of Ukraine (deputy economy minister),
# invented: Iryna Pylypchuk. Full-year 2025 exports $40.2bn. ~41.5 UAH per dollar.
# PLANTED: export growth given as 7.4% by the newsletter (others 6.2%); the trade
# representative's surname given as "Pylypenko" by the paper (others "Pylypchuk").
# Traps: $ vs hryvnias vs euros; 9-month vs September-only vs full-year 2025; imports growth
# 3.9% vs exports; agri growth 9.5% vs total; deficit this year vs last; 10:00 Kyiv / 0700 GMT /
# Thursday / yesterday; "about 53%" vs "more than half"; quote cut at different places.

_TR_WIRE = _wire_page(
    site="Black Sea Business Wire",
    url="https://www.bsbwire.example/news/ukraine-exports-jan-sep-2026-customs/",
    headline="Ukraine's exports up 6.2% in nine months as processed farm goods grow",
    description="Goods exports reached $31.6 billion in January-September, customs data show, "
                "while the trade deficit widened slightly to $21.3 billion.",
    published="2026-10-08T08:05:00Z",
    author="Olena Vasylenko",
    dateline="KYIV, Oct 8",
    date_line="October 8, 2026 \u00b7 8:05 AM UTC",
    section="Economy",
    keywords=["Ukraine", "trade", "exports", "customs"],
    caption="Containers stacked at a terminal in the Danube port of Izmail, Ukraine.",
    credit="Black Sea Business Wire/Andriy Lysenko",
    related=[("/news/ukraine-grain-harvest-2026-forecast/", "Ukraine raises 2026 grain harvest forecast"),
             ("/news/danube-ports-throughput-q3/", "Danube ports handle more cargo in third quarter"),
             ("/news/moldova-ukraine-border-crossings/", "Moldova and Ukraine open joint checks at two crossings")],
    body=[
        "Ukraine's goods exports rose 6.2% year on year to $31.6 billion in the first nine "
        "months of 2026, preliminary data from the State Customs Service showed on Thursday, "
        "helped by stronger shipments of vegetable oil, flour and animal feed.",
        "Imports increased 3.9% to $52.9 billion over the same period, leaving a trade deficit "
        "of $21.3 billion, compared with $21.1 billion in January-September 2025.",
        "Agricultural and food products accounted for $16.8 billion of exports, up 9.5% from a "
        "year earlier and equal to about 53% of the total. Metals and ore, once Ukraine's main "
        "export earner, made up a smaller share than before the war.",
        "“Growth in exports is coming from processing, not only from raw grain,” Trade "
        "Representative Iryna Pylypchuk, who is also a deputy economy minister, said in a "
        "statement. “Oil, flour and feed now travel further and earn more per tonne.”",
        "In September alone, exports reached $3.9 billion and imports $6.1 billion, the customs "
        "service said. September was the strongest month for exports this year, as the new "
        "harvest began to reach ports.",
        "The European Union took 58% of Ukraine's exports in the nine months. Poland was the "
        "largest single buyer, followed by Spain and Turkey.",
        "Economists said the deficit, while large, was not an immediate threat to the hryvnia "
        "because it is covered by foreign grants and loans. “The deficit is still wide, but it is "
        "being financed by grants and loans, not by draining reserves,” said Taras Melnyk, "
        "chief economist at Kyiv investment firm Dnipro Capital.",
        "Imports have been driven by equipment, fuel and vehicles, including goods for the "
        "rebuilding of energy infrastructure, the service said. Purchases of generators and "
        "transformers rose sharply in the first half of the year.",
        "Iron ore and steel shipments were broadly flat, while exports of machinery and "
        "electrical equipment, though still small, grew faster than any other category, the "
        "data showed. Timber and furniture exports fell slightly.",
        "Exports in the whole of 2025 were $40.2 billion, according to customs data. At the "
        "current pace, analysts expect the 2026 total to be comfortably above that level.",
        "The figures are preliminary and will be revised when the State Statistics Service "
        "publishes its own balance of trade data later in the year. The two sets of numbers "
        "usually differ slightly because of methodology.",
        "Seaborne exports have stabilised this year after disruptions in 2023 and 2024, traders "
        "said. The Danube ports of Izmail and Reni, close to the border with Moldova and Romania, "
        "continue to handle a significant share of grain and oilseed shipments, alongside the "
        "deep-water ports near Odesa.",
        "Measured in euros, nine-month exports were worth roughly 27 billion euros, and in "
        "hryvnias about 1.31 trillion, at current exchange rates.",
        "Ukraine's government is seeking to raise the share of processed goods in exports, "
        "arguing that they create more jobs at home and are less exposed to swings in world "
        "grain prices. Pylypchuk said talks with the EU on adjusting quotas for some farm "
        "products would continue this month.",
    ],
)

_TR_BROADCAST = _broadcast_page(
    site="Radio Dnipro International",
    url="https://www.radiodnipro.example/en/business/2026/10/08/exports-nine-months",
    headline="Exports grow, but so does the bill for imports",
    summary="Ukraine sold $31.6 billion worth of goods abroad from January to September, 6.2% "
            "more than last year. Imports are still much larger.",
    published="2026-10-08T13:40:00+03:00",
    author="Kateryna Boiko",
    date_line="8 October 2026, 13:40",
    section="Business",
    keywords=["exports", "imports", "trade balance", "agriculture"],
    key_points=["Exports: $31.6 billion, up 6.2% on a year earlier",
                "Imports: $52.9 billion, up 3.9%",
                "Farm and food products are more than half of exports"],
    caption="Sunflower oil being loaded at a processing plant in the Poltava region.",
    credit="Radio Dnipro International / Mykyta Savchuk",
    related=[("/en/business/2026/09/24/sunflower-oil-prices", "Sunflower oil prices climb in Europe"),
             ("/en/business/2026/10/01/hryvnia-october", "Hryvnia steady as central bank eases controls"),
             ("/en/business/2026/09/15/eu-quotas", "EU and Ukraine to review farm quotas")],
    body=[
        "Ukrainian companies exported goods worth $31.6 billion in the first nine months of this "
        "year, the State Customs Service said this morning. That is 6.2 per cent more than in "
        "the same period last year, and about 1.31 trillion hryvnias at the current exchange "
        "rate.",
        "The customs service published the figures at 10:00 Kyiv time. Imports over the same "
        "nine months were worth $52.9 billion, up 3.9 per cent, so the gap between what Ukraine "
        "buys and what it sells stood at $21.3 billion.",
        "## Farms lead the way",
        "More than half of all exports, $16.8 billion, came from agriculture and the food "
        "industry. That figure grew faster than exports as a whole, by 9.5 per cent.",
        "Trade Representative Iryna Pylypchuk told Radio Dnipro International that the "
        "structure of exports was changing. “Oil, flour and feed now travel further and earn more "
        "per tonne, and that is the change we have been working for,” she said.",
        "Producers of sunflower oil say new processing plants opened in central Ukraine over "
        "the past two years are now working at full capacity. “We used to sell seeds. Now we "
        "sell bottled oil to supermarkets in Spain,” said the sales director of one plant in "
        "the Poltava region, who asked not to be named because she was not authorised to speak "
        "to the media.",
        "## Where the goods go",
        "The European Union remains Ukraine's biggest market, taking 58 per cent of exports. "
        "Poland bought the most, followed by Spain and Turkey.",
        "In September, the customs service recorded exports of $3.9 billion, the highest monthly "
        "figure this year, and imports of $6.1 billion.",
        "## Is the deficit a problem?",
        "A trade deficit of $21.3 billion would be a serious risk for many economies. Ukraine's "
        "is financed by international grants and loans, said Taras Melnyk of Dnipro Capital. "
        "“The deficit is still wide, but it is being financed by grants and loans,” he said.",
        "Last year, over the same nine months, the deficit was $21.1 billion, so the gap has "
        "widened only slightly. Much of the import bill is equipment for repairing the power "
        "grid, as well as fuel and cars.",
        "The customs service also reported that exports of steel and iron ore were broadly "
        "unchanged, while sales abroad of machinery and electrical equipment, still a small "
        "part of the total, grew faster than any other group. Timber and furniture exports "
        "declined slightly.",
        "For the whole of 2025, Ukraine exported goods worth $40.2 billion. The customs service "
        "said today's numbers are preliminary; the State Statistics Service will publish its "
        "own figures later.",
        "Trucks heading south also move faster than a year ago. Joint checks with Moldovan "
        "customs officers now take place at several border crossings, so drivers stop only "
        "once, and the customs service said waiting times had fallen noticeably since the "
        "summer.",
        "Economists expect the final quarter to be the strongest of the year for exporters, as "
        "the maize and sunflower harvests reach the ports.",
        "Pylypchuk said the government would continue talks with the European Commission this "
        "month on quotas for several farm products, including sugar and poultry, which some EU "
        "farmers want kept low.",
    ],
)

_TR_NEWSLETTER = _newsletter_page(
    site="Agri Corridor Brief",
    url="https://agricorridor.example/briefs/2026-10-09-ukraine-nine-month-trade/",
    headline="Nine-month trade: processed goods carry Ukraine's exports higher",
    description="Friday briefing for commodity traders and logistics teams: Ukraine's customs "
                "data, Danube throughput and what to watch into the new season.",
    published="2026-10-09T06:45:00+03:00",
    author="Dmytro Havryliuk",
    date_line="Friday, 9 October 2026",
    issue="Agri Corridor Brief \u00b7 Friday edition",
    intro="Yesterday's customs release confirmed what traders on the Danube have been telling us "
          "all summer: volumes are steady, but value is rising faster, because more of what "
          "leaves Ukraine has been processed first.",
    keywords=["Ukraine", "exports", "grain", "vegetable oil", "Danube"],
    caption="Ukraine: monthly goods exports, January-September 2025 and 2026 ($bn).",
    credit="Chart: Agri Corridor Brief, State Customs Service data",
    related=[("/briefs/2026-09-25-danube-draft/", "Low water on the Danube: draft limits at Reni"),
             ("/briefs/2026-09-11-harvest-update/", "Harvest update: maize later, sunflower better"),
             ("/briefs/2026-07-10-half-year-trade/", "Half-year trade: the oil story begins")],
    briefs=[("Freight:", "Barge rates from Izmail to Constanța eased this week as water levels "
             "recovered."),
            ("Moldova:", "Joint Ukrainian-Moldovan customs checks started at two more crossings, "
             "cutting truck queues."),
            ("Prices:", "Sunflower oil offers for November shipment were little changed.")],
    body=[
        "The State Customs Service's preliminary data for January to September, published "
        "Thursday morning, put Ukraine's goods exports at $31.6bn, up 7.4% on the same period of "
        "2025. Imports came in at $52.9bn, up 3.9%, for a nine-month deficit of $21.3bn.",
        "For our readers, the headline is inside the total. Agri-food exports were $16.8bn, up "
        "9.5%, and they now make up about 53% of everything Ukraine exports. Within that, "
        "sunflower oil, meal and flour grew faster than raw grain.",
        "## The processing shift",
        "Trade Representative Iryna Pylypchuk put it this way in the ministry's statement: "
        "“Growth in exports is coming from processing, not only from raw grain.” The ministry "
        "has been pushing this line for two years, and this is the first release in which the "
        "numbers clearly support it.",
        "Processing capacity that came online in 2024 and 2025, mostly in the Poltava, Kirovohrad "
        "and Vinnytsia regions, is now running near full. Plant managers we spoke to this week "
        "said crush margins were healthy, though energy costs remain a worry heading into winter.",
        "## September was strong",
        "September exports reached $3.9bn, the best month of the year, as early harvest volumes "
        "reached the ports. Imports were $6.1bn in the month. Expect October to be stronger "
        "still if barge and rail schedules hold.",
        "Raw grain volumes were roughly stable, traders say, but prices were lower than last "
        "year, which is why the value of wheat and maize shipments lagged behind oil and meal. "
        "Barley exports were down.",
        "## Destinations",
        "The EU took 58% of exports. Poland remains the single largest buyer, then Spain and "
        "Turkey. Traders flag growing volumes of oil and meal to North Africa, which is not "
        "yet large in the totals but is rising.",
        "## The deficit",
        "At $21.3bn, the deficit is barely wider than last year's $21.1bn for the same months. "
        "Taras Melnyk of Dnipro Capital reminded clients that it is funded externally: “The "
        "deficit is still wide, but it is being financed by grants and loans, not by draining "
        "reserves.” For traders, that means a currency that should stay broadly stable.",
        "## What to watch",
        "First, the EU quota talks, which the trade representative said continue this month. "
        "Sugar and poultry are the sensitive lines. Second, Danube water levels: draft limits "
        "at Reni cost shippers time in late September. Third, revisions: the State Statistics "
        "Service publishes its own trade balance later, and the two series rarely match exactly.",
        "A fourth item, less visible: rail. Wagon availability at the western border improved "
        "in September, and several of our readers report shorter waits at the transfer "
        "stations where cargo moves between Ukrainian and European gauges. If that holds, "
        "more processed goods can move by rail rather than by sea.",
        "For euro-based readers: the nine-month export figure is roughly €27bn at current "
        "rates, and the deficit a little over €18bn. The hryvnia has been steady against both "
        "currencies since the summer, which makes the comparison less noisy than usual.",
        "For context, full-year 2025 exports were $40.2bn. On current trends, 2026 should end "
        "well above that, with the final quarter traditionally the busiest for grain.",
    ],
)

_TR_PAPER = _paper_page(
    site="Kyiv Courier",
    url="https://kyivcourier.example/economy/2026-10-09/trade-data-processing-exports/",
    headline="More oil, less seed: Ukraine's exports get heavier in value",
    standfirst="Customs data for the first nine months show exports rising faster than imports "
               "for the first time in three years, though the deficit barely moved.",
    published="2026-10-09T07:00:00+03:00",
    authors=["Halyna Tkachenko", "Roman Kushnir"],
    date_line="9 October 2026, 07:00",
    section="Economy",
    keywords=["Trade", "Exports", "Agriculture", "EU"],
    nav=["News", "War", "Economy", "Regions", "World", "Opinion", "Culture"],
    caption="A grain elevator near Vinnytsia. Much of this year's harvest will leave as flour "
            "or feed rather than raw grain.",
    credit="Photo: Kyiv Courier / Serhii Pavlenko",
    related=[("/economy/2026-07-10/half-year-trade/", "Half-year: exports recover slowly"),
             ("/economy/2026-09-30/power-equipment-imports/", "Why Ukraine is importing so many transformers"),
             ("/world/2026-09-15/eu-quota-talks/", "Brussels and Kyiv to reopen farm quota talks"),
             ("/regions/2026-10-02/izmail-port/", "In Izmail, a port town that never stops")],
    body=[
        "Ukraine's exports of goods grew by 6.2 per cent in the first nine months of the year, to "
        "$31.6 billion, according to preliminary figures released by the State Customs Service "
        "yesterday. Imports rose more slowly, by 3.9 per cent, to $52.9 billion.",
        "The difference is small, but officials see it as a turning point. For three years, "
        "imports grew faster than exports as the country paid for fuel, generators, vehicles "
        "and repairs to its battered energy system. This year the balance is shifting, "
        "if only slightly.",
        "“Growth in exports is coming from processing, not only from raw grain,” said Iryna "
        "Pylypenko, the Trade Representative of Ukraine. “Oil, flour and feed now travel further "
        "and earn more per tonne, and that is the change we have been working for.”",
        "## The numbers",
        "Agriculture and food brought in $16.8 billion, 9.5 per cent more than a year earlier and "
        "more than half of all exports. The trade deficit for the nine months was $21.3 billion, "
        "against $21.1 billion in the same period of 2025. In hryvnias, exports were worth "
        "roughly 1.31 trillion.",
        "September was the best month of the year for exporters, with $3.9 billion of goods "
        "shipped abroad. Imports that month were $6.1 billion.",
        "The European Union bought 58 per cent of Ukrainian exports. Poland, Spain and Turkey "
        "were the top three destinations.",
        "Steel and ore, once the backbone of Ukrainian exports, were broadly flat.",
        "## In the plants",
        "At an oil extraction plant outside Kropyvnytskyi, the director, who gave only his first "
        "name, Vasyl, said the factory was working three shifts. “Two years ago we were glad to "
        "run one,” he said. “Buyers in Europe now want our oil in bottles, with our label.”",
        "The plant now employs 140 people, Vasyl said, and is looking for more electricians.",
        "Not everyone is celebrating. Grain farmers in the south say that low prices for raw "
        "wheat have squeezed their margins, and that processing plants pay on long terms. "
        "Logistics also remain fragile: Danube ports at Izmail and Reni, which handle a large "
        "share of exports, suffered delays in September because of low water.",
        "## The deficit question",
        "Economists say the deficit is sustainable as long as foreign financing continues. "
        "“The deficit is still wide, but it is being financed by grants and loans, not by "
        "draining reserves,” said Taras Melnyk of Dnipro Capital.",
        "Pylypenko said negotiations with Brussels on quotas for sensitive farm products, "
        "including sugar and poultry, would resume this month. Some EU member states want the "
        "quotas kept tight, arguing their farmers cannot compete with Ukrainian producers.",
        "The government hopes the shift will also help employment in smaller towns, where "
        "processing plants are often the largest private employer. Regional officials in the "
        "Kirovohrad region say several plants have been hiring again this year, mainly "
        "technicians and drivers.",
        "The customs figures are preliminary. The State Statistics Service will publish its "
        "own balance later in the year, usually with small revisions. In 2025 as a whole, "
        "Ukraine exported $40.2 billion of goods.",
    ],
)

STORY_4 = _story(
    "tr-JB4", "trade", "2026-10-11",
    [_page("https://www.bsbwire.example/news/ukraine-exports-jan-sep-2026-customs/", _TR_WIRE),
     _page("https://www.radiodnipro.example/en/business/2026/10/08/exports-nine-months", _TR_BROADCAST),
     _page("https://agricorridor.example/briefs/2026-10-09-ukraine-nine-month-trade/", _TR_NEWSLETTER),
     _page("https://kyivcourier.example/economy/2026-10-09/trade-data-processing-exports/", _TR_PAPER)],
    [("nine-month export growth", r"\b6\.2 ?(%|per ?cent)", r"\b7\.4 ?(%|per ?cent)"),
     ("trade representative's surname", r"\bpylypchuk\b", r"\bpylypenko\b")],
)


# ---------------------------------------------------------------------------
# Story 5 - rocket (rk-JB5) - CONTROL, nothing planted
# ---------------------------------------------------------------------------
# Facts: invented Latvian company Ventaspace (Ventspils) launched its suborbital rocket
# Dzerve-2 on Saturday 25 July 2026 at 10:17 local time (EEST, UTC+3; 07:17 UTC), from a
# temporary coastal launch site near Ovisi, Ventspils municipality. Planned for 10:00; held
# 17 minutes because a fishing boat entered the closed sea zone. First attempt Tuesday 21 July
# scrubbed at T-4 minutes (upper-level winds). Rocket 9.4 m tall, hybrid engine burned 58 s;
# top speed over 5,000 km/h; apogee 112 km (about 70 miles; preliminary "about 110 km" at
# 10:40); liftoff to payload splashdown 9 min 40 s. Payload module splashed down about 46 km
# offshore, recovered by a chartered boat at 12:10 local. Four experiments: two from Riga
# Technical University, one from the University of Latvia, one from a Tartu school. First flight
# Dzerve-1, August 2025, reached 41 km. CEO Kristaps Ozolins (38); chief engineer Liga Berzina.
# Company raised EUR 3.8m, incl. EUR 1.2m EU grant. Next flight planned spring 2027.
# Traps: scheduled 10:00 vs actual 10:17; first attempt Tuesday vs launch Saturday; prelim
# 110 km vs confirmed 112 km vs 41 km last year vs 100 km Karman line; km vs miles; local time
# vs UTC; broadcaster page written before recovery ("being recovered"); diacritics dropped;
# "chief executive" / "co-founder"; quotes cut at different places.

_RK_LOCAL = _local_page(
    site="Ventspils Herald",
    url="https://ventspilsherald.example/news/2026/07/25/dzerve-2-reaches-space/",
    headline="From Ovīši to space: Ventaspace rocket crosses the 100 km line",
    description="Dzērve-2 lifted off from the coast near Ovīši on Saturday morning and reached "
                "an altitude of 112 km before its payload splashed down in the Baltic Sea.",
    published="2026-07-25T14:30:00+03:00",
    author="Elīna Kalniņa",
    date_line="25.07.2026, 14:30",
    town="Ventspils",
    weather="19\u00b0C, sunny intervals, wind W 4 m/s",
    keywords=["Ventaspace", "rocket", "Ovīši", "space"],
    caption="Dzērve-2 leaves the launch rail near Ovīši at 10:17 on Saturday.",
    credit="Photo: Ventspils Herald / Artis Ziediņš",
    related=[("/news/2026/07/21/launch-postponed-wind/", "Tuesday's launch called off four minutes before lift-off"),
             ("/news/2026/07/18/road-closures-ovisi/", "Roads near Ovīši closed on launch days"),
             ("/news/2025/08/16/dzerve-1-flight/", "Dzērve-1 reaches 41 km in first test flight")],
    body=[
        "A rocket built in Ventspils reached space on Saturday. Ventaspace's Dzērve-2 lifted off "
        "from the company's temporary launch site on the coast near Ovīši at 10:17 and climbed "
        "to an altitude of 112 kilometres, the company said this afternoon, well above the "
        "100-kilometre line that is usually taken as the edge of space.",
        "Several hundred people watched from the beach and the road to the lighthouse, despite "
        "police asking spectators to stay at the viewing area three kilometres away. A loud "
        "cheer went up as the white rocket cleared the rail and turned into a bright point over "
        "the sea.",
        "The launch had been set for 10:00 but was held for 17 minutes after a small fishing boat "
        "entered the closed zone at sea. Once the boat had left, the countdown resumed without "
        "further problems.",
        "“Ten minutes ago we were a company that talked about space,” said Kristaps Ozoliņš, "
        "Ventaspace's chief executive and co-founder, minutes after the payload landed. “Now we "
        "are a company that has been there, and the data is already coming down.”",
        "## Nine minutes forty seconds",
        "The rocket's hybrid engine burned for 58 seconds, pushing it to more than 5,000 km/h. "
        "After the engine cut out, the rocket kept coasting upwards. The payload module "
        "separated and, after reaching the highest point, fell back under a parachute. From "
        "lift-off to splashdown took nine minutes and forty seconds.",
        "The module came down about 46 km offshore and was lifted out of the water by a "
        "chartered recovery boat at 12:10. It is expected back in Ventspils harbour this "
        "evening.",
        "Inside were four experiments: two prepared by Riga Technical University, one by the "
        "University of Latvia and one by pupils from a school in Tartu, Estonia, who built a small "
        "sensor to measure temperature and pressure during the flight.",
        "## A second try",
        "It was the second attempt this week. On Tuesday the countdown was stopped four minutes "
        "before lift-off because of strong winds high in the atmosphere. Chief engineer Līga "
        "Bērziņa said then that the team would not take risks with the weather.",
        "On Saturday she was smiling. “The engine did exactly what it did on the test stand, "
        "which is the most boring and most beautiful thing I can say about it,” she told the "
        "Herald.",
        "The company's first rocket, Dzērve-1, flew from the same site in August last year and "
        "reached 41 km. Ventaspace says Dzērve-2 is the first rocket built in the Baltic states "
        "to reach space.",
        "## What it means for Ventspils",
        "Ventaspace employs 34 people, most of them at its workshop in the city's industrial "
        "zone. Deputy mayors and representatives of the free port attended the launch, and the "
        "municipality says it hopes more space firms will follow.",
        "The company plans its next flight in spring 2027. Residents of Ovīši and nearby "
        "villages, who have seen the roads closed on launch days, have been told that the "
        "company will publish the dates well in advance.",
        "The roads around the launch site will reopen on Sunday morning, once the equipment "
        "has been taken down.",
    ],
)

_RK_NEWSLETTER = _newsletter_page(
    site="SpaceBeat Europe",
    url="https://spacebeat.example/issues/2026-07-27-ventaspace-dzerve-2/",
    headline="Ventaspace's Dzērve-2 tops out at 112 km: a small rocket, a big milestone",
    description="Monday briefing on Europe's launch sector. This week: the Baltic region's first "
                "rocket to reach space, and what the flight data tell us.",
    published="2026-07-27T08:00:00+02:00",
    author="Marta Wiśniewska",
    date_line="Monday 27 July 2026",
    issue="SpaceBeat Europe \u00b7 Issue 188",
    intro="Welcome back. Over the weekend a team in western Latvia did something no one in the "
          "Baltics had done before. Here is our read of the flight.",
    keywords=["Ventaspace", "suborbital", "Latvia", "sounding rockets"],
    caption="Dzērve-2 flight profile: altitude against time, from Ventaspace telemetry.",
    credit="Graphic: SpaceBeat Europe, data from Ventaspace",
    related=[("/issues/2025-08-18-dzerve-1/", "Dzērve-1: 41 km and a lot of lessons"),
             ("/issues/2026-05-11-european-microlaunchers/", "Europe's microlaunchers: who flies in 2026?"),
             ("/issues/2026-07-20-week-ahead/", "Week ahead: Latvia's second try")],
    briefs=[("Andøya:", "Range officials in Norway confirmed two more orbital attempts before the "
             "end of the year."),
            ("Funding:", "A German launch start-up closed a new funding round; details next "
             "week."),
            ("Policy:", "ESA member states continue talks on the launcher challenge ahead of "
             "the autumn council.")],
    body=[
        "Ventaspace, a 34-person company from Ventspils, launched its Dzērve-2 suborbital rocket "
        "on Saturday at 07:17 UTC (10:17 local time) from a coastal pad near Ovīši. According to "
        "the company's telemetry, the vehicle reached an apogee of 112 km, or about 69.6 miles, "
        "comfortably above the Kármán line at 100 km.",
        "That makes Dzērve-2, by Ventaspace's account, the first rocket designed and built in "
        "the Baltic states to reach space. We have no reason to doubt the claim, and the "
        "telemetry plots the company shared on Sunday look clean.",
        "## The numbers",
        "Engine burn: 58 seconds on a hybrid motor. Peak velocity: above 5,000 km/h. Lift-off to "
        "payload splashdown: 9 minutes 40 seconds. The payload module splashed down roughly "
        "46 km offshore and was recovered by boat just under two hours after launch.",
        "Early on Saturday the team gave a preliminary apogee of about 110 km, then confirmed "
        "112 km in the afternoon after reviewing GPS data. That kind of revision is normal; "
        "first numbers tend to come from the onboard barometric sensor, which reads low at "
        "that height.",
        "For comparison, Dzērve-1 reached 41 km in August 2025. Going from 41 km to 112 km in "
        "eleven months is fast for a company this size.",
        "## Two attempts",
        "Saturday's launch was the second attempt. On Tuesday 21 July the count was stopped at "
        "T-4 minutes because of upper-level winds. On Saturday, the only hold was a 17-minute "
        "pause after a fishing boat wandered into the closed sea area; the planned time had "
        "been 10:00 local.",
        "Chief engineer Līga Bērziņa described the engine's performance as matching the "
        "test-stand runs almost exactly, which she called “the most boring and most beautiful "
        "thing I can say about it.”",
        "## The business case",
        "Ventaspace has raised €3.8m so far, including a €1.2m EU grant. It sells rides on "
        "Dzērve flights to universities and companies that want a few minutes of microgravity "
        "or data from the upper atmosphere. Saturday's flight carried four experiments, two of "
        "them from Riga Technical University, one from the University of Latvia and one from a "
        "school in Tartu.",
        "Universities in the region have few ways to fly small instruments above 100 km without "
        "buying space on much larger rockets abroad, so a cheap regional option has an obvious "
        "market, if the company can fly often enough.",
        "Chief executive Kristaps Ozoliņš, 38, told reporters that the company “has been there, "
        "and the data is already coming down.” He did not give a price for a payload slot.",
        "The company launches from a temporary pad: a rail, a fuelling trailer and a control "
        "container, set up for each campaign and taken down afterwards. That keeps costs low "
        "but limits how often it can fly, and local roads have to be closed on each attempt.",
        "## Our take",
        "Sounding rockets are not orbital launchers, and Ventaspace does not pretend otherwise. "
        "But reaching space from a beach in Latvia with a team of 34 people, on the second "
        "attempt, with the payload recovered in good condition, is a real achievement. The "
        "next flight is planned for spring 2027. We will be watching.",
    ],
)

_RK_LIVE = _live_page(
    site="Riga Observer",
    url="https://rigaobserver.example/live/2026-07-25/ventaspace-dzerve-2-launch/",
    headline="Live: Ventaspace launches Dzērve-2 from Ovīši",
    description="Follow the second launch attempt of the Latvian suborbital rocket Dzērve-2, "
                "from countdown to payload recovery.",
    published="2026-07-25T08:45:00+03:00",
    modified="2026-07-25T12:20:00+03:00",
    authors=["Jānis Krūmiņš"],
    date_line="Saturday 25 July 2026, updated 12:20",
    summary=["Dzērve-2 lifted off at 10:17 after a 17-minute hold",
             "The company says the rocket reached 112 km, above the edge of space",
             "The payload module was recovered from the sea at 12:10"],
    caption="Spectators watch the launch from the viewing area near Ovīši lighthouse.",
    credit="Riga Observer / Paula Vītola",
    keywords=["Ventaspace", "Dzērve-2", "rocket launch", "Latvia"],
    related=[("/news/2026-07-21/ventaspace-scrub/", "Latvian rocket launch scrubbed because of winds"),
             ("/business/2026-06-02/ventaspace-funding/", "Ventaspace closes funding with EU grant"),
             ("/news/2025-08-16/dzerve-1/", "First Latvian test rocket reaches 41 km")],
    entries=[
        ("12:20", "Altitude confirmed: 112 km",
         ["Ventaspace has confirmed that Dzērve-2 reached 112 km at the top of its flight, after "
          "checking the GPS data. That is a little higher than the preliminary figure of about "
          "110 km it gave just after launch.",
          "We are wrapping up our live coverage here. A full report will follow on our site. "
          "Thank you for reading along."]),
        ("12:10", "Payload module recovered",
         ["The recovery boat has lifted the payload module out of the water, about 46 km "
          "offshore. The company says it looks intact and that the four experiments are on "
          "board."]),
        ("10:40", "‘We have been there’",
         ["The payload's parachute opened and it has splashed down. Total flight time from "
          "lift-off: 9 minutes 40 seconds.",
          "Chief executive Kristaps Ozoliņš spoke to reporters: “Ten minutes ago we were a "
          "company that talked about space. Now we are a company that has been there.”",
          "Preliminary telemetry shows an altitude of about 110 km. The company says it will "
          "confirm the exact figure later today."]),
        ("11:30", "Reaction from Riga and Tartu",
         ["Congratulations are arriving from universities and officials. Riga Technical "
          "University said its two instruments had sent data during the flight and that "
          "students had watched the launch on a big screen in the main building.",
          "In Tartu, the school whose pupils built the temperature and pressure sensor posted a "
          "video of its science club jumping up and down in a classroom at the moment of "
          "lift-off. The pupils will get their sensor back once the module is brought ashore."]),
        ("10:21", "Near the top",
         ["The rocket has been coasting without power since the engine cut off and should now "
          "be close to the highest point of its flight. The payload module has separated and "
          "will fall back and open its parachute over the sea. In the control container the "
          "team is quiet, watching the numbers."]),
        ("10:19", "Engine cut-off",
         ["The engine has shut down as planned after 58 seconds. The rocket is now coasting "
          "upwards at more than 5,000 km/h."]),
        ("10:17", "LIFT-OFF",
         ["Dzērve-2 has lifted off from Ovīši. A clean departure from the rail, a long white "
          "trail and a roar that reached the viewing area a few seconds later."]),
        ("09:58", "Hold: boat in the danger zone",
         ["The countdown is on hold. A fishing boat has entered the closed zone at sea, and the "
          "range officer will not allow a launch until it is clear. The planned lift-off time "
          "of 10:00 will slip."]),
        ("09:30", "Airspace closed",
         ["Airspace over the launch area is now closed until 12:30. The maritime exclusion zone "
          "has been in force since the early morning. Weather looks good: light westerly wind, "
          "broken cloud."]),
        ("08:45", "Good morning from Ovīši",
         ["Welcome to our live coverage of Ventaspace's second attempt to launch Dzērve-2. The "
          "first attempt on Tuesday was called off at T-4 minutes because of strong upper-level "
          "winds.",
          "The 9.4-metre rocket carries four experiments, two of them from Riga Technical "
          "University. The goal is to cross 100 km, the usual boundary of space. The company's "
          "first rocket, Dzērve-1, reached 41 km last August.",
          "Ventaspace, which is based in Ventspils and has 34 staff, has raised €3.8 million, "
          "including a €1.2 million grant from the EU. Chief engineer Līga Bērziņa said this "
          "morning the team was “calm and ready”. Lift-off is planned for 10:00 local time."]),
    ],
)

_RK_BROADCAST = _broadcast_page(
    site="LatRadio International",
    url="https://www.latradio.example/en/science/latvian-rocket-reaches-space-ventaspace",
    headline="Latvian rocket reaches space on second attempt",
    summary="Ventaspace's Dzērve-2 lifted off from the Kurzeme coast this morning and, "
            "according to preliminary data, flew higher than 100 kilometres.",
    published="2026-07-25T11:02:00+03:00",
    author="Andris Ozols",
    date_line="25 July 2026 11:02",
    section="Science",
    keywords=["space", "Ventspils", "technology", "science"],
    video_title="Watch: Dzērve-2 lifts off from Ovīši",
    key_points=["Lift-off at 10:17 after a short hold",
                "Preliminary data show an altitude above 100 km",
                "Four experiments on board, including one by Estonian school pupils"],
    caption="The Ventaspace team in the control container near Ovīši moments after lift-off.",
    credit="LatRadio International / Dace Priede",
    related=[("/en/science/ventaspace-launch-called-off-tuesday", "Tuesday's launch called off because of wind"),
             ("/en/business/ventspils-free-port-space-cluster", "Ventspils hopes to become a space hub"),
             ("/en/science/riga-technical-university-radiation-sensor", "RTU students build a radiation sensor for space")],
    body=[
        "A rocket built by the Latvian company Ventaspace has flown into space, the company said "
        "this morning. Dzērve-2 lifted off at 10:17 from a launch site on the coast near Ovīši, "
        "in the Ventspils municipality, and according to preliminary data climbed higher than "
        "100 kilometres.",
        "The flight was the company's second attempt. On Tuesday, the countdown was stopped four "
        "minutes before launch because the wind high above the ground was too strong.",
        "Today the only delay came shortly before the planned launch time of 10:00, when a fishing "
        "boat sailed into the area of sea that had been closed for the flight. The launch was "
        "held for 17 minutes until the boat had left.",
        "“Ten minutes ago we were a company that talked about space,” chief executive Kristaps "
        "Ozoliņš said after the flight. “Now we are a company that has been there, and the data "
        "is already coming down.”",
        "The rocket's engine burned for 58 seconds. The payload module separated from the "
        "rocket, reached the top of its path and came down by parachute into the Baltic Sea. "
        "The whole flight, from lift-off to splashdown, lasted nine minutes and forty seconds.",
        "A recovery boat is now on its way to the module, which landed about 46 kilometres from "
        "the coast. The company expects to bring it ashore later today.",
        "## Experiments from Riga and Tartu",
        "Four experiments are on board. Two were prepared by Riga Technical University, including "
        "a sensor that measures radiation at high altitude. One comes from the University of "
        "Latvia, and one was built by pupils from a school in Tartu, Estonia.",
        "Ventaspace says Dzērve-2 is the first rocket built in the Baltic states to reach space. "
        "Its first rocket, Dzērve-1, reached an altitude of 41 kilometres in August last year.",
        "## From a workshop in Ventspils",
        "The company has 34 employees and builds its rockets in Ventspils. So far it has raised "
        "3.8 million euros, of which 1.2 million came as a grant from the European Union.",
        "Chief engineer Līga Bērziņa said the engine had performed as it did in ground tests. "
        "“The engine did exactly what it did on the test stand,” she told LatRadio.",
        "The Latvian education and science ministry congratulated the team and said the flight "
        "showed that research equipment made in Latvia could be tested in space.",
        "Several hundred spectators gathered near the Ovīši lighthouse to watch. Police had "
        "closed the roads to the launch site, and the airspace over the area is closed until "
        "12:30.",
        "Ventaspace plans its next flight for the spring of 2027. The company says it will "
        "publish the exact altitude reached today once it has checked all of the flight data.",
        "Local residents have been asked to stay away from the beach near the launch site until "
        "the equipment has been removed. Roads in the area are expected to reopen tomorrow "
        "morning.",
        "Until now, rockets launched from Latvia have been small amateur and student projects "
        "that stayed well below the altitudes used by research sounding rockets. Several "
        "European companies are developing small launchers, and Ventaspace says it wants to "
        "offer research flights to universities across the region.",
    ],
)

STORY_5 = _story(
    "rk-JB5", "rocket", "2026-07-28",
    [_page("https://ventspilsherald.example/news/2026/07/25/dzerve-2-reaches-space/", _RK_LOCAL),
     _page("https://spacebeat.example/issues/2026-07-27-ventaspace-dzerve-2/", _RK_NEWSLETTER),
     _page("https://rigaobserver.example/live/2026-07-25/ventaspace-dzerve-2-launch/", _RK_LIVE),
     _page("https://www.latradio.example/en/science/latvian-rocket-reaches-space-ventaspace", _RK_BROADCAST)],
    [],
)


# ---------------------------------------------------------------------------
# Story 6 - earthquake (eq-JB6)
# ---------------------------------------------------------------------------
# Facts: earthquake in Zakarpattia region, western Ukraine, Tuesday 10 November 2026 at 03:42
# local time (EET, UTC+2; 01:42 UTC). Magnitude 5.4 (Ukraine's seismic service; EMSC's first
# estimate 5.6, later revised to 5.4). Depth 9 km. Epicentre about 14 km north-east of Rakhiv.
# One death: a 71-year-old woman in Yasinia (wall of her house collapsed). Gymnasium roof of
# a school in Yasinia collapsed (empty at night). Injured, per State Emergency Service:
# 6 (07:00), 11 (10:30), 14 (13:00), 17 (19:00). Damaged houses: about 60 (07:00), more than
# 150 (13:00), 230 (19:00). Strongest aftershock magnitude 4.1 at 05:20 local. Felt in
# Uzhhorod, Ivano-Frankivsk, northern Romania, Hungary, Slovakia. Regional administration
# head (invented) Myroslav Kopynets; Rakhiv mayor (invented) Yurii Shchur; SES spokeswoman
# Oksana Dudych; seismologist Halyna Voloshyn.
# PLANTED: the broadcaster gives the time as 4:42 a.m. local (others 03:42 local / 01:42 UTC);
# the wire places the collapsed school gym in Velykyi Bychkiv (others Yasinia).
# Traps: running counts of injured and damaged houses with their moments; magnitude 5.6
# revised to 5.4; aftershock 4.1 at 05:20 vs main shock; local time vs UTC; "before dawn" /
# "Tuesday" / "overnight"; "near Rakhiv" / "14 km north-east of Rakhiv" / "Rakhiv district";
# quotes cut at different places; titles "head of the regional military administration" /
# "regional governor".

_EQ_LIVE = _live_page(
    site="Ukraine Now",
    url="https://ukrainenow.example/live/2026/11/10/zakarpattia-earthquake/",
    headline="Earthquake in Zakarpattia: one dead, homes damaged near Rakhiv - live",
    description="Live updates after a magnitude 5.4 earthquake struck the mountains of "
                "Zakarpattia before dawn on Tuesday.",
    published="2026-11-10T04:10:00+02:00",
    modified="2026-11-10T19:35:00+02:00",
    authors=["Oksana Hnatiuk", "Petro Symonenko"],
    date_line="Tuesday 10 November 2026, last update 19:35",
    summary=["A magnitude 5.4 earthquake struck at 03:42 local time (01:42 UTC), about 14 km "
             "north-east of Rakhiv",
             "A 71-year-old woman was killed in Yasinia; 17 people injured by the evening count",
             "230 houses damaged; the gym roof of a school in Yasinia collapsed"],
    caption="Rescuers inspect a damaged house in Yasinia on Tuesday morning.",
    credit="Ukraine Now / Taras Hrytsyk",
    keywords=["earthquake", "Zakarpattia", "Rakhiv", "Yasinia"],
    related=[("/news/2026/11/10/how-to-check-your-house-after-quake/", "After an earthquake: how to check your house for damage"),
             ("/news/2026/11/10/carpathian-seismic-history/", "Why the Carpathians shake: a short history"),
             ("/news/2026/11/09/zakarpattia-weather-frost/", "Frost expected in the mountains this week")],
    entries=[
        ("19:35", "Evening figures: 17 injured, 230 houses damaged",
         ["The State Emergency Service's evening update: 17 people injured, of whom four remain "
          "in hospital, and 230 houses damaged across the Rakhiv district. One person died.",
          "Rescuers will keep working through the night, spokeswoman Oksana Dudych said. "
          "“Rescuers checked every address where people reported cracks, and they will keep "
          "going through the night.”"]),
        ("17:20", "Government sends engineers",
         ["The government in Kyiv says it is sending a team of structural engineers to the "
          "Rakhiv district and will release emergency funds for repairs to roofs, chimneys and "
          "heating. Priority will go to families with children and elderly residents living "
          "alone, the regional administration added.",
          "Volunteers in Rakhiv are collecting blankets, heaters and bottled water at the "
          "town's cultural centre. Mayor Yurii Shchur asked people not to drive up to Yasinia "
          "unless they have family there, to keep the mountain road clear for rescue teams."]),
        ("15:10", "Heating points opened",
         ["Authorities have opened four heated shelters in Rakhiv and Yasinia for families "
          "whose homes are unsafe. Night temperatures in the mountains are forecast to drop "
          "below freezing later this week."]),
        ("13:05", "Count rises to 14 injured",
         ["The emergency service now reports 14 injured and more than 150 damaged houses, as "
          "teams reach outlying villages. Most injuries are cuts and fractures from falling "
          "plaster and furniture."]),
        ("11:40", "Regional head: ‘get every family into a warm room’",
         ["Myroslav Kopynets, head of the Zakarpattia regional military administration, visited "
          "Yasinia. “The night was frightening, but the morning showed that houses built in the "
          "last twenty years stood well,” he said. “Our task now is to get every damaged family "
          "into a warm room before the frost.”"]),
        ("10:30", "11 injured",
         ["Updated figures from the emergency service: 11 people injured. The school in "
          "Yasinia whose gymnasium roof fell in will stay closed for the rest of the week, the "
          "district education office said. The building was empty at the time."]),
        ("09:20", "‘Like a train under the house’",
         ["Residents we reached by phone describe the same thing: a deep rumble, a jolt, and "
          "then long rolling movement. A teacher in Rakhiv said her bookshelves fell over and "
          "the electricity went off for about half an hour. Power has since been restored in "
          "most of the town, the regional energy company says.",
          "The railway line through the valley is closed while track and bridges are checked."]),
        ("08:15", "Magnitude revised to 5.4",
         ["The European-Mediterranean Seismological Centre has revised its estimate to "
          "magnitude 5.4, in line with Ukraine's own seismic service. Its first automatic "
          "estimate was 5.6. The depth is given as about 9 km."]),
        ("07:05", "First death confirmed",
         ["Regional officials confirm that a 71-year-old woman died in Yasinia when a wall of "
          "her house collapsed. Six people have been injured, and about 60 houses are "
          "reported damaged so far."]),
        ("05:25", "Strong aftershock",
         ["A strong aftershock of magnitude 4.1 was felt at 05:20 local time. Many residents "
          "of Rakhiv are staying outdoors or in their cars.",
          "Seismologist Halyna Voloshyn told us that weaker aftershocks are likely to continue "
          "for several days. “Earthquakes of this size happen in Zakarpattia every few "
          "decades,” she said."]),
        ("04:10", "Earthquake shakes Zakarpattia",
         ["An earthquake struck western Ukraine's Zakarpattia region at 03:42 local time "
          "(01:42 UTC). Preliminary data from the European-Mediterranean Seismological Centre "
          "put the magnitude at 5.6, with the epicentre in the mountains about 14 km north-east "
          "of the town of Rakhiv.",
          "Residents in Uzhhorod and Ivano-Frankivsk report feeling the shaking. There are also "
          "reports from northern Romania, Hungary and Slovakia. We will bring you updates as we "
          "get them."]),
    ],
)

_EQ_WIRE = _wire_page(
    site="Central Europe Press",
    url="https://www.cepress.example/en/world/ukraine-earthquake-zakarpattia-rakhiv/",
    headline="Earthquake kills one, damages homes in western Ukraine's mountains",
    description="A magnitude 5.4 quake struck near Rakhiv in Zakarpattia before dawn on "
                "Tuesday and was felt in Romania, Hungary and Slovakia.",
    published="2026-11-10T08:30:00Z",
    author="Tamás Kovács",
    dateline="RAKHIV, Ukraine, Nov 10",
    date_line="10 November 2026, 08:30 UTC",
    section="World",
    keywords=["Ukraine", "earthquake", "Zakarpattia", "Carpathians"],
    caption="A collapsed wall of a house in Ukraine's Rakhiv district after Tuesday's earthquake.",
    credit="Central Europe Press/Ivan Popovych",
    related=[("/en/world/romania-maramures-quake-felt/", "Quake felt across Romania's Maramures county"),
             ("/en/world/carpathian-earthquake-risk/", "How earthquake-prone are the Carpathians?"),
             ("/en/world/ukraine-winter-energy/", "Ukraine prepares for winter power demand")],
    body=[
        "A magnitude 5.4 earthquake struck the Carpathian mountains of western Ukraine before "
        "dawn on Tuesday, killing one woman, injuring at least six people and damaging dozens of "
        "homes, regional officials said.",
        "The quake hit at 03:42 local time (01:42 GMT) at a depth of about 9 km, with its "
        "epicentre near the town of Rakhiv in the Zakarpattia region, Ukraine's seismic "
        "service said. The European-Mediterranean Seismological Centre (EMSC) initially put "
        "the magnitude at 5.6 before revising it to 5.4.",
        "A 71-year-old woman was killed when a wall of her house collapsed on her, the regional "
        "administration said. About 60 houses were damaged, mostly with cracked walls, fallen "
        "chimneys and broken windows, according to a first count released on Tuesday morning.",
        "In Velykyi Bychkiv, the roof of a school gymnasium collapsed. The building was empty at "
        "the time, and local officials said classes would be suspended for the rest of the "
        "week.",
        "The shaking was felt in the regional capital Uzhhorod and in Ivano-Frankivsk, as well "
        "as in northern Romania, eastern Hungary and Slovakia, according to reports collected "
        "by the EMSC. There were no immediate reports of damage outside Ukraine.",
        "A magnitude 4.1 aftershock followed at 05:20 local time, sending many residents out "
        "of their homes again. Rakhiv's mayor, Yurii Shchur, said that some families had spent "
        "the rest of the night in cars.",
        "“We felt the floor lift, then a long roll, like a boat,” said Mariana, a nurse in "
        "Rakhiv who asked that her surname not be used. “The dishes came out of the cupboard by "
        "themselves.”",
        "Ukraine's State Emergency Service said rescuers were inspecting damaged buildings and "
        "that heated shelters would be opened for people whose homes were unsafe. Night "
        "temperatures in the mountains are expected to fall below freezing later in the week.",
        "Earthquakes of this size are uncommon but not unknown in Zakarpattia, which lies on "
        "the inner arc of the Carpathians. Seismologist Halyna Voloshyn said moderate quakes "
        "occur in the region every few decades. “It is not a surprise to us, even if it is a "
        "shock to people,” she said.",
        "Rakhiv, a town of about 14,000 people near the border with Romania, is known for its "
        "ski slopes and the nearby Carpathian Biosphere Reserve. Many houses in the district "
        "are built of wood or brick and are several decades old.",
        "The region is also home to hundreds of thousands of people who moved west from other "
        "parts of Ukraine, and local officials said they were checking schools and dormitories "
        "used to house them.",
        "The Carpathian Biosphere Reserve said its staff were checking mountain paths and "
        "huts for rockfalls.",
        "Ukraine's government said it would send engineers to help assess the damage and "
        "allocate emergency funds for repairs.",
        "The railway line through the Tysa valley was closed for checks on tracks and bridges, "
        "and electricity was cut for a time in parts of Rakhiv before being restored, the "
        "regional energy company said. Mobile networks worked throughout, and many residents "
        "first learned what had happened from messages sent by relatives elsewhere.",
    ],
)

_EQ_LOCAL = _local_page(
    site="Carpathian Herald",
    url="https://carpathianherald.example/rakhiv/2026/11/10/earthquake-day-one/",
    headline="The day the mountains moved: Rakhiv district counts the damage",
    description="One dead, 17 injured and 230 houses damaged after the strongest earthquake in "
                "living memory in the Rakhiv district.",
    published="2026-11-10T21:00:00+02:00",
    author="Vasyl Popovych",
    date_line="10 November 2026, 21:00",
    town="Rakhiv",
    weather="2\u00b0C, clear, frost overnight",
    keywords=["earthquake", "Rakhiv", "Yasinia", "Zakarpattia"],
    caption="The collapsed gymnasium roof of the school in Yasinia on Tuesday afternoon.",
    credit="Photo: Carpathian Herald / Mykhailo Tovt",
    related=[("/rakhiv/2026/11/10/shelters-open/", "Where to find a heated shelter tonight"),
             ("/yasinia/2026/11/10/school-closed/", "Yasinia school closed until further notice"),
             ("/region/2026/11/09/frost-warning/", "Frost warning for the mountains")],
    body=[
        "At 03:42 on Tuesday, the Rakhiv district woke up to a sound many people here describe "
        "as a train passing underneath the house. By the evening, the State Emergency Service "
        "had counted 17 people injured and 230 houses damaged. One woman, a 71-year-old "
        "resident of Yasinia, died when a wall of her house fell in.",
        "The earthquake had a magnitude of 5.4, according to Ukraine's seismic service. Its "
        "epicentre was about 14 km north-east of Rakhiv, deep in the forested mountains, at a "
        "depth of around 9 km. It was felt as far away as Uzhhorod and Ivano-Frankivsk.",
        "## Yasinia took the worst of it",
        "In Yasinia, the roof of the school gymnasium collapsed. The building was empty, which "
        "parents repeated to each other all day as if they needed to hear it again. “My son "
        "has basketball there on Tuesday evenings,” said one mother, standing at the fence. "
        "“I keep thinking about that.”",
        "Across the village, chimneys came down and walls cracked. Emergency service teams "
        "went from house to house, marking buildings with paint: green for safe, yellow for "
        "checks needed, red for do not enter. By afternoon there were several red marks on "
        "the main street.",
        "Myroslav Kopynets, the head of the regional military administration, came to Yasinia "
        "in the late morning. “Our task now is to get every damaged family into a warm room "
        "before the frost,” he told residents gathered outside the village council.",
        "## A long night, then a second shock",
        "Many people in Rakhiv did not go back to bed. A strong aftershock of magnitude 4.1 at "
        "05:20 sent them into the streets again. Mayor Yurii Shchur said families had spent "
        "hours in their cars with the engines running to stay warm.",
        "“The first one I slept through for a second, then I was on the floor,” said Ivan, a "
        "driver who lives near the railway station. “The second one I was already outside.”",
        "## What happens next",
        "Four heated shelters are now open in Rakhiv and Yasinia. The district administration "
        "says engineers will inspect all public buildings, including schools and the hospital, "
        "before they reopen. The Yasinia school will remain closed for the rest of the week.",
        "Seismologist Halyna Voloshyn told the Herald that the quake was not unexpected. “Earthquakes of this size happen in Zakarpattia every "
        "few decades. It is not a surprise to us, even if it is a shock to people,” she said. "
        "Further aftershocks are likely over the coming days, though they are expected to be "
        "weaker.",
        "Families whose homes were damaged can register for help at the village councils or "
        "through the state services app. The regional administration says it will pay for "
        "emergency repairs to roofs and chimneys first, before the heavy snow arrives.",
        "The railway through the valley stayed closed on Tuesday while engineers checked the "
        "line, and the power went off in parts of Rakhiv for about half an hour after the "
        "first shock. In the evening, volunteers were still loading vans with blankets and "
        "heaters outside the cultural centre.",
        "Four of the 17 injured remain in hospital in Rakhiv. Doctors said none were in a "
        "life-threatening condition.",
    ],
)

_EQ_BROADCAST = _broadcast_page(
    site="Tysa Radio International",
    url="https://www.tysaradio.example/en/news/2026/11/10/zakarpattia-earthquake-rakhiv",
    headline="Earthquake in Zakarpattia: one dead and 11 injured",
    summary="A magnitude 5.4 earthquake struck the Rakhiv district overnight. The emergency "
            "service says 11 people were hurt and dozens of houses damaged.",
    published="2026-11-10T11:15:00+02:00",
    author="Nataliia Rusyn",
    date_line="10.11.2026, 11:15",
    section="Ukraine",
    keywords=["earthquake", "Rakhiv", "State Emergency Service"],
    key_points=["Magnitude 5.4, epicentre north-east of Rakhiv",
                "A 71-year-old woman died in Yasinia",
                "Gym roof of a Yasinia school collapsed; building was empty"],
    caption="Residents of Rakhiv clear bricks from a fallen chimney on Tuesday morning.",
    credit="Tysa Radio International / Olha Lemak",
    related=[("/en/news/2026/11/10/aftershock-advice", "What to do if there is another tremor"),
             ("/en/news/2026/11/08/rakhiv-ski-season", "Rakhiv prepares for the ski season"),
             ("/en/news/2026/11/10/emergency-numbers", "Emergency numbers for Zakarpattia")],
    body=[
        "A woman has died and 11 people have been injured after an earthquake struck the "
        "Rakhiv district of Zakarpattia overnight, the State Emergency Service said this "
        "morning.",
        "The earthquake hit at 4:42 a.m. local time. Ukraine's seismic service measured its "
        "magnitude at 5.4 and placed the epicentre in the mountains north-east of Rakhiv, at a "
        "depth of about nine kilometres.",
        "The woman who died was 71 years old and lived in Yasinia. A wall of her house "
        "collapsed while she was asleep, regional officials said.",
        "Also in Yasinia, the roof of the school gymnasium fell in. Nobody was inside. The "
        "school will stay closed for the rest of the week while engineers check the building.",
        "The emergency service says most of the injured have cuts and broken bones. The "
        "number of damaged houses is still being counted; by this morning, about 60 had been "
        "reported, mainly with fallen chimneys and cracked walls.",
        "## ‘The night was frightening’",
        "The head of the regional military administration, Myroslav Kopynets, travelled to "
        "Yasinia this morning. “The night was frightening, but the morning showed that houses "
        "built in the last twenty years stood well,” he said.",
        "In Rakhiv, many people spent the night outdoors or in their cars. A second, weaker "
        "tremor with a magnitude of 4.1 followed at 05:20 and frightened people again.",
        "“We took the children and the dog and sat in the car until it got light,” a woman in "
        "Rakhiv told Tysa Radio. “Nobody wanted to go back in.”",
        "## Felt far away",
        "The earthquake was felt in Uzhhorod and Ivano-Frankivsk, and people in northern "
        "Romania, Hungary and Slovakia also reported shaking. The European-Mediterranean "
        "Seismological Centre at first estimated the magnitude at 5.6 but later lowered it to "
        "5.4.",
        "Seismologist Halyna Voloshyn said earthquakes of this strength happen in the region "
        "only every few decades. “It is not a surprise to us, even if it is a shock to people,” "
        "she said. She warned that weaker aftershocks could continue for several days.",
        "## Help for families",
        "The emergency service is opening heated shelters for families who cannot stay in "
        "their homes. Temperatures in the mountains are expected to drop below zero at night "
        "later this week.",
        "Rakhiv's mayor, Yurii Shchur, asked residents to report any cracks in walls or "
        "chimneys to the town council so that engineers can check the buildings as quickly as "
        "possible. He said volunteers were collecting blankets and heaters at the town's "
        "cultural centre.",
        "The railway line through the valley has been closed while engineers check tracks and "
        "bridges. The power went off in parts of Rakhiv for about half an hour after the "
        "earthquake but has since been restored, the regional energy company said.",
        "Schools across the Rakhiv district have been told to check their buildings before "
        "classes resume. Most have reopened, but lessons in Yasinia will not restart this week.",
        "The government in Kyiv has promised emergency money for repairs. Engineers from the "
        "capital are expected in the district later today to help local teams decide which "
        "buildings are safe.",
        "Tysa Radio will broadcast a special programme on the earthquake at noon.",
    ],
)

STORY_6 = _story(
    "eq-JB6", "earthquake", "2026-11-12",
    [_page("https://ukrainenow.example/live/2026/11/10/zakarpattia-earthquake/", _EQ_LIVE),
     _page("https://www.cepress.example/en/world/ukraine-earthquake-zakarpattia-rakhiv/", _EQ_WIRE),
     _page("https://carpathianherald.example/rakhiv/2026/11/10/earthquake-day-one/", _EQ_LOCAL),
     _page("https://www.tysaradio.example/en/news/2026/11/10/zakarpattia-earthquake-rakhiv", _EQ_BROADCAST)],
    [("local time of the main shock", r"\b0?3[:.]42\b", r"\b0?4[:.]42\b"),
     ("village where the school gym roof collapsed", r"\byasinia\b", r"\bvelykyi bychkiv\b")],
)

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
