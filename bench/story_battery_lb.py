"""Part LB of the story battery (web pages).

Written by engineer LB1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LB1: Bank of Ghana cuts its policy rate 200 bp to 18.5% (22 July 2026); CONTROL; traps: bp vs points, 2 p.m. Accra / 3 p.m. Lagos / "yesterday", May's 100 bp cut, 5-2 split vs 150 bp dissent, inflation 9.4% vs May 10.7%, 300 bp cumulative easing, 17.5% year-end forecast, quotes cut differently.
el-LB2: Ogun East senatorial by-election won by Folasade Adeyinka-Coker (14-15 March 2026); PLANTED: runner-up's tally 63,058 (Ogun Waves FM) vs 61,058, winner spelt "Folashade" (Ijebu Today); traps: Sagamu LGA partial tallies, 2023 result, declaration 5:10 a.m. WAT / 04:10 GMT, turnout rounding, accredited vs cast.
ct-LB3: Dakar financial court jails groundnut exporter chief over 3.8 bn CFA VAT-refund fraud (21 May 2026); CONTROL; traps: five years with two suspended / three to serve, prosecutor sought seven, co-defendant's suspended two years, CFA vs euro/dollar, live-blog timestamps, acquittals.
tr-LB4: Cote d'Ivoire first-half 2026 trade surplus of 1,725 bn CFA (INS release, 17 Aug 2026); PLANTED: release day Tuesday (Pan-African Business Radio) vs Monday, export growth 7.4% (Lagune Business Daily) vs 8.6%, top destination Belgium (Cocoa Desk Weekly) vs the Netherlands; traps: CFA vs euro, H1 2025 comparisons, shares vs values, import growth.
rk-LB5: NASRDA's Zuma-2 sounding rocket reaches 112 km from the Ibeju-Lekki coast (19 Sept 2026); PLANTED: liftoff 7:42 a.m. (Coastline TV) vs 6:42 a.m. WAT, Garba-Adamu as deputy director-general (Abuja Chronicle) vs director-general; traps: 05:42 GMT, km vs miles, scrubbed Thursday attempt, Zuma-1's 31 km record, recovery hours later.
eq-LB6: M4.8 earthquake near Weija, west of Accra (8 Nov 2026, 23:52 GMT); CONTROL; traps: preliminary 4.5 revised to 4.8, 3.1 aftershock, injured count growing 4 -> 7 -> 12 -> 19 with moments, damaged buildings 38 -> 81 -> 126, 00:52 WAT Monday, distance vs "near Weija".
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _jsonld(headline: str, description: str, url: str, site: str, host: str,
            published: str | None, modified: str | None, author: str,
            section: str, image: str, kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": description,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [f"https://{host}{image}"],
        "articleSection": section,
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{host}/static/logo.png"}},
    }
    if published:
        data["datePublished"] = published
        data["dateModified"] = modified or published
    return ('<script type="application/ld+json">'
            + json.dumps(data, indent=1).replace("</", "<\\/") + "</script>")


def _head(title: str, description: str, url: str, site: str, host: str,
          published: str | None, modified: str | None, author: str, section: str,
          image: str, lang: str = "en", css: str = "main", kind: str = "NewsArticle",
          keywords: str = "") -> str:
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<meta name="author" content="{_a(author)}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(title)}">',
        f'<meta property="og:description" content="{_a(description)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://{host}{image}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta property="article:section" content="{_a(section)}">',
    ]
    if keywords:
        meta.append(f'<meta name="keywords" content="{_a(keywords)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
        meta.append(f'<meta property="article:modified_time" content="{modified or published}">')
    meta.append(f'<link rel="stylesheet" href="https://{host}/assets/{css}.css">')
    meta.append(f'<link rel="icon" href="https://{host}/favicon.ico">')
    meta.append(_jsonld(title.split(" | ")[0].split(" - ")[0], description, url, site, host,
                        published, modified, author, section, image, kind))
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(meta) + "\n</head>\n"


def _nav(site: str, host: str, items: list[str], cls: str = "site-nav") -> str:
    links = "".join(f'<li><a href="https://{host}/{i.lower().replace(" ", "-")}/">{_e(i)}</a></li>'
                    for i in items)
    return (f'<header class="masthead"><a class="logo" href="https://{host}/">{_e(site)}</a>'
            f'<nav class="{cls}" aria-label="Main"><ul>{links}</ul></nav>'
            f'<form class="search" action="https://{host}/search"><input name="q" '
            f'placeholder="Search"><button type="submit">Go</button></form></header>\n')


def _cookie(site: str, text: str = "") -> str:
    msg = text or (f"{site} and its partners use cookies to run the site, measure traffic and show advertising. Accept all cookies or choose which ones we set.")
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{_e(msg)}</p>'
            '<button class="accept">Accept all</button><button class="reject">Reject '
            'non-essential</button><a href="/privacy/">Privacy policy</a></div>\n')


def _share(url: str, label: str = "Share this story") -> str:
    u = _a(url)
    return (f'<div class="share-tools"><span>{_e(label)}</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
            f'<a href="https://x.com/intent/post?url={u}">X</a>'
            f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a>'
            f'<a href="https://wa.me/?text={u}">WhatsApp</a>'
            f'<a href="mailto:?body={u}">Email</a>'
            '<button class="copy-link">Copy link</button></div>\n')


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<div class="ad-slot" data-slot="{slot}" data-size="{size}">'
            '<span class="ad-label">Advertisement</span></div>\n')


def _figure(src: str, caption: str, credit: str) -> str:
    return (f'<figure class="lead-image"><img src="{_a(src)}" alt="{_a(caption)}" '
            f'loading="lazy"><figcaption>{_e(caption)} '
            f'<span class="credit">{_e(credit)}</span></figcaption></figure>\n')


def _related(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<aside class="related"><h3>{_e(title)}</h3><ul>{items}</ul></aside>\n'


def _body(paras: list[str], dateline: str = "", ad_prefix: str = "inart") -> str:
    out: list[str] = []
    first = True
    n_ad = 0
    for p in paras:
        if p == "[AD]":
            n_ad += 1
            out.append(_ad(f"{ad_prefix}-{n_ad}"))
        elif p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>\n")
        elif p.startswith("[FIG]"):
            src, cap, cred = p[5:].split("||")
            out.append(_figure(src, cap, cred))
        else:
            if first and dateline:
                out.append(f'<p><span class="dateline">{_e(dateline)}</span> {_e(p)}</p>\n')
            else:
                out.append(f"<p>{_e(p)}</p>\n")
            first = False
    return "".join(out)


def _footer(site: str, host: str, year: str = "2026", extra: str = "") -> str:
    return (f'<footer class="site-footer"><ul><li><a href="https://{host}/about/">About us</a></li>'
            f'<li><a href="https://{host}/contact/">Contact</a></li>'
            f'<li><a href="https://{host}/advertise/">Advertise</a></li>'
            f'<li><a href="https://{host}/terms/">Terms of use</a></li>'
            f'<li><a href="https://{host}/privacy/">Privacy</a></li></ul>'
            f'{("<p>" + _e(extra) + "</p>") if extra else ""}'
            f'<p class="copyright">&copy; {year} {_e(site)}. All rights reserved.</p></footer>\n')


# Page templates, one per kind of outlet.

def _wire_page(*, site: str, host: str, url: str, headline: str, summary: str,
               published: str | None, modified: str | None, date_line: str, author: str,
               dateline: str, paras: list[str], figure: tuple[str, str, str],
               related: list[tuple[str, str]], credits: str, section: str = "World") -> str:
    """Wire service: sparse layout, slug line, reporting credits at the foot."""
    head = _head(f"{headline} | {site}", summary, url, site, host, published, modified,
                 author, section, figure[0], css="wire")
    return (head + '<body class="wire-story">\n' + _cookie(site)
            + _nav(site, host, ["World", "Africa", "Business", "Markets", "Sustainability",
                                "Technology", "Pictures"])
            + _ad("leaderboard", "728x90")
            + '<main id="content"><article class="story" itemscope>\n'
            + f'<p class="kicker">{_e(section)}</p>\n<h1>{_e(headline)}</h1>\n'
            + f'<div class="byline">By <a rel="author" href="https://{host}/authors/'
            + f'{_a(author.lower().replace(" ", "-"))}/">{_e(author)}</a></div>\n'
            + f'<time class="published">{_e(date_line)}</time>\n'
            + _share(url)
            + _figure(*figure)
            + '<div class="story-body">\n' + _body(paras, dateline, "wire") + "</div>\n"
            + f'<p class="credits">{_e(credits)}</p>\n'
            + '<p class="standards"><a href="https://' + host + '/trust-principles/">Our '
            + "standards: The Trust Principles.</a></p>\n"
            + "</article>\n"
            + _related("More from " + site, related)
            + "</main>\n" + _footer(site, host)
            + "</body>\n</html>\n")


def _paper_page(*, site: str, host: str, url: str, headline: str, standfirst: str,
                published: str | None, modified: str | None, date_line: str, author: str,
                author_role: str, dateline: str, paras: list[str],
                figure: tuple[str, str, str], related: list[tuple[str, str]],
                section: str, tags: list[str], sep: str = " | ") -> str:
    """National newspaper: section nav, standfirst, author box, tags, comments."""
    head = _head(f"{headline}{sep}{site}", standfirst, url, site, host, published, modified,
                 author, section, figure[0], css="paper", keywords=", ".join(tags))
    tag_html = "".join(f'<a class="tag" href="https://{host}/tag/{_a(t.lower().replace(" ", "-"))}/">'
                       f"{_e(t)}</a>" for t in tags)
    return (head + '<body class="article-page">\n' + _cookie(site)
            + '<div class="top-bar"><span>Today\'s paper</span><a href="/subscribe/">Subscribe'
            + '</a><a href="/login/">Sign in</a></div>\n'
            + _nav(site, host, ["News", "Politics", "Business", "Opinion", "Sport",
                                "Lifestyle", "Features", "E-paper"])
            + _ad("top-banner", "970x250")
            + f'<main><nav class="breadcrumb"><a href="https://{host}/">Home</a> &rsaquo; '
            + f'<a href="https://{host}/{_a(section.lower())}/">{_e(section)}</a></nav>\n'
            + '<article class="article">\n'
            + f"<h1>{_e(headline)}</h1>\n<p class=\"standfirst\">{_e(standfirst)}</p>\n"
            + f'<div class="meta"><span class="byline">By {_e(author)}</span>, '
            + f'<span class="role">{_e(author_role)}</span> &middot; '
            + f'<span class="date">{_e(date_line)}</span></div>\n'
            + _share(url, "Share")
            + _figure(*figure)
            + '<div class="article-body">\n' + _body(paras, dateline, "paper") + "</div>\n"
            + f'<div class="tags">{tag_html}</div>\n'
            + f'<div class="author-box"><strong>{_e(author)}</strong> is {_e(author_role)} '
            + f"at {_e(site)}.</div>\n"
            + '<section class="comments"><h3>Comments</h3><p>Comments are moderated and '
            + "may take some time to appear.</p></section>\n"
            + "</article>\n"
            + _related("Read more", related)
            + _ad("sidebar-mpu")
            + "</main>\n" + _footer(site, host) + "</body>\n</html>\n")


def _broadcast_page(*, site: str, host: str, url: str, headline: str, summary: str,
                    published: str | None, modified: str | None, date_line: str, author: str,
                    dateline: str, paras: list[str], figure: tuple[str, str, str],
                    related: list[tuple[str, str]], video_title: str,
                    section: str = "News", sep: str = " - ") -> str:
    """Broadcaster: live-TV strip, video player, programme promos."""
    head = _head(f"{headline}{sep}{site}", summary, url, site, host, published, modified,
                 author, section, figure[0], css="broadcast")
    return (head + '<body class="tv-article">\n'
            + _cookie(site, f"We use cookies and similar tools on {site} to remember your settings, to stream video and to understand how our pages are used.")
            + _nav(site, host, ["Home", "News", "Business", "Sport", "Watch live",
                                "Listen", "Programmes", "Weather"])
            + '<div class="live-strip"><a href="/live/">Watch live</a> <span>On air now: '
            + "The Evening Bulletin</span></div>\n"
            + "<main>\n"
            + '<article class="news-article">\n'
            + f'<span class="section-label">{_e(section)}</span>\n<h1>{_e(headline)}</h1>\n'
            + f'<p class="summary">{_e(summary)}</p>\n'
            + f'<div class="article-meta"><span class="author">{_e(author)}</span> '
            + f'<time>{_e(date_line)}</time></div>\n'
            + '<div class="video-player" data-provider="jw"><div class="poster">'
            + f"<img src=\"{_a(figure[0])}\" alt=\"\"></div><p class=\"video-caption\">"
            + f"VIDEO: {_e(video_title)}</p></div>\n"
            + _share(url, "Share")
            + '<div class="article-text">\n' + _body(paras, dateline, "tv") + "</div>\n"
            + _figure(*figure)
            + "</article>\n"
            + _related("Related stories", related)
            + _ad("mpu-right")
            + '<section class="promo"><h3>Programmes</h3><p>Catch up on our shows on demand.'
            + "</p></section>\n"
            + "</main>\n" + _footer(site, host, extra="Not responsible for the content of external sites.") + "</body>\n</html>\n")


def _local_page(*, site: str, host: str, url: str, headline: str, summary: str,
                published: str | None, modified: str | None, date_line: str, author: str,
                dateline: str, paras: list[str], figure: tuple[str, str, str],
                related: list[tuple[str, str]], section: str = "Local News",
                sep: str = " - ") -> str:
    """Local news site: busy sidebar, WhatsApp channel promo, trending list."""
    head = _head(f"{headline}{sep}{site}", summary, url, site, host, published, modified,
                 author, section, figure[0], css="local")
    return (head + '<body class="single-post">\n' + _cookie(site)
            + '<div class="breaking-ticker"><strong>Trending:</strong> <a href="/market-prices/">'
            + "Market prices this week</a> &middot; <a href=\"/traffic/\">Road works update</a>"
            + "</div>\n"
            + _nav(site, host, ["Home", "Local", "Politics", "Business", "Community",
                                "Events", "Obituaries", "Contact"])
            + _ad("header", "728x90")
            + '<div class="wrap"><main class="content">\n<article class="post">\n'
            + f'<div class="cat"><a href="/category/{_a(section.lower().replace(" ", "-"))}/">'
            + f"{_e(section)}</a></div>\n<h1 class=\"entry-title\">{_e(headline)}</h1>\n"
            + f'<div class="entry-meta">Posted by <span class="author">{_e(author)}</span> on '
            + f'<span class="posted-on">{_e(date_line)}</span></div>\n'
            + _figure(*figure)
            + '<div class="entry-content">\n' + _body(paras, dateline, "local") + "</div>\n"
            + _share(url, "Share on")
            + '<p class="whatsapp-promo">Get our stories first: join the ' + _e(site)
            + " WhatsApp channel.</p>\n"
            + "</article>\n</main>\n"
            + '<aside class="sidebar">' + _ad("sidebar-1")
            + _related("You may also like", related) + "</aside></div>\n"
            + _footer(site, host) + "</body>\n</html>\n")


def _newsletter_page(*, site: str, host: str, url: str, headline: str, summary: str,
                     published: str | None, date_line: str, author: str, issue: str,
                     intro: str, paras: list[str], also: list[tuple[str, str]],
                     figure: tuple[str, str, str], section: str = "Newsletter",
                     sep: str = " | ") -> str:
    """Web version of an e-mail newsletter; may carry no machine-readable date."""
    head = _head(f"{headline}{sep}{site}", summary, url, site, host, published, None,
                 author, section, figure[0], css="newsletter")
    return (head + '<body class="newsletter-archive">\n' + _cookie(site)
            + '<div class="view-in-browser">You are reading the web version of this e-mail.'
            + "</div>\n"
            + _nav(site, host, ["Latest issue", "Archive", "Podcasts", "Events",
                                "Subscribe"], "nl-nav")
            + '<main class="issue">\n'
            + f'<p class="issue-no">{_e(issue)}</p>\n'
            + f'<p class="issue-date">{_e(date_line)}</p>\n'
            + f'<p class="greeting">{_e(intro)}</p>\n'
            + '<article class="lead-item">\n'
            + f"<h1>{_e(headline)}</h1>\n"
            + f'<p class="byline">Written by {_e(author)}</p>\n'
            + _figure(*figure)
            + _body(paras, "", "nl")
            + "</article>\n"
            + _ad("sponsor", "600x120")
            + _related("Also in this issue", also)
            + _share(url, "Forward this issue")
            + '<div class="subscribe-box"><p>Was this forwarded to you? Sign up to get the '
            + "next issue in your inbox.</p><form><input type=\"email\" placeholder=\"Your "
            + "e-mail\"><button>Sign up</button></form></div>\n"
            + "</main>\n" + _footer(site, host, extra="You are receiving this because you subscribed. Unsubscribe at any time.")
            + "</body>\n</html>\n")


def _liveblog_page(*, site: str, host: str, url: str, headline: str, summary: str,
                   published: str | None, modified: str | None, date_line: str,
                   authors: str, intro: list[str],
                   entries: list[tuple[str, str, str, list[str]]],
                   figure: tuple[str, str, str], related: list[tuple[str, str]],
                   section: str = "Live", sep: str = " | ") -> str:
    """Live blog: summary box, then timestamped entries, newest first."""
    head = _head(f"{headline}{sep}{site}", summary, url, site, host, published, modified,
                 authors, section, figure[0], css="live")
    posts: list[str] = []
    for n, (label, iso, title, ps) in enumerate(entries):
        inner = "".join(f"<p>{_e(p)}</p>" for p in ps)
        t = f'<h3>{_e(title)}</h3>' if title else ""
        posts.append(f'<div class="live-post" id="post-{len(entries) - n}">'
                     f'<time datetime="{iso}">{_e(label)}</time>{t}{inner}</div>\n')
        if n == 2:
            posts.append(_ad("live-inline"))
    intro_html = "".join(f"<li>{_e(p)}</li>" for p in intro)
    return (head + '<body class="live-page">\n' + _cookie(site)
            + _nav(site, host, ["News", "Live", "Business", "Sport", "Entertainment",
                                "Video", "Newsletters"])
            + "<main>\n<article class=\"liveblog\">\n"
            + '<span class="live-badge">LIVE</span>\n'
            + f"<h1>{_e(headline)}</h1>\n"
            + f'<p class="live-meta">By {_e(authors)} &middot; {_e(date_line)}</p>\n'
            + _share(url, "Share")
            + _figure(*figure)
            + f'<section class="key-points"><h2>Key points</h2><ul>{intro_html}</ul></section>\n'
            + '<div class="live-feed">\n' + "".join(posts) + "</div>\n"
            + "</article>\n"
            + _related("Related coverage", related)
            + "</main>\n" + _footer(site, host) + "</body>\n</html>\n")


# ===========================================================================
# cb-LB1 - Bank of Ghana rate cut (CONTROL)
# ===========================================================================
# Facts: Bank of Ghana Monetary Policy Committee (seven members), meeting Monday 20 to
# Wednesday 22 July 2026; decision announced Wednesday 22 July at a news conference in Accra
# at 14:00 GMT (= 15:00 WAT in Lagos). Policy rate cut 200 basis points (2 percentage points)
# from 20.5% to 18.5%. Vote 5-2: two members preferred 150 bp. Previous meeting (May) cut
# 100 bp from 21.5% to 20.5%; rate held at 21.5% in January and March; 300 bp of easing this
# year. June CPI inflation 9.4% y/y (Ghana Statistical Service), down from 10.7% in May;
# target 8% +/- 2 points. Real rate about 9.1 points after the cut (11.1 before). Q1 GDP
# growth 5.8% y/y. Cedi about 10.9 per dollar. Cash reserve ratio unchanged. Next decision
# 23 September. Governor Dr Efua Ansah-Boateng. Analyst Kojo Mensah-Bonsu (Osu Capital
# Partners) forecasts 17.5% at year-end; Ngozi Eke (Harbourline Research, Lagos); Sahel Wire
# poll: 9 of 12 analysts expected 100 bp, 3 expected 150 bp.
# Quotes (exact wording wherever quoted):
#   "Inflation is now inside our target band for the first time in more than four years, and
#    the committee judged that real interest rates had become tighter than the economy needs."
#   "We are not declaring victory, and we will move only as fast as the data allow."
#   Mensah-Bonsu: "The size of the cut surprised the market, but the split vote tells you the
#    committee is not on autopilot."
#   Eke: "Ghana's real rates are still among the highest in the region, so there is room to
#    keep going."

_CB_Q1 = ("Inflation is now inside our target band for the first time in more than four years, and the committee judged that real interest rates had become tighter than the economy needs.")

CB_WIRE = _wire_page(
    site="Sahel Wire", host="sahelwire.example",
    url="https://sahelwire.example/markets/ghana-central-bank-cuts-rate-200-bps-2026-07-22/",
    headline="Ghana's central bank cuts rate by 200 bps as inflation returns to target range",
    summary="Bank of Ghana lowers policy rate to 18.5%, a bigger move than analysts expected; two of seven committee members favoured a smaller cut.",
    published="2026-07-22T14:48:00Z", modified="2026-07-22T17:05:00Z",
    date_line="July 22, 2026, 2:48 PM GMT. Updated 5:05 PM GMT",
    author="Kwame Adjei-Frimpong", dateline="ACCRA, July 22 (Sahel Wire) -",
    section="Markets",
    figure=("/images/2026/07/bog-headquarters.jpg",
            "The Bank of Ghana head office on Thorpe Road, Accra.",
            "Sahel Wire/Yaw Ofori-Atta"),
    paras=[
        "Ghana's central bank lowered its main policy rate by 200 basis points to 18.5% on Wednesday, a larger step than most economists had forecast, after inflation slipped back inside the bank's target range for the first time in more than four years.",
        "The Bank of Ghana's Monetary Policy Committee had trimmed the rate by 100 basis points, to 20.5%, at its previous meeting in May. Wednesday's reduction takes the total easing this year to 300 basis points.",
        "Governor Efua Ansah-Boateng told reporters in Accra that the committee's seven members had not been unanimous: five voted for the 200-point cut and two argued for a smaller step of 150 basis points.",
        f"“{_CB_Q1}” she said at the news conference, which began at 1400 GMT.",
        "Consumer price inflation eased to 9.4% year on year in June from 10.7% in May, according to the Ghana Statistical Service. The central bank aims to hold inflation at 8%, with a tolerance band of two percentage points either side.",
        "[AD]",
        "Of 12 analysts polled by Sahel Wire last week, nine expected a cut of 100 basis points and three forecast 150. None had pencilled in a move of 200.",
        "The cedi was little changed after the announcement at around 10.9 to the dollar. Yields on short-dated treasury bills, which had already fallen steadily since March, edged lower in late trading, dealers said.",
        "Wednesday's decision came at the end of a three-day meeting, the committee's fourth of the year. The rate was held at 21.5% in both January and March before the easing began in May.",
        "## Split committee",
        "Ansah-Boateng said the two dissenting members shared the view that policy should be loosened but were uneasy about the pass-through from higher fuel import bills and from a public-sector wage agreement due to take effect in the final quarter.",
        "“We are not declaring victory, and we will move only as fast as the data allow,” she said, declining to say whether the committee would cut again at its next meeting. The bank is scheduled to announce its next decision on Sept. 23.",
        "Kojo Mensah-Bonsu, chief economist at Osu Capital Partners in Accra, said the decision showed the bank was now more concerned about slowing credit growth than about a renewed jump in prices.",
        "“The size of the cut surprised the market, but the split vote tells you the committee is not on autopilot,” he said. He expects the policy rate to end the year at 17.5%.",
        "Ghana's economy grew 5.8% year on year in the first quarter, official data showed last month, helped by gold and cocoa output. Businesses, however, have complained that bank lending rates remain well above 20% despite the easing cycle.",
        "The committee left the cash reserve ratio for banks unchanged, the governor said.",
        "Ghana emerged from a severe debt crisis earlier this decade, when inflation peaked above 50% and the government stopped paying most of its external debt before restructuring it with creditors. The central bank has since kept policy tight to rebuild confidence in the cedi.",
        "Ansah-Boateng said the bank's foreign exchange reserves were sufficient to cover more than four months of imports, and that the committee expected inflation to stay within its target band for the rest of 2026.",
    ],
    credits="Reporting by Kwame Adjei-Frimpong; additional reporting by Ngozi Okafor in Lagos; editing by Helene Marchetti",
    related=[
        ("Ghana's June inflation slows to 9.4%, statistics office says",
         "https://sahelwire.example/markets/ghana-june-inflation-2026-07-08/"),
        ("Cedi steadies as gold receipts rise", "https://sahelwire.example/markets/cedi-gold/"),
        ("Analysts see Bank of Ghana cutting by 100 bps - poll",
         "https://sahelwire.example/markets/bog-poll-2026-07-16/"),
    ],
)

CB_PAPER = _paper_page(
    site="The Accra Ledger", host="accraledger.example",
    url="https://accraledger.example/business/bog-slashes-policy-rate-to-18-5-percent/",
    headline="BoG slashes policy rate to 18.5% as inflation falls into target band",
    standfirst="Second straight cut, and a bigger one than the market expected; two MPC members wanted a gentler move.",
    published="2026-07-23T05:30:00Z", modified="2026-07-23T05:30:00Z",
    date_line="Thursday, 23 July 2026",
    author="Abena Sarpong-Owusu", author_role="Business Editor", dateline="",
    section="Business", tags=["Bank of Ghana", "Interest rates", "Inflation", "Cedi"],
    figure=("/uploads/2026/07/governor-presser.jpg",
            "Governor Dr Efua Ansah-Boateng addresses journalists at the Bank of Ghana yesterday.", "Photo: Kofi Mensah-Ayeh / The Accra Ledger"),
    paras=[
        "The Bank of Ghana yesterday lowered its monetary policy rate by two percentage points to 18.5 per cent, cutting for the second meeting in a row as consumer inflation settled back within the central bank's target range.",
        "Announcing the decision at the bank's head office in Accra shortly after 2 p.m., Governor Dr Efua Ansah-Boateng said the Monetary Policy Committee (MPC) had concluded that the economy could take a bigger step than the 100-basis-point reduction agreed in May.",
        "The governor said inflation was “inside our target band for the first time in more than four years”, adding that the committee had judged real interest rates to be tighter than the economy required.",
        "Headline inflation, published by the Ghana Statistical Service earlier this month, fell to 9.4 per cent in June from 10.7 per cent in May. The central bank's medium-term target is 8 per cent, plus or minus 2 percentage points.",
        "## Not unanimous",
        "For the first time this year, the seven-member committee did not reach a unanimous decision. Five members supported the 200-basis-point cut, while two preferred 150 basis points, Dr Ansah-Boateng disclosed in answer to a question from the Ledger.",
        "She said the minority had pointed to risks from the cost of imported fuel and from the public-sector wage deal that takes effect in the last quarter of the year. “We are not declaring victory,” the governor said.",
        "[AD]",
        "The policy rate now stands 300 basis points lower than at the start of the year. It was kept at 21.5 per cent at the January and March meetings before the committee began easing in May.",
        "## Manufacturers welcome move",
        "Manufacturers were quick to welcome the decision. Ama Serwaa Darko, policy director at the Association of Ghana Industries, said members had been borrowing at rates well above 20 per cent and that banks should now pass the reduction on “without the usual six-month delay”.",
        "At Makola Market, where traders have complained for months about the cost of stock financed with bank credit, the reaction was more guarded. “A cut at the top does not always reach us,” said Yaw Boakye-Danquah, who imports floor tiles and sells building materials. “We will see when the bank calls.”",
        "Kojo Mensah-Bonsu, chief economist at Osu Capital Partners, said the split vote was a signal that further easing would not be automatic. He told the Ledger he expected the rate to stand at 17.5 per cent by December.",
        "## Cedi steady",
        "The cedi traded at about 10.9 to the US dollar on the interbank market yesterday, little changed on the day, while yields on 91-day treasury bills were expected to fall further at Friday's auction.",
        "The economy expanded by 5.8 per cent in the first quarter of 2026 compared with the same period a year earlier. The governor said the committee had left the cash reserve ratio unchanged.",
        "Asked whether the bank had bowed to pressure from the Ministry of Finance, which has argued that high rates are swelling the government's domestic interest bill, Dr Ansah-Boateng said the committee had acted on its own inflation forecasts alone. The bank, she said, expected inflation to remain within the band for the rest of 2026.",
        "The MPC's next policy decision is due on 23 September.",
    ],
    related=[
        ("Inflation drops to 9.4% in June - GSS",
         "https://accraledger.example/business/inflation-june-2026/"),
        ("Editorial: Lower rates must reach the small trader",
         "https://accraledger.example/opinion/editorial-lower-rates/"),
        ("Banks under pressure to cut lending rates",
         "https://accraledger.example/business/banks-lending-rates/"),
    ],
)

CB_TV = _broadcast_page(
    site="Lagoon Business TV", host="lagoonbusiness.example",
    url="https://lagoonbusiness.example/news/ghana-central-bank-cuts-rates-by-200-basis-points",
    headline="Ghana's central bank cuts rates by 200 basis points, outpacing forecasts",
    summary="The Bank of Ghana took its policy rate to 18.5% after inflation dropped to 9.4%. Regional investors say the move adds to a wave of easing in West Africa.",
    published="2026-07-22T17:20:00+01:00", modified="2026-07-22T18:02:00+01:00",
    date_line="22 Jul 2026, 17:20 WAT",
    author="Tunde Afolabi-Reis", dateline="LAGOS -", section="Business",
    video_title="Market Hour: Ngozi Eke on Ghana's rate cut (4:12)",
    figure=("https://cdn.lagoonbusiness.example/img/2026/07/accra-skyline.jpg",
            "Office towers in Accra's Airport City business district.",
            "Image: Lagoon Business TV"),
    paras=[
        "Ghana's central bank surprised markets on Wednesday with a 200-basis-point cut to its benchmark rate, taking it to 18.5 per cent and extending an easing cycle that began in May.",
        "The decision was announced at 3 p.m. Lagos time, 2 p.m. in Accra, by Bank of Ghana Governor Efua Ansah-Boateng, who said falling inflation had left borrowing costs higher in real terms than the economy needed.",
        "“The committee judged that real interest rates had become tighter than the economy needs,” the central bank chief said. June's inflation rate of 9.4 per cent, she noted, had brought price growth back inside the bank's target range of 6 to 10 per cent.",
        "Five of the seven members of the Monetary Policy Committee backed the cut; the other two wanted a smaller reduction of 150 basis points. In May the committee lowered the rate by 100 basis points to 20.5 per cent.",
        "[AD]",
        "## What it means for Lagos investors",
        "For fund managers in Lagos, the move adds to a lengthening list of rate cuts across the region as inflation cools. Ngozi Eke, head of research at Harbourline Research, said Ghana's decision would be studied closely in other West African capitals.",
        "“Ghana's real rates are still among the highest in the region, so there is room to keep going,” Eke said on Lagoon Business TV's Market Hour programme.",
        "She said foreign investors who had bought Ghanaian treasury bills over the past year were likely to hold on to them, because the gap between the policy rate and inflation, roughly nine percentage points, remained wide.",
        "The cedi held steady at around 10.9 per dollar after the announcement, traders in Accra said.",
        "Dealers said the currency had been supported in recent weeks by strong gold export receipts and by foreign purchases of treasury bills.",
        "## Dissent on the committee",
        "Ansah-Boateng said the minority on the committee had flagged the risk that dearer fuel imports and a pay agreement for public-sector workers, due to take effect in the fourth quarter, could push prices up again. The governor said the bank would move only as fast as the data allowed.",
        "Nigerian companies with operations in Ghana have said lower Ghanaian interest rates would help them refinance local borrowing. Chukwuemeka Nnadi-Ross, finance director at Lagos-based packaging maker Deltapak Industries, which runs a plant in Tema, told Lagoon Business TV the company would look to refinance a cedi loan before the end of the year.",
        "“Every point off the rate is money we can put back into the factory,” he said.",
        "Lending rates at Ghanaian commercial banks still average well above 20 per cent, and business groups in Accra have urged lenders to pass the cuts on quickly.",
        "The Bank of Ghana has been cautious since the country's debt restructuring, keeping policy tight to rebuild confidence in the cedi. Wednesday's cut was twice the size of the reduction in May, and takes the total easing since January to 300 basis points.",
        "Ghana's economy grew 5.8 per cent year on year in the first three months of 2026. The central bank's next rate decision is scheduled for 23 September.",
    ],
    related=[
        ("Naira firms at official window as oil receipts improve",
         "https://lagoonbusiness.example/news/naira-official-window"),
        ("Ghana inflation eases to 9.4% in June",
         "https://lagoonbusiness.example/news/ghana-inflation-june"),
        ("Watch: Market Hour, full episode", "https://lagoonbusiness.example/watch/market-hour"),
    ],
)

CB_NEWSLETTER = _newsletter_page(
    site="The Cedi Brief", host="cedibrief.example",
    url="https://cedibrief.example/issues/214-the-200-point-surprise",
    headline="The 200-point surprise: what the Bank of Ghana's cut means",
    summary="The Bank of Ghana's bigger-than-expected cut, the 5-2 vote, and what it means for savers and borrowers.",
    published=None, date_line="Thursday, 23 July 2026", author="Efe Amankwah",
    issue="Issue No. 214",
    intro="Good morning. A bigger-than-expected cut from the Bank of Ghana leads today's brief, followed by what it means for your savings and your loans.",
    figure=("/media/214/chart-policy-rate.png",
            "Chart: Bank of Ghana policy rate, January to July 2026.",
            "Source: Bank of Ghana; chart by The Cedi Brief"),
    paras=[
        "The Bank of Ghana did more than expected on Wednesday. Its Monetary Policy Committee lowered the policy rate from 20.5% to 18.50%, a cut of 200 basis points, after a meeting that began on Monday.",
        "Consensus going into the announcement was a 100bp move, matching May's cut. Only a handful of desks had even considered 150bp.",
        "## Why so big?",
        "Inflation. June's reading from the Ghana Statistical Service came in at 9.4%, down from 10.7% in May and inside the bank's 8% +/- 2pp band. Governor Efua Ansah-Boateng put it plainly at the press conference: “Inflation is now inside our target band for the first time in more than four years.”",
        "With the policy rate at 20.5% and inflation at 9.4%, the real policy rate had climbed above 11 percentage points. After the cut it is about 9.1 points, which is still punishing for borrowers.",
        "## The vote",
        "Worth noting: the decision was 5-2. Two of the seven MPC members wanted 150bp. The minority's worries, as the governor described them, were imported fuel costs and the public-sector pay deal that kicks in during Q4.",
        "Her closing line is the one to pin above your desk: “We are not declaring victory, and we will move only as fast as the data allow.”",
        "## What it means for you",
        "Savers: expect treasury bill yields to keep drifting lower. Borrowers: don't expect your bank to pass on the full 2 percentage points straight away. Ghanaian lenders' base rates have historically followed the policy rate with a lag of several months.",
        "Businesses: the cumulative easing since January is now 300bp. The Association of Ghana Industries has been lobbying for cuts all year and welcomed the decision.",
        "## The numbers",
        "Policy rate: 18.5% (was 20.5%). June inflation: 9.4%. Q1 GDP growth: 5.8%. Cedi: around 10.9 to the dollar. Next MPC decision: 23 September.",
        "## Our take",
        "A committee that cuts by 200bp while two of its members want 150bp is not signalling a sprint. Osu Capital's Kojo Mensah-Bonsu sees 17.5% by year-end; we think that is about right, unless the fuel bill jumps.",
        "## How the market read it",
        "Treasury bill yields fell in secondary trading within an hour of the announcement, dealers told us, and the cedi barely moved. That tells you two things: the market had already priced in more easing than the polls suggested, and nobody is worried that lower rates will send money fleeing. Foreign holders of short-dated bills are still earning about 9 points over inflation.",
        "## What to watch before September",
        "Three things: the July inflation figure, due in the second week of August; the August fuel price window; and whether the public-sector wage deal slips. If inflation holds below 10% and pump prices stay calm, another cut on 23 September looks likely. If not, expect the minority on the committee to grow.",
        "Analysts at Harbourline Research in Lagos are more dovish. Their head of research, Ngozi Eke, argues there is room to keep going because Ghana's real rates remain among the highest in the region. We will revisit the debate before the September meeting.",
    ],
    also=[
        ("Cocoa: early price talk for the new season", "https://cedibrief.example/issues/214#cocoa"),
        ("Tema port: clearing times improve in June", "https://cedibrief.example/issues/214#tema"),
        ("Eurobonds: Ghana curve rallies", "https://cedibrief.example/issues/214#eurobonds"),
    ],
)

STORY_1 = _story("cb-LB1", "central bank", "2026-07-25", [
    _page("https://sahelwire.example/markets/ghana-central-bank-cuts-rate-200-bps-2026-07-22/",
          CB_WIRE),
    _page("https://accraledger.example/business/bog-slashes-policy-rate-to-18-5-percent/",
          CB_PAPER),
    _page("https://lagoonbusiness.example/news/ghana-central-bank-cuts-rates-by-200-basis-points",
          CB_TV),
    _page("https://cedibrief.example/issues/214-the-200-point-surprise", CB_NEWSLETTER),
], [])


# ===========================================================================
# el-LB2 - Ogun East senatorial by-election (PLANTED)
# ===========================================================================
# Facts: INEC by-election for the Ogun East Senatorial District (Ogun State, Nigeria), held
# Saturday 14 March 2026 after Senator Olusegun Akinbami (APC) died in December 2025; he
# won the seat in 2023 with 112,305 votes. Result declared at the INEC office in Ijebu-Ode
# at about 5:10 a.m. WAT (04:10 GMT) on Sunday 15 March by returning officer Professor
# Michael Adegoke Ibikunle (Federal University of Agriculture, Abeokuta).
# Folasade Adeyinka-Coker (APC), 51, lawyer, ex-state commissioner for commerce: 87,412.
# Babatunde Olatoye (PDP): 61,058.  Kehinde Odusanya (LP): 9,736.  11 others: 3,219.
# 14 candidates. Valid 161,425; rejected 4,188; cast 165,613; accredited 166,204;
# registered 1,146,220; turnout 14.4% of registered (votes cast). Margin 26,354. Winner's
# share 54.2% of valid votes. Winner carried 7 of 9 LGAs; Olatoye won Ijebu North and Ogun
# Waterside. Sagamu LGA: 14,906 v 9,871. Ijebu-Ode LGA: 11,204 v 6,538 (LP 1,312), LGA
# result announced about 10 p.m. Saturday. Civic Ballot Watch: 240 observers, BVAS failures
# in 23 polling units, cash offers seen in parts of Sagamu and Ijebu-Ode; materials late by
# about two hours in riverine Ogun Waterside. Petition window 21 days; certificate of return
# within 14 days; term runs to 2027. PDP claims irregularities in at least 40 polling units.
# Quotes: "This victory belongs to the market women, the okada riders and the farmers who came
#   out in the heat to vote."  "I will not be a senator for one party; I will be a senator for
#   every ward in Ogun East."  Olatoye: "We will study the figures ward by ward before
#   deciding our next step."
# PLANTED: Ogun Waves FM gives Olatoye 63,058 votes (others 61,058); Ijebu Today spells the
# winner's first name "Folashade" (others "Folasade").

_EL_Q1 = ("This victory belongs to the market women, the okada riders and the farmers who came out in the heat to vote.")
_EL_Q2 = "I will not be a senator for one party; I will be a senator for every ward in Ogun East."
_EL_Q3 = "We will study the figures ward by ward before deciding our next step."

EL_WIRE = _wire_page(
    site="Continental Newswire", host="contnewswire.example",
    url="https://contnewswire.example/africa/nigeria-ogun-east-senate-by-election-result/",
    headline="Ruling party's Adeyinka-Coker wins Nigerian Senate by-election in Ogun East",
    summary="APC candidate Folasade Adeyinka-Coker polled 87,412 votes to defeat the PDP's Babatunde Olatoye; only about 14% of registered voters cast ballots.",
    published="2026-03-15T06:05:00Z", modified="2026-03-15T08:30:00Z",
    date_line="March 15, 2026 6:05 AM UTC. Updated 8:30 AM UTC",
    author="Ifeoma Chukwu-Lawson",
    dateline="IJEBU-ODE, Nigeria, March 15 (Continental Newswire) -", section="Africa",
    figure=("/pictures/2026/03/ogun-east-collation.jpg",
            "Party agents watch as results are read out at the INEC collation centre in Ijebu-Ode, Ogun State, March 15, 2026.",
            "Continental Newswire/Samuel Adeyemi-Jacobs"),
    paras=[
        "Folasade Adeyinka-Coker of Nigeria's ruling All Progressives Congress (APC) won a by-election for the vacant Ogun East Senate seat, the electoral commission declared on Sunday, after a low-turnout vote marked by scattered complaints of vote buying.",
        "Adeyinka-Coker received 87,412 votes, against 61,058 for Babatunde Olatoye of the opposition Peoples Democratic Party (PDP), returning officer Michael Adegoke Ibikunle announced at the Independent National Electoral Commission's (INEC) collation centre in Ijebu-Ode at about 0410 GMT.",
        "Kehinde Odusanya of the Labour Party came third with 9,736 votes. The remaining 11 candidates on the ballot shared 3,219 votes between them.",
        "The seat fell vacant after the death in December of Senator Olusegun Akinbami, also of the APC. Akinbami won it at the 2023 general election with 112,305 votes.",
        "Only about 14.4% of the district's 1,146,220 registered voters cast ballots, according to INEC figures. A total of 165,613 votes were cast, of which 4,188 were rejected.",
        "[AD]",
        "Ibikunle, a professor at the Federal University of Agriculture, Abeokuta, told the collation centre that results from all nine local government areas had been checked against the images uploaded to INEC's online portal before he made the declaration.",
        "Adeyinka-Coker, a 51-year-old lawyer and former Ogun State commissioner for commerce, won seven of the nine local government areas. Olatoye carried Ijebu North and Ogun Waterside.",
        f"“{_EL_Q1}” she told supporters at her campaign office in Ijebu-Ode after the declaration.",
        f"The PDP's agent at the collation centre declined to sign the result sheet. In a statement, Olatoye said: “{_EL_Q3}” Candidates have 21 days after a declaration to file a petition with an election tribunal.",
        "## Vote-buying complaints",
        "Civic Ballot Watch, a Lagos-based monitoring group that said it deployed 240 observers, reported that Bimodal Voter Accreditation System (BVAS) devices failed in 23 polling units and that its monitors had seen cash being offered to voters near polling units in parts of Sagamu and Ijebu-Ode. It did not say which party was involved.",
        "Voting in riverine parts of Ogun Waterside started about two hours late because election materials arrived by boat behind schedule, the group said.",
        "Police said the vote passed off without major violence, although officers briefly detained two men suspected of trying to snatch a ballot box in Ijebu East. Both were released on bail on Sunday, a police spokesman said.",
        "The campaign was dominated by complaints about the state of roads in the district and the cost of food, which has risen sharply across Nigeria over the past two years. Both main candidates promised to lobby for federal money to finish the Sagamu-Ijebu-Ode road.",
        "The result does not change the balance of power in the 109-member Senate, where the APC holds a comfortable majority.",
        "Off-cycle by-elections in Nigeria usually draw far fewer voters than general elections, when presidential, legislative and governorship races bring parties' full machinery onto the streets. Adeyinka-Coker will serve the remainder of Akinbami's term, which ends in 2027.",
    ],
    credits="Reporting by Ifeoma Chukwu-Lawson; writing by Peter Osei-Mends; editing by Clara Whitfield",
    related=[
        ("Nigeria's electoral commission sets date for three by-elections",
         "https://contnewswire.example/africa/inec-by-elections-dates/"),
        ("Observers urge INEC to fix voting-device failures",
         "https://contnewswire.example/africa/bvas-observers/"),
        ("Ogun State senator Akinbami dies at 68",
         "https://contnewswire.example/africa/akinbami-dies/"),
    ],
)

EL_PAPER = _paper_page(
    site="The Lagos Sentinel", host="lagossentinel.example",
    url="https://lagossentinel.example/politics/ogun-east-apc-adeyinka-coker-wins-senate-seat/",
    headline="Ogun East: APC's Adeyinka-Coker coasts to Senate seat with 26,354-vote margin",
    standfirst="PDP's Olatoye rejects outcome as INEC puts turnout at 14.4 per cent; Labour's Odusanya a distant third.",
    published="2026-03-15T11:40:00+01:00", modified="2026-03-15T13:02:00+01:00",
    date_line="Sunday, March 15, 2026 | 11:40 am",
    author="Damilola Fashanu-Okoro", author_role="Politics Correspondent",
    dateline="IJEBU-ODE -", section="Politics",
    tags=["Ogun East", "By-election", "INEC", "APC", "PDP", "Senate"],
    figure=("/wp-content/uploads/2026/03/adeyinka-coker-supporters.jpg",
            "Supporters of Mrs Folasade Adeyinka-Coker celebrate in Ijebu-Ode on Sunday morning.", "PHOTO: Olumide Bakare-Ojo"),
    paras=[
        "The candidate of the All Progressives Congress, Mrs Folasade Adeyinka-Coker, has been declared winner of Saturday's Ogun East Senatorial District by-election, beating her closest rival by 26,354 votes.",
        "The Returning Officer, Professor Michael Ibikunle, announced the result at 5.10am on Sunday at the INEC office in Ijebu-Ode, after an all-night collation session that was twice interrupted by shouting matches between party agents.",
        "Adeyinka-Coker polled 87,412 votes, or 54.2 per cent of the valid votes, while Mr Babatunde Olatoye of the Peoples Democratic Party scored 61,058. The Labour Party's Kehinde Odusanya polled 9,736 votes.",
        "## How the votes were shared",
        "According to the figures read out by the returning officer, 166,204 voters were accredited across the district's nine local government areas. A total of 165,613 votes were cast, of which 161,425 were valid and 4,188 were rejected.",
        "The district has 1,146,220 registered voters, putting turnout at 14.4 per cent, far below the level of the 2023 general election, when the late Senator Olusegun Akinbami won the seat with 112,305 votes.",
        "The APC candidate won in seven LGAs, including Sagamu, the district's most populous, where she polled 14,906 votes to Olatoye's 9,871. The PDP candidate won narrowly in Ijebu North and Ogun Waterside.",
        "[AD]",
        "## 'Victory belongs to the market women'",
        "Speaking to journalists after receiving the result, Adeyinka-Coker, 51, thanked voters who “came out in the heat to vote”, and promised to represent the whole district rather than her party alone.",
        f"“{_EL_Q2}” she said.",
        "The PDP said it would not accept the result. Its agent, Mr Tajudeen Ogundipe-Sanni, refused to sign the declaration form, alleging that figures from some wards in Ijebu-Ode had been inflated. The returning officer told him that any complaint should be taken to the tribunal.",
        "Olatoye, in a statement issued later on Sunday morning, said his team would “study the figures ward by ward” before deciding whether to go to court. Petitions must be filed within 21 days of the declaration.",
        "Odusanya congratulated the winner in a post on social media and urged her to make the Sagamu-Ijebu-Ode road, which has been under repair for three years, her first priority in Abuja.",
        "## Campaign issues",
        "Throughout the four-week campaign, both main candidates promised to lobby for federal funds to complete the road and to revive cassava processing plants in Ijebu North and Odogbolu. Olatoye, a former member of the House of Representatives, campaigned on his record of constituency projects but struggled to match the APC's ground operation in the bigger towns.",
        "## Observers' report",
        "Election observers from Civic Ballot Watch, who said they deployed 240 monitors, reported malfunctioning BVAS machines in 23 polling units and accused unnamed party agents of inducing voters with cash in parts of Sagamu and Ijebu-Ode.",
        "INEC's Resident Electoral Commissioner in Ogun State, Mrs Halimat Oyeleke-Bako, said the commission had replaced faulty devices in most of the affected units within an hour. She said the winner would receive her certificate of return within 14 days.",
        "Akinbami died in December after a brief illness. His widow, Mrs Titilayo Akinbami, campaigned for Adeyinka-Coker in the final week of the race.",
    ],
    related=[
        ("Editorial: Low turnout should worry every party",
         "https://lagossentinel.example/opinion/editorial-low-turnout/"),
        ("Who is Folasade Adeyinka-Coker?",
         "https://lagossentinel.example/politics/who-is-folasade-adeyinka-coker/"),
        ("INEC trains ad hoc staff ahead of Ogun East poll",
         "https://lagossentinel.example/politics/inec-ad-hoc-staff-ogun-east/"),
    ],
)

EL_LOCAL = _local_page(
    site="Ijebu Today", host="ijebutoday.example",
    url="https://ijebutoday.example/2026/03/15/by-election-adeyinka-coker-wins-ogun-east/",
    headline="By-election: Folashade Adeyinka-Coker wins Ogun East, takes Ijebu-Ode LGA comfortably",
    summary="How Ijebu-Ode and the rest of the district voted in Saturday's Ogun East senatorial by-election.",
    published="2026-03-15T09:15:00+01:00", modified="2026-03-15T09:15:00+01:00",
    date_line="March 15, 2026 at 9:15 am", author="Segun Ogunbiyi", dateline="",
    section="Politics",
    figure=("https://ijebutoday.example/wp-content/uploads/2026/03/ijebu-ode-celebration.jpg",
            "Supporters dance on Ibadan Road, Ijebu-Ode, after the declaration on Sunday.",
            "Photo: Ijebu Today"),
    paras=[
        "Mrs Folashade Adeyinka-Coker of the APC has won the Ogun East senatorial by-election, with the result declared shortly after 5 a.m. today at the INEC office on Ibadan Road here in Ijebu-Ode.",
        "The returning officer, Prof. Michael Ibikunle, said she scored 87,412 votes to defeat Hon. Babatunde Olatoye of the PDP, who got 61,058 votes. Kehinde Odusanya of the Labour Party came third with 9,736.",
        "Our reporters, who monitored voting in most wards of Ijebu-Ode Local Government Area on Saturday, said turnout in the town was thin in the morning but picked up after midday, when traders closed their stalls and went to vote.",
        "## Ijebu-Ode LGA result",
        "In Ijebu-Ode LGA, Adeyinka-Coker polled 11,204 votes against Olatoye's 6,538. The LP candidate scored 1,312 in the council area. The LGA figures were announced at the local collation centre at about 10 p.m. on Saturday, several hours before the final declaration.",
        "Across the senatorial district, she won in seven of the nine local government areas. Ijebu North and Ogun Waterside went to the PDP.",
        "[AD]",
        "## Mood in town",
        "Supporters of the winner poured onto Ibadan Road from about 6 a.m., drumming and dancing toward her campaign office near the Awujale's palace.",
        "“This victory belongs to the market women, the okada riders and the farmers,” Adeyinka-Coker told the crowd from the back of a pickup truck.",
        "At Oke-Aje market, traders said they hoped the new senator would push for the repair of roads linking Ijebu-Ode to farming communities. “We voted because of the roads,” said Mrs Risikat Adebowale, a pepper seller. “Now we will wait and see.”",
        "## PDP cries foul",
        "The PDP chairman in Ijebu-Ode, Alhaji Rasaki Ogunsola-Bello, alleged that cash was shared to voters in some wards, a claim the APC denied. He said the party would follow whatever decision Olatoye took.",
        "Olatoye himself said the party would “study the figures ward by ward before deciding our next step”.",
        "Observers from Civic Ballot Watch said BVAS machines failed in 23 polling units across the senatorial district, including two in Ijebu-Ode, but that most were replaced within an hour.",
        "## Snapshots from the polling units",
        "At one polling unit near the central mosque, accreditation began at 8:45 a.m. and voting was orderly. At another unit close to Oke-Aje market, a BVAS device stopped working for about 40 minutes before an INEC technician replaced it, and some voters left and came back later.",
        "Party agents told Ijebu Today that the APC had concentrated on door-to-door canvassing in the last week of the campaign, while the PDP held larger rallies in Ijebu North, where Olatoye comes from.",
        "## Who is the senator-elect?",
        "Adeyinka-Coker, 51, was born in Ijebu-Ode and attended school in the town before studying law. She served as Ogun State commissioner for commerce. She will complete the term of the late Senator Olusegun Akinbami, who died in December.",
        "Turnout across the district was low. INEC figures show that 165,613 votes were cast out of 1,146,220 registered voters, and that 4,188 ballots were rejected.",
        "Ijebu Today will publish the full ward-by-ward figures for Ijebu-Ode, Odogbolu and Ijebu East as soon as we receive certified copies from INEC.",
    ],
    related=[
        ("Ijebu-Ode traders count losses as market road stays closed",
         "https://ijebutoday.example/2026/03/10/market-road-closed/"),
        ("PHOTOS: Voting in Ijebu-Ode wards",
         "https://ijebutoday.example/2026/03/14/photos-voting-ijebu-ode/"),
        ("Awujale receives Ogun East candidates",
         "https://ijebutoday.example/2026/03/08/awujale-receives-candidates/"),
    ],
)

EL_RADIO = _broadcast_page(
    site="Ogun Waves FM", host="ogunwaves.example",
    url="https://ogunwaves.example/news/ogun-east-by-election-adeyinka-coker-declared-winner",
    headline="Ogun East by-election: Adeyinka-Coker declared winner as PDP weighs tribunal",
    summary="APC's Folasade Adeyinka-Coker won Saturday's Ogun East senatorial by-election, INEC declared on Sunday. Here is what happens next.",
    published="2026-03-16T08:00:00+01:00", modified="2026-03-16T08:00:00+01:00",
    date_line="16/03/2026 08:00", author="Bukola Adesanya", dateline="ABEOKUTA -",
    section="Politics", sep=" | ",
    video_title="Sunday Political Hour: the Ogun East result (audio, 52:10)",
    figure=("https://ogunwaves.example/media/2026/03/inec-office-ijebu-ode.jpg",
            "The INEC office in Ijebu-Ode, where the result was collated.",
            "Ogun Waves FM/Kayode Sowemimo"),
    paras=[
        "The All Progressives Congress candidate, Folasade Adeyinka-Coker, has won the Ogun East senatorial by-election, the Independent National Electoral Commission declared in the early hours of Sunday.",
        "The returning officer, Professor Michael Ibikunle, said Adeyinka-Coker scored 87,412 votes in Saturday's poll. Her main challenger, Babatunde Olatoye of the Peoples Democratic Party, polled 63,058 votes, while the Labour Party's Kehinde Odusanya came third with 9,736.",
        "Fourteen candidates were on the ballot. Turnout was low: INEC figures show that fewer than 15 per cent of the 1.15 million registered voters in the district took part.",
        "Our correspondent at the collation centre in Ijebu-Ode reported that the session began on Saturday evening and ran through the night, with the figures from the nine local government areas read out one after another. The final declaration came before dawn.",
        "Party agents from the APC broke into song as the last figures were announced, while PDP officials walked out of the hall before the returning officer had finished.",
        "## PDP weighs options",
        "Speaking on Ogun Waves FM's Sunday Political Hour, the PDP's state publicity secretary, Mr Adewale Onafowora-Ige, said the party had evidence of irregularities in at least 40 polling units and would decide this week whether to file a petition.",
        f"Olatoye, in a statement, said: “{_EL_Q3}”",
        "Under the Electoral Act, a petition must be filed within 21 days of the declaration of the result.",
        "[AD]",
        "## What the winner said",
        "Adeyinka-Coker told supporters in Ijebu-Ode that she would “be a senator for every ward in Ogun East”, not for one party.",
        "She dedicated the win to market women, commercial motorcyclists and farmers, saying they had braved the heat to vote for her.",
        "## Listeners react",
        "Callers to the station on Sunday morning were divided. A caller from Sagamu, who gave his name only as Kunle, said voting had been peaceful in his ward, but a woman from Ijebu North said voters were offered money near her polling unit.",
        "Another listener, a teacher in Ogun Waterside, said materials reached her community by boat so late that some voters went home before accreditation began.",
        "Civic Ballot Watch, an observer group, said it had recorded failures of BVAS devices in 23 polling units, most of which were fixed within an hour, and late arrival of materials in riverine parts of Ogun Waterside.",
        "The Ogun State Police Command said on Sunday that the election had been largely peaceful. Its spokesperson said two suspects arrested in Ijebu East over an attempted ballot-box snatching had been granted bail.",
        "## What happens next",
        "Adeyinka-Coker, a lawyer and a former commissioner for commerce in Ogun State, won seven of the nine local government areas in the district. The PDP took Ijebu North and Ogun Waterside.",
        "The seat became vacant after Senator Olusegun Akinbami died in December. Adeyinka-Coker will serve out the remainder of his term, which runs to 2027.",
        "INEC said the certificate of return would be presented to the senator-elect within 14 days. She is expected to be sworn in when the Senate resumes plenary.",
    ],
    related=[
        ("Ogun Assembly passes 2026 budget amendment",
         "https://ogunwaves.example/news/ogun-assembly-budget-amendment"),
        ("Listen: Sunday Political Hour", "https://ogunwaves.example/listen/sunday-political-hour"),
        ("Sagamu traders protest new levy", "https://ogunwaves.example/news/sagamu-traders-levy"),
    ],
)

STORY_2 = _story("el-LB2", "election", "2026-03-18", [
    _page("https://contnewswire.example/africa/nigeria-ogun-east-senate-by-election-result/",
          EL_WIRE),
    _page("https://lagossentinel.example/politics/ogun-east-apc-adeyinka-coker-wins-senate-seat/",
          EL_PAPER),
    _page("https://ijebutoday.example/2026/03/15/by-election-adeyinka-coker-wins-ogun-east/",
          EL_LOCAL),
    _page("https://ogunwaves.example/news/ogun-east-by-election-adeyinka-coker-declared-winner",
          EL_RADIO),
], [
    ("runner-up Olatoye's vote total", r"\b63,?058\b", r"\b61,?058\b"),
    ("winner's first name spelling", r"\bfolashade\b", r"\bfolasade\b"),
])


# ===========================================================================
# ct-LB3 - Dakar financial court verdict, Baobab Agro-Export (CONTROL)
# ===========================================================================
# Facts: Thursday 21 May 2026, trial chamber of the Financial Judicial Pool (Pool judiciaire
# financier, PJF) in Dakar; presiding judge Seynabou Ndiaye Fall. Hearing opened 10:05 GMT
# (Dakar time = GMT), verdict read from 10:40 to about 11:35. Trial opened 9 April; closing
# arguments 30 April; prosecution sought seven years for Gningue.
# Abdoulaye Sene Gningue, 54, managing director of Baobab Agro-Export SA (Kaolack groundnut
# exporter): guilty of forgery, use of forged documents and fraud; cleared of money
# laundering; five years' prison, two suspended (three to serve); fine 500 million CFA francs
# (about EUR 762,000); jointly with the company must repay 3.8 billion CFA francs (about
# EUR 5.8 million, about $6.6 million); villa in Saly confiscated. In detention at Rebeuss
# since arrest in October 2025 (about seven months), time counts. Company fined 200 million
# CFA francs. Fatou Kine Diallo, 41, ex-chief accountant: complicity in forgery, two years
# suspended. Pape Moussa Cisse, tax inspector: acquitted. 47 falsified export declarations,
# 2021-2024, cargoes that never left the port of Dakar. Company suspended operations after
# the arrest. Defence: Omar Gueye-Lo (appeal). State's judicial agent: Mariama Sy-Thioune.
# Quotes: judge "The company claimed refunds on cargoes that existed only on paper."
#   defence "My client has been convicted on the basis of documents that nobody in this room
#   has been able to authenticate."  state "The money belongs to Senegalese taxpayers and we
#   will pursue every franc of it."

_CT_QJ = "The company claimed refunds on cargoes that existed only on paper."
_CT_QD = ("My client has been convicted on the basis of documents that nobody in this room has been able to authenticate.")
_CT_QS = "The money belongs to Senegalese taxpayers and we will pursue every franc of it."

CT_WIRE = _wire_page(
    site="Westcoast Wire", host="westcoastwire.example",
    url="https://westcoastwire.example/world/africa/senegal-court-jails-groundnut-exporter-boss-vat-fraud-2026-05-21/",
    headline="Senegal court jails groundnut exporter's boss over $6.6 million VAT refund fraud",
    summary="Baobab Agro-Export managing director Abdoulaye Sene Gningue gets five years, two suspended; tax inspector acquitted.",
    published="2026-05-21T13:10:00Z", modified="2026-05-21T15:45:00Z",
    date_line="May 21, 2026, 1:10 PM GMT. Updated 3:45 PM GMT",
    author="Mame Diarra Sow-Lindqvist", dateline="DAKAR, May 21 (Westcoast Wire) -",
    section="Africa",
    figure=("/media/2026/05/21/dakar-courthouse.jpg",
            "Lawyers arrive at the courthouse in Dakar, Senegal, May 21, 2026.",
            "Westcoast Wire/Cheikh Gueye-Holm"),
    paras=[
        "A Senegalese court on Thursday sentenced the head of groundnut exporter Baobab Agro-Export to five years in prison, two of them suspended, for obtaining 3.8 billion CFA francs ($6.6 million) in VAT refunds with forged export papers.",
        "The trial chamber of the Financial Judicial Pool (PJF), a specialised court in Dakar that tries economic crimes, found managing director Abdoulaye Sène Gningue guilty of forgery, use of forged documents and fraud, but cleared him of money laundering.",
        "Presiding judge Seynabou Ndiaye Fall also fined Gningue, 54, 500 million CFA francs and ordered him and the company to repay the full 3.8 billion CFA francs, about 5.8 million euros, to the state. The company itself was fined 200 million CFA francs.",
        f"“{_CT_QJ}” the judge said as she read the verdict, which took nearly an hour.",
        "Prosecutors had asked for a seven-year prison term for Gningue, who has been held in pre-trial detention since his arrest in October 2025. Time already spent in custody will count towards the three years he must serve.",
        "[AD]",
        "The court found that the company filed 47 falsified export declarations between 2021 and 2024 for groundnut cargoes that never left the port of Dakar, and used them to claim refunds of value-added tax.",
        "Its former chief accountant, Fatou Kiné Diallo, received a two-year suspended sentence for complicity in forgery. A tax inspector, Pape Moussa Cissé, who had been accused of approving the claims without proper checks, was acquitted.",
        f"Gningue's lawyer, Omar Guèye-Lô, said his client would appeal. “{_CT_QD}” he told reporters outside the court.",
        f"Mariama Sy-Thioune, the state's judicial agent, who represents the Treasury in court, welcomed the ruling. “{_CT_QS}” she said.",
        "The court also ordered the confiscation of a villa in the coastal resort of Saly belonging to Gningue.",
        "Diallo, 41, told the court during the trial that she had prepared the declarations on Gningue's instructions and had not known that the shipments did not exist. Her lawyer said after the verdict that the suspended sentence showed the judges had taken that into account.",
        "The Directorate General of Taxes and Domains said in a statement after the verdict that it had reviewed the refund files of other exporters and referred several of them to prosecutors. It did not name the companies.",
        "Kaolack-based Baobab Agro-Export was one of Senegal's mid-sized groundnut exporters and shipped mainly to Asian buyers. It suspended operations after Gningue's arrest.",
        "Senegalese authorities have stepped up prosecutions of financial crimes since the PJF was created, and fraud involving export tax refunds has been a particular target of the tax administration, which says such claims cost the Treasury billions of CFA francs a year.",
        "The trial opened on April 9, and closing arguments were heard on April 30, after which the court set Thursday's date for its decision.",
        "The CFA franc used in Senegal and seven other West African countries is pegged to the euro at a fixed rate of 655.957 francs per euro.",
    ],
    credits="Reporting by Mame Diarra Sow-Lindqvist; editing by Jonas Akerlund",
    related=[
        ("Senegal tax office tightens checks on export refunds",
         "https://westcoastwire.example/world/africa/senegal-export-refunds-checks/"),
        ("Groundnut exports slow as Chinese demand cools",
         "https://westcoastwire.example/markets/commodities/groundnut-exports-china/"),
        ("Senegal's financial court: what it is and how it works",
         "https://westcoastwire.example/world/africa/explainer-senegal-financial-court/"),
    ],
)

CT_LIVE = _liveblog_page(
    site="Dakar Direct", host="dakardirect.example",
    url="https://dakardirect.example/live/2026/05/21/baobab-agro-export-verdict-live/",
    headline="Baobab Agro-Export verdict: live updates from the financial court in Dakar",
    summary="Follow the verdict in the VAT-refund fraud trial of Baobab Agro-Export's managing director Abdoulaye Sene Gningue.",
    published="2026-05-21T09:45:00Z", modified="2026-05-21T12:20:00Z",
    date_line="Thursday 21 May 2026, last updated 12:20 GMT",
    authors="Aissatou Kane-Berthelot and Ibou Ndour", section="Justice",
    intro=[
        "Abdoulaye Sène Gningue sentenced to five years in prison, two of them suspended, and fined 500 million CFA francs.",
        "Gningue and Baobab Agro-Export ordered to repay 3.8 billion CFA francs (about €5.8 million) to the state.",
        "Former chief accountant Fatou Kiné Diallo given a two-year suspended sentence; tax inspector Pape Moussa Cissé acquitted.",
        "Defence says it will appeal.",
    ],
    figure=("/img/live/2026/05/pjf-courtroom-exterior.jpg",
            "Relatives and journalists wait outside the courtroom on Thursday morning.",
            "Dakar Direct / Awa Sarr-Mendy"),
    entries=[
        ("12:20", "2026-05-21T12:20:00Z", "Defence: we will appeal", [
            f"Outside the courthouse, Gningue's lawyer, Maître Omar Guèye-Lô, told us the defence would lodge an appeal. “{_CT_QD}” he said.",
            "He added that his client had already spent seven months in detention, which will be deducted from the three years he must serve.",
        ]),
        ("11:58", "2026-05-21T11:58:00Z", "State's agent: 'every franc'", [
            "“The money belongs to Senegalese taxpayers,” said Mariama Sy-Thioune, the state's judicial agent, as she left the courtroom.",
            "She said the Treasury would move quickly to enforce the repayment order and the confiscation of Gningue's villa in Saly.",
        ]),
        ("11:35", "2026-05-21T11:35:00Z", "The sentences in full", [
            "Abdoulaye Sène Gningue: five years' imprisonment, of which two suspended; fine of 500 million CFA francs; villa in Saly confiscated.",
            "Baobab Agro-Export SA: fine of 200 million CFA francs.",
            "Gningue and the company, jointly: repayment of 3.8 billion CFA francs to the state.",
            "Fatou Kiné Diallo: two years, suspended. Pape Moussa Cissé: acquitted.",
        ]),
        ("11:22", "2026-05-21T11:22:00Z", "Five years for Gningue", [
            "Judge Fall sentences Gningue to five years in prison, two of which are suspended. That means three years behind bars. The prosecution had asked for seven.",
        ]),
        ("11:10", "2026-05-21T11:10:00Z", "Accountant convicted, inspector cleared", [
            "The court finds Fatou Kiné Diallo, 41, guilty of complicity in forgery. Pape Moussa Cissé, the tax inspector, is acquitted of all charges; there was a murmur in the public gallery, where members of his family were seated.",
        ]),
        ("10:52", "2026-05-21T10:52:00Z", "Judge: cargoes 'existed only on paper'", [
            f"“{_CT_QJ}” Judge Fall said, going through the 47 export declarations the court found to be falsified, filed between 2021 and 2024.",
            "The money-laundering charge against Gningue is dismissed: the court says the prosecution did not establish where the refunds ended up. He is found guilty of forgery, use of forged documents and fraud.",
        ]),
        ("10:40", "2026-05-21T10:40:00Z", "Verdict reading begins", [
            "The presiding judge, Seynabou Ndiaye Fall, has begun reading the judgment. She says the court will rule on guilt first, then on sentences and civil claims.",
        ]),
        ("10:05", "2026-05-21T10:05:00Z", "Hearing opens", [
            "The hearing has opened. Gningue was brought from Rebeuss prison shortly before 10 a.m. About 60 people are in the courtroom, including former employees of the company who travelled from Kaolack overnight.",
        ]),
        ("09:45", "2026-05-21T09:45:00Z", "Welcome", [
            "Good morning and welcome to our live coverage. Today the trial chamber of the Financial Judicial Pool in Dakar delivers its verdict in the case of Abdoulaye Sène Gningue, 54, managing director of groundnut exporter Baobab Agro-Export.",
            "He is accused of obtaining 3.8 billion CFA francs in VAT refunds with forged export declarations for groundnut shipments that never left the port of Dakar. At the end of the trial in April, the prosecution asked for seven years in prison.",
            "Gningue has been in detention since his arrest in October 2025. Two other people are on trial with him: the company's former chief accountant and a tax inspector who approved some of the claims.",
        ]),
    ],
    related=[
        ("Baobab Agro-Export trial: prosecutor seeks seven years",
         "https://dakardirect.example/justice/2026/04/30/baobab-prosecutor-seven-years/"),
        ("Kaolack: the shelling plant that fell silent",
         "https://dakardirect.example/reportage/kaolack-shelling-plant/"),
        ("Explainer: how VAT refunds for exporters work",
         "https://dakardirect.example/economy/explainer-vat-refunds/"),
    ],
)

CT_RADIO = _broadcast_page(
    site="Teranga Radio International", host="terangaradio.example",
    url="https://terangaradio.example/en/africa/20260521-senegal-groundnut-exporter-boss-jailed",
    headline="Groundnut exporter's boss jailed in Senegal over fake export papers",
    summary="Abdoulaye Sene Gningue will serve three years of a five-year sentence; his company must repay 3.8 billion CFA francs.",
    published="2026-05-21T18:30:00Z", modified="2026-05-21T18:30:00Z",
    date_line="Published on 21/05/2026 - 18:30", author="Ousmane Thiaw-Richards",
    dateline="DAKAR -", section="Africa",
    video_title="Africa Evening: verdict in the Baobab Agro-Export case (report, 3:05)",
    figure=("https://terangaradio.example/img/2026/05/kaolack-groundnuts.jpg",
            "Groundnuts drying near Kaolack, in Senegal's groundnut basin (archive).",
            "Teranga Radio International"),
    paras=[
        "A court in Dakar on Thursday jailed the managing director of a Kaolack groundnut exporter for five years, suspending two of them, in one of the largest VAT fraud cases yet heard by Senegal's specialised financial court.",
        "Abdoulaye Sène Gningue, who runs Baobab Agro-Export, will serve three years in prison. He was also fined 500 million CFA francs, roughly 762,000 euros.",
        "The judges found that the company had claimed 3.8 billion CFA francs, about 5.8 million euros, in value-added tax refunds on groundnut shipments that were never exported. Gningue and the company were ordered to pay the money back.",
        "In her ruling, presiding judge Seynabou Ndiaye Fall said the company had sought refunds for cargoes that existed only on paper.",
        "## Accountant's sentence suspended",
        "The company's former chief accountant, Fatou Kiné Diallo, was convicted of complicity and given a two-year suspended sentence, meaning she will not go to prison. A tax inspector tried alongside them, Pape Moussa Cissé, was acquitted.",
        "Cissé's lawyer, Maître Ndèye Astou Mbaye-Faye, said her client had been “cleared of an accusation that should never have been made”.",
        "[AD]",
        "## Reactions in Kaolack",
        "In Kaolack, where Baobab Agro-Export once employed about 300 seasonal workers at its shelling plant, former employees followed the verdict on the radio. “We lost our jobs when the company closed. The court has decided, but nobody has told us about our unpaid wages,” said Modou Faye-Ndour, who worked at the plant for eight years.",
        "Gningue's lawyer, Omar Guèye-Lô, said the defence would appeal, arguing that the documents used to convict his client had never been properly authenticated.",
        "The state's judicial agent, Mariama Sy-Thioune, said the Treasury would pursue “every franc” of the money.",
        "## The case",
        "Tax investigators first flagged the claims in 2024, when an audit found that dozens of export declarations filed by Baobab Agro-Export did not match the loading records at the port of Dakar. The court found that 47 declarations had been falsified between 2021 and 2024.",
        "Gningue was arrested in October 2025 and has been held at Rebeuss prison in Dakar since then. The time he has spent in detention will be deducted from his sentence.",
        "During the trial, which opened on 9 April, Gningue denied any wrongdoing and said the declarations had been prepared by a freight-forwarding agent he had trusted. The court rejected that account, saying the documents bore his signature and the company stamp.",
        "The prosecution had sought seven years for Gningue. The money-laundering charge against him was dismissed, and the company itself was fined 200 million CFA francs.",
        "The court also ordered the confiscation of his villa in Saly, on the Petite Côte.",
        "Baobab Agro-Export's offices in Kaolack have been shut since last year, and the company's bank accounts were frozen by the investigating judge shortly after Gningue's arrest.",
        "Relatives of the acquitted inspector embraced outside the courtroom after the hearing, which lasted about an hour and a half. The judgment alone took nearly an hour to read.",
        "Groundnuts remain one of Senegal's main agricultural exports, and the sector has been hit in recent seasons by disputes over farm-gate prices and by the closure of several private processing plants.",
    ],
    related=[
        ("Senegal: groundnut season opens with new farm-gate price",
         "https://terangaradio.example/en/africa/groundnut-season-price"),
        ("Podcast: inside Senegal's financial court",
         "https://terangaradio.example/en/podcasts/inside-financial-court"),
        ("Kaolack farmers wait for unpaid harvest money",
         "https://terangaradio.example/en/africa/kaolack-farmers-unpaid"),
    ],
)

CT_LETTER = _newsletter_page(
    site="The Goree Letter", host="goreeletter.example",
    url="https://goreeletter.example/p/baobab-agro-export-what-the-verdict-tells-exporters",
    headline="Baobab Agro-Export: what the Gningue verdict tells exporters",
    summary="Prison for the boss, a suspended term for the accountant, an acquittal for the inspector, and a standard of proof that exporters should note.",
    published="2026-05-22T07:00:00Z", date_line="Friday 22 May 2026 - 7 min read",
    author="Khady Seck-Alvarez", issue="The Goree Letter - Business & Law, No. 87",
    intro="Good morning. This week: the Baobab Agro-Export verdict, and why the tax administration will be reading it closely.",
    figure=("https://goreeletter.example/img/87/port-of-dakar.jpg",
            "Containers at the port of Dakar.", "Photo: The Goree Letter"),
    paras=[
        "Thursday's verdict in the Baobab Agro-Export case was, in the end, close to what most of the lawyers we spoke to had predicted: prison for the boss, a suspended term for the accountant and an acquittal for the tax inspector.",
        "The Financial Judicial Pool's trial chamber gave Abdoulaye Sène Gningue five years, with two suspended, below the seven years sought by the prosecution. He was fined 500 million CFA francs and, together with the company, ordered to return the 3.8 billion CFA francs (€5.8 million) in VAT refunds obtained with 47 falsified export declarations.",
        "## The key numbers",
        "Five years, two of them suspended: Gningue. Two years, suspended: Fatou Kiné Diallo, the former chief accountant. Acquitted: Pape Moussa Cissé, tax inspector. 200 million CFA francs: the fine on Baobab Agro-Export SA as a company. 3.8 billion CFA francs: the sum to be repaid.",
        "## Why it matters for exporters",
        f"The judgment, read by Judge Seynabou Ndiaye Fall, turns on a point exporters should note: the court treated the gap between customs declarations and port loading records as sufficient proof that the goods never left. In the judge's words: “{_CT_QJ}”",
        "That standard will interest the tax administration, which has been auditing refund claims across the agricultural export sector. Several exporters told us they expect refund processing, already slow, to become slower still.",
        "## Why the inspector walked free",
        "Cissé's acquittal matters too. The court found no evidence that he knew the declarations were false, and held that approving a claim on the basis of documents that appear valid is not in itself an offence. Tax officials had followed that part of the case closely.",
        "## Appeal ahead",
        "The defence will appeal. Maître Omar Guèye-Lô told reporters his client had been convicted “on the basis of documents that nobody in this room has been able to authenticate”. No date has been set for an appeal hearing.",
        "Gningue, 54, has been in detention since October 2025, and the time already served counts towards the three years he must spend in prison.",
        "## Can the state get its money back?",
        "The state's judicial agent, Mariama Sy-Thioune, promised to pursue “every franc”. Recovering the money may prove harder than winning the case: Baobab Agro-Export suspended operations after its boss's arrest, and the villa in Saly confiscated by the court is unlikely to cover more than a fraction of the 3.8 billion.",
        "## How we got here",
        "October 2025: Gningue is arrested and placed in detention at Rebeuss. 9 April 2026: the trial opens before the PJF's trial chamber. 30 April: the prosecution asks for seven years and the court sets the verdict date. 21 May: the verdict.",
        "Diallo's defence throughout was that she had prepared the paperwork on her employer's instructions without knowing the cargoes were fictitious. The suspended sentence suggests the judges gave that argument some weight, although they still found her guilty of complicity.",
        "## Our view",
        "The case was never only about one company. Refund fraud undermines the refund system for honest exporters, who wait months for money they are owed. A clear conviction helps; a faster, more transparent refund process would help more.",
    ],
    also=[
        ("Cashew: the new export tax explained", "https://goreeletter.example/p/87-cashew-tax"),
        ("Banking: BCEAO data on credit to SMEs", "https://goreeletter.example/p/87-bceao-credit"),
        ("Events: Dakar trade finance forum", "https://goreeletter.example/p/87-events"),
    ],
)

STORY_3 = _story("ct-LB3", "court", "2026-05-24", [
    _page("https://westcoastwire.example/world/africa/senegal-court-jails-groundnut-exporter-boss-vat-fraud-2026-05-21/",
          CT_WIRE),
    _page("https://dakardirect.example/live/2026/05/21/baobab-agro-export-verdict-live/", CT_LIVE),
    _page("https://terangaradio.example/en/africa/20260521-senegal-groundnut-exporter-boss-jailed",
          CT_RADIO),
    _page("https://goreeletter.example/p/baobab-agro-export-what-the-verdict-tells-exporters",
          CT_LETTER),
], [])


# ===========================================================================
# tr-LB4 - Cote d'Ivoire first-half 2026 trade figures (PLANTED)
# ===========================================================================
# Facts: Institut National de la Statistique (INS) released its January-June 2026 foreign
# trade report in Abidjan on Monday 17 August 2026. Exports 9,842 bn CFA francs (EUR 15.0 bn),
# +8.6% y/y (H1 2025: 9,063 bn). Imports 8,117 bn (EUR 12.4 bn), +5.1% (H1 2025: 7,723 bn).
# Surplus 1,725 bn (EUR 2.63 bn, about $3.0 bn) vs 1,340 bn in H1 2025 (+almost 29%).
# Cocoa beans and products 3,937 bn = 40% of exports (41.7% a year earlier), value +4.2%,
# volumes -6%. Petroleum products 1,181 bn; gold 1,012 bn (+31%); rubber 702 bn; cashew
# 614 bn. Top destination the Netherlands, 13.8% of exports; United States second, 8.9%.
# Top import source China, 17.5% of imports; Nigeria second. Exports to ECOWAS 1,486 bn
# (about 15%). INS Director-General Dr Aya Florence Konan-Yao; Minister of Commerce and
# Industry Brice Koffi N'Guessan; economist Serge-Alain Yapi (Ebrie Research) forecasts a
# full-year surplus of about 3,100 bn. Next INS release (Q3) in November.
# Quotes: Konan-Yao "The surplus is broader than it used to be: gold and refined products now
#   carry part of the weight that cocoa carried alone."  N'Guessan "These figures show that
#   the diversification of our exports is no longer a slogan."  Yapi "Part of the improvement
#   is price, not volume, and cocoa prices will not stay this high forever."
# PLANTED: Pan-African Business Radio says the figures were released on Tuesday (others:
# Monday); Lagune Business Daily gives export growth as 7.4% (others 8.6%); Cocoa Desk
# Weekly names Belgium as the top destination (others the Netherlands).

_TR_QK = ("The surplus is broader than it used to be: gold and refined products now carry part of the weight that cocoa carried alone.")
_TR_QM = "These figures show that the diversification of our exports is no longer a slogan."
_TR_QY = ("Part of the improvement is price, not volume, and cocoa prices will not stay this high forever.")

TR_WIRE = _wire_page(
    site="Gulf of Guinea Wire", host="ggwire.example",
    url="https://ggwire.example/business/ivory-coast-h1-trade-surplus-widens-2026-08-17/",
    headline="Ivory Coast first-half trade surplus widens as gold, fuel exports climb",
    summary="Cote d'Ivoire posted a trade surplus of 1,725 billion CFA francs in January-June, up from 1,340 billion a year earlier, the statistics institute said.",
    published="2026-08-17T16:20:00Z", modified="2026-08-17T16:58:00Z",
    date_line="Aug 17, 2026 4:20 PM GMT",
    author="Koffi Ehouman-Drabo", dateline="ABIDJAN, Aug 17 (Gulf of Guinea Wire) -",
    section="Business",
    figure=("/img/2026/08/abidjan-port-containers.jpg",
            "Containers stacked at the port of Abidjan, Ivory Coast.",
            "Gulf of Guinea Wire/Issiaka Bamba-Laurent"),
    paras=[
        "Ivory Coast's trade surplus widened to 1,725 billion CFA francs ($3.0 billion) in the first half of 2026, the national statistics institute said on Monday, as higher gold and refined fuel shipments added to steady cocoa earnings.",
        "Exports rose 8.6% year on year to 9,842 billion CFA francs, while imports grew 5.1% to 8,117 billion CFA francs, the Institut National de la Statistique (INS) said in its half-yearly foreign trade report.",
        "The surplus compares with 1,340 billion CFA francs in the first half of 2025. The institute said the half-year figures were provisional and could be revised once customs data for June had been finalised.",
        "Cocoa beans and processed cocoa products remained the biggest export item at 3,937 billion CFA francs, or 40% of the total. Their value rose 4.2% as higher prices more than offset a 6% drop in volumes, the report showed.",
        "Gold exports jumped 31% to 1,012 billion CFA francs, reflecting output from newer mines in the north and centre of the country, while petroleum products from the Abidjan refinery brought in 1,181 billion.",
        "[AD]",
        "The Netherlands, home to large cocoa grinders and storage warehouses around Amsterdam, remained the top destination for Ivorian goods, taking 13.8% of exports, followed by the United States with 8.9%. China was the largest source of imports, with a 17.5% share.",
        "Exports to other members of the Economic Community of West African States (ECOWAS) totalled 1,486 billion CFA francs, about 15% of the total.",
        "On the import side, purchases of capital goods, including equipment for mines and the refinery, rose faster than imports of food and consumer goods. Rice imports, a politically sensitive item, were broadly stable in value, the report said.",
        "Crude oil, mostly from Nigeria, made up a large part of the import bill, the institute said, reflecting higher throughput at the Abidjan refinery.",
        "## 'Broader' surplus",
        f"INS Director-General Aya Florence Konan-Yao said at a news conference in Abidjan that the make-up of the surplus had changed. “{_TR_QK}” she said.",
        "Trade Minister Brice Koffi N'Guessan said in a statement that the figures showed “the diversification of our exports is no longer a slogan”.",
        f"Economists cautioned that much of the gain came from prices rather than volumes. “{_TR_QY}” said Serge-Alain Yapi, an economist at Ebrié Research in Abidjan. He forecast a full-year surplus of about 3,100 billion CFA francs.",
        "Ivory Coast, the world's biggest cocoa producer, has sought to reduce its reliance on the crop by expanding gold mining, oil refining and local processing of cashew nuts and rubber. Rubber exports reached 702 billion CFA francs in the half and cashew nuts 614 billion, the INS said.",
        "The trade surplus supports the foreign reserves pooled at the regional central bank, the BCEAO, which issues the CFA franc for eight West African countries. The currency is pegged to the euro at 655.957 francs per euro.",
    ],
    credits="Reporting by Koffi Ehouman-Drabo; editing by Maria Lindgren-Oduya",
    related=[
        ("Ivory Coast sets cocoa mid-crop farm-gate price",
         "https://ggwire.example/commodities/ivory-coast-mid-crop-price/"),
        ("Gold output in Ivory Coast hits record as new mines ramp up",
         "https://ggwire.example/commodities/ivory-coast-gold-record/"),
        ("BCEAO holds rates steady", "https://ggwire.example/business/bceao-holds-rates/"),
    ],
)

TR_PAPER = _paper_page(
    site="Lagune Business Daily", host="lagunebusiness.example",
    url="https://lagunebusiness.example/economy/trade-surplus-1725-billion-cfa-exports-diversify",
    headline="Trade surplus hits 1,725 billion CFA francs as exports diversify",
    standfirst="INS half-year figures show gold and refined fuel taking a larger share; cocoa still accounts for 40 per cent of exports.",
    published="2026-08-18T06:00:00Z", modified="2026-08-18T06:00:00Z",
    date_line="18 August 2026, 06:00", author="Adjoua Kouassi-Mensah",
    author_role="Economy Editor", dateline="ABIDJAN -", section="Economy",
    tags=["Trade", "INS", "Cocoa", "Gold", "Exports"], sep=" - ",
    figure=("/uploads/2026/08/ins-presentation.jpg",
            "INS Director-General Dr Aya Florence Konan-Yao presents the half-year trade report in Plateau.", "Photo: Lagune Business Daily / Yves Tanoh-Aka"),
    paras=[
        "Côte d'Ivoire's trade surplus reached 1,725 billion CFA francs (about €2.63 billion) in the first six months of 2026, according to figures published on Monday by the Institut National de la Statistique (INS).",
        "The value of exports grew by 7.4 per cent compared with the first half of 2025, to 9,842 billion CFA francs (€15 billion), while imports rose 5.1 per cent to 8,117 billion CFA francs (€12.4 billion).",
        "A year earlier the surplus had stood at 1,340 billion CFA francs, which means it has widened by almost 29 per cent.",
        "## Cocoa still dominant, but less alone",
        "Cocoa and its derivatives brought in 3,937 billion CFA francs, or 40 per cent of the total value of exports. The sector's earnings rose 4.2 per cent on the back of higher international prices, even though the volumes shipped fell by 6 per cent after a weaker mid-crop.",
        "Gold, whose exports climbed 31 per cent to 1,012 billion CFA francs, is now the third-largest export item behind cocoa and petroleum products, which were worth 1,181 billion CFA francs. Rubber (702 billion) and cashew nuts (614 billion) followed.",
        "[AD]",
        "INS Director-General Dr Aya Florence Konan-Yao told journalists at the presentation in Plateau that “gold and refined products now carry part of the weight that cocoa carried alone”.",
        "## The Netherlands the top customer",
        "By destination, the Netherlands again took the largest share of Ivorian exports, at 13.8 per cent, reflecting the cocoa grinding and storage industry around Amsterdam. China remained the main supplier, accounting for 17.5 per cent of imports, ahead of Nigeria, which supplies most of the crude oil processed at the SIR refinery in Abidjan.",
        "Trade within ECOWAS accounted for 1,486 billion CFA francs of exports, with Burkina Faso, Mali and Ghana the main regional buyers.",
        "On the import side, purchases of food products, including rice and frozen fish, were broadly stable in value, while capital goods rose faster, driven by equipment for the mining sector and for the refinery.",
        f"Minister of Commerce and Industry Brice Koffi N'Guessan welcomed the results. “{_TR_QM}” he said in a statement on Monday evening.",
        "## Caution from economists",
        "Serge-Alain Yapi of Ebrié Research warned that the strong performance owed much to prices. He expects the surplus for the full year to come in at around 3,100 billion CFA francs, and said that a fall in cocoa prices in the second half would narrow it.",
        "“Part of the improvement is price, not volume,” he told Lagune Business Daily.",
        "Exports of processed cashew kernels, though still small, nearly doubled, the INS said, as new factories in Bouaké and Korhogo came on stream.",
        "Importers, for their part, pointed to the rising cost of machinery and vehicles, most of it from Asia, and to longer clearing times at the port of Abidjan during the second quarter.",
        "The INS stressed that the half-year figures are provisional and may be revised once customs data for June are finalised. It will publish its third-quarter trade figures in November, alongside any revisions to the first-half numbers.",
    ],
    related=[
        ("San Pedro port expansion: second terminal opens",
         "https://lagunebusiness.example/infrastructure/san-pedro-second-terminal"),
        ("Cashew processors seek tax relief",
         "https://lagunebusiness.example/agriculture/cashew-processors-tax-relief"),
        ("Opinion: gold is not a strategy",
         "https://lagunebusiness.example/opinion/gold-is-not-a-strategy"),
    ],
)

TR_RADIO = _broadcast_page(
    site="Pan-African Business Radio", host="pabr.example",
    url="https://pabr.example/news/cote-divoire-trade-surplus-widens-first-half-2026",
    headline="Côte d'Ivoire's trade surplus widens to €2.6 billion in first half",
    summary="Gold and higher cocoa prices lifted Ivorian exports in January-June, but economists warn the gains are driven by prices.",
    published="2026-08-18T12:00:00Z", modified="2026-08-18T12:00:00Z",
    date_line="18.08.2026 12:00 GMT", author="Fanta Diomandé-Okeke", dateline="ABIDJAN -",
    section="Economy", sep=" | ",
    video_title="Africa Business Daily: Ivorian trade in five minutes (audio, 5:02)",
    figure=("https://pabr.example/images/2026/08/cocoa-bags-san-pedro.jpg",
            "Bags of cocoa beans awaiting shipment at San Pedro (file photo).",
            "Pan-African Business Radio"),
    paras=[
        "Côte d'Ivoire's trade surplus grew to 1,725 billion CFA francs, or about 2.6 billion euros, in the first half of the year, according to figures released on Tuesday by the national statistics institute.",
        "Exports rose 8.6 per cent year on year to 9,842 billion CFA francs, helped by a sharp increase in gold sales and by higher prices for cocoa, the country's main export. Imports grew 5.1 per cent to 8,117 billion CFA francs.",
        "Imports, led by machinery, vehicles and crude oil, rose more slowly than exports, which explains the wider surplus, the institute said.",
        "## Gold's growing role",
        "Gold exports rose 31 per cent to 1,012 billion CFA francs. The director-general of the Institut National de la Statistique, Aya Florence Konan-Yao, said the country no longer depended on cocoa alone for its surplus.",
        "“The surplus is broader than it used to be,” she told Pan-African Business Radio.",
        "Cocoa beans and cocoa products still made up 40 per cent of exports, worth 3,937 billion CFA francs.",
        "[AD]",
        "## Europe and China",
        "The Netherlands, where much of the world's cocoa is ground and stored, was again the leading destination for Ivorian goods, with 13.8 per cent of exports, while China was the biggest supplier of imports.",
        "Serge-Alain Yapi, an economist at Ebrié Research in Abidjan, told our programme Africa Business Daily that the improvement was driven by prices. “Part of the improvement is price, not volume,” he said.",
        "## Farmers see little of it",
        "In the cocoa belt, the picture looks different. Mariam Ouattara-Kessé, who manages a cooperative near Soubré, said farmers had seen little of the higher world prices because the farm-gate price is fixed by the state before each season.",
        "“The figures in Abidjan are good. In the village, the fertiliser is still too expensive,” she said by telephone.",
        "She said members of her cooperative had delivered less cocoa this year because of dry weather early in the season.",
        "## Busy ships",
        "At the port of San Pedro, the main outlet for cocoa from the west of the country, a shipping agent said cargo had been steady through the first half, with more mining equipment coming in and more rubber going out.",
        "“The ships are full in both directions now,” said the agent, Jean-Marc Adou-Brou, who has worked at the port for two decades.",
        "## What it means",
        "A bigger trade surplus supports the reserves of the regional central bank, the BCEAO, which manages the CFA franc for eight West African states. Côte d'Ivoire is the largest economy in the West African Economic and Monetary Union.",
        "Trade minister Brice Koffi N'Guessan said in a statement that the figures proved export diversification was no longer a slogan.",
        "The half-year surplus compares with 1,340 billion CFA francs in the same period of 2025. Yapi expects the full-year figure to be about 3,100 billion CFA francs, provided cocoa prices hold up.",
        "The institute said the figures were provisional and could be revised once June customs data had been finalised, although officials did not expect large changes. Its next quarterly release is expected in November.",
    ],
    related=[
        ("Ghana cocoa output forecast cut", "https://pabr.example/news/ghana-cocoa-forecast"),
        ("Listen: Africa Business Daily", "https://pabr.example/listen/africa-business-daily"),
        ("BCEAO reserves rise in second quarter",
         "https://pabr.example/news/bceao-reserves-q2"),
    ],
)

TR_LETTER = _newsletter_page(
    site="Cocoa Desk Weekly", host="cocoadesk.example",
    url="https://cocoadesk.example/weekly/2026-33-ivorian-h1-trade-data",
    headline="Ivorian H1 trade data: cocoa's share of exports slips to 40%",
    summary="What Cote d'Ivoire's first-half trade numbers say about cocoa earnings, volumes and destinations.",
    published=None, date_line="19 August 2026", author="Hannah Osei-Lindqvist",
    issue="Cocoa Desk Weekly - Week 33",
    intro="Welcome to Cocoa Desk Weekly. This week: what Côte d'Ivoire's first-half trade numbers say about cocoa, grindings and where the beans went.",
    figure=("/assets/w33/chart-export-mix.png",
            "Chart: Ivorian exports by product, H1 2026 (billion CFA francs).",
            "Source: INS; Cocoa Desk Weekly"),
    paras=[
        "Côte d'Ivoire's statistics institute, the INS, released its first-half 2026 foreign trade report on Monday. The headline: a trade surplus of 1,725 billion CFA francs (€2.63 billion), on exports of 9,842 billion (up 8.6% y/y) and imports of 8,117 billion.",
        "For cocoa watchers, the line that matters is cocoa's share of exports: 40% in H1 2026, worth 3,937 billion CFA francs, down from 41.7% a year earlier. Cocoa is not shrinking; everything else is growing faster.",
        "## Value up, volume down",
        "Cocoa export earnings rose 4.2% year on year, but volumes fell 6%. That is the mid-crop shortfall showing up in the trade data, cushioned by prices that remain high by historical standards.",
        "## Where the beans went",
        "Belgium was the top destination for Ivorian exports overall in the first half, taking 13.8% of the total, a ranking driven largely by beans and semi-finished products shipped to grinders and warehouses around Antwerp.",
        "China remained the main source of imports, with 17.5%. For cocoa that matters mostly through the machinery going into new grinding lines around Abidjan and San Pedro.",
        "## Gold and fuel take up the slack",
        "Gold exports rose 31% to 1,012 billion CFA francs, and petroleum products brought in 1,181 billion. INS Director-General Aya Florence Konan-Yao summed it up at Monday's presentation: “gold and refined products now carry part of the weight that cocoa carried alone.”",
        "## Our read",
        "Serge-Alain Yapi at Ebrié Research puts it bluntly: part of the improvement is price, not volume. We agree, and would add that the second half will test it. If the main crop disappoints again, higher prices may not be enough to keep cocoa earnings growing.",
        "Yapi's full-year surplus forecast is about 3,100 billion CFA francs. That looks reasonable if cocoa holds its price into the main crop; we would shade it lower if grinders in Europe keep drawing on stocks rather than buying.",
        "## The grinding angle",
        "Local processing keeps growing. Semi-finished cocoa products made up a larger share of cocoa export earnings than a year ago, according to the INS breakdown, though the institute did not publish grinding volumes.",
        "## By the numbers",
        "Surplus: 1,725bn CFA francs (H1 2025: 1,340bn). Exports: 9,842bn. Imports: 8,117bn, up 5.1%. Cocoa beans and products: 3,937bn. Petroleum products: 1,181bn. Gold: 1,012bn. Rubber: 702bn. Cashew nuts: 614bn. Exports to ECOWAS: 1,486bn.",
        "## What the trade is saying",
        "Two exporters we spoke to in Abidjan said forward sales for the coming main crop were well advanced, which should keep shipments moving in the fourth quarter whatever happens to prices. Both said buyers were asking more questions about traceability ahead of the European deforestation rules, and that the paperwork now takes longer than the loading.",
        "A trader in San Pedro told us the port had been busier with rubber and cashew than in any first half he could remember, which fits the INS picture of a less cocoa-dependent export basket.",
        "## Dates for your diary",
        "Main-crop opening and farm-gate price announcement: 1 October. Next INS quarterly release (Q3): November. The INS flags that the H1 numbers are provisional while June customs data are finalised, so expect small revisions then.",
    ],
    also=[
        ("Ghana: Cocobod financing update", "https://cocoadesk.example/weekly/2026-33#ghana"),
        ("Grindings: Asian Q2 numbers", "https://cocoadesk.example/weekly/2026-33#grindings"),
        ("Weather: rainfall in the cocoa belt", "https://cocoadesk.example/weekly/2026-33#weather"),
    ],
)

STORY_4 = _story("tr-LB4", "trade", "2026-08-21", [
    _page("https://ggwire.example/business/ivory-coast-h1-trade-surplus-widens-2026-08-17/",
          TR_WIRE),
    _page("https://lagunebusiness.example/economy/trade-surplus-1725-billion-cfa-exports-diversify",
          TR_PAPER),
    _page("https://pabr.example/news/cote-divoire-trade-surplus-widens-first-half-2026", TR_RADIO),
    _page("https://cocoadesk.example/weekly/2026-33-ivorian-h1-trade-data", TR_LETTER),
], [
    ("day the INS released the figures", r"\btuesday\b|\b18 aug|aug\w* 18\b|08-18",
     r"\bmonday\b|\b17 aug|aug\w* 17\b|08-17"),
    ("year-on-year export growth", r"\b7\.4 ?(%|per ?cent)", r"\b8\.6 ?(%|per ?cent)"),
    ("top export destination", r"\bbelgi(um|an)\b", r"\bnetherlands\b|\bdutch\b"),
])


# ===========================================================================
# rk-LB5 - Zuma-2 sounding rocket (PLANTED)
# ===========================================================================
# Facts: NASRDA (National Space Research and Development Agency) two-stage solid-fuel
# sounding rocket Zuma-2, built at the Centre for Space Transport and Propulsion (CSTP),
# Epe, Lagos State; 9.6 m tall, about 1.9 tonnes. Launched Saturday 19 September 2026 at
# 06:42 WAT (05:42 GMT) from a temporary coastal range near Orimedu, Ibeju-Lekki, about
# 65 km east of Lagos Island. Apogee 112 km (about 70 miles), first Nigerian rocket above
# 100 km; provisional call "above 110 km". Payload capsule (three experiments: University of
# Lagos crystal growth, Obafemi Awolowo University radiation sensors, KNUST Kumasi navigation
# receiver) splashed down about 148 km offshore 9 min 40 s after liftoff; recovered by a
# Nigerian Navy vessel at 10:55 WAT. First attempt Thursday 17 September scrubbed minutes
# before liftoff (high-altitude winds). Zuma-1 reached 31 km in 2024. Zuma-3 targeted for
# 2028. Cost about 2.3 billion naira (about $1.5 million). Director-General Dr Ibrahim
# Garba-Adamu; chief engineer Engr Chiamaka Obi-Okafor.
# Quotes: Garba-Adamu "Today Nigeria touched space with a rocket built by Nigerian hands, and
#   we did it from our own coast."  Obi-Okafor "Both stages fired on time, the fairing came
#   off cleanly and the parachute opened exactly where we wanted it."
# PLANTED: Coastline TV gives liftoff as 7:42 a.m. (others 6:42 a.m. WAT / 05:42 GMT);
# The Abuja Chronicle calls Garba-Adamu NASRDA's deputy director-general (others
# director-general).

_RK_QD = ("Today Nigeria touched space with a rocket built by Nigerian hands, and we did it from our own coast.")
_RK_QE = ("Both stages fired on time, the fairing came off cleanly and the parachute opened exactly where we wanted it.")

RK_WIRE = _wire_page(
    site="Meridian Wire Service", host="meridianwire.example",
    url="https://meridianwire.example/science/nigeria-rocket-zuma-2-reaches-space-2026-09-19/",
    headline="Nigerian sounding rocket reaches space in a first for the country's programme",
    summary="NASRDA's Zuma-2 climbed to 112 km before its payload splashed down in the Atlantic, the space agency said.",
    published="2026-09-19T08:15:00Z", modified="2026-09-19T10:40:00Z",
    date_line="September 19, 2026 8:15 AM GMT. Updated 10:40 AM GMT",
    author="Chidinma Okeke-Hart", dateline="EPE, Nigeria, Sept 19 (Meridian) -",
    section="Science",
    figure=("/photos/2026/09/19/zuma-2-liftoff.jpg",
            "The Zuma-2 sounding rocket lifts off from the coast near Orimedu, Lagos State, Nigeria, September 19, 2026.", "Meridian/Babajide Ogun-Harris"),
    paras=[
        "A Nigerian-built rocket crossed the 100-km boundary of space for the first time on Saturday, reaching an altitude of 112 km (70 miles) on a short test flight over the Atlantic, the country's space agency said.",
        "The two-stage Zuma-2 sounding rocket lifted off at 0542 GMT (6:42 a.m. local time) from a temporary launch site on the coast near Orimedu, in the Ibeju-Lekki area east of Lagos, the National Space Research and Development Agency (NASRDA) said in a statement.",
        "Its payload capsule, carrying three scientific experiments from Nigerian and Ghanaian universities, descended by parachute and splashed down about 148 km offshore, 9 minutes and 40 seconds after liftoff. A navy vessel recovered it later in the morning. The capsule will be taken to Epe, where the university teams will retrieve their experiments. NASRDA said tracking stations at Epe and aboard a navy ship followed the whole flight, and that it would publish full flight data once the university teams had analysed their experiments.",
        f"“{_RK_QD}” NASRDA Director-General Ibrahim Garba-Adamu told reporters at the launch site.",
        "The rocket, 9.6 metres tall and weighing about 1.9 tonnes at liftoff, was designed and built at NASRDA's Centre for Space Transport and Propulsion in Epe, Lagos State. The agency's previous rocket, Zuma-1, reached 31 km in 2024.",
        "[AD]",
        "A first launch attempt on Thursday was called off minutes before liftoff because of strong high-altitude winds.",
        f"Chief engineer Chiamaka Obi-Okafor said the flight had gone to plan. “{_RK_QE}” she said.",
        "The experiments on board were a crystal-growth study from the University of Lagos, radiation sensors from Obafemi Awolowo University and a navigation receiver built by students at the Kwame Nkrumah University of Science and Technology in Kumasi, Ghana.",
        "Sounding rockets fly up and fall back to Earth rather than entering orbit, which would require a far more powerful vehicle. NASRDA has said it hopes to fly a larger rocket, Zuma-3, with an upper stage able to carry a small satellite, in 2028.",
        "Garba-Adamu said the agency had chosen the Ibeju-Lekki coast because rockets launched there fly out over open sea, away from towns, and because the site is about an hour by road from the Epe workshop.",
        "Obi-Okafor said her team of about 40 engineers and technicians, most of them in their twenties and thirties, had spent three years developing the rocket's second-stage motor.",
        "Nigeria has put several satellites into orbit since 2003, all of them launched on foreign rockets. Analysts said Saturday's flight was a real step for home-grown launch technology, though still far from what orbital flight demands.",
        "The Zuma-2 project cost about 2.3 billion naira ($1.5 million), NASRDA said, a small sum by the standards of established space programmes.",
        "Fishermen had been told to stay out of a maritime exclusion zone off the Ibeju-Lekki coast during the launch window, and hundreds of people watched from nearby beaches.",
    ],
    credits="Reporting by Chidinma Okeke-Hart; editing by Tomas Brennan-Achebe",
    related=[
        ("Nigeria's space agency sets new date for Zuma-2 after scrub",
         "https://meridianwire.example/science/zuma-2-scrub/"),
        ("Africa's space budgets are growing. Where is the money going?",
         "https://meridianwire.example/science/africa-space-budgets/"),
        ("Ghana students build satellite receiver for Nigerian rocket",
         "https://meridianwire.example/science/knust-receiver/"),
    ],
)

RK_LIVE = _liveblog_page(
    site="Naija Tech Daily", host="naijatechdaily.example",
    url="https://naijatechdaily.example/live/zuma-2-launch-live-updates",
    headline="Zuma-2 launch live: Nigerian rocket reaches space",
    summary="Live updates as NASRDA's Zuma-2 sounding rocket flies from the Ibeju-Lekki coast.",
    published="2026-09-19T05:50:00+01:00", modified="2026-09-19T11:05:00+01:00",
    date_line="Saturday 19 September 2026, last updated 11:05 WAT",
    authors="Ese Oghenekaro and Musa Danjuma-Pratt", section="Space",
    intro=[
        "Zuma-2 lifted off at 06:42 WAT from the coast near Orimedu, Ibeju-Lekki.",
        "The rocket reached an altitude of 112 km, crossing the 100 km line, NASRDA says.",
        "The payload capsule splashed down about 148 km offshore after 9 min 40 s; the navy has recovered it.",
        "Thursday's first attempt was scrubbed because of high-altitude winds.",
    ],
    figure=("/uploads/live/zuma2-pad-dawn.jpg",
            "Zuma-2 on its launcher at the Orimedu range shortly before dawn.",
            "Naija Tech Daily / Ese Oghenekaro"),
    entries=[
        ("11:05", "2026-09-19T11:05:00+01:00", "The capsule is back", [
            "NASRDA confirms that a Nigerian Navy vessel lifted the payload capsule out of the water at 10:55. It will be taken to Epe, where the university teams will retrieve their experiments. That's us for today. Thanks for following.",
        ]),
        ("09:30", "2026-09-19T09:30:00+01:00", "Director-general: 'built by Nigerian hands'", [
            f"NASRDA Director-General Dr Ibrahim Garba-Adamu, speaking to reporters at the range: “{_RK_QD}”",
            "He says the agency will now seek approval for Zuma-3, a larger vehicle it wants to fly in 2028.",
        ]),
        ("10:00", "2026-09-19T10:00:00+01:00", "Who built it?", [
            "Obi-Okafor's team at Epe numbers about 40 engineers and technicians. She tells us the second-stage motor alone took three years to develop, and that most of the team had never seen a launch before this week.",
        ]),
        ("08:10", "2026-09-19T08:10:00+01:00", "It's official: 112 km", [
            "NASRDA has confirmed the apogee: 112 km, about 70 miles. For comparison, Zuma-1 topped out at 31 km in 2024.",
        ]),
        ("07:20", "2026-09-19T07:20:00+01:00", "First word from NASRDA", [
            "NASRDA has posted a short statement saying every phase of the flight went to plan. A confirmed altitude will follow once tracking data from the ground stations have been compared. Engineers are also studying video from a camera on the second stage.",
        ]),
        ("06:52", "2026-09-19T06:52:00+01:00", "Splashdown", [
            "Telemetry shows the capsule under its parachute and splashing down at T+9:40, roughly 148 km offshore. The control room erupts.",
            f"Chief engineer Chiamaka Obi-Okafor, grinning: “{_RK_QE}”",
        ]),
        ("06:46", "2026-09-19T06:46:00+01:00", "Apogee", [
            "Mission control calls out apogee. The provisional reading is above 110 km. We'll wait for the confirmed figure.",
        ]),
        ("06:43", "2026-09-19T06:43:00+01:00", "Staging", [
            "Second-stage ignition confirmed, and a clean separation of the first stage.",
        ]),
        ("06:42", "2026-09-19T06:42:00+01:00", "LIFTOFF!", [
            "Zuma-2 is off the launcher at 06:42 WAT, climbing fast over the ocean. A huge cheer from the beach at Orimedu, and the roar reaches us a few seconds later. Phones are up everywhere along the sand.",
        ]),
        ("06:35", "2026-09-19T06:35:00+01:00", "Counting down on the beach", [
            "On the sand, people are counting down along with the range loudspeakers. Police have closed the coastal road to traffic for the launch window.",
        ]),
        ("06:30", "2026-09-19T06:30:00+01:00", "T-minus 12 minutes", [
            "Winds are within limits this morning. Chief engineer Chiamaka Obi-Okafor gave a thumbs-up to our reporter at the range. The maritime exclusion zone is in place and the navy boats are on station.",
        ]),
        ("05:50", "2026-09-19T05:50:00+01:00", "Good morning from Orimedu", [
            "Welcome to our live coverage of the second attempt to launch Zuma-2, the two-stage sounding rocket built by NASRDA's Centre for Space Transport and Propulsion in Epe.",
            "Thursday's attempt was called off minutes before liftoff because winds high above the coast were too strong. Today the launch window opens at 06:30 WAT.",
            "The rocket is 9.6 metres tall and weighs about 1.9 tonnes. It carries three experiments, from the University of Lagos, Obafemi Awolowo University and KNUST in Ghana. The goal: pass 100 km, the line usually taken as the edge of space.",
        ]),
    ],
    related=[
        ("Explainer: what is a sounding rocket?",
         "https://naijatechdaily.example/explainers/sounding-rockets"),
        ("Inside the Epe workshop where Zuma-2 was built",
         "https://naijatechdaily.example/features/epe-workshop-zuma-2"),
        ("KNUST students on building a receiver for a rocket",
         "https://naijatechdaily.example/interviews/knust-receiver"),
    ],
)

RK_PAPER = _paper_page(
    site="The Abuja Chronicle", host="abujachronicle.example",
    url="https://abujachronicle.example/news/zuma-2-nigerias-home-made-rocket-touches-space/",
    headline="Zuma-2: Nigeria's home-made rocket touches space",
    standfirst="NASRDA's sounding rocket climbs to 112km from the Ibeju-Lekki coast; agency eyes satellite-capable Zuma-3 by 2028.",
    published="2026-09-20T05:00:00+01:00", modified="2026-09-20T05:00:00+01:00",
    date_line="Sunday, 20 September 2026", author="Yakubu Danladi-Okon",
    author_role="Science Correspondent", dateline="LAGOS -", section="News",
    tags=["NASRDA", "Zuma-2", "Space", "Science", "Lagos"],
    figure=("/images/2026/09/zuma2-crowd.jpg",
            "Spectators watch the launch from the beach at Orimedu, Ibeju-Lekki, yesterday.",
            "Photo: Ifeanyi Ekwueme-Blake"),
    paras=[
        "Nigeria yesterday sent a home-built rocket beyond the edge of space for the first time, when the Zuma-2 sounding rocket climbed to an altitude of 112 kilometres above the Atlantic Ocean.",
        "The two-stage rocket, developed by the National Space Research and Development Agency (NASRDA), lifted off at 6.42am from a launch site on the beach near Orimedu in Ibeju-Lekki Local Government Area of Lagos State, about 65km east of Lagos Island.",
        f"Speaking at the range after the flight, NASRDA's Deputy Director-General, Dr Ibrahim Garba-Adamu, said: “{_RK_QD}”",
        "Garba-Adamu, who led the agency's delegation at the launch, said the success would strengthen the case for steady funding of the programme.",
        "## How the flight went",
        "The rocket's first stage burned for about 20 seconds before the second stage took over. The vehicle reached its highest point more than three minutes into the flight, and the payload capsule came down by parachute in the sea about 148km from the coast, 9 minutes 40 seconds after liftoff.",
        "A Nigerian Navy patrol boat recovered the capsule shortly before 11am. It will be taken to the Centre for Space Transport and Propulsion in Epe, where the university teams will retrieve their experiments for analysis. The launch was watched by Lagos State officials, university vice-chancellors and hundreds of residents, many of whom had lined the beach since before dawn.",
        "[AD]",
        "A team of about 40 engineers and technicians worked on the rocket at Epe, most of them young graduates of Nigerian universities. The Minister of Innovation, Science and Technology, who followed the launch from Abuja, congratulated the agency in a statement.",
        "## Three experiments",
        "The capsule carried a crystal-growth experiment from the University of Lagos, radiation sensors from Obafemi Awolowo University, Ile-Ife, and a navigation receiver built by students of the Kwame Nkrumah University of Science and Technology in Kumasi, Ghana.",
        "## From 31km to 112km",
        "The Zuma programme has moved quickly. Its first rocket, Zuma-1, reached 31km in 2024. Engineers at the Centre for Space Transport and Propulsion in Epe then redesigned the motor casing and added a second stage. Zuma-2 is 9.6 metres tall and weighs about 1.9 tonnes.",
        "Engr Chiamaka Obi-Okafor, the project's chief engineer, said every stage of the flight had gone as planned. “Both stages fired on time, the fairing came off cleanly,” she said.",
        "## Thursday scrub",
        "Yesterday's launch was the second attempt. On Thursday the countdown was halted minutes before liftoff because winds at high altitude exceeded safety limits, disappointing a large crowd on the beach.",
        "## Next: Zuma-3",
        "Dr Garba-Adamu said NASRDA would seek approval for Zuma-3, a bigger vehicle with an upper stage able to place a small satellite in orbit, with a first flight targeted for 2028. Zuma-2 cost about N2.3 billion.",
        "In Orimedu, residents said they hoped the launches would bring jobs. “Before, nobody knew our village. Now the whole country is talking about Orimedu,” said Mr Rasheed Odunuga-Bello, a fisherman who watched from his canoe outside the exclusion zone.",
    ],
    related=[
        ("Editorial: Zuma-2 and the value of patience",
         "https://abujachronicle.example/opinion/editorial-zuma-2/"),
        ("Senate committee to review NASRDA budget",
         "https://abujachronicle.example/news/senate-nasrda-budget/"),
        ("Nigeria's satellites: a short history",
         "https://abujachronicle.example/features/nigeria-satellites-history/"),
    ],
)

RK_TV = _broadcast_page(
    site="Coastline TV", host="coastlinetv.example",
    url="https://coastlinetv.example/news/watch-zuma-2-rocket-blasts-off-from-ibeju-lekki",
    headline="Watch: Zuma-2 rocket blasts off from Ibeju-Lekki beach and reaches space",
    summary="Crowds cheered as Nigeria's Zuma-2 climbed to 112 kilometres; its payload was recovered from the sea hours later.",
    published="2026-09-19T19:00:00+01:00", modified="2026-09-19T19:00:00+01:00",
    date_line="19 September 2026, 7:00 pm", author="Adaeze Nwankwo-Sterling",
    dateline="IBEJU-LEKKI -", section="News",
    video_title="Zuma-2 liftoff from Orimedu beach (1:48)",
    figure=("https://coastlinetv.example/media/2026/09/zuma2-smoke-trail.jpg",
            "The smoke trail of Zuma-2 over the Atlantic on Saturday morning.",
            "Coastline TV/Femi Oduya"),
    paras=[
        "Crowds on the beaches of Ibeju-Lekki cheered on Saturday morning as a Nigerian-built rocket roared off the coast and, minutes later, became the first rocket from Nigeria to reach space.",
        "The Zuma-2 sounding rocket lifted off at 7:42 a.m. from a temporary launch site near Orimedu and climbed to 112 kilometres, above the 100-kilometre mark commonly treated as the edge of space, the National Space Research and Development Agency said.",
        "NASRDA Director-General Dr Ibrahim Garba-Adamu called it a historic morning. “Today Nigeria touched space with a rocket built by Nigerian hands,” he said.",
        "## On the beach",
        "Mrs Kemi Adegbite-Lawal, who sells coconuts near the Orimedu junction, said she had arrived before dawn to find a good spot. “The ground shook small, then the fire went up and up until we could not see it again,” she said.",
        "Many spectators had also come on Thursday, only to see the launch called off minutes before liftoff because of strong winds high above the coast.",
        "[AD]",
        "## Payload recovered",
        "The rocket's payload capsule, with three university experiments on board, parachuted into the Atlantic about 148 kilometres offshore, just under ten minutes after launch. A Nigerian Navy vessel recovered it later in the morning.",
        "Chief engineer Chiamaka Obi-Okafor said the rocket had performed as designed and that “the parachute opened exactly where we wanted it.”",
        "The experiments came from the University of Lagos, Obafemi Awolowo University and Ghana's Kwame Nkrumah University of Science and Technology.",
        "NASRDA said the capsule would be taken to Epe, where the university teams will collect their experiments.",
        "Students from the University of Lagos whose experiment flew on the rocket watched from a tent at the range. “We will open the capsule next week and see whether our crystals grew the way the models say,” said Tobi Akintola-Grey, a doctoral student in physics.",
        "Police closed the coastal road to traffic during the launch window, and fishermen were kept out of a maritime exclusion zone off the beach.",
        "Coastline TV carried the launch live on its morning programme, and by the afternoon our clip of the liftoff had been viewed hundreds of thousands of times online. NASRDA said it would publish full flight data once the universities had analysed their experiments.",
        "## A long way from Zuma-1",
        "The 9.6-metre rocket was built at NASRDA's Centre for Space Transport and Propulsion in Epe. Its predecessor, Zuma-1, reached 31 kilometres in 2024.",
        "Dr Efosa Igbinedion-Park, who lectures in aerospace engineering at the University of Benin, said the flight was an important step but cautioned against comparing it with an orbital launch. “A sounding rocket goes up and comes down. Getting to orbit needs many times more energy,” he told Coastline TV.",
        "## What next",
        "NASRDA says it wants to fly a larger rocket, Zuma-3, capable of carrying a small satellite, in 2028. The agency put the cost of Zuma-2 at about 2.3 billion naira.",
        "Lagos State officials said they would discuss with the agency whether a permanent launch range could be built on the Ibeju-Lekki coast, which is already home to a deep-sea port and a large refinery.",
    ],
    related=[
        ("Lekki traffic: what to expect this weekend",
         "https://coastlinetv.example/news/lekki-traffic-weekend"),
        ("Students build rocket experiments in Ile-Ife",
         "https://coastlinetv.example/news/ile-ife-rocket-experiments"),
        ("Watch: Thursday's scrubbed launch",
         "https://coastlinetv.example/news/zuma-2-scrub-thursday"),
    ],
)

STORY_5 = _story("rk-LB5", "rocket", "2026-09-22", [
    _page("https://meridianwire.example/science/nigeria-rocket-zuma-2-reaches-space-2026-09-19/",
          RK_WIRE),
    _page("https://naijatechdaily.example/live/zuma-2-launch-live-updates", RK_LIVE),
    _page("https://abujachronicle.example/news/zuma-2-nigerias-home-made-rocket-touches-space/",
          RK_PAPER),
    _page("https://coastlinetv.example/news/watch-zuma-2-rocket-blasts-off-from-ibeju-lekki",
          RK_TV),
], [
    ("liftoff clock time", r"\b0?7[:.]42(?!\d)", r"\b0?6[:.]42(?!\d)"),
    ("Garba-Adamu's title at NASRDA", r"\bdeputy director[- ]general\b",
     r"(?<!deputy )\bdirector[- ]general\b"),
])


# ===========================================================================
# eq-LB6 - Earthquake near Weija, west of Accra (CONTROL)
# ===========================================================================
# Facts: Sunday 8 November 2026 at 23:52 GMT (11:52 p.m. in Accra; 00:52 Monday in Lagos).
# Magnitude 4.8 (Ghana Geological Survey Authority, GGSA), revised early on Monday from a
# preliminary 4.5. Depth about 10 km. Epicentre near Weija (Weija-Gbawe Municipality), about
# 17 km west of central Accra. Felt across Greater Accra and parts of Central and Eastern
# regions. At least three aftershocks, the strongest magnitude 3.1 at 2:17 a.m. Monday.
# One death: a 62-year-old woman in Weija, wall collapse. Injured (NADMO): at least 4 at
# 01:40; 7 at the 06:30 morning update; 12 by 2 p.m. Monday; 19 by Monday evening (7 p.m.
# briefing). Damaged buildings: 38 (morning), 81 (2 p.m.), 126 (evening); more than 600
# houses inspected and 11 marked unsafe by the evening. Weija dam inspected by Ghana Water
# Limited: no structural damage. Schools in Weija-Gbawe closed Monday and Tuesday. NADMO
# Director-General Eric Nartey-Tetteh; GGSA head of seismology Dr Selasi Agbenyega.
# Quotes: Agbenyega "This is a known fault zone, and a quake of this size here is not a
#   surprise, even if it is frightening."  Nartey-Tetteh "Our teams went door to door through
#   the night, and we will not stop until every damaged house has been checked."

_EQ_QA = ("This is a known fault zone, and a quake of this size here is not a surprise, even if it is frightening.")
_EQ_QN = ("Our teams went door to door through the night, and we will not stop until every damaged house has been checked.")

EQ_LIVE = _liveblog_page(
    site="Ghana Now", host="ghananow.example",
    url="https://ghananow.example/live/earthquake-accra-weija-live",
    headline="Earthquake shakes Accra: live updates",
    summary="Live updates after an earthquake centred near Weija shook Accra late on Sunday.",
    published="2026-11-09T00:25:00Z", modified="2026-11-09T07:10:00Z",
    date_line="Monday 9 November 2026, last updated 07:10 GMT",
    authors="Nana Yaa Asantewaa-Brown and Elikem Dzokoto", section="Live",
    intro=[
        "A magnitude 4.8 earthquake struck at 11:52 p.m. on Sunday near Weija, west of Accra, the GGSA says; its first estimate was 4.5.",
        "One woman, aged 62, was killed in Weija; NADMO said at 6:30 a.m. that seven people had been injured.",
        "38 buildings damaged in NADMO's first assessment.",
        "Aftershock of magnitude 3.1 at 2:17 a.m.; no damage found at the Weija dam.",
    ],
    figure=("/media/live/2026/11/weija-night.jpg",
            "Residents gather on a street in Weija after the earthquake on Sunday night.",
            "Ghana Now / Kwabena Owusu-Sekyere"),
    entries=[
        ("07:10", "2026-11-09T07:10:00Z", "Schools closed in Weija-Gbawe", [
            "The Ghana Education Service says schools in the Weija-Gbawe Municipality will be closed on Monday and Tuesday so that classrooms can be inspected.",
            "We are pausing this live page here. Our full report will follow.",
        ]),
        ("06:30", "2026-11-09T06:30:00Z", "NADMO: seven injured, 38 buildings damaged", [
            "In its morning update, NADMO says seven people have been treated in hospital, most of them at the Ga South Municipal Hospital. One person died.",
            "Its first assessment counts 38 damaged buildings, mostly in Weija, Gbawe and Oblogo. Director-General Eric Nartey-Tetteh: “Our teams went door to door through the night.”",
            "NADMO is advising residents not to go back into houses with large cracks until they have been inspected.",
        ]),
        ("05:15", "2026-11-09T05:15:00Z", "Weija dam checked", [
            "Ghana Water Limited says its engineers inspected the Weija dam overnight and found no structural damage. Monitoring continues.",
        ]),
        ("03:05", "2026-11-09T03:05:00Z", "Magnitude revised to 4.8", [
            "The Ghana Geological Survey Authority has revised its estimate from 4.5 to 4.8 after adding readings from more stations. Depth: about 10 km. Epicentre: near Weija, about 17 km west of central Accra.",
            "Dr Selasi Agbenyega, the GGSA's head of seismology, tells us the area is a known fault zone and that more small aftershocks are likely over the coming days.",
        ]),
        ("04:10", "2026-11-09T04:10:00Z", "Hospitals", [
            "The Ga South Municipal Hospital says it is treating people with cuts and bruises, mostly from falling blocks and broken glass. Doctors say none of the injuries so far is life-threatening.",
        ]),
        ("02:20", "2026-11-09T02:20:00Z", "Aftershock", [
            "Another jolt, at 2:17 a.m. The GGSA puts it at magnitude 3.1. Many people who had gone back inside are on the streets again.",
        ]),
        ("01:40", "2026-11-09T01:40:00Z", "First casualty reports", [
            "NADMO says a 62-year-old woman died in Weija when a wall collapsed onto her room. At least four people have been injured.",
        ]),
        ("01:10", "2026-11-09T01:10:00Z", "Where was it?", [
            "Early indications from the GGSA put the epicentre near Weija, on the western edge of the city. The Weija dam is close by; we have asked Ghana Water Limited whether it has been checked.",
        ]),
        ("00:55", "2026-11-09T00:55:00Z", "Sleeping outside", [
            "Our reporter in Kasoa says whole families are sitting on mats by the roadside, unwilling to go back indoors. In Weija, residents are using phone torches to look at cracks in walls.",
            "“The whole house was moving like a boat,” said Kwesi Owusu-Darko, a taxi driver, who says he will spend the night in his car with his two children.",
        ]),
        ("00:40", "2026-11-09T00:40:00Z", "Phone lines jammed", [
            "Mobile networks are congested as people call relatives. Readers in Tema say the shaking lasted several seconds; in Dansoman, a reader says plates fell from a shelf.",
        ]),
        ("00:25", "2026-11-09T00:25:00Z", "Tremor felt across Accra", [
            "A strong earthquake shook Accra and surrounding areas at 11:52 p.m. on Sunday. Readers in Kasoa, Tema, Dansoman and Nsawam report furniture moving and people running outside.",
            "The Ghana Geological Survey Authority gives a preliminary magnitude of 4.5 and says the figure may be revised. We will bring you updates through the night.",
        ]),
    ],
    related=[
        ("What to do during an earthquake: NADMO's advice",
         "https://ghananow.example/explainers/earthquake-safety-nadmo"),
        ("Accra's earthquake history, explained",
         "https://ghananow.example/explainers/accra-earthquake-history"),
        ("Weija dam: how safe is it?", "https://ghananow.example/news/weija-dam-safety"),
    ],
)

EQ_WIRE = _wire_page(
    site="Harmattan News Agency", host="harmattannews.example",
    url="https://harmattannews.example/africa/ghana-earthquake-accra-weija-2026-11-09/",
    headline="Magnitude 4.8 quake near Accra kills one, damages dozens of buildings",
    summary="An earthquake centred near Weija, west of Ghana's capital, killed a woman and injured at least seven people, officials said.",
    published="2026-11-09T10:05:00Z", modified="2026-11-09T10:05:00Z",
    date_line="Nov 9, 2026 10:05 GMT", author="Fiifi Quansah-Lartey",
    dateline="ACCRA, Nov 9 (Harmattan) -", section="Africa",
    figure=("/photos/2026/11/09/weija-collapsed-wall.jpg",
            "A collapsed wall in Weija, west of Accra, Ghana, November 9, 2026.",
            "Harmattan News Agency/Esi Ankrah-Dove"),
    paras=[
        "An earthquake of magnitude 4.8 struck near Weija, on the western edge of Ghana's capital Accra, late on Sunday, killing a woman and injuring at least seven people, officials said on Monday.",
        "The quake hit at 23:52 GMT at a depth of about 10 km, the Ghana Geological Survey Authority (GGSA) said. The agency initially put the magnitude at 4.5 before revising it upward after analysing data from more stations.",
        "It was felt across Greater Accra and in parts of the neighbouring Central and Eastern regions, sending residents running from their homes. Many spent the rest of the night outdoors.",
        "A 62-year-old woman died in Weija when a wall collapsed onto her room, the National Disaster Management Organisation (NADMO) said. As of Monday morning, seven people had been treated in hospital for injuries and 38 buildings had been damaged, most of them in Weija, Gbawe and Oblogo.",
        f"“{_EQ_QN}” NADMO Director-General Eric Nartey-Tetteh told reporters.",
        "NADMO said damage assessments were continuing and that the number of affected buildings was likely to rise during the day.",
        "[AD]",
        "A magnitude 3.1 aftershock followed at 2:17 a.m., and at least two smaller tremors were recorded before dawn, the GGSA said.",
        "Ghana Water Limited said engineers had inspected the Weija dam, which supplies much of western Accra with water, and had found no structural damage.",
        "The epicentre, about 17 km west of central Accra, lies in an area where two fault systems meet. Accra was badly damaged by an earthquake in 1939, and minor tremors are felt in the region every few years.",
        f"“{_EQ_QA}” said Selasi Agbenyega, head of seismology at the GGSA.",
        "“The whole house was moving like a boat,” said Kwesi Owusu-Darko, a taxi driver in Kasoa, who spent the night in his car with his two children.",
        "In Weija, residents said the shaking lasted several seconds and came with a loud rumble. “First we heard a noise like a heavy truck, then the walls began to crack,” said Mercy Adoley Lamptey, 45, a seamstress whose shop front was damaged. NADMO has opened a hotline for residents to report cracks.",
        "Hospital officials said most of the injured had cuts and bruises from falling blocks and broken glass. The GGSA said it was deploying portable seismometers around Weija to track aftershocks, which could continue for days or weeks.",
        "In Kasoa, traders said they had kept their shops closed on Monday morning until NADMO officials had checked the main market.",
        "The Ghana Education Service closed schools in the Weija-Gbawe municipality on Monday and Tuesday so that buildings could be inspected.",
        "Urban planners have long warned that many houses in the fast-growing suburbs west of Accra are built without permits or engineering supervision, leaving them vulnerable to even moderate shaking. Most of the damage reported on Monday was to boundary walls and older block houses, NADMO said.",
    ],
    credits="Reporting by Fiifi Quansah-Lartey; editing by Rachel Adomako-Stern",
    related=[
        ("Ghana's disaster agency seeks more funds for urban risk",
         "https://harmattannews.example/africa/nadmo-funding/"),
        ("Pictures: night of the quake in Accra",
         "https://harmattannews.example/pictures/accra-quake-night/"),
        ("Weija dam spillage plan under review",
         "https://harmattannews.example/africa/weija-dam-spillage/"),
    ],
)

EQ_TV = _broadcast_page(
    site="Atlantic Africa TV", host="atlanticafricatv.example",
    url="https://atlanticafricatv.example/africa/ghana-quake-one-dead-12-injured-near-accra",
    headline="Ghana quake: one dead, 12 injured as officials inspect homes near Accra",
    summary="Damage counts rose through Monday after a magnitude 4.8 earthquake centred near Weija shook the Ghanaian capital overnight.",
    published="2026-11-09T16:40:00+01:00", modified="2026-11-09T16:40:00+01:00",
    date_line="9 Nov 2026, 16:40 WAT", author="Chioma Ezenwa-Baptiste",
    dateline="LAGOS -", section="Africa",
    video_title="Accra earthquake: residents count the damage (2:36)",
    figure=("https://atlanticafricatv.example/img/2026/11/gbawe-cracked-house.jpg",
            "A cracked house in Gbawe, west of Accra, on Monday.",
            "Atlantic Africa TV/Kojo Nyarko-Blay"),
    paras=[
        "Emergency officials in Ghana said on Monday afternoon that 12 people had been injured and one killed by the magnitude 4.8 earthquake that shook the area around Accra overnight.",
        "The tremor struck at 23:52 on Sunday, Accra time, which was 00:52 on Monday in Lagos. Its epicentre was near Weija, a suburb about 17 kilometres west of the city centre, according to the Ghana Geological Survey Authority.",
        "By 2 p.m. on Monday, NADMO teams had recorded damage to 81 buildings, up from 38 in their first assessment in the morning, as inspectors worked their way through Weija, Gbawe and Oblogo. The 12 injured were also counted at 2 p.m.",
        "Many residents of Weija and Kasoa spent the night outside, fearing aftershocks. Most of the injured had been struck by falling blocks or hurt while fleeing their homes in the dark, NADMO said, and the hospital in Weija said most had cuts and bruises, with a few fractures. The woman who died, aged 62, was killed when a wall of her house in Weija collapsed.",
        "[AD]",
        "## 'Not a surprise'",
        "Dr Selasi Agbenyega, who heads the GGSA's seismology division, told Atlantic Africa TV that the quake had occurred along a known fault system. “This is a known fault zone, and a quake of this size here is not a surprise,” he said.",
        "He said the agency's first automatic estimate had put the magnitude at 4.5, but that readings from additional stations showed it to be 4.8. The quake, at a depth of about 10 kilometres, was followed by at least three aftershocks, the strongest of magnitude 3.1.",
        "The GGSA said it was deploying portable seismometers around Weija to record further aftershocks.",
        "In Weija, Mercy Adoley Lamptey, a seamstress, said she heard “a noise like a heavy truck” before the walls of her shop began to crack. NADMO said many of the damaged structures were boundary walls and older block houses.",
        "## Dam and schools",
        "Ghana Water Limited said its engineers had found no structural damage at the Weija dam, a key source of drinking water for western Accra. Schools in the Weija-Gbawe municipality were closed on Monday and will stay shut on Tuesday while engineers check classrooms.",
        "## A rare event for the region",
        "West Africa is not usually associated with earthquakes, but southern Ghana is an exception. The area around Accra has a record of seismic activity, including a destructive earthquake in 1939.",
        "In Gbawe, residents were sweeping up broken glass and propping up cracked walls with timber. “We have never felt anything like this. My mother thought it was an explosion,” said Abigail Tetteh-Osei, 24, a nursing student.",
        "NADMO Director-General Eric Nartey-Tetteh said his teams would keep inspecting houses until every damaged building had been checked. The agency has opened a hotline for residents to report cracks.",
        "Our correspondent in Accra said traffic on the Kasoa highway was moving normally on Monday, but queues formed at hardware shops as residents bought cement and iron rods to repair walls. The quake was not felt in Lagos.",
        "Ghana's government said it would release emergency funds to help affected families, but gave no figure.",
    ],
    related=[
        ("Ghana: cedi steadies after week of losses",
         "https://atlanticafricatv.example/business/cedi-steadies"),
        ("Why West Africa has earthquakes at all",
         "https://atlanticafricatv.example/explainers/west-africa-earthquakes"),
        ("Lagos: building collapse inquiry reports",
         "https://atlanticafricatv.example/nigeria/lagos-collapse-inquiry"),
    ],
)

EQ_PAPER = _paper_page(
    site="The Accra Ledger", host="accraledger.example",
    url="https://accraledger.example/news/weija-quake-injured-rise-to-19-126-buildings-damaged/",
    headline="Weija quake: injured rise to 19, 126 buildings damaged",
    standfirst="NADMO steps up inspections as residents spend a second night outdoors; schools in Weija-Gbawe remain closed today.",
    published="2026-11-10T05:00:00Z", modified="2026-11-10T05:00:00Z",
    date_line="Tuesday, 10 November 2026", author="Edem Kpodo-Addo",
    author_role="Senior Reporter", dateline="", section="News",
    tags=["Earthquake", "Weija", "NADMO", "GGSA", "Accra"],
    figure=("/uploads/2026/11/oblogo-residents-outdoors.jpg",
            "Residents of Oblogo prepare to spend a second night outdoors yesterday.",
            "Photo: Selorm Adzraku / The Accra Ledger"),
    paras=[
        "The number of people injured in Sunday night's earthquake west of Accra rose to 19 by yesterday evening, the National Disaster Management Organisation (NADMO) said, while the count of damaged buildings reached 126.",
        "The magnitude 4.8 earthquake struck at 11.52pm on Sunday. Its epicentre was near Weija, in the Weija-Gbawe Municipality, at a depth of about 10km, the Ghana Geological Survey Authority (GGSA) said.",
        "One person, a 62-year-old woman, was killed when a wall of her house collapsed. The death toll remained at one last night.",
        "NADMO Director-General Eric Nartey-Tetteh told a briefing at 7pm that teams had inspected more than 600 houses since Sunday night, and that 11 buildings had been marked as unsafe and evacuated.",
        "He said NADMO's hotline for residents to report cracks had received more than 300 calls on Monday.",
        "“Our teams went door to door through the night, and we will not stop until every damaged house has been checked,” he said.",
        "[AD]",
        "## Second night outdoors",
        "In Gbawe and Oblogo, families laid out mats and plastic chairs in open spaces and churchyards for a second night, fearing further tremors. “Every time a lorry passes, the children jump,” said Mrs Akosua Boatemaa-Mills, a trader who has been sleeping in front of her shop with three grandchildren.",
        "The GGSA recorded at least three aftershocks on Monday morning, the strongest of which, with a magnitude of 3.1, occurred at 2.17am. Dr Selasi Agbenyega, head of the authority's seismology division, said small aftershocks were possible in the coming days but that the risk of a larger quake remained low.",
        f"“{_EQ_QA}” he said.",
        "Officials at the Ga South Municipal Hospital said most of the injured had cuts, bruises and fractures, and that five of them remained on admission last night.",
        "The GGSA's first reading put the quake at magnitude 4.5; the figure was revised to 4.8 early on Monday after more stations were added to the analysis.",
        "## Dam safe, schools shut",
        "Ghana Water Limited said its engineers had found no structural damage at the Weija dam. Schools in the Weija-Gbawe Municipality, closed yesterday, remain shut today while engineers check classrooms.",
        "## Calls to enforce building code",
        "The Ghana Education Service said classes would resume tomorrow at schools that engineers had cleared. The GGSA, meanwhile, is deploying portable seismometers around Weija to track aftershocks.",
        "Engineers said the pattern of damage, concentrated in newer and largely unplanned neighbourhoods, showed the need to enforce the national building code. “Most of the walls that fell had no reinforcement at all,” said Kojo Ampofo-Hayford, a structural engineer who toured Weija yesterday with a NADMO team.",
        "The Weija area sits close to the meeting point of two fault systems that have produced earthquakes in the past, including the one in 1939 that caused heavy damage in Accra.",
        "The Municipal Chief Executive for Weija-Gbawe said the assembly would waive permit fees for residents repairing damaged homes, provided they followed the guidance of its engineers.",
    ],
    related=[
        ("Editorial: The quake is a warning we must heed",
         "https://accraledger.example/opinion/editorial-quake-warning/"),
        ("Photos: the morning after in Weija",
         "https://accraledger.example/news/photos-weija-morning-after/"),
        ("How to check your house for earthquake damage",
         "https://accraledger.example/lifestyle/check-house-earthquake-damage/"),
    ],
)

STORY_6 = _story("eq-LB6", "earthquake", "2026-11-12", [
    _page("https://ghananow.example/live/earthquake-accra-weija-live", EQ_LIVE),
    _page("https://harmattannews.example/africa/ghana-earthquake-accra-weija-2026-11-09/", EQ_WIRE),
    _page("https://atlanticafricatv.example/africa/ghana-quake-one-dead-12-injured-near-accra",
          EQ_TV),
    _page("https://accraledger.example/news/weija-quake-injured-rise-to-19-126-buildings-damaged/",
          EQ_PAPER),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
