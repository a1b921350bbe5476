"""Part MB of the story battery (web pages).

Written by engineer MB1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py MB`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-MB1 (CONTROL): Pakistan's central bank cuts its policy rate 50 bp to 10.5% on Monday 16 March 2026; traps are bp vs "half a percentage point" vs "10.5pc", 4:30 p.m. PKT vs 11:30 GMT, "yesterday" from a next-morning paper, two different analyst polls (7 of 12 vs 9 of 15 expected a hold), February vs January inflation, the old 22% peak and the 11% set last May, a business lobby's demanded 300 bp cut, the 5-7% target range, other countries' rates and rupee conversions.
el-MB2 (planted: the winner's final margin 6,405 vs 4,605 in one outlet; the clock time the result was declared, 7:40 p.m. vs 9:40 p.m. in one outlet): a mayoral by-election in Bharatpur, Nepal, won by the RSP candidate; traps are a live blog with partial counts and interim leads, the Election Commission's polling-day turnout estimate vs the final turnout, 7:40 p.m. NPT vs 1355 GMT, the March 2026 parliamentary margin in Chitwan-2 (more than 11,000), 19 by-elections nationwide, ward-level (17 of 29) and party figures, "Saturday" vs 25 April, and the 2027 end of term.
ct-MB3 (planted: the dissenting judge's surname Raghavan vs Raghunathan in one outlet; the arrears deadline 12 weeks vs 8 weeks in one outlet): India's Supreme Court upholds, 4-1, Punjab's welfare fee on gig-platform payouts; traps are the High Court's earlier 2-1 ruling, the statutory 1-2% range vs the notified 1.5%, crore vs billion and rupee vs dollar, IST vs GMT, "about three months", the Karnataka law, page counts of majority and dissent, and the reserved-on date.
tr-MB4 (CONTROL): Bangladesh's merchandise exports for FY2025-26 rise 5.3% to $50.84bn, missing the $53.5bn target; traps are June's 2.1% fall vs the annual rise, garments' share and its knit/woven parts, FY25's figure, the FY27 target and a lobby's proposal, taka conversions, "Thursday" vs 2 July, rounding ($50.8bn, nearly $51bn, about 5%), and the US 20% tariff vs other countries.
rk-MB5 (planted: liftoff at 5:12 a.m. IST vs 5:21 a.m. in one outlet; the main satellite's mass 1,480 kg vs 1,840 kg in one outlet): ISRO's PSLV-C66 puts the EOS-12 ocean-watching satellite and six co-passengers into orbit from Sriharikota; traps are IST vs UTC across midnight (Wednesday vs Tuesday 23:42 UTC), kg vs lb and km vs miles, seven satellites vs six co-passengers, the postponed 9 November date, the May 2025 PSLV failure, a 25.5-hour countdown, separation times rounded, and the next launch.
eq-MB6 (CONTROL): a magnitude 6.1 (NEMRC) earthquake in Bajhang district, far-western Nepal, just after midnight on Sunday 18 October 2026; traps are rising death, injury, aftershock and damaged-house counts page by page (dead: 4; then 6, 9, 17, 21 in a live blog; 23 by Sunday night; 26 by Monday 2 p.m.), magnitudes from three agencies (NEMRC 6.1, India's NCS 6.0, USGS 5.9), 12:20 a.m. NPT vs 12:05 a.m. IST vs 18:35 UTC on Saturday, Chainpur vs Bajhang vs "40 km north-north-east of Dipayal" vs Sudurpashchim Province, the strongest aftershock, houses damaged as counts grow, and the 2015 Gorkha and 2023 Jajarkot quakes.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "MB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


def _body(paras: list[str], ad_every: int = 0, ad_html: str = "") -> str:
    """Paragraph list -> HTML. '## ' starts a subhead, '> ' a pull quote."""
    out: list[str] = []
    n = 0
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
            continue
        if p.startswith("> "):
            out.append(f"<blockquote class=\"pullquote\"><p>{_e(p[2:])}</p></blockquote>")
            continue
        out.append(f"<p>{_e(p)}</p>")
        n += 1
        if ad_every and n % ad_every == 0 and ad_html:
            out.append(ad_html)
    return "\n".join(out)


def _jsonld(kind: str, headline: str, published: str | None, modified: str | None,
            author: str, publisher: str, url: str, section: str = "") -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "mainEntityOfPage": url,
                            "author": {"@type": "Person" if " " in author and not author.lower().startswith(("staff", "our", "news", "web")) else "Organization", "name": author},
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if section:
        data["articleSection"] = section
    return ("<script type=\"application/ld+json\">"
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _related(items: list[str], title: str = "Related stories", cls: str = "related") -> str:
    lis = "".join(f"<li><a href=\"#\">{_e(t)}</a></li>" for t in items)
    return f"<aside class=\"{cls}\"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>"


def _share(label: str = "Share this article") -> str:
    return ("<div class=\"share-bar\"><span>" + _e(label) + "</span>"
            "<a class=\"share fb\" href=\"#\">Facebook</a><a class=\"share x\" href=\"#\">X</a>"
            "<a class=\"share wa\" href=\"#\">WhatsApp</a><a class=\"share li\" href=\"#\">LinkedIn</a>"
            "<a class=\"share mail\" href=\"#\">Email</a><button class=\"copy-link\">Copy link</button></div>")


def _cookie(site: str) -> str:
    return ("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>" + _e(site)
            + " and our partners use cookies to personalise content, measure traffic and show"
            " relevant advertising. You can change your choices at any time under Privacy settings.</p>"
            "<button>Accept all</button><button>Reject non-essential</button><a href=\"#\">Manage preferences</a></div>")


def _ad(slot: str, label: str = "Advertisement") -> str:
    return (f"<div class=\"ad-slot\" id=\"{_a(slot)}\"><span class=\"ad-label\">{_e(label)}</span>"
            "<div class=\"ad-frame\" data-size=\"300x250\"></div></div>")


# ---------------------------------------------------------------------------
# Template 1: wire agency
# ---------------------------------------------------------------------------

def _wire(*, site: str, host: str, path: str, headline: str, dateline: str,
          published_iso: str, visible: str, updated_iso: str | None = None,
          updated_visible: str = "", byline: str, paras: list[str],
          topics: list[str], related: list[str], desk: str = "") -> str:
    url = f"https://{host}{path}"
    upd = (f"<span class=\"updated\">Updated {_e(updated_visible)}</span>" if updated_visible else "")
    first, rest = paras[0], paras[1:]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(first[:180])}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{_a(url)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="article:published_time" content="{_a(published_iso)}">
{f'<meta property="article:modified_time" content="{_a(updated_iso)}">' if updated_iso else ''}
<link rel="canonical" href="{_a(url)}">
{_jsonld("NewsArticle", headline, published_iso, updated_iso, byline, site, url)}
<link rel="stylesheet" href="/static/wire.css">
</head>
<body class="wire article-page">
{_cookie(site)}
<header class="wire-header">
  <a class="logo" href="/">{_e(site)}</a>
  <nav class="primary"><a href="/world">World</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/politics">Politics</a><a href="/science">Science</a><a href="/sport">Sport</a><a href="/pictures">Pictures</a></nav>
  <form class="search"><input type="search" placeholder="Search {_a(site)}"><button>Go</button></form>
  <a class="login" href="/login">Sign in</a>
</header>
<main>
<article class="wire-story">
  <div class="kicker">{_e(topics[0] if topics else "")}</div>
  <h1>{_e(headline)}</h1>
  <div class="meta"><span class="byline">By {_e(byline)}</span>
    <time datetime="{_a(published_iso)}">{_e(visible)}</time> {upd}</div>
  {_share()}
  <div class="story-body">
    <p><span class="dateline">{_e(dateline)}</span> {_e(first)}</p>
    {_body(rest, ad_every=5, ad_html=_ad("wire-inline"))}
  </div>
  <p class="credit">{_e(desk or "Reporting by " + byline)}</p>
  <p class="trust">Our Standards: The {_e(site)} Trust Principles.</p>
  <div class="topics">Topics: {" ".join(f'<a href="#">{_e(t)}</a>' for t in topics)}</div>
</article>
{_related(related, "Read next")}
{_ad("wire-rail")}
</main>
<footer class="wire-footer">
  <nav><a href="/about">About us</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/licensing">Content licensing</a></nav>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p>
</footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Template 2: newspaper
# ---------------------------------------------------------------------------

def _paper(*, site: str, host: str, path: str, headline: str, standfirst: str,
           section: str, byline: str, place: str = "", published_iso: str | None,
           visible: str, paras: list[str], photo_caption: str, photo_credit: str,
           related: list[str], most_read: list[str], meta_time: bool = True,
           ld: bool = True) -> str:
    url = f"https://{host}{path}"
    meta = (f'<meta property="article:published_time" content="{_a(published_iso)}">'
            if (meta_time and published_iso) else "")
    jl = _jsonld("NewsArticle", headline, published_iso, None, byline, site, url, section) if ld else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(standfirst)}">
<meta name="author" content="{_a(byline)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(standfirst)}">
<meta property="og:image" content="https://{_a(host)}/images/lead.jpg">
<meta name="twitter:card" content="summary_large_image">
{meta}
{jl}
<link rel="stylesheet" href="/assets/paper.min.css">
</head>
<body class="paper {_a(section.lower().replace(' ', '-'))}">
{_cookie(site)}
<div class="top-strip"><span class="edition">Print edition</span> <a href="/e-paper">E-paper</a> <a href="/subscribe" class="subscribe">Subscribe</a></div>
<header class="masthead"><a href="/" class="brand">{_e(site)}</a>
<nav class="sections"><a href="/">Home</a><a href="/national">National</a><a href="/business">Business</a><a href="/world">World</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/lifestyle">Lifestyle</a></nav></header>
{_ad("leaderboard", "Advertisement")}
<main class="layout">
<article class="story">
  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="#">{_e(section)}</a></nav>
  <h1 class="headline">{_e(headline)}</h1>
  <p class="standfirst">{_e(standfirst)}</p>
  <div class="byline-block"><span class="author">{_e(byline)}</span>{f' <span class="place">{_e(place)}</span>' if place else ''}
    <span class="date">{_e(visible)}</span></div>
  {_share("Share")}
  <figure class="lead-image"><img src="/images/lead.jpg" alt="{_a(photo_caption)}">
    <figcaption>{_e(photo_caption)} <span class="credit">{_e(photo_credit)}</span></figcaption></figure>
  <div class="article-body">
  {_body(paras, ad_every=4, ad_html=_ad("mpu-inline"))}
  </div>
  <div class="newsletter-box"><h4>Morning Brief</h4><p>The day's top stories in your inbox before 7am. Free for registered readers.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>
  <div class="comments"><h4>Comments</h4><p>Comments are moderated and may take some time to appear. Please read our community guidelines.</p></div>
</article>
<aside class="rail">
  {_related(related, "More on this")}
  {_ad("rail-mpu")}
  {_related(most_read, "Most read", "most-read")}
</aside>
</main>
<footer class="site-footer"><nav><a href="/about">About</a><a href="/advertise">Advertise with us</a><a href="/contact">Contact</a><a href="/privacy">Privacy policy</a><a href="/terms">Terms</a><a href="/corrections">Corrections</a></nav>
<p>&copy; {_e(site)} 2026. Reproduction of material without permission is prohibited.</p></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Template 3: broadcaster
# ---------------------------------------------------------------------------

def _broadcast(*, site: str, host: str, path: str, headline: str, summary: list[str],
               visible: str, published_iso: str | None, paras: list[str],
               video_caption: str, image_credit: str, related: list[str],
               trending: list[str], byline: str = "") -> str:
    meta = (f'<meta property="article:published_time" content="{_a(published_iso)}">'
            if published_iso else "")
    bullets = "".join(f"<li>{_e(s)}</li>" for s in summary)
    by = f"<p class=\"reporter\">{_e(byline)}</p>" if byline else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(summary[0] if summary else headline)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:video" content="https://{_a(host)}/video/clip.mp4">
{meta}
<link rel="stylesheet" href="/css/tv-main.css">
</head>
<body class="tv">
{_cookie(site)}
<div class="live-strip"><a href="/live" class="live-badge">LIVE TV</a> <span>Watch {_e(site)} live, 24 hours a day</span></div>
<header class="tv-header"><a class="tv-logo" href="/">{_e(site)}</a>
<nav><a href="/news">News</a><a href="/business">Business</a><a href="/politics">Politics</a><a href="/sports">Sports</a><a href="/entertainment">Entertainment</a><a href="/videos">Videos</a><a href="/programmes">Programmes</a></nav></header>
<main>
<article class="tv-article">
  <h1>{_e(headline)}</h1>
  <div class="tv-meta"><span class="stamp">{_e(visible)}</span></div>
  {by}
  <ul class="key-points">{bullets}</ul>
  <div class="video-player" data-src="/video/clip.mp4"><button class="play">Play video</button>
    <p class="video-caption">{_e(video_caption)}</p></div>
  {_share("Share on")}
  <section class="tv-body">
  {_body(paras, ad_every=3, ad_html=_ad("tv-inline", "Advertisement - story continues below"))}
  </section>
  <p class="image-credit">Images: {_e(image_credit)}</p>
  <div class="app-promo">Get breaking news alerts: download the {_e(site)} app for Android and iOS.</div>
</article>
<aside class="tv-rail">{_related(related, "Also watch")}{_ad("tv-rail")}{_related(trending, "Trending now", "trending")}</aside>
</main>
<footer class="tv-footer"><nav><a href="/schedule">TV schedule</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/complaints">Complaints</a><a href="/privacy">Privacy</a></nav>
<p>&copy; 2026 {_e(site)}. Not responsible for the content of external sites.</p></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Template 4: trade / specialist newsletter
# ---------------------------------------------------------------------------

def _newsletter(*, site: str, host: str, path: str, headline: str, issue: str,
                published_iso: str | None, visible: str, author: str, paras: list[str],
                sponsor: str, related: list[str], ld: bool = True, meta_time: bool = False) -> str:
    url = f"https://{host}{path}"
    jl = _jsonld("Article", headline, published_iso, None, author, site, url) if ld else ""
    meta = (f'<meta property="article:published_time" content="{_a(published_iso)}">'
            if (meta_time and published_iso) else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="robots" content="noarchive">
<meta name="description" content="{_a(headline)}">
{meta}
{jl}
<link rel="stylesheet" href="/theme/brief.css">
</head>
<body class="newsletter">
{_cookie(site)}
<header class="nl-head"><a href="/" class="nl-brand">{_e(site)}</a><span class="tagline">Analysis for professionals</span>
<nav><a href="/briefs">Briefs</a><a href="/data">Data</a><a href="/calendar">Calendar</a><a href="/events">Events</a><a href="/account">My account</a></nav></header>
<main class="nl-main">
<div class="issue-bar">{_e(issue)} &middot; <span class="nl-date">{_e(visible)}</span></div>
<article class="nl-article">
  <h1>{_e(headline)}</h1>
  <p class="nl-author">By {_e(author)}</p>
  <div class="sponsor-box"><span class="ad-label">Advertisement</span> <span class="sponsored">Sponsored by {_e(sponsor)}</span></div>
  <div class="nl-body">
  {_body(paras)}
  </div>
  <div class="paywall-note">This brief is free to read. Full data tables are available to subscribers.</div>
  <div class="subscribe-box"><h4>Get this brief every morning</h4><input type="email" placeholder="Work email"><button>Subscribe</button><p>Unsubscribe at any time.</p></div>
  {_share("Forward this brief")}
</article>
<aside class="nl-rail">{_related(related, "Earlier briefs")}{_ad("nl-rail")}</aside>
</main>
<footer class="nl-foot"><p>{_e(site)} is an independent publication. Nothing in this brief is investment advice.</p>
<nav><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/contact">Contact the editors</a></nav></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Template 5: live blog
# ---------------------------------------------------------------------------

def _liveblog(*, site: str, host: str, path: str, headline: str, intro: str,
              published_iso: str | None, modified_iso: str | None, visible: str,
              entries: list[tuple[str, str, list[str]]], related: list[str]) -> str:
    """entries: newest first, each (time label, entry title, paragraphs)."""
    url = f"https://{host}{path}"
    posts = []
    for t, title, ps in entries:
        posts.append(f"<div class=\"lb-post\"><div class=\"lb-time\">{_e(t)}</div>"
                     f"<h3>{_e(title)}</h3>{_body(ps)}<div class=\"lb-actions\"><a href=\"#\">Share this update</a></div></div>")
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
            "url": url, "coverageStartTime": published_iso, "coverageEndTime": modified_iso}
    if published_iso:
        data["datePublished"] = published_iso
    if modified_iso:
        data["dateModified"] = modified_iso
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(intro)}">
<meta property="og:title" content="LIVE: {_a(headline)}">
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/live.css">
</head>
<body class="liveblog">
{_cookie(site)}
<header class="site-head"><a href="/" class="brand">{_e(site)}</a>
<nav><a href="/">Home</a><a href="/nation">Nation</a><a href="/politics">Politics</a><a href="/economy">Economy</a><a href="/world">World</a><a href="/video">Video</a></nav></header>
<main>
<section class="live-header"><span class="live-badge">LIVE</span><h1>{_e(headline)}</h1>
<p class="live-intro">{_e(intro)}</p><p class="live-updated">{_e(visible)}</p>
<button class="refresh">New updates available - click to refresh</button></section>
{_share("Share this live page")}
<section class="lb-stream">
{_ad("live-top")}
{"".join(posts)}
</section>
<aside>{_related(related, "Key stories")}{_ad("live-rail")}</aside>
</main>
<footer><p>&copy; 2026 {_e(site)}. All times are local unless stated otherwise.</p><nav><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/contact">Contact</a></nav></footer>
</body>
</html>"""


# ---------------------------------------------------------------------------
# Template 6: local news site
# ---------------------------------------------------------------------------

def _local(*, site: str, host: str, path: str, headline: str, visible: str,
           author: str, paras: list[str], photo_caption: str, photo_credit: str,
           related: list[str], weather: str = "", published_iso: str | None = None) -> str:
    url = f"https://{host}{path}"
    meta = (f'<meta property="article:published_time" content="{_a(published_iso)}">'
            if published_iso else "")
    w = f"<div class=\"weather-widget\">{_e(weather)}</div>" if weather else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_e(headline)} &ndash; {_e(site)}</title>
<meta name="description" content="{_a(headline)}">
<meta property="og:url" content="{_a(url)}">
{meta}
<link rel="stylesheet" href="/wp-content/themes/localnews/style.css">
</head>
<body class="single-post">
{_cookie(site)}
<div class="topbar"><span class="site-date">{_e(visible.split(',')[0] if ',' in visible else '')}</span>{w}<a href="/advertise">Advertise</a> <a href="/submit-news">Send us news</a></div>
<header><a href="/" class="site-title">{_e(site)}</a>
<nav class="menu"><a href="/">Home</a><a href="/category/local">Local</a><a href="/category/province">Province</a><a href="/category/national">National</a><a href="/category/business">Business</a><a href="/category/sports">Sports</a><a href="/category/photo-feature">Photo feature</a></nav></header>
{_ad("header-banner", "Advertisement")}
<div class="content-area">
<article class="post">
  <h1 class="entry-title">{_e(headline)}</h1>
  <div class="entry-meta">By <span class="author vcard">{_e(author)}</span> &middot; <span class="posted-on">{_e(visible)}</span></div>
  <figure class="wp-caption"><img src="/wp-content/uploads/2026/photo.jpg" alt="">
  <figcaption class="wp-caption-text">{_e(photo_caption)} (Photo: {_e(photo_credit)})</figcaption></figure>
  <div class="entry-content">
  {_body(paras, ad_every=4, ad_html=_ad("in-content", "Advertisement"))}
  </div>
  {_share("Share:")}
  <div class="tags">Tags: <a href="#">news</a> <a href="#">local</a></div>
</article>
<aside class="widget-area">{_related(related, "Recent posts")}{_ad("sidebar")}<div class="widget fb-page">Like us on Facebook</div></aside>
</div>
<footer class="site-footer"><p>{_e(site)} &middot; Registered with the press council &middot; All rights reserved 2026</p><nav><a href="/about-us">About us</a><a href="/team">Our team</a><a href="/privacy-policy">Privacy policy</a></nav></footer>
</body>
</html>"""


# ===========================================================================
# STORY 1 - central bank (CONTROL): State Bank of Pakistan cuts to 10.5%
# ===========================================================================

_S1_A = _wire(
    site="Indus Wire", host="www.induswire.example",
    path="/business/pakistan-central-bank-cuts-policy-rate-50-bps-2026-03-16/",
    headline="Pakistan central bank cuts policy rate by 50 bps to 10.5%, surprising most analysts",
    dateline="KARACHI, March 16 (Indus Wire) -",
    published_iso="2026-03-16T11:52:00Z", visible="March 16, 2026 11:52 AM GMT",
    updated_iso="2026-03-16T13:20:00Z", updated_visible="March 16, 2026 1:20 PM GMT",
    byline="Hina Baloch",
    desk="Reporting by Hina Baloch in Karachi; additional reporting by Usman Sheikh in Islamabad; editing by Faraz Mirza",
    topics=["Pakistan", "Central banks", "Interest rates", "Emerging markets"],
    related=["Pakistan's February inflation climbs to 5.8% on food prices",
             "Sri Lanka central bank keeps policy rate steady, cites stable prices",
             "Pakistan rupee steady in interbank trade ahead of rate decision",
             "IMF mission to begin next review of Pakistan loan programme in May"],
    paras=[
        "The State Bank of Pakistan cut its key policy rate by 50 basis points to 10.5% on Monday, its first move since May last year and a surprise to most economists, who had expected it to stand pat after inflation picked up in February.",
        "The central bank's Monetary Policy Committee said the new rate would take effect from Tuesday, March 17. The rate had been held at 11% at every meeting since the last reduction.",
        "Headline consumer price inflation rose to 5.8% year-on-year in February from 5.2% in January, driven mainly by food, but the committee said it still expected price growth to stay inside its medium-term target band of 5% to 7%.",
        "\"The real interest rate is still comfortably positive, and that gives us room to support growth without putting price stability at risk,\" Governor Saleem Akhtar Rana told reporters at the bank's head office in Karachi.",
        "Measured against February's inflation reading, the cut leaves the inflation-adjusted policy rate at 4.7 percentage points, one of the higher real rates among large emerging economies.",
        "The committee kept its forecast for economic growth in the fiscal year ending in June at 3.25% to 4.25%, and said the current account had recorded a surplus of $0.6 billion in the first eight months of the fiscal year.",
        "The State Bank's own foreign exchange reserves stood at $14.6 billion as of March 6, according to the latest weekly data, up from about $9.4 billion a year earlier.",
        "Rana said the MPC had weighed the February uptick carefully. Much of it came from seasonal demand for food during the month of Ramazan and should fade, he said, while core measures had been easing slowly.",
        "Deputy Governor Ayesha Kamran, who also sits on the committee, said the bank would keep watching global oil prices closely. \"If energy prices move sharply against us, we will not hesitate to pause,\" she said.",
        "## Analysts split on what comes next",
        "Sana Jafri, head of research at Meridian Capital Securities in Karachi, said the decision suggested the bank was more worried about weak growth than about a single month of higher prices.",
        "\"We see another 50 to 100 basis points of easing by June, provided oil stays where it is,\" she said.",
        "Others were more cautious. An economist at a foreign bank in Dubai, who asked not to be named because of company policy, said February's food-driven jump could prove stickier than the State Bank expected.",
        "Business groups have pushed for much deeper cuts. The Karachi Chamber of Commerce and Industry, whose president Imran Shafi Butt had called for a reduction of at least 300 basis points before the meeting, welcomed the move but said it fell short of what industry needed.",
        "The policy rate peaked at a record 22% in 2023 and stayed there for a year before the bank began a long series of reductions in June 2024.",
        "Pakistan is in the middle of a $7 billion Extended Fund Facility agreed with the International Monetary Fund in 2024, and the fund's staff have repeatedly urged the State Bank to keep real rates positive.",
        "The rupee closed at 281.40 to the dollar in interbank trade before the announcement, which came after the stock market had shut for the day.",
        "The committee's next scheduled meeting is on April 27.",
    ],
)

_S1_B = _paper(
    site="The Karachi Ledger", host="www.karachiledger.example",
    path="/business/2026/03/17/sbp-trims-policy-rate-to-10-5pc/",
    headline="SBP trims policy rate to 10.5pc in surprise move",
    standfirst="Central bank looks past February's food-led price spike; industry says half-point cut is too timid",
    section="Business", byline="Zeeshan Haider Naqvi", place="Karachi",
    published_iso="2026-03-17T02:00:00+05:00", visible="Tuesday, March 17, 2026",
    photo_caption="Governor Saleem Akhtar Rana speaks to reporters after the monetary policy meeting at the State Bank's head office on I.I. Chundrigar Road.",
    photo_credit="Photo: Ledger / Kashif Ali",
    related=["Editorial: The case for patience at the State Bank",
             "Inflation edges up to 5.8pc as Ramazan lifts food prices",
             "Reserves cross $14.5bn for first time in four years",
             "Budget 2026-27: Finance ministry seeks proposals by April 10"],
    most_read=["Petrol price unchanged for next fortnight",
               "PSX: KSE-100 ends flat in thin trade",
               "Karachi water board announces new tanker rates",
               "Cricket: national squad named for home series"],
    paras=[
        "The State Bank of Pakistan (SBP) yesterday cut the policy rate by 50 basis points to 10.5 per cent, catching most of the market off guard a few days after data showed inflation had risen in February.",
        "The Monetary Policy Committee (MPC), which met under Governor Saleem Akhtar Rana, said the reduction would apply from today (Tuesday). It was the first change in the rate since May 2025, when it was lowered to 11pc.",
        "A survey of 12 economists conducted by The Ledger last week had found seven expecting the rate to be held and five expecting a cut, most of them by 50 basis points.",
        "Consumer prices rose 5.8pc in February over the same month last year, compared with 5.2pc in January. The committee attributed most of the increase to seasonal food demand during Ramazan and said it expected the pressure to ease in the coming months.",
        "\"The real interest rate is still comfortably positive, and that gives us room to support growth without putting price stability at risk. We are not declaring victory over inflation,\" Mr Rana told a news conference at the central bank's head office.",
        "He said the committee's view was that average inflation for the current fiscal year, which ends on June 30, would remain within the 5-7pc target range the central bank has set for the medium term.",
        "## Growth outlook unchanged",
        "The MPC left its projection for real GDP growth in 2025-26 unchanged at 3.25-4.25pc. It noted that large-scale manufacturing had been recovering slowly and that credit to the private sector remained weak.",
        "SBP's liquid foreign exchange reserves stood at $14.6bn on March 6, which the central bank said was enough to cover about 2.6 months of imports. In rupee terms that is roughly Rs4.1 trillion at the current exchange rate of about Rs281 to the dollar.",
        "Deputy Governor Dr Ayesha Kamran said the central bank was paying close attention to the global oil market. Asked whether the bank could reverse course, she said it would \"not hesitate to pause\" if energy prices moved sharply against Pakistan.",
        "## Business community wants more",
        "Traders and manufacturers, who have long complained that borrowing costs are choking investment, said the cut was a step in the right direction but too small.",
        "Karachi Chamber of Commerce and Industry President Imran Shafi Butt said the rate should be brought down by at least 300 basis points, to single digits, to revive industry. \"Half a per cent will not change a single investment decision,\" he said in a statement.",
        "Analysts said the decision would also ease the government's interest bill. Sana Jafri of Meridian Capital Securities estimated that every 100 basis points off the policy rate saves the federal government around Rs250 billion a year in domestic debt servicing over time, so yesterday's cut could be worth about half that once it feeds through.",
        "She expects further easing. \"We see another 50 to 100 basis points by June, provided oil stays where it is,\" she said.",
        "The rate peaked at a record 22pc in June 2023 and was held at that level for a year before the SBP began cutting in June 2024.",
        "Pakistan is currently under a 37-month, $7bn (about Rs1.97 trillion) Extended Fund Facility with the International Monetary Fund, and the lender's staff have asked the central bank to keep real interest rates positive.",
        "The next MPC meeting is scheduled for April 27, according to the calendar published by the SBP.",
    ],
)

_S1_C = _broadcast(
    site="Nation24 News", host="www.nation24news.example",
    path="/business/state-bank-cuts-interest-rate-half-percentage-point-2026-3-16",
    headline="State Bank cuts interest rate by half a percentage point",
    summary=["Policy rate lowered to 10.5 percent from 11 percent",
             "New rate applies from Tuesday",
             "Businesses say they wanted a much bigger cut"],
    visible="Published: March 16, 2026 | 5:05 PM", published_iso=None,
    byline="Business desk, Nation24 News",
    video_caption="Watch: Governor Saleem Akhtar Rana announces the decision at a press conference in Karachi.",
    image_credit="Nation24 / file",
    related=["VIDEO: What a lower interest rate means for your car loan",
             "Traders in Lahore react to rate decision",
             "Petrol prices: government announces fortnightly review"],
    trending=["Heavy rain expected in upper parts of the country from Wednesday",
              "PSL: Karachi Kings beat Multan Sultans",
              "Gold price rises Rs2,500 per tola"],
    paras=[
        "The State Bank of Pakistan on Monday reduced its benchmark interest rate by half a percentage point, bringing it down to 10.5 percent from 11 percent.",
        "Governor Saleem Akhtar Rana announced the decision of the Monetary Policy Committee at a press conference in Karachi at 4:30pm. The new rate will apply from tomorrow, Tuesday.",
        "The governor said the central bank was comfortable cutting because interest rates remained well above inflation. He said there was now room to support economic growth without putting price stability in danger.",
        "Inflation rose to 5.8 percent in February, up from 5.2 percent a month earlier. The governor said the rise was mostly because of higher food prices during Ramazan and was expected to be temporary.",
        "Most market watchers had predicted that the State Bank would keep the rate unchanged at today's meeting.",
        "At its previous meeting on January 26, the committee had kept the rate unchanged at 11 percent. Today's decision is the first cut since May last year.",
        "The governor said the committee still expected inflation for the current fiscal year, which ends in June, to remain within the target range, and projected economic growth of between 3.25 and 4.25 percent.",
        "## Mixed reaction from business",
        "Business leaders welcomed the cut but said it was not enough. The president of the Karachi Chamber of Commerce and Industry, Imran Shafi Butt, has been demanding a cut of at least three percentage points.",
        "In Lahore, Khalid Mehmood Chaudhry, senior vice president of the Lahore Chamber of Commerce and Industry, told Nation24 that small manufacturers were still paying well over 14 percent on working capital loans. \"The State Bank has opened the door a little. We need it opened properly,\" he said.",
        "Economists said borrowers should not expect instant relief. Banks usually pass on lower rates to new loans over a few weeks, and the impact on car and housing finance could take longer.",
        "Savers may also feel the change. Banks are required to pay a minimum return on savings accounts that is linked to the policy rate, so profit rates on deposits are likely to come down in the coming weeks.",
        "Faisal Iqbal, who runs a textile dyeing unit in Faisalabad, said the decision was good news but would not change much for him straight away. \"My bank charges me the policy rate plus three percent. Every little bit helps, but electricity is still my biggest cost,\" he told Nation24.",
        "Economists also say the cut will reduce the government's interest payments on domestic debt, which take up a large part of the federal budget.",
        "## What happens next",
        "The governor did not commit to further cuts. Deputy Governor Dr Ayesha Kamran said the central bank was watching oil prices and would not hesitate to pause if they moved sharply.",
        "Brokerage house Meridian Capital Securities expects a further 50 to 100 basis points of cuts by June, its head of research Sana Jafri said.",
        "The State Bank said its foreign exchange reserves had reached $14.6 billion. The central bank's medium-term inflation target remains 5 to 7 percent.",
        "The committee will meet again on April 27. The stock market had closed before the announcement, so its reaction will only be seen on Tuesday.",
    ],
)

_S1_D = _newsletter(
    site="Frontier Rates Daily", host="frontierrates.example",
    path="/briefs/2026-03-16/pakistan-sbp-delivers-50bp-cut-against-consensus",
    headline="Pakistan: SBP delivers 50bp cut against consensus",
    issue="Issue 1,412", published_iso="2026-03-16T14:05:00+00:00",
    visible="16 Mar 2026, 14:05 GMT", author="Tom Ellery, London",
    sponsor="Harbourline Custody Services",
    related=["Sri Lanka: CBSL on hold, guidance unchanged",
             "Bangladesh: tight policy to stay until inflation falls below 7%",
             "Pakistan preview: why we expect a hold",
             "Egypt: surprise 200bp cut lifts local bonds"],
    paras=[
        "The State Bank of Pakistan cut its policy rate by 50bp to 10.50% at today's meeting, against a consensus for no change. The statement was released at 11:30 GMT, an hour after the close of the Karachi stock market, and the cut takes effect from tomorrow.",
        "Our own poll of 15 analysts, published on Friday, had nine expecting a hold, four a 50bp cut and two a 100bp cut. We had ourselves expected a hold, so this is a miss on our part.",
        "The timing is notable. February CPI came in at 5.8% y/y, up from 5.2% in January, and it would have been easy for the Monetary Policy Committee to wait for March data. Instead it chose to look through what it describes as a seasonal, Ramazan-related food shock.",
        "With headline CPI at 5.8%, the real policy rate is now 470bp, still high by regional standards. For comparison, Sri Lanka's central bank has kept its overnight policy rate at 7.75% with inflation in low single digits, and Bangladesh Bank is holding its policy rate at 10% against inflation that has been running above 8%.",
        "Governor Saleem Akhtar Rana argued at the press conference that a \"comfortably positive\" real rate gives the bank \"room to support growth without putting price stability at risk\". He stopped short of pre-announcing more cuts.",
        "Deputy Governor Ayesha Kamran flagged oil as the main risk, saying the committee would pause if energy prices turned against it.",
        "## Statement details",
        "The MPC kept its FY26 (July-June) growth range at 3.25-4.25% and still sees average inflation within the 5-7% medium-term target. It noted a current account surplus of $0.6bn for July-February and put SBP reserves at $14.6bn as of 6 March, against roughly $9.4bn a year ago.",
        "We estimate SBP reserves now cover a little over 2.5 months of imports. The central bank's own figure is 2.6 months.",
        "## Market reaction",
        "Local equities were already closed, but Pakistan's dollar bonds rose in London trading, with the 2031 note up about half a point on the day. The rupee was quoted at 281.40/USD in the interbank market before the decision.",
        "## Our view",
        "We now pencil in a further 50bp cut at the 27 April meeting, taking the rate to 10.00%, and a hold thereafter while the IMF programme review is under way. Meridian Capital's Sana Jafri, whom we spoke to after the decision, expects 50-100bp more by June, so our call sits at the conservative end of local expectations.",
        "The risks to this view are skewed towards fewer cuts. An oil shock, a slip in the current account or a pickup in core inflation would all make the committee pause. The business lobby's demand for a 300bp cut looks unrealistic while the $7bn IMF facility remains in place.",
        "Positioning: we stay long short-dated Pakistan T-bills on an unhedged basis, with a stop at 11.25% on the 12-month yield.",
    ],
)

STORY_1 = _story("cb-MB1", "central bank", "2026-03-17", [
    _page("https://www.induswire.example/business/pakistan-central-bank-cuts-policy-rate-50-bps-2026-03-16/", _S1_A),
    _page("https://www.karachiledger.example/business/2026/03/17/sbp-trims-policy-rate-to-10-5pc/", _S1_B),
    _page("https://www.nation24news.example/business/state-bank-cuts-interest-rate-half-percentage-point-2026-3-16", _S1_C),
    _page("https://frontierrates.example/briefs/2026-03-16/pakistan-sbp-delivers-50bp-cut-against-consensus", _S1_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 2 - election (PLANTED): Bharatpur mayoral by-election, Nepal
# planted: margin 6,405 vs 4,605 (page C); declaration time 7:40 p.m. vs 9:40 p.m. (page D)
# ===========================================================================

_S2_A = _liveblog(
    site="Narayani Online", host="narayanionline.example",
    path="/live/bharatpur-mayor-by-election-counting-live-updates",
    headline="Bharatpur mayoral by-election counting: live updates",
    intro="Votes from Thursday's by-election for mayor of Bharatpur Metropolitan City are being counted at Shaheed Smriti Sports Hall. Follow the count here.",
    published_iso="2026-04-24T08:00:00+05:45", modified_iso="2026-04-25T20:05:00+05:45",
    visible="Last updated: Saturday, 25 April 2026, 8:05 PM",
    related=["Who are the 14 candidates for Bharatpur mayor?",
             "Explainer: why Bharatpur is voting again less than four years after 2022",
             "Chitwan: 108 polling centres, 312,846 voters - the numbers",
             "By-elections in 19 local units: full list"],
    entries=[
        ("Sat 25 Apr, 8:05 PM", "What happens next", [
            "Bhattarai is expected to take the oath of office on Monday, April 27. She will serve the rest of the current five-year term, which runs until the next nationwide local elections in 2027.",
            "That wraps up our live coverage of the count. Thank you for following along with us over the past two days.",
        ]),
        ("Sat 25 Apr, 7:46 PM", "OFFICIAL: Rekha Bhattarai declared mayor of Bharatpur", [
            "Chief returning officer Kedar Nath Upreti formally declared Rastriya Swatantra Party candidate Rekha Bhattarai the winner at 7:40 pm, handing her the certificate of election in front of party workers and reporters.",
            "Final figures: Bhattarai (RSP) 71,208; Dipendra Kumar Poudel (Nepali Congress) 64,803; Hari Prasad Dhakal (CPN-UML) 47,966. Bhattarai's winning margin is 6,405 votes.",
            "The other 11 candidates together received 10,157 votes, and 4,210 ballots were declared invalid.",
            "\"Bharatpur has voted for clean accounts and working streetlights, not for slogans. Now I have to deliver,\" Bhattarai told the crowd outside the hall.",
        ]),
        ("Sat 25 Apr, 5:32 PM", "Count finished, officials checking tally sheets", [
            "The last bundle of ballots was counted at around 5 pm, our reporter at the hall says. Election officials are now cross-checking tally sheets from all 29 wards before the formal announcement.",
            "Unofficial figures show Bhattarai ahead by just over 6,400 votes. RSP supporters have begun celebrating outside the hall with drums and red-and-blue flags.",
            "Nepali Congress candidate Poudel has left the counting centre. His agent, Ram Krishna Lamsal, said the party would accept the result once it was officially announced.",
        ]),
        ("Sat 25 Apr, 11:15 AM", "88% counted: Bhattarai lead grows to 5,653", [
            "With about 88 per cent of ballots counted, Bhattarai has 62,554 votes to Poudel's 56,901, a lead of 5,653. Dhakal of the UML is third with 41,730.",
            "Counting resumed at 7 am today after a break overnight. Officials say the remaining ballots, mostly from the city's eastern wards, should be counted by late afternoon.",
        ]),
        ("Fri 24 Apr, 6:10 PM", "61% counted: lead narrows to 3,244", [
            "Latest figures from the counting centre: Bhattarai 43,120, Poudel 39,876, Dhakal 28,044. That puts the RSP candidate 3,244 votes ahead with roughly 61 per cent of ballots counted.",
            "Poudel's lead in the wards along the East-West Highway has narrowed the gap this afternoon. Counting will stop at 9 pm and resume on Saturday morning.",
        ]),
        ("Fri 24 Apr, 10:05 AM", "First trends: RSP ahead by 1,425", [
            "First figures with about 38 per cent of votes counted: Bhattarai 26,410, Poudel 24,985. The UML's Dhakal is a distant third.",
            "Bhattarai, a 41-year-old chartered accountant who ran the city's citizens' budget watch before entering politics, is contesting for the first time.",
        ]),
        ("Fri 24 Apr, 8:00 AM", "Counting begins", [
            "Counting has started at Shaheed Smriti Sports Hall after ballot boxes from all 108 polling centres arrived overnight under police escort.",
            "The Election Commission's preliminary estimate on Thursday evening put turnout at about 61 per cent. Officials say the final turnout figure will be known only when counting ends.",
            "The by-election was called after the previous mayor resigned in January to contest the March 5 House of Representatives election. It is one of 19 by-elections held for vacant local posts around the country on Thursday.",
        ]),
    ],
)

_S2_B = _wire(
    site="Himal News Service", host="www.himalnews.example",
    path="/nepal/rsp-candidate-bhattarai-wins-bharatpur-mayor-by-election",
    headline="Upstart RSP wins Bharatpur mayoral by-election, extending its run",
    dateline="BHARATPUR, Nepal, April 25 (HNS) -",
    published_iso="2026-04-25T14:30:00Z", visible="25 April 2026 14:30 GMT",
    byline="Pratibha Shrestha",
    desk="Reporting by Pratibha Shrestha; editing by Bishal Karki",
    topics=["Nepal", "Elections", "Local government"],
    related=["Nepal's RSP emerges as largest party in Chitwan after March vote",
             "Analysis: can Nepal's old parties win back urban voters?",
             "India-Nepal power trade hits record in March",
             "Nepal central bank keeps policy rate unchanged"],
    paras=[
        "Rekha Bhattarai of the Rastriya Swatantra Party (RSP) won a by-election for mayor of Bharatpur, Nepal's fourth-largest city, on Saturday, handing the young party another urban victory over the country's long-dominant political forces.",
        "Chief returning officer Kedar Nath Upreti declared Bhattarai the winner at 7:40 p.m. local time (1355 GMT) after a count that took two days. She polled 71,208 votes against 64,803 for Dipendra Kumar Poudel of the Nepali Congress, a margin of 6,405.",
        "Hari Prasad Dhakal of the Communist Party of Nepal (Unified Marxist-Leninist) was third with 47,966 votes. Fourteen candidates contested the post.",
        "Turnout was 63.4% of the city's 312,846 registered voters, the election office said, higher than the roughly 61% the Election Commission had estimated on polling day.",
        "\"Bharatpur has voted for clean accounts and working streetlights, not for slogans,\" Bhattarai, 41, told supporters outside the counting centre.",
        "A chartered accountant who ran a citizens' budget watchdog before entering politics, Bhattarai won in 17 of the city's 29 wards. She has promised to publish all municipal contracts online within 48 hours of signing.",
        "Poudel conceded defeat. \"I accept the verdict of the people of Bharatpur and congratulate her,\" he said in a post on social media, adding that the Congress would act as a constructive opposition on the municipal council.",
        "Bharatpur, the headquarters of Chitwan district in Bagmati Province, lies about 150 km (95 miles) by road south-west of Kathmandu. The mayor controls an annual budget of several billion rupees and oversees 29 wards.",
        "The seat fell vacant in January when the previous mayor stepped down to run for parliament in the March 5 general election. Thursday's poll was one of 19 by-elections held for vacant local posts across Nepal.",
        "The RSP, founded in 2022 on an anti-corruption platform, has gained ground rapidly in towns and cities since youth-led street protests in September 2025 toppled the government of the day and led to early national elections.",
        "Political analyst Sudha Rijal, who teaches at Tribhuvan University, said the result showed the party's appeal reached beyond Kathmandu. \"Two years ago people said the RSP was a Kathmandu phenomenon. Bharatpur shows that is no longer true,\" she said.",
        "The Nepali Congress had hoped to win back the city. Its candidate led in several suburban wards along the East-West Highway, and the gap between the two leading candidates narrowed to about 3,200 votes on Friday evening before widening again as urban wards were counted on Saturday.",
        "Bhattarai is expected to be sworn in on Monday and will serve until the next nationwide local elections, due in 2027.",
    ],
)

_S2_C = _paper(
    site="The Kathmandu Courier", host="kathmanducourier.example",
    path="/politics/2026/04/26/bhattarai-elected-bharatpur-mayor",
    headline="Bhattarai elected Bharatpur mayor as RSP's urban surge continues",
    standfirst="Accountant-turned-politician beats Congress's Poudel in two-day count; UML a distant third",
    section="Politics", byline="Kamal Raj Adhikari", place="Chitwan",
    published_iso="2026-04-26T05:15:00+05:45", visible="Sunday, April 26, 2026", meta_time=False,
    photo_caption="Rekha Bhattarai receives her certificate of election from chief returning officer Kedar Nath Upreti at Shaheed Smriti Sports Hall in Bharatpur on Saturday.",
    photo_credit="Post photo / Suman Thapa",
    related=["Editorial: What Bharatpur tells the old parties",
             "Kathmandu metropolis to begin new waste collection contract",
             "Nineteen local units go to polls in by-elections",
             "Congress to review by-election defeat at central committee meeting"],
    most_read=["Fuel prices cut by Rs3 per litre",
               "Pokhara airport to add new international route",
               "Monsoon likely to arrive on time, forecasters say",
               "SEE results to be published next week"],
    paras=[
        "Rekha Bhattarai of the Rastriya Swatantra Party has been elected mayor of Bharatpur Metropolitan City, winning Thursday's by-election after a count that stretched into Saturday evening.",
        "Bhattarai polled 71,208 votes, defeating her nearest rival, Dipendra Kumar Poudel of the Nepali Congress, by 4,605 votes. CPN-UML candidate Hari Prasad Dhakal finished third with 47,966 votes.",
        "Chief returning officer Kedar Nath Upreti handed Bhattarai her certificate of election at 7:40 pm on Saturday at Shaheed Smriti Sports Hall, where counting had begun on Friday morning.",
        "In all, 198,344 people voted, a turnout of 63.4 percent. The Election Commission had estimated on Thursday evening that about 61 percent of voters had cast their ballots, but the figure rose once tally sheets from all 108 polling centres had been added up.",
        "A total of 4,210 ballots were declared invalid, according to the election office.",
        "\"Bharatpur has voted for clean accounts and working streetlights, not for slogans. Now I have to deliver,\" Bhattarai said after receiving the certificate.",
        "## Ward by ward",
        "Bhattarai won in 17 of the city's 29 wards, performing strongest in the densely populated central wards around Narayangadh and the main bazaar. Poudel carried 10 wards, most of them along the East-West Highway and in the semi-rural areas to the east, while Dhakal led in two.",
        "The count was closer than the final result suggests. On Friday evening, with around 61 percent of ballots counted, Bhattarai's lead was just over 3,200 votes, and Congress workers at the hall were still confident of a comeback.",
        "Poudel, a former ward chair and a two-time member of the municipal assembly, accepted the result. \"I accept the verdict of the people of Bharatpur and congratulate her,\" he told the Courier by phone.",
        "## Old parties on the back foot",
        "The by-election was necessitated after the previous mayor resigned in January to contest the House of Representatives election held on March 5. In that election, the RSP candidate won the Chitwan-2 constituency, which covers much of the city, by more than 11,000 votes.",
        "UML district chair Ganesh Bahadur Thapa admitted his party had failed to connect with young voters. \"We will have to look seriously at why first-time voters are not with us,\" he said.",
        "Bhattarai, 41, is a chartered accountant who previously led a citizens' group that monitored the city's budget. During the campaign she promised to publish every municipal contract online within 48 hours of signing and to repair the city's street lighting within six months.",
        "She is scheduled to take the oath of office on Monday and will serve the remainder of the term, which ends in 2027.",
    ],
)

_S2_D = _broadcast(
    site="Sagarmatha TV", host="www.sagarmathatv.example",
    path="/news/bharatpur-by-election-result-rekha-bhattarai-wins",
    headline="RSP's Rekha Bhattarai wins Bharatpur mayoral by-election",
    summary=["Bhattarai beats Nepali Congress's Dipendra Kumar Poudel by 6,405 votes",
             "Turnout 63.4 percent",
             "Oath-taking on Monday"],
    visible="25 April 2026, 10:10 PM NPT", published_iso="2026-04-25T22:10:00+05:45",
    byline="Reported by Anil Mahato, Chitwan",
    video_caption="Video: Supporters celebrate outside the counting centre in Bharatpur after the result.",
    image_credit="Sagarmatha TV",
    related=["Bharatpur result: what the new mayor has promised",
             "VIDEO: Counting day scenes from Chitwan",
             "Election Commission announces schedule for remaining by-elections"],
    trending=["Gold price falls by Rs1,200 per tola",
              "Heavy rain forecast for Koshi and Madhesh provinces",
              "Nepal cricket team leaves for qualifier tournament"],
    paras=[
        "Rastriya Swatantra Party candidate Rekha Bhattarai has won the by-election for mayor of Bharatpur Metropolitan City in Chitwan.",
        "Chief returning officer Kedar Nath Upreti announced the result at 9:40 pm on Saturday, more than two days after polling ended on Thursday.",
        "Bhattarai received 71,208 votes. Nepali Congress candidate Dipendra Kumar Poudel came second with 64,803 votes, and CPN-UML's Hari Prasad Dhakal was third with 47,966.",
        "Fourteen candidates were in the race. Of the 312,846 registered voters in Bharatpur, 63.4 percent took part in the election.",
        "Speaking to Sagarmatha TV after the announcement, Bhattarai said her first task would be to make the city's finances transparent. She said people had chosen clean accounts and working streetlights over slogans.",
        "Poudel congratulated the winner and said his party accepted the people's decision.",
        "Bhattarai, 41, is a chartered accountant who previously led a citizens' group that monitored the metropolitan city's budget. During the campaign she promised to publish every municipal contract online within 48 hours of signing and to repair street lighting across the city within six months.",
        "She won in 17 of Bharatpur's 29 wards. Poudel led in 10 wards and Dhakal in two.",
        "## A close fight",
        "The counting, which began on Friday morning, went back and forth. Poudel was strong in the wards along the highway, and at one point on Friday evening Bhattarai's lead had come down to 3,244 votes. Her lead grew again on Saturday as votes from the city centre were counted.",
        "The by-election was held because the former mayor resigned in January to stand in the March 5 parliamentary election.",
        "Counting took place at Shaheed Smriti Sports Hall in Bharatpur, where ballot boxes from all 108 polling centres were brought under police security after voting ended on Thursday evening.",
        "On polling day, the Election Commission had estimated turnout at about 61 percent. The final figure was higher once tally sheets from all centres had been added.",
        "CPN-UML district chair Ganesh Bahadur Thapa said his party would review its performance. He admitted that the UML had not been able to win the support of young voters.",
        "By-elections were held in a total of 19 local units across the country on Thursday. Results for most of them were announced on Friday.",
        "RSP leaders in Kathmandu welcomed the win. Party spokesperson Manish Ghimire said the result showed that voters outside the capital also wanted change.",
        "Nepali Congress leaders in Chitwan said they would analyse why the party lost a city it had hoped to win back. Several party workers at the counting centre blamed internal divisions during ticket distribution for the defeat.",
        "Bharatpur, the headquarters of Chitwan district in Bagmati Province, is one of the country's largest cities and an important centre for trade, health services and tourism, with the Chitwan National Park close by. The new mayor will lead a metropolitan council that must pass the city's budget for the coming fiscal year within weeks of her taking office.",
        "Bhattarai will take the oath of office on Monday. The current term of local governments ends in 2027.",
    ],
)

STORY_2 = _story("el-MB2", "election", "2026-04-26", [
    _page("https://narayanionline.example/live/bharatpur-mayor-by-election-counting-live-updates", _S2_A),
    _page("https://www.himalnews.example/nepal/rsp-candidate-bhattarai-wins-bharatpur-mayor-by-election", _S2_B),
    _page("https://kathmanducourier.example/politics/2026/04/26/bhattarai-elected-bharatpur-mayor", _S2_C),
    _page("https://www.sagarmathatv.example/news/bharatpur-by-election-result-rekha-bhattarai-wins", _S2_D),
], [
    ("winning margin", r"6,?405", r"4,?605"),
    ("result declared at", r"\b7[:.]40\b", r"\b9[:.]40\b"),
])


# ===========================================================================
# STORY 3 - court (PLANTED): India's Supreme Court upholds Punjab gig-worker welfare fee
# planted: dissenting judge Raghavan vs Raghunathan (page C); arrears deadline 12 weeks vs 8 weeks (page B)
# ===========================================================================

_S3_A = _newsletter(
    site="Bench & Bar Brief", host="benchandbar.example",
    path="/supreme-court/2026/10/06/punjab-gig-workers-welfare-fee-upheld-4-1",
    headline="Supreme Court upholds Punjab's gig-worker welfare fee 4:1; Justice Raghavan dissents",
    issue="Supreme Court Daily", published_iso="2026-10-06T14:20:00+05:30",
    visible="October 6, 2026 | 2:20 PM IST", author="Aditi Menon",
    sponsor="Lexcite Research Database", meta_time=True,
    related=["Hearing wrap: Day 11 of the gig-worker fee case, judgment reserved",
             "High Court strikes down Punjab levy on aggregators in split verdict",
             "Explained: the Code on Social Security and platform workers",
             "Karnataka notifies rules under its platform workers law"],
    paras=[
        "A five-judge Constitution Bench of the Supreme Court on Tuesday upheld, by a 4:1 majority, the validity of the Punjab Platform-Based Gig Workers (Welfare Fee) Act, 2024, which requires app-based aggregators to pay a welfare fee on every payout they make to gig workers in the State.",
        "The majority opinion, authored by Justice Arvind Malhotra for himself and Justices Farzana Siddiqui, K. Venkatachalam and Rohit Deshmukh, runs to 212 pages. Justice Meenakshi Raghavan delivered a 68-page dissent.",
        "The Bench set aside the November 2025 judgment of the Punjab and Haryana High Court, which had struck down the levy by a 2:1 majority on the ground that it was a tax the State had no power to impose.",
        "## What the Act does",
        "The Act allows the Punjab government to notify a welfare fee of between 1 and 2 per cent of each payment made by an aggregator to a platform worker. The rate currently notified is 1.5 per cent. The money goes into a fund run by the Punjab Gig Workers Welfare Board, which is meant to pay for accident cover, health insurance and a small pension for registered workers. About 3.2 lakh workers are registered with the Board.",
        "## The majority",
        "Justice Malhotra held that the levy falls within Entry 24 of the Concurrent List, which covers the welfare of labour, and that it is a fee rather than a tax because the money is ring-fenced for a defined class of people who receive a specific benefit.",
        "\"A worker does not cease to be a worker because the employer is an app. The State is entitled to ask those who profit from this work to contribute to the safety net of those who perform it,\" the majority said.",
        "The Bench rejected the argument that the Code on Social Security, 2020, a central law that also deals with gig workers, occupied the field. It found no direct conflict, since the Code envisages welfare schemes but does not bar States from framing their own.",
        "## The dissent",
        "Justice Raghavan disagreed on the central question. \"The label of a fee cannot disguise what is, in every practical sense, a tax on each transaction,\" she wrote, adding that the quid pro quo between the fee and the services provided was \"too thin to bear the weight the State places on it\".",
        "She would have dismissed the State's appeal and upheld the High Court's ruling.",
        "## Directions",
        "The Court directed aggregators to pay the arrears of the fee for the period since the Act came into force on April 1, 2025, within 12 weeks. No interest or penalty will be charged if the amount is paid within that time. Aggregators must also complete registration of their workers on the State portal within 30 days.",
        "The State's counsel told the Court that the arrears amount to roughly Rs 1,140 crore.",
        "## Counsel",
        "Senior Advocate Rohan Kapadia led the arguments for the Internet Commerce Federation of India and nine aggregator companies. Punjab was represented by Advocate General Harpreet Singh Sandhu. The matter was heard over 11 days, and judgment was reserved on July 22.",
        "The judgment is likely to be closely read in Rajasthan and Karnataka, which have passed their own laws on platform workers.",
    ],
)

_S3_B = _wire(
    site="South Asia Wire", host="www.southasiawire.example",
    path="/india/india-top-court-upholds-punjab-levy-on-gig-platforms",
    headline="India's top court upholds Punjab levy on gig platforms in 4-1 ruling",
    dateline="NEW DELHI, Oct 6 (SAW) -",
    published_iso="2026-10-06T06:40:00Z", visible="October 6, 2026 6:40 AM GMT",
    updated_iso="2026-10-06T09:05:00Z", updated_visible="October 6, 2026 9:05 AM GMT",
    byline="Nikhil Bhatia",
    desk="Reporting by Nikhil Bhatia in New Delhi and Manpreet Gill in Chandigarh; editing by Sonali Iyer",
    topics=["India", "Gig economy", "Courts", "Labour"],
    related=["India's food delivery firms report slower order growth",
             "Explainer: How India's states are regulating gig work",
             "Rupee steady near 89 per dollar as oil eases",
             "Ride-hailing drivers strike in Bengaluru over fares"],
    paras=[
        "India's Supreme Court on Tuesday upheld a Punjab state law that makes food delivery, ride-hailing and other app-based platforms pay a welfare fee on what they pay their workers, a ruling that could push other states to adopt similar levies.",
        "A five-judge bench ruled 4-1 in favour of the state, overturning a 2025 decision by the Punjab and Haryana High Court, which had struck down the law in a 2-1 split ruling.",
        "The judgment was pronounced at 10:30 a.m. (0500 GMT). Justice Arvind Malhotra wrote for the majority, and Justice Meenakshi Raghavan dissented.",
        "Under the 2024 law, platforms must pay between 1% and 2% of each payout to workers into a state welfare fund. Punjab has set the rate at 1.5%.",
        "The court ordered the companies to pay all dues since April 2025 within eight weeks, according to lawyers present in court. The state estimates the amount at about 11.4 billion rupees ($128 million).",
        "\"A worker does not cease to be a worker because the employer is an app,\" the majority said in its ruling.",
        "In her dissent, Justice Raghavan said the levy was in substance a tax on transactions, which the state was not competent to impose.",
        "The Internet Commerce Federation of India, an industry group that led the challenge on behalf of nine companies, said it was studying the judgment. \"We respect the court's decision. Our concern has always been a patchwork of different levies in different states,\" the federation's secretary general, Vivek Nair, said in a statement.",
        "Punjab Labour Minister Gurpreet Kaur Brar called the ruling historic. \"From today, the delivery rider on a Ludhiana street has the same claim to a safety net as a factory worker,\" she told reporters in Chandigarh.",
        "About 320,000 gig workers are registered with Punjab's welfare board, according to state data. Industry estimates put the number of active platform workers in the state at closer to half a million.",
        "India's gig workforce was estimated at 7.7 million in 2020-21 by government think tank NITI Aayog, which projected it could reach 23.5 million by 2029-30.",
        "The federal government's social security code, passed by parliament in 2020, includes provisions for gig workers but leaves details of welfare schemes to be worked out. Rajasthan and Karnataka have passed their own laws.",
        "Shares of listed delivery and ride-hailing firms fell between 1% and 3% in Mumbai trading after the ruling before recovering some losses. Analysts said a 1.5% fee on payouts was manageable but that the arrears would hit earnings for the current quarter.",
        "\"The bigger risk is if every state picks a different rate,\" said Ritu Khanna, an analyst at a Mumbai brokerage.",
    ],
)

_S3_C = _paper(
    site="The Punjab Sentinel", host="www.punjabsentinel.example",
    path="/punjab/sc-upholds-state-gig-workers-welfare-fee-act",
    headline="SC upholds State's gig workers' welfare fee; Govt hails 'historic' verdict",
    standfirst="Aggregators told to clear arrears of over Rs 1,100 crore; one judge dissents, calling the levy a tax in disguise",
    section="Punjab", byline="Sentinel News Service", place="Chandigarh/New Delhi",
    published_iso="2026-10-07T04:00:00+05:30", visible="Posted: Oct 7, 2026 04:00 AM (IST)",
    meta_time=False, ld=False,
    photo_caption="Delivery workers wait for orders outside a mall in Ludhiana. About 3.2 lakh platform workers are registered with the State's welfare board.",
    photo_credit="File photo",
    related=["Gig workers' union plans victory march in Ludhiana",
             "HC verdict in 2025: what the court had said",
             "Punjab Cabinet approves new rules for welfare board",
             "Opinion: A fair deal for the workers who bring us dinner"],
    most_read=["Paddy procurement crosses 40 lakh tonnes",
               "Chandigarh: new parking rates from Nov 1",
               "Stubble burning cases fall sharply, says PPCB",
               "Amritsar-Delhi Vande Bharat timings changed"],
    paras=[
        "In a major boost to the State government, a Constitution Bench of the Supreme Court on Tuesday upheld the Punjab Platform-Based Gig Workers (Welfare Fee) Act, 2024, by a 4-1 majority.",
        "The Bench, comprising Justices Arvind Malhotra, Farzana Siddiqui, K. Venkatachalam, Rohit Deshmukh and Meenakshi Raghunathan, set aside the verdict of the Punjab and Haryana High Court, which had struck down the Act by a 2-1 majority in November last year. Justice Raghunathan wrote a separate dissenting opinion.",
        "The court directed the aggregators to deposit the arrears of the welfare fee, calculated from April 1, 2025, within 12 weeks - roughly three months - without interest or penalty. The State puts the arrears at over Rs 1,100 crore.",
        "The Act empowers the State to levy a fee ranging from 1 to 2 per cent on payouts made to gig workers. The State had notified the rate at 1.5 per cent.",
        "## 'A historic day'",
        "Labour Minister Gurpreet Kaur Brar said the verdict vindicated the government's stand. \"From today, the delivery rider on a Ludhiana street has the same claim to a safety net as a factory worker. This is a historic day for Punjab,\" she said at a press conference in Chandigarh.",
        "Advocate General Harpreet Singh Sandhu, who argued the case for the State, said the Bench had accepted that welfare of labour was a subject on which the State was competent to legislate. \"The court has recognised that the fee is tied to a specific benefit for a specific group of workers,\" he said.",
        "The Punjab App-Based Workers Union, which had intervened in the case, announced a victory march in Ludhiana on Sunday. Union president Jaswinder Singh said the board should now start paying accident claims that had been pending since the High Court verdict. \"More than 900 claims are stuck. Riders who were injured last year are still waiting,\" he said.",
        "## What the dissent said",
        "In her dissent, Justice Raghunathan held that the levy was a tax in all but name. \"The label of a fee cannot disguise what is, in every practical sense, a tax on each transaction,\" she wrote. She said the link between what the aggregators paid and any service they received in return was too weak to justify calling it a fee.",
        "The majority, in an opinion written by Justice Malhotra, disagreed. It said the fee was a compensatory levy meant for a defined class of workers and was not a general revenue-raising measure.",
        "## Next steps",
        "Officials in the Labour Department said the Welfare Board would issue demand notices to the aggregators within a week. The companies have also been told to register their workers on the State portal within 30 days.",
        "Over three lakh workers are currently enrolled with the board. The department estimates that the number could rise to five lakh once all aggregators upload their data.",
        "The Internet Commerce Federation of India, which represented the aggregators along with nine companies, said it would comply with the ruling. Senior Advocate Rohan Kapadia, who appeared for the federation, declined to comment.",
        "The case was heard over 11 days before the Bench reserved its verdict on July 22.",
    ],
)

STORY_3 = _story("ct-MB3", "court", "2026-10-07", [
    _page("https://benchandbar.example/supreme-court/2026/10/06/punjab-gig-workers-welfare-fee-upheld-4-1", _S3_A),
    _page("https://www.southasiawire.example/india/india-top-court-upholds-punjab-levy-on-gig-platforms", _S3_B),
    _page("https://www.punjabsentinel.example/punjab/sc-upholds-state-gig-workers-welfare-fee-act", _S3_C),
], [
    ("dissenting judge's surname", r"raghavan", r"raghunathan"),
    ("arrears deadline", r"\b12[- ]weeks?\b|twelve[- ]weeks?", r"\b8[- ]weeks?\b|eight[- ]weeks?"),
])


# ===========================================================================
# STORY 4 - trade (CONTROL): Bangladesh FY2025-26 merchandise exports
# ===========================================================================

_S4_A = _wire(
    site="Bengal Bay News Agency", host="www.bengalbaynews.example",
    path="/economy/bangladesh-exports-fy26-rise-5-3-percent-miss-target",
    headline="Bangladesh exports rise 5.3% to $50.84 bln in FY26 but miss target",
    dateline="DHAKA, July 2 (BBNA) -",
    published_iso="2026-07-02T10:15:00Z", visible="July 2, 2026 10:15 GMT",
    byline="Tanvir Ahmed",
    desk="Reporting by Tanvir Ahmed; editing by Rumana Islam",
    topics=["Bangladesh", "Trade", "Garments", "Exports"],
    related=["Bangladesh remittances hit monthly record in June",
             "Garment makers seek gas price freeze ahead of budget",
             "Chattogram port clears backlog after May congestion",
             "Bangladesh's LDC graduation: what changes in November"],
    paras=[
        "Bangladesh's merchandise exports rose 5.3% to $50.84 billion in the fiscal year that ended on June 30, official data showed on Thursday, crossing the $50 billion mark for the first time but falling short of the government's target.",
        "The Export Promotion Bureau (EPB) said exports in fiscal 2024-25 had totalled $48.28 billion. The government had set a goal of $53.5 billion for 2025-26, meaning shipments came in about 5% below target.",
        "Ready-made garments, the backbone of the economy, brought in $40.92 billion, up about 4% from the previous year and accounting for 80.5% of all exports. Knitwear earned $22.31 billion and woven garments $18.61 billion.",
        "Exports slowed towards the end of the year. Shipments in June alone fell 2.1% year-on-year to $4.12 billion, from $4.21 billion in June 2025, as some US buyers held back orders and congestion at Chattogram port delayed sailings.",
        "\"Crossing fifty billion is an important milestone, but we are not satisfied. The second half was harder than the first,\" EPB Vice-Chairman Mohammad Anwarul Karim told reporters at the bureau's office in Dhaka.",
        "He said the bureau now cross-checks its figures with customs and the central bank every month, after a 2024 review found that earlier export data had been inflated.",
        "Leather and leather goods exports rose 3.4% to $1.18 billion, while jute and jute goods fell 6.2% to $790 million, the data showed.",
        "Shipments to the United States, the single largest country market, have faced a 20% tariff since August 2025. Exporters say the rate has so far been manageable because rival suppliers such as Vietnam face similar duties, but margins have thinned.",
        "The European Union as a bloc remains the biggest destination, taking about half of the country's exports under duty-free access that Bangladesh enjoys as a least developed country.",
        "Nusrat Jahan Mitu, research director at the Dhaka-based Centre for Trade and Development Studies, said the numbers showed the economy still relied too heavily on one industry. \"Four out of every five dollars still come from garments. With LDC graduation in November, we cannot afford this concentration,\" she said.",
        "That access is due to change after Bangladesh graduates from the UN's least developed country category in November, although the EU has said trade preferences will continue for a transition period of three years.",
        "Farzana Haque Chowdhury, president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), said factories faced rising wage, gas and financing costs. The association has asked the government to halve the tax deducted at source on export proceeds to 0.5% from 1% in the new budget.",
        "The government has set an export target of $56 billion for fiscal 2026-27, commerce ministry officials said.",
        "Bangladesh is the world's second-largest exporter of garments after China.",
    ],
)

_S4_B = _paper(
    site="The Dhaka Chronicle", host="www.dhakachronicle.example",
    path="/business/economy/exports-cross-50b-first-time-target-missed-2026-07-03",
    headline="Exports cross $50b for first time, but target missed",
    standfirst="RMG earns $40.92b; June shipments fall 2.1pc as US orders slow",
    section="Business", byline="Staff Correspondent", place="Dhaka",
    published_iso="2026-07-03T00:30:00+06:00", visible="Friday, July 03, 2026",
    photo_caption="Workers finish garments at a knitwear factory in Gazipur. Knit products made up more than half of all apparel exports in FY26.",
    photo_credit="Photo: Chronicle / Rashed Kabir",
    related=["Budget FY27: Export target set at $56b",
             "BGMEA election: panel list announced",
             "Remittance inflow hits $3.1b in June",
             "Editorial: Export diversification can no longer wait"],
    most_read=["Dhaka-Chattogram expressway work to start in December",
               "HSC exams begin today",
               "Onion prices fall in Dhaka kitchen markets",
               "Rail: new Dhaka-Cox's Bazar train timings announced"],
    paras=[
        "The country's export earnings crossed the $50 billion mark for the first time in the just-concluded fiscal year, though they fell short of the government's target as shipments slowed in the final months.",
        "Exports in FY2025-26 stood at $50.84 billion, up 5.3 percent from $48.28 billion a year earlier, according to data released by the Export Promotion Bureau (EPB) yesterday. In local currency, the earnings come to about Tk 6.22 lakh crore at the current exchange rate of Tk 122.3 per dollar.",
        "The government had set a target of $53.5 billion. Actual earnings were 95 percent of that target, a shortfall of $2.66 billion.",
        "## Garments still dominate",
        "Ready-made garments fetched $40.92 billion, 80.5 percent of total export earnings. Of this, knitwear brought in $22.31 billion and woven garments $18.61 billion.",
        "RMG exports grew by about 4 percent year-on-year, slower than the 9 percent growth the sector had posted in FY25, according to EPB data.",
        "The year ended on a weak note. Export receipts in June were $4.12 billion, 2.1 percent lower than the $4.21 billion earned in the same month last year.",
        "\"Crossing fifty billion is an important milestone, but we are not satisfied,\" said EPB Vice-Chairman Mohammad Anwarul Karim at a briefing at the bureau's Karwan Bazar office.",
        "Factory owners blamed the slowdown on cautious buyers in the United States, congestion at Chattogram port in May and a shortage of gas in industrial areas around Gazipur and Narayanganj.",
        "\"Buyers are placing smaller orders closer to the shipping date. They want the same price as last year while our wage bill and energy costs have gone up,\" BGMEA President Farzana Haque Chowdhury told The Chronicle.",
        "The BGMEA has proposed that the source tax on export receipts be cut to 0.5 percent from the existing 1 percent, and that the government guarantee uninterrupted gas supply to export-oriented factories.",
        "## Beyond garments",
        "Among non-garment sectors, leather and leather goods earned $1.18 billion, up 3.4 percent. Jute and jute goods fetched $790 million, a fall of 6.2 percent, while agricultural products earned just over $1 billion.",
        "Economist Dr Nusrat Jahan Mitu, research director at the Centre for Trade and Development Studies, said the figures showed how little progress had been made in diversifying the export basket. \"Four out of every five dollars still come from garments. With LDC graduation in November, we cannot afford this concentration,\" she said.",
        "She noted that the 20 percent US tariff in place since August last year had not caused the collapse some had feared, but said the next test would come when Bangladesh loses some duty-free access after graduation.",
        "The government has set an export target of $56 billion for FY2026-27 in the budget placed in parliament last month.",
    ],
)

_S4_C = _newsletter(
    site="Sourcing Desk Weekly", host="sourcingdesk.example",
    path="/country-watch/bangladesh/2026-07-06-fy26-exports-cross-50bn",
    headline="Bangladesh: FY26 exports edge past $50bn, garments up about 4%",
    issue="Country Watch - Week 28", published_iso="2026-07-06T07:00:00+01:00",
    visible="Monday 6 July 2026", author="Claire Hennessy, Apparel Markets Editor",
    sponsor="Meridian Fabric Testing Labs", ld=False,
    related=["Vietnam: H1 garment shipments steady despite US duties",
             "Cambodia: wage talks to start in August",
             "Freight: Asia-Europe spot rates ease for third week",
             "Bangladesh: buyers watch gas supply ahead of peak season"],
    paras=[
        "Bangladesh's Export Promotion Bureau published full-year figures last Thursday, 2 July, and the headline is symbolic: merchandise exports for the July 2025-June 2026 fiscal year came to nearly $51bn ($50.84bn), the first time the country has passed $50bn.",
        "Growth was 5.3% on FY25's $48.28bn. That is respectable given the headwinds, but the total still fell about 5% short of Dhaka's $53.5bn target.",
        "For sourcing teams the garment line is what matters. Apparel exports reached $40.9bn, up roughly 4%, and still make up more than four-fifths of everything the country sells abroad. Knitwear ($22.3bn) continues to outpace woven products ($18.6bn), reflecting the shift towards basics, activewear and T-shirts that buyers have been sourcing from Bangladesh at scale.",
        "## A softer finish",
        "The monthly picture is weaker. June shipments were $4.12bn, down 2.1% on June 2025. Suppliers we spoke to cited three factors: US retailers trimming replenishment orders, a backlog at Chattogram in May that pushed some sailings into July, and gas rationing in the Gazipur and Narayanganj industrial belts.",
        "\"The second half was harder than the first,\" EPB vice-chairman Mohammad Anwarul Karim said at the bureau's briefing. Exporters would agree.",
        "## Tariffs and preferences",
        "Bangladesh-origin goods have carried a 20% US reciprocal tariff since August 2025. In practice this has not redirected many orders, because Vietnam's rate is the same and Cambodia's is only a point lower. The bigger structural question is November's graduation from least developed country status. The EU has promised a three-year transition before its standard GSP rules apply, but buyers with long-term programmes are already asking suppliers about rules of origin after 2029.",
        "BGMEA president Farzana Haque Chowdhury told us the industry is \"absorbing cost increases that buyers are not sharing\". The association wants the 1% advance tax on export proceeds halved to 0.5%, and a firm commitment on gas supply.",
        "## Numbers in context",
        "In taka terms the year's exports are worth a little over Tk6.2 trillion, at roughly 122 taka to the dollar. The government has pencilled in $56bn for FY27, which would need growth of about 10%, roughly double this year's pace.",
        "Non-garment categories remain small. Leather and leather goods were $1.18bn (+3.4%) and jute goods $0.79bn (-6.2%).",
        "## What to watch",
        "Three things for buyers this quarter: whether gas supply to export zones improves before the autumn-winter peak; whether EPB's monthly data for July shows a rebound as delayed May and June cargo sails; and whether wage talks, which unions want to open before the end of the year, produce a new minimum wage proposal.",
        "For now, Bangladesh remains the number two apparel supplier globally and the most cost-competitive source for high-volume basics.",
    ],
)

STORY_4 = _story("tr-MB4", "trade", "2026-07-06", [
    _page("https://www.bengalbaynews.example/economy/bangladesh-exports-fy26-rise-5-3-percent-miss-target", _S4_A),
    _page("https://www.dhakachronicle.example/business/economy/exports-cross-50b-first-time-target-missed-2026-07-03", _S4_B),
    _page("https://sourcingdesk.example/country-watch/bangladesh/2026-07-06-fy26-exports-cross-50bn", _S4_C),
], [])   # a control: no planted disagreement


# ===========================================================================
# STORY 5 - rocket (PLANTED): ISRO PSLV-C66 launches EOS-12 and six co-passengers
# planted: liftoff 5:12 a.m. vs 5:21 a.m. (page C); EOS-12 mass 1,480 kg vs 1,840 kg (page B)
# ===========================================================================

_S5_A = _wire(
    site="South Asia Wire", host="www.southasiawire.example",
    path="/science/india-pslv-returns-to-flight-eos-12-ocean-satellite",
    headline="India's PSLV rocket returns to form, puts ocean satellite into orbit",
    dateline="SRIHARIKOTA, India, Nov 11 (SAW) -",
    published_iso="2026-11-11T00:35:00Z", visible="November 11, 2026 12:35 AM GMT",
    updated_iso="2026-11-11T03:10:00Z", updated_visible="November 11, 2026 3:10 AM GMT",
    byline="Meera Krishnan",
    desk="Reporting by Meera Krishnan in Sriharikota; editing by Daniel Ocampo",
    topics=["India", "Space", "ISRO", "Satellites"],
    related=["India's private launch firms line up first orbital attempts",
             "ISRO's PSLV fails to reach orbit in May 2025 mission",
             "Explainer: What India's space budget pays for",
             "Japan's H3 rocket lofts navigation satellite"],
    paras=[
        "An Indian Polar Satellite Launch Vehicle placed an ocean-monitoring satellite and six smaller spacecraft into orbit on Wednesday, the Indian Space Research Organisation (ISRO) said, in a closely watched mission for a workhorse rocket that had a rare failure last year.",
        "The PSLV-C66 lifted off from the First Launch Pad at the Satish Dhawan Space Centre on Sriharikota island, on India's south-east coast, at 5:12 a.m. local time (2342 GMT on Tuesday).",
        "About 17 minutes and 44 seconds into the flight, the rocket's fourth stage released EOS-12, a 1,480-kg (3,263-lb) satellite built to track ocean colour, sea surface temperature and winds over the sea. It was placed in a sun-synchronous polar orbit about 535 km (332 miles) above Earth.",
        "The six co-passenger satellites, weighing 186 kg in all, were released over the next several minutes, the last about 23 minutes after liftoff. Two were built by Indian start-ups, one by students at a Chennai engineering college, and three belonged to foreign customers of NewSpace India Ltd, ISRO's commercial arm.",
        "\"PSLV has come back exactly the way we wanted. The vehicle performed normally in all four stages and EOS-12 is in a precise orbit,\" ISRO Chairman Arun Kumar Pillai said at the mission control centre.",
        "The launch was the PSLV's first flight since May 2025, when a mission carrying the EOS-09 radar imaging satellite failed after a problem in the rocket's third stage. A committee investigating that failure traced it to a fall in chamber pressure, and ISRO has since modified the stage.",
        "The 44-metre-tall rocket, flying in its most powerful XL configuration with six strap-on boosters, had been due to fly on Monday, Nov. 9, but the launch was pushed back by two days because of heavy rain brought by a depression over the Bay of Bengal.",
        "The final countdown of 25-and-a-half hours began early on Tuesday morning.",
        "EOS-12, designed to operate for at least five years, will supply data to fisheries, coastal management agencies and weather forecasters, ISRO said. It carries an ocean colour monitor with 13 spectral bands and a scatterometer for measuring wind speed and direction.",
        "\"For a fisherman in Kerala, this satellite will mean a better forecast of where the fish are and when the sea is too rough to go out,\" said Satellite Director R. Sudhir Kamath.",
        "After releasing the satellites, the rocket's spent fourth stage was to be lowered to an orbit of about 350 km, where it will serve as a platform for eight experimental payloads for several weeks, including two from private companies.",
        "ISRO plans a launch of its heavier Geosynchronous Satellite Launch Vehicle in December, and an uncrewed orbital test of its Gaganyaan human spaceflight programme early next year.",
        "India's space sector has been opened to private companies since 2020, and several start-ups are preparing their own orbital rockets. The government wants the country's share of the global space economy to rise from about 2% to 8% over the next decade.",
    ],
)

_S5_B = _paper(
    site="The Madras Observer", host="www.madrasobserver.example",
    path="/science/2026/11/12/pslv-bounces-back-eos-12-in-orbit",
    headline="PSLV bounces back, places EOS-12 in orbit",
    standfirst="Ocean-watching satellite will help fishermen and cyclone forecasters; six co-passengers also deployed",
    section="Science", byline="S. Venkatesh", place="Sriharikota",
    published_iso="2026-11-12T03:30:00+05:30", visible="November 12, 2026 03:30 am | Updated 07:10 am IST",
    photo_caption="The PSLV-C66 lifts off from the First Launch Pad at the Satish Dhawan Space Centre, Sriharikota, on Wednesday morning.",
    photo_credit="Photo: ISRO",
    related=["EOS-12: What the new ocean satellite can see",
             "How ISRO fixed the PSLV third stage",
             "Chennai start-up's satellite among co-passengers",
             "Gaganyaan uncrewed mission likely early next year"],
    most_read=["Northeast monsoon: heavy rain alert for coastal districts",
               "Chennai Metro phase II: new stations to open in January",
               "Gold rate in Chennai today",
               "Tamil Nadu to hold local body polls next year"],
    paras=[
        "Eighteen months after a rare failure, the Polar Satellite Launch Vehicle returned to flight in style on Wednesday, placing the 1,840-kg EOS-12 ocean observation satellite in a precise orbit along with six smaller satellites.",
        "The PSLV-C66 rose from the First Launch Pad at the Satish Dhawan Space Centre in Sriharikota, about 100 km north of Chennai, at 5.12 a.m. A cloudy sky and light drizzle did not affect the launch, which had already been postponed from Monday because of heavy rain.",
        "About 17.7 minutes later, the rocket's fourth stage released EOS-12 into a sun-synchronous orbit at an altitude of 535 km. The six co-passengers - two built by Indian start-ups, one by a Chennai engineering college and three from foreign customers - were deployed in the following minutes.",
        "\"All four stages performed as predicted and all seven satellites have been placed in their intended orbits,\" said Mission Director M. Jayashree, announcing the result from the Mission Control Centre to loud applause.",
        "ISRO Chairman Arun Kumar Pillai said the mission showed that the problem which caused the May 2025 failure had been fully understood and fixed. \"PSLV has come back exactly the way we wanted,\" he said. \"The vehicle performed normally in all four stages.\"",
        "## Help for fishermen",
        "EOS-12 will continue the series of Indian ocean observation satellites that began with Oceansat-1 in 1999. Its instruments include an ocean colour monitor and a scatterometer, which measures winds over the sea, and a sea surface temperature sensor.",
        "Satellite Director R. Sudhir Kamath said the data would be used to issue potential fishing zone advisories to fishermen along the coast, and to improve the forecasting of cyclones in the Bay of Bengal and the Arabian Sea. \"For a fisherman in Kerala, this satellite will mean a better forecast of where the fish are and when the sea is too rough to go out,\" he said.",
        "The satellite has a mission life of five years, though ISRO's earlier ocean satellites have often worked for much longer.",
        "## Experiments in orbit",
        "After deploying the satellites, the PSLV's fourth stage was lowered to a 350 km orbit where it will serve as an orbital platform carrying eight experimental payloads, under the PSLV Orbital Experimental Module (POEM) programme.",
        "The launch was watched by around 5,000 people from the viewers' gallery at Sriharikota, many of whom had travelled overnight from Chennai and Nellore.",
        "The 25.5-hour countdown had begun at 3.42 a.m. on Tuesday.",
        "Speaking to reporters after the launch, Mr. Pillai said ISRO would attempt a GSLV launch in December and that the first uncrewed orbital flight of the Gaganyaan programme was planned for early 2027. He also said ISRO expected to carry out more than 10 launches in the next financial year, including flights of the PSLV built by an industry consortium.",
        "The previous PSLV mission, in May 2025, had failed to place the EOS-09 radar imaging satellite in orbit after a fall in chamber pressure in the third stage.",
    ],
)

_S5_C = _broadcast(
    site="NewsLine 9", host="www.newsline9.example",
    path="/india/isro-pslv-c66-launch-eos-12-success",
    headline="ISRO's PSLV-C66 launch successful, EOS-12 and 6 other satellites in orbit",
    summary=["PSLV-C66 lifted off from Sriharikota before dawn on Wednesday",
             "EOS-12 will monitor oceans, help fishermen and weather forecasters",
             "First major PSLV mission since the May 2025 failure"],
    visible="Updated: November 11, 2026, 06:40 IST", published_iso="2026-11-11T06:40:00+05:30",
    byline="Written by Rahul Saxena | Edited by Priya Nair",
    video_caption="Watch: The PSLV-C66 lifting off from Sriharikota.",
    image_credit="ISRO / NewsLine 9",
    related=["Live video: PSLV-C66 launch from Sriharikota",
             "What are sun-synchronous orbits?",
             "Gaganyaan: ISRO's next big test"],
    trending=["Delhi air quality remains 'very poor'",
              "India vs Australia: second Test preview",
              "Stock market today: Sensex opens higher"],
    paras=[
        "The Indian Space Research Organisation (ISRO) successfully launched its PSLV-C66 rocket from Sriharikota on Wednesday, placing the EOS-12 Earth observation satellite in orbit along with six co-passenger satellites.",
        "The rocket lifted off at 5:21 am from the First Launch Pad of the Satish Dhawan Space Centre in Andhra Pradesh, as people watched from the viewing gallery in the pre-dawn darkness.",
        "About 18 minutes later, the EOS-12 satellite, weighing 1,480 kg, separated from the rocket's fourth stage and was placed in a sun-synchronous polar orbit at an altitude of about 535 km.",
        "The remaining six satellites were released one after another over the next few minutes.",
        "ISRO chief Arun Kumar Pillai said the vehicle had performed normally in all four stages. \"PSLV has come back exactly the way we wanted,\" he said.",
        "## Why this launch mattered",
        "This was an important mission for ISRO. In May last year, a PSLV mission failed because of a problem in the rocket's third stage, and the EOS-09 satellite it was carrying was lost. Since then, ISRO has studied the problem and made changes to the stage.",
        "The PSLV has long been one of the world's most dependable rockets and has launched hundreds of satellites for India and for other countries, including the Chandrayaan-1 mission to the Moon in 2008 and the Mars Orbiter Mission in 2013.",
        "## What EOS-12 will do",
        "EOS-12 is an ocean-watching satellite. It will study the colour of sea water, sea surface temperature and wind over the oceans. Its data will help fishermen find fishing zones and help forecasters track cyclones.",
        "ISRO says the satellite is designed to work for at least five years.",
        "It is the latest in a line of Indian ocean-watching satellites that started with Oceansat-1 in 1999. Scientists say the new satellite's sensors are more sensitive, which should make its fishing zone advisories more accurate.",
        "The co-passengers include satellites from two Indian start-ups, a Chennai college and three foreign customers who booked their rides through NewSpace India Limited (NSIL), ISRO's commercial arm.",
        "The launch had earlier been planned for Monday, November 9, but was postponed because of bad weather over the Bay of Bengal.",
        "After the launch, Mission Director M. Jayashree said all seven satellites had reached their planned orbits. \"All four stages performed as predicted,\" she said.",
        "ISRO's next launch is expected in December, when a GSLV rocket is due to fly.",
        "After releasing the satellites, the rocket's fourth stage was moved to a lower orbit of about 350 km, where it will carry eight experimental payloads, including two from private firms, for several weeks.",
        "ISRO chief Pillai also said the first uncrewed orbital flight under the Gaganyaan human spaceflight programme was planned for early next year.",
        "Prime Minister's Office and several Union ministers congratulated the ISRO team on social media soon after the launch.",
    ],
)

STORY_5 = _story("rk-MB5", "rocket", "2026-11-12", [
    _page("https://www.southasiawire.example/science/india-pslv-returns-to-flight-eos-12-ocean-satellite", _S5_A),
    _page("https://www.madrasobserver.example/science/2026/11/12/pslv-bounces-back-eos-12-in-orbit", _S5_B),
    _page("https://www.newsline9.example/india/isro-pslv-c66-launch-eos-12-success", _S5_C),
], [
    ("liftoff time", r"\b5[:.]12\b", r"\b5[:.]21\b"),
    ("EOS-12 mass", r"\b1,?480\b", r"\b1,?840\b"),
])


# ===========================================================================
# STORY 6 - earthquake (CONTROL): Bajhang earthquake, far-western Nepal
# ===========================================================================

_S6_A = _wire(
    site="Himal News Service", host="www.himalnews.example",
    path="/nepal/strong-earthquake-hits-far-western-nepal-bajhang",
    headline="Strong earthquake hits far-western Nepal, at least four killed",
    dateline="KATHMANDU, Oct 18 (HNS) -",
    published_iso="2026-10-17T21:25:00Z", visible="17 October 2026 21:25 GMT",
    updated_iso="2026-10-17T23:50:00Z", updated_visible="17 October 2026 23:50 GMT",
    byline="Pratibha Shrestha",
    desk="Reporting by Pratibha Shrestha in Kathmandu and Dinesh Bohara in Dhangadhi; editing by Bishal Karki",
    topics=["Nepal", "Earthquakes", "Disasters"],
    related=["Nepal marks ten years since the 2015 earthquake",
             "Jajarkot rebuilding slow two years after deadly quake",
             "India's Uttarakhand on alert after heavy monsoon damage",
             "Explainer: Why the Himalayas shake so often"],
    paras=[
        "A strong earthquake struck a remote mountainous district in far-western Nepal shortly after midnight on Sunday, killing at least four people and injuring dozens, officials said, as rescuers struggled to reach villages cut off by landslides in the dark.",
        "The National Earthquake Monitoring and Research Center (NEMRC) in Kathmandu said the quake, of magnitude 6.1, struck at 12:20 a.m. local time (1835 GMT on Saturday) with its epicentre near Chainpur, the headquarters of Bajhang district.",
        "The U.S. Geological Survey measured the quake at magnitude 5.9 and said it was centred about 40 km (25 miles) north-north-east of the town of Dipayal, at a depth of 12 km (7.5 miles). Shallow quakes tend to do more damage than deeper ones of the same size.",
        "Bhim Bahadur Karki, the chief district officer of Bajhang, said four deaths had been confirmed so far, three of them in a village close to Chainpur where stone-and-mud houses collapsed on sleeping families.",
        "\"Many houses have come down. We have reports of people trapped, but it is pitch dark and the roads are blocked in several places,\" Karki told HNS by telephone.",
        "Police and Armed Police Force personnel were digging through debris by torchlight, he said, and the army had been asked to send helicopters at first light.",
        "Home Ministry spokesperson Ram Chandra Tiwari said the figures were preliminary and were likely to rise once communication with outlying villages was restored. At least 30 people had been taken to the district hospital in Chainpur, some with serious injuries, he said.",
        "The shaking was felt across Sudurpashchim Province and in parts of western Nepal, and residents in Dhangadhi and Mahendranagar ran out of their homes into the cold night. Tremors were also felt in the Indian state of Uttarakhand, according to residents, and lightly as far away as New Delhi.",
        "NEMRC said it had recorded several aftershocks, the strongest of magnitude 4.8 at 3:05 a.m.",
        "Nepal lies on the boundary where the Indian plate pushes north beneath the Eurasian plate, a process that built the Himalayas and leaves the country exposed to frequent earthquakes.",
        "Bajhang was shaken by a pair of strong earthquakes in October 2023 that damaged homes across the district. A month later, in November 2023, a quake in Jajarkot district, further east, killed more than 150 people.",
        "Nearly 9,000 people died in April 2015 when a magnitude 7.8 earthquake hit central Nepal, the worst disaster in the country's modern history.",
        "The Prime Minister's Office said the prime minister had directed all security agencies to mobilise for search and rescue and had called an emergency meeting of the disaster management authority for Sunday morning.",
    ],
)

_S6_B = _liveblog(
    site="Sagarmatha TV", host="www.sagarmathatv.example",
    path="/live/bajhang-earthquake-live-updates",
    headline="Bajhang earthquake: death toll rises, rescue under way",
    intro="A 6.1-magnitude earthquake struck Bajhang district in Sudurpashchim Province at 12:20 am on Sunday. Follow our live coverage.",
    published_iso="2026-10-18T01:00:00+05:45", modified_iso="2026-10-18T21:10:00+05:45",
    visible="Last updated: Sunday, 18 October 2026, 9:10 PM NPT",
    related=["Photos: Daylight reveals damage in Chainpur",
             "Helpline numbers for families in Bajhang",
             "How to make your home safer in an earthquake",
             "2023 Jajarkot quake: lessons not learned"],
    entries=[
        ("9:10 PM", "Toll rises to 21", [
            "The Home Ministry says 21 people have now been confirmed dead: 19 in Bajhang, one in neighbouring Bajura and one in Doti. The number of injured has risen to 131.",
            "Search teams have suspended work in two villages for the night because of the risk of further landslides. They will resume at dawn, the district office said.",
        ]),
        ("4:15 PM", "17 dead, 112 injured", [
            "The confirmed death toll has risen to 17, Home Ministry spokesperson Ram Chandra Tiwari told a news briefing in Kathmandu. At least 112 people have been injured.",
            "Tiwari said initial reports showed that around 1,900 houses had been damaged, many of them completely. \"The numbers are still coming in from the wards. We expect them to rise,\" he said.",
            "The government has announced immediate relief of Rs 200,000 to the family of each person killed and free treatment for the injured.",
        ]),
        ("2:50 PM", "India offers help", [
            "India's External Affairs Ministry says it stands ready to provide all possible assistance. Officials in Kathmandu say a consignment of tents, blankets and medicines is expected to reach Dhangadhi by road on Monday.",
        ]),
        ("1:40 PM", "Aftershocks keep people outdoors", [
            "NEMRC says it has recorded 24 aftershocks of magnitude 4 or above since the main quake. The strongest, of magnitude 4.8, came at 3:05 am.",
            "Thousands of people in Chainpur and surrounding villages are preparing to spend a second night in the open. Seismologist Sunita Pant of NEMRC told Sagarmatha TV that aftershocks were normal after a quake of this size and could continue for weeks. \"People should not go back into houses with visible cracks,\" she said.",
        ]),
        ("10:00 AM", "Nine confirmed dead, army helicopters deployed", [
            "Chief district officer Bhim Bahadur Karki says nine people are now confirmed dead and around 60 injured in Bajhang.",
            "The Nepal Army has deployed three helicopters to fly the seriously injured from remote villages to Dhangadhi. About 1,200 security personnel have been mobilised for search and rescue.",
            "The road between Chainpur and Sanphebagar remains blocked by landslides at several points.",
        ]),
        ("8:15 AM", "Emergency meeting in Kathmandu", [
            "The prime minister is chairing an emergency meeting of the National Disaster Risk Reduction and Management Authority in Singha Durbar. Ministers of home affairs, health and physical infrastructure are attending.",
            "Home Ministry spokesperson Ram Chandra Tiwari says search teams have now reached most of the affected wards of Jayaprithvi Municipality, but several villages in the north of the district can only be reached on foot or by helicopter.",
        ]),
        ("6:30 AM", "Six dead as daylight reveals damage", [
            "Our correspondent in Chainpur says daylight is revealing the scale of the damage. Many of the traditional stone houses on the slopes above the town have collapsed. Six deaths have been confirmed so far.",
        ]),
        ("1:00 AM", "Strong quake in Bajhang", [
            "A strong earthquake has struck Bajhang district in Sudurpashchim Province. The National Earthquake Monitoring and Research Center says it measured 6.1 and struck at 12:20 am, with its epicentre near Chainpur.",
            "The tremor was felt strongly in Dhangadhi, Dadeldhura and other towns of the province. We will bring you updates as we get them.",
        ]),
    ],
)

_S6_C = _paper(
    site="The Indian Courier", host="www.indiancourier.example",
    path="/world/south-asia/nepal-earthquake-bajhang-toll-rises-to-23",
    headline="Nepal quake: Toll rises to 23; tremors felt in Uttarakhand, Delhi",
    standfirst="Hundreds of homes flattened in remote Bajhang district; India offers help",
    section="World", byline="Courier News Desk", place="Kathmandu/New Delhi",
    published_iso="2026-10-19T05:00:00+05:30", visible="Monday, 19 October 2026",
    photo_caption="Residents search through the debris of a collapsed house in Chainpur, the headquarters of Bajhang district in far-western Nepal, on Sunday.",
    photo_credit="Photo: Special arrangement",
    related=["India sends relief material to Nepal via Dhangadhi",
             "Pithoragarh residents rush out of homes as quake strikes",
             "Why the western Himalaya is overdue for a big earthquake",
             "Nepal: 2023 Jajarkot quake survivors still in temporary shelters"],
    most_read=["Delhi air quality slips to 'poor' as winds slow",
               "Festive season: railways add 50 special trains",
               "Sensex ends 300 points higher",
               "Dehradun: schools closed on Monday"],
    paras=[
        "The death toll from the earthquake that struck far-western Nepal around midnight on Saturday rose to 23 on Sunday, with 146 people injured, Nepal's Home Ministry said as rescue teams reached remote villages in the hilly Bajhang district.",
        "The quake struck at 12.05 am IST on Sunday (12.20 am Nepal time). Nepal's National Earthquake Monitoring and Research Center put its magnitude at 6.1, while India's National Center for Seismology (NCS) recorded it as 6.0. The US Geological Survey measured it at 5.9.",
        "Of the 23 dead, 20 were in Bajhang, two in neighbouring Bajura and one in Doti, the Home Ministry said in its update late on Sunday night. The toll is expected to rise further as communication with some villages is restored.",
        "Houses built of stone and mud collapsed across the district. Local officials said more than 1,900 houses had been damaged, and many families spent Sunday night in the open as aftershocks continued.",
        "## Felt in India",
        "The tremors were felt across Uttarakhand, especially in Pithoragarh, Champawat and Dharchula, which lie close to the border with far-western Nepal. Residents of Dehradun and Haldwani also reported shaking, and the quake was felt lightly in Delhi-NCR and parts of western Uttar Pradesh.",
        "\"The bed started shaking and the windows rattled for several seconds. Everyone in our colony came out on the road,\" said Deepak Joshi, a resident of Pithoragarh.",
        "No damage was reported in India. The Uttarakhand State Disaster Management Authority said district officials had checked buildings in the border areas as a precaution.",
        "## India offers help",
        "External Affairs Ministry spokesperson Ankita Sharma said India stood ready to provide all possible help to Nepal. A consignment of tents, blankets and medicines was being sent to Dhangadhi on Monday, officials said.",
        "In Kathmandu, Home Ministry spokesperson Ram Chandra Tiwari said three Nepal Army helicopters had been deployed to ferry the injured to hospitals in Dhangadhi, and that the government would give Rs 2 lakh (Nepali rupees) to each bereaved family.",
        "NEMRC said 31 aftershocks of magnitude 4 or above had been recorded by Sunday night. The strongest, of magnitude 4.8, came at 3.05 am Nepal time.",
        "## A quake-prone region",
        "Nepal sits where the Indian and Eurasian plates meet, and large parts of the Himalaya, including Uttarakhand, fall in the highest seismic risk zones. Geologists have long warned that a stretch of the central Himalaya running through western Nepal and Uttarakhand has not seen a very large earthquake for centuries.",
        "The Bajhang quake is the deadliest in Nepal since November 2023, when a magnitude 5.7 earthquake struck Jajarkot and Rukum West districts and killed 153 people. In April 2015, a magnitude 7.8 quake centred in Gorkha killed nearly 9,000 people.",
        "Sunita Pant, a seismologist at NEMRC, said the latest quake originated at a shallow depth, which explained the heavy damage despite its moderate magnitude.",
    ],
)

_S6_D = _local(
    site="Sudurpaschim Khabar", host="sudurpaschimkhabar.example",
    path="/2026/10/19/bajhang-quake-toll-26-relief-reaches-villages/",
    headline="Bajhang quake: toll reaches 26, relief reaches cut-off villages",
    visible="Monday, October 19, 2026 - 2:30 PM", author="Kamala Bohara, Chainpur",
    photo_caption="Damaged houses in Ward 5 of Jayaprithvi Municipality, Chainpur, on Monday morning.",
    photo_credit="Sudurpaschim Khabar",
    weather="Dhangadhi 27 C, haze",
    related=["Helicopter brings 14 injured to Seti Provincial Hospital",
             "Dadeldhura: schools to remain closed until Wednesday",
             "Provincial government releases Rs 50 million for quake relief",
             "Kailali: paddy harvest begins"],
    paras=[
        "The death toll from Sunday's earthquake in Bajhang has reached 26, the District Administration Office said at 2 pm today. A total of 158 people have been injured, and three people are still missing.",
        "Earlier, the Home Ministry had put the toll at 23 on Sunday night. Chief district officer Bhim Bahadur Karki said three more bodies were recovered this morning: two from the debris of houses in Talkot and Surma rural municipalities of Bajhang, which rescue teams reached only after the road was partly cleared, and one in neighbouring Bajura.",
        "Of the 26 dead, 22 are from Bajhang, three from Bajura and one from Doti. Most of the deaths were in the wards of Jayaprithvi Municipality around Chainpur, the district headquarters, where the quake's epicentre was located.",
        "The quake, which the National Earthquake Monitoring and Research Center measured at 6.1, struck at 12:20 am on Sunday, when most people were asleep.",
        "## Thousands of houses damaged",
        "The latest data from the district office shows that 3,400 houses have been fully or partially damaged, of which 1,150 are completely destroyed. On Sunday evening the figure had been around 1,900, but officials say the count has risen as ward teams report from remote settlements.",
        "\"There is hardly a house in my ward that does not have cracks. People are afraid to go inside even to bring out food,\" said Dhan Bahadur Saud, chair of Ward 3 of Jayaprithvi Municipality.",
        "Many families spent a second night in the open in temperatures that fell close to freezing in the higher villages. Tarpaulins and blankets sent by the provincial government reached Chainpur on Monday morning, but residents of villages higher up say they have received nothing yet.",
        "## Aftershocks continue",
        "NEMRC has recorded 38 aftershocks of magnitude 4 or above by noon today. The strongest was a magnitude 4.8 tremor at 3:05 am on Sunday, about three hours after the main shock.",
        "Seismologist Sunita Pant said the frequency of aftershocks was gradually falling. \"That is what we expect. But people should still not sleep inside damaged houses,\" she said.",
        "## Hospitals stretched",
        "The district hospital in Chainpur has treated more than 100 patients. Those with serious injuries have been flown to Seti Provincial Hospital in Dhangadhi, where doctors said 14 patients were admitted on Sunday and Monday, four of them in intensive care.",
        "The road linking Chainpur with Sanphebagar was reopened to one-way traffic at 11 am today after the Armed Police Force cleared the debris, the district police office said. The stretch had been blocked at several points by landslides since the quake.",
        "The federal government has announced Rs 200,000 in immediate relief for each bereaved family. The Sudurpashchim provincial government separately released Rs 50 million for relief and temporary shelter.",
        "The province's chief minister is scheduled to visit Chainpur on Tuesday.",
    ],
)

STORY_6 = _story("eq-MB6", "earthquake", "2026-10-19", [
    _page("https://www.himalnews.example/nepal/strong-earthquake-hits-far-western-nepal-bajhang", _S6_A),
    _page("https://www.sagarmathatv.example/live/bajhang-earthquake-live-updates", _S6_B),
    _page("https://www.indiancourier.example/world/south-asia/nepal-earthquake-bajhang-toll-rises-to-23", _S6_C),
    _page("https://sudurpaschimkhabar.example/2026/10/19/bajhang-quake-toll-26-relief-reaches-villages/", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
