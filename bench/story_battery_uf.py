"""Part UF of the story battery (web pages).

Written by engineer UF1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UF`.

Six stories, each told by three or four invented outlets as whole scraped HTML pages: an
offshore earthquake on Ecuador's Manabí coast (four outlets, four planted disagreements), an
earthquake in Nepal's far-western Bajura district (three outlets, CONTROL; one later page
reports the death toll rising from nine to 11, an update and not a disagreement), a UK
parliamentary by-election in an invented Lincolnshire seat (four outlets, four planted),
provisional EU anti-dumping duties on Chinese heat pumps (three outlets, three planted), a
Norges Bank rate cut (four outlets, CONTROL) and the first orbital launch of an invented
Norwegian rocket from Andøya (three outlets, three planted). Fourteen planted disagreements.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _a(text: str) -> str:
    """Escape text for an attribute value or an element."""
    return _html.escape(text, quote=True)


def _ld(headline: str, published: str | None, author: str, publisher: str,
        kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    return _json.dumps(data, ensure_ascii=False)


def _items(links: list[str], prefix: str) -> str:
    out = []
    for n, text in enumerate(links, 1):
        out.append(f'<li><a href="{prefix}{n}">{_a(text)}</a></li>')
    return "\n".join(out)


# ---------------------------------------------------------------- outlet templates


def _meridian(*, section: str, headline: str, desc: str, author: str, published: str,
              shown: str, body: str, credit: str, most_read: list[str]) -> str:
    """Meridian Wire: a wire service, US spelling, terse furniture."""
    ad = ('<div class="mw-ad" data-slot="inarticle-1" aria-hidden="true">'
          '<span class="mw-ad__label">Advertisement</span>'
          '<span class="mw-ad__hint">Scroll to continue with content</span></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "Meridian Wire")
    reads = _items(most_read, "/world/most-read/")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_a(headline)} | Meridian Wire</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{_a(section)}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="mw-article">
<a class="mw-skip" href="#main-content">Skip to main content</a>
<div id="mw-consent" role="dialog" aria-label="Cookie consent">
<p>We and our partners use cookies to personalise content and ads and to analyse our
traffic. You can change your choices at any time via Privacy Settings.</p>
<button type="button">Accept all</button> <button type="button">Reject all</button>
<button type="button">Manage preferences</button>
</div>
<header class="mw-header">
<a class="mw-logo" href="/">MERIDIAN WIRE</a>
<nav aria-label="Main"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/politics/">Politics</a></li>
<li><a href="/science/">Science</a></li><li><a href="/sports/">Sports</a></li>
<li><a href="/pictures/">Pictures</a></li>
</ul></nav>
<a class="mw-signin" href="/account/sign-in">Sign in</a>
<a class="mw-sub" href="/subscribe">Subscribe</a>
</header>
<main id="main-content">
<article>
<p class="mw-kicker"><a href="/world/">{_a(section)}</a></p>
<h1>{_a(headline)}</h1>
<div class="mw-meta">
<p class="mw-byline">By <a href="/authors/">{_a(author)}</a></p>
<time datetime="{published}">{shown}</time>
<span class="mw-readtime">4 minute read</span>
</div>
<div class="mw-share" aria-label="Share this article">
<a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a>
<a href="#">Email</a> <button type="button">Copy link</button>
</div>
<div class="mw-body">
{body}
</div>
<p class="mw-credit">{credit}</p>
<p class="mw-standards"><a href="/trust-principles">Our Standards: The Meridian Trust
Principles.</a></p>
</article>
<aside class="mw-mostread">
<h2>Most Read</h2>
<ol>
{reads}
</ol>
</aside>
</main>
<footer class="mw-footer">
<nav><a href="/about">About Meridian</a> · <a href="/careers">Careers</a> ·
<a href="/contact">Contact</a> · <a href="/terms">Terms of Use</a> ·
<a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. © Meridian Wire. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _ledger(*, section: str, headline: str, standfirst: str, author: str, published: str,
            shown: str, body: str, related: list[str]) -> str:
    """The Northern Ledger: UK national daily."""
    ad = ('<aside class="ad-slot ad-slot--inline" aria-label="Advertisement">'
          '<p class="ad-slot__label">Advertisement</p></aside>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "The Northern Ledger")
    rel = _items(related, "/related/")
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_a(headline)} | {_a(section)} | The Northern Ledger</title>
<meta name="description" content="{_a(standfirst)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(standfirst)}">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{_a(author)}">
<link rel="canonical" href="https://www.northernledger.example/">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a href="#maincontent" class="skip-link">Skip to main content</a>
<a href="#navigation" class="skip-link">Skip to navigation</a>
<div class="consent-banner">
<h2>Your privacy</h2>
<p>We use cookies and similar technologies to help provide and improve our services and
to show you relevant advertising. Click "Yes, I'm happy" to continue, or manage your
options.</p>
<button>Yes, I'm happy</button> <button>Manage my cookies</button>
</div>
<header>
<div class="masthead"><a href="/">The Northern Ledger</a>
<p class="support">Independent journalism since 1871. <a href="/support">Support us</a></p>
</div>
<nav id="navigation"><ul>
<li><a href="/uk">UK</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/environment">Environment</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
</ul></nav>
</header>
<main id="maincontent">
<article>
<p class="section-label">{_a(section)}</p>
<h1>{_a(headline)}</h1>
<p class="standfirst">{_a(standfirst)}</p>
<div class="byline-block">
<address class="byline"><a rel="author" href="/profile/">{_a(author)}</a></address>
<p class="dateline"><time datetime="{published}">{shown}</time></p>
<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on
X</a></li><li><a href="#">Share via Email</a></li></ul>
</div>
<div class="article-body">
{body}
</div>
</article>
<section class="related">
<h2>More on this story</h2>
<ul>
{rel}
</ul>
</section>
<section class="newsletter">
<h2>Sign up to The Ledger Morning Briefing</h2>
<p>Our essential guide to the day's news, free to your inbox every weekday.</p>
<form><label>Email address <input type="email"></label><button>Sign up</button></form>
<p class="small">Privacy notice: newsletters may contain info about charities and online
ads.</p>
</section>
</main>
<footer>
<p>© The Northern Ledger Media Group. Registered in England and Wales.</p>
<p><a href="/about">About us</a> | <a href="/complaints">Complaints &amp; corrections</a> |
<a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a> |
<a href="/terms">Terms &amp; conditions</a></p>
</footer>
</body>
</html>
"""


def _pbn(*, section: str, headline: str, desc: str, author: str, published: str,
         shown: str, body: str, listen: str, more: list[str]) -> str:
    """PBN News: a public broadcaster's website, US spelling."""
    ad = ('<div class="pbn-underwriting"><p>Support for PBN comes from viewers like you and'
          ' from our sponsors.</p><p class="pbn-underwriting__tag">Sponsor message</p></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "PBN News")
    lst = _items(more, "/news/more/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_a(headline)} : PBN News</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="PBN">
<meta property="og:image" content="https://media.pbn-news.example/img/lead.jpg">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div class="pbn-skip"><a href="#pbn-story">Skip to main content</a></div>
<div class="pbn-gdpr">This site uses cookies. By continuing to browse you agree to our
use of cookies. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header class="pbn-top">
<a href="/" class="pbn-brand">PBN News</a>
<nav><a href="/news">News</a> <a href="/news/world">World</a> <a href="/news/us">U.S.</a>
<a href="/news/science">Science</a> <a href="/news/economy">Economy</a>
<a href="/podcasts">Podcasts &amp; Shows</a> <a href="/live">Live Radio</a></nav>
<a class="pbn-donate" href="/donate">Donate</a>
</header>
<main>
<article id="pbn-story">
<div class="pbn-slug"><a href="/news/world">{_a(section)}</a></div>
<h1>{_a(headline)}</h1>
<div class="pbn-audio"><button>Listen · {listen}</button>
<span>Embed</span> <span>Transcript</span></div>
<div class="pbn-byline"><span class="pbn-author">{_a(author)}</span>
<time datetime="{published}">{shown}</time></div>
<div class="pbn-storytext">
{body}
</div>
<div class="pbn-share"><a href="#">Facebook</a> <a href="#">Flipboard</a>
<a href="#">Email</a></div>
</article>
<aside class="pbn-more">
<h3>More Stories From PBN</h3>
<ul>
{lst}
</ul>
</aside>
<section class="pbn-newsletter"><h3>Sign up for the PBN Daily newsletter</h3>
<p>The day's top stories, delivered to your inbox.</p>
<input type="email" placeholder="Email address"> <button>Subscribe</button></section>
</main>
<footer class="pbn-foot">
<p><a href="/about">About PBN</a> <a href="/ethics">Ethics</a> <a href="/careers">Careers</a>
<a href="/terms">Terms of Use</a> <a href="/privacy">Privacy</a>
<a href="/privacy-choices">Your Privacy Choices</a></p>
<p>© PBN. Public Broadcasting Network.</p>
</footer>
</body>
</html>
"""


def _seismo(*, headline: str, desc: str, author: str, published: str, shown: str,
            body: str, tags: list[str]) -> str:
    """SeismoWatch: a specialist earthquake blog."""
    ad = ('<div class="sw-sponsor"><small>Advertisement</small>'
          '<p>Seismic monitoring kits for schools. Learn more.</p></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "SeismoWatch", kind="BlogPosting")
    tag_html = " ".join(f'<a rel="tag" href="/tag/{n}">{_a(t)}</a>'
                        for n, t in enumerate(tags))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_a(headline)} – SeismoWatch</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="post-template-default single">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/">SeismoWatch</a></p>
<p class="site-description">Earthquake science, explained without the hype</p>
<nav class="main-navigation"><ul>
<li><a href="/latest/">Latest quakes</a></li><li><a href="/explainers/">Explainers</a></li>
<li><a href="/tsunami/">Tsunami</a></li><li><a href="/about/">About</a></li>
<li><a href="/donate/">Support SeismoWatch</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary">
<article class="post">
<header class="entry-header">
<h1 class="entry-title">{_a(headline)}</h1>
<div class="entry-meta">Posted on <time class="entry-date published"
datetime="{published}">{shown}</time> by <span class="author vcard">{_a(author)}</span></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this
post</h2><p>Comments are moderated and may take a while to appear.</p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Subscribe by email</h2>
<p>Get new posts delivered to your inbox.</p><input type="email"><button>Subscribe</button>
</section>
<section class="widget"><h2 class="widget-title">Useful links</h2><ul>
<li><a href="#">USGS Latest Earthquakes</a></li><li><a href="#">EMSC</a></li>
<li><a href="#">GEOFON</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>SeismoWatch is reader-supported. Content
licensed CC BY-NC 4.0 unless otherwise noted. Proudly powered by coffee.</p></footer>
</body>
</html>
"""


def _sudur(*, headline: str, author: str, body: str, trending: list[str]) -> str:
    """Sudurpaschim Times: a regional paper in Dhangadhi; no date on the page."""
    ad = ('<div class="adv"><img src="/ads/banner-728x90.gif" alt="Advertisement">'
          '<span>Advertisement</span></div>')
    body = body.replace("{AD}", ad)
    trend = _items(trending, "/news/trending/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_a(headline)} - Sudurpaschim Times</title>
<meta name="keywords" content="Bajura, earthquake, Martadi, Sudurpaschim, relief">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="Sudurpaschim Times">
</head>
<body>
<div class="topbar"><a href="/np">नेपाली</a> | <a href="/epaper">E-Paper</a> |
<a href="/contact">Contact</a></div>
<header><a class="logo" href="/">Sudurpaschim Times</a>
<p class="tagline">Voice of the Far West</p>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/province">Province</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/sports">Sports</a></li></ul>
</header>
<div class="container">
<div class="main-col">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div>
<h1 class="news-title">{_a(headline)}</h1>
<div class="author-line">{_a(author)}</div>
<div class="social"><a href="#">Facebook</a> <a href="#">Twitter</a>
<a href="#">Viber</a> <a href="#">WhatsApp</a></div>
<div class="news-content">
{body}
</div>
<div class="news-tags">Tags: <a href="#">Bajura</a> <a href="#">Earthquake</a>
<a href="#">Disaster</a></div>
</div>
<div class="side-col">
<div class="trending"><h3>Trending</h3><ul>
{trend}
</ul></div>
<div class="adv"><span>Advertisement</span></div>
</div>
</div>
<footer><p>Sudurpaschim Times Pvt. Ltd., Dhangadhi, Kailali. Press Council
registration no. on file.</p><p>Copyright © Sudurpaschim Times. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _evpost(*, headline: str, author: str, day_shown: str, body: str,
            most_read: list[str]) -> str:
    """Castlemere Evening Post: a local daily, UK spelling, date without a time."""
    ad = ('<div class="advert advert--mpu"><span class="advert__label">Advertisement</span>'
          '<p>Castlemere Motors: spring service offers.</p></div>')
    body = body.replace("{AD}", ad)
    reads = _items(most_read, "/news/local-news/read/")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_a(headline)} - Castlemere Evening Post</title>
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="Castlemere Evening Post">
<meta name="robots" content="max-image-preview:large">
</head>
<body>
<a class="skip" href="#article">Skip to content</a>
<div class="cmp-banner">We value your privacy. We and our 214 partners store and access
information on your device. <button>AGREE</button> <button>MORE OPTIONS</button></div>
<header class="site-head">
<a class="brand" href="/">Castlemere Evening Post</a>
<nav><a href="/news">News</a> <a href="/news/local-news">Local News</a>
<a href="/news/politics">Politics</a> <a href="/whats-on">What's On</a>
<a href="/sport">Sport</a> <a href="/family-notices">Family Notices</a>
<a href="/jobs">Jobs</a></nav>
</header>
<main id="article">
<article>
<ol class="crumbs"><li><a href="/news">News</a></li><li><a href="/news/politics">
Politics</a></li></ol>
<h1>{_a(headline)}</h1>
<div class="byline"><span class="author">{_a(author)}</span>
<span class="date">{day_shown}</span></div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a>
<a href="#">WhatsApp</a> <a href="#">Comments</a></div>
<div class="article-body">
{body}
</div>
<div class="newsletter-cta"><p><strong>Get the latest Castlemere news straight to your
inbox.</strong> Sign up to our free daily newsletter.</p><input type="email">
<button>Sign me up</button></div>
</article>
<aside class="most-read"><h2>Most Read</h2><ol>
{reads}
</ol></aside>
</main>
<footer><p>Castlemere Evening Post is part of Fenland Local Media. We are regulated by the
press standards regulator. <a href="/complaints">Complaints</a>
<a href="/privacy">Privacy notice</a> <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def _pollingdesk(*, headline: str, desc: str, author: str, published: str, shown: str,
                 body: str) -> str:
    """The Polling Desk: a specialist psephology site."""
    ld = _ld(headline, published, author, "The Polling Desk", kind="AnalysisNewsArticle")
    body = body.replace("{AD}", '<div class="pd-support"><p>The Polling Desk is funded by '
                        'readers. <a href="/join">Become a member</a></p></div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_a(headline)} · The Polling Desk</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="skip" href="#post">Skip to article</a>
<header class="pd-header"><a href="/" class="pd-logo">The Polling Desk</a>
<nav><a href="/polls">Poll tracker</a> <a href="/by-elections">By-elections</a>
<a href="/seat-model">Seat model</a> <a href="/methodology">Methodology</a>
<a href="/about">About</a></nav></header>
<main id="post">
<article>
<h1>{_a(headline)}</h1>
<p class="pd-meta">By {_a(author)} · <time datetime="{published}">{shown}</time>
· 6 min read</p>
<div class="pd-share"><a href="#">Share</a> <a href="#">Copy link</a></div>
{body}
<p class="pd-note">Figures from the declaration by the acting returning officer. Changes
are calculated against the 2024 general election result in the seat.</p>
</article>
<aside class="pd-side"><h2>Latest from the Desk</h2><ul>
<li><a href="#">Poll tracker: where the parties stand this week</a></li>
<li><a href="#">Explainer: how we calculate swing</a></li>
<li><a href="#">Local elections: the councils to watch in May</a></li></ul></aside>
</main>
<footer class="pd-footer"><p>© The Polling Desk. We are an analysis site and do not
conduct polls of our own.</p>
<p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> ·
<a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def _cbr(*, headline: str, standfirst: str, author: str, published: str, shown: str,
         body: str, related: list[str]) -> str:
    """Continental Business Review: a European financial daily, UK spelling, paywall."""
    ad = ('<div class="cbr-ad" data-ad="mid"><span>Advertisement</span></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "Continental Business Review")
    rel = _items(related, "/content/related-")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_a(headline)}</title>
<meta name="description" content="{_a(standfirst)}">
<meta property="og:site_name" content="Continental Business Review">
<meta property="og:title" content="{_a(headline)}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="Trade disputes">
<meta name="cbr:paywall" content="metered">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="cbr-skip" href="#site-content">Skip to main content</a>
<a class="cbr-skip" href="#site-navigation">Skip to navigation</a>
<div class="cbr-cookie">Manage cookies: we use essential cookies and, with your consent,
analytics and advertising cookies. <a href="/cookies">Cookie policy</a>
<button>Accept cookies</button> <button>Reject non-essential</button></div>
<header class="cbr-header">
<a class="cbr-logo" href="/">CONTINENTAL BUSINESS REVIEW</a>
<p class="cbr-date">Markets data delayed by at least 15 minutes</p>
<nav id="site-navigation"><a href="/world">World</a> <a href="/companies">Companies</a>
<a href="/markets">Markets</a> <a href="/climate">Climate Capital</a>
<a href="/opinion">Opinion</a> <a href="/work-careers">Work &amp; Careers</a>
<a href="/life-arts">Life &amp; Arts</a></nav>
<a href="/login">Sign In</a> <a href="/subscribe">Subscribe</a>
</header>
<main id="site-content">
<article>
<div class="cbr-topic"><a href="/trade-disputes">EU trade</a></div>
<h1>{_a(headline)}</h1>
<p class="cbr-standfirst">{_a(standfirst)}</p>
<figure class="cbr-lead"><img src="/img/heatpumps.jpg" alt="Outdoor heat pump units">
<figcaption>Heat pump units outside a housing development near Lyon. The EU has backed the
technology as a replacement for gas boilers © Bertrand Malet/Dreamframe</figcaption>
</figure>
<p class="cbr-byline"><a href="/author">{_a(author)}</a>
<time datetime="{published}">{shown}</time></p>
<div class="cbr-tools"><button>Save</button> <button>Print this page</button>
<button>Gift this article</button></div>
<div class="cbr-body">
{body}
</div>
<div class="cbr-copyright"><p>Copyright Continental Business Review. All rights reserved.
Please don't copy articles and paste them by email or post them to the web.</p></div>
</article>
<section class="cbr-related"><h2>Promoted content and related stories</h2><ul>
{rel}
</ul></section>
</main>
<footer class="cbr-footer"><p><a href="/help">Help</a> · <a href="/about">About us</a> ·
<a href="/accessibility">Accessibility</a> · <a href="/tandc">Terms &amp; Conditions</a> ·
<a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _tradeflow(*, headline: str, desc: str, author: str, published: str, shown: str,
               body: str) -> str:
    """TradeFlow Monitor: a specialist trade-remedies newsletter site."""
    ad = ('<div class="tf-promo"><span>Sponsored</span><p>Customs classification made '
          'simple. Book a demo with TariffDesk.</p></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "TradeFlow Monitor")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TradeFlow Monitor | {_a(headline)}</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="TradeFlow Monitor">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a href="#tf-main" class="tf-skip">Skip to content</a>
<div class="tf-consent">This website uses cookies to ensure you get the best experience.
<button>Got it</button></div>
<header class="tf-head"><a href="/" class="tf-brand">TradeFlow Monitor</a>
<nav><a href="/remedies">Trade remedies</a> <a href="/tariffs">Tariffs</a>
<a href="/sanctions">Sanctions &amp; export controls</a> <a href="/customs">Customs</a>
<a href="/briefings">Briefings</a> <a href="/subscribe">Subscribe</a></nav></header>
<main id="tf-main">
<article>
<p class="tf-tag">Anti-dumping · EU · China</p>
<h1>{_a(headline)}</h1>
<p class="tf-byline">{_a(author)} | <time datetime="{published}">{shown}</time></p>
{body}
<p class="tf-disclaimer">This briefing is for information only and does not constitute
legal advice. Rates and scope should be checked against the regulation as published.</p>
</article>
<aside class="tf-side"><h2>Recent briefings</h2><ul>
<li><a href="#">US Section 232: what the latest inclusions process means for importers</a></li>
<li><a href="#">EU CBAM definitive period: a checklist for steel importers</a></li>
<li><a href="#">India extends safeguard duty investigation on solar glass</a></li></ul>
<div class="tf-newsletter"><h3>Get the weekly TradeFlow briefing</h3><input type="email">
<button>Subscribe</button></div></aside>
</main>
<footer class="tf-foot"><p>© TradeFlow Monitor. <a href="/privacy">Privacy</a> ·
<a href="/terms">Terms</a> · <a href="/contact">Contact the editors</a></p></footer>
</body>
</html>
"""


def _globe(*, headline: str, dek: str, author: str, published: str, shown: str,
           body: str, more: list[str]) -> str:
    """The Daily Globe: a US national daily."""
    ad = ('<div class="dg-ad" role="complementary"><p class="dg-ad__label">ADVERTISEMENT</p>'
          '<div class="dg-ad__frame"></div></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "The Daily Globe")
    lst = _items(more, "/business/more/")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_a(headline)} - The Daily Globe</title>
<meta name="description" content="{_a(dek)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(dek)}">
<meta property="article:published_time" content="{published}">
<meta name="byl" content="By {_a(author)}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="dg-skip" href="#dg-article">Skip to content</a>
<a class="dg-skip" href="#dg-index">Skip to site index</a>
<div class="dg-banner">You have 2 free articles remaining this month.
<a href="/subscribe">Subscribe for $1 a week.</a></div>
<header class="dg-masthead"><a href="/" class="dg-logo">The Daily Globe</a>
<nav id="dg-index"><a href="/world">World</a> <a href="/us">U.S.</a>
<a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/business/economy">Economy</a> <a href="/climate">Climate</a>
<a href="/tech">Tech</a> <a href="/opinion">Opinion</a></nav></header>
<main id="dg-article">
<article>
<h1>{_a(headline)}</h1>
<p class="dg-dek">{_a(dek)}</p>
<div class="dg-byline"><p>By <span class="dg-author">{_a(author)}</span></p>
<time datetime="{published}">{shown}</time></div>
<div class="dg-share"><button>Share full article</button> <button>Save</button>
<span class="dg-comments">212 comments</span></div>
<section class="dg-body">
{body}
</section>
<p class="dg-correction">A version of this article appears in print in Section B,
Page 1 of the New York edition.</p>
</article>
<aside class="dg-more"><h2>More in Business</h2><ul>
{lst}
</ul></aside>
</main>
<footer class="dg-footer"><p>© The Daily Globe Company</p>
<p><a href="/help">Help</a> <a href="/privacy">Privacy Policy</a>
<a href="/cookies">Cookie Policy</a> <a href="/terms">Terms of Service</a>
<a href="/sitemap">Site Map</a></p></footer>
</body>
</html>
"""


def _basispoint(*, headline: str, author: str, published: str, shown: str,
                body: str) -> str:
    """Basis Point: a markets blog with terse house style ("pct", "bp")."""
    body = body.replace("{AD}", '<div class="bp-ad"><em>Advertisement</em> - Trade NOK '
                        'crosses with tight spreads. Capital at risk.</div>')
    ld = _ld(headline, published, author, "Basis Point", kind="BlogPosting")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_a(headline)} — Basis Point</title>
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="Basis Point">
<meta property="article:published_time" content="{published}">
<meta property="article:tag" content="Norges Bank">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="skip" href="#bp-post">Skip to post</a>
<header><a href="/" class="bp-logo">Basis Point</a>
<span class="bp-tag">central banks, rates and FX, in plain numbers</span>
<nav><a href="/fed">Fed</a> <a href="/ecb">ECB</a> <a href="/boe">BoE</a>
<a href="/nordics">Nordics</a> <a href="/em">EM</a> <a href="/calendar">CB calendar</a>
</nav></header>
<div class="bp-ticker">EUR/USD · USD/JPY · EUR/NOK · EUR/SEK · Brent — indicative only</div>
<main id="bp-post">
<article>
<h1>{_a(headline)}</h1>
<p class="bp-meta">{_a(author)} — <time datetime="{published}">{shown}</time></p>
{body}
</article>
<section class="bp-comments"><h2>Comments (14)</h2><p>Log in to comment.</p></section>
</main>
<aside><h3>Next up on the CB calendar</h3><ul><li>Riksbank decision</li>
<li>SNB assessment</li><li>Bank of England MPC</li></ul></aside>
<footer><p>Basis Point is not investment advice. © Basis Point Media.
<a href="/privacy">Privacy</a> <a href="/disclaimer">Disclaimer</a></p></footer>
</body>
</html>
"""


def _fjordpost(*, section: str, headline: str, lede: str, author: str,
               published: str | None, shown: str, body: str, latest: list[str]) -> str:
    """Fjord Post: English-language Norwegian news site, European date style."""
    ad = ('<div class="fp-annonse"><span>ANNONSE / Advertisement</span></div>')
    body = body.replace("{AD}", ad)
    meta_time = ""
    if published:
        meta_time = f'<meta property="article:published_time" content="{published}">'
    lst = _items(latest, "/latest/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_a(headline)} | Fjord Post</title>
<meta name="description" content="{_a(lede)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="Fjord Post - Norway news in English">
{meta_time}
</head>
<body>
<a href="#fp-content" class="fp-skip">Hopp til innhold / Skip to content</a>
<div class="fp-consent">Fjord Post uses cookies for statistics and to fund our journalism.
<button>Accept</button> <button>Settings</button></div>
<header class="fp-header"><a href="/" class="fp-logo">Fjord Post</a>
<nav><a href="/news">News</a> <a href="/business">Business</a>
<a href="/politics">Politics</a> <a href="/north">Northern Norway</a>
<a href="/science">Science</a> <a href="/living">Living in Norway</a></nav>
<a class="fp-support" href="/support">Support Fjord Post</a></header>
<main id="fp-content">
<article>
<p class="fp-section">{_a(section)}</p>
<h1>{_a(headline)}</h1>
<p class="fp-lede">{_a(lede)}</p>
<p class="fp-byline">By {_a(author)} <span class="fp-time">{shown}</span></p>
<div class="fp-body">
{body}
</div>
<div class="fp-share">Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a>
<a href="#">E-mail</a></div>
</article>
<aside class="fp-latest"><h2>Latest news</h2><ul>
{lst}
</ul></aside>
</main>
<footer class="fp-footer"><p>Fjord Post AS · Editor-in-chief and responsible publisher
under the Editors' Code · <a href="/tips">Send us a tip</a> ·
<a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _orbital(*, headline: str, desc: str, author: str, published: str, shown: str,
             body: str) -> str:
    """Orbital Brief: a specialist spaceflight news site."""
    ad = ('<div class="ob-ad"><span class="ob-ad-label">Advertisement</span></div>')
    body = body.replace("{AD}", ad)
    ld = _ld(headline, published, author, "Orbital Brief")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_a(headline)} - Orbital Brief</title>
<meta name="description" content="{_a(desc)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="Orbital Brief">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="Launch">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="ob-skip" href="#ob-main">Skip to content</a>
<header class="ob-header"><a class="ob-logo" href="/">ORBITAL BRIEF</a>
<nav><a href="/launch">Launch</a> <a href="/satellites">Satellites</a>
<a href="/exploration">Exploration</a> <a href="/policy">Policy</a>
<a href="/business">Business</a> <a href="/schedule">Launch schedule</a></nav>
<a class="ob-pro" href="/pro">Orbital Brief Pro</a></header>
<div class="ob-cookie">We use cookies to improve your experience. <button>Accept</button>
</div>
<main id="ob-main">
<article>
<p class="ob-cat"><a href="/launch">Launch</a></p>
<h1>{_a(headline)}</h1>
<p class="ob-meta">{_a(author)} · <time datetime="{published}">{shown}</time></p>
<div class="ob-share"><a href="#">Post</a> <a href="#">Share</a> <a href="#">Email</a></div>
<div class="ob-content">
{body}
</div>
<div class="ob-author-box"><p>{_a(author)} covers European launch and the commercial
space industry for Orbital Brief.</p></div>
</article>
<aside class="ob-side"><h2>Upcoming launches</h2><ul>
<li><a href="#">Falcon 9 · Starlink group · Cape Canaveral</a></li>
<li><a href="#">Vega C · Earth observation · Kourou</a></li>
<li><a href="#">Electron · rideshare · Mahia</a></li></ul>
<div class="ob-newsletter"><h3>The Orbital Brief daily</h3><input type="email">
<button>Sign up</button></div></aside>
</main>
<footer class="ob-footer"><p>© Orbital Brief. <a href="/about">About</a> ·
<a href="/advertise">Advertise</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


# ============================================================ story 1: Ecuador earthquake
# Planted: clock time (04:12 vs 04:21), depth (18 km vs 33 km), Jama mayor's surname
# (Macías vs Mendoza), aftershock count by midday (73 vs 37).

_S1_MERIDIAN = _meridian(
    section="Americas",
    headline="Strong earthquake kills 11 on Ecuador's Pacific coast",
    desc="A magnitude 6.5 quake struck off Manabí province before dawn on Monday, toppling"
         " homes and a church tower in Jama.",
    author="Daniela Ortega",
    published="2026-02-23T13:05:00Z",
    shown="February 23, 2026 1:05 PM UTC",
    credit="Reporting by Daniela Ortega in Jama and Felipe Arroyo in Quito; Editing by"
           " Martin Keogh",
    most_read=["Oil prices edge higher as traders weigh supply outlook",
               "Bolivia's new government seeks IMF talks, sources say",
               "Winter storm grounds hundreds of flights in U.S. Northeast",
               "Chile copper output falls for third straight month"],
    body="""
<p>JAMA, Ecuador, Feb 23 (Meridian) - A magnitude 6.5 earthquake struck off Ecuador's Pacific
coast before dawn on Monday, killing at least 11 people, injuring 194 and toppling homes, a
church tower and stretches of coastal road in the province of Manabí, officials said.</p>
<p>The quake hit at 4:12 a.m. local time (0912 GMT) about 27 km (17 miles) west of the fishing
town of Jama, at a depth of 18 km, according to the country's Geophysical Institute. It was felt
strongly in Pedernales, Manta and Portoviejo and rattled buildings as far away as Quito and
Guayaquil.</p>
<p>Jorge Andrade Vélez, head of the national Risk Management Secretariat, told reporters in
Portoviejo that 1,350 homes had been damaged and 212 destroyed, most of them in Jama, Pedernales
and the surrounding rural parishes.</p>
<p>"We are still reaching communities in the hills that were cut off by landslides, so these
figures are going to change," Andrade said. "The priority right now is people who are trapped
and people who have nowhere to sleep tonight."</p>
{AD}
<p>President Daniel Noboa declared a 60-day state of emergency in Manabí and neighboring
Esmeraldas and was due to fly to the area later on Monday. The government said 1,100 soldiers
and police officers had been deployed to help with search and rescue and to guard damaged shops
against looting.</p>
<p>Jama Mayor Rosa Macías said seven of the dead were in her municipality, including two
children killed when the wall of their house collapsed in the hamlet of Tabuga. "People are
sleeping in the street because they are afraid to go back inside," she said by telephone. "We
need tents, drinking water and doctors."</p>
<p>The Navy's oceanographic institute, INOCAR, ruled out a tsunami threat shortly after the
quake, but many families in low-lying neighborhoods fled to higher ground anyway.</p>
<p>The Geophysical Institute said it had recorded 73 aftershocks by midday, the strongest of
magnitude 5.2, and urged residents to stay out of cracked buildings.</p>
<p>The Health Ministry said the hospital in Pedernales had been evacuated as a precaution and
that patients were being treated in tents set up in its parking lot. Ambulances carried the most
seriously injured to Portoviejo and Manta.</p>
<p>A landslide blocked the coastal highway between Jama and Pedernales, and the Transport
Ministry said heavy machinery was working to reopen one lane by nightfall. Power was cut to
about 40,000 customers across northern Manabí, the state electricity distributor said, though
most had been reconnected by early afternoon.</p>
<p>The Energy Ministry said there were no reports of damage at the Esmeraldas refinery or along
the country's main oil pipelines.</p>
<p>The area lies close to the epicenter of the magnitude 7.8 earthquake of April 16, 2016, which
killed more than 670 people and flattened much of Pedernales. Many residents said Monday's
shaking brought back memories of that night.</p>
<p>"It was shorter, thank God, but the noise was the same," said Marcos Vera, 61, who runs a
small hardware store in Jama and spent the morning handing out rope and plastic sheeting to
neighbors. "Everybody ran. Nobody waited to see."</p>
<p>Ecuador lies on the Pacific "Ring of Fire," where the Nazca plate slides beneath the South
American plate, and is regularly shaken by earthquakes.</p>
""")

_S1_LEDGER = _ledger(
    section="World news",
    headline="Ecuador earthquake: at least 11 dead as 6.5-magnitude quake hits Manabí coast",
    standfirst="Homes and a church tower collapse in Jama as tremor revives memories of the"
               " 2016 disaster that devastated the same stretch of coast",
    author="Clara Whitlow",
    published="2026-02-23T18:30:00+00:00",
    shown="Mon 23 Feb 2026 18.30 GMT",
    related=["Ecuador's coast: a decade after the 2016 earthquake, rebuilding is unfinished",
             "Explainer: why the Pacific Ring of Fire produces so many earthquakes",
             "Ecuador's president extends security emergency in coastal provinces"],
    body="""
<p>At least 11 people have been killed and almost 200 injured after a 6.5-magnitude earthquake
struck off the Pacific coast of Ecuador in the early hours of Monday, reducing homes to rubble
in a region still scarred by the disaster of a decade ago.</p>
<p>The earthquake struck at 04:12 local time, when most people were asleep, with its epicentre
in the sea about 27km west of Jama, a fishing and farming town in Manabí province. Ecuador's
Geophysical Institute put its depth at 33km.</p>
<p>Officials said 194 people had been treated for injuries, most of them cuts and fractures, and
that more than 1,300 homes had been damaged. At least 212 were destroyed outright.</p>
<figure><img src="/img/jama-collapse.jpg" alt="Residents stand beside a collapsed house">
<figcaption>Residents inspect a collapsed house in Jama, Manabí province, on Monday. Photograph:
Andrés Peralta/Meridian</figcaption></figure>
<p>Jorge Andrade Vélez, who leads the country's Risk Management Secretariat, said rescuers were
still trying to reach villages in the coastal hills where landslides had blocked tracks. "These
figures are going to change," he told a press conference in Portoviejo, the provincial
capital.</p>
{AD}
<p>In Jama, the bell tower of the main church collapsed on to the square, and several two-storey
houses built of brick and concrete slumped into the street. Residents described being thrown
from their beds.</p>
<p>"The whole house was moving like a boat," said Luis Alberto Cedeño, 54, a fisherman who
carried his elderly mother out through a broken window. "When it stopped we heard people
shouting for help from the house next door. We pulled out two neighbours with our hands."</p>
<p>Ecuador's president, Daniel Noboa, declared a 60-day state of emergency in Manabí and
neighbouring Esmeraldas, freeing up funds for shelter and reconstruction, and said he would
visit the affected area. About 1,100 soldiers and police officers have been sent to the
region.</p>
<p>The navy ruled out a tsunami, but seismologists warned that strong aftershocks were likely in
the coming days. The Geophysical Institute had recorded 73 aftershocks by midday on Monday, the
largest measuring 5.2.</p>
<p>The quake revived painful memories in Manabí, which bore the brunt of a 7.8-magnitude
earthquake in April 2016 that killed about 670 people, injured thousands and devastated
Pedernales and parts of Manta. Much of the reconstruction that followed was slow and, residents
say, incomplete.</p>
<p>"Some of the houses that fell today were repaired after 2016 with whatever people could
afford," said Verónica Loor, a community organiser in Pedernales. "There were promises of proper
rebuilding. Many of those promises stayed on paper."</p>
<p>Ecuador lies along the Ring of Fire belt, where the Nazca oceanic plate is pushed beneath the
South American continental plate. The country's coast has been hit by several large earthquakes
over the past century, including a magnitude 8.8 quake in 1906 that caused a devastating
tsunami.</p>
<p>The government has also been under pressure over a long-running security crisis in the
coastal provinces, and some aid groups warned on Monday that gang activity along the Manabí
coast could complicate relief efforts.</p>
<p>The Red Cross said it had sent teams from Quito and Guayaquil with water purification kits
and emergency shelter, and appealed for blood donations in Portoviejo.</p>
""")

_S1_PBN = _pbn(
    section="Americas",
    headline="Deadly earthquake shakes Ecuador's coast, reviving memories of 2016 disaster",
    desc="The magnitude 6.5 quake struck offshore near the town of Jama in Manabí province.",
    author="Sofia Randall",
    published="2026-02-23T16:40:00Z",
    shown="February 23, 2026 · 11:40 AM ET",
    listen="3:58",
    more=["Scientists map a hidden fault beneath a major U.S. city",
          "Colombia and Ecuador agree to reopen border crossing",
          "How to build an emergency kit for earthquakes and floods"],
    body="""
<p>A powerful earthquake rocked Ecuador's Pacific coast early Monday, killing at least 11 people
and injuring 194 others in the province of Manabí, where many families were still rebuilding
from a catastrophic quake a decade ago.</p>
<p>The magnitude 6.5 quake struck at 4:21 a.m. local time, centered offshore about 27 kilometers
(17 miles) west of the town of Jama, Ecuador's Geophysical Institute said. It occurred at a
depth of 18 kilometers (11 miles), which seismologists consider shallow, helping to explain the
intensity of the shaking on land.</p>
<p>Video shared on social media showed power lines swaying and car alarms wailing in the dark in
Manta, a port city to the south, as residents rushed out of apartment blocks.</p>
<figure><img src="/img/ecuador-quake.jpg" alt="Rescuers search rubble in
Jama"><figcaption>Rescue workers search the rubble of a house in Jama, Ecuador, on Monday. <span
class="credit">Andrés Peralta/Meridian</span></figcaption></figure>
{AD}
<p>Jama Mayor Rosa Mendoza said most of the dead were in her municipality, among them two
children who were killed when a wall fell on them as they slept. "People are afraid to go back
inside," she told local radio. "We need tents, water and doctors, and we need them today."</p>
<p>The government's Risk Management Secretariat said 1,350 homes were damaged and 212 destroyed.
Its head, Jorge Andrade Vélez, cautioned that the figures would rise as rescuers reached
isolated hamlets in the hills above the coast.</p>
<p>President Daniel Noboa declared a 60-day state of emergency for Manabí and the neighboring
province of Esmeraldas.</p>
<h2>'It brought everything back'</h2>
<p>For many people along this stretch of coast, the shaking summoned the memory of April 16,
2016, when a magnitude 7.8 earthquake killed more than 670 people in Ecuador and left tens of
thousands homeless.</p>
<p>"I was in Pedernales in 2016. I lost my sister," said Gabriela Zambrano, a schoolteacher,
standing with her two sons outside their cracked home in Jama. "This morning, when the floor
started moving, I just grabbed the boys and ran. My legs are still shaking."</p>
<p>Seismologists say the region is among the most active in South America because it sits along
a subduction zone where the Nazca plate slides beneath the South American plate.</p>
<p>"This was not an unusual event for this part of the coast, but it is a reminder of how
exposed these communities are," said Hugo Benalcázar, a geophysicist at a university in Quito,
in a phone interview. "Many houses are self-built, with little reinforcement. A moderate
earthquake can do a lot of damage in that situation."</p>
<p>The country's navy ruled out any tsunami threat. Aftershocks continued through the morning,
the strongest measuring 5.2, and many residents said they planned to sleep outdoors on Monday
night.</p>
<p>The Health Ministry said the hospital in Pedernales was evacuated and patients moved to field
tents, while the most serious cases were transferred to Portoviejo, the provincial capital. The
Ecuadorian Red Cross said it had deployed volunteers and emergency supplies from Quito and
Guayaquil.</p>
<p>Ecuador's government is under severe budget pressure, and officials did not say on Monday how
much the recovery effort might cost or whether they would seek emergency financing from
multilateral lenders.</p>
""")

_S1_SEISMO = _seismo(
    headline="M6.5 Manabí, Ecuador: a shallow interface event at the edge of the 2016 rupture",
    desc="What we know about Monday's magnitude 6.5 earthquake off Jama, Ecuador.",
    author="Tomás Brandt",
    published="2026-02-24T08:10:00Z",
    shown="24 February 2026",
    tags=["Ecuador", "subduction", "aftershocks", "Nazca plate"],
    body="""
<p>A magnitude 6.5 earthquake struck beneath the Pacific seafloor off northern Manabí province,
Ecuador, at 09:12 UTC on 23 February 2026 (04:12 local time). Ecuador's Instituto Geofísico of
the National Polytechnic School (IG-EPN) located the epicentre about 27 km west of the town of
Jama, at a depth of 18 km.</p>
<p>At least 11 people were killed and 194 injured, according to Ecuador's Risk Management
Secretariat, with the heaviest damage in Jama and Pedernales.</p>
<h2>Tectonic setting</h2>
<p>The location, depth and preliminary focal mechanism are consistent with thrust faulting on or
near the interface between the subducting Nazca plate and the overriding South American plate,
which converge at roughly 6 cm per year along this margin. Early moment tensor solutions show a
shallow-dipping nodal plane striking roughly parallel to the trench.</p>
<p>The event lies at the northern end of the area that ruptured in the Mw 7.8 Pedernales
earthquake of 16 April 2016, which killed more than 670 people. That earthquake re-ruptured part
of the segment that broke in 1942, and the wider margin produced the great M8.8 earthquake of
1906, one of the largest ever recorded in South America.</p>
<figure><img src="/wp-content/uploads/ecuador-map.png" alt="Map of epicentre and
aftershocks"><figcaption>Preliminary epicentre (star) and early aftershocks off northern Manabí.
Map: SeismoWatch, data IG-EPN.</figcaption></figure>
<p>"What is interesting is where this sits: right at the edge of the 2016 rupture, in a patch
that did not slip much then," said Dr Paula Ruiz-Herrera, a seismologist who studies the
Ecuadorian margin at a European research institute. "Whether it relieves stress or loads the
neighbouring segment is something we will only understand with more data."</p>
<h2>Aftershocks</h2>
<p>IG-EPN had logged 37 aftershocks by midday local time on Monday, the largest an M5.2. The
sequence appears to be decaying broadly as expected, but the probability of a larger event in
the coming week, while low, is elevated compared with normal background levels.</p>
{AD}
<p>Generic aftershock models for subduction zones suggest that the chance of an M5 or larger
aftershock over the following week is on the order of a few tens of per cent, and the chance of
an event larger than the mainshock only a few per cent. Those are rough numbers, not a forecast
for this sequence.</p>
<h2>Shaking and damage</h2>
<p>The shallow depth and proximity to the coast meant strong shaking in coastal towns. Reports
describe the collapse of unreinforced masonry and self-built concrete-frame houses, the fall of
a church bell tower in Jama and landslides on the coastal road to Pedernales. The government
reports 1,350 homes damaged and 212 destroyed.</p>
<p>Ecuador's navy oceanographic institute, INOCAR, ruled out a tsunami threat. A thrust event of
this size and depth can produce small local sea-level changes but is generally too small to
generate a damaging tsunami.</p>
<p>Shaking was felt across much of western Ecuador, including Quito and Guayaquil, and felt
reports came in from as far away as southern Colombia.</p>
<p>We will update this post as finite-fault models and relocated aftershocks become available.</p>
""")

STORY_1 = _story("quake-UF1", "earthquake", "2026-02-25", [
    _page("https://www.meridianwire.example/world/americas/ecuador-quake-manabi-2026-02-23/",
          _S1_MERIDIAN),
    _page("https://www.northernledger.example/world/2026/feb/23/ecuador-earthquake-manabi-jama",
          _S1_LEDGER),
    _page("https://www.pbn-news.example/2026/02/23/ecuador-earthquake-jama-manabi",
          _S1_PBN),
    _page("https://seismowatch.example/2026/02/24/m6-5-manabi-ecuador/", _S1_SEISMO),
], [
    ("local time of the quake", r"(?<![\d:.])0?4[:.]12(?!\d)", r"(?<![\d:.])0?4[:.]21(?!\d)"),
    ("focal depth", r"(?<![\d.])18 ?-?(km|kilomet)", r"(?<![\d.])33 ?-?(km|kilomet)"),
    ("mayor of jama", r"mac[ií]as", r"mendoza"),
    ("aftershocks recorded by midday", r"(?<![\d.])(73|seventy-three)(?![\d.])",
     r"(?<![\d.])(37|thirty-seven)(?![\d.])"),
])


# ============================================================ story 2: Nepal earthquake
# CONTROL: no planted disagreement. The PBN page, published later on Sunday, reports the
# toll rising from nine to 11; that is an update, not a disagreement.

_S2_MERIDIAN = _meridian(
    section="Asia Pacific",
    headline="Earthquake in western Nepal kills nine, damages hundreds of homes",
    desc="A magnitude 6.2 quake struck Bajura district late on Saturday.",
    author="Anil Shrestha",
    published="2026-02-08T03:40:00Z",
    shown="February 8, 2026 3:40 AM UTC",
    credit="Reporting by Anil Shrestha; Additional reporting by Priya Menon in New Delhi;"
           " Editing by Simon Ashworth",
    most_read=["Japan's ruling bloc set for big win in snap election, exit polls show",
               "Gold steadies near record as dollar slips",
               "India's central bank holds rates, keeps neutral stance",
               "Australia's bushfire season ends with calls for new warning system"],
    body="""
<p>KATHMANDU, Feb 8 (Meridian) - A magnitude 6.2 earthquake struck a remote mountain district in
western Nepal late on Saturday, killing nine people, injuring 61 and damaging more than 400
houses, officials said on Sunday.</p>
<p>The quake hit at 11:47 p.m. (1802 GMT) with its epicenter near Martadi, the headquarters of
Bajura district, about 500 km (310 miles) west of Kathmandu, Nepal's National Earthquake
Monitoring and Research Center said. It was 12 km deep.</p>
<p>Tek Bahadur Rokaya, the chief district officer in Bajura, said 412 houses had been damaged,
138 of them completely destroyed, and that most of the victims were killed when stone-and-mud
walls collapsed on them as they slept.</p>
<p>"Many villages are still cut off because trails have been blocked by falling rocks," Rokaya
told Meridian by telephone. "Our teams walked through the night. We expect to reach the farthest
settlements by this afternoon."</p>
{AD}
<p>Home Ministry spokesperson Binod Sapkota said two Nepal Army helicopters had begun flying the
seriously injured to Dhangadhi, the main city in the far west, and that police and army
personnel had been deployed to search for anyone trapped.</p>
<p>Bajura, one of the poorest and most remote districts in Nepal, is reached from Kathmandu by a
long road journey or a flight to a small airstrip, which officials said was complicating the
delivery of aid.</p>
<p>The tremor was felt across western Nepal and in parts of the Indian state of Uttarakhand.
There were no immediate reports of damage in India.</p>
<p>At least 14 aftershocks of magnitude 4 or above had been recorded by Sunday morning, the
largest measuring 4.8, the monitoring center said.</p>
<p>Night-time temperatures in the hills of Bajura fall close to freezing in February, and
officials said their most urgent need was tents and blankets for families who had lost their
homes or were too afraid to sleep indoors.</p>
<p>"We were sleeping when everything started shaking. The wall fell on the other side of the
room," said Padam Bahadur Bohara, a farmer from a village near Martadi whose house was
destroyed. "We have nothing left inside. We slept by a fire in the field."</p>
<p>Nepal lies on a major fault line where the Indian tectonic plate pushes into the Eurasian
plate, forming the Himalayas, and earthquakes are common. A magnitude 7.8 quake in 2015 killed
nearly 9,000 people and destroyed hundreds of thousands of buildings.</p>
<p>In November 2023, an earthquake in Jajarkot district, also in western Nepal, killed 153
people and exposed the vulnerability of the region's traditional stone houses.</p>
<p>The Nepal Red Cross Society said volunteers were distributing tarpaulins and hygiene kits in
Martadi and that it was working with the district administration to assess needs in villages
farther from the road.</p>
<p>Aid agencies said many families in Jajarkot were still living in temporary shelters more than
two years later, and warned that the same could happen in Bajura without sustained support.</p>
""")

_S2_SUDUR = _sudur(
    headline="Bajura quake: Martadi families spend freezing night in the open as relief"
             " trickles in",
    author="Bimala Rawal, Martadi",
    trending=["Dhangadhi-Attariya road widening to resume after monsoon",
              "Kailali farmers demand fair price for paddy",
              "Provincial assembly passes budget amendment",
              "Far West league: Dadeldhura edge Doti in final"],
    body="""
<p>Families in Martadi and the surrounding villages spent the night beside bonfires in open
fields after Saturday night's earthquake destroyed or damaged hundreds of homes across Bajura
district.</p>
<p>The magnitude 6.2 earthquake struck at 11:47 pm on Saturday, when most households were
asleep. Its epicentre was near Martadi, the district headquarters, and it originated 12
kilometres below the surface, according to the National Earthquake Monitoring and Research
Centre in Kathmandu.</p>
<p>By Sunday morning, the District Administration Office had confirmed nine deaths and 61
injuries. Of the 412 houses damaged, 138 had collapsed completely, Chief District Officer Tek
Bahadur Rokaya said.</p>
<p>"The old houses made of stone and mud could not withstand it," said Ganga Bahadur Budha,
chair of a ward in Budhinanda Municipality, where four of the dead lived. "In some hamlets,
there is not one house where a family can sleep safely."</p>
{AD}
<p>Twenty-three of the injured were flown by Nepal Army helicopter to Seti Provincial Hospital
in Dhangadhi, where doctors said three remained in a serious condition with head and spinal
injuries. Others were being treated at the district hospital in Martadi, which moved patients
into its courtyard after cracks appeared in a ward wall.</p>
<p>"We have enough staff for now, but we are running short of plaster, painkillers and
blankets," said Dr Sarita Joshi, the medical superintendent at Bajura District Hospital.</p>
<p>Relief was slow to reach the higher settlements. Several trails linking Martadi with villages
in Himali and Gaumul were blocked by rockfall, and teams from the Armed Police Force were
clearing paths by hand on Sunday.</p>
<figure><img src="/uploads/bajura-tent.jpg" alt="Family under a tarpaulin in
Martadi"><figcaption>A family shelters under a tarpaulin near Martadi on Sunday morning. Photo:
Bimala Rawal/Sudurpaschim Times</figcaption></figure>
<p>Bajura is among the poorest districts in Sudurpaschim Province. Many men from the district
work seasonally in India, and in several villages visited by this newspaper, women, children and
elderly people were left to salvage grain and livestock from the rubble on their own.</p>
<p>"My husband is in Delhi. I called him at midnight and told him the house is gone," said
Kalawati Saud, who was sheltering with her three children under a plastic sheet donated by
neighbours. "He said he will come. But the road is long."</p>
<p>The monitoring centre said at least 14 aftershocks measuring 4.0 or more had followed the
main shock, the strongest of them 4.8. Residents said they felt many smaller tremors through the
night and few people dared to go back indoors.</p>
<p>The provincial government in Dhangadhi said it had released emergency funds for tarpaulins,
food and blankets, and that a ministerial team would travel to Bajura.</p>
<p>The memory of the 2023 Jajarkot earthquake, which killed 153 people further east, is still
fresh here. Many in Bajura said they had hoped that disaster would bring stronger building rules
and better-prepared local authorities.</p>
<p>"After Jajarkot, there was much talk of safer houses," said Budha, the ward chair. "Then the
talk stopped. Now it is our turn."</p>
""")

_S2_PBN = _pbn(
    section="Asia",
    headline="Nepal earthquake death toll rises to 11 as rescuers reach remote villages",
    desc="Two people injured in Saturday night's quake in Bajura district died in hospital.",
    author="Jonah Feld",
    published="2026-02-08T14:20:00Z",
    shown="February 8, 2026 · 9:20 AM ET",
    listen="3:12",
    more=["Why the Himalayas keep growing, and shaking",
          "India and Nepal sign power trade agreement",
          "A trek through the Annapurna region, ten years after the quake"],
    body="""
<p>The death toll from a magnitude 6.2 earthquake in the far west of Nepal rose to 11 on Sunday
evening, after two people who had been airlifted to a hospital in the city of Dhangadhi died of
their injuries, officials said.</p>
<p>Earlier on Sunday, authorities had put the toll at nine. The quake, which struck just before
midnight Saturday, injured 61 people and damaged or destroyed more than 400 homes in Bajura, a
mountainous district in Nepal's far west.</p>
<p>Officials at Seti Provincial Hospital said the two victims, a man and a woman in their
sixties, had suffered severe head injuries when their houses collapsed.</p>
<p>Nepal's National Earthquake Monitoring and Research Center said the quake was centered near
Martadi, the district headquarters, at a depth of 12 kilometers (7.5 miles).</p>
{AD}
<p>Nepal Army and Armed Police Force teams reached several villages that had been cut off by
rockfalls on Sunday afternoon, the Home Ministry said. Spokesperson Binod Sapkota said no one
was believed to be missing, but that search teams would keep checking collapsed houses.</p>
<p>"Our first concern is shelter. It is very cold at night in these hills, and many people have
lost everything," Sapkota told reporters in Kathmandu.</p>
<p>The government announced relief of 200,000 rupees (about $1,400) for the family of each
person killed, and said 600 tents and 2,000 blankets were being sent from stores in Dhangadhi
and Nepalgunj.</p>
<p>In Martadi, families who had spent the night in the open began salvaging grain, blankets and
cooking pots from the rubble on Sunday. "We don't know whether to rebuild or leave," said Dhan
Bahadur Kathayat, whose two-story stone house collapsed. "Everything my father built is on the
ground."</p>
<p>Officials said aftershocks and the risk of further rockfalls were hampering efforts to reopen
trails, and that helicopters would be used to drop supplies to settlements that could not be
reached on foot.</p>
<p>According to the district administration, 412 houses were damaged, 138 of them completely
destroyed.</p>
<h2>A region still recovering</h2>
<p>The quake was the deadliest in Nepal since November 2023, when a temblor in Jajarkot district
killed 153 people. Reconstruction there has been slow, and thousands of families spent two
winters in temporary shelters made of corrugated metal sheets.</p>
<p>"There's a pattern here," said Sunita Lama, a structural engineer who has worked on
post-earthquake reconstruction in western Nepal. "Remote districts, poor construction, long
distances for rescue teams. Every few years we see the same images, and every time we say the
houses must be built differently."</p>
<p>Nepal sits where the Indian plate grinds northward into the Eurasian plate, making it one of
the most earthquake-prone countries in the world. The 2015 Gorkha earthquake, magnitude 7.8,
killed nearly 9,000 people.</p>
<p>More than a dozen aftershocks have rattled the area since Saturday night, the strongest of
magnitude 4.8, according to the monitoring center.</p>
<p>International aid groups, including the Red Cross, said they were assessing needs and had
supplies already stored in the region.</p>
""")

STORY_2 = _story("quake-UF2", "earthquake", "2026-02-10", [
    _page("https://www.meridianwire.example/world/asia-pacific/nepal-quake-bajura-2026-02-08/",
          _S2_MERIDIAN),
    _page("https://www.sudurpaschimtimes.example/news/bajura-quake-martadi-relief",
          _S2_SUDUR),
    _page("https://www.pbn-news.example/2026/02/08/nepal-earthquake-bajura-toll", _S2_PBN),
], [])


# ============================================================ story 3: UK by-election
# Planted: majority (2,323 vs 3,223), turnout (44.2% vs 41.9%), time of the declaration
# (4:05 a.m. vs 2.50am), number of candidates (eight vs nine).

_S3_MERIDIAN = _meridian(
    section="United Kingdom",
    headline="Reform UK seizes Conservative seat in English by-election",
    desc="Reform's Dean Pollard won Castlemere and Wendle, a seat held by the Conservatives"
         " since 2010.",
    author="Harriet Cole",
    published="2026-03-27T05:02:00Z",
    shown="March 27, 2026 5:02 AM UTC",
    credit="Reporting by Harriet Cole; Editing by Kate Hollins",
    most_read=["Sterling slips as UK retail sales disappoint",
               "EU leaders agree to extend sanctions for six months",
               "Heathrow third runway plan clears key planning hurdle",
               "Bank of England's Mann says inflation persistence a worry"],
    body="""
<p>LONDON, March 27 (Meridian) - Reform UK won a parliamentary by-election in the eastern
English constituency of Castlemere and Wendle on Friday, taking a seat the Conservatives had
held since it was created in 2010 and deepening the opposition party's troubles.</p>
<p>Reform candidate Dean Pollard, a former haulage company owner and local councillor, won
15,204 votes to 12,881 for Conservative Caroline Ashdown, a majority of 2,323, the returning
officer announced at 4:05 a.m. at a leisure center in Castlemere. Turnout was 44.2%.</p>
<p>Labour, which governs nationally, came third with 5,117 votes, its share of the vote falling
sharply from the 2024 general election. The Liberal Democrats were fourth and the Greens fifth
in a field of eight candidates.</p>
{AD}
<p>The by-election was triggered when Conservative lawmaker Geoffrey Hale resigned in January,
citing ill health. Hale had won the seat with a majority of 4,812 over Reform at the 2024
election.</p>
<p>"The people of Castlemere and Wendle have sent a message tonight that nobody in Westminster
can ignore," Pollard said in his victory speech. "For years they were told this was a safe seat.
There is no such thing as a safe seat anymore."</p>
<p>Ashdown said it had been a "difficult night" for her party but that the Conservatives would
"keep listening" to voters in the largely rural constituency, which covers market towns and
farming villages in Lincolnshire.</p>
<p>Ashdown, a former leader of the local district council, had been seen as a strong candidate,
and Conservative officials had hoped her local profile would help them hold on.</p>
<p>The result is a fresh blow for the Conservative leadership, which has struggled to halt the
flow of voters to Reform since the party's heavy defeat in 2024. It also adds to pressure on the
Labour government, which has trailed Reform in national opinion polls for much of the past
year.</p>
<p>Reform, founded as the Brexit Party, won five seats at the 2024 general election and has
since added to its numbers in parliament through by-elections and defections.</p>
<p>Polling experts said the swing was smaller than Reform had hoped for but large enough to put
dozens of Conservative-held seats in rural England at risk at the next national election, which
must be held by 2029.</p>
<p>Campaigning centered on the cost of living, the planned closure of the maternity unit at
Wendle's community hospital and the use of local hotels to house asylum seekers, an issue
Pollard put at the heart of his campaign.</p>
<p>Pollard, 52, pledged to fight the maternity unit closure "in the chamber and in the courts"
and said he would hold regular advice surgeries in each of the constituency's market towns.</p>
<p>The three other candidates, including an independent and a candidate from the Official
Monster Raving Loony Party, lost their deposits.</p>
""")

_S3_LEDGER = _ledger(
    section="Politics",
    headline="Reform takes Castlemere and Wendle from Tories in by-election blow",
    standfirst="Dean Pollard overturns a Conservative majority that looked secure two years"
               " ago, as Labour is squeezed into a distant third",
    author="Owen Tranter",
    published="2026-03-27T09:15:00+00:00",
    shown="Fri 27 Mar 2026 09.15 GMT",
    related=["Analysis: why Lincolnshire has become Reform's heartland",
             "Tory MPs demand strategy rethink after by-election defeat",
             "Wendle maternity unit: campaigners take closure plan to judicial review"],
    body="""
<p>Reform UK has captured the Conservative stronghold of Castlemere and Wendle at a by-election,
overturning a Tory majority that two years ago looked secure and leaving the party facing fresh
questions about its recovery.</p>
<p>Dean Pollard, a former haulier and Lincolnshire county councillor, won with 38.7 per cent of
the vote and a majority of 3,223 over the Conservative candidate, Caroline Ashdown, when the
result was declared in the early hours of Friday.</p>
<p>Turnout was 44.2 per cent, respectable for a by-election held in cold, wet weather at the end
of March, though well down on the general election.</p>
<p>Labour, which had talked up its chances in the seat's commuter villages at the start of the
campaign, finished a distant third with 13 per cent.</p>
{AD}
<p>In his victory speech at Castlemere leisure centre, Pollard, 52, said: "They were told for
years this was a safe seat. Tonight there is no such thing as a safe seat. This isn't a protest
vote. It's a verdict."</p>
<p>Ashdown, a solicitor and former district council leader, told supporters: "It was a difficult
night, and I won't pretend otherwise. We listened, and we will keep listening."</p>
<p>Conservative sources had privately conceded defeat before polls closed, after their own
canvass returns showed Reform comfortably ahead in the market towns of Castlemere and
Brantby.</p>
<p>The seat was vacated when Sir Geoffrey Hale, who had represented it since 2010, stood down in
January on health grounds. He held it at the 2024 general election with a majority of 4,812 over
Reform.</p>
<p>Reform's campaign concentrated heavily on immigration, including the use of two hotels in the
constituency to house asylum seekers, and on the planned closure of the maternity unit at Wendle
community hospital, which Pollard has promised to fight "in the chamber and in the courts".</p>
<p>Pollard, who left the Conservatives for Reform in 2023, was elected to Lincolnshire county
council in last year's local elections.</p>
<p>A senior Conservative MP said the result showed the party had "not yet found a message for
places like this". "We cannot keep telling ourselves that Reform voters will come home on their
own," the MP said.</p>
<p>Labour's candidate, Priya Nandra, a primary school headteacher, said the result was
"disappointing" but that the party had been squeezed "in what the media turned into a two-horse
race".</p>
<p>The Liberal Democrats, who targeted Wendle's commuter villages, increased their share
slightly but finished fourth. The Greens kept their deposit by a handful of votes. Eight
candidates stood in total.</p>
<p>Prof Alison Garvey, a political scientist at a Midlands university, said the result would
reinforce the view at Westminster that the centre of gravity on the right had shifted. "The
Conservatives did not collapse here. They simply could not stop Reform growing," she said.</p>
""")

_S3_EVPOST = _evpost(
    headline="Pollard wins Castlemere and Wendle for Reform: full result and reaction",
    author="Jenny Maddox, Local Democracy Reporter",
    day_shown="Friday, 27 March 2026",
    most_read=["Brantby bypass: county council confirms summer start date",
               "Pictures: Castlemere Spring Fair returns to the Market Place",
               "Man charged after A17 crash near Wendle",
               "Planning row over 300 homes on former sugar beet site"],
    body="""
<p>Reform UK's Dean Pollard is the new MP for Castlemere and Wendle after a dramatic overnight
count at Castlemere Leisure Centre.</p>
<p>The acting returning officer, Andrew Pike, declared the result at 2.50am, to cheers from
Reform activists who had packed the sports hall since polls closed at 10pm.</p>
<p>Turnout was 41.9 per cent.</p>
<h2>The full result</h2>
<ul class="result-list">
<li>Dean Pollard (Reform UK) – 15,204</li>
<li>Caroline Ashdown (Conservative) – 12,881</li>
<li>Priya Nandra (Labour) – 5,117</li>
<li>Tom Ellery (Liberal Democrats) – 3,406</li>
<li>Megan Rourke (Green Party) – 1,972</li>
<li>Alan Burdett (Independent) – 402</li>
<li>Sheila Marsh (Social Democratic Party) – 187</li>
<li>Lord Fizzlewick (Official Monster Raving Loony Party) – 109</li>
</ul>
<p><strong>Majority: 2,323. Reform UK gain from Conservative.</strong></p>
{AD}
<p>Mr Pollard, who grew up in Wendle and ran a haulage firm on the Brantby industrial estate for
more than two decades, thanked his family and campaign team before turning to the issue that
dominated the campaign locally.</p>
<p>"My first job on Monday morning is the maternity unit at Wendle," he told the Post after the
declaration. "Mums in this town should not have to drive 40 minutes to have a baby. I said that
on every doorstep and I meant it."</p>
<p>He also repeated his pledge to press the Home Office to end the use of two hotels in the
constituency as asylum accommodation, and to lobby for funding to finish the long-delayed
Brantby bypass.</p>
<p>Conservative candidate Caroline Ashdown, a former leader of Castlemere District Council,
congratulated her opponent. "It was a difficult night, and I won't pretend otherwise," she said.
"We listened, and we will keep listening. This town deserves an MP who fights for it, and I hope
Dean will."</p>
<p>Labour's Priya Nandra, head of a primary school in Castlemere, said she was proud of her
campaign but accepted the party had been "squeezed" by a two-way contest between Reform and the
Conservatives.</p>
<p>Liberal Democrat Tom Ellery said his party's vote had held up in the villages around Wendle,
while Green candidate Megan Rourke kept her deposit by a whisker.</p>
<p>The by-election was called after Sir Geoffrey Hale, MP for the seat since 2010, stood down in
January because of ill health. Sir Geoffrey was not at the count but sent a message wishing the
new MP well.</p>
<p>On Castlemere Market Place on Friday morning, opinion was divided. "I've voted Conservative
all my life but they stopped listening to us," said retired farmer Keith Dobney, 71. "Let's see
if this lot are any different."</p>
<p>Shop worker Leanne Parr, 34, said she had not voted. "Nothing changes round here whoever gets
in. The bus to Wendle still only goes twice a day."</p>
<p>Castlemere District Council leader Martin Greaves said the authority would work with the new
MP "on the things that matter to residents, from the maternity unit to the bypass".</p>
""")

_S3_PDESK = _pollingdesk(
    headline="Castlemere and Wendle: what the numbers tell us",
    desc="A 7.2-point swing from Conservative to Reform, a 20-point fall in turnout and a"
         " squeezed Labour vote.",
    author="Ravi Menon",
    published="2026-03-27T11:40:00Z",
    shown="27 Mar 2026, 11:40",
    body="""
<p>Reform UK gained Castlemere and Wendle from the Conservatives overnight with a majority of
2,323. It was the first by-election of the year and the first test of the parties in rural
Lincolnshire since the general election. Here is the result in context.</p>
<table class="pd-result">
<thead><tr><th>Party</th><th>Candidate</th><th>Votes</th><th>Share</th><th>Change</th></tr></thead>
<tbody>
<tr><td>Reform UK</td><td>Dean Pollard</td><td>15,204</td><td>38.7%</td><td>+10.6</td></tr>
<tr><td>Conservative</td><td>Caroline Ashdown</td><td>12,881</td><td>32.8%</td><td>-3.8</td></tr>
<tr><td>Labour</td><td>Priya Nandra</td><td>5,117</td><td>13.0%</td><td>-8.0</td></tr>
<tr><td>Liberal Democrat</td><td>Tom Ellery</td><td>3,406</td><td>8.7%</td><td>+0.8</td></tr>
<tr><td>Green</td><td>Megan Rourke</td><td>1,972</td><td>5.0%</td><td>-0.2</td></tr>
<tr><td>Others (four)</td><td>-</td><td>698</td><td>1.8%</td><td>+0.6</td></tr>
</tbody>
</table>
<p class="pd-caption">Electorate 88,940. Turnout 44.2% (2024: 64.2%). Swing Con to Reform: 7.2
points.</p>
<h2>A swing, not a collapse</h2>
<p>The striking thing about this result is how little the Conservative vote fell. Caroline
Ashdown's share dropped by 3.8 points, a modest decline by the standards of mid-term
by-elections. Reform won because its own share rose by 10.6 points, drawing heavily on voters
who backed Labour in 2024.</p>
<p>That produces a Conservative-to-Reform swing of 7.2 points, enough to overturn Sir Geoffrey
Hale's 2024 majority of 4,812 but well short of the double-digit swings some Reform campaigners
predicted.</p>
{AD}
<h2>Labour squeezed</h2>
<p>Labour's share fell from 21.0% to 13.0%. With Reform and the Conservatives running a
two-horse race from the start, tactical pressure on Labour voters was intense, and the Labour
campaign never found a local issue of its own.</p>
<p>The Liberal Democrats edged up to 8.7%, and the Greens held their deposit with 5.0% of the
vote. Nine candidates stood in all; the remaining four shared 698 votes between them and all
lost their deposits.</p>
<h2>Turnout</h2>
<p>Turnout of 44.2% was 20 points down on the general election, a fall in line with recent
by-elections in England. Our ward-level estimates, based on the verification figures, suggest
turnout was higher in Castlemere town and the Wendle villages than in the eastern fenland wards,
where Reform was strongest.</p>
<h2>The local picture</h2>
<p>Local factors clearly mattered. The planned closure of the maternity unit at Wendle community
hospital featured on leaflets from every party, and Reform's candidate, a well-known local
councillor and former haulier, was able to run as a local champion rather than a national
insurgent. The Conservatives, by contrast, were defending the record of a government that lost
power two years ago.</p>
<p>The Lib Dems' small rise was concentrated in the Wendle villages, where they hold several
parish and district council seats. That is unlikely to be enough to make this a three-way
contest at the next general election.</p>
<h2>What it means nationally</h2>
<p>If a 7.2-point Conservative-to-Reform swing were repeated uniformly, our seat model suggests
roughly 40 more Conservative-held seats would fall to Reform, most of them in the East Midlands,
Lincolnshire and East Anglia. Uniform swing is a crude tool, and by-elections are poor
predictors, but the direction of travel is hard to miss.</p>
<p>For the Conservatives, the consolation is that their vote did not disintegrate. For Labour,
coming a poor third in a seat where it was runner-up as recently as 2017 will be harder to
explain away.</p>
""")

STORY_3 = _story("election-UF3", "election", "2026-03-29", [
    _page("https://www.meridianwire.example/world/uk/reform-wins-castlemere-wendle-2026-03-27/",
          _S3_MERIDIAN),
    _page("https://www.northernledger.example/politics/2026/mar/27/castlemere-wendle-by-election",
          _S3_LEDGER),
    _page("https://www.castlemere-post.example/news/politics/pollard-wins-castlemere-wendle-7712",
          _S3_EVPOST),
    _page("https://thepollingdesk.example/by-elections/castlemere-and-wendle-numbers/",
          _S3_PDESK),
], [
    ("reform majority", r"(?<![\d,.])2,?323(?![\d])", r"(?<![\d,.])3,?223(?![\d])"),
    ("turnout", r"(?<![\d.])44\.2 ?(%|per ?cent|percent|pct)",
     r"(?<![\d.])41\.9 ?(%|per ?cent|percent|pct)"),
    ("time of declaration", r"(?<![\d:.])0?4[:.]05(?!\d)", r"(?<![\d:.])0?2[:.]50(?!\d)"),
    ("number of candidates", r"\beight\b|(?<![\d.,])8(?![\d.,%])",
     r"\bnine\b|(?<![\d.,])9(?![\d.,%])"),
])


# ============================================================ story 4: EU heat pump duties
# Planted: top provisional duty rate (38.6% vs 36.8%), date the duties take effect
# (12 June vs 15 June), who gave the "firmly opposes" quote (Lin Qiao vs Zhou Wenbo).

_S4_CBR = _cbr(
    headline="Brussels imposes provisional duties of up to 38.6% on Chinese heat pumps",
    standfirst="European manufacturers welcome overdue protection but installers warn higher"
               " prices could slow the switch away from gas boilers",
    author="Sophie Laurent in Brussels",
    published="2026-06-10T14:20:00+02:00",
    shown="June 10 2026",
    related=["EU heat pump sales: is the slump finally over?",
             "China opens anti-subsidy probe into EU pork, again",
             "Lex: European clean-tech makers need more than tariffs"],
    body="""
<p>The European Commission on Wednesday imposed provisional anti-dumping duties of up to 38.6
per cent on air-to-water heat pumps made in China, in a move that European manufacturers
welcomed as overdue but installers warned could slow the bloc's shift away from gas boilers.</p>
<p>The duties, which take effect on Friday 12 June after publication in the EU's Official
Journal, range from 14.2 per cent for Zhejiang Hengrun Thermal Technology to 22.7 per cent for
Guangdong Aolang Electric. Other Chinese producers that co-operated with the investigation face
a rate of 26.5 per cent, while all remaining exporters will pay the top rate of 38.6 per
cent.</p>
<p>The measures will apply for up to six months. The Commission must decide by 10 December
whether to impose definitive duties, which would normally last five years and require the
backing of member states.</p>
{AD}
<p>The investigation was opened on 14 October last year following a complaint from the European
Heat Pump Producers' Alliance (EHPPA), which represents more than 40 manufacturers with
factories across the bloc.</p>
<p>According to the Commission's findings, imports of the products from China were worth €2.4bn
in 2025, and China's share of the EU market rose from 11 per cent in 2022 to 29 per cent last
year. EU producers' share fell from 68 per cent to 52 per cent over the same period.</p>
<p>"Trade defence is not protectionism. It is about making sure that European companies that
invested in the clean-tech transition can compete on fair terms," Annika Lindqvist, the
Commission's trade spokesperson, told reporters in Brussels.</p>
<p>Beijing reacted swiftly. "China firmly opposes the EU's abuse of trade remedy measures and
will take all necessary steps to safeguard the legitimate rights and interests of Chinese
companies," said Lin Qiao, a spokeswoman for China's commerce ministry, who urged Brussels to
"correct its wrong practices".</p>
<p>Matthias Brenner, EHPPA's secretary-general, called the duties "a lifeline" for a sector that
has shed jobs as sales slumped. "Our members have factories standing half-idle while products
sold below cost pour into the market," he said.</p>
<p>Installers and some climate groups took a different view. Renewable Heating Installers
Europe, which represents fitting companies, said the measures would push up prices for
households at a time when several governments are scaling back subsidies. "Every euro added to
the price of a heat pump is an argument for keeping the old gas boiler," its president, Karin
Vogt, said.</p>
<p>Heat pump makers in Europe have struggled since 2023, when sales fell back after a boom
triggered by the energy crisis that followed Russia's full-scale invasion of Ukraine. Several
large manufacturers have announced job cuts and production pauses over the past two years.</p>
<p>The case is the latest in a series of EU trade actions against Chinese clean-technology
exports, following countervailing duties on electric vehicles in 2024. Brussels has also used
its foreign subsidies regulation to examine Chinese bidders for wind and solar projects.</p>
<p>Trade lawyers said Beijing's response would be watched closely. China has previously answered
EU duties with investigations into European brandy, pork and dairy products.</p>
<p>"The question is not whether China retaliates but where," said one Brussels-based trade
lawyer who advises exporters on both sides. "Agrifood has been the pressure point before."</p>
""")

_S4_TRADEFLOW = _tradeflow(
    headline="EU provisional AD duties on Chinese heat pumps: rates, scope and timeline",
    desc="Provisional anti-dumping duties of 14.2 to 36.8 pct apply to Chinese air-to-water"
         " heat pumps.",
    author="Daniel Okafor",
    published="2026-06-11T07:30:00Z",
    shown="June 11, 2026",
    body="""
<p class="tf-summary"><strong>Bottom line:</strong> The European Commission has imposed
provisional anti-dumping (AD) duties on imports of air-to-water heat pumps originating in China,
at rates from 14.2 pct to 36.8 pct. The implementing regulation was adopted on June 10 and the
duties apply from June 12, the day after publication in the Official Journal.</p>
<h2>Rates</h2>
<table class="tf-rates">
<thead><tr><th>Exporting producer</th><th>Provisional duty</th></tr></thead>
<tbody>
<tr><td>Zhejiang Hengrun Thermal Technology Co., Ltd.</td><td>14.2 pct</td></tr>
<tr><td>Guangdong Aolang Electric Co., Ltd.</td><td>22.7 pct</td></tr>
<tr><td>Other cooperating companies (listed in the annex)</td><td>26.5 pct</td></tr>
<tr><td>All other companies</td><td>36.8 pct</td></tr>
</tbody>
</table>
<h2>Scope</h2>
<p>The measures cover air-to-water heat pumps with a rated heating capacity of up to 30 kW,
whether presented as monobloc or split units, currently classified under CN codes ex 8418 61 00
and ex 8415 81 00. Air-to-air units, ground-source heat pumps and hybrid units incorporating a
gas boiler are excluded. Outdoor units shipped separately from indoor hydraulic modules are
covered when they are designed to operate as part of an air-to-water system, a point importers
should check carefully.</p>
{AD}
<h2>Findings</h2>
<p>The investigation period ran from July 1, 2024 to June 30, 2025, with injury examined from
2022 onward. The Commission found dumping margins above the duty rates for all sampled producers
and applied the lesser-duty rule, setting duties at the level of the injury margin.</p>
<p>On the Commission's numbers, imports from China were worth €2.4 billion in 2025. China's
share of the EU market rose from 11 pct in 2022 to 29 pct in 2025, while the share held by EU
producers fell from 68 pct to 52 pct. The Commission also found falling profitability and
capacity utilisation at EU plants.</p>
<p>The complainant, the European Heat Pump Producers' Alliance, said the findings confirmed
"what our members have seen on the factory floor for two years." Its secretary-general, Matthias
Brenner, said the association would press for definitive duties at "at least the provisional
level."</p>
<h2>Timeline</h2>
<ul>
<li>Oct. 14, 2025: investigation initiated following the EHPPA complaint</li>
<li>January 2026: imports made subject to registration</li>
<li>June 10, 2026: provisional duties adopted</li>
<li>June 12, 2026: provisional duties apply</li>
<li>Dec. 10, 2026: deadline for definitive measures</li>
</ul>
<h2>What to watch</h2>
<p><strong>Security, not payment.</strong> Provisional duties are secured by a guarantee at
customs and definitively collected only if, and to the extent that, definitive duties are
imposed.</p>
<p><strong>Retroactivity.</strong> Because imports have been registered since January, the
Commission could in principle levy definitive duties retroactively on goods entered up to 90
days before the provisional measures, if it finds a surge in imports after initiation.</p>
<p><strong>Undertakings.</strong> Chinese exporters may offer minimum-price undertakings. The
Commission has accepted such offers sparingly in recent cases.</p>
<p><strong>Retaliation.</strong> Beijing has responded to previous EU measures with its own
probes into EU agrifood exports. Companies exporting brandy, pork and dairy to China should
monitor announcements from the commerce ministry closely.</p>
""")

_S4_GLOBE = _globe(
    headline="Europe Hits Chinese Heat Pumps With Tariffs, Widening a Clean-Tech Trade Fight",
    dek="The European Union imposed temporary duties on a technology it has championed to"
        " cut emissions, arguing that Chinese makers were selling below cost.",
    author="Megan Castellano",
    published="2026-06-10T16:45:00-04:00",
    shown="June 10, 2026, 4:45 p.m. ET",
    more=["Copper prices hit a record as supply fears mount",
          "Why U.S. utilities are betting on batteries",
          "The Fed's next move: what investors expect"],
    body="""
<p>BRUSSELS — The European Union on Wednesday imposed temporary tariffs of as much as 38.6
percent on heat pumps imported from China, escalating a trade fight over clean-energy technology
at a moment when European governments are counting on the devices to wean homes off natural
gas.</p>
<p>The duties, which take effect Monday, June 15, are provisional and will last for up to six
months while the European Commission, the bloc's executive branch, decides whether to make them
permanent. A final decision is due by December.</p>
<p>The commission said its investigation had found that Chinese manufacturers were selling
air-to-water heat pumps in Europe at prices below what they charge at home, hurting European
producers. China's share of the European market rose to 29 percent in 2025 from 11 percent in
2022, it said, and imports were worth about $2.8 billion (€2.4 billion) last year.</p>
{AD}
<p>The rates vary by company. The lowest, 14.2 percent, applies to Zhejiang Hengrun Thermal
Technology, one of the largest Chinese exporters, while companies that did not cooperate with
the investigation face the maximum.</p>
<p>Beijing signaled that it would respond. "China firmly opposes the E.U.'s abuse of trade
remedy measures," said Zhou Wenbo, vice chairman of the China Chamber of Commerce to the E.U.,
adding that China would "take all necessary steps to safeguard the legitimate rights and
interests of Chinese companies."</p>
<p>The case puts the European Union in an awkward position. Heat pumps, which work like
air-conditioners in reverse to warm homes, are central to the bloc's plans to cut greenhouse gas
emissions, and Brussels has spent years encouraging households to install them. But Europe's own
manufacturers, many of them family-owned companies in Germany, Italy and Sweden, have been hit
hard by falling sales and cheaper imports.</p>
<p>"We are not against competition. We are against competition that is financed by someone
else's state budget," said Matthias Brenner, secretary-general of the European Heat Pump
Producers' Alliance, which brought the complaint last October.</p>
<p>Installers warned that prices would rise. Karin Vogt, president of Renewable Heating
Installers Europe, said higher costs would push some homeowners to stick with gas boilers. "The
climate math does not care where the heat pump was made," she said.</p>
<p>The move follows the European Union's decision in 2024 to impose duties on Chinese electric
vehicles, which prompted Beijing to open investigations into European brandy, pork and dairy.
Economists said a similar pattern was likely this time.</p>
<p>"Europe is trying to do two things at once: decarbonize quickly and keep an industrial base,"
said Jonas Albrecht, a trade economist at a research institute in Kiel. "Those goals collide
most sharply in exactly this kind of product."</p>
<p>For Chinese manufacturers, Europe has been a crucial outlet as demand at home has softened
and the United States has kept steep tariffs on Chinese goods. Analysts said some producers
could try to shift assembly to other countries, a strategy that European officials have said
they will watch for.</p>
<p>The commission's trade spokeswoman, Annika Lindqvist, said the duties were "targeted and
proportionate" and would not stop European consumers from buying heat pumps. "There is a great
deal of choice in this market, including from European producers who are ready to scale up," she
said.</p>
""")

STORY_4 = _story("trade-UF4", "trade", "2026-06-16", [
    _page("https://www.cbr-news.example/content/eu-heat-pump-duties-china-2026-06-10",
          _S4_CBR),
    _page("https://tradeflowmonitor.example/briefings/eu-ad-heat-pumps-china-provisional/",
          _S4_TRADEFLOW),
    _page("https://www.dailyglobe.example/2026/06/10/business/eu-china-heat-pump-tariffs.html",
          _S4_GLOBE),
], [
    ("top provisional duty rate", r"(?<![\d.])38\.6 ?(%|per ?cent|percent|pct)",
     r"(?<![\d.])36\.8 ?(%|per ?cent|percent|pct)"),
    ("date duties take effect",
     r"(?<!\d)12(th)? (of )?june|june\.? 12(?!\d)|jun\.? 12(?!\d)|(?<!\d)12 jun\b|06-12",
     r"(?<!\d)15(th)? (of )?june|june\.? 15(?!\d)|jun\.? 15(?!\d)|(?<!\d)15 jun\b|06-15"),
    ("speaker of the 'firmly opposes' quote", r"lin qiao|\bqiao\b", r"zhou wenbo|\bzhou\b"),
])


# ============================================================ story 5: Norges Bank cut
# CONTROL: no planted disagreement. All four pages agree on the 25 bp cut to 3.75% from
# 4.00%, the date and time, inflation (2.8% core, 3.1% in January, 2.6% headline),
# unemployment 2.1%, EUR/NOK 11.68 (+0.5%), the path (about 3.5% at end-2026) and the
# next dates (May 7, June 18).

_S5_MERIDIAN = _meridian(
    section="Markets",
    headline="Norway's central bank cuts rate to 3.75%, signals one more reduction this year",
    desc="Norges Bank lowered its policy rate by 25 basis points on Thursday, its first cut"
         " since September.",
    author="Lars Eide",
    published="2026-03-19T09:12:00Z",
    shown="March 19, 2026 9:12 AM UTC",
    credit="Reporting by Lars Eide and Terje Solvang in Oslo; Editing by Toby Marchant",
    most_read=["Fed seen holding rates as inflation cools slowly",
               "Swiss franc hits multi-year high against euro",
               "Equinor lifts dividend, keeps buyback unchanged",
               "Sweden's Riksbank minutes show split over timing of next move"],
    body="""
<p>OSLO, March 19 (Meridian) - Norway's central bank cut its policy rate by 25 basis points to
3.75% on Thursday, its first reduction since September, and said it expected to lower borrowing
costs once more in the course of 2026 as inflation eases.</p>
<p>The decision by Norges Bank's Monetary Policy and Financial Stability Committee, announced at
10:00 a.m. local time (0900 GMT), was in line with the expectations of 15 of 21 economists
polled by Meridian last week. The other six had forecast the rate would be held at 4.00%.</p>
<p>"The outlook is uncertain, but if the economy develops broadly as we now project, the policy
rate will be reduced further in the course of the year," Governor Ida Wolden Bache said in a
statement.</p>
<p>The bank's updated rate forecast, published in its quarterly Monetary Policy Report, implies
a policy rate of around 3.5% by the end of 2026.</p>
{AD}
<p>Underlying inflation, measured by the CPI-ATE index that excludes energy prices and tax
changes, slowed to 2.8% in February from 3.1% in January. Headline inflation was 2.6%. The bank
targets inflation of 2% over time.</p>
<p>Registered unemployment stood at 2.1% in February, low by international standards but edging
up from a year earlier, according to the labor and welfare administration.</p>
<p>The Norwegian crown weakened after the announcement, with the euro rising 0.5% to 11.68
crowns, as some investors had bet on a more hawkish message.</p>
<p>"Inflation has come down, but it is still above target. We are taking a gradual approach,"
Wolden Bache told a news conference.</p>
<p>Norway's economy has slowed as high borrowing costs weighed on housing construction and
household spending, though investment in the oil and gas sector and public spending have
provided support. The bank's regional network survey of businesses pointed to annual wage growth
of about 4.4% in 2026, lower than last year but still high.</p>
<p>Wolden Bache said the committee was watching the currency. "A weaker krone would push up
prices of imported goods, and we are watching that closely," she said.</p>
<p>Norges Bank had held its rate at 4.00% at its previous three meetings after cutting in
September. It began easing in June last year from a 17-year high of 4.5%.</p>
<p>Several of Norway's largest banks said they would lower mortgage rates in response. Most home
loans in the country carry floating rates, so the cut will reach households quickly.</p>
<p>Asked whether a move at the May meeting was possible, Wolden Bache said: "We are not ruling
anything in or out for May."</p>
<p>"The message is clearly dovish on the direction but cautious on the pace," said Kari
Haugland, chief economist at Fjellvik Markets in Oslo. "We think the next cut comes in June,
when the bank publishes its next full set of forecasts."</p>
<p>The next rate decision is due on May 7, with the next Monetary Policy Report on June 18.</p>
""")

_S5_BASIS = _basispoint(
    headline="Norges Bank: 25bp cut to 3.75 pct, path flags one more in 2026, NOK softer",
    author="Ingrid Moe",
    published="2026-03-19T10:25:00+01:00",
    shown="19 Mar 2026 10:25 CET",
    body="""
<p><strong>Quick take:</strong> Norges Bank delivered the cut that most of the street expected
and a rate path that is a touch more dovish than December's. The krone did not like it.</p>
<h2>The numbers</h2>
<ul>
<li><strong>Policy rate:</strong> cut 25bp to 3.75 pct (from 4.00 pct). Unanimous.</li>
<li><strong>Rate path:</strong> around 3.5 pct at end-2026, i.e. one more 25bp cut this year. We
pencil in June.</li>
<li><strong>Core inflation:</strong> CPI-ATE 2.8 pct y/y in February (January 3.1 pct). Headline
CPI 2.6 pct.</li>
<li><strong>Labour market:</strong> registered unemployment 2.1 pct.</li>
<li><strong>Market reaction:</strong> EUR/NOK +0.5 pct to 11.68. 2y swap down about 6bp.</li>
</ul>
{AD}
<h2>Why now</h2>
<p>Core inflation has finally broken below 3 pct, and the regional network survey points to
annual wage growth of about 4.4 pct this year, down from last year. That is still high for a 2
pct inflation target, but it gives the committee enough comfort to resume easing after holding
since September.</p>
<p>Governor Ida Wolden Bache framed the move as gradual: "Inflation has come down, but it is
still above target. We are taking a gradual approach." The statement repeated that the rate will
"be reduced further in the course of the year" if the economy develops as projected.</p>
<h2>The krone problem</h2>
<p>NOK weakness is the obvious constraint. Wolden Bache was asked twice about the currency at
the press conference and said a weaker krone "would push up prices of imported goods, and we are
watching that closely". Pushed on whether May is live, she said: "We are not ruling anything in
or out for May." We read that as a very low probability of a move on May 7, with June 18, when
the next Monetary Policy Report lands, the natural date.</p>
<h2>Statement and press conference</h2>
<p>The statement leaned on three points: lower underlying inflation, a labour market that is
cooling only slowly, and a krone that has been weaker than the bank assumed in December. The
committee judged that a somewhat lower policy rate was appropriate, and the path further out was
nudged down a little too, although the bank stressed, as always, that the later parts of the
forecast carry less weight.</p>
<h2>Market reaction</h2>
<p>The move in EUR/NOK was quick: the cross jumped on the headline and held most of the move
through the press conference, ending the morning 0.5 pct higher at 11.68. Front-end rates fell,
with the 2y swap about 6bp lower. Oslo-listed banks dipped on margin worries while real-estate
names rallied.</p>
<h2>Scorecard</h2>
<p>Decision: in line with consensus (and with us). Path: slightly more dovish than we expected.
Tone: cautious. Surprise factor: low.</p>
<h2>Our view</h2>
<p>We keep our call for one more cut, in June, taking the policy rate to 3.5 pct, then a long
pause. Risks are skewed towards fewer cuts if the krone keeps sliding. Oil prices matter less to
the policy rate than they used to, but they still matter to the currency.</p>
""")

_S5_LEDGER = _ledger(
    section="Business",
    headline="Norway cuts interest rates as inflation cools, but warns on weak krone",
    standfirst="Norges Bank lowers its main rate to 3.75 per cent and signals one more"
               " reduction before the end of the year",
    author="Fiona Harcourt",
    published="2026-03-19T12:40:00+00:00",
    shown="Thu 19 Mar 2026 12.40 GMT",
    related=["Eurozone inflation edges down, strengthening case for ECB patience",
             "Why Norway's oil fund is the world's largest shareholder",
             "Sweden's economy returns to growth as households spend again"],
    body="""
<p>Norway's central bank has cut interest rates for the first time since September, lowering its
main policy rate by a quarter of a percentage point to 3.75 per cent as inflation in the
oil-rich Nordic country continues to cool.</p>
<p>Norges Bank, which announced its decision at 10am Oslo time on Thursday, said it expected to
reduce the rate once more this year, most likely leaving it at around 3.5 per cent by the end of
2026.</p>
<p>The cut had been widely expected by economists after figures showed core inflation, which
strips out energy prices and tax changes, falling to 2.8 per cent in February from 3.1 per cent
in January. Headline inflation was 2.6 per cent, still above the bank's 2 per cent target.</p>
{AD}
<p>Ida Wolden Bache, the governor, said the bank was moving cautiously. "The outlook is
uncertain, but if the economy develops broadly as we now project, the policy rate will be
reduced further in the course of the year," she said.</p>
<p>She also warned that a weaker krone could slow the fall in inflation. "A weaker krone would
push up prices of imported goods, and we are watching that closely," she told reporters.</p>
<p>The Norwegian currency fell after the announcement, with the euro climbing 0.5 per cent to
11.68 kroner. The krone has been under pressure for much of the past two years, pushing up the
cost of imported food and consumer goods for Norwegian households.</p>
<p>Norway's central bank raised rates aggressively after the pandemic, taking its policy rate to
4.5 per cent, the highest in 17 years, in December 2023. It held it there until June last year,
when it began cutting, later than many of its European peers.</p>
<p>The labour market remains tight by international standards, with registered unemployment at
2.1 per cent, but surveys have pointed to slower hiring in construction and retail.</p>
<p>Most Norwegian mortgages are on floating rates, so changes in the policy rate feed through to
household budgets within weeks. Several large lenders said on Thursday that they would pass the
cut on to borrowers.</p>
<p>Norway's position is unusual among advanced economies. Its vast sovereign wealth fund, built
on oil and gas revenues, insulates the public finances, but the krone tends to weaken when
global investors shun small currencies, which complicates the central bank's task of bringing
inflation back to target.</p>
<p>Wolden Bache declined to be drawn on the timing of the next move. "We are not ruling anything
in or out for May," she said, adding that the bank would take stock of new data at each
meeting.</p>
<p>Economists said the central bank faced a delicate balancing act. "Norges Bank wants to
support households that are stretched by high mortgage costs, but it cannot afford to let the
currency slide much further," said Henrik Dalby, a Nordic economist at a London-based
consultancy.</p>
<p>The next rate decision is on 7 May, and the central bank will publish new forecasts on 18
June.</p>
""")

_S5_FJORD = _fjordpost(
    section="Business",
    headline="Norges Bank cuts rate to 3.75 per cent: what it means for your mortgage",
    lede="The central bank cut its policy rate by 0.25 percentage points on Thursday and"
         " signalled one more cut in 2026.",
    author="Anders Kvamme",
    published=None,
    shown="19.03.2026 15:02",
    latest=["Oslo city council approves new congestion charge zones",
            "Record number of cruise calls expected in Bergen this summer",
            "Hurtigruten coastal route adds winter stops in Finnmark",
            "Statistics Norway: house prices rose in February"],
    body="""
<p>Norway's central bank lowered its key policy rate by 0.25 percentage points to 3.75 per cent
on Thursday, bringing some relief to households with floating-rate mortgages after a long period
of high borrowing costs.</p>
<p>The decision, announced at 10:00 on Thursday morning, was the first cut since September.
Norges Bank also published a new forecast suggesting the policy rate will be reduced once more
this year, to around 3.5 per cent.</p>
<p>"The policy rate will most likely be reduced further in the course of the year," Governor Ida
Wolden Bache told a press conference in Oslo, stressing that the outlook was uncertain.</p>
{AD}
<h2>How much will you save?</h2>
<p>Most Norwegian home loans carry floating rates, so changes in the policy rate feed through to
households quickly. If banks pass on the full cut, a household with a mortgage of 3 million
kroner will pay about 7,500 kroner less in interest over a year, before tax deductions.</p>
<p>Several of the largest banks said on Thursday that they would lower mortgage rates by up to
0.25 percentage points, with the changes taking effect within a few weeks. Banks are required to
give customers notice before changing rates on existing loans, though they can lower them more
quickly than they can raise them.</p>
<p>"This is welcome news, but it is not a game-changer," said Sigrid Holmen, a personal finance
adviser at a consumer organisation in Bergen. "Rates are still much higher than most first-time
buyers were used to before 2022. People should not rush to borrow more on the strength of one
cut."</p>
<h2>Why the bank acted</h2>
<p>Inflation has been falling. Core inflation, which excludes energy prices and tax changes, was
2.8 per cent in February, down from 3.1 per cent in January, while overall consumer prices were
2.6 per cent higher than a year earlier. The bank's target is 2 per cent.</p>
<p>Unemployment is low, with 2.1 per cent of the labour force registered as jobless with NAV,
the labour and welfare administration.</p>
<p>"Inflation has come down, but it is still above target. We are taking a gradual approach,"
Wolden Bache said.</p>
<p>The krone weakened after the announcement, with one euro costing 11.68 kroner in the
afternoon, up 0.5 per cent on the day. A weak krone makes imported goods and holidays abroad
more expensive.</p>
<p>For savers the news is less welcome. Banks are expected to trim deposit rates as well,
although competition for savings has kept some accounts paying more than the policy rate.</p>
<p>Asked whether another cut could come as early as May, Wolden Bache said the bank was "not
ruling anything in or out".</p>
<h2>What happens next</h2>
<p>The central bank's next rate announcement is on 7 May. It will publish its next full set of
forecasts in the Monetary Policy Report on 18 June, which many economists see as the most likely
date for the next cut.</p>
""")

STORY_5 = _story("cb-UF5", "central bank", "2026-03-21", [
    _page("https://www.meridianwire.example/markets/rates/norges-bank-cuts-2026-03-19/",
          _S5_MERIDIAN),
    _page("https://basispoint.example/nordics/norges-bank-march-2026-cut/", _S5_BASIS),
    _page("https://www.northernledger.example/business/2026/mar/19/norway-cuts-interest-rates",
          _S5_LEDGER),
    _page("https://www.fjordpost.example/business/norges-bank-cuts-rate-mortgage", _S5_FJORD),
], [])


# ============================================================ story 6: Skarv-1 launch
# Planted: liftoff time (11:38 vs 11:52 CEST), target orbit altitude (520 km vs 550 km),
# chief executive's surname (Solberg vs Solheim).

_S6_ORBITAL = _orbital(
    headline="Halvard's Skarv-1 reaches orbit on first attempt from Andøya",
    desc="The Norwegian startup deployed four small satellites after two scrubs.",
    author="Nadia Pereira",
    published="2026-04-21T12:30:00Z",
    shown="April 21, 2026 12:30 UTC",
    body="""
<p>Norwegian launch startup Halvard Aerospace put four small satellites into orbit on Tuesday
with the first flight of its Skarv-1 rocket, lifting off from Andøya Spaceport at 11:38 CEST
(09:38 UTC) after two scrubbed attempts.</p>
<p>The two-stage, 24-metre vehicle flew north over the Norwegian Sea on a trajectory toward a
520 km sun-synchronous orbit. Second-stage engine cutoff came roughly nine minutes after
liftoff, and Halvard confirmed deployment of all four payloads within 54 minutes of launch.</p>
<p>"We have been working towards this morning for seven years," Halvard chief executive Eirik
Solberg said on the company's webcast as the last satellite separated. "Today we showed that a
rocket designed and built in Norway can reach orbit, and we did it with paying customers on
board."</p>
{AD}
<h2>The vehicle</h2>
<p>Skarv-1 is 1.8 metres in diameter. Its first stage is powered by seven Brann engines burning
kerosene and liquid oxygen, and the second stage uses a single vacuum-optimised version of the
same engine. Halvard quotes a capacity of up to 400 kg to sun-synchronous orbit; this flight
carried 96 kg across its four spacecraft.</p>
<p>Telemetry shown on the webcast indicated a nominal first-stage burn, stage separation and
second-stage ignition. Halvard did not attempt to recover the first stage, which fell into the
sea in a designated zone, as planned.</p>
<h2>Payloads</h2>
<ul>
<li>Two student-built cubesats from university teams in Trondheim and Tromsø, carrying radiation
and aurora-imaging experiments.</li>
<li>A ship-tracking (AIS) demonstrator built by Copenhagen startup Kystlys.</li>
<li>A synthetic-aperture radar test satellite from Helsinki-based Arktisat.</li>
</ul>
<h2>Road to launch</h2>
<p>The campaign was delayed twice. An attempt on Saturday, 18 April, was called off because of
strong upper-level winds, and Monday's attempt was scrubbed in the final minute of the countdown
after a faulty valve sensor reading on the second stage.</p>
<p>Founded in Bergen in 2019, Halvard has raised about €190 million from private investors and
state-backed funds. It was not among the five companies preselected in July 2025 for the
European Space Agency's European Launcher Challenge, but Solberg said the company would "knock
on every door" once it had a successful flight.</p>
<p>"Andøya was built for days like this," said Marit Nyvoll, a spokeswoman for Andøya Space,
which operates the spaceport. "We have proven the range, the pad and the people. Now we want a
steady cadence."</p>
<h2>Context</h2>
<p>Europe's institutional launch needs have been met by Ariane 6 and Vega C flying from Kourou
in French Guiana, and a crop of privately funded small-launch companies has been trying to add
capacity closer to home. Halvard argues that northern sites such as Andøya offer direct access
to the polar and sun-synchronous orbits favoured by Earth-observation constellations, with
launch corridors that head out over open sea rather than populated land.</p>
<p>The company builds its engines and most of its structures in-house at a plant outside Bergen
and tests them at a site in western Norway. Solberg has said vertical integration is the only
way to bring costs down at Skarv-1's scale.</p>
<h2>What's next</h2>
<p>Halvard said it would analyse flight data before setting a date for the second Skarv-1
mission, which it is targeting for the fourth quarter of 2026. The company says it aims to fly
up to six times a year from 2028.</p>
""")

_S6_FJORD = _fjordpost(
    section="Northern Norway",
    headline="Skarv-1 lifts off from Andøya: 'A historic day for Norwegian space'",
    lede="Hundreds watched from the beaches at Andenes and Bleik as the Bergen company's"
         " rocket climbed into a clear sky.",
    author="Hanne Steinsvik, Andenes",
    published="2026-04-21T14:05:00+02:00",
    shown="21.04.2026 14:05",
    latest=["Tromsø airport runway works to cause summer delays",
            "Salmon prices fall as spring harvest volumes rise",
            "Lofoten bridge project gets green light from parliament",
            "Reindeer herders win compensation over wind farm"],
    body="""
<p>Spectators cheered and car horns sounded along the coast road at Andenes on Tuesday as
Halvard Aerospace's Skarv-1 rocket lifted off from Andøya Spaceport, carrying four small
satellites into orbit on its first flight.</p>
<p>The rocket left the pad at 11:52 local time under a clear sky, its engines audible across the
island for more than a minute. Less than ten minutes later, the company announced that the
second stage had reached orbit.</p>
<p>"It's a historic day for Norwegian space," said Halvard's chief executive, Eirik Solberg,
speaking to reporters at the spaceport after the satellites had been released. "Seven years ago,
this was a drawing on a whiteboard in Bergen. Today it is in orbit."</p>
{AD}
<p>The rocket was aiming for a sun-synchronous orbit about 520 kilometres above the Earth, a
popular destination for satellites that observe the planet. All four satellites, weighing 96
kilograms in total, were deployed as planned, the company said.</p>
<p>It was the third attempt in four days. On Saturday the launch was postponed because of strong
winds at high altitude, and on Monday the countdown was stopped seconds before liftoff because
of a sensor fault.</p>
<p>The police and the Norwegian Coastal Administration closed sea areas to the north and west of
the island for several hours, and fishing boats were asked to stay clear. Departures from the
local airport were held during the launch window.</p>
<p>"People here have followed this project through every delay," said Andøy deputy mayor Kristin
Vangen. "Today everybody was outside. Some of the schools let the children out to watch."</p>
<p>For Andøy, a municipality of around 4,500 people, the spaceport has been a source of both
pride and controversy. Supporters say it has brought jobs and visitors, while some residents and
reindeer herders have complained about restricted areas and noise.</p>
<p>"The hotels have been full all week with engineers and journalists," said Tor Arne Hansen,
who runs a guesthouse in Andenes. "If they launch a few times a year, it will make a real
difference for the winter season here."</p>
<p>Among those watching from Bleik beach was a group of students from Tromsø whose cubesat was
on board. "We spent three years building it in a basement lab," said one of them, Ingrid
Pedersen, 23. "We will not sleep tonight until we hear its first signal."</p>
<figure><img src="/img/skarv-liftoff.jpg" alt="Skarv-1 rocket lifting off"><figcaption>The
Skarv-1 rocket lifts off from Andøya Spaceport on Tuesday. Photo: Halvard
Aerospace</figcaption></figure>
<p>Andøya Space has been launching sounding rockets for scientific research since 1962, but the
orbital spaceport, opened in 2023, had waited for a successful orbital flight to prove its
value. A launch by another company from the site in 2025 ended shortly after liftoff.</p>
<p>Halvard, which has raised about 190 million euros, said it would study the flight data before
announcing the date of its next launch, expected late this year.</p>
""")

_S6_PBN = _pbn(
    section="Space",
    headline="Norwegian startup's rocket reaches orbit, a boost for Europe's launch ambitions",
    desc="Halvard Aerospace's Skarv-1 carried four small satellites to orbit from Andøya.",
    author="Marcus Delgado",
    published="2026-04-21T15:30:00Z",
    shown="April 21, 2026 · 11:30 AM ET",
    listen="4:05",
    more=["NASA sets new date for crewed lunar flyby",
          "The race to clean up space junk gets a new competitor",
          "Why small rockets are so hard to make profitable"],
    body="""
<p>A rocket built by a Norwegian startup reached orbit on its first try Tuesday, lifting off
from an island above the Arctic Circle and adding a new name to the short list of European
companies able to launch satellites.</p>
<p>Halvard Aerospace's Skarv-1 rocket launched from Andøya Spaceport in northern Norway late
Tuesday morning local time and released four small satellites into a sun-synchronous orbit about
550 kilometers (340 miles) above Earth, the company said.</p>
<p>"Today we showed that a rocket designed and built in Norway can reach orbit," Eirik Solheim,
Halvard's chief executive, said during the company's livestream. "This is the beginning, not the
finish line."</p>
{AD}
<p>The flight came after two earlier attempts were called off, on Saturday because of high winds
and on Monday because of a faulty sensor on the rocket's second stage.</p>
<p>The payloads, totaling 96 kilograms, or about 210 pounds, included two cubesats built by
Norwegian university students, a ship-tracking demonstrator for a Danish company and a radar
test satellite for a Finnish firm.</p>
<h2>Europe's launch gap</h2>
<p>Europe has struggled in recent years to guarantee its own access to space. Delays to the
Ariane 6 rocket and the grounding of the smaller Vega C after a 2022 failure left European
governments and companies relying on SpaceX to launch satellites, including some for defense and
navigation.</p>
<p>That has spurred a wave of European launch startups, backed by venture capital and,
increasingly, by governments. The European Space Agency last year preselected five companies for
its European Launcher Challenge, a program meant to help privately built rockets win
institutional missions.</p>
<p>"For a long time Europe talked about small launchers more than it flew them," said Caroline
Weiss, a space industry analyst based in Paris. "Every successful flight like this one changes
the conversation with investors and with governments."</p>
<p>Still, she cautioned, one flight is not a business. "The hard part is the second, third and
tenth launch. Cadence and cost are what customers will look at."</p>
<p>Norway, which is not a member of the European Union but belongs to the European Space Agency,
has invested heavily in Andøya, seeing the site as a strategic asset for civil and military
launches in the Arctic.</p>
<p>"There is a lot of interest from governments in having launch capacity close to home," Weiss
said. "The geography up there is an advantage for polar orbits, and nobody lives under the
flight path."</p>
<p>Halvard, founded in Bergen in 2019, has raised about 190 million euros, or about $215
million. The company said it would review data from Tuesday's flight before scheduling a second
mission, which it hopes to fly before the end of the year.</p>
<p>The Skarv-1 stands 24 meters tall and is powered by seven engines on its first stage. The
company says the rocket can lift up to 400 kilograms into the kind of orbit reached on
Tuesday.</p>
""")

STORY_6 = _story("rocket-UF6", "rocket", "2026-04-23", [
    _page("https://www.orbitalbrief.example/launch/2026/04/21/halvard-skarv-1-orbit/",
          _S6_ORBITAL),
    _page("https://www.fjordpost.example/north/skarv-1-lifts-off-andoya", _S6_FJORD),
    _page("https://www.pbn-news.example/2026/04/21/norway-rocket-halvard-skarv-orbit",
          _S6_PBN),
], [
    ("liftoff time", r"(?<![\d:.])11[:.]38(?!\d)", r"(?<![\d:.])11[:.]52(?!\d)"),
    ("target orbit altitude", r"(?<![\d.,])520 ?-?(km|kilomet)",
     r"(?<![\d.,])550 ?-?(km|kilomet)"),
    ("halvard chief executive", r"solberg", r"solheim"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
