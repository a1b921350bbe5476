"""Part UD of the story battery (web pages).

Written by engineer UD1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UD`.

Six invented stories, each told by three or four invented outlets as whole scraped pages with
their own site furniture: a Westminster by-election in the fictional Midlands seat of
Harrowden and Tilby (election-UD1, four planted disagreements: majority, turnout, time of the
declaration, who gave a Labour quote); a mayoral runoff in the fictional city of Carverton,
Georgia (election-UD2, CONTROL); a Mexico-South Korea trade agreement (trade-UD3, three
planted: car-tariff phase-out period, city of the signing, bilateral trade value); a 25-point
rate cut by the Central Bank of Iceland (cb-UD4, four planted: vote split, dissenting member,
January inflation, date of the next meeting); the first orbital launch of a fictional Scottish
rocket from Shetland (rocket-UD5, CONTROL, with BST/UTC clock times that agree); and a
Colorado Supreme Court ruling on a mountain town's short-term-rental ordinance (court-UD6,
three planted: vote split, author of the dissent, number of licences affected). All people,
outlets and results are invented.
"""

from __future__ import annotations

import html
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------------
# Text helpers. Article bodies are written as plain prose with blank lines between paragraphs.
# "## x" is a sub-heading, "[AD]" an advertisement slot, "[IMG] caption | credit" a figure,
# "[REL] title | url" an inline related link, a chunk starting with "<" is raw HTML, and
# "{text|url}" inside a paragraph is a link. Each outlet renders them in its own house style.
# --------------------------------------------------------------------------------------------

_LINK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


def _inline(text: str, quotes: str) -> str:
    s = html.escape(text, quote=False)
    if quotes in ("curly", "entity"):
        s = re.sub(r'(^|[\s(\[—/-])"', "\\1“", s)
        s = s.replace('"', "”")
        s = re.sub(r"(^|[\s(\[—])'", "\\1‘", s)
        s = s.replace("'", "’")
        if quotes == "entity":
            for ch, ent in (("“", "&#8220;"), ("”", "&#8221;"), ("‘", "&#8216;"),
                            ("’", "&#8217;"), ("—", "&#8212;"), ("–", "&#8211;")):
                s = s.replace(ch, ent)
    s = _LINK.sub(lambda m: f'<a href="{m.group(2).strip()}">{m.group(1).strip()}</a>', s)
    return s


def _blocks(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for chunk in text.strip().split("\n\n"):
        flat = " ".join(part.strip() for part in chunk.strip().splitlines())
        if flat.startswith("## "):
            out.append(("h2", flat[3:]))
        elif flat == "[AD]":
            out.append(("ad", ""))
        elif flat.startswith("[IMG] "):
            out.append(("img", flat[6:]))
        elif flat.startswith("[REL] "):
            out.append(("rel", flat[6:]))
        elif flat.startswith("<"):
            out.append(("raw", chunk.strip()))
        else:
            out.append(("p", flat))
    return out


def _render(text: str, *, quotes: str, p: str = "<p>{0}</p>", h2: str = "<h2>{0}</h2>",
            ad: str = "", img: str = "", rel: str = "", first: str = "") -> str:
    """Render a body. `first` (if given) formats the first paragraph, e.g. a dateline."""
    parts: list[str] = []
    seen_p = False
    for kind, payload in _blocks(text):
        if kind == "p":
            body = _inline(payload, quotes)
            if first and not seen_p:
                parts.append(first.format(body))
            else:
                parts.append(p.format(body))
            seen_p = True
        elif kind == "h2":
            parts.append(h2.format(_inline(payload, quotes)))
        elif kind == "ad":
            parts.append(ad)
        elif kind == "img":
            cap, _, credit = payload.partition("|")
            parts.append(img.format(cap=_inline(cap.strip(), quotes),
                                    credit=_inline(credit.strip(), quotes)))
        elif kind == "rel":
            title, _, url = payload.partition("|")
            parts.append(rel.format(title=_inline(title.strip(), quotes), url=url.strip()))
        else:
            parts.append(payload)
    return "\n".join(x for x in parts if x)


def _links(items: list[tuple[str, str]], li: str = '<li><a href="{1}">{0}</a></li>') -> str:
    return "\n".join(li.format(html.escape(t, quote=False), u) for t, u in items)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------------------------
# Outlet templates
# --------------------------------------------------------------------------------------------

def _meridian(url: str, *, headline: str, summary: str, section: str, iso: str, shown: str,
              dateline: str, byline: str, editing: str, body: str,
              more: list[tuple[str, str]]) -> str:
    """Meridian Wire: international wire service, US spelling, '%', datelines."""
    text = _render(
        body, quotes="straight",
        first="<p>" + dateline + " (Meridian Wire) - {0}</p>",
        ad='<div class="mw-ad-inline" aria-hidden="true"><span>Advertisement'
           ' &middot; Scroll to continue</span><div id="ad-mid"></div></div>',
        img='<figure class="mw-fig"><div class="ph"></div><figcaption>{cap} '
            '<span class="mw-credit">{credit}</span></figcaption></figure>',
        h2='<h2 class="mw-sub">{0}</h2>',
        rel='<p class="mw-related"><a href="{url}">{title}</a></p>')
    slug, sec = section.lower().split()[0], html.escape(section)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_attr(summary)}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{_attr(section)}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.meridianwire.example/css/article.7f3a.css">
</head>
<body class="mw">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="onetrust-banner" role="dialog" aria-label="Cookie preferences">
<p>We use cookies and similar technologies to provide our services, measure performance and
personalise advertising. You can manage your preferences at any time.</p>
<button>Accept All</button> <button>Reject Non-Essential</button>
<a href="/privacy/cookies/">Cookie Settings</a></div>
<header class="mw-header">
<a class="mw-logo" href="/">MERIDIAN WIRE</a>
<nav aria-label="Primary"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/sustainability/">Sustainability</a></li>
<li><a href="/legal/">Legal</a></li><li><a href="/technology/">Technology</a></li>
<li><a href="/science/">Science</a></li><li><a href="/sports/">Sports</a></li>
</ul></nav>
<a class="mw-signin" href="/account/sign-in/">Sign In</a>
<a class="mw-register" href="/account/register/">Register</a>
</header>
<main id="main-content">
<article class="mw-article">
<nav class="mw-crumbs" aria-label="Breadcrumb"><a href="/{slug}/">{sec}</a></nav>
<h1 data-testid="Heading">{html.escape(headline)}</h1>
<div class="mw-meta">
<address class="mw-byline">By <a href="/authors/">{html.escape(byline)}</a></address>
<time datetime="{iso}">{shown}</time>
</div>
<div class="mw-share" role="group" aria-label="Share">
<button>Share</button><button>X</button><button>Facebook</button><button>Linkedin</button>
<button>Email</button><button>Link</button><button>Purchase Licensing Rights</button>
</div>
<div class="mw-body" data-testid="ArticleBody">
{text}
<p class="mw-signoff">Reporting by {html.escape(byline)}; Editing by {html.escape(editing)}</p>
<p class="mw-trust"><a href="/about/trust-principles/">Our Standards: The Meridian Trust
Principles.</a></p>
</div>
</article>
<aside class="mw-ad-rail" aria-hidden="true"><span>Advertisement</span><div id="ad-r1"></div>
</aside>
<section class="mw-more" aria-labelledby="more-h"><h2 id="more-h">Read Next</h2><ul>
{_links(more)}
</ul></section>
</main>
<footer class="mw-footer">
<nav><a href="/about/">About Meridian</a> <a href="/careers/">Careers</a>
<a href="/contact/">Contact Us</a> <a href="/accessibility/">Accessibility</a>
<a href="/terms/">Terms of Use</a> <a href="/privacy/">Privacy</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _ledger(url: str, *, headline: str, standfirst: str, section: str, iso: str, shown: str,
            byline: str, role: str, body: str, most: list[tuple[str, str]],
            topics: list[str]) -> str:
    """The Northern Ledger: UK national daily, 'per cent', literal curly quotes, JSON-LD."""
    text = _render(
        body, quotes="curly",
        ad='<aside class="ad-slot ad-slot--inline" aria-label="Advertisement">'
           '<p class="ad-slot__label">Advertisement</p></aside>',
        img='<figure class="element-image"><img src="https://i.ledgerimg.example/img/media/'
            'a91c/master.jpg" alt="" width="620"><figcaption><span class="caption">{cap}'
            '</span> <span class="credit">{credit}</span></figcaption></figure>',
        rel='<aside class="rich-link"><a href="{url}">{title}</a></aside>',
        p='<p class="dcr-s23rjr">{0}</p>')
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":'
          f'"{_attr(headline)}","datePublished":"{iso}","dateModified":"{iso}",'
          f'"author":[{{"@type":"Person","name":"{byline}"}}],"publisher":'
          '{"@type":"Organization","name":"The Northern Ledger"},'
          f'"mainEntityOfPage":"{url}"}}')
    tags = " ".join(f'<li><a href="/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | {html.escape(section)} | The Northern Ledger</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(standfirst)}">
<meta property="og:site_name" content="the Northern Ledger">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="https://www.northernledger.example/profile/">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div class="skip"><a href="#maincontent">Skip to main content</a>
<a href="#navigation">Skip to navigation</a></div>
<div class="cmp-banner" role="dialog" aria-labelledby="cmp-h">
<h2 id="cmp-h">It’s your choice</h2>
<p>We and our partners use cookies and similar technologies to deliver personalised
advertising and content. Select ‘Yes, I’m happy’ to accept, or manage your choices.</p>
<button>Yes, I’m happy</button> <button>Manage my cookies</button>
</div>
<header>
<p class="support">Support the Ledger: <a href="/contribute">Fund independent
journalism</a></p>
<a href="/" class="logo">the Northern Ledger</a>
<nav id="navigation" aria-label="Ledger sections"><ul>
<li><a href="/uk">News</a></li><li><a href="/commentisfree">Opinion</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>
<li><a href="/lifeandstyle">Lifestyle</a></li></ul>
<ul class="subnav"><li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/science">Science</a></li>
<li><a href="/business">Business</a></li><li><a href="/environment">Environment</a></li>
<li><a href="/money">Money</a></li></ul></nav>
</header>
<main id="maincontent">
<article>
<p class="series"><a href="/{section.lower()}">{html.escape(section)}</a></p>
<h1>{html.escape(headline)}</h1>
<div class="standfirst"><p>{_inline(standfirst, "curly")}</p></div>
<aside class="meta">
<address><a rel="author" href="/profile/">{html.escape(byline)}</a> {html.escape(role)}
</address>
<details><summary>{shown}</summary></details>
<div class="share"><a href="#share-fb">Share on Facebook</a> <a href="#share-x">Share on X</a>
<a href="#share-mail">Share via Email</a> <button>Copy link</button></div>
<p class="comments"><a href="#comments">Comments (1.2k)</a></p>
</aside>
<div class="article-body-commercial-selector">
{text}
</div>
<div class="submeta"><h3>Explore more on these topics</h3><ul>{tags}</ul>
<p><a href="#share">Share</a> <a href="/info/reuse">Reuse this content</a></p></div>
</article>
<aside class="newsletter">
<h3>Sign up to First Edition</h3>
<p>Our morning email breaks down the key stories of the day, telling you what’s happening
and why it matters.</p>
<form><label>Enter your email address <input type="email"></label>
<button>Sign up</button></form>
<p class="small">Privacy Notice: Newsletters may contain info about charities, online ads,
and content funded by outside parties.</p>
</aside>
<section class="most-viewed"><h2>Most viewed</h2><ol>
{_links(most)}
</ol></section>
</main>
<footer>
<ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li>
<li><a href="/complaints">Complaints &amp; corrections</a></li>
<li><a href="/tips">Contact the Ledger</a></li><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms &amp; conditions</a>
</li></ul>
<p>&copy; 2026 Northern Ledger Media Limited or its affiliated companies. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _apb(url: str, *, headline: str, summary: str, iso: str, shown: str, byline: str,
         role: str, body: str, topics: list[str], related: list[tuple[str, str]]) -> str:
    """APB News: public broadcaster, '%', straight quotes, short paragraphs, analysis boxes."""
    text = _render(
        body, quotes="straight",
        p='<div data-component="text-block"><p>{0}</p></div>',
        h2='<div data-component="subheadline-block"><h2>{0}</h2></div>',
        img='<div data-component="image-block"><figure><span class="src">Image source, '
            '{credit}</span><img alt="" src="https://ichef.apb.example/news/976/cpsprod.jpg">'
            '<figcaption>Image caption, {cap}</figcaption></figure></div>',
        rel='<div data-component="links-block"><p><b>Related:</b> <a href="{url}">'
            '{title}</a></p></div>',
        ad="")
    tops = "".join(f'<li><a href="/news/topics/{t.lower().replace(" ", "-")}">{t}</a></li>'
                   for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} - APB News</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(summary)}">
<meta property="og:site_name" content="APB News">
<meta property="og:type" content="article">
<meta name="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"http://schema.org",
"@type":"ReportageNewsArticle","headline":"{_attr(headline)}","datePublished":"{iso}",
"publisher":{{"@type":"NewsMediaOrganization","name":"APB News"}}}}</script>
</head>
<body>
<a href="#main-content" class="skip">Skip to content</a>
<div id="consent" role="region" aria-label="Cookies on APB">
<h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header><a href="/" aria-label="APB Homepage">APB</a>
<nav aria-label="APB"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/iplayer">Watch</a></li><li><a href="/sounds">Listen</a></li></ul></nav>
<nav aria-label="News"><ul><li><a href="/news/uk">UK</a></li><li><a href="/news/world">World</a>
</li><li><a href="/news/politics">Politics</a></li><li><a href="/news/business">Business</a>
</li><li><a href="/news/science">Science</a></li><li><a href="/news/england">England</a></li>
</ul></nav></header>
<main id="main-content" role="main">
<article>
<header><h1 id="main-heading">{html.escape(headline)}</h1>
<div class="byline"><div><span>{html.escape(byline)}</span></div><div>{html.escape(role)}
</div></div>
<p class="when"><time datetime="{iso}">{shown}</time></p>
<button class="share">Share</button> <button class="save">Save</button></header>
{text}
<section class="topics"><h2>More on this story</h2><ul>
{_links(related)}
</ul><h3>Related topics</h3><ul>{tops}</ul></section>
</article>
</main>
<footer><nav><a href="/terms">Terms of Use</a> <a href="/aboutapb">About the APB</a>
<a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a>
<a href="/accessibility">Accessibility Help</a> <a href="/contact">Contact the APB</a></nav>
<p>Copyright 2026 APB. The APB is not responsible for the content of external sites.
<a href="/externallinks">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


def _contpost(url: str, *, headline: str, dek: str, section: str, iso: str, shown: str,
              bylines: list[tuple[str, str]], body: str,
              more: list[tuple[str, str]]) -> str:
    """The Continental Post: US national daily, 'percent', entity-encoded curly quotes."""
    text = _render(
        body, quotes="entity",
        p='<p data-el="text" class="wpds-c-cYdRxM">{0}</p>',
        ad='<div class="ad-container" data-qa="article-body-ad"><span>Advertisement</span>'
           '<div class="ad-slot" id="slug_inline_bb_1"></div></div>',
        img='<figure><img alt="" src="https://img.contpost.example/rf/image_982w/cp.jpg">'
            '<figcaption>{cap} ({credit})</figcaption></figure>',
        rel='<div class="interstitial"><a href="{url}">{title}</a></div>',
        h2='<h3 class="sub">{0}</h3>')
    names = " and ".join(f'<a rel="author" href="/people/">{html.escape(n)}</a>'
                         for n, _ in bylines)
    bios = "\n".join(f"<p><b>{html.escape(n)}</b> {html.escape(b)}</p>" for n, b in bylines)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} - The Continental Post</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="The Continental Post">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{_attr(section)}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="top-bar"><a href="/subscribe/">Subscribe: $1 every 4 weeks</a>
<a href="/sign-in/">Sign in</a></div>
<header class="site-header">
<button aria-label="Sections menu">Sections</button>
<a class="masthead" href="/">The Continental Post</a>
<p class="motto">Facts first, since 1871</p>
<nav><a href="/politics/">Politics</a> <a href="/national/">National</a>
<a href="/world/">World</a> <a href="/business/">Business</a> <a href="/climate/">Climate</a>
<a href="/tech/">Tech</a> <a href="/opinions/">Opinions</a> <a href="/sports/">Sports</a>
</nav></header>
<main id="main">
<article>
<div class="kicker"><a href="/{section.lower()}/">{html.escape(section)}</a></div>
<h1>{html.escape(headline)}</h1>
<h2 class="dek">{_inline(dek, "entity")}</h2>
<div class="byline">By {names}</div>
<div class="timestamp"><span>{shown}</span></div>
<div class="tools"><button>Gift Article</button> <button>Share</button>
<button>Comment</button> <button>Save</button> <button>Listen</button></div>
<div class="article-body">
{text}
</div>
<div class="author-bios">{bios}</div>
</article>
<aside class="newsletter-signup"><h3>The Daily Continental</h3>
<p>The day&#8217;s most important news, delivered every weekday morning.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
<section class="more-stories"><h3>More from the Post</h3><ul>
{_links(more)}
</ul></section>
</main>
<footer><p><a href="/about/">About The Post</a> &middot; <a href="/ethics/">Policies
&amp; Standards</a> &middot; <a href="/terms/">Terms of Service</a> &middot;
<a href="/privacy/">Privacy Policy</a> &middot; <a href="/privacy-choices/">Your Privacy
Choices</a></p><p>&copy; 1996-2026 The Continental Post</p></footer>
</body>
</html>
"""


def _tilby(url: str, *, headline: str, standfirst: str, shown: str, byline: str, body: str,
           trending: list[tuple[str, str]]) -> str:
    """Tilby &amp; Harrowden Gazette: UK local paper, 'per cent', date only, no metadata time."""
    text = _render(
        body, quotes="curly",
        ad='<div class="mpu"><small>ADVERTISEMENT</small><div class="mpu-slot"></div></div>',
        img='<figure class="lead"><img src="/images/news/2026/02/count.jpg" alt="">'
            '<figcaption>{cap} Picture: {credit}</figcaption></figure>',
        rel='<p class="readmore"><strong>READ MORE:</strong> <a href="{url}">{title}</a></p>',
        h2="<h3>{0}</h3>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | Tilby &amp; Harrowden Gazette</title>
<meta name="description" content="{_attr(standfirst)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Tilby &amp; Harrowden Gazette">
<link rel="canonical" href="{url}">
</head>
<body class="gazette">
<a class="skip" href="#content">Skip to content</a>
<div class="cookie-notice">This website uses cookies. By continuing to browse you agree to
our use of cookies. <a href="/cookie-policy">Find out more</a> <button>OK</button></div>
<div class="topline"><span>Friday, 13 February 2026</span> <span>Tilby 6&deg;C, light rain</span>
<a href="/epaper">E-edition</a> <a href="/subscribe">Subscribe from 99p</a></div>
<header><a class="brand" href="/">Tilby &amp; Harrowden Gazette</a>
<p class="strap">Serving the Tilby valley since 1868</p>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> |
<a href="/whats-on">What's On</a> | <a href="/property">Property</a> |
<a href="/announcements">Announcements</a> | <a href="/jobs">Jobs</a> |
<a href="/public-notices">Public Notices</a></nav></header>
<div class="leaderboard"><small>ADVERTISEMENT</small></div>
<main id="content"><article>
<p class="cat"><a href="/news/politics">Politics</a></p>
<h1>{html.escape(headline)}</h1>
<p class="intro"><strong>{_inline(standfirst, "curly")}</strong></p>
<p class="by">{html.escape(byline)}</p>
<p class="date">{shown}</p>
<p class="social"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a>
<a href="#email">Email</a></p>
{text}
<div class="comments-off">Comments have been disabled on this article.</div>
</article>
<aside class="trending"><h2>Trending in Tilby</h2><ol>
{_links(trending)}
</ol></aside>
<aside class="signup"><h2>Get the Gazette in your inbox</h2><p>Daily headlines from Tilby,
Harrowden and the villages, every morning at 7am.</p><input type="email"> <button>Sign me
up</button></aside>
</main>
<footer><p>Tilby &amp; Harrowden Gazette, Unit 4, Wharf Court, Tilby. Part of the Shire
Valley Media group. This newspaper is regulated by the Independent Press Standards
Organisation.</p><p><a href="/contact">Contact us</a> <a href="/advertise">Advertise</a>
<a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _carverton(url: str, *, headline: str, summary: str, iso: str, shown: str, byline: str,
               body: str, popular: list[tuple[str, str]]) -> str:
    """Carverton Courier-Journal: US local daily, 'percent', straight quotes, AP-ish style."""
    text = _render(
        body, quotes="straight",
        ad='<div class="gnt_ar_b_ad" aria-label="advertisement"><span>Advertisement</span></div>',
        img='<figure class="gnt_em_img"><img alt="" src="/gcdn/presto/2025/12/03/election.jpg">'
            '<figcaption>{cap} <span class="gnt_em_img_ccl">{credit}</span></figcaption>'
            '</figure>',
        rel='<aside class="gnt_ar_b_al"><strong>Related:</strong> <a href="{url}">{title}</a>'
            '</aside>',
        h2='<h2 class="gnt_ar_b_h2">{0}</h2>',
        p='<p class="gnt_ar_b_p">{0}</p>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)}</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Carverton Courier-Journal">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
</head>
<body>
<a class="gnt_skip" href="#mainContent">Skip to main content</a>
<div class="gnt_n">
<a class="gnt_n_logo" href="/">Carverton Courier-Journal</a>
<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">
Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a>
<a href="/elections/">Elections 2025</a> <a href="/eedition/">E-Edition</a></nav>
<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a>
</div>
<main id="mainContent">
<article>
<h1 class="gnt_ar_hl">{html.escape(headline)}</h1>
<div class="gnt_ar_by"><a href="/staff/">{html.escape(byline)}</a></div>
<div class="gnt_ar_dt" aria-label="{_attr(shown)}">{shown}</div>
<div class="gnt_ss"><button>Share on Facebook</button><button>Share on X</button>
<button>Email</button></div>
<div class="gnt_ar_b">
{text}
</div>
<p class="gnt_ar_tip">Have a news tip? Email <a href="mailto:newsroom@carvertoncj.example">
newsroom@carvertoncj.example</a>.</p>
</article>
<aside class="gnt_pop"><h2>Most Popular</h2><ul>
{_links(popular)}
</ul></aside>
</main>
<footer class="gnt_f"><p>&copy; 2025 www.carvertoncj.example. All rights reserved.</p>
<p><a href="/terms/">Terms of Service</a> &bull; <a href="/privacy/">Privacy Notice</a>
&bull; <a href="/ccpa/">Your California Privacy Rights</a> &bull; <a href="/sitemap/">Site
Map</a></p></footer>
</body>
</html>
"""


def _tradelane(url: str, *, headline: str, dek: str, author: str, body: str,
               sidebar: list[tuple[str, str]]) -> str:
    """TradeLane Brief: trade-policy blog for importers/exporters; '%', no date anywhere."""
    text = _render(
        body, quotes="curly",
        h2='<h2 class="wp-block-heading">{0}</h2>',
        p="<p>{0}</p>",
        ad='<div class="tl-sponsor"><em>Sponsored</em> &mdash; Clear customs faster with '
           '<a href="/partners/">our bonded-warehouse partners</a>.</div>',
        rel='<p class="tl-also"><strong>See also:</strong> <a href="{url}">{title}</a></p>',
        img='<figure class="wp-block-image"><img src="/wp-content/uploads/hero.jpg" alt="">'
            '<figcaption>{cap} ({credit})</figcaption></figure>')
    who = html.escape(author)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{html.escape(headline)} &#8211; TradeLane Brief</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="TradeLane Brief">
<meta property="og:type" content="article">
<meta name="generator" content="WordPress 6.8">
<link rel="canonical" href="{url}">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header class="site-header"><p class="site-title"><a href="/">TradeLane Brief</a></p>
<p class="site-description">Tariffs, rules of origin and market access &mdash; in plain
English</p>
<nav class="main-navigation"><ul><li><a href="/category/tariffs/">Tariffs</a></li>
<li><a href="/category/ftas/">FTAs</a></li><li><a href="/category/customs/">Customs</a></li>
<li><a href="/category/shipping/">Shipping</a></li><li><a href="/tools/hs-lookup/">HS
Lookup</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></nav></header>
<div id="primary" class="content-area"><main class="site-main">
<article class="post type-post status-publish format-standard">
<header class="entry-header"><span class="cat-links"><a href="/category/ftas/">FTAs</a>,
<a href="/category/autos/">Autos</a></span>
<h1 class="entry-title">{html.escape(headline)}</h1>
<p class="entry-dek">{_inline(dek, "curly")}</p>
<div class="entry-meta"><span class="byline">by <a class="url fn n" href="/author/">{who}
</a></span> &middot; <span class="reading-time">6 min read</span></div>
</header>
<div class="entry-content">
{text}
</div>
<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3>
<a href="#share-linkedin">LinkedIn</a> <a href="#share-x">X</a> <a href="#share-email">Email</a>
<a href="#print">Print</a></div>
<div class="author-box"><p>{html.escape(author)} writes about trade agreements and
customs for TradeLane Brief.</p></div></footer>
</article>
<div id="comments"><h3>Leave a Reply</h3><p>You must be <a href="/wp-login.php">logged in</a>
to post a comment.</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>
{_links(sidebar)}
</ul></section><section class="widget"><h2>Get the Brief</h2><p>One email, every Tuesday.
No spam.</p><input type="email"> <button>Subscribe</button></section></aside>
<footer class="site-footer"><p>&copy; TradeLane Brief. Nothing on this site is legal or
customs advice. Proudly powered by WordPress.</p></footer>
</body>
</html>
"""


def _fxdesk(url: str, *, headline: str, iso: str, shown: str, author: str, body: str,
            tickers: str, latest: list[tuple[str, str]]) -> str:
    """FX Desk Daily: rates/currency markets blog; 'pct' and 'bps', terse, dated with time."""
    text = _render(
        body, quotes="straight",
        p="<p>{0}</p>",
        h2="<h4>{0}</h4>",
        ad='<div class="fx-ad">Advertisement &middot; <a href="/go/broker">Trade FX with '
           'spreads from 0.1 pips</a> &middot; Capital at risk.</div>',
        rel='<p class="fx-rel">&raquo; <a href="{url}">{title}</a></p>',
        img="")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | FX Desk Daily</title>
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="FX Desk Daily">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
</head>
<body>
<a href="#post" class="skip">Skip to article</a>
<div class="ticker" aria-label="Market data">{tickers}</div>
<header><a href="/" class="brand">FX Desk <span>Daily</span></a>
<nav><a href="/g10/">G10</a> <a href="/em/">EM</a> <a href="/central-banks/">Central
Banks</a> <a href="/calendar/">Calendar</a> <a href="/charts/">Charts</a>
<a href="/premium/">Premium</a></nav><a href="/login">Log in</a></header>
<main>
<article id="post">
<p class="tag"><a href="/central-banks/">Central Banks</a> / <a href="/em/nordics/">
Nordics</a></p>
<h1>{html.escape(headline)}</h1>
<p class="meta">{html.escape(author)} &middot; <time datetime="{iso}">{shown}</time></p>
{text}
<p class="disclaimer"><small>This article is for information only and is not investment
advice. FX Desk Daily and its writers may hold positions in instruments mentioned.</small></p>
</article>
<aside class="latest"><h3>Latest</h3><ul>
{_links(latest)}
</ul></aside>
</main>
<footer><p>&copy; 2026 FX Desk Daily Ltd &middot; <a href="/terms">Terms</a> &middot;
<a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookie settings</a></p></footer>
</body>
</html>
"""


def _orbitwatch(url: str, *, headline: str, dek: str, iso: str, shown: str, author: str,
                body: str, factbox: str, recent: list[tuple[str, str]]) -> str:
    """OrbitWatch: specialist spaceflight site; UTC times, metric units, fact box."""
    text = _render(
        body, quotes="curly",
        p="<p>{0}</p>",
        h2="<h2>{0}</h2>",
        ad='<div class="ow-ad"><span class="lbl">Advertisement</span></div>',
        img='<figure class="ow-fig"><img src="/media/2026/04/heron1-liftoff.jpg" alt="">'
            '<figcaption>{cap} <em>Credit: {credit}</em></figcaption></figure>',
        rel='<div class="ow-related">Related: <a href="{url}">{title}</a></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} &#8211; OrbitWatch</title>
<meta name="description" content="{_attr(dek)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="OrbitWatch">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
</head>
<body>
<a class="skip" href="#story">Skip to content</a>
<header class="ow-head"><a href="/" class="ow-logo">ORBIT<b>WATCH</b></a>
<nav><a href="/launch-schedule/">Launch Schedule</a> <a href="/news/">News</a>
<a href="/category/launch-reports/">Launch Reports</a> <a href="/category/smallsat/">Smallsats</a>
<a href="/category/europe/">Europe</a> <a href="/podcast/">Podcast</a>
<a href="/support/">Support us</a></nav></header>
<div class="gdpr">OrbitWatch uses cookies for analytics. <button>Accept</button>
<button>Decline</button></div>
<main id="story"><article>
<h1>{html.escape(headline)}</h1>
<p class="ow-dek">{_inline(dek, "curly")}</p>
<p class="ow-meta">By {html.escape(author)} &middot; <time datetime="{iso}">{shown}</time></p>
<div class="ow-share"><a href="#x">Post</a> <a href="#bsky">Bluesky</a>
<a href="#reddit">Reddit</a> <a href="#copy">Copy link</a></div>
<div class="ow-body">
{text}
</div>
<aside class="ow-factbox">{factbox}</aside>
</article>
<aside class="ow-recent"><h3>Recent launch reports</h3><ul>
{_links(recent)}
</ul></aside>
<aside class="ow-patreon"><p>OrbitWatch is reader-funded. Become a supporter from $3 a month
and get launch alerts and ad-free pages.</p></aside>
</main>
<footer><p>&copy; 2026 OrbitWatch. Launch times are given in UTC unless stated.</p>
<p><a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot;
<a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""


def _benchbar(url: str, *, headline: str, summary: str, author: str, body: str,
              casebox: str, recent: list[tuple[str, str]]) -> str:
    """Bench &amp; Bar Report: legal news site; case box; no date on the page."""
    text = _render(
        body, quotes="entity",
        p="<p>{0}</p>",
        h2='<h3 class="bb-h">{0}</h3>',
        ad='<div class="bb-ad"><span>ADVERTISEMENT</span><p>CLE on demand: 3 ethics credits,'
           ' $99.</p></div>',
        rel='<p class="bb-rel"><em>Previously:</em> <a href="{url}">{title}</a></p>',
        img="")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | Bench &amp; Bar Report</title>
<meta name="description" content="{_attr(summary)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:site_name" content="Bench &amp; Bar Report">
<link rel="canonical" href="{url}">
</head>
<body>
<a class="skip" href="#article">Skip to main content</a>
<div class="bb-paywall-note">You have 2 free articles remaining this month.
<a href="/subscribe">Subscribe</a></div>
<header><a class="bb-logo" href="/">Bench &amp; Bar Report</a>
<p class="bb-tag">Appellate news for the Mountain West</p>
<nav><a href="/courts/supreme/">State Supreme Courts</a> <a href="/courts/tenth-circuit/">
Tenth Circuit</a> <a href="/practice/land-use/">Land Use</a> <a href="/practice/employment/">
Employment</a> <a href="/practice/criminal/">Criminal</a> <a href="/opinion-tracker/">Opinion
Tracker</a></nav></header>
<main id="article"><article>
<p class="bb-cat">Posted in <a href="/courts/supreme/">State Supreme Courts</a>,
<a href="/practice/land-use/">Land Use</a></p>
<h1>{html.escape(headline)}</h1>
<p class="bb-by">By {html.escape(author)}</p>
<div class="bb-casebox">{casebox}</div>
{text}
<p class="bb-share"><a href="#li">Share on LinkedIn</a> &middot; <a href="#mail">Email</a>
&middot; <a href="#print">Print</a></p>
</article>
<aside class="bb-recent"><h2>Recent opinions</h2><ul>
{_links(recent)}
</ul></aside>
</main>
<footer><p>Bench &amp; Bar Report is not a law firm and does not provide legal advice.
&copy; Bench &amp; Bar Report LLC.</p></footer>
</body>
</html>
"""


# ============================================================================================
# Story 1 - election-UD1: Harrowden and Tilby by-election (UK). Planted: majority (1,842 vs
# 1,284, APB), turnout (38.4 vs 34.8, Gazette), declaration time (3.47am vs 4:47 a.m.,
# Meridian), Labour quote speaker (Helen Marchbank in the Ledger vs Rob Ainsley in the Gazette).
# ============================================================================================

_S1_LEDGER = _ledger(
    "https://www.northernledger.example/politics/2026/feb/13/"
    "reform-uk-wins-harrowden-and-tilby-by-election",
    headline="Reform UK seizes Harrowden and Tilby from Labour in by-election upset",
    standfirst="Joanne Pryce overturns a 9,421 Labour majority in a Midlands seat the party "
               "had held at every election since 1997",
    section="Politics", iso="2026-02-13T06:58:11Z", shown="Fri 13 Feb 2026 06.58 GMT",
    byline="Imogen Castell", role="Political correspondent",
    topics=["By-elections", "Reform UK", "Labour", "East Midlands"],
    most=[("Storm Imelda: gusts of 80mph forecast for west coast of Scotland",
           "/uk-news/2026/feb/13/storm-imelda-gusts"),
          ("‘I kept the receipt for 40 years’: readers on the things they never threw away",
           "/lifeandstyle/2026/feb/12/readers-kept-receipts"),
          ("Energy price cap to fall slightly from April, regulator says",
           "/money/2026/feb/12/energy-price-cap-april"),
          ("Six Nations: Scotland name unchanged side for trip to Cardiff",
           "/sport/2026/feb/12/six-nations-scotland-team"),
          ("The long read: inside Britain’s last working silk mill",
           "/news/2026/feb/13/long-read-silk-mill")],
    body="""
[IMG] Joanne Pryce celebrates with Reform UK activists after the declaration at Tilby leisure
centre. | Photograph: Owen Haskett/The Northern Ledger

Reform UK has won the Harrowden and Tilby by-election, overturning a Labour majority of more
than 9,000 and taking a Midlands seat that Labour had held at every general election since
1997.

Joanne Pryce, a 51-year-old former police sergeant who sits on Tilby district council, took
14,206 votes to 12,364 for Labour's Sunil Dhar, a majority of 1,842. The result was declared
at 3.47am on Friday in the sports hall of Tilby leisure centre, after a count slowed by a
Labour request for a bundle check in two wards.

Turnout was 38.4 per cent, down from 61.2 per cent at the general election in July 2024, when
Labour's Dennis Carrow held the seat with a majority of 9,421 over the Conservatives. Carrow,
who was first elected in 2010, stood down in November on health grounds.

The Conservatives, second here 19 months ago, slipped to third with 6,118 votes, ahead of the
Liberal Democrats on 2,947 and the Greens on 2,035. Three other candidates shared 611 votes
between them and lost their deposits.

[AD]

In a short victory speech, Pryce said: "People in Harrowden and Tilby were loyal to one party
for nearly 30 years, and tonight they decided that loyalty has to be earned." She said she
would use her first weeks in parliament to press ministers over the downgrading of the minor
injuries unit at Harrowden community hospital.

The swing from Labour to Reform, about 14 points, was in line with the party's private
estimates in the final week but larger than most public polling had suggested. A
constituency survey published 10 days before polling day had put Labour two points ahead.

Helen Marchbank, Labour's national campaign coordinator, said: "We heard the frustration on
the doorstep and we did not answer it quickly enough. That is on us, not on the voters." She
said the party would "listen, learn and come back", but rejected suggestions that the result
was a referendum on the government as a whole.

Dhar, a secondary school teacher who was selected as the candidate in December, told
reporters he was "proud of the campaign we ran" and would take time with his family before
deciding whether to stand again at the general election.

## A test the government had hoped to pass

Cabinet ministers visited the constituency at least a dozen times during the campaign, and
Labour organisers privately described the seat as "difficult but holdable" as recently as
last month. The cost of living, the future of the community hospital and repeated delays to
the Tilby relief road dominated conversations on the doorstep.

Reform has spent much of the past year building its organisation in the East Midlands, where
it won control of several county councils in May 2025. Party officials said more than 400
activists had travelled to the seat over the final weekend, many of them bussed in from
Lincolnshire and Nottinghamshire.

The Conservative candidate, Rupert Vane, a barrister, called it "a disappointing night" and
said his party had been "squeezed from both ends". Claire Ottley, for the Liberal Democrats,
said keeping her deposit in a seat where her party had never been competitive was "a
respectable result in a two-horse race".

Pryce is expected to take her seat in the Commons next week.

[REL] What the Harrowden and Tilby result means for Labour |
/politics/2026/feb/13/harrowden-tilby-what-it-means-for-labour
""")

_S1_APB = _apb(
    "https://www.apb.example/news/articles/c4g7mz2e1kxo",
    headline="Harrowden and Tilby by-election: Reform UK gains seat from Labour",
    summary="Joanne Pryce wins the East Midlands seat, ending Labour's long hold on the "
            "constituency.",
    iso="2026-02-13T04:31:00Z", shown="13 February 2026", byline="Priya Lennox",
    role="APB News, East Midlands",
    topics=["By-elections", "Reform UK", "Labour Party", "Tilby"],
    related=[("Harrowden and Tilby by-election: Who is standing?",
              "/news/articles/c9xk2l1p8vro"),
             ("Why was there a by-election in Harrowden and Tilby?",
              "/news/articles/cz3n0q7kw4mo"),
             ("Labour MP Dennis Carrow to stand down on health grounds",
              "/news/articles/c1y8r4jd2gmo")],
    body="""
[IMG] Joanne Pryce was cheered by supporters as the result was read out | Hallam Photo Agency

Reform UK has won the Harrowden and Tilby by-election, ending Labour's 29-year hold on the East
Midlands constituency.

Joanne Pryce, a former police officer and Tilby district councillor, beat Labour's Sunil Dhar
in a contest triggered by the resignation of Labour MP Dennis Carrow, who stepped down in
November for health reasons.

Turnout was 38.4%, well down on the general election in July 2024, when Mr Carrow won with a
majority of 9,421.

Ms Pryce was elected with a majority of 1,284, with the Conservatives, who came second in
2024, falling back into third place.

Speaking after the declaration, she said: "This is the start of something, not the end of it.
I'll be the MP for everyone here, including the people who didn't vote for me."

She told the APB her priorities would be the minor injuries unit at Harrowden Community
Hospital, which is due to start closing overnight from next month, and the long-delayed Tilby
relief road.

A Labour spokesperson said the party would "reflect carefully" on the result, adding that
by-elections in the middle of a parliament were "always difficult for governing parties".

The Conservatives' Rupert Vane said his party had been "squeezed from both ends".

## Analysis: A warning Labour cannot ignore

By Mark Tennant, political editor, APB East Midlands

Harrowden and Tilby is not the sort of seat Labour expected to be defending.

It is a patchwork of former mining villages, commuter estates and the market town of Tilby
itself, and until recently it was regarded by all the parties as safe.

What changed? On the doorstep during this campaign, voters I spoke to rarely mentioned
national politics first. They talked about the hospital, the bus services that were cut
last year, and the relief road that has been promised for the best part of two decades.

Reform's candidate was well known locally, which mattered. Ms Pryce spent more than 20 years
in the police and has been a councillor since 2021.

Labour will point out that governing parties often lose by-elections and sometimes win the
seats back. But the scale of the fall in its vote here will worry MPs across the Midlands,
many of whom face the same mix of voters and the same complaints.

## Who stood?

The candidates in the Harrowden and Tilby by-election were:

<ul class="candidates">
<li>Alan Birtwhistle - Heritage Party</li>
<li>Sunil Dhar - Labour</li>
<li>Tom Hesketh - Green Party</li>
<li>Nadia Kerr - Social Democratic Party</li>
<li>Keith Morley - Independent</li>
<li>Claire Ottley - Liberal Democrats</li>
<li>Joanne Pryce - Reform UK</li>
<li>Rupert Vane - Conservative</li>
</ul>

Polls opened at 07:00 GMT on Thursday and closed at 22:00 GMT. Ballots were counted overnight
at Tilby Leisure Centre.

[REL] Full result: Harrowden and Tilby by-election | /news/election/2026/by-elections/harrowden
""")

_S1_MERIDIAN = _meridian(
    "https://www.meridianwire.example/world/uk/"
    "reform-uk-wins-english-by-election-overturning-big-labour-majority-2026-02-13/",
    headline="Reform UK wins English by-election, overturning big Labour majority",
    summary="Nigel Farage's Reform UK took a Labour-held parliamentary seat in central England "
            "on Friday.",
    section="World", iso="2026-02-13T05:21:00Z", shown="February 13, 2026 5:21 AM GMT",
    dateline="TILBY, England, Feb 13", byline="Alastair Penhallow", editing="Joan Rusk",
    more=[("UK economy grew 0.1% in fourth quarter, official data shows",
           "/world/uk/uk-economy-fourth-quarter-2026-02-12/"),
          ("Sterling steadies after Bank of England minutes",
           "/markets/currencies/sterling-steadies-2026-02-12/"),
          ("Irish government survives confidence vote over housing",
           "/world/europe/irish-government-confidence-vote-2026-02-11/")],
    body="""
Reform UK won a parliamentary by-election in central England on Friday, taking a seat that
Labour had held since 1997 and adding to pressure on the governing party ahead of local and
devolved elections in May.

Joanne Pryce, a former police officer, won 14,206 votes, or 37.1% of the total, in the
Harrowden and Tilby constituency, against 12,364, or 32.3%, for Labour's Sunil Dhar,
according to results announced at 4:47 a.m. (0447 GMT). Turnout was 38.4%.

Pryce's majority of 1,842 compares with the 9,421-vote margin by which Labour's Dennis Carrow
won the seat at the July 2024 national election. Carrow, who had represented the area since
2010, resigned in November, citing ill health.

"This is the start of something, not the end of it," Pryce told supporters at the count,
held in a leisure centre in Tilby, the constituency's largest town.

Pryce, who served for more than 20 years in the police before being elected to Tilby
District Council in 2021, campaigned heavily on local issues, including the planned overnight
closure of a minor injuries unit at the constituency's community hospital and long delays to
a promised relief road around Tilby.

[AD]

The Conservatives, the main opposition party in parliament, finished third with 16.0% of the
vote, after coming second in 2024. Their candidate, Rupert Vane, said the party had been
"squeezed from both ends". The Liberal Democrats were fourth with 7.7% and the Greens fifth
with 5.3%.

Reform, the anti-immigration party led by Nigel Farage, has topped most national opinion
polls since the spring of last year and won control of a string of English county councils
in May 2025. It is now seeking to show that it can also win seats in parliament, where it
holds only a handful of the 650 seats. Its first by-election gain came in Runcorn and
Helsby in northwest England in May 2025, when it won by six votes.

Labour said it would reflect on the outcome. Party officials had acknowledged before polling
day that the contest would be close, but had expected to hold on. Its candidate, Sunil Dhar, a
secondary school teacher, said he was proud of the campaign his team had run.

Political analysts said the result, while dramatic, should be treated with caution.
Turnout in by-elections is typically far lower than at national elections, and governing
parties have frequently lost such contests in mid-term only to recover later.

"By-elections are where voters send messages, and this is a loud one," said Rowena Aske,
a professor of politics at the University of Lindhurst. "But the next general election is
probably three years away, and a lot can change."

Elections for local councils across much of England and for the Scottish and Welsh
parliaments are due on May 7.
""")

_S1_TILBY = _tilby(
    "https://www.tilbygazette.example/news/politics/"
    "pryce-wins-for-reform-as-harrowden-and-tilby-turns-its-back-on-labour-4418207",
    headline="Pryce wins it for Reform as Harrowden and Tilby turns its back on Labour",
    standfirst="Former police sergeant becomes the constituency's first non-Labour MP in "
                "nearly three decades",
    shown="Friday, 13 February 2026", byline="By Kerry Ashdown, Chief Reporter",
    trending=[("Roadworks on Station Street to last until Easter, council warns",
               "/news/roadworks-station-street-4417990"),
              ("Harrowden bakery wins regional pie award for third year running",
               "/news/harrowden-bakery-pie-award-4417815"),
              ("Tilby Town held 2-2 by Corby after late equaliser",
               "/sport/football/tilby-town-corby-4418011"),
              ("Pictures: Tilby Rotary Club's winter ball", "/whats-on/rotary-ball-4417702")],
    body="""
[IMG] Joanne Pryce (centre) hears the result alongside the other candidates at Tilby
Leisure Centre. | Sam Oyelaran

Harrowden and Tilby has a new MP, and for the first time since 1997 she is not from the
Labour Party.

Reform UK's Joanne Pryce was declared the winner at 3.47am on Friday after a long night at
Tilby Leisure Centre, where counting staff worked through more than 38,000 ballot papers
under the eye of party agents.

Returning officer Gillian Marsh, chief executive of Tilby District Council, read out the
result to cheers from a cluster of Reform supporters in turquoise rosettes and near silence
from the Labour benches.

Mrs Pryce took 14,206 votes, beating Labour's Sunil Dhar by 1,842. Turnout was 34.8 per
cent, with 69 ballot papers rejected.

<table class="result">
<caption>Harrowden and Tilby by-election result</caption>
<tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>
<tr><td>Joanne Pryce</td><td>Reform UK</td><td>14,206</td></tr>
<tr><td>Sunil Dhar</td><td>Labour</td><td>12,364</td></tr>
<tr><td>Rupert Vane</td><td>Conservative</td><td>6,118</td></tr>
<tr><td>Claire Ottley</td><td>Liberal Democrats</td><td>2,947</td></tr>
<tr><td>Tom Hesketh</td><td>Green Party</td><td>2,035</td></tr>
<tr><td>Keith Morley</td><td>Independent</td><td>318</td></tr>
<tr><td>Alan Birtwhistle</td><td>Heritage Party</td><td>187</td></tr>
<tr><td>Nadia Kerr</td><td>Social Democratic Party</td><td>106</td></tr>
</table>

[AD]

In her acceptance speech, the former police sergeant, who has represented Tilby North on the
district council since 2021, thanked her family and "every single person who knocked on a
door in the rain".

"People in this town have been telling politicians what they need for years," she said. "The
minor injuries unit, the buses, the relief road. I have heard it on every doorstep, and I will
not stop saying it in Westminster."

## 'That is on us'

Labour had held the seat since 1997, and Dennis Carrow, who stood down in November because of
ill health, won a majority of 9,421 as recently as July 2024.

Councillor Rob Ainsley, leader of the Labour group on Tilby District Council, said: "We heard
the frustration on the doorstep and we did not answer it quickly enough. That is on us, not on
the voters."

He added that local Labour members would "be out again on Saturday morning", and paid tribute
to Mr Dhar, a teacher at Harrowden Academy, for "a decent, honest campaign".

Mr Dhar said he was proud of his team and wished Mrs Pryce well.

Conservative Rupert Vane, who came third, said it had been "a disappointing night", while
Liberal Democrat Claire Ottley and the Green Party's Tom Hesketh both held on to their
deposits.

## What people in Tilby said

In the Market Square on Friday morning, opinion was divided.

Retired lorry driver Graham Pickering, 71, said he had voted Labour "all my life until
yesterday". "I've nothing against Sunil, he seems a nice lad," he said. "But nothing changes
round here, so I thought I'd try something different."

Nursery worker Jade Corrigan, 29, said she had voted Green and was worried about the result.
"I just hope she does what she says on the hospital," she said.

Mrs Pryce is expected to be sworn in at Westminster next week. She said she would hold her
first constituency surgery at Tilby library within a fortnight.

[REL] Harrowden hospital minor injuries unit to close overnight from March |
/news/health/harrowden-minor-injuries-overnight-4409931
""")


# ============================================================================================
# Story 2 - election-UD2: Carverton, Georgia, mayoral runoff. CONTROL: no planted disagreement.
# ============================================================================================

_S2_CARVERTON = _carverton(
    "https://www.carvertoncj.example/story/news/politics/elections/2025/12/02/"
    "carverton-mayor-runoff-results-renee-castellanos-martin-oduya/87512340007/",
    headline="Renee Castellanos wins Carverton mayor's race, defeating Martin Oduya in runoff",
    summary="Castellanos will be the city's first Latina mayor after beating the former county "
            "commission chairman in Tuesday's runoff.",
    iso="2025-12-03T04:48:00Z",
    shown="Published 11:48 p.m. ET Dec. 2, 2025 | Updated 7:15 a.m. ET Dec. 3, 2025",
    byline="Marcus Tillery and Ana Belén Ruiz, Carverton Courier-Journal",
    popular=[("Holiday lights parade returns to Riverside Avenue Saturday",
              "/story/news/local/2025/12/02/holiday-lights-parade/87509120007/"),
             ("Carverton Central falls in state quarterfinals, 28-21",
              "/story/sports/high-school/2025/11/29/carverton-central-quarterfinal/"),
             ("Restaurant inspections: 3 spots score below 80",
              "/story/news/local/2025/12/01/restaurant-inspections/87498870007/"),
             ("Water main break closes part of Old Macon Road",
              "/story/news/local/2025/12/02/water-main-break/87511230007/")],
    body="""
[IMG] Renee Castellanos addresses supporters at the Foundry on Fifth Street on Tuesday night.
| Jaylen Brooks/Carverton Courier-Journal

Renee Castellanos will be Carverton's next mayor.

The two-term City Council member defeated former Dunmore County Commission chairman Martin
Oduya in Tuesday's runoff, winning 48,912 votes, or 52.5 percent, to Oduya's 44,307, or 47.5
percent, according to unofficial results with all 112 precincts reporting.

Oduya conceded shortly after 10 p.m., calling Castellanos from his election-night party at the
Lanier Hotel downtown before going out to thank supporters.

Castellanos, 47, will be sworn in Jan. 5 as the city's first Latina mayor. She succeeds Mayor
Bill Strand, who was barred by term limits from seeking a third four-year term and did not
endorse in the race.

"Tonight Carverton chose to stay together," Castellanos told a crowd of several hundred at the
Foundry on Fifth Street, where supporters waved hand-lettered signs in English and Spanish.
"We disagreed about a lot in this campaign, but not about whether this city deserves safer
streets and homes that working families can actually afford."

[AD]

Oduya, 58, struck a conciliatory tone. "The people have spoken, and I respect what they said,"
he told supporters. "I told Renee tonight that if she needs a hand, she has mine."

## How the runoff was won

Castellanos led the seven-candidate field in the Nov. 4 general election with 38.6 percent,
well short of the majority needed to win outright. Oduya finished second with 29.1 percent,
and businessman Greg Halloran was third with 22.4 percent.

Halloran endorsed Oduya on Nov. 12, and the runoff quickly became a contest over whether
Halloran's voters, many of them in the city's fast-growing northern suburbs, would follow
him. Tuesday's precinct results suggest many did, but Castellanos ran up large margins on the
east and south sides, including in her own District 3.

Oduya had the financial edge. He raised about $3.4 million, including $900,000 of his own
money, compared with about $2.1 million for Castellanos, according to campaign finance reports
filed last week. A political action committee, Carverton Forward, spent another $1.3 million
on television and digital ads supporting him.

About 93,200 ballots were cast, roughly 31 percent of the city's nearly 300,000 registered
voters, said Patrice Lumley, Dunmore County's elections director. More than 41,000 of those
were cast during early voting. Lumley said the county expects to certify the results Monday.

## What comes next

Castellanos, a former public defender and the daughter of Mexican immigrants, built her
campaign around housing. She has pledged to help build or preserve 1,500 affordable homes in
her first term and to put a housing bond before voters.

She has also promised to hire 120 police officers to fill vacancies in the department, a
pledge Oduya had called unaffordable within the city's $1.2 billion budget.

At the Eastside Library polling place Tuesday afternoon, retired nurse Leticia Moore, 63,
said she voted for Castellanos because "she's been in the neighborhood meetings for years,
not just the last six months."

Across town at Northpoint Baptist Church, contractor Dale Whitten, 52, said he backed Oduya.
"He's run a business and made payroll," Whitten said. "That's what the city needs."

[REL] Carverton mayor runoff: Where Castellanos and Oduya stand on housing, policing and
transit | /story/news/politics/elections/2025/11/20/mayor-runoff-issues/87301150007/
""")

_S2_CONTPOST = _contpost(
    "https://www.contpost.example/politics/2025/12/03/carverton-georgia-mayor-runoff-castellanos/",
    headline="In Georgia runoff, Castellanos becomes Carverton's first Latina mayor",
    dek="The former public defender beat a better-funded rival backed by the city's business "
        "establishment, in a race both parties watched for clues about suburban voters.",
    section="Politics", iso="2025-12-03T14:20:00Z",
    shown="December 3, 2025 at 9:20 a.m. EST",
    bylines=[("Hannah Grieve", "is a national political reporter for The Continental Post.")],
    more=[("Democrats look to suburban mayors for a 2026 message",
           "/politics/2025/12/01/democrats-suburban-mayors/"),
          ("What to know about runoff elections in Georgia",
           "/politics/2025/11/30/georgia-runoff-explained/"),
          ("House passes stopgap spending bill, averting shutdown until January",
           "/politics/2025/11/21/house-stopgap-spending/")],
    body="""
CARVERTON, Ga. - Renee Castellanos, a City Council member and former public defender, won
the runoff for mayor of this fast-growing Georgia city on Tuesday, defeating a better-funded
opponent and becoming the first Latina to lead Carverton.

Castellanos received 52.5 percent of the vote to 47.5 percent for Martin Oduya, a logistics
executive and former chairman of the Dunmore County Commission, according to unofficial
results. Her margin was about 4,600 votes out of more than 93,000 cast.

The race was officially nonpartisan, but both parties treated it as a measure of their
standing in the suburbs and small cities that have decided recent statewide contests in
Georgia. Castellanos was backed by the state Democratic Party and several national
progressive groups; Oduya, who has never declared a party affiliation, won the support of the
city's chamber of commerce and many prominent local Republicans.

[AD]

"Tonight Carverton chose to stay together," Castellanos told supporters at an event hall in
the city's revitalized warehouse district. "This campaign was never about left or right. It
was about whether you can afford to live in the city you work in."

Oduya, who immigrated from Nigeria as a teenager and built a freight company that now employs
several hundred people, conceded shortly after 10 p.m. He told supporters that he had offered
Castellanos his help.

## A city in transition

Carverton, a city of about 310,000 people, has grown by nearly a fifth since 2010, driven by
warehouse and manufacturing jobs and by families priced out of metro Atlanta. That growth has
brought rising rents, longer commutes and a spike in complaints about police response times -
the three issues that dominated the campaign.

Castellanos, 47, has pledged to build or preserve 1,500 affordable homes in her first term
and to hire 120 police officers. Oduya argued that her plans would strain the city's
$1.2 billion budget and promised instead to cut permitting times and let developers build
more densely near the city's planned bus rapid transit line.

Oduya outraised Castellanos by a wide margin, collecting about $3.4 million, including
$900,000 he lent his own campaign, to her roughly $2.1 million. An outside group, Carverton
Forward, spent $1.3 million more on his behalf.

"Money mattered less than turnout, and her coalition turned out," said Dwight Amadi, a
political scientist at Carverton State University. "She held the Latino neighborhoods and
the older Black precincts on the east side, and she did well enough with younger voters in
the north end to survive Halloran's endorsement."

## The first round

In the first round of voting on Nov. 4, Castellanos finished first with 38.6 percent, ahead
of Oduya at 29.1 percent. Greg Halloran, a businessman who ran as a fiscal conservative and
finished third with 22.4 percent, endorsed Oduya eight days later.

Turnout in the runoff was about 31 percent, lower than in the first round but higher than
county officials had projected, according to Patrice Lumley, the Dunmore County elections
director.

Castellanos will take office Jan. 5, succeeding two-term Mayor Bill Strand. She is the second
woman to hold the office.

For Democrats, the result offered a modest bright spot after a mixed November. "People will
read too much into one mayor's race," Amadi said. "But both parties spent real money here for
a reason."
""")

_S2_MERIDIAN = _meridian(
    "https://www.meridianwire.example/world/us/"
    "castellanos-wins-carverton-georgia-mayoral-runoff-2025-12-03/",
    headline="Democrat-backed Castellanos wins Georgia city's mayoral runoff",
    summary="Renee Castellanos beat Martin Oduya to become mayor of Carverton, Georgia.",
    section="World", iso="2025-12-03T04:12:00Z", shown="December 3, 2025 4:12 AM UTC",
    dateline="CARVERTON, Georgia, Dec 2", byline="Luis Ferrante", editing="Diane Kowal",
    more=[("US jobless claims fall to three-month low",
           "/world/us/us-jobless-claims-2025-12-04/"),
          ("Atlanta transit agency names new general manager",
           "/world/us/atlanta-transit-manager-2025-12-02/"),
          ("Florida special election set for February",
           "/world/us/florida-special-election-2025-12-01/")],
    body="""
City Council member Renee Castellanos won a runoff election for mayor of Carverton, Georgia,
on Tuesday, beating businessman Martin Oduya in a nonpartisan race that drew attention and
money from both national parties.

Castellanos, who was backed by the state Democratic Party, took 52.5% of the vote to 47.5% for
Oduya, according to unofficial results from Dunmore County with all 112 precincts reporting.
She received 48,912 votes and Oduya 44,307.

Oduya, a former chairman of the county commission who was supported by the local chamber of
commerce and many Republican officials, conceded shortly after 10 p.m. local time (0300 GMT).

"The people have spoken, and I respect what they said," Oduya told supporters.

"Tonight Carverton chose to stay together," Castellanos told a victory party in the city.
She said her first priority would be a housing bond to put before voters, and that she would
meet Oduya and outgoing Mayor Strand in the coming days to discuss the transition.

Oduya, 58, immigrated to the United States from Nigeria as a teenager and built a freight
company in Carverton before entering local politics. Castellanos, a two-term member of the
City Council, is the daughter of Mexican immigrants.

[AD]

Castellanos, 47, a former public defender, will be the first Latina mayor of the city of
about 310,000 people when she takes office on Jan. 5. She replaces Mayor Bill Strand, who was
term-limited.

Castellanos campaigned on housing costs and pledged to build or preserve 1,500 affordable
homes during her first term. She also promised to hire 120 more police officers.

Oduya raised about $3.4 million for his campaign, including $900,000 of his own money, compared
with about $2.1 million for Castellanos, campaign finance filings showed. An outside group,
Carverton Forward, spent a further $1.3 million on advertising supporting him.

He had argued that her spending plans were unaffordable within the city's $1.2 billion budget
and promised to speed up permits for new housing instead.

Turnout was about 31% of the city's registered voters, county election officials said.
The results are expected to be certified next week.

Castellanos led the first round of voting on Nov. 4 with 38.6% but fell short of the majority
needed to avoid a runoff. Oduya was second with 29.1%. Third-placed candidate Greg Halloran,
who won 22.4%, endorsed Oduya on Nov. 12.

The race was closely watched by both parties as a test of their appeal in fast-growing
suburbs and small cities, which have swung statewide contests in Georgia in recent years.

"Both parties wanted a story out of Carverton, and the Democrats got the one they wanted,"
said Lorna Pike, a political analyst at the Peachtree Policy Institute in Atlanta. "But local
issues decided it - rents, commutes and policing."
""")


# ============================================================================================
# Story 3 - trade-UD3: Mexico-South Korea trade agreement. Planted: car-tariff phase-out
# (seven years vs 10 years, TradeLane), signing city (Seoul vs Busan, Continental Post),
# 2025 bilateral trade ($21.4 billion vs $19.6 billion, Continental Post).
# ============================================================================================

_S3_MERIDIAN = _meridian(
    "https://www.meridianwire.example/business/"
    "mexico-south-korea-sign-trade-deal-cutting-car-tariffs-2026-03-16/",
    headline="Mexico, South Korea sign trade pact, Korean cars to escape 50% tariff",
    summary="Mexico and South Korea signed a long-delayed trade agreement on Monday that will "
            "phase out Mexican tariffs on Korean cars.",
    section="Business", iso="2026-03-16T08:05:00Z", shown="March 16, 2026 8:05 AM UTC",
    dateline="SEOUL, March 16", byline="Kim Ha-eun and Rodrigo Salcedo",
    editing="Martin Coyle",
    more=[("Korea's exports rise for fourth month on chip demand",
           "/business/korea-exports-february-2026-03-01/"),
          ("Mexico's peso firms as investors weigh trade review",
           "/markets/currencies/mexico-peso-2026-03-13/"),
          ("Hyundai Mobis to expand parts output in Mexico",
           "/business/autos/hyundai-mobis-mexico-2026-03-10/")],
    body="""
Mexico and South Korea signed a trade agreement on Monday that will phase out Mexican tariffs
on Korean-built cars and open South Korea's market to Mexican avocados, pork and spirits,
as both countries seek to reduce their reliance on the United States.

Mexican Economy Secretary Arturo Villaseñor and South Korean Trade Minister Park Sun-hee
signed the Strategic Economic Complementation Agreement at a ceremony in Seoul, two years
after talks that had stalled in 2008 were relaunched.

Under the deal, Korean passenger cars, which have faced a 50% Mexican tariff since January
under a regime targeting countries without trade agreements, will drop back to a 20% rate
when the pact takes effect and then to zero over seven years.

South Korea will immediately scrap its 30% tariff on Mexican avocados and remove duties on
tequila and mezcal, and will open a duty-free quota for Mexican pork of 12,000 tonnes in the
first year, rising to 20,000 tonnes. Rice and beef were excluded, officials said.

Electric vehicles will get faster treatment, with Mexico's tariff on Korean-made EVs removed
within three years, while cars will have to meet a 65% regional value content rule to
qualify for the lower rates.

[AD]

"Mexico is diversifying, not choosing sides," Villaseñor told reporters after the signing.
"Our partnership with the United States and Canada remains at the centre of our trade policy,
but Mexico needs more than one door."

Park said the agreement would give the more than 600 Korean companies operating in Mexico,
including automaker Kia and several of its suppliers, "certainty at a moment when certainty
is scarce".

Trade between the two countries reached $21.4 billion in 2025, according to Korean customs
data, with Korea running a large surplus driven by steel, car parts and electronics.

Once fully implemented, the agreement will eliminate duties on about 93% of tariff lines on
both sides, according to a joint statement.

Mexico's tariff increase, approved by Congress in December, raised duties of up to 50% on
about 1,400 product categories from countries including China, South Korea and India. Korean
automakers had warned it would make cars shipped from Korea uncompetitive in Mexico, the
second-largest market in Latin America.

The pact must be ratified by Mexico's Senate and South Korea's National Assembly. Officials
on both sides said they hoped it would take effect early next year.

The signing comes months before the scheduled July review of the United States-Mexico-Canada
Agreement, which covers more than 80% of Mexico's exports. Analysts have said Mexico is keen
to show Washington that it is not a back door for Asian goods while also widening its trade
ties.

Kia's plant in Pesquería, in the northern state of Nuevo León, mostly exports to the United
States and Latin America and uses regional parts, but Korean-built models account for a
growing share of Kia and Hyundai sales in Mexico.
""")

_S3_TRADELANE = _tradelane(
    "https://tradelanebrief.example/2026/mexico-korea-seca-what-importers-need-to-know/",
    headline="Mexico-Korea SECA: what the new deal means for car, parts and farm trade",
    dek="The agreement signed in Seoul unwinds Mexico's 50% tariff on Korean cars, but the "
        "road to zero is long and the rules of origin matter.",
    author="Elena Marquina",
    sidebar=[("USMCA joint review: a timeline for importers",
              "/2026/usmca-joint-review-timeline/"),
             ("Mexico's new tariffs on non-FTA imports: the HS chapters hit hardest",
              "/2026/mexico-non-fta-tariffs-hs-chapters/"),
             ("IMMEX and PROSEC after the tariff reform: a quick guide",
              "/2026/immex-prosec-guide/"),
             ("Ocean freight rates on transpacific routes ease in February",
              "/2026/transpacific-rates-february/")],
    body="""
Mexico and South Korea have finally signed their Strategic Economic Complementation
Agreement (SECA), the deal both governments have been promising since talks were relaunched
in 2024. Economy Secretary Arturo Villaseñor and Trade Minister Park Sun-hee put their names
to the text at a ceremony in Seoul on Monday.

For anyone moving goods between the two countries, here is what we know from the signed text,
the joint statement and the tariff schedules published by both governments.

## Cars: from 50% back to 20%, then slowly to zero

Since January, Korean-built passenger cars have paid 50% to enter Mexico under the tariff
reform Congress approved in December, which hit imports from countries without a trade
agreement. SECA reverses that: on entry into force, the rate on Korean passenger cars goes
back to the old 20%.

From there, the schedule phases the tariff to zero in equal annual cuts over 10 years - two
percentage points a year. That is a longer runway than Korean automakers wanted, and it
reflects pressure from Mexico's domestic assemblers and, it is widely assumed, from
Washington.

Light trucks and SUVs follow the same schedule. Electric vehicles get a faster track, with
the tariff removed within three years.

## Parts: immediate relief, with strings

Mexico eliminates tariffs immediately on most auto parts used by assembly plants, which
matters for suppliers to Kia's plant in Pesquería, Nuevo León. But finished vehicles qualify
for the preferential rate only if they meet a 65% regional value content rule, and
accumulation with third countries is limited. Expect verification requests.

[AD]

## Agriculture: avocados win, pork gets a quota

Korea scraps its 30% tariff on Mexican avocados on day one. Tequila and mezcal, currently
charged 15%, also go duty-free immediately.

Mexican pork gets a duty-free tariff-rate quota of 12,000 tonnes in the first year, rising to
20,000 tonnes over five years. Rice and beef are excluded entirely - no surprise given
Korea's record in every previous FTA.

Overall, about 93% of tariff lines will be duty-free on both sides once the transition ends.

## The numbers

- Bilateral trade: $21.4bn in 2025, heavily in Korea's favour.
- Korean companies in Mexico: more than 600, concentrated in Nuevo León, Querétaro and
Baja California.
- Mexican exports to Korea are dominated by crude oil, minerals and, increasingly, food.

## What officials said

Villaseñor framed the deal as insurance rather than realignment: "Mexico is diversifying, not
choosing sides." Park said the agreement would give Korean firms in Mexico "certainty at a
moment when certainty is scarce".

Lucía Fernández-Ortega, a trade economist at Consultora Pacífico in Mexico City, told us the
timing was deliberate. "Signing before the USMCA review lets Mexico say it has options," she
said. "But nobody in Mexico City thinks this replaces North America. It is a hedge."

## What happens next

Both legislatures must ratify. Mexico's Senate is expected to take it up in its
September-December session; Korea's National Assembly could move sooner. Officials are
talking about entry into force in early 2027.

Until then, nothing changes at the border: Korean cars still pay 50%, avocados still pay 30%.
If you are planning 2027 sourcing, now is the time to check origin rules against your bill of
materials.

[REL] Mexico's new tariffs on non-FTA imports: the HS chapters hit hardest |
/2026/mexico-non-fta-tariffs-hs-chapters/
""")

_S3_CONTPOST = _contpost(
    "https://www.contpost.example/business/2026/03/16/mexico-south-korea-trade-agreement/",
    headline="Mexico and South Korea strike trade deal as Washington reviews North American "
             "pact",
    dek="The agreement eases tariffs on Korean cars and Mexican avocados, and signals Mexico's "
        "effort to widen its trading options ahead of a tense review with the United States.",
    section="Business", iso="2026-03-16T10:30:00Z",
    shown="March 16, 2026 at 6:30 a.m. EDT",
    bylines=[("Catalina Reyes", "is the Post's Mexico City bureau chief."),
             ("David Park", "covers global trade and economics for The Continental Post.")],
    more=[("What's at stake in the USMCA review", "/business/2026/03/12/usmca-review-explainer/"),
          ("Avocado prices climb as Michoacán growers face new inspections",
           "/business/2026/03/09/avocado-prices-inspections/"),
          ("Korean carmakers bet on U.S. plants despite tariffs",
           "/business/2026/03/02/korean-carmakers-us-plants/")],
    body="""
MEXICO CITY - Mexico and South Korea signed a trade agreement Monday that will gradually
eliminate Mexico's tariffs on Korean cars and lower barriers for Mexican farm goods, the
latest sign that Mexico is trying to widen its trading relationships as it heads into a
difficult review of its North American trade pact with the United States.

The deal was signed at a ceremony in the port city of Busan by Mexico's economy secretary,
Arturo Villaseñor, and South Korea's trade minister, Park Sun-hee. It still needs approval
from lawmakers in both countries and is not expected to take effect before early 2027.

Its most closely watched provision covers automobiles. In January, Mexico began charging
tariffs of up to 50 percent on cars and some 1,400 other product categories from countries
with which it lacks a trade agreement - a move widely read as aimed at China but one that also hit
South Korea. Under the new pact, Korean cars would return to a 20 percent tariff once the
agreement takes effect, and that rate would be phased out entirely over seven years.

[AD]

In return, South Korea will eliminate its 30 percent tariff on Mexican avocados and open a
quota for duty-free Mexican pork, a priority for producers in Sonora and Jalisco. About
93 percent of tariff lines will eventually be duty-free, the two governments said.

"Mexico is diversifying, not choosing sides," Villaseñor said at the signing, according to
a transcript released by his ministry. "We are not leaving anyone. We are adding partners."

Park said the deal would give Korean businesses "certainty at a moment when certainty is
scarce." More than 600 Korean companies operate in Mexico, the largest of them Kia, which
builds cars at a plant near Monterrey.

## An eye on Washington

Trade between the two countries totaled $19.6 billion last year, a fraction of Mexico's
commerce with the United States, which buys more than 80 percent of Mexican exports.

That imbalance is why the timing matters, analysts said. The United States, Mexico and Canada
must complete a joint review of the U.S.-Mexico-Canada Agreement by July, and the Trump
administration has pressed Mexico to prevent Asian manufacturers from using it as a route
into the U.S. market.

"The Koreans get their cars back into Mexico on a slow schedule, with strict origin rules,"
said Daniel Cho, a senior fellow at the Pacific Trade Policy Institute in Washington. "That
is Mexico telling Washington: we are opening, but we are not opening the back door."

Mexican officials have been careful to present the agreement as complementary to North
America. Villaseñor told reporters that any Korean car seeking the lower tariff would have to
meet rules of origin "at least as demanding" as those in other Mexican agreements.

Talks between the two countries began in 2006 but stalled two years later, in part over
Mexican automakers' objections. They were revived in 2024, as Mexico and South Korea both
sought to diversify exports amid rising U.S. tariffs.

For Mexican avocado growers, the deal opens a small but lucrative market. South Korea imported
avocados worth about $90 million last year, mostly from Peru and Mexico.

"Korea is a premium market; consumers there pay for quality," said Armando Leyva, who exports
from Uruapan, in Michoacán. "At 30 percent, we were always fighting with one hand tied."
""")


# ============================================================================================
# Story 4 - cb-UD4: Central Bank of Iceland cuts to 7.00%. Planted: MPC vote (4-1 vs 3-2,
# FX Desk), dissenting member (Hrafnhildur Egilsdóttir in Meridian vs deputy governor Snorri
# Valberg in the Ledger), January inflation (4.1% vs 4.6%, Ledger), next meeting (March 18 vs
# Mar 25, FX Desk).
# ============================================================================================

_S4_MERIDIAN = _meridian(
    "https://www.meridianwire.example/markets/rates-bonds/"
    "iceland-central-bank-cuts-key-rate-700-2026-02-04/",
    headline="Iceland's central bank cuts key rate to 7.00% as inflation cools",
    summary="The Central Bank of Iceland lowered its key interest rate by 25 basis points on "
            "Wednesday, as expected.",
    section="Markets", iso="2026-02-04T09:02:00Z", shown="February 4, 2026 9:02 AM GMT",
    dateline="REYKJAVIK, Feb 4", byline="Solveig Arnadottir", editing="Peter Hallam",
    more=[("Norway's central bank holds rates, signals cut in March",
           "/markets/rates-bonds/norges-bank-holds-2026-01-22/"),
          ("Sweden's Riksbank keeps policy rate unchanged",
           "/markets/rates-bonds/riksbank-holds-2026-01-29/"),
          ("Euro zone inflation eases to 2.0% in January, flash estimate shows",
           "/markets/europe/euro-zone-inflation-flash-2026-02-03/")],
    body="""
Iceland's central bank cut its key interest rate by 25 basis points to 7.00% on Wednesday,
extending an easing cycle that began in late 2024, as inflation continued to slow towards the
bank's target.

The decision to lower the seven-day term deposit rate from 7.25% was expected by seven of
nine economists polled by Meridian Wire last week. The other two had forecast no change.

The bank's Monetary Policy Committee voted 4-1 for the cut, with external member Hrafnhildur
Egilsdóttir voting to keep the rate unchanged, the bank said in its statement.

Twelve-month inflation eased to 4.1% in January, Statistics Iceland data showed last week,
down from a peak of 10.2% in February 2023 but still well above the bank's 2.5% target.

"Disinflation is well under way, but the last stretch is usually the hardest," Governor Björn
Ragnarsson told a news conference. "We are not on autopilot. Each decision will depend on the
data."

[AD]

The bank said the monetary stance remained tight and that inflation expectations, while
lower than a year ago, were still above target. In its updated forecast it said it expected
inflation to return to target in the second half of 2027.

Iceland's central bank has now lowered rates by a total of 225 basis points since it began
cutting in October 2024, from a peak of 9.25% that had been in place for more than a year.

The economy grew an estimated 1.8% last year, with tourism holding up and a cooling housing
market. Unemployment stood at 3.9% in December.

Four-year wage agreements signed in 2024 have helped to restrain pay growth, but the bank said
services inflation and housing costs were still running well ahead of goods prices. The
repeated volcanic eruptions on the Reykjanes peninsula, which forced the evacuation of the
town of Grindavík, have also added to pressure on the housing market.

The committee said in its statement that the monetary stance would need to remain tight "for
some time" and that the pace of any further easing would depend on how quickly inflation and
inflation expectations came down. It repeated that it was prepared to pause if progress
stalled.

The krona was little changed after the decision at 144.2 per euro.

Economists said the statement left the door open to further cuts but gave little sign the
pace would accelerate.

"They are cutting, but cautiously - the message is that 25 basis points per meeting is the
ceiling, not the floor," said Halldór Sigfússon, chief economist at Nordvik Securities in
Reykjavik.

The decision was announced at 0830 GMT, with Ragnarsson and the two deputy governors
presenting it at a news conference an hour later.

The central bank's next rate decision is scheduled for March 18.
""")

_S4_LEDGER = _ledger(
    "https://www.northernledger.example/business/2026/feb/04/"
    "iceland-cuts-interest-rates-again-inflation-cools",
    headline="Iceland cuts interest rates again as inflation cools",
    standfirst="Central bank trims its key rate to 7% but warns households the last step back "
                "to its target will be the hardest",
    section="Business", iso="2026-02-04T13:40:00Z", shown="Wed 4 Feb 2026 13.40 GMT",
    byline="Nils Hargreave", role="Economics correspondent",
    topics=["Iceland", "Interest rates", "Inflation", "Central banks"],
    most=[("Bank of England expected to hold rates on Thursday, say economists",
           "/business/2026/feb/03/bank-of-england-rates-preview"),
          ("‘We just want to be warm’: life in Britain’s coldest homes",
           "/society/2026/feb/03/coldest-homes"),
          ("Gold hits record as investors seek havens",
           "/business/2026/feb/04/gold-record-high"),
          ("Premier League: the weekend’s talking points",
           "/sport/2026/feb/02/premier-league-talking-points")],
    body="""
Iceland's central bank has cut interest rates for the second meeting running, lowering its
key rate by a quarter of a percentage point to 7 per cent as the country continues its slow
recovery from one of the sharpest bouts of inflation in western Europe.

The Central Bank of Iceland said on Wednesday that its monetary policy committee had voted by
four votes to one to reduce the seven-day term deposit rate from 7.25 per cent. The
dissenting vote came from the deputy governor for monetary policy, Snorri Valberg, who argued
that price pressures in services remained too strong to justify a cut.

Annual inflation fell to 4.6 per cent in January, from a peak of 10.2 per cent in February
2023, but remains well above the bank's 2.5 per cent target.

The governor, Björn Ragnarsson, told reporters in Reykjavik that the bank would not rush.
"Disinflation is well under way, but the last stretch is usually the hardest," he said.
"Households should not expect rates to fall as fast as they rose."

[AD]

The bank raised rates 14 times between 2021 and 2023 as inflation surged on the back of a
post-pandemic tourism boom, a tight housing market and large wage increases. Its key rate was
held at 9.25 per cent for more than a year before it began cutting in October 2024.

For Icelandic households the decision brings some relief. Many borrowers who moved from
inflation-indexed to fixed-rate non-indexed mortgages during the years of low rates have seen
repayments jump as those fixed terms expired, and banks have reported a growing shift back to
indexed loans, which have lower monthly payments but add to the outstanding debt when
inflation is high.

House prices in the capital region rose 5.3 per cent in the year to December, a much slower
pace than in 2021 and 2022, while the number of homes advertised for sale has climbed.

## Tourism holds up

The economy has proved more resilient than many expected. About 2.3 million foreign tourists
visited the island last year, close to the record set before the pandemic, while four-year
wage agreements signed in 2024 have kept pay rises more moderate than in earlier rounds.

But economists cautioned that the volcanic activity on the Reykjanes peninsula, which has
forced the repeated evacuation of the fishing town of Grindavík since late 2023, continued to
weigh on housing supply and public finances.

The bank's updated forecast pencils in a return to the inflation target in the second half
of 2027, slightly later than it predicted in November.

"Iceland is a small, open economy that gets hit by shocks the big central banks barely
notice," said Karen Solbakk, a Nordic economist at Lindqvist Bank in Oslo. "That is why its
policymakers are so wary of declaring victory."

The krona barely moved on the decision.
""")

_S4_FXDESK = _fxdesk(
    "https://www.fxdeskdaily.example/central-banks/sedlabanki-cuts-25bps-split-vote-isk/",
    headline="Sedlabanki cuts 25 bps to 7.00 pct on split vote; ISK shrugs",
    iso="2026-02-04T08:52:00Z", shown="04 Feb 2026, 08:52 GMT", author="Tomasz Brell",
    tickers="EUR/USD 1.1822 &middot; EUR/ISK 144.2 &middot; USD/NOK 10.04 &middot; "
            "EUR/SEK 10.91 &middot; Brent $66.40",
    latest=[("RBA preview: hold with a hawkish lean", "/central-banks/rba-preview-feb/"),
            ("NOK: why the krone keeps lagging oil", "/g10/nok-lagging-oil/"),
            ("EM FX weekly: CEE currencies firm on ECB hold", "/em/cee-weekly/")],
    body="""
The Central Bank of Iceland (Sedlabanki) delivered the expected 25 bps cut this morning,
taking the key rate - the seven-day term deposit rate - to 7.00 pct from 7.25 pct.

Consensus was for exactly this, so no surprise on the size. The surprise, such as it was,
was the vote: the Monetary Policy Committee split 3-2, with two of the five members preferring
to hold. That is the narrowest split of this easing cycle and reads hawkish.

## Why they cut

- Headline CPI slowed to 4.1 pct y/y in January, the lowest in about five years.
- Underlying measures are easing too, though services inflation is sticky.
- Real rates are still very restrictive at roughly 3 pct on a backward-looking basis.
- GDP growth estimated at 1.8 pct for 2025; labour market loosening at the margin.

## Why it was close

The statement flags long-term inflation expectations that "remain above target" and warns
that wage drift and housing could slow the last leg of disinflation. The two holdouts
presumably wanted more evidence before going again after the November cut.

Governor Björn Ragnarsson at the press conference: "Disinflation is well under way, but the
last stretch is usually the hardest." He also said the committee was "not on autopilot".

[AD]

## What the statement said

The language was barely changed from November. The committee says the monetary stance
"remains tight", that inflation expectations have come down but "remain above target", and
that further easing will depend on the data. There is no explicit guidance on pace.

Ragnarsson was asked twice whether a 50 bps move was discussed. His answer, both times: the
committee "looked at a range of options". We read that as no appetite for larger steps while
the vote is this close.

Housing is the other swing factor. House-price growth in the capital region has slowed and
listings are up, but rents keep climbing, and the Grindavík evacuation still weighs on supply
on the Reykjanes side.

## Market reaction

EUR/ISK barely moved, holding around 144.2, with local rates pricing already in line with a
25 bps move. The two-year swap dipped a couple of bps before retracing.

Our take: the split vote caps expectations for a larger move. We think the path is 25 bps
per meeting at most, with a non-trivial chance of a pause in the spring if January's wage
data surprise.

## Numbers to keep in mind

- Cumulative cuts since October 2024: 225 bps (peak was 9.25 pct).
- Inflation target: 2.5 pct.
- Bank now sees CPI back at target in H2 2027.

## Next meeting

The next rate decision is due Mar 25. We will preview it the week before.

[REL] Nordic central banks: our 2026 calendar and calls | /central-banks/nordic-calendar-2026/
""")


# ============================================================================================
# Story 5 - rocket-UD5: Corran Aerospace's Heron-1 reaches orbit from Shetland. CONTROL: no
# planted disagreement (lift-off is 10:42 BST in UK outlets and 09:42 UTC at OrbitWatch).
# ============================================================================================

_S5_FACTBOX = """<h3>Mission facts: Heron-1 flight 2</h3>
<dl>
<dt>Vehicle</dt><dd>Heron-1 (two stages, 22.5 m tall, 1.8 m diameter)</dd>
<dt>Launch site</dt><dd>SaxaVord Spaceport, Lamba Ness, Unst, Shetland</dd>
<dt>Lift-off</dt><dd>21 April 2026, 09:42 UTC (10:42 BST)</dd>
<dt>Payloads</dt><dd>4 satellites, 86 kg total</dd>
<dt>Target orbit</dt><dd>~510 km sun-synchronous, 97.4&deg;</dd>
<dt>Outcome</dt><dd>Success</dd>
<dt>Previous flight</dt><dd>9 September 2025, failure at T+71 s</dd>
</dl>"""

_S5_ORBITWATCH = _orbitwatch(
    "https://orbitwatch.example/2026/04/21/heron-1-flight-2-reaches-orbit-saxavord/",
    headline="Heron-1 reaches orbit on second flight, first orbital launch from UK soil",
    dek="Corran Aerospace's small launcher put four satellites into a 510 km sun-synchronous "
        "orbit seven months after its debut ended in the sea off Unst.",
    iso="2026-04-21T11:15:00Z", shown="April 21, 2026 · 11:15 UTC", author="Jonas Whitlock",
    factbox=_S5_FACTBOX,
    recent=[("Electron launches radar satellite for Japanese operator",
             "/2026/04/17/electron-radar-japan/"),
            ("Ariane 6 flies with four boosters for the third time",
             "/2026/04/09/ariane-6-four-boosters/"),
            ("Isar Aerospace sets date for next Spectrum attempt",
             "/2026/04/02/spectrum-next-attempt/")],
    body="""
[IMG] Heron-1 lifts off from Lamba Ness on Unst on its second flight. | Corran Aerospace

Corran Aerospace's Heron-1 rocket reached orbit on Tuesday on its second attempt, lifting off
from SaxaVord Spaceport on the Shetland island of Unst at 09:42 UTC and deploying all four
of its satellites. It is the first orbital launch from British soil.

The 22.5-metre, two-stage vehicle climbed away from the Lamba Ness pad on the power of nine
kerosene-fuelled Tern engines and headed north over the Norwegian Sea. Stage separation came
at about T+2:38, and the single Tern-V engine on the upper stage shut down at T+8:47, a
little under nine minutes into flight, in what the company's webcast called a "nominal"
insertion.

Over the next five minutes the upper stage released its four passengers, with the final
deployment confirmed at T+14:05. Corran said preliminary tracking data showed the stage in a
roughly 510 km sun-synchronous orbit inclined at 97.4 degrees, close to the target.

## Four passengers, 86 kg

The manifest totalled 86 kg, well below Heron-1's advertised capacity of 450 kg to a 500 km
sun-synchronous orbit. It comprised two Earth-observation cubesats for the Oslo-based
start-up Skjold Imaging, a ship-tracking satellite for Fathom AIS of Aberdeen, and a
student-built cubesat from a university team in Glasgow.

"Today Britain became a country that launches its own satellites from its own soil," Fiona
Lachlan, Corran's co-founder and chief executive, said on the webcast moments after the
deployment call. "After September, a lot of people thought we were finished."

[AD]

## Seven months after the failure

Heron-1's debut on 9 September 2025 ended 71 seconds after lift-off, when one of the
first-stage engines shut down and the vehicle's flight termination system was triggered. The
debris fell into the sea north of Unst. Corran's investigation, closed in December, traced
the shutdown to a fault in a propellant valve and produced 23 corrective actions, including a
redesigned valve seat and extra acceptance testing on every engine.

The second flight had been scheduled for Sunday, 19 April, but was scrubbed about an hour
before the window opened because of strong upper-level winds. Tuesday's attempt went ahead
without a hold.

## Context

No rocket has reached orbit from the UK before. Britain's only home-grown orbital success,
Black Arrow, launched the Prospero satellite from Woomera in Australia in October 1971, and
the programme was cancelled shortly afterwards. Virgin Orbit's air-launched attempt from
Cornwall in January 2023 failed to reach orbit.

Corran, based in Forres in Moray, was founded in 2018 and employs about 240 people. It has
raised roughly £115 million from private investors and public grants.

The company says it will fly again later this year. We will update this report when
two-line elements for the deployed satellites are published.

[REL] Heron-1 lost 71 seconds into debut flight from Shetland |
/2025/09/09/heron-1-debut-failure-saxavord/
""")

_S5_APB = _apb(
    "https://www.apb.example/news/articles/c2l9vq4n7ypo",
    headline="Shetland rocket launch: Heron-1 reaches orbit in UK first",
    summary="A rocket built in Moray has become the first to reach orbit from the UK, "
            "launching from Unst in Shetland.",
    iso="2026-04-21T10:55:00Z", shown="21 April 2026", byline="Callum Rennie",
    role="APB Scotland science correspondent",
    topics=["Space exploration", "Shetland", "Scotland business"],
    related=[("Rocket launch from Shetland ends in failure after 71 seconds",
              "/news/articles/cd8p3x0r5w1o"),
             ("SaxaVord: the island spaceport at the edge of Britain",
              "/news/articles/c7zq2m8k4vjo")],
    body="""
[IMG] The Heron-1 rocket lifting off from SaxaVord Spaceport on Unst | Corran Aerospace

A rocket has reached orbit after launching from the UK for the first time.

The Heron-1 vehicle, built by Moray-based Corran Aerospace, lifted off from SaxaVord
Spaceport on the island of Unst in Shetland at 10:42 BST on Tuesday.

Its upper stage reached orbit about nine minutes later and released four small satellites,
the company said.

It was Heron-1's second flight. Its first, in September last year, ended 71 seconds after
lift-off when an engine problem caused the rocket to fall into the sea.

Corran's chief executive, Fiona Lachlan, said: "Today Britain became a country that launches
its own satellites from its own soil."

She added: "To everyone on Unst who came out in the wind and the rain to cheer us on, and
who stuck with us after September - this one is yours too."

## 'A new chapter'

Spectators gathered at viewing points across Unst, the most northerly inhabited island in
the UK, to watch the launch.

A spokesperson for the UK Space Agency said it was "a new chapter for British spaceflight"
and congratulated Corran and the team at SaxaVord.

A SaxaVord spokeswoman said the spaceport was already in talks with other launch companies.

The launch had been due to take place on Sunday but was called off because of high winds.

## What was on board?

The rocket carried four satellites weighing 86kg in total:

<ul>
<li>Two Earth-observation satellites for Skjold Imaging, a start-up based in Oslo</li>
<li>A satellite to track shipping for Aberdeen company Fathom AIS</li>
<li>A small satellite built by students from a Glasgow university</li>
</ul>

They were placed into an orbit about 510km above the Earth that passes over the poles.

## Why does it matter?

Britain has launched a satellite on its own rocket only once before. Black Arrow put the
Prospero satellite into orbit in 1971, but that launch took place in Australia.

In January 2023, a Virgin Orbit rocket launched from a modified jumbo jet that took off from
Cornwall failed to reach orbit.

The UK government has backed several spaceports, hoping to win a share of the growing market
for launching small satellites.

Corran, which was set up in 2018 and employs about 240 people in Forres and at SaxaVord,
says it hopes to fly again later this year.

## Analysis: The hard part starts now

By Callum Rennie, science correspondent

One successful flight is a milestone, but it is not a business.

To make money, Corran will have to launch often and reliably, and compete on price with
established operators abroad. Two flights, one failure and one success, is a thin record.

But after a painful failure last September, Tuesday's flight will matter a great deal to the
company's investors, and to the island community that has staked so much on the spaceport.
""")

_S5_LEDGER = _ledger(
    "https://www.northernledger.example/science/2026/apr/21/"
    "heron-1-rocket-reaches-orbit-shetland-first-uk-launch",
    headline="Scottish rocket reaches orbit in first launch from British soil",
    standfirst="Corran Aerospace’s Heron-1 puts four satellites in space from Unst, seven "
               "months after its maiden flight crashed into the sea",
    section="Science", iso="2026-04-21T16:05:00Z", shown="Tue 21 Apr 2026 17.05 BST",
    byline="Eilidh Baxter", role="Scotland correspondent",
    topics=["Space", "Shetland", "Scotland", "Science"],
    most=[("Hosepipe ban warning for south-east as spring stays dry",
           "/environment/2026/apr/20/hosepipe-ban-warning"),
          ("‘It’s like a second lockdown’: the towns without a bank",
           "/money/2026/apr/20/towns-without-a-bank"),
          ("Snooker: world championship first-round results",
           "/sport/2026/apr/21/snooker-world-championship-results"),
          ("Rare orchid found on railway embankment in Kent",
           "/environment/2026/apr/21/rare-orchid-railway")],
    body="""
[IMG] Heron-1 lifts off from the SaxaVord spaceport on Unst. | Photograph: Corran Aerospace

A Scottish-built rocket has become the first to reach orbit from British soil, launching
four small satellites from the northern tip of Shetland seven months after its maiden flight
ended in the sea.

Corran Aerospace’s Heron-1 lifted off from SaxaVord spaceport on Unst at 10.42am on Tuesday.
Within a quarter of an hour the rocket’s upper stage had released all four satellites into an
orbit about 510km above the Earth, the company said.

The successful flight makes Britain one of a small group of countries able to put satellites
into orbit from their own territory, more than half a century after the Black Arrow rocket
placed the Prospero satellite in orbit in 1971 from the Woomera range in South Australia.

Fiona Lachlan, Corran’s co-founder and chief executive, said: “Today Britain became a country
that launches its own satellites from its own soil. After September, a lot of people thought
we were finished. We never did.”

[AD]

The 22.5-metre rocket’s first flight, on 9 September, ended 71 seconds after lift-off when an
engine on the first stage shut down and the rocket’s self-destruct system was triggered.
Debris fell into the sea north of Unst. The company later blamed a faulty propellant valve
and made 23 changes to the design and testing of its engines.

A first attempt at the second flight, on Sunday, was abandoned because of strong winds at
altitude.

## Small satellites, big ambitions

Heron-1 can carry up to 450kg into a sun-synchronous orbit, which passes over the poles and
is favoured by Earth-observation satellites. On Tuesday it carried 86kg: two imaging satellites
for a Norwegian startup, Skjold Imaging, a ship-tracking satellite for Fathom AIS of
Aberdeen, and a cubesat built by students in Glasgow.

Corran was founded in 2018 and employs about 240 people, most of them at its headquarters in
Forres, Moray. It has raised about £115m, including public grants.

The UK has spent more than a decade trying to build a domestic launch industry. The most
high-profile attempt, Virgin Orbit’s launch from Cornwall in January 2023, failed when the
rocket released from a converted Boeing 747 suffered an upper-stage problem.

On Unst, where the spaceport is one of the biggest employers, residents watched from
roadsides and hilltops. “The whole island was out,” said Morag Isbister, who runs a guest
house in Baltasound. “After the first one we were all a bit quiet for a week. Today folk were
greeting and hugging.”

Prof Alastair Kerr, a space policy researcher at the University of Dundee, said the launch
was “a genuine milestone” but that the company now needed to show it could fly regularly.
“The economics of small launch are brutal. One success is the entry ticket, not the prize.”

Corran said it expected to fly again later this year.
""")


# ============================================================================================
# Story 6 - court-UD6: Colorado Supreme Court upholds Alder Springs short-term-rental cap.
# Planted: vote (4-3 vs 5-2, Continental Post), author of the dissent (Justice Harland Whitby
# vs Justice Renata Okafor, Continental Post), licences affected (1,140 / about 1,100 vs
# roughly 1,400, Meridian).
# ============================================================================================

_S6_CASEBOX = """<h2>The case</h2>
<p><i>Peak Stay Owners Alliance v. Town of Alder Springs</i>, 2026 CO 3, No. 24SC512</p>
<ul><li><b>Holding:</b> Ordinance 2022-14 phasing out non-owner-occupied short-term rental
licenses in residential zones is not an unconstitutional retrospective law.</li>
<li><b>Majority:</b> Chief Justice Dent</li>
<li><b>Dissent:</b> Justice Whitby, joined by Justices Ferrante and Ostrowski</li>
<li><b>Below:</b> Court of Appeals reversed; district court judgment reinstated</li></ul>"""

_S6_BENCHBAR = _benchbar(
    "https://benchbarreport.example/colorado-supreme-court-upholds-alder-springs-str-phase-out/",
    headline="Divided Colorado Supreme Court upholds Alder Springs phase-out of vacation "
             "rental licenses",
    summary="A 4-3 majority says a short-term rental license is a revocable privilege, not a "
            "vested right protected by the retrospective-laws clause.",
    author="Greta Hollins", casebox=_S6_CASEBOX,
    recent=[("Tenth Circuit revives water-rights suit against Bureau of Reclamation",
             "/tenth-circuit-revives-water-rights-suit/"),
            ("Utah high court narrows anti-SLAPP protections",
             "/utah-high-court-anti-slapp/"),
            ("Colorado Court of Appeals: noncompete notice rule applies to renewals",
             "/colorado-appeals-noncompete-notice/")],
    body="""
A short-term rental license is a permission the town grants, not a property right the owner
keeps, a divided Colorado Supreme Court held Monday, reviving a mountain town's plan to phase
out investor-owned vacation rentals in its residential neighborhoods.

In a 4-3 decision written by Chief Justice Marisol Dent, the court reversed a Court of Appeals
division that had struck down Alder Springs' Ordinance 2022-14 as a retrospective law barred
by article II, section 11 of the Colorado Constitution. The ruling reinstates a district court
judgment for the town.

Justice Harland Whitby wrote the dissent, joined by Justices Paul Ferrante and Lydia
Ostrowski.

## The ordinance

The Alder Springs Town Council adopted the ordinance on a 6-1 vote in September 2022, after
several years of complaints that second-home buyers and investors were converting the town's
limited housing stock into nightly rentals. It stops the town from issuing new short-term
rental licenses for non-owner-occupied homes in its three residential zones and provides that
existing licenses of that kind cannot be renewed after December 31, 2026.

Owner-occupied rentals and properties in the town's commercial and mixed-use districts are
not affected. According to the town's licensing records cited in the opinion, 1,140 active
licenses fall within the phase-out.

The Peak Stay Owners Alliance, a group of about 300 rental owners, sued in 2022. The district
court granted summary judgment to the town in 2023. A Court of Appeals division reversed in
2024, 2-1, reasoning that owners who had obtained licenses and invested in reliance on them
had acquired a vested right that the ordinance impaired.

[AD]

## The majority

Chief Justice Dent's opinion rejects the premise. Alder Springs licenses run for one year,
must be renewed annually, and are expressly conditioned on compliance with "this chapter as
amended from time to time," she wrote. "A license to operate a short-term rental is a
permission granted by the town, not a property right that outlives the ordinance that created
it."

The majority also found that the four-year runway between adoption and the last renewal date
gave owners a reasonable period to recoup their investment, and noted that the ordinance
leaves owners free to sell, occupy, or rent their homes on long-term leases.

## The dissent

Justice Whitby argued that the majority's focus on the form of the license ignored what the
town had encouraged owners to do. Alder Springs actively licensed, inspected and taxed
short-term rentals for nearly a decade, he wrote, and owners financed purchases and
renovations on the strength of that regime.

"The majority tells families who invested in reliance on the town's own licenses that their
reliance was the mistake," Whitby wrote. He would have held that a renewable license,
consistently renewed, can ripen into a protected expectation.

## What it means

The decision is the first from the state's high court on a residential short-term rental
phase-out, and lawyers on both sides said it would be read closely by resort communities
that have capped or restricted licenses.

Dana Rourke of Rourke Lindahl LLP in Denver, who argued for the alliance, said her clients
were "reviewing every option, including a federal takings claim." Town attorney Martin Keel
said the town would begin notifying affected license holders this month.

[REL] Court of Appeals strikes Alder Springs rental cap as retrospective law |
/colorado-appeals-alder-springs-str/
""")

_S6_CONTPOST = _contpost(
    "https://www.contpost.example/national/2026/01/12/colorado-supreme-court-short-term-rentals/",
    headline="Colorado's top court lets a ski town phase out investor-owned vacation rentals",
    dek="The ruling could embolden resort communities across the West that blame Airbnb-style "
        "rentals for a shortage of homes for local workers.",
    section="National", iso="2026-01-13T00:45:00Z",
    shown="January 12, 2026 at 7:45 p.m. EST",
    bylines=[("Owen Castellano", "covers the Mountain West for The Continental Post.")],
    more=[("Why mountain towns can't house their own workers",
           "/national/2025/11/18/mountain-towns-worker-housing/"),
          ("Sundance festival's last year in Park City draws record crowds",
           "/arts/2026/01/09/sundance-park-city/"),
          ("Snowpack in the Rockies lags for second winter",
           "/climate/2026/01/08/rockies-snowpack/")],
    body="""
DENVER - The Colorado Supreme Court on Monday upheld a mountain town's plan to phase out
more than a thousand investor-owned vacation rentals in its neighborhoods, a decision that could
give cover to resort communities across the West struggling to house their own workers.

In a 5-2 ruling, the court said Alder Springs, a town of about 9,400 people in the central
Colorado Rockies, did not violate the state constitution when it decided in 2022 to stop
renewing short-term rental licenses for homes whose owners do not live in them.

About 1,100 licenses will expire under the ordinance at the end of this year, according to
the town. Rentals in homes where the owner lives, and in the town's commercial districts, are
not affected.

"A license to operate a short-term rental is a permission granted by the town, not a property
right that outlives the ordinance that created it," Chief Justice Marisol Dent wrote for the
majority.

[AD]

Justice Renata Okafor, joined by Justice Paul Ferrante, dissented. "The majority tells families
who invested in reliance on the town's own licenses that their reliance was the mistake,"
Okafor wrote, arguing that the town had spent years encouraging owners to license, pay taxes
and invest.

## A town that ran out of homes

In Alder Springs, as in Breckenridge, Crested Butte and other Colorado resort towns, the
rise of online rental platforms coincided with a collapse in the number of homes available
to people who work there. Roughly four in 10 homes in the town are now second homes or
short-term rentals, according to town figures, and many teachers, nurses and lift operators
commute from towns more than an hour away.

"This was always about keeping homes for the people who work here," Mayor Jo Pelletier said
in an interview. "We are not against visitors. We are against a town where nobody lives."

The town council passed the ordinance on a 6-1 vote in September 2022. Owners sued, and
although a district judge sided with the town, the Colorado Court of Appeals struck the
ordinance down in 2024, finding that it unconstitutionally stripped owners of rights they
had already acquired.

The Supreme Court disagreed, saying that licenses issued for a single year and subject to
renewal did not create a permanent right.

## 'Reviewing every option'

The owners' group, the Peak Stay Owners Alliance, represents about 300 rental owners, many of
whom say they bought property planning to cover the mortgage with rental income.

"People did everything the town asked of them," said Dana Rourke, a Denver lawyer who argued
the case for the alliance. "We are reviewing every option, including a federal takings
claim."

Greg Sorensen, who owns two rental condominiums near the town's gondola, said he would
probably sell one of them. "The math doesn't work on a long-term lease," he said.

Housing advocates cheered the decision. "Other towns have been waiting to see whether this
would survive," said Amaya Trujillo, director of the Colorado Mountain Housing Coalition.
"Now they know."

The town's attorney, Martin Keel, said Alder Springs would begin notifying affected owners
this month and would offer a fee waiver for owners who convert their homes to long-term
rentals for local workers.
""")

_S6_MERIDIAN = _meridian(
    "https://www.meridianwire.example/legal/"
    "colorado-top-court-upholds-ski-town-curbs-short-term-rentals-2026-01-12/",
    headline="Colorado top court upholds ski town's curbs on short-term rentals",
    summary="The Colorado Supreme Court upheld a mountain town's phase-out of short-term "
            "rental licenses for homes not occupied by their owners.",
    section="Legal", iso="2026-01-12T19:30:00Z", shown="January 12, 2026 7:30 PM UTC",
    dateline="DENVER, Jan 12", byline="Nate Heller", editing="Alexia Garamfalvi",
    more=[("Airbnb shares slip as New York enforcement widens",
           "/business/airbnb-shares-new-york-2026-01-09/"),
          ("US Supreme Court to hear zoning case from Oregon",
           "/legal/us-supreme-court-zoning-oregon-2026-01-09/"),
          ("Vail Resorts cuts full-year forecast on thin snowfall",
           "/business/vail-resorts-forecast-2026-01-07/")],
    body="""
Colorado's highest court on Monday upheld a mountain town's ordinance phasing out short-term
rental licenses for homes not occupied by their owners, handing a win to resort communities
that blame platforms such as Airbnb and Vrbo for worsening local housing shortages.

The Colorado Supreme Court ruled 4-3 that the town of Alder Springs did not violate the state
constitution's ban on retrospective laws when it decided in 2022 to stop renewing such
licenses in residential areas after Dec. 31, 2026.

Roughly 1,400 rental licenses are affected by the phase-out, according to court filings.

Writing for the majority, Chief Justice Marisol Dent said a rental license "is a permission
granted by the town, not a property right." Three justices dissented, saying owners had
invested in reliance on licenses the town had issued and renewed for years.

[AD]

The ruling reverses a 2024 decision by the Colorado Court of Appeals that had struck down the
ordinance, and reinstates a lower-court judgment in the town's favor.

The majority said the licenses, which are issued for one year and must be renewed annually,
did not give owners a vested right to keep renting indefinitely, and that the four years
between the ordinance's adoption and the final renewal date gave owners reasonable time to
adjust. Owners remain free to sell their homes, live in them or rent them on long-term
leases, the court said.

The town's attorney, Martin Keel, said Alder Springs would begin notifying affected owners this
month.

The Peak Stay Owners Alliance, which represents about 300 rental owners, said it was
reviewing its options. "We are reviewing every option, including a federal takings claim,"
said Dana Rourke, a lawyer for the group.

The town's mayor, Jo Pelletier, welcomed the ruling. "This was always about keeping homes for
the people who work here," she said in a statement.

Resort towns across the U.S. West, from Colorado to Montana and Idaho, have in recent years
tightened limits on short-term rentals, citing the loss of long-term housing for teachers,
nurses and service workers. Owners and rental platforms have challenged several of the rules
in court, with mixed results.

Short-term rental platforms have argued that caps push visitors into hotels, reduce tax
revenue and hurt homeowners who depend on rental income. A spokesperson for Airbnb did not
immediately respond to a request for comment.

Alder Springs, which has about 9,400 residents, adopted the ordinance on a 6-1 council vote in
September 2022. The rules do not affect rentals in commercial zones or in homes where the
owner lives. Roughly four in 10 homes in the town are second homes or short-term rentals,
according to town figures.

The case is Peak Stay Owners Alliance v. Town of Alder Springs, Colorado Supreme Court,
No. 24SC512.

For the Peak Stay Owners Alliance: Dana Rourke of Rourke Lindahl LLP

For Alder Springs: Martin Keel, town attorney
""")


# ============================================================================================
# Stories
# ============================================================================================

STORY_1 = _story("election-UD1", "election", "2026-02-16", [
    _page("https://www.northernledger.example/politics/2026/feb/13/"
          "reform-uk-wins-harrowden-and-tilby-by-election", _S1_LEDGER),
    _page("https://www.apb.example/news/articles/c4g7mz2e1kxo", _S1_APB),
    _page("https://www.meridianwire.example/world/uk/"
          "reform-uk-wins-english-by-election-overturning-big-labour-majority-2026-02-13/",
          _S1_MERIDIAN),
    _page("https://www.tilbygazette.example/news/politics/"
          "pryce-wins-for-reform-as-harrowden-and-tilby-turns-its-back-on-labour-4418207",
          _S1_TILBY),
], [
    ("winner's majority", r"(?<![\d,.])1,?842(?!\d)", r"(?<![\d,.])1,?284(?!\d)"),
    ("turnout", r"(?<![\d.])38\.4 ?(%|percent|per cent|pct)",
                r"(?<![\d.])34\.8 ?(%|percent|per cent|pct)"),
    ("time of declaration", r"(?<![\d.:,])0?3[.:]?47(?!\d)", r"(?<![\d.:,])0?4[.:]?47(?!\d)"),
    ("who gave the Labour 'on us, not on the voters' quote", r"marchbank", r"ainsley"),
])

STORY_2 = _story("election-UD2", "election", "2025-12-05", [
    _page("https://www.carvertoncj.example/story/news/politics/elections/2025/12/02/"
          "carverton-mayor-runoff-results-renee-castellanos-martin-oduya/87512340007/",
          _S2_CARVERTON),
    _page("https://www.contpost.example/politics/2025/12/03/"
          "carverton-georgia-mayor-runoff-castellanos/", _S2_CONTPOST),
    _page("https://www.meridianwire.example/world/us/"
          "castellanos-wins-carverton-georgia-mayoral-runoff-2025-12-03/", _S2_MERIDIAN),
], [])

STORY_3 = _story("trade-UD3", "trade", "2026-03-19", [
    _page("https://www.meridianwire.example/business/"
          "mexico-south-korea-sign-trade-deal-cutting-car-tariffs-2026-03-16/", _S3_MERIDIAN),
    _page("https://tradelanebrief.example/2026/mexico-korea-seca-what-importers-need-to-know/",
          _S3_TRADELANE),
    _page("https://www.contpost.example/business/2026/03/16/mexico-south-korea-trade-agreement/",
          _S3_CONTPOST),
], [
    ("car tariff phase-out period", r"(?<![\d.])(7|seven)[- ]years?",
                                    r"(?<![\d.])(10|ten)[- ]years?"),
    ("city where the agreement was signed", r"seoul", r"busan"),
    ("2025 bilateral trade", r"(?<![\d.])21\.4 ?(billion|bn)", r"(?<![\d.])19\.6 ?(billion|bn)"),
])

STORY_4 = _story("cb-UD4", "central bank", "2026-02-06", [
    _page("https://www.meridianwire.example/markets/rates-bonds/"
          "iceland-central-bank-cuts-key-rate-700-2026-02-04/", _S4_MERIDIAN),
    _page("https://www.northernledger.example/business/2026/feb/04/"
          "iceland-cuts-interest-rates-again-inflation-cools", _S4_LEDGER),
    _page("https://www.fxdeskdaily.example/central-banks/sedlabanki-cuts-25bps-split-vote-isk/",
          _S4_FXDESK),
], [
    ("MPC vote split", r"(?<![\d.])4 ?(-|–|to) ?1(?![\d.])|four[- ](votes? )?to[- ]one",
                       r"(?<![\d.])3 ?(-|–|to) ?2(?![\d.])|three[- ](votes? )?to[- ]two"),
    ("dissenting MPC member", r"egilsd", r"valberg"),
    ("January inflation", r"(?<![\d.])4\.1 ?(%|percent|per cent|pct)",
                          r"(?<![\d.])4\.6 ?(%|percent|per cent|pct)"),
    ("next rate decision",
     r"mar(ch|\.)? 18(?!\d)|(?<!\d)18(th)? (of )?mar|(?<![\d.])0?3[-/.]18(?!\d)",
     r"mar(ch|\.)? 25(?!\d)|(?<!\d)25(th)? (of )?mar|(?<![\d.])0?3[-/.]25(?!\d)"),
])

STORY_5 = _story("rocket-UD5", "rocket", "2026-04-23", [
    _page("https://orbitwatch.example/2026/04/21/heron-1-flight-2-reaches-orbit-saxavord/",
          _S5_ORBITWATCH),
    _page("https://www.apb.example/news/articles/c2l9vq4n7ypo", _S5_APB),
    _page("https://www.northernledger.example/science/2026/apr/21/"
          "heron-1-rocket-reaches-orbit-shetland-first-uk-launch", _S5_LEDGER),
], [])

STORY_6 = _story("court-UD6", "court", "2026-01-15", [
    _page("https://benchbarreport.example/"
          "colorado-supreme-court-upholds-alder-springs-str-phase-out/", _S6_BENCHBAR),
    _page("https://www.contpost.example/national/2026/01/12/"
          "colorado-supreme-court-short-term-rentals/", _S6_CONTPOST),
    _page("https://www.meridianwire.example/legal/"
          "colorado-top-court-upholds-ski-town-curbs-short-term-rentals-2026-01-12/",
          _S6_MERIDIAN),
], [
    ("vote split", r"(?<![\d.])4 ?(-|–|to) ?3(?![\d.])|four[- ](votes? )?to[- ]three",
                   r"(?<![\d.])5 ?(-|–|to) ?2(?![\d.])|five[- ](votes? )?to[- ]two"),
    ("author of the dissent", r"whitby", r"okafor"),
    ("short-term rental licences affected", r"(?<![\d,.])1,?1[04]0(?!\d)",
                                           r"(?<![\d,.])1,?400(?!\d)"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
