"""Part NB of the story battery (web pages).

Written by engineer NB1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py NB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-NB1, a CONTROL: Taiwan's central bank raises its discount rate by an eighth of a point to
2.125% on Thursday 18 June 2026, with traps in 12.5 bp / 0.125 point / "an eighth", the three
policy rates old and new, old and new CPI/GDP forecasts beside the statistics agency's own,
Thursday's pre-decision close (29.50) against Friday's move (29.41), 4 p.m. vs 0800 GMT and
"yesterday", differently translated quotes, two mortgage examples, the next meeting, a house
forecast of 2.25% and the Fed's range.
el-NB2, PLANTED: Emi Takazawa wins the Nagano governor election of Sunday 9 August 2026, with
her final vote total (438,512 vs 483,512 in the Shinano Daily Herald) and the time the
runner-up conceded (about 9:40 p.m. vs 10:40 p.m. in the Japan Evening Post) planted, and
traps in live-blog partial counts, a 6 p.m. turnout that excludes early votes, exit-poll
shares, 2022 turnout and the percentage-point rise, municipal sub-results, "52" vs "turns
53", the start of her term and the previous governor's 2022 share.
ct-NB3, PLANTED: Korea's Constitutional Court finds the small-workplace exemption from labour
protections incompatible with the Constitution on Thursday 27 August 2026, with the vote
split (7-2 vs 6-3 in the Korea Morning Courier) and the number of petitioning workers (14 vs
17 on SBG English) planted, and traps in the six-vote threshold, the Dec. 31, 2027 deadline
told as "the end of next year", the 1999 and 2019 rulings, translated quotes, 3.9 million vs
nearly 4 million workers, this year's and next year's minimum wage and the 10 p.m. rule.
tr-NB4, a CONTROL: Mongolia's first-half 2026 customs data, released Tuesday 7 July, with
traps in dollars vs tugrik, the spot rate vs the half-year average rate, June-only figures,
year-earlier figures and unit prices, China's own January-May customs figures, targets and
forecasts, rounding (812,400 / about 812,000 / 812.4kt) and yuan price quotes at the border.
rk-NB5, PLANTED: the methane-fuelled Tianlu-2 reaches orbit on its maiden flight from Jiuquan
on Wednesday 14 October 2026, with the liftoff time (7:42 a.m. vs 7:24 a.m. Beijing time in
the Harbour Morning Standard) and the rocket's height (58.6 m vs 56.8 m in Orbital Ledger)
planted, and traps in Beijing time vs UTC across midnight, success declared at 8:27,
expendable vs reusable capacity, translated quotes, the older Tianlu-1's record, the next
flight, tracking-data orbit ranges and yuan/dollar/HK dollar conversions.
eq-NB6, a CONTROL: a magnitude 6.6 earthquake strikes off Hualien, Taiwan, at 1:12 a.m. on
Saturday 14 November 2026, with traps in the CWA's 6.6 against the USGS's 6.4 (always
attributed) and an early 6.5 later revised, Saturday local time vs Friday 1712 GMT, a toll
that rises from none to one, two and three dead across the pages, rising aftershock and
injury counts, falling power-cut counts, rounded distances, and the 2024 and 1999 quakes.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "NB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page building blocks
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _blocks(paras: list[str], img_base: str) -> str:
    """Article body. Markers: '## ' subhead, '> ' pull quote, '[IMG] caption | credit',
    '[AD]' advertisement slot, '[ALSO] title | href' inline related link."""
    out: list[str] = []
    n = 0
    for p in paras:
        if p.startswith("## "):
            out.append('<h2 class="article-subhead">' + _e(p[3:]) + "</h2>")
        elif p.startswith("> "):
            out.append('<blockquote class="pull-quote"><p>' + _e(p[2:]) + "</p></blockquote>")
        elif p.startswith("[IMG] "):
            n += 1
            caption, _, credit = p[6:].partition(" | ")
            out.append('<figure class="article-figure"><img src="' + img_base + "/inline-" + str(n)
                       + '.jpg" alt="' + _e(caption) + '" width="800" height="533" loading="lazy">'
                       + '<figcaption><span class="caption">' + _e(caption)
                       + '</span> <span class="credit">' + _e(credit) + "</span></figcaption></figure>")
        elif p == "[AD]":
            out.append('<aside class="ad ad--inarticle" aria-label="advertisement">'
                       '<p class="ad__label">Advertisement</p>'
                       '<div class="ad__slot" data-ad-unit="inarticle"></div>'
                       '<p class="ad__close">Close ad</p></aside>')
        elif p.startswith("[ALSO] "):
            title, _, href = p[7:].partition(" | ")
            out.append('<div class="inline-related"><strong>Also read:</strong> <a href="'
                       + _e(href) + '">' + _e(title) + "</a></div>")
        else:
            out.append("<p>" + _e(p) + "</p>")
    return "\n".join(out)


def _links(items: list[tuple[str, str]], cls: str = "link-list") -> str:
    lis = "".join('<li><a href="' + _e(h) + '">' + _e(t) + "</a></li>" for t, h in items)
    return '<ul class="' + cls + '">' + lis + "</ul>"


def _jsonld(data: dict[str, Any]) -> str:
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _figure(img_base: str, lead: tuple[str, str] | None) -> str:
    if not lead:
        return ""
    caption, credit = lead
    return ('<figure class="lead-image"><img src="' + img_base + '/lead.jpg" alt="' + _e(caption)
            + '" width="1200" height="800"><figcaption>' + _e(caption)
            + ' <span class="credit">' + _e(credit) + "</span></figcaption></figure>")


_CSS = ("body{margin:0;font-family:Georgia,serif;color:#222}a{color:#0a4a8a}"
        ".ad__label{font-family:Arial,sans-serif;text-transform:uppercase;color:#888}"
        ".consent-banner{position:fixed;bottom:0;background:#fff;border-top:1px solid #ccc}")

_COOKIE = ('<div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Cookie consent">'
           '<p>We and our partners use cookies and similar technologies to keep this site working, '
           'to understand how it is used and to show you more relevant advertising. You can accept '
           'all cookies, reject the optional ones, or choose which ones to allow.</p>'
           '<button class="accept">Accept all</button> <button class="reject">Reject optional</button> '
           '<button class="settings">Cookie settings</button></div>')


def _share(label: str = "Share this article") -> str:
    return ('<div class="share-bar" aria-label="' + _e(label) + '"><span>' + _e(label)
            + '</span><button>Facebook</button><button>X</button><button>LINE</button>'
            '<button>LinkedIn</button><button>Email</button><button>Copy link</button></div>')


def _head(title: str, description: str, url: str, site: str, extra_meta: str = "",
          ld: dict[str, Any] | None = None, lang: str = "en") -> str:
    return ('<!DOCTYPE html>\n<html lang="' + lang + '">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>" + _e(title) + "</title>\n"
            '<meta name="description" content="' + _e(description) + '">\n'
            '<link rel="canonical" href="' + _e(url) + '">\n'
            '<meta property="og:type" content="article">\n'
            '<meta property="og:site_name" content="' + _e(site) + '">\n'
            '<meta property="og:title" content="' + _e(title) + '">\n'
            '<meta property="og:description" content="' + _e(description) + '">\n'
            '<meta property="og:url" content="' + _e(url) + '">\n'
            '<meta name="twitter:card" content="summary_large_image">\n'
            + extra_meta + "<style>" + _CSS + "</style>\n"
            + (_jsonld(ld) + "\n" if ld else "") + "</head>\n")


def _wire_page(*, url: str, agency: str, section: str, headline: str, description: str,
               bylines: list[str], published: str, modified: str, shown: str,
               paras: list[str], related: list[tuple[str, str]], lead: tuple[str, str] | None = None,
               footer_note: str = "") -> str:
    """Wire-agency template: published/modified meta tags and JSON-LD, visible GMT stamp."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": published, "dateModified": modified,
          "author": [{"@type": "Person", "name": b} for b in bylines],
          "publisher": {"@type": "Organization", "name": agency},
          "articleSection": section, "mainEntityOfPage": url}
    meta = ('<meta property="article:published_time" content="' + published + '">\n'
            '<meta property="article:modified_time" content="' + modified + '">\n'
            '<meta property="article:section" content="' + _e(section) + '">\n')
    img = "https://static." + url.split("/")[2].replace("www.", "") + "/media"
    by = " and ".join(bylines)
    return (_head(headline + " | " + agency, description, url, agency, meta, ld)
            + '<body class="wire-article">\n' + _COOKIE + "\n"
            '<header class="site-header"><a class="logo" href="/">' + _e(agency) + "</a>"
            '<nav class="primary-nav"><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>'
            '<li><a href="/markets/">Markets</a></li><li><a href="/technology/">Technology</a></li>'
            '<li><a href="/science/">Science</a></li><li><a href="/legal/">Legal</a></li>'
            '<li><a href="/commentary/">Commentary</a></li></ul></nav>'
            '<div class="header-tools"><a href="/signin">Sign in</a> <a class="btn" href="/register">Register</a></div></header>\n'
            '<div class="ad ad--leaderboard"><p class="ad__label">Advertisement</p><div class="ad__slot" data-ad-unit="top"></div></div>\n'
            '<main class="layout"><article class="story">\n'
            '<nav class="breadcrumb"><a href="/">Home</a> <span>/</span> <a href="#">' + _e(section) + "</a></nav>\n"
            "<h1>" + _e(headline) + "</h1>\n"
            '<div class="byline">By ' + _e(by) + "</div>\n"
            '<div class="timestamp">' + _e(shown) + "</div>\n"
            + _share("Share") + "\n" + _figure(img, lead) + "\n"
            '<div class="article-body">\n' + _blocks(paras, img) + "\n</div>\n"
            + ('<p class="footer-note">' + _e(footer_note) + "</p>\n" if footer_note else "")
            + '<p class="standards"><a href="/standards">Our Standards: editorial principles and corrections policy</a></p>\n'
            '<div class="tags">Topics: <a href="#">' + _e(section) + '</a></div>\n'
            "</article>\n"
            '<aside class="right-rail"><h3>Read next</h3>' + _links(related) + "\n"
            '<div class="ad ad--mpu"><p class="ad__label">Advertisement</p><div class="ad__slot" data-ad-unit="rail"></div></div></aside>\n'
            "</main>\n"
            '<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li>'
            '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie policy</a></li>'
            '<li><a href="/terms">Terms of use</a></li></ul><p>All quotes delayed a minimum of 15 minutes. '
            "&copy; " + _e(agency) + ". All rights reserved.</p></footer>\n</body>\n</html>\n")


def _paper_page(*, url: str, paper: str, section: str, headline: str, standfirst: str,
                byline: str, shown_date: str, paras: list[str], related: list[tuple[str, str]],
                most_read: list[tuple[str, str]], lead: tuple[str, str] | None = None,
                meta_published: str | None = None, edition_note: str = "") -> str:
    """Newspaper template: visible date line; published meta only when given."""
    meta = ""
    if meta_published:
        meta = '<meta property="article:published_time" content="' + meta_published + '">\n'
    img = "https://img." + url.split("/")[2].replace("www.", "") + "/photos"
    return (_head(headline + " - " + paper, standfirst, url, paper, meta)
            + '<body class="newspaper article">\n' + _COOKIE + "\n"
            '<div class="top-strip"><span>' + _e(shown_date) + '</span> <a href="/e-paper">Today\'s e-paper</a> '
            '<a href="/subscribe" class="subscribe">Subscribe from the first month free</a> <a href="/login">Log in</a></div>\n'
            '<header class="masthead"><a href="/" class="masthead-logo">' + _e(paper) + "</a></header>\n"
            '<nav class="sections"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> '
            '<a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/sports">Sports</a> '
            '<a href="/puzzles">Puzzles</a></nav>\n'
            '<div class="ad ad--billboard"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div>\n'
            '<main><article class="article">\n'
            '<p class="kicker">' + _e(section) + "</p>\n"
            "<h1>" + _e(headline) + "</h1>\n"
            '<p class="standfirst">' + _e(standfirst) + "</p>\n"
            '<p class="byline">' + _e(byline) + "</p>\n"
            '<p class="dateline">' + _e(shown_date) + "</p>\n"
            + _share() + "\n" + _figure(img, lead) + "\n"
            '<div class="article-text">\n' + _blocks(paras, img) + "\n</div>\n"
            + ('<p class="edition-note">' + _e(edition_note) + "</p>\n" if edition_note else "")
            + '<div class="newsletter-box"><h3>Get the morning briefing</h3><p>The day\'s most important stories, '
            'in your inbox before breakfast. Free for registered readers.</p><input type="email" placeholder="Your email address">'
            "<button>Sign up</button></div>\n"
            '<section class="related"><h3>Related stories</h3>' + _links(related) + "</section>\n"
            '<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>\n'
            "</article>\n"
            '<aside class="sidebar"><h3>Most read</h3>' + _links(most_read, "most-read") + "\n"
            '<div class="ad ad--sidebar"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div></aside>\n'
            "</main>\n"
            '<footer class="site-footer"><p><a href="/about">About us</a> | <a href="/advertise">Advertise with us</a> | '
            '<a href="/privacy">Privacy policy</a> | <a href="/corrections">Corrections</a> | <a href="/contact">Contact the newsroom</a></p>'
            "<p>&copy; " + _e(paper) + ". Reproduction without permission is prohibited.</p></footer>\n</body>\n</html>\n")


def _broadcast_page(*, url: str, station: str, section: str, headline: str, summary: str,
                    byline: str, shown: str, published: str, paras: list[str],
                    related: list[tuple[str, str]], video: str, modified: str | None = None) -> str:
    """Broadcaster template: video player block, JSON-LD with datePublished, 'Updated' line."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": published, "dateModified": modified or published,
          "author": {"@type": "Person", "name": byline.replace("By ", "")},
          "publisher": {"@type": "Organization", "name": station}, "description": summary}
    img = "https://media." + url.split("/")[2].replace("www.", "") + "/images"
    return (_head(headline + " | " + station, summary, url, station, "", ld)
            + '<body class="broadcaster story-page">\n' + _COOKIE + "\n"
            '<header class="bc-header"><a href="/" class="bc-logo">' + _e(station) + "</a>"
            '<nav><a href="/news">News</a> <a href="/live">Watch live</a> <a href="/programmes">Programmes</a> '
            '<a href="/weather">Weather</a> <a href="/podcasts">Podcasts</a> <a href="/app">Get the app</a></nav></header>\n'
            '<div class="breaking-ticker"><span>LATEST</span> Headlines every hour on the hour | Weather warnings and travel updates</div>\n'
            '<main><article>\n'
            '<p class="section-label">' + _e(section) + "</p>\n"
            "<h1>" + _e(headline) + "</h1>\n"
            '<p class="summary">' + _e(summary) + "</p>\n"
            '<div class="meta"><span class="author">' + _e(byline) + '</span> <span class="updated">' + _e(shown) + "</span></div>\n"
            '<div class="video-player" data-player="main"><div class="poster"></div><button class="play">Play video</button>'
            '<p class="video-caption">VIDEO: ' + _e(video) + "</p></div>\n"
            + _share("Share this story") + "\n"
            '<div class="story-body">\n' + _blocks(paras, img) + "\n</div>\n"
            '<div class="ad ad--footer"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div>\n'
            "</article>\n"
            '<aside class="more-news"><h3>More news</h3>' + _links(related) + "</aside>\n"
            "</main>\n"
            '<footer class="bc-footer"><p><a href="/about">About ' + _e(station) + '</a> | <a href="/accessibility">Accessibility</a> | '
            '<a href="/complaints">Complaints</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>'
            "<p>&copy; " + _e(station) + "</p></footer>\n</body>\n</html>\n")


def _newsletter_page(*, url: str, name: str, issue: str, shown_date: str, headline: str,
                     kicker: str, author: str, paras: list[str], related: list[tuple[str, str]],
                     sponsor: str) -> str:
    """Trade-newsletter template: no date in meta, issue number and date in the masthead."""
    img = "https://" + url.split("/")[2] + "/assets"
    return (_head(headline + " | " + name, kicker, url, name)
            + '<body class="newsletter-web">\n' + _COOKIE + "\n"
            '<header class="nl-masthead"><a href="/" class="nl-logo">' + _e(name) + "</a>"
            '<p class="nl-issue">' + _e(issue) + " &middot; " + _e(shown_date) + "</p>"
            '<nav><a href="/archive">Archive</a> <a href="/data">Data</a> <a href="/events">Events</a> '
            '<a href="/subscribe">Subscribe</a> <a href="/login">Subscriber login</a></nav></header>\n'
            '<main><article class="nl-item">\n'
            '<p class="nl-kicker">' + _e(kicker) + "</p>\n"
            "<h1>" + _e(headline) + "</h1>\n"
            '<p class="nl-author">' + _e(author) + "</p>\n"
            '<div class="nl-body">\n' + _blocks(paras, img) + "\n</div>\n"
            '<div class="nl-sponsor"><p class="ad__label">Advertisement</p><p>' + _e(sponsor) + "</p></div>\n"
            '<p class="nl-forward">Was this forwarded to you? <a href="/subscribe">Sign up for your own copy</a>. '
            "Redistribution outside your organisation requires a site licence.</p>\n"
            "</article>\n"
            '<aside class="nl-archive"><h3>In this issue and recent issues</h3>' + _links(related) + "</aside>\n"
            "</main>\n"
            '<footer><p><a href="/unsubscribe">Unsubscribe</a> | <a href="/preferences">Manage preferences</a> | '
            '<a href="/privacy">Privacy</a> | <a href="/disclaimer">Disclaimer: nothing in this newsletter is investment advice.</a></p>'
            "<p>&copy; " + _e(name) + "</p></footer>\n</body>\n</html>\n")


def _local_page(*, url: str, site: str, section: str, headline: str, byline: str,
                shown: str, paras: list[str], related: list[tuple[str, str]],
                tags: list[str], lead: tuple[str, str] | None = None) -> str:
    """Local news-site template: no machine-readable date; a visible 'Posted' line only."""
    img = "https://" + url.split("/")[2] + "/wp-content/uploads"
    tag_html = " ".join('<a rel="tag" href="/tag/' + _e(t.lower().replace(" ", "-")) + '">' + _e(t) + "</a>" for t in tags)
    return (_head(headline + " – " + site, headline, url, site)
            + '<body class="local-news single-post">\n' + _COOKIE + "\n"
            '<div class="topbar"><a href="/tips">Send us a tip</a> | <a href="/advertise">Advertise</a> | <a href="/donate">Support local journalism</a></div>\n'
            '<header><a class="site-title" href="/">' + _e(site) + "</a>"
            '<nav class="menu"><a href="/news">News</a> <a href="/business">Business</a> <a href="/community">Community</a> '
            '<a href="/events">Events</a> <a href="/travel">Travel</a> <a href="/opinion">Opinion</a></nav></header>\n'
            '<div class="ad ad--header"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div>\n'
            '<main><article class="post">\n'
            '<p class="cat-links">' + _e(section) + "</p>\n"
            '<h1 class="entry-title">' + _e(headline) + "</h1>\n"
            '<p class="entry-meta">' + _e(byline) + " &middot; " + _e(shown) + "</p>\n"
            + _figure(img, lead) + "\n"
            '<div class="entry-content">\n' + _blocks(paras, img) + "\n</div>\n"
            + _share("Share") + "\n"
            '<p class="tag-links">Tags: ' + tag_html + "</p>\n"
            '<div class="newsletter-signup"><h4>Our daily email</h4><p>Local news, road closures and community events, every weekday at 7.</p>'
            '<input type="email" placeholder="Email"><button>Subscribe</button></div>\n'
            "</article>\n"
            '<aside class="widget-area"><h3>Recent posts</h3>' + _links(related) + "\n"
            '<div class="ad ad--widget"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div></aside>\n'
            "</main>\n"
            '<footer class="site-info"><p>' + _e(site) + ' | <a href="/about">About</a> | <a href="/contact">Contact</a> | '
            '<a href="/privacy">Privacy</a></p></footer>\n</body>\n</html>\n')


def _liveblog_page(*, url: str, site: str, headline: str, summary: str, key_points: list[str],
                   published: str, modified: str, shown: str,
                   entries: list[tuple[str, str, list[str]]], related: list[tuple[str, str]]) -> str:
    """Live-blog template: key points box, timestamped entries (newest first), JSON-LD LiveBlogPosting."""
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
          "datePublished": published, "dateModified": modified,
          "publisher": {"@type": "Organization", "name": site}, "description": summary}
    img = "https://" + url.split("/")[2] + "/live-img"
    parts: list[str] = []
    for stamp, title, paras in entries:
        parts.append('<div class="live-entry"><p class="entry-time">' + _e(stamp) + '</p><h3>' + _e(title)
                     + "</h3>\n" + _blocks(paras, img) + '\n<div class="entry-share"><button>Share this update</button></div></div>')
    kp = "".join("<li>" + _e(k) + "</li>" for k in key_points)
    return (_head(headline + " | " + site, summary, url, site, "", ld)
            + '<body class="liveblog">\n' + _COOKIE + "\n"
            '<header><a href="/" class="logo">' + _e(site) + '</a><nav><a href="/news">News</a> <a href="/live">Live</a> '
            '<a href="/video">Video</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a></nav></header>\n'
            '<main><article class="live">\n'
            '<p class="live-badge">LIVE</p>\n'
            "<h1>" + _e(headline) + "</h1>\n"
            '<p class="live-summary">' + _e(summary) + "</p>\n"
            '<p class="live-updated">' + _e(shown) + "</p>\n"
            + _share("Share this live page") + "\n"
            '<section class="key-points"><h2>Key points</h2><ul>' + kp + "</ul></section>\n"
            '<div class="ad ad--live"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div>\n'
            '<section class="live-feed">\n' + "\n".join(parts) + "\n</section>\n"
            '<p class="live-end">Refresh the page to see the latest updates. Times shown are local time.</p>\n'
            "</article>\n"
            '<aside class="rail"><h3>More coverage</h3>' + _links(related) + "</aside>\n"
            "</main>\n"
            '<footer><p><a href="/about">About us</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p>'
            "<p>&copy; " + _e(site) + "</p></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Story 1 (CONTROL): Taiwan's central bank raises rates by an eighth of a point
# ---------------------------------------------------------------------------

_S1_A_BODY = [
    "TAIPEI, June 18 (EAN) - Taiwan's central bank raised its benchmark discount rate by 12.5 basis points to 2.125% on Thursday, its first increase in more than two years, saying inflation had stayed firmer through the spring than it had anticipated.",
    "The board of the Central Bank of the Republic of China (Taiwan) agreed on the move unanimously at its quarterly policy meeting, according to a statement released at 4 p.m. (0800 GMT). The new rates take effect on Friday.",
    "The rate on secured accommodations rises to 2.5% from 2.375%, and the rate on unsecured accommodations to 4.375% from 4.25%. Reserve requirement ratios were left unchanged.",
    "Only nine of 24 economists in an EAN poll conducted last week had forecast a hike. The other 15 expected the bank to keep rates on hold for a ninth straight meeting, as it did in March.",
    "“Price pressures have proved stickier than we judged in March, and a modest adjustment now lowers the risk of having to act more forcefully later,” Governor Lin Chao-wei told reporters at a news conference that began at 4:30 p.m.",
    "## Forecasts raised",
    "Consumer prices rose 2.41% in May from a year earlier, the fourth month in a row above 2%, driven by rents, restaurant meals and insurance premiums. Core inflation, which leaves out fresh fruit, vegetables and energy, was 2.08%.",
    "The central bank now expects consumer inflation to average 2.12% this year, up from the 1.89% it forecast in March, and core inflation of 1.97%, up from 1.78%.",
    "It also lifted its forecast for 2026 economic growth to 3.61% from 3.05%, pointing to a surge in shipments of servers and other artificial-intelligence hardware. Exports reached a record $58.3 billion in May, up 24.6% from a year earlier, according to finance ministry data published earlier this month.",
    "[AD]",
    "Lin played down the idea that the bank was embarking on a long run of increases. “This is not the start of a long series of increases,” he said, adding that the board would reassess conditions at its next meeting on Sept. 17.",
    "The bank kept its selective credit controls on property lending unchanged. Deputy Governor Chuang Mei-ling said loans linked to real estate made up 37.4% of total bank lending at the end of May, down from a peak of 37.9% last year, a sign that earlier curbs were having an effect.",
    "## Announcement after market close",
    "The decision was published after Taipei's currency market had shut for the day. The Taiwan dollar ended the domestic session at 29.50 per U.S. dollar, little changed, while the benchmark TAIEX stock index had closed 0.2% higher at 1:30 p.m.",
    "Taiwan's move runs against the direction of travel elsewhere. The U.S. Federal Reserve left its policy rate in a 3.25%-3.50% range on Wednesday, and several Southeast Asian central banks have eased this year.",
    "“We had pencilled in a hike for September, so the timing is the surprise rather than the direction,” said Grace Tsou, chief Greater China economist at Halvard Securities in Hong Kong, who now expects another 12.5-basis-point increase in December.",
    "The central bank last raised rates in March 2024, when it also lifted the discount rate by 12.5 basis points, to 2%.",
    "(Reporting by Jessica Wen in Taipei and Marcus Hale in Hong Kong; Editing by Priya Raman)",
]

_S1_A = _wire_page(
    url="https://www.eanewswire.example/markets/asia/taiwan-central-bank-raises-rates-inflation-forecast-2026-06-18/",
    agency="EastAsia Newswire", section="Markets",
    headline="Taiwan central bank unexpectedly raises rates, lifts inflation forecast",
    description="Taiwan's central bank raised its discount rate by 12.5 basis points to 2.125%, its first increase in more than two years.",
    bylines=["Jessica Wen", "Marcus Hale"],
    published="2026-06-18T08:09:00Z", modified="2026-06-18T08:51:00Z",
    shown="June 18, 2026 8:09 AM GMT · Updated June 18, 2026 8:51 AM GMT",
    paras=_S1_A_BODY,
    lead=("Central bank Governor Lin Chao-wei arrives for a news conference in Taipei, Taiwan, June 18, 2026.", "EAN/Staff photographer"),
    related=[("Bank of Korea holds rates steady, flags slower growth", "/markets/asia/bok-holds/"),
             ("Taiwan May exports hit record on AI server demand", "/business/taiwan-exports-may/"),
             ("Fed holds rates, signals patience on cuts", "/markets/us/fed-holds-june/"),
             ("Analysis: Asia's central banks split as inflation paths diverge", "/markets/asia/analysis-central-banks/")],
)

_S1_B_BODY = [
    "The central bank yesterday raised its key interest rates by 0.125 percentage points, a move most economists had not expected, bringing the discount rate to 2.125 percent from 2 percent.",
    "It was the first rate increase since March 2024. The decision by the bank's board at its second-quarter meeting was unanimous, central bank Governor Lin Chao-wei (林肇偉) told a news conference in Taipei, and the new rates apply from today.",
    "The rate on secured accommodations was raised to 2.5 percent and the rate on accommodations without collateral to 4.375 percent.",
    "“Inflation has been more persistent than we expected in March. A small step now makes it less likely that we will have to take a bigger one later,” Lin said.",
    "He added that the increase should not be interpreted as the beginning of a sustained tightening campaign, and that the board would look at the data afresh at its September meeting.",
    "[IMG] Central bank Governor Lin Chao-wei speaks at a news conference in Taipei yesterday. | Photo: Huang Wei-lun, Taipei Morning Ledger",
    "## Price forecast revised",
    "The bank revised its forecast for this year's consumer price index (CPI) growth to 2.12 percent, from 1.89 percent in March, while raising its GDP growth forecast to 3.61 percent.",
    "Both projections are higher than those of the Directorate-General of Budget, Accounting and Statistics (DGBAS), which last month forecast GDP growth of 3.34 percent and CPI growth of 2.05 percent for this year.",
    "Consumer prices last month rose 2.41 percent from a year earlier, DGBAS data showed, with rents up 2.6 percent and food away from home up 3.8 percent.",
    "[AD]",
    "## Mortgage payments",
    "For households, the immediate effect will be felt in mortgage payments, as most home loans in Taiwan carry floating rates that follow the central bank's moves. Based on central bank estimates, the monthly repayment on a 30-year mortgage of NT$10 million (US$339,000) would rise by about NT$640.",
    "The bank left selective credit controls on the property market unchanged. Deputy Governor Chuang Mei-ling (莊美玲) said real-estate loans accounted for 37.4 percent of total bank lending at the end of last month.",
    "Liu Po-han (劉柏翰), a research fellow at the Pacific Rim Economic Institute in Taipei, said the bank had acted early because exports tied to artificial intelligence were still growing rapidly and the labor market was tight.",
    "“With growth this strong, the central bank has room to move without hurting the economy much,” Liu said. “The harder question is what it does if US tariffs bite in the second half.”",
    "Only nine of 24 economists surveyed by the EastAsia Newswire before the meeting had predicted a rate increase.",
    "Before the announcement yesterday, the New Taiwan dollar closed at NT$29.50 against the US dollar in Taipei trading.",
    "The board's next quarterly meeting is scheduled for Sept. 17.",
]

_S1_B = _paper_page(
    url="https://www.taipeiledger.example/business/2026/06/19/central-bank-lifts-rates-by-one-eighth-point",
    paper="Taipei Morning Ledger", section="Business",
    headline="Central bank lifts rates by one-eighth of a point in surprise move",
    standfirst="The first increase since March 2024 will push up mortgage payments; the governor says it is not the start of a long tightening run",
    byline="By Chen Yi-ting / Staff reporter",
    shown_date="Friday, June 19, 2026",
    paras=_S1_B_BODY,
    related=[("Home prices in Taipei flat in May as buyers hold back", "/business/home-prices-may"),
             ("DGBAS raises growth outlook on AI boom", "/business/dgbas-outlook"),
             ("Editorial: The central bank's small step", "/opinion/editorial-central-bank")],
    most_read=[("Typhoon season outlook: three to five storms expected", "/news/typhoon-outlook"),
               ("MRT Circular Line extension opens next month", "/news/circular-line"),
               ("Night markets report record foreign visitors", "/lifestyle/night-markets")],
    edition_note="This story has been published in print on page 10.",
)

_S1_C_BODY = [
    "Taiwan's central bank on Thursday afternoon (June 18) raised its policy interest rates by 12.5 basis points, the first increase in over two years, in a decision that will push up monthly payments for millions of homeowners.",
    "After the bank's quarterly board meeting, which ended at about 4 p.m., the discount rate was set at 2.125 percent. Governor Lin Chao-wei said all board members supported the decision, which takes effect on Friday (June 19).",
    "Speaking at a news conference half an hour later, Lin said price pressures had been “stickier” than the bank thought three months ago, and that moving now, by a small amount, would lower the risk of a more forceful response later.",
    "He stressed, however, that the hike was not the first in a long line. “This is not the start of a long series of increases,” Lin said.",
    "## What it means for borrowers",
    "Most mortgages in Taiwan have floating rates linked to the central bank's policy rates, and lenders typically adjust them within days of a move.",
    "Wang Tzu-hao, a 34-year-old engineer in Hsinchu who bought an apartment last year with a NT$12 million loan, said the increase would add roughly NT$770 to his monthly payment. “It is not a disaster, but it is dinner out for two every month,” he said.",
    "[IMG] Customers wait at a bank branch in Taipei's Xinyi District on Thursday. | IPB News",
    "The central bank said it now expected consumer prices to rise 2.12 percent this year, more than the 1.89 percent it projected in March. Inflation reached 2.41 percent in May.",
    "It also raised its economic growth forecast for this year to about 3.6 percent, as exports of AI servers continue to boom.",
    "## Property curbs unchanged",
    "The central bank did not change its lending rules for the property market this time. Since late 2020 it has tightened those rules several times, including limits on how much buyers of second homes can borrow.",
    "Deputy Governor Chuang Mei-ling said the share of bank lending that goes to real estate had eased slightly, to 37.4 percent at the end of May.",
    "[AD]",
    "Housing agents said the move was unlikely to change prices much. “Buyers were already cautious. An eighth of a point will not change their minds,” said Chen Mei-hua, a branch manager at a property agency in New Taipei's Banqiao District.",
    "Economists had been divided ahead of the meeting. In a poll by the EastAsia Newswire, nine of 24 economists had predicted an increase.",
    "The central bank last raised rates in March 2024, to 2 percent, and then held them there through eight consecutive meetings.",
    "Lin said the board would meet again on Sept. 17 and would pay close attention to US trade policy and to the Federal Reserve, which kept its rates unchanged on Wednesday.",
]

_S1_C = _broadcast_page(
    url="https://news.ipb.example/en/business/20260618-central-bank-hike-mortgages",
    station="IPB News", section="Business",
    headline="Central bank raises rates for first time since 2024; mortgage payments set to rise",
    summary="The discount rate rises to 2.125 percent. The governor says the move is not the start of a long series of increases.",
    byline="By Lee Shu-fen", shown="Updated: 06/18/2026 7:45 PM",
    published="2026-06-18T19:45:00+08:00",
    paras=_S1_C_BODY,
    video="Governor Lin Chao-wei explains the board's decision (2:14)",
    related=[("Taiwan's May exports jump on AI demand", "/en/business/may-exports"),
             ("Hsinchu housing market: where are prices heading?", "/en/business/hsinchu-housing"),
             ("Weather: plum rains linger in the north", "/en/weather/plum-rains")],
)

_S1_D_BODY = [
    "The Central Bank of the Republic of China (Taiwan) delivered the hike that almost nobody in the consensus wanted to call: a 12.5bp increase in all three policy rates at Thursday's quarterly board meeting, taking the discount rate to 2.125%, the secured accommodation rate to 2.50% and the unsecured rate to 4.375%. It is the first move since the March 2024 hike and, per the bank, it was unanimous.",
    "The call had been a minority one. EAN's pre-meeting poll found 9 of 24 economists forecasting a hike; we were among the 15 who did not, and we said so in Issue 416. Mea culpa.",
    "## Why now",
    "Governor Lin Chao-wei's case, as set out at the post-meeting press conference, rested on persistence rather than level. Headline CPI has printed above 2% for four consecutive months, reaching 2.41% y/y in May, and services inflation shows little sign of fading. Lin said price pressures had turned out stickier than the board had assessed in March and argued that a small step now reduced the risk of a larger one later.",
    "The staff projections moved accordingly: the 2026 CPI forecast rises to 2.12% (March: 1.89%), core CPI to 1.97% (1.78%), and GDP growth to 3.61% (3.05%). With growth running well above potential on the back of AI-server exports, the board evidently judged that the cost of acting was low.",
    "Lin was equally clear that this is not the opening of a sustained cycle, telling reporters the move was not the beginning of a long series of increases. We take that at face value, but not as a promise.",
    "[AD]",
    "## Market reaction (Friday)",
    "Because the decision landed at 4pm Taipei time, after the onshore FX session had closed with USD/TWD at 29.50, the first proper test came on Friday. The Taiwan dollar firmed about 0.3% to 29.41 per US dollar, its strongest close in three weeks. The 2-year government bond yield rose 9bp to 1.62% while the 10-year added 4bp to 1.71%, flattening the curve. The overnight interbank call rate edged up to 0.891% from 0.818%.",
    "Equities took it less calmly: the TAIEX fell 0.8% on Friday, with financials and builders underperforming. Life insurers, which carry large unhedged US dollar bond portfolios, slipped as the local currency strengthened.",
    "## Our view",
    "We now expect one more 12.5bp move in December, which would take the discount rate to 2.25% by year-end, followed by an extended pause. Halvard Securities' Grace Tsou, who had a hike pencilled in for September, has made the same call. The risk to that view is external: if US tariff measures hit electronics shipments in the second half, the board could easily sit on its hands at the 17 September meeting and beyond.",
    "For mortgage borrowers the arithmetic is modest. Central bank estimates put the extra monthly payment on a NT$10m, 30-year loan at around NT$640. The property credit controls were left alone; real-estate loans stood at 37.4% of total bank lending at end-May, according to Deputy Governor Chuang Mei-ling.",
    "Finally, a note on divergence. The Fed held its 3.25-3.50% range on 17 June, the day before the CBC moved. Taiwan is now tightening while most of the region is easing or on hold, which supports the TWD at the margin but is no reason on its own to chase it.",
]

_S1_D = _newsletter_page(
    url="https://asiaratesbrief.example/issues/418/cbc-eighth-of-a-point-surprise",
    name="Asia Rates Brief", issue="Issue No. 418", shown_date="Friday 19 June 2026",
    headline="CBC's eighth-of-a-point surprise, and how the curve took it",
    kicker="Taiwan | Policy rates | FX", author="By Helena Vos, Editor",
    paras=_S1_D_BODY,
    related=[("Issue 417: BSP cuts again, peso shrugs", "/issues/417"),
             ("Issue 416: CBC preview - why we expect a hold", "/issues/416"),
             ("Data: Asian policy rate tracker", "/data/policy-rates")],
    sponsor="Clearwater Analytics Asia - rates risk dashboards for regional treasuries. Book a demo.",
)

STORY_1 = _story("cb-NB1", "central bank", "2026-06-20", [
    _page("https://www.eanewswire.example/markets/asia/taiwan-central-bank-raises-rates-inflation-forecast-2026-06-18/", _S1_A),
    _page("https://www.taipeiledger.example/business/2026/06/19/central-bank-lifts-rates-by-one-eighth-point", _S1_B),
    _page("https://news.ipb.example/en/business/20260618-central-bank-hike-mortgages", _S1_C),
    _page("https://asiaratesbrief.example/issues/418/cbc-eighth-of-a-point-surprise", _S1_D),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 2 (PLANTED): Nagano gubernatorial election
# ---------------------------------------------------------------------------

_S2_A_ENTRIES = [
    ("23:50", "More than 90% counted", [
        "With roughly 91% of ballots counted as of 11:45 p.m., Takazawa has 401,880 votes, Ishimori 298,640 and Hara 45,310, according to the prefectural election administration commission.",
        "Counting is continuing in several districts, including Nagano City, where the count centre reported a delay because of the large number of early-vote ballots. Final results are not expected until after midnight.",
    ]),
    ("22:50", "Counting update: about 61% in", [
        "About 61% of votes have now been counted. Takazawa: 268,900. Ishimori: 199,300. Hara: 30,100.",
        "So far Takazawa is ahead in 15 of the prefecture's 19 cities, while Ishimori leads in Iida and much of the Shimoina district in the south, where frustration over delays to maglev construction ran high during the campaign.",
    ]),
    ("22:15", "Final turnout: 48.71%", [
        "The prefectural election commission has confirmed final turnout at 48.71%, up 5.53 percentage points from the 43.18% recorded in 2022, when outgoing Governor Masaru Kitano won his third term.",
        "Officials credited early voting: 268,400 people cast ballots before election day, 19% more than four years ago. The commission had put turnout at 24.31% as of 6 p.m., but that interim figure does not include early votes.",
    ]),
    ("21:41", "Ishimori concedes", [
        "Kenta Ishimori conceded defeat at about 9:40 p.m., bowing deeply to supporters at his campaign office near JR Nagano Station.",
        "“The result is mine to own. I could not carry our message far enough, and I apologise to everyone who worked so hard,” the 61-year-old former prefectural assembly member said. He said he had telephoned Takazawa to congratulate her.",
        "Asked about his future, Ishimori said he would “take some time to think”.",
        "[IMG] Kenta Ishimori bows to supporters in Nagano City on Sunday night. | SBN",
    ]),
    ("20:58", "Hara: ‘Nobody can pretend these issues don't exist’", [
        "Yuko Hara, 47, the candidate backed by the Japanese Communist Party, told supporters in Ueda that her campaign had forced nursing-care wages onto the agenda.",
        "“We did not win, but nobody can pretend these issues do not exist any more,” she said.",
    ]),
    ("20:26", "Takazawa: ‘Change without chaos’", [
        "Takazawa arrived at her campaign office in central Matsumoto at about 8:25 p.m. to loud cheers, and painted in the second eye of a large daruma doll, the customary gesture of a winning campaign.",
        "“The people of Nagano chose change without chaos,” she said. “In my first year I will visit every one of our 77 cities, towns and villages.”",
        "The 52-year-old former deputy mayor of Matsumoto will become the first woman to lead the prefecture when she takes office on Sept. 1.",
    ]),
    ("20:00", "SBN projects Takazawa win", [
        "Polls have closed across Nagano Prefecture. Based on its exit polls and other reporting, SBN projects that Emi Takazawa, an independent backed by the prefectural chapters of the Liberal Democratic Party and the Democratic Party for the People, will win.",
        "In SBN's exit poll, about 54% of respondents said they had voted for Takazawa, about 40% for Ishimori and about 6% for Hara. Asked which issue mattered most, 38% named population decline, ahead of medical care (24%) and tourism and transport (15%).",
    ]),
    ("19:50", "Polls close in 10 minutes", [
        "Welcome to our live coverage of the Nagano gubernatorial election. Voting ends at 8 p.m. at most of the prefecture's polling stations; some in mountain areas closed earlier.",
        "Three candidates are running to succeed Kitano, 74, who is stepping down after three terms: Takazawa; Ishimori, who is backed by the Constitutional Democratic Party of Japan and the Social Democratic Party; and Hara.",
        "It has been a hot day, with Matsumoto reaching 34.2 degrees Celsius in the afternoon, and election officials had worried that the heat would keep older voters at home.",
    ]),
]

_S2_A = _liveblog_page(
    url="https://www.sbn-news.example/live/nagano-governor-election-2026-results",
    site="SBN News - Shinano Broadcasting Network",
    headline="LIVE: Nagano governor election 2026 - results and reaction",
    summary="Follow the count as Nagano Prefecture chooses a successor to Governor Masaru Kitano.",
    key_points=[
        "Emi Takazawa, a former deputy mayor of Matsumoto, is projected to win (SBN projection at 8 p.m.)",
        "Runner-up Kenta Ishimori conceded at about 9:40 p.m.",
        "Turnout 48.71%, up from 43.18% four years ago",
    ],
    published="2026-08-09T19:50:00+09:00", modified="2026-08-09T23:50:00+09:00",
    shown="Last updated 11:50 p.m., Sunday, Aug. 9, 2026",
    entries=_S2_A_ENTRIES,
    related=[("Who are the candidates? A guide to the Nagano governor race", "/news/nagano-candidates-guide"),
             ("Maglev tunnel work in southern Nagano faces new delays", "/news/maglev-delays"),
             ("Hakuba's housing squeeze as ski tourism booms", "/news/hakuba-housing")],
)

_S2_B_BODY = [
    "NAGANO, Japan, Aug. 10 (Kanto Press) - Emi Takazawa, a former deputy mayor of Matsumoto, won Sunday's Nagano gubernatorial election and will become the first woman to govern the central Japanese prefecture, final results showed early Monday.",
    "Takazawa, 52, who ran as an independent with the backing of the prefectural chapters of the Liberal Democratic Party and the Democratic Party for the People, received 438,512 votes, or 53.7 percent of valid ballots, according to the prefectural election administration commission. Counting ended shortly after 1 a.m.",
    "Kenta Ishimori, 61, a former member of the prefectural assembly supported by the Constitutional Democratic Party of Japan and the Social Democratic Party, took 327,906 votes, or 40.2 percent. Yuko Hara, 47, backed by the Japanese Communist Party, won 49,771 votes, or 6.1 percent.",
    "Turnout was 48.71 percent, up from 43.18 percent in 2022. About 1.7 million people were eligible to vote.",
    "Ishimori conceded at about 9:40 p.m. Sunday at his office in Nagano City, telling supporters he took full responsibility for the defeat.",
    "[AD]",
    "Takazawa will succeed Governor Masaru Kitano, 74, who did not seek a fourth term. Kitano's term ends on Aug. 31, and Takazawa takes office the following day.",
    "“The people of Nagano chose change without chaos,” Takazawa told cheering supporters in Matsumoto on Sunday night, pledging to visit all 77 municipalities in the prefecture within a year.",
    "Takazawa served as deputy mayor of Matsumoto from 2019 to 2025, after a long career in the prefectural government's health and welfare department.",
    "The campaign was dominated by population decline and access to medical care in rural areas. Nagano's population, now about 2 million, has been shrinking for more than two decades, and several mountain villages have lost their only clinic.",
    "Takazawa promised free school lunches at all public elementary and junior high schools by fiscal 2028, and a 10 billion yen (about $68 million) fund over five years to keep rural clinics open.",
    "Ishimori had campaigned on cutting the governor's salary by 30 percent and scrapping a planned prefecture-wide lodging tax. Takazawa has said she will keep the tax but review its rate.",
    "The new governor will also inherit difficult talks with Central Japan Railway Co. over its maglev line, which is due to cross southern Nagano with a station in Iida. Tunnel work there has fallen behind schedule, and residents have raised concerns about excavated soil and groundwater.",
    "Tourism is another pressure point. Ski resorts such as Hakuba have drawn record numbers of foreign visitors in recent winters, pushing up rents and straining roads and buses.",
    "Analysts said the result would give the LDP some encouragement ahead of other gubernatorial races later this year, though Takazawa kept party banners largely out of her campaign and stressed her record as a local administrator.",
    "Hara, a nursing-care worker and union official, said her candidacy had drawn attention to low wages in elderly care.",
]

_S2_B = _wire_page(
    url="https://kantopress.example/en/politics/2026/08/10/nagano-governor-takazawa-elected",
    agency="Kanto Press Service", section="Politics",
    headline="Former deputy mayor Takazawa elected Nagano governor, first woman in the post",
    description="Emi Takazawa won the Nagano gubernatorial election with 53.7 percent of the vote.",
    bylines=["Haruka Mori"],
    published="2026-08-09T16:48:00Z", modified="2026-08-09T16:48:00Z",
    shown="10 Aug 2026, 01:48 JST",
    paras=_S2_B_BODY,
    lead=("Emi Takazawa celebrates with supporters in Matsumoto, Nagano Prefecture, on Aug. 9, 2026.", "Kanto Press"),
    related=[("Japan's gubernatorial elections: what's next on the calendar", "/en/politics/governor-races"),
             ("Rural clinics close as doctors age out in central Japan", "/en/society/rural-clinics"),
             ("JR Central revises maglev timetable again", "/en/business/maglev-timetable")],
)

_S2_C_BODY = [
    "MATSUMOTO - Supporters packed the street outside a converted kimono shop in central Matsumoto on Sunday night as Emi Takazawa became the first woman elected governor of Nagano Prefecture.",
    "Takazawa, 52, a former deputy mayor of the city, collected 483,512 votes, or 53.7 percent, in Sunday's election, according to final figures released by the prefectural election administration commission in the early hours of this morning.",
    "Her main rival, former prefectural assemblyman Kenta Ishimori, 61, received 327,906 votes, and Yuko Hara, 47, received 49,771.",
    "Turnout was 48.71 percent, the highest in a Nagano governor's race in 20 years, election officials said.",
    "Ishimori conceded at around 9:40 p.m. at his campaign headquarters in Nagano City.",
    "Ishimori, who served four terms in the prefectural assembly before resigning to run, told supporters the defeat was his responsibility alone and thanked the volunteers who had driven him along the prefecture's mountain roads during the 17-day campaign.",
    "[IMG] Emi Takazawa, centre, is congratulated by supporters at her campaign office in Matsumoto on Sunday night. | Shinano Daily Herald",
    "In her home city, Takazawa took about 68 percent of the vote. Ishimori did best in the south, winning 51.2 percent in Iida, where residents have grown impatient with the slow progress of maglev construction and the disruption it has brought.",
    "“She knows how a city hall actually works. That is what we need in Nagano City,” said Noriko Sato, 70, a retired teacher who came to the Matsumoto office with her husband to watch the results.",
    "In Iida, Hiroshi Kondo, 45, who runs an apple orchard, said he had voted for Ishimori. “Nobody in Nagano City listens to the south. I wanted someone who would shout about it,” he said.",
    "[AD]",
    "Takazawa served as deputy mayor of Matsumoto until last year, when she resigned to prepare her campaign. Before that she spent more than two decades in the prefectural government, much of it in health and welfare.",
    "Her main promises were free school lunches at all public elementary and junior high schools by fiscal 2028 and a 10 billion yen fund to keep rural clinics open.",
    "Speaking to reporters after midnight, she said her first task would be to put together a team for the transition. “I want to keep what works and fix what does not, without pulling everything apart,” she said.",
    "Outgoing Governor Masaru Kitano, who was first elected in 2014 and is stepping down after three terms, issued a statement congratulating Takazawa and promising a smooth handover. She takes office on Sept. 1.",
    "Hara, backed by the Japanese Communist Party, thanked voters in Ueda and said she would keep campaigning for better pay for care workers.",
]

_S2_C = _paper_page(
    url="https://www.shinanoherald.example/english/news/20260810/takazawa-wins-governor-race",
    paper="Shinano Daily Herald", section="Nagano Governor Election",
    headline="Takazawa wins governor's race as Matsumoto celebrates a first",
    standfirst="The former deputy mayor becomes the first woman elected to lead Nagano Prefecture",
    byline="By Aya Kobayashi, Staff Writer",
    shown_date="Monday, August 10, 2026",
    paras=_S2_C_BODY,
    meta_published="2026-08-10T06:00:00+09:00",
    related=[("Results by municipality: how your town voted", "/english/news/20260810/results-by-municipality"),
             ("Editorial: A governor for the whole prefecture", "/english/opinion/20260810/editorial"),
             ("Early voting up 19 percent as heat hits polling day", "/english/news/20260809/early-voting")],
    most_read=[("Obon traffic: expressway jams expected from Thursday", "/english/news/obon-traffic"),
               ("Matsumoto Castle visitor numbers recover", "/english/news/castle-visitors"),
               ("High school baseball: Nagano champions bow out", "/english/sports/koshien")],
)

_S2_D_BODY = [
    "Emi Takazawa's victory in Sunday's Nagano gubernatorial election was comfortable on paper: 438,512 votes against 327,906 for her nearest rival, a margin of more than 110,000.",
    "But the way she won may matter more to the Liberal Democratic Party's strategists in Tokyo than the size of the win.",
    "Takazawa, 52, who turns 53 in October, ran as an independent. The LDP's prefectural chapter backed her, as did the local chapter of the Democratic Party for the People, yet party banners were scarce at her rallies and party heavyweights from Tokyo were asked to stay away.",
    "“We learned that in prefectures like this one, the party label can cost more than it brings,” said an LDP election strategist in Tokyo, who asked not to be named because he was not authorised to speak publicly.",
    "Her opponent, former prefectural assemblyman Kenta Ishimori, backed by the Constitutional Democratic Party of Japan and the Social Democratic Party, conceded at 10:40 p.m., long after broadcasters had projected the result at 8 p.m.",
    "[AD]",
    "## Women voters",
    "SBN's exit poll suggested that Takazawa, who will be the prefecture's first female governor, won about 58 percent of women voters and about 49 percent of men. Her overall share was 53.7 percent.",
    "Turnout rose to 48.71 percent, an increase of more than five points on 2022, when outgoing Governor Masaru Kitano won a third term with 71.4 percent of the vote against a single Communist-backed challenger.",
    "The Communist-backed candidate this time, Yuko Hara, 47, took 6.1 percent.",
    "## Handover begins",
    "On Monday, Takazawa met Kitano, 74, at the prefectural government building in Nagano City to begin the transition. She takes office on Sept. 1.",
    "Her agenda leans on social spending: free school lunches at public elementary and junior high schools by fiscal 2028 and a 10 billion yen fund over five years for rural clinics. She has also promised to keep, but review, a planned lodging tax that Ishimori had vowed to scrap.",
    "Those pledges will test the prefecture's finances. Nagano's population, about 2 million, continues to shrink, and its tax base with it.",
    "## A template?",
    "For the LDP, the lesson of Nagano is ambiguous. A local administrator with cross-party backing won handily. But the opposition's southern strongholds, around Iida, held firm, a reminder that regional grievances, such as the disruption from maglev construction, can outweigh national swings.",
    "“People here voted for a manager, not a party,” said Keiko Wada, a political scientist at Shinshu University. “Whoever wants to copy this result will need a candidate with a real local record, and those are rare.”",
    "Takazawa herself declined to draw national conclusions. Asked on Monday whether her win was a boost for the governing party, she said: “I was elected by the people of Nagano, and I work for them.”",
]

_S2_D = _paper_page(
    url="https://japaneveningpost.example/politics/2026/08/11/nagano-governor-ldp-template-warning",
    paper="The Japan Evening Post", section="Politics | Analysis",
    headline="Nagano's new governor offers the LDP a template - and a warning",
    standfirst="Emi Takazawa won by keeping party labels at arm's length. Copying that may be harder than it looks",
    byline="By Daniel Hartley and Mayu Ishii",
    shown_date="August 11, 2026",
    paras=_S2_D_BODY,
    related=[("Nagano elects first woman governor", "/politics/2026/08/10/nagano-first-woman-governor"),
             ("Opposition eyes regional alliances after summer losses", "/politics/opposition-regional"),
             ("Explainer: how Japan's governors are elected", "/politics/explainer-governors")],
    most_read=[("Yen slides past key level against dollar", "/business/yen-slides"),
               ("Heat stroke cases hit summer high", "/national/heat-stroke"),
               ("Review: a new staging of a classic noh play", "/culture/noh-review")],
)

STORY_2 = _story("el-NB2", "election", "2026-08-12", [
    _page("https://www.sbn-news.example/live/nagano-governor-election-2026-results", _S2_A),
    _page("https://kantopress.example/en/politics/2026/08/10/nagano-governor-takazawa-elected", _S2_B),
    _page("https://www.shinanoherald.example/english/news/20260810/takazawa-wins-governor-race", _S2_C),
    _page("https://japaneveningpost.example/politics/2026/08/11/nagano-governor-ldp-template-warning", _S2_D),
], [
    ("winner's vote total", r"\b43[89],?\d{3}\b", r"\b48[34],?\d{3}\b"),
    ("concession time", r"\b9[:.]40\b|\b21[:.]40\b", r"\b10[:.]40\b|\b22[:.]40\b"),
])

# ---------------------------------------------------------------------------
# Story 3 (PLANTED): Korea's Constitutional Court and the small-workplace exemption
# ---------------------------------------------------------------------------

_S3_A_BODY = [
    "SEOUL, Aug. 27 (KPN) - South Korea's Constitutional Court ruled on Thursday that a long-standing rule exempting the country's smallest workplaces from key labor protections is incompatible with the Constitution, and ordered lawmakers to rewrite it by the end of next year.",
    "In a 7-2 decision read out at 2 p.m. in the court's main hall in central Seoul, the justices found that excluding businesses with fewer than five employees from the rules on unfair dismissal and premium pay violated workers' right to equal treatment.",
    "The court stopped short of striking the provisions down immediately. Instead it issued a ruling of constitutional nonconformity, which leaves the current rules in force until Dec. 31, 2027. If the National Assembly has not amended the law by then, the provisions will lose effect.",
    "Under Korean law, at least six of the court's nine justices must agree before a law can be found unconstitutional.",
    "The case was brought by 14 workers, among them a café barista, a dental clinic receptionist and a convenience store clerk, who filed their complaint in March 2023 with the help of the Seoul Labor Rights Legal Center.",
    "“The size of an employer's payroll cannot, by itself, decide whether a worker deserves protection from arbitrary dismissal,” Court President Seo Jae-hoon said, reading from the majority opinion.",
    "The Labor Standards Act requires employers to pay at least 50 percent on top of regular wages for work beyond 40 hours a week, for night work between 10 p.m. and 6 a.m. and for work on holidays. It also bars dismissal without just cause. An enforcement decree lists which parts of the law apply to workplaces with four or fewer employees, and those protections are not among them.",
    "About 3.9 million people work at such businesses, according to government data, most of them in restaurants, retail and personal services.",
    "[AD]",
    "## Dissent",
    "Two justices, Kang Tae-sik and Noh Yun-seo, dissented. They wrote that deciding how quickly to extend these duties to the smallest employers was a question of economic policy for the legislature, noting that many such businesses operate on thin margins.",
    "The court had rejected challenges to the exemption in 1999 and 2019, holding at the time that the burden on very small employers justified treating them differently.",
    "## Reaction",
    "Labor Minister Cho Min-seok said the ministry would respect the ruling and aimed to submit an amendment bill to parliament in the first half of 2027, possibly phasing in the obligations over several years.",
    "The Korean Confederation of Trade Unions called the decision “long overdue”, while the Korea Federation of Micro Enterprises warned that higher costs could push some owners to cut staff. “Many owners already work longer hours than their employees,” federation spokesman Yoo Dong-hwan said.",
    "Outside the court, petitioner Kim So-yeon, 31, who said she had been dismissed from a café by text message, wept as she spoke to reporters. “I just wanted the same rules as everyone else,” she said.",
    "The minimum wage this year is 10,320 won (about $7.40) an hour and will rise to 10,740 won next year.",
    "(Reporting by Yoon Ha-neul; Editing by Daniel Brooks)",
]

_S3_A = _wire_page(
    url="https://www.kpnwire.example/en/national/constitutional-court-small-workplace-labor-ruling",
    agency="Korea Pacific Newswire", section="National",
    headline="South Korea's top court rules small-workplace labor exemption unconstitutional, orders fix by end-2027",
    description="The Constitutional Court ruled 7-2 that excluding workplaces with fewer than five employees from dismissal and overtime rules is incompatible with the Constitution.",
    bylines=["Yoon Ha-neul"],
    published="2026-08-27T05:41:00Z", modified="2026-08-27T06:05:00Z",
    shown="Aug. 27, 2026, 2:41 p.m. KST (05:41 GMT)",
    paras=_S3_A_BODY,
    lead=("Petitioners and supporters hold signs outside the Constitutional Court in Seoul, South Korea, Aug. 27, 2026.", "KPN"),
    related=[("Explainer: what a ruling of constitutional nonconformity means", "/en/explainer/nonconformity"),
             ("Minimum wage for next year set at 10,740 won", "/en/economy/minimum-wage-next-year"),
             ("Small businesses brace for higher costs as consumption slows", "/en/economy/small-business-costs")],
)

_S3_B_BODY = [
    "The Constitutional Court on Thursday ruled that the Labor Standards Act's exclusion of workplaces with four or fewer employees from its dismissal and overtime rules does not conform with the Constitution, giving the National Assembly a deadline to fix the law.",
    "Seven of the nine justices agreed that the exemption discriminated against workers based solely on the size of their employer. Two dissented.",
    "The ruling, announced at 2 p.m., keeps the current law in effect until the end of 2027 to give lawmakers time to amend it.",
    "A ruling of constitutional nonconformity is a middle path the court takes when striking a provision down at once would leave a legal vacuum. The provision stays on the books until lawmakers replace it or the deadline passes, whichever comes first.",
    "The complaint was filed in March 2023 by 17 workers who had been dismissed without notice or denied overtime pay at small businesses ranging from cafés to dental clinics.",
    "Court President Seo Jae-hoon read the decision. In the majority's words, the number of people an employer hires cannot on its own determine whether a worker is shielded from arbitrary firing.",
    "## Owners worried",
    "At a fried chicken restaurant in Seoul's Mapo District, owner Baek Seung-ho, 52, said he employs three part-time workers and already struggles with the minimum wage, which is 10,320 won per hour this year.",
    "“If I have to pay 50 percent extra after 10 p.m., I will simply close earlier,” he said.",
    "The Korea Federation of Micro Enterprises said in a statement that it respected the court's decision but urged the National Assembly to introduce any new obligations gradually and to offer subsidies to the smallest firms.",
    "[AD]",
    "## Workers welcome ruling",
    "Labor groups welcomed the decision. The Korean Confederation of Trade Unions said the ruling corrected a “long overdue” injustice affecting nearly 4 million workers.",
    "Kim So-yeon, a 31-year-old petitioner who lost her job at a café through a text message, told SBG she hoped the ruling would give workers like her the same rights as employees at larger companies.",
    "“For three years people told me the law was the law. Today the court said the law was wrong,” she said.",
    "## What happens next",
    "Labor Minister Cho Min-seok said the government would prepare a bill in the first half of next year. The ministry is expected to consider applying the rules in stages, starting with protection against unfair dismissal, before extending premium pay for overtime, night and holiday work.",
    "Lawmakers from both major parties said they would study the ruling. Any amendment must pass the National Assembly before the end of 2027, or the current exemption will lose its legal force.",
    "The Constitutional Court had previously upheld the exemption twice, in 1999 and in 2019.",
]

_S3_B = _broadcast_page(
    url="https://english.sbg.example/news/society/constitutional-court-tiny-workplaces-ruling",
    station="SBG English", section="Society",
    headline="Constitutional Court: excluding tiny workplaces from labor law is unconstitutional",
    summary="The court gives lawmakers until the end of 2027 to extend dismissal and overtime protections to workplaces with fewer than five employees.",
    byline="By Choi Yu-jin", shown="Updated Aug 27, 2026 7:10 PM KST",
    published="2026-08-27T19:10:00+09:00",
    paras=_S3_B_BODY,
    video="Small-business owners and workers react to the Constitutional Court ruling (2:36)",
    related=[("Part-time workers: the rules that apply to you", "/news/society/part-time-rules"),
             ("Household debt rises for second straight quarter", "/news/economy/household-debt"),
             ("Weather: typhoon expected to bring heavy rain to Jeju", "/news/weather/typhoon-jeju")],
)

_S3_C_BODY = [
    "The Constitutional Court yesterday declared that the provisions of the Labor Standards Act exempting businesses with fewer than five employees from dismissal protections and premium pay rules are incompatible with the Constitution, in a 6-3 decision that labor advocates called historic.",
    "Three justices dissented, led by Justice Kang Tae-sik, who argued that the pace of extending labor obligations to micro-businesses should be set by lawmakers, not judges.",
    "The court gave the National Assembly until Dec. 31 next year to revise the law. The current provisions remain valid in the meantime.",
    "Court President Seo Jae-hoon read the decision at 2 p.m. at the courthouse in Jae-dong, Jongno District.",
    "“The scale of a workplace alone cannot serve as the yardstick for whether a worker is protected against unjust dismissal,” the majority wrote.",
    "The complaint was filed in March 2023 by 14 workers, including a barista, a dental receptionist and a convenience store clerk. Their lawyers argued that the exemption, written into an enforcement decree rather than the act itself, created two classes of employees.",
    "## What changes",
    "Once the law is amended, employers with one to four workers will have to show just cause before dismissing staff, and pay a premium of at least 50 percent for overtime, for night work between 10 p.m. and 6 a.m. and for holiday work.",
    "According to Statistics Korea, about 3.9 million people work at such businesses, roughly one in six wage earners.",
    "The Korea Labor Institute estimated in a 2024 study that applying premium pay rules to micro-businesses would raise their labor costs by 3 to 5 percent on average, with restaurants and convenience stores hit hardest.",
    "[AD]",
    "## Divided reactions",
    "Labor Minister Cho Min-seok said the government would draft an amendment in the first half of next year and consider a phased introduction.",
    "Yoo Dong-hwan, a spokesman for the Korea Federation of Micro Enterprises, said many owners already worked longer hours than their staff and warned that some would respond by hiring fewer people.",
    "The Korean Confederation of Trade Unions welcomed the ruling as long overdue and urged lawmakers not to wait until the deadline.",
    "Rep. Jung Da-eun, a member of the National Assembly's Environment and Labor Committee, said hearings on an amendment could begin as early as November.",
    "Petitioner Kim So-yeon, 31, a former café barista, said outside the court: “All I wanted was to be treated by the same rules as everyone else.”",
    "This year's minimum wage is 10,320 won an hour. Next year it will be 10,740 won.",
    "The court had rejected similar challenges in 1999 and 2019.",
]

_S3_C = _paper_page(
    url="https://www.koreacourier.example/national/2026-08-28/court-orders-labor-protections-tiny-workplaces",
    paper="The Korea Morning Courier", section="National",
    headline="Court orders labor protections for tiny workplaces",
    standfirst="Lawmakers have until the end of next year to extend dismissal and overtime rules to businesses with fewer than five employees",
    byline="By Park Min-ji",
    shown_date="Friday, August 28, 2026",
    paras=_S3_C_BODY,
    related=[("Editorial: A fair floor for every worker", "/opinion/editorial-fair-floor"),
             ("Micro-business owners fear rising costs", "/business/micro-business-costs"),
             ("Timeline: the long fight over the small-workplace exemption", "/national/timeline-exemption")],
    most_read=[("Chuseok train tickets go on sale next week", "/national/chuseok-tickets"),
               ("KOSPI ends flat as chip shares slip", "/business/kospi-flat"),
               ("Seoul opens new riverside park in Mapo", "/national/mapo-park")],
)

STORY_3 = _story("ct-NB3", "court", "2026-08-29", [
    _page("https://www.kpnwire.example/en/national/constitutional-court-small-workplace-labor-ruling", _S3_A),
    _page("https://english.sbg.example/news/society/constitutional-court-tiny-workplaces-ruling", _S3_B),
    _page("https://www.koreacourier.example/national/2026-08-28/court-orders-labor-protections-tiny-workplaces", _S3_C),
], [
    ("vote split", r"\b7[-–]2\b|seven[- ]to[- ]two|seven of (?:the )?nine|two (?:justices )?dissent",
     r"\b6[-–]3\b|six[- ]to[- ]three|three (?:justices )?dissent"),
    ("number of petitioners", r"\b14\b|fourteen", r"\b17\b|seventeen"),
])

# ---------------------------------------------------------------------------
# Story 4 (CONTROL): Mongolia's first-half trade data
# ---------------------------------------------------------------------------

_S4_A_BODY = [
    "ULAANBAATAR, July 7 (NAPA) - Mongolia's exports fell 1.8% in the first half of 2026 from a year earlier to $7.81 billion, as weaker coal prices more than offset larger shipments to China, preliminary customs data showed on Tuesday.",
    "Imports climbed 12.0% to $4.83 billion, driven by fuel, vehicles and mining equipment, narrowing the trade surplus to $2.98 billion from $3.64 billion in January-June 2025, the Customs General Administration said.",
    "Total foreign trade turnover reached $12.64 billion, up 3.1% year on year.",
    "Coal exports rose 6.2% by volume to 41.3 million tonnes, but their value dropped 8.4% to $3.12 billion, implying an average price of about $75.5 a tonne.",
    "“Coal volumes are holding up well. What has changed is the price we get for each tonne,” customs spokeswoman D. Solongo told reporters.",
    "Copper concentrate was the bright spot. Shipments reached 812,400 tonnes worth $2.05 billion, a 14.7% increase in value, as underground production at the Oyu Tolgoi mine in the South Gobi region continued to ramp up. Iron ore exports totalled 4.1 million tonnes.",
    "[AD]",
    "China bought 91.6% of Mongolia's exports in the period, underlining the landlocked country's reliance on its southern neighbour. Russia supplied most of its fuel; imports of petroleum products totalled $1.02 billion.",
    "On the import side, goods from China made up 38.9% of the total and goods from Russia 27.4%. Imports of passenger cars and of heavy machinery for the mining sector both rose by double-digit percentages.",
    "In June alone, exports were worth $1.46 billion and coal shipments totalled 7.6 million tonnes.",
    "The government aims to export 83 million tonnes of coal this year, after shipping 79.2 million tonnes in 2025. First-half volumes leave it at roughly half of that target.",
    "Economists said the smaller surplus was manageable. “The surplus is narrower, but it is still large enough to keep pressure off the tugrik for now,” said Ts. Anujin, chief economist at Steppe Capital in Ulaanbaatar.",
    "The tugrik was quoted at 3,574 per dollar on Tuesday.",
    "Coal accounts for about two-fifths of Mongolia's export earnings and a large share of state revenue, which leaves the budget exposed to swings in Chinese steel demand.",
    "Authorities are pinning hopes on a cross-border railway between Gashuunsukhait and China's Ganqimaodu, due to open in 2027, which would reduce the reliance on trucks that has long caused queues at the border.",
    "Mongolia's economy grew 5.2% in the first quarter, according to the National Statistics Office, and the central bank has warned that lower mineral earnings could weigh on growth later in the year.",
    "The customs administration said final first-half figures, with a full breakdown by trading partner, would be published later this month.",
    "(Reporting by Oyun Bat-Erdene; Editing by Liam Porter)",
]

_S4_A = _wire_page(
    url="https://napa-news.example/economy/mongolia-h1-2026-trade-data-coal-copper",
    agency="NorthAsia Press Agency", section="Economy",
    headline="Mongolia's first-half exports dip as lower coal prices outweigh bigger shipments",
    description="Mongolia's exports fell 1.8% to $7.81 billion in January-June while imports rose 12%, customs data showed.",
    bylines=["Oyun Bat-Erdene"],
    published="2026-07-07T09:22:00Z", modified="2026-07-07T09:22:00Z",
    shown="July 7, 2026 09:22 UTC",
    paras=_S4_A_BODY,
    lead=("Trucks loaded with coal queue near the Gashuunsukhait border crossing in Umnugovi province, Mongolia.", "NAPA file photo"),
    related=[("China's steel output slips for third month", "/economy/china-steel-output"),
             ("Oyu Tolgoi copper output rises in second quarter", "/companies/oyu-tolgoi-q2"),
             ("Bank of Mongolia holds policy rate", "/economy/bank-of-mongolia-holds")],
)

_S4_B_BODY = [
    "Mongolia's foreign trade surplus for the first six months of 2026 shrank to 2.98 billion US dollars, down from 3.64 billion dollars in the same period last year, according to figures the Customs General Administration published on Tuesday.",
    "Total trade turnover reached 12.64 billion dollars, 3.1 percent more than a year earlier. Exports amounted to 7.81 billion dollars and imports to 4.83 billion dollars.",
    "At the first-half average exchange rate of about 3,580 tugrik per dollar, exports were worth nearly 28 trillion tugrik and total turnover about 45.3 trillion tugrik.",
    "## Coal: more trucks, less money",
    "Mongolia shipped 41.3 million tonnes of coal in January to June, 6.2 percent more than a year ago, earning 3.12 billion dollars. Customs spokeswoman Dashdorj Solongo said volumes had held up well and that the fall in earnings reflected lower prices per tonne rather than weaker demand.",
    "At Gashuunsukhait, the busiest crossing for coal, an average of about 1,150 trucks a day crossed into China in June, according to the border port administration. Drivers told UB Daily Brief that waits had shortened since a new inspection lane opened in the spring.",
    "“Last year I sometimes waited two days. Now it is usually half a day,” said Ganbold, a driver from Dalanzadgad who has hauled coal for eight years.",
    "[IMG] Coal trucks at the Gashuunsukhait border port. | UB Daily Brief",
    "Most of the coal comes from mines around the Tavan Tolgoi deposit in Umnugovi province, roughly 250 kilometres north of the crossing, and much of it still travels to the border by road.",
    "## Copper and other goods",
    "Copper concentrate exports earned 2.05 billion dollars, up 14.7 percent, on shipments of about 812,000 tonnes. Iron ore exports totalled 4.1 million tonnes.",
    "On the import side, petroleum products cost 1.02 billion dollars, and imports of passenger cars rose 22 percent to 41,800 vehicles.",
    "China took 91.6 percent of Mongolia's exports.",
    "[AD]",
    "## What economists say",
    "Tserendorj Anujin, chief economist at Steppe Capital, said the tugrik should stay broadly stable in the coming months because the surplus, although smaller, remains sizeable.",
    "She cautioned that the budget could come under pressure. This year's budget assumed an average coal export price of 85 dollars a tonne, well above the roughly 75.5 dollars implied by the first-half figures.",
    "The State Great Khural is expected to debate amendments to the budget in August.",
    "The government's target is to export 83 million tonnes of coal this year, up from 79.2 million tonnes in 2025. In June alone, coal exports reached 7.6 million tonnes and total exports 1.46 billion dollars.",
    "The customs administration said final figures for the first half would be published later this month, along with a breakdown by trading partner.",
]

_S4_B = _local_page(
    url="https://ubdailybrief.example/business/trade-surplus-narrows-first-half-2026",
    site="UB Daily Brief", section="Business",
    headline="Trade surplus narrows to $2.98 billion as coal earnings slide",
    byline="By Enkhjin Batbold", shown="8 July 2026",
    paras=_S4_B_BODY,
    related=[("Naadam 2026: road closures in central Ulaanbaatar", "/city/naadam-road-closures"),
             ("Air pollution fund gets new board", "/politics/air-pollution-fund"),
             ("Khuvsgul tourist season opens early", "/travel/khuvsgul-season")],
    tags=["Trade", "Coal", "Customs", "Economy"],
    lead=("The Customs General Administration building in Ulaanbaatar.", "UB Daily Brief"),
)

_S4_C_BODY = [
    "Mongolian coal export volumes rose 6.2% y/y to 41.3mt in H1 2026, according to preliminary Customs General Administration figures released on 7 July, but revenue fell 8.4% to $3.12bn. The implied average border value works out at roughly $75.5/t, against about $87.6/t a year earlier.",
    "Customs spokeswoman D. Solongo summed it up for reporters: volumes are holding, and the issue is the price per tonne.",
    "Most of the country's coking coal now changes hands through online auctions on the Mongolian Stock Exchange, with the state-owned Erdenes Tavan Tolgoi the dominant seller. Clearing prices at those auctions slid through the second quarter, and several lots went unsold in June when Chinese buyers held back.",
    "## China's numbers",
    "China's own customs statistics, which run about a month behind, showed imports of Mongolian coal of 34.9mt in January-May, up 5.4% y/y. The two series never line up exactly because of timing and classification differences, and readers should not try to reconcile them line by line.",
    "Mongolian No.4 coking coal at the Ganqimaodu yard was quoted at 980 yuan/t ($136/t) including VAT this week, down from 1,120 yuan/t a year ago. Yard prices include trucking, handling and Chinese taxes, which is why they sit so far above the Mongolian border value.",
    "“Chinese steel mills are buying hand to mouth,” said Zhang Wei, an analyst at Sino Coal Insights in Beijing. “Mongolia is winning share from seaborne supply on freight costs, not on price.”",
    "[AD]",
    "## Monthly run-rate",
    "June shipments of 7.6mt were the strongest of the year so far, and daily truck crossings at Gashuunsukhait averaged about 1,150. At that pace, Ulaanbaatar's 83mt full-year target looks within reach: H1 volumes amount to 49.8% of it. Mongolia exported 79.2mt in 2025.",
    "We forecast H2 volumes of 42-44mt, taking the full year to 83-85mt, with the average border value drifting lower into the winter.",
    "## Copper, iron ore, the rest",
    "Copper concentrate exports reached 812.4kt worth $2.05bn, up 14.7% in value as Oyu Tolgoi's underground operations ramp up. Iron ore exports totalled 4.1mt.",
    "Headline trade: exports $7.81bn (-1.8% y/y), imports $4.83bn (+12.0%), surplus $2.98bn against $3.64bn in H1 2025, turnover $12.64bn (+3.1%). China took 91.6% of exports.",
    "Fuel imports, mostly from Russia, cost $1.02bn. Even in its reduced form the surplus keeps the tugrik supported; the currency averaged about 3,580/$ over the half, and the central bank has not needed to sell reserves to defend it.",
    "## Rail link",
    "The Gashuunsukhait-Ganqimaodu cross-border railway is due to start operating in 2027, with initial capacity of up to 15mt a year. That would take a large share of the truck traffic off the road, though not all of it, and should narrow the gap between border value and yard price over time.",
    "Next data point: China's June customs figures, due around 20 July.",
]

_S4_C = _newsletter_page(
    url="https://coaloreweekly.example/issue-27-2026/mongolia-h1-more-tonnes-fewer-dollars",
    name="Coal & Ore Weekly", issue="Issue 27/2026", shown_date="Thursday 9 July 2026",
    headline="Mongolia H1: more tonnes, fewer dollars",
    kicker="Coking coal | Mongolia | China imports", author="By Ruth Adeyemi, Asia editor",
    paras=_S4_C_BODY,
    related=[("This issue: Australian met coal exports in June", "#aus-met-coal"),
             ("This issue: Indian steel capacity additions", "#india-steel"),
             ("Issue 26/2026: Ganqimaodu yard stocks hit six-month high", "/issue-26-2026/ganqimaodu-stocks")],
    sponsor="Steppe Logistics Group - cross-border trucking and bonded storage at Gashuunsukhait and Shiveekhuren.",
)

STORY_4 = _story("tr-NB4", "trade", "2026-07-10", [
    _page("https://napa-news.example/economy/mongolia-h1-2026-trade-data-coal-copper", _S4_A),
    _page("https://ubdailybrief.example/business/trade-surplus-narrows-first-half-2026", _S4_B),
    _page("https://coaloreweekly.example/issue-27-2026/mongolia-h1-more-tonnes-fewer-dollars", _S4_C),
], [])   # a control: no planted disagreement

# ---------------------------------------------------------------------------
# Story 5 (PLANTED): maiden flight of the Tianlu-2 methane rocket
# ---------------------------------------------------------------------------

_S5_A_BODY = [
    "JIUQUAN, Oct. 14 (Huaxia) -- China's Tianlu-2, a commercial rocket burning liquid methane and liquid oxygen, reached orbit on its first flight on Wednesday morning, its developer said.",
    "The rocket lifted off from the Jiuquan Satellite Launch Center in northwest China at 7:42 a.m. Beijing time (23:42 GMT on Tuesday), carrying two experimental satellites, Tianlu Shiyan-1A and Tianlu Shiyan-1B, together with a mass simulator. The payloads entered their planned orbit about 11 minutes later, according to Beijing-based Tianlu Aerospace Technology Co., Ltd.",
    "The company declared the mission a complete success at 8:27 a.m., after confirming that both satellites had separated from the second stage and established contact with ground stations.",
    "Standing 58.6 meters tall with a diameter of 4.2 meters, the two-stage Tianlu-2 is powered on its first stage by nine TL-80 engines, each producing about 80 tonnes of thrust, while the second stage uses a single engine of the same family adapted for operation in a vacuum.",
    "It is designed to carry up to 12 tonnes to low Earth orbit when flown in expendable mode, or about 8 tonnes when the first stage is recovered for reuse.",
    "“Today the rocket did what the numbers said it would,” said Gao Ruiming, chief executive of Tianlu Aerospace. “The real test is how quickly we can fly it again.”",
    "Chief designer Wu Xiaoqing said both stages had performed close to expectations, and that engineers would study the flight data “frame by frame” before the next launch, planned for the first half of 2027.",
    "[AD]",
    "The first stage was not recovered on this flight and fell in a designated area. The company plans to attempt a powered landing of the booster on a later mission.",
    "The two satellites will test a new satellite platform, laser communication terminals and an onboard data-processing unit in an orbit about 510 km above the Earth.",
    "The launch was also the first from a new pad for commercial liquid-fuelled rockets at the Jiuquan center, which entered service earlier this year. The company said the satellites' in-orbit tests would run for several months.",
    "Founded in 2018, Tianlu Aerospace has previously flown its smaller solid-fuel Tianlu-1 rocket five times since 2023. The most recent of those flights, in March 2025, failed to reach orbit.",
    "The Tianlu-2 is the company's first liquid-propellant rocket. Tianlu Aerospace raised 1.5 billion yuan (about 211 million U.S. dollars) in a financing round last year to complete its development and expand a production base in the city of Xi'an.",
    "China's commercial space sector has grown quickly in recent years with support from national and local policies, and several private companies are developing reusable liquid-fuelled launch vehicles to meet rising demand for satellite launches.",
]

_S5_A = _wire_page(
    url="https://en.huaxianews.example/sci-tech/2026-10/14/tianlu-2-maiden-flight-orbit",
    agency="Huaxia Newswire", section="Sci-Tech",
    headline="China's Tianlu-2 methane rocket reaches orbit on maiden flight",
    description="The commercial Tianlu-2 rocket lifted off from the Jiuquan Satellite Launch Center and placed two experimental satellites in orbit.",
    bylines=["Li Jiahui", "Ma Tao"],
    published="2026-10-14T08:51:00+08:00", modified="2026-10-14T10:05:00+08:00",
    shown="2026-10-14 08:51:00 | Editor: Zhou Xin",
    paras=_S5_A_BODY,
    lead=("A Tianlu-2 rocket lifts off from the Jiuquan Satellite Launch Center in northwest China, Oct. 14, 2026.", "Photo by Wang Lei/Huaxia"),
    related=[("China's commercial launch firms step up reusable rocket tests", "/sci-tech/commercial-launch-reusable"),
             ("Shenzhou crew completes spacewalk", "/sci-tech/shenzhou-spacewalk"),
             ("Xi'an aerospace industrial base expands", "/business/xian-aerospace-base")],
)

_S5_B_BODY = [
    "A privately owned Chinese rocket maker put two satellites into orbit with the maiden flight of its methane-fuelled Tianlu-2 on Wednesday, adding another contender to the race to build reusable launchers on the mainland.",
    "The 58.6-metre rocket lifted off at 7.24am from the Jiuquan Satellite Launch Center in the Gobi Desert, according to Tianlu Aerospace, the Beijing-based company that built it. That was 23:24 GMT on Tuesday.",
    "Roughly 11 minutes later the two test satellites, named Tianlu Shiyan-1A and 1B, separated from the second stage along with a mass simulator, and the company declared full success at 8.27am.",
    "“The rocket did exactly what our numbers predicted. The real test is how fast we can turn it around,” chief executive Gao Ruiming said in a statement posted on the company's social media account.",
    "[IMG] The Tianlu-2 rocket on the launch pad at Jiuquan before its first flight. | Handout",
    "The rocket burns liquid methane and liquid oxygen, a combination favoured by developers of reusable boosters because it leaves less soot in engines than kerosene. It can lift up to 12 tonnes to low Earth orbit if the first stage is thrown away, and about 8 tonnes if the booster is recovered.",
    "No landing was attempted on Wednesday. The first stage fell in a designated zone, and the company said a landing attempt would come on a later flight. The second flight is planned for the first half of next year.",
    "Tianlu-2 joins a small but growing group of Chinese methane-fuelled rockets. LandSpace's Zhuque-2 became the first rocket of its kind anywhere to reach orbit in 2023, and several rivals are now testing vehicles designed to land and fly again.",
    "[AD]",
    "Chan Ka-wai, a space industry researcher at the Greater Bay Aerospace Forum in Hong Kong, said a clean first flight mattered for the company's finances as much as its engineering.",
    "“Investors in Chinese launch companies have become much more selective. A success at the first attempt buys Tianlu time and credibility with satellite operators who need rides for their constellations,” he said.",
    "China's plans for large internet satellite networks will require thousands of launches over the next decade, and state-owned rockets alone cannot meet that demand, Chan added.",
    "The company raised 1.5 billion yuan (HK$1.64 billion) in a funding round last year. Its earlier rocket, the solid-fuelled Tianlu-1, has flown five times since 2023, with the most recent flight, in March 2025, ending in failure.",
    "Shares in Shenzhen-listed Hengxin Composites, which supplies the rocket's payload fairing, rose 6.3 per cent on Wednesday.",
    "Chief designer Wu Xiaoqing said engineers would spend the coming weeks going through the flight data before confirming a date for the next launch.",
]

_S5_B = _paper_page(
    url="https://www.harbourstandard.example/china/science/article/tianlu-2-methane-rocket-reaches-orbit",
    paper="Harbour Morning Standard", section="China / Science",
    headline="Private Beijing firm's methane rocket reaches orbit at first attempt",
    standfirst="Tianlu-2 success adds another contender in mainland China's race to build reusable launchers",
    byline="Kelly Ng in Hong Kong",
    shown_date="Published: 5:30am, 15 Oct 2026",
    paras=_S5_B_BODY,
    meta_published="2026-10-15T05:30:00+08:00",
    related=[("Explainer: why rocket makers are switching to methane", "/china/science/explainer-methane-rockets"),
             ("Hong Kong satellite start-up signs launch deal", "/business/hk-satellite-startup"),
             ("Mainland's satellite internet push, in charts", "/china/science/satellite-internet-charts")],
    most_read=[("MTR fares to rise from January", "/hong-kong/mtr-fares"),
               ("Typhoon signal No 3 lowered as storm moves west", "/hong-kong/typhoon-signal"),
               ("Property: new flats sell out in Tseung Kwan O", "/business/tko-flats")],
)

_S5_C_BODY = [
    "Tianlu Aerospace's Tianlu-2 reached orbit on its debut on 14 October, lifting off from Jiuquan at 07:42 Beijing time (23:42 UTC on 13 October). For a first flight of a new methalox vehicle from a private company, it was remarkably clean.",
    "## The vehicle",
    "Tianlu-2 is a two-stage rocket, 56.8 m (186 ft) tall and 4.2 m in diameter. The first stage has nine TL-80 engines of about 80 tf each, so roughly 720 tf at liftoff; the second stage flies a single vacuum-optimised TL-80V. The company has not published a liftoff mass. Our estimate is around 620 t.",
    "Quoted capacity is 12 t to LEO expendable and about 8 t with first-stage recovery, which puts it in the same class as several of its domestic competitors.",
    "## The flight",
    "Per the company's own timeline: first-stage separation at about T+2 min 48 s, fairing jettison at about T+3 min 30 s, second-stage cutoff at about T+9 min 10 s and payload separation at roughly T+11 min. Success was declared at 08:27 Beijing time.",
    "The payload was two test satellites, Tianlu Shiyan-1A and 1B, plus a mass simulator, bound for a sun-synchronous orbit of about 510 km. Tracking data published by the US Space Force on Thursday listed four objects from the launch, the two satellites, the simulator and the spent second stage, in orbits of roughly 505-515 km.",
    "[AD]",
    "## What it did not prove",
    "There was no landing attempt. The first stage fell in a designated zone downrange, and the company says a powered landing will be tried on a later flight. Until then, the 8 t reusable figure remains a paper number.",
    "Cadence is the other open question. Chief executive Gao Ruiming said the rocket had “done what the numbers said it would” and that the real test was how quickly it could fly again. The second flight is pencilled in for the first half of 2027, which would mean a gap of at least several months.",
    "Chief designer Wu Xiaoqing said the team would review the telemetry in detail before committing to a date.",
    "## Context",
    "Tianlu's earlier product, the small solid-fuelled Tianlu-1, flew five times from 2023, with four successes; the fifth, in March 2025, failed to reach orbit. The company's 1.5bn yuan (~$211m) financing round last year was aimed squarely at getting Tianlu-2 flying.",
    "A note for readers who look at maps: the Jiuquan launch centre is named after a city in Gansu but actually sits in the Ejin Banner area of Inner Mongolia, a couple of hundred kilometres to the north-east of that city.",
    "## Our take",
    "A first-time success puts Tianlu among the front-runners of China's commercial launch sector. The constellation customers it needs will want to see the second and third flights on time before signing large contracts.",
]

_S5_C = _newsletter_page(
    url="https://orbitalledger.example/issue-212/tianlu-2-debut-analysis",
    name="Orbital Ledger", issue="Issue 212", shown_date="16 October 2026",
    headline="Tianlu-2 makes orbit first time out: what the flight did and did not prove",
    kicker="Launch | China | Methalox", author="By Tomas Lindqvist",
    paras=_S5_C_BODY,
    related=[("This week: European launcher slips to next spring", "#europe-slip"),
             ("This week: Indian small launcher completes static fire", "#india-static-fire"),
             ("Issue 211: the Chinese commercial launch scorecard", "/issue-211/china-scorecard")],
    sponsor="Polaris Insurance Partners - launch and in-orbit cover for satellite operators worldwide.",
)

STORY_5 = _story("rk-NB5", "rocket", "2026-10-17", [
    _page("https://en.huaxianews.example/sci-tech/2026-10/14/tianlu-2-maiden-flight-orbit", _S5_A),
    _page("https://www.harbourstandard.example/china/science/article/tianlu-2-methane-rocket-reaches-orbit", _S5_B),
    _page("https://orbitalledger.example/issue-212/tianlu-2-debut-analysis", _S5_C),
], [
    ("liftoff time", r"\b0?7[:.]42(?!\d)|\b23[:.]42(?!\d)|\b11[:.]42(?!\d)",
     r"\b0?7[:.]24(?!\d)|\b23[:.]24(?!\d)|\b11[:.]24(?!\d)"),
    ("rocket height", r"58\.6|\b192\b", r"56\.8|\b186\b"),
])

# ---------------------------------------------------------------------------
# Story 6 (CONTROL): magnitude 6.6 earthquake off Hualien, Taiwan
# ---------------------------------------------------------------------------

_S6_A_BODY = [
    "TAIPEI, Nov 14 (EAN) - A strong earthquake struck off Taiwan's east coast early on Saturday, killing one person, injuring dozens and leaving an apartment building leaning in the city of Hualien, authorities said.",
    "The quake hit at 1:12 a.m. (1712 GMT on Friday) at a depth of 15.3 km (9.5 miles), with its epicentre at sea 24.8 km (15.4 miles) east-southeast of the Hualien County government building, according to Taiwan's Central Weather Administration (CWA), which put its magnitude at 6.6.",
    "The U.S. Geological Survey measured the quake at magnitude 6.4 and a depth of 10 km.",
    "As of 9 a.m. (0100 GMT), one person had been killed and 38 injured, with one person missing, the National Fire Agency said.",
    "The woman who died, aged 71, was struck by a collapsing wall at her home in Xincheng Township, north of Hualien City. The missing man is a truck driver whose vehicle was hit by falling rocks on the Suhua Highway near Heren, where rescuers were working to clear debris.",
    "In Hualien City, a six-storey apartment building on Zhonghua Road was left tilting. Firefighters used ladders to bring out 14 residents, some of them elderly, in the hours after the quake.",
    "[AD]",
    "Shaking reached intensity 5-upper on Taiwan's intensity scale, which tops out at 7, in Hualien City and Xiulin Township, and intensity 4 in Taipei, more than 100 km away, where residents were jolted awake and tall buildings swayed for several seconds.",
    "The CWA had recorded 41 aftershocks by 9 a.m. The largest, of magnitude 5.3, struck at 4:06 a.m.",
    "Huang Pei-shan, director of the CWA's Seismological Center, told reporters that aftershocks of magnitude 5 to 5.5 could occur over the next three days, and urged people to stay away from damaged buildings and mountain roads.",
    "Taiwan Power Co said about 28,000 households lost electricity after the quake; about 4,300 were still without power at 9 a.m.",
    "Taiwan Railway suspended services on the North-link line between Yilan and Hualien for track inspections. The Interior Ministry activated its central emergency operation centre at 2:30 a.m.",
    "Japan's Meteorological Agency said there was no tsunami threat, although slight changes in sea level might be observed around Okinawa's Yaeyama islands.",
    "Operators of science parks in Hsinchu and Taichung said some night-shift staff at chip plants had been evacuated as a precaution, but no major damage had been reported. Most of Taiwan's semiconductor factories are on the west side of the island, far from the epicentre.",
    "Taiwan lies where two tectonic plates meet and is shaken by frequent tremors. In April 2024, a magnitude 7.2 quake centred near Hualien killed more than a dozen people, and in 1999 a magnitude 7.3 quake in central Taiwan killed more than 2,400.",
    "(Reporting by Jessica Wen; Additional reporting by Ken Ito in Tokyo; Editing by Priya Raman)",
]

_S6_A = _wire_page(
    url="https://www.eanewswire.example/world/asia-pacific/strong-quake-off-taiwan-east-coast-2026-11-13/",
    agency="EastAsia Newswire", section="Asia Pacific",
    headline="Strong quake off Taiwan's east coast kills one, leaves building leaning in Hualien",
    description="A magnitude 6.6 earthquake struck off Hualien early on Saturday, killing one person and injuring dozens.",
    bylines=["Jessica Wen"],
    published="2026-11-13T17:58:00Z", modified="2026-11-14T01:40:00Z",
    shown="November 13, 2026 5:58 PM GMT · Updated November 14, 2026 1:40 AM GMT",
    paras=_S6_A_BODY,
    lead=("Rescue workers stand near a tilted apartment building in Hualien, Taiwan, November 14, 2026.", "EAN/Staff photographer"),
    related=[("Explainer: how Taiwan measures earthquake shaking", "/world/asia-pacific/explainer-taiwan-intensity/"),
             ("Japan's weather agency says no tsunami threat after Taiwan quake", "/world/asia-pacific/jma-no-tsunami/"),
             ("Chipmakers check plants after Taiwan tremor", "/technology/chipmakers-check-plants/")],
)

_S6_B_ENTRIES = [
    ("12:40 p.m.", "Latest toll: 1 dead, 51 injured", [
        "The National Fire Agency's noon update: one person has died, 51 have been injured and one remains missing. Most of the injuries are cuts and fractures from falling objects and broken glass.",
        "Rescuers on the Suhua Highway say they have located the missing truck driver's vehicle under rocks near Heren but have not yet reached the cab.",
    ]),
    ("11:20 a.m.", "Power mostly restored", [
        "Taipower says electricity has been restored to all but about 1,900 of the roughly 28,000 households that lost power overnight. Most of those still affected are in Xincheng and Xiulin townships.",
    ]),
    ("10:35 a.m.", "North-link trains running again", [
        "Taiwan Railway says services on the North-link line between Yilan and Hualien resumed at 10:30 a.m. after track inspections, with trains running at reduced speed for now.",
        "The Suhua Highway between Heren and Chongde remains closed because of rockfalls.",
    ]),
    ("10:05 a.m.", "46 aftershocks so far", [
        "The Central Weather Administration has recorded 46 aftershocks as of 10 a.m. The strongest was a magnitude 5.3 at 4:06 a.m.",
        "Huang Pei-shan, who heads the CWA's Seismological Center, says aftershocks of around magnitude 5 to 5.5 remain possible over the next three days.",
    ]),
    ("8:15 a.m.", "Magistrate visits tilted building", [
        "Hualien County Magistrate Liao Yu-hsuan has visited the leaning six-storey building on Zhonghua Road in Hualien City.",
        "“Everyone who lived there is safe. The building will not be reopened,” Liao told reporters. The county will assess whether it must be demolished.",
        "[IMG] The leaning building on Zhonghua Road, Hualien City, on Saturday morning. | FPTV",
    ]),
    ("6:30 a.m.", "First death confirmed", [
        "A 71-year-old woman in Xincheng Township has died after a wall in her home collapsed, county officials say. It is the first confirmed death from the earthquake.",
    ]),
    ("4:10 a.m.", "Strong aftershock", [
        "A magnitude 5.3 aftershock struck at 4:06 a.m., according to the CWA. It was felt at intensity 4 in Hualien City.",
    ]),
    ("2:45 a.m.", "Central emergency centre activated", [
        "The Interior Ministry activated the Central Emergency Operation Center at 2:30 a.m. The National Fire Agency reports 12 people injured so far, as of 2:40 a.m.",
    ]),
    ("2:05 a.m.", "Residents brought out of leaning building", [
        "Firefighters have brought 14 residents out of a six-storey apartment building that is leaning badly on Zhonghua Road in Hualien City. Several were carried down ladders.",
    ]),
    ("1:40 a.m.", "Japan: no tsunami threat", [
        "The Japan Meteorological Agency says there is no tsunami threat to Japan, though slight changes in sea level are possible in the Yaeyama region of Okinawa. The quake was felt there at 2:12 a.m. Japan time.",
    ]),
    ("1:16 a.m.", "Strong earthquake strikes off Hualien", [
        "A strong earthquake struck off Hualien at 1:12 a.m. Buildings shook across much of Taiwan, including in Taipei.",
        "An automatic early report put the magnitude at 6.5; the CWA's official report, issued at 1:24 a.m., gives magnitude 6.6 at a depth of 15.3 km, centred in the sea 24.8 km east-southeast of Hualien County Hall.",
        "The strongest shaking, intensity 5-upper, was felt in Hualien City and Xiulin Township. Intensity 5-lower was recorded in parts of Yilan County, and 4 in Taipei, New Taipei and Taoyuan.",
    ]),
]

_S6_B = _liveblog_page(
    url="https://english.fptv.example/live/hualien-earthquake-live-updates",
    site="FPTV English",
    headline="Live updates: magnitude 6.6 earthquake strikes off Hualien",
    summary="A strong earthquake struck off Taiwan's east coast at 1:12 a.m. on Saturday. Follow the latest here.",
    key_points=[
        "Magnitude 6.6 quake at 1:12 a.m. Saturday off Hualien, according to the CWA",
        "As of noon: 1 dead, 51 injured, 1 missing",
        "Apartment building left leaning in Hualien City; 14 residents brought out",
        "46 aftershocks recorded by 10 a.m.",
    ],
    published="2026-11-14T01:16:00+08:00", modified="2026-11-14T12:40:00+08:00",
    shown="Last updated: Saturday, November 14, 12:40 p.m.",
    entries=_S6_B_ENTRIES,
    related=[("What to do during an aftershock", "/news/aftershock-safety"),
             ("Taroko trails closed until further notice", "/news/taroko-trails-closed"),
             ("Photos: Hualien wakes to damage after quake", "/news/photos-hualien-damage")],
)

_S6_C_BODY = [
    "The death toll from the earthquake that shook Hualien early this morning rose to two on Saturday afternoon, after rescuers recovered the body of a truck driver trapped under rocks on the Suhua Highway.",
    "As of 6 p.m., the National Fire Agency reported two deaths and 64 people injured in Hualien and Yilan counties. No one remains missing.",
    "The driver, a 44-year-old man surnamed Chang from Su'ao in Yilan, was found in the cab of his gravel truck near the Heren section of the highway at about 2:30 p.m., firefighters said. A rockfall had buried the vehicle shortly after the quake.",
    "The first victim, a 71-year-old woman, died when part of a brick wall in her home in Xincheng collapsed onto her bed. Neighbours said she lived alone.",
    "The magnitude 6.6 quake struck at 1:12 a.m., centred at sea about 25 km east-southeast of Hualien City at a depth of about 15 km, according to the Central Weather Administration.",
    "[IMG] Police tape surrounds the leaning building on Zhonghua Road on Saturday afternoon. | Hualien Today",
    "## Leaning building",
    "On Zhonghua Road, police have cordoned off a 50-metre radius around the tilting six-storey apartment block from which firefighters helped 14 residents down ladders overnight.",
    "Magistrate Liao Yu-hsuan said structural engineers would decide on Monday whether the building has to be torn down. Residents were allowed back in briefly this afternoon, escorted by firefighters, to collect documents and medicine.",
    "“I grabbed my passport, my blood pressure pills and a photo of my late husband. That's all I have now,” said one resident, a woman in her 70s who asked not to be named.",
    "The county opened a shelter in a school gymnasium in Hualien City, where 96 people had registered by this evening.",
    "[AD]",
    "## Aftershocks, power and roads",
    "The CWA had recorded 81 aftershocks by 6 p.m. The largest, magnitude 5.3, came at 4:06 a.m.",
    "Taipower said fewer than 600 households were still without electricity at 5 p.m. and it expected to reconnect all of them tonight.",
    "North-link trains have been running since 10:30 a.m., but the Suhua Highway between Heren and Chongde remains closed. The Directorate General of Highways said one lane might reopen by Monday evening at the earliest.",
    "Lin A-mei, 58, who runs a breakfast shop on Zhongshan Road, said she had opened as usual at 6 a.m. “People needed somewhere to sit and talk. Nobody wanted to be alone at home,” she said.",
    "Taroko National Park has closed its trails, and the county tourism association said about 30 percent of hotel bookings for next weekend had been cancelled.",
    "The county government will announce on Sunday evening whether schools will open on Monday.",
]

_S6_C = _local_page(
    url="https://hualientoday.example/news/quake-two-dead-64-hurt-truck-driver-found",
    site="Hualien Today", section="News",
    headline="Two dead, 64 hurt as quake rattles Hualien; truck driver's body recovered on Suhua Highway",
    byline="By Hualien Today staff", shown="Posted Nov 14, 2026, 7:05 p.m.",
    paras=_S6_C_BODY,
    related=[("Where to get help: shelters and hotlines after the quake", "/news/quake-help-list"),
             ("Farmers' market postponed", "/community/farmers-market-postponed"),
             ("Photos: the morning after in Xincheng", "/news/photos-xincheng")],
    tags=["Earthquake", "Hualien City", "Xincheng", "Suhua Highway"],
)

_S6_D_BODY = [
    "A third person has died as a result of the earthquake that struck off Hualien County early on Saturday, the National Fire Agency said this morning, as residents of the east coast spent a second night on edge amid continuing aftershocks.",
    "As of 8 a.m. today, the agency reported three deaths and 87 injuries. The latest victim, a 63-year-old man who suffered head injuries when a shop sign fell on him in Hualien City, died at Hualien Tzu Chi Hospital at about 1:35 a.m. today, hospital officials said.",
    "The other two victims were a 71-year-old woman in Xincheng Township and a 44-year-old truck driver whose body was recovered from the Suhua Highway on Saturday afternoon.",
    "The quake struck at 1:12 a.m. on Saturday, which was 5:12 p.m. GMT on Friday. Its epicenter was 24.8km east-southeast of Hualien County Hall at a depth of 15.3km, the Central Weather Administration (CWA) said. The CWA measured its magnitude at 6.6, while the US Geological Survey put it at 6.4.",
    "The CWA had recorded 127 aftershocks as of 8 a.m. today, the largest a magnitude 5.3 tremor at 4:06 a.m. on Saturday.",
    "[IMG] Engineers inspect the leaning building on Zhonghua Road in Hualien City yesterday. | Photo: Tsai Chia-hao, Taiwan Chronicle",
    "## Building to be inspected",
    "Hualien County Magistrate Liao Yu-hsuan said engineers would inspect the six-storey building on Zhonghua Road tomorrow to determine whether it needs to be demolished. Firefighters rescued 14 residents from the building in the early hours of Saturday.",
    "Taipower said power had been restored by 9 p.m. yesterday to all of the roughly 28,000 households that lost supply.",
    "Taiwan Railway's North-link line resumed service on Saturday morning, but the Suhua Highway remains closed between Heren and Chongde. The highway authority said it hoped to reopen one lane by Monday evening at the earliest.",
    "The county said it would announce by this evening whether schools will open tomorrow. Two schools in Xiulin Township are still awaiting safety inspections.",
    "[AD]",
    "## Relief funds",
    "The Cabinet yesterday approved NT$300 million (about US$10 million) in emergency relief for Hualien and Yilan counties, to cover shelter, repairs to public facilities and payments to victims' families.",
    "Chiang Shu-fen, a geologist at National Taiwan University, said the quake had released about one-eighth of the energy of the magnitude 7.2 earthquake that hit Hualien in April 2024, which killed more than a dozen people.",
    "“This is a region that moves a great deal. People here know the drill, which is one reason the toll was not higher,” Chiang said.",
    "Japan's Meteorological Agency said on Saturday there was no tsunami threat to its southern islands.",
    "In the tourism sector, Taroko National Park trails remain closed and hotel operators reported widespread cancellations for next weekend.",
]

_S6_D = _paper_page(
    url="https://www.taiwanchronicle.example/taiwan/2026/11/15/hualien-quake-death-toll-rises-to-three",
    paper="The Taiwan Chronicle", section="Taiwan",
    headline="Hualien quake death toll rises to three; 127 aftershocks recorded",
    standfirst="A man injured by a falling sign died in hospital overnight, as engineers prepare to inspect a leaning building",
    byline="By Staff writers, with CNA",
    shown_date="Sun, Nov 15, 2026 - Updated 10:20 a.m.",
    paras=_S6_D_BODY,
    meta_published="2026-11-15T10:20:00+08:00",
    related=[("Editorial: Lessons Hualien has already learned", "/opinion/editorial-hualien-lessons"),
             ("Explainer: magnitude versus intensity", "/taiwan/explainer-magnitude-intensity"),
             ("Hualien tourism braces for another slow season", "/business/hualien-tourism")],
    most_read=[("Legislature passes revised budget", "/taiwan/budget-passes"),
               ("Night market food safety checks expanded", "/taiwan/night-market-checks"),
               ("Baseball: Taiwan names Premier12 roster", "/sports/premier12-roster")],
)

STORY_6 = _story("eq-NB6", "earthquake", "2026-11-15", [
    _page("https://www.eanewswire.example/world/asia-pacific/strong-quake-off-taiwan-east-coast-2026-11-13/", _S6_A),
    _page("https://english.fptv.example/live/hualien-earthquake-live-updates", _S6_B),
    _page("https://hualientoday.example/news/quake-two-dead-64-hurt-truck-driver-found", _S6_C),
    _page("https://www.taiwanchronicle.example/taiwan/2026/11/15/hualien-quake-death-toll-rises-to-three", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
