"""Story battery, part WQ (web pages).

Part WQ of the story battery (web pages), written by engineer WQ1 on 2026-12-06 (seventeenth
session, seventh batch) without reading Storyline's rules or other parts, before any run;
scored with `bench/bench_story_battery.py WQ`.

Six stories (two on US–China trade talks/tariffs, two on central-bank decisions, two on court
rulings), each told by three or four invented outlets whose whole HTML pages (navigation,
banners, ads, sidebars about other news, footers) are produced by one template per outlet.
One story is a control with no planted disagreement.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WQ", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# helpers


def _paras(text: str) -> list[str]:
    """Split a block of text on blank lines; each block becomes one paragraph."""
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _attr(text: str) -> str:
    return html.escape(_plain(text), quote=True)


def _slug(text: str) -> str:
    s = re.sub(r"&[#\w]+;", "", _plain(text).lower())
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:64].rstrip("-")


def _links(items: Sequence[str], prefix: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{c}><a href="{prefix}{_slug(t)}">{t}</a></li>' for t in items)


# ---------------------------------------------------------------------------------------------
# templates: one per outlet


def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, credit: str,
               iso: str | None = None, shown: str | None = None,
               related: Sequence[str] = (), caption: str | None = None) -> str:
    """Pacific Wire: an international wire service. <article>, JSON-LD when dated."""
    ld = ""
    when = ""
    if iso:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": _plain(title), "datePublished": iso, "dateModified": iso,
                "author": [{"@type": "Person", "name": n} for n in byline.split(" and ")],
                "publisher": {"@type": "Organization", "name": "Pacific Wire",
                              "logo": {"@type": "ImageObject",
                                       "url": "https://www.pacificwire.example/logo.png"}}}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
        when = f'<time class="ts" datetime="{iso}">{shown}</time>'
    fig = ""
    if caption:
        fig = ('<figure class="media"><img src="/img/lead.jpg" alt="" width="960" '
               f'height="540"><figcaption>{caption}</figcaption></figure>')
    body = [f'<p data-para="0"><span class="dateline">{dateline} (Pacific Wire) &#8212;</span> '
            f"{paras[0]}</p>"]
    body += [f'<p data-para="{i}">{p}</p>' for i, p in enumerate(paras[1:], start=1)]
    if len(body) > 5:
        body.insert(4, '<div class="ad-slot" aria-hidden="true"><span>Advertisement · '
                       'Scroll to continue with content</span></div>')
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(_plain(paras[0])[:150])}">
{ld}
<link rel="stylesheet" href="/static/pw.css">
</head>
<body class="pw">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="pw-header">
<div class="pw-logo"><a href="/">Pacific Wire</a></div>
<nav class="pw-nav" aria-label="Sections"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/technology/">Technology</a></li>
<li><a href="/sustainability/">Sustainability</a></li><li><a href="/legal/">Legal</a></li>
<li><a href="/commentary/">Commentary</a></li></ul></nav>
<div class="pw-tools"><a href="/account/signin">Sign In</a>
<a class="btn" href="/register">Register</a></div>
</header>
<main id="main-content">
<article class="pw-article">
<header class="pw-article-head">
<nav class="crumbs"><a href="/business/">Business</a> &gt; <a href="/world/">World</a></nav>
<h1 class="pw-headline">{title}</h1>
<div class="pw-meta"><span class="by">By {byline}</span> {when}
<span class="read">4 minute read</span></div>
<div class="share"><button>Share on Facebook</button><button>Share on X</button>
<button>Share on LinkedIn</button><button>Copy link</button></div>
</header>
{fig}
<div class="pw-body">
{nl.join(body)}
</div>
<p class="pw-credit">{credit}</p>
<p class="pw-standards">Our Standards: <a href="/trust-principles/">The Pacific Wire Trust
Principles.</a></p>
</article>
<aside class="pw-more"><h2>More from Pacific Wire</h2>
<ul>
{_links(related, "/world/")}
</ul></aside>
</main>
<footer class="pw-footer">
<ul><li><a href="/about/">About Pacific Wire</a></li><li><a href="/careers/">Careers</a></li>
<li><a href="/contact/">Contact us</a></li><li><a href="/privacy/">Privacy</a></li>
<li><a href="/cookies/">Cookie settings</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Pacific Wire Ltd. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _courier_site(title: str, paras: list[str], *, byline: str, kicker: str,
                  iso: str | None = None, shown: str | None = None,
                  caption: str | None = None, most_read: Sequence[str] = (),
                  read_more: str | None = None) -> str:
    """Daily Courier: a national daily. Nested divs, og tags, cookie banner, paywall teaser."""
    meta = ""
    when = ""
    if iso:
        meta = f'<meta property="article:published_time" content="{iso}">'
        when = f'<div class="c-date"><span>{shown}</span></div>'
    fig = ""
    if caption:
        fig = ('<div class="c-media"><div class="c-media__img"><img src="/photos/lead.jpg" '
               f'alt=""></div><div class="c-media__cap">{caption}</div></div>')
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<div class="c-para-wrap"><p class="c-para">{p}</p></div>')
        if i == 2:
            parts.append('<div class="c-paywall-teaser"><div class="c-paywall__inner">'
                         '<strong>You&#8217;re reading a free article.</strong> Get unlimited '
                         'access to the Daily Courier for $1 a week for your first year. '
                         '<a href="/subscribe">Subscribe now</a></div></div>')
        if i == 4 and read_more:
            parts.append(f'<div class="c-inline-link">Read more: <a href="/news/'
                         f'{_slug(read_more)}">{read_more}</a></div>')
        if i == 6:
            parts.append('<div class="c-ad"><div class="c-ad__label">ADVERTISEMENT</div>'
                         '<div id="ad-mid-2" class="c-ad__box"></div></div>')
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(title)}">
{meta}
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div id="cookie-consent" class="cc-banner" role="dialog">
<div class="cc-text">We use cookies and similar technologies to personalize content, tailor
ads and measure traffic. By clicking &#8220;Accept all&#8221; you agree to this. You can
change your choices at any time in Privacy Settings.</div>
<div class="cc-buttons"><button>Accept all</button><button>Manage preferences</button></div>
</div>
<div class="site-wrap">
<div class="masthead"><div class="masthead__inner">
<div class="masthead__logo"><a href="/">The Daily Courier</a></div>
<div class="masthead__nav"><div class="nav-row">
<a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/world">World</a>
<a href="/opinion">Opinion</a> <a href="/science">Science</a> <a href="/sports">Sports</a>
<a href="/arts">Arts</a> <a href="/games">Games</a></div></div>
<div class="masthead__account"><a href="/login">Log in</a> |
<a href="/subscribe">Subscribe</a></div>
</div></div>
<div class="content-grid"><div class="content-grid__main">
<div class="story">
<div class="story__kicker"><a href="/section/{_slug(kicker)}">{kicker}</a></div>
<div class="headline-wrap"><h1 class="hl">{title}</h1></div>
<div class="story__byline"><div class="byline-name">{byline}</div>{when}</div>
<div class="story__share"><a href="#">Share full article</a> <a href="#">Gift this
article</a> <a href="#">Save</a></div>
{fig}
<div class="story__body">
{nl.join(parts)}
</div>
<div class="story__footer"><div class="story__corrections">A version of this article
appears in print with the headline shown above. <a href="/reprints">Order Reprints</a> |
<a href="/todays-paper">Today&#8217;s Paper</a></div></div>
</div>
</div>
<div class="content-grid__rail">
<div class="rail-box most-read"><div class="rail-box__title">Most Read</div>
<ol>
{_links(most_read, "/news/", "mr-item")}
</ol></div>
<div class="rail-box newsletter"><div class="rail-box__title">The Morning Brief</div>
<p>Start your day with the stories that matter, delivered weekdays at 6 a.m.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</div></div>
<div class="site-footer"><div class="site-footer__links"><a href="/about">About us</a>
<a href="/careers">Careers</a> <a href="/terms">Terms of Service</a>
<a href="/privacy">Privacy Policy</a> <a href="/contact">Contact</a></div>
<div class="site-footer__copy">&copy; 2025 The Daily Courier Company. 410 Franklin Avenue,
New York, NY 10017</div></div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, byline: str, ago: str | None = None,
             trending: Sequence[str] = ()) -> str:
    """News 8 Heartland (KHRT): a local TV station. Div soup, styled div title, <br> paras."""
    when = f'<span class="ago">{ago}</span>' if ago else ""
    text = "<br><br>\n".join(paras)
    return f"""<html>
<head>
<title>{_plain(title)} | KHRT News 8 Heartland</title>
<meta property="og:site_name" content="KHRT">
<meta name="viewport" content="width=device-width">
<script src="/js/player.min.js"></script>
</head>
<body class="station-khrt">
<div id="top"><div class="alerts-bar"><div class="alert">WEATHER ALERT: Wind advisory for
Story, Polk and Boone counties until 6 p.m.</div></div>
<div class="hdr"><div class="hdr-logo"><a href="/"><img src="/logo8.png" alt="News 8
Heartland"></a></div>
<div class="hdr-links"><a href="/news">News</a> | <a href="/weather">Weather</a> |
<a href="/sports">Sports</a> | <a href="/ag">Farm &amp; Ag</a> | <a href="/8-on-your-side">8
On Your Side</a> | <a href="/live">Watch Live</a></div>
<div class="wx-mini"><span class="wx-city">Des Moines</span> <span class="wx-temp">41&#176;
</span></div></div></div>
<div id="body-wrap"><div class="col-left">
<div class="story-wrap">
<div class="story-title" style="font-size:32px;font-weight:700;line-height:1.15">{title}
</div>
<div class="story-meta"><span class="author">{byline}</span> {when}</div>
<div class="share-row"><a class="fb" href="#">Share on Facebook</a> <a class="tw"
href="#">Tweet</a> <a class="em" href="#">Email</a> <a class="cp" href="#">Copy link</a></div>
<div class="video-embed"><div class="vid-title">WATCH: Farmers react</div><div
class="vid-player" data-id="81123"></div></div>
<div class="story-text">
{text}
</div>
<div class="ad-box"><div class="ad-label">Advertisement</div><div class="ad-300"></div></div>
<div class="report-typo">Copyright 2025 KHRT. All rights reserved. This material may not be
published, broadcast, rewritten or redistributed.</div>
</div></div>
<div class="col-right">
<div class="box-trending"><div class="box-hd">Trending Now</div><ul>
{_links(trending, "/news/")}
</ul></div>
<div class="box-app">Download the News 8 app for breaking news alerts</div>
</div></div>
<div id="ftr"><div>KHRT News 8 &#8226; 1200 Grand Avenue, Des Moines, IA 50309 &#8226;
(515) 555-0188</div><div><a href="/eeo">EEO Report</a> <a href="/fcc">FCC Public File</a>
<a href="/closed-captioning">Closed Captioning</a> <a href="/privacy">Privacy Policy</a></div>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, post_id: int,
               iso: str | None = None, shown: str | None = None,
               tags: Sequence[str] = (), recent: Sequence[str] = (), comments: int = 0) -> str:
    """Yield Curve Notes: a WordPress-style finance blog."""
    meta = ""
    when = ""
    if iso:
        meta = (f'<meta property="article:published_time" content="{iso}">\n'
                f'<meta property="article:modified_time" content="{iso}">')
        when = (f'<span class="posted-on">Posted on <a href="#" rel="bookmark"><time '
                f'class="entry-date published" datetime="{iso}">{shown}</time></a></span>')
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_html = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in tags)
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_plain(title)} &#8211; Yield Curve Notes</title>
<meta name="robots" content="max-image-preview:large">
<meta property="og:site_name" content="Yield Curve Notes">
<meta property="og:type" content="article">
{meta}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/style.min.css">
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Yield Curve Notes</a>
</p><p class="site-description">Rates, FX and the occasional tariff, from a recovering
trader</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/rates/">
Rates</a></li><li class="menu-item"><a href="/category/fx/">FX</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li><li class="menu-item"><a
href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{when}<span class="byline"> by <span class="author vcard"><a
class="url fn n" href="/author/{_slug(author)}/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Tweet</a></li><li><a class="share-facebook"
href="#">Share on Facebook</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li>
<li><a class="share-email" href="#">Email</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><span>Like</span> Loading&#8230;</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2><p class="author-bio">
Spent fourteen years on sell-side rates desks in London and Hong Kong. Now writes here about
central banks, currencies and trade. Nothing on this site is investment advice.</p></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a
href="#" rel="prev">Previous post</a></div><div class="nav-next"><a href="#" rel="next">Next
post</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p class="comments-teaser">Comments are held for moderation.
<a href="#respond">Leave a Reply</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search"><label>Search for:</label><input
type="search"><input type="submit" value="Search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{_links(recent, "/20xx/")}
</ul></section>
<section class="widget widget_email"><h2 class="widget-title">Get new posts by email</h2>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/"
>Proudly powered by WordPress</a> <span class="sep"> | </span> Theme: Tidewater.</div></footer>
</div>
</body>
</html>
"""


def _npb_site(title: str, paras: list[str], *, updated: str | None = None,
              shown: str | None = None, caption: str | None = None,
              topics: Sequence[str] = (), top_stories: Sequence[str] = ()) -> str:
    """NPB: a public broadcaster. <article> with text blocks, 'Updated' line, topic tags."""
    upd = f'<div class="upd">Updated {updated}</div>' if updated else ""
    date = f'<div class="pub-date"><span>{shown}</span></div>' if shown else ""
    fig = ""
    if caption:
        fig = ('<figure class="npb-fig"><div class="npb-img"><img src="/ic/976/lead.jpg" '
               f'alt=""></div><figcaption><span>Image caption, </span>{caption}</figcaption>'
               '</figure>')
    blocks = "\n".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paras)
    tlinks = "".join(f'<li><a href="/news/topics/{_slug(t)}">{t}</a></li>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - NPB News</title>
<meta property="og:site_name" content="NPB News">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<a href="#main-content" class="skip">Skip to content</a>
<div id="npb-header"><div class="brand">NPB</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a
href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a
href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
<div class="acct"><a href="/signin">Sign in</a></div></div>
<div class="subnav"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/technology">Tech</a> <a
href="/news/science">Science</a> <a href="/news/health">Health</a></div>
<main id="main-content" role="main">
<article>
<header><h1 id="main-heading">{title}</h1></header>
{date}{upd}
<div class="share-tools"><button aria-label="Share">Share</button><button
aria-label="Save">Save</button></div>
{fig}
{blocks}
<section class="related-topics"><h2>Related topics</h2><ul>{tlinks}</ul></section>
</article>
<section class="top-stories"><h2>Top stories</h2><ul>
{_links(top_stories, "/news/articles/")}
</ul></section>
</main>
<footer><div class="npb-foot"><a href="/terms">Terms of Use</a> <a href="/about">About the
NPB</a> <a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a> <a
href="/accessibility">Accessibility Help</a> <a href="/contact">Contact the NPB</a></div>
<p>Copyright &copy; 2025 NPB. The NPB is not responsible for the content of external sites.
<a href="/external-linking">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


def _ledger_site(title: str, paras: list[str], *, byline: str, read_more: str,
                 posted: str | None = None, sponsored: Sequence[str] = (),
                 popular: Sequence[str] = ()) -> str:
    """Cedar Valley Ledger: a regional paper drowning in ads."""
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>")
        if i % 2 == 1 and i < len(paras) - 1:
            out.append(f'<div class="adunit adunit-inline" id="div-gpt-ad-inline-{i}">'
                       '<small>Advertisement</small></div>')
        if i == 2:
            out.append(f'<p class="readmore"><strong>Read more:</strong> <a href="/news/local/'
                       f'{_slug(read_more)}">{read_more}</a></p>')
    when = f'<span class="posted">Posted {posted}</span>' if posted else ""
    nl = "\n"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_plain(title)} | Cedar Valley Ledger</title>
<meta name="keywords" content="news, waterloo, cedar falls, agriculture">
</head>
<body>
<div id="wrapper">
<div class="adunit adunit-leaderboard"><small>Advertisement</small></div>
<table class="toplinks" width="100%"><tr><td><a href="/">Home</a></td><td><a
href="/news/local/">Local</a></td><td><a href="/news/agriculture/">Agriculture</a></td><td><a
href="/sports/">Sports</a></td><td><a href="/obituaries/">Obituaries</a></td><td><a
href="/classifieds/">Classifieds</a></td><td><a href="/e-edition/">e-Edition</a></td></tr>
</table>
<div class="masthead"><a href="/"><img src="/logo-cvl.gif" alt="Cedar Valley Ledger"></a>
<span class="tagline">Serving Black Hawk County since 1884</span></div>
<div class="subscribe-bar">Support local journalism: <a href="/subscribe">Subscribe for 99&#162;
for 3 months</a></div>
<div id="main-col">
<div class="article-hed"><h1>{title}</h1></div>
<div class="article-byline">{byline} {when}</div>
<div class="article-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a
href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div>
<div class="adunit adunit-box"><small>Advertisement</small></div>
<div class="article-body" itemprop="articleBody">
{nl.join(out)}
</div>
<div class="newsletter-signup"><b>Farm &amp; Field newsletter</b> &#8211; commodity prices,
weather and farm news every Tuesday and Friday. <input type="email"> <button>Sign up</button>
</div>
<div class="sponsored"><h4>Sponsored Content</h4><ul>
{_links(sponsored, "/sponsored/")}
</ul></div>
<div class="comments-teaser">Be the first to know &#8211; <a href="#">Sign in to comment</a>
</div>
</div>
<div id="right-col">
<div class="adunit adunit-skyscraper"><small>Advertisement</small></div>
<div class="popular"><h3>Popular</h3><ol>
{_links(popular, "/news/local/")}
</ol></div>
<div class="adunit adunit-box"><small>Advertisement</small></div>
</div>
<div id="footer">Cedar Valley Ledger, 501 Commercial St., Waterloo, IA 50701 |
(319) 555-0142 | &copy; Copyright 2026 Cedar Valley Ledger | <a href="/terms">Terms</a> |
<a href="/privacy">Privacy</a></div>
</div>
</body>
</html>
"""


def _asia_site(title: str, paras: list[str], *, shown: str | None = None,
               editor: str = "", hot: Sequence[str] = (), caption: str | None = None) -> str:
    """Asia Economic Herald, English edition: styled-div title, indented <p>, hot list."""
    date = ""
    if shown:
        date = f'<span class="info-time">{shown}</span>'
    fig = ""
    if caption:
        fig = (f'<div class="pic"><img src="/images/{_slug(title)[:20]}.jpg" border="0">'
               f'<p class="pic-note">{caption}</p></div>')
    body = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_plain(title)} - Asia Economic Herald English</title>
<meta name="keywords" content="economy, trade, China, finance" />
</head>
<body>
<div class="topbar"><div class="lang"><a href="https://cn.aeherald.example/">中文</a> |
<a href="/">English</a> | <a href="https://jp.aeherald.example/">日本語</a></div>
<div class="login"><a href="/member/login">Login</a> <a href="/member/reg">Register</a></div>
</div>
<div class="logo-area"><a href="/"><img src="/images/logo_en.png" alt="Asia Economic
Herald" /></a></div>
<div class="navi"><a href="/">HOME</a> <a href="/china/">CHINA</a> <a href="/world/">WORLD</a>
<a href="/business/">BUSINESS</a> <a href="/finance/">FINANCE</a> <a href="/tech/">TECH</a>
<a href="/opinion/">OPINION</a> <a href="/photo/">PHOTO</a></div>
<div class="w1000">
<div class="left680">
<div class="position">Your current position: <a href="/">Home</a> &gt;&gt; <a
href="/business/">Business</a></div>
<div class="art-title" style="font-size:26px;font-weight:bold;color:#003366">{title}</div>
<div class="info">{date} <span class="info-src">Source: Asia Economic Herald</span>
<span class="info-ed">Editor: {editor}</span></div>
<div class="font-size">Font size: <a href="#">A+</a> <a href="#">A-</a></div>
{fig}
<div class="content" id="content">
{body}
</div>
<div class="share-bar">Share to: <a href="#">Weibo</a> <a href="#">WeChat</a> <a
href="#">Facebook</a> <a href="#">Twitter</a></div>
</div>
<div class="right300">
<div class="hot"><div class="hot-tit">HOT NEWS</div><ul>
{_links(hot, "/news/")}
</ul></div>
<div class="ad300"><img src="/ad/expo_banner.gif" alt="Advertisement" /></div>
</div>
</div>
<div class="footer">About Us | Contact Us | Advertise | Copyright &copy; Asia Economic Herald.
All Rights Reserved.<br />Reproduction of this website's content without permission is
prohibited.</div>
</body>
</html>
"""


def _rhein_site(title: str, paras: list[str], *, kicker: str, byline: str = "",
                shown: str | None = None, read_also: str | None = None,
                most_read: Sequence[str] = ()) -> str:
    """Rheinpost International: English edition of a German daily. GDPR banner, 'Read also'."""
    date = f'<p class="rp-date"><time>{shown}</time></p>' if shown else ""
    out = []
    for i, p in enumerate(paras):
        if i == 0:
            out.append(f'<p class="rp-lead"><strong>{p}</strong></p>')
        else:
            out.append(f"<p>{p}</p>")
        if i == 2 and read_also:
            out.append(f'<aside class="rp-readalso"><span>Read also:</span> <a href="/en/'
                       f'{_slug(read_also)}">{read_also}</a></aside>')
        if i == 3:
            out.append('<div class="rp-ad"><span class="rp-ad__label">Anzeige / '
                       'Advertisement</span></div>')
    by = f'<p class="rp-author">{byline}</p>' if byline else ""
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - Rheinpost International</title>
<meta property="og:site_name" content="Rheinpost">
<meta property="og:locale" content="en_GB">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="cmp-overlay" role="dialog" aria-label="Privacy settings">
<div class="cmp-box"><h2>We value your privacy</h2><p>We and our 143 partners store and access
information on your device, such as cookies, and process personal data such as unique
identifiers for personalised advertising and content, measurement and product development.
You can withdraw your consent at any time via &#8220;Privacy settings&#8221; in the footer.</p>
<button>Accept and continue</button> <button>Reject</button> <a href="/en/rp-plus">Or read ad
free with RP+</a></div></div>
<header class="rp-head"><div class="rp-brand"><a href="/en/">RHEINPOST</a> <span
class="rp-edition">International Edition</span></div>
<nav class="rp-nav"><a href="/en/politics/">Politics</a> <a href="/en/economy/">Economy</a>
<a href="/en/finance/">Finance</a> <a href="/en/companies/">Companies</a> <a
href="/en/region/">Rhineland</a> <a href="/en/culture/">Culture</a> <a href="/de/">Deutsch</a>
</nav></header>
<main>
<article class="rp-article">
<p class="rp-kicker">{kicker}</p>
<h1 class="rp-title">{title}</h1>
{date}
{by}
<div class="rp-text">
{nl.join(out)}
</div>
<p class="rp-note"><em>This article was translated from German with editorial
review.</em></p>
</article>
<section class="rp-mostread"><h2>Most read</h2><ol>
{_links(most_read, "/en/")}
</ol></section>
</main>
<footer class="rp-foot"><a href="/en/imprint">Imprint</a> &#183; <a
href="/en/data-protection">Data protection</a> &#183; <a href="/en/privacy-settings">Privacy
settings</a> &#183; <a href="/en/terms">Terms and conditions</a><br>Rheinpost Mediengruppe
GmbH, Königsallee 40, 40212 Düsseldorf</footer>
</body>
</html>
"""


def _hangang_site(title: str, paras: list[str], *, byline: str, posted: str,
                  updated: str, caption: str | None = None,
                  most_viewed: Sequence[str] = ()) -> str:
    """The Hangang Daily, English edition (Seoul). <br>-separated body, Posted/Updated line."""
    fig = ""
    if caption:
        fig = ('<table class="photo" align="center"><tr><td><img src="/upload/lead.jpg" '
               f'width="600"></td></tr><tr><td class="photo_cap">{caption}</td></tr></table>')
    text = "<br><br>\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - The Hangang Daily</title>
<meta property="og:site_name" content="The Hangang Daily">
<meta property="og:title" content="{_attr(title)}">
</head>
<body>
<div id="wrap">
<div id="gnb"><div class="logo"><a href="/">The Hangang Daily</a></div>
<ul class="menu"><li><a href="/list/nation">Nation</a></li><li><a
href="/list/business">Business</a></li><li><a href="/list/finance">Finance</a></li><li><a
href="/list/northkorea">North Korea</a></li><li><a href="/list/opinion">Opinion</a></li><li><a
href="/list/entertainment">K-culture</a></li></ul>
<div class="lang"><a href="https://kor.hangang.example/">한국어</a></div></div>
<div id="container">
<div class="view_header">
<div class="sect">Business &gt; Finance</div>
<h1 class="view_tit">{title}</h1>
<div class="view_info"><span class="writer">{byline}</span>
<span class="date">Posted : {posted}</span> <span class="date">Updated : {updated}</span></div>
<div class="util"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">KakaoTalk</a> <a
href="#">Copy URL</a> <a href="#">Print</a> <a href="#">A+</a></div>
</div>
<div class="view_con">
{fig}
{text}
</div>
<div class="view_copy">&copy; The Hangang Daily, All rights reserved. Reproduction
prohibited.</div>
<div class="most_viewed"><h3>Most Viewed</h3><ul>
{_links(most_viewed, "/view/")}
</ul></div>
</div>
<div id="footer">The Hangang Daily | 25 Sejong-daero, Jung-gu, Seoul | Registration No. 00000
| Publisher &amp; Editor: Oh Sang-jin</div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# trade-WQ1: the Vienna round of US–China talks (Sunday 16 and Monday 17 November 2025)

_T1_WIRE = _paras("""
The United States and China agreed on Monday on a framework to extend their tariff truce by
90 days and roll back some duties, U.S. Treasury Secretary Daniel Whitcombe said after two days
of talks in the Austrian capital.

Under the outline, which still needs the approval of both presidents, Washington would cut a
tariff it imposed over fentanyl trafficking to 10% from 20%. Beijing would buy 12 million metric
tons of U.S. soybeans before the end of the year and pause for one year the rare-earth export
controls it announced in October.

&#8220;We made substantial progress, and both sides will now take the framework to their
leaders,&#8221; Whitcombe told reporters after the talks.

The second day of negotiations ran for more than seven hours, according to a U.S. official who
briefed reporters on condition of anonymity, with the delegations breaking only briefly for
lunch. Sunday&#8217;s opening session was shorter and focused mostly on export controls, the
official said.

China&#8217;s delegation was led by Vice Premier Liu Zhenhai, who described the exchanges as
&#8220;candid, in-depth and constructive,&#8221; according to the official Xinhua news agency.

The current truce had been due to expire on Nov. 24. U.S. Trade Representative Marisa Okafor,
who joined Whitcombe at the table, said the extension would give negotiators &#8220;room to
finish the text&#8221; of a broader agreement.

The Vienna meeting was the fifth round of talks between the two sides since May, after sessions
in Geneva, London, Stockholm and Madrid.

Economists at several banks estimated that the tariff cut would bring the average U.S. duty on
Chinese imports to about 47% from about 57%. Soybean futures in Chicago rose 1.8% after the
outline was announced.

Neither side published a text. A person familiar with China&#8217;s position said Beijing
expected Washington to ease some restrictions on chip-design software in a later phase, but
Whitcombe declined to comment on technology controls.

The two presidents are expected to meet in Beijing in April.
""")

_T1_ASIA = _paras("""
Chinese and US economic and trade teams have reached a framework consensus in Vienna on
extending the tariff pause for another 90 days, the two sides said at a joint briefing held at
6 pm Monday local time, or 1 am Tuesday Beijing time.

Vice Premier Liu Zhenhai, the Chinese lead person for China-US economic and trade affairs, said
the two teams had carried out “candid, in-depth and constructive exchanges” during the two-day
consultation, which started on Sunday.

The US side was headed by Treasury Secretary Daniel Whitcombe, and Trade Representative Marisa
Okafor also attended. Wang Lichun, China International Trade Representative and vice-minister
of commerce, was present in the Chinese team.

According to a person close to the Chinese delegation, the talks of the second day were lasting
about four and a half hours, much shorter than the marathon sessions in London in June, which
showed the two sides have become familiar with each other’s concerns.

Under the framework, the US will lower the so-called fentanyl tariff on Chinese goods from 20
percent to 10 percent. China will purchase 12 million tonnes of American soybeans within this
year, and will suspend for one year the export control measures on rare earths that it
published in October.

“The consensus is hard-won, and both sides should cherish it,” Wang said. He added that the
Chinese side “will faithfully implement what is agreed, and hopes the US side will do the same.”

Economists of this newspaper’s research institute estimated that, after the adjustment, the
average US tariff on Chinese goods will come down to around 47 percent.

In 2024, China imported American soybeans worth about 90 billion yuan (US$12.6 billion).
Chinese buyers had largely stayed away from US new-crop soybeans this autumn, turning instead
to cargoes from Brazil and Argentina.

“Substantial progress was made, and both sides will take the framework to their leaders,”
Whitcombe was quoted as saying.

On Tuesday morning, the onshore yuan strengthened slightly against the US dollar, and the
Shanghai Composite Index opened higher.
""")

_T1_COURIER = _paras("""
WASHINGTON &#8212; American and Chinese negotiators emerged from two days of talks in Vienna on
Monday with an outline deal that would keep a fragile tariff truce alive for another 90 days,
sparing markets a fresh round of escalation a week before the pause was set to lapse.

Commerce Secretary Daniel Whitcombe, who led the American side, called the meeting productive.
&#8220;We made substantial progress,&#8221; he said, adding that both sides would now take the
framework to their leaders.

The outline hands something to each side. The White House would halve the 20 percent tariff it
imposed on Chinese goods over the flow of fentanyl, to 10 percent. China would resume large
purchases of American soybeans &#8212; 12 million metric tons before the end of the year
&#8212; and freeze for a year the sweeping rare-earth export controls it unveiled in October.

Those controls had alarmed automakers and defense contractors, because China refines most of
the world&#8217;s supply of the metals used in the magnets that go into electric motors, jet
engines and guided missiles.

Officials cautioned that the framework is not a final agreement. Marisa Okafor, the U.S. trade
representative, said the extra time would give negotiators &#8220;room to finish the
text.&#8221; China&#8217;s delegation was led by Vice Premier Liu Zhenhai.

Not everyone in Washington was pleased. Senator Paul Garrity, an Ohio Republican who has pushed
for tougher measures against Beijing, said the administration had &#8220;traded away real
leverage for a few shiploads of beans.&#8221;

Farm groups, by contrast, welcomed the soybean pledge after a harvest season in which Chinese
buyers largely stayed away from American cargoes. The head of one Midwestern growers&#8217;
group called it &#8220;a lifeline, if it is honored.&#8221;

The Vienna session was the fifth round since May. The previous meeting, in Madrid in September,
ended without any change to tariffs.

The two presidents are expected to meet in Beijing in April, and officials on both sides have
said they hope to sign a <a href="/news/what-a-broader-us-china-deal-could-include">broader
agreement</a> there.
""")

_T1_TV = _paras("""
DES MOINES, Iowa (KHRT) &#8212; Soybean growers across central Iowa are cautiously welcoming
news that China has agreed to buy 15 million metric tons of U.S. soybeans before the end of the
year, part of a trade framework announced Monday after talks in Vienna, Austria.

&#8220;It&#8217;s the first good news we&#8217;ve had since the combines rolled out,&#8221; said
Dale Henrikson, who farms 1,400 acres near Ames. &#8220;But I&#8217;ll believe it when the boats
are loaded.&#8221;

Chinese buyers largely stayed away from American soybeans this fall, leaving bins full and
prices depressed across the Midwest. Many growers stored their crop rather than sell at a loss.

Soybean futures jumped nearly 2% in Chicago on Monday as word of the deal spread.

The agreement was negotiated by Treasury Secretary Daniel Whitcombe and U.S. Trade
Representative Marisa Okafor. Under the framework, a tariff the U.S. placed on Chinese goods
over fentanyl would drop from 20% to 10%, and China would pause its new limits on rare-earth
exports for a year.

Karen Mulvaney, president of the Iowa Soybean Growers Council, called the commitment &#8220;a
real step&#8221; but warned that one season of purchases would not undo the damage.
&#8220;Our members need to see a long-term relationship, not a one-time order,&#8221; she said.

The tariff truce between the two countries had been set to expire Nov. 24. It now gets 90 more
days.

Iowa is the nation&#8217;s second-largest soybean producer, behind Illinois, and China has long
been the biggest overseas buyer of the state&#8217;s crop.

News 8 will keep talking with growers in the weeks ahead. Tell us what the deal means for your
operation: <a href="mailto:newsdesk@khrt8.example">newsdesk@khrt8.example</a>.
""")

# ---------------------------------------------------------------------------------------------
# trade-WQ2: China's retaliatory tariffs on US farm goods (announced Wednesday 4 February 2026)

_T2_ASIA = _paras("""
The Customs Tariff Commission of the State Council announced on Wednesday that China will impose
additional tariffs on some agricultural products originating from the United States, starting
from March 1, 2026.

According to the announcement, an additional tariff of 25 percent will be levied on pork and
pork products, 15 percent on chicken, and 10 percent on sorghum. Goods which were already
shipped before March 1 and are imported before April 1 will not be subject to the additional
tariffs.

The measures are the response to the US side’s decision to raise the tariff on Chinese
lithium-ion batteries from 25 percent to 50 percent, which took effect on January 1.

“China’s countermeasures are restrained, proportionate and fully consistent with WTO rules,”
Shen Yufang, spokeswoman of the Ministry of Commerce, said at a regular press conference on
Thursday. She urged the US side to “correct its wrong practices as soon as possible” and to
return to the track of dialogue and consultation.

Customs data show the import value of the products concerned reached about 14.9 billion yuan
(around US$2.1 billion) last year, of which pork accounted for more than half.

Soybeans, which are the largest US farm export to China, were not put on the list. Analysts
regarded this as leaving room for the next round of consultation.

“Beijing has chosen the targets carefully. Pork, chicken and sorghum can be easily replaced by
supplies from Brazil, Argentina and Australia,” said Tang Wenjie, a researcher on international
trade at a Beijing-based think tank.

He expected that domestic pork prices, which have been at a low level since last year, would be
little affected, as the country’s hog inventory remains ample.
""")

_T2_BLOG = _paras("""
Beijing fired back on Wednesday. China&#8217;s tariff commission said it will slap an extra
<strong>25% on U.S. pork</strong>, 15% on chicken and 10% on sorghum starting March 1 &#8212; a
tit-for-tat for Washington doubling its duty on Chinese lithium-ion batteries to 50% from 25% at
the start of the year.

By my count the list covers roughly <strong>$2.6 billion</strong> of 2025 shipments. That is
small change in the context of overall U.S.&#8211;China farm trade, and, tellingly, Beijing left
soybeans alone again.

The rhetoric was measured, too. Commerce ministry spokeswoman Shen Yufang called the measures
&#8220;restrained, proportionate and fully consistent with WTO rules.&#8221; That is
boilerplate, but it is the calmest version of the boilerplate.

Market reaction was muted. Lean hog futures slipped about 1.5% and shares of Hartland Foods, the
largest listed U.S. pork exporter, fell 3.4% before paring losses. Poultry processors barely
moved.

Sorghum is the interesting one. China buys the bulk of U.S. sorghum exports, so a 10% levy there
hurts a narrow group of Plains farmers more than the headline suggests. Watch the Gulf basis
over the next few weeks.

What to watch: whether USTR answers with another round. Agriculture Secretary Brenda Lofgren
already called the move &#8220;unjustified&#8221; on Wednesday night, but the White House has
been quiet.

My base case is that this stays contained. Both sides have left the big-ticket items (soybeans
on one side, chips on the other) off the table, and that looks deliberate rather than
accidental.

<em>Disclosure: I hold no positions in any of the companies mentioned.</em>
""")

_T2_RHEIN = _paras("""
China is answering the American battery tariffs with levies on US farm goods. From 1 March,
imports of American pork will face an additional duty of 25 per cent, chicken 15 per cent and
sorghum 10 per cent, the customs tariff commission of the Chinese government announced on
Wednesday.

The goods concerned were worth around 1.8 billion euros last year. Measured against total trade
between the two largest economies, that is a modest sum &#8211; but the choice of targets is
precise: pork and poultry come above all from the agricultural Midwest and South of the US.

&#8222;China&#8217;s countermeasures are restrained, proportionate and fully consistent with WTO
rules&#8220;, said Guo Mingzhe, spokesman of the Chinese foreign ministry, in Beijing on
Thursday.

Washington had raised its tariffs on lithium-ion batteries from China from 25 to 50 per cent at
the turn of the year, arguing that Chinese overcapacity was crushing American producers before
they could grow.

For European exporters the dispute might open doors. Pig farmers in Spain, Denmark and Germany
hope for more orders from China &#8211; although Beijing itself imposed anti-dumping duties on
European pork last year, of up to 62 per cent for some producers.

&#8222;Every tonne of American pork that no longer goes to China has to be sold somewhere
else&#8220;, said Katrin Vollmer, agricultural economist at Nordbank in Hamburg. &#8222;That will
put pressure on prices in Asia and possibly here as well.&#8220;

Soybeans, by far the most important American agricultural export to China, remain spared.
Observers in Beijing read this as a signal that the leadership wants to keep the conflict
contained.
""")

_T2_LEDGER = _paras("""
WATERLOO &#8212; Hog farmers in the Cedar Valley are bracing for another hit after China said
Wednesday it will add a 25% tariff on U.S. pork beginning March 10.

The new duties, announced by the tariff commission of China&#8217;s cabinet, also include 15% on
chicken and 10% on sorghum. Together the three products accounted for about $2.1 billion of
U.S. exports to China last year, according to Chinese customs figures.

Beijing described the move as retaliation for a U.S. decision to double tariffs on Chinese
lithium-ion batteries, from 25% to 50%, that took effect Jan. 1.

&#8220;We were just starting to see some buying come back,&#8221; said Mark Oberhaus, who raises
about 6,000 hogs a year near Dike. &#8220;Every time this happens, we&#8217;re the ones who get
hit first.&#8221;

A Chinese commerce ministry spokeswoman, Shen Yufang, described the measures as
<em>restrained</em> and <em>proportionate</em>.

U.S. Agriculture Secretary Brenda Lofgren said the tariffs were &#8220;unjustified&#8221; and
that the administration would &#8220;stand behind American producers,&#8221; but she did not
say whether farmers would receive new aid payments.

Iowa is the nation&#8217;s largest pork producer, and Black Hawk and Grundy counties are home to
dozens of hog operations. Exports add roughly $60 to the value of each hog marketed in the
state, according to an estimate by the Iowa Pork Council.

Sorghum, grown mostly in Kansas and Texas, is a minor crop in Iowa, and few local poultry
growers ship directly overseas.

Soybeans, Iowa&#8217;s other major export crop, were not on China&#8217;s list. That was the one
piece of good news Oberhaus could find. &#8220;At least they left the beans alone,&#8221; he
said.
""")

# ---------------------------------------------------------------------------------------------
# cbank-WQ1: the Bank of Korea's rate cut (Thursday 27 November 2025)

_B1_HANGANG = _paras("""
The Bank of Korea (BOK) lowered its benchmark interest rate by 0.25 percentage point to 2.25
percent, Thursday, in a move to shore up the sluggish economy, despite lingering concerns over
the weak won and the overheated housing market of Seoul.

The Monetary Policy Board of the central bank decided the cut at its regular rate-setting
meeting, marking the first reduction since May. Board member Kim Do-yeon stood against the
decision, expressing opinion that the rate should be kept at 2.5 percent.

“The door to further easing remains open, but its pace will depend on the incoming data,” Gov.
Han Seung-woo said during a press briefing held after the meeting.

The central bank raised its growth outlook for next year to 1.8 percent from 1.6 percent
previously, citing the rebound of semiconductor exports, while keeping the forecast for this
year at 1.0 percent. Consumer prices are expected to rise 2.0 percent next year.

The local currency closed at 1,475.3 won against the dollar, Thursday, weakening 3.1 won from
the previous session, as investors interpreted the cut as widening the rate gap with the United
States.

Household debt also remains a burden. It reached a record 1,968 trillion won as of the end of
September, according to the BOK data, and apartment prices in southeastern Seoul kept rising
despite the government’s lending curbs.

Among 20 economists surveyed by The Hangang Daily last week, 14 had expected the cut. The next
rate-setting meeting is scheduled for Jan. 15.

Officials said the board also took into account the slump of construction investment, which
has shrunk for six consecutive quarters, and the sluggish recovery of the self-employed.
""")

_B1_WIRE = _paras("""
South Korea&#8217;s central bank cut its benchmark interest rate by 25 basis points to 2.25% on
Thursday, its first reduction since May, judging that a recovery in chip exports was not yet
strong enough to carry the wider economy.

The decision by the Bank of Korea, announced at 10 a.m. (0100 GMT), was expected by 11 of 17
economists polled by Pacific Wire.

One of the seven board members, Kim Do-yeon, dissented in favour of holding the rate at 2.50%,
the bank said.

&#8220;The door to further easing remains open, but the pace will depend on the data,&#8221;
Governor Han Seung-woo told a news conference.

The won weakened after the announcement and closed at 1,457.3 per dollar. Policymakers have
worried that a wider gap with U.S. interest rates could push the currency lower and lift import
prices.

The bank raised its 2026 growth forecast to 1.8% from 1.6%, citing stronger semiconductor
shipments, and kept its estimate for this year at 1.0%.

Exports have risen for several months in a row, led by memory chips sold to builders of
artificial intelligence data centres, but construction investment and retail sales have lagged,
according to official data.

Household debt, which hit a record of roughly $1.3 trillion at the end of September, remains a
constraint, as do apartment prices in Seoul&#8217;s wealthy Gangnam district, which have kept
rising despite tighter lending rules.

Most economists expect one more cut in the first half of 2026, though several said the weak
currency could delay it.
""")

_B1_BLOG = _paras("""
The Bank of Korea did what the market expected on Thursday: a 25bp cut, taking the base rate to
<strong>2.25%</strong> from 2.50%. It was the first move since May.

The vote was 6-1. The lone dissenter, board member <strong>Park Jae-min</strong>, wanted to stay
on hold, which tells you the hawks on the board are not only worried about inflation but about
the currency and Seoul housing.

USD/KRW closed the onshore session at 1,475.3, a touch weaker on the day. Not a disaster, but
the pair has been grinding higher for weeks, and the bank knows that each cut narrows the carry
versus Treasuries.

Governor Han Seung-woo&#8217;s line at the presser is the one to note: &#8220;The door to
further easing remains open, but the pace will depend on the data.&#8221; Translation: no
pre-commitment, and January is live but not a lock.

The staff growth forecast went up: 2026 GDP is now seen at 1.8%, up from 1.6%, thanks to chips;
2025 stays at 1.0%. That is not the profile of an economy that needs emergency easing.

Positioning: I am keeping a small long in 3-year KTBs into the next meeting on January 15, and I
would not chase the won from here.

Risks: a hot housing print, or a sharp move in the dollar, could keep the board on hold. Record
household credit is the other anchor, and it is not going away.

Context matters here. The Fed is still easing, the yen is weak, and Korean exporters have been
happy to keep their dollars offshore. None of that changes because the BOK shaved a quarter
point off the policy rate, which is why I think the currency reaction stays modest.
""")

_B1_NPB = _paras("""
South Korea&#8217;s central bank has cut interest rates for the first time since May, lowering
its key rate from 2.5% to 2.25%.

The Bank of Korea said on Thursday that growth remained uneven, with strong demand for computer
chips masking weakness in construction and household spending.

The decision was not unanimous. Board member Kim Do-yeon voted to keep rates unchanged, citing
the risk that cheaper borrowing could add fuel to house prices in the capital.

Apartment prices in parts of Seoul have continued to climb this year despite government efforts
to cool the market, including tighter limits on mortgage lending.

South Korea is one of the world&#8217;s biggest exporters of memory chips, and shipments have
been boosted this year by demand from companies building artificial intelligence data centres.
But small businesses and the self-employed have struggled with high borrowing costs and weak
consumer spending.

Governor Han Seung-woo said further cuts were possible but would depend on economic data.
&#8220;The door to further easing remains open,&#8221; he told reporters.

The bank now expects the economy to grow by 1.8% next year, up from its earlier forecast of
1.6%.

South Korea&#8217;s currency, the won, has been among the weakest in Asia in recent months,
raising the cost of imported energy and food.

Analysts say the central bank is trying to balance support for the economy against the risk of
a further slide in the currency and a build-up of household debt, which stands at a record
level.

The bank&#8217;s next policy meeting is on 22 January.
""")

# ---------------------------------------------------------------------------------------------
# cbank-WQ2 (control): the ECB holds rates (Thursday 18 December 2025)

_B2_RHEIN = _paras("""
The European Central Bank is leaving its key interest rates unchanged. The deposit rate, which
steers conditions on the money market, remains at 2.0 per cent, the Governing Council decided on
Thursday in Frankfurt. It is the fourth meeting in a row without a change.

The decision, published at 14:15 CET, had been widely expected. The main refinancing rate stays
at 2.15 per cent and the rate on the marginal lending facility at 2.40 per cent.

&#8222;We are in a good place&#8220;, ECB President Christine Lagarde said at the press
conference at 14:45. The Governing Council would continue to decide &#8222;meeting by
meeting&#8220;, she added, and was not committing to any particular rate path. The decision had
been unanimous.

The new staff projections see inflation at 2.1 per cent this year, 1.9 per cent in 2026 and 1.8
per cent in 2027. The growth forecast for 2026 was raised to 1.2 per cent from 1.0 per cent; for
this year the economists expect 1.4 per cent.

In November, consumer prices in the euro area rose by 2.1 per cent year on year, according to
Eurostat&#8217;s flash estimate, close to the ECB&#8217;s target of 2 per cent.

Economists had long debated whether the ECB might cut once more. &#8222;The bar for a further
cut has risen considerably&#8220;, said Markus Thalberg, chief economist of Rheinland
Landesbank. &#8222;With growth picking up and inflation on target, we expect the deposit rate to
remain at 2 per cent throughout 2026.&#8220;

The ECB has been shrinking its bond holdings for some time; its balance sheet now amounts to
around 6.2 trillion euros.

The next monetary policy meeting is on 5 February.
""")

_B2_WIRE = _paras("""
The European Central Bank kept interest rates unchanged on Thursday for a fourth straight
meeting and raised its growth forecasts, reinforcing expectations that its easing cycle is over.

The ECB held its deposit rate at 2% in a decision announced at 1315 GMT, as expected by all
economists polled by Pacific Wire.

&#8220;We are in a good place,&#8221; President Christine Lagarde told a news conference,
repeating a phrase she has used for months. She said the decision was unanimous and that
policymakers were not pre-committing to any path.

New staff projections put inflation at 2.1% this year, 1.9% in 2026 and 1.8% in 2027, slightly
below the ECB&#8217;s 2% target in the later years. Growth is now seen at 1.2% in 2026, up from
1.0% in September&#8217;s projections.

Euro zone inflation was 2.1% in November, according to a flash estimate from Eurostat, the
European Union&#8217;s statistics office.

The euro was little changed after the decision at around $1.17.

Lagarde said risks to growth were now more balanced, pointing to resilient services activity
and higher government spending on defence and infrastructure, particularly in Germany. Some
policymakers have said in recent weeks that the next move could eventually be a hike, but she
declined to discuss that possibility.

Earlier on Thursday, the Bank of England cut its main rate to 3.75%, while the U.S. Federal
Reserve lowered borrowing costs last week.

Markets price only a small chance of another ECB move in the first half of 2026. The next
policy meeting is on Feb. 5.
""")

_B2_COURIER = _paras("""
FRANKFURT &#8212; The European Central Bank left interest rates unchanged on Thursday, the fourth
consecutive meeting at which policymakers have stood pat, as the economy of the countries that
share the euro proved more resilient than expected.

The decision, announced at 8:15 a.m. Eastern time, left the bank&#8217;s deposit rate at 2
percent, half the level it held at its peak in 2023 and 2024.

&#8220;We are in a good place,&#8221; Christine Lagarde, the bank&#8217;s president, said at a
news conference in Frankfurt, echoing language she has used for months. She said the decision
had been unanimous.

The bank&#8217;s economists raised their forecast for growth next year to 1.2 percent, from 1.0
percent, and said they expected inflation to average 1.9 percent in 2026, just under the 2
percent target.

Ms. Lagarde noted that the projections assume tariffs between the United States and Europe
stay at the levels agreed over the summer, and she said a new trade fight could change the
outlook. She declined to say whether the next move was more likely to be up or down.

The contrast with Washington is stark. The Federal Reserve cut rates last week for the third
time this year, and the Bank of England cut its key rate to 3.75 percent on Thursday, hours
before the E.C.B. announcement.

For Americans traveling to Europe, a steady E.C.B. has meant a steadier currency: the euro
traded at about $1.17 on Thursday, up from roughly $1.03 at the start of the year.

The E.C.B. has been shrinking its holdings of bonds, and its balance sheet, at about $7.3
trillion, is now well below its pandemic-era peak.

Its next meeting is Feb. 5.
""")

_B2_NPB = _paras("""
The European Central Bank has kept interest rates on hold for the fourth meeting in a row,
saying the eurozone economy has proved more resilient than it expected.

Its key deposit rate stays at 2%, having been halved from a record high of 4% in a series of
cuts that began in June last year.

ECB President Christine Lagarde said the central bank was &#8220;in a good place&#8221;, but
warned that trade tensions and higher defence spending could still push prices in either
direction.

Eurozone inflation stood at 2.1% in November, close to the bank&#8217;s 2% goal.

The bank&#8217;s staff now expect the economy to grow by 1.2% next year, up from a previous
forecast of 1.0%. Inflation is forecast to be 1.9% next year, easing to 1.8% in 2027.

The decision was announced on Thursday afternoon in Frankfurt. Earlier in the day, the Bank of
England cut UK interest rates to 3.75%.

The ECB sets interest rates for the 20 countries that use the euro, with Bulgaria due to become
the 21st member on 1 January. Its decisions feed through quickly to the cost of loans for
businesses and households across the currency area.

For households in countries such as Ireland, Spain and Portugal, where many mortgages track ECB
rates, the pause means monthly repayments are likely to stay broadly unchanged for now.

Some economists think the next move could eventually be a rise, but few expect any change
before the second half of 2026. Markets will look for further clues from the bank&#8217;s next
meeting in February.
""")

# ---------------------------------------------------------------------------------------------
# court-WQ1: the EU General Court cuts the Hanxin Networks fine (Wednesday 10 December 2025)

_C1_RHEIN = _paras("""
The European Union&#8217;s General Court has partly overturned one of the largest antitrust
fines the European Commission has imposed on a Chinese company. The court in Luxembourg on
Wednesday reduced the penalty against the telecoms equipment maker Hanxin Networks from 1.2
billion euros to 870 million euros.

The Commission had fined the Shenzhen-based group in 2021 for abusing a dominant position in the
market for 5G radio equipment. According to Brussels, Hanxin had tied discounts on its base
stations to exclusive maintenance contracts and thereby pushed competitors out of several
national markets.

The judges largely confirmed this assessment. However, the Commission had failed to prove the
abuse for two of the five member states covered by the decision, the court found. The fine
therefore had to be reduced accordingly (case T-412/21).

&#8222;We take note of the judgment and will study it carefully&#8220;, a Commission spokeswoman
said in Brussels. The Commission can appeal to the Court of Justice on points of law within two
months and ten days.

Hanxin welcomed the partial success. The company &#8222;regrets that the court did not go
further&#8220;, a spokesman said, adding that it was examining a further appeal.

Hanxin employs around 2,000 people in Europe, most of them in Germany, Italy and Poland. The
group has always rejected the accusations and describes itself as a reliable partner of
European network operators.

The case is being watched closely beyond the telecoms sector. Brussels has recently stepped up
pressure on Chinese suppliers, not least with its rules on foreign subsidies, and several
member states want to remove Chinese components from their mobile networks altogether.
""")

_C1_WIRE = _paras("""
Chinese telecoms equipment maker Hanxin Networks won a partial victory on Wednesday when
Europe&#8217;s second-highest court cut a 1.2 billion euro antitrust fine imposed by EU
regulators to 870 million euros ($1.01 billion).

The Luxembourg-based General Court upheld the European Commission&#8217;s finding that Hanxin
abused its dominance in 5G radio equipment by linking discounts to exclusive service deals, but
said regulators had not proved their case in two of the five countries covered by the 2021
decision.

&#8220;We take note of the judgment and will study it carefully,&#8221; Commission spokeswoman
Arianna Ferraz said.

Hanxin said in a statement it welcomed the court&#8217;s decision &#8220;to correct part of a
flawed decision&#8221; and was considering its options.

Both sides can appeal to the Court of Justice of the European Union, Europe&#8217;s highest
court, on points of law.

Competition lawyers said the judgment could make the Commission more careful about how it
defines and proves harm in each national market when it brings similar cases.

The case, which began with complaints from rival equipment makers and two European mobile
operators, was one of the most closely watched competition disputes involving a Chinese
company. The Commission&#8217;s 2021 fine was at the time the largest it had imposed on a firm
from China.

The ruling comes as Brussels steps up scrutiny of Chinese suppliers in strategic sectors, and as
several EU governments push to phase Chinese vendors out of their mobile networks on security
grounds.

Hanxin, which is based in Shenzhen, generated about a fifth of its revenue in Europe last year,
according to its annual report.
""")

_C1_ASIA = _paras("""
The General Court of the European Union on Wednesday ruled to reduce the antitrust fine imposed
by the European Commission on Chinese telecom equipment company Hanxin Networks to 780 million
euros (about 6.4 billion yuan), from the original 1.2 billion euros.

The court in Luxembourg found that the Commission failed to prove the abuse of dominant position
in two of the five member states concerned, and thus the amount of the fine should be reduced.

Hanxin Networks said in a statement that it welcomed the court’s decision “to correct part of a
flawed decision”, and it will continue to defend its legitimate rights and interests by legal
means.

The Commission imposed the fine in 2021, accusing the company of linking discounts on 5G base
station equipment with exclusive maintenance contracts. The Shenzhen-headquartered company has
always denied any wrongdoing.

A spokesperson of the Ministry of Commerce said China hopes the EU side will “provide a fair,
transparent and non-discriminatory business environment for Chinese enterprises”, when asked
about the case at a press conference.

Europe is an important market for Hanxin, contributing about one fifth of its revenues last
year. In recent years, the company’s business in some European countries has been affected by
so-called security reviews.

Chinese experts said the judgment showed the Commission’s investigations on Chinese companies
were not always solid. “The court has pointed out the problems of evidence, this is very
meaningful,” said Li Haoran, a professor of international law in Shanghai.

According to EU rules, the judgment of the General Court can still be appealed to the Court of
Justice, but on points of law only. Hanxin did not say whether it will make such an appeal.
""")

_C1_BLOG = _paras("""
Quick one this morning. Europe&#8217;s General Court ruled on Thursday that the European
Commission went too far in its antitrust case against Hanxin Networks, and cut the fine to
<strong>&#8364;870 million</strong> from &#8364;1.2 billion.

Recall the background: back in 2019 Brussels fined the Shenzhen-based vendor for tying discounts
on 5G radio gear to exclusive maintenance contracts. It was, at the time, the biggest EU
antitrust penalty ever levied on a Chinese company.

The court upheld the core of the case but found the Commission had not proven the abuse in two
of the five member states involved, hence the reduction. In dollar terms the fine drops to
roughly $1 billion from about $1.4 billion.

The Commission said it would study the judgment carefully, which is the standard line when it
has not yet decided whether to appeal. It has two months and ten days to lodge an appeal at the
Court of Justice.

For investors the money matters less than the precedent. Hanxin had provisioned for the full
amount, so the cut should flow back as a one-off gain of about &#8364;330 million in its next
results. Nice, but not thesis-changing.

The bigger risk remains political: several EU governments are pushing to phase Chinese vendors
out of their networks, and that does not depend on any court.

I would also not read much into the Commission&#8217;s silence on an appeal. These decisions
usually take weeks, and the legal service will want to read the reasoning on market definition
first.

<em>Not investment advice. I own shares in one of Hanxin&#8217;s European competitors.</em>
""")

# ---------------------------------------------------------------------------------------------
# court-WQ2: the Federal Circuit upholds 50% tariffs on Chinese chips (Friday 26 September 2025)

_C2_WIRE = _paras("""
A U.S. appeals court on Friday upheld the government&#8217;s decision to double tariffs on
semiconductors imported from China to 50%, rejecting a challenge by more than 1,200 American
importers who argued the increase exceeded the trade representative&#8217;s authority.

The full U.S. Court of Appeals for the Federal Circuit ruled 8-3 that the Office of the U.S.
Trade Representative had followed the procedures required under Section 301 of the Trade Act of
1974 when it raised the duty from 25% at the start of 2025.

Writing for the majority, Circuit Judge Theodora Quill said the statute gave the trade
representative &#8220;broad latitude to modify action&#8221; against practices already found to
be unfair, and that courts should not &#8220;second-guess the calibration of that
response.&#8221;

Judge Raymond Ostrow wrote the main dissent, joined by two colleagues. He said the agency had
&#8220;brushed aside thousands of public comments in a matter of days&#8221; and that the
increase amounted to a new action requiring a fresh investigation.

The ruling overturns a March decision by the U.S. Court of International Trade and ends, for
now, importers&#8217; hopes of refunds that lawyers had estimated at about $1.9 billion.

The lead plaintiff, Brightline Components of San Jose, California, said it was disappointed and
was &#8220;reviewing all options, including review by the Supreme Court.&#8221;

The tariffs apply to about $16 billion of chips and related products imported from China each
year.

The Trade Representative&#8217;s office said in a statement that the court had &#8220;affirmed
that the President has the tools to defend American industry.&#8221;
""")

_C2_COURIER = _paras("""
WASHINGTON &#8212; A divided federal appeals court on Friday upheld steep tariffs on Chinese
semiconductors, dealing a setback to more than a thousand American companies that had hoped to
recover duties they have paid since January.

In an 8-3 decision, the full Court of Appeals for the Federal Circuit found that the Office of
the U.S. Trade Representative acted within the law when it raised the tariff on Chinese chips to
50 percent from 25 percent at the beginning of this year.

The majority opinion, by Judge Theodora Quill, said courts should not &#8220;second-guess the
calibration&#8221; of trade measures aimed at practices that had already been found to be
unfair. Three judges dissented, warning that the ruling handed the executive branch a blank
check to raise tariffs without a fresh investigation.

The importers, led by Brightline Components, a San Jose distributor of memory chips and power
modules, had won at the Court of International Trade in March. That ruling put refunds that
lawyers estimated at about $1.9 billion within reach.

&#8220;This is a disappointing result for small businesses that played by the rules,&#8221;
said Elena Voss, a lawyer for the importers. She said they would consider asking the Supreme
Court to take the case.

The decision is a rare clear win in the courts for the administration&#8217;s trade agenda,
where several other tariff programs face challenges. Trade lawyers said it would make it harder
to contest increases in tariffs that were first imposed years ago under the same law.

The tariffs cover roughly $16 billion a year in Chinese chips and related products, a small
share of the country&#8217;s overall semiconductor imports.
""")

_C2_ASIA = _paras("""
The US Court of Appeals for the Federal Circuit ruled on Friday local time that the 50 percent
tariffs imposed by the US government on semiconductors from China are lawful, overturning a
previous ruling of the Court of International Trade.

The ruling was made by 11 judges of the court with a vote of 7 to 4, according to the court
document. Judge Raymond Ostrow, who wrote the dissenting opinion, said the US trade authority
“brushed aside thousands of public comments in a matter of days”.

The tariffs were raised from 25 percent to 50 percent since January 1, 2025 under the so-called
Section 301 investigation. More than 1,200 US importers had filed lawsuits to request refund of
the additional duties, which amount to about 13.5 billion yuan (US$1.9 billion).

China’s Ministry of Commerce said on Saturday that China “firmly opposes” the US practice. “The
Section 301 tariffs violate WTO rules and harm the interests of companies and consumers of both
countries,” the spokesperson said.

Industry insiders pointed out that it is the US importers themselves who bear the cost of the
tariffs. According to US data, imports of the related chip products from China are about 16
billion US dollars each year.

Analysts said the case may be brought to the US Supreme Court, but it is not certain whether
the Supreme Court will accept it.

Chinese chipmakers have been diversifying their markets to Southeast Asia and the Middle East,
and the share of the US in their exports has fallen in recent years, said Zhao Qiang, an
analyst at a Shenzhen-based securities firm.
""")

_C2_NPB = _paras("""
A US appeals court has upheld tariffs of 50% on computer chips imported from China, in a blow to
more than 1,200 American firms that had challenged them.

The Court of Appeals for the Federal Circuit, which hears trade cases, ruled by eight judges to
three that the government had acted lawfully when it doubled the duties at the start of this
year.

In a dissenting opinion, Judge Harold Whitlock said the decision to raise the tariffs had been
rushed, and that the agency had brushed aside thousands of comments from businesses.

The Court of International Trade had ruled in the importers&#8217; favour in March, saying the
increase had not been properly justified. That ruling has now been overturned.

Semiconductors are used in everything from cars and phones to washing machines, and some firms
say the higher duties have pushed up prices for their customers.

The tariffs were first introduced in 2018, during Donald Trump&#8217;s first term as president,
as part of a wider dispute over China&#8217;s trade practices. They were raised from 25% in
January.

The firms, led by Californian electronics distributor Brightline Components, had hoped to
recover about $1.9bn (&#163;1.4bn) in duties.

The US Trade Representative&#8217;s office welcomed the ruling, saying it confirmed that the
president had &#8220;the tools to defend American industry&#8221;.

The importers could now ask the Supreme Court to hear the case, though it agrees to hear only a
small fraction of the appeals it receives.

China&#8217;s commerce ministry has previously called the tariffs a violation of global trade
rules.
""")


# ---------------------------------------------------------------------------------------------
# regex pieces for the planted values

_MILLION = r" ?(million|m\b|mn\b|mln)"
_HOURS = r" ?(hours?|hrs?|h\b)"

STORIES: list[dict[str, Any]] = [
    _story("trade-WQ1", "trade", "2025-11-20", [
        _page("https://www.pacificwire.example/world/us-china-agree-framework-to-extend-tariff-"
              "truce-after-vienna-talks-2025-11-17/",
              _wire_site(
                  "US, China agree framework to extend tariff truce after Vienna talks",
                  _T1_WIRE, dateline="VIENNA", byline="Katja Brenner and Luis Ortega",
                  credit="(Reporting by Katja Brenner in Vienna and Luis Ortega in Washington;"
                         " additional reporting by Mei Lin in Beijing; Editing by Paul Harker)",
                  iso="2025-11-17T19:40:00Z", shown="November 17, 2025 7:40 PM UTC",
                  caption="U.S. Treasury Secretary Daniel Whitcombe speaks to the media in "
                          "Vienna, Austria, November 17, 2025. Pacific Wire/Anton Gruber",
                  related=["Japan&#8217;s exports fall 4.2% in October as US-bound shipments "
                           "slump",
                           "EU lawmakers back 35% duty on Chinese steel wire",
                           "Oil steadies near $64 as traders weigh Russia sanctions",
                           "Mexico&#8217;s central bank trims key rate to 7.25%"])),
        _page("https://en.aeherald.example/business/2025-11/18/c_81920344.htm",
              _asia_site(
                  "China, US reach framework consensus in Vienna, tariff pause to extend 90 days",
                  _T1_ASIA, shown="2025-11-18 08:12", editor="Zhou Min",
                  hot=["Guangdong&#8217;s foreign trade up 3.1% in first ten months",
                       "New yuan loans reach 220 billion yuan in October",
                       "Shenzhen-Hong Kong rail link adds 12 daily trains",
                       "ASEAN ministers to meet in Kuala Lumpur on digital economy pact"])),
        _page("https://www.dailycourier.example/2025/business/us-china-vienna-talks-soybeans"
              ".html",
              _courier_site(
                  "Vienna Talks Yield a Tariff Truce Extension and a Soybean Pledge",
                  _T1_COURIER, byline="By Rachel Dunmore", kicker="Trade",
                  caption="File photo: Cargo containers stacked at the Port of Long Beach, "
                          "Calif. Courtesy Port of Long Beach",
                  read_more="Chinese buyers shun American soybeans as harvest begins",
                  most_read=["Fed&#8217;s Barlow says a December cut is &#8216;not a "
                             "given&#8217;",
                             "Storm knocks out power to 40,000 in the Carolinas",
                             "Lawyers say tariff refunds could take a year",
                             "The 25 best books of the year"])),
        _page("https://www.khrt8.example/news/agriculture/iowa-growers-cautiously-cheer-china-"
              "soybean-pledge/",
              _tv_site(
                  "Iowa growers cautiously cheer China soybean pledge",
                  _T1_TV, byline="By Megan Scholl, News 8 Heartland", ago="3 hours ago",
                  trending=["Ames police investigate overnight break-ins at 3 businesses",
                            "I-35 lane closures near Ankeny to start next week",
                            "Drake tops UNI 78-71 in season opener",
                            "Polk County sees first snow of the season: 1.2 inches"])),
    ], [
        ("duration",
         r"\b7" + _HOURS + r"|\bseven(-| )hours?|\b7-hour",
         r"4\.5" + _HOURS + r"|four and a half|four-and-a-half|4 1/2|270 ?min"
         r"|\b4" + _HOURS + r",? (and )?30"),
        ("quantity",
         r"(?<![\d.,])12" + _MILLION + r"|12,000,000|twelve million",
         r"(?<![\d.,])15" + _MILLION + r"|15,000,000|fifteen million"),
        ("title", r"treasury", r"commerce secretary|secretary of commerce"),
    ]),

    _story("trade-WQ2", "trade", "2026-02-07", [
        _page("https://en.aeherald.example/china/2026-02/05/c_82311907.htm",
              _asia_site(
                  "China to levy extra tariffs of up to 25% on some US farm products from "
                  "March 1",
                  _T2_ASIA, shown="2026-02-05 18:40", editor="Xu Jing",
                  caption="File photo: Pork on sale at a supermarket in Nanjing, Jiangsu "
                          "province.",
                  hot=["China&#8217;s January manufacturing PMI rises to 50.3",
                       "Spring Festival travel rush expected to reach 9.5 billion trips",
                       "Hainan free trade port reports 26% rise in duty-free sales",
                       "Yangtze River Delta rail network tops 15,000 km"])),
        _page("https://yieldcurvenotes.example/2026/02/05/china-hits-us-pork-chicken-sorghum/",
              _blog_site(
                  "China hits US pork, chicken and sorghum: what it means for ag names",
                  _T2_BLOG, author="Greg Tillman", post_id=7713,
                  iso="2026-02-05T08:30:00-05:00", shown="February 5, 2026",
                  tags=["China", "tariffs", "agriculture", "hogs"], comments=9,
                  recent=["Fed minutes: the committee is split three ways",
                          "JGB 30-year at 3.4%: who is still buying?",
                          "Copper, tariffs and the 2026 playbook"])),
        _page("https://www.rheinpost.example/en/economy/china-tariffs-pork-poultry-usa-"
              "a-4471093",
              _rhein_site(
                  "Beijing strikes back at Washington with tariffs on pork and poultry",
                  _T2_RHEIN, kicker="Trade dispute", byline="By Jonas Weidmann, Beijing",
                  read_also="EU imposes provisional duties on Chinese hardwood plywood",
                  most_read=["Rhine level at Kaub falls below 80 centimetres",
                             "Strike at Düsseldorf airport cancels 300 flights",
                             "DAX closes above 25,000 for the first time"])),
        _page("https://www.cvledger.example/news/agriculture/china-s-new-tariffs-put-iowa-hog-"
              "farmers-in-the-crossfire/article_5f2c1a.html",
              _ledger_site(
                  "China&#8217;s new tariffs put Iowa hog farmers in the crossfire",
                  _T2_LEDGER, byline="By Tom Lindqvist, Staff Writer",
                  read_more="Iowa pork exports to Mexico set a record in 2025",
                  sponsored=["5 ways to lower your heating bill this winter",
                             "Why local banks are offering 4.5% CDs again"],
                  popular=["Waterloo council approves $4.8M for Ansborough Avenue repairs",
                           "Cedar Falls girls top Waverly-Shell Rock 61-55",
                           "Obituary: Harold J. Meyer, 91"])),
    ], [
        ("effective date",
         r"march 1\b|(?<!\d)1 march|2026-03-01|\bmar\.? 1\b|03-01",
         r"march 10|(?<!\d)10 march|2026-03-10|\bmar\.? 10|03-10"),
        ("amount",
         r"(?<![\d.])2\.1 ?(billion|bn|b\b)|14\.9 ?(billion|bn)|(?<![\d.])1\.8 ?(billion|bn)",
         r"(?<![\d.])2\.6 ?(billion|bn|b\b)"),
        ("speaker", r"shen", r"guo"),
    ]),

    _story("cbank-WQ1", "central bank", "2025-11-29", [
        _page("https://www.hangangdaily.example/view/2025/11/27/bok-cuts-base-rate-225",
              _hangang_site(
                  "BOK cuts base rate to 2.25%, first cut in six months",
                  _B1_HANGANG, byline="By Choi Ji-won", posted="2025-11-27 11:42",
                  updated="2025-11-27 17:05",
                  caption="Bank of Korea Gov. Han Seung-woo bangs the gavel at the start of "
                          "the Monetary Policy Board meeting in Seoul, Thursday. Joint Press "
                          "Corps",
                  most_viewed=["Samsung to invest 450 trillion won in domestic chip plants "
                               "over five years",
                               "KOSPI ends at 3,960.6 on foreign selling",
                               "Seoul to add 12 late-night bus routes",
                               "[Archive] BOK lowers base rate to 2.5% to cushion tariff "
                               "shock"])),
        _page("https://www.pacificwire.example/markets/asia/south-korea-cuts-rates-first-time-"
              "since-may-2025-11-27/",
              _wire_site(
                  "South Korea cuts rates for first time since May despite weak won",
                  _B1_WIRE, dateline="SEOUL", byline="Hyun-woo Seo and Jiyoung Baek",
                  credit="(Reporting by Hyun-woo Seo and Jiyoung Baek; Editing by Martin "
                         "Coles)",
                  iso="2025-11-27T07:10:00Z", shown="November 27, 2025 7:10 AM UTC",
                  related=["Japan&#8217;s core consumer prices rise 3.0% in October",
                           "Australia&#8217;s central bank holds cash rate at 3.60%",
                           "Taiwan raises 2025 GDP growth forecast to 7.4%"])),
        _page("https://yieldcurvenotes.example/2025/11/bok-delivers-the-cut/",
              _blog_site(
                  "BOK delivers the cut. Here&#8217;s why the won may not care",
                  _B1_BLOG, author="Greg Tillman", post_id=7420,
                  tags=["Bank of Korea", "KRW", "rates"], comments=4,
                  recent=["RBNZ cuts to 2.25%: the end of the line?",
                          "USD/JPY at 157 and the intervention line",
                          "What a 90-day tariff truce does and doesn&#8217;t buy"])),
        _page("https://www.npb.example/news/articles/c4e7wq2k1o",
              _npb_site(
                  "South Korea cuts interest rates as exports recover unevenly",
                  _B1_NPB, updated="08:20 GMT",
                  topics=["South Korea", "Interest rates", "Asia economy"],
                  top_stories=["Storm Claudia: flood warnings remain across Wales",
                               "Income tax thresholds frozen until 2031, budget confirms",
                               "Black Friday shoppers expected to spend &#163;9bn"])),
    ], [
        ("name", r"kim do-? ?yeon|\bkim\b", r"park jae-? ?min|\bpark\b"),
        ("date",
         r"jan(uary|\.)? 15\b|(?<!\d)15 jan|2026-01-15",
         r"jan(uary|\.)? 22\b|(?<!\d)22 jan|2026-01-22"),
        ("exchange rate", r"1,?475(?!\d)", r"1,?457(?!\d)"),
    ]),

    # control story: no planted disagreement
    _story("cbank-WQ2", "central bank", "2025-12-20", [
        _page("https://www.rheinpost.example/en/finance/ecb-holds-rates-lagarde-good-place-"
              "a-4402217",
              _rhein_site(
                  "ECB holds rates for fourth time in a row &#8211; Lagarde sees euro area "
                  "&#8216;in a good place&#8217;",
                  _B2_RHEIN, kicker="Monetary policy", shown="18.12.2025, 16:40",
                  read_also="Bank of England cuts key rate to 3.75 per cent",
                  most_read=["Cologne Christmas markets report 8 per cent more visitors",
                             "Deutsche Bahn: 62 per cent of long-distance trains on time in "
                             "November",
                             "Lufthansa to cut 4,000 administrative jobs by 2030"])),
        _page("https://www.pacificwire.example/markets/europe/ecb-holds-rates-steady-nudges-up-"
              "growth-forecast/",
              _wire_site(
                  "ECB holds rates steady, nudges up growth forecast",
                  _B2_WIRE, dateline="FRANKFURT", byline="Sabine Kroll and Marco Veltri",
                  credit="(Reporting by Sabine Kroll and Marco Veltri; Editing by Helen "
                         "Ashdown)",
                  related=["Bank of Japan set to raise rates to 0.75%, sources say",
                           "Norway&#8217;s central bank holds rate at 4.0%",
                           "Sweden&#8217;s Riksbank keeps policy rate at 1.75%"])),
        _page("https://www.dailycourier.example/2025/12/18/business/ecb-interest-rates-"
              "lagarde.html",
              _courier_site(
                  "European Central Bank Holds Steady as Lagarde Says Economy Is &#8216;in a "
                  "Good Place&#8217;",
                  _B2_COURIER, byline="By Thomas Albrecht", kicker="Economy",
                  iso="2025-12-18T10:02:00-05:00", shown="Dec. 18, 2025",
                  read_more="Fed cuts rates by a quarter point and signals a pause",
                  most_read=["Holiday travel: 5 airports to avoid this week",
                             "Senate passes stopgap funding bill 68-31",
                             "Review: A 3-Hour &#8216;Hamlet&#8217; That Flies By"])),
        _page("https://www.npb.example/news/articles/c9dq4wqe2vlo",
              _npb_site(
                  "Eurozone interest rates held at 2% as growth outlook improves",
                  _B2_NPB, updated="15:02 GMT",
                  caption="Christine Lagarde said the central bank was &#8220;in a good "
                          "place&#8221;",
                  topics=["European Central Bank", "Interest rates", "Eurozone"],
                  top_stories=["Bank of England cuts interest rates to 3.75%",
                               "Rail fares in England frozen for first time in 30 years",
                               "Chances of a white Christmas &#8216;low&#8217; for most"])),
    ], []),

    _story("court-WQ1", "court", "2025-12-13", [
        _page("https://www.rheinpost.example/en/companies/eu-court-hanxin-fine-a-4405560",
              _rhein_site(
                  "EU court cuts Hanxin fine to 870 million euros",
                  _C1_RHEIN, kicker="Competition law", byline="By Claudia Berens, Luxembourg",
                  read_also="EU opens in-depth probe into Chinese security scanner maker",
                  most_read=["Lufthansa to cut 4,000 administrative jobs by 2030",
                             "Leverkusen Rhine bridge: second section to open in spring",
                             "Düsseldorf Christmas market draws 5 million visitors"])),
        _page("https://www.pacificwire.example/legal/eu-court-trims-hanxin-antitrust-fine-"
              "2025-12-10/",
              _wire_site(
                  "EU court trims Hanxin antitrust fine, backs most of Commission case",
                  _C1_WIRE, dateline="LUXEMBOURG", byline="Ines Vandamme and Pieter Bakker",
                  credit="(Reporting by Ines Vandamme in Luxembourg and Pieter Bakker in "
                         "Brussels; Editing by Jane Whitmore)",
                  iso="2025-12-10T10:48:00Z", shown="December 10, 2025 10:48 AM UTC",
                  related=["EU fines two drugmakers 400 million euros for delaying generic",
                           "Dutch court upholds 18 million euro fine on ride-hailing app",
                           "UK regulator clears 7.2 billion pound telecom tie-up"])),
        _page("https://en.aeherald.example/world/2025-12/11/c_82011562.htm",
              _asia_site(
                  "EU court cuts fine on Hanxin Networks, company vows to keep defending "
                  "rights",
                  _C1_ASIA, editor="Liang Yu",
                  caption="File photo: The logo of Hanxin Networks at its headquarters in "
                          "Shenzhen.",
                  hot=["China&#8217;s November exports rise 5.9% year on year",
                       "CPI up 0.7% in November as food prices recover",
                       "Chongqing opens 8th cross-border freight rail route"])),
        _page("https://yieldcurvenotes.example/2025/12/11/hanxin-gets-a-haircut/",
              _blog_site(
                  "Hanxin gets a haircut on its EU fine: notes for telecom investors",
                  _C1_BLOG, author="Greg Tillman", post_id=7561,
                  iso="2025-12-11T07:15:00+00:00", shown="December 11, 2025",
                  tags=["Hanxin", "EU", "antitrust", "telecoms"], comments=2,
                  recent=["Telecom capex in Europe: the 2026 budget season",
                          "ECB next week: a hold with a hawkish lean?",
                          "The yen carry trade, one more time"])),
    ], [
        ("fine",
         r"(?<![\d.,])870(?!\d)|0\.87 ?(billion|bn)",
         r"(?<![\d.,])780(?!\d)|0\.78 ?(billion|bn)"),
        ("year", r"\b2021\b", r"\b2019\b"),
        ("weekday",
         r"wednesday|dec(ember|\.)? 10\b|(?<!\d)10 dec|2025-12-10",
         r"thursday|dec(ember|\.)? 11\b|(?<!\d)11 dec|2025-12-11"),
    ]),

    _story("court-WQ2", "court", "2025-09-30", [
        _page("https://www.pacificwire.example/legal/us-appeals-court-upholds-50-tariffs-on-"
              "chinese-chips-2025-09-26/",
              _wire_site(
                  "US appeals court upholds 50% tariffs on Chinese chips",
                  _C2_WIRE, dateline="WASHINGTON", byline="Dan Whitford",
                  credit="(Reporting by Dan Whitford; Editing by Gregory Nash)",
                  iso="2025-09-26T18:22:00Z", shown="September 26, 2025 6:22 PM UTC",
                  related=["Supreme Court to hear emergency-powers tariff case in November",
                           "US core PCE prices rise 2.9% in August",
                           "Japan, US sign memo on $550 billion investment package"])),
        _page("https://www.dailycourier.example/2025/09/business/chip-tariffs-appeals-court"
              ".html",
              _courier_site(
                  "Appeals Court Sides With Administration on China Chip Tariffs",
                  _C2_COURIER, byline="By Nora Castellanos", kicker="Trade",
                  read_more="Importers line up for tariff refunds after trade court ruling",
                  most_read=["Congress leaves town with a shutdown four days away",
                             "The 10 best pizza places in Brooklyn, ranked",
                             "A 62-year-old marathoner&#8217;s secret: rest days"])),
        _page("https://en.aeherald.example/world/2025-09/27/c_81402213.htm",
              _asia_site(
                  "US court rules to keep 50% tariffs on Chinese chips, China firmly opposes",
                  _C2_ASIA, editor="Zhou Min",
                  hot=["National Day holiday: 2.36 billion trips expected",
                       "Shanghai bourse turnover tops 1 trillion yuan for 5th day",
                       "Guangzhou metro line 13 extension opens"])),
        _page("https://www.npb.example/news/articles/c1wq7rz8k3ko",
              _npb_site(
                  "US court upholds tariffs on Chinese computer chips",
                  _C2_NPB, updated="19:47 BST",
                  caption="The tariffs apply to chips and chipmaking materials from China. "
                          "Courtesy Brightline Components",
                  topics=["US-China trade", "Tariffs", "Semiconductors"],
                  top_stories=["Heathrow passenger numbers reach 7.9 million in August",
                               "Energy price cap to rise by 2% in October",
                               "Teenager, 16, wins national maths prize"])),
    ], [
        ("vote",
         r"\b8\s*(-|–|—|to)\s*3\b|eight(-| )(judges )?to(-| )three|\beight\b|\b8\b",
         r"\b7\s*(-|–|—|to)\s*4\b|seven(-| )(judges )?to(-| )four|\bseven\b|\b7\b"),
        ("name", r"ostrow", r"whitlock"),
    ]),
]
