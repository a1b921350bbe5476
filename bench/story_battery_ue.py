"""Part UE of the story battery (web pages).

Written by engineer UE1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UE`.

Six stories, each told by three or four invented outlets as whole scraped pages: a Colorado
Supreme Court ruling upholding a wildfire penalty against a utility (court-UE1, four planted
disagreements: vote split, penalty amount, payment deadline, who gave a quote); a Leeds Crown
Court sentencing in a pension fraud (court-UE2, CONTROL); a magnitude 6.7 earthquake off
southern Peru (quake-UE1, four planted: depth, local time, weekday, civil-defence chief's
name); a British rocket's first orbital launch from Shetland (rocket-UE1, CONTROL); a Czech
National Bank rate cut (cb-UE1, three planted: vote split, December inflation, next meeting
date); and EU provisional anti-dumping duties on Chinese tinplate (trade-UE1, three planted:
top duty rate, import volume, deadline for definitive duties). The two controls are as rich
in figures, dates, names and quotes as the others, and every fact in them agrees.
"""

from __future__ import annotations

import json
import re
from html import escape, unescape
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Body markup. Article bodies are written as plain paragraphs separated by blank lines; a few
# line markers let each outlet's template render its own furniture inside the article:
#   "## text"                       sub-heading
#   "[AD]"                          the outlet's in-article advertisement slot
#   "[FIG] src | caption | credit"  a photograph with caption and credit
#   "[BOX] html"                    raw HTML (inline related links, tables, fact boxes)
#   "> text"                        a pull quote / block quote
# ---------------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def _blocks(body: str) -> list[str]:
    return [_WS.sub(" ", b).strip() for b in body.strip().split("\n\n") if b.strip()]


def _render(body: str, *, ad: str, fig: str, p: str = "<p>{}</p>",
            h: str = "<h2>{}</h2>", quote: str = "<blockquote><p>{}</p></blockquote>") -> str:
    out = []
    for block in _blocks(body):
        if block == "[AD]":
            out.append(ad)
        elif block.startswith("## "):
            out.append(h.format(block[3:]))
        elif block.startswith("[FIG] "):
            src, caption, credit = (part.strip() for part in block[6:].split(" | "))
            out.append(fig.format(src=src, caption=caption, credit=credit))
        elif block.startswith("[BOX] "):
            out.append(block[6:])
        elif block.startswith("> "):
            out.append(quote.format(block[2:]))
        else:
            out.append(p.format(block))
    return "\n".join(out)


def _ld(kind: str, headline: str, published: str | None, author: str, publisher: str,
        url: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "mainEntityOfPage": url,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _attr(text: str) -> str:
    return escape(unescape(text))


def _lis(items: list[str]) -> str:
    return "".join(f"<li><a href=\"#\">{i}</a></li>" for i in items)


# --- Meridian Wire: US wire service ----------------------------------------------------------

def _meridian(*, url: str, headline: str, desc: str, published: str, shown: str, byline: str,
              section: str, body: str, most_read: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="mw-ad" data-slot="article-mid"><span>Advertisement'
           ' &middot; Scroll to continue</span></div>',
        fig='<figure class="mw-fig"><img src="{src}" alt=""><figcaption>{caption}'
            ' <span class="credit">{credit}</span></figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} | Meridian Wire</title>
<meta name="description" content="{_attr(desc)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
{_ld("NewsArticle", headline, published, byline, "Meridian Wire", url)}
</head>
<body class="mw-article">
<a class="skip" href="#main">Skip to main content</a>
<div id="consent" class="mw-consent" role="dialog">
<p>We use cookies and similar technologies to personalise content and measure
audiences. <a href="/privacy">Privacy statement</a></p>
<button>Accept all</button> <button>Manage choices</button>
</div>
<header class="mw-masthead">
<a class="logo" href="/">MERIDIAN WIRE</a>
<nav><ul>{_lis(["World", "Business", "Markets", "Sustainability", "Legal",
                 "Breakingviews", "Technology", "Investigations"])}</ul></nav>
<a class="mw-sub" href="/register">Register</a> <a href="/signin">Sign in</a>
</header>
<main id="main">
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="#">{section}</a></nav>
<article>
<h1 data-testid="Heading">{_attr(headline)}</h1>
<div class="mw-meta">
<address class="byline">By <a rel="author" href="#">{byline}</a></address>
<time datetime="{published}">{shown}</time>
<span class="readtime">4 minute read</span>
</div>
<div class="mw-share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a>
<a href="#">Email</a> <button>Copy link</button></div>
<div class="article-body">
{art}
</div>
<p class="mw-trust">Our Standards: <a href="#">The Meridian Wire Trust Principles.</a></p>
<p class="mw-license"><a href="#">Purchase Licensing Rights</a></p>
</article>
<aside class="mw-mostread"><h2>Most Read</h2><ol>{_lis(most_read)}</ol></aside>
<aside class="mw-ad-rail"><span>Advertisement</span></aside>
</main>
<footer class="mw-footer">
<p>Meridian Wire, the news and media division of Meridian Information Group, is a leading
provider of multimedia news reaching readers worldwide every day.</p>
<ul>{_lis(["About us", "Careers", "Contact", "Accessibility", "Cookies",
           "Terms of use", "Privacy"])}</ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
reserved.</p>
</footer>
</body>
</html>
"""


# --- The Northern Ledger: UK national daily ---------------------------------------------------

def _ledger(*, url: str, headline: str, standfirst: str, published: str, shown: str,
            byline: str, role: str, section: str, body: str, lead_img: str, lead_cap: str,
            related: list[str]) -> str:
    art = _render(
        body,
        ad='<aside class="ad-slot ad-slot--inline" aria-label="Advertisement">'
           '<p class="ad-slot__label">Advertisement</p></aside>',
        fig='<figure class="element-image"><img src="{src}" alt="">'
            '<figcaption><span class="caption">{caption}</span> '
            '<span class="credit">Photograph: {credit}</span></figcaption></figure>',
        h="<h2 class=\"subhead\">{}</h2>")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} | {section} | The Northern Ledger</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(standfirst)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta property="article:author" content="{byline}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="cmp-banner" id="sp_message_container">
<h2>Yes, I&#8217;m happy</h2>
<p>We and our partners use cookies to store and/or access information on a device. You can
change your choices at any time by visiting Privacy settings.</p>
<button>Yes, I&#8217;m happy</button> <button>Manage or reject cookies</button>
</div>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<a class="skip-link" href="#navigation">Skip to navigation</a>
<header class="ledger-header">
<p class="support">Support the Ledger &mdash; Fund independent journalism from &pound;5 a
month <a href="#">Support us &rarr;</a></p>
<a class="ledger-logo" href="/">The Northern Ledger</a>
<nav id="navigation"><ul>{_lis(["News", "Opinion", "Sport", "Culture", "Lifestyle"])}</ul>
<ul class="subnav">{_lis(["UK", "World", "Business", "Environment", "Politics",
                          "Science", "Law", "Money"])}</ul></nav>
</header>
<main id="maincontent">
<article class="content content--article">
<a class="section-label" href="#">{section}</a>
<h1 class="headline">{_attr(headline)}</h1>
<div class="standfirst"><p>{standfirst}</p></div>
<figure class="lead"><img src="{lead_img}" alt="">
<figcaption>{lead_cap}</figcaption></figure>
<div class="meta">
<address><a rel="author" href="#">{byline}</a> <span>{role}</span></address>
<time datetime="{published}">{shown}</time>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Share via Email</a></div>
</div>
<div class="article-body-commercial-selector">
{art}
</div>
<div class="epic">
<h3>&#8230; there is a good reason why not to support the Ledger</h3>
<p>Not every reader can afford to pay. That is why we keep our journalism open to all.
If you can, please support us from just &pound;2.</p>
<a href="#">Continue &rarr;</a>
</div>
<section class="related"><h2>More on this story</h2><ul>{_lis(related)}</ul></section>
</article>
<aside class="most-viewed"><h2>Most viewed</h2><ol>{_lis([
    "Live: Commons debate on budget measures continues", "The best winter walks in the Dales",
    "Heavy rain warning for north-west England", "Crossword: Cryptic No 29,841"])}</ol></aside>
</main>
<footer class="ledger-footer">
<form class="newsletter"><label>Sign up to Business Today: get set for the working day</label>
<input type="email" placeholder="Enter your email address"> <button>Sign up</button>
<p>Privacy Notice: Newsletters may contain info about charities, online ads, and content
funded by outside parties.</p></form>
<ul>{_lis(["About us", "Contact us", "Complaints &amp; corrections", "Terms &amp; conditions",
           "Privacy policy", "Cookie policy", "Securedrop"])}</ul>
<p>&copy; 2026 Northern Ledger Media Ltd or its affiliated companies. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --- Albion Broadcasting: UK public broadcaster ------------------------------------------------

def _albion(*, url: str, headline: str, summary: str, published: str, shown: str,
            byline: str, role: str, section: str, body: str, related: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="abn-ad" data-component="ad-slot"><span class="abn-ad__label">'
           'Advertisement</span></div>',
        fig='<figure class="abn-image"><div class="abn-image__wrap"><img src="{src}" alt="">'
            '<span class="abn-image__copyright">{credit}</span></div>'
            '<figcaption>{caption}</figcaption></figure>',
        h="<h2 class=\"abn-crosshead\">{}</h2>",
        p="<div data-component=\"text-block\"><p>{}</p></div>")
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} - Albion News</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Albion News">
<meta property="og:type" content="article">
<meta name="article:published_time" content="{published}">
{_ld("ReportageNewsArticle", headline, published, byline, "Albion Broadcasting", url)}
</head>
<body>
<div class="abn-cookie" role="region" aria-label="Cookie banner">
<p>Let us know you agree to cookies. We use cookies to give you the best online experience.
Please let us know if you agree to all of these cookies.</p>
<button>Yes, I agree</button> <a href="#">No, take me to settings</a>
</div>
<a href="#main-content" class="abn-skip">Skip to content</a>
<header class="abn-header">
<a class="abn-logo" href="/">Albion Broadcasting</a>
<nav><ul>{_lis(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"])}</ul>
</nav>
<nav class="abn-news-nav"><ul>{_lis(["Home", "Israel-Gaza war", "War in Ukraine", "Climate",
                                      "UK", "World", "Business", "Politics", "Science",
                                      "Culture"])}</ul></nav>
</header>
<main id="main-content" role="main">
<article>
<header>
<h1 id="main-heading">{_attr(headline)}</h1>
<div class="abn-meta">
<time datetime="{published}">{shown}</time>
<div class="abn-byline"><span class="name">{byline}</span>
<span class="role">{role}</span></div>
<a class="abn-section" href="#">{section}</a>
<button class="abn-share">Share</button> <button class="abn-save">Save</button>
</div>
</header>
{art}
<section class="abn-related"><h2>Related topics</h2><ul>{_lis(related)}</ul></section>
</article>
<aside class="abn-top"><h2>Top stories</h2><ul>{_lis([
    "Live: Rail strike talks resume as unions weigh new offer",
    "Energy price cap to rise by 2% from January, regulator says",
    "Why are so many bird species in decline?"])}</ul></aside>
</main>
<footer class="abn-footer">
<p>Albion Broadcasting is not responsible for the content of external sites.
<a href="#">Read about our approach to external linking.</a></p>
<ul>{_lis(["Terms of Use", "About Albion", "Privacy Policy", "Cookies", "Accessibility Help",
           "Parental Guidance", "Contact Albion", "Get Personalised Newsletters"])}</ul>
<p>Copyright 2026 Albion Broadcasting.</p>
</footer>
</body>
</html>
"""


# --- Local newspaper CMS (used by several small titles, each with its own masthead) ----------

def _local(*, site: str, domain: str, tagline: str, url: str, headline: str, desc: str,
           published: str | None, shown: str, byline: str, section: str, body: str,
           weather: str, nav: list[str], obits: str, recent: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="tnt-ads"><p class="tnt-ads-label">ADVERTISEMENT</p>'
           '<div class="dfp-ad" id="ad-box-2"></div></div>',
        fig='<div class="photo"><img src="{src}" alt=""><div class="caption-text">'
            '<p>{caption}</p><span class="photo-credit">{credit}</span></div></div>',
        h="<p><strong>{}</strong></p>")
    pub_meta = (f'<meta property="article:published_time" content="{published}">'
                if published else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} | {section} | {domain}</title>
<meta name="description" content="{_attr(desc)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="{site}">
{pub_meta}
</head>
<body class="asset-article">
<a class="sr-only" href="#main-page-container">Skip to main content</a>
<div class="top-bar"><span class="weather">{weather}</span>
<a href="#">e-Edition</a> <a href="#">Subscribe</a> <a href="#">Log in</a></div>
<header class="masthead">
<a class="site-title" href="/">{site}</a>
<p class="tagline">{tagline}</p>
<nav class="main-nav"><ul>{_lis(nav)}</ul></nav>
</header>
<div id="main-page-container">
<div class="breaking"><a href="#">{obits}</a></div>
<article class="asset">
<p class="section-kicker"><a href="#">{section}</a></p>
<h1 class="headline"><span class="tnt-headline">{_attr(headline)}</span></h1>
<ul class="list-inline asset-byline"><li>{byline}</li>
<li class="asset-date">{shown}</li></ul>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a>
<a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Print</a>
<a href="#">Save</a></div>
<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
{art}
</div>
<div class="tags"><span>Tags</span> <a href="#">{section}</a></div>
<div class="newsletter-signup"><h4>Sign up for our Morning Headlines newsletter</h4>
<p>Get the day&#8217;s top local stories delivered to your inbox each morning.</p>
<input type="email" placeholder="Email address"> <button>Sign up!</button></div>
</article>
<aside class="recent"><h3>Most Popular</h3><ul>{_lis(recent)}</ul></aside>
<aside class="tnt-ads"><p>ADVERTISEMENT</p></aside>
</div>
<footer class="site-footer">
<p>{site} &middot; Contact the newsroom &middot; Place a classified ad &middot; Submit an
obituary &middot; Terms of service &middot; Privacy policy</p>
<p>&copy; Copyright 2026 {site}. Powered by BLOX Content Management System.</p>
</footer>
</body>
</html>
"""


# --- High Plains Public Media: US public radio --------------------------------------------------

def _hppm(*, url: str, headline: str, desc: str, published: str, shown: str, byline: str,
          body: str, listen: str, related: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="underwriting"><p>Support comes from listeners like you and from'
           ' our underwriters.</p><span>Advertisement</span></div>',
        fig='<figure class="hppm-fig"><img src="{src}" alt=""><figcaption>{caption}'
            ' <cite>{credit}</cite></figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_attr(headline)} | High Plains Public Media</title>
<meta name="description" content="{_attr(desc)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="High Plains Public Media">
<meta name="date" content="{published}">
{_ld("NewsArticle", headline, published, byline, "High Plains Public Media", url)}
</head>
<body>
<a class="skip-nav" href="#content">Skip to Content</a>
<header class="hppm-head">
<a class="brand" href="/">High Plains Public Media</a>
<div class="live-player"><button>Play Live Radio</button>
<span>Next Up: <b>All Things Considered</b></span></div>
<nav><ul>{_lis(["News", "Politics", "Environment", "Arts &amp; Culture", "Podcasts",
                 "Schedule", "Events"])}</ul></nav>
<a class="donate" href="#">Donate</a>
</header>
<main id="content">
<article>
<p class="kicker">Environment</p>
<h1>{_attr(headline)}</h1>
<div class="byline-wrap"><p class="byline">{byline}</p>
<p class="dateline">Published <time datetime="{published}">{shown}</time></p></div>
<div class="audio-module"><button>Listen</button> <span>&bull; {listen}</span></div>
{art}
<div class="hppm-membership"><h3>Your support makes this reporting possible.</h3>
<p>High Plains Public Media is member-supported. Become a sustaining member today.</p>
<a href="#">Give now</a></div>
<section class="related-content"><h3>Related Content</h3><ul>{_lis(related)}</ul></section>
</article>
</main>
<footer class="hppm-foot">
<p>High Plains Public Media is a community-licensed, listener-supported public radio
network. <a href="#">FCC Public Files</a> &middot; <a href="#">Contact Us</a> &middot;
<a href="#">Privacy Policy</a></p>
<p>&copy; 2026 High Plains Public Media</p>
</footer>
</body>
</html>
"""


# --- WordPress-style independent sites (trade blogs, science blog) -----------------------------

def _wp(*, site: str, tagline: str, url: str, headline: str, desc: str, published: str | None,
        shown: str | None, byline: str, category: str, body: str, sidebar: list[str],
        newsletter: str, lang: str = "en-US") -> str:
    art = _render(
        body,
        ad='<div class="wp-block-ad"><small>Advertisement</small>'
           '<ins class="adsbygoogle"></ins></div>',
        fig='<figure class="wp-block-image size-large"><img src="{src}" alt="">'
            '<figcaption class="wp-element-caption">{caption} (Credit: {credit})</figcaption>'
            '</figure>',
        h="<h3 class=\"wp-block-heading\">{}</h3>")
    metas = ""
    posted = ""
    if published:
        metas = f'<meta property="article:published_time" content="{published}">'
        posted = f'Posted on <time class="entry-date" datetime="{published}">{shown}</time> '
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_attr(headline)} &#8211; {site}</title>
<meta name="description" content="{_attr(desc)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="{site}">
{metas}
<meta name="generator" content="WordPress 6.8.1">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">{site}</a></p>
<p class="site-description">{tagline}</p>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>
<ul>{_lis(["Home", "News", "Analysis", "Data", "Podcast", "About", "Contact"])}</ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary">
<article class="post type-post status-publish format-standard">
<header class="entry-header">
<span class="cat-links"><a href="#" rel="category tag">{category}</a></span>
<h1 class="entry-title">{_attr(headline)}</h1>
<div class="entry-meta">{posted}<span class="byline">by <span class="author vcard">
<a class="url fn n" href="#">{byline}</a></span></span></div>
</header>
<div class="entry-content">
{art}
</div>
<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3>
<a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
</footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on
&ldquo;{_attr(headline)}&rdquo;</h2><p>Comments are moderated.</p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Subscribe</h2><p>{newsletter}</p>
<input type="email" placeholder="Your email"> <button>Subscribe</button></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{_lis(sidebar)}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2026 {site}. Proudly powered by
WordPress. <a href="#">Privacy Policy</a></p></footer>
</body>
</html>
"""


# --- The Andean Herald: English-language regional daily ----------------------------------------

def _andean(*, url: str, headline: str, deck: str, shown: str, published: str, byline: str,
            body: str, more: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="ah-publicidad"><span>Advertisement</span></div>',
        fig='<figure><img src="{src}" alt=""><figcaption>{caption} &mdash; {credit}'
            '</figcaption></figure>',
        h="<h3>{}</h3>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} - The Andean Herald</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(deck)}">
<meta name="pubdate" content="{published}">
</head>
<body>
<div id="cookie-notice">This website uses cookies. By continuing to browse you accept their
use. <a href="#">More information</a> <button>OK</button></div>
<header>
<div class="ah-top">Lima &middot; {shown} &middot; <a href="#">Edici&oacute;n en espa&ntilde;ol</a>
</div>
<a class="ah-logo" href="/">The Andean Herald</a>
<p class="ah-motto">Peru and the Andes, in English since 1998</p>
<nav><ul>{_lis(["Peru", "Politics", "Economy", "Mining", "Travel", "Environment",
                 "Opinion", "Classifieds"])}</ul></nav>
</header>
<main>
<article class="ah-story">
<p class="ah-section">Peru</p>
<h1>{_attr(headline)}</h1>
<h2 class="ah-deck">{deck}</h2>
<p class="ah-byline">{byline} &middot; <span class="ah-date">{shown}</span></p>
<div class="ah-share"><a href="#">Facebook</a> | <a href="#">X</a> |
<a href="#">WhatsApp</a></div>
<div class="ah-body">
{art}
</div>
</article>
<aside class="ah-more"><h3>More from the Herald</h3><ul>{_lis(more)}</ul></aside>
</main>
<footer><p>The Andean Herald &middot; Av. Jos&eacute; Larco, Miraflores, Lima &middot;
<a href="#">Advertise with us</a> &middot; <a href="#">Terms</a></p>
<p>&copy; 2026 Editora Herald S.A.C.</p></footer>
</body>
</html>
"""


# --- Paywalled specialist publications (legal weekly, trade-policy monitor) --------------------

def _pro(*, site: str, url: str, headline: str, summary: str, shown: str | None,
         published: str | None, byline: str, topic: str, body: str, also: list[str],
         footer: str) -> str:
    art = _render(
        body,
        ad='<div class="pro-sponsor"><p>Advertisement</p><p>Sponsored: Compliance software'
           ' built for in-house teams. Book a demo.</p></div>',
        fig='<figure class="pro-fig"><img src="{src}" alt=""><figcaption>{caption}'
            ' &copy; {credit}</figcaption></figure>',
        h="<h2 class=\"pro-h\">{}</h2>")
    date_html = f'<p class="pro-date">{shown}</p>' if shown else ""
    meta = (f'<meta property="article:published_time" content="{published}">'
            if published else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} - {site}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
{meta}
</head>
<body class="pro-article">
<a class="skip" href="#article">Skip to article</a>
<div class="pro-consent"><p>We use essential cookies to make our site work. With your
consent, we may also use non-essential cookies to improve user experience.</p>
<button>Accept</button> <button>Reject</button></div>
<header class="pro-header">
<a class="pro-logo" href="/">{site}</a>
<nav><ul>{_lis(["News", "Analysis", "Briefings", "Events", "Jobs", "Subscribe"])}</ul></nav>
<a href="#">My account</a>
</header>
<main id="article">
<p class="pro-topic">{topic}</p>
<h1>{_attr(headline)}</h1>
<p class="pro-summary">{summary}</p>
<p class="pro-byline">{byline}</p>
{date_html}
<div class="pro-tools"><a href="#">Print</a> <a href="#">Save to reading list</a>
<a href="#">Share</a></div>
<div class="pro-body">
{art}
</div>
<div class="pro-paywall-note"><p>You are reading a subscriber article. Thank you for
subscribing.</p></div>
<section class="pro-also"><h3>Also in {topic}</h3><ul>{_lis(also)}</ul></section>
</main>
<footer><p>{footer}</p></footer>
</body>
</html>
"""


# --- Orbital Dispatch: spaceflight news site ---------------------------------------------------

def _orbital(*, url: str, headline: str, desc: str, published: str, shown: str, byline: str,
             body: str, upcoming: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="od-ad"><span>Advertisement</span></div>',
        fig='<figure class="od-photo"><img src="{src}" alt=""><figcaption>{caption}'
            ' <span>Image: {credit}</span></figcaption></figure>',
        h="<h2>{}</h2>")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} &#124; Orbital Dispatch</title>
<meta name="description" content="{_attr(desc)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
{_ld("NewsArticle", headline, published, byline, "Orbital Dispatch", url)}
</head>
<body class="od">
<a class="skip" href="#story">Skip to story</a>
<header class="od-bar">
<a class="od-logo" href="/">ORBITAL<span>DISPATCH</span></a>
<nav><ul>{_lis(["Launch", "Satellites", "Exploration", "Defence", "Business",
                 "Launch schedule", "Newsletter"])}</ul></nav>
<a class="od-support" href="#">Become a patron</a>
</header>
<main id="story">
<article>
<p class="od-tags"><a href="#">Launch</a> <a href="#">UK space</a></p>
<h1>{_attr(headline)}</h1>
<p class="od-meta">{byline} &middot; <time datetime="{published}">{shown}</time></p>
{art}
<div class="od-newsletter"><h3>Get the Launch Roundup</h3><p>Every launch, every week,
straight to your inbox.</p><input type="email" placeholder="you@example.com">
<button>Join</button></div>
</article>
<aside class="od-upcoming"><h3>Upcoming launches</h3><ul>{_lis(upcoming)}</ul></aside>
</main>
<footer class="od-foot"><p>Orbital Dispatch is reader-funded and independent.
&copy; 2026 Orbital Dispatch Ltd. <a href="#">Corrections policy</a></p></footer>
</body>
</html>
"""


# --- Vltava Business Daily: English-language Prague business site ------------------------------

def _vltava(*, url: str, headline: str, perex: str, shown: str, byline: str, body: str,
            read_also: list[str]) -> str:
    art = _render(
        body,
        ad='<div class="vbd-banner"><em>Advertisement</em></div>',
        fig='<figure><img src="{src}" alt=""><figcaption>{caption} Photo: {credit}'
            '</figcaption></figure>',
        h="<h2>{}</h2>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_attr(headline)} | Vltava Business Daily</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(perex)}">
</head>
<body>
<div class="vbd-gdpr">We value your privacy. We and our 143 partners store and access
information on your device. <button>Agree</button> <button>Options</button></div>
<a class="skip" href="#obsah">Skip to content</a>
<header class="vbd-head">
<div class="vbd-ticker">PX 2,412.6 &#9650; 0.4% &middot; EUR/CZK &middot; USD/CZK</div>
<a class="vbd-logo" href="/">Vltava Business Daily</a>
<nav><ul>{_lis(["Economy", "Markets", "Real Estate", "Energy", "Companies", "Tech",
                 "People", "Events"])}</ul></nav>
</header>
<main id="obsah">
<article>
<h1>{_attr(headline)}</h1>
<p class="vbd-info"><span class="author">{byline}</span> | <span class="date">{shown}</span>
</p>
<p class="vbd-perex"><strong>{perex}</strong></p>
{art}
<div class="vbd-share">Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a>
<a href="#">E-mail</a></div>
</article>
<aside class="vbd-also"><h3>Read also</h3><ul>{_lis(read_also)}</ul></aside>
<div class="vbd-nl"><p>Morning Briefing &ndash; Czech business news before 8 a.m.</p>
<input type="email"> <button>Subscribe</button></div>
</main>
<footer><p>&copy; 2026 Vltava Media s.r.o. &middot; Praha 1 &middot;
<a href="#">Advertising</a> &middot; <a href="#">GDPR</a></p></footer>
</body>
</html>
"""


# =============================================================================================
# Story 1 - court-UE1: Colorado Supreme Court upholds wildfire penalty (PLANTED)
# =============================================================================================

_S1_WIRE_BODY = """
DENVER, Oct 20 (Meridian Wire) - Colorado's Supreme Court on Monday upheld an $18.4 million
penalty that state regulators imposed on Front Range Electric Co. over the 2023 Granite Creek
fire, ruling that the utility's failure to clear trees from its power lines could be punished as
thousands of separate daily violations.

The 4-3 decision ends a two-year fight over the largest civil penalty the Colorado Public
Utilities Commission has ever levied, and it is likely to be studied closely by utilities across
the drought-prone West that face similar scrutiny of their vegetation-management programs.

The Granite Creek fire ignited on Sept. 9, 2023, when a sagging distribution line owned by Front
Range Electric contacted a cottonwood tree west of Bellvue in Larimer County. Driven by gusts
above 50 mph, it burned about 11,200 acres, destroyed 146 homes and killed two people before
crews contained it nine days later.

Investigators for the commission found that the utility had deferred scheduled inspections along
a 14-mile stretch of line for three consecutive years and had not trimmed trees in that corridor
since 2019. The commission counted 9,200 violation-days and applied the statutory maximum of
$2,000 per violation per day.

[AD]

Writing for the majority, Justice Teresa Okonkwo said the legislature had given the commission
"broad authority to treat a continuing failure as a continuing violation," and that nothing in
the statute required regulators to treat years of neglect as a single lapse.

"A utility that ignores its own inspection schedule for three years has not committed one
violation," Okonkwo wrote. "It has committed one every day the hazard remained."

Justice Marcus Lindqvist, joined by Justices Paula Iverson and Daniel Ruiz-Castro, dissented.
Lindqvist wrote that the majority had allowed the commission to convert "a per-violation ceiling
into a blank check" and warned that regulated companies would be left unable to predict their
exposure.

The court ordered Front Range Electric to pay the penalty within 90 days. Under the commission's
2024 order, the money will go into the state's wildfire mitigation fund and cannot be recovered
from customers through rates.

"Today's decision makes clear that vegetation management is not optional for any utility that
runs lines through this state's forests," Renata Solis, who chairs the commission, said in a
statement.

Front Range Electric, which serves about 212,000 customers in northern Colorado, said it was
reviewing the opinion. "We respect the court's decision, and we remain focused on the work we
have done since 2023 to make our system safer," spokeswoman Dana Whitlow said. The company says
it has spent $96 million on wildfire mitigation since the fire.

The ruling does not resolve separate lawsuits filed by more than 300 fire victims in Larimer
County District Court, which are scheduled for trial in 2026. Lawyers for the plaintiffs said
the court's account of the utility's inspection record could strengthen their negligence claims.

The commission imposed the penalty in June 2024, and a Denver District Court judge upheld it in
February. The company then appealed directly to the Supreme Court, which heard oral argument in
September.

(Reporting by Lauren Keough in Denver; Editing by Mark Feld)
"""

_S1_WIRE = _meridian(
    url="https://www.meridianwire.example/legal/colorado-high-court-upholds-wildfire-penalty-"
        "front-range-electric-2025-10-20/",
    headline="Colorado high court upholds $18.4 million wildfire penalty against Front Range "
             "Electric",
    desc="Colorado's Supreme Court upheld an $18.4 million penalty against Front Range Electric "
         "over the 2023 Granite Creek fire.",
    published="2025-10-20T22:12:00Z", shown="October 20, 2025 10:12 PM UTC",
    byline="Lauren Keough", section="Legal", body=_S1_WIRE_BODY,
    most_read=["Oil steadies as traders weigh supply outlook",
               "Exclusive: Chipmaker in talks to sell European unit",
               "Wall St Week Ahead: earnings season shifts into high gear",
               "Gold slips from record as dollar firms"])

_S1_SENTINEL_BODY = """
For Bellvue residents who lost their homes in the Granite Creek fire, Monday's ruling from the
Colorado Supreme Court felt like a long-delayed acknowledgment.

In a 4-3 opinion, the justices upheld the $18.4 million penalty the Colorado Public Utilities
Commission imposed on Front Range Electric Co. after investigators tied the September 2023 blaze
to an overgrown power line in the foothills west of town.

"It doesn't bring anything back, but somebody finally said out loud that this was preventable,"
said Gail Morrow, 67, whose house off Rist Canyon Road burned along with most of her neighbors'
homes. She has been living in a rented apartment in Fort Collins since.

[FIG] /uploads/2025/10/granite-creek-chimneys.jpg | Chimneys stand among the foundations of
homes destroyed by the Granite Creek fire west of Bellvue in September 2023. | Sentinel file
photo

The fire started Sept. 9, 2023, and burned roughly 11,200 acres before it was contained. It
destroyed 146 homes, most of them in the Bellvue area, and killed two people, a retired
schoolteacher and a volunteer firefighter.

The high court's majority, led by Justice Teresa Okonkwo, agreed with regulators that each day
the utility left the hazard in place counted as a separate violation. That reasoning allowed the
commission to reach a figure far larger than the few hundred thousand dollars the company had
argued was the legal maximum.

Three justices disagreed. In his dissent, Justice Marcus Lindqvist wrote that the commission had
turned "a per-violation ceiling into a blank check." Justices Paula Iverson and Daniel
Ruiz-Castro joined him.

[AD]

Front Range Electric has 60 days to pay, according to the opinion. The money will go to a state
wildfire mitigation fund, and the commission's order bars the company from passing the cost on
to ratepayers.

PUC Chair Renata Solis called the ruling a warning to every utility in the state. "Today's
decision makes clear that vegetation management is not optional for any utility that runs lines
through this state's forests," she said.

Company spokeswoman Dana Whitlow said Front Range Electric respected the decision. She pointed
to the $96 million the utility has spent since the fire on tree trimming, covered power lines
and a program that shuts off electricity during high winds.

Not everyone in the burn area is satisfied. Tom Reinholt, who helps run a residents' group
called Granite Creek Rebuild, noted that none of the penalty will go to people who lost their
homes. "The state gets a check. We're still fighting insurance companies," he said.

Those residents are pursuing their own claims. More than 300 people have sued the utility in
Larimer County District Court, and a trial is set for next year.

Of the 146 homes lost, 58 have been rebuilt or are under construction, according to Larimer
County's recovery office.

Corinne Vasquez covers northern Larimer County for the Sentinel. Reach her at
cvasquez@frontrangesentinel.example.
"""

_S1_SENTINEL = _local(
    site="Front Range Sentinel", domain="frontrangesentinel.example",
    tagline="Serving Fort Collins, Loveland and the Poudre Canyon since 1921",
    url="https://www.frontrangesentinel.example/news/local/supreme-court-sides-with-puc-front-"
        "range-electric-must-pay/article_7c41e2a8.html",
    headline="Supreme Court sides with PUC: Front Range Electric must pay $18.4M for Granite "
             "Creek fire",
    desc="Colorado's highest court upheld the state's record penalty over the 2023 fire that "
         "destroyed 146 homes near Bellvue.",
    published="2025-10-20T18:05:00-06:00",
    shown="Oct 20, 2025 Updated 6:45 pm",
    byline="By Corinne Vasquez Staff Writer", section="Local News", body=_S1_SENTINEL_BODY,
    weather="Fort Collins 58&deg; Partly cloudy",
    nav=["News", "Local", "Sports", "Business", "Opinion", "Obituaries", "Classifieds",
         "e-Edition"],
    obits="Obituaries: See today's notices",
    recent=["CSU trustees approve tuition freeze for in-state students",
            "Horsetooth Reservoir water level drops to five-year low",
            "Loveland council delays vote on downtown parking garage",
            "High school football: Poudre rallies past Fossil Ridge"])

_S1_GRID_BODY = """
Utilities facing wildfire enforcement actions got an unwelcome precedent this week. The Colorado
Supreme Court on Monday ruled 5-2 that the state Public Utilities Commission acted lawfully when
it counted each day of deferred vegetation work as a separate violation, upholding an $18.4M
penalty against Front Range Electric Co.

The case, Front Range Electric Co. v. Colorado Public Utilities Commission, turned on how to
read the state's civil penalty statute, which caps fines at $2,000 per violation but does not
say whether an ongoing failure is one violation or many.

The PUC's answer was many. Staff found the utility had skipped scheduled inspections on a
14-mile distribution segment west of Bellvue from 2020 through 2022 and had not trimmed the
corridor since 2019. Multiplying the affected spans by the days of noncompliance produced 9,200
violation-days; at the statutory maximum, that comes to $18.4M.

Front Range argued that the statute contemplated discrete acts and that the commission's
approach gave it "unbounded" discretion. Justice Teresa Okonkwo, writing for the majority,
rejected that argument, holding that the legislature "chose language that reaches continuing
conduct" and that the commission's own penalty guidelines supplied adequate limits.

Justice Marcus Lindqvist wrote the dissent. He argued that the majority read the statute in a
way that lets regulators "convert a per-violation ceiling into a blank check," and that
utilities would now struggle to price their enforcement risk.

[AD]

## What it means for the industry

Lawyers who follow utility enforcement said the opinion is likely to be cited well beyond
Colorado. Several Western states have penalty statutes with similar per-violation structures,
and regulators have focused increasingly on inspection and trimming backlogs since 2020.

"The per-day theory is now backed by a state supreme court, and that changes the negotiating
posture in every settlement conversation," said Elaine Marsh, a Denver-based regulatory attorney
who was not involved in the case. "Commissions will cite this."

Before this case, the largest penalty the Colorado PUC had imposed on an electric utility was
under $5M, according to commission records.

The ruling also leaves in place the PUC's decision to bar Front Range from recovering the
penalty in rates. The utility, which has about 212,000 customers, must pay within 90 days.

Front Range says it has invested $96 million in wildfire mitigation since the 2023 fire,
including 180 miles of covered conductor and a public safety power shutoff program it first used
in April 2024.

## Background

The Granite Creek fire ignited on Sept. 9, 2023, burned about 11,200 acres and destroyed 146
homes. The PUC issued its penalty order in June 2024. Separate negligence suits brought by more
than 300 plaintiffs remain pending in Larimer County District Court.

[BOX] <div class="related-inline"><strong>Related:</strong> <a href="#">Western utilities'
wildfire mitigation spending tops $20B, filings show</a></div>
"""

_S1_GRID = _wp(
    site="GridLine Report", tagline="Power, regulation and the business of the grid",
    url="https://gridlinereport.example/2025/10/21/colorado-supreme-court-per-day-penalty-"
        "front-range-electric/",
    headline="Colorado Supreme Court backs per-day penalty theory in Front Range Electric "
             "wildfire case",
    desc="The ruling upholds an $18.4M PUC penalty and gives regulators a powerful precedent.",
    published="2025-10-21T13:30:00+00:00", shown="October 21, 2025",
    byline="Priya Natarajan", category="Regulation", body=_S1_GRID_BODY,
    sidebar=["FERC approves interconnection queue reforms for Western grid operator",
             "Data-center load forecasts push utilities toward gas peakers",
             "Transmission permitting bill stalls in Senate committee"],
    newsletter="Get GridLine Daily, the morning briefing for utility professionals.")

_S1_HPPM_BODY = """
The Colorado Supreme Court has upheld a $14.8 million penalty against Front Range Electric
Company over the Granite Creek fire, which destroyed 146 homes in Larimer County two years ago.

The justices split 4-3 in the decision released Monday morning. The majority agreed with state
regulators that the utility's failure to inspect and trim trees along its lines amounted to a
violation for every day the problem went unaddressed, not to a single violation.

The fire started on September 9, 2023, when a power line sagged into a tree west of Bellvue. It
burned about 11,200 acres over nine days and killed two people.

[FIG] /media/2025/10/granite-creek-burn-scar.jpg | The Granite Creek burn scar west of Bellvue,
photographed in the spring of 2024. | High Plains Public Media

Commissioner Thomas Abernathy of the Colorado Public Utilities Commission, which brought the
case, welcomed the ruling. "Today's decision makes clear that vegetation management is not
optional for any utility that runs lines through this state's forests," Abernathy said.

Writing for the majority, Justice Teresa Okonkwo said a company that ignores its own inspection
schedule for years has not committed just one violation. "It has committed one every day the
hazard remained," she wrote.

The case hinged on the state's penalty statute, which allows the commission to fine a utility up
to $2,000 per violation. Front Range Electric argued that its failure to trim trees along one
stretch of line was a single, continuing violation, an interpretation that would have limited
the fine to a small fraction of what regulators imposed. Investigators found the company had put
off scheduled inspections along a 14-mile section of line for three years in a row.

In dissent, Justice Marcus Lindqvist said the decision hands regulators too much power to set
penalties without clear limits. He was joined by Justices Paula Iverson and Daniel Ruiz-Castro.

[AD]

Front Range Electric serves about 212,000 customers across northern Colorado. In a statement,
the company said it respects the court's decision and has spent $96 million on wildfire safety
since 2023. Under the commission's order, customers cannot be charged for the penalty.

Rachel Dunning, an attorney who represents dozens of the more than 300 people suing the utility
over the fire, said her team would be reading the opinion closely. "The court has now said, in
plain language, that this company let a known hazard sit there day after day," Dunning said.
"That matters to our clients." Those cases are set for trial in 2026.

The ruling comes as utilities across the West spend billions of dollars on tree-trimming, buried
lines and equipment upgrades to reduce the risk that their lines start fires. Colorado's most
destructive wildfire, the 2021 Marshall fire in Boulder County, destroyed more than 1,000 homes.

Some residents of the Granite Creek burn area have complained that state penalties do little for
the people who lost property. The penalty goes to a state wildfire mitigation fund rather than
to victims.

Jonah Whitaker reports on energy and the environment for High Plains Public Media from Fort Collins.
"""

_S1_HPPM = _hppm(
    url="https://www.hppm.example/environment/2025-10-20/colorado-supreme-court-upholds-front-"
        "range-electric-wildfire-fine",
    headline="Colorado Supreme Court upholds Front Range Electric's wildfire fine",
    desc="The justices agreed that each day of neglected tree-trimming was a separate "
         "violation.",
    published="2025-10-20T17:31:00-06:00", shown="October 20, 2025 at 5:31 PM MDT",
    byline="Jonah Whitaker", body=_S1_HPPM_BODY, listen="3:58",
    related=["Two years after Granite Creek, rebuilding is slow in Bellvue",
             "Utilities turn to power shutoffs as wildfire season lengthens",
             "What's in a wildfire mitigation plan?"])

STORY_1 = _story("court-UE1", "court", "2025-10-24", [
    _page("https://www.meridianwire.example/legal/colorado-high-court-upholds-wildfire-penalty-"
          "front-range-electric-2025-10-20/", _S1_WIRE),
    _page("https://www.frontrangesentinel.example/news/local/supreme-court-sides-with-puc-"
          "front-range-electric-must-pay/article_7c41e2a8.html", _S1_SENTINEL),
    _page("https://gridlinereport.example/2025/10/21/colorado-supreme-court-per-day-penalty-"
          "front-range-electric/", _S1_GRID),
    _page("https://www.hppm.example/environment/2025-10-20/colorado-supreme-court-upholds-"
          "front-range-electric-wildfire-fine", _S1_HPPM),
], [
    ("vote split", r"(?<![\d.])4 ?(?:[-–]|to) ?3(?![\d.])|four[- ]to[- ]three",
                   r"(?<![\d.])5 ?(?:[-–]|to) ?2(?![\d.])|five[- ]to[- ]two"),
    ("penalty amount", r"(?<![\d.])18\.4(?!\d)", r"(?<![\d.])14\.8(?!\d)"),
    ("deadline to pay the penalty", r"(?<![\d.])90[- ]days?|ninety[- ]days?",
                                    r"(?<![\d.])60[- ]days?|sixty[- ]days?"),
    ("who said the 'not optional' quote", r"solis", r"abernathy"),
])


# =============================================================================================
# Story 2 - court-UE2: Leeds Crown Court pension fraud sentencing (CONTROL: no disagreements)
# =============================================================================================

_S2_LEDGER_URL = ("https://www.northernledger.example/uk-news/2025/nov/14/harrogate-pension-"
                  "adviser-graham-pettifer-jailed-fraud")
_S2_ALBION_URL = "https://www.albion.example/news/articles/c9x2kq4m7vyo"
_S2_GAZETTE_URL = ("https://www.airedalegazette.example/news/crime/otley-pensioner-tells-court-"
                   "of-ruin-as-adviser-jailed-4471920")
_S2_BRIEF_URL = ("https://www.thebrief.example/criminal/fraud/pettifer-sentencing-what-the-"
                 "judge-did-with-the-fraud-guideline")

_S2_LEDGER_BODY = """
A former financial adviser who persuaded 143 savers to move their pensions into a "guaranteed"
bond fund and then spent much of the money on himself has been jailed for nine and a half years.

Graham Pettifer, 58, of Harrogate, took &pound;6.2m from clients of his Ilkley-based firm,
Wharfedale Retirement Planning, between March 2016 and November 2021, Leeds crown court heard.
Many were retired NHS workers, teachers and council staff who had been advised to transfer out
of defined-benefit schemes.

Sentencing him on Friday, Judge Simon Kerridge KC told Pettifer: "You treated your clients' life
savings as your own personal bank account." He said the harm done to victims, several of whom
have died since losing their money, was "incalculable".

Pettifer was convicted in August of five counts of fraud by abuse of position and one count of
money laundering after an 11-week trial. He was also disqualified from acting as a company
director for 12 years.

[AD]

The court heard that he used clients' money to buy a villa near Lagos on the Algarve, a share in
a racehorse and a Range Rover, and to pay withdrawals to earlier investors so that the fund
appeared to be performing as promised.

Margaret Hollins, 71, a retired primary school teacher from Otley, lost &pound;88,000. In a
statement read to the court she said: "I worked for 38 years so that I would not be a burden on
my children. Now I am."

His former office manager, Lisa Brannagh, 44, of Knaresborough, who was convicted of one count
of money laundering, received a 20-month prison sentence suspended for two years and was ordered
to complete 200 hours of unpaid work.

The prosecution was brought by the Financial Conduct Authority. Helen Ashdown, the regulator's
head of criminal prosecutions, said: "Mr Pettifer exploited the trust of people who had worked
hard all their lives and who came to him for honest advice about their retirement."

Rupert Hale KC, for Pettifer, told the court his client had shown genuine remorse and would
cooperate fully with confiscation proceedings. A confiscation hearing under the Proceeds of
Crime Act has been set for 3 March 2026.

The Financial Services Compensation Scheme has so far paid &pound;2.9m to 97 of the victims,
although its payouts are capped and many savers have recovered only part of what they lost.

The case is one of a string of prosecutions involving advisers who encouraged members of
defined-benefit pension schemes to give up guaranteed retirement incomes in the years after the
pension freedoms were introduced in 2015. The FCA has since tightened the rules on advice to
transfer out of such schemes.

Pettifer, who wore a grey suit and showed no visible reaction as the sentence was passed, was
led from the dock. Several of his victims, some of whom had travelled from as far as Cornwall,
applauded in the public gallery.
"""

_S2_LEDGER = _ledger(
    url=_S2_LEDGER_URL,
    headline="Pension adviser jailed for nine and a half years over \u00a36.2m fraud on 143 "
             "savers",
    standfirst="Graham Pettifer spent clients&#8217; retirement money on an Algarve villa and a "
               "racehorse, Leeds crown court told",
    published="2025-11-14T17:05:00Z", shown="Fri 14 Nov 2025 17.05 GMT",
    byline="Hannah Whitlock", role="North of England correspondent", section="Crime",
    body=_S2_LEDGER_BODY, lead_img="/img/2025/11/14/leeds-crown-court.jpg",
    lead_cap="Graham Pettifer arriving at Leeds crown court in August. Photograph: Ledger "
             "Pictures",
    related=["Pension transfer scandal: how savers were talked out of guaranteed incomes",
             "FCA fines adviser network over defined-benefit transfer failings",
             "Fraud victims face long wait for compensation, MPs told"])

_S2_ALBION_BODY = """
A financial adviser from Harrogate who defrauded 143 people out of their pension savings has
been jailed for nine years and six months.

Graham Pettifer, 58, took a total of &pound;6.2m from clients between 2016 and 2021, telling
them their money was going into a bond fund that offered guaranteed returns.

Instead, Leeds Crown Court heard, he spent it on a villa in Portugal, a share in a racehorse and
a luxury car, and used new deposits to pay earlier investors who asked for their money back.

Judge Simon Kerridge KC said the harm Pettifer had caused was "incalculable" and that many of
his victims would never recover financially.

[FIG] /images/2025/11/pettifer-court.jpg | Graham Pettifer was convicted after an 11-week trial
| Albion

"You treated your clients' life savings as your own personal bank account," the judge told him.
"They came to you because they wanted to be careful, and you took advantage of that care."

The court heard that Pettifer held free "retirement evenings" at a hotel in Ilkley, where he
told guests that their existing pension schemes were at risk and that his fund offered a safer
home for their money. The scheme collapsed in November 2021, when he stopped processing
withdrawals and clients began complaining to the regulator.

Pettifer, who ran Wharfedale Retirement Planning in Ilkley, was found guilty in August of five
counts of fraud by abuse of position and one of money laundering.

## 'I lie awake at night'

Derek Moss, 69, a retired bus driver from Keighley, lost &pound;142,000 - almost all of his pension.

Speaking outside court, he said: "I lie awake at night thinking about what I should have asked
him. He sat in my front room and drank my tea and told me it was safe."

Another victim, retired teacher Margaret Hollins, 71, from Otley, told the court in a written
statement that she had worked for 38 years so that she would not be a burden on her children.

[AD]

Pettifer's former office manager, Lisa Brannagh, 44, from Knaresborough, was given a 20-month
sentence, suspended for two years, for money laundering. She must also carry out 200 hours of
unpaid work.

The case was brought by the Financial Conduct Authority (FCA). Its head of criminal
prosecutions, Helen Ashdown, said Pettifer had "exploited the trust of people who had worked
hard all their lives".

His barrister, Rupert Hale KC, said Pettifer was genuinely remorseful.

Pettifer was also banned from being a company director for 12 years. Prosecutors will try to
recover money from him at a confiscation hearing on 3 March next year.

The Financial Services Compensation Scheme (FSCS) said it had paid out &pound;2.9m to 97 of
Pettifer's victims so far.

## What should I do if I'm worried about my pension?

The FCA says people should be wary of anyone who contacts them unexpectedly about their pension,
promises guaranteed or unusually high returns, or pressures them to make a quick decision.

Savers can check whether a firm or adviser is authorised on the FCA's online register.
"""

_S2_ALBION = _albion(
    url=_S2_ALBION_URL,
    headline="Harrogate financial adviser jailed over \u00a36.2m pension fraud",
    summary="Graham Pettifer took money from 143 savers and spent it on a villa, a racehorse "
            "and a luxury car.",
    published="2025-11-14T15:48:00Z", shown="14 November 2025",
    byline="Ravi Chandran", role="Albion News, Yorkshire", section="Leeds &amp; West Yorkshire",
    body=_S2_ALBION_BODY,
    related=["Harrogate", "Leeds Crown Court", "Financial Conduct Authority", "Pensions"])

_S2_GAZETTE_BODY = """
An Otley pensioner who lost &pound;88,000 to a crooked financial adviser has told a court how
the fraud left her dependent on her children.

Margaret Hollins, 71, a retired primary school teacher, was among 143 people who handed their
pension savings to Graham Pettifer, whose firm Wharfedale Retirement Planning had an office on
Ilkley's Brook Street.

Pettifer, 58, of Harrogate, was jailed for nine-and-a-half years at Leeds Crown Court on Friday
after being convicted in August of fraud and money laundering. He took a total of &pound;6.2
million from savers between March 2016 and November 2021.

In a statement read to the court by a prosecutor, Mrs Hollins said: "I worked for 38 years so
that I would not be a burden on my children. Now I am. My daughter pays my heating bill. I
cannot tell you how that feels."

At least 30 of Pettifer's victims live in Wharfedale and Airedale, the Gazette understands. Many
were introduced to him through friends, former colleagues or a series of free "retirement
evenings" he hosted at a hotel in Ilkley.

[AD]

Judge Simon Kerridge KC said Pettifer had deliberately targeted people who were cautious with
money and who trusted him because he was local and well known.

"You treated your clients' life savings as your own personal bank account," the judge said.

The court heard Pettifer spent investors' money on a villa in the Algarve, a share in a
racehorse and a Range Rover. When savers asked to withdraw money, he paid them with deposits
from newer clients.

The scheme collapsed in November 2021, when Pettifer stopped processing withdrawals and several
clients complained to the Financial Conduct Authority.

His former office manager, Lisa Brannagh, 44, of Knaresborough, was convicted of money
laundering and given a 20-month suspended sentence with 200 hours of unpaid work.

Pettifer has also been banned from acting as a company director for 12 years. A confiscation
hearing, at which prosecutors will seek to recover assets for victims, will take place on March
3, 2026.

Helen Ashdown, head of criminal prosecutions at the FCA, said: "Mr Pettifer exploited the trust
of people who had worked hard all their lives and who came to him for honest advice about their
retirement."

Some victims have received compensation from the Financial Services Compensation Scheme, which
has paid &pound;2.9 million to 97 people so far. Mrs Hollins said she had received part of her
money back but was still around &pound;30,000 short.

Otley councillor Ruth Barraclough, who has supported several victims, said: "These are people
who did everything right. The least they deserve now is to see every penny he has left returned
to them."

Anyone affected can contact the FCA's consumer helpline or visit the FSCS website for advice on
making a claim.
"""

_S2_GAZETTE = _local(
    site="Airedale &amp; Wharfe Gazette", domain="airedalegazette.example",
    tagline="News for Otley, Ilkley, Keighley and the dales",
    url=_S2_GAZETTE_URL,
    headline="Otley pensioner tells court of ruin as adviser is jailed for \u00a36.2m fraud",
    desc="Margaret Hollins, 71, lost \u00a388,000 to Harrogate adviser Graham Pettifer.",
    published=None, shown="Saturday 15 November 2025",
    byline="By Joe Whiteley, Chief Reporter", section="Crime", body=_S2_GAZETTE_BODY,
    weather="Otley 7&deg;C Light rain",
    nav=["News", "Crime", "Sport", "What's On", "Property", "Announcements", "Jobs"],
    obits="Family notices: announcements for Otley and Ilkley",
    recent=["Plans for 120 homes on edge of Burley refused",
            "Ilkley Lido to open for winter swimming trial",
            "Otley Town boss praises young side after cup run",
            "Road closures planned for Christmas light switch-on"])

_S2_BRIEF_BODY = """
Judge Simon Kerridge KC's sentencing remarks in R v Pettifer, delivered at Leeds Crown Court on
14 November, offer a clear illustration of how judges handle large-scale investment fraud that
sits far above the top of the Sentencing Council's fraud guideline.

Graham Pettifer, 58, a former independent financial adviser, was sentenced to nine years and six
months' imprisonment. A jury convicted him in August, after an 11-week trial, of five counts of
fraud by abuse of position, contrary to sections 1 and 4 of the Fraud Act 2006, and one count of
money laundering under the Proceeds of Crime Act 2002.

## The offending

Through his firm, Wharfedale Retirement Planning Ltd, Pettifer persuaded 143 clients to move
pension savings into what he described as a guaranteed bond fund. Between March 2016 and
November 2021 he took &pound;6.2m. Funds were used to buy a villa on the Algarve, a racehorse
share and a Range Rover, and to meet earlier investors' withdrawals.

The Financial Conduct Authority, which brought the prosecution, charged Pettifer in May 2024.

## Applying the guideline

The judge placed the fraud in culpability A, citing the abuse of a position of significant
trust, sophisticated concealment and the duration of the offending. Harm was category 1, for
which the guideline starting point (based on a loss of &pound;1m) is seven years' custody, with
a range of five to eight years.

[AD]

Two features took the case well beyond that range. The first was scale: the loss was more than
six times the figure on which the category 1 starting point is based. The second was victim
impact. The judge found that many victims were elderly, had lost most or all of their retirement
savings and had suffered serious distress, which placed the case in the highest level of harm.

"The harm you caused is incalculable," the judge said, noting that several victims had died
before trial.

There was no credit for plea. Mitigation advanced by Rupert Hale KC, including Pettifer's
previous good character and what counsel described as genuine remorse, was given limited weight
given the length and deliberation of the offending. Concurrent sentences were passed on each
count, with the lead fraud count carrying the full term, reflecting totality.

## Ancillary orders

Pettifer was disqualified from acting as a director for 12 years. Confiscation proceedings were
listed for 3 March 2026.

His co-defendant and former office manager, Lisa Brannagh, 44, was convicted of a single count
of money laundering. She received 20 months' imprisonment suspended for two years, with a
200-hour unpaid work requirement. The judge accepted that she had not devised the scheme and had
not been its principal beneficiary.

## Comment

The remarks sit comfortably with the Court of Appeal's repeated guidance that, in very large
frauds, the guideline ranges are a starting framework rather than a ceiling. Practitioners
advising clients facing similar allegations should note the weight placed on victim impact
statements, including that of Margaret Hollins, 71, who lost &pound;88,000.

Helen Ashdown, the FCA's head of criminal prosecutions, said after the hearing that the
regulator would "pursue every available asset" for the victims.
"""

_S2_BRIEF = _pro(
    site="The Brief", url=_S2_BRIEF_URL,
    headline="Pettifer sentencing: what the judge did with the fraud guideline",
    summary="A nine-and-a-half-year term for a \u00a36.2m pension fraud shows how far judges "
            "will go beyond category 1 ranges.",
    shown=None, published=None, byline="By Alistair Penrose, barrister, Hollin Chambers",
    topic="Criminal law", body=_S2_BRIEF_BODY,
    also=["Court of Appeal trims sentence in boiler-room share fraud",
          "Failure to prevent fraud offence: six months in",
          "Confiscation orders and the 'available amount' after Hussain"],
    footer="The Brief is published by Penrose Legal Media Ltd. Content is for information "
           "only and does not constitute legal advice.")

STORY_2 = _story("court-UE2", "court", "2025-11-20", [
    _page(_S2_LEDGER_URL, _S2_LEDGER),
    _page(_S2_ALBION_URL, _S2_ALBION),
    _page(_S2_GAZETTE_URL, _S2_GAZETTE),
    _page(_S2_BRIEF_URL, _S2_BRIEF),
], [])


# =============================================================================================
# Story 3 - quake-UE1: magnitude 6.7 earthquake off southern Peru (PLANTED)
# =============================================================================================

_S3_WIRE_URL = ("https://www.meridianwire.example/world/americas/strong-quake-kills-least-"
                "nine-southern-peru-2025-11-11/")
_S3_ALBION_URL = "https://www.albion.example/news/articles/c4e8mz1dd02o"
_S3_HERALD_URL = ("https://www.andeanherald.example/peru/2025/11/11/camana-counts-the-cost-"
                  "as-quake-leaves-nine-dead/")
_S3_NOTES_URL = ("https://seismicnotes.example/m6-7-southern-peru-earthquake-megathrust-"
                 "nazca-south-america/")

_S3_WIRE_BODY = """
LIMA, Nov 11 (Meridian Wire) - A magnitude 6.7 earthquake struck off the coast of southern Peru
before dawn on Tuesday, killing at least nine people, injuring more than 140 and damaging
hundreds of homes in the Arequipa region, authorities said.

The quake hit at 3:47 a.m. local time (0847 GMT) about 42 km (26 miles) southwest of the town of
Caman&aacute; at a depth of 35 km, according to the U.S. Geological Survey.

Peru's navy said the quake did not generate a tsunami threat for the Peruvian coast.

Carlos Ortega Benavides, head of Peru's National Civil Defense Institute (INDECI), told local
radio that the dead included a woman and her two children who were killed when the walls of
their adobe home collapsed in Caman&aacute;, and a truck driver whose vehicle was struck by
falling rocks on the Pan-American Highway.

"Our priority in the first hours is to reach the communities along the coast that we still
cannot reach by road," Ortega said.

Ortega said the army had been deployed to help deliver water, tents and blankets, and that teams
were checking damage to health centers in several districts. Residents of Arequipa, Peru's
second-largest city, were jolted awake and many ran into the streets, but authorities reported
no serious damage there.

[AD]

Landslides blocked several stretches of the Pan-American Highway South between Caman&aacute; and
Oco&ntilde;a, cutting one of the country's main freight routes to Chile. Transport officials
said one lane had reopened by early afternoon, but heavy trucks were still being held at
checkpoints.

About 1,200 homes were damaged, 310 of which were left uninhabitable, according to a preliminary
INDECI report. The bell tower of a colonial-era church on Caman&aacute;'s main square partially
collapsed.

Peru's Geophysical Institute (IGP) recorded more than 40 aftershocks in the first eight hours,
the strongest of magnitude 5.1.

Hernando Vilca, a seismologist at the IGP, told reporters the quake was an interplate event on
the contact between the Nazca and South American plates. He said there was no evidence it was a
precursor to a larger earthquake, but urged people in the south to remain prepared.

The government declared a 60-day state of emergency in the affected districts, allowing it to
fast-track spending on shelter and repairs. Schools were closed for the day in Caman&aacute; and
Caravel&iacute; provinces.

Mining companies operating in the region said their operations had not been affected. Peru is
the world's third-largest copper producer, and much of its output comes from the southern Andes.

Peru lies along the "Ring of Fire" belt, where the Nazca plate slides beneath the South American
plate. A magnitude 8.4 quake in the same region in June 2001 killed more than 100 people.

(Reporting by Diego Salazar in Lima; Additional reporting by Ana Beltr&aacute;n in Arequipa;
Editing by Paul Simao)
"""

_S3_WIRE = _meridian(
    url=_S3_WIRE_URL,
    headline="Strong quake kills at least nine in southern Peru, damages homes and highway",
    desc="A magnitude 6.7 earthquake struck off the coast of southern Peru on Tuesday, killing "
         "at least nine people.",
    published="2025-11-11T19:40:00Z", shown="November 11, 2025 7:40 PM UTC",
    byline="Diego Salazar", section="Americas", body=_S3_WIRE_BODY,
    most_read=["Dollar edges up ahead of U.S. inflation data",
               "Exclusive: Airline weighs order for up to 80 narrowbody jets",
               "Chile's copper output dips on mine maintenance",
               "Brazil's central bank signals rates to stay on hold"])

_S3_ALBION_BODY = """
At least nine people have died after a magnitude 6.7 earthquake struck southern Peru in the
early hours of Wednesday, officials say.

The quake hit at 03:47 local time (08:47 GMT), with its epicentre off the coast about 42km
south-west of the town of Caman&aacute;, the US Geological Survey (USGS) said. It struck at a
depth of 35km.

More than 140 people were injured, many of them hit by falling masonry as they fled their homes
in the dark.

Carlos Ortiz Benavides, head of Peru's civil defence institute (Indeci), said rescue teams were
still trying to reach coastal villages cut off by landslides.

"Our priority in the first hours is to reach the communities along the coast that we still
cannot reach by road," he said.

[FIG] /images/2025/11/camana-church.jpg | The bell tower of a church on Caman&aacute;'s main
square partially collapsed | Indeci handout

Footage shared on social media showed the damaged bell tower of the church on Caman&aacute;'s
main square, and families sleeping in the open in the plaza, wrapped in blankets.

Among the dead were a mother and her two children, whose adobe home collapsed in Caman&aacute;,
and a lorry driver whose vehicle was hit by falling rocks on the Pan-American Highway, officials
said.

Peru's government has declared a 60-day state of emergency in the worst-hit districts, and
schools in Caman&aacute; and Caravel&iacute; provinces were closed.

Peru's navy quickly ruled out a tsunami. Soldiers and rescue workers spent the day searching
damaged buildings in Caman&aacute; and nearby villages for anyone who might be trapped.

Around 1,200 homes were damaged and 310 are now uninhabitable, according to Indeci. Most of the
houses that collapsed were built of adobe, the sun-dried mud brick still common in rural Peru.

Landslides blocked parts of the Pan-American Highway between Caman&aacute; and Oco&ntilde;a, a
key route for lorries travelling to Chile.

[AD]

Peru's Geophysical Institute said more than 40 aftershocks had been recorded, the largest of
magnitude 5.1.

Hernando Vilca, a seismologist at Peru's Geophysical Institute, said there was no evidence that
the quake was a precursor to a larger one, but said people in the south should remain prepared.

Residents of Arequipa, Peru's second-largest city, were woken by the shaking and many ran into
the streets, although there were no reports of serious damage there.

## Why is Peru prone to earthquakes?

Peru lies on the Pacific Ring of Fire, a belt of intense seismic and volcanic activity around
the edges of the Pacific Ocean.

Off its coast, the Nazca tectonic plate is being pushed beneath the South American plate at a
rate of several centimetres a year. Strain builds up along the boundary between the two plates
and is released in earthquakes.

The same stretch of coast was hit by a magnitude 8.4 earthquake in June 2001, which killed more
than 100 people and destroyed thousands of homes in the Arequipa, Moquegua and Tacna regions.
"""

_S3_ALBION = _albion(
    url=_S3_ALBION_URL,
    headline="Peru earthquake: Nine dead as 6.7 quake hits Arequipa coast",
    summary="More than 140 people were injured and hundreds of homes damaged in southern Peru.",
    published="2025-11-11T14:22:00Z", shown="11 November 2025",
    byline="Lucia Ferreira", role="Albion News", section="Latin America", body=_S3_ALBION_BODY,
    related=["Peru", "Earthquakes", "Latin America"])

_S3_HERALD_BODY = """
The shaking began at 4:17 a.m., and for Julio Huam&aacute;n it seemed as if it would never end.

"I grabbed my two grandchildren and ran into the street. The noise was the worst part. It
sounded like the whole hill was coming down," said the 52-year-old fisherman, standing outside
his cracked adobe house on the outskirts of Caman&aacute; on Tuesday afternoon.

At least nine people were killed and more than 140 injured when the magnitude 6.7 earthquake
struck off the coast of the Arequipa region, according to Peru's National Institute of Civil
Defence (Indeci). The Geophysical Institute of Peru (IGP) located the epicentre in the sea about
42 kilometres south-west of Caman&aacute;, at a depth of 35 kilometres.

Among the dead were a mother and her two children in Caman&aacute; and a lorry driver whose
vehicle was crushed by rocks on the Pan-American Highway South, officials said.

[FIG] /fotos/2025/11/camana-plaza.jpg | Residents gather in Caman&aacute;'s main square after
the earthquake. | Andean Herald / Rosa Mamani

Indeci's head, Carlos Ortiz Benavides, travelled to Caman&aacute; by helicopter in the morning.
"We have teams on the ground in every district, and the army is helping us with water and
tents," he told reporters in the town's main square, where the bell tower of the church had
partly fallen.

He said his priority in the first hours was to reach "the communities along the coast that we
still cannot reach by road."

[AD]

The government declared a 60-day state of emergency in 12 districts of the Caman&aacute;,
Caravel&iacute; and Islay provinces. The decree allows regional authorities to buy emergency
supplies without the usual tendering rules.

According to Indeci's preliminary figures, about 1,200 homes were damaged and 310 were declared
uninhabitable. In the rice-growing valley around Caman&aacute;, farmers reported cracked
irrigation channels.

The Pan-American Highway South remained partly blocked by landslides between Caman&aacute; and
Oco&ntilde;a, with long queues of lorries heading south towards Chile. One lane was reopened in
the early afternoon.

## 'Not a precursor'

Hernando Vilca, a seismologist at the IGP, said the earthquake was an interplate event, on the
contact between the Nazca and South American plates.

"There is no evidence that this event is a precursor to a larger one, but the population of the
south must remain prepared, because this is a coast that has produced very large earthquakes,"
Vilca said. The institute had recorded more than 40 aftershocks by midday, the largest of
magnitude 5.1.

Older residents of Caman&aacute; compared the quake to the magnitude 8.4 earthquake of June
2001, which killed more than 100 people in southern Peru and generated a tsunami that struck the
Caman&aacute; coast.

Classes were suspended on Tuesday in Caman&aacute; and Caravel&iacute; provinces. Peru's navy
said there was no tsunami threat.

In Huam&aacute;n's neighbourhood, families were preparing to spend the night outdoors. "The
house is standing, but who wants to sleep inside?" he said.
"""

_S3_HERALD = _andean(
    url=_S3_HERALD_URL,
    headline="Caman\u00e1 counts the cost as 6.7 quake leaves nine dead",
    deck="Landslides cut the Pan-American Highway and 310 homes are declared uninhabitable",
    shown="Tuesday, November 11, 2025", published="2025-11-11",
    byline="By Gabriela Quispe, in Caman&aacute;", body=_S3_HERALD_BODY,
    more=["Lima metro Line 2 to open three new stations in December",
          "Congress approves pension withdrawal bill at first reading",
          "Machu Picchu ticket system to change from January"])

_S3_NOTES_BODY = """
A magnitude 6.7 earthquake struck offshore southern Peru at 08:47 UTC on 11 November (3:47 a.m.
local time), about 42 km south-west of Caman&aacute; in the Arequipa region. The USGS places the
hypocentre at a depth of about 53 km, and its W-phase moment tensor shows a shallow-dipping
thrust mechanism, striking roughly parallel to the trench.

That combination of location, depth and mechanism points clearly to slip on the megathrust: the
plate-boundary fault where the Nazca plate descends beneath South America. It is the kind of
earthquake this margin produces most often.

[FIG] /wp-content/uploads/2025/11/peru-m67-map.png | Epicentre of the 11 November earthquake
(star) with the rupture zone of the 2001 M8.4 event outlined. | Seismic Notes, base map from
public-domain data

## Tectonic setting

Along southern Peru, the Nazca plate converges with South America at roughly 6 to 7 cm per year.
Much of that motion is stored as elastic strain on the locked part of the megathrust and
released in earthquakes, from frequent moderate events like this one to occasional great
ruptures.

The 11 November event sits near the north-western end of the rupture zone of the M8.4 Arequipa
earthquake of 23 June 2001. That earthquake ruptured roughly 300 km of the plate boundary,
killed more than 100 people and produced a tsunami that caused deaths along the coast near
Caman&aacute;.

Further south lies the zone of the great 1868 earthquake, which is generally estimated at
magnitude 8.5 to 9 and which has not produced a comparable rupture since. Moderate events like
this one do not "relieve" a significant fraction of the strain accumulated over a century and a
half, a point that is often misunderstood in public discussion.

[AD]

## Aftershocks and what to expect

Peru's Geophysical Institute (IGP) reported more than 40 aftershocks in the first eight hours,
the largest a M5.1. That is a fairly normal sequence for a shallow thrust event of this size.
Standard aftershock statistics suggest a small chance, on the order of a few per cent, of a
later earthquake in the sequence being larger than the mainshock; the rate of aftershocks will
decay over days to weeks.

The IGP has described the earthquake as an interplate event and has said there is no evidence it
is a precursor to a larger rupture, which is consistent with the observations so far.

## Impacts

The shaking was strong in Caman&aacute; and along the coast towards Oco&ntilde;a, where
landslides blocked the Pan-American Highway. Peruvian authorities report at least nine deaths
and more than 140 injuries, with about 1,200 homes damaged. Many of the collapsed buildings were
unreinforced adobe, a construction type that performs poorly in strong shaking and accounts for
a large share of earthquake deaths in the Andes.

No tsunami was generated, which is consistent with the moderate magnitude: thrust earthquakes
generally need to be well above M7 to generate damaging tsunamis.

## Data sources

Event parameters are from the USGS event page (reviewed solution) and IGP bulletins. Magnitudes
and locations may be revised as more data are analysed. I will update this post if the sequence
changes significantly.
"""

_S3_NOTES = _wp(
    site="Seismic Notes", tagline="Earthquakes explained, one event at a time",
    url=_S3_NOTES_URL,
    headline="M6.7 southern Peru earthquake: a megathrust event at the Nazca-South America "
             "interface",
    desc="Location, depth and mechanism of the 11 November earthquake off Caman\u00e1, and what "
         "comes next.",
    published=None, shown=None, byline="Dr. Helen Marsh-Tobin", category="Earthquakes",
    body=_S3_NOTES_BODY,
    sidebar=["Why magnitude estimates change in the first hour",
             "The 1868 Arica earthquake: what we know",
             "Aftershock forecasts, explained"],
    newsletter="New posts by email, usually within a day of a significant earthquake.",
    lang="en-GB")

STORY_3 = _story("quake-UE1", "earthquake", "2025-11-13", [
    _page(_S3_WIRE_URL, _S3_WIRE),
    _page(_S3_ALBION_URL, _S3_ALBION),
    _page(_S3_HERALD_URL, _S3_HERALD),
    _page(_S3_NOTES_URL, _S3_NOTES),
], [
    ("depth of the quake", r"(?<![\d.])35 ?(km|kilomet)", r"(?<![\d.])53 ?(km|kilomet)"),
    ("local time of the quake", r"(?<![\d:.])0?3[:.]47(?!\d)", r"(?<![\d:.])0?4[:.]17(?!\d)"),
    ("weekday of the quake", r"tuesday", r"wednesday"),
    ("civil defence chief's name", r"ortiz", r"ortega"),
])


# =============================================================================================
# Story 4 - rocket-UE1: first orbital launch from Shetland (CONTROL: no disagreements)
# =============================================================================================

_S4_ORBITAL_URL = ("https://www.orbitaldispatch.example/2026/02/14/arcturus-tern-reaches-"
                   "orbit-saxavord-second-attempt/")
_S4_NIT_URL = ("https://www.northernislestimes.example/news/unst-cheers-as-tern-rocket-"
               "reaches-orbit-from-lamba-ness")
_S4_ALBION_URL = "https://www.albion.example/news/articles/c0r7tn5k2pqo"
_S4_WIRE_URL = ("https://www.meridianwire.example/business/aerospace-defense/british-startup-"
                "reaches-orbit-shetland-spaceport-2026-02-14/")

_S4_ORBITAL_BODY = """
Arcturus Launch Systems put three satellites into orbit on Saturday with the second flight of
its Tern rocket, the first orbital launch from British soil and a much-needed success for the
UK's nascent vertical-launch industry.

Tern lifted off from SaxaVord Spaceport's Lamba Ness pad on Unst, Shetland, at 10:42 GMT. The
launch window had opened at 10:15, but the count was held for 27 minutes while a fishing vessel
cleared the range exclusion zone to the north of the island.

The 21-metre rocket's first stage, powered by seven kerosene-fuelled Wren engines, burned for
about two and a half minutes before separating. A single vacuum-optimised Wren on the second
stage then carried the payloads to a roughly 525 km sun-synchronous orbit, inclined at 97.5
degrees. Arcturus confirmed deployment of all three spacecraft 9 minutes 40 seconds after
lift-off.

[FIG] /media/2026/02/tern-f2-liftoff.jpg | Tern lifts off from Lamba Ness on its second flight.
| Arcturus Launch Systems

## Payloads

The primary payload was Puffin-1, a 52 kg ship-tracking satellite for Nordlys Maritime of
Bergen. It flew alongside Scaup-A and Scaup-B, a pair of 6U cubesats built by Glasgow start-up
Kittiwake Space to demonstrate inter-satellite radio links. Together the three spacecraft
weighed 86 kg, well below Tern's advertised capacity of 250 kg to sun-synchronous orbit.

Nordlys said on Saturday afternoon that it had made contact with Puffin-1 during its first pass
over a ground station in northern Norway.

## Return to flight

The success comes eight months after Tern's debut ended in failure. On 21 June 2025 the
second-stage engine shut down 41 seconds early, leaving the vehicle short of orbital velocity,
and the upper stage and its dummy payload fell into the sea. Arcturus traced the fault to a
fuel-line valve that closed prematurely and redesigned the valve and its control software.

"Today we proved that Britain can put satellites into orbit from its own soil," Arcturus chief
executive Dr Ingrid Halvorsen said in a statement. "I am enormously proud of a team that looked
at a failure eight months ago and simply refused to stop."

[AD]

## What comes next

Edinburgh-based Arcturus, which employs 240 people, raised &pound;68m in a Series B round in
2024. Halvorsen said the company intends to fly again later this year and is targeting six
launches in 2027, with the firm's order book now including customers in Norway, Germany and
Japan.

The flight is also a milestone for SaxaVord, which received its spaceport licence from the Civil
Aviation Authority in January 2024 and has spent years waiting for a vehicle ready to fly. "Unst
has waited a long time for this morning," said Callum Reid, the spaceport's managing director.

Europe's small-launch sector has had a difficult few years, with several start-ups running short
of money before reaching orbit. Saturday's flight makes Arcturus one of a handful of European
companies to have reached orbit with a commercially developed rocket.
"""

_S4_ORBITAL = _orbital(
    url=_S4_ORBITAL_URL,
    headline="Arcturus Tern reaches orbit from SaxaVord on second attempt",
    desc="Three satellites deployed into sun-synchronous orbit in the first orbital launch from "
         "British soil.",
    published="2026-02-14T11:58:00Z", shown="14 February 2026, 11:58 UTC",
    byline="Eilidh Forsyth", body=_S4_ORBITAL_BODY,
    upcoming=["16 Feb &ndash; Ariane 6 &ndash; Kourou", "18 Feb &ndash; Falcon 9 &ndash; "
              "Vandenberg", "21 Feb &ndash; Electron &ndash; Mahia"])

_S4_NIT_BODY = """
Cheers rang out across the hillsides of northern Unst on Saturday morning as the Tern rocket
climbed from Lamba Ness and became the first rocket to reach orbit from the UK.

Around 600 people, many of them island residents, braved a cold north-westerly to watch from
viewing areas above Norwick and Skaw. Pupils from Baltasound Junior High School had been given
permission to watch from the school playing field.

Lift-off came at 10:42, after a 27-minute hold while a fishing boat moved out of the exclusion
zone. Within minutes the rocket had disappeared into the cloud, and about ten minutes after
launch Arcturus Launch Systems confirmed that all three satellites on board had been released
into orbit.

[FIG] /images/2026/02/unst-crowd.jpg | Spectators above Norwick watch the launch on Saturday. |
Northern Isles Times

"Unst has waited a long time for this morning," said Callum Reid, managing director of SaxaVord
Spaceport, who watched from the control centre. "There are people here who have been told for
the best part of a decade that this would happen, and today it did."

For many islanders the launch was a relief after the disappointment of last summer, when Tern's
first flight on 21 June failed to reach orbit after its second-stage engine cut out 41 seconds
early.

Margaret Jamieson, who runs a guest house in Haroldswick, said every room had been booked for
the launch window. "We've had people from Aberdeen, from Norway, a couple from Texas," she said.
"You don't expect that in February."

[AD]

The spaceport now employs around 70 people on Unst, and the Shetland Islands Council has said
the site could support several hundred jobs across Shetland if launches become regular.

The 21-metre rocket carried a ship-tracking satellite for the Bergen firm Nordlys Maritime and
two small satellites for Glasgow-based Kittiwake Space, 86kg of payload in total.

Dr Ingrid Halvorsen, chief executive of Edinburgh-based Arcturus, thanked islanders for their
patience. "Today we proved that Britain can put satellites into orbit from its own soil, and we
could not have done it without the people of Unst," she said.

At Baltasound, head teacher Alison Mouat said pupils had followed the countdown on a big screen
in the assembly hall before going outside to watch the rocket climb. "Some of them had made
their own rockets out of cardboard tubes," she said. "They will remember this for the rest of
their lives."

Arcturus employs 240 people, most of them in Edinburgh, and keeps a small team permanently based
on Unst.

Not everyone has welcomed the spaceport. Some residents and conservation groups have raised
concerns about the impact on seabird colonies at Hermaness and on the island's quiet way of
life, and the RSPB said it would continue to monitor breeding sites near the launch area.

Arcturus hopes to launch again from Unst later this year.
"""

_S4_NIT = _local(
    site="Northern Isles Times", domain="northernislestimes.example",
    tagline="Shetland's news, every week since 1897",
    url=_S4_NIT_URL,
    headline="Unst cheers as Tern rocket reaches orbit from Lamba Ness",
    desc="Hundreds watched as the first orbital launch from British soil lifted off from "
         "SaxaVord.",
    published=None, shown="14 February 2026",
    byline="By Kirsty Manson", section="News", body=_S4_NIT_BODY,
    weather="Lerwick 4&deg;C Fresh breeze",
    nav=["News", "Sport", "Business", "Community", "Ferries &amp; Flights", "Notices",
         "Jobs"],
    obits="Ferry update: NorthLink sailings on schedule",
    recent=["Council budget: ferry fares to rise by 3 per cent",
            "Up Helly Aa: Jarl squad's galley burns bright in Lerwick",
            "New fish market opens at Scalloway",
            "Yell pupils take top prize in national science contest"])

_S4_ALBION_BODY = """
A rocket launched from Shetland has become the first to reach orbit from British soil, placing
three satellites into space.

The Tern rocket, built by Edinburgh-based Arcturus Launch Systems, lifted off from SaxaVord
Spaceport on the island of Unst at 10:42 GMT on Saturday.

It was the company's second attempt. Its first launch, in June last year, failed when an engine
on the rocket's upper stage shut down early.

Dr Ingrid Halvorsen, chief executive of Arcturus, said: "Today we proved that Britain can put
satellites into orbit from its own soil."

[FIG] /images/2026/02/tern-launch.jpg | The Tern rocket is 21m tall | Arcturus Launch Systems

The rocket carried three satellites with a combined weight of 86kg. They were released into an
orbit about 525km above the Earth roughly ten minutes after lift-off.

The largest, Puffin-1, will track ships at sea for a Norwegian company.

The satellites were placed into what is known as a sun-synchronous orbit, which passes close to
the poles and lets a satellite fly over any given spot on Earth at the same local time each day,
which is useful for watching shipping and weather.

The Tern rocket's first stage is powered by seven engines burning kerosene and liquid oxygen.
The company, which raised &pound;68m from investors in 2024, says it aims to carry out six
launches in 2027. The other two are small test satellites made by a start-up in Glasgow.

A spokesperson for the Department for Science, Innovation and Technology said the launch was "a
landmark moment for the UK space sector", adding that it showed "what British engineering can
achieve".

## A long wait

The UK has built rockets before. In 1971 the Black Arrow rocket launched the Prospero satellite
into orbit, but it lifted off from Woomera in Australia rather than from the UK.

In 2023, a satellite mission launched by Virgin Orbit from Cornwall failed to reach orbit. That
rocket was carried aloft under the wing of a modified jumbo jet, rather than launched vertically
from the ground.

[AD]

The Civil Aviation Authority, which regulates launches from the UK, said it had worked closely
with the company and the spaceport in the run-up to the flight.

SaxaVord, on the northern tip of Shetland, was granted a licence to operate as a spaceport in
January 2024.

Arcturus employs 240 people. Its first launch, on 21 June 2025, ended when the rocket's
second-stage engine stopped 41 seconds too soon and the vehicle fell into the sea.

The launch window had opened at 10:15 GMT, but the countdown was held for 27 minutes because a
fishing boat was inside the area that must be kept clear during a launch.

Hundreds of people gathered on Unst to watch, many of them islanders who have followed the
spaceport's development for years.

Callum Reid, managing director of SaxaVord, said: "Unst has waited a long time for this morning."

The company says it plans another launch later this year.
"""

_S4_ALBION = _albion(
    url=_S4_ALBION_URL,
    headline="Shetland rocket becomes first to reach orbit from UK soil",
    summary="Arcturus Launch Systems' Tern rocket placed three satellites into orbit after "
            "lifting off from Unst.",
    published="2026-02-14T12:31:00Z", shown="14 February 2026",
    byline="Fergus MacLeod", role="Albion Scotland science correspondent",
    section="Science &amp; Environment", body=_S4_ALBION_BODY,
    related=["Space exploration", "Shetland", "Scottish economy"])

_S4_WIRE_BODY = """
LONDON, Feb 14 (Meridian Wire) - British startup Arcturus Launch Systems reached orbit for the
first time on Saturday, launching three small satellites from a spaceport in Scotland's Shetland
Islands in what the company called the first orbital launch from British soil.

The company's 21-meter (69-foot) Tern rocket lifted off from SaxaVord Spaceport on the island of
Unst at 5:42 a.m. EST (1042 GMT), and deployed its payloads into a 525-km (326-mile)
sun-synchronous orbit about 10 minutes later, the company said.

The flight came eight months after Tern's first launch attempt, on June 21, 2025, failed when
the second-stage engine shut down 41 seconds early.

Liftoff was delayed by 27 minutes after a fishing vessel strayed into the range exclusion zone
north of the island, the company said. Arcturus traced the failure of its first flight to a
fuel-line valve on the second stage that closed prematurely, and redesigned the part and its
control software.

"Today we proved that Britain can put satellites into orbit from its own soil," Chief Executive
Ingrid Halvorsen said in a statement.

[AD]

The success is a boost for Britain's efforts to build a domestic launch industry, which has been
hit by setbacks including the 2023 failure and subsequent bankruptcy of Virgin Orbit, which had
attempted an air-launched mission from Cornwall.

Arcturus, based in Edinburgh, has 240 employees and raised 68 million pounds ($92 million) in a
Series B funding round in 2024. It is competing with a cluster of European startups seeking to
offer dedicated launches for small satellites, a market dominated by U.S. companies.

The company said it planned to fly again later this year and was targeting six launches in 2027.

Saturday's payload comprised Puffin-1, a ship-tracking satellite for Norway's Nordlys Maritime,
and two cubesats for Glasgow-based Kittiwake Space, with a combined mass of 86 kg (190 pounds).

"Customers want to see a vehicle that has flown, not a vehicle that will fly," said Lars
Eikeland, chief executive of Nordlys Maritime. "As of this morning, Tern has flown."

Analysts said a successful second flight should help Arcturus attract further investment but
cautioned that the company would need a steady launch cadence to compete on price.

"One success doesn't make a business," said Sophie Garnier, a space industry analyst at
Paris-based consultancy Orbitale Conseil. "The test now is whether they can fly three or four
times a year, reliably."

The rocket's first stage is powered by seven kerosene-fueled engines. Britain's government has
backed the development of spaceports in Scotland and Cornwall as part of a strategy to win a
share of the growing market for launching small satellites.

SaxaVord, on the northern tip of Unst, received its spaceport license from Britain's Civil
Aviation Authority in January 2024.

(Reporting by Oliver Brandt; Editing by Jan Harvey)
"""

_S4_WIRE = _meridian(
    url=_S4_WIRE_URL,
    headline="British startup Arcturus reaches orbit from Shetland spaceport",
    desc="Arcturus Launch Systems launched three satellites from Scotland's Shetland Islands.",
    published="2026-02-14T13:05:00Z", shown="February 14, 2026 1:05 PM UTC",
    byline="Oliver Brandt", section="Aerospace &amp; Defense", body=_S4_WIRE_BODY,
    most_read=["Dollar heads for weekly loss as traders price in rate cuts",
               "Exclusive: Satellite operator explores sale of broadband unit",
               "Oil set for weekly gain on supply worries",
               "Europe's defence stocks extend rally"])

STORY_4 = _story("rocket-UE1", "rocket", "2026-02-17", [
    _page(_S4_ORBITAL_URL, _S4_ORBITAL),
    _page(_S4_NIT_URL, _S4_NIT),
    _page(_S4_ALBION_URL, _S4_ALBION),
    _page(_S4_WIRE_URL, _S4_WIRE),
], [])


# =============================================================================================
# Story 5 - cb-UE1: Czech National Bank cuts its main rate (PLANTED)
# =============================================================================================

_S5_LEDGER_URL = ("https://www.northernledger.example/business/2026/feb/05/czech-national-"
                  "bank-cuts-interest-rates-inflation-cools")
_S5_BPD_URL = "https://basispointdaily.example/2026/02/05/cnb-cuts-25bp-to-3-25-kolar/"
_S5_VLTAVA_URL = ("https://www.vltavabusiness.example/economy/cnb-cuts-rates-mortgage-"
                  "holders-breathe-easier-21843")

_S5_LEDGER_BODY = """
The Czech National Bank cut interest rates on Thursday for the first time since May, saying a
long-awaited slowdown in services inflation had given it room to ease policy.

The bank's seven-member board voted by five votes to two to lower its main two-week repo rate by
a quarter of a percentage point to 3.25 per cent. The two dissenting members favoured leaving
borrowing costs unchanged.

Inflation in the Czech Republic slowed to 2.3 per cent in December, close to the central bank's
2 per cent target, after stubbornly high prices for services, from restaurant meals to rents,
had kept policymakers cautious for most of last year.

Services inflation, which had run above 4 per cent for most of the past three years, dipped
below that level in December, according to the bank. Economists had been divided ahead of the
meeting, with many expecting policymakers to wait until the spring, when they will have fresh
inflation data for January and February.

Martin Kol&aacute;&#345;, the bank's governor, told a press conference in Prague: "The
disinflation in services has finally arrived, and that gave the board the room to move." But he
warned against reading too much into the decision. "I want to be clear: this is not the start of
a rapid easing cycle," he said.

[AD]

The koruna weakened slightly after the announcement, trading at 24.41 to the euro compared with
24.35 beforehand, as some investors had expected the bank to hold rates for another month.

The CNB's new quarterly forecast, also published on Thursday, projects inflation averaging 2.1
per cent this year and economic growth of 2.4 per cent, helped by a recovery in household
spending. The forecast is consistent with interest rates falling to about 3 per cent by the end
of the year, the bank said.

Kol&aacute;&#345; pointed to wage growth as the main risk. Nominal wages rose 7.1 per cent in
the third quarter of last year, well ahead of productivity, and the governor said the board
would watch this spring's collective wage agreements closely.

Jana Proch&aacute;zkov&aacute;, chief economist at Moravia Capital in Brno, said the bank's
message was clear. "The board is telling markets: one cut, then we wait and see. Anyone pricing
in a cut at every meeting will be disappointed," she said.

The Czech central bank cut rates aggressively in 2024 as inflation fell back from a peak of 18
per cent in 2022, but paused for much of 2025 as price growth in services proved sticky. The
European Central Bank, whose policy strongly influences Czech financial conditions, has kept its
deposit rate at 2 per cent since June.

The lower repo rate also brings down the CNB's discount rate to 2.25 per cent and its Lombard
rate to 4.25 per cent.

The board's next monetary policy meeting is scheduled for 19 March.
"""

_S5_LEDGER = _ledger(
    url=_S5_LEDGER_URL,
    headline="Czech central bank cuts interest rates as inflation cools",
    standfirst="Governor Martin Kol&aacute;&#345; says the quarter-point cut is &#8216;not the "
               "start of a rapid easing cycle&#8217;",
    published="2026-02-05T15:20:00Z", shown="Thu 5 Feb 2026 15.20 GMT",
    byline="Tom Ashcroft", role="Europe economics correspondent", section="Business",
    body=_S5_LEDGER_BODY, lead_img="/img/2026/02/05/cnb-prague.jpg",
    lead_cap="The Czech National Bank&#8217;s headquarters in Prague. Photograph: Ledger "
             "Pictures",
    related=["Eurozone inflation edges down to 1.9% in January",
             "Poland's central bank holds rates despite falling inflation",
             "Hungary's forint slides after surprise rate decision"])

_S5_BPD_BODY = """
The Czech National Bank (CNB) delivered a 25bp cut on Thursday, taking the two-week repo rate to
3.25 pct. The board voted 6-1, with one member preferring to hold. The discount and Lombard
rates move in step, to 2.25 pct and 4.25 pct respectively.

[BOX] <div class="key-takeaways"><h4>Key takeaways</h4><ul><li>Repo rate cut 25bp to 3.25 pct,
first move since May 2025</li><li>Vote 6-1; one member for no change</li><li>Governor
Kol&aacute;&#345;: "not the start of a rapid easing cycle"</li><li>New forecast: CPI averaging
2.1 pct in 2026, GDP +2.4 pct</li><li>Next decision: Mar. 26</li></ul></div>

The decision was not a consensus call. Of 22 economists surveyed by Basis Point Daily last week,
14 expected the CNB to keep rates on hold until March, citing strong wage growth and the bank's
repeated warnings about services inflation.

What changed the board's mind was the December inflation print. Headline CPI slowed to 2.3 pct
y/y, and services inflation fell below 4 pct for the first time in more than three years,
according to the bank's statement.

"The disinflation in services has finally arrived, and that gave the board the room to move,"
Governor Martin Kol&aacute;&#345; told reporters. He added that the board was "not on autopilot"
and would take decisions "meeting by meeting".

[AD]

The statement also noted that core inflation, which strips out food and energy, eased in
December, and that a stable koruna had helped to keep import prices in check. The board said it
saw risks to the inflation outlook as "broadly balanced" for the first time since 2021.

## Forecast implies a slow path

The new staff forecast sees inflation averaging 2.1 pct this year, with GDP growth of 2.4 pct.
The forecast's interest-rate path is consistent with rates easing to roughly 3 pct by year-end,
implying perhaps one more 25bp cut in 2026, not the three or four some in the market had priced.

Kol&aacute;&#345; flagged wages as the main upside risk. Nominal wage growth was 7.1 pct y/y in
Q3 2025, and the governor said the board "will not ignore" any acceleration in this spring's
wage settlements.

## Market reaction

EUR/CZK ticked up to 24.41 from 24.35 before the decision, while the two-year CZK swap rate fell
about 6bp. Czech government bond yields were slightly lower across the curve.

"This is a hawkish cut," said Tom&aacute;&scaron; Dvo&#345;&aacute;k, CEE strategist at Danube
Street Securities. "They took the opportunity that December's CPI gave them, but the guidance is
very clearly 'don't get carried away'. We keep our call for one more cut, in Q2."

The ECB's deposit rate remains at 2 pct, leaving the CZK carry still attractive relative to the
euro even after today's move.

## Calendar

The CNB's next monetary policy meeting is on Mar. 26, when the board will have January and
February inflation data in hand. Minutes of Thursday's meeting, including how each member voted,
are due next Friday.
"""

_S5_BPD = _wp(
    site="Basis Point Daily", tagline="Rates, FX and central banks, in plain numbers",
    url=_S5_BPD_URL,
    headline="CNB cuts 25bp to 3.25 pct on 6-1 vote; Kol\u00e1\u0159 says no rapid easing "
             "cycle",
    desc="The Czech National Bank cut its two-week repo rate to 3.25 pct.",
    published="2026-02-05T14:02:00+00:00", shown="Feb. 5, 2026 at 14:02 GMT",
    byline="R. Okafor", category="Central Banks", body=_S5_BPD_BODY,
    sidebar=["NBP preview: rates on hold, focus on March projection",
             "BoE: three things to watch in today's minutes",
             "FX weekly: CEE currencies firm as dollar softens"],
    newsletter="The BPD Morning Note: every central bank decision, before your first coffee.")

_S5_VLTAVA_BODY = """
The CNB's board cut the main interest rate by 0.25 percentage points to 3.25% on Thursday, in a
five-to-two vote. It is the first reduction since May last year and is likely to nudge mortgage
rates lower in the coming weeks.

Governor Martin Kol&aacute;&#345; said inflation in services, which had long worried the central
bankers, had finally started to slow. Headline inflation eased to 2.8% in December.

"The disinflation in services has finally arrived, and that gave the board the room to move,"
Kol&aacute;&#345; said at a press conference at the bank's headquarters on Na
P&#345;&iacute;kop&#283; street. He added that households should not expect a rapid fall in
borrowing costs. "This is not the start of a rapid easing cycle."

[FIG] /foto/2026/02/kolar-tk.jpg | CNB governor Martin Kol&aacute;&#345; at Thursday's press
conference. | V&#283;ra Hor&aacute;kov&aacute;, Vltava Business Daily

## What it means for mortgages

For the roughly 400,000 Czech households whose mortgage fixations expire this year, the cut is
good news, though banks are likely to pass it on only gradually. The average rate on new
mortgages stood at 4.6% in December, according to the CNB.

"We expect mortgage rates to fall by around one or two tenths of a percentage point in the
spring, not more," said Petr Hude&#269;ek, spokesman for the Czech Banking Association. "Banks'
funding costs depend on longer-term rates, and those were already lower before today's
decision."

Real-estate developers welcomed the cut. "Demand for new flats in Prague has been strong for a
year, and this will support it further," said Lucie Mare&scaron;ov&aacute; of developer
Vltavsk&aacute; Reality, which is building around 900 flats in Prague's Libe&ntilde; and
Hole&scaron;ovice districts.

[AD]

## New forecast

The bank's new forecast expects inflation to average 2.1% in 2026 and the economy to grow by
2.4%. It is consistent with interest rates falling to about 3% by the end of the year.

The koruna weakened slightly after the decision, to CZK 24.41 per euro from 24.35 before it was
announced. Traders said the reaction was muted because a cut had been at least partly priced in.

Kol&aacute;&#345; said the main risk was wages, which rose 7.1% in nominal terms in the third
quarter of 2025. The two board members who voted against the cut preferred to wait for more
evidence that wage growth was slowing, he said.

Exporters welcomed the move. "Manufacturers have been waiting months for this signal, and we
hope it will not be the last," said Radek &Scaron;imek, chief economist at the Association of
Czech Exporters. Several economists had expected the bank to wait until its March meeting, when
fresh data for January and February will be available, and some said the board's cautious tone
made a second cut in March unlikely.

The discount rate falls to 2.25% and the Lombard rate to 4.25%. The board will next discuss
monetary policy on 26 March.
"""

_S5_VLTAVA = _vltava(
    url=_S5_VLTAVA_URL,
    headline="CNB cuts rates for first time since May; mortgage holders breathe easier",
    perex="The Czech National Bank lowered its key rate to 3.25%, but governor Martin "
          "Kol&aacute;&#345; warned against expecting a rapid series of cuts.",
    shown="5 February 2026, 16:40", byline="Jakub Sedl&aacute;&#269;ek", body=_S5_VLTAVA_BODY,
    read_also=["&#352;koda Auto plans record output at Kvasiny plant",
               "Prague office vacancy falls to 6.8%",
               "&#268;EZ raises dividend forecast after strong year"])

STORY_5 = _story("cb-UE1", "central bank", "2026-02-09", [
    _page(_S5_LEDGER_URL, _S5_LEDGER),
    _page(_S5_BPD_URL, _S5_BPD),
    _page(_S5_VLTAVA_URL, _S5_VLTAVA),
], [
    ("board vote split", r"(?<![\d.])5 ?(?:[-–]|to) ?2(?![\d.])|five[- ](votes )?to[- ]two",
                         r"(?<![\d.])6 ?(?:[-–]|to) ?1(?![\d.])|six[- ](votes )?to[- ]one"),
    ("december inflation rate", r"(?<![\d.])2\.3(?![\d.])",
                                r"(?<![\d.])2\.8(?![\d.])"),
    ("date of next policy meeting", r"(?<!\d)26(th)? mar|mar(ch|\.)? 26(?!\d)",
                                    r"(?<!\d)19(th)? mar|mar(ch|\.)? 19(?!\d)"),
])


# =============================================================================================
# Story 6 - trade-UE1: EU provisional anti-dumping duties on Chinese tinplate (PLANTED)
# =============================================================================================

_S6_LEDGER_URL = ("https://www.northernledger.example/business/2025/nov/25/eu-anti-dumping-"
                  "duties-chinese-tinplate-steel")
_S6_BPD_URL = "https://basispointdaily.example/2025/11/25/eu-tinplate-duties-china/"
_S6_TRADELANE_URL = ("https://www.tradelanemonitor.example/trade-defence/eu-imposes-"
                     "provisional-anti-dumping-duties-on-chinese-tinplate")

_S6_LEDGER_BODY = """
The European Commission has imposed provisional anti-dumping duties of up to 46.9 per cent on
tinplate from China, after an investigation found that Chinese producers were selling the steel
product in Europe at unfairly low prices.

Tinplate, thin sheet steel coated with a layer of tin, is used to make food and drink cans,
aerosol containers and paint tins. European producers have complained for more than two years
that a surge of cheap Chinese supply has driven down prices and forced them to idle production
lines.

The duties, published in the EU's Official Journal on Tuesday, take effect on Wednesday and will
apply for six months. They range from 14.6 per cent for Shandong Hengda Packaging Steel, the
Chinese exporter found to have the lowest dumping margin, to 46.9 per cent for companies that
did not cooperate with the investigation.

[AD]

Brussels must decide by 27 July 2026 whether to replace the provisional measures with definitive
duties, which would normally last five years.

Imports of Chinese tinplate into the EU rose to 1.1m tonnes in the 12 months to the end of
September 2024, the Commission found, lifting China's share of the European market from 9 per
cent in 2021 to 21 per cent.

Friedrich Albers, president of Eurotin, the European association of tinplate producers, whose
complaint triggered the investigation in March, said the duties were "a lifeline for the 9,000
people who make tinplate in Europe". "Without action, we would have lost this industry within a
few years," he said.

But canmakers, who buy most of the tinplate sold in Europe, warned that food prices could rise.
Anneke de Vries, director general of the trade body Canmakers Europe, said: "This is a tax on
every tin of tomatoes and every can of soup on the supermarket shelf."

China's commerce ministry said it "firmly opposes" the decision and would "take necessary
measures to safeguard the legitimate rights and interests of Chinese companies".

The case is the latest in a series of EU trade defence actions against Chinese steel and metal
products, and follows Commission proposals last month to sharply reduce the amount of foreign
steel that can enter the bloc tariff-free. European steelmakers have lost thousands of jobs in
recent years as demand has weakened and global overcapacity, much of it in China, has depressed
prices.

Employment at EU tinplate producers has fallen by 1,300 since 2022, according to the
Commission's findings. The sector has plants in seven member states, including large mills in
the Netherlands, Germany and France.

The Commission's investigation also examined whether duties would harm EU users of tinplate. It
concluded that the cost to canmakers would be limited because tinplate accounts for only a part
of the price of a finished can, a finding Canmakers Europe disputes.
"""

_S6_LEDGER = _ledger(
    url=_S6_LEDGER_URL,
    headline="EU imposes duties of up to 46.9% on Chinese tinplate as steel tensions deepen",
    standfirst="Canmakers warn of higher food prices as Brussels acts to protect 9,000 jobs in "
               "European tinplate industry",
    published="2025-11-25T12:40:00Z", shown="Tue 25 Nov 2025 12.40 GMT",
    byline="Sophie Lang", role="Brussels correspondent", section="Business",
    body=_S6_LEDGER_BODY, lead_img="/img/2025/11/25/tinplate-coils.jpg",
    lead_cap="Coils of tinplate at a steel mill. Photograph: Ledger Pictures",
    related=["EU proposes halving tariff-free steel import quotas",
             "China's steel exports hit record as domestic demand slumps",
             "Brussels opens probe into Chinese hardwood flooring"])

_S6_BPD_BODY = """
The European Commission slapped provisional anti-dumping duties of 14.6 pct to 46.9 pct on
Chinese tinplate on Tuesday, in the latest EU move to shield its steel sector from Chinese
overcapacity.

[BOX] <div class="key-takeaways"><h4>The numbers</h4><ul><li>Duty range: 14.6 pct (Shandong
Hengda) to 46.9 pct (non-cooperating exporters)</li><li>Chinese imports: 1.4 million tonnes in
the investigation period</li><li>China's EU market share: 9 pct (2021) to 21
pct</li><li>Provisional duties apply from Nov. 26 for six months</li><li>Definitive decision due
by May 27, 2026</li></ul></div>

Company-specific rates are 14.6 pct for Shandong Hengda Packaging Steel, 23.1 pct for Jiangsu
Ruixin Tinplate and 31.8 pct for Fujian Minsheng Metal, the three exporters in the Commission's
sample. Other cooperating exporters face 26.4 pct, and everyone else 46.9 pct.

The investigation, opened on March 27 after a complaint by producers' association Eurotin, found
that Chinese imports reached 1.4 million tonnes in the 12 months to September 2024, pushing
China's share of EU consumption to 21 pct from 9 pct in 2021.

[AD]

## Who pays

Tinplate is a classic upstream input: the duty lands on canmakers first, then on food and
beverage brands and, eventually, on shoppers. Canmakers Europe, which represents the buyers, has
lobbied hard against the measures. Its director general, Anneke de Vries, called the duties "a
tax on every tin of tomatoes."

The Commission's own analysis argued the downstream impact would be modest because tinplate is
only a fraction of the cost of a finished can. Canmakers will have the chance to contest that
before the definitive stage.

## Read-across

For EU producers, the key question is whether the duties stick. Provisional measures apply for
six months; the Commission must take a definitive decision by May 27, 2026, and member states
vote on the final regulation.

"This is a lifeline for the 9,000 people who make tinplate in Europe," said Eurotin president
Friedrich Albers.

Beijing's response was swift. China's commerce ministry said it "firmly opposes" the decision
and would take "necessary measures". Chinese retaliation against EU trade defence has so far
tended to target agricultural products, such as pork, dairy and brandy, rather than mirror the
product concerned.

## Context

European tinplate mills have been running well below capacity for two years, and several have
idled lines. Employment at EU producers has fallen by 1,300 since 2022, according to the
Commission, leaving about 9,000 people directly employed in the sector across seven member
states.

Chinese exporters can offer price undertakings, in effect minimum import prices, instead of
paying duties, though the Commission has accepted few such offers in recent steel cases.
Provisional duties must be secured by a guarantee at import, so the cash-flow hit for importers
is immediate, before any definitive decision.

Watch list: definitive duties in May, any undertaking offers from Chinese exporters, and whether
the Commission opens an anti-circumvention probe if trade shifts to third-country processors.
"""

_S6_BPD = _wp(
    site="Basis Point Daily", tagline="Rates, FX and central banks, in plain numbers",
    url=_S6_BPD_URL,
    headline="EU hits Chinese tinplate with 14.6-46.9 pct provisional duties",
    desc="Provisional anti-dumping duties on Chinese tinplate apply from Nov. 26.",
    published="2025-11-25T10:15:00+00:00", shown="Nov. 25, 2025 at 10:15 GMT",
    byline="M. Lindgren", category="Trade", body=_S6_BPD_BODY,
    sidebar=["EUR/USD: three scenarios for December",
             "China's November export data: what to watch",
             "Steel safeguard overhaul: the numbers behind the quota cut"],
    newsletter="The BPD Morning Note: every central bank decision, before your first coffee.")

_S6_TRADELANE_BODY = """
The European Commission has imposed provisional anti-dumping duties on imports of certain tin
mill flat-rolled steel products (tinplate) originating in the People's Republic of China.
Commission Implementing Regulation (EU) 2025/2391 was published in the Official Journal on 25
November 2025 and the duties apply from 26 November 2025.

The product concerned falls under CN codes 7210 11 00, 7210 12 20 and 7210 12 80. The proceeding
was initiated on 27 March 2025 following a complaint lodged in February by Eurotin on behalf of
producers representing more than 80% of Union production.

## Duty rates

[BOX] <table class="tl-rates"><caption>Provisional anti-dumping duty
rates</caption><thead><tr><th>Company</th><th>Duty</th></tr></thead><tbody><tr><td>Shandong
Hengda Packaging Steel Co., Ltd.</td><td>14.6%</td></tr><tr><td>Jiangsu Ruixin Tinplate Co.,
Ltd.</td><td>23.1%</td></tr><tr><td>Fujian Minsheng Metal Products Co.,
Ltd.</td><td>31.8%</td></tr><tr><td>Other cooperating companies
(Annex)</td><td>26.4%</td></tr><tr><td>All other
companies</td><td>49.6%</td></tr></tbody></table>

The residual rate of 49.6% applies to all exporters that did not make themselves known or did
not cooperate. The Commission noted that the level of cooperation from Chinese exporters was
low, which it said justified setting the residual rate at the level of the highest dumping
margin established for a representative product type of a cooperating exporter.

## Key findings

The investigation period ran from 1 October 2023 to 30 September 2024, with injury trends
examined from 1 January 2021. Over that period, imports from China rose to 1.1 million tonnes
and China's share of the Union market increased from 9% to 21%. Chinese prices undercut Union
industry prices by between 18% and 27%, according to the provisional findings.

[AD]

The Union industry suffered material injury, the Commission found, with falling sales volumes,
capacity utilisation down to 64% and losses in the investigation period. Employment in the
sector fell by around 1,300 jobs from 2022. The Union industry directly employs about 9,000
people.

On Union interest, the Commission rejected arguments by users, led by Canmakers Europe, that the
measures would cause disproportionate harm. It found that tinplate represents a limited share of
the cost of a finished can and that users' profitability would remain positive.

## Next steps

Provisional duties apply for six months. Interested parties may submit comments on the
provisional findings within 15 days and request hearings with the Commission's services or the
Hearing Officer. The Commission must adopt any definitive measures by 27 May 2026.

China's Ministry of Commerce said it "firmly opposes" the measures and urged the EU to "correct
its wrong practices". Eurotin's president, Friedrich Albers, welcomed the decision as "a
lifeline" for European producers, while Canmakers Europe said it would challenge the
Commission's analysis of the impact on users.

## Our view

The outcome is broadly in line with expectations, although the residual rate is at the upper end
of what practitioners had anticipated. Importers should review their supply chains now:
definitive duties could be collected retroactively on registered imports only in limited
circumstances, but the cash-flow cost of provisional duties is immediate, as they must be
secured by a guarantee before goods are released into free circulation.
"""

_S6_TRADELANE = _pro(
    site="Tradelane Monitor", url=_S6_TRADELANE_URL,
    headline="EU imposes provisional anti-dumping duties on Chinese tinplate",
    summary="Rates range from 14.6% to 49.6%; definitive measures due by 27 May 2026.",
    shown="26 November 2025", published="2025-11-26T08:00:00+01:00",
    byline="By Katrin Vos, Trade Defence Editor", topic="Trade defence",
    body=_S6_TRADELANE_BODY,
    also=["Anti-circumvention: Commission extends duties to Vietnamese-assembled e-bikes",
          "CBAM definitive phase: what importers must file in 2026",
          "WTO panel report on EU countervailing duties: key points"],
    footer="&copy; 2026 Tradelane Monitor. All rights reserved. Reproduction without "
           "permission is prohibited.")

STORY_6 = _story("trade-UE1", "trade", "2025-11-28", [
    _page(_S6_LEDGER_URL, _S6_LEDGER),
    _page(_S6_BPD_URL, _S6_BPD),
    _page(_S6_TRADELANE_URL, _S6_TRADELANE),
], [
    ("top (residual) duty rate", r"(?<![\d.])46\.9(?!\d)", r"(?<![\d.])49\.6(?!\d)"),
    ("chinese import volume", r"(?<![\d.])1\.1(?![\d.])",
                              r"(?<![\d.])1\.4(?![\d.])"),
    ("deadline for definitive duties", r"(?<!\d)27 may|may 27(?!\d)",
                                       r"(?<!\d)27 july|july 27(?!\d)"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
