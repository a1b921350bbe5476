"""Story battery, part HB -- written by engineer HB1 on 2026-12-07.

Twenty-fifth batch; a precision batch. Six invented West African events of 2026
(Nigeria, Ghana, Senegal), each told by three or four invented outlets on
``*.example`` domains as full saved web pages. Every person, outlet, figure and
quote below is made up; nothing is copied from real coverage.

cb-HB1  central bank -- Bank of Ghana Monetary Policy Committee cuts the policy
        rate 200 bp, 18.0% -> 16.0% (announced Monday 25 May 2026).
        CONTROL: no planted disagreement.
        Traps: old rate vs new rate; "200 basis points" vs "two percentage
        points"; the March cut (150 bp, 19.5% -> 18.0%); analysts' forecast of
        100 bp vs the outcome; April inflation 6.8% vs "under 7%" / "nearly 7
        percent", March inflation 7.9%; "11 a.m." vs "1100 GMT" (Accra is on
        GMT); committee met Wednesday-Friday, decision announced Monday;
        reserves $12.4bn / "more than $12 billion", 4.9 vs "about five" months
        of import cover; cedi ~11.2 per dollar and cedi-to-dollar conversions;
        GSS growth 5.9% vs IMF projection 5.0% (attributed); 91-day bill yield
        this week vs last week; governor with and without middle name,
        "governor" / "central bank chief"; quotes excerpted and paraphrased;
        next meeting in July.

el-HB2  election -- INEC declares the Ikorodu Federal Constituency (Lagos)
        House of Representatives by-election of Saturday 15 August 2026.
        PLANTED (3):
          * winner's vote total: 38,614 (Meridian Wire, live blog, Lagoon
            Echo) vs 36,814 (Lagos Chronicle);
          * returning officer's surname: Adekoya (wire, live blog, Chronicle)
            vs Adekoye (Lagoon Echo);
          * time the result was declared: 4:20 a.m. (wire) vs 6:45 a.m.
            (Lagoon Echo), both local time, same declaration.
        Traps: live-blog running tallies (11 of 19 wards, then 16 of 19) vs
        final; one ward's figures (Ibeshe) vs the constituency; turnout 18.7% of registered (accredited) vs 18.6% (votes cast),
        each defined; 2023 general-election figures; "4:20 a.m. local time
        (0320 GMT)"; Saturday vs 15 August; poll first slated for 8 August;
        registered voters 412,530 vs "more than 410,000"; margin "more than
        16,000"; Labour Party agent's claim of 4,000 disputed votes
        (attributed); police deployment numbers (attributed); candidate names
        with and without middle names; INEC titles reworded.

ct-HB3  court -- Supreme Court of Ghana strikes down the forest-reserve mining
        regulation (L.I. 2501), Wednesday 17 June 2026.
        PLANTED (3):
          * majority: 5-2 (Accra Sentinel, SPA wire, LawBench) vs 4-3 (Volta
            FM Online);
          * the "stroke of the regulatory pen" quote: Justice Abena Quaye
            (Sentinel, SPA) vs presiding Justice Darko-Yeboah (LawBench);
          * deadline to revoke the leases: 90 days (Sentinel, SPA, LawBench)
            vs 60 days (Volta FM).
        Traps: "5-2" vs "five to two" vs "majority of five"; reading lasted
        "nearly three hours" vs "2 hours 50 minutes"; 14,800 hectares vs
        "about 36,600 acres" vs "nearly 15,000 hectares"; 23 leases
        (Forestry Commission) vs "at least 31 permits" (campaigners); GH¢1.2bn
        reclamation estimate vs "roughly $106 million"; reclamation plan "within six
        months" vs "within 180 days"; "12 groups" vs "& 11 Others"; suit filed September
        2025, judgment reserved 11 March; 118-page judgment vs "more than 100
        pages"; Wednesday vs 17 June; titles reworded; names with and
        without middle names; quotes excerpted.

tr-HB4  trade -- Nigeria's National Bureau of Statistics publishes Q2 2026
        merchandise trade (Tuesday 8 September 2026).
        PLANTED (3):
          * trade surplus: N6.97 trillion (SPA wire, broadcaster, Trade
            Review) vs N6.79 trillion (Naira Street Journal);
          * top export destination: India (wire, NSJ, broadcaster) vs Spain
            (Gulf of Guinea Trade Review);
          * Halima Bello-Nwankwo's office: minister of industry, trade and
            investment (wire, NSJ, Trade Review) vs finance minister (EBN).
        Traps: q/q growth 6.3% vs y/y 17.9%; Q1 surplus N7.15tn; naira vs
        dollar conversions at a stated rate; crude share 58.0% vs "more than
        half" and "+1.2 percentage points" from 56.8%; H1 total vs Q2 total;
        ECOWAS share of exports (part vs whole); manufacturers' and analysts'
        own numbers, attributed; Tuesday vs 8 September; names with and
        without middle names/titles.

rk-HB5  rocket -- Falcon 9 rideshare from Vandenberg carries Senegal's KAYOR-1
        microsatellite; liftoff 11:48 p.m. PDT Friday 9 October = 06:48 GMT
        Saturday 10 October 2026.
        CONTROL: no planted disagreement.
        Traps: Friday night (Pacific) vs early Saturday (Dakar/GMT); "97
        payloads" vs "nearly 100"; deployment "82 minutes" vs "1 hour 22
        minutes" vs "8:10 a.m." Dakar time; first signal at 09:57 in Dakar vs "just over
        three hours after launch"; 12 kg vs "about 26 pounds"; 520 km vs "323
        miles"; CFA 2.9bn vs "$5.1 million" vs "EUR 4.4 million"; booster's
        24th flight vs "23 previous missions"; landing "about eight minutes"
        vs "7 minutes 30 seconds"; weather forecast 95% favourable vs outcome;
        originally targeted for 7 October; names with and without diacritics
        and initials; minister's title reworded; the 2024 predecessor.

eq-HB6  earthquake -- offshore earthquake south-west of Accra, 2:17 a.m. GMT,
        Tuesday 3 November 2026.
        CONTROL: no planted disagreement.
        Traps: USGS preliminary 5.0 revised to 4.8 (said to be revised); GGSA
        local magnitude 4.6 (attributed); depth 10 km (USGS) vs 12 km (GGSA);
        running toll 1 dead/14 injured -> 2/23 -> 2/31 -> 3/41 with
        publication times; quoted "magnitude-five" in an engineer's remark;
        damaged buildings 64 -> 112 (NADMO, timed); aftershocks 5 -> 9;
        "2:17 a.m." vs "0217 GMT" vs "3:17 a.m. WAT" (Lagos outlet); 25 km vs
        "15 miles"; Weija alone vs total injured; 1939 earthquake; titles
        reworded; names with and without middle names.
"""

import json

_CSS = {
    "wire": "body{font-family:Arial,sans-serif;margin:0}header{border-bottom:3px solid #f60}.story{max-width:720px;margin:auto}",
    "paper": "body{font-family:Georgia,serif;background:#fffdf8}.masthead{text-align:center;font-size:2.4em}.col{max-width:680px;margin:auto}",
    "tv": "body{font-family:Helvetica,sans-serif;background:#111;color:#eee}.player{aspect-ratio:16/9;background:#000}",
    "live": "body{font-family:system-ui,sans-serif}.post{border-left:4px solid #c00;padding-left:12px;margin:18px 0}.pinned{background:#fff4d6}",
    "spec": "body{font-family:'Source Sans Pro',sans-serif}.kicker{text-transform:uppercase;color:#0a6}.keybox{border:1px solid #ccc;padding:10px}",
    "regional": "body{font-family:Verdana,sans-serif;font-size:13px}#wrap{width:960px;margin:auto}.entry-meta{color:#777}",
}


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


def _ld(kind, o, url, headline, desc, authors, published=None, modified=None, section=None, image=None, extra=None):
    d = {"@context": "https://schema.org", "@type": kind, "headline": headline,
         "description": desc, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url}
    if image:
        d["image"] = [image]
    if published:
        d["datePublished"] = published
    if modified:
        d["dateModified"] = modified
    if authors:
        d["author"] = [{"@type": "Person", "name": a} for a in authors]
    if section:
        d["articleSection"] = section
    d["publisher"] = {"@type": "NewsMediaOrganization", "name": o["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{o['domain']}/static/logo-600x60.png"}}
    if extra:
        d.update(extra)
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False, indent=1) + "</script>"


def _head(o, url, headline, desc, image, css, published=None, modified=None, authors=(), section=None, tags=(), ld=""):
    m = [
        "<!DOCTYPE html>",
        f'<html lang="{o.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{headline} | {o['name']}</title>",
        f'<meta name="description" content="{desc}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{o["name"]}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{headline}">',
        f'<meta property="og:description" content="{desc}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{image}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{o["handle"]}">',
    ]
    if published:
        m.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        m.append(f'<meta property="article:modified_time" content="{modified}">')
    if section:
        m.append(f'<meta property="article:section" content="{section}">')
    for t in tags:
        m.append(f'<meta property="article:tag" content="{t}">')
    for a in authors:
        m.append(f'<meta name="author" content="{a}">')
    m.append(f'<link rel="stylesheet" href="https://{o["domain"]}/assets/site.min.css">')
    m.append(f"<style>{_CSS[css]}</style>")
    m.append('<script async src="https://ads.adnet.example/tag.js"></script>')
    if ld:
        m.append(ld)
    m.append("</head>")
    return "\n".join(m)


def _nav(o):
    items = "".join(f'<li><a href="https://{o["domain"]}/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in o["nav"])
    return f'<nav class="primary-nav" aria-label="Main"><ul>{items}</ul></nav>'


def _cookie(o):
    v = o.get("cookie", 0) % 3
    if v == 0:
        txt = (f"{o['name']} and our partners use cookies and similar technologies to personalise content and ads, "
               "to provide social media features and to analyse our traffic.")
        btns = '<button class="accept">Accept all</button><button class="reject">Reject non-essential</button><a href="/privacy">Manage preferences</a>'
    elif v == 1:
        txt = "We value your privacy. We use cookies to improve your experience on our site and to show you relevant advertising."
        btns = '<button id="cc-ok">I agree</button><button id="cc-more">Settings</button>'
    else:
        txt = "This website uses cookies. By continuing to browse, you agree to our use of cookies as described in our Cookie Policy."
        btns = '<button class="cookie-close">OK</button>'
    return f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite"><p>{txt}</p>{btns}</div>'


def _ad(slot, label="Advertisement"):
    return f'<div class="ad-slot ad-{slot}" data-ad-unit="/2231/{slot}" aria-hidden="true"><span class="ad-label">{label}</span></div>'


def _fig(src, caption, credit):
    return (f'<figure class="inline-image"><img src="{src}" alt="{caption}" loading="lazy" width="1200" height="675">'
            f'<figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>')


def _bq(text, who=None):
    cite = f"<cite>{who}</cite>" if who else ""
    return f'<blockquote class="pull-quote"><p>{text}</p>{cite}</blockquote>'


def _h2(text):
    return f"<h2>{text}</h2>"


def _body(items):
    out = []
    for it in items:
        if it == "AD":
            out.append(_ad("inarticle"))
        elif it.startswith("<"):
            out.append(it)
        else:
            out.append(f"<p>{it}</p>")
    return "\n".join(out)


def _share(url, style="icons"):
    if style == "icons":
        return ('<div class="share-bar"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=' + url + '">Facebook</a>'
                '<a class="share x" href="https://x.com/intent/post?url=' + url + '">X</a>'
                '<a class="share wa" href="https://wa.me/?text=' + url + '">WhatsApp</a>'
                '<a class="share li" href="https://www.linkedin.com/sharing/share-offsite/?url=' + url + '">LinkedIn</a>'
                '<button class="copy-link">Copy link</button></div>')
    return ('<div class="share-text">Share this story: <a href="mailto:?body=' + url + '">Email</a> · '
            '<a href="https://wa.me/?text=' + url + '">WhatsApp</a> · <a href="https://x.com/intent/post?url=' + url + '">Post</a></div>')


def _related(o, items, title="Related"):
    lis = "".join(f'<li><a href="https://{o["domain"]}/{h}">{t}</a></li>' for t, h in items)
    return f'<aside class="related"><h3>{title}</h3><ul>{lis}</ul></aside>'


def _newsletter(o, blurb):
    return (f'<section class="newsletter-signup"><h3>{blurb}</h3><form action="https://{o["domain"]}/newsletters/subscribe" method="post">'
            '<input type="email" name="email" placeholder="Your email address" required><button type="submit">Sign up</button></form>'
            '<p class="small">You can unsubscribe at any time. See our privacy notice.</p></section>')


def _footer(o, extra=""):
    links = "".join(f'<a href="https://{o["domain"]}/{p.lower().replace(" ", "-")}">{p}</a>' for p in
                    ("About us", "Contact", "Advertise", "Terms of use", "Privacy policy", "Corrections"))
    return (f'<footer class="site-footer"><div class="footer-links">{links}</div>{extra}'
            f'<p class="copyright">© 2026 {o["name"]}. All rights reserved. {o.get("legal", "")}</p></footer>')


def _wire_page(o, url, headline, desc, image, authors, dateline, body, related, published=None, modified=None,
               visible="", section="World", tags=()):
    ld = _ld("NewsArticle", o, url, headline, desc, authors, published, modified, section, image) if published else ""
    t = f'<time datetime="{published}">{visible}</time>' if published else f"<span>{visible}</span>"
    byl = " and ".join(authors)
    return "\n".join([
        _head(o, url, headline, desc, image, "wire", published, modified, authors, section, tags, ld),
        "<body>", _cookie(o),
        f'<header class="wire-header"><a class="logo" href="https://{o["domain"]}/">{o["name"]}</a>{_nav(o)}'
        '<a class="signin" href="/account">Sign in</a></header>',
        _ad("leaderboard"),
        '<main><article class="story">',
        f'<div class="section-label">{section}</div>',
        f"<h1>{headline}</h1>",
        f'<div class="byline">By {byl}</div><div class="timestamp">{t}</div>',
        _share(url, "text"),
        f'<div class="story-body"><p class="dateline-lead"><span class="dateline">{dateline} ({o["short"]}) -</span> {body[0]}</p>',
        _body(body[1:]),
        "</div>",
        f'<p class="credits">Reporting by {byl}; editing by {o["editor"]}</p>',
        f'<p class="trust">Our Standards: <a href="https://{o["domain"]}/trust-principles">The {o["name"]} Trust Principles.</a></p>',
        "</article>",
        _related(o, related, "Read next"),
        _ad("sidebar-mpu"),
        "</main>",
        _footer(o, '<p class="data-notice">Market data delayed by at least 15 minutes.</p>'),
        "</body></html>",
    ])


def _paper_page(o, url, headline, desc, image, authors, body, related, published=None, modified=None, visible="",
                section="News", standfirst="", tags=(), role="", most_read=()):
    ld = _ld("NewsArticle", o, url, headline, desc, authors, published, modified, section, image) if published else ""
    t = f'<time class="pubdate" datetime="{published}">{visible}</time>' if published else f'<span class="pubdate">{visible}</span>'
    byl = ", ".join(authors)
    mr = "".join(f"<li><a href=\"https://{o['domain']}/{h}\">{x}</a></li>" for x, h in most_read)
    return "\n".join([
        _head(o, url, headline, desc, image, "paper", published, modified, authors, section, tags, ld),
        "<body>", _cookie(o),
        f'<div class="topbar"><span class="today">{o.get("motto", "")}</span><a href="/subscribe" class="subscribe">Subscribe</a><a href="/e-paper">E-paper</a></div>',
        f'<header><div class="masthead"><a href="https://{o["domain"]}/">{o["name"]}</a></div>{_nav(o)}</header>',
        _ad("billboard"),
        f'<div class="col"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/{section.lower()}">{section}</a></li></ol>',
        f'<article class="news-article"><h1 class="headline">{headline}</h1>',
        f'<p class="standfirst">{standfirst}</p>' if standfirst else "",
        f'<figure class="lead-image"><img src="{image}" alt="" width="1600" height="900"></figure>',
        f'<div class="byline-block"><img class="author-photo" src="https://{o["domain"]}/authors/{authors[0].split()[-1].lower()}.jpg" alt="">'
        f'<span class="author">{byl}</span> <span class="role">{role}</span> {t}</div>',
        _share(url),
        '<div class="article-body">',
        _body(body),
        "</div>",
        '<div class="tags">' + "".join(f'<a class="tag" href="/tag/{x.lower().replace(" ", "-")}">{x}</a>' for x in tags) + "</div>",
        '<p class="comments-link"><a href="#comments">Join the conversation</a></p>',
        "</article>",
        _related(o, related, "More on this story"),
        _newsletter(o, f"Get the {o['name']} morning briefing in your inbox"),
        f'<aside class="most-read"><h3>Most read</h3><ol>{mr}</ol></aside>' if mr else "",
        _ad("footer-banner"),
        "</div>",
        _footer(o, f'<p class="address">{o.get("address", "")}</p>'),
        "</body></html>",
    ])


def _tv_page(o, url, headline, desc, image, authors, body, related, published=None, modified=None, visible="",
             section="News", video_caption="", tags=()):
    ld = _ld("NewsArticle", o, url, headline, desc, authors, published, modified, section, image) if published else ""
    t = f'<time datetime="{modified or published}">{visible}</time>' if published else f'<span class="ago">{visible}</span>'
    return "\n".join([
        _head(o, url, headline, desc, image, "tv", published, modified, authors, section, tags, ld),
        "<body>", _cookie(o),
        f'<header class="tv-header"><a class="brand" href="https://{o["domain"]}/">{o["name"]}</a>{_nav(o)}'
        '<a class="watch-live" href="/live">Watch live</a><a class="listen" href="/radio">Listen</a></header>',
        '<main class="tv-article">',
        f'<div class="player" data-video-id="{sum(map(ord, url)) % 99991}"><button class="play">Play video</button>'
        f'<p class="video-caption">{video_caption}</p></div>',
        f"<h1>{headline}</h1>",
        f'<div class="meta"><span class="author">{" and ".join(authors)}</span> · {t}</div>',
        _share(url),
        _body(body),
        _ad("mid-article"),
        '<section class="watch-more"><h3>Watch more</h3><ul>'
        + "".join(f'<li class="video-tile"><a href="https://{o["domain"]}/{h}">{x}</a></li>' for x, h in related[:2]) + "</ul></section>",
        _related(o, related[2:], "Top stories"),
        _newsletter(o, "Breaking news alerts, straight to your inbox"),
        "</main>",
        _footer(o, f'<p class="apps">Download the {o["name"]} app on iOS and Android.</p>'),
        "</body></html>",
    ])


def _live_page(o, url, headline, desc, image, authors, summary, posts, related, published=None, modified=None,
               section="Live", tags=()):
    extra = {"coverageStartTime": published, "coverageEndTime": modified,
             "liveBlogUpdate": [{"@type": "BlogPosting", "headline": p[2], "datePublished": p[1]} for p in posts if p[1]]}
    ld = _ld("LiveBlogPosting", o, url, headline, desc, authors, published, modified, section, image, extra) if published else ""
    out = []
    for label, iso, title, paras in posts:
        tm = f'<time datetime="{iso}">{label}</time>' if iso else f"<span>{label}</span>"
        out.append(f'<article class="post"><div class="post-time">{tm}</div><h3>{title}</h3>{_body(paras)}'
                   f'<div class="post-share"><a href="{url}#p{len(out)}">Link to this post</a></div></article>')
        if len(out) % 3 == 0:
            out.append(_ad("live-feed"))
    return "\n".join([
        _head(o, url, headline, desc, image, "live", published, modified, authors, section, tags, ld),
        "<body>", _cookie(o),
        f'<header><a class="logo" href="https://{o["domain"]}/">{o["name"]}</a>{_nav(o)}</header>',
        '<main class="liveblog"><span class="live-badge">LIVE</span>',
        f"<h1>{headline}</h1>",
        f'<p class="contributors">Reporting: {", ".join(authors)}</p>',
        _share(url),
        '<section class="pinned key-points"><h2>Key points</h2><ul>' + "".join(f"<li>{s}</li>" for s in summary) + "</ul></section>",
        '<button class="refresh">Show new updates</button>',
        '<section class="feed">', "\n".join(out), "</section>",
        _related(o, related, "Catch up"),
        "</main>",
        _footer(o),
        "</body></html>",
    ])


def _spec_page(o, url, headline, desc, image, authors, body, related, published=None, modified=None, visible="",
               section="Analysis", kicker="", keybox=(), tags=(), paywall=True):
    ld = _ld("NewsArticle", o, url, headline, desc, authors, published, modified, section, image) if published else ""
    t = f'<time datetime="{published}">{visible}</time>' if published else f'<span class="date">{visible}</span>'
    kb = ""
    if keybox:
        kb = '<aside class="keybox"><h4>At a glance</h4><dl>' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in keybox) + "</dl></aside>"
    pw = ('<div class="paywall-note">You are reading a free article. Subscribers get the full data tables, '
          '<a href="/pro">try Pro free</a>.</div>') if paywall else ""
    return "\n".join([
        _head(o, url, headline, desc, image, "spec", published, modified, authors, section, tags, ld),
        "<body>", _cookie(o),
        f'<header class="spec-header"><a href="https://{o["domain"]}/" class="wordmark">{o["name"]}</a>'
        f'<span class="tagline">{o.get("motto", "")}</span>{_nav(o)}<a class="login" href="/login">Log in</a></header>',
        _ad("top"),
        '<main class="spec-main"><article>',
        f'<p class="kicker">{kicker or section}</p>',
        f"<h1>{headline}</h1>",
        f'<p class="dek">{desc}</p>',
        f'<div class="byline">{" and ".join(authors)} · {t}</div>',
        kb, pw,
        _body(body),
        '<div class="topics">Topics: ' + ", ".join(f'<a href="/topic/{x.lower().replace(" ", "-")}">{x}</a>' for x in tags) + "</div>",
        _share(url),
        "</article>",
        _related(o, related, "Further reading"),
        _newsletter(o, f"{o['name']} weekly: the numbers that moved this week"),
        "</main>",
        _footer(o),
        "</body></html>",
    ])


def _regional_page(o, url, headline, desc, image, author, body, related, published=None, modified=None, visible="",
                   category="News", tags=()):
    ld = _ld("NewsArticle", o, url, headline, desc, [author], published, modified, category, image) if published else ""
    t = f'<time class="entry-date published" datetime="{published}">{visible}</time>' if published else f'<span class="entry-date">{visible}</span>'
    return "\n".join([
        _head(o, url, headline, desc, image, "regional", published, modified, [author], category, tags, ld),
        '<body class="post-template-default single single-post">', _cookie(o),
        '<div id="wrap">',
        f'<div id="header"><div class="site-title"><a href="https://{o["domain"]}/">{o["name"]}</a></div>'
        f'<div class="site-description">{o.get("motto", "")}</div></div>',
        _nav(o),
        '<div class="ticker"><strong>Breaking:</strong> <marquee>' + " • ".join(x for x, _ in related[:3]) + "</marquee></div>",
        _ad("header-468x60", "Advertisement - Continue reading below"),
        '<div id="content"><div class="post">',
        f'<h1 class="entry-title">{headline}</h1>',
        f'<div class="entry-meta">Posted by <a href="/author/{author.split()[0].lower()}">{author}</a> | {t} | '
        f'<a href="/category/{category.lower()}">{category}</a> | <a href="#respond">Leave a comment</a></div>',
        f'<div class="wp-caption"><img src="{image}" width="640" height="360" alt=""></div>',
        '<div class="entry-content">',
        _body(body),
        "</div>",
        _share(url),
        '<div class="post-tags">Tags: ' + ", ".join(f'<a rel="tag" href="/tag/{x.lower().replace(" ", "-")}">{x}</a>' for x in tags) + "</div>",
        '<div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><input name="author" placeholder="Name*">'
        '<input name="email" placeholder="Email*"><button>Post Comment</button></form></div>',
        "</div>",
        '<div id="sidebar">' + _ad("sidebar-300x250") + _related(o, related, "Recent Posts")
        + _newsletter(o, "Subscribe to our daily digest") + "</div>",
        "</div>",
        _footer(o, '<p class="powered">Powered by WordPress</p>'),
        "</div></body></html>",
    ])


# ----------------------------------------------------------------------------
# Outlets (all invented)
# ----------------------------------------------------------------------------

MERIDIAN = {"name": "Meridian Wire", "domain": "meridianwire.example", "handle": "MeridianWire", "short": "Meridian",
            "editor": "Claire Osei-Whitfield", "nav": ["World", "Business", "Markets", "Africa", "Politics", "Science", "Sport"],
            "cookie": 0}
SPA = {"name": "Sahel Press Agency", "domain": "spa-news.example", "handle": "SPAnews", "short": "SPA",
       "editor": "Mamadou Faye", "nav": ["Latest", "West Africa", "Economy", "Politics", "Environment", "Tech"], "cookie": 1}
ACCRA_LEDGER = {"name": "The Accra Ledger", "domain": "accraledger.example", "handle": "AccraLedger",
                "nav": ["News", "Business", "Markets", "Opinion", "Energy", "Agribusiness", "Lifestyle"],
                "motto": "Ghana's business daily", "address": "Ledger House, Ring Road Central, Accra", "cookie": 2}
GCTV = {"name": "GoldCoast TV News", "domain": "gctv.example", "handle": "GCTVNews",
        "nav": ["Home", "Ghana", "Politics", "Business", "Sports", "Entertainment", "Video"], "cookie": 0}
FRONTIER = {"name": "Frontier Rates Monitor", "domain": "frontierrates.example", "handle": "FrontierRates",
            "nav": ["Rates", "FX", "Sovereign debt", "Central banks", "Data"], "motto": "Emerging-market rates, decoded", "cookie": 1}
LDB = {"name": "Lagos Daily Bulletin", "domain": "lagosbulletin.example", "handle": "LagosBulletin",
       "nav": ["News", "Politics", "Metro", "Business", "Sport", "Live"], "cookie": 2}
CHRONICLE = {"name": "The Lagos Chronicle", "domain": "lagoschronicle.example", "handle": "LagosChronicle",
             "nav": ["News", "Politics", "Business", "Opinion", "Features", "Sports"], "motto": "Truth without fear",
             "address": "Chronicle Plaza, Oregun, Ikeja, Lagos", "cookie": 0}
LAGOON_ECHO = {"name": "Lagoon Echo", "domain": "lagoonecho.example", "handle": "LagoonEcho",
               "nav": ["Home", "Ikorodu", "Epe", "Lagos", "Politics", "Community"], "motto": "The voice of the Lagos suburbs",
               "cookie": 1}
SENTINEL = {"name": "The Accra Sentinel", "domain": "accrasentinel.example", "handle": "AccraSentinel",
            "nav": ["News", "Politics", "Regions", "Business", "Opinion", "Sports"], "motto": "Serving Ghana since 1961",
            "address": "Sentinel House, Kokomlemle, Accra", "cookie": 2}
VOLTA_FM = {"name": "Volta FM Online", "domain": "voltafm.example", "handle": "VoltaFMgh",
            "nav": ["Home", "News", "Politics", "Shows", "Podcasts", "Listen live"], "cookie": 0}
LAWBENCH = {"name": "LawBench Africa", "domain": "lawbench.example", "handle": "LawBenchAfrica",
            "nav": ["Judgments", "Constitutional", "Commercial", "Environment", "Practice notes"],
            "motto": "Courts and law across the continent", "cookie": 1}
NSJ = {"name": "Naira Street Journal", "domain": "nairastreet.example", "handle": "NairaStreet",
       "nav": ["Economy", "Markets", "Companies", "Banking", "Oil and gas", "Opinion"], "motto": "Business. Markets. Nigeria.",
       "address": "12 Adeola Odeku Street, Victoria Island, Lagos", "cookie": 2}
GGTR = {"name": "Gulf of Guinea Trade Review", "domain": "ggtradereview.example", "handle": "GGTradeReview",
        "nav": ["Trade data", "Ports", "Commodities", "AfCFTA", "Policy"], "motto": "Trade intelligence for West and Central Africa",
        "cookie": 0}
EBN = {"name": "Eko Broadcasting Network", "domain": "ebn.example", "handle": "EBNnews",
       "nav": ["News", "Politics", "Business", "Africa", "Sport", "Shows"], "cookie": 1}
ORBITALBEAT = {"name": "OrbitalBeat", "domain": "orbitalbeat.example", "handle": "OrbitalBeat",
               "nav": ["Launches", "Satellites", "Exploration", "Industry", "Schedule"], "motto": "Every launch, every orbit",
               "cookie": 2}
DAKAR_OBS = {"name": "Dakar Observer", "domain": "dakarobserver.example", "handle": "DakarObserver",
             "nav": ["Senegal", "Africa", "Economy", "Science", "Culture", "Sport"], "motto": "Senegal's news in English",
             "address": "Avenue Lamine Guèye, Dakar", "cookie": 0}


# ----------------------------------------------------------------------------
# cb-HB1  Bank of Ghana rate cut (CONTROL)
# ----------------------------------------------------------------------------

_CB1_URL = "https://meridianwire.example/markets/africa/ghana-central-bank-cuts-rate-200-bps-16-deeper-than-expected-2026-05-25/"
_CB1 = _wire_page(
    MERIDIAN, _CB1_URL,
    "Ghana's central bank cuts policy rate by 200 bps to 16%, deeper than expected",
    "The Bank of Ghana lowered its main lending rate by 200 basis points to 16.0% on Monday, a bigger cut than most analysts had forecast, citing a steady fall in inflation.",
    "https://meridianwire.example/resizer/ghana-bog-governor-presser.jpg",
    ["Kwesi Appiah-Nartey", "Ruth Amankwaa"], "ACCRA, May 25",
    [
        "Ghana's central bank cut its benchmark interest rate by 200 basis points to 16.0% on Monday, a larger reduction than markets had expected, saying inflation had fallen far enough to let it lean harder on supporting credit to businesses.",
        "The move by the Bank of Ghana's Monetary Policy Committee (MPC) took the policy rate down from 18.0% and followed a 150 basis point cut at the committee's previous meeting in March.",
        "Nine of 12 analysts polled by Meridian last week had forecast a 100 basis point reduction, and the remaining three had expected 150 basis points. None had pencilled in a move as large as the one delivered.",
        "“The disinflation process is now firmly established, and the committee judged that there was room to support the recovery in credit to the private sector without putting the inflation target at risk,” Governor Kofi Nyarko Amponsah-Darko told a news conference in Accra that began at 1100 GMT.",
        "The committee met from Wednesday to Friday last week, and the decision was held back for the customary Monday announcement.",
        "AD",
        "Consumer inflation slowed to 6.8% in April from 7.9% in March, according to the Ghana Statistical Service, putting it inside the central bank's medium-term target band of 8% plus or minus two percentage points.",
        "Amponsah-Darko said the committee's own projections showed inflation staying within the band for the rest of 2026, although he flagged risks from food prices if the main rainy season disappoints and from fuel costs. He said the decision had been reached by consensus.",
        "The cedi was little changed after the announcement, trading at 11.21 per dollar at 1115 GMT, according to Meridian data. The currency has gained about 4% against the dollar since the start of the year.",
        "Gross international reserves stood at $12.4 billion at the end of April, equivalent to 4.9 months of import cover, the governor said.",
        _h2("Growth and credit"),
        "Ghana's economy grew 5.9% in 2025, according to provisional figures from the statistics service, as gold output and a recovery in construction offset weakness in manufacturing. The International Monetary Fund projects growth of 5.0% for 2026.",
        "Bank lending to the private sector has lagged the broader recovery. Amponsah-Darko said credit growth remained “well below what the economy needs”, and that the bank expected commercial lenders to pass on the lower policy rate.",
        "“A 200 basis point move tells you the bank is now more worried about stalled credit than about the cedi,” said Adjoa Sarpong-Kumi, chief economist at Coastline Securities in Accra. “The real policy rate was very high. Even after today it is still comfortably positive.”",
        "Yields on short-dated government debt had already been falling ahead of the decision. The 91-day Treasury bill rate eased to 10.4% at Friday's auction from 10.9% a week earlier.",
        "The committee left the primary reserve requirement for banks unchanged.",
        "Ghana restructured most of its domestic and external debt after defaulting in December 2022 and has been rebuilding its finances under an IMF programme. Policymakers raised the rate aggressively during the 2022-23 crisis and began easing last year as inflation fell from above 50% at its peak.",
        "The MPC's next scheduled meeting is in July.",
    ],
    [("Nigeria's naira steadies as central bank sells dollars to banks", "markets/currencies/naira-steadies-2026-05-22/"),
     ("Gold hits record as investors seek haven", "markets/commodities/gold-record-2026-05-21/"),
     ("Ivory Coast cocoa arrivals slow as mid-crop disappoints", "markets/commodities/ivory-coast-cocoa-arrivals-2026-05-24/")],
    published="2026-05-25T11:32:00Z", modified="2026-05-25T12:05:00Z",
    visible="May 25, 2026 11:32 AM GMT · Updated May 25, 2026 12:05 PM GMT", section="Markets",
    tags=("Ghana", "Central banks", "Interest rates"))

_CB2_URL = "https://accraledger.example/business/bog-slashes-policy-rate-to-16-banks-under-pressure-to-cut-lending-rates"
_CB2 = _paper_page(
    ACCRA_LEDGER, _CB2_URL,
    "BoG slashes policy rate to 16%; banks under pressure to cut lending rates",
    "The Monetary Policy Committee cut the rate by two percentage points. Industry says it wants to see cheaper loans within weeks.",
    "https://accraledger.example/uploads/2026/05/bog-mpc-presser.jpg",
    ["Nana Efua Boakye-Mensah"],
    [
        "The Bank of Ghana (BoG) yesterday cut its policy rate by two percentage points to 16 per cent, the deepest single reduction since the central bank began easing, and immediately turned the spotlight on commercial banks, whose lending rates remain far above the new benchmark.",
        "Announcing the decision of the Monetary Policy Committee (MPC) at 11 a.m. at the bank's head office, the Governor, Dr Kofi Amponsah-Darko, said the fall in inflation to 6.8 per cent in April had given the committee “room to support the recovery in credit to the private sector”.",
        "The previous rate was 18 per cent. At its last meeting in March, the committee cut by 1.5 percentage points, from 19.5 per cent.",
        _fig("https://accraledger.example/uploads/2026/05/amponsah-darko-mpc.jpg",
             "Dr Kofi Amponsah-Darko, Governor of the Bank of Ghana, at Monday's press briefing.", "Photo: Ledger/Eric Kumah"),
        "AD",
        _h2("Will loans get cheaper?"),
        "The Ghana Reference Rate, which banks use to price most loans, stood at 19.6 per cent in May, and the average lending rate charged to businesses is still above 24 per cent, according to industry data presented at the briefing.",
        "Mrs Comfort Ansah-Lartey, chief executive of the Ghana Association of Banks, told the Ledger that members would adjust, but cautioned that the pass-through would take time because banks were still rebuilding capital after the domestic debt exchange.",
        "“Our members will respond, but a bank's cost of funds does not fall overnight because the policy rate has fallen. I expect customers to see meaningful change over the next two to three months,” she said.",
        "Industrialists want faster relief. Mr Yaw Adu-Gyamfi, president of the Association of Ghana Industries, said manufacturers had borrowed at rates of 28 to 32 per cent for most of last year.",
        "“Nobody can run a factory profitably on money that costs 30 per cent. This cut is welcome, but what matters is what appears on our loan statements,” he said.",
        _bq("We expect the banks to pass it on. The data will show us whether they do.", "Governor Kofi Amponsah-Darko"),
        "The Governor said the bank would publish lending-rate data monthly and would “engage” banks that were slow to respond.",
        _h2("Inflation and the cedi"),
        "Headline inflation has now fallen within the central bank's target range of 8 per cent, plus or minus 2 per cent, for a second month. Food inflation eased to 7.4 per cent in April while non-food inflation stood at 6.3 per cent, the Ghana Statistical Service said earlier this month.",
        "The cedi has been stable, trading around GH¢11.2 to the US dollar yesterday. The Governor said reserves of more than US$12 billion, about five months of import cover, gave the bank a cushion against any pressure on the currency.",
        "The committee kept the primary reserve requirement unchanged.",
        "AD",
        "Economists were split on how far easing can go. Dr Adjoa Sarpong-Kumi of Coastline Securities said the bank had signalled that it was now targeting growth, while Prof. Godfred Asiedu-Quartey of the University of Ghana warned that any fiscal slippage in the run-up to the 2028 elections could quickly revive price pressures.",
        "The next MPC meeting is scheduled for July 22 to 24, with the decision due the following Monday.",
    ],
    [("GSE composite index climbs on banking stocks", "markets/gse-composite-banking-stocks"),
     ("T-bill rates fall for fifth straight week", "markets/t-bill-rates-fall-fifth-week"),
     ("Cocoa farmers await new season price announcement", "agribusiness/cocoa-farmers-await-price")],
    published="2026-05-26T05:30:00+00:00", modified="2026-05-26T06:02:00+00:00",
    visible="Tuesday, May 26, 2026 | 5:30 AM", section="Business",
    standfirst="Governor says committee has 'room to support' credit recovery as inflation falls to 6.8 per cent",
    tags=("Bank of Ghana", "MPC", "Interest rates", "Banking"), role="Senior Business Reporter",
    most_read=[("Fuel prices to drop at the pumps from June 1", "energy/fuel-prices-drop-june"),
               ("Tema port congestion eases as new terminal opens", "news/tema-port-congestion-eases")])

_CB3_URL = "https://gctv.example/business/cheaper-loans-what-the-bank-of-ghana-rate-cut-means-for-you-41877"
_CB3 = _tv_page(
    GCTV, _CB3_URL,
    "Cheaper loans? What the Bank of Ghana's rate cut means for you",
    "Traders, borrowers and bankers react after the central bank lowered its policy rate to 16 percent.",
    "https://gctv.example/images/2026/05/makola-traders-rate-cut.jpg",
    ["Selorm Agbenyega"],
    [
        "Traders at Makola Market say they will believe cheaper loans when they see them, a day after the Bank of Ghana cut its main interest rate to 16 percent.",
        "The central bank announced on Monday that its Monetary Policy Committee had lowered the policy rate by two percentage points from 18 percent, its second cut in a row and a bigger step than many economists had predicted. Most had expected a one-point reduction.",
        "Governor Kofi Amponsah-Darko, announcing the decision at 11 a.m. local time in Accra, said inflation, which dropped to 6.8 percent in April, was now “firmly” on a downward path. He told reporters the bank wanted lower rates to reach households and small businesses.",
        "For Auntie Akosua Fosuaa, who sells cloth near the market's main gate, the question is simple. “Last year I took a loan from a savings and loans company and the interest nearly killed my business,” she told GoldCoast TV. “If the big man at the central bank says rates are coming down, let the banks also bring theirs down.”",
        _h2("How the policy rate works"),
        "The policy rate is the rate at which the Bank of Ghana lends to commercial banks. When it falls, banks' own borrowing costs should ease over time, and in theory they should charge customers less for loans and mortgages. Savers, on the other hand, usually see lower returns on fixed deposits and Treasury bills.",
        "Treasury bill rates have already been sliding. The 91-day bill, popular with individual investors, now pays about 10.4 percent, compared with more than 25 percent at the height of the 2023 crisis.",
        "The Ghana Association of Banks says its members will adjust but that changes to loan rates could take two to three months to show up.",
        _h2("Politicians weigh in"),
        "Finance Minister Ama Serwaa Kyeremeh welcomed the decision in a statement on Monday evening, saying it reflected “the dividends of fiscal discipline”.",
        "The Minority in Parliament was less enthusiastic. Dr Kwabena Oduro-Antwi, the Minority's ranking member on the Finance Committee, said the cut was overdue. “Inflation has been falling for more than a year and is now under 7 percent. Families have been paying for a tight policy that stayed tight for too long,” he told GoldCoast TV's Midday Live programme.",
        "Economist Dr Adjoa Sarpong-Kumi of Coastline Securities said the central bank had effectively signalled a shift in priorities. “The message is that the governor now sees stalled credit as the bigger risk. He is not worried about the cedi at the moment,” she said.",
        "The cedi traded at around 11.2 to the dollar on Monday, according to Bank of Ghana reference rates, having strengthened since January. With inflation at nearly 7 percent and the policy rate at 16 percent, savers are still earning well above the pace of price rises on most government securities, the central bank chief noted.",
        "Dr Amponsah-Darko said reserves were strong, at more than 12 billion dollars, and inflation was expected to stay within the bank's target band of 6 to 10 percent for the rest of the year.",
        _h2("What next?"),
        "The committee meets again in July. Analysts at two Accra brokerages told GoldCoast TV they now expect at least one more cut before the end of the year, though some warned that a poor harvest or higher global oil prices could change that.",
        "Back at Makola, Kwaku Baidoo, who imports kitchenware from China, said he would call his bank this week. “They told me in March that my overdraft rate would come down when the central bank moves. Well, the central bank has moved,” he said with a laugh.",
    ],
    [("Watch: Governor Amponsah-Darko's full MPC press conference", "video/bog-mpc-press-conference-may-2026"),
     ("Watch: Makola traders react to rate cut", "video/makola-traders-react"),
     ("Black Stars squad named for June friendlies", "sports/black-stars-squad-june"),
     ("ECG announces maintenance outages in parts of Accra", "ghana/ecg-maintenance-outages"),
     ("Parliament resumes sitting on Tuesday", "politics/parliament-resumes")],
    published="2026-05-26T07:15:00Z", modified="2026-05-26T09:48:00Z",
    visible="Updated 26 May 2026, 09:48 GMT", section="Business",
    video_caption="Video: Traders at Makola react to the Bank of Ghana's decision (2:41)",
    tags=("Bank of Ghana", "Economy", "Makola"))

_CB4_URL = "https://frontierrates.example/central-banks/bank-of-ghana-goes-big-200bp-cut-real-rates"
_CB4 = _spec_page(
    FRONTIER, _CB4_URL,
    "Bank of Ghana goes big: 200bp cut puts real rates in focus",
    "A deeper-than-consensus move to 16% narrows Ghana's real policy rate, but still leaves it among the highest in frontier Africa.",
    "https://frontierrates.example/img/accra-skyline-bog.jpg",
    ["Tobias Engelhardt-Mensah"],
    [
        "The Bank of Ghana surprised the market on Monday with a 200bp cut to 16.0%, double the consensus call. We read the move as a deliberate pivot: with headline inflation at 6.8% y/y in April, close to the midpoint of the 6-10% target band, the MPC has decided that a real policy rate of roughly 9 percentage points is more restriction than the economy needs.",
        "Before Monday's decision the real rate, measured against April inflation, was about 11 points; measured against March's 7.9% print and the old 18.0% rate, it was close to 10. Either way, the gap has now narrowed meaningfully. It remains wide by regional standards.",
        _h2("Why the MPC went further than expected"),
        "Governor Kofi N. Amponsah-Darko's statement leaned heavily on credit. Private-sector lending has contracted in real terms for most of the past year, and the governor's language — “room to support the recovery in credit to the private sector” — reads like a justification prepared well in advance.",
        "The external position also gives cover. Gross reserves of $12.4bn at end-April (4.9 months of imports by the BoG's measure) and a cedi that has firmed to about 11.2 per dollar remove the usual argument for caution. Offshore holders of Ghana's restructured Eurobonds barely reacted: the 2035 bond was bid about a quarter of a point higher by the London close.",
        "AD",
        _h2("Curve and FX"),
        "The domestic curve had been pricing easing for weeks. The 91-day bill cleared at 10.4% at last Friday's auction, and the 364-day bill at 11.85%. We expect the front end to drift another 50-75bp lower into the July meeting as banks rotate out of bills and, in theory, into loans.",
        "On FX, the risks are asymmetric. A policy rate still well above inflation, plus gold and cocoa receipts, should keep the cedi supported through the third quarter. The main threat is a global risk-off episode that hits frontier portfolio flows; domestic investors, rather than foreigners, now dominate the bill market, which limits that channel.",
        _h2("Our call"),
        "We had expected 100bp on Monday and 100bp in July. We now pencil in 100bp in July and a final 50bp in September, which would leave the rate at 14.5% by year-end. The risk to that call is on the downside if inflation keeps undershooting: April's print was the sixteenth consecutive monthly decline.",
        "A brief reminder of the arithmetic for readers comparing notes: the BoG has now cut by 350bp across its last two meetings (150bp in March, 200bp on Monday), from 19.5% to 16.0%.",
        "Growth gives the MPC no reason to hurry, and no reason to stop. The statistics service puts 2025 GDP growth at 5.9% (provisional); the IMF's latest projection for 2026 is 5.0%, while the BoG's own staff forecast, in the governor's words, is “above 5 percent”.",
        "Adjoa Sarpong-Kumi at Coastline Securities summed up the local view in a note to clients: the bank is “now more worried about stalled credit than about the cedi”. We agree, with one caveat: fiscal slippage ahead of a 2028 election cycle would change the calculus quickly, and the MPC knows it.",
    ],
    [("Nigeria's MPC: the case for a hold", "central-banks/nigeria-mpc-case-for-hold"),
     ("Côte d'Ivoire's Eurobond: pricing the 2026 tap", "sovereign-debt/cote-divoire-eurobond-tap"),
     ("Frontier FX monthly: the cedi's quiet strength", "fx/frontier-fx-monthly-cedi")],
    visible="Updated 3 hours ago", section="Central banks", kicker="Central banks · Ghana",
    keybox=[("Policy rate", "16.0% (prev. 18.0%)"), ("Change", "-200bp"), ("Consensus", "-100bp"),
            ("CPI, April", "6.8% y/y (March: 7.9%)"), ("Target", "8% ± 2pp"), ("Next MPC", "July")],
    tags=("Ghana", "Monetary policy", "Local rates"))

STORY_1 = _story("cb-HB1", "central bank", "2026-05-27",
                 [_page(_CB1_URL, _CB1), _page(_CB2_URL, _CB2), _page(_CB3_URL, _CB3), _page(_CB4_URL, _CB4)],
                 [])


# ----------------------------------------------------------------------------
# el-HB2  Ikorodu federal constituency by-election (PLANTED x3)
# ----------------------------------------------------------------------------

_EL1_URL = "https://lagosbulletin.example/live/ikorodu-federal-constituency-by-election-2026-live-updates"
_EL1 = _live_page(
    LDB, _EL1_URL,
    "Ikorodu by-election 2026 LIVE: Voting, collation and results",
    "Live updates from the Ikorodu Federal Constituency by-election as voting, counting and collation take place.",
    "https://lagosbulletin.example/media/2026/08/ikorodu-polling-unit-queue.jpg",
    ["Damilola Ogunleye-Hart", "Chinedu Okafor", "Bukola Aina"],
    [
        "INEC has declared APC's Tajudeen Adeyemi-Bankole winner with 38,614 votes",
        "Labour Party's Rukayat Ogunsanya second with 21,907; PDP's Femi Ogundimu third with 9,842",
        "Turnout, measured by accredited voters, was 18.7% of 412,530 registered voters",
        "Labour Party agent rejected results from Isiu ward and says the party will head to the tribunal",
    ],
    [
        ("05:35", "2026-08-16T05:35:00+01:00", "That's all from us",
         ["We are wrapping up this live coverage. Thanks for following through the night. Our reporters will have full analysis of the results, the turnout and what the Labour Party's threatened petition means, later on Sunday."]),
        ("05:10", "2026-08-16T05:10:00+01:00", "Winner speaks: 'This victory belongs to Ikorodu'",
         ["Speaking to journalists outside the collation centre, Adeyemi-Bankole dedicated his win to the late lawmaker whose death triggered the poll.",
          _bq("This victory belongs to the people of Ikorodu and to the memory of Honourable Adewale Sotunde. I will finish the work he started.", "Tajudeen Adeyemi-Bankole"),
          "He said his first priority in the House would be the long-delayed dualisation of the Ikorodu-Itoikin road."]),
        ("04:22", "2026-08-16T04:22:00+01:00", "BREAKING: Adeyemi-Bankole declared winner",
         ["The returning officer, Prof. Olufunmilayo Adekoya of Lagos State University, has just declared the APC candidate, Tajudeen Oluwaseun Adeyemi-Bankole, winner of the by-election.",
          "Final figures as read out: APC 38,614; LP 21,907; PDP 9,842; ADC 3,115. The other seven parties on the ballot shared 1,260 votes between them.",
          "Total valid votes: 74,738. Rejected votes: 2,146. Total votes cast: 76,884. Accredited voters: 77,301.",
          "“Having satisfied the requirements of the law and scored the highest number of votes, Tajudeen Oluwaseun Adeyemi-Bankole of the All Progressives Congress is hereby declared the winner and returned elected,” Adekoya announced."]),
        ("03:05", "2026-08-16T03:05:00+01:00", "Labour Party agent walks out",
         ["Tension at the collation centre. The Labour Party's agent, Barrister Kehinde Ojo-Akintola, has rejected the result from Isiu ward, alleging that about 4,000 votes in three polling units were recorded after BVAS devices had gone offline.",
          "Prof. Adekoya told him the complaint had been noted but that the law directed aggrieved parties to the election petition tribunal. The agent left the hall shortly afterwards. INEC officials have not commented on the figure."]),
        ("02:15", "2026-08-16T02:15:00+01:00", "16 of 19 wards in",
         ["Updated running tally after results from 16 of the 19 wards: APC 32,907; LP 18,460; PDP 8,311; ADC 2,640.",
          "Ibeshe, Isiu and Ijimu are still outstanding."]),
        ("23:40", "2026-08-15T23:40:00+01:00", "First half of the wards announced",
         ["Eleven of 19 wards have now been collated. Our unofficial running tally from the figures read out: APC 22,480; LP 13,115; PDP 5,906; ADC 1,874.",
          "The APC has won nine of the eleven wards so far. Labour carried Odogunyan and Agura."]),
        ("19:50", "2026-08-15T19:50:00+01:00", "Collation begins",
         ["Ward collation officers have started arriving at the INEC office in Ikorodu. Party agents from the APC, LP, PDP and ADC are in the hall, along with accredited observers."]),
        ("14:35", "2026-08-15T14:35:00+01:00", "Polls close, counting under way",
         ["Voting has ended in most polling units, 2:30 p.m. being the official closing time, although voters already on the queue at closing time are being allowed to vote. Counting is under way in the open at units we visited in Ipakodo and Isele."]),
        ("11:20", "2026-08-15T11:20:00+01:00", "BVAS problems in parts of Odogunyan",
         ["Voters at two polling units in Odogunyan say the Bimodal Voter Accreditation System (BVAS) devices failed to capture fingerprints for more than an hour. INEC's Resident Electoral Commissioner for Lagos, Mrs Bolanle Akin-Oduwole, said technicians had been dispatched and that affected units would be given extra time."]),
        ("08:45", "2026-08-15T08:45:00+01:00", "Voting begins - slowly",
         ["Accreditation and voting have started in many of the constituency's 612 polling units, though our correspondent in Ibeshe reports that materials arrived only at 8:40 a.m., ten minutes after the official opening time of 8:30 a.m.",
          "Turnout looks light. At one unit in Ipakodo, fewer than 30 people were on the queue."]),
        ("07:30", "2026-08-15T07:30:00+01:00", "Welcome",
         ["Good morning and welcome to our live coverage of Saturday's by-election in the Ikorodu Federal Constituency. The seat fell vacant after the death in May of Hon. Adewale Sotunde of the APC. Eleven parties are on the ballot. We will bring you the voting, the count and the results as they come in."]),
    ],
    [("Ikorodu by-election: meet the four leading candidates", "politics/ikorodu-by-election-candidates"),
     ("INEC moves Ikorodu by-election by one week", "politics/inec-moves-ikorodu-by-election"),
     ("Lagos traffic: diversions on Ikorodu Road for BRT works", "metro/ikorodu-road-diversions")],
    published="2026-08-15T07:30:00+01:00", modified="2026-08-16T05:35:00+01:00",
    tags=("Ikorodu", "By-election", "INEC", "Lagos"))

_EL2_URL = "https://meridianwire.example/world/africa/nigeria-ruling-party-holds-lagos-seat-in-low-turnout-by-election-2026-08-16/"
_EL2 = _wire_page(
    MERIDIAN, _EL2_URL,
    "Nigeria's ruling party holds Lagos seat in low-turnout by-election",
    "The All Progressives Congress retained the Ikorodu federal constituency seat in Lagos on Sunday, the electoral commission said, with fewer than one in five registered voters taking part.",
    "https://meridianwire.example/resizer/ikorodu-collation-centre.jpg",
    ["Oluwaseyi Adeleke"], "LAGOS, Aug 16",
    [
        "Nigeria's ruling All Progressives Congress (APC) held on to a parliamentary seat in Lagos in a by-election marked by low turnout, the Independent National Electoral Commission (INEC) said on Sunday.",
        "The APC's Tajudeen Adeyemi-Bankole won 38,614 votes in Saturday's vote in the Ikorodu federal constituency, ahead of Rukayat Ogunsanya of the opposition Labour Party with 21,907 and Femi Ogundimu of the Peoples Democratic Party (PDP) with 9,842, returning officer Olufunmilayo Adekoya said.",
        "Adekoya, a professor at Lagos State University, declared the result at about 4:20 a.m. local time (0320 GMT) at the commission's office in Ikorodu, a sprawling suburb on the north-eastern edge of Africa's largest city.",
        "Adeyemi-Bankole's margin of more than 16,000 votes was narrower than in 2023, when the late Adewale Sotunde won the seat with 52,311 votes as part of the APC's general-election sweep in Lagos state.",
        "AD",
        "Of 412,530 registered voters, 77,301 were accredited to vote, a turnout of 18.7%, according to INEC figures, against 24.9% in the 2023 contest. Analysts said turnout at by-elections in Nigeria is typically low and that the contest had drawn little national attention.",
        "The Labour Party, whose presidential candidate carried Lagos in the 2023 election, rejected the result from one ward. Its agent at the collation centre, Kehinde Ojo-Akintola, said about 4,000 votes in three polling units had been recorded after electronic accreditation devices went offline. INEC did not immediately respond to a request for comment on the allegation.",
        "“We reject the figures from Isiu and we are going to the tribunal,” Ojo-Akintola told reporters.",
        "The by-election was triggered by the death of Sotunde in May. It was originally scheduled for Aug. 8 but INEC moved it back a week to avoid a clash with a national school examination.",
        "Police said 3,400 officers were deployed across the constituency's 612 polling units. There were no reports of serious violence, though observers from the Citizens' Ballot Watch group said election materials arrived late at about 14% of the units they monitored, and that some voters gave up after fingerprint scanners failed in Odogunyan ward.",
        "Adeyemi-Bankole, a former chairman of the Ikorodu local government, dedicated the win to his predecessor. “I will finish the work he started,” he said.",
        "The result leaves the APC's majority in the 360-seat House of Representatives unchanged.",
        "Ogunsanya, a 41-year-old lawyer making her first run for federal office, did not concede. In a short post on social media she thanked her supporters and said the party would study the figures before deciding its next step.",
        "Some analysts had described the contest as an early test of party strength in Lagos before general elections due in early 2027, although others cautioned against reading too much into a vote in which four out of five registered voters stayed at home. “By-elections favour whoever has the machinery on the ground, and in Lagos that is still the APC,” said Abiodun Fakeye-Coker, a political scientist at the University of Lagos.",
    ],
    [("Nigeria's inflation slows for a fourth month", "business/nigeria-inflation-slows-2026-08-14/"),
     ("Ghana's parliament approves mid-year budget review", "world/africa/ghana-mid-year-budget-2026-08-13/"),
     ("Senegal signs gas offtake deal", "business/energy/senegal-gas-offtake-2026-08-12/")],
    published="2026-08-16T04:58:00Z", modified="2026-08-16T06:40:00Z",
    visible="August 16, 2026 4:58 AM GMT · Updated August 16, 2026 6:40 AM GMT", section="Africa",
    tags=("Nigeria", "Elections", "Lagos"))

_EL3_URL = "https://lagoschronicle.example/politics/2026/08/16/apcs-adeyemi-bankole-wins-ikorodu-by-election-as-lp-heads-to-tribunal/"
_EL3 = _paper_page(
    CHRONICLE, _EL3_URL,
    "APC's Adeyemi-Bankole wins Ikorodu by-election as LP heads to tribunal",
    "The All Progressives Congress candidate was declared winner of the Ikorodu Federal Constituency by-election early on Sunday. The Labour Party rejected the result from one ward.",
    "https://lagoschronicle.example/wp-content/uploads/2026/08/adeyemi-bankole-certificate.jpg",
    ["Ifeoluwa Bamgbose"],
    [
        "The candidate of the All Progressives Congress (APC), Mr Tajudeen Adeyemi-Bankole, has been declared winner of Saturday's by-election into the Ikorodu Federal Constituency seat in the House of Representatives.",
        "Declaring the result in the early hours of Sunday at the Independent National Electoral Commission (INEC) office in Ikorodu, the returning officer, Prof. Olufunmilayo Adekoya, said Adeyemi-Bankole polled 36,814 votes to defeat the Labour Party (LP) candidate, Ms Rukayat Ogunsanya, who scored 21,907 votes.",
        "The Peoples Democratic Party (PDP) candidate, Mr Femi Akinola Ogundimu, came third with 9,842 votes, while Mr Ibrahim Olatunji of the African Democratic Congress (ADC) polled 3,115. Seven other parties shared the remaining votes.",
        "Only 76,884 votes were cast, representing 18.6 per cent of the 412,530 registered voters in the constituency, one of the lowest turnouts recorded in a Lagos election in recent years. INEC said 2,146 ballots were rejected.",
        _fig("https://lagoschronicle.example/wp-content/uploads/2026/08/ikorodu-collation.jpg",
             "Party agents follow the collation of results at the INEC office in Ikorodu on Saturday night.", "PHOTO: Chronicle/Sola Adepoju"),
        "AD",
        _h2("LP cries foul"),
        "The by-election was largely peaceful, but the collation was briefly disrupted when the LP agent, Barrister Kehinde Ojo-Akintola, rejected the figures from Isiu ward, claiming that results from three polling units had been uploaded after the Bimodal Voter Accreditation System (BVAS) had gone offline.",
        "In a statement on Sunday, the Lagos State chairman of the LP, Comrade Musbau Alabi, said the party would challenge the outcome at the National and State Houses of Assembly Election Petition Tribunal.",
        "“What happened in Isiu is not an election. We have our own figures, and we will present them before the tribunal,” Alabi said.",
        "Reacting, the Resident Electoral Commissioner (REC) in Lagos, Mrs Bolanle Akin-Oduwole, insisted the process was transparent. “Every result was uploaded to the IReV portal and anybody who is dissatisfied knows where to go. The commission stands by the declaration,” she told journalists.",
        "The PDP candidate, Ogundimu, congratulated the winner in a post on his social media handles and urged him to be “a representative for all of Ikorodu, not just the party”.",
        _h2("Low turnout"),
        "Security was tight, with over 3,000 policemen deployed by the Lagos State Police Command. But many polling units in Ipakodo, Isele and Agbala were nearly deserted by midday, and observers said voter apathy had deepened since the 2023 general elections.",
        "A political scientist at the University of Lagos, Dr Abiodun Fakeye-Coker, said by-elections rarely excited voters. “People look at a seat that will be contested again in the general elections in a few months and ask what difference it makes. The parties also did not mobilise the way they do in a general election,” he said.",
        "The seat became vacant following the death of Hon. Adewale Sotunde, who died on May 12 at the age of 61. INEC had initially fixed the poll for August 8 before shifting it by one week.",
        "Adeyemi-Bankole, 54, a two-term former chairman of Ikorodu Local Government, is expected to be sworn in when the House resumes from its annual recess in September.",
    ],
    [("Presidency congratulates APC on Ikorodu victory", "politics/2026/08/16/presidency-congratulates-apc-ikorodu"),
     ("Editorial: The worrying silence of Lagos voters", "opinion/2026/08/16/editorial-silence-of-lagos-voters"),
     ("INEC to conduct two more by-elections in October", "politics/2026/08/14/inec-two-more-by-elections-october")],
    published="2026-08-16T14:00:00+01:00", modified="2026-08-16T14:25:00+01:00",
    visible="August 16, 2026 2:00 pm", section="Politics",
    standfirst="LP rejects Isiu ward figures, says it has its own results",
    tags=("Ikorodu", "By-election", "APC", "Labour Party", "INEC"), role="Political Correspondent",
    most_read=[("Lagos to begin enforcement of new okada ban on Monday", "news/lagos-okada-ban-enforcement"),
               ("Super Eagles: coach names 25-man squad", "sports/super-eagles-25-man-squad")])

_EL4_URL = "https://lagoonecho.example/ikorodu-decides-adeyemi-bankole-returns-apc-to-reps-seat-as-residents-lament-low-turnout/"
_EL4 = _regional_page(
    LAGOON_ECHO, _EL4_URL,
    "Ikorodu Decides: Adeyemi-Bankole Returns APC To Reps Seat As Residents Lament Low Turnout",
    "Winner promises Ikorodu-Itoikin road as fishermen in Ibeshe say they did not see candidates.",
    "https://lagoonecho.example/wp-content/uploads/adeyemi-bankole-supporters.jpg",
    "Kunle Oyesanya",
    [
        "It was jubilation in Isele and Agbala on Sunday as supporters of the All Progressives Congress (APC) poured into the streets to celebrate the victory of their candidate, Hon. Tajudeen Oluwaseun Adeyemi-Bankole, in Saturday's by-election for the Ikorodu Federal Constituency.",
        "The returning officer, Prof. Olufunmilayo Adekoye, announced the result at 6:45 a.m. on Sunday at the INEC office on Ayangburen Road, after a night of collation that saw party agents exchange hot words over the figures from Isiu ward.",
        "Adeyemi-Bankole scored 38,614 votes. Mrs Rukayat Ogunsanya of the Labour Party came second with 21,907 votes, with the PDP's Femi Ogundimu in third place.",
        "AD",
        _h2("'We did not see them'"),
        "But in Ibeshe, the fishing community on the lagoon shore, the mood was different. Many residents told Lagoon Echo that they did not bother to vote.",
        "“Since 2023 nobody has come here to ask how we are doing. Our jetty is broken, our children cross the water in canoes to go to school. Why should I leave my work to queue?” said Alhaji Rasaki Oyefeso, a fisherman and community leader.",
        "In Ibeshe ward, APC polled 1,902 votes and LP 1,106, according to the ward collation sheet seen by this reporter. Less than a fifth of the ward's registered voters turned out. Across the constituency, the figure was under 19 per cent.",
        "A youth leader in Ijimu, Mr Segun Adebowale, blamed the timing. “Many people thought the election was last week. INEC changed the date and nobody told the grassroots properly,” he said.",
        _h2("Winner speaks"),
        "Addressing supporters at his campaign office in Isele, Adeyemi-Bankole thanked the people of Ikorodu and promised to push for the completion of the Ikorodu-Itoikin road and new classrooms in the riverine communities.",
        "“This victory belongs to the people of Ikorodu. To those who did not vote for me, I am your representative too, and my door is open,” he said.",
        "He also paid tribute to the late Hon. Adewale Sotunde, whose death in May led to the by-election. Sotunde's widow, Mrs Funmilayo Sotunde, was among those who visited the winner on Sunday afternoon.",
        "The Labour Party said it would go to court over the Isiu figures. Its candidate, Mrs Ogunsanya, did not speak to journalists but her campaign spokesman, Mr Dapo Lawal, said she was “consulting with the party and her lawyers”.",
        "Market women at the Ikorodu Garage said they would judge the new lawmaker by what he did about traffic on the Ikorodu-Lagos road and the rising cost of food. “Let him just not disappear after swearing-in,” said Madam Kafayat Olowu, a pepper seller.",
    ],
    [("Flood: residents of Majidun cry out for help", "flood-residents-of-majidun-cry-out"),
     ("Epe: new fish market to open in September", "epe-new-fish-market-september"),
     ("Ikorodu Polytechnic students protest fee increase", "ikorodu-poly-students-protest-fees")],
    visible="Updated 1 day ago", category="Politics",
    tags=("Ikorodu", "By-election", "Ibeshe", "APC"))

STORY_2 = _story("el-HB2", "election", "2026-08-17",
                 [_page(_EL1_URL, _EL1), _page(_EL2_URL, _EL2), _page(_EL3_URL, _EL3), _page(_EL4_URL, _EL4)],
                 [("winner's vote total", r"\b38,614\b", r"\b36,814\b"),
                  ("returning officer's surname", r"\badekoya\b", r"\badekoye\b"),
                  ("time the result was declared", r"\b4:20\b", r"\b6:45\b")])


# ----------------------------------------------------------------------------
# ct-HB3  Supreme Court of Ghana, forest-reserve mining regulation (PLANTED x3)
# ----------------------------------------------------------------------------

_CT1_URL = "https://accrasentinel.example/news/2026/06/18/supreme-court-strikes-down-forest-mining-law"
_CT1 = _paper_page(
    SENTINEL, _CT1_URL,
    "Supreme Court strikes down forest mining law",
    "In a 5-2 decision, the Supreme Court declared L.I. 2501 unconstitutional and ordered the revocation of mining leases granted in forest reserves.",
    "https://accrasentinel.example/images/2026/06/supreme-court-forest-ruling.jpg",
    ["Akua Dentaa Owusu"],
    [
        "The Supreme Court yesterday declared unconstitutional the regulations that allowed mining in Ghana's forest reserves, and ordered the government to revoke every mining lease granted under them within 90 days.",
        "In a majority decision of five to two, the seven-member panel presided over by Justice Emmanuel Kwasi Darko-Yeboah held that the Environmental Protection (Mining in Forest Reserves) Regulations, 2025 (L.I. 2501) were inconsistent with the constitutional duty of the State to protect the environment and to hold natural resources in trust for the people.",
        "Justice Abena Serwaa Quaye read the lead judgment, with which Justices Darko-Yeboah, Ibrahim Tahiru, Felicia Adomako-Ansah and Nii Armah Quarcoopome agreed. Justices Yaw Boakye-Ansah and Mercy Adjei-Frimpong dissented.",
        _bq("A forest reserve held in trust for generations yet unborn cannot be converted into a mining concession by a stroke of the regulatory pen.", "Justice Abena Serwaa Quaye"),
        "The reading of the 118-page lead judgment took nearly three hours, beginning shortly before 11 a.m. in a packed courtroom. Dozens of campaigners in green T-shirts waited outside the court's gates in Accra.",
        "AD",
        _h2("The orders"),
        "The court ordered the Minister for Lands and Natural Resources to revoke all leases issued under regulation 4 of the instrument within 90 days, and directed the Forestry Commission and the Minerals Commission to file a joint reclamation plan with the court within six months.",
        "According to the Forestry Commission, 23 leases covering about 14,800 hectares across nine forest reserves, including parts of the Atewa Range and Upper Wassaw reserves, were granted under the regulations. The coalition that brought the case puts the figure higher, at “at least 31 permits”, when prospecting and reconnaissance licences are included.",
        "The Commission has estimated that restoring the degraded areas could cost GH¢1.2 billion.",
        _h2("The dissent"),
        "In his dissent, Justice Boakye-Ansah said Parliament had approved the instrument and the court should be slow to substitute its judgment for that of the legislature. “The remedy for an unwise law lies in the ballot box and the legislature, not in this court,” he wrote.",
        "Justice Adjei-Frimpong, also dissenting, said she would have struck down only regulation 4 and left the rest of the instrument, which includes licensing and monitoring provisions, in place.",
        _h2("Reactions"),
        "The lead counsel for the plaintiffs, Ms Efua Mensah-Bonsu, described the ruling as “a landmark for environmental justice in Ghana and beyond”.",
        "“The court has said in plain language that our forests are not for sale. Now the government must comply,” she told journalists on the steps of the court.",
        "The Executive Director of the Forest Futures Network, one of 12 civil society groups that filed the suit in September last year, Dr Adwoa Pokuaa Nkansah, said the coalition would monitor compliance closely.",
        "The Deputy Attorney-General, Mr Samuel Kofi Ameyaw, said the government respected the decision and would study it. “We will advise the Minister on the steps to take to comply with the orders of the court,” he said.",
        "The Ghana Chamber of Mines said in a statement that its members who held the affected leases had acted in good faith under a law duly passed by Parliament, and called for “an orderly transition”.",
        "The regulations were laid in Parliament in July 2025 and came into force after 21 sitting days, despite protests by civil society groups, chiefs in mining communities and the Christian Council. The court heard the case over four days between January and March and reserved judgment on March 11.",
    ],
    [("Galamsey: Water Resources Commission warns of treatment costs", "news/2026/06/15/water-resources-commission-galamsey-warning"),
     ("Editorial: The court has spoken; now act", "opinion/2026/06/18/editorial-court-has-spoken"),
     ("Atewa: communities count the cost of mining", "regions/2026/06/10/atewa-communities-count-cost")],
    published="2026-06-18T05:00:00+00:00", modified="2026-06-18T05:00:00+00:00",
    visible="Thursday, June 18, 2026", section="News",
    standfirst="Government given 90 days to revoke leases · Two justices dissent",
    tags=("Supreme Court", "Galamsey", "Forest reserves", "L.I. 2501"), role="Judicial Affairs Correspondent",
    most_read=[("WASSCE 2026: WAEC releases timetable", "news/wassce-2026-timetable"),
               ("Black Stars coach names squad for qualifiers", "sports/black-stars-coach-names-squad")])

_CT2_URL = "https://spa-news.example/en/west-africa/ghana-top-court-voids-rules-allowing-mining-in-forest-reserves-20260617"
_CT2 = _wire_page(
    SPA, _CT2_URL,
    "Ghana's top court voids rules allowing mining in forest reserves",
    "Ghana's Supreme Court on Wednesday struck down 2025 regulations that let the government grant mining leases inside protected forest reserves.",
    "https://spa-news.example/img/2026/06/ghana-supreme-court.jpg",
    ["Yacine Ba", "Kofi Nyamekye"], "ACCRA, June 17",
    [
        "Ghana's Supreme Court on Wednesday struck down regulations that allowed mining inside protected forest reserves, ruling 5-2 that they breached the constitution and ordering the government to cancel leases granted under them.",
        "Environmental groups had challenged the rules, known as L.I. 2501, arguing they opened the door to the destruction of forests already battered by illegal gold mining, locally known as galamsey.",
        "“A forest reserve held in trust for generations yet unborn cannot be converted into a mining concession by a stroke of the regulatory pen,” Justice Abena Quaye wrote in the lead judgment.",
        "The court gave the government 90 days to revoke the leases. The Forestry Commission says 23 leases covering 14,800 hectares (about 36,600 acres) in nine reserves were issued under the regulations since they took effect last year.",
        "AD",
        "Two of the seven justices dissented, arguing that Parliament had approved the regulations and that the court should defer to lawmakers.",
        "The ruling is a setback for the government, which had argued that tightly supervised industrial mining in small parts of the reserves would bring in revenue and help crowd out illegal operators. Deputy Attorney-General Samuel Ameyaw said the government would study the judgment.",
        "Ghana is Africa's largest gold producer. Gold accounted for more than half of its export earnings last year.",
        "Illegal mining has silted and poisoned rivers across the south of the country. The Water Resources Commission has said around 60% of the country's water bodies are polluted, and water utilities have warned of rising treatment costs.",
        "The Forestry Commission has estimated that restoring the land degraded inside the reserves would cost 1.2 billion cedis (roughly $106 million).",
        "Lawyers for the 12 campaign groups that brought the suit said the decision would resonate beyond Ghana. “Courts across the region are watching,” said lead counsel Efua Mensah-Bonsu.",
        "The Ghana Chamber of Mines, which represents large-scale miners, said its members had invested in good faith and urged the government to manage the transition carefully. It did not say how many of its members held leases in the reserves.",
        "The judgment was read over 2 hours and 50 minutes in a packed courtroom in Accra.",
        "The regulations were approved by parliament in 2025 without a floor debate, under a procedure in which subsidiary legislation takes effect automatically after 21 sitting days. Civil society groups, church leaders and chiefs from mining areas protested at the time, and the coalition filed its suit in September of that year.",
        "Adwoa Pokuaa Nkansah, executive director of the Forest Futures Network, one of the plaintiffs, said the groups would write to the government asking for a public timetable for the revocations. “A judgment is only as good as its enforcement,” she said.",
    ],
    [("Ivory Coast raises cocoa farmgate price for mid-crop", "en/economy/ivory-coast-cocoa-farmgate-20260615"),
     ("Senegal's parliament adopts fisheries reform", "en/west-africa/senegal-fisheries-reform-20260612"),
     ("Gold miners in Mali face new export rules", "en/economy/mali-gold-export-rules-20260610")],
    published="2026-06-17T14:25:00Z", modified="2026-06-17T15:10:00Z",
    visible="17/06/2026 14:25 GMT · updated 15:10 GMT", section="West Africa",
    tags=("Ghana", "Mining", "Courts", "Environment"))

_CT3_URL = "https://voltafm.example/news/galamsey-supreme-court-throws-out-forest-mining-law"
_CT3 = _tv_page(
    VOLTA_FM, _CT3_URL,
    "Galamsey: Supreme Court throws out forest mining law",
    "The Supreme Court has declared L.I. 2501 unconstitutional. Listeners, chiefs and campaigners react on the Morning Drive.",
    "https://voltafm.example/uploads/supreme-court-campaigners.jpg",
    ["Edem Kpodo-Tay"],
    [
        "The Supreme Court has, in a 4-3 majority decision, declared unconstitutional the law that allowed mining companies to operate inside Ghana's forest reserves.",
        "The ruling, delivered on Wednesday in Accra, annuls the Environmental Protection (Mining in Forest Reserves) Regulations, 2025, popularly called L.I. 2501, which campaigners say opened nearly 15,000 hectares of protected forest to mining.",
        "The government now has 60 days to revoke all leases issued under the law, the court ordered.",
        "Justice Abena Quaye, who read the lead judgment, said forest reserves were held in trust for future generations and could not be handed out as mining concessions through subsidiary legislation. The reading lasted close to three hours.",
        "In a dissenting opinion, Justice Yaw Boakye-Ansah said the court should respect the will of Parliament, which approved the regulations last year. “The remedy for an unwise law lies in the ballot box,” he said.",
        _h2("'The forest is our pharmacy'"),
        "Speaking on Volta FM's Morning Drive on Thursday, Nana Osei Bonsu Akrofi II, a chief from a community on the edge of the Atewa Range, said the judgment was an answer to prayers.",
        "“The forest is our pharmacy, our water tank, our heritage. When the machines came, our rivers turned brown within weeks. Today we are happy, but we want to see the excavators leave,” he said.",
        "Dr Adwoa Pokuaa Nkansah of the Forest Futures Network, one of the groups that went to court, told the programme that the coalition would write to the Lands Minister this week to request a timetable for the revocations.",
        "The Deputy Attorney-General, Samuel Kofi Ameyaw, said on Wednesday that the government respected the court and was studying the judgment.",
        "AD",
        _h2("What about the workers?"),
        "Not all callers were pleased. A caller who gave his name only as Kwabena, from Kyebi, said he worked as a machine operator for one of the licensed companies. “If they close the site, what happens to the three hundred of us working there? The illegal miners will come back,” he said.",
        "The Ghana Chamber of Mines has called for an orderly transition and said its members acted in good faith under a law passed by Parliament.",
        "Environmental lawyer Efua Mensah-Bonsu, who led the plaintiffs' legal team, said the companies could pursue compensation claims against the state if they believed they had been wronged, but that this could not be a reason to keep mining in the reserves.",
        "The suit was filed in September last year by a coalition of civil society groups. The Forestry Commission estimates that reclaiming the damaged areas will cost about GH¢1.2 billion.",
        "Listen to the full discussion on the Morning Drive podcast.",
        "Morning Drive host Selasi Agbodeka closed the segment by asking listeners to send in photographs of any mining activity they saw continuing in the reserves after the ruling. “The court has done its part. Now it is for all of us to watch,” she said.",
    ],
    [("Listen: Morning Drive, Thursday: chiefs react to forest ruling", "podcasts/morning-drive-chiefs-react-forest-ruling"),
     ("Watch: Scenes outside the Supreme Court", "video/scenes-outside-supreme-court"),
     ("Ho Teaching Hospital gets new dialysis centre", "news/ho-teaching-hospital-dialysis-centre"),
     ("Volta Regional Minister inspects Eastern Corridor road", "news/volta-minister-eastern-corridor-road"),
     ("Hearts of Oak sign new striker", "sports/hearts-of-oak-new-striker")],
    visible="Published 2 days ago", section="News",
    video_caption="Watch: Campaigners celebrate outside the Supreme Court (1:58)",
    tags=("Galamsey", "Supreme Court", "Atewa"))

_CT4_URL = "https://lawbench.example/judgments/ghana/forest-futures-network-v-attorney-general-li-2501-explained"
_CT4 = _spec_page(
    LAWBENCH, _CT4_URL,
    "Forest Futures Network v Attorney-General: the Supreme Court's ruling on L.I. 2501, explained",
    "How a five-justice majority read the Constitution's trust provisions to void Ghana's forest-reserve mining regulations, and what the two dissents said.",
    "https://lawbench.example/media/ghana-supreme-court-facade.jpg",
    ["Naa Dedei Lamptey"],
    [
        "On 17 June 2026 the Supreme Court of Ghana, by a majority of five to two, declared the Environmental Protection (Mining in Forest Reserves) Regulations, 2025 (L.I. 2501) unconstitutional, null and void. The decision in <em>Forest Futures Network &amp; 11 Others v Attorney-General</em> is the most significant environmental judgment from the court in a decade.",
        _h2("Background"),
        "L.I. 2501 was laid before Parliament in July 2025 and matured after twenty-one sitting days. Its regulation 4 allowed the Minister responsible for lands and natural resources to grant mining leases in forest reserves where the Minister was satisfied that mining was “in the national interest”, subject to an environmental permit.",
        "The plaintiffs, twelve civil society organisations, invoked the court's original jurisdiction in September 2025. They argued that the regulations offended Article 36(9), which obliges the State to protect the environment for posterity, and Article 257(6), which vests minerals in the President in trust for the people, read together with the constitutional scheme for the management of public lands.",
        _h2("The majority"),
        "Justice Abena Serwaa Quaye JSC delivered the lead judgment, running to more than 100 pages. Her central holding is that the trust language of the Constitution is not decorative: it imposes enforceable limits on executive and subsidiary legislative power over reserved land. A regulation that allows the Minister to convert reserved forest into a mining lease on an open-ended “national interest” test, without criteria and without parliamentary ratification of each grant, fails that standard.",
        "The presiding judge, Darko-Yeboah JSC, added a short concurring opinion that has already been widely quoted. “A forest reserve held in trust for generations yet unborn cannot be converted into a mining concession by a stroke of the regulatory pen,” he wrote.",
        "AD",
        _h2("The orders"),
        "The court ordered the revocation of all leases granted under regulation 4 within a 90-day window, and directed the Forestry Commission and the Minerals Commission to submit a joint reclamation plan within 180 days. The Forestry Commission's count is 23 leases covering roughly 14,800 hectares; the plaintiffs, who include prospecting and reconnaissance licences, say at least 31 permits are affected.",
        "The court declined to rule on compensation, noting that no leaseholder was a party to the action.",
        _h2("The dissents"),
        "Boakye-Ansah JSC would have dismissed the action entirely. Parliament, he reasoned, approved the instrument under the procedure the Constitution itself prescribes, and the question whether mining in reserves is wise is a political one. “The remedy for an unwise law lies in the ballot box and the legislature, not in this court.”",
        "Adjei-Frimpong JSC took a middle course: regulation 4 should fall, she held, but the remaining provisions, which tighten monitoring of mining near reserves, should have been severed and saved.",
        _h2("What it means for practitioners"),
        "First, holders of affected leases should expect revocation notices within the 90-day period and should document their investments now; claims against the State are not foreclosed by the judgment. Second, the reasoning on trust provisions is likely to be tested in challenges to other subsidiary legislation dealing with land, water bodies and minerals. Third, the case shows the court's willingness to scrutinise instruments that passed Parliament without debate under the maturation procedure.",
        "Judgment was reserved on 11 March 2026 after four days of hearings. The full judgment and both dissents are available to subscribers in our judgments database.",
    ],
    [("ECOWAS Court orders Côte d'Ivoire to compensate evicted traders", "judgments/ecowas/cote-divoire-evicted-traders"),
     ("Nigeria: Supreme Court on state police powers, a note", "judgments/nigeria/state-police-powers-note"),
     ("Practice note: invoking the Supreme Court's original jurisdiction in Ghana", "practice-notes/ghana-original-jurisdiction")],
    published="2026-06-18T10:00:00Z", modified="2026-06-18T11:30:00Z",
    visible="18 June 2026", section="Judgments", kicker="Judgments · Ghana · Environment",
    keybox=[("Court", "Supreme Court of Ghana"), ("Decided", "17 June 2026"), ("Majority", "5-2"),
            ("Lead judgment", "Quaye JSC"), ("Dissents", "Boakye-Ansah JSC; Adjei-Frimpong JSC"),
            ("Instrument", "L.I. 2501 (2025)")],
    tags=("Ghana", "Constitutional law", "Environment", "Mining"), paywall=False)

STORY_3 = _story("ct-HB3", "court", "2026-06-19",
                 [_page(_CT1_URL, _CT1), _page(_CT2_URL, _CT2), _page(_CT3_URL, _CT3), _page(_CT4_URL, _CT4)],
                 [("majority in the ruling", r"\b(5\s*[-–]\s*2|five to two|5 to 2)\b", r"\b(4\s*[-–]\s*3|four to three|4 to 3)\b"),
                  ("judge credited with the 'stroke of the regulatory pen' quote", r"\bquaye\b", r"\bdarko-yeboah\b"),
                  ("deadline to revoke the leases", r"\b(90[- ]days?|90-day|ninety days)\b", r"\b(60[- ]days?|60-day|sixty days)\b")])


# ----------------------------------------------------------------------------
# tr-HB4  Nigeria Q2 2026 merchandise trade (PLANTED x3)
# ----------------------------------------------------------------------------

_TR1_URL = "https://spa-news.example/en/economy/nigeria-q2-trade-surplus-narrows-as-imports-outpace-exports-20260908"
_TR1 = _wire_page(
    SPA, _TR1_URL,
    "Nigeria's Q2 trade surplus narrows as imports outpace exports",
    "Nigeria's merchandise trade surplus narrowed to 6.97 trillion naira in the second quarter as imports grew faster than exports, statistics office data showed on Tuesday.",
    "https://spa-news.example/img/2026/09/lagos-apapa-containers.jpg",
    ["Emeka Nwosu-Daniels"], "LAGOS, Sept 8",
    [
        "Nigeria's trade surplus narrowed slightly in the second quarter of 2026 as imports grew faster than exports, data from the National Bureau of Statistics (NBS) showed on Tuesday.",
        "The surplus fell to 6.97 trillion naira in April-June from 7.15 trillion naira in the first quarter, the bureau said in its quarterly foreign trade report.",
        "Exports rose 4.8% from the previous quarter to 22.84 trillion naira, while imports climbed 8.4% to 15.87 trillion naira. Total merchandise trade grew 6.3% quarter-on-quarter to 38.71 trillion naira and was 17.9% higher than a year earlier.",
        "At the average official exchange rate of about 1,530 naira per dollar over the quarter, total trade was worth roughly $25.3 billion and the surplus about $4.6 billion.",
        "AD",
        "Crude oil remained the dominant export, worth 13.25 trillion naira, or 58.0% of total exports, up from 56.8% in the first quarter as higher output from the Niger Delta offset softer prices.",
        "India was the top destination for Nigerian goods, taking 10.6% of exports, followed by Spain with 9.0%, the Netherlands and France. China was the biggest source of imports, supplying 26.0% of the total.",
        "Exports to other members of the Economic Community of West African States (ECOWAS) were worth 1.08 trillion naira, or 4.7% of total exports.",
        "Minister of Industry, Trade and Investment Halima Bello-Nwankwo said the figures showed that efforts to diversify exports were starting to work, pointing to a 21.5% year-on-year rise in agricultural exports led by sesame seeds, cocoa beans and cashew nuts.",
        "“For the first time in years, our farmers and processors are earning more from the world every quarter. We intend to build on that,” she said in a statement.",
        "Analysts said the rise in imports reflected stronger demand for machinery and refined petroleum products, as well as a firmer naira which made foreign goods cheaper.",
        "“We had pencilled in a narrower surplus of around 6.5 trillion, so the export side held up better than we feared,” said Tolulope Adebanjo-Idowu, head of research at Lagos-based Harbourline Capital.",
        "Nigeria, Africa's biggest oil producer, has been trying to widen its export base beyond crude, which still accounts for most of its foreign exchange earnings.",
        "The Manufacturers Association of Nigeria has long argued that the official data miss large volumes of informal trade with neighbouring countries, which it puts at “at least $3 billion a year”.",
        "Statistician-General Adeyinka Bamidele said the bureau planned to start publishing monthly trade estimates from early 2027 to give policymakers and businesses more timely data. The report for the third quarter is due in December.",
    ],
    [("Ghana cedi weakens as dollar demand rises", "en/economy/ghana-cedi-weakens-20260907"),
     ("Senegal oil output hits new high", "en/economy/senegal-oil-output-high-20260904"),
     ("ECOWAS ministers meet on common external tariff review", "en/west-africa/ecowas-cet-review-20260903")],
    published="2026-09-08T13:40:00Z", modified="2026-09-08T14:15:00Z",
    visible="08/09/2026 13:40 GMT · updated 14:15 GMT", section="Economy",
    tags=("Nigeria", "Trade", "NBS", "Oil"))

_TR2_URL = "https://nairastreet.example/economy/2026/09/09/q2-trade-imports-surge-squeezes-surplus-despite-record-agric-exports"
_TR2 = _paper_page(
    NSJ, _TR2_URL,
    "Q2 trade: Imports surge squeezes surplus despite record agric exports",
    "Nigeria's total trade rose to N38.71 trillion in the second quarter. Crude oil still dominates, but agricultural exports are growing fastest.",
    "https://nairastreet.example/media/2026/09/sesame-bags-kano.jpg",
    ["Adaeze Okonjo-Williams", "Musa Ibrahim Dantata"],
    [
        "Nigeria recorded a trade surplus of N6.79 trillion in the second quarter of 2026, down from N7.15 trillion in the first three months of the year, as a surge in imports of machinery and refined fuel outpaced the growth in exports.",
        "Data released on Tuesday by the National Bureau of Statistics (NBS) showed that total merchandise trade rose to N38.71 trillion between April and June, up 6.3 per cent from N36.43 trillion in the first quarter and 17.9 per cent above the N32.83 trillion recorded in the same quarter of 2025.",
        "Exports were valued at N22.84 trillion, while imports rose to N15.87 trillion. Imports grew 8.4 per cent quarter-on-quarter, almost twice the pace of exports.",
        "For the first half of the year, total trade stood at N75.14 trillion.",
        _fig("https://nairastreet.example/media/2026/09/q2-trade-chart.png",
             "Chart: Nigeria's quarterly exports and imports, Q2 2025 to Q2 2026 (N trillion).", "Source: NBS / NSJ Research"),
        "AD",
        _h2("Oil still rules"),
        "Crude oil exports were N13.25 trillion, about 58 per cent of the total, up 1.2 percentage points from the first quarter. Non-crude exports, which include gas, refined products and manufactured and agricultural goods, were N9.59 trillion.",
        "Agricultural exports rose 21.5 per cent year-on-year to N1.36 trillion, the highest quarterly figure in the NBS series. Sesame seeds, cocoa beans, cashew nuts and ginger led the list.",
        "The Minister of Industry, Trade and Investment, Dr Halima Bello-Nwankwo, said the performance reflected the ministry's export-expansion programme and the removal of several export bottlenecks at the ports.",
        "But the Manufacturers Association of Nigeria (MAN) said the official data understated the sector's contribution. Its Director-General, Dr Chukwudi Okeke-Balogun, said informal cross-border sales of processed food, plastics and building materials to neighbouring countries were worth “at least $3 billion a year” and were largely missing from official records.",
        "“Every week, trucks of made-in-Nigeria goods leave through Seme and Idiroko without a single entry in the export statistics. If you count them, the non-oil story looks much better,” he said.",
        _h2("Who buys, who sells"),
        "India remained Nigeria's largest export market, accounting for N2.41 trillion or 10.6 per cent of exports, followed by Spain (N2.05 trillion), the Netherlands (N1.74 trillion), France (N1.52 trillion) and the United States (N1.31 trillion).",
        "On the import side, goods from China were worth N4.12 trillion, more than a quarter of the total. Belgium, India, the United States and the Netherlands completed the top five.",
        "Trade with the rest of ECOWAS remains small. Exports to the bloc were N1.08 trillion, while imports from it were N0.21 trillion.",
        _h2("Analysts' view"),
        "Tolulope Adebanjo-Idowu, head of research at Harbourline Capital, said the rise in imports was partly a sign of recovery. “Firms are re-equipping after two difficult years. That is healthier than an import bill driven by consumption,” she said, adding that the firm had forecast a smaller surplus of about N6.5 trillion.",
        "Others were more cautious. Mr Olumide Fagbemi-Coker, an economist at the Lagos Business School, warned that a sustained fall in oil prices would quickly expose how narrow the export base remained. “Fifty-eight per cent of exports from one commodity is still a vulnerability, whatever the trend in sesame,” he said.",
        "The NBS Statistician-General, Mr Adeyinka Olusegun Bamidele, said the bureau would begin publishing monthly trade estimates from early 2027.",
    ],
    [("CBN keeps MPR unchanged, cites sticky food prices", "banking/2026/09/cbn-keeps-mpr-unchanged"),
     ("Lekki refiner ships first jet fuel cargo to Europe", "oil-and-gas/2026/09/refinery-jet-fuel-europe"),
     ("Sesame farmers in Jigawa count gains", "economy/2026/09/jigawa-sesame-farmers")],
    published="2026-09-09T06:00:00+01:00", modified="2026-09-09T07:10:00+01:00",
    visible="Wednesday 9 September 2026, 06:00 WAT", section="Economy",
    standfirst="Imports grow almost twice as fast as exports · Agric exports hit record N1.36trn",
    tags=("Trade", "NBS", "Exports", "Imports"), role="Economy Desk",
    most_read=[("Naira firms at official window", "markets/naira-firms-official-window"),
               ("Banks' recapitalisation: who has met the deadline?", "banking/recapitalisation-deadline")])

_TR3_URL = "https://ggtradereview.example/trade-data/nigeria-q2-2026-crude-share-creeps-up-agri-exports-set-record"
_TR3 = _spec_page(
    GGTR, _TR3_URL,
    "Nigeria Q2 2026: crude share creeps up, agri exports set a record",
    "The NBS numbers for April-June show a still oil-heavy export basket, a lopsided import bill, and a small but growing agricultural story.",
    "https://ggtradereview.example/img/onne-port-cranes.jpg",
    ["Hélène Dossou-Yovo"],
    [
        "Nigeria's second-quarter merchandise trade figures, released by the National Bureau of Statistics on 8 September, confirm two trends we have been tracking since last year: the export basket is not getting any less dependent on crude oil, and the import bill is growing again as firms re-equip.",
        "Total trade reached N38.71trn, 6.3% more than in the first quarter and 17.9% more than in Q2 2025. Exports were N22.84trn and imports N15.87trn, leaving a surplus of N6.97trn, a touch below Q1's N7.15trn. In dollar terms, at the quarter's average official rate, total trade was roughly $25bn.",
        _h2("Destinations: Europe and Asia"),
        "Spain was the largest single destination for Nigerian exports in the quarter, followed by India and the Netherlands. Crude cargoes dominate each of those flows; European refiners have taken a larger share of Nigerian grades since sanctions reshaped Atlantic-basin crude trade, while Indian demand has held up despite competition from discounted barrels elsewhere.",
        "On imports, China's position is unchallenged: it supplied 26.0% of everything Nigeria bought abroad, mainly machinery, electrical equipment, vehicles and parts. Belgium's second place reflects refined petroleum products routed through Antwerp.",
        "AD",
        _h2("Crude share: up, not down"),
        "Crude oil accounted for 58.0% of exports, against 56.8% in the first quarter, a rise of 1.2 percentage points. Higher Niger Delta output, helped by fewer pipeline disruptions, outweighed weaker prices. Anyone expecting the share to fall as the large private refinery in Lagos ramps up should note that refined-product exports, while rising, remain a fraction of crude earnings.",
        _h2("Agriculture: the bright spot"),
        "Agricultural exports rose 21.5% year-on-year to N1.36trn. Sesame seeds led, ahead of cocoa beans, cashew nuts and ginger. Cocoa beans alone brought in about N0.62trn, a figure flattered by prices that, while well off their 2024 peaks, remain high by historical standards. Nigeria is a distant fourth among the world's cocoa producers behind Côte d'Ivoire, Ghana and Ecuador, but its beans are increasingly sought by grinders looking to diversify away from the two dominant origins.",
        "Minister of Industry, Trade and Investment Halima Bello-Nwankwo credited the ministry's export-expansion programme. Exporters we spoke to were more inclined to credit the weaker naira of 2024-25 and better container availability at Onne and Lekki.",
        _h2("Regional trade: still small"),
        "Exports to ECOWAS partners were N1.08trn, 4.7% of the total. Adding the rest of the continent, Nigeria's exports to African countries under the AfCFTA umbrella reached about N1.96trn, or 8.6% of exports. The Manufacturers Association of Nigeria argues, as it has for years, that informal flows across the Benin and Niger borders are badly under-recorded; it puts them at “at least $3 billion a year”, which would change the picture materially if even half of it were captured.",
        _h2("What to watch"),
        "The NBS says it will begin publishing monthly estimates from early 2027, which would finally give traders something closer to real-time data. In the meantime, the Q3 release, due in December, will show whether the import rebound was a one-quarter restocking or the start of a trend. Harbourline Capital's Tolulope Adebanjo-Idowu, who had forecast a surplus closer to N6.5trn for Q2, expects further narrowing.",
    ],
    [("Côte d'Ivoire cocoa: main-crop arrivals outlook", "commodities/cote-divoire-main-crop-outlook"),
     ("Tema vs Lomé: the transhipment race", "ports/tema-vs-lome-transhipment"),
     ("AfCFTA rules of origin: where talks stand", "afcfta/rules-of-origin-talks")],
    visible="Trade data desk · 6 min read", section="Trade data", kicker="Trade data · Nigeria",
    keybox=[("Total trade, Q2", "N38.71trn (+6.3% q/q; +17.9% y/y)"), ("Exports", "N22.84trn"), ("Imports", "N15.87trn"),
            ("Balance", "+N6.97trn (Q1: +N7.15trn)"), ("Crude share of exports", "58.0%"), ("Agri exports", "N1.36trn (+21.5% y/y)")],
    tags=("Nigeria", "Trade data", "Cocoa", "Sesame", "AfCFTA"))

_TR4_URL = "https://ebn.example/business/2026/09/08/nigerias-trade-surplus-dips-as-import-bill-rises-nbs"
_TR4 = _tv_page(
    EBN, _TR4_URL,
    "Nigeria's trade surplus dips as import bill rises - NBS",
    "Imports grew faster than exports in the second quarter, new NBS data show. The government says agricultural exports are a sign of progress.",
    "https://ebn.example/images/2026/09/apapa-trucks.jpg",
    ["Blessing Uzoamaka Eze"],
    [
        "Nigeria earned more from exports in the second quarter of 2026 than in any previous three-month period, but its import bill grew even faster, shrinking the country's trade surplus, according to figures from the National Bureau of Statistics.",
        "The bureau's report, released on Tuesday, put the surplus at N6.97 trillion, down from N7.15 trillion in the first quarter. Exports rose to N22.84 trillion and imports to N15.87 trillion.",
        "Total trade was valued at N38.71 trillion, or about 25 billion dollars.",
        "India remained the biggest buyer of Nigerian goods, while China remained the biggest source of imports.",
        "Finance Minister Halima Bello-Nwankwo told EBN's Business Nigeria programme on Tuesday evening that the numbers showed the government's export drive was paying off, especially in agriculture.",
        "“Look at sesame, look at cashew, look at cocoa. Agricultural exports are up more than 20 per cent in one year. That is money going straight into rural communities,” she said.",
        "She said the rise in imports was largely driven by machinery and equipment, which she described as “the kind of imports that build capacity”.",
        "Economists say the relative stability of the naira this year has encouraged manufacturers who postponed orders for equipment and raw materials during the currency turmoil of 2024 and 2025 to place them again.",
        "AD",
        _h2("Importers feel the squeeze"),
        "At the Apapa port, clearing agents said the figures matched what they were seeing on the ground. Mr Chidiebere Anozie, who clears containers for small importers, said traffic had picked up since April.",
        "“More containers are coming in, mostly machines and spare parts. But duties and charges are still too high for small businesses,” he said.",
        "Crude oil still made up most of Nigeria's export earnings, at about 58 per cent, slightly higher than in the first quarter.",
        "Tolulope Adebanjo-Idowu, head of research at Harbourline Capital, told EBN the export figures were better than her firm had expected. “We had expected the surplus to narrow further. What surprised us was how strongly agriculture performed,” she said.",
        "The Manufacturers Association of Nigeria says the official numbers miss billions of dollars in informal cross-border trade with neighbouring countries.",
        _h2("What the numbers mean"),
        "A trade surplus means Nigeria sold more goods abroad than it bought. Economists watch the figure because it affects the supply of dollars in the economy and, with it, the value of the naira.",
        "The NBS said the full report, with breakdowns by product and country, is available on its website. The next quarterly release is due in December.",
        "In Jigawa State, where sesame has become a major cash crop, farmers told EBN's correspondent that buyers from Asia had been paying higher prices since the start of the season. “Two years ago I planted two hectares. This year I planted six,” said Malam Sani Garba, a farmer in Ringim.",
        "Statistician-General Adeyinka Bamidele has said the bureau plans to begin publishing monthly trade estimates from early 2027.",
    ],
    [("Watch: Finance Minister on Business Nigeria", "shows/business-nigeria/2026-09-08"),
     ("Watch: Inside Apapa port as imports rise", "video/inside-apapa-port-imports"),
     ("Senate confirms new ambassadors", "politics/senate-confirms-ambassadors"),
     ("Kano pillars sign three new players", "sport/kano-pillars-new-signings")],
    published="2026-09-08T19:30:00+01:00", modified="2026-09-08T21:05:00+01:00",
    visible="Tuesday 8 September 2026 · Updated 21:05 WAT", section="Business",
    video_caption="Video: Business Nigeria, the Q2 trade numbers (4:12)",
    tags=("Trade", "NBS", "Economy"))

STORY_4 = _story("tr-HB4", "trade", "2026-09-11",
                 [_page(_TR1_URL, _TR1), _page(_TR2_URL, _TR2), _page(_TR3_URL, _TR3), _page(_TR4_URL, _TR4)],
                 [("Q2 trade surplus", r"(?<![\d.])6\.97\b", r"(?<![\d.])6\.79\b"),
                  ("largest export destination", r"\bindia\b", r"\bspain\b"),
                  ("Halima Bello-Nwankwo's portfolio",
                   r"\b(minister of industry, trade and investment|trade minister|industry minister|industry, trade and investment)\b",
                   r"\b(finance minister|minister of finance)\b")])


# ----------------------------------------------------------------------------
# rk-HB5  Falcon 9 rideshare carries Senegal's KAYOR-1 (CONTROL)
# ----------------------------------------------------------------------------

_RK1_URL = "https://orbitalbeat.example/launches/2026/10/transporter-17-falcon-9-vandenberg-kayor-1-senegal"
_RK1 = _spec_page(
    ORBITALBEAT, _RK1_URL,
    "Falcon 9 launches Transporter-17 rideshare with 97 payloads, including Senegal's KAYOR-1",
    "SpaceX's latest dedicated smallsat rideshare lifted off from Vandenberg late Friday, carrying Senegal's first Earth-observation microsatellite.",
    "https://orbitalbeat.example/media/2026/10/transporter17-liftoff-slc4e.jpg",
    ["Marcus Whitlow"],
    [
        "A SpaceX Falcon 9 rocket lit up the sky over California's Central Coast late Friday night, launching the Transporter-17 rideshare mission with 97 payloads aboard, among them Senegal's KAYOR-1, the West African country's first Earth-observation microsatellite.",
        "Liftoff from Space Launch Complex 4 East (SLC-4E) at Vandenberg Space Force Base came at 11:48 p.m. PDT on Friday, Oct. 9 (06:48 UTC on Oct. 10), at the opening of the launch window. The mission had originally been targeted for Wednesday, Oct. 7, but SpaceX stood down to allow additional checks of the payload dispensers.",
        "Space Launch Delta 30's weather squadron had predicted a 95% chance of favorable conditions, and the forecast held: light winds and only a thin marine layer greeted the launch.",
        _fig("https://orbitalbeat.example/media/2026/10/transporter17-long-exposure.jpg",
             "A long-exposure photo of the Falcon 9 climbing away from Vandenberg on Friday night.", "Photo: OrbitalBeat / Dana Reyes"),
        _h2("Booster lands on its 24th flight"),
        "The first-stage booster, flying for the 24th time, separated about two and a half minutes after liftoff and returned to Landing Zone 4 for a touchdown 7 minutes 30 seconds into the flight, producing the sonic booms that Vandenberg's neighbours have come to expect.",
        "The second stage reached a sun-synchronous orbit of about 520 km (323 miles) before beginning a lengthy deployment sequence. Transporter missions release their customers one after another, and the full sequence took more than two and a half hours.",
        "AD",
        _h2("Senegal's second satellite"),
        "KAYOR-1 separated roughly 82 minutes into the flight, SpaceX's webcast showed. The 6U CubeSat weighs about 26 pounds (12 kilograms) and carries a multispectral camera with a ground resolution better than five metres, which Senegal's space agency, the Agence Sénégalaise d'Études Spatiales (ASES), plans to use to monitor coastal erosion, farmland in the Senegal River valley and illegal fishing.",
        "It is Senegal's second satellite after GAINDESAT-1A, a much smaller 1U CubeSat that flew on a similar Falcon 9 rideshare in August 2024.",
        "“The first one taught us how to build and operate a satellite. This one is about data our ministries can actually use,” ASES Director-General Aissatou Ndiaye Diop said in a pre-launch interview with OrbitalBeat.",
        "The satellite was designed and assembled by a team of Senegalese engineers led by C. T. Mbaye, working with a French university partner, the Occitanie Space Campus. The program cost 2.9 billion CFA francs, or roughly $5.1 million, according to ASES.",
        "ASES said it expected to make first contact with KAYOR-1 on a later pass over its ground station near Dakar.",
        _h2("Who else was aboard"),
        "The 97 payloads on Transporter-17 included commercial radar and optical imaging satellites, radio-frequency geolocation spacecraft, several orbital transfer vehicles that will release their own customers over the coming weeks, and a student-built CubeSat from a Ghanaian university.",
        "The mission was SpaceX's 131st Falcon 9 launch of 2026, the company said.",
    ],
    [("Launch schedule: what's flying this week", "schedule"),
     ("Rocket Lab's Neutron: where the first flight stands", "industry/rocket-lab-neutron-first-flight-status"),
     ("Africa's growing satellite fleet, mapped", "satellites/africa-satellite-fleet-mapped")],
    published="2026-10-10T08:45:00Z", modified="2026-10-10T09:20:00Z",
    visible="October 10, 2026 1:45 a.m. PDT", section="Launches", kicker="Launch report · Vandenberg",
    keybox=[("Vehicle", "Falcon 9 Block 5"), ("Mission", "Transporter-17"), ("Pad", "SLC-4E, Vandenberg SFB"),
            ("Liftoff", "Oct. 9, 11:48 p.m. PDT / Oct. 10, 06:48 UTC"), ("Payloads", "97"), ("Booster landing", "LZ-4")],
    tags=("SpaceX", "Falcon 9", "Rideshare", "Senegal", "CubeSats"), paywall=False)

_RK2_URL = "https://meridianwire.example/science/space/senegal-earth-observation-satellite-reaches-orbit-sends-first-signal-2026-10-10/"
_RK2 = _wire_page(
    MERIDIAN, _RK2_URL,
    "Senegal's Earth-observation satellite reaches orbit, sends first signal",
    "Senegal's KAYOR-1 microsatellite was launched on a SpaceX rocket from California and has made contact with its ground station near Dakar, the national space agency said on Saturday.",
    "https://meridianwire.example/resizer/kayor1-cleanroom.jpg",
    ["Fatou Bintou Sarr"], "DAKAR, Oct 10",
    [
        "Senegal's first Earth-observation satellite reached orbit on Saturday aboard a SpaceX rocket and has sent its first signal to a ground station near Dakar, the country's space agency said.",
        "The KAYOR-1 microsatellite was one of nearly 100 spacecraft on a Falcon 9 rideshare flight that lifted off from Vandenberg Space Force Base in California at 0648 GMT, which was 11:48 p.m. on Friday in California.",
        "It was released into orbit about 1 hour 22 minutes after liftoff, and ground controllers at the agency's station in Diamniadio, outside Dakar, picked up its signal at 0957 GMT, just over three hours after launch, the Senegalese space agency (ASES) said in a statement.",
        "“We heard her voice. KAYOR-1 is alive and healthy,” ASES Director-General Aïssatou Ndiaye Diop told reporters at the ground station, where engineers broke into applause when the first telemetry appeared on their screens.",
        "AD",
        "The 12-kilogram satellite will photograph Senegal's coastline, farmland and fishing grounds from an altitude of about 520 kilometres. Officials say the data will help track coastal erosion, which is eating away at beaches and homes from Saint-Louis to Mbour, and support crop forecasts in the Senegal River valley.",
        "The project cost 2.9 billion CFA francs ($5.1 million), the agency said, and was built by Senegalese engineers with help from a French university partner.",
        "Senegal launched its first satellite, the much smaller GAINDESAT-1A, in August 2024, joining a growing group of African countries with their own spacecraft. Nigeria, Egypt, South Africa, Algeria, Morocco, Kenya, Ghana and Rwanda are among those that have launched satellites.",
        "Higher Education and Research Minister Abdourahmane Sy said the launch showed that “sovereignty in the 21st century also means sovereignty over data”.",
        "Hundreds of students and officials gathered before dawn at the Cité du Savoir, a science complex in Diamniadio, to watch the launch on a giant screen. Some had arrived before 6 a.m.",
        "The satellite was built by a team of 14 engineers led by Cheikh Tidiane Mbaye. Critics of the programme have questioned spending on space at a time of high youth unemployment, but Sy said buying equivalent satellite imagery from foreign suppliers over a decade would cost more than the satellite itself.",
        "The Falcon 9's first stage, which had flown 23 previous missions, landed back at Vandenberg about eight minutes after liftoff.",
        "Engineers will spend the next several weeks testing the satellite's systems before it begins routine imaging, the agency said. The first images are expected before the end of the year.",
        "SpaceX's Transporter rideshare flights, which began in 2021, sell slots on a single rocket to dozens of customers at once, and have become the main route to orbit for small satellites from countries with modest space budgets, including several in Africa.",
    ],
    [("Ghana's cocoa regulator secures syndicated loan", "business/ghana-cocoa-syndicated-loan-2026-10-09/"),
     ("Ivory Coast opposition names presidential hopeful", "world/africa/ivory-coast-opposition-2026-10-08/"),
     ("Nigeria's crude output rises in September, regulator says", "business/energy/nigeria-crude-output-september-2026-10-07/")],
    published="2026-10-10T10:35:00Z", modified="2026-10-10T11:02:00Z",
    visible="October 10, 2026 10:35 AM GMT · Updated October 10, 2026 11:02 AM GMT", section="Science",
    tags=("Senegal", "Space", "Satellites"))

_RK3_URL = "https://dakarobserver.example/science/kayor-1-cheers-at-diamniadio-as-senegals-new-satellite-calls-home"
_RK3 = _paper_page(
    DAKAR_OBS, _RK3_URL,
    "KAYOR-1: cheers at Diamniadio as Senegal's new satellite calls home",
    "Students, engineers and officials watched before dawn as the satellite left California. Three hours later, it made contact.",
    "https://dakarobserver.example/photos/kayor1-watch-party-cite-du-savoir.jpg",
    ["Ndèye Coumba Faye"],
    [
        "The hall at the Cité du Savoir in Diamniadio was still half dark when the first students arrived, shortly after 5:30 in the morning. By the time the countdown reached its final minute, several hundred people were packed in front of the giant screen, many waving small flags.",
        "At 6:48 a.m. Dakar time on Saturday, the Falcon 9 rocket carrying Senegal's KAYOR-1 satellite lifted off from Vandenberg in California, where it was still Friday night. The room erupted.",
        "“I have goosebumps,” said Mariama Diallo, 19, a physics student at Université Cheikh Anta Diop. “When I was in school, space was something for Americans and Russians. Now there is a Senegalese satellite on that rocket.”",
        "The satellite, a microsatellite about the size of a shoebox, was released into orbit at 8:10 a.m., one of some 97 spacecraft from companies and agencies around the world on the same flight. Then came the long wait for the satellite to pass over Senegal.",
        "At 9:57 a.m., the ground station of the Agence Sénégalaise d'Études Spatiales (ASES) received its first signal. Engineers hugged; some wept.",
        _fig("https://dakarobserver.example/photos/ases-engineers-first-signal.jpg",
             "ASES engineers celebrate as the first signal from KAYOR-1 arrives on Saturday morning.", "Photo: Dakar Observer / Pape Malick Ndour"),
        "AD",
        _h2("“Made in Senegal”"),
        "“Today Senegal has its own eyes in space, and these eyes were made in Senegal,” said Mrs Aïssatou Ndiaye Diop, Director-General of ASES, her voice breaking. She thanked the young engineers who, she said, had “worked nights and weekends for two years”.",
        "The project leader, engineer Cheikh Tidiane Mbaye, said the team of fourteen, five of them women, had built and tested KAYOR-1 partly in Dakar and partly at their partner university in the south of France.",
        "“The first satellite was a school. This one is a tool,” Mbaye said. “In a few weeks, when the tests are finished, it will start sending images of our coast, our fields and our fishing zones.”",
        "Weighing 12 kg, KAYOR-1 orbits at about 520 km. Its camera can distinguish objects of around five metres across, enough to follow the retreat of the coastline at Saint-Louis or the spread of rice fields along the river.",
        _h2("2.9 billion CFA francs"),
        "The programme cost 2.9 billion CFA francs (about €4.4 million), financed by the State budget. Prof. Abdourahmane Sy, Minister of Higher Education, Research and Innovation, defended the spending against critics who say the money would be better used elsewhere.",
        "“The images we will buy from abroad over ten years would cost more than this satellite. And the knowledge stays here,” the minister said.",
        "The name KAYOR recalls the historic kingdom of Cayor, which stretched along the coast between Dakar and Saint-Louis. The choice was made after a public vote among secondary-school pupils last year.",
        "Senegal's first satellite, GAINDESAT-1A, was launched in August 2024, also from California. ASES says a third satellite, with radar capabilities, is being studied.",
        "In Kayar, the fishing town north of Dakar, fisherman Modou Guèye followed the launch on his phone. “If this satellite can see the foreign trawlers that come at night, then it is a good satellite,” he said.",
    ],
    [("Coastal erosion: Saint-Louis families relocated again", "senegal/saint-louis-families-relocated"),
     ("Lions of Teranga: new coach announces squad", "sport/lions-of-teranga-squad"),
     ("Dakar Biennale opens next month", "culture/dakar-biennale-opens")],
    visible="DAKAR · Saturday 10 October 2026", section="Science",
    standfirst="First telemetry received at 9:57 a.m., three hours after launch",
    tags=("Space", "ASES", "KAYOR-1", "Science"), role="Science reporter",
    most_read=[("TER: new trains on the Diamniadio-AIBD line", "senegal/ter-new-trains"),
               ("Fishing agreement with EU: what changes", "economy/fishing-agreement-eu")])

STORY_5 = _story("rk-HB5", "rocket", "2026-10-11",
                 [_page(_RK1_URL, _RK1), _page(_RK2_URL, _RK2), _page(_RK3_URL, _RK3)],
                 [])


# ----------------------------------------------------------------------------
# eq-HB6  Offshore earthquake south-west of Accra (CONTROL)
# ----------------------------------------------------------------------------

_EQ1_URL = "https://gctv.example/live/earthquake-accra-tremor-live-updates-nov-3"
_EQ1 = _live_page(
    GCTV, _EQ1_URL,
    "Earthquake hits Accra: live updates",
    "An earthquake centred off the coast south-west of Accra shook the capital and surrounding towns early on Tuesday. Follow the latest.",
    "https://gctv.example/images/2026/11/weija-collapsed-wall.jpg",
    ["Selorm Agbenyega", "Gifty Adomaa Boateng", "Nii Ayi Tagoe"],
    [
        "Earthquake struck offshore about 25 km south-west of central Accra at 2:17 a.m. on Tuesday",
        "USGS revised its magnitude estimate from 5.0 to 4.8; Ghana's Geological Survey Authority puts it at 4.6",
        "NADMO: two people dead, 31 injured as of mid-afternoon",
        "Schools in Weija-Gbawe and Ga South closed on Tuesday and Wednesday for safety checks",
    ],
    [
        ("16:05 GMT", "2026-11-03T16:05:00Z", "We're pausing our live coverage",
         ["We are pausing this live page for now. Our full report will follow on GCTV News at 7 p.m. Thank you for following."]),
        ("15:30 GMT", "2026-11-03T15:30:00Z", "Injured now 31, NADMO says",
         ["NADMO's latest update puts the number of injured at 31, up from 23 this morning, as more people with cuts and fractures reported to clinics in Kasoa and Weija during the day. The death toll remains at two."]),
        ("12:45 GMT", "2026-11-03T12:45:00Z", "Schools closed for two days",
         ["The Ghana Education Service says schools in the Weija-Gbawe and Ga South municipalities will stay closed on Tuesday and Wednesday so engineers can inspect classroom blocks. At least six school buildings are among those reported damaged."]),
        ("10:05 GMT", "2026-11-03T10:05:00Z", "Second death confirmed; 23 injured",
         ["Police have confirmed a second death: a 34-year-old man who was hit by falling blocks from an uncompleted building in Kasoa. NADMO now says 23 people were injured.",
          "NADMO Director-General Abdul-Rahman Issahaku told GCTV that 64 buildings had been damaged, most of them with cracked walls, and that teams were still assessing the coastal communities around Kokrobite and Bortianor."]),
        ("07:40 GMT", "2026-11-03T07:40:00Z", "USGS revises magnitude down to 4.8",
         ["The US Geological Survey has revised its estimate of the quake's magnitude down to 4.8 from the preliminary 5.0, and puts its depth at about 10 km.",
          "Ghana's Geological Survey Authority (GGSA) says its own network measured a local magnitude of 4.6 at a depth of about 12 km. Agencies frequently produce slightly different figures using different methods and station networks."]),
        ("06:10 GMT", "2026-11-03T06:10:00Z", "One dead, 14 injured - NADMO",
         ["The National Disaster Management Organisation (NADMO) says one person has died and 14 have been injured. The woman who died, aged 67, was killed when a compound wall collapsed on her room in Weija.",
          "The GGSA says it has recorded five aftershocks so far, the largest of magnitude 3.1."]),
        ("04:05 GMT", "2026-11-03T04:05:00Z", "USGS: magnitude 5.0 offshore",
         ["The US Geological Survey's preliminary estimate is a magnitude 5.0 earthquake centred offshore about 25 km south-west of Accra. We will update as more information comes in."]),
        ("03:20 GMT", "2026-11-03T03:20:00Z", "Residents pour into streets",
         ["Our reporter in Kasoa says hundreds of residents are standing in the streets, afraid to go back inside. “The whole bed was shaking. I grabbed my children and ran,” one woman told us.",
          "Viewers in Tema, Winneba and Dodowa also say they felt the shaking shortly after 2 a.m."]),
        ("02:40 GMT", "2026-11-03T02:40:00Z", "Reports of strong tremor in Accra",
         ["We are receiving reports of a strong tremor felt across Accra at about 2:17 a.m. Several viewers in Weija, Kasoa and Dansoman say walls cracked and items fell from shelves. Stay with us."]),
    ],
    [("Watch: Drone footage of damage in Weija", "video/drone-footage-weija-damage"),
     ("Earthquakes in Ghana: why Accra shakes", "ghana/why-accra-shakes-explainer"),
     ("What to do during an earthquake", "ghana/what-to-do-during-an-earthquake")],
    published="2026-11-03T02:40:00Z", modified="2026-11-03T16:05:00Z",
    tags=("Earthquake", "Accra", "NADMO", "Weija"))

_EQ2_URL = "https://meridianwire.example/world/africa/earthquake-off-ghana-coast-kills-two-damages-buildings-around-accra-2026-11-03/"
_EQ2 = _wire_page(
    MERIDIAN, _EQ2_URL,
    "Earthquake off Ghana's coast kills two, damages buildings around Accra",
    "A moderate earthquake centred off the coast of Ghana killed two people and injured 23 early on Tuesday, the country's disaster agency said.",
    "https://meridianwire.example/resizer/kasoa-damaged-building.jpg",
    ["Kwesi Appiah-Nartey"], "ACCRA, Nov 3",
    [
        "A moderate earthquake struck off the coast of Ghana early on Tuesday, killing two people, injuring 23 and cracking dozens of buildings in and around the capital Accra, the national disaster agency said.",
        "The U.S. Geological Survey (USGS) said the quake, of magnitude 4.8, hit at 2:17 a.m. local time (0217 GMT) at a depth of 10 km (6 miles), about 25 km (15 miles) south-west of Accra. It had earlier put the magnitude at 5.0.",
        "Ghana's Geological Survey Authority measured it at 4.6 on the local magnitude scale and said it had recorded five aftershocks.",
        "Residents of Accra's western suburbs and the neighbouring town of Kasoa ran into the streets in the dark, and many stayed outside until daybreak.",
        "AD",
        "“It lasted maybe ten seconds, but it felt like a minute,” said Esther Ofori-Atuah, a nurse in the Weija district, whose compound wall collapsed. “Everybody was shouting. We did not know where to go.”",
        "A 67-year-old woman died in Weija when a wall fell onto her room, and a man was killed in Kasoa by blocks falling from an unfinished building, the National Disaster Management Organisation (NADMO) said.",
        "NADMO director-general Abdul-Rahman Zakaria Issahaku said 64 buildings had been damaged, most of them with cracks, and that the agency was still assessing communities along the coast.",
        "The Ghana Education Service closed schools in two municipalities west of the city for two days for inspections.",
        "The shaking was also felt in the port city of Tema, in Winneba to the west and in Dodowa to the north-east, according to residents who contacted local broadcasters.",
        "At the Weija Gbawe Municipal Hospital, staff said most of the injured had cuts, bruises and fractures, some sustained when people jumped from windows or ran down stairs in the dark. Several patients were transferred to the Korle Bu Teaching Hospital in central Accra.",
        "Earthquakes are uncommon in West Africa, but Accra sits near the junction of two geological fault zones and has a history of tremors. An earthquake in 1939 destroyed large parts of the city and killed more than a dozen people. A series of small tremors shook the Weija area in 2018 and 2019.",
        "“This was not a surprise to seismologists. The question has always been when, not whether,” said Akosua Amankwah, head of seismology at the Geological Survey Authority. She urged residents not to return to buildings with large cracks until engineers had checked them.",
        "Engineers have long warned that many buildings in fast-growing suburbs such as Kasoa are put up without permits or structural supervision.",
    ],
    [("Ghana cedi steady ahead of budget", "markets/currencies/ghana-cedi-steady-budget-2026-11-02/"),
     ("Nigeria's central bank governor warns on inflation risks", "business/nigeria-central-bank-inflation-2026-11-02/"),
     ("Ivory Coast cocoa regulator sets export targets", "markets/commodities/ivory-coast-cocoa-targets-2026-11-01/")],
    published="2026-11-03T10:40:00Z", modified="2026-11-03T11:55:00Z",
    visible="November 3, 2026 10:40 AM GMT · Updated November 3, 2026 11:55 AM GMT", section="Africa",
    tags=("Ghana", "Earthquakes", "Disasters"))

_EQ3_URL = "https://accrasentinel.example/news/2026/11/04/earthquake-death-toll-rises-to-three-as-engineers-inspect-damaged-buildings"
_EQ3 = _paper_page(
    SENTINEL, _EQ3_URL,
    "Earthquake: Death toll rises to three as engineers inspect damaged buildings",
    "A 12-year-old boy died at Korle Bu on Tuesday evening. NADMO says 112 buildings were damaged and 41 people treated for injuries.",
    "https://accrasentinel.example/images/2026/11/weija-cracked-classroom.jpg",
    ["Kofi Boadu Ansah", "Akua Dentaa Owusu"],
    [
        "The death toll from Tuesday's earthquake has risen to three after a 12-year-old boy who was trapped under a collapsed kitchen roof in Bortianor died at the Korle Bu Teaching Hospital on Tuesday evening.",
        "The National Disaster Management Organisation (NADMO) said yesterday evening that 41 people had been treated for injuries since the tremor, up from 31 earlier in the day, and that nine of them remained in hospital.",
        "The number of damaged buildings has also risen, to 112, including 11 classroom blocks, as assessment teams reached more coastal communities.",
        "The earthquake, which struck at 2:17 a.m. on Tuesday, was centred offshore about 25 kilometres south-west of Accra. The Ghana Geological Survey Authority (GGSA) measured it at magnitude 4.6, while the United States Geological Survey put it at 4.8, after initially reporting 5.0.",
        _fig("https://accrasentinel.example/images/2026/11/engineers-inspect-kasoa.jpg",
             "Engineers from the Ghana Institution of Engineering inspect a cracked storey building in Kasoa on Tuesday.", "PHOTO: Sentinel/Yaw Bonsu"),
        "AD",
        _h2("Weija worst hit"),
        "Weija and its surrounding communities bore the brunt. The Municipal Chief Executive for Weija-Gbawe, Mr Nii Adjei Tetteh, said 19 of the injured came from his municipality alone, as did more than half of the damaged buildings.",
        "“Most of the houses affected are old compound houses and uncompleted buildings. We are asking people not to sleep in any structure with visible cracks until our engineers have certified it,” he said.",
        "NADMO's Director-General, Alhaji Abdul-Rahman Zakaria Issahaku, said relief items including mattresses, blankets and tents had been distributed to about 240 people whose homes were declared unsafe.",
        _h2("Aftershocks"),
        "The GGSA said it had recorded nine aftershocks by last night, none stronger than magnitude 3.1. The Head of its Seismology Unit, Dr Akosua Serwah Amankwah, said more could follow in the coming days but that they were likely to be weak.",
        "“The fault system off the coast here is known to us. Accra sits close to where the Coastal Boundary Fault meets the Akwapim Fault Zone. We cannot predict earthquakes, but we can make our buildings safer,” she said.",
        "She recalled the June 1939 earthquake, estimated at magnitude 6.5, which killed 17 people and destroyed large parts of the city. Smaller tremors were recorded around Weija in 2018 and 2019.",
        _h2("Building codes"),
        "The President of the Ghana Institution of Engineering, Ing. Mrs Dzifa Amegashie-Kudjoe, said the damage exposed weak enforcement of the national building code.",
        "“A magnitude-five earthquake should not be killing people. What kills people is poor construction,” she said, calling on assemblies to enforce permits and structural inspections in fast-growing areas such as Kasoa, Weija and Gbawe.",
        "Schools in the Weija-Gbawe and Ga South municipalities remain closed today, the second and final day of the closure, while engineers inspect classrooms. The Ghana Education Service said most would reopen tomorrow, except those with damaged blocks.",
        "At the Weija Gbawe Municipal Hospital, where many of the injured were treated, nurses said most patients had cuts, bruises and fractures from falling debris or from jumping out of windows in panic.",
    ],
    [("Editorial: Earthquake is a wake-up call on building permits", "opinion/2026/11/04/editorial-earthquake-wake-up-call"),
     ("What to do in an earthquake: a guide", "news/2026/11/03/what-to-do-in-an-earthquake"),
     ("Photos: The morning after in Kasoa and Weija", "news/2026/11/03/photos-morning-after-kasoa-weija")],
    published="2026-11-04T05:00:00+00:00", modified="2026-11-04T05:00:00+00:00",
    visible="Wednesday, November 4, 2026", section="News",
    standfirst="Nine aftershocks recorded · Schools in two municipalities closed for a second day",
    tags=("Earthquake", "NADMO", "GGSA", "Weija", "Kasoa"), role="Staff writers",
    most_read=[("2027 budget: what to expect", "business/2027-budget-what-to-expect"),
               ("Kotoko extend lead at the top", "sports/kotoko-extend-lead")])

_EQ4_URL = "https://ebn.example/africa/earthquake-in-ghana-tremor-felt-in-lome-nigerians-in-accra-safe-says-mission"
_EQ4 = _tv_page(
    EBN, _EQ4_URL,
    "Earthquake in Ghana: Tremor felt in Lomé, Nigerians in Accra safe, says mission",
    "An earthquake off the Ghanaian coast killed two people and damaged dozens of buildings. Nigeria's mission in Accra says no Nigerians were among the casualties.",
    "https://ebn.example/images/accra-earthquake-residents-outside.jpg",
    ["Tunde Adeyemo-Oke"],
    [
        "Nigeria's High Commission in Accra says no Nigerian citizens have been reported among the victims of an earthquake that struck off the coast of Ghana early on Tuesday.",
        "The quake struck at 3:17 a.m. WAT (2:17 a.m. in Accra), about 25 kilometres south-west of the Ghanaian capital. The United States Geological Survey put its magnitude at 4.8.",
        "As of Tuesday morning, Ghana's National Disaster Management Organisation said two people had been killed and 23 injured, and that dozens of buildings had cracked or partly collapsed in Accra's western suburbs and in Kasoa.",
        "The head of chancery at the High Commission, Mr Olawale Ajibade-Lawson, told EBN that staff had contacted community leaders in Kasoa, Weija and Madina, where many Nigerian traders live.",
        "“So far, we have no report of any Nigerian who was injured or killed. We have opened an emergency line and we urge our citizens to stay calm and to follow the directives of the Ghanaian authorities,” he said.",
        "AD",
        _h2("Felt in Lomé"),
        "Residents of Lomé, the Togolese capital about 200 kilometres east of Accra, reported feeling light shaking. There were no reports of damage in Togo.",
        "The Nigeria Geological Survey Agency (NGSA) said seismic stations in the South-West had recorded the event but that no shaking was reported in Nigeria.",
        "Dr Ifeanyi Chukwuma-Obi of the NGSA said the agency would share its recordings with Ghanaian colleagues to help refine the location and depth of the quake.",
        "A seismologist at the agency, Dr Ifeanyi Chukwuma-Obi, said West Africa was generally stable but not free of earthquakes. “People forget that Abuja experienced tremors in 2018. Our region is not immune, and our building practices do not take that into account,” he said.",
        "In Accra, a Nigerian spare-parts dealer at Abossey Okai, Mr Emeka Ugwuanyi, said he and his neighbours ran out of their building in the dark. “We thought it was a generator exploding, until the ground kept moving,” he told EBN by phone.",
        _h2("Schools shut"),
        "Ghana's education authorities shut schools in two municipalities west of Accra so engineers could check classroom blocks. Ghana's geological survey agency, which measured the quake at 4.6 on its local scale, said there had been several small aftershocks.",
        "EBN's Accra correspondent reports that many residents of Weija spent the rest of the night outdoors after the quake, and that some say they will not return home until engineers inspect their houses.",
        "Earthquakes of this size are rare in West Africa. Ghana's worst recorded quake, in 1939, devastated much of Accra.",
        "Ghana's disaster agency has urged residents to stay away from buildings with visible cracks and to report damage through its toll-free line, while assessment teams continue to visit coastal communities west of Accra.",
        "Nigeria and Ghana have large communities in each other's countries, and the High Commission said it had received dozens of calls from families in Lagos and elsewhere seeking news of relatives. Mr Ajibade-Lawson said the emergency line would stay open through the week.",
    ],
    [("Watch: Residents of Kasoa describe the moment the earth shook", "video/kasoa-residents-earthquake"),
     ("Watch: NGSA on Nigeria's seismic risk", "video/ngsa-nigeria-seismic-risk"),
     ("Lagos-Calabar coastal highway: new section opens", "news/lagos-calabar-highway-section"),
     ("Naira gains at official market", "business/naira-gains-official-market")],
    visible="Updated 2 days ago", section="Africa",
    video_caption="Video: The moment the tremor hit, captured on a Kasoa shop's CCTV (0:48)",
    tags=("Ghana", "Earthquake", "Diaspora"))

STORY_6 = _story("eq-HB6", "earthquake", "2026-11-05",
                 [_page(_EQ1_URL, _EQ1), _page(_EQ2_URL, _EQ2), _page(_EQ3_URL, _EQ3), _page(_EQ4_URL, _EQ4)],
                 [])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
