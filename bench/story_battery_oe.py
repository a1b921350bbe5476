"""Part OE of the story battery (web pages).

Written by engineer OE1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OE`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-OE1: the Bangko Sentral ng Pilipinas cuts its policy rate by 25 basis points to 4.75% on Thursday 23 April 2026; CONTROL (no planted disagreement); traps are "a quarter point" / "25 basis points" / "0.25 percentage point", 3 p.m. Manila vs 07:00 GMT vs 3 a.m. New York, "yesterday" from a next-day page, inflation forecasts (2.9% new vs 3.1% old), the previous (February, 5.00% hold) and next (18 June) meetings, the cumulative 175 bp of easing, a lawmaker's demanded 50 bp cut, the peso rounded and converted.
- el-OE2: Pakatan Harapan's Nurul Ain Zakaria wins the Bukit Seraya (Perak) federal by-election on Saturday 14 March 2026; PLANTED: one outlet gives her official majority as 4,218 instead of 4,812, and another gives the final turnout as 64.1% instead of 61.4%; traps are a live blog's rising partial counts and leads, the Election Commission's 5 p.m. turnout (57.8%), the 2022 majority (9,105) and turnout (76.3%), vote shares rounded, "last night"/"on Saturday" from pages of different days, early voting on Tuesday 10 March.
- ct-OE3: Indonesia's Constitutional Court strikes down two articles of an amended mining law that let universities hold mining concessions, on Wednesday 12 August 2026; PLANTED: one outlet gives the vote as 7-2 instead of 6-3, and another attributes the dissent's key quote to Justice Bonifasius Sitompul instead of Justice Ratna Widjayanti; traps are 1:30 p.m. WIB vs 06:30 GMT, "16 petitioners" vs "14 groups and two students", two of five articles struck, a 24-month / two-year deadline, rupiah sums converted to dollars, the court's earlier 2024 ruling, the new law's passage date.
- tr-OE4: Vietnam's statistics office reports June and first-half 2026 trade data on Monday 6 July 2026; CONTROL; traps are many look-alike figures (June vs first-half exports, imports, surpluses, May's figure, the year-earlier surplus, the 12% growth target, US and China parts of the whole, electronics), rounding ("$228.9 billion" / "nearly $229bn"), "on Monday" from a Friday newsletter, the 20% US tariff and the next round of talks.
- rk-OE5: Hyderabad start-up Vayura Aerospace's Sarathi-1 rocket reaches orbit on its first flight from Sriharikota on Wednesday 18 November 2026; PLANTED: one outlet gives liftoff as 10:47 a.m. IST instead of 10:17 a.m. IST, and another gives the orbit as 457 km instead of 475 km; traps are 04:47 UTC, a scheduled 10:05 a.m. slot with a 12-minute hold, the 480 km target orbit, km vs miles, a next flight planned for mid-2027, the CEO named two ways, an earlier 2024 suborbital test.
- eq-OE6: a magnitude 6.2 (BMKG; USGS 6.0) earthquake strikes Poso regency in Central Sulawesi at 6:42 a.m. local time on Sunday 13 September 2026 (22:42 UTC Saturday); CONTROL; traps are the UTC date, a death toll and injury and evacuee counts rising page by page (7, 19, 34, 41 dead) each with its own "as of", aftershock counts rising, the two agencies' magnitudes and depths, place given as town / regency / province / distance from Jakarta, the 2018 Palu quake, a resident's "felt like a minute".
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page building blocks
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _body(items: list[str], ad_label: str = "Advertisement") -> str:
    """Render article body items.

    Plain strings become paragraphs.  Special prefixes:
    "## text" -> sub-heading; "AD" -> an inline advertisement slot;
    "IMG|caption|credit" -> a figure; "Q|quote|who" -> a pull quote;
    "RL|title|href" -> an inline 'read also' link.
    """
    out = []
    for it in items:
        if it.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(it[3:])}</h2>")
        elif it == "AD":
            out.append(f"<div class=\"ad-slot ad-inarticle\" data-ad-unit=\"inarticle\"><span class=\"ad-label\">{_e(ad_label)}</span><div class=\"ad-frame\" style=\"min-height:250px\"></div></div>")
        elif it.startswith("IMG|"):
            _, cap, credit = it.split("|", 2)
            out.append(f"<figure class=\"inline-photo\"><img src=\"/media/photo.jpg\" alt=\"{_e(cap)}\" loading=\"lazy\"><figcaption>{_e(cap)} <span class=\"credit\">{_e(credit)}</span></figcaption></figure>")
        elif it.startswith("Q|"):
            _, q, who = it.split("|", 2)
            out.append(f"<blockquote class=\"pullquote\"><p>{_e(q)}</p><cite>{_e(who)}</cite></blockquote>")
        elif it.startswith("RL|"):
            _, t, href = it.split("|", 2)
            out.append(f"<aside class=\"read-also\"><strong>READ ALSO:</strong> <a href=\"{_e(href)}\">{_e(t)}</a></aside>")
        else:
            out.append(f"<p>{_e(it)}</p>")
    return "\n".join(out)


def _links(items: list[tuple[str, str]]) -> str:
    return "\n".join(f"<li><a href=\"{_e(h)}\">{_e(t)}</a></li>" for t, h in items)


def _nav(items: list[str]) -> str:
    return "".join(f"<li><a href=\"/{_e(i.lower().replace(' ', '-'))}/\">{_e(i)}</a></li>" for i in items)


def _jsonld(kind: str, headline: str, url: str, site: str, authors: list[str],
            published: str | None, modified: str | None, section: str) -> str:
    d: dict[str, Any] = {
        "@context": "https://schema.org", "@type": kind, "headline": headline,
        "mainEntityOfPage": url, "articleSection": section,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": url.split("/", 3)[0] + "//" + url.split("/")[2] + "/static/logo.png"}},
    }
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    return "<script type=\"application/ld+json\">" + json.dumps(d, ensure_ascii=False) + "</script>"


def _share(url: str) -> str:
    return (f"<div class=\"share-bar\" aria-label=\"Share this article\"><span>Share</span>"
            f"<a class=\"share-fb\" href=\"https://facebook.example/sharer?u={_e(url)}\">Facebook</a>"
            f"<a class=\"share-x\" href=\"https://x.example/intent?url={_e(url)}\">X</a>"
            f"<a class=\"share-wa\" href=\"https://whatsapp.example/send?text={_e(url)}\">WhatsApp</a>"
            f"<a class=\"share-li\" href=\"https://linkedin.example/share?url={_e(url)}\">LinkedIn</a>"
            f"<button class=\"copy-link\">Copy link</button></div>")


def _cookie(site: str) -> str:
    return (f"<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>{_e(site)} uses cookies and similar technologies "
            "to personalise content and ads, to provide social media features and to analyse our traffic. "
            "You can change your choices at any time in Privacy Settings.</p>"
            "<button class=\"accept\">Accept all</button> <button class=\"reject\">Reject non-essential</button> "
            "<a href=\"/privacy/\">Manage preferences</a></div>")


# --- Template 1: wire agency ------------------------------------------------

def _wire(*, site: str, url: str, headline: str, description: str, section: str,
          published: str, modified: str | None, byline: list[str], dateline: str,
          paras: list[str], credit_line: str, photo: tuple[str, str] | None,
          related: list[tuple[str, str]], tags: list[str], shown_time: str) -> str:
    host = url.split("/")[2]
    mod = f"<meta property=\"article:modified_time\" content=\"{modified}\">" if modified else ""
    photo_html = ""
    if photo:
        photo_html = (f"<figure class=\"lead-photo\"><img src=\"https://{host}/pictures/lead.jpg\" alt=\"{_e(photo[0])}\">"
                      f"<figcaption>{_e(photo[0])} <span class=\"credit\">{_e(photo[1])}</span></figcaption></figure>")
    body = list(paras)
    body[0] = f"{dateline} - {body[0]}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(description)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(description)}">
<meta property="og:url" content="{_e(url)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="article:published_time" content="{published}">
{mod}
<meta property="article:section" content="{_e(section)}">
{''.join(f'<meta property="article:tag" content="{_e(t)}">' for t in tags)}
<link rel="canonical" href="{_e(url)}">
<link rel="stylesheet" href="https://{host}/assets/wire.css">
{_jsonld("NewsArticle", headline, url, site, byline, published, modified, section)}
</head>
<body class="wire article-page">
{_cookie(site)}
<header class="masthead"><a class="logo" href="/">{_e(site)}</a>
<nav class="primary"><ul>{_nav(["World", "Business", "Markets", "Asia Pacific", "Energy", "Technology", "Sustainability", "Breakingviews"])}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search {_e(site)}"></form>
<a class="signin" href="/account/">Sign in</a> <a class="register" href="/register/">Register</a></header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement &middot; Scroll to continue with content</span></div>
<main>
<article class="story">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_e(section.lower().replace(' ', '-'))}/">{_e(section)}</a></nav>
<h1 class="headline">{_e(headline)}</h1>
<div class="byline">By {_e(' and '.join(byline))}</div>
<div class="dateline-time"><time>{_e(shown_time)}</time> &middot; <span class="read-time">5 minute read</span></div>
{_share(url)}
{photo_html}
<div class="article-body">
{_body(body, "Advertisement · Scroll to continue")}
</div>
<p class="credit-line">{_e(credit_line)}</p>
<p class="standards">Our Standards: <a href="/trust-principles/">The {_e(site)} Trust Principles.</a></p>
<div class="tags">{''.join(f'<a class="tag" href="/tag/{_e(t.lower())}">{_e(t)}</a>' for t in tags)}</div>
</article>
<aside class="rail"><h3>Read Next</h3><ul>{_links(related)}</ul>
<div class="ad-slot ad-rail"><span class="ad-label">Advertisement</span></div>
<div class="newsletter-box"><h4>Asia Morning Briefing</h4><p>The day's top stories from across the region, in your inbox before markets open.</p><input type="email" placeholder="Email address"><button>Sign up</button></div></aside>
</main>
<footer class="site-footer"><ul>{_nav(["About Us", "Careers", "Contact", "Advertise With Us", "Terms of Use", "Privacy", "Accessibility", "Cookies"])}</ul>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


# --- Template 2: newspaper ------------------------------------------------------

def _paper(*, site: str, url: str, headline: str, standfirst: str, section: str,
           published: str | None, shown_date: str, byline: str, paras: list[str],
           photo: tuple[str, str] | None, related: list[tuple[str, str]],
           trending: list[tuple[str, str]], print_note: str | None = None) -> str:
    host = url.split("/")[2]
    photo_html = ""
    if photo:
        photo_html = (f"<figure class=\"hero\"><img src=\"https://{host}/uploads/hero.jpg\" alt=\"\">"
                      f"<figcaption><span class=\"caption\">{_e(photo[0])}</span> <span class=\"photo-credit\">{_e(photo[1])}</span></figcaption></figure>")
    pn = f"<p class=\"print-note\">{_e(print_note)}</p>" if print_note else ""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_e(standfirst)}">
<meta name="author" content="{_e(byline)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:image" content="https://{host}/uploads/hero.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{_e(url)}">
{_jsonld("NewsArticle", headline, url, site, [byline], published, None, section)}
<script async src="https://ads.adnet.example/tag.js"></script>
</head>
<body class="single-post">
<div class="topbar"><span class="today">{_e(shown_date.split(',')[0] if ',' in shown_date else '')}</span>
<a href="/subscribe/">Subscribe</a> <a href="/e-paper/">E-Paper</a> <a href="/login/">Log in</a></div>
<header class="site-header"><a class="brand" href="/"><img src="https://{host}/logo.svg" alt="{_e(site)}"></a>
<nav class="menu"><ul>{_nav(["Home", "Nation", "Business", "World", "Opinion", "Sports", "Lifestyle", "Entertainment", "Videos"])}</ul></nav></header>
<div class="ad-slot top-banner"><span class="ad-label">ADVERTISEMENT</span></div>
<div class="layout">
<main class="content">
<article>
<p class="kicker">{_e(section)}</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">By <a href="/author/">{_e(byline)}</a></span> <span class="date">{_e(shown_date)}</span></div>
{_share(url)}
{photo_html}
<div class="entry-content">
{_body(paras, "ADVERTISEMENT")}
</div>
{pn}
<div class="newsletter-inline"><h4>Get the morning headlines</h4><p>Sign up for our free daily newsletter.</p><input type="email" placeholder="you@example.com"><button>Subscribe</button></div>
<section class="related"><h3>Related stories</h3><ul>{_links(related)}</ul></section>
<section class="comments"><h3>Comments</h3><p>Comments are moderated. Please keep the conversation civil.</p><button>Load comments</button></section>
</article>
</main>
<aside class="sidebar"><div class="ad-slot sidebar-mpu"><span class="ad-label">ADVERTISEMENT</span></div>
<h3>Trending</h3><ol>{_links(trending)}</ol>
<div class="ad-slot sidebar-half"><span class="ad-label">ADVERTISEMENT</span></div></aside>
</div>
<footer><nav><ul>{_nav(["About", "Contact Us", "Advertise", "Privacy Policy", "Terms and Conditions", "Corrections", "Careers"])}</ul></nav>
<p>Copyright &copy; 2026 {_e(site)}. All rights reserved. No part of this website may be reproduced without permission.</p></footer>
{_cookie(site)}
</body>
</html>
"""


# --- Template 3: broadcaster (visible date only, no date metadata) -------------

def _broadcast(*, site: str, url: str, headline: str, summary: str, section: str,
               shown_date: str | None, reporter: str, paras: list[str],
               video_caption: str, photo: tuple[str, str] | None,
               more: list[tuple[str, str]], bullets: list[str] | None = None) -> str:
    host = url.split("/")[2]
    when = f"<p class=\"timestamp\">{_e(shown_date)}</p>" if shown_date else ""
    photo_html = ""
    if photo:
        photo_html = (f"<figure><img src=\"https://{host}/img/story.jpg\" alt=\"{_e(photo[0])}\">"
                      f"<figcaption>{_e(photo[0])} <small>{_e(photo[1])}</small></figcaption></figure>")
    bl = ""
    if bullets:
        bl = "<div class=\"key-points\"><h2>Key points</h2><ul>" + "".join(f"<li>{_e(b)}</li>" for b in bullets) + "</ul></div>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_e(summary)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:type" content="video.other">
<meta property="og:site_name" content="{_e(site)}">
<link rel="canonical" href="{_e(url)}">
<link rel="stylesheet" href="https://{host}/static/news.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="bc-header"><div class="logo">{_e(site)}</div>
<nav><ul>{_nav(["News", "Watch Live", "Asia", "Business", "Science", "Sport", "Weather", "Podcasts"])}</ul></nav>
<a class="live-button" href="/live/">&#9679; LIVE TV</a></header>
<div class="breaking-ticker"><span>LATEST</span> <a href="/news/">More headlines on our live channel</a></div>
<main id="main">
<article class="bc-story">
<h1>{_e(headline)}</h1>
<p class="summary">{_e(summary)}</p>
{when}
<div class="video-player"><div class="poster"></div><p class="video-caption">&#9654; {_e(video_caption)}</p></div>
{bl}
<p class="reporter">{_e(reporter)}</p>
{_share(url)}
{photo_html}
<div class="story-text">
{_body(paras)}
</div>
<div class="ad-slot mpu"><span class="ad-label">Advertisement</span></div>
<p class="disclaimer">{_e(site)} is not responsible for the content of external sites.</p>
</article>
<aside class="more"><h3>More on this story</h3><ul>{_links(more)}</ul>
<h3>Most watched</h3><ol><li><a href="/v/1/">Monsoon season outlook: what forecasters expect</a></li><li><a href="/v/2/">Inside the region's busiest container port</a></li><li><a href="/v/3/">Street food vendors adapt to cashless payments</a></li></ol></aside>
</main>
<footer class="bc-footer"><div class="app-promo">Get the {_e(site)} app for breaking news alerts.</div>
<ul>{_nav(["Terms of Use", "About", "Privacy Policy", "Cookies", "Accessibility Help", "Contact"])}</ul><p>&copy; {_e(site)} 2026</p></footer>
{_cookie(site)}
</body>
</html>
"""


# --- Template 4: trade / business newsletter (web edition) ------------------------

def _newsletter(*, site: str, url: str, headline: str, issue: str, shown_date: str | None,
                published: str | None, author: str, paras: list[str], tldr: list[str],
                sponsor: str, also: list[tuple[str, str]]) -> str:
    meta = f"<meta name=\"date\" content=\"{published}\">" if published else ""
    when = f"<span class=\"issue-date\">{_e(shown_date)}</span>" if shown_date else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{_e(headline)} &mdash; {_e(site)}</title>
<meta name="viewport" content="width=device-width">
{meta}
<meta name="robots" content="index,follow">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
</head>
<body class="newsletter-web">
<div class="nl-top"><a href="/">{_e(site)}</a> <a class="btn" href="/subscribe">Subscribe free</a> <a href="/archive">Archive</a> <a href="/pricing">Pro</a></div>
<div class="cookie-note">We use cookies to understand how readers use this site. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header class="issue-head"><p class="issue">{_e(issue)} {when}</p>
<h1>{_e(headline)}</h1><p class="author">Written by {_e(author)}</p></header>
<section class="tldr"><h2>The short version</h2><ul>{''.join(f'<li>{_e(t)}</li>' for t in tldr)}</ul></section>
<div class="sponsor"><span class="ad-label">Advertisement &middot; Sponsored</span><p>{_e(sponsor)}</p></div>
<section class="main-item">
{_body(paras, "Advertisement")}
</section>
<section class="also"><h2>Also worth your time</h2><ul>{_links(also)}</ul></section>
<div class="forward">Was this forwarded to you? <a href="/subscribe">Sign up here</a>. Tell us what you think: reply to this email or write to the desk.</div>
<footer><p>You are receiving this because you subscribed to {_e(site)}. <a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/preferences">Update preferences</a></p>
<p>&copy; 2026 {_e(site)}. Nothing in this newsletter is investment advice.</p></footer>
</body>
</html>
"""


# --- Template 5: local news site ------------------------------------------------

def _local(*, site: str, url: str, headline: str, section: str, shown_date: str | None,
           author: str, paras: list[str], photo: tuple[str, str] | None,
           popular: list[tuple[str, str]], tags: list[str], og_time: str | None = None) -> str:
    host = url.split("/")[2]
    ogt = f"<meta property=\"article:published_time\" content=\"{og_time}\">" if og_time else ""
    photo_html = ""
    if photo:
        photo_html = (f"<div class=\"foto\"><img src=\"https://{host}/foto/utama.jpg\" alt=\"\">"
                      f"<p class=\"foto-caption\">{_e(photo[0])} ({_e(photo[1])})</p></div>")
    when = f"<div class=\"tgl\">{_e(shown_date)}</div>" if shown_date else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="keywords" content="{_e(', '.join(tags))}">
{ogt}
<meta property="og:title" content="{_e(headline)}">
<link rel="shortcut icon" href="https://{host}/favicon.ico">
</head>
<body>
<div id="header"><div class="logo"><a href="/">{_e(site)}</a></div>
<div class="header-ad"><span class="ad-label">Advertisement</span></div>
<ul class="menu">{_nav(["Home", "News", "Region", "Business", "Politics", "Sports", "Community", "Photos", "Contact"])}</ul></div>
<div id="content"><div class="left">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/{_e(section.lower())}/">{_e(section)}</a></div>
<h1 class="judul">{_e(headline)}</h1>
{when}
<div class="penulis">Reporter: {_e(author)}</div>
{photo_html}
<div class="isi">
{_body(paras)}
</div>
<div class="tags">Tags: {' '.join(f'<a href="/tag/{_e(t.lower())}">#{_e(t)}</a>' for t in tags)}</div>
{_share(url)}
<div class="ad-slot below-article"><span class="ad-label">Advertisement</span></div>
</div>
<div class="right"><h3>Most Popular</h3><ol>{_links(popular)}</ol>
<div class="ad-slot side"><span class="ad-label">Advertisement</span></div>
<div class="follow">Follow us on Facebook, Instagram and TikTok for the latest local news.</div></div></div>
<div id="footer"><p>{_e(site)} &middot; Independent local news since 2009 &middot; <a href="/redaksi">Editorial team</a> &middot; <a href="/pedoman">Cyber media guidelines</a> &middot; <a href="/privacy">Privacy</a></p></div>
<div class="cookie-bar">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="#">Close</a></div>
</body>
</html>
"""


# --- Template 6: live blog --------------------------------------------------------

def _live(*, site: str, url: str, headline: str, standfirst: str, published: str,
          modified: str, authors: list[str], entries: list[tuple[str, str, list[str]]],
          summary: list[str], related: list[tuple[str, str]]) -> str:
    """entries: newest first, each (time label, entry title, paragraphs)."""
    posts = []
    for i, (t, title, ps) in enumerate(entries):
        posts.append(f"<div class=\"live-post\" id=\"post-{len(entries) - i}\"><p class=\"post-time\"><time>{_e(t)}</time></p>"
                     f"<h3>{_e(title)}</h3>{_body(ps)}<div class=\"post-share\"><a href=\"#post-{len(entries) - i}\">Share this post</a></div></div>")
        if i == 1:
            posts.append("<div class=\"ad-slot live-ad\"><span class=\"ad-label\">Advertisement</span></div>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LIVE: {_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_e(standfirst)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
{_jsonld("LiveBlogPosting", headline, url, site, authors, published, modified, "Live")}
</head>
<body class="liveblog">
{_cookie(site)}
<header><a class="logo" href="/">{_e(site)}</a><nav><ul>{_nav(["Latest", "Politics", "Economy", "World", "Opinion", "Podcasts", "Newsletters"])}</ul></nav></header>
<main>
<div class="live-badge">LIVE</div>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<p class="live-authors">Reporting by {_e(', '.join(authors))}</p>
<section class="live-summary"><h2>What we know so far</h2><ul>{''.join(f'<li>{_e(s)}</li>' for s in summary)}</ul></section>
{_share(url)}
<div class="live-feed">
<div class="feed-controls"><button>Latest</button> <button>Oldest</button> <span>Auto-refresh on</span></div>
{''.join(posts)}
</div>
<section class="related"><h3>Related coverage</h3><ul>{_links(related)}</ul></section>
</main>
<footer><ul>{_nav(["About", "Ethics", "Contact", "Privacy", "Terms", "Advertise"])}</ul><p>&copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


# ===========================================================================
# STORY 1 - cb-OE1 - central bank (CONTROL)
# ===========================================================================

_S1_A = _wire(
    site="Meridian Newswire",
    url="https://www.meridiannews.example/markets/asia/philippine-central-bank-cuts-rates-25-bps-2026-04-23/",
    headline="Philippine central bank cuts rates by 25 bps as inflation cools, signals caution",
    description="The Bangko Sentral ng Pilipinas lowered its policy rate to 4.75% on Thursday, resuming easing after a pause in February.",
    section="Markets",
    published="2026-04-23T07:14:00Z",
    modified="2026-04-23T09:02:00Z",
    byline=["Karla Mendoza", "Dennis Ong"],
    dateline="MANILA, April 23 (Meridian)",
    shown_time="April 23, 2026 7:14 AM GMT · Updated 2 hours ago",
    photo=("Bangko Sentral ng Pilipinas Governor Isidro Dalisay speaks during a news conference at the central bank's headquarters in Manila, Philippines, April 23, 2026.", "MERIDIAN/Jun Castillo"),
    paras=[
        "The Philippine central bank cut its benchmark interest rate by 25 basis points on Thursday, resuming an easing cycle it had paused in February, as inflation stayed comfortably inside its target band and economic growth lost momentum.",
        "The Bangko Sentral ng Pilipinas (BSP) lowered the rate on its overnight reverse repurchase facility to 4.75% from 5.00%. The rates on the overnight deposit and lending facilities were cut by the same margin, to 4.25% and 5.25% respectively.",
        "The move, announced at 07:00 GMT, was expected by 14 of 19 economists in a Meridian poll conducted last week. The remaining five had forecast no change.",
        "Governor Isidro Dalisay told a news conference at the central bank's headquarters in Manila that the Monetary Board saw room to ease further but would not rush. \"Inflation is where we want it, growth is softer than we would like, and the balance of risks has shifted,\" he said.",
        "Headline inflation quickened to 2.4% in March from 2.1% in February, but remained within the BSP's target range of 2% to 4%.",
        "The central bank lowered its baseline inflation forecast for 2026 to 2.9% from 3.1%, and kept its 2027 projection at 3.2%. Risks to the outlook were \"broadly balanced\", it said in a statement released after the meeting.",
        "AD",
        "The economy grew 5.1% year on year in the October-December quarter, below the government's growth goal of 6% to 7% for 2026. First-quarter gross domestic product data are due on May 7.",
        "Thursday's cut brings the total reduction since the BSP began easing in August 2024 to 175 basis points. It had held the rate at 5.00% at its previous meeting on Feb. 19, saying it wanted to gauge the impact of earlier moves.",
        "Deputy Governor Corazon Alvarez-Lim, who oversees the monetary and economics sector, said the board would be guided by incoming data. \"The door is open for one more adjustment this year, but it is not a promise,\" she told reporters.",
        "Nicanor Reyes, chief economist at Pacific Union Bank in Manila, said he expected one more quarter-point cut in the second half, which would take the policy rate to 4.50% by December. \"The governor sounded less eager than the market had hoped,\" Reyes said.",
        "The peso was little changed after the announcement and ended local trade at 57.82 per dollar, against 57.61 on Wednesday. The main Philippine stock index rose 0.8%, led by property developers and banks.",
        "Some lawmakers had urged a bigger move. Representative Arnel Bautista-Cruz, who chairs the House of Representatives' committee on economic affairs, said earlier this month that a 50-basis-point cut was needed to support farm incomes and small businesses. Asked about the proposal, Dalisay said the board had discussed \"a range of options\" but declined to elaborate.",
        "Analysts said the central bank was also watching global conditions, including oil prices and the path of U.S. interest rates, which influence capital flows into emerging Asian markets and the value of the peso.",
        "The Monetary Board's next policy meeting is scheduled for June 18.",
    ],
    credit_line="Reporting by Karla Mendoza and Dennis Ong in Manila; Additional reporting by Hana Lee in Singapore; Editing by Priya Raman",
    related=[("Asian currencies steady ahead of central bank decisions", "/markets/currencies/asian-fx-2026-04-22/"),
             ("Philippine March inflation picks up to 2.4%, within target", "/world/asia-pacific/philippine-inflation-march-2026-04-07/"),
             ("Bank Indonesia holds rates, eyes rupiah stability", "/markets/asia/bank-indonesia-2026-04-22/"),
             ("Explainer: How Asia's central banks are navigating slower growth", "/markets/explainer-asia-central-banks/")],
    tags=["Philippines", "Central Banks", "Interest Rates", "Inflation"],
)

_S1_B = _paper(
    site="The Manila Chronicle",
    url="https://www.manilachronicle.example/business/2026/04/24/bsp-trims-key-rate-to-4-75",
    headline="BSP trims key rate to 4.75%, first cut of 2026",
    standfirst="Monetary Board lowers policy rate by a quarter point; governor says further easing possible but will depend on data",
    section="Business",
    published="2026-04-24T05:30:00+08:00",
    shown_date="Friday, April 24, 2026 | 5:30 AM",
    byline="Therese Valdez-Ocampo",
    photo=("BSP Governor Isidro M. Dalisay (center) and Deputy Governor Corazon Alvarez-Lim face reporters after the Monetary Board meeting.", "Photo by Rommel Tan / The Manila Chronicle"),
    paras=[
        "The Bangko Sentral ng Pilipinas (BSP) yesterday reduced its key policy rate by a quarter of a percentage point to 4.75 percent, its first cut this year, citing tame inflation and a slowing economy.",
        "BSP Governor Isidro M. Dalisay, who announced the Monetary Board's decision at 3 p.m. at the central bank complex on Roxas Boulevard, said policymakers saw scope for further easing but would not move hastily.",
        "Inflation, he said, was \"where we want it,\" while growth was softer than the board would like. The balance of risks, he added, \"has shifted.\"",
        "The interest rates on the BSP's overnight deposit and lending facilities were likewise lowered, to 4.25 percent and 5.25 percent, respectively.",
        "With the latest move, the central bank has cut rates by a cumulative 1.75 percentage points since it began its easing cycle in August 2024, when the policy rate stood at 6.5 percent. At its last meeting in February, the Monetary Board kept the rate steady at 5 percent.",
        "AD",
        "Inflation picked up to 2.4 percent in March from 2.1 percent in February, data from the Philippine Statistics Authority showed earlier this month, but stayed within the government's 2- to 4-percent target.",
        "The BSP now expects inflation to average 2.9 percent this year, lower than its previous forecast of 3.1 percent. Its forecast for 2027 was kept at 3.2 percent.",
        "## 'Not a promise'",
        "Deputy Governor Corazon Alvarez-Lim, who heads the BSP's monetary and economics sector, said the door remained open to \"one more adjustment\" in 2026, but stressed that this was \"not a promise.\"",
        "The economy expanded by 5.1 percent in the fourth quarter of last year, short of the 6- to 7-percent growth target the government has set for 2026. The Philippine Statistics Authority will release first-quarter GDP figures on May 7.",
        "Yesterday's reduction fell short of the 50 basis points sought by Rep. Arnel Bautista-Cruz, chairman of the House committee on economic affairs, who had said a deeper cut was needed to help farmers and small businesses. Dalisay said the board had weighed \"a range of options.\"",
        "Business groups welcomed the decision but said lower benchmark rates had yet to fully reach borrowers.",
        "\"Every quarter point helps, but what our members need is for banks to actually lower what they charge us,\" said Lourdes Pangilinan, president of the Federation of Philippine Micro Enterprises.",
        "Pacific Union Bank chief economist Nicanor Reyes said he expects the BSP to deliver one more 25-basis-point cut before the year ends, bringing the policy rate to 4.5 percent. He noted, however, that the governor \"sounded less eager than the market had hoped.\"",
        "The peso closed at P57.82 to the dollar yesterday, weaker than its P57.61 finish on Wednesday. The benchmark Philippine Stock Exchange index gained 0.8 percent.",
        "The Monetary Board's next rate-setting meeting is scheduled for June 18.",
    ],
    print_note="A version of this article appears in the April 24, 2026 print edition of The Manila Chronicle, page B1.",
    related=[("Banks see loan demand picking up as rates ease", "/business/2026/04/20/banks-loan-demand"),
             ("PSA: March inflation at 2.4%", "/business/2026/04/07/psa-march-inflation"),
             ("Editorial: Lower rates, but for whom?", "/opinion/2026/04/24/editorial-lower-rates")],
    trending=[("Metro rail line extension to open in phases", "/nation/2026/04/23/metro-rail-extension"),
              ("Heat index to hit 'danger' levels in 18 areas", "/nation/2026/04/23/heat-index"),
              ("Rice prices ease as harvest arrives", "/business/2026/04/22/rice-prices")],
)

_S1_C = _broadcast(
    site="Pan-Asia Television News",
    url="https://news.patv.example/asia/business/philippines-interest-rate-cut-89231",
    headline="Philippines cuts interest rate for first time this year",
    summary="The central bank lowered its policy rate to 4.75%, saying inflation is under control while growth has slowed.",
    section="Business",
    shown_date="Thursday 23 April 2026 · 17:20 Manila (09:20 GMT)",
    reporter="By Marco Delos Reyes, Manila correspondent",
    video_caption="WATCH: Central bank chief explains the rate cut (2:41)",
    bullets=["Policy rate cut by 0.25 percentage point to 4.75%",
             "Central bank now sees 2026 inflation at 2.9%",
             "Next rate decision due on 18 June"],
    photo=("Shoppers at a market in Quezon City. Inflation has stayed within the central bank's target.", "PATV / Lira Santos"),
    paras=[
        "The Philippines' central bank has lowered interest rates for the first time this year, betting that inflation will stay in check as the economy loses steam.",
        "The Bangko Sentral ng Pilipinas cut its main policy rate by a quarter of a percentage point to 4.75% this afternoon, after holding it at 5% in February.",
        "Central bank chief Isidro Dalisay told reporters in Manila that prices were behaving as policymakers had hoped, but that growth was \"softer than we would like\".",
        "He said the central bank could lower rates again, but would not be rushed.",
        "## Why does it matter?",
        "Lower borrowing costs are meant to encourage businesses to invest and households to spend. They can also make it cheaper to repay loans, although banks do not always pass on cuts quickly.",
        "Rolando Sarmiento, who runs a small bakery in Quezon City and took out a loan last year to buy a second oven, said he hoped the cut would reach him. \"If the bank lowers my interest even a little, that is money I can use to hire one more helper,\" he said.",
        "Consumer prices rose 2.4% in the year to March, up from 2.1% in February but still within the central bank's 2% to 4% target. The bank now expects inflation to average 2.9% this year, down from its earlier estimate of 3.1%.",
        "The economy grew 5.1% in the last three months of 2025, below the 6% to 7% range the government is aiming for this year.",
        "AD",
        "## Pressure from lawmakers",
        "Some politicians had called for a bigger reduction. Congressman Arnel Bautista-Cruz, who chairs a House committee on economic affairs, had pushed for a half-point cut. Mr Dalisay said several options had been discussed.",
        "His deputy, Corazon Alvarez-Lim, said there was room for one more cut this year, but described that as a possibility rather than a promise.",
        "The central bank has now cut rates by a total of 1.75 percentage points since August 2024.",
        "## Neighbours take different paths",
        "The decision comes a day after Bank Indonesia kept its benchmark rate unchanged at 4.50%, citing the need to support the rupiah. Thailand's central bank is due to announce its next decision next week.",
        "Economists say central banks across South East Asia are trying to support growth without weakening their currencies too much against the US dollar.",
        "The peso ended the day at 57.82 to the dollar, slightly weaker than on Wednesday, while shares in Manila rose 0.8%.",
        "The central bank's next meeting is on 18 June.",
    ],
    more=[("What is the Monetary Board?", "/asia/explainers/monetary-board-48120"),
          ("Inflation within target for another month", "/asia/business/philippines-inflation-march-88710"),
          ("Bank Indonesia keeps rates on hold", "/asia/business/bank-indonesia-hold-89190")],
)

_S1_D = _newsletter(
    site="The Rate Sheet",
    url="https://ratesheet.example/p/manila-moves-bsp-cuts",
    headline="Manila moves: BSP cuts, keeps the door ajar",
    issue="Issue #212 · Asia rates edition",
    shown_date=None,
    published=None,
    author="Owen Takahashi-Bell",
    tldr=["The BSP cut 25bp to 4.75% on Thursday, as 14 of 19 economists in a Meridian poll had expected.",
          "2026 inflation forecast trimmed to 2.9% (from 3.1%); 2027 unchanged at 3.2%.",
          "Our call: one more cut, to 4.50%, by the fourth quarter. The risk is a pause in June."],
    sponsor="Hedge Asian FX exposure in minutes. Try the TideLine FX desk free for 30 days.",
    paras=[
        "The decision landed at 3 p.m. in Manila on Thursday, which was 3 a.m. in New York and 8 a.m. in London, so a good number of you woke up to it. Here is what happened and what we think it means.",
        "The Bangko Sentral ng Pilipinas took its target reverse repurchase rate down 25 basis points, from 5.00% to 4.75%, with the deposit and lending facility rates following to 4.25% and 5.25%. Note that the rate itself fell by 5% (0.25 divided by 5.00), which is the kind of arithmetic that gets misquoted on social media as a \"5 percentage point cut\". It was not.",
        "## The read-through",
        "Governor Isidro Dalisay's message was more hawkish in tone than in action. He described inflation as \"where we want it\" and growth as \"softer than we would like\", and he argued that the balance of risks had shifted. But he also told reporters the board would not rush.",
        "Deputy Governor Corazon Alvarez-Lim added the line that moved the market most: the door is open for \"one more adjustment this year, but it is not a promise.\"",
        "March headline inflation was 2.4% year on year, up from 2.1% in February. With the policy rate at 4.75%, the real policy rate is roughly 2.35 percentage points, still restrictive by the BSP's own historical standards. That is why we think one more cut is justified.",
        "AD",
        "## What did not change",
        "The BSP's 2027 inflation forecast stayed at 3.2%. The 2026 forecast came down to 2.9% from 3.1%, mostly on softer food prices. Cumulative easing since August 2024 is now 175bp, from a peak policy rate of 6.50%. The previous meeting, on Feb. 19, ended in a hold at 5.00%.",
        "## Politics",
        "Representative Arnel Bautista-Cruz, who chairs the House economic affairs committee, had lobbied for 50bp. He did not get it. Dalisay said only that the board had discussed \"a range of options\". We read that as a sign the larger move was at least tabled, which fits the dovish tilt of the statement.",
        "## Markets",
        "The peso softened to about 57.8 per dollar by the local close, from roughly 57.6 on Wednesday, and the PSEi added 0.8%. For dollar-based investors, the modest currency move matters more than the rate cut itself.",
        "Regional context: Bank Indonesia held at 4.50% a day earlier, and markets are pricing a small chance of a Bank of Thailand move next week. Manila is now the region's most active easer this spring.",
        "## Our view",
        "We agree with Nicanor Reyes at Pacific Union Bank, who sees one more quarter-point cut taking the policy rate to 4.50% by December. We think it comes in August rather than at the June 18 meeting, given first-quarter GDP (due May 7) is unlikely to look bad enough to force the board's hand. A 50bp cumulative move from here would need a growth shock.",
        "Positioning: we stay long two-year Philippine government bonds, and keep the peso hedge on.",
    ],
    also=[("Why Asian real rates are still high", "/p/asian-real-rates"),
          ("Bank Indonesia: the rupiah comes first", "/p/bi-rupiah-first"),
          ("Chart pack: the region's easing cycle", "/p/chart-pack-april")],
)

STORY_1 = _story("cb-OE1", "central bank", "2026-04-25", [
    _page("https://www.meridiannews.example/markets/asia/philippine-central-bank-cuts-rates-25-bps-2026-04-23/", _S1_A),
    _page("https://www.manilachronicle.example/business/2026/04/24/bsp-trims-key-rate-to-4-75", _S1_B),
    _page("https://news.patv.example/asia/business/philippines-interest-rate-cut-89231", _S1_C),
    _page("https://ratesheet.example/p/manila-moves-bsp-cuts", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 2 - el-OE2 - election (PLANTED: majority 4,812 vs 4,218 in _S2_C;
#                                final turnout 61.4% vs 64.1% in _S2_D)
# ===========================================================================

_S2_A = _live(
    site="Malaya Daily",
    url="https://www.malayadaily.example/live/bukit-seraya-by-election-2026-live",
    headline="Bukit Seraya by-election: results as they come in",
    standfirst="Voters in the Perak federal seat of Bukit Seraya choose a new MP after the death of Rosli Mahmud. Follow our live coverage of polling and the count.",
    published="2026-03-14T07:45:00+08:00",
    modified="2026-03-14T23:26:00+08:00",
    authors=["Aiman Hakimi", "Shalini Krishnan", "Tan Wei Ling"],
    summary=["PH's Nurul Ain Zakaria wins the Bukit Seraya by-election with an official majority of 4,812 votes",
             "Final turnout 61.4%, down from 76.3% at the 2022 general election",
             "PN's Kamarul Ariffin Yusof concedes; independent Ganesan Muniandy loses his deposit"],
    entries=[
        ("11:24 PM", "Kamarul concedes, says PN 'grew'", [
            "Perikatan Nasional's Kamarul Ariffin Yusof has conceded. Speaking to about 200 supporters at PN's operations centre in Pekan Seraya, he said the coalition had lifted its share of the vote to nearly 44 per cent, from about 36 per cent in 2022.",
            "\"We accept the decision of the voters of Bukit Seraya. We did not win tonight, but we grew, and we will be back,\" he said.",
        ]),
        ("11:02 PM", "OFFICIAL: Nurul Ain wins by 4,812 votes", [
            "Returning officer Mohd Hafiz Ismail has announced the official result at the tallying centre in the Pekan Seraya multipurpose hall. The announcement came at 10:52pm.",
            "Nurul Ain Zakaria (PH): 25,604 votes. Kamarul Ariffin Yusof (PN): 20,792 votes. Ganesan Muniandy (Independent): 1,131 votes. Spoilt ballots: 402.",
            "That gives Nurul Ain a majority of 4,812. A total of 47,929 of the 78,060 registered voters cast their ballots, a turnout of 61.4 per cent.",
            "Ganesan, a retired schoolteacher, polled less than one-eighth of the votes cast and forfeits his deposit.",
            "IMG|Nurul Ain Zakaria waves to supporters after the result was announced in Pekan Seraya.|Malaya Daily/Hafizul Rahim",
        ]),
        ("10:31 PM", "28 of 31 centres counted", [
            "Unofficial tallies compiled by party agents show Nurul Ain on 22,870 votes and Kamarul on 18,903, a lead of 3,967 with three polling centres still to report. Two of the outstanding centres are in the town of Pekan Seraya, where PH did well in 2022.",
        ]),
        ("9:14 PM", "Early count favours PH", [
            "With 12 of the 31 polling centres counted, PH's candidate is ahead by 1,958 votes according to unofficial figures. The PN camp says its stronger areas in the rural north of the seat have not yet reported.",
        ]),
        ("6:05 PM", "Polls close", [
            "Voting has ended. Election Commission (EC) secretary Noraini Abdul Ghani said 57.8 per cent of registered voters had cast their ballots by 5pm. The final figure will be higher because voters already queuing at 6pm are allowed to vote.",
            "Police said polling went smoothly, with no major incidents reported. About 1,100 officers were on duty across the constituency.",
        ]),
        ("12:10 PM", "Turnout at 34.6 per cent by noon", [
            "The EC says 34.6 per cent of voters had turned out by 12pm. At the 2022 general election, turnout in the seat eventually reached 76.3 per cent, but analysts expect a much lower figure today because many voters who work in Penang, Kuala Lumpur and Singapore are unlikely to travel home for a by-election.",
        ]),
        ("8:00 AM", "Polls open", [
            "Polling has begun at 31 polling centres with 142 voting streams. Voting runs until 6pm.",
            "There are 78,060 registered voters. About 1,240 police and military personnel and their spouses voted early on Tuesday.",
            "The by-election was called after the MP, Datuk Rosli Mahmud of Pakatan Harapan, died of a heart attack on January 21 at the age of 67. He won the seat in 2022 with a majority of 9,105 votes.",
            "The three candidates are Nurul Ain Zakaria, 38, a lawyer representing PH; Kamarul Ariffin Yusof, 52, a former state assemblyman representing PN; and independent Ganesan Muniandy, 61.",
        ]),
    ],
    related=[("Who is Nurul Ain Zakaria?", "/politics/2026/03/profile-nurul-ain-zakaria"),
             ("Floods, clinics and prices: what Bukit Seraya voters want", "/politics/2026/03/bukit-seraya-issues"),
             ("Rosli Mahmud, MP for Bukit Seraya, dies at 67", "/politics/2026/01/rosli-mahmud-obituary")],
)

_S2_B = _wire(
    site="Asia Pacific Press Agency",
    url="https://www.appa-news.example/asia/malaysia-ruling-coalition-holds-seat-by-election-20260314",
    headline="Malaysia's ruling coalition holds seat in by-election, but majority halves",
    description="Pakatan Harapan's Nurul Ain Zakaria won the Bukit Seraya by-election on Saturday with a majority of 4,812 on a turnout of 61.4%.",
    section="Asia",
    published="2026-03-14T16:20:00Z",
    modified=None,
    byline=["Ravi Chandran"],
    dateline="BUKIT SERAYA, Malaysia, March 14 (APPA)",
    shown_time="14 March 2026, 16:20 GMT",
    photo=("Supporters of Pakatan Harapan celebrate outside the vote tallying centre in Bukit Seraya, Perak, March 14, 2026.", "APPA photo/Lim Kok Hoe"),
    paras=[
        "Malaysia's ruling coalition held on to a parliamentary seat in a by-election on Saturday, though with a sharply reduced majority and a turnout that analysts said reflected voter fatigue rather than a swing against the government.",
        "Nurul Ain Zakaria, a 38-year-old lawyer from Pakatan Harapan (PH), won 25,604 votes in the Bukit Seraya constituency in northern Perak state, beating Kamarul Ariffin Yusof, 52, of the opposition Perikatan Nasional (PN) alliance, who received 20,792. Independent candidate Ganesan Muniandy, a retired schoolteacher, received 1,131 votes and lost his deposit.",
        "Her majority of 4,812 votes was little more than half the 9,105-vote margin by which the late Rosli Mahmud won the seat at the 2022 general election. Rosli, also of PH, died of a heart attack on Jan. 21 at the age of 67.",
        "Turnout was 61.4%, the Election Commission said, compared with 76.3% in 2022. About 78,000 people were registered to vote.",
        "The result was announced by returning officer Mohd Hafiz Ismail at 10:52 p.m. (1452 GMT), nearly five hours after polls closed.",
        "\"This win belongs to the people of Bukit Seraya, not to any party,\" Nurul Ain told cheering supporters outside the tallying centre, speaking in Malay. \"Tomorrow we begin the work we promised.\"",
        "AD",
        "Nurul Ain won almost 54% of the valid votes. PN's share rose to about 44% from 36% in 2022, when the Barisan Nasional coalition, now a partner of PH in the federal government, fielded its own candidate. Barisan did not contest on Saturday and campaigned for Nurul Ain.",
        "Kamarul conceded shortly after the result was announced, saying PN had \"grown\" in the constituency.",
        "Farah Liyana Osman, a political scientist at Universiti Sains Malaysia in Penang, said the lower turnout hurt the government more than the opposition.",
        "\"Many younger voters who work in Penang or Kuala Lumpur did not come home for a by-election. Those are voters who leaned towards PH in 2022,\" she said. \"The government should not read too much comfort into this result, but neither should PN read it as a revolt.\"",
        "The campaign focused on local concerns, including repeated flooding along the Seraya river, the lack of a hospital in the district and the cost of living. Nurul Ain pledged to push for flood walls in low-lying villages and a new district clinic.",
        "Bukit Seraya is a largely rural constituency of palm oil and rubber smallholdings and small towns about 200 km (125 miles) north of Kuala Lumpur. Its electorate is roughly two-thirds Malay, with sizeable ethnic Chinese and Indian communities.",
        "Voting took place between 8 a.m. and 6 p.m. at 31 polling centres. About 1,240 police and military personnel and their spouses cast their ballots early on Tuesday.",
        "The next general election must be held by early 2028.",
    ],
    credit_line="Reporting by Ravi Chandran; Editing by Melissa Goh",
    related=[("Malaysia's economy grew 4.6% in Q4", "/asia/malaysia-gdp-q4-2026-02-13"),
             ("Analysis: Why by-elections matter for Malaysia's unity government", "/asia/analysis-malaysia-by-elections"),
             ("Malaysian palm oil stocks fall to five-month low", "/business/palm-oil-stocks-2026-03-10")],
    tags=["Malaysia", "Elections", "Politics"],
)

_S2_C = _local(
    site="Perak Today",
    url="https://peraktoday.example/berita/2026/03/15/nurul-ain-takes-bukit-seraya",
    headline="Nurul Ain takes Bukit Seraya, vows to start on flood walls 'this week'",
    section="Politics",
    shown_date="Ahad, 15 Mac 2026 | 07:45",
    author="Zulhilmi Abdul Razak",
    photo=("Nurul Ain Zakaria is carried by supporters outside the Pekan Seraya multipurpose hall last night", "Perak Today/Azlan Bakri"),
    tags=["BukitSeraya", "PRK", "Perak", "NurulAin"],
    popular=[("Seraya river rises again after overnight rain", "/berita/2026/03/13/seraya-river-rises"),
             ("Night market at Pekan Seraya moves to new site", "/berita/2026/03/12/night-market"),
             ("Ipoh council approves new bus routes", "/berita/2026/03/11/ipoh-bus-routes")],
    paras=[
        "Pakatan Harapan's Nurul Ain Zakaria is the new Member of Parliament for Bukit Seraya after winning yesterday's by-election with a majority of 4,218 votes.",
        "The 38-year-old lawyer, who grew up in Kampung Sungai Lalang, polled 25,604 votes against Perikatan Nasional's Kamarul Ariffin Yusof. Independent Ganesan Muniandy, who taught for 30 years at a Tamil school in Pekan Seraya, collected 1,131 votes and lost his deposit.",
        "Returning officer Mohd Hafiz Ismail read out the official result at 10.52pm at the Pekan Seraya multipurpose hall, where hundreds of supporters from both camps had waited since the polls closed at 6pm.",
        "The Election Commission put the final turnout at 61.4 per cent, far below the 76.3 per cent recorded when the late Datuk Rosli Mahmud won the seat in the 2022 general election.",
        "\"This victory belongs to the people of Bukit Seraya, it does not belong to any party,\" Nurul Ain said in her victory speech, delivered in Malay. \"Starting tomorrow, we work on what we promised.\"",
        "AD",
        "She later told Perak Today that she would meet the state drainage and irrigation department this week to discuss flood walls for the villages along the Seraya river, which have flooded three times since November.",
        "\"The people of Kampung Sungai Lalang and Kampung Tebing have waited long enough. I will not let this become another promise that disappears after polling day,\" she said.",
        "She also repeated her pledge to press the Health Ministry for a new district clinic, saying residents currently travel more than 40 minutes to the nearest government hospital.",
        "## Kamarul: 'We will be back'",
        "Kamarul, 52, conceded just after 11pm. He told supporters at the PN operations centre that the coalition had increased its support compared with the last general election and would continue to serve the constituency.",
        "\"We accept the choice of the voters. We did not win tonight, but we grew, and we will be back,\" said the former state assemblyman.",
        "Ganesan, speaking outside the hall, said he had contested to give voters a choice outside the two coalitions. \"I am a teacher, not a politician. If even one thousand people agree with me, I have done my part,\" he said.",
        "IMG|Voters queue at Sekolah Kebangsaan Pekan Seraya yesterday morning.|Perak Today/Nadia Ismail",
        "## A quiet polling day",
        "Polling at the 31 centres across the constituency was largely orderly, with police reporting no major incidents. Some voters at Sekolah Kebangsaan Pekan Seraya complained of long queues in the morning heat.",
        "\"I came back from Penang just to vote. My father always said every vote counts, so here I am,\" said 29-year-old factory technician Muhammad Irfan Hakim.",
        "Others stayed away. Several coffee shop owners in Pekan Seraya said many of their regular customers who work in the Klang Valley had not returned for the weekend.",
        "The by-election was held following the death of Rosli, who died of a heart attack on January 21. Early voting for police and military personnel was held on Tuesday.",
    ],
)

_S2_D = _paper(
    site="The Peninsula Post",
    url="https://www.peninsulapost.example/news/politics/2026/03/15/analysis-bukit-seraya-empty-booths",
    headline="Analysis: A win for PH in Bukit Seraya, but the empty polling booths speak loudest",
    standfirst="The ruling coalition kept the seat. What should worry both sides is how many voters did not bother to turn up",
    section="Politics / Analysis",
    published="2026-03-15T09:00:00+08:00",
    shown_date="Sunday, March 15, 2026 @ 9:00am",
    byline="Jeremy Ong Kah Seng",
    photo=("Election officials count ballots at a polling centre in Bukit Seraya on Saturday evening.", "Peninsula Post / Faisal Nor"),
    paras=[
        "On paper, Saturday's by-election in Bukit Seraya went the way almost everyone expected. Pakatan Harapan's Nurul Ain Zakaria beat Perikatan Nasional's Kamarul Ariffin Yusof by 4,812 votes, keeping the Perak seat in government hands after the death of Datuk Rosli Mahmud in January.",
        "But the headline number that party strategists in Kuala Lumpur will be studying this morning is not the majority. It is the turnout: 64.1 per cent, according to the Election Commission, down from 76.3 per cent at the 2022 general election.",
        "By 5pm on polling day the EC was reporting a turnout of only 57.8 per cent, and campaign workers on both sides spent the last hour knocking on doors in the hope of a late rush.",
        "## Who stayed home",
        "The missing voters were not evenly spread. Polling stream data released by the EC after the count show that turnout was weakest in the streams dominated by voters in their twenties, many of whom are registered in Bukit Seraya but live and work in Penang, the Klang Valley or Singapore.",
        "Those are precisely the voters who carried PH in 2022, when Rosli won by 9,105 votes in a three-cornered fight that also included Barisan Nasional.",
        "\"A by-election on a normal weekend, with no public holiday attached, is always going to struggle,\" said Farah Liyana Osman, a political scientist at Universiti Sains Malaysia. \"The question for PH is whether these voters come back for a general election, or whether they are drifting away for good.\"",
        "AD",
        "## PN's consolation",
        "For PN, the result offers some comfort. Kamarul took 20,792 votes, or about 43.7 per cent of valid ballots, against Nurul Ain's 25,604, or 53.9 per cent. In 2022, PN's candidate won roughly 36 per cent. Part of that increase is arithmetic: with Barisan Nasional no longer contesting against PH, Malay voters who backed Barisan in 2022 had one option fewer, and some of them evidently went to PN.",
        "Kamarul's concession speech leaned on that number. \"We did not win tonight, but we grew,\" he told supporters, promising to return.",
        "PN's Perak chief Razali Hamzah went further, telling reporters that the opposition coalition would \"take the fight to every village\" before the next general election, which must be held by early 2028.",
        "## The independent",
        "Independent candidate Ganesan Muniandy, a retired schoolteacher, won 1,131 votes and lost his deposit. His campaign, run largely from a borrowed van, drew attention to the Tamil school in Pekan Seraya and to the lack of a district clinic, themes the winner quickly adopted.",
        "## What Nurul Ain promised",
        "The new MP, a 38-year-old lawyer, said in her victory speech that the win belonged \"to the people of Bukit Seraya, not to any party\". Her most concrete pledge is flood walls for villages along the Seraya river, which have flooded repeatedly since November.",
        "PH election director Zulkifli Anuar said the coalition was \"grateful but not complacent\". He said the party would review why its machinery had failed to bring more voters to the polls.",
        "The official result was declared by returning officer Mohd Hafiz Ismail at 10.52pm on Saturday. Spoilt ballots numbered 402.",
    ],
    related=[("Nurul Ain Zakaria: from legal aid lawyer to MP", "/news/politics/2026/03/15/profile-nurul-ain"),
             ("Editorial: Voters are tired. Listen to them", "/opinion/2026/03/15/editorial-voters-tired"),
             ("Timeline: Malaysia's by-elections since 2022", "/news/politics/2026/03/14/timeline-by-elections")],
    trending=[("Ringgit firms as exports beat forecasts", "/business/2026/03/14/ringgit-firms"),
              ("Haze returns to parts of the west coast", "/news/nation/2026/03/14/haze-returns"),
              ("Badminton: national pair reach All England semi-finals", "/sport/2026/03/14/all-england-semis")],
)

STORY_2 = _story("el-OE2", "election", "2026-03-16", [
    _page("https://www.malayadaily.example/live/bukit-seraya-by-election-2026-live", _S2_A),
    _page("https://www.appa-news.example/asia/malaysia-ruling-coalition-holds-seat-by-election-20260314", _S2_B),
    _page("https://peraktoday.example/berita/2026/03/15/nurul-ain-takes-bukit-seraya", _S2_C),
    _page("https://www.peninsulapost.example/news/politics/2026/03/15/analysis-bukit-seraya-empty-booths", _S2_D),
], [
    ("winner's majority", r"\b4[,.\s]?812\b", r"\b4[,.\s]?218\b"),
    ("final turnout", r"\b61[.,]4\b", r"\b64[.,]1\b"),
])

# ===========================================================================
# STORY 3 - ct-OE3 - court (PLANTED: vote 6-3 vs 7-2 in _S3_B;
#                             dissent quote by Widjayanti vs Sitompul in _S3_C)
# ===========================================================================

_S3_A = _wire(
    site="Continental Press Wire",
    url="https://www.cpwire.example/asia/indonesia-court-strikes-down-university-mining-concessions-20260812",
    headline="Indonesia's top court strikes down university mining concessions",
    description="The Constitutional Court annulled two articles of the amended mining law that allowed state universities to receive mining concessions without an auction.",
    section="Asia Pacific",
    published="2026-08-12T08:05:00Z",
    modified="2026-08-12T10:40:00Z",
    byline=["Dian Puspitasari"],
    dateline="JAKARTA, Aug 12 (CPW)",
    shown_time="August 12, 2026 8:05 AM UTC · Updated August 12, 2026",
    photo=("Justices of Indonesia's Constitutional Court read a ruling in Jakarta, Indonesia, August 12, 2026.", "CPW/Ajeng Dinar"),
    paras=[
        "Indonesia's Constitutional Court on Wednesday struck down provisions of the amended mining law that allowed state universities to receive mining concessions without a tender, handing a victory to environmental groups and students who argued the scheme turned campuses into miners.",
        "In a 6-3 decision, the nine-member court annulled two of the five articles challenged by the petitioners, ruling that awarding concessions to universities on a priority basis violated the constitutional principle that natural resources be controlled by the state for the greatest benefit of the people.",
        "The court gave lawmakers 24 months to revise the law. Concessions already awarded to universities will remain valid during that period, but no new ones may be issued, the court said.",
        "The justices began reading the ruling at 1:30 p.m. (0630 GMT) in a packed courtroom in central Jakarta. Rulings of the Constitutional Court are final and binding.",
        "\"Control by the state over the earth, the water and the natural riches within them cannot be handed out as a privilege, outside open competition, to any institution, however noble its purpose,\" Justice Dewi Kartikasari said, reading the majority's legal considerations.",
        "Three justices dissented. In the dissenting opinion, Justice Ratna Widjayanti wrote that it was for the legislature, not the court, to decide who may hold a concession. \"The Constitution does not forbid the state from trusting its universities,\" she wrote.",
        "AD",
        "The challenge was filed in 2025 by 16 petitioners: 14 environmental, student and anti-corruption organisations, and two university students from Kalimantan.",
        "The court rejected the petitioners' challenges to the three other articles, which give cooperatives and small and medium-sized businesses priority access to smaller mining areas.",
        "Parliament passed the amendment to the Mineral and Coal Mining Law in February 2025. Supporters said revenue from mining would help universities fund research and scholarships without relying on tuition fees.",
        "According to the Energy and Mineral Resources Ministry, seven state universities have been granted concessions since the law took effect, covering a combined area of about 38,000 hectares (94,000 acres), mostly for coal and nickel in Kalimantan and Sulawesi.",
        "Petitioners had cited an estimate by a university think tank that the concessions could generate up to 4.2 trillion rupiah ($260 million) a year for the institutions.",
        "\"Today the court reminded the government that campuses are for learning, not for digging,\" said Melati Siregar, a lawyer for the petitioners, outside the courthouse.",
        "Energy ministry spokesman Agus Triyanto said the government respected the ruling and would study it with parliament. He did not say whether the ministry would seek to renegotiate the existing concessions.",
        "The ruling is the second major decision on mining legislation by the court in recent years. In 2024, it rejected a challenge to mining permit provisions of a separate law on job creation.",
    ],
    credit_line="Reporting by Dian Puspitasari; Writing by Nikhil Menon; Editing by Clara Whitfield",
    related=[("Indonesia's nickel output hits record in first half", "/business/indonesia-nickel-output-2026-07-30"),
             ("Explainer: What does Indonesia's Constitutional Court do?", "/asia/explainer-indonesia-constitutional-court"),
             ("Indonesian students protest campus mining plan", "/asia/indonesia-students-protest-2025-03-05")],
    tags=["Indonesia", "Courts", "Mining", "Environment"],
)

_S3_B = _paper(
    site="The Jakarta Ledger",
    url="https://www.jakartaledger.example/indonesia/2026/08/13/court-annuls-campus-mining-clauses.html",
    headline="Court annuls campus mining clauses, gives House two years to fix law",
    standfirst="Universities keep existing concessions for now, but no new ones can be granted",
    section="Indonesia",
    published="2026-08-13T06:00:00+07:00",
    shown_date="Thursday, August 13, 2026 - 06:00 WIB",
    byline="Yosef Hutabarat",
    photo=("Petitioners and their lawyers celebrate outside the Constitutional Court building in Central Jakarta on Aug. 12.", "JL/Benny Lukman"),
    paras=[
        "The Constitutional Court on Wednesday annulled two articles of the revised Mineral and Coal Mining Law that allowed state universities to obtain mining business permits without going through an auction, in a 7-2 ruling that environmentalists hailed as a landmark.",
        "The court ordered the government and the House of Representatives to revise the law within two years. In the meantime, concessions already awarded to universities remain in force, but the government may not grant any new ones.",
        "\"The petition is granted in part,\" Chief Justice Haryono Prasetyo said as he read the verdict in case No. 87/PUU-XXIII/2025 yesterday afternoon, to applause from students in the public gallery.",
        "In its legal considerations, the court said that Article 33 of the 1945 Constitution required natural resources to be controlled by the state and used for the greatest prosperity of the people, and that this control could not be distributed as a privilege outside open competition, regardless of the recipient's intentions.",
        "AD",
        "The dissenting justices argued that the matter was a policy choice for lawmakers. \"The Constitution does not forbid the state from trusting its universities,\" Justice Ratna Widjayanti wrote in the dissenting opinion.",
        "The petition, filed last year, was brought by a coalition of 14 organisations, including environmental and student groups and an anti-corruption watchdog, together with two students from East Kalimantan.",
        "The petitioners had asked the court to strike down five articles in total. The court rejected their arguments against the three articles that give cooperatives and small businesses priority rights to smaller mining areas.",
        "## 'Not for digging'",
        "\"Today the court reminded the government that campuses are for learning, not for digging,\" the petitioners' lawyer, Melati Siregar, told reporters after the hearing.",
        "Melati said the coalition would monitor the seven universities that already hold concessions to ensure they did not expand their operations before the law was revised.",
        "The concessions, which cover around 38,000 hectares in Kalimantan and Sulawesi, were awarded after the House passed the amendment in February 2025. A university-affiliated think tank estimated that they could bring in up to Rp 4.2 trillion a year.",
        "Energy and Mineral Resources Ministry spokesperson Agus Triyanto said the ministry respected the court's decision and would \"coordinate with the House\" on the revision.",
        "## Campus reaction",
        "At one of the universities holding a concession, reactions were mixed. Rector Bambang Wicaksono of Universitas Nusantara Timur in Samarinda said the university would comply with the ruling.",
        "\"We never intended to become a mining company. We wanted a stable source of funds for research so that we do not have to keep raising tuition,\" he said by telephone. \"We will wait for the new law.\"",
        "Student groups at the same campus, which staged protests against the concession last year, said they would hold a thanksgiving gathering on Friday.",
        "House Commission XII, which oversees energy and mining, is expected to begin discussing the revision after the 2027 state budget is passed.",
    ],
    related=[("Editorial: A campus is not a mine", "/opinion/2026/08/13/editorial-campus-not-a-mine.html"),
             ("Timeline: The long road of the mining law", "/indonesia/2026/08/12/timeline-mining-law.html"),
             ("Nickel smelters face new export rules", "/business/2026/08/10/nickel-smelters-export-rules.html")],
    trending=[("Jakarta air quality worsens as dry season peaks", "/city/2026/08/12/jakarta-air-quality.html"),
              ("Rupiah steady ahead of Independence Day", "/business/2026/08/12/rupiah-steady.html"),
              ("Commuter line adds late-night trains", "/city/2026/08/11/commuter-line-late-trains.html")],
)

_S3_C = _broadcast(
    site="Nusantara Broadcasting English",
    url="https://english.nbtv.example/news/indonesia/court-ruling-university-mining-2026",
    headline="Constitutional Court bars new mining concessions for universities",
    summary="The court said handing concessions to state universities without a tender breaches the Constitution.",
    section="Indonesia",
    shown_date="12 August 2026, 18:45 WIB",
    reporter="Reporting by Sekar Ayuningtyas",
    video_caption="WATCH: Students cheer outside the court as the verdict is read (1:58)",
    bullets=["Court annuls 2 of 5 challenged articles in a 6-3 vote",
             "Lawmakers given 24 months to revise the mining law",
             "Existing university concessions stay valid in the meantime"],
    photo=("Students hold banners outside the Constitutional Court in Jakarta on Wednesday afternoon.", "NBTV/Rio Saputra"),
    paras=[
        "Indonesia's Constitutional Court has ruled that state universities can no longer be given mining concessions without competing for them, striking down part of a law passed just last year.",
        "Six of the nine justices backed the ruling, which was read out on Wednesday afternoon at the court in Jakarta. The hearing began at half past one and lasted a little over two hours.",
        "The court annulled two articles of the amended Mineral and Coal Mining Law. It left intact three other articles that the petitioners had also challenged.",
        "Lawmakers now have 24 months to amend the law. Until then, universities that already hold concessions may keep them, but no new permits can be handed out.",
        "## Who brought the case?",
        "The case was brought by 16 petitioners, among them environmental groups, student unions, an anti-corruption organisation and two individual students.",
        "They argued that giving universities a shortcut to mining permits put academic institutions in charge of operations that can damage forests and rivers, and could expose campuses to conflicts of interest.",
        "\"Today the court reminded the government that campuses are for learning, not for digging,\" said the petitioners' lawyer, Melati Siregar.",
        "AD",
        "## The dissent",
        "Three justices disagreed with the majority. Justice Bonifasius Sitompul, one of the dissenting judges, argued that decisions about who may hold a concession belong to parliament.",
        "\"The Constitution does not forbid the state from trusting its universities,\" Sitompul wrote.",
        "## What happens to existing concessions?",
        "Seven universities have received concessions since the law was passed in February 2025, covering roughly 38,000 hectares, mostly in Kalimantan and Sulawesi.",
        "The energy ministry said it respected the ruling. Its spokesperson, Agus Triyanto, told NBTV the ministry would work with parliament on the revision but gave no timeline.",
        "In Samarinda, East Kalimantan, students at Universitas Nusantara Timur gathered on campus to watch the verdict on their phones. Some cheered; others said they worried about research funding.",
        "\"I am happy the court listened. But my lab has no money, and nobody has told us where the money will come from now,\" said Putri Anggraini, a 22-year-old chemistry student.",
        "Supporters of the law had argued that mining income, estimated by one think tank at up to 4.2 trillion rupiah, about 260 million US dollars, a year, would help universities fund research and keep tuition fees down.",
        "Rulings of the Constitutional Court are final and cannot be appealed.",
    ],
    more=[("Explainer: Indonesia's mining law changes", "/news/explainers/mining-law-changes"),
          ("Kalimantan villagers fear new mines near rivers", "/news/indonesia/kalimantan-villagers-mines"),
          ("Court schedule: rulings expected this month", "/news/indonesia/court-schedule-august")],
)

_S3_D = _newsletter(
    site="Mining Asia Brief",
    url="https://miningasiabrief.example/issues/2026-08-13/indonesia-court-campus-concessions",
    headline="Indonesia: court shuts the campus concession door (for now)",
    issue="Mining Asia Brief · Daily",
    shown_date="13 August 2026",
    published="2026-08-13",
    author="Hamish Lindqvist",
    tldr=["Constitutional Court voted six to three on Wednesday to annul two articles of the 2025 mining law amendment.",
          "No new concessions for state universities; the seven existing ones (c. 38,000 ha) stay valid for 24 months.",
          "Watch: how partners of university concession holders restructure their deals."],
    sponsor="Need reliable nickel and coal price data? SmeltWatch delivers daily assessments for Asian markets.",
    paras=[
        "Indonesia's Constitutional Court ruled on Wednesday that state universities may not receive mining concessions through priority allocation, annulling two articles of the amendment to the Mineral and Coal Mining Law that parliament passed in February 2025. The vote was six to three.",
        "For our readers, the practical questions are about the seven universities that already hold concessions and the private contractors that signed up to run them.",
        "## What the court said",
        "The majority held that priority allocation to universities, without a tender, breached Article 33 of the Constitution, which requires that natural resources be controlled by the state for the greatest prosperity of the people. Justice Dewi Kartikasari, reading the legal considerations, said control over resources could not be handed out \"as a privilege, outside open competition\".",
        "The court upheld the three other challenged articles, which give cooperatives and small and medium-sized enterprises priority access to smaller mining areas. That part of the regime, which matters more to local operators, is intact.",
        "Lawmakers have two years to revise the law. The existing university concessions stay valid until then, but no new ones can be issued.",
        "## The dissent",
        "Justice Ratna Widjayanti, writing for the three dissenters, argued that deciding who may hold a concession was a policy matter for the legislature. \"The Constitution does not forbid the state from trusting its universities,\" she wrote. Dissents carry no legal weight, but this one will be quoted by lawmakers who want to rebuild the scheme in a form that survives review.",
        "AD",
        "## Who is exposed",
        "The seven existing concessions total roughly 38,000 hectares, most of them coal blocks in East and South Kalimantan and two nickel blocks in Southeast Sulawesi. Several universities signed operating agreements with private contractors, typically with revenue-sharing of 10% to 15% of net profit for the university.",
        "Those agreements are not void, but contractors now face a 24-month window in which the legal basis for their arrangements could change. Expect some to slow capital spending. One contractor's executive, who asked not to be named because the agreements are confidential, told us that his company would \"finish the drilling we have started and then wait\".",
        "A think tank affiliated with one of the universities had estimated potential revenue of up to Rp4.2 trillion a year across all concessions, or about US$259 million at current exchange rates. Our own estimate, based on current coal and nickel prices and realistic output, is well under half of that.",
        "## What next",
        "The energy ministry, through spokesperson Agus Triyanto, said it would \"study the ruling\" with parliament. The House's energy commission is not expected to take up the revision before the 2027 budget is passed later this year.",
        "Petitioners' lawyer Melati Siregar said the coalition of 14 organisations and two students that brought the case would watch for any expansion of existing operations.",
        "For context: in 2024 the court split 5-4 in rejecting a challenge to mining provisions of the job creation law. A six-justice majority against the government on a flagship resource policy is unusual.",
    ],
    also=[("Philippines: nickel ore export debate returns", "/issues/2026-08-12/philippines-nickel-ore"),
          ("Coal benchmark prices slip for third week", "/issues/2026-08-11/coal-benchmark"),
          ("Vietnam rare earths tender draws three bidders", "/issues/2026-08-10/vietnam-rare-earths")],
)

STORY_3 = _story("ct-OE3", "court", "2026-08-15", [
    _page("https://www.cpwire.example/asia/indonesia-court-strikes-down-university-mining-concessions-20260812", _S3_A),
    _page("https://www.jakartaledger.example/indonesia/2026/08/13/court-annuls-campus-mining-clauses.html", _S3_B),
    _page("https://english.nbtv.example/news/indonesia/court-ruling-university-mining-2026", _S3_C),
    _page("https://miningasiabrief.example/issues/2026-08-13/indonesia-court-campus-concessions", _S3_D),
], [
    ("vote split", r"\b6\s?[-–]\s?3\b|\bsix[- ]to[- ]three\b|\b6 to 3\b|\bsix of (the )?nine\b", r"\b7\s?[-–]\s?2\b|\bseven[- ]to[- ]two\b|\b7 to 2\b"),
    ("author of the dissent quote", r"widjayanti|ratna", r"sitompul|bonifasius"),
])

# ===========================================================================
# STORY 4 - tr-OE4 - trade (CONTROL)
# ===========================================================================

_S4_A = _wire(
    site="Asia Pacific Press Agency",
    url="https://www.appa-news.example/business/vietnam-first-half-exports-rise-15-pct-us-shipments-20260706",
    headline="Vietnam's first-half exports jump 15.3% as U.S. shipments surge despite tariffs",
    description="Vietnam's exports rose 15.3% in the first six months of 2026 to $228.9 billion, statistics office data showed on Monday.",
    section="Business",
    published="2026-07-06T04:10:00Z",
    modified="2026-07-06T06:25:00Z",
    byline=["Hoang Minh Duc", "Ravi Chandran"],
    dateline="HANOI, July 6 (APPA)",
    shown_time="6 July 2026, 04:10 GMT · Updated 6 July 2026, 06:25 GMT",
    photo=("Containers are stacked at a port in Haiphong, Vietnam. Exports to the United States rose nearly 25% in the first half.", "APPA photo/Vu Thanh"),
    paras=[
        "Vietnam's exports rose 15.3% in the first half of 2026 from a year earlier to $228.9 billion, government data showed on Monday, as shipments to the United States surged despite a 20% U.S. tariff on Vietnamese goods.",
        "Imports grew 14.3% to $217.4 billion in the January-June period, leaving a trade surplus of $11.5 billion, compared with $8.3 billion in the same period last year, the National Statistics Office said.",
        "In June alone, exports rose 14.8% year on year to $42.6 billion, while imports climbed 17.2% to $40.1 billion. Exports were up 3.1% from May, when they totalled $41.3 billion.",
        "The figures were released at a news conference in Hanoi that began at 9 a.m. (0200 GMT).",
        "\"Exports held up better than we feared. Front-loading ahead of possible tariff changes played a part, and we expect the pace to ease in the second half,\" Tran Quoc Bao, director-general of the statistics office, told reporters.",
        "The United States remained Vietnam's largest export market, taking $73.2 billion of goods in the first half, up 24.5% from a year earlier and equal to about 32% of total exports. Vietnam's trade surplus with the United States was $62.4 billion.",
        "China remained the biggest source of imports at $78.1 billion, up 21.6%, much of it components and materials for factories that assemble goods for export.",
        "AD",
        "Exports of electronics, computers and components, Vietnam's biggest export category, rose 30.2% to $52.7 billion. Shipments of phones and parts fell 2.1% to $25.9 billion, while textiles and garments rose 6.7% to $18.4 billion.",
        "Washington imposed a 20% tariff on most Vietnamese goods in August 2025 under a framework deal between the two countries, with a 40% rate for goods deemed to have been transshipped through Vietnam from third countries. Negotiators are due to meet in Washington in late July for another round of talks on a broader reciprocal trade agreement.",
        "Separate data released on Monday showed the economy grew 7.42% year on year in the second quarter.",
        "The first-half export growth was well above the government's target of 12% for the full year, but economists cautioned that it may not last.",
        "\"Some of this is orders being pulled forward. If the talks in Washington go badly, or if U.S. demand cools, the second half will look very different,\" said Le Minh Chau, senior economist at Saigon Capital Research in Ho Chi Minh City.",
        "Foreign-invested companies, led by South Korean, Japanese and Taiwanese electronics makers, accounted for 75.8% of total exports in the first half, the statistics office said.",
    ],
    credit_line="Reporting by Hoang Minh Duc in Hanoi; Additional reporting by Ravi Chandran in Kuala Lumpur; Editing by Melissa Goh",
    related=[("Vietnam Q2 GDP growth quickens to 7.42%", "/business/vietnam-q2-gdp-20260706"),
             ("Vietnam, U.S. to hold next trade talks in late July", "/business/vietnam-us-trade-talks-20260630"),
             ("Asian factory activity expands in June, PMI surveys show", "/business/asia-pmi-june-20260701")],
    tags=["Vietnam", "Trade", "Tariffs", "Economy"],
)

_S4_B = _paper(
    site="Saigon Economic Times",
    url="https://www.saigonet.example/economy/trade/h1-exports-reach-us-228-9-billion-post128844.html",
    headline="H1 exports reach US$228.9 billion, surplus widens to US$11.5 billion",
    standfirst="Electronics and the US market drive growth, but officials warn of a slower second half",
    section="Economy",
    published="2026-07-06T17:30:00+07:00",
    shown_date="Monday, 06/07/2026 17:30 (GMT+7)",
    byline="Phuong Linh",
    photo=("Workers assemble circuit boards at a factory in Bac Ninh province. Electronics remained the country's top export item in the first half.", "Photo: SET/Quang Huy"),
    paras=[
        "Vietnam's total export turnover in the first six months of this year reached US$228.9 billion, an increase of 15.3 percent over the same period last year, according to the National Statistics Office under the Ministry of Finance.",
        "Imports during the period were valued at US$217.4 billion, up 14.3 percent, bringing the trade surplus to US$11.5 billion, or about VND303 trillion. In the first half of 2025, the surplus was US$8.3 billion.",
        "The figures were announced at the office's regular quarterly press conference in Hanoi this morning.",
        "In June, export turnover was estimated at US$42.6 billion, up 3.1 percent from May and 14.8 percent from June last year. Imports in June stood at US$40.1 billion, resulting in a monthly surplus of US$2.5 billion.",
        "## Electronics lead the way",
        "Computers, electronic products and components remained the largest export group, earning US$52.7 billion, up 30.2 percent year on year. Phones and components brought in US$25.9 billion, down 2.1 percent, while textiles and garments earned US$18.4 billion, up 6.7 percent.",
        "Agricultural exports also performed well. Coffee earned nearly US$5.6 billion thanks to high global prices, while rice exports fell in value as prices softened.",
        "AD",
        "The foreign-invested sector accounted for 75.8 percent of total exports, underlining the economy's reliance on multinational manufacturers.",
        "By market, the United States remained the largest buyer of Vietnamese goods with US$73.2 billion, up 24.5 percent. The trade surplus with the US was US$62.4 billion. China was the largest supplier, with imports from the country reaching US$78.1 billion, up 21.6 percent.",
        "## Caution for second half",
        "Director-General of the National Statistics Office Tran Quoc Bao said exports had \"held up better than feared\", partly because some companies rushed orders ahead of possible tariff changes. He said growth would likely slow in the final six months of the year.",
        "The government has set a target of 12 percent export growth for 2026.",
        "Economist Le Minh Chau of Saigon Capital Research said enterprises should diversify markets to reduce risks. \"The US market is strong now, but it is also where the policy risks are greatest. Businesses that sell only to one market are exposed,\" she said.",
        "Vietnam has faced a 20 percent US tariff on most goods since August last year. The two sides are scheduled to hold a new round of trade negotiations in Washington late this month.",
        "The Ministry of Industry and Trade said it would continue to help exporters take advantage of free trade agreements with the European Union, the United Kingdom and partners in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.",
        "Also on Monday, the statistics office reported that gross domestic product grew by 7.42 percent in the second quarter compared with the same period last year.",
    ],
    related=[("Q2 GDP growth estimated at 7.42 percent", "/economy/macro/q2-gdp-growth-post128840.html"),
             ("Coffee exports earn record value", "/economy/agriculture/coffee-exports-record-post128501.html"),
             ("Firms urged to prepare for stricter origin checks", "/economy/trade/origin-checks-post128399.html")],
    trending=[("HCM City metro line 2 construction speeds up", "/society/hcm-city-metro-line-2-post128790.html"),
              ("Gold prices fall for third session", "/finance/gold-prices-post128811.html"),
              ("Airlines add flights for summer holidays", "/travel/airlines-summer-flights-post128702.html")],
)

_S4_C = _newsletter(
    site="Supply Chain Asia Weekly",
    url="https://supplychainasia.example/weekly/2026-07-10/vietnam-h1-trade",
    headline="Vietnam's half-year numbers: strong, front-loaded, and very American",
    issue="Supply Chain Asia Weekly · No. 318",
    shown_date="Friday 10 July 2026",
    published=None,
    author="Grace Achterberg",
    tldr=["Vietnam's H1 exports: $228.9bn, +15.3% y/y. Imports $217.4bn, +14.3%. Surplus $11.5bn.",
          "US share of exports up to ~32% from ~29.6% a year ago: about 2.4 percentage points.",
          "Next US-Vietnam talks in Washington late this month. Watch the transshipment rules."],
    sponsor="Freight rates moving against you? PortPulse tracks spot container rates on 40 Asian lanes, updated daily.",
    paras=[
        "Vietnam's statistics office published its half-year trade figures on Monday, and the headline is simple: the country sold more to the world, and especially to the United States, than almost anyone expected a year into a 20% US tariff.",
        "Exports for January to June came to $228.9bn, up 15.3% on the same period of 2025. Imports rose 14.3% to $217.4bn. That leaves a first-half surplus of $11.5bn, up from $8.3bn a year ago: $3.2bn wider, or about 39%.",
        "June on its own: exports of $42.6bn (up 14.8% y/y and 3.1% on May's $41.3bn), imports of $40.1bn.",
        "## The American share",
        "Shipments to the US came to $73.2bn, up 24.5%. As a share of total exports that is almost exactly 32%, compared with about 29.6% in the first half of last year. Note that this is a rise of about 2.4 percentage points in share, not 2.4%; the dollar value of US-bound exports grew far faster than that.",
        "The surplus with the US reached $62.4bn, the kind of number that tends to come up at the negotiating table. Vietnam's trade delegation heads to Washington for the next round of talks later this month, and the transshipment question, with its 40% penalty rate, is expected to dominate.",
        "AD",
        "## Made with Chinese parts",
        "On the other side of the ledger, imports from China rose 21.6% to $78.1bn. A large share is components and materials: circuit boards, fabrics, machinery parts. For our readers who source from Vietnam, this is the number that rules-of-origin auditors will look at.",
        "## What is driving it",
        "The electronics, computers and components category grew 30.2% to $52.7bn and now easily outsells phones ($25.9bn, down 2.1%). Garments grew more modestly, up 6.7% to $18.4bn. Foreign-invested firms accounted for 75.8% of exports.",
        "The statistics office's director-general, Tran Quoc Bao, was candid about front-loading. Companies pulled orders forward ahead of possible tariff changes, he said, and he expects growth to slow in the second half.",
        "We agree. Our conversations with forwarders in Haiphong and Cai Mep this week point to softer bookings for August and September, particularly for furniture and footwear. If the second half grows at, say, 6% to 8%, the full-year growth rate would drift back towards the government's 12% target rather than stay anywhere near the first half's pace.",
        "## Rule of thumb for buyers",
        "Le Minh Chau at Saigon Capital Research made the point well when we spoke on Tuesday: the US is both Vietnam's best market and its biggest policy risk. Buyers should assume that documentation requirements for Vietnamese goods will get stricter, not looser, whatever comes out of the Washington round.",
        "Finally, for the macro-minded: GDP grew 7.42% y/y in the second quarter, also published on Monday.",
    ],
    also=[("Thailand's June exports: autos slip, electronics rise", "/weekly/2026-07-10/thailand-june-exports"),
          ("Red Sea insurance premiums edge down", "/weekly/2026-07-10/red-sea-insurance"),
          ("Bangladesh garment orders: the mid-year view", "/weekly/2026-07-10/bangladesh-garments")],
)

_S4_D = _broadcast(
    site="Pan-Asia Television News",
    url="https://news.patv.example/asia/business/vietnam-exports-first-half-2026-90417",
    headline="Vietnam's exports climb as US buyers keep ordering",
    summary="Exports rose by more than 15% in the first half of the year, despite US tariffs.",
    section="Business",
    shown_date="6 July 2026",
    reporter="By Nguyen Bao Anh, Hanoi",
    video_caption="WATCH: At a Haiphong port, containers keep moving (2:05)",
    bullets=["Exports up 15.3% to $228.9bn in January-June",
             "Trade surplus of $11.5bn, up from $8.3bn a year earlier",
             "Exports to the US up nearly 25%"],
    photo=("A worker checks garments at a factory outside Ho Chi Minh City.", "PATV/Tran Hai"),
    paras=[
        "Vietnam's exports grew by more than 15% in the first six months of the year, official figures show, as factories shipped record amounts of electronics to the United States.",
        "The value of goods sold abroad between January and June reached almost $229bn (£168bn), the country's statistics office said on Monday. That was 15.3% more than in the same period last year.",
        "Imports rose by 14.3%, leaving Vietnam with a trade surplus of $11.5bn, compared with $8.3bn in the first half of 2025.",
        "## Tariffs have not stopped the flow",
        "The United States has charged a 20% tariff on most Vietnamese goods since August last year. But sales to the US still rose by nearly 25% to $73.2bn, making up around a third of all exports.",
        "The head of the statistics office, Tran Quoc Bao, said some companies had rushed to send goods early in case tariffs changed, and warned that growth was likely to slow in the second half of the year.",
        "At a garment factory on the outskirts of Ho Chi Minh City, production manager Vo Thi Mai said orders from American clothing brands had been steady. \"They complain about the tariff, they ask us to cut prices, but they keep ordering,\" she said. \"For now.\"",
        "AD",
        "## Electronics boom",
        "Electronics, computers and components made up the largest group of exports, worth $52.7bn, an increase of about 30%. Exports of mobile phones fell slightly.",
        "Much of the growth comes from factories owned by foreign companies, which account for roughly three-quarters of Vietnam's exports. Many of those factories rely on parts imported from China, which sold Vietnam $78.1bn of goods in the first half.",
        "## Talks ahead",
        "Vietnamese and US negotiators are due to meet in Washington later this month for another round of talks on a wider trade deal.",
        "Economist Le Minh Chau of Saigon Capital Research said businesses should not assume the good times would continue. \"The US market is strong now, but it is also where the policy risks are greatest,\" she said.",
        "The government is aiming for export growth of 12% this year. Separately, official figures showed the economy grew by about 7.4% in the April to June quarter compared with a year earlier.",
        "In June alone, exports were worth $42.6bn, up nearly 15% on June last year.",
    ],
    more=[("Why Vietnam became a factory hub", "/asia/explainers/vietnam-factory-hub-61220"),
          ("Vietnam's economy grows faster in second quarter", "/asia/business/vietnam-gdp-q2-90410"),
          ("US and Vietnam set date for new trade talks", "/asia/business/us-vietnam-talks-90102")],
)

STORY_4 = _story("tr-OE4", "trade", "2026-07-11", [
    _page("https://www.appa-news.example/business/vietnam-first-half-exports-rise-15-pct-us-shipments-20260706", _S4_A),
    _page("https://www.saigonet.example/economy/trade/h1-exports-reach-us-228-9-billion-post128844.html", _S4_B),
    _page("https://supplychainasia.example/weekly/2026-07-10/vietnam-h1-trade", _S4_C),
    _page("https://news.patv.example/asia/business/vietnam-exports-first-half-2026-90417", _S4_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 5 - rk-OE5 - rocket (PLANTED: liftoff 10:17 a.m. IST vs 10:47 a.m. in _S5_B;
#                              orbit 475 km vs 457 km in _S5_C)
# ===========================================================================

_S5_A = _live(
    site="The Hyderabad Herald",
    url="https://www.hyderabadherald.example/science/live-vayura-sarathi-1-launch-sriharikota",
    headline="Vayura's Sarathi-1 launch from Sriharikota: live updates",
    standfirst="Hyderabad start-up Vayura Aerospace attempts to put three satellites into orbit on the first flight of its Sarathi-1 rocket.",
    published="2026-11-18T09:30:00+05:30",
    modified="2026-11-18T12:10:00+05:30",
    authors=["Sravani Reddy", "K. Venkatesh"],
    summary=["Sarathi-1 lifted off at 10:17 am IST after a 12-minute hold",
             "All three satellites deployed about 13 minutes 40 seconds after liftoff",
             "Vayura confirms a 475 km orbit, close to the 480 km target"],
    entries=[
        ("12:05 PM", "Orbit confirmed", [
            "Vayura has confirmed that the satellites are in a near-circular sun-synchronous orbit at an altitude of about 475 km, with an inclination of 97.4 degrees. The target was 480 km, and the company said the difference was well within the tolerance agreed with its customers.",
            "The 92-kg Earth-observation satellite Drishti-N1 has sent its first signals, which were picked up by a ground station at 11:46 am.",
        ]),
        ("11:25 AM", "Congratulations pour in", [
            "ISRO has posted its congratulations on social media, calling the flight \"a proud moment for the Indian space ecosystem\". The space regulator IN-SPACe, which authorised the launch in October, also issued a statement welcoming the result.",
            "Pixelgrid Space, which owns the main payload, says its team in Bengaluru is waiting for the satellite's first pass over a ground station before celebrating.",
        ]),
        ("10:58 AM", "'India's private space industry has reached orbit'", [
            "An emotional Meera Raghunathan, Vayura's co-founder and chief executive, addressed the team in the mission control room.",
            "\"Today India's private space industry has reached orbit on its own rocket. Every part of Sarathi was designed and built by a team whose average age is 29,\" she said, to loud applause.",
        ]),
        ("10:31 AM", "Satellites deployed!", [
            "Mission control reports separation of all three satellites, about 13 minutes and 40 seconds after liftoff. Cheers in the viewing gallery at Sriharikota.",
        ]),
        ("10:20 AM", "Second stage ignition", [
            "First-stage separation and second-stage ignition confirmed. Chief technology officer Arjun Kesavan says all parameters are normal.",
        ]),
        ("10:17 AM", "LIFTOFF", [
            "Sarathi-1 has lifted off from Sriharikota! The 22.4-metre rocket climbs into a clear morning sky on a column of white smoke.",
            "IMG|Sarathi-1 lifts off from the Satish Dhawan Space Centre in Sriharikota on Wednesday.|Herald photo/P. Srinivas",
        ]),
        ("10:03 AM", "Countdown on hold", [
            "The countdown has been paused two minutes before the scheduled liftoff time of 10:05 am to check a reading from a ground sensor. The company says the launch window stays open until 10:45 am.",
            "Update: the hold will last 12 minutes. New liftoff time: 10:17 am.",
        ]),
        ("9:50 AM", "Weather is go", [
            "The launch team has declared the weather acceptable. Winds at the pad are light and there is only scattered cloud over Sriharikota. Around 1,500 people, including Vayura employees, their families and invited guests, are in the viewing gallery.",
        ]),
        ("9:35 AM", "What's on board", [
            "Sarathi-1 is carrying three satellites with a combined mass of 118 kg: Drishti-N1, an Earth-observation satellite built by Bengaluru-based Pixelgrid Space; a student-built cubesat from a Chennai engineering college; and a small amateur radio satellite.",
            "The rocket has three solid-fuel stages and a liquid-fuelled upper module that positions the satellites. It is designed to carry up to 350 kg to a 500 km orbit.",
            "Vayura flew a suborbital test vehicle, Sarathi-S, to an altitude of 78 km in March 2024. Today is its first attempt to reach orbit.",
        ]),
    ],
    related=[("Who is Meera Raghunathan?", "/science/meera-raghunathan-profile"),
             ("India's private rocket makers race to orbit", "/science/india-private-rocket-race"),
             ("Explainer: What is a sun-synchronous orbit?", "/science/explainer-sun-synchronous-orbit")],
)

_S5_B = _wire(
    site="Continental Press Wire",
    url="https://www.cpwire.example/technology/space/indian-startup-vayura-rocket-reaches-orbit-20261118",
    headline="Indian start-up Vayura reaches orbit on first try with Sarathi-1 rocket",
    description="Hyderabad-based Vayura Aerospace put three satellites into orbit on Wednesday, becoming the latest private Indian company to fly its own orbital rocket.",
    section="Technology",
    published="2026-11-18T06:02:00Z",
    modified=None,
    byline=["Aditi Bhattacharya"],
    dateline="SRIHARIKOTA, India, Nov 18 (CPW)",
    shown_time="November 18, 2026 6:02 AM UTC",
    photo=("The Sarathi-1 rocket lifts off from the Satish Dhawan Space Centre in Sriharikota, India, November 18, 2026.", "CPW/S. Raghavan"),
    paras=[
        "Indian start-up Vayura Aerospace put three small satellites into orbit on the maiden flight of its Sarathi-1 rocket on Wednesday, a milestone for a private space industry that the government hopes will win a bigger share of the global launch market.",
        "The 22.4-metre (73-foot) rocket lifted off at 10:47 a.m. local time (0517 GMT) from a launch pad at the Indian Space Research Organisation's Satish Dhawan Space Centre on the island of Sriharikota, off India's south-east coast, after a brief hold in the countdown.",
        "The satellites separated from the rocket roughly 14 minutes later and reached a sun-synchronous orbit about 475 km (295 miles) above the Earth, the company said.",
        "\"India's private space industry has reached orbit on its own rocket,\" Vayura's chief executive, Meera Raghunathan, told employees and guests at the launch site.",
        "The Hyderabad-based company, founded in 2019, has raised about $68 million from investors. Its rocket uses three solid-fuel stages and a small liquid-fuelled module to place satellites in their final orbit, and is designed to carry up to 350 kg.",
        "AD",
        "The main payload was Drishti-N1, a 92-kg Earth-observation satellite built by Bengaluru-based Pixelgrid Space. The rocket also carried a cubesat built by engineering students in Chennai and an amateur radio satellite.",
        "India opened its space sector to private companies in 2020 and set up a regulator, IN-SPACe, to authorise private launches. The government wants India's share of the global space economy to rise to around 8% by the early 2030s from about 2% now.",
        "ISRO congratulated Vayura in a post on social media, calling the flight \"a proud moment for the Indian space ecosystem\". IN-SPACe said it had authorised the launch in October.",
        "Several Indian start-ups are racing to build small rockets to serve a fast-growing market for launching constellations of small satellites. Vayura flew a suborbital test rocket in March 2024.",
        "Arjun Kesavan, Vayura's co-founder and chief technology officer, said data from the flight showed all stages performed as expected. \"The second stage burned for 82 seconds, exactly as predicted,\" he said.",
        "The company plans a second flight, Sarathi-2, in mid-2027, and aims eventually to launch about once a month.",
        "Raghunathan declined to give the cost of a Sarathi launch, but said the company had signed agreements with customers in India, Singapore and Europe for future flights.",
    ],
    credit_line="Reporting by Aditi Bhattacharya in Sriharikota; Additional reporting by Rohan Pillai in Bengaluru; Editing by Clara Whitfield",
    related=[("India approves private launch pad expansion", "/technology/space/india-launch-pad-expansion-20260914"),
             ("Asia's small-satellite launch market heats up", "/technology/space/asia-small-launch-market-20261002"),
             ("Analysis: Can India's space start-ups compete on price?", "/technology/space/india-space-startups-price")],
    tags=["India", "Space", "Startups", "Technology"],
)

_S5_C = _newsletter(
    site="Orbital Ledger",
    url="https://orbitalledger.example/briefing/2026-11-19/vayura-sarathi-1-orbit",
    headline="Sarathi-1 makes orbit: what Vayura's first flight tells us",
    issue="Orbital Ledger · Launch Briefing",
    shown_date="Thursday, November 19, 2026",
    published="2026-11-19",
    author="Dana Whitcombe",
    tldr=["Vayura's Sarathi-1 reached orbit on its first attempt on Wednesday from Sriharikota.",
          "Three satellites (118 kg in total) deployed into a 457 km sun-synchronous orbit; target was 480 km.",
          "Next flight (Sarathi-2) planned for mid-2027."],
    sponsor="Ground station capacity on demand: book passes on 60 antennas worldwide with SkyPort Connect.",
    paras=[
        "Vayura Aerospace is now an orbital launch company. Its Sarathi-1 rocket lifted off from Sriharikota at 10:17 a.m. IST on Wednesday (04:47 UTC), after a 12-minute hold from its 10:05 a.m. slot, and deployed three satellites into a sun-synchronous orbit at an altitude of about 457 km (roughly 284 miles) and an inclination of 97.4 degrees.",
        "The company's stated target orbit was 480 km. Vayura says the shortfall is within the tolerance its customers signed up for, which is plausible for a small-satellite rideshare of this kind; none of the three payloads has propulsion requirements that would make the lower altitude a problem in the short term.",
        "## The vehicle",
        "Sarathi-1 is 22.4 metres tall with a liftoff mass of about 36 tonnes. It uses three solid stages and a liquid-fuelled orbital adjustment module. Advertised capacity is 350 kg to a 500 km sun-synchronous orbit, so this first flight, with 118 kg of payload, flew at roughly a third of that.",
        "Co-founder and CTO Arjun Kesavan said the second stage burned for 82 seconds, matching predictions. Deployment came about 13 minutes 40 seconds after liftoff.",
        "AD",
        "## The payloads",
        "The lead customer was Pixelgrid Space, whose 92-kg Drishti-N1 Earth-observation satellite sent its first signals within 90 minutes. The rest of the manifest was a student cubesat from Chennai and a small amateur radio satellite.",
        "## The business",
        "Vayura has raised about $68 million (roughly ₹570 crore) since it was founded in 2019. Chief executive Meera Raghunathan would not give a price per launch. Our estimate, based on the vehicle's size and the company's stated cadence, is a list price somewhere in the $4 million to $6 million range for a dedicated flight.",
        "Raghunathan's line from the control room, that India's private space industry \"has reached orbit on its own rocket\", was aimed as much at investors as at the public. The company's 2024 suborbital test, which reached 78 km, did not move the fundraising needle. An orbital success should.",
        "## What we are watching",
        "Cadence. Vayura talks about eventually flying once a month. The next flight, Sarathi-2, is pencilled in for mid-2027, which implies a gap of seven months or more. That is normal for a second flight, but the gap has to shrink quickly if the company is to compete for constellation deployment contracts.",
        "Regulation. IN-SPACe, which authorised the launch in October, is under pressure to speed up approvals. Private launch companies have complained that range scheduling at Sriharikota, which ISRO controls, limits how often they can fly.",
        "Competition. At least three other Indian start-ups are building small launchers. Being first to a reliable second and third flight matters more than being first to orbit.",
    ],
    also=[("Launch log: October 2026 in review", "/briefing/2026-11-02/launch-log-october"),
          ("Japan's H3 flies again after engine tweaks", "/briefing/2026-11-12/h3-flies-again"),
          ("Rideshare pricing: a mid-year survey", "/briefing/2026-07-15/rideshare-pricing")],
)

_S5_D = _broadcast(
    site="NewsLine 24 India",
    url="https://www.newsline24.example/india/science/sarathi-1-private-rocket-orbit-sriharikota",
    headline="Made in Hyderabad: private rocket Sarathi-1 puts three satellites in orbit",
    summary="Vayura Aerospace's rocket reached orbit on its first attempt from Sriharikota on Wednesday morning.",
    section="Science",
    shown_date="Wednesday, 18 November 2026 | 1:40 PM IST",
    reporter="By Anjali Menon | Edited by Rahul Joshi",
    video_caption="WATCH: Sarathi-1 lifts off from Sriharikota (1:12)",
    bullets=["Liftoff at 10:17 am after a short hold",
             "Three satellites placed in orbit about 475 km up",
             "Start-up plans next flight in mid-2027"],
    photo=("Vayura Aerospace employees celebrate in the mission control room in Sriharikota.", "NewsLine 24"),
    paras=[
        "A rocket built by a Hyderabad start-up reached space and placed three satellites in orbit on Wednesday, in what the company called a landmark moment for India's private space sector.",
        "Vayura Aerospace's Sarathi-1 lifted off from the Satish Dhawan Space Centre in Sriharikota, Andhra Pradesh, at 10:17 am. The launch had been scheduled for 10:05 am, but the countdown was paused for 12 minutes so engineers could check a ground sensor.",
        "Around 13 and a half minutes after liftoff, the rocket released its three satellites into an orbit about 475 km above the Earth.",
        "In the mission control room, engineers hugged and some wept as the deployment was confirmed.",
        "\"Every part of Sarathi was designed and built by our team, whose average age is just 29,\" said co-founder and CEO Meera Raghunathan. \"Today, India's private space industry has reached orbit with its own rocket.\"",
        "## Who built it?",
        "Vayura was founded in 2019 by Raghunathan, a former aerospace engineer, and Arjun Kesavan, who is now the company's chief technology officer. It employs about 340 people, most of them at its factory and test site near Hyderabad.",
        "The company has raised around Rs 570 crore from investors. Its rocket, 22.4 metres tall, runs on solid fuel in its three main stages, with a small liquid-fuelled module on top.",
        "AD",
        "## What was on board?",
        "The main passenger was Drishti-N1, a 92-kg satellite that will photograph the Earth for Bengaluru-based Pixelgrid Space. Students from an engineering college in Chennai also had a small satellite on board, as did a group of amateur radio operators.",
        "For the Chennai students, the launch was the end of a three-year project. \"We watched it go from our classroom. When the separation was announced, everyone screamed,\" said 21-year-old team member Keerthana Subramanian.",
        "## What next?",
        "Vayura plans to fly its next rocket, Sarathi-2, in the middle of 2027, and says it eventually wants to launch around once a month.",
        "The Indian Space Research Organisation congratulated the company, calling the mission \"a proud moment for the Indian space ecosystem\". Private companies have been allowed to build and launch rockets in India since 2020.",
        "Vayura first flew a smaller test rocket, which went up to 78 km without reaching orbit, in March 2024.",
    ],
    more=[("Photos: Sarathi-1 launch day", "/india/science/sarathi-1-photos"),
          ("How India opened space to private companies", "/india/explainers/space-sector-private"),
          ("Chennai students' satellite heads to orbit", "/india/education/chennai-students-satellite")],
)

STORY_5 = _story("rk-OE5", "rocket", "2026-11-20", [
    _page("https://www.hyderabadherald.example/science/live-vayura-sarathi-1-launch-sriharikota", _S5_A),
    _page("https://www.cpwire.example/technology/space/indian-startup-vayura-rocket-reaches-orbit-20261118", _S5_B),
    _page("https://orbitalledger.example/briefing/2026-11-19/vayura-sarathi-1-orbit", _S5_C),
    _page("https://www.newsline24.example/india/science/sarathi-1-private-rocket-orbit-sriharikota", _S5_D),
], [
    ("liftoff time", r"\b10[:.]17\b|\b04[:.]?47\b", r"\b10[:.]47\b|\b05[:.]?17\b"),
    ("orbit altitude", r"\b475\b|\b295\b", r"\b457\b|\b284\b"),
])

# ===========================================================================
# STORY 6 - eq-OE6 - earthquake (CONTROL)
# ===========================================================================

_S6_A = _wire(
    site="Meridian Newswire",
    url="https://www.meridiannews.example/world/asia-pacific/strong-quake-hits-indonesias-sulawesi-kills-least-seven-2026-09-13/",
    headline="Strong quake hits Indonesia's Sulawesi, kills at least seven",
    description="A magnitude 6.2 earthquake struck Central Sulawesi early on Sunday, killing at least seven people and damaging hundreds of houses.",
    section="World",
    published="2026-09-13T01:55:00Z",
    modified="2026-09-13T03:10:00Z",
    byline=["Stanley Widianto", "Kanya Utami"],
    dateline="JAKARTA, Sept 13 (Meridian)",
    shown_time="September 13, 2026 1:55 AM GMT · Updated 1 hour ago",
    photo=("Residents inspect a damaged house after an earthquake in Poso, Central Sulawesi province, Indonesia, September 13, 2026, in this photo obtained from social media.", "Social media/via MERIDIAN"),
    paras=[
        "A strong earthquake struck Indonesia's Central Sulawesi province early on Sunday, killing at least seven people, damaging hundreds of houses and sending frightened residents running into the streets, officials said.",
        "The magnitude 6.2 quake hit at 6:42 a.m. local time (2242 GMT on Saturday), with its epicentre on land about 18 km (11 miles) north-east of the town of Poso at a depth of 10 km, Indonesia's Meteorology, Climatology and Geophysics Agency (BMKG) said.",
        "The U.S. Geological Survey put the magnitude at 6.0 and the depth at 14 km. BMKG said the quake did not have the potential to trigger a tsunami.",
        "Teguh Santoso, a spokesman for the national disaster mitigation agency (BNPB), said seven people had been confirmed dead as of 9 a.m. local time, most of them crushed by collapsing walls in villages in Poso regency. At least 45 people were injured.",
        "\"The numbers will likely rise as our teams reach more villages. Some roads are blocked by landslides,\" Santoso said in a statement.",
        "More than 300 houses were damaged, he said, along with a mosque, a market building and two schools. Patients at the regional hospital in Poso were moved into tents in the hospital grounds as a precaution.",
        "AD",
        "Videos posted on social media showed cracked roads, a collapsed shop front and residents gathering in an open field as aftershocks continued. Meridian could not immediately verify the footage.",
        "BMKG recorded 14 aftershocks by 9 a.m., the strongest with a magnitude of 4.1.",
        "\"It felt like a minute. The walls were cracking and my children were screaming,\" said Ningsih, 34, a food seller in Poso who, like many Indonesians, goes by one name. She said she had spent the morning outside with her family and neighbours, afraid to go back indoors.",
        "Electricity was cut in parts of Poso and neighbouring areas, state utility PLN said, adding that crews were working to restore supply.",
        "The quake was felt in Palu, the provincial capital about 120 km (75 miles) west of Poso, where some residents left their homes in panic. In 2018, a magnitude 7.5 earthquake and the tsunami it triggered killed more than 4,300 people in and around Palu.",
        "Indonesia, an archipelago of more than 17,000 islands, sits on the Pacific \"Ring of Fire\", the horseshoe of volcanoes and faults ringing the Pacific Basin, and is frequently hit by earthquakes.",
    ],
    credit_line="Reporting by Stanley Widianto and Kanya Utami; Writing by Hana Lee; Editing by Priya Raman",
    related=[("Timeline: Deadly earthquakes in Indonesia", "/world/asia-pacific/timeline-indonesia-earthquakes/"),
             ("Indonesia's disaster agency warns of extreme weather in rainy season", "/world/asia-pacific/indonesia-rainy-season-2026-09-08/"),
             ("Explainer: Why Indonesia has so many earthquakes", "/world/asia-pacific/explainer-indonesia-earthquakes/")],
    tags=["Indonesia", "Earthquakes", "Disasters"],
)

_S6_B = _broadcast(
    site="Nusantara Broadcasting English",
    url="https://english.nbtv.example/news/indonesia/poso-earthquake-death-toll-rises",
    headline="Poso earthquake: death toll rises to 19 as rescuers search rubble",
    summary="Hundreds have been injured and thousands have left their homes after a strong quake in Central Sulawesi.",
    section="Indonesia",
    shown_date="13 September 2026, 17:10 WITA",
    reporter="Reporting by Yudha Pratama in Poso",
    video_caption="WATCH: Aerial footage of damaged homes near Poso (2:20)",
    bullets=["19 dead and 142 injured as of 3pm local time, BNPB says",
             "Magnitude 6.2 quake struck at 6.42am near Poso",
             "14-day emergency response period declared"],
    photo=("Rescuers search the rubble of a collapsed house in Poso regency on Sunday.", "NBTV/Yudha Pratama"),
    paras=[
        "The number of people killed in the earthquake that struck Central Sulawesi on Sunday morning has risen to 19, the national disaster agency says.",
        "As of 3pm local time, 142 people had been injured, and about 3,800 residents had moved to evacuation shelters, BNPB spokesperson Teguh Santoso told NBTV. Earlier in the day, the agency had reported seven deaths.",
        "The magnitude 6.2 earthquake struck at 6.42am near the town of Poso. Indonesia's weather and geophysics agency, BMKG, said it was shallow, at a depth of 10km, which is why the shaking was so strong at the surface.",
        "## Villages hit hardest",
        "Most of the victims lived in villages north-east of Poso town, close to the epicentre. In Tamborana, a farming village, rows of brick houses collapsed and several were reduced to rubble.",
        "Rescuers, police and soldiers spent the day digging through debris with shovels and their bare hands. Heavy equipment arrived in the afternoon after a landslide blocking the main road was cleared.",
        "\"We heard a woman calling from under a wall. It took us almost two hours to reach her. She is alive,\" said Sergeant Made Arsana, one of the soldiers at the scene.",
        "AD",
        "BNPB said 1,120 houses had been damaged, including about 260 that were heavily damaged. A mosque, two schools and part of Poso's central market were also damaged.",
        "## Emergency declared",
        "Poso Regent Yohanes Lamalo has declared a 14-day emergency response period, allowing the local government to release emergency funds and request help from the province and central government.",
        "\"Our priority now is to find everyone who may still be trapped, treat the injured and make sure people in the shelters have food, water and tarpaulins,\" he said.",
        "Patients at Poso's regional hospital are being treated in tents outside the building while engineers check it for structural damage.",
        "## Aftershocks",
        "BMKG had recorded 48 aftershocks by 4pm, the strongest a magnitude 4.8 tremor at 11.20am. The agency has urged residents to stay away from damaged buildings and to watch for landslides on steep slopes, especially if it rains.",
        "The US Geological Survey measured the main quake at magnitude 6.0.",
        "Many families are planning to spend the night outdoors. In a field near Poso's football stadium, volunteers were putting up tents as darkness fell.",
        "Central Sulawesi was devastated in 2018 when a magnitude 7.5 earthquake, a tsunami and soil liquefaction killed more than 4,000 people in and around Palu.",
    ],
    more=[("Live: Central Sulawesi earthquake updates", "/news/live/central-sulawesi-earthquake"),
          ("How to help: verified donation channels", "/news/indonesia/poso-earthquake-how-to-help"),
          ("What is liquefaction?", "/news/explainers/what-is-liquefaction")],
)

_S6_C = _local(
    site="SultengNow",
    url="https://sultengnow.example/poso/2026/09/14/korban-gempa-poso-34-orang",
    headline="Poso quake toll climbs to 34; thousands spend night in tents",
    section="Poso",
    shown_date="Senin, 14 September 2026 08:15 WITA",
    author="Rahmat Tandiangga",
    og_time="2026-09-14T08:15:00+08:00",
    photo=("Residents of Lembo Jaya village cook breakfast outside their tents on Monday morning", "SultengNow/Fadli"),
    tags=["GempaPoso", "Poso", "Sulteng", "BNPB"],
    popular=[("List of evacuation points in Poso town", "/poso/2026/09/13/daftar-posko-pengungsian"),
             ("Where to donate for Poso quake victims", "/poso/2026/09/13/donasi-gempa-poso"),
             ("Trans-Sulawesi road reopened after landslide", "/sulteng/2026/09/13/jalan-trans-sulawesi-dibuka")],
    paras=[
        "POSO - The number of people killed by Sunday morning's earthquake in Poso regency has risen to 34, according to data from the National Disaster Mitigation Agency (BNPB) as of 6am today.",
        "The agency recorded 263 injured, 58 of them seriously, and 9,200 people staying at 37 evacuation points across the regency. Yesterday afternoon, BNPB had put the toll at 19.",
        "The number of damaged houses has also risen, to 2,140, as assessment teams reached villages that had been cut off by landslides.",
        "The magnitude 6.2 earthquake struck at 6.42am local time on Sunday. According to BMKG, the epicentre was on land, 18 kilometres north-east of Poso town, at a depth of 10 kilometres.",
        "## Night in the open",
        "Thousands of residents spent Sunday night in tents, under tarpaulins or in their cars, afraid to return to their homes as aftershocks continued. BMKG had recorded 81 aftershocks by 6am on Monday.",
        "In Lembo Jaya, one of the hardest-hit villages, families slept on mats in the yard of the village church, which itself suffered cracks.",
        "\"Every time the ground moves, the children wake up crying. We did not sleep at all,\" said Martha Tobondo, 46, a farmer whose house lost its front wall.",
        "AD",
        "At the evacuation post at the Poso football stadium, volunteers from the Red Cross and local churches and mosques were handing out rice, instant noodles and drinking water. Some residents complained that aid had not yet reached the villages in the hills.",
        "\"Help has arrived in town, but in the upper hamlets people are still waiting. The road is open only for motorbikes,\" said Ishak, a village official in Tamborana.",
        "## Regent: 'No one left behind'",
        "Poso Regent Yohanes Lamalo, who has declared a 14-day emergency response period, visited shelters on Monday morning. He said the regency government had sent trucks of supplies to the hill villages at dawn.",
        "\"No one will be left behind. If the road is closed, we will carry the aid on foot,\" Lamalo told SultengNow.",
        "The regent also asked residents not to spread unverified messages on social media about a larger earthquake or tsunami. BMKG has said the quake had no tsunami potential.",
        "The Poso regional hospital is still treating patients in tents while the building is inspected. Serious cases have been referred to hospitals in Palu and Tentena.",
        "Schools across Poso regency will remain closed this week, the education office said.",
        "Residents who need help or want to report missing relatives can contact the emergency post at the regent's office.",
    ],
)

_S6_D = _paper(
    site="The Jakarta Ledger",
    url="https://www.jakartaledger.example/indonesia/2026/09/14/poso-quake-toll-rises-to-41.html",
    headline="Poso quake toll rises to 41 as aid struggles to reach hill villages",
    standfirst="More than 12,000 people displaced; government sends aid and military personnel to Central Sulawesi",
    section="Indonesia",
    published="2026-09-14T19:30:00+07:00",
    shown_date="Monday, September 14, 2026 - 19:30 WIB",
    byline="Nur Aisyah Lubis and Rahmat Tandiangga",
    photo=("Soldiers unload aid from a truck in Poso, Central Sulawesi, on Monday, a day after a magnitude 6.2 earthquake.", "JL/Antonius Kawengian"),
    paras=[
        "The death toll from the earthquake that hit Poso regency in Central Sulawesi has risen to 41, with two people still missing, the National Disaster Mitigation Agency (BNPB) said on Monday.",
        "As of 3 p.m. Jakarta time (4 p.m. local time), 310 people had been injured and about 12,400 were displaced, BNPB spokesperson Teguh Santoso said at a press conference in Jakarta. The agency reported that 2,760 houses had been damaged, nearly a third of them severely.",
        "The magnitude 6.2 quake struck at 5:42 a.m. Jakarta time on Sunday, or 6:42 a.m. local time, with its epicentre on land near Poso, roughly 1,600 kilometers north-east of the capital. The Meteorology, Climatology and Geophysics Agency (BMKG) put its depth at 10 km. The United States Geological Survey measured it at 6.0 with a depth of 14 km.",
        "Santoso said the toll had risen as search teams reached remote hamlets in the hills north-east of Poso town, where access had been cut by landslides. \"We hope the number will not increase much more, but we cannot rule it out while two people are still missing,\" he said.",
        "AD",
        "## Aid and troops",
        "The government has sent 600 military personnel to help with search and rescue and aid distribution. The Social Affairs Ministry said it had allocated Rp 5 billion (about US$305,000) in emergency assistance for food, tents and blankets.",
        "Aid has been slower to reach the upland villages, where roads remain passable only by motorcycle. Volunteers said some families in hill hamlets had gone without clean water since Sunday.",
        "\"We have rice in the trucks, but the trucks cannot get up the hill,\" said Agnes Rumende, a coordinator with a church-based relief group in Poso. \"So we are carrying sacks on motorbikes, two at a time.\"",
        "## Continuing aftershocks",
        "BMKG said it had recorded 96 aftershocks by noon on Monday, local time, most of them too weak to be felt. The strongest, of magnitude 4.8, struck on Sunday morning.",
        "Hendra Wibisono, head of the earthquake and tsunami division at BMKG, said the quake was caused by movement on a local fault and that the frequency of aftershocks was declining. \"This is a normal pattern. The aftershocks are becoming fewer and weaker, but residents should remain alert,\" he said.",
        "He also reiterated that the earthquake had no potential to cause a tsunami, after hoax messages warning of a giant wave circulated on messaging apps on Sunday night.",
        "## Memories of 2018",
        "For many in Central Sulawesi, the quake revived memories of September 2018, when a magnitude 7.5 earthquake, a tsunami and widespread liquefaction killed more than 4,300 people in Palu and surrounding areas, about 120 km west of Poso.",
        "\"When the shaking started, my first thought was of my cousin in Palu who died in 2018,\" said Ningsih, a food seller in Poso. \"It felt like a minute. I grabbed my children and ran.\"",
        "Poso Regent Yohanes Lamalo has declared a 14-day emergency response period, until Sept. 26.",
        "Schools in Poso regency will stay closed at least until the end of this week.",
    ],
    related=[("Editorial: Ready for the next one?", "/opinion/2026/09/14/editorial-ready-for-the-next-one.html"),
             ("Hoax tsunami messages spread after Poso quake", "/indonesia/2026/09/14/hoax-tsunami-messages.html"),
             ("Palu, eight years on", "/indonesia/2026/09/13/palu-eight-years-on.html")],
    trending=[("Rupiah weakens as dollar firms", "/business/2026/09/14/rupiah-weakens.html"),
              ("New MRT station opens in South Jakarta", "/city/2026/09/14/new-mrt-station.html"),
              ("Football: national team names squad for qualifiers", "/sports/2026/09/14/national-team-squad.html")],
)

STORY_6 = _story("eq-OE6", "earthquake", "2026-09-15", [
    _page("https://www.meridiannews.example/world/asia-pacific/strong-quake-hits-indonesias-sulawesi-kills-least-seven-2026-09-13/", _S6_A),
    _page("https://english.nbtv.example/news/indonesia/poso-earthquake-death-toll-rises", _S6_B),
    _page("https://sultengnow.example/poso/2026/09/14/korban-gempa-poso-34-orang", _S6_C),
    _page("https://www.jakartaledger.example/indonesia/2026/09/14/poso-quake-toll-rises-to-41.html", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
