"""Part MA of the story battery (web pages).

Written by engineer MA1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py MA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-MA1: Banco de Mexico cuts its overnight rate 25 bp to 6.75% on Thursday 26 March 2026 by a 4-1 vote (Deputy Governor Elizondo wanted a hold); CONTROL; traps: 25 bp / a quarter point / 6.75 per cent, 1 p.m. Mexico City = 1900 GMT = 3 p.m. ET, the peso at different moments (18.44 before, 18.51 after, 18.55 close against 18.42 on Wednesday, 18.95 retail in Monterrey branches), February's unanimous cut to 7.00%, analysts' year-end forecasts (6.50%, 6.25%), Fed range 3.25-3.50% and the 3.25-point / 325 bp gap, the 11.25% rate of early 2024, a poll of 20 of 24, next decision 14 May, minutes 9 April, statement wording translated two ways.
el-MA2: Chula Vista (California) mayoral election of Tuesday 3 November 2026 won by Councilmember Lorena Baptiste-Ruiz over Gerry Mankowski; PLANTED: Mankowski's Navy rank (retired captain vs retired commander, broadcaster) and the margin at Friday's count (6,118 vs 6,918, wire); traps: election-night, Thursday and Friday counts with their percentages, June primary shares, countywide vs city ballots still to count, turnout as of Friday, a sales-tax measure's share, concession told as Friday / last night / yesterday, swearing-in date.
ct-MA3: Arizona Supreme Court's 5-2 ruling of Tuesday 11 August 2026 voiding state groundwater permits for a data-centre campus near Eloy; PLANTED: who wrote the majority opinion (Kettering vs Okafor, wire) and the number of permits voided (14 vs 16, broadcaster); traps: the Court of Appeals' 2-1 ruling of 2025, acre-feet / cubic metres / gallons, 22 wells vs 14 permits, the 90-day stay, 10 a.m. MST = 1 p.m. ET, Tuesday vs 11 August vs yesterday, argument date 10 March, the company's investment figure.
tr-MA4: Mexico's May 2026 merchandise trade figures (INEGI, Friday 26 June 2026): record exports of $58.61bn (+9.4%) and a surplus of $2.84bn; CONTROL; traps: seasonally adjusted surplus, April's revised figure, May 2025, January-May totals, oil / non-oil / auto / manufacturing parts, the analysts' median forecast, peso conversion, a US Census figure for April, Laredo truck crossings, USMCA review date, Friday / last week.
rk-MA5: Arroyo Launch Systems' second Condor 1 flight reaching orbit from Vandenberg on Monday 14 September 2026 at 10:42 p.m. PDT; PLANTED: the liftoff time (10:24 p.m. / 0524 UTC, newsletter) and the number of satellites aboard (five vs four, broadcaster); traps: one moment told in PDT, UTC, EDT, Mexico City and Baja California time across midnight, window opening time, T-plus times, the first flight's failure after 74 seconds, Friday's scrub at T-41 s, 520 km / 323 miles, next flight in 2027.
eq-MA6: an earthquake off Guerrero at 11:52 p.m. on Wednesday 18 February 2026 (0552 GMT Thursday), magnitude 7.0 per Mexico's SSN and 7.1 per the USGS; CONTROL; traps: the agencies' magnitudes and SSN's preliminary 7.2, death toll rising 2 -> 4 -> 6 -> 7 -> 9 and injured counts with their times, the epicentre relative to San Marcos / Acapulco / the coast, aftershock counts by time, the largest aftershock (5.4), tsunami gauge in cm / inches, power restoration shares, the 2021 quake.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "MA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page furniture shared by the templates
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _blocks(blocks: list[Any], ad_label: str = "Advertisement") -> str:
    """Render article body blocks.

    A plain string is a paragraph; tuples are ("h", text), ("ad", unit),
    ("fig", src, caption, credit), ("pull", text), ("more", title, href),
    ("ul", [items]), ("table", [header], [[row], ...]).
    """
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_e(b)}</p>")
            continue
        kind = b[0]
        if kind == "h":
            out.append(f"<h2 class=\"body-subhead\">{_e(b[1])}</h2>")
        elif kind == "ad":
            unit = b[1] if len(b) > 1 else "mid-article"
            out.append(f"<div class=\"ad ad--inline\" data-ad-unit=\"{_e(unit)}\">"
                       f"<span class=\"ad__label\">{_e(ad_label)}</span>"
                       f"<div class=\"ad__slot\" id=\"gpt-{_e(unit)}\"></div></div>")
        elif kind == "fig":
            out.append(f"<figure class=\"body-figure\"><img src=\"{_e(b[1])}\" alt=\"\" loading=\"lazy\" width=\"960\" height=\"540\">"
                       f"<figcaption><span class=\"caption\">{_e(b[2])}</span> "
                       f"<span class=\"credit\">{_e(b[3])}</span></figcaption></figure>")
        elif kind == "pull":
            out.append(f"<blockquote class=\"pullquote\"><p>{_e(b[1])}</p></blockquote>")
        elif kind == "more":
            out.append(f"<p class=\"read-more\"><strong>Read more:</strong> <a href=\"{_e(b[2])}\">{_e(b[1])}</a></p>")
        elif kind == "ul":
            out.append("<ul class=\"body-list\">" + "".join(f"<li>{_e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            head = "".join(f"<th>{_e(x)}</th>" for x in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{_e(x)}</td>" for x in r) + "</tr>" for r in b[2])
            out.append(f"<table class=\"data-table\"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def _jsonld(kind: str, headline: str, url: str, site: str, author: str | None,
            published: str | None = None, modified: str | None = None,
            section: str | None = None, image: str | None = None,
            extra: dict[str, Any] | None = None) -> str:
    d: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                         "headline": headline, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                         "publisher": {"@type": "Organization", "name": site}}
    if author:
        d["author"] = [{"@type": "Person", "name": a.strip()} for a in author.split(" and ")]
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if section:
        d["articleSection"] = section
    if image:
        d["image"] = [image]
    if extra:
        d.update(extra)
    return "<script type=\"application/ld+json\">" + json.dumps(d, ensure_ascii=False) + "</script>"


def _links(items: list[tuple[str, str]] | tuple[()] , cls: str = "") -> str:
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"{_e(h)}\">{_e(t)}</a></li>" for t, h in items) + "</ul>"


def _share(url: str) -> str:
    u = _e(url)
    return ("<div class=\"share-bar\" aria-label=\"Share this article\">"
            f"<a class=\"share share--x\" href=\"https://x.example/intent/post?url={u}\">Share on X</a>"
            f"<a class=\"share share--fb\" href=\"https://facebook.example/sharer?u={u}\">Facebook</a>"
            f"<a class=\"share share--li\" href=\"https://linkedin.example/share?url={u}\">LinkedIn</a>"
            f"<a class=\"share share--wa\" href=\"https://whatsapp.example/send?text={u}\">WhatsApp</a>"
            f"<a class=\"share share--mail\" href=\"mailto:?body={u}\">Email</a>"
            "<button class=\"share share--copy\" type=\"button\">Copy link</button></div>")


def _cookie(site: str, variant: int = 0) -> str:
    texts = [
        f"{site} and our partners use cookies to run this site, remember your settings, measure audiences and show ads. Choose \u201cAccept all\u201d to agree, or manage your choices.",
        "We value your privacy. This website stores cookies on your device to improve your experience and for analytics and advertising. You may opt out of non-essential cookies.",
        "This site uses cookies. Some are needed for it to work; others help us understand how it is used and let us and our partners show you relevant advertising.",
    ]
    return ("<div id=\"consent-banner\" class=\"consent\" role=\"dialog\" aria-live=\"polite\">"
            f"<p>{_e(texts[variant % 3])} <a href=\"/privacy-policy\">Privacy policy</a></p>"
            "<button type=\"button\" class=\"consent__accept\">Accept all</button>"
            "<button type=\"button\" class=\"consent__reject\">Reject non-essential</button>"
            "<button type=\"button\" class=\"consent__manage\">Manage settings</button></div>")


# ---------------------------------------------------------------------------
# Template 1: wire agency
# ---------------------------------------------------------------------------

def _wire(*, site: str, short: str, domain: str, url: str, section: str, headline: str,
          dek: str, author: str, published: str, modified: str | None, stamp: str,
          dateline: str, body: list[Any], credit_line: str,
          lead: tuple[str, str, str] | None = None,
          related: list[tuple[str, str]] = (), cookie: int = 0) -> str:
    first, rest = body[0], body[1:]
    lead_html = ""
    if lead:
        lead_html = (f"<figure class=\"lead-media\"><img src=\"{_e(lead[0])}\" alt=\"\" width=\"1200\" height=\"675\">"
                     f"<figcaption>{_e(lead[1])} <span class=\"credit\">{_e(lead[2])}</span></figcaption></figure>")
    mod = f"<meta property=\"article:modified_time\" content=\"{_e(modified)}\">\n" if modified else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(dek)}">
<meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(dek)}">
<meta property="og:url" content="{_e(url)}">
<meta property="article:published_time" content="{_e(published)}">
{mod}<meta property="article:section" content="{_e(section)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_e(url)}">
<link rel="stylesheet" href="https://static.{domain}/assets/css/article.7c1e09.css">
{_jsonld("NewsArticle", headline, url, site, author, published, modified, section, lead[0] if lead else None)}
<script async src="https://ads.{domain}/tag/loader.js"></script>
</head>
<body class="page-article wire">
{_cookie(site, cookie)}
<header class="masthead">
  <a class="masthead__logo" href="https://www.{domain}/">{_e(site)}</a>
  <nav class="masthead__nav" aria-label="Sections"><ul>
    <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>
    <li><a href="/americas/">Americas</a></li><li><a href="/legal/">Legal</a></li><li><a href="/science/">Science</a></li>
    <li><a href="/sustainability/">Sustainability</a></li><li><a href="/graphics/">Graphics</a></li></ul></nav>
  <div class="masthead__tools"><a href="/search">Search</a> <a href="/account/sign-in">Sign in</a> <a class="btn" href="/register">Register</a></div>
</header>
<div class="ad ad--leaderboard"><span class="ad__label">Advertisement</span><div class="ad__slot" id="gpt-top"></div><a class="ad__report" href="/ad-feedback">Report this ad</a></div>
<main id="main-content">
<article class="story">
  <p class="story__kicker"><a href="/{_e(section.lower())}/">{_e(section)}</a></p>
  <h1 class="story__headline">{_e(headline)}</h1>
  <p class="story__dek">{_e(dek)}</p>
  <div class="story__meta"><p class="byline">By <a href="/authors/">{_e(author)}</a></p><p class="timestamp"><time>{_e(stamp)}</time></p></div>
  {_share(url)}
  {lead_html}
  <div class="story__body">
<p><span class="dateline">{_e(dateline)} ({_e(short)}) -</span> {_e(first)}</p>
{_blocks(rest)}
  </div>
  <p class="story__credits">{_e(credit_line)}</p>
  <p class="story__standards"><a href="/about/standards">Our Standards: The {_e(site)} Editorial Principles.</a></p>
  <div class="story__licensing"><a href="/licensing">Purchase Licensing Rights</a>, opens new tab</div>
</article>
<aside class="rail">
  <div class="ad ad--mpu"><span class="ad__label">Advertisement</span><div class="ad__slot" id="gpt-rail-1"></div></div>
  <section class="rail__section"><h3>Read Next</h3>{_links(list(related), "rail__list")}</section>
  <div class="ad ad--mpu"><span class="ad__label">Advertisement</span><div class="ad__slot" id="gpt-rail-2"></div></div>
</aside>
</main>
<section class="newsletter-signup"><h3>Get the {_e(short)} Daily Briefing</h3><p>The stories that matter, in your inbox before the markets open.</p><form action="/newsletters/subscribe"><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form></section>
<footer class="site-footer">
  <nav><ul><li><a href="/about/">About {_e(site)}</a></li><li><a href="/careers/">Careers</a></li><li><a href="/contact/">Contact us</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy-policy">Privacy</a></li><li><a href="/cookie-settings">Cookie settings</a></li></ul></nav>
  <p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
  <p>&copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 2: newspaper
# ---------------------------------------------------------------------------

def _paper(*, site: str, domain: str, url: str, section: str, headline: str, dek: str,
           author: str, author_title: str, published: str | None, stamp: str,
           masthead_date: str, body: list[Any], lead: tuple[str, str, str] | None = None,
           related: list[tuple[str, str]] = (), most_read: list[str] = (),
           tags: list[str] = (), cookie: int = 1, comments: int | None = None) -> str:
    lead_html = ""
    if lead:
        lead_html = (f"<figure class=\"article-hero\"><picture><img src=\"{_e(lead[0])}\" alt=\"{_e(lead[1])}\"></picture>"
                     f"<figcaption><p class=\"article-hero__caption\">{_e(lead[1])}</p><p class=\"article-hero__credit\">{_e(lead[2])}</p></figcaption></figure>")
    meta_pub = f"<meta property=\"article:published_time\" content=\"{_e(published)}\">\n" if published else ""
    ld = _jsonld("NewsArticle", headline, url, site, author, published, None, section,
                 lead[0] if lead else None) if published else ""
    tag_html = "".join(f"<a class=\"tag\" href=\"/topics/{_e(t.lower().replace(' ', '-'))}/\">{_e(t)}</a>" for t in tags)
    mr = "".join(f"<li><span class=\"rank\">{i + 1}</span> <a href=\"/most-read/{i + 1}\">{_e(t)}</a></li>" for i, t in enumerate(most_read))
    com = f"<section class=\"comments\"><h3>Comments ({comments})</h3><p>Comments are open to subscribers. Please keep it civil and on topic. <a href=\"/community-guidelines\">Community guidelines</a></p></section>" if comments is not None else ""
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{_e(dek)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(dek)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:type" content="article">
{meta_pub}<meta name="author" content="{_e(author)}">
<link rel="canonical" href="{_e(url)}">
<link rel="preload" href="https://cdn.{domain}/fonts/serif-display.woff2" as="font" crossorigin>
<link rel="stylesheet" href="https://cdn.{domain}/css/main.min.css?v=2026.3">
{ld}
</head>
<body class="template-article section-{_e(section.lower().replace(' ', '-'))}">
{_cookie(site, cookie)}
<div class="top-bar"><span class="top-bar__date">{_e(masthead_date)}</span> <a href="/e-edition">Today's Paper</a> <a href="/subscribe" class="top-bar__cta">Subscribe: 99&cent; for 3 months</a> <a href="/login">Log in</a></div>
<header class="site-header">
  <a class="site-header__logo" href="https://www.{domain}/"><span>{_e(site)}</span></a>
  <nav class="site-nav"><ul>
    <li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/politics/">Politics</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li>
    <li><a href="/lifestyle/">Life</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/marketplace/">Marketplace</a></li></ul></nav>
</header>
<div class="ad-wrapper ad-wrapper--top"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-top"></div></div>
<main class="main">
<article class="article">
  <header class="article-header">
    <p class="article-section"><a href="/{_e(section.lower().replace(' ', '-'))}/">{_e(section)}</a></p>
    <h1 class="article-title">{_e(headline)}</h1>
    <h2 class="article-dek">{_e(dek)}</h2>
    <div class="article-byline"><img class="byline-photo" src="https://cdn.{domain}/staff/headshot-placeholder.jpg" alt=""><p>By <a href="/staff/">{_e(author)}</a><br><span class="byline-title">{_e(author_title)}</span></p></div>
    <p class="article-dateline"><time>{_e(stamp)}</time></p>
    {_share(url)}
  </header>
  {lead_html}
  <div class="article-body">
{_blocks(body)}
  </div>
  <div class="article-tags">{tag_html}</div>
  <section class="newsletter-promo"><h3>Get the morning briefing</h3><p>Sign up for our free weekday newsletter with the day's top local and business stories.</p><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form><p class="fine-print">By signing up you agree to our Terms of Service and Privacy Policy.</p></section>
  {com}
</article>
<aside class="sidebar">
  <div class="ad-wrapper ad-wrapper--side"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-side-1"></div></div>
  <section class="most-read"><h3>Most Read</h3><ol>{mr}</ol></section>
  <section class="related"><h3>Related Coverage</h3>{_links(list(related), "related-list")}</section>
  <div class="ad-wrapper ad-wrapper--side"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-side-2"></div></div>
</aside>
</main>
<footer class="site-footer">
  <div class="footer-logo">{_e(site)}</div>
  <ul class="footer-links"><li><a href="/about-us/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/ethics-policy/">Ethics Policy</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Service</a></li><li><a href="/do-not-sell/">Do Not Sell or Share My Personal Information</a></li></ul>
  <p class="copyright">Copyright &copy; 2026 {_e(site)}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 3: broadcaster (no machine-readable date, only a visible stamp)
# ---------------------------------------------------------------------------

def _broadcast(*, site: str, domain: str, url: str, section: str, headline: str,
               author: str, stamp: str, body: list[Any], video_caption: str,
               related: list[tuple[str, str]] = (), trending: list[str] = (),
               tagline: str = "", cookie: int = 2) -> str:
    tr = "".join(f"<li><a href=\"/trending/{i}\">{_e(t)}</a></li>" for i, t in enumerate(trending))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:image" content="https://media.{domain}/thumbs/default-share.jpg">
<meta name="twitter:site" content="@{_e(site.replace(' ', ''))}">
<link rel="stylesheet" href="https://media.{domain}/static/bundle.css">
<script src="https://media.{domain}/static/player.js" defer></script>
</head>
<body class="story-page">
{_cookie(site, cookie)}
<div class="breaking-strip"><a href="/live">WATCH LIVE</a> <span>{_e(tagline)}</span></div>
<header class="brand-header">
  <a href="https://{domain}/" class="brand-logo">{_e(site)}</a>
  <nav class="brand-nav"><ul><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/traffic">Traffic</a></li><li><a href="/investigations">Investigations</a></li><li><a href="/video">Video</a></li><li><a href="/tv-schedule">TV Schedule</a></li><li><a href="/contests">Contests</a></li></ul></nav>
  <a class="btn-app" href="/apps">Get the app</a>
</header>
<main>
  <div class="video-player" data-autoplay="false"><div class="video-placeholder"><button class="play">Play video</button></div><p class="video-caption">{_e(video_caption)}</p></div>
  <div class="story-container">
    <p class="category">{_e(section)}</p>
    <h1>{_e(headline)}</h1>
    <div class="author-block"><span class="author">{_e(author)}</span><span class="timestamp">{_e(stamp)}</span></div>
    {_share(url)}
    <div class="story-body">
{_blocks(body, "ADVERTISEMENT")}
    </div>
    <p class="copyright-note">Copyright 2026 {_e(site)}. All rights reserved.</p>
    <div class="report-typo"><a href="/contact/report-a-typo">See a spelling or grammar error in our story? Please include the headline.</a></div>
  </div>
  <aside class="sidebar-right">
    <div class="adunit"><span class="adunit__label">ADVERTISEMENT</span></div>
    <section class="trending"><h3>Trending Now</h3><ul>{tr}</ul></section>
    <section class="more-stories"><h3>More Stories</h3>{_links(list(related), "more-list")}</section>
    <div class="adunit"><span class="adunit__label">ADVERTISEMENT</span></div>
  </aside>
</main>
<section class="app-promo"><p>Download our free app for breaking news alerts and live video.</p></section>
<footer class="brand-footer"><ul><li><a href="/about">About Us</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/fcc">FCC Public File</a></li><li><a href="/eeo">EEO Report</a></li><li><a href="/closed-captioning">Closed Captioning</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul><p>&copy; 2026 {_e(site)}. A member of the Continental Broadcast Group.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 4: trade / specialist newsletter (web edition, visible date only)
# ---------------------------------------------------------------------------

def _newsletter(*, site: str, domain: str, url: str, issue: str, date_line: str,
                headline: str, author: str, toc: list[str], body: list[Any],
                briefs: list[tuple[str, str]] = (), sponsor: str = "", cookie: int = 0) -> str:
    toc_html = "".join(f"<li>{_e(t)}</li>" for t in toc)
    br = "".join(f"<div class=\"brief\"><h4>{_e(h)}</h4><p>{_e(t)}</p></div>" for h, t in briefs)
    sp = (f"<div class=\"sponsor-block\"><span class=\"ad-label\">Advertisement</span><p>{_e(sponsor)}</p></div>" if sponsor else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} &mdash; {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(site)} {_e(issue)}: {_e(headline)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:type" content="website">
<link rel="stylesheet" href="https://{domain}/theme/newsletter.css">
</head>
<body class="newsletter-web">
{_cookie(site, cookie)}
<header class="nl-header">
  <a class="nl-brand" href="https://{domain}/">{_e(site)}</a>
  <nav><a href="/archive">Archive</a> <a href="/about">About</a> <a href="/pricing">Pricing</a> <a class="nl-subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></nav>
</header>
<main class="nl-issue">
  <p class="nl-issue-no">{_e(issue)} &middot; <span class="nl-date">{_e(date_line)}</span></p>
  <section class="nl-toc"><h3>In this issue</h3><ol>{toc_html}</ol></section>
  {sp}
  <article class="nl-lead">
    <h1>{_e(headline)}</h1>
    <p class="nl-author">By {_e(author)}</p>
{_blocks(body)}
  </article>
  <section class="nl-briefs"><h3>Briefly</h3>{br}</section>
  <section class="nl-cta"><h3>Was this forwarded to you?</h3><p>Subscribe to get every issue, plus access to our data archive and analyst calls.</p><a class="btn" href="/subscribe">Start a free 14-day trial</a></section>
  {_share(url)}
</main>
<footer class="nl-footer"><p>You are receiving this because you subscribed to {_e(site)}. <a href="/preferences">Update preferences</a> or <a href="/unsubscribe">unsubscribe</a>.</p><p>&copy; 2026 {_e(site)}. Redistribution outside your organisation requires a group licence.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 5: local news site
# ---------------------------------------------------------------------------

def _local(*, site: str, domain: str, url: str, section: str, headline: str, dek: str,
           author: str, published: str | None, modified: str | None, stamp: str,
           body: list[Any], weather: str, lead: tuple[str, str, str] | None = None,
           related: list[tuple[str, str]] = (), sponsored: list[str] = (), cookie: int = 1) -> str:
    lead_html = ""
    if lead:
        lead_html = (f"<div class=\"featured-image\"><img src=\"{_e(lead[0])}\" alt=\"\">"
                     f"<p class=\"wp-caption-text\">{_e(lead[1])} ({_e(lead[2])})</p></div>")
    meta = ""
    if published:
        meta += f"<meta property=\"article:published_time\" content=\"{_e(published)}\">\n"
    if modified:
        meta += f"<meta property=\"article:modified_time\" content=\"{_e(modified)}\">\n"
    sp = "".join(f"<li class=\"sponsored\"><span class=\"ad-label\">Sponsored</span> {_e(s)}</li>" for s in sponsored)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} &#8211; {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(dek)}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
{meta}<link rel="canonical" href="{_e(url)}">
<link rel="stylesheet" id="theme-css" href="https://{domain}/wp-content/themes/localnews/style.css?ver=4.2.1" media="all">
{_jsonld("NewsArticle", headline, url, site, author, published, modified, section, lead[0] if lead else None)}
</head>
<body class="post-template-default single single-post">
{_cookie(site, cookie)}
<div class="utility-bar"><span class="weather-widget">{_e(weather)}</span> <a href="/donate">Support local journalism &ndash; Donate</a> <a href="/newsletter">Newsletter</a></div>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://{domain}/">{_e(site)}</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/category/news/">News</a></li><li><a href="/category/government/">Government</a></li><li><a href="/category/education/">Education</a></li><li><a href="/category/business/">Business</a></li><li><a href="/category/community/">Community</a></li><li><a href="/events/">Events</a></li><li><a href="/category/opinion/">Opinion</a></li></ul></nav>
</header>
<div class="ad-container ad-header"><span class="ad-label">Advertisement</span></div>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail">
  <header class="entry-header">
    <span class="cat-links"><a href="/category/{_e(section.lower())}/" rel="category tag">{_e(section)}</a></span>
    <h1 class="entry-title">{_e(headline)}</h1>
    <p class="entry-subtitle">{_e(dek)}</p>
    <div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/">{_e(author)}</a></span></span> <span class="posted-on">{_e(stamp)}</span></div>
  </header>
  {lead_html}
  {_share(url)}
  <div class="entry-content">
{_blocks(body)}
  </div>
  <div class="donation-box"><h3>Local news is a public good</h3><p>{_e(site)} is a nonprofit newsroom. If this story helped you, consider becoming a member for as little as $5 a month.</p><a class="button" href="/donate">Become a member</a></div>
  <footer class="entry-footer"><p class="republish">Republish this story for free under our Creative Commons license.</p></footer>
</article>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>{_links(list(related))}</section>
  <section class="widget widget_sponsored"><h2 class="widget-title">From our partners</h2><ul>{sp}</ul></section>
  <div class="ad-container ad-sidebar"><span class="ad-label">Advertisement</span></div>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/about/">About</a> | <a href="/staff/">Staff</a> | <a href="/ethics/">Ethics &amp; corrections</a> | <a href="/privacy/">Privacy</a> | <a href="/contact/">Contact</a><p>&copy; 2026 {_e(site)}. Proudly powered by local readers.</p></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Template 6: live blog
# ---------------------------------------------------------------------------

def _liveblog(*, site: str, domain: str, url: str, headline: str, summary: str,
              published: str, modified: str, stamp: str, key_points: list[str],
              entries: list[tuple[str, str, str, list[Any]]], authors: str,
              related: list[tuple[str, str]] = (), cookie: int = 2) -> str:
    """entries: (iso time, visible time, heading, body blocks), newest first."""
    ent = []
    for iso, vis, head, blocks in entries:
        ent.append(f"<div class=\"lb-post\" data-time=\"{_e(iso)}\"><p class=\"lb-post__time\"><time>{_e(vis)}</time></p>"
                   f"<h3 class=\"lb-post__title\">{_e(head)}</h3>{_blocks(blocks)}"
                   f"<div class=\"lb-post__share\"><button type=\"button\">Share this post</button></div></div>")
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    ld = _jsonld("LiveBlogPosting", headline, url, site, authors, published, modified, "News", None,
                 {"coverageStartTime": published, "coverageEndTime": modified})
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(summary)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="article:published_time" content="{_e(published)}">
<meta property="article:modified_time" content="{_e(modified)}">
<link rel="canonical" href="{_e(url)}">
<link rel="stylesheet" href="https://{domain}/css/live.css">
{ld}
</head>
<body class="liveblog">
{_cookie(site, cookie)}
<header class="lb-header"><a class="logo" href="https://{domain}/">{_e(site)}</a><nav><a href="/">Home</a> <a href="/nacional">Nation</a> <a href="/estados">States</a> <a href="/mundo">World</a> <a href="/opinion">Opinion</a> <a href="/english">English</a></nav></header>
<div class="ad ad-top"><span class="ad-label">Advertisement</span></div>
<main class="lb-main">
  <p class="lb-badge">LIVE</p>
  <h1>{_e(headline)}</h1>
  <p class="lb-summary">{_e(summary)}</p>
  <p class="lb-stamp">{_e(stamp)}</p>
  <p class="lb-authors">Reporting: {_e(authors)}</p>
  {_share(url)}
  <section class="lb-keypoints"><h2>Key points</h2><ul>{kp}</ul></section>
  <div class="lb-feed">
{chr(10).join(ent)}
  </div>
  <div class="ad ad-feed"><span class="ad-label">Advertisement</span></div>
</main>
<aside class="lb-related"><h3>Related</h3>{_links(list(related))}</aside>
<footer class="lb-footer"><p>&copy; 2026 {_e(site)}. Todos los derechos reservados / All rights reserved.</p><p><a href="/aviso-de-privacidad">Privacy notice</a> &middot; <a href="/terminos">Terms</a></p></footer>
</body>
</html>
"""


# ===========================================================================
# Story 1 - cb-MA1 - Banco de Mexico rate cut (CONTROL: outlets agree on every fact)
# Facts: Thu 26 Mar 2026, 1:00 p.m. Mexico City (UTC-6) = 1900 GMT = 3 p.m. EDT;
# overnight interbank rate target 7.00% -> 6.75% (-25 bp); vote 4-1, Deputy Governor
# Tomas Elizondo Rangel for a hold at 7.00%; Governor Adriana Solis Montano; February 5 cut
# 7.25% -> 7.00% unanimous; 1H March inflation 3.86%, core 4.12%; target 3% +/- 1 pt;
# convergence forecast Q3 2027; next decision Thu 14 May; minutes Thu 9 April; Fed range
# 3.25-3.50% held 18 March; peso 18.44 before / 18.51 about 40 min after / close 18.55 vs
# Wednesday's 18.42 close.
# ===========================================================================

_S1_A = _wire(
    site="Meridian Wire", short="Meridian", domain="meridianwire.example",
    url="https://www.meridianwire.example/markets/mexico-central-bank-cuts-key-rate-675-deputy-governor-dissents-2026-03-26/",
    section="Markets",
    headline="Mexico's central bank cuts key rate to 6.75%, deputy governor dissents",
    dek="Banxico lowers borrowing costs for the second time this year; board splits 4-1 as one member argues for a pause",
    author="Daniela Orozco and Felipe Arriaga",
    published="2026-03-26T19:06:00Z", modified="2026-03-26T19:52:00Z",
    stamp="March 26, 2026 7:06 PM GMT \u00b7 Updated 46 min ago",
    dateline="MEXICO CITY, March 26",
    lead=("https://img.meridianwire.example/2026/03/26/banxico-building-0326.jpg",
          "The headquarters of the Bank of Mexico in the historic centre of Mexico City, January 14, 2026.",
          "Meridian Wire/Ulises Bravo/File Photo"),
    body=[
        "Mexico's central bank lowered its benchmark interest rate by 25 basis points to 6.75% on Thursday, taking its easing campaign into a second meeting this year even as one of the five members of its governing board argued that it was time to stop.",
        "The Bank of Mexico's board voted 4-1 for the reduction, according to the statement it published at 1900 GMT. Deputy Governor Tomas Elizondo Rangel was the dissenter, voting to keep the overnight interbank rate target at 7.00%.",
        "The outcome matched the forecasts of 20 of 24 analysts polled by Meridian Wire earlier this week. The remaining four had expected the bank, known as Banxico, to leave borrowing costs on hold.",
        "In its statement the board said headline inflation had eased in recent weeks and that economic activity continued to show significant slack. It added that it would \u201cevaluate further adjustments\u201d to the reference rate, wording that analysts read as keeping more cuts on the table without promising any.",
        ("ad", "wire-mid-1"),
        "Data published by the national statistics agency INEGI on Tuesday showed annual headline inflation slowing to 3.86% in the first half of March. The core index, which leaves out farm products, energy and prices set by the government, stood at 4.12%.",
        "Banxico aims to hold inflation at 3%, allowing a margin of one percentage point in either direction. The board kept its projection that headline inflation will reach that goal in the third quarter of 2027.",
        "The central bank had lowered the rate by the same amount, to 7.00% from 7.25%, at its previous meeting on Feb. 5, when all five board members backed the move. Elizondo's vote on Thursday was his first dissent since he joined the board, and the statement did not explain it. The board publishes detailed minutes of each meeting two weeks after the announcement, which puts the next release on April 9.",
        "\u201cThe dissent is what people will be trading on tonight,\u201d said Jorge Kessler, an emerging-markets strategist at Brightwater Capital in New York. \u201cIt tells you the bar for each further cut just went up.\u201d",
        "The peso weakened after the decision. It traded at 18.51 per dollar about 40 minutes after the announcement, compared with roughly 18.44 shortly before it.",
        ("ad", "wire-mid-2"),
        "Thursday's cut leaves the gap between Mexican and U.S. policy rates at 3.25 percentage points, measured against the upper end of the Federal Reserve's 3.25%-3.50% target range. The Fed left that range unchanged at its meeting that ended on March 18.",
        "A wide interest rate differential has helped keep the peso attractive to investors who borrow in low-yielding currencies to buy higher-yielding Mexican assets, a trade that could lose some of its appeal if Banxico keeps cutting faster than the Fed.",
        "Mexico's economy grew 0.6% last year, and the central bank said in its February quarterly report that it expected growth of 1.1% in 2026. Manufacturers have complained for months that uncertainty over U.S. trade policy is holding back investment, and the board cited that uncertainty among the risks to its outlook.",
        "Governor Adriana Solis Montano has said in recent public appearances that the board would act with caution and that its decisions would depend on incoming data.",
        "The board's next scheduled monetary policy announcement is on May 14.",
    ],
    credit_line="Reporting by Daniela Orozco and Felipe Arriaga in Mexico City; additional reporting by Ana Lucia Perez in New York; Editing by Tom Whitaker and Rosalind Greer",
    related=[("Mexico's inflation slows more than expected in first half of March", "/markets/mexico-inflation-first-half-march-2026-03-24/"),
             ("Analysts see Banxico trimming rate again as inflation cools - Meridian poll", "/markets/banxico-poll-march-2026-03-23/"),
             ("Fed holds rates steady, signals patience on further cuts", "/markets/us/fed-holds-steady-2026-03-18/"),
             ("Brazil's central bank keeps Selic unchanged", "/markets/brazil-selic-2026-03-18/")],
    cookie=0,
)

_S1_B = _paper(
    site="Rio Grande Business Daily", domain="rgbusinessdaily.example",
    url="https://www.rgbusinessdaily.example/business/2026/03/26/banxico-cuts-again-lone-dissent-slower-road/",
    section="Business",
    headline="Banxico cuts again, but a lone dissent hints at a slower road ahead",
    dek="Mexico's central bank trims its key rate to 6.75 percent. For border manufacturers and importers, the split vote may matter as much as the cut.",
    author="Marisa Castellanos", author_title="Staff Writer, Cross-Border Economy",
    published="2026-03-26T19:40:00-05:00",
    stamp="Published March 26, 2026, 7:40 p.m. CT",
    masthead_date="Thursday, March 26, 2026",
    lead=("https://cdn.rgbusinessdaily.example/photos/2026/03/laredo-bridge-trucks.jpg",
          "Trucks wait to cross into Texas at the World Trade Bridge in Laredo earlier this month.",
          "Photo: Alma Treviño / Rio Grande Business Daily"),
    body=[
        "Mexico's central bank lowered its main interest rate by a quarter of a percentage point Thursday, to 6.75 percent, but a split on its five-member board suggested that relief for borrowers on both sides of the border may arrive more slowly from here.",
        "The Bank of Mexico, widely known as Banxico, announced the move at 3 p.m. Eastern time, which was 1 p.m. in Mexico City. Four members of its governing board backed the cut. Deputy Governor Tomás Elizondo voted to leave the rate where it was, at 7 percent.",
        "It was the bank's second reduction of 2026. In early February the board lowered the rate from 7.25 percent to 7 percent in a unanimous decision.",
        ("ad", "paper-inline-1"),
        ("h", "Why it matters in South Texas"),
        "Cheaper credit in Mexico tends to ripple north. Factories in Nuevo León, Coahuila and Tamaulipas finance inventory and equipment in pesos, and many of the goods they make, from auto parts to refrigerators, cross through Laredo, Eagle Pass and the Rio Grande Valley on their way to U.S. customers.",
        "\u201cWhen rates come down over there, our clients finally start talking about expanding again,\u201d said Raúl Benavides, who runs a customs brokerage in Laredo. \u201cBut honestly, they watch the peso more than they watch Banxico.\u201d",
        "The peso ended Thursday at 18.55 per dollar, about 0.7 percent weaker than its Wednesday close of 18.42, according to market data.",
        ("h", "Inflation still the sticking point"),
        "Mexican consumer prices rose 3.86 percent in the 12 months through the first half of March, according to the national statistics institute. That is inside the central bank's comfort zone, which runs from 2 to 4 percent around its 3 percent goal. But core inflation, which excludes farm goods, energy and government-set prices, stood at 4.12 percent, still above the top of that range.",
        "That gap is the likeliest explanation for the dissent, economists said.",
        "\u201cThe board is telling us it still sees room to cut, but the dissent is a reminder that core inflation isn't done,\u201d said Lucía Barragán, chief Mexico economist at Grupo Financiero Altamar. She expects one more quarter-point cut this year, which would leave the rate at 6.5 percent in December.",
        "In its written statement, the board said it will assess whether further adjustments are warranted, a phrasing it has used before and one that economists generally treat as a soft signal rather than a commitment.",
        ("ad", "paper-inline-2"),
        ("h", "The Fed factor"),
        "The Federal Reserve held its own benchmark range at 3.25 to 3.5 percent last week. The difference between the two countries' policy rates, 325 basis points measured from the top of the Fed's range, has shrunk considerably since early 2024, when Banxico's rate stood at 11.25 percent and the Fed's upper bound at 5.5 percent.",
        "A narrower gap can make the peso less attractive to global investors, which is one reason Mexican policymakers have said they are watching currency markets closely. A weaker peso makes Mexican exports cheaper for U.S. buyers, but it also raises the cost of imported components that many border plants depend on.",
        "Banxico's own survey of private-sector forecasters, published at the start of the month, showed a median expectation of 6.5 percent for the end of 2026.",
        "The central bank will publish minutes of Thursday's meeting on April 9, which may shed light on Elizondo's reasoning. The board's next rate announcement is scheduled for May 14.",
    ],
    related=[("Peso's long rally faces a test as rate gap narrows", "/business/2026/03/19/peso-rally-rate-gap/"),
             ("Laredo trade through February: what the numbers show", "/business/2026/03/12/laredo-trade-february/"),
             ("Fed stands pat as officials weigh tariff effects", "/business/2026/03/18/fed-stands-pat/")],
    most_read=["City council delays vote on South Loop drainage project",
               "Spring break traffic: what to expect at the bridges this weekend",
               "Banxico cuts again, but a lone dissent hints at a slower road ahead",
               "High school robotics team heads to state finals"],
    tags=["Banxico", "Mexico", "Interest rates", "Peso", "Cross-border trade"],
    comments=14,
)

_S1_C = _newsletter(
    site="LatAm Rates Brief", domain="latamratesbrief.example",
    url="https://latamratesbrief.example/issues/318-banxico-4-1",
    issue="Issue No. 318", date_line="Friday, March 27, 2026",
    headline="Banxico: 25bp, a 4-1 vote, and the first crack in the board",
    author="Ignacio Ferreyra, Senior Rates Editor",
    toc=["Banxico: 25bp, a 4-1 vote, and the first crack in the board",
         "Colombia: BanRep minutes due Monday",
         "Chile: copper, CPI and the IPoM",
         "Calendar: the week ahead"],
    sponsor="Trade Latin American rates with institutional-grade execution. Castellan Markets - regulated in Mexico, Brazil and Chile. Capital at risk.",
    body=[
        "Banxico delivered the 25bp cut the curve had priced, taking the target for the overnight interbank rate to 6.75% on Thursday. The news was in the vote: 4-1, with Deputy Governor Tomás Elizondo Rangel voting to hold at 7.00%.",
        "That is the first split of this easing phase. When the board cut by the same amount on February 5, it was unanimous.",
        ("table", ["", "Latest", "Previous"],
         [["Overnight rate target", "6.75%", "7.00%"],
          ["Change", "-25bp", "-25bp (Feb 5)"],
          ["Board vote", "4-1 (Elizondo: hold)", "5-0"],
          ["Headline CPI, 1H March, y/y", "3.86%", "-"],
          ["Core CPI, 1H March, y/y", "4.12%", "-"],
          ["USD/MXN close", "18.55 (Thu)", "18.42 (Wed)"],
          ["Next decision", "Thu, May 14", ""],
          ["Minutes of this meeting", "Thu, April 9", ""]]),
        ("h", "What the statement said"),
        "Yesterday's communique kept the guidance that the board \u201cwill assess further adjustments\u201d to the policy rate, and it left the forecast path essentially unchanged: headline inflation converging on the 3% target in 3Q27. The board again described the economy as weak and listed U.S. trade policy among the main downside risks to growth.",
        "The statement did not say why Elizondo dissented, and we will have to wait for the minutes on April 9. Our guess: core. At 4.12% in the first half of March it is still above the upper end of the 2%-4% variability range, and services prices have been sticky.",
        ("h", "Market reaction"),
        "USD/MXN moved from about 18.44 just before the 1:00 p.m. Mexico City release to the 18.50s within the hour and closed at 18.55, a 0.7% move on the day for the peso. The 2-year TIIE swap rose 6bp to 6.38% as the market trimmed the number of cuts it expects over the rest of the year. Front-end receivers who had been positioned for a quick move to 6.00% had a rough afternoon.",
        "\u201cThe dissent is a reminder that core inflation isn't done,\u201d Lucía Barragán of Grupo Financiero Altamar told clients, adding that she sees one more quarter-point move this year.",
        "A Mexico City rates trader we spoke to put it more bluntly: the market had treated the board as a single voice, and now it has to price five.",
        ("h", "Governor's comments on Friday"),
        "Speaking to reporters at an event in Mexico City this morning, Governor Adriana Solís Montaño declined to discuss Elizondo's vote but said the board's decisions \u201cwill be taken meeting by meeting, based on the data.\u201d She added that the board had no preset path for the rate.",
        ("h", "Our call"),
        "We now expect two more 25bp cuts in 2026, in June and September, taking the rate to 6.25% by year-end, against 6.00% before this meeting. The balance of risks has shifted toward a pause on May 14: if core fails to fall in the April prints, a second dissent becomes plausible.",
        "Carry still looks fine. Even at 6.75%, Mexico's policy rate sits 325bp above the top of the Fed's 3.25%-3.50% range, which the FOMC left alone on March 18.",
    ],
    briefs=[("Colombia", "BanRep publishes the minutes of its March meeting on Monday; we expect them to show a board still divided on the size of the next move."),
            ("Chile", "The central bank's quarterly Monetary Policy Report is due on Wednesday. February CPI ran at 3.4% y/y."),
            ("Calendar", "Mon: Colombia minutes. Tue: Mexico trade balance (February). Wed: Chile IPoM. Thu: Brazil unemployment. Fri: Peru CPI (March).")],
    cookie=2,
)

_S1_D = _broadcast(
    site="Canal Norte Noticias", domain="canalnorte.example",
    url="https://canalnorte.example/en/economy/banxico-lowers-rate-to-6-75-what-it-means-for-your-loans",
    section="Economy",
    headline="Banxico lowers rate to 6.75%: what it means for your mortgage and credit card",
    author="By Valeria Garza Quiroga | Canal Norte Noticias",
    stamp="Updated March 26, 2026, 2:20 p.m. (Monterrey time)",
    tagline="Economy: Bank of Mexico announces interest rate decision",
    video_caption="VIDEO: Our economics desk explains the Bank of Mexico's decision (2:41)",
    body=[
        "MONTERREY, N.L. - The Bank of Mexico lowered its reference interest rate on Thursday to 6.75%, from 7%, in a decision announced at 1 p.m. central Mexico time.",
        "The bank's governing board voted four to one in favor of the cut. Deputy Governor Tomás Elizondo Rangel voted to keep the rate unchanged at 7%, according to the announcement.",
        "This is the second reduction so far this year. The bank also lowered the rate by a quarter of a percentage point in February.",
        ("ad", "bc-1"),
        "In its announcement, the board said that inflation had continued to ease and that economic activity remained weak. The board said it will evaluate whether it is appropriate to make additional adjustments to the rate, without saying when.",
        "Annual inflation stood at 3.86% in the first half of March, according to INEGI, while core inflation, the measure that the central bank watches most closely, was 4.12%.",
        ("h", "What changes for families"),
        "Analysts consulted by Canal Norte said that the cut will not immediately lower the payments on most existing loans. Fixed-rate mortgages, which are the majority in Mexico, will not change, but new mortgages and business loans tied to the TIIE interbank rate could become slightly cheaper in the coming weeks.",
        "Credit card rates, which in many cases exceed 60% a year, respond much more slowly to the central bank's decisions, they added.",
        "For savers, the news is less welcome: returns on government Cetes and bank deposits tend to follow the reference rate down.",
        ("fig", "https://media.canalnorte.example/img/2026/03/26/monterrey-fabrica.jpg",
         "Workers at an appliance plant in Apodaca, Nuevo Leon. Local manufacturers say financing costs remain high.",
         "Photo: Canal Norte / Rodrigo Salinas"),
        ("h", "Local industry wants faster cuts"),
        "In Monterrey, business leaders welcomed the decision but said it falls short. \u201cEvery quarter point helps, but our members need cheaper credit faster than this,\u201d said Héctor Garza Villarreal, president of the Nuevo León chapter of the national manufacturing industry chamber.",
        "Garza said many small suppliers to the auto and appliance industries postponed investments last year because of uncertainty over tariffs in the United States and high financing costs.",
        ("ad", "bc-2"),
        ("h", "The dollar"),
        "The peso lost ground after the announcement. At bank branches in Monterrey, the dollar was selling for around 18.95 pesos on Thursday afternoon, while on the wholesale market it traded near 18.50.",
        "For Nuevo León's exporters, the exchange rate can matter as much as the interest rate. A weaker peso increases what they receive in pesos for each dollar of sales abroad, but it also makes imported machinery and components more expensive.",
        "The Bank of Mexico's goal is annual inflation of 3%, and it considers a deviation of up to one percentage point above or below that level acceptable. Headline inflation has been inside that band in recent readings, while the core measure has stayed slightly above it.",
        "The board will announce its next monetary policy decision on May 14.",
    ],
    related=[("Inflation slows in the first half of March", "/en/economy/inflation-first-half-march"),
             ("Nuevo Leon industrial parks report record occupancy", "/en/economy/nl-industrial-parks"),
             ("Gas prices in Monterrey: where to fill up this week", "/en/local/gas-prices-week")],
    trending=["Rain expected in Monterrey metro area this weekend", "Rayados confirm starting lineup for Saturday",
              "Metro Line 6: new opening date announced", "Banxico lowers rate to 6.75%"],
    cookie=1,
)

STORY_1 = _story("cb-MA1", "central bank", "2026-03-28", [
    _page("https://www.meridianwire.example/markets/mexico-central-bank-cuts-key-rate-675-deputy-governor-dissents-2026-03-26/", _S1_A),
    _page("https://www.rgbusinessdaily.example/business/2026/03/26/banxico-cuts-again-lone-dissent-slower-road/", _S1_B),
    _page("https://latamratesbrief.example/issues/318-banxico-4-1", _S1_C),
    _page("https://canalnorte.example/en/economy/banxico-lowers-rate-to-6-75-what-it-means-for-your-loans", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# Story 2 - el-MA2 - Chula Vista mayoral election (PLANTED)
# Facts: Tue 3 Nov 2026 (PST, UTC-8). Lorena Baptiste-Ruiz (District 4 council member)
# vs Gerald "Gerry" Mankowski (retired Navy captain, 61). Counts: 8:05 p.m. first update
# 28,911-24,628 (54.0-46.0); 12:50 a.m. Wed 39,402-35,118 (52.9-47.1, margin 4,284);
# Thu 5 p.m. 47,915-42,290 (53.1-46.9, 5,625); Fri ~5 p.m. 52,406-46,288 (53.1-46.9, 6,118).
# Mankowski conceded shortly after 7 p.m. Fri 6 Nov. Turnout Fri 104,215 of 162,340 (64.2%).
# Primary 2 June: 41.2 / 28.9 / 17.6 / 12.3. Swearing-in Tue 8 Dec. Certification by 3 Dec.
# PLANTED: rank "commander" (page C) vs "captain"; Friday margin 6,918 (page D) vs 6,118.
# ===========================================================================

_S2_A = _local(
    site="South Bay Current", domain="southbaycurrent.example",
    url="https://southbaycurrent.example/2026/11/04/chula-vista-mayor-race-baptiste-ruiz-leads-election-night/",
    section="Government",
    headline="Baptiste-Ruiz leads Mankowski in Chula Vista mayor's race as election night count ends",
    dek="The District 4 council member holds a lead of about 4,300 votes, with tens of thousands of mail ballots still to be counted.",
    author="Noemí Castañeda",
    published="2026-11-04T01:05:00-08:00", modified=None,
    stamp="November 4, 2026 at 1:05 a.m.",
    weather="Chula Vista \u2022 61\u00b0F \u2022 Clear",
    lead=("https://southbaycurrent.example/wp-content/uploads/2026/11/baptiste-ruiz-election-night.jpg",
          "Lorena Baptiste-Ruiz speaks to supporters at a brewery on Third Avenue on election night, Nov. 3, 2026",
          "Photo by Samuel Ochoa for South Bay Current"),
    body=[
        "City Council member Lorena Baptiste-Ruiz ended election night ahead in the race to become Chula Vista's next mayor, holding a lead of 4,284 votes over retired Navy captain Gerry Mankowski when the San Diego County Registrar of Voters posted its last update of the night at 12:50 a.m. Wednesday.",
        "Baptiste-Ruiz had 39,402 votes, or 52.9 percent, to Mankowski's 35,118, or 47.1 percent. Her lead had narrowed somewhat since the first results were posted at 8:05 p.m., when early mail ballots gave her 54 percent of the vote.",
        "The race is far from settled. The registrar's office said hundreds of thousands of mail ballots dropped off on Election Day or arriving in the days after remain to be processed countywide, and California counts ballots postmarked by Election Day that arrive within seven days.",
        ("ad", "local-1"),
        "About 78,590 ballots from Chula Vista had been counted by the end of the night, or roughly 48 percent of the city's registered voters.",
        "Speaking to about 200 supporters at a brewery on Third Avenue shortly before midnight, Baptiste-Ruiz told the crowd she was not claiming victory.",
        "\u201cWe are not declaring anything tonight,\u201d she said. \u201cBut I like what I'm seeing, and I think Chula Vista does too.\u201d",
        "Mankowski, 61, who spent 26 years in the Navy before opening a marine electronics business on the bayfront, watched the returns with volunteers at his campaign office on East H Street.",
        "\u201cThere are tens of thousands of ballots still out there,\u201d he said in a brief phone interview. \u201cThis one's going to take a while, and that's how it should be.\u201d",
        ("h", "How they got here"),
        "The two finished first and second among four candidates in the June 2 primary, when Baptiste-Ruiz took 41.2 percent and Mankowski 28.9 percent. Because no one won a majority, the top two advanced to Tuesday's runoff.",
        "Baptiste-Ruiz, a former emergency-room nurse, has represented District 4 on the council since 2018. She campaigned on building more housing near transit, speeding up the long-delayed bayfront development and adding firefighters in the city's fast-growing east side.",
        "Mankowski ran as a fiscal watchdog, criticizing what he called a habit of approving projects before their costs were known and promising a line-by-line review of the city budget. He won endorsements from the police officers' association and several former council members.",
        "The seat is open because outgoing Mayor Daniel Okoro did not seek a second term.",
        ("ad", "local-2"),
        "The registrar's next scheduled update is Thursday afternoon. South Bay Current will update this story as results come in.",
    ],
    related=[("Measure K: what the sales tax extension would pay for", "/2026/10/21/measure-k-explainer/"),
             ("Where to drop off your mail ballot in Chula Vista", "/2026/10/28/ballot-drop-off-locations/"),
             ("Sweetwater school board: incumbents lead in two races", "/2026/11/04/sweetwater-board-results/")],
    sponsored=["Otay Ranch Family Dental: new patient special this month", "Bayfront Credit Union: auto loans for South Bay members"],
    cookie=0,
)

_S2_B = _paper(
    site="The Harbor Courier", domain="harborcourier.example",
    url="https://www.harborcourier.example/news/politics/story/2026-11-06/baptiste-ruiz-wins-chula-vista-mayor-mankowski-concedes",
    section="Politics",
    headline="Baptiste-Ruiz wins Chula Vista mayor's race as Mankowski concedes",
    dek="The council member's lead grew with each ballot update. She will be sworn in Dec. 8.",
    author="Trevor Lindquist", author_title="Politics Reporter",
    published="2026-11-06T21:10:00-08:00",
    stamp="Nov. 6, 2026 9:10 PM PT",
    masthead_date="Friday, November 6, 2026",
    lead=("https://cdn.harborcourier.example/img/2026/11/06/chula-vista-city-hall.jpg",
          "Chula Vista City Hall on Fourth Avenue. The city of about 280,000 residents will have a new mayor in December.",
          "Karina Velasco / The Harbor Courier"),
    body=[
        "CHULA VISTA \u2014 City Council member Lorena Baptiste-Ruiz was elected mayor of Chula Vista on Friday after her opponent, retired Navy captain Gerry Mankowski, conceded the race.",
        "Mankowski called Baptiste-Ruiz shortly after 7 p.m., about two hours after the San Diego County Registrar of Voters released updated results that widened her lead to 6,118 votes.",
        "As of Friday's update, Baptiste-Ruiz had 52,406 votes, or 53.1 percent, to Mankowski's 46,288, or 46.9 percent.",
        "\u201cThe voters have spoken, and I respect their decision,\u201d Mankowski said in a written statement. \u201cI called Lorena tonight to congratulate her. Chula Vista is in good hands if we all keep showing up.\u201d",
        ("ad", "inline-1"),
        "Baptiste-Ruiz described the call as brief and friendly. \u201cGerry called me a little after seven. He was gracious, and I told him I'm going to need his help on the bayfront and on public safety,\u201d she said in an interview.",
        "Her lead grew steadily after election night, when she was ahead by 4,284 votes. Thursday's update put the margin at 5,625.",
        ("h", "Turnout climbing"),
        "About 104,215 ballots cast by Chula Vista voters had been counted by Friday, or 64.2 percent of the city's 162,340 registered voters. That share will rise as the county works through its remaining ballots; the registrar estimated Friday that about 191,000 were left to process across the county, including ballots with signature problems that voters can still fix.",
        "Some voters skipped the mayor's race, which is why the two candidates' totals add up to fewer votes than the number of ballots counted.",
        "The county has until Dec. 3 to certify results. Baptiste-Ruiz is scheduled to take office at the City Council's meeting on Dec. 8.",
        ("h", "A long runoff"),
        "The two candidates emerged from a four-way primary in June, in which Baptiste-Ruiz won 41.2 percent of the vote and Mankowski 28.9 percent. The general election campaign was among the most expensive in the city's history, with outside groups spending heavily on mailers and digital ads on both sides.",
        "Baptiste-Ruiz, 47, a former emergency-room nurse, was first elected to the council in 2018 to represent District 4. She was backed by the county Democratic Party and several building-trades unions, although the mayor's race is officially nonpartisan.",
        "Mankowski, 61, spent 26 years in the Navy and later founded a marine electronics company. He had the support of the Chula Vista police officers' association and ran on a promise to rein in spending.",
        ("ad", "inline-2"),
        "Baptiste-Ruiz said her first priorities would be filling the city manager's position, which has been held on an interim basis since spring, and pressing ahead with firefighter hiring in the eastern part of the city.",
        "\u201cThe campaign ends tonight,\u201d she said. \u201cOn Monday morning, the work starts.\u201d",
    ],
    related=[("Measure K sales tax extension heads for approval", "/news/politics/story/2026-11-06/measure-k-results"),
             ("San Diego County ballot count: what's left and when the next update comes", "/news/politics/story/2026-11-05/ballot-count-update"),
             ("Sweetwater board incumbents hold on", "/news/education/story/2026-11-05/sweetwater-results")],
    most_read=["Padres make front office change", "Baptiste-Ruiz wins Chula Vista mayor's race as Mankowski concedes",
               "Storm to bring first significant rain of the season", "Border wait times expected to spike for holiday"],
    tags=["Chula Vista", "Election 2026", "South Bay"],
    comments=38,
)

_S2_C = _broadcast(
    site="KBVN 9 San Diego", domain="kbvn9.example",
    url="https://kbvn9.example/news/politics/chula-vista-new-mayor-baptiste-ruiz-mankowski-concedes/",
    section="Election 2026",
    headline="Chula Vista has a new mayor-elect after Mankowski concedes",
    author="By Jasmine Tran, KBVN 9",
    stamp="Updated 10:32 AM PST, Sat November 7, 2026",
    tagline="Election results: latest updates from San Diego County",
    video_caption="Mayor-elect Lorena Baptiste-Ruiz talks with KBVN 9 about her priorities (3:05)",
    body=[
        "CHULA VISTA, Calif. \u2014 Chula Vista has a mayor-elect. Council member Lorena Baptiste-Ruiz will lead the South Bay city after her opponent, retired Navy commander Gerry Mankowski, conceded Friday evening.",
        "Mankowski conceded in a phone call to Baptiste-Ruiz a little after 7 p.m. and followed it with a statement on social media. \u201cThe voters have spoken, and I respect their decision,\u201d he wrote.",
        "The concession came after Friday's update from the San Diego County Registrar of Voters showed Baptiste-Ruiz's lead growing to 6,118 votes. She had 53.1% of the vote to Mankowski's 46.9%.",
        ("ad", "bc-1"),
        "Baptiste-Ruiz spent Saturday morning at a farmers market on Third Avenue, where supporters stopped her for selfies and a few people handed her lists of potholes.",
        "\u201cI slept maybe four hours,\u201d she told KBVN 9 with a laugh. \u201cGerry was gracious last night. We disagreed on a lot, but he loves this city, and I told him I'd be calling him.\u201d",
        "She said her first weeks would focus on hiring a permanent city manager and on firefighter staffing in the eastern neighborhoods, where new subdivisions have added thousands of residents in recent years.",
        ("h", "How the count unfolded"),
        "On election night, Baptiste-Ruiz went to bed with a lead of just over 4,000 votes. Each update since then has added to it, as later-arriving mail ballots broke in her favor by a slightly larger share than the early ones.",
        "That pattern has become familiar in San Diego County, where a majority of voters now cast their ballots by mail and many drop them off on Election Day itself. Those late ballots take days to verify and count.",
        "The registrar's office said about 191,000 ballots were still waiting to be processed countywide as of Friday. The next update is scheduled for Tuesday afternoon.",
        ("fig", "https://media.kbvn9.example/2026/11/07/baptiste-ruiz-farmers-market.jpg",
         "Mayor-elect Lorena Baptiste-Ruiz greets residents at the Third Avenue farmers market on Saturday.",
         "KBVN 9 / Marco Delgado"),
        ("h", "Other South Bay results"),
        "Chula Vista voters also appeared to approve Measure K, which extends a half-cent sales tax that pays for police and fire staffing. The measure had 58.4% support as of Friday's count. It needs a simple majority to pass.",
        "In the Sweetwater Union High School District, incumbents were leading in both contested board seats.",
        ("ad", "bc-2"),
        ("h", "About the candidates"),
        "Baptiste-Ruiz, 47, is a former emergency-room nurse who has represented District 4 on the City Council since 2018. Mankowski, 61, served 26 years in the Navy before starting a marine electronics business on the bayfront.",
        "The two advanced from a four-candidate primary in June. The seat is open because Mayor Daniel Okoro chose not to run for a second term.",
        "Baptiste-Ruiz is expected to be sworn in next month. Results must be certified by the county before then.",
    ],
    related=[("San Diego County election results: live tracker", "/elections/results/"),
             ("Measure K: Chula Vista sales tax extension leading", "/news/politics/measure-k-leading/"),
             ("Why California takes so long to count votes", "/news/politics/why-california-counts-slowly/")],
    trending=["Freeway closure this weekend on SR-125", "First rain of season arrives Sunday",
              "Chula Vista has a new mayor-elect", "Holiday parade route announced"],
    cookie=2,
)

_S2_D = _wire(
    site="Continental News Wire", short="CNW", domain="cnwire.example",
    url="https://www.cnwire.example/us/politics/chula-vista-mayor-race-baptiste-ruiz-wins-2026-11-07/",
    section="Politics",
    headline="Democratic-backed council member wins Chula Vista mayoral race",
    dek="Lorena Baptiste-Ruiz defeats retired Navy officer Gerry Mankowski in a city near the Mexican border",
    author="Owen Castillo",
    published="2026-11-07T06:05:00Z", modified=None,
    stamp="November 7, 2026 6:05 AM GMT",
    dateline="CHULA VISTA, Calif., Nov 6",
    body=[
        "City Council member Lorena Baptiste-Ruiz won the race for mayor of Chula Vista, the second-largest city in San Diego County, after her rival conceded on Friday, three days after polls closed.",
        "Gerry Mankowski, a retired Navy captain who ran on a pledge to cut spending, told supporters in a statement that voters had made their choice and that he respected it. He said he had called Baptiste-Ruiz to congratulate her.",
        "Baptiste-Ruiz led by 6,918 votes, roughly 53% to 47%, after the San Diego County Registrar of Voters released updated results on Friday afternoon. Her lead had grown with each update since Tuesday night, as late-arriving mail ballots were counted.",
        "The mayor's race is officially nonpartisan. Baptiste-Ruiz, 47, was endorsed by the county Democratic Party and by several labor unions, while Mankowski, 61, had the backing of local Republican groups and the city's police officers' association.",
        ("ad", "wire-1"),
        "Chula Vista, a city of about 280,000 people that sits between San Diego and the border crossing at San Ysidro, has grown quickly over the past two decades as new neighborhoods spread east toward the Otay Lakes.",
        "Housing costs dominated the campaign. Baptiste-Ruiz, a former emergency-room nurse who has served on the City Council since 2018, promised to allow denser housing near transit lines and to speed up construction on the city's bayfront, where a convention hotel has opened and plans for housing and parks have moved slowly.",
        "Mankowski accused the council of approving projects without understanding their long-term costs and said he would order a line-by-line review of the budget.",
        "Baptiste-Ruiz said the two had spoken by phone on Friday evening and described Mankowski as gracious. She said she had asked for his help on public safety and the bayfront.",
        "Both candidates had advanced from a June primary in which Baptiste-Ruiz took 41.2% of the vote and Mankowski 28.9%.",
        "Turnout in the county appeared to be high for a midterm year. The registrar estimated that about 191,000 ballots remained to be processed across San Diego County as of Friday, leaving results in several closer contests still undecided.",
        "County officials must certify the results by Dec. 3. Baptiste-Ruiz is due to be sworn in on Dec. 8, succeeding Mayor Daniel Okoro, who did not seek re-election.",
        "Her election will leave a vacancy in the council's District 4 seat, which she must give up when she becomes mayor. The council can either appoint a replacement or call a special election.",
        "Voters in the city also appeared to have approved Measure K, a half-cent sales tax extension to fund police and fire services.",
    ],
    credit_line="Reporting by Owen Castillo in Los Angeles; Editing by Grace Hollings",
    related=[("California House races: where the count stands", "/us/politics/california-house-count-2026-11-06/"),
             ("Arizona governor's race still too close to call", "/us/politics/arizona-governor-count-2026-11-06/"),
             ("Why U.S. results take days in some states", "/us/politics/explainer-vote-counting-2026-11-05/")],
    cookie=1,
)

STORY_2 = _story("el-MA2", "election", "2026-11-08", [
    _page("https://southbaycurrent.example/2026/11/04/chula-vista-mayor-race-baptiste-ruiz-leads-election-night/", _S2_A),
    _page("https://www.harborcourier.example/news/politics/story/2026-11-06/baptiste-ruiz-wins-chula-vista-mayor-mankowski-concedes", _S2_B),
    _page("https://kbvn9.example/news/politics/chula-vista-new-mayor-baptiste-ruiz-mankowski-concedes/", _S2_C),
    _page("https://www.cnwire.example/us/politics/chula-vista-mayor-race-baptiste-ruiz-wins-2026-11-07/", _S2_D),
], [
    ("runner-up's Navy rank", r"\bcaptain\b|\bcapt\.?\b", r"\bcommander\b|\bcmdr\.?\b"),
    ("margin after Friday's count", r"6,?118", r"6,?918"),
])

# ===========================================================================
# Story 3 - ct-MA3 - Arizona Supreme Court groundwater ruling (PLANTED)
# Facts: Tue 11 Aug 2026, opinion released 10 a.m. MST (UTC-7, no DST) = 1 p.m. EDT.
# Santa Cruz Valley Water Users Association v. Arizona Department of Water Resources,
# No. CV-25-0187-PR. 5-2. Majority by Justice Marisol Kettering, joined by Chief Justice
# Howard Lindqvist, Vice Chief Justice Ana Belen Torrico, Justices Raymond Okafor and
# Samuel Crane; dissent Justice Paul Abernathy joined by Justice Denise Whitford-Yazzie.
# 14 permits issued 2024, 22 wells, up to 9,800 acre-feet a year (~12.1 million m3,
# ~3.2 billion gallons); 90-day stay; Halvorsen Compute, $4.2bn campus near Eloy.
# Superior Court (Judge Elena Marchetti) Oct 2024 for the water users; Court of Appeals
# reversed 2-1 June 2025; argued 10 March 2026.
# PLANTED: majority author "Okafor" (page D) vs "Kettering"; "16 permits" (page C) vs 14.
# ===========================================================================

_S3_A = _paper(
    site="Phoenix Valley Sentinel", domain="pvsentinel.example",
    url="https://www.pvsentinel.example/story/news/local/arizona/2026/08/11/arizona-supreme-court-voids-groundwater-permits-eloy-data-center/",
    section="Arizona",
    headline="Arizona Supreme Court voids groundwater permits for Eloy data center campus",
    dek="In a 5-2 ruling, the court said state water officials granted the permits without first studying the effect on neighboring wells.",
    author="Celeste Yazzie-Moran", author_title="Water and Environment Reporter",
    published="2026-08-11T13:35:00-07:00",
    stamp="Published 1:35 p.m. MT Aug. 11, 2026",
    masthead_date="Tuesday, August 11, 2026",
    lead=("https://cdn.pvsentinel.example/images/2026/08/11/eloy-data-center-construction.jpg",
          "Construction continues on the first building of the Halvorsen Compute campus near Eloy in July 2026.",
          "Luis Medrano/Phoenix Valley Sentinel"),
    body=[
        "The Arizona Supreme Court on Tuesday threw out 14 state permits that would have let a technology company pump groundwater for a sprawling data center campus near Eloy, ruling that the Arizona Department of Water Resources approved them without doing the analysis state law requires.",
        "The 5-2 decision is a significant win for farmers and rural homeowners in Pinal County, who argued that the department had waved through a major new water user in an area where wells were already dropping.",
        "\u201cThe statute does not permit the department to issue first and study later,\u201d Justice Marisol Kettering wrote for the majority.",
        "The permits, issued in 2024 to Halvorsen Compute, allowed the company to draw up to 9,800 acre-feet of groundwater a year from 22 wells. An acre-foot is about 326,000 gallons, so the total comes to roughly 3.2 billion gallons annually, enough for about 29,000 households by a common estimate of one acre-foot for every three homes.",
        ("ad", "inline-1"),
        "The court delayed the effect of its ruling for 90 days, giving the department time to conduct the review if it chooses to reconsider the applications.",
        ("h", "A split court"),
        "Chief Justice Howard Lindqvist, Vice Chief Justice Ana Belén Torrico and Justices Raymond Okafor and Samuel Crane joined Kettering's opinion. Justice Paul Abernathy wrote a dissent joined by Justice Denise Whitford-Yazzie.",
        "\u201cThe majority substitutes its own view of sound water policy for the judgment the Legislature entrusted to the department,\u201d Abernathy wrote. He argued that the 1980 Groundwater Management Act gives the department broad discretion over how, and in what order, it evaluates permit applications.",
        "The case reached the high court after the Arizona Court of Appeals sided with the department in a 2-1 ruling in June 2025, reversing a Maricopa County Superior Court judge who had ruled for the water users the previous October. The Supreme Court heard arguments in March.",
        ("h", "'Our wells are the canary'"),
        "The lawsuit was brought by the Santa Cruz Valley Water Users Association, a group of farmers, ranchers and homeowners in western Pinal County.",
        "\u201cThis is a win for every family in Pinal County whose well has been dropping year after year,\u201d said Miguel Arredondo, a Tucson lawyer who represented the association. \u201cOur wells are the canary. The department has to look before it leaps.\u201d",
        "Halvorsen Compute said it was disappointed and was studying the opinion. Brandon Keel, a company spokesperson, said construction of the first phase of the $4.2 billion campus would continue and that the company was confident it could satisfy a new review.",
        ("ad", "inline-2"),
        "Department of Water Resources Director Colleen Sato-Rivas said in a statement that the agency respected the court's decision and would comply with it, and that staff were reviewing what it means for other pending applications.",
        "Pinal County has been at the center of Arizona's water troubles since cuts to Colorado River deliveries through the Central Arizona Project left many farms there dependent on groundwater alone. Eloy sits about 65 miles southeast of Phoenix, along Interstate 10.",
        "Lawmakers from both parties said Tuesday they expected the ruling to come up when the Legislature returns in January.",
    ],
    related=[("Data centers are coming to Pinal County. Where will the water come from?", "/story/news/local/arizona/2026/03/08/pinal-data-centers-water/"),
             ("Arizona Supreme Court hears Eloy groundwater case", "/story/news/local/arizona/2026/03/10/supreme-court-eloy-groundwater-arguments/"),
             ("Colorado River talks: what the latest deal means for Arizona", "/story/news/local/arizona/2026/07/22/colorado-river-deal-arizona/")],
    most_read=["Monsoon storm knocks out power to thousands in Mesa", "Arizona Supreme Court voids groundwater permits for Eloy data center campus",
               "New light rail extension opens this weekend", "Heat warning extended through Thursday"],
    tags=["Water", "Arizona Supreme Court", "Pinal County", "Data centers"],
    comments=112,
)

_S3_B = _newsletter(
    site="Western Water Law Report", domain="westernwaterlaw.example",
    url="https://westernwaterlaw.example/2026/08/12/az-supreme-court-eloy-permits",
    issue="Vol. 14, No. 31", date_line="Wednesday, August 12, 2026",
    headline="Arizona high court: no groundwater permits without the hydrology first",
    author="Ruth Okonkwo-Baines, J.D.",
    toc=["Arizona: Supreme Court vacates Eloy data-center permits (5-2)",
         "Colorado: Water Court decree in Upper Yampa dispute",
         "Nevada: State Engineer hearing schedule",
         "Docket watch"],
    sponsor="Hydrogeology expert witness services - groundwater modeling, well interference analysis, AMA compliance. Call for a confidential consultation.",
    body=[
        "The Arizona Supreme Court held on Tuesday that the Department of Water Resources may not issue general industrial use permits in an active management area without first completing the analysis of well impacts that the Groundwater Management Act requires. The court vacated all 14 permits at issue and remanded to the department. Santa Cruz Valley Water Users Ass'n v. Ariz. Dep't of Water Res., No. CV-25-0187-PR (Ariz. Aug. 11, 2026).",
        ("h", "Holding"),
        "Writing for a five-justice majority, Justice Marisol Kettering read the statute's sequencing language as mandatory: the department must make its findings on the effect of proposed withdrawals on existing wells and on the active management area's management goal before a permit issues, not afterward as a condition of the permit. The department's practice of attaching monitoring conditions in place of a prior analysis, the majority said, \u201cinverts the order the Legislature chose.\u201d",
        "The majority also rejected the department's argument that its interpretation was owed deference, noting that Arizona courts no longer defer to agency readings of statutes under A.R.S. \u00a7 12-910(F).",
        ("h", "Dissent"),
        "Justice Paul Abernathy, joined by Justice Denise Whitford-Yazzie, would have affirmed the Court of Appeals. In his view the statute sets out what the department must consider, not when, and the majority \u201csubstitutes its own view of sound water policy for the judgment the Legislature entrusted to the department.\u201d",
        ("h", "Procedural history"),
        ("ul", ["Permits issued by ADWR to Halvorsen Compute LLC in 2024: 14 permits covering 22 wells, combined maximum of 9,800 acre-feet per year.",
                "Maricopa County Superior Court (Judge Elena Marchetti) vacated the permits, October 2024.",
                "Court of Appeals, Division One, reversed 2-1, June 2025.",
                "Review granted; oral argument held March 10, 2026.",
                "Supreme Court vacates the Court of Appeals opinion, affirms the superior court's judgment and remands to ADWR."]),
        ("h", "Practical effect"),
        "The court stayed its mandate for 90 days so the department can decide whether to redo the analysis rather than simply deny the applications. Expect the department to reopen the record; the company has said it is confident it can meet the standard.",
        "Motions for reconsideration are due within 15 days of the decision. We would be surprised if one succeeds given the margin.",
        "The larger question is what happens to other permits issued under the same practice. Department Director Colleen Sato-Rivas said yesterday the agency is reviewing pending applications. Practitioners with clients holding recently issued industrial permits in the Pinal, Phoenix or Tucson AMAs should assume challenges are coming.",
        "In metric terms the vacated permits covered about 12.1 million cubic meters a year. For comparison, that is a small fraction of Pinal County's total annual groundwater pumping, but the plaintiffs' expert testified that the wells' drawdown would fall disproportionately on a cluster of shallow domestic wells west of Eloy.",
        "Counsel: Miguel Arredondo (Tucson) for the water users; the Attorney General's office for ADWR; Halvorsen Compute participated as real party in interest.",
    ],
    briefs=[("Colorado", "The Division 6 Water Court entered a decree resolving a 12-year dispute over senior rights on a tributary of the Yampa River."),
            ("Nevada", "The State Engineer set hearings for October on three interbasin transfer applications."),
            ("Docket watch", "The Ninth Circuit will hear argument next month in the tribal reserved-rights case from the Gila River basin.")],
    cookie=1,
)

_S3_C = _broadcast(
    site="KSNR 4 News Tucson", domain="ksnr4.example",
    url="https://ksnr4.example/news/state/arizona-supreme-court-rules-against-data-center-water-permits-pinal-county",
    section="State News",
    headline="Arizona Supreme Court rules against data center's water permits in Pinal County",
    author="By Andrés Villalobos and KSNR 4 Digital Staff",
    stamp="Posted 6:10 PM MST, Tue August 11, 2026",
    tagline="Monsoon watch: storms possible across Southern Arizona tonight",
    video_caption="Pinal County well owners react to the Arizona Supreme Court's decision (2:18)",
    body=[
        "PINAL COUNTY, Ariz. (KSNR) \u2014 Arizona's highest court sided with rural well owners Tuesday in a fight over water for a huge data center campus going up near Eloy, about 55 miles northwest of Tucson.",
        "In a 5-2 decision released Tuesday morning, the Arizona Supreme Court canceled 16 groundwater permits the state had granted to Halvorsen Compute. The court said the Arizona Department of Water Resources should have studied how the pumping would affect neighbors' wells before approving it, not after.",
        "Justice Marisol Kettering wrote the majority opinion. Two justices, Paul Abernathy and Denise Whitford-Yazzie, disagreed.",
        ("ad", "bc-1"),
        "For families west of Eloy who rely on private wells, the ruling felt personal.",
        "\u201cWe had to lower our pump twice in five years,\u201d said Rosalinda Quiñonez, who raises goats and alfalfa on 40 acres off Frontier Street. \u201cWhen they told us a data center was going to pump millions of gallons right next door, we figured nobody would listen. Today somebody listened.\u201d",
        "The permits would have allowed the company to pump up to 9,800 acre-feet of water a year, which works out to about 3.2 billion gallons.",
        "Tucson attorney Miguel Arredondo, who represented the group of farmers and homeowners that sued, called the ruling \u201ca win for every family in Pinal County whose well has been dropping year after year.\u201d",
        ("h", "What happens next"),
        "The ruling does not take effect right away. The justices gave the state 90 days, which means the department could review the company's applications again and decide whether to reissue the permits.",
        "Halvorsen Compute said in a statement that it was disappointed but that work on the $4.2 billion project would keep going. The company has said the campus would eventually employ about 350 people.",
        "The Department of Water Resources said it would comply with the court's decision and was reviewing what it means for other applications.",
        ("fig", "https://media.ksnr4.example/2026/08/11/eloy-well-quinonez.jpg",
         "Rosalinda Quiñonez shows the well on her property west of Eloy.",
         "KSNR 4 / Pete Alcaraz"),
        ("h", "A long legal fight"),
        "The well owners first won in superior court in 2024. A state appeals court panel reversed that decision in 2025 in a 2-1 vote, and the Supreme Court agreed to take up the case. Justices heard arguments in March.",
        "In his dissent, Abernathy wrote that the majority was substituting its own view of water policy for the judgment the Legislature gave to state water officials.",
        ("ad", "bc-2"),
        "Water experts say the decision could affect other large industrial projects planned in Pinal County and elsewhere in the state's groundwater management areas, where new demands are competing with farms and growing suburbs for a shrinking supply.",
        "KSNR 4 reached out to the governor's office for comment but had not heard back by Tuesday evening.",
    ],
    related=[("Monsoon 2026: rainfall totals so far in Southern Arizona", "/weather/monsoon-rainfall-totals"),
             ("Marana approves new water rates", "/news/local/marana-water-rates"),
             ("Pinal County farmers brace for another dry year", "/news/state/pinal-farmers-dry-year")],
    trending=["Flash flood warning for parts of Pima County", "UA football opens fall camp",
              "I-10 lane closures near Picacho Peak this week", "Data center water permits struck down"],
    cookie=0,
)

_S3_D = _wire(
    site="Intermountain Press Agency", short="IPA", domain="ipanews.example",
    url="https://www.ipanews.example/legal/arizona-top-court-strikes-down-data-center-groundwater-permits-2026-08-11/",
    section="Legal",
    headline="Arizona top court strikes down groundwater permits for $4.2 billion data center project",
    dek="Ruling could slow industrial water approvals in fast-growing central Arizona",
    author="Hannah Whitcombe",
    published="2026-08-11T18:22:00Z", modified="2026-08-11T20:47:00Z",
    stamp="August 11, 2026 6:22 PM UTC \u00b7 Updated August 11, 2026 8:47 PM UTC",
    dateline="PHOENIX, Aug 11",
    body=[
        "Arizona's Supreme Court on Tuesday invalidated 14 groundwater permits issued to Halvorsen Compute for a $4.2 billion data center campus, ruling 5-2 that state water regulators approved them without first assessing the harm to nearby wells.",
        "Justice Raymond Okafor wrote for the majority that the Arizona Department of Water Resources had skipped a step the state's 1980 groundwater law requires, and that the department could not cure the problem by attaching monitoring conditions after the fact.",
        "Justice Paul Abernathy dissented, joined by Justice Denise Whitford-Yazzie, writing that the majority had put its own views on water policy in place of the judgment of the agency the Legislature put in charge.",
        "The decision, released at 10 a.m. local time, is the most significant test so far of how Arizona regulates water for the data centers that have flocked to the state in recent years, drawn by cheap land, tax incentives and proximity to West Coast markets.",
        ("ad", "wire-1"),
        "The permits allowed Halvorsen to withdraw up to 9,800 acre-feet of groundwater a year, or about 12.1 million cubic meters, from 22 wells on and around its site near Eloy, between Phoenix and Tucson.",
        "The court put its ruling on hold for 90 days to let the department decide whether to carry out the missing analysis and reconsider the applications.",
        "Halvorsen, a privately held company, said it was disappointed, that construction would continue and that it was confident the project could meet any new review. The department said it would comply.",
        "Miguel Arredondo, a lawyer for the Santa Cruz Valley Water Users Association, which brought the case, said the ruling would protect families whose wells had been falling for years.",
        "Farms in central Arizona have leaned more heavily on groundwater since shortages on the Colorado River cut deliveries through the Central Arizona Project canal system. Under a 1980 law, the state regulates pumping in designated active management areas around its biggest population centers, including Pinal County.",
        "A state appeals court had upheld the permits in a 2-1 decision in 2025, reversing a trial judge. The Supreme Court heard arguments on March 10.",
        "Industry groups warned the ruling could delay other projects. \u201cEvery company with an application pending at the department is reading this opinion right now,\u201d said Carla Benedetti, president of the Arizona Technology Infrastructure Council, a trade group.",
        "Halvorsen has said the campus would eventually employ about 350 people, and local officials in Eloy had counted on the project to broaden a tax base long dependent on agriculture and prisons.",
        "Environmental groups welcomed it. \u201cThis is the court telling the state to do its homework,\u201d said Julian Espinoza of the Sonoran Water Alliance.",
    ],
    credit_line="Reporting by Hannah Whitcombe in Phoenix; Editing by Mark Delacroix",
    related=[("Data center boom tests Arizona's water rules", "/business/arizona-data-centers-water-2026-05-14/"),
             ("Colorado River states reach interim deal on cuts", "/us/colorado-river-interim-deal-2026-07-21/"),
             ("Nevada utility regulators approve data center power contract", "/business/nevada-data-center-power-2026-08-04/")],
    cookie=2,
)

STORY_3 = _story("ct-MA3", "court", "2026-08-13", [
    _page("https://www.pvsentinel.example/story/news/local/arizona/2026/08/11/arizona-supreme-court-voids-groundwater-permits-eloy-data-center/", _S3_A),
    _page("https://westernwaterlaw.example/2026/08/12/az-supreme-court-eloy-permits", _S3_B),
    _page("https://ksnr4.example/news/state/arizona-supreme-court-rules-against-data-center-water-permits-pinal-county", _S3_C),
    _page("https://www.ipanews.example/legal/arizona-top-court-strikes-down-data-center-groundwater-permits-2026-08-11/", _S3_D),
], [
    ("author of the majority opinion", r"kettering", r"okafor"),
    ("number of permits voided", r"\b14\b|fourteen", r"\b16\b|sixteen"),
])

# ===========================================================================
# Story 4 - tr-MA4 - Mexico's May 2026 trade data (CONTROL: outlets agree on every fact)
# Facts: INEGI release Fri 26 Jun 2026 at 6 a.m. Mexico City (UTC-6) = 1200 GMT = 8 a.m. EDT.
# May 2026: exports $58,614m (+9.4% y/y, record for any month); imports $55,772m (+5.2%);
# surplus $2,842m (May 2025: surplus $563m). Oil exports $1,618m (-18.7%); non-oil $56,996m
# (+10.5%); manufacturing $54,250m (+11.2%); autos $16,450m (+6.3%); non-auto manufacturing
# +13.5%; farm $2,050m (-3.1%); mining $696m (+1.5%); computers +24.6%. Imports: consumer
# $7,950m (+3.8%), intermediate $44,120m (+6.1%), capital $3,702m (-1.9%). Seasonally adjusted
# surplus $1,370m; s.a. exports +1.8% m/m. April 2026 surplus revised to $1,121m from $1,048m.
# Jan-May 2026 surplus $3,412m vs deficit $2,264m Jan-May 2025. Poll median +$1.90bn (range
# -$0.40bn to +$3.10bn). Peso about 18.20. USMCA joint review 1 July 2026.
# ===========================================================================

_S4_A = _wire(
    site="Meridian Wire", short="Meridian", domain="meridianwire.example",
    url="https://www.meridianwire.example/markets/mexico-posts-284-bln-trade-surplus-may-record-exports-2026-06-26/",
    section="Markets",
    headline="Mexico posts $2.84 billion trade surplus in May as exports hit record",
    dek="Manufacturing shipments drive 9.4% rise in exports; surplus beats forecasts",
    author="Felipe Arriaga",
    published="2026-06-26T12:14:00Z", modified="2026-06-26T13:02:00Z",
    stamp="June 26, 2026 12:14 PM GMT \u00b7 Updated an hour ago",
    dateline="MEXICO CITY, June 26",
    lead=("https://img.meridianwire.example/2026/06/26/manzanillo-port-containers.jpg",
          "Containers are stacked at the port of Manzanillo, in Colima state, Mexico, May 4, 2026.",
          "Meridian Wire/Ulises Bravo"),
    body=[
        "Mexico posted a trade surplus of $2.84 billion in May, official data showed on Friday, as exports climbed to the highest monthly level on record on the back of strong manufacturing shipments.",
        "The result was well above the median forecast of a $1.90 billion surplus in a Meridian Wire poll of 11 analysts, whose estimates ranged from a deficit of $400 million to a surplus of $3.10 billion. In May last year Mexico recorded a surplus of $563 million.",
        "Exports rose 9.4% from a year earlier to $58.61 billion, the national statistics agency INEGI said, while imports grew 5.2% to $55.77 billion.",
        "Non-oil exports jumped 10.5%, led by an 11.2% increase in manufactured goods. Shipments of vehicles and auto parts grew 6.3%, while other manufacturing exports, a category dominated by computers and electronic equipment, expanded 13.5%. Oil exports fell 18.7% to $1.62 billion, extending a long decline as crude output from state oil company Pemex continues to slide.",
        ("ad", "wire-mid-1"),
        "Adjusted for seasonal factors, the trade surplus stood at $1.37 billion, INEGI said, and exports rose 1.8% from April.",
        "INEGI revised April's surplus to $1.12 billion from the $1.05 billion it first reported.",
        "For the January-May period, Mexico's trade surplus reached $3.41 billion, compared with a deficit of $2.26 billion in the same months of 2025. Exports in the first five months rose 7.8%.",
        "\u201cManufacturing is doing all of the heavy lifting, and within manufacturing it is the computer and electronics plants that keep surprising us,\u201d said Gabriela Ocampo, senior economist at Valmonte Research in Mexico City. \u201cThe auto numbers are decent, not spectacular.\u201d",
        "Ocampo said companies serving U.S. data-center construction had expanded production in the northern states of Chihuahua, Jalisco and Baja California over the past year.",
        ("ad", "wire-mid-2"),
        "Imports of intermediate goods, the parts and materials that Mexican factories assemble into finished products, rose 6.1%, a sign that factory activity should stay firm in the coming months. Imports of capital goods such as machinery fell 1.9%, however, reflecting what business groups describe as caution about long-term investment.",
        "The United States buys more than four-fifths of Mexico's exports. The two countries, together with Canada, are due to begin a formal joint review of their free trade agreement on July 1, and Mexican officials have said they hope the strong trade figures will strengthen their hand.",
        "U.S. duties on steel, aluminum and vehicles that do not meet the agreement's content rules have weighed on some Mexican industries, though most Mexican exports continue to enter the United States tariff-free under the pact.",
        "The peso was little changed after the data, trading near 18.20 per dollar.",
    ],
    credit_line="Reporting by Felipe Arriaga; Editing by Rosalind Greer",
    related=[("Mexico's economy grew 0.3% in April, IGAE shows", "/markets/mexico-igae-april-2026-06-22/"),
             ("USMCA review: what's on the table in July", "/world/americas/usmca-review-explainer-2026-06-19/"),
             ("Banxico holds key rate at 6.75%", "/markets/banxico-holds-2026-05-14/")],
    cookie=1,
)

_S4_B = _newsletter(
    site="Border Freight Bulletin", domain="borderfreightbulletin.example",
    url="https://borderfreightbulletin.example/bulletins/2026-06-26-pm",
    issue="PM edition", date_line="Friday, June 26, 2026",
    headline="May trade: record exports, and the electronics boom keeps the docks busy",
    author="Wes Harrow",
    toc=["May trade: record exports, and the electronics boom keeps the docks busy",
         "Rail: cross-border intermodal volumes, week 25",
         "Bridges: weekend wait-time outlook",
         "Rates: spot van rates Laredo-Dallas"],
    sponsor="Cross-dock space available in Nuevo Laredo and Laredo. Bonded, 24/7, C-TPAT certified. Ask about summer rates.",
    body=[
        "INEGI's 6 a.m. release had everything a freight desk likes to see. Mexico exported $58.6 billion worth of goods in May, up 9.4% from May 2025 and the biggest monthly figure on record. Imports rose 5.2% to $55.8 billion, leaving a surplus of $2.8 billion.",
        "For cross-border carriers the more useful lines are in the detail:",
        ("table", ["May 2026", "US$ million", "Change y/y"],
         [["Total exports", "58,614", "+9.4%"],
          ["  Oil", "1,618", "-18.7%"],
          ["  Non-oil", "56,996", "+10.5%"],
          ["    Manufacturing", "54,250", "+11.2%"],
          ["      Automotive", "16,450", "+6.3%"],
          ["      Non-automotive", "37,800", "+13.5%"],
          ["    Agricultural", "2,050", "-3.1%"],
          ["    Mining", "696", "+1.5%"],
          ["Total imports", "55,772", "+5.2%"],
          ["  Consumer goods", "7,950", "+3.8%"],
          ["  Intermediate goods", "44,120", "+6.1%"],
          ["  Capital goods", "3,702", "-1.9%"],
          ["Balance", "+2,842", ""]]),
        "Consensus had the balance at around +$1.9 billion, so the headline beat by close to a billion dollars, and nearly all of the surprise came on the export side.",
        ("h", "What it means for lanes"),
        "The non-automotive manufacturing line is the story. Up 13.5% on the year, it is driven by computers and servers, with computer exports alone up 24.6%. That freight moves mostly from Chihuahua and Jalisco plants through El Paso and Laredo, and it is high-value, time-sensitive and usually dry van. Shippers we talk to say they are booking capacity weeks ahead for the second half.",
        "Autos were up 6.3%, respectable but well below the pace of early 2025, when plants rushed shipments ahead of U.S. tariff changes. Carriers hauling auto parts into the Midwest report steady, not booming, demand.",
        "Farm exports slipped 3.1%, partly on a weaker avocado and berry season. Southbound, intermediate-goods imports grew 6.1%, which keeps southbound trailers fuller than they were a year ago and helps balance lanes.",
        ("h", "The seasonally adjusted view"),
        "Strip out the usual seasonal swings and the surplus was a more modest $1.37 billion, with exports up 1.8% from April. April's unadjusted surplus was revised up to $1.12 billion.",
        "Year to date, Mexico is running a surplus of $3.41 billion after a deficit of $2.26 billion in January-May 2025.",
        ("h", "Looking ahead"),
        "The USMCA joint review formally opens July 1. Nobody we spoke to expects a change to tariff treatment this summer, but several shippers said customers are asking for contingency plans in case the review drags on.",
        "\u201cThe volume is there. What keeps my customers up at night is the paperwork, not the demand,\u201d said Paul Renner, who heads cross-border logistics at Redline Freight in San Antonio. \u201cEvery time there's talk about rules of origin, I get fifty emails.\u201d",
        "The June figures are due from INEGI in late July.",
    ],
    briefs=[("Rail", "Cross-border intermodal units rose 4% in week 25 compared with the same week last year, according to railroad filings."),
            ("Bridges", "Expect heavier northbound commercial waits Monday morning after the weekend closure of a lane at the Colombia Solidarity Bridge for maintenance."),
            ("Rates", "Spot dry van rates on the Laredo-Dallas lane averaged $2.41 a mile this week, up 6 cents.")],
    cookie=0,
)

_S4_C = _paper(
    site="Mexico Business Ledger", domain="mxbusinessledger.example",
    url="https://www.mxbusinessledger.example/en/economy/2026/06/27/exports-reach-record-in-may-surplus-of-2-8-billion-dollars",
    section="Economy",
    headline="Exports reach record in May; trade surplus of US$2.8 billion",
    dek="Computer and electronics shipments offset the fall in oil sales. The government says the figures strengthen Mexico ahead of the USMCA review.",
    author="Mariana Echeverría Luna", author_title="Economy Correspondent",
    published="2026-06-27T08:30:00-06:00",
    stamp="June 27, 2026 | 08:30",
    masthead_date="Saturday, June 27, 2026",
    lead=("https://cdn.mxbusinessledger.example/fotos/2026/06/ciudad-juarez-planta-electronica.jpg",
          "Workers assemble servers at a plant in Ciudad Juarez, Chihuahua.",
          "Photo: Mexico Business Ledger Archive"),
    body=[
        "Mexico's exports reached US$58.614 billion in May, the highest figure for any month since records began, according to data published on Friday by the National Institute of Statistics and Geography (INEGI).",
        "Imports totaled US$55.772 billion, so the country registered a trade surplus of US$2.842 billion for the month, about five times the US$563 million surplus of May 2025.",
        "At an exchange rate of about 18.20 pesos per dollar, May's exports were worth roughly 1.07 trillion pesos.",
        ("ad", "inline-1"),
        ("h", "Manufacturing leads"),
        "Manufacturing exports, which account for more than nine of every ten dollars that Mexico sells abroad, rose 11.2% from a year earlier. Within that category, exports of the automotive industry grew 6.3%, while non-automotive manufacturing exports increased 13.5%, driven by computers, whose foreign sales rose 24.6%.",
        "Oil exports, on the other hand, fell 18.7% year on year to US$1.618 billion, as production at Pemex continued to decline. Agricultural exports fell 3.1% and mining exports rose 1.5%.",
        "On the import side, purchases of intermediate goods rose 6.1%, consumer goods 3.8%, and capital goods fell 1.9%.",
        ("h", "Government reaction"),
        "The Economy Ministry said in a statement that the figures confirmed the strength of regional supply chains. \u201cThese results show that Mexico remains the most reliable partner of the United States, and that integration benefits both economies,\u201d said Rodrigo Anaya Lizárraga, undersecretary of foreign trade, according to the statement.",
        "The joint review of the trade agreement between Mexico, the United States and Canada formally begins on July 1. Anaya said Mexico would arrive at the review \u201cwith solid numbers and a constructive attitude.\u201d",
        ("ad", "inline-2"),
        ("h", "Analysts urge caution"),
        "Private analysts welcomed the figures but pointed out that the seasonally adjusted data were less spectacular. In seasonally adjusted terms, the surplus was US$1.37 billion, and exports grew 1.8% compared with April.",
        "Gabriela Ocampo, senior economist at Valmonte Research, said that manufacturing was carrying the whole load. \u201cThe auto numbers are decent, not spectacular,\u201d she said, adding that the fall in capital goods imports reflected hesitation among companies about investing while the trade review was pending.",
        "INEGI also revised its April figure: the trade surplus for that month was US$1.121 billion, compared with the US$1.048 billion originally reported.",
        "In the first five months of the year, Mexico accumulated a trade surplus of US$3.412 billion, compared with a deficit of US$2.264 billion in the same period of 2025.",
        "Business organizations in the northern border states said that the record figures were already visible in the traffic at customs crossings, where waiting times for cargo trucks have increased in recent weeks.",
    ],
    related=[("IGAE: economy grew 0.3% in April", "/en/economy/2026/06/22/igae-april"),
             ("USMCA review: the chapters Mexico wants to protect", "/en/economy/2026/06/20/usmca-review-chapters"),
             ("Remittances fall for third consecutive month", "/en/economy/2026/06/01/remittances-april")],
    most_read=["Peso closes the week at 18.20 per dollar", "Exports reach record in May; trade surplus of US$2.8 billion",
               "Pemex announces new debt operation", "Minimum wage commission schedules review"],
    tags=["INEGI", "Trade balance", "Exports", "USMCA"],
    comments=None,
    cookie=0,
)

_S4_D = _local(
    site="Gateway City Post", domain="gatewaycitypost.example",
    url="https://gatewaycitypost.example/2026/06/29/mexico-record-exports-laredo-bridges/",
    section="Business",
    headline="Mexico's record export month shows up on Laredo's bridges",
    dek="May's trade figures from Mexico City matched what truckers and customs brokers have been seeing at the border for weeks.",
    author="Isidro Benavides",
    published="2026-06-29T06:45:00-05:00", modified=None,
    stamp="June 29, 2026",
    weather="Laredo \u2022 84\u00b0F \u2022 Partly cloudy \u2022 High 103\u00b0",
    lead=("https://gatewaycitypost.example/wp-content/uploads/2026/06/world-trade-bridge-morning.jpg",
          "Northbound trucks line up at the World Trade Bridge early Friday",
          "Gateway City Post photo / Beatriz Longoria"),
    body=[
        "When Mexico's statistics agency reported last week that the country's exports had reached a record in May, Teodoro Villalón was not surprised.",
        "\u201cWe've been seeing it at the bridges for weeks,\u201d said Villalón, president of the Webb County Customs Brokers Association. \u201cThe lines tell you before the numbers do.\u201d",
        "Mexico exported $58.6 billion in goods in May, up 9.4% from a year earlier, according to figures INEGI released early Friday. It was the highest total for any month. Mexico also imported $55.8 billion, leaving a surplus of about $2.8 billion.",
        "Much of that trade passed through Laredo, the busiest land port on the U.S.-Mexico border. Northbound truck crossings at the city's two commercial bridges, the World Trade Bridge and the Colombia Solidarity Bridge, rose about 7% in May from a year earlier, according to the city's bridge system.",
        ("ad", "local-1"),
        ("h", "Computers, not just cars"),
        "Laredo has long been known as an auto-parts town, and vehicle-related exports from Mexico did grow, by 6.3%. But the fastest growth came from computers and electronics. Mexico's computer exports jumped 24.6% in May, part of a 13.5% rise in manufacturing exports outside the auto sector.",
        "Brokers say much of that cargo is servers and components bound for data centers in Texas and elsewhere in the United States.",
        "\u201cFive years ago I had maybe two clients in electronics. Now it's a third of my book,\u201d said Villalón.",
        "Mexico's oil exports, meanwhile, fell 18.7% from May 2025, continuing a long decline.",
        ("h", "The U.S. side of the ledger"),
        "U.S. figures use a different method and lag a month behind. The most recent Census Bureau data, for April, showed U.S. imports of goods from Mexico at $46.8 billion. The May figures are due in early July.",
        "Economists caution that one month doesn't make a trend. Adjusted for seasonal patterns, Mexico's May surplus was $1.37 billion.",
        ("h", "The review"),
        "The United States, Mexico and Canada are set to begin their formal review of the USMCA trade agreement on Wednesday, July 1. Local business leaders have been lobbying for the pact to be extended without major changes.",
        "Laredo Chamber of Commerce president Alicia Garza-Montemayor said the city had more riding on the review than almost anywhere in the country.",
        "\u201cEvery truck on that bridge is a paycheck in Laredo,\u201d she said. \u201cWe want Washington to remember that.\u201d",
        ("ad", "local-2"),
        "Villalón said his members were preparing for a busy second half of the year regardless. Peak season for retail goods typically starts in August, and brokers are already hiring.",
    ],
    related=[("Bridge wait times: new lanes open at World Trade Bridge", "/2026/06/22/world-trade-bridge-new-lanes/"),
             ("Heat advisory extended through the weekend", "/2026/06/27/heat-advisory/"),
             ("City council approves bridge fee study", "/2026/06/24/bridge-fee-study/")],
    sponsored=["Border Truck Driving Academy: CDL classes start July 6", "Casa Grande Furniture: summer clearance"],
    cookie=2,
)

STORY_4 = _story("tr-MA4", "trade", "2026-06-30", [
    _page("https://www.meridianwire.example/markets/mexico-posts-284-bln-trade-surplus-may-record-exports-2026-06-26/", _S4_A),
    _page("https://borderfreightbulletin.example/bulletins/2026-06-26-pm", _S4_B),
    _page("https://www.mxbusinessledger.example/en/economy/2026/06/27/exports-reach-record-in-may-surplus-of-2-8-billion-dollars", _S4_C),
    _page("https://gatewaycitypost.example/2026/06/29/mexico-record-exports-laredo-bridges/", _S4_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# Story 5 - rk-MA5 - Condor 1 second flight from Vandenberg (PLANTED)
# Facts: liftoff Mon 14 Sep 2026 10:42 p.m. PDT = 0542 UTC Tue 15 Sep = 1:42 a.m. EDT Tue =
# 11:42 p.m. Mon Mexico City (UTC-6) = 10:42 p.m. in Baja California (PDT). Window opened
# 10:30 p.m. PDT (12-minute hold for a boat in the range). Arroyo Launch Systems (Long
# Beach), CEO Teresa Valdivia, chief engineer Owen Pradhan. MECO T+2:41, SECO T+8:31,
# 520 km (323 mi) sun-synchronous orbit, 97.5 deg. Four satellites (2 Mirasol Geoanalytics,
# Vaquita-1 from the Technological Institute of Ensenada, 1 AFRL demo), deployment T+54 to
# T+61 min. First flight Tue 18 Nov 2025 failed 74 s after liftoff. Fri 11 Sep scrub at
# T-41 s (second-stage valve sensor). Rocket 29 m / 95 ft; 1,000 kg (2,200 lb) to LEO.
# Next flight first quarter of 2027.
# PLANTED: liftoff "10:24 p.m. PDT (0524 UTC)" (page B) vs 10:42; "five satellites"
# (page C) vs four.
# ===========================================================================

_S5_A = _local(
    site="Lompoc Coast Record", domain="lompoccoastrecord.example",
    url="https://lompoccoastrecord.example/2026/09/14/arroyo-condor-1-reaches-orbit-vandenberg/",
    section="Vandenberg",
    headline="Second time's the charm: Arroyo's Condor 1 reaches orbit from Vandenberg",
    dek="Ten months after its first rocket broke apart over the Pacific, the Long Beach company puts four small satellites into orbit.",
    author="Gretchen Aldana",
    published="2026-09-14T23:58:00-07:00", modified="2026-09-15T01:10:00-07:00",
    stamp="Posted September 14, 2026 11:58 pm \u2022 Updated September 15, 2026 1:10 am",
    weather="Lompoc \u2022 57\u00b0F \u2022 Fog",
    lead=("https://lompoccoastrecord.example/wp-content/uploads/2026/09/condor-1-launch-streak.jpg",
          "A long exposure shows the Condor 1 rocket's path after liftoff from Vandenberg Space Force Base on Monday night, seen from Ocean Avenue",
          "Photo by Dale Ferreira"),
    body=[
        "Arroyo Launch Systems' Condor 1 rocket lifted off from Vandenberg Space Force Base at 10:42 p.m. Monday and reached orbit about eight and a half minutes later, a clean second flight for a company whose first attempt ended in failure last November.",
        "The two-stage rocket rose through a thin marine layer, briefly lighting up the fog over Lompoc before its exhaust plume turned south over the Pacific. Residents who gathered along Ocean Avenue and at the overlook on Harris Grade Road cheered as the sound reached them, a low rumble that rattled windows several seconds after the flame was visible.",
        "The launch came 12 minutes into a window that opened at 10:30 p.m. A brief hold was called after a boat strayed into the offshore safety zone, according to the company's webcast.",
        ("ad", "local-1"),
        "About 54 minutes after liftoff, the second stage began releasing its four small satellites. The company confirmed on its webcast that the last of them had separated at 11:43 p.m.",
        "The satellites include two Earth-imaging spacecraft for Mirasol Geoanalytics of San Diego, a technology demonstration cubesat for the Air Force Research Laboratory, and Vaquita-1, a small satellite built by students at the Technological Institute of Ensenada in Baja California to monitor sea-surface temperatures in the Gulf of California.",
        ("h", "A rough first flight"),
        "Arroyo's first Condor 1 flight, on Nov. 18, 2025, lasted only 74 seconds. A fault in one of the first-stage engines caused the rocket to break apart over the ocean, scattering debris well offshore. No one was hurt. The Federal Aviation Administration closed its review of the accident in June.",
        "The company had tried to launch its second rocket on Friday, but the countdown was halted 41 seconds before liftoff when a sensor on a second-stage valve gave an unexpected reading. Engineers replaced the sensor over the weekend.",
        "\u201cI was here for the first one, and I honestly didn't want to watch this time,\u201d said Marisol Ybarra, a Lompoc teacher who brought her two sons to Ocean Avenue. \u201cThe boys talked me into it. I'm glad they did.\u201d",
        ("ad", "local-2"),
        ("h", "What it means for the base"),
        "The flight adds another company to a growing list of commercial launch providers flying from Vandenberg, which sits along the coast northwest of Lompoc in Santa Barbara County. Local officials have welcomed the activity, which brings engineers and technicians to the Lompoc Valley, though some residents have complained about late-night sonic booms from the busier schedule.",
        "Arroyo, based in Long Beach, employs about 40 people at the base, according to the company.",
        "Update, 1:10 a.m.: At a post-launch news conference shortly after midnight, Arroyo chief executive Teresa Valdivia said the company had received signals from all four satellites' operators confirming they were healthy. \u201cTonight we got to see the whole movie instead of just the first scene,\u201d she said.",
        "Valdivia said the company plans its next launch in the first quarter of 2027.",
    ],
    related=[("Vandenberg launch schedule: what's coming up this fall", "/2026/09/08/vandenberg-launch-schedule-fall/"),
             ("Arroyo scrubs Condor 1 launch seconds before liftoff", "/2026/09/11/arroyo-scrub-condor/"),
             ("City council takes up sonic boom complaints", "/2026/08/25/council-sonic-boom-complaints/")],
    sponsored=["Valley Hardware: fall garden sale", "Lompoc Valley Medical Center: flu shots now available"],
    cookie=0,
)

_S5_B = _newsletter(
    site="The Orbital Ledger", domain="orbitalledger.example",
    url="https://orbitalledger.example/daily/2026-09-15",
    issue="Launch Daily", date_line="Tuesday, September 15, 2026",
    headline="Condor 1 makes orbit on flight two; Arroyo joins the small-launch club",
    author="Priya Raman-Holt",
    toc=["Condor 1 makes orbit on flight two",
         "Manifest check: the rest of September",
         "Funding: two Series B rounds close",
         "Regulatory: FAA Part 450 updates"],
    sponsor="Payload integration, environmental testing and launch brokerage for smallsat operators. Now booking Q2 2027 rideshares.",
    body=[
        "Arroyo Launch Systems got the result it needed. Condor 1 lifted off from Vandenberg at 10:24 p.m. PDT on Monday (0524 UTC Tuesday) and placed all four of its customer payloads into a roughly 520-kilometer sun-synchronous orbit, ten months after the vehicle's debut ended 74 seconds into flight.",
        ("table", ["Event", "Time after liftoff"],
         [["Max-Q", "T+1:10"],
          ["Main engine cutoff, stage separation", "T+2:41"],
          ["Fairing jettison", "T+3:05"],
          ["Second-stage engine cutoff (orbit)", "T+8:31"],
          ["First payload deployed", "T+54 min"],
          ["Last payload deployed", "T+61 min"]]),
        ("h", "The vehicle"),
        "Condor 1 stands 29 m tall and burns liquid oxygen and methane in both stages. Arroyo quotes a capacity of 1,000 kg to low Earth orbit, putting it in the same class as several other dedicated small launchers, and a list price the company has not disclosed but says is competitive with rideshare once schedule control is priced in.",
        "Flight one failed when a first-stage engine developed a fault during ascent. Arroyo traced the problem to a turbopump seal and redesigned the part. The FAA's mishap investigation closed in June.",
        ("h", "The payloads"),
        ("ul", ["Two 6U Earth-observation cubesats for Mirasol Geoanalytics (San Diego)",
                "Vaquita-1, a 3U student satellite from the Technological Institute of Ensenada (Mexico)",
                "A technology-demonstration cubesat for the Air Force Research Laboratory"]),
        "Target orbit was 520 km at 97.5 degrees inclination. The company says early tracking shows the insertion was close to nominal.",
        "Customers were quick to check in. The Vaquita-1 team in Ensenada reported first contact with its spacecraft early Tuesday, and Mirasol said both of its imagers had sent back health data on their first passes over its ground stations.",
        ("h", "What they said"),
        "Chief engineer Owen Pradhan told the post-launch briefing that the upper stage \u201cdid exactly what the models said it would, to within a couple of meters per second.\u201d CEO Teresa Valdivia described the flight as seeing \u201cthe whole movie instead of just the first scene.\u201d",
        ("h", "Why it matters"),
        "A successful second flight is the threshold most customers and insurers want to see before they commit. Arroyo says it has a backlog of nine launches and is targeting its next flight, its first with an all-commercial manifest, for the first quarter of 2027. The company raised $140 million in March.",
        "The harder question is cadence. Arroyo needs to fly several times a year to make the economics work, and the Vandenberg range is busier than it has ever been. Friday's scrub at T-41 seconds, caused by a faulty valve sensor, was handled cleanly, but the company will need to show it can turn pads around quickly.",
    ],
    briefs=[("Manifest", "Three more launches are scheduled from Vandenberg and two from Cape Canaveral before the end of the month."),
            ("Funding", "Two in-space logistics startups closed Series B rounds this week, together worth about $95 million."),
            ("Regulatory", "The FAA published guidance on streamlining Part 450 license modifications for repeat missions.")],
    cookie=1,
)

_S5_C = _broadcast(
    site="Atlantic News Channel", domain="anc-news.example",
    url="https://anc-news.example/science/space/arroyo-condor-rocket-reaches-orbit-second-launch",
    section="Science & Space",
    headline="California startup's rocket reaches orbit on second try",
    author="By Derek Olawale, ANC Science Correspondent",
    stamp="Updated 7:15 AM EDT, Tue September 15, 2026",
    tagline="Space: watch the overnight launch from Vandenberg",
    video_caption="Watch: Condor 1 lifts off from Vandenberg Space Force Base (1:02)",
    body=[
        "A rocket built by a small California company reached orbit for the first time overnight, carrying five small satellites, including two Earth-imaging spacecraft for a San Diego firm and a student-built satellite from Mexico.",
        "Arroyo Launch Systems' Condor 1 rocket lifted off from Vandenberg Space Force Base on California's Central Coast at 10:42 p.m. PT Monday, which was 1:42 a.m. ET Tuesday.",
        "The rocket's upper stage reached orbit roughly eight and a half minutes after launch, and the company later confirmed that the satellites had been released about an hour into the flight.",
        ("ad", "bc-1"),
        "It was a sharp turnaround for Long Beach-based Arroyo. The first Condor 1 broke apart just 74 seconds after liftoff in November 2025 when one of its first-stage engines failed.",
        "\u201cTonight we got to see the whole movie instead of just the first scene,\u201d CEO Teresa Valdivia told reporters after the launch.",
        "The company's chief engineer, Owen Pradhan, said the rocket's second stage performed almost exactly as computer models predicted.",
        ("h", "A crowded field"),
        "Arroyo is one of a handful of companies trying to build a business launching small satellites on dedicated rockets, rather than as passengers on much larger vehicles. The idea is that customers will pay extra to choose when and where their satellites go.",
        "The market has been tough. Several small-launch companies have gone out of business or been absorbed by competitors in recent years, and larger rockets that carry dozens of satellites at once have driven prices down.",
        "\u201cA second flight that works is the admission ticket,\u201d said Laura Kinsella, a space industry analyst at Beacon Aerospace Advisors in Washington. \u201cIt doesn't guarantee anything, but without it, nobody signs a contract.\u201d",
        ("fig", "https://media.anc-news.example/2026/09/15/condor-1-pad-vandenberg.jpg",
         "The Condor 1 rocket on its launch pad at Vandenberg Space Force Base before Friday's scrubbed attempt.",
         "Arroyo Launch Systems via ANC"),
        ("h", "Delays and a scrub"),
        "The launch had been postponed several times. A first attempt on Friday was called off 41 seconds before liftoff because of a faulty sensor reading, and on Monday the countdown was held briefly when a boat entered the restricted area offshore.",
        "The 95-foot rocket is designed to carry about 2,200 pounds to low Earth orbit. Arroyo says its next flight is planned for early 2027.",
        ("ad", "bc-2"),
        "The launch was visible across a wide stretch of Southern California, and social media filled with photos of the rocket's glowing trail from as far away as Los Angeles, about 150 miles to the southeast.",
        "The student satellite, called Vaquita-1, was built at a technological institute in Ensenada, Mexico. Its team said it hopes to begin sending back sea temperature measurements within a few weeks.",
    ],
    related=[("What is a sun-synchronous orbit?", "/science/space/explainer-sun-synchronous-orbit"),
             ("NASA sets date for next lunar lander test", "/science/space/nasa-lunar-lander-test-date"),
             ("Meteor shower peaks this weekend: how to watch", "/science/space/meteor-shower-weekend")],
    trending=["Storm system to bring heavy rain to the Northeast", "Stocks open higher ahead of Fed meeting",
              "California startup's rocket reaches orbit on second try", "Recall issued for popular kitchen appliance"],
    cookie=2,
)

_S5_D = _paper(
    site="Diario del Pacífico (English Edition)", domain="diariodelpacifico.example",
    url="https://www.diariodelpacifico.example/english/science/2026/09/15/vaquita-1-ensenada-students-satellite-orbit",
    section="Science",
    headline="Ensenada students' satellite reaches orbit aboard U.S. rocket",
    dek="Vaquita-1, built at the Technological Institute of Ensenada, will measure sea temperatures in the Gulf of California.",
    author="Alejandra Meza Corral", author_title="Science Reporter",
    published="2026-09-15T09:00:00-07:00",
    stamp="Ensenada, B.C. | September 15, 2026, 9:00 a.m.",
    masthead_date="Martes 15 de septiembre de 2026 / Tuesday, September 15, 2026",
    lead=("https://cdn.diariodelpacifico.example/img/2026/09/vaquita-1-equipo.jpg",
          "Members of the Vaquita-1 team celebrate in the institute's ground-station room after receiving the satellite's first signal early Tuesday.",
          "Photo: Diario del Pacífico / Hugo Estrada"),
    body=[
        "A small satellite designed and built by students at the Technological Institute of Ensenada is in orbit after launching Monday night from Vandenberg Space Force Base in California, about 490 kilometers northwest of Ensenada.",
        "The satellite, named Vaquita-1 after the endangered porpoise that lives only in the northern Gulf of California, traveled aboard a Condor 1 rocket from the U.S. company Arroyo Launch Systems. The rocket lifted off at 10:42 p.m. Baja California time on Monday, 11:42 p.m. in Mexico City.",
        "Vaquita-1 was one of four satellites on the flight. The others were two imaging satellites for a San Diego company and a test satellite for the U.S. Air Force.",
        ("ad", "inline-1"),
        "About a dozen students and professors followed the launch on a screen in the institute's small ground station, built on the roof of the engineering building. When the rocket's second stage reached orbit, roughly eight and a half minutes after liftoff, the room erupted.",
        "But the moment everyone was waiting for came later. At 1:17 a.m. Tuesday, the ground station picked up the satellite's first radio signal as it passed over the Baja California peninsula.",
        "\u201cWe heard it, and nobody could speak for a few seconds,\u201d said Itzel Carrasco Durán, the professor who leads the project. \u201cOur students have been sleeping in the lab for a week. Some of them have been working on this since their first semester.\u201d",
        ("h", "Four years of work"),
        "The project began in 2022 with a group of eight students and has since involved more than 60. Vaquita-1 is a cubesat about the size of a loaf of bread, with a small infrared sensor to measure the temperature of the sea surface. The team hopes its data will help researchers studying the Gulf's ecosystems, including the habitat of the vaquita, of which only a handful remain.",
        "The satellite's launch was paid for through a program of the state government and private donors, at a cost that the institute put at about 1.9 million pesos, roughly US$100,000.",
        "Carrasco said that the team had nearly lost its place on the rocket after Arroyo's first launch failed in November 2025, and again last Friday, when the countdown was stopped 41 seconds before liftoff.",
        ("ad", "inline-2"),
        ("h", "A first for the region"),
        "The satellite is the first built entirely in Baja California to reach orbit, according to the institute. Mexico has launched other university satellites in recent years, but most were developed in the center of the country.",
        "Arroyo's chief executive, Teresa Valdivia, said after the launch that the company had received confirmation that all four satellites were healthy.",
        "Over the coming weeks, the team will test the satellite's systems before beginning regular measurements. \u201cNow the real work begins,\u201d Carrasco said.",
    ],
    related=[("Ensenada students prepare satellite for launch", "/english/science/2026/08/02/vaquita-1-preparation"),
             ("Vaquita population survey: what scientists found this year", "/english/environment/2026/07/18/vaquita-survey"),
             ("Port of Ensenada reports record cruise season", "/english/economy/2026/09/01/ensenada-cruise-season")],
    most_read=["Tijuana-San Diego border wait times this week", "Ensenada students' satellite reaches orbit aboard U.S. rocket",
               "Wine harvest festival schedule announced", "New desalination plant: construction update"],
    tags=["Space", "Ensenada", "Vaquita-1", "Science"],
    comments=27,
    cookie=1,
)

STORY_5 = _story("rk-MA5", "rocket", "2026-09-16", [
    _page("https://lompoccoastrecord.example/2026/09/14/arroyo-condor-1-reaches-orbit-vandenberg/", _S5_A),
    _page("https://orbitalledger.example/daily/2026-09-15", _S5_B),
    _page("https://anc-news.example/science/space/arroyo-condor-rocket-reaches-orbit-second-launch", _S5_C),
    _page("https://www.diariodelpacifico.example/english/science/2026/09/15/vaquita-1-ensenada-students-satellite-orbit", _S5_D),
], [
    ("liftoff clock time", r"10:42|\b0?5:42\b|\b0542\b|\b1:42\b|11:42", r"10:24|\b0?5:24\b|\b0524\b"),
    ("number of satellites carried", r"\bfour\b|(?<![\d:.,])4(?![\d:.,])", r"\bfive\b|(?<![\d:.,])5(?![\d:.,])"),
])

# ===========================================================================
# Story 6 - eq-MA6 - Guerrero earthquake (CONTROL: outlets agree on every fact)
# Facts: Wed 18 Feb 2026 11:52 p.m. local (UTC-6) = 0552 GMT Thu 19 Feb = 12:52 a.m. EST Thu.
# SSN: M7.0 (preliminary 7.2), 41 km SSW of San Marcos, Guerrero, depth 16 km; ~55 km
# (34 mi) SE of Acapulco. USGS: M7.1. Tsunami threat message, then cancelled; Acapulco gauge
# 35 cm (~14 in). Largest aftershock M5.4 at 3:16 a.m. Thu. Aftershocks 312 by 8 a.m. Thu,
# 587 by 8 a.m. Fri. Toll: 2 dead / 23 injured ~3 a.m. Thu; 4 / 38 at 8 a.m. Thu (state);
# 6 / 112 at 1 p.m. Thu (national coordinator Laura Esquivel Ocampo; Acapulco 4, San Marcos 2;
# 2,150 homes damaged, 14 shelters, ~1,300 people); 7 (Chilpancingo hospital death) ~6 p.m. Thu;
# 9 / 131 at 10 a.m. Fri (Acapulco 5, San Marcos 2, Chilpancingo 1, Florencio Villarreal 1;
# 3,480 homes, 27 schools). Power: 1.2 million customers cut; 87% back by midday Thu, 96% by
# Thu evening, 99% Fri morning. Classes suspended Thu, then Fri too. State civil protection
# chief Rodrigo Altamirano Pena.
# ===========================================================================

_S6_A = _wire(
    site="Continental News Wire", short="CNW", domain="cnwire.example",
    url="https://www.cnwire.example/world/americas/strong-quake-southern-mexico-acapulco-2026-02-19/",
    section="World",
    headline="Strong quake shakes southern Mexico, killing at least two in Acapulco",
    dek="Magnitude 7.1 tremor off Guerrero coast sends residents into streets; alarms sound in Mexico City",
    author="Sofía Ledesma",
    published="2026-02-19T07:55:00Z", modified="2026-02-19T09:20:00Z",
    stamp="February 19, 2026 7:55 AM GMT \u00b7 Updated February 19, 2026 9:20 AM GMT",
    dateline="ACAPULCO, Mexico, Feb 19",
    lead=("https://img.cnwire.example/2026/02/19/acapulco-quake-street.jpg",
          "Residents stand outside their homes after an earthquake in Acapulco, Guerrero state, Mexico, February 19, 2026.",
          "CNW/Javier Ocampo"),
    body=[
        "A powerful earthquake struck off Mexico's southern Pacific coast late on Wednesday, killing at least two people in the resort city of Acapulco, damaging buildings and sending frightened residents into the streets as far away as Mexico City.",
        "The U.S. Geological Survey put the magnitude at 7.1. Mexico's National Seismological Service (SSN) first reported a magnitude of 7.2 and later revised its estimate to 7.0. The quake struck at 11:52 p.m. local time on Wednesday (0552 GMT on Thursday).",
        "The SSN located the epicenter in the Pacific 41 km (25 miles) south-southwest of the town of San Marcos in Guerrero state, at a depth of 16 km (10 miles), or roughly 55 km southeast of Acapulco.",
        "Guerrero's civil protection chief, Rodrigo Altamirano Peña, said a man was killed when a wall fell on him in Acapulco's Renacimiento neighborhood and a woman died after being hit by falling debris in the city's old downtown. At least 23 people had been treated for injuries, he told a local radio station at about 3 a.m.",
        "\u201cIt is still dark and we are going house by house,\u201d Altamirano said. \u201cI expect these numbers to change when the sun comes up.\u201d",
        ("ad", "wire-1"),
        "Images shared on social media showed shattered glass on the seafront boulevard, a collapsed balcony on a hotel facade and a pedestrian bridge that had partly come loose from its supports. In San Marcos, residents said the bell tower of the parish church had fallen into the square.",
        "\u201cThe building was moving like a boat,\u201d said Yesenia Flores, 29, a receptionist at a hotel on the Costera, Acapulco's main beachfront avenue. \u201cWe got the guests out in the dark with our phone lights.\u201d",
        "The Pacific Tsunami Warning Center initially said hazardous waves were possible on coasts within 300 km of the epicenter, but later said the threat had passed. A tide gauge in Acapulco recorded a sea-level change of about 35 cm (14 inches).",
        "A magnitude 5.4 aftershock shook the area at 3:16 a.m. local time, the SSN said, one of dozens recorded in the first hours after the main quake.",
        ("ad", "wire-2"),
        "In Mexico City, about 300 km (190 miles) north of Acapulco, the city's early warning sirens sounded before the shaking arrived and people in pajamas gathered on sidewalks. City officials said helicopter overflights had found no serious damage in the capital.",
        "The Federal Electricity Commission said roughly 1.2 million customers lost power in Guerrero and neighboring states. Guerrero's education department suspended classes across the state for Thursday.",
        "The coast of Guerrero lies above the boundary where the Pacific seafloor is being forced beneath the Mexican landmass, and strong earthquakes are frequent there. Acapulco was last badly shaken in September 2021, when a magnitude 7 quake damaged buildings in the city.",
    ],
    credit_line="Reporting by Sofía Ledesma in Acapulco and Tomás Reyes in Mexico City; Writing by Grace Hollings; Editing by Peter Vance",
    related=[("Mexico's earthquake early warning system: how it works", "/world/americas/explainer-mexico-quake-alert-2026-02-19/"),
             ("Acapulco's slow recovery from Hurricane Otis", "/world/americas/acapulco-otis-recovery-2025-10-24/"),
             ("Japan lifts tsunami advisory after offshore quake", "/world/asia-pacific/japan-tsunami-advisory-2026-02-11/")],
    cookie=1,
)

_S6_B = _paper(
    site="Pacific Mexico Daily", domain="pacificmexicodaily.example",
    url="https://www.pacificmexicodaily.example/nation/2026/02/19/guerrero-earthquake-death-toll-rises-to-six",
    section="Nation",
    headline="Guerrero earthquake death toll rises to six; 112 injured",
    dek="Federal officials say more than 2,000 homes were damaged. Classes are suspended across the state on Thursday and Friday.",
    author="Renata Villaseñor and Ángel Bustos", author_title="Acapulco and Mexico City",
    published="2026-02-19T14:30:00-06:00",
    stamp="February 19, 2026 \u2022 14:30",
    masthead_date="Thursday, February 19, 2026",
    lead=("https://cdn.pacificmexicodaily.example/img/2026/02/19/san-marcos-iglesia.jpg",
          "The fallen bell tower of the parish church in San Marcos, Guerrero, on Thursday morning.",
          "Photo: Ángel Bustos / Pacific Mexico Daily"),
    body=[
        "ACAPULCO, Gro. \u2014 Six people died and 112 were injured in the earthquake that shook Guerrero shortly before midnight on Wednesday, the national civil protection coordinator, Laura Esquivel Ocampo, said at a news conference in Acapulco at 1 p.m. on Thursday.",
        "Four of the dead were in Acapulco and two in the municipality of San Marcos, she said. Nineteen of the injured remained in hospital.",
        "Earlier on Thursday, state authorities had put the toll at four dead and 38 injured. Officials warned that the numbers could still rise as crews reach outlying communities in the Costa Chica region.",
        ("ad", "inline-1"),
        "The National Seismological Service (SSN) measured the earthquake at magnitude 7.0, after a preliminary estimate of 7.2. The U.S. Geological Survey calculated it at 7.1. According to the SSN, the epicenter was in the ocean, 41 kilometers south-southwest of San Marcos, at a depth of 16 kilometers.",
        ("h", "More than 2,000 homes damaged"),
        "Esquivel said a preliminary count found 2,150 homes with some degree of damage, most of them in San Marcos, Acapulco and the neighboring municipality of Florencio Villarreal. Authorities opened 14 temporary shelters, where about 1,300 people spent Thursday.",
        "\u201cThe priority now is the families who cannot go back to their homes,\u201d Esquivel said. \u201cNobody is going to be left without a roof tonight.\u201d",
        "In San Marcos, the bell tower of the parish church collapsed onto the main square. Several adobe houses in the town's older neighborhoods came down completely.",
        "\u201cI have lived through many earthquakes, but never one like this,\u201d said Herminia Salgado, 74, who spent the night on a plastic chair outside her house. \u201cThe whole house sounded like it was breaking.\u201d",
        ("h", "Hundreds of aftershocks"),
        "The SSN had recorded 312 aftershocks by 8 a.m. on Thursday. The strongest, of magnitude 5.4, occurred at 3:16 a.m. and sent many people who had gone back inside out onto the street again.",
        "The Federal Electricity Commission (CFE) said the quake cut electricity to 1.2 million customers and that service had been restored to 87% of them by midday.",
        ("ad", "inline-2"),
        "Acapulco's international airport suspended operations overnight for an inspection of the runway and terminal and reopened at 9 a.m. Hotels along the Costera Miguel Alemán reported broken windows and fallen ceiling panels, but the state tourism department said no major structural damage had been found in the hotel zone.",
        "The state education department suspended classes at all levels on Thursday and Friday so that school buildings can be inspected.",
        "The Guerrero coast was last hit by a quake of similar size in September 2021. Seismologists note that the region lies on one of the most active stretches of the boundary where the ocean floor slides beneath the continent.",
    ],
    related=[("Map: where the quake was felt", "/nation/2026/02/19/quake-map-felt-reports"),
             ("How to check your home for damage after an earthquake", "/nation/2026/02/19/home-damage-checklist"),
             ("Mexico City alarm sounded: no damage reported in the capital", "/cdmx/2026/02/19/alarm-no-damage")],
    most_read=["Guerrero earthquake death toll rises to six; 112 injured", "What we know about the aftershocks",
               "Peso steady after earthquake", "Liga MX: weekend schedule changes"],
    tags=["Earthquake", "Guerrero", "Acapulco", "Civil protection"],
    comments=None,
    cookie=2,
)

_S6_C = _broadcast(
    site="United Broadcast News", domain="ubn-news.example",
    url="https://ubn-news.example/world/mexico-earthquake-acapulco-guerrero-deaths",
    section="World",
    headline="Mexico earthquake: at least 7 dead after powerful quake near Acapulco",
    author="By Claire Donovan and Marco Ibarra, UBN",
    stamp="Updated 8:05 PM EST, Thu February 19, 2026",
    tagline="Developing: deadly earthquake in southern Mexico",
    video_caption="Drone video shows damage in San Marcos, Guerrero (1:34)",
    body=[
        "At least seven people were killed and more than 110 injured after a magnitude 7.1 earthquake struck off Mexico's Pacific coast late Wednesday, Mexican officials said Thursday evening.",
        "The quake hit at 11:52 p.m. local time Wednesday, or 12:52 a.m. Thursday on the East Coast. The U.S. Geological Survey placed its center under the ocean about 34 miles southeast of Acapulco, the beach resort popular with American tourists. Mexico's national seismological service measured it at magnitude 7.0.",
        "Guerrero state civil protection officials said Thursday evening that the death toll had risen to seven after a man who was injured in Chilpancingo, the state capital, died in hospital. Earlier Thursday, federal officials had reported six deaths.",
        ("ad", "bc-1"),
        "Most of the victims were in Acapulco and in the town of San Marcos, closer to the epicenter, where older adobe homes crumbled and the bell tower of the town's church fell into the plaza.",
        "Mexican authorities say more than 2,000 homes were damaged, and hundreds of people spent Thursday in temporary shelters.",
        ("h", "Tourists shaken"),
        "Kyle Brandt, a retiree from Phoenix on a two-week vacation with his wife, said their 14th-floor hotel room in Acapulco's hotel zone swayed for what felt like a very long time.",
        "\u201cThe pictures came off the walls, the closet doors were banging, and then the power went out,\u201d Brandt told UBN by phone. \u201cWe walked down 14 flights in the dark with a bunch of strangers. Everybody was calm, which honestly surprised me.\u201d",
        "The State Department said it was not aware of any U.S. citizens among the dead and urged Americans in the area to follow instructions from local authorities.",
        ("h", "Small tsunami, no threat to U.S."),
        "The quake generated a small tsunami wave, measured at about 14 inches on a tide gauge in Acapulco. The U.S. National Tsunami Warning Center said there was no threat to the West Coast, Hawaii or Alaska.",
        ("fig", "https://media.ubn-news.example/2026/02/19/acapulco-hotel-damage.jpg",
         "Workers clear debris from a damaged hotel facade in Acapulco on Thursday.",
         "Javier Ocampo / CNW"),
        "In Mexico City, some 200 miles from the epicenter, the city's earthquake sirens gave residents warning before the shaking arrived. Many people rushed out of apartment buildings in the middle of the night. No significant damage was reported in the capital.",
        ("ad", "bc-2"),
        ("h", "Aftershocks continue"),
        "Hundreds of aftershocks have rattled the region since the main quake, the largest of them a magnitude 5.4 early Thursday. Mexico's Federal Electricity Commission said power had been restored to 96% of the 1.2 million customers who lost it.",
        "Guerrero's coast is one of the most seismically active areas in the Western Hemisphere. A magnitude 7 quake struck near Acapulco in September 2021, and the city was devastated by Hurricane Otis in October 2023, a disaster from which many neighborhoods were still recovering.",
        "Classes remain suspended across Guerrero through Friday.",
    ],
    related=[("Why Mexico gets so many strong earthquakes", "/world/why-mexico-earthquakes"),
             ("Traveling to Mexico? What to know after the earthquake", "/travel/mexico-earthquake-travel-advice"),
             ("Mexico's earthquake alarm: how warning systems buy seconds", "/science/earthquake-early-warning")],
    trending=["Winter storm warning for the Midwest", "Acapulco earthquake: drone video shows damage",
              "Stocks close lower on rate worries", "Airline to add nonstop flights to Mexico"],
    cookie=0,
)

_S6_D = _liveblog(
    site="Sur de México Noticias", domain="surdemexico.example",
    url="https://surdemexico.example/english/live/guerrero-earthquake-updates",
    headline="Guerrero earthquake: live updates",
    summary="A magnitude 7.0 earthquake struck off the coast of Guerrero at 23:52 on Wednesday, February 18. Follow the latest on casualties, damage and aftershocks.",
    published="2026-02-19T00:04:00-06:00", modified="2026-02-20T11:40:00-06:00",
    stamp="Last updated: February 20, 2026, 11:40 (central Mexico time)",
    authors="Paulina Navarrete, Josué Cervantes and Lidia Román",
    key_points=["Death toll at nine, with 131 people injured, as of 10:00 on Friday",
                "The SSN measured the quake at magnitude 7.0; the USGS estimates 7.1",
                "Epicenter 41 km south-southwest of San Marcos, Guerrero, at 16 km depth",
                "3,480 homes and 27 schools damaged, according to the latest count",
                "Classes suspended in Guerrero on Thursday and Friday"],
    entries=[
        ("2026-02-20T11:40:00-06:00", "Friday 11:40", "Death toll rises to nine",
         ["Guerrero civil protection has updated its figures as of 10:00 this morning: nine people have died and 131 have been injured.",
          "By municipality, five of the dead were in Acapulco, two in San Marcos, one in Chilpancingo and one in Florencio Villarreal, where a woman's body was found beneath the rubble of her house late on Thursday.",
          "The count of damaged homes now stands at 3,480, and 27 schools will need repairs before classes can resume, state officials said."]),
        ("2026-02-20T09:15:00-06:00", "Friday 09:15", "Aftershocks pass 580",
         ["The SSN has now recorded 587 aftershocks as of 08:00 on Friday. Most are too small to be felt, but several above magnitude 4 woke residents overnight in Acapulco and San Marcos.",
          "The CFE says electricity has been restored to 99% of affected customers."]),
        ("2026-02-19T19:10:00-06:00", "Thursday 19:10", "Seventh death confirmed",
         ["State civil protection says a man who was injured in Chilpancingo when part of his house collapsed has died in hospital, bringing the toll to seven.",
          "The CFE reports 96% of the 1.2 million customers who lost power now have it back."]),
        ("2026-02-19T13:25:00-06:00", "Thursday 13:25", "Six dead, 112 injured: federal civil protection",
         ["At a press conference in Acapulco, national civil protection coordinator Laura Esquivel Ocampo said six people had died (four in Acapulco and two in San Marcos) and 112 had been injured.",
          "A preliminary survey found 2,150 damaged homes. There are 14 shelters open, housing about 1,300 people.",
          ("pull", "\u201cNobody is going to be left without a roof tonight.\u201d \u2014 Laura Esquivel Ocampo")]),
        ("2026-02-19T12:10:00-06:00", "Thursday 12:10", "Classes suspended on Friday too",
         ["The state education department has extended the suspension of classes to Friday so engineers can inspect school buildings."]),
        ("2026-02-19T08:20:00-06:00", "Thursday 08:20", "Toll rises to four",
         ["Guerrero civil protection chief Rodrigo Altamirano Peña says four people have died, three in Acapulco and one in San Marcos, and 38 have been injured.",
          "The SSN reports 312 aftershocks as of 08:00."]),
        ("2026-02-19T03:25:00-06:00", "Thursday 03:25", "Magnitude 5.4 aftershock",
         ["A strong aftershock, magnitude 5.4 according to the SSN, was felt at 03:16 in Acapulco and Chilpancingo. Many residents who had returned to their homes went back outside."]),
        ("2026-02-19T01:40:00-06:00", "Thursday 01:40", "Tsunami threat over",
         ["The Pacific Tsunami Warning Center says the threat of hazardous waves has passed. The tide gauge at Acapulco registered a variation of about 35 centimeters."]),
        ("2026-02-19T01:30:00-06:00", "Thursday 01:30", "First deaths reported in Acapulco",
         ["State civil protection confirms two deaths in Acapulco: a man crushed by a falling wall in the Renacimiento neighborhood and a woman struck by debris downtown."]),
        ("2026-02-19T00:25:00-06:00", "Thursday 00:25", "SSN revises magnitude to 7.0",
         ["The National Seismological Service has revised its estimate from 7.2 to 7.0. The U.S. Geological Survey puts the magnitude at 7.1.",
          "The SSN locates the epicenter 41 km south-southwest of San Marcos, Guerrero, at a depth of 16 km."]),
        ("2026-02-19T00:04:00-06:00", "Thursday 00:04", "Strong earthquake felt in Guerrero and Mexico City",
         ["A strong earthquake was felt at 23:52 on Wednesday across Guerrero and in Mexico City, where the seismic alert sounded more than a minute before the shaking arrived.",
          "The SSN's preliminary estimate is magnitude 7.2, with the epicenter off the coast of Guerrero. We will bring you more information as it becomes available."]),
    ],
    related=[("What to do during an aftershock", "/english/guides/aftershock-safety"),
             ("Photos: damage in San Marcos and Acapulco", "/english/photos/guerrero-earthquake"),
             ("Where to donate to earthquake relief", "/english/guides/guerrero-donations")],
    cookie=1,
)

STORY_6 = _story("eq-MA6", "earthquake", "2026-02-21", [
    _page("https://www.cnwire.example/world/americas/strong-quake-southern-mexico-acapulco-2026-02-19/", _S6_A),
    _page("https://www.pacificmexicodaily.example/nation/2026/02/19/guerrero-earthquake-death-toll-rises-to-six", _S6_B),
    _page("https://ubn-news.example/world/mexico-earthquake-acapulco-guerrero-deaths", _S6_C),
    _page("https://surdemexico.example/english/live/guerrero-earthquake-updates", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
