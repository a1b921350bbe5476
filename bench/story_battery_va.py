"""Part VA of the story battery (web pages).

Written by engineer VA1 on 2026-12-06 (twentieth session, twelfth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py VA`.

Six stories (two trade, two court, two central-bank), each told by 3-4 invented outlets as
whole scraped HTML pages with site furniture. Two stories are controls (no planted
disagreement).
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _li(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="#">{h}</a></li>' for h in items)


# ---------------------------------------------------------------------------------------
# Outlet templates (one per invented outlet)
# ---------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, updated: str | None = None,
               credit: str = "", related: tuple[str, ...] = ()) -> str:
    """Pacific Wire: a wire service. Plain divs, dateline, meta published time."""
    meta = ('<meta property="og:site_name" content="Pacific Wire">\n'
            f'<meta property="og:title" content="{title}">\n')
    if published:
        meta += f'<meta property="article:published_time" content="{published}">\n'
    body = [f"<p>{dateline} (Pacific Wire) &mdash; {paras[0]}</p>"]
    body += [f"<p>{p}</p>" for p in paras[1:]]
    upd = f'<div class="dateline-upd">{updated}</div>' if updated else ""
    rel = ""
    if related:
        rel = ('<aside class="rel-coverage"><h3>Related Coverage</h3><ul>'
               + _li(related) + "</ul></aside>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<title>{title} | Pacific Wire</title>\n{meta}"
        '<link rel="stylesheet" href="/static/pw.css"></head>\n<body>\n'
        '<a class="skip-link" href="#main-content">Skip to main content</a>\n'
        '<header class="pw-top"><div class="logo">PACIFIC WIRE</div><nav><ul>'
        '<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>'
        '<li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>'
        '<li><a href="/tech">Technology</a></li><li><a href="/sustainability">'
        "Sustainability</a></li></ul></nav>"
        '<a class="signin" href="/account">Sign in</a></header>\n'
        '<div id="consent" class="consent-bar">We use cookies and similar technologies '
        "to personalise content and measure traffic. <button>Accept all</button> "
        "<button>Reject optional</button> <a href=\"/privacy\">Manage settings</a></div>\n"
        '<main id="main-content"><div class="pw-article"><div class="pw-article__head">'
        f"<h1>{title}</h1>"
        f'<div class="byline">By {byline}</div>{upd}'
        '<div class="share"><a href="#">Share</a> <a href="#">X</a> '
        '<a href="#">LinkedIn</a> <a href="#">Email</a></div></div>\n'
        '<div class="pw-article__body">\n' + "\n".join(body) + "\n</div>\n"
        f'<p class="pw-credit">{credit}</p>'
        '<p class="standards"><a href="/trust">Our Standards: The Pacific Wire Trust '
        "Principles.</a></p></div>\n" + rel + "</main>\n"
        '<footer class="pw-foot"><ul><li>About Pacific Wire</li><li>Careers</li>'
        "<li>Contact us</li><li>Terms of use</li></ul>"
        "<p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Pacific Wire "
        "Ltd. All rights reserved.</p></footer>\n</body></html>\n"
    )


def _daily_site(title: str, paras: list[str], *, standfirst: str, byline: str,
                published: str | None = None, read_more: str = "",
                most_read: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    """The Daily Courier: a national daily. <article>, JSON-LD, paywall, ad slots."""
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": title, "datePublished": published,
                            "author": {"@type": "Person", "name": byline},
                            "publisher": {"@type": "Organization",
                                          "name": "The Daily Courier"}})
              + "</script>\n")
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i == 2:
            out.append('<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement'
                       '</span><div id="gpt-ad-2"></div></div>')
        if i == 3 and read_more:
            out.append(f'<p class="inline-rm"><strong>Read more:</strong> '
                       f'<a href="#">{read_more}</a></p>')
        if i == 7:
            out.append('<div class="ad-slot"><span class="ad-label">Advertisement</span>'
                       '<div id="gpt-ad-3"></div></div>')
    mr = ""
    if most_read:
        mr = ('<section class="most-read"><h2>Most read</h2><ol>' + _li(most_read)
              + "</ol></section>")
    tg = ""
    if tags:
        tg = ('<ul class="tags">' + "".join(f'<li><a href="#">{t}</a></li>' for t in tags)
              + "</ul>")
    return (
        "<!doctype html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | The Daily Courier</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{ld}</head>\n<body class=\"dc-article\">\n"
        '<div class="cookie-banner" role="dialog"><p>The Daily Courier and our partners '
        "use cookies to improve your experience and to show you relevant advertising.</p>"
        "<button>I agree</button><button>Options</button></div>\n"
        '<header class="masthead"><a href="/" class="brand">The Daily Courier</a>'
        '<nav class="sections"><a href="/news">News</a> | <a href="/politics">Politics</a>'
        ' | <a href="/business">Business</a> | <a href="/money">Money</a> | '
        '<a href="/opinion">Opinion</a> | <a href="/sport">Sport</a> | '
        '<a href="/culture">Culture</a></nav>'
        '<a class="subscribe-btn" href="/subscribe">Subscribe</a></header>\n'
        '<div class="ad-leaderboard"><span>Advertisement</span></div>\n'
        '<article class="story">\n<header>'
        f'<h1 class="headline">{title}</h1>'
        f'<p class="standfirst">{standfirst}</p>'
        f'<div class="author">By <a href="#">{byline}</a></div>'
        '<ul class="share-tools"><li><a href="#">Share on Facebook</a></li>'
        '<li><a href="#">Tweet</a></li><li><a href="#">Copy link</a></li>'
        '<li><a href="#">Gift this article</a></li></ul></header>\n'
        '<div class="article-body">\n' + "\n".join(out) + "\n</div>\n" + tg + "\n"
        '<div class="paywall-teaser"><p>You have read 3 of your 5 free articles this '
        "month.</p><p>Subscribe from just &pound;1 a week for unlimited access.</p>"
        '<a href="/subscribe">Subscribe now</a></div>\n'
        '<div class="comments-teaser"><a href="#">Join the conversation (124 comments)'
        "</a></div>\n</article>\n" + mr + "\n"
        '<div class="newsletter"><h3>The Morning Courier</h3><p>Our editors&#8217; pick '
        "of the day&#8217;s news, in your inbox at 7am.</p><input type=\"email\" "
        'placeholder="Email address"><button>Sign up</button></div>\n'
        '<footer class="site-footer"><p>&copy; The Daily Courier Ltd 2025. Registered '
        "office: 1 Printing House Yard, London EC4 9XX.</p><a href=\"#\">Privacy "
        'policy</a> <a href="#">Cookie settings</a> <a href="#">Contact us</a></footer>\n'
        "</body></html>\n"
    )


def _tv_site(title: str, paras: list[str], *, byline: str, posted: str = "",
             trending: tuple[str, ...] = (), video_caption: str = "") -> str:
    """KVTR 9 News: a local TV station site. Deep div soup, styled div headline."""
    ps = "".join(f'<div class="txt-blk"><p>{p}</p></div>\n' for p in paras)
    posted_div = f'<div class="meta-time">{posted}</div>' if posted else ""
    tr = ""
    if trending:
        tr = ('<div class="rail-box trending"><div class="rail-title">Trending on '
              "KVTR9.com</div><ul>" + _li(trending) + "</ul></div>")
    vid = ""
    if video_caption:
        vid = ('<div class="vid-wrap"><div class="player" data-src="/v/1.m3u8"></div>'
               f'<div class="vid-cap">VIDEO: {video_caption}</div></div>')
    return (
        "<html><head><title>" + title + " - KVTR 9 News</title>\n"
        '<meta property="og:site_name" content="KVTR 9 News"></head>\n<body>\n'
        '<div id="wrapper"><div class="hdr"><div class="hdr-inner">'
        '<div class="station-logo">KVTR 9 &middot; Salem</div>'
        '<div class="menu"><span>News</span><span>Weather</span><span>Traffic</span>'
        "<span>Sports</span><span>Community</span><span>Watch Live</span></div>"
        '<div class="wx-widget">Salem 61&deg;F Partly cloudy</div></div></div>\n'
        '<div class="alert-strip">LIVE: 9 News at Noon is streaming now</div>\n'
        '<div class="cnt"><div class="cnt-main"><div class="story-wrap">'
        f'<div class="story-headline" style="font-size:34px;font-weight:700">{title}</div>'
        f'<div class="story-byline">By {byline}</div>{posted_div}\n{vid}\n'
        '<div class="sharebar"><a href="#">Facebook</a><a href="#">X</a>'
        '<a href="#">Email</a><a href="#">Copy link</a></div>\n'
        '<div class="story-body">' + ps +
        '<div class="ad-box"><span>Advertisement</span></div>'
        '<div class="tip-line">Have a news tip? Email newsdesk@kvtr9.example or call '
        "(503) 555-0199.</div>"
        "</div></div></div>\n"
        '<div class="cnt-rail">' + tr +
        '<div class="rail-box"><div class="rail-title">Download the KVTR 9 app</div>'
        "</div></div></div>\n"
        '<div class="ftr">KVTR 9 &middot; 2200 Mission St SE, Salem, OR 97302 &middot; '
        "Copyright 2025 KVTR-TV. All rights reserved. FCC Public File &middot; EEO "
        "Report &middot; Closed Captioning</div></div>\n</body></html>\n"
    )


def _blog_site(title: str, paras: list[str], *, author: str, bio: str,
               date_text: str = "", date_iso: str = "", tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0, post_id: int = 4000) -> str:
    """Ledger & Ticker: a WordPress-like finance blog."""
    posted = ""
    if date_text:
        posted = ('<span class="posted-on">Posted on <a href="#" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{date_iso}">'
                  f"{date_text}</time></a></span> ")
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    tg = ", ".join(f'<a href="#" rel="tag">{t}</a>' for t in tags)
    rc = _li(recent)
    return (
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n"
        f"<title>{title} &#8211; Ledger &amp; Ticker</title>\n"
        "<meta name=\"generator\" content=\"WordPress 6.6.2\">\n"
        "<link rel='stylesheet' id='ledger-style-css' href='/wp-content/themes/ledger/"
        "style.css' media='all' />\n</head>\n"
        f'<body class="post-template-default single single-post postid-{post_id}">\n'
        '<div id="page" class="site">\n<a class="skip-link screen-reader-text" '
        'href="#content">Skip to content</a>\n'
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/">Ledger &amp; Ticker</a></p>'
        '<p class="site-description">Markets, macro &amp; the stuff in between</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        '<li class="menu-item"><a href="/macro">Macro</a></li>'
        '<li class="menu-item"><a href="/commodities">Commodities</a></li>'
        '<li class="menu-item"><a href="/rates">Rates</a></li>'
        '<li class="menu-item"><a href="/fx">FX</a></li>'
        '<li class="menu-item"><a href="/premium">Premium</a></li></ul></nav></header>\n'
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">\n'
        f'<article id="post-{post_id}" class="post type-post status-publish">\n'
        '<header class="entry-header">'
        f'<h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta">{posted}<span class="byline"> by <span class="author '
        f'vcard"><a class="url fn n" href="#">{author}</a></span></span></div>'
        "</header>\n"
        f'<div class="entry-content">\n{ps}\n'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a class="share-twitter" href="#">Share on X</a></li>'
        '<li><a class="share-facebook" href="#">Share on Facebook</a></li>'
        '<li><a class="share-linkedin" href="#">LinkedIn</a></li>'
        '<li><a class="share-print" href="#">Print</a></li></ul></div>\n'
        '<p class="disclaimer"><em>Nothing on this site is investment advice. Do your own '
        "homework.</em></p>\n</div>\n"
        f'<footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>'
        f'\n<div class="author-bio"><h4>About {author}</h4><p>{bio}</p></div>\n'
        "</article>\n"
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} '
        f"thoughts on &ldquo;{title}&rdquo;</h2><p><a href=\"#\">Log in to leave a "
        "comment</a></p></div>\n"
        "</main></div>\n"
        '<aside id="secondary" class="widget-area"><section class="widget widget_search">'
        '<form role="search"><input type="search" placeholder="Search &hellip;"></form>'
        '</section><section class="widget widget_recent_entries"><h2 class="widget-title">'
        f"Recent Posts</h2><ul>{rc}</ul></section>"
        '<section class="widget"><h2 class="widget-title">Get the Sunday Ledger</h2>'
        "<p>One email a week. No spam, ever.</p><input type=\"email\"><button>Subscribe"
        "</button></section></aside></div>\n"
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 '
        "Ledger &amp; Ticker &middot; <a href=\"https://wordpress.example/\">Proudly powered"
        " by WordPress</a></div></footer>\n</div>\n</body>\n</html>\n"
    )


def _public_site(title: str, paras: list[str], *, caption: str, date_text: str = "",
                 topics: tuple[str, ...] = (), more: tuple[str, ...] = (),
                 listen: str = "4 min") -> str:
    """Meridian Public Media: a public broadcaster. Photo and caption before the lead."""
    ps = "\n".join(f'<p class="mp-para">{p}</p>' for p in paras)
    dt = f'<span class="mp-date">{date_text}</span>' if date_text else ""
    tp = "".join(f'<a class="topic" href="#">{t}</a>' for t in topics)
    mo = _li(more)
    return (
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        f"<title>{title} - Meridian News</title>"
        '<meta property="og:site_name" content="Meridian Public Media">'
        '<meta name="description" content="' + title + '"></head>\n<body>\n'
        '<a href="#mp-main" class="mp-skip">Skip to content</a>\n'
        '<div class="mp-global"><span class="mp-logo">MERIDIAN</span> '
        '<a href="#">Home</a> <a href="#">News</a> <a href="#">Sport</a> '
        '<a href="#">Radio</a> <a href="#">Podcasts</a> <a href="#">Weather</a> '
        '<a href="#">Your account</a></div>\n'
        '<div class="mp-cookie">Let us know you agree to cookies. We use cookies to give '
        "you the best online experience. <a href=\"#\">Yes, I agree</a> "
        '<a href="#">No, take me to settings</a></div>\n'
        '<nav class="mp-news-nav"><a href="#">UK</a> <a href="#">World</a> '
        '<a href="#">Business</a> <a href="#">Politics</a> <a href="#">Science</a> '
        '<a href="#">Verify</a></nav>\n'
        '<main id="mp-main"><div class="mp-story">\n'
        '<figure class="mp-lead-img"><img src="/img/lead.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>\n"
        f'<h1 id="mp-heading">{title}</h1>\n'
        f'<div class="mp-meta">{dt}<span class="mp-listen">Listen to this story '
        f"&middot; {listen}</span></div>\n"
        f'<div class="mp-text">\n{ps}\n</div>\n'
        f'<div class="mp-topics"><h2>Related topics</h2>{tp}</div>\n'
        "</div>\n"
        f'<section class="mp-more"><h2>More from Meridian News</h2><ul>{mo}</ul></section>'
        "\n</main>\n"
        '<footer class="mp-foot"><p>Meridian Public Media is funded by listeners, viewers '
        "and the public broadcasting licence.</p><p>&copy; 2025 Meridian Public Media. "
        "Meridian is not responsible for the content of external sites.</p>"
        '<a href="#">Accessibility help</a> <a href="#">Contact Meridian</a></footer>\n'
        "</body></html>\n"
    )


def _gazette_site(title: str, paras: list[str], *, kicker: str, byline: str,
                  date_text: str = "", sponsored: tuple[str, ...] = (),
                  most_read: tuple[str, ...] = ()) -> str:
    """The Harbour Valley Gazette: a regional paper with heavy ads; <br> paragraphs."""
    chunks = []
    for i in range(0, len(paras), 3):
        chunks.append("<br><br>\n".join(paras[i:i + 3]))
    ad = ('</div>\n<div class="adv-wrap"><div class="adv-lbl">ADVERTISEMENT</div>'
          '<iframe src="/ads/mpu.html" width="300" height="250"></iframe></div>\n'
          '<div class="story-text">')
    text = '<div class="story-text">' + ad.join(chunks) + "</div>"
    dt = f'<div class="pubdate">{date_text}</div>' if date_text else ""
    sp = ""
    if sponsored:
        sp = ('<div class="sponsored"><div class="sp-lbl">Sponsored content</div><ul>'
              + _li(sponsored) + "</ul></div>")
    mr = ""
    if most_read:
        mr = ('<div class="mostread"><div class="mr-hd">MOST READ</div><ol>'
              + _li(most_read) + "</ol></div>")
    return (
        "<html>\n<head>\n<title>" + title + " | Harbour Valley Gazette</title>\n"
        "</head>\n<body bgcolor=\"#ffffff\">\n"
        '<div class="topad"><div class="adv-lbl">ADVERTISEMENT</div>'
        '<img src="/ads/leader_harbourmotors.gif" alt="Harbour Motors - 0% finance on '
        'selected models"></div>\n'
        '<div class="masthead"><a href="/"><img src="/img/hvg_logo.png" '
        'alt="Harbour Valley Gazette"></a><div class="tagline">Serving the valley since '
        "1871</div></div>\n"
        '<div class="navbar"><a href="/">Home</a> &bull; <a href="/news">News</a> &bull; '
        '<a href="/business">Business</a> &bull; <a href="/sport">Sport</a> &bull; '
        '<a href="/whats-on">What&#39;s On</a> &bull; <a href="/notices">Notices</a> '
        '&bull; <a href="/jobs">Jobs</a> &bull; <a href="/property">Property</a></div>\n'
        '<div class="subs-bar">Get the Gazette delivered &ndash; 13 weeks for &pound;13! '
        '<a href="#">Subscribe</a></div>\n'
        '<table class="layout" width="100%"><tr><td class="leftcol" valign="top">\n'
        f'<div class="kicker">{kicker}</div>\n'
        f'<div class="hdl"><b>{title}</b></div>\n'
        f'<div class="byl">By {byline}</div>{dt}\n'
        '<div class="social"><a href="#">Facebook</a> | <a href="#">Twitter</a> | '
        '<a href="#">WhatsApp</a> | <a href="#">Email</a></div>\n'
        f"{text}\n"
        '<div class="adv-wrap"><div class="adv-lbl">ADVERTISEMENT</div>'
        '<img src="/ads/valley_carpets.gif" alt="Valley Carpets - half price sale"></div>'
        "\n" + sp + "\n"
        '<div class="comments-note">Comments are closed on this article.</div>\n'
        '</td><td class="rightcol" valign="top" width="320">\n'
        '<div class="adv-wrap"><div class="adv-lbl">ADVERTISEMENT</div>'
        '<iframe src="/ads/sky.html" width="300" height="600"></iframe></div>\n'
        + mr +
        '<div class="weather-box">Harbour Valley today: 14&deg;C, showers. High tide '
        "06:42 and 19:05.</div>\n"
        '<div class="notices-box"><b>Family notices</b><br>Births, marriages &amp; deaths'
        "<br><a href=\"#\">Place a notice</a></div>\n"
        "</td></tr></table>\n"
        '<div class="footer">Harbour Valley Gazette, 14 Quay Street, Harbour Valley '
        "HV1 2QS. Tel 01632 960412. &copy; 2025 Valley Newspapers Ltd. Part of the Coast &amp; "
        "County Media group. Registered in England No. 0481923.</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------
# Story 1: the Copenhagen round of US-China trade talks (October 2025)
# ---------------------------------------------------------------------------------------

_T1_WIRE = _wire_site(
    "US, China agree to extend tariff truce after Copenhagen talks",
    [
        "The United States and China agreed on Tuesday to extend their tariff truce by "
        "another 90 days, keeping a 30% US levy on Chinese goods in place and averting a "
        "return to the triple-digit duties that briefly choked trade between the world&#8217;s "
        "two largest economies in the spring.",
        "Treasury Secretary Mark Dalloway told reporters the two sides had settled a "
        "&#8220;framework&#8221; after two days of talks in the Danish capital with a Chinese "
        "team led by Vice Premier Liu Zhenhua. The talks began on Monday, October 13, and "
        "ended at about 6:30 p.m. local time (12:30 p.m. in Washington) on Tuesday.",
        "Tuesday&#8217;s session alone ran for about six hours, according to a US official "
        "who was in the room, with the delegations breaking only briefly for lunch.",
        "&#8220;We made substantial progress, and I expect the presidents to sign off on this "
        "framework when they meet,&#8221; Dalloway said. He did not give a date for the "
        "leaders&#8217; meeting, which officials on both sides expect to take place at a "
        "regional summit in South Korea later this month.",
        "Under the framework, China will buy 12 million tonnes of US soybeans in the current "
        "marketing year and pause for a year the sweeping rare-earth export controls it "
        "announced last week, two people familiar with the terms said. Washington will in "
        "turn suspend for a year new port fees on Chinese-built vessels.",
        "The truce, first agreed in Geneva in May, had been due to expire on November 10. It "
        "cut the US tariff to 30% from 145% and China&#8217;s retaliatory duty on American "
        "goods to 10% from 125%.",
        "China&#8217;s commerce ministry said in a statement that the two sides had held "
        "&#8220;candid, in-depth and constructive&#8221; exchanges, but it gave no details of "
        "any purchase commitments.",
        "Two-way goods trade between the countries was worth $582 billion last year, "
        "according to <a href=\"https://www.pacificwire.example/data/us-trade\">US Census "
        "Bureau data</a>, but it has fallen sharply in 2025 as importers "
        "on both sides sought other suppliers.",
        "Farm groups welcomed the soybean commitment. China bought about 22 million tonnes "
        "of American soybeans in 2024 but has not booked a single cargo from this "
        "year&#8217;s harvest, leaving growers in Iowa and Illinois with full bins.",
        "Markets took the news calmly. The S&amp;P 500 rose 0.4% in afternoon trading, while "
        "the yuan was little changed at about 7.13 per dollar.",
        "Trade Representative Elena Ruiz-Carter, who also joined the talks, is expected to "
        "brief lawmakers on the terms later this week.",
    ],
    dateline="COPENHAGEN",
    byline="Hannah Sorensen and Li Wei",
    published="2025-10-14T17:02:00Z",
    updated="Updated 14 Oct 2025 19:40 GMT",
    credit="Reporting by Hannah Sorensen in Copenhagen and Li Wei in Beijing; Additional "
           "reporting by Tom Ashby in Washington; Editing by Clare Dunmore",
    related=(
        "Japan&#8217;s exports slip 0.1% in September as car shipments to US fall",
        "Copper climbs to $10,900 a tonne as Chilean mine outage drags on",
        "EU readies 93 billion euro list of counter-tariffs, diplomats say (July 14)",
        "Fed&#8217;s Caldwell sees room for two more rate cuts this year",
    ),
)

_T1_DAILY = _daily_site(
    "Washington and Beijing buy time with another 90-day tariff pause",
    [
        "American and Chinese negotiators have agreed to extend a fragile tariff truce for "
        "another three months, handing both governments breathing room ahead of a "
        "long-awaited meeting between their presidents.",
        "The deal was struck in Copenhagen, where the talks opened on Monday, October 13. "
        "The Chinese side was led by Commerce Minister Wang Shoutian, while Treasury "
        "Secretary Mark Dalloway headed the American team.",
        "Under the terms described by officials, the additional US tariff on Chinese imports "
        "will stay at 30&nbsp;per cent and Beijing&#8217;s counter-tariff on American goods "
        "at 10&nbsp;per cent until early February.",
        "Beijing has also agreed to resume purchases of American soybeans, committing to 12 "
        "million tonnes this season, and to delay by a year the export controls on rare "
        "earths and magnets that it unveiled on October 9. The United States will hold off "
        "on charging port fees on Chinese-built ships.",
        "&#8220;We made substantial progress,&#8221; Mr Dalloway said at a news conference at "
        "the US embassy, adding that he expected the two presidents to approve the framework.",
        "The relationship has lurched from crisis to crisis since April, when tit-for-tat "
        "measures pushed US tariffs on Chinese goods to 145&nbsp;per cent. A first truce, "
        "agreed in Geneva in May, brought them down, and later rounds in London, Stockholm "
        "and Madrid kept the ceasefire alive.",
        "Analysts cautioned that the framework left the hardest questions unresolved. "
        "&#8220;This is a pause, not a peace,&#8221; said Grace Tollemache, a trade economist "
        "at the Halden Institute in Washington. &#8220;Neither side has given up the weapons "
        "it picked up this year.&#8221;",
        "Ms Tollemache estimated that the average tariff Americans pay on Chinese goods, "
        "counting the duties imposed during the 2018-19 trade war, is still about 55 per "
        "cent, far above the 2.4 per cent average on imports from the rest of the world "
        "before this year.",
        "Shares in Chinese exporters rose in Hong Kong on Wednesday morning, with the Hang "
        "Seng index up 1.2 per cent by midday.",
        "The European Union, which fears a flood of diverted Chinese goods, said it was "
        "studying the terms closely. &#8220;We will not become the dumping ground for goods "
        "that can no longer go to America,&#8221; an EU official said.",
    ],
    standfirst="Soybeans and rare earths are on the table as the world&#8217;s two biggest "
               "economies step back from the brink again",
    byline="Oliver Brandt, Economics Correspondent",
    published="2025-10-15T05:30:00+01:00",
    read_more="Rotterdam dockworkers end 48-hour strike over automation plans",
    most_read=(
        "Mortgage rates drop to 6.1%, lowest in a year",
        "Storm Amy leaves 40,000 homes without power across the north",
        "Inquiry into Lisbon funicular crash blames worn cable",
        "Premier League club fined &pound;2.5m over spending breach",
    ),
    tags=("US-China trade", "Tariffs", "Soybeans", "Denmark"),
)

_T1_BLOG = _blog_site(
    "Soybeans, port fees and a 90-day reprieve: what the Copenhagen deal means for markets",
    [
        "Another round, another extension. US and Chinese officials wrapped up two days of "
        "talks in Copenhagen on Tuesday with a framework that extends the tariff truce by "
        "90 days &#8212; and, for once, there is something concrete for commodity traders to "
        "chew on.",
        "The headline commitment: China will buy <strong>12 million metric tons</strong> of "
        "US soybeans this marketing year, roughly 440 million bushels. That is a little more "
        "than half of the roughly 22 million tons it took in 2024, but it is a lot more than "
        "zero, which is what it had bought from the new crop so far.",
        "Here is what stays the same. The extra US duty on Chinese goods remains at 40%, and "
        "China&#8217;s levy on US goods remains at 10%.",
        "Here is what changes. Beijing pauses its expanded rare-earth export regime for a "
        "year, and Washington suspends the port fees on Chinese-built ships for the same "
        "period. Both sides also agreed to keep talking, with working-level calls every two "
        "weeks.",
        "&#8220;The soybean number is a floor, not a ceiling,&#8221; Trade Representative "
        "Elena Ruiz-Carter told farm-state reporters on a call on Wednesday.",
        "The Chinese delegation was once again led by Vice Premier Liu Zhenhua, who has "
        "headed Beijing&#8217;s side at every round since Geneva in May. Treasury Secretary "
        "Mark Dalloway led for Washington.",
        "Soybean futures in Chicago jumped 2.1% to $10.42 a bushel on the news, their "
        "highest close since mid-July. Rare-earth miners outside China, which had rallied "
        "hard on Beijing&#8217;s export curbs, gave back some of those gains.",
        "What the market is not pricing: a collapse of the truce. The escalation in April "
        "pushed US tariffs to 145% and Chinese tariffs on US goods to 125%, and it took a "
        "week of turmoil before the two sides blinked.",
        "<em>Our take:</em> buy the rumor, sell the news. The framework still has to be "
        "signed off by the two presidents, who are expected to meet in South Korea later "
        "this month. Until then, we would not chase the soybean rally.",
    ],
    author="Marcus Feld",
    bio="Marcus Feld covers commodities and macro for Ledger &amp; Ticker. He traded grain "
        "futures in Chicago for 14 years before taking up the pen.",
    date_text="October 15, 2025",
    date_iso="2025-10-15T14:10:00-05:00",
    tags=("China", "soybeans", "tariffs", "trade war"),
    recent=(
        "Gold tops $4,000 an ounce for the first time",
        "Three charts on the 10-year Treasury yield at 4.05%",
        "Why the yen&#8217;s slide past 150 matters for exporters",
        "Brent slips under $62 as OPEC+ adds 137,000 barrels a day",
    ),
    comments=17,
    post_id=8812,
)

_T1_PUBLIC = _public_site(
    "US and China extend trade truce after marathon talks in Copenhagen",
    [
        "The United States and China have agreed to keep their trade truce in place for "
        "another 90 days, after talks in the Danish capital that both sides described as "
        "constructive.",
        "The negotiations, which began on Sunday, October 12, concluded on Tuesday evening. "
        "The final session lasted four and a half hours, one participant told Meridian.",
        "US Treasury Secretary Mark Dalloway said afterwards: &ldquo;We made substantial "
        "progress and I expect both presidents to sign off on the framework.&rdquo;",
        "China&rsquo;s team was led by Vice Premier Liu Zhenhua. China&rsquo;s commerce "
        "ministry said in a statement carried by the state news agency Xinhua that the two "
        "sides had held &ldquo;candid, in-depth and constructive&rdquo; exchanges.",
        "<strong>What has been agreed?</strong> According to officials, China will resume "
        "buying American soybeans &ndash; 12 million tonnes in the current season &ndash; and "
        "suspend for one year its new controls on exports of rare earths. The US will "
        "suspend a new levy on Chinese-built ships docking at American ports.",
        "Tariffs will stay where they are: 30% on Chinese goods entering the US and 10% on "
        "American goods entering China.",
        "The two countries have now held five rounds of talks since May, in Geneva, London, "
        "Stockholm, Madrid and now Copenhagen.",
        "For farmers in the American Midwest, the deal could not come soon enough. Many "
        "have been storing this year&rsquo;s harvest in the hope that Chinese buyers would "
        "return.",
        "Dr Anwen Rhys, a trade policy researcher at the Kingsgate Institute, said the deal "
        "&ldquo;lowers the temperature but does not change the underlying rivalry&rdquo;. "
        "&ldquo;Both sides have learned how much pain they can inflict,&rdquo; she said.",
        "The presidents of both countries are expected to meet later this month on the "
        "sidelines of a summit in South Korea.",
    ],
    caption="File photo: Containers stacked at the port of Qingdao in eastern China. "
            "(Meridian Public Media)",
    topics=("US-China relations", "Trade", "Denmark", "Global economy"),
    more=(
        "Chile&rsquo;s copper output falls 9% after mine accident",
        "Hurricane Priscilla: three dead as storm lashes western Mexico",
        "Nobel economics prize shared by three for work on innovation",
    ),
)

STORY_T1 = _story("trade-VA1", "trade", "2025-10-24", [
    _page("https://www.pacificwire.example/world/china/us-china-truce-copenhagen-2025-10-14/",
          _T1_WIRE),
    _page("https://www.dailycourier.example/business/2025/oct/15/us-china-tariff-pause",
          _T1_DAILY),
    _page("https://ledgerticker.example/2025/10/15/soybeans-port-fees-90-day-reprieve/",
          _T1_BLOG),
    _page("https://news.meridianpublic.example/world-asia-68123457", _T1_PUBLIC),
], [
    ("duration",
     r"(?<![\d.])6 ?(hours?|hrs?|h\b)|six hours|360 ?min",
     r"four and a half|4\.5 ?(hours?|hrs?|h\b)|4 ?½|270 ?min|4 hours? (and )?30"),
    ("delegation leader", r"liu|vice[- ]premier", r"wang|commerce minister"),
    ("tariff rate",
     r"(?<![\d.])30(\.0+)? ?(%|percent|per cent|pct)",
     r"(?<![\d.])40(\.0+)? ?(%|percent|per cent|pct)"),
    ("start date",
     r"monday|oct\w*\.? 13\b|\b13 oct|10-13",
     r"sunday|oct\w*\.? 12\b|\b12 oct|10-12"),
])


# ---------------------------------------------------------------------------------------
# Story 2 (control): WTO revises its trade forecasts (October 2025)
# ---------------------------------------------------------------------------------------

_T2_WIRE = _wire_site(
    "WTO lifts 2025 trade outlook on AI boom, slashes 2026 forecast as tariffs bite",
    [
        "The World Trade Organization on Tuesday raised its forecast for growth in global "
        "goods trade this year to 2.4% from 0.9%, as companies rushed shipments ahead of US "
        "tariffs and demand for artificial intelligence hardware soared, but it cut its "
        "outlook for 2026 to just 0.5%.",
        "The 2026 figure is 1.3 percentage points below the 1.8% the Geneva-based body "
        "projected in August. The WTO said the slowdown would hit North America and Asia "
        "hardest.",
        "&#8220;Front-loading and the boom in AI-related goods have kept trade afloat this "
        "year, but neither will last,&#8221; Director-General Adaeze Nwosu told a news "
        "conference in Geneva at 11:00 local time (0900 GMT).",
        "&#8220;The tariffs have not gone away, and next year we will feel their full "
        "weight,&#8221; she added.",
        "World goods trade volumes grew 4.9% year on year in the first half of 2025, the WTO "
        "said. Products linked to AI, such as servers, semiconductors and data-centre "
        "equipment, accounted for about 42% of the increase in trade value over that "
        "period, with much of it flowing through Asia.",
        "In April, shortly after the United States announced sweeping tariffs, the "
        "organisation had projected that goods trade would shrink by 0.2% in 2025.",
        "The WTO expects trade in commercial services to grow 4.6% this year and 4.4% in "
        "2026. Its forecasts assume no further escalation in tariffs.",
        "The outlook is gloomier than that of the International Monetary Fund, which in July "
        "forecast world output growth of 3.0% in 2025 and 3.1% in 2026, though the two "
        "measure different things.",
        "China&#8217;s exports to the United States fell 15.5% in the first eight months of "
        "the year, according to Chinese customs data, while its shipments to the rest of the "
        "world rose by about 8%.",
        "World merchandise trade was worth $24.4 trillion last year.",
    ],
    dateline="GENEVA",
    byline="Emma Farrant",
    published="2025-10-07T09:12:00Z",
    credit="Reporting by Emma Farrant; Editing by Mark Hollis",
    related=(
        "US and China to hold fresh trade talks, Treasury says",
        "German industrial orders fall 2.9% in August",
        "Shipping rates on Asia-Europe routes drop 6% in a week",
    ),
)

_T2_BLOG = _blog_site(
    "The WTO just told you 2026 will be ugly for trade. Here&#8217;s the fine print",
    [
        "Every few months the World Trade Organization publishes a forecast and every few "
        "months markets ignore it. This one is worth a second look.",
        "The headline: global merchandise trade volume is now expected to grow 2.4% in 2025, "
        "up a full 1.5 points from the 0.9% the WTO penciled in during August. Not bad for a "
        "year that began with the biggest US tariff increase in almost a century.",
        "The catch is 2026. The forecast there drops to a measly 0.5%, down from 1.8%.",
        "Why the split? Two things propped up 2025. Importers front-loaded orders before "
        "tariffs took effect, and the AI capex wave pulled servers and chips across borders "
        "at a furious pace. AI-related goods alone made up more than two-fifths of the "
        "growth in trade value in the first half of the year.",
        "&#8220;Without the AI trade, growth this year would have been roughly half what we "
        "now expect,&#8221; WTO chief economist Tomas Brenner said.",
        "Director-General Adaeze Nwosu was blunter about what comes next: &#8220;The tariffs "
        "have not gone away, and next year we will feel their full weight.&#8221;",
        "Not everyone is that gloomy. Rosalind Achebe, global economist at Marlowe Bank, "
        "expects goods trade to grow about 1% in 2026, arguing that trade diverted away "
        "from the US-China corridor will partly make up for lost volumes. The IMF, for its "
        "part, still has world GDP growing 3.1% next year.",
        "Our read: the WTO&#8217;s numbers are a reminder that this year&#8217;s strength was "
        "borrowed from next year. Shipping and container names have already priced some of "
        "that in; chip exporters have not.",
    ],
    author="Priya Natarajan",
    bio="Priya Natarajan writes about global macro and trade for Ledger &amp; Ticker. "
        "Previously she was an economist at a Hong Kong broker.",
    tags=("WTO", "trade", "AI", "tariffs", "forecasts"),
    recent=(
        "Brent slips under $62 as OPEC+ adds 137,000 barrels a day",
        "Gold tops $4,000 an ounce for the first time",
        "Japan&#8217;s Nikkei jumps 4.8% after LDP leadership vote",
    ),
    comments=9,
    post_id=8790,
)

_T2_GAZETTE = _gazette_site(
    "World trade body warns of sharp slowdown next year",
    [
        "Global trade is set to slow to a crawl next year as the full effect of US tariffs "
        "feeds through, the World Trade Organization has warned.",
        "In its latest forecast, published in Geneva on Tuesday, the WTO said the volume of "
        "goods traded around the world would grow by only half a per cent in 2026, compared "
        "with the 1.8 per cent it expected in August.",
        "This year is looking better than first feared, with growth of 2.4 per cent, up from "
        "a previous estimate of 0.9 per cent. The organisation said much of that came from "
        "businesses stocking up before tariffs took effect and from booming demand for "
        "computer equipment used in artificial intelligence.",
        "WTO director-general Adaeze Nwosu said: &#8220;Front-loading and the AI boom kept "
        "trade afloat this year, but neither will last.&#8221;",
        "She added that poorer countries were most at risk. &#8220;Developing economies that "
        "rely on a handful of exports are the most exposed,&#8221; she said.",
        "The warning will be read closely at Harbour Valley&#8217;s container terminal, which "
        "handled 1.2 million containers last year. About 40 per cent of that traffic was "
        "bound to or from Asia.",
        "Port director Gareth Pennock told the Gazette that volumes had held up well this "
        "year. &#8220;We have had a busy summer, partly because customers brought orders "
        "forward,&#8221; he said. &#8220;We are planning for a quieter 2026, but we are not "
        "planning for a collapse.&#8221;",
        "World trade in goods was worth more than $24 trillion last year. The WTO said its "
        "forecasts assumed that tariffs would stay at current levels.",
        "The port employs 640 people directly and supports around 2,000 more jobs in haulage "
        "and warehousing across the valley.",
    ],
    kicker="BUSINESS",
    byline="Sian Maddox, Business Reporter",
    date_text="Wednesday, 8 October 2025",
    sponsored=(
        "Five reasons to switch your business energy supplier this winter",
        "Valley Home Insulation: grants of up to &pound;7,500 available",
    ),
    most_read=(
        "Quay Street car park to close for four weeks of repairs",
        "Town council approves 220 homes on former creamery site",
        "Harbour Valley Rovers win 3-1 at Kingsbridge",
    ),
)

STORY_T2 = _story("trade-VA2", "trade", "2025-10-19", [
    _page("https://www.pacificwire.example/business/wto-trade-forecast-2025-10-07/", _T2_WIRE),
    _page("https://ledgerticker.example/2025/10/07/wto-2026-trade-forecast-fine-print/",
          _T2_BLOG),
    _page("https://www.hvgazette.example/news/business/world-trade-slowdown-warning-4471",
          _T2_GAZETTE),
], [])


# ---------------------------------------------------------------------------------------
# Story 3: appeals court ruling on emergency tariffs (August 2025)
# ---------------------------------------------------------------------------------------

_C1_WIRE = _wire_site(
    "US appeals court rules most of Trump&#8217;s tariffs illegal, leaves them in place "
    "for now",
    [
        "A federal appeals court ruled on Friday that most of President Donald "
        "Trump&#8217;s global tariffs were imposed illegally, but it allowed them to stay in "
        "place while the administration takes the fight to the Supreme Court.",
        "In a 7-4 decision, the US Court of Appeals for the Federal Circuit agreed with a "
        "lower court that the International Emergency Economic Powers Act, a 1977 law, does "
        "not give the president the power to impose open-ended tariffs on nearly every "
        "trading partner.",
        "The unsigned majority opinion said that setting tariffs was a core power of "
        "Congress and that nothing in the emergency law&#8217;s text clearly handed that "
        "power to the president.",
        "The court put its ruling on hold until October 14 to give the administration time "
        "to ask the Supreme Court to take up the case.",
        "Judge Alan Whitcombe wrote the main dissent, joined by three colleagues. He argued "
        "that the law&#8217;s authority to regulate imports during a national emergency was "
        "broad enough to include duties.",
        "White House spokeswoman Kara Linwood said all of the tariffs remained in effect. "
        "&#8220;We expect to prevail at the Supreme Court,&#8221; she said.",
        "The case was brought by five small businesses, including a New York wine importer, "
        "and by 12 states led by Oregon. The Court of International Trade in New York sided "
        "with them in May.",
        "The ruling covers the so-called reciprocal tariffs announced in April, including a "
        "10% baseline levy on most imports, as well as duties on goods from Canada, Mexico "
        "and China that the administration tied to fentanyl trafficking.",
        "It does not affect tariffs imposed under other laws, such as the 50% levies on "
        "steel and aluminum and the 25% duty on imported cars.",
        "The appeals court also sent the case back to the trade court to decide whether its "
        "order should protect only the plaintiffs or all importers.",
        "Oregon Attorney General Marisol Vance called the decision &#8220;a victory for the "
        "rule of law and for every family that has paid more at the checkout.&#8221;",
    ],
    dateline="WASHINGTON",
    byline="Daniel Kerrigan",
    credit="Reporting by Daniel Kerrigan; Additional reporting by Sofia Marr; Editing by "
           "Alan Crowe",
    related=(
        "Jury awards $2.1 million in Portland landlord case",
        "Canada drops most retaliatory tariffs on US goods from September 1",
        "India&#8217;s exporters brace for 50% US duty as talks stall",
    ),
)

_C1_DAILY = _daily_site(
    "Appeals court strikes down Trump&#8217;s emergency tariffs but leaves them in place "
    "for now",
    [
        "America&#8217;s tariff regime was thrown into fresh legal doubt on Friday after an "
        "appeals court ruled that the bulk of the duties imposed by President Trump this "
        "year went beyond his powers.",
        "The US Court of Appeals for the Federal Circuit, sitting with all 11 of its active "
        "judges, upheld by seven votes to four an earlier ruling by the Court of "
        "International Trade.",
        "The judges said the tariffs could remain in force until October 17 while the "
        "administration appeals to the Supreme Court.",
        "The decision concerns tariffs levied under the International Emergency Economic "
        "Powers Act of 1977, which Mr Trump invoked to declare emergencies over trade "
        "deficits and drug trafficking.",
        "&#8220;All of the President&#8217;s tariffs remain in effect, and we look forward to "
        "winning at the Supreme Court,&#8221; said Kara Linwood, a White House spokeswoman.",
        "In a dissent joined by three other judges, Judge Alan Whitcombe warned that the "
        "majority had read the statute too narrowly and had ignored decades in which "
        "presidents used emergency powers to control trade.",
        "The tariffs have become the central tool of the administration&#8217;s economic "
        "policy. Since April most imports into the US have faced a baseline duty of 10 per "
        "cent, with higher rates for dozens of countries.",
        "Economists said the ruling added to uncertainty for businesses. &#8220;Companies now "
        "have to plan for two worlds, one with these tariffs and one without,&#8221; said "
        "Dominic Achterberg of the consultancy Fairlight Economics.",
        "If the Supreme Court upholds the ruling, importers could seek refunds of duties "
        "already paid. Customs data show the emergency tariffs have raised tens of billions "
        "of dollars since the spring.",
        "Trading partners including the European Union and Japan, which struck deals with "
        "Washington this summer to avoid even higher tariffs, said they were studying the "
        "judgment.",
    ],
    standfirst="Judges rule that a 1977 emergency law does not allow sweeping import duties, "
               "as the White House vows to take the fight to the Supreme Court",
    byline="Rachel Okonjo in Washington",
    published="2025-08-30T07:00:00+01:00",
    read_more="Fed governor&#8217;s lawsuit over dismissal heads to court next week",
    most_read=(
        "Bank holiday getaway: 18 million car journeys expected",
        "Teacher who won &pound;1m lottery returns to classroom",
        "Heatwave warning as temperatures hit 33C in the south-east",
        "Ryanair cuts 800,000 seats from winter schedule",
    ),
    tags=("Tariffs", "US politics", "Courts", "Trade"),
)

_C1_TV = _tv_site(
    "Oregon-led lawsuit wins big at federal appeals court over tariffs",
    [
        "An Oregon-led challenge to President Trump&#8217;s sweeping tariffs scored a major "
        "win late Thursday at a federal appeals court in Washington, D.C.",
        "The U.S. Court of Appeals for the Federal Circuit ruled 8-3 that the emergency law "
        "the administration relied on does not give the president power to impose the "
        "tariffs.",
        "Oregon Attorney General Marisol Vance, whose office led the coalition of 12 states, "
        "spoke to reporters outside the Justice Building in Salem.",
        "&#8220;This is a victory for the rule of law and for every family that has paid "
        "more at the checkout,&#8221; Vance said.",
        "But the tariffs are not going away yet. The court said they can stay in place until "
        "mid-October so the Trump administration can appeal to the U.S. Supreme Court.",
        "At Willamette Bike Works in south Salem, owner Jenna Ruiz says she has paid about "
        "$84,000 in extra duties since April on frames and parts from Taiwan.",
        "&#8220;If we get even part of that back, that&#8217;s two jobs I can keep,&#8221; "
        "Ruiz said. &#8220;Right now I&#8217;m just trying to get through Christmas.&#8221;",
        "The case began when five small businesses, including a wine importer in New York, "
        "sued the administration in April. Oregon and 11 other states filed their own "
        "lawsuit soon after.",
        "A three-judge panel at the U.S. Court of International Trade ruled in their favor "
        "in May. The White House says it expects to win at the Supreme Court.",
        "Oregon farm groups have been split on the lawsuit. Hazelnut and grass seed growers, "
        "who sell heavily to Asia, worry about retaliation more than about import costs.",
        "KVTR 9 will have more on what the ruling means for Oregon businesses tonight at 6.",
    ],
    byline="Kayla Brooks, KVTR 9 News",
    video_caption="Oregon AG reacts to appeals court tariff ruling",
    trending=(
        "Salem police: 2 hurt in Lancaster Drive crash",
        "State Fair attendance tops 290,000, highest since 2019",
        "Keizer council votes 5-2 to raise water rates 6%",
    ),
)

_C1_BLOG = _blog_site(
    "Federal Circuit vs. the tariffs: what the ruling does (and doesn&#8217;t) change for "
    "importers",
    [
        "Friday&#8217;s ruling from the Federal Circuit is the biggest legal blow yet to the "
        "administration&#8217;s tariff program &#8212; and, for now, it changes almost nothing "
        "at the border.",
        "The court, <a href=\"https://ledgerticker.example/2025/08/01/en-banc-explainer/\">"
        "sitting en banc</a>, held 7-4 that the International Emergency Economic "
        "Powers Act doesn&#8217;t authorize the &#8220;reciprocal&#8221; tariffs or the "
        "fentanyl-linked duties on Canada, Mexico and China.",
        "<strong>The ruling is stayed until October 14</strong>, so every one of those "
        "tariffs is still being collected. Keep paying your entry bills.",
        "The main dissent came from Judge Alan Whitfield, who argued that the power to "
        "&#8220;regulate&#8221; importation under IEEPA naturally includes the power to tax "
        "it. Three judges joined him.",
        "What&#8217;s not affected: the Section 232 tariffs. Steel and aluminum remain at "
        "50%, autos and parts at 25%, copper at 50%.",
        "Money at stake: customs receipts hit $159 billion in the fiscal year through July, "
        "more than double the same period a year earlier, and a large share came from the "
        "IEEPA tariffs.",
        "If the Supreme Court agrees with the lower courts, importers who paid these duties "
        "could be entitled to refunds. Our advice: make sure your customs broker is "
        "preserving your rights now. Don&#8217;t assume refunds will be automatic.",
        "Markets get their first chance to react on Tuesday, after the Labor Day holiday.",
        "Our base case: the Supreme Court takes the case on a fast track and hears arguments "
        "before the end of the year. A ruling against the tariffs would not end them; the "
        "administration has other statutes to lean on, just slower ones.",
    ],
    author="Greg Halvorsen",
    bio="Greg Halvorsen is a former customs broker who writes about trade compliance and "
        "supply chains. He lives in Tacoma.",
    date_text="August 30, 2025",
    date_iso="2025-08-30T09:25:00-07:00",
    tags=("IEEPA", "tariffs", "Federal Circuit", "refunds"),
    recent=(
        "De minimis is dead: what ends on August 29",
        "Container rates from Shanghai to LA fall 11% in a week",
        "Nvidia earnings: data-center revenue up 56%",
    ),
    comments=42,
    post_id=8655,
)

STORY_C1 = _story("court-VA1", "court", "2025-09-10", [
    _page("https://www.pacificwire.example/legal/us-appeals-court-tariffs-ruling/", _C1_WIRE),
    _page("https://www.dailycourier.example/world/2025/aug/30/appeals-court-tariffs",
          _C1_DAILY),
    _page("https://www.kvtr9.example/news/local/oregon-tariff-lawsuit-appeals-court/"
          "article_5d1c", _C1_TV),
    _page("https://ledgerticker.example/2025/08/30/federal-circuit-tariffs-importers/",
          _C1_BLOG),
], [
    ("vote split",
     r"(?<![\d.])7(?![\d.])|seven",
     r"(?<![\d.])8(?![\d.])|eight"),
    ("dissenting judge", r"whitcombe", r"whitfield"),
    ("stay deadline",
     r"oct\w*\.? 14\b|\b14 oct|10-14",
     r"oct\w*\.? 17\b|\b17 oct|10-17"),
    ("weekday",
     r"friday|aug\w*\.? 29\b|\b29 aug|08-29",
     r"thursday|aug\w*\.? 28\b|\b28 aug|08-28"),
])


# ---------------------------------------------------------------------------------------
# Story 4: EU General Court cuts a chipmaker's antitrust fine (September 2025)
# ---------------------------------------------------------------------------------------

_C2_PUBLIC = _public_site(
    "EU court cuts Veltrona&rsquo;s chip rebate fine by more than half",
    [
        "The European Union&rsquo;s General Court has cut an antitrust fine imposed on the "
        "Dutch chipmaker Veltrona Semiconductors to &euro;376m, from &euro;842m.",
        "Judges in Luxembourg said on Wednesday that the European Commission had failed to "
        "prove that rebates Veltrona offered to carmakers between 2014 and 2016 were capable "
        "of shutting rivals out of the market for power-management chips.",
        "They upheld the rest of the Commission&rsquo;s 2021 decision, which found that the "
        "Eindhoven-based company had abused its dominant position until 2019.",
        "The ruling, by a five-judge chamber of the court, is the latest in a series of cases "
        "in which EU judges have demanded that Brussels show the real-world effect of "
        "so-called loyalty rebates.",
        "&ldquo;Today&rsquo;s judgment confirms what we have said from the start: our rebates "
        "rewarded volume, not loyalty,&rdquo; said Ines Marlow, Veltrona&rsquo;s general "
        "counsel.",
        "A Commission spokesperson, Lea Haberl, said: &ldquo;The Commission takes note of the "
        "judgment and will study it carefully before deciding on next steps.&rdquo;",
        "Either side can appeal to the EU&rsquo;s top court, the Court of Justice, on points "
        "of law within two months and ten days.",
        "The original complaint was brought in 2017 by Kestrel Microsystems, a smaller German "
        "rival, which said it had been frozen out of contracts with three of Europe&rsquo;s "
        "biggest carmakers.",
        "Kestrel said it was &ldquo;disappointed&rdquo; that the fine had been reduced but "
        "pleased that the court had confirmed the abuse for the later years.",
        "The case is registered as T-514/21.",
        "Veltrona, founded in 1987 as a spin-off from a Dutch electronics group, supplies "
        "chips that manage battery power in electric and hybrid vehicles.",
        "Competition lawyers said the ruling would make it harder for the Commission to bring "
        "rebate cases without detailed economic analysis. &ldquo;The message from Luxembourg "
        "is: show your working,&rdquo; said Benedikt Sauer, a partner at the Brussels law "
        "firm Sauer Lemaire.",
    ],
    caption="Veltrona&rsquo;s headquarters in Eindhoven. Courtesy Veltrona Semiconductors.",
    date_text="10/09/2025",
    topics=("European Union", "Competition law", "Semiconductors", "Netherlands"),
    more=(
        "Denmark raises pension age to 70 by 2040",
        "Poland says 19 drones crossed into its airspace overnight",
        "French government falls after losing confidence vote 364-194",
    ),
    listen="3 min",
)

_C2_WIRE = _wire_site(
    "EU court slashes Veltrona antitrust fine to 376 million euros",
    [
        "Europe&#8217;s second-highest court on Wednesday cut a fine imposed on Dutch "
        "chipmaker Veltrona Semiconductors by EU antitrust regulators to 376 million euros "
        "($440 million), handing the European Commission another setback in its battle "
        "against rebate schemes.",
        "The Commission had fined Veltrona 842 million euros in June 2021 for using rebates "
        "to tie carmakers to its power-management chips.",
        "The 2021 decision found that Veltrona granted carmakers rebates on condition that "
        "they bought at least 90% of their power-management chips from it.",
        "The Luxembourg-based General Court said the Commission&#8217;s analysis for the "
        "years 2014 to 2016 was flawed, but it confirmed the infringement for 2017 to 2019.",
        "&#8220;Today&#8217;s judgment confirms what we have said from the start: our rebates "
        "rewarded volume, not loyalty,&#8221; Chief Executive Pieter Daalman said in a "
        "statement.",
        "The judgment was handed down by a three-judge chamber.",
        "Veltrona shares rose 3.8% in Amsterdam after the ruling, outperforming a flat "
        "European tech index.",
        "The Commission, which can appeal to the Court of Justice within two months and ten "
        "days, said it would study the judgment.",
        "Kestrel Microsystems, the German rival whose 2017 complaint set off the "
        "investigation, said it would consider its options.",
        "The case is one of several in which the General Court has questioned how the "
        "Commission proves harm from rebates. The Commission has said it will publish new "
        "guidelines on abuse of dominance next year.",
        "EU judges have repeatedly insisted that regulators test whether a rival as "
        "efficient as the dominant firm could have matched its discounts.",
        "Veltrona, which employs about 14,000 people worldwide, makes chips that manage "
        "battery power in electric cars and is one of the largest suppliers to European "
        "automakers.",
    ],
    dateline="BRUSSELS",
    byline="Pieter van Aalst",
    published="2025-09-10T09:45:00Z",
    credit="Reporting by Pieter van Aalst; Editing by Louise Hartley",
    related=(
        "Google hit with 2.95 billion euro EU fine over adtech",
        "ASML shares climb 4% after Mistral AI investment",
        "Dutch inflation eases to 2.8% in August",
    ),
)

_C2_GAZETTE = _gazette_site(
    "Relief for valley chip plant as EU court cuts owner&#39;s fine",
    [
        "Workers at Veltrona&#39;s Harbour Valley factory have welcomed a European court "
        "ruling that cuts a huge competition fine against the company.",
        "The EU&#39;s General Court has reduced the penalty imposed on the Dutch "
        "chipmaker by the European Commission from &euro;842 million to &euro;412 million.",
        "The judgment was given by a three-judge chamber of the court, sitting in "
        "Luxembourg.",
        "The Commission had accused Veltrona of using discounts to stop carmakers buying "
        "chips from rivals between 2014 and 2019. The court agreed for the later years but "
        "said the case for the earlier years had not been proved.",
        "Veltrona&#39;s plant on the Riverside Business Park employs 1,150 people and makes "
        "wafers for the company&#39;s power-management chips, which are used in electric cars.",
        "Site director Owen Carrick said the ruling was &#8220;good news for the "
        "company&#8221;. &#8220;Our people have worked hard through a lot of uncertainty, and "
        "this takes some weight off our shoulders,&#8221; he said.",
        "The European Commission said it took note of the judgment and would study it "
        "carefully.",
        "Local MP Hannah Treloar said she would press ministers to support plans for a "
        "second production line at the site, which would create up to 300 jobs.",
        "The factory opened in 1998 and was expanded in 2016.",
        "The Harbour Valley site is one of only two Veltrona factories outside the "
        "Netherlands. The other is in Malaysia.",
        "Union representative Dawn Kitto said staff had feared the original fine could lead "
        "to cuts. &#8220;People were worried. There was talk of a hiring freeze, and for a "
        "while that is what happened,&#8221; she said.",
        "Either Veltrona or the Commission may still appeal to the EU&#39;s highest court.",
    ],
    kicker="BUSINESS NEWS",
    byline="Tom Penhale",
    sponsored=(
        "Is your boiler ready for winter? Book a service from &pound;69",
        "Valley Vets: new puppy health plans now available",
    ),
    most_read=(
        "Road closures planned as bridge repairs start on Monday",
        "Two arrested after 40 cannabis plants found in flat",
        "Gazette readers raise &pound;18,000 for lifeboat station",
    ),
)

STORY_C2 = _story("court-VA2", "court", "2025-09-24", [
    _page("https://news.meridianpublic.example/business-68011234", _C2_PUBLIC),
    _page("https://www.pacificwire.example/legal/eu-court-veltrona-fine-cut-2025-09-10/",
          _C2_WIRE),
    _page("https://www.hvgazette.example/news/business/veltrona-fine-cut-relief-4398",
          _C2_GAZETTE),
], [
    ("fine",
     r"(?<![\d.])376(?![\d])",
     r"(?<![\d.])412(?![\d])"),
    ("quote speaker", r"marlow", r"daalman"),
    ("chamber size",
     r"five|(?<![\d.])5(?![\d.,])",
     r"three|(?<![\d.])3(?![\d.,])"),
])


# ---------------------------------------------------------------------------------------
# Story 5: Bank of England holds Bank Rate (September 2025)
# ---------------------------------------------------------------------------------------

_B1_WIRE = _wire_site(
    "Bank of England holds rates at 4%, slows bond sales",
    [
        "The Bank of England kept interest rates on hold at 4% on Thursday and slowed the "
        "pace at which it is shrinking its government bond holdings, as inflation running "
        "at nearly twice its target kept policymakers cautious.",
        "The Monetary Policy Committee voted 7-2 to keep Bank Rate unchanged. External "
        "members Priya Raman and Daniel Okafor voted for a quarter-point cut to 3.75%.",
        "They argued that weaker hiring justified lower borrowing costs, according to the "
        "minutes of the meeting. Unemployment has risen to 4.7%, the highest in four years.",
        "The Bank said it would reduce its stock of gilts by &#163;70 billion over the next "
        "12 months, down from &#163;100 billion in the previous year, and would sell fewer "
        "long-dated bonds, which have come under pressure this year.",
        "Governor Alistair Penrose said: &#8220;We&#8217;re not out of the woods yet, so any "
        "future cuts will need to be made gradually and carefully.&#8221;",
        "Consumer price inflation was 3.8% in August, data showed on Wednesday, unchanged "
        "from July. The Bank expects it to peak at 4% in September before falling back "
        "towards its 2% target next year.",
        "The decision, announced at noon London time (1100 GMT), was expected by all 64 "
        "economists in a Pacific Wire poll. Most of them expect the next cut in early 2026.",
        "The Bank cut rates in August to 4% from 4.25%, its fifth reduction since it began "
        "easing in August 2024.",
        "Sterling was little changed at around $1.36 after the announcement, while two-year "
        "gilt yields edged up 2 basis points.",
        "The next policy decision is due on November 6, when the Bank will also publish new "
        "economic forecasts.",
    ],
    dateline="LONDON",
    byline="Fiona Mackay and Ravi Chandran",
    published="2025-09-18T11:04:00Z",
    updated="Updated 18 Sep 2025 12:31 GMT",
    credit="Reporting by Fiona Mackay and Ravi Chandran; Editing by Toby Marsh",
    related=(
        "Norges Bank cuts rate to 4% in surprise move",
        "Bank of Canada trims key rate to 2.5% as job losses mount",
        "UK borrowing overshoots forecasts by &#163;11 billion in August",
    ),
)

_B1_DAILY = _daily_site(
    "Bank of England holds rates at 4pc as two rate-setters push for a cut",
    [
        "The Bank of England left interest rates unchanged at 4pc on Thursday, warning that "
        "inflation had not been beaten even as two of its nine policymakers pushed for a cut.",
        "Priya Raman and Martin Kessler were outvoted 7-2 after arguing that a weakening "
        "jobs market justified lowering Bank Rate by a quarter of a percentage point.",
        "Governor Alistair Penrose said the committee needed to be &#8220;careful&#8221; and "
        "that further cuts would come &#8220;gradually&#8221;.",
        "The Bank also confirmed it would slow its programme of quantitative tightening, "
        "cutting its gilt holdings by &pound;70bn over the coming year instead of "
        "&pound;100bn.",
        "Inflation stood at 3.8pc in August, the highest rate among G7 economies, and the "
        "Bank expects a peak of 4pc in September. That is double the 2pc target.",
        "Mortgage holders will be disappointed. The average two-year fixed rate is 4.98pc, "
        "according to the data firm Moneyfacts, down from 5.8pc a year earlier.",
        "Economists said a further cut this year now looked unlikely. &#8220;The bar for a "
        "November move is high,&#8221; said Harriet Quayle, chief economist at Fenwick "
        "Partners. &#8220;Rate-setters want to see wage growth come down first.&#8221;",
        "The Chancellor, who faces a difficult Budget in November, said bringing inflation "
        "down was the best way to ease the pressure on household finances.",
        "Sterling was little changed against the dollar after the decision.",
        "The Bank&#8217;s decision came a day after the US Federal Reserve cut its main "
        "interest rate by a quarter point, its first reduction this year.",
        "Savers will continue to benefit: the best easy-access accounts still pay more than "
        "4.5pc, according to Moneyfacts.",
    ],
    standfirst="Two of the nine rate-setters back an immediate cut as inflation heads for "
               "a 4pc peak",
    byline="Oliver Brandt, Economics Correspondent",
    read_more="How much is your mortgage going to cost when your fix ends?",
    most_read=(
        "State pension to rise by 4.7pc next April",
        "Council tax bills could rise 5pc a year until 2029",
        "Rail fares frozen for first time in 30 years",
    ),
    tags=("Interest rates", "Bank of England", "Inflation", "Mortgages"),
)

_B1_BLOG = _blog_site(
    "BoE holds, trims QT: the gilt market got what it wanted",
    [
        "No change on rates from the Bank of England on Thursday: Bank Rate stays at 4% "
        "after a 7-2 vote. The real story was the balance sheet.",
        "The MPC will shrink its gilt stock by <strong>&#163;75bn</strong> over the next 12 "
        "months, down from &#163;100bn, and skew its sales away from long-dated gilts. That "
        "is exactly what the market asked for after the selloff in 30-year yields this "
        "summer.",
        "Active sales will make up a smaller share of that total, with more of the "
        "reduction coming from bonds that simply mature.",
        "Recall the context: the Bank bought &#163;895bn of gilts between 2009 and 2021, and "
        "the stock has since been run down to around &#163;558bn.",
        "&#8220;This change is about keeping the gilt market orderly, not about the stance of "
        "policy,&#8221; Governor Alistair Penrose said at the press conference.",
        "The 10-year gilt yield slipped to 4.65% after the decision, and 30-year yields fell "
        "4 basis points.",
        "On rates, the doves didn&#8217;t get far. Two members voted for a 25 basis point "
        "cut; the other seven wanted to wait. With CPI at 3.8% and heading for a 4% print in "
        "September, that is no surprise.",
        "Governor Penrose sided with the majority, as did all of the Bank&#8217;s internal "
        "members.",
        "Markets now price roughly a one-in-three chance of a cut at the next meeting on "
        "November 6, and a full cut by February.",
        "<em>Our take:</em> the QT tweak is a quiet win for the Debt Management Office, "
        "which has already been shortening the maturity of its own issuance. Long gilts "
        "still look cheap to us.",
    ],
    author="Sam Whitlow",
    bio="Sam Whitlow covers UK rates and the gilt market. He spent a decade on a "
        "sterling trading desk.",
    tags=("BoE", "gilts", "QT", "UK rates"),
    recent=(
        "Fed cuts by a quarter point; dot plot shows two more this year",
        "Sterling at $1.36: how far can cable run?",
        "UK CPI holds at 3.8%: services sticky again",
    ),
    comments=6,
    post_id=8731,
)

_B1_PUBLIC = _public_site(
    "Bank of England keeps interest rates at 4%",
    [
        "The Bank of England has held interest rates at 4%, saying it needs to be sure that "
        "price rises are slowing before it cuts borrowing costs again.",
        "Seven of the nine members of the Bank&rsquo;s Monetary Policy Committee voted to "
        "keep rates unchanged. Priya Raman and Daniel Okafor wanted a cut to 3.75%.",
        "Governor Alistair Penrose said: &ldquo;We&rsquo;re not out of the woods yet. Any "
        "future cuts will need to be made gradually and carefully.&rdquo;",
        "Inflation, which measures the rate at which prices rise, was 3.8% in the year to "
        "August. The Bank expects it to reach 4% in September, double its 2% target, before "
        "easing.",
        "The Bank of England sets interest rates to try to keep inflation at 2%.",
        "Wages are also still rising quickly. Regular pay grew at an annual rate of 4.8% in "
        "the three months to July, official figures showed.",
        "<strong>What does it mean for mortgages?</strong> About 600,000 homeowners with a "
        "tracker mortgage will see no change in their monthly payments. Those on fixed deals "
        "are not directly affected until their deal ends.",
        "The Bank also said it would slow the sale of government bonds it bought during past "
        "crises, a process known as quantitative tightening.",
        "Interest rates have been cut five times since August last year, when they stood at "
        "5.25%.",
        "Dr Kemi Adeyemi, of the Resolution Forum think tank, said families were still "
        "feeling the squeeze. &ldquo;Food prices are up by about 5% on a year ago, and that "
        "is what people notice,&rdquo; she said.",
        "The Bank&rsquo;s next decision is on 13 November.",
    ],
    caption="The Bank of England in the City of London. File photo.",
    date_text="18 September 2025",
    topics=("Interest rates", "Bank of England", "Personal finance", "Inflation"),
    more=(
        "US central bank cuts interest rates for first time this year",
        "Energy price cap to rise 2% in October, Ofgem says",
        "Shop price inflation hits 18-month high of 1.6%",
    ),
)

STORY_B1 = _story("cb-VA1", "central bank", "2025-09-30", [
    _page("https://www.pacificwire.example/markets/bank-of-england-holds-rates-2025-09-18/",
          _B1_WIRE),
    _page("https://www.dailycourier.example/money/2025/sep/18/bank-of-england-rates-hold",
          _B1_DAILY),
    _page("https://ledgerticker.example/2025/09/18/boe-holds-trims-qt-gilts/", _B1_BLOG),
    _page("https://news.meridianpublic.example/business-67990021", _B1_PUBLIC),
], [
    ("dissenting member", r"okafor", r"kessler"),
    ("qt amount", r"(?<![\d.])70(?![\d.])", r"(?<![\d.])75(?![\d.])"),
    ("next meeting",
     r"nov\w*\.? 6\b|\b6 nov|11-06",
     r"nov\w*\.? 13\b|\b13 nov|11-13"),
])


# ---------------------------------------------------------------------------------------
# Story 6 (control): ECB holds its deposit rate (September 2025)
# ---------------------------------------------------------------------------------------

_B2_WIRE = _wire_site(
    "ECB holds rates, nudges up growth outlook",
    [
        "The European Central Bank kept interest rates unchanged for a second straight "
        "meeting on Thursday and nudged up its growth forecast for this year, signalling "
        "little appetite for further cuts.",
        "The ECB held its deposit rate at 2.00%, after halving it from 4% in eight cuts "
        "between June 2024 and June 2025. The decision was announced at 14:15 Frankfurt time "
        "(1215 GMT).",
        "The main refinancing rate was kept at 2.15% and the marginal lending rate at 2.40%.",
        "&#8220;Policy is where it needs to be for now, and we are not on a pre-set "
        "path,&#8221; President Claudine Vermeer told a news conference.",
        "ECB staff now see euro zone growth of 1.2% this year, up from 0.9% in their June "
        "projections, but 1.0% in 2026, slightly lower than the 1.1% they predicted three "
        "months ago. Growth of 1.3% is projected for 2027.",
        "Inflation is seen at 2.1% this year, 1.7% in 2026 and 1.9% in 2027, hovering around "
        "the bank&#8217;s 2% target.",
        "Core inflation, which strips out volatile energy and food prices, is seen at 2.4% "
        "this year, 1.9% in 2026 and 1.8% in 2027. Vermeer said the risks to growth were now "
        "more balanced than in the summer.",
        "Euro zone inflation was 2.1% in August, according to a flash estimate from Eurostat.",
        "Most of the 78 economists polled by Pacific Wire last week expected rates to stay on "
        "hold for the rest of the year, and a majority saw no change through 2026.",
        "The euro rose to $1.1730 after the decision.",
        "The ECB&#8217;s next policy meeting concludes on October 30.",
    ],
    dateline="FRANKFURT",
    byline="Katrin Vogl",
    credit="Reporting by Katrin Vogl; Writing by Emma Farrant; Editing by Mark Hollis",
    related=(
        "Swiss inflation slows to 0.2% in August",
        "German exports to US drop 7.9% in July",
        "French bond spread over Bunds widens to 80 basis points",
    ),
)

_B2_DAILY = _daily_site(
    "ECB holds rates and tells markets not to expect more cuts soon",
    [
        "The European Central Bank left borrowing costs on hold on Thursday, with its "
        "president insisting that the eurozone economy was weathering American tariffs "
        "better than feared.",
        "The deposit rate, the ECB&#8217;s main tool, remains at 2pc, where it has been since "
        "June. The main refinancing rate stays at 2.15pc.",
        "The marginal lending rate, the least watched of the three, is unchanged at 2.4pc.",
        "Claudine Vermeer, the ECB president, said: &#8220;The trade agreement with the "
        "United States has lowered uncertainty, but higher tariffs will still weigh on our "
        "exporters.&#8221;",
        "Under the deal agreed in the summer, most EU exports to the US face a tariff of "
        "15pc.",
        "The Frankfurt-based bank&#8217;s staff raised their growth forecast for this year to "
        "1.2pc, helped by a strong first quarter, but expect growth to slow to 1pc next year.",
        "The staff also expect inflation of 2.1pc this year and 1.7pc in 2026, either "
        "side of the 2pc target.",
        "Asked about the political turmoil in France, where the government lost a "
        "confidence vote this week, Ms Vermeer said: &#8220;I will not comment on national "
        "politics.&#8221;",
        "The International Monetary Fund sees things a little differently, forecasting "
        "eurozone growth of 1pc this year and 1.2pc in 2026.",
        "Since June last year the ECB has cut rates eight times, by a total of two "
        "percentage points.",
        "Investors largely expect no further change this year. Futures markets put the "
        "chance of one more quarter-point cut by March at about 40pc.",
        "&#8220;The ECB is in wait-and-see mode, and it is quite happy there,&#8221; said "
        "Marco Ferri, chief European economist at Albion Bank.",
    ],
    standfirst="Frankfurt raises its growth forecast to 1.2pc as the eurozone shrugs off "
               "US tariffs",
    byline="Anna Lindqvist, Europe Editor",
    published="2025-09-11T17:30:00+01:00",
    read_more="France&#8217;s new prime minister promises to meet unions within days",
    most_read=(
        "Half-term holiday prices up 12pc on last year",
        "Man, 74, rescued after 30 hours in sea off Cornwall",
        "FTSE 100 closes at record 9,300",
    ),
    tags=("ECB", "Eurozone", "Interest rates"),
)

_B2_BLOG = _blog_site(
    "ECB on hold at 2%: three things from Vermeer&#8217;s presser",
    [
        "As expected, the ECB kept its deposit rate at 2% today &#8212; the second hold in a "
        "row &#8212; and the statement barely changed.",
        "The decision hit the tape at 8:15 a.m. ET, with the press conference half an hour "
        "later.",
        "Background, for anyone who&#8217;s been away: the ECB cut eight times between June "
        "2024 and June 2025, taking the deposit rate from 4% to 2%, or 200 basis points in "
        "total. It has now held in July and September.",
        "<strong>1. The projections.</strong> Staff see headline inflation at 2.1% in 2025, "
        "1.7% in 2026 and 1.9% in 2027. Core runs 2.4%, 1.9% and 1.8%. GDP: 1.2%, 1.0%, "
        "1.3%.",
        "The growth upgrade is the notable bit: 2025 GDP went to 1.2% from 0.9% in June, "
        "while 2026 was trimmed to 1.0% from 1.1%. August HICP came in at 2.1%, so the "
        "inflation path looks comfortable.",
        "<strong>2. Trade.</strong> &#8220;The trade agreement with the United States has "
        "lowered uncertainty, but higher tariffs will still weigh on our exporters,&#8221; "
        "Vermeer said.",
        "<strong>3. The euro.</strong> On the currency, which is up about 13% against the "
        "dollar this year to around $1.17, she offered: &#8220;We don&#8217;t target the "
        "exchange rate, but we watch it closely.&#8221;",
        "The Bund barely moved: the 10-year yield sat at 2.66% after the presser.",
        "<em>Our take:</em> with inflation close to target and rates at 2%, the ECB is done "
        "unless the economy cracks. We&#8217;d fade any rally that prices more cuts at the "
        "front end.",
        "By Vermeer&#8217;s account, nobody on the Governing Council pushed for a move this "
        "time. October looks like another hold.",
    ],
    author="Sam Whitlow",
    bio="Sam Whitlow covers rates on both sides of the Channel. He spent a decade on a "
        "sterling trading desk.",
    date_text="September 11, 2025",
    date_iso="2025-09-11T15:02:00+01:00",
    tags=("ECB", "euro", "rates"),
    recent=(
        "US CPI rises 2.9% in August; core steady at 3.1%",
        "Oracle soars 36% on cloud backlog",
        "Gilt auction: 10-year demand solid at 3.1x cover",
    ),
    comments=4,
    post_id=8702,
)

_B2_PUBLIC = _public_site(
    "European Central Bank holds interest rates at 2%",
    [
        "The European Central Bank has kept interest rates at 2% for the 20 countries that "
        "use the euro, saying inflation is now close to its target.",
        "The ECB&rsquo;s Governing Council met in Frankfurt on Thursday and announced its "
        "decision at a quarter past two in the afternoon, local time.",
        "ECB President Claudine Vermeer said: &ldquo;Policy is where it needs to be for now; "
        "we are not on a pre-set path.&rdquo;",
        "Prices across the eurozone were <a href=\"/news/business-67900012\">2.1% higher in "
        "August</a> than a year earlier.",
        "The bank&rsquo;s economists expect inflation to average 2.1% this year and dip to "
        "1.7% next year, before returning close to 2% in 2027.",
        "They also expect the eurozone economy to grow by 1.2% this year, better than they "
        "thought in June.",
        "The ECB cut rates eight times between June 2024 and June 2025, halving them from "
        "4%.",
        "Before the ECB began cutting in June 2024, its deposit rate was at its highest "
        "level since the euro was created in 1999.",
        "Lower interest rates make it cheaper for households and businesses to borrow, but "
        "they also cut the returns that savers get on their money. Mortgage rates in several "
        "eurozone countries have fallen over the past year as a result.",
        "The US has agreed a deal with the EU under which most European goods face a 15% "
        "tariff.",
        "Lukas Brandauer, an economist at the Institute for Monetary Studies in Vienna, said "
        "the bank was &ldquo;comfortable sitting still&rdquo;. &ldquo;The risk now is that "
        "inflation undershoots next year, not that it takes off,&rdquo; he said.",
        "The next rate decision is due at the end of October.",
    ],
    caption="Claudine Vermeer, president of the European Central Bank, at a news "
            "conference in Frankfurt. Photo: Meridian.",
    topics=("European Central Bank", "Eurozone", "Interest rates"),
    more=(
        "Norway&rsquo;s oil fund tops $2 trillion",
        "Italy&rsquo;s unemployment falls to 6%",
        "Spain&rsquo;s economy grows 0.7% in second quarter",
    ),
    listen="3 min",
)

STORY_B2 = _story("cb-VA2", "central bank", "2025-09-25", [
    _page("https://www.pacificwire.example/markets/ecb-holds-rates-2025-09-11/", _B2_WIRE),
    _page("https://www.dailycourier.example/business/2025/sep/11/ecb-holds-rates",
          _B2_DAILY),
    _page("https://ledgerticker.example/2025/09/11/ecb-hold-three-things/", _B2_BLOG),
    _page("https://news.meridianpublic.example/business-67950066", _B2_PUBLIC),
], [])


STORIES: list[dict[str, Any]] = [
    STORY_T1,
    STORY_T2,
    STORY_C1,
    STORY_C2,
    STORY_B1,
    STORY_B2,
]
