"""Part JA of the story battery (web pages).

Written by engineer JA1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JA1: Central Bank of Kenya cuts its policy rate to 8.75% (9 Jun 2026); CONTROL; traps: bp vs points, EAT vs GMT, 7-2 vote vs wire poll, earlier rates, reserves in $ and KSh, quote cuts.
el-JA2: Kira (Uganda) parliamentary by-election (20 Aug 2026); CONTROL; traps: timed provisional counts, one division's tally, 2021 figure, EAT vs GMT, rounded shares, quote cuts.
ct-JA3: Tanzanian court jails a port firm's ex-finance director for 12 years (15 Jul 2026); PLANTED: judge's surname (Bahari Television), defendant's title (Coastal Observer); traps: per-count terms, co-accused, maximum, TSh/$.
tr-JA4: Kenya-Ethiopia preferential trade agreement (14 Sep 2026); PLANTED: entry-into-force date (RVBS), lines freed at once (Corridor Trade Notes); traps: phased lines, Moyale date, 2024 vs 2025, partial exports, 2030 target.
rk-JA5: Kenyan start-up's Twiga-1 sounding rocket reaches space near Malindi (19 Nov 2026); PLANTED: liftoff time (Malindi Coast Online), apogee (Kenya Daily Sentinel); traps: EAT vs GMT, scrub window, recovery time, 100 km line, 2025 test.
eq-JA6: M5.6 earthquake near Kasese, western Uganda (3 Oct 2026); CONTROL; traps: toll 4/9/11 with times, houses 340/520, 5.9 estimate revised, 4.3 aftershock, EAT vs GMT, UGX vs $.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared helpers for the page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    """Escape text for HTML element content."""
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    """Escape text for an HTML attribute value."""
    return html.escape(text, quote=True)


def _jsonld(kind: str, url: str, headline: str, description: str, published: str | None,
            modified: str | None, authors: list[str], site: str, domain: str,
            image: str, section: str, keywords: list[str]) -> str:
    if published is None:
        return ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": description,
        "image": [f"https://{domain}{image}"],
        "datePublished": published,
        "dateModified": modified or published,
        "author": [{"@type": "Person", "name": n} for n in authors],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{domain}/static/logo-600x60.png"}},
        "articleSection": section,
        "keywords": ", ".join(keywords),
        "inLanguage": "en",
    }
    text = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def _body(paras: list[str], ad_after: tuple[int, ...] = (), ad_html: str = "") -> str:
    """Render paragraphs. '## ' starts a subhead, '> ' a pull quote."""
    out: list[str] = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(p[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_e(p)}</p>")
        if i + 1 in ad_after and ad_html:
            out.append(ad_html)
    return "\n".join(out)


def _paras(text: str) -> list[str]:
    """Split a block of text into paragraphs at blank lines."""
    return [p.strip() for p in text.strip().split("\n\n")]


def _related(title: str, links: list[tuple[str, str]], cls: str) -> str:
    items = "\n".join(f'    <li><a href="{_a(h)}">{_e(t)}</a></li>' for h, t in links)
    return (f'<aside class="{cls}">\n  <h3>{_e(title)}</h3>\n  <ul>\n{items}\n  </ul>\n'
            f'</aside>')


def _share(url: str, title: str) -> str:
    u = _a(url)
    t = _a(title)
    return (f'<div class="share-tools" aria-label="Share this article">\n'
            f'  <span>Share</span>\n'
            f'  <a class="share-fb" href="https://facebook.example/sharer?u={u}">Facebook</a>\n'
            f'  <a class="share-x" href="https://x.example/intent/post?url={u}&amp;text={t}">X</a>\n'
            f'  <a class="share-wa" href="https://whatsapp.example/send?text={u}">WhatsApp</a>\n'
            f'  <a class="share-li" href="https://linkedin.example/share?url={u}">LinkedIn</a>\n'
            f'  <button class="share-copy" type="button">Copy link</button>\n'
            f'</div>')


def _figure(img: tuple[str, str, str, str], cls: str = "lead-image") -> str:
    src, alt, caption, credit = img
    return (f'<figure class="{cls}">\n'
            f'  <img src="{_a(src)}" alt="{_a(alt)}" width="1200" height="675" loading="lazy">\n'
            f'  <figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption>\n'
            f'</figure>')


def _cookie(site: str, policy: str) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">\n'
            f'  <p>{_e(site)} and its partners use cookies to keep the site working, to measure '
            f'readership and to show advertising. You can accept all cookies or choose which '
            f'ones we may set. Read our <a href="{_a(policy)}">cookie policy</a>.</p>\n'
            f'  <button type="button" class="accept">Accept all</button>\n'
            f'  <button type="button" class="manage">Manage choices</button>\n'
            f'</div>')


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<div class="ad-slot ad-{size}" data-slot="{_a(slot)}">\n'
            f'  <span class="ad-label">Advertisement</span>\n'
            f'  <div class="ad-frame" style="min-height:250px"></div>\n'
            f'</div>')


def _head(title: str, description: str, url: str, domain: str, image: str, author: str,
          published: str | None, site: str, css: str, ld: str, section: str,
          extra_meta: str = "") -> str:
    pub_meta = ""
    if published:
        pub_meta = (f'  <meta property="article:published_time" content="{_a(published)}">\n'
                    f'  <meta property="article:section" content="{_a(section)}">\n')
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n'
            f'  <meta charset="utf-8">\n'
            f'  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'  <title>{_e(title)}</title>\n'
            f'  <meta name="description" content="{_a(description)}">\n'
            f'  <meta name="author" content="{_a(author)}">\n'
            f'  <link rel="canonical" href="{_a(url)}">\n'
            f'  <meta property="og:type" content="article">\n'
            f'  <meta property="og:site_name" content="{_a(site)}">\n'
            f'  <meta property="og:title" content="{_a(title)}">\n'
            f'  <meta property="og:description" content="{_a(description)}">\n'
            f'  <meta property="og:url" content="{_a(url)}">\n'
            f'  <meta property="og:image" content="https://{domain}{_a(image)}">\n'
            f'  <meta name="twitter:card" content="summary_large_image">\n'
            f'{pub_meta}{extra_meta}'
            f'  <link rel="stylesheet" href="/assets/{css}">\n'
            f'  <link rel="icon" href="/favicon.ico">\n'
            f'{ld}\n'
            f'</head>\n')


def _nav(items: list[str], cls: str) -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{_e(i)}</a></li>'
                    for i in items)
    return f'<nav class="{cls}" aria-label="Main">\n  <ul>{links}</ul>\n</nav>'


# ---------------------------------------------------------------------------
# Page templates, one per kind of outlet
# ---------------------------------------------------------------------------

def _wire_page(p: dict[str, Any]) -> str:
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} | {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "wire.4f1c.css", ld,
                 p["section"])
    paras = list(p["body"])
    paras[0] = f'{p["dateline"]} ({site}) - {paras[0]}'
    return (head +
            '<body class="wire story">\n'
            + _cookie(site, "/legal/cookies") + '\n'
            f'<header class="masthead"><a class="logo" href="/">{_e(site)}</a>\n'
            '  <a class="login" href="/account/sign-in">Sign in</a>\n'
            '  <a class="subscribe" href="/professional">For professionals</a>\n</header>\n'
            + _nav(["World", "Africa", "Business", "Markets", "Politics", "Science",
                    "Sport", "Pictures"], "wire-nav") + '\n'
            '<main id="content">\n'
            f'<div class="breadcrumb"><a href="/{p["section"].lower()}/">{_e(p["section"])}</a>'
            f' &rsaquo; <a href="/africa/">Africa</a></div>\n'
            '<article class="story-article">\n'
            f'  <h1 class="headline">{_e(p["headline"])}</h1>\n'
            f'  <div class="byline">By {_e(" and ".join(p["authors"]))}</div>\n'
            f'  <div class="timestamp">{_e(p["dateline_display"])}</div>\n'
            + _share(url, p["headline"]) + '\n'
            + _figure(p["image"]) + '\n'
            '  <div class="article-body">\n'
            + _body(paras, (4,), _ad("wire-inline-1")) + '\n'
            '  </div>\n'
            f'  <p class="credits">{_e(p["credits"])}</p>\n'
            '  <p class="standards"><a href="/trust-principles">Our Standards: '
            f'The {_e(site)} Trust Principles.</a></p>\n'
            '</article>\n'
            + _related("Read next", p["related"], "read-next") + '\n'
            + _ad("wire-rail-1", "300x600") + '\n'
            '</main>\n'
            '<footer class="site-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. All rights reserved. Data is delayed by at least '
            '15 minutes.</p>\n'
            '  <ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a>'
            '</li><li><a href="/legal/privacy">Privacy</a></li><li><a href="/legal/terms">'
            'Terms of use</a></li><li><a href="/contact">Contact</a></li></ul>\n'
            '</footer>\n</body>\n</html>\n')


def _paper_page(p: dict[str, Any]) -> str:
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} - {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "paper.main.b72.css", ld,
                 p["section"])
    tags = " ".join(f'<a href="/topic/{_a(k.lower().replace(" ", "-"))}">{_e(k)}</a>'
                    for k in p["keywords"])
    author_links = ", ".join(
        f'<a rel="author" href="/author/{a.lower().replace(" ", "-").replace(chr(39), "")}">'
        f'{_e(a)}</a>' for a in p["authors"])
    return (head +
            '<body class="article-page">\n'
            + _cookie(site, "/privacy-and-cookies") + '\n'
            f'<div class="topbar"><span class="today">{_e(p.get("topbar", ""))}</span>\n'
            '  <a href="/e-paper">E-Paper</a> <a href="/subscribe">Subscribe</a> '
            '<a href="/login">Log in</a></div>\n'
            f'<header class="paper-masthead"><a href="/" class="brand">{_e(site)}</a></header>\n'
            + _nav(["News", "Counties", "Politics", "Business", "Opinion", "Sports",
                    "Lifestyle", "Videos"], "primary-nav") + '\n'
            + _ad("leaderboard-top", "728x90") + '\n'
            '<main class="layout">\n'
            '<article class="article-full">\n'
            f'  <p class="kicker">{_e(p["section"])}</p>\n'
            f'  <h1>{_e(p["headline"])}</h1>\n'
            f'  <p class="standfirst">{_e(p["description"])}</p>\n'
            f'  <div class="article-meta"><span class="author">By {author_links}</span>\n'
            f'    <time class="pub-date">{_e(p["dateline_display"])}</time>\n'
            f'    <span class="read-time">{_e(p.get("readtime", "5 min read"))}</span></div>\n'
            + _share(url, p["headline"]) + '\n'
            + _figure(p["image"]) + '\n'
            '  <div class="article-content">\n'
            + _body(p["body"], (3, 8), _ad("in-article", "300x250")) + '\n'
            '  </div>\n'
            f'  <div class="tags">Topics: {tags}</div>\n'
            '  <div class="comments-cta"><a href="#comments">Join the conversation</a></div>\n'
            '</article>\n'
            '<div class="sidebar">\n'
            + _related(p.get("related_title", "Related stories"), p["related"], "related-box")
            + '\n'
            + _ad("sidebar-mpu", "300x250") + '\n'
            '  <div class="newsletter-signup"><h3>Morning briefing</h3><p>The day\'s main '
            'stories in your inbox before 7am.</p><form><input type="email" '
            'placeholder="Email address"><button>Sign up</button></form></div>\n'
            '</div>\n'
            '</main>\n'
            '<footer class="paper-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. Published by {_e(p.get("publisher", site))}.</p>\n'
            '  <ul><li><a href="/about-us">About us</a></li><li><a href="/advertise">'
            'Advertise with us</a></li><li><a href="/editorial-policy">Editorial policy</a>'
            '</li><li><a href="/corrections">Corrections</a></li></ul>\n'
            '</footer>\n</body>\n</html>\n')


def _broadcast_page(p: dict[str, Any]) -> str:
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} | {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "bcast-2026.css", ld,
                 p["section"])
    return (head +
            '<body class="bcast-article">\n'
            + _cookie(site, "/cookies") + '\n'
            f'<div class="live-strip"><a href="/live-tv">&#9679; Watch {_e(site)} live</a>'
            ' <a href="/radio">Listen to radio</a></div>\n'
            f'<header class="bc-header"><a class="bc-logo" href="/">{_e(site)}</a></header>\n'
            + _nav(["Home", "News", "Africa", "Business", "Sport", "Tech", "Shows",
                    "Podcasts"], "bc-nav") + '\n'
            '<main>\n'
            '<article class="bc-story">\n'
            f'  <h1>{_e(p["headline"])}</h1>\n'
            f'  <div class="bc-meta"><span class="bc-author">{_e(" & ".join(p["authors"]))}'
            f'</span> <span class="bc-date">{_e(p["dateline_display"])}</span></div>\n'
            '  <div class="video-player" data-video-id="v-' + str(sum(ord(c) for c in url) % 99991) +
            '">\n'
            f'    <img src="{_a(p["image"][0])}" alt="{_a(p["image"][1])}">\n'
            f'    <p class="video-caption">{_e(p["image"][2])} '
            f'<span class="credit">{_e(p["image"][3])}</span></p>\n'
            '  </div>\n'
            + _share(url, p["headline"]) + '\n'
            '  <div class="bc-body">\n'
            + _body(p["body"], (5,), _ad("bc-mid", "300x250")) + '\n'
            '  </div>\n'
            '</article>\n'
            + _related(p.get("related_title", "Most watched"), p["related"], "most-watched")
            + '\n'
            + _ad("bc-rail", "300x600") + '\n'
            '</main>\n'
            '<footer class="bc-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. Licensed by the broadcasting regulator. '
            'Terms &amp; conditions apply.</p>\n'
            '  <ul><li><a href="/frequencies">Our frequencies</a></li><li><a href="/contact">'
            'Contact the newsroom</a></li><li><a href="/privacy">Privacy notice</a></li></ul>\n'
            '</footer>\n</body>\n</html>\n')


def _local_page(p: dict[str, Any]) -> str:
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} - {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "local.css?v=31", ld,
                 p["section"])
    return (head +
            '<body class="single-post">\n'
            + _cookie(site, "/cookie-notice") + '\n'
            f'<header class="site-header"><h2 class="site-title"><a href="/">{_e(site)}</a>'
            f'</h2><p class="tagline">{_e(p.get("tagline", ""))}</p>\n'
            f'  <div class="weather-widget">{_e(p.get("weather", ""))}</div></header>\n'
            + _nav(["Home", "Local News", "Business", "Farming", "Schools", "Sports",
                    "Obituaries", "Classifieds"], "menu-main") + '\n'
            '<div id="primary" class="content-area">\n'
            '<article class="post type-post">\n'
            f'  <header class="entry-header"><span class="cat-links">{_e(p["section"])}</span>\n'
            f'    <h1 class="entry-title">{_e(p["headline"])}</h1>\n'
            f'    <div class="entry-meta">Posted by <span class="author vcard">'
            f'{_e(", ".join(p["authors"]))}</span> &middot; <span class="posted-on">'
            f'{_e(p["dateline_display"])}</span></div></header>\n'
            + _figure(p["image"], "wp-block-image") + '\n'
            '  <div class="entry-content">\n'
            + _body(p["body"], (4,), _ad("local-inline", "300x250")) + '\n'
            '  </div>\n'
            + _share(url, p["headline"]) + '\n'
            '</article>\n'
            + _related(p.get("related_title", "More local news"), p["related"],
                       "widget recent-posts") + '\n'
            '<div class="widget classifieds"><span class="ad-label">Advertisement</span>'
            f'<p>{_e(p.get("classified", "Place your classified advert with us."))}</p></div>\n'
            '</div>\n'
            '<footer class="site-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. Independent local journalism. '
            '<a href="/support-us">Support us</a></p>\n'
            '</footer>\n</body>\n</html>\n')


def _newsletter_page(p: dict[str, Any]) -> str:
    """A web edition of an email newsletter; may carry no machine-readable date."""
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} - {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "letter.css", ld,
                 p["section"])
    return (head +
            '<body class="newsletter-web">\n'
            + _cookie(site, "/cookies") + '\n'
            f'<header class="nl-header"><a href="/" class="nl-brand">{_e(site)}</a>\n'
            f'  <p class="nl-pitch">{_e(p.get("tagline", ""))}</p>\n'
            '  <a class="nl-sub" href="/subscribe">Subscribe free</a></header>\n'
            + _nav(["Latest issue", "Archive", "Podcast", "About"], "nl-nav") + '\n'
            '<main class="nl-main">\n'
            '<article class="nl-issue">\n'
            f'  <p class="nl-issue-no">{_e(p.get("issue", ""))}</p>\n'
            f'  <h1>{_e(p["headline"])}</h1>\n'
            f'  <p class="nl-byline">Written by {_e(" and ".join(p["authors"]))}'
            + (f' &middot; {_e(p["dateline_display"])}' if p.get("dateline_display") else "")
            + '</p>\n'
            + _figure(p["image"], "nl-hero") + '\n'
            '  <div class="nl-body">\n'
            + _body(p["body"], (6,), '<div class="sponsor"><span class="ad-label">'
                    'Advertisement</span><p>' + _e(p.get("sponsor", "")) + '</p></div>') + '\n'
            '  </div>\n'
            '  <p class="nl-signoff">Forwarded this by a colleague? '
            '<a href="/subscribe">Get your own copy</a>.</p>\n'
            + _share(url, p["headline"]) + '\n'
            '</article>\n'
            + _related(p.get("related_title", "From the archive"), p["related"], "nl-archive")
            + '\n'
            '</main>\n'
            '<footer class="nl-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. You are reading the web edition. '
            '<a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/privacy">Privacy</a>'
            '</p>\n'
            '</footer>\n</body>\n</html>\n')


def _liveblog_page(p: dict[str, Any]) -> str:
    """A live blog: timestamped entries, newest first."""
    site, domain, url = p["site"], p["domain"], p["url"]
    ld = _jsonld("NewsArticle", url, p["headline"], p["description"], p.get("published"),
                 p.get("modified"), p["authors"], site, domain, p["image"][0], p["section"],
                 p["keywords"])
    head = _head(f'{p["headline"]} | {site}', p["description"], url, domain, p["image"][0],
                 ", ".join(p["authors"]), p.get("published"), site, "live.v9.css", ld,
                 p["section"])
    entries: list[str] = []
    for n, (clock, iso, title, paras) in enumerate(p["entries"]):
        entries.append(
            f'  <div class="live-entry" id="entry-{len(p["entries"]) - n}">\n'
            f'    <time class="entry-time" datetime="{_a(iso)}">{_e(clock)}</time>\n'
            f'    <h2 class="entry-title">{_e(title)}</h2>\n'
            + _body(paras) + '\n  </div>')
        if n == 2:
            entries.append(_ad("live-inline", "300x250"))
    return (head +
            '<body class="liveblog">\n'
            + _cookie(site, "/cookie-settings") + '\n'
            f'<header class="lb-header"><a href="/" class="lb-logo">{_e(site)}</a></header>\n'
            + _nav(["News", "Live", "Business", "Africa", "Opinion", "Sport"], "lb-nav") + '\n'
            '<main>\n'
            '<article class="liveblog-article">\n'
            '  <span class="live-badge">LIVE</span>\n'
            f'  <h1>{_e(p["headline"])}</h1>\n'
            f'  <p class="lb-summary">{_e(p["description"])}</p>\n'
            f'  <div class="lb-meta">Updates by {_e(", ".join(p["authors"]))} &middot; '
            f'{_e(p["dateline_display"])}</div>\n'
            + _share(url, p["headline"]) + '\n'
            + _figure(p["image"]) + '\n'
            '  <div class="key-points"><h3>Key points</h3><ul>'
            + "".join(f"<li>{_e(k)}</li>" for k in p["key_points"]) + '</ul></div>\n'
            '  <div class="live-feed">\n'
            + "\n".join(entries) + '\n'
            '  </div>\n'
            '</article>\n'
            + _related(p.get("related_title", "Read more"), p["related"], "lb-related") + '\n'
            '</main>\n'
            '<footer class="lb-footer">\n'
            f'  <p>&copy; 2026 {_e(site)}. This page is updated as news comes in; '
            'refresh for the newest posts.</p>\n'
            '</footer>\n</body>\n</html>\n')


# ===========================================================================
# cb-JA1 -- central bank (CONTROL)
# ===========================================================================
# Facts: Central Bank of Kenya Monetary Policy Committee met Tuesday 9 June 2026 in Nairobi
# and cut the Central Bank Rate by 25 basis points (0.25 percentage points) to 8.75% from
# 9.00%. Statement posted 5:30 p.m. EAT (14:30 GMT) on Tuesday; decision by majority;
# Governor Dr Peter Mwangi Kariuki said at a briefing on Wednesday 10 June that 7 of the 9
# members backed the cut and 2 wanted a hold. May inflation 4.1% (April 3.8%); target band
# 2.5-7.5%, midpoint 5%; core 2.9%. Private-sector credit growth 6.2% in year to May (5.4% in
# April). Average bank lending rate 15.1% in May. Reserves $11.42 billion (about KSh 1.48
# trillion) = 5.1 months of import cover. Shilling 129.2 per dollar. CRR unchanged at 3.25%.
# 2026 growth forecast 5.4%; Q1 growth 4.9%. Previous meeting 7 April: hold at 9.00%. Last cut
# in February: to 9.00% from 9.25%. Next meeting Tuesday 11 August 2026.
# Wire poll (wire only): 6 of 11 economists expected a hold, 5 a cut.
# Legitimate variation: bps vs percentage points vs "quarter point"; 9.00/9 per cent; 5:30 p.m.
# EAT vs 14:30 GMT; "Tuesday"/"on 9 June"/"late on Tuesday"; reserves in dollars and shillings,
# rounded ($11.4 billion, "more than $11 billion"); Kariuki's name in full/short with
# "Governor"/"Dr"/"central bank chief"; the Governor's quote cut at different places; vote 7-2
# vs "seven of nine"; poll split vs committee split; previous meeting / last cut values.

_CB_IMG = "/media/2026/06/cbk-building-nairobi.jpg"

_CB_WIRE_URL = "https://meridianwire.example/markets/kenya-central-bank-cuts-rate-2026-06-09/"
CB_WIRE = _wire_page({
    "site": "Meridian Wire", "domain": "meridianwire.example",
    "url": _CB_WIRE_URL,
    "headline": "Kenya's central bank cuts key rate to 8.75% as inflation stays low",
    "description": "The Central Bank of Kenya lowered its benchmark rate by 25 basis points on Tuesday, citing contained inflation and a need to lift private-sector lending.",
    "section": "Markets", "keywords": ["Kenya", "Central Bank of Kenya", "interest rates", "inflation"],
    "authors": ["Wairimu Gathoni"],
    "published": "2026-06-09T18:02:00+03:00", "modified": "2026-06-09T18:47:00+03:00",
    "dateline": "NAIROBI, June 9",
    "dateline_display": "June 9, 2026 3:02 PM GMT · Updated June 9, 2026 3:47 PM GMT",
    "image": (_CB_IMG, "The Central Bank of Kenya headquarters in Nairobi",
              "The Central Bank of Kenya headquarters in Nairobi, Kenya, in a file photo.",
              "Meridian Wire/Otieno Baraka"),
    "credits": "Reporting by Wairimu Gathoni; Additional reporting by Kevin Muriuki; Editing by Tomas Brandt",
    "related": [
        ("/markets/kenya-inflation-may-2026/", "Kenya's inflation edges up to 4.1% in May"),
        ("/markets/uganda-central-bank-june-2026/", "Uganda's central bank keeps policy rate on hold"),
        ("/markets/east-africa-eurobond-pipeline/", "East African issuers eye bond markets as yields ease"),
    ],
    "body": _paras("""
Kenya's central bank lowered its benchmark lending rate by 25 basis points to 8.75% on Tuesday, saying inflation was sitting comfortably inside its target band and that credit to private businesses needed more support.

The Central Bank of Kenya's Monetary Policy Committee had left the Central Bank Rate at 9.00% when it last met on April 7. The statement announcing Tuesday's move was posted on the bank's website at 14:30 GMT.

“The Committee concluded that there was scope for a further easing of the monetary policy stance to support economic activity, while ensuring that inflation expectations remain anchored,” the statement said. It said the decision was taken by a majority but did not give a breakdown of the vote.

Economists had been divided going into the meeting. Six of 11 analysts polled by Meridian Wire last week expected the committee to keep the rate on hold, while the remaining five forecast a cut of 25 basis points.

Overall inflation rose to 4.1% in May from 3.8% in April, according to the Kenya National Bureau of Statistics, but stayed below the 5% midpoint of the 2.5%-7.5% range the central bank is mandated to target. Core inflation, which excludes food and energy prices, was 2.9%.

The committee said growth in lending to the private sector had picked up to 6.2% in the year to May from 5.4% in April, a recovery it credited partly to earlier rate reductions working their way through to borrowers. Commercial banks' average lending rate stood at 15.1% in May.

Kenya's foreign exchange reserves were $11.42 billion, or 5.1 months of import cover, the statement said. The shilling was quoted at 129.2 per dollar on Tuesday, little changed since the start of the year.

The bank kept its forecast for economic growth in 2026 at 5.4%, pointing to a strong harvest and steady remittance inflows. The economy grew 4.9% year on year in the first quarter.

The cash reserve ratio, the share of customer deposits that lenders must hold at the central bank, was kept at 3.25%.

Tuesday's reduction was the first since February, when the committee trimmed the rate by 25 basis points to 9.00% from 9.25%.

Some analysts read the statement as cautious about further moves. “They have left the door open, but only just,” said Brian Kipchumba Lagat, an economist at Equator Frontier Advisory in Nairobi, who had expected a hold. “Fuel and the weather are the two risks they keep coming back to.”

Government borrowing remains a complicating factor. Heavy domestic issuance by the Treasury has kept yields on short-dated bills elevated this year, which economists say has limited how far banks are prepared to reduce what they charge private borrowers.

Commercial lenders have been criticised by lawmakers for being slow to reprice loans after earlier cuts. The Kenya Bankers Association said in a brief note on Tuesday evening that its members would review their pricing in line with the new rate.

The committee is chaired by Governor Peter Mwangi Kariuki, who is scheduled to brief journalists on the decision on Wednesday. Its next meeting is set for Aug. 11.
"""),
})

_CB_PAPER_URL = "https://nairobiledger.example/business/cbk-trims-key-rate-kariuki-cheaper-credit"
CB_PAPER = _paper_page({
    "site": "The Nairobi Ledger", "domain": "nairobiledger.example",
    "publisher": "Ledger Media Group Ltd",
    "url": _CB_PAPER_URL,
    "headline": "CBK trims key rate to 8.75pc as Kariuki bets on cheaper credit",
    "description": "Governor says seven of the nine committee members backed the quarter-point cut, with inflation well inside the target band.",
    "section": "Business", "keywords": ["CBK", "Monetary policy", "Loans", "Inflation"],
    "authors": ["Njeri Wambugu"],
    "published": "2026-06-10T13:40:00+03:00",
    "topbar": "Wednesday, June 10, 2026",
    "dateline_display": "Wednesday, June 10, 2026 — 1:40 PM",
    "readtime": "4 min read",
    "image": (_CB_IMG, "CBK Governor Peter Kariuki at a press briefing",
              "Central Bank of Kenya Governor Dr Peter Kariuki speaks to journalists at the bank's headquarters in Nairobi on Wednesday.",
              "Photo | Ledger Media | Dennis Onsongo"),
    "related_title": "More on the economy",
    "related": [
        ("/business/cbk-holds-rate-april-2026", "CBK holds benchmark rate at 9pc in April"),
        ("/business/banks-loan-pricing-mps", "MPs press banks to pass on lower rates to borrowers"),
        ("/business/knbs-inflation-may", "Inflation rises to 4.1pc on transport costs"),
    ],
    "body": _paras("""
Borrowers could see some relief on loan repayments in the coming months after the Central Bank of Kenya lowered its policy rate to 8.75 per cent, with Governor Peter Kariuki saying the economy could take cheaper money without stoking prices.

The Monetary Policy Committee (MPC) cut the Central Bank Rate by 0.25 percentage points from 9.0 per cent at its meeting on Tuesday, announcing the decision in a statement released at 5.30pm.

Speaking at a press briefing at the bank's headquarters on Haile Selassie Avenue on Wednesday morning, Dr Kariuki said seven of the committee's nine members voted for the cut while two preferred to leave the rate unchanged.

“We see room to support lending to households and small firms without putting the inflation target at risk. Food prices have eased and the shilling has held steady,” he said.

Dr Kariuki declined to name the two dissenting members, saying the committee's deliberations were confidential, but said the minority had been concerned about the path of fuel prices.

## Inflation below midpoint

Overall inflation stood at 4.1 per cent in May, up slightly from 3.8 per cent in April, and well below the five per cent midpoint of the Government's target range of 2.5 to 7.5 per cent. The Governor attributed the low reading to cheaper maize flour and vegetables following good long rains.

He said core inflation, which leaves out the volatile food and fuel components, had stayed at 2.9 per cent, a sign that demand in the economy was not overheating.

Credit to the private sector grew 6.2 per cent in the year to May, up from 5.4 per cent a month earlier, with the Governor pointing to better lending to manufacturers, traders and households. He said he expected commercial lenders to pass on the cut “within weeks, not months”.

The average lending rate charged by banks was 15.1 per cent in May, according to CBK data, a level that business lobbies have described as a brake on investment.

## Reserves and shilling

The Governor said usable foreign exchange reserves of $11.42 billion (about Sh1.48 trillion), equal to 5.1 months of import cover, were enough to cushion the shilling, which closed at 129.2 against the dollar on Tuesday.

The committee kept the cash reserve ratio at 3.25 per cent and retained its projection of 5.4 per cent economic growth for 2026, after the economy expanded by 4.9 per cent in the first three months of the year.

Faith Atieno Omondi, the chief economist at Tana Ridge Securities, said the cut had been well telegraphed by the bank's recent commentary.

“The committee has been waiting for credit to turn, and the May numbers gave it the comfort it needed. I would not rule out another quarter point in August if fuel prices behave,” she said.

The rate had stood at 9.0 per cent since February, when the MPC cut it from 9.25 per cent, and was held at that level in April.

Small business lobbies welcomed the move but said it would count for little unless banks changed how they priced risk. Lenders have argued that their rates also reflect the cost of defaults, which rose last year among traders and contractors waiting for payment from public agencies.

The MPC will next meet on August 11.
"""),
})

_CB_TV_URL = "https://savannatv.example/news/business/2026/06/10/loan-relief-cbk-rate-cut"
CB_TV = _broadcast_page({
    "site": "Savanna Television", "domain": "savannatv.example",
    "url": _CB_TV_URL,
    "headline": "Loan relief in sight? CBK lowers lending benchmark by a quarter point",
    "description": "Traders and borrowers react after the Central Bank of Kenya reduced its policy rate to 8.75 per cent.",
    "section": "Business", "keywords": ["CBK", "loans", "small business", "Kenya economy"],
    "authors": ["Ruth Chebet", "Ian Mutiso"],
    "published": "2026-06-10T20:15:00+03:00",
    "dateline_display": "10 Jun 2026, 20:15 EAT",
    "image": ("/img/2026/06/kariuki-briefing-still.jpg", "Video still of the CBK Governor",
              "CBK Governor Peter Mwangi Kariuki addresses the media at the central bank in Nairobi on Wednesday, June 10.",
              "Image: Savanna Television"),
    "related_title": "Most watched",
    "related": [
        ("/news/business/2026/06/08/fuel-prices-review-preview", "What the mid-month fuel review could mean for fares"),
        ("/news/business/2026/06/05/sacco-loans-members", "Saccos report rising demand for emergency loans"),
        ("/news/africa/2026/06/09/tanzania-shilling-steady", "Tanzanian shilling steady as tourism earnings climb"),
    ],
    "body": _paras("""
Kenyans servicing bank loans may soon pay a little less after the Central Bank of Kenya reduced its key lending benchmark by a quarter of a percentage point, to 8.75 per cent.

The bank's Monetary Policy Committee took the decision on Tuesday, lowering the Central Bank Rate from nine per cent. On Wednesday, Governor Dr Peter Kariuki told reporters at the bank's Nairobi headquarters that seven of the nine committee members had supported the reduction and two had argued for holding steady.

“We see room to support lending to households and small firms without putting the inflation target at risk,” the Governor said, adding that the bank would monitor how quickly commercial lenders adjust their charges.

The central bank chief pointed to inflation of 4.1 per cent in May, below the midpoint of the bank's target range of 2.5 to 7.5 per cent, as the main reason the committee felt able to ease. Prices of staple foods have fallen since the long rains, and the shilling has traded at around 129 to the US dollar for months.

## What it means for borrowers

The benchmark rate guides what banks charge their customers, but the effect is not automatic. The average lending rate in May was 15.1 per cent, according to central bank data, and lenders usually take several weeks to reprice existing loans.

Joseph Ngugi Kimani, chief executive of the Kenya Bankers Association, said lenders would study the decision. “Our members will look at their pricing over the coming weeks, and customers should expect to see changes reflected in their statements,” he told Savanna Television.

In Kitengela, hardware shop owner Mary Achieng said she hoped the cut would make it easier to restock before the school holidays. “I borrowed at nearly 17 per cent last year. If it comes down even one point, that is money I can put back into stock,” she said.

Growth in credit to private businesses has picked up in recent months. The central bank said lending to the private sector grew 6.2 per cent in the 12 months to May, compared with 5.4 per cent in the year to April.

## Reserves and outlook

The Governor said the country's foreign exchange reserves stood at more than 11 billion US dollars, equal to 5.1 months of imports, which he said gave the bank room to manage any pressure on the shilling.

The bank kept its estimate of economic growth for this year at 5.4 per cent. It also left the cash reserve ratio, the portion of deposits banks must park at the central bank, at 3.25 per cent.

Dr Kariuki said the committee would be watching fuel costs closely. The Energy and Petroleum Regulatory Authority is due to announce new pump prices on 14 June, and a rise in diesel costs would feed quickly into transport fares and food prices.

Tana Ridge Securities chief economist Faith Atieno Omondi said the cut had been expected by many in the market. “The committee has been waiting for credit to turn, and the May numbers gave it the comfort it needed,” she said.

Before this week, the Monetary Policy Committee last reduced the rate in February. Its next scheduled meeting is on Tuesday, 11 August.
"""),
})

_CB_LETTER_URL = "https://shillingbrief.example/issues/2026-06-11-the-quarter-point"
CB_LETTER = _newsletter_page({
    "site": "The Shilling Brief", "domain": "shillingbrief.example",
    "url": _CB_LETTER_URL,
    "headline": "The quarter point: reading the CBK's 7-2 split",
    "description": "What Tuesday's cut to 8.75% tells us about the Monetary Policy Committee's next steps.",
    "section": "Newsletter", "keywords": ["CBK", "MPC", "rates", "shilling"],
    "authors": ["Amani Wekesa"],
    "published": None,
    "issue": "Issue No. 214",
    "dateline_display": "Thursday 11 June 2026",
    "tagline": "Kenya's money, markets and policy, every Monday and Thursday.",
    "sponsor": "This issue is supported by Kituo Ledger, accounting software for Kenyan SMEs. Try it free for 60 days.",
    "image": ("/uploads/2026/06/rate-chart.png", "Chart of the Central Bank Rate",
              "The Central Bank Rate since 2024. Source: Central Bank of Kenya.",
              "Chart: The Shilling Brief"),
    "related_title": "From the archive",
    "related": [
        ("/issues/2026-04-09-holding-pattern", "Holding pattern: why the MPC sat still in April"),
        ("/issues/2026-05-28-credit-turns", "Credit finally turns: notes on the April data"),
        ("/issues/2026-06-04-mpc-preview", "MPC preview: cut or hold?"),
    ],
    "body": _paras("""
Good morning. If you were away from your screens on Tuesday evening, here is the short version: the Central Bank of Kenya's Monetary Policy Committee cut the Central Bank Rate by 25bps to 8.75%, the first move since February. The longer version, which is what this issue is about, came on Wednesday, when Governor Peter Kariuki disclosed that the decision was not unanimous.

## The split

Seven of the MPC's nine members voted for the cut; two wanted to hold at 9%. The bank does not usually advertise its disagreements, so the fact that Dr Kariuki volunteered the 7-2 count at his briefing is worth dwelling on. He would not say who the two dissenters were, only that their worry was fuel.

That matters because the committee's own statement on 9 June was careful to say it wanted to support activity “while ensuring that inflation expectations remain anchored”. A 7-2 vote is a comfortable majority, but it tells you the bar for another cut in August is higher than the headline suggests.

## The numbers behind it

Inflation is the easy part of the story. The May reading was 4.1%, up from 3.8% in April but still under the 5% midpoint of the 2.5-7.5% band. Core inflation was 2.9%. Dr Kariuki described the outlook as benign and said the committee sees room to help borrowers “without putting the inflation target at risk”.

Credit is the part the MPC really cares about. Growth in lending to the private sector reached 6.2% year on year in May, from 5.4% in April. It is a recovery, but a modest one, and banks' average lending rate of 15.1% in May shows how much of the earlier easing has yet to reach borrowers.

External buffers look solid. Reserves of $11.42bn, roughly KSh1.48trn at Tuesday's rate of 129.2 shillings to the dollar, cover 5.1 months of imports. The shilling has hardly moved this year, which removes one of the usual arguments for caution.

## What I am watching

First, fuel. The Governor said the bank will “keep a close eye on fuel costs after the June pump price review”. The regulator publishes new prices on 14 June. A large diesel increase would strengthen the hand of the two hawks.

Second, bank pricing. Dr Kariuki said he expects lenders to pass on the cut within weeks. Last year, by our count, the pass-through took closer to a quarter. If the average lending rate is still above 15% by the time the July data land, expect sharper words from the bank.

Third, growth. The MPC kept its 2026 growth forecast at 5.4% and the cash reserve ratio at 3.25%. First-quarter GDP grew 4.9%, so the forecast assumes a stronger second half, helped by the harvest.

## Bottom line

A quarter point to 8.75%, a 7-2 vote and a Governor who sounded relaxed about inflation but alert to fuel. My base case is a hold at the next meeting on 11 August, with another 25bps cut possible later in the year if pump prices stay calm. Reply to this email and tell me if you disagree; I read everything.

Until Monday,

Amani
"""),
})

STORY_1 = _story("cb-JA1", "central bank", "2026-06-13",
                 [_page(_CB_WIRE_URL, CB_WIRE),
                  _page(_CB_PAPER_URL, CB_PAPER),
                  _page(_CB_TV_URL, CB_TV),
                  _page(_CB_LETTER_URL, CB_LETTER)],
                 [])


# ===========================================================================
# el-JA2 -- election (CONTROL)
# ===========================================================================
# Facts: parliamentary by-election in Kira Municipality constituency (Wakiso district,
# Uganda) on Thursday 20 August 2026, called after MP Ronald Ssemanda died in May. Polls 7 a.m.
# to 4 p.m. EAT. 212,640 registered voters, 284 polling stations, four candidates. Returning
# officer Agnes Namuddu Kiggundu declared the result at 3:10 a.m. EAT on Friday 21 August
# (00:10 GMT). Final: Sarah Nakato Mukasa (People's Progressive Alliance, PPA) 38,915 (50.05%
# of valid votes); Joseph Kato Lwanga (Democratic Renewal Front, DRF) 31,207 (40.14%); Brenda
# Auma Okello (independent) 6,482 (8.34%); Moses Tumwine (independent) 1,146 (1.47%). Valid
# 77,750; invalid 1,394; cast 79,144; turnout 37.2%; margin 7,708. Provisional at 11:05 p.m.
# (120 of 284 stations): Mukasa 16,402, Lwanga 14,880; at 1:35 a.m. (231 of 284): Mukasa 31,560,
# Lwanga 25,940. Bweyogerere division only: Mukasa 13,204, Lwanga 11,876, Auma 2,310, Tumwine
# 402. Ssemanda won the seat in 2021 with 52,310 votes. Police arrested two people over alleged
# vote buying; observers (Citizens' Election Watch Uganda) said six stations opened more than an
# hour late. Lwanga did not concede, alleged irregularities at 12 polling stations, and has 30
# days after gazetting to petition the High Court.
# Legitimate variation: running provisional counts with their times; one division's tally vs
# the constituency total; 2021 figure; 3:10 a.m. local vs 00:10 GMT vs "early on Friday";
# percentages rounded ("just over half", "about 37 per cent"); margin "nearly 7,700"; names in
# full/short; Mukasa's victory quote cut at different places.

_EL_IMG = "/photos/2026/08/kira-tally-centre.jpg"

_EL_LIVE_URL = "https://vbn-uganda.example/live/kira-by-election-results-2026-08-20"
EL_LIVE = _liveblog_page({
    "site": "Victoria Broadcast Network", "domain": "vbn-uganda.example",
    "url": _EL_LIVE_URL,
    "headline": "LIVE: Kira Municipality by-election - counting and results",
    "description": "Follow the count in the Kira Municipality parliamentary by-election as results arrive at the Wakiso district tally centre.",
    "section": "Politics", "keywords": ["Kira Municipality", "by-election", "Wakiso", "Electoral Commission"],
    "authors": ["Daphne Nansubuga", "Herbert Ochieng"],
    "published": "2026-08-20T15:55:00+03:00", "modified": "2026-08-21T03:25:00+03:00",
    "dateline_display": "Last updated 21 August 2026, 03:25 EAT",
    "image": (_EL_IMG, "Election officials count ballots",
              "Election officials tally results at the Wakiso district tally centre on Thursday night.",
              "VBN/Collins Mugisha"),
    "key_points": [
        "Sarah Nakato Mukasa (PPA) declared winner with 38,915 votes",
        "Joseph Kato Lwanga (DRF) second with 31,207 votes",
        "Turnout about 37 per cent of 212,640 registered voters",
    ],
    "related_title": "Read more",
    "related": [
        ("/politics/kira-candidates-profiles", "Who is running in Kira? The four candidates"),
        ("/politics/ssemanda-tributes", "Tributes paid to the late Kira MP Ronald Ssemanda"),
        ("/politics/electoral-commission-byelection-calendar", "Electoral Commission sets August date for Kira vote"),
    ],
    "entries": [
        ("3:25 AM", "2026-08-21T03:25:00+03:00", "Mukasa declared winner", [
            "The returning officer, Agnes Namuddu Kiggundu, declared Sarah Nakato Mukasa of the People's Progressive Alliance the winner at 3:10am.",
            "Final figures: Mukasa 38,915; Joseph Kato Lwanga (DRF) 31,207; Brenda Auma Okello (independent) 6,482; Moses Tumwine (independent) 1,146. There were 1,394 invalid ballots, bringing the total number of votes cast to 79,144.",
            "That puts turnout at about 37 per cent of the 212,640 people on the register, and Mukasa's margin at 7,708 votes.",
            "Speaking to supporters outside the tally centre, Mukasa said: “This seat belongs to the people of Kira, not to a party. I will go to Parliament to fight for roads, drainage and jobs for young people.”",
        ]),
        ("1:35 AM", "2026-08-21T01:35:00+03:00", "Gap widens as Namugongo results come in", [
            "With 231 of the 284 polling stations now declared, Mukasa has 31,560 votes to Lwanga's 25,940, according to results displayed at the tally centre. Auma is a distant third.",
            "Most of the outstanding stations are in Kira division. Officials say they expect to finish before dawn.",
        ]),
        ("11:05 PM", "2026-08-20T23:05:00+03:00", "First provisional tally", [
            "The first provisional figures are in, covering 120 of the 284 polling stations. Mukasa leads with 16,402 votes, with Lwanga on 14,880.",
            "These are early numbers and mostly from Bweyogerere, where both main campaigns concentrated their rallies. Our reporter at the tally centre says the mood among PPA agents is cautious.",
        ]),
        ("9:30 PM", "2026-08-20T21:30:00+03:00", "Result forms arriving at tally centre", [
            "Presiding officers at most stations have finished counting, and declaration forms are starting to arrive at the tally centre in Wakiso. The returning officer, Agnes Namuddu Kiggundu, says the winner will be declared only once all 284 stations are in, but provisional figures will be shown on a screen as they are verified.",
        ]),
        ("8:40 PM", "2026-08-20T20:40:00+03:00", "DRF alleges irregularities", [
            "Joseph Kato Lwanga's campaign says its agents were turned away from 12 polling stations during the count. A DRF spokesperson, Ivan Ssebunya, told VBN the party had written to the Electoral Commission and would “keep every result sheet”.",
            "The Electoral Commission has not yet responded to the complaint.",
        ]),
        ("7:15 PM", "2026-08-20T19:15:00+03:00", "Heavy rain slows counting", [
            "A heavy downpour has hit parts of the constituency. At several stations in Kira division, officials moved ballot boxes indoors to continue counting by torchlight.",
        ]),
        ("6:20 PM", "2026-08-20T18:20:00+03:00", "Observers: late openings, two arrests", [
            "The Citizens' Election Watch Uganda observer group says six polling stations opened more than an hour late because materials arrived late, but voting was otherwise calm.",
            "Police in Wakiso say two people were arrested during the day on suspicion of handing out cash to voters near a polling station in Kireka. Both are being held at Kira Division police station.",
        ]),
        ("4:02 PM", "2026-08-20T16:02:00+03:00", "Polls close", [
            "Voting has officially ended at 4pm, nine hours after polls opened. Voters who were already in line are being allowed to cast their ballots.",
            "Four candidates are on the ballot to replace Ronald Ssemanda, who died in May. Ssemanda won the seat in the 2021 general election with 52,310 votes.",
            "Counting will take place at each of the 284 polling stations before results are carried to the district tally centre.",
        ]),
    ],
})

_EL_WIRE_URL = "https://cpa-news.example/africa/uganda-kira-by-election-mukasa-wins"
EL_WIRE = _wire_page({
    "site": "Continental Press Agency", "domain": "cpa-news.example",
    "url": _EL_WIRE_URL,
    "headline": "PPA's Mukasa narrowly wins Uganda's Kira seat in by-election",
    "description": "Sarah Nakato Mukasa won just over half of valid votes in the Kira Municipality by-election; her main rival did not concede.",
    "section": "Africa", "keywords": ["Uganda", "elections", "Kira", "parliament"],
    "authors": ["Patrick Ouma"],
    "published": "2026-08-21T07:15:00+03:00",
    "dateline": "KAMPALA, Aug 21",
    "dateline_display": "Friday, August 21, 2026, 04:15 GMT",
    "image": (_EL_IMG, "Supporters celebrate in Kira",
              "Supporters of Sarah Nakato Mukasa celebrate in Kira, Wakiso district, early on Friday.",
              "CPA/Esther Namata"),
    "credits": "Reporting by Patrick Ouma; Editing by Helen Varga",
    "related": [
        ("/africa/uganda-parliament-budget-2026", "Uganda's parliament passes budget after late-night session"),
        ("/africa/east-africa-byelections-turnout", "Analysis: low turnout dogs East African by-elections"),
        ("/africa/kenya-nakuru-ward-polls", "Kenya holds ward by-elections in three counties"),
    ],
    "body": _paras("""
Sarah Nakato Mukasa of the People's Progressive Alliance won a parliamentary by-election in Uganda's Kira Municipality, the Electoral Commission's returning officer said early on Friday, defeating her main challenger by 7,708 votes in a contest marked by low turnout.

Mukasa received 38,915 votes, or 50.05% of the valid votes cast, while Joseph Kato Lwanga of the opposition Democratic Renewal Front took 31,207, returning officer Agnes Namuddu Kiggundu announced at 0010 GMT at the district tally centre in Wakiso.

Two independent candidates, Brenda Auma Okello and Moses Tumwine, received 6,482 and 1,146 votes respectively.

Turnout was 37.2%, with 79,144 ballots cast out of 212,640 registered voters. Of those, 1,394 ballots were rejected as invalid, the commission said.

Thursday's vote was called to fill the seat left vacant by the death in May of Ronald Ssemanda, who had held it since the 2021 general election. Ssemanda, also a PPA member, won 52,310 votes in that election, when turnout across the constituency was considerably higher.

Lwanga did not concede. His campaign said its polling agents had been blocked from observing the count at 12 polling stations and that it was gathering result forms to examine before deciding whether to go to court.

“We are not going to accept numbers we have not been allowed to see being counted,” Lwanga told reporters. “Our lawyers are looking at every declaration form.”

Under Ugandan law, a losing candidate has 30 days after the result is published in the official Gazette to file a petition with the High Court.

The commission did not immediately respond to the allegations. Kiggundu told reporters at the tally centre that agents of all candidates had signed the declaration forms at the stations she had reviewed.

Mukasa, a 41-year-old former municipal councillor, said she would concentrate on flooding and road repairs in the fast-growing constituency on the eastern edge of Kampala.

“This seat belongs to the people of Kira, not to a party,” she told supporters after the declaration.

The Citizens' Election Watch Uganda observer group said voting was largely peaceful but that six of the constituency's 284 polling stations opened more than an hour late. Police said two people were arrested on suspicion of bribing voters.

By-elections in Uganda are closely watched as a gauge of party strength between general elections. Analysts said the narrow share for the PPA candidate, in a seat her party had held comfortably, suggested the opposition was gaining ground in Kampala's suburbs.

Campaigning in the constituency focused on flooding, the state of feeder roads and the cost of land, issues that have grown more pressing as Kira's population has swelled with people moving out of central Kampala. Both main candidates held their final rallies on Tuesday, two days before the vote.

Kiggundu said counting had been slowed at some stations by heavy rain on Thursday evening, which forced officials to move ballot boxes indoors.

The result is due to be gazetted in the coming days, after which Mukasa is expected to be sworn in.
"""),
})

_EL_PAPER_URL = "https://kampalacourier.example/news/politics/mukasa-wins-kira-by-election-lwanga-rejects-result"
EL_PAPER = _paper_page({
    "site": "The Kampala Courier", "domain": "kampalacourier.example",
    "publisher": "Courier Publications (U) Ltd",
    "url": _EL_PAPER_URL,
    "headline": "Mukasa wins Kira by-election as Lwanga rejects result",
    "description": "The PPA candidate polled 38,915 votes against 31,207 for the DRF's Joseph Kato Lwanga, in a poll where fewer than four in ten voters turned up.",
    "section": "Politics", "keywords": ["Kira Municipality", "By-election", "PPA", "DRF"],
    "authors": ["Robert Kasozi", "Juliet Atim"],
    "published": "2026-08-21T09:30:00+03:00", "modified": "2026-08-21T11:05:00+03:00",
    "topbar": "Friday, August 21, 2026",
    "dateline_display": "Friday, August 21, 2026 — 9:30 AM (updated 11:05 AM)",
    "readtime": "5 min read",
    "image": (_EL_IMG, "Sarah Nakato Mukasa waves to supporters",
              "Sarah Nakato Mukasa waves to supporters after she was declared winner of the Kira Municipality by-election on Friday morning.",
              "Courier photo/Joel Byaruhanga"),
    "related_title": "In Politics",
    "related": [
        ("/news/politics/kira-campaigns-final-rallies", "Kira candidates hold final rallies as campaigns close"),
        ("/news/politics/ec-byelection-materials-delivered", "EC delivers materials for Kira polls"),
        ("/news/politics/ssemanda-laid-to-rest", "Late Kira MP Ssemanda laid to rest in Mukono"),
    ],
    "body": _paras("""
Sarah Nakato Mukasa of the People's Progressive Alliance (PPA) was in the early hours of Friday declared winner of the Kira Municipality parliamentary by-election, but her closest challenger, Joseph Kato Lwanga of the Democratic Renewal Front (DRF), said he would not accept the outcome.

Returning officer Agnes Namuddu Kiggundu announced the results at the Wakiso district tally centre at 3.10am, about 11 hours after polls closed.

Ms Mukasa polled 38,915 votes, just over half of the 77,750 valid votes, against Mr Lwanga's 31,207. Independent candidates Brenda Auma Okello and Moses Tumwine got 6,482 and 1,146 votes respectively.

Out of 212,640 registered voters in the constituency, 79,144 turned up to vote, a turnout of about 37 per cent. A total of 1,394 ballot papers were declared invalid.

## ‘Start work tomorrow’

Addressing jubilant supporters who had waited through the night outside the tally centre, Ms Mukasa thanked voters and pledged to work with all candidates.

“This seat belongs to the people of Kira, not to a party. I will go to Parliament to fight for roads, drainage and jobs for young people. We start work tomorrow,” she said.

Ms Mukasa, 41, served two terms as a councillor in Kira Municipal Council before she was nominated by the PPA in June, beating three other aspirants in the party primaries.

During the campaign she promised to push for a drainage master plan for the municipality and to lobby for the completion of the Namugongo-Kira road, which residents say becomes impassable during the rains.

## DRF cries foul

Mr Lwanga, addressing journalists at his campaign office in Bweyogerere on Friday morning, said DRF agents were chased away from 12 polling stations before counting was complete.

“We are not going to accept numbers we have not been allowed to see being counted. Our lawyers are looking at every declaration form,” he said, adding that the party would decide next week whether to petition court.

A losing candidate has 30 days from the date the results are published in the Gazette to file an election petition in the High Court.

Ms Kiggundu dismissed the claims, saying all declaration forms she had received were signed by candidates' agents and that no formal complaint had been lodged with her office before the declaration.

## Low turnout

The turnout was well below that of the 2021 general election, when the late Ronald Ssemanda, also of the PPA, won the seat with 52,310 votes. Mr Ssemanda died in May after a short illness.

Political analyst Dr Stella Nambi of Makerere University said low turnout was typical of by-elections but warned both parties against reading too much into the result. “Fewer than four in ten people voted. Neither side can claim the constituency has spoken loudly,” she said.

Citizens' Election Watch Uganda, which deployed observers across the constituency, said voting was generally peaceful. It noted that six polling stations opened more than an hour late, which it blamed on the late delivery of materials.

Wakiso police spokesperson Sam Ogwang said two people arrested on Thursday for allegedly bribing voters in Kireka would be charged once investigations were complete.

The Electoral Commission is expected to gazette Ms Mukasa as the MP-elect next week, paving the way for her swearing-in.
"""),
})

_EL_LOCAL_URL = "https://wakisoweekly.example/2026/08/22/how-bweyogerere-voted-kira-by-election/"
EL_LOCAL = _local_page({
    "site": "Wakiso Weekly", "domain": "wakisoweekly.example",
    "url": _EL_LOCAL_URL,
    "headline": "How Bweyogerere voted: a closer look at the Kira by-election numbers",
    "description": "Bweyogerere division gave Sarah Nakato Mukasa a lead of more than 1,300 votes, a margin that mirrored the constituency result.",
    "section": "Local News", "keywords": ["Bweyogerere", "Kira", "by-election", "voter turnout"],
    "authors": ["Grace Nabirye"],
    "published": "2026-08-22T11:00:00+03:00",
    "dateline_display": "August 22, 2026",
    "tagline": "News for Wakiso, Kira, Nansana and Entebbe",
    "weather": "Kira: 26°C, light showers",
    "classified": "FOR SALE: 50x100 plot in Namugongo, ready title. Call the office during working hours.",
    "image": ("/wp-content/uploads/2026/08/bweyogerere-polling.jpg", "Voters queue at a polling station",
              "Voters queue at a polling station in Bweyogerere on Thursday morning.",
              "Photo: Wakiso Weekly"),
    "related_title": "More local news",
    "related": [
        ("/2026/08/19/kira-drainage-floods-namugongo-road", "Namugongo road floods again after overnight rain"),
        ("/2026/08/15/bweyogerere-market-vendors-relocation", "Bweyogerere market vendors resist relocation plan"),
        ("/2026/08/12/kira-candidates-debate", "Kira candidates spar over drainage at community debate"),
    ],
    "body": _paras("""
When the returning officer read out the final Kira Municipality results in the early hours of Friday, the headline numbers were clear: Sarah Nakato Mukasa of the PPA had 38,915 votes and Joseph Kato Lwanga of the DRF had 31,207. But the picture on the ground varied a great deal from one division to the next.

Wakiso Weekly collected the declaration forms posted at polling stations in Bweyogerere division, where both main campaigns based their headquarters. Adding them up, Mukasa received 13,204 votes in the division and Lwanga 11,876, a lead of 1,328.

Brenda Auma Okello, the independent who campaigned mainly on market vendors' rights, got 2,310 votes in Bweyogerere, a large share of her 6,482 total. The second independent, Moses Tumwine, got 402 votes in the division.

That means just under 28,000 valid votes were cast in Bweyogerere alone, out of 77,750 across the constituency.

## Turnout worries

Across Kira, turnout was 37.2 per cent, meaning fewer than two in five of the 212,640 registered voters took part. Several polling officials in Bweyogerere told this paper that queues were long in the morning but thinned out by lunchtime, when many residents left for work in Kampala.

“By midday we were just sitting,” said a presiding officer at a station near Bweyogerere industrial area, who asked not to be named because officials are not allowed to speak to the press. “People have lost interest, especially the young ones.”

At the 2021 general election, the late MP Ronald Ssemanda won the seat with 52,310 votes on his own, far more than the winner received this week.

Turnout in Bweyogerere itself appears to have been close to the constituency average, although the commission has not yet published registration figures broken down by division, so we cannot give an exact percentage.

## Complaints

Lwanga's campaign has said its agents were blocked from watching the count at 12 polling stations and that it may go to court. It has not listed the stations publicly. None of the Bweyogerere forms we examined had been left unsigned by DRF agents, although we could not check every station in the division.

Residents we spoke to on Friday were more interested in what comes next. Along the Bweyogerere-Kirinya road, where floodwater regularly cuts off homes during the rains, shopkeeper Alex Mugerwa said he had voted for Mukasa because she promised to fix drainage.

“She said it many times during the campaign. Now we will see,” he said.

Tumwine, who leads a boda boda riders' association in the area, said he would not challenge the result. “The people have chosen. I will keep working with the riders,” he told Wakiso Weekly.

Mukasa, a former Kira municipal councillor, told supporters after her win that “this seat belongs to the people of Kira, not to a party”.

## What next

The Electoral Commission will publish the result in the Gazette, after which Mukasa can be sworn in as the area's MP. Any candidate wishing to challenge the result has 30 days from the gazetting to file a petition.

Wakiso Weekly will publish the full station-by-station results for Bweyogerere on our website next week.
"""),
})

STORY_2 = _story("el-JA2", "election", "2026-08-24",
                 [_page(_EL_LIVE_URL, EL_LIVE),
                  _page(_EL_WIRE_URL, EL_WIRE),
                  _page(_EL_PAPER_URL, EL_PAPER),
                  _page(_EL_LOCAL_URL, EL_LOCAL)],
                 [])


# ===========================================================================
# ct-JA3 -- court (PLANTED)
# ===========================================================================
# Facts: on Wednesday 15 July 2026 the High Court of Tanzania, Corruption and Economic Crimes
# Division, in Dar es Salaam (Justice Amina Rashidi Mfinanga) convicted Hamisi Juma
# Mwakalinga, 54, former finance director of Pwani Bulk Terminals Ltd (a partly state-owned
# grain and edible-oil terminal operator at Dar es Salaam port), of two counts of embezzlement,
# one of forgery and one of money laundering, over TSh 4,718,350,000 (about TSh 4.7 billion,
# roughly $1.8 million) paid through 37 false invoices from Kombo General Supplies between
# January 2019 and March 2022. Sentence: 12 years (12 on each embezzlement count, 3 for forgery,
# 10 for money laundering, concurrent); repay the money; two houses in Mbezi Beach and a
# Kigamboni plot forfeited. Co-accused Faraji Selemani Kombo (director of the supplier):
# convicted of money laundering, 5 years. Co-accused Neema Paulo Lyimo (former procurement
# officer): acquitted. Trial opened October 2024; 23 prosecution and 6 defence witnesses.
# Prosecution (Principal State Attorney Doreen Kisanga) asked for a deterrent sentence; the
# embezzlement offence carries up to 20 years. Judgment read from 9:30 a.m. for about four
# hours. Defence advocate Benedict Mrema will lodge a notice of appeal (30 days). PCCB
# investigated.
# PLANTED: the judge's surname spelled "Mfinnanga" by Bahari Television (others "Mfinanga");
# Mwakalinga's former title given as "managing director" by The Coastal Observer (others
# "finance director").
# Legitimate variation: TSh 4.7 billion / Sh4.72 billion / TZS 4,718,350,000 / about $1.8
# million; per-count terms vs the 12 years served; Kombo's 5 years; 20-year maximum; "on
# Wednesday" / "yesterday" / "on 15 July"; names in full/short; Mrema's quote cut at different
# places.

_CT_IMG = "/images/2026/07/court-dar-es-salaam.jpg"

_CT_WIRE_URL = "https://scna.example/news/tanzania-port-firm-ex-finance-chief-jailed-12-years"
CT_WIRE = _wire_page({
    "site": "Swahili Coast News Agency", "domain": "scna.example",
    "url": _CT_WIRE_URL,
    "headline": "Tanzanian court jails former port firm finance chief for 12 years over $1.8 mln fraud",
    "description": "A Dar es Salaam court convicted a former finance director of Pwani Bulk Terminals of embezzlement and money laundering.",
    "section": "Africa", "keywords": ["Tanzania", "corruption", "courts", "Dar es Salaam port"],
    "authors": ["Zuhura Mbwana"],
    "published": "2026-07-15T14:20:00+03:00", "modified": "2026-07-15T16:05:00+03:00",
    "dateline": "DAR ES SALAAM, July 15",
    "dateline_display": "July 15, 2026 11:20 AM GMT · Updated July 15, 2026 1:05 PM GMT",
    "image": (_CT_IMG, "Court building in Dar es Salaam",
              "A view of the court building in Dar es Salaam, Tanzania.",
              "SCNA/Abdallah Nyoni"),
    "credits": "Reporting by Zuhura Mbwana; Editing by Marcus Feld",
    "related": [
        ("/news/tanzania-port-concession-review", "Tanzania reviews port operating contracts after audit"),
        ("/news/pccb-annual-report-2026", "Tanzania anti-graft bureau reports rise in recovered assets"),
        ("/news/kenya-court-procurement-ruling", "Kenyan court halts disputed procurement tender"),
    ],
    "body": _paras("""
A Tanzanian court on Wednesday sentenced a former finance director of a partly state-owned port terminal operator to 12 years in prison for embezzling about 4.7 billion shillings ($1.8 million) through invoices for work that was never done.

Justice Amina Mfinanga of the High Court's Corruption and Economic Crimes Division found Hamisi Juma Mwakalinga, 54, guilty of two counts of embezzlement, one of forgery and one of money laundering, and ordered him to repay the money.

Mwakalinga was the finance director of Pwani Bulk Terminals Ltd, which handles grain and edible-oil cargoes at Dar es Salaam port, during the period covered by the charges, from January 2019 to March 2022.

Prosecutors said he approved 37 invoices from a supplier, Kombo General Supplies, for maintenance of conveyor equipment and storage silos that was either never carried out or billed several times over.

The supplier's director, Faraji Selemani Kombo, was convicted of money laundering and sentenced to five years. A third defendant, former procurement officer Neema Paulo Lyimo, was acquitted after the judge found the prosecution had not shown she knew the invoices were false.

Mfinanga said the evidence, including bank records tracing transfers from the supplier's account to accounts controlled by Mwakalinga's relatives, was “consistent and unshaken in cross-examination”.

The court also ordered the forfeiture of two houses in Dar es Salaam's Mbezi Beach area and a plot in Kigamboni, which it said were bought with the proceeds.

Prosecutors had asked for a deterrent sentence. The embezzlement offence carries a maximum penalty of 20 years.

Mwakalinga's lawyer, Benedict Mrema, said his client would appeal. “We respect the court, but we believe the evidence on the money trail was circumstantial,” he told reporters outside the courtroom.

Defence lawyers had argued during the trial that the transfers to his relatives were loan repayments and proceeds of family farming businesses, an account the judge rejected.

The case was investigated by the Prevention and Combating of Corruption Bureau (PCCB), which has made recovering stolen public money a priority and has brought a series of cases involving state-linked companies since 2023.

The trial opened in October 2024 and heard 23 prosecution witnesses and six for the defence. Reading the judgment took about four hours.

Pwani Bulk Terminals, in which the government holds a majority stake, said in a statement that it had tightened payment approvals since the fraud came to light, including requiring two directors to sign off on supplier payments above 50 million shillings.

Tanzania's port has been at the centre of government efforts to attract private investment and speed up cargo handling, and audits of port-linked firms have become politically sensitive.

During the trial, a company accountant testified that she had raised questions about the size of the maintenance bills in 2021 but was told by Mwakalinga that the payments had been cleared by the board. The board's former chairperson told the court it had never discussed the contracts.

Kombo's lawyer said his client was considering whether to appeal. Lyimo left the court with her family without speaking to reporters.
"""),
})

_CT_PAPER_URL = "https://coastalobserver-tz.example/news/ex-pwani-terminals-boss-gets-12-years"
CT_PAPER = _paper_page({
    "site": "The Coastal Observer", "domain": "coastalobserver-tz.example",
    "publisher": "Observer Newspapers Tanzania Ltd",
    "url": _CT_PAPER_URL,
    "headline": "Ex-Pwani Terminals boss gets 12 years, must repay Sh4.72bn",
    "description": "Court convicts former managing director Hamisi Mwakalinga on four counts; co-accused procurement officer walks free.",
    "section": "National", "keywords": ["PCCB", "Corruption", "Courts", "Ports"],
    "authors": ["Salma Issa Mfaume"],
    "published": "2026-07-16T06:00:00+03:00",
    "topbar": "Thursday, July 16, 2026",
    "dateline_display": "Thursday, July 16, 2026",
    "readtime": "5 min read",
    "image": (_CT_IMG, "Hamisi Mwakalinga being escorted from court",
              "Former Pwani Bulk Terminals managing director Hamisi Juma Mwakalinga (centre) is escorted by prison officers after sentencing in Dar es Salaam yesterday.",
              "Photo: Coastal Observer/Ramadhani Kilindo"),
    "related_title": "Related stories",
    "related": [
        ("/news/pccb-charges-port-officials-2024", "PCCB charges three over port terminal invoices"),
        ("/news/pwani-terminals-board-changes", "Pwani Terminals board tightens payment rules"),
        ("/news/economic-crimes-division-backlog", "Economic crimes division clears record number of cases"),
    ],
    "body": _paras("""
The High Court's Corruption and Economic Crimes Division yesterday sentenced Hamisi Juma Mwakalinga, the former managing director of Pwani Bulk Terminals Limited, to 12 years in jail after convicting him of stealing Sh4.72 billion from the company.

Justice Amina Rashidi Mfinanga also ordered Mwakalinga, 54, to refund the money and directed that two houses at Mbezi Beach and a plot at Kigamboni be forfeited to the government.

In a judgment that took about four hours to read, starting at 9.30am, the judge found him guilty of two counts of embezzlement, one count of forgery and one of money laundering.

She handed him 12 years on each of the embezzlement counts, three years for forgery and 10 years for money laundering. The sentences will run concurrently, meaning he will serve 12 years.

The court heard that between January 2019 and March 2022, the company paid Sh4,718,350,000 against 37 invoices from Kombo General Supplies, a firm that claimed to have repaired conveyor belts and silos at the terminal.

Engineers from the company told the court that much of the work listed on the invoices was never done, while other jobs were billed two or three times.

## Co-accused

The director of Kombo General Supplies, Faraji Selemani Kombo, was convicted of money laundering and jailed for five years.

Former procurement officer Neema Paulo Lyimo was acquitted. Justice Mfinanga said the prosecution had not proved that Ms Lyimo knew the invoices were false when she processed them. Her relatives broke into song outside the courtroom after the verdict.

Principal State Attorney Doreen Kisanga, who led the prosecution, had urged the court to impose a sentence that would deter others in positions of trust. The offence of embezzlement attracts a maximum of 20 years in prison.

In mitigation, the defence told the court that Mwakalinga was a first offender, a father of four and that he suffered from high blood pressure.

Justice Mfinanga said she had taken into account that Mwakalinga was a first offender, but that the size of the loss and the abuse of a position of trust called for a prison term that would send a clear message. Mwakalinga was taken to prison immediately after the sentence was read.

Kombo's lawyer, Advocate Sabra Juma, said her client would study the judgment before deciding whether to appeal.

## Appeal

Speaking after the judgment, defence advocate Benedict Mrema said: “We respect the court, but we believe the evidence on the money trail was circumstantial, and we will be lodging a notice of appeal within the time allowed.”

A notice of appeal must be filed within 30 days of the judgment.

The case was investigated by the Prevention and Combating of Corruption Bureau (PCCB) and went to trial in October 2024. The prosecution called 23 witnesses, while six testified for the defence.

Justice Mfinanga said bank statements showing money moving from the supplier's account into accounts held by Mwakalinga's relatives were “consistent and unshaken in cross-examination”.

Pwani Bulk Terminals, majority-owned by the government, said it had since introduced a rule that any supplier payment above Sh50 million must be approved by two directors.
"""),
})

_CT_TV_URL = "https://baharitv.example/habari/2026/07/15/mwakalinga-jailed-pwani-terminals-fraud"
CT_TV = _broadcast_page({
    "site": "Bahari Television", "domain": "baharitv.example",
    "url": _CT_TV_URL,
    "headline": "Former Pwani Terminals finance director jailed for 12 years",
    "description": "Hamisi Mwakalinga was convicted of embezzling more than 4.7 billion shillings from the port terminal operator.",
    "section": "News", "keywords": ["Mahakama", "PCCB", "Dar es Salaam", "corruption"],
    "authors": ["Baraka Mwinyi"],
    "published": "2026-07-15T21:10:00+03:00",
    "dateline_display": "15 July 2026 | 21:10",
    "image": ("/media/2026/07/mwakalinga-court-still.jpg", "Video still outside the court",
              "Relatives of the accused wait outside the court in Dar es Salaam on Wednesday.",
              "Bahari TV"),
    "related_title": "Most watched",
    "related": [
        ("/habari/2026/07/14/port-congestion-trucks-kurasini", "Truck queues return at Kurasini as grain imports rise"),
        ("/habari/2026/07/13/pccb-whistleblower-line", "PCCB launches new whistleblower hotline"),
        ("/habari/2026/07/12/zanzibar-court-land-dispute", "Zanzibar court rules in long-running land dispute"),
    ],
    "body": _paras("""
The High Court in Dar es Salaam has sentenced Hamisi Juma Mwakalinga, the former finance director of Pwani Bulk Terminals, to 12 years in prison for embezzling more than 4.7 billion Tanzanian shillings from the company.

Delivering judgment on Wednesday in the Corruption and Economic Crimes Division, Justice Amina Mfinnanga said the prosecution had proved beyond reasonable doubt that Mwakalinga approved payments for 37 false invoices between 2019 and 2022.

The money, equivalent to about 1.8 million US dollars, was paid to Kombo General Supplies for repairs to conveyors and silos at the company's terminal in Dar es Salaam port.

Judge Mfinnanga ordered Mwakalinga to return the money and ordered two of his houses in Mbezi Beach and a plot in Kigamboni to be handed over to the government.

Bahari Television's court reporter said Mwakalinga showed no emotion as the sentence was read, while relatives seated behind him wept.

He was led out of the courtroom by prison officers a few minutes later.

The director of the supplier company, Faraji Selemani Kombo, was found guilty of money laundering and sentenced to five years in jail. The third accused, Neema Paulo Lyimo, who worked in the company's procurement department, was acquitted and released.

## Defence to appeal

The defence says it will challenge the decision at the Court of Appeal. Advocate Benedict Mrema told Bahari Television that the defence did not agree with how the court treated the financial evidence.

“We believe the evidence on the money trail was circumstantial, and we will be lodging a notice of appeal within the time allowed,” Mrema said.

State attorneys had asked the court to give a heavy sentence as a lesson to other public officials. Under the law, embezzlement is punishable by up to 20 years in jail.

## A long investigation

The case began after auditors raised questions about the company's maintenance spending in 2022. The Prevention and Combating of Corruption Bureau took over the investigation, and the three were charged in 2024. The trial started that October.

Over almost two years, the court heard from 23 witnesses called by the prosecution and six called by the defence.

A PCCB official in Dar es Salaam, who spoke on condition of anonymity because he was not authorised to comment, said the bureau would now move to trace any other assets linked to the fraud.

Members of the public who gathered outside the court welcomed the sentence. “This is money that should have built roads and schools,” said Rehema Said, a trader from Temeke who had followed the case.

Legal analysts say the Court of Appeal usually takes more than a year to hear such cases. In the meantime, Mwakalinga will remain in prison unless he is granted bail pending appeal, which is rarely allowed in economic crimes cases.

The judgment was read from half past nine in the morning and took about four hours to deliver.

Pwani Bulk Terminals, which is majority owned by the government, handles imports of wheat, maize and cooking oil. The company says it has changed its rules on payments since the fraud was discovered.
"""),
})

_CT_LETTER_URL = "https://mahakamadigest.example/2026/07/17/republic-v-mwakalinga-and-two-others"
CT_LETTER = _newsletter_page({
    "site": "Mahakama Digest", "domain": "mahakamadigest.example",
    "url": _CT_LETTER_URL,
    "headline": "Republic v Mwakalinga and two others: what the judgment says",
    "description": "A close reading of the Economic Crimes Division's judgment in the Pwani Bulk Terminals invoice fraud case.",
    "section": "Case notes", "keywords": ["Economic Crimes Division", "embezzlement", "money laundering", "sentencing"],
    "authors": ["Adv. Lucy Mushi"],
    "published": "2026-07-17T08:00:00+03:00",
    "issue": "Weekly case notes, No. 88",
    "dateline_display": "17 July 2026",
    "tagline": "Tanzanian court decisions explained, for practitioners and the curious.",
    "sponsor": "Mahakama Digest is supported by Kilima Legal Research. Searchable Tanzanian case law for chambers and firms.",
    "image": ("/img/2026/07/gavel-files.jpg", "Case files on a desk",
              "Case files on a desk. Illustration photo.",
              "Mahakama Digest"),
    "related_title": "Recent case notes",
    "related": [
        ("/2026/07/10/court-of-appeal-forfeiture-standard", "Court of Appeal on forfeiture: the standard of proof"),
        ("/2026/07/03/plea-bargaining-economic-cases", "Plea bargaining in economic cases: a two-year review"),
        ("/2026/06/26/bail-in-money-laundering", "Bail in money-laundering cases after the 2025 amendments"),
    ],
    "body": _paras("""
On Wednesday, 15 July, Justice Amina Rashidi Mfinanga delivered judgment in one of the longest-running cases on the Economic Crimes Division's docket: the prosecution of three people over payments by Pwani Bulk Terminals Ltd to a maintenance contractor. This note summarises the findings and the sentence, and flags what to expect on appeal.

## The facts in brief

The first accused, Hamisi Juma Mwakalinga, was the company's finance director from 2017. Between January 2019 and March 2022, the company paid TZS 4,718,350,000 to Kombo General Supplies on 37 invoices for work on conveyors and storage silos. The prosecution's case was that the work was largely fictitious and that Mwakalinga approved the payments knowing this. The second accused, Faraji Selemani Kombo, ran the supplier. The third, Neema Paulo Lyimo, processed the purchase orders.

## Findings

The judge accepted the evidence of the company's engineers, who walked the court through the maintenance logs, and of PCCB investigators who traced transfers from the supplier's account to accounts held by Mwakalinga's brother and wife. She described that evidence as “consistent and unshaken in cross-examination”.

Mwakalinga was convicted on all four counts: two of embezzlement, one of forgery and one of money laundering. Kombo was convicted of money laundering only. Lyimo was acquitted; the judge held that a junior officer who processed documents on instructions could not be presumed to know they were false without more.

## Sentence

Mwakalinga received 12 years on each embezzlement count, three years for forgery and ten years for money laundering, all to run concurrently, so the effective term is 12 years. The prosecution, led by Principal State Attorney Doreen Kisanga, had pressed for a deterrent sentence, and the maximum for embezzlement is 20 years. The judge said she had weighed the scale of the loss against the fact that he was a first offender.

Kombo was sentenced to five years. The court ordered Mwakalinga to repay the full TZS 4.72 billion (roughly USD 1.8 million) and confirmed the forfeiture of two houses at Mbezi Beach and a plot at Kigamboni.

## Appeal

Defence counsel Benedict Mrema has said the defence will be “lodging a notice of appeal within the time allowed”, which is 30 days from the judgment. His main argument, judging by his closing submissions, will be that the tracing evidence was circumstantial and did not exclude legitimate sources for the family's property purchases.

Practitioners will also watch how the Court of Appeal treats the forfeiture order, given that the properties were registered in the names of relatives who were not parties to the trial.

Kombo, whose conviction rests largely on the same tracing evidence, has not yet said whether he will appeal. Lyimo's acquittal is unlikely to be challenged by the prosecution, given how firmly the judge rejected the case against her.

## Why it matters

The trial, which opened in October 2024 and heard 23 prosecution and six defence witnesses, is one of the first to reach judgment from the PCCB's recent run of cases involving state-linked companies. Reading the judgment took the best part of a morning, from 9:30am until about 1:30pm.

The full text of the judgment should appear on the Judiciary's online database within a few weeks. We will update this note when it does.
"""),
})

STORY_3 = _story("ct-JA3", "court", "2026-07-19",
                 [_page(_CT_WIRE_URL, CT_WIRE),
                  _page(_CT_PAPER_URL, CT_PAPER),
                  _page(_CT_TV_URL, CT_TV),
                  _page(_CT_LETTER_URL, CT_LETTER)],
                 [("judge's surname", r"mfinanga", r"mfinnanga"),
                  ("defendant's former title", r"finance (director|chief)", r"managing director")])


# ===========================================================================
# tr-JA4 -- trade (PLANTED)
# ===========================================================================
# Facts: Kenya and Ethiopia signed a bilateral preferential trade agreement on Monday 14
# September 2026 in Addis Ababa, at the Ethiopian Ministry of Trade and Regional Integration, at
# 11 a.m. local time (08:00 GMT). Signatories: Kenya's Cabinet Secretary for Investments, Trade
# and Industry Rebecca Nyambura Mutua and Ethiopia's Minister of Trade and Regional Integration
# Tesfaye Alemu Gebre. Duties removed on 312 tariff lines at entry into force; duties on a
# further 146 lines phased out over five years; 58 sensitive lines excluded (516 lines covered
# in the schedules). Entry into force 1 January 2027, after ratification by both parliaments.
# Rules of origin: 40% regional value content. Bilateral trade 2025: $598 million (Kenyan exports
# $455m, Ethiopian exports $143m); 2024: $531 million. Target $1.2 billion by 2030. Moyale
# one-stop border post to open 24 hours a day from 1 October 2026.
# PLANTED: Rift Valley Broadcasting Service gives entry into force as 1 July 2027 (others
# 1 January 2027); Corridor Trade Notes says duties go on 458 lines immediately (others 312).
# Legitimate variation: $598 million / about KSh 77 billion / nearly 600 million dollars;
# Kenyan exports vs total; 2024 vs 2025; 2030 target; Moyale opening date (a different date);
# 11 a.m. vs 08:00 GMT; "Monday" / "on 14 September" / "yesterday"; Ethiopian minister as
# "Tesfaye Alemu Gebre" / "Mr Tesfaye" / "Minister Tesfaye"; Mutua's quote cut differently.

_TR_IMG = "/photos/2026/09/kenya-ethiopia-trade-signing.jpg"

_TR_WIRE_URL = "https://hornbizwire.example/trade/kenya-ethiopia-sign-preferential-trade-pact"
TR_WIRE = _wire_page({
    "site": "Horn Business Wire", "domain": "hornbizwire.example",
    "url": _TR_WIRE_URL,
    "headline": "Kenya, Ethiopia sign trade pact scrapping duties on hundreds of goods",
    "description": "The agreement removes tariffs on 312 product lines once it takes effect and aims to double bilateral trade by 2030.",
    "section": "Trade", "keywords": ["Kenya", "Ethiopia", "trade", "tariffs", "Moyale"],
    "authors": ["Selamawit Bekele", "Kevin Ochieng"],
    "published": "2026-09-14T15:30:00+03:00",
    "dateline": "ADDIS ABABA, Sept 14",
    "dateline_display": "Monday, September 14, 2026, 12:30 GMT",
    "image": (_TR_IMG, "Ministers exchange signed documents",
              "Kenya's Trade Cabinet Secretary Rebecca Nyambura Mutua and Ethiopia's Trade Minister Tesfaye Alemu Gebre exchange documents in Addis Ababa.",
              "Horn Business Wire/Dawit Haile"),
    "credits": "Reporting by Selamawit Bekele in Addis Ababa and Kevin Ochieng in Nairobi; Editing by Laura Pirelli",
    "related": [
        ("/trade/ethiopia-wto-accession-talks", "Ethiopia resumes WTO accession talks"),
        ("/trade/kenya-afcfta-exports", "Kenyan exporters test free-trade area rules"),
        ("/logistics/lamu-corridor-road-works", "Works resume on Lamu corridor road link"),
    ],
    "body": _paras("""
Kenya and Ethiopia signed a preferential trade agreement on Monday that will remove import duties on 312 tariff lines when it comes into force, as the neighbours try to lift commerce that has long lagged the size of their economies.

The deal was signed at 11 a.m. at Ethiopia's Ministry of Trade and Regional Integration in Addis Ababa by Kenya's Cabinet Secretary for Investments, Trade and Industry, Rebecca Nyambura Mutua, and Ethiopian Trade Minister Tesfaye Alemu Gebre.

It will take effect on Jan. 1, 2027, provided both parliaments ratify it before then, officials said.

Duties on a further 146 tariff lines will be reduced in stages and eliminated over five years, while 58 lines, including sugar, wheat flour and some steel products, are excluded as sensitive, according to a summary of the schedules shared with reporters.

Trade between the two countries was worth $598 million in 2025, up from $531 million a year earlier, according to figures cited by the ministers. Kenyan exports, led by medicines, edible oils, plastics and steel products, made up $455 million of that, while Ethiopia sold goods worth $143 million to Kenya, mostly pulses, coffee, live animals and leather.

The two governments said they hoped to reach $1.2 billion in annual trade by 2030.

“Ethiopia is a market of more than 120 million people sitting right next door, and for too long our traders have paid more to cross Moyale than to ship goods to Europe,” Mutua said at the ceremony.

Tesfaye said the agreement would help Ethiopian farmers and manufacturers find buyers in Kenya and use Kenyan ports. “This agreement is about lorries and farmers, not only about governments,” he said.

To qualify for lower duties, goods must contain at least 40% value added in either country.

Kenya runs a large trade surplus with Ethiopia, and Ethiopian officials have pushed for better access for their farm goods as part of wider efforts to earn more foreign currency.

Officials also announced that the one-stop border post at Moyale, the main crossing on the road linking the two capitals, will operate 24 hours a day from Oct. 1, a change traders have sought for years to cut queues of lorries on both sides.

Both countries are members of the Common Market for Eastern and Southern Africa and of the African Continental Free Trade Area, but progress on cutting tariffs under those wider arrangements has been slow. Ethiopia is not a member of the East African Community, whose common external tariff applies to Kenyan imports from outside the bloc.

Analysts said the deal's impact would depend on how quickly customs agencies applied the new rates at the border. “The tariff schedule is the easy part. What traders care about is whether a truck clears Moyale in two hours or two days,” said Hirut Abebe Tadesse, a trade consultant in Addis Ababa.

The agreement still has to be approved by Kenya's National Assembly and Ethiopia's House of Peoples' Representatives.

The two countries are also linked by the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor project, which is meant to give Ethiopia a second outlet to the sea through Kenya.
"""),
})

_TR_PAPER_URL = "https://addischronicle.example/business/ethiopia-kenya-trade-agreement-signed"
TR_PAPER = _paper_page({
    "site": "The Addis Chronicle", "domain": "addischronicle.example",
    "publisher": "Chronicle Media PLC",
    "url": _TR_PAPER_URL,
    "headline": "Ethiopia, Kenya seal trade deal as Moyale crossing goes round-the-clock",
    "description": "Agreement signed in Addis Ababa removes duties on 312 tariff lines from January 2027 and phases out others over five years.",
    "section": "Business", "keywords": ["Trade", "Kenya", "Moyale", "Exports"],
    "authors": ["Meron Tesfaye Alemayehu"],
    "published": "2026-09-15T08:00:00+03:00",
    "topbar": "Tuesday, September 15, 2026",
    "dateline_display": "September 15, 2026",
    "readtime": "6 min read",
    "image": (_TR_IMG, "Trucks at the Moyale border post",
              "Lorries wait to cross at the Moyale one-stop border post. The crossing will operate 24 hours a day from October 1.",
              "Chronicle/Yonas Girma"),
    "related_title": "Business news",
    "related": [
        ("/business/coffee-export-earnings-2025-26", "Coffee export earnings hit new high"),
        ("/business/djibouti-corridor-tariffs", "Traders call for lower Djibouti corridor charges"),
        ("/business/industrial-parks-output", "Industrial parks report rise in output"),
    ],
    "body": _paras("""
Ethiopia and Kenya yesterday signed a bilateral preferential trade agreement that will scrap customs duties on 312 tariff lines from 1 January 2027, in what officials on both sides described as the most significant step in their economic relations in decades.

Minister of Trade and Regional Integration Tesfaye Alemu Gebre and Kenya's Cabinet Secretary for Investments, Trade and Industry Rebecca Nyambura Mutua signed the document at the ministry's headquarters in Addis Ababa, in the presence of diplomats and business leaders from both countries.

Under the agreement, duties on another 146 tariff lines will be phased out over a five-year period, while 58 lines considered sensitive by one or both countries will remain outside the deal. The agreement needs ratification by the House of Peoples' Representatives and Kenya's National Assembly before it can take effect at the start of 2027.

Minister Tesfaye told the gathering that Ethiopian exporters of pulses, oilseeds, leather and coffee would gain easier access to a market of more than 50 million consumers, and that Ethiopian manufacturers in industrial parks would be able to source inputs from Kenya more cheaply.

“This agreement is about lorries and farmers, not only about governments. When a farmer in Borena can sell in Nairobi without paying twice at the border, that is when we will have succeeded,” he said.

## Trade imbalance

Bilateral trade reached $598 million in 2025, of which Ethiopia's exports to Kenya accounted for only $143 million. At current exchange rates, the total is worth roughly 79 billion birr. Kenya sold Ethiopia goods worth $455 million, largely pharmaceuticals, edible oils, plastics and iron and steel.

Economists have long pointed to the imbalance as a concern. Officials said they hoped the phased tariff reductions and a 40 percent value-addition rule for goods to qualify would encourage Ethiopian producers to process more of their goods before export.

Cabinet Secretary Mutua said Kenya wanted to buy more from Ethiopia. “Ethiopia is a market of more than 120 million people sitting right next door,” she said, adding that Kenyan firms were also interested in investing in Ethiopian agro-processing.

The two governments set a target of doubling bilateral trade to $1.2 billion by 2030.

## Moyale to open 24 hours

Separately, officials announced that the Moyale one-stop border post will remain open 24 hours a day starting from 1 October this year. Truck drivers currently wait up to two days to clear the crossing, according to the Ethiopian Freight Forwarders Association.

Ato Bereket Alemu, who runs a livestock export business in Moyale, said longer opening hours would matter more to him than tariffs. “Animals lose weight every hour they stand at the border. If the gate is open at night, we can save a lot,” he said.

Ethiopia is not a member of the East African Community, but both countries belong to COMESA and the African Continental Free Trade Area. Experts say bilateral deals can move faster than the wider regional arrangements, where negotiations on rules of origin have dragged on.

Trade between the two countries stood at $531 million in 2024.
"""),
})

_TR_TV_URL = "https://rvbs.example/news/business/kenya-ethiopia-trade-deal-moyale-traders"
TR_TV = _broadcast_page({
    "site": "Rift Valley Broadcasting Service", "domain": "rvbs.example",
    "url": _TR_TV_URL,
    "headline": "Moyale traders cautiously welcome Kenya-Ethiopia trade deal",
    "description": "Kenya and Ethiopia have signed an agreement cutting duties on hundreds of products. Border traders say they want faster clearance first.",
    "section": "Business", "keywords": ["Moyale", "Ethiopia", "trade deal", "border"],
    "authors": ["Abdi Hassan Guyo", "Lillian Jeptoo"],
    "published": "2026-09-14T19:45:00+03:00",
    "dateline_display": "Mon 14 Sep 2026 19:45 EAT",
    "image": ("/img/news/2026/09/moyale-border-lorries.jpg", "Lorries queue at Moyale",
              "Lorries queue on the Kenyan side of the Moyale border on Monday.",
              "RVBS"),
    "related_title": "Most watched",
    "related": [
        ("/news/business/marsabit-livestock-prices", "Livestock prices rise in Marsabit as rains return"),
        ("/news/business/isiolo-moyale-road-maintenance", "Isiolo-Moyale highway repairs to start next month"),
        ("/news/business/kenya-exports-second-quarter", "Kenya's exports rise in second quarter"),
    ],
    "body": _paras("""
Traders at the Moyale border have given a cautious welcome to a trade agreement signed by Kenya and Ethiopia in Addis Ababa on Monday, saying lower duties will mean little unless clearing goods at the crossing becomes faster.

The preferential trade agreement, signed by Trade Cabinet Secretary Rebecca Nyambura Mutua and her Ethiopian counterpart, Tesfaye Alemu Gebre, removes import duties on 312 categories of goods as soon as it takes effect on 1 July 2027. Duties on another 146 tariff lines will be phased out over five years.

Some products, including sugar and wheat flour, have been left out of the deal to protect local producers.

Officials said the full list of products would be published once both parliaments have ratified the deal.

Speaking after the signing ceremony, CS Mutua said Kenyan exporters had been paying too much to reach their northern neighbour. “For too long our traders have paid more to cross Moyale than to ship goods to Europe,” she said.

## ‘We need the gate open’

In Moyale town, many traders said their biggest problem was the time it takes to move goods across. Halima Wario, who sells cooking oil and soap to Ethiopian buyers, said lorries sometimes waited for two days.

“The duty is one thing, but when my goods sit at the border, I lose customers. If they open at night, that will help us more than anything,” she said.

Officials announced on Monday that the Moyale one-stop border post will operate 24 hours a day from 1 October. At present the crossing closes in the evening.

Moyale straddles the border, with Kenyan and Ethiopian sides that share markets, families and a busy trade in livestock, fuel and household goods. Much of that trade is informal and does not appear in official statistics.

Kenya's exports to Ethiopia were worth 455 million US dollars last year, more than three times the 143 million dollars' worth of goods Ethiopia sold to Kenya. Total trade between the two countries stood at 598 million dollars in 2025, or about 77 billion shillings.

The governments hope to double that figure to 1.2 billion dollars by 2030.

## Rules for exporters

To benefit from the lower duties, goods must have at least 40 per cent of their value added in Kenya or Ethiopia. Kenya Association of Manufacturers officials said this would prevent goods from third countries being relabelled and sent across the border duty-free.

Ethiopian officials said the deal would also make it easier for Ethiopian exporters to use Kenya's ports, particularly Lamu, as an alternative to Djibouti, through which most of landlocked Ethiopia's trade passes.

The agreement must still be ratified by Parliament in Nairobi and by Ethiopia's House of Peoples' Representatives.

Economist Daniel Kiprop Rotich said the deal could help Kenyan manufacturers who have struggled in markets within the East African Community. “Ethiopia is big, it is growing and it is right next door. The question is whether our firms are ready to compete there,” he said.

Back in Moyale, livestock trader Galgalo Jillo was more direct. “We have heard about agreements before. Show us the trucks moving,” he said.
"""),
})

_TR_LETTER_URL = "https://corridortrade.example/notes/kenya-ethiopia-pta-first-read"
TR_LETTER = _newsletter_page({
    "site": "Corridor Trade Notes", "domain": "corridortrade.example",
    "url": _TR_LETTER_URL,
    "headline": "Kenya-Ethiopia PTA: a first read for exporters",
    "description": "What the new preferential trade agreement between Kenya and Ethiopia changes, and what it does not.",
    "section": "Trade notes", "keywords": ["PTA", "rules of origin", "Moyale", "LAPSSET"],
    "authors": ["Naomi Chelangat", "Yared Worku"],
    "published": None,
    "issue": "Corridor Trade Notes · Issue 57",
    "dateline_display": "Wednesday, 16 September 2026",
    "tagline": "Practical trade intelligence for the Northern and LAPSSET corridors.",
    "sponsor": "Sponsored: Jabali Freight. Bonded trucking from Mombasa and Lamu to Moyale and beyond.",
    "image": ("/assets/issues/57/moyale-map.png", "Map of the Moyale crossing",
              "The Nairobi-Addis Ababa road corridor and the Moyale crossing.",
              "Map: Corridor Trade Notes"),
    "related_title": "Earlier issues",
    "related": [
        ("/notes/moyale-osbp-one-year-on", "Moyale one-stop border post: one year on"),
        ("/notes/afcfta-rules-of-origin-update", "AfCFTA rules of origin: what changed this year"),
        ("/notes/lamu-port-ethiopia-cargo", "Can Lamu win Ethiopian cargo?"),
    ],
    "body": _paras("""
On Monday 14 September, Kenya's Trade Cabinet Secretary Rebecca Nyambura Mutua and Ethiopia's Minister of Trade and Regional Integration Tesfaye Alemu Gebre signed a bilateral preferential trade agreement (PTA) in Addis Ababa. We have been through the summary schedules shared with the press. Here is what matters for exporters on both sides of the border.

## Tariffs

The headline: duties on 458 tariff lines will go to zero as soon as the agreement takes effect on 1 January 2027. That is a large share of what actually moves across the border today, including processed foods, plastics, soaps and detergents, and many building materials on the Kenyan side, and pulses, oilseeds and hides on the Ethiopian side.

Fifty-eight lines are excluded as sensitive. Sugar and wheat flour are the ones most traders will notice. Some steel products are also out, which will disappoint a few Kenyan mills that had lobbied for inclusion.

Duty-free treatment applies only to goods that meet the origin rules below, so do not assume every consignment in a listed category will clear at zero.

## Rules of origin

Goods need 40% value added in Kenya or Ethiopia to qualify. This is simpler than the product-specific rules still being negotiated under the African Continental Free Trade Area, and in our view it is the most useful part of the deal for small manufacturers. Keep your costing records: customs on both sides will ask for them.

## Moyale

From 1 October the Moyale one-stop border post will run 24 hours a day. If you move perishables or livestock, this will probably matter to you sooner than the tariff cuts. CS Mutua made the point bluntly at the signing, saying traders had “paid more to cross Moyale than to ship goods to Europe”.

## The numbers

Bilateral trade was $598 million in 2025, against $531 million in 2024. Kenya accounted for $455 million of that as exporter; Ethiopia's sales to Kenya were $143 million. The two governments want to reach $1.2 billion a year by 2030, which would require roughly 15% annual growth. Not impossible, but not something a tariff schedule delivers on its own.

Minister Tesfaye framed the agreement as a deal for producers rather than officials: “This agreement is about lorries and farmers, not only about governments.”

## Who gains

On the Kenyan side, makers of edible oils, plastics and medicines are best placed, because they already account for much of what Kenya sells to Ethiopia. On the Ethiopian side, exporters of pulses, oilseeds, leather and coffee have the most to gain, although the excluded list means Ethiopian sugar will still face full duty in Kenya.

## What to do now

No duty rate changes until both parliaments ratify the agreement and it enters into force. In the meantime, we suggest three things. First, check whether your products appear in the tariff schedules when the full text is published. Second, review your supply chain against the 40% rule. Third, talk to your clearing agent about night crossings at Moyale from October.

We will publish a line-by-line guide once the full schedules are out. If you have questions you want us to answer, reply to this email.

Naomi and Yared
"""),
})

STORY_4 = _story("tr-JA4", "trade", "2026-09-18",
                 [_page(_TR_WIRE_URL, TR_WIRE),
                  _page(_TR_PAPER_URL, TR_PAPER),
                  _page(_TR_TV_URL, TR_TV),
                  _page(_TR_LETTER_URL, TR_LETTER)],
                 [("entry into force date", r"january 2027|jan\. 1, 2027|start of 2027", r"july 2027"),
                  ("tariff lines duty-free at entry into force", r"\b312\b", r"\b458\b")])


# ===========================================================================
# rk-JA5 -- rocket (PLANTED)
# ===========================================================================
# Facts: Nairobi start-up Kilele Aerospace flew its two-stage solid-fuel sounding rocket
# Twiga-1 from the Luigi Broglio Space Centre at Ngomeni, near Malindi (Kilifi County, Kenya),
# on Thursday 19 November 2026. Liftoff 06:42 EAT (03:42 GMT). Apogee 104 km (about 65 miles),
# just above the 100 km Karman line, about three minutes after liftoff; about three minutes of
# microgravity. Rocket 9.4 m tall; 45 kg payload (about 99 lb) with three experiments (a
# University of Nairobi seed-germination study, a JKUAT radiation sensor, Kilele's own
# navigation unit). Payload splashed down under parachute about 13 minutes after liftoff, 61 km
# off the coast; recovered by boat at 9:15 a.m. First attempt on Tuesday 17 November scrubbed
# about 15 minutes before the 06:30 window because of upper-level winds. Previous test:
# single-stage Twiga-S reached 38 km in March 2025. CEO and co-founder Dr Esther Wanjiku Koech;
# Kenya Space Agency Director General Hassan Mohamed Abdi. Kilele has raised KSh 1.9 billion
# (about $14.7 million). Next: Twiga-2 in the second half of 2027, payload up to 80 kg.
# PLANTED: Malindi Coast Online gives liftoff as 7:42 a.m. (others 06:42 EAT / 03:42 GMT);
# The Kenya Daily Sentinel gives the apogee as 124 km (others 104 km).
# Legitimate variation: local time vs GMT; the Tuesday scrub and its 06:30 window; 9:15 a.m.
# recovery; 100 km line and the 2025 38 km test; 104 km vs 65 miles; 45 kg vs 99 lb; KSh vs $;
# "near Malindi" / "Ngomeni, Kilifi County" / "about 30 km north of Malindi"; "Thursday" /
# "yesterday" / "19 November"; Koech's quote cut at different places.

_RK_IMG = "/images/2026/11/twiga-1-liftoff.jpg"

_RK_LIVE_URL = "https://spacewatch-africa.example/live/twiga-1-launch-malindi"
RK_LIVE = _liveblog_page({
    "site": "SpaceWatch Africa", "domain": "spacewatch-africa.example",
    "url": _RK_LIVE_URL,
    "headline": "Live: Kilele Aerospace's Twiga-1 launch from Malindi",
    "description": "Live coverage of the second attempt to launch Kenya's Twiga-1 sounding rocket from the Luigi Broglio Space Centre.",
    "section": "Launches", "keywords": ["Kilele Aerospace", "Twiga-1", "Malindi", "sounding rocket", "Kenya Space Agency"],
    "authors": ["Tendai Moyo"],
    "published": "2026-11-19T05:50:00+03:00", "modified": "2026-11-19T09:40:00+03:00",
    "dateline_display": "19 November 2026 · last update 09:40 EAT",
    "image": (_RK_IMG, "Twiga-1 lifts off",
              "Twiga-1 lifts off from the Luigi Broglio Space Centre near Malindi on Thursday morning.",
              "Image: Kilele Aerospace"),
    "key_points": [
        "Twiga-1 lifted off at 06:42 EAT (03:42 GMT)",
        "Rocket reached an apogee of 104 km, above the 100 km line",
        "Payload recovered from the sea at 9:15am",
    ],
    "related_title": "More from SpaceWatch Africa",
    "related": [
        ("/news/twiga-1-scrub-winds", "Twiga-1 launch scrubbed over high-altitude winds"),
        ("/news/broglio-space-centre-explainer", "Explainer: the launch site on Kenya's coast"),
        ("/news/african-launch-startups-2026", "The African launch start-ups to watch"),
    ],
    "entries": [
        ("09:40", "2026-11-19T09:40:00+03:00", "Payload is back on land", [
            "The recovered payload capsule has been brought ashore at Ngomeni. Kilele says the seed samples from the University of Nairobi and the radiation sensor from JKUAT look intact. The boat crew picked the capsule out of the water at 9:15am, about 61 km off the coast.",
            "That wraps up our live coverage. Thanks for following along this morning.",
        ]),
        ("07:25", "2026-11-19T07:25:00+03:00", "“Today it touched space”", [
            "Kilele CEO Dr Esther Wanjiku Koech has just spoken to the team and reporters at the centre: “Every number we saw this morning was inside our predictions. We built this rocket in Kenya, with Kenyan engineers, and today it touched space.”",
            "Kenya Space Agency Director General Hassan Mohamed Abdi called it “a proud morning for the country”.",
        ]),
        ("07:05", "2026-11-19T07:05:00+03:00", "Space agency confirms", [
            "The Kenya Space Agency has issued a short statement confirming that the flight passed the 100 km line, which it says makes Kilele the first Kenyan company to reach space. Director General Hassan Mohamed Abdi says the agency will publish guidance for other companies that want to fly from the Broglio centre.",
        ]),
        ("06:58", "2026-11-19T06:58:00+03:00", "Splashdown", [
            "Recovery team reports the payload splashed down under its parachute roughly 13 minutes after liftoff. A boat is heading out to collect it.",
        ]),
        ("06:46", "2026-11-19T06:46:00+03:00", "Apogee: 104 km", [
            "Kilele's mission control confirms the payload reached an apogee of 104 km, about 65 miles, roughly three minutes into the flight. That is just above the 100 km line that is commonly used to mark the edge of space.",
            "For comparison, the company's single-stage Twiga-S test vehicle reached 38 km in March 2025.",
            "The three experiments on board should now be getting about three minutes of microgravity.",
        ]),
        ("06:44", "2026-11-19T06:44:00+03:00", "Stage separation, payload free", [
            "Second-stage burnout confirmed. The payload has separated from the spent stage as planned, and telemetry is still coming in strong.",
        ]),
        ("06:42", "2026-11-19T06:42:00+03:00", "LIFTOFF!", [
            "Twiga-1 is off the pad at 06:42 EAT (03:42 GMT). First-stage burn looks clean, second stage ignited on schedule.",
        ]),
        ("06:35", "2026-11-19T06:35:00+03:00", "Final poll: go for launch", [
            "Range is green, weather is green. Kilele's flight director has polled the team, and every station has answered go. Spectators on the beach at Ngomeni have been asked to stay behind the marked line.",
        ]),
        ("06:20", "2026-11-19T06:20:00+03:00", "Winds are acceptable", [
            "Good news: the upper-level winds that forced Tuesday's scrub are within limits this morning. On Tuesday, the team stood down about 15 minutes before the 06:30 window opened. Today the count is holding for a brief range check, with liftoff now expected at 06:42.",
        ]),
        ("05:50", "2026-11-19T05:50:00+03:00", "Good morning from Ngomeni", [
            "Welcome to our live coverage of the second attempt to launch Twiga-1, a 9.4-metre, two-stage solid-fuel sounding rocket built by Nairobi start-up Kilele Aerospace.",
            "The rocket is carrying a 45 kg payload with three experiments: a seed-germination study from the University of Nairobi, a radiation sensor built by students at Jomo Kenyatta University of Agriculture and Technology (JKUAT), and a navigation unit Kilele designed itself.",
            "The launch is taking place at the Luigi Broglio Space Centre at Ngomeni, near Malindi, a site operated by the Italian Space Agency under an agreement with Kenya. It is the first flight to space from Kenyan soil by a Kenyan company.",
        ]),
    ],
})

_RK_WIRE_URL = "https://equatorialpress.example/science/kenyan-startup-rocket-reaches-space-malindi"
RK_WIRE = _wire_page({
    "site": "Equatorial Press", "domain": "equatorialpress.example",
    "url": _RK_WIRE_URL,
    "headline": "Kenyan start-up's rocket reaches space on second attempt",
    "description": "Kilele Aerospace's Twiga-1 sounding rocket climbed to 104 km after lifting off from the Luigi Broglio Space Centre near Malindi.",
    "section": "Science", "keywords": ["Kenya", "space", "rockets", "Kilele Aerospace"],
    "authors": ["Jacob Mwendwa"],
    "published": "2026-11-19T09:05:00+03:00", "modified": "2026-11-19T11:30:00+03:00",
    "dateline": "MALINDI, Kenya, Nov 19",
    "dateline_display": "19 Nov 2026, 06:05 GMT (updated 08:30 GMT)",
    "image": (_RK_IMG, "Twiga-1 rocket in flight",
              "The Twiga-1 sounding rocket climbs after lifting off near Malindi, Kenya, Nov. 19, 2026.",
              "Equatorial Press/Kilele Aerospace handout"),
    "credits": "Reporting by Jacob Mwendwa; Editing by Sanna Lindqvist",
    "related": [
        ("/science/african-space-budgets", "African governments raise space spending"),
        ("/science/kenya-earth-observation-satellite", "Kenya plans second earth observation satellite"),
        ("/business/kenya-tech-funding-2026", "Kenyan tech start-ups draw record funding"),
    ],
    "body": _paras("""
A rocket built by a Kenyan start-up reached space on Thursday, climbing to an altitude of 104 km (65 miles) before its payload parachuted back into the Indian Ocean, the company said.

Kilele Aerospace's Twiga-1, a two-stage solid-fuel sounding rocket, lifted off at 06:42 local time (0342 GMT) from the Luigi Broglio Space Centre at Ngomeni, about 30 km north of the coastal town of Malindi.

The flight passed the 100 km altitude commonly regarded as the boundary of space, making Kilele the first Kenyan company to send a rocket there, according to the Kenya Space Agency.

“Every number we saw this morning was inside our predictions,” Kilele's chief executive and co-founder, Esther Wanjiku Koech, told reporters at the launch site.

The launch had been postponed on Tuesday, when strong winds at high altitude forced the team to halt the countdown about 15 minutes before the planned 06:30 start of the launch window.

The 9.4-metre rocket carried a 45 kg (99 lb) payload with three experiments, including a study of how seeds germinate after exposure to weightlessness, designed by researchers at the University of Nairobi, and a radiation sensor built by students at Jomo Kenyatta University of Agriculture and Technology.

The experiments experienced about three minutes of microgravity. The payload capsule splashed down about 13 minutes after launch, 61 km offshore, and was recovered by boat at 9:15 a.m., Kilele said.

Engineers at the site cheered as the rocket disappeared into light cloud a few seconds after liftoff, and again when mission control announced that the payload had passed the 100 km mark.

The company's previous test, with a single-stage vehicle called Twiga-S, reached 38 km in March 2025.

The rocket's two solid-fuel motors were cast at Kilele's workshop in Athi River, outside Nairobi, and the company says about 80% of the vehicle's components were made in Kenya. Kilele said it would publish a summary of the flight data within a month.

Founded in 2021, Kilele has raised 1.9 billion Kenyan shillings ($14.7 million) from local and foreign investors. It plans a second flight, Twiga-2, in the second half of 2027, capable of carrying up to 80 kg.

Hassan Mohamed Abdi, director general of the Kenya Space Agency, said the launch showed Kenya could develop launch capabilities of its own rather than relying only on foreign partners. The agency licensed the flight and coordinated with the Italian Space Agency, which runs the Broglio centre under an agreement with Kenya dating back to the 1960s.

Several African countries have launched satellites in recent years, usually on foreign rockets. Kenyan officials have said they want the country to become a regional hub for space services, citing its location near the equator, which gives rockets a boost from the Earth's rotation.

Independent experts said the flight was a meaningful step but that reaching orbit would require far larger rockets and investment. “A sounding rocket to 100 kilometres is a real engineering achievement, but orbit is a different order of difficulty,” said Wambui Nderitu, an aerospace engineer who has advised African space agencies.
"""),
})

_RK_PAPER_URL = "https://sentinel-ke.example/news/science/twiga-1-kenyan-rocket-space-malindi"
RK_PAPER = _paper_page({
    "site": "The Kenya Daily Sentinel", "domain": "sentinel-ke.example",
    "publisher": "Sentinel Newspapers Ltd",
    "url": _RK_PAPER_URL,
    "headline": "Made in Kenya: Twiga-1 rocket soars into space from Malindi",
    "description": "Kilele Aerospace's second attempt succeeds, with the rocket climbing past the edge of space before its payload was recovered at sea.",
    "section": "Science & Tech", "keywords": ["Space", "Kilele Aerospace", "Malindi", "Innovation"],
    "authors": ["Mercy Jelagat", "Hamisi Baya"],
    "published": "2026-11-20T05:30:00+03:00",
    "topbar": "Friday, November 20, 2026",
    "dateline_display": "Friday, November 20, 2026",
    "readtime": "5 min read",
    "image": (_RK_IMG, "Kilele Aerospace engineers celebrate",
              "Kilele Aerospace engineers celebrate at the Luigi Broglio Space Centre in Ngomeni, Kilifi County, yesterday after the launch of Twiga-1.",
              "Photo | Sentinel | Hamisi Baya"),
    "related_title": "Science & Tech",
    "related": [
        ("/news/science/ksa-launch-licence-kilele", "Space agency licenses Kilele for suborbital flights"),
        ("/news/science/twiga-1-launch-postponed", "Twiga-1 launch postponed due to strong winds"),
        ("/news/science/students-build-radiation-sensor", "JKUAT students build sensor bound for space"),
    ],
    "body": _paras("""
A rocket designed and built in Kenya yesterday flew to the edge of space and back, in a flight that its makers and government officials hailed as a turning point for the country's young space industry.

The Twiga-1 rocket, built by Nairobi-based Kilele Aerospace, lifted off from the Luigi Broglio Space Centre in Ngomeni, Kilifi County, at 6.42am on the company's second attempt, after Tuesday's launch was called off because of strong winds high in the atmosphere.

Kilele said the rocket reached a maximum altitude of 124 kilometres, comfortably beyond the 100-kilometre boundary generally accepted as the start of outer space.

Watching from a viewing area about two kilometres from the launch pad, engineers, students and officials cheered as the rocket rose through light cloud and disappeared from view within seconds.

“Every number we saw this morning was inside our predictions. We built this rocket in Kenya, with Kenyan engineers, and today it touched space,” Kilele chief executive Dr Esther Koech said.

## Experiments on board

The 9.4-metre rocket carried a 45-kilogramme payload made up of three experiments. Researchers from the University of Nairobi sent up maize and bean seeds to study how a short spell of weightlessness affects germination, while students from JKUAT flew a sensor to measure radiation at high altitude. The third experiment was a navigation unit designed by Kilele itself.

The experiments had about three minutes of microgravity before the payload capsule began its descent. It splashed down in the Indian Ocean, 61 kilometres off the coast, about 13 minutes after liftoff, and was pulled out of the water by a boat crew at 9.15am.

Dr Koech said the data would take several weeks to analyse fully, but early readings showed every system had worked as planned.

The rocket's motors were produced at Kilele's workshop in Athi River, and the company says about 80 per cent of its components were made locally. Officials from the Italian Space Agency, which manages the site, watched the launch alongside their Kenyan counterparts.

## Government support

Kenya Space Agency Director General Hassan Mohamed Abdi said the flight showed that Kenyans could build the technology rather than only buy it. “This is a proud morning for the country,” he said.

The agency licensed the flight, which used the Italian-run Broglio centre under an agreement between Kenya and Italy. The site was used for Italian satellite launches in past decades but has seen little launch activity in recent years.

Kilele, founded in 2021, has raised Sh1.9 billion from investors. Its previous rocket, the single-stage Twiga-S, reached 38 kilometres in a test flight in March last year.

The company now plans a larger rocket, Twiga-2, which it hopes to fly in the second half of 2027 with a payload of up to 80 kilogrammes.

## What next

Dr Koech said Kilele would offer flights to universities and companies across Africa that want to test equipment in space conditions, at a lower cost than sending experiments abroad.

“Our aim is that an African researcher should not have to wait two years for a slot on someone else's rocket,” she said.
"""),
})

_RK_LOCAL_URL = "https://malindicoast.example/2026/11/19/ngomeni-residents-watch-twiga-rocket/"
RK_LOCAL = _local_page({
    "site": "Malindi Coast Online", "domain": "malindicoast.example",
    "url": _RK_LOCAL_URL,
    "headline": "Ngomeni residents rise early to watch Twiga-1 rocket launch",
    "description": "Fishermen and schoolchildren gathered on the beach near the Broglio Space Centre to see the rocket lift off.",
    "section": "Local News", "keywords": ["Ngomeni", "Malindi", "Twiga-1", "Broglio Space Centre"],
    "authors": ["Fatma Said Mohamed"],
    "published": "2026-11-19T14:00:00+03:00",
    "dateline_display": "November 19, 2026 at 2:00 pm",
    "tagline": "Your news from Malindi, Watamu, Kilifi and the north coast",
    "weather": "Malindi: 30°C, sunny, wind SE 18 km/h",
    "classified": "Boat hire for fishing trips and excursions from Ngomeni jetty. Reasonable rates, experienced crew.",
    "image": ("/wp-content/uploads/2026/11/ngomeni-beach-crowd.jpg", "Residents watch from the beach",
              "Residents of Ngomeni watch the Twiga-1 launch from the beach on Thursday morning.",
              "Malindi Coast Online/Fatma Said"),
    "related_title": "More coast news",
    "related": [
        ("/2026/11/16/fishermen-told-to-keep-off-launch-zone", "Fishermen asked to avoid sea zone during rocket launch"),
        ("/2026/11/12/malindi-tourism-season-outlook", "Hoteliers expect busy December season"),
        ("/2026/11/05/ngomeni-road-upgrade", "Ngomeni road upgrade finally begins"),
    ],
    "body": _paras("""
Hundreds of Ngomeni residents were on the beach before sunrise on Thursday, hoping to see something the village has not witnessed in years: a rocket launch from the space centre on their doorstep.

They were not disappointed. At 7:42am, the Twiga-1 rocket built by Nairobi company Kilele Aerospace rose from the Luigi Broglio Space Centre with a loud roar, leaving a white trail across the sky before disappearing out of sight.

“The ground was shaking a little and everyone was shouting,” said Omar Bakari, a fisherman who watched from his boat on the shore with his two sons. “My father told me about the rockets in the old days. Now my children have seen one.”

The company later said the rocket reached a height of 104 kilometres, just above the 100-kilometre line where space is considered to begin.

It was the second attempt. On Tuesday, many residents gathered before dawn but went home disappointed when the launch was called off because of strong winds high above the coast.

This time the wait was short. By sunrise the crowd had grown so large that police officers were sent to keep people behind a rope line near the fish landing site.

## Boats kept away

In the days before the launch, the Kenya Maritime Authority and the county fisheries office asked fishermen to stay out of a marked zone offshore where the rocket's payload was expected to land.

Some fishermen complained they had lost two days of work. Mohamed Kazungu, chairman of the Ngomeni beach management unit, said the company had promised to compensate those affected. “We support the project, but our people must eat,” he said.

The payload, carrying three experiments from the University of Nairobi, JKUAT and Kilele itself, came down by parachute in the sea about 61 kilometres from the coast. A boat collected it at 9:15am and brought it to Ngomeni.

Kilele said the experiments would be handed to the university researchers in Nairobi later this week.

## Jobs hope

Kilele chief executive Dr Esther Wanjiku Koech thanked residents for their patience and said the company hoped to hire local people as it expands. “We built this rocket in Kenya, with Kenyan engineers, and today it touched space,” she said to applause from a crowd gathered at the centre's gate.

Several pupils from Ngomeni Primary School, who had been brought to the beach by their teachers, said they now wanted to become engineers.

Traders in Ngomeni said the two launch attempts had given business a lift, with visitors from Malindi and Kilifi filling cafés and guesthouses. “Since Monday, all my rooms have been full,” said Zainab Ali, who runs a guesthouse near the jetty.

“I want to build a bigger one,” said 11-year-old Amina Hassan.

Kilifi County officials said they would work with the Kenya Space Agency to make sure the community benefits from future launches. Kilele plans to fly a larger rocket, Twiga-2, in the second half of 2027.

The Broglio centre, run by the Italian Space Agency under an agreement with Kenya, was used for several satellite launches from a platform off the coast between the 1960s and 1980s.
"""),
})

STORY_5 = _story("rk-JA5", "rocket", "2026-11-22",
                 [_page(_RK_LIVE_URL, RK_LIVE),
                  _page(_RK_WIRE_URL, RK_WIRE),
                  _page(_RK_PAPER_URL, RK_PAPER),
                  _page(_RK_LOCAL_URL, RK_LOCAL)],
                 [("liftoff time", r"\b0?6[:.]42|\b03:?42\b", r"\b0?7[:.]42"),
                  ("apogee altitude", r"\b104\s?(km|kilomet)", r"\b124\s?(km|kilomet)")])


# ===========================================================================
# eq-JA6 -- earthquake (CONTROL)
# ===========================================================================
# Facts: a magnitude 5.6 earthquake (US Geological Survey; its first automatic estimate of
# 5.9 was revised to 5.6 within the hour) struck western Uganda at 10:17 p.m. local time (19:17
# GMT) on Saturday 3 October 2026, at a depth of 12 km, with the epicentre about 24 km
# north-west of Kasese town, in the Rwenzori foothills near the DR Congo border (some 280 km
# west of Kampala). Aftershock of magnitude 4.3 at 6:05 a.m. on Sunday 4 October; several
# smaller ones. Toll as it grew: Sunday 7 a.m. (district) 4 dead, 27 injured; Sunday 6 p.m.
# (district) 9 dead, 58 injured, 340 houses damaged or destroyed; Monday 5 October about 1 p.m.
# (minister) 11 dead, 64 injured, 520 houses. Worst hit: Kyarumba and Kisinga sub-counties.
# Felt in Fort Portal, Bundibugyo and North Kivu (DR Congo). Kasese District Chairperson
# Beatrice Kabugho Masika; Minister for Relief, Disaster Preparedness and Refugees Jane
# Kobusinge Atuhaire (visited Monday, released UGX 1.2 billion, about $325,000); Uganda Red
# Cross spokesperson Ivan Tumusiime: more than 200 families (214) displaced.
# Legitimate variation: running tolls with their moments; the 5.9 first estimate revised;
# mainshock vs aftershock magnitudes and times; 10:17 p.m. vs 19:17 GMT vs "late on Saturday";
# epicentre "near Kasese" / "24 km north-west of Kasese"; UGX vs $; names full/short with
# compatible titles; Masika's quote cut at different places.

_EQ_IMG = "/media/2026/10/kasese-quake-damage.jpg"

_EQ_TV_URL = "https://pearlhorizon.example/news/2026/10/04/kasese-earthquake-four-dead"
EQ_TV = _broadcast_page({
    "site": "Pearl Horizon TV", "domain": "pearlhorizon.example",
    "url": _EQ_TV_URL,
    "headline": "At least four dead after strong earthquake hits Kasese",
    "description": "A magnitude 5.6 earthquake shook western Uganda late on Saturday night, collapsing houses in Kasese district.",
    "section": "News", "keywords": ["Kasese", "earthquake", "Rwenzori", "Uganda Red Cross"],
    "authors": ["Moses Bwambale"],
    "published": "2026-10-04T08:10:00+03:00", "modified": "2026-10-04T09:02:00+03:00",
    "dateline_display": "Sunday 4 October 2026, 08:10 (updated 09:02)",
    "image": (_EQ_IMG, "A collapsed house in Kasese district",
              "Residents inspect a collapsed house in Kyarumba sub-county, Kasese district, on Sunday morning.",
              "Pearl Horizon TV/Moses Bwambale"),
    "related_title": "Most watched",
    "related": [
        ("/news/2026/09/28/rwenzori-floods-river-nyamwamba", "River Nyamwamba floods: families relocated"),
        ("/news/2026/10/01/kasese-cobalt-mine-jobs", "Kasese youths demand jobs at mining project"),
        ("/news/2026/10/02/fort-portal-city-roads", "Fort Portal city roads works stall"),
    ],
    "body": _paras("""
At least four people have died and 27 others have been injured after a strong earthquake struck Kasese district in western Uganda late on Saturday night, local officials said on Sunday morning.

The earthquake hit at 10.17pm and had a magnitude of 5.6, according to the US Geological Survey. Its epicentre was about 24 kilometres north-west of Kasese town, in the foothills of the Rwenzori Mountains, at a depth of 12 kilometres.

Kasese District Chairperson Beatrice Kabugho Masika told Pearl Horizon TV at 7am that the four deaths were all in Kyarumba and Kisinga sub-counties, where mud-brick houses collapsed on sleeping families.

“Many people ran out of their houses in the dark and spent the night in the open,” Masika said. “Our biggest need now is tents, blankets and clean water.”

She said the figures were likely to change as teams reached villages on the slopes, some of which are only accessible on foot.

## Aftershock

Residents were woken again at 6.05am on Sunday by an aftershock of magnitude 4.3. There were no immediate reports of further casualties from the aftershock, but several walls that had been cracked by the first tremor came down.

Houses made of mud brick with heavy roofs are most at risk in shaking of this kind. Many homes in the hills are built into steep slopes, which also leaves them exposed to rockfalls.

In Kasese town, residents said the main quake lasted about 20 seconds. “Plates were falling from the shelves and the children were crying. We ran outside and waited until morning,” said Scovia Biira, a shopkeeper on Rwenzori Road.

The shaking was also felt in Fort Portal and Bundibugyo, and across the border in North Kivu province of the Democratic Republic of Congo.

## Rescue efforts

Uganda Red Cross Society teams were deployed overnight to Kyarumba and Kisinga. Spokesperson Ivan Tumusiime said volunteers were helping to pull people from damaged houses and had taken the injured to Kilembe Mines Hospital and Bwera General Hospital.

Police said some roads into the hills had been blocked by small landslides, slowing the movement of rescuers.

In Kasese town, the district health office said it had put ambulances on standby and asked private clinics to keep beds free for casualties brought down from the hills.

Residents of Bwera, close to the border, said the shaking was strong there too but that they had seen only cracked walls. Traders at the Mpondwe border market said they would keep their stalls closed on Sunday as a precaution.

The Rwenzori region lies along the western branch of the East African Rift, one of the most seismically active zones in the country. Smaller tremors are common, but damaging earthquakes are rare.

The Office of the Prime Minister said it was gathering information from the district and would send relief items as soon as an assessment was complete.

Anyone with information about missing relatives has been asked to report to the nearest sub-county office or police post.

Pearl Horizon TV will bring you more updates throughout the day, including the latest figures from the district.
"""),
})

_EQ_PAPER_URL = "https://dailyequator-ug.example/news/national/kasese-earthquake-death-toll-rises-to-nine"
EQ_PAPER = _paper_page({
    "site": "The Daily Equator", "domain": "dailyequator-ug.example",
    "publisher": "Equator Media Uganda Ltd",
    "url": _EQ_PAPER_URL,
    "headline": "Kasese quake death toll rises to nine as hundreds of homes lie in ruins",
    "description": "District officials say 58 people are injured and 340 houses damaged or destroyed after Saturday night's magnitude 5.6 earthquake.",
    "section": "National", "keywords": ["Kasese", "Earthquake", "Disaster", "Rwenzori"],
    "authors": ["Patience Kemigisha", "Moses Bwire"],
    "published": "2026-10-04T21:30:00+03:00",
    "topbar": "Sunday, October 4, 2026",
    "dateline_display": "October 4, 2026 — 9:30 PM",
    "readtime": "5 min read",
    "image": (_EQ_IMG, "Residents salvage belongings",
              "Residents of Kisinga sub-county salvage belongings from a house destroyed by the earthquake on Sunday.",
              "Equator photo/Alex Masereka"),
    "related_title": "Related",
    "related": [
        ("/news/national/how-to-stay-safe-in-an-earthquake", "What to do when the ground shakes: safety tips"),
        ("/news/national/rwenzori-region-tremors-history", "Why the Rwenzori region keeps shaking"),
        ("/news/national/kasese-hospitals-stretched", "Kasese hospitals stretched as injured arrive"),
    ],
    "body": _paras("""
The number of people killed by the earthquake that struck Kasese district late on Saturday has risen to nine, with 58 others injured, district officials said this evening.

The magnitude 5.6 earthquake struck at 10:17pm on Saturday, about 24km north-west of Kasese town near the Uganda-DR Congo border, according to the US Geological Survey.

At 6pm today, the Kasese district disaster management committee said 340 houses had been damaged or destroyed, most of them in Kyarumba and Kisinga sub-counties in the foothills of the Rwenzori Mountains. Two primary schools also suffered serious damage.

Earlier in the day, officials had confirmed four deaths. The toll rose through the afternoon as rescue teams reached hillside villages cut off by rockfalls.

District Chairperson Beatrice Masika, who toured the affected areas, said families were sleeping outside for fear of further tremors.

“Many people ran out of their houses in the dark and spent the night in the open. Our biggest need now is tents, blankets and clean water,” she said.

## Aftershocks continue

A magnitude 4.3 aftershock at 6:05am today caused panic but no new deaths, officials said. Several smaller aftershocks were felt during the day.

Seismologists say the quake occurred at a shallow depth of 12km, which explains why the shaking was so strongly felt. The tremor was felt as far as Fort Portal, Bundibugyo and parts of North Kivu in eastern DR Congo.

At Kilembe Mines Hospital, medical superintendent Dr Paul Kahindo said staff had received more than 30 injured people by midday, many with fractures and head wounds. “We have called in all our staff, including those on leave,” he said.

Some of the most seriously injured were referred to Fort Portal Regional Referral Hospital, about two hours' drive away, because of a shortage of surgeons in Kasese.

## Relief

The Uganda Red Cross Society said it had distributed tarpaulins, blankets and jerrycans to displaced families in Kisinga. Spokesperson Ivan Tumusiime said more than 200 families had been left without shelter.

The district has opened two temporary shelters, at Kisinga sub-county headquarters and in a church compound in Kyarumba, where families are being given food and blankets. Police said they had also deployed officers to guard damaged shops in Kasese town.

District education officer Grace Kyakimwa said pupils whose classrooms were damaged would learn in tents until engineers had inspected the buildings.

The Minister for Relief, Disaster Preparedness and Refugees, Jane Kobusinge Atuhaire, is expected to visit the district tomorrow, her office said.

Kasese has a history of natural disasters, including deadly floods on the Nyamwamba and Mubuku rivers, but residents said this was the strongest earthquake many of them had ever felt.

“I am 60 years old and I have never felt anything like this,” said Yofesi Kule, a farmer in Kyarumba whose house was reduced to rubble. “We thank God we are alive, but we have nothing left.”

Geologists have long warned that many houses in the district, built of mud and wattle or unreinforced brick, are vulnerable to earthquakes. The Rwenzori region sits on the western arm of the East African Rift.
"""),
})

_EQ_LOCAL_URL = "https://rwenzorivoice.example/2026/10/05/kyarumba-after-the-earthquake/"
EQ_LOCAL = _local_page({
    "site": "Rwenzori Voice", "domain": "rwenzorivoice.example",
    "url": _EQ_LOCAL_URL,
    "headline": "Kyarumba after the earthquake: 'We are sleeping under the sky'",
    "description": "Two days after the earthquake, families in the hills above Kasese are still waiting for tents.",
    "section": "Local News", "keywords": ["Kyarumba", "Kasese", "earthquake", "relief"],
    "authors": ["Jockus Baluku"],
    "published": "2026-10-05T10:00:00+03:00",
    "dateline_display": "Monday, October 5, 2026 · 10:00",
    "tagline": "Independent news from Kasese, Bundibugyo, Ntoroko and Kabarole",
    "weather": "Kasese: 27°C, scattered clouds",
    "classified": "Building materials: iron sheets, cement and timber at wholesale prices. Delivery within Kasese municipality.",
    "image": ("/wp-content/uploads/2026/10/kyarumba-families-outside.jpg", "Families sit outside damaged homes",
              "Families sit outside damaged homes in Kyarumba sub-county on Sunday afternoon.",
              "Rwenzori Voice/Jockus Baluku"),
    "related_title": "More local news",
    "related": [
        ("/2026/10/04/kasese-earthquake-what-we-know", "Kasese earthquake: what we know so far"),
        ("/2026/10/03/kilembe-road-repairs", "Kilembe road repairs delayed again"),
        ("/2026/09/30/coffee-farmers-prices-rwenzori", "Rwenzori coffee farmers cheer better prices"),
    ],
    "body": _paras("""
The road up to Kyarumba was open again by Sunday afternoon, after volunteers with hoes and wheelbarrows cleared the rocks that fell across it during Saturday night's earthquake. What lies at the top is a village where almost every family is now sleeping outside.

The earthquake struck at 10:17pm on Saturday. The US Geological Survey first put its magnitude at 5.9 in an automatic estimate, then revised it to 5.6 within the hour. Its epicentre was about 24km north-west of Kasese town, and it came from a depth of 12km.

By Sunday evening, the district disaster management committee had recorded nine deaths and 58 injured people across Kasese, and 340 houses damaged or destroyed. Most of the deaths were in Kyarumba and neighbouring Kisinga.

## ‘The wall fell on them’

Jovanice Mbambu, a mother of five, lost her neighbour's two children when the back wall of their house collapsed. She and her own children had been sleeping in the next room. “We heard a sound like a lorry, then the wall fell on them,” she said quietly, standing next to the pile of bricks.

Many families spent Saturday night and Sunday night in the open, on mats laid in their compounds or in the grounds of the Catholic church. The magnitude 4.3 aftershock that shook the area at 6:05am on Sunday made people even more reluctant to go back inside.

Sunday's aftershock also brought down part of the sub-county's old store, which had been used to keep seed for farmers. Nobody was inside. By Monday morning, some families had started to put up shelters using iron sheets salvaged from their collapsed homes.

District Chairperson Beatrice Kabugho Masika, who visited Kyarumba on Sunday, said the district had asked the central government for tents, blankets and food. “Our biggest need now is tents, blankets and clean water,” she told residents gathered at the sub-county headquarters.

## Water and health worries

Health workers at Kyarumba Health Centre III said they were worried about water. A gravity water scheme serving the village was damaged when a pipe burst on the hillside, and residents have been collecting water from the river.

“If people drink from the river for a week, we will have diarrhoea cases,” said a clinical officer at the health centre, who asked not to be named because he is not allowed to speak for the district.

Uganda Red Cross volunteers arrived in Kyarumba on Sunday with tarpaulins and jerrycans, but residents said the supplies ran out quickly. The Red Cross has said more than 200 families across the district have been left without shelter.

## Minister expected

The Minister for Relief, Disaster Preparedness and Refugees, Jane Kobusinge Atuhaire, is due in Kasese today. Local leaders want the government to help families rebuild with stronger materials.

“If we rebuild the same houses the same way, the next earthquake will kill us again,” said Kyarumba sub-county councillor Edson Muhindo.

Rwenzori Voice will continue to report from the affected villages this week. If you need help or have information about people who are missing, call our newsroom.
"""),
})

_EQ_WIRE_URL = "https://panafnews.example/africa/uganda-kasese-earthquake-toll-11"
EQ_WIRE = _wire_page({
    "site": "Pan-African Newswire", "domain": "panafnews.example",
    "url": _EQ_WIRE_URL,
    "headline": "Uganda earthquake death toll climbs to 11, minister says",
    "description": "The government released 1.2 billion shillings in emergency aid for Kasese district after Saturday's magnitude 5.6 quake.",
    "section": "Africa", "keywords": ["Uganda", "earthquake", "Kasese", "disasters"],
    "authors": ["Ronald Wasswa"],
    "published": "2026-10-05T16:40:00+03:00",
    "dateline": "KASESE, Uganda, Oct 5",
    "dateline_display": "Monday, Oct. 5, 2026, 13:40 GMT",
    "image": (_EQ_IMG, "Minister visits quake-hit village",
              "Relief minister Jane Kobusinge Atuhaire (centre) speaks to residents in Kisinga, Kasese district, Uganda, October 5, 2026.",
              "Pan-African Newswire/Joseph Kisembo"),
    "credits": "Reporting by Ronald Wasswa; Editing by Ingrid Solberg",
    "related": [
        ("/africa/dr-congo-north-kivu-tremor-felt", "Tremor felt in eastern Congo's North Kivu"),
        ("/africa/east-african-rift-seismic-monitoring", "East Africa expands seismic monitoring network"),
        ("/africa/uganda-landslides-elgon", "Landslides kill three on Mount Elgon slopes"),
    ],
    "body": _paras("""
The death toll from an earthquake in western Uganda has risen to 11, with 64 people injured, the country's minister for disaster preparedness said on Monday, as rescuers reached remote villages on the slopes of the Rwenzori Mountains.

The magnitude 5.6 quake struck at 19:17 GMT on Saturday about 24 km north-west of the town of Kasese, near the border with the Democratic Republic of Congo, according to the U.S. Geological Survey. It was 12 km deep.

Jane Kobusinge Atuhaire, the Minister for Relief, Disaster Preparedness and Refugees, said two more people had died in hospital, bringing the total to 11 from nine reported by district officials on Sunday evening.

Speaking after touring Kisinga sub-county around 1 p.m., she said 520 houses had been damaged or destroyed, up from an earlier count of 340, as assessment teams reached more villages. The government had released 1.2 billion Ugandan shillings (about $325,000) for food, tents and other relief, she said.

“We will not leave these families in the cold. The money is for immediate needs, and we will discuss rebuilding with the district next week,” Atuhaire told reporters.

Kasese District Chairperson Beatrice Kabugho Masika said many residents had spent two nights in the open. “Many people ran out of their houses in the dark and spent the night in the open,” she said on Sunday.

Masika said rescuers had searched all the collapsed houses reported so far and that no one was believed to be trapped, though some families were still checking on relatives in remote villages.

The Uganda Red Cross Society said 214 families had been displaced and that it was distributing tarpaulins, blankets and water containers. Its spokesperson Ivan Tumusiime said clean water was becoming a major concern after a water supply line in the hills was damaged.

Health workers have warned of the risk of waterborne disease because many families are drawing water from rivers. Atuhaire said the government would send engineers to assess public buildings, including schools and health centres, before they reopen.

A magnitude 4.3 aftershock struck at 6:05 a.m. local time on Sunday, followed by several weaker tremors. No further casualties were reported from the aftershocks.

The quake, which lasted about 20 seconds, was felt in Fort Portal and Bundibugyo and in parts of North Kivu province in Congo, where local authorities reported cracked walls but no casualties.

Western Uganda lies on the Albertine Rift, the western arm of the East African Rift system, where tectonic plates are slowly pulling apart. Moderate earthquakes occur in the region every few years, but most cause little damage.

Engineers and local leaders have called for stricter building standards in the district, where many homes are built from mud bricks without reinforcement. Kasese has also suffered repeated deadly floods from rivers running off the Rwenzori range in recent years.

Officials said schools in the worst-hit sub-counties would remain closed this week while buildings were inspected.

Residents in several villages said they would not move back indoors until the aftershocks stopped, and local leaders appealed for more tents before the rains.
"""),
})

STORY_6 = _story("eq-JA6", "earthquake", "2026-10-08",
                 [_page(_EQ_TV_URL, EQ_TV),
                  _page(_EQ_PAPER_URL, EQ_PAPER),
                  _page(_EQ_LOCAL_URL, EQ_LOCAL),
                  _page(_EQ_WIRE_URL, EQ_WIRE)],
                 [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
