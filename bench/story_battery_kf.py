"""Part KF of the story battery (web pages).

Written by engineer KF1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KF1: Reserve Bank of New Zealand lifts the OCR 25bp to 3.00% on a 5-2 vote; CONTROL; traps: bp vs percentage points, 2pm NZST / noon AEST / 0200 GMT / "yesterday", previous meeting's hold at 2.75%, US$0.6052 vs 60.5 US cents, one statement quote cut three ways, name forms and titles.
el-KF2: NSW state by-election in Bega held by Labor; CONTROL; traps: Saturday-night count vs Monday count with their moments, first preferences vs two-candidate preferred, one booth vs the whole seat, the 2023 result, swing 4.1 / 3.8 / "about four", a victory-speech quote cut in different places, Doug / Douglas.
ct-KF3: Fiji Court of Appeal cuts a shipping executive's fraud sentence from nine to seven years; PLANTED: 2-1 split vs "unanimous" (broadcaster), surname Sahai vs Sahay (local site); traps: head sentence vs non-parole period, old vs new sentence, F$ vs US$ / A$, amount repaid vs amount still owed, judgment quote cut three ways.
tr-KF4: Stats NZ goods trade for May 2026, a NZ$370m monthly surplus; PLANTED: surplus NZ$390m (business paper), trade official called "Government Statistician" instead of international trade manager (rural broadcaster); traps: May 2025 deficit, revised April figure, economists' forecast, annual deficit, NZ$ vs US$, NZST vs GMT release time.
rk-KF5: maiden orbital attempt of an invented rocket from near Ceduna, SA, lost after 74 seconds; PLANTED: liftoff 7.02am vs 7.12am (national paper), site near Port Lincoln vs Ceduna (broadcaster), earlier scrub on Sunday vs Saturday (wire); traps: ACDT / AEDT / GMT times, km vs feet, window opening time, next vehicle's date, quote cut three ways.
eq-KF6: magnitude 6.7 earthquake near Lae, Papua New Guinea; CONTROL; traps: death and injury tolls growing from Sunday morning to Monday with their moments, preliminary 6.9 revised to 6.7, a 5.4 aftershock, PNG / NZST / GMT times and dates, A$ vs kina aid, NZ aid separate, epicentre at different precision, a resident's quote cut three ways.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Shared helpers for the page templates
# --------------------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _paras(text: str) -> list[str]:
    """Split a block of text on blank lines; join wrapped lines inside a paragraph."""
    out = []
    for block in text.strip().split("\n\n"):
        joined = " ".join(line.strip() for line in block.strip().splitlines())
        if joined:
            out.append(joined)
    return out


def _body(text: str, ad_every: int = 0, ad_html: str = "") -> str:
    """Render paragraphs. '## ' starts a sub-heading, '> ' a pull quote, '* ' a list
    whose items are separated by ' * '."""
    out = []
    count = 0
    for p in _paras(text):
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
            continue
        if p.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(p[2:])}</p></blockquote>')
            continue
        if p.startswith("* "):
            items = "".join(f"<li>{_e(x.strip())}</li>" for x in p[2:].split(" * "))
            out.append(f"<ul>{items}</ul>")
            continue
        out.append(f"<p>{_e(p)}</p>")
        count += 1
        if ad_every and count % ad_every == 0:
            out.append(ad_html)
    return "\n".join(out)


def _ld(kind: str, url: str, base: str, site: str, headline: str, desc: str,
        iso: str | None, modified: str | None, authors: list[str], section: str,
        image: str | None) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": desc,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": section,
        "inLanguage": "en",
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": base + "/static/logo-600.png"}},
    }
    if iso:
        data["datePublished"] = iso
    if modified:
        data["dateModified"] = modified
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    else:
        data["author"] = {"@type": "Organization", "name": site}
    if image:
        data["image"] = [base + image]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _head(title: str, desc: str, url: str, base: str, site: str, iso: str | None,
          image: str | None, ld: str, lang: str, css: str) -> str:
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(desc)}">',
        f'<link rel="canonical" href="{_e(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_e(title)}">',
        f'<meta property="og:description" content="{_e(desc)}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
    ]
    if image:
        meta.append(f'<meta property="og:image" content="{_e(base + image)}">')
    if iso:
        meta.append(f'<meta property="article:published_time" content="{_e(iso)}">')
    meta.append(f'<link rel="stylesheet" href="{_e(base)}/assets/{css}">')
    meta.append(f'<link rel="icon" href="{_e(base)}/favicon.ico">')
    meta.append(ld)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(meta)
            + "\n</head>\n")


def _fig(base: str, fig: tuple[str, str, str] | None, cls: str = "lead-image") -> str:
    if not fig:
        return ""
    src, caption, credit = fig
    return (f'<figure class="{cls}"><img src="{_e(base + src)}" alt="{_e(caption)}" '
            f'loading="lazy" width="1200" height="675">'
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span>"
            f"</figcaption></figure>")


def _related(items: list[tuple[str, str]], base: str, heading: str) -> str:
    lis = "".join(f'<li><a href="{_e(base + href)}">{_e(t)}</a></li>' for t, href in items)
    return f'<aside class="related"><h3>{_e(heading)}</h3><ul>{lis}</ul></aside>'


def _share(url: str, style: str = "icons") -> str:
    u = _e(url)
    return (f'<div class="share share-{style}" aria-label="Share this story">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
            f'<a href="https://x.com/intent/post?url={u}">X</a> '
            f'<a href="https://www.linkedin.com/shareArticle?url={u}">LinkedIn</a> '
            f'<a href="mailto:?subject=Shared%20story&amp;body={u}">Email</a> '
            '<button type="button" class="copy-link">Copy link</button></div>')


def _nav(items: list[str], base: str, cls: str = "main-nav") -> str:
    lis = "".join(
        f'<li><a href="{_e(base)}/{_e(i.lower().replace(" ", "-").replace("&", "and"))}">{_e(i)}</a></li>'
        for i in items)
    return f'<nav class="{cls}" aria-label="Main"><ul>{lis}</ul></nav>'


def _cookie(text: str, accept: str = "Accept all", reject: str = "Reject non-essential") -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{_e(text)}</p>'
            f'<button type="button">{_e(accept)}</button> '
            f'<button type="button">{_e(reject)}</button> <a href="/privacy">Privacy policy</a></div>')


def _ad(slot: str, label: str = "Advertisement") -> str:
    return (f'<div class="ad-slot" data-slot="{_e(slot)}"><span class="ad-label">{_e(label)}</span>'
            f'<div class="ad-frame" style="min-height:250px"></div></div>')


def _footer(site: str, lines: list[str], links: list[str]) -> str:
    ps = "".join(f"<p>{_e(x)}</p>" for x in lines)
    ls = " | ".join(f'<a href="/{_e(x.lower().replace(" ", "-"))}">{_e(x)}</a>' for x in links)
    return (f'<footer class="site-footer"><div class="footer-brand">{_e(site)}</div>{ps}'
            f'<p class="footer-links">{ls}</p></footer>')


def _authors_line(authors: list[str]) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


# --------------------------------------------------------------------------------------
# Page templates: wire service, national paper, broadcaster, local site, newsletter,
# live blog.  Each returns a whole HTML document.
# --------------------------------------------------------------------------------------

def _wire_page(*, url: str, base: str, site: str, headline: str, desc: str,
               authors: list[str], iso: str | None, modified: str | None, visible: str,
               section: str, text: str, fig: tuple[str, str, str] | None,
               related: list[tuple[str, str]], credit_line: str, topics: list[str],
               lang: str = "en") -> str:
    img = fig[0] if fig else None
    ld = _ld("NewsArticle", url, base, site, headline, desc, iso, modified, authors, section, img)
    head = _head(f"{headline} | {site}", desc, url, base, site, iso, img, ld, lang, "wire.css")
    time_el = (f'<time datetime="{_e(iso)}">{_e(visible)}</time>' if iso
               else f'<span class="date">{_e(visible)}</span>')
    tags = "".join(f'<a class="topic" href="{_e(base)}/topics/{_e(t.lower().replace(" ", "-"))}">{_e(t)}</a>'
                   for t in topics)
    return head + f"""<body class="wire article-page">
{_cookie("We and our partners use cookies to keep this site reliable, to measure traffic and to show advertising. You can change your choices at any time in Settings.")}
<header class="wire-header"><a class="logo" href="{_e(base)}/">{_e(site)}</a>
{_nav(["World", "Business", "Markets", "Asia Pacific", "Sustainability", "Technology", "Sport"], base)}
<form class="search" action="{_e(base)}/search"><input type="search" name="q" placeholder="Search {_e(site)}"></form>
<a class="subscribe" href="{_e(base)}/subscribe">Subscribe</a></header>
<main id="content">
<div class="breadcrumb"><a href="{_e(base)}/">Home</a> &rsaquo; <a href="{_e(base)}/{_e(section.lower().replace(" ", "-"))}">{_e(section)}</a></div>
<article class="story">
<header><h1>{_e(headline)}</h1>
<p class="byline">By {_e(_authors_line(authors))}</p>
<p class="timestamp">{time_el}</p>
{_share(url, "bar")}
</header>
{_fig(base, fig)}
<div class="story-body">
{_body(text, 5, _ad("wire-mid", "Advertisement · Scroll to continue with content"))}
</div>
<p class="credit-line">{_e(credit_line)}</p>
<p class="standards"><a href="{_e(base)}/trust-principles">Our Standards: The {_e(site)} Trust Principles.</a></p>
<div class="topics">{tags}</div>
</article>
{_related(related, base, "Read next")}
{_ad("wire-right")}
</main>
{_footer(site, ["All quotes delayed a minimum of 15 minutes.", f"© 2026 {site}. All rights reserved."], ["About us", "Careers", "Contact", "Terms of use", "Privacy", "Accessibility", "Corrections"])}
<script src="{_e(base)}/assets/wire.js" defer></script>
</body>
</html>
"""


def _paper_page(*, url: str, base: str, site: str, headline: str, desc: str,
                authors: list[str], iso: str | None, modified: str | None, visible: str,
                section: str, kicker: str, standfirst: str, text: str,
                fig: tuple[str, str, str] | None, fig2: tuple[str, str, str] | None,
                related: list[tuple[str, str]], most_read: list[str], author_bio: str,
                lang: str = "en", sep: str = " | ") -> str:
    img = fig[0] if fig else None
    ld = _ld("NewsArticle", url, base, site, headline, desc, iso, modified, authors, section, img)
    head = _head(f"{headline}{sep}{site}", desc, url, base, site, iso, img, ld, lang, "paper.css")
    time_el = (f'<time class="published" datetime="{_e(iso)}">{_e(visible)}</time>' if iso
               else f'<span class="published">{_e(visible)}</span>')
    mr = "".join(f"<li><a href=\"{_e(base)}/most-read/{i}\">{_e(t)}</a></li>"
                 for i, t in enumerate(most_read, 1))
    paras = _paras(text)
    half = max(2, len(paras) // 2)
    first = "\n\n".join(paras[:half])
    second = "\n\n".join(paras[half:])
    return head + f"""<body class="paper">
{_cookie("This website uses cookies. Some are essential; others help us understand how the site is used and fund our journalism through advertising.", "I agree", "Manage choices")}
<div class="top-strip"><span class="edition">Edition: {_e(lang.upper())}</span> <a href="{_e(base)}/login">Log in</a> <a class="btn" href="{_e(base)}/subscribe">Subscribe from $1 a week</a></div>
<header class="masthead"><a href="{_e(base)}/" class="masthead-title">{_e(site)}</a></header>
{_nav(["News", "Politics", "Business", "Opinion", "World", "Sport", "Lifestyle", "Puzzles"], base)}
{_ad("leaderboard")}
<main>
<article class="article">
<p class="kicker"><a href="{_e(base)}/{_e(section.lower().replace(" ", "-"))}">{_e(kicker)}</a></p>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">{_e(_authors_line(authors))}</span> {time_el}</div>
{_share(url, "icons")}
{_fig(base, fig)}
<div class="article-body">
{_body(first)}
{_ad("in-article-1")}
{_fig(base, fig2, "inline-image")}
{_body(second, 4, _ad("in-article-2"))}
</div>
<div class="author-card"><p>{_e(author_bio)}</p></div>
<p class="corrections-note">Spotted an error? <a href="{_e(base)}/corrections">Contact our corrections desk</a>.</p>
<div class="comments-closed"><p>Comments are closed on this article.</p></div>
</article>
<aside class="sidebar">
{_related(related, base, "Related coverage")}
<section class="most-read"><h3>Most read</h3><ol>{mr}</ol></section>
{_ad("sidebar-mpu")}
</aside>
</main>
{_footer(site, ["Independent journalism since 1987.", f"Copyright © 2026 {site} Limited."], ["About", "Contact us", "Advertise", "Terms", "Privacy policy", "Code of ethics", "Subscriptions"])}
</body>
</html>
"""


def _broadcast_page(*, url: str, base: str, site: str, headline: str, desc: str,
                    authors: list[str], iso: str | None, modified: str | None, visible: str,
                    section: str, key_points: list[str], text: str,
                    fig: tuple[str, str, str] | None, audio: str,
                    related: list[tuple[str, str]], lang: str = "en") -> str:
    img = fig[0] if fig else None
    ld = _ld("NewsArticle", url, base, site, headline, desc, iso, modified, authors, section, img)
    head = _head(f"{headline} - {site}", desc, url, base, site, iso, img, ld, lang, "broadcast.css")
    time_el = (f'<time datetime="{_e(iso)}">{_e(visible)}</time>' if iso
               else f'<span>{_e(visible)}</span>')
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    return head + f"""<body class="broadcaster">
{_cookie("We use cookies to give you the best experience, including personalised content and ads. Choose 'Accept' to allow all, or 'Settings' to pick.", "Accept", "Settings")}
<header class="bc-header"><a class="bc-logo" href="{_e(base)}/">{_e(site)}</a>
<a class="listen-live" href="{_e(base)}/live">&#9654; Listen live</a> <a href="{_e(base)}/watch">Watch</a>
{_nav(["Just In", "National", "Pacific", "World", "Business", "Rural", "Sport", "Weather"], base)}
</header>
<main>
<article class="bc-article">
<h1>{_e(headline)}</h1>
<div class="bc-meta"><span class="byline">{_e(_authors_line(authors))}</span> <span class="posted">Posted {time_el}</span></div>
{_share(url, "round")}
{_fig(base, fig)}
<div class="audio-player"><button type="button">Play</button> <span>{_e(audio)}</span></div>
<section class="key-points"><h2>Key points:</h2><ul>{kp}</ul></section>
<div class="bc-body">
{_body(text, 5, _ad("bc-mid"))}
</div>
<p class="bc-tags">Topics: <a href="{_e(base)}/topic/{_e(section.lower().replace(" ", "-"))}">{_e(section)}</a></p>
</article>
{_related(related, base, "More on this story")}
</main>
{_footer(site, ["We acknowledge the traditional custodians of the lands and waters where we live and work.", f"© {site} 2026"], ["Contact us", "Complaints", "Editorial policies", "Accessibility", "Privacy", "Help"])}
</body>
</html>
"""


def _local_page(*, url: str, base: str, site: str, headline: str, desc: str,
                authors: list[str], iso: str | None, modified: str | None, visible: str,
                section: str, text: str, fig: tuple[str, str, str] | None,
                related: list[tuple[str, str]], weather: str, notices: list[str],
                lang: str = "en") -> str:
    img = fig[0] if fig else None
    ld = (_ld("NewsArticle", url, base, site, headline, desc, iso, modified, authors, section, img)
          if iso else "")
    head = _head(f"{headline} | {site}", desc, url, base, site, iso, img, ld, lang, "local.css")
    date_el = (f'<time datetime="{_e(iso)}">{_e(visible)}</time>' if iso
               else f'<span class="dateline-date">{_e(visible)}</span>')
    nt = "".join(f"<li>{_e(n)}</li>" for n in notices)
    return head + f"""<body class="local-news">
{_cookie("Cookies help us run this small, reader-funded site. Essential cookies only? That's fine too.", "OK, got it", "Essential only")}
<div class="weather-bar">{_e(weather)}</div>
<header class="local-header"><a href="{_e(base)}/" class="site-name">{_e(site)}</a>
<p class="tagline">Local news, told by locals</p>
{_nav(["Home", "News", "Council", "Courts", "Community", "Sport", "Classifieds", "Obituaries"], base)}
</header>
<main class="container">
<article class="post">
<p class="category"><a href="{_e(base)}/{_e(section.lower().replace(" ", "-"))}">{_e(section)}</a></p>
<h1 class="entry-title">{_e(headline)}</h1>
<p class="entry-meta">By {_e(_authors_line(authors))} &middot; {date_el}</p>
{_fig(base, fig)}
<div class="entry-content">
{_body(text, 4, _ad("local-inline", "Advertisement - story continues below"))}
</div>
{_share(url, "buttons")}
<p class="support">Local journalism costs money. <a href="{_e(base)}/support">Chip in from $5 a month</a>.</p>
</article>
<aside class="widget-area">
{_related(related, base, "More local news")}
<section class="notices"><h3>Public notices</h3><ul>{nt}</ul></section>
{_ad("local-side")}
</aside>
</main>
{_footer(site, ["Proudly independent and locally owned.", f"© 2026 {site}"], ["About", "Advertise with us", "Send a news tip", "Privacy", "Terms"])}
</body>
</html>
"""


def _newsletter_page(*, url: str, base: str, site: str, headline: str, desc: str,
                     authors: list[str], iso: str | None, visible: str, issue: str,
                     section: str, text: str, fig: tuple[str, str, str] | None,
                     related: list[tuple[str, str]], sponsor: str, lang: str = "en") -> str:
    img = fig[0] if fig else None
    ld = (_ld("NewsArticle", url, base, site, headline, desc, iso, None, authors, section, img)
          if iso else "")
    head = _head(f"{headline} - {site}", desc, url, base, site, iso, img, ld, lang, "letter.css")
    rel = "".join(f'<li><a href="{_e(base + h)}">{_e(t)}</a></li>' for t, h in related)
    return head + f"""<body class="newsletter-web">
{_cookie("This web edition sets a single analytics cookie. Decline and nothing is stored.", "Fine by me", "Decline")}
<header class="nl-header"><a href="{_e(base)}/">{_e(site)}</a>
{_nav(["Latest issue", "Archive", "Charts", "About", "Sign up"], base, "nl-nav")}
<p class="view-note">You are reading the web version of this email. <a href="{_e(base)}/signup">Get it in your inbox</a>.</p>
</header>
<main>
<article class="issue">
<p class="issue-no">{_e(issue)} &middot; <span class="issue-date">{_e(visible)}</span></p>
<h1>{_e(headline)}</h1>
<p class="from">Written by {_e(_authors_line(authors))}</p>
{_fig(base, fig, "chart")}
<div class="sponsor">{_e(sponsor)} <span class="ad-label">Advertisement</span></div>
<div class="issue-body">
{_body(text)}
</div>
<section class="links"><h3>Further reading</h3><ul>{rel}</ul></section>
{_share(url, "text")}
</article>
</main>
<footer class="nl-footer"><p>You received this because you subscribed at {_e(base)}.</p>
<p><a href="{_e(base)}/unsubscribe">Unsubscribe</a> &middot; <a href="{_e(base)}/preferences">Update preferences</a> &middot; <a href="{_e(base)}/privacy">Privacy</a></p>
<p>© 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _liveblog_page(*, url: str, base: str, site: str, headline: str, desc: str,
                   authors: list[str], iso: str | None, modified: str | None, visible: str,
                   section: str, intro: str, entries: list[tuple[str, str, str, str]],
                   fig: tuple[str, str, str] | None, related: list[tuple[str, str]],
                   lang: str = "en") -> str:
    """entries: (visible time, ISO timestamp, entry heading, entry text), oldest first;
    shown newest first as live pages do."""
    img = fig[0] if fig else None
    ld = _ld("NewsArticle", url, base, site, headline, desc, iso, modified, authors, section, img)
    head = _head(f"{headline} | {site}", desc, url, base, site, iso, img, ld, lang, "live.css")
    blocks = []
    for n, (label, stamp, title, txt) in enumerate(reversed(entries)):
        blocks.append(
            f'<section class="live-entry" id="entry-{len(entries) - n}">'
            f'<p class="entry-time"><time datetime="{_e(stamp)}">{_e(label)}</time></p>'
            f"<h3>{_e(title)}</h3>\n{_body(txt)}\n{_share(url + '#entry-' + str(len(entries) - n), 'mini')}</section>")
        if n == 2:
            blocks.append(_ad("live-mid"))
    keys = "".join(f'<li><a href="#entry-{i}">{_e(e[0])}: {_e(e[2])}</a></li>'
                   for i, e in enumerate(entries, 1))
    return head + f"""<body class="live-page">
{_cookie("We use cookies and similar technologies for essential site functions, analytics and ads.", "Accept cookies", "Only necessary")}
<header class="live-header"><a class="brand" href="{_e(base)}/">{_e(site)}</a>
{_nav(["Latest", "Live", "Explainers", "Science", "Business", "Video", "Podcasts"], base)}
</header>
<main>
<article class="liveblog">
<p class="live-badge">LIVE</p>
<h1>{_e(headline)}</h1>
<p class="live-meta">By {_e(_authors_line(authors))} &middot; Updated <time datetime="{_e(modified or iso or '')}">{_e(visible)}</time></p>
{_fig(base, fig)}
<div class="live-summary">{_body(intro)}</div>
<nav class="key-events"><h2>Key events</h2><ol>{keys}</ol></nav>
<div class="live-stream">
{chr(10).join(blocks)}
</div>
</article>
{_related(related, base, "Related stories")}
</main>
{_footer(site, ["Live coverage is updated as information comes in and may contain unconfirmed reports, which we label as such.", f"© 2026 {site}"], ["About", "Contact", "Editorial standards", "Privacy", "Terms"])}
</body>
</html>
"""


# ======================================================================================
# Story 1 - cb-KF1 - central bank (CONTROL)
# Facts: Reserve Bank of New Zealand Monetary Policy Committee, Wednesday 8 July 2026,
# announced 2pm NZST (= noon AEST = 0200 GMT). OCR raised 25 basis points (a quarter of a
# percentage point) from 2.75% to 3.00%; first increase since May 2023. Seven-member
# committee voted 5-2; the two dissenters wanted a hold at 2.75%. Previous meeting 27 May
# 2026: unanimous hold at 2.75%. March-quarter CPI 3.1% (target 1-3%); June-quarter CPI due
# Thursday 16 July; next decision Wednesday 19 August with a Monetary Policy Statement.
# Unemployment 4.6% (March quarter). NZD rose ~1.1% to US$0.6052 (60.5 US cents) from
# US$0.5984 (59.8 cents). Two-year swaps +14bp to 3.32%. 4 of 18 economists polled by
# Pacific Wire expected a hike. Governor Dominic Halloran; Deputy Governor Ngaire Pellowe;
# Finance Minister Callum Ferreira; Opposition finance spokesperson Rangi Woodward; Kauri
# Bank chief economist Mele Fonoti (NZ$600,000 mortgage: about NZ$100 a month more).
# ======================================================================================

_CB1_URL = "https://www.pacificwire.example/business/nz-central-bank-raises-cash-rate-2026-07-08/"
_CB1 = _wire_page(
    url=_CB1_URL, base="https://www.pacificwire.example", site="Pacific Wire",
    headline="New Zealand central bank lifts cash rate to 3.00% in first hike since 2023",
    desc="The Reserve Bank of New Zealand raised its official cash rate by 25 basis points on a split vote, saying inflation had stayed above target for too long.",
    authors=["Tama Ruawai"], iso="2026-07-08T02:04:00Z", modified="2026-07-08T02:37:00Z",
    visible="July 8, 2026 2:04 AM GMT · Updated 33 min ago", section="Markets",
    fig=("/img/2026/07/rbnz-building-wellington.jpg",
         "The Reserve Bank of New Zealand building on The Terrace in Wellington.",
         "Pacific Wire/Lena Vaipulu"),
    credit_line="Reporting by Tama Ruawai in Wellington; additional reporting by Grace Lindqvist in Sydney; editing by Owen Prideaux",
    topics=["Central banks", "New Zealand", "Interest rates", "Currencies"],
    related=[("Kiwi dollar, swap rates jump after surprise RBNZ move", "/markets/kiwi-swaps-jump-2026-07-08/"),
             ("Explainer: How New Zealand sets its official cash rate", "/explainers/nz-ocr-how-it-works/"),
             ("Asia-Pacific central bank calendar for July", "/markets/asia-pacific-central-bank-calendar-july-2026/")],
    text="""
WELLINGTON, July 8 (Pacific Wire) - New Zealand's central bank raised its official cash rate by
25 basis points to 3.00% on Wednesday, its first increase in more than three years, saying
inflation had stayed above its target band for too long and that it wanted to stop higher
prices from becoming entrenched.

The Reserve Bank of New Zealand's seven-member Monetary Policy Committee voted five to two for
the move, according to a summary record of the meeting released with the decision at 2 p.m.
(0200 GMT). The two dissenting members would have preferred to leave the rate at 2.75%.

The increase caught much of the market off guard. Only four of 18 economists polled by Pacific
Wire last week had forecast a hike, with the remaining 14 expecting the committee to wait at
least until its August meeting, when it publishes a full set of new economic projections.

"Inflation has stayed above our target band for longer than we expected, and we are not
prepared to let higher prices settle into wages and everyday pricing decisions. A modest
increase now lowers the risk of having to do much more later," Governor Dominic Halloran said
in a statement.

The New Zealand dollar jumped about 1.1% to $0.6052, from around $0.5984 immediately before
the announcement. Two-year swap rates, which feed through to fixed mortgage pricing, climbed
14 basis points to 3.32%.

Annual consumer price inflation ran at 3.1% in the first quarter, above the bank's 1% to 3%
target range, and economists say the second-quarter figure, due on July 16, is unlikely to show
much relief. The unemployment rate fell to 4.6% in the March quarter, a sign that spare capacity
in the labour market is being used up faster than the bank had assumed.

The committee held the cash rate at 2.75% at its previous meeting on May 27, when the decision
was unanimous. Projections published then pointed to the next move being upward, but not until
2027.

According to the record, members in the majority judged that firms were passing on cost
increases more readily than in previous cycles and that household inflation expectations had
crept higher over the past two surveys. The two members who preferred to hold argued that the
recovery remained uneven across regions and that the full effect of earlier rate cuts had yet to
show up in activity.

Speaking to reporters in Wellington after the release, Halloran played down suggestions that
the bank was embarking on a long series of increases. "This is not the start of a long climb,"
he said. "We will take the data meeting by meeting."

Deputy Governor Ngaire Pellowe said the committee had discussed a larger move but regarded 25
basis points as sufficient for now, given that most mortgage borrowers are on fixed terms and
would feel the change gradually as they refinance over the coming year.

Finance Minister Callum Ferreira said the government respected the bank's independence and
would keep its own spending restrained. Opposition parties criticised the timing, arguing that
households were only beginning to feel the benefit of lower borrowing costs.

Analysts said the decision put New Zealand out of step with several regional peers. "They have
moved earlier than almost anyone thought they would, and the statement leaves the door open
to doing it again," said Mele Fonoti, chief economist at Kauri Bank in Auckland.

The committee's next decision is due on August 19, alongside a Monetary Policy Statement.
""")

_CB2_URL = "https://www.aotearoaledger.example/business/economy/reserve-bank-lifts-ocr-to-3-per-cent-first-hike-since-2023"
_CB2 = _paper_page(
    url=_CB2_URL, base="https://www.aotearoaledger.example", site="The Aotearoa Ledger",
    headline="Reserve Bank lifts OCR to 3 per cent in first hike since 2023",
    desc="Borrowers face higher costs after the central bank raised the official cash rate by a quarter of a percentage point on a five-to-two vote.",
    authors=["Hine Marchetti"], iso="2026-07-08T16:45:00+12:00", modified="2026-07-08T18:10:00+12:00",
    visible="Wednesday, 8 July 2026, 4:45pm", section="Economy", kicker="Interest rates",
    standfirst="A divided committee moves earlier than most forecasters expected, and the governor warns inflation must not become a habit.",
    fig=("/media/2026/07/08/halloran-press-conference.jpg",
         "Reserve Bank Governor Dominic Halloran speaks to media in Wellington on Wednesday afternoon.",
         "Photo / Aotearoa Ledger, Sefa Morrow"),
    fig2=("/media/2026/07/08/auckland-open-home.jpg",
          "An open home in Auckland. Most mortgage holders are on fixed terms and will feel the increase as they refinance.",
          "Photo / File"),
    related=[("What the OCR rise means for your mortgage, in five questions", "/business/personal-finance/ocr-rise-mortgage-five-questions"),
             ("Editorial: The Reserve Bank blinks first", "/opinion/editorials/reserve-bank-blinks-first"),
             ("Kiwi dollar jumps past 60 US cents", "/business/markets/kiwi-dollar-jumps-past-60-us-cents")],
    most_read=["Motorway closure extended into next week", "Reserve Bank lifts OCR to 3 per cent in first hike since 2023",
               "Netball: Late goal settles trans-Tasman thriller", "The bach that sold for twice its valuation"],
    author_bio="Hine Marchetti is the Ledger's economics editor. She has covered the Reserve Bank since 2015.",
    text="""
Home owners who had grown used to falling interest rates got an unwelcome surprise on
Wednesday when the Reserve Bank raised the official cash rate for the first time since May 2023.

The bank's Monetary Policy Committee lifted the OCR by a quarter of a percentage point, from
2.75 per cent to 3 per cent. The decision was not unanimous: five members of the seven-strong
committee voted for the increase and two wanted to leave the rate where it was.

Governor Dominic Halloran said the committee had lost patience with inflation that had sat
above the 1 to 3 per cent target band for several quarters. Annual inflation was 3.1 per cent in
the year to March.

"Inflation has stayed above our target band for longer than we expected, and we are not
prepared to let higher prices settle into wages and everyday pricing decisions," Halloran said.

He told a press conference at the bank's Wellington headquarters that the move should not be
read as the first of many. "This is not the start of a long climb," he said.

## A split committee

The record of the meeting, published with the decision at 2pm, shows the committee weighed a
hold against increases of 25 and 50 basis points. The majority pointed to businesses raising
prices more readily, to a jump in household inflation expectations and to an unemployment rate
that had fallen to 4.6 per cent.

The two members in the minority argued that the economy was still recovering unevenly and that
some of the relief from last year's cuts had not yet reached borrowers. The record does not say
who voted which way.

At its previous review on May 27 the committee had held the OCR at 2.75 per cent without
dissent, and its forecasts then suggested no increase until next year.

## Borrowers feel it next

Kauri Bank chief economist Mele Fonoti said the practical effect would be felt first by people on
floating rates and those whose fixed terms end in the next few months.

"For someone with a $600,000 floating mortgage, this adds roughly $100 a month if the banks pass
it on in full," she said. "Most people are fixed, so for them it arrives at their next rollover."

Fixed mortgage rates had already started creeping up in recent weeks as wholesale rates rose.
On Wednesday afternoon the two-year swap rate was 14 basis points higher at 3.32 per cent.

The New Zealand dollar rose to 60.5 US cents, from 59.8 cents just before the announcement.

## Politics

Finance Minister Callum Ferreira said the government would not second-guess the bank. "The
Reserve Bank is independent and it has made its call. Our job is to make sure government
spending isn't adding fuel to inflation," he said.

Opposition finance spokesperson Rangi Woodward said the decision would hit families who had only
just started to feel better off. "Families who were finally getting some relief at the bank are
now being told to brace again," he said.

Most economists had expected the bank to wait for its August Monetary Policy Statement, which
comes with updated forecasts, before moving. That statement is due on August 19.

Before then, the June-quarter consumer price index, released on July 16, will show whether the
committee's worries about persistent price pressures are justified. Deputy Governor Ngaire
Pellowe said the bank would be watching measures of core inflation most closely. "A modest
increase now lowers the risk of having to do much more later," Halloran said in the statement.
""")

_CB3_URL = "https://www.tasmanbroadcast.example/news/business/2026-07-08/new-zealand-reserve-bank-raises-interest-rates/104512"
_CB3 = _broadcast_page(
    url=_CB3_URL, base="https://www.tasmanbroadcast.example", site="Tasman Broadcasting Network",
    headline="New Zealand's Reserve Bank raises interest rates for the first time in three years",
    desc="Across the Tasman, the central bank has lifted its cash rate to 3 per cent, a move most economists did not see coming.",
    authors=["Declan Ferris", "Amira Nassar"], iso="2026-07-08T13:20:00+10:00", modified="2026-07-08T15:02:00+10:00",
    visible="Wed 8 Jul 2026 at 1:20pm", section="Interest Rates",
    key_points=["The Reserve Bank of New Zealand has raised its official cash rate by 0.25 percentage points to 3 per cent",
                "Five of the seven members of its Monetary Policy Committee backed the increase; two wanted no change",
                "The New Zealand dollar rose more than 1 per cent after the noon AEST announcement"],
    fig=("/images/2026/07/08/wellington-waterfront.jpg",
         "Wellington's waterfront. The Reserve Bank said inflation had stayed above its target band for too long.",
         "Supplied: Tasman Broadcasting Network"),
    audio="Listen: The Business Report, 4 min 12 sec",
    related=[("What the RBA will make of New Zealand's rate rise", "/news/business/rba-new-zealand-rate-rise/104530"),
             ("Australian dollar steady as markets digest Wellington move", "/news/business/aud-steady/104528"),
             ("Inflation in Australia: where prices are still rising", "/news/business/inflation-where-prices-rising/104101")],
    text="""
New Zealand's central bank has raised interest rates for the first time in more than three
years, lifting its official cash rate from 2.75 per cent to 3 per cent and warning that it would
not let inflation become entrenched.

The Reserve Bank of New Zealand announced the 0.25 percentage point increase at 2:00pm in
Wellington, which was midday on the east coast of Australia.

It was a closer call than the headline decision suggests. Five members of the bank's seven-member
Monetary Policy Committee voted for the rise, while two argued for leaving the rate unchanged at
2.75 per cent.

In a statement, Reserve Bank Governor Dominic Halloran said the committee was "not prepared to
let higher prices settle into wages and everyday pricing decisions".

"A modest increase now lowers the risk of having to do much more later," he said.

Annual inflation in New Zealand was 3.1 per cent in the March quarter, above the Reserve Bank's
target range of 1 to 3 per cent.

The New Zealand dollar climbed more than 1 per cent against the US dollar in the minutes after
the decision, to just over 60.5 US cents.

## Few saw it coming

Most market economists had tipped the bank to leave rates on hold until August, when it releases
new forecasts.

At its last meeting, on May 27, the committee voted unanimously to keep the cash rate at 2.75 per
cent.

Kauri Bank chief economist Mele Fonoti, speaking from Auckland, said the bank had clearly become
more worried about price rises in the services sector.

"They have moved earlier than almost anyone thought they would, and the statement leaves the
door open to doing it again," she said.

Mr Halloran told reporters that further rises were not a foregone conclusion. "We will take the
data meeting by meeting," he said.

## What it means for Australia

The decision comes as the Reserve Bank of Australia weighs its own next step, with its cash rate
at 3.60 per cent after it was left unchanged in June.

Sydney-based economist Lachlan Verity of Greyfield Advisory said the New Zealand move would not
necessarily be repeated here, but it showed that central banks in the region were wary of
declaring victory over inflation too early.

"Wellington has reminded everyone that rates can go up as well as down," Mr Verity said. "I
don't think the RBA is anywhere near that point, but it will have been watching at noon today."

Higher interest rates in New Zealand could also affect the roughly 600,000 New Zealand citizens
living in Australia who hold property or mortgages back home, he said.

New Zealand Finance Minister Callum Ferreira said the government respected the central bank's
independence and would keep spending in check so that it was not adding to inflation.

The Reserve Bank of New Zealand's next decision is due on August 19.

Figures due on July 16 will show whether New Zealand's inflation rate eased in the June quarter.
""")

_CB4_URL = "https://www.kiwimoneybrief.example/issues/412-the-hike-almost-nobody-saw-coming"
_CB4 = _newsletter_page(
    url=_CB4_URL, base="https://www.kiwimoneybrief.example", site="The Kiwi Money Brief",
    headline="The hike (almost) nobody saw coming",
    desc="Issue 412: the Reserve Bank's 5-2 vote, what swaps and the kiwi did, and what to watch next week.",
    authors=["Paora Lindsay-Webb"], iso=None, visible="Thursday 9 July 2026",
    issue="Issue #412", section="Newsletter",
    fig=("/charts/412-ocr-track.png",
         "The official cash rate since 2022, with yesterday's move to 3.00%.",
         "Chart: The Kiwi Money Brief, data from the Reserve Bank of New Zealand"),
    sponsor="This issue is supported by Harakeke KiwiSaver. Past performance is not a guide to future returns.",
    related=[("The Reserve Bank's summary record of meeting (PDF)", "/out/rbnz-record-july-2026"),
             ("Issue #411: Will they or won't they?", "/issues/411-will-they-or-wont-they"),
             ("Our mortgage calculator", "/tools/mortgage-calculator")],
    text="""
Morena. If you spent yesterday afternoon away from a screen, here is what you missed: the Reserve
Bank lifted the official cash rate by 25bp to 3.00%. It was the first increase since May 2023, and
it came a full six weeks before almost anyone expected it.

## The decision

The Monetary Policy Committee voted 5-2. The two holdouts wanted to keep the OCR at 2.75%, where it
has sat since the committee's unanimous hold on 27 May. As usual, the record of meeting does not
name names, so the guessing game about who dissented is already under way on economist social
media. We won't join in.

The reasoning was plain enough. Headline inflation was 3.1% in the year to March, outside the 1-3%
target band, and the committee is worried that firms and workers are starting to treat that as
normal. Governor Dominic Halloran put it this way in the statement: "we are not prepared to let
higher prices settle into wages and everyday pricing decisions."

The statement also had a line that every forecaster will be quoting for the next six weeks: "A
modest increase now lowers the risk of having to do much more later."

At the press conference Halloran was at pains to say this is not the opening of a long tightening
cycle. Deputy Governor Ngaire Pellowe added that 50bp had been discussed but not seriously pushed.
Make of that what you will.

## What the market did

The kiwi jumped from 59.8 US cents to 60.5 cents within minutes of the 2pm release and held most of
the gain overnight. Two-year swaps rose 14bp to 3.32%, which is the number to watch if you are
about to fix a mortgage.

If you were in the majority of forecasters who had pencilled in a hold, you were in good company:
the wire polls had only four of 18 economists calling a hike. Mele Fonoti at Kauri Bank was one of
them, and she was kind enough not to gloat in her note this morning. Mostly.

## What it means for borrowers

Fonoti's rule of thumb: for a $600,000 floating mortgage, roughly $100 a month more if the banks
pass the full increase on. Most borrowers are fixed, so the hit arrives at rollover rather than
next week. If you are rolling off a fixed term in the next three months, our calculator (link
below) will show you the range of outcomes.

Savers, for once, get some good news. Term deposit rates had been drifting lower since last year,
and at least two banks signalled on Wednesday evening that they would review their rates within
days.

## The politics

Finance Minister Callum Ferreira stuck to the script, saying the bank is independent and has made
its call. Opposition finance spokesperson Rangi Woodward called the timing harsh on families.
Expect both lines to be repeated at select committee when the governor appears there later this
month.

## Diary

* Thursday 16 July: June-quarter CPI. A print at or above 3% would make another move in August very live. * Wednesday 19 August: next OCR decision, with the full Monetary Policy Statement and fresh forecasts. * Across the Tasman: the RBA meets in August too. Nobody there is talking about hikes yet.

That's it from us. Reply to this email if you think we got something wrong; we read every one.

Paora
""")

STORY_1 = _story("cb-KF1", "central bank", "2026-07-11", [
    _page(_CB1_URL, _CB1),
    _page(_CB2_URL, _CB2),
    _page(_CB3_URL, _CB3),
    _page(_CB4_URL, _CB4),
], [])


# ======================================================================================
# Story 2 - el-KF2 - election (CONTROL)
# Facts: NSW Legislative Assembly by-election for Bega, Saturday 14 March 2026; polls close
# 6pm AEDT (UTC+11). Triggered by the January resignation of Labor MP Rhiannon Dask.
# Enrolled: 58,930. Labor's Priya Castellano (38, former Bega Valley Shire councillor and
# midwife) wins. Liberal Douglas "Doug" Fenwicke (54, Pambula oyster farmer) concedes by phone
# at 9.40pm; Castellano speaks at Bega Showground pavilion about 10.15pm.
# End of Saturday-night count: 37,406 formal votes - Castellano 15,561 (41.6%), Fenwicke
# 13,878 (37.1%), Greens' Marnie Oyelaran 4,563 (12.2%), independent Tom Halvorsen 3,404
# (9.1%); indicative two-candidate preferred 54.8-45.2; swing against Labor 4.1 points from
# 58.9% in 2023. Monday 16 March afternoon: 45,218 formal (7,812 more) - Castellano 18,946
# (41.9%), Fenwicke 16,640 (36.8%), Oyelaran 5,562 (12.3%), Halvorsen 4,070 (9.0%); 2CP
# 55.1-44.9; swing 3.8. Merimbula Public School booth: Fenwicke 1,388, Castellano 1,212.
# Candelo booth (first in): Castellano 212, Fenwicke 187. Greens 10.8% in 2023.
# Declaration expected Friday 20 March; parliament resumes Tuesday 24 March; state election
# due March 2027. Opposition Leader Mark Stannard; Labor state secretary Joanne Pirrie.
# ======================================================================================

_EL1_URL = "https://www.coastlinedaily.example/politics/live/2026/mar/14/bega-by-election-live-results"
_EL1 = _liveblog_page(
    url=_EL1_URL, base="https://www.coastlinedaily.example", site="Coastline Daily",
    headline="Bega by-election live: Labor's Priya Castellano claims victory as Liberals concede",
    desc="Live results and reaction from the Bega by-election on the NSW far south coast.",
    authors=["Sophie Agnelli", "Ben Whitlam-Ruiz"], iso="2026-03-14T17:45:00+11:00",
    modified="2026-03-14T22:40:00+11:00", visible="14 Mar 2026, 10.40pm AEDT", section="NSW politics",
    fig=("/img/2026/03/14/bega-tally-room.jpg",
         "Scrutineers watch ballot papers being sorted at a polling place in Bega on Saturday evening.",
         "Photograph: Coastline Daily/Jacinta Moore"),
    related=[("Who is Priya Castellano? The midwife-turned-councillor heading to Macquarie Street", "/politics/2026/mar/14/who-is-priya-castellano"),
             ("Why Bega went to the polls early", "/politics/2026/feb/02/why-bega-is-having-a-by-election"),
             ("NSW election 2027: the seats to watch", "/politics/2026/mar/10/nsw-election-2027-seats-to-watch")],
    intro="""
Labor has held the far south coast seat of Bega at Saturday's by-election, with Priya Castellano
claiming victory and Liberal candidate Doug Fenwicke conceding. There was a swing of about four
points against the government on the indicative preference count. Counting has finished for the
night; pre-poll and postal votes will be added from Monday.
""",
    entries=[
        ("6.00pm", "2026-03-14T18:00:00+11:00", "Polls have closed",
         """Voting has ended across the electorate of Bega, where 58,930 people are enrolled. Four
candidates are standing to replace Labor's Rhiannon Dask, who resigned in January: Labor's Priya
Castellano, the Liberals' Douglas Fenwicke, the Greens' Marnie Oyelaran and independent Tom
Halvorsen, a charter boat operator from Eden.

Labor won the seat at the 2023 state election with 58.9 per cent of the two-party vote, so the
Liberals need a swing of almost nine points to take it. Nobody on either side expects that, but
the size of any swing will be read closely in Macquarie Street."""),
        ("6.50pm", "2026-03-14T18:50:00+11:00", "First booth: Candelo",
         """The small Candelo booth is the first in, and it's a good start for Labor: Castellano 212,
Fenwicke 187. It's a tiny sample, so don't read much into it. Booths in the bigger towns of Bega,
Merimbula and Eden will take another hour or two."""),
        ("7.45pm", "2026-03-14T19:45:00+11:00", "Labor in front as bigger booths report",
         """With just under 12,000 votes counted, Castellano is ahead on primary votes by a bit more than
five points. The Greens are running third, with Halvorsen a little behind them.

A Labor volunteer at the Bega Showground tells us the mood is "nervous but cheerful". The
Liberal function at a Pambula hotel is quieter."""),
        ("8.35pm", "2026-03-14T20:35:00+11:00", "Merimbula goes blue",
         """The booth at Merimbula Public School has fallen the Liberals' way: Fenwicke 1,388,
Castellano 1,212. That's Fenwicke's home patch, more or less, and it's one of the few large booths
where he's in front. Across the seat as a whole, Castellano is holding her lead."""),
        ("9.10pm", "2026-03-14T21:10:00+11:00", "Indicative preferences favour Castellano",
         """The electoral commission's indicative two-candidate count, which distributes Greens and
independent preferences between the top two, has Castellano ahead by roughly 55-45. That's a swing
to the Liberals, but not nearly enough to cost Labor the seat."""),
        ("9.40pm", "2026-03-14T21:40:00+11:00", "Fenwicke concedes",
         """Doug Fenwicke has phoned Priya Castellano to concede. Speaking to supporters in Pambula a few
minutes later, he said: "We ran a campaign we can be proud of. The numbers just weren't there
tonight." He thanked volunteers who had "handed out how-to-votes in the rain since seven this
morning"."""),
        ("10.15pm", "2026-03-14T22:15:00+11:00", "Castellano: 'the job I intend to do from Monday'",
         """Priya Castellano has arrived at the Bega Showground pavilion to loud applause. Her speech
was short. "People here told me they wanted someone who answers the phone and fixes the road, and
that is the job I intend to do from Monday. I won't forget that a lot of you lent me your vote for
the first time tonight," she said.

She also thanked Rhiannon Dask, who was in the crowd, and Fenwicke, whom she called "a decent man
who ran a clean race"."""),
        ("10.40pm", "2026-03-14T22:40:00+11:00", "Where the count stands tonight",
         """Counting is done for the night. With 37,406 formal votes counted, Castellano has 41.6 per
cent of first preferences, Fenwicke 37.1 per cent, Oyelaran 12.2 per cent and Halvorsen 9.1 per
cent.

On the indicative preference count, Castellano leads 54.8 per cent to 45.2 per cent, a swing of
4.1 points against Labor since 2023. Pre-poll and postal votes will be counted from Monday, and the
result should be formally declared later in the week. We'll leave the live coverage here. Thanks
for following along."""),
    ])

_EL2_URL = "https://www.australnews.example/article/australia-politics-nsw-bega-byelection-20260314"
_EL2 = _wire_page(
    url=_EL2_URL, base="https://www.australnews.example", site="Austral News Service",
    headline="Labor holds NSW seat of Bega at by-election despite swing",
    desc="The New South Wales government kept the far south coast seat of Bega, but its margin narrowed by about four points.",
    authors=["Nicholas Pappas"], iso="2026-03-14T13:05:00Z", modified=None,
    visible="March 14, 2026 | 1:05 PM UTC", section="Australia",
    fig=("/photos/2026/03/14/castellano-bega.jpg",
         "Labor candidate Priya Castellano speaks to supporters in Bega, New South Wales, March 14, 2026.",
         "Austral News Service/Pat Kearney"),
    credit_line="Reporting by Nicholas Pappas in Sydney; editing by Marguerite Dumont",
    topics=["Australia", "Elections", "New South Wales"],
    related=[("NSW budget to land in June with housing focus", "/article/nsw-budget-housing-20260310"),
             ("Australia's states face tighter finances, ratings agency says", "/article/australia-states-ratings-20260305")],
    text="""
SYDNEY, March 14 (Austral News Service) - The Labor government of New South Wales held the
regional seat of Bega at a by-election on Saturday, although early counting showed a swing of
about 4 percentage points against it a year before the next state election.

Labor candidate Priya Castellano, a 38-year-old former local councillor and midwife, claimed
victory at about 10:15 p.m. local time (1115 GMT), after her main rival, Douglas Fenwicke of the
opposition Liberal Party, conceded by telephone.

With 37,406 formal votes counted by the end of Saturday night, Castellano had 41.6% of first
preferences against 37.1% for Fenwicke, according to the NSW Electoral Commission. The Greens'
Marnie Oyelaran had 12.2% and independent Tom Halvorsen 9.1%.

On the commission's indicative count of preferences between the two leading candidates,
Castellano led with 54.8% to Fenwicke's 45.2%. Labor won 58.9% on the same measure at the 2023
state election.

The seat, which covers the Bega Valley and stretches south to the Victorian border, fell vacant
when Labor lawmaker Rhiannon Dask resigned in January, citing family health reasons. Some
58,930 people are enrolled to vote there.

"People here told me they wanted someone who answers the phone and fixes the road," Castellano
told supporters at the Bega showground.

Fenwicke, a 54-year-old oyster farmer from Pambula, said his party had fought a campaign it could
be proud of. "The numbers just weren't there tonight," he said.

By-elections in Australia often produce swings against sitting governments, and analysts had
expected Labor to lose some support in a region still rebuilding from the 2019-20 bushfires and
affected by rising insurance premiums and the cost of housing.

Castellano won most polling places in the town of Bega and in the inland villages, while Fenwicke
ran stronger in coastal centres such as Merimbula, where he topped the count at the electorate's
largest polling place. The campaign was dominated by local concerns, among them the condition of
the region's highways, staffing at the hospital in Bega and the cost of home insurance after
recent floods.

Oyelaran's share was up from the 10.8% the Greens won in Bega in 2023, the commission's figures
showed. Halvorsen, a fishing charter operator from the port town of Eden, did not recommend
preferences to his voters, and analysts said his supporters appeared to have split roughly evenly
between the two major parties.

Losing the seat would not have threatened the government's hold on power, but a heavy defeat
would have fed criticism of its record outside Sydney, where it has faced complaints about slow
recovery funding and hospital staffing.

Liberal leader Mark Stannard said the result showed voters were losing faith in the government.
Labor's state secretary, Joanne Pirrie, said holding the seat comfortably three years into the
government's term was "a strong result by any measure".

Thousands of early and postal votes remain to be counted, starting on Monday.
The commission is expected to declare the result on Friday, March 20, and Castellano is expected
to take her seat when the Legislative Assembly resumes sitting the following week.

New South Wales, Australia's most populous state, is due to hold its next general election in
March 2027.
""")

_EL3_URL = "https://www.scpr.example/news/2026-03-15/bega-by-election-analysis-swing-labor/1029384"
_EL3 = _broadcast_page(
    url=_EL3_URL, base="https://www.scpr.example", site="Southern Cross Public Radio",
    headline="Labor keeps Bega, but a four-point swing gives both sides something to think about",
    desc="Analysis: the far south coast by-election was never likely to change hands. What the swing says about 2027 is another matter.",
    authors=["Rosalind Kettering"], iso="2026-03-14T22:30:00Z", modified="2026-03-15T00:15:00Z",
    visible="Sun 15 Mar 2026 at 9:30am", section="State Politics",
    key_points=["Labor's Priya Castellano won Saturday's Bega by-election with about 55 per cent of the two-candidate vote on the night",
                "The indicative swing against Labor was 4.1 per cent compared with the 2023 state election",
                "Liberal Doug Fenwicke won the Merimbula booth but trailed across most of the seat"],
    fig=("/images/2026/03/15/bega-main-street.jpg",
         "Carp Street in Bega on the morning after the by-election.",
         "SCPR: Joel Barnaby"),
    audio="Listen: Rosalind Kettering on SCPR Weekend AM, 6 min 40 sec",
    related=[("Bega by-election results in full", "/news/elections/bega-2026/results"),
             ("Labor's housing pitch to the regions", "/news/2026-03-02/labor-regional-housing-pitch/1027710"),
             ("Liberals pick oyster farmer for Bega", "/news/2026-02-06/liberals-preselect-bega-candidate/1026001")],
    text="""
Labor has kept the seat of Bega, and on most measures comfortably. But the party's strategists
will spend the coming week looking hard at a swing against them of 4.1 per cent, and the
Opposition will spend it arguing that the number means more than it does.

By the time counting stopped on Saturday night, Labor's Priya Castellano had 41.6 per cent of the
primary vote, ahead of the Liberals' Doug Fenwicke on 37.1 per cent. After the preferences of the
Greens and the independent were distributed on an indicative basis, Castellano led 54.8 per cent
to 45.2 per cent.

That compares with the 58.9 per cent Labor won in Bega at the 2023 election. A government losing
four points of its two-party vote at a by-election a year out from a general election is not
unusual. It is not nothing either.

## Where Labor held up and where it didn't

The booth results tell a familiar regional story. Castellano did well in Bega itself, where she
served on the shire council, and in the inland villages. The Candelo booth, the first reported on
Saturday night, went her way.

Fenwicke, an oyster farmer who lives in Pambula, won the big booth at Merimbula Public School and
ran close in several coastal towns where retirees and holiday-home owners make up a large part of
the roll. Insurance premiums and the price of housing came up again and again in conversations
with voters there during the campaign.

"The coast is where the government has a problem," said Keira Moffatt, a political scientist at
the University of Wollongong. "Inland, the Labor vote barely moved. On the water it went
backwards."

## Competing spin

Opposition Leader Mark Stannard was quick to claim the result as a warning for the government.
"A swing like that in a seat Labor has treated as safe should worry the Premier," he said on
Sunday morning.

Labor's state secretary Joanne Pirrie said the party had held a regional seat with a solid margin
three years into its term. "Anybody who tells you that's a bad night for a government hasn't
looked at many by-elections," she said.

The Greens' Marnie Oyelaran finished third with 12.2 per cent of first preferences, up from 10.8
per cent for the party in 2023. Independent Tom Halvorsen, who campaigned on fishing access and
the state of the Princes Highway, won 9.1 per cent.

## The new member

Castellano, 38, worked as a midwife at the local hospital before being elected to Bega Valley
Shire Council. In a brief speech at the showground on Saturday night she thanked the woman she
replaces, Rhiannon Dask, whose resignation in January triggered the by-election.

"I won't forget that a lot of you lent me your vote for the first time tonight," she told the
crowd.

Early and postal votes will be counted from Monday. Those votes can shift the margin by a point
or so in either direction, but no one expects them to change the outcome. The NSW Electoral
Commission expects to declare the result at the end of the week.

Moffatt said both parties would be careful about reading too much into one seat. "Next March is a
long way off, and by-elections are where voters send messages they don't always repeat at a
general election," she said.
""")

_EL4_URL = "https://www.sapphirecoastvoice.example/news/castellanos-lead-grows-as-pre-poll-votes-counted"
_EL4 = _local_page(
    url=_EL4_URL, base="https://www.sapphirecoastvoice.example", site="Sapphire Coast Voice",
    headline="Castellano's lead grows as pre-poll votes are counted",
    desc="Labor's margin in Bega widens slightly as thousands of early votes are added to the tally.",
    authors=["Jess Tranter"], iso=None, modified=None,
    visible="Monday, March 16, 2026 - 5.20pm", section="Politics",
    fig=("/wp-content/uploads/2026/03/castellano-monday.jpg",
         "Bega's new MP Priya Castellano talks to dairy farmers at Kameruka on Monday morning.",
         "Picture: Jess Tranter"),
    weather="Bega today: 24°C, showers clearing · Merimbula tide: high 1.42m at 3.51pm",
    notices=["Bega Valley Shire Council: road works on Tathra Road, March 17-27",
             "Eden Whale Festival volunteers' meeting, Thursday 7pm, Eden Hall",
             "Cobargo Show committee AGM, March 28"],
    related=[("Merimbula booth swings to Fenwicke", "/news/merimbula-booth-swings-to-fenwicke"),
             ("Who the candidates are, and what they promised", "/news/bega-by-election-candidates-guide"),
             ("Letters: the highway, the hospital and the by-election", "/opinion/letters-march-14")],
    text="""
Priya Castellano's hold on Bega firmed on Monday as electoral officials began counting the
thousands of votes cast before polling day.

By late Monday afternoon the NSW Electoral Commission had counted 45,218 formal votes, 7,812
more than on Saturday night. Castellano, Labor's candidate, had 18,946 first-preference votes, or
41.9 per cent. Liberal Doug Fenwicke had 16,640 (36.8 per cent), the Greens' Marnie Oyelaran 5,562
(12.3 per cent) and independent Tom Halvorsen 4,070 (9.0 per cent).

Her lead on the commission's indicative two-candidate count rose to 55.1 per cent against 44.9 per
cent for Fenwicke. That puts the swing against Labor at 3.8 points, slightly smaller than the
figure on election night.

The votes counted so far are equal to about 77 per cent of the 58,930 people on the roll for
Bega. Some postal votes can still arrive until the end of the week.

## 'No honeymoon'

Castellano spent Monday morning on a dairy farm at Kameruka and the afternoon at South East
Regional Hospital, where she worked as a midwife until she was elected to the shire council.

"I said on Saturday night that fixing things is the job I intend to do from Monday, so here I am,"
she told the Voice between meetings. "There's no honeymoon. People want to see the Snowy
Mountains Highway fixed at Brown Mountain and they want the maternity ward staffed properly."

She said she would ask to meet the roads minister before parliament resumes.

## Liberals win Merimbula

The Liberal candidate did best along the coast. At the Merimbula Public School booth, the largest
on polling day, Fenwicke had 1,388 votes to Castellano's 1,212.

Fenwicke, who farms oysters on Pambula Lake, said on Monday he had no regrets and had not ruled
out standing again at next year's state election. "We closed the gap by four points in six weeks
of campaigning," he said. "That's a start."

He said many voters he met had been angry about home insurance costs since the floods two years
ago.

## Greens up, independent steady

Oyelaran, a teacher at Bega High School, said the Greens had improved on the 10.8 per cent the
party won in Bega in 2023, "and we did it with a campaign run almost entirely by volunteers".

Halvorsen, who runs a fishing charter business out of Eden, said he was pleased to have finished
with about 9 per cent. "I wasn't going to win, but I think the big parties now know the Eden end
of the electorate exists," he said. He had not told voters how to allocate their preferences.

## What happens next

The commission expects to formally declare the poll on Friday, March 20. Castellano will then be
sworn in as the member for Bega when the Legislative Assembly sits again on Tuesday, March 24.

Former member Rhiannon Dask, who resigned in January to care for a family member, said she was
"thrilled" the seat would stay with Labor. "Priya will work harder than I did, which is saying
something," she said.

The Voice will publish a full booth-by-booth breakdown once the count is complete, including the
pre-poll centres at Bega, Merimbula and Eden.
""")

STORY_2 = _story("el-KF2", "election", "2026-03-18", [
    _page(_EL1_URL, _EL1),
    _page(_EL2_URL, _EL2),
    _page(_EL3_URL, _EL3),
    _page(_EL4_URL, _EL4),
], [])


# ======================================================================================
# Story 3 - ct-KF3 - court (PLANTED)
# Facts: Fiji Court of Appeal, sitting in Suva, Friday 24 April 2026. Appellant Devendra
# Sahai, 52, from Labasa, former chief financial officer of Koro Sea Shipping Ltd (Suva).
# Convicted in the High Court at Suva of obtaining a financial advantage by deception and
# money laundering over F$3.4 million (about US$1.5m / A$2.3m) taken in 2018-2022 through
# false fuel-supply invoices paid to a shell company; sentenced in November 2024 to nine
# years with a non-parole period of seven years. Repaid F$620,000 before trial (F$2.78m
# still owed). Appeal against sentence only. By a 2-1 majority (Justice Priscilla Whitmore,
# who wrote the lead judgment, and presiding Justice Kelesi Tuilau; Justice Nimal Perakanda
# dissenting) the court cut the sentence to seven years, non-parole period five years,
# backdated to November 2024; earliest release November 2029. State counsel Mereani Tuberi;
# defence counsel Aiden Lotawa; Koro Sea chief executive Salote Vakaloloma.
# PLANTED: Radio Bula Pacific calls the decision unanimous; Labasa Local spells the surname
# "Sahay" throughout.
# ======================================================================================

_CT1_URL = "https://www.oceaniapress.example/news/2026/04/24/fiji-court-appeal-cuts-sentence-shipping-fraud"
_CT1 = _wire_page(
    url=_CT1_URL, base="https://www.oceaniapress.example", site="Oceania Press Agency",
    headline="Fiji appeal court cuts ex-shipping executive's fraud sentence to seven years",
    desc="The Court of Appeal in Suva reduced Devendra Sahai's sentence by two years in a split decision, finding the trial judge counted one aggravating factor twice.",
    authors=["Litia Qalo"], iso="2026-04-24T04:10:00Z", modified="2026-04-24T05:02:00Z",
    visible="24 April 2026 04:10 UTC", section="Pacific",
    fig=("/photos/2026/04/24/suva-government-buildings.jpg",
         "The Government Buildings in Suva, which house Fiji's higher courts. File photo.",
         "OPA/Timoci Rokovucago"),
    credit_line="Reporting by Litia Qalo; editing by Hamish Van der Berg",
    topics=["Fiji", "Courts", "Fraud", "Pacific"],
    related=[("Fiji's anti-corruption push faces funding squeeze", "/news/2026/03/30/fiji-anti-corruption-funding"),
             ("Inter-island ferry operators seek fuel subsidy", "/news/2026/02/11/fiji-ferry-fuel-subsidy")],
    text="""
SUVA, April 24 (OPA) - Fiji's Court of Appeal on Friday reduced the prison sentence of a former
shipping company executive convicted of defrauding his employer of F$3.4 million, ruling 2-1 that
the trial judge had punished him twice for the same aggravating feature.

Devendra Sahai, 52, the former chief financial officer of Suva-based Koro Sea Shipping Ltd, was
sentenced by the High Court in November 2024 to nine years in prison with a non-parole period of
seven years. The appeal court replaced that with a seven-year term and a non-parole period of five
years, backdated to the original sentencing date.

Sahai was found guilty of obtaining a financial advantage by deception and of money laundering
after prosecutors showed that, between 2018 and 2022, he approved invoices for fuel that was never
delivered and routed the payments to a company he controlled. The sum is equivalent to about
US$1.5 million.

Writing for the majority, Justice Priscilla Whitmore said the High Court had already built the
breach of trust into the starting point of the sentence and then added more time for it as an
aggravating factor.

"A sentencing court must not punish the same feature of offending twice, however serious that
feature is," Whitmore wrote. "That is what happened here, and the error is not a small one."

She also found that the trial judge had given too little weight to the F$620,000 that Sahai repaid
to the company before his trial. Justice Kelesi Tuilau, who presided, agreed.

Justice Nimal Perakanda dissented, saying he would have dismissed the appeal. In his view the
original term, though stern, fell within the range available for a breach of trust of that size
by a senior officer of a company that provides passenger and cargo links to outer islands.

Sahai, who appeared by video link from the Naboro Corrections Centre outside Suva, showed no
visible reaction as the decision was read. With the non-parole period backdated, he would be
eligible for release in November 2029 at the earliest.

State counsel Mereani Tuberi told the court the Office of the Director of Public Prosecutions
would study the judgment before deciding whether to seek special leave to appeal to the Supreme
Court, Fiji's highest court.

Defence lawyer Aiden Lotawa said outside court that the ruling was fair. "The court has not said
my client did nothing wrong. It has said he should be punished once, not twice," he said.

Koro Sea Shipping, which runs ferries and cargo vessels between Suva and islands in the Lau and
Lomaiviti groups, said in a statement that it would continue civil proceedings to recover the
remaining F$2.78 million.

The case drew attention in Fiji because the company's services are a lifeline for remote island
communities, and because the losses came during years in which it raised fares and cut some
routes, citing fuel costs. Chief executive Salote Vakaloloma said in the statement that the money
"belonged to the people who rely on our ships".

Fraud and corruption cases have become a political issue in Fiji in recent years, with the
government promising more resources for investigators and prosecutors.
""")

_CT2_URL = "https://www.suvasentinel.example/news/courts/sahai-sentence-reduced-on-appeal"
_CT2 = _paper_page(
    url=_CT2_URL, base="https://www.suvasentinel.example", site="The Suva Sentinel",
    headline="Sahai sentence reduced on appeal in split ruling",
    desc="Former Koro Sea Shipping finance chief will serve seven years, not nine, after the Court of Appeal found a sentencing error.",
    authors=["Ateca Rabuka", "Rohit Narayan"], iso="2026-04-25T05:30:00+12:00", modified="2026-04-25T06:00:00+12:00",
    visible="Saturday, April 25, 2026", section="Courts", kicker="COURT OF APPEAL",
    standfirst="Two judges found the High Court punished the breach of trust twice; the third would have left the nine-year term in place.",
    fig=("/uploads/2026/04/sahai-court-2024.jpg",
         "Devendra Sahai outside the High Court in Suva in 2024, before he was taken into custody.",
         "Picture: SUVA SENTINEL FILE"),
    fig2=("/uploads/2026/04/koro-sea-ferry.jpg",
          "A Koro Sea Shipping ferry at Suva's Kings Wharf.",
          "Picture: JOVESA NAISUA"),
    related=[("How the Koro Sea money went missing", "/news/investigations/how-the-koro-sea-money-went-missing"),
             ("Ferry fares: what islanders pay", "/news/business/ferry-fares-what-islanders-pay"),
             ("Editorial: Justice, once", "/opinion/editorial-justice-once")],
    most_read=["Rugby: Drua name squad for Brisbane", "Sahai sentence reduced on appeal in split ruling",
               "Water cuts for Nasinu on Monday", "Kava prices climb ahead of festival season"],
    author_bio="Ateca Rabuka and Rohit Narayan cover the courts for the Sentinel.",
    lang="en-FJ", sep=" - ",
    text="""
THE former chief financial officer of Koro Sea Shipping Ltd, Devendra Sahai, will spend two fewer
years in prison after the Court of Appeal yesterday found that the High Court had made an error
when it sentenced him.

In a majority decision, the court set aside Sahai's sentence of nine years' imprisonment with a
non-parole period of seven years, and sentenced him instead to seven years with a non-parole
period of five years.

Justice Priscilla Whitmore wrote the leading judgment, with which the presiding judge, Justice
Kelesi Tuilau, agreed. Justice Nimal Perakanda dissented.

Sahai, 52, was convicted in the High Court at Suva of obtaining a financial advantage by deception
and money laundering. The court heard that over four years he signed off on invoices from a
supposed fuel supplier, a company that existed only on paper and was controlled by him. In total
F$3.4 million left Koro Sea's accounts.

He was sentenced in November 2024 and has been in custody since.

## 'Punished twice'

His appeal, heard in February, was against the sentence only. His counsel, Aiden Lotawa, argued
that the trial judge set a high starting point because Sahai was in a position of trust, and then
increased the sentence again for the same reason.

The majority agreed. "That is what happened here, and the error is not a small one," Justice
Whitmore wrote, adding that a court "must not punish the same feature of offending twice".

The majority also said Sahai deserved more credit for repaying F$620,000 before his trial, even
though he did so only after the company's auditors had found the false invoices.

In his dissent, Justice Perakanda said the trial judge had taken a careful approach and that the
final sentence was within the proper range. He said the offending harmed not only the company but
the island communities who depend on its ferries, and that the court should be slow to interfere.

## What it means

Because the new sentence is backdated to November 2024, Sahai's earliest release date moves to
November 2029.

State counsel Mereani Tuberi said the prosecution would consider the judgment. Any further appeal
would require special leave from the Supreme Court.

Mr Lotawa said his client accepted that he had done wrong. "It has said he should be punished
once, not twice," he told reporters outside the court.

## Company still chasing money

Koro Sea Shipping chief executive Salote Vakaloloma said the company respected the court's
decision but would press ahead with its civil claim for the F$2.78 million that has not been
repaid.

"That money belonged to the people who rely on our ships," she said. The company operates ferry
and cargo services to the Lau and Lomaiviti groups.

Ms Vakaloloma said new controls introduced since 2022 meant that no single officer could now
approve a payment to a new supplier.

During the years in which the money was taken, the company raised fares on several routes and
cancelled some sailings to the southern Lau islands, blaming fuel prices. Island representatives
have since asked for an independent review of the company's finances.

Sahai, who was born and raised in Labasa, followed the hearing by video link from Naboro
Corrections Centre. His wife and two adult sons sat in the public gallery.
""")

_CT3_URL = "https://www.bularadio.example/news/pacific/fiji-appeal-court-reduces-sahai-sentence"
_CT3 = _broadcast_page(
    url=_CT3_URL, base="https://www.bularadio.example", site="Radio Bula Pacific",
    headline="Fiji appeal court reduces jail term for former shipping finance chief",
    desc="Devendra Sahai's sentence for defrauding Koro Sea Shipping has been cut from nine years to seven.",
    authors=["Sera Tikoisuva"], iso="2026-04-24T18:30:00+12:00", modified=None,
    visible="Fri 24 Apr 2026 at 6:30pm", section="Pacific News",
    key_points=["Devendra Sahai's prison sentence has been reduced from nine years to seven years",
                "The Court of Appeal was unanimous that the High Court punished the same factor twice",
                "He must now serve at least five years before he can be considered for release"],
    fig=("/media/news/2026/04/fiji-court-gavel.jpg",
         "Fiji's Court of Appeal delivered its judgment in Suva on Friday.",
         "Radio Bula Pacific / File"),
    audio="Listen: Pacific Evening News, 3 min 05 sec",
    related=[("Fiji ferry services: the islands still waiting", "/news/pacific/fiji-ferry-services-islands-waiting"),
             ("Explainer: How Fiji's courts are structured", "/news/explainers/fiji-court-system")],
    text="""
Fiji's Court of Appeal has cut the prison sentence of Devendra Sahai, the former chief financial
officer of Koro Sea Shipping, who stole millions of dollars from the inter-island ferry company.

In a unanimous decision delivered in Suva on Friday, the three appeal judges agreed that the High
Court had made a sentencing error when it jailed Sahai in November 2024.

They reduced his sentence from nine years to seven years, and lowered the non-parole period from
seven years to five.

Sahai, 52, was convicted of obtaining a financial advantage by deception and money laundering
after F$3.4 million, or about 2.3 million Australian dollars, disappeared from the company's
accounts between 2018 and 2022. The money was paid out against invoices for fuel deliveries that
never happened.

## 'Not a small' error

The court found the trial judge had treated Sahai's abuse of his position as the company's top
finance officer as the basis for a high starting point and then again as a reason to add more
time.

"A sentencing court must not punish the same feature of offending twice, however serious that
feature is," Justice Priscilla Whitmore said in the judgment, which was endorsed by Justice Kelesi
Tuilau and Justice Nimal Perakanda.

The appeal judges also said the sentencing judge had not given enough credit for the F$620,000
Sahai paid back before his trial.

The new sentence is backdated to November 2024, which means the earliest he can be released is
November 2029.

## Reaction

Outside the court, Sahai's lawyer Aiden Lotawa said it was a fair result.

"The court has not said my client did nothing wrong," he said.

The Office of the Director of Public Prosecutions said it would study the judgment. State counsel
Mereani Tuberi said any decision about seeking leave to appeal to the Supreme Court would be made
after that.

Koro Sea Shipping, which carries passengers and cargo between Suva and the Lau and Lomaiviti
island groups, said it was still trying to recover the remaining F$2.78 million through the civil
courts.

Its chief executive, Salote Vakaloloma, said the company had tightened its payment controls so
that a single person could no longer sign off on money going to a new supplier.

## Island communities affected

The fraud angered people in the outer islands, who rely on the company's ships for food, fuel and
travel to Suva for medical treatment.

During the years in which the money was being taken, Koro Sea raised its fares and cut some
services to the southern Lau group, saying fuel had become too expensive.

A community leader from Lakeba, Ratu Josaia Vuniwai, told Radio Bula Pacific the reduction was
hard to accept.

"People here paid more to travel and waited longer for the boat, and all that time the money was
going somewhere else," he said. "Seven years or nine years, the people of Lau are still paying."

Mr Lotawa said his client had expressed remorse and intended to keep paying back what he could
from prison.

Sahai followed Friday's hearing by video link from the Naboro Corrections Centre.
""")

_CT4_URL = "https://www.labasalocal.example/2026/04/26/labasa-family-relieved-as-sahay-sentence-cut/"
_CT4 = _local_page(
    url=_CT4_URL, base="https://www.labasalocal.example", site="Labasa Local",
    headline="Labasa family relieved as Sahay sentence cut",
    desc="The Court of Appeal has taken two years off Devendra Sahay's sentence. In his home town, opinions are divided.",
    authors=["Kamal Deo"], iso=None, modified=None,
    visible="26/04/2026", section="Courts",
    fig=("/wp-content/uploads/2026/04/labasa-main-street.jpg",
         "Nasekula Road, Labasa's main street, where the Sahay family ran a hardware shop for 30 years.",
         "Photo: Kamal Deo"),
    weather="Labasa: 31°C, humid, afternoon storms likely",
    notices=["Labasa Town Council: rates due 30 April", "Vanua Levu cane cutters' meeting, Tuesday 9am, Civic Centre",
             "Lost: brown dog near Labasa Hospital, answers to Rocky"],
    related=[("Cane season start date confirmed", "/2026/04/22/cane-season-start-date-confirmed/"),
             ("Labasa Hospital gets new X-ray machine", "/2026/04/18/labasa-hospital-new-x-ray/"),
             ("Sahay jailed for nine years (2024)", "/2024/11/15/sahay-jailed-for-nine-years/")],
    text="""
The family of Labasa-born Devendra Sahay say they are relieved after Fiji's Court of Appeal
reduced his prison sentence on Friday, but many in the town he grew up in say the ruling changes
little about what he did.

Sahay, 52, the former chief financial officer of Suva-based Koro Sea Shipping Ltd, was jailed in
November 2024 for nine years, with a non-parole period of seven years, for obtaining a financial
advantage by deception and money laundering involving F$3.4 million.

In a 2-1 decision, the Court of Appeal in Suva replaced that sentence with seven years, and a
non-parole period of five years. Justice Priscilla Whitmore and Justice Kelesi Tuilau found that
the High Court had punished Sahay twice for abusing his position of trust. Justice Nimal Perakanda
disagreed and would have kept the original sentence.

"That is what happened here, and the error is not a small one," Justice Whitmore wrote.

## 'He made a terrible mistake'

Sahay's older brother, Ravinesh Sahay, who still runs the family's hardware business on Nasekula
Road, said the family had never disputed the conviction.

"He made a terrible mistake and he is paying for it. We are not asking anyone to feel sorry for
him," he said. "But the judges have said the first sentence was wrong, and we are grateful they
listened."

He said their mother, now 81, had not seen her son in person since he was taken into custody. The
family hope to visit him at Naboro Corrections Centre near Suva next month.

Devendra Sahay was a well-known figure in Labasa before moving to Suva in the early 2000s. He
attended Labasa Sangam School, played rugby league for a local club, and was at one time
treasurer of a Labasa business association.

## Mixed feelings

Not everyone in Labasa was sympathetic. Several people who spoke to Labasa Local on Saturday said
the ruling sent the wrong message.

"If a cane farmer took that kind of money he would serve every day of his sentence," said
Vinod Kumar, who farms near Waiqele. "People with good lawyers always find the mistake."

Others pointed to the money he paid back. Before his trial Sahay repaid F$620,000 to the shipping
company, and the appeal judges said the High Court should have given him more credit for it.

Koro Sea Shipping says it is still pursuing him in the civil courts for the remaining F$2.78
million. The company's ferries do not serve Vanua Levu's northern ports, but several Labasa
families have relatives in the Lau islands who rely on its services.

## Release in 2029

Because the new sentence runs from November 2024, Sahay could be released in November 2029 at
the earliest.

The Office of the Director of Public Prosecutions has said it will study the judgment before
deciding whether to seek leave to appeal to the Supreme Court. His lawyer, Aiden Lotawa, said the
defence would oppose any such application.

Ravinesh Sahay said the family would accept whatever the courts decided. "When he comes home we
will be here," he said. "This is still his town."

Labasa Local covered Sahay's original sentencing in 2024. You can read that report in the related
stories box on this page.
""")

STORY_3 = _story("ct-KF3", "court", "2026-04-28", [
    _page(_CT1_URL, _CT1),
    _page(_CT2_URL, _CT2),
    _page(_CT3_URL, _CT3),
    _page(_CT4_URL, _CT4),
], [
    ("appeal bench's vote split", r"\bunanimous", r"\b2[-–]1\b|\bmajority\b|\bdissent"),
    ("appellant's surname spelling", r"\bsahay\b", r"\bsahai\b"),
])


# ======================================================================================
# Story 4 - tr-KF4 - trade (PLANTED)
# Facts: Stats NZ overseas merchandise trade for May 2026, released Thursday 25 June 2026 at
# 10.45am NZST (2245 GMT Wednesday 24 June). Exports NZ$6.84 billion, up NZ$512 million
# (8.1%) on May 2025; imports NZ$6.47 billion, down NZ$95 million (1.4%). Monthly surplus
# NZ$370 million (about US$222 million at 60.1 US cents); May 2025 was a NZ$237 million
# deficit; economists' median forecast a NZ$150 million surplus. April 2026 surplus revised
# to NZ$1.18 billion from NZ$1.24 billion. Annual deficit NZ$2.91 billion in the year to May
# (NZ$4.68 billion a year earlier). Dairy exports up NZ$402 million (18.5%) to NZ$2.57 billion;
# exports to China up NZ$187 million (13.6%) to NZ$1.56 billion; meat down NZ$41 million
# (3.9%) to NZ$1.01 billion. Stats NZ international trade manager Lucinda Harrowfield; Trade
# Minister Hamish Ruatapu; Westhaven Securities senior economist Oliver Tanaka-Reid.
# PLANTED: Capital Business Times gives the surplus as NZ$390 million; Rural Pulse Radio calls
# Harrowfield the Government Statistician.
# ======================================================================================

_TR1_URL = "https://www.antipodesnews.example/markets/nz-posts-surprise-goods-surplus-in-may-2026-06-24"
_TR1 = _wire_page(
    url=_TR1_URL, base="https://www.antipodesnews.example", site="Antipodes Newswire",
    headline="New Zealand posts bigger-than-expected goods trade surplus in May as dairy surges",
    desc="New Zealand recorded a monthly goods trade surplus of NZ$370 million in May, well above forecasts, on strong dairy shipments to China.",
    authors=["Rebecca Holloway-Tane"], iso="2026-06-24T22:52:00Z", modified="2026-06-24T23:40:00Z",
    visible="June 24, 2026 10:52 PM GMT · Updated June 24, 2026 11:40 PM GMT", section="Markets",
    fig=("/images/2026/06/tauranga-port-containers.jpg",
         "Containers are stacked at the Port of Tauranga, New Zealand's largest export port.",
         "Antipodes Newswire/Kiri Hoani"),
    credit_line="Reporting by Rebecca Holloway-Tane; editing by Jacob Ostrowski",
    topics=["New Zealand", "Trade", "Dairy", "Economy"],
    related=[("Global dairy auction prices rise for third straight event", "/markets/gdt-auction-rises-again-2026-06-17"),
             ("New Zealand first-quarter GDP beats forecasts", "/markets/nz-q1-gdp-2026-06-18")],
    text="""
WELLINGTON, June 25 (Antipodes Newswire) - New Zealand swung to a goods trade surplus of NZ$370
million ($222 million) in May, far larger than economists had forecast, as higher prices and
bigger volumes lifted dairy exports to China and Southeast Asia, official data showed on Thursday.

Goods exports rose NZ$512 million, or 8.1%, from a year earlier to NZ$6.84 billion, Statistics New
Zealand said. Imports fell NZ$95 million, or 1.4%, to NZ$6.47 billion, with fewer cars and less
crude oil coming into the country.

Economists polled ahead of the release had expected a surplus of around NZ$150 million. In May
2025 the country ran a deficit of NZ$237 million.

"Dairy did most of the heavy lifting this month, with higher prices and bigger volumes of milk
powder heading to China and Southeast Asia," Stats NZ international trade manager Lucinda
Harrowfield said in a statement.

Exports of milk powder, butter and cheese climbed NZ$402 million, or 18.5%, to NZ$2.57 billion.
Exports to China, New Zealand's largest trading partner, rose NZ$187 million to NZ$1.56 billion.

Meat exports fell 3.9% to NZ$1.01 billion as lower slaughter numbers offset firmer prices for lamb.

Economists said the fall in imports partly reflected the timing of fuel shipments, which can swing
monthly figures by hundreds of millions of dollars, and partly weaker demand for new cars as
households remained cautious about big purchases.

Harrowfield said the rise in dairy earnings reflected both prices and quantities, with more milk
powder shipped than in May last year. Exports to the United States and Australia, the country's
next-largest markets after China, were little changed from a year earlier, the data showed.

Stats NZ revised April's surplus down to NZ$1.18 billion from an initially reported NZ$1.24
billion.

On an annual basis, the trade deficit narrowed to NZ$2.91 billion in the year to May, from NZ$4.68
billion a year earlier. The annual gap has been shrinking steadily for more than a year as
commodity prices recovered and import demand softened.

The New Zealand dollar was little changed after the data at around $0.601.

"The surplus is more than double what the market expected, and nearly all of the surprise is
dairy," said Oliver Tanaka-Reid, senior economist at Westhaven Securities in Auckland. "That is good
news for the current account, but it makes the numbers more exposed to one commodity."

The data was released at 10:45 a.m. local time (2245 GMT on Wednesday).

Trade Minister Hamish Ruatapu welcomed the figures, saying they showed the value of trade
agreements the government has pursued in Asia and the Middle East.

Economists said the annual trade deficit was likely to keep narrowing in the second half of the
year if dairy prices held up, which would help reduce the current account deficit, a figure that
ratings agencies watch closely.

New Zealand's goods trade usually moves into surplus in the first half of the year, when the
dairy season's output is shipped, and into deficit later in the year. The seasonal pattern means
economists put more weight on annual figures than on any single month.

Stats NZ will release June trade data on July 23.
""")

_TR2_URL = "https://www.capitalbusinesstimes.example/economy/dairy-drives-may-trade-surplus"
_TR2 = _paper_page(
    url=_TR2_URL, base="https://www.capitalbusinesstimes.example", site="Capital Business Times",
    headline="Dairy drives May trade surplus well past forecasts",
    desc="A surge in milk powder shipments turned May's trade balance into a surplus more than double what economists expected.",
    authors=["Kate Oduya-Barnes"], iso="2026-06-25T14:10:00+12:00", modified=None,
    visible="25 June 2026, 2:10pm", section="Economy", kicker="TRADE",
    standfirst="Exporters of milk powder, butter and cheese earned an extra $402m compared with May last year, but meat exporters had a tougher month.",
    fig=("/img/2026/06/25/milk-powder-plant.jpg",
         "A milk powder drier at a Waikato processing site. Dairy exports rose 18.5 per cent in May.",
         "Photo / Capital Business Times"),
    fig2=("/img/2026/06/25/harrowfield.jpg",
          "Stats NZ international trade manager Lucinda Harrowfield.",
          "Photo / Supplied"),
    related=[("Dairy processor lifts milk price forecast again", "/companies/dairy-forecast-lifted-again"),
             ("Current account: the deficit that will not go away", "/economy/current-account-deficit-explained"),
             ("Opinion: Don't bet the farm on one commodity", "/opinion/dont-bet-the-farm")],
    most_read=["Dairy drives May trade surplus well past forecasts", "Wellington office vacancies hit new high",
               "Small business confidence edges up", "Retail: why the malls are filling again"],
    author_bio="Kate Oduya-Barnes writes about the economy and trade for Capital Business Times.",
    lang="en-NZ",
    text="""
New Zealand exporters had a much better May than economists were expecting, with Stats NZ figures
released this morning showing a goods trade surplus of $390 million for the month.

Most forecasters had pencilled in a surplus of about $150m. In May last year the country ran a
$237m deficit.

Goods exports rose 8.1 per cent on May 2025 to $6.84 billion, while imports slipped 1.4 per cent to
$6.47b.

"Dairy did most of the heavy lifting this month," said Lucinda Harrowfield, international trade
manager at Stats NZ.

Milk powder, butter and cheese exports were up $402m, or 18.5 per cent, to $2.57b. Prices on the
global dairy auction have risen at three consecutive events, and processors have been shipping
more whole milk powder to China and Southeast Asia.

China took $1.56b of New Zealand goods in May, up 13.6 per cent.

## Not everyone shared in it

Meat exporters had a harder month. Meat exports fell $41m to $1.01b, as lower livestock numbers
reached the works. Forestry exports were broadly flat.

On the import side, there were fewer vehicles and less crude oil, which economists said reflected
both weak consumer demand for new cars and the timing of fuel shipments.

Westhaven Securities senior economist Oliver Tanaka-Reid said the result was good news for the
current account deficit but showed how much New Zealand's fortunes rested on dairy.

"The surplus is more than double what the market expected, and nearly all of the surprise is
dairy," he said. "If the auction prices turn, that can reverse just as quickly."

## Annual deficit keeps shrinking

The annual goods trade deficit narrowed to $2.91b in the year to May, compared with $4.68b in the
year to May 2025.

Stats NZ also revised April's monthly surplus to $1.18b, down from the $1.24b first reported.

Trade Minister Hamish Ruatapu said the numbers showed exporters were finding new markets.

"Every extra dollar our exporters earn overseas is a dollar that supports jobs in our regions," he
said. "We are seeing the benefit of agreements that cut tariffs for New Zealand products."

## Looking ahead

Tanaka-Reid said he expected the annual deficit to narrow further over the rest of the year,
although the monthly figures would swing back into deficit in the second half as the dairy season
ended and imports of summer goods picked up.

Exporters said a lower New Zealand dollar had also helped. The kiwi has traded around 60 US cents
for most of the past month, well below levels seen in early 2025.

Business groups said they hoped the government would use the momentum to finish negotiations on
trade deals already under way. Meri Hapeta, who chairs the exporters' lobby group Pacific
Producers Council, said exporters of fruit and wine also wanted more shipping capacity before the next season.

"It's good to see the numbers go the right way, but we can't sell what we can't ship," she said.

The June figures are due on 23 July.
""")

_TR3_URL = "https://www.ruralpulse.example/news/dairy-lifts-may-exports-meat-slips"
_TR3 = _broadcast_page(
    url=_TR3_URL, base="https://www.ruralpulse.example", site="Rural Pulse Radio",
    headline="Dairy lifts May exports as meat slips",
    desc="Milk powder, butter and cheese earned $402 million more in May than a year ago, official figures show, while meat exports dipped.",
    authors=["Tom Kereama"], iso="2026-06-25T12:30:00+12:00", modified="2026-06-25T13:05:00+12:00",
    visible="Thu 25 Jun 2026 at 12:30pm", section="Rural News",
    key_points=["Dairy exports rose $402 million, or 18.5 percent, to $2.57 billion in May",
                "New Zealand recorded a goods trade surplus of $370 million for the month",
                "Meat exports fell 3.9 percent, with fewer animals being processed"],
    fig=("/assets/news/2026/06/waikato-dairy-herd.jpg",
         "A dairy herd near Morrinsville. Farmers say higher milk prices are flowing through to their budgets.",
         "Rural Pulse Radio / Tom Kereama"),
    audio="Listen: Rural Pulse Midday, 5 min 30 sec",
    related=[("Milk price forecast: what farmers are budgeting on", "/news/milk-price-forecast-budgets"),
             ("Lamb numbers down as farmers cut flocks", "/news/lamb-numbers-down"),
             ("Weather: frosts for the central plateau", "/weather/frosts-central-plateau")],
    text="""
Dairy exports have pushed New Zealand into a goods trade surplus for May, with milk powder, butter
and cheese bringing in $402 million more than a year earlier.

Stats NZ figures released this morning show dairy exports rose 18.5 percent to $2.57 billion in
May. Total goods exports were $6.84 billion and imports were $6.47 billion, giving a monthly surplus
of $370 million.

Government Statistician Lucinda Harrowfield said dairy had made the biggest difference.

"Dairy did most of the heavy lifting this month, with higher prices and bigger volumes of milk
powder heading to China and Southeast Asia," she said.

Economists had expected a much smaller surplus, of about $150 million.

## Farmers feel the lift

For farmers, the figures line up with what they have been seeing in their milk cheques.

Bridget Kaihau, who milks 380 cows near Morrinsville, said the higher prices had given many farmers
room to catch up on maintenance they had put off for two seasons.

"Last year we were fixing things with number eight wire and hoping. This year we've ordered a new
pump and we're paying down the overdraft," she said.

She said farmers were cautious about spending too much, because prices could fall again quickly.

"We've all been burnt before. One good month doesn't make a season."

## Meat has a quieter month

Meat exports fell by $41 million, or 3.9 percent, to $1.01 billion.

Hawke's Bay sheep and beef farmer Lachie Munro said the fall reflected fewer animals going to the
processing plants rather than weak prices.

"Lamb prices are actually pretty good. There just aren't as many lambs, because a lot of people
have cut their flocks or planted trees on the hill country," he said.

The meat processors' association said it expected numbers to pick up in spring.

## Minister welcomes figures

Trade Minister Hamish Ruatapu said the result showed the importance of access to Asian markets,
and the government would keep pushing for lower tariffs on New Zealand food products.

China remained New Zealand's biggest export market in May, taking $1.56 billion worth of goods,
up $187 million on May 2025.

Over the year to May, New Zealand imported more than it exported, with an annual trade deficit of
$2.91 billion. That was smaller than the $4.68 billion deficit a year earlier.

Stats NZ also said April's surplus had been revised to $1.18 billion, after an initial estimate of
$1.24 billion.

The dairy processors have been lifting their forecast milk prices in recent weeks, and some
economists now expect a strong forecast for the season that began on June 1.

Ms Kaihau said farmers would be watching the next few global dairy auctions closely before making
any big decisions.

"If it holds, it'll be a good year. If not, we'll be back to the number eight wire," she said.

The next trade figures, for June, will be released next month.
""")

_TR4_URL = "https://www.docksidebrief.example/p/trade-brief-26-june-2026"
_TR4 = _newsletter_page(
    url=_TR4_URL, base="https://www.docksidebrief.example", site="Dockside Trade Brief",
    headline="May's surplus: dairy saves the month (again)",
    desc="Friday's brief: what was in Thursday's trade release, the April revision, and what it means for shipping in the second half.",
    authors=["Nadia Kemp"], iso=None, visible="Friday 26 June 2026",
    issue="Dockside Trade Brief · No. 198", section="Newsletter",
    fig=("/charts/198-monthly-balance.png",
         "Monthly goods trade balance, May 2024 to May 2026. May 2026: +$370m.",
         "Chart: Dockside Trade Brief; source: Stats NZ"),
    sponsor="Brought to you by Kāwhia Freight Forwarding: door-to-door to 40 ports.",
    related=[("Stats NZ: Overseas merchandise trade, May 2026", "/out/statsnz-omt-may-2026"),
             ("No. 197: The April numbers and what they missed", "/p/trade-brief-29-may-2026"),
             ("Our port volumes tracker", "/tools/port-volumes")],
    text="""
Kia ora koutou. A short one this week, because most of the story is one word long: dairy.

## The headline numbers

Stats NZ's merchandise trade release landed at 10.45am yesterday (Thursday), and it was better than
anyone had pencilled in. The goods balance for May came in at a surplus of $370m, against a
consensus of about $150m and a $237m deficit in May last year. For our offshore readers, that
surplus is roughly US$222m at yesterday's exchange rate.

* Exports: $6.84b, up $512m (+8.1%) on a year earlier * Imports: $6.47b, down $95m (-1.4%) * Annual balance: -$2.91b, versus -$4.68b in the year to May 2025

April's surplus was also revised down to $1.18b from the $1.24b first published. Revisions of that
size are routine at this time of year, as late customs entries for the busiest dairy weeks trickle
in.

## Dairy, dairy, dairy

Milk powder, butter and cheese were up $402m, or 18.5%, to $2.57b. Lucinda Harrowfield, Stats NZ's
international trade manager, said higher prices and bigger volumes of milk powder "heading to China
and Southeast Asia" did most of the work.

China took $1.56b of our goods in May, up $187m. If you ship reefers or dry bulk through Tauranga or
Napier, you already knew this; the container counts at the big ports were up sharply in April and
May.

Meat was the soft spot: down 3.9% to $1.01b, on lower kill numbers rather than price.

## What it means on the wharf

For forwarders, the question is whether the second half follows the usual pattern. Monthly balances
normally slide back into deficit from about August, as the dairy season winds down and importers
bring in stock for summer. Oliver Tanaka-Reid at Westhaven Securities said yesterday that "nearly
all of the surprise is dairy", which is a nice way of saying the rest of the export basket is
flat.

Three things we're watching:

* Reefer capacity on the Asia loops, which was tight in May and may stay that way if dairy holds * Fuel import timing: part of the drop in imports was simply fewer crude cargoes arriving in the month * Kiwifruit: the season is running late in the Bay of Plenty, so June could get a bump

## Politics corner

Trade Minister Hamish Ruatapu claimed the result as proof that the government's trade agenda is
working. The Opposition's trade spokesperson pointed out, fairly, that you can't sign a free trade
agreement with the weather. Both will be back at it when the June numbers come out on 23 July.

## One more thing

A reader asked last week why we keep using annual figures. Short answer: monthly balances swing
around with the seasons, so a single month tells you less than the rolling twelve-month total.
May's $370m is welcome, but the annual deficit of $2.91b is the number that matters for the
current account.

Harrowfield also noted that exports to the United States and Australia were little changed on a
year earlier, which tells you how narrow the May lift really was. The full tables are linked
below; the commodity breakdown is the one worth printing out.

Ngā mihi, and see you next Friday.

Nadia
""")

STORY_4 = _story("tr-KF4", "trade", "2026-06-29", [
    _page(_TR1_URL, _TR1),
    _page(_TR2_URL, _TR2),
    _page(_TR3_URL, _TR3),
    _page(_TR4_URL, _TR4),
], [
    ("May monthly goods trade surplus", r"\b390\s?m(illion)?\b", r"\b370\s?m(illion)?\b"),
    ("title of the Stats NZ official Lucinda Harrowfield", r"government statistician", r"international trade manager"),
])


# ======================================================================================
# Story 5 - rk-KF5 - rocket (PLANTED)
# Facts: Austral Vector Aerospace (Adelaide) flies its two-stage Mallee rocket for the first
# time ("Mallee One") from its pad about 35 km north-west of Ceduna, far west coast of South
# Australia. Liftoff 7.12am ACDT Tuesday 17 November 2026 (7.42am AEDT; 2042 GMT Monday 16
# November; 9.42am NZDT); window opened 6.30am. First-stage anomaly; vehicle lost about 74
# seconds after liftoff (1 min 14 s) at about 19 km (about 62,000 feet); flight termination;
# debris in the Great Australian Bight inside the hazard area; no injuries. Payload: two test
# satellites (38 kg together), one built by University of South Australia students; target
# 500 km sun-synchronous orbit. First attempt scrubbed on Saturday 14 November (upper-level
# winds). CEO and co-founder Bronwyn Kessell; Australian Space Agency head Dr Imogen Laraway;
# Ceduna mayor Dale Hocking. Next vehicle Mallee Two: second half of 2027.
# PLANTED: The Australian Observer gives liftoff as 7.02am; Wattle Broadcasting puts the site
# near Port Lincoln; Southern Wire Service says the scrub was on Sunday.
# ======================================================================================

_RK1_URL = "https://www.orbitdownunder.example/live/mallee-one-maiden-launch-ceduna"
_RK1 = _liveblog_page(
    url=_RK1_URL, base="https://www.orbitdownunder.example", site="Orbit Down Under",
    headline="Live: Mallee One lost about 74 seconds into maiden launch from Ceduna",
    desc="Austral Vector Aerospace's first orbital attempt from South Australia's far west coast ended in a first-stage failure.",
    authors=["Priyanka Dhillon"], iso="2026-11-17T06:05:00+10:30", modified="2026-11-17T09:10:00+10:30",
    visible="17 Nov 2026, 9:10am ACDT", section="Launches",
    fig=("/uploads/2026/11/mallee-one-pad-dawn.jpg",
         "Mallee One on the pad north-west of Ceduna before dawn on Tuesday.",
         "Image: Austral Vector Aerospace"),
    related=[("Mallee rocket explained: engines, stages and payload", "/explainers/mallee-rocket-explained"),
             ("Saturday's scrub: why upper-level winds matter", "/news/mallee-one-scrub-winds"),
             ("Australia's launch sites, mapped", "/features/australia-launch-sites-mapped")],
    intro="""
Austral Vector Aerospace's first Mallee rocket lifted off from the company's pad near Ceduna at
7:12am ACDT but was lost about 74 seconds into flight after a problem with the first stage.
Nobody was hurt. Debris fell into the Great Australian Bight inside the cleared hazard area. This
was the second attempt: Saturday's try was scrubbed because of upper-level winds.
""",
    entries=[
        ("6:10am", "2026-11-17T06:10:00+10:30", "Good morning from the far west coast",
         """Welcome to our live coverage. We're at the public viewing area set up by the District
Council of Ceduna, about 35 km from the pad, along with a few hundred early risers, two school
groups and a lot of thermos flasks. Winds aloft look much better than on Saturday, when the
attempt was called off an hour before the window opened."""),
        ("6:30am", "2026-11-17T06:30:00+10:30", "Window opens",
         """The launch window is open and runs until 9:30am. The company's webcast says fuelling is
complete and the range is clear. Mallee is a two-stage rocket, 21 metres tall, carrying two small
test satellites with a combined mass of 38 kg to a 500 km sun-synchronous orbit. It is the first
attempt to reach orbit with a rocket designed and built in Australia."""),
        ("7:05am", "2026-11-17T07:05:00+10:30", "Terminal count",
         """The launch director has polled the team and it's a go. The count is running for a
liftoff at 7:12am local time, which is 7:42am in Sydney and Melbourne."""),
        ("7:12am", "2026-11-17T07:12:00+10:30", "Liftoff!",
         """Mallee One is off the pad. A long orange flame and a loud crackle that reached the viewing
area a few seconds later. Cheering all around us."""),
        ("7:14am", "2026-11-17T07:14:00+10:30", "Something has gone wrong",
         """The webcast showed the rocket beginning to tumble shortly after passing through the
period of maximum aerodynamic pressure, then the feed cut away. From the viewing area we saw the
trail break apart. The mood here has gone very quiet."""),
        ("7:40am", "2026-11-17T07:40:00+10:30", "Company confirms vehicle lost",
         """Austral Vector Aerospace says the vehicle experienced a first-stage anomaly at T+74
seconds, at an altitude of about 19 km, and the flight termination system was activated. All
debris came down within the hazard area in the Bight, and there were no injuries. The company says
telemetry was received throughout the flight and the data will be the starting point for an
investigation overseen by the Australian Space Agency."""),
        ("8:20am", "2026-11-17T08:20:00+10:30", "Kessell: 'every lesson from this morning'",
         """Chief executive and co-founder Bronwyn Kessell spoke to reporters at the viewing area:
"We learned more in those seventy-odd seconds than in two years of ground testing, and the next
vehicle will carry every lesson from this morning. I'm proud of this team."

She said Mallee Two was already in production and the company hoped to fly it in the second
half of 2027, subject to the investigation."""),
        ("9:05am", "2026-11-17T09:05:00+10:30", "Space agency statement",
         """The head of the Australian Space Agency, Dr Imogen Laraway, said the agency would work with
the company on the investigation. "First flights are hard everywhere in the world," she said.
Roads around the site will reopen by 10am. The council says the viewing area will be packed up by
lunchtime, and it thanked the volunteers who ran the car parks. That's the end of our live
coverage; we'll have a full report shortly."""),
    ])

_RK2_URL = "https://www.southernwire.example/business/aerospace/australian-startup-rocket-lost-maiden-flight-2026-11-17"
_RK2 = _wire_page(
    url=_RK2_URL, base="https://www.southernwire.example", site="Southern Wire Service",
    headline="Australian startup's rocket lost on maiden orbital attempt",
    desc="Austral Vector Aerospace's Mallee rocket failed about 74 seconds after launch from South Australia.",
    authors=["Callum Brierley"], iso="2026-11-16T21:35:00Z", modified="2026-11-16T23:10:00Z",
    visible="November 16, 2026 9:35 PM UTC", section="Aerospace & Defense",
    fig=("/media/2026/11/17/mallee-liftoff.jpg",
         "Austral Vector Aerospace's Mallee rocket lifts off near Ceduna, South Australia, November 17, 2026.",
         "Southern Wire Service/Handout via Austral Vector Aerospace"),
    credit_line="Reporting by Callum Brierley in Adelaide; editing by Anneke Sørensen",
    topics=["Space", "Australia", "Aerospace"],
    related=[("Asia-Pacific small launch market draws fresh capital", "/business/aerospace/asia-pacific-small-launch-capital-2026-10-28"),
             ("Australia updates space launch permit rules", "/world/asia-pacific/australia-space-launch-rules-2026-09-09")],
    text="""
ADELAIDE, Nov 17 (Southern Wire Service) - An Australian startup's first attempt to reach orbit
ended in failure on Tuesday when its Mallee rocket broke up about 74 seconds after lifting off
from a coastal site in South Australia, the company said.

Austral Vector Aerospace said the two-stage rocket, carrying two small test satellites,
suffered an anomaly in its first stage at an altitude of about 19 km (62,000 feet), after which
an automated flight termination system destroyed the vehicle. Debris fell into the ocean within
a pre-cleared hazard zone, and nobody was injured.

The rocket lifted off at 7:12 a.m. local time (2042 GMT on Monday) from the company's launch pad
about 35 km north-west of the town of Ceduna. An earlier attempt on Sunday was called off because
of strong winds at high altitude.

"We learned more in those seventy-odd seconds than in two years of ground testing," chief
executive Bronwyn Kessell told reporters near the site.

The Adelaide-based company, founded in 2019, is one of a handful of Australian firms trying to
build a domestic capability to put small satellites into orbit, an ambition backed by the federal
government as a matter of national interest. Australia has relied on foreign rockets to launch
its satellites.

Telemetry was received throughout the flight, the company said, and the data would form the basis
of its investigation. Roads near the launch site, closed for the attempt, were expected to reopen
by mid-morning.

Kessell said a second vehicle, Mallee Two, was already being assembled and the company aimed to
launch it in the second half of 2027, depending on what an investigation finds.

The company has raised about A$140 million from private investors and government grants since
it was founded, according to data from its funding announcements. Kessell declined to say how
much the Mallee One vehicle and its launch had cost.

The Australian Space Agency, which issued the launch permit, said it would support the company's
investigation. Agency head Imogen Laraway said first flights of new rockets often failed.

"First flights are hard everywhere in the world," she said in a statement.

The rocket was aiming for a sun-synchronous orbit at an altitude of 500 km. One of the two
satellites on board was built by students at the University of South Australia.

Industry analysts said the outcome was not unusual. Several rockets now flying commercially
failed on their first, second or even third attempts before reaching orbit.

"Getting through the first minute tells you a lot of the basic design works," said Marcus
Hallendorf, a space industry analyst at Perth-based consultancy Stellan Partners. "The question
for investors is how quickly they can find the cause and fly again."

Ceduna, a town of about 2,300 people on the Great Australian Bight roughly 780 km by road from
Adelaide, has been keen to attract the space industry as a source of jobs. The local council set
up a public viewing area for the launch.

The company's launch permit covers up to four flights from the site over three years.
""")

_RK3_URL = "https://www.australianobserver.example/business/technology/mallee-rocket-failure-a-setback-not-the-end-says-founder-20261118"
_RK3 = _paper_page(
    url=_RK3_URL, base="https://www.australianobserver.example", site="The Australian Observer",
    headline="Rocket failure a setback, not the end, says Mallee founder",
    desc="Austral Vector Aerospace lost its first rocket over the Bight. The company and the space agency say that is how rocketry works.",
    authors=["Eleanor Vasquez-Hunt"], iso="2026-11-18T05:00:00+11:00", modified=None,
    visible="Wednesday 18 November 2026", section="Technology", kicker="SPACE",
    standfirst="The two-stage rocket flew for 74 seconds before breaking up. A second vehicle is already being built in Adelaide.",
    fig=("/images/2026/11/18/mallee-trail.jpg",
         "The exhaust trail of the Mallee rocket over South Australia's far west coast on Tuesday morning.",
         "Photo: Nick Ashdown"),
    fig2=("/images/2026/11/18/kessell.jpg",
          "Austral Vector Aerospace chief executive Bronwyn Kessell.",
          "Photo: Supplied"),
    related=[("Australia's space ambitions, ten years on", "/business/technology/australia-space-ambitions-ten-years-on-20261102"),
             ("Investors cool on small launch, warm on satellites", "/business/markets/investors-small-launch-20261020")],
    most_read=["Rocket failure a setback, not the end, says Mallee founder", "Interest rates: the case for patience",
               "Ashes: the selection nobody predicted", "The suburbs where rents finally fell"],
    author_bio="Eleanor Vasquez-Hunt is the Observer's technology correspondent.",
    lang="en-AU",
    text="""
Bronwyn Kessell had spent seven years and most of her company's money getting to yesterday morning.
At 7.02am, Austral Vector Aerospace's first Mallee rocket rose from its pad north-west of Ceduna on
South Australia's far west coast. About 74 seconds later it was gone.

A fault in the first stage sent the 21-metre rocket tumbling at an altitude of roughly 19
kilometres, and its flight termination system destroyed it. The pieces fell into the Great
Australian Bight, inside an area that had been cleared of shipping and aircraft. No one was hurt.

For a company attempting Australia's first home-built orbital launch, it was a painful result. But
Ms Kessell, the company's co-founder and chief executive, insisted it was not a disaster.

"We learned more in those seventy-odd seconds than in two years of ground testing," she said.

## 'First flights are hard'

That view was shared by the Australian Space Agency, which licensed the launch. Its head, Dr
Imogen Laraway, said the agency would work with the company to establish what went wrong.

"First flights are hard everywhere in the world," Dr Laraway said.

Space analysts point out that many of the rockets now flying commercially failed at least once
before they reached orbit. The question is whether a young company has enough money and patience
to keep going.

Austral Vector's second vehicle, Mallee Two, is already being assembled at its factory in the
Adelaide suburb of Edinburgh. Ms Kessell said she hoped to fly it in the second half of 2027.

"The next vehicle will carry every lesson from this morning," she said on Tuesday.

## Ceduna watches on

Tuesday's launch was the company's second attempt. On Saturday, controllers called off the
countdown because of strong upper-level winds.

Hundreds of people watched yesterday's launch from a viewing area set up by the local council,
about 35 kilometres from the pad. Ceduna mayor Dale Hocking said the town had hoped to see a
success but remained proud to host the company.

"It went up, which is more than most of us will ever build," he said. "We'll be out there again
for the next one."

## What was on board

The rocket was carrying two small test satellites with a combined mass of 38 kilograms, one of
them designed by a student team at the University of South Australia. The target was a
sun-synchronous orbit 500 kilometres above Earth.

The students' faculty adviser, Associate Professor Rangi Mahuta, said the team had backed up all
of its designs and would build a replacement.

"They watched it live in the lecture theatre and there were a few tears," he said. "By lunchtime
they were asking when they could start on version two."

## The business case

Australian governments have spent heavily in recent years to encourage a domestic launch industry,
arguing the country should not depend entirely on foreign rockets to put defence and weather
satellites into orbit.

Ms Kessell said investors had been told from the start that the first flight might fail.

"Nobody who has put money into this company expected a perfect first flight," she said.
""")

_RK4_URL = "https://www.wattlebroadcasting.example/news/2026-11-17/mallee-rocket-lost-after-launch-south-australia/204417"
_RK4 = _broadcast_page(
    url=_RK4_URL, base="https://www.wattlebroadcasting.example", site="Wattle Broadcasting",
    headline="Australian-built Mallee rocket destroyed just over a minute after launch",
    desc="The first orbital launch attempt by Adelaide company Austral Vector Aerospace has ended in failure over the Great Australian Bight.",
    authors=["Zoe Papadakis", "Harrison Lowe"], iso="2026-11-17T11:45:00+10:30", modified="2026-11-17T13:20:00+10:30",
    visible="Tue 17 Nov 2026 at 11:45am", section="Science",
    key_points=["The Mallee rocket lifted off at 7:12am local time and was destroyed 74 seconds into its flight",
                "A problem with its first stage caused the failure; no one was injured",
                "The company says a second rocket could fly in the second half of 2027"],
    fig=("/images/2026/11/17/mallee-launch-crowd.jpg",
         "Spectators watch the launch of the Mallee rocket from a public viewing area on Tuesday morning.",
         "Wattle Broadcasting: Harrison Lowe"),
    audio="Listen: Wattle Breakfast, 4 min 50 sec",
    related=[("What is a flight termination system?", "/news/2026-11-17/flight-termination-system-explained/204421"),
             ("South Australia's push to become a launch state", "/news/2026-10-30/sa-launch-state/203310")],
    text="""
The first orbital rocket built by Adelaide company Austral Vector Aerospace has been destroyed over
the ocean just over a minute after launching from a site near Port Lincoln on South Australia's
Eyre Peninsula.

The two-stage Mallee rocket lifted off at 7:12am local time (7:42am AEDT) on Tuesday, carrying two
small test satellites.

It climbed normally for the first minute, but 74 seconds into the flight it suffered what the
company called an "anomaly" in its first stage, at an altitude of about 19 kilometres.

The vehicle's flight termination system was activated and the debris fell into the Great
Australian Bight within a zone that had been closed to ships and planes. No one was hurt.

Chief executive Bronwyn Kessell said the team was disappointed but had gathered a large amount of
information from the flight.

"We learned more in those seventy-odd seconds than in two years of ground testing, and the next
vehicle will carry every lesson from this morning," she said.

## 'It just started to wobble'

Several hundred people gathered at a public viewing area to watch the launch, the second attempt
after Saturday's countdown was stopped because of high winds.

Grain farmer Leonie Brandt, whose property is a few kilometres from the pad, said she had watched
from her back paddock with her children.

"It was beautiful for about a minute. Then it just started to wobble and there was a puff, and
the kids went quiet," she said.

"We'd still like them to keep going. It's something different for this part of the world."

Local mayor Dale Hocking said the region would continue to support the company.

## Investigation under way

The Australian Space Agency, which regulates launches, said it would oversee the investigation.

Agency head Imogen Laraway said failure on a maiden flight was common. "First flights are hard
everywhere in the world," she said.

The rocket was aiming to place its two satellites, weighing 38 kilograms in total, into orbit at
an altitude of 500 kilometres. One was built by students at the University of South Australia.

Ms Kessell said the company's second rocket, Mallee Two, was already being built and could be
ready in the second half of 2027, depending on what the investigation found.

## A growing industry

Australia has several companies trying to develop rockets capable of reaching orbit, with
supporters arguing the country needs its own way to launch satellites for communications, weather
monitoring and defence.

South Australia's government has been trying to attract space businesses, and Adelaide is home to
the Australian Space Agency's headquarters.

Space industry analyst Marcus Hallendorf said the failure was unlikely to end the company's plans.

"Getting through the first minute tells you a lot of the basic design works," he said.

The company said it would publish a summary of its findings once the investigation was complete.
""")

STORY_5 = _story("rk-KF5", "rocket", "2026-11-20", [
    _page(_RK1_URL, _RK1),
    _page(_RK2_URL, _RK2),
    _page(_RK3_URL, _RK3),
    _page(_RK4_URL, _RK4),
], [
    ("liftoff clock time (ACDT)", r"\b7[.:]02\s?(am|a\.m\.)", r"\b7[.:]12\s?(am|a\.m\.)"),
    ("town near the launch site", r"port lincoln", r"ceduna"),
    ("weekday of the scrubbed first attempt", r"\bsunday\b", r"\bsaturday\b"),
])


# ======================================================================================
# Story 6 - eq-KF6 - earthquake (CONTROL)
# Facts: Saturday 22 August 2026, 11.17pm PNG time (UTC+10; = 1317 GMT Saturday = 11.17pm
# AEST = 1.17am NZST Sunday 23 August). USGS magnitude 6.7 (first reported as 6.9, revised
# within the hour), depth 58 km, epicentre 41 km north-west of Lae in the Markham Valley near
# Nadzab, Morobe Province. No tsunami threat. Aftershock M5.4 at 4.02am Sunday.
# Tolls (Morobe provincial disaster office): Sunday ~6am 2 dead; Sunday 10am 3 dead, 14
# injured; Sunday 3pm 5 dead, 31 injured; Monday 9am 9 dead, 47 injured, about 1,300 people in
# care centres, about 600 houses damaged or destroyed. Angau Memorial General Hospital:
# patients moved outside overnight, cracks in one ward. Highlands Highway blocked by two
# landslips between Lae and Nadzab; one lane reopened Sunday evening. Lae without power for
# about six hours; Port of Lae reopened 2pm Sunday. Aid: New Zealand NZ$500,000 (Sunday ~2pm
# PNG time, Foreign Minister Tania Leota-Brookes); Australia A$1.5 million (about K4 million)
# Sunday ~5.30pm PNG time (Pacific Minister Graham Ostler). Officials: Morobe disaster
# coordinator Jethro Wanamba; National Disaster Centre director Ruth Sengi; Port Moresby
# Geophysical Observatory seismologist Dr Clement Oa. Resident Maria Gawi (Lae).
# ======================================================================================

_EQ1_URL = "https://www.coralseawire.example/asia-pacific/png-quake-lae-2026-08-23/"
_EQ1 = _wire_page(
    url=_EQ1_URL, base="https://www.coralseawire.example", site="Coral Sea Wire",
    headline="Strong quake near Papua New Guinea's Lae kills at least three",
    desc="A magnitude 6.7 earthquake struck near the city of Lae late on Saturday, triggering landslides and cutting power.",
    authors=["Joseph Kaupa"], iso="2026-08-23T00:40:00Z", modified="2026-08-23T01:25:00Z",
    visible="August 23, 2026 12:40 AM GMT", section="Asia Pacific",
    fig=("/photos/2026/08/23/lae-quake-landslide.jpg",
         "A landslide blocks the Highlands Highway near Nadzab, Morobe Province, Papua New Guinea, August 23, 2026.",
         "Coral Sea Wire/Stanley Wafi"),
    credit_line="Reporting by Joseph Kaupa in Port Moresby; additional reporting by Alice Tremont in Sydney; editing by Rukmini Shah",
    topics=["Papua New Guinea", "Earthquakes", "Disasters"],
    related=[("Papua New Guinea's Highlands Highway: a lifeline under strain", "/asia-pacific/png-highlands-highway-2026-05-14/"),
             ("Pacific disaster funds stretched by cyclone season", "/asia-pacific/pacific-disaster-funds-2026-04-02/")],
    text="""
PORT MORESBY, Aug 23 (Coral Sea Wire) - A strong earthquake struck near the Papua New Guinea city
of Lae late on Saturday, killing at least three people, injuring 14 and setting off landslides
that blocked the country's main highway into the interior, officials said on Sunday.

The magnitude 6.7 quake hit at 11:17 p.m. local time (1317 GMT) at a depth of 58 km, about 41 km
north-west of Lae in Morobe province, the U.S. Geological Survey said. It had initially put the
magnitude at 6.9.

The Pacific Tsunami Warning Center said there was no tsunami threat.

Morobe provincial disaster coordinator Jethro Wanamba said two people died when a landslide
buried their house in a settlement near Nadzab, the site of Lae's airport, and a third person was
killed by a collapsing wall in the city. The figures were as of Sunday morning and were likely to
rise as teams reached outlying villages, he said.

"Some of the communities in the valley we still cannot reach by road," Wanamba told Coral Sea Wire
by telephone. "We are sending people on foot."

A magnitude 5.4 aftershock struck at 4:02 a.m. on Sunday, sending residents who had returned to
their homes back outside.

Lae, the country's second-largest city and its main industrial centre, lost power for about six
hours. Staff at Angau Memorial General Hospital moved patients outdoors overnight as a precaution
after cracks appeared in the walls of one ward.

Landslips blocked the Highlands Highway at two points between Lae and Nadzab, cutting the road
link that carries fuel, food and goods from the port to the highlands provinces. The national
works department said crews with heavy machinery were at both sites.

The Port of Lae suspended operations so engineers could inspect wharves and cranes. Businesses in
Lae's industrial areas said they would check factories and warehouses before deciding whether to
reopen on Monday. Nadzab airport remained open, although some domestic flights were delayed while
the runway was inspected.

"The whole house moved sideways and the water tank came down off its stand," said Maria Gawi, a
resident of Lae's Eriku suburb, who said her family spent the night in the open.

Shaking was felt in Madang, on the north coast, and weakly in the capital Port Moresby, about
300 km to the south.

Papua New Guinea sits on the Pacific "Ring of Fire", a belt of seismic activity around the Pacific
Ocean, and earthquakes are frequent. The Markham Valley, where Saturday's quake was centred,
follows a major fault zone where two tectonic plates converge.

National Disaster Centre director Ruth Sengi said an assessment team would fly from Port Moresby
to Lae on Sunday afternoon and the government would decide on the need for outside help once it
had a clearer picture.

Aid agencies said their main concerns were clean water and shelter for families whose houses had
been damaged, and access to villages cut off by landslides. Heavy rain was forecast for the
Morobe highlands later in the week, raising the risk of further slips on slopes loosened by the
quake.
""")

_EQ2_URL = "https://www.niuginitoday.example/live/lae-earthquake-updates"
_EQ2 = _liveblog_page(
    url=_EQ2_URL, base="https://www.niuginitoday.example", site="Niugini Today",
    headline="Lae earthquake live updates: death toll rises to five, Australia pledges A$1.5 million",
    desc="Live coverage of the magnitude 6.7 earthquake near Lae, Morobe Province.",
    authors=["Grace Tamarua", "Peter Yandi"], iso="2026-08-22T23:25:00+10:00", modified="2026-08-23T17:45:00+10:00",
    visible="23 Aug 2026, 5.45pm", section="News", lang="en-PG",
    fig=("/images/2026/08/angau-patients-outside.jpg",
         "Patients rest on mattresses outside Angau Memorial General Hospital in Lae early on Sunday.",
         "Photo: Niugini Today/Peter Yandi"),
    related=[("What to do in an aftershock", "/explainers/what-to-do-in-an-aftershock"),
             ("Morobe disaster office: emergency numbers", "/news/morobe-disaster-office-numbers"),
             ("How to help: verified appeals", "/news/lae-earthquake-how-to-help")],
    intro="""
A magnitude 6.7 earthquake struck 41 km north-west of Lae at 11.17pm on Saturday. As of 3pm on
Sunday, the Morobe provincial disaster office had confirmed five deaths and 31 people injured.
The Highlands Highway is blocked by landslips near Nadzab, and Australia and New Zealand have both
pledged emergency funding. If you need help, call the provincial disaster office in Lae, and
please check on elderly neighbours. This page is no longer being updated.
""",
    entries=[
        ("11.25pm Sat", "2026-08-22T23:25:00+10:00", "Strong shaking in Lae",
         """A very strong earthquake has just been felt across Lae. Our reporter in Top Town says the
shaking lasted for what felt like close to a minute. Power is out in several suburbs. Stay away
from damaged buildings and be ready for aftershocks."""),
        ("11.50pm Sat", "2026-08-22T23:50:00+10:00", "USGS: magnitude 6.9",
         """The US Geological Survey's first estimate puts the quake at magnitude 6.9, located in the
Markham Valley north-west of Lae. This is a preliminary figure and may change."""),
        ("12.20am Sun", "2026-08-23T00:20:00+10:00", "Revised to 6.7; no tsunami threat",
         """The USGS has revised the magnitude down to 6.7, at a depth of 58 km, with the epicentre
about 41 km north-west of Lae, near Nadzab. The Pacific Tsunami Warning Center says there is no
tsunami threat. The epicentre was inland. Readers tell us the shaking was also felt in Madang
and, more weakly, in Port Moresby."""),
        ("1.30am Sun", "2026-08-23T01:30:00+10:00", "Hospital moves patients outside",
         """Staff at Angau Memorial General Hospital have moved patients out onto the lawns after
cracks appeared in one ward. Much of the city is still without power."""),
        ("4.10am Sun", "2026-08-23T04:10:00+10:00", "Magnitude 5.4 aftershock",
         """A strong aftershock, measured at magnitude 5.4, hit at 4.02am. Many families who had gone
back indoors are outside again."""),
        ("6.15am Sun", "2026-08-23T06:15:00+10:00", "Two confirmed dead near Nadzab",
         """Police and the provincial disaster office confirm two people were killed when a landslide
buried a house in a settlement near Nadzab. Nadzab airport is open, but some morning flights are
delayed while the runway is inspected. PNG Power says electricity was restored to most of
Lae shortly after 5am, about six hours after the quake."""),
        ("10.05am Sun", "2026-08-23T10:05:00+10:00", "Toll rises to three; highway blocked",
         """Provincial disaster coordinator Jethro Wanamba says three people are now confirmed dead and
14 injured. Landslips have blocked the Highlands Highway at two places between Lae and Nadzab.

Lae resident Maria Gawi told us her family spent the night on the road outside their house in
Eriku. "We slept outside with the children," she said."""),
        ("2.00pm Sun", "2026-08-23T14:00:00+10:00", "Port reopens; New Zealand offers help",
         """The Port of Lae has reopened after engineers checked wharves and cranes. New Zealand's
Foreign Minister Tania Leota-Brookes has announced NZ$500,000 in emergency assistance."""),
        ("3.00pm Sun", "2026-08-23T15:00:00+10:00", "Five dead, 31 injured",
         """The Morobe disaster office's latest figures: five people dead and 31 injured. Mr Wanamba
says teams are still walking into villages on the northern side of the valley that cannot be
reached by vehicle."""),
        ("5.30pm Sun", "2026-08-23T17:30:00+10:00", "Australia pledges A$1.5 million",
         """Australia's Pacific Minister Graham Ostler has announced A$1.5 million, roughly K4 million,
for shelter, water and medical supplies. Works crews expect to open one lane of the Highlands
Highway this evening. That's all from our live coverage for today. Thank you for following."""),
    ])

_EQ3_URL = "https://www.aotearoapublicradio.example/news/world/papua-new-guinea-earthquake-nz-aid"
_EQ3 = _broadcast_page(
    url=_EQ3_URL, base="https://www.aotearoapublicradio.example", site="Aotearoa Public Radio",
    headline="Papua New Guinea earthquake: five dead as NZ pledges $500,000",
    desc="A magnitude 6.7 earthquake has struck near Lae in Papua New Guinea, with landslides blocking the main highway.",
    authors=["Mereana Holt"], iso="2026-08-23T17:20:00+12:00", modified=None,
    visible="Sun 23 Aug 2026 at 5:20pm", section="World", lang="en-NZ",
    key_points=["A magnitude 6.7 earthquake struck near Lae at 1.17am on Sunday, New Zealand time",
                "Papua New Guinea officials say five people have died and 31 have been injured",
                "New Zealand is giving NZ$500,000 in emergency aid"],
    fig=("/assets/images/2026/08/lae-city.jpg",
         "The city of Lae, Papua New Guinea's second-largest city, seen in 2024. File image.",
         "Aotearoa Public Radio / File"),
    audio="Listen: Checkpoint Pacific, 3 min 48 sec",
    related=[("Pacific earthquakes: how New Zealand's response works", "/news/pacific/how-nz-disaster-response-works"),
             ("Tonga quake: no damage reported", "/news/pacific/tonga-quake-no-damage")],
    text="""
Five people have died and 31 have been injured after a strong earthquake struck near Lae in
Papua New Guinea, local officials say.

The magnitude 6.7 quake struck at 1.17am on Sunday New Zealand time, which was 11.17pm on Saturday
in Papua New Guinea. The US Geological Survey said it was centred 41km north-west of Lae at a
depth of 58km. Its first reading had put the quake at magnitude 6.9.

The figures for deaths and injuries came from the Morobe provincial disaster office at 3pm local
time today. Officials have warned they are likely to rise as teams reach isolated villages.

Landslides have blocked the Highlands Highway, the main road from Lae's port to the country's
interior, and a hospital in Lae moved patients outside overnight after cracks appeared in one of
its wards.

## New Zealand responds

Foreign Minister Tania Leota-Brookes announced this afternoon that New Zealand would provide
NZ$500,000 in immediate humanitarian support.

"Papua New Guinea is a close Pacific partner and we are ready to do more if it's asked of us,"
she said. "Our first priority is making sure families have shelter and clean water tonight."

The money would go through the PNG government and aid agencies already working in Morobe Province,
she said. A New Zealand Defence Force aircraft was on standby if it was needed to carry supplies.

The Ministry of Foreign Affairs and Trade said there were no reports of New Zealanders among the
dead or injured. New Zealanders in Papua New Guinea are being urged to contact family and to
register on SafeTravel.

## 'The whole house moved'

Lae resident Maria Gawi told local media the shaking threw her family's water tank to the ground.

"The whole house moved sideways and the water tank came down off its stand," she said.

A magnitude 5.4 aftershock struck just after 4am local time on Sunday, driving many people back
out of their homes.

## Fault zone

Papua New Guinea is one of the most earthquake-prone countries in the world. Dr Clement Oa, a
seismologist at the Port Moresby Geophysical Observatory, said the quake appeared to have occurred
along the fault system that runs the length of the Markham Valley.

"At a depth of 58 kilometres the shaking is spread over a wide area, which is why it was felt in
Madang and even in Port Moresby," he said.

He said further aftershocks were expected over the coming days and weeks, and people should avoid
steep slopes after heavy rain.

## What happens next

Papua New Guinea's National Disaster Centre is sending an assessment team to Lae. Its director,
Ruth Sengi, said the government would decide whether to ask for more international help once the
team reported back.

Lae is home to about 200,000 people. Its port handles most of the goods and fuel that reach the
highlands, and businesses there have warned of shortages if the highway stays closed for long.

The New Zealand High Commission in Port Moresby said it was in contact with PNG authorities and
would keep monitoring the situation.
""")

_EQ4_URL = "https://www.niuginicourier.example/news/morobe-quake-toll-climbs-to-nine"
_EQ4 = _paper_page(
    url=_EQ4_URL, base="https://www.niuginicourier.example", site="The Niugini Courier",
    headline="Morobe quake toll climbs to nine as families shelter in care centres",
    desc="The death toll from Saturday night's earthquake near Lae has risen to nine, with about 1,300 people staying in care centres.",
    authors=["Kila Sonoma"], iso="2026-08-24T14:00:00+10:00", modified="2026-08-24T16:30:00+10:00",
    visible="Monday, August 24, 2026", section="National", kicker="LAE EARTHQUAKE",
    standfirst="Disaster officials say about 600 houses were damaged or destroyed, most of them in the Markham Valley.",
    fig=("/uploads/2026/08/24/nadzab-landslide-house.jpg",
         "Relatives search the site of a house buried by a landslide near Nadzab.",
         "Picture: KILA SONOMA"),
    fig2=("/uploads/2026/08/24/highlands-highway-one-lane.jpg",
          "Traffic moves through a single cleared lane of the Highlands Highway on Sunday night.",
          "Picture: SUPPLIED"),
    related=[("Full list of Lae care centres", "/news/lae-care-centres-list"),
             ("Editorial: The valley needs more than tarpaulins", "/opinion/editorial-valley-needs-more"),
             ("Fuel trucks queue as highway reopens", "/business/fuel-trucks-queue-highway")],
    most_read=["Morobe quake toll climbs to nine as families shelter in care centres",
               "Kumuls name train-on squad", "Betel nut ban debate returns to council",
               "Lae port back in business after inspection"],
    author_bio="Kila Sonoma is the Courier's Lae correspondent.",
    lang="en-PG", sep=" | ",
    text="""
THE number of people killed by Saturday night's earthquake in Morobe Province has risen to nine,
and 47 people have been injured, the provincial disaster office said on Monday morning.

Provincial disaster coordinator Jethro Wanamba said the latest figures, released at 9am on
Monday, included four people found in villages on the northern side of the Markham Valley that
rescue teams reached on foot on Sunday afternoon.

About 1,300 people spent Sunday night in care centres set up in schools and church halls in Lae
and around Nadzab, and a preliminary assessment found about 600 houses had been damaged or
destroyed.

"Most of the damage is in the valley, in bush-material houses and houses on slopes," Mr Wanamba
said. "Many people are afraid to go back inside while the aftershocks continue."

The magnitude 6.7 earthquake struck at 11.17pm on Saturday, 41 kilometres north-west of Lae, at a
depth of 58 kilometres. A magnitude 5.4 aftershock followed at 4.02am on Sunday.

## Highway open to one lane

Works crews opened one lane of the Highlands Highway at about 8pm on Sunday, after clearing two
landslips between Lae and Nadzab. Long queues of trucks carrying fuel and supplies to the
highlands provinces waited through the night.

The Port of Lae reopened at 2pm on Sunday after engineers inspected the wharves and cranes.

At Angau Memorial General Hospital, patients who had been moved outside on Saturday night were
back inside most wards by Sunday evening. One ward with cracked walls remains closed.

## Help arrives

National Disaster Centre director Ruth Sengi arrived in Lae on Sunday afternoon with an
assessment team. She said the national government would release emergency funds for shelter,
water and food.

"Our first job is to reach every community and count every family in need," she said.

Australia has pledged A$1.5 million, about K4 million, for shelter, clean water and medical
supplies. Pacific Minister Graham Ostler announced the funding on Sunday evening.

New Zealand has committed NZ$500,000. Foreign Minister Tania Leota-Brookes said New Zealand was
"ready to do more if it's asked of us".

## 'We slept outside'

In Eriku, Maria Gawi and her neighbours have strung tarpaulins between their houses.

"The whole house moved sideways and the water tank came down off its stand. We slept outside with
the children," she said. "Last night we slept outside again because of the shaking."

Her house is standing, but the concrete steps have pulled away from the door and the family's
water supply is gone.

## Scientists warn of aftershocks

Dr Clement Oa of the Port Moresby Geophysical Observatory said the earthquake occurred in a zone
where the Australian plate and smaller plates to the north are pushing together.

"We will see aftershocks for weeks. Most will be small, but some may be strong enough to damage
buildings that are already weak," he said.

He urged people in the valley to stay away from steep, cracked slopes, particularly if it rains.

Mr Wanamba said the disaster office expected the death toll could rise further as teams reached
the last isolated hamlets. Anyone looking for missing relatives should contact the provincial
disaster office in Lae.
""")

STORY_6 = _story("eq-KF6", "earthquake", "2026-08-26", [
    _page(_EQ1_URL, _EQ1),
    _page(_EQ2_URL, _EQ2),
    _page(_EQ3_URL, _EQ3),
    _page(_EQ4_URL, _EQ4),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
