"""Story battery, part HA: Scandinavia and the Baltic states, events in 2026.

Written by engineer HA1 on 2026-12-07 for the twenty-fifth batch, a precision
batch: three controls with no planted disagreement, three stories with two or
three planted contradictions each, and plenty of legitimate variation in every
story. Everything is invented (outlets on *.example, reporters, officials,
companies, figures); real institutions and places appear only as setting.

cb-HA1 (central bank) - Riksbank raises its policy rate 1.75% -> 2.00% on
    Thursday 19 March 2026. PLANTED:
      * dissenting deputy governor spelled "Strandqvist" (Nordic Wire, Nordvision 24,
        RateWatch) vs "Strandquist" (Stockholm Ledger);
      * Executive Board vote 4-1 / four of five (Nordic Wire, Ledger, RateWatch)
        vs "three to two" (Nordvision 24);
      * February CPIF inflation 2.9% (Wire, Ledger, Nordvision) vs 3.4% (RateWatch).
    Traps: 25bp / quarter point / 0.25 percentage points; old and new rate;
    9:30 a.m. local vs 0830 GMT vs 09:30 CET; krona 11.10 -> 11.02 then 11.04 in
    the afternoon and 10.98 next morning; CPIF excl. energy 3.2% and January 2.6%;
    GDP forecast 1.8% revised from 2.1%; rate path about 2.1% in Q4 (forecast);
    economists' poll 11 of 15; bond yields +4bp in the first hour vs +6bp on the
    day; mortgage cost "a little over 400" / "around 420" before and "roughly 300"
    kronor after tax relief; SEK -> USD conversion; decision day vs effective day
    (25 March) vs next meeting (7 May); "finance minister" wording; governor name
    with/without diacritics; one page without machine-readable date.

el-HA2 (election) - Klaipėda mayoral by-election runoff, Sunday 26 April 2026.
    CONTROL. Traps: live blog with growing count (12, 35, 52, 61, 64 of 64
    stations; 52.1% -> 54.6% -> 54.5%); preliminary 54.5% and turnout 38.2% vs
    final 54.3% and 38.9% after home/postal votes, said to be revised; share of
    valid votes 54.3% vs share of all ballots 53.7% (defined); margin 4,367
    (prelim) vs 4,244 (final) vs "some 4,200"; "about 54%", "almost nine
    points", "just under 39%"; first-round figures (31.5% / 24.8%, turnout
    41.2%); a district's turnout (44.1%) and Kairys's 58% in Smiltynė vs the
    city-wide figures; concession at 23:40 local vs 2040 GMT vs "shortly before
    midnight"; names with and without Lithuanian diacritics; quotes excerpted.

ct-HA3 (court) - Danish Supreme Court raises fishermen's award against an
    offshore wind developer to DKK 48.6m, Tuesday 9 June 2026. CONTROL.
    Traps: DKK 48.6m vs "almost/nearly 49 million" vs about EUR 6.5m; lower
    court's DKK 31.2m (2024) and original claim DKK 112m; lawyer's "more than 60
    million" with interest and costs (attributed); 37 fishermen vs "nearly 40";
    4-1 vs "four to one" vs "four of the five"; 10:00 vs 10am local (8am GMT);
    justice "Anne Louise Bøgh" / "Anne Bøgh" / "Anne Louise Boegh"; 11 nautical
    miles vs about 20 km; the two sides' experts' catch-loss figures (40% vs
    15%, attributed); "five-year battle" vs claim filed autumn 2021; one page
    undated (dateline only).

tr-HA4 (trade) - Norway's Q1 2026 seafood exports, NOK 48.2bn, released
    Tuesday 7 April 2026. PLANTED:
      * release weekday "Tuesday" (NTX, Oslo Morning Post; Fish & Ocean gives
        April 7) vs "Monday" (Vestland Post);
      * "strongest start to a year" quote given to council CEO Kristin Aasheim
        (NTX, Fish & Ocean, Vestland Post) vs to minister Odd Reidar Lunde
        (Oslo Morning Post);
      * salmon export volume 265,000 tonnes (NTX, Fish & Ocean) vs 256,000
        tonnes (Oslo Morning Post).
    Traps: 9% vs "nearly a tenth" vs NOK 4.0bn more; Q1 2025's NOK 44.2bn; March
    alone NOK 16.9bn vs "almost NOK 17 billion"; EUR 4.1bn and USD 4.5bn
    conversions; salmon 69% vs "more than two-thirds"; 2025 salmon volume
    270,400 t; US -7% to NOK 2.9bn and the 15% tariff; Vestland's NOK 14bn part
    of the total; currency effect "a third" vs growth "closer to 7%" in euros;
    2025 annual NOK 175bn; minister's title worded differently.

rk-HA5 (rocket) - Kvasir Orbital's Ravn reaches orbit from Andøya on its second
    test flight, Thursday 14 May 2026. PLANTED:
      * liftoff 12:14 local / 10:14 UTC (OrbitBeat, Nordic Wire) vs 12:41 local
        (Vesterålen Courier);
      * first-stage burn 158 seconds / T+02:38 (OrbitBeat, Nordic Wire) vs
        "2 minutes and 18 seconds" (Techno Nordica);
      * Ingrid Solheim "chief executive" (OrbitBeat, Nordic Wire, Courier) vs
        "chief technology officer" (Techno Nordica).
    Traps: UTC vs CEST vs "shortly after midday"; window opened Tuesday,
    scrubs Tuesday and Wednesday, launch Thursday; preliminary orbit 515 km vs
    refined 520 km (said to be refined); SECO T+08:40 vs "less than nine
    minutes"; first flight (Sept 2025) ended after 31 seconds / "half a
    minute"; 45 kg vs about 100 pounds; NOK 1.4bn vs $130m vs EUR 120m;
    deployment "roughly 59 minutes" vs "just under an hour" vs "about an hour"
    (planned); crowd "about 2,000" (police) vs "several thousand" (municipality).

eq-HA6 (earthquake) - M5.1 North Sea earthquake about 120 km west of Bergen,
    03:17 local on Saturday 15 August 2026. CONTROL. Traps: NNSN preliminary 5.3
    revised to 5.1 (said so), EMSC 5.2 and USGS 5.0 (attributed); depth 12 km
    (NNSN) vs 10 km (EMSC); 03:17 vs 0117 GMT vs 3.17am; 120 km vs 75 miles;
    felt reports 1,500 (07:00) -> 2,600 (late morning) -> nearly 4,000
    (evening); aftershocks three (largest 2.4) -> at least four (below 2.5) ->
    seven (largest 2.9 at 11:52); "no injuries" in the morning vs one woman
    treated, reported in the afternoon and explained; police calls 300 in the
    first hour vs more than 400 during the night; felt from Stavanger to Florø
    vs Rogaland to Sunnfjord; seismologist named with and without middle initial.
"""

from __future__ import annotations

import json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# page furniture
# ---------------------------------------------------------------------------

def _paras(paras) -> str:
    out = []
    for p in paras:
        p = p.strip()
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def _ld(kind, headline, desc, url, site, authors, iso, modified=None, section=None, image=None) -> str:
    if iso is None:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": desc,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": iso,
        "dateModified": modified or iso,
        "author": [{"@type": "Person", "name": a} for a in authors] or {"@type": "Organization", "name": site},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": url.split("/")[0] + "//" + url.split("/")[2] + "/static/logo.png"}},
    }
    if section:
        data["articleSection"] = section
    if image:
        data["image"] = [image]
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _host(url) -> str:
    return url.split("/")[2]


def _og(headline, desc, url, site, iso=None, kind="article", image=None) -> str:
    host = _host(url)
    img = image or f"https://{host}/media/share/{sum(map(ord, url)) % 99991}.jpg"
    tags = [
        f'<meta property="og:type" content="{kind}">',
        f'<meta property="og:site_name" content="{site}">',
        f'<meta property="og:title" content="{headline}">',
        f'<meta property="og:description" content="{desc}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{img}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{headline}">',
    ]
    if iso:
        tags.append(f'<meta property="article:published_time" content="{iso}">')
    return "\n".join(tags)


def _cookie(site, style=0) -> str:
    if style == 0:
        return (f'<div id="cookie-consent" class="cmp-banner" role="dialog" aria-label="Cookie consent">'
                f'<p>{site} and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. '
                f'You can change your choices at any time in Privacy Settings.</p>'
                f'<button class="cmp-accept">Accept all</button> <button class="cmp-reject">Reject non-essential</button> '
                f'<a href="/privacy">Manage preferences</a></div>')
    if style == 1:
        return ('<aside class="gdpr-bar"><strong>We value your privacy.</strong> We use cookies and similar technologies to run this site, '
                'measure audiences and show relevant advertising. <a href="/cookies">Read our cookie policy</a>. '
                '<button type="button" data-consent="yes">OK</button><button type="button" data-consent="settings">Settings</button></aside>')
    return ('<div class="consent-overlay"><div class="consent-box"><h3>Cookies on this site</h3><p>We would like to use optional cookies to understand '
            'how you use the site and to improve it. Essential cookies keep the site working.</p>'
            '<button>Allow optional cookies</button><button>Essential only</button></div></div>')


def _ad(slot, label="Advertisement") -> str:
    return (f'<div class="ad-slot ad-{slot}" data-ad-unit="/2231/{slot}"><span class="ad-label">{label}</span>'
            f'<div class="ad-placeholder" style="min-height:250px"></div></div>')


def _share(url, headline, style=0) -> str:
    from urllib.parse import quote
    u = quote(url, safe="")
    if style == 0:
        return (f'<ul class="share-tools"><li><a href="https://www.facebook.com/sharer/sharer.php?u={u}">Share on Facebook</a></li>'
                f'<li><a href="https://x.com/intent/post?url={u}">Post on X</a></li>'
                f'<li><a href="https://www.linkedin.com/shareArticle?url={u}">LinkedIn</a></li>'
                f'<li><a href="mailto:?subject=Shared%20article&body={u}">Email</a></li><li><button class="copy-link">Copy link</button></li></ul>')
    return (f'<div class="sharebar"><span>Share this story</span> <a class="s-fb" href="#">f</a> <a class="s-x" href="#">X</a> '
            f'<a class="s-wa" href="https://wa.me/?text={u}">WhatsApp</a> <a class="s-mail" href="#">Mail</a> '
            f'<button class="s-print" onclick="window.print()">Print</button></div>')


def _related(items, title="Related stories") -> str:
    lis = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in items)
    return f'<aside class="related"><h3>{title}</h3><ul>{lis}</ul></aside>'


def _newsletter(site, pitch) -> str:
    return (f'<section class="newsletter-signup"><h3>{pitch}</h3><p>Sign up for the {site} briefing, delivered to your inbox.</p>'
            '<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email address">'
            '<button type="submit">Sign up</button></form><small>You can unsubscribe at any time. See our privacy notice.</small></section>')


def _footer(site, year_text="2026", extra=("About us", "Contact", "Advertise", "Careers", "Terms of use", "Privacy", "Cookie settings")) -> str:
    links = " ".join(f'<a href="/{e.lower().replace(" ", "-")}">{e}</a>' for e in extra)
    return f'<footer class="site-footer"><nav>{links}</nav><p>&copy; {year_text} {site}. All rights reserved.</p></footer>'


def _nav(items, cls="main-nav") -> str:
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items) + "</ul></nav>"


def _head(title, desc, url, site, iso, ld, lang="en", extra_meta="") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{desc}">
<link rel="canonical" href="{url}">
{_og(title, desc, url, site, iso)}
{extra_meta}
<link rel="stylesheet" href="https://{_host(url)}/assets/main.css">
{ld}
<script async src="https://securepubads.example/tag/js/gpt.js"></script>
</head>"""


# ---------------------------------------------------------------------------
# templates by outlet kind
# ---------------------------------------------------------------------------

def _wire(site, url, headline, desc, authors, iso, dateline, paras, section="Markets",
          credits="", related=(), modified=None, visible=None) -> str:
    ld = _ld("NewsArticle", headline, desc, url, site, authors, iso, modified, section)
    by = " and ".join(authors)
    vis = visible or ""
    body = _paras(paras)
    first, _, rest = body.partition("</p>")
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body class="wire story">
{_cookie(site, 1)}
<header class="masthead"><a class="logo" href="/">{site}</a>
{_nav(["World", "Business", "Markets", "Sustainability", "Legal", "Technology", "Investigations"])}
<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/account/sign-in">Sign in</a></header>
<main id="content">
<article class="article">
<div class="article-header"><p class="kicker">{section}</p>
<h1>{headline}</h1>
<p class="byline">By {by}</p>
<p class="timestamp">{vis}</p>
{_share(url, headline, 0)}
</div>
<div class="article-body">
{first}</p>
{_ad("wire-inline-1")}
{rest}
<p class="credits">{credits}</p>
<p class="trust">Our Standards: The {site} Trust Principles.</p>
</div>
</article>
{_related(related, "Read next") if related else ""}
</main>
{_footer(site)}
</body>
</html>
"""


def _paper(site, url, headline, desc, authors, iso, visible, paras, section="News",
           caption="", related=(), tags=(), modified=None, standfirst=None, role="") -> str:
    ld = _ld("NewsArticle", headline, desc, url, site, authors, iso, modified, section,
             f"https://{_host(url)}/images/lead.jpg")
    body = _paras(paras)
    chunks = body.split("\n")
    mid = max(2, len(chunks) // 2)
    body = "\n".join(chunks[:mid]) + "\n" + _ad("mpu-mid") + "\n" + _related(related[:2], "Also read") + "\n" + "\n".join(chunks[mid:]) if related else body
    taghtml = "".join(f'<a class="tag" href="/topic/{t.lower().replace(" ", "-")}">{t}</a>' for t in tags)
    bys = ", ".join(f'<a rel="author" href="/authors/{a.lower().replace(" ", "-")}">{a}</a>' for a in authors)
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body class="article-page">
{_cookie(site, 0)}
{_ad("leaderboard-top")}
<header class="site-header"><div class="brand"><a href="/">{site}</a></div>
{_nav(["Home", "News", "Politics", "Business", "World", "Opinion", "Sport", "Culture", "Podcasts"])}
<div class="header-tools"><a href="/search">Search</a> <a href="/subscribe" class="btn">Subscribe</a></div></header>
<main>
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{section}</a></nav>
<article>
<header>
<h1 class="headline">{headline}</h1>
<p class="standfirst">{standfirst or desc}</p>
<div class="meta"><span class="author">By {bys}</span> <span class="role">{role}</span> <span class="date">{visible}</span></div>
{_share(url, headline, 1)}
</header>
<figure class="lead-image"><img src="https://{_host(url)}/images/lead.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<div class="body">
{body}
</div>
<footer class="article-tags">{taghtml}</footer>
</article>
{_newsletter(site, "Get the morning briefing")}
{_related(related[2:] if len(related) > 2 else related, "More from " + section)}
{_ad("sidebar-mpu")}
</main>
{_footer(site)}
</body>
</html>
"""


def _broadcast(site, url, headline, desc, authors, iso, visible, paras, section="News",
               caption="", related=(), video_title="", modified=None) -> str:
    ld = _ld("NewsArticle", headline, desc, url, site, authors, iso, modified, section)
    by = ", ".join(authors)
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body class="bc-article">
{_cookie(site, 2)}
<header class="bc-top"><a class="bc-logo" href="/">{site}</a>
{_nav(["News", "Live TV", "Radio", "Sport", "Weather", "Programmes", "Local"], "bc-nav")}
<a class="bc-live" href="/live">&#9679; Watch live</a></header>
<main class="bc-main">
<div class="bc-video"><div class="player" data-video-id="{sum(map(ord, url)) * 37 % 1000000}"></div><p class="video-title">{video_title}</p></div>
<article>
<h1>{headline}</h1>
<div class="bc-meta"><span class="bc-byline">{by}</span> &middot; <time>{visible}</time></div>
{_share(url, headline, 0)}
<p class="bc-summary"><strong>{desc}</strong></p>
{_paras(paras)}
<figure><img src="https://{_host(url)}/img/still.jpg" alt=""><figcaption>{caption}</figcaption></figure>
</article>
{_ad("bc-rectangle", "Advertisement")}
{_related(related, "Top stories") if related else ""}
{_newsletter(site, "News alerts from " + site)}
</main>
{_footer(site, extra=("About us", "Contact us", "Help", "Accessibility", "Privacy", "Cookies", "Complaints"))}
</body>
</html>
"""


def _live(site, url, headline, desc, iso, visible, entries, summary=(), related=(), modified=None) -> str:
    ld = ""
    if iso:
        data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
                "description": desc, "url": url, "coverageStartTime": iso, "datePublished": iso,
                "dateModified": modified or iso,
                "publisher": {"@type": "Organization", "name": site}}
        ld = '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    posts = []
    for i, (when, title, author, paras) in enumerate(entries):
        posts.append(f'<article class="live-post" id="post-{len(entries) - i}"><header><time class="post-time">{when}</time>'
                     f'<h3>{title}</h3><span class="post-author">{author}</span></header>{_paras(paras)}'
                     f'<a class="post-share" href="{url}#post-{len(entries) - i}">Share this post</a></article>')
        if i == 2:
            posts.append(_ad("live-inline"))
    keys = "".join(f"<li>{s}</li>" for s in summary)
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body class="liveblog">
{_cookie(site, 0)}
<header class="site-header"><a href="/" class="logo">{site}</a>
{_nav(["Latest", "Nordics", "Europe", "Business", "Climate", "Science", "Video"])}</header>
<main>
<div class="live-badge">LIVE</div>
<h1>{headline}</h1>
<p class="live-updated">{visible}</p>
{_share(url, headline, 1)}
<section class="key-points"><h2>Key points</h2><ul>{keys}</ul></section>
<div class="live-feed">
{"".join(posts)}
</div>
<button class="load-more">Load earlier posts</button>
{_related(related, "More on this story") if related else ""}
{_newsletter(site, "Stay up to date")}
</main>
{_footer(site)}
</body>
</html>
"""


def _trade(site, url, headline, desc, authors, iso, visible, paras, section="Analysis",
           factbox=(), related=(), modified=None, paywall=True) -> str:
    ld = _ld("NewsArticle", headline, desc, url, site, authors, iso, modified, section)
    facts = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in factbox)
    fb = f'<aside class="factbox"><h4>At a glance</h4><table>{facts}</table></aside>' if factbox else ""
    pw = ('<div class="paywall-note">This article is part of our Pro coverage. Subscribers get full access to data tools, '
          'archives and daily briefings. <a href="/pro/trial">Start a free trial</a>.</div>') if paywall else ""
    by = " &amp; ".join(authors)
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body class="trade-site">
{_cookie(site, 1)}
<div class="topbar"><a href="/events">Events</a> | <a href="/webinars">Webinars</a> | <a href="/jobs">Jobs</a> | <a href="/login">Log in</a></div>
<header><a class="logo" href="/">{site}</a>
{_nav(["News", "Analysis", "Data", "Companies", "Policy", "Interviews", "Events"])}</header>
{_ad("trade-billboard", "Sponsored")}
<main class="two-col"><div class="col-main">
<article>
<span class="section-label">{section}</span>
<h1>{headline}</h1>
<p class="dek">{desc}</p>
<p class="by">{by} <span class="when">{visible}</span></p>
{fb}
{_paras(paras)}
{pw}
</article>
{_share(url, headline, 1)}
</div>
<div class="col-side">
{_ad("trade-side-1", "Sponsored content")}
{_related(related, "Most read") if related else ""}
{_newsletter(site, "The weekly " + site + " digest")}
</div></main>
{_footer(site, extra=("About", "Editorial team", "Media kit", "Subscriptions", "Terms", "Privacy"))}
</body>
</html>
"""


def _regional(site, url, headline, desc, authors, iso, visible, paras, section="Local",
              caption="", related=(), modified=None) -> str:
    ld = _ld("NewsArticle", headline, desc, url, site, authors, iso, modified, section)
    by = " / ".join(authors)
    return f"""{_head(headline, desc, url, site, iso, ld)}
<body>
{_cookie(site, 2)}
<div id="wrap">
<div id="header"><a href="/"><img src="/gfx/{site.lower().replace(" ", "")}-logo.gif" alt="{site}"></a>
<span class="tagline">Your region, every day</span></div>
{_nav(["Front page", "Local news", "Business", "Sport", "Events", "Obituaries", "E-paper"], "menu")}
<div id="content">
<div class="crumbs">{section}</div>
<h1>{headline}</h1>
<div class="info">{by} &nbsp;|&nbsp; {visible}</div>
<p class="ingress"><b>{desc}</b></p>
<div class="pic"><img src="/pics/main.jpg" alt=""><div class="caption">{caption}</div></div>
{_paras(paras)}
{_share(url, headline, 1)}
</div>
<div id="sidebar">{_ad("reg-side", "Advertisement")}{_related(related, "Read also") if related else ""}
<div class="weather-widget">Weather: see our forecast page</div></div>
{_newsletter(site, "The daily newsletter")}
</div>
{_footer(site)}
</body>
</html>
"""


# ---------------------------------------------------------------------------
# STORY 1 — cb-HA1: Riksbank raises its policy rate (PLANTED)
# ---------------------------------------------------------------------------

_CB1_A = _wire(
    "Nordic Wire", "https://www.nordicwire.example/markets/riksbank-raises-policy-rate-2026-03-19/",
    "Riksbank raises policy rate to 2% as inflation proves sticky",
    "Sweden's central bank lifted its policy rate by a quarter point on Thursday, its first increase in two and a half years.",
    ["Johan Ekdal", "Marta Lind"], "2026-03-19T08:41:00Z",
    "STOCKHOLM, March 19 (Nordic Wire) -",
    [
        "STOCKHOLM, March 19 (Nordic Wire) - Sweden's central bank raised its policy rate by a quarter of a percentage point to 2.00% on Thursday, its first increase in two and a half years, saying inflation had been more persistent than it expected and that the krona's slide late last year was still feeding through to consumer prices.",
        "The Riksbank's five-member Executive Board voted 4-1 for the move. Deputy Governor Mikael Strandqvist dissented, preferring to keep the rate at 1.75%. The new rate takes effect on March 25.",
        "Eleven of 15 economists polled by Nordic Wire last week had forecast a hike, while the remaining four expected the bank to wait until its May meeting.",
        "\"Inflation has been more stubborn than we expected at the turn of the year, and we judge that a somewhat tighter monetary policy is needed to bring it back to the target within a reasonable time,\" Governor Helena Vikström said in a statement.",
        "Inflation measured by the CPIF index, which the Riksbank targets, was 2.9% in February, up from 2.6% in January and above the bank's 2% goal. Excluding energy, CPIF inflation was 3.2%, the highest reading since the spring of 2024.",
        "The bank's updated forecast for the policy rate shows it averaging about 2.1% in the fourth quarter of this year, which economists said left the door open to one further move but did not commit the bank to it.",
        "The krona firmed after the decision was published at 9:30 a.m. (0830 GMT), trading at 11.02 per euro against 11.10 just before the announcement.",
        "The central bank also trimmed its forecast for economic growth this year to 1.8% from the 2.1% it projected in January, citing weaker export orders and cautious household spending.",
        "Swedish two-year government bond yields rose about 4 basis points in the first hour after the decision, and shares in listed property companies, which are heavily reliant on bank and bond financing, were among the biggest fallers on the Stockholm exchange.",
        "\"This is not a one-off. The bank has spent the winter preparing the ground, and we expect another quarter-point move in May,\" said Jonas Feldt, chief economist at Kastell Bank. Sara Moberg, an economist at Hallin Securities, said she would have preferred the bank to wait, given that the krona had strengthened in recent months.",
        "About two-thirds of Swedish mortgage borrowers have loans on variable or short fixed rates, which means changes in the policy rate reach household budgets faster than in most other European countries. Lenders typically adjust their posted rates within days of a decision taking effect.",
        "Strandqvist argued that the krona had recovered much of its lost ground since December and that wage growth was slowing, so the rise in underlying inflation was likely to fade without a rate increase, according to the bank's statement.",
        "The Riksbank cut its policy rate in a series of steps from a peak of 4% during 2024 and 2025 and had held it at 1.75% since last autumn, including at its previous meeting on January 29.",
        "Vikström is due to hold a news conference at 11 a.m. local time. The next monetary policy decision is scheduled for May 7.",
    ],
    section="Markets",
    credits="Reporting by Johan Ekdal and Marta Lind; Editing by Peter Hale",
    visible="March 19, 2026 8:41 AM UTC &middot; Updated March 19, 2026 9:58 AM UTC",
    modified="2026-03-19T09:58:00Z",
    related=[("Norway's central bank seen on hold as oil revenue slows", "/markets/norges-bank-preview/"),
             ("Swedish house prices edge up for fifth month", "/business/sweden-house-prices-feb/"),
             ("Euro zone bond yields steady ahead of ECB speakers", "/markets/euro-bonds-steady/")],
)

_CB1_B = _paper(
    "Stockholm Ledger", "https://www.stockholmledger.example/ekonomi/2026/03/19/riksbanken-hojer-rantan-borrowers-brace",
    "Borrowers brace as Riksbank turns the screw for the first time since 2023",
    "The quarter-point rise lifts the policy rate to 2 per cent. The governor says the bank is not on autopilot, but households with variable mortgages will feel it within weeks.",
    ["Karin Sjöström"], "2026-03-19T14:20:00+01:00",
    "Published 19 March 2026, 14:20 &middot; Updated 16:05",
    [
        "The Riksbank has put an end to its long pause. On Thursday morning the central bank announced that it would raise its policy rate from 1.75 to 2 per cent, a move that most, though not all, bank economists had expected and that will be felt quickly by the roughly two-thirds of Swedish mortgage holders whose loans are tied to short-term rates.",
        "It is the first increase since September 2023, when the bank was still fighting the inflation surge that followed the energy crisis. Since then it has cut step by step, and at its January meeting it held the rate at 1.75 per cent.",
        "<h2>A split board</h2>",
        "The decision was not unanimous. Four of the five members of the Executive Board backed the rise, while Deputy Governor Mikael Strandquist wanted to keep the rate where it was. In the bank's statement he argued that a stronger krona and slower wage growth would bring inflation down on their own.",
        "Governor Helena Vikström, speaking at a press conference at 11 o'clock, rejected the idea that the bank had started a new cycle of increases. \"We are not on a predetermined path. If inflation comes down faster than we think, the rate path will come down too,\" she said. \"But the risk we see today is that high price increases become entrenched, and that would be far more costly to correct later.\"",
        "CPIF inflation, the measure the Riksbank steers by, rose to 2.9 per cent in February. The bank's new forecast sees it drifting back towards the 2 per cent target only in the first half of 2027.",
        "<h2>What it means for households</h2>",
        "For a household with a variable-rate mortgage of two million kronor, a quarter-point rise adds about 5,000 kronor a year in interest before the tax deduction, or a little over 400 kronor a month. Banks usually pass on the change to their variable rates within a week or two of the decision taking effect on 25 March.",
        "\"It's not a shock in itself, but it comes on top of higher food and electricity bills,\" said Jonas Feldt, chief economist at Kastell Bank. \"What matters more is the signal. The Riksbank is telling us rates will not go back down to where people hoped this year.\"",
        "Sara Moberg, an economist at Hallin Securities, was more sceptical of the decision. \"A good part of the inflation we see is the weak krona from last autumn, and the krona has since recovered,\" she said. \"I would have waited until May. Strandquist's reservation is very much in line with our view.\"",
        "Finance Minister Elin Dahlgren said she respected the bank's independence and that the government's budget for 2026 was designed not to add to inflationary pressure. \"Monetary policy is the Riksbank's business. Our job is to keep public finances in order, and they are,\" she told reporters at the parliament building.",
        "<h2>Market reaction</h2>",
        "The krona strengthened on the news and was trading at around 11.04 per euro in the afternoon, compared with 11.10 before the announcement. Shares in property companies fell, with the real estate index down 2.3 per cent by mid-afternoon.",
        "The Riksbank also lowered its growth forecast for this year to 1.8 per cent, from 2.1 per cent in January. Unemployment is expected to remain above 8 per cent for most of the year.",
        "The next rate decision will be announced on 7 May. Vikström declined to say whether another rise was likely then. \"We will take one meeting at a time,\" she said.",
    ],
    section="Ekonomi",
    caption="Riksbank Governor Helena Vikström at Thursday's press conference in Stockholm. Photo: Ledger/Anna Borg",
    related=[("Analysis: Why the krona's rebound did not save the rate pause", "/ekonomi/2026/03/18/krona-analysis"),
             ("Mortgage calculator: what a higher rate costs you", "/ekonomi/verktyg/bolanekalkyl"),
             ("Housing market cools in Gothenburg", "/ekonomi/2026/03/12/goteborg-bostader"),
             ("Opinion: The Riksbank should speak more plainly", "/debatt/2026/03/15/riksbanken")],
    tags=("Riksbank", "Interest rates", "Inflation", "Housing"),
    role="Economics correspondent",
)

_CB1_C = _broadcast(
    "Nordvision 24", "https://nordvision24.example/news/business/riksbank-rate-rise-2026",
    "Sweden's central bank raises interest rate to 2%",
    "The Riksbank has raised its main interest rate for the first time since early 2024, saying prices are rising too quickly.",
    ["Business desk"], None, "Updated 5 hours ago",
    [
        "Sweden's central bank has raised its main interest rate, the first increase since 2023, as it tries to stop price rises from becoming entrenched.",
        "The Riksbank lifted its policy rate on Thursday by 0.25 percentage points, to 2%. It had been at 1.75% since last year.",
        "The board split three to two over the decision, with Deputy Governor Mikael Strandqvist among those who argued for waiting. Supporters of the rise, led by Governor Helena Vikström, said inflation was proving harder to bring down than expected.",
        "Speaking to reporters in Stockholm, Ms Vikström said the bank did not want inflation \"to become entrenched\" and insisted that the move was a precaution rather than the start of a long series of increases.",
        "The rate rise will affect millions of Swedes with variable-rate mortgages. Banks are expected to announce higher mortgage rates in the coming days.",
        "<h2>'We'll manage, but it adds up'</h2>",
        "Outside a supermarket in Uppsala, Linnea Åberg, 34, a nurse with two young children, said her family had been hoping rates would fall further this year. \"We'll manage, but it all adds up, the food, the electricity and now the loan,\" she said.",
        "Rough calculations by Nordvision 24 suggest a household with a variable mortgage of 2 million kronor (about $190,000) would pay around 420 kronor more a month in interest before tax relief, or roughly 300 kronor after the deduction for interest costs.",
        "Economists were mostly unsurprised. Jonas Feldt of Kastell Bank told Nordvision 24 the bank had \"prepared the ground well\" in recent speeches. Others, including Sara Moberg at Hallin Securities, said it would have been better to wait until May to see whether inflation was easing by itself.",
        "<h2>Why are prices rising?</h2>",
        "Inflation in Sweden climbed again over the winter, partly because the krona lost value last autumn, making imported goods more expensive. The Riksbank aims to keep inflation at about 2%.",
        "Last month the rate measured by CPIF, the index the bank watches most closely, was 2.9%. Prices for services, such as restaurant meals and rents, rose particularly fast.",
        "The bank also lowered its forecast for economic growth this year, to 1.8% from 2.1%.",
        "Finance Minister Elin Dahlgren said the government would not comment on the bank's decisions but that the budget had been written \"with inflation in mind\".",
        "The Riksbank cut rates repeatedly during 2024 and 2025 after inflation fell back from the peaks reached following Russia's full-scale invasion of Ukraine, and many households had expected borrowing costs to keep falling. Estate agents in Stockholm and Gothenburg told Nordvision 24 that viewings had already become quieter in recent weeks as buyers anticipated a rise.",
        "The bank said that its forecast did not mean further increases were certain. Much will depend on how quickly inflation slows in the spring, and on the wage agreements being negotiated in parts of the service sector.",
        "The Riksbank's next decision on rates is due on 7 May.",
    ],
    section="Business",
    caption="The Riksbank's headquarters at Brunkebergstorg in Stockholm",
    video_title="Watch: What the rate rise means for your mortgage (2:14)",
    related=[("Energy prices: Will electricity get cheaper this spring?", "/news/energy-spring-prices"),
             ("Sweden's unemployment rate holds steady", "/news/business/unemployment-february"),
             ("Live: Parliament debates housing subsidies", "/news/politics/live-housing")],
)

_CB1_D = _trade(
    "RateWatch Europe", "https://ratewatch.example/central-banks/riksbank/2026/03/20/hawkish-hike-split-board",
    "Riksbank: a hawkish hike with a cautious rate path",
    "The Swedish central bank's 25bp move to 2.00% was largely priced, but the statement and forecasts left markets guessing about May.",
    ["Daniel Kerr"], "2026-03-20T07:05:00Z",
    "20 March 2026",
    [
        "The Riksbank surprised no one in the money market on Thursday when it raised its policy rate by 25 basis points to 2.00%, ending a hold that had lasted since the autumn. Swap pricing had implied a roughly 75% chance of a hike going into the meeting, and the krona's reaction was correspondingly modest.",
        "What interests us more is the mix of messages. The decision came with a rate path that tops out at around 2.1% in the fourth quarter, which on its face implies at most one further 25bp step this year, and possibly none. Governor Helena Vikström went out of her way at the press conference to say that the bank was \"not on a predetermined path\".",
        "<h3>The inflation case</h3>",
        "The bank's justification rests on persistence. CPIF inflation rose to 3.4% in February, and the measure excluding energy came in at 3.2%. Services inflation has been running well above 4% for three consecutive months, which the bank attributes partly to delayed pass-through from last autumn's krona depreciation and partly to rents and insurance.",
        "The Executive Board's 4-1 vote is worth noting. Deputy Governor Mikael Strandqvist entered a reservation, arguing that the recovery of the krona since December and moderating wage settlements would bring inflation down without a hike. Dissents are not unusual at the Riksbank, but a reservation against a move, rather than against its size, suggests the bar for a second increase is higher than the headline might indicate.",
        "\"The hawks won the vote, but the doves wrote the rate path,\" said Sara Moberg, senior economist at Hallin Securities in Stockholm. \"I read this as one and probably done, unless the April numbers are bad.\"",
        "Jonas Feldt, chief economist at Kastell Bank, sees it differently. \"Vikström has spent three months preparing the market for this, and she would not have done that for a single move,\" he said. \"We now pencil in a second hike in May, taking the rate to 2.25%.\"",
        "<h3>Market pricing</h3>",
        "By Friday morning, swaps were pricing about a 40% probability of a further quarter-point increase at the May 7 meeting. Two-year Swedish government bond yields rose 6 basis points on Thursday, while the krona gained about 0.7% against the euro, reaching 11.02 shortly after the 09:30 CET announcement and extending the move to 10.98 in early trading on Friday.",
        "The growth forecast was cut to 1.8% for 2026, from 2.1% in January, and the bank now sees unemployment peaking this summer. That combination, higher rates into a softening labour market, is what worries the doves.",
        "<h3>What to watch</h3>",
        "The minutes of the March meeting, due on April 1, should clarify how broad the support for further tightening really is. Before May, the Riksbank will also see March and April CPIF data and the first spring wage agreements in the service sector.",
        "For now our base case is that the policy rate stays at 2.00% through the summer, with risks skewed towards one more increase rather than an early cut.",
    ],
    section="Central banks",
    factbox=[("Decision", "+25bp to 2.00%"), ("Previous rate", "1.75%"), ("Effective", "25 March 2026"),
             ("Vote", "4-1"), ("Next meeting", "7 May 2026"), ("2026 GDP forecast", "1.8% (Jan: 2.1%)")],
    related=[("Norges Bank preview: patience on the menu", "/central-banks/norges-bank/preview-march"),
             ("ECB speakers signal no rush on rates", "/central-banks/ecb/speakers-march"),
             ("Chart pack: Nordic inflation in 12 charts", "/data/nordic-inflation-charts")],
)

STORY_1 = _story(
    "cb-HA1", "central bank", "2026-03-20",
    [_page("https://www.nordicwire.example/markets/riksbank-raises-policy-rate-2026-03-19/", _CB1_A),
     _page("https://www.stockholmledger.example/ekonomi/2026/03/19/riksbanken-hojer-rantan-borrowers-brace", _CB1_B),
     _page("https://nordvision24.example/news/business/riksbank-rate-rise-2026", _CB1_C),
     _page("https://ratewatch.example/central-banks/riksbank/2026/03/20/hawkish-hike-split-board", _CB1_D)],
    [
        ("dissenting deputy governor's surname", r"strandqvist", r"strandquist"),
        ("executive board vote split", r"\b(?:4|four)\s*(?:[-–]|to)\s*(?:1|one)\b", r"\b(?:3|three)\s*(?:[-–]|to)\s*(?:2|two)\b"),
        ("february cpif inflation", r"\b2\.9\b", r"\b3\.4\b"),
    ],
)

# ---------------------------------------------------------------------------
# STORY 2 — el-HA2: Klaipėda mayoral by-election runoff (CONTROL)
# ---------------------------------------------------------------------------

_EL2_A = _wire(
    "Baltic News Wire", "https://www.bnw.example/politics/lithuania-klaipeda-mayor-runoff-zemaityte-wins",
    "Independent architect wins Klaipeda mayoral runoff, rival concedes",
    "Ruta Zemaityte, backed by a local voters' committee, defeated the coalition-backed candidate in Lithuania's third-largest city.",
    ["Egle Vaitkute"], "2026-04-26T21:05:00Z",
    "KLAIPEDA, Lithuania, April 26 (BNW) -",
    [
        "KLAIPEDA, Lithuania, April 26 (BNW) - Ruta Zemaityte, an independent architect backed by a local voters' committee, won Sunday's runoff for mayor of the Baltic port city of Klaipeda, defeating a candidate supported by Lithuania's governing parties, according to preliminary results.",
        "With 61 of 64 polling stations counted, Zemaityte had 54.6% of the vote against 45.4% for Tomas Kairys, a former deputy transport minister, the Central Electoral Commission (VRK) said. Kairys conceded at about 2040 GMT.",
        "Preliminary turnout was 38.2%, down from 41.2% in the first round two weeks ago.",
        "\"Tonight Klaipeda chose to look ahead,\" Zemaityte, 41, told supporters at a hall near the old town. \"I will be the mayor of everyone in this city, including those who did not vote for me.\"",
        "Kairys said the voters had spoken clearly. \"I congratulate Ruta Zemaityte and wish her success, because her success will be the city's success,\" he said in a short statement to reporters.",
        "The by-election was called after former mayor Darius Stonkus stepped down in January to take up a post in the national government. Klaipeda, with about 160,000 inhabitants, is Lithuania's third-largest city and home to its only seaport, an ice-free harbour that handles a large share of the country's freight.",
        "Zemaityte, a former deputy head of the city's urban planning department, campaigned on housing, public transport and what she called a fairer balance between the fast-growing port and the neighbourhoods that border it. Kairys promised to speed up a planned expansion of the port's southern terminals and to attract new investment.",
        "Kairys, 52, had the backing of the parties in the governing coalition and was widely seen as the favourite when the campaign began. His support held up best in Smiltyne, the sparsely populated spit across the lagoon, and in several districts near the port, while Zemaityte dominated the old town and the northern neighbourhoods, according to the district breakdown published by the commission.",
        "Supporters gathered outside Zemaityte's campaign hall waved the city's flag and chanted her name as the count moved in her favour through the evening. Several said the port expansion had decided their vote.",
        "In the first round on April 12, in which seven candidates stood, Zemaityte came first with 31.5% and Kairys second with 24.8%. Lithuanian law requires a runoff between the top two when no candidate wins more than half the votes.",
        "Analysts said the result would be read in Vilnius as a warning for the governing coalition, whose parties have been trailing in national opinion polls ahead of municipal elections across the country next year.",
        "\"The governing parties treated this as a local contest, but voters clearly did not,\" said Aiste Mockute, a political scientist at Klaipeda University. \"Turnout was modest, but the message is not.\"",
        "Final results, including ballots cast at home and by post, are expected from the electoral commission on Monday. The new mayor will take office once she is sworn in at a city council sitting.",
        "Municipal elections in Lithuania are held every four years, with the next nationwide vote due in 2027. Zemaityte will serve out the remainder of Stonkus's term.",
    ],
    section="World",
    credits="Reporting by Egle Vaitkute in Klaipeda; additional reporting by Andrius Puodžiūnas in Vilnius; Editing by Clare Rowan",
    visible="April 26, 2026 9:05 PM GMT",
    related=[("Lithuania's coalition slips in latest poll", "/politics/lithuania-poll-march"),
             ("Klaipeda port volumes rise on container traffic", "/business/klaipeda-port-q1"),
             ("Latvia's parliament approves new defence spending", "/politics/latvia-defence-budget")],
)

_EL2_B = _live(
    "LT Daily", "https://www.ltdaily.example/live/klaipeda-mayor-runoff-2026-04-26",
    "Klaipėda runoff live: Žemaitytė declares victory as Kairys concedes",
    "Live updates from election night in Klaipėda, where voters chose a new mayor in a runoff between Rūta Žemaitytė and Tomas Kairys.",
    "2026-04-26T17:00:00Z", "Last updated: 00:35, 27 April",
    [
        ("00:35", "All 64 polling stations counted", "Mantas Jurgaitis", [
            "The count from all 64 polling stations is now in. According to the electoral commission's preliminary figures, Rūta Žemaitytė has 26,447 votes (54.5%) and Tomas Kairys 22,080 (45.5%), a lead of 4,367 votes.",
            "These numbers still exclude ballots cast at home by elderly and disabled voters and postal votes, which will be added on Monday. They are unlikely to change the outcome. We're closing the live blog here; thanks for following along.",
        ]),
        ("23:55", "Žemaitytė: 'Klaipėda chose to look ahead'", "Mantas Jurgaitis", [
            "Žemaitytė has arrived at her campaign hall, to cheers and a brass band. Here's a longer excerpt from her speech:",
            "<blockquote>\"Tonight Klaipėda chose to look ahead. I will be the mayor of everyone in this city, including those who did not vote for me, and my first task is to get the port, the city and the people who live next to it talking to each other again.\"</blockquote>",
        ]),
        ("23:40", "Kairys concedes", "Greta Valančiūtė", [
            "Tomas Kairys has conceded. Speaking to reporters at his campaign headquarters on Herkaus Manto street, he said: \"The voters have spoken clearly and I respect their decision. I congratulate Rūta Žemaitytė and wish her success, because her success will be the city's success.\"",
            "He did not take questions and left shortly afterwards.",
        ]),
        ("23:25", "61 of 64 stations counted", "Greta Valančiūtė", [
            "With 61 of 64 polling stations counted, Žemaitytė is on 54.6% and Kairys on 45.4%. The remaining three stations are all in the city centre, where Žemaitytė did well in the first round.",
        ]),
        ("22:50", "Žemaitytė's lead holds", "Greta Valančiūtė", [
            "52 of 64 stations counted: Žemaitytė 54.4%, Kairys 45.6%. Interesting detail from the district breakdown: in Smiltynė, the thinly populated strip across the lagoon, Kairys is ahead with 58% of the vote there. The port-side districts in the south are closer to even.",
            "In the northern Baltijos district, turnout reached 44.1%, the highest in the city.",
        ]),
        ("22:05", "More than half counted", "Mantas Jurgaitis", [
            "35 of 64 stations in: Žemaitytė 53.9%, Kairys 46.1%. Kairys's team are now sounding subdued, our reporter at his headquarters says.",
            "Political scientist Aistė Mockutė of Klaipėda University, speaking to LT Daily: \"The governing parties treated this as a local contest, but voters clearly did not. If this margin holds, it will be felt in Vilnius.\"",
        ]),
        ("21:10", "First results", "Mantas Jurgaitis", [
            "The first 12 of 64 polling stations have reported. Early figures: Žemaitytė 52.1%, Kairys 47.9%. Too early to call, but the numbers are in line with the first round, when Žemaitytė took 31.5% to Kairys's 24.8%.",
        ]),
        ("20:00", "Polls close", "Greta Valančiūtė", [
            "Polling stations in Klaipėda have closed at 8 p.m. The electoral commission puts preliminary turnout at 38.2%, lower than the 41.2% in the first round on 12 April. That figure includes early voting earlier in the week.",
            "A reminder of the background: the by-election was called after Darius Stonkus resigned as mayor in January to join the national government. Seven candidates stood in the first round. Žemaitytė, 41, is an architect and former deputy head of the city's urban planning department, running for a voters' committee. Kairys, 52, a former deputy transport minister, has the backing of the governing coalition parties.",
            "The main campaign issues: housing costs, public transport, and the planned expansion of the port's southern terminals, which Kairys wants to speed up and Žemaitytė wants to renegotiate with residents.",
        ]),
    ],
    summary=[
        "Rūta Žemaitytė wins Klaipėda mayoral runoff with 54.5% of the vote, all 64 polling stations counted (preliminary)",
        "Tomas Kairys, backed by the governing coalition, concedes at 23:40",
        "Preliminary turnout 38.2%, down from 41.2% in the first round",
        "Home and postal votes to be added on Monday",
    ],
    related=[("Who is Rūta Žemaitytė? A profile", "/politics/zemaityte-profile"),
             ("Explainer: How Lithuanian mayors are elected", "/explainers/mayoral-elections"),
             ("Port expansion: what is planned in the south of Klaipėda", "/business/klaipeda-port-expansion-plan")],
    modified="2026-04-26T21:35:00Z",
)

_EL2_C = _regional(
    "Port City Herald", "https://www.portcityherald.example/news/mayor-final-results-zemaityte",
    "Final count confirms Žemaitytė as Klaipėda's new mayor",
    "The electoral commission's final figures, including home and postal votes, give the architect 54.3 per cent. Turnout was revised up to 38.9 per cent.",
    ["Herald newsroom", "Jonas Daukantas"], None,
    "Monday 27 April 2026",
    [
        "Klaipėda has a new mayor. The Central Electoral Commission on Monday published the final results of Sunday's runoff, confirming that Rūta Žemaitytė won with 26,832 votes, or 54.3 per cent of valid votes. Tomas Kairys received 22,588 votes, or 45.7 per cent.",
        "The final figures include 899 ballots cast at home or by post that were not part of the election-night count, which had put Žemaitytė's share at 54.5 per cent. The additions narrowed her lead slightly, to 4,244 votes, but did not change the outcome.",
        "Turnout was also revised. The commission now puts it at 38.9 per cent of the city's 128,460 registered voters, up from the 38.2 per cent announced on Sunday evening. In all, 49,971 people voted, and 551 ballots were declared invalid. Measured against all ballots cast, including the spoiled ones, Žemaitytė received 53.7 per cent.",
        "<h3>\"Everyone's mayor\"</h3>",
        "Speaking to the Herald on Monday morning at the city hall on Liepų street, where she went to collect her certificate, Žemaitytė said she had slept \"about three hours\" and was eager to start. \"I said last night that I will be everyone's mayor, and I meant it,\" she said. \"My first meetings will be with the port authority and with the residents' associations in the southern districts.\"",
        "The 41-year-old architect, who worked for nine years in the city's urban planning department, ending as its deputy head, ran as the candidate of the voters' committee Together for Klaipėda. She is the first woman to lead the city since the restoration of independence.",
        "Her opponent, former deputy transport minister Tomas Kairys, conceded shortly before midnight on Sunday. He has not said whether he will keep his seat on the city council.",
        "<h3>Divided city</h3>",
        "The results show a city that is far from united. Žemaitytė won clearly in the old town and the northern districts, where turnout was also highest, reaching 44.1 per cent in the Baltijos area. Kairys led in Smiltynė and ran close in several southern districts near the port, where many residents work in shipping and logistics.",
        "\"People in the south are worried about jobs, not only about noise and lorries,\" said Vida Kazlauskienė, who chairs a residents' association in the Rimkai area. \"The new mayor must show she understands that.\"",
        "Among the first decisions facing Žemaitytė is the city's position on the expansion of the port's southern terminals, which the port authority wants to begin next year. During the campaign she promised to reopen talks on noise barriers, traffic and compensation for the households most affected.",
        "Political scientist Aistė Mockutė said the result was a clear signal ahead of next year's municipal elections. \"The governing parties treated this as a local contest, but voters clearly did not,\" she said.",
        "Žemaitytė is expected to take the oath of office at the city council's next sitting, scheduled for Thursday, 7 May. Until then, deputy mayor Laura Bagdonienė continues to act as mayor.",
        "The by-election became necessary when Darius Stonkus stepped down in January after being appointed to the national government. Žemaitytė will serve until the nationwide municipal elections in March 2027.",
    ],
    section="Local news",
    caption="Rūta Žemaitytė at Klaipėda city hall on Monday morning. Photo: Herald",
    related=[("Traffic changes on Taikos avenue from Wednesday", "/news/taikos-roadworks"),
             ("Ferry timetable to Smiltynė extended for summer", "/news/ferry-summer"),
             ("Letters: What the new mayor should do first", "/opinion/letters-new-mayor")],
)

_EL2_D = _broadcast(
    "Baltic Public Radio", "https://english.balticpublicradio.example/news/klaipeda-elects-zemaityte-mayor",
    "Klaipėda elects independent Rūta Žemaitytė as mayor in blow to coalition",
    "An architect with no party affiliation won about 54% of the vote in the port city's runoff, in what analysts call a warning for the government.",
    ["Rasa Kučinskaitė"], "2026-04-27T09:30:00Z",
    "27.04.2026, 12:30",
    [
        "Voters in Klaipėda have elected Rūta Žemaitytė, a 41-year-old architect running without a party, as the city's mayor, defeating Tomas Kairys, whose candidacy was backed by the parties of the governing coalition.",
        "According to final results published by the Central Electoral Commission on Monday morning, Žemaitytė won about 54% of the vote in Sunday's runoff, a margin of almost nine percentage points, or some 4,200 votes. Turnout was just under 39%.",
        "Žemaitytė, who until last year was deputy head of the city's urban planning department, told supporters on election night that she would be \"the mayor of everyone in this city\" and that her first task was to restore dialogue between the port, the municipality and residents.",
        "Kairys, 52, conceded late on Sunday evening and congratulated his rival, saying her success \"will be the city's success\".",
        "<h2>A signal for the government?</h2>",
        "The by-election was called after the previous mayor, Darius Stonkus, left in January to join the national government. Although it concerned only one city, it was watched closely in Vilnius as the first direct electoral test for the governing parties since they took office.",
        "Government spokesperson Paulius Vaitiekus said the coalition respected the voters' choice and looked forward to working with the new mayor. \"Klaipėda is strategically important for the whole of Lithuania, and the government will be a partner to whoever leads it,\" he said.",
        "Opposition politicians were quick to claim the result as a rebuke. \"People are tired of decisions being made over their heads,\" said Ieva Grinkevičienė, an opposition member of the Seimas elected from Klaipėda.",
        "Aistė Mockutė, a political scientist at Klaipėda University, cautioned against reading too much into the result, noting that turnout was lower than in the first round and that local issues, above all the port expansion, had dominated the campaign. But she added that the coalition \"clearly misjudged the mood\".",
        "<h2>The port question</h2>",
        "The port of Klaipėda, Lithuania's only seaport, is planning a major expansion of its southern terminals, a project supported by the government. Residents of nearby districts have complained about heavy traffic, noise and the loss of green space.",
        "Žemaitytė does not oppose the expansion outright but has promised to renegotiate its terms, including noise barriers, traffic routing and compensation for affected households. In the first round on 12 April she won 31.5% of the vote, ahead of Kairys with 24.8%.",
        "The district figures underline the divide. Žemaitytė was strongest in the old town and the northern neighbourhoods, where turnout was also highest, while Kairys led in Smiltynė, across the lagoon, and kept the race close in the southern districts bordering the port, where many households depend on jobs in shipping and logistics.",
        "Port authority director Gintaras Lukošius said he was ready to meet the new mayor \"as early as next week\" and that the project timetable remained unchanged for now.",
        "Žemaitytė is due to be sworn in at the next city council meeting on 7 May. She will serve until the regular municipal elections in 2027.",
    ],
    section="News",
    caption="Rūta Žemaitytė celebrates with supporters in Klaipėda on Sunday night",
    video_title="Listen: Our Klaipėda correspondent on the runoff result (4:02)",
    related=[("Seimas committee backs defence procurement bill", "/news/seimas-defence-bill"),
             ("Vilnius airport passenger numbers hit record in March", "/news/vilnius-airport-march"),
             ("Weather: Cold snap expected on the coast this week", "/news/weather-coast")],
)

STORY_2 = _story(
    "el-HA2", "election", "2026-04-27",
    [_page("https://www.bnw.example/politics/lithuania-klaipeda-mayor-runoff-zemaityte-wins", _EL2_A),
     _page("https://www.ltdaily.example/live/klaipeda-mayor-runoff-2026-04-26", _EL2_B),
     _page("https://www.portcityherald.example/news/mayor-final-results-zemaityte", _EL2_C),
     _page("https://english.balticpublicradio.example/news/klaipeda-elects-zemaityte-mayor", _EL2_D)],
    [],
)

# ---------------------------------------------------------------------------
# STORY 3 — ct-HA3: Danish Supreme Court, fishermen v. offshore wind developer (CONTROL)
# ---------------------------------------------------------------------------

_CT3_A = _trade(
    "Nordic Legal Review", "https://www.nordiclegal.example/litigation/hojesteret-nordvind-fishermen-compensation",
    "Højesteret raises fishermen's award against Nordvind to DKK 48.6m in first offshore wind nuisance case",
    "A four-justice majority held that an environmental permit does not shield an offshore wind operator from liability under Danish neighbour law.",
    ["Louise Dahl Mikkelsen"], "2026-06-09T12:15:00+02:00",
    "9 June 2026 · 12:15",
    [
        "Denmark's Supreme Court (Højesteret) on Tuesday ordered offshore wind developer Nordvind Energi A/S to pay DKK 48.6 million in compensation to 37 commercial fishermen and their companies whose fishing grounds in the Kattegat off the Djursland peninsula were affected by the construction and operation of the Kattegat Syd wind farm.",
        "The judgment, handed down at 10:00 in case BS-14/2025, increases the award of DKK 31.2 million made by the Western High Court (Vestre Landsret) in March 2024. The fishermen had originally claimed DKK 112 million. Nordvind had cross-appealed, seeking to have the claim dismissed in its entirety.",
        "<h3>The majority's reasoning</h3>",
        "Writing for the majority of four, Justice Anne Louise Bøgh held that the environmental approval and construction permit granted to the project under the Renewable Energy Act did not exclude liability under the unwritten rules of Danish neighbour law (naboret). Under those rules, a party whose lawful activity causes harm to others must pay compensation where the harm exceeds the tolerance threshold, the level of nuisance that must ordinarily be accepted.",
        "The majority found that the loss suffered by the fishermen, who for decades had fished Norway lobster and plaice in the grounds where the 45 turbines now stand, was \"substantial, lasting and specific to a limited and identifiable group\", and therefore exceeded that threshold. It accepted that the fishermen could not simply move to other grounds without significant additional costs.",
        "The compensation covers lost earnings from 2020 to 2025 and a lump sum for expected future losses. The court also ordered Nordvind to pay DKK 1.2 million towards the fishermen's legal costs.",
        "<h3>The dissent</h3>",
        "Justice Henrik Vestergaard dissented on the amount. He agreed that liability existed but would have upheld the High Court's assessment of DKK 31.2 million, finding that part of the decline in catches was attributable to changes in fish stocks across the Kattegat that would have occurred regardless of the wind farm.",
        "The evidence on the size of the loss was sharply disputed. An expert report commissioned by the fishermen found that catches of Norway lobster in the affected area fell by around 40% between 2019 and 2023. A report for Nordvind put the decline attributable to the wind farm at no more than 15%. The majority did not adopt either figure outright but found the fishermen's account of their own logbooks and sales notes more reliable.",
        "<h3>Significance</h3>",
        "The case is the first in which Højesteret has ruled on compensation to fishermen for losses caused by an offshore wind farm, and it comes as Denmark prepares to tender several gigawatts of new offshore capacity. Until now, compensation has mostly been agreed voluntarily through schemes negotiated between developers and fishing organisations.",
        "\"The ruling settles that a permit is not a shield,\" said Birgitte Laursen, professor of environmental law at Aarhus University. \"But the court was careful to stress that the group here was small, clearly defined and heavily dependent on these particular grounds. It doesn't follow that every fisherman who sees a turbine on the horizon has a claim.\"",
        "Mads Thorup of Thorup & Lind, who represented the fishermen, called the judgment a landmark. Nordvind said in a statement that it respected the decision and would study the reasoning carefully.",
        "The fishermen filed their claim in the autumn of 2021. Because of its importance in principle, the case was referred to the Western High Court as the court of first instance, which allowed a direct appeal to the Supreme Court.",
    ],
    section="Litigation",
    factbox=[("Court", "Højesteret (Supreme Court of Denmark)"), ("Case", "BS-14/2025"), ("Judgment", "9 June 2026"),
             ("Outcome", "DKK 48.6m to 37 fishermen (High Court: DKK 31.2m)"), ("Vote", "4-1 on quantum"),
             ("Costs", "DKK 1.2m")],
    related=[("EU court clarifies standstill rules in public tenders", "/eu-law/standstill-ruling"),
             ("Norwegian court rejects class action over salmon prices", "/litigation/norway-salmon-class-action"),
             ("Interview: The new president of the Swedish Bar Association", "/people/swedish-bar-president")],
)

_CT3_B = _paper(
    "The Copenhagen Courier", "https://www.cphcourier.example/news/2026/06/09/supreme-court-fishermen-wind-farm-compensation",
    "Supreme Court sides with fishermen in wind farm battle",
    "Denmark's highest court orders developer Nordvind to pay almost 49 million kroner to Kattegat fishermen whose grounds were lost to turbines.",
    ["Sofie Brandt", "Michael Aagaard"], "2026-06-09T17:40:00+02:00",
    "Tuesday 9 June 2026, 17:40",
    [
        "A group of fishermen from Grenaa and neighbouring harbours won a five-year legal battle on Tuesday when Denmark's Supreme Court ordered the company behind an offshore wind farm in the Kattegat to pay them 48.6 million kroner (about €6.5 million) for the fishing grounds they lost.",
        "The ruling, read out at 10am local time (8am GMT) in the court's building on Prins Jørgens Gård in Copenhagen, went further than a lower court, which in 2024 had awarded the fishermen 31.2 million kroner. The judges split four to one, with the dissenting justice agreeing that the company was liable but arguing for the lower amount.",
        "\"We have been told for five years that we were imagining it,\" said Palle Krogh Jensen, chairman of the Kattegat Fishermen's Association, who was in the courtroom with around a dozen of the 37 fishermen involved. \"Today the highest court in the country said we were right.\"",
        "<h2>'A permit is not a licence'</h2>",
        "At the heart of the case was a question that has worried both the fishing industry and wind developers: does a company that builds a wind farm with every permit in place still have to pay if it ruins someone else's livelihood?",
        "Yes, the Supreme Court majority said, at least when the damage is large and falls on a small, clearly defined group. Writing for the majority, Justice Anne Bøgh found that the fishermen's losses went beyond what neighbours of a lawful activity are normally expected to tolerate.",
        "\"This is a landmark ruling,\" said the fishermen's lawyer, Mads Thorup. \"It makes it clear that a permit from the state is not a licence to destroy other people's livelihoods without paying for it.\" He estimated that, with interest since the claim was filed and the costs the court awarded, the total payment would come to more than 60 million kroner.",
        "Nordvind Energi, which operates the 45-turbine Kattegat Syd wind farm some 11 nautical miles off the coast of Djursland, said it respected the decision. \"We will now study the ruling carefully. Nordvind has always sought good coexistence with fishing, and we will continue that dialogue,\" chief executive Charlotte Hvid said in a written statement.",
        "<h2>Industry watches closely</h2>",
        "The timing is sensitive. The government wants a large expansion of offshore wind in the coming decade, and several new sites are expected to be put out to tender this year and next, some in waters that are fished intensively.",
        "Rasmus Friis, director of the industry group Danish Sea Energy Forum, said the ruling created \"clarity, even if it is not the clarity we hoped for\". He added that developers would now have stronger reasons to agree compensation with fishermen before construction rather than fight it out in court afterwards.",
        "Fishing organisations welcomed the decision. \"For years, the attitude has been that fishermen should just move somewhere else,\" said Krogh Jensen. \"But you can't move a lobster ground. These men have fished the same waters as their fathers.\"",
        "Experts cautioned against overreading the judgment. Professor Birgitte Laursen of Aarhus University noted that the court had stressed how dependent this particular group was on the affected grounds.",
        "The wind farm, which has 405 megawatts of capacity, was connected to the grid in 2020. The fishermen say their catches of Norway lobster began to fall during construction in 2019 and never recovered.",
    ],
    section="News",
    caption="Fishermen and their families outside the Supreme Court in Copenhagen on Tuesday. Photo: Courier/Jens Bach",
    related=[("Offshore wind tender delayed over subsidy dispute", "/business/offshore-tender-delay"),
             ("Explainer: How Denmark's courts work", "/explainers/danish-courts"),
             ("Grenaa harbour bets on wind service jobs", "/business/grenaa-harbour-wind"),
             ("Editorial: The fishermen deserved their day in court", "/opinion/editorial-fishermen")],
    tags=("Supreme Court", "Offshore wind", "Fishing", "Kattegat"),
)

_CT3_C = _regional(
    "Djurs Coast News", "https://www.djurscoast.example/grenaa/fiskerne-vandt-hojesteret",
    "Relief and tears in Grenaa harbour after Supreme Court victory",
    "The fishermen who took on the wind farm developer celebrated on the quay on Tuesday evening. 'Now we can finally plan for the future,' says one of them.",
    ["Thomas Rye"], None,
    "Wednesday 10 June 2026",
    [
        "The flags were flying on several boats in Grenaa harbour on Tuesday evening when the fishermen who had been in Copenhagen for the Supreme Court's ruling came home.",
        "Earlier in the day, the country's highest court had ordered the wind farm developer Nordvind Energi to pay nearly 49 million kroner to the nearly 40 local fishermen who lost their Norway lobster grounds when the Kattegat Syd wind farm was built off our coast.",
        "\"I cried a little when the judge read it out, and I'm not ashamed of it,\" said Ole Bech, 61, who has fished out of Grenaa for more than forty years and whose son now skippers the family's trawler. \"Now we can finally plan for the future. For five years we haven't known whether to sell the boat or keep going.\"",
        "<h3>A long road</h3>",
        "The fishermen's fight began in the autumn of 2021, when they filed their claim for compensation, and it has hung over the harbour ever since. In March 2024 the Western High Court in Viborg gave them 31.2 million kroner. Both sides appealed, and on Tuesday four of the five Supreme Court justices decided that the amount should be raised to 48.6 million kroner.",
        "Justice Anne Louise Boegh, who wrote the majority's reasons, found that the fishermen had suffered losses that went well beyond what one must put up with from a neighbour. The fifth justice agreed that Nordvind must pay, but wanted to keep the lower figure.",
        "Palle Krogh Jensen, who chairs the Kattegat Fishermen's Association and has been the group's public face throughout, was greeted with applause when he stepped off the bus from Copenhagen. \"Today the highest court in the country said we were right,\" he told the crowd, repeating what he had said outside the courthouse in the morning.",
        "<h3>What happens with the money?</h3>",
        "The money will be shared among the fishermen and their companies according to how much each fished in the affected area before construction began, based on logbooks and sales notes. The association's lawyer, Mads Thorup, has said that the total, including interest and costs, will exceed 60 million kroner.",
        "Several of the fishermen told Djurs Coast News that part of the money would go to paying off debt that has built up since the catches fell. Others hope to invest in gear that allows them to fish new grounds further north, which means longer trips and more fuel.",
        "\"It's not a lottery win,\" said Krogh Jensen. \"It's what we lost. Some of the boats would have been sold by now if the ruling had gone the other way.\"",
        "<h3>Mayor: good day for Djursland</h3>",
        "Norddjurs mayor Jesper Vang Kristensen called it a good day for the harbour and the whole peninsula. \"We want the green transition, and we're proud to have wind turbines off our coast, but it must not happen at the expense of the families who have lived from the sea here for generations,\" he said.",
        "Nordvind, which has a service base in Grenaa harbour employing around 60 people, said in a statement that it respected the ruling and wanted to continue a good dialogue with the local fishing community.",
        "The wind farm lies about 20 kilometres off the coast and has been producing power since 2020.",
    ],
    section="Grenaa",
    caption="Ole Bech (left) and Palle Krogh Jensen on the quay in Grenaa on Tuesday evening.",
    related=[("Harbour festival returns in July with bigger programme", "/grenaa/havnefest-2026"),
             ("Roadworks on Route 15 near Trustrup", "/djursland/rute15-vejarbejde"),
             ("Handball: Grenaa women promoted", "/sport/haandbold-oprykning")],
)

STORY_3 = _story(
    "ct-HA3", "court", "2026-06-10",
    [_page("https://www.nordiclegal.example/litigation/hojesteret-nordvind-fishermen-compensation", _CT3_A),
     _page("https://www.cphcourier.example/news/2026/06/09/supreme-court-fishermen-wind-farm-compensation", _CT3_B),
     _page("https://www.djurscoast.example/grenaa/fiskerne-vandt-hojesteret", _CT3_C)],
    [],
)

# ---------------------------------------------------------------------------
# STORY 4 — tr-HA4: Norway's first-quarter seafood exports (PLANTED)
# ---------------------------------------------------------------------------

_TR4_A = _wire(
    "NTX Newswire", "https://www.ntxnews.example/business/norway-seafood-exports-q1-2026-record",
    "Norway's seafood exports hit first-quarter record on salmon prices, weak krone",
    "Exports rose 9% to NOK 48.2 billion in January-March, the Norwegian Seafood Export Council said.",
    ["Siri Halvorsen"], "2026-04-07T05:12:00Z",
    "OSLO, April 7 (NTX) -",
    [
        "OSLO, April 7 (NTX) - Norway exported seafood worth NOK 48.2 billion in the first quarter, a record for the period, as high salmon prices and a weak krone offset lower volumes of salmon and cod, the Norwegian Seafood Export Council said on Tuesday.",
        "The value was up 9%, or NOK 4.0 billion, from the same quarter last year, when exports totalled NOK 44.2 billion. In March alone, exports were worth NOK 16.9 billion, an increase of 6%.",
        "\"This is the strongest start to a year Norwegian seafood has ever had,\" said Kristin Aasheim, chief executive of the council. \"High prices for salmon and a weak krone explain much of it, but demand in Europe has also been remarkably robust.\"",
        "Salmon accounted for NOK 33.1 billion, or about 69% of the total. The volume of salmon exported fell 2% to 265,000 tonnes, reflecting lower harvests in northern Norway during the winter, but the average export price rose.",
        "The council estimated that the krone's weakness against the euro accounted for roughly a third of the growth in value. The euro averaged around 11.7 krone in the quarter, compared with about 11.5 a year earlier.",
        "Exports to the United States, which imposed a 15% tariff on most Norwegian goods last year, fell 7% to NOK 2.9 billion. Poland remained the largest single market, followed by Denmark and France.",
        "Exports to the European Union as a whole rose 11%. Shipments to several Asian markets grew quickly from a low base, with South Korea up 18% and Vietnam up 24%, as exporters sought alternatives to the U.S. market.",
        "The figures were published on the first working day after the Easter holiday.",
        "Fisheries and Ocean Policy Minister Odd Reidar Lunde said the numbers showed that Norwegian seafood remained competitive despite new trade barriers. \"We are seeing that the industry is finding new customers in Europe and Asia when doors close elsewhere,\" he said in a statement.",
        "Cod exports fell in volume after a further cut in the Barents Sea quota for 2026, though higher prices partly compensated. The council said it expected the value of cod exports to decline over the year as a whole.",
        "Industry representatives cautioned that record export values did not translate directly into record profits, pointing to higher costs for feed, electricity and disease treatment as well as the resource rent tax on aquaculture introduced in 2023.",
        "\"Prices at these levels will not last forever. When supply picks up later in the year, we expect them to come down,\" Aasheim said, adding that harvest volumes were expected to increase from the second quarter.",
        "Seafood is Norway's second-biggest export after oil and gas. The country exported seafood worth a record NOK 175 billion in 2025, according to the council.",
    ],
    section="Business",
    credits="Reporting by Siri Halvorsen; Editing by Tom Walsh",
    visible="7 April 2026, 07:12 CEST",
    related=[("Salmon farmers warn on resource rent tax changes", "/business/salmon-tax-warning"),
             ("Norway's trade surplus narrows as gas prices ease", "/business/norway-trade-surplus-feb"),
             ("EU-Norway fisheries talks end without deal on mackerel", "/business/mackerel-talks")],
)

_TR4_B = _trade(
    "Fish & Ocean Intelligence", "https://www.fishoceanintel.example/markets/norway-q1-2026-exports-salmon-price-volume",
    "Norway Q1 exports: prices carry salmon as volumes slip; US shipments fall again",
    "Price, not volume, drove Norway's record January-March. We break down the numbers by species and market.",
    ["Ingrid Mæland"], "2026-04-07T11:30:00+02:00",
    "April 7, 2026 · 11:30",
    [
        "Norway's seafood export figures for the first quarter, released by the Norwegian Seafood Export Council on April 7, confirm a pattern that has held for most of the past three years: the value keeps climbing while the volume does not.",
        "Total exports reached NOK 48.2 billion (€4.1 billion) in January-March, up 9% year on year and the highest first-quarter figure on record. Volumes across all species were down 5%.",
        "\"This is the strongest start to a year Norwegian seafood has ever had,\" council chief executive Kristin Aasheim said when presenting the figures, adding that the industry should not take the price environment for granted.",
        "<h3>Salmon: fewer tonnes, more kroner</h3>",
        "Atlantic salmon exports totalled 265,000 tonnes, down 2% from 270,400 tonnes a year earlier, worth NOK 33.1 billion. The average export price for fresh whole salmon was NOK 104.50 per kilo, compared with NOK 98.20 in the first quarter of 2025.",
        "Eirik Sandvold, market analyst at the council, attributed the lower volumes to slower growth and higher mortality at farms in Troms and Finnmark over the winter. \"We expect supply to pick up from the second quarter, which will normally put some pressure on prices,\" he said.",
        "Buyers are feeling the squeeze. \"At these price levels, some of our retail customers in southern Europe have reduced promotions and shifted to smaller portions,\" said Marco Bellini, purchasing director at Italian importer Mare Fresco.",
        "<h3>Markets</h3>",
        "Poland, where much of Norway's salmon is processed before being sold on across the EU, remained the largest market at NOK 5.4 billion, followed by Denmark and France. Exports to the EU as a whole rose 11%.",
        "The United States, once the fastest-growing destination, continued to shrink. Exports fell 7% to NOK 2.9 billion as the 15% US tariff on Norwegian goods weighed on fresh salmon fillets in particular. Some of that volume has shifted to Asian markets: exports to South Korea rose 18% and to Vietnam 24%, albeit from low levels.",
        "<h3>Whitefish</h3>",
        "Cod remains the weak spot. Export volumes fell 18% following another cut in the Barents Sea quota, and the value declined 4% to NOK 3.6 billion despite record prices for fresh and clipfish products. Processors in northern Norway have warned of reduced activity and temporary layoffs this spring.",
        "\"We are living off prices, and that cannot last forever,\" said Tor-Arne Iversen, managing director of Nordkyst Fisk, a processor in Båtsfjord. \"There simply isn't enough fish.\"",
        "<h3>Currency effects</h3>",
        "The council estimates that roughly a third of the value growth, or around NOK 1.3 billion, came from the weaker krone. Measured in euros, the increase was closer to 7%.",
        "March exports were NOK 16.9 billion, up 6% on the same month last year, a somewhat slower pace than in January and February.",
        "For subscribers: our full data table by species and market for January-March is available in the Data section.",
    ],
    section="Markets",
    factbox=[("Q1 2026 exports", "NOK 48.2bn (+9%)"), ("Q1 2025", "NOK 44.2bn"), ("Salmon", "265,000 t / NOK 33.1bn"),
             ("Cod value", "NOK 3.6bn (-4%)"), ("Largest market", "Poland, NOK 5.4bn"), ("US", "NOK 2.9bn (-7%)")],
    related=[("Chile's salmon harvest outlook for 2026", "/markets/chile-salmon-2026"),
             ("Faroese salmon exports rise in March", "/markets/faroes-march"),
             ("Barents Sea cod quota: what the cut means for processors", "/policy/barents-cod-quota")],
)

_TR4_C = _regional(
    "Vestland Post", "https://www.vestlandpost.example/naering/sjomat-rekordkvartal",
    "Record quarter for seafood, but fish farmers on the coast remain cautious",
    "Exports hit a new first-quarter high. Producers in Vestland welcome the prices but worry about costs and taxes.",
    ["Arne Vik"], None,
    "Updated 3 hours ago",
    [
        "Norwegian seafood has never had a better start to the year. According to figures from the Norwegian Seafood Export Council released on Monday, exports in the first quarter were worth NOK 48.2 billion, nine per cent more than in the same period last year.",
        "In March alone, the industry sold seafood abroad for almost NOK 17 billion.",
        "The growth is almost entirely driven by price. Salmon, which makes up more than two-thirds of the total, is selling for considerably more than a year ago, and the weak krone means that every euro earned abroad is worth more at home.",
        "<h3>\"Good, but not easy\"</h3>",
        "At the Sunnfjord Laks facility north of Florø, managing director Hilde Rognaldsen is pleased but careful not to celebrate too early. \"Prices are good, and we are grateful for that. But our costs have risen sharply too, feed, electricity, insurance, wages, and lice treatment is not getting cheaper,\" she said.",
        "The company harvested slightly less in the first quarter than last year, partly because fish were moved later into the sea. \"We would rather sell fewer fish at a good price than rush it,\" said Rognaldsen.",
        "Seafood companies in Vestland accounted for about NOK 14 billion of the first-quarter total, according to an estimate from the county's business association, making the county one of the two largest exporting regions together with Møre og Romsdal.",
        "<h3>Tax worries</h3>",
        "Several farmers in the region say the good figures paint a misleading picture of the industry's finances. The resource rent tax on aquaculture, introduced in 2023, takes a large share of the profits in good years, and companies fear that the government will tighten it further.",
        "\"When people read 'record', they think we are swimming in money,\" said Kjetil Bjordal, who runs a family-owned farming company with four sites in Sogn. \"But a record in export value is not the same as a record in profit. Much of the money goes straight back out in costs and taxes.\"",
        "Kristin Aasheim, chief executive of the export council, acknowledged that high prices do not benefit everyone equally. \"This is the strongest start to a year Norwegian seafood has ever had,\" she said, adding that the industry must prepare for prices to fall when supply increases later in the year.",
        "<h3>The American market</h3>",
        "Exports to the United States fell in the first quarter. Since last year, most Norwegian goods have faced a 15 per cent US tariff, and several exporters in Vestland say they have shifted volumes to Europe and Asia.",
        "\"The Americans still want our fish, but the price they are willing to pay has changed,\" said Rognaldsen. \"Europe is where the growth is now.\"",
        "Fisheries and Ocean Policy Minister Odd Reidar Lunde is due to visit aquaculture companies in Sunnfjord later this month as part of a tour of the coastal counties.",
    ],
    section="Business",
    caption="Salmon being loaded for export at a facility in Sunnfjord. Photo: Vestland Post",
    related=[("Ferry prices to be cut on three routes", "/nyheter/ferjepriser"),
             ("New hotel planned on Florø waterfront", "/naering/hotell-floro"),
             ("Football: Sogndal secure first win of the season", "/sport/sogndal-seier")],
)

_TR4_D = _paper(
    "Oslo Morning Post", "https://www.oslomorningpost.example/business/2026/04/08/seafood-record-trade-barriers",
    "Seafood sets record as exporters route around US tariffs",
    "Europe and Asia absorb more Norwegian fish as exports to the United States fall. The government says the figures vindicate its trade strategy.",
    ["Henrik Solberg"], "2026-04-08T06:00:00+02:00",
    "Wednesday 8 April 2026, 06:00",
    [
        "Norwegian seafood exporters sold fish and shellfish worth NOK 48.2 billion abroad in the first three months of the year, a record for a first quarter and roughly 4.5 billion dollars at current exchange rates, according to figures released by the Norwegian Seafood Export Council on Tuesday.",
        "The increase, nearly a tenth compared with the same period last year, came despite a 7 per cent fall in exports to the United States, where a 15 per cent tariff on most Norwegian goods has been in force since last year.",
        "\"This is the strongest start to a year Norwegian seafood has ever had,\" said Fisheries and Ocean Policy Minister Odd Reidar Lunde, who argued that the figures showed the government's efforts to open new markets were paying off.",
        "<h2>Europe picks up the slack</h2>",
        "Exports to the European Union rose by 11 per cent, with Poland, the hub for much of Europe's salmon processing, remaining the largest single market. Sales to several Asian countries, including South Korea and Vietnam, grew strongly, although from a low base.",
        "Salmon accounted for about 69 per cent of the total value. The volume of salmon exported, at 256,000 tonnes, was slightly lower than a year ago, which means the increase in value was driven by prices.",
        "Kristin Aasheim, the head of the export council, warned against reading too much into a single quarter. \"Prices at these levels will not last forever. When supply picks up later in the year, we expect them to come down,\" she said.",
        "<h2>Trade talks with Washington</h2>",
        "The figures come as the government is trying to negotiate a reduction of the US tariff. Trade Minister Marte Ellingsen travelled to Washington last month for talks with the US Trade Representative's office, but officials say no agreement is in sight.",
        "\"We have presented our arguments, and the dialogue continues,\" Ellingsen told the Post. \"Norway has an almost balanced trade relationship with the United States in goods other than energy, and we see no basis for these tariffs.\"",
        "Economists say the tariffs have not hurt the industry as much as feared, largely because global salmon supply is tight. \"When there is too little salmon in the world, the fish finds a buyer somewhere,\" said Ragnhild Skjervøy, senior economist at Fjordkapital. \"The real test comes when supply grows again and exporters have to compete on price.\"",
        "<h2>The krone effect</h2>",
        "A weak krone has also flattered the numbers. The council estimates that about a third of the increase in value stems from currency effects. Measured in euros, growth was more modest.",
        "The Centre Party's fisheries spokesman, Per Olav Hanssen, said the record figures should not distract from the crisis in the cod fisheries, where lower quotas have hit coastal communities in the north. \"Record exports don't help the fish plant in Finnmark that is laying off workers because there is no cod,\" he said.",
        "Last year Norway exported seafood worth NOK 175 billion, also a record. The council will publish figures for April in early May.",
    ],
    section="Business",
    caption="Salmon boxes ready for export at Oslo Airport Gardermoen. Photo: OMP",
    related=[("Analysis: Why the krone stays weak", "/business/krone-analysis"),
             ("Cod crisis: fish plant in Finnmark lays off 40", "/business/finnmark-layoffs"),
             ("Trade minister: 'No quick fix on US tariffs'", "/politics/ellingsen-interview"),
             ("Salmon tax: industry demands changes", "/business/salmon-tax-demands")],
    tags=("Seafood", "Trade", "Salmon", "United States"),
)

STORY_4 = _story(
    "tr-HA4", "trade", "2026-04-08",
    [_page("https://www.ntxnews.example/business/norway-seafood-exports-q1-2026-record", _TR4_A),
     _page("https://www.fishoceanintel.example/markets/norway-q1-2026-exports-salmon-price-volume", _TR4_B),
     _page("https://www.vestlandpost.example/naering/sjomat-rekordkvartal", _TR4_C),
     _page("https://www.oslomorningpost.example/business/2026/04/08/seafood-record-trade-barriers", _TR4_D)],
    [
        ("weekday the export figures were released", r"\btuesday\b", r"\bmonday\b"),
        ("who said 'strongest start to a year'", r"aasheim", r"lunde"),
        ("first-quarter salmon export volume", r"\b265,000\b", r"\b256,000\b"),
    ],
)

# ---------------------------------------------------------------------------
# STORY 5 — rk-HA5: Kvasir Orbital's Ravn reaches orbit from Andøya (PLANTED)
# ---------------------------------------------------------------------------

_RK5_A = _live(
    "OrbitBeat", "https://www.orbitbeat.example/live/kvasir-ravn-flight-2-andoya",
    "Live: Kvasir Orbital's Ravn rocket launches from Andøya on second test flight",
    "Follow the second flight of Kvasir Orbital's Ravn launcher from Andøya Spaceport in northern Norway. All times UTC.",
    "2026-05-14T09:00:00Z", "Last update 11:25 UTC, 14 May 2026",
    [
        ("11:25 UTC", "Orbit refined: about 520 km", "Lena Ostrowski", [
            "Kvasir Orbital now says tracking data put the second stage and its payloads in a near-circular orbit of about 520 km, slightly higher than the preliminary 515 km figure given after engine cutoff. That's within the target band for this mission. We're wrapping up the live coverage here; full report to follow.",
        ]),
        ("11:13 UTC", "Both cubesats deployed", "Lena Ostrowski", [
            "Confirmation from the company: both payloads have separated from the second stage, roughly 59 minutes after liftoff. Together they weigh about 45 kg. Next milestone is first contact with the student satellite's ground station, expected this evening.",
        ]),
        ("10:41 UTC", "Reaction pours in", "Lena Ostrowski", [
            "Trade and Industry Minister Cecilie Strand has congratulated the team, calling it \"a proud day for Norwegian industry\". Andøya Spaceport managing director Marit Hågensen says the site is \"ready for regular launches\".",
            "Our colleague at Bleik beach reports spectators applauding and singing as the exhaust trail drifted east. Local police had estimated about 2,000 people in the official viewing areas before liftoff.",
        ]),
        ("10:23 UTC", "Second stage cutoff, in orbit", "Lena Ostrowski", [
            "SECO at T+08:40. The webcast commentator confirms orbital insertion, with a preliminary orbit of about 515 km. Huge cheers audible in the control room. This is the first time a rocket built by a Norwegian company has reached orbit.",
            "<blockquote>\"Today we proved that Ravn works,\" chief executive Ingrid Solheim says on the webcast. \"Eight months ago we watched our first rocket fall into the sea. This time everything we could see went by the book.\"</blockquote>",
        ]),
        ("10:17 UTC", "Stage separation, second stage ignition", "Lena Ostrowski", [
            "Clean separation confirmed and the single vacuum engine on the second stage has lit. Fairing jettison followed a few seconds later.",
        ]),
        ("10:16 UTC", "Main engine cutoff", "Lena Ostrowski", [
            "MECO at T+02:38, on the timeline. The first stage's nine engines burned for 158 seconds, which is already more than five times the duration of last September's flight, which ended after 31 seconds.",
        ]),
        ("10:14 UTC", "LIFTOFF", "Lena Ostrowski", [
            "Liftoff of Ravn at 10:14 UTC (12:14 CEST) from Andøya Spaceport! The rocket cleared the pad cleanly and is heading north over the Norwegian Sea.",
        ]),
        ("09:48 UTC", "Weather is go", "Lena Ostrowski", [
            "Launch director reports winds at the pad well within limits today. Recall that Tuesday's first attempt was called off because of high upper-level winds, and Wednesday's attempt was scrubbed at T-4 minutes over a faulty pressure sensor on the second stage, which the team replaced overnight.",
        ]),
        ("09:00 UTC", "Welcome", "Lena Ostrowski", [
            "Good morning and welcome to our live coverage. Today Kvasir Orbital, the Oslo-based launch startup, is making its second attempt to reach orbit with its 24-metre Ravn rocket. The launch window opens at 10:00 UTC and runs for two hours.",
            "On board are two small satellites: a student-built cubesat for measuring the upper atmosphere, and a ship-tracking demonstration satellite for Havørn Space. Ravn is designed to carry up to 300 kg to low Earth orbit.",
            "The first Ravn flight, on 19 September 2025, ended 31 seconds after liftoff when the rocket lost attitude control and was terminated over the sea. Kvasir traced the failure to software in the guidance system.",
        ]),
    ],
    summary=[
        "Ravn lifted off at 10:14 UTC from Andøya Spaceport on its second test flight",
        "First stage burned for 158 seconds; second stage reached orbit at T+08:40",
        "Two cubesats deployed; orbit about 520 km",
        "First flight in September 2025 failed after 31 seconds",
    ],
    related=[("Explainer: Europe's new small launchers", "/explainers/europe-small-launchers"),
             ("Andøya Spaceport: what's next after Ravn", "/spaceports/andoya-outlook"),
             ("Esrange completes new test stand", "/spaceports/esrange-test-stand")],
    modified="2026-05-14T11:25:00Z",
)

_RK5_B = _wire(
    "Nordic Wire", "https://www.nordicwire.example/technology/space/norway-kvasir-ravn-reaches-orbit-2026-05-14/",
    "Norwegian startup Kvasir Orbital reaches orbit on second attempt",
    "The Ravn rocket lifted off from Andøya Spaceport and placed two small satellites in orbit, eight months after its first flight failed.",
    ["Anders Moe"], "2026-05-14T11:02:00Z",
    "OSLO, May 14 (Nordic Wire) -",
    [
        "OSLO, May 14 (Nordic Wire) - Norwegian launch startup Kvasir Orbital put a rocket into orbit for the first time on Thursday, a success that follows a failed maiden flight last year and marks a milestone for Europe's efforts to build small commercial launchers.",
        "The 24-metre Ravn rocket lifted off from Andøya Spaceport, an island launch site in northern Norway, at 12:14 p.m. local time (1014 GMT). The first stage's nine engines fired for 158 seconds before the second stage separated and carried two small satellites into orbit, the company said.",
        "Preliminary data indicated an orbit of about 515 km. The two payloads, a student-built research cubesat and a ship-tracking demonstrator, were due to be released about an hour after launch.",
        "\"Today we proved that Ravn works,\" Kvasir chief executive Ingrid Solheim said on the company's webcast. \"Eight months ago we watched our first rocket fall into the sea after 31 seconds.\"",
        "The first Ravn flight, on Sept. 19, 2025, ended shortly after liftoff when the vehicle lost control and was destroyed by its flight termination system. The company later blamed a software error in its guidance system.",
        "Thursday's launch came after two scrubbed attempts. High-altitude winds forced a postponement on Tuesday, and a faulty sensor halted the countdown on Wednesday.",
        "The student cubesat is designed to measure density and temperature in the upper atmosphere, while the second satellite, owned by Havørn Space, will test a receiver for tracking ships in Arctic waters.",
        "Police said about 2,000 spectators watched from viewing areas on the island, many of whom had also turned out for the two earlier attempts this week. The road past the launch site was closed for most of the day.",
        "Kvasir, founded in 2019 and based in Oslo, has raised around NOK 1.4 billion ($130 million) from private investors and public funding, including grants from the Norwegian Space Agency. It aims to begin commercial flights next year, offering to carry up to 300 kg to low Earth orbit.",
        "Europe's space industry has been trying to reduce its reliance on foreign launchers and to fill gaps left by delays to larger European rockets. Several startups in Germany, Britain, France and Spain are developing rockets of a similar size.",
        "\"A successful second flight changes the conversation with customers entirely,\" said Pierre Lemaire, a space industry analyst at Orbital Insight Partners in Paris. \"Investors have been waiting to see who reaches orbit first. Now they have an answer for at least one company.\"",
        "Trade and Industry Minister Cecilie Strand called the launch \"a proud day for Norwegian industry\", adding that the government would continue to support the development of Andøya as a launch site.",
        "Andøya Spaceport, which is majority owned by the Norwegian state, has hosted suborbital research rockets for more than 60 years but opened its orbital launch pad only in 2023.",
    ],
    section="Technology",
    credits="Reporting by Anders Moe; additional reporting by Lena Berg in Andenes; Editing by Peter Hale",
    visible="May 14, 2026 11:02 AM UTC",
    related=[("Europe's launch startups race for ESA contracts", "/technology/space/europe-launch-race/"),
             ("SES orders new satellites from Airbus", "/technology/space/ses-airbus-order/"),
             ("Norway raises defence spending target", "/world/norway-defence-spending/")],
)

_RK5_C = _regional(
    "Vesterålen Courier", "https://www.vesteralencourier.example/andoy/ravn-oppskyting-jubel",
    "Cheers at Bleik as Ravn finally goes up: 'I'll remember this my whole life'",
    "Thousands gathered on the beaches and hillsides of Andøya as the rocket climbed into a clear sky on the third try.",
    ["Marte Johansen", "Photo: Eirik Nordahl"], None,
    "",
    [
        "At 12:41 local time on Thursday, the ground shook gently under the feet of the crowd on the beach at Bleik, and a column of white smoke rose from the launch pad at Nordmela. A few seconds later, the sound arrived: a deep, crackling roar that sent seagulls scattering over the water.",
        "\"I'll remember this my whole life,\" said 11-year-old Sander Eilertsen from Andenes, who had been given the day off school to watch with his grandfather. \"It went so fast. One moment it was there and then it was just a dot.\"",
        "The Ravn rocket, built by the Oslo company Kvasir Orbital, reached orbit less than nine minutes later, carrying two small satellites. It was the company's second flight from the island; the first, in September last year, ended in the sea after half a minute.",
        "<h3>Third time lucky</h3>",
        "Many in the crowd had been here before. The launch was originally planned for Tuesday, but strong winds high above the island led to a postponement. On Wednesday, spectators waited for hours in the cold before the countdown was stopped just minutes before liftoff.",
        "\"We've been out here three days in a row, with thermos and waffles,\" said Gunn Karin Hansen, who travelled from Sortland with her husband. \"Today it was worth it.\"",
        "Police estimated that about 2,000 people watched from the designated viewing areas at Bleik and along the road towards Stave, while the municipality and the spaceport put the number at several thousand, including those who watched from boats and private gardens. The road past the launch site was closed from early morning.",
        "<h3>Full hotels, empty shelves</h3>",
        "For Andøy, the launch meant full hotels and campsites in mid-May, a time of year that is usually quiet. The Co-op in Andenes ran out of bread on Wednesday evening, and several cafés stayed open late.",
        "\"This is what we've been hoping for, that the space activity will bring people and jobs here, not just noise and road closures,\" said Andøy mayor Knut Are Pedersen. \"Today the whole of Norway saw Andøya.\"",
        "Andøya Spaceport's managing director, Marit Hågensen, said the site was now ready for regular launches. \"We have shown that we can do this safely, with the local community. Next time we hope it won't take three tries,\" she said.",
        "<h3>\"We proved it works\"</h3>",
        "Kvasir's chief executive Ingrid Solheim, who watched from the company's control centre at the spaceport, later came out to greet employees and spectators. \"Today we proved that Ravn works,\" she said, before being lifted onto the shoulders of her colleagues.",
        "Solheim, who grew up in Harstad, said it meant a lot that the company's first success happened in northern Norway. \"Many of the people who built this rocket live here. This is their success too.\"",
        "The company has about 40 employees at Andøya, most of them in assembly and launch operations. It plans two more flights this year before commercial missions begin.",
        "Fishing boats were kept out of a safety zone north of the island during the launch window, and the Coastal Administration said the zone would be lifted in the afternoon.",
    ],
    section="Andøy",
    caption="Spectators at Bleik watch the Ravn rocket climb after liftoff on Thursday. Photo: Eirik Nordahl",
    related=[("Summer ferry to Senja starts in June", "/andoy/sommerferje"),
             ("Whale safaris expect record season", "/naering/hvalsafari-rekord"),
             ("Andenes football club gets new artificial pitch", "/sport/kunstgress")],
)

_RK5_D = _paper(
    "Techno Nordica", "https://www.technonordica.example/space/2026/05/15/ravn-analysis-what-kvasir-got-right",
    "What Kvasir got right the second time",
    "After a maiden flight that lasted half a minute, the Ravn rocket's second flight ran almost exactly to plan. We look at the flight data and what comes next.",
    ["Ola Brekke"], "2026-05-15T08:00:00+02:00",
    "15 May 2026",
    [
        "Shortly after midday on Thursday, Kvasir Orbital's Ravn rocket did what no Norwegian-built rocket had done before: it reached orbit. The question now is whether the Oslo company can turn one successful test flight into a business.",
        "Kvasir's chief technology officer Ingrid Solheim was careful not to overstate what was achieved. \"We have one good flight. Customers want ten,\" she said at a press briefing at Andøya on Thursday afternoon. \"But we know now that the vehicle works, and that changes everything about the conversations we can have.\"",
        "<h2>The flight, step by step</h2>",
        "According to the company's flight summary, the first stage's nine engines burned for 2 minutes and 18 seconds before cutting off on schedule. Stage separation and second stage ignition followed within seconds, and the second stage shut down 8 minutes and 40 seconds after liftoff, placing the vehicle in a near-circular orbit of about 520 km.",
        "That figure, given on Thursday evening after tracking data had been refined, is slightly higher than the roughly 515 km announced on the webcast immediately after engine cutoff. Both payloads, weighing about 45 kg together, or roughly 100 pounds, separated just under an hour after launch.",
        "The student satellite, built by engineering students, made first contact with its ground station on Thursday evening, its team said. Havørn Space, which owns the second satellite, said it expected to begin testing its ship-tracking receiver next week.",
        "<h2>What went wrong last time</h2>",
        "The contrast with the first flight in September 2025 could hardly be greater. That rocket lost attitude control shortly after clearing the tower and was terminated 31 seconds into the flight. The investigation found a software error in the guidance system that caused the engines to be steered in the wrong direction as the rocket began its pitch manoeuvre.",
        "\"We rewrote and retested the guidance software from the ground up,\" said Jakob Wendt, Kvasir's head of launch operations. \"We ran more than 4,000 simulated flights before this one. But simulations are not flights, so this one was still nerve-racking.\"",
        "The second stage also received a redesigned pressurisation system, and the team replaced a faulty pressure sensor overnight after Wednesday's scrub.",
        "<h2>The business case</h2>",
        "Kvasir has raised about 1.4 billion kroner, roughly €120 million, since it was founded in 2019. It plans two more test flights this year and hopes to begin commercial service in 2027, charging what it says will be competitive prices for dedicated launches of up to 300 kg.",
        "That market is crowded. Several European competitors are working towards similar vehicles, and American providers already fly small satellites regularly, both on dedicated rockets and as rideshare passengers on larger ones.",
        "\"The real challenge is cadence,\" said Pierre Lemaire of Orbital Insight Partners. \"Reaching orbit once proves the engineering. Flying every month proves the business. Kvasir has done the first part.\"",
        "The Norwegian government has backed Andøya as a strategic asset, partly for reasons of national security. Trade and Industry Minister Cecilie Strand congratulated the company on Thursday and said the government would continue to support the spaceport.",
        "For Andøya, which spent years waiting for its first orbital success, Thursday was also a relief. \"Everybody here was holding their breath,\" said spaceport managing director Marit Hågensen.",
    ],
    section="Space",
    caption="The Ravn rocket lifts off from Andøya Spaceport on Thursday. Photo: Kvasir Orbital",
    related=[("Interview: Building a rocket factory in Oslo", "/space/kvasir-factory-interview"),
             ("Satellite startups bet on Arctic ground stations", "/space/arctic-ground-stations"),
             ("Review: The best drones of 2026", "/gadgets/best-drones-2026"),
             ("Why European launch matters for defence", "/space/european-launch-defence")],
    tags=("Space", "Kvasir Orbital", "Andøya", "Rockets"),
)

STORY_5 = _story(
    "rk-HA5", "rocket", "2026-05-15",
    [_page("https://www.orbitbeat.example/live/kvasir-ravn-flight-2-andoya", _RK5_A),
     _page("https://www.nordicwire.example/technology/space/norway-kvasir-ravn-reaches-orbit-2026-05-14/", _RK5_B),
     _page("https://www.vesteralencourier.example/andoy/ravn-oppskyting-jubel", _RK5_C),
     _page("https://www.technonordica.example/space/2026/05/15/ravn-analysis-what-kvasir-got-right", _RK5_D)],
    [
        ("liftoff clock time (local)", r"\b12[:.]14\b", r"\b12[:.]41\b"),
        ("first-stage burn duration", r"\b158 seconds\b|\b2 minutes (?:and )?38 seconds\b|\b02:38\b", r"\b2 minutes (?:and )?18 seconds\b|\b138 seconds\b"),
        ("ingrid solheim's title", r"chief executive", r"chief technology officer"),
    ],
)

# ---------------------------------------------------------------------------
# STORY 6 — eq-HA6: North Sea earthquake felt in Bergen (CONTROL)
# ---------------------------------------------------------------------------

_EQ6_A = _broadcast(
    "TV Vest", "https://www.tvvest.example/nyheter/jordskjelv-nordsjoen-kjent-i-bergen",
    "Earthquake in the North Sea woke thousands in western Norway",
    "A magnitude 5.1 earthquake west of Bergen shook houses along the coast early on Saturday. No injuries have been reported.",
    ["Silje Nygård", "Kenneth Aase"], "2026-08-15T05:40:00Z",
    "Published 07:40 &middot; Updated 08:55",
    [
        "A strong earthquake in the North Sea shook houses across western Norway early on Saturday morning, waking thousands of people from Stavanger in the south to Florø in the north.",
        "The quake struck at 03:17 about 120 kilometres west of Bergen, according to the Norwegian National Seismic Network (NNSN) at the University of Bergen. Its first automatic estimate put the magnitude at 5.3, but after seismologists had examined data from more stations, the figure was revised to 5.1 shortly before 06:30.",
        "\"This is a large earthquake by Norwegian standards, one of the strongest we have recorded in this part of the North Sea in several decades,\" said seismologist Kristine Hauge at the University of Bergen. \"It is not unexpected, though. This area has moderate but regular seismic activity, and we know it can produce events of this size.\"",
        "By 07:00 the network had received more than 1,500 reports from people who felt the earthquake, Hauge said. Three smaller aftershocks had also been registered, the largest of magnitude 2.4.",
        "<h2>'The whole bed moved'</h2>",
        "In Fjell on the island of Sotra, west of Bergen, Ingvild Tveit, 45, was woken by a loud rumble. \"First I thought it was a lorry, but we don't have lorries outside at three in the morning. Then the whole bed moved and the glasses in the cupboard rattled,\" she told TV Vest. \"It lasted maybe ten seconds, but it felt like forever.\"",
        "Others described pictures falling off walls and car alarms going off. In central Bergen, several people went out into the streets in their pyjamas.",
        "The West Police District received about 300 calls in the first hour after the earthquake, most of them from people who wanted to know what had happened. \"We have so far had no reports of injuries or serious damage,\" operations manager Tor Erik Lygre said at around 07:30. \"We ask people to check their homes for cracks, especially in chimneys, and to contact their insurance company if they find damage.\"",
        "<h2>No tsunami danger</h2>",
        "The earthquake occurred at a depth of about 12 kilometres, according to the NNSN. Hauge said there was no risk of a tsunami from an earthquake of this size and type.",
        "The Norwegian Water Resources and Energy Directorate said it had received no reports of damage to dams or power infrastructure, and the railway between Bergen and Oslo was running as normal after a precautionary inspection of the line near Arna.",
        "Earthquakes of magnitude 5 or more are rare in Norway, but they do occur. Most take place offshore, in the North Sea and along the continental shelf, where stresses in the Earth's crust are released along old fault zones.",
        "Aftershocks may continue for days or weeks, but seismologists say they are expected to be much weaker than the main quake. People who felt the earthquake are asked to report it on the NNSN's website.",
        "TV Vest will broadcast a special news programme at 09:00.",
    ],
    section="Nyheter",
    caption="Seismograph readings from the NNSN station on Sotra early on Saturday. Image: NNSN/University of Bergen",
    video_title="Video: Seismologist explains what happened (3:11)",
    related=[("Weather: Rain and strong winds expected on the coast on Sunday", "/vaer/helg"),
             ("Bergen city council votes on new light rail route", "/nyheter/bybanen-ny-trase"),
             ("Brann wins 2-0 at home", "/sport/brann-seier")],
    modified="2026-08-15T06:55:00Z",
)

_EQ6_B = _wire(
    "Scandinavian Press Service", "https://www.sps.example/news/norway-north-sea-earthquake-bergen-20260815",
    "Magnitude 5.1 quake in North Sea rattles western Norway",
    "The offshore earthquake, one of the strongest in the area in decades, caused no reported injuries or serious damage.",
    ["Morten Ask"], "2026-08-15T09:15:00Z",
    "BERGEN, Norway, Aug 15 (SPS) -",
    [
        "BERGEN, Norway, Aug 15 (SPS) - An earthquake with a magnitude of 5.1 struck beneath the North Sea about 75 miles west of the Norwegian city of Bergen early on Saturday, shaking buildings along the west coast but causing no reported injuries or serious damage, authorities said.",
        "The quake hit at 0117 GMT (3:17 a.m. local time) at a depth of about 12 km (7.5 miles), the Norwegian National Seismic Network (NNSN) said. It initially estimated the magnitude at 5.3 before revising it.",
        "The European-Mediterranean Seismological Centre (EMSC) put the magnitude at 5.2 and the depth at 10 km, while the U.S. Geological Survey reported a magnitude of 5.0. Differences of this size between agencies are common in the first hours after an earthquake, as each uses its own network of stations and methods.",
        "\"This is one of the strongest earthquakes we have recorded in this part of the North Sea in several decades,\" said Kristine M. Hauge, a seismologist at the University of Bergen, which operates the NNSN.",
        "The network had received more than 2,600 reports from people who felt the quake by late morning, Hauge said, most from the Bergen area, Sunnhordland and Sunnfjord. A handful of reports also came from Shetland, about 240 km (150 miles) west of the epicentre, according to the EMSC.",
        "At least four aftershocks had been recorded, all below magnitude 2.5.",
        "Police in western Norway said they had received hundreds of calls in the hours after the quake, mostly from residents seeking information. Reports of damage were limited to fallen objects, cracked plaster and a few damaged chimneys.",
        "\"It was like a truck hitting the side of the house,\" said Arne Haugland, 67, who lives in Øygarden, on the coast northwest of Bergen. \"My wife was sure it was an explosion. Nothing broke, but the dog is still hiding under the sofa.\"",
        "The Norwegian Ocean Industry Authority, which oversees safety on offshore oil and gas installations, said operators in the area had reported no damage or production disruptions. Several platforms carried out routine inspections as a precaution.",
        "Norway is not on a plate boundary, but earthquakes occur regularly in the North Sea and along the country's coast as stresses in the crust are released. Quakes of magnitude 5 or greater in and around Norway are unusual, occurring on average about once every ten years or so, according to the NNSN.",
        "Seismologists say the North Sea has experienced earthquakes of this size before and that the risk to buildings on land from an offshore quake of this magnitude is low.",
        "\"People should not be alarmed by aftershocks, which are normal,\" Hauge said. \"They are likely to get weaker and less frequent over the coming days.\"",
        "Civil protection authorities said there was no need for any special measures and that emergency services had returned to normal operations by mid-morning.",
    ],
    section="World",
    credits="Reporting by Morten Ask; Editing by Karen Lund",
    visible="Aug 15, 2026 09:15 GMT",
    related=[("Iceland volcano: eruption fissure shows signs of slowing", "/news/iceland-eruption-update"),
             ("Greece hit by magnitude 4.8 quake, no damage reported", "/news/greece-quake"),
             ("Norway's wealth fund reports first-half return", "/business/norway-fund-h1")],
)

_EQ6_C = _regional(
    "Bergen Evening News", "https://www.bergenevening.example/nyheter/skjelvet-dagen-derpa",
    "The day the ground shook: cracked chimneys, one injury and 4,000 reports",
    "Saturday's earthquake in the North Sea was felt by tens of thousands. Seven aftershocks have been recorded, and one woman on Sotra was treated for a cut.",
    ["Live desk", "Hanne Strand"], None,
    "Saturday 15 August 2026 &middot; last updated 18:30",
    [
        "It was 3.17am when the earthquake hit, and for many in Bergen and the surrounding municipalities the night was over. Fifteen hours later, the University of Bergen's seismologists have received nearly 4,000 reports from people who felt the tremor, from Rogaland in the south to Sunnfjord in the north.",
        "The Norwegian National Seismic Network now puts the magnitude of the quake at 5.1. The first, automatic estimate in the middle of the night was 5.3, but it was revised down early in the morning once more data had been analysed. The epicentre was in the North Sea, roughly 120 km west of the city.",
        "Since then, seven aftershocks have been registered. The largest, of magnitude 2.9, came at 11:52 and was felt by some people on the coast. \"It is quite normal for a quake of this size to be followed by a series of smaller ones, and it's not unusual for one of them to be felt,\" said seismologist Kristine Hauge. \"We expect them to become less frequent over the next few days.\"",
        "<h3>Shelf fell on woman</h3>",
        "On Saturday afternoon, police confirmed that a woman in her seventies on Sotra had been treated at the emergency clinic in Straume for a cut to her arm after a bookshelf fell over during the night. She was sent home after treatment. Earlier in the day police had said that no one had been injured; the woman contacted the clinic herself in the morning, and police were informed later.",
        "\"She was lucky. A shelf like that could have done much worse,\" said operations manager Tor Erik Lygre of the West Police District, which received more than 400 calls during the night.",
        "<h3>Chimney sweeps in demand</h3>",
        "Damage is generally minor, but many homeowners have found cracks in plaster and chimneys. The fire and rescue service in Bergen said it had received around 60 inquiries about chimneys during the day and urged people not to light their fireplaces until the chimney had been inspected if they saw new cracks.",
        "\"We've had more calls today than we normally get in a month,\" said chimney sweep Rune Eide. \"Most of it is cosmetic, but there are some chimneys in older houses in Laksevåg and Fyllingsdalen that I wouldn't use before they are checked.\"",
        "Insurance companies reported an increase in claims, most of them for broken glass, fallen TVs and cracked tiles.",
        "<h3>'I thought it was the neighbours'</h3>",
        "At the café in Straume shopping centre, the earthquake was the only topic of conversation. \"I thought it was the neighbours coming home from a party,\" said Jorunn Ask, 58. \"Then the whole house creaked, like a boat in a storm.\"",
        "Student Amir Haddad, 23, who lives in a basement flat in Møhlenpris, slept through the whole thing. \"I woke up to 40 messages on my phone asking if I was all right,\" he laughed.",
        "<h3>Not the last</h3>",
        "Hauge said Saturday's earthquake was among the strongest recorded in this part of the North Sea in several decades, but stressed that it was not a sign of anything dramatic. \"Western Norway will have earthquakes in the future as well. The important thing is that our buildings are constructed to withstand the kind of shaking we can expect, and an event like this shows they are,\" she said.",
        "The NNSN asks everyone who felt the earthquake or any of the aftershocks to report it on the network's website, as the reports help scientists map how the shaking was distributed.",
    ],
    section="News",
    caption="Chimney sweep Rune Eide inspects a cracked chimney in Laksevåg on Saturday afternoon.",
    related=[("Traffic: Sotra bridge reopened after inspection", "/nyheter/sotrabrua-apnet"),
             ("Fish market extends summer opening hours", "/nyheter/fisketorget"),
             ("Culture: Festival programme for the weekend", "/kultur/helgeprogram")],
)

STORY_6 = _story(
    "eq-HA6", "earthquake", "2026-08-16",
    [_page("https://www.tvvest.example/nyheter/jordskjelv-nordsjoen-kjent-i-bergen", _EQ6_A),
     _page("https://www.sps.example/news/norway-north-sea-earthquake-bergen-20260815", _EQ6_B),
     _page("https://www.bergenevening.example/nyheter/skjelvet-dagen-derpa", _EQ6_C)],
    [],
)

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
