"""Part WP of the story battery (web pages).

Written by engineer WP1 on 2026-12-06 (seventeenth session, seventh batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WP`.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by three or four invented outlets whose whole HTML pages are built by one template per
outlet (wire service, national daily, local TV station, WordPress finance blog, public
broadcaster, regional paper with heavy ads).  The rocket story is the control story.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WP", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------------
# Outlet templates (one per outlet)
# --------------------------------------------------------------------------------------------

def _links(items: tuple[str, ...] | list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/story/{i + 101}">{t}</a></li>'
                   for i, t in enumerate(items))


def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, shown: str | None = None,
               related: tuple[str, ...] = (), factbox: list[tuple[str, str]] | None = None,
               updated: str | None = None, editing: str = "Tom Ellery") -> str:
    """Pacific Wire: a wire service; <article>, <h1>, JSON-LD date when dated."""
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} | Pacific Wire</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta property="og:site_name" content="Pacific Wire">',
        '<meta property="og:type" content="article">',
    ]
    if published:
        head.append(
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":"{title}","datePublished":"{published}",'
            '"publisher":{"@type":"Organization","name":"Pacific Wire"}}</script>')
    head.append("</head>")
    body = [
        '<body class="pw-article">',
        '<a class="skip-link" href="#main">Skip to content</a>',
        '<header class="pw-header"><div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>',
        '<nav class="pw-nav"><ul><li><a href="/world">World</a></li>'
        '<li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li>'
        '<li><a href="/politics">Politics</a></li><li><a href="/science">Science</a></li>'
        '<li><a href="/sports">Sports</a></li><li><a href="/video">Video</a></li></ul></nav>',
        '<div class="pw-login"><a href="/account">Sign in</a> '
        '<a href="/pro">Pacific Wire Pro</a></div></header>',
        '<main id="main"><article class="story">',
        f'<h1 class="story-headline">{title}</h1>',
        f'<div class="story-meta"><span class="story-byline">By {byline}</span>',
    ]
    if published and shown:
        body.append(f' <time class="story-time" datetime="{published}">{shown}</time>')
    body.append("</div>")
    body.append(
        '<ul class="share-bar"><li><a href="#" class="fb">Share on Facebook</a></li>'
        '<li><a href="#" class="tw">Tweet</a></li><li><a href="#" class="li">LinkedIn</a></li>'
        '<li><button type="button" class="copy">Copy link</button></li></ul>')
    body.append('<div class="story-body">')
    for i, p in enumerate(paras):
        if i == 0:
            p = f"{dateline} (Pacific Wire) &#8212; {p}"
        body.append(f'<p class="story-p">{p}</p>')
        if i == 1 and factbox:
            rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in factbox)
            body.append(f'<aside class="factbox"><h2>At a glance</h2><dl>{rows}</dl></aside>')
    body.append("</div>")
    if updated:
        body.append(f'<p class="story-updated">{updated}</p>')
    body.append(f'<p class="story-credit">Reporting by {byline}; editing by {editing}</p>')
    body.append('<p class="story-trust"><a href="/trust">Our Standards: '
                'The Pacific Wire Trust Principles.</a></p>')
    body.append("</article>")
    if related:
        body.append('<aside class="related"><h2>Related coverage</h2><ul>'
                    + _links(related) + "</ul></aside>")
    body.append("</main>")
    body.append(
        '<footer class="pw-footer"><p>&copy; 2025 Pacific Wire. All rights reserved.</p>'
        '<p>1200 Harbor Street, San Francisco, CA 94111</p>'
        '<p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy</a> | '
        '<a href="/cookies">Cookie settings</a> | <a href="/contact">Contact us</a></p>'
        "</footer></body></html>")
    return "\n".join(head + body)


def _daily_site(title: str, paras: list[str], *, section: str, dek: str, byline: str,
                bio: str, published: str | None = None, date_text: str | None = None,
                most_read: tuple[str, ...] = (), read_more: str | None = None) -> str:
    """The Meridian Daily: a national daily; nested <div> soup, styled div headline."""
    meta = ""
    if published:
        meta = f'<meta property="article:published_time" content="{published}">\n'
    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{title} - The Meridian Daily</title>",
        f'<meta name="description" content="{dek}">',
        meta + '<link rel="stylesheet" href="/static/css/md-main.8f21c.css">',
        "</head>",
        "<body>",
        '<div id="cookie-consent" class="cc-banner"><div class="cc-text">We and our 143 '
        "partners use cookies and similar technologies to personalise content and ads, and "
        'to analyse our traffic. <a href="/privacy">Privacy policy</a></div>'
        '<div class="cc-buttons"><button class="cc-accept">Accept all</button>'
        '<button class="cc-manage">Manage choices</button></div></div>',
        '<div class="wrapper">',
        '<div class="masthead"><div class="logo-text">The Meridian Daily</div>'
        '<div class="edition">US Edition</div><div class="subscribe-btn">'
        '<a href="/subscribe">Subscribe</a></div><div class="login"><a href="/login">'
        "Log in</a></div></div>",
        '<div class="nav-row"><div class="nav-item"><a href="/news">News</a></div>'
        '<div class="nav-item"><a href="/world">World</a></div><div class="nav-item">'
        '<a href="/business">Business</a></div><div class="nav-item"><a href="/opinion">'
        'Opinion</a></div><div class="nav-item"><a href="/science">Science</a></div>'
        '<div class="nav-item"><a href="/arts">Arts</a></div><div class="nav-item">'
        '<a href="/puzzles">Puzzles</a></div></div>',
        '<div class="content-grid"><div class="col-main"><div class="story-container">',
        f'<div class="kicker">{section}</div>',
        f'<div class="headline" style="font-size:2.4em;font-weight:700">{title}</div>',
        f'<div class="standfirst">{dek}</div>',
        f'<div class="byline-row"><div class="author">By {byline}</div>',
    ]
    if date_text:
        out.append(f'<div class="pubdate">{date_text}</div>')
    out.append('</div><div class="tools"><div class="tool"><a href="#">Gift this article</a>'
               '</div><div class="tool"><a href="#">Share</a></div><div class="tool">'
               '<a href="#">Save</a></div></div>')
    out.append('<div class="article-text">')
    for i, p in enumerate(paras):
        out.append(f"<div class=\"para-wrap\"><p>{p}</p></div>")
        if i == 2:
            out.append('<div class="ad-slot"><div class="ad-label">Advertisement</div>'
                       '<div class="ad-inner" id="dfp-mid-1"></div></div>')
        if i == 4 and read_more:
            out.append(f'<div class="inline-related"><strong>Read more:</strong> '
                       f'<a href="/news/related-1">{read_more}</a></div>')
    out.append("</div>")
    out.append('<div class="paywall-teaser"><div class="pt-head">You have read 3 of your 5 '
               'free articles this month.</div><div class="pt-body">Subscribe for unlimited '
               'access. Cancel anytime.</div><a class="pt-btn" href="/subscribe">See offers'
               "</a></div>")
    out.append(f'<div class="author-box"><div class="author-name">{byline}</div>'
               f'<div class="author-bio">{bio}</div></div>')
    out.append("</div></div>")
    out.append('<div class="col-side"><div class="most-read"><div class="mr-title">Most read'
               "</div><ol>" + _links(most_read, "mr-item") + "</ol></div>")
    out.append('<div class="newsletter"><div class="nl-title">The Morning Meridian</div>'
               '<div class="nl-text">The day&#8217;s most important stories, before '
               'breakfast.</div><input type="email" placeholder="Email address">'
               "<button>Sign up</button></div></div>")
    out.append("</div>")
    out.append('<div class="site-footer"><div class="f-links"><a href="/about">About us</a> '
               '<a href="/careers">Careers</a> <a href="/help">Help</a> <a href="/terms">'
               'Terms</a></div><div class="f-copy">&copy; 2025 The Meridian Daily Company. '
               "400 Lexington Avenue, New York, NY 10017</div></div>")
    out.append("</div></body></html>")
    return "\n".join(out)


def _tv_site(title: str, paras: list[str], *, byline: str, video: str,
             posted: str | None = None, popular: tuple[str, ...] = (),
             alert: str = "") -> str:
    """KXPN NewsChannel 7: a local TV station; table layout, paragraphs split by <br>."""
    text: list[str] = []
    for i, p in enumerate(paras):
        text.append(p)
        if i == 2:
            text.append('<div class="ad-300">ADVERTISEMENT</div>')
    alert_html = f'<div class="alert-bar">{alert}</div>' if alert else ""
    posted_html = f'<div class="posted">Posted: {posted}</div>' if posted else ""
    return "\n".join([
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">',
        "<html><head>",
        f"<title>{title} | KXPN NewsChannel 7</title>",
        '<meta name="viewport" content="width=device-width">',
        '<script src="/js/player.min.js"></script>',
        "</head>",
        '<body class="tv-story">',
        alert_html,
        '<div class="header"><a class="logo" href="/">KXPN 7</a> '
        '<span class="watch-live"><a href="/live">&#9654; Watch Live</a></span> '
        '<span class="wx">Amarillo 48&deg;F</span></div>',
        '<div class="menu"><a href="/news">News</a> | <a href="/weather">First Alert Weather'
        '</a> | <a href="/sports">Sports</a> | <a href="/closings">Closings</a> | '
        '<a href="/contests">Contests</a> | <a href="/reportit">Report It</a></div>',
        '<table width="100%" cellpadding="0" cellspacing="0"><tr>',
        '<td class="main-col" valign="top">',
        f'<div class="video-player"><div class="vp-title">{video}</div>'
        '<div class="vp-note">Video will play after ad</div></div>',
        f'<h2 class="story-title">{title}</h2>',
        posted_html,
        f'<div class="by">By {byline}</div>',
        '<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">Email</a> <a href="#">Copy link</a></div>',
        '<div class="story-text">' + "<br><br>\n".join(text) + "</div>",
        '<div class="tips">Have a news tip? Email newsroom@kxpn7.example or call '
        "(806) 555-0177.</div>",
        '<div class="copy-note">Copyright 2025 KXPN. All rights reserved.</div>',
        "</td>",
        '<td class="side-col" valign="top" width="300">',
        '<div class="popular"><b>Most Popular</b><ul>' + _links(popular) + "</ul></div>",
        '<div class="ad-box">Advertisement</div>',
        '<div class="app-promo">Download the KXPN 7 app for breaking news alerts</div>',
        "</td></tr></table>",
        '<div class="footer">KXPN-TV &middot; 5400 Bell Street, Amarillo, TX 79109 &middot; '
        '<a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot; '
        '<a href="/cc">Closed Captioning</a> &middot; <a href="/privacy">Privacy Policy</a>'
        "</div>",
        "</body></html>",
    ])


def _blog_site(title: str, paras: list[str], *, author: str, post_id: int,
               date_text: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0,
               pullquote: str | None = None) -> str:
    """Yield & Ledger: a WordPress-like finance blog."""
    posted = ""
    if date_text:
        posted = ('<span class="posted-on">Posted on <time class="entry-date published">'
                  f"{date_text}</time></span>")
    content: list[str] = []
    for i, p in enumerate(paras):
        content.append(f"<p>{p}</p>")
        if i == 2 and pullquote:
            content.append('<figure class="wp-block-pullquote"><blockquote><p>'
                           f"{pullquote}</p></blockquote></figure>")
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                          for t in tags)
    return "\n".join([
        "<!doctype html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{title} &#8211; Yield &amp; Ledger</title>",
        '<meta property="og:site_name" content="Yield &amp; Ledger">',
        '<meta property="og:type" content="article">',
        "<link rel='stylesheet' id='wp-block-library-css' "
        "href='/wp-includes/css/dist/block-library/style.min.css' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id}">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/" rel="home">Yield &amp; Ledger</a></p>'
        '<p class="site-description">Markets, macro and the occasional rant</p></div>',
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li class="menu-item"><a href="/">Home</a></li><li class="menu-item">'
        '<a href="/category/macro/">Macro</a></li><li class="menu-item">'
        '<a href="/category/markets/">Markets</a></li><li class="menu-item">'
        '<a href="/category/commodities/">Commodities</a></li><li class="menu-item">'
        '<a href="/about/">About</a></li><li class="menu-item"><a href="/disclaimer/">'
        "Disclaimer</a></li></ul></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
        'format-standard hentry category-macro">',
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="/author/">{author}</a></span></span></div></header>',
        '<div class="entry-content">',
        *content,
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
        '<ul><li><a href="#" class="share-twitter">Twitter</a></li><li><a href="#" '
        'class="share-facebook">Facebook</a></li><li><a href="#" class="share-linkedin">'
        'LinkedIn</a></li><li><a href="#" class="share-email">Email</a></li></ul></div>',
        '<div class="like-widget"><span>Like this:</span> <a href="#">Like</a> '
        "Loading&#8230;</div>",
        "</div>",
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/'
        f'macro/" rel="category tag">Macro</a></span> <span class="tags-links">Tagged '
        f"{tag_links}</span></footer>",
        "</article>",
        '<div id="comments" class="comments-area"><h2 class="comments-title">'
        f"{comments} thoughts on &ldquo;{title}&rdquo;</h2><p class=\"comment-note\">"
        "Comments are moderated. Be civil, be specific.</p>"
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
        '<textarea name="comment"></textarea><input type="submit" value="Post Comment">'
        "</div></div>",
        "</main></div>",
        '<aside id="secondary" class="widget-area">',
        '<section class="widget widget_search"><form role="search"><input type="search" '
        'placeholder="Search &hellip;"><input type="submit" value="Search"></form></section>',
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts'
        "</h2><ul>" + _links(recent) + "</ul></section>",
        '<section class="widget widget_blog_subscription"><h2 class="widget-title">'
        "Subscribe via Email</h2><p>Enter your email address to get new posts by email."
        '</p><input type="email"><button>Subscribe</button></section>',
        '<section class="widget widget_text"><h2 class="widget-title">Disclaimer</h2>'
        "<p>Nothing on this site is investment advice. I may hold positions in securities "
        "mentioned.</p></section>",
        "</aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Yield '
        '&amp; Ledger <span class="sep"> | </span> Proudly powered by WordPress</div>'
        "</footer></div>",
        "</body></html>",
    ])


def _broadcaster_site(title: str, paras: list[str], *, caption: str,
                      byline: str | None = None, date_text: str | None = None,
                      updated: str | None = None, factbox: list[str] | None = None,
                      factbox_title: str = "", more_on: tuple[str, ...] = (),
                      top_stories: tuple[str, ...] = ()) -> str:
    """CBN News: a public broadcaster; caption before lead, bold lead, h2 cross-heads."""
    blocks: list[str] = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            blocks.append(f'<div class="text-block"><h2 class="crosshead">{p[3:]}</h2></div>')
        elif i == 0:
            blocks.append(f'<div class="text-block"><p class="lead"><b>{p}</b></p></div>')
        else:
            blocks.append(f'<div class="text-block"><p>{p}</p></div>')
        if i == 2 and factbox:
            items = "".join(f"<li>{x}</li>" for x in factbox)
            blocks.append(f'<div class="fact-box"><h2>{factbox_title}</h2><ul>{items}</ul>'
                          "</div>")
    contrib = ""
    if byline:
        contrib = f'<div class="contributor"><span class="by">{byline}</span></div>'
    date_html = f'<div class="date-line"><time>{date_text}</time></div>' if date_text else ""
    upd = f'<p class="updated-note">{updated}</p>' if updated else ""
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title} - CBN News</title>",
        '<meta property="og:site_name" content="CBN News">',
        "</head>",
        "<body>",
        '<div class="cbn-cookie" role="dialog"><h2>Let us know you agree to cookies</h2>'
        "<p>We use cookies to give you the best online experience. Please let us know if "
        "you agree to all of these cookies.</p><button>Yes, I agree</button>"
        "<button>No, take me to settings</button></div>",
        '<a href="#main-content" class="skip">Skip to content</a>',
        '<header role="banner"><div class="brand"><a href="/">CBN</a></div>',
        '<nav class="top-nav"><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/watch">Watch</a>'
        ' <a href="/listen">Listen</a></nav>',
        '<nav class="sub-nav"><a href="/news/world">World</a> <a href="/news/uk">UK</a> '
        '<a href="/news/business">Business</a> <a href="/news/politics">Politics</a> '
        '<a href="/news/science">Science</a> <a href="/news/climate">Climate</a></nav>',
        "</header>",
        '<main id="main-content"><article>',
        '<figure class="lead-image"><img src="/images/lead.jpg" alt="" width="976">'
        f"<figcaption>{caption}</figcaption></figure>",
        f'<h1 id="main-heading">{title}</h1>',
        date_html,
        contrib,
        *blocks,
        upd,
        '<div class="more-on"><h2>More on this story</h2><ul>' + _links(more_on) + "</ul></div>",
        "</article>",
        '<section class="top-stories"><h2>Top stories</h2><ul>' + _links(top_stories)
        + "</ul></section>",
        "</main>",
        '<footer><p>Copyright &copy; 2025 CBN. CBN is not responsible for the content of '
        'external sites. <a href="/editorial/links">Read about our approach to external '
        'linking.</a></p><p><a href="/terms">Terms of Use</a> <a href="/about">About CBN</a> '
        '<a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility Help</a>'
        "</p></footer>",
        "</body></html>",
    ])


def _regional_site(title: str, paras: list[str], *, section: str, byline: str,
                   date_text: str | None = None, table: str | None = None,
                   table_after: int = 1, latest: tuple[str, ...] = (),
                   correction: str | None = None) -> str:
    """The Plains Courier: a regional paper with heavy ads; <span> headline."""
    story: list[str] = []
    for i, p in enumerate(paras):
        story.append(f"<p>{p}</p>")
        if table and i == table_after:
            story.append(table)
        if i % 2 == 1 and i != len(paras) - 1:
            story.append('<div class="ad inline-ad"><div class="ad-label">Advertisement</div>'
                         f'<div id="div-gpt-ad-inline-{i}"></div></div>')
    date_html = f'<span class="date">{date_text}</span>' if date_text else ""
    corr = f'<p class="correction"><em>{correction}</em></p>' if correction else ""
    return "\n".join([
        "<html>",
        "<head>",
        f"<title>{title} | The Plains Courier</title>",
        '<meta name="keywords" content="news, Amarillo, Panhandle, Texas">',
        '<script async src="/ads/gpt.js"></script>',
        "</head>",
        "<body>",
        '<div class="ad leaderboard"><div class="ad-label">Advertisement</div>'
        '<div id="div-gpt-ad-top"></div></div>',
        '<div class="top"><div class="logo"><a href="/">The Plains Courier</a></div>'
        '<div class="weather">Amarillo 51&deg; Partly cloudy</div><div class="subscribe">'
        '<a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> | '
        '<a href="/login">Log in</a></div></div>',
        '<div class="sections"><a href="/local">Local</a> <a href="/crime">Crime</a> '
        '<a href="/politics">Politics</a> <a href="/sports">Sports</a> <a href="/ag">Ag</a> '
        '<a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a> '
        '<a href="/jobs">Jobs</a></div>',
        '<div class="page"><div class="left">',
        f'<div class="section-label">{section}</div>',
        f'<span class="hed" style="display:block;font:bold 34px Georgia">{title}</span>',
        f'<div class="bylineblock"><span class="author">{byline}</span> {date_html}</div>',
        '<div class="sharebar"><a href="#">Facebook</a> <a href="#">Twitter</a> '
        '<a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div>',
        '<div class="storytext">',
        *story,
        "</div>",
        corr,
        '<div class="newsletter-box"><strong>Get the Courier Daily Briefing</strong> in your '
        'inbox every morning. <input type="email"><button>Sign up</button></div>',
        '<div class="sponsored"><div class="sp-label">Sponsored Content</div><ul>'
        '<li><a href="#">Panhandle homeowners are switching to this roof coating</a></li>'
        '<li><a href="#">Doctors stunned by this one simple knee trick</a></li></ul></div>',
        '<div class="comments-teaser"><a href="#comments">View comments</a></div>',
        "</div>",
        '<div class="right"><div class="ad box"><div class="ad-label">Advertisement</div>'
        '</div><div class="headlines"><h4>Latest Local</h4><ul>' + _links(latest)
        + '</ul></div><div class="ad box"><div class="ad-label">Advertisement</div></div>'
        "</div></div>",
        '<div class="foot">The Plains Courier &middot; 900 S. Polk St., Amarillo, TX 79101 '
        "&middot; (806) 555-0142 &middot; &copy; 2025 Courier Media LLC. All rights "
        'reserved. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div>',
        "</body></html>",
    ])


_PW = "https://www.pacificwire.example"
_MD = "https://www.meridiandaily.example"
_TV = "https://www.kxpn7.example"
_YL = "https://yieldandledger.example"
_CBN = "https://www.cbn-news.example"
_PC = "https://www.plainscourier.example"

# --------------------------------------------------------------------------------------------
# Story 1: US-China trade talks in Vienna
# --------------------------------------------------------------------------------------------

_TRADE_WIRE = _wire_site(
    "US and China extend tariff truce, trim fentanyl levy after Vienna talks",
    [
        "The United States and China agreed on Tuesday to extend their tariff truce by "
        "another 90 days and to trim a fentanyl-related levy on Chinese goods, capping two "
        "days of talks in the Austrian capital that both delegations described as productive.",
        "Treasury Secretary Scott Bessent, who led the U.S. side with Trade Representative "
        "Jamieson Greer, told reporters the second day&#8217;s session had run for more than "
        "seven hours before negotiators signed off on a joint text.",
        "&#8220;We have a framework that both sides can live with, and now the work is on "
        "implementation,&#8221; Bessent said outside the Austrian foreign ministry, where the "
        "talks were held.",
        "The Chinese delegation was led by Vice Premier He Lifeng. The official Xinhua news "
        "agency described the meetings as &#8220;candid, in-depth and constructive&#8221; but "
        "gave few details.",
        "Under the arrangement, Washington will lower the fentanyl-related tariff on Chinese "
        "imports to 10% from 20% starting Nov. 10, bringing the combined additional duty on "
        "most Chinese goods to 20%. The truce, which had been due to lapse on Nov. 10, now "
        "runs until Feb. 8.",
        "Beijing agreed to buy 12 million tonnes of U.S. soybeans before the end of the year "
        "and to suspend for one year the rare-earth export controls it announced in October, "
        "according to a U.S. <a href=\"/business/fact-sheet\">fact sheet</a>.",
        "The two sides plan to meet again in Washington on Jan. 13, the fact sheet said.",
        "Trade between the world&#8217;s two largest economies has slumped this year. U.S. "
        "customs data show imports from China fell 27% in the first nine months of 2025 "
        "compared with a year earlier.",
        "Farm groups welcomed the soybean pledge. American growers shipped almost nothing to "
        "China during the autumn harvest, when Chinese buyers turned to Brazil instead.",
        "Analysts cautioned that the deal leaves the 10% &#8220;reciprocal&#8221; tariff in "
        "place and does not touch U.S. export controls on advanced chips, the issue that has "
        "repeatedly derailed earlier rounds.",
    ],
    dateline="VIENNA", byline="Anna Kessler and David Lau",
    published="2025-11-04T19:30:00Z", shown="November 4, 2025 7:30 PM GMT",
    related=(
        "Japan&#8217;s exports rise 4.2% in September on chip demand",
        "EU fines app store operator &#8364;340 million over steering rules",
        "Canada and Mexico open USMCA review talks ahead of 2026 deadline",
    ),
)

_TRADE_DAILY = _daily_site(
    "A tariff truce, extended again: what Vienna did and did not settle",
    [
        "For the second time in three months, Washington and Beijing have pulled back from "
        "the brink with a deal that buys time rather than settling anything.",
        "After talks in Vienna on Monday and Tuesday, negotiators agreed to keep their tariff "
        "truce alive for another 90 days and to cut the additional duty on most Chinese "
        "goods from 30 percent to 20 percent, by halving the levy the White House imposed "
        "over fentanyl trafficking.",
        "The U.S. team was led by Treasury Secretary Scott Bessent and Trade Representative "
        "Jamieson Greer. Across the table sat Vice Premier He Lifeng, Beijing&#8217;s chief "
        "economic envoy, alongside Li Chenggang, China&#8217;s international trade "
        "representative.",
        "People briefed on the talks said Tuesday&#8217;s session, which stretched to about "
        "five hours, was dominated by soybeans and rare earths.",
        "China committed to buy 12 million metric tons of American soybeans before the end "
        "of the year, a lifeline for farmers in Iowa and Illinois whose autumn sales to China "
        "all but vanished. It also agreed to pause, for a year, the sweeping rare-earth "
        "export rules it unveiled in October.",
        "&#8220;Nothing is final until the president signs off,&#8221; Greer said in a brief "
        "statement on Tuesday night. The White House said an executive order putting the "
        "lower rate into effect would follow.",
        "The truce dates back to May, when a first meeting in Geneva brought U.S. tariffs on "
        "Chinese goods down from 145 percent to 30 percent and China&#8217;s levies on "
        "American goods from 125 percent to 10 percent. Later rounds in London, Stockholm "
        "and Madrid kept it alive and dealt with export licences and the fate of TikTok.",
        "&#8220;It is a truce, not a treaty,&#8221; said Hannah Corbett, a trade economist at "
        "the Larchmont Institute. &#8220;The 20 percent line still leaves American importers "
        "paying far more than they did two years ago, and <em>nobody</em> has touched "
        "chips.&#8221;",
        "Negotiators are expected to meet again in Washington early next year.",
    ],
    section="Business &#8250; Trade",
    dek="The deal trims a levy, buys time and pushes the hardest questions into the new year",
    byline="Rachel Ameen",
    bio="Rachel Ameen covers trade and the global economy from Washington.",
    published="2025-11-05T06:00:00-05:00", date_text="November 5, 2025",
    read_more="Soybean farmers brace for a second lost export season",
    most_read=(
        "Mortgage rates dip to 6.17%, lowest in more than a year",
        "State attorney general sues three pharmacy chains over opioid sales",
        "Orchestra names 34-year-old conductor as music director",
        "The 25 best restaurants in the city right now",
    ),
)

_TRADE_BLOG = _blog_site(
    "Vienna truce: what the tariff cut means for importers, soybeans and the yuan",
    [
        "So the truce survives another quarter. Here is my quick read of the Vienna outcome "
        "and what it means for portfolios.",
        "<strong>The headline.</strong> After two days of meetings on 3 and 4 November, the "
        "US and China agreed to extend the tariff pause by 90 days. Washington halves the "
        "fentanyl-related tariff, from 20% to 10%, so the extra duty on most Chinese imports "
        "drops from 30% to 20%.",
        "<strong>Who was in the room.</strong> Treasury Secretary Scott Bessent and USTR "
        "Jamieson Greer for the US; China&#8217;s team was headed by Commerce Minister Wang "
        "Wentao. Xinhua called the meetings &#8220;candid, in-depth and constructive&#8221;, "
        "which in diplomatic language means nobody walked out.",
        "<strong>Soybeans.</strong> China pledged to buy 12 million tonnes of US soybeans by "
        "year-end. Chicago soybean futures rose 2.1% to $11.32 a bushel after the "
        "announcement. Worth noting: 12 million tonnes is roughly half of what China used to "
        "buy from the US in a normal year.",
        "<strong>Rare earths.</strong> Beijing will pause its October export controls on "
        "rare earths for a year. That is the part I care about most; magnet buyers I talk to "
        "had been quoted lead times of 16 weeks.",
        "<strong>Markets.</strong> S&amp;P&nbsp;500 futures added 0.6% after the announcement "
        "and the offshore yuan firmed to 7.10 per dollar. Not a huge move, because most of this "
        "had leaked over the weekend.",
        "<strong>What is not in it.</strong> Nothing on chip export controls, and the 10% "
        "&#8216;reciprocal&#8217; tariff stays. Those are the fights for the next round, "
        "which the two sides have pencilled in for January 20 in Washington.",
        "<strong>My take.</strong> I remain neutral on China-exposed industrials and "
        "slightly overweight farm equipment. A 90-day extension is a floor, not a ceiling, "
        "and we have all seen this film before.",
    ],
    author="Marcus Hale", post_id=4127,
    tags=("China", "Tariffs", "Soybeans", "Rare earths", "Trade"),
    recent=(
        "Fed cuts again: my notes from the October press conference",
        "Copper at $11,000: the bull case, revisited",
        "Three charts on the shutdown and Treasury bills",
    ),
    comments=7,
    pullquote="A 90-day extension is a floor, not a ceiling.",
)

_TRADE_CBN = _broadcaster_site(
    "US and China extend tariff truce after marathon Vienna talks",
    [
        "The United States and China have agreed to extend a pause in their trade war by a "
        "further 90 days, after two days of negotiations in Vienna ended on 4 November with "
        "a deal to lower some American tariffs.",
        "US Treasury Secretary Scott Bessent said the final session had lasted more than "
        "seven hours. He told reporters: &#8220;We now have a framework both sides can live "
        "with. The work from here is implementation.&#8221;",
        "China&#8217;s delegation was led by Vice Premier He Lifeng, who has headed "
        "Beijing&#8217;s side at every round since the spring.",
        "Under the agreement, the US will cut a tariff linked to the flow of the opioid "
        "fentanyl from 20% to 10%. That brings the total extra tariff on most Chinese goods "
        "to 20%: the 10% fentanyl levy plus a 10% &#8216;reciprocal&#8217; tariff introduced "
        "in April, which stays in place.",
        "In return, China will buy 12 million tonnes of US soybeans by the end of 2025 and "
        "suspend for a year its controls on exports of rare earths, minerals which are used "
        "in everything from electric cars to fighter jets.",
        "The US Trade Representative, Jamieson Greer, said both sides would meet again in "
        "Washington on 13 January to work towards a longer-term agreement.",
        "## Analysis: Relief for now, but the hard part is still to come",
        "For exporters in southern China, the lower tariff helps at the margin. Factory "
        "owners I spoke to in Dongguan said orders from American buyers had fallen by as much "
        "as half this year, and few expect them to bounce back quickly.",
        "But the deal does not address the issue that most worries Beijing: American "
        "restrictions on sales of advanced chips. Without movement there, few in either "
        "capital expect this truce to become a lasting settlement.",
    ],
    caption="File photo: Containers stacked at a port in eastern China. CBN/Archive",
    byline="Laura Okonkwo, Asia business correspondent",
    more_on=(
        "What are tariffs and how do they work?",
        "Why rare earths matter to the world economy",
    ),
    top_stories=(
        "Flooding in central Vietnam forces 30,000 from their homes",
        "Eurozone inflation edges down to 2.1% in October",
        "Museum reopens gallery weeks after jewel theft",
    ),
)

# --------------------------------------------------------------------------------------------
# Story 2: Texas Supreme Court reinstates wildfire penalty
# --------------------------------------------------------------------------------------------

_COURT_WIRE = _wire_site(
    "Texas Supreme Court reinstates $18.6 million wildfire penalty against utility",
    [
        "The Texas Supreme Court on Friday reinstated an $18.6 million penalty against "
        "Caprock Electric over the 2022 Red Mesa Fire, ruling 7-2 that state regulators had "
        "the authority to punish the utility for keeping power lines energized during a "
        "windstorm.",
        "The decision reverses a March 2024 ruling by the Third Court of Appeals in Austin, "
        "where a three-judge panel voted 2-1 to throw out the penalty as beyond the Public "
        "Utility Commission&#8217;s powers.",
        "&#8220;The Legislature gave the commission the tools to hold utilities to account, "
        "and the commission used them,&#8221; Justice Maria Okafor wrote for the majority.",
        "The commission imposed the penalty in 2023 after finding that Caprock kept a "
        "12-mile stretch of line energized despite red-flag warnings and had fallen years "
        "behind on clearing brush and trees near its equipment.",
        "The fire burned about 148,000 acres in the eastern Panhandle and destroyed 96 "
        "homes. Investigators traced its start to a conductor that sagged into a dead "
        "cottonwood on the afternoon of March 11, 2022.",
        "Justice Roberta Kallis, joined by Justice Thomas Nguyen, dissented. She wrote that "
        "the statute allowed penalties for each day of a violation, not for each customer "
        "affected, and that the commission had &#8220;stretched the arithmetic past what the "
        "law will bear.&#8221;",
        "Caprock spokesperson Lena Hargrove said the company was reviewing the decision. "
        "&#8220;We remain focused on making our system safer every fire season,&#8221; she "
        "said.",
        "The penalty is the largest the commission has levied against an electric utility. "
        "The money goes to a state fund that pays for wildfire mitigation in rural counties.",
        "Caprock, which serves about 140,000 customers across the Panhandle and South "
        "Plains, has said it has spent $95 million on fire prevention since 2022.",
    ],
    dateline="AUSTIN, Texas", byline="Jorge Salinas",
    published="2025-10-17T20:05:00Z", shown="Oct 17, 2025 8:05 PM GMT",
    related=(
        "Washington utility agrees to $45 million settlement over 2020 fire",
        "Federal judge blocks Idaho law on out-of-state travel for minors",
        "California appeals court upholds 2023 insurance rule",
    ),
)

_COURT_COURIER = _regional_site(
    "High court sides with regulators on Red Mesa Fire penalty",
    [
        "Survivors of the Red Mesa Fire got something on Friday they have waited more than "
        "three years for: a ruling that Caprock Electric must pay the state&#8217;s penalty "
        "after all.",
        "In a 7-2 decision, the Texas Supreme Court reinstated the $18.6 million fine the "
        "Public Utility Commission of Texas levied against the utility in 2023.",
        "Writing for the majority, Justice Daniel Whitcombe said that &#8220;the Legislature "
        "gave the commission the tools to hold utilities to account, and the commission used "
        "them.&#8221;",
        "Justice Roberta Kallis wrote a dissent, which Justice Thomas Nguyen joined.",
        "For Red Mesa resident Carol Dunning, whose house on Farm Road 1912 burned to the "
        "slab, the ruling was bittersweet. &#8220;It doesn&#8217;t bring anything back,&#8221; "
        "she said Friday. &#8220;But somebody finally said out loud that this was "
        "preventable.&#8221;",
        "The fire broke out in March 2022 and burned some 148,000 acres. It destroyed nearly "
        "100 homes and killed two people, a retired couple who tried to reach their pickup "
        "as the flames crossed the road.",
        "Caprock paid $220 million in 2024 to settle lawsuits brought by fire victims. The "
        "commission&#8217;s fine is separate; the money goes to a state fund for wildfire "
        "mitigation in rural counties.",
        "The Third Court of Appeals had thrown out the fine in March 2024, when two of the "
        "three justices on a panel found the commission had overreached.",
        "State Rep. Ellen Marsh, R-Pampa, said she would file a bill in the 2027 session to "
        "raise the cap on such penalties. &#8220;If a fire like this is the price of doing "
        "business, the price is too low,&#8221; she said.",
    ],
    section="Local &#187; Courts",
    byline="By Kelsey Brandt, Courier staff writer",
    date_text="10/18/2025",
    latest=(
        "Amarillo ISD trustees approve $2.1M for bus repairs",
        "Canyon man sentenced to 12 years in fentanyl case",
        "Wind gusts to 60 mph expected across the Panhandle",
        "Cattle prices hit record at Friday auction",
    ),
    correction="Correction: An earlier version of this story misspelled the name of a "
    "Red Mesa resident.",
)

_COURT_TV = _tv_site(
    "Texas Supreme Court: Caprock Electric must pay Red Mesa Fire penalty",
    [
        "Caprock Electric must pay a $16.8 million state penalty over the Red Mesa Fire, the "
        "Texas Supreme Court ruled in a 6-3 decision.",
        "The ruling, issued Oct. 17, overturns a 2024 appeals court decision and restores "
        "the penalty that the Public Utility Commission ordered in 2023.",
        "Justice Maria Okafor wrote the majority opinion. She said the commission was within "
        "its rights to penalize the utility for leaving power lines energized as high winds "
        "and red-flag warnings covered the Panhandle.",
        "The dissenting justices argued that the commission had miscalculated how the "
        "penalty should be counted.",
        "Caprock had told the court that regulators treated every affected customer as a "
        "separate violation, which the company said inflated the total far beyond what "
        "lawmakers intended.",
        "The fire burned roughly 231 square miles in the eastern Panhandle in March 2022 and "
        "killed two people.",
        "In a statement, Caprock spokesperson Lena Hargrove said the company is reviewing the "
        "ruling and &#8220;remains focused on making our system safer every fire "
        "season.&#8221;",
        "Residents who lost homes told NewsChannel 7 they hope the decision pushes utilities "
        "to cut power sooner when the wind picks up. &#8220;They knew the wind was "
        "coming,&#8221; said Mike Trask, who rebuilt his home near Red Mesa last year. "
        "&#8220;Everybody out here knew.&#8221;",
        "The penalty money will go to a state fund for wildfire mitigation in rural counties.",
        "Caprock serves about 140,000 customers across the Panhandle and South Plains. The "
        "company has not said whether it will raise rates to cover the penalty.",
        "Stay with NewsChannel 7 for updates on this story.",
    ],
    byline="Jenna Ruiz",
    video="VIDEO: Red Mesa families react to Supreme Court ruling",
    popular=(
        "Crash closes I-40 near Conway for three hours",
        "School board to vote on $240M bond package",
        "First Alert Weather: first freeze of the season possible this weekend",
    ),
    alert="WEATHER ALERT: Wind advisory for the Panhandle until 7 p.m.",
)

# --------------------------------------------------------------------------------------------
# Story 3: Bank of England rate decision
# --------------------------------------------------------------------------------------------

_BANK_WIRE = _wire_site(
    "Bank of England cuts rates to 3.75% in knife-edge vote",
    [
        "The Bank of England cut interest rates by a quarter of a percentage point to 3.75% "
        "on Thursday, but a 5&#8211;4 split among policymakers showed how divided the central "
        "bank has become over the pace of further easing.",
        "Four members of the Monetary Policy Committee voted to keep Bank Rate at 4%, citing "
        "inflation that, at 3.8% in September, remains almost double the Bank&#8217;s 2% "
        "target.",
        "&#8220;We still think rates are on a gradually declining path, but each decision "
        "from here is going to be a closer call,&#8221; Governor Andrew Bailey said at a news "
        "conference.",
        "The Bank&#8217;s new forecasts show inflation falling to 2.5% by the end of 2026 and "
        "returning to target in the first half of 2027.",
        "Sterling fell 0.4% to $1.3080 after the decision as traders added to bets on "
        "another cut early next year. The next rate announcement is due on Dec. 18.",
        "The cut was the sixth since the Bank began lowering borrowing costs in August 2024, "
        "when it first brought Bank Rate down from 5.25%.",
        "Policymakers who backed the cut pointed to a cooling jobs market, with unemployment "
        "at its highest in four years. The Bank expects the economy to grow 1.2% in 2026.",
        "Lenders are expected to pass the cut on quickly to some 600,000 tracker-mortgage "
        "borrowers, while savers face lower returns.",
        "Finance minister Rachel Reeves, who presents her budget on Nov. 26, welcomed the "
        "move.",
        "Economists had been split ahead of the meeting. A Pacific Wire poll last week found "
        "that 14 of 25 expected a cut.",
    ],
    dateline="LONDON", byline="Helen Marsh and Owen Pryce",
    published="2025-11-06T12:40:00Z", shown="November 6, 2025 12:40 PM GMT",
    factbox=[
        ("Bank Rate", "3.75% (from 4%)"),
        ("MPC vote", "5&#8211;4"),
        ("CPI inflation (Sept)", "3.8%"),
        ("Next decision", "Dec. 18"),
    ],
    updated="Updated Nov. 6, 2025 14:05 GMT with market reaction",
    related=(
        "Fed cuts rates again, signals December move not assured",
        "ECB holds deposit rate at 2% for third straight meeting",
        "Norway&#8217;s central bank keeps key rate at 4%",
    ),
)

_BANK_DAILY = _daily_site(
    "Bank of England trims rates to 3.75% as split committee signals caution",
    [
        "The Bank of England lowered Bank Rate to 3.75% from 4% on 6 November, its first "
        "move since the summer, after a vote that went 5&#8211;4 in favour of a cut.",
        "The four members who wanted to hold, among them chief economist Huw Pill and "
        "external member Catherine Mann, argued that wage growth and services prices were "
        "still running too hot to justify cheaper borrowing.",
        "Governor Andrew Bailey, who sided with the majority, said the Bank still saw rates "
        "&#8220;on a gradually declining path&#8221; but warned that &#8220;each decision "
        "from here is going to be a closer call&#8221;.",
        "In its quarterly Monetary Policy Report, the Bank forecast that consumer price "
        "inflation, which was 3.8% in September, would drop to 2.5% by the end of next year. "
        "It expects the economy to grow by 1.2% in 2026.",
        "For households the cut brings modest relief. Around 600,000 homeowners on tracker "
        "mortgages will see payments fall almost at once; on a typical &#163;200,000 tracker "
        "loan the saving is about &#163;29 a month.",
        "Savers, on the other hand, are likely to see easy-access rates trimmed within weeks.",
        "Businesses welcomed the cut. &#8220;Every quarter point helps,&#8221; said Tom "
        "Halloran of the Federation of Small Employers, who urged the Bank to move faster "
        "in the new year.",
        "The decision comes three weeks before the Budget, in which the Chancellor, Rachel "
        "Reeves, is widely expected to raise taxes.",
        "The pound slipped against the dollar after the announcement, and markets now price "
        "roughly a 60% chance of another cut in December.",
    ],
    section="Business &#8250; Economy",
    dek="Policymakers are divided over how fast to ease while inflation stays high",
    byline="Priya Menon",
    bio="Priya Menon is the Meridian Daily&#8217;s economics editor, based in London.",
    read_more="What the rate cut means for your mortgage and savings",
    most_read=(
        "Eurozone inflation dips to 2.1% in October",
        "Norway&#8217;s central bank holds rate at 4%",
        "Why your energy bill is going up in January",
        "The 20 best novels of the year so far",
    ),
)

_BANK_BLOG = _blog_site(
    "BoE cuts to 3.75%: five takeaways from a knife-edge vote",
    [
        "The Bank of England did what most of us expected on 6 November and cut Bank Rate "
        "by 25 basis points, to 3.75%. What I did not expect was quite how close it was.",
        "<strong>1. The vote.</strong> 5&#8211;4. Four members wanted to stay at 4%. When "
        "nearly half the committee is arguing for a hold, you cannot assume a smooth glide "
        "path from here.",
        "<strong>2. The forecast.</strong> The Bank now sees CPI inflation at 2.8% by the end "
        "of 2026, down from 3.8% in September. Still above the 2% target, but heading the "
        "right way.",
        "<strong>3. The labour market.</strong> Unemployment has risen to 4.8%, the highest "
        "in four years, and Bank staff think slack is building faster than they assumed "
        "in August.",
        "<strong>4. Gilts.</strong> Two-year gilt yields fell about 7 basis points to 3.69%. "
        "The curve steepened, which tells you the market believes the cutting cycle has "
        "further to run.",
        "<strong>5. December.</strong> The next decision is on 18 December. I put the odds of "
        "a back-to-back cut at no better than a coin toss, given the split.",
        "For context, the Federal Reserve cut on 29 October and now targets 3.75%&#8211;4%, "
        "while the ECB has kept its deposit rate at 2% since June.",
        "Elsewhere, sterling slipped against the dollar and the FTSE&nbsp;250, the more "
        "domestically focused index, rose about 1% on the day.",
        "<strong>Positioning.</strong> I remain long short-dated gilts and neutral on "
        "sterling. If the December vote is another 5&#8211;4, I will be adding.",
    ],
    author="Marcus Hale", post_id=4119,
    tags=("Bank of England", "Interest rates", "Gilts", "UK"),
    recent=(
        "Vienna truce: what the tariff cut means for importers, soybeans and the yuan",
        "Fed cuts again: my notes from the October press conference",
        "Copper at $11,000: the bull case, revisited",
    ),
    comments=12,
    pullquote="When nearly half the committee is arguing for a hold, you cannot assume a "
    "smooth glide path.",
)

_BANK_CBN = _broadcaster_site(
    "Interest rates cut to 3.75% as Bank signals slower pace ahead",
    [
        "The Bank of England has cut interest rates to 3.75%, the lowest level in almost "
        "three years, offering some relief to millions of borrowers.",
        "The Bank&#8217;s Monetary Policy Committee voted by six votes to three to lower "
        "rates from 4%. The members who voted against wanted to keep rates on hold.",
        "Deputy Governor Sarah Breeden said: &#8220;We still think rates are on a gradually "
        "declining path, but each decision from here is going to be a closer call.&#8221;",
        "Inflation, which measures the rate at which prices rise, was 3.8% in the year to "
        "September, well above the Bank&#8217;s 2% target. Food prices in particular have "
        "been rising quickly.",
        "The Bank expects inflation to ease next year as this spring&#8217;s increases in "
        "energy and water bills drop out of the annual figure.",
        "About 600,000 homeowners have tracker mortgages that move in line with Bank Rate. "
        "The average two-year fixed mortgage rate was 4.92% this week, according to the "
        "data firm Ratewise.",
        "Chancellor Rachel Reeves said the cut was &#8220;welcome news for families&#8221; "
        "ahead of her Budget on 26 November.",
        "Economists said the split vote suggested the Bank would move cautiously in the "
        "months ahead. The Bank forecast that the economy would grow by 1.2% next year.",
        "Borrowers on fixed-rate deals will see no immediate change, although lenders have "
        "been trimming the rates on new fixed deals for weeks in anticipation of the cut.",
        "The next interest rate decision is due on 18 December.",
        "<a href=\"/news/business/rates-explained\">What does the interest rate cut mean "
        "for you?</a>",
    ],
    caption="The Bank of England in the City of London. File photo",
    byline="Simon Ashby, Economics correspondent",
    date_text="6 November 2025",
    updated="Updated 14:05 GMT",
    more_on=(
        "Rates explained: how the Bank of England decides",
        "Five charts that explain the UK economy",
    ),
    top_stories=(
        "Storm warnings issued for west of Scotland",
        "Train operator fined &#163;2m over timetable chaos",
        "Record number of students apply for nursing courses",
    ),
)

# --------------------------------------------------------------------------------------------
# Story 4 (control): third flight of the Condor methane rocket
# --------------------------------------------------------------------------------------------

_ROCKET_WIRE = _wire_site(
    "Stratos Dynamics&#8217; Condor reaches orbit on third try, lands booster at sea",
    [
        "Stratos Dynamics&#8217; methane-fueled Condor rocket reached orbit for the first "
        "time on Oct. 21, deploying three test satellites and landing its first-stage "
        "booster on a ship in the Pacific on the company&#8217;s third attempt.",
        "The 62-meter (203-foot) rocket lifted off at 6:42 a.m. PDT (1342 GMT) from a "
        "coastal pad at Vandenberg Space Force Base, about 140 miles (225 km) northwest of "
        "Los Angeles.",
        "Its nine Harrier engines shut down about two and a half minutes into the flight. The "
        "booster then flipped, relit three engines and touched down on the drone ship "
        "<em>Steady Hand</em> 8 minutes and 12 seconds after liftoff.",
        "The upper stage reached an orbit about 210 km (130 miles) above Earth and released "
        "the satellites, which together weigh about 450 kg (990 lb), roughly 54 minutes "
        "after launch.",
        "&#8220;Today Condor became an orbital rocket,&#8221; Stratos chief executive Priya "
        "Anand told employees in a webcast from the company&#8217;s headquarters in Long "
        "Beach.",
        "The flight followed two setbacks. Condor&#8217;s debut in March ended when the "
        "rocket exploded 71 seconds after liftoff, and on the second flight, in July, the "
        "upper stage shut down early and fell short of orbit.",
        "The Federal Aviation Administration, which licensed the flight, said no mishap "
        "investigation would be required.",
        "Stratos, which has raised more than $1.1 billion from investors, is competing for "
        "Space Force contracts to launch medium-sized military satellites. Its next flight, "
        "carrying an imaging satellite for Brightline Imaging, is planned for early next "
        "year.",
    ],
    dateline="VANDENBERG SPACE FORCE BASE, Calif.", byline="Erin Castillo",
    related=(
        "Rocket Lab&#8217;s Electron launches 70th mission from New Zealand",
        "NASA sets February target for crewed lunar flyby",
        "European launcher Ariane 6 flies fifth mission",
    ),
)

_ROCKET_BLOG = _blog_site(
    "Condor finally makes orbit. Is Stratos stock a buy now?",
    [
        "Third time lucky. Stratos Dynamics&#8217; Condor rocket made it to orbit on Tuesday "
        "and, for good measure, landed its booster on a drone ship. The stock (STRX) closed "
        "up 14% at $23.40.",
        "Quick recap for those who did not get up at dawn on the West Coast: liftoff from "
        "Vandenberg was at 9:42 a.m. Eastern, the booster landed just over eight minutes "
        "later, and the upper stage dropped three demo satellites into an orbit roughly 130 "
        "miles up.",
        "<strong>Why it matters.</strong> The medium-lift market is thin. If Condor can fly "
        "every month or two, Stratos has a real shot at the next block of Space Force launch "
        "contracts, and that is where the money is.",
        "<strong>The history.</strong> The first two flights were ugly. The March debut "
        "blew up about a minute into flight; the July flight made it to space but not to "
        "orbit after the upper stage cut out early.",
        "<strong>Reuse.</strong> Landing the booster on the first orbital try is the "
        "surprise. Management had guided to a recovery attempt &#8220;sometime in "
        "2026&#8221;. Reuse is what turns a launch company into a margin story.",
        "<strong>Valuation.</strong> At $23.40 the company is worth about $6.8 billion, with "
        "cash burn of roughly $120 million a quarter. That is a lot of hope priced in.",
        "&#8220;Today Condor became an orbital rocket,&#8221; chief executive Priya Anand "
        "said on the company webcast. Fair enough, but one flight is one flight.",
        "<strong>Next up.</strong> A paying customer, Brightline Imaging, in early 2026. I "
        "want to see that flight go cleanly before adding to my small position.",
    ],
    author="Marcus Hale", post_id=4102,
    date_text="October 22, 2025",
    tags=("Space", "STRX", "Launch", "Defense"),
    recent=(
        "Gold above $4,000: who is buying?",
        "The Fed&#8217;s October meeting: my preview",
        "Three charts on the shutdown and Treasury bills",
    ),
    comments=21,
)

_ROCKET_CBN = _broadcaster_site(
    "Condor: US methane-fuelled rocket reaches orbit at third attempt",
    [
        "A methane-fuelled rocket built by the Californian company Stratos Dynamics has "
        "reached orbit for the first time, seven months after its maiden flight ended in an "
        "explosion.",
        "The Condor lifted off from Vandenberg Space Force Base on 21 October at 13:42 GMT "
        "and released three test satellites into an orbit around 210km above the Earth.",
        "Just over eight minutes after launch, the rocket&#8217;s first stage landed on a "
        "ship stationed in the Pacific Ocean, which means it can in principle be flown "
        "again.",
        "Chief executive Priya Anand said: &#8220;Today Condor became an orbital "
        "rocket.&#8221;",
        "Condor stands 62m tall and burns liquid methane and liquid oxygen, a combination "
        "that is cheaper and cleaner-burning than the kerosene used by many older rockets.",
        "Its first flight, in March, ended in an explosion just over a minute after lift-off. "
        "A second attempt in July reached space, but the upper stage&#8217;s engine shut down "
        "early and it fell short of orbit.",
        "## A crowded field",
        "Several companies are racing to build medium-sized rockets that can be reused, "
        "hoping to win contracts from the US military and from firms building large "
        "constellations of internet and imaging satellites.",
        "Stratos, which is based in Long Beach, California, was founded in 2019 and employs "
        "about 1,400 people. It has not said how much a Condor launch will cost customers.",
        "Stratos says its next launch, for the satellite operator Brightline Imaging, will "
        "take place in early 2026.",
    ],
    caption="The Condor rocket lifts off from Vandenberg Space Force Base in California. "
    "Courtesy Stratos Dynamics",
    byline="Dr Imogen Reeve, Science correspondent",
    more_on=(
        "Why rocket makers are switching to methane",
        "How reusable rockets changed the space industry",
    ),
    top_stories=(
        "Comet visible to the naked eye this week",
        "Heatwave sets October record in southern Spain",
        "Whale song study reveals hidden structure",
    ),
)

# --------------------------------------------------------------------------------------------
# Story 5: earthquake off southern Peru
# --------------------------------------------------------------------------------------------

_QUAKE_WIRE = _wire_site(
    "Magnitude 6.4 quake off southern Peru kills nine, flattens adobe homes",
    [
        "A magnitude 6.4 earthquake struck off Peru&#8217;s southern coast late on Tuesday, "
        "killing nine people, injuring 54 and flattening dozens of adobe homes in the "
        "Arequipa region, the National Civil Defense Institute (Indeci) said on Wednesday.",
        "The quake hit at 10:47 p.m. local time (0347 GMT Wednesday) about 38 km (24 miles) "
        "southwest of the fishing town of Chala, at a depth of 35 km, according to the U.S. "
        "Geological Survey.",
        "Most of the deaths occurred in Chala and the nearby farming town of Yauca, where "
        "walls of older adobe houses collapsed on sleeping families, regional officials said.",
        "&#8220;We heard a roar and then everything came down,&#8221; Chala resident Rosa "
        "Quispe told local broadcaster Radio Sur. &#8220;We ran into the street with the "
        "children and stayed there until dawn.&#8221;",
        "Peru&#8217;s navy ruled out a tsunami threat within an hour of the quake. More than "
        "20 aftershocks followed, the largest a magnitude 4.9 tremor shortly after 2 a.m. "
        "local time.",
        "Landslides blocked stretches of the Pan-American Highway between Chala and Yauca "
        "for several hours, cutting road access to the area from Lima, about 600 km (370 "
        "miles) to the northwest.",
        "The shaking was felt in Lima and in the city of Arequipa, where residents rushed "
        "out of their homes in their nightclothes. Rescuers were still searching collapsed "
        "houses in Yauca on Wednesday afternoon.",
        "Peru sits on the Pacific &#8220;Ring of Fire&#8221;. In June 2024 a magnitude 7.2 "
        "quake off the same stretch of coast injured dozens of people and damaged hundreds "
        "of homes.",
    ],
    dateline="LIMA, Peru", byline="Carla Mendoza",
    published="2025-10-15T14:10:00Z", shown="October 15, 2025 2:10 PM GMT",
    factbox=[
        ("Magnitude", "6.4 (USGS)"),
        ("Depth", "35 km (22 miles)"),
        ("Time", "03:47 GMT, Oct. 15 (10:47 p.m. Oct. 14 local)"),
        ("Epicenter", "38 km (24 miles) SW of Chala, Arequipa region"),
        ("Deaths", "9, according to Indeci"),
    ],
    related=(
        "Magnitude 5.8 quake rattles central Chile; no damage reported",
        "Mexico City alarms sound after 6.1 tremor in Guerrero",
        "Volcano on Indonesia&#8217;s Flores island erupts again, ash cloud reaches 10 km",
    ),
)

_QUAKE_DAILY = _daily_site(
    "Deadly quake shakes southern Peru, toppling adobe homes",
    [
        "CHALA, Peru &#8212; Rescue crews dug through the rubble of mud-brick houses on "
        "Wednesday after a powerful earthquake struck near this coastal town late Tuesday "
        "night, killing seven people, according to Peru&#8217;s civil defense institute, "
        "Indeci.",
        "The magnitude 6.4 quake was centered off the coast near Chala, at a depth of about "
        "35 kilometers (22 miles), by the reckoning of U.S. Geological Survey seismologists. "
        "The shaking began at 10:47 p.m. local time, when many residents were already "
        "asleep.",
        "More than 50 people were injured. Officials said the toll was highest in homes "
        "built of adobe, the sun-dried brick still common in rural Peru, which crumbles "
        "under strong shaking.",
        "&#8220;The old houses simply folded,&#8221; said Javier Llosa, a civil engineer "
        "from Arequipa who arrived in Chala at dawn to inspect damaged buildings. &#8220;The "
        "concrete school next door has cracks, but it is standing.&#8221;",
        "The government declared a 60-day state of emergency in districts of Caravel&iacute; "
        "province, freeing funds for temporary shelters and water trucks. Landslides briefly "
        "blocked parts of the Pan-American Highway near Chala.",
        "The quake was the strongest to hit the region since June 2024, when a magnitude 7.2 "
        "temblor struck offshore.",
        "Peru lies where the Nazca plate dives beneath South America, one of the most "
        "seismically active zones on the planet. In 2007, a magnitude 8.0 earthquake near "
        "Pisco killed more than 500 people.",
        "Residents of Chala spent the night outdoors, wrapped in blankets, as a string of "
        "aftershocks rattled the town. Many said they would not go back inside until "
        "engineers had checked their homes.",
    ],
    section="World &#8250; Americas",
    dek="Rescuers search collapsed houses near Chala as aftershocks rattle the coast",
    byline="Daniel Ortega Ruiz",
    bio="Daniel Ortega Ruiz reports on the Andean countries from Lima.",
    published="2025-10-15T12:30:00-04:00", date_text="Oct. 15, 2025, 12:30 p.m. ET",
    read_more="How Peru builds for earthquakes, and where it falls short",
    most_read=(
        "Nobel economics prize goes to three researchers of innovation",
        "Museum closes galleries after overnight jewel theft",
        "Hurricane season&#8217;s late surge: what forecasters got wrong",
        "A 1,200-mile walk along the Andes, in pictures",
    ),
)

_QUAKE_CBN = _broadcaster_site(
    "Peru earthquake: Nine killed as 6.4 quake hits southern coast",
    [
        "At least nine people have been killed after a magnitude 6.4 earthquake struck off "
        "the southern coast of Peru late on 14 October, officials say.",
        "The quake&#8217;s epicentre was in the Pacific Ocean off the coast near the town of "
        "Atico, in Arequipa region, at a depth of 60km (37 miles), according to the US "
        "Geological Survey.",
        "It struck at 22:47 local time (03:47 GMT on 15 October). Houses collapsed in "
        "several coastal communities, and many people spent the night in the streets.",
        "Peru&#8217;s civil defence agency, Indeci, said dozens of people had been injured "
        "across the region. In the inland district of Caravel&iacute;, a church tower partly "
        "collapsed.",
        "The navy said there was no risk of a tsunami. The strongest aftershock measured 4.9.",
        "Video shared on social media showed shelves toppling in a supermarket and residents "
        "running from buildings in darkness as the power failed.",
        "Many of the homes that collapsed were built of adobe, a mixture of mud and straw "
        "that is cheap but performs poorly in earthquakes.",
        "Peru is one of the most earthquake-prone countries in the world. It lies along the "
        "so-called Ring of Fire, a horseshoe of fault lines and volcanoes that circles the "
        "Pacific Ocean. A magnitude "
        "7.2 earthquake struck off the same coast in June 2024, injuring dozens.",
        "The government has sent water, tents and medical teams to the region, and the "
        "health ministry said hospitals in Arequipa were treating the most seriously "
        "injured.",
    ],
    caption="Courtesy Indeci: Rescue workers search a collapsed adobe house in Arequipa "
    "region",
    factbox_title="The earthquake in numbers",
    factbox=[
        "Magnitude: 6.4",
        "Depth: 60km",
        "Time: 22:47 local, 14 October (03:47 GMT, 15 October)",
        "Deaths: 9",
    ],
    more_on=(
        "Why is Peru hit by so many earthquakes?",
        "What is the Ring of Fire?",
    ),
    top_stories=(
        "Storm brings 100mph gusts to Atlantic coast of France",
        "Ceasefire talks resume in Cairo",
        "Record-breaking glacier melt in the Alps",
    ),
)

# --------------------------------------------------------------------------------------------
# Story 6: Lakeport mayoral run-off
# --------------------------------------------------------------------------------------------

_ELECTION_TABLE = (
    '<table class="results" border="1" cellpadding="4">'
    "<caption>Lakeport mayor, run-off (unofficial; 58 of 58 vote centers reporting)</caption>"
    "<tr><th>Candidate</th><th>Votes</th><th>%</th></tr>"
    "<tr><td>Dana Whitfield</td><td>19,206</td><td>51.8</td></tr>"
    "<tr><td>Marcus Ibarra</td><td>17,873</td><td>48.2</td></tr>"
    "<tr><td><b>Total</b></td><td><b>37,079</b></td><td></td></tr>"
    '<tr><td colspan="3">Turnout: 23.7% of 156,450 registered voters</td></tr>'
    "</table>"
    '<table class="results" border="1" cellpadding="4">'
    "<caption>City Council District 3, run-off (unofficial)</caption>"
    "<tr><th>Candidate</th><th>Votes</th><th>%</th></tr>"
    "<tr><td>Ana Ruelas</td><td>4,118</td><td>54.2</td></tr>"
    "<tr><td>Tom Becker</td><td>3,480</td><td>45.8</td></tr>"
    "</table>"
    '<p class="source">Source: county elections office</p>'
)

_ELECTION_COURIER = _regional_site(
    "Whitfield wins Lakeport mayor&#8217;s race",
    [
        "Dana Whitfield will be Lakeport&#8217;s next mayor.",
        "The former District 5 council member beat Marcus Ibarra in Saturday&#8217;s run-off "
        "by 1,333 votes, 51.8 percent to 48.2 percent, according to unofficial results "
        "posted by the county elections office shortly before 10 p.m.",
        "&#8220;This city voted for fixing streets, not fighting over them,&#8221; Whitfield "
        "told about 200 supporters at the Old Depot event hall downtown.",
        "Ibarra called Whitfield at about 10:30 p.m. to concede. &#8220;The voters made a "
        "clear choice, and I respect it,&#8221; he told the Courier.",
        "Turnout was 23.7 percent, up from 18.9 percent in the Nov. 4 first round, when "
        "Whitfield led a four-candidate field with 36.4 percent to Ibarra&#8217;s 29.1 "
        "percent.",
        "The City Council will canvass the results at its Dec. 22 meeting. Whitfield is "
        "scheduled to take office Jan. 5, succeeding term-limited Mayor Ron Castellanos.",
        "Whitfield, a former emergency-room nurse, ran on a promise to publish a "
        "street-by-street repair schedule within 100 days and to freeze residential water "
        "rates for a year. Ibarra, a two-term county commissioner, had campaigned on adding "
        "40 officers to the police department.",
        "In the District 3 council run-off, Ana Ruelas defeated Tom Becker with 54.2 percent "
        "of the vote. Ruelas, a middle-school principal, will be the first Latina to "
        "represent the district.",
        "Whitfield, 49, said she would name a transition team by the end of the week and "
        "hold her first town hall in January.",
        "Castellanos, who endorsed Ibarra, congratulated Whitfield in a post on social "
        "media and said his staff would begin transition meetings this week.",
    ],
    section="Politics &#187; Lakeport",
    byline="By Ruben Ortiz, Courier politics reporter",
    date_text="12/14/2025",
    table=_ELECTION_TABLE, table_after=1,
    latest=(
        "Amarillo ISD trustees approve $2.1M for bus repairs",
        "Canyon council delays vote on 2026 budget",
        "Lady Sandies win district title, 3-1",
        "Holiday toy drive tops 4,000 gifts",
    ),
)

_ELECTION_TV = _tv_site(
    "Dana Whitfield elected Lakeport mayor in Dec. 13 run-off",
    [
        "Lakeport has a new mayor-elect. Dana Whitfield won the Dec. 13 run-off against "
        "Marcus Ibarra by 1,833 votes, according to unofficial results from the county "
        "elections office.",
        "Whitfield finished with 51.8 percent of the vote. Ibarra, a county commissioner, "
        "received 48.2 percent.",
        "Turnout in the run-off was 23.7 percent of registered voters.",
        "Speaking to supporters downtown, Whitfield said Lakeport had &#8220;voted for fixing "
        "streets instead of fighting over them.&#8221;",
        "Ibarra conceded shortly after 10:30 p.m. In a short speech to volunteers at his "
        "campaign office, he said the city was &#8220;in good hands.&#8221;",
        "Whitfield, a former emergency-room nurse, represented District 5 on the City Council "
        "for six years before running for mayor.",
        "During the campaign, the two candidates clashed over a proposed 9 percent increase "
        "in water rates, which Whitfield has promised to block.",
        "NewsChannel 7 asked voters outside the Northwest Library vote center what they want "
        "from the new mayor. Most mentioned potholes and water bills. &#8220;My street has "
        "been torn up since spring,&#8221; said Lakeport resident Carla Dominguez. &#8220;I "
        "just want somebody to finish a job.&#8221;",
        "Her victory makes Whitfield only the second woman to lead Lakeport since the city "
        "adopted its current charter.",
        "Whitfield has said she will publish a schedule of street repairs within her first "
        "100 days in office.",
        "She will be sworn in on Jan. 5, replacing Mayor Ron Castellanos, who could not run "
        "again because of term limits.",
        "The City Council is expected to canvass the votes later this month. Election "
        "officials said every vote center has reported, so the canvass is not expected to "
        "change the outcome.",
    ],
    byline="Marisol Vega",
    video="VIDEO: Mayor-elect Dana Whitfield speaks to supporters",
    popular=(
        "Wind gusts to 60 mph topple power poles in Hereford",
        "Two hurt in apartment fire in northeast Amarillo",
        "Panhandle schools announce holiday closings",
    ),
)

_ELECTION_WIRE = _wire_site(
    "Former council member Whitfield wins Lakeport mayoral run-off",
    [
        "Former city council member Dana Whitfield was elected mayor of Lakeport on "
        "Saturday, defeating county commissioner Marcus Ibarra in a run-off by 1,333 votes, "
        "according to unofficial results.",
        "Whitfield won 51.8% of the vote to Ibarra&#8217;s 48.2%, with all vote centers "
        "reporting. Turnout was 27.3%, according to the county elections office.",
        "Neither candidate cleared 50% in the Nov. 4 general election, when Whitfield led a "
        "four-way field with 36.4% and Ibarra finished second with 29.1%.",
        "The race to lead the Texas Panhandle city of about 210,000 people turned on road "
        "repairs and water rates after two summers of drought restrictions.",
        "Whitfield, 49, a former nurse who represented District 5 on the council for six "
        "years, will succeed term-limited Mayor Ron Castellanos.",
        "Ibarra, 56, conceded in a phone call to Whitfield, his campaign said. He had been "
        "endorsed by Castellanos and by the local firefighters&#8217; union.",
        "&#8220;This city voted for fixing streets, not fighting over them,&#8221; Whitfield "
        "told supporters at a downtown event hall.",
        "Whitfield has promised to publish a street-by-street repair schedule within her "
        "first 100 days and to freeze residential water rates for a year. She is due to take "
        "office on Jan. 5.",
        "Whitfield&#8217;s campaign raised about $410,000, nearly twice as much as "
        "Ibarra&#8217;s, according to city campaign finance reports filed before the vote.",
        "City elections in Texas are nonpartisan, but the run-off drew statewide attention "
        "after both parties&#8217; county organizations sent volunteers to knock on doors. "
        "The City Council is expected to canvass the results later this month.",
    ],
    dateline="LAKEPORT, Texas", byline="Jorge Salinas",
    published="2025-12-13T22:45:00-06:00", shown="December 13, 2025 10:45 PM CST",
    related=(
        "Houston voters pick council members in run-offs",
        "Turnout hits record low in Virginia special election",
        "Arizona county finishes recount, confirms 212-vote margin",
    ),
)

# --------------------------------------------------------------------------------------------
# Stories
# --------------------------------------------------------------------------------------------

_PCT = r" ?(%|percent|per cent|pct)"

STORIES: list[dict[str, Any]] = [
    _story("trade-WP1", "trade", "2025-11-12", [
        _page(f"{_PW}/business/us-china-vienna-talks-truce-20251104", _TRADE_WIRE),
        _page(f"{_MD}/business/trade/2025/11/05/vienna-tariff-truce-extended", _TRADE_DAILY),
        _page(f"{_YL}/2025/11/vienna-truce-what-the-tariff-cut-means/", _TRADE_BLOG),
        _page(f"{_CBN}/news/business-68211734", _TRADE_CBN),
    ], [
        ("duration",
         r"\b7 ?(hours?|hrs?|h\b)|seven[ -]hours?|7-hour|420 ?min",
         r"\b5 ?(hours?|hrs?|h\b)|five[ -]hours?|5-hour|300 ?min"),
        ("delegation leader", r"he lifeng|lifeng", r"wang wentao|wentao"),
        ("next meeting date",
         r"jan(uary|\.)? ?13\b|2026-01-13|\b13 jan",
         r"jan(uary|\.)? ?20\b|2026-01-20|\b20 jan"),
    ]),
    _story("court-WP2", "court", "2025-10-29", [
        _page(f"{_PW}/us/texas-supreme-court-caprock-penalty-20251017", _COURT_WIRE),
        _page(f"{_PC}/news/local/high-court-sides-with-regulators-on-red-mesa-fire-penalty/"
              "article_7f3c2a10.html", _COURT_COURIER),
        _page(f"{_TV}/news/texas-supreme-court-caprock-electric-red-mesa-fire-penalty",
              _COURT_TV),
    ], [
        ("vote split",
         r"(?<!\d)7 ?(-|–|—|to) ?2(?!\d)|seven[ -]to[ -]two",
         r"(?<!\d)6 ?(-|–|—|to) ?3(?!\d)|six[ -]to[ -]three"),
        ("opinion author", r"okafor", r"whitcombe"),
        ("fine",
         r"(?<![\d.])18\.6 ?(million|mn|m\b)|18,600,000",
         r"(?<![\d.])16\.8 ?(million|mn|m\b)|16,800,000"),
    ]),
    _story("cb-WP3", "central bank", "2025-11-20", [
        _page(f"{_PW}/markets/bank-of-england-rate-decision-20251106", _BANK_WIRE),
        _page(f"{_MD}/business/economy/bank-of-england-trims-rates", _BANK_DAILY),
        _page(f"{_YL}/2025/11/boe-cuts-to-3-75-five-takeaways/", _BANK_BLOG),
        _page(f"{_CBN}/news/business-68190452", _BANK_CBN),
    ], [
        ("vote tally",
         r"(?<!\d)5 ?(-|–|—|to) ?4(?!\d)|five[ -](votes? )?to[ -]four",
         r"(?<!\d)6 ?(-|–|—|to) ?3(?!\d)|six[ -](votes? )?to[ -]three"),
        ("quote speaker", r"bailey", r"breeden"),
        ("inflation projection", r"(?<![\d.])2\.5" + _PCT, r"(?<![\d.])2\.8" + _PCT),
    ]),
    _story("rocket-WP4", "rocket", "2025-10-30", [
        _page(f"{_PW}/science/stratos-condor-orbit-third-flight", _ROCKET_WIRE),
        _page(f"{_YL}/2025/10/condor-finally-makes-orbit-is-stratos-a-buy/", _ROCKET_BLOG),
        _page(f"{_CBN}/news/science-environment-68160019", _ROCKET_CBN),
    ], []),
    _story("quake-WP5", "earthquake", "2025-10-24", [
        _page(f"{_PW}/world/peru-earthquake-arequipa-20251015", _QUAKE_WIRE),
        _page(f"{_MD}/world/americas/2025/10/15/peru-earthquake-chala", _QUAKE_DAILY),
        _page(f"{_CBN}/news/world-latin-america-68149377", _QUAKE_CBN),
    ], [
        ("deaths", r"(?<![\d.])9(?![\d.])|\bnine\b", r"(?<![\d.])7(?![\d.])|\bseven\b"),
        ("epicentre", r"chala", r"atico"),
        ("depth",
         r"(?<![\d.])35 ?(km|kilomet)|(?<![\d.])22 ?mi",
         r"(?<![\d.])60 ?(km|kilomet)|(?<![\d.])37 ?mi"),
    ]),
    _story("election-WP6", "election", "2025-12-22", [
        _page(f"{_PC}/news/politics/whitfield-wins-lakeport-mayors-race/article_91d0be44.html",
              _ELECTION_COURIER),
        _page(f"{_TV}/news/politics/dana-whitfield-elected-lakeport-mayor", _ELECTION_TV),
        _page(f"{_PW}/us/lakeport-mayor-runoff-whitfield-20251213", _ELECTION_WIRE),
    ], [
        ("margin", r"(?<![\d,])1,?333(?!\d)", r"(?<![\d,])1,?833(?!\d)"),
        ("turnout", r"(?<![\d.])23\.7" + _PCT, r"(?<![\d.])27\.3" + _PCT),
    ]),
]
