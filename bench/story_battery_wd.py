"""Part WD of the story battery (web pages).

Written by engineer WD1 on 2026-12-06 (fifteenth session, fifth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WD`.

Six stories (two rocket test flights, two earthquakes, two elections), each told by three or
four invented outlets whose whole HTML pages (navigation, banners, ads, sidebars about other
news, footers) are built by one hand-written template per outlet.  One story is a control
story with no planted disagreement.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Outlet templates (one per outlet)
# ---------------------------------------------------------------------------------------------


def _meridian(title: str, paras: list[str], *, dateline: str, byline: str,
              published: str | None = None, updated: str | None = None,
              caption: str | None = None, related: tuple[str, ...] = (),
              reporting: str = "", section: str = "World") -> str:
    """Meridian Press: an international wire service based in London."""
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    upd = f'<span class="mp-time">Updated {updated}</span>' if updated else ""
    fig = ""
    if caption:
        fig = ('<figure class="mp-figure"><img src="/img/mp/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>\n')
    body = [f'<p><span class="dateline">{dateline} (Meridian) &#8212;</span> {paras[0]}</p>']
    body += [f"<p>{p}</p>" for p in paras[1:]]
    if reporting:
        body.append(f'<p class="mp-credits">{reporting}</p>')
    rel = "".join(f'<li><a href="/world/item-{i}">{h}</a></li>' for i, h in enumerate(related))
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Meridian Press</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta property="og:site_name" content="Meridian Press">\n'
        f'<meta property="og:title" content="{title}">\n{meta}'
        '<link rel="stylesheet" href="/static/mp.min.css">\n</head>\n<body>\n'
        '<a class="skip-link" href="#main">Skip to main content</a>\n'
        '<div class="consent" role="dialog" aria-label="Cookie preferences"><p>We and our '
        "partners use cookies to measure audiences and personalise content. You can change "
        'your choices at any time.</p><button>Accept all</button> <button>Reject non-essential'
        "</button> <button>Manage preferences</button></div>\n"
        '<header class="mp-masthead"><a class="mp-logo" href="/">MERIDIAN PRESS</a>\n'
        '<nav class="mp-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">'
        'Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/science">'
        'Science</a></li><li><a href="/sport">Sport</a></li><li><a href="/graphics">Graphics'
        '</a></li><li><a href="/pictures">Pictures</a></li></ul></nav>\n'
        '<form class="mp-search" action="/search"><input name="q" placeholder="Search">'
        "</form></header>\n"
        '<main id="main">\n<article class="mp-story">\n'
        f'<div class="mp-kicker"><a href="/{section.lower()}">{section}</a></div>\n'
        f'<h1 class="mp-headline">{title}</h1>\n'
        f'<div class="mp-meta"><span class="mp-byline">By {byline}</span> {upd}</div>\n'
        '<div class="mp-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> '
        '<a href="#">LinkedIn</a> <a href="#">Copy link</a></div>\n'
        f'{fig}<div class="mp-body">\n' + "\n".join(body) + "\n</div>\n"
        '<p class="mp-standards"><a href="/trust">Our Standards: The Meridian Trust '
        "Principles.</a></p>\n</article>\n"
        '<aside class="mp-related"><h2>Related coverage</h2><ul>' + rel + "</ul></aside>\n"
        '<section class="mp-newsletter"><h2>The Daily Meridian</h2><p>Our morning briefing, '
        "in your inbox before the markets open.</p><input type=\"email\" placeholder=\"Email "
        'address"> <button>Sign up</button></section>\n</main>\n'
        '<footer class="mp-footer"><p>&copy; 2025 Meridian Press Agency Ltd. All rights '
        "reserved. Registered office: 40 Anchor Wharf, London. All quotes delayed a minimum of "
        '15 minutes.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies'
        '</a> &middot; <a href="/terms">Terms of use</a></p></footer>\n</body>\n</html>\n'
    )


def _ledger(title: str, paras: list[str], *, deck: str, byline: str, bio: str,
            published: str | None = None, caption: str | None = None,
            readmore: tuple[int, str] | None = None, pullquote: tuple[int, str] | None = None,
            most_read: tuple[str, ...] = (), section: str = "World") -> str:
    """The National Ledger: a US national daily, div soup, JSON-LD when dated."""
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": published, "dateModified": published,
                "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": "The National Ledger"}}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
    art = ""
    if caption:
        art = ('<div class="lead-art"><div class="lead-art__img"><img src="/photos/lead.jpg" '
               f'alt=""></div><div class="lead-art__caption">{caption}</div></div>\n')
    out: list[str] = []
    for i, p in enumerate(paras):
        out.append(f'<p class="graf">{p}</p>')
        if readmore and readmore[0] == i:
            out.append(f'<div class="inline-rm"><strong>Read more:</strong> <a href="/rm">'
                       f"{readmore[1]}</a></div>")
        if pullquote and pullquote[0] == i:
            out.append(f'<blockquote class="pull"><p>{pullquote[1]}</p></blockquote>')
        if i % 4 == 3 and i + 1 < len(paras):
            out.append('<div class="ad-slot ad-slot--inline"><span class="ad-slot__label">'
                       "Advertisement</span><div id=\"gpt-inline\"></div></div>")
    mr = "".join(f'<li class="mr__item"><a href="/mr/{i}">{h}</a></li>'
                 for i, h in enumerate(most_read))
    return (
        "<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} - The National Ledger</title>\n{ld}"
        '<link rel="canonical" href="https://www.nationalledger.example/">\n</head>\n<body>\n'
        '<div id="app"><div class="top-bar"><div class="top-bar__inner">'
        '<a class="top-bar__logo" href="/">The National Ledger</a>'
        '<div class="top-bar__sections"><a href="/us">U.S.</a> <a href="/world">World</a> '
        '<a href="/politics">Politics</a> <a href="/business">Business</a> '
        '<a href="/science">Science</a> <a href="/opinion">Opinion</a> '
        '<a href="/climate">Climate</a></div>'
        '<div class="top-bar__acct"><a class="btn btn--sub" href="/subscribe">Subscribe</a> '
        '<a href="/login">Log in</a></div></div></div>\n'
        '<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement'
        "</span></div>\n"
        '<div class="page-wrap"><div class="col col--main">\n'
        f'<div class="section-label"><a href="/{section.lower()}">{section}</a></div>\n'
        f'<div class="hed-wrap"><h1 class="hed">{title}</h1>\n<div class="dek">{deck}</div>'
        "</div>\n"
        f'<div class="byline-wrap"><span class="byline">By <a href="/by/a">{byline}</a>'
        "</span></div>\n"
        '<div class="tools"><button>Gift this article</button> <button>Share</button> '
        "<button>Save</button></div>\n"
        f'{art}<div class="article-text">\n' + "\n".join(out) + "\n</div>\n"
        '<div class="paywall-teaser"><div class="paywall-teaser__h">Keep reading with a '
        "subscription</div><div>Unlimited digital access for $1 a week for your first year. "
        "Cancel or pause anytime.</div></div>\n"
        f'<div class="author-card"><div class="author-card__name">{byline}</div>'
        f'<div class="author-card__bio">{bio}</div></div>\n'
        '<div class="comments-cta"><a href="#comments">View comments</a></div>\n'
        '</div>\n<div class="col col--rail"><div class="mr"><div class="mr__h">Most Read'
        f"</div><ol>{mr}</ol></div>\n"
        '<div class="ad-slot ad-slot--rail"><span class="ad-slot__label">Advertisement'
        "</span></div></div></div>\n"
        '<div class="site-footer"><div>&copy; 2025 The National Ledger Company. '
        "88 Mercer Plaza, New York, NY.</div><div><a href=\"/help\">Help</a> | "
        '<a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a> | '
        '<a href="/ca">Your California Privacy Rights</a></div></div>\n</div>\n'
        "</body>\n</html>\n"
    )


def _kbvq(title: str, paras: list[str], *, byline: str, posted: str | None = None,
          video: str | None = None, tags: tuple[str, ...] = (),
          trending: tuple[str, ...] = (), alert: str = "") -> str:
    """KBVQ 7: a local TV station site in South Texas, <br>-separated text."""
    date = f'<div class="kb-posted">{posted}</div>' if posted else ""
    vid = ""
    if video:
        vid = ('<div class="kb-video"><div class="kb-video__player" data-id="88412"></div>'
               f'<div class="kb-video__caption">{video}</div></div>')
    alert_bar = f'<div class="kb-alert"><b>WEATHER AWARE:</b> {alert}</div>\n' if alert else ""
    text = "<br><br>\n".join(paras)
    tg = ", ".join(f'<a href="/tag/{i}">{t}</a>' for i, t in enumerate(tags))
    tr = "".join(f'<div class="kb-trend"><a href="/t/{i}">{h}</a></div>'
                 for i, h in enumerate(trending))
    return (
        "<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | KBVQ 7 News - South Texas</title>\n"
        '<meta property="og:site_name" content="KBVQ 7">\n'
        '<meta property="og:type" content="article">\n</head>\n<body class="kb">\n'
        f"{alert_bar}"
        '<div class="kb-top"><div class="kb-logo"><a href="/">KBVQ 7</a></div>'
        '<div class="kb-menu"><a href="/">Home</a> <a href="/news">Local News</a> '
        '<a href="/weather">First Alert Weather</a> <a href="/space">Space Coast of Texas</a> '
        '<a href="/sports">Friday Night Lights</a> <a href="/live">Watch Live</a> '
        '<a href="/tips">Send Us Tips</a></div></div>\n'
        '<div class="kb-wrap"><div class="kb-story">\n'
        f'<div class="kb-headline" style="font-size:34px;font-weight:800">{title}</div>\n'
        f'<div class="kb-byline">By {byline}</div>{date}\n{vid}\n'
        f'<div class="kb-text">\n{text}\n</div>\n'
        '<div class="kb-share">Share: <a href="#">Facebook</a> | <a href="#">X</a> | '
        '<a href="#">Email</a> | <a href="#">Copy link</a></div>\n'
        f'<div class="kb-tags">Tags: {tg}</div>\n'
        '<div class="kb-promo">Download the KBVQ 7 app for breaking news alerts and live '
        "radar.</div>\n</div>\n"
        f'<div class="kb-side"><div class="kb-side__h">Trending on KBVQ</div>{tr}</div>\n'
        "</div>\n"
        '<div class="kb-footer">KBVQ 7 &bull; 2100 Palm Boulevard, Harlingen, TX &bull; '
        '<a href="/eeo">EEO Report</a> &bull; <a href="/fcc">FCC Public File</a> &bull; '
        "&copy; 2025 Gulfstar Media Group</div>\n</body>\n</html>\n"
    )


def _tickerline(title: str, paras: list[str], *, author: str, date: str | None = None,
                cats: tuple[str, ...] = (), tags: tuple[str, ...] = (),
                recent: tuple[str, ...] = (), comments: int = 0) -> str:
    """Tickerline: a WordPress-style finance and markets blog."""
    dt = ""
    if date:
        dt = (f'<span class="posted-on">Posted on <time class="entry-date published">{date}'
              "</time></span> ")
    cat = ", ".join(f'<a href="/category/{c.lower()}" rel="category tag">{c}</a>'
                    for c in cats)
    tg = "".join(f'<a href="/tag/{i}" rel="tag">{t}</a>' for i, t in enumerate(tags))
    rp = "".join(f'<li><a href="/p/{i}">{h}</a></li>' for i, h in enumerate(recent))
    content = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{title} &#8211; Tickerline</title>\n"
        "<meta name='robots' content='index, follow'>\n"
        '<link rel="stylesheet" id="tl-style-css" href="/wp-content/themes/tl/style.css?ver=3.2"'
        ' media="all">\n</head>\n'
        '<body class="post-template-default single single-post postid-20931 single-format-'
        'standard">\n<div id="page" class="site">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/" rel="home">Tickerline</a></p>'
        '<p class="site-description">Markets, money &amp; the machines that move them</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li><a href="/markets">Markets</a></li><li><a href="/category/space">Space Economy'
        '</a></li><li><a href="/category/munis">Munis</a></li><li><a href="/category/macro">'
        'Macro</a></li><li><a href="/newsletter">Newsletter</a></li></ul></nav></header>\n'
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">\n<article class="post type-post status-publish">\n'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>\n'
        f'<div class="entry-meta">{dt}<span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/x">{author}</a></span></span></div></header>\n'
        f'<div class="entry-content">\n{content}\n'
        '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">'
        'Share on X</a></li><li><a href="#">Share on Facebook</a></li><li><a href="#">Email'
        "</a></li></ul></div>\n"
        '<div class="tl-disclaimer"><em>Nothing on Tickerline is investment advice. The author '
        "holds no positions in the companies mentioned.</em></div>\n</div>\n"
        f'<footer class="entry-footer"><span class="cat-links">Posted in {cat}</span> '
        f'<span class="tags-links">Tagged {tg}</span></footer>\n</article>\n'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments} '
        "thoughts on &ldquo;" + title + "&rdquo;</h2><p><a href=\"#respond\">Leave a reply"
        "</a></p></div>\n</main></div>\n"
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f'<h2 class="widget-title">Recent Posts</h2><ul>{rp}</ul></section>\n'
        '<section class="widget widget_mc4wp"><h2 class="widget-title">Get the Tickerline '
        'Tuesday letter</h2><input type="email" placeholder="you@example.com"> <input '
        'type="submit" value="Subscribe"></section></aside></div>\n'
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 '
        "Tickerline &middot; Proudly powered by WordPress</div></footer>\n</div>\n"
        "</body>\n</html>\n"
    )


def _abs(title: str, paras: list[str], *, published: str | None = None,
         caption: str | None = None, credit: str = "", more: tuple[str, ...] = (),
         top: tuple[str, ...] = (), topics: tuple[str, ...] = (), region: str = "World") -> str:
    """ABS News: a British public broadcaster (Albion Broadcasting Service)."""
    tm = ""
    if published:
        tm = f'<time datetime="{published}" data-testid="timestamp">{published[:10]}</time>'
    fig = ""
    if caption:
        fig = ('<figure><div class="img-wrap"><img src="/news/img/1.jpg" alt="">'
               f'<span class="img-credit">{credit}</span></div><figcaption><span '
               f'class="vh">Image caption, </span>{caption}</figcaption></figure>\n')
    text = "\n".join(
        f'<div data-component="text-block"><p>{"<b>" + p + "</b>" if i == 0 else p}</p></div>'
        for i, p in enumerate(paras))
    mo = "".join(f'<li><a href="/news/m{i}">{h}</a></li>' for i, h in enumerate(more))
    tp = "".join(f'<li><a href="/news/t{i}">{h}</a></li>' for i, h in enumerate(top))
    tc = "".join(f'<li><a href="/topics/{i}">{t}</a></li>' for i, t in enumerate(topics))
    return (
        '<!DOCTYPE html>\n<html lang="en-GB" class="no-js">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - ABS News</title>\n"
        '<meta name="description" content="">\n</head>\n<body>\n'
        '<a href="#main-content" class="skip">Skip to content</a>\n'
        '<div class="orb-banner"><a href="/">ABS</a> <a href="/news">News</a> '
        '<a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/iplayer">'
        'ABS Player</a> <a href="/sounds">Sounds</a></div>\n'
        '<div class="cookie-prompt"><h2>Let us know you agree to cookies</h2><p>We use '
        "cookies to give you the best online experience. Please let us know if you agree to "
        "all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to "
        "settings</button></div>\n"
        '<nav class="news-nav"><a href="/news">Home</a> <a href="/news/uk">UK</a> '
        '<a href="/news/world">World</a> <a href="/news/politics">Politics</a> '
        '<a href="/news/business">Business</a> <a href="/news/science">Science</a> '
        '<a href="/news/in-pictures">In Pictures</a></nav>\n'
        f'<main id="main-content"><article>\n<header><span class="region">{region}</span>'
        f'<h1 id="main-heading">{title}</h1>{tm}</header>\n'
        '<div class="share-tools"><button>Share</button><button>Save</button></div>\n'
        f"{fig}{text}\n"
        f'<section class="related-topics"><h2>Related topics</h2><ul>{tc}</ul></section>\n'
        f'<section class="more-on"><h2>More on this story</h2><ul>{mo}</ul></section>\n'
        "</article>\n"
        f'<aside class="top-stories"><h2>Top stories</h2><ul>{tp}</ul></aside></main>\n'
        '<footer class="orb-footer"><p>&copy; 2025 ABS. The ABS is not responsible for the '
        'content of external sites. <a href="/links">Read about our approach to external '
        "linking.</a></p></footer>\n</body>\n</html>\n"
    )


def _gazette(title: str, paras: list[str], *, byline: str, date: str | None = None,
             caption: str | None = None, most_read: tuple[str, ...] = (),
             sponsored: tuple[str, ...] = ()) -> str:
    """The Tasman Harbour Gazette: a New Zealand regional paper with heavy advertising."""
    dt = f'<div class="art-date">{date}</div>' if date else ""
    cap = ""
    if caption:
        cap = ('<div class="art-photo"><img src="/media/lead.jpg" alt=""><div '
               f'class="art-photo__cap">{caption}</div></div>\n')
    out: list[str] = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i % 2 == 1 and i + 1 < len(paras):
            out.append('<div class="adunit adunit--mrec"><div class="adunit__label">'
                       'ADVERTISEMENT</div><div class="adunit__body">Advertise with '
                       "Tasman Media</div></div>")
    mr = "".join(f'<li><a href="/n/{i}">{h}</a></li>' for i, h in enumerate(most_read))
    sp = "".join(f'<div class="sponsored__item"><a href="/ad/{i}">{h}</a><span>Sponsored'
                 "</span></div>" for i, h in enumerate(sponsored))
    return (
        "<!DOCTYPE html>\n<html lang=\"en-NZ\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | The Tasman Harbour Gazette</title>\n</head>\n<body>\n"
        '<div class="adunit adunit--billboard"><div class="adunit__label">ADVERTISEMENT</div>'
        '<div class="adunit__body">Winter sale now on at Richmond Mall</div></div>\n'
        '<div class="hdr"><div class="hdr__logo"><a href="/">The Tasman Harbour Gazette</a>'
        '</div><div class="hdr__links"><a href="/news">News</a> <a href="/local">Local</a> '
        '<a href="/nz">National</a> <a href="/rural">Rural</a> <a href="/sport">Sport</a> '
        '<a href="/notices">Death Notices</a> <a href="/epaper">E-Paper</a></div>'
        '<div class="hdr__sub"><a href="/subscribe">Subscribe</a> | <a href="/signin">Sign in'
        "</a></div></div>\n"
        '<div class="wrap"><div class="wrap__main"><div class="art">\n'
        f'<div class="art-head"><h1>{title}</h1></div>\n'
        f'<div class="art-by">{byline}</div>{dt}\n{cap}'
        '<div class="adunit adunit--inread"><div class="adunit__label">ADVERTISEMENT</div>'
        "</div>\n"
        '<div class="art-body">\n' + "\n".join(out) + "\n</div>\n"
        '<div class="premium-wall"><b>Support local journalism.</b> Subscribe to the Gazette '
        "from $2.50 a week.</div>\n"
        '<div class="art-share"><a href="#">Share on Facebook</a> <a href="#">Share via email'
        "</a></div>\n</div>\n"
        f'<div class="sponsored"><div class="sponsored__h">From around the web</div>{sp}'
        "</div>\n</div>\n"
        '<div class="wrap__side"><div class="adunit adunit--halfpage"><div '
        'class="adunit__label">ADVERTISEMENT</div></div>'
        f'<div class="mostread"><h3>Most read</h3><ol>{mr}</ol></div>'
        '<div class="adunit adunit--mrec"><div class="adunit__label">ADVERTISEMENT</div>'
        "</div></div></div>\n"
        '<div class="ftr">&copy; 2025 Tasman Media Ltd, 14 Wharf Road, Nelson. '
        '<a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a> | '
        '<a href="/privacy">Privacy</a></div>\n</body>\n</html>\n'
    )


def _straits_live(title: str, standfirst: str, entries: list[tuple[str, str, list[str]]],
                  *, published: str | None = None, day: str = "",
                  related: tuple[str, ...] = ()) -> str:
    """Straits Morning Post: a Singapore daily's live blog (newest update first)."""
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    posts = []
    for t, h, ps in entries:
        inner = "".join(f"<p>{p}</p>" for p in ps)
        posts.append(f'<div class="lb-post"><div class="lb-post__time"><time>{t}</time> '
                     f'<span class="lb-post__day">{day}</span></div><h3 class="lb-post__h">'
                     f"{h}</h3>{inner}</div>")
    rel = "".join(f'<li><a href="/asia/r{i}">{h}</a></li>' for i, h in enumerate(related))
    return (
        '<!DOCTYPE html>\n<html lang="en-SG">\n<head>\n<meta charset="utf-8">\n'
        f"<title>LIVE: {title} | Straits Morning Post</title>\n"
        '<meta property="og:site_name" content="Straits Morning Post">\n'
        f"{meta}</head>\n<body>\n"
        '<div class="smp-header"><a class="smp-logo" href="/">Straits Morning Post</a> '
        '<span class="smp-nav"><a href="/singapore">Singapore</a> <a href="/asia">Asia</a> '
        '<a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">Tech</a> '
        '<a href="/opinion">Opinion</a></span> <a class="smp-sub" href="/subscribe">Subscribe '
        "from S$0.99</a></div>\n"
        '<div class="smp-consent">This site uses cookies. By continuing you agree to our '
        '<a href="/privacy">privacy policy</a>. <button>OK</button></div>\n'
        '<div class="smp-live"><div class="smp-live__badge">LIVE</div>\n'
        f'<h1 class="smp-live__title">{title}</h1>\n'
        f'<div class="smp-live__standfirst">{standfirst}</div>\n'
        '<div class="smp-live__share"><a href="#">Share on Facebook</a> <a href="#">Share on '
        'WhatsApp</a> <a href="#">Copy link</a></div>\n'
        '<div class="smp-live__feed">\n' + "\n".join(posts) + "\n</div></div>\n"
        f'<div class="smp-related"><h4>More from Asia</h4><ul>{rel}</ul></div>\n'
        '<div class="smp-footer">&copy; 2025 Straits Morning Post Pte Ltd. 9 Keppel Quay, '
        "Singapore. Co. Regn. No. 199900000X</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------------------------
    # rocket-WD1: third Brannock test flight (Kestrel Orbital), Texas Gulf Coast
    # -----------------------------------------------------------------------------------------
    _story("rocket-WD1", "rocket", "2025-09-01", [
        _page("https://www.kbvq7.example/news/space/brannock-third-flight-willacy-county",
              _kbvq(
                  "Kestrel&#8217;s Brannock rocket roars off Willacy County coast on third "
                  "test flight",
                  [
                      "PORT MANSFIELD &mdash; Thousands of people lined the beaches, "
                      "causeways and ranch roads of the Lower Rio Grande Valley as Kestrel "
                      "Orbital&#8217;s Brannock rocket thundered off its launch pad north of "
                      "Port Mansfield on the company&#8217;s third test flight.",
                      "The stainless-steel rocket lifted off at 7:42 a.m. under clear skies, "
                      "a little more than half an hour into a launch window that opened at "
                      "7 a.m. Unlike the first two attempts, this one went the distance.",
                      "The first stage, known inside the company as Booster 13, fired its 24 "
                      "methane-burning Harrier engines for roughly two and a half minutes "
                      "before separating and dropping back to a planned splashdown in the "
                      "Gulf of Mexico. Company video showed one of those engines shutting "
                      "down early on the climb, but Kestrel said the others made up the "
                      "difference.",
                      "The upper stage kept going. It released four dummy satellites, relit "
                      "an engine in space and splashed down in the Indian Ocean 64 minutes "
                      "after liftoff, ending a flight that Kestrel employees watching from "
                      "the site greeted with cheers and air horns.",
                      "&ldquo;We got the data we came for, and then some,&rdquo; Kestrel chief "
                      "executive Mariela Ostrander told workers gathered at the launch site, "
                      "in remarks carried on the company&#8217;s webcast.",
                      "The first two Brannock flights, in January and May, both ended with "
                      "the loss of the upper stage, and the company had been under pressure "
                      "to show progress.",
                      "The Willacy County Sheriff&#8217;s Office estimated that about 5,000 "
                      "spectators gathered along State Highway 186 and across the water on "
                      "South Padre Island. Deputies closed a stretch of the highway from "
                      "5 a.m. until shortly after the launch, and traffic backed up for "
                      "several miles once it reopened.",
                      "&ldquo;I felt it in my chest,&rdquo; said Lupe Garza, who runs a bait "
                      "shop on the Port Mansfield harbor. &ldquo;My grandkids are already "
                      "asking when the next one is.&rdquo;",
                      "Ostrander said the company hopes to fly Brannock again before the end "
                      "of the year, once engineers have combed through the flight data.",
                      "Kestrel employs about 1,100 people at its Willacy County site, making "
                      "it one of the largest private employers in the county. The company "
                      "has said it plans to add a second launch pad at the site in 2026.",
                      "<strong>Have a photo or video of the launch?</strong> Send it to "
                      "<a href=\"/tips\">KBVQ 7</a> and it could appear on air.",
                  ],
                  byline="Rosa Villarreal, KBVQ 7",
                  video="WATCH: Brannock clears the tower at Kestrel&#8217;s Sandhill launch "
                        "site (KBVQ 7 drone footage)",
                  tags=("Kestrel Orbital", "Brannock", "Willacy County", "Space"),
                  trending=("Harlingen council approves $18 million drainage plan",
                            "Cameron County jobless rate falls to 5.9% in July",
                            "Two hurt in rollover on I-69E near San Benito",
                            "Brownsville schools open the year with 41,000 students"),
                  alert="Heat advisory in effect for Cameron, Willacy and Hidalgo counties.",
              )),
        _page("https://www.meridianpress.example/science/kestrel-brannock-third-flight-0819",
              _meridian(
                  "Kestrel&#8217;s Brannock rocket completes first full test flight at "
                  "third attempt",
                  [
                      "Kestrel Orbital&#8217;s Brannock rocket completed its first full test "
                      "flight on Tuesday, deploying four dummy satellites and bringing its "
                      "upper stage down in a controlled splashdown in the Indian Ocean, after "
                      "the two previous attempts this year ended in failure.",
                      "The two-stage rocket, which burns methane and liquid oxygen, lifted off "
                      "from Kestrel&#8217;s Sandhill launch site on the Texas Gulf Coast at "
                      "1242 GMT. Its booster, designated B12, separated on schedule and came "
                      "down in the Gulf of Mexico as planned.",
                      "One of the booster&#8217;s 24 Harrier engines shut down early during "
                      "the ascent, a company commentator said on Kestrel&#8217;s webcast, but "
                      "the remaining engines compensated and the upper stage stayed on its "
                      "planned trajectory.",
                      "The upper stage climbed to a peak altitude of about 190 km, released "
                      "the four mass simulators and relit one of its three engines in space "
                      "before re-entering the atmosphere. It splashed down 64 minutes after "
                      "liftoff.",
                      "&ldquo;We got the data we came for, and then some,&rdquo; chief "
                      "executive Mariela Ostrander said after the splashdown.",
                      "In January, Brannock&#8217;s upper stage broke apart about six minutes "
                      "into the first flight. The second flight, in May, ended when the upper "
                      "stage exploded roughly nine minutes after launch.",
                      "The U.S. Federal Aviation Administration, which licenses commercial "
                      "launches, said no public injuries or damage to property had been "
                      "reported.",
                      "Kestrel is developing Brannock to launch its own broadband satellites "
                      "and to compete for U.S. government launch contracts. Ostrander said "
                      "the company aimed to fly again before the end of the year.",
                      "The Austin, Texas-based company, founded in 2017, has raised more than "
                      "$4 billion from private investors.",
                  ],
                  dateline="PORT MANSFIELD, Texas",
                  byline="Dana Kettering",
                  published="2025-08-19T14:05:00Z",
                  updated="19 August 2025, 15:10 GMT",
                  reporting="Reporting by Dana Kettering in Port Mansfield, Texas; additional "
                            "reporting by Sam Oyelaran in London; Editing by Ruth Amsel",
                  section="Science",
                  related=("Japanese start-up&#8217;s small rocket reaches orbit on fourth try",
                           "European launch agency awards &euro;169 million in challenge "
                           "grants",
                           "Airline shares slide as jet fuel prices climb 6% in a week"),
              )),
        _page("https://www.nationalledger.example/science/kestrel-brannock-rocket-test.html",
              _ledger(
                  "On Third Try, Kestrel&#8217;s Brannock Rocket Flies Its Full Test Profile",
                  [
                      "A towering rocket built by Kestrel Orbital flew its full test profile "
                      "for the first time on Tuesday, a badly needed success for a company "
                      "whose two previous flights ended in fiery failures.",
                      "The Brannock rocket lifted off at 8:42 a.m. Eastern time from the "
                      "company&#8217;s Sandhill launch site, a stretch of coastal scrubland in "
                      "Willacy County, Texas, about 50 miles north of the Mexican border.",
                      "Telemetry shown on Kestrel&#8217;s webcast indicated that one of the 24 "
                      "Harrier engines on the first stage, Booster 12, shut down early, but "
                      "the rest of the climb proceeded normally. The booster separated and "
                      "made a controlled splashdown in the Gulf of Mexico, as planned; "
                      "Kestrel has said it will not try to recover boosters until later "
                      "flights.",
                      "The upper stage continued to an altitude of roughly 118 miles, released "
                      "four mass simulators &mdash; metal stand-ins for the satellites Brannock "
                      "is meant to carry &mdash; and reignited an engine in space, a step "
                      "that future orbital missions will depend on. It came down in the "
                      "Indian Ocean 64 minutes after launch.",
                      "&ldquo;We got the data we came for &mdash; and then some,&rdquo; "
                      "Mariela Ostrander, Kestrel&#8217;s chief executive, said on the "
                      "webcast.",
                      "The stakes were unusually high. In January, the upper stage on the "
                      "first Brannock flight disintegrated about six minutes after liftoff; "
                      "in May, the second flight&#8217;s upper stage exploded around the "
                      "nine-minute mark. The Federal Aviation Administration closed its "
                      "investigation of the May mishap in late July, clearing the way for "
                      "this week&#8217;s attempt.",
                      "&ldquo;Two failures followed by a clean flight is more or less how new "
                      "rockets grow up,&rdquo; said Priya Venkataraman, a space policy analyst "
                      "at the Calloway Institute, a research group in Washington. &ldquo;What "
                      "matters now is how quickly they can turn around the next one.&rdquo;",
                      "Kestrel wants Brannock to launch the thousands of broadband satellites "
                      "it plans to put in orbit, and it is courting the Pentagon for "
                      "national-security missions. Ms. Ostrander said she hoped to fly again "
                      "before the end of the year.",
                      "For the towns along the Laguna Madre, the launches have become events. "
                      "Motels in Port Mansfield and on South Padre Island were fully booked, "
                      "and spectators staked out spots along the shoreline before dawn.",
                  ],
                  deck="The methane-fueled rocket released four dummy satellites and splashed "
                       "down in the Indian Ocean, a milestone after two failed flights this "
                       "year.",
                  byline="Carla Whitcombe",
                  bio="Carla Whitcombe covers space and aviation for The National Ledger. She "
                      "is based in Houston.",
                  published="2025-08-19T18:20:00Z",
                  caption="The Brannock rocket climbing away from the Texas coast. "
                          "<em>Courtesy of Kestrel Orbital</em>",
                  readmore=(1, "How a Texas fishing village became a spaceport town"),
                  pullquote=(6, "&ldquo;Two failures followed by a clean flight is more or "
                                "less how new rockets grow up.&rdquo;"),
                  most_read=("Senate passes stopgap bill to keep agencies open through "
                             "Nov. 21",
                             "Mortgage rates fall to 6.58%, the lowest since October",
                             "A 7.0 quake shakes the Alaska Peninsula; no tsunami threat",
                             "Opinion: The quiet crisis in rural hospitals"),
                  section="Science",
              )),
        _page("https://tickerline.example/2025/08/kestrel-brannock-valuation/",
              _tickerline(
                  "Kestrel finally nails a Brannock flight. What it means for that $31 "
                  "billion price tag",
                  [
                      "Third time&#8217;s the charm &mdash; or at least the first good news of "
                      "the year for Kestrel Orbital&#8217;s launch program. The Austin "
                      "company&#8217;s Brannock rocket flew its full test profile, lifting off "
                      "from the Texas coast at 13:42 GMT and putting its upper stage down in "
                      "the Indian Ocean a little over an hour later.",
                      "Why should anyone who trades for a living care? Because Kestrel is "
                      "private, but its shadow over public markets is long. A handful of "
                      "listed suppliers, a satellite-broadband industry that needs cheap "
                      "lift, and every late-stage fund that bought into the June round are "
                      "all, in some way, long Brannock.",
                      "Quick refresher: Kestrel raised <strong>$1.2 billion in June at a $31 "
                      "billion valuation</strong>. People close to that round told us at the "
                      "time that the price assumed at least one clean test flight before "
                      "year-end. Box ticked.",
                      "The flight wasn&#8217;t spotless. Two of the booster&#8217;s 24 engines "
                      "cut out early on the way up, according to the company&#8217;s webcast "
                      "commentary, and the booster was dropped into the Gulf of Mexico rather "
                      "than recovered. Reusability, which is where the real margin lives, is "
                      "still a slide in a deck.",
                      "Still, the upper stage did what the two earlier Brannock upper stages "
                      "did not: it survived. It released four dummy satellites, relit an "
                      "engine in space and came home in one piece. CEO Mariela Ostrander said "
                      "on the stream that the team got the data it came for.",
                      "The tape agreed. Halvard Composites (HLVD), which makes tank liners "
                      "for Brannock, rose 4.8% on the day; Bexley Propulsion (BXPL), a valve "
                      "supplier, added 3.1%. Both have given most of it back since, which "
                      "tells you how much of this was already priced in.",
                      "<em>Our take:</em> a successful test is necessary, not sufficient. The "
                      "number that matters for the valuation is cadence &mdash; how many "
                      "Brannocks fly in 2026 &mdash; and nobody outside Kestrel knows it. "
                      "Watch for a date for flight four, and for any sign the company is "
                      "ready to try catching a booster.",
                      "<a href=\"/2025/06/kestrel-round/\">Read our June breakdown of the "
                      "Kestrel round</a> for the cap-table details.",
                  ],
                  author="Nate Brisco",
                  cats=("Space Economy", "Private Markets"),
                  tags=("Kestrel Orbital", "Brannock", "HLVD", "BXPL"),
                  recent=("Fed minutes: two governors wanted a cut in July",
                          "Muni yields jump 12 bps as supply floods in",
                          "The 4.25%&ndash;4.50% question: how long can the Fed hold?",
                          "Copper slips 2% on China demand worries"),
                  comments=37,
              )),
    ], [
        ("booster", r"\bb-?12\b|booster 12\b", r"\bb-?13\b|booster 13\b"),
        ("time", r"(?<![\d:])(12:?42|0?7:42|0?8:42)", r"(?<![\d:])(13:?42|0?1:42 ?p)"),
        ("engines shut down", r"\b(one|1|single)\b", r"\b(two|2)\b"),
    ]),
    # -----------------------------------------------------------------------------------------
    # rocket-WD2: maiden flight of Nordlicht Space's Skarv from Andoya, Norway
    # -----------------------------------------------------------------------------------------
    _story("rocket-WD2", "rocket", "2025-03-28", [
        _page("https://www.meridianpress.example/business/aerospace/nordlicht-skarv-andoya",
              _meridian(
                  "German start-up&#8217;s Skarv rocket crashes seconds after first launch "
                  "from Norway",
                  [
                      "A rocket built by German start-up Nordlicht Space crashed into the "
                      "Norwegian Sea on Friday about 41 seconds after lifting off from "
                      "And&oslash;ya Spaceport, ending the first attempt to reach orbit from "
                      "continental Europe outside Russia.",
                      "The 28-metre Skarv rocket rose from its pad on the Arctic island of "
                      "And&oslash;ya at 1130 GMT but began to pitch and roll soon after "
                      "clearing the launch tower, a company livestream showed. Its flight "
                      "termination system shut down the engines and it fell into the sea "
                      "roughly 800 metres from the shore.",
                      "&ldquo;We learned more in these seconds than in a year of ground "
                      "testing,&rdquo; Nordlicht chief executive Henrik Vollmer said in a "
                      "statement. &ldquo;Our second vehicle is already in production.&rdquo;",
                      "No one was hurt, the spaceport said. Solveig R&oslash;nning, "
                      "And&oslash;ya Spaceport&#8217;s managing director, told reporters that "
                      "damage to the pad appeared to be limited and that the site would be "
                      "ready for further launches.",
                      "Nordlicht had said before the flight that reaching orbit on a first "
                      "attempt was unlikely and that it would count every second of flight as "
                      "useful data. The rocket, designed to carry up to 1,000 kg to low Earth "
                      "orbit, flew without a payload.",
                      "European governments have backed a handful of small launch companies "
                      "to reduce the continent&#8217;s reliance on U.S. providers for putting "
                      "satellites into orbit. Nordlicht, based near Munich, has raised about "
                      "150 million euros from investors and public programmes.",
                      "Norway opened And&oslash;ya to orbital launches in 2023. The island "
                      "had for decades hosted only suborbital sounding rockets used for "
                      "atmospheric research.",
                      "Rival European start-ups are preparing first launches from sites in "
                      "Scotland&#8217;s Shetland Islands and northern Sweden, and several "
                      "have said they hope to fly this year.",
                  ],
                  dateline="ANDOYA, Norway",
                  byline="Ingvild Moe",
                  published="2025-03-14T12:20:00Z",
                  reporting="Reporting by Ingvild Moe in Oslo and Felix Auerbach in Munich; "
                            "Editing by Mark Hollis",
                  section="Business",
                  related=("Scottish launch site pushes first orbital attempt back to summer",
                           "EU space budget to rise 9% in next seven-year plan",
                           "Norway&#8217;s sovereign fund posts 13% return for 2024"),
              )),
        _page("https://www.absnews.example/news/science-environment/skarv-rocket-norway",
              _abs(
                  "Skarv: First orbital rocket launched from Norway crashes into sea",
                  [
                      "A rocket that its makers hoped would become the first to reach orbit "
                      "from mainland Europe has crashed into the sea just 30 seconds after "
                      "taking off from northern Norway.",
                      "The uncrewed Skarv rocket, built by the German company Nordlicht "
                      "Space, lifted off from And&oslash;ya Spaceport, on an island north of "
                      "the Arctic Circle, at 12:30 local time (11:30 GMT).",
                      "Footage showed the 28m (92ft) rocket wobbling shortly after it cleared "
                      "the launch tower. It then fell back and hit the water close to the "
                      "shore, sending up a large plume of smoke and spray.",
                      "Nordlicht said the rocket&#8217;s automatic flight termination system "
                      "had switched off its engines once it strayed from its planned path.",
                      "&ldquo;We learned more in these seconds than in a year of ground "
                      "testing,&rdquo; said Anja Brekke, Nordlicht&#8217;s chief technology "
                      "officer.",
                      "The company had repeatedly played down expectations, saying before "
                      "the launch that it would be satisfied if the vehicle simply cleared "
                      "the tower.",
                      "And&oslash;ya Spaceport said there were no injuries and the launch "
                      "pad appeared largely intact.",
                      "The two-stage Skarv is designed to place satellites weighing up to one "
                      "tonne into low orbit. It carried no satellites on this test flight.",
                      "Several European start-ups are racing to be the first to reach orbit "
                      "from the continent, which currently relies on a small number of large "
                      "rockets and on American launch firms.",
                      "Nordlicht has raised about &euro;150m (&pound;126m) from private "
                      "investors and European public funding programmes.",
                      "Norway&#8217;s trade minister, who watched the launch from a viewing "
                      "area on the island, said the country remained committed to becoming a "
                      "hub for launches to polar orbit.",
                  ],
                  caption="The Skarv rocket on the launch pad at And&oslash;ya before its "
                          "maiden flight",
                  credit="Nordlicht Space",
                  more=("Why Europe wants its own small rockets",
                        "Shetland spaceport cleared for up to 30 launches a year"),
                  top=("Bank of England holds interest rates at 4.5%",
                       "Man charged after van hits three cyclists in Leeds",
                       "Cold snap: temperatures to plunge to -8C in the Highlands"),
                  topics=("Space exploration", "Norway", "Germany"),
                  region="Science",
              )),
        _page("https://www.nationalledger.example/science/skarv-rocket-norway-launch.html",
              _ledger(
                  "A European Rocket Start-Up&#8217;s First Launch Ends in the Sea",
                  [
                      "The first rocket to try to reach orbit from continental Europe outside "
                      "Russia tumbled into the Norwegian Sea on Thursday, less than a minute "
                      "after lifting off from an island above the Arctic Circle.",
                      "The Skarv rocket, built by Nordlicht Space, a German start-up, rose "
                      "from And&oslash;ya Spaceport in northern Norway at 7:30 a.m. Eastern "
                      "time. Within seconds it began drifting off course, and it hit the "
                      "water 41 seconds after liftoff, close to the launch site.",
                      "&ldquo;We learned more in these seconds than in a year of ground "
                      "testing,&rdquo; Henrik Vollmer, Nordlicht&#8217;s chief executive, said "
                      "in a statement released shortly afterward.",
                      "No injuries were reported.",
                      "The outcome was not a surprise, even to the company. Maiden flights of "
                      "new rockets fail often, and Nordlicht had said publicly that it would "
                      "regard any time in the air as a success.",
                      "&ldquo;Nobody in this business expects a first flight to reach "
                      "orbit,&rdquo; said Marta Olszewska, a launch industry consultant based "
                      "in Brussels. &ldquo;The question is whether they can find the fault "
                      "and fly again within a year. The good ones do.&rdquo;",
                      "The 92-foot Skarv is designed to carry about 2,200 pounds to low orbit, "
                      "a size suited to the small imaging and communications satellites that "
                      "European companies and militaries increasingly want to launch without "
                      "waiting for a ride on an American rocket.",
                      "European officials have grown uneasy about that dependence. The "
                      "continent&#8217;s large rockets fly only a few times a year, and "
                      "governments in Germany, Britain, Norway and Sweden have put money into "
                      "new launch companies and spaceports in the hope of building a "
                      "homegrown industry.",
                      "Nordlicht, which is based outside Munich, has not said when its second "
                      "rocket will be ready.",
                  ],
                  deck="Nordlicht Space&#8217;s Skarv rocket fell into the Norwegian Sea "
                       "moments after liftoff. The company called the test a learning "
                       "experience.",
                  byline="Jonas Halloran",
                  bio="Jonas Halloran is a science correspondent for The National Ledger, "
                      "based in London.",
                  published="2025-03-14T16:40:00Z",
                  caption="A frame from Nordlicht Space&#8217;s livestream shows the Skarv "
                          "rocket shortly after liftoff. <em>Nordlicht Space, via "
                          "livestream</em>",
                  most_read=("Stocks slide as new tariffs on steel take effect",
                             "Egg prices fall 12% from February peak",
                             "The 9 best new restaurants in Chicago",
                             "Opinion: What the Fed gets wrong about inflation"),
                  section="Science",
              )),
    ], [
        ("duration", r"\b41 ?(s|sec|secs|seconds?)\b|forty-one",
         r"(?<![\d.])30 ?(s|sec|secs|seconds?)\b|thirty seconds|half a minute"),
        ("quote speaker", r"vollmer", r"brekke"),
        ("date", r"friday|march 14|14 march|2025-03-14|mar\.? 14",
         r"thursday|march 13|13 march|2025-03-13|mar\.? 13"),
    ]),
    # -----------------------------------------------------------------------------------------
    # earthquake-WD1: M6.2 quake near Majene, West Sulawesi (live blog with a rising toll)
    # -----------------------------------------------------------------------------------------
    _story("quake-WD1", "earthquake", "2025-10-05", [
        _page("https://www.straitsmorningpost.example/asia/se-asia/live-west-sulawesi-quake",
              _straits_live(
                  "Deadly earthquake strikes Indonesia&#8217;s West Sulawesi",
                  "Follow our live coverage of the magnitude 6.2 quake near Majene. All "
                  "times are Singapore time (GMT+8), which is also local time in West "
                  "Sulawesi.",
                  [
                      ("4.20pm", "Singapore offers assistance", [
                          "Singapore&#8217;s Ministry of Foreign Affairs said it had "
                          "conveyed condolences to Jakarta and that the Singapore Armed "
                          "Forces stood ready to help if asked. The Singapore Red Cross "
                          "pledged S$50,000 for relief supplies.",
                      ]),
                      ("1.55pm", "Death toll climbs to 19, more than 200 injured", [
                          "Indonesia&#8217;s National Disaster Management Agency (BNPB) "
                          "now says 19 people have died. Spokesman Rizal Hamdani told a "
                          "briefing in Jakarta that 214 people were injured and about 3,100 "
                          "were staying in evacuation shelters. At least 640 houses were "
                          "damaged.",
                          "&ldquo;Many residents are still afraid to return to their "
                          "homes,&rdquo; he said.",
                      ]),
                      ("10.40am", "Toll rises to 14 as aftershocks rattle region", [
                          "BNPB has raised the death toll to 14. The weather and geophysics "
                          "agency says it has recorded 27 aftershocks so far, the strongest "
                          "of magnitude 5.1.",
                          "The area was hit by a magnitude 6.2 quake in January 2021 that "
                          "killed more than 100 people, and many families here lived in "
                          "tents for months afterwards.",
                      ]),
                      ("7.15am", "Eight dead; hospital patients moved outdoors", [
                          "BNPB says eight people are now confirmed dead. In Mamuju, the "
                          "provincial capital, patients at the regional hospital were "
                          "wheeled out into tents in the car park as a precaution.",
                      ]),
                      ("4.30am", "First reports of deaths in Majene", [
                          "At least three people were killed when their houses collapsed in "
                          "Majene, a local disaster official told Indonesian television. "
                          "Residents in coastal villages fled to higher ground in the dark "
                          "even though no tsunami warning had been issued.",
                      ]),
                      ("2.05am", "Strong quake hits West Sulawesi", [
                          "A magnitude 6.2 earthquake struck Indonesia&#8217;s West Sulawesi "
                          "province at 1.28am local time on Tuesday, the Meteorology, "
                          "Climatology and Geophysical Agency (BMKG) said.",
                          "The epicentre was 8km north-east of Majene, at a depth of 10km. "
                          "BMKG said the quake did not have the potential to trigger a "
                          "tsunami.",
                      ]),
                  ],
                  published="2025-09-23T02:05:00+08:00",
                  day="23 Sep 2025",
                  related=("Magnitude 5.8 quake jolts Davao Oriental; no casualties "
                           "reported",
                           "Ringgit firms to 4.18 against the US dollar",
                           "Thai cabinet approves 157 billion baht stimulus package"),
              )),
        _page("https://www.meridianpress.example/world/asia-pacific/indonesia-quake-sulawesi",
              _meridian(
                  "Quake in Indonesia&#8217;s West Sulawesi kills 19, damages hundreds of "
                  "homes",
                  [
                      "A magnitude 6.2 earthquake struck Indonesia&#8217;s West Sulawesi "
                      "province before dawn, killing 19 people, injuring more than 200 and "
                      "forcing about 3,100 from their homes, the national disaster agency "
                      "said.",
                      "The shallow quake hit at 1:28 a.m. local time (1728 GMT), with its "
                      "epicentre about 8 km north-east of Polewali at a depth of 10 km, "
                      "according to the country&#8217;s geophysics agency, BMKG.",
                      "Most of the victims were in Majene regency, where brick and timber "
                      "houses collapsed as people slept, disaster agency spokesman Rizal "
                      "Hamdani told reporters.",
                      "&ldquo;Many residents are still afraid to return to their homes,&rdquo; "
                      "Hamdani said, adding that dozens of aftershocks had rattled the area, "
                      "the strongest of magnitude 5.1.",
                      "Patients at the main hospital in Mamuju, the provincial capital, were "
                      "moved to tents outside as a precaution, local television footage "
                      "showed. Rescuers with excavators were searching the rubble of several "
                      "shophouses in Majene town.",
                      "BMKG said the quake did not have the potential to cause a tsunami.",
                      "Electricity was cut in parts of Majene after the quake, and the "
                      "national search and rescue agency said it had sent teams by road from "
                      "Makassar, the largest city on Sulawesi, to help dig through collapsed "
                      "buildings.",
                      "In January 2021, a magnitude 6.2 quake in the same region killed more "
                      "than 100 people and damaged thousands of buildings.",
                      "Indonesia straddles several colliding tectonic plates and records "
                      "thousands of tremors a year, most of them too weak to be felt.",
                  ],
                  dateline="JAKARTA",
                  byline="Fitri Kusumawati",
                  reporting="Reporting by Fitri Kusumawati; Writing by Aaron Lisle; Editing "
                            "by Kim Barrow",
                  caption="File photo: A street in Mamuju after the January 2021 earthquake.",
                  related=("Philippine peso hits record low of 59.1 per dollar",
                           "Japan&#8217;s Sakurajima volcano erupts, ash plume reaches "
                           "4,400 metres",
                           "Malaysia to raise minimum wage to 1,900 ringgit"),
              )),
        _page("https://www.absnews.example/news/world-asia-sulawesi-earthquake",
              _abs(
                  "Indonesia earthquake: Nineteen killed as quake hits Sulawesi",
                  [
                      "At least 19 people have been killed and more than 200 injured after a "
                      "magnitude 6.2 earthquake struck the Indonesian island of Sulawesi, "
                      "officials say.",
                      "The quake hit at 02:28 local time, when most people were asleep, and "
                      "was centred 8km (5 miles) north-east of the coastal town of Majene in "
                      "West Sulawesi province.",
                      "It was shallow, at a depth of 10km, which tends to make the shaking "
                      "at the surface more violent. Tremors were felt as far away as Makassar.",
                      "Video shared on social media showed people running into the streets "
                      "in darkness as walls and roofs came down around them.",
                      "Indonesia&#8217;s disaster agency, known as BNPB, said about 3,100 "
                      "people had been displaced and were sheltering in tents and public "
                      "buildings. Many were reluctant to go back indoors because of "
                      "aftershocks.",
                      "&ldquo;Many people are still afraid to go back into their "
                      "houses,&rdquo; agency spokesman Rizal Hamdani said.",
                      "In Mamuju, the provincial capital, hospital patients were wheeled "
                      "outside and treated in tents.",
                      "Rescue workers and neighbours used their hands and simple tools to "
                      "search the rubble of collapsed homes, local media reported. The "
                      "government said food, clean water and medicine were being sent to "
                      "the worst-hit villages. Schools in Majene and Mamuju were closed "
                      "while engineers checked their buildings for damage.",
                      "The same area was struck by a magnitude 6.2 earthquake in January "
                      "2021 that killed more than 100 people.",
                      "Indonesia, an archipelago of thousands of islands, has frequent "
                      "earthquakes because it sits where several of the plates that make up "
                      "the Earth&#8217;s crust meet.",
                  ],
                  caption="Residents inspect a collapsed house in Majene",
                  credit="ABS/Andi Rahman",
                  more=("Indonesia&#8217;s deadliest earthquakes of the past decade",
                        "Why Indonesia has so many earthquakes"),
                  top=("UK inflation holds at 3.8% in August",
                       "Storm Amy: 80mph gusts forecast for west coast",
                       "Premier League: five things we learned"),
                  topics=("Indonesia", "Earthquakes"),
                  region="Asia",
              )),
        _page("https://www.nationalledger.example/world/asia/indonesia-earthquake-sulawesi.html",
              _ledger(
                  "Earthquake in Indonesia Kills at Least 19",
                  [
                      "A powerful earthquake struck the Indonesian province of West Sulawesi "
                      "before dawn on Tuesday, killing at least 19 people and damaging "
                      "hundreds of homes, officials said.",
                      "The magnitude 6.2 quake hit at 1:28 a.m. local time, or 1:28 p.m. "
                      "Monday Eastern time, about five miles northeast of the town of Majene, "
                      "according to Indonesia&#8217;s meteorology and geophysics agency. It "
                      "struck at a depth of 18 kilometers, or about 11 miles.",
                      "More than 200 people were injured, and about 3,100 were staying in "
                      "shelters, Indonesia&#8217;s National Disaster Management Agency said. "
                      "At least 640 houses were damaged. Aid groups said tarpaulins, "
                      "blankets and clean water were the most urgent needs in the shelters.",
                      "Television footage from Majene showed collapsed shopfronts, cracked "
                      "roads and residents picking through piles of bricks and roof tiles. "
                      "In Mamuju, the provincial capital, hospital staff moved patients into "
                      "tents outside the building.",
                      "The agency&#8217;s spokesman, Rizal Hamdani, said many residents were "
                      "still too frightened of aftershocks to sleep indoors. Officials said "
                      "they were still assessing damage in villages in the hills above the "
                      "coast, where phone coverage was patchy.",
                      "The quake struck the same region as a magnitude 6.2 earthquake in "
                      "January 2021 that killed more than 100 people. Sulawesi has suffered "
                      "worse: in 2018, an earthquake and tsunami around the city of Palu, "
                      "farther north on the island, killed more than 4,000.",
                      "Indonesia&#8217;s geophysics agency said there was no threat of a "
                      "tsunami from Tuesday&#8217;s quake.",
                      "Indonesia, a sprawling archipelago of more than 280 million people, "
                      "experiences frequent earthquakes and volcanic eruptions.",
                  ],
                  deck="The magnitude 6.2 quake struck West Sulawesi province overnight, in a "
                       "region still recovering from a deadly 2021 temblor.",
                  byline="Amelia Torres",
                  bio="Amelia Torres is a Southeast Asia correspondent for The National "
                      "Ledger, based in Singapore.",
                  published="2025-09-23T12:15:00Z",
                  readmore=(2, "Map: Where the earthquake struck"),
                  most_read=("Fed cuts rates by a quarter point, to 4% to 4.25%",
                             "Jury finds Ohio man guilty in 2019 arson case",
                             "What to know about the new $100,000 H-1B visa fee",
                             "Opinion: The case for a four-day school week"),
                  section="World",
              )),
    ], [
        ("epicentre", r"majene", r"polewali"),
        ("depth", r"(?<![\d.])10(\.0+)? ?(km|kilomet)|(?<![\d.])6 ?mi",
         r"(?<![\d.])18(\.0+)? ?(km|kilomet)|(?<![\d.])11 ?mi"),
        ("time", r"(?<!\d)0?1[:.]28|17:?28", r"(?<!\d)0?2[:.]28"),
    ]),
    # -----------------------------------------------------------------------------------------
    # quake-WD2 (control): M6.1 quake near Seddon, New Zealand; no planted disagreement
    # -----------------------------------------------------------------------------------------
    _story("quake-WD2", "earthquake", "2025-07-20", [
        _page("https://www.harbourgazette.example/news/seddon-quake-sh1-closed",
              _gazette(
                  "Magnitude 6.1 quake rattles top of the south, slips close SH1",
                  [
                      "A shallow magnitude 6.1 earthquake centred near Seddon jolted the top "
                      "of the South Island and Wellington this afternoon, toppling shelves, "
                      "cracking chimneys and closing State Highway 1 south of Blenheim.",
                      "GeoNet said the quake struck at 3.14pm, 20km south-east of Seddon, at "
                      "a depth of 14km. It received more than 38,000 felt reports within two "
                      "hours, most describing the shaking as strong or severe.",
                      "NZ Transport Agency Waka Kotahi closed SH1 between Seddon and Ward "
                      "after slips came down on the coastal stretch. Crews were assessing the "
                      "road this evening and it was unlikely to reopen before tomorrow "
                      "morning.",
                      "Hato Hone St John said ambulance staff treated two people for minor "
                      "injuries in Blenheim. There were no reports of serious injuries.",
                      "In Seddon, publican Gary Ruddock said glasses flew off the shelves "
                      "behind the bar. &ldquo;It was a big rolling jolt and then a proper "
                      "shake. We&#8217;ve had worse, but not by much,&rdquo; he said.",
                      "Many Seddon residents still remember the magnitude 6.5 quake of July "
                      "2013, which damaged dozens of homes in the town and left some families "
                      "in temporary housing for months.",
                      "Emergency Management Minister Paula Kerridge said Civil Defence teams "
                      "were checking on vulnerable residents across Marlborough. &ldquo;This "
                      "was a sharp reminder that we all live on shaky ground,&rdquo; she "
                      "said.",
                      "GeoNet had recorded more than 30 aftershocks by 5.30pm, the largest of "
                      "magnitude 4.6.",
                      "Marlborough District Council said its water and wastewater networks "
                      "were being checked, but no major faults had been found so far. "
                      "Schools in the district will open as normal tomorrow.",
                      "<em>Were you affected? Email newsdesk@harbourgazette.example.</em>",
                  ],
                  byline="By Kirsty Hale",
                  date="08/07/2025 6:05pm",
                  caption="Stock from a Seddon shop lies on the floor after this "
                          "afternoon&#8217;s quake. Photo / Supplied",
                  most_read=("Nelson hospital parking fees to rise to $4 an hour",
                             "Man, 54, dies in Motueka crash",
                             "Tasman council caps rates rise at 8.9%",
                             "Apple growers brace for 12% fall in export volumes"),
                  sponsored=("This Nelson retiree&#8217;s trick for lower power bills",
                             "Heat pumps from $1,299 installed &ndash; this week only"),
              )),
        _page("https://www.meridianpress.example/world/asia-pacific/new-zealand-quake-seddon",
              _meridian(
                  "Strong quake jolts New Zealand&#8217;s Wellington and upper South Island",
                  [
                      "A magnitude 6.1 earthquake struck near the small town of Seddon in New "
                      "Zealand&#8217;s South Island on Tuesday afternoon, shaking the capital "
                      "Wellington and closing a stretch of the main coastal highway, but "
                      "causing no serious injuries.",
                      "The quake hit at 3:14 p.m. (0314 GMT) at a depth of 14 km, about 20 km "
                      "south-east of Seddon and roughly 70 km south-west of Wellington, "
                      "according to GeoNet, the monitoring service run by government research "
                      "institute GNS Science.",
                      "More than 70 aftershocks had been recorded by Wednesday morning, the "
                      "largest of magnitude 4.6, GeoNet said. Its forecast put the chance of "
                      "a magnitude 6 or larger aftershock within the next week at 4%.",
                      "Wellington&#8217;s commuter trains were halted for several hours on "
                      "Tuesday for track inspections, and some office buildings in the city "
                      "centre were evacuated as a precaution.",
                      "&ldquo;This was a sharp reminder that we live on shaky ground,&rdquo; "
                      "Emergency Management Minister Paula Kerridge told reporters.",
                      "State Highway 1 between Seddon and Ward remained closed on Wednesday "
                      "after landslides brought down rock and soil on the coastal section.",
                      "The area lies close to faults that ruptured in the magnitude 7.8 "
                      "Kaikoura earthquake of November 2016, which killed two people and "
                      "damaged buildings in Wellington. A magnitude 6.5 quake near Seddon in "
                      "July 2013 also caused damage in the capital.",
                      "New Zealand sits on the boundary between the Pacific and Australian "
                      "tectonic plates and records thousands of earthquakes each year, a few "
                      "hundred of them strong enough to be felt.",
                  ],
                  dateline="WELLINGTON",
                  byline="Tama Ruatoki",
                  published="2025-07-08T21:40:00Z",
                  updated="9 July 2025, 09:40 NZST",
                  reporting="Reporting by Tama Ruatoki; Editing by Clare Penrose",
                  related=("New Zealand central bank holds cash rate at 3.25%",
                           "Magnitude 5.9 quake strikes off Japan&#8217;s Hokkaido",
                           "Fonterra lifts milk price forecast to NZ$10 per kg"),
              )),
        _page("https://www.nationalledger.example/world/australia/new-zealand-earthquake.html",
              _ledger(
                  "Strong Earthquake Shakes New Zealand&#8217;s Capital",
                  [
                      "A strong earthquake shook central New Zealand in the middle of the "
                      "afternoon on July 8, rattling buildings in the capital, Wellington, "
                      "and setting off landslides that blocked a coastal highway on the "
                      "South Island.",
                      "The magnitude 6.1 quake struck at 3:14 p.m. local time, which was "
                      "11:14 p.m. on July 7 in New York, about 45 miles southwest of "
                      "Wellington and at a depth of about nine miles, according to GeoNet, "
                      "New Zealand&#8217;s geological hazard monitoring service.",
                      "There were no reports of deaths or serious injuries.",
                      "Commuter trains in Wellington were stopped while crews inspected the "
                      "tracks, and some workers in the city&#8217;s downtown were sent into "
                      "the streets as buildings were checked.",
                      "Paula Kerridge, the emergency management minister, urged people to "
                      "check on their neighbors and to be ready for aftershocks.",
                      "The quake was centered near the small town of Seddon, close to faults "
                      "that ruptured during a magnitude 7.8 earthquake in November 2016. That "
                      "quake, centered near the town of Kaikoura, killed two people and "
                      "severed road and rail links along the coast for more than a year.",
                      "&ldquo;A quake of this size close to populated areas is exactly what "
                      "the building codes here were written for,&rdquo; said Hannah Liu, a "
                      "seismologist at Ridgeway University in Oregon who studies the "
                      "region. &ldquo;The fact that we are talking about cracked chimneys and "
                      "not collapsed buildings is the system working.&rdquo;",
                      "New Zealand straddles the boundary of two tectonic plates and "
                      "records thousands of earthquakes each year, though most are too small "
                      "to be felt.",
                  ],
                  deck="The roughly magnitude 6 quake was centered near the small South "
                       "Island town of Seddon. No serious injuries were reported.",
                  byline="Grace Molloy",
                  bio="Grace Molloy reports on Australia and the Pacific for The National "
                      "Ledger from Sydney.",
                  caption="Goods on the floor of a grocery store in Seddon, New Zealand. "
                          "<em>Courtesy of a local resident</em>",
                  most_read=("Heat wave sends temperatures to 104 degrees in Phoenix",
                             "Jobless claims fall to 227,000",
                             "The 25 best summer books, chosen by our critics",
                             "Opinion: Congress needs a budget, not another deadline"),
                  section="World",
              )),
        _page("https://www.absnews.example/news/world-australia-seddon-earthquake",
              _abs(
                  "New Zealand earthquake: Magnitude 6.1 tremor shakes Wellington",
                  [
                      "A magnitude 6.1 earthquake has struck near the town of Seddon at the "
                      "top of New Zealand&#8217;s South Island, sending goods crashing from "
                      "shelves and disrupting trains in the capital, Wellington.",
                      "The shallow quake struck at 15:14 local time (04:14 BST), the "
                      "country&#8217;s earthquake monitoring agency GeoNet said.",
                      "It was centred 20km south-east of Seddon at a depth of 14km.",
                      "Two people were treated for minor injuries, emergency services said.",
                      "Landslides closed State Highway 1, the main road down the east coast "
                      "of the South Island, between Seddon and Ward.",
                      "Trains in and out of Wellington were stopped while engineers checked "
                      "the tracks, and some office workers were evacuated from buildings in "
                      "the city centre.",
                      "&ldquo;The whole building swayed for what felt like ages,&rdquo; said "
                      "Mere Tipene, who works on the sixth floor of an office block on "
                      "Wellington&#8217;s Lambton Quay. &ldquo;Then everyone just stood there "
                      "looking at each other.&rdquo;",
                      "Emergency Management Minister Paula Kerridge said the quake was a "
                      "&ldquo;sharp reminder&rdquo; of the risks the country faces and urged "
                      "households to keep emergency supplies at home.",
                      "Several thousand homes in Marlborough lost power for a time, the local "
                      "lines company said, although most were reconnected within hours. "
                      "GeoNet warned that aftershocks were likely to continue for weeks and "
                      "that some could be strong enough to cause further damage.",
                      "Ferries across Cook Strait between Wellington and Picton kept sailing, "
                      "the operators said, after checks found no damage to the terminals.",
                      "New Zealand lies on the boundary of the Pacific and Australian "
                      "tectonic plates. In February 2011, a magnitude 6.3 earthquake in "
                      "Christchurch killed 185 people.",
                  ],
                  caption="Goods lie on the floor of a shop in Seddon",
                  credit="Supplied",
                  more=("New Zealand&#8217;s biggest earthquakes in pictures",),
                  top=("Heatwave: temperatures could reach 34C in London",
                       "Water company fined &pound;12m over sewage spills",
                       "Wimbledon: British number one through to quarter-finals"),
                  topics=("New Zealand", "Earthquakes"),
                  region="Australia",
              )),
    ], []),
    # -----------------------------------------------------------------------------------------
    # election-WD1: Port Alcott (Texas) mayoral run-off
    # -----------------------------------------------------------------------------------------
    _story("election-WD1", "election", "2025-12-18", [
        _page("https://www.kbvq7.example/news/politics/port-alcott-mayor-runoff-results",
              _kbvq(
                  "Whitfield wins Port Alcott mayor&#8217;s race, defeating Obi in runoff",
                  [
                      "PORT ALCOTT &mdash; City Council member Dana Whitfield will be Port "
                      "Alcott&#8217;s next mayor after defeating former school board "
                      "president Marcus Obi in Saturday&#8217;s runoff election, according "
                      "to unofficial results from the Alcott County Elections Department.",
                      "With all 96 vote centers reporting, Whitfield had 24,118 votes, or "
                      "53.1%, to Obi&#8217;s 21,302, or 46.9%.",
                      "Turnout was 18.6%, election officials said, continuing a long slide in "
                      "participation in city runoffs.",
                      "Obi conceded shortly after 10 p.m., telling supporters at a restaurant "
                      "on Bayview Avenue that he had called Whitfield to congratulate her.",
                      "&ldquo;The voters have spoken, and I respect that,&rdquo; Obi said. "
                      "&ldquo;Port Alcott is bigger than any one campaign.&rdquo;",
                      "Across town, Whitfield took the stage at the Seawall Pavilion to "
                      "chants of her name. &ldquo;This city voted for water it can trust and "
                      "streets it can drive on,&rdquo; she told the crowd.",
                      "Whitfield, 47, has represented District 4 on the City Council since "
                      "2019. She made the city&#8217;s water system the center of her "
                      "campaign after a string of main breaks left parts of the north side "
                      "under boil-water notices last year.",
                      "She will succeed Mayor Ray Dunleavy, who could not run again because "
                      "of term limits after two terms. Whitfield is scheduled to be sworn in "
                      "on Jan. 5 at City Hall.",
                      "In the Nov. 4 first round, Whitfield led a five-candidate field with "
                      "38.4% of the vote, with Obi second at 29.7%. Because no one topped 50%, "
                      "the top two advanced to the runoff.",
                      "The results will be canvassed by the City Council later this month.",
                  ],
                  byline="Javier Salinas, KBVQ 7",
                  posted="Published 5 days ago",
                  video="Dana Whitfield addresses supporters at the Seawall Pavilion on "
                        "election night",
                  tags=("Port Alcott", "Election 2025", "Runoff", "Local Politics"),
                  trending=("Brownsville man sentenced to 12 years in fentanyl case",
                            "Freeze watch for Hidalgo County as lows dip to 31 degrees",
                            "McAllen holiday parade draws a record 60,000",
                            "Grocery chain to open second Harlingen store in 2026"),
              )),
        _page("https://www.nationalledger.example/us/politics/port-alcott-mayor-whitfield.html",
              _ledger(
                  "Port Alcott Elects Dana Whitfield Mayor After Bruising Runoff",
                  [
                      "Voters in Port Alcott, Texas, chose City Council member Dana Whitfield "
                      "as their next mayor in a Dec. 13 runoff, handing her a clear victory "
                      "over Marcus Obi after a campaign dominated by boil-water notices and "
                      "crumbling streets.",
                      "Ms. Whitfield won 53.1 percent of the vote to Mr. Obi&#8217;s 46.9 "
                      "percent, a margin of 2,816 votes, according to unofficial results. "
                      "Turnout was 22.4 percent of the city&#8217;s 202,770 registered "
                      "voters, low even by the standards of municipal runoffs.",
                      "The race to succeed Mayor Ray Dunleavy, who was barred by term limits "
                      "from seeking a third term, became a referendum on the city&#8217;s "
                      "water system, which suffered a string of major main breaks in 2024 "
                      "that left some neighborhoods under boil-water orders for weeks.",
                      "Port Alcott&#8217;s elections are officially nonpartisan, but the race "
                      "took on a familiar shape. Mr. Obi, a former school board president, "
                      "was endorsed by the county Republican Party and promised to slow the "
                      "city&#8217;s borrowing; Ms. Whitfield was backed by several labor "
                      "unions and pledged to speed up repairs.",
                      "Mr. Obi raised about $1.9 million, nearly twice as much as Ms. "
                      "Whitfield, according to campaign finance reports.",
                      "&ldquo;This city voted for water it can trust and streets it can drive "
                      "on,&rdquo; Ms. Whitfield told supporters on election night. Mr. Obi "
                      "conceded shortly after 10 p.m.",
                      "&ldquo;Money did not buy this one,&rdquo; said Kendra Ames, a "
                      "political scientist at Gulf Coast State University. &ldquo;When "
                      "people are boiling their tap water, they vote on the tap water.&rdquo;",
                      "Ms. Whitfield, who has represented District 4 since 2019, will take "
                      "office on Jan. 12. Her first test will be the $410 million water bond "
                      "program that voters approved in 2024, most of which has yet to be "
                      "spent.",
                  ],
                  deck="The council member beat Marcus Obi in a race dominated by the Texas "
                       "port city&#8217;s failing water system.",
                  byline="Luis Ferrando",
                  bio="Luis Ferrando is a Texas correspondent for The National Ledger, based "
                      "in San Antonio.",
                  caption="Dana Whitfield with supporters on election night. <em>Photo for "
                          "The National Ledger</em>",
                  readmore=(2, "Texas cities are running out of time to fix their pipes"),
                  most_read=("Fed cuts rates for a third time, to 3.5% to 3.75%",
                             "Measles cases in West Texas climb to 62",
                             "The 10 best albums of 2025",
                             "Opinion: The Senate&#8217;s filibuster fight is back"),
                  section="U.S.",
              )),
        _page("https://tickerline.example/2025/12/port-alcott-runoff-water-bonds/",
              _tickerline(
                  "Port Alcott picks Whitfield: what the runoff means for its water bonds",
                  [
                      "Muni watchers in Texas had a quiet weekend, except for one race: the "
                      "Port Alcott mayoral runoff. Council member Dana Whitfield won it on "
                      "Saturday with 56.1% of the vote, beating Marcus Obi, a former school "
                      "board president who ran on a pledge to slow the city&#8217;s "
                      "borrowing.",
                      "Why that matters to bondholders: Port Alcott has $410 million of water "
                      "and sewer revenue bonds authorized by voters in 2024, and only $150 "
                      "million of it has been sold so far.",
                      "Obi argued for pausing the rest of the program until an outside audit "
                      "of the utility was done. Whitfield wants to sell the next $120 "
                      "million tranche in the spring and has said so plainly &mdash; in "
                      "debates, in mailers and on election night, when she told supporters "
                      "the city had voted &ldquo;for water it can trust and roads it can "
                      "drive on.&rdquo;",
                      "The city&#8217;s utility system is rated AA- with a negative outlook by "
                      "Stanmore Ratings, which flagged &ldquo;governance risk&rdquo; around "
                      "the election in an October note. A Whitfield win arguably removes that "
                      "risk, since the capital plan now has a mayor who campaigned on it.",
                      "The market seems to agree. The utility&#8217;s 2054 bonds traded at a "
                      "yield of 4.61% on Friday, about 35 basis points over the AAA "
                      "benchmark; dealers we spoke to expect that spread to tighten a few "
                      "basis points this week.",
                      "Whitfield takes office Jan. 5. Watch for the council agenda in "
                      "February: that&#8217;s where the bond sale calendar will show up "
                      "first.",
                      "<em>Our take:</em> this is a modestly credit-positive result for an "
                      "issuer that badly needs to spend money on pipes. It is not a reason to "
                      "reach for yield in a AA- name with a negative outlook.",
                  ],
                  author="Nate Brisco",
                  date="December 15, 2025",
                  cats=("Munis", "Texas"),
                  tags=("Port Alcott", "water bonds", "Stanmore"),
                  recent=("Fed cuts by 25 bps to 3.50%&ndash;3.75%; three dissents",
                          "Munis post best November since 2023",
                          "Copper at $11,400: the bull case, stress-tested",
                          "Treasury bill supply to jump $150 billion in January"),
                  comments=9,
              )),
    ], [
        ("vote share", r"(?<![\d.])53(\.1)? ?(%|percent|per cent)",
         r"(?<![\d.])56(\.1)? ?(%|percent|per cent)"),
        ("turnout", r"(?<![\d.])22(\.4)? ?(%|percent|per cent)",
         r"(?<![\d.])18(\.6)? ?(%|percent|per cent)"),
        ("swearing-in date", r"jan(uary|\.)? ?0?5\b|2026-01-05|\b5 jan",
         r"jan(uary|\.)? ?12\b|2026-01-12|\b12 jan"),
    ]),
    # -----------------------------------------------------------------------------------------
    # election-WD2: Wexcombe and Thorne by-election (UK)
    # -----------------------------------------------------------------------------------------
    _story("election-WD2", "election", "2025-05-12", [
        _page("https://www.absnews.example/news/uk-politics-wexcombe-thorne-by-election",
              _abs(
                  "Wexcombe and Thorne by-election: Lib Dems take seat from Conservatives",
                  [
                      "The Liberal Democrats have won the Wexcombe and Thorne by-election, "
                      "overturning a Conservative majority of more than 4,800 at last "
                      "year&#8217;s general election.",
                      "Helen Marchbank took 10,412 votes, a majority of 1,942 over the "
                      "Conservative candidate Oliver Pryce, who polled 8,470.",
                      "Reform UK&#8217;s Dean Collier came third with 5,611 votes, ahead of "
                      "Labour&#8217;s Priya Natt on 2,391 and the Green Party&#8217;s Tom "
                      "Askew on 1,240. Turnout was 38.2%.",
                      "The result was declared at Thorne Leisure Centre just after 04:00 BST.",
                      "&ldquo;Wexcombe and Thorne has sent a message that cannot be "
                      "ignored,&rdquo; Ms Marchbank said in her victory speech. &ldquo;People "
                      "here are tired of being taken for granted.&rdquo;",
                      "The by-election was called after the Conservative MP Sir Graham "
                      "Whitlock stood down in February for health reasons. He had held the "
                      "seat since 2010.",
                      "Ms Marchbank, a former head teacher, ran a campaign focused on waiting "
                      "times at local GP surgeries and sewage spills into the River Wex.",
                      "The Lib Dem share of the vote rose to 36.7%, while the Conservative "
                      "share fell by 11.4 percentage points to 29.8% &ndash; a swing of 8.8 "
                      "points from the Conservatives to the Lib Dems.",
                      "A Conservative spokesperson said by-elections were &ldquo;always "
                      "tough for parties in opposition&rdquo; and that the party would "
                      "&ldquo;listen and learn&rdquo;.",
                      "Mr Collier said Reform UK had &ldquo;put down roots&rdquo; in the "
                      "constituency and would be back at the next general election.",
                      "Labour, which won a large majority nationally last July, saw its vote "
                      "share fall to 8.4%. A party source described the seat as "
                      "&ldquo;never natural territory&rdquo; for Labour.",
                  ],
                  published="2025-05-02T03:35:00Z",
                  caption="Helen Marchbank celebrates with supporters at the count",
                  credit="ABS/Paul Rigby",
                  more=("Local elections 2025: full results",
                        "What is a by-election and why do they happen?"),
                  top=("Bank of England expected to cut rates to 4.25%",
                       "Heathrow: airport to reopen terminals after power fault review",
                       "Snooker: Crucible final goes to deciding frame"),
                  topics=("By-elections", "Liberal Democrats", "Conservative Party"),
                  region="UK Politics",
              )),
        _page("https://www.meridianpress.example/world/uk/lib-dems-win-wexcombe-thorne",
              _meridian(
                  "UK&#8217;s Liberal Democrats seize Conservative seat in by-election",
                  [
                      "Britain&#8217;s Liberal Democrats won a parliamentary by-election in "
                      "the English seat of Wexcombe and Thorne, taking it from the opposition "
                      "Conservatives in a setback for the party&#8217;s efforts to rebuild "
                      "after its 2024 general election defeat.",
                      "Liberal Democrat candidate Helen Marchbank won by 1,942 votes, "
                      "according to the official result declared at 0310 GMT. Turnout was "
                      "32.8%.",
                      "The Conservatives had won the seat by 4,880 votes at the national "
                      "election in July 2024.",
                      "&ldquo;Wexcombe and Thorne has sent a message that cannot be "
                      "ignored,&rdquo; Marchbank told supporters at the count.",
                      "Reform UK, the right-wing insurgent party that has been rising in "
                      "national opinion polls, came third. Labour, which won a large majority "
                      "nationally last year, finished fourth with 8.4% of the vote.",
                      "A Conservative spokesman said the party would &ldquo;listen and "
                      "learn&rdquo; from the result.",
                      "The by-election was triggered by the resignation of Conservative "
                      "lawmaker Graham Whitlock, who stepped down in February citing his "
                      "health.",
                      "By-elections in Britain are often used by voters to register protest "
                      "against the parties in power nationally, but analysts said the scale "
                      "of the Conservative defeat in a seat the party had held comfortably "
                      "would add to pressure on its leadership.",
                      "&ldquo;This was supposed to be the kind of seat the Conservatives "
                      "could count on even in a bad year,&rdquo; said Alastair Penhallow, a "
                      "polling analyst. &ldquo;The Lib Dems ran a very local campaign and it "
                      "paid off.&rdquo;",
                  ],
                  dateline="LONDON",
                  byline="Hannah Creswell",
                  reporting="Reporting by Hannah Creswell; Editing by Tom Abernethy",
                  section="World",
                  related=("Britain&#8217;s FTSE 100 ends at record high above 8,600",
                           "UK house prices rise 3.4% year-on-year in April",
                           "Sterling steadies near $1.33 ahead of Bank of England decision"),
              )),
        _page("https://www.nationalledger.example/world/europe/uk-by-election-conservatives.html",
              _ledger(
                  "Britain&#8217;s Conservatives Lose a Safe Seat to the Liberal Democrats",
                  [
                      "LONDON &mdash; Britain&#8217;s Conservative Party lost a parliamentary "
                      "seat it had held for 15 years on Thursday, as voters in the English "
                      "constituency of Wexcombe and Thorne elected a Liberal Democrat in a "
                      "special election.",
                      "Helen Marchbank, a former primary school head teacher, won 36.7 "
                      "percent of the vote; her Conservative rival, Oliver Pryce, took 29.8 "
                      "percent. Her margin was 1,492 votes. Turnout was 38.2 percent.",
                      "The Conservative share of the vote fell by more than 11 percentage "
                      "points from the general election last July, when the Tories held the "
                      "seat even as they lost power nationally.",
                      "Reform UK, the hard-right party that has surged in national polls, "
                      "finished third with nearly 20 percent, while the governing Labour "
                      "Party came a distant fourth.",
                      "The result was announced at around 4 a.m. on Friday, after an "
                      "overnight count.",
                      "&ldquo;Wexcombe and Thorne has sent a message that can&#8217;t be "
                      "ignored,&rdquo; Ms. Marchbank said in her victory speech.",
                      "The special election, known in Britain as a by-election, was called "
                      "after the seat&#8217;s longtime Conservative lawmaker, Sir Graham "
                      "Whitlock, resigned in February for health reasons.",
                      "&ldquo;The Conservatives are being squeezed from both sides,&rdquo; "
                      "said Fiona Kettridge, a professor of politics at a university in the "
                      "south of England. &ldquo;They are losing moderate voters to the "
                      "Liberal Democrats and hard-line voters to Reform.&rdquo;",
                      "Britain&#8217;s next general election is not due until 2029, but "
                      "by-elections are watched closely as a gauge of public mood between "
                      "national votes.",
                  ],
                  deck="The by-election in Wexcombe and Thorne suggested the Tories are "
                       "being squeezed from both the center and the right.",
                  byline="Jonas Halloran",
                  bio="Jonas Halloran is a correspondent for The National Ledger, based in "
                      "London.",
                  published="2025-05-02T10:00:00Z",
                  pullquote=(7, "&ldquo;They are losing moderate voters to the Liberal "
                                "Democrats and hard-line voters to Reform.&rdquo;"),
                  most_read=("Stocks rally as jobs report shows 177,000 gain",
                             "Judge blocks tariff refunds plan for small importers",
                             "The best beaches in the Carolinas, ranked",
                             "Opinion: The first 100 days, graded"),
                  section="World",
              )),
    ], [
        ("majority", r"(?<![\d,])1,?942\b", r"(?<![\d,])1,?492\b"),
        ("turnout", r"(?<![\d.])38(\.2)? ?(%|percent|per cent)",
         r"(?<![\d.])32(\.8)? ?(%|percent|per cent)"),
    ]),
]
