"""Story battery, part ID — written by engineer ID1, 2026-12-07.

Twenty-fourth batch of the news-reconciliation test battery; a precision batch.
Region: Australia, New Zealand and the Pacific islands. All outlets, reporters,
most officials, companies and figures are invented; the prose is original.

Per story (event — CONTROL or PLANTED — traps):

1. cb-ID1 (central bank) — Reserve Bank of New Zealand cuts the OCR 25bp to 2.75%
   on Wednesday 8 April 2026.
   PLANTED: (a) MPC vote split 5–2 everywhere, "4–3" in the Dominion Ledger;
   (b) Karen Ashby is "deputy governor" everywhere, "assistant governor" on
   Ratesdesk; (c) next Monetary Policy Statement on 27 May everywhere, "20 May"
   on Radio Tararua News.
   Traps: old rate 3.00% vs new rate 2.75%; "25 basis points" / "a quarter of a
   percentage point"; 2pm NZST vs 0200 GMT; OCR track trough 2.55% vs "about
   2.5%"; different economists' polls (14 of 19 vs 8 of 11), attributed; NZ
   dollar intraday (US57.12c) vs next-day close (US56.95c); annual CPI 2.4% vs
   "just under 2.5%"; governor with and without middle initial / "Dr"; "Minister
   of Finance" vs "finance minister"; Kauri Bank floating rate old vs new; last
   cut "in August" vs "eight months ago"; the February hold.

2. el-ID2 (election) — Brackenridge (Victoria) state by-election, Saturday
   21 March 2026, Liberal gain.
   CONTROL.
   Traps: count grows over three publications (about 62% counted on the night,
   just over 71% on Monday, 78.3% on Tuesday) with the two-party split and swing
   moving (51.8/7.4, 52.1/7.7, 52.3/7.9); primary votes moving with the count;
   "Saturday" vs "21 March"; Tom vs Thomas Vellacott, Priya Raman vs Priya K.
   Raman; booth swing (part) vs seat swing (whole); Labor's 5.6% margin from 2022
   (previous election); average by-election swing quoted by a party official;
   "first time since 2014" vs "first time in 12 years"; enrolment vs votes cast;
   Premier / "the state's premier".

3. ct-ID3 (court) — High Court of Australia rules 5–2 that a delivery rider was
   an employee, Wednesday 11 February 2026.
   CONTROL.
   Traps: "5-2" / "five to two" / "a majority of five"; 10am AEDT vs 2300 GMT on
   Tuesday; "nearly three years" vs "two years and 10 months"; union's 14,000
   riders vs company's 9,500 active riders, attributed; union's and company's
   liability estimates, attributed; earlier Federal Court and Full Court rulings
   (2023 single judge, 2024 2–1); two-day hearing in September 2025; back pay
   A$38,412 vs "about $38,000"; minister's title in other words; judges named
   with and without titles.

4. tr-ID4 (trade) — ABS goods trade data for February 2026, released Thursday
   2 April 2026: surplus A$6.12bn.
   PLANTED: (a) exports rose 3.4% everywhere, "4.3%" in Bulk & Freight Daily;
   (b) release day Thursday everywhere, "Wednesday's figures" in the Pilbara
   Courier; (c) the "still finding buyers" quote is Trade Minister Lachlan
   Pryce's everywhere, given to Treasurer Nadia Esposito in the Southern
   Financial Review.
   Traps: A$6.12bn / "$6.1 billion" / US$3.85bn; January revised from A$4.51bn to
   A$4.83bn (said to be revised); consensus forecast A$5.2bn; a year earlier
   A$2.97bn; iron ore/metal ores (part) vs total exports (whole); imports +0.4%;
   11:30am AEDT vs 0030 GMT; net exports adding about 0.3 percentage points to
   GDP (forecast); China's share "about a third".

5. rk-ID5 (rocket) — Saltbush Aerospace's second Mallee flight reaches orbit from
   Cape Tarrant, South Australia, Thursday 12 March 2026.
   CONTROL.
   Traps: 6:47am ACDT Thursday vs 2017 UTC Wednesday; first attempt scrubbed
   Tuesday (planned) vs launch Thursday (happened); "about nine minutes" vs
   "8 minutes 52 seconds"; orbit 505 x 532 km vs "about 520 km"; 410 kN vs "about
   92,000 pounds"; 23 m vs "75-foot"; two of three satellites contacted (early)
   vs all three (later); first flight in July 2025 failed after 14 seconds
   (previous flight); CEO with and without "Dr" and middle initial.

6. eq-ID6 (earthquake) — magnitude 6.8 earthquake off Efate, Vanuatu, Tuesday
   24 March 2026.
   PLANTED: (a) depth 35 km (USGS) everywhere, "53 km" in Vila Tides; (b) struck
   at 11:14pm local everywhere, "11.41pm" in the Dominion Ledger; (c) geohazards
   manager Sandrine Kalmet, spelt "Kalmett" by Meridian Wire.
   Traps: USGS preliminary 7.0 revised to 6.8 (said to be revised) and VMGD's
   6.9, attributed; 11:14pm local vs 1214 UTC; death toll growing 2 → 4 → 5 → 7
   and injuries 17 → 29 → 40 → 61 with publication times; aftershock count
   growing (23 then 41); tsunami threat "nearly two hours" vs "1 hour and 50
   minutes"; 47 km vs "about 50 km" north-west of Port Vila; 18cm gauge reading;
   aid amounts in NZ$ and A$.
"""

import json

# ---------------------------------------------------------------------------
# interface


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "ID", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# small html helpers


def _ld(kind, headline, desc, url, site, authors, published, modified, section, image, extra=None):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "description": desc,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [image],
        "articleSection": section,
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": url.split("/")[0] + "//" + url.split("/")[2] + "/static/logo-600.png"}},
    }
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    else:
        data["author"] = {"@type": "Organization", "name": site}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if extra:
        data.update(extra)
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _og(site, headline, desc, url, image, published, modified, section, twitter):
    tags = [
        f'<meta property="og:site_name" content="{site}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{headline}">',
        f'<meta property="og:description" content="{desc}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{image}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="{twitter}">',
        f'<meta property="article:section" content="{section}">',
    ]
    if published:
        tags.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        tags.append(f'<meta property="article:modified_time" content="{modified}">')
    return "\n".join(tags)


def _blocks(blocks, ad, every=4):
    """Turn a list of prose blocks into html.

    str -> paragraph; ("h", text) -> subhead; ("q", text, who) -> pull quote;
    ("img", src, caption) -> figure; ("ul", [items]) -> list;
    ("box", title, [links]) -> inline related box.
    """
    out, n = [], 0
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{b}</p>")
            n += 1
            if every and n % every == 0:
                out.append(ad)
        elif b[0] == "h":
            out.append(f"<h2>{b[1]}</h2>")
        elif b[0] == "q":
            out.append(f'<blockquote class="pullquote"><p>{b[1]}</p><cite>{b[2]}</cite></blockquote>')
        elif b[0] == "img":
            out.append(f'<figure class="inline"><img src="{b[1]}" alt="" loading="lazy"><figcaption>{b[2]}</figcaption></figure>')
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in b[1]) + "</ul>")
        elif b[0] == "box":
            out.append(f'<aside class="read-also"><h3>{b[1]}</h3><ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in b[2]) + "</ul></aside>")
    return "\n".join(out)


def _links(items, cls="related"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items) + "</ul>"


_SHARE = ('<div class="share" aria-label="Share this article">'
          '<button data-net="facebook">Facebook</button><button data-net="x">X</button>'
          '<button data-net="linkedin">LinkedIn</button><button data-net="whatsapp">WhatsApp</button>'
          '<button data-net="email">Email</button><button data-net="copy">Copy link</button></div>')


# ---------------------------------------------------------------------------
# page templates, one per outlet kind


def _wire(site, host, path, headline, desc, authors, published, modified, shown, blocks,
          section="World", tail="", related=(), image="lead.jpg", twitter="@wire", ld=True):
    url = f"https://{host}{path}"
    img = f"https://{host}/media/{image}"
    ad = '<div class="ad-slot" data-slot="mid"><span>Advertisement · Scroll to continue</span></div>'
    meta_time = f'<time datetime="{published}">{shown}</time>' if published else f"<span>{shown}</span>"
    by = " and ".join(authors)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} | {site}</title>
<meta name="description" content="{desc}">
<link rel="canonical" href="{url}">
{_og(site, headline, desc, url, img, published, modified, section, twitter)}
{_ld("NewsArticle", headline, desc, url, site, authors, published, modified, section, img) if ld else ""}
<link rel="stylesheet" href="https://{host}/assets/main.css">
</head>
<body class="article-page wire">
<div id="consent" class="cookie-banner" role="dialog"><p>We and our partners use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time under Privacy settings.</p><button>Accept all</button><button>Reject non-essential</button><a href="/privacy">Manage preferences</a></div>
<header class="masthead"><a class="logo" href="/">{site}</a>
<nav><a href="/world">World</a><a href="/asia-pacific">Asia Pacific</a><a href="/business">Business</a><a href="/markets">Markets</a><a href="/sustainability">Sustainability</a><a href="/legal">Legal</a><a href="/sport">Sport</a><a href="/pictures">Pictures</a></nav>
<a class="signin" href="/account">Sign in</a><a class="reg" href="/register">Register</a></header>
<div class="ad-slot leaderboard"><span>Advertisement</span></div>
<main>
<article>
<p class="kicker"><a href="/{section.lower().replace(' ', '-')}">{section}</a></p>
<h1>{headline}</h1>
<div class="byline">By {by}</div>
<div class="dateline">{meta_time}</div>
{_SHARE}
<figure class="lead"><img src="{img}" alt=""><figcaption>{desc}</figcaption></figure>
<div class="article-body">
{_blocks(blocks, ad, 5)}
</div>
<p class="credits">{tail}</p>
<p class="standards"><a href="/trust">Our Standards: the {site} editorial code.</a></p>
<div class="licensing"><a href="/licensing">Purchase licensing rights</a></div>
</article>
<section class="read-next"><h2>Read next</h2>{_links(related)}</section>
</main>
<footer><p>{site} is the news and media division of its parent group and provides content to outlets around the world.</p>
<nav><a href="/about">About us</a><a href="/careers">Careers</a><a href="/contact">Contact</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a></nav>
<p>All quotes delayed a minimum of 15 minutes. © 2026 {site}. All rights reserved.</p></footer>
</body>
</html>
"""


def _paper(site, host, path, headline, standfirst, authors, published, modified, shown, blocks,
           section="News", related=(), image="hero.jpg", twitter="@paper", masthead_date="",
           author_bio="", comments=0, premium=False, ld=True, lang="en-NZ"):
    url = f"https://{host}{path}"
    img = f"https://{host}/images/{image}"
    ad = '<div class="adunit mrec"><p class="ad-label">ADVERTISEMENT</p><div id="gpt-mrec"></div></div>'
    t = f'<time class="pubdate" datetime="{published}">{shown}</time>' if published else f'<span class="pubdate">{shown}</span>'
    badge = '<span class="badge premium">Subscriber exclusive</span>' if premium else ""
    bylines = "".join(f'<a class="author" rel="author" href="/profile/{a.lower().replace(" ", "-")}">{a}</a>' for a in authors)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{standfirst}">
<meta name="author" content="{', '.join(authors)}">
<link rel="canonical" href="{url}">
{_og(site, headline, standfirst, url, img, published, modified, section, twitter)}
{_ld("NewsArticle", headline, standfirst, url, site, authors, published, modified, section, img) if ld else ""}
<link rel="preload" href="https://{host}/fonts/serif.woff2" as="font" crossorigin>
<link rel="stylesheet" href="https://{host}/css/site.min.css">
</head>
<body>
<div class="cookie-notice"><p>This site uses cookies. By continuing to browse, you agree to our use of cookies. <a href="/cookies">Find out more</a>.</p><button class="ok">OK</button></div>
<div class="top-strip"><span class="today">{masthead_date}</span> <a href="/subscribe" class="cta">Subscribe from $1 a week</a> <a href="/login">Log in</a></div>
<header><a href="/" class="masthead">{site}</a>
<nav class="sections"><a href="/news">News</a><a href="/business">Business</a><a href="/politics">Politics</a><a href="/world">World</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/lifestyle">Lifestyle</a><a href="/puzzles">Puzzles</a></nav></header>
<div class="adunit billboard"><p class="ad-label">ADVERTISEMENT</p></div>
<main class="story">
<article>
<div class="section-label">{section} {badge}</div>
<h1 class="headline">{headline}</h1>
<p class="standfirst">{standfirst}</p>
<div class="meta">{bylines} {t}</div>
{_SHARE}
<figure class="hero"><img src="{img}" alt="" width="1200" height="675"><figcaption>{standfirst} <span class="credit">Photo / Supplied</span></figcaption></figure>
<div class="story-body">
{_blocks(blocks, ad, 4)}
</div>
<div class="author-card"><p>{author_bio}</p></div>
<div class="comments"><a href="#comments">Comments ({comments})</a></div>
</article>
<aside class="more"><h2>More from {section}</h2>{_links(related, "more-list")}</aside>
<section class="newsletter"><h2>Get the Morning Brief</h2><p>The day's essential stories, in your inbox before 7am.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><nav><a href="/contact">Contact us</a><a href="/advertise">Advertise</a><a href="/terms">Terms and conditions</a><a href="/privacy">Privacy policy</a><a href="/complaints">Complaints</a><a href="/e-edition">Today's paper</a></nav>
<p>© 2026 {site}. Published by an independent media company.</p></footer>
</body>
</html>
"""


def _broadcast(site, host, path, headline, summary, keypoints, authors, published, modified, shown, blocks,
               section="News", related=(), topics=(), video="", image="thumb.jpg", twitter="@news", ld=True):
    url = f"https://{host}{path}"
    img = f"https://{host}/cdn/{image}"
    ad = '<div class="promo-slot"><small>Advertisement</small></div>'
    t = f'<time datetime="{published}">{shown}</time>' if published else f'<span class="timestamp">{shown}</span>'
    kp = "".join(f"<li>{k}</li>" for k in keypoints)
    tp = "".join(f'<a class="topic" href="/topic/{x.lower().replace(" ", "-")}">{x}</a>' for x in topics)
    by = ", ".join(authors) if authors else site + " digital team"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{headline} | {site}</title>
<meta name="description" content="{summary}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url}?amp">
{_og(site, headline, summary, url, img, published, modified, section, twitter)}
{_ld("NewsArticle", headline, summary, url, site, authors, published, modified, section, img) if ld else ""}
<link rel="stylesheet" href="https://{host}/static/app.css">
</head>
<body class="story">
<aside class="gdpr"><p>We use cookies and similar technologies to improve your experience and to measure audiences. <a href="/privacy-policy">Privacy policy</a></p><button>Accept</button><button>Settings</button></aside>
<header class="nav-bar"><a href="/" class="brand">{site}</a>
<nav><a href="/news">Just In</a><a href="/news/national">National</a><a href="/news/pacific">Pacific</a><a href="/news/business">Business</a><a href="/news/politics">Politics</a><a href="/news/world">World</a><a href="/listen">Listen</a><a href="/watch">Watch live</a></nav>
<a href="/search" class="search">Search</a></header>
<main>
<article>
<nav class="crumbs"><a href="/news">News</a> › <a href="/news/{section.lower()}">{section}</a></nav>
<h1>{headline}</h1>
<div class="byline">{by}</div>
<div class="times">{t}</div>
<button class="listen">▶ Listen to this article</button>
{_SHARE}
<div class="video-player" data-src="{host}/video/{image}"><p class="video-title">{video}</p></div>
<section class="key-points"><h2>Key points:</h2><ul>{kp}</ul></section>
<div class="story-text">
{_blocks(blocks, ad, 6)}
</div>
<div class="topics"><h3>Topics</h3>{tp}</div>
</article>
<section class="related"><h2>Related stories</h2>{_links(related)}</section>
<section class="app-promo"><p>Get the {site} app for breaking news alerts.</p></section>
</main>
<footer><p>{site} acknowledges the traditional owners of the lands and waters where we live and work.</p>
<nav><a href="/corrections">Corrections</a><a href="/editorial-policies">Editorial policies</a><a href="/contact">Contact</a><a href="/accessibility">Accessibility</a><a href="/terms">Terms of use</a></nav>
<p>© 2026 {site}</p></footer>
</body>
</html>
"""


def _live(site, host, path, headline, summary, authors, published, modified, shown, summary_points, entries,
          section="World", related=(), image="live.jpg", twitter="@live", coverage_start=None):
    url = f"https://{host}{path}"
    img = f"https://{host}/img/{image}"
    extra = {"coverageStartTime": coverage_start} if coverage_start else None
    ld = _ld("LiveBlogPosting", headline, summary, url, site, authors, published, modified, section, img, extra)
    ents = []
    for i, (tm, iso, title, paras) in enumerate(entries):
        body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
        stamp = f'<time datetime="{iso}">{tm}</time>' if iso else f"<span>{tm}</span>"
        ents.append(f'<article class="post" id="post-{len(entries) - i}"><header>{stamp}<h3>{title}</h3></header>{body}'
                    '<div class="post-share"><a href="#">Share</a></div></article>')
        if i == 2:
            ents.append('<div class="ad-inline"><span>Advertisement</span></div>')
    sp = "".join(f"<li>{s}</li>" for s in summary_points)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="description" content="{summary}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="300">
<link rel="canonical" href="{url}">
{_og(site, headline, summary, url, img, published, modified, section, twitter)}
{ld}
<link rel="stylesheet" href="https://{host}/live/live.css">
</head>
<body class="liveblog">
<div class="consent-bar"><p>Cookies help us deliver our services. Choose whether to accept optional cookies.</p><button>Accept</button><button>Only necessary</button></div>
<header><a href="/" class="logo">{site}</a><nav><a href="/">Home</a><a href="/pacific">Pacific</a><a href="/world">World</a><a href="/live">Live</a><a href="/radio">Radio</a></nav></header>
<main>
<div class="live-badge">● LIVE</div>
<h1>{headline}</h1>
<p class="standfirst">{summary}</p>
<p class="live-meta">By {", ".join(authors)} · <span>{shown}</span></p>
{_SHARE}
<section class="key-events"><h2>What we know so far</h2><ul>{sp}</ul></section>
<div class="timeline">
{"".join(ents)}
</div>
<section class="related"><h2>More coverage</h2>{_links(related)}</section>
</main>
<footer><nav><a href="/about">About</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav><p>© 2026 {site}</p></footer>
</body>
</html>
"""


def _specialist(site, host, path, headline, dek, authors, published, modified, shown, blocks, figures=(),
                section="Analysis", related=(), events="", image="chart.png", twitter="@desk", ld=True):
    url = f"https://{host}{path}"
    img = f"https://{host}/uploads/{image}"
    ad = '<div class="sponsor"><span class="lbl">Sponsored</span><a href="/partner">Partner content</a></div>'
    t = f'<time itemprop="datePublished" datetime="{published}">{shown}</time>' if published else f"<span>{shown}</span>"
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in figures)
    table = f'<table class="keyfigs"><caption>Key figures</caption>{rows}</table>' if figures else ""
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="description" content="{dek}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
{_og(site, headline, dek, url, img, published, modified, section, twitter)}
{_ld("NewsArticle", headline, dek, url, site, authors, published, modified, section, img) if ld else ""}
<link rel="stylesheet" href="https://{host}/wp-content/themes/desk/style.css">
</head>
<body class="single-post">
<div class="cookie-consent"><p>We use essential cookies and, with your consent, analytics cookies.</p><button>Allow all</button><button>Essential only</button></div>
<div class="topbar"><a href="/login">Member login</a> <a href="/subscribe">Subscribe</a> <a href="/events">Events</a> <a href="/jobs">Jobs board</a></div>
<header class="site-header"><a class="brand" href="/">{site}</a>
<nav class="menu"><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/data">Data</a><a href="/people">People moves</a><a href="/podcast">Podcast</a><a href="/newsletters">Newsletters</a></nav></header>
<div class="banner-ad"><small>Advertisement</small></div>
<main class="content">
<article class="post" itemscope itemtype="https://schema.org/NewsArticle">
<span class="cat">{section}</span>
<h1 itemprop="headline">{headline}</h1>
<p class="dek">{dek}</p>
<div class="post-meta">By <span itemprop="author">{", ".join(authors)}</span> · {t}</div>
{_SHARE}
{table}
<div class="entry-content" itemprop="articleBody">
{_blocks(blocks, ad, 5)}
</div>
<div class="tags"><a href="/tag/{section.lower()}">{section}</a></div>
</article>
<aside class="sidebar"><h3>Most read</h3>{_links(related, "most-read")}<div class="events-promo"><p>{events}</p></div>
<div class="mpu"><small>Advertisement</small></div></aside>
<section class="newsletter-signup"><h2>Get the daily briefing</h2><p>Free, every weekday morning.</p><form><input type="email" placeholder="Work email"><button>Subscribe</button></form></section>
</main>
<footer class="site-footer"><p>{site} is an independent specialist publication.</p><nav><a href="/about">About</a><a href="/advertise">Advertise</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav><p>© 2026 {site}</p></footer>
</body>
</html>
"""


def _regional(site, host, path, headline, intro, authors, published, modified, shown, blocks,
              section="Local News", related=(), weather="", notices=(), image="photo.jpg", twitter="@local", ld=True):
    url = f"https://{host}{path}"
    img = f"https://{host}/static/images/{image}"
    ad = '<div class="local-ad"><span>Advertisement</span><p>Your business here — call our sales team</p></div>'
    t = f'<time datetime="{published}">{shown}</time>' if published else f'<span class="updated">{shown}</span>'
    nts = "".join(f"<li>{n}</li>" for n in notices)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} | {site}</title>
<meta name="description" content="{intro}">
<link rel="canonical" href="{url}">
{_og(site, headline, intro, url, img, published, modified, section, twitter)}
{_ld("NewsArticle", headline, intro, url, site, authors, published, modified, section, img) if ld else ""}
<link rel="stylesheet" href="https://{host}/static/css/regional.css">
</head>
<body>
<div id="cookie-bar">We use cookies to give you the best experience on our website. <a href="/privacy">More info</a> <button>Got it</button></div>
<header class="paper-head"><div class="weather">{weather}</div><a class="title" href="/">{site}</a>
<nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/community">Community</a><a href="/rural">Rural</a><a href="/whats-on">What's On</a><a href="/classifieds">Classifieds</a><a href="/notices">Notices</a><a href="/digital-edition">Digital edition</a></nav></header>
<div class="local-ad top"><span>Advertisement</span></div>
<main>
<article class="news-item">
<p class="section">{section}</p>
<h1>{headline}</h1>
<p class="intro">{intro}</p>
<p class="byline">{", ".join(authors)}</p>
<p class="time">{t}</p>
{_SHARE}
<figure><img src="{img}" alt=""><figcaption>{intro}</figcaption></figure>
<div class="body">
{_blocks(blocks, ad, 4)}
</div>
<p class="tip">Got a story? Email the newsroom or call us during business hours.</p>
</article>
<aside><h3>Latest local news</h3>{_links(related)}<h3>Public notices</h3><ul class="notices">{nts}</ul></aside>
</main>
<section class="subscribe-box"><h2>Support local journalism</h2><p>Subscribe for unlimited access to your local news.</p><a href="/subscribe">Subscribe now</a></section>
<footer><p>© 2026 {site}. Proudly independent and locally owned.</p><nav><a href="/contact">Contact</a><a href="/advertise">Advertise with us</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></nav></footer>
</body>
</html>
"""


# ===========================================================================
# STORY 1 — cb-ID1 — Reserve Bank of New Zealand, Wednesday 8 April 2026
# ===========================================================================

_CB_A = _wire(
    "Pacific Newswire", "pacificnewswire.example",
    "/business/finance/nz-central-bank-cuts-cash-rate-signals-more-easing-2026-04-08/",
    "New Zealand central bank cuts cash rate to 2.75%, leaves door open to more",
    "The Reserve Bank of New Zealand lowered the official cash rate by 25 basis points on Wednesday; two of seven committee members wanted to hold.",
    ["Lucy Farrant", "Tevita Moala"],
    "2026-04-08T02:12:00Z", "2026-04-08T03:40:00Z", "April 8, 2026 3:40 AM GMT · Updated",
    [
        "WELLINGTON, April 8 (Pacific Newswire) - New Zealand’s central bank cut its official cash rate by 25 basis points to 2.75% on Wednesday, resuming an easing cycle it had paused in February as inflation settles inside its target band and the labour market keeps softening.",
        "The Reserve Bank of New Zealand (RBNZ) said in a statement released at 2 p.m. (0200 GMT) that its seven-member Monetary Policy Committee voted 5-2 for the reduction, with two members preferring to keep the rate at 3.00%.",
        "The move was widely expected. Fourteen of 19 economists polled by Pacific Newswire last week had forecast a cut, while the other five expected the committee to wait for its May statement, when it publishes a full set of new forecasts.",
        "“The committee agreed that with inflation back inside the target band and spare capacity still building in the economy, monetary policy can afford to be less restrictive,” Governor Miriama Halloran said in the statement.",
        "The record of the meeting said the two dissenting members had pointed to a recent rise in tradables prices, driven partly by a weaker currency and higher shipping costs, and worried it could prove more stubborn than the bank’s central projection assumes.",
        "The New Zealand dollar fell about 0.6% after the announcement to $0.5712 as traders added to bets on further easing. Two-year swap rates dropped 7 basis points.",
        "The RBNZ’s updated projection for the cash rate bottoms out at 2.55% in the first quarter of 2027, a track analysts said implied at least one more cut and a fair chance of a second.",
        "“They have left the door wide open,” said Sione Mataele, chief economist at Kauri Bank in Auckland. “The track doesn’t commit them to anything, but it’s hard to read it as anything other than a lean towards May.”",
        "Annual consumer price inflation was 2.4% in the December quarter, comfortably inside the bank’s 1% to 3% target range, which it manages with a focus on the 2% midpoint. Unemployment rose to 5.4% in the same quarter.",
        "The central bank last cut in August 2025, taking the rate to 3.00%, then held it at its October, November and February reviews as it gauged how earlier reductions were feeding through to mortgage rates, most of which are fixed for one or two years in New Zealand.",
        "Deputy Governor Karen Ashby told reporters in Wellington that the committee was not on a pre-set course and would respond to incoming data.",
        "“We are not going to pretend we know exactly where this ends,” Ashby said. “If the labour market weakens faster than we expect, there is room to do more. If inflation surprises on the upside, we will be patient.”",
        "Minister of Finance Rebecca Tautahi welcomed the decision, saying lower borrowing costs would be “a relief for households who have been doing it tough”. Opposition finance spokesperson Darren Kilby said the cut was overdue and that the government had “no plan for growth beyond waiting for the Reserve Bank”.",
        "Kauri Bank, one of the country’s larger lenders, said it would lower its floating mortgage rate by 0.25 percentage points to 6.19% from 6.44%, effective Monday. Other banks said they were reviewing their rates.",
        "The RBNZ’s next policy decision, accompanied by a full Monetary Policy Statement, is due on May 27.",
    ],
    section="Business", tail="Reporting by Lucy Farrant in Wellington and Tevita Moala in Auckland; Editing by Graham Pell",
    related=[("Australian dollar slips as iron ore prices ease", "/markets/currencies/aud-iron-ore-2026-04-07/"),
             ("Fiji’s central bank keeps policy rate unchanged", "/business/fiji-central-bank-holds-2026-03-31/"),
             ("Global bond yields edge higher ahead of US jobs data", "/markets/rates/global-yields-2026-04-08/")],
    image="rbnz-building-wellington.jpg", twitter="@PacNewswire")

_CB_B = _paper(
    "The Dominion Ledger", "dominionledger.example",
    "/business/economy/reserve-bank-cuts-ocr-to-2-75pc-split-committee/UZK4Q7/",
    "Reserve Bank cuts OCR to 2.75pc but split committee tempers hopes of fast relief",
    "A narrow vote and a cautious forecast track mean borrowers may have to wait for the next move.",
    ["Jonah Whitlock"], "2026-04-08T17:30:00Z", "2026-04-08T17:30:00Z", "Thursday, 9 April 2026, 5:30am",
    [
        "The Reserve Bank has cut the official cash rate by a quarter of a percentage point to 2.75 per cent, but a split around the Monetary Policy Committee table suggests the road to further relief for mortgage holders may be narrower than markets had hoped.",
        "The committee voted 4-3 for yesterday’s cut, according to the record of the meeting published alongside the decision, with three members arguing that the OCR should stay at 3 per cent while the bank watched how a recent lift in import prices played out.",
        "Governor Dr Miriama J. Halloran said inflation was back inside the bank’s target band and spare capacity was building, so policy could “afford to be less restrictive”.",
        "At the post-decision press conference, Halloran declined to be drawn on whether a further cut would follow at the May review. “We don’t give forward guidance in the sense of promises. We give you our best read of the economy, and the track is that read,” she said.",
        "The bank’s forecasts show the OCR bottoming out at about 2.5 per cent early next year, which economists took as a sign that at least one more move is pencilled in.",
        ("h", "What it means for borrowers"),
        "Kauri Bank was first out of the blocks, lowering its floating mortgage rate to 6.19 per cent from 6.44 per cent from Monday. Harbourline Bank said it was reviewing its rates and would announce changes “in the coming days”.",
        "Most home loans in this country are fixed, however, and fixed rates had already drifted lower in anticipation of the cut. Mortgage adviser Rachel Okonkwo-Smith, of Lower Hutt-based Keystone Lending, said few of her clients would notice an immediate difference.",
        "“The one-year and two-year specials have been pricing this in for weeks,” she said. “What people are really asking me is whether to fix for six months and hope for lower rates later in the year, or lock in now. There’s no single right answer.”",
        ("img", "https://dominionledger.example/images/halloran-press-conference.jpg", "Governor Miriama Halloran at yesterday’s press conference in Wellington. Photo / Mark Tennent"),
        "It is the first cut in eight months. The Reserve Bank held the rate at 3 per cent in October, November and again in February, arguing that earlier reductions were still working their way through the economy.",
        "Annual inflation was just under 2.5 per cent at the end of last year, while unemployment climbed to 5.4 per cent, its highest level in almost a decade.",
        ("h", "Split decision"),
        "Harbourline Bank senior economist Ellen Prowse said the closeness of the vote was worth paying attention to. “A split like that is the committee telling you not to get carried away,” she said. “The doves won the day, but the hawks haven’t gone anywhere.”",
        "Deputy Governor Karen Ashby, who fronted questions on the bank’s inflation forecasts, said the dissenting members were concerned about tradables inflation — prices of goods and services exposed to international competition — which rose faster than expected in the December quarter.",
        "The New Zealand dollar dipped after the announcement and closed in New York overnight at US56.95c.",
        "Finance Minister Rebecca Tautahi said the decision was good news for families and small businesses. Labour’s finance spokesman Darren Kilby said households had been waiting too long. “This should have happened in February,” he said.",
        "Business groups were more measured. The Wellington Chamber of Commerce said lower rates would help, but that firms were more worried about weak demand than the cost of credit.",
        "The Reserve Bank’s next decision is on May 27, when it will also publish a full Monetary Policy Statement with updated forecasts.",
    ],
    section="Business", masthead_date="Thursday, April 9, 2026",
    author_bio="Jonah Whitlock is the Dominion Ledger’s business editor. He has covered economics and markets for 15 years.",
    comments=41, premium=True, twitter="@DomLedger",
    related=[("Fuel prices ease at the pump as crude slides", "/business/fuel-prices-ease/UZK3P1/"),
             ("Property: Auckland listings hit autumn high", "/property/auckland-listings-autumn/UZJ9L2/"),
             ("Opinion: The cash rate can’t fix a productivity problem", "/opinion/cash-rate-productivity/UZK1M8/")])

_CB_C = _broadcast(
    "Radio Tararua News", "rtn.example",
    "/news/business/ocr-cut-what-it-means-for-you",
    "OCR cut to 2.75%: what the Reserve Bank’s decision means for your mortgage",
    "The Reserve Bank has lowered the official cash rate by 25 basis points. Here is what it could mean for borrowers and savers.",
    ["The Reserve Bank has cut the official cash rate from 3% to 2.75%",
     "Five of seven committee members backed the cut; two wanted to wait",
     "The governor says a larger cut was discussed but not pursued",
     "Savers are likely to see term deposit rates slip further"],
    ["Aroha Pinfold", "Daniel Searle"], None, None, "Updated 5 hours ago",
    [
        "The Reserve Bank has cut the official cash rate (OCR) to 2.75 percent, a move that will trim the cost of some home loans but squeeze returns for savers.",
        "The decision was announced at 2pm on Wednesday. The bank’s Monetary Policy Committee voted five to two in favour of the quarter-point cut; the two members who dissented wanted to keep the rate at 3 percent for another six weeks.",
        "Governor Miriama Halloran told reporters that a bigger, half-point cut had been raised during the committee’s discussions but was not pursued. “It was discussed, as you would expect, but there wasn’t an appetite for it,” she said.",
        "She said inflation was back within the bank’s target range, and that monetary policy could “afford to be less restrictive” as the economy carried more spare capacity.",
        ("h", "What happens to mortgage rates?"),
        "Kauri Bank has already moved, cutting its floating rate by a quarter of a point to 6.19 percent from Monday. Other banks are expected to follow, though most borrowers are on fixed rates and will only feel the change when they next refix.",
        "Retail Aotearoa chief executive Mereana Coutts said shop owners would welcome anything that eased pressure on household budgets. “People have been holding on to their wallets. A cut on its own won’t change that overnight, but it helps confidence,” she said.",
        "In Palmerston North, first-home buyer Liam Te Huia said he and his partner were weighing up when to refix the loan on their Hokowhitu townhouse. “We’re coming off a fixed rate in June. Every quarter of a percent is real money for us,” he said.",
        ("h", "What about savers?"),
        "Term deposit rates have been falling for more than a year and are expected to slip further. Retired teacher Gwen Mahuika, from Levin, said she had watched the interest on her savings shrink. “Nobody ever talks about us when rates go down,” she said.",
        "A snap survey of 11 bank and independent economists by Radio Tararua News before the announcement found eight expected a cut, and three expected the bank to hold.",
        ("h", "Was it expected?"),
        "Largely, yes. The Reserve Bank had signalled in February, when it held the rate at 3 percent, that it was open to further easing if inflation kept falling. Annual inflation was 2.4 percent in the three months to December.",
        "Deputy Governor Karen Ashby said the committee was watching the jobs market closely. Unemployment has risen to 5.4 percent. “If that keeps deteriorating, there is room to do more,” she said.",
        "Chief economist Tomasi Vaifale said the bank’s projections assumed the economy would pick up gradually through the second half of the year as earlier rate cuts flowed through.",
        "Opposition finance spokesperson Darren Kilby said the cut was welcome but late. “Families in the regions have been carrying high interest costs for too long. This should have happened in February,” he said.",
        "Minister of Finance Rebecca Tautahi said lower rates would be “a relief for households who have been doing it tough”, and that the government would keep its focus on restraining its own spending.",
        "Manawatū sheep and beef farmer Hemi Rāwiri said every cut helped with the farm overdraft, but what farmers really needed was steadier prices at the farm gate. “Interest is one line in the budget. It’s an important line, but it’s one line,” he said.",
        "The Reserve Bank’s next OCR review is on 20 May, when it will also release its full Monetary Policy Statement.",
    ],
    section="Business",
    related=[("Government confirms KiwiSaver changes from July", "/news/politics/kiwisaver-changes"),
             ("Dairy prices lift at latest global auction", "/news/rural/dairy-auction-lift"),
             ("Manawatū council consults on rates rise", "/news/regional/manawatu-rates-consultation")],
    topics=("Reserve Bank", "Interest rates", "Economy", "Housing"),
    video="Watch: Governor Miriama Halloran explains the OCR decision (2:31)", image="ocr-cut.jpg", twitter="@RTNnews")

_CB_D = _specialist(
    "Ratesdesk", "ratesdesk.example", "/nz/rbnz-april-review-cut-to-2-75-track-implies-more/",
    "RBNZ cuts 25bp to 2.75%; track implies at least one more move",
    "Committee splits 5-2, dissenters flag tradables inflation; OIS market leans towards a May follow-up.",
    ["Sarah Quennell"], "2026-04-08T21:15:00Z", "2026-04-08T22:05:00Z", "9 April 2026, 9:15am NZST",
    [
        "The Reserve Bank of New Zealand delivered a 25bp cut at its April review, taking the official cash rate to 2.75% from 3.00%, in line with the majority of sell-side forecasts but with a dissent that the market had not fully anticipated.",
        "The Monetary Policy Committee vote was 5-2. The record states that the two dissenting members ‘preferred to hold the OCR at 3.00 percent, given the risk that the recent lift in tradables inflation proves persistent’.",
        "The published OCR track averages 2.74% in the June quarter, 2.62% in the December quarter and troughs at 2.55% in the March quarter of 2027. That is roughly 10bp below the February track at the two-year horizon and, in our reading, is consistent with one further 25bp move plus a partial probability of a second.",
        "OIS pricing at the local close had about 70% of a further 25bp cut priced for the 27 May Monetary Policy Statement, up from roughly 45% before the announcement.",
        ("h", "Assistant Governor Ashby on tradables"),
        "At the press conference, Assistant Governor Karen Ashby spent much of her time on the tradables question. Tradables inflation rose 1.1% in the December quarter, she noted, reflecting a softer currency and a jump in freight costs, but the committee’s central view was that the effect would fade over 2026.",
        "“We think of this as a price level shift rather than a new trend,” Ashby said. “But two members took the view that we should see another quarter of data before moving, and that’s a perfectly reasonable position.”",
        "Governor Miriama Halloran said the committee discussed a 50bp cut but there was little support for it.",
        ("h", "Market reaction"),
        "The kiwi dollar fell from 0.5747 to 0.5712 in the 20 minutes after the 2pm release. Two-year swaps fell 7bp to 2.86%, and five-year swaps fell 5bp to 3.21%. Ten-year government bond yields were little changed, with the long end still trading off global moves.",
        "“Front-end receivers did well today,” said Marcus Lindahl, head of rates strategy at a Wellington-based asset manager. “The curve steepened, which tells you the market believes the easing but doesn’t think it changes the longer-run story much.”",
        "Chief economist Tomasi Vaifale said the bank’s estimate of the neutral OCR remained in a range of roughly 2.5% to 3.5%, and that policy was now “around the lower half of neutral”.",
        ("h", "What to watch"),
        "Q1 CPI is due on 21 April and the Q1 labour market survey on 6 May. Both land before the 27 May statement. A CPI print at or below the bank’s forecast of 2.2% annual would likely cement a May cut in the view of most desks we spoke to.",
        "Kauri Bank chief economist Sione Mataele said the risk was skewed towards more easing rather than less. Harbourline Bank’s Ellen Prowse was more cautious, arguing the dissent was a warning against assuming a smooth glide path.",
        "Pass-through at the floating end was quick. Kauri Bank lowered its floating rate by 25bp to 6.19% from Monday, and Harbourline said it was reviewing its card. Fixed-rate specials, which make up the large majority of the mortgage book, had already moved lower over the past month as wholesale rates fell.",
        "Wednesday’s move was the first cut since August 2025, when the OCR went to 3.00%. Annual CPI inflation was 2.4% in the December quarter and the unemployment rate 5.4%, both broadly in line with the February projections.",
        "Minister of Finance Rebecca Tautahi welcomed the decision. The bank’s operational independence means the minister has no say over the OCR, though she sets the committee’s remit.",
    ],
    figures=[("OCR", "2.75% (from 3.00%)"), ("Change", "−25bp"), ("MPC vote", "5–2"), ("Track trough", "2.55% (Q1 2027)"),
             ("NZD/USD after release", "0.5712"), ("2y swap", "2.86% (−7bp)"), ("Next decision", "27 May 2026 (MPS)")],
    section="Central banks", events="Ratesdesk Fixed Income Forum — Auckland, June. Early-bird registration now open.",
    related=[("RBA minutes: board weighed a pause", "/au/rba-minutes-weighed-pause/"),
             ("Kiwi bond syndication draws record book", "/nz/kiwi-bond-syndication-record/"),
             ("People moves: Harbourline hires head of rates", "/people/harbourline-head-of-rates/")],
    twitter="@ratesdesk")

STORY_1 = _story(
    "cb-ID1", "central bank", "2026-04-10",
    [_page("https://pacificnewswire.example/business/finance/nz-central-bank-cuts-cash-rate-signals-more-easing-2026-04-08/", _CB_A),
     _page("https://dominionledger.example/business/economy/reserve-bank-cuts-ocr-to-2-75pc-split-committee/UZK4Q7/", _CB_B),
     _page("https://rtn.example/news/business/ocr-cut-what-it-means-for-you", _CB_C),
     _page("https://ratesdesk.example/nz/rbnz-april-review-cut-to-2-75-track-implies-more/", _CB_D)],
    [("MPC vote split on the April cut", r"\b4\s*[-–]\s*3\b|\bfour[- ]to[- ]three\b", r"\b5\s*[-–]\s*2\b|\bfive[- ]to[- ]two\b"),
     ("Karen Ashby's title", r"\bassistant governor\b", r"\bdeputy governor\b"),
     ("date of the next Monetary Policy Statement", r"\b20 may\b|\bmay 20\b", r"\b27 may\b|\bmay 27\b")],
)


# ===========================================================================
# STORY 2 — el-ID2 — Brackenridge state by-election, Saturday 21 March 2026
# (CONTROL: nothing planted)
# ===========================================================================

_EL_A = _broadcast(
    "SCB News", "scbnews.example",
    "/news/2026-03-21/brackenridge-by-election-liberals-on-track-to-win/104882",
    "Liberals on track to snatch Brackenridge from Labor as swing hits state government",
    "The Liberal Party’s Tom Vellacott leads Labor’s Priya Raman after counting on Saturday night in the outer-east Melbourne seat of Brackenridge.",
    ["Liberal candidate Tom Vellacott leads on two-party preferred with about 62 per cent of the roll counted",
     "The swing against Labor is running at 7.4 points, enough to overturn its 5.6 per cent margin",
     "Labor’s Priya Raman says she will wait for postal votes before conceding",
     "SCB election analyst Martin Greaves expects the Liberals to win"],
    ["Hamish Caldwell"], "2026-03-21T12:52:00Z", "2026-03-21T13:40:00Z", "Posted Sat 21 Mar 2026 at 11:52pm",
    [
        "The Liberal Party appears set to win the Melbourne seat of Brackenridge from Labor after a sharp swing against the state government at Saturday’s by-election.",
        "With about 62 per cent of enrolled voters’ ballots counted on Saturday night, Liberal candidate Tom Vellacott led Labor’s Priya Raman 51.8 per cent to 48.2 per cent on a two-party-preferred basis.",
        "That represents a swing of 7.4 points against Labor, which held the seat by a margin of 5.6 per cent at the 2022 state election.",
        "SCB election analyst Martin Greaves said the numbers still to come were unlikely to rescue the government. “Postal votes in this part of Melbourne have tended to lean slightly towards the Liberals, not away from them,” he said. “I’d be very surprised if Labor holds on from here.”",
        ("h", "‘A message to Spring Street’"),
        "Mr Vellacott, a pharmacist who has run a chemist in Brackenridge’s main street for almost two decades, told supporters at the Brackenridge Bowls Club that voters had sent a clear message to the government.",
        "“Tonight Brackenridge sent a message to Spring Street: stop taking the outer east for granted,” he said, to loud cheers.",
        "Opposition Leader Craig Hollis joined Mr Vellacott on stage and described the result as “the beginning of the end” for the Tierney government.",
        "Ms Raman, a former mayor of the Yarrandale Shire, did not concede. “There are still thousands of votes to count and we will respect every one of them,” she told Labor supporters at a function centre in Kelso Hill. “Whatever happens, I’m proud of the campaign we ran.”",
        ("h", "Primary votes"),
        "On primary votes, Mr Vellacott had 41.2 per cent, Ms Raman 33.5 per cent and the Greens’ Ashleigh Moreno 13.9 per cent. Independent Gus Feeney, a local firefighter who campaigned on road upgrades, had 6.1 per cent, with the remaining three candidates sharing 5.3 per cent.",
        "The biggest movements came in the seat’s newer estates. At the Tarrawong Primary School booth, the two-party swing against Labor was more than 12 points, while older parts of Brackenridge township swung by only a few points.",
        "The by-election was triggered by the resignation of Labor MP Denise Okafor, who announced in January she was stepping down for health reasons after holding the seat since 2014.",
        "Premier Rosalind Tierney said in a statement that by-elections were always difficult for governments. “We will listen carefully to the message the people of Brackenridge have sent,” she said.",
        "The result will be closely watched inside Labor ahead of the state election due in November, with several MPs in neighbouring outer-east seats sitting on margins smaller than the swing recorded in Brackenridge.",
        "The Greens’ Ashleigh Moreno said her vote showed an appetite for better public transport. “People out here want a train every ten minutes, not every forty,” she said.",
        "Mr Feeney did not direct preferences to either major party, and early indications suggested his votes were splitting roughly evenly between them, according to SCB’s analysis.",
        "Seven candidates contested the by-election. The Victorian Electoral Commission will continue counting on Monday, with postal votes accepted until Friday.",
    ],
    section="Elections",
    related=[("Live results: Brackenridge by-election", "/news/elections/brackenridge-results"),
             ("Who are the candidates in Brackenridge?", "/news/2026-03-16/brackenridge-candidates/104721"),
             ("Transport funding at centre of outer-east campaign", "/news/2026-03-18/outer-east-roads-campaign/104790")],
    topics=("State Elections", "Victoria", "Liberal Party", "Australian Labor Party"),
    video="Tom Vellacott claims victory at the Brackenridge Bowls Club (1:48)", image="vellacott-bowls-club.jpg",
    twitter="@SCBnews")

_EL_B = _regional(
    "The Eastern Ranges Star", "easternrangesstar.example",
    "/news/brackenridge-new-mp-vellacott-promises-old-coach-road-upgrade/",
    "Raman concedes as Vellacott vows to fight for Old Coach Road upgrade",
    "Brackenridge has a new state MP after Labor’s Priya Raman conceded defeat on Sunday afternoon.",
    ["Kerry-Anne Dobbs"], None, None, "Updated 1 day ago",
    [
        "Brackenridge’s next state MP says his first job will be to push for the long-promised duplication of Old Coach Road, after Labor’s Priya Raman conceded defeat in Saturday’s by-election.",
        "Ms Raman rang Liberal candidate Tom Vellacott on Sunday afternoon to congratulate him, ending a count that had looked increasingly one-sided as the night wore on.",
        "By Monday morning, with just over 71 per cent of the roll counted, Mr Vellacott held 52.1 per cent of the two-party-preferred vote to Ms Raman’s 47.9 per cent, according to the Victorian Electoral Commission.",
        "The swing against Labor stood at 7.7 points, comfortably more than the margin Labor held the seat on.",
        "“I rang Tom and congratulated him. He ran a strong local campaign and the community has chosen him,” Ms Raman said in a post on social media. “To everyone who volunteered, handed out how-to-vote cards in the rain or put a sign on their fence — thank you.”",
        ("img", "https://easternrangesstar.example/static/images/vellacott-pharmacy.jpg", "Tom Vellacott outside his Brackenridge pharmacy on Monday morning. Picture: Sam Liddell"),
        "Mr Vellacott, 52, was back behind the counter of his pharmacy on Monday morning, fielding handshakes from customers.",
        "“People have been stopping me since seven o’clock,” he said. “The message I heard on every doorstep was the same: Old Coach Road, the train line and the hospital. I’ll be raising Old Coach Road in Parliament the first chance I get.”",
        "The road, which carries traffic from the Kelso Hill and Tarrawong estates towards the freeway, has been the subject of a community campaign for more than six years.",
        ("h", "Estates swing hard"),
        "The newer estates delivered the biggest swings. At Tarrawong Primary School, the busiest booth in the electorate, Labor’s two-party vote fell by more than 12 points.",
        "Kelso Hill resident and mother of three Tanya Burgess said the state government had “forgotten us out here”. “We waited two years for a bus route that still doesn’t run on Sundays,” she said.",
        "On primary votes, Mr Vellacott was on 41.4 per cent on Monday, Ms Raman on 33.3 per cent and the Greens’ Ashleigh Moreno on 14.0 per cent, with independent Gus Feeney on 6.0 per cent.",
        "Mr Feeney, a volunteer firefighter from the Kelso Hill brigade, said he was proud to have put roads on the agenda. “If the new member delivers on Old Coach Road, then this campaign was worth every cent,” he said.",
        ("h", "Twelve years of Labor"),
        "The result hands the seat to the Liberals for the first time in 12 years. Former Labor MP Denise Okafor, who resigned in January citing health reasons, won Brackenridge from the Liberals at the 2014 state election and held it for more than a decade.",
        "Yarrandale Shire Mayor Colin Ashworth said the council would seek an early meeting with the new MP. “We’ve got a long list and he knows what’s on it,” he said.",
        "Greens candidate Ashleigh Moreno, a kindergarten teacher from Tarrawong, said she would keep campaigning for a better bus network. “The result tells you people are fed up with waiting,” she said.",
        "Premier Rosalind Tierney, who visited the electorate twice during the campaign, said on Sunday the government would “reflect on” the result.",
        "The VEC will keep counting postal votes this week before formally declaring the result.",
    ],
    section="Local News",
    weather="Brackenridge 19° Showers easing",
    related=[("Kelso Hill CFA brigade gets new tanker", "/news/kelso-hill-cfa-tanker/"),
             ("Yarrandale council budget: rates rise capped", "/news/yarrandale-budget-rates-cap/"),
             ("Brackenridge Bowls Club marks 90 years", "/community/bowls-club-90-years/")],
    notices=["Road closure: Station Street, Brackenridge, night works", "Yarrandale Shire: planning application notices", "Tarrawong Primary School fete — volunteers wanted"],
    image="vellacott-main.jpg", twitter="@ERStar")

_EL_C = _wire(
    "Austral Press Wire", "apw.example",
    "/national/politics/20260324/liberals-lead-grows-brackenridge-count",
    "Liberals’ lead grows in Brackenridge count",
    "The Liberal Party has increased its lead in the Victorian state seat of Brackenridge as postal votes are counted.",
    ["Natalie Ferris"], "2026-03-24T05:20:00Z", "2026-03-24T05:20:00Z", "March 24, 2026 — 4:20pm AEDT",
    [
        "MELBOURNE, March 24 (APW) - The Liberal Party has extended its lead in the Victorian state seat of Brackenridge as the counting of postal votes continues, three days after a by-election that delivered a heavy blow to Premier Rosalind Tierney’s government.",
        "Liberal candidate Thomas Vellacott held 52.3 per cent of the two-party-preferred vote on Tuesday afternoon, against 47.7 per cent for Labor’s Priya K. Raman, with 78.3 per cent of the electorate’s 48,912 enrolled voters counted, according to the Victorian Electoral Commission.",
        "The swing against Labor reached 7.9 points, up from 7.4 points on election night, as postal and early votes added to Mr Vellacott’s tally.",
        "Ms Raman conceded on Sunday.",
        "On primary votes, Mr Vellacott had 41.6 per cent, Ms Raman 33.1 per cent, the Greens’ Ashleigh Moreno 14.2 per cent and independent Gus Feeney 5.9 per cent. Three other candidates shared the remaining 5.2 per cent.",
        "Turnout is on track to finish well below the 87.9 per cent recorded in the seat at the 2022 state election, a pattern common at by-elections, with postal votes still arriving before Friday’s deadline.",
        "The Liberals last held Brackenridge before the 2014 state election, when it was won for Labor by Denise Okafor. Ms Okafor resigned in January for health reasons, triggering Saturday’s poll.",
        "Labor state secretary Kieran Mulvany said governments typically lost between five and eight points at by-elections and that the result was “at the painful end of normal”.",
        "“Nobody is pretending this is a good result,” Mr Mulvany said. “But by-elections are where voters send a message without changing the government, and they took that opportunity.”",
        "Liberal Party state director Amelia Voss said a swing of almost eight points in a seat the party had not held since 2014 showed the opposition was competitive across Melbourne’s outer suburbs.",
        "“This was not a protest vote. This was people choosing a local candidate with a plan,” Ms Voss said.",
        "Opposition Leader Craig Hollis said the government should read the result as a verdict on its handling of transport in the outer east. The state’s premier, speaking in Geelong on Tuesday, said her government would spend the remaining months before the November election “listening and delivering”.",
        "Political analyst Dr Joanne Petrakis, of the Eastern Institute of Public Policy, cautioned against reading too much into a single seat. “By-election swings do not translate neatly to general elections,” she said. “But the size of the move in the growth-corridor booths will worry Labor strategists.”",
        "Mr Vellacott has pledged to make the duplication of Old Coach Road, a congested route linking the seat’s newer estates to the freeway, his first priority in Parliament.",
        "Several Labor-held seats in Melbourne’s outer east sit on margins below eight points, making the Brackenridge result a closely watched test ahead of the November election.",
        "Ms Raman, a former mayor of the Yarrandale Shire, said she had not decided whether to stand again in November. “Right now I’m going to sleep for a week and then thank every volunteer personally,” she said.",
        "Seven candidates contested the by-election. The VEC expects to declare the result early next week.",
    ],
    section="Politics", tail="APW nf/gm",
    related=[("NSW parliament passes short-stay levy", "/national/politics/20260324/nsw-short-stay-levy"),
             ("Queensland premier announces cabinet reshuffle", "/national/politics/20260323/qld-reshuffle"),
             ("Federal MPs return for autumn sittings", "/national/politics/20260323/autumn-sittings")],
    image="brackenridge-count.jpg", twitter="@APWnews")

STORY_2 = _story(
    "el-ID2", "election", "2026-03-24",
    [_page("https://scbnews.example/news/2026-03-21/brackenridge-by-election-liberals-on-track-to-win/104882", _EL_A),
     _page("https://easternrangesstar.example/news/brackenridge-new-mp-vellacott-promises-old-coach-road-upgrade/", _EL_B),
     _page("https://apw.example/national/politics/20260324/liberals-lead-grows-brackenridge-count", _EL_C)],
    [],
)


# ===========================================================================
# STORY 3 — ct-ID3 — High Court of Australia, Wednesday 11 February 2026
# (CONTROL: nothing planted)
# ===========================================================================

_CT_A = _wire(
    "Meridian Wire", "meridianwire.example",
    "/legal/australia-top-court-rules-delivery-rider-was-employee-2026-02-10/",
    "Australia’s top court rules delivery rider was an employee, in blow to gig platforms",
    "Australia’s High Court dismissed an appeal by delivery platform Parcelo on Wednesday, finding 5-2 that a former rider was its employee.",
    ["Oliver Banerjee"], "2026-02-10T23:42:00Z", "2026-02-11T02:10:00Z", "February 10, 2026 11:42 PM GMT · Updated February 11, 2026",
    [
        "SYDNEY, Feb 11 (Meridian Wire) - Australia’s High Court ruled on Wednesday that a food delivery rider was an employee of the app that engaged her rather than an independent contractor, a decision unions said could open the door to back-pay claims by thousands of gig workers.",
        "The seven-judge court dismissed an appeal by Parcelo Australia Pty Ltd by a 5-2 majority, upholding earlier rulings that former rider Leilani Hart was entitled to minimum wages, leave and superannuation for the nearly three years she delivered meals through the platform.",
        "The judgment was handed down in Canberra at 10 a.m. (2300 GMT on Tuesday).",
        "“The label the parties attach to their relationship cannot alter its substance,” Chief Justice Helen Marr and Justices Abernethy and Ngata wrote in the main majority judgment. The control the app exercised over when, where and how Hart worked was, they said, “pervasive”.",
        "Justices Castellano and Whitford dissented, with Castellano writing that it was “not the function of this Court to rewrite a bargain that the parties were free to make”.",
        "Parcelo, which operates in Australia and New Zealand, said it was disappointed and would study the judgment. “Flexibility is the reason riders choose our platform, and we will work with government and riders to protect it,” the company’s Australia and New Zealand general manager, Julian Sperling, said in a statement.",
        "The Transport Workers’ Union, which backed Hart’s case, estimates about 14,000 people deliver for Parcelo in Australia. The company says it has about 9,500 active riders in a typical month.",
        "The union said back-pay claims across the workforce could exceed A$100 million. Parcelo did not give an estimate, saying the ruling concerned the facts of one rider’s arrangement and did not automatically apply to others.",
        "Hart was awarded A$38,412 ($24,200) in unpaid wages and entitlements by a Federal Court judge in 2023, a finding upheld 2-1 by the Full Court of the Federal Court in 2024. The High Court heard Parcelo’s appeal over two days in September.",
        "“I just wanted to be paid properly for the hours I worked,” Hart, 29, told reporters outside the court. “It shouldn’t take the High Court to tell a company that.”",
        "Her lawyer, Maeve Colquhoun, said Hart had waited more than three years for the outcome since the app switched off her account in November 2022.",
        "The case is the first time the High Court has considered a food delivery app’s arrangements with its riders. In two 2022 decisions, the court had stressed the importance of a written contract in deciding whether a worker is an employee, an approach platforms had leaned on heavily.",
        "Transport Workers’ Union national secretary Raymond Tuala said the ruling was a turning point for riders across the country.",
        "Parcelo had argued that its riders were free to log on and off at will and to work for rival apps at the same time. The majority found that the app’s rankings, acceptance targets and its power to deactivate accounts without reasons outweighed those freedoms.",
        "Employment and Workplace Relations Minister Daniel Sorrell said the government would examine the decision alongside its existing minimum standards for gig workers.",
        "Shares in listed food delivery companies were not immediately affected. Parcelo is privately owned.",
    ],
    section="Legal", tail="Reporting by Oliver Banerjee; Editing by Kim Dunstan",
    related=[("New Zealand court halts Uber-style contractor case pending appeal", "/legal/nz-court-contractor-case-2026-02-03/"),
             ("Australian regulator sues supermarket over discount claims", "/legal/australia-regulator-supermarket-2026-02-09/"),
             ("Food delivery firms face scrutiny across Asia-Pacific", "/business/food-delivery-asia-pacific-2026-01-28/")],
    image="high-court-canberra.jpg", twitter="@MeridianWire")

_CT_B = _specialist(
    "Bench & Bar Review", "benchandbar.example",
    "/high-court/parcelo-v-hart-majority-looks-past-contract-to-reality-of-app-control/",
    "Parcelo v Hart: High Court majority looks past the contract to the reality of app control",
    "A 5-2 ruling that a delivery rider was an employee refines, rather than overturns, the court’s 2022 focus on written terms — but the practical consequences for platforms are significant.",
    ["Priscilla Nakamura", "Dr Edwin Falk"], "2026-02-11T09:00:00Z", "2026-02-11T09:45:00Z", "11 February 2026",
    [
        "The High Court has dismissed Parcelo Australia Pty Ltd’s appeal in <em>Parcelo Australia Pty Ltd v Hart</em>, holding by a majority of five that Ms Leilani Hart was an employee of the delivery platform for the two years and 10 months she worked through its app, from January 2020 until her account was deactivated in November 2022.",
        "Chief Justice Marr, Abernethy J and Ngata J delivered a joint judgment. Lindqvist J and Okoro J wrote separately, agreeing in the result. Castellano J and Whitford J each dissented.",
        ("h", "The contract and the app"),
        "Parcelo’s central argument was that the written terms, which described riders as independent contractors free to log on and off at will, should be decisive — an approach it said followed from the court’s 2022 decisions emphasising the primacy of a comprehensive written contract.",
        "The joint judgment rejected that reading. Where the contract reserves to one party a power to change the terms of the relationship at any time through software, the plurality said, the ‘terms’ include the way that power is actually exercised. “The label the parties attach to their relationship cannot alter its substance,” their Honours wrote.",
        "The plurality pointed to the app’s acceptance-rate targets, its ranking of riders for premium time slots, its unilateral setting of fees and its power to deactivate accounts without reasons. Taken together, that control was “pervasive”.",
        "Lindqvist J reached the same result by a narrower route, finding that the deactivation clause alone gave Parcelo a degree of control inconsistent with an independent business. Okoro J emphasised that Ms Hart had no realistic ability to build goodwill or a customer base of her own.",
        ("q", "It is not the function of this Court to rewrite a bargain that the parties were free to make.", "Castellano J, dissenting"),
        "Castellano J, in dissent, warned that the majority’s approach would make the characterisation of work relationships unpredictable. Whitford J agreed that the appeal should be allowed, but on the narrower ground that the Full Court had given too little weight to Ms Hart’s freedom to work for competing apps.",
        ("h", "How the case got here"),
        "At first instance in 2023, Brereton J of the Federal Court found Ms Hart was an employee and ordered Parcelo to pay $38,412 in unpaid minimum wages, casual loading, superannuation and leave. The Full Court of the Federal Court dismissed Parcelo’s appeal 2-1 in 2024. Special leave was granted last year, and the matter was argued on 9 and 10 September 2025.",
        "Ms Hart’s solicitor, Maeve Colquhoun, said her client had waited more than three years for the outcome. “Leilani has been remarkably patient. Today the highest court in the country agreed with every judge who has looked at the facts of her work except two,” she said.",
        ("h", "What it means for practitioners"),
        "Professor Anand Iyer, a workplace law specialist at the Australian Capital University, said the decision did not abandon the 2022 approach but confined it. “If your contract is a document that the platform can rewrite by pushing an update, the court will look at the update,” he said.",
        "The Transport Workers’ Union says around 14,000 riders work for Parcelo; the company puts its active rider base at about 9,500. Analysts at Corbel Research estimated the platform’s potential exposure to back-pay claims at between $60 million and $85 million, depending on how many riders come forward.",
        "Digital Work Platforms Council chief executive Fiona Greer said the industry would seek an urgent meeting with the Minister for Employment and Workplace Relations, Daniel Sorrell.",
    ],
    figures=[("Case", "Parcelo Australia Pty Ltd v Hart"), ("Court", "High Court of Australia"), ("Result", "Appeal dismissed, 5–2"),
             ("Hearing", "9–10 September 2025"), ("Judgment", "11 February 2026"), ("First instance award", "$38,412")],
    section="High Court", events="Employment Law Intensive 2026 — Sydney and online. 6 CPD points.",
    related=[("Full Federal Court clarifies casual conversion rules", "/federal-court/casual-conversion-clarified/"),
             ("Five things in-house counsel should know about the new privacy tort", "/privacy/new-privacy-tort-five-things/"),
             ("Appointments: two new judges for the Federal Circuit Court", "/people/federal-circuit-appointments/")],
    twitter="@BenchBarReview")

_CT_C = _broadcast(
    "NBS News", "nbsnews.example",
    "/news/national/high-court-gig-worker-ruling-explained",
    "High Court rules delivery rider was an employee. Here’s what it means for gig workers",
    "In a five to two decision, the High Court has found that a rider who delivered food for the Parcelo app was an employee, not a contractor.",
    ["The High Court has ruled a former Parcelo rider was an employee, not an independent contractor",
     "Leilani Hart will receive about $38,000 in back pay and entitlements",
     "The union says thousands of other riders could now make claims; Parcelo says the ruling turns on one rider’s facts"],
    ["Georgia Pham"], None, None, "Updated 2 days ago",
    [
        "Leilani Hart spent nearly three years riding a bicycle and later a scooter around Sydney’s inner west, delivering meals for the Parcelo app.",
        "On Wednesday, the country’s highest court decided she had been an employee the whole time.",
        "In a five to two decision, the High Court dismissed Parcelo’s appeal against earlier findings that Ms Hart was entitled to the minimum wage, annual leave and superannuation, and that she was owed about $38,000.",
        "“I honestly didn’t think I’d get here,” Ms Hart said outside the court in Canberra. “I just wanted to be paid properly for the hours I worked.”",
        ("h", "What did the court decide?"),
        "Parcelo argued that its contract with riders made clear they were independent contractors who could choose when to work and could also ride for competing apps.",
        "But the majority of judges found the app’s control over how riders worked — including rankings, acceptance targets and the power to switch off a rider’s account — mattered more than what the contract called the relationship.",
        "Chief Justice Helen Marr and two other judges wrote that the control exercised through the app was “pervasive”. Two judges disagreed, with one writing that it was not the court’s job to rewrite a deal the parties had freely made.",
        ("h", "Does this apply to every gig worker?"),
        "Not automatically. The ruling is about Ms Hart’s situation. But workplace lawyers say other platforms that run their businesses in similar ways will be reading it closely.",
        "Transport Workers’ Union national secretary Raymond Tuala said the decision was a turning point. “Every rider out there tonight should know that the law is on their side,” he said. The union estimates about 14,000 people ride for Parcelo.",
        "Parcelo’s local boss, Julian Sperling, said the company had about 9,500 active riders and would work with them and with government “to protect the flexibility riders tell us they value”.",
        ("h", "How long did this take?"),
        "Ms Hart’s account was switched off in November 2022 after a dispute over a late delivery. She went to the Federal Court, which ruled in her favour in 2023. Parcelo lost an appeal to the full Federal Court in 2024, then took the case to the High Court, which heard it over two days last September.",
        "Workplace law expert Professor Anand Iyer said the decision would send platforms back to their lawyers. “If the way you run your app looks like the way an employer runs a workforce, a contract that says otherwise won’t save you,” he said.",
        "Federal workplace relations minister Daniel Sorrell said he would seek advice on the ruling. “We’ve always said people who work through apps deserve decent pay and conditions,” he said.",
        "Ms Hart’s lawyer, Maeve Colquhoun, said her client had been “remarkably patient” through more than three years of litigation.",
        "Analysts at Corbel Research have estimated Parcelo could face between $60 million and $85 million in back-pay claims if large numbers of riders come forward. The union puts the potential bill across the workforce at more than $100 million.",
        "Fiona Greer, who heads the industry group representing delivery and rideshare platforms, said businesses needed certainty. “Riders and platforms shouldn’t need a High Court case to know where they stand,” she said.",
    ],
    section="National",
    related=[("Minimum wage case: unions push for 4.5 per cent rise", "/news/national/minimum-wage-claim"),
             ("Food delivery riders rally outside Parliament House", "/news/national/riders-rally-canberra"),
             ("Explained: what is an ‘employee-like’ worker?", "/news/national/employee-like-explained")],
    topics=("Courts", "Gig economy", "Unions", "Workplace"),
    video="Leilani Hart speaks outside the High Court (1:12)", image="hart-outside-court.jpg", twitter="@NBSnews")

STORY_3 = _story(
    "ct-ID3", "court", "2026-02-13",
    [_page("https://meridianwire.example/legal/australia-top-court-rules-delivery-rider-was-employee-2026-02-10/", _CT_A),
     _page("https://benchandbar.example/high-court/parcelo-v-hart-majority-looks-past-contract-to-reality-of-app-control/", _CT_B),
     _page("https://nbsnews.example/news/national/high-court-gig-worker-ruling-explained", _CT_C)],
    [],
)


# ===========================================================================
# STORY 4 — tr-ID4 — ABS goods trade, February 2026, released Thu 2 April 2026
# ===========================================================================

_TR_A = _wire(
    "Pacific Newswire", "pacificnewswire.example",
    "/business/australia-trade-surplus-widens-february-2026-04-02/",
    "Australia’s trade surplus widens to A$6.1 bln as iron ore shipments rebound",
    "Australia’s goods trade surplus widened more than expected in February as exports recovered from cyclone disruption in January.",
    ["Megan Cho"], "2026-04-02T00:48:00Z", "2026-04-02T01:35:00Z", "April 2, 2026 1:35 AM GMT · Updated",
    [
        "SYDNEY, April 2 (Pacific Newswire) - Australia’s trade surplus widened more than expected in February as iron ore shipments rebounded from cyclone disruptions the previous month, official data showed on Thursday.",
        "The seasonally adjusted surplus on goods trade rose to A$6.12 billion ($3.85 billion) in February, the Australian Bureau of Statistics (ABS) said, from a revised A$4.83 billion in January. January’s figure was initially reported as a surplus of A$4.51 billion.",
        "Economists polled by Pacific Newswire had forecast a median surplus of A$5.2 billion. In February 2025, the surplus was A$2.97 billion.",
        "Exports rose 3.4% from January to A$44.10 billion, led by a 6.8% jump in shipments of metal ores and minerals to A$12.9 billion. Non-monetary gold exports rose 11%, while coal exports fell 2.1% on softer prices.",
        "Imports rose 0.4% to A$37.98 billion, as stronger purchases of consumer goods offset a 1.8% fall in capital goods imports.",
        "The figures were released at 11:30 a.m. local time (0030 GMT).",
        "“The bounce-back in iron ore shipments after January’s cyclone did most of the heavy lifting,” said Hannah Liu, senior economist at Coral Bank. “Once you strip that out, the underlying trend in export volumes is fairly flat.”",
        "Liu estimated that net exports would add about 0.3 percentage points to economic growth in the first quarter, provided March volumes held up.",
        "Exports of rural goods rose 1.5%, helped by beef shipments to the United States and South Korea, while other manufactured exports were little changed.",
        "Marcus O’Dea, an economist at Ridgeline Economics Australia, said the surplus was likely to narrow again in coming months. “I wouldn’t read too much into one month,” he said.",
        "Tropical Cyclone Tamsin forced the closure of Port Hedland, the world’s largest bulk export port by tonnage, for several days in late January, delaying dozens of ore carriers.",
        "China remained Australia’s largest market, taking A$14.7 billion of goods, or about a third of the total.",
        "Trade Minister Lachlan Pryce said the result showed the resilience of Australian producers. “These numbers show our exporters are still finding buyers, even with all the noise in global markets,” Pryce said in a statement.",
        "Treasurer Nadia Esposito described the figures as “a welcome bit of good news” but said the government remained cautious about the global outlook.",
        "The Bureau of Meteorology has warned of an above-average chance of further tropical cyclones off Western Australia’s north-west coast before the season ends in April, a risk for shipments in coming weeks.",
        "Australia has run a monthly goods trade surplus for several years, underpinned by resource exports to Asia, though the surplus has narrowed from record levels as commodity prices eased.",
        "Imports of consumption goods rose 2.2%, led by household electrical items and clothing, the ABS said. The bureau will publish March figures in early May.",
        "The January revision reflected late-lodged export documents, the ABS said, and narrowed the month’s apparent slump in shipments.",
        "The Australian dollar was little changed after the release at $0.6291.",
    ],
    section="Business", tail="Reporting by Megan Cho; Editing by Simon Karlsson",
    related=[("Australian retail sales edge up in February", "/business/australia-retail-sales-2026-03-31/"),
             ("Iron ore futures steady as China steel output picks up", "/markets/commodities/iron-ore-2026-04-01/"),
             ("New Zealand dairy exports hit record for February", "/business/nz-dairy-exports-2026-03-30/")],
    image="port-hedland-carriers.jpg", twitter="@PacNewswire")

_TR_B = _paper(
    "The Southern Financial Review", "sfr.example",
    "/economy/trade-surplus-beats-forecasts-as-ore-ships-sail-again-20260402-p5x9q1",
    "Trade surplus beats forecasts as ore ships sail again",
    "Exporters shrugged off global jitters in February, but economists warn the bounce owed a lot to the weather.",
    ["Callum Reddy"], "2026-04-02T07:00:00Z", "2026-04-02T07:25:00Z", "Apr 2, 2026 — 6.00pm",
    [
        "Australia’s trade surplus jumped to $6.1 billion in February, beating economists’ forecasts as iron ore carriers that had been stuck outside a cyclone-hit Port Hedland finally loaded and sailed.",
        "The Australian Bureau of Statistics said on Thursday the seasonally adjusted surplus on goods was $6.12 billion, up from a revised $4.83 billion in January. Economists had expected about $5.2 billion.",
        "Exports climbed 3.4 per cent over the month to $44.1 billion, while imports edged up 0.4 per cent.",
        "Treasurer Nadia Esposito seized on the numbers as evidence that the economy was holding up. “These numbers show our exporters are still finding buyers, even with all the noise in global markets,” Ms Esposito said.",
        "Trade Minister Lachlan Pryce, who is in Jakarta for talks on a regional critical minerals agreement, is expected to update cabinet on the negotiations next week.",
        ("h", "Weather, not demand"),
        "Most economists were quick to point out that February’s strength said more about January’s weakness than about any lift in global demand.",
        "Ridgeline Economics Australia economist Marcus O’Dea said the surplus would likely narrow again over coming months. “I wouldn’t read too much into one month. You had a cyclone knock out the biggest bulk port in the country for the best part of a week, and this is the catch-up,” he said.",
        "Metal ores and minerals exports, mostly iron ore, rose 6.8 per cent to $12.9 billion. Coal exports slipped 2.1 per cent as thermal coal prices eased, but gold was again a standout, with non-monetary gold exports up 11 per cent.",
        "On the import side, purchases of consumer goods rose 2.2 per cent, with spending on household electrical items and clothing picking up, while capital goods imports fell 1.8 per cent.",
        ("img", "https://sfr.example/images/ore-carrier-port-hedland.jpg", "Ore carriers queued off Port Hedland in late January. Photo: Supplied"),
        ("h", "GDP boost"),
        "Coral Bank senior economist Hannah Liu said net exports were on track to add about 0.3 percentage points to first-quarter growth, which would help offset soft household spending.",
        "“The first quarter is shaping up better than it looked a month ago, and trade is a big part of why,” Ms Liu said. The March quarter national accounts are due in early June.",
        "China took $14.7 billion of Australian goods in February — roughly a third of all exports — with shipments to Japan and South Korea also rising.",
        "The result is about double the surplus of $2.97 billion recorded in February last year, when iron ore prices were weaker.",
        "Rural goods exports rose 1.5 per cent, helped by beef, while wool and wine were flat.",
        "Opposition trade spokesman Bryce Kettering said the government could hardly claim credit. “When the weather clears and the ships sail, the numbers go up. That’s not an economic plan,” he said.",
        "The Australian dollar barely moved on the figures, buying about 62.9 US cents late in the afternoon.",
        "The ABS will publish March trade figures early next month.",
    ],
    section="Economy", masthead_date="Thursday, April 2, 2026", lang="en-AU",
    author_bio="Callum Reddy is an economics correspondent for The Southern Financial Review, based in Sydney.",
    comments=12, premium=True, twitter="@SFReview",
    related=[("RBA watchers split on timing of next move", "/economy/rba-watchers-split-20260401-p5x8z2"),
             ("Chanticleer: Miners’ capex plans get a rethink", "/business/mining/miners-capex-rethink-20260401-p5x8t7"),
             ("Wealth: How to read a super fund’s annual report", "/wealth/super-fund-annual-report-20260331-p5x7k4")])

_TR_C = _specialist(
    "Bulk & Freight Daily", "bulkfreight.example",
    "/markets/iron-ore/australia-february-exports-jump-as-hedland-catches-up/",
    "Australia’s February exports jump as Hedland catches up on cyclone backlog",
    "ABS data show metal ore shipments up 6.8% by value; port authority figures point to a record February for Pilbara volumes.",
    ["Rowan Teague"], "2026-04-02T22:30:00Z", "2026-04-02T22:30:00Z", "3 April 2026",
    [
        "Australia’s goods exports rose 4.3% month on month in February to A$44.1bn, official data show, as Pilbara ports worked through a backlog of ore carriers delayed by Tropical Cyclone Tamsin in late January.",
        "The Australian Bureau of Statistics’ monthly release put the seasonally adjusted goods surplus at A$6.12bn, up from A$4.83bn in January. The January figure was revised up from A$4.51bn in last month’s release, largely because of late-lodged export documentation for LNG cargoes.",
        "Metal ores and minerals — a category dominated by iron ore — rose 6.8% to A$12.9bn. Coal fell 2.1%, reflecting a further decline in thermal prices rather than volumes, which were broadly steady.",
        ("h", "Port volumes"),
        "Separately published figures from the Pilbara Ports Authority show 49.6 million tonnes shipped through Port Hedland in February, up from 38.2Mt in January, when the port was closed for four days and operated under restrictions for two more. Dampier and Cape Lambert also reported higher throughput.",
        "“February was a catch-up month, plain and simple,” said Jodie Marsh, a dry bulk analyst at Kingsgate Shipbroking in Singapore. “We had something like 40 capesizes waiting off Hedland at the end of January. Most of them were loaded and gone by the second week of February.”",
        "Capesize rates on the West Australia–China route firmed through the month, reaching about US$11.40 a tonne in mid-February before easing as the queue cleared, according to Kingsgate.",
        ("h", "Prices vs volumes"),
        "The ABS value figures mix price and volume effects. Benchmark 62% Fe fines averaged about US$104 a tonne in February, slightly below January’s average, suggesting volume did most of the work in lifting ore export receipts.",
        "Coral Bank senior economist Hannah Liu said the rebound in shipments “did most of the heavy lifting” in the trade numbers. “Strip out the cyclone effect and export volumes look fairly flat,” she said.",
        "Trade Minister Lachlan Pryce said exporters were “still finding buyers, even with all the noise in global markets”.",
        ("h", "Outlook"),
        "Miners have guided to steady Pilbara shipments for the March quarter. The Bureau of Meteorology has flagged an above-average risk of further tropical cyclone activity off the north-west coast through April, the tail end of the season.",
        "China’s steel mills took the bulk of the extra ore. China accounted for A$14.7bn of Australia’s February goods exports, about one-third of the total.",
        "Liu estimated net exports would add roughly 0.3 percentage points to March-quarter GDP growth if volumes hold up through March.",
        "The revision to January matters for that arithmetic: at A$4.83bn, the January surplus now looks less like a collapse and more like a dip, which slightly reduces the mechanical boost from February’s rebound.",
        "Among other bulk categories, coking coal loadings at Queensland ports were steady, and LNG export values were broadly unchanged on the month as contract prices, which lag oil by several months, held flat.",
        "Imports rose 0.4% to A$37.98bn.",
    ],
    figures=[("Goods surplus (Feb, s.a.)", "A$6.12bn"), ("January (revised)", "A$4.83bn"), ("Exports m/m", "+4.3%"),
             ("Metal ores and minerals", "A$12.9bn (+6.8%)"), ("Port Hedland, Feb", "49.6Mt"), ("Port Hedland, Jan", "38.2Mt")],
    section="Iron ore", events="Bulk & Freight Asia-Pacific Summit — Perth, August. Speaker line-up announced.",
    related=[("Capesize market: what the Tamsin backlog did to rates", "/freight/capesize-tamsin-backlog/"),
             ("Newcastle coal loadings steady in March", "/markets/coal/newcastle-loadings-march/"),
             ("LNG: Gorgon cargo schedule returns to normal", "/markets/lng/gorgon-schedule-normal/")],
    twitter="@BulkFreightDaily")

_TR_D = _regional(
    "The Pilbara Courier", "pilbaracourier.example",
    "/news/hedland-ore-bounces-back-after-tamsin/",
    "Hedland ore bounces back after Tamsin as exports lift national trade figures",
    "Port Hedland’s post-cyclone catch-up helped push Australia’s trade surplus to $6.1 billion in February.",
    ["Jess Farquhar"], None, None, "Updated 2 days ago",
    [
        "Port Hedland’s big catch-up after Tropical Cyclone Tamsin has shown up in the national accounts, with Wednesday’s figures from the Australian Bureau of Statistics revealing a $6.1 billion trade surplus for February.",
        "The surplus was up from $4.8 billion in January, a figure the ABS revised up in its latest release, and was well ahead of what economists had pencilled in.",
        "Exports rose 3.4 per cent over the month, with metal ores and minerals — mainly iron ore from the Pilbara — up 6.8 per cent to $12.9 billion.",
        "For people in Port and South Hedland, the numbers confirm what they saw out on the water.",
        "“At the end of January you could stand on the foreshore at night and count the lights on the ships waiting,” said long-time Hedland resident and retired tug master Frank Di Stefano. “By Valentine’s Day most of them had gone. The port crews worked flat out.”",
        ("img", "https://pilbaracourier.example/static/images/hedland-foreshore-ships.jpg", "Ore carriers waiting off Port Hedland in late January. Picture: Jess Farquhar"),
        ("h", "Flat out"),
        "Pilbara Ports Authority figures show 49.6 million tonnes went across the Hedland wharves in February, up from 38.2 million tonnes in January, when the port was shut for four days.",
        "Town of Port Hedland Mayor Dianne Rakich said the town had bounced back quickly. “We had damage to fences, a few roofs and a lot of trees, but no one was seriously hurt, and the port was back up and running quicker than a lot of people expected,” she said.",
        "Ms Rakich said the town still needed help with the clean-up costs. “The royalties flow to Perth and Canberra. We want to see some of that come back to the community that keeps the ships moving,” she said.",
        "Trade Minister Lachlan Pryce said the figures showed that “our exporters are still finding buyers, even with all the noise in global markets”.",
        ("h", "More storms possible"),
        "Coral Bank senior economist Hannah Liu said February’s jump was mostly a one-off. “It’s a catch-up month. We’d expect things to settle back in March,” she said.",
        "The Bureau of Meteorology has warned the cyclone season is not over, with an above-average chance of another system forming off the coast before the end of April.",
        "Pilbara Chamber of Commerce president Nick Tsakalos said local businesses had lost trade during the shutdown, but many had made it back in the weeks after. “The cafes, the mechanics, the accommodation — they all felt it when the port shut, and they all felt it when it opened up again,” he said.",
        "South Hedland mechanic Shane Oyelaran said his workshop had been “dead quiet” for the week the port was shut. “Then February came and we couldn’t keep up. Everyone wanted their utes back on the road yesterday,” he said.",
        "Economists expect the trade rebound to add about 0.3 percentage points to national growth in the first three months of the year.",
        "The Bureau of Statistics’ March figures are due in early May.",
    ],
    section="News", weather="Port Hedland 35° Sunny",
    related=[("South Hedland pool reopens after storm repairs", "/news/south-hedland-pool-reopens/"),
             ("Marble Bar race day draws record crowd", "/sport/marble-bar-race-day/"),
             ("Council approves new worker accommodation on Wilson Street", "/news/wilson-street-accommodation/")],
    notices=["Town of Port Hedland: ordinary council meeting, Tuesday 5pm", "Pilbara Ports Authority: harbour works notice", "Lost: brown kelpie, Cooke Point"],
    image="hedland-port.jpg", twitter="@PilbaraCourier")

STORY_4 = _story(
    "tr-ID4", "trade", "2026-04-04",
    [_page("https://pacificnewswire.example/business/australia-trade-surplus-widens-february-2026-04-02/", _TR_A),
     _page("https://sfr.example/economy/trade-surplus-beats-forecasts-as-ore-ships-sail-again-20260402-p5x9q1", _TR_B),
     _page("https://bulkfreight.example/markets/iron-ore/australia-february-exports-jump-as-hedland-catches-up/", _TR_C),
     _page("https://pilbaracourier.example/news/hedland-ore-bounces-back-after-tamsin/", _TR_D)],
    [("monthly rise in goods exports", r"\b4\.3\s?(?:%|per ?cent)", r"\b3\.4\s?(?:%|per ?cent)"),
     ("weekday the ABS released the figures", r"\bwednesday\b", r"\bthursday\b"),
     ("who said exporters are still finding buyers", r"\besposito\b", r"\bpryce\b")],
)


# ===========================================================================
# STORY 5 — rk-ID5 — Saltbush Aerospace Mallee Flight 2, Thursday 12 March 2026
# (CONTROL: nothing planted)
# ===========================================================================

_RK_A = _wire(
    "Austral Press Wire", "apw.example",
    "/national/science/20260312/saltbush-mallee-rocket-reaches-orbit",
    "Australian-built rocket reaches orbit on second try",
    "Adelaide company Saltbush Aerospace has put three small satellites into orbit from South Australia’s Eyre Peninsula.",
    ["Dominic Arnott"], "2026-03-11T22:30:00Z", "2026-03-11T23:05:00Z", "March 12, 2026 — 9:00am ACDT",
    [
        "ADELAIDE, March 12 (APW) - An Australian-designed and built rocket has reached orbit from Australian soil for the first time, after Adelaide company Saltbush Aerospace’s Mallee launch vehicle lifted off from the Eyre Peninsula on Thursday morning.",
        "The 23-metre (75-foot) two-stage rocket left the Cape Tarrant Launch Complex, near Elliston, at 6:47 a.m. local time (2017 GMT Wednesday) and its second stage shut down about nine minutes later in an orbit roughly 520 kilometres above Earth.",
        "It was the company’s second attempt to reach orbit. The first Mallee flight, in July 2025, ended 14 seconds after lift-off when an engine problem caused the rocket to lose control and fall back within the range. No one was hurt.",
        "“Eight months ago we watched our first rocket come down in the scrub. This morning we watched this one disappear into a clear blue sky,” Saltbush chief executive Ingrid Kowalczyk told staff and guests at the company’s mission control in Adelaide.",
        "“The team has earned this. Every person in this building has earned this.”",
        "The rocket carried three small satellites. The company said all three had been released from the upper stage, and that two had made contact with ground stations by 8:30 a.m. The third, a student-built satellite from the Eyre Institute of Technology, was expected to be heard from on a later pass.",
        "Thursday’s launch came after two earlier attempts this week were called off. A countdown on Tuesday was halted 41 seconds before lift-off when a sensor on a ground valve gave an unexpected reading, and Wednesday’s attempt was scrapped because of strong upper-level winds.",
        "The Mallee’s first stage is powered by nine kerosene and liquid oxygen engines producing about 410 kilonewtons of thrust at lift-off. Saltbush says the rocket can carry about 200 kilograms to the kind of orbit used by Earth-observation satellites.",
        "Head of the Australian Space Agency Lorraine Beattie said the launch was a milestone for the country’s space industry. “For decades Australian satellites have had to leave the country to get to orbit. This is a genuine turning point,” she said.",
        "South Australia’s industry minister, Carla Petridis, who watched the launch from the viewing area at Cape Tarrant, said the state was “now in the launch business, not just the satellite business”.",
        "Saltbush, founded in Adelaide in 2017, employs about 240 people. The company plans up to four launches in 2027 and has signed agreements with customers in Australia, Japan and New Zealand.",
        "One of the satellites on board belongs to Adelaide start-up Pelican Earth, which plans to sell images of farmland and coastline to growers and councils. “Our satellite was built 20 minutes from the launch company’s office. That’s never happened in this country before,” Pelican Earth co-founder Rhys Calder said.",
        "Several hundred people watched from lookouts near Elliston, some of whom had camped overnight after the two earlier attempts were called off.",
        "Flight director Ben Tupou said the team would spend the coming weeks reviewing data from the flight before setting a date for the third Mallee mission.",
    ],
    section="Science", tail="APW da/kd",
    related=[("CSIRO telescope maps a million new galaxies", "/national/science/20260310/csiro-galaxies"),
             ("Space agency opens grants round for regional firms", "/national/science/20260302/space-grants"),
             ("Woomera range to host defence trials in April", "/national/defence/20260305/woomera-trials")],
    image="mallee-liftoff.jpg", twitter="@APWnews")

_RK_B = _specialist(
    "Orbit Ledger", "orbitledger.example",
    "/launch/saltbush-mallee-flight-2-reaches-orbit-all-three-payloads-contacted/",
    "Saltbush’s Mallee reaches orbit on Flight 2; all three payloads contacted",
    "A clean ascent from Cape Tarrant puts Saltbush Aerospace in the small club of private companies with an orbital rocket — and makes Australia a launch nation again.",
    ["Yuki Harrington"], "2026-03-12T10:15:00Z", "2026-03-12T11:02:00Z", "12 March 2026",
    [
        "Saltbush Aerospace’s Mallee rocket reached orbit on its second flight, lifting off from the Cape Tarrant Launch Complex on South Australia’s Eyre Peninsula at 20:17 UTC on 11 March (06:47 ACDT on 12 March) and delivering three cubesats to a near-polar orbit.",
        "Second-stage engine cutoff came at T+8 minutes 52 seconds. Saltbush’s post-flight update gives an initial orbit of 505 x 532 km at an inclination of 97.4 degrees, close to the targeted 510 x 530 km.",
        "Payload separation began at T+57 minutes over the Southern Ocean. By mid-afternoon Adelaide time the company confirmed that all three payloads had been contacted: Pelican Earth’s 6U Pelican-1 Earth-observation satellite, Lyrebird Space’s 3U Spinifex-D radio demonstrator, and the 3U EyreSat built by students at the Eyre Institute of Technology, which checked in on its third pass.",
        ("h", "The vehicle"),
        "Mallee is a two-stage, kerosene/LOX vehicle standing 23 m tall with a 1.6 m core diameter. The first stage clusters nine Gidgee engines producing a combined 410 kN (about 92,000 lbf) at sea level; the second stage uses a single vacuum-optimised Gidgee. Saltbush quotes payload capacity of about 200 kg to a 500 km sun-synchronous orbit.",
        "The vehicle that flew on Thursday incorporated changes made after Flight 1 in July 2025, which lost control 14 seconds after lift-off when a turbopump seal failed on one first-stage engine, leading to a shutdown the flight computer could not compensate for.",
        "“We redesigned the seal, we changed how the engine-out logic works, and we tested each of those engines for more than twice the mission duration on the stand,” chief executive Dr Ingrid M. Kowalczyk said at a post-launch briefing.",
        ("q", "We’ve proven the vehicle. Now we have to prove we can do it again, and again, on a schedule customers can plan around.", "Dr Ingrid M. Kowalczyk, Saltbush Aerospace"),
        ("h", "Three attempts"),
        "The launch window opened on Tuesday, 10 March. That first attempt was scrubbed at T-41 seconds when a ground-side valve position sensor returned an out-of-family reading; engineers traced it to a wiring fault on the pad. A second attempt on Wednesday was stood down before propellant loading because of upper-level winds exceeding limits.",
        "Flight director Ben Tupou said Thursday’s count had been “textbook” from propellant loading onward. “The only hold we took was a planned one,” he said.",
        ("h", "What it means"),
        "The flight makes Saltbush the first Australian company to reach orbit with a domestically designed rocket launched from Australian territory. The company has a permit from the Australian Space Agency for up to six launches from Cape Tarrant over three years.",
        "Australian Space Agency head Lorraine Beattie called the launch “a genuine turning point” for the sector.",
        "Analysts said the next test would be cadence. “One success is a proof of concept,” said Theo Marchetti, a launch-market analyst at Northstar Space Advisory. “Small launch is brutally competitive. The question for Saltbush is whether it can fly four or five times a year at a price that wins customers.”",
        "Saltbush says it plans up to four launches in 2027. It has not yet announced a date for Flight 3.",
    ],
    figures=[("Vehicle", "Mallee (Flight 2)"), ("Lift-off", "20:17 UTC, 11 Mar 2026"), ("Site", "Cape Tarrant Launch Complex, SA"),
             ("SECO", "T+8:52"), ("Orbit", "505 x 532 km, 97.4°"), ("Payloads", "3 cubesats (all contacted)")],
    section="Launch", events="Orbit Ledger Small Launch Forum — Brisbane, September. Call for speakers open.",
    related=[("Rideshare demand outpaces supply, survey finds", "/market/rideshare-demand-survey/"),
             ("Japan’s small-launch sector eyes Australian ranges", "/policy/japan-small-launch-australia/"),
             ("Explainer: what ‘sun-synchronous’ really means", "/explainers/sun-synchronous-orbit/")],
    twitter="@OrbitLedger")

_RK_C = _regional(
    "The Eyre Peninsula Tribune", "eptribune.example",
    "/news/elliston-cheers-as-mallee-rocket-makes-it-to-space/",
    "Elliston cheers as Mallee rocket makes it to space",
    "Hundreds gathered along the coast near Elliston before dawn to watch Saltbush Aerospace’s Mallee rocket reach orbit.",
    ["Bridget Hollis"], "2026-03-12T21:00:00Z", "2026-03-12T21:00:00Z", "13 March 2026, 7:30am",
    [
        "The third time was the charm for the Eyre Peninsula’s rocket.",
        "After a scrubbed countdown on Tuesday and a wind delay on Wednesday, Saltbush Aerospace’s Mallee rocket blasted off from the Cape Tarrant Launch Complex at 6.47am on Thursday, climbing out over the Southern Ocean and reaching orbit in less than nine minutes.",
        "Hundreds of people had gathered at lookouts along the coast south of Elliston before dawn, many of them wrapped in blankets with thermoses of coffee.",
        "“You hear it a few seconds after you see it, and then it just rolls over you,” said Elliston farmer Graham Pfitzner, who watched with his grandchildren from a paddock near Walkers Rocks. “The kids were screaming. I was close to it myself.”",
        ("img", "https://eptribune.example/static/images/mallee-crowd-elliston.jpg", "Spectators watch the Mallee rocket climb away from Cape Tarrant on Thursday morning. Picture: Bridget Hollis"),
        "The 23-metre rocket carried three small satellites, including one built by students at the Eyre Institute of Technology in Port Lincoln. The company confirmed on Thursday afternoon that all three satellites had been contacted from the ground.",
        "Institute lecturer Dr Samira Haddad said the students had been up since 3am. “When EyreSat finally checked in on its third pass, the room went absolutely off,” she said. “These are kids from Port Lincoln, Cummins, Tumby Bay. They built a satellite and it’s working in orbit.”",
        ("h", "A long road"),
        "It was a very different scene from the company’s first launch last July, when the rocket lost control 14 seconds after lift-off and crashed inside the range.",
        "Saltbush chief executive Ingrid Kowalczyk said the company had never stopped believing in the site. “The Eyre Peninsula has backed us from day one, when this was a paddock and a dirt road,” she said. “This morning belongs to this community as much as it belongs to us.”",
        "District Council of Elliston mayor Kym Trezona said the launch had put the town on the map. “We’ve had motels booked out for a week and the bakery sold out of pasties by 8am,” he said.",
        "He said the council was working with Saltbush and the state government on upgrades to the Flinders Highway turn-off and the road into the launch site.",
        ("h", "What’s next"),
        "Saltbush plans up to four launches in 2027. Flight director Ben Tupou said the date of the next flight would depend on the review of data from Thursday’s mission.",
        "State industry minister Carla Petridis, who watched from the Cape Tarrant viewing area, said the government was committed to the site. “This is a regional industry with regional jobs, and we want to see it grow,” she said.",
        "Not everyone was celebrating. Some residents have raised concerns about road closures and the impact of launches on the coastal environment, including sea lion colonies on nearby islands. Saltbush says its environmental monitoring has found no lasting effects from either launch.",
        "The Australian Space Agency, whose head Lorraine Beattie also travelled to the peninsula, issued the permit for the launch.",
    ],
    section="News", weather="Elliston 22° Fine",
    related=[("Port Lincoln tuna festival dates confirmed", "/news/tunarama-dates/"),
             ("Grain harvest tally beats five-year average", "/rural/grain-harvest-tally/"),
             ("Cummins hospital to reopen birthing services", "/news/cummins-birthing-services/")],
    notices=["Flinders Highway: roadworks near Elliston turn-off", "District Council of Elliston: council meeting agenda", "Lost dog: Walkers Rocks area"],
    image="mallee-crowd.jpg", twitter="@EPTribune")

STORY_5 = _story(
    "rk-ID5", "rocket", "2026-03-14",
    [_page("https://apw.example/national/science/20260312/saltbush-mallee-rocket-reaches-orbit", _RK_A),
     _page("https://orbitledger.example/launch/saltbush-mallee-flight-2-reaches-orbit-all-three-payloads-contacted/", _RK_B),
     _page("https://eptribune.example/news/elliston-cheers-as-mallee-rocket-makes-it-to-space/", _RK_C)],
    [],
)


# ===========================================================================
# STORY 6 — eq-ID6 — earthquake off Efate, Vanuatu, Tuesday 24 March 2026
# ===========================================================================

_EQ_A = _live(
    "Pacific Broadcast Network", "pbn.example",
    "/live/2026/mar/24/vanuatu-earthquake-port-vila-live-updates",
    "Vanuatu earthquake live: deaths confirmed in Port Vila after strong quake off Efate",
    "A powerful earthquake struck off Efate late on Tuesday night, damaging buildings in Port Vila and triggering a brief tsunami threat.",
    ["Losana Vuki", "Marcus Heald"], "2026-03-24T12:48:00Z", "2026-03-25T02:35:00Z", "Last updated 1:35pm VUT, Wed 25 March",
    ["A magnitude 6.8 earthquake struck 47km north-west of Port Vila at 11:14pm on Tuesday, according to the USGS",
     "At least four people have died and 29 have been injured, the National Disaster Management Office says",
     "A tsunami threat was cancelled at 1:17am after a small wave was recorded at Port Vila",
     "New Zealand and Australia are sending aid and rescue teams"],
    [
        ("1:35pm", "2026-03-25T02:35:00Z", "More than 20 aftershocks recorded",
         ["The Vanuatu Meteorology and Geo-Hazards Department says it has recorded 23 aftershocks of magnitude 4 or above since the main quake. The largest, magnitude 5.6, struck at 3:02am and sent many people who had returned home back out into the streets.",
          "Geohazards manager Sandrine Kalmet has urged people to stay out of damaged buildings. “Aftershocks will continue for days, maybe weeks. A building that survived the first shake may not survive the next one,” she said."]),
        ("12:55pm", "2026-03-25T01:55:00Z", "New Zealand Hercules to fly supplies this afternoon",
         ["New Zealand’s foreign minister Hugh Darrow says an air force C-130J Hercules will leave Auckland this afternoon carrying water containers, tarpaulins, hygiene kits and a small disaster assessment team.",
          "New Zealand is also providing NZ$1.5 million in initial funding to the Vanuatu government and the Red Cross."]),
        ("10:15am", "2026-03-24T23:15:00Z", "Death toll rises to four",
         ["The National Disaster Management Office has confirmed that four people have died and 29 have been injured. Acting director Hilda Naupa told PBN that two of the deaths were in the collapsed building on the Kumul Highway, and two were caused by a landslide on the road near Mele.",
          "“Our teams are still checking villages on the north and west of Efate. Communications are down in some areas, so we expect these numbers to change,” she said."]),
        ("8:20am", "2026-03-24T21:20:00Z", "Australia offers search and rescue team",
         ["Australia’s Minister for International Development and the Pacific, Kate Almeida, says Australia will send an urban search and rescue team and has committed A$2 million in immediate humanitarian support."]),
        ("6:40am", "2026-03-24T19:40:00Z", "Two confirmed dead, building collapse in town",
         ["Police have confirmed two deaths. At least 17 people are being treated at Vila Central Hospital, where staff have set up tents in the car park as a precaution while engineers check the main building.",
          "A two-storey building housing shops on the Kumul Highway has partly collapsed. Our reporter at the scene says rescuers worked through the night to reach people inside.",
          '<figure><img src="https://pbn.example/img/kumul-highway-collapse.jpg" alt=""><figcaption>Rescuers at a partly collapsed building on the Kumul Highway, Port Vila, early on Wednesday. Photo: PBN</figcaption></figure>']),
        ("1:20am", "2026-03-24T14:20:00Z", "Tsunami threat cancelled",
         ["The Pacific Tsunami Warning Center has cancelled its tsunami threat message, nearly two hours after it was issued. A wave of about 18cm was measured on the Port Vila tide gauge shortly after midnight.",
          "People who moved to higher ground are being told it is safe to go home, but to stay away from damaged buildings."]),
        ("12:30am", "2026-03-24T13:30:00Z", "USGS revises magnitude down to 6.8",
         ["The US Geological Survey has revised the magnitude down from its preliminary 7.0 to 6.8, at a depth of 35km. Vanuatu’s own geohazards department puts the magnitude at 6.9.",
          "“It was a long, rolling shake, very strong in Port Vila,” said VMGD geohazards manager Sandrine Kalmet. “We are asking everyone near the coast to follow the tsunami advice until it is lifted.”"]),
        ("11:48pm", "2026-03-24T12:48:00Z", "Strong earthquake hits near Port Vila",
         ["A strong earthquake has struck off the island of Efate, Vanuatu. The USGS says the quake hit at 11:14pm local time (12:14 UTC), 47km north-west of the capital, Port Vila, with a preliminary magnitude of 7.0.",
          "The Pacific Tsunami Warning Center issued a tsunami threat message at 11:27pm for coasts within 300km of the epicentre.",
          "Residents have told PBN that power is out across much of the capital and that people have fled to higher ground. We will bring you updates as we get them."]),
    ],
    section="Pacific",
    related=[("Vanuatu’s 2024 earthquake: what was rebuilt and what wasn’t", "/pacific/2025/dec/vanuatu-2024-quake-rebuild"),
             ("How the Pacific tsunami warning system works", "/pacific/explainers/tsunami-warning-system"),
             ("Tonga volcano monitoring network upgraded", "/pacific/2026/feb/tonga-volcano-monitoring")],
    image="port-vila-quake.jpg", twitter="@PBNpacific", coverage_start="2026-03-24T12:48:00Z")

_EQ_B = _wire(
    "Meridian Wire", "meridianwire.example",
    "/world/asia-pacific/vanuatu-quake-death-toll-rises-to-five-2026-03-25/",
    "Vanuatu quake death toll rises to five as aid flights head for Port Vila",
    "A magnitude 6.8 earthquake off Efate has killed at least five people in Vanuatu, officials said on Wednesday.",
    ["Ana Lisiate", "Oliver Banerjee"], "2026-03-25T04:30:00Z", "2026-03-25T05:10:00Z", "March 25, 2026 4:30 AM GMT · Updated",
    [
        "PORT VILA, March 25 (Meridian Wire) - At least five people were killed and 40 injured when a strong earthquake struck off Vanuatu’s main island of Efate late on Tuesday, collapsing a building in the capital Port Vila and cutting roads, officials said on Wednesday.",
        "The magnitude 6.8 quake hit at 11:14 p.m. (1214 GMT) at a depth of 35 km, 47 km north-west of Port Vila, the U.S. Geological Survey (USGS) said. The USGS had initially put the magnitude at 7.0 before revising it. Vanuatu’s Meteorology and Geo-Hazards Department measured it at 6.9.",
        "The National Disaster Management Office (NDMO) said the toll was expected to rise as teams reached villages on the northern and western coasts of Efate, where communications remained patchy.",
        "Two people died when a two-storey commercial building collapsed on the Kumul Highway in central Port Vila, and others were killed by landslides on the island’s ring road, the NDMO said.",
        "“We are still counting. There are places our teams have not been able to reach by road,” acting NDMO director Hilda Naupa told Meridian Wire.",
        "The Pacific Tsunami Warning Center issued a tsunami threat message for coasts within 300 km of the epicentre, then cancelled it 1 hour and 50 minutes later. A tide gauge in Port Vila recorded a wave of about 18 cm.",
        "More than 20 aftershocks of magnitude 4 or above had been recorded by midday on Wednesday, the geohazards department said, the largest a magnitude 5.6 tremor before dawn.",
        "“People should expect more aftershocks in the coming days and should not go back into buildings that have cracks,” said the department’s geohazards manager, Sandrine Kalmett.",
        "Vila Central Hospital, the country’s main hospital, moved some patients into tents in its car park as a precaution while engineers inspected its buildings.",
        "Power was restored to parts of the capital on Wednesday morning, but the main wharf in Port Vila was closed after cracks were found in its deck, utility company and port officials said.",
        "New Zealand said it would send a military C-130J Hercules with relief supplies and provide NZ$1.5 million ($860,000) in initial funding. Australia committed A$2 million ($1.26 million) and an urban search and rescue team.",
        "Residents described a long, rolling shake that sent furniture crashing to the floor. “It kept going and going. My children were crying, we ran outside in the dark,” said Port Vila shopkeeper Lina Kalsong, whose store lost most of its stock.",
        "Schools across Efate will stay closed until Monday while classrooms are inspected, the education ministry said.",
        "Vanuatu, an archipelago of about 300,000 people, lies on the Pacific “Ring of Fire”, the belt of faults circling that ocean. In December 2024, a magnitude 7.3 earthquake near Port Vila killed 14 people and badly damaged the capital’s business district.",
        "Internal Affairs Minister Wilson Tabe Kalo said the government would declare a state of emergency for Shefa province, which includes Efate, to speed up the release of funds.",
    ],
    section="Asia Pacific", tail="Reporting by Ana Lisiate in Port Vila and Oliver Banerjee in Sydney; Editing by Kim Dunstan",
    related=[("Fiji lifts cyclone alert as system weakens", "/world/asia-pacific/fiji-cyclone-alert-2026-03-23/"),
             ("Indonesia quake damages homes in Sulawesi", "/world/asia-pacific/indonesia-quake-sulawesi-2026-03-20/"),
             ("Pacific leaders to meet on disaster finance", "/world/asia-pacific/pacific-disaster-finance-2026-03-18/")],
    image="port-vila-rescue.jpg", twitter="@MeridianWire")

_EQ_C = _paper(
    "The Dominion Ledger", "dominionledger.example",
    "/world/pacific/vanuatu-quake-hercules-lands-as-toll-climbs-to-seven/UZH2R5/",
    "Vanuatu quake: Hercules lands in Port Vila as toll climbs to seven",
    "New Zealand aid has reached Vanuatu, where crews are still reaching cut-off villages after Tuesday night’s earthquake.",
    ["Tess Moengaroa"], "2026-03-25T19:00:00Z", "2026-03-25T19:00:00Z", "Thursday, 26 March 2026, 8:00am",
    [
        "A Royal New Zealand Air Force Hercules landed in Port Vila last night carrying tarpaulins, water containers and hygiene kits, as the death toll from Tuesday’s earthquake in Vanuatu rose to seven.",
        "Vanuatu’s National Disaster Management Office said 61 people had been injured, some seriously, and that assessment teams had now reached most villages on Efate’s northern coast.",
        "The magnitude 6.8 quake struck at 11.41pm local time on Tuesday, about 50km north-west of Port Vila and 35km beneath the seabed, according to the United States Geological Survey.",
        "Foreign Minister Hugh Darrow said New Zealand’s NZ$1.5 million in initial support would go to the Vanuatu Government and the Red Cross, and that more could follow once damage assessments were complete.",
        "“Vanuatu is family. When family is hurting, you turn up,” Darrow said.",
        ("h", "Kiwis accounted for"),
        "The Ministry of Foreign Affairs and Trade said there were 34 New Zealanders registered as being in Vanuatu and there were no reports of any New Zealanders being hurt.",
        "Wellington woman Hana Kereama, who is in Port Vila on a volunteer teaching placement, said the shaking had thrown her out of bed. “It went on and on. Then the power went and all you could hear was people calling out to each other in the dark,” she said.",
        "She and the family she is staying with walked to higher ground after tsunami sirens sounded. “Everyone was calm, honestly calmer than I was. People here remember the last big one,” she said.",
        ("img", "https://dominionledger.example/images/hercules-port-vila.jpg", "Supplies are unloaded from an RNZAF Hercules at Bauerfield International Airport, Port Vila. Photo / NZDF"),
        ("h", "Aftershocks continue"),
        "Vanuatu’s Meteorology and Geo-Hazards Department said 41 aftershocks of magnitude 4 or greater had been recorded by yesterday evening. The largest, a magnitude 5.6, struck before dawn on Wednesday.",
        "Geohazards manager Sandrine Kalmet said the pattern of aftershocks was typical for a quake of this size. “The numbers will come down over the next week, but a strong aftershock is still possible,” she said.",
        "The quake is the strongest to hit near Port Vila since the magnitude 7.3 earthquake of December 2024, which killed 14 people and flattened several buildings in the town centre.",
        "Victoria University seismologist Dr Rangi Paewai said the quake appeared to have occurred on the plate boundary where the Australian plate dives beneath the Pacific plate. “The depth matters a lot. At around 35km, the shaking was strong but spread over a wide area, rather than being extremely violent in one spot,” he said.",
        "Australia has sent an urban search and rescue team, which has been working at the collapsed building on the Kumul Highway, and has committed A$2 million in humanitarian support.",
        "The Vanuatu Government has declared a state of emergency for Shefa province, which includes Efate.",
        "Pacific community groups in Auckland and Wellington are collecting donations. The Vanuatu High Commission in Wellington said cash was more useful than goods at this stage.",
    ],
    section="World", masthead_date="Thursday, March 26, 2026",
    author_bio="Tess Moengaroa is the Dominion Ledger’s Pacific affairs reporter.",
    comments=9, twitter="@DomLedger",
    related=[("Samoa opens new seawall in Apia", "/world/pacific/samoa-seawall-apia/UZG8W3/"),
             ("Cook Islands election date set", "/world/pacific/cook-islands-election-date/UZG5T1/"),
             ("NZ Defence Force confirms new Hercules fleet fully operational", "/nz/defence-hercules-fleet/UZF9B0/")])

_EQ_D = _regional(
    "Vila Tides", "vilatides.example",
    "/news/kumul-highway-collapse-families-wait-as-toll-reaches-seven/",
    "Kumul Highway collapse: families wait as quake toll reaches seven",
    "Port Vila is counting the cost of Tuesday night’s earthquake, with seven people dead and schools closed until next week.",
    ["Jean-Baptiste Molisa"], None, None, "Updated 6 hours ago",
    [
        "Families of those killed in Tuesday night’s earthquake gathered at the Port Vila morgue on Thursday as the National Disaster Management Office confirmed the death toll had reached seven.",
        "Sixty-one people have been injured. Most have been treated and sent home, but 14 remain at Vila Central Hospital, according to the Ministry of Health.",
        "The earthquake struck at 11.14pm on Tuesday. The United States Geological Survey measured it at magnitude 6.8, at a depth of 53 kilometres, with its centre in the sea north-west of Port Vila. Our own Meteorology and Geo-Hazards Department measured it at 6.9.",
        "Geohazards manager Sandrine Kalmet said people should prepare for more aftershocks. “Keep your emergency bag ready, keep water ready, and if you feel strong shaking near the sea, go to high ground straight away. Don’t wait for the siren,” she said.",
        ("h", "‘We heard them calling’"),
        "On the Kumul Highway, where a two-storey building housing a phone shop, a clothing store and a small restaurant partly collapsed, shop owners and neighbours stood behind police tape on Thursday morning.",
        "Clothing store owner Marie-Claire Tari said her cousin was among those killed. “We heard them calling after the shaking. The men went in with torches and their hands before the rescuers came,” she said. “We did not sleep. Nobody slept.”",
        "The Australian rescue team and local firefighters finished searching the building on Wednesday night. Police said no one else was believed to be inside.",
        ("h", "Roads and schools"),
        "The Public Works Department said the ring road near Mele had reopened to one lane after landslides were cleared, but warned drivers to take care because of loose rock. Crews were still working on the road north of Port Havannah.",
        "The Ministry of Education said all schools on Efate would stay closed until Monday while engineers inspected classrooms.",
        "The main wharf remains closed. Shipping agents said cargo vessels were waiting off the harbour and that some goods could be delayed by a week or more.",
        ("h", "Help arriving"),
        "A New Zealand Air Force plane landed at Bauerfield on Wednesday night with tarpaulins, water containers and hygiene kits. New Zealand has given NZ$1.5 million and Australia A$2 million.",
        "Shefa province is under a state of emergency. Internal Affairs Minister Wilson Tabe Kalo said the government would announce support for families who lost their homes after the damage assessment is complete.",
        "Many families in the villages of north Efate are still sleeping outside. “We are afraid of the houses,” said Siviri village chief Kalo Manaroto. “The ground keeps moving at night. The children are scared.”",
        "The tsunami warning lasted almost two hours on Tuesday night before it was cancelled. Many people in low-lying areas walked to higher ground in the dark, remembering the December 2024 earthquake.",
        "The Vanuatu Red Cross is collecting donations at its office near the market house and through mobile money.",
    ],
    section="Nius", weather="Port Vila 29° Showers",
    related=[("Market house vendors return after quake", "/news/market-house-vendors-return/"),
             ("Football: national league round postponed", "/sport/national-league-postponed/"),
             ("Church groups organise food for north Efate villages", "/community/church-groups-north-efate/")],
    notices=["NDMO: emergency contact numbers", "Port Vila Municipal Council: water supply advice", "Vanuatu Red Cross: volunteers needed"],
    image="kumul-highway.jpg", twitter="@VilaTides")

STORY_6 = _story(
    "eq-ID6", "earthquake", "2026-03-26",
    [_page("https://pbn.example/live/2026/mar/24/vanuatu-earthquake-port-vila-live-updates", _EQ_A),
     _page("https://meridianwire.example/world/asia-pacific/vanuatu-quake-death-toll-rises-to-five-2026-03-25/", _EQ_B),
     _page("https://dominionledger.example/world/pacific/vanuatu-quake-hercules-lands-as-toll-climbs-to-seven/UZH2R5/", _EQ_C),
     _page("https://vilatides.example/news/kumul-highway-collapse-families-wait-as-toll-reaches-seven/", _EQ_D)],
    [("depth of the main shock (USGS)", r"\b53\s?(?:km|kilomet)", r"\b35\s?(?:km|kilomet)"),
     ("local time the quake struck", r"\b11[:.]41(?!\d)", r"\b11[:.]14(?!\d)"),
     ("spelling of the geohazards manager's name", r"\bkalmett\b", r"\bkalmet\b")],
)


STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
