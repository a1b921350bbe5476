"""Part WB of the story battery (web pages).

Written by engineer WB1 on 2026-12-06 (fifteenth session, fifth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WB`.

Six stories (two trade, two central bank, two court), each told by three or four invented
outlets whose whole HTML pages (navigation, banners, ads, related boxes, footers) are built by
one hand-written template per outlet.  One story (cb-WB2) is a control with no planted
disagreement.
"""
from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<li{c}>{x}</li>" for x in items)


def _links(items: list[str], prefix: str) -> str:
    out = []
    for i, x in enumerate(items):
        slug = "".join(ch if ch.isalnum() else "-" for ch in x.lower())[:48].strip("-")
        out.append(f'<li><a href="{prefix}{slug}-{3100 + 17 * i}">{x}</a></li>')
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service.  <article>, <h1>, dateline, JSON-LD date (optional),
# "Updated" line, "More from Pacific Wire" box.
# --------------------------------------------------------------------------------------------
def _wire_site(headline: str, paras: list[str], dateline: str, byline: str,
               published: str | None = None, updated: str | None = None,
               more: list[str] | None = None, section: str = "World") -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": headline, "datePublished": published,
                            "publisher": {"@type": "Organization", "name": "Pacific Wire"}})
              + "</script>")
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            p = f"<span class=\"dateline\">{dateline} (Pacific Wire) &mdash;</span> {p}"
        body.append(f"<p>{p}</p>")
    upd = f'<p class="pw-updated">{updated}</p>' if updated else ""
    more_html = _links(more or [], "https://www.pacificwire.example/world/")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{headline} | Pacific Wire</title>"
        '<meta property="og:site_name" content="Pacific Wire">'
        f'<meta property="og:title" content="{headline}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{ld}</head><body>"
        '<a class="skip-link" href="#pw-main">Skip to main content</a>'
        '<header class="pw-header"><div class="pw-logo">PACIFIC WIRE</div>'
        '<nav aria-label="Sections"><ul>'
        + _lis(['<a href="/world">World</a>', '<a href="/business">Business</a>',
                '<a href="/markets">Markets</a>', '<a href="/politics">Politics</a>',
                '<a href="/science">Science</a>', '<a href="/sports">Sports</a>',
                '<a href="/photos">Photos</a>'])
        + '</ul></nav><form class="pw-search"><input type="search" placeholder="Search">'
        "</form></header>"
        f'<main id="pw-main"><div class="pw-crumbs"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{section.lower()}">{section}</a></div>'
        f'<article class="pw-story"><h1 class="pw-headline">{headline}</h1>'
        f'<div class="pw-byline">By {byline}</div>'
        '<div class="pw-share"><button>Share</button><button>Copy link</button>'
        "<button>Print</button></div>"
        f'<div class="pw-body">{"".join(body)}</div>{upd}'
        '<div class="pw-trust">Our Standards: <a href="/principles">The Pacific Wire Trust '
        "Principles</a>.</div></article>"
        '<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>'
        f"{more_html}</ul></aside></main>"
        '<footer class="pw-footer"><p>&copy; 2025 Pacific Wire Cooperative. All rights '
        "reserved. This material may not be published, broadcast, rewritten or redistributed "
        "without permission.</p><p>Pacific Wire, 1400 Harbor Tower, Oakland, California</p>"
        '<ul class="pw-foot-links"><li><a href="/terms">Terms of Use</a></li>'
        '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/contact">Contact Us'
        "</a></li></ul></footer></body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a UK national daily.  Cookie banner, paywall teaser, standfirst,
# photo before the lead, ad slot, "Most read" list, visible date (optional).
# --------------------------------------------------------------------------------------------
def _courier_site(headline: str, standfirst: str, paras: list[str], byline: str,
                  date_line: str | None = None, caption: str | None = None,
                  read_more: tuple[int, str] | None = None,
                  most_read: list[str] | None = None, section: str = "Business") -> str:
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if read_more and i == read_more[0]:
            body.append('<p class="dc-readmore"><strong>Read more:</strong> '
                        f'<a href="/news/related-{i}">{read_more[1]}</a></p>')
        if i == 3:
            body.append('<div class="dc-ad" aria-hidden="true"><span>Advertisement</span>'
                        '<div class="dc-ad-slot" id="mpu-1"></div></div>')
    fig = ""
    if caption:
        fig = ('<figure class="dc-lead-img"><img src="/img/lead.jpg" alt="">'
               f"<figcaption>{caption}</figcaption></figure>")
    date_html = f'<time class="dc-date">{date_line}</time>' if date_line else ""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{headline} | The Daily Courier</title>"
        '<meta property="og:site_name" content="The Daily Courier">'
        f'<meta name="description" content="{standfirst}">'
        "</head><body>"
        '<div id="cookie-consent" class="dc-consent"><p>We use cookies and similar '
        "technologies to personalise content and adverts, and to analyse our traffic. You can "
        'change your choices at any time.</p><button>Accept all</button><button>Manage '
        "preferences</button></div>"
        '<header class="dc-masthead"><a href="/">The Daily Courier</a>'
        '<nav class="dc-nav"><a href="/news">News</a> <a href="/politics">Politics</a> '
        '<a href="/business">Business</a> <a href="/money">Money</a> '
        '<a href="/opinion">Opinion</a> <a href="/sport">Sport</a> '
        '<a href="/culture">Culture</a> <a href="/subscribe" class="dc-sub">Subscribe</a>'
        "</nav></header>"
        f'<div class="dc-section-label">{section}</div>'
        f'<div class="dc-article"><h1>{headline}</h1><p class="dc-standfirst">{standfirst}</p>'
        f'{fig}<div class="dc-meta"><span class="dc-author">{byline}</span>{date_html}</div>'
        '<div class="dc-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> '
        '<a href="#">Email</a> <a href="#">Copy link</a></div>'
        f'<div class="dc-body">{"".join(body)}</div>'
        '<div class="dc-paywall"><p>You have read 3 of your 5 free articles this month.</p>'
        "<p>Subscribe from &pound;1 a week for unlimited access to award-winning "
        'journalism.</p><a href="/subscribe">Subscribe now</a></div></div>'
        '<aside class="dc-mostread"><h3>Most read</h3><ol>'
        + _lis(most_read or []) +
        "</ol></aside>"
        '<footer class="dc-footer"><p>&copy; Courier Media Group Ltd 2025. Registered in '
        "England and Wales No. 0418822. 20 Fleetbridge Street, London EC4.</p>"
        '<p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | '
        '<a href="/cookies">Cookie settings</a> | <a href="/contact">Contact us</a></p>'
        "</footer></body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 3: Straits Ledger, a Singapore business paper.  Nested <div> soup, headline in a
# styled <div>, no date, "Listen", WhatsApp/Telegram share, "You may also like".
# --------------------------------------------------------------------------------------------
def _straits_site(headline: str, paras: list[str], author: str, kicker: str = "Global Markets",
                  also_like: list[str] | None = None, caption: str | None = None) -> str:
    paras_html = "".join(f'<div class="sl-para">{p}</div>' for p in paras)
    cap = ""
    if caption:
        cap = ('<div class="sl-media"><div class="sl-img" style="background:url(/p/1.jpg)">'
               f'</div><div class="sl-cap">{caption}</div></div>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{headline} - The Straits Ledger</title></head><body>"
        '<div class="sl-wrap"><div class="sl-topbar"><div class="sl-brand">The Straits '
        'Ledger</div><div class="sl-menu"><div class="sl-mi"><a href="/singapore">'
        'Singapore</a></div><div class="sl-mi"><a href="/asia">Asia</a></div>'
        '<div class="sl-mi"><a href="/global">Global</a></div><div class="sl-mi">'
        '<a href="/markets">Markets</a></div><div class="sl-mi"><a href="/property">'
        'Property</a></div><div class="sl-mi"><a href="/login">Log in</a></div></div></div>'
        '<div class="sl-grid"><div class="sl-col-main">'
        f'<div class="sl-kicker">{kicker}</div>'
        f'<div class="sl-headline" style="font-size:34px;font-weight:700">{headline}</div>'
        f'<div class="sl-author">{author}</div>'
        '<div class="sl-tools"><div class="sl-listen">&#9654; Listen to this article</div>'
        '<div class="sl-share">Share: <a href="#">WhatsApp</a> <a href="#">Telegram</a> '
        '<a href="#">LinkedIn</a> <a href="#">Copy link</a></div></div>'
        f'{cap}<div class="sl-text">{paras_html}</div>'
        '<div class="sl-gift"><div>Gift this article to a friend. Subscribers can share '
        "up to 10 articles a month.</div></div></div>"
        '<div class="sl-col-side"><div class="sl-box"><div class="sl-box-h">You may also '
        'like</div><div class="sl-box-list">'
        + "".join(f'<div class="sl-box-item"><a href="/x/{i}">{x}</a></div>'
                  for i, x in enumerate(also_like or []))
        + '</div></div><div class="sl-adbox">ADVERTISEMENT</div></div></div>'
        '<div class="sl-foot"><div>The Straits Ledger is published by Ledger Press Holdings, '
        "88 Anson Quay, Singapore 079912.</div><div>Copyright &copy; 2025. All rights "
        "reserved.</div></div></div></body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 4: Margin Call Notes, a WordPress-like finance blog.  entry-content, share widget,
# tags, author bio, comments teaser, sidebar with recent posts.
# --------------------------------------------------------------------------------------------
def _wp_blog(headline: str, paras: list[str], author: str, post_id: int,
             date_iso: str | None = None, date_text: str | None = None,
             tags: list[str] | None = None, recent: list[str] | None = None,
             comments: int = 0) -> str:
    meta_date = ""
    posted = ""
    if date_iso:
        meta_date = f'<meta property="article:published_time" content="{date_iso}">'
    if date_text:
        posted = (f'<span class="posted-on"><time class="entry-date published" '
                  f'datetime="{date_iso or ""}">{date_text}</time></span> ')
    body = "".join(f"<p>{p}</p>" for p in paras)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{t}</a>'
                         for t in (tags or []))
    return (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
        f"<title>{headline} &#8211; Margin Call Notes</title>"
        '<meta property="og:site_name" content="Margin Call Notes">'
        f'<meta property="og:type" content="article">{meta_date}'
        "<link rel='stylesheet' href='/wp-content/themes/ledgerline/style.css'>"
        f'</head><body class="post-template-default single single-post postid-{post_id}">'
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">'
        "Skip to content</a>"
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/" rel="home">Margin Call Notes</a></p>'
        '<p class="site-description">Macro, rates and trade, minus the jargon</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">'
        + _lis(['<a href="/category/macro/">Macro</a>', '<a href="/category/rates/">Rates</a>',
                '<a href="/category/trade/">Trade</a>', '<a href="/about/">About</a>',
                '<a href="/newsletter/">Newsletter</a>'], "menu-item")
        + '</ul></nav></header><div id="content" class="site-content">'
        '<div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
        'format-standard hentry"><header class="entry-header">'
        f'<h1 class="entry-title">{headline}</h1><div class="entry-meta">{posted}'
        f'<span class="byline"> by <span class="author vcard"><a href="/author/">{author}'
        "</a></span></span></div></header>"
        f'<div class="entry-content">{body}'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a class="share-twitter" href="#">Tweet</a></li><li><a class="share-facebook"'
        ' href="#">Facebook</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li>'
        "</ul></div>"
        '<div class="wp-block-group newsletter-box"><p><strong>Get the Sunday Margin '
        "letter</strong> &#8211; one email a week, no spam.</p>"
        '<form><input type="email" placeholder="you@example.com"><button>Subscribe</button>'
        "</form></div></div>"
        f'<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span>'
        "</footer></article>"
        f'<div class="author-info"><h2 class="author-title">About {author}</h2>'
        '<p class="author-bio">Former bond trader turned writer. Writes about central banks, '
        "trade policy and the things markets pretend not to notice.</p></div>"
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} '
        'thoughts on this post</h2><a href="#respond">Leave a comment</a></div>'
        '</main></div><aside id="secondary" class="widget-area">'
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent '
        "Posts</h2><ul>" + _links(recent or [], "https://margincallnotes.example/")
        + "</ul></section>"
        '<section class="widget widget_text"><div class="textwidget">Nothing here is '
        "investment advice.</div></section></aside></div>"
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Margin '
        "Call Notes &middot; Proudly powered by a very tired server</div></footer></div>"
        "</body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 5: Euronord Public Radio (ENPR), a European public broadcaster's English service.
# Headline as a styled <div role="heading">, bold lead, paragraphs separated by <br><br>,
# audio player, language switcher, no date.
# --------------------------------------------------------------------------------------------
def _broadcaster_site(headline: str, lead: str, paras: list[str], topics: list[str],
                      more: list[str] | None = None, credit: str = "ENPR News") -> str:
    text = "<br><br>\n".join(paras)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{headline} | ENPR News</title>"
        '<meta name="author" content="Euronord Public Radio"></head><body>'
        '<div class="enpr-page"><div class="enpr-top"><a href="#content">Skip to content</a>'
        '<span class="enpr-lang"><a href="/de">Deutsch</a> &middot; <a href="/fr">'
        'Fran&ccedil;ais</a> &middot; <a href="/en">English</a> &middot; <a href="/da">'
        'Dansk</a></span><a class="enpr-live" href="/live">Listen live</a></div>'
        '<div class="enpr-nav"><a href="/en/news">News</a> | <a href="/en/europe">Europe</a>'
        ' | <a href="/en/world">World</a> | <a href="/en/economy">Economy</a> | '
        '<a href="/en/climate">Climate</a> | <a href="/en/podcasts">Podcasts</a></div>'
        '<div id="content" class="enpr-story">'
        f'<div class="enpr-title" role="heading" aria-level="1">{headline}</div>'
        '<div class="enpr-audio"><button>&#9658; Play</button> Listen to this story '
        "&middot; 4 min</div>"
        f'<div class="enpr-lead"><b>{lead}</b></div>'
        f'<div class="enpr-text">{text}</div>'
        f'<div class="enpr-credit">{credit}</div>'
        '<div class="enpr-topics">Topics: '
        + " ".join(f'<a class="tag" href="/en/topic/{i}">{t}</a>' for i, t in enumerate(topics))
        + '</div><div class="enpr-sharebar">Share <a href="#">Facebook</a> '
        '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div></div>'
        '<div class="enpr-more"><div class="enpr-more-h">More from ENPR News</div>'
        + "".join(f'<div class="enpr-more-i"><a href="/en/n/{i}">{x}</a></div>'
                  for i, x in enumerate(more or []))
        + '</div><div class="enpr-foot">Euronord Public Radio is funded by the licence fee. '
        "Funkhausallee 4, 20095 Hamburg. &copy; ENPR 2025 &middot; <a href=\"/imprint\">"
        'Imprint</a> &middot; <a href="/privacy">Data protection</a></div></div>'
        "</body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 6: Cedar Valley Gazette, a US regional paper drowning in ads.  Leaderboard, an ad
# after every second paragraph, "Trending" box, newsletter, sponsored links, optional
# relative date.
# --------------------------------------------------------------------------------------------
def _gazette_site(headline: str, paras: list[str], byline: str, when: str | None = None,
                  trending: list[str] | None = None, read_more: tuple[int, str] | None = None,
                  caption: str | None = None, weather: str = "Waterloo 72&deg;F",
                  note: str | None = None) -> str:
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if read_more and i == read_more[0]:
            body.append(f'<p class="inline-rel"><em>READ MORE: <a href="/news/rel-{i}">'
                        f"{read_more[1]}</a></em></p>")
        if i % 2 == 1 and i < len(paras) - 1:
            body.append('<div class="ad-unit ad-inarticle"><small>ADVERTISEMENT</small>'
                        f'<div id="div-gpt-ad-{i}"></div></div>')
    when_html = f'<span class="cvg-when">{when}</span>' if when else ""
    if note:
        body.append(f'<p class="cvg-correction"><em>{note}</em></p>')
    cap = ""
    if caption:
        cap = f'<div class="cvg-photo"><img src="/photos/a.jpg" alt=""><p>{caption}</p></div>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{headline} | Cedar Valley Gazette</title>"
        '<meta property="og:site_name" content="Cedar Valley Gazette"></head><body>'
        '<div class="ad-unit ad-leaderboard"><small>ADVERTISEMENT</small></div>'
        '<div class="cvg-header"><div class="cvg-logo">Cedar Valley Gazette</div>'
        f'<div class="cvg-weather">{weather}</div>'
        '<div class="cvg-nav"><a href="/news">News</a> <a href="/local">Local</a> '
        '<a href="/farm">Farm &amp; Ag</a> <a href="/business">Business</a> '
        '<a href="/sports">Sports</a> <a href="/obituaries">Obituaries</a> '
        '<a href="/eedition">E-Edition</a> <a href="/subscribe">Subscribe $1</a></div></div>'
        f'<div class="cvg-story"><h1 class="cvg-hed">{headline}</h1>'
        f'<div class="cvg-byline">{byline} {when_html}</div>'
        '<div class="cvg-share"><a href="#">Facebook</a> <a href="#">Twitter</a> '
        '<a href="#">Email</a> <a href="#">Print</a></div>'
        f'{cap}<div class="cvg-text">{"".join(body)}</div></div>'
        '<div class="cvg-newsletter"><h4>Get the Morning Report</h4><p>Local news, weather '
        "and markets in your inbox every weekday at 6 a.m.</p>"
        '<input type="email" placeholder="Email address"><button>Sign up</button></div>'
        '<div class="cvg-trending"><h4>Trending Now</h4><ol>' + _lis(trending or [])
        + "</ol></div>"
        '<div class="cvg-sponsored"><h4>Around the Web</h4><ul>'
        "<li>Waterloo homeowners are switching to this roof coating</li>"
        "<li>Doctors stunned by this simple knee trick</li>"
        "<li>Hawkeye Ford: clearance pricing on all trucks</li></ul></div>"
        '<div class="ad-unit ad-footer"><small>ADVERTISEMENT</small></div>'
        '<div class="cvg-footer">Cedar Valley Gazette &middot; 501 Commercial St., Waterloo, '
        "Iowa &middot; &copy; 2025 Cedar Valley Media LLC &middot; "
        '<a href="/terms">Terms of Service</a> &middot; <a href="/privacy">Privacy</a></div>'
        "</body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 7: Tickerhouse Live, a markets live blog.  article:published_time, key-points box,
# timestamped entries newest first.
# --------------------------------------------------------------------------------------------
def _liveblog_site(title: str, published: str, key_points: list[str],
                   entries: list[tuple[str, str]], host_line: str) -> str:
    ent = []
    for stamp, text in entries:
        ent.append(f'<div class="lb-entry"><div class="lb-time"><time>{stamp}</time></div>'
                   f'<div class="lb-body">{text}</div>'
                   '<div class="lb-entry-share"><a href="#">Share this post</a></div></div>')
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} - Tickerhouse Live</title>"
        f'<meta property="article:published_time" content="{published}">'
        '<meta property="og:site_name" content="Tickerhouse"></head><body>'
        '<div class="th-bar"><a href="#lb">Skip to content</a> <span class="th-logo">'
        "TICKERHOUSE</span> <a href=\"/markets\">Markets</a> <a href=\"/fx\">FX</a> "
        '<a href="/rates">Rates</a> <a href="/commodities">Commodities</a> '
        '<a href="/signin">Sign in</a></div>'
        '<div class="th-ticker">FTSE 100 &middot; DAX &middot; Nikkei 225 &middot; '
        "S&amp;P 500 futures &middot; Brent &middot; Gold &middot; EUR/USD</div>"
        f'<div id="lb" class="lb"><h1 class="lb-title">{title}</h1>'
        '<div class="lb-live-badge">LIVE</div>'
        f'<div class="lb-host">{host_line}</div>'
        '<div class="lb-keypoints"><h2>Key points</h2><ul>' + _lis(key_points) + "</ul></div>"
        '<div class="lb-refresh">New posts appear automatically. <button>Pause updates'
        "</button></div>"
        f'<div class="lb-feed">{"".join(ent)}</div>'
        '<div class="lb-older"><button>Load older posts</button></div></div>'
        '<div class="th-foot">Market data delayed by at least 15 minutes. &copy; 2025 '
        'Tickerhouse Media. <a href="/terms">Terms</a> <a href="/cookies">Cookies</a></div>'
        "</body></html>"
    )


# --------------------------------------------------------------------------------------------
# Outlet 8: KSNQ 9, a local TV station in Tacoma.  Watch-live ribbon, weather widget, video
# placeholder with caption, "Related Articles", app promo, FCC footer.
# --------------------------------------------------------------------------------------------
def _tv_site(headline: str, paras: list[str], author: str, video_caption: str,
             related: list[str], published: str | None = None) -> str:
    pub = f'<div class="k9-date">Published: {published}</div>' if published else ""
    body = "".join(f'<p class="k9-p">{p}</p>' for p in paras)
    return (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
        f"<title>{headline} | ksnq9.example</title></head><body>"
        '<a class="k9-skip" href="#k9main">Skip Navigation</a>'
        '<div class="k9-ribbon"><a href="/watch">WATCH LIVE: KSNQ 9 News at 5</a></div>'
        '<div class="k9-header"><span class="k9-logo">KSNQ 9</span>'
        '<span class="k9-weather">Tacoma 61&deg; Partly cloudy</span>'
        '<div class="k9-nav"><a href="/news">Local News</a> <a href="/traffic">Traffic</a>'
        ' <a href="/weather">Weather</a> <a href="/sports">Sports</a> <a href="/verify">'
        'Verify</a> <a href="/money">Money</a> <a href="/contests">Contests</a></div></div>'
        f'<div id="k9main" class="k9-main"><h1 class="headline">{headline}</h1>'
        f'<div class="k9-author">Author: {author}</div>{pub}'
        '<div class="k9-video"><div class="k9-player">Video player loading...</div>'
        f'<div class="k9-vcap">{video_caption}</div></div>'
        f'<div class="k9-article">{body}</div>'
        '<div class="k9-app">Download the KSNQ 9 app for breaking news alerts.</div>'
        '<div class="k9-related"><h3>Related Articles</h3><ul>' + _lis(related)
        + "</ul></div></div>"
        '<div class="k9-footer">KSNQ-TV, 2100 Pacific Avenue, Tacoma, WA &middot; '
        '<a href="/fcc">FCC Public Inspection File</a> &middot; <a href="/eeo">EEO Report'
        '</a> &middot; <a href="/closed-captioning">Closed Captioning</a> &middot; '
        "&copy; 2025 KSNQ-TV. All Rights Reserved.</div></body></html>"
    )


# ============================================================================================
# trade-WB1: the Copenhagen round of US-China talks (Tuesday 14 October 2025)
# ============================================================================================
_T1_WIRE = _wire_site(
    "US, China agree to extend tariff truce after marathon Copenhagen talks",
    [
        "The United States and China agreed in principle on Tuesday to extend their tariff truce "
        "by another 90 days, Treasury Secretary Alan Whitcombe said after more than nine hours of "
        "talks with Chinese Vice Premier Liu Zhenhai in the Danish capital.",
        "The negotiators met at Eigtveds Pakhus, the Danish foreign ministry&#8217;s conference "
        "centre on the harbour, from 11:30 a.m. until about 8:40 p.m. local time, with only a "
        "short break for lunch, officials from both delegations said.",
        "&#8220;We had frank, constructive and at times difficult conversations, and I think we "
        "now have a framework the two leaders can look at,&#8221; Whitcombe told reporters "
        "outside the venue.",
        "The truce, first agreed in Geneva in May, had been due to lapse on Nov. 10. Under it, "
        "Washington has kept 24 percentage points of its so-called reciprocal tariffs suspended, "
        "leaving most Chinese goods facing a combined U.S. levy of about 30%, while Beijing has "
        "held its retaliatory duty on U.S. goods at 10%.",
        "According to two people briefed on the talks, China would resume purchases of U.S. "
        "soybeans, starting with at least 12 million metric tons before the end of the year, and "
        "would postpone by one year the wider controls on rare-earth exports it announced on Oct. "
        "9.",
        "In return, Washington would suspend for a year the new port fees on Chinese-built and "
        "Chinese-operated vessels, and Beijing would lift the matching charges it imposed on "
        "U.S.-linked ships, the people said.",
        "U.S. Trade Representative Dana Kessler, who also took part, declined to give details. "
        "China&#8217;s official Xinhua news agency said the two sides had reached a &#8220;basic "
        "consensus&#8221; that would be reported to their leaders.",
        "Copenhagen was the fifth face-to-face round since the spring, after Geneva, London, "
        "Stockholm and Madrid. A further round is expected in <a "
        "href=\"https://www.pacificwire.example/world/asia\">Kuala Lumpur</a> later this month, "
        "ahead of a planned meeting between the two presidents in South Korea.",
        "U.S. stocks extended their gains in afternoon trading in New York after the first "
        "reports of an agreement.",
        "<em>(Reporting by Mette Lund in Copenhagen and Wen Qiao in Beijing; Editing by Paul "
        "Garner)</em>",
    ],
    "COPENHAGEN", "Mette Lund and Wen Qiao",
    published="2025-10-14T19:05:00Z",
    updated="Updated Oct. 14, 2025 9:55 p.m. GMT: adds Xinhua comment in paragraph 7",
    more=[
        "Mexico&#8217;s central bank trims key rate to 7.50%, signals more cuts",
        "Magnitude 6.1 quake rattles northern Chile; no damage reported",
        "Court blocks Texas congressional map ahead of March primary",
        "Oil falls 2% as OPEC+ weighs another output increase",
    ],
)

_T1_COURIER = _courier_site(
    "US and China edge back from the brink with 90-day extension to tariff truce",
    "Washington and Beijing agree to keep duties on hold after talks in Copenhagen ran late "
    "into the evening",
    [
        "The world&#8217;s two largest economies have agreed to extend their fragile trade truce "
        "for a further 90 days, averting a fresh escalation that had threatened to upend supply "
        "chains from Shenzhen to Sheffield.",
        "After talks in Copenhagen that ran for more than nine hours on Tuesday, the US treasury "
        "secretary, Alan Whitcombe, said the two sides had settled on &#8220;a framework&#8221; "
        "to put before their leaders. He described the discussions as &#8220;frank and "
        "constructive, and at times difficult&#8221;.",
        "China&#8217;s delegation was led by <strong>Commerce Minister Liu Zhenhai</strong>, "
        "Beijing&#8217;s most senior trade negotiator, who has faced Whitcombe across the table "
        "at every round since the spring.",
        "The truce, agreed in Geneva in May, was due to expire on 10 November. Had it lapsed, US "
        "duties on most Chinese imports, currently about 30%, would have jumped by a further 24 "
        "percentage points.",
        "As part of the package, Beijing is expected to resume buying American soybeans and to "
        "delay sweeping new controls on exports of rare earths, the minerals used in everything "
        "from electric car motors to fighter jets. Washington, for its part, would pause its port "
        "fees on Chinese-built ships.",
        "The details were not published, and officials on both sides cautioned that nothing would "
        "be final until it had been signed off at the top.",
        "For British exporters the reprieve matters less for direct trade than for its knock-on "
        "effects. Economists say the bigger risk to the UK from the dispute is a slowdown in "
        "global demand and a flood of cheap goods diverted from the American market.",
        "&#8220;A truce that keeps rolling over is better than no truce, but it is not a trade "
        "deal,&#8221; said Sofia Raman, chief economist at the consultancy Westgate Economics. "
        "&#8220;Businesses still cannot plan beyond the next deadline.&#8221;",
        "Officials said a further round of talks would be held in Kuala Lumpur before the two "
        "presidents meet in South Korea at the end of the month.",
        "The Copenhagen meeting, held in a converted 18th-century warehouse on the city&#8217;s "
        "waterfront, was the fifth round of talks between the two sides this year.",
    ],
    "Harriet Lowe, Economics Editor",
    date_line="Wednesday 15 October 2025 06.00 BST",
    caption="File photo: container cranes at the Yangshan deep-water port near Shanghai. "
            "Photograph: Courier archive",
    read_more=(4, "Analysis: why Britain is caught in the middle of the US&#8211;China tariff war"),
    most_read=[
        "US and China to resume trade talks in Copenhagen on Tuesday",
        "Chancellor rules out fuel duty rise in November Budget",
        "Pound hits two-month low as gilt yields climb to 4.7%",
        "Storm Amy: 70mph gusts forecast for Scottish coast",
    ],
)

_T1_STRAITS = _straits_site(
    "US, China extend tariff truce by 90 days after nine-hour Copenhagen session",
    [
        "SINGAPORE &ndash; Asian markets are set to welcome a 90-day extension of the US-China "
        "tariff truce, agreed in Copenhagen on Tuesday (Oct 14) after a nine-hour session between "
        "Chinese Vice-Premier Liu Zhenhai and US Treasury Secretary Alan Whitcombe.",
        "The talks ended at about 2.40am Singapore time on Wednesday, too late for most of the "
        "region&rsquo;s traders, but offshore yuan contracts firmed in thin early trading to "
        "around 7.12 per US dollar.",
        "Xinhua quoted Mr Liu as saying the two sides should &ldquo;meet each other "
        "halfway&rdquo; and protect &ldquo;the hard-won stability&rdquo; in their economic ties. "
        "The news agency said they had reached a basic consensus on extending the pause and on "
        "several other issues, which would be submitted to their leaders.",
        "Under the arrangement, China will resume purchases of American soybeans, with at least "
        "12 million tonnes expected to be bought before the year is out, according to people "
        "familiar with the matter. Beijing will also put off for a year the expanded rare earth "
        "export controls it unveiled on Oct 9.",
        "Washington, in turn, will hold off for a year on port fees targeting Chinese-built "
        "vessels, a measure that had rattled shipowners across Asia, while Beijing will shelve "
        "the reciprocal levies it slapped on ships with US links.",
        "The deal keeps in suspension 24 percentage points of the US &ldquo;reciprocal&rdquo; "
        "tariff on Chinese goods, which would otherwise have snapped back on Nov 10.",
        "&ldquo;For Singapore and the rest of South-east Asia, the worst case was a sudden "
        "re-escalation just as year-end orders are being placed,&rdquo; said Mr Daniel Koh, "
        "senior economist at Marina Capital. &ldquo;This buys exporters another quarter of "
        "visibility, though it does not remove the uncertainty.&rdquo;",
        "The next round of talks will be held in Singapore, officials said, as the two sides try "
        "to lock in a fuller agreement before their presidents meet in South Korea at the end of "
        "the month.",
        "The Copenhagen round was the fifth in a series that began in Geneva in May and has since "
        "moved through London, Stockholm and Madrid.",
    ],
    "Tan Wei Ling, Global Markets Correspondent", kicker="US-China",
    caption="Vice-Premier Liu Zhenhai (right) arriving for the talks at Eigtveds Pakhus in "
            "Copenhagen on Oct 14. PHOTO: LEDGER FILES",
    also_like=[
        "US-China talks in Madrid end with framework on video app",
        "MAS keeps policy settings unchanged in October review",
        "Singapore Q3 GDP grows 2.9% year on year, beating forecasts",
        "Bank Indonesia surprises with 25bp cut to 4.75%",
    ],
)

_T1_BLOG = _wp_blog(
    "Copenhagen: the truce gets another 90 days (and what it doesn&#8217;t fix)",
    [
        "So the tariff truce lives on. After <strong>six hours and 40 minutes</strong> of talks "
        "in Copenhagen on Tuesday, October 14, Treasury Secretary Alan Whitcombe came out and "
        "told reporters the US and China had a &#8220;framework&#8221; for their leaders, and "
        "that the 90-day pause due to end on November 10 would be extended by another 90 days.",
        "Let&#8217;s be precise about what that means, because the headlines won&#8217;t be. The "
        "US tariff on most Chinese goods is currently about 30%: the 10% baseline that applies to "
        "almost everyone plus the 20% levied over fentanyl. The truce keeps a further 24 "
        "percentage points of &#8220;reciprocal&#8221; tariff switched off. If it had lapsed, the "
        "headline rate would have gone to roughly 54%, not to the 145% people still quote from "
        "April.",
        "China, for its part, keeps its own retaliatory duty on US goods at 10%.",
        "The bits that matter more for markets are the side deals, as described by people briefed "
        "on the talks: China goes back to buying soybeans (at least 12 million tonnes by "
        "year-end), Beijing parks its October 9 rare-earth export rules for a year, and "
        "Washington pauses its port fees on Chinese-built ships for a year while China drops its "
        "mirror-image charges.",
        "Vice Premier Liu Zhenhai led the Chinese side, as he has in every round since Geneva. "
        "Trade Representative Dana Kessler sat next to Whitcombe and, by several accounts, did "
        "most of the talking on shipping. Her one line to the press pool: &#8220;Nothing is "
        "agreed until the leaders sign off.&#8221;",
        "My read: this is a truce that runs on deadlines, and deadlines are where the volatility "
        "lives. Each round since Geneva (London, Stockholm, Madrid and now Copenhagen) has ended "
        "with a roll-over and a promise of more talks. The next one is pencilled in for Kuala "
        "Lumpur, before the two presidents meet in South Korea.",
        "What to watch: the soybean number. If the purchases actually show up in the export-sales "
        "data, farm-state pressure on the White House eases. If they slip, expect the rhetoric to "
        "heat up well before the new deadline.",
        "And the rare-earth delay is a delay, not a cancellation. Anyone building magnets into a "
        "product should treat the next twelve months as borrowed time.",
    ],
    "Rob Kincaid", 4821,
    tags=["US-China", "Tariffs", "Soybeans", "Rare earths"],
    recent=["Soybean basis: why the Gulf is quiet", "Bond vigilantes, part three",
            "The RBA and the art of doing nothing",
            "Why the 10-year yield ignored the jobs report"],
    comments=23,
)


# ============================================================================================
# trade-WB2: China's retaliatory tariffs on US farm goods (Tuesday 4 March 2025)
# ============================================================================================
_T2_LIVE = _liveblog_site(
    "Markets live: China hits back with farm tariffs as US levy doubles to 20%",
    "2025-03-04T06:02:00Z",
    [
        "China to impose extra tariffs of up to 15% on US farm goods from 10 March",
        "Extra US tariff on all Chinese imports doubled to 20% overnight",
        "European stocks slide; Chicago soybean futures lower",
    ],
    [
        ("10:05 GMT",
         "<p>That&#8217;s where we&#8217;ll pause the blog for now. To recap: the extra US duty "
         "on all Chinese imports went to 20% from 10% at 05:01 GMT, and Beijing answered a little "
         "over two hours later with tariffs of up to 15% on American farm products. Thanks for "
         "following.</p>"),
        ("09:32 GMT",
         "<p>European equities are having a rough morning. The Stoxx 600 is down 1.3%, with "
         "carmakers and luxury names leading the falls, and Germany&#8217;s DAX is off 1.6%.</p>"),
        ("08:47 GMT",
         "<p>Early reaction from <strong>Mei Ling Cho</strong>, Greater China economist at Harrow "
         "Bank in Hong Kong:</p><blockquote><p>&#8220;Beijing has chosen its targets carefully. "
         "Farm goods hit US states that matter politically, and China has alternatives in Brazil "
         "and Argentina. The rates are also lower than Washington&#8217;s, which leaves room to "
         "escalate.&#8221;</p></blockquote>"),
        ("08:12 GMT",
         "<p>Chicago soybean futures are down 1.1% in overnight trade, with corn off 0.8%. US "
         "farm exports to China were worth about $29bn last year, so this is not small for the "
         "Midwest.</p>"),
        ("07:41 GMT",
         "<p>Here are the details from the Customs Tariff Commission of the State Council: an "
         "extra <strong>15%</strong> on US chicken, wheat, corn and cotton, and an extra "
         "<strong>10%</strong> on soybeans, sorghum, pork, beef, aquatic products, fruit, "
         "vegetables and dairy. The duties take effect on <strong>Monday 10 "
         "March</strong>.</p><p>Separately, the commerce ministry has put 15 US companies on its "
         "export control list.</p>"),
        ("07:34 GMT",
         "<p><strong>Breaking:</strong> China says it will hit back at the latest US tariff "
         "increase with duties of up to 15% on American farm products. The statement was posted "
         "on the finance ministry&#8217;s website at 3:30pm Beijing time (07:30 GMT).</p>"),
        ("06:40 GMT",
         "<p>Asian markets are mixed. Japan&#8217;s Nikkei 225 fell 1.2% while Shanghai stocks "
         "edged higher, as traders bet that Beijing would respond with targeted measures rather "
         "than a broad increase.</p>"),
        ("06:02 GMT",
         "<p>Good morning and welcome to our live coverage. The extra US tariff on Chinese goods "
         "doubled to 20% at 12:01am Eastern time (05:01 GMT), and traders are waiting to see how "
         "Beijing responds.</p>"),
    ],
    "Live coverage by Priya Natarajan and Tom Ellery in London",
)

_T2_STRAITS = _straits_site(
    "China hits back with tariffs of up to 15% on US farm goods",
    [
        "BEIJING &ndash; China will impose additional tariffs of up to 15 per cent on a range of "
        "American farm products, the government said on Tuesday (March 4), hours after a fresh "
        "increase in US duties on Chinese goods came into force.",
        "The Customs Tariff Commission of the State Council published the measures at about 5pm "
        "Beijing time, saying the extra levies would take effect on March 10.",
        "Chicken, wheat, corn and cotton will face an extra 15 per cent, while soybeans, sorghum, "
        "pork, beef, aquatic products, fruit, vegetables and dairy products will face an "
        "additional 10 per cent.",
        "The commission said the US move had &ldquo;undermined the multilateral trading "
        "system&rdquo; and hurt producers and consumers in both countries. The commerce ministry "
        "separately placed 15 American companies on its export control list.",
        "Washington raised its additional tariff on all imports from China to 20 per cent from 10 "
        "per cent on Tuesday, citing what it says is Beijing&rsquo;s failure to curb the flow of "
        "fentanyl ingredients.",
        "Analysts said the choice of targets was deliberate. &ldquo;Soybeans can be sourced from "
        "Brazil, and the rural states that grow them are politically sensitive in "
        "Washington,&rdquo; said Mr Aaron Teo, head of Asia research at Pelican Securities. "
        "&ldquo;It is a calibrated response, not an all-out one.&rdquo;",
        "Brazil, already China&rsquo;s biggest soybean supplier, is likely to gain further market "
        "share, traders in Singapore said.",
        "Asian stock markets ended mostly lower, with exporters and shipping companies among the "
        "worst performers.",
        "China&rsquo;s earlier response in February, when the US imposed its first round of "
        "fentanyl-related tariffs, targeted American coal, liquefied natural gas, crude oil and "
        "farm machinery.",
    ],
    "Lim Jia Hui, China Correspondent", kicker="China",
    also_like=[
        "China sets 2025 growth target of around 5% at parliament session",
        "Singapore Budget 2025: $600 SG60 vouchers for every citizen",
        "Hang Seng slips 0.3% as tariff worries weigh",
    ],
)

_T2_ENPR = _broadcaster_site(
    "China retaliates against US with tariffs on farm produce",
    "China has announced extra tariffs of up to 15% on agricultural imports from the United "
    "States, its answer to Washington's decision to double its additional levy on Chinese "
    "goods to 20%.",
    [
        "The new duties will apply from 12 March, the Customs Tariff Commission in Beijing said "
        "on Tuesday afternoon local time. They range from 10% on soybeans, pork, beef and dairy "
        "products to 15% on chicken, wheat, corn and cotton.",
        "The announcement came on 4 March, only hours after the higher US tariff took effect.",
        "For European farmers, the escalation carries both risk and opportunity. EU agricultural "
        "exporters could find openings in China if American produce becomes more expensive, but "
        "economists warn that diverted goods and weaker global growth could also weigh on prices "
        "in Europe.",
        "&#8220;When the two largest economies put up walls, trade does not vanish, it changes "
        "direction, and Europe can end up on the receiving end,&#8221; said Katrin Albers, a "
        "trade researcher at the Baltic Institute for Economic Policy in Kiel.",
        "The European Commission said it was following developments closely and repeated its call "
        "for disputes to be settled through negotiation and within the rules of the World Trade "
        "Organization.",
        "Beijing said the US measures had damaged the global trading system. It also added 15 "
        "American companies to a list of firms subject to export controls.",
        "The United States exported farm goods worth about 29 billion dollars to China last year. "
        "Soybeans are by far the largest item.",
        "Chinese state media said the country had diversified its food imports since the first "
        "trade war in 2018, with Brazil now supplying most of its soybeans.",
    ],
    ["China", "United States", "Trade", "Agriculture"],
    more=[
        "EU ministers back 90% emissions cut by 2040",
        "Heavy snow closes Brenner Pass for 14 hours",
        "Danish central bank lowers key rate to 2.35%",
    ],
)

_T2_GAZETTE = _gazette_site(
    "China&#8217;s new tariffs hit Iowa soybeans, pork",
    [
        "Iowa farmers woke up Tuesday to another round in the trade fight with China, as Beijing "
        "announced new tariffs of up to 25% on American farm products, including the soybeans, "
        "corn and pork that drive the state&#8217;s economy.",
        "The Chinese duties, announced overnight Iowa time, take effect March 10. Chicken, wheat, "
        "corn and cotton face the top rate of 25%, while soybeans, pork, beef, sorghum, dairy, "
        "fruit and vegetables face an extra 10%.",
        "Beijing&#8217;s move came in response to Washington doubling its extra tariff on all "
        "Chinese goods to 20%, a step the White House tied to the flow of fentanyl into the "
        "United States.",
        "China is the largest buyer of U.S. soybeans. It purchased about $12.6 billion worth in "
        "2024, more than half of all U.S. soybean exports.",
        "&#8220;We rebuilt that market once after 2018, and it took years,&#8221; said Dale "
        "Henning, who raises corn and soybeans on 1,400 acres near Jesup. &#8220;Every time this "
        "happens, Brazil picks up customers we don&#8217;t get back.&#8221;",
        "Soybean futures fell on the Chicago Board of Trade on Tuesday morning.",
        "The Iowa Soy Growers Council urged negotiators in Washington and Beijing to keep "
        "agriculture out of the dispute. Council president Marcy Oldenburg said farm incomes were "
        "already squeezed by high input costs and low crop prices.",
        "Pork producers also face the new 10% duty. &#8220;China is not our biggest pork customer "
        "anymore, but it matters for the cuts Americans don&#8217;t eat,&#8221; said Bryce Vander "
        "Wal of the Cedar Valley Pork Producers.",
        "Iowa exports roughly $2 billion in farm goods to China in a typical year, according to "
        "state figures, with soybeans making up most of that total.",
        "Local grain elevators said they expected a quiet week as buyers wait to see whether "
        "Washington and Beijing return to talks.",
    ],
    "By Kelsey Brandvold, Gazette Farm Reporter", when="Mar 4, 2025",
    trending=[
        "Waterloo council approves $18.6M aquatic center",
        "Panthers fall 71-64 in MVC quarterfinal",
        "Black Hawk County sheriff: 3 arrested after Cedar Falls chase",
        "Snow totals: 7 inches in Independence",
    ],
    read_more=(2, "Iowa farmland values dip 3.1% in 2024, survey finds"),
    caption="Soybeans are unloaded at an elevator near Jesup in October 2024. Gazette file photo",
    weather="Waterloo 34&deg;F",
    note="Correction: An earlier version of this story misspelled the name of a Cedar Valley "
         "Pork Producers spokesman.",
)


# ============================================================================================
# cb-WB1: Bank of England cut of Thursday 18 December 2025
# ============================================================================================
_C1_WIRE = _wire_site(
    "Bank of England cuts rates to 3.75% in split vote, signals slower pace ahead",
    [
        "The Bank of England cut interest rates by a quarter of a percentage point to 3.75% on "
        "Thursday, its sixth reduction since August 2024, but a 6-3 vote showed policymakers are "
        "increasingly divided over how much further borrowing costs should fall.",
        "Three members of the Monetary Policy Committee voted to keep Bank Rate at 4%, the "
        "central bank said in its decision, published at 12:00 GMT.",
        "&#8220;We still think Bank Rate is likely to continue on a gradual downward path, but "
        "with each cut, how much further we go becomes a closer call,&#8221; Governor Andrew "
        "Bailey said in a statement.",
        "British consumer price inflation fell to 3.2% in November from 3.6% in October, official "
        "data showed on Wednesday, a bigger drop than economists had expected, though it remains "
        "well above the Bank&#8217;s 2% target.",
        "The Bank said it expected inflation to fall back towards target during 2026 as the "
        "effect of earlier increases in household energy bills and regulated prices faded.",
        "Sterling fell 0.3% to $1.3370 after the decision, while the yield on two-year gilts "
        "dipped.",
        "Bailey said the committee would keep judging the outlook meeting by meeting. He noted "
        "that the labour market had loosened, with unemployment rising to 5.1%, which should help "
        "bring down inflation in services.",
        "Money markets had fully priced in the cut ahead of the meeting but scaled back bets on a "
        "follow-up move early next year after the vote was published.",
        "The Bank&#8217;s next policy announcement is due on Feb. 5, when it will also publish "
        "new economic forecasts.",
        "<em>(Reporting by Oliver Grant and Nadia Hussain; Editing by Ruth Adeyemi)</em>",
    ],
    "LONDON", "Oliver Grant and Nadia Hussain",
    published="2025-12-18T12:14:00Z",
    updated="Updated Dec. 18, 2025 1:40 p.m. GMT: adds market reaction",
    more=[
        "Norway&#8217;s central bank holds key rate at 4.0%",
        "Bank of Japan raises rates to 0.75%, highest in three decades",
        "Euro zone inflation confirmed at 2.1% in November",
    ],
    section="Business",
)

_C1_COURIER = _courier_site(
    "Bank of England cuts interest rates to 3.75% as inflation eases",
    "Governor Andrew Bailey says further cuts will be a &#8216;closer call&#8217; after a "
    "knife-edge 5-4 vote",
    [
        "The Bank of England has cut interest rates for the sixth time since the summer of 2024, "
        "lowering borrowing costs to their lowest level in almost three years as inflation "
        "finally showed signs of cooling.",
        "Threadneedle Street&#8217;s nine-member Monetary Policy Committee voted by 5-4 to reduce "
        "Bank Rate from 4% to 3.75%, with four members, including the chief economist, Huw Pill, "
        "preferring to hold.",
        "The decision will reduce monthly repayments for homeowners on tracker mortgages by an "
        "average of about &pound;29, according to estimates from the broker Keystone Mortgages.",
        "Andrew Bailey, the governor, said the path for rates was still downward but that each "
        "further reduction would be &#8220;a closer call&#8221;, a signal that the Bank is in no "
        "hurry to follow up.",
        "Figures published on Wednesday showed annual consumer price inflation fell to 3.2% in "
        "November, from 3.6% in October. The Bank&#8217;s target is 2%.",
        "The economy shrank by 0.1% in October, the Office for National Statistics said last "
        "week, adding to evidence that activity stalled in the run-up to the budget.",
        "&#8220;This is a cut for a weak economy rather than a victory lap on inflation,&#8221; "
        "said Rhys Caddell, chief UK economist at Pennant Advisory. &#8220;With a 5-4 split, the "
        "next meeting is genuinely open.&#8221;",
        "The Treasury welcomed the cut, saying lower rates would ease pressure on households and "
        "businesses.",
        "Lenders had already been trimming fixed-rate mortgage deals in anticipation of the move. "
        "Savers, by contrast, can expect returns on easy-access accounts to drift lower in the "
        "new year.",
        "The Bank&#8217;s next decision is due on <strong>12 February</strong>, when it will also "
        "publish its quarterly monetary policy report with new forecasts.",
    ],
    "Harriet Lowe, Economics Editor",
    date_line="Thursday 18 December 2025 13.05 GMT",
    caption="The Bank of England on Threadneedle Street in the City of London. "
            "Photograph: Courier archive",
    read_more=(4, "Inflation falls to 3.2%: what it means for your savings"),
    most_read=[
        "Bank of England expected to cut rates on Thursday",
        "Storm Bram: Met Office issues amber wind warning",
        "Christmas rail strikes: full list of affected routes",
        "FTSE 100 closes at record high of 9,890",
    ],
)

_C1_BLOG = _wp_blog(
    "BoE cuts to 3.75%: a 5&#8211;4 vote that says more than the cut",
    [
        "The Bank of England did what everyone expected at noon London time (7 a.m. in New York): "
        "a 25 basis point cut, taking Bank Rate to 3.75%. What nobody could be sure of was the "
        "vote, and it came in at <strong>5&#8211;4</strong>, with four members wanting to stay at "
        "4%.",
        "That&#8217;s as close as it gets on a nine-person committee. One vote the other way and "
        "we&#8217;d be writing about a hold.",
        "Inflation gave the doves their cover. CPI dropped to <strong>3.4%</strong> in November, "
        "down from 3.6% the month before, and services inflation eased as well. But the headline "
        "rate is still well above the 2% target, and the hawks clearly aren&#8217;t convinced the "
        "job is done.",
        "Bailey&#8217;s line in the statement was the tell: rates are still on a &#8220;gradual "
        "downward path&#8221;, but each cut from here is &#8220;a closer call&#8221;. "
        "Translation: don&#8217;t assume a move at the next meeting.",
        "The labour market is the doves&#8217; other argument. Unemployment has climbed to 5.1% "
        "and pay growth is cooling, which takes some heat out of services prices over the next "
        "year.",
        "Market reaction was muted. Sterling slipped to about $1.34 and short-dated gilt yields "
        "edged lower, which tells you the cut was fully priced.",
        "This was the sixth cut of the cycle, which started in August 2024 from 5.25%. "
        "That&#8217;s 150 basis points of easing in total, delivered at a pace of roughly one "
        "move a quarter.",
        "Next decision: February 5, with a new Monetary Policy Report. My base case is a hold "
        "then, and another cut in the spring. A 5&#8211;4 committee is not a committee on "
        "autopilot.",
    ],
    "Rob Kincaid", 5307,
    date_iso="2025-12-18T15:30:00+00:00", date_text="December 18, 2025",
    tags=["Bank of England", "UK", "Rates", "Inflation"],
    recent=["Fed cuts to 3.50%&#8211;3.75% and signals a pause", "ECB holds at 2% again",
            "Gilts: the long end is still the problem"],
    comments=41,
)


# ============================================================================================
# cb-WB2 (CONTROL, nothing planted): Reserve Bank of Australia hold of Tuesday 30 Sept 2025
# ============================================================================================
_C2_WIRE = _wire_site(
    "Australia&#8217;s central bank holds rates at 3.60%, flags sticky inflation",
    [
        "Australia&#8217;s central bank kept its cash rate at 3.60% on Tuesday, Sept. 30, as "
        "widely expected, saying recent data suggested inflation might be stickier than it had "
        "forecast only two months ago.",
        "The Reserve Bank of Australia&#8217;s Monetary Policy Board made the decision "
        "unanimously, the bank said in a statement released at 2:30 p.m. (0430 GMT).",
        "The RBA cut rates by 25 basis points in August, its third reduction this year after "
        "moves in February and May, taking the cash rate down from 3.85%.",
        "&#8220;The board judged that it was prudent to wait for more information on inflation "
        "before adjusting policy again,&#8221; the statement said. It noted that the monthly "
        "consumer price indicator rose 3.0% in the year to August, up from 2.8% in July.",
        "At her news conference an hour later, Governor Michele Bullock said the board had not "
        "considered a cut at this meeting. &#8220;We are not saying the easing cycle is over, but "
        "the recent data have been a bit stronger than we expected,&#8221; she said.",
        "Unemployment stood at 4.2% in August, and the bank said labour market conditions "
        "remained a little tight.",
        "Data earlier this month showed Australia&#8217;s economy grew 0.6% in the April-June "
        "quarter, faster than expected, helped by a pick-up in household spending. Most "
        "economists still expect one more cut in the current cycle, probably early next year.",
        "The Australian dollar rose 0.2% to 66.02 U.S. cents after the announcement, while "
        "three-year bond futures dipped.",
        "The board next meets on Nov. 3-4, when the bank will also publish updated forecasts in "
        "its quarterly Statement on Monetary Policy.",
        "<em>(Reporting by Claire Whitford; Editing by Ruth Adeyemi)</em>",
    ],
    "SYDNEY", "Claire Whitford",
    updated="Updated 0620 GMT with comments from Governor Bullock&#8217;s news conference",
    more=[
        "Bank of Japan keeps rates at 0.5%, two members dissent",
        "Magnitude 6.4 quake strikes off southern Philippines; no tsunami threat",
        "Gold hits record above $3,850 an ounce",
    ],
    section="Business",
)

_C2_LIVE = _liveblog_site(
    "Asia markets live: RBA holds at 3.60%; yen firms",
    "2025-09-30T01:02:00Z",
    [
        "RBA leaves cash rate at 3.60% in unanimous decision",
        "Monthly CPI indicator rose to 3.0% in August",
        "Aussie dollar edges up to about 66 US cents",
    ],
    [
        ("06:15 GMT",
         "<p>Wrapping up the RBA coverage: Governor Michele Bullock said the board did not "
         "consider cutting this time and that recent inflation data had surprised to the upside. "
         "Next RBA decision: <strong>4 November</strong>. The blog resumes tomorrow at 01:00 "
         "GMT.</p>"),
        ("05:32 GMT",
         "<p>Bullock at the podium in Sydney: &#8220;It is not that the easing cycle is over. The "
         "data have just come in a bit stronger than we thought.&#8221;</p>"),
        ("04:52 GMT",
         "<p>Reaction from <strong>Lachlan Ford</strong>, chief economist at Southern Cross "
         "Securities: &#8220;A textbook hold. August&#8217;s inflation number pushed November "
         "further away. We still see one more quarter-point cut, but probably not before "
         "February.&#8221;</p><p>Interest rate futures now imply roughly a 40% chance of a move "
         "in November.</p>"),
        ("04:36 GMT",
         "<p>The <strong>Australian dollar</strong> has edged up to around 66 US cents after the "
         "decision. The ASX 200 is little changed.</p>"),
        ("04:31 GMT",
         "<p><strong>RBA holds.</strong> The Reserve Bank of Australia keeps its cash rate target "
         "at <strong>3.60%</strong>, as expected. The decision was unanimous. The statement says "
         "inflation may be running higher in the September quarter than the bank expected in "
         "August.</p>"),
        ("03:40 GMT",
         "<p>Coming up at 04:30 GMT (2:30pm in Sydney): the RBA decision. Economists "
         "overwhelmingly expect no change after August&#8217;s quarter-point cut to 3.60% from "
         "3.85%.</p>"),
        ("02:10 GMT",
         "<p>Japan&#8217;s Nikkei is down 0.5% and the yen has firmed to 148.20 per dollar as "
         "traders weigh the risk of a US government shutdown.</p>"),
        ("01:02 GMT",
         "<p>Good morning from Hong Kong. It&#8217;s the last day of the quarter, and all eyes in "
         "the region are on Sydney, where the RBA announces its decision at 2:30pm local "
         "time.</p>"),
    ],
    "Live coverage by Hannah Cheung in Hong Kong",
)

_C2_STRAITS = _straits_site(
    "RBA keeps rates on hold at 3.6% as inflation picks up",
    [
        "SYDNEY &ndash; Australia&rsquo;s central bank left interest rates unchanged on Tuesday "
        "(Sept 30), holding its cash rate at 3.6 per cent after a run of firmer-than-expected "
        "inflation readings.",
        "The Reserve Bank of Australia&rsquo;s decision, announced at 12.30pm Singapore time, was "
        "unanimous and had been expected by economists.",
        "The RBA has lowered its benchmark rate three times this year, by a total of 0.75 "
        "percentage point, most recently in August.",
        "The central bank said data since its last meeting suggested inflation in the September "
        "quarter could be higher than it had projected, and that it remained cautious. Governor "
        "Michele Bullock later told reporters that the board had not looked at a cut this time.",
        "The monthly consumer price indicator rose to 3 per cent in August from 2.8 per cent in "
        "July, at the top of the bank&rsquo;s 2 to 3 per cent target band.",
        "For Singapore-based investors, the decision keeps the Australian dollar&rsquo;s yield "
        "edge over the Singapore dollar broadly intact. The Aussie traded at around 66 US cents "
        "after the announcement.",
        "&ldquo;The RBA is signalling patience, not a change of direction,&rdquo; said Mr Kelvin "
        "Ong, an economist at Lion City Bank. &ldquo;Another cut is still likely, but probably in "
        "2026 rather than November.&rdquo;",
        "The RBA&rsquo;s next policy meeting ends on Nov 4.",
        "Australian government bond yields edged higher after the statement, as traders trimmed "
        "bets on a move at that meeting.",
        "Elsewhere in the region, the Monetary Authority of Singapore is due to announce its "
        "half-yearly policy review in October, with most economists expecting it to keep settings "
        "unchanged.",
    ],
    "Nicole Ang, Markets Correspondent", kicker="Australia",
    also_like=[
        "Bank Indonesia cuts key rate to 4.75% in surprise move",
        "Hang Seng gains 1.9% on tech rally",
        "Singapore manufacturing output rises 7.1% in August",
    ],
)

_C2_ENPR = _broadcaster_site(
    "Australia's central bank leaves interest rates unchanged",
    "The Reserve Bank of Australia has kept its key interest rate at 3.6%, pausing after three "
    "cuts this year as inflation in the country edged higher.",
    [
        "The decision was announced on Tuesday, 30 September, at 06:30 Central European Summer "
        "Time, in the middle of the afternoon in Sydney.",
        "All members of the bank's Monetary Policy Board backed the hold. Governor Michele "
        "Bullock told journalists in Sydney that it had been sensible to wait, as price pressures "
        "had turned out somewhat stronger than expected.",
        "Australian consumer prices rose 3.0% in the twelve months to August, according to the "
        "monthly indicator, compared with 2.8% in July.",
        "Australia began cutting rates later than many other economies. The European Central Bank "
        "started lowering its deposit rate in June 2024 and has held it at 2% since June this "
        "year, while the RBA only began its easing cycle in February 2025.",
        "The RBA last moved in August, when it lowered the cash rate by a quarter of a percentage "
        "point, from 3.85%.",
        "In its statement, the bank said it would remain cautious and pay close attention to the "
        "labour market and to the quarterly inflation figures due at the end of October.",
        "Economists in Europe are watching the RBA as an example of a central bank trying to "
        "finish the job on inflation without tipping the economy into a downturn. Australia's "
        "unemployment rate was 4.2% in August.",
        "&#8220;Australia shows how stubborn the last stretch of disinflation can be,&#8221; said "
        "Lars Engqvist, an economist at Nordkap Bank in Stockholm.",
        "The next RBA rate decision is due on 4 November.",
    ],
    ["Australia", "Central banks", "Inflation"],
    more=[
        "Swedish Riksbank cuts policy rate to 1.75%",
        "German unemployment rises above 3 million",
        "Storm warnings for the North Sea coast tonight",
    ],
)


# ============================================================================================
# court-WB1: Federal Circuit ruling on emergency-powers tariffs (Friday 29 August 2025)
# ============================================================================================
_K1_WIRE = _wire_site(
    "US appeals court finds most emergency tariffs unlawful, leaves them in place for appeal",
    [
        "A divided U.S. appeals court ruled on Friday that most of the sweeping tariffs imposed "
        "this year under an emergency powers law were illegal, but allowed them to remain in "
        "force while the administration appeals to the Supreme Court.",
        "In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit, sitting with all "
        "11 of its active judges, said the International Emergency Economic Powers Act of 1977 "
        "gave the president broad power to respond to emergencies but did not clearly authorize "
        "tariffs of unlimited scope and duration.",
        "The ruling covers the so-called reciprocal tariffs on goods from most trading partners "
        "and the separate duties on China, Canada and Mexico tied to the flow of fentanyl. It "
        "does not affect tariffs on steel, aluminum and autos imposed under a national security "
        "statute.",
        "The court put its decision on hold until Oct. 14 to give the government time to seek "
        "Supreme Court review.",
        "The court largely upheld a May 28 ruling by a three-judge panel of the U.S. Court of "
        "International Trade in New York, but sent back to that court the question of whether its "
        "order should apply to all importers or only to the plaintiffs.",
        "The White House said in a statement that all tariffs remained in effect and that it "
        "expected to prevail at the Supreme Court.",
        "Four judges dissented, arguing that the statute&#8217;s power to &#8220;regulate&#8221; "
        "imports plainly includes the power to tax them.",
        "&#8220;This ruling is a lifeline for every small importer who was told to just absorb "
        "the cost,&#8221; said Lena Brandt, owner of Harbor Vine Imports, the New York wine "
        "importer that is the lead plaintiff among five small businesses that sued.",
        "Martin Okafor, a lawyer at the Liberty Trade Clinic who argued for the businesses, said: "
        "&#8220;The court has read the statute as Congress wrote it.&#8221;",
        "A separate challenge brought by 12 states, led by Oregon, was decided together with the "
        "businesses&#8217; case.",
        "<em>(Reporting by Ana Ruiz in Washington; Editing by Paul Garner)</em>",
    ],
    "WASHINGTON", "Ana Ruiz",
    published="2025-08-29T22:10:00Z",
    updated="Updated Aug. 29, 2025 11:35 p.m. GMT: adds White House statement in paragraph 6",
    more=[
        "Magnitude 5.6 quake shakes eastern Afghanistan",
        "US consumer spending rises 0.5% in July",
        "India&#8217;s economy grows 7.8% in April-June quarter",
    ],
    section="Politics",
)

_K1_GAZETTE = _gazette_site(
    "Appeals court strikes down tariffs, but Iowa businesses told: keep paying for now",
    [
        "A federal appeals court on Friday, Aug. 29, ruled that most of the import tariffs "
        "imposed this year under an emergency law are illegal, a decision that Cedar Valley "
        "manufacturers and farm groups welcomed cautiously, since the duties will stay in place "
        "for now.",
        "The U.S. Court of Appeals for the Federal Circuit ruled 7-4 that the International "
        "Emergency Economic Powers Act did not give the president the power to impose the "
        "sweeping tariffs. The judges put their decision on hold until <strong>Oct. 17</strong> "
        "to allow an appeal to the U.S. Supreme Court.",
        "That means importers must keep paying the duties at least until then, and likely until "
        "the Supreme Court acts.",
        "&#8220;We have been paying 30% more on some Chinese-made hydraulic parts since "
        "spring,&#8221; said Jill Marchetti, chief financial officer of Prairie Hydraulics in "
        "Cedar Falls, which employs 140 people. &#8220;A ruling is nice. A refund check would be "
        "nicer.&#8221;",
        "The ruling does not cover tariffs on steel and aluminum, which many Iowa equipment "
        "makers say hurt them more. Those were imposed under a national security law and remain "
        "in place.",
        "Farm groups had a different worry. Several trading partners retaliated against the "
        "tariffs by targeting U.S. farm goods, and soybean growers have watched China largely "
        "stay away from new-crop purchases this year.",
        "&#8220;If this ruling leads to a calmer trade situation, farmers will take it,&#8221; "
        "said Marcy Oldenburg, president of the Iowa Soy Growers Council. &#8220;But we&#8217;ve "
        "learned not to count on anything until it&#8217;s final.&#8221;",
        "The case was brought by five small businesses, including a New York wine importer, and "
        "by 12 states. Lena Brandt, the wine importer&#8217;s owner, called the ruling &#8220;a "
        "lifeline&#8221; for small importers.",
        "The White House said the tariffs remain in effect and that it will take the case to the "
        "Supreme Court.",
        "Iowa businesses imported about $11 billion in goods last year, according to federal "
        "trade data.",
    ],
    "By Nate Hollister, Gazette Business Editor",
    trending=[
        "Cedar Falls council OKs $4.2M downtown parking ramp repairs",
        "Panthers open season with 38-10 win",
        "Labor Day weekend forecast: highs near 80",
        "Waterloo man sentenced to 12 years in drug case",
    ],
    read_more=(1, "Iowa soybean growers brace for a harvest without Chinese buyers"),
    caption="A combine is assembled at a plant in Waterloo. Gazette file photo",
)

_K1_BLOG = _wp_blog(
    "The Federal Circuit says the IEEPA tariffs are illegal. Here&#8217;s what changes "
    "(not much, yet)",
    [
        "Late on Friday, August 29, the full Federal Circuit ruled <strong>8&#8211;3</strong> "
        "that the emergency-powers tariffs are unlawful. If you were hoping for an instant tariff "
        "holiday, though, don&#8217;t: the court stayed its own ruling until <strong>October "
        "14</strong> so the government can go to the Supreme Court.",
        "Quick scorecard. Covered: the &#8220;reciprocal&#8221; tariffs on most trading partners "
        "and the fentanyl tariffs on China, Canada and Mexico. Not covered: the Section 232 "
        "tariffs on steel, aluminum and autos, which rest on a different statute and were never "
        "part of this case.",
        "The majority&#8217;s argument is simple enough: the International Emergency Economic "
        "Powers Act lets a president &#8220;regulate&#8221; importation in an emergency, but "
        "nothing in it clearly hands over the taxing power, and a tariff is a tax. The three "
        "dissenting judges read &#8220;regulate&#8221; broadly enough to include duties.",
        "Why this matters for markets: customs receipts. Tariff revenue has been running at "
        "record levels, about $159 billion in the fiscal year through July, and a big chunk of it "
        "comes from the IEEPA duties. If the Supreme Court upholds the ruling, the question "
        "becomes refunds, and that is a fiscal story, not just a trade one.",
        "The lead plaintiff, Harbor Vine Imports, is a small wine importer, which is sort of the "
        "point. Its owner, Lena Brandt, put it well: &#8220;This ruling is a lifeline for every "
        "small importer who was told to just absorb it.&#8221;",
        "A parallel suit from a dozen states, led by Oregon, was heard alongside it.",
        "My base case: the Supreme Court takes the case quickly, probably with arguments this "
        "autumn. Until then nothing at the border changes. Importers should keep paying, keep "
        "records, and talk to a customs lawyer about protecting refund claims.",
        "The White House line is that the tariffs stay in force and that it will win on appeal. "
        "Bond markets barely noticed on Friday evening; the 10-year yield was little changed.",
    ],
    "Rob Kincaid", 4410,
    tags=["Tariffs", "IEEPA", "Courts", "Supreme Court"],
    recent=["Jackson Hole recap: the door is open, carefully",
            "Why customs receipts are the new fiscal wildcard",
            "India&#8217;s 50% tariff: what&#8217;s in, what&#8217;s out"],
    comments=57,
)

_K1_TV = _tv_site(
    "Appeals court rules most tariffs illegal; Tacoma importers wait to see what it means",
    [
        "A federal appeals court ruled Friday that most of the tariffs the White House imposed "
        "this year under an emergency powers law are illegal, but the import taxes will stay in "
        "place for now, a relief and a headache at the same time for South Sound businesses that "
        "bring goods through the Port of Tacoma.",
        "The U.S. Court of Appeals for the Federal Circuit, in a 7-4 decision, said the "
        "International Emergency Economic Powers Act does not give the president power to impose "
        "broad tariffs of the kind announced in April. The court paused its ruling until Oct. 14 "
        "so the administration can ask the U.S. Supreme Court to take up the case.",
        "&#8220;This ruling is a lifeline for every small importer who was told to just eat the "
        "cost,&#8221; said <strong>Martin Okafor</strong>, the Liberty Trade Clinic attorney who "
        "argued the case for a group of small businesses.",
        "Greg Paulsen, who owns Summit Trail Outfitters in Tacoma, said he has paid about "
        "$180,000 in extra duties since April on tents and jackets made in Vietnam and China.",
        "&#8220;If they say it&#8217;s illegal, I want to know if I get that money back,&#8221; "
        "Paulsen said. &#8220;Nobody can tell me that yet.&#8221;",
        "Trade lawyers said refunds would depend on how the Supreme Court rules and on how U.S. "
        "Customs and Border Protection handles claims. Businesses that paid the duties may need "
        "to file paperwork to preserve their rights.",
        "The ruling does not affect tariffs on steel, aluminum and cars, which were imposed under "
        "a different law.",
        "The Northwest Seaport Alliance, which runs the container terminals in Tacoma and "
        "Seattle, said it was reviewing the decision.",
        "The White House said the tariffs remain in effect and that it would ask the Supreme "
        "Court to review the ruling.",
        "The case was brought by five small businesses, led by the wine importer Harbor Vine "
        "Imports, and was heard together with a separate lawsuit from 12 states.",
    ],
    "KSNQ 9 Staff",
    "Video: Tacoma business owners react to Friday&#8217;s tariff ruling (2:14)",
    [
        "Port of Tacoma container volumes fell 8% in July",
        "Tacoma Narrows Bridge lane closures set for this weekend",
        "Washington cherry growers report a record 2025 crop",
    ],
    published="6:48 PM PDT August 29, 2025",
)


# ============================================================================================
# court-WB2: EU General Court cuts the Norvance fine (Wednesday 10 September 2025)
# ============================================================================================
_K2_ENPR = _broadcaster_site(
    "EU court slashes Commission fine on US chipmaker Norvance",
    "The EU's General Court has cut a competition fine imposed on the American chip company "
    "Norvance Semiconductor from &euro;842 million to &euro;291 million, ruling that Brussels "
    "had only partly proved its case.",
    [
        "Judges in Luxembourg said on Wednesday, 10 September, that the European Commission had "
        "been right to find that Norvance abused its dominant position in the market for network "
        "processor chips by paying rebates to equipment makers on condition that they bought "
        "almost exclusively from it.",
        "But the court said the Commission had failed to show that the rebates paid to two of the "
        "five customers named in the 2019 decision were capable of shutting out rivals, and it "
        "annulled that part of the decision.",
        "The new fine, worth about 340 million dollars, reflects the narrower scope of the "
        "infringement, the court said.",
        "The Commission imposed the original penalty in 2019, when Margrethe Vestager was in "
        "charge of competition policy. It found that Norvance's practices ran from 2009 to 2017.",
        "A Commission spokesperson said it took note of the judgment and would study it carefully "
        "before deciding on next steps. It has two months and ten days to lodge an appeal, on "
        "points of law only, at the Court of Justice, the EU's highest court.",
        "Norvance, which is based in San Jose, California, welcomed the ruling. &#8220;The court "
        "has recognised that much of the Commission's case did not stand up,&#8221; the company "
        "said in a statement.",
        "The judgment is the latest in a series of setbacks for the Commission in rebate cases, "
        "in which EU courts have insisted that Brussels must analyse the actual effects of "
        "discounts rather than treat them as illegal by their nature.",
        "Competition lawyer Elodie Marchand of the Brussels firm Verhaegen Marchand said the "
        "ruling would make the Commission more careful. &#8220;It is not a defeat on the "
        "principle, but it is a defeat on the evidence,&#8221; she said.",
    ],
    ["EU", "Competition", "Technology", "Courts"],
    more=[
        "ECB expected to keep deposit rate at 2% on Thursday",
        "Denmark to raise retirement age to 70 by 2040",
        "Flash floods in northern Italy leave two dead",
    ],
)

_K2_COURIER = _courier_site(
    "Norvance wins partial victory as EU court cuts chip fine by almost two-thirds",
    "General Court rules Brussels failed to prove part of its case against the US chipmaker",
    [
        "The European Commission has suffered another courtroom setback after the EU&#8217;s "
        "General Court on <strong>Thursday</strong> cut the fine it imposed on the US chipmaker "
        "Norvance Semiconductor by almost two-thirds.",
        "The Luxembourg-based court reduced the penalty from &euro;842m to &euro;291m "
        "(&pound;252m), saying Brussels had not proved that all of the loyalty rebates Norvance "
        "paid to equipment manufacturers had harmed competition.",
        "The judges upheld the core of the Commission&#8217;s 2019 finding that Norvance had "
        "abused its dominant position in network processor chips, but annulled the part of the "
        "decision concerning two of the five customers.",
        "Shares in Norvance rose 2.1% in early trading in New York.",
        "The ruling comes as Brussels faces growing criticism from Washington over its treatment "
        "of American technology companies.",
        "&#8220;Rebates are not illegal in themselves. The Commission has to show the effect, and "
        "here it only managed it in part,&#8221; said Jonathan Pryce, a competition partner at "
        "the London law firm Castell Pryce.",
        "The Commission said it would study the judgment. It can appeal to the Court of Justice, "
        "the bloc&#8217;s highest court, on points of law.",
        "The case dates back to a 2019 decision in which the Commission found that Norvance had "
        "paid rebates between 2009 and 2017 to makers of routers and switches on condition that "
        "they used its chips for almost all of their needs.",
        "Norvance said it was pleased the court had &#8220;recognised that much of the "
        "Commission&#8217;s case did not stand up&#8221; and that it was considering its options "
        "on the remaining part of the fine.",
    ],
    "Daniel Okoro, Technology Correspondent",
    date_line="Thursday 11 September 2025 16.40 BST",
    read_more=(3, "Brussels fines tech groups &euro;2.9bn in a year of record penalties"),
    most_read=[
        "Bank of England expected to hold rates at 4% next week",
        "Ryanair cuts winter flights from three regional airports",
        "UK economy flatlined in July, ONS says",
        "Apple unveils thinner iPhone at $999",
    ],
    section="Technology",
)

_K2_STRAITS = _straits_site(
    "EU court cuts Norvance antitrust fine in blow to Brussels",
    [
        "LUXEMBOURG &ndash; US chipmaker Norvance Semiconductor won a partial victory against the "
        "European Union&rsquo;s antitrust regulator on Wednesday (Sept 10), when a court cut a "
        "fine levied on the company in 2019 to &euro;219 million from &euro;842 million.",
        "The General Court, Europe&rsquo;s second-highest court, agreed with the European "
        "Commission that Norvance had abused its dominance in network processors, chips widely "
        "used in telecommunications gear, but said the regulator had not proved its case with "
        "respect to two of five customers.",
        "Norvance has a large research and design centre in Singapore, where it employs about "
        "1,200 people, and counts several Asian telecoms equipment makers among its customers.",
        "The ruling may be appealed to the Court of Justice of the European Union, which has the "
        "final say. The Commission said it would study the judgment carefully.",
        "In its original 2019 decision, the Commission found that Norvance had paid the rebates "
        "between 2009 and 2017 to makers of routers and switches that agreed to source nearly all "
        "of their processors from it.",
        "&ldquo;The court has recognised that much of the Commission&rsquo;s case did not stand "
        "up,&rdquo; Norvance said in a statement.",
        "The decision is closely watched in Asia, where regulators in South Korea and Japan have "
        "brought their own cases against chip companies over rebate schemes and exclusive "
        "dealing.",
        "Analysts said the smaller penalty would have little effect on Norvance&rsquo;s finances. "
        "The company reported revenue of US$14.8 billion in its last financial year.",
        "&ldquo;The bigger story is the legal standard,&rdquo; said Ms Joanne Lim, a competition "
        "lawyer at Raffles Lane Legal in Singapore. &ldquo;Regulators everywhere are being told "
        "that they must prove real harm before they punish discounts.&rdquo;",
    ],
    "Reuben Goh, Tech Correspondent", kicker="Tech",
    also_like=[
        "Singapore core inflation eases to 0.3% in August",
        "Chip stocks rally as Taiwan exports jump 34%",
        "South Korea fines chip designer 19.1 billion won over supply terms",
    ],
)


_MIN = r"(%|percent|per cent|pct)"

STORIES: list[dict[str, Any]] = [
    _story("trade-WB1", "trade", "2025-10-27", [
        _page("https://www.pacificwire.example/world/us-china-copenhagen-talks-2025-10-14-8812",
              _T1_WIRE),
        _page("https://www.dailycourier.example/business/2025/oct/15/us-china-tariff-truce-"
              "extended-copenhagen", _T1_COURIER),
        _page("https://www.straitsledger.example/global/us-china-extend-tariff-truce-90-days-"
              "copenhagen", _T1_STRAITS),
        _page("https://margincallnotes.example/copenhagen-truce-another-90-days/", _T1_BLOG),
    ], [
        ("duration",
         r"(?<![\d.])9 ?(hours?|hrs?|h\b)|\bnine[- ]hours?\b|\bnine-hour|(?<![\d.])540 ?min",
         r"(?<![\d.])6 ?(hours?|hrs?|h)\.?,? ?(and )?40|\bsix hours,? (and )?(40|forty)"
         r"|(?<![\d.])400 ?min|(?<![\d:])6:40\b"),
        ("title", r"vice[- ]premier", r"commerce minister|minister of commerce"),
        ("place", r"kuala lumpur", r"singapore(?!\s*time)"),
    ]),
    _story("trade-WB2", "trade", "2025-03-20", [
        _page("https://live.tickerhouse.example/markets/2025/03/04/china-us-tariffs-live",
              _T2_LIVE),
        _page("https://www.straitsledger.example/asia/china-hits-back-tariffs-us-farm-goods",
              _T2_STRAITS),
        _page("https://www.enpr.example/en/world/china-retaliates-farm-tariffs-a-71520",
              _T2_ENPR),
        _page("https://www.cvgazette.example/farm/china-tariffs-iowa-soybeans-pork/"
              "article_5f2a9c1e.html", _T2_GAZETTE),
    ], [
        ("tariff rate", r"(?<![\d.])15(\.0+)? ?" + _MIN, r"(?<![\d.])25(\.0+)? ?" + _MIN),
        ("effective date", r"mar(ch|\.)? ?10\b|\b10 mar|2025-03-10|\b3/10\b",
         r"mar(ch|\.)? ?12\b|\b12 mar|2025-03-12|\b3/12\b"),
        ("clock time", r"3[:.]30 ?p\.?m|\b15[:.]30|\b0?7[:.]30",
         r"(?<![\d:.])5([:.]00)? ?p\.?m|\b17[:.]00|\b0?9[:.]00"),
    ]),
    _story("cb-WB1", "central bank", "2025-12-29", [
        _page("https://www.pacificwire.example/business/bank-of-england-cuts-rates-"
              "2025-12-18-4410", _C1_WIRE),
        _page("https://www.dailycourier.example/business/2025/dec/18/bank-of-england-cuts-"
              "interest-rates", _C1_COURIER),
        _page("https://margincallnotes.example/boe-cuts-to-3-75-a-5-4-vote/", _C1_BLOG),
    ], [
        ("vote split",
         r"\b5 ?(-|\u2013|\u2014|to) ?4\b|\bfive[- ](to[- ])?four\b"
         r"|\bfour (members|policymakers|mpc)|(?<![\d.])4 (members|policymakers)",
         r"\b6 ?(-|\u2013|\u2014|to) ?3\b|\bsix[- ](to[- ])?three\b"
         r"|\bthree (members|policymakers|mpc)|(?<![\d.])3 (members|policymakers)"),
        ("inflation", r"(?<![\d.])3\.2 ?" + _MIN, r"(?<![\d.])3\.4 ?" + _MIN),
        ("next meeting", r"feb(ruary|\.)? ?5\b|\b5 feb|2026-02-05",
         r"feb(ruary|\.)? ?12\b|\b12 feb|2026-02-12"),
    ]),
    _story("cb-WB2", "central bank", "2025-10-09", [
        _page("https://www.pacificwire.example/business/australia-rba-holds-rates-5521",
              _C2_WIRE),
        _page("https://live.tickerhouse.example/markets/2025/09/30/asia-markets-live-rba",
              _C2_LIVE),
        _page("https://www.straitsledger.example/global/rba-keeps-rates-on-hold-3-6",
              _C2_STRAITS),
        _page("https://www.enpr.example/en/economy/australia-central-bank-rates-a-70188",
              _C2_ENPR),
    ], []),
    _story("court-WB1", "court", "2025-09-08", [
        _page("https://www.pacificwire.example/politics/appeals-court-emergency-tariffs-"
              "unlawful-7733", _K1_WIRE),
        _page("https://www.cvgazette.example/business/appeals-court-tariffs-iowa/"
              "article_91bd0e44.html", _K1_GAZETTE),
        _page("https://margincallnotes.example/federal-circuit-ieepa-tariffs-illegal/",
              _K1_BLOG),
        _page("https://www.ksnq9.example/article/money/appeals-court-tariffs-tacoma-"
              "importers/281-6f0c", _K1_TV),
    ], [
        ("majority",
         r"\b7 ?(-|\u2013|\u2014|to) ?4\b|\bseven[- ](to[- ])?four\b"
         r"|\bfour (judges|dissent)|(?<![\d.])4 (judges|dissent)",
         r"\b8 ?(-|\u2013|\u2014|to) ?3\b|\beight[- ](to[- ])?three\b"
         r"|\bthree (judges|dissent)|(?<![\d.])3 (judges|dissent)"),
        ("stay deadline", r"oct(ober|\.)? ?14\b|\b14 oct|2025-10-14",
         r"oct(ober|\.)? ?17\b|\b17 oct|2025-10-17"),
        ("quote speaker", r"brandt", r"okafor"),
    ]),
    _story("court-WB2", "court", "2025-09-19", [
        _page("https://www.enpr.example/en/europe/eu-court-norvance-fine-a-70012", _K2_ENPR),
        _page("https://www.dailycourier.example/technology/2025/sep/11/norvance-eu-court-"
              "fine-cut", _K2_COURIER),
        _page("https://www.straitsledger.example/tech/eu-court-cuts-norvance-antitrust-fine",
              _K2_STRAITS),
    ], [
        ("fine",
         r"(?<![\d.])291(\.\d+)? ?(m\b|mn\b|million)|\u20ac ?291\b|(?<![\d.])0\.291 ?b",
         r"(?<![\d.])219(\.\d+)? ?(m\b|mn\b|million)|\u20ac ?219\b|(?<![\d.])0\.219 ?b"),
        ("date", r"wednesday|sep(t\.?|tember|\.)? ?10\b|\b10 sep|2025-09-10",
         r"thursday|sep(t\.?|tember|\.)? ?11\b|\b11 sep|2025-09-11"),
    ]),
]
