"""Part TF of the story battery (web pages).

Written by engineer TF1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TF`.

Six stories told by 3-4 invented outlets each, as whole scraped pages (wire service, national
and local dailies, news portals, public broadcasters, specialist and financial sites): a
Malaysian Federal Court ruling on an Iban longhouse's customary land (court-TF1, four planted
disagreements), a South African provisional safeguard duty on steel wire rod (trade-TF2,
CONTROL), a magnitude-6 earthquake on the south shore of Lake Issyk-Kul in Kyrgyzstan
(quake-TF3, four planted), a National Bank of Serbia rate cut (cb-TF4, three planted), the
Kagawa prefecture governor election in Japan (election-TF5, three planted) and a Brazilian
state governor runoff in Para (election-TF6, CONTROL). Controls carry as many figures, dates,
names and quotes as the planted stories, and every non-planted fact agrees across outlets.
"""

from __future__ import annotations

import json
from html import unescape
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Shared helpers. Article bodies are written as blank-line separated paragraphs; a paragraph
# starting with "## " becomes a sub-heading. Text is already HTML-safe (entities written out).
# ---------------------------------------------------------------------------------------------

def _blocks(text: str) -> list[str]:
    out = []
    for chunk in text.strip().split("\n\n"):
        line = " ".join(part.strip() for part in chunk.strip().splitlines())
        if line:
            out.append(line)
    return out


def _body(text: str, slot: str = "", every: int = 0, first: str = "") -> str:
    html = []
    for i, block in enumerate(_blocks(text)):
        if block.startswith("## "):
            html.append(f"<h2>{block[3:]}</h2>")
        elif i == 0 and first:
            html.append(f'<p class="{first}">{block}</p>')
        else:
            html.append(f"<p>{block}</p>")
        if slot and every and (i + 1) % every == 0:
            html.append(slot)
    return "\n".join(html)


def _ld(headline: str, published: str | None, authors: list[str], site: str,
        section: str) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": unescape(headline),
        "articleSection": unescape(section),
        "author": [{"@type": "Person", "name": unescape(a)} for a in authors],
        "publisher": {"@type": "Organization", "name": unescape(site)},
    }
    if published:
        data["datePublished"] = published
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _links(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="#">{t}</a></li>' for t in items)


# ---------------------------------------------------------------------------------------------
# Template 1: wire service (Meridian Wire). US spelling, "percent", datelines, JSON-LD.
# ---------------------------------------------------------------------------------------------

def _wire(*, headline: str, description: str, section: str, published: str, shown: str,
          updated: str, authors: list[str], body: str, credit: str,
          read_next: list[str]) -> str:
    slot = ('<div class="ad-slot" data-slot="mid-article"><span class="ad-label">'
            'Advertisement &middot; Scroll to continue</span></div>')
    byline = " and ".join(authors)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} | Meridian Wire</title>
<meta name="description" content="{description}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{description}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{section}">
<meta name="twitter:card" content="summary_large_image">
{_ld(headline, published, authors, "Meridian Wire", section)}
<link rel="stylesheet" href="/static/mw-core.css">
</head>
<body class="mw-article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="mw-consent" role="dialog" aria-label="Cookie consent">
<p>Meridian Wire and its partners use cookies and similar technologies to deliver and measure
content and advertising. You can accept all, or manage your choices at any time.</p>
<button type="button">Accept all</button> <button type="button">Manage choices</button>
</div>
<header class="mw-header">
<a class="mw-logo" href="/">MERIDIAN WIRE</a>
<nav aria-label="Primary"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/legal/">Legal</a></li>
<li><a href="/climate/">Climate &amp; Energy</a></li><li><a href="/tech/">Technology</a></li>
<li><a href="/investigations/">Investigations</a></li>
</ul></nav>
<a class="mw-signin" href="/account/">Sign in</a>
<a class="mw-register" href="/register/">Register</a>
</header>
<main id="main-content">
<article class="mw-story">
<div class="mw-kicker"><a href="#">{section}</a></div>
<h1 class="mw-headline">{headline}</h1>
<div class="mw-meta">
<span class="mw-byline">By {byline}</span>
<time datetime="{published}">{shown}</time>
<span class="mw-updated">Updated {updated}</span>
</div>
<div class="mw-share"><span>Share</span>
<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a>
<a href="#">Link</a></div>
<div class="mw-body">
{_body(body, slot, 5)}
</div>
<p class="mw-credit">{credit}</p>
<p class="mw-standards"><a href="/trust/">Our Standards: The Meridian Trust Principles.</a></p>
<div class="mw-licensing"><a href="#">Purchase Licensing Rights</a></div>
</article>
<aside class="mw-rail">
<h3>Read Next</h3>
<ul>
{_links(read_next)}
</ul>
<div class="ad-slot" data-slot="rail"><span class="ad-label">Advertisement</span></div>
</aside>
</main>
<footer class="mw-footer">
<nav><a href="/about/">About Meridian</a> &middot; <a href="/careers/">Careers</a> &middot;
<a href="/contact/">Contact us</a> &middot; <a href="/privacy/">Privacy</a> &middot;
<a href="/terms/">Terms of use</a> &middot; <a href="/accessibility/">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
reserved.</p>
</footer>
<script src="/static/mw-bundle.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Template 2: national / local daily newspaper (masthead, strip date, related box, newsletter).
# ---------------------------------------------------------------------------------------------

def _daily(*, site: str, host: str, tagline: str, lang: str, nav: list[str], strip: str,
           section: str, headline: str, standfirst: str, byline: str, date_line: str,
           published: str | None, image_alt: str, caption: str, body: str,
           related: list[str], most_read: list[str], newsletter: str, address: str) -> str:
    slot = ('<div class="advert"><p class="advert-label">ADVERTISEMENT</p>'
            '<div class="advert-unit" id="inread-1"></div></div>')
    pub_meta = ""
    if published:
        pub_meta = f'<meta property="article:published_time" content="{published}">\n'
    nav_html = "".join(f'<li><a href="/{n.lower().replace(" ", "-")}/">{n}</a></li>'
                       for n in nav)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{headline} - {site}</title>
<meta name="description" content="{standfirst}">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{headline}">
<meta property="og:url" content="https://www.{host}/">
{pub_meta}<link rel="canonical" href="https://www.{host}/">
<link rel="stylesheet" href="https://static.{host}/css/site.min.css">
</head>
<body>
<a href="#content" class="skip">Skip to content</a>
<div class="topbar"><span class="today">{strip}</span>
<a href="/e-paper/">E-Paper</a> | <a href="/subscribe/">Subscribe</a> |
<a href="/login/">Log in</a></div>
<header class="masthead">
<div class="logo"><a href="/">{site}</a></div>
<div class="tagline">{tagline}</div>
<nav class="mainnav"><ul>{nav_html}</ul></nav>
</header>
<div id="content" class="wrap">
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="#">{section}</a></div>
<article class="story">
<h1>{headline}</h1>
<p class="standfirst">{standfirst}</p>
<div class="story-meta"><span class="author">{byline}</span>
<span class="dateline">{date_line}</span></div>
<div class="sharebar"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Telegram</a> <a href="#">Print</a></div>
<figure class="lead-image"><img src="https://static.{host}/img/lead.jpg" alt="{image_alt}">
<figcaption>{caption}</figcaption></figure>
<div class="story-body">
{_body(body, slot, 4)}
</div>
<div class="related-box"><h3>Related</h3><ul>
{_links(related)}
</ul></div>
<div class="newsletter"><h3>Get the headlines</h3><p>{newsletter}</p>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form>
</div>
</article>
<aside class="sidebar">
<div class="advert"><p class="advert-label">ADVERTISEMENT</p></div>
<div class="most-read"><h3>Most Read</h3><ol>
{_links(most_read)}
</ol></div>
</aside>
</div>
<div class="cookie-bar" id="cookie-bar"><p>This website uses cookies to improve your
experience. By continuing to browse, you agree to our use of cookies.
<a href="/privacy/">Learn more</a> <button>OK</button></p></div>
<footer class="site-footer">
<p>{address}</p>
<p><a href="/about/">About us</a> | <a href="/advertise/">Advertise with us</a> |
<a href="/contact/">Contact</a> | <a href="/privacy/">Privacy policy</a></p>
<p>Copyright &copy; {site}. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Template 3: public broadcaster (OBN / JBC). UK or US English by caller; no JSON-LD.
# ---------------------------------------------------------------------------------------------

def _broadcaster(*, site: str, short: str, host: str, headline: str, published: str | None,
                 shown: str, byline: str, role: str, image_alt: str, caption: str,
                 credit: str, body: str, topics: list[str], more: list[str],
                 footer_note: str) -> str:
    pub_meta = ""
    if published:
        pub_meta = f'<meta property="article:published_time" content="{published}">\n'
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{headline} - {short} News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
{pub_meta}<link rel="stylesheet" href="https://{host}/assets/news.css">
</head>
<body>
<div id="skip"><a href="#main-heading">Skip to content</a></div>
<div class="consent-banner">
<h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p>
<button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header class="global-nav">
<a class="brand" href="/">{short}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li>
<li><a href="/audio/">Audio</a></li><li><a href="/video/">Video</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search {short}"></form>
</header>
<nav class="news-nav"><ul><li><a href="#">World</a></li><li><a href="#">Asia</a></li>
<li><a href="#">Africa</a></li><li><a href="#">Europe</a></li>
<li><a href="#">Latin America</a></li><li><a href="#">Business</a></li>
<li><a href="#">Science</a></li></ul></nav>
<main>
<article>
<h1 id="main-heading">{headline}</h1>
<div class="meta"><time>{shown}</time>
<button class="share">Share</button> <button class="save">Save</button></div>
<div class="contributor"><strong>{byline}</strong><br><span>{role}</span></div>
<figure><img src="https://{host}/img/main.jpg" alt="{image_alt}">
<span class="credit">{credit}</span><figcaption>{caption}</figcaption></figure>
{_body(body, first="intro")}
<section class="topics"><h2>Related topics</h2><ul>
{_links(topics, "tag")}
</ul></section>
<section class="more"><h2>More on this story</h2><ul>
{_links(more)}
</ul></section>
</article>
<aside class="most-watched"><h2>Most watched</h2><ol>
<li><a href="#">Watch: Rescue crews reach stranded hikers</a></li>
<li><a href="#">The week in pictures</a></li>
<li><a href="#">How night trains are making a comeback</a></li>
</ol></aside>
</main>
<footer class="global-footer">
<ul><li><a href="#">Terms of Use</a></li><li><a href="#">About the {short}</a></li>
<li><a href="#">Privacy Policy</a></li><li><a href="#">Cookies</a></li>
<li><a href="#">Accessibility Help</a></li><li><a href="#">Contact the {short}</a></li></ul>
<p>{footer_note}</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Template 4: specialist / trade site (legal, metals, seismology). ISO dates, paywall teaser.
# ---------------------------------------------------------------------------------------------

def _specialist(*, site: str, host: str, motto: str, section: str, headline: str, deck: str,
                author: str, bio: str, date_iso: str | None, date_shown: str, body: str,
                tags: list[str], sidebar_title: str, sidebar: list[str],
                promo: str) -> str:
    date_html = ""
    ld_date = None
    if date_iso:
        date_html = f'<time class="pubdate" datetime="{date_iso}">{date_shown}</time>'
        ld_date = date_iso
    tag_html = " ".join(f'<a class="tag" href="#">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{site} | {headline}</title>
<meta name="description" content="{deck}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
{_ld(headline, ld_date, [author], site, section)}
<link rel="stylesheet" href="https://{host}/wp-content/themes/pro/style.css">
</head>
<body class="single single-post">
<a class="screen-reader-text skip-link" href="#primary">Skip to content</a>
<div class="site-top"><span>{motto}</span>
<a href="/subscribe/">Subscribe</a> <a href="/my-account/">My account</a></div>
<header id="masthead"><div class="site-title"><a href="/">{site}</a></div>
<nav id="site-navigation"><ul>
<li><a href="/news/">News</a></li><li><a href="/analysis/">Analysis</a></li>
<li><a href="/data/">Data</a></li><li><a href="/events/">Events</a></li>
<li><a href="/podcast/">Podcast</a></li><li><a href="/about/">About</a></li>
</ul></nav></header>
<div id="primary" class="content-area">
<article class="post">
<header class="entry-header">
<span class="cat-links"><a href="#">{section}</a></span>
<h1 class="entry-title">{headline}</h1>
<p class="deck">{deck}</p>
<div class="entry-meta"><span class="author vcard">{author}</span> {date_html}</div>
</header>
<div class="entry-content">
{_body(body)}
<div class="paywall-note"><p>{promo}</p></div>
</div>
<footer class="entry-footer"><div class="tags">{tag_html}</div>
<div class="author-box"><p>{bio}</p></div>
<div class="share-post"><span>Share this article:</span> <a href="#">LinkedIn</a>
<a href="#">X</a> <a href="#">Email</a></div></footer>
</article>
</div>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">{sidebar_title}</h2><ul>
{_links(sidebar)}
</ul></section>
<section class="widget ad"><span>Sponsored</span></section>
</aside>
<footer id="colophon"><p>&copy; {site}. Reproduction without written permission is
prohibited.</p><p><a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookie
settings</a> &middot; <a href="/contact/">Contact the newsroom</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Template 5: independent blog / newsletter site (Ledgerline, Electoral Lens).
# ---------------------------------------------------------------------------------------------

def _blog(*, site: str, host: str, blurb: str, headline: str, author: str,
          posted: str | None, published: str | None, body: str, filed: list[str],
          comments: int, disclaimer: str, recent: list[str]) -> str:
    pub_meta = ""
    if published:
        pub_meta = f'<meta property="article:published_time" content="{published}">\n'
    posted_html = f' &middot; <span class="posted">{posted}</span>' if posted else ""
    filed_html = ", ".join(f'<a href="#">{f}</a>' for f in filed)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} &mdash; {site}</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
{pub_meta}<meta name="author" content="{author}">
<link rel="alternate" type="application/rss+xml" href="https://{host}/feed/">
</head>
<body>
<a class="skip" href="#post">Skip to post</a>
<header class="blog-head"><a class="blog-name" href="/">{site}</a>
<p class="blurb">{blurb}</p>
<nav><a href="/">Latest</a> <a href="/archive/">Archive</a> <a href="/about/">About</a>
<a href="/subscribe/">Subscribe</a></nav></header>
<div class="gdpr">We only use essential cookies plus privacy-friendly analytics.
<a href="/privacy/">Details</a> <button>Got it</button></div>
<main id="post">
<h1>{headline}</h1>
<p class="byline">by {author}{posted_html}</p>
<div class="post-body">
{_body(body)}
</div>
<div class="subscribe-box"><p>Enjoyed this? Get every post by email. Free, no spam,
unsubscribe any time.</p><form><input type="email" placeholder="you@example.com">
<button>Subscribe</button></form></div>
<p class="filed">Filed under: {filed_html}</p>
<p class="disclaimer"><em>{disclaimer}</em></p>
<div class="share"><a href="#">Share on Bluesky</a> &middot; <a href="#">Share on
LinkedIn</a> &middot; <a href="#">Copy link</a></div>
<section class="comments"><h2>{comments} comments</h2>
<p><a href="#">Join the discussion</a></p></section>
</main>
<aside class="recent"><h3>Recent posts</h3><ul>
{_links(recent)}
</ul></aside>
<footer><p>{site} is reader-supported. &copy; {site}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Template 6: online news portal (ticker, trending, author card, comments teaser).
# ---------------------------------------------------------------------------------------------

def _portal(*, site: str, host: str, lang: str, ticker: list[str], category: str,
            headline: str, lede: str, author: str, stamp: str, published: str | None,
            caption: str, body: str, trending: list[str], read_also: list[str],
            footer_lines: list[str]) -> str:
    slot = ('<aside class="in-article-ad"><small>Advertisement</small>'
            '<div class="ad-container"></div></aside>')
    pub_meta = ""
    if published:
        pub_meta = f'<meta property="article:published_time" content="{published}">\n'
    ticker_html = " &bull; ".join(ticker)
    read_also_html = "".join(f'<p class="read-also">READ ALSO: <a href="#">{r}</a></p>'
                             for r in read_also)
    foot = "".join(f"<p>{f}</p>" for f in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{lede}">
<meta property="og:site_name" content="{site}">
{pub_meta}{_ld(headline, published, [author], site, category)}
</head>
<body class="portal">
<a class="skip-to-content" href="#article">Skip to content</a>
<div class="ticker"><strong>BREAKING</strong> {ticker_html}</div>
<header class="portal-head"><a class="logo" href="/">{site}</a>
<nav><a href="/news/">News</a> <a href="/politics/">Politics</a>
<a href="/economy/">Economy</a> <a href="/regions/">Regions</a>
<a href="/world/">World</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a></nav>
<a class="donate" href="/support/">Support independent journalism</a></header>
<main id="article">
<p class="category"><a href="#">{category}</a></p>
<h1>{headline}</h1>
<p class="lede"><strong>{lede}</strong></p>
<div class="author-card"><span class="name">{author}</span>
<span class="stamp">{stamp}</span></div>
<figure><div class="photo"></div><figcaption>{caption}</figcaption></figure>
<div class="text">
{_body(body, slot, 6)}
</div>
{read_also_html}
<div class="social"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Telegram</a>
<a href="#">WhatsApp</a> <a href="#">X</a></div>
<div class="comments-teaser"><a href="#">Comments are closed for this article.</a></div>
</main>
<aside class="trending"><h3>Trending now</h3><ol>
{_links(trending)}
</ol></aside>
<div class="consent"><p>We and our partners process data to personalise content and ads.
<button>Accept</button> <button>Reject</button> <a href="#">Options</a></p></div>
<footer class="portal-foot">{foot}</footer>
</body>
</html>
"""


# =============================================================================================
# STORY 1 - court-TF1: Malaysia's Federal Court and the Rumah Ngelai customary land case.
# Planted: disputed area (6,400 ha vs 4,600 ha), year the lease was issued (2014 vs 2016),
# dissenting judge (Kamal Rashid vs Faisal Yunus), costs (RM200,000 vs RM120,000).
# =============================================================================================

_S1_WIRE = _wire(
    headline="Malaysia's top court sides with Iban longhouse in palm oil land fight",
    description=("Federal Court rules 4-1 that a plantation lease over land claimed by a "
                 "Sarawak longhouse was unlawful."),
    section="Legal",
    published="2026-02-26T08:52:00Z",
    shown="February 26, 2026 4:52 PM GMT+8",
    updated="2 hours ago",
    authors=["Daniel Ting", "Rosalind Empeni"],
    credit=("Reporting by Daniel Ting in Putrajaya and Rosalind Empeni in Kuching; "
            "Editing by Mark Hollis"),
    read_next=[
        "Malaysia's palm oil stocks climb to seven-month high as exports slow",
        "Indonesia tightens rules on plantation permits in Kalimantan",
        "Sarawak signs hydrogen supply pact with Japanese utilities",
    ],
    body="""
PUTRAJAYA, Malaysia, Feb 26 (Meridian) - Malaysia's Federal Court on Thursday restored a
lower-court ruling that an oil palm company's lease over forest claimed by an Iban longhouse
in Sarawak was unlawful, a 4-1 decision that lawyers said could unsettle dozens of similar
concessions in the Borneo state.

The five-judge panel found that the Sarawak government had granted the provisional lease to
Tegas Ladang Sdn Bhd in 2014 without accounting for the customary territory of Rumah Ngelai,
a longhouse of about 300 people in the Kapit division, upriver on the Rajang river system.

The disputed area covers about 6,400 hectares (15,800 acres) of hill forest and old farmland,
of which the company has already cleared and planted roughly 1,100 hectares, according to
court filings.

"Customary rights that existed before the lease are property in the constitutional sense, and
the state may not take them away by the simple act of issuing a document," Justice Halimah
Osman, who chaired the bench, said as she read a summary of the majority judgment.

Justice Kamal Rashid dissented. He said the community should have pursued its claim through
the procedure for native territorial domain that Sarawak wrote into its Land Code in 2018,
rather than through the courts.

The court sent the case back to the High Court in Sibu to assess compensation for the land
already cleared. It did not order the company off the planted blocks, leaving that question
to be argued before the High Court.

"We waited seven years for this. Our grandfathers farmed those hills and buried their dead
there," the longhouse headman, Ngelai anak Jugah, 71, told reporters outside the court,
speaking in Iban through an interpreter.

Tegas Ladang said in a statement it respected the decision and would "study the full grounds
with our legal advisers before deciding on the next steps," adding that it had obtained every
permit required at the time.

A lawyer with the Sarawak State Attorney-General's Chambers, which appeared for the state
government and its Land and Survey Department, declined to comment beyond saying the
chambers would read the written grounds once they were released.

Disputes between native communities and plantation or logging firms are a steady source of
litigation in Sarawak, Malaysia's largest state, where the law recognizes native customary
rights but the government has long disputed how far those rights extend beyond land under
active cultivation.

The Rumah Ngelai residents filed their suit in 2019. The High Court ruled in their favor in
March 2022, but the Court of Appeal unanimously reversed that decision in August 2024,
holding that the community had not proved continuous occupation of the forest areas.

The community's lawyer, Nelson Lawai, said at least 40 similar suits were pending in Sarawak
courts and that many turned on the same question: whether forest used for hunting,
gathering and rotational farming can count as customary land.

"This is the first time the Federal Court has said clearly that the menoa, the territory a
longhouse uses, is not just the rice fields," Lawai said.

Palm oil is one of Malaysia's biggest export earners, and Sarawak accounts for roughly a
quarter of the country's planted area. Industry groups have warned that uncertainty over land
titles is discouraging new investment in the state.
""",
)

_S1_DAILY = _daily(
    site="The Rajang Herald",
    host="rajangherald.example",
    tagline="Sarawak's voice since 1974",
    lang="en-MY",
    nav=["Sarawak", "Nation", "Business", "World", "Sports", "Lifestyle", "Opinion"],
    strip="Friday, 27 February 2026 | Kuching 31&deg;C",
    section="Sarawak",
    headline="Rumah Ngelai wins land case at Federal Court",
    standfirst=("Longhouse folk celebrate after apex court rules Tegas Ladang's lease over "
                "their customary land invalid"),
    byline="By Jenny Sim and Alvin Nyuak",
    date_line="February 27, 2026",
    published="2026-02-27T06:00:00+08:00",
    image_alt="Residents gather on the ruai of Rumah Ngelai",
    caption=("Residents of Rumah Ngelai gather on the longhouse gallery after hearing the "
             "court's decision. - Photo courtesy of Rumah Ngelai residents"),
    related=[
        "NCR land: State to speed up perimeter surveys in Kapit, Song",
        "Baleh road upgrade to be completed by year-end, says JKR",
        "Longhouse fire in Julau leaves 60 homeless",
    ],
    most_read=[
        "Kuching flash floods: 12 roads closed",
        "Sibu hawker centre to reopen after RM3 million upgrade",
        "SPM results: Sarawak records best showing in five years",
        "Rumah Ngelai wins land case at Federal Court",
    ],
    newsletter="Sarawak news in your inbox every morning at 7am.",
    address="The Rajang Herald Sdn Bhd, Jalan Kampung Nyabor, 96000 Sibu, Sarawak.",
    body="""
KAPIT: Gongs were beaten well past midnight at Rumah Ngelai on Thursday as news spread that
the Federal Court had ruled in the longhouse's favour in its long dispute with plantation firm
Tegas Ladang Sdn Bhd.

The apex court, in a 4-1 majority decision delivered in Putrajaya yesterday, held that the
provisional lease issued to the company in 2016 was invalid in so far as it covered the
longhouse's native customary rights (NCR) land.

The lease covers 6,400 hectares in the Baleh area, about two hours by longboat from Kapit
town. Residents say their grandparents opened farms, fruit groves and burial grounds across
much of that area long before the company arrived.

The court also ordered the state government and the company to pay the residents RM200,000
in costs, and sent the matter back to the Sibu High Court to assess damages for land that has
already been cleared.

"Tonight we are happy. Tomorrow we start thinking about how to look after the land again,"
said Tuai Rumah Ngelai anak Jugah when contacted by telephone. The 71-year-old headman had
travelled to Putrajaya with four other residents to hear the decision.

Justice Halimah Osman, who led the five-member bench, said in the majority judgment that the
rights of natives to their customary land did not depend on a grant from the state, and that
the land office was obliged to check for existing claims before alienating land.

One judge dissented, holding that the residents should first have applied under the native
territorial domain provisions added to the Land Code in 2018.

Counsel for the residents, Nelson Lawai, described the ruling as "a day the longhouses of
Sarawak will remember", and said it would give hope to communities in at least 40 other
pending cases.

## Seven-year fight

The longhouse, home to about 300 people, is a community of Iban rice farmers, many of whom
also work in the timber camps and in Kapit town. Residents say bulldozers first appeared on
their old farmland in early 2018, and they lodged police reports and protest letters before
turning to the courts.

They filed their suit at the Sibu High Court in 2019 and won in March 2022. The Court of
Appeal overturned that decision in August 2024, finding that the residents had not proved
continuous occupation of the forest.

At the Federal Court hearing last October, lawyers for the state argued that recognising the
wider menoa would cast doubt on land titles across Sarawak. The majority rejected that
argument, saying the answer to uncertainty was proper survey work, not the loss of rights.

About 1,100 hectares of the lease area have since been planted with oil palm. Residents said
the clearing destroyed a burial ground and several fruit gardens, which they call pulau, that
had been kept for generations.

In a short statement, Tegas Ladang said it respected the court's decision and was studying
the grounds of judgment with its lawyers. The company employs around 250 workers at the
estate, most of them from outside the area.

Lawai said the community did not want the workers to lose their jobs. "We are not against
development. We are against development that pretends we do not exist," he said.

The full written grounds of judgment are expected to be released in the coming weeks.
""",
)

_S1_LEGAL = _specialist(
    site="Bench &amp; Bar Asia",
    host="benchbarasia.example",
    motto="Law and litigation across the region",
    section="Judgments",
    headline=("Federal Court restores NCR win for Rumah Ngelai: menoa is property, majority "
              "holds"),
    deck=("A 4-1 majority treats the wider territorial domain of a Sarawak longhouse as "
          "protected property; the dissent points to the 2018 Land Code route."),
    author="Priya Raghavan",
    bio=("Priya Raghavan is Bench &amp; Bar Asia's Malaysia correspondent. She previously "
         "practised in civil litigation in Kuala Lumpur."),
    date_iso="2026-02-27",
    date_shown="2026-02-27",
    tags=["Malaysia", "Native customary rights", "Sarawak", "Constitutional law",
          "Federal Court"],
    sidebar_title="Latest judgments",
    sidebar=[
        "Singapore Court of Appeal narrows scope of unconscionability in construction calls",
        "Hong Kong CFA on arbitration award enforcement against state entities",
        "India: Supreme Court reserves verdict on tribunal appointment rules",
    ],
    promo=("Subscribers can download our annotated summary of the majority and dissenting "
           "judgments once the written grounds are published."),
    body="""
The Federal Court on 26 February allowed the appeal of the residents of Rumah Ngelai, an Iban
longhouse in the Kapit division of Sarawak, against a Court of Appeal ruling that had
dismissed their native customary rights (NCR) claim over land leased to Tegas Ladang Sdn Bhd.

The decision was by a 4-1 majority. Justice Halimah Osman delivered the majority judgment,
with Justice Kamal Rashid dissenting. The written grounds have not yet been published; this
note is based on the summaries read in court and on the parties' submissions.

## The facts

The Superintendent of Lands and Surveys issued a provisional lease to Tegas Ladang in 2014
over 4,600 hectares of land in the Baleh area. The residents say the lease area sits almost
wholly within their pemakai menoa, the territorial domain of the longhouse, which takes in
cultivated land (temuda), reserved forest (pulau galau) and the wider forest used for hunting
and gathering.

The residents sued in 2019, naming the company, the Superintendent and the State Government
of Sarawak as defendants. The High Court at Sibu found for them in March 2022. In August 2024
the Court of Appeal reversed, holding that the plaintiffs had proved occupation only of
cultivated areas and that the wider menoa did not, on the evidence, give rise to rights
enforceable against the State.

## The majority

The majority held that NCR, once established, are proprietary rights protected by Article 13
of the Federal Constitution, and that the source of the rights is the custom of the community,
not any grant or recognition by the State. Drawing on the line of authority that runs from Nor
anak Nyawai to Sandah, the court said the question was one of fact: whether the community
had, by custom, occupied and controlled the area. The High Court judge had been entitled to
find on the oral and documentary evidence, including old aerial photographs, that it had.

Importantly, the majority said the Court of Appeal had been wrong to treat the absence of
current cultivation as fatal. Rotational farming, Justice Halimah said, "by its nature leaves
land resting for years; to read fallow as abandonment is to misunderstand the custom itself."

The court also held that the Superintendent was under a duty to inquire into existing native
claims before alienating land, and that a lease granted without that inquiry was invalid to
the extent that it overlapped proven NCR land.

## The dissent

Justice Kamal Rashid would have dismissed the appeal. In his view the Land Code (Amendment)
Ordinance 2018, which created a procedure for the survey and gazettement of native territorial
domain, is now the exclusive route for claims over the wider menoa, and a court should not
grant declarations that by-pass that procedure. He accepted that cultivated temuda could be
protected, but found the evidence on the forest areas too thin.

## Orders

The lease was declared invalid in so far as it overlaps the claimed area. The matter was
remitted to the High Court for an inquiry into damages for the land already cleared, which the
company puts at about 1,100 hectares. The respondents were ordered to pay costs of RM120,000
to the appellants.

## Comment

The decision is likely to be cited in the 40 or so NCR suits said to be pending in Sarawak,
many of which raise the same issue about forest areas. It also leaves open a difficult
practical question: what happens to planted land when the lease over it falls away. The
majority expressly left that for the High Court, noting that the residents had not sought an
order for possession at this stage.

Counsel for the appellants was Nelson Lawai; the State and the Superintendent were
represented by the State Attorney-General's Chambers, and the company by private counsel.
""",
)

_S1_BROADCAST = _broadcaster(
    site="Orbis Broadcasting Network",
    short="OBN",
    host="www.obn.example",
    headline="Malaysia court backs Borneo longhouse over palm oil plantation",
    published="2026-02-26T10:15:00Z",
    shown="26 February 2026",
    byline="Hannah Corfield",
    role="South East Asia correspondent",
    image_alt="Oil palm seedlings on a cleared hillside",
    caption=("Land cleared for oil palm near Kapit. Campaigners say such clearing has "
             "eaten into forest used by longhouse communities for generations"),
    credit="Getty Images",
    topics=["Malaysia", "Indigenous peoples", "Deforestation", "Palm oil"],
    more=[
        "The Borneo villagers mapping their forests with drones",
        "Why palm oil keeps coming back to the courts",
    ],
    footer_note=("Copyright 2026 OBN. The OBN is not responsible for the content of external "
                 "sites. Read about our approach to external linking."),
    body="""
An Indigenous community on the Malaysian part of Borneo has won a long legal battle against a
palm oil company, in a ruling campaigners say could change how land is handed out in the
state of Sarawak.

Malaysia's highest court ruled by four judges to one that a lease given to the company
Tegas Ladang could not override the customary rights of Rumah Ngelai, a longhouse where
about 300 Iban people live.

The lease covered some 6,400 hectares of hilly land. Much of it was forest that the villagers
say they have used for generations to hunt, gather food and medicine, and farm rice in
rotation.

The judge who led the five-member bench, Justice Halimah Osman, said such rights existed
before any document issued by the state and were protected by Malaysia's constitution.

The lone dissenting judge, Justice Faisal Yunus, argued that the longhouse should have used a
procedure created by the Sarawak government in 2018 to register what it calls native
territorial domain.

## 'We are not against development'

Outside the court in Putrajaya, the longhouse chief, Ngelai anak Jugah, said the community had
never agreed to the plantation.

"They came with machines and told us the land was theirs now. We told them our grandfathers
were buried there," he said.

The community's lawyer, Nelson Lawai, said residents were not trying to stop all development
in the area, but wanted a say over what happened on land they had long depended on.

"The court has told the government that it must look before it leases. That is all we have
ever asked," he said.

The company said it respected the decision and would study the judgment. It did not say
whether it would keep operating on the roughly 1,100 hectares it has already planted. The
court sent that question, and the matter of compensation, back to a lower court.

## Forests under pressure

Sarawak has lost a large share of its old-growth forest since the 1970s, first to logging and
later to plantations of oil palm and fast-growing timber. Campaign groups have long accused
the state of issuing leases over land that Indigenous communities regard as their own.

The state government says it has stepped up surveys of customary land in recent years and
that the 2018 changes to its land law were designed to settle such claims.

Mary Ugang of the Sarawak Indigenous Land Network, which has supported the longhouse, said
the ruling would be studied closely in dozens of other communities with similar cases before
the courts.

"Today it is one longhouse. Tomorrow it could be a hundred," she said.

Palm oil is used in everything from biscuits to shampoo, and Malaysia is the world's
second-biggest producer after Indonesia. The European Union's rules on deforestation-free
supply chains have added pressure on producers to show that their plantations are not built
on disputed or recently cleared land.

The case began in 2019 in the High Court in Sibu, which ruled for the villagers in 2022. An
appeals court reversed that decision in 2024, before the Federal Court's ruling on Thursday.
""",
)


# =============================================================================================
# STORY 2 - trade-TF2 (CONTROL): South Africa's provisional safeguard duty on steel wire rod.
# All figures agree: 18.2% for 200 days from Friday 12 June 2026; imports 92,000 t (2023) to
# 241,000 t (2025); import share 14% to 33%; China about 41%; comments due 13 July.
# =============================================================================================

_S2_WIRE = _wire(
    headline="South Africa slaps 18.2% safeguard duty on steel wire rod imports",
    description=("Provisional duty runs for 200 days while trade regulator completes its "
                 "investigation into a surge of imports."),
    section="Business",
    published="2026-06-12T14:20:00Z",
    shown="June 12, 2026 4:20 PM GMT+2",
    updated="June 12, 2026",
    authors=["Thabo Mokoena"],
    credit="Reporting by Thabo Mokoena; Editing by Clare Whitby",
    read_next=[
        "South Africa's factory output falls for a third month",
        "Rand firms as power supply improves ahead of winter peak",
        "Zambia, DRC agree to speed up copper corridor border checks",
    ],
    body="""
JOHANNESBURG, June 12 (Meridian) - South Africa imposed a provisional safeguard duty of 18.2
percent on imports of steel wire rod on Friday, siding with local mills that say a flood of
cheap foreign product has pushed them to the brink, over objections from manufacturers that
turn the rod into fencing, nails and mesh.

The duty, published in the Government Gazette and effective immediately, will apply for 200
days while the International Trade Administration Commission (ITAC) completes its
investigation and decides whether to recommend a longer-term measure.

ITAC found that imports of wire rod had risen to 241,000 tonnes in 2025 from 92,000 tonnes in
2023, and that their share of the Southern African Customs Union market had more than doubled
to 33 percent from 14 percent over the same period.

"The evidence before the commission shows a sharp and recent increase in imports that is
causing serious injury to the domestic industry, and delay would cause damage that would be
difficult to repair," ITAC chief commissioner Ayanda Mkhize-Pillay said in a statement.

China supplied about 41 percent of South Africa's wire rod imports last year, according to
the commission's preliminary findings, with Vietnam and Egypt among the other main sources.
Imports from developing countries that each account for less than 3 percent of the total are
exempt, in line with World Trade Organization rules on safeguards.

The application was lodged in February by the Steel Manufacturers Council of Southern Africa,
which represents local producers including Vaal Rod &amp; Bar. The council says about 3,400
jobs at domestic mills are at risk and that producers are running at roughly 58 percent of
capacity.

"This gives the industry breathing space, not a subsidy," the council's executive director,
Gerhard Pienaar, told Meridian. "Our members have been selling below cost for eighteen months
just to keep furnaces running."

Vaal Rod &amp; Bar shut one of the two rolling lines at its Vanderbijlpark mill in March,
citing import pressure.

Downstream users pushed back. The Southern African Wire Users Forum, whose members make
fencing, reinforcing mesh, nails and springs, said the duty would raise costs for farmers and
builders and could threaten about 9,000 jobs in wire products.

"We are being asked to pay for problems that were not caused by imports alone," said the
forum's chairperson, Lindiwe Khumalo, pointing to electricity costs and rail bottlenecks that
she said had eroded the mills' competitiveness.

Interested parties have until July 13 to comment on the preliminary findings, ITAC said. It
expects to make a final determination before the provisional duty lapses in late December.

South Africa's steel industry has been shrinking for more than a decade, hit by weak demand,
high power prices and competition from Asian producers. Governments around the world have
raised barriers to steel imports over the past two years as Chinese exports hit record
levels, prompting fears that shipments would be diverted to markets with fewer defenses.
""",
)

_S2_DAILY = _daily(
    site="The Highveld Mercury",
    host="highveldmercury.example",
    tagline="News for Gauteng and beyond",
    lang="en-ZA",
    nav=["News", "Business", "Politics", "Sport", "Opinion", "Motoring", "Property"],
    strip="Saturday 13 June 2026",
    section="Business",
    headline="Steel mills cheer, wire makers fume as 18.2% import duty bites",
    standfirst=("ITAC imposes a 200-day provisional safeguard on wire rod, saying imports more "
                "than doubled their share of the local market"),
    byline="Nomvula Dube, Business Reporter",
    date_line="13 June 2026",
    published=None,
    image_alt="Coils of steel wire rod stacked in a warehouse",
    caption="Coils of wire rod at a Vanderbijlpark steel yard. Picture: Sipho Ndlovu",
    related=[
        "Opinion: Local steel cannot survive on tariffs alone",
        "Transnet promises more trains on Gauteng to Durban corridor",
        "Municipal power tariffs to rise by double digits in July",
    ],
    most_read=[
        "Taxi strike brings Tshwane to a standstill",
        "Petrol price to drop by 41c a litre on Wednesday",
        "Springboks name four uncapped players for July tests",
        "Steel mills cheer, wire makers fume as 18.2% import duty bites",
    ],
    newsletter="The Mercury Business Brief lands weekdays at 6am. Free for registered readers.",
    address="The Highveld Mercury, 14 Commissioner Street, Johannesburg 2001.",
    body="""
Local steel producers have won a reprieve from a surge of imported wire rod after the
International Trade Administration Commission (ITAC) imposed a provisional safeguard duty of
18.2 per cent, a move that fencing and nail manufacturers warn will be passed on to farmers and
builders.

The duty was published in the Government Gazette on Friday and took effect the same day. It
will run for 200 days while the commission finalises its investigation.

According to ITAC's preliminary findings, imports of wire rod into the Southern African Customs
Union climbed from 92,000 tonnes in 2023 to 241,000 tonnes last year. Over the same period the
imported share of the market jumped from 14 per cent to 33 per cent.

China accounted for roughly 41 per cent of last year's imports. Developing countries that
each supply less than 3 per cent of imports are exempted from the duty.

The investigation was requested in February by the Steel Manufacturers Council of Southern
Africa, which speaks for the mills. It says producers are working at about 58 per cent of
capacity and that some 3,400 jobs are on the line.

In March, Vaal Rod &amp; Bar switched off one of the two rolling lines at its Vanderbijlpark
plant, and the council's executive director, Gerhard Pienaar, said further closures were
likely without relief.

"We welcome the commission's decision. It is the first good news this industry has had in a
long time, and it buys us time to compete on fair terms," Pienaar said.

ITAC chief commissioner Ayanda Mkhize-Pillay said the commission had found "a sharp and recent
increase in imports" that was causing serious injury to local producers.

## Downstream anger

The mood was very different among companies that buy wire rod and turn it into finished
goods.

Lindiwe Khumalo, who chairs the Southern African Wire Users Forum, said her members would
have little choice but to raise prices. The forum's members employ about 9,000 people making
fencing, reinforcing mesh, nails, springs and baling wire.

"A farmer putting up a fence in the Free State is going to pay for this. So is every small
builder," she said. "The mills have real problems, but those problems are electricity and
rail, and a tariff does not fix either of them."

Khumalo said the forum would make a submission before the July 13 deadline for comments on
the preliminary findings.

One Germiston-based mesh maker, who asked not to be named because he buys from both local and
foreign suppliers, said imported rod had been landing at prices well below local mills'
quotes for most of the past year.

"If local mills raise prices by the full amount of the duty, some of us will go under," he
said.

ITAC is expected to make a final determination before the provisional measure expires at the
end of December. It could then recommend a definitive safeguard duty, which may apply for
several years and would typically be phased down over that period.

The decision comes as the domestic steel sector battles weak construction activity, high
electricity tariffs and logistics problems at ports and on the rail network. Several large
producers have cut output or closed plants over the past decade.
""",
)

_S2_TRADE = _specialist(
    site="Metals Desk",
    host="metalsdesk.example",
    motto="Prices, trade flows and policy for the steel and metals industry",
    section="Trade remedies",
    headline="South Africa: 18.2% provisional safeguard on wire rod, 200 days",
    deck=("ITAC cites a jump in imports from 92kt to 241kt in two years; China about 41% of "
          "2025 arrivals."),
    author="Marius van Heerden",
    bio=("Marius van Heerden covers African steel and ferroalloy markets for Metals Desk from "
         "Johannesburg."),
    date_iso="2026-06-15",
    date_shown="15 Jun 2026",
    tags=["South Africa", "Wire rod", "Safeguards", "ITAC", "Long products"],
    sidebar_title="Price assessments",
    sidebar=[
        "Wire rod, mesh quality, FOB China: weekly assessment",
        "Rebar, delivered Gauteng: monthly assessment",
        "Billet, CFR South East Asia: daily assessment",
    ],
    promo=("Metals Desk Pro subscribers can download the full tariff schedule and our "
           "table of 2023-2025 import volumes by origin."),
    body="""
South Africa's International Trade Administration Commission (ITAC) has imposed a provisional
safeguard duty of 18.2% on imports of steel wire rod, in force from 12 June for 200 days.

The measure was published in the Government Gazette on Friday 12 June and applies to wire
rod of iron or non-alloy steel under tariff subheading 7213.91, imported into the Southern
African Customs Union (SACU).

## Import surge

ITAC's preliminary determination puts wire rod imports at 241,000 tonnes in 2025, up from
92,000t in 2023. The imported share of SACU consumption rose from 14% to 33% over the
period, while domestic producers' sales volumes fell and their capacity utilisation dropped to
around 58%.

China was the largest supplier last year with around 41% of the total, followed by Vietnam and
Egypt. Developing countries each accounting for less than 3% of imports are excluded, in line
with the WTO Agreement on Safeguards, unless together they exceed 9% of imports.

"The commission found a sharp and recent increase in imports that is causing serious injury to
the domestic industry," chief commissioner Ayanda Mkhize-Pillay said.

## Industry positions

The Steel Manufacturers Council of Southern Africa, which filed the application in February,
argued that local mills had been selling below cost to keep furnaces running. The council
estimates that 3,400 jobs at producers are at risk. Vaal Rod &amp; Bar idled one of two
rolling lines at Vanderbijlpark in March.

"This gives the industry breathing space, not a subsidy," executive director Gerhard Pienaar
said.

Downstream, the Southern African Wire Users Forum, representing fencing, mesh, nail and
spring producers employing around 9,000 people, opposes the duty. Chairperson Lindiwe Khumalo
said the measure addressed a symptom rather than the causes of the mills' weakness, namely
power costs and rail logistics.

## Market reaction

Traders in Durban said import offers for July and August shipment had been withdrawn as
buyers reassessed landed costs. One trader said Chinese mesh-quality rod had been offered at
levels that, including freight and the new duty, would now be close to local mill prices.

Local mills had not announced price increases by Monday, but two distributors said they
expected list prices to rise over the next month.

## Next steps

Interested parties may comment on the preliminary findings until 13 July. ITAC aims to
publish a final determination before the provisional duty lapses at the end of December. If
it recommends a definitive safeguard, the measure could last up to four years, with
progressive liberalisation.

South Africa has used safeguard measures sparingly; most of its steel trade remedies have
been anti-dumping duties against specific countries. A safeguard, by contrast, applies to
imports from all sources except exempted developing countries, which makes it harder to
side-step by shifting supply between origins.

The case adds to a growing list of safeguard and anti-dumping actions on long steel products
worldwide as Chinese exports remain at historically high levels.
""",
)


# =============================================================================================
# STORY 3 - quake-TF3: earthquake on the south shore of Lake Issyk-Kul, Kyrgyzstan.
# Planted: magnitude (6.1 vs 6.4), depth (10 km vs 35 km), local time (4:17 vs 5:17),
# epicentre village (Barskoon vs Kyzyl-Suu). Toll (7 dead, 58 hurt) agrees everywhere.
# =============================================================================================

_S3_WIRE = _wire(
    headline="Earthquake kills seven near Kyrgyzstan's Lake Issyk-Kul",
    description=("A magnitude 6.1 quake struck before dawn on Tuesday, damaging more than "
                 "1,300 homes in the Issyk-Kul region."),
    section="World",
    published="2026-09-08T06:40:00Z",
    shown="September 8, 2026 12:40 PM GMT+6",
    updated="September 8, 2026",
    authors=["Aigerim Sultanova"],
    credit="Reporting by Aigerim Sultanova in Bishkek; Editing by Peter Lomax",
    read_next=[
        "Kazakhstan lifts export curbs on livestock feed",
        "Central Asian states sign water-sharing memorandum",
        "Tajikistan hydropower plant begins trial operations",
    ],
    body="""
BISHKEK, Sept 8 (Meridian) - A magnitude 6.1 earthquake struck near Lake Issyk-Kul in eastern
Kyrgyzstan before dawn on Tuesday, killing seven people, injuring 58 and damaging more than
1,300 homes, the country's Emergency Situations Ministry said.

The quake hit at 4:17 a.m. local time at a depth of 10 km (6 miles), with its epicenter near
the village of Barskoon on the lake's southern shore, according to the U.S. Geological Survey.

Most of the damage was in the Jeti-Oguz district, where mud-brick houses collapsed or were
badly cracked, the ministry said. Three of the dead were children, killed when a wall fell on
a bedroom in a village near the epicenter.

"Our rescuers have reached every settlement in the affected area. The search is complete in
most of them, but we are still checking the mountain hamlets," Emergency Situations Minister
Nurlan Sadykov told reporters in the regional center, Karakol.

Shaking was felt across much of northern Kyrgyzstan, including the capital Bishkek, and in
the city of Almaty in neighboring Kazakhstan, where residents said lamps swung and car alarms
went off.

Residents of Barskoon described being thrown from their beds. "The noise came first, like a
truck driving under the house, and then everything started to jump," said Nurbek Osmonov, a
38-year-old shepherd, whose family escaped before the roof of their kitchen caved in.

At the regional hospital in Karakol, doctors said most of the injured had fractures and cuts
from falling debris. Electricity was cut in several villages on the south shore but had been
restored to most homes by late morning, officials said.

More than 30 aftershocks followed by midday, the strongest of magnitude 4.8, according to the
ministry. About 2,000 people spent the morning in tents and yurts set up by rescuers in school
yards and fields, unwilling to go back indoors.

Schools in the Jeti-Oguz and Ton districts will stay closed for two days while engineers check
buildings, the regional administration said.

The government allocated 50 million soms ($572,000) from its reserve fund for emergency
repairs and aid, the Cabinet said in a statement.

Kyrgyzaltyn, the state gold company that operates the Kumtor mine high in the mountains south
of the lake, said it had found no damage at the site but had paused ore processing for
inspections as a precaution.

Kyrgyzstan lies in the Tien Shan mountains, a range that is still being pushed upward by the
slow collision between the Indian and Eurasian tectonic plates, and moderate earthquakes are
common. Older rural houses made of adobe are particularly vulnerable, and officials have
struggled for years to fund a program to strengthen them.

The Issyk-Kul region is Kyrgyzstan's main tourist destination, and the lake's resorts draw
visitors from Kazakhstan and Russia in summer. The ministry said no tourists were among the
casualties; most resorts are on the northern shore, which suffered little damage.
""",
)

_S3_BROADCAST = _broadcaster(
    site="Orbis Broadcasting Network",
    short="OBN",
    host="www.obn.example",
    headline="Kyrgyzstan earthquake: Seven dead as villagers camp outdoors",
    published="2026-09-08T14:05:00Z",
    shown="8 September 2026",
    byline="Tomas Berkeley",
    role="Central Asia reporter",
    image_alt="Rescuers beside a collapsed mud-brick house",
    caption=("Rescuers inspect a collapsed house in the Jeti-Oguz district. Many older homes "
             "in the area are built from mud brick"),
    credit="Reuters",
    topics=["Kyrgyzstan", "Earthquakes", "Central Asia"],
    more=[
        "Why Central Asia's mud-brick homes are so vulnerable",
        "In pictures: Life on the shores of Issyk-Kul",
    ],
    footer_note=("Copyright 2026 OBN. The OBN is not responsible for the content of external "
                 "sites. Read about our approach to external linking."),
    body="""
At least seven people have been killed and 58 injured after a strong earthquake hit eastern
Kyrgyzstan, near the shores of Lake Issyk-Kul, before dawn on Tuesday.

The US Geological Survey (USGS) said the quake had a magnitude of 6.4 and struck just after
04:00 local time, when most people were asleep.

The worst damage was in villages along the lake's southern shore, where many houses are
built of mud brick. More than 1,300 homes were damaged, the country's emergency situations
ministry said.

Three children were among the dead, local officials said.

Gulnara Asanova, who lives in the Jeti-Oguz district, told OBN the shaking woke her family
and lasted for what felt like a very long time.

"The walls were moving like paper. We grabbed the children and ran into the yard in the dark.
When the sun came up we saw that the back of the house had fallen down," she said.

## Nights in tents

Around 2,000 people were sheltering in tents and traditional felt yurts put up by rescuers,
many of them too frightened to return to cracked buildings as aftershocks continued.

The emergency ministry said there had been more than 30 aftershocks, the largest a magnitude
4.8.

Emergency Situations Minister Nurlan Sadykov said rescue teams had reached every affected
settlement.

"The most important thing now is shelter, water and warm clothes. The nights here are already
cold," he said in Karakol, the main town of the region.

The government has released 50 million soms, about $572,000 (&pound;425,000), from its
reserve fund for repairs and aid.

Schools in two districts, Jeti-Oguz and Ton, will remain closed for two days while buildings
are checked for safety.

Many families in the area keep sheep, cattle and horses, and some said they had spent the
night guarding their animals as well as what was left of their homes. Officials urged people
who want to help to donate only through verified accounts, after warnings about fake
fundraising pages appearing online.

## Tourist region

Lake Issyk-Kul, one of the largest mountain lakes in the world, is Kyrgyzstan's main holiday
destination. Its northern shore is lined with resorts popular with visitors from Kazakhstan
and Russia, but that side of the lake was largely spared.

The tremor was felt in the capital, Bishkek, and across the border in Almaty, Kazakhstan's
largest city.

Kyrgyzstan sits in the Tien Shan mountain range, one of the most seismically active areas in
Central Asia. The country has a long history of damaging earthquakes, and experts have warned
that rural homes made from unreinforced mud brick remain a serious risk.

The state gold company Kyrgyzaltyn said there was no damage at the Kumtor mine in the
mountains south of the lake, but that it had paused processing while checks were carried out.
""",
)

_S3_PORTAL = _portal(
    site="Tien Shan Times",
    host="tienshantimes.example",
    lang="en",
    ticker=["Som steady against dollar", "Bishkek bus fares unchanged for autumn",
            "Earthquake in Issyk-Kul region: live updates"],
    category="Regions",
    headline="Issyk-Kul earthquake: seven dead, hundreds of homes in ruins on south shore",
    lede=("Villages in Jeti-Oguz district bore the brunt of Tuesday's quake; residents spent "
          "the day in tents as aftershocks continued."),
    author="Bakyt Toktogulov",
    stamp="8 September 2026, 20:10",
    published="2026-09-08T20:10:00+06:00",
    caption=("A family carries belongings out of a damaged house in Barskoon. "
             "Photo: Tien Shan Times"),
    trending=[
        "Electricity tariffs for households to rise from October",
        "Manas airport adds flights to Istanbul and Dubai",
        "Issyk-Kul earthquake: seven dead, hundreds of homes in ruins on south shore",
        "National team names squad for World Cup qualifier",
    ],
    read_also=["How to donate to earthquake victims: verified accounts",
               "Karakol hospital appeals for blood donors"],
    footer_lines=["Tien Shan Times is an independent online newspaper registered in Bishkek.",
                  "Reprinting materials is allowed only with an active link to the source."],
    body="""
Seven people were killed and 58 injured when a magnitude 6.1 earthquake shook the southern
shore of Lake Issyk-Kul early on Tuesday morning, the Ministry of Emergency Situations said.

The quake struck at 5:17 a.m., waking residents across the region. Its epicentre was
near Barskoon in Jeti-Oguz district, where almost every street has damaged houses.

By evening the ministry had counted more than 1,300 damaged homes, some of them completely
destroyed. Among the dead were three children from one family, whose bedroom wall collapsed.

In Barskoon, neighbours spent the day pulling furniture and carpets out of ruined houses and
stacking them under trees. Old adobe homes fared worst; newer brick and concrete buildings
mostly stood with cracks.

"My father built this house with his own hands in the eighties. In thirty seconds it was
finished," said Almaz Zhumabaev, 46, standing in front of a pile of mud bricks and broken
roof beams.

## Tents in school yards

Rescuers have set up tents and yurts in school yards and on the football pitch. About 2,000
people were staying in them on Tuesday night, according to the regional administration.
Volunteers from Karakol and Balykchy brought bread, water and blankets.

Minister of Emergency Situations Nurlan Sadykov, who flew to Karakol in the morning, said all
settlements had been reached by rescue teams.

"We will not leave anyone without a roof before winter. Temporary housing will be provided,
and the state will help to rebuild," he said at a briefing.

The Cabinet of Ministers allocated 50 million soms from the reserve fund for urgent aid and
repairs.

## Aftershocks continue

Seismologists recorded more than 30 aftershocks during the day, the strongest of magnitude
4.8. The ministry asked residents not to return to damaged buildings until engineers have
inspected them.

Classes in schools in Jeti-Oguz and Ton districts are suspended for two days.

The tremor was felt strongly in Karakol and Cholpon-Ata and more weakly in Bishkek and Almaty.
Residents of Bishkek wrote on social media that chandeliers swayed and dishes rattled.

The Kumtor gold mine, whose access road passes through the area, reported no damage, but
Kyrgyzaltyn said processing had been paused for inspections.

The regional administration said commissions of engineers and local officials would go house
to house for at least a week to assess the damage, after which families would be told what
help they could expect with rebuilding.

## Calls to strengthen homes

Experts have long warned that thousands of old adobe houses in rural Kyrgyzstan would not
survive a strong earthquake. A government programme to reinforce schools and hospitals has
made progress, but private homes have received little support.

"People build with what they can afford. Without cheap loans or subsidies for
reinforcement, we will see the same pictures after every earthquake," said Kanat Abdrakhmanov,
a structural engineer in Bishkek.

The ministry said the hotline for relatives and those needing help is 112.
""",
)

_S3_SCIENCE = _specialist(
    site="QuakeWatch Journal",
    host="quakewatchjournal.example",
    motto="Seismology news and analysis, written by scientists",
    section="Event reports",
    headline="M6.1 Issyk-Kul earthquake: thrust faulting on the Terskey Ala-Too front",
    deck=("A preliminary look at Tuesday's damaging earthquake in eastern Kyrgyzstan, its "
          "tectonic setting and the aftershock sequence."),
    author="Dr. Ilse Brandvold",
    bio=("Ilse Brandvold is a seismologist who studies active faulting in continental "
         "interiors. She writes regularly for QuakeWatch Journal."),
    date_iso="2026-09-08",
    date_shown="8 September 2026",
    tags=["Kyrgyzstan", "Tien Shan", "Thrust fault", "Event report"],
    sidebar_title="Recent event reports",
    sidebar=[
        "M5.8 offshore Vanuatu: a routine event on a busy margin",
        "Swarm activity beneath a Chilean volcano, explained",
        "What the new intensity maps can and cannot tell you",
    ],
    promo=("This report will be updated as moment tensor solutions and field observations "
           "are published. Sign up for event alerts to be notified."),
    body="""
A magnitude 6.1 earthquake struck eastern Kyrgyzstan at 22:17 UTC on Monday 7 September,
which was 04:17 on Tuesday morning local time. The USGS locates the epicentre close to the
village of Kyzyl-Suu on the southern shore of Lake Issyk-Kul, at a depth of about 35 km.

National authorities report seven deaths, 58 injuries and more than 1,300 damaged homes, most
of them older adobe houses in the Jeti-Oguz district.

## Tectonic setting

The Tien Shan is one of the best examples on Earth of mountain building far from a plate
boundary. The India-Eurasia collision, more than 1,000 km to the south, is transmitted north
across the Pamir and Tarim basin, and roughly 20 mm/yr of north-south shortening is taken up
across the range. Much of that is accommodated on thrust faults that bound the intermontane
basins, including the basin that holds Lake Issyk-Kul.

The southern margin of the Issyk-Kul basin is defined by the Terskey Ala-Too range, which is
being thrust northward over the basin. Preliminary focal mechanisms for Tuesday's event show
reverse faulting on a plane striking roughly east-west, consistent with slip on this range
front or a fault within it.

## Shaking and damage

Shaking intensity near the epicentre was probably around VII to VIII on the modified Mercalli
scale, enough to collapse unreinforced adobe walls and crack masonry. The pattern of reported
damage, concentrated along the south shore villages, fits that picture. Shaking was felt as
far away as Bishkek and Almaty.

Adobe and other unreinforced earthen buildings perform very badly in earthquakes: they are
heavy, brittle and poorly tied together. Three of the victims were children killed by a
collapsing wall, a pattern familiar from earthquakes across Central Asia.

## Aftershocks

More than 30 aftershocks were recorded by midday on Tuesday, the largest of magnitude 4.8.
This is a normal sequence for an event of this size. Based on typical aftershock statistics,
further magnitude 5 events over the coming weeks cannot be ruled out, and there is a small
chance, of the order of a few percent, that Tuesday's quake will turn out to be a foreshock
to something larger.

## Historical context

The northern Tien Shan has produced some of the largest continental earthquakes on record,
including the great Kemin earthquake of 1911, which ruptured faults north of the lake over a
length of roughly 200 km. Smaller but damaging events occur every few years somewhere in the
range.

"Events of this size in the Issyk-Kul basin are not surprising. What they remind us is that
the exposure has grown, with more people living in buildings that were never designed for
shaking," said Dr. Erlan Mamyrov, a seismologist at a research institute in Bishkek, in
comments to QuakeWatch Journal.

We will update this report as the finite-fault model and field observations become
available.
""",
)


# =============================================================================================
# STORY 4 - cb-TF4: National Bank of Serbia cuts its key policy rate to 5.25%.
# Planted: October inflation (3.9% vs 4.3%), who gave the 'not in a hurry' quote (Governor
# Vesna Markovic-Ilic vs Vice-Governor Zoran Petrovic), next rate meeting (Dec 10 vs Dec 17).
# =============================================================================================

_S4_WIRE = _wire(
    headline="Serbia's central bank cuts key rate to 5.25% as inflation eases",
    description=("The National Bank of Serbia lowered its key policy rate by 25 basis points, "
                 "its second cut this year."),
    section="Markets",
    published="2026-11-12T13:35:00Z",
    shown="November 12, 2026 2:35 PM GMT+1",
    updated="November 12, 2026",
    authors=["Nikola Dragic"],
    credit="Reporting by Nikola Dragic; Editing by Helen Stroud",
    read_next=[
        "Hungary's central bank holds base rate, signals caution",
        "Romania's budget gap narrows but remains EU's widest",
        "Emerging Europe currencies firm as euro zone growth picks up",
    ],
    body="""
BELGRADE, Nov 12 (Meridian) - The National Bank of Serbia (NBS) cut its key policy rate by 25
basis points to 5.25 percent on Thursday, its second reduction this year, saying inflation had
returned to its target band and was likely to stay there.

The move was expected by most analysts after data last week showed annual consumer price
inflation slowed to 3.9 percent in October from 4.4 percent in September, bringing it back
inside the bank's tolerance band of 3 percent plus or minus 1.5 percentage points.

The bank also lowered the rates on its deposit and lending facilities to 4.00 percent and 6.50
percent respectively, keeping the corridor around the key rate unchanged.

"We are not in a hurry. The room we have gained must be used carefully, step by step, and only
as far as inflation allows," Governor Vesna Markovic-Ilic told a news conference after the
decision.

She said the bank expected inflation to end the year at around 3.5 percent and to move closer
to the 3 percent midpoint in the second half of 2027, helped by lower food prices and a stable
dinar. She did not commit to further cuts, saying each decision would depend on incoming data.

The NBS had held the rate at 5.75 percent from September 2024 until July this year, when it
cut by 25 basis points as food and energy price pressures faded.

The dinar was little changed after the decision at around 117.2 per euro. The central bank
has kept the currency in a narrow range against the euro for years, intervening on the foreign
exchange market when needed.

"The tone was more cautious than the decision itself. I would expect a pause in December and
perhaps another 25 basis points in the first quarter," said Milan Jovanovic, chief economist
at Adriatic Capital Partners in Belgrade.

The bank said economic growth was likely to reach about 3 percent this year, supported by
public investment ahead of the Expo 2027 exhibition in Belgrade and by a recovery in
industrial exports.

The NBS said risks to the inflation outlook included global energy prices, administrative
price increases and uncertainty over trade policies in major economies. It also pointed to
wage growth, which remains strong in both the public and private sectors.

Inflation in Serbia peaked at more than 16 percent in early 2023 as food and energy prices
soared, and has eased steadily since. Lending has picked up this year, with banks reporting
stronger demand for dinar cash loans and for investment credit from companies.

Serbia, a candidate for European Union membership, relies heavily on exports to the bloc, and
its monetary policy tends to track the direction of the European Central Bank, which has held
its rates steady in recent months.

The Executive Board's next rate-setting meeting is scheduled for Dec. 10.
""",
)

_S4_BLOG = _blog(
    site="Ledgerline",
    host="ledgerline.example",
    blurb="Emerging-market rates and FX, without the jargon (mostly).",
    headline="NBS trims to 5.25%: the cut was priced, the caution was not",
    author="Katarina Hollweg",
    posted="Nov 12, 2026",
    published="2026-11-12T16:02:00+01:00",
    filed=["Serbia", "Central banks", "CEE rates", "RSD"],
    comments=14,
    disclaimer=("Nothing on Ledgerline is investment advice. The author holds no positions in "
                "RSD instruments."),
    recent=[
        "Hungary: the MNB's long pause, explained in four charts",
        "Why Romanian yields keep ignoring the rating agencies",
        "Turkey's disinflation: the easy part is over",
    ],
    body="""
The National Bank of Serbia cut its key policy rate by 25 bps to 5.25% today, as the
consensus expected. The deposit facility moves to 4.00% and the lending facility to 6.50%, so
the +/-125bp corridor is intact. This is the second cut of the cycle, after July's move from
5.75%.

Quick summary of the setup going in:

October CPI came in at 4.3 pct y/y, down from 4.4 pct in September. That is back inside the
3% +/- 1.5pp tolerance band for the first time in a while, but not by much, and the monthly
prints have been noisy.

The dinar has been glued to the euro at around 117.2, which is the whole point of the NBS's
managed float. No FX story here.

Growth is fine, at roughly 3% this year on the bank's numbers, with the Expo 2027 construction
pipeline doing a lot of the lifting.

## What was new

Not much in the statement. The interesting bit was the press conference, where Governor Vesna
Markovic-Ilic leaned hard on the word "gradual". Her message, paraphrasing: the bank has earned
some room, it will not waste it, and nobody should assume a sequence of cuts.

Some desks had been floating back-to-back cuts into year-end. I think that is now off the
table. The governor talked about administered prices (electricity and utility tariffs get
reset periodically, and that has bitten before) and about wages, which are still growing fast
in real terms.

She also said inflation should end the year at around 3.5%. That is a soft forecast, and it
quietly assumes food prices behave.

## The calendar

The next Executive Board meeting is on Dec 17. My base case is a hold there, with the next
25bp in Q1 2027, once the January administered-price resets are visible. That is roughly
where local analysts I spoke to have landed too.

## Market read

Short-end dinar rates had largely priced today's cut, so the reaction was small. Demand at
the last dinar bond auctions has been decent; foreign investors have been drifting back since
Serbia got its investment-grade rating from S&amp;P in 2024, and the carry is still attractive
relative to the region.

The risk I would flag is external: if the ECB tilts more dovish and euro rates fall further,
the NBS has more cover. If energy prices spike over the winter, it has less. The NBS's track
record is to move slowly and stay close to what the ECB is doing, and today did nothing to
change that.

## Bottom line

A dovish action with hawkish words. For positioning, that means the curve should stay
anchored around current levels, and I would not chase receivers here. The real test comes in
the first quarter, when the January price resets either confirm the disinflation or do not.

As always, comments open below; please keep them civil.
""",
)

_S4_DAILY = _daily(
    site="The Sava Herald",
    host="savaherald.example",
    tagline="English-language news from Serbia and the region",
    lang="en-GB",
    nav=["Serbia", "Region", "Business", "Belgrade", "Culture", "Sport", "Expo 2027"],
    strip="Friday, 13 November 2026",
    section="Business",
    headline="Central bank lowers key rate again, says borrowers should not expect quick cuts",
    standfirst=("The NBS cut the benchmark rate to 5.25 per cent, easing the cost of dinar "
                "loans slightly, but warned against expecting a series of reductions"),
    byline="By Ana Lazarevic",
    date_line="13 November 2026",
    published="2026-11-13T07:00:00+01:00",
    image_alt="The National Bank of Serbia building in Belgrade",
    caption="The National Bank of Serbia headquarters in Belgrade. Photo: Sava Herald archive",
    related=[
        "Belgrade housing prices up again in third quarter",
        "Pensions to rise from January, government confirms",
        "Expo 2027: metro works to close roads in New Belgrade",
    ],
    most_read=[
        "Winter timetable: new direct flights from Belgrade",
        "Nis clinical centre opens new cardiology wing",
        "Central bank lowers key rate again, says borrowers should not expect quick cuts",
        "Novi Sad: bridge repairs to finish by spring",
    ],
    newsletter="The Sava Herald morning briefing, every weekday. Sign up free.",
    address="Sava Herald d.o.o., Bulevar kralja Aleksandra 28, 11000 Belgrade, Serbia.",
    body="""
The National Bank of Serbia (NBS) lowered its key policy rate by 0.25 percentage points to
5.25 per cent on Thursday, the second cut this year, in a move that will bring slight relief to
households and firms with loans in dinars.

The NBS Executive Board said the decision reflected the slowdown in inflation, which fell to
3.9 per cent year-on-year in October and is now within the central bank's target band of 3 per
cent, plus or minus 1.5 percentage points.

At the same time, the rates on the deposit and lending facilities were cut to 4.00 per cent
and 6.50 per cent.

However, the central bank made clear that borrowers should not expect a quick succession of
further cuts.

"We are not in a hurry. The room we have gained should be used carefully, step by step, and
only as far as inflation allows," Vice-Governor Zoran Petrovic told journalists at a press
conference presenting the decision.

He said the bank expected inflation to be around 3.5 per cent at the end of this year, but
warned that food prices, global energy prices and possible increases in regulated prices
could push it up again.

## What it means for loans

The key policy rate affects the cost of dinar loans, most of which have variable interest
rates linked to the BELIBOR benchmark, which tends to move with the policy rate. Bankers
said monthly instalments on a typical dinar cash loan would fall only marginally.

Most housing loans in Serbia are in euros and are linked to Euribor, which depends on the
European Central Bank, not the NBS.

"For people with euro-indexed mortgages, today's decision changes nothing. For dinar
borrowers it helps a little, and it signals that the worst of the inflation period is behind
us," said Jelena Ristic, a professor at the Faculty of Economics in Belgrade.

Ristic said the central bank was right to be cautious. "Wages are growing strongly, and if
utility prices go up in January we could see inflation rise again for a few months," she said.

## Second cut this year

The NBS held its key rate at 5.75 per cent from September 2024 until July this year, when it
reduced it to 5.50 per cent. Thursday's cut takes it to the lowest level since early 2023.

Petrovic said the dinar exchange rate against the euro remained stable, at around 117.2 dinars
per euro, and that the bank would continue to intervene when needed to prevent excessive
swings.

The central bank projects economic growth of around 3 per cent this year, supported by
construction linked to Expo 2027, the specialised international exhibition that Belgrade will
host from May to August 2027.

Inflation in Serbia peaked at over 16 per cent in early 2023, driven by food and energy
prices, and has been falling gradually since then.
""",
)


# =============================================================================================
# STORY 5 - election-TF5: Kagawa prefecture governor election, Sunday 18 October 2026.
# Planted: turnout (46.12% vs 43.12%), winner's vote total (198,417 vs 189,417), number of
# terms served by the retiring governor (four vs three).
# =============================================================================================

_S5_WIRE = _wire(
    headline="Japan's Kagawa elects first woman governor as ruling bloc holds prefecture",
    description=("Former Takamatsu deputy mayor Keiko Harada wins with backing from the LDP "
                 "and Komeito."),
    section="World",
    published="2026-10-18T14:10:00Z",
    shown="October 18, 2026 11:10 PM GMT+9",
    updated="October 19, 2026",
    authors=["Yuki Tanabe"],
    credit="Reporting by Yuki Tanabe; Editing by Simon Oakes",
    read_next=[
        "Japan's exports rise for third month on chip demand",
        "Bank of Japan board member signals patience on rate hikes",
        "Drought prompts water curbs in western Japan",
    ],
    body="""
TAKAMATSU, Japan, Oct 18 (Meridian) - Voters in Japan's Kagawa prefecture on Sunday elected
Keiko Harada, a former deputy mayor of the prefectural capital backed by the ruling Liberal
Democratic Party and its coalition partner Komeito, as the prefecture's first female governor.

Harada, 57, won 198,417 votes, or about 54.5 percent, according to the prefectural election
board, defeating lawyer Tatsuya Moriwaki, 49, who was backed by the Constitutional Democratic
Party of Japan and the Democratic Party for the People and received 141,206 votes.

Ryo Inagaki, 66, a retired schoolteacher backed by the Japanese Communist Party, came third
with 24,530 votes.

Turnout was 46.12 percent, up from 38.94 percent at the previous election four years ago, a
rise local officials attributed to the open race after the incumbent, Hideo Kurokawa, decided
to retire after four terms.

"The people of Kagawa have given me a heavy responsibility. My first job is to make sure that
no household in this prefecture has to worry about water again," Harada told supporters at
her campaign office in Takamatsu after broadcasters projected her victory shortly after polls
closed at 8 p.m.

Kagawa, the smallest of Japan's 47 prefectures by area, has long struggled with water
shortages because it has few large rivers and depends heavily on a canal that carries water
from a dam in neighboring Kochi prefecture. A dry summer this year led to water-pressure
restrictions in several towns, and water supply became a central campaign issue.

Harada has promised to develop a second regional water source and to expand subsidies for
water-saving equipment for farmers. She has also pledged free school lunches in public
elementary and junior high schools from 2027.

Moriwaki campaigned on reviving ferry services to the islands of the Seto Inland Sea and on
opposing what he called over-reliance on public works. He conceded late on Sunday.

"We could not reach enough voters in the time we had, but the questions we raised about the
islands and about young people leaving Kagawa will not go away," he said.

The result will come as a relief to the LDP, which has struggled in national polls over the
past year, though local elections in Japan often turn more on candidates and local issues than
on national politics.

Opposition parties had hoped that a single joint candidate could tap discontent over rising
prices, but Moriwaki, who entered the race later than Harada, struggled to build name
recognition outside Takamatsu, according to local party officials.

Kagawa, known across Japan for its sanuki udon noodles and for the contemporary art festival
held every three years on its islands, has a population of about 920,000 and, like much of
rural Japan, is aging and shrinking.

Harada will take office on Nov. 5. Women remain rare among Japan's governors; she becomes one
of only a handful currently serving.
""",
)

_S5_DAILY = _daily(
    site="Setouchi Shimbun English",
    host="setouchishimbun-en.example",
    tagline="News from Kagawa and the Seto Inland Sea",
    lang="en",
    nav=["Kagawa", "Shikoku", "Japan", "Islands", "Business", "Food", "Sports"],
    strip="Monday, October 19, 2026",
    section="Kagawa",
    headline="Harada elected governor in first open race in 16 years",
    standfirst=("Backed by the LDP and Komeito, the former Takamatsu deputy mayor pledges to "
                "tackle water shortages and island depopulation"),
    byline="By Mariko Sugimoto, Staff Writer",
    date_line="October 19, 2026",
    published="2026-10-19T06:00:00+09:00",
    image_alt="Keiko Harada raises her arms with supporters",
    caption=("Keiko Harada celebrates with supporters at her campaign office in Takamatsu on "
             "Sunday night. (Setouchi Shimbun)"),
    related=[
        "Editorial: The new governor must put water first",
        "Islands ferry operator seeks subsidy to keep routes open",
        "Udon shops see record visitors during autumn holidays",
    ],
    most_read=[
        "Naoshima art museum to extend opening hours",
        "Takamatsu airport adds Seoul flights",
        "Harada elected governor in first open race in 16 years",
        "High school baseball: Kagawa team reaches regional final",
    ],
    newsletter="Kagawa news in English, delivered every Monday and Thursday.",
    address="Setouchi Shimbun, 2-1 Nakano-machi, Takamatsu, Kagawa Prefecture, Japan.",
    body="""
Keiko Harada, a former deputy mayor of Takamatsu, was elected governor of Kagawa Prefecture on
Sunday, becoming the first woman to hold the post.

Harada, 57, who ran as an independent with the support of the Liberal Democratic Party and
Komeito, received 189,417 votes, comfortably ahead of lawyer Tatsuya Moriwaki, 49, who was
supported by the Constitutional Democratic Party of Japan and the Democratic Party for the
People and took 141,206 votes. Ryo Inagaki, 66, backed by the Japanese Communist Party, won
24,530 votes.

Turnout was 46.12 percent, well above the 38.94 percent recorded in the previous election.

The election was the first without an incumbent in 16 years. Governor Hideo Kurokawa, 74,
announced in the spring that he would not seek a fifth term, bringing to an end four terms in
office that began in 2010.

At her campaign office near Takamatsu Station, Harada bowed deeply to supporters as cheers
went up shortly after 8 p.m.

"I will listen to the voices of the islands, the farms and the shopping streets, and I will
make sure Kagawa is a place young people want to come back to," she said.

## Water and islands

Water supply dominated the campaign after a dry summer led to pressure restrictions in
Marugame, Sakaide and several other municipalities in August.

Kagawa relies on the Kagawa Canal, which carries water from the Sameura Dam in Kochi
Prefecture, for about half of its supply in dry years. Harada has pledged to develop a second
regional water source and to support farmers who install water-saving irrigation.

Moriwaki focused on the prefecture's islands, where several ferry routes have been cut back
as populations age and shrink. On Shodoshima and the smaller islands, residents said they
had hoped for more attention to transport and health care.

"I voted for the person who talked about our ferries," said a 71-year-old man on Teshima who
asked not to be named. "Whoever won, they need to come and see how we live."

Speaking to reporters after conceding, Moriwaki said he would continue to speak out on island
issues. "The result is the result, but the problems we raised have not gone away," he said.

## Transition

Harada served as deputy mayor of Takamatsu for six years after a long career in the
prefectural government, where she headed the policy planning division. She also chaired the
executive committee of the Setouchi Triennale art festival, which draws hundreds of thousands
of visitors to the islands.

Kurokawa praised his successor on Sunday night. "She knows the prefectural office inside and
out. I am confident Kagawa is in good hands," he said in a statement.

Harada is scheduled to take office next month and will present her first budget in February.
""",
)

_S5_BROADCAST = _broadcaster(
    site="JBC World",
    short="JBC",
    host="world.jbc.example",
    headline="Kagawa elects Harada as first female governor",
    published="2026-10-19T01:20:00Z",
    shown="October 19, 2026, 10:20 JST",
    byline="Kenji Omura",
    role="Matsuyama Bureau",
    image_alt="Vote counting at a gymnasium in Takamatsu",
    caption="Election officials count ballots in Takamatsu on Sunday night",
    credit="JBC",
    topics=["Kagawa", "Local elections", "Politics"],
    more=[
        "Water restrictions ease in Shikoku after autumn rain",
        "Explainer: How Japan's governors are elected",
    ],
    footer_note=("Copyright JBC (Japan Broadcasting Cooperative). All rights reserved. "
                 "Unauthorized reproduction of content is prohibited."),
    body="""
Voters in Kagawa Prefecture, western Japan, have chosen Keiko Harada as their new governor.
She is the first woman to lead the prefecture.

Harada, who is 57, ran as an independent with the backing of the ruling Liberal Democratic
Party and Komeito. She won 198,417 votes.

Her main rival, lawyer Tatsuya Moriwaki, received 141,206 votes. He was supported by the
Constitutional Democratic Party and the Democratic Party for the People.

Ryo Inagaki, backed by the Japanese Communist Party, received 24,530 votes.

Turnout was 46.12 percent, more than seven points higher than in the last election.

The election was held to choose a successor to Governor Hideo Kurokawa, who is retiring after
three terms.

Election officials said about a third of all ballots had been cast in early voting in the
two weeks before Sunday, a higher share than four years ago.

## Victory speech

Speaking in Takamatsu on Sunday night, Harada said securing water would be her top priority.

"My first job is to make sure no family in Kagawa has to worry about water again," she said.
"And I want young people who have left to see Kagawa as a place where they can build a
future."

Kagawa has a long history of water shortages. The prefecture has few large rivers and
depends heavily on water carried by canal from a dam in neighboring Kochi Prefecture. This
summer, a long dry spell forced several cities to lower water pressure.

Harada has also promised to make school lunches free at public elementary and junior high
schools from 2027.

## Challenges ahead

Kagawa is the smallest of Japan's 47 prefectures by area, but it is known nationwide for its
udon noodles and for the art festival held on its islands every three years.

Like many rural prefectures, Kagawa faces a shrinking and aging population. The number of
people living on its islands in the Seto Inland Sea has fallen sharply, and ferry operators
have reduced services on several routes.

Moriwaki made the islands a focus of his campaign. After conceding defeat, he told supporters
he would keep pressing the new governor on transport and health care for island residents.

Political analysts say the result shows the ruling parties remain strong in local races,
even as they face difficulties at the national level.

"In prefectural elections, organization and local networks still matter most. Harada had
both, and she had name recognition from her years in Takamatsu city hall," said Professor
Naoko Fujii of Kagawa University.

Harada spent most of her career in the prefectural government before becoming deputy mayor
of Takamatsu, the prefectural capital. Moriwaki, a lawyer based in Takamatsu, entered the race
later and struggled to become known outside the city, according to local party officials.

Harada will begin her four-year term in November.
""",
)

_S5_BLOG = _blog(
    site="Electoral Lens",
    host="electorallens.example",
    blurb="Numbers-first coverage of elections around the world.",
    headline="Kagawa governor: a comfortable LDP-Komeito hold, and a turnout bump worth a look",
    author="R. Takeda-Lowe",
    posted=None,
    published=None,
    filed=["Japan", "Governors", "Turnout"],
    comments=6,
    disclaimer=("Figures are from the Kagawa prefectural election administration commission. "
                "Percentages are of valid votes unless stated."),
    recent=[
        "Brazil's governor runoffs: what to watch state by state",
        "Why turnout in Japanese local elections keeps sliding",
        "Chart pack: every Japanese governor, by age and years in office",
    ],
    body="""
Keiko Harada (independent; LDP and Komeito support) won the Kagawa gubernatorial election on
Sunday 18 October with 54.5% of the valid vote. That is roughly 198,000 votes to about
141,000 for Tatsuya Moriwaki (CDP and DPFP support, 38.8%) and about 24,500 for Ryo Inagaki
(JCP support, 6.7%).

A few notes.

## 1. The margin is about what you would expect

An open seat, a well-organised ruling-bloc candidate with local name recognition, and an
opposition that consolidated behind one candidate but started late. A 16-point margin fits
that profile. The Moriwaki campaign did better in Takamatsu city proper and on the islands than
in the western farming districts, where the LDP's local networks are dense.

## 2. Turnout: 43.12%

Official turnout was 43.12%, against 38.94% four years ago. That is a real increase, and it
bucks the general downward drift of Japanese local turnout. Two plausible reasons: it was an
open seat (no incumbent for the first time since 2010), and the summer water restrictions gave
the campaign a concrete issue that voters actually felt at the tap.

Still, well over half the roughly 800,000 registered voters stayed home. A majority of the
electorate sitting out a governor's race remains the norm in Japan, not the exception.

## 3. The opposition's consolidation did not hurt, but did not win either

The CDP and DPFP backing the same candidate avoided a split. But add Moriwaki's and Inagaki's
shares together and you get 45.5%, which still falls short of Harada. Unlike some recent
races elsewhere, there was no scenario here in which a unified opposition wins.

## 4. First woman governor of Kagawa

Worth noting, not least because women still make up only a small number of Japan's 47
governors. Harada's background is very conventional for a Japanese governor, though:
prefectural civil service, then deputy mayor of the capital city. At 57 she is also a
good deal younger than her predecessor, and her age alone changes the tone at the top.

## 5. Early voting

About a third of ballots were cast early, according to the election commission, which
continues a long-running shift toward early voting in Japanese local races. Early voters skew
older, which, if anything, should have helped the ruling-bloc candidate.

## 6. What to watch

Her main pledges are a second regional water source, water-saving subsidies for farmers, and
free school lunches in public elementary and junior high schools from 2027. The first budget
comes in February. She takes office on 5 November.

The outgoing governor, Hideo Kurokawa, leaves after a long run that began in 2010. If you
want the longer history, our chart pack on governors by years in office is linked in the
sidebar.

Data notes: vote totals above are rounded; I will add municipality-level breakdowns when
the prefecture publishes them.
""",
)


# =============================================================================================
# STORY 6 - election-TF6 (CONTROL): Para state governor runoff, Brazil, Sunday 25 Oct 2026.
# All figures agree: Quaresma 2,412,655 (51.84%), Lins 2,241,430 (48.16%), turnout 79.23%,
# abstention 20.77%, first round 4 Oct (44.71% vs 38.26%), inauguration 6 January 2027.
# =============================================================================================

_S6_BROADCAST = _broadcaster(
    site="Orbis Broadcasting Network",
    short="OBN",
    host="www.obn.example",
    headline="Brazil election: Amazon state of Para elects Renata Quaresma as governor",
    published="2026-10-26T03:30:00Z",
    shown="26 October 2026",
    byline="Lucia Ferraz",
    role="Brazil correspondent",
    image_alt="Supporters wave flags in Belem",
    caption=("Supporters of Renata Quaresma celebrate in Belem after the result was "
             "confirmed"),
    credit="EPA",
    topics=["Brazil", "Amazon rainforest", "Elections"],
    more=[
        "What Brazil's state races mean for the Amazon",
        "Belem a year after hosting the UN climate summit",
    ],
    footer_note=("Copyright 2026 OBN. The OBN is not responsible for the content of external "
                 "sites. Read about our approach to external linking."),
    body="""
Voters in the Brazilian Amazon state of Para have elected Renata Quaresma, a former mayor of
Santarem, as governor in a close run-off that was widely seen as a test of attitudes to
deforestation in the region.

Ms Quaresma, 52, of the centrist MDB party, won 51.84% of the valid votes, according to the
electoral authorities, defeating Marcos Tavares Lins, 61, a cattle rancher and former federal
congressman from the right-wing Liberal Party (PL), who took 48.16%.

The gap between them was 171,225 votes out of more than 4.6 million valid ballots.

Ms Quaresma, who was state environment secretary before running for mayor, had the backing
of a broad coalition that included President Lula's Workers' Party (PT). Mr Lins campaigned on
cutting what he described as excessive environmental red tape for farmers and miners.

## 'A government for the whole state'

Speaking to cheering supporters on the waterfront in the state capital, Belem, Ms Quaresma
said she would govern for those who had voted against her as well.

"Para does not have to choose between the forest and jobs. We are going to prove that the
Amazon can be a place of prosperity without being destroyed," she said.

Mr Lins said he had called her to concede and wished her well, but promised his supporters
that he would remain "the voice of those who produce" in the state.

"We lost by a small margin in an unequal fight, but the countryside has spoken clearly, and
the new government will have to listen," he told supporters in Maraba, in the south of the
state.

## A state on the front line

Para is Brazil's second-largest state by area and one of its most important for the fate of
the Amazon rainforest. It has for years recorded some of the highest rates of deforestation
in the country, driven by cattle ranching, land grabbing and illegal gold mining.

Belem hosted the UN climate summit, COP30, in November 2025, which brought new investment in
sanitation and transport to the city but also drew attention to the state's environmental
record.

In the first round on 4 October, Ms Quaresma finished ahead with 44.71% against 38.26% for Mr
Lins, but fell short of the absolute majority needed to win outright.

Voting is compulsory in Brazil for people aged between 18 and 70, but abstention reached
20.77% in Sunday's run-off.

The run-off for governor was held on the same day as the second round of the national
presidential election, which dominated attention across much of the country.

Ms Quaresma will take office on 6 January 2027. Under a constitutional change approved in
2021, governors will be sworn in on that date rather than on 1 January, as had been the case.
""",
)

_S6_PORTAL = _portal(
    site="Brasil Report",
    host="brasilreport.example",
    lang="en",
    ticker=["Runoff results: governors elected in 12 states",
            "Real opens stable after election weekend",
            "Belem: Quaresma thanks voters in waterfront speech"],
    category="Politics",
    headline="Quaresma beats Lins by 171,000 votes to win Para governorship",
    lede=("The MDB politician took 51.84% in Sunday's runoff, keeping the Amazon state out of "
          "the hands of the PL."),
    author="Rafael Monteiro",
    stamp="Oct 26, 2026 09:15 BRT",
    published="2026-10-26T09:15:00-03:00",
    caption=("Renata Quaresma speaks to supporters at the Estacao das Docas in Belem on "
             "Sunday night. Photo: Brasil Report"),
    trending=[
        "Runoff results: who won in each state",
        "Real opens stable after election weekend",
        "Quaresma beats Lins by 171,000 votes to win Para governorship",
        "Flamengo and Palmeiras draw in title clash",
    ],
    read_also=["First round recap: Para heads to a runoff",
               "Who is Renata Quaresma? From Santarem city hall to the governor's palace"],
    footer_lines=["Brasil Report publishes news about Brazil in English from Sao Paulo.",
                  "Reproduction permitted with attribution and link to the original."],
    body="""
BELEM - Renata Quaresma of the MDB was elected governor of Para on Sunday, defeating Marcos
Tavares Lins of the PL in a runoff that stayed tight until the final stretch of the count.

According to the Superior Electoral Court (TSE), Quaresma received 2,412,655 votes, or 51.84%
of valid votes, against 2,241,430 votes, or 48.16%, for Lins. The difference was 171,225 votes.

There were 98,214 blank votes and 163,507 spoiled (null) ballots. Of the 6,204,511 voters
registered in the state, 79.23% turned out, meaning abstention of 20.77%.

Quaresma, 52, had led the first round on October 4 with 44.71% of valid votes, against 38.26%
for Lins, 61. The third-placed candidate in the first round, from the PSD, did not formally
endorse either finalist.

## Coalition and campaign

Quaresma was backed by a coalition of ten parties, including the PT, PSB and PSD's state
leadership, though several PSD mayors campaigned for Lins. She was mayor of Santarem, the
state's third-largest city, for two terms, and previously served as Para's secretary of the
environment.

Lins, a cattle rancher from the south of the state and a former federal deputy, ran on a
platform of faster environmental licensing for agriculture and mining, tougher policing, and
opposition to new protected areas. He won clearly in the south and southeast, including the
Carajas mining region, but lost heavily in Belem and the northeast of the state.

"The people of Para chose dialogue over confrontation. I will be governor of the producers,
the riverside communities, the indigenous peoples and the cities," Quaresma said in her
victory speech at the Estacao das Docas.

She named three priorities for her first 100 days: a public security plan for the Belem
metropolitan area, a land regularization task force to speed up titling for small farmers,
and a review of stalled road works on the BR-163 and BR-230 highways.

## Lins concedes

Lins conceded shortly after the TSE's projection, in a brief statement to supporters in
Maraba. He said he would continue in politics and that the result showed the state was
"divided down the middle".

"Almost half of Para said it wants a different path. Whoever governs cannot ignore that,"
he said.

## Transition

Quaresma will take office on January 6, 2027, the first time governors are inaugurated on
that date, following a constitutional amendment passed in 2021 that moved inaugurations from
January 1.

Her transition team will be coordinated by former state finance secretary Paulo Henrique
Vasconcelos, she said. Among the first tasks will be the 2027 budget, which the state
legislature is due to vote on by December.

The outgoing governor, who is barred from running for a third consecutive term, congratulated
Quaresma on Sunday night and said the transition would begin this week.
""",
)

_S6_BLOG = _blog(
    site="Ledgerline",
    host="ledgerline.example",
    blurb="Emerging-market rates and FX, without the jargon (mostly).",
    headline="Para's new governor: what the 51.84% means for mining, cattle and logistics",
    author="Diego Sant'Anna",
    posted="Oct 27, 2026",
    published="2026-10-27T11:40:00-03:00",
    filed=["Brazil", "Elections", "Commodities", "Infrastructure"],
    comments=9,
    disclaimer=("Nothing on Ledgerline is investment advice. Vote figures are from the TSE's "
                "final count."),
    recent=[
        "Brazil's runoff weekend: the market shrugs",
        "Iron ore: the Carajas premium, explained",
        "Soy logistics and the Arco Norte ports, one year on",
    ],
    body="""
State elections rarely move markets in Brazil, but Para is not a typical state for anyone who
trades iron ore, beef, soy logistics or carbon credits. So here is a quick look at Sunday's
result.

## The numbers

Renata Quaresma (MDB, with PT support) beat Marcos Tavares Lins (PL) by 2,412,655 votes to
2,241,430, or 51.84% to 48.16% of valid votes. Margin: 171,225 votes. Turnout was 79.23% of
the roughly 6.2 million registered voters, and blank and null ballots together came to about
262,000.

In the first round on Oct 4 she had 44.71% to his 38.26%, so Lins closed part of the gap, but
not enough. He ran up huge numbers in the mining and ranching south and southeast; she won the
Belem metro area and the northeast by wide margins.

## Mining

Para hosts the Carajas iron ore complex and a large share of Brazil's copper, nickel and
manganese output. The big producers' federal permits are not really at stake. What changes
is the tone of state-level licensing and enforcement, especially toward wildcat gold mining
(garimpo) in the Tapajos basin, where Quaresma has promised tougher policing. Expect more
joint operations with federal agencies, and more friction with garimpo-linked local
politicians.

## Cattle and deforestation

Para's cattle herd is one of the largest in Brazil. Quaresma has backed full individual
traceability of cattle, which the state has been phasing in; Lins wanted to slow it down. For
meatpackers selling to markets with deforestation rules, including the EU, faster
traceability is a net positive, even if it is a headache for ranchers in the short run.

## Logistics

The northern export corridor (BR-163 down to the Tapajos river ports, and the long-debated
Ferrograo railway) matters for soy and corn flows out of Mato Grosso. Quaresma has said she
supports Ferrograo in principle, with conditions on indigenous consultation. That is roughly
the federal position too, so do not expect the state to be the bottleneck.

## Fiscal

Para's finances are in decent shape by Brazilian state standards, helped by mining royalties
and the post-COP30 infrastructure spending. Quaresma has promised no new tax increases. The
2027 budget will be the first real test; she takes office on Jan 6, 2027, a few days later
than governors used to, after the 2021 constitutional amendment.

## Bottom line

Not a market event in the usual sense. For commodity names with Para exposure, the result
points to more environmental enforcement, not less, and continuity on big infrastructure.
If Lins had won, the direction would have been the opposite on enforcement, and the EU
market-access risk for Para beef would have been the story to watch. I will come back to
this once the transition team publishes its plan for the first 100 days.
""",
)


# =============================================================================================
# Stories
# =============================================================================================

STORY_1 = _story("court-TF1", "court", "2026-03-04", [
    _page("https://www.meridianwire.example/legal/malaysia-court-iban-longhouse-palm-oil-"
          "lease-2026-02-26/", _S1_WIRE),
    _page("https://www.rajangherald.example/sarawak/2026/02/27/rumah-ngelai-wins-land-case-"
          "at-federal-court/", _S1_DAILY),
    _page("https://benchbarasia.example/judgments/malaysia/federal-court-rumah-ngelai-ncr-"
          "menoa-article-13/", _S1_LEGAL),
    _page("https://www.obn.example/news/world-asia-71840263", _S1_BROADCAST),
], [
    ("disputed land area", r"(?<![\d,.])6,?400(?![\d,])", r"(?<![\d,.])4,?600(?![\d,])"),
    ("year the provisional lease was issued", r"(?<!\d)2014(?!\d)", r"(?<!\d)2016(?!\d)"),
    ("dissenting judge", r"kamal", r"faisal"),
    ("costs awarded to the longhouse",
     r"(?<![\d,.])200,?000(?!\d)|(?<![\d.,])200 ?(k\b|thousand)",
     r"(?<![\d,.])120,?000(?!\d)|(?<![\d.,])120 ?(k\b|thousand)"),
])

STORY_2 = _story("trade-TF2", "trade", "2026-06-19", [
    _page("https://www.meridianwire.example/business/south-africa-safeguard-duty-steel-wire-"
          "rod-2026-06-12/", _S2_WIRE),
    _page("https://www.highveldmercury.example/business/steel-mills-cheer-wire-makers-fume-"
          "as-import-duty-bites-20260613", _S2_DAILY),
    _page("https://metalsdesk.example/news/trade-remedies/south-africa-provisional-safeguard-"
          "wire-rod-200-days/", _S2_TRADE),
], [])

STORY_3 = _story("quake-TF3", "earthquake", "2026-09-09", [
    _page("https://www.meridianwire.example/world/asia-pacific/earthquake-kills-seven-near-"
          "kyrgyzstans-lake-issyk-kul-2026-09-08/", _S3_WIRE),
    _page("https://www.obn.example/news/world-asia-71992410", _S3_BROADCAST),
    _page("https://tienshantimes.example/regions/2026/09/08/issyk-kul-earthquake-seven-dead/",
          _S3_PORTAL),
    _page("https://quakewatchjournal.example/event-reports/2026/m6-1-issyk-kul-kyrgyzstan/",
          _S3_SCIENCE),
], [
    ("magnitude", r"(?<![\d.])6\.1(?!\d)", r"(?<![\d.])6\.4(?!\d)"),
    ("focal depth", r"(?<![\d.,])10 ?(km|kilomet)", r"(?<![\d.,])35 ?(km|kilomet)"),
    ("local time of the quake", r"(?<![\d:.])0?4[:.]17", r"(?<![\d:.])0?5[:.]17"),
    ("village nearest the epicentre", r"barskoon", r"kyzyl[- ]?suu"),
])

STORY_4 = _story("cb-TF4", "central bank", "2026-11-16", [
    _page("https://www.meridianwire.example/markets/serbias-central-bank-cuts-key-rate-to-5-"
          "25-2026-11-12/", _S4_WIRE),
    _page("https://ledgerline.example/2026/11/12/nbs-trims-to-5-25-the-cut-was-priced/",
          _S4_BLOG),
    _page("https://www.savaherald.example/business/central-bank-lowers-key-rate-again/",
          _S4_DAILY),
], [
    ("October inflation rate", r"(?<![\d.])3\.9(?!\d)", r"(?<![\d.])4\.3(?!\d)"),
    ("who said 'we are not in a hurry'", r"markovi", r"petrovi"),
    ("date of next rate meeting",
     r"dec(ember|\.)? ?10(?!\d)|(?<!\d)10(th)? dec|-12-10(?!\d)",
     r"dec(ember|\.)? ?17(?!\d)|(?<!\d)17(th)? dec|-12-17(?!\d)"),
])

STORY_5 = _story("election-TF5", "election", "2026-10-22", [
    _page("https://www.meridianwire.example/world/asia-pacific/japans-kagawa-elects-first-"
          "woman-governor-2026-10-18/", _S5_WIRE),
    _page("https://www.setouchishimbun-en.example/kagawa/20261019/harada-elected-governor/",
          _S5_DAILY),
    _page("https://world.jbc.example/news/politics/20261019_kagawa_governor/", _S5_BROADCAST),
    _page("https://electorallens.example/japan/kagawa-governor-ldp-komeito-hold/", _S5_BLOG),
], [
    ("turnout", r"(?<![\d.])46\.1", r"(?<![\d.])43\.1"),
    ("winner's vote total", r"(?<!\d)198,?417(?!\d)", r"(?<!\d)189,?417(?!\d)"),
    ("terms served by the retiring governor", r"\b(four|4) (consecutive )?terms",
     r"\b(three|3) (consecutive )?terms"),
])

STORY_6 = _story("election-TF6", "election", "2026-10-28", [
    _page("https://www.obn.example/news/world-latin-america-72210385", _S6_BROADCAST),
    _page("https://brasilreport.example/politics/2026/10/26/quaresma-wins-para-governorship/",
          _S6_PORTAL),
    _page("https://ledgerline.example/2026/10/27/para-new-governor-mining-cattle-logistics/",
          _S6_BLOG),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
