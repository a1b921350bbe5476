"""Blind story battery, part IB (East Africa) -- written by engineer IB1, 2026-12-07.

Twenty-fourth batch, a precision batch: three control stories with no planted
disagreement at all, three stories with two or three planted contradictions
each, and plenty of legitimate variation everywhere.  All outlets, reporters,
most officials, companies and numbers are invented.

cb-IB1  central bank -- Bank of Uganda cuts the Central Bank Rate 9.75% -> 9.50%
        on Wednesday 4 March 2026.  PLANTED:
          * MPC vote split: 6-1 / "six to one" everywhere, but the Kampala
            Ledger (regional paper) says 5-2.
          * name spelling: deputy governor Adong Nakiryowa everywhere, but
            Kagera Business Review (specialist site) spells her Nakiriowa.
          * figure: February headline inflation 3.4% everywhere, but the
            Kagera Business Review says 3.9%.
        Traps: old rate vs new rate; 25 basis points vs "a quarter point";
        11:00 local vs 0800 GMT; core inflation 3.6% vs headline; January
        headline 3.1%; 5% target; growth forecast range 6.5-7% vs point 6.3%
        for last fiscal year; shilling at about 3,650/USD with dollar
        conversions; "Governor" vs "governor of the central bank" wording;
        governor's name with and without middle name; quotes excerpted; next
        meeting date (planned) vs this meeting; earlier cut in December.

el-IB2  election -- Kenyan parliamentary by-election in (invented) Kochia East,
        Homa Bay County, Thursday 23 July 2026.  CONTROL.
        Traps: live blog with partial tallies (112 of 146 polling stations)
        growing to final declaration; declaration at 2:40 a.m. EAT Friday =
        23:40 GMT Thursday; turnout 41.6% constituency-wide vs 47.9% in one
        ward vs 2022 general-election turnout 63.2%; "41.6%" vs "about 42%" vs
        "just over two in five"; winner's name with/without middle name;
        margin stated as figure and in words; "IEBC returning officer" vs
        "the commission's returning officer"; rejected ballots; registered
        voters rounded; previous MP's 2022 vote share.

ct-IB3  court -- Kenya High Court strikes down the digital services
        "platform levy" regulations, Thursday 16 April 2026.  PLANTED:
          * weekday vs date: ruling given Thursday (16 April) everywhere, but
            Pwani Daily Mirror (regional paper) says "on Wednesday".
          * title: Eliud Kanyari is the ICT Cabinet Secretary everywhere, but
            Savanna Broadcasting (broadcaster) calls him Principal Secretary.
          * figure: the levy was 1.5% of gross transaction value everywhere,
            but Savanna Broadcasting says 2.5%.
        Traps: petition filed November 2025 vs ruling date; judgment reserved
        on Tuesday 24 February; KSh 6.8 billion collected vs "about $52
        million"; 142-page judgment vs "more than 140 pages"; orders suspended
        30 days vs "a month"; three-judge bench; judges' names with/without
        middle names; "yesterday" in a Friday newspaper; the earlier 2024
        draft rate of 2% mentioned as a proposal; 2.0 million vs 2 million
        merchants, attributed estimates; appeal "within 14 days" (planned).

tr-IB4  trade -- Ethiopia's coffee export earnings for the first nine months
        (July-March) of fiscal 2025/26.  CONTROL.
        Traps: preliminary $1.49bn (earlier outlet) revised to $1.52bn and
        said to be revised; tonnes vs metric tons, 298,400 vs "nearly 300,000";
        same period last year $1.09bn; full-year target $2.1bn vs outcome to
        date; March alone as part of the whole; birr conversions; Ethiopian
        calendar fiscal year 2018 E.C. vs 2025/26; percentage change vs
        percentage-point share change; attributed exporter estimates;
        "Director General" vs "head of the authority".

rk-IB5  rocket -- suborbital test flight of Savanna Orbital's Kipepeo-2 from
        the Luigi Broglio Space Centre off Malindi, Kenya, Wednesday 20 May
        2026 after a Tuesday scrub.  PLANTED:
          * clock time: liftoff at 6:42 a.m. local everywhere, but Coastline
            Tech Dispatch (specialist site) says 7:42 a.m. local time.
          * duration: engine burn of 48 seconds everywhere, but Coastline Tech
            Dispatch says 68 seconds.
          * place: launched from the San Marco platform everywhere, but the
            Horn and Coast Live blog says the Santa Rita platform.
        Traps: 06:42 EAT vs 03:42 UTC; apogee 112 km vs "about 70 miles";
        preliminary apogee "more than 100 km" vs tracked figure; previous
        flight (Kipepeo-1, 38 km, 2025); planned Tuesday vs actual Wednesday;
        window opening time vs liftoff; total flight 8 min 51 s vs "just
        under nine minutes"; splashdown 64 km offshore vs "about 40 miles";
        Mach 4.8 vs "nearly five times the speed of sound"; chief executive's
        name with/without middle name; Tuesday scrub "at 7:55 a.m." vs "shortly
        before 8 a.m."; recovery about 8:15 a.m.

eq-IB6  earthquake -- magnitude 5.8 earthquake near Kasese, western Uganda,
        at 1:12 a.m. local on Sunday 14 June 2026 (22:12 GMT Saturday).
        CONTROL.
        Traps: Saturday (GMT) vs Sunday (local); preliminary magnitude 6.0
        revised to 5.8 and said to be revised; local agency's 5.6 attributed;
        death toll growing 4 -> 9 -> 11 with publication times; injured
        growing; depth 10 km vs "about six miles"; 22 km vs "14 miles";
        aftershocks "more than 20" then "at least 35"; houses damaged
        "about 300" vs 312; 1994 quake magnitude 6.2 as history; "state
        minister for disaster preparedness" vs "minister of state for relief".

Pages without machine-readable dates (visible date or "Updated 3 hours ago" only):
Kampala Ledger (cb), Homa Bay Weekly (el), Pwani Daily Mirror (ct), Addis Herald
(tr), The Coast Courier (rk), Nile Basin Television (eq).
"""

from __future__ import annotations

import json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "IB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# helpers shared by the page templates
# ---------------------------------------------------------------------------

def _paras(text: str) -> list[str]:
    """Split prose on blank lines; blocks starting with '<' are raw HTML."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if not block:
            continue
        out.append(block if block.startswith("<") else f"<p>{block}</p>")
    return out


def _with_ads(blocks: list[str], ad_html: str, every: int = 4) -> str:
    out = []
    for i, b in enumerate(blocks, 1):
        out.append(b)
        if i % every == 0 and i < len(blocks):
            out.append(ad_html)
    return "\n".join(out)


def _jsonld(m: dict) -> str:
    d = {
        "@context": "https://schema.org",
        "@type": m.get("ld_type", "NewsArticle"),
        "headline": m["headline"],
        "description": m["desc"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": m["url"]},
        "image": [m.get("image", f"https://{m['domain']}/media/lead.jpg")],
        "author": [{"@type": "Person", "name": a} for a in m["authors"]]
        or [{"@type": "Organization", "name": m["site"]}],
        "publisher": {"@type": "Organization", "name": m["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{m['domain']}/static/logo.png"}},
        "articleSection": m.get("section", "News"),
        "inLanguage": "en",
    }
    if m.get("published"):
        d["datePublished"] = m["published"]
    if m.get("modified"):
        d["dateModified"] = m["modified"]
    return ('<script type="application/ld+json">'
            + json.dumps(d, ensure_ascii=False, indent=1) + "</script>")


def _head(m: dict, css: str) -> str:
    meta_dates = ""
    if m.get("published"):
        meta_dates += f'<meta property="article:published_time" content="{m["published"]}">\n'
    if m.get("modified"):
        meta_dates += f'<meta property="article:modified_time" content="{m["modified"]}">\n'
    ld = _jsonld(m) if m.get("jsonld", True) and m.get("published") else ""
    tags = "".join(f'<meta property="article:tag" content="{t}">\n' for t in m.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{m['headline']} | {m['site']}</title>
<meta name="description" content="{m['desc']}">
<link rel="canonical" href="{m['url']}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{m['site']}">
<meta property="og:title" content="{m['headline']}">
<meta property="og:description" content="{m['desc']}">
<meta property="og:url" content="{m['url']}">
<meta property="og:image" content="{m.get('image', f"https://{m['domain']}/media/lead.jpg")}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@{m['domain'].split('.')[0]}">
<meta property="article:section" content="{m.get('section', 'News')}">
{tags}{meta_dates}<link rel="stylesheet" href="https://{m['domain']}/assets/{css}">
<link rel="icon" href="https://{m['domain']}/favicon.ico">
{ld}
</head>"""


def _related(items, title="Related") -> str:
    lis = "\n".join(f'<li><a href="{u}">{t}</a></li>' for t, u in items)
    return f'<aside class="related"><h3>{title}</h3><ul>\n{lis}\n</ul></aside>'


def _share(url: str, cls: str = "share") -> str:
    return (f'<div class="{cls}"><span>Share this story</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
            f'<a href="https://twitter.com/intent/tweet?url={url}">X</a>'
            f'<a href="https://wa.me/?text={url}">WhatsApp</a>'
            f'<a href="mailto:?body={url}">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _byline(authors) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


# ---------------------------------------------------------------------------
# page templates, one per outlet kind
# ---------------------------------------------------------------------------

def _wire(m: dict) -> str:
    """Wire service: sparse page, dateline lead, editing credits."""
    pub_time = (f'<time datetime="{m["published"]}">{m["visible_date"]}</time>'
                if m.get("published") else f'<span class="date">{m["visible_date"]}</span>')
    body = _with_ads(_paras(m["body"]), '<div class="ad-inline" data-slot="mid">Advertisement</div>', 5)
    return f"""{_head(m, 'wire.css')}
<body class="wire-story">
<div id="consent" class="cookie-bar">We use cookies to personalise content and measure traffic.
<button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Privacy policy</a></div>
<header class="wire-top"><a class="logo" href="https://{m['domain']}/">{m['site']}</a>
<nav><a href="/world">World</a> <a href="/africa">Africa</a> <a href="/business">Business</a>
<a href="/markets">Markets</a> <a href="/science">Science</a> <a href="/pictures">Pictures</a></nav>
<a class="subscribe" href="/professional">For professionals</a></header>
<main>
<article>
<p class="kicker">{m.get('section', 'World')}</p>
<h1>{m['headline']}</h1>
<div class="meta"><span class="by">By {_byline(m['authors'])}</span> &middot; {pub_time}
<span class="read">{m.get('read', '4 min read')}</span></div>
{_share(m['url'], 'share-row')}
<div class="story-body">
{body}
</div>
<p class="credits">{m.get('credits', '')}</p>
<p class="standards"><a href="/trust-principles">Our Standards: The Trust Principles.</a></p>
</article>
{_related(m.get('related', []), 'Read next')}
</main>
<footer class="wire-foot"><p>&copy; 2026 {m['site']}. All rights reserved.</p>
<nav><a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a>
<a href="/accessibility">Accessibility</a> <a href="/contact">Contact</a></nav></footer>
</body>
</html>"""


def _paper(m: dict) -> str:
    """National newspaper: heavy chrome, standfirst, caption, newsletter."""
    pub = (f'<time class="pub" datetime="{m["published"]}">{m["visible_date"]}</time>'
           if m.get("published") else f'<span class="pub">{m["visible_date"]}</span>')
    ad = ('<div class="advert advert--mpu"><p class="advert__label">Advertisement</p>'
          '<div class="advert__slot" id="mpu-2"></div></div>')
    body = _with_ads(_paras(m["body"]), ad, 4)
    return f"""{_head(m, 'paper.min.css')}
<body class="article-page">
<div class="cookie-consent" role="dialog"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
<button class="cookie-consent__ok">OK, got it</button><a href="/cookie-policy">Manage settings</a></div>
<div class="advert advert--leaderboard"><p class="advert__label">Advertisement</p><div id="top-banner"></div></div>
<header class="masthead">
<div class="masthead__date">{m.get('masthead_date', '')}</div>
<a class="masthead__logo" href="https://{m['domain']}/">{m['site']}</a>
<nav class="masthead__nav"><a href="/news">News</a><a href="/business">Business</a><a href="/politics">Politics</a>
<a href="/counties">Counties</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/lifestyle">Lifestyle</a>
<a href="/epaper">ePaper</a></nav>
<a class="btn-subscribe" href="/subscribe">Subscribe</a> <a class="btn-login" href="/login">Sign in</a>
</header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/{m.get('section', 'news').lower()}">{m.get('section', 'News')}</a></li></ol>
<article class="story">
<h1 class="story__headline">{m['headline']}</h1>
<p class="story__standfirst">{m['desc']}</p>
<div class="story__byline">By <a href="/authors/">{_byline(m['authors'])}</a>
<span class="story__role">{m.get('role', '')}</span> {pub}</div>
{_share(m['url'], 'story__share')}
<figure class="story__lead-image"><img src="{m.get('image', f"https://{m['domain']}/media/lead.jpg")}" alt="">
<figcaption>{m.get('caption', '')}</figcaption></figure>
<div class="story__body">
{body}
</div>
<div class="story__tags">{' '.join(f'<a href="/tag/{t.lower().replace(" ", "-")}">{t}</a>' for t in m.get('tags', []))}</div>
<div class="newsletter-signup"><h4>Get the morning briefing</h4>
<p>The day's biggest stories in your inbox before 6am.</p>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
<div class="comments-teaser"><a href="#comments">{m.get('comments', 'Comments')}</a></div>
</article>
{_related(m.get('related', []), 'More on this story')}
<aside class="most-read"><h3>Most read</h3><ol>{''.join(f'<li><a href="{u}">{t}</a></li>' for t, u in m.get('most_read', []))}</ol></aside>
</main>
<footer class="site-footer"><p>&copy; 2026 {m['site']}. Reproduction without permission is prohibited.</p>
<nav><a href="/about">About us</a><a href="/advertise">Advertise</a><a href="/careers">Careers</a>
<a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav></footer>
</body>
</html>"""


def _broadcast(m: dict) -> str:
    """Broadcaster: video block, key points, watch-live bar."""
    pub = (f'<time datetime="{m["published"]}" data-relative="true">{m["visible_date"]}</time>'
           if m.get("published") else f'<span class="ts">{m["visible_date"]}</span>')
    kp = "".join(f"<li>{k}</li>" for k in m.get("key_points", []))
    ad = '<div class="dfp-ad" data-pos="inarticle"><small>Advertisement</small></div>'
    body = _with_ads(_paras(m["body"]), ad, 3)
    return f"""{_head(m, 'bc-app.css')}
<body class="bc bc-article">
<div class="gdpr-banner">We and our partners use cookies and similar technologies.
<button data-action="accept">I agree</button><button data-action="options">More options</button></div>
<div class="watch-live-bar"><a href="/live-tv">&#9679; Watch live TV</a> <a href="/radio">Listen to radio</a></div>
<header class="bc-header"><a class="bc-logo" href="https://{m['domain']}/">{m['site']}</a>
<nav><a href="/news">News</a><a href="/news/africa">Africa</a><a href="/business">Business</a>
<a href="/tech">Tech</a><a href="/video">Video</a><a href="/programmes">Programmes</a></nav></header>
<main>
<article class="bc-story">
<h1>{m['headline']}</h1>
<div class="bc-meta">{pub} <span class="bc-author">{_byline(m['authors'])}</span></div>
<div class="bc-video"><div class="player" data-id="{m.get('video_id', 'v0000')}"></div>
<p class="bc-video__caption">{m.get('caption', '')}</p></div>
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<div class="bc-body">
{body}
</div>
{_share(m['url'], 'bc-share')}
</article>
{_related(m.get('related', []), 'Also on ' + m['site'])}
<div class="bc-newsletter"><p>Breaking news alerts, straight to your phone. <a href="/apps">Get the app</a></p></div>
</main>
<footer class="bc-footer"><p>&copy; {m['site']} 2026</p>
<a href="/complaints">Complaints</a> <a href="/editorial-policy">Editorial policy</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>"""


def _live(m: dict) -> str:
    """Live blog: timestamped entries, newest first, pinned summary."""
    entries = []
    for stamp, heading, text in m["entries"]:
        h = f"<h3>{heading}</h3>" if heading else ""
        entries.append(f'<div class="lb-entry"><span class="lb-time">{stamp}</span>{h}\n'
                       + "\n".join(_paras(text)) + "</div>")
    pub = (f'<time datetime="{m["published"]}">{m["visible_date"]}</time>'
           if m.get("published") else f'<span class="lb-updated">{m["visible_date"]}</span>')
    summary = "".join(f"<li>{s}</li>" for s in m.get("summary", []))
    ad = '<div class="lb-ad">Advertisement<div class="lb-ad__slot"></div></div>'
    joined = []
    for i, e in enumerate(entries, 1):
        joined.append(e)
        if i % 4 == 0 and i < len(entries):
            joined.append(ad)
    return f"""{_head(m, 'live.css')}
<body class="liveblog">
<div class="cookie-notice">Cookies help us deliver our services. <a href="/cookies">Learn more</a> <button>Got it</button></div>
<header class="top"><a class="brand" href="https://{m['domain']}/">{m['site']}</a>
<nav><a href="/live">Live</a><a href="/news">News</a><a href="/region">Region</a><a href="/money">Money</a><a href="/watch">Watch</a></nav></header>
<main>
<div class="lb-header"><span class="lb-badge">LIVE</span>
<h1>{m['headline']}</h1>
<p class="lb-standfirst">{m['desc']}</p>
<p class="lb-meta">{pub} &middot; <span>{_byline(m['authors'])}</span></p></div>
<section class="lb-summary"><h2>Summary</h2><ul>{summary}</ul></section>
{_share(m['url'], 'lb-share')}
<section class="lb-feed">
{chr(10).join(joined)}
</section>
<div class="lb-signup"><p>Follow our live coverage on WhatsApp</p><a href="/whatsapp">Join channel</a></div>
{_related(m.get('related', []), 'Latest')}
</main>
<footer><p>&copy; 2026 {m['site']}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>"""


def _trade(m: dict) -> str:
    """Specialist / trade site: paywall teaser, data box, sponsor slot."""
    pub = (f'<time datetime="{m["published"]}" itemprop="datePublished">{m["visible_date"]}</time>'
           if m.get("published") else f'<span class="posted">{m["visible_date"]}</span>')
    factbox = ""
    if m.get("factbox"):
        rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in m["factbox"])
        factbox = f'<table class="factbox"><caption>{m.get("factbox_title", "At a glance")}</caption>{rows}</table>'
    ad = '<div class="sponsor-slot"><em>Advertisement</em> <span>Sponsored content</span></div>'
    body = _with_ads(_paras(m["body"]), ad, 5)
    return f"""{_head(m, 'spec.css')}
<body class="post-template">
<div class="cc-window">This website uses cookies to ensure you get the best experience.
<a class="cc-btn" href="#">Allow cookies</a> <a class="cc-deny" href="#">Decline</a></div>
<header class="site-header"><a class="site-title" href="https://{m['domain']}/">{m['site']}</a>
<span class="tagline">{m.get('tagline', '')}</span>
<nav><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/data">Data</a>
<a href="/events">Events</a><a href="/jobs">Jobs</a><a href="/membership">Membership</a></nav></header>
<main class="post">
<p class="post-cat">{m.get('section', 'News')}</p>
<h1 class="post-title">{m['headline']}</h1>
<p class="post-excerpt">{m['desc']}</p>
<p class="post-meta">By {_byline(m['authors'])} | {pub}</p>
{factbox}
<div class="post-content">
{body}
</div>
<div class="paywall-teaser"><p>Members get our weekly data briefing. <a href="/membership">Join today</a></p></div>
{_share(m['url'], 'post-share')}
<div class="author-box"><p>{m.get('author_bio', '')}</p></div>
{_related(m.get('related', []), 'You might also like')}
</main>
<footer class="site-footer"><p>&copy; 2026 {m['site']} &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise with us</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>"""


def _regional(m: dict) -> str:
    """Regional paper: older CMS, table-ish layout, print dateline."""
    pub = (f'<time datetime="{m["published"]}">{m["visible_date"]}</time>'
           if m.get("published") else f'<span class="dt">{m["visible_date"]}</span>')
    ad = '<center><div class="adbox">ADVERTISEMENT</div></center>'
    body = _with_ads(_paras(m["body"]), ad, 4)
    return f"""{_head(m, 'style2.css')}
<body>
<div id="cookiebar">By using this site you accept cookies. <a href="/cookies.html">Read more</a> <a href="#" id="cb-close">[x]</a></div>
<table class="topbar" width="100%"><tr><td><a href="https://{m['domain']}/"><img src="/img/masthead.gif" alt="{m['site']}"></a></td>
<td class="ad-top">Advertisement</td></tr></table>
<div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/region">Region</a> | <a href="/business">Business</a>
| <a href="/sports">Sports</a> | <a href="/features">Features</a> | <a href="/letters">Letters</a> | <a href="/classifieds">Classifieds</a></div>
<div id="content">
<div id="article">
<h1>{m['headline']}</h1>
<div class="byline">{('By ' + _byline(m['authors'])) if m['authors'] else ''} {m.get('place', '')}</div>
<div class="dateline">{pub}</div>
<div class="photo"><img src="{m.get('image', '/img/story.jpg')}" alt=""><div class="cap">{m.get('caption', '')}</div></div>
{body}
<div class="share">Share: <a href="https://www.facebook.com/sharer/sharer.php?u={m['url']}">Facebook</a> | <a href="https://wa.me/?text={m['url']}">WhatsApp</a> | <a href="javascript:window.print()">Print</a></div>
</div>
<div id="sidebar">{_related(m.get('related', []), 'Other stories')}
<div class="newsletter">Get our weekly digest: <input type="text" name="email"> <input type="submit" value="Subscribe"></div>
<div class="adbox">Advertisement</div></div>
</div>
<div id="footer">{m['site']} &copy; 2026 | <a href="/contact.html">Contact</a> | <a href="/privacy.html">Privacy</a> | <a href="/advertise.html">Advertise</a></div>
</body>
</html>"""


# ===========================================================================
# cb-IB1 -- Bank of Uganda rate cut, Wednesday 4 March 2026
# ===========================================================================

_CB1_WIRE = _wire({
    "site": "Equatorial Wire Service", "domain": "equatorialwire.example",
    "url": "https://equatorialwire.example/africa/uganda-cenbank-rate-2026-03-04/",
    "headline": "Uganda's central bank trims key rate to 9.50% as inflation stays below target",
    "desc": "Bank of Uganda cuts Central Bank Rate by 25 basis points in its second reduction in three months.",
    "authors": ["Denis Okwir-Lakor"], "section": "Africa",
    "published": "2026-03-04T09:12:00Z", "modified": "2026-03-04T10:05:00Z",
    "visible_date": "March 4, 2026 12:12 PM GMT+3 Updated 1 hour ago",
    "tags": ["Uganda", "Central banks", "Interest rates"],
    "credits": "Reporting by Denis Okwir-Lakor; Additional reporting by Brenda Atim in Kampala; Editing by Hannah Mwakilema",
    "related": [("Kenya's central bank holds rate, flags food price risks", "https://equatorialwire.example/africa/kenya-rate-hold/"),
                ("Uganda shilling steady as coffee receipts flow in", "https://equatorialwire.example/markets/ugx-steady/"),
                ("Tanzania keeps policy rate unchanged in January", "https://equatorialwire.example/africa/tz-rate-jan/")],
    "body": """
KAMPALA, March 4 (EWS) - The Bank of Uganda cut its benchmark Central Bank Rate by 25 basis
points to 9.50% on Wednesday, its second reduction in three months, saying inflation was likely
to stay below its 5% medium-term target for most of the year.

The decision, announced at 11 a.m. local time at the bank's headquarters on Kampala Road, was
taken by a six-to-one vote of the Monetary Policy Committee, Governor Patrick Kalule told
reporters. One member preferred to keep the rate at 9.75%, he said, without naming the dissenter.

Annual headline inflation edged up to 3.4% in February from 3.1% in January, according to the
Uganda Bureau of Statistics, while core inflation, which strips out food crops, energy, fuel and
utilities, stood at 3.6%.

"The balance of risks to the inflation outlook has tilted to the downside," Kalule said. "Demand
is recovering, but not at a pace that threatens price stability, and we think there is room to
support credit to the private sector."

Seven of nine economists polled by EWS last week had expected a cut of this size; two had
forecast no change.

The bank lowered the rate from 10.00% to 9.75% in December, ending more than a year on hold that
followed a tightening cycle begun in 2022, when inflation climbed above 10%.

Deputy Governor Adong Nakiryowa said the committee had looked closely at the shilling, which has
traded in a narrow band of roughly 3,640 to 3,670 per dollar since January, supported by coffee
and gold export receipts and by foreign buying of government bonds.

"We are not targeting the exchange rate, but we watch it because it feeds into the prices of
imported goods," she said.

The central bank kept its forecast for economic growth in the 2025/26 fiscal year, which ends in
June, at 6.5% to 7%, up from 6.3% in 2024/25. It expects first crude oil output from the Lake
Albert fields to lift growth further the following year, although officials have cautioned that
the timetable could slip.

Commercial lenders have been slow to pass on lower policy rates. The weighted average lending rate
on shilling loans was 17.8% in January, central bank data show, barely changed from a year earlier.

"Transmission is sticky," said Ruth Akello Opio, chief economist at Kampala-based Equator Capital
Partners. "Banks are still pricing in credit losses from the last two years. A quarter point
helps the mood, but it won't move lending rates much on its own."

The bank left the band around the Central Bank Rate unchanged at plus or minus 2 percentage
points and kept the rediscount rate at 3 percentage points above the CBR, it said in a statement.

Finance ministry officials are due to read the 2026/27 budget in June, and the central bank said
it would watch whether plans to raise domestic borrowing put upward pressure on Treasury yields.

Uganda's neighbours have taken differing paths. Kenya's central bank held its rate at its February
meeting, while Tanzania's kept its rate steady in January, citing food prices.

The Monetary Policy Committee is next scheduled to meet in early May.
""",
})

_CB1_TV = _broadcast({
    "site": "Nile Basin Television", "domain": "nbtv.example",
    "url": "https://nbtv.example/news/business/bank-of-uganda-cuts-rate-to-9-5-percent",
    "headline": "Bank of Uganda lowers lending benchmark a quarter point to 9.5 percent",
    "desc": "The central bank says inflation remains contained and it wants cheaper credit for businesses.",
    "authors": ["Sharon Nabukeera", "Ivan Ochen"], "section": "Business",
    "published": "2026-03-04T14:30:00+03:00",
    "visible_date": "4 March 2026, 14:30 EAT",
    "video_id": "nbtv-bou-0304",
    "caption": "WATCH: Governor Kalule explains the committee's decision",
    "key_points": ["The Central Bank Rate falls from 9.75% to 9.5%",
                   "The Monetary Policy Committee voted six to one in favour",
                   "Headline inflation was 3.4% in February, below the 5% target"],
    "related": [("Traders in Kikuubo say loans remain out of reach", "https://nbtv.example/news/kikuubo-loans"),
                ("Explainer: how the Central Bank Rate works", "https://nbtv.example/explainers/cbr"),
                ("Coffee earnings hit record in January", "https://nbtv.example/news/coffee-record")],
    "body": """
The Bank of Uganda has reduced its main policy rate by a quarter of a percentage point, from
9.75 percent to 9.5 percent, in a move the governor said was meant to make borrowing cheaper for
businesses and households at a time when prices are rising only slowly.

The decision was read out at 11:00 a.m. (0800 GMT) on Wednesday by Dr Patrick Ssemwogerere Kalule,
the governor of the central bank, after a two-day meeting of the Monetary Policy Committee. Six
members backed the cut and one voted to hold, he said.

"The balance of risks to the inflation outlook has tilted to the downside," the governor said,
adding that the committee saw "room to support credit to the private sector" without putting its
inflation target at risk.

Figures released last week by the Uganda Bureau of Statistics showed annual headline inflation at
3.4 percent in February, up slightly from 3.1 percent in January. The bank targets core inflation
of 5 percent over the medium term; core inflation stood at 3.6 percent last month.

It is the second cut since December, when the committee lowered the rate by the same margin from
10 percent.

Deputy Governor Adong Nakiryowa told journalists that the shilling had been stable, trading at
about 3,650 to the US dollar, and that foreign reserves were enough to cover more than four
months of imports.

At the Uganda Bankers' Association, executive director Wilberforce Mukasa Tumusiime welcomed the
cut but said lenders needed time. "Our members will review their pricing, but you must remember
that bad loans went up sharply in the last two years. The cost of risk has not disappeared
overnight," he said.

Traders who spoke to NBTV in downtown Kampala were unconvinced that the cut would reach them soon.
Hajji Musa Kateregga, who imports household goods through Mombasa, said his bank was still
charging him close to 19 percent on a working-capital loan.

"Every time they say the rate has come down, we go to the bank and the bank says wait," he said.
"We are still waiting from December."

Economists say the move signals that the central bank is comfortable with the inflation path
ahead of the budget, which will be read in June. Ruth Opio of Equator Capital Partners said the
bank was "easing carefully, a quarter point at a time", and that a further cut in May could not
be ruled out if food prices stayed calm after the March to May rains.

The central bank expects the economy to grow by between 6.5 and 7 percent in the current
financial year, compared with 6.3 percent last year.

The committee will meet again in May. Its decisions are announced at a press conference and
published on the bank's website the same day.
""",
})

_CB1_LEDGER = _regional({
    "site": "The Kampala Ledger", "domain": "kampalaledger.example",
    "url": "https://kampalaledger.example/news/2026/03/bou-cuts-cbr-again-borrowers-wait.html",
    "headline": "BoU cuts CBR again, but borrowers told to be patient",
    "desc": "Central bank lowers its key rate to 9.5% for the second time in three months.",
    "authors": ["Gloria Kyomuhendo"], "section": "Business",
    "published": None,
    "visible_date": "Thursday, March 5, 2026",
    "place": "Kampala",
    "caption": "Bank of Uganda headquarters on Kampala Road. FILE PHOTO",
    "related": [("City traders count cost of new market dues", "https://kampalaledger.example/news/2026/03/market-dues.html"),
                ("SACCO members demand audit in Mukono", "https://kampalaledger.example/news/2026/03/sacco-audit.html"),
                ("Fuel prices dip at the pump", "https://kampalaledger.example/business/2026/03/fuel-dip.html")],
    "body": """
The Bank of Uganda yesterday lowered its Central Bank Rate (CBR) to 9.5 percent from 9.75 percent,
the second quarter-point cut since December, but bankers warned that borrowers may wait months
before they see cheaper loans.

Governor Patrick Kalule said the Monetary Policy Committee voted 5-2 for the cut, with two members
arguing that the bank should wait for clearer signs on food prices before easing again.

"We have considered the risks on both sides. On balance, the committee has decided that a
reduction is appropriate," Dr Kalule said at the bank's headquarters, where the decision was
announced at 11am.

Inflation, he said, remained well below the bank's target of 5 percent. Headline inflation rose
to 3.4 percent in February from 3.1 percent in January, according to the Uganda Bureau of
Statistics, partly because of higher prices of matooke and beans in Kampala markets after a dry
January. Core inflation stood at 3.6 percent.

The CBR is the rate at which the central bank signals the cost of money to commercial banks. When
it falls, banks are expected in time to reduce what they charge customers, but that has not
always happened quickly.

At a boda boda stage in Wandegeya, rider Ronald Ssali said he took a loan of Shs4 million to buy
his motorcycle last year and was paying interest of 24 percent. "They told us the rates came down
in December. Nobody called me to say my instalment is reduced," he said.

Mr Julius Byaruhanga, who manages a savings group in Nansana, said members were borrowing from
their SACCO instead of banks. "The SACCO charges us 1.5 percent a month. For a small trader that is
easier to plan for than a bank loan," he said.

Deputy Governor Adong Nakiryowa said the bank would keep an eye on the shilling, which has been
steady at about Shs3,650 to the dollar. She said a stable currency had helped to keep down prices
of imported fuel and building materials.

Economists said the cut was expected. Ms Ruth Akello Opio, the chief economist at Equator Capital
Partners, said the bank was easing slowly because it did not want to be caught out if the rains
failed. "They are moving in small steps. A quarter point in December, a quarter point now. If the
season is good, May could bring another," she said.

Bank lending rates averaged 17.8 percent in January, almost the same as a year earlier, according
to central bank data. The bank has said it will publish more detailed figures on how each lender
prices loans, in an effort to push banks to pass on cuts.

The economy is forecast to grow by 6.5 to 7 percent in the 2025/26 financial year, the central bank
said, after growth of 6.3 percent last year.

The next Monetary Policy Committee meeting is scheduled for May. The bank did not give an exact
date.

Meanwhile, the Uganda Bankers' Association said its members would "review their pricing" in the
coming weeks. The association's executive director, Mr Wilberforce Tumusiime, said lenders were
still dealing with non-performing loans that rose sharply during 2024 and 2025.
""",
})

_CB1_REVIEW = _trade({
    "site": "Kagera Business Review", "domain": "kagerabusiness.example",
    "url": "https://kagerabusiness.example/markets/uganda-mpc-march-2026-what-it-means-for-bond-investors",
    "headline": "Uganda MPC: a second quarter-point cut and what it means for bond investors",
    "desc": "The Bank of Uganda took the CBR to 9.50%. Yields at the long end have already moved.",
    "authors": ["Thomas Mugenyi"], "section": "Markets",
    "published": "2026-03-05T07:45:00+03:00",
    "visible_date": "5 Mar 2026, 07:45",
    "tagline": "Markets, money and trade across the Great Lakes",
    "factbox_title": "Bank of Uganda, March 2026 decision",
    "factbox": [("Central Bank Rate", "9.50% (previous 9.75%)"), ("MPC vote", "6-1"),
                ("Headline inflation, Feb", "3.9%"), ("Core inflation, Feb", "3.6%"),
                ("Growth forecast FY2025/26", "6.5-7.0%"), ("Next meeting", "May 2026")],
    "author_bio": "Thomas Mugenyi covers fixed income and currencies from Kampala.",
    "related": [("Kenya MPC holds: the case for patience", "https://kagerabusiness.example/markets/kenya-mpc-feb-2026"),
                ("Ugandan bond auctions: who is buying?", "https://kagerabusiness.example/markets/ug-bond-buyers"),
                ("Gold exports and the Ugandan shilling", "https://kagerabusiness.example/analysis/gold-ugx")],
    "body": """
The Bank of Uganda's Monetary Policy Committee delivered the 25 basis-point cut most of the market
had priced in on Wednesday, taking the Central Bank Rate to 9.50% from 9.75%. The vote was 6-1,
the governor said, with one member in favour of a pause.

For bond investors the more interesting signal was in the tone. Governor Patrick Kalule said the
balance of risks had "tilted to the downside", language the bank has not used since before the
2022 tightening cycle. That is, in our reading, an open door to a third cut in May.

The data give the committee cover. Headline inflation was 3.9% in February, the bank said,
against 3.1% in January, while core inflation, the measure the bank formally targets, was 3.6%.
Both remain comfortably below the 5% medium-term target.

Deputy Governor Adong Nakiriowa, who oversees the bank's markets operations, said liquidity in the
interbank market had been "ample" since January and that the overnight interbank rate had been
trading close to the CBR. The seven-day interbank rate averaged 9.8% in February.

The long end of the curve moved ahead of the decision. At last week's Treasury auction, the
10-year bond cleared at 15.2%, down from 15.6% at the previous auction of the same paper. The
15-year bond was not offered. The two-year note cleared at 13.1%.

Foreign holders now account for roughly 11% of outstanding Treasury bonds, up from about 9% a year
ago, according to the bank's latest state of the economy report. They have been attracted by
real yields above 10% and a shilling that has held at about 3,650 to the dollar since January.

A Ush1 trillion bond programme for the fourth quarter of the fiscal year, worth about $274
million at current rates, is due to be announced later this month. Dealers said the ministry of
finance may lean towards shorter tenors if it expects further cuts.

"The curve is telling you the market believes in a lower-rate world," said Ruth Akello Opio, chief
economist at Equator Capital Partners. "The risk is a bad season. Food is still about a quarter of
the consumer basket, and that can turn quickly."

Commercial lending rates remain the weak link in transmission. The weighted average rate on
shilling loans was 17.8% in January, against 18.0% a year earlier. Bankers attribute the gap to
the cost of bad loans, which rose through 2024 and 2025 and are only now beginning to fall.

The bank held its growth forecast at 6.5-7.0% for the 2025/26 fiscal year, up from 6.3% in
2024/25. It did not change the corridor around the CBR (plus or minus 2 percentage points) or the
rediscount rate (CBR plus 3 percentage points).

What to watch: the budget speech in June, the first-quarter rains, and the pace of oil-related
investment. The MPC next meets in May; Kalule declined to say whether the bank had a set number
of cuts in mind. "We take each meeting as it comes," he said.

For now, the trade remains the same: extend duration while the central bank is easing, and keep an
eye on food prices.
""",
})

STORY_1 = _story("cb-IB1", "central bank", "2026-03-06",
                 [_page("https://equatorialwire.example/africa/uganda-cenbank-rate-2026-03-04/", _CB1_WIRE),
                  _page("https://nbtv.example/news/business/bank-of-uganda-cuts-rate-to-9-5-percent", _CB1_TV),
                  _page("https://kampalaledger.example/news/2026/03/bou-cuts-cbr-again-borrowers-wait.html", _CB1_LEDGER),
                  _page("https://kagerabusiness.example/markets/uganda-mpc-march-2026-what-it-means-for-bond-investors", _CB1_REVIEW)],
                 [("MPC vote split (6-1 vs 5-2, Kampala Ledger)",
                   r"\b6\s*[-–]\s*1\b|\bsix[- ]to[- ]one\b", r"\b5\s*[-–]\s*2\b|\bfive[- ]to[- ]two\b"),
                  ("deputy governor's surname (Nakiryowa vs Nakiriowa, Kagera Business Review)",
                   r"\bnakiryowa\b", r"\bnakiriowa\b"),
                  ("February headline inflation (3.4% vs 3.9%, Kagera Business Review)",
                   r"\b3\.4\s*(%|per ?cent)", r"\b3\.9\s*(%|per ?cent)")])


# ===========================================================================
# el-IB2 -- Kochia East by-election, Thursday 23 July 2026  (CONTROL)
# ===========================================================================

_EL2_LIVE = _live({
    "site": "Lakeside Post", "domain": "lakesidepost.example",
    "url": "https://lakesidepost.example/live/kochia-east-by-election-live",
    "headline": "Kochia East by-election LIVE: Owuor declared winner",
    "desc": "Follow voting, counting and results from the Kochia East parliamentary by-election in Homa Bay County.",
    "authors": ["Lakeside Post reporters"], "section": "Politics",
    "published": "2026-07-23T06:20:00+03:00", "modified": "2026-07-24T03:05:00+03:00",
    "visible_date": "Last updated 24 Jul 2026, 03:05 EAT",
    "summary": ["Janet Achieng Owuor (ODM) wins with 18,932 votes",
                "Collins Otieno Magak (UDA) second with 14,815 votes",
                "Turnout 41.6%, down from 63.2% at the 2022 general election"],
    "related": [("Who is Janet Owuor?", "https://lakesidepost.example/politics/who-is-janet-owuor"),
                ("Homa Bay fishermen count losses as water hyacinth returns", "https://lakesidepost.example/county/hyacinth"),
                ("IEBC explains new results transmission checks", "https://lakesidepost.example/politics/iebc-checks")],
    "entries": [
        ("03:05", "Owuor declared winner", """
Janet Achieng Owuor of ODM has been declared the winner of the Kochia East by-election. The IEBC
returning officer, Beatrice Nyaboke Mose, announced the result at 2:40 a.m. at the constituency
tallying centre at Kochia Boys' Secondary School.

Final figures as read out: Owuor 18,932; Collins Otieno Magak (UDA) 14,815; Dr Fredrick Omondi
Ayoo (independent) 1,842; the two other candidates 602 between them. Rejected ballots: 311.
Turnout: 41.6 per cent of 87,745 registered voters.

That gives Owuor a margin of 4,117 votes."""),
        ("02:40", None, """
The returning officer is at the podium now. Agents for all five candidates have signed the
Form 35B, we are told."""),
        ("01:20", "Magak: 'we will study the forms'", """
Collins Magak has spoken briefly to reporters outside the tallying hall. "The people have voted
and I respect that. Our agents will study the forms from every station, and if everything is in
order we will accept the outcome," he said. He did not say he was conceding."""),
        ("23:15", "Partial results: 112 of 146 stations", """
With results from 112 of the 146 polling stations, our reporters' tally of the Forms 35A posted at
the stations shows Owuor on 14,210 votes, Magak on 11,384 and Ayoo on 1,390.

These are provisional figures compiled by Lakeside Post and will change as the remaining
stations, mostly on the lakeshore and on Mfangano-side landing beaches, report."""),
        ("21:40", "Counting under way", """
Counting has started at most stations. At Ogongo Primary, clerks were sorting ballots by
candidate by lantern light after a power cut. Observers from two local groups are present."""),
        ("18:30", "Voting extended at Kanyach", """
Voting at Kanyach Primary School polling station, which opened an hour and a half late this
morning because of a faulty KIEMS kit, has been extended to 6:30 p.m. to make up for lost time.
All other stations closed at 5 p.m. as planned."""),
        ("13:10", "Midday turnout about 19%", """
The commission says turnout stood at about 19 per cent of registered voters by 1 p.m. Officials
expect it to pick up after fishermen return from the lake and after market hours. Queues were
short in Kobuya ward but longer in Kochia ward, our reporter says.

For comparison, turnout in the constituency at the 2022 general election was 63.2 per cent.
By-elections in Kenya usually draw far fewer voters."""),
        ("09:45", "Late start at one station", """
Voting at Kanyach Primary started 90 minutes late, at 7:30 a.m., after the biometric voter
identification kit failed to start. The presiding officer said a replacement kit had been
brought from the tallying centre. Elsewhere, voting is going smoothly."""),
        ("06:20", "Polls open", """
Good morning. Polls opened at 6 a.m. at the 146 polling stations across the constituency's five
wards: Kochia, Kanyach, Ogongo, Kobuya and Lambwe Shore. 87,745 people are registered to vote.

The seat fell vacant in April after the death of MP Peter Odhiambo Adera in a road crash on the
Kisumu-Kisii highway. Five candidates are on the ballot. The winner will serve until the general
election due in August 2027."""),
    ],
})

_EL2_WIRE = _wire({
    "site": "Pan-African Press Agency", "domain": "panafricanpress.example",
    "url": "https://panafricanpress.example/en/kenya/kochia-east-by-election-result",
    "headline": "ODM holds Kenyan parliamentary seat in Homa Bay by-election",
    "desc": "Janet Owuor wins Kochia East by 4,117 votes on a turnout of 41.6%.",
    "authors": ["Kevin Ouma Nyamweya"], "section": "Kenya",
    "published": "2026-07-24T01:20:00Z",
    "visible_date": "24/07/2026 - 04:20 (EAT)",
    "read": "3 min read",
    "credits": "(Editing by Margaret Chebet)",
    "related": [("Kenya's electoral commission names new chief executive", "https://panafricanpress.example/en/kenya/iebc-ceo"),
                ("Kenya by-elections: a short history of upsets", "https://panafricanpress.example/en/kenya/by-election-history"),
                ("Kisumu county assembly passes budget", "https://panafricanpress.example/en/kenya/kisumu-budget")],
    "body": """
NAIROBI, July 24 (PAPA) - Kenya's Orange Democratic Movement (ODM) held a parliamentary seat in
Homa Bay County in a by-election on Thursday, with its candidate Janet Owuor beating Collins Magak
of the United Democratic Alliance (UDA) by 4,117 votes, the electoral commission said.

Owuor polled 18,932 votes against Magak's 14,815, the Independent Electoral and Boundaries
Commission (IEBC) returning officer for Kochia East constituency, Beatrice Mose, said. The result
was declared at 2:40 a.m. local time on Friday (2340 GMT on Thursday) after an overnight count.

Turnout was 41.6% of the constituency's 87,745 registered voters, the commission said, well below
the 63.2% recorded there in the 2022 general election. Low turnout is common in Kenyan
by-elections, which are held on a single working day without the wider national campaign.

An independent candidate, Fredrick Ayoo, a doctor who runs a clinic in Homa Bay town, came third
with 1,842 votes. Two other candidates shared 602 votes. The commission said 311 ballots were
rejected.

The seat fell vacant after the death in April of Peter Adera, who had represented the
constituency since 2017. Kenya's constitution requires a by-election within 90 days of the
Speaker declaring a seat vacant.

Owuor, 44, a former county executive for agriculture, told supporters at the tallying centre that
she would focus on the fishing economy and on water supply. "This victory belongs to the people of
Kochia East, who came out even when they were told their vote would not matter," she said.

Magak, a businessman who ran a well-funded campaign with visits from several cabinet secretaries,
stopped short of conceding. He told reporters his agents would "study the forms from every
station" before deciding on any next step.

Both parties had treated the contest as a test of their strength in the Nyanza region a year
before the general election due in August 2027. Political analysts said Magak's share of the vote,
close to 41% of valid votes, was the best any UDA candidate had managed in the constituency.

"ODM kept the seat but the margin is narrower than they would have wanted," said Achieng Oloo, a
political scientist at a university in Kisumu. "In 2022 Adera won with close to 60 percent. Today
ODM has just over half."

The IEBC said voting had gone smoothly apart from a 90-minute delay at one polling station, where a
faulty biometric kit was replaced. Voting there was extended by the same period.

Observers from Lake Region Election Watch, a coalition of church and civic groups, said
in a preliminary statement that the count at the stations they visited had been transparent.

Owuor will serve the remainder of the five-year term, which ends with the 2027 election.

The by-election was one of three held across the country on Thursday to fill vacant seats in
county assemblies and the National Assembly. Results from the other two, both ward-level contests
in the Rift Valley, were expected later on Friday.
""",
})

_EL2_PAPER = _paper({
    "site": "Nairobi Chronicle", "domain": "nairobichronicle.example",
    "url": "https://nairobichronicle.example/politics/2026-07-24-owuor-wins-kochia-east-turnout-slumps",
    "headline": "Owuor keeps Kochia East for ODM as turnout slumps",
    "desc": "The party held the lakeside seat, but a narrower margin and empty polling stations give both camps something to think about.",
    "authors": ["Mercy Wanjala", "Brian Onyango"], "section": "Politics",
    "role": "Political Correspondents",
    "published": "2026-07-24T12:00:00+03:00", "modified": "2026-07-24T15:40:00+03:00",
    "visible_date": "Friday, July 24, 2026 12:00 PM",
    "masthead_date": "Friday, July 24, 2026",
    "caption": "Janet Achieng Owuor receives her certificate from IEBC officials at Kochia Boys' Secondary School early on Friday. PHOTO | BRIAN ONYANGO",
    "tags": ["By-elections", "ODM", "UDA", "Homa Bay"],
    "comments": "12 comments",
    "related": [("Editorial: low turnout is a warning to all parties", "https://nairobichronicle.example/opinion/editorial-low-turnout"),
                ("Magak camp weighs petition", "https://nairobichronicle.example/politics/magak-petition"),
                ("Five things to know about Kochia East", "https://nairobichronicle.example/politics/kochia-east-explainer")],
    "most_read": [("Fuel prices unchanged in monthly review", "https://nairobichronicle.example/business/epra-review"),
                  ("Teachers' union sets strike notice", "https://nairobichronicle.example/news/knut-notice")],
    "body": """
The Orange Democratic Movement retained the Kochia East parliamentary seat in Thursday's
by-election, but a narrower margin than in 2022 and a turnout of just under 42 per cent left
both the winners and the losers with questions ahead of next year's general election.

Janet Achieng Owuor was declared the winner in the early hours of Friday, polling 18,932 votes,
or 52.3 per cent of the valid votes cast. Collins Otieno Magak of UDA came second with 14,815
votes, 40.9 per cent. The gap between them was 4,117 votes.

Independent Dr Fredrick Omondi Ayoo took 1,842 votes, and two little-known candidates shared the
remaining 602.

Beatrice Mose, the commission's returning officer for the constituency, said 36,502 ballots were
cast, of which 311 were rejected, out of a register of 87,745. That is a turnout of 41.6 per cent,
compared with 63.2 per cent in the same constituency in August 2022.

In that election, the late Peter Adera won 58.4 per cent of the vote. Mr Adera died in April when
his car collided with a lorry near Sondu, and the Speaker of the National Assembly declared the
seat vacant later that month, starting the 90-day countdown to the by-election.

ODM officials said the result showed that the party's base in Homa Bay was intact. "People have
spoken clearly. Kochia East is an ODM home," the party's executive director, Oscar Ondiek Were, said by
phone.

But UDA strategists read the numbers differently. Mr Magak's campaign more than doubled the
party's 2022 vote share in the constituency, they said, and he won outright in one of the five
wards, Lambwe Shore.

"We came from very far," said Magak's campaign manager, Lilian Atieno Ong'ang'a. "Two in five
voters here chose us. Two years ago nobody would have believed that."

Analysts cautioned against reading too much into a low-turnout contest. A by-election on a
working day, in the middle of the long rains harvest, draws mostly party loyalists, said Prof
Achieng Oloo, a political scientist in Kisumu. "The people who stayed home are the people both
parties need in 2027," she said.

Campaigning was largely peaceful, although police said they had arrested four youths after a
scuffle between rival supporters at Ogongo market on Monday. No injuries were reported.

The IEBC's conduct of the poll drew little criticism. The only notable hitch was at Kanyach
Primary School, where a biometric kit failed and voting started an hour and a half late. The
commission extended voting there until 6.30pm.

Ms Owuor, who was county executive for agriculture in Homa Bay until she resigned to run, will be
sworn in when the National Assembly resumes from its recess. She will serve for roughly a year
before facing voters again in August 2027.

In her victory speech she promised to press for a cold storage plant for fish traders and to
push the national government to complete a stalled water project at Kobuya.

Mr Magak said his agents were examining Forms 35A from all 146 polling stations. Under electoral
law, any petition challenging the result must be filed within 28 days of the declaration.
""",
})

_EL2_REGIONAL = _regional({
    "site": "Homa Bay Weekly", "domain": "homabayweekly.example",
    "url": "https://homabayweekly.example/news/kochia-east-ward-by-ward.html",
    "headline": "Ward by ward: how Owuor won Kochia East",
    "desc": "A look at the numbers behind Thursday's by-election result.",
    "authors": ["Tom Okoth Abuya"], "section": "News",
    "published": None,
    "visible_date": "Posted Saturday, July 25, 2026",
    "place": "in Kochia",
    "caption": "Voters queue at Kochia Primary School polling station on Thursday morning.",
    "related": [("Hyacinth chokes Homa Bay pier again", "https://homabayweekly.example/news/hyacinth-pier.html"),
                ("County bursaries: list of beneficiaries", "https://homabayweekly.example/news/bursaries.html"),
                ("Football: Lambwe Stars win county cup", "https://homabayweekly.example/sports/lambwe-stars.html")],
    "body": """
Ms Janet Achieng Owuor, the new Member of Parliament for Kochia East, won four of the
constituency's five wards in Thursday's by-election, according to ward tallies released by the
commission's returning officer on Friday.

Ms Owuor, of ODM, polled 18,932 votes to 14,815 for UDA's Mr Collins Magak, a lead of just over
4,100. Her strongest showing was in her home ward of Kochia, where she took almost two thirds of
the votes, and where turnout was also the highest in the constituency, at 47.9 per cent.

Across the constituency, just over two in five registered voters turned out. The returning
officer, Mrs Beatrice Nyaboke Mose, put the overall turnout at 41.6 per cent, with 36,502 votes
cast out of 87,745 registered voters.

Turnout was lowest in Lambwe Shore ward, at about a third of registered voters, where many
residents are fishermen who were on the lake on polling day. It was the one ward Mr Magak won,
helped, his supporters say, by his promise to fight for the reopening of a fish landing site
that was closed last year.

In Kanyach ward, where voting at one station started an hour and a half late because of a
broken biometric kit, Ms Owuor won comfortably. The presiding officer there, Mr Daniel Ogada,
told this paper that the delay did not stop anyone from voting because the station stayed open
until 6.30pm.

The independent candidate, Dr Fredrick Ayoo, did best in Ogongo ward, where his clinic is based.
He finished third overall with 1,842 votes. "The people who know me voted for me. I will be back
in 2027," he said on Friday.

Residents interviewed in Homa Bay town on Friday morning gave mixed reactions. Mama Pamela
Akinyi, who sells omena at the main market, said she had voted for Ms Owuor "because she knows
farmers and fishermen". But a boda boda rider, Mr Kennedy Otieno, said he had not voted at all.
"It is only one year before the big election. What can one MP do in one year?" he asked.

The seat became vacant after the death of Mr Peter Odhiambo Adera in April. In the 2022 general
election Mr Adera polled 58.4 per cent, and turnout in the constituency was 63.2 per cent.

The IEBC said 311 ballots were rejected, most of them because voters marked more than one
candidate or left the paper unmarked.

Ms Owuor is expected to take the oath of office in Nairobi when Parliament resumes. In an
interview at her Kochia home yesterday, she said her first priority would be water. "The Kobuya
water project has been on paper for six years. I will not rest until the taps are running," she
said.

Mr Magak's camp says it is still reviewing the results forms. His lawyers have until late August
to file an election petition if they choose to go to court.
""",
})

STORY_2 = _story("el-IB2", "election", "2026-07-26",
                 [_page("https://lakesidepost.example/live/kochia-east-by-election-live", _EL2_LIVE),
                  _page("https://panafricanpress.example/en/kenya/kochia-east-by-election-result", _EL2_WIRE),
                  _page("https://nairobichronicle.example/politics/2026-07-24-owuor-wins-kochia-east-turnout-slumps", _EL2_PAPER),
                  _page("https://homabayweekly.example/news/kochia-east-ward-by-ward.html", _EL2_REGIONAL)],
                 [])


# ===========================================================================
# ct-IB3 -- Kenya High Court voids digital platform levy, Thursday 16 April 2026
# ===========================================================================

_CT3_WIRE = _wire({
    "site": "Continental News Agency", "domain": "cna-news.example",
    "url": "https://cna-news.example/business/kenya-court-digital-levy-unconstitutional-20260416",
    "headline": "Kenyan court strikes down levy on online platform sales",
    "desc": "High Court says 1.5% levy should have been imposed by parliament, suspends its orders for 30 days.",
    "authors": ["Faith Cherono"], "section": "Business",
    "published": "2026-04-16T11:05:00Z", "modified": "2026-04-16T13:30:00Z",
    "visible_date": "April 16, 2026 2:05 PM EAT",
    "credits": "Reporting by Faith Cherono; Writing by Samuel Gitau Mutua; Editing by Alice Nduta",
    "related": [("Kenya Revenue Authority misses half-year target", "https://cna-news.example/business/kra-half-year"),
                ("East Africa's e-commerce boom meets the taxman", "https://cna-news.example/analysis/ea-ecommerce-tax"),
                ("Uganda drops planned tax on mobile data bundles", "https://cna-news.example/business/uganda-data-tax")],
    "body": """
NAIROBI, April 16 (CNA) - Kenya's High Court on Thursday declared unconstitutional a levy on
sales made through online marketplaces and delivery apps, ruling that the government had used
regulations to impose what was in effect a new tax without passing it through parliament.

A three-judge bench sitting at the Milimani Law Courts in Nairobi said the Digital Platforms
(Transaction Levy) Regulations, 2025, which charged 1.5% on the gross value of each sale made
through a platform, breached the constitution's requirement that taxes be imposed only by an act
of parliament.

"A levy that is collected by the revenue authority, paid into the Consolidated Fund and charged on
every transaction is a tax, whatever name it is given," Justice Hellen Mwangi-Kibet, who presided,
said as she read a summary of the 142-page judgment.

The court suspended its orders for 30 days to give the government time to appeal. The levy will
therefore continue to be collected in the meantime, lawyers for both sides said.

The judges also found that the ministry of information, communications and the digital economy
had failed to consult the public properly before issuing the rules, holding only two meetings in
Nairobi and none elsewhere in the country.

The Kenya Revenue Authority has collected about 6.8 billion shillings ($52 million) from the levy
since it took effect on July 1 last year, according to figures presented in court. The court
declined to order refunds, saying any such claims must be pursued separately.

Information, Communications and Digital Economy Cabinet Secretary Eliud Kanyari said the government
respected the court but would appeal. "We believe the regulations were lawful and necessary to
ensure that the digital economy contributes its fair share," he said in a statement.

The case was brought in November by the Kenya Online Traders Association and a consumer rights
group, Haki Mtumiaji, which argued that the levy was being passed on to buyers and squeezing small
sellers who rely on platforms for most of their sales.

"Today the court has told the executive that it cannot tax Kenyans through the back door," said
Njeri Kamau-Ochieng, the lawyer who led the petitioners' case. "Parliament is where taxes are
debated. That is the whole point of the constitution."

The ruling is the latest in a series of court setbacks for revenue measures introduced outside
the annual Finance Act. The government has been under pressure to raise revenue to meet targets
agreed with lenders while avoiding a repeat of the street protests that forced the withdrawal of
a finance bill in 2024.

The Treasury had expected the levy to bring in about 14 billion shillings in the 2025/26 fiscal
year, which ends in June, according to budget documents.

The revenue authority estimates that some 2 million merchants sell through platforms covered by
the rules, from ride-hailing drivers to farmers selling produce through delivery apps. The traders'
association puts the number of online sellers at more than 3 million.

A notice of appeal must be filed within 14 days, under court rules.
""",
})

_CT3_TV = _broadcast({
    "site": "Savanna Broadcasting Corporation", "domain": "savannabc.example",
    "url": "https://savannabc.example/news/kenya/high-court-digital-levy-ruling",
    "headline": "High Court declares digital platform levy illegal, state to appeal",
    "desc": "Online traders celebrate as judges say the levy was a tax that needed an act of Parliament.",
    "authors": ["Joyce Wairimu", "Ahmed Hassan Abdi"], "section": "Kenya",
    "published": "2026-04-16T19:30:00+03:00",
    "visible_date": "16 April 2026 19:30",
    "video_id": "sbc-levy-0416",
    "caption": "VIDEO: Online sellers outside Milimani react to the judgment",
    "key_points": ["Three judges rule the 2.5% levy on platform sales unconstitutional",
                   "Orders suspended for 30 days to allow an appeal",
                   "KRA has collected KSh 6.8 billion since July 2025"],
    "related": [("How the digital levy works", "https://savannabc.example/explainers/digital-levy"),
                ("Online sellers in Eastleigh count costs", "https://savannabc.example/news/eastleigh-sellers"),
                ("KRA pushes new e-invoicing deadline", "https://savannabc.example/business/kra-etims")],
    "body": """
The High Court in Nairobi on Thursday struck down the contested levy on digital platform sales,
ruling that the government had introduced a tax without the approval of Parliament and without
consulting the public.

A bench of three judges, Lady Justice Hellen Wanjiru Mwangi-Kibet, Justice Josephat Kiprono Langat
and Lady Justice Amina Said Abdalla, found that the 2.5% levy charged on the gross value of every
sale made through an online marketplace, ride-hailing app or delivery platform was a tax in
substance and could only be introduced through an Act of Parliament.

The judges took nearly two hours to read out a summary of their judgment, which runs to more than
140 pages, before a packed courtroom at Milimani.

The court however suspended its orders for 30 days, meaning the Kenya Revenue Authority will
continue collecting the levy for now while the government decides whether to go to the Court of
Appeal.

Speaking to SBC News after the ruling, Principal Secretary Eliud Kanyari said the ministry would
file an appeal. "We respect the decision of the court, but we believe the regulations were lawful
and necessary," he said. "The digital economy must contribute its fair share like every other
sector."

Outside the court, a group of online sellers who had come to hear the judgment broke into song.
Mercy Akinyi, who sells second-hand clothes through social media and a marketplace app, said the
levy had cut her earnings sharply. "Every time I sell a dress for one thousand shillings, the app
takes its commission and then the levy on top. My customers complain, I lose customers," she said.

The Kenya Online Traders Association, which filed the petition in November last year together
with the consumer lobby Haki Mtumiaji, described the ruling as a victory for small businesses.
Its chairman, Dennis Kipkorir Rotich, said the association would now ask the court to order
refunds. "This money was taken illegally. It should be returned," he said.

The judges, however, declined to order refunds in this case, saying claims for repayment would
have to be made separately.

According to figures presented in court, KRA has collected KSh 6.8 billion from the levy since it
took effect on 1 July 2025. The Treasury had expected about KSh 14 billion in the current financial
year.

Lawyer Njeri Wambui Kamau-Ochieng, who represented the petitioners, said the judgment sent a
strong message. "The constitution is clear. Taxes are imposed by Parliament, not by a minister
signing a legal notice," she said.

The ruling comes as the government searches for new revenue to meet its budget targets. A similar
levy proposed in a 2024 draft, at a rate of 2%, was dropped before it reached Parliament.

The state has 14 days to file a notice of appeal.
""",
})

_CT3_PAPER = _paper({
    "site": "Daily Meridian", "domain": "dailymeridian.example",
    "url": "https://dailymeridian.example/news/courts/judges-void-digital-levy-what-happens-next",
    "headline": "Judges void digital levy: what happens next for sellers and the taxman",
    "desc": "The High Court has ruled the platform levy unconstitutional, but the money will keep flowing to KRA for at least a month.",
    "authors": ["Paul Mugo Njoroge"], "section": "News",
    "role": "Senior Court Reporter",
    "published": "2026-04-17T05:30:00+03:00",
    "visible_date": "Fri 17 Apr 2026 - 05:30",
    "masthead_date": "Friday, April 17, 2026",
    "caption": "Justices Josephat Langat, Hellen Mwangi-Kibet and Amina Abdalla at the Milimani Law Courts on Thursday. PHOTO | FILE",
    "tags": ["Courts", "Taxation", "Digital economy", "KRA"],
    "comments": "48 comments",
    "related": [("Editorial: tax policy belongs in Parliament", "https://dailymeridian.example/opinion/editorial-tax-policy"),
                ("Riders' union: levy pushed fares up", "https://dailymeridian.example/news/riders-levy"),
                ("Treasury eyes new revenue measures in Finance Bill", "https://dailymeridian.example/business/finance-bill-2026")],
    "most_read": [("Matatu owners threaten strike over new rules", "https://dailymeridian.example/news/matatu-strike"),
                  ("Rains: Met department issues flood alert", "https://dailymeridian.example/news/flood-alert")],
    "body": """
The High Court yesterday declared the digital platforms levy unconstitutional, but online sellers
hoping for immediate relief will have to wait: the judges suspended their orders for a month to
allow the government to appeal.

In a 142-page judgment delivered at Milimani Law Courts, a bench of Justices Hellen Mwangi-Kibet,
Josephat Langat and Amina Abdalla ruled unanimously that the Digital Platforms (Transaction Levy)
Regulations, 2025 were invalid on two grounds.

First, they said, the 1.5 per cent charge on the gross value of transactions was a tax, and the
Constitution allows only Parliament to impose taxes. Second, the Ministry of Information,
Communications and the Digital Economy had not carried out meaningful public participation before
publishing the rules in June last year.

"Public participation is not a box to be ticked in a hotel conference room in Nairobi," the bench
said in the judgment. "It requires that those who will bear the burden of a measure are told of
it, in a language and a place they can reach, and are heard."

WHAT THE LEVY DID

Since July 1, 2025, platforms operating in Kenya, from e-commerce marketplaces to taxi-hailing and
food delivery apps, have had to deduct 1.5 per cent from the value of every sale and remit it to
the Kenya Revenue Authority each month. KRA told the court it had collected KSh6.8 billion by the
end of March.

The platforms passed most of the cost on. A survey by the petitioners found that 71 per cent of
sellers had raised prices, and that some apps had added a separate "levy" line to customers'
receipts.

WHAT HAPPENS NOW

Because the orders are suspended for 30 days, the levy remains payable until at least mid-May.
If the State files an appeal, it is likely to ask the Court of Appeal to extend the suspension
until the appeal is heard.

ICT Cabinet Secretary Eliud Kanyari said yesterday the government would appeal. "We respect the
court, but we believe the regulations were lawful," he said.

Tax lawyer Grace Chepkoech Too said the State faced an uphill task. "The bench went through the
whole history of the levy, the way it is collected and where the money goes. It is very hard to
argue that something paid into the Consolidated Fund is not a tax," she said.

WHAT ABOUT REFUNDS?

The judges declined to order KRA to return the money collected so far, saying the petitioners had
not asked for refunds in their original petition and that individual claims would have to be
proved. Petitioners' lawyer Njeri Kamau-Ochieng said her clients were "studying the options".

The Kenya Online Traders Association says more than three million Kenyans sell online at least
part-time. KRA puts the number of merchants on covered platforms at about 2.0 million.

HOW WE GOT HERE

The levy was first floated in a 2024 draft at 2 per cent, but that draft was shelved amid the
protests over that year's Finance Bill. The Ministry revived it at the lower rate through a legal
notice in June 2025. The traders' association and the consumer group Haki Mtumiaji filed their
petition in November, and the judges reserved judgment on February 24 after hearing the case over
four days.

The ruling leaves a gap in the Treasury's plans. Budget documents had pencilled in about KSh14
billion from the levy in the current financial year.
""",
})

_CT3_REGIONAL = _regional({
    "site": "Pwani Daily Mirror", "domain": "pwanimirror.example",
    "url": "https://pwanimirror.example/business/coast-online-traders-hail-levy-ruling.html",
    "headline": "Coast online traders hail court ruling on digital levy",
    "desc": "Mombasa sellers say the 1.5 percent levy hurt small businesses.",
    "authors": ["Salim Omar Bakari"], "section": "Business",
    "published": None,
    "visible_date": "Friday April 17 2026",
    "place": "Mombasa",
    "caption": "A seller packs orders for delivery in Mombasa's Old Town.",
    "related": [("Likoni ferry: new vessel arrives", "https://pwanimirror.example/news/likoni-ferry.html"),
                ("Port handles record cargo in March", "https://pwanimirror.example/business/port-march.html"),
                ("Tourism: hotels report strong Easter bookings", "https://pwanimirror.example/business/easter-bookings.html")],
    "body": """
Online sellers in Mombasa have welcomed the High Court ruling that declared the digital platforms
levy unconstitutional, saying the charge had eaten into thin margins for small businesses at the
Coast.

Three judges sitting in Nairobi ruled on Wednesday that the 1.5 percent levy on sales made through
online platforms was a tax that could only be imposed by Parliament, and that the government had
not consulted the public adequately before introducing it last year.

The judges, led by Lady Justice Hellen Mwangi-Kibet, suspended their orders for 30 days to allow
the government to appeal.

In Old Town, where dozens of young people run small businesses selling spices, kikoi fabric and
perfumes through online marketplaces, the news spread quickly on WhatsApp groups.

"When they introduced this levy, I had to raise my prices. Some of my customers in Nairobi went to
other sellers," said Fatma Abdallah Said, who sells spice mixes through two apps. "If this levy
goes, I can bring my prices down again."

Mr Hussein Mwinyi, who coordinates a group of about 200 online traders in Mombasa, said many of
his members had stopped using platforms altogether and were selling directly through social media
to avoid the levy. "That is not good for anybody. The platforms bring customers and protect both
the buyer and the seller," he said.

The Kenya Online Traders Association, which brought the case together with the consumer group Haki
Mtumiaji, has about 1,500 members at the Coast, according to its regional coordinator, Ms Rehema
Kahindi Charo.

The government has said it will appeal. Information, Communications and the Digital Economy
Cabinet Secretary Eliud Kanyari said in a statement that the state respected the court but
believed the regulations were lawful.

The Kenya Revenue Authority has collected KSh6.8 billion from the levy since it was introduced on
July 1, 2025, according to figures presented in court. It is not clear how much of that came from
sellers at the Coast.

Boda boda riders who deliver goods for apps in Mombasa also welcomed the ruling. Mr Juma Katana,
who delivers parcels around Nyali and Bamburi, said riders had been asked by some apps to share the
cost of the levy. "They cut from our delivery fee. Now we want that money back," he said.

Lawyers say the ruling does not mean an immediate end to the levy. Because the orders are
suspended for 30 days, platforms must continue to deduct and remit it for now.

Mombasa County's trade executive, Mr Ali Mohamed Shee, said the county would organise training for
online sellers on their tax obligations. "We want our young people to grow their businesses and
comply with the law, whatever the final position on this levy," he said.

The Court of Appeal is expected to hear any application to extend the suspension in the coming
weeks.
""",
})

STORY_3 = _story("ct-IB3", "court", "2026-04-18",
                 [_page("https://cna-news.example/business/kenya-court-digital-levy-unconstitutional-20260416", _CT3_WIRE),
                  _page("https://savannabc.example/news/kenya/high-court-digital-levy-ruling", _CT3_TV),
                  _page("https://dailymeridian.example/news/courts/judges-void-digital-levy-what-happens-next", _CT3_PAPER),
                  _page("https://pwanimirror.example/business/coast-online-traders-hail-levy-ruling.html", _CT3_REGIONAL)],
                 [("day of the ruling (Thursday 16 April vs 'on Wednesday', Pwani Daily Mirror)",
                   r"\bthursday\b", r"\bwednesday\b"),
                  ("Eliud Kanyari's title (Cabinet Secretary vs Principal Secretary, Savanna Broadcasting)",
                   r"\bcabinet secretary\b", r"\bprincipal secretary\b"),
                  ("levy rate (1.5% vs 2.5%, Savanna Broadcasting)",
                   r"\b1\.5\s*(%|per ?cent)", r"(?<![\d.])2\.5\s*(%|per ?cent)")])


# ===========================================================================
# tr-IB4 -- Ethiopia coffee export earnings, July-March FY2025/26  (CONTROL)
# ===========================================================================

_TR4_SPEC = _trade({
    "site": "Highland Commodities Report", "domain": "hicommodities.example",
    "url": "https://hicommodities.example/coffee/ethiopia-nine-month-exports-preliminary-2026",
    "headline": "Ethiopia's coffee earnings near $1.5bn in nine months, preliminary data show",
    "desc": "Volumes and prices both up on last year; final numbers due after customs reconciliation.",
    "authors": ["Meron Tadesse"], "section": "Coffee",
    "published": "2026-04-03T09:00:00+03:00",
    "visible_date": "3 April 2026",
    "tagline": "Prices, crops and trade flows from the Horn and East Africa",
    "factbox_title": "Preliminary, July 2025 to March 2026",
    "factbox": [("Export volume", "about 295,000 t (preliminary)"), ("Export earnings", "$1.49bn (preliminary)"),
                ("Average unit value", "about $5.05/kg"), ("Same period FY2024/25", "241,700 t / $1.09bn"),
                ("Full-year target", "400,000 t / $2.1bn")],
    "author_bio": "Meron Tadesse reports on coffee, oilseeds and pulses from Addis Ababa.",
    "related": [("Sidama washing stations report strong cherry deliveries", "https://hicommodities.example/coffee/sidama-cherry"),
                ("Arabica futures: what the funds are doing", "https://hicommodities.example/markets/arabica-funds"),
                ("EU deforestation rules: Ethiopian exporters' checklist", "https://hicommodities.example/policy/eudr-checklist")],
    "body": """
Ethiopia earned about $1.49 billion from coffee exports in the first nine months of its 2025/26
fiscal year, according to preliminary figures given on Thursday by the Ethiopian Coffee and Tea
Authority, putting the country on course for another record year.

Authority spokesperson Hirut Alemayehu told a briefing in Addis Ababa that roughly 295,000 tonnes
had been shipped between July and March. She stressed that the numbers were preliminary and that
final figures would be published once late-March shipments had been reconciled with customs
records, "probably next week".

In the same nine months of 2024/25 the country exported 241,700 tonnes worth $1.09 billion, so even
the preliminary figures point to a rise of more than a third in earnings.

Two things are driving the increase, traders say. Volumes are up after a good harvest in the
southern growing areas, and prices, while off the peaks reached early last year, are still well
above where they were before the global supply squeeze. The preliminary numbers imply an average
export value of about $5.05 a kilogram, against roughly $4.51 a year earlier.

"Buyers in Europe were nervous about the new deforestation rules, but most of our exporters had
their traceability in place in time," said Dawit Bekele Worku, who chairs the Ethiopian Coffee
Exporters Forum. "The ones who did it early were rewarded with contracts."

Washed coffees, which fetch a premium, made up about 38 percent of the volume shipped, according
to the authority, with the rest sun-dried naturals. Saudi Arabia, Germany, the United States,
Japan and Belgium remained the largest buyers by volume.

The government's target for the full fiscal year, which ends in early July, is 400,000 tonnes and
$2.1 billion. Reaching it would require the last quarter to be stronger than any quarter so far;
exporters said that was possible because the main crop from the western zones usually ships
between April and June.

Since the birr was allowed to float in 2024, export earnings in local currency have ballooned. At
about 155 birr to the dollar, $1.49 billion is worth roughly 231 billion birr, but officials
prefer to quote dollar figures, which are more comparable year to year.

Not everyone is sharing equally in the gains. Smallholders in parts of Oromia told HCR last month
that cherry prices at the farm gate had not kept pace with export prices, and that input costs,
especially fertiliser, had risen sharply.

"The export number is a national number. At the village level the question is how much of that
dollar comes back," said Tsegaye Worku Alemu, an agricultural economist in Hawassa.

We will update this report when the authority publishes its final nine-month data.
""",
})

_TR4_WIRE = _wire({
    "site": "Pan-African Press Agency", "domain": "panafricanpress.example",
    "url": "https://panafricanpress.example/en/ethiopia/coffee-exports-nine-months-record",
    "headline": "Ethiopia coffee export earnings jump 39% to $1.52 billion in nine months",
    "desc": "Final figures from the coffee authority revise up last week's preliminary estimate.",
    "authors": ["Yonas Getachew"], "section": "Ethiopia",
    "published": "2026-04-09T10:40:00Z",
    "visible_date": "09/04/2026 - 13:40 (EAT)",
    "read": "3 min read",
    "credits": "(Reporting by Yonas Getachew; Editing by Margaret Chebet)",
    "related": [("Ethiopia's gold exports rise as formal trade channels widen", "https://panafricanpress.example/en/ethiopia/gold-exports"),
                ("Birr steady after central bank auction", "https://panafricanpress.example/en/ethiopia/birr-auction"),
                ("Kenya tea earnings slip on lower auction prices", "https://panafricanpress.example/en/kenya/tea-earnings")],
    "body": """
ADDIS ABABA, April 9 (PAPA) - Ethiopia's earnings from coffee exports rose 39% to $1.52 billion in
the first nine months of the 2025/26 fiscal year, the Ethiopian Coffee and Tea Authority said on
Thursday, as higher volumes combined with strong international prices.

The country shipped 298,400 tonnes of coffee between July and March, up 23% from 241,700 tonnes in
the same period a year earlier, the authority said in a statement. Earnings in the year-earlier
period were $1.09 billion.

The final figures are slightly higher than the preliminary estimate of $1.49 billion given by the
authority last week. A spokesperson said the revision reflected shipments made in the last days
of March that had not yet been registered when the preliminary numbers were compiled.

Coffee is Ethiopia's biggest export, and the government has made it central to efforts to earn
foreign exchange after the birr was floated in 2024 as part of a reform programme backed by the
International Monetary Fund.

"This is the best nine-month performance in the history of the sector," Shiferaw Tesfaye Gemechu,
the authority's director general, told reporters. "It shows what our farmers can do when quality
and traceability are rewarded."

In March alone, Ethiopia exported 41,200 tonnes worth $208 million, the authority said.

The average export price over the nine months was about $5.09 per kilogram, compared with $4.51 a
year earlier.

Coffee accounted for about 36% of Ethiopia's merchandise export earnings in the nine months, up
from 33% in the same period of 2024/25, according to authority figures, a gain of three percentage
points as earnings from other exports such as oilseeds grew more slowly.

At the official rate of around 155 birr to the dollar, the nine-month earnings are equivalent to
about 235.6 billion birr.

The government is targeting 400,000 tonnes and $2.1 billion for the full fiscal year, which in the
Ethiopian calendar runs from early July to early July.

Exporters said prospects for the final quarter were good, with the main crop from the western
growing areas of Jimma and Limu still being shipped. But they warned that higher freight rates
through the Red Sea and the port of Djibouti were adding to costs.

"We are moving more containers than ever, but each container costs more to get to Europe," said
Dawit Bekele, chairman of the Ethiopian Coffee Exporters Forum.

Ethiopia is Africa's largest coffee producer and one of the world's top five exporters. Around
five million farming households grow the crop, according to government estimates.

The authority has in recent years allowed more growers and cooperatives to sell directly to foreign
buyers rather than through the commodity exchange, a change that exporters say has helped premium
specialty lots fetch higher prices. Officials said on Thursday that they would publish a breakdown
by grade and by destination later this month.
""",
})

_TR4_TV = _broadcast({
    "site": "Horn Broadcasting Network", "domain": "hbn.example",
    "url": "https://hbn.example/en/business/coffee-exports-record-nine-months",
    "headline": "Coffee exports bring in more than $1.5 billion in nine months",
    "desc": "Farmers in Sidama say better prices are reaching them, but costs are rising too.",
    "authors": ["Selamawit Haile"], "section": "Business",
    "published": "2026-04-09T20:00:00+03:00",
    "visible_date": "9 April 2026 | 8:00 PM",
    "video_id": "hbn-coffee-0409",
    "caption": "Workers sort washed coffee at a cooperative in Sidama",
    "key_points": ["Nearly 300,000 tonnes exported from July to March",
                   "Earnings almost 40 percent higher than a year earlier",
                   "Authority aims for $2.1 billion over the full fiscal year"],
    "related": [("Coffee ceremony goes global: diaspora cafes boom", "https://hbn.example/en/culture/coffee-diaspora"),
                ("New dry port opens in Modjo extension", "https://hbn.example/en/business/modjo-dry-port"),
                ("Tea growers in Jimma expand plantings", "https://hbn.example/en/business/jimma-tea")],
    "body": """
Ethiopia earned more than 1.5 billion US dollars from coffee exports in the first nine months of
the fiscal year, the Ethiopian Coffee and Tea Authority announced on Thursday, the strongest
performance the sector has recorded for the period.

The head of the authority, Shiferaw Tesfaye, said nearly 300,000 tonnes had been shipped to buyers
abroad between July and March, almost a quarter more than in the same months of last year, while
earnings rose by almost 40 percent.

"Our coffee is reaching more markets, and buyers are paying more for quality," he told journalists
at the authority's offices in Addis Ababa. "The credit goes to the farmers, the cooperatives and
the exporters who invested in traceability."

The figures cover the first nine months of the Ethiopian fiscal year 2018, which began on 8 July
2025.

The authority said earnings for the same period a year ago were 1.09 billion dollars. Its target
for the whole fiscal year is 2.1 billion dollars, from 400,000 tonnes of exports.

HBN visited a cooperative washing station near Aleta Wendo in the Sidama region, where members said
they had been paid more for their red cherries this season.

"Last year I sold a kilo of cherry for less than this year. This year the cooperative also paid a
second payment after the coffee was sold," said Abebech Dolamo, a farmer with two hectares of
coffee trees. "But fertiliser has also gone up. Everything has gone up."

The cooperative's manager, Girma Lemma Hawassa, said the station had processed about 420 tonnes
of cherry this season, compared with 350 tonnes the season before, and that it had sold most of
its washed coffee to buyers in Japan and the United States.

Economists say coffee's performance has helped ease Ethiopia's shortage of foreign currency since
the birr was floated in July 2024. Coffee now accounts for more than a third of the country's
merchandise export earnings, according to the authority.

But they caution that much of the gain comes from prices, which could fall if harvests in Brazil
recover strongly. "Volumes are the part we control," said economist Tsegaye Worku in Hawassa.
"Prices are decided in New York and London."

Last week the authority had given a preliminary figure of 1.49 billion dollars. The final number,
1.52 billion dollars, was higher because some late March shipments were added after
reconciliation with customs data, officials said.

The authority expects the last three months of the fiscal year, when coffee from the western
zones is shipped, to be strong as well.

Officials also said they would continue a campaign against the smuggling of coffee across the
country's borders, which they blame for losses of export revenue in past years, and would expand a
programme training cooperatives to meet the traceability demands of European buyers.
""",
})

_TR4_PAPER = _paper({
    "site": "Addis Herald", "domain": "addisherald.example",
    "url": "https://addisherald.example/economy/coffee-record-but-who-gains",
    "headline": "Coffee sets a nine-month record. Who gains from it?",
    "desc": "Export earnings reached $1.52 billion between July and March. Farmers, exporters and the state are reading the numbers differently.",
    "authors": ["Bethlehem Asfaw"], "section": "Economy",
    "role": "Economy Editor",
    "published": None,
    "visible_date": "Updated 3 hours ago",
    "masthead_date": "Friday, 10 April 2026",
    "caption": "Sacks of export-grade coffee at a warehouse in Addis Ababa. (Addis Herald)",
    "tags": ["Coffee", "Exports", "Agriculture"],
    "comments": "Join the conversation",
    "related": [("Editorial: coffee money must reach the farm gate", "https://addisherald.example/opinion/coffee-farm-gate"),
                ("Djibouti corridor: truckers complain of delays", "https://addisherald.example/economy/djibouti-corridor"),
                ("Oilseed exports slow as domestic demand grows", "https://addisherald.example/economy/oilseeds")],
    "most_read": [("Addis light rail fares revised", "https://addisherald.example/city/light-rail-fares"),
                  ("Grade 12 exam dates announced", "https://addisherald.example/education/exam-dates")],
    "body": """
Ethiopia's coffee sector has had its best nine months on record. According to final figures
released by the Ethiopian Coffee and Tea Authority on Thursday, the country exported 298,400 metric
tons of coffee between July and March and earned $1.52 billion, compared with $1.09 billion in the
same period last year.

The authority had earlier given a preliminary estimate of $1.49 billion; it revised the figure
upward this week after registering shipments from the final days of March.

At roughly 155 birr to the dollar, the nine-month haul is worth about 236 billion birr. The average
price received was about $5.09 a kilogram, up from $4.51.

Coffee's share of the country's merchandise export earnings rose to about 36 percent, from 33
percent a year earlier, the authority said.

For the government, the record is welcome news. Since the birr was floated, the state has leaned
heavily on coffee, gold and remittances to rebuild foreign exchange reserves. Director General
Shiferaw Tesfaye Gemechu said on Thursday that the sector could "comfortably" reach its full-year
target of $2.1 billion. "The best-quality coffee from the west is still coming," he said.

For exporters, the picture is more mixed. Higher prices have raised the working capital they need
to buy coffee from farmers and cooperatives, and freight costs on the Djibouti corridor and through
the Red Sea have gone up. "Turnover is up, margins are not," said Dawit Bekele Worku, chairman of
the Ethiopian Coffee Exporters Forum. He estimated that members' average margins were between 4
and 6 percent, "lower than people think".

For farmers, the question is how much of the export price reaches them. Researchers at a Hawassa
university have estimated that farmers receive between 55 and 65 percent of the export value for
washed coffee sold through cooperatives, and less when it passes through several traders. Tsegaye
Worku Alemu, one of the authors, said farm-gate prices had risen this season, "but input costs
have risen almost as fast".

The numbers themselves hide a seasonal pattern. The first half of the fiscal year, from July to
December, is usually dominated by the tail of the previous crop, while shipments from the new
harvest pick up from January. In March alone, the country shipped 41,200 tonnes worth $208
million, one of the strongest single months on record.

There are also risks ahead. The European Union's deforestation rules require exporters to show
that coffee was not grown on recently cleared land. Most large exporters are ready, but smaller
ones may struggle with the paperwork, according to the exporters' forum.

And prices are not guaranteed. A recovery in Brazil's harvest could pull international arabica
prices down in the coming season. "Last year's prices were a gift. We should not plan as if the
gift will come every year," Tsegaye said.

The authority will publish its full-year figures in July, after the end of the 2025/26 fiscal year.
""",
})

STORY_4 = _story("tr-IB4", "trade", "2026-04-11",
                 [_page("https://hicommodities.example/coffee/ethiopia-nine-month-exports-preliminary-2026", _TR4_SPEC),
                  _page("https://panafricanpress.example/en/ethiopia/coffee-exports-nine-months-record", _TR4_WIRE),
                  _page("https://hbn.example/en/business/coffee-exports-record-nine-months", _TR4_TV),
                  _page("https://addisherald.example/economy/coffee-record-but-who-gains", _TR4_PAPER)],
                 [])


# ===========================================================================
# rk-IB5 -- Kipepeo-2 suborbital flight from Malindi, Wednesday 20 May 2026
# ===========================================================================

_RK5_LIVE = _live({
    "site": "Horn and Coast Live", "domain": "hornandcoast.example",
    "url": "https://hornandcoast.example/live/2026/05/20/kipepeo-2-launch-malindi",
    "headline": "Kipepeo-2 launch live: Kenyan rocket reaches space on second attempt",
    "desc": "Savanna Orbital's suborbital rocket lifts off from the Broglio Space Centre after Tuesday's scrub.",
    "authors": ["Wanjiku Gathoni", "Omar Said"], "section": "Science",
    "published": "2026-05-20T05:30:00+03:00", "modified": "2026-05-20T09:10:00+03:00",
    "visible_date": "20 May 2026, last update 09:10 EAT",
    "summary": ["Kipepeo-2 lifted off at 6:42 a.m. local time from the Santa Rita platform off Ngomeni",
                "The rocket reached an altitude of 112 km, the company says, crossing the 100 km line",
                "The payload capsule splashed down and was recovered by boat"],
    "related": [("Who is behind Savanna Orbital?", "https://hornandcoast.example/science/savanna-orbital-profile"),
                ("Tuesday's launch attempt scrubbed over winds", "https://hornandcoast.example/science/kipepeo-2-scrub"),
                ("Africa's space ambitions in five charts", "https://hornandcoast.example/science/africa-space-charts")],
    "entries": [
        ("09:10", "Capsule on its way to Malindi", """
The recovery boat is heading back to Malindi with the capsule on board, the company says. It was
lifted from the water at about 8:15 a.m. Engineers will open it this afternoon to retrieve the
experiments."""),
        ("08:40", "Space agency: 'a milestone'", """
Dr Naomi Chebet Koech, acting director general of the Kenya Space Agency, which licensed the
flight, has just spoken to us. "This is a milestone for the Kenyan space sector. We will study the
data with the company and with our Italian partners, and we expect more applications like this
one," she said. She added that the agency would publish guidance for other private launch
companies later this year."""),
        ("08:05", "Tracking data: 112 km", """
Savanna Orbital now says radar tracking put the peak altitude at 112 km. That is well above the
100 km Karman line that is commonly used as the edge of space, and almost three times the 38 km
reached by Kipepeo-1 last October.

Total flight time, from liftoff to splashdown, was 8 minutes 51 seconds."""),
        ("07:30", "Engine burn went to plan", """
Chief engineer Amina Yusuf Farah says the motor burned for the full planned 48 seconds, pushing
the rocket to a top speed of about Mach 4.8. Last year's Kipepeo-1 motor burned for only 21
seconds."""),
        ("07:10", "'A big day'", """
Savanna Orbital's chief executive, Kamau Njenga Mwangi, came out of the control building to hug
members of the team. "This is a small rocket, but it is a big day," he told us. "Two years ago we
were casting motors in a rented shed. Today we touched space." The company says the next step is a
third test flight with a larger motor, probably in 2027."""),
        ("06:58", "Parachutes out", """
The capsule's parachutes have opened, according to telemetry shown on screens at the control room.
Splashdown expected about 64 km offshore."""),
        ("06:49", "'More than 100 km'", """
First word from mission control: the rocket is above 100 km. Cheers in the control room. We are
waiting for an exact number."""),
        ("06:42", "LIFTOFF", """
Kipepeo-2 has lifted off from the Santa Rita platform, the small offshore launch pad in Ngomeni
bay, at 6:42 a.m. It climbed quickly and disappeared into the clouds within seconds."""),
        ("06:30", "Crowd on the beach", """
Several hundred people have gathered on the beach at Ngomeni to watch, among them pupils from the
village primary school in their blue uniforms. Fishing boats are pulled up on the sand; the
fishermen have agreed to stay ashore this morning in exchange for a small daily payment from the
company."""),
        ("06:20", "Weather is go", """
The launch director has just confirmed that upper-level winds are within limits today. Yesterday's
attempt was called off at 7:55 a.m. after winds at high altitude exceeded the rocket's limits.
Today's window opened at 6 a.m. and runs until 9 a.m."""),
        ("05:30", "Good morning from Ngomeni", """
Welcome to our live coverage of the second attempt to launch Kipepeo-2, the suborbital rocket built
by Nairobi start-up Savanna Orbital. If it flies today, it will be the first privately built
Kenyan rocket to reach space.

The rocket is 9.4 metres tall and carries a recoverable capsule with three experiments, including
a sensor package built by students in Kigali. Fishermen have been asked to keep clear of a zone
offshore until midday."""),
    ],
})

_RK5_WIRE = _wire({
    "site": "Equatorial Wire Service", "domain": "equatorialwire.example",
    "url": "https://equatorialwire.example/science/kenya-startup-rocket-space-2026-05-20/",
    "headline": "Kenyan start-up's rocket reaches space in suborbital test",
    "desc": "Savanna Orbital's Kipepeo-2 climbs to 112 km from the Italian-run base off Malindi.",
    "authors": ["Nicholas Kibet Rono"], "section": "Science",
    "published": "2026-05-20T07:10:00Z",
    "visible_date": "May 20, 2026 10:10 AM GMT+3",
    "credits": "Reporting by Nicholas Kibet Rono in Malindi; Editing by Hannah Mwakilema",
    "related": [("Rwanda launches second Earth observation satellite", "https://equatorialwire.example/science/rwanda-eo-sat/"),
                ("Italy, Kenya renew space centre agreement", "https://equatorialwire.example/africa/italy-kenya-space/"),
                ("Nigeria's space agency outlines launch ambitions", "https://equatorialwire.example/science/nigeria-space/")],
    "body": """
MALINDI, Kenya, May 20 (EWS) - A rocket built by Kenyan start-up Savanna Orbital reached space on
Wednesday in a suborbital test flight from the Luigi Broglio Space Centre off the coast of Malindi,
a first for a privately built African launcher, the company said.

The 9.4-metre Kipepeo-2 lifted off from the San Marco platform, an offshore launch pad operated by
the Italian Space Agency, at 6:42 a.m. local time (0342 GMT), a day after an attempt was called
off because of strong high-altitude winds.

Radar tracking showed the single-stage rocket reached an altitude of 112 km (about 70 miles), above
the 100 km line commonly used to mark the edge of space, the company said. Its solid-fuel motor
burned for 48 seconds and accelerated the vehicle to nearly five times the speed of sound.

A capsule carrying three small experiments separated near the top of the climb and came down under
parachutes about 64 km out to sea, where a recovery boat picked it up. The whole flight lasted just
under nine minutes.

"This is a small rocket, but it is a big day," Savanna Orbital Chief Executive Kamau Njenga said
at the launch site. "We have shown that a team trained in Kenya can design, build and fly a vehicle
to space."

The company's first rocket, Kipepeo-1, reached 38 km in October last year. Kipepeo means
butterfly in Swahili.

Savanna Orbital, founded in 2021 by engineers who studied in Nairobi and abroad, has raised about
$14 million from investors including a Nairobi-based venture fund and a Gulf sovereign wealth
vehicle, according to company filings. It says it aims to build a small orbital launcher by the
end of the decade, although analysts say that goal would require far more capital.

The flight was carried out under an agreement with the Italian Space Agency, which has run the
Malindi base since the 1960s, and with a licence from the Kenya Space Agency.

"Our role is to make sure that such activities are safe and that Kenya benefits from the skills
and data," said Naomi Chebet Koech, acting director general of the Kenya Space Agency. "Today is
encouraging."

The capsule carried a radiation sensor built by students at a university in Kigali, a seed
germination experiment from Nairobi and a small camera. The company said it would release video
from the flight later this week.

Equatorial Africa is attractive for launches because sites near the equator give rockets an extra
boost from the Earth's rotation. The Malindi base was used for orbital launches by Italy in the
1960s and 1970s but today mainly operates as a ground station for tracking satellites.

The company plans a third test flight, with a larger motor, in the first half of 2027.
""",
})

_RK5_SPEC = _trade({
    "site": "Coastline Tech Dispatch", "domain": "coastlinetech.example",
    "url": "https://coastlinetech.example/space/kipepeo-2-flight-analysis",
    "headline": "Kipepeo-2 by the numbers: what Savanna Orbital proved, and what it didn't",
    "desc": "A 112 km apogee, a recovered capsule and a long road to orbit.",
    "authors": ["Grace Muthoni Kariuki"], "section": "Space",
    "published": "2026-05-21T08:00:00+03:00",
    "visible_date": "21 May 2026",
    "tagline": "Technology and innovation from the East African coast",
    "factbox_title": "Kipepeo-2 flight summary",
    "factbox": [("Launch site", "San Marco platform, Luigi Broglio Space Centre"),
                ("Liftoff", "20 May 2026, 7:42 a.m. EAT"), ("Engine burn", "68 seconds"),
                ("Peak speed", "Mach 4.8"), ("Apogee", "112 km"), ("Flight time", "8 min 51 s"),
                ("Splashdown", "about 64 km offshore")],
    "author_bio": "Grace Muthoni Kariuki writes about space, telecoms and deep tech.",
    "related": [("Inside Savanna Orbital's Athi River workshop", "https://coastlinetech.example/space/savanna-workshop"),
                ("Why equatorial launch sites matter", "https://coastlinetech.example/space/equatorial-launch"),
                ("Kenya Space Agency's new licensing rules explained", "https://coastlinetech.example/policy/ksa-licensing")],
    "body": """
Savanna Orbital's second rocket did what its first could not: it reached space. Kipepeo-2 lifted
off from the San Marco platform at the Luigi Broglio Space Centre at 7:42 a.m. local time on
Wednesday and climbed to 112 km before its capsule parachuted into the Indian Ocean.

Here is what the flight data released by the company on Wednesday afternoon tell us, and what they
leave open.

The motor worked. The big technical step between Kipepeo-1 and Kipepeo-2 was the solid rocket
motor, which the company casts itself at its workshop in Athi River. Last year's motor burned for
21 seconds and took the first rocket to 38 km. This year's larger motor burned for 68 seconds, the
company said, and pushed the vehicle to a peak speed of Mach 4.8.

"The motor is the heart of everything we do, and this one behaved exactly as our models said it
would," chief engineer Amina Yusuf Farah told Coastline Tech Dispatch. "Chamber pressure, thrust,
burn time - all within a few percent of prediction."

Recovery worked, too. The capsule separated near apogee, re-entered, and deployed its drogue and
main parachutes. It splashed down about 64 km offshore and was lifted out of the water by a
chartered recovery boat a little under an hour and a half later. The complete flight, liftoff to splashdown, took
8 minutes 51 seconds.

Guidance remains untested. Kipepeo-2 is an unguided, fin-stabilised rocket. An orbital launcher
needs active guidance, staging and engines that can be throttled or restarted, none of which was
demonstrated on this flight. Chief executive Kamau Njenga Mwangi acknowledged as much. "We are not
pretending this is an orbital rocket. It is a ladder, and this was the second rung," he said.

Money is the real constraint. The company has raised about $14 million since it was founded in
2021. Analysts estimate that developing even a small orbital launcher costs upwards of $100 million.
Savanna Orbital says it is in talks with investors for a larger round and hopes to sell suborbital
flights to universities and companies that need a few minutes of microgravity or a high-altitude
test platform.

"There is a market for suborbital research flights, but it is small," said Dr Peter Oduor Amolo, a
lecturer in aerospace engineering at a university in Nairobi. "What they have really built is a
team. That is the hardest thing to buy."

The launch also showed off the Broglio centre, which Italy's space agency operates under an
agreement with Kenya. The base hosted orbital launches in the 1960s and 1970s and has been used
mostly for satellite tracking since. The Kenya Space Agency licensed the flight, and its acting
director general, Dr Naomi Chebet Koech, said the agency expected more such requests.

The flight had slipped by a day. Tuesday's attempt was halted shortly before 8 a.m. because of
upper-level winds, and the team recycled for Wednesday's window, which opened at 6 a.m.

Next up: a third flight, with a bigger motor and a student payload competition, which the company
hopes to fly in the first half of 2027.
""",
})

_RK5_PAPER = _paper({
    "site": "The Coast Courier", "domain": "coastcourier.example",
    "url": "https://coastcourier.example/news/malindi-watches-as-kenyan-rocket-reaches-space",
    "headline": "Malindi watches as Kenyan rocket reaches space",
    "desc": "Crowds gathered on Ngomeni beach at dawn to see Kipepeo-2 climb into the sky.",
    "authors": ["Halima Mohamed Shauri"], "section": "News",
    "role": "Malindi Correspondent",
    "published": None,
    "visible_date": "Thursday May 21, 2026",
    "masthead_date": "Thursday, May 21, 2026",
    "caption": "Residents and pupils watch the launch of Kipepeo-2 from Ngomeni beach on Wednesday morning.",
    "tags": ["Space", "Malindi", "Kilifi County"],
    "comments": "7 comments",
    "related": [("Fishermen get compensation for launch-day exclusion zone", "https://coastcourier.example/news/fishermen-compensation"),
                ("Malindi tourism: hotels hope for 'space tourism' boost", "https://coastcourier.example/business/space-tourism"),
                ("Kilifi schools to get science kits", "https://coastcourier.example/news/science-kits")],
    "most_read": [("Malindi-Lamu road works resume", "https://coastcourier.example/news/malindi-lamu-road"),
                  ("Watamu turtle hatchlings released", "https://coastcourier.example/news/turtles")],
    "body": """
Hundreds of residents, fishermen and schoolchildren gathered on Ngomeni beach before sunrise on
Wednesday to watch a rocket built by a Kenyan company lift off from the San Marco platform in the
bay and climb into space.

The Kipepeo-2 rocket left the offshore pad at 6.42am with a roar that could be heard across the
village, trailing white smoke as it rose steeply over the ocean. Within seconds it was a bright
dot, and then it was gone.

"I have lived here all my life and seen the Italians' antennas, but I have never seen a rocket go
up," said Mzee Kahindi Baya, a fisherman. "Today my grandchildren saw it. They will remember."

The rocket's engine fired for 48 seconds and carried it to an altitude of 112 kilometres, the
company, Savanna Orbital, said later. A capsule carrying experiments came down by parachute in the
ocean about 64km from the shore and was collected by a boat.

It was the second attempt. On Tuesday, crowds had gathered at the same spot, only for the launch to
be called off shortly before 8am because of strong winds high above the ground. Many came back on
Wednesday.

Pupils from Ngomeni Primary School were brought to the beach by their teachers. "We have been
learning about the solar system. Now they can see that space is not only in books," said their
head teacher, Mrs Esther Kadzo Mwamburi.

The Luigi Broglio Space Centre, run by the Italian Space Agency under an agreement with the Kenyan
government, has been part of life in Ngomeni for six decades. It employs about 100 Kenyans,
according to the county government, and mostly tracks satellites.

Savanna Orbital's chief executive, Mr Kamau Njenga, thanked the community for its patience. "We
asked the fishermen to stay out of the water for two mornings. We know that is a cost to them, and
we are grateful," he said.

Fishermen had been told to keep away from a zone offshore until midday on both days. The company
said it had paid each registered fisherman in the Ngomeni beach management unit Sh1,500 for each
day, a figure some fishermen said was too low.

"A good morning on the water can give you three thousand," said Mr Abdalla Fumo, the beach
management unit chairman. "But we are not complaining too much. We are proud."

Kilifi County's executive for education and ICT, Mr Charo Kenga Ngumbao, said the county would
work with the company to offer internships to young people from the area. "We want the next
engineers on that platform to come from Ngomeni, Malindi and Kilifi," he said.

The Kenya Space Agency, which licensed the flight, described it as a milestone. The company says
it hopes to launch a third rocket from the same site in 2027.

The first Kipepeo rocket flew from Ngomeni last October but reached only 38 kilometres, well short
of space.
""",
})

STORY_5 = _story("rk-IB5", "rocket", "2026-05-22",
                 [_page("https://hornandcoast.example/live/2026/05/20/kipepeo-2-launch-malindi", _RK5_LIVE),
                  _page("https://equatorialwire.example/science/kenya-startup-rocket-space-2026-05-20/", _RK5_WIRE),
                  _page("https://coastlinetech.example/space/kipepeo-2-flight-analysis", _RK5_SPEC),
                  _page("https://coastcourier.example/news/malindi-watches-as-kenyan-rocket-reaches-space", _RK5_PAPER)],
                 [("liftoff time (6:42 a.m. vs 7:42 a.m. local, Coastline Tech Dispatch)",
                   r"\b6[:.]42(?!\d)", r"\b7[:.]42(?!\d)"),
                  ("engine burn duration (48 s vs 68 s, Coastline Tech Dispatch)",
                   r"\b48[\s-]*(seconds?|s)\b", r"\b68[\s-]*(seconds?|s)\b"),
                  ("launch platform (San Marco vs Santa Rita, Horn and Coast Live)",
                   r"\bsan marco\b", r"\bsanta rita\b")])


# ===========================================================================
# eq-IB6 -- magnitude 5.8 earthquake near Kasese, early Sunday 14 June 2026  (CONTROL)
# ===========================================================================

_EQ6_WIRE = _wire({
    "site": "Continental News Agency", "domain": "cna-news.example",
    "url": "https://cna-news.example/world/africa/uganda-earthquake-kasese-20260614",
    "headline": "Earthquake kills at least four in western Uganda",
    "desc": "Magnitude 5.8 quake strikes near Kasese in the Rwenzori region, damaging homes and a school.",
    "authors": ["Robert Kiiza"], "section": "Africa",
    "published": "2026-06-14T04:30:00Z",
    "visible_date": "June 14, 2026 7:30 AM EAT",
    "credits": "Reporting by Robert Kiiza in Kampala; Editing by Alice Nduta",
    "related": [("Landslides kill dozens in eastern Uganda's Bulambuli", "https://cna-news.example/world/africa/bulambuli-landslides"),
                ("Why the Rift Valley shakes", "https://cna-news.example/explainers/rift-valley-quakes"),
                ("DR Congo's Nyiragongo: scientists raise alert level", "https://cna-news.example/world/africa/nyiragongo-alert")],
    "body": """
KAMPALA, June 14 (CNA) - An earthquake of magnitude 5.8 struck western Uganda near the town of
Kasese early on Sunday, killing at least four people and damaging homes, local officials said.

The quake hit at 1:12 a.m. local time on Sunday (2212 GMT on Saturday) at a depth of about 10 km,
the U.S. Geological Survey said. Its epicentre was 22 km southwest of Kasese, near the foothills of
the Rwenzori Mountains on the border with the Democratic Republic of Congo.

The USGS initially put the magnitude at 6.0 before revising it to 5.8 about an hour later. Uganda's
Department of Geological Survey and Mines, which runs a network of local seismic stations,
recorded it at 5.6 on its own scale.

Kasese's Resident District Commissioner, Moses Bwambale Kule, said four people had died, three of
them when the walls of their houses collapsed as they slept, and at least 27 had been taken to
hospital with injuries.

"Many people ran outside in the dark and are still afraid to go back in," he told CNA by phone.
"We are counting the damage as daylight comes."

Residents said the shaking lasted several seconds and was followed by smaller tremors through the
night. The Uganda Red Cross said it had sent teams from its Kasese branch to the worst-hit
sub-counties.

The tremor was felt in Fort Portal, the main town north of Kasese, and across the border in the
Congolese cities of Beni and Goma, according to residents and social media posts. Some residents
of Kigali, Rwanda's capital, said they had felt light shaking.

Western Uganda sits along the western arm of the East African Rift, where the African plate is
slowly splitting apart, and moderate earthquakes are not uncommon. In 1994, a magnitude 6.2
earthquake near Fort Portal killed at least eight people and destroyed thousands of buildings.

Buildings in rural parts of the region are often made of mud and brick without reinforcement,
making them vulnerable even in moderate tremors.

The Office of the Prime Minister, which oversees disaster response, said a team led by the state
minister for disaster preparedness would travel to Kasese on Sunday.

Seismologists warned that aftershocks were likely in the coming days and urged residents to avoid
sleeping in damaged buildings.

Kasese, a town of about 100,000 people, is a gateway to Queen Elizabeth National Park and the
Rwenzori Mountains, and a trading hub for goods crossing to and from Congo through the Mpondwe
border post. There was no immediate word on damage to roads or to the border crossing.

Authorities in Congo's North Kivu province said they had not received reports of casualties on
their side of the border, though some residents of Beni said cracks had appeared in walls.

"It woke the whole house. The windows rattled for what felt like a long time," said a resident of
Beni reached by telephone, who asked not to be named.
""",
})

_EQ6_LIVE = _live({
    "site": "Great Lakes Today", "domain": "greatlakestoday.example",
    "url": "https://greatlakestoday.example/live/kasese-earthquake-updates",
    "headline": "Kasese earthquake: death toll rises to nine, live updates",
    "desc": "Rescue teams search damaged homes after a strong earthquake shook western Uganda overnight.",
    "authors": ["Great Lakes Today newsroom"], "section": "Uganda",
    "published": "2026-06-14T07:00:00+03:00", "modified": "2026-06-14T18:40:00+03:00",
    "visible_date": "Sunday 14 June 2026 - updated 18:40",
    "summary": ["At least nine people confirmed dead, officials say, up from four this morning",
                "The quake, magnitude 5.8 according to the USGS, struck at 1:12 a.m.",
                "More than 20 aftershocks recorded; residents sleeping outdoors"],
    "related": [("Photos: morning after the quake in Kasese", "https://greatlakestoday.example/photos/kasese-quake"),
                ("How to stay safe during aftershocks", "https://greatlakestoday.example/explainers/aftershock-safety"),
                ("Rwenzori farmers count flood losses", "https://greatlakestoday.example/uganda/rwenzori-floods")],
    "entries": [
        ("18:40", "Toll rises to nine", """
The Kasese District disaster management committee now says nine people have died, including two
children, and 63 people are being treated for injuries at Kagando and Kilembe hospitals and at
Kasese municipal health centre.

The new deaths were confirmed after rescuers reached villages in Bwera and Mpondwe sub-counties,
close to the Congolese border, this afternoon."""),
        ("17:00", "Border crossing open", """
The Mpondwe border post with Congo is open and trucks are moving, a customs official tells us. A
section of the Kasese-Mpondwe road was briefly blocked by fallen rocks this morning but has been
cleared."""),
        ("16:15", "Minister visits", """
Lillian Kabasinguzi Ateenyi, the minister of state for relief and disaster preparedness, has
arrived in Kasese. She told reporters the government would send tents, blankets and food for
displaced families. "Nobody should sleep in a house with cracked walls tonight," she said."""),
        ("14:45", "Hospitals ask for supplies", """
Kagando Hospital says it has received more than 40 injured people since the early hours, most with
fractures and cuts from falling walls. "We are coping, but we are running low on plaster of Paris
and painkillers," said the medical superintendent, Dr Robert Masereka Tembo. The district health
office says supplies are on the way from Fort Portal."""),
        ("13:30", "Red Cross: about 300 houses damaged", """
The Uganda Red Cross says about 300 houses have been damaged or destroyed, based on early
assessments by its volunteers. Spokesperson Patience Kabugho Mbambu said the number could rise as
teams reach more remote villages on the mountain slopes."""),
        ("12:15", "Why does the ground shake here?", """
Kasese lies on the western branch of the East African Rift, where the earth's crust is being
slowly pulled apart. Moderate quakes are a regular feature of the region. The most damaging in
living memory struck near Fort Portal in February 1994, with a magnitude of 6.2, destroying
thousands of buildings."""),
        ("11:05", "Death toll now six", """
District officials confirm two more deaths, bringing the total to six. One of the victims was an
elderly man in Karusandara whose house collapsed."""),
        ("10:20", "Felt across the border", """
Readers in Fort Portal, Bundibugyo and across the border in Beni and Goma tell us they felt the
quake. "My bed moved and the dogs started barking," wrote one reader in Fort Portal. Some people in
Kigali also reported feeling light shaking, although Rwandan authorities said there was no damage
there."""),
        ("09:40", "Aftershocks continue", """
More than 20 aftershocks have been recorded since the main quake, according to the Department of
Geological Survey and Mines. The largest had a magnitude of about 4.1. Many residents spent the
rest of the night outside."""),
        ("08:20", "School dormitory damaged", """
Part of a dormitory wall at a secondary school near Kisinga collapsed, but the school had closed for
the mid-term break on Friday and no students were inside, the head teacher told our reporter."""),
        ("07:00", "What we know", """
A strong earthquake struck near Kasese at 1:12 a.m. on Sunday. The US Geological Survey first gave
its magnitude as 6.0, then revised it to 5.8. Uganda's own Department of Geological Survey and
Mines recorded 5.6 on its local scale. The quake was shallow, about 10 km deep, and centred about
22 km southwest of Kasese town.

Officials have confirmed four deaths so far. We will bring you updates through the day."""),
    ],
})

_EQ6_TV = _broadcast({
    "site": "Nile Basin Television", "domain": "nbtv.example",
    "url": "https://nbtv.example/news/uganda/kasese-earthquake-families-sleep-outside",
    "headline": "Kasese quake: families sleep in the open as toll reaches nine",
    "desc": "Aid agencies say hundreds of homes are damaged after the strongest quake in the region in years.",
    "authors": ["Ivan Ochen", "Juliet Masika"], "section": "Uganda",
    "published": None,
    "visible_date": "Sunday 14 June 2026 - 21:00",
    "video_id": "nbtv-kasese-0614",
    "caption": "WATCH: Residents of Bwera describe the moment the ground shook",
    "key_points": ["Nine dead and 63 injured, according to district officials",
                   "About 300 houses damaged, says the Uganda Red Cross",
                   "The quake struck shortly after 1 a.m. while most people were asleep"],
    "related": [("Explainer: why western Uganda has earthquakes", "https://nbtv.example/explainers/uganda-quakes"),
                ("Government releases relief funds for Kasese", "https://nbtv.example/news/kasese-relief"),
                ("Mpondwe border traders resume business", "https://nbtv.example/news/mpondwe-traders")],
    "body": """
Hundreds of families in Kasese district are preparing to spend a second night outdoors after an
earthquake shook the Rwenzori region in the early hours of Sunday, killing nine people and injuring
63, according to district officials.

The quake struck shortly after one o'clock in the morning, when most people were asleep. The US
Geological Survey measured it at magnitude 5.8, after an initial reading of 6.0, and located it
about 14 miles southwest of Kasese town at a shallow depth of roughly six miles.

In Bwera, near the border with the Democratic Republic of Congo, NBTV found residents sitting on
mattresses and plastic chairs outside houses with cracked walls.

"The house was shaking like a boat. I picked up my children and ran. When we came outside, the
wall of the kitchen had fallen," said Scovia Biira, a mother of four. "We shall sleep here again
tonight. Who can go back inside that house?"

The Uganda Red Cross said about 300 houses had been damaged or destroyed, according to its first
assessments. Several churches, a health centre and classrooms at two schools were also damaged.

The minister of state for disaster preparedness, Lillian Ateenyi, who visited the area on Sunday
afternoon, said the government would deliver tents, blankets and food. "We have released relief
items from our stores in Kampala and Mbarara. They are on the road as we speak," she said.

Doctors at Kagando Hospital said most of the injured had fractures and cuts from falling walls and
roofing materials. Dr Robert Masereka Tembo, the hospital's medical superintendent, said several
patients needed surgery. "We have enough staff for now, but we need more supplies, especially for
fractures," he said.

The district's Resident District Commissioner, Moses Bwambale, said rescuers had finished searching
the collapsed houses they knew of but that some villages on the mountain slopes had still not been
reached.

Scientists at the Department of Geological Survey and Mines said more than 20 aftershocks had been
recorded by Sunday morning, and more were expected. They advised residents not to sleep in
buildings with visible cracks.

The Rwenzori region lies along the western branch of the East African Rift and has a history of
earthquakes. In February 1994, a magnitude 6.2 quake near Fort Portal destroyed thousands of homes.

Kasese has also been hit repeatedly by floods in recent years, when the River Nyamwamba burst its
banks. Local leaders said Sunday's quake had added to the hardship of families who were still
rebuilding.

The Office of the Prime Minister said a full assessment of the damage would be completed by
Tuesday.

In the meantime, local churches and mosques in Kasese town have opened their compounds to families
who are afraid to return home, and volunteers have begun cooking for them.
""",
})

_EQ6_REGIONAL = _regional({
    "site": "Rwenzori Mirror", "domain": "rwenzorimirror.example",
    "url": "https://rwenzorimirror.example/news/2026/06/15/kasese-quake-toll-11.html",
    "headline": "Kasese quake: death toll rises to 11 as aftershocks continue",
    "desc": "District officials count 312 damaged houses; hundreds displaced.",
    "authors": ["Brian Muhindo Baluku"], "section": "News",
    "published": "2026-06-15T10:00:00+03:00", "modified": "2026-06-15T16:20:00+03:00",
    "visible_date": "Monday, 15 June 2026, 10:00",
    "place": "Kasese",
    "caption": "A family salvages belongings from their damaged house in Mpondwe on Sunday.",
    "related": [("Kilembe hospital appeals for blood donors", "https://rwenzorimirror.example/news/2026/06/15/kilembe-blood.html"),
                ("Queen Elizabeth park: tourism operators assess damage", "https://rwenzorimirror.example/business/2026/06/15/park-lodges.html"),
                ("Cobalt project talks resume", "https://rwenzorimirror.example/business/2026/06/12/cobalt.html")],
    "body": """
The number of people killed by the earthquake that struck Kasese district early on Sunday has
risen to 11, district officials said on Monday, after two more bodies were recovered from
collapsed houses in Mpondwe-Lhubiriha town council.

The district disaster management committee said 84 people had been treated for injuries, 19 of
whom remained admitted at Kagando, Kilembe and Bwera hospitals. The committee's count of damaged
houses stood at 312 on Monday morning, of which 96 were completely destroyed.

The figures are higher than those given on Sunday, when officials confirmed nine deaths and the
Uganda Red Cross estimated that about 300 houses had been damaged. Officials said the new numbers
came from villages that had not been reached on Sunday.

"We have now visited all the parishes that reported damage. Some were far up the mountain and our
teams had to walk," said Mr Moses Bwambale Kule, the Resident District Commissioner.

The magnitude 5.8 earthquake struck at 1.12am on Sunday, about 22km southwest of Kasese town. The
US Geological Survey's first estimate had been 6.0, which it later revised. Uganda's Department of
Geological Survey and Mines measured 5.6 on its local scale.

Aftershocks have continued. The department said at least 35 had been recorded by Monday morning,
most of them too weak to be felt. A magnitude 4.1 aftershock on Sunday morning sent people running
out of their homes again in Kasese town.

In Mpondwe, residents have set up makeshift shelters on a football pitch. "We have been given
tents, but they are not enough for everybody. The children sleep in the tents and the men sleep
outside," said Mr Yofesi Kambale, a trader at the Mpondwe border market.

The minister of state for relief, disaster preparedness and refugees, Ms Lillian Kabasinguzi
Ateenyi, who visited on Sunday, said the government would help families to rebuild. She did not
give a figure.

The district chairperson, Mr Elly Bwambale Mumbere, asked the government to send engineers to
inspect schools before pupils return from the mid-term break. "We cannot take chances with
children. Every classroom must be checked," he said.

Scientists said Sunday's quake was the strongest in the district in several years. The Rwenzori
area sits on the western arm of the East African Rift. The deadliest recent quake in the region
was the February 1994 earthquake of magnitude 6.2 near Fort Portal.

Kasese residents are no strangers to disaster. Floods from the Nyamwamba and Mubuku rivers have
repeatedly destroyed homes and roads, most recently in 2020 and 2024.

The Uganda Red Cross said it had distributed relief to 410 households by Monday afternoon and was
appealing for more blankets and jerrycans.

The Office of the Prime Minister is expected to present a full damage assessment on Tuesday.
""",
})

STORY_6 = _story("eq-IB6", "earthquake", "2026-06-16",
                 [_page("https://cna-news.example/world/africa/uganda-earthquake-kasese-20260614", _EQ6_WIRE),
                  _page("https://greatlakestoday.example/live/kasese-earthquake-updates", _EQ6_LIVE),
                  _page("https://nbtv.example/news/uganda/kasese-earthquake-families-sleep-outside", _EQ6_TV),
                  _page("https://rwenzorimirror.example/news/2026/06/15/kasese-quake-toll-11.html", _EQ6_REGIONAL)],
                 [])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
