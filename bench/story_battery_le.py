"""Part LE of the story battery (web pages).

Written by engineer LE1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LE`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LE1: Czech National Bank cuts the two-week repo rate 25 bp to 3.25% on a 5-2 vote (Thu 7 May 2026); CONTROL; traps: bp vs percentage point, per cent vs %, Prague time vs GMT, "Thursday"/"yesterday", March's 4-3 hold vote, old vs new inflation forecast, lombard/discount rates, koruna before/after, governor's full/short name and titles, one quote cut differently.
el-LE2: Opole early mayoral run-off won by Agnieszka Wróblewska over Piotr Zaręba (Sun 14 June 2026); PLANTED: final turnout 46.1% instead of 43.8% (Opole Weekly Courier), "Zaremba" for Zaręba (Vistula Wire); traps: first-round vs run-off shares and votes, 17:00 interim turnout, one district's count, percentages rounded, CEST vs GMT, "Sunday night"/"early on Monday", full/short names, PLN vs EUR/USD budget gap.
ct-LE3: Czech Constitutional Court strikes down computer-issued speeding fines from section cameras by 10-5, annulment deferred to 31 Dec 2026 (Tue 10 March 2026); PLANTED: 9-6 vote split instead of 10-5 (Brno Evening Post), "Justice Minister" for Interior Minister Ondřej Brabec (Moravia TV); traps: 21 senators vs 2025 Senate vote, fine amounts in CZK and EUR, camera counts past and planned, judge names and titles, one quote cut differently, "Tuesday"/"yesterday".
tr-LE4: Hungary's KSH first estimate of April 2026 trade: surplus EUR 1.31bn, exports EUR 13.62bn, imports EUR 12.31bn (Tue 9 June 2026); CONTROL; traps: EUR vs HUF conversions, rounding, March surplus revised, year-earlier surplus, Jan-Apr cumulative figures, y/y vs m/m changes, analyst forecast, release time in CEST vs GMT, state secretary's full/short name.
rk-LE5: Polish firm Bałtyk Aerospace's Rybitwa-2 suborbital rocket reaches 102 km from the air force range near Ustka (Sat 19 Sept 2026); PLANTED: lift-off at 11:58 instead of 11:42 (Słupsk Today), launch site "near Łeba" instead of near Ustka (Coast FM News), "Sunday" instead of Saturday (Orbit Notes newsletter); traps: scrubbed Friday attempt, 11:00 window opening, CEST vs UTC, km vs miles, 102 vs 102.4 km, earlier 41 km flight, time to apogee rounded, capsule recovery distance at different precision.
eq-LE6: Magnitude-4.8 earthquake near Neunkirchen, Lower Austria, 02:17 CET (Tue 3 Nov 2026); CONTROL; traps: preliminary 5.0 revised to 4.8, injured count growing 2 -> 5 -> 7 over the day, felt reports growing, a 3.1 aftershock, the 1972 Seebenstein quake, damage reports 300 -> 1,200, CET vs UTC, epicentre at different precision, "02:17"/"2.17 a.m."/"17 minutes past two", aftershock counts growing.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Small helpers shared by the page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:70]


def _body(text: str) -> str:
    """Turn a plain-text article into HTML.

    Blocks are separated by blank lines.  "## x" is a subheading, "> x" a pull quote,
    "[ad]" an in-article advertisement, "[fig file | caption | credit]" a figure.
    Everything else becomes a <p>.
    """
    out = []
    for raw in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in raw.strip().splitlines())
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{_e(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f'<blockquote class="pull"><p>{_e(block[2:])}</p></blockquote>')
        elif block == "[ad]":
            out.append('<aside class="ad ad-inarticle" aria-label="Advertisement">'
                       '<span class="ad-label">Advertisement</span>'
                       '<div class="ad-slot" data-slot="mid-article"></div></aside>')
        elif block.startswith("[fig ") and block.endswith("]"):
            src, cap, credit = [x.strip() for x in block[5:-1].split("|")]
            out.append(f'<figure class="inline"><img src="/img/{_a(src)}" alt="{_a(cap)}" '
                       f'loading="lazy" width="800" height="533">'
                       f'<figcaption>{_e(cap)} <span class="credit">{_e(credit)}</span>'
                       f'</figcaption></figure>')
        else:
            out.append(f"<p>{_e(block)}</p>")
    return "\n".join(out)


def _ld(kind: str, headline: str, url: str, published: str | None, modified: str | None,
        authors: list[str], site: str, domain: str, section: str, image: str = "") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
    }
    if published:
        data["datePublished"] = published
        data["dateModified"] = modified or published
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    else:
        data["author"] = {"@type": "Organization", "name": site}
    data["publisher"] = {"@type": "Organization", "name": site,
                         "logo": {"@type": "ImageObject",
                                  "url": f"https://{domain}/static/logo-600x60.png"}}
    if section:
        data["articleSection"] = section
    if image:
        data["image"] = [f"https://{domain}/img/{image}"]
    data["inLanguage"] = "en"
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _related(domain: str, items: list[str], title: str = "Related") -> str:
    links = "\n".join(f'<li><a href="https://{domain}/{_slug(t)}">{_e(t)}</a></li>'
                      for t in items)
    return (f'<aside class="related"><h3>{_e(title)}</h3>\n<ul>\n{links}\n</ul></aside>')


def _share(url: str) -> str:
    u = _a(url)
    return ('<div class="share" aria-label="Share this article">'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
            f'<a class="share-x" href="https://x.com/intent/post?url={u}">X</a>'
            f'<a class="share-li" href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a>'
            f'<a class="share-mail" href="mailto:?body={u}">Email</a>'
            '<button class="copy-link" type="button">Copy link</button></div>')


def _meta(site: str, url: str, headline: str, description: str, published: str | None,
          image: str, domain: str, kind: str = "article") -> str:
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_a(description)}">',
        f'<meta property="og:type" content="{kind}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:description" content="{_a(description)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://{domain}/img/{_a(image)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_a(url)}">',
    ]
    if published:
        parts.append(f'<meta property="article:published_time" content="{published}">')
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Page templates: one per kind of outlet
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, domain: str, url: str, headline: str, description: str,
               published: str, modified: str | None, shown: str, authors: list[str],
               dateline: str, body: str, footer_note: str, section: str,
               related: list[str], image: str = "wire-generic.jpg") -> str:
    """A wire-service story: sparse chrome, dateline in the lead, editors' note at the end."""
    content = _body(body).replace("<p>", f'<p><span class="dateline">{_e(dateline)}</span> ', 1)
    by = ", ".join(authors)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(site, url, headline, description, published, image, domain)}
<title>{_e(headline)} | {_e(site)}</title>
<link rel="stylesheet" href="https://{domain}/static/wire.min.css">
{_ld("NewsArticle", headline, url, published, modified, authors, site, domain, section, image)}
</head>
<body class="wire-story">
<div id="consent" class="consent-bar" role="dialog" aria-live="polite">
<p>{_e(site)} and its partners store and read information on your device to measure traffic and show relevant offers. You can change your choice at any time under Privacy settings.</p>
<button type="button" class="consent-accept">Accept</button> <button type="button" class="consent-reject">Reject non-essential</button> <a href="https://{domain}/privacy">Privacy settings</a>
</div>
<header class="masthead">
<a class="logo" href="https://{domain}/">{_e(site)}</a>
<nav class="primary" aria-label="Sections">
<a href="https://{domain}/world">World</a> <a href="https://{domain}/business">Business</a> <a href="https://{domain}/markets">Markets</a> <a href="https://{domain}/politics">Politics</a> <a href="https://{domain}/science">Science</a> <a href="https://{domain}/pictures">Pictures</a>
</nav>
<a class="subscribe" href="https://{domain}/professional">For professionals</a>
</header>
<div class="ad ad-leaderboard" aria-label="Advertisement"><span class="ad-label">Advertisement</span><div class="ad-slot" data-slot="top"></div></div>
<main>
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<p class="kicker"><a href="https://{domain}/{_slug(section)}">{_e(section)}</a></p>
<h1 itemprop="headline">{_e(headline)}</h1>
<div class="byline">By <span class="author">{_e(by)}</span></div>
<div class="timestamp"><time datetime="{published}">{_e(shown)}</time></div>
{_share(url)}
<div class="story-body">
{content}
</div>
<p class="editors-note">{_e(footer_note)}</p>
<p class="standards"><a href="https://{domain}/trust-principles">Our standards: The {_e(site)} Trust Principles.</a></p>
</article>
{_related(domain, related, "Read next")}
</main>
<div class="ad ad-rail" aria-label="Advertisement"><span class="ad-label">Advertisement</span><div class="ad-slot" data-slot="rail"></div></div>
<footer class="site-footer">
<nav><a href="https://{domain}/about">About us</a> <a href="https://{domain}/contact">Contact</a> <a href="https://{domain}/careers">Careers</a> <a href="https://{domain}/terms">Terms of use</a> <a href="https://{domain}/privacy">Privacy</a> <a href="https://{domain}/corrections">Corrections</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
<script src="https://{domain}/static/wire.bundle.js" defer></script>
</body>
</html>
"""


def _paper_page(*, site: str, domain: str, url: str, headline: str, standfirst: str,
                published: str | None, modified: str | None, shown: str, authors: list[str],
                author_role: str, body: str, section: str, hero: tuple[str, str, str],
                related: list[str], tags: list[str], comments: int) -> str:
    """A national newspaper's web article: standfirst, hero picture, rich chrome."""
    img, cap, credit = hero
    by = " and ".join(authors)
    tag_links = " ".join(f'<a class="tag" href="https://{domain}/topic/{_slug(t)}">{_e(t)}</a>'
                         for t in tags)
    ld = _ld("NewsArticle", headline, url, published, modified, authors, site, domain,
             section, img) if published else ""
    time_el = (f'<time datetime="{published}">{_e(shown)}</time>' if published
               else f'<span class="date">{_e(shown)}</span>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{_meta(site, url, headline, standfirst, published, img, domain)}
<title>{_e(headline)} | {_e(site)}</title>
<link rel="stylesheet" href="https://{domain}/assets/css/article.3f9a1c.css">
<link rel="alternate" type="application/rss+xml" href="https://{domain}/{_slug(section)}/rss">
{ld}
</head>
<body class="article-page section-{_slug(section)}">
<div class="cookie-notice" id="cookie-notice">
<h2>Your privacy</h2>
<p>We use cookies and similar technologies to run this site, to understand how it is used and, with your permission, to personalise advertising. Choose "Accept all" to agree or "Manage options" to decide for yourself.</p>
<button type="button" data-consent="all">Accept all</button>
<button type="button" data-consent="manage">Manage options</button>
</div>
<div class="topbar"><a href="https://{domain}/subscribe">Subscribe from &euro;1 for the first month</a> <a href="https://{domain}/login">Sign in</a> <a href="https://{domain}/epaper">Today's paper</a></div>
<header class="site-header">
<a class="brand" href="https://{domain}/"><img src="https://{domain}/assets/logo.svg" alt="{_a(site)}"></a>
<nav class="main-nav" aria-label="Main">
<ul><li><a href="https://{domain}/news">News</a></li><li><a href="https://{domain}/politics">Politics</a></li><li><a href="https://{domain}/business">Business</a></li><li><a href="https://{domain}/world">World</a></li><li><a href="https://{domain}/opinion">Opinion</a></li><li><a href="https://{domain}/culture">Culture</a></li><li><a href="https://{domain}/sport">Sport</a></li></ul>
</nav>
<form class="search" action="https://{domain}/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<div class="ad ad-billboard"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-billboard"></div></div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="https://{domain}/">Home</a> &rsaquo; <a href="https://{domain}/{_slug(section)}">{_e(section)}</a></nav>
<main class="content">
<article class="article">
<header class="article-header">
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="byline">By <a rel="author" href="https://{domain}/authors/{_slug(authors[0])}">{_e(by)}</a>, {_e(author_role)}</span>
{time_el}</div>
{_share(url)}
</header>
<figure class="hero"><img src="https://{domain}/img/{_a(img)}" alt="{_a(cap)}" width="1200" height="800">
<figcaption>{_e(cap)} <span class="credit">Photo: {_e(credit)}</span></figcaption></figure>
<div class="article-body">
{_body(body)}
</div>
<div class="tags">{tag_links}</div>
<section class="newsletter-box"><h3>The Morning Briefing</h3><p>The day's most important stories, in your inbox before breakfast.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></section>
<section class="comments"><a href="https://{domain}/comments?article={_slug(headline)}">Show {comments} comments</a></section>
</article>
<aside class="sidebar">
<div class="ad ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-mpu-1"></div></div>
{_related(domain, related, "More on this story")}
<div class="ad ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-slot" id="ad-mpu-2"></div></div>
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="https://{domain}/about">About {_e(site)}</a></li><li><a href="https://{domain}/contact">Contact the newsroom</a></li><li><a href="https://{domain}/advertise">Advertise</a></li><li><a href="https://{domain}/terms">Terms and conditions</a></li><li><a href="https://{domain}/privacy">Privacy policy</a></li><li><a href="https://{domain}/cookies">Cookie settings</a></li></ul>
<p>&copy; {_e(site)} 2026. Registered in the press register. Reproduction without permission is prohibited.</p>
</footer>
<script src="https://{domain}/assets/js/app.3f9a1c.js" async></script>
</body>
</html>
"""


def _broadcast_page(*, site: str, domain: str, url: str, headline: str, summary: str,
                    published: str, modified: str | None, shown: str, updated_shown: str,
                    authors: list[str], body: str, section: str, video: tuple[str, str, str],
                    related: list[str]) -> str:
    """A broadcaster's news page: video player on top, 'Title - Site', watch/listen links."""
    img, cap, duration = video
    by = " & ".join(authors) if authors else f"{site} News"
    upd = (f' <span class="updated">Updated <time datetime="{modified}">{_e(updated_shown)}</time></span>'
           if modified else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(site, url, headline, summary, published, img, domain, "video.other")}
<title>{_e(headline)} - {_e(site)}</title>
<link rel="stylesheet" href="https://{domain}/news/css/main-7b21.css">
<link rel="manifest" href="https://{domain}/manifest.json">
{_ld("NewsArticle", headline, url, published, modified, authors, site, domain, section, img)}
</head>
<body class="news-article">
<aside id="gdpr" class="gdpr-layer" role="dialog" aria-label="Cookie consent">
<p>Cookies help us deliver our services. Some are essential, others help us improve the player and measure audiences. You can withdraw consent at any time.</p>
<button type="button">OK, I agree</button> <button type="button">Only essential cookies</button>
</aside>
<header class="bc-header">
<a class="bc-logo" href="https://{domain}/">{_e(site)}</a>
<nav class="bc-nav" aria-label="Services"><a href="https://{domain}/news">News</a> <a href="https://{domain}/live">Live TV</a> <a href="https://{domain}/radio">Radio</a> <a href="https://{domain}/sport">Sport</a> <a href="https://{domain}/weather">Weather</a> <a href="https://{domain}/podcasts">Podcasts</a></nav>
<nav class="bc-subnav" aria-label="News"><a href="https://{domain}/news/home">Home news</a> <a href="https://{domain}/news/world">World</a> <a href="https://{domain}/news/economy">Economy</a> <a href="https://{domain}/news/regions">Regions</a> <a href="https://{domain}/news/fact-check">Fact check</a></nav>
</header>
<main id="main">
<article class="bc-article">
<h1>{_e(headline)}</h1>
<div class="bc-meta"><span class="bc-source">{_e(by)}</span> <time datetime="{published}">{_e(shown)}</time>{upd}</div>
<div class="bc-player" data-duration="{_a(duration)}">
<img src="https://{domain}/img/{_a(img)}" alt="{_a(cap)}" width="1280" height="720">
<button class="play" type="button">Play video ({_e(duration)})</button>
<p class="bc-caption">{_e(cap)}</p>
</div>
<p class="bc-summary"><strong>{_e(summary)}</strong></p>
{_share(url)}
<div class="bc-text">
{_body(body)}
</div>
<p class="bc-listen"><a href="https://{domain}/radio/news-bulletins">Listen to the latest bulletin</a></p>
</article>
<section class="bc-more">
{_related(domain, related, "More from " + section)}
<div class="ad ad-native"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></div>
</section>
</main>
<footer class="bc-footer">
<p><a href="https://{domain}/about">About {_e(site)}</a> | <a href="https://{domain}/complaints">Complaints</a> | <a href="https://{domain}/accessibility">Accessibility</a> | <a href="https://{domain}/privacy">Privacy &amp; cookies</a> | <a href="https://{domain}/schedule">TV and radio schedule</a></p>
<p>&copy; 2026 {_e(site)}. {_e(site)} is not responsible for the content of external sites.</p>
</footer>
<script src="https://{domain}/news/js/player-7b21.js" defer></script>
</body>
</html>
"""


def _local_page(*, site: str, domain: str, url: str, headline: str, teaser: str,
                published: str | None, modified: str | None, shown: str, authors: list[str],
                body: str, section: str, town: str, weather: str,
                photo: tuple[str, str, str], related: list[str], most_read: list[str]) -> str:
    """A local or regional news site: weather widget, local menu, 'most read' box."""
    img, cap, credit = photo
    by = ", ".join(authors)
    ld = _ld("NewsArticle", headline, url, published, modified, authors, site, domain,
             section, img) if published else ""
    time_el = (f'<time datetime="{published}">{_e(shown)}</time>' if published
               else f'<span class="pubdate">{_e(shown)}</span>')
    mr = "\n".join(f'<li><a href="https://{domain}/{_slug(t)}">{_e(t)}</a></li>' for t in most_read)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(site, url, headline, teaser, published, img, domain)}
<title>{_e(headline)} - {_e(site)}</title>
<link rel="stylesheet" href="https://{domain}/wp-content/themes/localnews/style.css?ver=4.2">
{ld}
</head>
<body class="post-template-default single single-post">
<div class="cookie-popup" id="cookie-popup"><p>This website uses cookies. By continuing to browse you agree to their use. <a href="https://{domain}/cookies">Find out more</a></p><button type="button">Got it</button></div>
<div class="top-strip"><span class="weather-widget">{_e(town)}: {_e(weather)}</span> <a href="https://{domain}/tips">Send us a tip</a> <a href="https://{domain}/advertise-with-us">Advertise with us</a></div>
<header id="masthead" class="site-header">
<p class="site-title"><a href="https://{domain}/" rel="home">{_e(site)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="https://{domain}/category/news">News</a></li><li><a href="https://{domain}/category/city">City</a></li><li><a href="https://{domain}/category/region">Region</a></li><li><a href="https://{domain}/category/business">Business</a></li><li><a href="https://{domain}/category/sport">Sport</a></li><li><a href="https://{domain}/category/events">What's on</a></li></ul></nav>
</header>
<div class="ad ad-header"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></div>
<div id="content" class="site-content">
<main id="primary">
<article class="post type-post status-publish">
<header class="entry-header">
<span class="cat-links"><a href="https://{domain}/category/{_slug(section)}">{_e(section)}</a></span>
<h1 class="entry-title">{_e(headline)}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard">{_e(by)}</span></span> <span class="posted-on">{time_el}</span></div>
</header>
<figure class="post-thumbnail"><img src="https://{domain}/wp-content/uploads/2026/{_a(img)}" alt="{_a(cap)}" width="1024" height="683"><figcaption class="wp-caption-text">{_e(cap)} (Photo: {_e(credit)})</figcaption></figure>
<div class="entry-content">
<p class="teaser"><strong>{_e(teaser)}</strong></p>
{_body(body)}
</div>
<footer class="entry-footer">{_share(url)}</footer>
</article>
{_related(domain, related, "You may also like")}
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget-ad"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></section>
<section class="widget widget-most-read"><h2 class="widget-title">Most read</h2><ol>
{mr}
</ol></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2026 {_e(site)} &middot; <a href="https://{domain}/imprint">Imprint</a> &middot; <a href="https://{domain}/privacy-policy">Privacy policy</a> &middot; <a href="https://{domain}/contact">Contact</a></p><p>Proudly independent local journalism since 2011.</p></footer>
</body>
</html>
"""


def _newsletter_page(*, site: str, domain: str, url: str, headline: str, issue: str,
                     shown: str, published: str | None, authors: list[str], intro: str,
                     body: str, briefs: list[str], signoff: str) -> str:
    """The web version of an e-mail newsletter: usually no machine-readable date."""
    by = " and ".join(authors)
    ld = _ld("NewsArticle", headline, url, published, None, authors, site, domain,
             "Newsletter") if published else ""
    br = "\n".join(f"<li>{_e(b)}</li>" for b in briefs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(intro)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<title>{_e(headline)} | {_e(site)}</title>
<link rel="canonical" href="{_a(url)}">
{ld}
<style>body{{font-family:Georgia,serif;max-width:680px;margin:0 auto}} .ad{{border:1px solid #ddd}}</style>
</head>
<body>
<div class="cookie-consent"><p>We use a small number of cookies to count readers of the web edition. No advertising trackers.</p><button type="button">Fine by me</button></div>
<div class="preheader"><a href="https://{domain}/archive">Past issues</a> | <a href="https://{domain}/subscribe">Subscribe</a> | Forwarded this? <a href="https://{domain}/join">Get your own copy</a></div>
<header class="nl-header">
<p class="nl-name"><a href="https://{domain}/">{_e(site)}</a></p>
<nav><a href="https://{domain}/archive">Archive</a> <a href="https://{domain}/about">About</a> <a href="https://{domain}/sponsor">Sponsor us</a></nav>
<p class="nl-issue">{_e(issue)} &middot; <span class="nl-date">{_e(shown)}</span></p>
</header>
<main>
<article class="nl-main">
<h1>{_e(headline)}</h1>
<p class="nl-byline">Written by {_e(by)}</p>
<p class="nl-intro"><em>{_e(intro)}</em></p>
{_body(body)}
<p class="nl-signoff">{_e(signoff)}</p>
</article>
<div class="ad nl-sponsor"><span class="ad-label">Advertisement</span><p>This issue is supported by a sponsor. Sponsors have no say over what we write.</p></div>
<section class="nl-briefs"><h2>Also worth your time</h2><ul>
{br}
</ul></section>
{_share(url)}
</main>
<footer class="nl-footer"><p>You are receiving this because you signed up at {_e(domain)}. <a href="https://{domain}/unsubscribe">Unsubscribe</a> &middot; <a href="https://{domain}/preferences">Update preferences</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _live_page(*, site: str, domain: str, url: str, headline: str, summary: str,
               published: str, modified: str, shown: str, authors: list[str],
               entries: list[tuple[str, str, str, str]], section: str, key_points: list[str],
               related: list[str], day: str) -> str:
    """A live blog.  entries are (iso time, shown time, title, text), newest first."""
    posts = []
    for iso, hhmm, title, text in entries:
        posts.append(f'<div class="lb-entry" id="post-{_slug(iso)}">'
                     f'<time class="lb-time" datetime="{iso}">{_e(hhmm)}</time>'
                     f'<h3 class="lb-title">{_e(title)}</h3>\n{_body(text)}\n'
                     f'<div class="lb-entry-share"><a href="{_a(url)}#post-{_slug(iso)}">Link to this post</a></div></div>')
    kp = "\n".join(f"<li>{_e(k)}</li>" for k in key_points)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{_meta(site, url, headline, summary, published, "live-banner.jpg", domain)}
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta http-equiv="refresh" content="300">
<link rel="stylesheet" href="https://{domain}/static/live.css">
{_ld("NewsArticle", headline, url, published, modified, authors, site, domain, section)}
</head>
<body class="liveblog">
<div class="cmp-banner" role="dialog"><p>We and our 112 partners use cookies for analytics and advertising. Click "Agree" to accept or "Customise" to choose.</p><button type="button">Agree</button> <button type="button">Customise</button></div>
<header class="lb-site-header"><a class="logo" href="https://{domain}/">{_e(site)}</a>
<nav><a href="https://{domain}/news">News</a> <a href="https://{domain}/region">Region</a> <a href="https://{domain}/europe">Europe</a> <a href="https://{domain}/business">Business</a> <a href="https://{domain}/live">Live</a></nav></header>
<div class="ad ad-top"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></div>
<main>
<article class="lb">
<p class="lb-badge"><span class="live-dot"></span> LIVE &middot; {_e(day)}</p>
<h1>{_e(headline)}</h1>
<p class="lb-summary">{_e(summary)}</p>
<p class="lb-authors">With {_e(", ".join(authors))} &middot; <time datetime="{published}">{_e(shown)}</time></p>
{_share(url)}
<section class="lb-keypoints"><h2>Key points</h2><ul>
{kp}
</ul></section>
<div class="lb-feed">
{chr(10).join(posts)}
</div>
</article>
{_related(domain, related, "More coverage")}
</main>
<footer><p><a href="https://{domain}/about">About us</a> &middot; <a href="https://{domain}/privacy">Privacy</a> &middot; <a href="https://{domain}/imprint">Imprint</a></p><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


# ===========================================================================
# cb-LE1 (CONTROL) - Czech National Bank rate cut
# ===========================================================================
# Facts: Thursday 7 May 2026, Czech National Bank (CNB) board meeting in Prague.
# Two-week repo rate cut by 25 bp (a quarter of a percentage point) from 3.50% to 3.25%,
# effective Friday 8 May; discount rate 2.50% -> 2.25%, Lombard 4.50% -> 4.25%.
# Board vote 5-2 (seven members); Vice-Governor Ivana Marešová and board member Lukáš Zedník
# voted to hold.  Previous meeting 26 March: hold at 3.50% on a 4-3 vote.  Previous cut:
# December 2025.  Decision published 14:30 Prague time (CEST) = 12:30 GMT; press conference
# 15:45 CEST = 13:45 GMT.  Governor Radek Holub.  Spring forecast: 2026 average inflation 2.3%
# (February forecast 2.6%), 2026 GDP growth 1.9% (was 2.2%); forecast implies repo around 3%
# at year-end.  April CPI flash 2.4% y/y, March 2.7%; services inflation 4.1% in April.
# Target 2% +/- 1 percentage point.  Koruna 24.38/EUR just before the decision, 24.46 at
# 14:15 GMT (16:15 CEST), 24.42 at Thursday's close.  Danube Wire poll: 14 of 19 expected a
# cut.  Next meeting Thursday 25 June; minutes Friday 15 May.
# Holub's full quote: "Inflation has settled close to our target and the koruna has been
# stable, which gives us room to take another careful step. This is not the start of a rapid
# series of cuts; every further move will depend on how wages and services prices develop."

_CB_WIRE = """
The Czech National Bank lowered its main two-week repo rate by 25 basis points to 3.25% on
Thursday, its first move since December, as inflation drifted towards the bank's target.
Two of the seven board members voted to keep rates where they were.

The decision, published at 1230 GMT, matched the call of 14 of the 19 economists surveyed by
Danube Wire last week. The other five had expected the board to leave the rate at 3.50% for a
second meeting in a row.

The board split 5-2. Vice-Governor Ivana Marešová and board member Lukáš Zedník preferred to
wait, the bank said in its statement. When the board last met, on March 26, it held rates in a
4-3 vote, with three members then arguing for a cut.

The bank also reduced the Lombard rate, at which it lends to commercial banks overnight, to
4.25%, and the discount rate to 2.25%. All three rates take effect on Friday.

## Governor: no rush

Governor Radek Holub told a news conference in Prague that price growth had come close enough
to the target to justify another step, but he pushed back against expectations of a fast
sequence of reductions.

"Inflation has settled close to our target and the koruna has been stable, which gives us room
to take another careful step," Holub said. "This is not the start of a rapid series of cuts;
every further move will depend on how wages and services prices develop."

Annual consumer price inflation eased to 2.4% in April from 2.7% in March, a preliminary
estimate from the Czech Statistical Office showed. The central bank aims for 2%, with a
tolerance band of one percentage point in either direction. Services prices, which board
members have repeatedly named as the stickiest part of the basket, were still 4.1% higher than
a year earlier.

## New forecast

In its spring forecast, released alongside the decision, the bank sees inflation averaging
2.3% this year, down from 2.6% in the February projection. Staff cut the outlook for economic
growth in 2026 to 1.9% from 2.2%, pointing to weaker orders from German customers of Czech
manufacturers.

Holub said the forecast was consistent with the repo rate falling to around 3% by the end of
the year, but stressed that the board was not bound by the staff's path.

The koruna weakened after the announcement. It traded at 24.46 per euro at 1415 GMT, compared
with 24.38 just before the decision.

[ad]

## Analysts expect a slow pace

"Two dissenting votes on a cut the market had almost fully priced in tell you this board is in
no hurry," said Markéta Dvořáková, chief economist at Moravia Capital in Brno. She expects one
more quarter-point reduction this year, most likely after the summer.

Ondřej Štěpánek of Vltava Securities said the lower growth forecast gave the majority a
stronger argument than the inflation numbers alone. "The economy is not overheating, and the
currency is calm. That combination rarely lasts long enough for a central bank to ignore it,"
he said.

Government bond yields fell across the curve, with the two-year yield down about 6 basis
points by mid-afternoon.

The board is due to meet next on June 25, when it will have fresh data on first-quarter wage
growth. Minutes of Thursday's meeting are scheduled for publication on May 15.
"""

_CB_PAPER = """
Borrowing in the Czech Republic became a little cheaper on Thursday after the board of the
Czech National Bank lowered the two-week repo rate by a quarter of a percentage point, to 3.25
per cent from 3.5 per cent.

The decision, announced at 2.30pm, was the first change to the bank's key rate since December.
It was carried by five votes to two. Vice-Governor Ivana Marešová and board member Lukáš Zedník
wanted to keep the rate unchanged for now.

The outcome was narrower than some in the markets had hoped but wider than the last vote. At its
March meeting, the board held the rate at 3.5 per cent on a four-to-three vote.

For households, the message from the bank's headquarters on Na Příkopě was a mixed one.

"This is not the start of a rapid series of cuts," Governor Radek Holub told reporters during
the afternoon press conference. He said that every further move would depend on how quickly
wages and the prices of services rise over the coming months.

## What it means for mortgages

Mortgage lenders tend to follow the central bank with a delay, and the quarter-point cut is
unlikely to change much for people refinancing this month. Average rates on new home loans were
about 4.6 per cent in April, according to the broker Domov Finance.

"Banks set their fixed rates from the swap market, not from the repo rate itself, and the swap
market expected today's move weeks ago," said Pavla Nováková, a spokeswoman for the broker. "The
more interesting question is what happens in the year's second half."

The central bank's own projection gives a hint. Its new forecast, the first since February, sees
inflation averaging 2.3 per cent this year instead of the 2.6 per cent it expected three months
ago, while growth of the Czech economy has been revised down to 1.9 per cent. The forecast is
consistent with the key rate falling to about 3 per cent by December, Holub said.

[fig cnb-board-table.jpg | Members of the central bank's board before the press conference in Prague. | Photo: Prague Ledger/Tomáš Beneš]

## Why two members said no

The bank gave only a brief summary of the dissent. According to the statement, Marešová and
Zedník argued that wage growth of more than 6 per cent and persistent services inflation
justified waiting at least until the June meeting. Services prices were 4.1 per cent higher in
April than a year before.

Headline inflation, by contrast, slowed to 2.4 per cent in April from 2.7 per cent in March,
according to the preliminary figure from the statistics office. That is comfortably inside the
band of one percentage point around the bank's 2 per cent target.

Deputy Finance Minister Karel Šindelář welcomed the cut. "Firms that borrow in crowns will feel
it first, and they need it after a weak winter for exports," he said.

The koruna, which often moves sharply on central bank days, lost some ground after the
announcement and traded at about 24.46 to the euro in the afternoon, against 24.38 before the
decision.

## Next steps

The full minutes of the meeting, including the arguments of each board member, are due on
15 May. The board meets again on 25 June.

Economists were divided on what comes next. Some expect the bank to stay at 3.25 per cent
through the summer; others think the weaker growth forecast will push the majority to act again
in June.

Holub declined to be drawn. Asked whether June was "live", he said only that the board would
"look at the wage numbers first and the calendar second".
"""

_CB_TV = """
The Czech National Bank has cut its benchmark interest rate for the first time this year.
After a meeting that ended shortly before 2.30 this afternoon, the bank's board lowered the
two-week repo rate by 0.25 percentage points, from 3.50 to 3.25 percent.

Five of the seven board members backed the move. Two, Vice-Governor Ivana Marešová and Lukáš
Zedník, voted against and would have preferred to keep the rate at 3.50 percent.

It is the first cut since December. In March the board left rates unchanged.

Speaking to journalists later in the afternoon, Governor Radek Holub said the recent fall in
inflation had opened the door to the decision.

"Inflation has settled close to our target and the koruna has been stable," Holub said.

He did not promise more. The bank, he said, would watch wages and the prices of services before
deciding on any further reduction.

## Inflation near target

Consumer prices rose by 2.4 percent in April compared with a year earlier, according to a
preliminary estimate. In March the rate was 2.7 percent. The central bank's target is 2
percent.

The bank's economists now expect inflation to average 2.3 percent in 2026. In February they
still forecast 2.6 percent. They also see slower economic growth this year, 1.9 percent instead
of the 2.2 percent they projected in the winter.

## What changes for people

For people with savings, the cut will mean slightly lower interest on deposit accounts, which
banks adjust quickly. For borrowers, any change will take longer.

In Pardubice, Lucie and Martin Horák are looking for a two-room flat. They had hoped the
central bank would move faster. "Every quarter of a percent matters when you borrow four
million crowns for thirty years," Martin Horák told Bohemia 24. "But honestly, the price of
flats worries us more than the interest rate."

Estate agent Robert Vrba said demand had picked up since the start of the year. "People who
waited in 2025 are coming back. A cut like today's does not change their budget much, but it
changes their mood," he said.

[ad]

## Markets

The Czech crown weakened slightly after the decision, to around 24.46 crowns per euro from
24.38 before the announcement. Traders said the move was small because most banks had expected
the cut.

The other rates set by the central bank fell by the same amount: the Lombard rate to 4.25
percent and the discount rate to 2.25 percent. The new rates apply from tomorrow.

Government bond yields edged lower as well. For the state, which borrows heavily on the
domestic market, a lower path for rates means cheaper financing of this year's deficit, a
finance ministry spokesman told Bohemia 24.

The central bank's board will next set rates on 25 June.

## Reaction

Economist Markéta Dvořáková of Moravia Capital told Bohemia 24 that the two votes against the
cut were a signal to markets. "They are telling us: don't expect the same thing every six
weeks," she said.

Business groups were more enthusiastic. The Confederation of Industry said in a statement that
lower rates would help manufacturers who have been hit by weak demand in Germany, and called on
the bank to continue "at a pace the economy can feel".
"""

_CB_LETTER = """
Good morning. Yesterday's Czech National Bank meeting delivered what most of you expected, but
with a twist in the vote that is worth a closer look before anyone pencils in June.

## The decision

The board cut the two-week repo rate by 25bp to 3.25%. The discount rate goes to 2.25% and the
Lombard to 4.25%; all three apply from today. The statement landed at 14:30 Prague time on
Thursday, and Governor Radek Holub faced the press at 15:45.

The vote was 5-2. The two holdouts were Vice-Governor Ivana Marešová and Lukáš Zedník. Compare
that with March, when the board kept the rate at 3.50% by 4-3 and three members wanted to cut.
In other words, the hawks did not disappear; they simply swapped roles with the doves.

## What the governor said

The central bank chief chose his words carefully. His central line, that the stable koruna and
near-target inflation gave the board "room to take another careful step", was followed straight
away by a warning: "This is not the start of a rapid series of cuts; every further move will
depend on how wages and services prices develop."

We read that as a deliberate brake on market pricing. Before the meeting, FRAs implied roughly
60bp of easing by year-end. By the evening, that had slipped to about 45bp.

## The forecast

The new staff projection is friendlier than the rhetoric:

Inflation is seen averaging 2.3% in 2026, against 2.6% in February. April's flash reading was
2.4% y/y, down from 2.7% in March, with services still running at 4.1%.

GDP growth for 2026 is cut to 1.9% from 2.2%.

The implied path for the repo rate reaches roughly 3% by the end of the year, which means one
more 25bp cut after yesterday's if the staff are right.

[ad]

## Markets

EUR/CZK spiked to 24.46 in the afternoon from 24.38 just before the release, then drifted back
to 24.42 by the close of trading in Prague on Thursday evening. The 2y CZGB yield ended about
6bp lower at 3.02%. Moves were small, which tells you the cut itself was no surprise; the
dissent was.

## The dissenters

Marešová's vote is the one that matters. A vice-governor voting against the majority is rare
at the CNB, and she has spoken publicly about services inflation at least three times since
February. Zedník has dissented before, most recently in December, when he opposed the cut to
3.50%. Together the pair stand for the view that the last stretch to 2% is the hardest and
that the bank should not spend its room for manoeuvre before the first-quarter wage data
arrive in June.

## Our take

A 5-2 vote with the vice-governor in the minority is not a board in easing mode. We keep our
call for one more cut in 2026, but we now place it in August rather than June. The minutes,
due next Friday (15 May), will show how firm the two dissenters were. If either of them wrote
that they could support a cut "in the coming months", June comes back into play.

## Diary

Next week: Czech industrial production for March (Monday), final April CPI (Tuesday), and
Polish and Hungarian flash GDP for the first quarter (Friday). The next CNB rate decision is
on Thursday 25 June.
"""

_CB_PAGES = [
    _page("https://danubewire.example/markets/czech-central-bank-trims-repo-rate-to-3-25-two-dissent-2026-05-07/",
          _wire_page(
              site="Danube Wire", domain="danubewire.example",
              url="https://danubewire.example/markets/czech-central-bank-trims-repo-rate-to-3-25-two-dissent-2026-05-07/",
              headline="Czech central bank trims repo rate to 3.25%, two board members dissent",
              description="The Czech National Bank cut its two-week repo rate by 25 basis points to 3.25% in a 5-2 vote.",
              published="2026-05-07T14:41:00+02:00", modified="2026-05-07T16:32:00+02:00",
              shown="May 7, 2026 12:41 PM GMT · Updated May 7, 2026 2:32 PM GMT",
              authors=["Tereza Šimková", "Filip Navrátil"],
              dateline="PRAGUE, May 7 (Danube Wire) -",
              body=_CB_WIRE, section="Markets",
              footer_note="Reporting by Tereza Šimková and Filip Navrátil; editing by Helen Marsh",
              related=["Polish rate-setters keep policy on hold, signal patience",
                       "Czech industrial orders slip as German demand cools",
                       "Forint steadies after Hungarian inflation surprise"],
              image="cnb-building-prague.jpg")),
    _page("https://pragueledger.example/business/2026/05/07/central-bank-lowers-rates-a-notch-warns-against-cascade",
          _paper_page(
              site="Prague Ledger", domain="pragueledger.example",
              url="https://pragueledger.example/business/2026/05/07/central-bank-lowers-rates-a-notch-warns-against-cascade",
              headline="Central bank lowers rates a notch but warns borrowers not to expect a cascade",
              standfirst="The Czech National Bank cut its key rate by a quarter of a percentage point to 3.25 per cent on Thursday. Governor Radek Holub said further steps would hinge on wages.",
              published="2026-05-07T19:20:00+02:00", modified=None,
              shown="Thursday 7 May 2026, 19:20",
              authors=["Jana Kolářová"], author_role="economics correspondent",
              body=_CB_PAPER, section="Business",
              hero=("cnb-holub-press.jpg", "Governor Radek Holub at Thursday's press conference in Prague.", "Prague Ledger/Tomáš Beneš"),
              related=["How Czech mortgage rates have moved since 2022",
                       "Opinion: The central bank should stop talking about the crown",
                       "Flat prices in Brno and Prague climb again in spring"],
              tags=["Czech National Bank", "Interest rates", "Mortgages", "Inflation"],
              comments=87)),
    _page("https://bohemia24.example/news/economy/central-bank-cuts-rate-first-time-this-year-250507",
          _broadcast_page(
              site="Bohemia 24", domain="bohemia24.example",
              url="https://bohemia24.example/news/economy/central-bank-cuts-rate-first-time-this-year-250507",
              headline="Central bank cuts interest rate for the first time this year",
              summary="The Czech National Bank lowered its main rate to 3.25 percent. Two of the seven board members voted against.",
              published="2026-05-07T17:05:00+02:00", modified="2026-05-07T18:40:00+02:00",
              shown="7 May 2026 17:05", updated_shown="18:40",
              authors=["Jakub Říha"], body=_CB_TV, section="Economy",
              video=("cnb-tv-still.jpg", "Governor Radek Holub explains the decision. Video: Bohemia 24", "2:48"),
              related=["Savings accounts: which banks have already cut rates",
                       "Prices of food fell in April for the first time in a year",
                       "Industry confederation warns of weak export orders"])),
    _page("https://korunaletter.example/issues/412-cnb-cuts-but-the-vote-is-the-story",
          _newsletter_page(
              site="The Koruna Letter", domain="korunaletter.example",
              url="https://korunaletter.example/issues/412-cnb-cuts-but-the-vote-is-the-story",
              headline="CNB cuts, but the vote is the story",
              issue="Issue 412", shown="Friday, 8 May 2026", published=None,
              authors=["Vojtěch Malý"],
              intro="A 25bp cut, two dissenters and a forecast that is softer than the governor's words.",
              body=_CB_LETTER,
              briefs=["Poland: the rate-setters' statement in full, annotated",
                      "Hungary: why the forint shrugged off weak retail sales",
                      "Chart of the week: Czech services inflation by category"],
              signoff="That's all for this week. Reply to this e-mail with questions; we read everything. - V.M.")),
]

STORY_1 = _story("cb-LE1", "central bank", "2026-05-10", _CB_PAGES, [])


# ===========================================================================
# el-LE2 (PLANTED) - Opole early mayoral election, run-off
# ===========================================================================
# Facts: early mayoral election in Opole, Poland, after Mayor Tadeusz Mikulski resigned in
# February 2026 for health reasons.  First round Sunday 31 May: Agnieszka Wróblewska
# (independent, "Opole Together") 38.2%, Piotr Zaręba ("Opole Forward", former deputy mayor)
# 31.5%, Marek Lis 17.9%, Ewa Sadowska 7.6%, Jan Cieślak 4.8%; first-round turnout 39.6%.
# Run-off Sunday 14 June, polls 07:00-21:00 CEST (19:00 GMT), 64 polling stations,
# about 101,400 registered voters.  Turnout 14.9% at noon, 31.2% at 17:00, final 43.8%
# (44,413 ballots).  Valid 43,960, invalid 453.  Wróblewska 24,002 (54.6%), Zaręba 19,958
# (45.4%), margin 4,044.  Grudzice district: Zaręba 1,213, Wróblewska 1,027.  Municipal
# electoral commission published the result at 01:50 on Monday 15 June.  Wróblewska is 46,
# councillor since 2018, ran a hospice foundation for twelve years.  Budget gap about
# PLN 38 million (about EUR 8.9 million).  Term runs until the 2029 local elections.
# Wróblewska's full quote: "Opole chose a city run from its neighbourhoods, not from party
# offices. From tomorrow I want to meet the people who voted for my opponent, because I will
# be their mayor too."  Zaręba: "I congratulate my opponent. The voters have spoken clearly,
# and I respect that."
# PLANTED: final turnout 46.1% (Opole Weekly Courier) vs 43.8% (the others);
#          "Zaremba" (Vistula Wire) vs "Zaręba" (the others).

_EL_LIVE = [
    ("2026-06-15T02:20:00+02:00", "02:20", "Official: Wróblewska wins with 54.6%",
     """
The municipal electoral commission has published the official result, and it confirms what
both camps already knew before midnight. Agnieszka Wróblewska received 24,002 votes, or 54.6%.
Piotr Zaręba received 19,958 votes, or 45.4%. The gap is 4,044 votes.

Final turnout was 43.8%: 44,413 ballots were cast by about 101,400 people entitled to vote.
The commission counted 453 ballots as invalid. The result was signed off at 01:50.

That is where we will end our live coverage for tonight. Thank you for following along.
"""),
    ("2026-06-15T00:35:00+02:00", "00:35", "Last protocols arrive",
     """
The final polling station protocols have reached the commission at the town hall on Rynek.
Commission chair Danuta Krawczyk told our reporter the count had gone "without a single
complaint at the table", which in her experience is rare for a run-off this close.
"""),
    ("2026-06-14T23:52:00+02:00", "23:52", "Zaręba concedes",
     """
Piotr Zaręba has spoken to supporters at his campaign office on Krakowska street. He looked
tired but calm.

"I congratulate my opponent. The voters have spoken clearly, and I respect that," he said. He
added that his councillors would hold the new mayor to her promises on bus lanes and housing.
"""),
    ("2026-06-14T23:18:00+02:00", "23:18", "Wróblewska: 'I will be their mayor too'",
     """
Applause and a lot of cheering at the Opole Together party in a courtyard off Ozimska street.
Agnieszka Wróblewska has just declared victory, citing her team's tally of protocols posted
on the doors of polling stations.

"Opole chose a city run from its neighbourhoods, not from party offices," she told the crowd.
"From tomorrow I want to meet the people who voted for my opponent, because I will be their
mayor too."
"""),
    ("2026-06-14T22:40:00+02:00", "22:40", "First protocols favour Wróblewska",
     """
Both campaigns have volunteers photographing the result sheets posted at polling stations.
With 41 of the 64 stations reported, the Opole Together tally gives Wróblewska a lead of
close to ten points. Opole Forward has not published its own numbers. There is no exit poll
in this election, so these tallies are all we have until the commission reports.

One notable exception: in Grudzice, on the eastern edge of the city, Zaręba is ahead. The
posted sheets there show 1,213 votes for him and 1,027 for Wróblewska.
"""),
    ("2026-06-14T21:00:00+02:00", "21:00", "Polls are closed",
     """
It is 9pm and voting is over in Opole. Counting has begun in all 64 polling stations. In a
two-candidate race with a single ballot, the commissions expect to be done within two to three
hours.
"""),
    ("2026-06-14T17:45:00+02:00", "17:45", "Turnout at 5pm: 31.2%",
     """
The electoral commission says 31.2% of voters had cast their ballots by 5pm. That is higher
than at the same point in the first round two weeks ago, which suggests the final figure will
beat the 39.6% recorded on 31 May.

At noon the figure stood at 14.9%.
"""),
    ("2026-06-14T07:05:00+02:00", "07:05", "Good morning: Opole picks a mayor",
     """
Polling stations opened at 7am and close at 9pm. Voters in Opole are choosing between
Agnieszka Wróblewska, an independent councillor backed by the Opole Together committee, and
Piotr Zaręba, the former deputy mayor running for Opole Forward.

The election was called after Mayor Tadeusz Mikulski stepped down in February for health
reasons. In the first round on 31 May, Wróblewska took 38.2% and Zaręba 31.5%. Marek Lis, who
came third with 17.9%, has not endorsed either of them.

We will bring you turnout figures, reactions and results as they come in.
"""),
]

_EL_WIRE = """
Independent councillor Agnieszka Wróblewska won the run-off for mayor of Opole on Sunday,
beating former deputy mayor Piotr Zaremba in an early election called after the previous
mayor stepped down, official results showed early on Monday.

Wróblewska received 54.6% of valid votes, or 24,002, against 19,958, or 45.4%, for Zaremba, the
municipal electoral commission said. Turnout was 43.8%, up from 39.6% in the first round.

The commission published the final figures at 01:50 local time (2350 GMT on Sunday), almost
five hours after polls closed.

Wróblewska, 46, ran a local hospice foundation for twelve years and has sat on the city council
since 2018. She campaigned without the support of any national party, promising to move part of
the city budget to neighbourhood councils and to build protected bus lanes on the main roads
into the centre.

"Opole chose a city run from its neighbourhoods, not from party offices," she told supporters
late on Sunday, before the official count was complete.

Zaremba, 51, served as deputy mayor from 2018 to 2024 and was backed by the Opole Forward
committee, which had the support of two national parties. He conceded shortly before midnight.
"The voters have spoken clearly, and I respect that," he said.

## Early election

The vote was called after Tadeusz Mikulski, who had led the city of about 125,000 people since
2014, resigned in February for health reasons.

In the first round on May 31, Wróblewska won 38.2% and Zaremba 31.5%. Marek Lis, a
businessman who finished third with 17.9%, did not endorse either candidate in the run-off.

Political scientist Tomasz Grabowski of the University of Opole said the result showed how
hard it had become for party-backed candidates to win mid-sized cities. "Party logos help in
national elections. In a city election, people want someone they have met at a school meeting
or a bus stop," he said.

## What next

Wróblewska will take office once she takes the oath before the city council at an
extraordinary session, expected in the coming weeks. Her term will run until the next regular
local elections in 2029.

She inherits a budget gap of about 38 million zlotys ($10.4 million) and a council in which no
group has a majority. Opole Forward holds the largest number of seats.

## Centre against the edges

Wróblewska's strongest results came from the large housing estates of Zaodrze and Malinka,
while Zaremba led in several outlying districts, including Grudzice, where he won 1,213 votes
to her 1,027, according to the commission's breakdown.

The campaign was dominated by transport and housing. Zaremba pointed to the roads and sports
halls completed while he was deputy mayor and accused his rival of making promises the city
could not pay for. Wróblewska answered that most of her transport plan required paint and
traffic lights rather than concrete.

By 5 p.m. on Sunday, 31.2% of voters had cast their ballots, the commission said during the
day, a higher share than at the same point in the first round.

Polling stations were open from 7 a.m. to 9 p.m. About 101,400 residents were registered to
vote. No complaints were filed with the commission during the count, its chair said.
"""

_EL_PAPER = """
When the first polling station protocols were photographed and posted online on Sunday night,
supporters of Piotr Zaręba still hoped that the outer districts would rescue him. They did not.
By the time Opole's municipal electoral commission signed off the result at ten to two on
Monday morning, Agnieszka Wróblewska had won by 4,044 votes.

The independent councillor took 54.6 per cent to Zaręba's 45.4 per cent, becoming the first
mayor of the city elected without the backing of any national party since direct elections
were introduced in 2002. Turnout reached 43.8 per cent, a respectable figure for a summer
run-off and well above the 39.6 per cent recorded in the first round on 31 May.

For Warsaw, the result is a small earthquake with a long tail. Two national parties had lent
their names, money and volunteers to Zaręba's Opole Forward committee. Both had treated the
city as a test of how their local networks were holding up halfway between national elections.

## A map of two cities

The district results show a divided city. Wróblewska won every district inside the ring road
and ran up large margins in the big housing estates of Zaodrze and Malinka. Zaręba held on in
the semi-rural areas on the edges of the city, including the villages incorporated in 2017.
In Grudzice, one of the older outlying districts, he won 1,213 votes to her 1,027.

"He won the villages that became Opole, she won the Opole that was always Opole," said
sociologist Hanna Pietrzak, who studies local politics in the region. "That is not a new
divide. What is new is that the bigger half no longer votes for the party candidate."

Zaręba, a former deputy mayor, ran a campaign built on experience. His posters listed the
roads and sports halls completed while he was in the town hall. Wróblewska, who spent twelve
years running a hospice foundation before entering politics, talked about bus lanes, flats
for rent and money for neighbourhood councils.

[fig opole-count-night.jpg | Volunteers compare polling station results at the Opole Together office on Sunday night. | Photo: Warsaw Chronicle/Ada Kurek]

## Her words, his words

On Sunday night she went out of her way to reach his voters. "From tomorrow I want to meet the
people who voted for my opponent, because I will be their mayor too," she said in a short
speech shortly after eleven o'clock.

Zaręba conceded about half an hour later, congratulating his rival and saying that his
councillors would hold her to her promises. He did not rule out running again in 2029.

## The hard part

The new mayor takes over a city with a gap of roughly 38 million zlotys, about 8.9 million
euros, in this year's budget, caused mainly by lower revenue from income tax and rising energy
costs for schools. She will need votes from a council where Opole Forward is the biggest group.

Her first test will come quickly. The council has to approve budget corrections before the
summer recess, and Opole Forward councillors have said they will not support cuts to road
investments.

Marek Lis, who came third in the first round with 17.9 per cent, said on Monday that he was
ready to talk to the new mayor about the city's development plan. His five councillors could
give her a working majority on individual votes.

The official result showed that 453 of the 44,413 ballots cast were invalid. The commission
said there had been no formal complaints.
"""

_EL_LOCAL = """
Opole has a new mayor. Agnieszka Wróblewska, the councillor from Kolonia Gosławicka who spent
twelve years at the head of the St Anne hospice foundation, won Sunday's run-off against Piotr
Zaręba with 54.6% of the vote.

The official result was announced by the municipal electoral commission in the small hours of
Monday. Zaręba received 45.4%. Turnout in the second round was 46.1%, according to the
commission, compared with 39.6% in the first round two weeks earlier.

For many residents the campaign was the first time in years that they had thought about who
runs the town hall. Tadeusz Mikulski had been mayor since 2014 and won his last two elections
in the first round. His resignation in February, after a long illness, opened a race that
nobody had prepared for.

## The count on Sunday night

The Courier spent the evening at a polling station in a primary school in Zaodrze, one of the
biggest in the city. By 5pm, turnout there was above the city average
of 31.2%, and the queue at around 8pm stretched into the corridor.

"I didn't vote in the first round, I was at my daughter's in Wrocław," said Halina, 71, who
lives in one of the blocks opposite. "This time I told her: you come to me."

At the opposite end of the city, in Grudzice, the mood was different. Zaręba won the district
with 1,213 votes to Wróblewska's 1,027, and his supporters there told us they felt that the
outer districts had been forgotten by the centre.

"We pay the same taxes and we still have no pavement on half of our street," said Andrzej, who
runs a car repair shop. "Zaręba at least came here before the election, not only during it."

## What the new mayor promises

Wróblewska, 46, campaigned on three things: protected bus lanes on Niemodlińska and Oleska
streets, a programme of council flats for rent, and a fixed share of the budget for the
neighbourhood councils. Her opponents said the city could not afford all three.

The numbers are tight. The town hall has already warned that this year's budget is short by
about 38 million zlotys. "We will start with what costs little: listening and reorganising,"
Wróblewska told the Courier on Monday. "The bus lanes are mostly paint and traffic lights."

## Zaręba: we will be watching

Piotr Zaręba, who was deputy mayor from 2018 to 2024, congratulated the winner in a short
statement on Sunday night. "The voters have spoken clearly, and I respect that," he said.

On Monday he told us that his Opole Forward councillors, the biggest group in the city
council, would not block the new mayor "for the sake of blocking", but would vote against any
cuts to road projects in the outer districts.

## What happens next

Wróblewska will be sworn in at an extraordinary session of the city council. Council chair
Iwona Baran said it would be called as soon as the commission's result becomes final, most
likely at the end of June. The new mayor will serve until the regular local elections in 2029.

Until then, the city is run by the commissioner appointed by the prime minister in March.
"""

_EL_PAGES = [
    _page("https://southpolandlive.example/live/opole-mayoral-runoff-2026-06-14",
          _live_page(
              site="South Poland Live", domain="southpolandlive.example",
              url="https://southpolandlive.example/live/opole-mayoral-runoff-2026-06-14",
              headline="Opole mayoral run-off: Wróblewska v Zaręba, turnout and results",
              summary="Opole votes in the second round of its early mayoral election. Follow turnout, the count and reactions here.",
              published="2026-06-14T07:05:00+02:00", modified="2026-06-15T02:20:00+02:00",
              shown="Sunday 14 June 2026, from 07:05",
              authors=["Kamila Nowicka", "Bartosz Wilk"],
              entries=_EL_LIVE, section="Elections",
              key_points=["Agnieszka Wróblewska wins the run-off with 54.6% of the vote",
                          "Piotr Zaręba, the former deputy mayor, takes 45.4% and concedes",
                          "Final turnout 43.8%; 31.2% had voted by 5pm",
                          "Official result signed off at 01:50 on Monday"],
              related=["Who is Agnieszka Wróblewska? A profile",
                       "First round: how Opole voted, district by district",
                       "Explainer: why Opole held an early election"],
              day="Opole, Sunday 14 June")),
    _page("https://vistulawire.example/politics/independent-wroblewska-wins-opole-mayoral-runoff",
          _wire_page(
              site="Vistula Wire", domain="vistulawire.example",
              url="https://vistulawire.example/politics/independent-wroblewska-wins-opole-mayoral-runoff",
              headline="Independent Wróblewska wins Opole mayoral run-off",
              description="Independent councillor Agnieszka Wróblewska won the run-off for mayor of Opole with 54.6% of the vote.",
              published="2026-06-15T02:48:00+02:00", modified="2026-06-15T08:10:00+02:00",
              shown="June 15, 2026 12:48 AM GMT · Updated June 15, 2026 6:10 AM GMT",
              authors=["Michał Szulc"],
              dateline="OPOLE, Poland, June 15 (Vistula Wire) -",
              body=_EL_WIRE, section="Politics",
              footer_note="Reporting by Michał Szulc; editing by Anna Ross",
              related=["Polish local councils warn of widening budget gaps",
                       "Analysis: Independents gain ground in Poland's mid-sized cities",
                       "Wrocław approves new bus lane network"],
              image="opole-town-hall.jpg")),
    _page("https://warsawchronicle.example/poland/2026/06/15/opole-wroblewska-independent-mayor-analysis",
          _paper_page(
              site="The Warsaw Chronicle", domain="warsawchronicle.example",
              url="https://warsawchronicle.example/poland/2026/06/15/opole-wroblewska-independent-mayor-analysis",
              headline="How an independent took Opole from the parties",
              standfirst="Agnieszka Wróblewska won Sunday's run-off by 4,044 votes. The map of the result shows a city split between its old centre and its newer edges.",
              published="2026-06-15T16:30:00+02:00", modified="2026-06-15T17:05:00+02:00",
              shown="15 June 2026, 16:30",
              authors=["Marta Głowacka"], author_role="regional politics editor",
              body=_EL_PAPER, section="Poland",
              hero=("opole-wroblewska-speech.jpg", "Agnieszka Wróblewska speaks to supporters in Opole on Sunday night.", "Warsaw Chronicle/Ada Kurek"),
              related=["Local elections 2029: the parties' early calculations",
                       "Opinion: Poland's cities are outgrowing party politics",
                       "Opole's budget: where the money went"],
              tags=["Opole", "Local government", "Elections"],
              comments=143)),
    _page("https://opolecourier.example/news/city/wroblewska-is-opoles-new-mayor",
          _local_page(
              site="Opole Weekly Courier", domain="opolecourier.example",
              url="https://opolecourier.example/news/city/wroblewska-is-opoles-new-mayor",
              headline="Wróblewska is Opole's new mayor",
              teaser="The independent councillor won the run-off with 54.6%. We spent election night in Zaodrze and Grudzice.",
              published="2026-06-16T09:00:00+02:00", modified=None,
              shown="16 June 2026",
              authors=["Łukasz Bielawski"],
              body=_EL_LOCAL, section="City", town="Opole", weather="24°C, sunny",
              photo=("wroblewska-rynek.jpg", "Agnieszka Wróblewska on the Rynek on Monday morning.", "Łukasz Bielawski"),
              related=["Niemodlińska street: when will the roadworks end?",
                       "Council flats: how many are empty?",
                       "Neighbourhood councils ask for bigger budgets"],
              most_read=["New cycle path along the Odra opens",
                         "Water outage in Malinka on Wednesday",
                         "Opole zoo welcomes two red pandas",
                         "Wróblewska is Opole's new mayor"])),
]

STORY_2 = _story("el-LE2", "election", "2026-06-18", _EL_PAGES, [
    ("final turnout", r"43[.,]8", r"46[.,]1"),
    ("runner-up's surname spelling", r"zaręb", r"zaremb"),
])


# ===========================================================================
# ct-LE3 (PLANTED) - Czech Constitutional Court and automated speeding fines
# ===========================================================================
# Facts: Tuesday 10 March 2026, 10:00 CET (09:00 GMT), Constitutional Court plenum in Brno
# (Joštova street).  Petition by 21 senators led by Senator Jana Podhorská, filed September
# 2025, against the 2025 amendment to the Road Traffic Act (in force 1 July 2025) that lets
# the central system send "automated penalty orders" for speeding recorded by section speed
# cameras with no official reviewing the case.  Senate passed the amendment in April 2025 by
# 43 votes to 22.  Court annulled the provision with effect from 31 December 2026.
# Vote 10-5 of 15 judges (nine needed to annul a law); five dissents, main one by Judge
# Martin Kolda.  Judge rapporteur Veronika Šimůnková.  Fines up to CZK 2,500 (about EUR 100);
# 15 days to object.  About 412,000 automated fines July 2025 - end of February 2026, CZK 1.03
# billion (about EUR 41 million).  86 section cameras connected; plan 240 by 2027.  Fines
# already issued stay valid.  Interior Minister Ondřej Brabec (the Interior Ministry runs the
# system).
# Šimůnková's full quote: "A fine is a punishment. The state may use machines to gather
# evidence, but the decision to punish a person must remain with a person who can be held
# responsible for it."
# PLANTED: vote 9-6 (Brno Evening Post) vs 10-5 (the others);
#          Brabec "Justice Minister" (Moravia TV) vs "Interior Minister" (the others).

_CT_WIRE = """
The Czech Constitutional Court on Tuesday struck down the part of the road traffic law that
allows speeding fines from section speed cameras to be issued by computer without any official
looking at the case, ruling that a punishment must be decided by a person.

The plenum of the court in Brno voted 10-5 to annul the provision, which was added to the Road
Traffic Act by an amendment that took effect on 1 July 2025. The annulment will take effect
only on 31 December 2026, to give parliament time to change the law. Until then the system can
continue to operate.

The petition was filed in September by a group of 21 senators led by Senator Jana Podhorská.
They argued that an "automated penalty order" sent by a computer violated the right to a fair
process, because no civil servant examined the evidence or could be held responsible for the
decision.

Judge rapporteur Veronika Šimůnková said in the oral reasoning that the court had no objection
to the cameras themselves.

"A fine is a punishment. The state may use machines to gather evidence, but the decision to
punish a person must remain with a person who can be held responsible for it," she said.

Annulling a law requires the votes of at least nine of the court's 15 judges. Five judges
attached dissenting opinions. In the main dissent, Judge Martin Kolda wrote that the law
contained sufficient safeguards, because every driver can object to the order within 15 days
and the case then goes to an official.

## Over 400,000 fines

According to Interior Ministry data cited in the ruling, the system sent about 412,000
automated penalty orders between July 2025 and the end of February 2026, worth a total of
1.03 billion crowns (about 41 million euros). Fines under the system reach up to 2,500 crowns.

At present, 86 section speed cameras are connected to the central system. The ministry had
planned to connect 240 by 2027.

The court said fines that have already been issued remain valid. Drivers who received an
automated order can still use the ordinary means of defence, but the ruling does not reopen
closed cases.

Interior Minister Ondřej Brabec, whose ministry operates the central register, said the
government would respect the decision.

"We respect the ruling. The cameras will keep running, and we will put an official back into
the process well before the deadline," Brabec told reporters in Prague.

## Senators welcome ruling

Podhorská, who attended the announcement in Brno, said the senators had never opposed speed
checks. "Nobody is against speed cameras. We were against a state that sends punishments
without anyone reading them," she said.

The Senate approved the amendment in April 2025 by 43 votes to 22. Podhorská was among the
senators who voted against it.

Transport safety groups had backed the automated system, saying it had reduced speeding on the
D1 motorway and on roads through villages. The BESIP road safety team said in a statement that
the court had "not questioned the cameras, only the paperwork".

The ruling was announced at 10:00. The full written judgment was published on the court's
website shortly after noon.
"""

_CT_TV = """
Speeding fines sent out by computer without any human involvement are unconstitutional. The
Constitutional Court in Brno decided so this morning, but the automated system will keep
working until the end of this year.

The court's plenum annulled the part of the road traffic law that since last July has allowed
section speed cameras to generate fines which are sent to drivers automatically, without a
clerk checking them. Ten judges voted for the annulment and five against.

The provision will cease to apply on 31 December 2026. Until then, fines will continue to
arrive in the same way, and the court stressed that those already issued remain valid.

"The state may use machines to gather evidence, but the decision to punish a person must remain
with a person who can be held responsible for it," said judge rapporteur Veronika Šimůnková as
she read out the verdict.

## Ministry: cameras stay

Justice Minister Ondřej Brabec said shortly after the ruling that his ministry would prepare a
change to the law within weeks. He said that drivers should not see the decision as an
invitation to drive faster.

"We respect the ruling. The cameras will keep running, and we will put an official back into
the process well before the deadline," Brabec said.

Asked how many new officials would be needed, the minister said only that the ministry was
calculating it. According to figures quoted by the court, the system sent about 412,000 orders
between July and the end of February. If each one had to be checked by a person, regional
authorities say, dozens of new posts would be needed.

## Drivers' experience

Moravia TV spoke to drivers at a petrol station near the Brno-south exit of the D1 motorway,
where one of the 86 section speed cameras connected to the system measures traffic.

"I got one in the autumn, 2,500 crowns. The photo was clear, I was going too fast, I paid it,"
said Petr, a delivery driver from Vyškov. "But if the camera had made a mistake, who would I
call? A computer?"

Another driver, Eva from Blansko, said she had no problem with the automated fines. "If you
don't speed, you don't get a letter. I don't need a clerk to read it for me," she said.

[ad]

## The senators' complaint

The complaint was filed last September by 21 senators, led by Senator Jana Podhorská. She was
in the courtroom on Joštova street when the verdict was read.

"Nobody is against speed cameras. We were against a state that sends punishments without
anyone reading them," Podhorská told Moravia TV.

Five of the fifteen constitutional judges disagreed with the majority. In a dissenting opinion,
Judge Martin Kolda pointed out that drivers can object to an automated order within 15 days,
after which an official must deal with the case.

## What happens next

Parliament now has until the end of the year to amend the law. If it does not, the automated
orders will lose their legal basis on 31 December and fines will again have to be issued
individually by officials.

The ministry had planned to connect 240 section speed cameras to the system by 2027. Brabec
said that plan was not changing.
"""

_CT_LOCAL = """
The Constitutional Court yesterday annulled the provision of the road traffic law under which
speeding fines from section speed cameras are issued automatically, without an official
reviewing them. The ruling, read out at 10am at the court's seat on Joštova street, will take
effect on the last day of this year.

The judges decided by nine votes to six. The majority found that the state cannot hand the
decision to punish someone over to a computer.

"A fine is a punishment," judge rapporteur Veronika Šimůnková said at the start of her oral
reasoning. In the court's view, she said, machines may collect evidence but a person
responsible for the decision must always stand at the end of the process.

Six judges disagreed. Judge Martin Kolda, who wrote the most detailed dissent, argued that the
15-day period in which a driver can object to the fine was protection enough.

The law will keep working in its current form until 31 December 2026. Fines already sent out
remain valid, the court said.

## Brno has four cameras in the system

For Brno drivers, the ruling is more than an abstract question. Four of the 86 section speed
cameras connected to the central system are in the city or on its approaches: two on the
Brno ring road, one on Vídeňská and one on the D1 near the Brno-south exit.

According to the city police, the Vídeňská camera alone produced more than 9,000 automated
orders between July and February. Nationwide, the system sent about 412,000 orders in the same
period, worth 1.03 billion crowns in total.

"For us nothing changes today," said city police spokesman Radim Kopecký. "The fines are
issued by the central system, not by us. But we get the calls from angry drivers, and I expect
we will get more of them now."

[ad]

## Senators satisfied

The complaint was brought by 21 senators, led by Jana Podhorská. "Nobody is against speed
cameras," she said outside the court building after the verdict. She said the senators had
wanted the law corrected, not the cameras switched off.

The amendment had passed the Senate in April last year by 43 votes to 22, with Podhorská among
the opponents.

Interior Minister Ondřej Brabec, whose ministry runs the central register of automated fines,
said the government would respect the court and present a fix well ahead of the deadline. "The
cameras will keep running," he said.

## Lawyers expect wave of objections

Brno lawyer Aleš Hrubý, who represents several drivers in fine disputes, expects a wave of
objections from people who will try to use the ruling in their own cases.

"The court said clearly that closed cases are closed. But many people will not read that far,"
he said. "My advice is simple: if you received a fine in the last 15 days and you believe it
is wrong, object now, through the normal procedure."

The ministry had planned to expand the system to 240 cameras by 2027. The court's ruling does
not stop that expansion, but it means each fine will again have to pass through an official's
hands once the new rules take effect.
"""

_CT_PAGES = [
    _page("https://cepress.example/en/czechia/constitutional-court-annuls-automated-speeding-fines",
          _wire_page(
              site="Central European Press Service", domain="cepress.example",
              url="https://cepress.example/en/czechia/constitutional-court-annuls-automated-speeding-fines",
              headline="Czech top court annuls automated speeding fines, gives parliament until year-end",
              description="The Czech Constitutional Court voted 10-5 to annul the provision allowing computer-issued speeding fines, with effect from 31 December 2026.",
              published="2026-03-10T11:12:00+01:00", modified="2026-03-10T14:30:00+01:00",
              shown="10 March 2026, 11:12 CET · Updated 14:30 CET",
              authors=["Lenka Horáčková"],
              dateline="BRNO, March 10 (CEPS) -",
              body=_CT_WIRE, section="Czechia",
              footer_note="Reporting by Lenka Horáčková in Brno and Pavel Doubek in Prague; editing by Georg Bauer",
              related=["Slovakia extends section speed checks to two more motorways",
                       "Czech parliament's spring agenda: what lawmakers must pass",
                       "Explainer: how the Czech Constitutional Court decides"],
              image="constitutional-court-brno.jpg")),
    _page("https://moraviatv.example/news/home/computer-fines-unconstitutional-system-runs-until-december",
          _broadcast_page(
              site="Moravia TV", domain="moraviatv.example",
              url="https://moraviatv.example/news/home/computer-fines-unconstitutional-system-runs-until-december",
              headline="Computer-issued speeding fines unconstitutional, but system runs until December",
              summary="The Constitutional Court annulled automated speeding fines. The change takes effect on 31 December 2026.",
              published="2026-03-10T13:40:00+01:00", modified="2026-03-10T17:15:00+01:00",
              shown="10 March 2026 13:40", updated_shown="17:15",
              authors=["Barbora Vaňková", "Radek Procházka"], body=_CT_TV, section="Home news",
              video=("ct-court-verdict.jpg", "Judge rapporteur Veronika Šimůnková reads the verdict in Brno. Video: Moravia TV", "3:12"),
              related=["D1 roadworks: where to expect delays this spring",
                       "How section speed cameras work",
                       "Regions want more traffic police, not more cameras"])),
    _page("https://brnoeveningpost.example/city/court-strikes-down-computer-fines",
          _local_page(
              site="Brno Evening Post", domain="brnoeveningpost.example",
              url="https://brnoeveningpost.example/city/court-strikes-down-computer-fines",
              headline="Court strikes down computer fines; Brno's four cameras keep flashing for now",
              teaser="The Constitutional Court on Joštova street annulled automated speeding fines. What it means for Brno drivers.",
              published="2026-03-11T06:30:00+01:00", modified=None,
              shown="Wednesday 11 March 2026, 6:30",
              authors=["Tomáš Kubeš"],
              body=_CT_LOCAL, section="City", town="Brno", weather="7°C, cloudy",
              photo=("videnska-camera.jpg", "The section speed camera on Vídeňská street.", "Tomáš Kubeš"),
              related=["Vídeňská: new tram stop to open in April",
                       "City police recruit twenty new officers",
                       "Ring road: the next phase, explained"],
              most_read=["Brno zoo reopens its bear enclosure",
                         "Court strikes down computer fines",
                         "Parking zones to expand to Žabovřesky",
                         "Brno exhibition centre announces spring fairs"])),
]

STORY_3 = _story("ct-LE3", "court", "2026-03-13", _CT_PAGES, [
    ("plenum vote split", r"\b10\s*(?:[-–—:]|to)\s*5\b|\bten (?:votes )?to five\b|\bten judges\b",
     r"\b9\s*(?:[-–—:]|to)\s*6\b|\bnine (?:votes )?to six\b|\bsix judges\b"),
    ("Ondřej Brabec's ministerial post", r"interior minister|minister of (?:the )?interior",
     r"justice minister|minister of justice"),
])


# ===========================================================================
# tr-LE4 (CONTROL) - Hungary's April trade figures
# ===========================================================================
# Facts: Tuesday 9 June 2026, 08:30 CEST (06:30 GMT), Hungarian Central Statistical Office
# (KSH) first estimate for April 2026.  Exports EUR 13.62bn (+4.1% y/y), imports EUR 12.31bn
# (+2.3% y/y), surplus EUR 1.31bn.  In forints (about 391 HUF/EUR): exports HUF 5,325bn,
# imports HUF 4,813bn, surplus HUF 512bn.  April 2025 surplus EUR 1.05bn.  March 2026 surplus
# first estimated at EUR 1.52bn, revised to EUR 1.47bn.  Month on month: exports -3.4%,
# imports -2.5% (Easter on 5-6 April, fewer working days).  January-April 2026 surplus
# EUR 5.36bn vs EUR 4.71bn a year earlier.  Analysts' consensus (Pannonian News Agency poll of
# 11 analysts) EUR 1.45bn.  Energy imports 9% lower than a year earlier.  Detailed (second)
# estimate due 8 July.  State Secretary Bence Halmosi (Ministry of Foreign Affairs and Trade).
# Analysts: Zsófia Kertész (Pannonia Bank), Gergely Vámos (Duna Securities).
# Halmosi's full quote: "Hungarian exporters have kept their markets even in a weak European
# environment. Batteries and vehicles are carrying the numbers, and we expect new capacity to
# add to them in the year's second half."

_TR_WIRE = """
Hungary's trade surplus shrank to 1.31 billion euros in April from a revised 1.47 billion in
March, falling short of analysts' expectations as the Easter holidays cut the number of working
days in export-heavy factories, preliminary data showed on Tuesday.

Exports rose 4.1% from a year earlier to 13.62 billion euros, while imports grew 2.3% to 12.31
billion euros, the Central Statistical Office (KSH) said in its first estimate, published at
0630 GMT.

Eleven analysts polled by Pannonian News Agency had expected a surplus of 1.45 billion euros on
average.

In April 2025, the surplus was 1.05 billion euros. The statistics office revised March's figure
down from its first estimate of 1.52 billion euros.

Measured in forints, exports reached 5,325 billion and imports 4,813 billion, leaving a
surplus of 512 billion forints.

Compared with March, exports fell 3.4% and imports 2.5%. Easter Monday fell on April 6 this
year, and several large car and battery plants closed for the whole week, analysts said.

## Energy bill lower

"The surplus is smaller than we expected, but the direction is fine," said Zsófia Kertész, an
analyst at Pannonia Bank. "Energy imports are cheaper than a year ago, and that alone keeps the
balance comfortably positive."

The KSH's first estimate does not include a breakdown by product. Analysts said, however,
that industrial output data published last week pointed to the same pattern: a sharp drop in
vehicle production in the first half of April, followed by a recovery in the last ten days of
the month. Kertész said she expected the surplus to climb back above consensus levels in May,
once factories were running full shifts again.

The value of energy imports was about 9% lower than a year earlier, according to the KSH
estimate, reflecting lower gas prices on European markets.

In the first four months of the year, the trade surplus totalled 5.36 billion euros, up from
4.71 billion euros in January-April 2025.

State Secretary Bence Halmosi of the Ministry of Foreign Affairs and Trade said the figures
showed the resilience of Hungarian industry.

"Hungarian exporters have kept their markets even in a weak European environment," Halmosi
said in a statement. "Batteries and vehicles are carrying the numbers, and we expect new
capacity to add to them in the year's second half."

[ad]

## Forint little changed

The forint barely reacted to the release. Traders said the market was focused on the central
bank's rate meeting later this month.

Gergely Vámos, an economist at Duna Securities, said the trade balance would remain an
important support for the current account this year. "A surplus above one billion euros a
month is now the normal state for Hungary. The question is whether it comes from exports
growing or from imports being weak," he said.

Hungary's economy grew only modestly in the first quarter, and the government has been
counting on exports to lift growth in the rest of the year as new factories start production.
The trade surplus also keeps the current account in positive territory, which has helped the
forint since January.

The statistics office will publish detailed data for April, including a breakdown by product
group and country, on July 8.
"""

_TR_PAPER = """
Hungary's foreign trade kept a healthy surplus in April, though a smaller one than economists
had pencilled in. According to the first estimate of the Central Statistical Office (KSH),
published on Tuesday morning, the value of exports exceeded that of imports by HUF 512 billion,
or EUR 1.31 billion.

Exports were worth HUF 5,325 billion and imports HUF 4,813 billion. In euro terms, which the
KSH uses for its year-on-year comparisons, exports grew by 4.1 per cent and imports by 2.3 per
cent compared with April 2025.

The balance was weaker than in March, when the surplus, now revised, came to EUR 1.47 billion.
The KSH had initially reported EUR 1.52 billion for March. A year ago, in April 2025, the
surplus was EUR 1.05 billion.

Market analysts had forecast a surplus of around EUR 1.45 billion.

## Easter and the factories

Economists mostly blamed the calendar. Easter fell early in April, and the long weekend was
followed in several large plants by a week of scheduled maintenance. Exports fell by 3.4 per
cent from March, imports by 2.5 per cent.

"If you look at the working-day adjusted picture, April was not a bad month at all," said
Gergely Vámos of Duna Securities. "The car industry and the battery plants in the east of the
country took a planned break. That is visible in the raw data and will reverse in May."

The battery sector has become the backbone of Hungary's export story in the past three years.
New plants around Debrecen and in the west of the country have added production lines that
ship mostly to carmakers in Germany and Central Europe.

[fig budapest-port-csepel.jpg | Containers at the freeport on Csepel Island in Budapest. | Budapest Economic Review/Dóra Fekete]

## Cheaper energy, a stronger balance

The other side of the ledger matters just as much. Hungary imports most of its gas and oil,
and energy prices have fallen over the past year. The value of energy imports was roughly 9
per cent lower in April than twelve months earlier, according to the KSH.

"Without the lower energy bill, the surplus would be several hundred million euros smaller,"
said Zsófia Kertész of Pannonia Bank. She expects the full-year surplus to be slightly higher
than in 2025.

In the first four months of the year, the surplus reached EUR 5.36 billion, compared with EUR
4.71 billion in the same period a year earlier.

## Government optimistic

The Ministry of Foreign Affairs and Trade presented the data as evidence of the economy's
strength. State Secretary Bence Halmosi said Hungarian exporters had "kept their markets even
in a weak European environment".

"Batteries and vehicles are carrying the numbers," he added, predicting that new capacity
would lift exports further in the year's second half.

Opposition economists were less convinced. Anna Szabó, a former central bank analyst who now
advises an opposition think tank, pointed out that exports outside the car and battery sectors
had been flat for more than a year. "We are a country with two or three big engines and a lot
of small ones that are idling," she said.

The KSH will release its second, detailed estimate for April on 8 July. That release will
show which product groups and which trading partners drove the numbers.
"""

_TR_LETTER = """
Hungary's April trade print landed yesterday morning (08:30 Budapest time) and it was the
least exciting miss of the week: a surplus of EUR 1.31bn against a consensus of about EUR
1.45bn. Here is what we took from it.

## The numbers

Exports: EUR 13.62bn, +4.1% y/y. Imports: EUR 12.31bn, +2.3% y/y. In local currency, that is a
surplus of roughly HUF 510bn on exports of about HUF 5.3 trillion.

March was revised to EUR 1.47bn from a first print of EUR 1.52bn, so the month-on-month
decline is smaller than the headline comparison suggests. A year ago, April showed EUR 1.05bn.

Year-to-date the surplus is EUR 5.36bn (Jan-Apr 2025: EUR 4.71bn). On that pace, 2026 is
heading for the strongest year in the series, though the second half has to cooperate.

## Why it missed

Calendar effects. Easter Monday was 6 April, and several car and battery plants stretched the
holiday into a maintenance week. Exports fell 3.4% m/m, imports 2.5% m/m. KSH's first estimate
is not working-day adjusted, so the July release (8 July) with the product detail will tell us
more.

## The energy cushion

Energy imports were about 9% cheaper than a year earlier. That is the quiet driver of the
Hungarian balance in 2026, and it is one that Hungary does not control. A cold winter or a gas
price spike would take a large bite out of the surplus.

[ad]

## The forint angle

Conversions matter here. KSH reports in both currencies, and because the forint was a touch
stronger in April than a year earlier, growth rates look lower in forint terms than in euro
terms. We quote the euro figures so that you can compare across the region; readers who track
the Hungarian budget should use the forint ones. At around 391 forints per euro, April's
surplus of EUR 1.31bn is the same HUF 512bn that the Budapest press reported.

## What people said

The government was upbeat. State Secretary Bence Halmosi said exporters had kept their markets
"even in a weak European environment" and that new capacity should add to exports in the
second half.

The sell side was calmer. Pannonia Bank's Zsófia Kertész called the direction "fine" and put
the surplus down largely to cheaper energy. Duna Securities' Gergely Vámos argued that a
monthly surplus above EUR 1bn is now Hungary's normal state, and that the more interesting
question is its composition.

## Our view

A miss of roughly EUR 140m against consensus in a month with an early Easter is noise. What is
not noise: outside autos and batteries, exports have gone nowhere for over a year. That is the
number we will be watching in the July detail. For May we pencil in a surplus of about EUR
1.5bn, with factories back on full shifts and energy prices still soft.

## Also in the region

Slovakia publishes April trade data on Thursday. Poland's statistics office releases its April
figures next week. Czech April trade came out last Friday and showed a surplus slightly above
expectations.
"""

_TR_PAGES = [
    _page("https://pannonianews.example/economy/hungary-april-trade-surplus-shrinks-to-1-31-bln-euros",
          _wire_page(
              site="Pannonian News Agency", domain="pannonianews.example",
              url="https://pannonianews.example/economy/hungary-april-trade-surplus-shrinks-to-1-31-bln-euros",
              headline="Hungary's April trade surplus shrinks to 1.31 bln euros, misses forecast",
              description="Hungary's trade surplus fell to 1.31 billion euros in April as Easter cut working days, first KSH estimate shows.",
              published="2026-06-09T09:02:00+02:00", modified="2026-06-09T10:15:00+02:00",
              shown="June 9, 2026 07:02 GMT · Updated 08:15 GMT",
              authors=["Réka Fodor"],
              dateline="BUDAPEST, June 9 (PNA) -",
              body=_TR_WIRE, section="Economy",
              footer_note="Reporting by Réka Fodor; editing by Mark Pollard",
              related=["Hungarian industrial output falls in April on plant shutdowns",
                       "Forint steady ahead of central bank meeting",
                       "Battery makers expand in eastern Hungary"],
              image="ksh-building-budapest.jpg")),
    _page("https://budapestreview.example/economy/2026/06/09/trade-surplus-april-easter-energy",
          _paper_page(
              site="Budapest Economic Review", domain="budapestreview.example",
              url="https://budapestreview.example/economy/2026/06/09/trade-surplus-april-easter-energy",
              headline="Easter dents April trade surplus, cheap energy keeps it afloat",
              standfirst="Hungary exported HUF 512 billion more than it imported in April, according to the KSH's first estimate. The surplus was below forecasts.",
              published="2026-06-09T15:30:00+02:00", modified=None,
              shown="9 June 2026 15:30",
              authors=["Balázs Kovács"], author_role="economy reporter",
              body=_TR_PAPER, section="Economy",
              hero=("debrecen-battery-plant.jpg", "A battery plant construction site near Debrecen.", "Budapest Economic Review/Dóra Fekete"),
              related=["Hungary's battery boom: who benefits?",
                       "Gas prices: what the next winter could cost",
                       "Interview: the exporters outside the car industry"],
              tags=["Trade", "KSH", "Exports", "Forint"],
              comments=24)),
    _page("https://ceetradedigest.example/2026/06/10/hungary-april-trade-calendar-and-cheap-energy",
          _newsletter_page(
              site="CEE Trade Digest", domain="ceetradedigest.example",
              url="https://ceetradedigest.example/2026/06/10/hungary-april-trade-calendar-and-cheap-energy",
              headline="Hungary's April trade: the calendar and cheap energy",
              issue="No. 187", shown="Wednesday 10 June 2026",
              published="2026-06-10T07:00:00+02:00",
              authors=["Ilona Takács", "Peter Brandl"],
              intro="A small miss on the surplus, an Easter shutdown, and the energy cushion nobody in Budapest controls.",
              body=_TR_LETTER,
              briefs=["Slovakia's car exports: a three-chart guide",
                      "Polish exporters and the zloty: a survey",
                      "EU customs data: what changes in July"],
              signoff="Until next week, Ilona and Peter")),
]

STORY_4 = _story("tr-LE4", "trade", "2026-06-12", _TR_PAGES, [])


# ===========================================================================
# rk-LE5 (PLANTED) - Polish suborbital rocket crosses 100 km
# ===========================================================================
# Facts: Saturday 19 September 2026, Bałtyk Aerospace (Gdańsk, CEO Karolina Mazurek, about
# sixty staff) launches its hybrid-engine Rybitwa-2 (9.4 m) from the Central Air Force
# Training Ground near Ustka on the Baltic coast.  Lift-off 11:42 CEST (09:42 UTC); the
# window opened at 11:00, delayed by a fishing boat in the exclusion zone.  Friday 18
# September attempt scrubbed because of high-altitude winds.  Engine burn 58 seconds; apogee
# 102.4 km (preliminary telemetry; about 63.6 miles) about three and a half minutes after
# lift-off.  Capsule splashdown 12 min 40 s after lift-off, about 54 km north of Ustka;
# recovery ship Orlica lifted it aboard at 13:05 CEST.  Four experiments on board.  First
# flight Rybitwa-1 on 23 May 2025 reached 41 km.  Flight director Jakub Sowa.  Polish Space
# Agency (POLSA) spokesman Tomasz Wierzba.  Next: Rybitwa-3 in 2027.
# Mazurek's full quote: "Today a rocket designed and built in Poland crossed into space and
# brought its cargo home intact. We did it with a team of sixty people and a great deal of
# stubbornness."
# PLANTED: lift-off 11:58 (Słupsk Today) vs 11:42 (the others);
#          launch site "near Łeba" (Coast FM News) vs near Ustka (the others);
#          "Sunday" (Orbit Notes) vs Saturday (the others).

_RK_WIRE = """
A suborbital rocket built by the Gdańsk company Bałtyk Aerospace climbed to an altitude of
about 102 kilometres on Saturday after lifting off from a military range near Ustka on the
Baltic coast, becoming what the company says is the first Polish-designed rocket to cross the
100-kilometre line commonly used as the boundary of space.

The 9.4-metre Rybitwa-2 left the launch rail at 11:42 a.m. local time (0942 GMT), 42 minutes
after its launch window opened. The delay was caused by a fishing boat that had strayed into
the exclusion zone at sea, range officials said.

Its hybrid engine burned for 58 seconds. Preliminary telemetry showed a maximum altitude of
102.4 kilometres, reached about three and a half minutes after lift-off, the company said.

A first attempt on Friday was called off about an hour before launch because of strong winds
at high altitude.

"Today a rocket designed and built in Poland crossed into space and brought its cargo home
intact," chief executive Karolina Mazurek told reporters at the range. "We did it with a team
of sixty people and a great deal of stubbornness."

## Capsule recovered

The rocket's nose section, carrying four experiments, separated after the engine shut down and
returned under parachutes. It splashed down 12 minutes and 40 seconds after launch, some 54 km
north of Ustka, where the company's recovery ship Orlica lifted it on board at 13:05.

The experiments included a radiation sensor from Gdańsk University of Technology, seeds
prepared by researchers in Wrocław, a camera built by a Warsaw secondary school team and a
satellite navigation receiver tested for the Polish Space Agency (POLSA).

The company's first rocket, Rybitwa-1, reached 41 km in May 2025.

POLSA spokesman Tomasz Wierzba congratulated the team. "Poland has had rockets in its
history, but it has never had its own commercial vehicle going this high. It matters for
students, for engineers and for industry," he said.

## Range on the coast

The flight took place at the Central Air Force Training Ground, a military range used for air
defence exercises, which the company rents for tests. The area of sea north of the range was
closed to shipping and fishing for the duration of the launch window.

Poland has flown research rockets before. Military and scientific sounding rockets were
launched from the Baltic coast in the 1960s and 1970s, and several university teams have tested
small rockets in recent years, but none of them reached 100 km, according to the company.

Bałtyk Aerospace, founded in 2019, has raised money from private investors and from EU
research programmes. It has not disclosed the cost of the flight.

The company plans to fly a larger version, Rybitwa-3, in 2027, with room for up to 50 kg of
experiments. Mazurek said customers from three European countries had already expressed
interest.

"We now have a flight that we can show to people who buy space on rockets. That changes our
conversations," she said.

Flight director Jakub Sowa said the data would be analysed over the coming weeks before the
altitude was confirmed. "The engine burned for the full fifty-eight seconds and every sensor on
board saw it. Everything after that was physics," he said.
"""

_RK_RADIO = """
A Polish rocket has flown into space for the first time. The Rybitwa-2, built by the Gdańsk
firm Bałtyk Aerospace, lifted off on Saturday at 11:42 from the air force range near Łeba and
climbed to just over 102 kilometres, according to preliminary data from the company.

That is more than two kilometres above the Kármán line, the altitude of 100 km that is widely
used as the border between the atmosphere and space.

Coast FM was at the beach just outside the range when the rocket rose from behind the dunes.
It left a thin white trail and within seconds was only a bright dot. A few hundred people,
many of them families, had gathered on the sand and on the cliffs to watch. When the rocket
disappeared, there was applause.

"My son has been talking about it for a month," said Iwona from Lębork, who came with her two
children. "He wants to be an engineer now. Last week he wanted to be a footballer."

## Second try

It was the company's second attempt in two days. On Friday the launch was cancelled because of
strong winds high above the coast. On Saturday the window opened at 11:00, but the launch was
held for some time after a fishing boat sailed into the closed zone at sea.

The rocket's engine burned for 58 seconds. The nose cone, with four experiments on board, came
back under parachutes and landed in the sea roughly 50 kilometres off the coast. The recovery
ship Orlica picked it up shortly after one o'clock.

Chief executive Karolina Mazurek said the team had spent the night before the launch checking
valves. "We did it with a team of sixty people and a great deal of stubbornness," she told
Coast FM. She said the company had shown that Poland could build a rocket that reaches space.

[ad]

## 41 kilometres last year

The company's first rocket, Rybitwa-1, flew in May 2025 and reached 41 kilometres. The new
version is larger, at 9.4 metres, and uses an improved hybrid engine that burns solid fuel with
liquid oxidiser.

Flight director Jakub Sowa told us the data would be checked carefully before the company
announced a final altitude. "Everything after that was physics," he said of the flight after
the engine shut down.

Among the experiments was a small camera built by students from a Warsaw secondary school.
Their teacher, Agata Rzepka, said the students would see the footage for the first time on
Monday. "They have not slept much," she said.

## What it means for the region

For the coastal towns, rocket launches have become a small attraction. Hotel owners in the area
said rooms were fully booked on Friday night because people expected the first attempt.

Fishermen were less enthusiastic. The sea zone north of the range was closed for the whole
launch window on both days, and boats from the nearby harbours had to stay in port or go
elsewhere. "Two days without going out in September is not nothing," one of them said.

"September is normally quiet. This weekend we had the same occupancy as in July," said the
owner of a guesthouse on the seafront.

The Polish Space Agency said the flight was an important step for the country's space industry.
Bałtyk Aerospace wants to launch a bigger rocket, Rybitwa-3, in 2027.
"""

_RK_LOCAL = """
The Pomeranian coast has a new claim to fame. The Rybitwa-2 rocket, launched on Saturday from
the military range near Ustka, rose to 102.4 kilometres and became, according to its makers, the
first Polish rocket to reach space.

The rocket lifted off at 11:58, almost an hour after the launch window opened at 11:00, because
a fishing boat had entered the closed sea zone north of the range and had to be escorted out.
On Friday, the first attempt was scrubbed because of high winds.

Słupsk Today watched the launch from the beach in Orzechowo, west of Ustka, together with
several hundred residents of the region. Many had come from Słupsk, Ustka and the villages
around.

"I've lived here for sixty years and I've heard the jets and the artillery at the range many
times," said Zdzisław, 74, from Przewłoka. "But a rocket into space? I had to see that with my
own eyes."

## Made in Gdańsk, launched near Ustka

The rocket was built by Bałtyk Aerospace, a company based in Gdańsk that employs about sixty
people. Its chief executive, Karolina Mazurek, said the team had worked through the night after
Friday's cancellation.

"Today a rocket designed and built in Poland crossed into space and brought its cargo home
intact," Mazurek said.

The hybrid engine burned for 58 seconds. After it shut down, the nose section with four
experiments continued upwards, reached its highest point about three and a half minutes after
launch and then fell back to Earth, slowed by parachutes. It landed in the Baltic about 54 km
north of Ustka. The company's ship Orlica brought it on board at 13:05.

[ad]

## The range and the town

The Central Air Force Training Ground, where the rocket was launched, covers a long strip of
coast and is normally closed to the public. For residents, it means regular restrictions on
fishing and sailing during exercises.

Ustka's deputy mayor, Jolanta Szewczyk, said the town wanted to benefit from the launches. "We
would like to have a small exhibition about the rockets in the town, and maybe a viewing point
that is safe for families," she said. "People come here for the sea, but now they also come for
the sky."

A scout troop from Słupsk had camped on the cliffs since Friday to be sure of a good view.
"We were here for the first attempt too, so we saw nothing, and then everything," said their
leader, Marta Gajewska. The children counted down aloud from ten, she said, although nobody
knew the exact second of ignition.

The town hall estimates that between 1,500 and 2,000 people watched the launch from beaches and
cliffs along the coast.

## Next rocket in 2027

Bałtyk Aerospace's first rocket, Rybitwa-1, reached 41 km in May last year. The company is
already working on Rybitwa-3, which it plans to fly in 2027 and which should carry up to 50 kg
of experiments.

Flight director Jakub Sowa said the altitude of 102.4 km was still preliminary. The company's
engineers will compare data from the rocket's own instruments with radar tracking from the
range before publishing a final figure.

The launch campaign brought around 40 engineers and technicians to the area for two weeks.
Most of them stayed in Ustka guesthouses, which owners said was a welcome addition at the end
of the season.
"""

_RK_LETTER = """
Poland went to space on Sunday. Not with an astronaut and not to orbit, but a Polish-designed
and Polish-built rocket crossed the 100 km line, and that has never happened before. Here is
what we know about the flight of Rybitwa-2, and what we don't yet.

## The flight

Bałtyk Aerospace launched the 9.4 m Rybitwa-2 from the Central Air Force Training Ground near
Ustka at 11:42 CEST (09:42 UTC). The window opened at 11:00; a fishing boat in the hazard area
cost them roughly the first 40 minutes. Friday's attempt had been scrubbed for upper-level winds.

Engine burn: 58 s on a hybrid motor (solid fuel, liquid oxidiser). Apogee: 102.4 km on
preliminary onboard telemetry, or about 63.6 miles for our American readers. Time to apogee:
roughly 3.5 minutes. The recovery capsule splashed down 12 min 40 s after launch, about 54 km
north of Ustka, and the ship Orlica had it aboard at 13:05 local time.

The altitude is preliminary. Flight director Jakub Sowa says the team will cross-check it
against range radar. We would be surprised if the final figure moved by more than a few hundred
metres, but "over 100 km" is the claim that matters, and the margin of 2.4 km is comfortable.

## The payload

Four experiments flew: a radiation sensor from Gdańsk University of Technology, seeds from a
Wrocław lab, a student camera from Warsaw and a GNSS receiver being tested for POLSA. The
camera footage should be public within days; the other results will take longer.

## Context

The first Rybitwa flew to 41 km in May 2025. Going from 41 km to just over 102 km in sixteen
months is a fast climb for a small company. The team, about sixty people, has been funded by
private investors and EU research money.

CEO Karolina Mazurek's line at the post-flight briefing was the quote of the day: "We did it
with a team of sixty people and a great deal of stubbornness."

[ad]

## What we still don't know

Cost. Bałtyk Aerospace has not said what the flight cost or how much it charges for payload
space. Without that, it is hard to judge whether there is a business here or only an
impressive demonstration.

Cadence. One successful flight is not a service. The next vehicle, Rybitwa-3, is planned for
2027 with up to 50 kg of payload. The company will need several flights a year to be useful to
customers.

The range. The launch site is a military range shared with air defence exercises. Access
depends on the armed forces' calendar, and that is unlikely to change soon.

## Why it matters anyway

Poland spends a growing amount on space through ESA and the national agency, but most of that
money goes to satellites and ground systems. A domestic suborbital rocket gives universities a
way to fly experiments without waiting for a slot abroad. That may be its biggest value for
now.

It also gives Polish engineers something harder to buy: a complete flight, from countdown to
recovery, that they designed themselves. The lessons from the valves, the parachutes and the
pick-up at sea will be worth more to the next vehicle than any single data point from this
one.

We will return to Rybitwa-2 when the final data are published.
"""

_RK_PAGES = [
    _page("https://ambercoastwire.example/science/polish-rocket-rybitwa-2-crosses-100-km",
          _wire_page(
              site="Amber Coast Wire", domain="ambercoastwire.example",
              url="https://ambercoastwire.example/science/polish-rocket-rybitwa-2-crosses-100-km",
              headline="Polish-built rocket crosses 100 km line on test flight from Baltic coast",
              description="Bałtyk Aerospace's Rybitwa-2 reached about 102 km after lifting off near Ustka.",
              published="2026-09-19T13:20:00+02:00", modified="2026-09-19T15:05:00+02:00",
              shown="September 19, 2026 11:20 AM GMT · Updated 1:05 PM GMT",
              authors=["Dorota Lewandowska"],
              dateline="USTKA, Poland, Sept 19 (Amber Coast Wire) -",
              body=_RK_WIRE, section="Science",
              footer_note="Reporting by Dorota Lewandowska; editing by Chris Hale",
              related=["Europe's small-launcher race: who is still in it",
                       "Poland raises contribution to European space programmes",
                       "Gdańsk University of Technology opens new satellite lab"],
              image="rybitwa-2-liftoff.jpg")),
    _page("https://coastfm.example/news/polish-rocket-reaches-space-for-first-time",
          _broadcast_page(
              site="Coast FM News", domain="coastfm.example",
              url="https://coastfm.example/news/polish-rocket-reaches-space-for-first-time",
              headline="Polish rocket reaches space for the first time",
              summary="The Rybitwa-2 rocket climbed to just over 102 kilometres. Crowds watched from the beach.",
              published="2026-09-19T14:10:00+02:00", modified=None,
              shown="19 September 2026, 14:10", updated_shown="",
              authors=["Natalia Jeż"], body=_RK_RADIO, section="Pomerania",
              video=("rybitwa-beach-crowd.jpg", "Spectators on the beach watch the launch. Video: Coast FM", "1:56"),
              related=["Baltic herring quotas cut again",
                       "Coastal rail line: new timetable from October",
                       "Lighthouse open days this autumn"])),
    _page("https://slupsktoday.example/region/rocket-from-our-coast-reaches-space",
          _local_page(
              site="Słupsk Today", domain="slupsktoday.example",
              url="https://slupsktoday.example/region/rocket-from-our-coast-reaches-space",
              headline="Rocket from our coast reaches space",
              teaser="Several hundred people watched Rybitwa-2 lift off from the range near Ustka. It climbed to 102.4 km.",
              published="2026-09-19T18:30:00+02:00", modified=None,
              shown="19.09.2026, 18:30",
              authors=["Grzegorz Malinowski"],
              body=_RK_LOCAL, section="Region", town="Słupsk", weather="17°C, light wind",
              photo=("rybitwa-trail.jpg", "The rocket's trail above the coast.", "Grzegorz Malinowski"),
              related=["Orzechowo beach: new car park approved",
                       "Słupsk amber festival returns",
                       "Ustka harbour dredging to start in October"],
              most_read=["New bus line to Ustka from October",
                         "Rocket from our coast reaches space",
                         "Słupsk hospital opens new ward",
                         "Mushroom season: what to pick and what to leave"])),
    _page("https://orbitnotes.example/p/poland-crosses-the-line",
          _newsletter_page(
              site="Orbit Notes", domain="orbitnotes.example",
              url="https://orbitnotes.example/p/poland-crosses-the-line",
              headline="Poland crosses the line",
              issue="Issue #96", shown="21 September 2026", published=None,
              authors=["Kacper Wolny"],
              intro="Rybitwa-2 reached 102.4 km. What the flight proved, and what it didn't.",
              body=_RK_LETTER,
              briefs=["ESA ministerial: the numbers to watch",
                      "Small satellites: Europe's busiest month so far",
                      "Interview: building a hybrid engine on a university budget"],
              signoff="Clear skies, Kacper")),
]

STORY_5 = _story("rk-LE5", "rocket", "2026-09-23", _RK_PAGES, [
    ("lift-off time", r"\b(?:11|0?9)[:.]42\b", r"\b11[:.]58\b"),
    ("launch site", r"ustka", r"łeba|\bleba\b"),
    ("day of the launch", r"saturday", r"sunday"),
])


# ===========================================================================
# eq-LE6 (CONTROL) - Earthquake near Neunkirchen, Lower Austria
# ===========================================================================
# Facts: Tuesday 3 November 2026, 02:17 CET (01:17 UTC).  Epicentre near Neunkirchen, Lower
# Austria, about 16 km south-west of Wiener Neustadt and about 60 km south of Vienna; depth
# about 9 km (5.6 miles).  GeoSphere Austria: automatic preliminary magnitude 5.0, revised to
# 4.8 after manual review (by about 04:00).  Intensity up to VI (EMS-98) near the epicentre.
# Felt in Vienna, Graz, Bratislava, Sopron, Győr, as far as Brno.  Strongest aftershock M3.1 at
# 03:04 CET; more than a dozen smaller ones by morning, about 30 by mid-afternoon.
# Injured (all lightly): 2 by about 06:00, 5 by about 11:00, 7 by Tuesday evening (Red Cross).
# Damage reports to the district authority: more than 300 by 07:00, around 1,200 by the
# evening.  Felt reports to GeoSphere: more than 9,000 by 07:00, over 21,000 by evening.
# Southern Railway (Südbahn) Wiener Neustadt - Gloggnitz closed for inspection until 06:10.
# Two schools in Neunkirchen closed on Tuesday.  1972 Seebenstein quake: magnitude 5.3;
# Tuesday's is the strongest in the region since.  Neunkirchen mayor Herbert Steindl;
# GeoSphere seismologist Lena Hofbauer; Red Cross spokesman Markus Ertl.
# Hofbauer's full quote: "The quake was shallow, which is why it was felt so strongly.
# Aftershocks are normal and will probably continue for several days, but they are expected
# to be weaker."

_EQ_LIVE = [
    ("2026-11-03T17:50:00+01:00", "17:50", "Seven injured, around 1,200 damage reports",
     """
The Red Cross has updated its figures: seven people were slightly injured in the earthquake,
all of them in the Neunkirchen district. None of the injuries is serious, spokesman Markus Ertl
said.

The district authority has now received around 1,200 reports of damage, most of them cracks in
plaster and walls, broken roof tiles and damaged chimneys. GeoSphere Austria says more than
21,000 people have sent in reports of feeling the quake.

This is our last update for today. Thank you for following our coverage.
"""),
    ("2026-11-03T15:20:00+01:00", "15:20", "Engineers check houses in Neunkirchen",
     """
Structural engineers from the state building department have spent the day going from house to
house in the older parts of Neunkirchen. Mayor Herbert Steindl told us that so far no building
had been declared unsafe to live in, but several chimneys would have to be taken down.

The two schools in the town that stayed closed today will reopen tomorrow if the inspections
confirm they are safe.
"""),
    ("2026-11-03T11:05:00+01:00", "11:05", "Number of injured rises to five",
     """
Five people have now been treated for minor injuries, according to the Red Cross. Three of them
came to a doctor on their own this morning with cuts and bruises they suffered during the night.
"""),
    ("2026-11-03T09:30:00+01:00", "09:30", "Seismologist: shallow quake, aftershocks will continue",
     """
Lena Hofbauer, a seismologist at GeoSphere Austria, explained on the radio this morning why the
quake woke up so many people so far away.

"The quake was shallow, which is why it was felt so strongly," she said. "Aftershocks are
normal and will probably continue for several days, but they are expected to be weaker."

The focus lay at a depth of about 9 km.
"""),
    ("2026-11-03T08:10:00+01:00", "08:10", "Two schools closed in Neunkirchen",
     """
Mayor Herbert Steindl has decided to keep the two largest schools in Neunkirchen closed today so
that engineers can inspect them. Parents who cannot find childcare can bring their children to
the town hall, where staff have set up a supervised room. Kindergartens are open as usual.
"""),
    ("2026-11-03T07:15:00+01:00", "07:15", "More than 9,000 felt reports",
     """
GeoSphere Austria has received more than 9,000 reports from people who felt the earthquake,
from Vienna, Graz, Bratislava and western Hungary, and a few from as far as Brno.

The Neunkirchen district authority says more than 300 households have reported damage so far.
"""),
    ("2026-11-03T06:20:00+01:00", "06:20", "Two slightly injured, railway line reopened",
     """
Two people were slightly injured, the Red Cross says: a woman was hit by falling plaster in her
bedroom and a man fell on the stairs while leaving his house in the dark.

The ÖBB has reopened the Southern Railway between Wiener Neustadt and Gloggnitz at 06:10 after
inspecting bridges and tunnels. Trains are running with minor delays.
"""),
    ("2026-11-03T04:05:00+01:00", "04:05", "Magnitude revised to 4.8",
     """
GeoSphere Austria has revised the magnitude down to 4.8 after its seismologists reviewed the
data. The first automatic estimate had been 5.0.
"""),
    ("2026-11-03T03:10:00+01:00", "03:10", "Aftershock of magnitude 3.1",
     """
An aftershock of magnitude 3.1 was recorded at 03:04. Many readers in the Neunkirchen area
write that they are waiting outside or in their cars.
"""),
    ("2026-11-03T02:55:00+01:00", "02:55", "Emergency lines busy",
     """
Police and fire services in Lower Austria report a large number of calls, most of them from
people asking what happened. There are no reports of collapsed buildings so far. Many readers
tell us they felt a short, hard jolt followed by several seconds of rolling.
"""),
    ("2026-11-03T02:41:00+01:00", "02:41", "Strong earthquake felt across eastern Austria",
     """
A strong earthquake shook eastern Austria at 02:17. According to a first automatic estimate
from GeoSphere Austria, it had a magnitude of 5.0. The epicentre was near Neunkirchen in Lower
Austria, about 16 km south-west of Wiener Neustadt.

Readers in Vienna report shaking windows and swinging lamps. We will update this page as more
information arrives.
"""),
]

_EQ_WIRE = """
An earthquake of magnitude 4.8 struck Lower Austria early on Tuesday, waking people across
eastern Austria and in neighbouring Slovakia and Hungary and causing light damage to buildings
near the epicentre. Two people suffered minor injuries, the Red Cross said.

The quake hit at 2:17 a.m. (0117 GMT) at a depth of about 9 kilometres near the town of
Neunkirchen, some 60 kilometres south of Vienna, according to GeoSphere Austria, the national
geological and meteorological service. Its first automatic estimate had put the magnitude at
5.0 before seismologists revised it down.

The service recorded an aftershock of magnitude 3.1 at 3:04 a.m. and more than a dozen weaker
ones by early morning.

"The quake was shallow, which is why it was felt so strongly," GeoSphere seismologist Lena
Hofbauer said. She said further aftershocks were likely over the coming days but should be
weaker than the main shock.

## Cracks and chimneys

By 7 a.m., the Neunkirchen district authority had received more than 300 reports of damage,
mostly cracked plaster and walls, fallen roof tiles and damaged chimneys. No building had
collapsed, a spokeswoman said.

The two injured were a woman hit by falling plaster in her bedroom and a man who fell on the
stairs as he hurried out of his house, Red Cross spokesman Markus Ertl said. Both were treated
at the hospital in Neunkirchen.

Mayor Herbert Steindl said he had been woken by "a bang like a truck hitting the house" and
that many residents had spent the rest of the night outside or in their cars. The town kept its
two largest schools closed on Tuesday so that engineers could check them.

## Felt in three countries

In Vienna, where the shaking was clearly felt on upper floors, the fire brigade said it had
taken a number of calls from worried residents but had no reports of damage. Several people
told local radio they had been woken by rattling windows and swinging lamps.

The federal government's crisis coordination unit said it was in contact with the Lower
Austrian authorities and that no federal assistance had been requested.

GeoSphere Austria said it had received more than 9,000 reports from people who felt the quake by
7 a.m., including many from Vienna, Graz, Bratislava and the Hungarian cities of Sopron and
Győr.

Austria's federal railway operator ÖBB suspended traffic on the Southern Railway between Wiener
Neustadt and Gloggnitz for checks on bridges and tunnels. The line reopened at 6:10 a.m.

The area south of Vienna is one of the most seismically active parts of Austria. In 1972, an
earthquake of magnitude 5.3 near Seebenstein, a few kilometres from Tuesday's epicentre,
damaged hundreds of buildings. Tuesday's quake was the strongest in the region since then,
GeoSphere said.

Earthquakes in the Vienna Basin are caused by movement along a system of faults that runs from
the Semmering area north-east towards Slovakia. Most are too weak to be felt.

Residents who notice new cracks or damage were asked to report them to their municipality.
Structural engineers from the state government were due to begin inspections in Neunkirchen
during the morning.
"""

_EQ_TV = """
Many people in Bratislava were woken early on Tuesday morning by an earthquake centred in
neighbouring Austria. The quake, with a magnitude of 4.8, struck at 2.17 a.m. near the Lower
Austrian town of Neunkirchen, roughly 16 kilometres south-west of Wiener Neustadt.

In Slovakia, there are no reports of damage or injuries. In Austria, five people suffered minor
injuries, the Austrian Red Cross said late this morning, and hundreds of buildings near the
epicentre were damaged, mostly by cracks and falling chimneys.

"The whole bed moved. I thought someone was pushing it," said Katarína, who lives on the eighth
floor of a block of flats in Petržalka. "Then the glasses in the cabinet started to ring."

The Slovak emergency line 112 received dozens of calls in the first half hour after the
quake, most from people in Bratislava and Trnava asking what had happened, the interior
ministry said.

## Shallow and strong

The quake's focus lay about nine kilometres below the surface, according to the Austrian
seismological service GeoSphere Austria. That is shallow, and it explains why the shaking was
felt over such a large area.

GeoSphere first put the magnitude at 5.0 and later corrected it to 4.8 after a closer analysis
of the data.

Its seismologist Lena Hofbauer said people should expect more shaking. "Aftershocks are normal
and will probably continue for several days, but they are expected to be weaker," she said.

The strongest aftershock so far, of magnitude 3.1, came less than an hour after the main shock.
By midday, the Austrian service had counted about 30 aftershocks, most too weak for people to
notice.

[ad]

## Slovak seismologists: no reason for concern

Seismologists at the Earth Science Institute of the Slovak Academy of Sciences said their
stations had recorded the quake clearly, but that the distance from the epicentre, about 90
kilometres from the centre of Bratislava, meant the shaking in Slovakia was weak.

"It was felt because it happened at night, when people are lying still and the city is quiet,"
said Ján Mikuš, a researcher at the institute. "During the day, many people would not have
noticed it."

He added that western Slovakia has its own history of earthquakes, the most famous being the
1763 quake in Komárno, but that a strong quake in Bratislava in the coming days was very
unlikely.

At Bratislava's main railway station, a night-shift worker said the departure boards had
swayed for several seconds. Trains between Bratislava and Vienna were not affected, Slovak
railways said.

## Damage in Neunkirchen

Danube TV's Vienna correspondent reported that many people in and around Neunkirchen spent the
rest of the night in their cars, with engines running against the cold, and returned to their
houses only at daybreak.

In Neunkirchen, the town closest to the epicentre, engineers spent the morning checking houses.
Mayor Herbert Steindl said most damage was "unpleasant but repairable". Two schools in the town
stayed closed for the day.

Austrian rail operator ÖBB briefly halted trains on the Southern Railway south of Wiener
Neustadt overnight to inspect bridges and tunnels. Services were running again by the morning
rush hour.

GeoSphere Austria said it was the strongest earthquake in the region since 1972, when a quake
of magnitude 5.3 struck near Seebenstein.
"""

_EQ_PAPER = """
A day after the strongest earthquake in the region for more than fifty years, Neunkirchen was
counting cracks. In the old town, chimney sweeps and roofers were at work on Wednesday morning,
and several streets were partly closed while damaged chimneys were taken down.

The quake struck at 17 minutes past two on Tuesday morning, with its epicentre near Neunkirchen
at a depth of about 9 km. GeoSphere Austria, which had first estimated the magnitude at 5.0,
gave a final value of 4.8 after reviewing the data. Near the epicentre the shaking reached
intensity VI on the European scale, enough to crack walls and knock objects off shelves.

By Tuesday evening, seven people had been treated for minor injuries, according to the Red
Cross. One of them, an 81-year-old woman who was hit by falling plaster, was kept in hospital
in Neunkirchen overnight for observation. The others were allowed to go home.

The district authority received around 1,200 reports of damage on Tuesday. Most involved
cracks, broken roof tiles and damaged chimneys; no house had to be evacuated, Mayor Herbert
Steindl said.

"We were lucky. At two in the morning everyone was in bed, nobody was on the streets under the
chimneys," Steindl told the Herald. "But for many families this is expensive, and it is not
over yet."

## Insurers brace for claims

Household insurance policies in Austria often do not cover earthquake damage unless customers
have paid for an extra module. The Association of Austrian Insurers advised residents to check
their contracts and to photograph damage before repairs.

The state government said on Tuesday that it would help with repairs through the disaster
relief fund for households that are not insured. Applications can be submitted at the
municipal offices from next Monday.

[fig neunkirchen-chimney.jpg | A roofer removes a damaged chimney in Neunkirchen on Wednesday. | Lower Austria Herald/Sabine Wurm]

## Aftershocks continue

The main shock was followed by dozens of aftershocks. The strongest, of magnitude 3.1, was
recorded at 3:04 on Tuesday. On Wednesday morning, a weaker one of magnitude 2.4 was felt by
some residents of Neunkirchen and Ternitz.

"The quake was shallow, which is why it was felt so strongly," said GeoSphere seismologist
Lena Hofbauer. She said further aftershocks were likely for several days but should be weaker
than the main quake.

More than 21,000 people sent GeoSphere reports of what they had felt, from the Semmering to
Vienna and from Styria to western Slovakia and Hungary. The service uses the reports to draw
a map of the intensity of shaking.

## A region on a fault

The area south of Vienna lies along a fault system that has produced damaging quakes before.
The last comparable event was in 1972, when a magnitude-5.3 quake near Seebenstein, a few
kilometres from Tuesday's epicentre, damaged buildings across the district.

Older residents of Neunkirchen remember it. "In 1972 we had cracks from the cellar to the
roof," said Franz, 79, who lives near the town square. "This time it was a little quieter. But
my wife has not slept since."

The two schools in Neunkirchen that were closed on Tuesday reopened on Wednesday after
engineers found no structural damage. Trains on the Southern Railway, halted for several hours
overnight for inspections, have been running normally since Tuesday morning.
"""

_EQ_PAGES = [
    _page("https://viennamorningpost.example/live/earthquake-lower-austria-neunkirchen",
          _live_page(
              site="Vienna Morning Post", domain="viennamorningpost.example",
              url="https://viennamorningpost.example/live/earthquake-lower-austria-neunkirchen",
              headline="Earthquake in Lower Austria: magnitude 4.8 near Neunkirchen",
              summary="A strong earthquake shook eastern Austria in the early hours of Tuesday. Follow the latest here.",
              published="2026-11-03T02:41:00+01:00", modified="2026-11-03T17:50:00+01:00",
              shown="Tuesday, 3 November 2026, from 02:41",
              authors=["Stefan Gruber", "Maria Leitner"],
              entries=_EQ_LIVE, section="Austria",
              key_points=["Magnitude 4.8 earthquake at 02:17 near Neunkirchen, Lower Austria",
                          "First automatic estimate was 5.0; GeoSphere revised it down",
                          "Seven people slightly injured as of Tuesday evening",
                          "Felt in Vienna, Graz, Bratislava and western Hungary"],
              related=["How to check your house for earthquake damage",
                       "Why the Vienna Basin has earthquakes",
                       "Insurance: what is covered after a quake"],
              day="Tuesday, 3 November")),
    _page("https://alpenlandwire.example/en/austria/earthquake-magnitude-4-8-lower-austria-two-injured",
          _wire_page(
              site="Alpenland Wire", domain="alpenlandwire.example",
              url="https://alpenlandwire.example/en/austria/earthquake-magnitude-4-8-lower-austria-two-injured",
              headline="Magnitude 4.8 quake jolts Lower Austria, two slightly injured",
              description="An earthquake of magnitude 4.8 struck near Neunkirchen early on Tuesday and was felt in Vienna, Bratislava and western Hungary.",
              published="2026-11-03T06:48:00+01:00", modified="2026-11-03T07:40:00+01:00",
              shown="3 November 2026, 05:48 GMT · Updated 06:40 GMT",
              authors=["Clemens Haider"],
              dateline="VIENNA, Nov 3 (Alpenland Wire) -",
              body=_EQ_WIRE, section="Austria",
              footer_note="Reporting by Clemens Haider; additional reporting by Eszter Nagy in Budapest; editing by Julia Frey",
              related=["Austria's seismic map: where the ground moves",
                       "Vienna tests new alert system for emergencies",
                       "Lower Austria budget: more money for civil protection"],
              image="neunkirchen-damage.jpg")),
    _page("https://danubetv.example/en/news/earthquake-in-austria-wakes-bratislava",
          _broadcast_page(
              site="Danube TV", domain="danubetv.example",
              url="https://danubetv.example/en/news/earthquake-in-austria-wakes-bratislava",
              headline="Earthquake in Austria wakes Bratislava",
              summary="A magnitude 4.8 quake near Neunkirchen was felt across western Slovakia. There is no damage in Slovakia.",
              published="2026-11-03T12:10:00+01:00", modified=None,
              shown="3 November 2026, 12:10", updated_shown="",
              authors=["Zuzana Hrabovská"], body=_EQ_TV, section="Slovakia",
              video=("petrzalka-night.jpg", "Residents of Petržalka describe the night. Video: Danube TV", "2:05"),
              related=["Bratislava's old town: are the buildings safe?",
                       "What to do during an earthquake",
                       "Slovak emergency line 112 to get new software"])),
    _page("https://noeherald.example/region/neunkirchen-counts-the-cracks",
          _paper_page(
              site="Lower Austria Herald", domain="noeherald.example",
              url="https://noeherald.example/region/neunkirchen-counts-the-cracks",
              headline="Neunkirchen counts the cracks after the night the ground shook",
              standfirst="Seven people were slightly injured and around 1,200 households reported damage after Tuesday's magnitude-4.8 earthquake. Aftershocks continue.",
              published="2026-11-04T07:00:00+01:00", modified=None,
              shown="Wednesday, 4 November 2026",
              authors=["Andrea Pichler", "Thomas Wimmer"], author_role="regional desk",
              body=_EQ_PAPER, section="Region",
              hero=("neunkirchen-old-town.jpg", "Damaged roofs in Neunkirchen's old town.", "Lower Austria Herald/Sabine Wurm"),
              related=["Earthquake relief fund: how to apply",
                       "Opinion: Austria needs an earthquake insurance debate",
                       "The 1972 Seebenstein quake, remembered"],
              tags=["Earthquake", "Neunkirchen", "GeoSphere Austria"],
              comments=56)),
]

STORY_6 = _story("eq-LE6", "earthquake", "2026-11-06", _EQ_PAGES, [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
