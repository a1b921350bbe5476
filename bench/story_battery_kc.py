"""Part KC of the story battery (web pages).

Written by engineer KC1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KC1: National Bank of Georgia cuts its refinancing rate 8.0% -> 7.5% on Wed 18 Mar 2026; PLANTED: committee vote 5-2 vs 6-1 (Lari Letter), next meeting 29 April vs 6 May (Tbilisi Ledger); traps: 50 bp / half a point, noon Tbilisi / 0800 GMT, Feb vs Jan inflation, February's unanimous hold, 25 bp wanted by dissenters, forecasts revised, lari/dollar, quote cut.
el-KC2: first direct election of the Talgar district akim (Kazakhstan), Sun 20 Sep 2026; CONTROL; traps: overnight partial counts (48 and 71 of 80 stations) vs final, town and village results vs district, 18:00 and noon turnout vs final, 2023 turnout, percentages vs votes, shortened names and compatible descriptions, quotes cut.
ct-KC3: Anti-Corruption Court in Yerevan jails the former head of a state irrigation company, Tue 27 Oct 2026; PLANTED: surname Melkonyan vs Melkumyan (Yerevan Chronicle), title director general vs deputy director (Ararat Broadcast); traps: six years vs eight sought, three-year ban, co-defendants' terms, time served, drams vs dollars, 112 vs 41 km, quotes cut.
tr-KC4: Kazakhstan and Azerbaijan sign a Caspian container through-rate deal in Baku, Thu 14 May 2026; PLANTED: signing city Baku vs Astana (Qazaq Broadcast News), 2030 goal 10 vs 12 million tonnes (Absheron Daily), weekday Thursday vs Wednesday (Corridor Freight Brief); traps: dollars/tenge/manat, 12:30 Baku = 13:30 Astana, 2025 volume, 2024 goal of 8 Mt, March talks in Astana, 20-ft vs 40-ft rates.
rk-KC5: first orbital test flight of the Tulpar-1 small rocket from Baikonur, Thu 10 Sep 2026; CONTROL; traps: 09:42 Astana / 07:42 Moscow / 04:42 UTC, Wednesday scrub at T-47 s, km vs miles, payload masses vs total, dollars vs tenge, 2027 flight, 11:34 Astana = 06:34 UTC signal.
eq-KC6: magnitude 5.8 earthquake south-west of Kochkor (Kyrgyzstan), 03:17 Tue 17 Nov 2026; CONTROL; traps: 21:17 GMT Monday vs local Tuesday, 02:17 in Almaty, toll rising 2 -> 4 -> 6 dead and injured 14 -> 31 -> 47 -> 52 with their times, homes counts over time, 4.6 aftershock, place at different precision.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared page pieces
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _ld(url: str, headline: str, desc: str, section: str, authors: list[str], site: str,
        host: str, image: str, published: str | None, modified: str | None,
        kind: str = "NewsArticle") -> str:
    """JSON-LD block; empty when the page carries no machine-readable date."""
    if published is None:
        return ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": desc,
        "articleSection": section,
        "image": [image],
        "datePublished": published,
        "dateModified": modified or published,
        "inLanguage": "en",
        "author": ([{"@type": "Person", "name": a} for a in authors]
                   or [{"@type": "Organization", "name": site}]),
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{host}/static/logo-600x60.png"}},
    }
    return ('<script type="application/ld+json">\n'
            + json.dumps(data, ensure_ascii=False, indent=2) + "\n</script>")


def _head(title: str, url: str, desc: str, site: str, host: str, image: str,
          published: str | None, modified: str | None, section: str, authors: list[str],
          ld: str, css: str, extra: str = "") -> str:
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(desc)}">',
        f'<link rel="canonical" href="{_e(url)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        f'<meta property="og:title" content="{_e(title.split(" | ")[0].split(" - ")[0])}">',
        f'<meta property="og:description" content="{_e(desc)}">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:image" content="{_e(image)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{_e(_bare(host).split(".")[0])}">',
        f'<meta property="article:section" content="{_e(section)}">',
    ]
    if published:
        metas.append(f'<meta property="article:published_time" content="{published}">')
        metas.append(f'<meta property="article:modified_time" content="{modified or published}">')
    for a in authors:
        metas.append(f'<meta name="author" content="{_e(a)}">')
    metas.append(f'<link rel="icon" href="https://{host}/favicon.ico">')
    metas.append(f'<link rel="stylesheet" href="https://{host}/assets/{css}.css">')
    if extra:
        metas.append(extra)
    if ld:
        metas.append(ld)
    metas.append('<script async src="https://ads.adnetwork.example/tag.js"></script>')
    return "<head>\n" + "\n".join(metas) + "\n</head>"


def _cookie(site: str, variant: int) -> str:
    texts = [
        (f"{site} uses cookies and similar technologies to run this site, measure audiences "
         "and show advertising. You can change your choices at any time.",
         "Accept all", "Reject non-essential", "Manage preferences"),
        ("We and our partners store and access information on your device. Choose "
         "whether to allow personalised ads and analytics.",
         "I agree", "Only necessary", "Settings"),
        ("This website stores small files on your computer. Some are essential, others help "
         "us understand how the site is used.", "OK", "No thanks", "Learn more"),
    ]
    msg, ok, no, more = texts[variant % len(texts)]
    return (f'<div id="cookie-consent" class="consent consent--v{variant}" role="dialog" '
            f'aria-label="Cookie consent">\n<p>{_e(msg)}</p>\n'
            f'<button class="consent__accept">{ok}</button> '
            f'<button class="consent__reject">{no}</button> '
            f'<a class="consent__more" href="/privacy#cookies">{more}</a>\n</div>')


def _share(url: str, headline: str) -> str:
    from urllib.parse import quote
    u = quote(url, safe="")
    t = quote(headline, safe="")
    return ('<ul class="share" aria-label="Share this article">\n'
            f'<li><a class="share__fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">'
            'Share on Facebook</a></li>\n'
            f'<li><a class="share__x" href="https://x.com/intent/tweet?url={u}&amp;text={t}">'
            'Post on X</a></li>\n'
            f'<li><a class="share__tg" href="https://t.me/share/url?url={u}">Telegram</a></li>\n'
            f'<li><a class="share__wa" href="https://wa.me/?text={u}">WhatsApp</a></li>\n'
            f'<li><a class="share__mail" href="mailto:?subject={t}&amp;body={u}">Email</a></li>\n'
            '<li><button class="share__copy">Copy link</button></li>\n</ul>')


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<aside class="ad ad--{slot}" data-ad-slot="{slot}" data-size="{size}">\n'
            '<span class="ad__label">Advertisement</span>\n'
            f'<div class="ad__frame" id="ad-{slot}"></div>\n</aside>')


def _related(title: str, items: list[tuple[str, str]], host: str) -> str:
    lis = "\n".join(f'<li><a href="https://{host}{p}">{_e(t)}</a></li>' for t, p in items)
    return (f'<section class="related">\n<h3>{_e(title)}</h3>\n<ul>\n{lis}\n</ul>\n</section>')


def _figure(fig: tuple[str, str, str, str], cls: str = "lead-image") -> str:
    src, alt, caption, credit = fig
    return (f'<figure class="{cls}">\n<img src="{_e(src)}" alt="{_e(alt)}" loading="lazy" '
            'width="1200" height="675">\n'
            f'<figcaption><span class="caption">{caption}</span> '
            f'<span class="credit">{credit}</span></figcaption>\n</figure>')


def _paras(items: list[str], ad_after: int = 3, box: str = "", box_after: int = 7) -> str:
    out: list[str] = []
    n = 0
    for it in items:
        if it.startswith("## "):
            out.append(f"<h2>{it[3:]}</h2>")
            continue
        if it.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{it[2:]}</p></blockquote>')
            continue
        out.append(f"<p>{it}</p>")
        n += 1
        if n == ad_after:
            out.append(_ad("inarticle-1"))
        if box and n == box_after:
            out.append(box)
    return "\n".join(out)


def _footer(site: str, host: str, year: str, links: list[str], note: str) -> str:
    lis = " ".join(f'<a href="/{w.lower().replace(" ", "-")}">{w}</a>' for w in links)
    return (f'<footer class="site-footer">\n<nav class="footer-links">{lis}</nav>\n'
            f'<p class="footer-note">{note}</p>\n'
            f'<p class="copyright">&copy; {year} {_e(site)}. All rights reserved. '
            f'Reproduction without written permission of {_e(_bare(host))} is prohibited.</p>\n'
            '</footer>')


# ---------------------------------------------------------------------------
# Page templates (one per kind of site)
# ---------------------------------------------------------------------------

def _timetag(iso: str | None, label: str, cls: str = "published") -> str:
    if iso:
        return f'<time class="{cls}" datetime="{iso}">{label}</time>'
    return f'<span class="{cls}">{label}</span>'


def _doc(head: str, body_cls: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n" + head + "\n"
            f'<body class="{body_cls}">\n' + body + "\n"
            '<script src="/assets/app.js" defer></script>\n</body>\n</html>\n')


def wire_page(*, site: str, host: str, path: str, headline: str, desc: str, section: str,
              authors: list[str], dateline: str, pub_iso: str | None, pub_label: str,
              paras: list[str], fig: tuple[str, str, str, str],
              related: list[tuple[str, str]], credit_line: str,
              upd_iso: str | None = None, upd_label: str = "", cookie: int = 0) -> str:
    url = f"https://{host}{path}"
    head = _head(f"{headline} | {site}", url, desc, site, host, fig[0], pub_iso, upd_iso,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     upd_iso), "wire")
    first, rest = paras[0], paras[1:]
    lead = f'<span class="dateline">{dateline} –</span> {first}'
    byline = " and ".join(f'<a rel="author" href="/authors/{a.lower().replace(" ", "-")}">{a}</a>'
                          for a in authors)
    upd = (f' <span class="sep">|</span> Updated {_timetag(upd_iso, upd_label, "updated")}'
           if upd_label else "")
    body = f"""{_cookie(site, cookie)}
<header class="masthead">
<a class="logo" href="https://{host}/">{_e(site)}</a>
<nav class="primary-nav" aria-label="Sections">
<a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
<a href="/energy">Energy</a> <a href="/politics">Politics</a> <a href="/pictures">Pictures</a>
<a href="/clients">For clients</a>
</nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search the wire"></form>
</header>
{_ad("leaderboard", "728x90")}
<main id="content">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/{section.lower()}">{_e(section)}</a></nav>
<article class="story story--wire">
<header class="story__header">
<h1>{headline}</h1>
<p class="byline">By {byline}</p>
<p class="timestamps">{_timetag(pub_iso, pub_label)}{upd}</p>
{_share(url, headline)}
</header>
{_figure(fig)}
<div class="story__body">
<p>{lead}</p>
{_paras(rest, ad_after=3, box=_related("Read next", related[:2], host), box_after=6)}
</div>
<p class="credit-line">{credit_line}</p>
<p class="standards"><a href="/trust-principles">Our standards: The {_e(site)} Trust Principles.</a></p>
</article>
{_related("More from " + site, related, host)}
</main>
<aside class="rail">{_ad("rail-1")}{_ad("rail-2", "300x600")}</aside>
{_footer(site, host, "2026", ["About us", "Contact", "Careers", "Terms of use", "Privacy", "Accessibility"],
         "Market data delayed by at least 15 minutes. Quotes are indicative only.")}"""
    return _doc(head, "page-article wire", body)


def paper_page(*, site: str, host: str, path: str, headline: str, desc: str, section: str,
               kicker: str, standfirst: str, authors: list[str], author_role: str,
               dateline: str, pub_iso: str | None, pub_label: str, paras: list[str],
               fig: tuple[str, str, str, str], related: list[tuple[str, str]],
               most_read: list[tuple[str, str]], edition: str, bio: str,
               upd_iso: str | None = None, upd_label: str = "", comments: int = 0,
               cookie: int = 1) -> str:
    url = f"https://{host}{path}"
    head = _head(f"{headline} | {site}", url, desc, site, host, fig[0], pub_iso, upd_iso,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     upd_iso), "paper")
    names = ", ".join(authors)
    upd = (f'<br><span class="upd">Last modified {_timetag(upd_iso, upd_label, "updated")}</span>'
           if upd_label else "")
    lead = f'<strong class="dateline">{dateline}</strong> — {paras[0]}'
    mr = "\n".join(f'<li><a href="https://{host}{p}">{_e(t)}</a></li>' for t, p in most_read)
    body = f"""{_cookie(site, cookie)}
<div class="topbar"><span class="edition">{edition}</span>
<a href="/subscribe" class="btn-subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="masthead masthead--paper">
<a class="wordmark" href="https://{host}/">{_e(site)}</a>
<nav class="sections">
<a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/regions">Regions</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a>
<a href="/sport">Sport</a> <a href="/archive">Archive</a>
</nav>
</header>
{_ad("top", "970x250")}
<main class="layout">
<article class="article article--paper" id="article">
<header>
<p class="kicker"><a href="/{section.lower()}">{_e(kicker)}</a></p>
<h1 class="headline">{headline}</h1>
<p class="standfirst">{standfirst}</p>
<div class="meta">
<span class="author">{names}</span> <span class="role">{author_role}</span><br>
{_timetag(pub_iso, pub_label)}{upd}
</div>
</header>
{_figure(fig, "article__image")}
<div class="article__body">
<p>{lead}</p>
{_paras(paras[1:], ad_after=4, box=_related("Also on " + site, related[:3], host), box_after=8)}
</div>
<footer class="article__footer">
<div class="author-bio"><p>{bio}</p></div>
{_share(url, headline)}
<p class="corrections">Spotted an error? Write to <a href="mailto:corrections@{_bare(host)}">corrections@{_bare(host)}</a>.</p>
<div class="comments-link"><a href="#comments">Comments ({comments})</a></div>
</footer>
</article>
<aside class="sidebar">
<section class="most-read"><h3>Most read</h3><ol>
{mr}
</ol></section>
{_ad("sidebar", "300x600")}
<section class="newsletter-signup"><h3>The morning briefing</h3>
<p>Our editors' pick of the day's stories, before breakfast.</p>
<form action="/newsletters/signup"><input type="email" placeholder="Your email"><button>Sign up</button></form>
</section>
</aside>
</main>
{_related("More " + section, related, host)}
{_footer(site, host, "2026", ["About", "Editorial code", "Advertise", "Contact", "Terms", "Privacy policy"],
         "Printed and published by " + _e(site) + ". Letters to the editor: letters@" + _bare(host) + ".")}"""
    return _doc(head, "article-page paper", body)


def broadcast_page(*, site: str, host: str, path: str, headline: str, desc: str, section: str,
                   authors: list[str], author_role: str, pub_iso: str | None, pub_label: str,
                   paras: list[str], fig: tuple[str, str, str, str], video: str,
                   related: list[tuple[str, str]], upd_iso: str | None = None,
                   upd_label: str = "", dateline: str = "", cookie: int = 2) -> str:
    url = f"https://{host}{path}"
    head = _head(f"{headline} - {site}", url, desc, site, host, fig[0], pub_iso, upd_iso,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     upd_iso), "broadcast")
    upd = (f' · Updated {_timetag(upd_iso, upd_label, "updated")}' if upd_label else "")
    who = " and ".join(authors)
    first = f"<b>{dateline}:</b> {paras[0]}" if dateline else paras[0]
    body = f"""{_cookie(site, cookie)}
<header class="bc-header">
<a class="bc-logo" href="https://{host}/">{_e(site)}</a>
<nav class="bc-nav">
<a href="/news">News</a> <a href="/live-tv" class="live">Live TV</a> <a href="/radio">Radio</a>
<a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
<a href="/programmes">Programmes</a>
</nav>
</header>
<div class="bc-ticker" aria-live="polite"><span>Latest</span> <a href="/news">All the day's headlines</a></div>
<main class="bc-main">
<article class="bc-article">
<h1>{headline}</h1>
<div class="bc-byline"><span class="bc-author">{who}</span>, <span class="bc-role">{author_role}</span>
<div class="bc-time">{_timetag(pub_iso, pub_label)}{upd}</div></div>
<div class="bc-player" data-video-id="{video}">
<img src="{_e(fig[0])}" alt="{_e(fig[1])}">
<p class="bc-player__caption">Media caption: {fig[2]} <span class="credit">{fig[3]}</span></p>
<button class="bc-play">Play video</button>
</div>
<button class="bc-listen">Listen to this article</button>
{_share(url, headline)}
<div class="bc-body">
<p>{first}</p>
{_paras(paras[1:], ad_after=3, box=_related("Related", related[:2], host), box_after=7)}
</div>
</article>
<aside class="bc-more">{_related("More on this story", related, host)}
{_ad("mpu", "300x250")}</aside>
</main>
{_footer(site, host, "2026", ["Terms of use", "About us", "Privacy", "Cookies", "Accessibility help", "Contact us", "Complaints"],
         site + " is not responsible for the content of external sites.")}"""
    return _doc(head, "bc-page", body)


def local_page(*, site: str, host: str, path: str, headline: str, desc: str, section: str,
               authors: list[str], pub_iso: str | None, pub_label: str, paras: list[str],
               fig: tuple[str, str, str, str], related: list[tuple[str, str]], weather: str,
               upd_iso: str | None = None, upd_label: str = "", cookie: int = 1) -> str:
    url = f"https://{host}{path}"
    head = _head(f"{headline} | {site}", url, desc, site, host, fig[0], pub_iso, upd_iso,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     upd_iso), "local")
    upd = f' (updated {_timetag(upd_iso, upd_label, "updated")})' if upd_label else ""
    body = f"""{_cookie(site, cookie)}
<div class="util-bar"><span class="weather">{weather}</span>
<a href="/tips">Send us a tip</a> <a href="/donate">Support local news</a></div>
<header class="local-header">
<a class="local-logo" href="https://{host}/">{_e(site)}</a>
<nav class="local-nav"><a href="/news">News</a> <a href="/community">Community</a>
<a href="/roads">Roads and transport</a> <a href="/schools">Schools</a> <a href="/events">What's on</a>
<a href="/classifieds">Classifieds</a></nav>
</header>
<main>
<article class="local-article">
<p class="local-section">{_e(section)}</p>
<h1>{headline}</h1>
<p class="local-byline">by {", ".join(authors)} · {_timetag(pub_iso, pub_label)}{upd}</p>
{_share(url, headline)}
{_figure(fig, "local-photo")}
<div class="entry-content">
{_paras(paras, ad_after=4, box=_related("Read also", related[:2], host), box_after=7)}
</div>
<div class="got-a-story"><p>Do you know more about this? Message our newsroom on Telegram or write to
<a href="mailto:news@{_bare(host)}">news@{_bare(host)}</a>.</p></div>
</article>
<section class="comments" id="comments"><h3>Comments</h3>
<p>Comments are moderated and appear after approval. Please keep it civil.</p></section>
{_related("Latest from " + site, related, host)}
{_ad("footer-banner", "728x90")}
</main>
{_footer(site, host, "2026", ["About", "Our team", "Advertise with us", "Privacy", "Contact"],
         "An independent local newsroom.")}"""
    return _doc(head, "local single-post", body)


def newsletter_page(*, site: str, host: str, path: str, headline: str, desc: str,
                    section: str, authors: list[str], issue: str, pub_iso: str | None,
                    pub_label: str, intro: str, paras: list[str],
                    fig: tuple[str, str, str, str], in_this_issue: list[str],
                    related: list[tuple[str, str]], sponsor: str, cookie: int = 2) -> str:
    url = f"https://{host}{path}"
    head = _head(f"{headline} - {site}", url, desc, site, host, fig[0], pub_iso, None,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     None), "newsletter")
    toc = "\n".join(f"<li>{t}</li>" for t in in_this_issue)
    body = f"""{_cookie(site, cookie)}
<header class="nl-header">
<a class="nl-logo" href="https://{host}/">{_e(site)}</a>
<nav class="nl-nav"><a href="/archive">Archive</a> <a href="/about">About</a>
<a href="/subscribe" class="nl-cta">Subscribe</a></nav>
</header>
<main class="nl-main">
<p class="nl-view">You are reading the web version of this email. <a href="/subscribe">Get it in your inbox.</a></p>
<article class="nl-issue">
<p class="nl-issue-no">{issue} · {_timetag(pub_iso, pub_label)}</p>
<h1>{headline}</h1>
<p class="nl-authors">Written by {" and ".join(authors)}</p>
<div class="nl-toc"><h2>In this issue</h2><ul>
{toc}
</ul></div>
<p class="nl-intro">{intro}</p>
{_figure(fig, "nl-image")}
{_paras(paras, ad_after=4, box=_ad("sponsor", "600x200").replace("Advertisement", "Advertisement · " + sponsor), box_after=9)}
<p class="nl-signoff">That is all for this issue. Reply to this email with tips, corrections or complaints.</p>
{_share(url, headline)}
</article>
<section class="nl-subscribe"><h3>Get {_e(site)} every week</h3>
<form action="/subscribe"><input type="email" placeholder="you@company.example"><button>Subscribe</button></form>
<p>Free for individuals. Team plans available.</p></section>
{_related("From the archive", related, host)}
</main>
{_footer(site, host, "2026", ["Archive", "About", "Sponsorship", "Privacy", "Unsubscribe"],
         "You received this because you signed up at " + _bare(host) + ". Update preferences or unsubscribe at any time.")}"""
    return _doc(head, "newsletter-web", body)


def live_page(*, site: str, host: str, path: str, headline: str, desc: str, section: str,
              authors: list[str], pub_iso: str | None, pub_label: str, upd_iso: str | None,
              upd_label: str, summary: list[str], entries: list[tuple[str, str, str, list[str]]],
              fig: tuple[str, str, str, str], related: list[tuple[str, str]],
              cookie: int = 0) -> str:
    """entries: (iso time, visible time label, entry title, paragraphs), newest first."""
    url = f"https://{host}{path}"
    head = _head(f"{headline} | {site}", url, desc, site, host, fig[0], pub_iso, upd_iso,
                 section, authors,
                 _ld(url, headline, desc, section, authors, site, host, fig[0], pub_iso,
                     upd_iso, "LiveBlogPosting"), "live")
    ents: list[str] = []
    for i, (iso, label, title, ps) in enumerate(entries):
        inner = "\n".join(f"<p>{p}</p>" for p in ps)
        ents.append(f'<div class="live-entry" id="entry-{len(entries) - i}">\n'
                    f'<time class="live-entry__time" datetime="{iso}">{label}</time>\n'
                    f"<h3>{title}</h3>\n{inner}\n</div>")
        if i == 2:
            ents.append(_ad("live-1"))
    summ = "\n".join(f"<li>{s}</li>" for s in summary)
    body = f"""{_cookie(site, cookie)}
<header class="site-head"><a class="brand" href="https://{host}/">{_e(site)}</a>
<nav><a href="/news">News</a> <a href="/live">Live</a> <a href="/video">Video</a>
<a href="/economy">Economy</a> <a href="/society">Society</a> <a href="/ky">Кыргызча</a> <a href="/ru">Русский</a></nav></header>
<main class="live-main">
<article class="liveblog">
<p class="live-badge">LIVE</p>
<h1>{headline}</h1>
<p class="live-authors">Edited by {", ".join(authors)}</p>
<p class="live-times">Started {_timetag(pub_iso, pub_label)} · Last update {_timetag(upd_iso, upd_label, "updated")}</p>
{_share(url, headline)}
{_figure(fig, "live-hero")}
<section class="key-points"><h2>Key points</h2><ul>
{summ}
</ul></section>
<div class="live-feed">
{chr(10).join(ents)}
</div>
</article>
<aside>{_related("Related coverage", related, host)}{_ad("side", "300x250")}</aside>
</main>
{_footer(site, host, "2026", ["About", "Editorial policy", "Contacts", "Advertising", "Privacy"],
         "Material may be republished with a link to " + host + ".")}"""
    return _doc(head, "live-page", body)


# ===========================================================================
# cb-KC1 — National Bank of Georgia rate cut
# ---------------------------------------------------------------------------
# Facts: Wed 18 Mar 2026, decision published 12:00 Tbilisi (UTC+4) = 08:00 GMT. NBG Monetary
# Policy Committee cuts the refinancing rate 50 bp, 8.0% -> 7.5%, first move in almost two years;
# vote five to two (dissenters wanted 25 bp); 4 Feb meeting: unanimous hold. CPI 2.6% in Feb
# (3.1% Jan), target 3%, core 2.2%; 2026 inflation seen ~2.5%; growth forecast 6.0% (was 5.5%),
# 2025 growth 7.2%. Lari ~2.68/$, +1.8% this year. Refinancing loans 1.9bn lari (~$710m).
# Governor Nikoloz Datuashvili. Next meeting Wed 29 April. Quote: "Disinflation has come sooner
# than we expected, and it is broader than cheaper fuel alone. That gives us room to move, but
# not room to hurry." / "We are not on autopilot. Every meeting is a fresh decision."
# PLANTED: Lari Letter says six to one; Tbilisi Ledger says next meeting 6 May.
# ===========================================================================

_CB_WIRE = wire_page(
    site="Caspian Wire Service", host="www.caspianwire.example",
    path="/business/georgia-central-bank-cuts-rate-to-7-5-2026-03-18/",
    headline="Georgia's central bank cuts rate to 7.5% as inflation drops below target",
    desc="The National Bank of Georgia lowered its refinancing rate by 50 basis points, "
         "its first change in almost two years.",
    section="Markets", authors=["Salome Khurtsidze"],
    dateline="TBILISI, March 18 (CWS)",
    pub_iso="2026-03-18T12:21:00+04:00", pub_label="March 18, 2026 12:21 PM GMT+4",
    upd_iso="2026-03-18T13:52:00+04:00", upd_label="March 18, 2026 1:52 PM GMT+4",
    fig=("https://img.caspianwire.example/2026/03/18/nbg-building-1200.jpg",
         "The National Bank of Georgia building in Tbilisi",
         "The headquarters of the National Bank of Georgia on Sanapiro Street in Tbilisi, "
         "pictured in January 2026.",
         "CWS/Levan Chikovani"),
    related=[("Georgian inflation slows to 2.6% in February on food, fuel",
              "/business/georgia-inflation-february-2026/"),
             ("Central Asian currencies steady as oil holds near two-month high",
              "/markets/central-asia-fx-2026-03-17/"),
             ("Armenia's central bank holds rate, flags food prices",
              "/business/armenia-cba-holds-2026-03-17/"),
             ("Georgian banks post record 2025 profit as lari lending grows",
              "/business/georgia-banks-2025-results/")],
    credit_line="Reporting by Salome Khurtsidze; additional reporting by Rustam Aliyev in Baku; "
                "editing by Helen Marsh",
    paras=[
        "Georgia's central bank cut its main interest rate by 50 basis points to 7.5% on "
        "Wednesday, its first move in almost two years, after inflation fell below its target "
        "sooner and more broadly than policymakers had projected.",
        "The Monetary Policy Committee of the National Bank of Georgia (NBG) voted by five votes "
        "to two to lower the refinancing rate from 8.0%, the bank said in a statement published "
        "at noon local time (0800 GMT). The two members who dissented had argued for a smaller "
        "reduction of 25 basis points, the statement said, without naming them.",
        "Annual consumer price inflation slowed to 2.6% in February from 3.1% in January, "
        "according to figures released earlier this month, dipping under the bank's 3% target. "
        "Core inflation, which strips out food, energy and tobacco, stood at 2.2%.",
        "“Disinflation has come sooner than we expected, and it is broader than cheaper fuel "
        "alone. That gives us room to move, but not room to hurry,” Governor Nikoloz "
        "Datuashvili told a news conference an hour after the decision.",
        "Of 14 economists surveyed by Caspian Wire Service last week, nine had forecast a cut, "
        "though most of them expected a reduction of 25 basis points. The remaining five had "
        "expected the bank to hold for one more meeting.",
        "The committee had kept the rate at 8.0% at its previous meeting on Feb. 4, when its "
        "members voted unanimously to leave policy unchanged and said they wanted to see "
        "whether a slowdown in food prices would last.",
        "## Forecasts revised",
        "Alongside the decision the bank published a revised outlook. It now expects inflation "
        "to average about 2.5% this year and to return to the 3% target during 2027, as the "
        "effect of lower import prices fades. It raised its forecast for economic growth in "
        "2026 to 6.0% from 5.5%, following estimated growth of 7.2% in 2025.",
        "Datuashvili said the stronger lari had done part of the committee's work. The currency "
        "traded at about 2.68 per U.S. dollar after the announcement, little changed on the "
        "day, and has gained roughly 1.8% against the dollar since the start of the year.",
        "He declined to commit to further cuts. “We are not on autopilot. Every meeting is a "
        "fresh decision,” he said, adding that the committee would watch wage growth and "
        "credit demand closely over the spring.",
        "## Analysts see more easing",
        "Mariam Gelashvili, chief economist at Tbilisi-based Kartli Capital, said the size of "
        "the move suggested the majority on the committee saw risks tilted toward inflation "
        "undershooting. She expects the rate to reach 7.0% by the end of the year.",
        "“The statement is cautious, but a 50-point first step is not what you do if you plan "
        "to stop after one meeting,” Gelashvili said.",
        "Others were more restrained. Davit Okropiridze, an analyst at Rioni Securities, said the "
        "two dissenting votes showed that a faster pace of cuts was far from assured, in "
        "particular if oil prices rose again.",
        "The NBG uses the refinancing rate to steer the cost of the one-week loans it extends to "
        "commercial banks. Refinancing loans outstanding stood at about 1.9 billion lari, or "
        "roughly $710 million, at the end of February, according to central bank data.",
        "Georgia's economy has grown quickly since 2022, helped by transit trade, tourism and "
        "money transfers from abroad, and the central bank kept rates high for longer than "
        "several regional peers to guard against renewed price pressure.",
        "The committee's next scheduled policy meeting is on April 29.",
    ],
)

_CB_PAPER = paper_page(
    site="The Tbilisi Ledger", host="www.tbilisiledger.example",
    path="/business/2026/03/19/central-bank-begins-easing-cycle",
    headline="Central bank opens the door to cheaper money with half-point cut",
    desc="Governor Datuashvili says the fall in prices is broad enough to start lowering "
         "rates, but warns against expecting a rapid series of cuts.",
    section="Business", kicker="Monetary policy",
    standfirst="The National Bank trimmed its refinancing rate to 7.5 per cent, citing "
               "inflation well under target. Two of seven committee members wanted less.",
    authors=["Ketevan Mosiashvili"], author_role="Business editor",
    dateline="TBILISI",
    pub_iso="2026-03-19T07:30:00+04:00", pub_label="Thursday 19 March 2026, 07:30",
    edition="Thursday, 19 March 2026 · Print edition",
    bio="Ketevan Mosiashvili has covered banking and the economy for the Ledger since 2017.",
    comments=34,
    fig=("https://cdn.tbilisiledger.example/photos/2026/03/lari-notes-counting.jpg",
         "Lari banknotes being counted at a currency exchange",
         "A cashier counts lari notes at an exchange booth on Rustaveli Avenue. The currency "
         "has firmed against the dollar since January.",
         "Photo: Ana Gogoladze / The Tbilisi Ledger"),
    related=[("Editorial: A rate cut is welcome. Now for the harder part",
              "/opinion/2026/03/19/editorial-rate-cut"),
             ("Who borrows in dollars? A map of Georgia's household debt",
              "/business/2026/03/14/dollar-loans-map"),
             ("Finance ministry keeps deficit goal at 2.5% of GDP",
              "/business/2026/03/16/budget-deficit-goal"),
             ("Exporters fret as the lari climbs",
              "/business/2026/03/11/exporters-strong-lari")],
    most_read=[("Metro extension: tunnelling to begin in autumn", "/city/2026/03/18/metro"),
               ("Central bank opens the door to cheaper money", "/business/2026/03/19/central-bank-begins-easing-cycle"),
               ("Wine exports to Asia rise for a third year", "/business/2026/03/17/wine-exports"),
               ("Snow closes Gudauri road for six hours", "/regions/2026/03/18/gudauri-road")],
    paras=[
        "The National Bank of Georgia began lowering interest rates on Wednesday, cutting the "
        "refinancing rate by half a percentage point to 7.5 per cent and ending a long stretch "
        "in which it had kept borrowing costs unchanged while neighbouring central banks eased.",
        "The Monetary Policy Committee voted 5-2 for the cut. The two members in the minority "
        "preferred a reduction of 0.25 percentage points, according to the statement released "
        "at noon, which does not say who voted which way. In February the committee had been "
        "unanimous in holding the rate at 8 per cent.",
        "Governor Nikoloz Datuashvili said the decision rested on the speed at which inflation "
        "had slowed. Consumer prices rose 2.6 per cent in the year to February, down from 3.1 "
        "per cent in January and below the bank's 3 per cent target.",
        "“Disinflation has come sooner than we expected,” the governor told reporters at the "
        "bank's headquarters, adding that the decline was no longer confined to fuel. He said "
        "the price of imported goods, from cars to household appliances, had also eased, "
        "helped by the stronger lari.",
        "But Mr Datuashvili sought to temper expectations of a rapid series of cuts. “We are "
        "not on autopilot,” he said, declining to say whether the next step would be as large.",
        "## Government welcomes the move",
        "The Ministry of Finance said in a short statement that the cut would support lending "
        "to small businesses and was consistent with the government's aim of keeping growth "
        "high while bringing down the share of loans taken in dollars. Deputy Finance Minister "
        "Levan Kuprashvili said the ministry respected the bank's independence and would not "
        "comment on future decisions.",
        "Business groups were more enthusiastic. The Georgian Small Business Association, which "
        "had called for a cut since the autumn, said half a point was “a start, not a finish” "
        "and urged commercial banks to pass it on quickly.",
        "Bankers say that will take time. A senior executive at one of the two largest lenders, "
        "who asked not to be named because the bank had not set its new prices, said rates on "
        "new lari mortgages would likely fall by less than the full half point in the first "
        "weeks, because deposit rates cannot be lowered overnight.",
        "## Forecasts lifted",
        "The bank raised its growth forecast for this year to 6 per cent from 5.5 per cent, "
        "after an estimated 7.2 per cent expansion in 2025, and said inflation would probably "
        "average around 2.5 per cent over 2026 before returning to target next year.",
        "Economists said the statement left room for more. Mariam Gelashvili of Kartli Capital "
        "said she expected a rate of 7 per cent by December. Davit Okropiridze of Rioni "
        "Securities was more cautious, pointing to the two dissenting votes and the risk of "
        "higher oil prices later in the year.",
        "The lari, which has gained about 1.8 per cent against the dollar this year, held "
        "steady at around 2.68 to the dollar after the announcement. A weaker currency would "
        "be one of the main risks to the outlook, the bank said, as would faster growth in "
        "wages.",
        "At the end of February, commercial banks had about 1.9bn lari of refinancing loans "
        "outstanding with the central bank, roughly $710m at current exchange rates.",
        "The committee meets next on 6 May, when it will also present its quarterly monetary "
        "policy report.",
    ],
)

_CB_LETTER = newsletter_page(
    site="The Lari Letter", host="lariletter.example",
    path="/issues/118-the-first-cut",
    headline="The first cut, and the vote behind it",
    desc="Issue 118: the National Bank's half-point cut, what the committee split tells us, "
         "and where bond yields went.",
    section="Newsletter", authors=["Giorgi Tskhadaia"],
    issue="Issue No. 118", pub_iso=None, pub_label="Friday, 20 March 2026",
    intro="Good morning. This week the National Bank finally moved. Below: what happened, who "
          "disagreed, what the market did, and what to watch before the April meeting.",
    in_this_issue=["The cut: 8.0% to 7.50%", "Inside the committee", "Bonds and the lari",
                   "Dates for your diary"],
    sponsor="Kartli Capital Research",
    fig=("https://lariletter.example/img/118/yield-curve.png",
         "Chart of Georgian government bond yields",
         "Lari government bond yields, two-year and five-year, in the week to 19 March.",
         "Chart: The Lari Letter, data from the Ministry of Finance"),
    related=[("Issue 117: Waiting for February's inflation print", "/issues/117-waiting"),
             ("Issue 112: Why the NBG did not cut in December", "/issues/112-no-cut"),
             ("Explainer: how the refinancing rate works", "/explainers/refinancing-rate")],
    paras=[
        "## The cut",
        "On Wednesday the Monetary Policy Committee of the National Bank of Georgia lowered the "
        "refinancing rate from 8.00% to 7.50%, a reduction of 50 basis points. It is the first "
        "change since the spring of 2024, and it came with a noticeably softer outlook: the "
        "bank now sees inflation averaging about 2.5% this year, against a target of 3%.",
        "The trigger was February's inflation number. Annual CPI came in at 2.6%, after 3.1% in "
        "January. Core inflation was 2.2%. Governor Nikoloz Datuashvili's summary, at the news "
        "conference an hour after the noon release, was that the decline was “broader than "
        "cheaper fuel alone. That gives us room to move,” and he went on to warn against "
        "reading that as a promise of rapid cuts.",
        "## Inside the committee",
        "The vote was six to one. The single dissenter, whom the statement does not name, "
        "preferred a 25 bp cut. That is a change from the 4 February meeting, when the "
        "committee held at 8.00% without any dissent.",
        "We think the split matters less than the size of the majority's move. A committee "
        "that wanted to signal one-and-done would have gone for 25 bp with everyone on board. "
        "Going for 50 bp, and accepting a dissent to do it, looks like a committee that expects "
        "to keep going. Our base case is two more 25 bp cuts by December, taking the rate to "
        "7.00%, which is also where Kartli Capital's Mariam Gelashvili sees it.",
        "The governor did his best to dampen that. His line of the week: “We are not on "
        "autopilot. Every meeting is a fresh decision.” Fair enough. But the new forecasts "
        "point the same way: growth for 2026 was revised up to 6.0% from 5.5%, and the bank "
        "does not see inflation back at target until 2027.",
        "## Bonds and the lari",
        "The market had partly priced the move. The two-year lari government bond yield fell "
        "22 bp over the week to 7.14%, and the five-year fell 15 bp to 7.62%. Most of the "
        "decline happened before Wednesday, which tells you where consensus had drifted.",
        "The lari barely reacted. It traded around 2.68 per dollar on Wednesday afternoon and "
        "has firmed by roughly 1.8% since 1 January. A strong lari is doing some of the "
        "disinflation work on imported goods, and several readers who run import businesses "
        "have written to say their shelf prices fell in February for the first time in years.",
        "For banks, the direct effect is on the price of central bank liquidity. Refinancing "
        "loans outstanding were about GEL 1.9 billion (around $710 million) at the end of "
        "February. One mid-sized lender, Mtkvari Bank, has already said it will reduce new "
        "lari loan rates by 0.3 to 0.5 percentage points from April; expect others to follow "
        "more slowly.",
        "## What could go wrong",
        "Three things would make the committee pause in April. The first is oil: Georgia "
        "imports all of its fuel, and a jump in prices would show up in CPI within a month. "
        "The second is wages, which grew by double digits in nominal terms last year. The "
        "third is the lari itself; a sharp reversal would lift import prices quickly.",
        "Analyst Davit Okropiridze at Rioni Securities put it to us this way: a dissent is a "
        "reminder that the committee is not a single mind, and the doves have not yet won the "
        "argument. We agree, up to a point.",
        "## Dates for your diary",
        "March inflation is published by Geostat in early April. The next committee meeting is "
        "on 29 April, together with the quarterly monetary policy report. We will have a "
        "preview in issue 123.",
    ],
)

STORY_1 = _story("cb-KC1", "central bank", "2026-03-22", [
    _page("https://www.caspianwire.example/business/georgia-central-bank-cuts-rate-to-7-5-2026-03-18/", _CB_WIRE),
    _page("https://www.tbilisiledger.example/business/2026/03/19/central-bank-begins-easing-cycle", _CB_PAPER),
    _page("https://lariletter.example/issues/118-the-first-cut", _CB_LETTER),
], [
    ("monetary policy committee vote split",
     r"five votes\s+to two|\b5\s*[-–]\s*2\b|two (?:members|dissent)",
     r"six to one|\b6\s*[-–]\s*1\b|single dissenter"),
    ("date of the next policy meeting", r"29 april|april 29", r"\b6 may|may 6\b"),
])


# ===========================================================================
# el-KC2 — Talgar district akim election (CONTROL)
# ---------------------------------------------------------------------------
# Facts: Sun 20 Sep 2026, Talgar district (Almaty region, UTC+5), polls 07:00-20:00, 80 stations,
# 162,540 registered, turnout 41.3% = 67,129 (19.8% at noon, 33.7% at 18:00); 1,012 invalid,
# 66,117 valid. Aigerim Tolegenova (47, ex-head of district education department) 35,108 = 53.1%;
# Nurlan Sadvakasov (53, fruit cooperative, Belbulak) 20,761 = 31.4%; Marat Yessimov (39, lawyer)
# 9.6%; Dana Kuanysheva (35, guesthouse) 5.9%. Partial: 23:40, 48/80, 50.2 vs 34.6; 01:30, 71/80,
# 52.5 vs 32.0; final at 10:00 Monday. Talgar town 58.9% Tolegenova; Belbulak 47.2% Sadvakasov.
# 2023 maslikhat turnout 35.6%. Seven days for regional confirmation. 140 observers, minor
# violations at three stations. Quote: "People did not vote for a face today. They voted for a
# list of roads, schools and water pipes, and I intend to be judged by that list."
# ===========================================================================

_EL_LIVE = live_page(
    site="Talgar Today", host="talgartoday.example",
    path="/live/akim-election-2026",
    headline="Talgar elects its akim: live updates from polling day and the count",
    desc="Follow the first direct election of the Talgar district akim: turnout, the count "
         "and reactions from the candidates.",
    section="Election 2026", authors=["Aruzhan Beisenova", "Timur Zhakenov"],
    pub_iso="2026-09-20T07:00:00+05:00", pub_label="20 September 2026, 07:00",
    upd_iso="2026-09-21T10:25:00+05:00", upd_label="21 September 2026, 10:25",
    fig=("https://talgartoday.example/uploads/2026/09/polling-station-school-14.jpg",
         "Voters queue at a polling station in a school hall",
         "Voters at polling station No. 14, in a school on Abai Street, on Sunday morning.",
         "Photo: Talgar Today"),
    related=[("Four candidates, one district: who is running and what they promise",
              "/news/2026/09/14/akim-candidates-guide"),
             ("Debate night: water pipes and land plots dominate",
              "/news/2026/09/16/candidates-debate"),
             ("How to find your polling station", "/news/2026/09/18/polling-stations")],
    summary=[
        "Aigerim Tolegenova wins with 53.1% of valid votes, according to the district election "
        "commission's preliminary results published on Monday morning",
        "Nurlan Sadvakasov second with 31.4%; he has conceded",
        "Turnout 41.3% of 162,540 registered voters",
        "The Almaty regional election commission has seven days to confirm the result",
    ],
    entries=[
        ("2026-09-21T10:25:00+05:00", "Mon 10:25", "Full preliminary result: Tolegenova 53.1%", [
            "The district election commission has just published the preliminary result from "
            "all 80 polling stations. Aigerim Tolegenova received 35,108 votes, or 53.1% of "
            "valid ballots. Nurlan Sadvakasov received 20,761 (31.4%), Marat Yessimov 6,347 "
            "(9.6%) and Dana Kuanysheva 3,901 (5.9%).",
            "In total 67,129 people voted, a turnout of 41.3%. The commission declared 1,012 "
            "ballots invalid. Commission chair Saule Omarova said the figures would be sent "
            "to the Almaty regional election commission, which has seven days to confirm them.",
        ]),
        ("2026-09-21T08:50:00+05:00", "Mon 08:50", "Sadvakasov concedes", [
            "Nurlan Sadvakasov has accepted defeat. Speaking to our reporter outside his "
            "campaign office in Belbulak, he congratulated Tolegenova and said he would not "
            "contest the count. “Where my observers stood, the count was clean, and I will not "
            "pretend otherwise,” he said.",
            "He added that his fruit growers' cooperative would hold the new akim to her "
            "promises on irrigation water.",
        ]),
        ("2026-09-21T01:30:00+05:00", "Mon 01:30", "71 of 80 stations counted", [
            "With 71 of the 80 polling stations reported, Tolegenova has 52.5% and Sadvakasov "
            "32.0%, according to the tallies posted by the district commission. Most of the "
            "stations still outstanding are in villages in the foothills.",
            "At her headquarters on Lenin Street, Tolegenova told supporters she would wait "
            "for the final numbers but thanked them in a short speech. “People did not vote for "
            "a face today. They voted for a list of roads, schools and water pipes,” she said.",
        ]),
        ("2026-09-20T23:40:00+05:00", "Sun 23:40", "First partial count", [
            "The first aggregated figures are in. With 48 of 80 polling stations counted, "
            "Aigerim Tolegenova is on 50.2% and Nurlan Sadvakasov on 34.6%. Yessimov and "
            "Kuanysheva trail well behind.",
            "The early figures lean towards the town of Talgar itself, where stations are "
            "larger and counted faster. Sadvakasov's supporters told us they expected the "
            "villages to narrow the gap.",
        ]),
        ("2026-09-20T21:15:00+05:00", "Sun 21:15", "Counting under way", [
            "Polls closed at 20:00 and counting has begun at all 80 stations. At station No. 3 "
            "in the town centre, members of the precinct commission emptied the ballot box onto "
            "a long table under the eyes of five observers and two video cameras.",
            "Civic Vote Watch, a volunteer monitoring group, says it deployed 140 observers "
            "today. Its coordinator, Yerbol Sultanov, said they had recorded minor violations "
            "at three polling stations, mostly voters photographing their ballots, and nothing "
            "that would affect the outcome.",
        ]),
        ("2026-09-20T18:20:00+05:00", "Sun 18:20", "Turnout 33.7% at 18:00", [
            "The district commission reports turnout of 33.7% as of 18:00, with two hours of "
            "voting left. At the 2023 election to the district maslikhat, final turnout in "
            "Talgar district was 35.6%, so today's figure should end up higher.",
        ]),
        ("2026-09-20T12:30:00+05:00", "Sun 12:30", "Busy morning in the villages", [
            "Turnout was 19.8% at noon, the commission says. In Belbulak, our reporter saw a "
            "steady queue of orchard workers voting before going back to the harvest, which is "
            "at its peak for late apples this week.",
            "Several voters said water was the issue that mattered most. “Three summers in a "
            "row our taps ran dry in August,” said a 60-year-old pensioner who gave her name "
            "only as Gulnar.",
        ]),
        ("2026-09-20T07:05:00+05:00", "Sun 07:05", "Polls open", [
            "Good morning. Polling stations across Talgar district opened at 07:00 and will "
            "close at 20:00. For the first time, residents are choosing the district akim "
            "directly rather than seeing one appointed by the regional governor.",
            "There are four candidates: Aigerim Tolegenova, 47, the former head of the "
            "district education department, running as a self-nominated candidate; Nurlan "
            "Sadvakasov, 53, chairman of a fruit growers' cooperative in Belbulak; Marat "
            "Yessimov, 39, a lawyer; and Dana Kuanysheva, 35, who owns a guesthouse in the "
            "mountains above Talgar. A total of 162,540 voters are registered. We will follow "
            "the day here.",
        ]),
    ],
)

_EL_WIRE = wire_page(
    site="Steppe Press Agency", host="steppepress.example",
    path="/en/politics/20260921/talgar-akim-election-result",
    headline="Former education official wins Talgar district's first direct akim election",
    desc="Aigerim Tolegenova took 53.1% of valid votes in Sunday's ballot, according to "
         "preliminary results.",
    section="Politics", authors=["Daniyar Mukanov"],
    dateline="TALGAR, Almaty region, Sept 21 (SPA)",
    pub_iso="2026-09-21T11:20:00+05:00", pub_label="21.09.2026 11:20 (Astana)",
    fig=("https://steppepress.example/photo/2026/09/21/tolegenova-hq.jpg",
         "Aigerim Tolegenova speaks to supporters",
         "Aigerim Tolegenova addresses supporters at her campaign headquarters in Talgar "
         "early on Monday.",
         "SPA photo / Asel Kenzhebek"),
    related=[("Kazakhstan widens direct elections of district akims",
              "/en/politics/20260610/district-akim-elections-expand"),
             ("Almaty region: new water mains planned for 40 villages",
              "/en/regions/20260802/almaty-region-water-mains"),
             ("Central election commission publishes voting calendar for autumn",
              "/en/politics/20260815/cec-autumn-calendar")],
    credit_line="Reporting by Daniyar Mukanov; editing by Zhanar Abdikarimova",
    paras=[
        "Aigerim Tolegenova, a former head of the education department of Talgar district, "
        "has won the district's first direct election of an akim, receiving 53.1 percent of "
        "valid votes, according to preliminary results announced on Monday.",
        "The district election commission said Tolegenova, who ran as a self-nominated "
        "candidate, received 35,108 votes. Nurlan Sadvakasov, the chairman of a fruit growers' "
        "cooperative, came second with 20,761 votes, or 31.4 percent.",
        "Lawyer Marat Yessimov received 9.6 percent and guesthouse owner Dana Kuanysheva "
        "5.9 percent, commission chair Saule Omarova told reporters in Talgar at 10:00 local "
        "time, when the figures from all 80 polling stations were published.",
        "Turnout in Sunday's vote was 41.3 percent, the commission said, with 67,129 of the "
        "district's 162,540 registered voters casting ballots. That compares with turnout of "
        "35.6 percent in the district at the 2023 maslikhat election. A total of 1,012 ballots "
        "were declared invalid.",
        "The Almaty regional election commission has seven days to review and confirm the "
        "result, after which Tolegenova will take office.",
        "Sadvakasov conceded on Monday morning and said he would not challenge the count. "
        "“Where my observers stood, the count was clean,” he told local reporters.",
        "Tolegenova, 47, campaigned on repairs to rural roads and school buildings and on "
        "replacing the district's ageing drinking-water pipes, which left several villages "
        "without running water for weeks during the past three summers.",
        "“They voted for a list of roads, schools and water pipes, and I intend to be judged by "
        "that list,” she said in a speech to supporters after midnight, as partial results "
        "showed her leading.",
        "Partial figures released overnight had shown a closer race before the rural "
        "stations reported. With 48 of 80 stations counted at 23:40 on Sunday, Tolegenova had "
        "50.2 percent; by 01:30 on Monday, with 71 stations counted, her share had risen to "
        "52.5 percent.",
        "Tolegenova won 58.9 percent in the town of Talgar, where 22 of the polling stations "
        "are located. Sadvakasov led in his home village of Belbulak with 47.2 percent.",
        "Kazakhstan began electing some district akims directly in 2024 as part of a broader "
        "overhaul of local government. District akims were previously appointed by regional "
        "governors.",
        "Independent monitors from the Civic Vote Watch group, which sent 140 observers to "
        "polling stations, said they had recorded minor violations at three stations, mainly "
        "voters photographing their ballots, but nothing that would change the result.",
        "Voting took place at 80 polling stations between 07:00 and 20:00. By 18:00, two "
        "hours before polls closed, turnout had reached 33.7 percent, the commission said.",
        "Yessimov, who campaigned for land allocation records to be made public, said on "
        "Monday that he would keep pressing the district administration on the issue. "
        "Kuanysheva said she would offer to work with the new akim on limiting building in "
        "the mountain valleys above the town.",
        "Tolegenova has said she will publish a timetable for replacing the water pipes "
        "within her first hundred days in office and report on it to residents every "
        "quarter.",
        "Talgar district, in the foothills of the Trans-Ili Alatau east of Almaty, is known "
        "for its orchards and has grown quickly in recent years as families move out from the "
        "city in search of cheaper land.",
    ],
)

_EL_PAPER = paper_page(
    site="Astana Courier", host="www.astanacourier.example",
    path="/politics/2026/09/22/talgar-vote-what-a-direct-election-changes",
    headline="In Talgar, a teacher turned official wins the vote, and now owns the water problem",
    desc="The first direct election of a district akim near Almaty produced a clear winner and "
         "a turnout above recent local votes. The harder part starts now.",
    section="Politics", kicker="Local government",
    standfirst="Aigerim Tolegenova won just over half of the valid votes on Sunday. Her "
               "rivals accepted the result, and observers reported only minor problems.",
    authors=["Madina Kassymova"], author_role="Political correspondent",
    dateline="TALGAR",
    pub_iso="2026-09-22T08:00:00+05:00", pub_label="22 September 2026, 08:00",
    edition="Tuesday, 22 September 2026",
    bio="Madina Kassymova writes about regional politics and local government.",
    comments=57,
    fig=("https://static.astanacourier.example/2026/09/talgar-orchards-road.jpg",
         "An apple orchard beside a road in Talgar district",
         "Orchards line the road between Talgar and Belbulak, where irrigation water was a "
         "central campaign issue.",
         "Photo: Ruslan Ibraimov for the Astana Courier"),
    related=[("Analysis: what changes when akims answer to voters",
              "/opinion/2026/09/21/akims-and-voters"),
             ("Almaty region budget: water and roads take the largest share",
              "/economy/2026/08/28/almaty-region-budget"),
             ("Turnout in local elections: the numbers since 2021",
              "/politics/2026/09/18/local-turnout-data")],
    most_read=[("Tenge firms as oil climbs above $80", "/economy/2026/09/21/tenge-oil"),
               ("In Talgar, a teacher turned official wins the vote",
                "/politics/2026/09/22/talgar-vote-what-a-direct-election-changes"),
               ("New rail link to Almaty airport opens for testing", "/city/2026/09/20/rail-link"),
               ("Football: Kairat through to the cup semi-final", "/sport/2026/09/20/kairat")],
    paras=[
        "When the district election commission in Talgar read out its preliminary figures on "
        "Monday morning, the result was less close than the night had suggested. Aigerim "
        "Tolegenova, who ran the district's schools department until last year, had taken "
        "35,108 votes, 53.1 per cent of the valid ballots, in Sunday's election for the post "
        "of district akim.",
        "It was the first time residents of the district, a fast-growing belt of orchards and "
        "new housing east of Almaty, had chosen the akim themselves. Until now the post was "
        "filled by appointment from the regional administration.",
        "Her nearest rival, Nurlan Sadvakasov, the head of a fruit growers' cooperative in "
        "Belbulak, received 20,761 votes, or 31.4 per cent. Marat Yessimov, a lawyer who "
        "campaigned on making land allocations public, won 9.6 per cent, and Dana Kuanysheva, "
        "who runs a guesthouse in the hills, 5.9 per cent.",
        "Turnout was 41.3 per cent of the 162,540 registered voters, higher than the 35.6 per "
        "cent recorded in the district at the 2023 maslikhat election. The commission said "
        "1,012 ballots were invalid.",
        "## A long night",
        "The count had looked tighter at first. Figures from the first 48 of the district's 80 "
        "polling stations, posted shortly before midnight, showed Tolegenova on 50.2 per cent. "
        "Those early returns came mostly from the town of Talgar, where she ended up with "
        "58.9 per cent, while Sadvakasov, whose cooperative employs several hundred people "
        "during the harvest, won his own village of Belbulak with 47.2 per cent.",
        "As more village stations reported, however, Tolegenova's share rose rather than fell, "
        "reaching 52.5 per cent with 71 stations in. Her campaign staff said that reflected "
        "years of work with village schools, where she was a familiar face long before she "
        "became a candidate.",
        "Sadvakasov conceded on Monday. “Where my observers stood, the count was clean, and I "
        "will not pretend otherwise,” he said, a line that drew approving comments on local "
        "social media, where complaints about earlier elections have been common.",
        "The volunteer monitoring group Civic Vote Watch, which deployed 140 observers, said it "
        "had found minor violations at three polling stations, mostly voters taking pictures "
        "of their ballots. Its coordinator, Yerbol Sultanov, described the vote as “orderly "
        "and competitive”.",
        "## The pipes",
        "Tolegenova's promises were specific, which will make them easy to check. She has "
        "pledged to replace the worst sections of the drinking-water network, to finish the "
        "repair of three village schools that have stood half-built since 2023, and to publish "
        "every decision on land plots online within a week of it being taken.",
        "“People did not vote for a face today,” she told supporters as the count went on. Her "
        "point, repeated in several interviews since, is that voters will now measure her "
        "against a list of roads, schools and water pipes.",
        "That list is expensive. The district's budget depends heavily on transfers from the "
        "regional administration, and a directly elected akim has no more money than an "
        "appointed one. Yessimov, the lawyer, said on Monday that the real test would be "
        "whether the regional maslikhat agreed to fund the water programme in next year's "
        "budget.",
        "The Almaty regional election commission has seven days to confirm the result. Once it "
        "does, Tolegenova will be sworn in and will have to form her own team, a process her "
        "campaign says will take about a month.",
    ],
)

STORY_2 = _story("el-KC2", "election", "2026-09-24", [
    _page("https://talgartoday.example/live/akim-election-2026", _EL_LIVE),
    _page("https://steppepress.example/en/politics/20260921/talgar-akim-election-result", _EL_WIRE),
    _page("https://www.astanacourier.example/politics/2026/09/22/talgar-vote-what-a-direct-election-changes", _EL_PAPER),
], [])


# ===========================================================================
# ct-KC3 — Anti-Corruption Court verdict in Yerevan
# ---------------------------------------------------------------------------
# Facts: Tue 27 Oct 2026, Anti-Corruption Court, Yerevan, Judge Anahit Voskanyan. Gurgen
# Melkonyan, 58, director general of state-owned Hrazdan Irrigation Networks 2019-2023: six years,
# three-year ban on public posts; 1.46bn drams (~$3.8m) to repay jointly; eight years sought.
# Chief accountant Lilit Avagyan four years suspended; contractor Vardan Sahakyan (Kasakh Shin)
# three years. 112 km of lining paid for, ~41 km done (2020-2022). Arrested June 2024, eleven
# months in detention, then bail; 63 hearings since Feb 2025; reading ended ~15:20. Quotes by
# lawyer Tigran Asatryan, prosecutor Hasmik Davtyan; last word 13 October.
# PLANTED: Yerevan Chronicle spells him Melkumyan; Ararat Broadcast calls him deputy director.
# ===========================================================================

_CT_WIRE = wire_page(
    site="Caspian Wire Service", host="www.caspianwire.example",
    path="/world/armenia-court-jails-former-irrigation-chief-2026-10-27/",
    headline="Armenian court jails former state irrigation chief for six years over canal contracts",
    desc="The Anti-Corruption Court found Gurgen Melkonyan guilty of embezzling 1.46 billion "
         "drams through inflated canal repair contracts.",
    section="World", authors=["Anush Petrosyan"],
    dateline="YEREVAN, Oct 27 (CWS)",
    pub_iso="2026-10-27T16:05:00+04:00", pub_label="October 27, 2026 4:05 PM GMT+4",
    fig=("https://img.caspianwire.example/2026/10/27/yerevan-anticorruption-court.jpg",
         "Gurgen Melkonyan in the courtroom",
         "Gurgen Melkonyan, former director general of Hrazdan Irrigation Networks, listens to "
         "the verdict in Yerevan on Tuesday.",
         "CWS/Aram Hakobyan"),
    related=[("Armenia's Audit Chamber flags irrigation spending gaps",
              "/world/armenia-audit-chamber-irrigation-2023/"),
             ("Armenia passes law on confiscation of illegal assets amendments",
              "/world/armenia-assets-law-2026-06/"),
             ("Farmers in Ararat valley switch to drip irrigation as canals leak",
              "/business/ararat-valley-drip-irrigation/")],
    credit_line="Reporting by Anush Petrosyan; editing by Helen Marsh",
    paras=[
        "An Armenian court on Tuesday sentenced the former director general of a state-owned "
        "irrigation company to six years in prison for embezzling about 1.46 billion drams "
        "($3.8 million) through contracts to repair canals that were paid for but largely "
        "never carried out.",
        "Judge Anahit Voskanyan of the Anti-Corruption Court found Gurgen Melkonyan, 58, who "
        "ran Hrazdan Irrigation Networks from 2019 to 2023, guilty of embezzlement on an "
        "especially large scale and abuse of office. She also barred him from holding posts in "
        "state or local government for three years after his release.",
        "Prosecutors had asked for eight years.",
        "Melkonyan, who was free on bail during the trial, was taken into custody in the "
        "courtroom after the verdict was read. The eleven months he spent in pre-trial "
        "detention after his arrest in June 2024 will count toward the sentence, the judge "
        "said.",
        "The company's former chief accountant, Lilit Avagyan, 51, received a four-year "
        "suspended sentence. Vardan Sahakyan, the owner of construction firm Kasakh Shin, was "
        "sentenced to three years in prison for his role in the scheme. The court ordered the "
        "three to repay the full 1.46 billion drams to the state jointly.",
        "According to the indictment, between 2020 and 2022 the company paid contractors to "
        "line 112 kilometres of irrigation canals in the Kotayk and Ararat provinces with "
        "concrete. Inspectors later found that only about 41 km had been lined. Contracts were "
        "signed at inflated prices, prosecutors said, and acceptance certificates were signed "
        "for work that had not been done.",
        "“Every dram in this case was meant for water that farmers never received,” prosecutor "
        "Hasmik Davtyan told reporters outside the court.",
        "Melkonyan has denied the charges throughout the trial, which opened in February 2025 "
        "and ran to 63 hearings. In his final statement to the court on Oct. 13 he said he had "
        "relied on his technical staff. “I signed what the engineers put in front of me,” he "
        "said.",
        "His lawyer, Tigran Asatryan, said the defence would appeal to the Anti-Corruption "
        "Court of Appeal within the one month allowed by law. “The court has punished a manager "
        "for the sins of a system, and we will say so on appeal,” Asatryan said.",
        "The reading of the verdict lasted nearly three hours and ended at about 3:20 p.m. "
        "Several farmers from villages in Ararat province, who had attended many of the "
        "hearings, watched from the public gallery.",
        "The case began after the Audit Chamber, Armenia's state audit body, reported in 2023 "
        "that it could not match payments for canal repairs with work on the ground. The "
        "Anti-Corruption Committee opened a criminal case later that year.",
        "Armenia set up a specialised anti-corruption court in 2021 as part of a wider effort to "
        "prosecute abuses in state companies and ministries. Leaking canals are a long-running "
        "problem for the country's farmers: a large share of water released into the "
        "irrigation network is lost before it reaches fields, according to official estimates.",
        "Hrazdan Irrigation Networks, which manages canals drawing on the Hrazdan river, said "
        "in a statement that it had changed its procurement rules since 2023 and that all new "
        "repair contracts were now inspected by an independent engineer before payment.",
    ],
)

_CT_PAPER = paper_page(
    site="Yerevan Chronicle", host="www.yerevanchronicle.example",
    path="/society/2026/10/28/canal-case-verdict-six-years",
    headline="Six years for the canals that were never lined",
    desc="The Anti-Corruption Court convicted the former head of Hrazdan Irrigation Networks "
         "and two others. Farmers in the gallery said the money should go back to the fields.",
    section="Society", kicker="Courts",
    standfirst="Gurgen Melkumyan, who ran the state irrigation company for four years, was "
               "taken into custody after the verdict. His lawyer promised an appeal.",
    authors=["Lusine Harutyunyan"], author_role="Courts reporter",
    dateline="YEREVAN",
    pub_iso="2026-10-28T06:45:00+04:00", pub_label="28 October 2026, 06:45",
    edition="Wednesday, 28 October 2026",
    bio="Lusine Harutyunyan has followed the irrigation case since the first hearing in "
        "February 2025.",
    comments=112,
    fig=("https://media.yerevanchronicle.example/2026/10/canal-ararat-unlined.jpg",
         "An unlined irrigation canal with earthen banks in Ararat province",
         "A section of canal near Masis that, according to the indictment, was paid for as "
         "concrete-lined in 2021. The banks are still bare earth.",
         "Photo: Karen Mkrtchyan / Yerevan Chronicle"),
    related=[("The canal case, a timeline", "/society/2026/10/27/canal-case-timeline"),
             ("Opinion: the irrigation network needs more than a verdict",
              "/opinion/2026/10/28/irrigation-network"),
             ("Water losses: how much is lost between reservoir and field?",
              "/economy/2026/07/02/water-losses")],
    most_read=[("Six years for the canals that were never lined",
                "/society/2026/10/28/canal-case-verdict-six-years"),
               ("Metro fares to rise from January", "/city/2026/10/27/metro-fares"),
               ("Brandy exports hold up despite weaker Russian demand", "/economy/2026/10/26/brandy"),
               ("Snow arrives early in Shirak", "/regions/2026/10/27/shirak-snow")],
    paras=[
        "For most of Tuesday afternoon Gurgen Melkumyan stood in the glass-walled dock of the "
        "Anti-Corruption Court, his hands folded, as Judge Anahit Voskanyan read through nearly "
        "three hours of findings. When she reached the sentence, six years in prison, he "
        "looked briefly towards his family in the second row and then back at the bench.",
        "The former director general of Hrazdan Irrigation Networks, the state company that "
        "maintains canals fed by the Hrazdan river, was convicted of embezzlement on an "
        "especially large scale and of abuse of office. The court found that between 2020 and "
        "2022 the company paid 1.46 billion drams, about $3.8m, for canal repairs in Kotayk "
        "and Ararat provinces that were either inflated in price or never done.",
        "He was also banned from holding any post in state or local government bodies for "
        "three years. Prosecutors had asked for eight years' imprisonment.",
        "Mr Melkumyan, 58, who led the company from 2019 to 2023, had been free on bail since "
        "spring 2025 after eleven months in pre-trial detention. Court officers led him out "
        "through a side door once the reading ended, at about 15:20. His time in detention "
        "will be deducted from the sentence.",
        "## Two others convicted",
        "The former chief accountant, Lilit Avagyan, received four years, suspended. The "
        "contractor at the centre of the scheme, Vardan Sahakyan, whose firm Kasakh Shin won "
        "most of the repair contracts, was sentenced to three years in prison. The judge "
        "ordered all three to return the 1.46 billion drams jointly.",
        "According to the prosecution, the company paid for 112 kilometres of canal to be lined "
        "with concrete. When engineers from the Audit Chamber walked the canals in 2023, they "
        "found about 41 km of new lining. The rest existed on acceptance certificates signed "
        "by company managers.",
        "“Every dram in this case was meant for water that farmers never received,” prosecutor "
        "Hasmik Davtyan said afterwards, standing on the court steps.",
        "## “A manager for the sins of a system”",
        "The defence argued throughout the 63 hearings that Mr Melkumyan had trusted his "
        "engineers and had no way of checking every kilometre himself. In his last word to "
        "the court on 13 October he said: “I signed what the engineers put in front of me.”",
        "His lawyer, Tigran Asatryan, said the court had ignored evidence that similar "
        "practices were common across state companies at the time. “The court has punished a "
        "manager for the sins of a system,” he said, adding that an appeal would be filed "
        "with the Anti-Corruption Court of Appeal within the one-month deadline.",
        "## Farmers in the gallery",
        "Among those in the public gallery were half a dozen farmers from villages near Masis "
        "and Artashat, who have come to many of the hearings since the trial opened in "
        "February 2025.",
        "“My grandfather dug part of this canal by hand. We were told it would finally be "
        "fixed, and every summer the water still disappeared into the ground,” said Hovhannes "
        "Gasparyan, who grows apricots and tomatoes on four hectares. “Six years is fine. But "
        "I would rather have the concrete.”",
        "Hrazdan Irrigation Networks said this week that it had rewritten its procurement "
        "rules and that all repair work is now checked by an independent engineer before any "
        "payment is made.",
    ],
)

_CT_TV = broadcast_page(
    site="Ararat Broadcast", host="www.ararat-broadcast.example",
    path="/en/news/2026/10/27/irrigation-embezzlement-verdict",
    headline="Ex-irrigation company executive sentenced to six years for embezzlement",
    desc="The Anti-Corruption Court convicted three people over inflated canal repair "
         "contracts worth 1.46 billion drams.",
    section="News", authors=["Armen Baghdasaryan"], author_role="Ararat Broadcast, Yerevan",
    pub_iso="2026-10-27T21:10:00+04:00", pub_label="27.10.2026, 21:10",
    upd_iso="2026-10-27T22:35:00+04:00", upd_label="22:35",
    dateline="Yerevan",
    video="ab-news-20261027-court",
    fig=("https://cdn.ararat-broadcast.example/images/2026/10/27/court-exterior.jpg",
         "Outside the Anti-Corruption Court in Yerevan",
         "Reporters wait outside the Anti-Corruption Court in Yerevan as the verdict is read.",
         "Ararat Broadcast"),
    related=[("Anti-Corruption Committee: 40 cases involving state companies this year",
              "/en/news/2026/10/05/anticorruption-committee-cases"),
             ("Government plans to line 300 km of canals by 2030",
              "/en/economy/2026/09/22/canal-lining-plan"),
             ("Explainer: how Armenia's anti-corruption courts work",
              "/en/explainers/anticorruption-courts")],
    paras=[
        "The Anti-Corruption Court in Yerevan on Tuesday sentenced Gurgen Melkonyan, the former "
        "deputy director of the state-owned company Hrazdan Irrigation Networks, to six years "
        "in prison for embezzlement and abuse of office.",
        "Judge Anahit Voskanyan ruled that Melkonyan, 58, took part in a scheme through which "
        "1.46 billion drams, or about 3.8 million US dollars, was paid out for canal repairs "
        "between 2020 and 2022 that were overpriced or never done. The court also barred him "
        "from working in state and local government bodies for three years.",
        "Prosecutors had sought an eight-year sentence.",
        "Two other defendants were also convicted. The company's former chief accountant, "
        "Lilit Avagyan, received a suspended sentence of four years. Vardan Sahakyan, whose "
        "construction firm Kasakh Shin carried out much of the work that was paid for, was "
        "given three years in prison. The three were ordered to pay back the full sum to the "
        "state budget.",
        "## Canals on paper",
        "Investigators say the company paid contractors to line 112 kilometres of canals in "
        "Kotayk and Ararat provinces with concrete. In reality, about 41 kilometres were "
        "completed. The gap was first noticed by the Audit Chamber in 2023, which led the "
        "Anti-Corruption Committee to open a criminal case.",
        "Melkonyan was at the company from 2019 to 2023. He was arrested in June 2024 and spent "
        "eleven months in pre-trial detention before being released on bail. On Tuesday he was "
        "taken back into custody in the courtroom. The time already spent in detention will be "
        "counted towards his sentence.",
        "Speaking after the hearing, prosecutor Hasmik Davtyan said the verdict sent a signal "
        "to managers of state companies. “Every dram in this case was meant for water that "
        "farmers never received,” she said.",
        "## Defence to appeal",
        "Melkonyan denied wrongdoing throughout the trial, which began in February 2025 and "
        "lasted 63 hearings. His lawyer, Tigran Asatryan, told Ararat Broadcast the defence "
        "would appeal within a month. “The court has punished a manager for the sins of a "
        "system, and we will say so on appeal,” he said.",
        "Asatryan argued that his client had relied on the company's engineers, who signed off "
        "on the work, and that none of the money had been traced to Melkonyan's own accounts. "
        "The prosecution told the court that the money had passed through a chain of "
        "subcontractors before being withdrawn in cash.",
        "Lawyers for Avagyan and Sahakyan said they would study the written judgment before "
        "deciding whether to appeal. The full text of the verdict is expected to run to "
        "several hundred pages and must be handed to the parties before the appeal period "
        "can be used in full.",
        "The verdict took nearly three hours to read. It ended at around 15:20, "
        "with a small group of farmers from Ararat province watching from the "
        "public seats.",
        "## A wider problem",
        "Armenia's irrigation network loses a large share of its water to leaks and "
        "evaporation before it reaches the fields, a problem the government has promised to "
        "tackle with a programme of canal lining and pipe replacement over the next few years.",
        "Hrazdan Irrigation Networks says it has changed its rules so that all repair work is "
        "now inspected by an independent engineer before payment. The company's current "
        "management did not comment on the verdict.",
    ],
)

_CT_NOTES = newsletter_page(
    site="Courtroom Notes", host="courtroomnotes.example",
    path="/2026/10/29/hrazdan-irrigation-verdict-explained",
    headline="The Hrazdan irrigation verdict: what the court found, and what happens on appeal",
    desc="A close reading of Tuesday's judgment in the canal contracts case, the sentences, "
         "and the questions the appeal court will have to answer.",
    section="Anti-corruption", authors=["Marine Ghukasyan"],
    issue="Weekly brief No. 74", pub_iso="2026-10-29T09:00:00+04:00",
    pub_label="Thursday 29 October 2026",
    intro="This week we devote most of the brief to one case: the canal contracts verdict "
          "handed down by the Anti-Corruption Court on Tuesday, 27 October.",
    in_this_issue=["The verdict in numbers", "What the judge accepted", "The defence case",
                   "Appeal: timing and grounds", "Also this week"],
    sponsor="Legal Clinic of the Yerevan Bar",
    fig=("https://courtroomnotes.example/media/2026/10/verdict-sheet.png",
         "Graphic summarising the sentences in the case",
         "The three sentences handed down on 27 October, as read out in court.",
         "Graphic: Courtroom Notes"),
    related=[("Brief No. 61: the canal case opens", "/2025/02/14/canal-case-opens"),
             ("Brief No. 70: prosecutors ask for eight years", "/2026/09/24/closing-speeches"),
             ("Guide: appeals at the Anti-Corruption Court of Appeal", "/guides/appeals")],
    paras=[
        "## The verdict in numbers",
        "Judge Anahit Voskanyan of the Anti-Corruption Court convicted Gurgen Melkonyan, "
        "general director of the state-owned Hrazdan Irrigation Networks from 2019 to 2023, of "
        "embezzlement on an especially large scale and abuse of office, and sentenced him to "
        "six years' imprisonment. As an additional penalty he may not hold posts in state or "
        "local self-government bodies for three years. The prosecution had asked for eight "
        "years.",
        "Lilit Avagyan, the company's chief accountant during the same period, received four "
        "years, suspended. Vardan Sahakyan, owner of the contractor Kasakh Shin, received three "
        "years' imprisonment. The civil claim of the state, 1.46 billion drams (roughly $3.8 "
        "million), was granted in full, with the three liable jointly.",
        "Melkonyan, 58, spent eleven months in pre-trial detention after his arrest in June "
        "2024. That period is credited against the sentence, so in practice he faces a little "
        "over five years if the verdict stands. He was remanded in custody at the end of the "
        "hearing.",
        "## What the judge accepted",
        "The reading took nearly three hours, and the written judgment is longer still. The "
        "core of the court's finding is simple. Between 2020 and 2022 the company paid for 112 "
        "km of concrete canal lining in Kotayk and Ararat provinces; the Audit Chamber's "
        "engineers found roughly 41 km on the ground in 2023. The court accepted the "
        "prosecution's measurement over the defence's objection that some lining had since "
        "been damaged by floods.",
        "Crucially for the abuse-of-office count, the judge found that the director general "
        "personally signed acceptance certificates for sections he had been told, in writing, "
        "were unfinished. Two engineers testified to sending those memos; the memos themselves "
        "were produced from the company's archive. That evidence appears to have carried more "
        "weight than anything else in the 63 hearings.",
        "The prosecutor, Hasmik Davtyan, summed up the state's view outside court: “Every dram "
        "in this case was meant for water that farmers never received.”",
        "## The defence case",
        "The defence never disputed that the lining was missing. Its argument was that "
        "Melkonyan was misled by his own staff and by the contractor. In his last word on 13 "
        "October he told the court: “I signed what the engineers put in front of me.” The "
        "memos made that line difficult to sustain, and the judge said so in terms.",
        "Defence counsel Tigran Asatryan framed the case as a systemic one. “The court has "
        "punished a manager for the sins of a system,” he said after the verdict. We expect "
        "the appeal to argue two points: that the Audit Chamber measurement was not repeated "
        "by an independent expert appointed by the court, and that the sentence is out of line "
        "with other embezzlement cases of similar size.",
        "## Appeal: timing and grounds",
        "The parties have one month from the announcement of the verdict to file an appeal "
        "with the Anti-Corruption Court of Appeal. The prosecution may also appeal; it has not "
        "said whether it will, though a six-year sentence against an eight-year request is "
        "within the range the office usually accepts.",
        "Appeals in this court have recently taken between four and eight months to be heard. "
        "The verdict does not enter into force until the appeal is decided, but Melkonyan "
        "remains in custody in the meantime, a decision the defence said it would also "
        "challenge.",
        "## Also this week",
        "The Court of Cassation published its reasoning in an unrelated procurement case from "
        "Syunik province, which clarifies when a manager's signature on an acceptance "
        "certificate can by itself support a conviction. We will look at it in the next brief.",
    ],
)

STORY_3 = _story("ct-KC3", "court", "2026-10-31", [
    _page("https://www.caspianwire.example/world/armenia-court-jails-former-irrigation-chief-2026-10-27/", _CT_WIRE),
    _page("https://www.yerevanchronicle.example/society/2026/10/28/canal-case-verdict-six-years", _CT_PAPER),
    _page("https://www.ararat-broadcast.example/en/news/2026/10/27/irrigation-embezzlement-verdict", _CT_TV),
    _page("https://courtroomnotes.example/2026/10/29/hrazdan-irrigation-verdict-explained", _CT_NOTES),
], [
    ("convicted executive's surname", r"melkonyan", r"melkumyan"),
    ("convicted executive's former title at the company",
     r"director general|general director", r"deputy director"),
])


# ===========================================================================
# tr-KC4 — Kazakhstan-Azerbaijan Caspian container through-rate agreement
# ---------------------------------------------------------------------------
# Facts: Thu 14 May 2026, signed in Baku, ceremony 12:30 Baku (13:30 Astana), by ministers Yerzhan
# Baimukhanov (KZ) and Rashad Mammadli (AZ). Through-rate Aktau/Kuryk - Alat from 1 July: $1,450
# per 40-ft (now ~$1,900, ~24% cut; ~740,000 tenge, 2,465 manat), $820 per 20-ft (now ~$1,100).
# Goal 10 million tonnes a year by 2030 (4.6 Mt in 2025; 2024 memorandum: 8 Mt). Trade $742m in
# 2025, +18% from $629m. E-consignment note from January 2027. Text finalised in Astana in March.
# PLANTED: QBN says signed in Astana; Absheron Daily says 12 million tonnes; Corridor Freight
# Brief says Wednesday.
# ===========================================================================

_TR_WIRE = wire_page(
    site="Caspian Wire Service", host="www.caspianwire.example",
    path="/business/kazakhstan-azerbaijan-caspian-container-rate-deal-2026-05-14/",
    headline="Kazakhstan, Azerbaijan agree single Caspian container rate to lure Middle Corridor cargo",
    desc="The two countries signed an agreement in Baku setting a through-rate of $1,450 per "
         "40-foot container for the sea crossing from July.",
    section="Business", authors=["Rustam Aliyev", "Yelena Sagintayeva"],
    dateline="BAKU, May 14 (CWS)",
    pub_iso="2026-05-14T14:10:00+04:00", pub_label="May 14, 2026 2:10 PM GMT+4",
    upd_iso="2026-05-14T16:45:00+04:00", upd_label="May 14, 2026 4:45 PM GMT+4",
    fig=("https://img.caspianwire.example/2026/05/14/baku-signing.jpg",
         "Two ministers exchange signed documents at a table",
         "Kazakhstan's Transport Minister Yerzhan Baimukhanov (left) and Azerbaijan's Minister "
         "of Digital Development and Transport Rashad Mammadli exchange documents in Baku on "
         "Thursday.",
         "CWS/Farid Huseynov"),
    related=[("Middle Corridor cargo rose 14% in 2025, rail operators say",
              "/business/middle-corridor-cargo-2025/"),
             ("Kazakhstan orders two new ferries for Caspian crossings",
              "/business/kazakhstan-ferries-order-2026-02/"),
             ("Georgia's Poti port expansion delayed to 2027",
              "/business/poti-port-expansion-delay/")],
    credit_line="Reporting by Rustam Aliyev in Baku and Yelena Sagintayeva in Astana; editing by "
                "Helen Marsh",
    paras=[
        "Kazakhstan and Azerbaijan on Thursday signed an agreement setting a single rate for "
        "shipping containers across the Caspian Sea, a step both governments say will make the "
        "trade route between China and Europe that bypasses Russia cheaper and more "
        "predictable.",
        "Under the deal, signed in Baku by Kazakhstan's Transport Minister Yerzhan Baimukhanov "
        "and Azerbaijan's Minister of Digital Development and Transport Rashad Mammadli, "
        "shippers will pay a through-rate of $1,450 for a 40-foot container on the sea leg "
        "between the Kazakh ports of Aktau and Kuryk and the Port of Baku at Alat from July 1.",
        "That compares with an average of about $1,900 that freight forwarders say they pay "
        "now, once separate port, ferry and handling charges on both sides are added up, a cut "
        "of nearly a quarter. A 20-foot container will cost $820, against roughly $1,100 at "
        "present.",
        "The two governments also set a goal of moving 10 million tonnes of cargo a year "
        "between the two countries' Caspian ports by 2030, more than double the 4.6 million "
        "tonnes handled on the route in 2025. A memorandum signed in 2024 had aimed for 8 "
        "million tonnes by the same date.",
        "“A container should not care which flag flies over the quay. From July, it will not "
        "have to,” Baimukhanov said at the ceremony, which began at 12:30 local time.",
        "Mammadli said lower prices would fill the ferries and make further reductions "
        "possible. “Cheaper crossings mean fuller ships, and fuller ships mean the next price "
        "cut pays for itself,” he said.",
        "## Bottlenecks remain",
        "The route, known as the Trans-Caspian International Transport Route or Middle "
        "Corridor, has attracted more cargo since 2022 as shippers sought alternatives to "
        "routes through Russia. But traders have complained of long waits for ferries, "
        "unpredictable charges and paperwork that must be repeated at each border.",
        "The agreement also commits both sides to introduce a common electronic consignment "
        "note from January 2027, so that a container can be cleared once for the whole sea "
        "crossing rather than separately in each port.",
        "Dinara Seitova, chief executive of Almaty-based forwarder Caspian Link Logistics, said "
        "a fixed rate would help her company quote prices to clients in China and Europe weeks "
        "in advance. But she said the number of ferry sailings mattered as much as the price. "
        "“A cheap ticket is no use if the boat leaves next Tuesday,” she said.",
        "The text of the agreement was finalised at talks between delegations from the two "
        "ministries in Astana in March, officials said.",
        "A joint working group will review the rate once a year and may adjust it in line "
        "with fuel costs, according to the agreement.",
        "## Trade rising",
        "Trade between Kazakhstan and Azerbaijan reached $742 million in 2025, up 18% from "
        "$629 million a year earlier, according to Kazakh customs statistics. Much of the "
        "transit cargo crossing the Caspian, however, originates in China and is bound for "
        "Turkey and Europe.",
        "At current exchange rates, the new 40-foot rate is equivalent to about 740,000 tenge "
        "or 2,465 manat.",
        "Both countries have been investing in port capacity. Kazakhstan is building a "
        "container hub at Aktau and has ordered new ferries, while Azerbaijan has expanded "
        "the Alat port complex south of Baku.",
    ],
)

_TR_PAPER = paper_page(
    site="Absheron Daily", host="www.absherondaily.example",
    path="/economy/2026/05/15/caspian-through-rate-agreement",
    headline="One price across the Caspian: what the new container deal changes for Alat",
    desc="Azerbaijan and Kazakhstan signed an agreement on a single through-rate for "
         "containers on the Caspian crossing. Port operators expect more volume from July.",
    section="Economy", kicker="Transport",
    standfirst="The agreement signed in Baku on Thursday sets $1,450 per 40-foot container "
               "and an ambitious cargo goal for the end of the decade.",
    authors=["Leyla Guliyeva"], author_role="Economy reporter",
    dateline="BAKU",
    pub_iso="2026-05-15T07:00:00+04:00", pub_label="15 May 2026, 07:00",
    edition="Friday, 15 May 2026",
    bio="Leyla Guliyeva covers transport, logistics and energy for Absheron Daily.",
    comments=18,
    fig=("https://static.absherondaily.example/2026/05/alat-port-cranes.jpg",
         "Container cranes at the Port of Baku at Alat",
         "Ship-to-shore cranes at the container terminal of the Port of Baku in Alat, about "
         "65 km south of the city centre.",
         "Photo: Absheron Daily / Samir Mammadov"),
    related=[("Alat free economic zone signs first logistics tenants",
              "/economy/2026/04/20/alat-fez-tenants"),
             ("Baku–Tbilisi–Kars railway: freight volumes in the first quarter",
              "/economy/2026/04/28/btk-first-quarter"),
             ("Interview: 'We need more ferries, not more memorandums'",
              "/economy/2026/03/30/ferries-interview")],
    most_read=[("One price across the Caspian", "/economy/2026/05/15/caspian-through-rate-agreement"),
               ("Boulevard renovation to close seafront section for summer", "/city/2026/05/14/boulevard"),
               ("Manat stable as central bank holds rate", "/economy/2026/05/13/manat"),
               ("Qarabag win league title", "/sport/2026/05/12/qarabag")],
    paras=[
        "Azerbaijan and Kazakhstan have agreed on a single price for moving a container across "
        "the Caspian Sea, in what officials in Baku described as the most practical step yet "
        "to make the Middle Corridor competitive with longer or riskier routes between Asia "
        "and Europe.",
        "The agreement, signed on Thursday at the Ministry of Digital Development and "
        "Transport by Minister Rashad Mammadli and Kazakhstan's Minister of Transport Yerzhan "
        "Baimukhanov, sets a through-rate of $1,450 for a 40-foot container and $820 for a "
        "20-foot container on the crossing between Alat and the Kazakh ports of Aktau and "
        "Kuryk. The new rates apply from 1 July.",
        "Forwarders currently pay around $1,900 for a 40-foot box once all the separate "
        "charges are added, so the cut is close to 24 per cent. In local currency the new rate "
        "is about 2,465 manat.",
        "The two ministers also agreed a target of 12 million tonnes of cargo a year on the "
        "route by 2030. Last year 4.6 million tonnes crossed between the two countries' ports.",
        "## Why a single rate matters",
        "For years the sea leg has been the least predictable part of the journey. A "
        "container arriving at Aktau by rail from China might pay a port fee in Kazakhstan, "
        "a ferry or feeder charge, another set of handling fees at Alat and, depending on the "
        "operator, surcharges for waiting time. Freight forwarders say they often learned the "
        "final price only after the box had crossed.",
        "“Cheaper crossings mean fuller ships, and fuller ships mean the next price cut pays "
        "for itself,” Mr Mammadli said at the ceremony, which took place at 12:30.",
        "His Kazakh counterpart spoke of removing borders from the calculation. “A container "
        "should not care which flag flies over the quay,” Mr Baimukhanov said.",
        "## Paperwork next",
        "From January 2027, the two countries plan to introduce a common electronic "
        "consignment note, allowing a container to be cleared once for the whole sea crossing. "
        "Officials at the port of Baku said this could cut the time a container spends at "
        "Alat by a day or more.",
        "Port operators were cautiously optimistic. An executive at the Alat container terminal, "
        "who was not authorised to speak publicly, said the terminal could handle "
        "significantly more volume with its current cranes and yard space, but that the "
        "number of ferry and feeder sailings would determine how quickly it arrived.",
        "Dinara Seitova, who heads the Almaty forwarder Caspian Link Logistics, made the same "
        "point from the other shore. “A cheap ticket is no use if the boat leaves next "
        "Tuesday,” she told Absheron Daily by phone.",
        "Forwarders in Baku said the saving would not reach every customer immediately, as "
        "many containers already booked for the summer were priced under older contracts.",
        "## Trade between the two countries",
        "Bilateral trade between Azerbaijan and Kazakhstan grew by 18 per cent last year to "
        "$742 million, from $629 million in 2024. Officials hope the agreement will also "
        "support trade in goods produced in the two countries, such as Kazakh grain and "
        "Azerbaijani fruit and vegetables, which currently make up a small share of the cargo "
        "crossing the sea.",
        "The agreement is to be reviewed by a joint working group once a year, which will be "
        "able to adjust the rate in line with fuel costs.",
    ],
)

_TR_TV = broadcast_page(
    site="Qazaq Broadcast News", host="qbn-news.example",
    path="/en/business/2026-05-14/caspian-container-rate-agreement",
    headline="Kazakhstan and Azerbaijan fix one rate for Caspian container crossings",
    desc="From July a 40-foot container will cross the Caspian for $1,450. Exporters and "
         "forwarders welcomed the deal but asked for more ferries.",
    section="Business", authors=["Aliya Dzhaksybekova"], author_role="Business correspondent",
    pub_iso="2026-05-14T19:40:00+05:00", pub_label="14 May 2026, 19:40",
    dateline="Astana",
    video="qbn-business-20260514-caspian",
    fig=("https://img.qbn-news.example/2026/05/14/aktau-port-containers.jpg",
         "Containers stacked at the port of Aktau",
         "Containers waiting for a ferry at the port of Aktau. Forwarders say sailings are "
         "still too infrequent.",
         "QBN / archive"),
    related=[("Aktau container hub: first phase opens to traffic",
              "/en/business/2026-03-02/aktau-hub-opens"),
             ("Grain exports via the Caspian hit a record in April",
              "/en/business/2026-05-06/grain-caspian-april"),
             ("Explainer: what is the Middle Corridor?",
              "/en/explainers/middle-corridor")],
    paras=[
        "Kazakhstan and Azerbaijan have agreed a single price for carrying containers across "
        "the Caspian Sea. The agreement was signed in Astana on Thursday by Transport Minister "
        "Yerzhan Baimukhanov and Azerbaijan's Minister of Digital Development and Transport, "
        "Rashad Mammadli, at a ceremony that began at 13:30 Astana time.",
        "From 1 July, shippers will pay $1,450, or about 740,000 tenge, to move a 40-foot "
        "container between the Kazakh ports of Aktau and Kuryk and Azerbaijan's Alat port. "
        "A 20-foot container will cost $820. At the moment, forwarders say, the same crossing "
        "costs around $1,900 for a large container once separate fees on both shores are "
        "added together.",
        "“A container should not care which flag flies over the quay. From July, it will not "
        "have to,” Baimukhanov said after the signing.",
        "## A bigger goal for 2030",
        "The ministers also set a target: 10 million tonnes of cargo a year on the route by "
        "2030. In 2025, 4.6 million tonnes moved between the two countries' Caspian ports. "
        "Two years ago, the two governments had spoken of 8 million tonnes by the end of the "
        "decade.",
        "The route across the Caspian is the central link of the so-called Middle Corridor, "
        "which carries goods by rail from China across Kazakhstan, by sea to Azerbaijan, and "
        "on through Georgia to Turkey and Europe. Traffic has grown since 2022, but shippers "
        "have long complained about cost and delays at sea.",
        "## Forwarders: price is half the problem",
        "In Almaty, Dinara Seitova, who runs the freight company Caspian Link Logistics, told "
        "QBN that a fixed rate would let her give customers a firm quote before their goods "
        "leave China. But she said the number of ferries mattered just as much.",
        "“A cheap ticket is no use if the boat leaves next Tuesday,” she said. Last year, she "
        "said, some of her containers waited more than a week at Aktau for space on a vessel.",
        "Kazakhstan has ordered new ferries and is expanding its container terminal at Aktau. "
        "The government says the extra capacity will start to come on line next year.",
        "## Less paperwork",
        "The agreement also promises to cut paperwork. From January 2027, both countries plan "
        "to use a single electronic consignment note, so that a container is checked once for "
        "the whole sea crossing instead of twice.",
        "The Azerbaijani minister said lower prices would pay off over time. “Cheaper crossings "
        "mean fuller ships,” Mammadli said, predicting that higher volumes would allow further "
        "cuts.",
        "A joint working group will review the rate once a year and will be able to adjust "
        "it if fuel costs change significantly, according to the text published by the "
        "Kazakh ministry after the ceremony.",
        "Shipping lines that operate ferries on the route have not yet said how they will "
        "share the through-rate with port operators. Officials said those details would be "
        "settled in commercial contracts before July.",
        "## Trade growing",
        "Trade between Kazakhstan and Azerbaijan reached $742 million last year, 18% more than "
        "in 2024. Most of the cargo crossing the sea, however, is transit traffic between "
        "China and Europe rather than goods made in either country.",
        "Kazakh grain exporters hope to benefit as well. The Grain Union of Kazakhstan said "
        "in a statement that a predictable price on the Caspian crossing could help wheat "
        "reach buyers in the South Caucasus and Turkey at lower cost.",
    ],
)

_TR_BRIEF = newsletter_page(
    site="Corridor Freight Brief", host="corridorbrief.example",
    path="/briefs/2026-05-18-one-rate-to-cross",
    headline="One rate to cross: reading the Kazakh–Azerbaijani Caspian deal",
    desc="The new through-rate, the 2030 tonnage goal, the e-consignment note, and what "
         "forwarders should do before 1 July.",
    section="Middle Corridor", authors=["Oliver Grant", "Gulnara Ismayilova"],
    issue="Brief 2026/19", pub_iso="2026-05-18T06:00:00+00:00",
    pub_label="Monday 18 May 2026",
    intro="The biggest story on the corridor last week was the Caspian through-rate agreement "
          "signed in Baku last Wednesday. Here is what is in it and what it means for your "
          "quotes.",
    in_this_issue=["The numbers", "The 2030 goal", "Paperwork", "What to do before July",
                   "Rates watch"],
    sponsor="Trans-Caspian Terminal Services",
    fig=("https://corridorbrief.example/img/2026-19/rate-comparison.png",
         "Bar chart comparing current and new Caspian crossing costs",
         "Current average cost of a 40-foot crossing (about $1,900) against the new "
         "through-rate of $1,450.",
         "Chart: Corridor Freight Brief; forwarder survey"),
    related=[("Brief 2026/14: why the Caspian leg costs what it does", "/briefs/2026-04-13"),
             ("Brief 2026/11: Aktau hub opens its first berth", "/briefs/2026-03-16"),
             ("Data: monthly Caspian container volumes", "/data/caspian-volumes")],
    paras=[
        "## The numbers",
        "Kazakhstan's Transport Minister Yerzhan Baimukhanov and Azerbaijan's Minister of "
        "Digital Development and Transport Rashad Mammadli signed the agreement in Baku on "
        "Wednesday, after a text was finalised by officials at talks in Astana in March. From "
        "1 July the sea leg between Aktau or Kuryk and the Port of Baku at Alat will be sold "
        "at one through-rate: $1,450 per FEU and $820 per TEU.",
        "Our own survey of eleven forwarders in April put the all-in average for an FEU at "
        "about $1,900, with a spread from $1,650 to $2,300 depending on operator, season and "
        "waiting time. The new rate is therefore about 24% below the average and below even "
        "the cheapest quote we saw. For TEUs the saving is similar: roughly $1,100 today "
        "against $820.",
        "For tenge- and manat-based customers, $1,450 works out at roughly KZT 740,000 and AZN "
        "2,465 at current rates. The rate is set in dollars, so currency risk stays with the "
        "shipper.",
        "## The 2030 goal",
        "The two governments want 10 million tonnes a year on the route by 2030. That compares "
        "with 4.6 million tonnes in 2025 and with the 8 million tonnes named in the 2024 "
        "memorandum, so the ambition has gone up even as the deadline stays the same.",
        "We are sceptical that price alone gets there. Reaching 10 million tonnes means adding "
        "more than a million tonnes a year, every year, and the limiting factor on the Caspian "
        "is vessel capacity, not demand. Dinara Seitova of Caspian Link Logistics summed it up "
        "neatly last week: “A cheap ticket is no use if the boat leaves next Tuesday.”",
        "Still, the ministers' logic is not silly. Mammadli's line was that “cheaper crossings "
        "mean fuller ships, and fuller ships mean the next price cut pays for itself”. That is "
        "true only if the ships exist. Kazakhstan's ferry orders will help from next year.",
        "## Paperwork",
        "The less-noticed part of the deal may matter more. A common electronic consignment "
        "note, due in January 2027, would let a box be cleared once for the whole crossing "
        "instead of at each end. Several readers have told us that paperwork, not sailing "
        "time, accounts for most of the days their containers spend in port.",
        "Baimukhanov framed the whole agreement as taking borders out of the calculation: “A "
        "container should not care which flag flies over the quay.” The consignment note is "
        "where that promise will be tested.",
        "## What to do before July",
        "If you are quoting for shipments that will cross after 1 July, build the new rate in "
        "now, but keep a margin for waiting time: the agreement does not yet say how demurrage "
        "will be handled when a container misses a sailing. We have asked both ministries and "
        "will report back.",
        "Check also whether your existing contracts with ferry operators include the port "
        "charges that the through-rate now bundles. Some do, and you may be paying twice "
        "during the transition.",
        "## Rates watch",
        "Bilateral trade between the two countries was $742 million last year, up 18% from "
        "$629 million in 2024. Rail rates from western China to Aktau were flat over the week; "
        "Poti and Batumi handling charges were unchanged.",
    ],
)

STORY_4 = _story("tr-KC4", "trade", "2026-05-20", [
    _page("https://www.caspianwire.example/business/kazakhstan-azerbaijan-caspian-container-rate-deal-2026-05-14/", _TR_WIRE),
    _page("https://www.absherondaily.example/economy/2026/05/15/caspian-through-rate-agreement", _TR_PAPER),
    _page("https://qbn-news.example/en/business/2026-05-14/caspian-container-rate-agreement", _TR_TV),
    _page("https://corridorbrief.example/briefs/2026-05-18-one-rate-to-cross", _TR_BRIEF),
], [
    ("city where the agreement was signed", r"\bbaku\b", r"\bastana\b"),
    ("2030 cargo goal for the route", r"\b10(?: million|m|-million) tonnes",
     r"\b12(?: million|m|-million) tonnes"),
    ("weekday of the signing", r"thursday", r"wednesday"),
])


# ===========================================================================
# rk-KC5 — Tulpar-1 first orbital test flight from Baikonur (CONTROL)
# ---------------------------------------------------------------------------
# Facts: Thu 10 Sep 2026, liftoff 09:42 Astana (UTC+5) = 04:42 UTC = 07:42 Moscow, Baikonur.
# Tulpar-1 (Ulytau Launch Systems, Almaty, founded 2019, ~260 staff, $48m ~ 24.5bn tenge): two
# stages, 21.4 m, 1.5 m, ~28 t, five engines; 300 kg to 500 km. Wed 9 Sep scrub at T-47 s
# (helium-line pressure sensor). Staging T+2:38, fairing T+3:10, cut-off T+8:55, release ~T+14
# min (09:56). Orbit ~520 km (~323 miles), 51.6 deg. Qalam-1 9 kg + Burkit 4 kg + 105 kg mass
# simulator = 118 kg. First Qalam-1 signal 11:34 Astana. Next flight Q1 2027, 160 kg customer.
# ===========================================================================

_RK_WIRE = wire_page(
    site="Steppe Press Agency", host="steppepress.example",
    path="/en/science/20260910/tulpar-1-reaches-orbit",
    headline="Kazakh-built Tulpar-1 rocket reaches orbit on first test flight",
    desc="Ulytau Launch Systems' small rocket lifted off from Baikonur at 09:42 Astana time "
         "and released two small satellites about 14 minutes later.",
    section="Science", authors=["Yerlan Abdrakhmanov"],
    dateline="BAIKONUR, Sept 10 (SPA)",
    pub_iso="2026-09-10T11:05:00+05:00", pub_label="10.09.2026 11:05 (Astana)",
    upd_iso="2026-09-10T12:10:00+05:00", upd_label="10.09.2026 12:10",
    fig=("https://steppepress.example/photo/2026/09/10/tulpar-liftoff.jpg",
         "A small rocket lifts off from a launch pad in the steppe",
         "Tulpar-1 lifts off from a refurbished pad at the Baikonur Cosmodrome on Thursday "
         "morning.",
         "SPA photo / Nurzhan Tulegenov"),
    related=[("Tulpar-1 launch called off 47 seconds before liftoff",
              "/en/science/20260909/tulpar-1-scrub"),
             ("Ulytau Launch Systems completes second-stage firing test",
              "/en/science/20260418/ulytau-second-stage-test"),
             ("Students in Karaganda finish cubesat for first Kazakh private launch",
              "/en/science/20260720/qalam-1-cubesat")],
    credit_line="Reporting by Yerlan Abdrakhmanov; editing by Zhanar Abdikarimova",
    paras=[
        "A small rocket built by the Almaty-based company Ulytau Launch Systems reached orbit "
        "on its first test flight on Thursday, making it the first privately developed "
        "Central Asian launcher to do so, the company said.",
        "The two-stage Tulpar-1 lifted off from a refurbished launch pad at the Baikonur "
        "Cosmodrome at 09:42 Astana time (04:42 GMT) under a clear sky. About 14 minutes "
        "later, at 09:56, it released two small satellites into an orbit roughly 520 "
        "kilometres above the Earth, flight controllers said.",
        "The launch came a day after a first attempt on Wednesday was called off 47 seconds "
        "before liftoff, when a sensor reported abnormal pressure in a helium line on the "
        "second stage. Engineers replaced the faulty sensor overnight.",
        "“We learned more in fourteen minutes this morning than in three years on the test "
        "stand,” the company's chief executive, Arman Kenzhebayev, told reporters at the "
        "cosmodrome.",
        "According to the company's flight data, the first stage shut down and separated 2 "
        "minutes 38 seconds after liftoff. The nose fairing was jettisoned at 3 minutes 10 "
        "seconds, and the second-stage engine shut down as planned at 8 minutes 55 seconds. "
        "The orbit's inclination is 51.6 degrees.",
        "Flight director Zhanna Ospanova said the trajectory had been very close to the "
        "prediction. “The second stage did exactly what the models said, to within a few "
        "metres per second,” she said.",
        "## Two satellites and a dummy",
        "The rocket carried two cubesats: Qalam-1, a 9-kilogram satellite built by university "
        "students in Karaganda to test a radio link and a small camera, and Burkit, a "
        "4-kilogram satellite from the Almaty start-up Shyn Labs, which is testing an "
        "Earth-imaging sensor. A 105-kilogram aluminium mass simulator, which remains attached "
        "to the second stage, brought the total payload to 118 kilograms.",
        "The company said it expected to hear from both cubesats when they next pass over "
        "Kazakhstan, around an hour and a half after release.",
        "The first stage fell in a designated drop zone in the Ulytau region, as planned, the "
        "Aerospace Committee of Kazakhstan's Ministry of Digital Development said. The "
        "committee's chairman, Daulet Sarsenov, congratulated the team and said the flight "
        "showed that Kazakhstan could develop launch services beyond its traditional role as "
        "host of the Baikonur Cosmodrome.",
        "In an update shortly after midday, the company said a ground station in Almaty had "
        "picked up the first signal from Qalam-1 at 11:34 Astana time.",
        "## Next flight in 2027",
        "Tulpar-1 is 21.4 metres tall and 1.5 metres in diameter and weighs about 28 tonnes at "
        "liftoff. Its first stage uses five kerosene and liquid oxygen engines. The company "
        "says the rocket can carry up to 300 kilograms to a 500-kilometre orbit.",
        "Ulytau Launch Systems, founded in 2019, employs about 260 people and has raised $48 "
        "million from private investors, according to the company. It plans a second flight "
        "in the first quarter of 2027, carrying a 160-kilogram satellite for a paying "
        "customer that it has not named.",
        "The company streamed the launch online, and several thousand people watched from "
        "Almaty, where students and staff gathered in a university hall to follow the "
        "flight of the Qalam-1 satellite.",
        "Baikonur, in Kyzylorda region, is leased by Russia and remains the launch site for "
        "Russian crewed missions. Kazakhstan has sought for years to expand its own use of "
        "the cosmodrome.",
    ],
)

_RK_LEDGER = newsletter_page(
    site="Orbit Ledger", host="orbitledger.example",
    path="/p/tulpar-1-makes-orbit",
    headline="Tulpar-1 makes orbit at the second try",
    desc="Ulytau Launch Systems' Tulpar-1 reached a 520 km orbit from Baikonur on 10 "
         "September. The numbers, the scrub, and what comes next.",
    section="Launch", authors=["Priya Raman"],
    issue="Orbit Ledger #241", pub_iso="2026-09-11T05:30:00+00:00",
    pub_label="11 September 2026",
    intro="A new small launcher reached orbit this week, from one of the oldest spaceports "
          "in the world. All times in this issue are UTC.",
    in_this_issue=["Tulpar-1: the flight", "Wednesday's scrub", "The payloads",
                   "The company and the money", "Next up"],
    sponsor="Steppe Ground Networks",
    fig=("https://orbitledger.example/img/241/tulpar1-ascent.jpg",
         "Rocket exhaust plume against a blue morning sky",
         "Tulpar-1 climbs away from Baikonur on 10 September.",
         "Photo: Ulytau Launch Systems"),
    related=[("#236: Central Asia's launch start-ups, ranked by hardware", "/p/central-asia-startups"),
             ("#229: Why 51.6 degrees is everyone's favourite inclination", "/p/inclinations"),
             ("Launch log: all orbital attempts in 2026", "/launch-log/2026")],
    paras=[
        "## Tulpar-1: the flight",
        "Ulytau Launch Systems' Tulpar-1 lifted off from Baikonur Cosmodrome in Kazakhstan at "
        "04:42 UTC on Thursday, 10 September, and reached orbit on its maiden flight. That is "
        "09:42 in Astana and 07:42 in Moscow, for those keeping local time.",
        "The profile was textbook. Main engine cut-off and stage separation came at T+2:38; "
        "the fairing came off at T+3:10; the single vacuum engine on the second stage ran "
        "until T+8:55. Payload release was at about T+14 minutes, into a roughly circular orbit "
        "of about 520 km (around 323 miles) at 51.6 degrees.",
        "Chief executive Arman Kenzhebayev's line for the cameras: “We learned more in fourteen "
        "minutes this morning than in three years on the test stand.” His flight director, "
        "Zhanna Ospanova, was more technical and, to us, more interesting: the second stage, "
        "she said, performed “to within a few metres per second” of the models.",
        "## Wednesday's scrub",
        "The first attempt, on Wednesday, 9 September, ended at T-47 seconds when a pressure "
        "transducer on a second-stage helium line read out of limits. The team swapped the "
        "sensor overnight and the line checked out clean on Thursday. Holding at T-47 s rather "
        "than at ignition is the better kind of abort: nothing had been lit, and recycling "
        "took less than 24 hours.",
        "## The payloads",
        "Tulpar-1 carried 118 kg in total. Most of that, 105 kg, was an aluminium mass "
        "simulator that stays bolted to the upper stage. The two free-flyers were Qalam-1, a "
        "9 kg 6U cubesat built by students in Karaganda, and Burkit, a 4 kg 3U from the Almaty "
        "start-up Shyn Labs carrying a small Earth-imaging sensor.",
        "Qalam-1 phoned home on its first pass back over Kazakhstan, at 06:34 UTC, via a "
        "ground station in Almaty. The company said Burkit's first contact came later in the "
        "day; we have not seen telemetry from it yet.",
        "## The vehicle",
        "Tulpar-1 is a two-stage kerosene-oxygen rocket, 21.4 m tall and 1.5 m across, with "
        "five engines on the first stage and a liftoff mass of about 28 tonnes. Quoted "
        "performance is 300 kg to a 500 km orbit, which puts it in the same class as several "
        "European and Asian small launchers still waiting for their first flight.",
        "The first stage came down in a designated impact zone in the Ulytau region of "
        "Kazakhstan. The company has said reusability is not on the roadmap for this "
        "vehicle.",
        "## The company and the money",
        "Ulytau Launch Systems was founded in 2019 and says it employs about 260 people. It "
        "has raised $48 million, a modest sum by launch-industry standards, which partly "
        "explains the conservative design. Flying from Baikonur gives it access to existing "
        "range and tracking infrastructure that a start-up could not otherwise afford.",
        "Kazakhstan's Aerospace Committee, whose chairman Daulet Sarsenov attended the launch, "
        "has been supportive. For a country that hosts one of the world's busiest spaceports "
        "but has rarely had a rocket of its own, that support is not hard to understand.",
        "## Next up",
        "Ulytau says the second Tulpar-1 will fly in the first quarter of 2027 with a 160 kg "
        "satellite for a paying customer. We will believe the schedule when the rocket is on "
        "the pad, as we do for everyone. But as first flights go, this one was about as clean "
        "as they get.",
    ],
)

_RK_PAPER = paper_page(
    site="Astana Courier", host="www.astanacourier.example",
    path="/science/2026/09/12/tulpar-1-what-it-means-for-kazakhstan",
    headline="A rocket of our own: what Tulpar-1's flight means for Kazakhstan's space plans",
    desc="The first orbital flight of a Kazakh-built rocket was a technical success. Whether "
         "it becomes a business depends on customers, and on Baikonur.",
    section="Science", kicker="Space",
    standfirst="Ulytau Launch Systems put two small satellites into orbit from Baikonur on "
               "Thursday. Its chief executive now has to find paying customers.",
    authors=["Askar Ibrayev"], author_role="Science and technology correspondent",
    dateline="ALMATY",
    pub_iso="2026-09-12T08:00:00+05:00", pub_label="12 September 2026, 08:00",
    edition="Saturday, 12 September 2026",
    bio="Askar Ibrayev writes about science, technology and the space industry.",
    comments=89,
    fig=("https://static.astanacourier.example/2026/09/ulytau-control-room.jpg",
         "Engineers watching screens in a control room",
         "Engineers at the Ulytau Launch Systems control centre in Almaty follow the flight "
         "on Thursday morning.",
         "Photo: Ulytau Launch Systems"),
    related=[("Karaganda students hear their satellite for the first time",
              "/science/2026/09/11/qalam-1-students"),
             ("Baikonur lease: what the agreement says about new launch sites",
              "/politics/2026/05/20/baikonur-lease-explainer"),
             ("Interview: Zhanna Ospanova on running a launch",
              "/science/2026/08/30/ospanova-interview")],
    most_read=[("A rocket of our own", "/science/2026/09/12/tulpar-1-what-it-means-for-kazakhstan"),
               ("Wheat harvest ahead of last year in the north", "/economy/2026/09/11/wheat"),
               ("Tenge edges lower against the dollar", "/economy/2026/09/11/tenge"),
               ("Astana to extend LRT line to the airport", "/city/2026/09/10/lrt")],
    paras=[
        "On Thursday morning, in a control room on the edge of Almaty, about forty engineers "
        "watched a line on a screen climb and then flatten out. At 09:56 Astana time the "
        "second stage of the Tulpar-1 rocket released two small satellites into orbit, and "
        "the room, according to people who were there, went briefly silent before anyone "
        "cheered.",
        "The flight, which began at 09:42 at a refurbished pad at Baikonur, was the first "
        "orbital launch of a rocket developed in Kazakhstan. It was also the first time a "
        "private company from Central Asia had reached orbit.",
        "“We learned more in fourteen minutes this morning than in three years on the test "
        "stand,” Arman Kenzhebayev, the chief executive of Ulytau Launch Systems, said "
        "afterwards, standing next to the pad with the ground still wet from the deluge "
        "water.",
        "## The scrub",
        "It nearly did not happen this week. On Wednesday the countdown stopped at T-minus 47 "
        "seconds after a sensor reported a pressure problem in a helium line on the second "
        "stage. The sensor turned out to be faulty and was replaced overnight. Russian range "
        "services at the cosmodrome, which work on Moscow time, set the new attempt for 07:42, "
        "the same moment as the 09:42 in Astana that the company's own countdown displayed.",
        "Flight director Zhanna Ospanova said that once the engines lit, everything went to "
        "plan. The first stage separated at 2 minutes 38 seconds and the second stage burned "
        "until 8 minutes 55 seconds into the flight, reaching an orbit about 520 kilometres "
        "high. “The second stage did exactly what the models said,” she said.",
        "## Small payloads, big hopes",
        "The cargo was modest: two cubesats weighing 9 and 4 kilograms and a 105-kilogram "
        "aluminium block to simulate a heavier satellite, 118 kilograms altogether. The "
        "smaller of the two satellites, Burkit, belongs to the Almaty start-up Shyn Labs. The "
        "larger, Qalam-1, was built by students in Karaganda. Its first signal reached a "
        "ground station at 11:34, about an hour and a half after it left the rocket.",
        "Tulpar-1 can in principle carry up to 300 kilograms to a 500-kilometre orbit. That "
        "makes it a small rocket by global standards, suited to the growing number of "
        "companies and universities that build light satellites and want to launch them on "
        "their own schedule rather than as passengers on larger rockets.",
        "## The business question",
        "Ulytau has raised $48 million, about 24.5 billion tenge, from private investors since "
        "it was founded in 2019. It now employs around 260 people, most of them in Almaty. "
        "To keep going, it needs customers. Kenzhebayev says the company has one for its "
        "second flight, planned for the first quarter of 2027: a 160-kilogram satellite for "
        "a client he would not name.",
        "The chairman of the Aerospace Committee, Daulet Sarsenov, said the government would "
        "support the company in negotiations over access to Baikonur, which Russia leases and "
        "operates. The first stage of Thursday's rocket fell, as planned, in a drop zone in "
        "the Ulytau region, which gave the company its name.",
        "For the engineers in Almaty, the week ended with a photograph taken from Burkit, "
        "blurry and tilted, showing a sliver of the Caspian coast. It was, one of them said, "
        "the best picture he had ever seen.",
    ],
)

STORY_5 = _story("rk-KC5", "rocket", "2026-09-14", [
    _page("https://steppepress.example/en/science/20260910/tulpar-1-reaches-orbit", _RK_WIRE),
    _page("https://orbitledger.example/p/tulpar-1-makes-orbit", _RK_LEDGER),
    _page("https://www.astanacourier.example/science/2026/09/12/tulpar-1-what-it-means-for-kazakhstan", _RK_PAPER),
], [])


# ===========================================================================
# eq-KC6 — Earthquake in Kochkor district, Naryn region, Kyrgyzstan (CONTROL)
# ---------------------------------------------------------------------------
# Facts: M5.8, 03:17 local (UTC+6) Tue 17 Nov 2026 = 21:17 GMT Mon 16 Nov = 02:17 Almaty;
# 34 km south-west of Kochkor, Naryn region, ~120 km south-east of Bishkek; depth 12 km.
# Aftershock M4.6 at 05:52; 11 aftershocks by 09:00, 27 by 19:00, 34 by 08:00 Wed. Tolls: 06:30
# 2 dead/14 injured; 12:00 4/31; 19:00 6/47; Wed 08:00 6/52 (19 in hospital); dead: 4 Kara-Bulak,
# 2 Ak-Kiya. Homes: 120+ by noon; 214 (38 uninhabitable) by 19:00; 356 (41) Wed 08:00. Kochkor-
# Chaek road blocked ~5 h, reopened 08:40. 420 tents, ~1,300 sheltering; -9 C.
# ===========================================================================

_EQ_LIVE = live_page(
    site="Ala-Too Live", host="alatoo-live.example",
    path="/live/2026/11/17/earthquake-naryn-kochkor",
    headline="Earthquake in Naryn region: live updates",
    desc="A magnitude 5.8 earthquake struck south-west of Kochkor early on Tuesday. Follow "
         "the latest on casualties, damage and aftershocks.",
    section="Society", authors=["Aibek Toktogulov", "Meerim Zhusupova"],
    pub_iso="2026-11-17T03:40:00+06:00", pub_label="17 November 2026, 03:40",
    upd_iso="2026-11-17T19:30:00+06:00", upd_label="17 November 2026, 19:30",
    fig=("https://alatoo-live.example/media/2026/11/17/kara-bulak-house.jpg",
         "A collapsed adobe house with rescuers in orange jackets",
         "Rescuers search a collapsed adobe house in Kara-Bulak, Kochkor district, on Tuesday "
         "morning.",
         "Photo: Ministry of Emergency Situations"),
    related=[("How to prepare an emergency bag: a checklist",
              "/society/2025/04/02/emergency-bag"),
             ("Why adobe houses are dangerous in earthquakes",
              "/society/2024/09/12/adobe-houses"),
             ("Naryn region: winter road conditions", "/society/2026/11/10/naryn-roads")],
    summary=[
        "Magnitude 5.8 earthquake at 03:17 local time, 34 km south-west of Kochkor",
        "As of 19:00, the Ministry of Emergency Situations reports 6 dead and 47 injured",
        "214 homes damaged, 38 of them uninhabitable, according to the evening count",
        "Strongest aftershock so far: magnitude 4.6 at 05:52",
    ],
    entries=[
        ("2026-11-17T19:30:00+06:00", "19:30", "Evening figures: six dead, 47 injured", [
            "At the ministry's evening briefing at 19:00, spokeswoman Aizada Bekmuratova said "
            "six people had died and 47 had been injured. Four of the dead were in Kara-Bulak "
            "and two in Ak-Kiya. Survey teams have counted 214 damaged homes, 38 of them "
            "uninhabitable.",
            "The Institute of Seismology has recorded 27 aftershocks since the main quake. "
            "We are closing this live page for the night; follow our news section for "
            "updates on Wednesday.",
        ]),
        ("2026-11-17T16:10:00+06:00", "16:10", "Government commission, tents arrive", [
            "The cabinet has set up a government commission headed by deputy chairman of the "
            "cabinet Talant Abdykerimov, who is travelling to Kochkor. Trucks carrying 420 "
            "tents, stoves and blankets have reached the district, the ministry says. "
            "Temperatures are expected to fall to minus 9 degrees tonight.",
            "District akim Nurbek Usonov told us the pattern of damage was clear. “The old "
            "adobe houses came down. The ones built after 2010 with concrete frames are "
            "standing,” he said.",
        ]),
        ("2026-11-17T14:30:00+06:00", "14:30", "Kochkor hospital under strain", [
            "Doctors at the district hospital in Kochkor say most of the injured have cuts, "
            "bruises and broken bones, many from falling roof beams and bricks. Several "
            "people with serious injuries have been taken to Bishkek by ambulance.",
            "Volunteers in Bishkek have begun collecting warm clothes and blankets. We will "
            "publish a list of verified collection points shortly.",
        ]),
        ("2026-11-17T12:15:00+06:00", "12:15", "Toll rises to four", [
            "The emergency ministry's midday update, as of 12:00: four dead and 31 injured. "
            "Rescuers recovered the body of a man in Ak-Kiya from under the roof of a barn. "
            "At least 120 houses are damaged, the ministry says, but survey teams have not yet "
            "reached all the outlying farms.",
        ]),
        ("2026-11-17T09:40:00+06:00", "09:40", "Road reopened, schools closed", [
            "The road between Kochkor and Chaek, blocked by a landslide after the earthquake, "
            "reopened at 08:40 after about five hours of work by road crews. Schools in "
            "Kochkor district will stay closed for the rest of the week while buildings are "
            "checked. By 09:00 seismologists had counted 11 aftershocks.",
        ]),
        ("2026-11-17T08:15:00+06:00", "08:15", "Felt in Almaty, no damage in Kazakhstan", [
            "In Almaty, where clocks read 02:17 when the shaking started, residents also "
            "reported swaying lamps and rattling windows. Kazakhstan's emergencies ministry "
            "says there are no reports of damage in the country.",
            "Back in Kochkor district, people in Kara-Bulak told our reporter by phone that "
            "almost every adobe house in the lower part of the village has cracked walls.",
        ]),
        ("2026-11-17T06:45:00+06:00", "06:45", "First casualty figures", [
            "The Ministry of Emergency Situations says that as of 06:30 two people have died "
            "and 14 have been injured. Both of the dead were in the village of Kara-Bulak, "
            "where an elderly couple were killed when the walls of their adobe house "
            "collapsed.",
        ]),
        ("2026-11-17T05:58:00+06:00", "05:58", "Strong aftershock", [
            "A strong aftershock was felt at 05:52. The Institute of Seismology puts its "
            "magnitude at 4.6. People in Kochkor told us they ran outside again and many are "
            "now waiting in cars.",
        ]),
        ("2026-11-17T04:20:00+06:00", "04:20", "Magnitude 5.8, epicentre in Kochkor district", [
            "The Institute of Seismology of the National Academy of Sciences says the "
            "earthquake had a magnitude of 5.8. The epicentre was 34 kilometres south-west of "
            "the village of Kochkor in Naryn region, at a depth of 12 kilometres.",
            "That is roughly 120 km south-east of Bishkek. Readers in Balykchy, Naryn and "
            "Almaty also report feeling it.",
        ]),
        ("2026-11-17T03:40:00+06:00", "03:40", "Strong tremor felt in Bishkek", [
            "A strong tremor was felt in Bishkek at 03:17. Many readers say they were woken by "
            "shaking lasting 10 to 15 seconds; chandeliers swung and car alarms went off in "
            "the city centre. We are trying to establish where the earthquake was centred.",
        ]),
    ],
)

_EQ_TV = broadcast_page(
    site="CAWS News", host="www.caws-news.example",
    path="/news/world-asia-central-2026-11-17-kyrgyzstan-earthquake",
    headline="Kyrgyzstan earthquake: six killed as families face freezing night",
    desc="Six people have died and 47 have been injured after a magnitude 5.8 earthquake hit "
         "central Kyrgyzstan, officials say.",
    section="Asia", authors=["Claire Holloway", "Nurlan Abdyldaev"],
    author_role="CAWS News, London and Bishkek",
    pub_iso="2026-11-17T14:40:00+00:00", pub_label="17 November 2026, 14:40 GMT",
    video="caws-20261117-kyrgyz-quake",
    fig=("https://ichef.caws-news.example/news/2026/11/17/tents-kochkor.jpg",
         "Tents set up in a snowy field",
         "Emergency workers put up tents for families near Kochkor on Tuesday afternoon.",
         "Getty Images / Talgat Beishenov"),
    related=[("Why Central Asia is earthquake country", "/news/science-central-asia-quakes"),
             ("Kyrgyzstan profile", "/news/world-asia-kyrgyzstan-profile"),
             ("Turkey earthquake anniversary: rebuilding in concrete",
              "/news/world-europe-rebuilding")],
    paras=[
        "At least six people have been killed and 47 injured by an earthquake in central "
        "Kyrgyzstan, the country's emergencies ministry says.",
        "The magnitude 5.8 earthquake struck at 21:17 GMT on Monday, which was 03:17 on "
        "Tuesday morning local time, when most people were asleep. Its epicentre was in "
        "Naryn region, about 120km (75 miles) south-east of the capital, Bishkek.",
        "The worst damage was in villages in the Kochkor district, where hundreds of homes "
        "are built from adobe, a traditional mud brick that gives way easily in strong "
        "shaking. By Tuesday evening, survey teams had found 214 damaged houses, 38 of which "
        "could no longer be lived in.",
        "The death toll rose steadily through the day as rescuers reached outlying villages. "
        "The emergencies ministry reported two deaths early on Tuesday morning and four by "
        "midday. Its figures at 19:00 local time (13:00 GMT) put the toll at six, with 47 "
        "people hurt.",
        "## “We ran outside in our socks”",
        "Gulzat, a 34-year-old teacher in the village of Ak-Kiya, told CAWS News by phone that "
        "the shaking was so violent she could not stand up. “We ran outside in our socks with "
        "the children. The wall of the room where my son sleeps fell in a few minutes later,” "
        "she said. Two people died in her village.",
        "The ministry says more than 400 tents have been delivered, and about 1,300 people "
        "are spending the night in tents or with relatives. Overnight temperatures in the "
        "mountains are forecast to fall to -9C (16F).",
        "A strong aftershock of magnitude 4.6 hit less than three hours after the main "
        "earthquake, at 05:52 local time. By Tuesday evening, 27 aftershocks had been "
        "recorded, according to the Institute of Seismology in Bishkek.",
        "Early on Tuesday a landslide set off by the shaking blocked the road between "
        "Kochkor and Chaek for about five hours. Most of the injured were treated at the "
        "district hospital in Kochkor, while several people with serious injuries were "
        "taken to Bishkek by ambulance.",
        "## Why do earthquakes hit Kyrgyzstan?",
        "Kyrgyzstan sits in the Tien Shan mountains, which are still being pushed upwards by "
        "the slow collision of the Indian and Eurasian tectonic plates thousands of "
        "kilometres to the south.",
        "“This part of the Tien Shan is being squeezed from south to north,” said Elmira "
        "Asanova, a seismologist at the Institute of Seismology. “It releases the strain in "
        "jolts like this one, and the next one could come in a week or in thirty years.”",
        "The earthquake was also felt in Almaty, Kazakhstan's largest city, where it was "
        "02:17 when the ground began to shake. There were no reports of damage there.",
        "## Government response",
        "Kyrgyzstan's government has set up a commission, headed by deputy cabinet chairman "
        "Talant Abdykerimov, to coordinate relief. Schools across Kochkor district will be "
        "closed for the rest of the week.",
        "The local district head, Nurbek Usonov, said newer buildings had survived. “The old "
        "adobe houses came down. The ones built after 2010 with concrete frames are "
        "standing,” he said.",
        "Engineers are expected to continue inspecting homes on Wednesday, and officials have "
        "warned that the number of damaged buildings is likely to rise.",
    ],
)

_EQ_PAPER = paper_page(
    site="Tian Shan Herald", host="www.tianshanherald.example",
    path="/society/2026/11/18/kochkor-after-the-earthquake",
    headline="After the quake, Kochkor counts its houses",
    desc="A day after the magnitude 5.8 earthquake, survey teams in Kochkor district found "
         "more damage than first reported. Six people died.",
    section="Society", kicker="Naryn earthquake",
    standfirst="The toll stood at six dead and 52 injured on Wednesday morning. Families "
               "spent a freezing night in tents as engineers began checking every building.",
    authors=["Cholpon Imanalieva"], author_role="Special correspondent in Kochkor",
    dateline="KOCHKOR, Naryn region",
    pub_iso=None, pub_label="Wednesday, 18 November 2026",
    edition="Wednesday, 18 November 2026 · Bishkek",
    bio="Cholpon Imanalieva reports on the regions for the Tian Shan Herald.",
    comments=41,
    fig=("https://img.tianshanherald.example/2026/11/18/ak-kiya-tents-morning.jpg",
         "Families stand outside tents on frosty ground",
         "Families outside their tents in Ak-Kiya on Wednesday morning after a night of hard "
         "frost.",
         "Photo: Daniyar Kasymaliev / Tian Shan Herald"),
    related=[("Live: earthquake in Naryn region, Tuesday's updates",
              "/society/2026/11/17/earthquake-live"),
             ("How to help: verified collection points in Bishkek",
              "/society/2026/11/17/how-to-help"),
             ("Editorial: the adobe question cannot wait",
              "/opinion/2026/11/18/adobe-question")],
    most_read=[("After the quake, Kochkor counts its houses",
                "/society/2026/11/18/kochkor-after-the-earthquake"),
               ("Som steady after central bank intervention", "/economy/2026/11/17/som"),
               ("Bishkek heating season: complaints rise", "/city/2026/11/16/heating"),
               ("Kyrgyz wrestlers win three golds in Tashkent", "/sport/2026/11/16/wrestling")],
    paras=[
        "By the time the sun came up over the valley on Wednesday, the frost lay thick on the "
        "tents in the schoolyard of Ak-Kiya, and the engineers had already started their "
        "rounds. Clipboards in hand, they walked from house to house, painting a green, "
        "yellow or red mark on each gate: safe, needs repair, do not enter.",
        "The earthquake that struck here at 03:17 on Tuesday morning, with a magnitude of 5.8 "
        "and an epicentre 34 kilometres south-west of Kochkor, killed six people: four in the "
        "village of Kara-Bulak and two here in Ak-Kiya. As of 08:00 on Wednesday, the "
        "Ministry of Emergency Situations said 52 people had been injured, 19 of whom remained "
        "in hospital.",
        "The count of damaged homes has risen sharply as teams reached the farms scattered "
        "along the side valleys. On Tuesday evening the figure was 214, of which 38 were "
        "uninhabitable. By Wednesday morning it was 356, with 41 uninhabitable.",
        "## “They just sat down”",
        "Most of the houses marked red are built of adobe, the sun-dried mud brick that has "
        "been used in these villages for generations. It is cheap, warm in winter and easy to "
        "repair, and it fails in an earthquake in a particular way. “The walls did not fall "
        "outwards. They just sat down, straight down, and the roof came with them,” said "
        "Bolot, whose neighbours in Kara-Bulak were among the dead.",
        "The elderly couple, both in their seventies, were killed in their sleep. Their son, "
        "who lives in Bishkek, arrived on Tuesday afternoon.",
        "District akim Nurbek Usonov, who has barely slept since the earthquake, put it more "
        "bluntly. “The old adobe houses came down. The ones built after 2010 with concrete "
        "frames are standing,” he said, pointing at a two-storey house across the road that "
        "had lost only a few roof tiles.",
        "## A long night in the tents",
        "Around 1,300 people spent Tuesday night in tents or in the homes of relatives, the "
        "ministry said. The temperature in the valley fell to minus 9 degrees. Each of the "
        "420 tents delivered by the ministry came with a small iron stove, and volunteers from "
        "Kochkor brought coal and bread.",
        "The ground kept moving. The Institute of Seismology has recorded 34 aftershocks since "
        "the main earthquake, the strongest a magnitude 4.6 tremor at 05:52 on Tuesday. Most "
        "of the later ones were too weak to feel, but each one that was felt sent people back "
        "out of the houses marked green.",
        "Seismologist Elmira Asanova said residents should expect more. “This part of the Tien "
        "Shan is being squeezed from south to north. It releases the strain in jolts like this "
        "one,” she said, adding that aftershocks could continue for weeks.",
        "## The commission arrives",
        "Talant Abdykerimov, the deputy chairman of the cabinet who heads the government "
        "commission on the disaster, arrived in Kochkor late on Tuesday and visited Kara-Bulak "
        "on Wednesday morning. He said families whose homes were destroyed would receive "
        "temporary housing before the worst of winter and that the government would look at "
        "a programme to help them rebuild with reinforced frames.",
        "For many, that promise matters more than anything else this week. “We can live in a "
        "tent for a month,” said Gulzat, a teacher in Ak-Kiya. “Not for the winter.”",
        "Schools in the district will remain closed until the end of the week. The road to "
        "Chaek, cut by a landslide for about five hours on Tuesday morning, is open again.",
    ],
)

STORY_6 = _story("eq-KC6", "earthquake", "2026-11-20", [
    _page("https://alatoo-live.example/live/2026/11/17/earthquake-naryn-kochkor", _EQ_LIVE),
    _page("https://www.caws-news.example/news/world-asia-central-2026-11-17-kyrgyzstan-earthquake", _EQ_TV),
    _page("https://www.tianshanherald.example/society/2026/11/18/kochkor-after-the-earthquake", _EQ_PAPER),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
