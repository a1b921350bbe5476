"""Part OF of the story battery (web pages).

Written by engineer OF1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OF`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-OF1: the Reserve Bank of New Zealand cuts the official cash rate 25 bp to 2.50% by a 5-1 vote on Wednesday 8 April 2026; CONTROL (no planted disagreement); traps are 2 p.m. NZST vs 0200 GMT vs 10 p.m. ET Tuesday, "2.5 per cent"/"2.50%", 25 bp/"a quarter point"/0.25 percentage points, the dissenter's proposed 50 bp cut, projected 2.3% trough, the February hold and November cut, economists' forecast of 2.25% in May, the NZ dollar at 57.43 US cents vs its next-morning 57.6, and other central banks' rates and dates.
el-OF2: Reform UK's Dale Hepworth wins the invented Ashworth and Pennine Vale Westminster by-election (polling Thursday 14 May 2026, declared early Friday 15 May); PLANTED: the majority (1,567 on the other pages, 1,657 on the broadcaster page) and the declaration time (3.12am on the live blog and wire pages, "shortly after 3am" on the broadcaster, 4.12am on the local paper page); traps are a live blog with running timestamps and a pre-declaration claim of a ~2,000 lead, BST vs GMT, the 2024 general-election figures (majority 7,904, 42.1%), shares vs percentage-point changes, a 13.9-point swing, turnout 39.0% vs 2024's 60.9%, and quotes cut or paraphrased.
ct-OF3: the Supreme Court of Canada rules 5-4 in R. v. Tessier that a warrantless roadside download of a truck's infotainment data breached the Charter, strikes an Alberta Traffic Safety Act power and suspends that declaration for 12 months; PLANTED: the vote split (6-3 on the Calgary paper page) and the suspension (18 months on the broadcaster page); traps are the Alberta Court of Appeal's 2-1 ruling, the nine-year sentence and the 11 years the Crown sought, 9:45 a.m. ET vs 7:45 a.m. MT, a French-written passage translated two ways, 1.2 kg vs 2.6 lb, and the 2022 stop dated by day and date.
tr-OF4: Statistics Canada reports a surprise June 2026 merchandise trade surplus of C$1.21 billion on Thursday 6 August 2026; CONTROL; traps are rounding (C$1.2bn), US$ and GBP conversions, May's revised C$2.46bn deficit vs its first estimate of C$2.83bn, the C$1.5bn deficit economists forecast, exports +4.6% vs volumes +2.9%, sector and US-only figures, the goods-and-services total, Australia's own June surplus, 8:30 a.m. ET vs 5:30 a.m. PT vs 13:30 BST, and the next release on 3 September.
rk-OF5: the invented Australian company Austral Lift's Corella rocket reaches space but not orbit on its second test flight from the Bowen Orbital Spaceport, Queensland, on Saturday 19 September 2026; PLANTED: the liftoff time (6:47 a.m. local on the other pages, 6.17am on the Queensland local page) and the peak altitude (about 212 km on the other pages, 312 km (194 miles) in the US newsletter); traps are 20:47 UTC and 4:47 p.m. EDT on Friday, the 6:30 a.m. window opening and Friday's scrub, the 500 km target orbit, the first flight's 23 seconds in 2025, 8 minutes 41 seconds vs "a little under nine minutes", A$ vs US$, and the next flight "within six months".
eq-OF6: a shallow earthquake 24 km north-east of Hanmer Springs, North Canterbury, New Zealand, at 1:38 a.m. NZDT Wednesday 11 November 2026; CONTROL; traps are 1238 GMT / 11.38pm AEDT on Tuesday, GeoNet's 6.2 (first estimated 6.4) vs the USGS 6.3 (each attributed), place told as Hurunui District / near Hanmer Springs / 130 km north of Christchurch, rising counts of injured, deaths (one, then two on Thursday), aftershocks and power cuts, each as of its own time, the 2016 Kaikoura and 2011 Christchurch quakes, and an aftershock forecast.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page building blocks
# ---------------------------------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _txt(s: str) -> str:
    return html.escape(s, quote=False)


def _body(parts: list[str]) -> str:
    """Render article body parts.

    "## x" -> subhead, "> x" -> pull quote, "[AD]" -> ad slot,
    "[FIG]caption|credit" -> photo, "- x" -> bullet, else paragraph.
    """
    out: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            out.append("<ul>" + "".join(f"<li>{_txt(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for p in parts:
        if p.startswith("- "):
            bullets.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2>{_txt(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_txt(p[2:])}</p></blockquote>')
        elif p == "[AD]":
            out.append('<div class="ad ad--inline" role="complementary"><span class="ad__label">Advertisement</span>'
                       '<div class="ad__slot" data-ad-unit="mid-article" style="min-height:250px"></div></div>')
        elif p.startswith("[FIG]"):
            cap, _, credit = p[5:].partition("|")
            out.append(f'<figure class="inline-figure"><img src="/media/img/placeholder-960x540.jpg" '
                       f'alt="{_esc(cap)}" width="960" height="540" loading="lazy">'
                       f'<figcaption><span class="caption">{_txt(cap)}</span> '
                       f'<span class="credit">{_txt(credit)}</span></figcaption></figure>')
        else:
            out.append(f"<p>{_txt(p)}</p>")
    flush()
    return "\n".join(out)


def _ld(headline: str, publisher: str, published: str | None = None, modified: str | None = None,
        author: str | None = None, section: str | None = None, kind: str = "NewsArticle") -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": headline}
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if author:
        d["author"] = {"@type": "Person", "name": author}
    d["publisher"] = {"@type": "Organization", "name": publisher}
    if section:
        d["articleSection"] = section
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def _related(items: list[tuple[str, str]], heading: str = "Related stories") -> str:
    lis = "".join(f'<li><a href="{_esc(u)}">{_esc(t)}</a></li>' for t, u in items)
    return f'<aside class="related"><h3>{_esc(heading)}</h3><ul>{lis}</ul></aside>'


def _cookie(site: str) -> str:
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_esc(site)} and our partners use cookies and similar technologies to personalise content and ads, '
            f'to provide social media features and to analyse our traffic. You can change your choices at any time '
            f'via Privacy settings at the bottom of every page.</p>'
            f'<button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button> '
            f'<a href="/privacy/cookies">Manage preferences</a></div>')


def _share() -> str:
    return ('<div class="share-bar" aria-label="Share this article">'
            '<span>Share</span> <a class="share share--fb" href="#">Facebook</a> '
            '<a class="share share--x" href="#">X</a> <a class="share share--li" href="#">LinkedIn</a> '
            '<a class="share share--wa" href="#">WhatsApp</a> <a class="share share--mail" href="#">Email</a> '
            '<button class="share share--copy">Copy link</button></div>')


def _head(title: str, description: str, url: str, site: str, extra: str = "", lang_locale: str = "en_GB") -> str:
    return (f'<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_esc(title)}</title>\n'
            f'<meta name="description" content="{_esc(description)}">\n'
            f'<link rel="canonical" href="{_esc(url)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{_esc(site)}">\n'
            f'<meta property="og:title" content="{_esc(title)}">\n<meta property="og:description" content="{_esc(description)}">\n'
            f'<meta property="og:url" content="{_esc(url)}">\n<meta property="og:locale" content="{lang_locale}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n'
            f'<link rel="stylesheet" href="/static/css/main.min.css">\n'
            f'<script async src="/static/js/consent.js"></script>\n<script async src="/static/js/ads-loader.js"></script>\n'
            f'{extra}\n</head>')


# --- template 1: wire agency ------------------------------------------------

def _wire_page(*, agency: str, host: str, path: str, headline: str, summary: str, byline: str,
               published: str, modified: str | None, stamp: str, section: str, body: list[str],
               related: list[tuple[str, str]], credit_line: str, locale: str = "en_GB") -> str:
    url = f"https://{host}{path}"
    extra = (f'<meta property="article:published_time" content="{published}">\n'
             + (f'<meta property="article:modified_time" content="{modified}">\n' if modified else "")
             + f'<meta property="article:section" content="{_esc(section)}">\n'
             + f'<meta name="author" content="{_esc(byline)}">\n'
             + _ld(headline, agency, published, modified, byline, section))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} | {agency}", summary, url, agency, extra, locale)}
<body class="wire article">
{_cookie(agency)}
<header class="wire-header"><a class="logo" href="/">{_esc(agency)}</a>
<nav class="primary"><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/politics">Politics</a> <a href="/science">Science</a> <a href="/sport">Sport</a> <a href="/pictures">Pictures</a> <a href="/subscribe" class="cta">Professional services</a></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search {_esc(agency)}"></form></header>
<div class="ad ad--leader"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="leaderboard"></div></div>
<main id="content">
<article class="story">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_esc(section.lower())}">{_esc(section)}</a></div>
<h1 class="story-headline">{_esc(headline)}</h1>
<div class="story-meta"><span class="byline">By {_esc(byline)}</span> <span class="timestamp">{_esc(stamp)}</span> <span class="read-time">4 minute read</span></div>
{_share()}
<div class="story-body">
{_body(body)}
<p class="credit-line">{_esc(credit_line)}</p>
<p class="standards"><a href="/trust-principles">Our Standards: The {_esc(agency)} Trust Principles.</a></p>
</div>
</article>
{_related(related, "Read next")}
<div class="ad ad--rail"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="rail"></div></div>
</main>
<footer class="wire-footer"><nav><a href="/about">About {_esc(agency)}</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/privacy/cookies">Cookie settings</a> <a href="/accessibility">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_esc(agency)}. All rights reserved.</p></footer>
</body>
</html>
"""


# --- template 2: newspaper ---------------------------------------------------

def _paper_page(*, paper: str, host: str, path: str, headline: str, dek: str, byline: str, role: str,
                published: str | None, visible_date: str, section: str, hero: tuple[str, str],
                body: list[str], related: list[tuple[str, str]], newsletter: str, city: str,
                locale: str = "en_GB", title_sep: str = " | ") -> str:
    url = f"https://{host}{path}"
    extra = ""
    if published:
        extra += f'<meta property="article:published_time" content="{published}">\n'
    extra += _ld(headline, paper, published, None, byline, section)
    cap, credit = hero
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline}{title_sep}{paper}", dek, url, paper, extra, locale)}
<body class="newspaper article-page">
{_cookie(paper)}
<div class="topbar"><span class="today">{_esc(city)}</span> <a href="/subscribe" class="subscribe">Subscribe</a> <a href="/login">Log in</a> <a href="/epaper">Today's paper</a></div>
<header class="masthead"><a href="/" class="masthead__logo">{_esc(paper)}</a>
<nav class="sections"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/property">Property</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifestyle">Lifestyle</a> <a href="/puzzles">Puzzles</a></nav></header>
<div class="ad ad--billboard"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="billboard"></div></div>
<main class="layout">
<article class="article">
<p class="kicker"><a href="/{_esc(section.lower().replace(' ', '-'))}">{_esc(section)}</a></p>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(dek)}</p>
<div class="byline-block"><span class="author">{_esc(byline)}</span> <span class="author-role">{_esc(role)}</span> <time class="pubdate">{_esc(visible_date)}</time></div>
{_share()}
<figure class="hero"><img src="/media/img/hero-1600x900.jpg" alt="{_esc(cap)}" width="1600" height="900"><figcaption>{_esc(cap)} <span class="credit">{_esc(credit)}</span></figcaption></figure>
<div class="article-body">
{_body(body)}
</div>
<div class="article-tools"><a href="#comments">Comments (give your view)</a> <a href="/corrections">Report an error</a> <a href="/editorial-guidelines">Editorial guidelines</a></div>
</article>
<aside class="rail">
{_related(related, "More on this story")}
<div class="newsletter-box"><h3>Get the {_esc(newsletter)} newsletter</h3><p>The day's most important stories, explained, in your inbox every weekday morning.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form><p class="small">By signing up you agree to our terms and privacy policy.</p></div>
<div class="ad ad--mpu"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="mpu"></div></div>
<div class="most-read"><h3>Most read</h3><ol><li><a href="/lifestyle/the-best-winter-soups">The soups our food writers make on repeat</a></li><li><a href="/sport/final-round-report">Late try settles final-round thriller</a></li><li><a href="/property/renters-guide">What renters should know about the new bond rules</a></li></ol></div>
</aside>
</main>
<footer class="site-footer"><nav><a href="/about-us">About us</a> <a href="/contact">Contact</a> <a href="/advertise">Advertise with us</a> <a href="/terms">Terms and conditions</a> <a href="/privacy">Privacy policy</a> <a href="/privacy/cookies">Cookie settings</a> <a href="/syndication">Syndication</a></nav>
<p>&copy; 2026 {_esc(paper)}. Registered as a newspaper. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""


# --- template 3: broadcaster --------------------------------------------------

def _broadcast_page(*, network: str, host: str, path: str, headline: str, summary: str, byline: str,
                    posted: str, updated: str | None, section: str, video_caption: str,
                    body: list[str], related: list[tuple[str, str]], locale: str = "en_GB",
                    title_fmt: str = "{h} | {n}") -> str:
    url = f"https://{host}{path}"
    extra = _ld(headline, network, None, None, byline, section, "ReportageNewsArticle")
    upd = f' <span class="updated">Last updated: {_esc(updated)}</span>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(title_fmt.format(h=headline, n=network), summary, url, network, extra, locale)}
<body class="bcast story-page">
{_cookie(network)}
<header class="bcast-header"><a href="/" class="bcast-logo">{_esc(network)}</a>
<nav class="bcast-nav"><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/politics">Politics</a> <a href="/news/business">Business</a> <a href="/news/world">World</a> <a href="/weather">Weather</a> <a href="/sport">Sport</a> <a href="/live" class="live">Watch live</a> <a href="/listen">Listen</a> <a href="/podcasts">Podcasts</a></nav></header>
<div class="breaking-ticker" aria-hidden="true"><span>LATEST</span> <a href="/news/latest">Top stories updated through the day</a></div>
<main class="story-wrap">
<article>
<h1 class="story-title">{_esc(headline)}</h1>
<p class="story-summary">{_esc(summary)}</p>
<div class="story-byline"><span class="author">{_esc(byline)}</span> <span class="posted">Posted: {_esc(posted)}</span>{upd}</div>
<div class="video-player" data-player="main"><div class="video-poster"><img src="/media/video/poster.jpg" alt=""></div><p class="video-caption">WATCH: {_esc(video_caption)} <span class="duration">2:41</span></p></div>
{_share()}
<div class="story-text">
{_body(body)}
</div>
<p class="corrections-note">Spotted a mistake? <a href="/feedback">Tell our newsroom.</a></p>
</article>
<aside class="story-aside">
{_related(related, "Top stories")}
<div class="ad ad--sidebar"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="sidebar"></div></div>
<div class="app-promo"><h3>Get breaking news alerts</h3><p>Download the {_esc(network)} app for live coverage and push notifications.</p></div>
</aside>
</main>
<footer class="bcast-footer"><nav><a href="/corporate">Corporate info</a> <a href="/schedule">TV schedule</a> <a href="/jobs">Jobs</a> <a href="/accessibility">Accessibility</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/privacy/cookies">Cookies</a> <a href="/complaints">Complaints</a></nav>
<p>&copy; 2026 {_esc(network)}. We are not responsible for the content of external sites.</p></footer>
</body>
</html>
"""


# --- template 4: trade newsletter ----------------------------------------------

def _newsletter_page(*, name: str, host: str, path: str, headline: str, teaser: str, issue_line: str,
                     author: str, in_this_issue: list[str], body: list[str],
                     related: list[tuple[str, str]], sponsor: str, locale: str = "en_US") -> str:
    url = f"https://{host}{path}"
    items = "".join(f"<li>{_esc(i)}</li>" for i in in_this_issue)
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} — {name}", teaser, url, name, '<meta name="robots" content="noarchive">', locale)}
<body class="newsletter issue">
{_cookie(name)}
<header class="nl-header"><a href="/" class="nl-brand">{_esc(name)}</a>
<nav><a href="/issues">Archive</a> <a href="/data">Data desk</a> <a href="/calendar">Calendar</a> <a href="/events">Events</a> <a href="/about">About</a> <a href="/subscribe" class="btn">Subscribe</a> <a href="/account">My account</a></nav></header>
<main class="nl-main">
<div class="issue-line">{_esc(issue_line)}</div>
<section class="toc"><h2>In this issue</h2><ul>{items}</ul></section>
<div class="sponsor-block"><span class="ad__label">Advertisement</span> <span class="sponsor">Today's issue is supported by {_esc(sponsor)}.</span></div>
<article class="nl-article">
<h1>{_esc(headline)}</h1>
<p class="nl-author">{_esc(author)}</p>
{_share()}
{_body(body)}
</article>
<section class="paywall-note"><p>You are reading a free issue. Subscribers get the full data pack, calendar downloads and the weekly call.</p><a class="btn" href="/subscribe">Start a 14-day trial</a></section>
{_related(related, "From the archive")}
<div class="newsletter-box"><h3>Forward to a colleague</h3><p>Was this issue forwarded to you? Sign up to get {_esc(name)} every weekday.</p><form><input type="email" placeholder="work email"><button>Subscribe</button></form></div>
</main>
<footer class="nl-footer"><p>{_esc(name)} is an independent publication. Nothing in this newsletter is investment advice.</p><nav><a href="/unsubscribe">Unsubscribe</a> <a href="/privacy">Privacy</a> <a href="/privacy/cookies">Cookies</a> <a href="/terms">Terms</a> <a href="/contact">Contact the editors</a></nav><p>&copy; 2026 {_esc(name)}</p></footer>
</body>
</html>
"""


# --- template 5: local news site ----------------------------------------------

def _local_page(*, site: str, host: str, path: str, headline: str, standfirst: str, byline: str,
                date_line: str | None, published: str | None, body: list[str],
                related: list[tuple[str, str]], weather: str, photo: tuple[str, str],
                locale: str = "en_GB") -> str:
    url = f"https://{host}{path}"
    extra = f'<meta property="article:published_time" content="{published}">' if published else ""
    dl = f'<p class="dateline">{_esc(date_line)}</p>' if date_line else ""
    cap, credit = photo
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{site} - {headline}", standfirst, url, site, extra, locale)}
<body class="local-news">
{_cookie(site)}
<div class="weather-strip">{_esc(weather)}</div>
<header class="local-header"><a href="/" class="local-logo">{_esc(site)}</a> <span class="tagline">Your community, your news</span>
<nav><a href="/news">News</a> <a href="/council">Council</a> <a href="/community">Community</a> <a href="/schools">Schools</a> <a href="/sport">Local sport</a> <a href="/whats-on">What's on</a> <a href="/notices">Public notices</a> <a href="/jobs">Jobs</a> <a href="/contact">Send us a story</a></nav></header>
<div class="ad ad--banner"><span class="ad__label">Advertisement</span><a href="#" class="ad-creative">Family-run since 1974 - call in for a free quote</a></div>
<main>
<article class="local-article">
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<p class="byline">{_esc(byline)}</p>
{dl}
{_share()}
<figure><img src="/uploads/photo-main.jpg" alt="{_esc(cap)}"><figcaption>{_esc(cap)} Photo: {_esc(credit)}</figcaption></figure>
{_body(body)}
<p class="support">Local journalism costs money. If you value it, please consider <a href="/support">supporting {_esc(site)}</a> with a one-off or monthly contribution.</p>
</article>
{_related(related, "Latest local news")}
<div class="ad ad--classifieds"><span class="ad__label">Advertisement</span><ul><li>Firewood, dry, delivered</li><li>Garage sale this Saturday, all welcome</li><li>Experienced bookkeeper available, part-time</li></ul></div>
<div class="newsletter-box"><h3>Sign up to our free weekly email</h3><form><input type="email" placeholder="Email"><button>Join</button></form></div>
</main>
<footer class="local-footer"><p>{_esc(site)} is a member of the independent press standards scheme. <a href="/complaints">Complaints</a> <a href="/privacy">Privacy</a> <a href="/privacy/cookies">Cookies</a> <a href="/advertise">Advertise</a></p><p>&copy; 2026 {_esc(site)}</p></footer>
</body>
</html>
"""


# --- template 6: live blog ------------------------------------------------------

def _live_page(*, site: str, host: str, path: str, headline: str, standfirst: str, authors: str,
               published: str, modified: str, key_points: list[str], entries: list[tuple[str, str, list[str]]],
               related: list[tuple[str, str]], locale: str = "en_GB") -> str:
    url = f"https://{host}{path}"
    extra = (f'<meta property="article:published_time" content="{published}">\n'
             f'<meta property="article:modified_time" content="{modified}">\n'
             + _ld(headline, site, published, modified, authors, "Live", "LiveBlogPosting"))
    kp = "".join(f"<li>{_esc(k)}</li>" for k in key_points)
    blocks = []
    for stamp, title, parts in entries:
        t = f"<h3>{_esc(title)}</h3>" if title else ""
        blocks.append(f'<div class="live-entry"><time class="entry-time">{_esc(stamp)}</time>{t}{_body(parts)}'
                      f'<div class="entry-share"><a href="#">Share</a></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(f"{headline} | {site}", standfirst, url, site, extra, locale)}
<body class="live-blog">
{_cookie(site)}
<header class="site-header"><a href="/" class="logo">{_esc(site)}</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/live">Live</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/newsletters">Newsletters</a></nav></header>
<main class="live">
<div class="live-badge">LIVE</div>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<p class="live-authors">{_esc(authors)}</p>
{_share()}
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<div class="ad ad--live-top"><span class="ad__label">Advertisement</span><div class="ad__slot" data-ad-unit="live-top"></div></div>
<div class="live-feed" aria-live="polite">
{chr(10).join(blocks)}
</div>
<button class="load-more">Load earlier updates</button>
{_related(related, "Related coverage")}
<div class="newsletter-box"><h3>Sign up for our politics briefing</h3><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</main>
<footer><nav><a href="/about">About us</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy policy</a> <a href="/privacy/cookies">Cookie policy</a> <a href="/contact">Contact</a></nav><p>&copy; 2026 {_esc(site)}</p></footer>
</body>
</html>
"""


# ===========================================================================
# STORY 1 - cb-OF1 - RBNZ cuts the OCR to 2.50% (CONTROL)
# ===========================================================================

_S1_A = _wire_page(
    agency="Pacific Newswire", host="www.pacificnewswire.example",
    path="/business/markets/nz-central-bank-cuts-cash-rate-to-250-signals-room-for-more-2026-04-08/",
    headline="New Zealand central bank cuts cash rate to 2.50%, signals room for more",
    summary="The Reserve Bank of New Zealand lowered its official cash rate by 25 basis points to 2.50% on Wednesday and projected a lower path for rates.",
    byline="Liam Okonkwo-Hart", published="2026-04-08T02:03:00Z", modified="2026-04-08T03:41:00Z",
    stamp="April 8, 2026 2:03 AM GMT · Updated April 8, 2026 3:41 AM GMT", section="Markets",
    body=[
        "WELLINGTON, April 8 (PNW) - The Reserve Bank of New Zealand lowered its official cash rate by 25 basis points to 2.50% on Wednesday, resuming an easing cycle it paused in February and saying a weaker-than-expected economy gave it scope to offer more support.",
        "The decision, announced at 2 p.m. local time (0200 GMT), was taken by a five-to-one vote of the bank's Monetary Policy Committee. A summary record of the meeting, published alongside the decision, showed the dissenting member had argued for a larger reduction of 50 basis points.",
        "Financial markets had priced roughly a 70% probability of a quarter-point move ahead of the announcement, and 14 of 17 economists surveyed by Pacific Newswire last week had forecast a cut.",
        "\"Spare capacity in the economy is larger than we judged in February, and that gives us room to provide more support without putting the inflation target at risk,\" Governor Elspeth Vance said in a statement accompanying the decision.",
        "[AD]",
        "The committee's updated projection for the cash rate implies a low of around 2.3% in early 2027, below the trough of roughly 2.5% it had pencilled in at its February review.",
        "The New Zealand dollar fell as much as 0.6% to $0.5743 after the statement, from $0.5778 just before it. Two-year swap rates dropped six basis points to 2.61%.",
        "Annual consumer price inflation was 2.8% in the December quarter, inside the bank's 1% to 3% target band, and the committee said it expected inflation to settle near the 2% midpoint over the coming year. The unemployment rate stood at 5.3% at the end of 2025.",
        "Gross domestic product contracted 0.2% in the three months to December, official data showed last month.",
        "The RBNZ lowered rates at a series of meetings through 2025, most recently in November, when it took the cash rate to 2.75%. It then left the rate unchanged at its February 18 review.",
        "[FIG]Reserve Bank of New Zealand Governor Elspeth Vance speaks to reporters in Wellington, April 8, 2026.|PNW/Hemi Tawhai",
        "Speaking to reporters after the announcement, Vance said the committee was \"not on a pre-set path\" and would respond if incoming data surprised it. She declined to say whether another cut was likely at the next review.",
        "\"Today's move was the centre of the range of options we discussed,\" she said. \"One member preferred to go faster. The rest of us thought 25 was the right step for now.\"",
        "Some economists said the statement left the door open to further easing.",
        "\"A quarter point was the middle road, but the projections say they are not done,\" said Sarah Whitlock, chief economist at Harbourline Bank in Auckland. \"I'd put a cut to 2.25% in May at better than even odds.\"",
        "Others were more cautious. Anthony Greaves, a senior economist at Totara Securities, noted that first-quarter consumer price data due on April 20 could complicate the picture if petrol and insurance costs remained elevated.",
        "\"The bank has given itself an easing bias, not a commitment,\" Greaves said.",
        "The committee's next decision, accompanied by a full Monetary Policy Statement, is due on May 27.",
    ],
    related=[("Australia's central bank holds cash rate at 3.60%", "/business/rba-holds-2026-03-31/"),
             ("New Zealand economy shrinks 0.2% in fourth quarter", "/business/nz-gdp-q4-2026-03-19/"),
             ("Analysis: Small central banks lead the way as global easing slows", "/markets/analysis-small-central-banks/")],
    credit_line="(Reporting by Liam Okonkwo-Hart in Wellington; additional reporting by Mei Lin Tran in Sydney; Editing by Joanne Petrie)",
    locale="en_NZ",
)

_S1_B = _paper_page(
    paper="The Capital Ledger", host="www.capitalledger.example",
    path="/business/economy/reserve-bank-trims-ocr-to-2-5-per-cent-as-economy-stalls",
    headline="Reserve Bank trims OCR to 2.5 per cent as economy stalls",
    dek="Borrowers could see relief within weeks after a quarter-point cut, but the governor says there is no pre-set path for rates.",
    byline="Anahera Collins", role="Economics Editor", published="2026-04-08T15:10:00+12:00",
    visible_date="Wednesday, 8 April 2026, 3:10pm", section="Economy",
    hero=("Reserve Bank Governor Elspeth Vance at the bank's Wellington headquarters on The Terrace after Wednesday's announcement.", "Photo / Ruby Tane"),
    body=[
        "The Reserve Bank has cut the official cash rate by a quarter of a percentage point to 2.5 per cent, its first move since November, saying the economy has more slack in it than it thought only seven weeks ago.",
        "The Monetary Policy Committee announced the decision at 2pm today. Five members voted for the 25 basis point cut; one wanted to go further and take the rate to 2.25 per cent.",
        "Governor Elspeth Vance told a press conference at the bank's headquarters on The Terrace that the committee had \"a genuine debate\" about the size of the move.",
        "\"Spare capacity in the economy is larger than we judged in February,\" she said. \"That gives us room to provide more support.\"",
        "Asked whether borrowers should expect further cuts, Vance said the bank was not on a pre-set path and the committee would respond if the data surprised it, in either direction.",
        "## What it means for borrowers",
        "For a household with a $600,000 mortgage over 25 years, a 0.25 percentage point fall in the interest rate would trim repayments by roughly $90 a month. But economists cautioned that most home loans are fixed, and that banks had already built some of the expected cut into their fixed-term rates.",
        "About half of all mortgage lending by value is due to be refixed in the next 12 months, according to Reserve Bank figures, so the benefit of lower rates will filter through over the year rather than all at once.",
        "[AD]",
        "Harbourline Bank chief economist Sarah Whitlock said the quarter-point move was \"the middle road\", and she expected a further cut, to 2.25 per cent, at the May review.",
        "\"The projections say they are not done,\" she said.",
        "Totara Securities senior economist Anthony Greaves was less sure. He said the March quarter inflation figures, due on 20 April, could show stubborn price pressure from insurance premiums and council rates.",
        "## Slower economy, softer jobs market",
        "The decision follows figures last month showing gross domestic product shrank 0.2 per cent in the December quarter. The unemployment rate has climbed to 5.3 per cent, and the Reserve Bank now expects it to peak at about 5.5 per cent later this year.",
        "Annual inflation was 2.8 per cent in the year to December, inside the bank's 1 to 3 per cent target range. The bank's forecasts have it easing to about 2.2 per cent by the end of 2026.",
        "The new projections show the cash rate bottoming out at about 2.3 per cent early next year, a lower track than the one the bank published in February.",
        "> \"Spare capacity in the economy is larger than we judged in February.\" - Governor Elspeth Vance",
        "## Market reaction",
        "The New Zealand dollar dipped by about a third of a US cent, to roughly 57.4 US cents, in the minutes after the announcement. Wholesale interest rates also fell, with the two-year swap rate down 6 basis points.",
        "Finance Minister Daniel Harcourt said monetary policy was a matter for the independent Reserve Bank, but lower rates would be \"welcome news for families and for businesses that have done it tough\".",
        "The cut is the first change to the OCR since 26 November, when the bank lowered it from 3 per cent to 2.75 per cent. It held the rate at its 18 February review.",
        "The next decision is due on 27 May, alongside the bank's full Monetary Policy Statement.",
    ],
    related=[("How much will the OCR cut save you? Use our calculator", "/business/ocr-mortgage-calculator"),
             ("February: Reserve Bank holds OCR at 2.75 per cent, signals patience", "/business/economy/reserve-bank-holds-ocr-february-2026"),
             ("Opinion: The economy needs more than rate cuts", "/opinion/economy-needs-more-than-rate-cuts")],
    newsletter="Capital Business Brief", city="Wellington", locale="en_NZ",
)

_S1_C = _newsletter_page(
    name="Basis Point Brief", host="www.basispointbrief.example", path="/issues/1184-rbnz-quarter-point-cut",
    headline="RBNZ goes 25, draws a lower line",
    teaser="New Zealand's central bank cut 25 bps to 2.50% tonight with a 5-1 vote and a lower projected rate track.",
    issue_line="Tuesday, April 7, 2026 · Late edition · Issue No. 1,184",
    author="By Dana Kowalczyk, Rates desk, New York",
    in_this_issue=["RBNZ: 25 bps to 2.50%, 5-1 vote, lower track", "The calendar: RBA, BoC, Fed", "Our call for May"],
    body=[
        "New Zealand went first tonight. At 10 p.m. ET (2 p.m. Wednesday in Wellington), the Reserve Bank of New Zealand lowered its official cash rate (OCR) by 25 bps to 2.50%, ending a one-meeting pause.",
        "## The call",
        "Our pre-meeting note put the odds of a cut at about 65%; OIS pricing had it closer to 70%. Every survey we saw leaned toward a cut, so the decision itself was not the story. The story was the vote, 5-1, with the lone dissenter preferring a 50 bp move, and the path.",
        "## The path",
        "The RBNZ's new OCR track bottoms at roughly 2.3% in Q1 2027, versus about 2.5% in the February projections. That is around 20 bps of extra easing written into the bank's own forecast, and it is the bank telling you it is not finished.",
        "Governor Elspeth Vance's statement leaned on slack: spare capacity is \"larger than we judged in February,\" which gives room for support \"without putting the inflation target at risk.\" At the press conference she refused to pre-commit. Her words: the committee is \"not on a pre-set path.\"",
        "[AD]",
        "## Market",
        "- NZD/USD slipped from 0.5778 to 0.5743 in the first 40 minutes, a 35-pip drop (-0.6%).",
        "- NZ 2-year swaps -6 bps to 2.61%.",
        "- AUD/NZD up to 1.1135 as the rate gap with Australia widened.",
        "## Data backdrop",
        "Q4 CPI was 2.8% y/y, inside the 1-3% band. Q4 GDP fell 0.2% q/q. Unemployment is 5.3%, and the RBNZ sees a peak near 5.5%. The bank expects inflation near 2.2% by end-2026, close to the 2% midpoint it targets.",
        "For context, this is the RBNZ's first move since it cut to 2.75% on Nov. 26. It held on Feb. 18.",
        "## Elsewhere on the calendar",
        "- Reserve Bank of Australia: held at 3.60% on March 31; next decision May 19.",
        "- Bank of Canada: decides April 15. We expect a hold at 2.25%.",
        "- Federal Reserve: FOMC meets April 28-29.",
        "## Our call for May",
        "We see another 25 at the May 27 Monetary Policy Statement, taking the OCR to 2.25%, and we think that is the floor for this cycle. The risk is front-loading: a 50 in May becomes live if Q1 CPI, due April 20 (that is the evening of April 19 in New York), surprises on the low side.",
        "Street views are split. Harbourline Bank's Sarah Whitlock, one of the more dovish voices, puts a May cut at \"better than even odds\"; Totara Securities' Anthony Greaves calls the statement \"an easing bias, not a commitment.\" We are closer to Whitlock.",
        "Positioning note: receivers in NZ 2-year swaps worked tonight; we would take partial profits above 2.55% and keep a core position into the CPI print.",
    ],
    related=[("Issue 1,171: RBNZ holds at 2.75%, keeps the door ajar", "/issues/1171-rbnz-holds"),
             ("Issue 1,180: What OIS is pricing for the antipodes", "/issues/1180-antipodes-ois"),
             ("Issue 1,182: RBA on hold, but for how long?", "/issues/1182-rba-hold")],
    sponsor="Meridian Clearing Partners", locale="en_US",
)

_S1_D = _broadcast_page(
    network="Aotearoa Broadcast News", host="www.abn.example",
    path="/news/business/banks-pass-on-reserve-bank-cut-as-borrowers-weigh-fixing",
    headline="Banks pass on Reserve Bank cut as borrowers weigh fixing",
    summary="Two major lenders have lowered floating mortgage rates after the Reserve Bank's quarter-point cut to the official cash rate.",
    byline="Tui Hemara, Business reporter", posted="9 April 2026", updated=None, section="Business",
    video_caption="Reserve Bank Governor Elspeth Vance on why the bank cut rates",
    body=[
        "Two of the country's biggest lenders have passed on yesterday's cut to the official cash rate, lowering floating mortgage rates for hundreds of thousands of borrowers.",
        "Harbourline Bank said this morning it would cut its standard floating rate by 0.25 percentage points to 5.64 per cent from Monday, 13 April. Kauri Mutual followed about an hour later with a smaller 0.20-point cut to its floating rate, taking it to 5.79 per cent.",
        "The Reserve Bank lowered the OCR from 2.75 per cent to 2.5 per cent at 2pm yesterday, after a five-to-one vote of its Monetary Policy Committee. The one dissenting member wanted a half-point cut.",
        "Governor Elspeth Vance told ABN's First Light programme this morning that the economy needed \"a bit more help\".",
        "\"We've got more spare capacity than we expected. Inflation is inside the band. So we think there's room to support households and firms, but we're not on a pre-set path,\" she said.",
        "[AD]",
        "Vance would not be drawn on whether the bank would cut again at its next decision on 27 May, but said the bank's own projections, which show the OCR falling to about 2.3 per cent by early next year, were \"a fair guide to our thinking today\".",
        "## Fixing or floating?",
        "Hamilton mortgage adviser Kiri Marsden said her phone had been ringing since yesterday afternoon.",
        "\"People want to know if they should fix now or wait. If you're coming off a fixed rate in the next few months, shorter terms look sensible, because most economists think rates have a bit further to fall,\" she said.",
        "Marsden said fixed rates had already come down in the weeks before the decision, as banks anticipated the cut.",
        "Harbourline chief economist Sarah Whitlock said she expected the cash rate to reach 2.25 per cent in May. \"The projections say they are not done,\" she said.",
        "## Dollar recovers some ground",
        "The New Zealand dollar, which slid to about 57.4 US cents after yesterday's announcement, had recovered to 57.6 US cents by 9am today.",
        "Opposition finance spokesperson Mereana Pohatu said the cut was evidence the economy was stuck in a \"slow-motion slump\".",
        "\"When the Reserve Bank has to cut because unemployment is at 5.3 per cent and the economy is going backwards, that's not a win for anyone,\" she said.",
        "Finance Minister Daniel Harcourt said yesterday the decision was a matter for the independent bank but would be welcome news for families.",
        "The cut was the bank's first since November. It held the rate at 2.75 per cent in February.",
    ],
    related=[("Reserve Bank cuts OCR to 2.5 per cent", "/news/business/reserve-bank-cuts-ocr-2-5"),
             ("What the OCR cut means for savers", "/news/business/ocr-cut-savers"),
             ("Unemployment rises to 5.3 per cent", "/news/business/unemployment-5-3")],
    locale="en_NZ", title_fmt="{h} | {n}",
)

STORY_1 = _story("cb-OF1", "central bank", "2026-04-10", [
    _page("https://www.pacificnewswire.example/business/markets/nz-central-bank-cuts-cash-rate-to-250-signals-room-for-more-2026-04-08/", _S1_A),
    _page("https://www.capitalledger.example/business/economy/reserve-bank-trims-ocr-to-2-5-per-cent-as-economy-stalls", _S1_B),
    _page("https://www.basispointbrief.example/issues/1184-rbnz-quarter-point-cut", _S1_C),
    _page("https://www.abn.example/news/business/banks-pass-on-reserve-bank-cut-as-borrowers-weigh-fixing", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 2 - el-OF2 - Ashworth and Pennine Vale by-election (PLANTED)
# planted: majority 1,657 on the broadcaster page (others 1,567);
#          declaration 4.12am on the local page (others 3.12am)
# ===========================================================================

_S2_A = _live_page(
    site="The Northern Courier", host="www.northerncourier.example",
    path="/politics/live/2026/may/14/ashworth-pennine-vale-by-election-live-results",
    headline="Ashworth and Pennine Vale by-election: Reform UK takes seat from Labour - as it happened",
    standfirst="Live coverage of the count in the Lancashire seat vacated by Labour's Gareth Lowe, with results, reaction and analysis.",
    authors="Rachel Ainsworth (at the count) and Sunil Mehta (in London)",
    published="2026-05-14T21:30:00+01:00", modified="2026-05-15T03:52:00+01:00",
    key_points=[
        "Reform UK's Dale Hepworth wins with 10,482 votes, a majority of 1,567 over Labour's Priya Castellano",
        "Turnout 39.0%, down from 60.9% at the 2024 general election",
        "Swing of 13.9 points from Labour to Reform; Conservatives third",
        "Result declared at 3.12am at Pennine Vale Leisure Centre",
    ],
    entries=[
        ("03:52", "That's all from us", ["We're closing the live blog here. Thanks for staying up with us. Our full report and analysis of what the result means for Labour will be on the site shortly. Rachel Ainsworth will have reaction from Ashworth market later this morning."]),
        ("03:46", "Analysis: how big was the swing?", [
            "On the standard two-party measure, the swing from Labour to Reform is 13.9 percentage points. Labour's share fell from 42.1% at the July 2024 general election to 31.0% tonight, a drop of 11.1 points. Reform's rose from 19.8% to 36.5%, up 16.7 points.",
            "The Conservatives, who came second here in 2024 with 24.2%, slipped to 15.2%. Worth remembering: Labour's majority at the general election was 7,904, over the Tories.",
            "Dr Owen Pickering, a political scientist at the University of Manchester, texts: \"A swing of that size is large but not off the charts for a mid-term by-election on a 39% turnout. The question is whether it repeats on a general election turnout.\"",
        ]),
        ("03:31", "Castellano: 'I take responsibility'", [
            "Labour's Priya Castellano has just spoken. She thanked her volunteers and said: \"We listened, but we didn't persuade enough people, and I take responsibility for that. This isn't the end of the conversation with this community.\"",
            "She was clapped off the stage by Labour activists. A few Reform supporters at the back were rather less generous.",
        ]),
        ("03:20", "Hepworth: 'a message Westminster cannot ignore'", [
            "The new MP, Dale Hepworth, is speaking now. \"Tonight the people of Ashworth and Pennine Vale have sent a message that Westminster cannot ignore,\" he says. \"They have been taken for granted for too long, and that ends now.\"",
            "He also thanked the returning officer and the count staff, which got a warm round of applause in the hall.",
        ]),
        ("03:12", "RESULT: Reform UK gain from Labour", [
            "The returning officer, Helen Brierley, has declared the result. Here are the numbers:",
            "- Dale Hepworth (Reform UK) 10,482",
            "- Priya Castellano (Labour) 8,915",
            "- Martin Oakes (Conservative) 4,377",
            "- Fiona Rudd (Liberal Democrats) 2,206",
            "- Tomasz Nowicki (Green) 1,948",
            "- Bernadette Quayle (Independent) 613",
            "- Sir Wobbly Beanbag (Official Monster Raving Loony Party) 201",
            "Reform majority: 1,567. Rejected ballots: 86.",
        ]),
        ("02:47", "Candidates called together", [
            "The candidates and their agents have been called to a side room for the returning officer's briefing on the provisional result. That usually means a declaration within half an hour, unless someone asks for a recount.",
        ]),
        ("01:55", "Turnout announced: 39.0%", [
            "The returning officer has announced that 28,828 ballot papers were verified from an electorate of 73,880, a turnout of 39.0%. That compares with 60.9% at the 2024 general election, though low turnouts are normal at by-elections.",
        ]),
        ("00:40", "Reform confident, Labour cautious", [
            "Reform sources here are telling anyone who will listen that they think they are ahead by \"about 2,000\" from their sampling of the ballot papers as they were verified. Labour people say it is closer than that and they are not conceding anything. Treat all of this with caution until the declaration.",
        ]),
        ("23:34", "Verification under way", [
            "Verification is under way on the long tables in the sports hall. Ballot papers are counted face down first to check the totals against the ballot paper accounts from each polling station, before the actual count begins.",
        ]),
        ("22:41", "First boxes arrive", [
            "The first ballot boxes have arrived at Pennine Vale Leisure Centre in Ashworth, from the polling stations in the town centre. The boxes from the hill villages, including Calder Bridge, will take longer.",
        ]),
        ("22:00", "Polls close", [
            "Polls have closed in Ashworth and Pennine Vale. The by-election was called after Labour's Gareth Lowe stood down in March to become chief executive of a housing charity. He won the seat at the 2024 general election with 18,640 votes.",
            "There are seven candidates. Counting will take place overnight, and the returning officer has said she expects a declaration \"around 3am\".",
        ]),
    ],
    related=[("Who is Dale Hepworth? The haulier who became Reform's newest MP", "/politics/2026/may/15/who-is-dale-hepworth"),
             ("Labour's by-election problem, in four charts", "/politics/2026/may/15/labour-by-election-charts"),
             ("2024 general election results: Ashworth and Pennine Vale", "/politics/ge2024/ashworth-and-pennine-vale")],
)

_S2_B = _broadcast_page(
    network="UKBN News", host="www.ukbn.example",
    path="/news/politics/reform-uk-wins-ashworth-and-pennine-vale-by-election",
    headline="Reform UK wins Ashworth and Pennine Vale by-election",
    summary="Reform UK has taken the Lancashire seat from Labour in a by-election, with a swing of nearly 14 points.",
    byline="By Jonathan Reeve, Political correspondent", posted="Fri 15 May 2026 06:14 BST",
    updated="Fri 15 May 2026 11:02 BST", section="Politics",
    video_caption="The moment the result was declared in Ashworth",
    body=[
        "Reform UK has won the Ashworth and Pennine Vale by-election, taking a seat Labour had held comfortably at the last general election.",
        "Dale Hepworth, a former haulage firm owner and borough councillor, won 10,482 votes and a majority of 1,657 over Labour's Priya Castellano.",
        "The result was declared shortly after 3am on Friday at Pennine Vale Leisure Centre in Ashworth, after an overnight count.",
        "Reform took 36.5% of the vote, up from 19.8% in July 2024, while Labour's share fell from 42.1% to 31%. The Conservatives, who were second here at the general election, came third with 15.2%.",
        "Turnout was 39%, compared with nearly 61% at the 2024 general election.",
        "The turnout figure was announced shortly before 2am. During the night, Reform campaigners had claimed their own sampling of ballot papers put them around 2,000 votes ahead, while Labour insisted the race was closer.",
        "Independent candidate Bernadette Quayle and Sir Wobbly Beanbag of the Official Monster Raving Loony Party both lost their deposits after failing to win 5% of the vote.",
        "[AD]",
        "In his victory speech, Mr Hepworth said voters had \"sent a message that Westminster cannot ignore\".",
        "\"They have been taken for granted for too long, and that ends now,\" he said.",
        "Ms Castellano said Labour had listened to voters but \"didn't persuade enough people\", adding that she took responsibility for the defeat.",
        "## Why was there a by-election?",
        "The by-election was triggered when Labour MP Gareth Lowe resigned in March to run a national housing charity. Mr Lowe had won the seat in 2024 with a majority of 7,904.",
        "The constituency covers the town of Ashworth and a string of former mill villages in the Pennine hills, including Calder Bridge, where Mr Hepworth has been a councillor since 2023.",
        "## Reaction",
        "A Labour spokesperson said by-elections in the middle of a parliament were \"always tough for governing parties\" and that the party would \"learn the lessons\".",
        "Downing Street said the government would \"keep delivering\" on its priorities and that the result would not change its plans.",
        "Conservative candidate Martin Oakes described the night as \"disappointing\" for his party but said the Tory vote had \"held up better than some expected\".",
        "The Liberal Democrats' Fiona Rudd finished fourth with 7.7%, just ahead of the Green Party's Tomasz Nowicki on 6.8%.",
        "Political scientist Dr Owen Pickering, of the University of Manchester, told UKBN the swing of 13.9 points from Labour to Reform was \"large but not off the charts\" for a mid-term by-election with a low turnout.",
        "\"What matters is whether that holds up when turnout is back above 60%,\" he said.",
        "Mr Hepworth is expected to take his seat in the House of Commons next week.",
        "The government still has a large Commons majority, and the loss of one seat does not threaten its ability to pass legislation. But Labour MPs in neighbouring seats said privately that the scale of the swing had rattled them.",
    ],
    related=[("Full results: Ashworth and Pennine Vale by-election", "/news/politics/ashworth-results"),
             ("Who is the new MP Dale Hepworth?", "/news/politics/dale-hepworth-profile"),
             ("Analysis: What the by-election tells us about Labour's mid-term slump", "/news/politics/analysis-by-election")],
    locale="en_GB", title_fmt="{h} - {n}",
)

_S2_C = _local_page(
    site="Ashworth Advertiser", host="www.ashworthadvertiser.example",
    path="/news/politics/hepworth-wins-by-election-for-reform",
    headline="Hepworth wins by-election for Reform as Labour loses its grip on the valley",
    standfirst="Calder Bridge councillor becomes the town's MP after an overnight count at Pennine Vale Leisure Centre.",
    byline="By Graham Stott, Chief reporter", date_line="Friday, May 15, 2026", published=None,
    weather="Ashworth: light rain clearing, 13C. Sunrise 5.17am",
    photo=("Dale Hepworth, centre, celebrates with supporters after the declaration.", "Kirsty Naylor"),
    body=[
        "Calder Bridge councillor Dale Hepworth is Ashworth and Pennine Vale's new MP after winning the by-election for Reform UK.",
        "The result was declared at 4.12am at Pennine Vale Leisure Centre, where count staff had been working through the night since the polls closed at 10pm on Thursday.",
        "Mr Hepworth, 47, who ran a haulage business in the valley for two decades before selling it in 2022, polled 10,482 votes. Labour's Priya Castellano came second with 8,915, giving Reform a majority of 1,567.",
        "Conservative Martin Oakes was third with 4,377 votes. Liberal Democrat Fiona Rudd polled 2,206, Green Tomasz Nowicki 1,948, Independent Bernadette Quayle 613 and Sir Wobbly Beanbag of the Official Monster Raving Loony Party 201. Ms Quayle and Sir Wobbly both lost their £500 deposits.",
        "Turnout was 39 per cent, with 28,828 ballot papers verified from an electorate of 73,880. At the 2024 general election it was 60.9 per cent.",
        "[AD]",
        "In his acceptance speech, Mr Hepworth said: \"Tonight the people of Ashworth and Pennine Vale have sent a message that Westminster cannot ignore.\"",
        "Speaking to the Advertiser afterwards, he said his first priorities would be the future of Ashworth's hospital maternity unit and the state of the A682 through the valley.",
        "\"People here want the same thing they've always wanted: a decent job, a GP appointment when they need one and a road that doesn't wreck their car. I'll be on the train to London on Monday, but I'll be back in Ashworth every Friday,\" he said.",
        "## 'We didn't persuade enough people'",
        "Ms Castellano, a primary school headteacher from Haverholme, said Labour had listened to voters but had not persuaded enough of them.",
        "\"I take responsibility for that,\" she said.",
        "The seat was held for Labour at the 2024 general election by Gareth Lowe, with 18,640 votes and a majority of 7,904. Mr Lowe, who resigned in March to become chief executive of a housing charity, said on social media that he was \"gutted for Priya and for the team\".",
        "Labour's share of the vote fell from 42.1 per cent in 2024 to 31 per cent. Reform's rose from 19.8 per cent to 36.5 per cent.",
        "## Voices from the market",
        "On Ashworth market this morning, reaction was mixed.",
        "\"I've voted Labour all my life and I didn't vote at all yesterday. I just couldn't,\" said retired mill worker Brenda Hargreaves, 74.",
        "Fruit and veg trader Imran Siddiqui said: \"Dale buys his apples off me, so I'll give him a chance. He knows the town. Whether he can do anything in Westminster is a different matter.\"",
        "Returning officer Helen Brierley, chief executive of Ashworth Borough Council, thanked the 180 staff who worked at the count and the 41 polling stations across the constituency.",
    ],
    related=[("A682 roadworks: lane closures near Calder Bridge next week", "/news/roads/a682-lane-closures"),
             ("Maternity unit campaigners hand in 9,000-name petition", "/news/health/maternity-petition"),
             ("By-election: meet the seven candidates", "/news/politics/by-election-candidates")],
    locale="en_GB",
)

_S2_D = _wire_page(
    agency="Albion Press", host="www.albionpress.example",
    path="/politics/uk-reform-wins-ashworth-pennine-vale-by-election-20260515/",
    headline="Reform UK wins northern English by-election from Labour",
    summary="Reform UK won the Ashworth and Pennine Vale parliamentary by-election in Lancashire, overturning a Labour majority of 7,904.",
    byline="Siobhan Carey", published="2026-05-15T02:31:00Z", modified="2026-05-15T07:05:00Z",
    stamp="May 15, 2026 02:31 GMT · Updated 07:05 GMT", section="Politics",
    body=[
        "ASHWORTH, England, May 15 (Albion Press) - Reform UK won a parliamentary by-election in the Labour-held seat of Ashworth and Pennine Vale in northwest England early on Friday, adding to pressure on the governing party ahead of next year's local elections.",
        "Reform candidate Dale Hepworth won 36.5% of the vote, beating Labour's Priya Castellano by 1,567 votes, according to the result announced at 3.12 a.m. (0212 GMT) by the local returning officer.",
        "Hepworth polled 10,482 votes to Castellano's 8,915. Polling stations were open from 7 a.m. to 10 p.m. on Thursday and the ballots were counted overnight.",
        "Labour won the seat at the 2024 general election with 42.1% of the vote and a majority of 7,904 votes, with Reform in third place. Its share fell to 31.0% on Thursday.",
        "Turnout was 39.0%, down from 60.9% at the national election, a fall typical of by-elections.",
        "The contest was triggered by the resignation in March of Labour lawmaker Gareth Lowe, who left parliament to run a housing charity.",
        "[AD]",
        "\"Tonight the people of Ashworth and Pennine Vale have sent a message that Westminster cannot ignore,\" Hepworth, 47, told supporters at the count in the town of Ashworth.",
        "Castellano said she took responsibility for the defeat. \"We listened, but we didn't persuade enough people,\" she said.",
        "The swing of 13.9 percentage points from Labour to Reform, calculated by comparing the two parties' changes in vote share, was one of the larger swings against a governing party at a by-election in recent years, though analysts cautioned that by-elections with low turnouts are an imperfect guide to national elections.",
        "\"A swing of that size is large but not off the charts for a mid-term by-election,\" said Owen Pickering, a political scientist at the University of Manchester.",
        "A Labour spokesperson said mid-term by-elections were always difficult for governing parties.",
        "The Conservatives, the main opposition party in parliament, finished third with 15.2%, down from 24.2% in 2024, when they came second.",
        "The Liberal Democrats took 7.7% and the Green Party 6.8%. Two other candidates each polled less than 5%, losing their deposits.",
        "Labour holds a large majority in the 650-seat House of Commons, and the result does not change the balance of power in parliament. But a loss in a seat the party won comfortably less than two years ago is likely to add to unease among its lawmakers about the government's standing in opinion polls.",
        "Hepworth, a former haulage company owner and local councillor, is expected to be sworn in at the House of Commons next week.",
        "The seat covers the former mill town of Ashworth and surrounding villages in the Pennine hills of Lancashire, about 20 miles (32 km) north of Manchester.",
    ],
    related=[("Explainer: How UK by-elections work", "/politics/explainer-uk-by-elections/"),
             ("UK Labour's poll ratings slide as cost-of-living worries persist", "/politics/uk-labour-polls-may-2026/")],
    credit_line="(Reporting by Siobhan Carey in Ashworth; additional reporting by Tom Feeney in London; Editing by Alastair Boyd)",
)

STORY_2 = _story("el-OF2", "election", "2026-05-16", [
    _page("https://www.northerncourier.example/politics/live/2026/may/14/ashworth-pennine-vale-by-election-live-results", _S2_A),
    _page("https://www.ukbn.example/news/politics/reform-uk-wins-ashworth-and-pennine-vale-by-election", _S2_B),
    _page("https://www.ashworthadvertiser.example/news/politics/hepworth-wins-by-election-for-reform", _S2_C),
    _page("https://www.albionpress.example/politics/uk-reform-wins-ashworth-pennine-vale-by-election-20260515/", _S2_D),
], [
    ("majority", r"\b1[, ]?567\b", r"\b1[, ]?657\b"),
    ("declaration time", r"\b0?3[.:]12(?!\d)", r"\b0?4[.:]12(?!\d)"),
])

# ===========================================================================
# STORY 3 - ct-OF3 - Supreme Court of Canada, R. v. Tessier (PLANTED)
# planted: vote split 6-3 on the Calgary paper page (others 5-4);
#          suspension 18 months on the broadcaster page (others 12 months)
# ===========================================================================

_S3_A = _wire_page(
    agency="Canadian Dispatch Service", host="www.cdsnews.example",
    path="/national/supreme-court-vehicle-infotainment-data-warrant-tessier-2026-06-12/",
    headline="Police need a warrant to search a car's infotainment system, Supreme Court rules",
    summary="A divided Supreme Court of Canada ruled 5-4 that a warrantless roadside download of data from a pickup truck's infotainment system breached the Charter.",
    byline="Mathieu Larochelle", published="2026-06-12T14:20:00Z", modified="2026-06-12T16:05:00Z",
    stamp="Published June 12, 2026 at 10:20 a.m. EDT · Updated 12:05 p.m. EDT", section="National",
    body=[
        "OTTAWA - Police in Canada generally need a warrant before pulling data from a vehicle's infotainment system, the Supreme Court of Canada ruled Friday in a 5-4 decision that overturns an Alberta man's drug-trafficking conviction.",
        "The majority found that an RCMP officer breached Marc-Antoine Tessier's Charter right to be secure against unreasonable search and seizure when he used a forensic tool to download location history, call logs and text messages from Tessier's pickup truck during a traffic stop near Red Deer in March 2022.",
        "The court also struck down the provision of Alberta's Traffic Safety Act that the officer relied on, section 71.3, to the extent it allows officers to extract stored communications and location data without a warrant. It suspended that declaration for 12 months to give the legislature time to respond.",
        "\"A modern vehicle is not merely a means of transport. It keeps a detailed record of where a person has been, whom they have called and what they have written,\" Justice Claire Desrosiers wrote for the majority, in reasons originally written in French.",
        "[AD]",
        "Writing for the four dissenting judges, Justice Robert Kaminski said the officer had acted in good faith under a law that was presumed valid at the time, and that the evidence should not have been excluded.",
        "\"The majority's approach will leave officers at the roadside guessing about what they may and may not look at,\" he wrote.",
        "The data led police to a storage unit in Lacombe, Alta., where they found 1.2 kilograms of fentanyl and about $84,000 in cash. Tessier was convicted in 2023 of possession for the purpose of trafficking and sentenced to nine years in prison.",
        "The Alberta Court of Appeal upheld the conviction in a 2-1 ruling in October 2024. Because one appeal judge dissented on a question of law, Tessier had an automatic right to appeal to the Supreme Court, which heard the case in November 2025.",
        "The majority excluded the evidence under section 24(2) of the Charter, set aside the conviction and entered an acquittal.",
        "Tessier's lawyer, Priyanka Dhaliwal of Calgary, said her client was relieved.",
        "\"This is a good day for everyone who drives a car. The court has said that the technology in your dashboard is as private as the phone in your pocket,\" she said in an interview.",
        "Alberta Justice Minister Colin Bergstrom said the province respected the decision and would use the next 12 months to bring the law into line with it.",
        "Alberta RCMP said it stopped using the extraction tool at roadside stops in late 2024, after the appeal court ruling, pending the Supreme Court's decision.",
        "The decision was released at 9:45 a.m. Eastern time.",
    ],
    related=[("Explainer: What is section 24(2) of the Charter?", "/national/explainer-charter-24-2/"),
             ("Supreme Court to hear Alberta vehicle data case", "/national/scc-to-hear-tessier-2025-11/")],
    credit_line="This report by Canadian Dispatch Service was first published June 12, 2026.",
    locale="en_CA",
)

_S3_B = _paper_page(
    paper="Calgary Chinook Herald", host="www.chinookherald.example",
    path="/news/crime/supreme-court-strikes-down-alberta-roadside-vehicle-data-power",
    headline="Supreme Court strikes down Alberta roadside vehicle data power, frees Red Deer man",
    dek="Top court says RCMP officer needed a warrant to download texts and GPS history from a pickup truck during a 2022 traffic stop on Highway 2.",
    byline="Kayla Morningstar", role="Courts reporter", published="2026-06-12T13:05:00-06:00",
    visible_date="Published Jun 12, 2026 · 1:05 p.m. MDT", section="Crime",
    hero=("The Supreme Court of Canada building in Ottawa.", "Chinook Herald file photo"),
    body=[
        "Canada's top court has struck down a section of Alberta's Traffic Safety Act that allowed officers to download data from a vehicle's built-in computer without a warrant, and has acquitted a man whose truck data led police to more than a kilogram of fentanyl.",
        "In a 6-3 decision released at 7:45 a.m. Alberta time Friday, the Supreme Court of Canada ruled the roadside download of Marc-Antoine Tessier's infotainment system was an unreasonable search under section 8 of the Charter of Rights and Freedoms.",
        "An RCMP officer stopped Tessier for speeding on Highway 2 just south of Red Deer on Monday, March 14, 2022. After Tessier gave what the officer considered evasive answers about where he was going, the officer plugged a forensic extraction tool into the truck's dashboard port and downloaded its GPS history, call logs and synced text messages.",
        "The location data pointed police to a storage unit in Lacombe, about 25 kilometres north of Red Deer, where they found 1.2 kilograms of fentanyl and roughly $84,000 in cash.",
        "Justice Claire Desrosiers, writing for the majority, said the power in section 71.3 of the Traffic Safety Act was written for checking things like a commercial vehicle's logbook, not for reading a driver's private messages.",
        "\"A modern vehicle is not merely a means of transport,\" she wrote. \"It keeps a detailed record of where a person has been, whom they have called and what they have written.\"",
        "[AD]",
        "The court declared the section of no force and effect as it applies to stored communications and location data, but suspended the declaration for 12 months so the province can rewrite it.",
        "Justice Robert Kaminski, writing for himself and two colleagues in dissent, said the officer had followed a law no court had yet questioned and that excluding the evidence would bring the administration of justice into disrepute.",
        "## Nine-year sentence set aside",
        "Tessier was convicted in Red Deer Court of King's Bench in September 2023 of possession of fentanyl for the purpose of trafficking. The Crown had asked for 11 years; the trial judge imposed nine.",
        "The Alberta Court of Appeal upheld the conviction in October 2024, with one of the three judges dissenting.",
        "With the evidence excluded, the Supreme Court entered an acquittal. Tessier, who has been out on bail pending the appeal, did not attend the Ottawa hearing last November.",
        "His lawyer, Calgary defence counsel Priyanka Dhaliwal, said the ruling protected every driver in the province.",
        "\"The technology in your dashboard is as private as the phone in your pocket. That's what the court said today,\" Dhaliwal told the Herald.",
        "## Province to rewrite law",
        "Justice Minister Colin Bergstrom said Alberta would \"use the next 12 months to bring the law into line\" with the ruling and would consult police and privacy experts.",
        "\"Our officers need clear rules, and this decision gives us the chance to write them,\" he said in a statement.",
        "Red Deer RCMP referred questions to the force's Alberta headquarters in Edmonton, which said roadside use of the extraction tool was halted in late 2024.",
    ],
    related=[("2024: Appeal court upholds Red Deer fentanyl conviction in split ruling", "/news/crime/appeal-court-upholds-tessier-2024"),
             ("Highway 2 speed cameras: what the province is planning", "/news/local/highway-2-speed-cameras"),
             ("Opinion: Your car knows more about you than your doctor", "/opinion/your-car-knows-more")],
    newsletter="Herald Headlines", city="Calgary", locale="en_CA",
)

_S3_C = _newsletter_page(
    name="Bench & Bar Weekly", host="www.benchbarweekly.example", path="/issues/2026-06-13-tessier-vehicle-data",
    headline="Tessier: the dashboard is a private place",
    teaser="A 5-4 Supreme Court of Canada extends section 8 protection to vehicle infotainment data and strikes an Alberta roadside power.",
    issue_line="Weekend edition · Saturday, June 13, 2026 · Vol. 19, No. 24",
    author="By Eleanor Vasquez-Mott, Contributing editor (criminal law)",
    in_this_issue=["R. v. Tessier, 2026 SCC 19: what the majority held", "The dissent and the s. 24(2) fault line", "What changes for Crown and police", "Docket: next week's releases"],
    body=[
        "On Friday the Supreme Court of Canada released R. v. Tessier, 2026 SCC 19, and the headline is simple: police need a warrant to extract stored communications and location data from a vehicle's infotainment system. The details are where the practice points lie, and the court split 5-4 on nearly all of them.",
        "## The facts, briefly",
        "In March 2022 an RCMP member stopped the accused's pickup near Red Deer, Alta., for speeding and, relying on s. 71.3 of Alberta's Traffic Safety Act, ran a commercial extraction tool on the truck's head unit. The download, which took about 20 minutes at the roadside, produced GPS history that led to a Lacombe storage locker containing 1.2 kg (roughly 2.6 lb) of fentanyl. The accused was convicted at trial in 2023 and sentenced to nine years. The Alberta Court of Appeal dismissed his appeal 2-1 in 2024, and the dissent on a question of law gave him an appeal as of right.",
        "## The majority",
        "Justice Claire Desrosiers (for five judges) held that a driver has a reasonable expectation of privacy in the stored data of a vehicle's infotainment system, which she likened to the data on a personal computer or phone. The reasons were written in French; the passage most likely to be quoted reads, in our own translation: \"A modern vehicle is more than a way of getting around: it keeps a detailed log of where someone went, who they called and what they wrote.\" (The court's official English version renders it as \"not merely a means of transport\".)",
        "The majority held that s. 71.3, a regulatory inspection power aimed at logbooks and equipment, could not be read as authorising the extraction of private communications, and that to the extent it did, it was not saved by s. 1. The declaration of invalidity is suspended for 12 months.",
        "[AD]",
        "## The dissent",
        "Justice Robert Kaminski (for four) did not quarrel much with the s. 8 analysis, but parted company on s. 24(2). Applying the Grant framework, he stressed the officer's good faith reliance on a statute presumed valid and the reliability of the physical evidence. The money line: the majority's approach \"will leave officers at the roadside guessing about what they may and may not look at.\"",
        "## What changes",
        "- Roadside extraction of stored messages and location data now requires a warrant, absent exigent circumstances.",
        "- Regulatory inspection powers in other provinces' highway statutes, several of which use similar wording, will face challenges. Counsel should review any file in which vehicle data was obtained without judicial authorisation.",
        "- For Alberta, the 12-month suspension runs to June 2027. Expect amending legislation in the fall sitting.",
        "The record before the court showed the power had been used in more than 3,400 roadside stops in Alberta between 2020 and 2024, a figure the intervener Canadian Digital Rights Coalition emphasised in argument last November.",
        "Counsel for the appellant, Priyanka Dhaliwal, told us the decision \"puts the dashboard on the same footing as the phone in your pocket.\" The Alberta Crown Prosecution Service said it was reviewing the reasons.",
        "## Docket",
        "Next week the court is scheduled to release two decisions on Thursday, including a Quebec appeal on solicitor-client privilege in tax audits.",
    ],
    related=[("Issue 2025-11-15: Tessier argued - the bench seemed split", "/issues/2025-11-15-tessier-argued"),
             ("Issue 2026-03-07: Phones, passcodes and the border", "/issues/2026-03-07-phones-border"),
             ("Practice note: challenging regulatory searches", "/practice-notes/regulatory-searches")],
    sponsor="Cartwright Legal Research", locale="en_CA",
)

_S3_D = _broadcast_page(
    network="Dominion Broadcast News", host="www.dbn.example",
    path="/news/canada/edmonton/supreme-court-vehicle-data-ruling-alberta-1.7342210",
    headline="Supreme Court says police need warrant to download car data",
    summary="Ruling frees Alberta man convicted after officer pulled GPS history and text messages from his truck's dashboard system during a traffic stop.",
    byline="Owen Whitehorse · DBN News", posted="Jun 12, 2026 4:30 PM ET", updated="Jun 12, 2026 7:15 PM ET",
    section="Canada", title_fmt="{h} | {n}",
    video_caption="What the Supreme Court ruling means for drivers",
    body=[
        "Police generally need a warrant before downloading data from a vehicle's infotainment system, the Supreme Court of Canada has ruled, in a closely divided decision that frees an Alberta man convicted of fentanyl trafficking.",
        "Five of the nine judges found that an RCMP officer violated Marc-Antoine Tessier's Charter rights when he used a forensic device to pull GPS history, call logs and text messages from Tessier's truck during a speeding stop outside Red Deer in 2022. Four judges disagreed, making it a 5-4 ruling.",
        "The court also struck down part of Alberta's Traffic Safety Act, which the officer had relied on. But it gave the province 18 months to fix the law before the ruling takes effect.",
        "\"A modern vehicle is not merely a means of transport,\" Justice Claire Desrosiers wrote for the majority.",
        "In dissent, Justice Robert Kaminski warned the decision would leave officers at the roadside \"guessing about what they may and may not look at.\"",
        "[AD]",
        "## 'Your car is like your phone'",
        "Tessier's lawyer, Priyanka Dhaliwal, told DBN News the ruling meant \"the technology in your dashboard is as private as the phone in your pocket.\"",
        "Privacy advocates said many drivers do not realise how much their vehicles record. When a phone is paired with a car, the infotainment system can keep copies of contacts, call histories and messages long after the phone is gone.",
        "\"People sell their cars with years of their lives still sitting in the dashboard,\" said Farah Iqbal, legal director of the Canadian Digital Rights Coalition, which intervened in the case.",
        "## How the case got here",
        "The data the officer downloaded led police to a storage unit in Lacombe, Alta., where they found 1.2 kilograms of fentanyl and about $84,000 in cash. Tessier was convicted in 2023 and sentenced to nine years.",
        "Alberta's Court of Appeal upheld the conviction by a 2-1 vote in 2024. The dissenting appeal judge's view that the evidence should have been excluded gave Tessier an automatic right to go to the Supreme Court.",
        "On Friday the top court's majority agreed with that dissent, excluded the evidence and acquitted Tessier.",
        "## What happens now",
        "Alberta Justice Minister Colin Bergstrom said in a statement the province respects the decision and will rewrite the provision in the time the court has allowed.",
        "Legal experts say the decision could affect similar powers in other provinces.",
        "\"Most highway traffic laws were written when a car's most sophisticated electronics were the radio,\" said Prof. Daniel Osei, who teaches criminal procedure at the University of Alberta. \"Every province is going to be looking at its own statute this weekend.\"",
        "The RCMP said officers in Alberta stopped using the extraction tool at roadside in 2024.",
    ],
    related=[("What your car knows about you", "/news/technology/what-your-car-knows-1.7339001"),
             ("Red Deer man convicted in fentanyl case", "/news/canada/edmonton/red-deer-fentanyl-conviction-1.6951120"),
             ("Supreme Court hears Alberta car data appeal", "/news/politics/supreme-court-car-data-hearing-1.7188412")],
    locale="en_CA",
)

STORY_3 = _story("ct-OF3", "court", "2026-06-14", [
    _page("https://www.cdsnews.example/national/supreme-court-vehicle-infotainment-data-warrant-tessier-2026-06-12/", _S3_A),
    _page("https://www.chinookherald.example/news/crime/supreme-court-strikes-down-alberta-roadside-vehicle-data-power", _S3_B),
    _page("https://www.benchbarweekly.example/issues/2026-06-13-tessier-vehicle-data", _S3_C),
    _page("https://www.dbn.example/news/canada/edmonton/supreme-court-vehicle-data-ruling-alberta-1.7342210", _S3_D),
], [
    ("vote split", r"\b5[-–]4\b|\bfive[- ]to[- ]four\b|\b5 to 4\b|five[- ]four", r"\b6[-–]3\b|\bsix[- ]to[- ]three\b|\b6 to 3\b|six[- ]three"),
    ("suspension of the declaration", r"\b12[- ]months?\b|\btwelve[- ]months?\b|\bone year\b", r"\b18[- ]months?\b|\beighteen[- ]months?\b|year and a half"),
])

# ===========================================================================
# STORY 4 - tr-OF4 - Canada's June 2026 merchandise trade surplus (CONTROL)
# ===========================================================================

_S4_A = _wire_page(
    agency="Northstar Wire", host="www.northstarwire.example",
    path="/business/economy/canada-posts-surprise-june-trade-surplus-exports-jump-2026-08-06/",
    headline="Canada posts surprise June trade surplus as exports jump 4.6%",
    summary="Canada recorded a merchandise trade surplus of C$1.21 billion in June as exports of energy and autos rose, Statistics Canada said on Thursday.",
    byline="Grace Tremblay-Noor", published="2026-08-06T12:31:00Z", modified="2026-08-06T14:10:00Z",
    stamp="August 6, 2026 8:31 AM EDT · Updated 10:10 AM EDT", section="Business",
    body=[
        "OTTAWA, Aug 6 (Northstar) - Canada unexpectedly swung to a merchandise trade surplus in June as exports of crude oil and motor vehicles rebounded, Statistics Canada data showed on Thursday.",
        "The surplus was C$1.21 billion ($881 million), the first since January, compared with a revised deficit of C$2.46 billion in May. Analysts polled by Northstar had forecast a June deficit of C$1.5 billion. May's shortfall was initially reported as C$2.83 billion.",
        "Total exports rose 4.6% to C$66.93 billion, while imports fell 1.1% to C$65.72 billion.",
        "In volume terms, exports were up 2.9%, with higher prices accounting for the rest of the gain.",
        "Exports of energy products increased 9.0%, led by crude oil, as both prices and volumes rose. Exports of motor vehicles and parts climbed 7.3%, helped by an Ontario assembly plant that returned to full production after a retooling shutdown in May.",
        "[AD]",
        "Exports to the United States, which buys roughly three-quarters of Canada's goods exports, rose 6.2%, while imports from the U.S. slipped 0.8%. As a result, Canada's trade surplus with the United States widened to C$9.8 billion from C$7.1 billion in May.",
        "Exports to countries other than the United States fell 1.4%.",
        "On the import side, purchases of consumer goods fell 2.4%, and imports of aircraft and other transportation equipment dropped 14.8% after a large delivery in May. Including trade in services, Canada posted an overall surplus of C$0.31 billion in June.",
        "The Canadian dollar firmed to 1.3729 to the U.S. dollar, or 72.84 U.S. cents, after the data, from about 72.61 U.S. cents before the release.",
        "\"Don't read too much into one month. June had a lot of catch-up after the auto shutdowns in May, and oil prices did some of the heavy lifting,\" said Raj Velloso, senior economist at Laurentide Securities in Toronto.",
        "For the second quarter as a whole, exports fell 1.9% from the first quarter, while imports rose 0.7%, Statistics Canada said, which suggests trade was a drag on economic growth in the April-to-June period.",
        "International Trade Minister Anjali Brar said the numbers showed exporters were \"finding their footing\" after a volatile first half of the year.",
        "Megan Thibodeau, chief economist at the Canadian Exporters' Council, said the rise in exports to the United States was encouraging but that the decline in shipments to other markets was a concern. \"Diversification is supposed to be the insurance policy. In June the insurance policy shrank,\" she said.",
        "\"We are not taking anything for granted,\" Brar told reporters in Ottawa, referring to Canada's talks with the United States and Mexico as part of this year's joint review of their free trade agreement.",
        "Statistics Canada will publish July trade data on Sept. 3.",
    ],
    related=[("Canada's May trade deficit widens as auto exports slump", "/business/economy/canada-may-trade-deficit-2026-07-07/"),
             ("Loonie edges higher after trade data", "/markets/currencies/loonie-edges-higher-2026-08-06/"),
             ("U.S. trade deficit narrows in June", "/business/economy/us-trade-deficit-june-2026/")],
    credit_line="(Reporting by Grace Tremblay-Noor; Editing by Paul Vardy)",
    locale="en_CA",
)

_S4_B = _paper_page(
    paper="Pacific Coast Sentinel", host="www.pcsentinel.example",
    path="/business/canada-trade-surplus-june-2026-b-c-lumber-exports-slip",
    headline="Canada swings to trade surplus, but B.C. lumber exports slip",
    dek="Energy and autos drove a rebound in June exports. Forestry, the backbone of many B.C. towns, went the other way.",
    byline="Devinder Gill", role="Business reporter", published="2026-08-06T11:02:00-07:00",
    visible_date="August 6, 2026 11:02 AM PDT", section="Business",
    hero=("Container cranes at the Port of Vancouver's Centerm terminal.", "Sentinel photo by Aiko Brandt"),
    body=[
        "Canada posted its first merchandise trade surplus in five months in June, thanks to a jump in exports of oil and cars, but British Columbia's forestry sector did not share in the rebound.",
        "Statistics Canada said early this morning, at 5:30 a.m. Pacific time, that the country exported $1.2 billion more in goods than it imported in June. That followed a deficit of nearly $2.5 billion in May, a figure revised down from the $2.8 billion first reported. Economists had been expecting another deficit, of about $1.5 billion.",
        "Exports rose 4.6 per cent in June to $66.9 billion. Imports fell 1.1 per cent to $65.7 billion.",
        "The gains came mostly from Alberta and Ontario. Energy exports jumped nine per cent, and motor vehicle and parts exports climbed 7.3 per cent after an Ontario assembly plant finished retooling.",
        "[AD]",
        "Exports of forestry products and building and packaging materials fell 2.3 per cent, as U.S. home builders pulled back and lumber prices eased. Softwood lumber shipments south of the border continue to face U.S. anti-dumping and countervailing duties.",
        "\"June is a good headline number for the country, but up the coast and in the Interior it doesn't feel like a surplus,\" said Rhonda Carmichael, president of the B.C. Interior Forest Contractors' Association. \"We've had two mill curtailments in the Cariboo since spring.\"",
        "## Port volumes",
        "At the Port of Vancouver, Canada's largest, container volumes rose about four per cent in June from a year earlier, according to the port authority, which releases its monthly figures separately from Statistics Canada.",
        "Much of that increase was imports bound for Eastern Canada, said Liam Foster, a supply-chain analyst at the University of British Columbia's Sauder School of Business.",
        "## The bigger picture",
        "Nationally, exports to the United States rose 6.2 per cent in June, and Canada's trade surplus with its largest trading partner widened to $9.8 billion from $7.1 billion in May.",
        "Exports to all other countries fell 1.4 per cent, a reminder that efforts to diversify trade, including toward Asia, remain a long-term project.",
        "Raj Velloso, senior economist at Laurentide Securities, cautioned against reading too much into a single month, saying June had a lot of catch-up after auto plant shutdowns in May.",
        "B.C. Trade Minister Lorna Featherstone said the province would keep pressing Ottawa to make lumber a priority in talks with Washington.",
        "\"Every month that these duties stay in place costs B.C. workers,\" Featherstone said.",
        "The Canadian dollar rose after the report, trading at 72.84 U.S. cents by mid-morning in Toronto.",
        "All figures are in Canadian dollars and seasonally adjusted.",
    ],
    related=[("Cariboo sawmill announces six-week curtailment", "/business/cariboo-sawmill-curtailment"),
             ("Port of Vancouver container traffic up in spring", "/business/port-of-vancouver-spring-volumes"),
             ("What the CUSMA review means for B.C.", "/business/cusma-review-explainer")],
    newsletter="Sentinel Business", city="Vancouver", locale="en_CA",
)

_S4_C = _newsletter_page(
    name="Trade Flows Daily", host="www.tradeflowsdaily.example", path="/issue/2031/canada-june-surplus",
    headline="Canada flips to surplus; Australia keeps its cushion",
    teaser="Canada's June goods balance swung to a C$1.21bn surplus on oil and autos. Plus Australia's June numbers and what's next for UK data.",
    issue_line="Friday 7 August 2026 · Issue 2,031 · London",
    author="By Harriet Moss, Editor",
    in_this_issue=["Canada: June goods surplus of C$1.21bn", "Australia: June surplus narrows", "UK: June trade data due 13 August", "Chart of the day: North American auto flows"],
    body=[
        "Good morning. Two Commonwealth trade releases landed on Thursday, and one of them surprised.",
        "## Canada: a surplus nobody had pencilled in",
        "Statistics Canada's June release (out at 13:30 UK time on Thursday, 8:30am in Ottawa) showed a goods trade surplus of C$1.21bn, roughly £660m, against a consensus expectation of a C$1.5bn deficit. May's gap was revised to C$2.46bn from an initially reported C$2.83bn.",
        "- Exports: +4.6% m/m to C$66.93bn. Volumes +2.9%; prices +1.7%.",
        "- Imports: -1.1% to C$65.72bn, with consumer goods down 2.4% and aircraft and other transport equipment down 14.8% after a large delivery in May.",
        "- Energy exports +9.0%; motor vehicles and parts +7.3%; forestry and building products -2.3%.",
        "- With the US: exports +6.2%, imports -0.8%; bilateral surplus C$9.8bn (May: C$7.1bn).",
        "- With everyone else: exports -1.4%.",
        "Including services, where Canada ran a C$0.90bn deficit, the overall June balance was a surplus of C$0.31bn.",
        "The quarterly picture is less flattering: second-quarter exports were 1.9% below the first quarter's, while imports were 0.7% higher.",
        "[AD]",
        "Our read: more than a third of the export gain was prices, and a good chunk of the volume gain was autos catching up after a May shutdown at an Ontario assembly plant. Raj Velloso at Laurentide Securities put it neatly: \"Don't read too much into one month.\"",
        "Trade minister Anjali Brar said exporters were \"finding their footing\" and that Ottawa was \"not taking anything for granted\" in the continental free trade review.",
        "The Canadian dollar firmed to C$1.3729 per US dollar after the release.",
        "A note on units for UK readers: Statistics Canada's headline figures are seasonally adjusted and in current Canadian dollars, so a jump in oil prices flatters the export number even if not a single extra barrel leaves the country. The volume series is the better guide to real activity, and that rose 2.9%.",
        "## Australia: still in the black",
        "Australia also reported on Thursday, posting a June goods surplus of A$5.36bn, down from A$6.1bn in May as iron ore and coal export values fell. That marks more than eight years of unbroken monthly surpluses.",
        "## UK: next week",
        "ONS trade figures for June are due on Thursday 13 August, alongside the monthly GDP estimate. Consensus has the UK's total trade deficit, goods and services combined, narrowing slightly.",
        "## Chart of the day",
        "Canada's auto exports to the US have now recovered to within 3% of their level a year ago, after a sharp fall in the spring. Subscribers can download the full chart pack from the data desk.",
        "Statistics Canada's next trade release, for July, is on 3 September.",
    ],
    related=[("Issue 2,010: Canada's May gap and the auto shutdown", "/issue/2010/canada-may-deficit"),
             ("Issue 2,022: The CUSMA review, explained in 10 charts", "/issue/2022/cusma-review"),
             ("Issue 2,028: Australian iron ore exports and China's steel cuts", "/issue/2028/iron-ore")],
    sponsor="Harcourt Freight Finance", locale="en_GB",
)

_S4_D = _broadcast_page(
    network="GLB News", host="www.glbnews.example",
    path="/business/ontario-auto-exports-drive-canada-trade-surplus/",
    headline="Ontario auto plants help push Canada into trade surplus",
    summary="Car and parts exports rose 7.3 per cent in June, helping Canada to its first goods trade surplus since January.",
    byline="Natalie Osei-Brennan, Business reporter", posted="Fri., Aug. 7, 2026", updated=None, section="Business",
    video_caption="Autoworkers back on the line after retooling shutdown",
    body=[
        "Workers at an Ontario assembly plant that spent five weeks idle this spring were a big part of the reason Canada posted a goods trade surplus in June, according to figures released Thursday.",
        "Statistics Canada said exports of motor vehicles and parts rose 7.3 per cent from May, after the plant returned to full production following a retooling shutdown.",
        "Overall, Canada exported $1.21 billion more in goods than it imported in June, its first monthly surplus since January. In May, the country ran a deficit of $2.46 billion.",
        "Total exports rose 4.6 per cent, while imports fell 1.1 per cent.",
        "\"We were sitting at home in May wondering if the new line was ever going to start. In June we were running Saturdays,\" said Sandra Mbeki, president of the union local that represents about 2,600 hourly workers at the plant.",
        "[AD]",
        "Energy exports also rose, by nine per cent, as crude oil prices climbed.",
        "Measured by volume, which strips out price changes, exports rose 2.9 per cent. Imports of consumer goods fell 2.4 per cent, which some economists read as a sign that households are being more careful with their spending.",
        "Economists said the surplus, while welcome, probably overstates the strength of Canadian trade.",
        "\"June had a lot of catch-up after the auto shutdowns in May, and oil prices did some of the heavy lifting,\" said Raj Velloso of Laurentide Securities. \"I'd be surprised if July looks as good.\"",
        "Economists had expected a deficit of about $1.5 billion for June.",
        "## Trade with the U.S.",
        "The surplus with the United States widened to $9.8 billion in June, the agency said. Exports to the U.S. rose 6.2 per cent.",
        "That comes as Canada, the U.S. and Mexico are in the middle of a formal review of their free trade agreement, known in Canada as CUSMA.",
        "\"These numbers show Canadian exporters are finding their footing, but we are not taking anything for granted,\" International Trade Minister Anjali Brar said Thursday.",
        "Ontario's economic development minister said in a statement that the province's auto sector had \"proved its resilience\" and called on Ottawa to keep autos \"front and centre\" in the review.",
        "## What's next",
        "Statistics Canada will release July's trade numbers on Sept. 3. Some economists expect auto exports to level off, as the rebound from the plant's return was a one-time boost.",
        "\"You only get to restart a plant once,\" Velloso said.",
        "The loonie closed Thursday at 72.80 U.S. cents, a little below its post-release high of 72.84 cents.",
    ],
    related=[("Canada's trade surplus: what the numbers mean", "/business/trade-surplus-explainer/"),
             ("Union, automaker reach deal on new line", "/business/union-automaker-deal/"),
             ("Gas prices in the GTA climb ahead of long weekend", "/news/gta-gas-prices/")],
    locale="en_CA", title_fmt="{h} - {n}",
)

STORY_4 = _story("tr-OF4", "trade", "2026-08-08", [
    _page("https://www.northstarwire.example/business/economy/canada-posts-surprise-june-trade-surplus-exports-jump-2026-08-06/", _S4_A),
    _page("https://www.pcsentinel.example/business/canada-trade-surplus-june-2026-b-c-lumber-exports-slip", _S4_B),
    _page("https://www.tradeflowsdaily.example/issue/2031/canada-june-surplus", _S4_C),
    _page("https://www.glbnews.example/business/ontario-auto-exports-drive-canada-trade-surplus/", _S4_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 5 - rk-OF5 - Austral Lift's Corella second test flight (PLANTED)
# planted: liftoff 6.17am on the local page (others 6:47 a.m. AEST);
#          peak altitude 312 km in the US newsletter (others 212 km / 132 miles)
# ===========================================================================

_S5_A = _wire_page(
    agency="Southern Wire Service", host="www.southernwire.example",
    path="/news/science/australian-rocket-reaches-space-falls-short-of-orbit-20260919/",
    headline="Australian-built rocket reaches space but falls short of orbit",
    summary="Austral Lift's Corella rocket reached an altitude of 212 kilometres on its second test flight from north Queensland before its second stage shut down early.",
    byline="Jacinta Mulvey", published="2026-09-18T21:25:00Z", modified="2026-09-19T01:40:00Z",
    stamp="19 September 2026 7:25am AEST · Updated 11:40am AEST", section="Science",
    body=[
        "BOWEN, Queensland, Sept 19 (SWS) - An Australian-designed rocket reached space for the first time on Saturday but failed to put its three small satellites into orbit after its second-stage engine shut down early, the company behind it said.",
        "Austral Lift's 24-metre Corella lifted off from the Bowen Orbital Spaceport at Abbot Point, north Queensland, at 6:47 a.m. local time (2047 GMT Friday), about 17 minutes into its launch window, on its second test flight.",
        "The first stage performed as planned and separated about two and a half minutes into the flight. The second stage ignited but shut down at about six minutes after liftoff, earlier than planned, after sensors detected a drop in pressure in its oxidiser tank, the company said.",
        "The rocket coasted to a peak altitude of about 212 km, well above the 100 km line commonly used to mark the edge of space, before falling back into the Coral Sea. The company lost contact with the vehicle 8 minutes and 41 seconds after launch.",
        "[AD]",
        "\"We went to space this morning. We didn't make orbit, and we'll find out why, but this vehicle did far more than it has ever done,\" Austral Lift chief executive Naomi Falk-Reynolds told reporters at the launch site.",
        "The rocket had been aiming for an orbit about 500 km above Earth.",
        "The Gold Coast-based company's first Corella flight, in August 2025, ended 23 seconds after liftoff, when the rocket lost thrust and fell back to the ground near the launch pad.",
        "Saturday's flight followed a scrubbed attempt on Friday morning, when strong upper-level winds forced the company to stand down shortly after 7:20 a.m.",
        "The payloads lost on Saturday included a cubesat built by students at Brisbane Technical University and a technology demonstration satellite built by Austral Lift itself. The third was a dummy mass.",
        "Falk-Reynolds said the company, which employs about 230 people, aimed to fly again within six months and that a third Corella was already in final assembly.",
        "Austral Lift has raised about A$140 million ($92 million) from private investors and government programmes since it was founded in 2017.",
        "Australian Space Agency head Alicia Tran said the flight was \"a significant step\" for the country's launch industry.",
        "\"Reaching space from Australian soil, on an Australian rocket, is something a lot of people said would not happen this decade,\" she said in a statement.",
        "No one was hurt, and the company said the rocket came down within the planned hazard area offshore.",
    ],
    related=[("Australia's first home-grown orbital rocket attempt ends seconds after launch", "/news/science/corella-first-flight-2025/"),
             ("Factbox: Australia's space launch sites", "/news/science/factbox-australia-launch-sites/")],
    credit_line="(Reporting by Jacinta Mulvey in Bowen; Editing by Kerry-Anne Walsh)",
    locale="en_AU",
)

_S5_B = _local_page(
    site="Whitsunday Coast Chronicle", host="www.whitsundaychronicle.example",
    path="/news/corella-rocket-roars-into-space-from-abbot-point",
    headline="Corella roars into space from Abbot Point as hundreds watch from Queens Beach",
    standfirst="Dawn launch lights up the sky over Bowen, but the rocket falls short of orbit.",
    byline="Words: Brodie Hanlon", date_line="Saturday 19 September 2026", published="2026-09-19T14:30:00+10:00",
    weather="Bowen today: Sunny, 16-27C. Wind SE 15km/h. Tides: high 10.42am",
    photo=("The Corella rocket climbs over Abbot Point, seen from Queens Beach.", "Shari Lindqvist"),
    body=[
        "Hundreds of people lined Queens Beach before sunrise on Saturday to watch the Corella rocket blast off from Abbot Point, and most of them went home happy, even if the rocket did not quite do everything it was meant to.",
        "The 24-metre rocket, built by Gold Coast company Austral Lift, lifted off at 6.17am, its orange exhaust plume visible for several minutes as it arced out over the Coral Sea.",
        "It was the second time a Corella has flown from the Bowen Orbital Spaceport. The first, in August last year, lasted just 23 seconds before the rocket fell back near the pad.",
        "This time the rocket reached space, climbing to about 212 kilometres, but the company said its second-stage engine shut down early and the rocket did not reach orbit. It came down in the ocean well offshore.",
        "\"I've lived in Bowen for 41 years and I never thought I'd see a rocket go up from the end of our road,\" said retiree Pam Corrigan, who arrived at the beach at 4.30am with a thermos and two folding chairs.",
        "[AD]",
        "Her grandson Jaxon, 9, was less concerned about the orbit. \"It was so loud. You could feel it in your chest,\" he said.",
        "Whitsunday Regional Council Mayor Greg Tully estimated about 300 people watched from Queens Beach and Horseshoe Bay, with more on boats in the bay.",
        "\"Bowen is on the map. Every time that rocket goes up, people around the world hear the name of our town,\" Cr Tully said.",
        "## Second try after Friday scrub",
        "Many of the same people had turned up on Friday, only to see the attempt called off because of high-altitude winds.",
        "Austral Lift chief executive Naomi Falk-Reynolds thanked locals for their patience.",
        "\"We went to space this morning. We didn't make orbit, and we'll find out why,\" she said at a media briefing at the spaceport after the launch.",
        "She said the company would look at the data over the coming weeks and hoped to fly again within six months.",
        "## Boost for local business",
        "Bowen businesses said launch weekends were now among their busiest of the year outside the winter tourist season.",
        "\"Friday and Saturday we did breakfast for about three times our usual numbers,\" said Tom Nguyen, who runs a cafe on Herbert Street. \"A lot of them were engineers and families from down south.\"",
        "Austral Lift employs about 230 people, around 40 of whom work at or near the spaceport, according to the company.",
        "The road to Abbot Point will reopen to the public from 6am Sunday after the exclusion zone is lifted.",
    ],
    related=[("Queens Beach foreshore upgrade: council seeks feedback", "/news/queens-beach-foreshore-upgrade"),
             ("Launch weekend road closures: what you need to know", "/news/launch-road-closures"),
             ("Bowen Bulls through to grand final", "/sport/bowen-bulls-grand-final")],
    locale="en_AU",
)

_S5_C = _newsletter_page(
    name="Orbital Ledger", host="www.orbitalledger.example", path="/p/corella-flight-2-space-yes-orbit-no",
    headline="Corella Flight 2: space yes, orbit no",
    teaser="Austral Lift's second Corella flight cleared the Karman line but its second stage shut down early.",
    issue_line="Friday, September 18, 2026 · Evening edition",
    author="By Marcus Delgado-Finch",
    in_this_issue=["Austral Lift's Corella reaches space on second try", "Launch roundup: the weekend manifest", "Funding: two small-launch raises this week"],
    body=[
        "Australia's small-launch scene got a partial win this afternoon. Austral Lift's Corella lifted off from the Bowen Orbital Spaceport in Queensland at 4:47 p.m. EDT Friday (6:47 a.m. Saturday local, 2047 UTC) on its second flight and made it to space, but not to orbit.",
        "## What happened",
        "- First stage: nominal burn of roughly 2.5 minutes, clean separation.",
        "- Second stage: ignited, then shut down at about T+6 minutes after a pressure drop in the oxidizer tank, per the company.",
        "- Apogee: about 312 km (194 miles), well past the Karman line.",
        "- Loss of signal: T+8:41. Impact in the Coral Sea, inside the planned hazard area.",
        "- Target: a roughly 500 km orbit with three payloads (a university cubesat, an in-house tech demo and a mass simulator).",
        "For comparison, Corella's debut in August 2025 lasted 23 seconds. Going from a pad-adjacent impact to a suborbital trajectory above 300 km in one step is real progress, and the company knows it.",
        "\"We went to space this morning. We didn't make orbit, and we'll find out why, but this vehicle did far more than it has ever done,\" CEO Naomi Falk-Reynolds said at a post-flight briefing.",
        "[AD]",
        "## Why it matters",
        "Australia has no operational domestic orbital launcher. Austral Lift, founded in 2017 and with about 230 employees, is one of a handful of companies trying to change that, and the Bowen site, about 20 degrees south of the equator, offers useful access to both equatorial and polar-ish trajectories over open water.",
        "The company has raised roughly A$140M (about US$92M). That is small by US standards, and a third flight, which the company says it wants to fly within six months, is probably needed before the next raise.",
        "Friday's first attempt (Thursday evening in the US) was scrubbed on upper-level winds. The second window opened at 6:30 a.m. local and the vehicle flew 17 minutes in.",
        "## Our take",
        "Early second-stage shutdowns are among the more common failure modes on young vehicles, and a pressure anomaly is, if it holds up, a tractable fix. The harder question is cadence: Austral Lift has now flown twice in 13 months. Customers want to see two flights in a row that both reach orbit.",
        "## Launch roundup",
        "This weekend: a crewed resupply flight from Florida on Sunday and a Starlink batch from Vandenberg. Next week: an Indian PSLV mission and the first flight of a new Chinese commercial solid rocket.",
        "## Funding",
        "Two small-launch raises crossed our desk this week: a US$45M Series B for a Colorado upper-stage startup and a EUR 20M bridge round for a Scottish launch company.",
    ],
    related=[("Corella Flight 1: 23 seconds, and what they learned", "/p/corella-flight-1-23-seconds"),
             ("The small-launch shakeout, one year on", "/p/small-launch-shakeout"),
             ("Map: every orbital launch site in the Southern Hemisphere", "/p/southern-hemisphere-launch-sites")],
    sponsor="Vantage Propulsion Test Services", locale="en_US",
)

_S5_D = _broadcast_page(
    network="Southern Cross Broadcasting", host="www.scbnews.example",
    path="/news/2026-09-20/austral-lift-corella-rocket-second-stage-fault-investigation",
    headline="Rocket company points to valve after Corella falls short of orbit",
    summary="Austral Lift says early data suggests a faulty pressurisation valve caused its Corella rocket's second stage to shut down early on Saturday.",
    byline="Ella Papadakis, Science reporter", posted="Sun 20 Sep 2026 at 9:10am", updated=None, section="Science",
    video_caption="Corella lifts off from Abbot Point near Bowen",
    body=[
        "The Queensland company behind the Corella rocket says a faulty valve is the most likely cause of the early engine shutdown that stopped it reaching orbit on Saturday morning.",
        "Austral Lift released preliminary findings last night, about 14 hours after the rocket lifted off from the Bowen Orbital Spaceport at Abbot Point at 6:47am AEST on Saturday.",
        "The company said a valve that helps keep the second stage's oxidiser tank pressurised appeared to have stuck partly closed about three minutes into the second-stage burn. As tank pressure fell, the rocket's flight computer shut the engine down, as it is programmed to do.",
        "\"The first stage was textbook. The second stage did exactly what it should do when it sees pressure falling, which is protect itself,\" chief technology officer Bram Oosthuizen said.",
        "\"The problem is that it shouldn't have seen pressure falling in the first place.\"",
        "[AD]",
        "The rocket still reached space, peaking at about 212 kilometres before falling into the Coral Sea. Contact was lost 8 minutes and 41 seconds after launch, a little under nine minutes into the flight.",
        "The three payloads on board, including a student-built cubesat from Brisbane Technical University, were lost.",
        "## 'We'll be back'",
        "Chief executive Naomi Falk-Reynolds said the company would fly again within six months.",
        "The company said the third Corella, already in final assembly at its Gold Coast factory, would be fitted with a redesigned valve before it is shipped north to Bowen. Austral Lift employs about 230 people and has raised about $140 million from investors and government programmes.",
        "\"We went to space. We didn't make orbit. We know a lot more today than we did on Friday,\" she told Southern Cross Broadcasting.",
        "Students from the university's space engineering club, who spent two years building their cubesat, said they were disappointed but proud.",
        "\"It went to space. Not many student satellites can say that, even if it was only for a few minutes,\" said team leader Priya Raman, 22.",
        "## First flight lasted 23 seconds",
        "Saturday's launch was the second attempt by Austral Lift to reach orbit. The company's first Corella flight, in August 2025, ended 23 seconds after liftoff.",
        "Space industry analyst Dr Tom Whitaker, of the University of Adelaide, said reaching space on the second attempt was a solid result.",
        "\"Most of the successful small launchers in the world failed at least once, and often twice, before they got to orbit,\" he said. \"The difference between this and a success may well be one valve.\"",
        "The Australian Space Agency said it was satisfied the flight had stayed within its approved safety zone, and that no approval changes would be needed before the next launch.",
    ],
    related=[("Corella rocket reaches space but falls short of orbit", "/news/2026-09-19/corella-rocket-launch-bowen"),
             ("Inside the Gold Coast factory building Australia's rockets", "/news/2026-06-02/austral-lift-factory-gold-coast"),
             ("Why Bowen? The case for launching from north Queensland", "/news/2025-08-10/why-bowen-spaceport")],
    locale="en_AU", title_fmt="{h} - {n}",
)

STORY_5 = _story("rk-OF5", "rocket", "2026-09-21", [
    _page("https://www.southernwire.example/news/science/australian-rocket-reaches-space-falls-short-of-orbit-20260919/", _S5_A),
    _page("https://www.whitsundaychronicle.example/news/corella-rocket-roars-into-space-from-abbot-point", _S5_B),
    _page("https://www.orbitalledger.example/p/corella-flight-2-space-yes-orbit-no", _S5_C),
    _page("https://www.scbnews.example/news/2026-09-20/austral-lift-corella-rocket-second-stage-fault-investigation", _S5_D),
], [
    ("liftoff time", r"\b6[:.]47(?!\d)", r"\b6[:.]17(?!\d)"),
    ("peak altitude", r"\b212\b|\b132 ?mi", r"\b312\b|\b194 ?mi"),
])

# ===========================================================================
# STORY 6 - eq-OF6 - North Canterbury earthquake (CONTROL)
# ===========================================================================

_S6_A = _live_page(
    site="NZ Newsline", host="www.nznewsline.example",
    path="/live/2026/11/11/north-canterbury-earthquake-live-updates",
    headline="North Canterbury earthquake: one dead as strong quake near Hanmer Springs shakes South Island - live updates",
    standfirst="A shallow magnitude 6.2 earthquake struck near Hanmer Springs at 1.38am. Follow the latest on damage, injuries, roads and aftershocks.",
    authors="Aroha Pene and Callum Reid",
    published="2026-11-11T01:52:00+13:00", modified="2026-11-11T11:40:00+13:00",
    key_points=[
        "Magnitude 6.2 quake (GeoNet) at 1.38am, 24km north-east of Hanmer Springs, 18km deep",
        "One person has died in Waiau; St John has treated 23 people as of 11.30am",
        "State of local emergency declared in Hurunui District",
        "No tsunami threat, says the National Emergency Management Agency",
    ],
    entries=[
        ("11.40am", "Chance of a large aftershock", [
            "GeoNet has published its first aftershock forecast. It puts the chance of a magnitude 6 or larger aftershock within the next 30 days at 11 per cent, and says dozens of aftershocks of magnitude 4 or more are likely over the next week.",
            "Duty seismologist Dr Isla Fenwick said the quake appeared to have occurred on or near the Hope Fault system. \"This was a shallow quake in a part of the country with a lot of active faults, so strong shaking near the epicentre is what we'd expect,\" she said.",
        ]),
        ("11.30am", "23 people treated", [
            "St John now says it has treated 23 people for quake-related injuries since 1.38am. Four have been taken to Christchurch Hospital, two of them in a serious condition. Most of the others had cuts, sprains and injuries from falls in the dark.",
        ]),
        ("10.15am", "Minister heading to Amberley", [
            "Emergency Management Minister Tama Whitcombe is flying to Christchurch and will drive to the Hurunui District Council offices in Amberley this afternoon. \"The priority today is making sure people are safe, warm and have water,\" he said.",
        ]),
        ("9.05am", "SH1 reopens, SH7 still closed", [
            "NZ Transport Agency says State Highway 1 north and south of Kaikoura reopened at 9am after overnight inspections. State Highway 7 over the Lewis Pass remains closed between Culverden and Springs Junction because of slips. All Hurunui schools are closed today.",
        ]),
        ("7.02am", "Power", [
            "Lines company Northline Power says about 5,900 customers are still without power, down from a peak of about 8,700 shortly after the quake.",
        ]),
        ("6.05am", "97 aftershocks", [
            "GeoNet says it has recorded 97 aftershocks so far. The largest, a magnitude 5.1 at 3.02am, was felt strongly in Hanmer Springs and Culverden.",
        ]),
        ("5.10am", "Police confirm one death", [
            "Police have confirmed that one person has died. A 71-year-old man was found in a house in Waiau where a chimney had collapsed into a bedroom. Police said his family had been told.",
            "St John says nine people have been treated so far, and three of them taken to hospital.",
        ]),
        ("4.25am", "State of emergency", [
            "Hurunui Mayor Judith Ransome has declared a state of local emergency for the district, which takes in Hanmer Springs, Culverden, Waiau and Amberley. The declaration was made at 4.20am. \"Our people are shaken, but they are looking after each other,\" she said.",
        ]),
        ("2.35am", "Magnitude revised to 6.2", [
            "GeoNet has revised the magnitude down to 6.2 from its initial estimate of 6.4. The US Geological Survey has it at 6.3. GeoNet says it received more than 31,000 felt reports within an hour, from as far away as Wellington and Dunedin.",
        ]),
        ("2.08am", "No tsunami threat", [
            "The National Emergency Management Agency says there is no tsunami threat to New Zealand from this earthquake. The epicentre was inland.",
        ]),
        ("1.52am", "Strong quake near Hanmer Springs", [
            "A strong earthquake has shaken much of the upper South Island. GeoNet's first estimate puts it at magnitude 6.4, 24km north-east of Hanmer Springs at a depth of 18km, at 1.38am. People in Christchurch, about 130km to the south, report long rolling shaking. Reports of items falling from shelves in Kaikoura and Cheviot.",
        ]),
    ],
    related=[("How to prepare for aftershocks", "/news/how-to-prepare-for-aftershocks"),
             ("Ten years on: how Kaikoura rebuilt after the 2016 quake", "/news/kaikoura-ten-years-on"),
             ("GeoNet explained: why magnitudes change after a quake", "/news/geonet-explained-magnitudes")],
    locale="en_NZ",
)

_S6_B = _wire_page(
    agency="Global Wire Service", host="www.gwsnews.example",
    path="/world/asia-pacific/strong-quake-hits-new-zealands-south-island-one-dead-2026-11-10/",
    headline="Strong quake hits New Zealand's South Island, one dead",
    summary="A magnitude 6.2 earthquake struck New Zealand's South Island early on Wednesday local time, killing one person and cutting power to thousands of homes.",
    byline="Ben Harrowell", published="2026-11-10T13:05:00Z", modified="2026-11-10T18:40:00Z",
    stamp="November 10, 2026 1:05 PM GMT · Updated 6:40 PM GMT", section="World",
    body=[
        "WELLINGTON, Nov 11 (GWS) - A strong, shallow earthquake struck a rural area of New Zealand's South Island early on Wednesday, killing one man, injuring several people and cutting power to thousands of homes, authorities said.",
        "The quake hit at 1:38 a.m. local time on Wednesday (1238 GMT Tuesday) about 24 km (15 miles) north-east of the alpine resort town of Hanmer Springs, at a depth of 18 km (11 miles), according to New Zealand's geological hazards agency GeoNet.",
        "GeoNet put its magnitude at 6.2, revising down an initial estimate of 6.4. The U.S. Geological Survey measured it at 6.3.",
        "Police said a 71-year-old man died in the small town of Waiau when a chimney collapsed into his bedroom. Ambulance service St John said it had treated nine people by early morning, three of whom were taken to hospital.",
        "[AD]",
        "The Hurunui District Council declared a state of local emergency before dawn. Mayor Judith Ransome said residents were \"shaken, but they are looking after each other.\"",
        "About 5,900 homes and businesses were still without electricity shortly after 7 a.m., down from a peak of about 8,700, the local lines company said.",
        "The shaking was felt across much of the South Island and in the capital, Wellington, at the southern tip of the North Island, where some residents said they were woken by swaying buildings. GeoNet received more than 31,000 reports from people who felt the quake.",
        "There was no tsunami threat, the National Emergency Management Agency said.",
        "GeoNet had recorded 97 aftershocks by 6 a.m., the largest of magnitude 5.1.",
        "[FIG]A damaged shop front in Culverden, New Zealand, November 11, 2026.|GWS/Mark Tennant",
        "New Zealand sits on the boundary of the Pacific and Australian tectonic plates and records thousands of earthquakes a year, most of them too small to be felt.",
        "The same region was hit by a magnitude 7.8 earthquake centred near Kaikoura in November 2016, which killed two people and caused landslides that cut the main coastal road and rail line for more than a year. A magnitude 6.3 earthquake in Christchurch in February 2011 killed 185 people.",
        "Wednesday's quake was centred about 130 km (80 miles) north of Christchurch, the South Island's largest city, where shaking was strong but there were no immediate reports of serious damage.",
        "Emergency Management Minister Tama Whitcombe said the government was ready to provide support. \"The priority today is making sure people are safe, warm and have water,\" he said in a statement.",
        "State Highway 7, one of the main routes across the Southern Alps, was closed by slips near Hanmer Springs, the transport agency said.",
    ],
    related=[("New Zealand quake: what we know so far", "/world/asia-pacific/nz-quake-what-we-know/"),
             ("Factbox: New Zealand's deadliest earthquakes", "/world/asia-pacific/factbox-nz-deadliest-quakes/")],
    credit_line="(Reporting by Ben Harrowell in Wellington; additional reporting by Lucy Craddock in Sydney; Editing by Michael Perry)",
    locale="en_NZ",
)

_S6_C = _paper_page(
    paper="The Harbour Herald", host="www.harbourherald.example",
    path="/world/oceania/one-dead-as-quake-rattles-new-zealand-s-south-island-20261111-p5xq2k.html",
    headline="One dead as quake rattles New Zealand's South Island",
    dek="The shallow quake struck late on Tuesday, Australian eastern time, near the alpine town of Hanmer Springs. No Australians are reported to have been hurt.",
    byline="Zoe Kallinikos", role="New Zealand correspondent", published="2026-11-11T10:15:00+11:00",
    visible_date="November 11, 2026 — 10.15am", section="World",
    hero=("A collapsed chimney on a house in Waiau, North Canterbury, on Wednesday morning.", "Photo: Hayden Cole"),
    title_sep=" - ",
    body=[
        "Wellington: A shallow earthquake has killed one man and injured more than 20 people in New Zealand's South Island, cutting roads and power and forcing the evacuation of a rest home.",
        "The quake struck at 11.38pm AEDT on Tuesday (1.38am Wednesday, New Zealand time), about 24 kilometres north-east of Hanmer Springs, a popular thermal-pools resort about two hours' drive north of Christchurch.",
        "The US Geological Survey measured the quake at magnitude 6.3. New Zealand's GeoNet agency, which first estimated 6.4, later settled on magnitude 6.2.",
        "A 71-year-old man died in Waiau, a farming town of about 250 people, when a chimney fell through the roof of his house. As of midday New Zealand time, St John ambulance had treated 23 people, four of whom were in Christchurch Hospital, two in a serious condition.",
        "Residents of a 30-bed rest home in Culverden were moved to the town's community hall after cracks appeared in one wing.",
        "[AD]",
        "\"It was the longest shake I've ever felt, and I lived through Kaikoura,\" said Culverden dairy farmer Shane Moriarty, whose milking shed lost part of its roof. \"The cows were bellowing. Everything in the house is on the floor.\"",
        "Hurunui District, which covers Hanmer Springs, Culverden and Waiau, remains under a state of local emergency, declared by Mayor Judith Ransome at 4.20am local time.",
        "The quake was felt as far away as Wellington, about 200 kilometres to the north-east across Cook Strait. There was no tsunami threat.",
        "## No reports of Australians hurt",
        "The Department of Foreign Affairs and Trade said it was not aware of any Australians among the dead or injured, but was in contact with New Zealand authorities. Hanmer Springs is a popular stop for Australian tourists, and many rent campervans in Christchurch.",
        "Sydney couple Mark and Janine Brereton, on a walking holiday, were staying in a motel in Hanmer Springs.",
        "\"The whole building was moving side to side. We grabbed our shoes and went out into the car park in our pyjamas,\" Janine Brereton said. \"The locals were so calm. Someone came round with blankets.\"",
        "The Hanmer Springs thermal pools, the town's main attraction, are closed while engineers inspect them.",
        "## A shaky neighbourhood",
        "The epicentre lies in a zone of active faults that also produced the magnitude 7.8 Kaikoura earthquake in November 2016, which killed two people. The deadliest recent quake in New Zealand, a magnitude 6.3 in Christchurch in February 2011, killed 185 people, among them several Australians.",
        "GeoNet had recorded close to 100 aftershocks by dawn, the biggest a magnitude 5.1 about an hour and a half after the main quake. It warns that more, and possibly larger, aftershocks are possible in the coming days.",
        "New Zealand's Emergency Management Minister, Tama Whitcombe, was due to visit the region on Wednesday afternoon.",
    ],
    related=[("From 2016: Magnitude 7.8 quake strikes New Zealand's South Island", "/world/oceania/kaikoura-quake-2016.html"),
             ("Smartraveller: New Zealand travel advice", "/travel/smartraveller-nz.html"),
             ("How Australia's east coast would fare in a big quake", "/national/east-coast-quake-risk.html")],
    newsletter="Morning Edition", city="Sydney", locale="en_AU",
)

_S6_D = _local_page(
    site="North Canterbury Star", host="www.northcanterburystar.example",
    path="/news/quake-toll-rises-to-two-as-hurunui-begins-clean-up",
    headline="Quake toll rises to two as Hurunui begins clean-up",
    standfirst="Culverden woman, 83, dies in hospital; aftershocks pass 400 and Lewis Pass road stays shut.",
    byline="By Megan Lockyer", date_line="Thursday, 12 November 2026", published=None,
    weather="Amberley: Fine, northwest winds. High 24, low 9",
    photo=("Volunteers clear bricks from a Waiau street on Thursday.", "Rob McAllister"),
    body=[
        "A second person has died after Wednesday's earthquake in North Canterbury.",
        "Police said an 83-year-old Culverden woman, who was injured in a fall at her home during the 1.38am quake, died in Christchurch Hospital this morning. Her death follows that of a 71-year-old Waiau man, who was killed when a chimney collapsed into his bedroom.",
        "\"This is a small district. Everyone knew one or both of them,\" Hurunui Mayor Judith Ransome said. \"We are grieving, and we are still working.\"",
        "St John said today that 31 people had now been treated for injuries related to the quake, and six had been admitted to hospital.",
        "The magnitude 6.2 quake, centred 24km north-east of Hanmer Springs at a depth of 18km, was the strongest to hit the district since the Kaikoura earthquake in 2016. GeoNet, which first put the magnitude at 6.4, has confirmed its final figure of 6.2.",
        "[AD]",
        "By 7am today GeoNet had recorded 412 aftershocks, including the magnitude 5.1 that followed at 3.02am on Wednesday. Duty seismologist Isla Fenwick said the rate of aftershocks was dropping as expected.",
        "\"People should still expect to feel them for weeks, and a larger one can't be ruled out,\" she said.",
        "## Roads and power",
        "State Highway 7 over the Lewis Pass remains closed between Culverden and Springs Junction. The transport agency said it hoped to reopen one lane by the weekend once two large slips near the Hanmer turnoff were cleared.",
        "Northline Power said 380 households were still without electricity this morning, most of them on rural roads west of Waiau. At the peak early on Wednesday, about 8,700 customers had lost power.",
        "A boil-water notice remains in place for Waiau and Rotherham after a water main broke.",
        "## Claims and help",
        "The Natural Hazards Commission said it had received about 1,400 claims by Thursday morning, mostly for chimneys, cracked plaster and broken water pipes.",
        "A welfare centre at the Culverden community hall is open from 8am to 8pm, and the Waiau rugby club rooms are serving hot meals. The state of local emergency, declared at 4.20am on Wednesday, remains in force until at least next Wednesday.",
        "Emergency Management Minister Tama Whitcombe visited Amberley and Waiau yesterday afternoon. He said the government would consider extra funding for the district once the council had a full picture of the damage.",
        "## 'We've done this before'",
        "For many in the district the quake brought back memories of 2016, and of stories of the 1888 North Canterbury earthquake, estimated at about magnitude 7, which damaged buildings in Hanmer and Culverden.",
        "\"We've done this before. We'll get the chimneys down, get the water back and get on with it,\" said Waiau volunteer fire brigade chief Dougal Fraser, whose crew worked through Wednesday night checking homes.",
        "Hurunui schools reopened today, except Waiau School, which will stay closed until engineers have checked its buildings.",
    ],
    related=[("Welfare centres: where to get help", "/news/quake-welfare-centres"),
             ("Hanmer Springs pools to reopen next week", "/news/hanmer-pools-reopen"),
             ("Photos: the morning after the quake", "/news/photos-morning-after-quake")],
    locale="en_NZ",
)

STORY_6 = _story("eq-OF6", "earthquake", "2026-11-13", [
    _page("https://www.nznewsline.example/live/2026/11/11/north-canterbury-earthquake-live-updates", _S6_A),
    _page("https://www.gwsnews.example/world/asia-pacific/strong-quake-hits-new-zealands-south-island-one-dead-2026-11-10/", _S6_B),
    _page("https://www.harbourherald.example/world/oceania/one-dead-as-quake-rattles-new-zealand-s-south-island-20261111-p5xq2k.html", _S6_C),
    _page("https://www.northcanterburystar.example/news/quake-toll-rises-to-two-as-hurunui-begins-clean-up", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
