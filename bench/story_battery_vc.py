"""Part VC of the story battery (web pages).

Written by engineer VC1 on 2026-12-06 (twentieth session, twelfth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py VC`.

Six stories (one per domain, one control story), each told by three or four outlets as
whole scraped HTML pages with their own site furniture. Emphasis: live coverage, updates
and wire rewrites (timestamped live pages, counts revised over the day, a local site
rewriting a wire story).
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _links(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/s/{i + 101}">{t}</a></li>'
                   for i, t in enumerate(items))


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. Semantic <article>, dateline, Open Graph and
# article:published_time metadata, optional "Updated" line and a "Related coverage" list.
# --------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, published: str | None = None,
               updated: str | None = None, byline: str = "By Pacific Wire staff",
               related: tuple[str, ...] = (), correction: str | None = None,
               section: str = "World") -> str:
    meta = ['<meta charset="utf-8">',
            '<meta property="og:site_name" content="Pacific Wire">',
            f'<meta property="og:title" content="{title}">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    body = [f"<p>{dateline} (Pacific Wire) &mdash; {paras[0]}</p>"]
    body += [f"<p>{p}</p>" for p in paras[1:]]
    upd = f'<p class="upd">Updated {updated}</p>' if updated else ""
    corr = f'<p class="correction"><em>Correction: {correction}</em></p>' if correction else ""
    rel = ""
    if related:
        rel = ('<aside class="related"><h2>Related coverage</h2><ul>'
               + _links(list(related)) + "</ul></aside>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head>" + "".join(meta)
        + f"<title>{title} | Pacific Wire</title>"
        '<link rel="stylesheet" href="/static/pw.css"></head><body>'
        '<a class="skip" href="#main">Skip to content</a>'
        '<header><div class="brand">PACIFIC WIRE</div><nav><ul>'
        '<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>'
        '<li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>'
        '<li><a href="/video">Video</a></li></ul></nav></header>'
        f'<main id="main"><div class="kicker">{section}</div><article>'
        f"<h1>{title}</h1>"
        f'<div class="byline">{byline}</div>{upd}'
        '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> '
        '<a href="#">Copy link</a></div>'
        f'<div class="story-body">{"".join(body)}{corr}</div>'
        '<p class="credit">Reporting by Pacific Wire bureaus; editing by the world desk.</p>'
        f"</article>{rel}</main>"
        '<footer><p>&copy; 2025 Pacific Wire Cooperative. All rights reserved.</p>'
        '<p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> '
        '&middot; <a href="/licensing">Licensing</a></p></footer></body></html>'
    )


# --------------------------------------------------------------------------------------
# Outlet 2: The National Ledger, a national daily. Nested <div> soup, JSON-LD, cookie
# banner, paywall teaser, ad slots every three paragraphs, "Most read" list. Also used
# for its markets live blog (entries with timestamps).
# --------------------------------------------------------------------------------------
def _ledger_site(title: str, paras: list[str] | None = None, *, standfirst: str = "",
                 author: str = "Ledger staff", date_iso: str | None = None,
                 visible_date: str | None = None, most_read: tuple[str, ...] = (),
                 caption: str | None = None,
                 live: list[tuple[str, list[str]]] | None = None) -> str:
    ld = ""
    if date_iso:
        ld = ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": date_iso, "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": "The National Ledger"}})
            + "</script>")
    chunks: list[str] = []
    if live:
        for stamp, entry in live:
            inner = "".join(f'<div class="lb-p">{p}</div>' for p in entry)
            chunks.append(f'<div class="lb-entry"><div class="lb-time">{stamp}</div>'
                          f"{inner}</div>")
    else:
        for i, p in enumerate(paras or []):
            chunks.append(f'<div class="txt"><p>{p}</p></div>')
            if i % 3 == 2 and i + 1 < len(paras or []):
                chunks.append('<div class="ad-slot"><span>Advertisement</span>'
                              '<div class="ad" data-slot="mid"></div></div>')
    fig = ""
    if caption:
        fig = ('<div class="media"><img src="/img/lead.jpg" alt="">'
               f'<div class="cap">{caption}</div></div>')
    vis = f'<div class="dt">{visible_date}</div>' if visible_date else ""
    mr = ""
    if most_read:
        mr = ('<div class="rail"><div class="rail-h">Most read</div><ol>'
              + _links(list(most_read)) + "</ol></div>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        f"<title>{title} - The National Ledger</title>{ld}</head><body>"
        '<div id="cookie-consent" class="cc"><div class="cc-in">We use cookies to '
        "personalise content and ads and to analyse our traffic. "
        '<button>Accept all</button> <button>Manage preferences</button></div></div>'
        '<div class="top"><div class="logo">The National Ledger</div>'
        '<div class="nav"><a href="/">Home</a> | <a href="/nation">Nation</a> | '
        '<a href="/world">World</a> | <a href="/economy">Economy</a> | '
        '<a href="/opinion">Opinion</a> | <a href="/subscribe">Subscribe</a></div></div>'
        '<div class="wrap"><div class="col-main"><div class="hd">'
        f'<div class="headline" role="heading" aria-level="1">{title}</div>'
        f'<div class="stand">{standfirst}</div>'
        f'<div class="by">By <a href="/authors/x">{author}</a></div>{vis}</div>'
        f'{fig}<div class="article-text">{"".join(chunks)}</div>'
        '<div class="paywall">You have read 3 of 5 free articles this month. '
        '<a href="/subscribe">Subscribe for $1 a week</a></div>'
        '<div class="share-row"><a href="#">Facebook</a><a href="#">X</a>'
        '<a href="#">Email</a></div></div>'
        f"{mr}</div>"
        '<div class="foot">The National Ledger, 400 Franklin Avenue, Washington DC. '
        "&copy; 2025 National Ledger Media Group.</div></body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 3: KVTX 7 Valley News, a local TV station. Styled <div> headline, paragraphs
# separated by <br><br>, a video player slot, "Posted/Updated" visible times, often a
# rewrite of a wire story with a credit line.
# --------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, posted: str | None = None,
             updated: str | None = None, credit: str = "",
             trending: tuple[str, ...] = (), video: str = "",
             alert: str = "WEATHER ALERT: Heat advisory for the valley until 8 p.m.") -> str:
    times = ""
    if posted:
        times += f'<span class="posted">Posted: {posted}</span> '
    if updated:
        times += f'<span class="updated">Updated: {updated}</span>'
    vid = (f'<div class="player"><div class="vjs-title">WATCH: {video}</div>'
           '<div class="vjs">Video unavailable. Please enable JavaScript.</div></div>'
           if video else "")
    cred = f"<br><br><i>{credit}</i>" if credit else ""
    tr = ""
    if trending:
        tr = ('<div class="trending"><b>Trending on KVTX</b><ul>' + _links(list(trending))
              + "</ul></div>")
    return (
        "<html><head><title>" + title + " | KVTX 7 Valley News</title>"
        '<meta name="viewport" content="width=device-width"></head><body>'
        f'<div class="alert-bar">{alert} <a href="/alerts">Details</a></div>'
        '<div class="hdr"><a href="/"><img src="/kvtx.png" alt="KVTX 7"></a>'
        '<a href="/live">Watch Live</a> <a href="/news">News</a> <a href="/weather">'
        'Weather</a> <a href="/sports">Sports</a> <a href="/contests">Contests</a></div>'
        f'<div class="story"><div class="story-title" style="font-size:32px">{title}</div>'
        f'<div class="times">{times}</div>{vid}'
        '<div class="story-text">' + "<br><br>".join(paras) + cred + "</div>"
        '<div class="sharebar">Share: <a href="#">Facebook</a> <a href="#">Tweet</a> '
        '<a href="#">Copy link</a></div>'
        '<div class="tip">Have a news tip? Email newsroom@kvtx7.example</div></div>'
        f"{tr}"
        '<div class="ftr">KVTX 7 &middot; 1200 Mesa Drive &middot; '
        "&copy; 2025 Valley Broadcasting. EEO Report | FCC Public File</div></body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 4: Yield & Tariff, a WordPress-style finance blog. entry-content, tags, author
# box, comments teaser, newsletter box. Usually no date.
# --------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str = "Marcus Hale",
               date: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), pull: str | None = None,
               comments: int = 0) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    if pull:
        mid = len(paras) // 2
        parts = [f"<p>{p}</p>" for p in paras]
        parts.insert(mid, f'<blockquote class="wp-block-pullquote"><p>{pull}</p>'
                          "</blockquote>")
        body = "".join(parts)
    meta = f'<time class="entry-date">{date}</time> ' if date else ""
    tg = "".join(f'<a rel="tag" href="/tag/{t.lower().replace(" ", "-")}">{t}</a> '
                 for t in tags)
    rc = ""
    if recent:
        rc = ('<section class="widget widget_recent_entries"><h3 class="widget-title">'
              "Recent Posts</h3><ul>" + _links(list(recent)) + "</ul></section>")
    return (
        "<!doctype html><html lang=\"en-US\"><head><meta charset=\"UTF-8\">"
        f"<title>{title} &#8211; Yield &amp; Tariff</title>"
        '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/style.css">'
        '</head><body class="post-template-default single single-post">'
        '<div id="page" class="site"><a class="skip-link screen-reader-text" '
        'href="#content">Skip to content</a><header class="site-header">'
        '<p class="site-title"><a href="/">Yield &amp; Tariff</a></p>'
        '<p class="site-description">Macro, markets and trade, minus the noise</p>'
        '<nav class="main-navigation"><ul><li><a href="/category/trade">Trade</a></li>'
        '<li><a href="/category/rates">Rates</a></li><li><a href="/category/fx">FX</a>'
        '</li><li><a href="/about">About</a></li></ul></nav></header>'
        '<div id="content" class="site-content"><main id="primary">'
        '<article class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta">{meta}<span class="byline">by <span class="author vcard">'
        f"{author}</span></span></div></header>"
        f'<div class="entry-content">{body}'
        '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3>'
        '<a href="#">Share on Facebook</a> <a href="#">Share on X</a> '
        '<a href="#">Copy link</a></div></div>'
        f'<footer class="entry-footer"><span class="tags-links">Tagged {tg}</span>'
        "</footer></article>"
        f'<div class="author-box"><b>About {author}</b>: a former bond trader who writes '
        "about rates and trade policy from Chicago. Opinions are his own.</div>"
        f'<div id="comments"><h2 class="comments-title">{comments} thoughts on '
        f"&ldquo;{title}&rdquo;</h2><p>Log in to leave a comment.</p></div>"
        '</main><aside id="secondary" class="widget-area">'
        '<section class="widget"><h3>Newsletter</h3><p>Get our Sunday note on rates and '
        'trade. <input type="email" placeholder="Email"> <button>Subscribe</button></p>'
        f"</section>{rc}</aside></div>"
        '<footer class="site-footer">Proudly powered by WordPress | Theme: Ledgerline '
        "&copy; Yield &amp; Tariff</footer></div></body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 5: NPS (Northern Public Service), a public broadcaster. Standard pages and live
# pages with timestamped posts, newest first. Usually no machine-readable date.
# --------------------------------------------------------------------------------------
def _nps_site(title: str, paras: list[str] | None = None, *, summary: str = "",
              live: list[tuple[str, str, list[str]]] | None = None,
              visible_date: str | None = None, caption: str | None = None,
              also: tuple[str, ...] = (), author: str = "") -> str:
    if live:
        posts = []
        for stamp, head, entry in live:
            hd = f"<h3>{head}</h3>" if head else ""
            inner = "".join(f"<p>{p}</p>" for p in entry)
            posts.append(f'<div class="lx-post"><time class="lx-time">{stamp}</time>'
                         f"{hd}{inner}</div>")
        text = ('<div class="lx-badge">LIVE</div><div class="lx-stream">'
                + "".join(posts) + "</div>")
    else:
        text = '<div class="rich-text">' + "".join(f"<p>{p}</p>" for p in paras or []) \
            + "</div>"
    fig = ""
    if caption:
        fig = (f'<figure><img src="/media/lead.jpg" alt=""><figcaption>{caption}'
               "</figcaption></figure>")
    summ = ""
    if summary:
        summ = f'<div class="summary"><h2>Summary</h2><ul><li>{summary}</li></ul></div>'
    vis = f'<p class="date">{visible_date}</p>' if visible_date else ""
    auth = f'<p class="author">{author}</p>' if author else ""
    al = ""
    if also:
        al = ('<section class="also"><h2>More from NPS News</h2><ul>' + _links(list(also))
              + "</ul></section>")
    return (
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        f"<title>{title} - NPS News</title>"
        '<meta property="og:site_name" content="NPS News"></head><body>'
        '<div id="nps-cookie">Let us know you agree to cookies. We use cookies to give '
        'you the best online experience. <a href="#">Yes, I agree</a> '
        '<a href="#">No, take me to settings</a></div>'
        '<a href="#main-content" class="skip">Skip to content</a>'
        '<div class="masthead"><span class="nps">NPS</span><ul class="nav">'
        '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/radio">Radio</a></li><li><a href="/weather">Weather</a></li></ul>'
        "</div>"
        f'<main id="main-content"><h1 class="story-headline">{title}</h1>{vis}{auth}'
        f"{fig}{summ}{text}"
        '<div class="share"><button>Share</button> <a href="#">Copy link</a></div>'
        "</main>"
        f"{al}"
        '<footer class="nps-foot"><p>Northern Public Service. NPS is not responsible for '
        "the content of external sites.</p><p>&copy; NPS 2025</p></footer></body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 6: Harbor City Herald, a regional paper with heavy ads. Table layout, <font>
# tags, paragraphs separated by <br>, an ad after every second paragraph, no date.
# --------------------------------------------------------------------------------------
def _herald_site(title: str, paras: list[str], *, deck: str = "",
                 author: str = "Herald staff", pinned: tuple[str, ...] = (),
                 read_more: tuple[int, str] | None = None,
                 caption: str | None = None, date: str | None = None) -> str:
    out: list[str] = []
    for i, p in enumerate(paras):
        out.append(p + "<br><br>")
        if read_more and i == read_more[0]:
            out.append(f'<b>Read more:</b> <a href="/news/r">{read_more[1]}</a><br><br>')
        if i % 2 == 1 and i + 1 < len(paras):
            out.append('<div class="adunit"><small>ADVERTISEMENT</small>'
                       '<iframe src="/ads/box" width="300" height="250"></iframe></div>')
    cap = ""
    if caption:
        cap = f'<img src="/photos/main.jpg" width="600"><br><font size="1">{caption}</font>'
    dt = f'<font size="2" color="#666">{date}</font><br>' if date else ""
    pin = ""
    if pinned:
        pin = ('<td valign="top" width="220"><div class="box"><b>Popular on Herald</b>'
               "<ul>" + _links(list(pinned)) + "</ul></div>"
               '<div class="adunit"><small>ADVERTISEMENT</small></div></td>')
    return (
        "<html><head><title>" + title + " - Harbor City Herald</title></head>"
        '<body bgcolor="#ffffff"><div class="leaderboard">ADVERTISEMENT</div>'
        '<table width="100%"><tr><td><font size="6"><b>Harbor City Herald</b></font><br>'
        '<a href="/news">News</a> &middot; <a href="/local">Local</a> &middot; '
        '<a href="/politics">Politics</a> &middot; <a href="/business">Business</a> '
        '&middot; <a href="/obits">Obituaries</a> &middot; <a href="/eedition">e-Edition'
        "</a></td></tr></table>"
        '<div class="subscribe-banner">Support local journalism: 99 cents for the first '
        'month. <a href="/subscribe">Subscribe</a></div>'
        '<table width="100%"><tr><td valign="top">'
        f'<font size="5"><b>{title}</b></font><br><i>{deck}</i><br>'
        f'<font size="2">By {author}</font><br>{dt}{cap}<br>'
        '<div id="storybody">' + "".join(out) + "</div>"
        '<a href="#">Share on Facebook</a> | <a href="#">Tweet</a> | <a href="#">Email</a>'
        '<div class="comments">Comments are moderated. Be civil. 14 comments</div>'
        f"</td>{pin}</tr></table>"
        '<div class="footer">Harbor City Herald, 88 Wharf Street, Harbor City. '
        "Copyright &copy; 2026 Herald Publishing Co. Terms | Privacy | Contact</div>"
        "</body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 7: Globe Dispatch, an international news portal. <section> wrappers, an <h2>
# used as headline, a "Key points" box, inline "Read more" link, optional live updates.
# --------------------------------------------------------------------------------------
def _globe_site(title: str, paras: list[str] | None = None, *,
                key_points: tuple[str, ...] = (), date: str | None = None,
                live: list[tuple[str, list[str]]] | None = None,
                read_more: str | None = None, region: str = "Americas",
                trending: tuple[str, ...] = (), caption: str | None = None) -> str:
    blocks: list[str] = []
    if live:
        for stamp, entry in live:
            blocks.append('<section class="update"><span class="stamp">' + stamp
                          + "</span>" + "".join(f"<p>{p}</p>" for p in entry)
                          + "</section>")
    else:
        for i, p in enumerate(paras or []):
            blocks.append(f"<p>{p}</p>")
            if read_more and i == 2:
                blocks.append(f'<p class="rm">Read more: <a href="/x">{read_more}</a></p>')
    kp = ""
    if key_points:
        kp = ('<div class="keypoints"><strong>Key points</strong><ul>'
              + "".join(f"<li>{k}</li>" for k in key_points) + "</ul></div>")
    dt = f'<span class="when">{date}</span>' if date else ""
    cap = ""
    if caption:
        cap = f'<div class="photo"><img src="/p.jpg"><span class="pc">{caption}</span></div>'
    tr = ""
    if trending:
        tr = ('<div class="widget-trending"><h4>Trending now</h4><ul>'
              + _links(list(trending)) + "</ul></div>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        f"<title>{title} &middot; Globe Dispatch</title></head><body>"
        '<div class="gd-top"><span class="gd-logo">GLOBE DISPATCH</span>'
        '<span class="gd-nav"><a href="/americas">Americas</a> <a href="/europe">Europe</a>'
        ' <a href="/asia">Asia</a> <a href="/africa">Africa</a> <a href="/climate">Climate'
        '</a></span><a class="gd-login" href="/login">Sign in</a></div>'
        f'<div class="gd-page"><div class="crumbs">News &rsaquo; {region}</div>'
        f'<h2 class="gd-headline">{title}</h2>{dt}{cap}{kp}'
        '<div class="gd-body">' + "".join(blocks) + "</div>"
        '<div class="gd-share"><a href="#">Share on Facebook</a> <a href="#">Share on '
        'WhatsApp</a> <a href="#">Copy link</a></div>'
        '<div class="gd-news">Sign up for the Dispatch Morning Brief &mdash; the world in '
        'five minutes. <a href="/newsletters">Sign up</a></div></div>'
        f"{tr}"
        '<div class="gd-foot">Globe Dispatch Ltd &middot; 12 Fleet Row, London &middot; '
        "&copy; Globe Dispatch 2026</div></body></html>"
    )


# --------------------------------------------------------------------------------------
# Outlet 8: Orbital Times, a space-news site. <article> with <section>s and a fact box.
# --------------------------------------------------------------------------------------
def _orbital_site(title: str, paras: list[str], *, subtitle: str = "",
                  facts: tuple[tuple[str, str], ...] = (), author: str = "",
                  date_iso: str | None = None, newsletter: bool = True,
                  latest: tuple[str, ...] = ()) -> str:
    meta = ""
    if date_iso:
        meta = f'<meta property="article:published_time" content="{date_iso}">'
    fb = ""
    if facts:
        fb = ('<aside class="factbox"><h4>Mission facts</h4><dl>'
              + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl></aside>")
    half = len(paras) // 2
    sec1 = "".join(f"<p>{p}</p>" for p in paras[:half])
    sec2 = "".join(f"<p>{p}</p>" for p in paras[half:])
    nl = ('<div class="nl-inline">Want launch alerts? Join 40,000 readers of the Countdown '
          'newsletter. <a href="/countdown">Sign up free</a></div>') if newsletter else ""
    lt = ""
    if latest:
        lt = ('<nav class="latest"><h3>Latest</h3><ul>' + _links(list(latest))
              + "</ul></nav>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        f"<title>{title} - Orbital Times</title>{meta}"
        '<meta property="og:site_name" content="Orbital Times"></head><body>'
        '<header class="ot"><a href="/">Orbital Times</a><nav><a href="/launches">'
        'Launches</a> <a href="/schedule">Launch schedule</a> <a href="/science">Science'
        '</a> <a href="/industry">Industry</a></nav></header>'
        f'<article><header><h1>{title}</h1><p class="sub">{subtitle}</p>'
        f'<p class="by">{author}</p></header>'
        f"<section>{sec1}</section>{fb}{nl}<section>{sec2}</section>"
        '<p class="share"><a href="#">Tweet</a> <a href="#">Share</a> '
        '<a href="#">Copy link</a></p></article>'
        f"{lt}"
        '<footer>&copy; 2026 Orbital Times Media. Launch times are subject to change.'
        "</footer></body></html>"
    )


# ======================================================================================
# Story 1 (trade): Stockholm round of US-China talks, 28-29 July 2025.
# ======================================================================================
_TRADE_WIRE = [
    "American and Chinese negotiators agreed on Tuesday to seek another 90-day extension of "
    "the tariff truce between the world&#8217;s two largest economies, after two days of "
    "talks in the Swedish capital ended without a broader breakthrough.",
    "Treasury Secretary Scott Bessent, who led the U.S. team, said the final word on any "
    "extension belonged to President Donald Trump. The current pause on the steepest "
    "tariffs expires on Aug. 12.",
    "&#8220;We made real progress on both days, and now it goes to the president for a "
    "decision,&#8221; Bessent told reporters outside Rosenbad, the government building in "
    "central Stockholm where the sessions were held.",
    "Tuesday&#8217;s session lasted about five hours, according to a U.S. official who "
    "briefed reporters on condition of anonymity.",
    "Vice Premier He Lifeng headed the Chinese delegation. Li Chenggang, China&#8217;s "
    "international trade representative, said both sides would keep pushing to extend the "
    "pause on the suspended portion of reciprocal tariffs and on China&#8217;s "
    "countermeasures.",
    "The Stockholm meeting was the third round of talks since May, when negotiators in "
    "Geneva agreed to cut U.S. tariffs on Chinese goods from 145% to 30% and Chinese duties "
    "on American goods from 125% to 10%. A second round in London in June produced a "
    "framework to restart Chinese shipments of rare earth magnets.",
    "U.S. Trade Representative Jamieson Greer, who also attended, said the two sides had "
    "discussed China&#8217;s purchases of Russian and Iranian oil as well as what Washington "
    "calls excess industrial capacity in Chinese steel and solar manufacturing.",
    "No date was set for the next round, and neither side released a joint statement.",
    "Without an extension, U.S. tariffs on many Chinese goods could snap back to far "
    "higher levels in mid-August, a prospect that has weighed on importers placing orders "
    "for the holiday season.",
    "Chinese state media described the talks as &#8220;candid, in-depth and constructive.&#8221;"
    " Shares in Shanghai ended the day little changed.",
]

_TRADE_LEDGER = [
    "For the third time in three months, the Treasury secretary sat across a table from "
    "Beijing&#8217;s top economic envoy, and for the third time the two sides emerged "
    "talking about process rather than a deal.",
    "The latest round, held over Monday and Tuesday at Rosenbad, the Swedish prime "
    "minister&#8217;s offices overlooking the Stockholm waterfront, ended with an agreement "
    "to pursue a further 90-day extension of the truce that has kept U.S. tariffs on most "
    "Chinese goods at 30 percent and China&#8217;s retaliatory duties at 10 percent.",
    "The extension is not yet final. &#8220;We made real progress over the two days, and "
    "now it&#8217;s for the president to decide,&#8221; Scott Bessent said "
    "after Tuesday&#8217;s session, which ran for six and a half hours.",
    "That puts the decision on Mr. Trump&#8217;s desk with little time to spare: the pause "
    "lapses on Aug. 12. Administration officials have said privately that the president is "
    "inclined to sign off, but he has surprised his own negotiators before.",
    "Vice Premier He Lifeng led the Chinese side, accompanied by Li Chenggang, China&#8217;s "
    "international trade representative, who told Chinese reporters that both "
    "sides would continue to push for the extension of the paused tariffs.",
    "The truce dates to May, when a weekend of talks in Geneva brought U.S. duties down from "
    "145 percent and Chinese ones from 125 percent. A June round in London focused on "
    "export controls, after Chinese restrictions on rare earth magnets idled some car "
    "plants in Europe and the United States.",
    "Jamieson Greer, the U.S. trade representative, said in a television interview on "
    "Wednesday that the remaining issues included fentanyl, Chinese purchases of "
    "sanctioned oil and access for American farm goods.",
    "Business groups welcomed the tone but not the uncertainty. &#8220;Companies cannot "
    "plan Christmas inventory in 90-day increments,&#8221; said Dana Whitcomb of the "
    "Coalition of Retail Importers.",
    "The Stockholm talks came days after the administration struck framework agreements "
    "with the European Union and Japan, and as new tariff rates for dozens of other "
    "trading partners were set to take effect on Aug. 1.",
]

_TRADE_TV = [
    "STOCKHOLM (Pacific Wire) &mdash; U.S. and Chinese negotiators agreed Tuesday to seek "
    "another 90-day extension of their tariff truce after two days of talks in Sweden, a "
    "step valley growers have been waiting on for months.",
    "Treasury Secretary Scott Bessent, who led the American team, said President Donald "
    "Trump would make the final call. The pause on the highest tariffs runs out on Aug. 12.",
    "&#8220;We made real progress on both days, and now it goes to the president for a "
    "decision,&#8221; U.S. Trade Representative Jamieson Greer told reporters in Stockholm.",
    "Tuesday&#8217;s session lasted roughly five hours. China&#8217;s delegation was led by "
    "Vice Premier He Lifeng.",
    "The talks were the third round since May, following meetings in Geneva and London. "
    "Negotiators met for two days at a government building in central Stockholm.",
    "Since a deal in Geneva in May, U.S. tariffs on most Chinese goods have been held at 30% "
    "and China&#8217;s tariffs on American products at 10%.",
    "<strong>What it means here:</strong> China was the biggest buyer of the valley&#8217;s "
    "walnuts and almonds before the trade fight, and soybean growers north of the river "
    "have sold almost nothing to Chinese buyers this season.",
    "&#8220;Every extension is another three months of guessing,&#8221; said Tomas Reyes, "
    "president of the Mesa County Farm Bureau, who farms 600 acres near Alder Creek. "
    "&#8220;We&#8217;d take a boring, permanent answer over an exciting temporary one.&#8221;",
    "No date has been set for the next round of talks.",
    "If you farm in the valley and have been affected by tariffs, KVTX 7 wants to hear "
    "from you. Send us a message through the station app.",
]

_TRADE_BLOG = [
    "Stockholm is done, and the headline is the one the market priced weeks ago: both "
    "sides will seek to roll the 90-day truce forward again. The fine print is more "
    "interesting than the headline, so let&#8217;s go through it.",
    "<strong>1. Nothing is final.</strong> Bessent was careful to say the extension still "
    "needs Trump&#8217;s sign-off, and the clock is short &mdash; the current pause ends "
    "August 12. My base case is a quiet extension by executive order in the final week. "
    "The tail risk is a social-media post.",
    "<strong>2. The agenda is widening.</strong> Commerce Secretary Jamieson Greer flagged "
    "Chinese purchases of Russian and Iranian crude and overcapacity in steel and solar. "
    "Those are not issues you solve in a 90-day window; they are issues you park.",
    "<strong>3. The numbers haven&#8217;t moved.</strong> We are still at a 30% U.S. tariff "
    "on most Chinese goods and a 10% Chinese tariff on most U.S. goods, the levels agreed "
    "in Geneva in May. For context, those were 145% and 125% in April.",
    "<strong>4. Rare earths remain the real lever.</strong> The London framework in June "
    "restarted magnet export licences, but approvals have come in fits and starts. Beijing "
    "has shown it can turn that tap with a phone call.",
    "Market reaction was muted. The offshore yuan traded around 7.18 per dollar, "
    "Treasury yields barely moved, and soybean futures in Chicago gave back a small "
    "morning gain.",
    "For those keeping score at home: Geneva in May, London in June, Stockholm now. Three "
    "rounds, zero signed texts, one durable truce. That is not nothing. A truce that keeps "
    "getting renewed is starting to look like a policy.",
    "I&#8217;ll update this post if the White House announces the extension before the "
    "deadline.",
]

_TRADE_RELATED = (
    "EU and U.S. settle on 15% tariff ceiling for most European goods",
    "Japan pledges $550 billion in U.S. investment under trade framework",
    "Swiss exporters brace for higher duty as Aug. 1 deadline nears",
)

STORY_TRADE = _story("trade-VC1", "trade", "2025-07-31", [
    _page("https://www.pacificwire.example/world/us-china-stockholm-talks-truce-88213",
          _wire_site("US and China agree to seek extension of tariff truce after Stockholm "
                     "talks", _TRADE_WIRE, dateline="STOCKHOLM",
                     published="2025-07-29T17:40:00Z",
                     byline="By Karin Lund and Wei Zhao", related=_TRADE_RELATED,
                     section="Business")),
    _page("https://www.nationalledger.example/economy/2025/stockholm-truce-bessent-he",
          _ledger_site("Another round, another 90 days: Stockholm talks buy time on "
                       "tariffs", _TRADE_LEDGER,
                       standfirst="Negotiators agree to seek an extension, but the last word "
                                  "is Trump&#8217;s",
                       author="Elena Marsh",
                       caption="Delegations arrive at Rosenbad in Stockholm on Monday. "
                               "(Ledger photo)",
                       most_read=("Fed holds rates at 4.25%-4.5% for fifth straight meeting",
                                  "Senate passes crypto bill 68-30",
                                  "Heat wave: 41 million under alerts in the Midwest"))),
    _page("https://www.kvtx7.example/news/business/us-china-tariff-truce-valley-growers",
          _tv_site("US, China seek to extend tariff truce; valley growers wait", _TRADE_TV,
                   posted="July 29, 2025 1:15 PM", credit="The Pacific Wire contributed to "
                   "this report.", video="Valley growers on the China trade talks",
                   trending=("Two hurt in Route 9 crash near Alder Creek",
                             "County fair opens Friday with 12 new rides"))),
    _page("https://yieldandtariff.example/2025/stockholm-round-what-changed/",
          _blog_site("Stockholm round: what actually changed (not much, and that&#8217;s "
                     "the point)", _TRADE_BLOG, tags=("China", "Tariffs", "Trade war"),
                     pull="A truce that keeps getting renewed is starting to look like a "
                          "policy.",
                     comments=23,
                     recent=("Why the 10-year yield shrugged off the June CPI print",
                             "Section 232 on copper: a 50% tariff, explained"))),
], [
    ("duration", r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|300 ?min",
     r"6\.5 ?(hours?|hrs?|h\b)|six and a half|six-and-a-half|390 ?min"),
    ("speaker", r"bessent", r"greer"),
    ("title", r"commerce secretary|secretary of commerce",
     r"trade representative|\bustr\b"),
])


# ======================================================================================
# Story 2 (court): Federal Circuit en banc ruling on emergency tariffs, 29 August 2025.
# ======================================================================================
_COURT_WIRE = [
    "A federal appeals court ruled on Friday that most of the tariffs President Donald "
    "Trump imposed under an emergency-powers law were illegal, but allowed them to stay "
    "in place while the administration takes its case to the Supreme Court.",
    "In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit, sitting with all "
    "11 of its active judges, agreed with a lower trade court that the International "
    "Emergency Economic Powers Act of 1977 does not give the president power to impose "
    "sweeping import taxes.",
    "&#8220;A law that lets the President respond to emergencies is not a blank cheque to "
    "rewrite the tariff schedule,&#8221; the majority wrote in an unsigned opinion.",
    "The court put its ruling on hold until Oct. 14 so the government can seek review by "
    "the justices.",
    "The decision covers the so-called reciprocal tariffs announced in April and separate "
    "duties on goods from China, Canada and Mexico that the White House tied to fentanyl "
    "trafficking. It does not touch tariffs on steel, aluminum and cars imposed under "
    "Section 232 of a 1962 trade law.",
    "White House spokesman Kush Desai said in a statement: &#8220;The tariffs "
    "stay in place, and we fully expect to win this fight at the Supreme "
    "Court.&#8221;",
    "Trump, in a post on his social media platform, called the ruling &#8220;a gift to "
    "our competitors&#8221; and said he would fight it all the way.",
    "The case was brought by five small businesses, led by New York wine importer V.O.S. "
    "Selections, and by 12 states led by Oregon. The Court of International Trade ruled in "
    "their favour on May 28.",
    "The appeals court sent part of the case back to the trade court to decide whether its "
    "order should apply nationwide or only to the plaintiffs. Four judges dissented, "
    "arguing that Congress had delegated the power in broad terms.",
]

_COURT_NPS = [
    "A US appeals court has ruled that many of Donald Trump&#8217;s global tariffs are "
    "unlawful, in a major setback for the president&#8217;s trade policy, although the "
    "levies will remain in force for now.",
    "The Court of Appeals for the Federal Circuit in Washington DC decided by seven votes to "
    "four that the president had overstepped his powers by using an emergency law to "
    "impose them.",
    "The judges delayed the effect of their decision until 14 October, giving the Trump "
    "administration time to appeal to the US Supreme Court.",
    "The White House press secretary, Karoline Leavitt, said: &#8220;The tariffs "
    "stay in place, and we fully expect to win this fight at the Supreme "
    "Court.&#8221;",
    "Mr Trump said on social media that the ruling was &#8220;a gift to our "
    "competitors&#8221; and that he would take the fight to the Supreme Court.",
    "The case centres on the International Emergency Economic Powers Act (IEEPA), a 1977 "
    "law that lets a president respond to an &#8220;unusual and extraordinary "
    "threat&#8221;. Mr Trump declared the US trade deficit to be such a threat when he "
    "announced his &#8220;Liberation Day&#8221; tariffs in April.",
    "<b>What happens to UK exports?</b> Goods from the UK currently face a 10% US tariff "
    "under the deal agreed in May. That levy was imposed under the same emergency law, so "
    "it could eventually be affected. Tariffs on steel and cars rest on a different law "
    "and are not covered by the ruling.",
    "Trade lawyers said the Supreme Court was likely to take the case quickly. &#8220;"
    "This is now a question about the separation of powers, not about trade,&#8221; said "
    "Professor Helen Abara of King&#8217;s College London.",
    "If the tariffs are eventually struck down, importers could seek refunds of duties "
    "already paid, a process that could take years.",
]

_COURT_HERALD = [
    "Importers on the Harbor City waterfront spent Friday evening reading a 127-page court "
    "opinion and trying to work out whether they will get their money back.",
    "The U.S. Court of Appeals for the Federal Circuit ruled 8-3 that President Trump lacked "
    "authority under a 1977 emergency law to impose most of the tariffs he has levied "
    "this year. The tariffs stay in place for now while the administration appeals.",
    "&#8220;We&#8217;ve paid about $2.3 million in extra duties since April,&#8221; said "
    "Lorna Pike, whose company brings kitchenware from Vietnam and Mexico through Terminal "
    "4. &#8220;A ruling is nice. A refund check is nicer.&#8221;",
    "The appeals court left the tariffs in force until Oct. 14 to give the government time "
    "to ask the Supreme Court to hear the case. Legal experts expect the justices to agree.",
    "The plaintiffs include five small businesses and a group of 12 states led by Oregon, "
    "whose attorney general called the decision &#8220;a win for the rule of law and for "
    "every family paying higher prices.&#8221;",
    "Port Director Sam Okonjo said container volumes at Harbor City were down 6% in July "
    "compared with a year earlier, a drop he attributed mostly to tariffs on Chinese goods.",
    "Not every local business cheered. Greg Hollis, who runs a steel fabrication shop on "
    "Dock Road, said he supported the tariffs and hoped the Supreme Court would reverse "
    "the decision. His main input, imported steel, is taxed under a separate law that the "
    "ruling does not affect.",
    "The ruling upheld a May decision by the U.S. Court of International Trade in New York.",
]

_COURT_BLOG = [
    "Friday&#8217;s Federal Circuit opinion in <em>V.O.S. Selections v. Trump</em> is the "
    "biggest legal blow yet to the tariff program. Here is what bond and FX desks need to "
    "know before the long weekend.",
    "<strong>The holding.</strong> The en banc court, 7-4, says IEEPA&#8217;s power to "
    "&#8220;regulate &#8230; importation&#8221; does not include a power to impose tariffs "
    "of unlimited size and duration. That covers the April reciprocal tariffs and the "
    "fentanyl tariffs on Canada, Mexico and China.",
    "<strong>The timing.</strong> Nothing changes yet. The mandate is stayed until "
    "October 17 to allow a petition to the Supreme Court. Expect the Solicitor General to "
    "file well before that, and expect the Court to take it.",
    "<strong>The money.</strong> IEEPA tariffs have been bringing in a large chunk of the "
    "roughly $30 billion a month in customs receipts. If they go, the deficit math "
    "gets worse and Treasury issuance has to rise. That is bearish for the long end, at the "
    "margin.",
    "<strong>What survives.</strong> Section 232 tariffs (steel, aluminum, autos, copper) "
    "and Section 301 tariffs on China are untouched. The administration has already said "
    "it could rebuild parts of the program on those authorities.",
    "<strong>The dissent.</strong> Four judges would have upheld the tariffs, reading the "
    "1977 statute as a broad delegation. If you want to know how the government will argue "
    "at the Supreme Court, read the dissent first.",
    "My take: the market is treating this as a 2026 story, and it probably is. But a "
    "Supreme Court loss would change the negotiating leverage behind every framework deal "
    "signed this summer.",
]

STORY_COURT = _story("court-VC2", "court", "2025-09-02", [
    _page("https://www.pacificwire.example/us/appeals-court-tariffs-ieepa-ruling-90455",
          _wire_site("Appeals court rules most Trump tariffs illegal, leaves them in place "
                     "for now", _COURT_WIRE, dateline="WASHINGTON",
                     published="2025-08-29T23:10:00Z", byline="By Jordan Ames",
                     section="U.S.",
                     related=("Supreme Court to hear birthright citizenship case in "
                              "October", "Judge blocks National Guard deployment in "
                              "Los Angeles"))),
    _page("https://news.nps.example/world/us-tariffs-appeals-court-ruling",
          _nps_site("US appeals court rules Trump tariffs illegal", _COURT_NPS,
                    visible_date="30 August 2025", author="By Ruth Penhale, Business "
                    "reporter",
                    also=("UK economy grew 0.3% in second quarter",
                          "Bank of England cuts rates to 4%"))),
    _page("https://www.harborcityherald.example/business/port-importers-tariff-ruling",
          _herald_site("Port importers cheer tariff ruling, wait for refunds",
                       _COURT_HERALD,
                       deck="Court says emergency tariffs were illegal; the duties stay "
                            "for now",
                       author="Nina Castell",
                       read_more=(3, "Terminal 4 expansion vote delayed to October"),
                       pinned=("Council approves $412 million budget",
                               "Crab season opening pushed back a week"))),
    _page("https://yieldandtariff.example/2025/federal-circuit-ieepa-what-it-means/",
          _blog_site("Federal Circuit kills IEEPA tariffs (for now): a desk note",
                     _COURT_BLOG, tags=("Tariffs", "Courts", "Treasuries"), comments=41,
                     recent=("Stockholm round: what actually changed",
                             "August payrolls preview: watch the revisions"))),
], [
    ("majority", r"(?<![\d.])7(?![\d.])|seven", r"(?<![\d.])8(?![\d.])|eight"),
    ("date", r"oct(ober|\.)? ?14|14 oct|2025-10-14", r"oct(ober|\.)? ?17|17 oct|2025-10-17"),
    ("speaker", r"desai", r"leavitt"),
])


# ======================================================================================
# Story 3 (central bank, CONTROL): Federal Reserve decision of 17 September 2025.
# No planted disagreement; traps only (bp vs points, zones, names, updates).
# ======================================================================================
_FED_LIVE = [
    ("4:12 p.m. ET", [
        "<b>Stocks end mixed after a choppy afternoon.</b> The Dow finished up 0.6%, while "
        "the S&amp;P 500 slipped 0.1% and the Nasdaq fell 0.3%. The two-year Treasury yield, "
        "which tracks rate expectations, ended near 3.55%.",
        "That&#8217;s it from the markets desk today. Thanks for following along.",
    ]),
    ("2:48 p.m. ET", [
        "Powell is asked whether the Fed cut because of political pressure. &#8220;Politics "
        "plays no part in what we decide,&#8221; he says, adding that "
        "the decision rested on a weaker labor market.",
    ]),
    ("2:36 p.m. ET", [
        "<b>Powell: this is a &#8216;risk management cut&#8217;.</b> The chair says "
        "the risks to jobs have grown. &#8220;Every road in front of us carries some "
        "risk,&#8221; he tells reporters. Unemployment rose to 4.3% in August.",
    ]),
    ("2:20 p.m. ET", [
        "<b>What changed in the statement.</b> The committee now notes that hiring has "
        "cooled and that unemployment has risen a little, though it is still low. It "
        "also says inflation has picked up and is still above target.",
    ]),
    ("2:09 p.m. ET", [
        "<b>The dots.</b> The median official now sees two more quarter-point cuts before "
        "the end of the year, which would leave the federal funds rate at 3.50%-3.75%. Only "
        "one cut is penciled in for 2026.",
    ]),
    ("2:03 p.m. ET", [
        "<b>One dissent.</b> The vote was 11-1. Stephen Miran, the newest governor, "
        "dissented in favour of a larger, half-point cut. Governors Michelle Bowman and "
        "Christopher Waller, who both dissented in July, voted with the majority this "
        "time.",
    ]),
    ("2:00 p.m. ET", [
        "<b>BREAKING: The Fed cuts rates by a quarter point.</b> The Federal Open Market "
        "Committee lowers its target for the federal funds rate to a range of 4.00% to "
        "4.25%. It is the first cut since December.",
    ]),
    ("1:48 p.m. ET", [
        "What we are watching: the size of the cut, how many officials dissent, and where "
        "the new projections put rates at the end of this year and next.",
    ]),
    ("1:31 p.m. ET", [
        "Good afternoon and welcome to our live coverage of the Federal Reserve&#8217;s "
        "September decision, due at 2 p.m. Futures markets put the odds of a quarter-point "
        "cut above 90%. The current range is 4.25% to 4.50%.",
    ]),
]

_FED_WIRE = [
    "The Federal Reserve cut interest rates on Wednesday for the first time since December, "
    "lowering borrowing costs by a quarter of a percentage point as a slowdown in hiring "
    "outweighed its worries about inflation.",
    "The Fed&#8217;s policy-setting committee voted 11-1 to lower its benchmark rate to a "
    "range of 4.00%-4.25%. The decision was released at 2 p.m. EDT (1800 GMT).",
    "Governor Stephen Miran, whom President Donald Trump appointed to the board this "
    "month, was the lone dissenter, preferring a 50-basis-point reduction.",
    "New projections showed that the median policymaker expects two more quarter-point "
    "reductions before the end of 2025, one more than officials projected in June.",
    "In its statement, the Fed said hiring had cooled and unemployment had risen a little "
    "while staying low, and noted that inflation had picked up and was still above "
    "its goal.",
    "Fed Chair Jerome Powell described the move as a &#8220;risk management cut&#8221; in "
    "a press conference after the decision, saying the labor market was no longer "
    "&#8220;very solid&#8221;.",
    "The unemployment rate rose to 4.3% in August, the highest in nearly four years, and "
    "payroll growth has averaged fewer than 30,000 jobs a month over the summer.",
    "Markets had fully priced in a quarter-point move. U.S. stocks swung between gains "
    "and losses after the announcement, and the dollar briefly fell before recovering.",
    "Powell said policymakers would take their decisions &#8220;meeting by meeting&#8221; "
    "and were not on a preset course.",
    "Trump has pressed the Fed for months to cut rates sharply and has attacked Powell by "
    "name. The president has also sought to remove Governor Lisa Cook, who took part in "
    "this week&#8217;s meeting after a court blocked her dismissal.",
    "The Fed&#8217;s next policy meeting is scheduled for Oct. 28-29.",
]

_FED_NPS = [
    "The US central bank has cut interest rates for the first time this year, citing "
    "growing concerns about the American jobs market.",
    "The Federal Reserve lowered its key rate by 0.25 percentage points, to between 4% and "
    "4.25%. The announcement came at 19:00 BST.",
    "Eleven of the 12 members of the Federal Open Market Committee backed the move. The "
    "exception was Stephen Miran, a Trump adviser who joined the Fed&#8217;s board days "
    "earlier and wanted a cut twice as large.",
    "The Fed also signalled that it expects to cut rates twice more before the end of the "
    "year.",
    "Fed chair Jerome Powell said the bank was acting because the risks to jobs had "
    "grown. He acknowledged that President Trump&#8217;s tariffs "
    "had pushed up prices of some goods, but said the effect was expected to be "
    "short-lived.",
    "The decision comes a day before the Bank of England announces its own rates "
    "decision. The Bank is widely expected to hold UK rates at 4%.",
    "<b>What does it mean for the UK?</b> Lower US rates tend to weaken the dollar. The "
    "pound rose to its highest level against the dollar since early July before the Fed "
    "announcement, then gave up some of those gains.",
    "Economists said the Fed faced an unusual combination of a cooling jobs market and "
    "inflation that remains above its 2% target. &#8220;They&#8217;re trying to steer "
    "between two rocks,&#8221; said Maya Lindqvist of the consultancy Northfield "
    "Economics.",
    "Mr Trump has repeatedly demanded much deeper cuts. The Fed&#8217;s next decision is "
    "due at the end of October.",
]

_FED_BLOG = [
    "25 bps, as telegraphed. Fed funds now 4.00-4.25%. Quick notes while the press "
    "conference is still fresh.",
    "<strong>The vote:</strong> 11-1. Miran dissented for 50 bps. No dissent from Bowman "
    "or Waller, which matters more than the Miran dissent does: the July hawk-dove split "
    "closed.",
    "<strong>The dots:</strong> median 2025 dot at 3.625% (midpoint), i.e. 50 bps more "
    "this year across the October and December meetings. The 2026 median implies just one "
    "more cut. The spread of dots is wide; one participant penciled in an end-2025 rate "
    "well below the median, and you can guess whose dot that was.",
    "<strong>The framing:</strong> Powell called it a &#8220;risk management&#8221; cut. "
    "Translation: the labor market is weak enough to act on, but not weak enough to panic "
    "over. August payrolls were soft and unemployment ticked up to 4.3%.",
    "<strong>Inflation:</strong> the statement still describes inflation as above "
    "target and a bit sticky. Core PCE projections for 2025 were nudged up. The "
    "committee is cutting into above-target inflation, which is not a comfortable place "
    "to be.",
    "<strong>The statement:</strong> the new line doing the heavy lifting says the risks "
    "to jobs have tilted to the downside. That is the committee telling "
    "you which side of the mandate it is now worried about.",
    "<strong>Politics:</strong> Powell was asked about the White House three different "
    "ways and gave the same answer each time. Expect that to continue until his term as "
    "chair ends.",
    "<strong>Market read:</strong> front end rallied, then sold off during the presser. "
    "Curve steepened a touch. Dollar bounced after an initial dip.",
    "This was the first cut since December 2024. Next meeting: October 28-29. I&#8217;ll "
    "have the full dot-plot breakdown in the Sunday note.",
]

STORY_FED = _story("cb-VC3", "central bank", "2025-09-26", [
    _page("https://www.nationalledger.example/markets/live/fed-decision-september-2025",
          _ledger_site("Live: Fed cuts rates by a quarter point; Powell calls it a "
                       "&#8216;risk management&#8217; move", live=_FED_LIVE,
                       standfirst="Follow the decision and Jerome Powell&#8217;s press "
                                  "conference with our markets desk",
                       author="Ledger Markets Desk", date_iso="2025-09-17T17:31:00Z",
                       visible_date="Wednesday, September 17, 2025",
                       most_read=("Bank of Canada cuts to 2.5%, first move since March",
                                  "Mortgage rates fall to 6.35%, lowest in a year",
                                  "ECB holds deposit rate at 2%"))),
    _page("https://www.pacificwire.example/markets/fed-cuts-rates-first-time-since-december",
          _wire_site("Fed cuts rates by quarter point, signals two more cuts this year",
                     _FED_WIRE, dateline="WASHINGTON", published="2025-09-17T18:22:00Z",
                     updated="Sept. 17, 2025 20:05 GMT", byline="By Howard Kim",
                     section="Markets",
                     related=("Bank of England expected to hold at 4% on Thursday",
                              "Bank of Japan keeps rates at 0.5%"))),
    _page("https://news.nps.example/business/us-interest-rates-cut-september",
          _nps_site("US cuts interest rates for first time this year", _FED_NPS,
                    summary="The Federal Reserve lowers rates by a quarter point amid "
                            "jobs worries",
                    caption="Fed chair Jerome Powell speaking to reporters in Washington. "
                            "Getty Images",
                    also=("UK inflation holds at 3.8%", "Pound rises ahead of Bank of "
                          "England decision"))),
    _page("https://yieldandtariff.example/2025/fomc-september-quick-take/",
          _blog_site("FOMC September: quick take on the cut, the dots and the dissent",
                     _FED_BLOG, tags=("Fed", "FOMC", "Rates"), comments=57,
                     recent=("Bank of Canada: 25 bps to 2.50%",
                             "Federal Circuit kills IEEPA tariffs (for now)"))),
], [])


# ======================================================================================
# Story 4 (rocket): third test flight of Norvik Space's methane-fuelled Skua rocket from
# Andøya, Wednesday 18 March 2026 (Norway on CET, UTC+1).
# ======================================================================================
_SKUA_LIVE = [
    ("09:20", "&#8216;She flew all the way&#8217;", [
        "At a news conference in Andenes, Norvik&#8217;s chief executive Ingrid Solberg "
        "could not stop smiling. &#8220;Third time, and she flew all the way,&#8221; she "
        "said. &#8220;Two years ago people told us a Norwegian orbital rocket was a "
        "hobby. Now it is a fact.&#8221;",
        "She said the company hoped to fly its first paying customers before the end of "
        "the year, but would not commit to a date.",
    ]),
    ("06:35", "Satellites released", [
        "Norvik says both small test satellites carried on the flight have separated from "
        "the upper stage. Ground stations in Svalbard have picked up signals from one of "
        "them so far.",
    ]),
    ("05:58", "Orbit confirmed", [
        "The company confirms that the upper stage has reached orbit, at an altitude of "
        "about 520 kilometres (320 miles). That makes Skua the first rocket built by a "
        "Norwegian company to get there.",
    ]),
    ("05:24", "", [
        "Upper stage engine cut-off, about nine minutes into the flight. Mission control "
        "in Andenes erupts in applause, though the team is still waiting for tracking data "
        "before it declares success.",
    ]),
    ("05:17", "", [
        "Stage separation confirmed roughly two minutes and 40 seconds after liftoff, and "
        "the single engine on the upper stage has ignited. This is further than the first "
        "flight got, and matches the second.",
    ]),
    ("05:14", "LIFTOFF", [
        "Skua is away from Andøya Spaceport at 06:14 local time. Its nine Fjell engines, "
        "burning liquid methane and liquid oxygen, push the 28-metre rocket through a thin "
        "layer of cloud within seconds.",
    ]),
    ("04:48", "", [
        "The winds aloft have eased and the countdown has resumed. New target for liftoff: "
        "05:14 GMT.",
    ]),
    ("04:25", "Hold for winds", [
        "The launch window opens at 04:30 GMT (05:30 in Norway) but Norvik has called a "
        "hold because of strong upper-level winds. The window runs for three hours.",
    ]),
    ("04:10", "Welcome", [
        "Good morning. We are following the third test flight of Skua, a two-stage rocket "
        "built by the Norwegian start-up Norvik Space, from Andøya in the far north of "
        "Norway. All times on this page are GMT.",
        "The first flight, in June last year, ended 31 seconds after liftoff when the "
        "rocket lost control and fell into the sea. The second, in November, reached space "
        "but its upper stage shut down early and it did not reach orbit.",
    ]),
]

_SKUA_ORBITAL = [
    "Norvik Space put its Skua rocket into orbit on Wednesday, on the third attempt, "
    "giving Europe&#8217;s crowded field of launch start-ups its newest orbital vehicle.",
    "Skua lifted off from Andøya Spaceport on the Norwegian island of Andøya at 06:14 CET "
    "(05:14 UTC), after a hold for high-altitude winds, and the upper stage reached a "
    "roughly 520 km orbit about nine minutes later, according to the company.",
    "The rocket&#8217;s first stage is powered by nine Fjell engines that burn liquid "
    "methane and liquid oxygen, the same propellant pairing used by several newer American "
    "and Chinese vehicles. The upper stage carries a single vacuum version of the engine.",
    "&#8220;Every system did what it was designed to do,&#8221; said Ingrid Solberg, "
    "Norvik&#8217;s chief technology officer, in a statement. &#8220;That sounds simple. "
    "It took us two failures and six years to be able to say it.&#8221;",
    "The first Skua flight in June 2025 lost control and was terminated after 31 seconds. "
    "In November, the second flight cleared the edge of space before the upper-stage "
    "engine shut down early, leaving the vehicle short of orbital velocity.",
    "Skua stands 28 meters tall and is designed to place up to 1,000 kg into low Earth "
    "orbit. Norvik has said a production version will fly with a reusable first stage "
    "later in the decade.",
    "The company is one of the firms shortlisted in the European Space Agency&#8217;s "
    "launcher challenge, which will hand out contracts to fly institutional payloads from "
    "2027. Wednesday&#8217;s success strengthens its hand.",
    "Two small test satellites rode on the flight. Norvik said both were deployed and "
    "that it would share more data from the flight in the coming weeks.",
]

_SKUA_WIRE = [
    "A methane-fuelled rocket built by Norwegian start-up Norvik Space reached orbit on "
    "Wednesday on its third test flight, becoming the first Norwegian-built rocket to do "
    "so.",
    "The two-stage Skua lifted off from the Andøya Spaceport at 6:14 a.m. local time "
    "(0514 GMT) after a 44-minute hold for high-altitude winds, carrying two small test "
    "satellites.",
    "The rocket&#8217;s first stage is powered by seven Fjell engines burning liquid methane "
    "and liquid oxygen.",
    "&#8220;Third time, and she flew all the way,&#8221; chief executive Ingrid Solberg told "
    "reporters in Andenes, the village nearest the launch site. She said the company aimed "
    "to fly paying customers later this year.",
    "The company said the upper stage reached an orbit of about 520 kilometres roughly "
    "nine minutes after liftoff, and that both satellites were later released.",
    "The 28-metre rocket is the first orbital launcher developed in Norway, a country "
    "better known for oil, gas and fish than for spaceflight. Andøya has launched "
    "suborbital research rockets since the 1960s.",
    "Norvik&#8217;s first attempt in June last year ended half a minute after liftoff, "
    "and its second in November failed to reach orbit after the upper-stage engine shut "
    "down early.",
    "Norway&#8217;s minister of trade and industry called the launch &#8220;a proud day for "
    "Norwegian industry&#8221; and said the government would continue to support the "
    "spaceport, which is partly state-owned.",
    "Norvik has raised about 1.9 billion Norwegian crowns ($180 million) from investors, "
    "according to company filings. It competes with companies in Germany, Spain, Britain "
    "and France racing to give Europe cheaper, more flexible access to space.",
]

_SKUA_GLOBE = [
    "A small Norwegian company has put a rocket into orbit for the first time, a "
    "milestone for Europe&#8217;s push to build its own commercial launch industry.",
    "Norvik Space&#8217;s Skua rocket lifted off at 04:14 GMT from Andøya, an island "
    "inside the Arctic Circle, and its upper stage reached orbit minutes later.",
    "The 28-metre vehicle runs on liquid methane and liquid oxygen. Its nine first-stage "
    "engines are built in-house at the company&#8217;s factory outside Trondheim.",
    "The launch was the company&#8217;s third attempt. The first, in June 2025, ended in "
    "a fireball over the sea, while the second reached space in November but fell short "
    "of orbit.",
    "Norvik, founded in 2020, said both small test satellites carried on the flight had "
    "been released from the upper stage.",
    "Chief executive Ingrid Solberg said engineers would &#8220;study every byte of "
    "data&#8221; before the next flight.",
    "Europe has struggled to replace its workhorse rockets. The Ariane 6 flew for the "
    "first time in 2024 after years of delay, and the continent relied on SpaceX to "
    "launch some of its Galileo navigation satellites.",
    "Several European start-ups are chasing the same goal. Germany&#8217;s Isar Aerospace "
    "and Rocket Factory Augsburg, Spain&#8217;s PLD Space and Britain&#8217;s Orbex are all "
    "developing small launchers, and the European Space Agency has promised to buy "
    "rides from the most successful.",
    "Andøya, which once launched only small research rockets, was converted into an "
    "orbital spaceport with funding from the Norwegian state and private investors.",
    "Residents of Andenes gathered on the harbour wall to watch the launch. &#8220;The "
    "whole house shook,&#8221; said Eirik Nilsen, a fisherman. &#8220;My daughter cried, "
    "then she asked when the next one is.&#8221;",
]

STORY_SKUA = _story("rocket-VC4", "rocket", "2026-03-27", [
    _page("https://news.nps.example/science/live/norvik-skua-third-launch",
          _nps_site("Live: Norwegian rocket Skua reaches orbit on third attempt",
                    live=_SKUA_LIVE,
                    summary="Norvik Space&#8217;s Skua reaches orbit from Andøya on its "
                            "third test flight",
                    also=("Blue Origin delays next New Glenn flight to April",
                          "Northern lights forecast: strongest display in 20 years?"))),
    _page("https://www.orbitaltimes.example/launches/skua-flight-3-reaches-orbit",
          _orbital_site("Third time: Norvik&#8217;s Skua reaches orbit from Andøya",
                        _SKUA_ORBITAL,
                        subtitle="The methane rocket becomes Europe&#8217;s newest orbital "
                                 "launcher",
                        author="By Lars Halvorsen", date_iso="2026-03-18T07:30:00Z",
                        facts=(("Vehicle", "Skua (flight 3)"),
                               ("Launch site", "Andøya Spaceport, Norway"),
                               ("Liftoff", "05:14 UTC, 18 March 2026"),
                               ("Orbit", "approx. 520 km"),
                               ("Payload", "2 test satellites")),
                        latest=("RFA One static fire: all nine engines fire for 30 "
                                "seconds", "Electron launches 80th mission from "
                                "New Zealand"))),
    _page("https://www.pacificwire.example/science/norway-rocket-skua-orbit-33017",
          _wire_site("Norwegian start-up Norvik puts methane rocket into orbit on third "
                     "try", _SKUA_WIRE, dateline="ANDENES, Norway",
                     published="2026-03-18T08:05:00Z", byline="By Sigrid Aas",
                     section="Science",
                     related=("Isar Aerospace sets date for second Spectrum flight",
                              "ESA ministers approve record budget"))),
    _page("https://www.globedispatch.example/europe/norway-rocket-orbit-norvik",
          _globe_site("Norwegian rocket reaches orbit in boost for Europe&#8217;s space "
                      "ambitions", _SKUA_GLOBE, region="Europe",
                      key_points=("Skua is the first Norwegian-built rocket to reach orbit",
                                  "Earlier flights in 2025 failed"),
                      read_more="Why Europe is racing to build its own rockets",
                      caption="Skua climbs away from Andøya. Courtesy Norvik Space",
                      trending=("Iceland volcano erupts for the 12th time since 2023",
                                "Paris metro strike: lines 1 to 4 disrupted"))),
], [
    ("clock", r"(?<!\d)0?6[:.h]?14(?!\d)|(?<!\d)0?5[:.h]?14(?!\d)",
     r"(?<!\d)0?4[:.h]?14(?!\d)"),
    ("engines", r"(?<![\d.])9(?![\d.])|nine", r"(?<![\d.])7(?![\d.])|seven"),
    ("title", r"chief executive|\bceo\b",
     r"chief technology officer|\bcto\b|technology chief"),
])


# ======================================================================================
# Story 5 (earthquake): M6.8 quake on Peru's southern coast, Thursday 13 November 2025,
# 04:32 local time (UTC-5). Toll revised over the day; page times make the order plain.
# ======================================================================================
_QUAKE_LIVE = [
    ("17:30 Lima", [
        "<b>Toll rises to nine.</b> The civil defence institute now says nine people have "
        "died and 112 have been injured. The government has declared a 60-day state of "
        "emergency in the worst-hit districts of the Arequipa region.",
    ]),
    ("13:05 Lima", [
        "Landslides have cut the Pan-American Highway in several places between Chala and "
        "Atico, leaving hundreds of lorries stranded. Army engineers are on their way.",
    ]),
    ("11:40 Lima", [
        "<b>Six dead, 48 injured.</b> Officials have raised the toll. Most of the victims "
        "were in adobe homes that collapsed while families slept.",
        "In Chala, the bell tower of the main church has partly fallen into the square.",
    ]),
    ("09:30 Lima", [
        "Images shared by residents show cracked walls and fallen adobe in Chala and "
        "nearby villages. The regional government has closed schools across the Arequipa "
        "region for the day.",
        "The shaking was felt strongly in Arequipa city, Peru&#8217;s second-largest, "
        "where people ran into the streets in the dark.",
    ]),
    ("07:15 Lima", [
        "Defence Minister Jorge Cárdenas tells local radio that two people have been "
        "confirmed dead and that teams are still trying to reach villages in the hills "
        "above the coast. &#8220;Communications are down in several places, so we expect "
        "these numbers to change,&#8221; he says.",
    ]),
    ("05:40 Lima", [
        "Peru&#8217;s navy says there is no tsunami threat to the coast.",
    ]),
    ("05:05 Lima", [
        "A strong earthquake has struck southern Peru. The US Geological Survey puts the "
        "magnitude at 6.8, with the epicentre near the coastal town of Chala in the "
        "Arequipa region, at a depth of 40 km.",
        "It struck at 04:32 local time (09:32 GMT). Residents of Arequipa city and Ica "
        "reported strong shaking.",
    ]),
]

_QUAKE_WIRE = [
    "A magnitude 6.8 earthquake struck southern Peru early on Thursday, killing at least "
    "11 people, injuring about 140 and destroying homes in towns along the Pacific coast, "
    "officials said.",
    "The quake hit at 4:32 a.m. (0932 GMT) at a depth of 40 km (25 miles), with its "
    "epicentre about 20 km from the town of Acarí in the Arequipa region, according to the "
    "U.S. Geological Survey.",
    "&#8220;Our teams have reached every district now, and we are focused on shelter and "
    "water,&#8221; Jorge Cárdenas, head of the National Civil Defence Institute (INDECI), "
    "said on Thursday evening.",
    "Most of the dead were killed when adobe houses collapsed. Landslides blocked the "
    "Pan-American Highway, the main road linking Lima with the south.",
    "In the coastal town of Chala, part of the church bell tower fell into the main "
    "square, and residents spent the day outdoors. Schools across the region were closed.",
    "The quake was also felt in Arequipa city, Peru&#8217;s second-largest, and in Ica.",
    "The government declared a 60-day state of emergency in the affected districts, "
    "freeing funds for reconstruction and allowing the armed forces to help with relief.",
    "Peru&#8217;s navy ruled out a tsunami. More than 40 aftershocks had been recorded by "
    "Thursday evening, the largest of magnitude 5.1, according to the Geophysical Institute "
    "of Peru.",
    "Television images showed soldiers and volunteers clearing rubble by hand in farming "
    "villages above the coast, where rockfalls had cut many of the dirt roads.",
    "Peru lies on the Pacific &#8220;Ring of Fire&#8221; and is hit by thousands of "
    "tremors each year, most of them too weak to be felt.",
]

_QUAKE_LEDGER = [
    "Rescue teams in southern Peru worked through the night to reach isolated farming "
    "villages after a powerful earthquake early Thursday killed 11 people and left "
    "hundreds of families without homes along the country&#8217;s desert coast.",
    "The magnitude 6.8 quake struck at 4:32 a.m. local time. The U.S. Geological Survey "
    "located the epicenter near Chala, a fishing town of about 12,000 people roughly 600 km "
    "(370 miles) southeast of Lima, at a depth of 60 km (37 miles).",
    "Jorge Cárdenas, who heads Peru&#8217;s civil defense institute, INDECI, said 140 "
    "people were injured and more than 300 homes were destroyed or left uninhabitable. "
    "&#8220;The adobe houses simply folded,&#8221; he said.",
    "In Chala, the bell tower of the town&#8217;s church partly collapsed into the plaza, and "
    "residents slept outdoors for fear of aftershocks. Landslides cut the Pan-American "
    "Highway, stranding trucks carrying food and fuel.",
    "The government declared a state of emergency for 60 days in the affected districts. "
    "Peru&#8217;s navy ruled out a tsunami shortly after the quake, and schools in the "
    "region stayed closed on Thursday.",
    "&#8220;We heard a roar before anything moved,&#8221; said Rosa Huamaní, 54, who runs "
    "a small grocery near the harbor. &#8220;Then the shelves came down on top of me.&#8221;",
    "Peru sits where the Nazca plate dives beneath South America, one of the most active "
    "seismic zones on Earth. In 2007, a magnitude 8.0 earthquake centered near Pisco, "
    "farther north, killed more than 500 people.",
    "Engineers have long warned that adobe construction, still common in rural Peru, is "
    "deadly in strong quakes. A government program to retrofit homes has reached only a "
    "fraction of them.",
]

_QUAKE_TV = [
    "LIMA, Peru (Pacific Wire) &mdash; A magnitude 6.8 earthquake shook southern Peru early "
    "Thursday, killing at least nine people and injuring more than 100, officials said.",
    "The quake struck before dawn near the town of Acarí in the Arequipa region, at a depth "
    "of about 25 miles, the U.S. Geological Survey said. Many of the victims were asleep in "
    "adobe homes that collapsed.",
    "The quake hit at 4:32 a.m. local time, which was 1:32 a.m. in California.",
    "Jorge Cárdenas, head of Peru&#8217;s civil defense institute, said rescue teams were "
    "still working to reach villages in the hills above the coast. Landslides blocked parts "
    "of the Pan-American Highway.",
    "Peru&#8217;s navy said there was no tsunami threat. Aftershocks continued to rattle "
    "the region through the day.",
    "The government declared a 60-day state of emergency in the hardest-hit districts.",
    "<strong>Local connection:</strong> The valley is home to about 4,000 people of "
    "Peruvian descent, and several families told KVTX they were still trying to reach "
    "relatives in the south of the country Thursday afternoon.",
    "&#8220;My mother is in Arequipa and she is fine, thank God, but my cousins live near "
    "the coast and the phones are dead,&#8221; said Lucía Mendoza of Alder Creek.",
    "Rescue crews were still searching collapsed homes on Thursday night, Peruvian "
    "officials said. The U.S. Embassy in Lima said it had no reports of American "
    "casualties.",
    "Peru sits on the Pacific &#8220;Ring of Fire,&#8221; where strong earthquakes are "
    "common.",
    "St. Rose of Lima Parish on Mesa Drive is collecting donations for quake victims this "
    "weekend after all Masses.",
]

STORY_QUAKE = _story("quake-VC5", "earthquake", "2025-11-24", [
    _page("https://www.globedispatch.example/americas/live/peru-earthquake-arequipa",
          _globe_site("Peru earthquake live: toll rises after magnitude 6.8 quake hits "
                      "south coast", live=_QUAKE_LIVE, date="13 November 2025",
                      key_points=("Magnitude 6.8 quake near Chala, southern Peru",
                                  "No tsunami threat, navy says",
                                  "All times are Lima time (GMT-5)"),
                      trending=("Mexico City: magnitude 5.6 quake sends residents into "
                                "the streets", "COP30 talks run into overtime in "
                                "Belém"))),
    _page("https://www.pacificwire.example/world/peru-earthquake-arequipa-11-dead-77120",
          _wire_site("Magnitude 6.8 earthquake in southern Peru kills at least 11",
                     _QUAKE_WIRE, dateline="LIMA", published="2025-11-13T14:20:00Z",
                     updated="Nov. 14, 2025 03:10 GMT", byline="By Ana Quispe",
                     related=("Chile: magnitude 6.1 tremor rattles Antofagasta",
                              "Ecuador volcano spews ash over Quito"))),
    _page("https://www.nationalledger.example/world/2025/11/peru-quake-chala-rescue",
          _ledger_site("In Peru&#8217;s quake zone, a race to reach cut-off villages",
                       _QUAKE_LEDGER,
                       standfirst="Adobe homes collapsed as families slept; at least 11 "
                                  "are dead",
                       author="Daniel Ortega Ruiz",
                       visible_date="Friday, November 14, 2025",
                       caption="File photo: the coast road near Chala, Arequipa region.",
                       most_read=("Government shutdown ends after 43 days",
                                  "Powerball jackpot climbs to $1.1 billion"))),
    _page("https://www.kvtx7.example/news/world/peru-earthquake-valley-families",
          _tv_site("Deadly quake in Peru; valley families wait for news", _QUAKE_TV,
                   posted="Nov. 13, 2025 6:05 PM PT",
                   alert="TRAFFIC ALERT: Alder Creek bridge closed to trucks",
                   credit="The Pacific Wire contributed to this report.",
                   trending=("Alder Creek bridge closure extended to December",
                             "High school football: Mesa beats Riverton 28-21"))),
], [
    ("place", r"acar[ií]", r"chala"),
    ("depth", r"(?<![\d.])60 ?(km|kilomet)|(?<![\d.])37 ?mi",
     r"(?<![\d.])40 ?(km|kilomet)|(?<![\d.])25 ?mi"),
    ("title", r"defen[cs]e minister|minister of defen[cs]e",
     r"civil defen[cs]e|indeci"),
])


# ======================================================================================
# Story 6 (election): Harbor City mayoral run-off, Saturday 13 June 2026.
# ======================================================================================
_VOTE_HERALD = [
    "Denise Okafor will be Harbor City&#8217;s next mayor.",
    "The three-term council member beat former deputy mayor Mark Treviño in "
    "Saturday&#8217;s run-off, taking 54.6% of the vote to his 45.4%, according to "
    "unofficial results posted by the county elections office after all 112 precincts "
    "had reported. She received 31,842 votes to Treviño&#8217;s 26,478.",
    "Okafor, 51, who has represented District 3 since 2014, will be the first Black woman "
    "elected mayor in the city&#8217;s 160-year history. She is to be sworn in on July 6, "
    "succeeding Mayor Ron Castellano, who could not run again because of term limits.",
    "&#8220;This city voted for sidewalks, not slogans,&#8221; Okafor told a crowd of "
    "several hundred supporters at the Pier 9 Ballroom. She promised to publish a plan for "
    "the Terminal 4 site within her first 100 days.",
    "Treviño conceded at about 10:45 p.m. &#8220;The voters have spoken, and I called "
    "Denise to congratulate her,&#8221; he told supporters at his Harbor Boulevard "
    "headquarters. &#8220;I&#8217;ll be rooting for her.&#8221;",
    "Turnout was 31.2% of the city&#8217;s 186,900 registered voters, higher than in the "
    "first round but still low by the standards of a mayoral race.",
    "In the May 16 first round, Okafor finished first with 38.1% of the vote and Treviño "
    "second with 27.4%. Council member Paul Whitaker, who came third with 21%, endorsed "
    "Okafor a week later.",
    "The race was the most expensive in city history. Treviño and groups supporting him "
    "spent about $1.4 million, campaign finance reports show, against roughly $900,000 "
    "for Okafor.",
    "The county is expected to certify the results on June 23.",
]

_VOTE_TV = [
    "<b>UPDATED 11:50 p.m.</b> &mdash; All 112 precincts are in. Denise Okafor wins the "
    "Harbor City mayoral run-off with 31,842 votes (54.6%) to 26,478 (45.4%) for Mark "
    "Treviño. Turnout: just over 31% of registered voters.",
    "<b>10:45 p.m.</b> &mdash; Treviño concedes. The former city manager tells supporters "
    "at his campaign office on Harbor Boulevard that he called Okafor to congratulate "
    "her. &#8220;The voters have spoken,&#8221; he said.",
    "<b>10:20 p.m.</b> &mdash; At the Pier 9 Ballroom, Okafor&#8217;s supporters have "
    "started chanting &#8220;Madam Mayor.&#8221; Okafor has not come out yet.",
    "<b>9:55 p.m.</b> &mdash; Treviño&#8217;s campaign manager, Alicia Porter, tells KVTX "
    "they are &#8220;waiting for every vote&#8221; before saying anything. The mood at "
    "his Harbor Boulevard office is quiet.",
    "<b>9:20 p.m.</b> &mdash; With 71% of precincts reporting, Okafor leads with 54.1% to "
    "Treviño&#8217;s 45.9%.",
    "<b>8:30 p.m.</b> &mdash; Poll workers at the Eastside branch library say the "
    "afternoon was steady but never busy. Some voters told us they only learned there "
    "was a run-off from a neighbor.",
    "<b>8:05 p.m.</b> &mdash; First numbers are in, and they are early mail ballots only: "
    "Okafor 55.8%, Treviño 44.2%. Polls closed at 8 p.m.",
    "<b>Background:</b> Okafor, the District 3 council member, finished first in the May "
    "first round but fell short of the 50% needed to win outright. The winner replaces "
    "term-limited Mayor Ron Castellano.",
    "<b>How we got here:</b> Harbor City holds a run-off when no candidate wins a majority "
    "in the first round. It is the third mayoral run-off in the city in 20 years.",
    "Later, Okafor told the crowd: &#8220;Tonight Harbor City voted for sidewalks over "
    "slogans.&#8221; KVTX 7&#8217;s Maria Delgado was in the ballroom.",
]

_VOTE_WIRE = [
    "City council member Denise Okafor won the mayoral run-off in Harbor City on Saturday, "
    "defeating former deputy mayor Mark Treviño by more than 5,000 votes and becoming the "
    "first Black woman to lead the port city.",
    "Okafor took 54.6% of the vote to Treviño&#8217;s 45.4%, with all precincts "
    "reporting. Turnout was about 36%.",
    "&#8220;This city voted for sidewalks, not slogans,&#8221; Okafor told supporters at a "
    "waterfront ballroom, summing up a campaign built around road repairs, bus service and "
    "housing rather than the crime-focused message of her opponent.",
    "The race drew attention beyond the city because Treviño was endorsed by the "
    "state&#8217;s governor, while Okafor had the backing of labor unions and the outgoing "
    "mayor, Ron Castellano, who was barred by term limits from seeking re-election.",
    "She received 31,842 votes to Treviño&#8217;s 26,478, according to unofficial results "
    "from the county elections office. The county is due to certify the results later "
    "this month.",
    "Treviño conceded late on Saturday, telling supporters he had called Okafor to "
    "congratulate her.",
    "Okafor, 51, has sat on the city council since 2014. Treviño had promised to hire "
    "more police officers and to sell the city-owned Terminal 4 site to a developer, a "
    "plan Okafor opposed.",
    "Okafor led the first round in May but fell short of a majority, forcing the run-off. "
    "Polls closed at 8 p.m. on Saturday, and early mail ballots showed her ahead from the "
    "start.",
    "Castellano congratulated Okafor in a statement, calling her &#8220;ready on day "
    "one&#8221;.",
    "She takes office next month, inheriting a budget shortfall and a long-running dispute "
    "with the port authority over waterfront land.",
]

STORY_VOTE = _story("vote-VC6", "election", "2026-06-16", [
    _page("https://www.harborcityherald.example/politics/okafor-wins-mayor-runoff",
          _herald_site("Okafor wins mayor&#8217;s race, beating Treviño in run-off",
                       _VOTE_HERALD,
                       deck="Council member takes 54.6%; first Black woman elected mayor",
                       author="Nina Castell and Theo Brandt",
                       caption="Denise Okafor celebrates with supporters at the Pier 9 "
                               "Ballroom on Saturday night. (Herald photo)",
                       read_more=(6, "How the run-off works: why nobody won in May"),
                       pinned=("Council approves $412 million budget",
                               "Harbor High graduates 611 seniors",
                               "Ferry fares to rise 25 cents in August"))),
    _page("https://www.kvtx7.example/news/politics/election-night-mayor-runoff-live",
          _tv_site("ELECTION NIGHT: Okafor wins Harbor City mayor run-off", _VOTE_TV,
                   posted="June 13, 2026 8:05 PM", updated="June 14, 2026 12:02 AM",
                   video="Okafor&#8217;s victory speech",
                   alert="ELECTION RESULTS: Live updates all night on KVTX 7",
                   trending=("Valley school board race: recount requested",
                             "Fireworks ban in effect for unincorporated areas"))),
    _page("https://www.pacificwire.example/us/harbor-city-mayor-runoff-okafor-50231",
          _wire_site("Okafor elected Harbor City mayor in run-off", _VOTE_WIRE,
                     dateline="HARBOR CITY", published="2026-06-14T07:40:00Z",
                     byline="By Pacific Wire staff", section="U.S.",
                     related=("Five things to watch in Tuesday&#8217;s primaries",
                              "Turnout hits 60-year low in state legislative special "
                              "election"))),
], [
    ("turnout", r"(?<![\d.])36(\.\d+)? ?(%|percent|per cent|pct)",
     r"(?<![\d.])31(\.\d+)? ?(%|percent|per cent|pct)"),
    ("title", r"city manager", r"deputy mayor"),
])


STORIES: list[dict[str, Any]] = [
    STORY_TRADE,
    STORY_COURT,
    STORY_FED,
    STORY_SKUA,
    STORY_QUAKE,
    STORY_VOTE,
]
