"""Part OA of the story battery (web pages).

Written by engineer OA1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
- cb-OA1 (CONTROL): the Central Bank of the Dominican Republic cuts its policy rate 25 bp to 5.50% and frees
  RD$25bn of reserve requirements, announced Thursday 30 April 2026; traps: 25 basis points / a quarter point /
  0.25 percentage points, 5.5% vs 5.50%, RD$25bn vs RD$25,000 million vs about $396 million / nearly $400m /
  US$0.4bn, 10 a.m. AST vs 1400 GMT, committee met Wednesday vs decision published Thursday, "last Thursday"
  from a Monday newsletter, earlier moves (March hold at 5.75%, December 50 bp cut from 6.25%, a 2024-25 cycle
  from 7.00%), old vs new corridor rates (6.25/5.25 vs 6.00/5.00), inflation 3.41% vs "about 3.4 per cent" vs
  a 3.4% growth forecast and a 3.8% year-end inflation forecast, target 4% +/- 1 point vs "3% to 5%", deputy
  governor vs vice-governor, quotes translated two ways or cut, the peso at different times of day, Jamaica's
  5.75% and Guatemala's 3.50%.
- el-OA2 (planted): opposition architect Lucía Benítez Ocampo wins the Asunción mayoral election on Sunday 4
  October 2026; planted: the time Giménez conceded (10:40 p.m. in three pages vs 11:40 p.m. in the Asunción
  Herald) and Benítez's age (44 in three pages vs 49 in Recoleta al Día); traps: TREP results rising from 22%
  to 100% of tally sheets (45.2% -> 47.2%, 41.0% vs 40.9%, turnout 58.3% -> 58.6% / "just under 59 per cent"),
  10:40 p.m. vs 0140 GMT Monday, margin 6.3 percentage points vs "just under five points" earlier in the night,
  yesterday vs Sunday, the 2021 result (50.7%, turnout about 52%), council seat projections, the runner-up's
  age (61), quotes translated two ways or reported indirectly.
- ct-OA3 (CONTROL): the Inter-American Court orders Peru to pay $2.4m to 38 Huaylluma families over a 2014
  tailings-dam collapse; traps: judgment dated 21 July vs made public Thursday 13 August, 11 a.m. Costa Rica
  time vs noon in Lima, unanimous on most findings vs 5-2 on Article 26, $2.4m total vs $60,000 per family vs
  $120,000 costs vs $11m sought vs a 2019 domestic award of 1.2m soles, "about 9 million soles" and "225,000
  soles per family", 172 people vs "more than 170", deadlines of six months / one year / three years, 22 km vs
  14 miles, the 2015 petition, 2023 referral and 2025 hearing, a 2025 Honduras award in a related link.
- tr-OA4 (planted): Colombia imposes a provisional anti-dumping duty on Chinese rebar, announced Tuesday 8
  September 2026 and applied from Monday 14 September; planted: the duty rate (24.7% in three pages vs 27.4% in
  SteelTrade LatAm Weekly) and who said "This is not protectionism..." (Vice Minister Andrés Cárdenas Ruiz in
  three pages vs Minister Paula Restrepo Villegas in the Bogotá Chronicle); traps: dumping margin 31.2% vs the
  duty vs the 45% requested, 412,000 t vs 412kt vs "more than 400,000 tonnes", +38% from 298,500 t, market
  share 62% -> 48% = 14 percentage points, $241m vs "nearly 1 trillion pesos", six months vs mid-March 2027,
  Beijing's Wednesday briefing vs Colombian time, "last Tuesday" / "today" in a Monday newsletter, Commerce vs
  Trade Minister, COP 150,000/t vs US$37/t, other countries' steel measures.
- rk-OA5 (planted): Andorinha Aeroespacial's two-stage Carcará-1 reaches space from the Alcântara Launch
  Center on Thursday 19 November 2026; planted: the apogee (238 km / 237.6 km in three pages vs 258 km on TV
  Nordeste) and the launch weekday (Thursday vs Wednesday in Maranhão em Foco); traps: 7:15 a.m. BRT vs 10:15
  UTC, 238 km vs 148 miles vs 237.6 km final telemetry, a 220-250 km target, the 100 km line, a 31 km 2024
  prototype, capsule 310 km downrange vs second stage 420 km vs first stage 40 km, 11.8 m vs 39 ft vs "almost
  12 metres", R$62m vs $11.5m vs R$28m from FINEP, scrubs on Monday and Tuesday, next flights in 2027 and 2028,
  the 2003 pad fire that killed 21.
- eq-OA6 (CONTROL): a magnitude-7.0 earthquake strikes off Chala, Arequipa region, Peru, at 11:48 p.m. on
  Saturday 7 March 2026; traps: 11:48 p.m. Saturday vs 0448 GMT Sunday, IGP 7.0 (preliminary 7.2) vs USGS 6.9,
  depth 38 km (IGP) vs 35 km (USGS), a toll rising from 1 to 3 dead / 41 injured (8 a.m. Sunday), 7 / 128 (6
  p.m. Sunday) and 9 / 187 (9 a.m. Monday), homes damaged 380 -> 1,460 -> 2,130, aftershocks "more than 30" ->
  52 -> 74, 42 km vs 26 miles, "550 km south-east of Lima" vs "Lima, 550 km to the north-west", a state of
  emergency announced vs declared, power restored half -> 85% -> almost all, the 2018 magnitude-7.1 Acarí quake
  and the 2007 Pisco quake.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates.  Article bodies are lists of paragraph strings; a paragraph
# may start with a marker:
#   "## "  -> sub-heading            "> "  -> pull quote / blockquote
#   "!fig caption|credit"            -> inline photo with caption and credit
#   "!ad"                            -> an in-article advertisement slot
#   "!box title|text"                -> a fact box
# Everything else is a plain paragraph (escaped).
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _body(paras: list[str], img_base: str = "/img/") -> str:
    out: list[str] = []
    n = 0
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f'<blockquote class="pullquote"><p>{_e(p[2:])}</p></blockquote>')
        elif p.startswith("!fig "):
            n += 1
            cap, credit = p[5:].split("|", 1)
            out.append(
                f'<figure class="inline-photo"><img src="{img_base}inline-{n}.jpg" alt="" loading="lazy" width="800" height="533">'
                f'<figcaption><span class="caption">{_e(cap)}</span> <span class="credit">{_e(credit)}</span></figcaption></figure>')
        elif p == "!ad":
            out.append('<aside class="ad-slot ad-inarticle"><span class="ad-label">Advertisement</span>'
                       '<div class="ad-container" data-ad-unit="inarticle" style="min-height:250px"></div></aside>')
        elif p.startswith("!box "):
            title, text = p[5:].split("|", 1)
            out.append(f'<aside class="factbox"><h3>{_e(title)}</h3><p>{_e(text)}</p></aside>')
        else:
            out.append(f"<p>{_e(p)}</p>")
    return "\n".join(out)


def _links(items: list[str], cls: str = "related") -> str:
    lis = "\n".join(f'<li><a href="/news/{i:04d}">{_e(t)}</a></li>' for i, t in enumerate(items, 1101))
    return f'<ul class="{cls}">\n{lis}\n</ul>'


def _jsonld(headline: str, published: str | None, modified: str | None, author: str,
            publisher: str, section: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": headline, "articleSection": section,
                            "author": [{"@type": "Person", "name": a.strip()} for a in author.split(" and ")],
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


_COOKIE = ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
           '<p>We use cookies and similar technologies to personalise content and ads, to provide social media '
           'features and to analyse our traffic. You can change your choices at any time in Privacy settings.</p>'
           '<button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button> '
           '<a href="/privacy">Manage preferences</a></div>')

_SHARE = ('<div class="share-tools" aria-label="Share this article"><span>Share</span>'
          '<a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a> '
          '<a class="share-wa" href="#">WhatsApp</a> <a class="share-li" href="#">LinkedIn</a> '
          '<a class="share-mail" href="#">Email</a> <button class="copy-link">Copy link</button></div>')


def _wire(*, site: str, host: str, section: str, headline: str, summary: str, byline: str,
          dateline: str, published: str, modified: str | None, shown: str, body: list[str],
          credit: str, related: list[str], tags: list[str]) -> str:
    """Wire-agency template: full meta, JSON-LD, dateline, terse boilerplate."""
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{_e(s)}</a></li>'
                  for s in ["World", "Americas", "Business", "Markets", "Politics", "Science", "Sports", "Graphics"])
    body_html = _body(body)
    first, *rest = body_html.split("\n", 1) if body_html else ("", "")
    # Dateline goes in front of the first paragraph.
    first = first.replace("<p>", f'<p><span class="dateline">{_e(dateline)} &mdash; </span>', 1)
    mod_meta = f'<meta property="article:modified_time" content="{modified}">\n' if modified else ""
    tag_html = " ".join(f'<a class="tag" href="/tag/{_e(t.lower().replace(" ", "-"))}">{_e(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(summary)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(summary)}">
<meta property="article:published_time" content="{published}">
{mod_meta}<meta property="article:section" content="{_e(section)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://{host}/">
{_jsonld(headline, published, modified, byline, site, section)}
<link rel="stylesheet" href="/static/wire.css">
</head>
<body class="wire article">
{_COOKIE}
<header class="site-header"><a class="logo" href="/">{_e(site)}</a>
<nav class="primary"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
<a class="signin" href="/account">Sign in</a></header>
<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="top" style="min-height:90px"></div></div>
<main>
<article>
<p class="kicker"><a href="/{_e(section.lower())}">{_e(section)}</a></p>
<h1>{_e(headline)}</h1>
<div class="byline">By <span class="author">{_e(byline)}</span></div>
<div class="timestamp"><time datetime="{published}">{_e(shown)}</time></div>
{_SHARE}
<div class="article-body">
{first}
{rest[0] if rest else ""}
</div>
<p class="credit-line">{_e(credit)}</p>
<p class="trust">Our Standards: The {_e(site)} Trust Principles.</p>
<div class="tags">{tag_html}</div>
</article>
<aside class="rail"><h2>Read next</h2>
{_links(related)}
<div class="ad-slot ad-rail"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="rail" style="min-height:600px"></div></div>
</aside>
</main>
<footer class="site-footer"><nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_e(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def _paper(*, site: str, host: str, section: str, headline: str, standfirst: str, byline: str,
           published: str | None, modified: str | None, shown: str, hero: tuple[str, str],
           body: list[str], related: list[str], most_read: list[str], newsletter: str,
           jsonld: bool = True, comments: int | None = None) -> str:
    """Newspaper template: hero photo, standfirst, newsletter box, most-read list."""
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{_e(s)}</a></li>'
                  for s in ["Home", "News", "Politics", "Economy", "World", "Opinion", "Culture", "Sport", "Lifestyle"])
    meta = ""
    if published:
        meta += f'<meta property="article:published_time" content="{published}">\n'
    if modified:
        meta += f'<meta property="article:modified_time" content="{modified}">\n'
    ld = _jsonld(headline, published, modified, byline, site, section) if jsonld else ""
    com = f'<a class="comments-link" href="#comments">{comments} comments</a>' if comments is not None else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_e(standfirst)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:description" content="{_e(standfirst)}">
<meta property="og:image" content="https://{host}/img/hero.jpg">
<meta property="og:site_name" content="{_e(site)}">
{meta}<meta name="author" content="{_e(byline)}">
{ld}
<link rel="stylesheet" href="/assets/paper.css">
<script async src="/assets/ads.js"></script>
</head>
<body class="newspaper single-article">
{_COOKIE}
<div class="topbar"><span class="edition">International edition</span> <a href="/subscribe" class="btn-subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="/" class="logo">{_e(site)}</a>
<nav class="sections"><ul>{nav}</ul></nav></header>
<div class="ad-slot ad-billboard"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="billboard" style="min-height:250px"></div></div>
<main class="content">
<article class="story">
<p class="section-label">{_e(section)}</p>
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<figure class="hero"><img src="/img/hero.jpg" alt="" width="1200" height="800">
<figcaption>{_e(hero[0])} <span class="photo-credit">{_e(hero[1])}</span></figcaption></figure>
<div class="meta"><span class="byline">{_e(byline)}</span> <span class="date">{_e(shown)}</span> {com}</div>
{_SHARE}
<div class="story-body">
{_body(body)}
</div>
<aside class="newsletter-box"><h3>Sign up for our newsletter</h3><p>{_e(newsletter)}</p>
<form action="/newsletters/signup"><input type="email" placeholder="Your email address"><button>Sign up</button></form>
<p class="small">By signing up you agree to our Terms and Privacy Policy. You can unsubscribe at any time.</p></aside>
{_SHARE}
<section class="more-on-story"><h2>More on this story</h2>
{_links(related)}
</section>
</article>
<aside class="sidebar">
<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="mpu" style="min-height:250px"></div></div>
<section class="most-read"><h2>Most read</h2>
{_links(most_read, "most-read-list")}
</section>
<div class="ad-slot ad-halfpage"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="halfpage" style="min-height:600px"></div></div>
</aside>
</main>
<footer class="site-footer"><p><a href="/contact">Contact us</a> | <a href="/complaints">Complaints and corrections</a> | <a href="/terms">Terms and conditions</a> | <a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie policy</a> | <a href="/jobs">Work for us</a></p>
<p>&copy; 2026 {_e(site)}. All rights reserved. Registered office details available on request.</p></footer>
</body>
</html>
"""


def _broadcast(*, site: str, host: str, headline: str, video: tuple[str, str], shown: str,
               byline: str | None, body: list[str], top_stories: list[str], schedule: str) -> str:
    """Broadcaster template: no date meta; video player; visible date only (or none)."""
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{_e(s)}</a></li>'
                  for s in ["Live TV", "News", "Region", "Business", "Weather", "Sport", "Shows", "Podcasts"])
    by = f'<p class="reporter">{_e(byline)}</p>' if byline else ""
    date = f'<p class="date-shown">{_e(shown)}</p>' if shown else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:type" content="video.other">
<meta property="og:site_name" content="{_e(site)}">
<link rel="stylesheet" href="/css/tv.css">
<script src="/js/player.min.js" defer></script>
</head>
<body class="broadcaster story-page">
{_COOKIE}
<header class="tv-header"><a class="logo" href="/">{_e(site)}</a>
<a class="live-badge" href="/live">&#9679; LIVE</a>
<nav><ul>{nav}</ul></nav></header>
<div class="ticker" aria-hidden="true"><span>{_e(schedule)}</span></div>
<main>
<div class="video-player" data-src="/video/clip.m3u8"><div class="poster"></div>
<p class="video-title">WATCH: {_e(video[0])}</p><span class="duration">{_e(video[1])}</span></div>
<article>
<h1>{_e(headline)}</h1>
{by}{date}
{_SHARE}
<div class="text">
{_body(body)}
</div>
</article>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-container" data-ad-unit="story-bottom" style="min-height:250px"></div></div>
<section class="top-stories"><h2>Top stories</h2>
{_links(top_stories, "top")}
</section>
</main>
<footer><p>Download our app | Contact the newsroom | Regulatory information | Closed captioning | &copy; {_e(site)} 2026</p></footer>
</body>
</html>
"""


def _newsletter(*, site: str, host: str, issue: str, headline: str, shown: str, author: str,
                in_this_issue: list[str], body: list[str], sponsor: str, footer_note: str) -> str:
    """Trade-newsletter template: no machine-readable date; issue number and visible date."""
    toc = "".join(f"<li>{_e(t)}</li>" for t in in_this_issue)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noarchive">
<link rel="stylesheet" href="/newsletter.css">
</head>
<body class="newsletter-issue">
{_COOKIE}
<header><a href="/" class="brand">{_e(site)}</a>
<nav><a href="/issues">Archive</a> <a href="/data">Data desk</a> <a href="/events">Events</a> <a href="/subscribe">Subscribe</a> <a href="/login">Subscriber login</a></nav></header>
<div class="issue-meta"><span class="issue">{_e(issue)}</span> &middot; <span class="issue-date">{_e(shown)}</span></div>
<section class="toc"><h2>In this issue</h2><ol>{toc}</ol></section>
<div class="sponsor"><span class="ad-label">Advertisement</span> &middot; <span>{_e(sponsor)}</span></div>
<main><article>
<h1>{_e(headline)}</h1>
<p class="author">{_e(author)}</p>
{_SHARE}
<div class="issue-body">
{_body(body)}
</div>
</article>
<aside class="paywall-note"><p>You are reading a free issue. Subscribers get the full data tables, the weekly chartbook and our archive.</p><a class="btn" href="/subscribe">Start a 14-day trial</a></aside>
</main>
<footer><p>{_e(footer_note)}</p><p><a href="/unsubscribe">Unsubscribe</a> &middot; <a href="/preferences">Email preferences</a> &middot; <a href="/privacy">Privacy</a> &middot; &copy; 2026 {_e(site)}</p></footer>
</body>
</html>
"""


def _local(*, site: str, host: str, headline: str, shown: str | None, byline: str,
           weather: str, body: list[str], trending: list[str], address: str) -> str:
    """Local news site: simple page, sometimes no date at all, a weather widget."""
    date = f'<span class="post-date">{_e(shown)}</span>' if shown else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} &#8211; {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.8">
<link rel="stylesheet" href="/wp-content/themes/localnews/style.css">
</head>
<body class="post-template-default single single-post">
{_COOKIE}
<div class="top-strip"><span class="weather-widget">{_e(weather)}</span> <a href="/advertise">Advertise with us</a> <a href="/tips">Send us a tip</a></div>
<header class="site-header"><h1 class="site-title"><a href="/">{_e(site)}</a></h1>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/region">Region</a></li><li><a href="/community">Community</a></li><li><a href="/sports">Sports</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/classifieds">Classifieds</a></li></ul></nav></header>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-container" style="min-height:90px"></div></div>
<div id="content" class="site-content"><main id="main">
<article class="post">
<header class="entry-header"><h2 class="entry-title">{_e(headline)}</h2>
<div class="entry-meta"><span class="byline">{_e(byline)}</span> {date}</div></header>
{_SHARE}
<div class="entry-content">
{_body(body)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in Local, Region</span></footer>
</article>
<section class="comments-area"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></section>
</main>
<aside class="widget-area"><section class="widget"><h3 class="widget-title">Trending</h3>
{_links(trending, "trending")}
</section>
<section class="widget"><h3 class="widget-title">Newsletter</h3><p>Get the day's local headlines in your inbox every evening.</p><input type="email" placeholder="Email"><button>Subscribe</button></section>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-container" style="min-height:250px"></div></div></aside>
</div>
<footer class="site-footer"><p>{_e(address)}</p><p>&copy; 2026 {_e(site)} &middot; Proudly independent local journalism</p></footer>
</body>
</html>
"""


def _live(*, site: str, host: str, headline: str, published: str, modified: str,
          key_points: list[str], entries: list[tuple[str, str, list[str]]], related: list[str]) -> str:
    """Live-blog template: entries newest first, each with its own time label."""
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    ents = []
    for i, (when, title, paras) in enumerate(entries):
        ents.append(f'<div class="live-entry" id="entry-{len(entries) - i}"><p class="entry-time">{_e(when)}</p>'
                    f'<h3>{_e(title)}</h3>\n{_body(paras)}\n'
                    f'<div class="entry-share"><a href="#entry-{len(entries) - i}">Link to this post</a></div></div>')
    ents_html = "\n".join(ents)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:site_name" content="{_e(site)}">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline, "coverageStartTime": published, "dateModified": modified, "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/live.css">
</head>
<body class="liveblog">
{_COOKIE}
<header class="site-header"><a class="logo" href="/">{_e(site)}</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/live">Live</a> <a href="/video">Video</a> <a href="/newsletters">Newsletters</a></nav></header>
<main>
<div class="live-label"><span class="pulse"></span> LIVE UPDATES</div>
<h1>{_e(headline)}</h1>
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
{_SHARE}
<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-container" style="min-height:250px"></div></div>
<div class="live-feed">
{ents_html}
</div>
<section class="related"><h2>Related coverage</h2>
{_links(related)}
</section>
</main>
<footer><p>&copy; 2026 {_e(site)}. Times shown are local time in the newsroom unless stated.</p></footer>
</body>
</html>
"""


# ===========================================================================
# Story 1: cb-OA1 -- Dominican central bank cuts its policy rate (CONTROL).
# ===========================================================================

_S1_A = _wire(
    site="Antilles Press Agency", host="www.antillespress.example", section="Business",
    headline="Dominican central bank cuts rate to 5.50%, frees reserve funds for credit",
    summary="The Central Bank of the Dominican Republic lowered its monetary policy rate by 25 basis points to 5.50% on Thursday and released RD$25 billion in reserve requirements.",
    byline="Camila Ortega Nouel", dateline="SANTO DOMINGO, April 30 (APA)",
    published="2026-04-30T14:22:00Z", modified="2026-04-30T15:40:00Z",
    shown="April 30, 2026 10:22 AM AST. Updated 11:40 AM AST",
    body=[
        "The Central Bank of the Dominican Republic (BCRD) cut its benchmark monetary policy rate by 25 basis points to 5.50% on Thursday, its first reduction since December, citing easing inflation and a slowdown in lending to households and small firms.",
        "The bank also lowered the rate on its overnight expansion facility to 6.00% from 6.25% and the rate on its overnight deposit facility to 5.00% from 5.25%, keeping the corridor around the policy rate at 50 basis points on each side, according to a statement released at 10 a.m. local time (1400 GMT).",
        "In addition, the monetary authority said it would free up RD$25 billion, or about $396 million, of banks' legal reserve requirements, to be channelled into loans for housing, manufacturing, agriculture and micro, small and medium-sized businesses.",
        "Nine of 12 economists polled by APA last week had forecast a quarter-point cut; the other three expected the rate to stay at 5.75%, where the bank left it at its March 26 meeting.",
        "!ad",
        "Year-on-year consumer price inflation slowed to 3.41% in March, inside the bank's target range of 4% plus or minus one percentage point, while core inflation stood at 3.90%, the statement said.",
        "\"There is room to keep supporting economic activity without compromising the inflation target,\" Governor Marisol Ureña Catalán told reporters at a press conference in Santo Domingo later in the morning. \"We are not on autopilot. Each decision will depend on the data.\"",
        "Ureña said the monthly indicator of economic activity (IMAE) showed growth of 2.3% in the first quarter compared with the same period of 2025, below the economy's potential, and that the bank still projected growth of around 4% for 2026 as a whole.",
        "Private-sector credit in local currency grew 8.7% year-on-year in March, down from double-digit rates a year earlier, the bank said.",
        "Deputy Governor Rafael Espaillat Mejía, who oversees the bank's financial operations, said the released funds would be available from May 11 and would carry interest rates no higher than 9% for borrowers for a period of up to four years.",
        "Luis Alberto Peña, chief economist at Santo Domingo consultancy Analítica Insular, said the cut itself had been widely anticipated. \"The cut was expected; the surprise is the size of the liquidity package,\" he said.",
        "Other analysts said the reserve release, rather than the rate cut, was likely to have the bigger short-term impact on credit, since banks already have ample liquidity but face weak demand for loans.",
        "The Dominican peso was little changed after the announcement, trading at 63.21 per dollar in the early afternoon, against 63.05 at Wednesday's close.",
        "The bank's December decision had lowered the rate by 50 basis points, from 6.25% to 5.75%. Its next monetary policy announcement is scheduled for May 28.",
        "Elsewhere in the region, Guatemala's central bank held its benchmark rate at 3.50% on Monday, while Costa Rica's next decision is due in June.",
    ],
    credit="Reporting by Camila Ortega Nouel; Additional reporting by Julio Féliz; Editing by Andrea Lister",
    related=["Dominican central bank holds rate at 5.75% as oil prices jump (March 26)",
             "Dominican Republic tourist arrivals hit first-quarter record",
             "Caribbean bond issuance slows as yields climb",
             "Guatemala's central bank keeps rate unchanged"],
    tags=["Dominican Republic", "Central banks", "Interest rates", "Caribbean"],
)

_S1_B = _paper(
    site="Hispaniola Tribune", host="www.hispaniolatribune.example", section="Economy",
    headline="Central bank trims rate a quarter point and opens credit tap",
    standfirst="Governor Marisol Ureña says there is room to support a sluggish economy; lenders get RD$25,000 million in released reserves.",
    byline="By Yolanda Cabral Jiménez", published="2026-05-01T06:00:00-04:00", modified=None,
    shown="Friday, May 1, 2026",
    hero=("Governor Marisol Ureña Catalán at Thursday's press conference at the central bank headquarters on Avenida Pedro Henríquez Ureña, Santo Domingo.",
          "Photo: Tribune / Pedro Almánzar"),
    body=[
        "The Central Bank of the Dominican Republic lowered its monetary policy rate by a quarter of a percentage point on Thursday, to 5.5 per cent, and said it would release RD$25,000 million from banks' reserve requirements so that they can lend more to businesses and families.",
        "The monetary policy committee met on Wednesday afternoon; the decision was published at 10 o'clock the following morning, in line with the calendar the bank announced in January.",
        "It is the first cut since December, when the bank lowered the rate by half a point, to 5.75 per cent. At its March meeting it kept the rate unchanged.",
        "In its statement, the bank said the measures took into account \"the moderation of inflation, the lower dynamism of credit and a complex international environment\".",
        "The central bank chief, Marisol Ureña Catalán, said inflation was under control. In March, prices were up about 3.4 per cent on a year earlier, within the target of 4 per cent, plus or minus one point.",
        "\"There is space to continue accompanying economic activity without putting the inflation goal at risk,\" Ureña said at a press conference, speaking in Spanish. She added that the bank would not act \"on autopilot\" and that each decision would depend on the data.",
        "!ad",
        "## What changes for borrowers",
        "Commercial banks will be able to draw on the released reserves from May 11. The vice-governor in charge of operations, Rafael Espaillat Mejía, said the loans would be capped at an interest rate of 9 per cent and would run for up to four years.",
        "\"The released funds must reach small businesses, not sit in bank vaults,\" Espaillat said. Banks will have to report monthly on how the money is used, he added.",
        "The package is worth nearly 400 million dollars at the current exchange rate. The Dominican Association of Multiple Banks said in a statement that its members were \"ready to channel the resources quickly\".",
        "The rates of the two overnight windows, which frame the policy rate, were also cut by 25 basis points, to 6 per cent for the expansion facility and 5 per cent for deposits.",
        "!fig Shoppers at a market in Villa Consuelo, Santo Domingo. Food prices rose more slowly in the first quarter.|Photo: Tribune archive",
        "## A slower economy",
        "The economy grew 2.3 per cent in the first three months of the year, according to the central bank's monthly activity indicator, after expanding about 3 per cent in 2025. The bank expects growth of around 4 per cent for the whole of this year, a forecast some private economists consider optimistic.",
        "The president of the National Council of Private Enterprise (Conep), Ana Virginia Lluberes, welcomed the cut, but said on Thursday that a further reduction \"of at least half a point\" was needed to revive construction. The central bank did not commit to further cuts.",
        "The next rate announcement is on Thursday, May 28.",
    ],
    related=["Editorial: Cheaper money is welcome, but it is not a growth plan",
             "Remittances rise 6.8% in first quarter",
             "Construction sector asks for housing credit line",
             "March: central bank keeps rate at 5.75%"],
    most_read=["Santo Domingo metro line 2C opens new stations", "Baseball: Licey sign veteran pitcher",
               "Power cuts hit three provinces", "Fuel prices frozen for another week"],
    newsletter="The day's most important news from Santo Domingo and the region, before 7 a.m.",
    comments=41,
)

_S1_C = _broadcast(
    site="Telecaribe Noticias", host="www.telecaribenoticias.example",
    headline="Central bank lowers interest rate to 5.5% and releases funds for loans",
    video=("Governor Ureña explains the rate cut", "3:12"),
    shown="Thursday 30 April 2026",
    byline="Report: Héctor Manuel Paulino",
    body=[
        "The Central Bank of the Dominican Republic announced shortly after 10 this morning that it is lowering its monetary policy rate from 5.75% to 5.50%, a reduction of 0.25 percentage points intended to make credit cheaper.",
        "The bank also said it will free RD$25 billion that commercial banks are normally required to keep in reserve, so the money can be lent to the productive sectors: housing, industry, agriculture and small businesses.",
        "Speaking to journalists at the bank's headquarters, Governor Marisol Ureña said the country had room to keep supporting the economy without endangering the inflation target. She said inflation, which stood at 3.41% in March, was behaving well.",
        "Ureña said the next steps were not decided in advance. \"We are not on autopilot,\" she said.",
        "The governor explained that inflation had come down partly thanks to lower fuel prices and a stable exchange rate, and that the bank's projections show it staying inside the target range of between 3% and 5% for the rest of the year.",
        "The central bank also cut the rates of its two overnight windows by the same 25 basis points: to 6.00% for short-term loans to banks and to 5.00% for deposits.",
        "!ad",
        "Vice-governor Rafael Espaillat told Telecaribe that the funds would be available to banks from Monday, May 11, and that lending rates on those loans could not go above 9%.",
        "\"The released funds must reach small businesses, not sit in bank vaults,\" Espaillat said.",
        "Small business owners interviewed by our team in Santiago de los Caballeros said they hoped banks would pass on the cut quickly. Miguelina Rosario, who runs a furniture workshop in the Cienfuegos neighbourhood, said she pays 16% on a loan she took out in 2024. \"If they lower that even two points, it makes a difference,\" she said.",
        "The central bank said economic activity grew 2.3% in the first quarter, and that it expects growth of around 4% this year.",
        "The business association Conep welcomed the decision, although its president, Ana Virginia Lluberes, said the country needed a bigger cut to revive construction.",
        "What does this mean for you? The monetary policy rate is the reference banks use to set the interest they charge on loans and pay on deposits. Economists say banks usually take several weeks, sometimes months, to pass a cut on to their customers, and that the effect on credit-card rates tends to be small.",
        "The peso barely moved after the announcement.",
        "This is the first rate cut since December of last year. The bank will announce its next decision on May 28.",
        "Most analysts had expected the cut. Some economists said the release of reserve funds would have a faster effect on lending than the lower rate.",
        "!fig Furniture maker Miguelina Rosario in her workshop in Santiago.|Telecaribe Noticias",
    ],
    top_stories=["Traffic: Las Américas highway lane closures this weekend",
                 "Weather: tropical wave to bring rain to the east on Saturday",
                 "Teachers' union announces 48-hour strike", "Fuel prices unchanged for another week"],
    schedule="Noticias Telecaribe: 6 a.m. | 1 p.m. | 8 p.m. | 11 p.m.",
)

_S1_D = _newsletter(
    site="Caribbean Rates Monitor", host="www.caribratesmonitor.example",
    issue="Issue 318", headline="BCRD: 25bp cut plus a reserve release, and the door stays open",
    shown="Monday, May 4, 2026", author="By the CRM desk (María Fernanda Tejada)",
    in_this_issue=["BCRD cuts to 5.50%", "Jamaica: inflation back inside target",
                   "Trinidad and Tobago: T-bill auction results", "Calendar: the week ahead"],
    body=[
        "## Dominican Republic",
        "The BCRD delivered last Thursday the 25bp cut that most of the market had priced, taking the monetary policy rate (TPM) to 5.50%. The decision, published at 10:00 AST (14:00 UTC), also moved both overnight windows down by 25bp: the permanent expansion facility to 6.00% and the remunerated deposit facility to 5.00%.",
        "More interesting than the cut was the RD$25bn (c. US$0.4bn) release of legal reserve requirements, earmarked for productive sectors at a maximum rate of 9% and terms of up to four years. For comparison, the liquidity facilities deployed in 2020 were about RD$215bn in total, so this is a targeted measure, not a return to pandemic-style support.",
        "Governor Ureña Catalán's message was that the bank still has \"room to keep supporting\" activity, but she refused to pre-commit: each decision will be data-dependent. We read that as an easing bias, not a cycle.",
        "!box Key numbers|TPM 5.50% (from 5.75%). Expansion facility 6.00%. Deposit facility 5.00%. Headline CPI March 3.41% y/y. Core 3.90% y/y. IMAE Q1 +2.3% y/y. Private credit (DOP) March +8.7% y/y. Next decision: May 28.",
        "Headline CPI slowed to 3.41% y/y in March, in the lower half of the 4% +/- 1pp target range, helped by lower fuel costs. Core inflation of 3.90% is closer to the midpoint, which is why we do not expect a rapid series of cuts.",
        "Activity is the bank's real concern. The IMAE grew 2.3% y/y in Q1, well below the 5% average of the decade before the pandemic. The BCRD still projects around 4% for 2026; our own forecast is 3.4%.",
        "The external side is not a constraint on easing: remittances rose 6.8% y/y in Q1 to US$3.21bn, and tourist arrivals set a first-quarter record.",
        "\"The cut was expected; the surprise is the size of the liquidity package,\" Luis Alberto Peña of Analítica Insular told us. Others were less impressed: one treasury head at a large local bank, who asked not to be named, said demand for credit, not its price, was the constraint.",
        "!ad",
        "Market reaction was muted. The peso ended Thursday at 63.19 per dollar and the 2032 peso-denominated government bond yield fell 8bp over the session. The three-month interbank rate was 6.10% on Friday.",
        "Our view: we pencil in one more 25bp cut in the second half, taking the TPM to 5.25% by December, with risks skewed towards a hold if oil prices rise again. We forecast headline inflation of 3.8% at year-end.",
        "For context, the previous easing cycle, which began in 2024 and ended with December's 50bp cut, took the TPM from 7.00% to 5.75%. Thursday's move resumes cutting after a single hold in March.",
        "## Jamaica",
        "Annual inflation returned to the Bank of Jamaica's 4-6% target range in March, at 4.6%, according to the statistics institute. The BoJ held its policy rate at 5.75% at its last meeting and meets again on May 20.",
    ],
    sponsor="Sponsored by Bahía Capital Markets: fixed-income research for the Caribbean",
    footer_note="Caribbean Rates Monitor is published every Monday. Figures are from official sources unless stated; forecasts are the desk's own.",
)

STORY_1 = _story("cb-OA1", "central bank", "2026-05-04", [
    _page("https://www.antillespress.example/business/dominican-central-bank-cuts-rate-2026-04-30/", _S1_A),
    _page("https://www.hispaniolatribune.example/economy/2026/05/01/central-bank-trims-rate-quarter-point/", _S1_B),
    _page("https://www.telecaribenoticias.example/news/economy/central-bank-lowers-rate-5-5", _S1_C),
    _page("https://www.caribratesmonitor.example/issues/318", _S1_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# Story 2: el-OA2 -- Asunción mayoral election (planted: concession time,
# winner's age).
# ===========================================================================

_S2_A = _wire(
    site="Cono Sur Press", host="www.conosurpress.example", section="Americas",
    headline="Opposition architect Benítez wins Asunción mayoral race, ending Colorado hold on capital",
    summary="Lucía Benítez Ocampo of the Frente Asunción Primero coalition won Sunday's election for mayor of Paraguay's capital, preliminary results showed.",
    byline="Diego Aquino Rolón", dateline="ASUNCION, Oct 4 (CSP)",
    published="2026-10-05T02:05:00Z", modified="2026-10-05T05:30:00Z",
    shown="October 5, 2026 2:05 AM UTC. Updated 5:30 AM UTC",
    body=[
        "Opposition candidate Lucía Benítez Ocampo won the race for mayor of Asunción on Sunday, defeating the ruling Colorado Party's candidate in the Paraguayan capital, according to preliminary results released by the electoral authority.",
        "With 100% of polling-station tally sheets transmitted through the Preliminary Electoral Results Transmission system (TREP), Benítez, a 44-year-old architect running for the Frente Asunción Primero coalition, had 47.2% of valid votes, against 40.9% for former senator Ramón Giménez Acosta of the National Republican Association (ANR), as the Colorado Party is formally known.",
        "Independent Óscar Villalba Rojas was third with 8.6%. Turnout was 58.6% of the capital's 512,870 registered voters, up from about 52% in the previous municipal election in 2021.",
        "Giménez, 61, had led several polls earlier in the campaign, but the last survey published before the legal blackout on polls, by Datum Paraguay, showed a statistical tie.",
        "The Frente Asunción Primero brings together the local branch of the Authentic Radical Liberal Party, several centre-left groups and neighbourhood movements that grew out of protests over flooding.",
        "Giménez conceded at 10:40 p.m. local time (0140 GMT Monday) in a brief speech at the party's headquarters in downtown Asunción.",
        "\"I called Lucía Benítez to congratulate her. The people have spoken and we respect it,\" Giménez told supporters, some of whom were in tears.",
        "!ad",
        "Benítez, a two-term city councillor who built her campaign around flooding, public transport and an audit of the city's finances, addressed a crowd of several thousand in Plaza Uruguaya shortly afterwards.",
        "\"Asunción decided to change, and today the work begins,\" she said, promising to publish the municipality's debts \"line by line\" within her first 100 days.",
        "The result is a setback for the Colorado Party, which has governed Paraguay for most of the past seven decades and which remained dominant elsewhere on Sunday. ANR candidates were ahead in roughly two-thirds of the country's more than 260 municipalities, according to the partial TREP figures.",
        "The head of the Superior Court of Electoral Justice (TSJE), Amado Ferreira Báez, cautioned that the TREP figures were provisional. \"The TREP is preliminary; the only valid result is the official count,\" he said at a news conference on Sunday evening. The official count of the tally sheets starts on Tuesday.",
        "Polls were open from 7 a.m. to 4 p.m. Voting is compulsory in Paraguay, but fines for abstention are rarely enforced.",
        "Analysts said Benítez benefited from frustration over repeated flooding in low-lying neighbourhoods and from a split in the Colorado vote after a bitter primary in December. \"This was a vote about potholes and drains more than about ideology,\" said political scientist Verónica Insfrán of the Catholic University in Asunción.",
        "In raw numbers, Benítez received 133,207 votes and Giménez 115,418, a margin of 17,789 votes, according to the complete TREP data published early on Monday.",
    ],
    credit="Reporting by Diego Aquino Rolón; Editing by Mariana Soto",
    related=["Paraguay holds municipal elections in 263 districts",
             "Colorado Party primary: Giménez wins Asunción nomination by 1,900 votes",
             "Paraguay's economy grew 4.1% in first half, central bank says",
             "Asunción floods: two dead after record March rainfall"],
    tags=["Paraguay", "Elections", "Asunción", "Latin America"],
)

_S2_B = _paper(
    site="Asunción Herald", host="www.asuncionherald.example", section="Politics",
    headline="Benítez takes the capital: the night the Colorados lost Asunción",
    standfirst="The opposition coalition's candidate won by more than six points. Giménez conceded before midnight; the official count begins tomorrow.",
    byline="By Graciela Duarte and Fabián Ortiz", published="2026-10-05T07:30:00-03:00",
    modified="2026-10-05T09:10:00-03:00", shown="Monday 5 October 2026, 07:30",
    hero=("Mayor-elect Lucía Benítez Ocampo with supporters in Plaza Uruguaya on Sunday night.",
          "Photo: Herald / Jorge Benegas"),
    body=[
        "Lucía Benítez Ocampo will be the next mayor of Asunción. The 44-year-old architect and city councillor, candidate of the Frente Asunción Primero, won yesterday's municipal election with 47.2 per cent of the valid votes, according to the preliminary TREP count, which reached all of the capital's tally sheets shortly after 1 a.m. today.",
        "The Colorado candidate, Ramón Giménez Acosta, obtained 40.9 per cent. The gap, 6.3 percentage points, was wider than any of the published polls had suggested; the last survey before the pre-election blackout, by the firm Datum Paraguay, had shown a technical tie.",
        "Giménez accepted his defeat at 11:40 p.m. at the ANR's building on 25 de Mayo street. \"I have called Mrs Benítez to congratulate her; the citizens have spoken, and we respect that,\" he said, flanked by party leaders.",
        "Benítez spoke to supporters in Plaza Uruguaya, where a stage had been set up in the afternoon. \"Asunción chose change. Today the work starts,\" she said, in a speech of about fifteen minutes that was interrupted repeatedly by chants.",
        "!ad",
        "## Turnout up",
        "Just under 59 per cent of the 512,870 people registered to vote in the capital cast a ballot, according to the Superior Court of Electoral Justice, several points more than in 2021. Five years ago the Colorado candidate carried the city with 50.7 per cent.",
        "The third candidate, independent Óscar Villalba Rojas, won 8.6 per cent. His Movimiento Vecinal is set to enter the city council for the first time.",
        "According to preliminary seat projections for the 24-member Junta Municipal, the ANR would have 10 councillors, the Frente Asunción Primero 9, Villalba's movement 3 and other lists 2. Benítez will therefore need allies to pass the budget.",
        "!fig Tally sheets being counted at the Colegio Nacional de la Capital polling station.|Photo: Herald / Lorena Vera",
        "## What comes next",
        "The TSJE's president, Amado Ferreira Báez, reminded voters that the TREP results are provisional. The official count, known as the juzgamiento de actas, begins on Tuesday and is expected to take several days.",
        "Benítez has promised an audit of the city's debts, a drainage plan for the neighbourhoods that flood every rainy season, and a new contract for the city's bus routes. Her team said the audit would be published within 100 days of taking office.",
        "Benítez was born in the Tacumbú neighbourhood and studied architecture at the National University of Asunción. She served two terms on the city council, where she chaired the public works committee.",
        "In the rest of the country, the governing party retained most of the municipalities, including the large cities of the Central department, according to partial results.",
        "Each campaign was allowed to spend up to 2.3 billion guaraníes, about 290,000 dollars, under the spending ceiling set by the TSJE in July.",
    ],
    related=["Analysis: why the capital turned its back on the ANR",
             "Full results: Asunción, neighbourhood by neighbourhood",
             "Luque and San Lorenzo stay Colorado",
             "Profile: who is Lucía Benítez?"],
    most_read=["Cerro Porteño beat Libertad 2-1 in the derby", "Price of beef rises for third month",
               "Heat alert for the Chaco on Wednesday", "New bridge to Clorinda opens to traffic"],
    newsletter="Paraguay's political news in three minutes, every weekday morning.",
    comments=208,
)

_S2_C = _local(
    site="Recoleta al Día", host="www.recoletaaldia.example",
    headline="Recoleta and Sajonia carried Benítez; the Bañados stayed loyal to Giménez",
    shown="Monday, October 5, 2026 - 4:15 pm", byline="By Natalia Cáceres",
    weather="Asunción 31°C, partly cloudy",
    body=[
        "The neighbourhood-by-neighbourhood figures published by the electoral court on Monday show how Lucía Benítez Ocampo won Sunday's election for mayor of Asunción: by piling up votes in the central and northern neighbourhoods, and by cutting into the Colorado vote in places the party had long taken for granted.",
        "Benítez, 49, finished with 47.2% of the valid votes citywide, according to the complete preliminary count (TREP). Ramón Giménez Acosta of the ANR took 40.9% and independent Óscar Villalba Rojas 8.6%. Turnout was 58.6%.",
        "In Recoleta, our own neighbourhood, the architect and city councillor won more than 60% of the votes at the three main polling stations, the Colegio San José, the Escuela República de Colombia and the Villa Morra shopping centre annex.",
        "In Sajonia, where flooding on Avenida Carlos Antonio López has become a symbol of the city's problems, she also won comfortably. \"Every year the water comes into my shop. I voted for the one who promised drains,\" said Carmen Ayala, who runs a hardware store a block from the avenue.",
        "!ad",
        "The picture was very different in the Bañado Sur and Bañado Norte, the riverside settlements where the Colorado Party's local organisation remains strong. Giménez won most polling stations there, in some cases with more than 55% of the vote.",
        "Villalba, a businessman who ran as an independent, did best in Villa Morra and Las Carmelitas, where he won around 15% of the votes.",
        "Voting in the neighbourhood was calm. At the Colegio San José, electoral officials replaced two voting machines that failed in the morning, and some voters queued for up to 40 minutes.",
        "## The concession",
        "Giménez conceded at 10:40 p.m. on Sunday, at the Colorado Party's headquarters downtown. He said he had called Benítez to congratulate her and that the party respected the people's decision.",
        "Benítez then told supporters in Plaza Uruguaya that the city had chosen change and that the work would start immediately. Among those present were several residents' committee leaders from Recoleta who had campaigned for her.",
        "## What it means for the neighbourhood",
        "Benítez has promised a drainage plan for the areas that flood every rainy season and a review of the bus routes that cross the neighbourhood. The preliminary allocation of seats gives her coalition 9 of the 24 seats on the city council, against 10 for the ANR, so she will need support from Villalba's three councillors or others to approve new projects.",
        "Residents' committees in Recoleta said they would ask to meet the mayor-elect before the end of October to present their list of priorities, starting with the traffic lights at Mariscal López and San Martín, which have not worked properly since March.",
        "The official count of the tally sheets starts on Tuesday at the electoral court.",
    ],
    trending=["Recoleta: water cut on Wednesday for pipe repairs", "Villa Morra market moves to new site",
              "Neighbourhood football league final on Saturday", "New bus line 31 route confirmed"],
    address="Recoleta al Día, Avda. Mariscal López, Asunción, Paraguay. Independent neighbourhood news.",
)

_S2_D = _live(
    site="Noticias Paraguay 24", host="www.noticiaspy24.example",
    headline="Live: Asunción and Paraguay municipal elections 2026, results as they come in",
    published="2026-10-04T15:50:00-03:00", modified="2026-10-04T23:38:00-03:00",
    key_points=["Lucía Benítez Ocampo (Frente Asunción Primero) wins Asunción mayoral race",
                "TREP at 98.7%: Benítez 47.1%, Giménez (ANR) 41.0%, Villalba 8.6%",
                "Giménez conceded at 10:40 p.m.",
                "Turnout in the capital: 58.3% with 98.7% counted"],
    entries=[
        ("11:35 p.m.", "TREP update: 98.7% of tally sheets", [
            "With 98.7% of the capital's tally sheets transmitted, Benítez has 47.1% and Giménez 41.0%. Villalba is on 8.6%. Turnout is 58.3% so far.",
            "The TSJE says the remaining sheets, from two polling stations in the Bañado Norte, should be in within the next two hours.",
        ]),
        ("11:20 p.m.", "Benítez: 'the work begins today'", [
            "The mayor-elect has just taken the stage in Plaza Uruguaya. \"Asunción decided to change, and the work begins today,\" the 44-year-old architect told the crowd.",
            "She thanked the volunteers who watched the polling stations and promised to publish the city's debts \"line by line\".",
            "!fig Supporters of Lucía Benítez celebrate in Plaza Uruguaya.|Photo: NP24 / Rodrigo Arce",
        ]),
        ("10:44 p.m.", "Giménez concedes", [
            "Ramón Giménez Acosta has conceded. Speaking at the ANR headquarters at 10:40 p.m., he said: \"I called Lucía Benítez to congratulate her. The people have spoken and we respect it.\"",
            "Party president Hugo Valdez Ruiz, standing next to him, did not speak.",
        ]),
        ("9:30 p.m.", "Villalba: 'we will be a constructive opposition'", [
            "Independent Óscar Villalba Rojas, in third place, has told reporters his movement will be \"a constructive opposition\" on the city council. Seat allocations for the Junta Municipal are not expected from the TSJE until Tuesday.",
        ]),
        ("8:15 p.m.", "Benítez extends lead", [
            "With 81.5% of sheets in, Benítez has 46.5% against 41.6% for Giménez. The gap is now just under five points.",
            "!ad",
        ]),
        ("7:00 p.m.", "TREP: 64.2% counted", [
            "Benítez 45.9%, Giménez 42.3%, Villalba 8.7%. The ANR campaign says the Bañados, where it expects to do well, are among the last to report.",
        ]),
        ("6:10 p.m.", "Benítez camp: 'calm, and wait'", [
            "Benítez's campaign manager, Gustavo Sanabria, has asked supporters not to celebrate yet. \"The Bañados and the polling stations by the river are still to come. Calm, and wait,\" he told reporters outside the coalition's headquarters.",
            "The ANR campaign has not commented on the first figures.",
        ]),
        ("5:30 p.m.", "First TREP figures", [
            "The first preliminary results, with 22% of the capital's tally sheets transmitted, give Benítez 45.2% and Giménez 43.1%.",
        ]),
        ("4:45 p.m.", "Voting machines replaced", [
            "The TSJE says 38 of the more than 1,400 voting machines used in the capital had to be replaced during the day because of technical faults. None of the incidents affected the count, the tribunal said.",
        ]),
        ("4:00 p.m.", "Polls close", [
            "Polling stations across Paraguay have closed after nine hours of voting. TSJE president Amado Ferreira Báez said voting had been \"calm and orderly\" and reminded parties that the TREP is preliminary: \"the only valid result is the official count\".",
        ]),
        ("3:50 p.m.", "Welcome to our live coverage", [
            "Good afternoon and welcome to our live coverage of the 2026 municipal elections. About 512,870 voters are registered in Asunción, where the main race is between the opposition's Lucía Benítez Ocampo and the Colorado Party's Ramón Giménez Acosta.",
        ]),
    ],
    related=["Explainer: how the TREP works", "Who's who on the Asunción ballot",
             "Ciudad del Este: ANR candidate leads", "Photo gallery: election day in the capital"],
)

STORY_2 = _story("el-OA2", "election", "2026-10-06", [
    _page("https://www.conosurpress.example/americas/paraguay-asuncion-mayor-benitez-2026-10-05/", _S2_A),
    _page("https://www.asuncionherald.example/politics/2026/10/05/benitez-takes-the-capital/", _S2_B),
    _page("https://www.recoletaaldia.example/2026/10/05/recoleta-sajonia-carried-benitez/", _S2_C),
    _page("https://www.noticiaspy24.example/live/municipal-elections-2026-asuncion-results", _S2_D),
], [
    ("time Giménez conceded", r"\b10[:.]40\b|22[:.]40", r"\b11[:.]40\b|23[:.]40"),
    ("Benítez's age", r"(?<![\d.,])44(?![\d]|[.,]\d)|forty-four", r"(?<![\d.,])49(?![\d]|[.,]\d)|forty-nine"),
])


# ===========================================================================
# Story 3: ct-OA3 -- Inter-American Court rules against Peru over a tailings
# dam collapse (CONTROL).
# ===========================================================================

_S3_A = _wire(
    site="Andean News Service", host="www.andeannews.example", section="World",
    headline="Inter-American court orders Peru to pay $2.4 million over 2014 mine waste spill",
    summary="The Inter-American Court of Human Rights found Peru responsible for failing to prevent the collapse of a tailings dam that displaced 38 farming families in the Pasco region.",
    byline="Renato Salas Vílchez", dateline="LIMA, Aug 13 (ANS)",
    published="2026-08-13T18:10:00Z", modified=None,
    shown="Aug 13, 2026, 1:10 p.m. PET",
    body=[
        "The Inter-American Court of Human Rights has ordered Peru to pay a total of $2.4 million to 38 Andean farming families whose land and water were contaminated when a mine tailings dam collapsed in 2014, in a judgment made public on Thursday.",
        "The court, based in San José, Costa Rica, found that the Peruvian state knew for years that the dam above the community of Huaylluma, in the central Pasco region, was unstable and failed to act, and that it then left the families without an effective remedy.",
        "The seven judges unanimously found Peru responsible for violating the community's rights to property, to personal integrity and to judicial protection. By five votes to two, they also found a violation of the right to a healthy environment.",
        "The judgment is dated July 21 but was only notified to the parties and published on Thursday, at 11 a.m. Costa Rica time (noon in Lima).",
        "\"The State tolerated for years a risk that it knew about and that it had the means to prevent,\" the court wrote.",
        "!ad",
        "The collapse, on the night of June 17, 2014, sent about 190,000 cubic metres of mine waste into the Huaylluma river, covering pasture and potato fields along roughly 22 km (14 miles) of the valley. No one was killed, but 172 people from 38 families had to leave their homes. The mine's operator, Minera Andina Santa Clara, stopped production in 2016.",
        "The compensation includes $60,000 for each of the 38 families for material and non-material damage, plus $120,000 in costs and expenses for their lawyers. The families' representatives had asked for $11 million.",
        "The court also ordered Peru to clean up the river and the affected soils within three years, to provide free medical care to the victims, and to hold a public ceremony acknowledging its responsibility within six months. The compensation must be paid within one year.",
        "Peru must also publish the official summary of the judgment in the official gazette El Peruano and in a newspaper with wide circulation, and report to the court on compliance within one year.",
        "Rocío Huamán Taipe, a lawyer with the Centro Andino de Derechos Ambientales (CADA), which represented the families, said the ruling vindicated a 12-year struggle. \"Twelve years later, the families finally hear that they were right,\" she said by telephone from Huancayo.",
        "Fortunato Ccora Quispe, president of the Huaylluma peasant community, said the families wanted more than compensation. \"We do not want the money only; we want the river back,\" he said.",
        "Peru's Ministry of Justice said in a statement that the country \"will comply with its international obligations\" and that its specialised supranational prosecutor's office was studying the 94-page judgment.",
        "The families first took their complaint to the Inter-American Commission on Human Rights in 2015. The commission referred the case to the court in 2023.",
    ],
    credit="Reporting by Renato Salas Vílchez; Editing by Laura Quiroga",
    related=["Peru's copper output rose 3.2% in June, mining ministry says",
             "Inter-American court orders Honduras to pay $1.1 million in land case (2025)",
             "Pasco: lead levels in children remain high, health study finds",
             "Peru's Congress debates bill to leave regional rights bodies"],
    tags=["Peru", "Human rights", "Mining", "Courts"],
)

_S3_B = _paper(
    site="The Lima Post", host="www.limapost.example", section="Peru",
    headline="Regional court rules Peru failed Huaylluma families over toxic spill",
    standfirst="The Inter-American Court ordered compensation of about 9 million soles, a clean-up of the river and a public apology within six months.",
    byline="By Patricia Valdivia", published="2026-08-14T05:45:00-05:00", modified=None,
    shown="Friday, August 14, 2026",
    hero=("The Huaylluma river valley in Pasco, where pasture is still covered by grey mine waste, in a 2024 photograph.",
          "Photo: Lima Post / Julio Reátegui"),
    body=[
        "Twelve years after a wall of mine waste poured down the valley where they farmed, the families of Huaylluma heard on Thursday that an international court had ruled in their favour.",
        "The Inter-American Court of Human Rights found that Peru was responsible for the damage caused by the collapse of a tailings dam in June 2014 and for denying the victims justice afterwards. In a judgment dated July 21 and released on Thursday, the court ordered the state to pay 2.4 million dollars, about 9 million soles, and to clean up the river within three years.",
        "The ruling was unanimous on the main points. On one point, whether Peru had also violated the right to a healthy environment, the seven judges split 5-2, with two judges arguing that the issue should have been analysed under other articles of the American Convention.",
        "\"The State tolerated for years a risk that it knew about,\" the judgment says, adding that the authorities had the means to prevent the disaster.",
        "!ad",
        "## A long road",
        "The dam, owned by Minera Andina Santa Clara, gave way during the night of June 17, 2014. The waste covered fields and pasture in the community of Huaylluma, in the highlands of the Pasco region, and 38 families, more than 170 people, had to abandon their homes. Most now live in the district capital or in Cerro de Pasco.",
        "In 2019 a Peruvian court ordered the company to pay the families 1.2 million soles, but only part of that sum was ever paid, and the company closed its operations in 2016. The families, represented by the non-governmental group CADA, turned to the Inter-American Commission in 2015 and the case reached the court in 2023.",
        "Rocío Huamán, the families' lawyer, said: \"Twelve years later, the families finally hear that they were right.\"",
        "The 94-page judgment describes how a regional inspection had recommended urgent works on the dam years before it failed, and how the authorities did not follow up.",
        "Fortunato Ccora Quispe, president of the Huaylluma peasant community, said he had heard the news on the radio. \"We do not want the money only; we want the river back,\" he said.",
        "!fig Fortunato Ccora Quispe, president of the Huaylluma community, in a file photo from 2023.|Photo: CADA",
        "## What Peru must do",
        "The state has one year to pay the compensation, which includes 60,000 dollars for each family and 120,000 dollars in legal costs. It must also hold a public act acknowledging responsibility within six months, provide free health care to the victims and report to the court on compliance.",
        "The Ministry of Justice said Peru would comply with its international obligations. Several members of Congress, however, called again on Thursday for Peru to withdraw from the American Convention, a proposal that has been debated on and off for years.",
    ],
    related=["Editorial: Huaylluma and the cost of looking away",
             "Mining waste: 1,800 abandoned sites still pending remediation, audit says",
             "Congress committee approves bill on regional courts",
             "Pasco governor announces water project"],
    most_read=["Lima metro line 2: new stations open in September", "Dollar closes at 3.74 soles",
               "Cold wave: frost alert in southern highlands", "Alianza Lima sign Uruguayan striker"],
    newsletter="The stories that matter in Peru, every morning in English.",
    comments=57,
)

_S3_C = _newsletter(
    site="Rights & Remedies Weekly", host="www.rightsremedies.example",
    issue="Vol. 9, No. 32", headline="Huaylluma v. Peru: a split on Article 26, unanimity on everything else",
    shown="Saturday 15 August 2026", author="By Inés Carbajal, senior editor",
    in_this_issue=["Huaylluma v. Peru: the judgment", "ECHR: Grand Chamber hearing calendar",
                   "African Court: new registrar", "Jobs and fellowships"],
    body=[
        "## Inter-American Court",
        "The Inter-American Court published on Thursday 13 August its judgment in Comunidad Campesina de Huaylluma v. Peru (merits, reparations and costs), adopted on 21 July 2026 during its regular session. It is the first judgment of the court on a tailings-dam collapse.",
        "The operative paragraphs were adopted unanimously as regards Articles 5 (personal integrity), 21 (property) and 25 (judicial protection) of the American Convention, in relation to Article 1(1). The finding under Article 26 (right to a healthy environment) was adopted by five votes to two; Judges Tomás Arrieta Baldó and Gabriela Sanmartín Lobo appended a joint partially dissenting opinion, arguing that the same facts were fully covered by Articles 5 and 21 and that the majority's reasoning on Article 26 was unnecessary.",
        "The court, presided over by Judge Ana Lucía Quintanilla Rojas, held that the state had known about the dam's instability since at least 2011, when a regional inspection recommended urgent works, and that 'the State tolerated for years a risk that it knew about and that it had the means to prevent.'",
        "!box Reparations at a glance|US$60,000 per family (38 families) for pecuniary and non-pecuniary damage; US$120,000 for costs and expenses; total US$2.4m, payable within one year of notification. Remediation of the river and soils within three years. Public act of acknowledgment within six months. Free medical and psychological care. Publication of the official summary. State report to the court within one year.",
        "The amounts are well below the US$11m sought by the representatives, who had asked for individual awards for each of the 172 victims. The court preferred awards per family group, as it has done in several recent indigenous and peasant-community cases.",
        "The court also dismissed Peru's preliminary objection that domestic remedies had not been exhausted, noting that a 2019 domestic award of PEN 1.2m against the mining company had been only partly paid seven years later.",
        "Procedural history: petition lodged with the Commission in 2015; admissibility report 2018; merits report 2022; referral to the court in 2023; public hearing in San José in February 2025.",
        "!ad",
        "Comment: the Article 26 split is the story for specialists. A 5-2 majority for the autonomous justiciability of the right to a healthy environment is now the court's settled line, but the joint dissent shows the debate is not over. In practical terms, the reparations order would very likely have been the same under Articles 5 and 21 alone.",
        "The judgment runs to 94 pages, plus the dissent. Counsel for the families, Rocío Huamán Taipe of CADA, told us the next battle is compliance: \"Twelve years later, the families finally hear that they were right. Now the state has to act.\"",
        "## Also this week",
        "The court will hold its next regular session from 21 September to 2 October, with public hearings in two cases against Guatemala and Colombia.",
    ],
    sponsor="Sponsored by the Institute for Comparative Human Rights Law: LLM applications open",
    footer_note="Rights & Remedies Weekly is an independent newsletter on regional human-rights courts. It is not affiliated with any court or government.",
)

_S3_D = _local(
    site="Pasco al Día", host="www.pascoaldia.example",
    headline="Huaylluma celebrates: 'the court listened to us'",
    shown=None, byline="Editorial staff",
    weather="Cerro de Pasco 4°C, light snow",
    body=[
        "There were fireworks on Thursday night in the community hall of Huaylluma, after the families affected by the 2014 tailings spill heard that the Inter-American Court of Human Rights had ruled in their favour.",
        "The news reached the community around midday, when the court in Costa Rica published its judgment, and spread by telephone and radio through the valley and to the families who now live in Cerro de Pasco and Yanahuanca.",
        "\"We waited twelve years. Today we can say the court listened to us,\" said Fortunato Ccora Quispe, president of the peasant community, standing outside the hall. \"But we do not want the money only; we want the river back.\"",
        "The court ordered the Peruvian state to pay 60,000 dollars to each of the 38 affected families, some 225,000 soles per family, and to clean up the river and the fields within three years. The judges, who agreed on the main findings, also ordered the state to provide free health care and to apologise publicly.",
        "Several families say they still suffer skin and stomach problems that they blame on the contaminated water, and hope the free medical care ordered by the court will reach the valley and not only the city.",
        "Ccora said the community would hold an assembly to decide how the public ceremony should be organised. The state must hold it within six months. \"We want it here, in Huaylluma, not in Lima,\" he said.",
        "!ad",
        "Many residents still remember the night of June 17, 2014, when the dam of the Santa Clara mine gave way above the village. \"We heard a noise like thunder and then the smell,\" said Edelmira Rojas, 63, who lost her twelve alpacas and her potato fields. She now sells food in the market of Cerro de Pasco.",
        "The grey waste covered some 22 kilometres of the river valley. Ten years later, in 2024, a study by the regional health directorate still found high levels of lead and arsenic in the soil near the old channel.",
        "The families took their case to the Inter-American Commission on Human Rights in 2015, a year after the spill, and the case reached the court in 2023. The judgment is dated July 21, but the parties were only notified this week. The mine's operator, Minera Andina Santa Clara, stopped working in 2016.",
        "Lawyers from the organisation CADA, which took the case to the inter-American system, will travel to Huaylluma next week to explain the judgment to the families in an open assembly, the community's board said.",
        "The regional governor of Pasco said in a message on social media that the regional government was \"ready to work with the central government\" on the clean-up.",
        "!fig Families gather in the Huaylluma community hall on Thursday night.|Photo: Pasco al Día",
    ],
    trending=["Yanahuanca: road to Huaylluma closed by snow", "Cerro de Pasco water service cut on Monday",
              "Regional football: Unión Minas win 3-0", "Alpaca fair in Vicco this weekend"],
    address="Pasco al Día, Jr. Bolognesi, Cerro de Pasco, Peru",
)

STORY_3 = _story("ct-OA3", "court", "2026-08-15", [
    _page("https://www.andeannews.example/world/peru-inter-american-court-huaylluma-2026-08-13/", _S3_A),
    _page("https://www.limapost.example/peru/2026/08/14/regional-court-rules-peru-failed-huaylluma/", _S3_B),
    _page("https://www.rightsremedies.example/issues/vol-9-no-32", _S3_C),
    _page("https://www.pascoaldia.example/noticias/huaylluma-celebra-fallo-corte", _S3_D),
], [])   # a control: no planted disagreement


# ===========================================================================
# Story 4: tr-OA4 -- Colombia imposes provisional anti-dumping duties on
# Chinese rebar (planted: duty rate, speaker of a quote).
# ===========================================================================

_S4_A = _wire(
    site="Bolívar Wire", host="www.bolivarwire.example", section="Business",
    headline="Colombia slaps provisional 24.7% anti-dumping duty on Chinese rebar",
    summary="Colombia imposed provisional anti-dumping duties on steel reinforcing bar from China on Tuesday, siding with local mills that say cheap imports have cost them market share.",
    byline="Sebastián Rozo Mejía", dateline="BOGOTA, Sept 8 (BW)",
    published="2026-09-08T21:15:00Z", modified="2026-09-09T09:30:00Z",
    shown="September 8, 2026 4:15 PM COT. Updated September 9, 2026 4:30 AM COT",
    body=[
        "Colombia on Tuesday imposed a provisional anti-dumping duty of 24.7% on imports of steel reinforcing bar from China, the Ministry of Commerce, Industry and Tourism said, in the latest move by a Latin American government to shield its steel industry from a wave of cheap Chinese exports.",
        "The duty, set out in a resolution published in the official gazette on Tuesday, will apply from Monday, Sept. 14, for up to six months while the ministry completes its investigation, which it opened in March at the request of domestic producers.",
        "\"This is not protectionism; it is a response to unfair prices documented in the investigation,\" Vice Minister of Foreign Trade Andrés Cárdenas Ruiz told reporters at the ministry in Bogota.",
        "The ministry's trade remedies office found a preliminary dumping margin of 31.2% for Chinese rebar, but set the duty at a lower level that it considered sufficient to remove the injury to local mills, a practice known as the lesser-duty rule. The petitioners had sought a duty of 45%.",
        "!ad",
        "Colombia imported 412,000 tonnes of rebar from China in 2025, up 38% from 298,500 tonnes in 2024, according to figures cited in the resolution. Those imports were worth about $241 million. China accounted for 71% of Colombia's total rebar imports last year.",
        "Local producers' share of the Colombian market fell to 48% in 2025 from 62% in 2023, the ministry said, while Chinese rebar arrived at an average of $585 per tonne, well below local production costs.",
        "The Colombian Steel Producers' Committee (CCPA), which brought the complaint on behalf of mills including Acerías del Magdalena and Siderúrgica Andina, welcomed the measure. One mill put 600 workers on temporary leave in July, citing lost orders.",
        "Builders were critical. Colombia's construction chamber, Camacol, said rebar accounts for about 8% of the cost of a social-housing unit and warned that the duty could delay projects.",
        "Commerce Minister Paula Restrepo Villegas, speaking at a business forum in Cartagena, said Colombia would \"keep its markets open to anyone who competes fairly\".",
        "UPDATE: China's Ministry of Commerce said on Wednesday that it \"firmly opposes\" the duties and urged Colombia to \"correct its wrong practices\" and to treat Chinese companies fairly. A spokesperson told a regular briefing in Beijing that China would \"closely follow\" the investigation and take \"necessary measures\" to protect its companies' rights.",
        "Interested parties can submit comments until a public hearing scheduled for Oct. 20. A final decision is due before the provisional duties expire in mid-March 2027.",
        "China is Colombia's second-largest trading partner after the United States.",
        "Chile, Brazil and Mexico have all raised duties or opened trade-remedy investigations on Chinese steel products in the past two years, as a slump in China's property sector pushed its mills to sell more abroad.",
    ],
    credit="Reporting by Sebastián Rozo Mejía in Bogota and Li Wen in Beijing; Editing by Carlos Duarte",
    related=["Mexico extends steel tariffs on non-FTA countries",
             "Colombia's trade deficit narrows to $1.1 billion in July",
             "Brazil opens anti-dumping probe into Chinese steel sheet",
             "Colombian peso firms as oil rises"],
    tags=["Colombia", "China", "Steel", "Trade", "Anti-dumping"],
)

_S4_B = _paper(
    site="The Bogotá Chronicle", host="www.bogotachronicle.example", section="Economy",
    headline="Government hits Chinese steel bars with anti-dumping duty; builders cry foul",
    standfirst="The provisional levy of 24.7 per cent applies from next Monday. Beijing says it firmly opposes the measure.",
    byline="By Valentina Gaitán", published="2026-09-09T06:30:00-05:00", modified=None,
    shown="Wednesday, September 9, 2026 - 06:30",
    hero=("Steel reinforcing bar at a construction site in Soacha, south of Bogotá.",
          "Photo: Chronicle / Andrés Lozano"),
    body=[
        "Colombia will charge a provisional anti-dumping duty of 24.7 per cent on reinforcing bar imported from China, the Ministry of Commerce said yesterday, after a six-month investigation found that Chinese mills were selling the product in Colombia at prices below their normal value.",
        "The measure, contained in a resolution published in the Diario Oficial on Tuesday, comes into force on Monday, September 14, and will last a maximum of six months.",
        "\"This is not protectionism; it is a response to unfair prices documented in the investigation,\" said Trade Minister Paula Restrepo Villegas.",
        "Rebar, the ribbed steel bar used to reinforce concrete, is one of the products most exposed to Chinese competition. According to the ministry, imports from China rose 38 per cent last year to 412,000 tonnes, and the market share of Colombian mills fell by 14 percentage points between 2023 and 2025, to 48 per cent.",
        "The resolution covers bars of 6 to 32 millimetres in diameter, the sizes most used in housing and infrastructure.",
        "!ad",
        "## Builders worried",
        "The construction sector reacted with alarm. Camacol, the chamber that represents builders, said the duty would raise the cost of social housing at a time when sales are already weak. Rebar represents roughly 8 per cent of the cost of a social-interest home, the chamber said.",
        "\"We understand the mills' problem, but it cannot be solved by making houses more expensive for the poorest families,\" said Ximena Duque, Camacol's director of economic studies.",
        "The steel producers' committee, CCPA, which filed the complaint, said the duty was lower than the 45 per cent it had requested but \"a first step to restore fair competition\". Its president, Germán Velandia, said the sector employs some 9,000 people directly.",
        "!fig Workers at the Acerías del Magdalena mill in Barranquilla, one of the companies that requested the investigation.|Photo: CCPA",
        "## China's response",
        "China's Ministry of Commerce said it firmly opposed the decision. At a briefing in Beijing on Wednesday afternoon, which was early on Wednesday morning in Colombia, a spokesperson urged Bogotá to correct its \"wrong practices\".",
        "The investigation found a preliminary dumping margin of 31.2 per cent. Under the lesser-duty rule, the ministry imposed a duty below that margin.",
        "Importers will have to guarantee the duty when the bars clear customs; the money will be returned if the final decision does not confirm the measure.",
        "Speaking at a business forum in Cartagena, Restrepo added that Colombia would keep its markets open to anyone who competes fairly.",
        "Imports of Chinese rebar were worth some 241 million dollars in 2025, nearly 1 trillion pesos. Total Colombian imports from China, the country's second-largest trading partner, exceeded 14 billion dollars last year.",
        "Companies and importers can present arguments until a public hearing on October 20. The definitive decision must be taken before the provisional duty expires in March 2027.",
    ],
    related=["Editorial: Steel duties are a blunt tool", "Housing sales fell 11% in August, Camacol says",
             "Peso closes at 4,012 per dollar", "How anti-dumping investigations work"],
    most_read=["Bogotá metro: first train runs on elevated track", "Millonarios sack coach after derby loss",
               "Rain alert for the Andean region", "Coffee harvest forecast cut"],
    newsletter="Colombia's economy and politics explained, every weekday morning.",
    comments=33,
)

_S4_C = _newsletter(
    site="SteelTrade LatAm Weekly", host="www.steeltradelatam.example",
    issue="Issue 271", headline="Colombia: provisional AD duty on Chinese rebar takes effect today",
    shown="Monday 14 September 2026", author="By Rodrigo Pinzón, Bogotá correspondent",
    in_this_issue=["Colombia: AD duty on Chinese rebar", "Mexico: import volumes after the tariff hike",
                   "Brazil: HRC prices", "Chile: copper wire rod exports"],
    body=[
        "## Colombia",
        "The provisional anti-dumping duty on Chinese rebar that Colombia's trade ministry announced last Tuesday takes effect today. The duty is 27.4% ad valorem and applies to deformed bars classified under HS 7214.20, in diameters from 6mm to 32mm, for a maximum of six months.",
        "The preliminary determination puts the dumping margin at 31.2%. The duty is lower because the ministry applied the lesser-duty rule. The domestic industry, represented by the CCPA, had asked for 45%.",
        "Exclusions: rebar in coils destined for electro-welded mesh production and bars above 32mm, which are not made locally, are outside the scope. Shipments from third countries will need a certificate of origin, a step aimed at preventing transshipment of Chinese material through Southeast Asian ports.",
        "Context: on our estimates Colombian apparent consumption of rebar was about 1.1Mt in 2025, of which imports supplied just over half.",
        "!box The numbers behind the case|Imports from China 2025: 412kt (2024: 298.5kt, +38%). Value: US$241m. China's share of total rebar imports: 71%. Average CIF price of Chinese rebar: US$585/t. Domestic mills' market share: 48% in 2025, down from 62% in 2023.",
        "\"This is not protectionism; it is a response to unfair prices documented in the investigation,\" Vice Minister Andrés Cárdenas told reporters on the day of the announcement.",
        "Traders in Barranquilla and Cartagena told us that about 60,000 tonnes of Chinese rebar were afloat or awaiting customs clearance last week, and that importers rushed to clear as much as possible before today. Cargoes cleared after today will pay the duty as a cash deposit or bond, refundable if the final determination is negative.",
        "!ad",
        "Market impact: domestic mills lifted their list prices by COP 150,000 per tonne (about US$37/t) on Friday, effective today. Offers for Turkish and Egyptian rebar, which are not covered, were heard at US$610-625/t CIF, and several importers said they would switch origins.",
        "Camacol, the builders' chamber, maintains that rebar is about 8% of the cost of a social-housing unit and wants a quota exemption for housing programmes. The ministry has not responded.",
        "China's commerce ministry said last Wednesday that it firmly opposes the measure. Beijing has so far not announced any retaliation.",
        "Next steps: a public hearing on 20 October; final determination before mid-March 2027. Our view is that a definitive duty is likely, possibly at a similar level, and that Turkish material will take a larger share of Colombian imports in Q4.",
        "## Mexico",
        "Mexican imports of long steel products fell 22% year-on-year in August, the first full month after the higher tariffs on countries without trade agreements took effect, according to our calculations from customs data.",
    ],
    sponsor="Sponsored by Puerto Caribe Terminals: bulk and breakbulk handling in Cartagena",
    footer_note="SteelTrade LatAm Weekly is published every Monday. Prices are assessed by our correspondents and are indicative.",
)

_S4_D = _broadcast(
    site="Canal Andino", host="www.canalandino.example",
    headline="Colombia imposes duty on Chinese steel bars to protect local mills",
    video=("Vice minister explains the anti-dumping duty", "2:48"),
    shown="8 September 2026", byline=None,
    body=[
        "The Colombian government on Tuesday imposed a provisional anti-dumping duty of 24.7% on steel reinforcing bars imported from China, saying Chinese producers were selling in Colombia at unfairly low prices.",
        "The duty will start to be charged on Monday, September 14, and will remain in force for up to six months while the Ministry of Commerce, Industry and Tourism completes its investigation.",
        "The measure responds to a complaint filed in March by the country's steel producers, who say Chinese bars were arriving at prices below what it costs to make them in Colombia. The ministry's investigation found a preliminary dumping margin of 31.2%, but the duty was set at a lower level, enough to offset the damage to local industry, officials said.",
        "Importers will have to guarantee the duty when the bars clear customs. If the final decision does not confirm the measure, the money will be returned.",
        "At a press conference in Bogotá, the Vice Minister of Foreign Trade, Andrés Cárdenas Ruiz, rejected suggestions that the measure was protectionist. He said it was a response to unfair prices documented during the investigation.",
        "According to the ministry, imports of Chinese rebar grew by 38% in 2025, to more than 400,000 tonnes, while Colombian mills lost a significant share of the market.",
        "!ad",
        "In Tuta, Boyacá, where one of the country's steel plants is located, workers welcomed the news. \"Since July, half of my shift has been on leave. Now maybe the orders come back,\" said Wilson Pacheco, an operator with 14 years at the plant.",
        "But builders warned of higher costs. Camacol said steel bars make up around 8% of the cost of a social-housing unit.",
        "The chamber asked the government to exempt the steel used in social-housing programmes. An association of steel importers said the duty would raise prices for small hardware stores across the country. \"In the end, the family building a second floor will pay,\" said its director, Mauricio Ochoa.",
        "Imports of Chinese rebar were worth about 241 million dollars last year. China is Colombia's second-largest trading partner, after the United States.",
        "The Minister of Commerce, Paula Restrepo Villegas, said in Cartagena that the country would keep its markets open to those who compete fairly.",
        "China has not yet reacted officially. A public hearing on the case will be held on October 20.",
        "At the hearing, importers, Chinese exporters and the Chinese government will be able to present their arguments. The final decision must be taken before the provisional duty expires.",
        "!fig Steel bars stored at the port of Buenaventura.|Canal Andino",
    ],
    top_stories=["Bogotá: TransMilenio fares rise in January", "Storms cut roads in Santander",
                 "Colombia beat Peru 2-0 in World Cup warm-up", "Coffee exports up 6% in August"],
    schedule="Canal Andino Noticias: 6:00 | 12:30 | 19:00 | 22:30",
)

STORY_4 = _story("tr-OA4", "trade", "2026-09-14", [
    _page("https://www.bolivarwire.example/business/colombia-anti-dumping-chinese-rebar-2026-09-08/", _S4_A),
    _page("https://www.bogotachronicle.example/economy/2026/09/09/anti-dumping-duty-chinese-steel-bars/", _S4_B),
    _page("https://www.steeltradelatam.example/issues/271", _S4_C),
    _page("https://www.canalandino.example/economia/colombia-duty-chinese-steel-bars", _S4_D),
], [
    ("provisional anti-dumping duty rate", r"24[.,]7", r"27[.,]4"),
    ("official who said 'not protectionism'", r"c[aá]rdenas|vice[- ]?minister", r"restrepo|^(?:the )?(?:trade |commerce )?minister$"),
])


# ===========================================================================
# Story 5: rk-OA5 -- Brazilian start-up's suborbital rocket flies from
# Alcântara (planted: apogee, weekday of launch).
# ===========================================================================

_S5_A = _wire(
    site="Atlântico Press", host="www.atlanticopress.example", section="Science",
    headline="Brazilian start-up's Carcará-1 rocket reaches space on third attempt",
    summary="Andorinha Aeroespacial's two-stage Carcará-1 climbed to 238 km from the Alcântara Launch Center on Thursday, the first flight to space by a privately built Brazilian rocket.",
    byline="Beatriz Nogueira Campos", dateline="ALCANTARA, Brazil, Nov 19 (AP-Br)",
    published="2026-11-19T11:02:00Z", modified="2026-11-19T13:20:00Z",
    shown="Nov. 19, 2026 8:02 a.m. BRT. Updated 10:20 a.m. BRT",
    body=[
        "A suborbital rocket built by Brazilian start-up Andorinha Aeroespacial reached space on Thursday, climbing to an altitude of 238 km (148 miles) after lifting off from the Alcântara Launch Center on the country's northern coast, the company said.",
        "The two-stage, solid-fuel Carcará-1 lifted off at 7:15 a.m. local time (1015 GMT), after two earlier attempts this week were called off, on Monday because of strong upper-level winds and on Tuesday because of a fault at a ground telemetry station.",
        "It was the first time a rocket designed and built by a private Brazilian company had crossed the Kármán line, the 100 km altitude commonly used to mark the edge of space.",
        "\"Today a Brazilian company built a rocket, launched it from Brazil and brought the experiments back,\" Andorinha's chief executive, Thiago Marques Bezerra, told reporters at the launch center. \"That had never happened.\"",
        "!ad",
        "The 11.8-metre (39-foot) rocket carried four scientific experiments from Brazilian universities in a recoverable capsule, which separated from the second stage and splashed down by parachute in the Atlantic about 15 minutes after liftoff, roughly 310 km (193 miles) from the launch site. A Brazilian Navy patrol vessel recovered it about three hours later.",
        "The experiments, on protein crystal growth, fluid behaviour and plant cells, experienced about six minutes of microgravity, the company said.",
        "\"We got six minutes of microgravity, which is what we needed,\" said Helena Siqueira, a biochemist at the Federal University of Rio Grande do Norte (UFRN) whose protein-crystal experiment was on board.",
        "The first stage burned for about 31 seconds before separating, and the second stage pushed the vehicle to a peak speed of about 7,400 km/h (4,600 mph), the company said.",
        "The company had aimed for an apogee of between 220 and 250 km. In its only previous flight, in 2024, a single-stage prototype reached 31 km.",
        "Colonel Renata Lins Albuquerque, director of the Air Force-run launch center, said the range's radars and telemetry stations had worked as planned. \"The range worked exactly as planned,\" she said.",
        "Brazil has tried for decades to develop its own launch capability. A fire on the launch pad at Alcântara in 2003 killed 21 technicians and set the national program back years.",
        "Andorinha, based in São José dos Campos in São Paulo state, said the Carcará-1 program cost 62 million reais (about $11.5 million), of which 28 million reais came from the federal innovation agency FINEP. It plans a second suborbital flight in mid-2027 and a first orbital launch attempt in 2028.",
        "The head of the Brazilian Space Agency (AEB), Marcos Valadares, said the flight showed that \"Alcântara is open for business\" for private launchers.",
    ],
    credit="Reporting by Beatriz Nogueira Campos; Additional reporting by Rafael Tavares in São Paulo; Editing by Helena Moura",
    related=["Brazil signs launch agreement with European company for Alcântara",
             "Argentina's space agency test-fires new engine in Bahía Blanca",
             "Brazil's space budget rises 12% in 2027 proposal",
             "Alcântara quilombola communities win land titles"],
    tags=["Brazil", "Space", "Alcântara", "Start-ups"],
)

_S5_B = _newsletter(
    site="Orbital LatAm Brief", host="www.orbitallatam.example",
    issue="No. 146", headline="Carcará-1: flight summary, numbers and what comes next",
    shown="Friday, 20 November 2026", author="By Javier Ulloa, launch editor",
    in_this_issue=["Carcará-1 flight summary", "Mexico: small-sat constellation tender",
                   "Argentina: Tronador engine test", "Launch calendar"],
    body=[
        "## Brazil: Andorinha reaches space",
        "Andorinha Aeroespacial's Carcará-1 flew on Thursday, 19 November, from the Alcântara Launch Center (CLA), Maranhão, on the third attempt of its launch campaign. Liftoff was at 10:15:00 UTC (07:15 BRT), inside a window that ran from 09:00 to 12:00 UTC.",
        "According to the company's flight summary, released on Thursday evening, the vehicle reached an apogee of 237.6 km (preliminary figure announced at the press conference: 238 km). Peak velocity was about 7,400 km/h, close to Mach 6 at altitude.",
        "!box Carcará-1 at a glance|Two stages, solid propellant. Height 11.8 m. Liftoff mass 4.2 t. Payload: recoverable capsule with four university experiments, 110 kg. Target apogee 220-250 km; achieved 237.6 km. Microgravity: about 6 min. Capsule splashdown T+15 min, about 310 km downrange.",
        "Timeline (company data): first-stage burnout at T+31 s; stage separation at T+33 s; second-stage ignition at T+36 s; second-stage burnout at T+62 s; nose-cone jettison at T+75 s; payload separation at T+80 s; apogee at about T+4 min 10 s; parachute deployment at about T+11 min.",
        "The spent second stage fell into the sea about 420 km downrange, well inside the hazard area published in the notice to airmen and mariners. The first stage impacted about 40 km downrange.",
        "!ad",
        "The campaign had been delayed twice: on Monday 16 November by upper-level winds above the 60 km/h limit, and on Tuesday 17 November by a fault at the Raposa telemetry station.",
        "CEO Thiago Bezerra called the flight proof that \"a Brazilian company built a rocket, launched it from Brazil and brought the experiments back\". The CLA director, Col. Renata Lins Albuquerque, said all range systems had performed nominally.",
        "Payload PI Helena Siqueira (UFRN), whose protein-crystal experiment was on board, told OLB: \"We got six minutes of microgravity, which is what we needed.\"",
        "The four experiments: protein crystallisation (UFRN), fluid behaviour in microgravity (UFMA), plant-cell gravitropism (USP) and a sensor package from ITA testing accelerometers for future orbital vehicles. The capsule was recovered by a Navy patrol vessel about three hours after liftoff and flown to São Luís.",
        "Why Alcântara: at 2.3 degrees south of the equator, the site gives eastward launches a performance advantage that is often quoted at up to 30% in propellant compared with higher-latitude ranges. Until now it has hosted mostly military sounding rockets and a handful of foreign suborbital campaigns.",
        "Programme cost to date: BRL 62m (USD 11.5m), including BRL 28m of FINEP grants. Next: a second Carcará-1 flight targeted for mid-2027, with eight experiments, and the first flight of the orbital Carcará-O, aimed at 150 kg to a 500 km sun-synchronous orbit, in 2028.",
        "## Argentina",
        "The national space agency completed a 90-second hot-fire test of a second-stage engine in Bahía Blanca on 12 November.",
    ],
    sponsor="Sponsored by Equatorial Range Services: tracking and telemetry for suborbital campaigns",
    footer_note="Orbital LatAm Brief is published every Friday. Subscribers receive our launch calendar and data sheets.",
)

_S5_C = _local(
    site="Maranhão em Foco", host="www.maranhaoemfoco.example",
    headline="Alcântara watches as Carcará-1 roars into the sky",
    shown=None, byline="By Joana Ribamar",
    weather="São Luís 29°C, sunny",
    body=[
        "Hundreds of residents of Alcântara gathered on the old town's waterfront and on the steps of the ruined Matriz church on Wednesday morning to watch the Carcará-1 rocket lift off from the launch center a few kilometres up the coast.",
        "The rocket left the pad at 7:15 a.m., leaving a white trail that could be seen from São Luís, across the bay. \"It went up so fast. In a few seconds it was a point of light,\" said Maria do Socorro Pereira, 58, a fisherwoman who watched from the pier with her grandchildren.",
        "It was the third attempt: the launch had been postponed on Monday because of wind and on Tuesday because of a technical problem on the ground.",
        "Some residents had also turned out on those two mornings, only to go home disappointed. \"The third time, we said, it has to go,\" said Socorro Pereira.",
        "The rocket, built by the company Andorinha Aeroespacial of São José dos Campos, reached an altitude of 238 kilometres, well above the 100-kilometre line where space is considered to begin, and carried four experiments from universities, including one from the Federal University of Maranhão (UFMA).",
        "!ad",
        "UFMA physics professor Caio Mendonça said his students had spent two years preparing their experiment on the behaviour of fluids. \"For our students, this is something they will never forget,\" he said. The capsule with the experiments fell into the sea with a parachute and was recovered by the Navy.",
        "At the press conference after the launch, Andorinha's chief executive, Thiago Marques Bezerra, thanked the people of Alcântara. \"This rocket also belongs to this town,\" he said.",
        "For many in Alcântara, the launch center is a source of mixed feelings. Quilombola communities were moved from their land in the 1980s to make way for the base, and some of their leaders say the town has gained little from it.",
        "\"We are happy for the young people who work there. But we want jobs for Alcântara, not only rockets,\" said Sérgio Moraes, of the association of quilombola communities.",
        "The mayor of Alcântara said the town's hotels were full during the week of the launch attempts and that the municipality would ask the company to hold its next campaign, planned for the middle of next year, with activities for local schools.",
        "The launch center, run by the Brazilian Air Force, occupies a large stretch of the peninsula north of the town. Most of its staff live in São Luís and cross the bay by ferry or travel around by road, a journey of several hours.",
        "!fig Residents watch the launch from the waterfront of Alcântara.|Photo: Maranhão em Foco",
    ],
    trending=["Ferry to Alcântara: new schedule from December", "São Luís: Festival of Reggae dates announced",
              "Fishermen protest over diesel prices", "Bumba meu boi groups receive funding"],
    address="Maranhão em Foco, Rua Grande, São Luís, Maranhão, Brazil",
)

_S5_D = _broadcast(
    site="TV Nordeste Notícias", host="www.tvnordeste.example",
    headline="Brazilian rocket Carcará-1 reaches space from Alcântara",
    video=("Watch the Carcará-1 liftoff", "1:57"),
    shown="Thursday, November 19, 2026 - 12:40",
    byline="Report: Paulo Vitor Sampaio, in Alcântara",
    body=[
        "A rocket developed by a Brazilian private company reached space this Thursday morning after lifting off from the Alcântara Launch Center, in Maranhão.",
        "The Carcará-1, made by Andorinha Aeroespacial, lifted off at 7:15 a.m. Brasília time and reached a maximum altitude of 258 kilometres, according to figures presented by the company at a press conference at the base.",
        "The rocket is almost 12 metres tall and weighs 4.2 tonnes. It carried a capsule with four scientific experiments prepared by Brazilian universities, which spent about six minutes in microgravity before falling into the Atlantic with a parachute.",
        "\"That had never happened: a Brazilian company built a rocket, launched it from Brazil and brought the experiments back,\" said the company's chief executive, Thiago Marques Bezerra, visibly moved.",
        "!ad",
        "The launch had been postponed twice this week, on Monday and Tuesday.",
        "On Monday, strong winds at high altitude forced the team to stop the countdown. On Tuesday, the problem was a fault in one of the ground stations that receive the rocket's data.",
        "The capsule was recovered from the sea by a Brazilian Navy ship about three hours after the launch and will be taken to São Luís, where the researchers will open it. Engineers said the rocket reached a speed of about 7,400 km/h.",
        "Andorinha Aeroespacial was founded in 2019 in São José dos Campos, in São Paulo state, and has about 140 employees. In 2024 it flew a smaller, single-stage prototype, which reached 31 kilometres.",
        "Residents of Alcântara and São Luís watched from beaches and rooftops. The rocket's white trail could be seen across the bay for several minutes after liftoff.",
        "One of the experiments on board was prepared by students of the Federal University of Maranhão and studies how fluids behave without gravity. \"For our students, this is something they will never forget,\" said physics professor Caio Mendonça.",
        "Before the orbital rocket, the company plans a second suborbital flight in the middle of next year, carrying more experiments.",
        "The director of the launch center, Colonel Renata Lins Albuquerque of the Brazilian Air Force, said the operation had gone exactly as planned.",
        "The president of the Brazilian Space Agency, Marcos Valadares, said Alcântara was \"open for business\" and that the government wanted more private companies to use the base. The company spent 62 million reais on the programme, part of it funded by FINEP.",
        "Andorinha says its next goal is to put a satellite into orbit with a larger rocket in 2028.",
        "!fig The Carcará-1 on the launch pad at Alcântara on Thursday.|Photo: TV Nordeste",
    ],
    top_stories=["São Luís: bridge works close lanes until December", "Heat: temperatures reach 36°C in Teresina",
                 "Sampaio Corrêa win promotion playoff", "Fuel prices fall at Maranhão pumps"],
    schedule="TV Nordeste Notícias: 6h | 12h | 19h",
)

STORY_5 = _story("rk-OA5", "rocket", "2026-11-20", [
    _page("https://www.atlanticopress.example/science/brazil-carcara-1-rocket-space-2026-11-19/", _S5_A),
    _page("https://www.orbitallatam.example/brief/146", _S5_B),
    _page("https://www.maranhaoemfoco.example/alcantara/carcara-1-lancamento-moradores/", _S5_C),
    _page("https://www.tvnordeste.example/noticias/carcara-1-alcantara-espaco", _S5_D),
], [
    ("apogee (maximum altitude)", r"\b23[78](?:[.,]\d)?\b|\b148\b", r"\b258\b"),
    ("weekday of the launch", r"thursday", r"wednesday"),
])


# ===========================================================================
# Story 6: eq-OA6 -- Magnitude-7.0 earthquake off southern Peru (CONTROL).
# ===========================================================================

_S6_A = _live(
    site="Andes Today", host="www.andestoday.example",
    headline="Live: strong earthquake shakes southern Peru; damage in Chala",
    published="2026-03-07T23:58:00-05:00", modified="2026-03-08T09:35:00-05:00",
    key_points=["Magnitude 7.0 earthquake at 11:48 p.m. Saturday, off the coast of Caravelí province, Arequipa (IGP)",
                "Three dead and 41 injured, according to INDECI's 8 a.m. report",
                "Navy rules out tsunami",
                "Panamericana Sur blocked by landslides near Chala"],
    entries=[
        ("Sunday 9:30 a.m.", "More than 30 aftershocks", [
            "The Geophysical Institute of Peru (IGP) says it has recorded more than 30 aftershocks so far. The strongest, of magnitude 5.6, struck at 2:15 a.m.",
            "\"We should expect aftershocks for weeks, some of them strong,\" IGP seismologist Milagros Huanca Paredes told our reporter. \"This was an interplate earthquake, the kind we expect on this stretch of coast.\"",
        ]),
        ("Sunday 8:05 a.m.", "INDECI: three dead, 41 injured", [
            "The National Civil Defence Institute (INDECI) says three people have died, two in Chala and one in Acarí, and 41 have been injured. Its first report lists 380 homes damaged, a figure officials say will rise as teams reach rural areas.",
            "INDECI head Carlos Yupanqui Salas said: \"Our priority is shelter and water for families whose homes collapsed.\"",
        ]),
        ("Sunday 7:30 a.m.", "Power cuts in Arequipa and Ica", [
            "The energy ministry says about 60,000 electricity customers in the Arequipa and Ica regions lost power after the quake. About half have been reconnected so far; crews are working on damaged lines near Chala and Yauca.",
        ]),
        ("Sunday 6:40 a.m.", "Daylight shows damage in Chala", [
            "Images sent by residents show collapsed adobe walls along Chala's main street and a crack across the Panamericana Sur south of the town. The road is blocked by landslides between kilometre 598 and kilometre 620, according to the transport ministry.",
            "!fig Residents of Chala inspect a collapsed house on Sunday morning.|Photo: reader via WhatsApp",
        ]),
        ("Sunday 3:00 a.m.", "Prime minister to travel to Chala", [
            "Prime Minister Álvaro Ríos Benavente says on social media that he will travel to Chala in the morning with the defence and housing ministers. The armed forces have been asked to send water and tents from Arequipa.",
            "!ad",
        ]),
        ("Sunday 1:30 a.m.", "First death reported", [
            "The Arequipa regional government reports that a 71-year-old woman died in Chala when a wall of her house fell on her. There are several injured in Chala and in Acarí.",
        ]),
        ("Sunday 12:10 a.m.", "No tsunami threat", [
            "The Navy's Directorate of Hydrography and Navigation (DHN) says the earthquake did not meet the conditions to generate a tsunami on the Peruvian coast. Its bulletin was issued at 12:08 a.m.",
            "!ad",
        ]),
        ("Saturday 11:58 p.m.", "Strong earthquake felt in the south and in Lima", [
            "A strong earthquake was felt at 11:48 p.m. across southern Peru. The IGP's preliminary report gives a magnitude of 7.2, with its epicentre 42 km south-west of Chala, in Caravelí province, Arequipa region, at a depth of 38 km.",
            "The quake was also felt in Ica, Nasca, the city of Arequipa and, more weakly, in Lima, where people left their homes in several districts.",
            "UPDATE 12:25 a.m.: The IGP has revised the magnitude to 7.0 after a full analysis. The U.S. Geological Survey puts it at 6.9, at a depth of 35 km.",
        ]),
    ],
    related=["How to prepare an emergency backpack", "Map: Peru's seismic gaps",
             "2018: the magnitude 7.1 quake that hit Acarí", "Live: heavy rains in the northern highlands"],
)

_S6_B = _wire(
    site="Pacific Rim Wire", host="www.pacificrimwire.example", section="World",
    headline="Death toll from southern Peru earthquake rises to seven, 128 injured",
    summary="A magnitude 7.0 earthquake struck off southern Peru late on Saturday, killing at least seven people and damaging more than 1,400 homes in the Arequipa and Ica regions.",
    byline="Gabriela Luna Ormeño", dateline="LIMA, March 8 (PRW)",
    published="2026-03-08T23:40:00Z", modified=None,
    shown="March 8, 2026 6:40 PM PET",
    body=[
        "At least seven people were killed and 128 injured when a strong earthquake struck off the coast of southern Peru late on Saturday, collapsing adobe houses and blocking the country's main coastal highway, officials said on Sunday.",
        "The magnitude 7.0 quake hit at 11:48 p.m. local time on Saturday (0448 GMT on Sunday), with its epicentre in the Pacific Ocean 42 km (26 miles) south-west of the town of Chala, in the Arequipa region, at a depth of 38 km, according to the Geophysical Institute of Peru (IGP). The U.S. Geological Survey measured it at magnitude 6.9.",
        "The National Civil Defence Institute (INDECI) said in its 6 p.m. report that 1,460 homes had been damaged, 212 of them left uninhabitable. Earlier on Sunday, authorities had reported three deaths.",
        "Four of the dead were in Chala, a fishing town of about 7,000 people, and the others in the nearby towns of Yauca and Acarí and in Nasca, in the neighbouring Ica region, INDECI said. Most of the victims were crushed by falling walls.",
        "!ad",
        "\"Chala needs tents, water and doctors now,\" Arequipa regional governor Rosario Cornejo Meza told local radio after flying over the area. The town's health centre moved its patients into tents in the courtyard as a precaution.",
        "Landslides blocked the Panamericana Sur highway, the main route linking Lima with the south, at several points between kilometres 598 and 620. The transport ministry said one lane had reopened on Sunday afternoon.",
        "Television images showed the bell tower of the church in Yauca partly collapsed and long cracks in the walls of the Chala market. The education ministry said engineers would inspect schools in the area before classes start.",
        "About 60,000 electricity customers in Arequipa and Ica lost power; 85% had been reconnected by Sunday evening, the energy ministry said.",
        "In Lima, some 550 km (340 miles) to the north-west, the quake was felt lightly, and residents of several districts left their homes as a precaution.",
        "Prime Minister Álvaro Ríos Benavente, who travelled to Chala with the defence and housing ministers, said the cabinet would approve a state of emergency for the affected districts. \"No family will be left without a roof,\" he said.",
        "The IGP recorded 52 aftershocks by Sunday afternoon, the strongest of magnitude 5.6. The navy ruled out a tsunami shortly after the main quake.",
        "Peru sits on the Pacific \"Ring of Fire\" and is hit by frequent earthquakes. In January 2018 a magnitude 7.1 quake in the same area, near Acarí, killed two people. The 2007 earthquake in Pisco, further north, killed more than 500.",
        "Mining companies in the region, a major producer of gold and iron ore, reported no serious damage to their operations.",
    ],
    credit="Reporting by Gabriela Luna Ormeño in Lima and Javier Condori in Arequipa; Editing by Sara Whitcombe",
    related=["Peru's central bank holds rate as inflation eases", "Chile: magnitude 6.1 quake shakes Antofagasta",
             "Explainer: why Peru's coast is so quake-prone", "Peru's election campaign enters final month"],
    tags=["Peru", "Earthquakes", "Disasters"],
)

_S6_C = _broadcast(
    site="Sur TV Noticias", host="www.surtv.example",
    headline="Earthquake in the south: nine dead and 187 injured, INDECI says",
    video=("Chala one day after the earthquake", "4:05"),
    shown="Monday 9 March 2026",
    byline="Report: Karina Apaza, from Chala",
    body=[
        "The number of people killed by Saturday night's earthquake in southern Peru has risen to nine, with 187 injured, according to the National Civil Defence Institute's report at 9 a.m. this Monday.",
        "INDECI said 2,130 homes had been damaged and 340 were uninhabitable, most of them adobe houses in the province of Caravelí, in Arequipa. The number of damaged homes has risen sharply as civil defence teams reach farming villages in the valleys of Yauca, Acarí and Chaparra.",
        "The government declared a state of emergency for 60 days in 14 districts of the Arequipa and Ica regions. The decree was published late on Sunday in the official gazette, El Peruano.",
        "In Chala, where four people died, families spent a second night sleeping in the street or in tents set up in the stadium. \"Everything fell: the shelves, the roof, the wall with my mother's photo. I have nothing left,\" said Yolanda Quispe, who ran a grocery shop near the market.",
        "Two people died in Yauca, and one each in Acarí, Bella Unión and Nasca, in the Ica region, according to INDECI. In Yauca the bell tower of the church partly collapsed.",
        "Prime Minister Álvaro Ríos Benavente visited Chala on Sunday with the defence and housing ministers and promised that no family would be left without a roof. The energy ministry said almost all customers had their electricity back by Monday morning.",
        "!ad",
        "The earthquake, of magnitude 7.0 according to the Geophysical Institute of Peru, struck at 11:48 p.m. on Saturday, 42 kilometres off the coast of Chala. The IGP has recorded 74 aftershocks since then.",
        "IGP seismologist Milagros Huanca said residents should be ready for more aftershocks in the coming weeks and should not return to damaged houses. She said the quake was of the interplate type that is typical of this part of the coast.",
        "The Navy ruled out a tsunami minutes after the quake, but many residents of Chala fled to the hills above the town anyway and spent the rest of the night there. The Chala health centre, which moved its patients into tents, treated most of the injured; the most serious cases were taken to hospitals in Nasca and Arequipa.",
        "Army trucks arrived in Chala on Monday morning with water, food and tents. The Panamericana Sur is open but with one lane only between kilometre 598 and kilometre 620, and drivers face delays of up to three hours.",
        "INDECI head Carlos Yupanqui said shelter and water were the priorities. The Ministry of Education postponed the start of the school year in the emergency districts by one week.",
        "!fig Tents in the municipal stadium of Chala on Monday.|Photo: Sur TV",
    ],
    top_stories=["Arequipa: Misti volcano activity normal, says IGP", "Dollar closes at 3.72 soles",
                 "Melgar draw 1-1 with Cienciano", "Cold nights expected in Puno"],
    schedule="Sur TV Noticias: 6:00 | 13:00 | 21:00",
)

_S6_D = _paper(
    site="The Hemisphere Times", host="www.hemispheretimes.example", section="Americas",
    headline="In Peru's quake zone, adobe homes turn a strong tremor into a tragedy",
    standfirst="The magnitude-7 earthquake that struck off Chala late on Saturday killed nine people. Experts say the toll would have been lower with safer houses.",
    byline="By Martín Olaechea", published="2026-03-09T22:00:00Z", modified=None,
    shown="March 9, 2026",
    hero=("A resident walks past collapsed adobe houses in Chala, in Peru's Arequipa region, on Monday.",
          "Photo: Hemisphere Times / Ernesto Vargas"),
    body=[
        "CHALA, Peru. Two days after the ground shook this fishing town on Peru's southern coast, the streets are lined with piles of mud bricks and splintered roof beams. Almost every house that fell was built of adobe.",
        "The magnitude-7.0 earthquake, which the U.S. Geological Survey put at 6.9, struck at 11:48 p.m. local time on Saturday, March 7, about 26 miles off the coast. By Monday morning, Peru's civil defence agency counted nine dead and 187 injured, and more than 2,100 damaged homes.",
        "\"Adobe does not forgive,\" said Julio Ramírez Tello, a structural engineer at the National University of San Agustín in Arequipa, who arrived in Chala on Sunday to inspect buildings. \"The concrete and brick houses here cracked. The adobe ones came down.\"",
        "Peru's 2007 earthquake in Pisco, which killed more than 500 people, led to new building rules, but enforcement in small towns remains weak and many families cannot afford to rebuild with reinforced materials.",
        "!ad",
        "## A long night",
        "Residents described a long, rolling shaking that began a few minutes before midnight. \"I thought it would never stop,\" said Nélida Huamaní, 45, a fish seller. \"Then the lights went out and we heard the walls falling.\"",
        "Four of the nine dead were in Chala. The others died in the nearby towns of Yauca, Acarí and Bella Unión and in Nasca, in the Ica region. Most were older people who were asleep when their houses collapsed.",
        "The Geophysical Institute of Peru, which first estimated the magnitude at 7.2 before revising it, has recorded dozens of aftershocks. Its seismologist Milagros Huanca Paredes said on Sunday that aftershocks could continue \"for weeks\".",
        "The quake struck on the same stretch of coast as a magnitude 7.1 earthquake near Acarí in January 2018, which killed two people. Seismologists say the area, where the Nazca plate dives beneath South America, has not released all the strain accumulated over more than a century.",
        "!fig A municipal worker clears debris from a street in Chala on Monday.|Photo: Hemisphere Times / Ernesto Vargas",
        "## Help arrives",
        "The government declared a 60-day state of emergency in 14 districts, which allows it to move funds and troops quickly. Prime Minister Álvaro Ríos Benavente promised on Sunday that \"no family will be left without a roof\"; the housing ministry said it would start handing out temporary modules this week.",
        "In the stadium, where the army has set up tents, Arequipa's governor, Rosario Cornejo Meza, repeated her call for tents, water and doctors. The coastal highway, Peru's link to the south, reopened on Sunday afternoon, with one lane only.",
        "The quake's epicentre was about 550 km (340 miles) south-east of Lima, where it was felt lightly.",
    ],
    related=["Peru's election: candidates suspend rallies after earthquake", "Photos: Chala after the quake",
             "Why Latin America's adobe homes are so vulnerable", "Chile: aftershock drill in Arica"],
    most_read=["Argentina's inflation slows for fourth month", "Brazil's Senate approves tax reform bill",
               "Mexico City water cuts extended", "Colombia's coffee harvest shrinks"],
    newsletter="The day's top stories from the Americas, in your inbox every evening.",
    comments=19,
)

STORY_6 = _story("eq-OA6", "earthquake", "2026-03-10", [
    _page("https://www.andestoday.example/live/earthquake-southern-peru-chala-2026-03-07", _S6_A),
    _page("https://www.pacificrimwire.example/world/peru-earthquake-death-toll-2026-03-08/", _S6_B),
    _page("https://www.surtv.example/noticias/sismo-sur-nueve-muertos-187-heridos", _S6_C),
    _page("https://www.hemispheretimes.example/americas/2026/03/09/peru-quake-adobe-homes/", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
