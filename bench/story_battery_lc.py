"""Part LC of the story battery (web pages).

Written by engineer LC1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LC1: RBI cuts the repo rate 25 bps to 5.00% (Mumbai, Wed 8 Apr 2026); PLANTED: vote 4-2 (Bharat Newsline) vs 5-1, FY27 CPI projection 3.9% (Rate Card) vs 4.1%; traps: bps vs per cent, 6-0 stance vote and February's 6-0 hold, 4.3%/6.7% earlier forecasts, bond yield at 10:35 vs close, quote cut differently, Governor/central bank chief.
el-LC2: Hetauda (Nepal) mayoral by-election won by independent Kamala Dhungana (declared Fri 24 Apr 2026, 7:40 pm NPT); CONTROL; traps: running tallies after 6/12/17 wards, ward-level counts, midday turnout 38% vs final 64.95%/about 65%, NPT vs GMT, 39.5%/nearly two in five, quote cut differently.
ct-LC3: Bangladesh High Court upholds Tk 250.4 crore VAT demand on Padma Springs (Tue 12 May 2026); CONTROL; traps: crore/million/dollars, principal vs interest vs total, share price at 1 pm vs close, rule issued Nov 2024 vs verdict, judges named fully or by surname, Tuesday/yesterday.
tr-LC4: Sri Lanka's April 2026 merchandise exports $1,086.4m, +7.2% (EDB, Tue 19 May 2026); CONTROL; traps: month vs Jan-Apr vs year-earlier vs March figures, $1.09 bn/Rs 327 bn, goods vs goods-and-services, sector and market sub-totals, 7.2%/just over 7 per cent.
rk-LC5: Sarvatra Space's Anvaya-1 reaches orbit from Sriharikota (Thu 21 May 2026); PLANTED: liftoff 10:30 am (Sapta News 7) vs 10:42 am IST, Harsha Venkatram called chief technology officer (Coromandel Herald) vs chief operating officer; traps: Tuesday's scrub at T-41 s, IST vs GMT, 12 min 40 s/just under 13 minutes, payload parts vs 87 kg total, 150 kg capacity vs 120 kg next flight, Rs 530 crore/$61 million.
eq-LC6: M5.8 earthquake in Shangla district, Khyber Pakhtunkhwa (Tue 9 Jun 2026, 11:18 am PKT); PLANTED: epicentre in Kohistan (Asia Desk Wire) vs Shangla, day Monday (Indus Observer) vs Tuesday, PDMA chief Isfandyar (Swat Valley Voice) vs Asfandyar; traps: PMD 5.8 vs USGS 5.6, death toll growing 2/6/9/11 with times, houses damaged counts by moment, 4.3 aftershock, hospital partial counts, place precision, PKT vs GMT.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Small helpers shared by the page templates
# ---------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _inline(text: str) -> str:
    """Escape a run of text, then allow **bold** and [link](href)."""
    out = _esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', out)
    return out


def _ad(slot: str, size: str = "300x250") -> str:
    return (f'<div class="ad-slot ad-{size}" data-slot="{_attr(slot)}" aria-label="Advertisement">'
            f'<span class="ad-label">Advertisement</span>'
            f'<div class="ad-frame" id="{_attr(slot)}"></div></div>')


def _body(text: str, ad_every: int = 0, ad_prefix: str = "inline") -> str:
    """Turn blank-line separated blocks into article markup.

    Blocks starting with '## ' become sub-headings, '> ' pull quotes, and
    blocks whose lines all start with '- ' become bullet lists.
    """
    blocks = [b.strip("\n") for b in text.strip().split("\n\n") if b.strip()]
    parts: list[str] = []
    paras = 0
    ads = 0
    for block in blocks:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if all(ln.startswith("- ") for ln in lines):
            items = "".join(f"<li>{_inline(ln[2:])}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
            continue
        flat = " ".join(lines)
        if flat.startswith("## "):
            parts.append(f"<h2>{_inline(flat[3:])}</h2>")
        elif flat.startswith("> "):
            parts.append(f'<blockquote class="pull-quote"><p>{_inline(flat[2:])}</p></blockquote>')
        else:
            parts.append(f"<p>{_inline(flat)}</p>")
            paras += 1
            if ad_every and paras % ad_every == 0:
                ads += 1
                parts.append(_ad(f"{ad_prefix}-{ads}"))
    return "\n".join(parts)


def _jsonld(m: dict[str, Any], kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": m["url"]},
        "headline": m["headline"],
        "description": m["dek"],
        "image": [f"https://{m['domain']}/media/{m['image']['file']}"],
        "articleSection": m.get("section", "News"),
        "inLanguage": m.get("lang", "en"),
        "publisher": {
            "@type": "Organization",
            "name": m["site"],
            "logo": {"@type": "ImageObject", "url": f"https://{m['domain']}/static/logo-600x60.png"},
        },
    }
    if m.get("author"):
        data["author"] = [{"@type": "Person", "name": a} for a in m["author"].split(" and ")]
    else:
        data["author"] = {"@type": "Organization", "name": m["site"]}
    if m.get("published"):
        data["datePublished"] = m["published"]
        data["dateModified"] = m.get("modified", m["published"])
    if m.get("keywords"):
        data["keywords"] = ", ".join(m["keywords"])
    return ('<script type="application/ld+json">\n'
            + json.dumps(data, ensure_ascii=False, indent=2) + "\n</script>")


def _head(m: dict[str, Any], css: str, extra: str = "", jsonld: bool = True) -> str:
    sep = m.get("sep", " | ")
    title = f"{m['headline']}{sep}{m['site']}"
    img = f"https://{m['domain']}/media/{m['image']['file']}"
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f'<meta name="description" content="{_attr(m["dek"])}">',
        f'<link rel="canonical" href="{_attr(m["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_attr(m["site"])}">',
        f'<meta property="og:title" content="{_attr(m["headline"])}">',
        f'<meta property="og:description" content="{_attr(m["dek"])}">',
        f'<meta property="og:url" content="{_attr(m["url"])}">',
        f'<meta property="og:image" content="{_attr(img)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{_attr(m["headline"])}">',
    ]
    if m.get("author"):
        metas.append(f'<meta name="author" content="{_attr(m["author"])}">')
    if m.get("published") and jsonld:
        metas.append(f'<meta property="article:published_time" content="{m["published"]}">')
        metas.append(f'<meta property="article:modified_time" content="{m.get("modified", m["published"])}">')
    metas.append(f'<meta property="article:section" content="{_attr(m.get("section", "News"))}">')
    for kw in m.get("keywords", []):
        metas.append(f'<meta property="article:tag" content="{_attr(kw)}">')
    metas.append(f'<link rel="stylesheet" href="https://{m["domain"]}/assets/{css}">')
    metas.append(f'<link rel="icon" href="https://{m["domain"]}/favicon.ico">')
    metas.append('<script async src="https://tags.adexchange.example/gpt.js"></script>')
    if jsonld:
        metas.append(_jsonld(m, m.get("ld_type", "NewsArticle")))
    if extra:
        metas.append(extra)
    return "<head>\n" + "\n".join(metas) + "\n</head>"


def _share(url: str, label: str = "Share this story") -> str:
    u = _attr(url)
    return (f'<div class="share-bar"><span class="share-label">{_esc(label)}</span>'
            f'<a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
            f'<a class="share x" href="https://x.com/intent/post?url={u}">X</a>'
            f'<a class="share wa" href="https://wa.me/?text={u}">WhatsApp</a>'
            f'<a class="share li" href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a>'
            f'<button class="share copy" type="button">Copy link</button></div>')


def _figure(m: dict[str, Any], cls: str = "lead-image") -> str:
    im = m["image"]
    src = f"https://{m['domain']}/media/{im['file']}"
    return (f'<figure class="{cls}"><img src="{_attr(src)}" alt="{_attr(im["alt"])}" '
            f'width="1200" height="675" loading="eager">'
            f'<figcaption>{_inline(im["caption"])} '
            f'<span class="credit">{_esc(im["credit"])}</span></figcaption></figure>')


def _related(items: list[tuple[str, str]], heading: str = "Related stories") -> str:
    lis = "".join(f'<li><a href="{_attr(h)}">{_esc(t)}</a></li>' for t, h in items)
    return f'<aside class="related"><h3>{_esc(heading)}</h3><ul>{lis}</ul></aside>'


def _cookie(site: str, style: int = 0) -> str:
    texts = [
        (f"{site} and our partners use cookies to keep the site working, measure readership "
         "and show advertising. You can change your choice at any time.", "Accept all", "Manage choices"),
        ("We use cookies and similar tools to understand how our pages are read and to fund "
         "our journalism through advertising.", "I agree", "Settings"),
        ("This website stores small files on your device. Some are essential; others help us "
         "count visitors and personalise ads.", "Allow cookies", "Only essential"),
    ]
    t, yes, no = texts[style % len(texts)]
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_esc(t)} <a href="/privacy">Privacy policy</a></p>'
            f'<button type="button" class="btn-accept">{_esc(yes)}</button>'
            f'<button type="button" class="btn-settings">{_esc(no)}</button></div>')


def _nav(items: list[str], cls: str = "main-nav") -> str:
    lis = "".join(f'<li><a href="/{_attr(i.lower().replace(" ", "-"))}">{_esc(i)}</a></li>' for i in items)
    return f'<nav class="{cls}" aria-label="Sections"><ul>{lis}</ul></nav>'


def _footer(site: str, links: list[str], note: str = "") -> str:
    lis = "".join(f'<li><a href="/{_attr(x.lower().replace(" ", "-"))}">{_esc(x)}</a></li>' for x in links)
    extra = f"<p>{_esc(note)}</p>" if note else ""
    return (f'<footer class="site-footer"><ul class="footer-links">{lis}</ul>{extra}'
            f"<p>&copy; 2026 {_esc(site)}. All rights reserved.</p></footer>")


def _byline(m: dict[str, Any]) -> str:
    who = m.get("author")
    role = m.get("author_role", "")
    if who:
        names = " and ".join(f'<a rel="author" href="/authors/{_attr(a.lower().replace(" ", "-"))}">{_esc(a)}</a>'
                             for a in who.split(" and "))
        text = f"By {names}"
    else:
        text = f"By {_esc(m['site'])} staff"
    if role:
        text += f', <span class="role">{_esc(role)}</span>'
    return f'<p class="byline">{text}</p>'


def _dateline(m: dict[str, Any]) -> str:
    vis = m.get("date_text")
    if not vis:
        return ""
    if m.get("published"):
        return f'<p class="dateline"><time datetime="{m["published"]}">{_esc(vis)}</time></p>'
    return f'<p class="dateline">{_esc(vis)}</p>'


# ---------------------------------------------------------------------------
# Page templates: one per kind of outlet
# ---------------------------------------------------------------------------

def _wire(m: dict[str, Any]) -> str:
    """A wire-service story page: sparse chrome, dateline in the first paragraph."""
    body = _body(m["body"], ad_every=5, ad_prefix="wire-mid")
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'wire-2026.css')}
<body class="wire story">
{_cookie(m['site'], 1)}
<header class="wire-header"><a class="logo" href="/">{_esc(m['site'])}</a>
{_nav(['World', 'Business', 'Markets', 'Asia', 'Science', 'Sport', 'Pictures'])}
<a class="login" href="/account">Sign in</a></header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{m.get('section', 'news').lower()}">{_esc(m.get('section', 'News'))}</a></div>
<article class="wire-story" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{_esc(m['headline'])}</h1>
{_byline(m)}
{_dateline(m)}
{_share(m['url'])}
{_figure(m)}
<div class="article-body" itemprop="articleBody">
{body}
</div>
<p class="wire-credits">{_esc(m.get('credits', ''))}</p>
<p class="standards"><a href="/trust">Our Standards: The {_esc(m['site'])} Trust Principles.</a></p>
</article>
{_related(m['related'], 'Read next')}
{_ad('wire-bottom', '728x90')}
</main>
{_footer(m['site'], ['About us', 'Contact', 'Careers', 'Terms of use', 'Privacy', 'Licensing'],
         'All quotes delayed a minimum of 15 minutes.')}
</body>
</html>
"""


def _paper(m: dict[str, Any]) -> str:
    """A national newspaper's article page: masthead, ticker, sidebar, print-edition note."""
    body = _body(m["body"], ad_every=4, ad_prefix="paper-inarticle")
    most = "".join(f'<li><a href="{_attr(h)}">{_esc(t)}</a></li>' for t, h in m.get("most_read", []))
    print_note = m.get("print_note", "")
    print_html = f'<p class="print-edition">{_esc(print_note)}</p>' if print_note else ""
    ticker = m.get("ticker", "")
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'paper-main.min.css')}
<body class="article-page">
{_cookie(m['site'], 0)}
<div class="top-strip"><span class="today">{_esc(m.get('strip_date', ''))}</span>
<a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><a class="brand" href="/"><img src="https://{m['domain']}/static/masthead.svg" alt="{_attr(m['site'])}"></a></header>
{_nav(['Home', 'Nation', 'Business', 'Economy', 'World', 'Opinion', 'Sport', 'Entertainment', 'Lifestyle', 'E-Paper'])}
{f'<div class="ticker"><strong>Trending:</strong> {_esc(ticker)}</div>' if ticker else ''}
{_ad('paper-leaderboard', '970x90')}
<div class="layout">
<main class="content">
<article class="story" id="story">
<p class="kicker"><a href="/{m.get('section', 'news').lower()}">{_esc(m.get('section', 'News'))}</a></p>
<h1>{_esc(m['headline'])}</h1>
<p class="standfirst">{_esc(m['dek'])}</p>
{_byline(m)}
{_dateline(m)}
{_share(m['url'], 'Share')}
{_figure(m)}
<div class="story-body">
{body}
</div>
{print_html}
<div class="tags">{''.join(f'<a class="tag" href="/tag/{_attr(t.lower().replace(" ", "-"))}">{_esc(t)}</a>' for t in m.get('keywords', []))}</div>
</article>
{_related(m['related'], 'Also read')}
</main>
<aside class="sidebar">
{_ad('paper-sidebar-1')}
<section class="most-read"><h3>Most read</h3><ol>{most}</ol></section>
<section class="newsletter-box"><h3>Morning briefing</h3><p>The day's essential news in your inbox before breakfast.</p>
<form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
{_ad('paper-sidebar-2', '300x600')}
</aside>
</div>
{_footer(m['site'], ['About us', 'Contact us', 'Advertise with us', 'Grievance redressal', 'Privacy policy', 'Terms and conditions', 'Archive'])}
</body>
</html>
"""


def _broadcast(m: dict[str, Any]) -> str:
    """A broadcaster's web story: video player, key points, 'watch live' chrome."""
    body = _body(m["body"], ad_every=4, ad_prefix="tv-mid")
    points = "".join(f"<li>{_inline(p)}</li>" for p in m.get("key_points", []))
    key = f'<section class="key-points"><h2>Key points</h2><ul>{points}</ul></section>' if points else ""
    video = m.get("video", {})
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'tv-web.css')}
<body class="tv-site article">
{_cookie(m['site'], 2)}
<header class="tv-header"><a class="logo" href="/">{_esc(m['site'])}</a>
<a class="live-btn" href="/live">&#9679; Watch live</a>
{_nav(['News', 'Politics', 'Business', 'World', 'Videos', 'Shows', 'Sport', 'Weather'])}</header>
{_ad('tv-top', '728x90')}
<main>
<article class="tv-article">
<h1>{_esc(m['headline'])}</h1>
{_byline(m)}
{_dateline(m)}
{_share(m['url'])}
<div class="video-player" data-video-id="{_attr(video.get('id', 'v0'))}">
<img src="https://{m['domain']}/media/{m['image']['file']}" alt="{_attr(m['image']['alt'])}">
<button class="play" type="button">Play video</button>
<p class="video-caption">{_inline(video.get('caption', m['image']['caption']))} <span class="credit">{_esc(m['image']['credit'])}</span></p>
<p class="video-duration">{_esc(video.get('duration', ''))}</p>
</div>
{key}
<div class="article-text">
{body}
</div>
<p class="corrections">Spotted an error? <a href="/corrections">Tell our newsroom.</a></p>
</article>
{_related(m['related'], 'More on this story')}
<section class="watch-next"><h3>Watch next</h3><ul>{''.join(f'<li>{_esc(v)}</li>' for v in m.get('watch_next', []))}</ul></section>
{_ad('tv-bottom')}
</main>
{_footer(m['site'], ['About the channel', 'Schedule', 'Contact', 'Complaints', 'Privacy', 'Terms'],
         'Programme content may be edited for broadcast.')}
</body>
</html>
"""


def _local(m: dict[str, Any]) -> str:
    """A local news site on a blog-style theme: categories, comments, 'posted on'."""
    body = _body(m["body"], ad_every=3, ad_prefix="local-content")
    cats = ", ".join(f'<a href="/category/{_attr(c.lower().replace(" ", "-"))}">{_esc(c)}</a>' for c in m.get("categories", ["News"]))
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'theme/style.css?ver=4.2.1')}
<body class="single single-post postid-{m.get('post_id', 1001)}">
{_cookie(m['site'], 2)}
<div class="site-branding"><p class="site-title"><a href="/">{_esc(m['site'])}</a></p>
<p class="site-description">{_esc(m.get('tagline', ''))}</p></div>
{_nav(['Home', 'Local', 'Politics', 'Business', 'Education', 'Health', 'Sports', 'Contact'], 'primary-menu')}
{_ad('local-header', '728x90')}
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><span class="cat-links">{cats}</span>
<h1 class="entry-title">{_esc(m['headline'])}</h1>
<div class="entry-meta">{_byline(m)}{_dateline(m)}<span class="comments-link"><a href="#comments">{m.get('comments', 0)} Comments</a></span></div>
</header>
{_figure(m, 'wp-block-image')}
<div class="entry-content">
{body}
</div>
<footer class="entry-footer">{_share(m['url'], 'Share:')}</footer>
</article>
{_related(m['related'], 'You may also like')}
<section id="comments" class="comments-area"><h3>{m.get('comments', 0)} thoughts on this story</h3>
<p class="comment-notice">Comments are moderated and may take a few hours to appear.</p></section>
</main>
<aside id="secondary" class="widget-area">{_ad('local-sidebar')}
<section class="widget"><h3>Follow us</h3><p>Facebook &middot; YouTube &middot; Instagram</p></section></aside>
</div>
{_footer(m['site'], ['About', 'Our team', 'Advertise', 'Privacy policy', 'Contact'], m.get('footer_note', ''))}
</body>
</html>
"""


def _newsletter(m: dict[str, Any]) -> str:
    """The web view of an email newsletter issue; often without structured data."""
    body = _body(m["body"], ad_every=0)
    has_ld = bool(m.get("published"))
    sponsor = m.get("sponsor", "")
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'newsletter-web.css', jsonld=has_ld)}
<body class="newsletter-web">
{_cookie(m['site'], 1)}
<div class="preheader"><a href="/issues">View all issues</a> &middot; <a href="/subscribe">Subscribe</a> &middot; Forwarded this email? Sign up for free.</div>
<header class="nl-header"><a class="nl-brand" href="/">{_esc(m['site'])}</a>
<p class="nl-issue">{_esc(m.get('issue', ''))}</p>
{_nav(['Latest issue', 'Archive', 'Podcast', 'About', 'Sponsor us'], 'nl-nav')}</header>
<main>
<article class="nl-issue-body">
<h1>{_esc(m['headline'])}</h1>
{_byline(m)}
{_dateline(m)}
{_share(m['url'], 'Share this issue')}
{_figure(m, 'nl-image')}
<div class="nl-sponsor"><span class="ad-label">Advertisement</span> <p>{_esc(sponsor)}</p></div>
<div class="nl-text">
{body}
</div>
<p class="nl-signoff">{_esc(m.get('signoff', ''))}</p>
</article>
{_related(m['related'], 'From the archive')}
</main>
{_footer(m['site'], ['Unsubscribe', 'Update preferences', 'Privacy', 'Contact the editor'],
         'You are receiving this because you signed up on our website.')}
</body>
</html>
"""


def _liveblog(m: dict[str, Any]) -> str:
    """A live blog: summary at the top, newest entry first, each with its own time stamp."""
    entries = []
    for i, e in enumerate(m["entries"]):
        t = f'<time datetime="{e["iso"]}">{_esc(e["time"])}</time>' if e.get("iso") else f'<span class="time">{_esc(e["time"])}</span>'
        pinned = ' pinned' if e.get("pinned") else ''
        entries.append(f'<div class="lb-entry{pinned}" id="entry-{len(m["entries"]) - i}">{t}'
                       f'<h3>{_esc(e["title"])}</h3>{_body(e["text"])}</div>')
        if i in (2, 6, 10):
            entries.append(_ad(f"lb-feed-{i}"))
    summary = "".join(f"<li>{_inline(p)}</li>" for p in m.get("key_points", []))
    return f"""<!DOCTYPE html>
<html lang="{m.get('lang', 'en')}">
{_head(m, 'liveblog.css')}
<body class="live-page">
{_cookie(m['site'], 0)}
<header class="site-head"><a class="logo" href="/">{_esc(m['site'])}</a>
{_nav(['Live', 'Latest', 'India', 'South Asia', 'World', 'Business', 'Science', 'Videos'])}</header>
{_ad('live-top', '970x250')}
<main>
<article class="live-blog">
<p class="live-badge">LIVE</p>
<h1>{_esc(m['headline'])}</h1>
<p class="standfirst">{_esc(m['dek'])}</p>
{_byline(m)}
{_dateline(m)}
{_share(m['url'], 'Share this live blog')}
{_figure(m)}
<section class="summary"><h2>Summary</h2><ul>{summary}</ul></section>
<div class="lb-feed">
{''.join(entries)}
</div>
</article>
{_related(m['related'], 'Related coverage')}
</main>
{_footer(m['site'], ['About', 'Editorial policy', 'Contact', 'Privacy', 'Cookie settings'])}
</body>
</html>
"""


# ===========================================================================
# cb-LC1 -- Reserve Bank of India cuts the repo rate (PLANTED)
# ===========================================================================
# Facts: RBI monetary policy committee met 6-8 April 2026 in Mumbai; decision read out by
# Governor Anirudh Kesavan at 10:00 IST (04:30 GMT) on Wednesday 8 April 2026. Repo rate cut
# 25 bps from 5.25% to 5.00%; SDF 4.75%, MSF and bank rate 5.25%. Rate vote 5-1, external
# member Prof. Meenakshi Varadarajan dissenting (wanted a hold); stance "neutral" kept 6-0.
# February meeting (decision Friday 6 Feb) held at 5.25%, 6-0. FY2026-27 CPI projection 4.1%
# (was 4.3% in February); GDP projection 6.8% (was 6.7%). February CPI 3.4%. 125 bps of cuts
# during 2025. 10-year yield 6.47% Tuesday close, 6.43% at 10:35 IST, closed 6.42% Wednesday.
# Rupee 87.71 in the morning, closed 87.64. Minutes due 22 April; next meeting 3-5 June.
# Deputy Governor Rukhsana Pathak. Economists: Tanvi Mehrotra (Harbourline Securities),
# Rohan D'Souza (Coastal Trust Asset Management).
# PLANTED: rate vote -- Bharat Newsline says 4-2 (others 5-1 / five of six);
#          FY27 CPI projection -- Rate Card newsletter says 3.9% (others 4.1%).

CB1_WIRE = _wire({
    "site": "Subcontinent Wire", "domain": "subcontinentwire.example", "lang": "en",
    "url": "https://subcontinentwire.example/markets/india-rbi-cuts-repo-rate-april-2026-2026-04-08/",
    "headline": "India's central bank cuts repo rate to 5.00% as inflation stays low",
    "dek": "The Reserve Bank of India lowered its policy rate by 25 basis points in a split decision "
           "and raised its growth forecast for 2026/27.",
    "section": "Markets", "author": "Kavita Raman and Siddharth Lobo",
    "published": "2026-04-08T10:21:00+05:30", "modified": "2026-04-08T10:48:00+05:30",
    "date_text": "April 8, 2026 10:21 AM GMT+5:30 Updated 27 min ago",
    "keywords": ["Reserve Bank of India", "Interest rates", "India economy"],
    "image": {"file": "2026/04/rbi-mumbai-hq-0408.jpg",
              "alt": "Pedestrians walk past the Reserve Bank of India building in Mumbai",
              "caption": "People walk past the Reserve Bank of India head office in Mumbai's Fort district.",
              "credit": "Subcontinent Wire/Prakash Nair"},
    "credits": "Reporting by Kavita Raman and Siddharth Lobo in Mumbai; Editing by Arvind Pillai",
    "related": [("Indian bond yields slip ahead of RBI policy decision", "/markets/india-bonds-preview-2026-04-07/"),
                ("Explainer: how the RBI's six-member rate panel votes", "/explainers/rbi-mpc-how-it-works/"),
                ("India's February retail inflation eases on cheaper vegetables", "/markets/india-cpi-february-2026-03-12/")],
    "body": """
MUMBAI, April 8 (Subcontinent Wire) - The Reserve Bank of India lowered its key lending rate by 25 basis points to 5.00% on Wednesday, its first move since a pause in February, saying that subdued consumer prices left room to support an economy it now expects to grow a little faster this fiscal year.

The six-member monetary policy committee voted 5-1 to cut the repo rate from 5.25%, Governor Anirudh Kesavan said in a statement read out at 10 a.m. (0430 GMT). External member Meenakshi Varadarajan, a professor of economics, voted to keep the rate where it was.

The committee kept its policy stance at "neutral", a decision that was unanimous.

"Inflation has stayed inside our band for long enough that we can give growth a little more room, but we will not confuse one good season with a permanent change," Kesavan said.

Most economists polled by Subcontinent Wire in the week before the meeting had forecast a quarter-point cut, although a sizeable minority had expected the RBI to wait for the monsoon outlook before moving again.

With Wednesday's decision, the standing deposit facility rate, the floor of the interest rate corridor, falls to 4.75%, while the marginal standing facility rate and the bank rate go to 5.25%. The cash reserve ratio was left unchanged.

## Forecasts

The RBI now projects consumer price inflation to average 4.1% in the 2026/27 fiscal year, which began on April 1, lower than the 4.3% it had pencilled in at its February meeting. It raised its estimate for real GDP growth in the year to 6.8% from 6.7%.

Annual retail inflation was 3.4% in February, the latest month for which official data is available, below the 4% midpoint of the central bank's 2%-6% tolerance band. Food prices have been the main source of relief, with vegetables and pulses cheaper than a year earlier.

The central bank lowered the repo rate by a combined 125 basis points over the course of 2025 before leaving it unchanged at 5.25% in February, when the committee voted 6-0 to hold.

## Market reaction

Bond prices rose after the announcement. The benchmark 10-year government bond yield stood at 6.43% at 10:35 a.m., against 6.47% at Tuesday's close. The rupee was little changed at 87.71 to the dollar.

"The cut was priced in, but the lower inflation forecast tells you the committee is not in a hurry to declare the cycle over," said Tanvi Mehrotra, chief economist at Harbourline Securities in Mumbai. "The single dissent is the part traders will read most closely."

Varadarajan's reasons will become public when the minutes of the meeting are released on April 22. Her dissent is the first on a rate decision since the committee was reconstituted, and several economists said it showed that at least one member was uneasy about cutting further while core inflation, which strips out food and fuel, was holding close to 4%.

## Growth picture

Kesavan said investment by private companies was picking up unevenly and that exports faced a difficult global environment, pointing to weaker demand in some of India's largest markets. He said the committee would watch the arrival of the south-west monsoon, due in June, for its effect on food prices.

Deputy Governor Rukhsana Pathak, who oversees the monetary policy department, was scheduled to brief reporters alongside Kesavan at noon.

The committee's next meeting is scheduled for June 3-5.
""",
})

CB1_PAPER = _paper({
    "site": "The Deccan Ledger", "domain": "deccanledger.example", "lang": "en-IN", "sep": " | ",
    "url": "https://www.deccanledger.example/business/economy/rbi-repo-rate-cut-five-per-cent-kesavan-april-policy/article-88213407.ece",
    "headline": "RBI trims repo rate to 5%, but Kesavan keeps the brakes within reach",
    "dek": "A quarter-point cut, a lone dissent and a lower inflation forecast: what the April policy means "
           "for borrowers, savers and the bond market.",
    "section": "Economy", "author": "Meher Baliga", "author_role": "Senior Economics Correspondent",
    "published": "2026-04-08T19:40:00+05:30", "modified": "2026-04-08T21:15:00+05:30",
    "date_text": "Mumbai, April 08, 2026 07:40 pm IST - Updated April 08, 2026 09:15 pm IST",
    "strip_date": "Wednesday, April 8, 2026",
    "ticker": "RBI policy | IPL 2026 | Summer heatwave | Board exam results",
    "keywords": ["RBI", "Repo rate", "Monetary policy", "Home loans", "Inflation"],
    "print_note": "A version of this article appears in the print edition of April 9, 2026.",
    "image": {"file": "2026/04/08/kesavan-presser.jpg",
              "alt": "RBI Governor Anirudh Kesavan at the post-policy press conference",
              "caption": "RBI Governor Anirudh Kesavan (centre) with Deputy Governor Rukhsana Pathak at the post-policy press conference in Mumbai on Wednesday.",
              "credit": "Photo: Special Arrangement"},
    "most_read": [("Heatwave warning for interior Karnataka till the weekend", "/news/karnataka-heatwave/"),
                  ("Board results: how to check marks online", "/education/board-results-2026/"),
                  ("Metro phase three: tender for elevated stretch floated", "/cities/metro-phase-three/")],
    "related": [("Editorial: A cut with a caveat", "/opinion/editorial/a-cut-with-a-caveat/"),
                ("Will your bank pass on the rate cut? Here is what the rules say", "/business/personal-finance/rate-cut-pass-through/"),
                ("February policy: RBI holds rates, flags food price risks", "/business/economy/rbi-february-policy-hold/")],
    "body": """
The Reserve Bank of India on Wednesday lowered the repo rate, the rate at which it lends to banks overnight, by 25 basis points to 5 per cent, ending a two-month pause and signalling that it sees more room to support growth while inflation stays low. The decision was not unanimous: five of the six members of the Monetary Policy Committee (MPC) backed the cut, while external member Prof. Meenakshi Varadarajan voted to hold.

Governor Anirudh Kesavan, announcing the decision at 10 a.m. in Mumbai, framed the move as a measured one. The committee could "give growth a little more room", he said, but added that "we will not confuse one good season with a permanent change".

The MPC retained its neutral stance, with all six members in agreement on that question. That leaves the central bank free to move in either direction at its next meeting, scheduled for June 3 to 5.

## Lower inflation forecast

The most closely watched number in the policy statement was the inflation projection. The RBI now expects retail inflation to average 4.1 per cent in 2026-27, down from 4.3 per cent in its February estimate. Inflation measured by the consumer price index stood at 3.4 per cent in February, comfortably inside the central bank's tolerance band of 2 to 6 per cent.

The growth forecast for the current year moves up slightly, to 6.8 per cent from 6.7 per cent, on the back of stronger rural spending and a revival in government capital expenditure in the final quarter of last year.

"There is nothing in the statement that says this is the last cut, and nothing that says another one is coming in June," said Rohan D'Souza, head of fixed income at Coastal Trust Asset Management. "The committee has deliberately left itself both doors."

At the post-policy press conference, Mr. Kesavan put it in his own terms. "The door is not shut, and it is not wide open either," he told reporters.

## What it means for borrowers

For households, the effect depends on how quickly banks pass the cut on. Most new floating-rate home loans are now linked to an external benchmark, usually the repo rate, so borrowers on such loans should see the change at their next reset date.

On a home loan of Rs. 50 lakh (about $57,000) over 20 years, a fall in the interest rate from 8.5 per cent to 8.25 per cent would bring the monthly instalment down by roughly Rs. 790, from about Rs. 43,390 to about Rs. 42,600, assuming the bank passes on the full 25 basis points. Borrowers who prefer to keep their instalment unchanged can instead shorten the remaining tenure.

Depositors are likely to be on the losing side. Several large banks trimmed rates on some fixed deposits after the February meeting, and bankers said a fresh round of cuts to deposit rates was likely over the coming weeks.

The rate corridor shifts with the repo rate. The standing deposit facility, where banks park surplus cash, now pays 4.75 per cent, while the marginal standing facility and the bank rate are at 5.25 per cent.

## Markets

Government bonds gained through the day. The yield on the 10-year benchmark closed at 6.42 per cent, down five basis points from Tuesday's close of 6.47 per cent. The rupee closed at 87.64 against the dollar and the Nifty 50 index ended 0.7 per cent higher, led by banks and real estate companies.

Tanvi Mehrotra, chief economist at Harbourline Securities, said the single dissent was worth watching. "One vote against is not a revolt, but it is a reminder that core inflation has not fallen the way food prices have," she said.

## The lone dissent

Prof. Varadarajan's reasons will be known only when the minutes of the meeting are published on April 22. In earlier public remarks, she had argued that the central bank should wait for evidence on the monsoon before easing further.

Over 2025, the RBI cut the repo rate by a total of 125 basis points. In February this year, the committee voted unanimously to keep the rate at 5.25 per cent, citing uncertainty over global trade and food prices.

Mr. Kesavan said the central bank would keep liquidity in the banking system in surplus so that the cut reached borrowers. "We look at the whole path of prices, not at one monthly number," he said.
""",
})

CB1_TV = _broadcast({
    "site": "Bharat Newsline", "domain": "bharatnewsline.example", "lang": "en-IN", "sep": " - ",
    "url": "https://www.bharatnewsline.example/business/rbi-policy-repo-rate-cut-25-bps-governor-kesavan-press-conference-1184402",
    "headline": "RBI Cuts Repo Rate By 25 Basis Points To 5%, Loan EMIs Set To Fall",
    "dek": "The Reserve Bank of India's rate-setting panel cut the repo rate to 5 per cent on Wednesday "
           "and lowered its inflation forecast for 2026-27.",
    "section": "Business", "author": "Aditya Kulkarni", "author_role": "Business Editor",
    "published": "2026-04-08T13:10:00+05:30", "modified": "2026-04-08T13:42:00+05:30",
    "date_text": "Updated: April 08, 2026 1:42 pm IST",
    "keywords": ["RBI policy", "repo rate", "EMI", "Anirudh Kesavan"],
    "image": {"file": "videos/2026/04/rbi-policy-explained-thumb.jpg",
              "alt": "RBI Governor Anirudh Kesavan speaks during the policy announcement",
              "caption": "RBI Governor Anirudh Kesavan announces the monetary policy decision in Mumbai.",
              "credit": "(Image: Bharat Newsline)"},
    "video": {"id": "bnl-rbi-0408", "duration": "04:12",
              "caption": "Watch: What the RBI rate cut means for your home loan"},
    "key_points": ["RBI cuts repo rate by 25 basis points to 5 per cent",
                   "The MPC vote was 4-2 in favour of the cut; stance kept neutral",
                   "Inflation forecast for 2026-27 lowered to 4.1 per cent",
                   "GDP growth forecast raised to 6.8 per cent"],
    "watch_next": ["Market wrap: banks lead gains after rate cut", "Your money: should you prepay your loan now?",
                   "Explained: what is the repo rate?"],
    "related": [("RBI Policy Live Updates: Repo rate cut to 5%, Governor Kesavan's press conference", "/business/rbi-policy-live-updates-april-2026"),
                ("Home loan borrowers: how much will your EMI fall?", "/business/home-loan-emi-calculator-rate-cut"),
                ("Sensex, Nifty open higher ahead of RBI policy outcome", "/business/markets-open-april-8")],
    "body": """
The Reserve Bank of India (RBI) on Wednesday cut its key lending rate, the repo rate, by 25 basis points to 5 per cent, a move that is likely to bring down equated monthly instalments (EMIs) for lakhs of borrowers with home, car and personal loans linked to the benchmark.

Announcing the decision of the Monetary Policy Committee (MPC) at 10 am, Governor Anirudh Kesavan said inflation had remained low long enough to allow the central bank to focus a little more on growth. The MPC voted 4-2 in favour of the cut, according to the RBI's policy statement. External member Meenakshi Varadarajan was among those who wanted the rate left unchanged.

"Inflation has stayed inside our band for long enough that we can give growth a little more room," Mr Kesavan said in his statement.

The repo rate now stands at 5 per cent, compared with 5.25 per cent earlier. The RBI retained its "neutral" stance, which means it has not committed itself to further cuts or to a pause.

## Inflation and growth forecasts

The central bank lowered its forecast for retail inflation in the current financial year, 2026-27, to 4.1 per cent from the 4.3 per cent it had projected in February. It raised its projection for GDP growth to 6.8 per cent, from 6.7 per cent earlier.

Retail inflation eased to 3.4 per cent in February, helped by lower prices of vegetables and pulses. The RBI aims to keep inflation at 4 per cent, with a margin of two percentage points on either side.

## What the Governor said at the press conference

Speaking to reporters at noon, Mr Kesavan declined to say whether more cuts were on the way. "The door is not shut, and it is not wide open either," he said.

He said vegetable prices had behaved well over the winter and that a normal monsoon would help keep food inflation in check. "Vegetable prices have behaved, and a normal monsoon would help, but we have been surprised before," the Governor said.

Deputy Governor Rukhsana Pathak said the central bank would make sure there was enough cash in the banking system for the cut to be passed on to borrowers quickly. She said banks had already lowered lending rates on most loans linked to the repo rate after last year's cuts.

## What it means for you

Most floating-rate home loans given out since October 2019 are linked to an external benchmark such as the repo rate. Borrowers with such loans should see a reduction of a quarter of a percentage point in their interest rate when their loan is next reset, usually within three months.

Financial planners said borrowers could either take the benefit as a smaller EMI or keep their EMI unchanged and finish repaying their loan earlier, which saves more on interest over the life of the loan.

Those with fixed deposits, on the other hand, may see lower returns on new deposits in the coming weeks, as banks adjust their deposit rates after a cut in the policy rate.

## Market reaction

Stock markets rose after the announcement, with bank and real estate shares among the biggest gainers in morning trade. Government bond yields fell, with the 10-year benchmark yield trading near 6.43 per cent before noon.

Economists said the decision was in line with expectations. Tanvi Mehrotra, chief economist at Harbourline Securities, said the lower inflation forecast suggested the committee did not believe the easing cycle had ended.

The RBI had cut the repo rate by a total of 125 basis points in 2025 and kept it unchanged at its February 2026 meeting.

The next meeting of the MPC will be held from June 3 to 5. The minutes of this week's meeting will be released on April 22.
""",
})

CB1_NEWSLETTER = _newsletter({
    "site": "Rate Card", "domain": "ratecard.example", "lang": "en", "sep": " - ",
    "url": "https://ratecard.example/issues/112-the-quarter-point-with-a-footnote",
    "headline": "The quarter-point with a footnote",
    "dek": "Issue 112: the RBI cuts to 5%, one member says no, and the inflation forecast does the talking.",
    "section": "Issues", "author": "Nikhil Sabharwal", "author_role": "Editor, Rate Card",
    "published": None,
    "date_text": "Thursday, 9 April 2026",
    "issue": "Issue 112 - A weekly letter on Indian rates, credit and the rupee",
    "image": {"file": "issues/112/chart-repo-path.png",
              "alt": "Chart of the RBI repo rate since 2024",
              "caption": "The repo rate path: 125 basis points of cuts in 2025, a hold in February, and now 5%.",
              "credit": "Chart: Rate Card, using RBI data"},
    "sponsor": "This issue is supported by Ferncastle Research - independent credit research for treasury teams.",
    "signoff": "Until next Thursday - Nikhil",
    "related": [("Issue 111: What a February hold tells us about April", "/issues/111-february-hold/"),
                ("Issue 108: Reading the dissent tea leaves", "/issues/108-dissent/"),
                ("Issue 104: The 2025 easing cycle in five charts", "/issues/104-five-charts/")],
    "body": """
Good morning. Yesterday's policy was the one most of you expected, with one detail that most of you did not. Let's take them in order.

## The decision

The Reserve Bank's Monetary Policy Committee cut the repo rate by 25 bps to 5.00% on Wednesday. The vote was 5-1. Prof. Meenakshi Varadarajan, one of the three external members, preferred to hold. The stance stays neutral, and on that question the committee was unanimous.

Governor Anirudh Kesavan's statement contained the line that will be quoted for the next two months: "we will not confuse one good season with a permanent change". Read together with the rest of the statement, we take it as a warning to anyone who has already pencilled in June.

## The forecast that matters

The committee now projects CPI inflation for FY27 at 3.9%, against 4.3% in the February policy. That is the number that carries the decision. An inflation projection below target, a real policy rate that still looks generous on that projection, and growth revised up to 6.8% from 6.7%: the arithmetic for a cut was there, and the committee used it.

February CPI printed at 3.4%. The March print is due next week, and the food index is where we would look first. Vegetable prices were the swing factor through the winter.

## The dissent

A single dissent on a rate decision is not a small thing for this committee. Varadarajan's case will be in the minutes on 22 April, but our reading of her recent speeches is that she worries about core inflation, which has been sticky near 4%, and about cutting before the monsoon is known. If she is joined by a second member in June, the pause comes back on the table.

At the press conference the Governor was asked about it directly and declined to say more than that the committee valued a range of views. His other line, "The door is not shut, and it is not wide open either", is about as neutral as a neutral stance gets.

## Markets

The 10-year benchmark closed at 6.42% on Wednesday, five bps below Tuesday's 6.47%. The move was concentrated in the morning, and the afternoon was quiet. The rupee ended at 87.64 per dollar. Overnight index swaps are still pricing some chance of another 25 bps by August, a little less than they did on Tuesday.

Two things we would watch from here:

- Transmission to deposit rates. The corridor has moved with the repo rate (SDF at 4.75%, MSF at 5.25%), and banks will be under pressure to cut term deposit rates before the quarter ends.
- Liquidity. Deputy Governor Rukhsana Pathak repeated that the RBI wants surplus liquidity to persist. How it supplies that, and at what cost, matters as much for short rates as the cut itself.

## Our view

We had expected a cut, and we had expected it to be unanimous. The 5-1 split makes us slightly less confident in a follow-up in June. We now see the June meeting (3-5 June) as a close call that will be settled by the March and April CPI prints and by the first monsoon forecast.

## What we are reading

Tanvi Mehrotra at Harbourline Securities on why the lower inflation forecast is the real signal; Rohan D'Souza of Coastal Trust Asset Management on positioning at the long end after the rally. Both notes went out late yesterday and are worth the time.

As always, reply to this email with questions and we will answer the best ones next week.
""",
})

STORY_1 = _story("cb-LC1", "central bank", "2026-04-10",
                 [_page("https://subcontinentwire.example/markets/india-rbi-cuts-repo-rate-april-2026-2026-04-08/", CB1_WIRE),
                  _page("https://www.deccanledger.example/business/economy/rbi-repo-rate-cut-five-per-cent-kesavan-april-policy/article-88213407.ece", CB1_PAPER),
                  _page("https://www.bharatnewsline.example/business/rbi-policy-repo-rate-cut-25-bps-governor-kesavan-press-conference-1184402", CB1_TV),
                  _page("https://ratecard.example/issues/112-the-quarter-point-with-a-footnote", CB1_NEWSLETTER)],
                 [("RBI rate vote split", r"\b5[-–]1\b|five of the six", r"\b4[-–]2\b|four of the six"),
                  ("FY2026-27 CPI inflation projection", r"(?<![\d.])4\.1 ?(?:%|per ?cent)", r"(?<![\d.])3\.9 ?(?:%|per ?cent)")])


# ===========================================================================
# el-LC2 -- Hetauda mayoral by-election, Nepal (CONTROL)
# ===========================================================================
# Facts: mayoral by-election in Hetauda Sub-Metropolitan City (Makwanpur district, Bagmati
# Province), voting Thursday 23 April 2026, 7 am-5 pm NPT (UTC+5:45); 19 wards, 61 polling
# centres, about 2,300 security personnel. Seat vacant since the previous mayor resigned in
# December for health reasons. Registered voters 117,640; votes cast 76,412 (64.95%); invalid
# 2,187; valid 74,225. Result declared by chief returning officer Gopal Prasad Neupane at
# 7:40 pm NPT Friday 24 April (13:55 GMT): Kamala Dhungana (independent, 44, former
# schoolteacher, chair of a women's savings cooperative) 29,318 (39.5%); Bishnu Prasad
# Adhikari (Nepali Congress) 24,906 (33.6%); Raj Kumar Syangtan (CPN-UML) 15,477 (20.9%);
# five others 4,524 (6.1%). Margin 4,412. Running tallies (live blog): 9:15 am Fri, 6 wards:
# 8,902 / 8,511 / 5,230; 1:30 pm, 12 wards: 18,764 / 16,090 / 9,811; 5:50 pm, 17 wards:
# 26,105 / 22,310 / 13,902. Midday Thursday turnout about 38%. Ward 4: Dhungana 2,106,
# Adhikari 1,544. Ward 11: Adhikari 2,318, Dhungana 1,697. Oath on Monday 27 April.
# Term runs until the 2027 local elections.
# Traps: running tallies vs final; ward counts vs city totals; 39.5% / "nearly two in five";
# 64.95% / "about 65 per cent"; NPT vs GMT; "Friday" / "yesterday" / "24 April";
# one quote cut differently; Dhungana / Kamala Dhungana / mayor-elect.
# PLANTED: none (control).

EL2_WIRE = _wire({
    "site": "Asia Desk Wire", "domain": "asiadeskwire.example", "lang": "en",
    "url": "https://asiadeskwire.example/news/nepal-hetauda-mayor-by-election-independent-wins-20260424",
    "headline": "Independent candidate wins Nepal city mayoral by-election, beating party nominees",
    "dek": "Kamala Dhungana, a former schoolteacher, won the Hetauda mayoral by-election by 4,412 votes.",
    "section": "Asia", "author": "Prabin Tamang",
    "published": "2026-04-24T21:05:00+05:45", "modified": "2026-04-24T21:30:00+05:45",
    "date_text": "24 April 2026, 21:05 NPT",
    "keywords": ["Nepal", "Elections", "Local government"],
    "image": {"file": "2026/04/24/hetauda-count-hall.jpg",
              "alt": "Election officials count ballots in Hetauda",
              "caption": "Election officials sort ballot papers at the counting centre in Hetauda, Nepal, on April 24, 2026.",
              "credit": "Asia Desk Wire/Suman Lama"},
    "credits": "Reporting by Prabin Tamang in Hetauda; writing by Asha Gurung in Kathmandu; editing by Daniel Sequeira",
    "related": [("Nepal's independents gain ground in local politics", "/analysis/nepal-independents-local-politics"),
                ("Explainer: how Nepal fills vacant local posts", "/explainers/nepal-by-elections"),
                ("Bagmati Province budget focuses on roads and irrigation", "/news/bagmati-budget-2026")],
    "body": """
HETAUDA, Nepal, April 24 (Asia Desk Wire) - An independent candidate won a mayoral by-election in the Nepali city of Hetauda on Friday, defeating nominees of the country's two largest parties in a contest that local politicians had treated as a test of voters' patience with established parties.

Kamala Dhungana, 44, a former secondary schoolteacher who chairs a women's savings cooperative in the city, received 29,318 votes, chief returning officer Gopal Prasad Neupane announced at 7:40 p.m. (1355 GMT).

Bishnu Prasad Adhikari of the Nepali Congress came second with 24,906 votes, and Raj Kumar Syangtan of the CPN-UML was third with 15,477. Five other candidates shared the remaining 4,524 valid votes. Dhungana's margin of victory was 4,412 votes.

Hetauda, which lies south of Kathmandu in the inner Tarai, is the capital of Bagmati Province and the headquarters of Makwanpur district. The mayor's post has been vacant since December, when the previous mayor resigned for health reasons.

Voting took place on Thursday. Of the 117,640 people on the city's voter roll, 76,412 cast ballots, a turnout of about 65%, according to the election office. Officials declared 2,187 ballots invalid.

"People in this city did not vote for a party; they voted for drains that work and a bus park that does not flood every monsoon," Dhungana told supporters outside the counting centre after the result was read out.

Adhikari conceded defeat later on Friday evening and said his party would work with the new mayor on the city's budget.

Dhungana campaigned on a short list of municipal promises, among them repairs to drainage in the older wards, a new bus park and published ward-level spending, and she relied largely on volunteers from the cooperative movement. Her opponents had the backing of party organisations that have dominated local government in the city since the 2017 elections that restored elected local bodies after a gap of two decades.

Political analysts in Kathmandu said the result fitted a broader pattern of independent and new-party candidates doing well in urban local contests, though they cautioned against reading too much into a single by-election with a turnout below that of a general local poll.

"A by-election is a low-risk way for voters to send a message," said Sarita Bhandari, who teaches political science at a college in Kathmandu. "Whether the message lasts depends on whether the new mayor can get anything done with a council she does not control."

Dhungana will serve the remainder of the current term, which ends with the next nationwide local elections in 2027. Most ward chairs and members of the municipal assembly belong to the two large parties, which means she will need support from their members to pass budgets.

She is due to take the oath of office on Monday. Her campaign said her first act would be to order an inspection of the city's storm drains before the monsoon rains, which usually arrive in Makwanpur in June.

The Election Commission said voting passed off peacefully. About 2,300 police and armed police personnel were deployed for the poll across the city's 19 wards.
""",
})

EL2_PAPER = _paper({
    "site": "The Valley Dispatch", "domain": "valleydispatch.example", "lang": "en", "sep": " - ",
    "url": "https://valleydispatch.example/national/2026/04/25/hetauda-by-election-dhungana-wins-mayor",
    "headline": "Cooperative leader Dhungana wins Hetauda mayoral race, upending party calculations",
    "dek": "The independent candidate drew nearly two in five valid votes, finishing ahead of the Nepali Congress "
           "and CPN-UML nominees in the provincial capital.",
    "section": "National", "author": "Rupa Ghimire", "author_role": "Makwanpur",
    "published": "2026-04-25T05:30:00+05:45",
    "date_text": "Published at : April 25, 2026",
    "strip_date": "Saturday, April 25, 2026",
    "ticker": "Hetauda by-election | Monsoon preparedness | Load-shedding schedule | Everest season",
    "keywords": ["Hetauda", "By-election", "Local government", "Makwanpur"],
    "print_note": "A version of this story appears in the print edition of April 25, 2026, on page 1.",
    "image": {"file": "2026/04/25/dhungana-supporters.jpg",
              "alt": "Supporters garland Kamala Dhungana in Hetauda",
              "caption": "Supporters garland mayor-elect Kamala Dhungana outside the counting centre in Hetauda on Friday evening.",
              "credit": "Post Photo: Bikash Thapa Magar"},
    "most_read": [("Fuel prices to remain unchanged this fortnight", "/money/fuel-prices-unchanged"),
                  ("Climbers queue for the first Everest summit window", "/national/everest-summit-window"),
                  ("Kathmandu metropolis announces road widening on ring road", "/valley/ring-road-widening")],
    "related": [("Hetauda votes: low-key campaign, high stakes for parties", "/national/2026/04/22/hetauda-campaign"),
                ("Editorial: The message from Hetauda", "/opinion/2026/04/25/message-from-hetauda"),
                ("Who is Kamala Dhungana?", "/national/2026/04/25/who-is-kamala-dhungana")],
    "body": """
Kamala Dhungana, an independent candidate backed by a network of savings cooperatives, was elected mayor of Hetauda Sub-Metropolitan City on Friday, defeating candidates fielded by the Nepali Congress and the CPN-UML in a by-election that both parties had expected to be a two-way contest between themselves.

Chief Returning Officer Gopal Prasad Neupane declared the result at 7:40 pm, nearly 23 hours after counting began. Dhungana received 29,318 votes, or 39.5 percent of the valid votes. Bishnu Prasad Adhikari of the Nepali Congress polled 24,906 votes (33.6 percent) and Raj Kumar Syangtan of the CPN-UML got 15,477 (20.9 percent). The remaining five candidates together received 4,524 votes.

Dhungana finished 4,412 votes ahead of Adhikari.

According to the election office, 76,412 of the 117,640 registered voters cast their ballots on Thursday, putting the turnout at 64.95 percent. As many as 2,187 votes were declared invalid, most of them because voters had stamped outside the box or marked more than one symbol.

## A lead that held

The count was close in the early rounds. Results from the first six wards, released on Friday morning, showed Dhungana ahead by a few hundred votes, and Adhikari's camp expected the wards along the highway, where the Congress has traditionally been strong, to turn the race. They narrowed the gap in some places, but did not reverse it. Adhikari won his home ward, Ward 11, by 2,318 votes to 1,697, while Dhungana built bigger leads in the city's central and eastern wards.

"People in this city did not vote for a party," Dhungana told reporters after the result. "They voted for drains that work and a bus park that does not flood every monsoon."

Adhikari, a former ward chair, accepted the result on Friday night. "The people have decided, and we respect that decision. We will be a responsible opposition in the municipal assembly," he said.

CPN-UML's district leaders said they would review why their candidate finished third in a city where the party had a strong organisation. Syangtan said his campaign had started late because of disagreements over the nomination.

## Who is the new mayor

Dhungana, 44, taught mathematics at a community school in Hetauda for 14 years before leaving to run a women's savings and credit cooperative that now has several thousand members across Makwanpur. She had never contested an election before. Her campaign relied on door-to-door visits by volunteers rather than rallies, and her manifesto fitted on a single page: drainage repairs in the old town, a new bus park, monthly publication of ward-level spending and a grievance desk in every ward office.

She will have to work with a municipal assembly dominated by the two large parties, whose members hold most ward chair posts. The deputy mayor, elected in 2022, remains in office.

## What comes next

Dhungana is scheduled to take the oath of office on Monday, April 27. Her term will end with the next local elections, due in 2027, which leaves her roughly a year to show results before voters return to the polls.

The mayor's post fell vacant in December after the previous mayor stepped down, citing health reasons. The Election Commission scheduled the by-election for Hetauda together with a handful of ward-level by-elections elsewhere in the country.

Political observers said the outcome would be watched closely by the parties ahead of 2027. "The parties will say it was a local affair, and partly it was," said Sarita Bhandari, a political science lecturer in Kathmandu. "But a cooperative leader with no party machine beat two of them in a provincial capital. That should worry them."

Voting was peaceful, officials said, with around 2,300 security personnel deployed at the 61 polling centres across the city's 19 wards.
""",
})

EL2_LOCAL = _local({
    "site": "Makwanpur Khabar", "domain": "makwanpurkhabar.example", "lang": "en", "sep": " - ",
    "url": "https://makwanpurkhabar.example/2026/04/24/dhungana-elected-hetauda-mayor-ward-results/",
    "headline": "Dhungana elected Hetauda mayor: ward-by-ward picture and what voters told us",
    "dek": "Independent Kamala Dhungana wins the Hetauda mayoral by-election with 29,318 votes.",
    "section": "Local", "author": "Santosh Pakhrin",
    "published": None,
    "date_text": "Posted on April 24, 2026",
    "tagline": "News from Hetauda and Makwanpur, every day",
    "categories": ["Hetauda", "Politics", "By-election 2026"], "comments": 37, "post_id": 21877,
    "footer_note": "Makwanpur Khabar is registered with the Press Council Nepal.",
    "image": {"file": "2026/04/ward4-counting-table.jpg",
              "alt": "Counting table for Ward 4 ballots",
              "caption": "Ballots from Ward 4 being tallied at the counting centre in Hetauda.",
              "credit": "Photo: Makwanpur Khabar"},
    "related": [("Bus park plan: where the new terminal could go", "/2026/03/18/hetauda-bus-park-plan/"),
                ("Old town drains overflow after pre-monsoon rain", "/2026/04/09/old-town-drains-overflow/"),
                ("Candidates face questions at ward forum in Ward 6", "/2026/04/15/ward-6-candidates-forum/")],
    "body": """
Hetauda has a new mayor. Kamala Dhungana, the independent candidate whose campaign volunteers knocked on doors in every ward of the city over the last month, was declared the winner of the mayoral by-election this evening.

Chief Returning Officer Gopal Prasad Neupane read out the final figures at 7:40 pm at the counting centre. Dhungana won 29,318 votes. Nepali Congress candidate Bishnu Prasad Adhikari received 24,906 and CPN-UML candidate Raj Kumar Syangtan 15,477. The other five candidates received 4,524 votes between them. The winning margin is 4,412 votes.

There were 117,640 names on the voter list, and 76,412 people voted on Thursday. That is a turnout of 64.95 percent. Officials declared 2,187 ballots invalid, leaving 74,225 valid votes.

## Ward by ward

Dhungana's strongest showing came in the central wards around the main bazaar and in the newer settlements to the east. In Ward 4, where the cooperative she leads has its office, she received 2,106 votes against 1,544 for Adhikari. Supporters there had set up tea stalls outside the polling centres, and several told us they voted for her because of the cooperative's work on small loans for women.

Adhikari did best in the wards along the highway and in his home ward, Ward 11, which he won by 2,318 votes to 1,697. His supporters had hoped that those wards, counted later in the day, would be enough to overtake Dhungana. They were not.

Syangtan's support was spread thinly. He finished third in most wards and second in only a couple of the outer wards, where the UML has a strong organisation among farmers.

## What voters said

At a tea shop near the old bus park on Friday afternoon, the talk was about water. "Every year the same road turns into a river," said Hari Maya Praja, who sells vegetables near the bazaar. "Maybe someone who lives here and walks here will understand."

Others were cautious. Rabindra Koirala, a retired civil servant, said he had voted for Adhikari because the city needed a mayor who could work with the provincial and federal governments. "An independent can talk well, but budgets need votes in the assembly," he said.

Students who voted for the first time told us that the campaign had been quieter than in 2022, with fewer rallies and more meetings in courtyards and cooperatives.

## Dhungana's first words

Speaking to supporters after the result, Dhungana thanked the volunteers and the election staff. "People in this city did not vote for a party; they voted for drains that work," she said, adding that her first weeks would go into checking the drainage plans before the monsoon.

Adhikari congratulated her by phone, according to people close to both camps, and later told reporters that his party would play a responsible role in the municipal assembly.

## Next steps

Dhungana is expected to take the oath of office on Monday. She will serve until the next local elections in 2027. The mayor's chair has been empty since the previous mayor resigned in December, citing his health.

The election office said the by-election was held at 61 polling centres in the city's 19 wards, with around 2,300 security personnel on duty. Polling ran from 7 am to 5 pm on Thursday without any major incident.

We will publish the full ward-by-ward table tomorrow once the election office releases the signed results sheet.
""",
})

EL2_LIVE = _liveblog({
    "site": "Sagarmatha Broadcast Network", "domain": "sbnlive.example", "lang": "en", "sep": " | ",
    "url": "https://sbnlive.example/live/hetauda-mayoral-by-election-2026-vote-count-live-updates",
    "headline": "Hetauda by-election live: Kamala Dhungana declared mayor",
    "dek": "Live updates on voting and counting in the Hetauda Sub-Metropolitan City mayoral by-election.",
    "section": "Politics", "author": "Nisha Rai and Anup Khadka",
    "published": "2026-04-23T06:45:00+05:45", "modified": "2026-04-24T20:05:00+05:45",
    "date_text": "Last updated: Friday, 24 April 2026, 20:05 NPT",
    "keywords": ["Hetauda by-election", "Live", "Makwanpur"],
    "image": {"file": "live/2026/04/hetauda-queue.jpg",
              "alt": "Voters queue outside a polling centre in Hetauda",
              "caption": "Voters queue outside a polling centre in Hetauda on Thursday morning.",
              "credit": "SBN/Ramesh Shrestha"},
    "key_points": ["Independent Kamala Dhungana wins with 29,318 votes, a margin of 4,412",
                   "Nepali Congress's Bishnu Prasad Adhikari second with 24,906; CPN-UML's Raj Kumar Syangtan third with 15,477",
                   "Turnout 64.95 percent of 117,640 registered voters",
                   "Result declared at 7:40 pm Friday (13:55 GMT)"],
    "related": [("Video: Dhungana's victory speech", "/video/dhungana-victory-speech"),
                ("Analysis: What the Hetauda result means for 2027", "/analysis/hetauda-result-2027"),
                ("Photos: Polling day in Hetauda", "/photos/hetauda-polling-day")],
    "entries": [
        {"time": "Fri 20:05", "iso": "2026-04-24T20:05:00+05:45", "title": "Adhikari concedes",
         "text": """
Nepali Congress candidate Bishnu Prasad Adhikari has accepted the result. Speaking to our reporter at his party office, he said: "The people have decided, and we respect that decision." He said he had called Dhungana to congratulate her.
"""},
        {"time": "Fri 19:40", "iso": "2026-04-24T19:40:00+05:45", "title": "Kamala Dhungana declared mayor of Hetauda", "pinned": True,
         "text": """
Chief Returning Officer Gopal Prasad Neupane has declared independent candidate Kamala Dhungana the winner. Final figures:

- Kamala Dhungana (independent): 29,318
- Bishnu Prasad Adhikari (Nepali Congress): 24,906
- Raj Kumar Syangtan (CPN-UML): 15,477
- Five other candidates: 4,524 combined

That is a winning margin of 4,412 votes. Dhungana took 39.5 percent of the 74,225 valid votes. Turnout was 64.95 percent; 2,187 ballots were invalid.

Dhungana, speaking outside the counting centre: "People in this city did not vote for a party; they voted for drains that work and a bus park that does not flood every monsoon."
"""},
        {"time": "Fri 17:50", "iso": "2026-04-24T17:50:00+05:45", "title": "17 of 19 wards counted",
         "text": """
With 17 of the city's 19 wards counted, Dhungana has 26,105 votes, Adhikari 22,310 and Syangtan 13,902. Dhungana's lead is now 3,795. Officials say the last two wards should be finished within two hours.
"""},
        {"time": "Fri 13:30", "iso": "2026-04-24T13:30:00+05:45", "title": "Dhungana lead widens after 12 wards",
         "text": """
Updated tally after 12 wards: Dhungana 18,764, Adhikari 16,090, Syangtan 9,811. The gap between the top two has grown to 2,674 votes. Adhikari's camp says its strongest wards along the highway are still to come.
"""},
        {"time": "Fri 11:10", "iso": "2026-04-24T11:10:00+05:45", "title": "Both camps cautious at the counting centre",
         "text": """
Outside the counting centre, supporters of the two leading candidates are keeping their distance and their celebrations on hold. A Congress agent told us the party expects Adhikari to gain ground once the highway wards are opened. Volunteers for Dhungana, many of them members of her cooperative, have been handing out water and say they are confident the central wards will hold.
"""},
        {"time": "Fri 09:15", "iso": "2026-04-24T09:15:00+05:45", "title": "First results: six wards in",
         "text": """
The election office has released the first results, covering six of the 19 wards. Dhungana leads with 8,902 votes, followed by Adhikari with 8,511 and Syangtan with 5,230. It is close: just 391 votes separate the top two.
"""},
        {"time": "Thu 21:00", "iso": "2026-04-23T21:00:00+05:45", "title": "Counting begins",
         "text": """
Ballot boxes from all 61 polling centres have reached the counting centre, and officials have started sorting ballots under the watch of party agents. The chief returning officer says the first results are expected on Friday morning.
"""},
        {"time": "Thu 17:00", "iso": "2026-04-23T17:00:00+05:45", "title": "Polls close",
         "text": """
Voting has ended. The election office puts provisional turnout at about 65 percent. Voters who were already in queues at 5 pm are being allowed to cast their ballots.
"""},
        {"time": "Thu 15:20", "iso": "2026-04-23T15:20:00+05:45", "title": "All three main candidates have voted",
         "text": """
Kamala Dhungana voted in Ward 4 shortly after the polls opened, Bishnu Prasad Adhikari in his home Ward 11 mid-morning and Raj Kumar Syangtan in the early afternoon. None of them would predict the outcome. Election staff at one centre in the western part of the city briefly paused voting to replace a damaged ballot box seal; officials said no ballots were affected.
"""},
        {"time": "Thu 12:00", "iso": "2026-04-23T12:00:00+05:45", "title": "Turnout around 38 percent at midday",
         "text": """
By noon, about 38 percent of registered voters had cast their ballots, according to the district election office. Queues are longer in the central wards. Around 2,300 security personnel are on duty across the city.
"""},
        {"time": "Thu 07:00", "iso": "2026-04-23T07:00:00+05:45", "title": "Polls open in Hetauda",
         "text": """
Polling has begun at 61 centres across Hetauda's 19 wards and will continue until 5 pm. There are 117,640 registered voters and eight candidates for mayor. The post has been vacant since the previous mayor resigned in December for health reasons.
"""},
    ],
})

STORY_2 = _story("el-LC2", "election", "2026-04-27",
                 [_page("https://asiadeskwire.example/news/nepal-hetauda-mayor-by-election-independent-wins-20260424", EL2_WIRE),
                  _page("https://valleydispatch.example/national/2026/04/25/hetauda-by-election-dhungana-wins-mayor", EL2_PAPER),
                  _page("https://makwanpurkhabar.example/2026/04/24/dhungana-elected-hetauda-mayor-ward-results/", EL2_LOCAL),
                  _page("https://sbnlive.example/live/hetauda-mayoral-by-election-2026-vote-count-live-updates", EL2_LIVE)],
                 [])


# ===========================================================================
# ct-LC3 -- High Court upholds VAT demand on a beverage maker, Bangladesh (CONTROL)
# ===========================================================================
# Facts: High Court Division bench of Justice Nasrin Akter Chowdhury and Justice Mahbubul
# Alam Sikder, Dhaka, on Tuesday 12 May 2026 discharged the rule on a writ petition by
# Padma Springs Beverages Ltd (factory at Kaliakair, Gazipur; about 1,850 staff) against a
# VAT demand of Tk 250.4 crore (Tk 2,504 million, about $20.5 million at Tk 122 a dollar) issued
# by the NBR's Large Taxpayers Unit (LTU-VAT) in September 2024 for July 2019-June 2023: Tk 189.2
# crore of VAT plus Tk 61.2 crore interest. Dispute: whether "Padma Fizz" flavoured
# sparkling water is a carbonated soft drink or mineral water. Rule and stay issued November
# 2024; hearing ended in April 2026. Stay vacated; company told to pay within 60 days.
# Counsel: Barrister Imtiaz Kabir (company); Deputy Attorney General Farhana Rahman (state).
# LTU-VAT commissioner Rezaul Karim Bhuiyan. Company will seek leave to appeal at the
# Appellate Division. Shares on DSE: previous close Tk 91.70; Tk 88.10 (-3.9%) at 1 pm;
# closed Tk 87.30 (-4.8%). FY2024-25 net profit Tk 58 crore.
# Traps: crore / million / dollars; running share price; "Tuesday" / "yesterday" / 12 May;
# the bench named fully or by surname; rule issued vs verdict; principal vs total with interest.
# PLANTED: none (control).

CT3_PAPER = _paper({
    "site": "The Dhaka Chronicle", "domain": "dhakachronicle.example", "lang": "en", "sep": " | ",
    "url": "https://www.dhakachronicle.example/business/news/hc-upholds-tk-250cr-vat-demand-padma-springs-3928114",
    "headline": "HC upholds Tk 250cr VAT demand on Padma Springs",
    "dek": "Court rejects beverage maker's claim that its flavoured sparkling water should be taxed as mineral water",
    "section": "Business", "author": "Tanjim Ahmed", "author_role": "Staff Correspondent",
    "published": "2026-05-13T00:00:00+06:00", "modified": "2026-05-13T01:20:00+06:00",
    "date_text": "Wed May 13, 2026 12:00 AM | Last update on: Wed May 13, 2026 01:20 AM",
    "strip_date": "Wednesday, May 13, 2026",
    "ticker": "Budget FY27 | Dengue | Metro rail | Heat alert",
    "keywords": ["VAT", "NBR", "High Court", "Padma Springs", "Beverage industry"],
    "print_note": "This article was published in the print edition of May 13, 2026, on the business page.",
    "image": {"file": "2026/05/13/high-court-annex.jpg",
              "alt": "The High Court building in Dhaka",
              "caption": "The High Court bench delivered the verdict in Dhaka yesterday.",
              "credit": "File photo: Star-Lit Images"},
    "most_read": [("Budget to raise tax-free income threshold, say officials", "/business/budget-threshold"),
                  ("Dengue cases rise early this year", "/health/dengue-early-rise"),
                  ("Metro rail to run later on weekdays", "/city/metro-later-hours")],
    "related": [("NBR steps up audits of large taxpayers", "/business/news/nbr-audits-large-taxpayers"),
                ("Beverage makers seek lower duty on bottled water", "/business/news/beverage-duty-bottled-water"),
                ("Padma Springs profit rises 9pc in FY25", "/business/news/padma-springs-fy25-profit")],
    "body": """
The High Court yesterday upheld a Tk 250.4 crore value-added tax (VAT) demand on Padma Springs Beverages Ltd, rejecting the company's argument that its best-selling flavoured sparkling water should be taxed at the lower rate that applies to mineral water.

The bench of Justice Nasrin Akter Chowdhury and Justice Mahbubul Alam Sikder discharged a rule it had issued in November 2024 on a writ petition filed by the company, and vacated a stay on the demand. The court directed Padma Springs to pay the amount to the government within 60 days.

The demand was issued by the Large Taxpayers Unit (LTU-VAT) of the National Board of Revenue (NBR) in September 2024. It covers the four fiscal years from July 2019 to June 2023 and includes Tk 189.2 crore in unpaid VAT and supplementary duty and Tk 61.2 crore in interest.

At the centre of the dispute was Padma Fizz, a lightly sweetened sparkling water sold in lemon and green mango flavours. The company declared the drink as mineral water, which attracts lower supplementary duty. Revenue officials said it contained added sugar, flavouring and carbon dioxide and should be classed as a carbonated soft drink.

In its observations, the court said the composition of a product, not its marketing, decided its tax class. "A product does not change its tax class because the label on the bottle says something softer," the bench said.

Barrister Imtiaz Kabir, who appeared for the company, said his client would seek leave to appeal before the Appellate Division. "We respect the court, but we believe the law on classification was misread, and we will ask the Appellate Division to look at it," he told The Dhaka Chronicle.

Deputy Attorney General Farhana Rahman, who represented the state, said the verdict would help the revenue authority in several similar disputes pending with other beverage makers.

## Four times last year's profit

The amount is large relative to the company's earnings. Padma Springs reported a net profit of Tk 58 crore for fiscal 2024-25, meaning the demand is more than four times that figure.

Shares of the company fell 4.8 percent to close at Tk 87.30 on the Dhaka Stock Exchange yesterday, from Tk 91.70 the previous day. The verdict came during trading hours, and the stock slid soon after the news spread.

Padma Springs, which began production in 2009, runs its bottling plant at Kaliakair in Gazipur and employs about 1,850 people. It is one of the larger domestic players in a beverage market dominated by a few local groups and multinational brands.

## A long dispute

The LTU-VAT first raised the classification question after an audit in 2023. The company contested the finding, and when the demand was issued it moved the High Court, which in November 2024 asked the NBR to explain why the demand should not be declared illegal and stayed its collection. Hearings on the rule ended in April this year.

LTU-VAT Commissioner Rezaul Karim Bhuiyan said the unit would begin the collection process once it received the certified copy of the verdict. "The court has settled the question for now, and we will act on the order," he said.

A company official, speaking on condition of anonymity, said Padma Springs had enough funds to continue operations but had not set aside money for a payment of this size. The company has told the stock exchange that it will disclose any material impact on its financial statements.

Tax lawyers said the ruling could affect how other makers of flavoured waters and energy drinks classify their products. The NBR has been trying to raise revenue from large taxpayers ahead of the budget for fiscal 2026-27, which will be placed in parliament next month.
""",
})

CT3_TV = _broadcast({
    "site": "Delta 24 News", "domain": "delta24news.example", "lang": "en", "sep": " | ",
    "url": "https://www.delta24news.example/en/business/2026/05/12/padma-springs-vat-high-court-verdict",
    "headline": "High Court verdict: Padma Springs must pay Tk 250 crore in VAT",
    "dek": "Beverage maker loses writ against NBR's VAT demand; company plans appeal",
    "section": "Business", "author": "Farzana Haque", "author_role": "Court Reporter",
    "published": "2026-05-12T13:20:00+06:00", "modified": "2026-05-12T13:55:00+06:00",
    "date_text": "Published: 12 May 2026, 13:20 | Updated: 12 May 2026, 13:55",
    "keywords": ["High Court", "VAT", "Padma Springs", "NBR"],
    "image": {"file": "2026/05/12/padma-springs-lawyers.jpg",
              "alt": "Lawyers talk to reporters at the Supreme Court premises",
              "caption": "Barrister Imtiaz Kabir, counsel for Padma Springs, speaks to reporters at the Supreme Court premises in Dhaka on Tuesday.",
              "credit": "Photo: Delta 24 News"},
    "video": {"id": "d24-hc-padma-0512", "duration": "02:48",
              "caption": "Video: Lawyers for both sides react to the High Court verdict"},
    "key_points": ["High Court discharges rule on Padma Springs' writ petition",
                   "VAT demand of Tk 250.4 crore (about $20.5 million) stands",
                   "Company told to pay within 60 days",
                   "Company to seek leave to appeal at the Appellate Division"],
    "watch_next": ["NBR revenue collection falls short of target", "Budget FY27: what business leaders want",
                   "Beverage prices set to rise this summer"],
    "related": [("Padma Springs shares slide after verdict", "/en/markets/2026/05/12/padma-springs-shares"),
                ("What is a writ petition? Explained", "/en/explainers/writ-petition"),
                ("NBR sets revenue target for FY27", "/en/business/nbr-target-fy27")],
    "body": """
The High Court on Tuesday upheld a value-added tax demand of Tk 250.4 crore, or about $20.5 million, that the National Board of Revenue (NBR) had issued against beverage maker Padma Springs Beverages Ltd.

A High Court bench of Justice Nasrin Akter Chowdhury and Justice Mahbubul Alam Sikder passed the order shortly before noon, discharging a rule issued in November 2024 on a writ petition filed by the company.

With the verdict, the stay that had halted collection of the VAT demand is no longer in effect. The court asked the company to pay the amount within 60 days.

Deputy Attorney General Farhana Rahman represented the state in the case, while Barrister Imtiaz Kabir appeared for the company.

## What the case was about

The NBR's Large Taxpayers Unit for VAT issued the demand in September 2024. It said Padma Springs had wrongly declared its Padma Fizz flavoured sparkling water as mineral water between July 2019 and June 2023, paying lower taxes than it should have.

Of the total demand, Tk 189.2 crore is unpaid VAT and supplementary duty and Tk 61.2 crore is interest, according to court documents.

The company argued that the drink was essentially water with a small amount of natural flavour. The revenue authority said the product contained added sugar and gas and was a soft drink under the law.

"A product does not change its tax class because the label on the bottle says something softer," the court observed while delivering the verdict.

## Company to appeal

Speaking to reporters after the hearing, Barrister Imtiaz Kabir said the company would file a petition seeking leave to appeal with the Appellate Division of the Supreme Court. "We will ask the Appellate Division to look at it," he said.

Deputy Attorney General Farhana Rahman told Delta 24 News that the verdict was important for the government's revenue. "Several similar cases are pending. This ruling will help the revenue board in those cases too," she said.

## Share price falls

Padma Springs shares fell after the news reached the market. At 1 pm, the stock was trading at Tk 88.10 on the Dhaka Stock Exchange, down 3.9 percent from Monday's close of Tk 91.70.

The company, based in Dhaka with its factory in Gazipur, employs about 1,850 workers. It started production in 2009 and sells bottled water, soft drinks and juices.

The NBR has stepped up efforts to collect disputed taxes from large companies. Officials say a large amount of revenue is stuck in court cases across the country, and the board has asked the Attorney General's office to prioritise hearings on major disputes.

LTU-VAT Commissioner Rezaul Karim Bhuiyan said the unit would act once it received the full text of the verdict.

## What happens next

If the Appellate Division agrees to hear the company's appeal, it can also decide whether to put the VAT demand on hold again while the case continues. Until then, the 60-day deadline set by the High Court applies. Lawyers for the revenue board said that if the amount is not paid in time, the tax authority could move to freeze the company's bank accounts, as the VAT law allows.

Industry groups are watching closely. Other companies that sell flavoured water and similar drinks have their own disputes with the revenue board, and tax lawyers say they expect the verdict to be cited in those cases.

More details are coming.
""",
})

CT3_NEWSLETTER = _newsletter({
    "site": "Case Notes Bangladesh", "domain": "casenotesbd.example", "lang": "en", "sep": " - ",
    "url": "https://casenotesbd.example/weekly/2026-19/padma-springs-vat-classification",
    "headline": "Padma Springs v NBR: the bottle, the label and the tax class",
    "dek": "This week: the High Court's VAT classification ruling on flavoured sparkling water, and what to watch in the appeal.",
    "section": "Weekly", "author": "Barrister Shirin Mahmud", "author_role": "Editor",
    "published": None,
    "date_text": "Weekly digest - Thursday, 14 May 2026",
    "issue": "Weekly digest No. 19 of 2026 - Notes on tax, commercial and constitutional cases",
    "image": {"file": "weekly/2026-19/padma-fizz-bottles.jpg",
              "alt": "Bottles of flavoured sparkling water on a shop shelf",
              "caption": "Padma Fizz on a shelf in a Dhaka supermarket. The drink's tax class was at the heart of the case.",
              "credit": "Photo: Case Notes Bangladesh"},
    "sponsor": "Supported by Meghna Chambers Legal Research Desk - searchable judgments for practitioners.",
    "signoff": "Comments and corrections are welcome; reply to this email. - S.M.",
    "related": [("No. 14: Supplementary duty and the sugar question", "/weekly/2026-14/supplementary-duty-sugar"),
                ("No. 9: When does a stay on a tax demand lapse?", "/weekly/2026-09/stay-tax-demand"),
                ("Guide: leave to appeal before the Appellate Division", "/guides/leave-to-appeal")],
    "body": """
This week's main note is on the High Court Division's verdict of Tuesday, 12 May, in the writ petition filed by Padma Springs Beverages Ltd against the VAT demand raised by the National Board of Revenue. It is the most significant classification ruling for the beverage sector in some years, and it is likely to travel.

## The facts in brief

In September 2024, the Large Taxpayers Unit (LTU-VAT) issued a demand of Tk 250.4 crore against Padma Springs for the period July 2019 to June 2023. The figure is made up of Tk 189.2 crore in VAT and supplementary duty and Tk 61.2 crore in interest. For readers who think in other units, that is Tk 2,504 million, roughly $20.5 million at about Tk 122 to the dollar.

The question was one of classification. Padma Springs declared its product Padma Fizz, a flavoured sparkling water, as mineral water. The LTU-VAT classified it as a carbonated soft drink, which carries a higher supplementary duty. The company moved the High Court, which issued a rule in November 2024 and stayed the demand.

## The verdict

On Tuesday the bench of Justice Nasrin Akter Chowdhury and Justice Sikder discharged the rule and vacated the stay, directing the company to pay within 60 days. The operative part is short. The reasoning, as far as it can be gathered from the pronouncement in open court, turns on a composition test: what is in the bottle decides the class, not what the label or the advertising calls it.

The line that has been widely reported is the bench's observation: "A product does not change its tax class because the label on the bottle says something softer." We would not read that sentence as the whole of the reasoning. The full text, which we expect to be signed in the coming weeks, should tell us how much weight the court placed on added sugar as against carbonation and flavouring.

## Arguments

Barrister Imtiaz Kabir, for the company, argued that the drink was essentially water with a trace of natural flavour, and that the tariff headings should be read in favour of the taxpayer where two readings were possible. Deputy Attorney General Farhana Rahman, for the state, relied on the product's declared ingredients, including added sugar, and on the statutory definition of a soft drink.

## What to watch

First, the appeal. The company has said it will seek leave to appeal before the Appellate Division. Whether it obtains a fresh stay there will matter more to its finances than the leave petition itself: the demand is more than four times its net profit of Tk 58 crore for fiscal 2024-25. The market has drawn its own conclusion; the shares closed 4.8 per cent lower at Tk 87.30 on Tuesday.

Second, the other files. The state told the court that similar disputes are pending with other producers of flavoured waters. If the composition test holds on appeal, expect the LTU-VAT to move on those quickly. Commissioner Rezaul Karim Bhuiyan has already said his unit will act once it has the certified copy.

Third, the budget. Classification disputes of this kind are often settled, in the end, by the tariff schedule rather than by the courts. A clearer heading for flavoured and functional waters in the finance bill for 2026-27 would do more to end this litigation than any single judgment.

## Also this week

Two shorter items: the Appellate Division's order on the time limit for filing VAT appeals, and a High Court rule on the powers of municipal bodies to levy trade licence fees. Both are summarised on our website.
""",
})

STORY_3 = _story("ct-LC3", "court", "2026-05-16",
                 [_page("https://www.dhakachronicle.example/business/news/hc-upholds-tk-250cr-vat-demand-padma-springs-3928114", CT3_PAPER),
                  _page("https://www.delta24news.example/en/business/2026/05/12/padma-springs-vat-high-court-verdict", CT3_TV),
                  _page("https://casenotesbd.example/weekly/2026-19/padma-springs-vat-classification", CT3_NEWSLETTER)],
                 [])


# ===========================================================================
# tr-LC4 -- Sri Lanka's April merchandise exports (CONTROL)
# ===========================================================================
# Facts: Export Development Board (EDB) data released Tuesday 19 May 2026, about 3 pm SLST
# (09:30 GMT). April 2026 merchandise exports $1,086.4 million, up 7.2% from $1,013.4 million in
# April 2025; down 9.6% from $1,201.3 million in March 2026 (New Year holidays 13-14 April).
# Apparel and textiles $421.7m (+5.9% from $398.2m); tea $118.3m (+2.4%); rubber-based products
# $88.6m (+11.3%); coconut-based products $85.0m (+14.1%). January-April $4,512.8m, +5.4% (from
# $4,281.6m). Services exports estimated $321.5m; goods and services $1,407.9m. United States
# $262.1m (+3.1%); European Union $231.4m (+8.8%). About Rs 327 billion at roughly Rs 301 a dollar.
# 2026 merchandise export target $14.2 billion. EDB chairman Dilshan Wickramanayake; Roshini
# Jayasekera, secretary general of the Apparel Exporters' Council.
# Traps: monthly vs four-month vs year-earlier vs previous-month values; $1,086.4 million /
# $1.09 billion / Rs 327 billion; goods vs goods-and-services; 7.2% / "just over 7 per cent";
# Tuesday / yesterday / 19 May; one quote cut differently.
# PLANTED: none (control).

TR4_WIRE = _wire({
    "site": "Indian Ocean Press Service", "domain": "iops.example", "lang": "en",
    "url": "https://iops.example/economy/sri-lanka-april-exports-rise-7-2-pct-edb-20260519",
    "headline": "Sri Lanka's April goods exports rise 7.2% on year despite holiday lull",
    "dek": "Merchandise exports reached $1,086.4 million in April, with coconut and rubber products leading the gains.",
    "section": "Economy", "author": "Chaminda Perera",
    "published": "2026-05-19T17:10:00+05:30",
    "date_text": "COLOMBO | 19 May 2026 17:10 SLST",
    "keywords": ["Sri Lanka", "Exports", "Trade data", "Apparel"],
    "image": {"file": "2026/05/colombo-port-cranes.jpg",
              "alt": "Container cranes at the Port of Colombo",
              "caption": "Containers are loaded at the Port of Colombo. Sri Lanka's merchandise exports rose in April from a year earlier.",
              "credit": "IOPS/Nadeesha Silva"},
    "credits": "Reporting by Chaminda Perera; Editing by Latha Menon",
    "related": [("Sri Lanka's March exports top $1.2 billion", "/economy/sri-lanka-march-exports-20260421"),
                ("Tea auction prices firm on Middle East demand", "/commodities/colombo-tea-auction-20260513"),
                ("Apparel makers look to EU as US orders slow", "/economy/sri-lanka-apparel-eu-20260402")],
    "body": """
COLOMBO, May 19 (IOPS) - Sri Lanka's merchandise exports rose 7.2% in April from a year earlier to $1,086.4 million, the Export Development Board (EDB) said on Tuesday, as shipments of coconut and rubber products grew strongly and apparel sales held up despite slower orders from the United States.

Exports in April 2025 had totalled $1,013.4 million, according to the EDB, which compiles the figures from customs data.

Compared with March, when goods exports reached $1,201.3 million, April's total was 9.6% lower. The EDB said the monthly drop reflected the Sinhala and Tamil New Year holidays in mid-April, when many factories close for up to a week.

"April is always a short month for factories, so a rise of this size after the New Year break tells us order books are healthier than they were a year ago," EDB Chairman Dilshan Wickramanayake said in a statement issued with the data.

Apparel and textiles, Sri Lanka's largest export category, brought in $421.7 million, up 5.9% from $398.2 million a year earlier. Tea exports rose 2.4% to $118.3 million. Rubber-based products grew 11.3% to $88.6 million and coconut-based products climbed 14.1% to $85.0 million.

For the first four months of the year, merchandise exports amounted to $4,512.8 million, up 5.4% from $4,281.6 million in the same period of 2025.

The EDB estimated services exports, including information technology, logistics and tourism-related services, at $321.5 million in April, bringing total exports of goods and services for the month to $1,407.9 million.

## Markets

The United States remained the largest single destination for Sri Lankan goods, taking $262.1 million worth of exports in April, up 3.1% from a year earlier. Exports to the European Union rose 8.8% to $231.4 million.

Industry officials said US buyers had become more cautious since Washington raised tariffs on imports from many Asian countries last year, and that Sri Lankan exporters were trying to win more business in Europe, where the island benefits from preferential access under the GSP+ scheme.

"Buyers in the US are still placing orders, but they are placing them later and in smaller batches," said Roshini Jayasekera, secretary general of the Apparel Exporters' Council.

## Target

The government has set a target of $14.2 billion in merchandise exports for 2026. Economists said exporters would need a stronger second half to reach it, as is usual given the busy final quarter for apparel, and cautioned that the second half of the year also carried more risk from global demand and from weather effects on tea and coconut output.

Sri Lanka's economy has been recovering from a deep financial crisis in 2022, when the country defaulted on its foreign debt. Export earnings, together with tourism receipts and remittances from workers abroad, are the main sources of foreign currency that the central bank relies on to rebuild its reserves.

Tea producers said a dry spell in parts of the south had cut green leaf supply in late April, which could weigh on shipments in May. Coconut exporters, by contrast, expect the recovery in nut output to continue through the middle of the year.

The Central Bank of Sri Lanka is due to publish the full external sector report for April, including import figures and the trade balance, later this month.
""",
})

TR4_PAPER = _paper({
    "site": "Colombo Market Journal", "domain": "cmjournal.example", "lang": "en-LK", "sep": " | ",
    "url": "https://www.cmjournal.example/business/2026/05/20/april-exports-cross-1-billion-edb",
    "headline": "April exports top $1 bn despite New Year slowdown",
    "dek": "Coconut, rubber and apparel lift earnings; four-month total up 5.4 per cent as exporters eye the 2026 target.",
    "section": "Business", "author": "Ishara Gunawardena", "author_role": "Business Editor",
    "published": "2026-05-20T04:00:00+05:30",
    "date_text": "Wednesday, 20 May 2026 04:00",
    "strip_date": "Wednesday, 20 May 2026",
    "ticker": "CSE | Fuel prices | Vesak | Budget talks with IMF",
    "keywords": ["Exports", "EDB", "Apparel", "Tea", "Coconut"],
    "print_note": "Printed edition: page 1 of the Business section, Wednesday 20 May 2026.",
    "image": {"file": "2026/05/20/coconut-processing-kurunegala.jpg",
              "alt": "Workers at a desiccated coconut mill",
              "caption": "Workers at a desiccated coconut mill near Kurunegala. Coconut-based product exports rose sharply in April.",
              "credit": "Pic by Lakmal Wijesinghe"},
    "most_read": [("CSE ends higher on banking counters", "/markets/cse-close-19-may"),
                  ("Vesak zones: traffic plan for Colombo", "/news/vesak-traffic-plan"),
                  ("Fuel price formula to be reviewed next month", "/news/fuel-formula-review")],
    "related": [("Editorial: Beyond the garment", "/opinion/editorial-beyond-the-garment"),
                ("Tea smallholders hit by dry spell in the south", "/business/tea-smallholders-dry-spell"),
                ("Apparel sector seeks faster VAT refunds", "/business/apparel-vat-refunds")],
    "body": """
Sri Lanka's merchandise export earnings crossed the $1 billion mark in April despite the New Year holidays, reaching $1.09 billion, according to data released yesterday by the Export Development Board (EDB).

The April figure of $1,086.4 million was 7.2 per cent higher than the $1,013.4 million earned in the same month last year. At roughly Rs. 301 to the dollar, the month's earnings were worth about Rs. 327 billion.

The month-on-month picture was weaker, as it usually is in April. Exports fell 9.6 per cent from March's $1,201.3 million, with the Sinhala and Tamil New Year on 13 and 14 April keeping many factories and estates closed for several days.

EDB Chairman Dilshan Wickramanayake said the year-on-year growth was encouraging given the shorter working month. "A rise of this size after the New Year break tells us order books are healthier than they were a year ago," he said.

## Sector by sector

Apparel and textiles continued to account for the largest share of exports, at $421.7 million, a gain of 5.9 per cent. Tea brought in $118.3 million, up 2.4 per cent, supported by steady demand from the Middle East and Russia.

The strongest growth came from smaller sectors. Coconut-based products, including desiccated coconut, coconut oil and activated carbon, rose 14.1 per cent to $85.0 million. Rubber-based products, led by tyres and industrial gloves, gained 11.3 per cent to $88.6 million.

Exporters of coconut products have benefited from higher global prices and a recovery in nut output after two difficult seasons, industry officials said.

## Four months

Cumulative merchandise exports for January to April amounted to $4,512.8 million, an increase of 5.4 per cent over the $4,281.6 million recorded in the first four months of 2025.

When services are included, the picture improves further. The EDB estimated services exports for April at $321.5 million, taking combined exports of goods and services to $1,407.9 million for the month.

The government's target for merchandise exports this year is $14.2 billion. At the current pace, officials said, the country would need a stronger second half to reach that figure, although the final quarter is typically the busiest for apparel shipments.

## The US question

The United States remained the leading market, with exports of $262.1 million, up 3.1 per cent. The European Union, which took $231.4 million worth of Sri Lankan goods, was the faster-growing market, with an increase of 8.8 per cent.

Apparel makers say the US market has become harder since tariffs were raised last year. "Buyers in the US are still placing orders, but they are placing them later and in smaller batches," Apparel Exporters' Council Secretary General Roshini Jayasekera said. She said companies were spending more on marketing in Europe and exploring new buyers in Japan and the Middle East.

Analysts at Colombo brokerages said the data supported expectations of a modest current account surplus for the year, although much would depend on imports, which have been rising as vehicle imports resumed.

The central bank will release the full external sector performance report for April, including imports and the trade balance, later this month.
""",
})

TR4_TV = _broadcast({
    "site": "Ceylon Wave", "domain": "ceylonwave.example", "lang": "en", "sep": " - ",
    "url": "https://www.ceylonwave.example/business/exports-up-7-percent-in-april-edb-data",
    "headline": "Exports up just over 7% in April, says EDB",
    "dek": "Sri Lanka earned $1,086.4 million from merchandise exports in April, according to the Export Development Board.",
    "section": "Business", "author": "Dinuka Ratnayake", "author_role": "Ceylon Wave Business Desk",
    "published": "2026-05-19T19:30:00+05:30",
    "date_text": "19-05-2026 | 7:30 PM",
    "keywords": ["EDB", "exports", "apparel", "economy"],
    "image": {"file": "2026/05/19/garment-factory-katunayake.jpg",
              "alt": "Workers in a garment factory",
              "caption": "Workers at a garment factory in the Katunayake export processing zone.",
              "credit": "Ceylon Wave/File"},
    "video": {"id": "cw-biz-0519", "duration": "03:05",
              "caption": "Business Tonight: April export figures and what exporters say"},
    "key_points": ["Merchandise exports $1,086.4 million in April, up 7.2% year on year",
                   "Apparel exports $421.7 million; tea $118.3 million",
                   "January-April exports $4,512.8 million, up 5.4%",
                   "Goods and services exports combined $1,407.9 million in April"],
    "watch_next": ["Colombo stocks close higher", "Tea auction: prices steady",
                   "Weather: showers expected in the south-west"],
    "related": [("EDB launches programme to help small exporters reach EU buyers", "/business/edb-small-exporters-eu"),
                ("Coconut prices stay high as output recovers", "/business/coconut-prices-output"),
                ("Rupee steady against the dollar", "/business/rupee-steady-may")],
    "body": """
Sri Lanka's earnings from merchandise exports grew by just over 7 per cent in April compared with the same month last year, figures released by the Export Development Board (EDB) this afternoon show.

Exports of goods during the month amounted to $1,086.4 million, up 7.2 per cent from $1,013.4 million in April 2025. The EDB released the data at around 3 pm.

Officials noted that April is usually a weaker month because of the Sinhala and Tamil New Year holidays. Compared with March, exports were down 9.6 per cent.

Speaking to Ceylon Wave, EDB Chairman Dilshan Wickramanayake said exporters had performed well. "April is always a short month for factories," he said, adding that the growth after the holiday break was a sign that orders were healthier than a year ago.

## Apparel, tea and coconut

Apparel and textile exports brought in $421.7 million, an increase of 5.9 per cent. Tea exports earned $118.3 million, 2.4 per cent more than in April last year.

Coconut-based products recorded the fastest growth, rising 14.1 per cent to $85.0 million. Rubber-based products increased by 11.3 per cent to $88.6 million.

Exporters of spices, seafood and processed food also reported higher earnings, though these sectors are smaller in value.

## Year so far

In the first four months of this year, Sri Lanka's merchandise exports totalled $4,512.8 million, which is 5.4 per cent higher than in the same period of 2025.

Including an estimated $321.5 million from services exports such as IT and business process services, total exports for April stood at $1,407.9 million.

## Main markets

The United States continued to be the largest buyer of Sri Lankan goods, with exports to that market worth $262.1 million, up 3.1 per cent. Exports to European Union countries grew 8.8 per cent to $231.4 million.

The apparel industry says buyers in America are being careful. Roshini Jayasekera, secretary general of the Apparel Exporters' Council, said: "Buyers in the US are still placing orders, but they are placing them later and in smaller batches."

She said the industry was asking the government for faster refunds of taxes paid by exporters and for help with the cost of electricity, which remains one of the highest in the region.

## The year's target

The government hopes to earn $14.2 billion from merchandise exports in 2026. EDB officials said they remained confident of reaching the target if demand from Europe stays firm and the weather does not hurt tea and coconut production.

Economists say export growth is important for Sri Lanka as it continues to recover from the economic crisis of 2022. Foreign currency from exports helps the country build its reserves and repay its debts.

The Central Bank of Sri Lanka is expected to publish import figures and the trade balance for April later this month.

Small exporters in the provinces told Ceylon Wave that freight costs had eased since the start of the year, which made it easier to quote competitive prices to buyers in Europe and the Gulf.

Ceylon Wave Business Tonight will discuss the figures with exporters and economists at 9 pm.
""",
})

STORY_4 = _story("tr-LC4", "trade", "2026-05-22",
                 [_page("https://iops.example/economy/sri-lanka-april-exports-rise-7-2-pct-edb-20260519", TR4_WIRE),
                  _page("https://www.cmjournal.example/business/2026/05/20/april-exports-cross-1-billion-edb", TR4_PAPER),
                  _page("https://www.ceylonwave.example/business/exports-up-7-percent-in-april-edb-data", TR4_TV)],
                 [])


# ===========================================================================
# rk-LC5 -- Maiden orbital flight of a private Indian rocket (PLANTED)
# ===========================================================================
# Facts: Sarvatra Space (Bengaluru, founded 2019; CEO and co-founder Nandini Raghavachari,
# chief operating officer and co-founder Harsha Venkatram) flew its three-stage Anvaya-1
# (21.5 m, about 34 tonnes at liftoff; two solid stages and a liquid upper stage) from the
# Satish Dhawan Space Centre, Sriharikota (Tirupati district, Andhra Pradesh, about 100 km
# north of Chennai). Liftoff 10:42 am IST (05:12 GMT) on Thursday 21 May 2026. First attempt,
# Tuesday 19 May, stopped by an automatic hold at T-minus 41 seconds (second-stage valve
# pressure reading). Payload 87 kg: Pravah-1 (52 kg imaging satellite, Meghdoot Imaging),
# KITS-Sat (12 kg, a Coimbatore engineering college) and Sarvatra's own 23 kg demonstrator.
# Orbit about 500 km. Pravah-1 separated 12 min 40 s after liftoff, the other two within about
# a minute. Signals from all three by noon. Funding about Rs 530 crore ($61 million). Second
# flight planned for December with about 120 kg. SDSC director A. Rajasekhar.
# PLANTED: liftoff time -- Sapta News 7 says 10:30 am IST (05:00 GMT) (others 10:42 / 05:12);
#          Venkatram's title -- Coromandel Herald says chief technology officer
#          (others chief operating officer).

RK5_LIVE = _liveblog({
    "site": "LaunchPad South Asia", "domain": "launchpadsa.example", "lang": "en", "sep": " | ",
    "url": "https://launchpadsa.example/live/anvaya-1-maiden-launch-sriharikota-live",
    "headline": "Anvaya-1 launch live: Sarvatra Space rocket reaches orbit on second attempt",
    "dek": "Follow the maiden orbital flight of Sarvatra Space's Anvaya-1 from Sriharikota, minute by minute.",
    "section": "Launches", "author": "Rhea Menon",
    "published": "2026-05-21T09:40:00+05:30", "modified": "2026-05-21T12:05:00+05:30",
    "date_text": "Thursday, 21 May 2026 - last update 12:05 IST",
    "keywords": ["Anvaya-1", "Sarvatra Space", "Sriharikota", "Private launch"],
    "image": {"file": "live/2026/05/anvaya1-pad-dawn.jpg",
              "alt": "The Anvaya-1 rocket on its launch pad at dawn",
              "caption": "Anvaya-1 on the pad at Sriharikota early on Thursday.",
              "credit": "Photo: Sarvatra Space"},
    "key_points": ["Anvaya-1 lifted off at 10:42 IST (05:12 GMT) on Thursday",
                   "All three satellites, 87 kg in total, placed in an orbit of about 500 km",
                   "Tuesday's first attempt was halted at T-minus 41 seconds",
                   "Signals received from all three satellites by noon"],
    "related": [("Why Tuesday's countdown stopped at T-41 seconds", "/news/anvaya-1-scrub-explained"),
                ("Inside Sarvatra Space's Bengaluru factory", "/features/sarvatra-factory-visit"),
                ("India's private launch sector: who is next?", "/analysis/private-launchers-next")],
    "entries": [
        {"time": "12:05 IST", "iso": "2026-05-21T12:05:00+05:30", "title": "All three satellites are talking",
         "text": """
Sarvatra says ground stations have now picked up signals from all three satellites: Pravah-1, KITS-Sat and the company's own demonstrator. That closes out the mission's main objectives. We will wrap up this live blog here. Thanks for following.
"""},
        {"time": "11:45 IST", "iso": "2026-05-21T11:45:00+05:30", "title": "Congratulations from the range",
         "text": """
SDSC director A. Rajasekhar joined the briefing and said the range had treated the flight like any ISRO mission. "A private rocket flying from this island is something many of us have waited a long time to see," he said. Sarvatra says its next flight is planned for December, with about 120 kg of payloads, and that it has agreements for seven more launches.
"""},
        {"time": "11:20 IST", "iso": "2026-05-21T11:20:00+05:30", "title": "Raghavachari: 'where we promised'",
         "text": """
At the post-launch briefing, CEO Nandini Raghavachari was close to tears. "We built this rocket in a rented shed with a team that had never flown anything bigger than a model, and today it put three satellites where we promised," she said.

Co-founder and chief operating officer Harsha Venkatram thanked the range teams at SDSC and said the data from Tuesday's hold had been "worth every minute of the delay".
"""},
        {"time": "10:56 IST", "iso": "2026-05-21T10:56:00+05:30", "title": "Separation confirmed",
         "text": """
Pravah-1, the 52 kg imaging satellite built by Meghdoot Imaging, separated 12 minutes and 40 seconds after liftoff. KITS-Sat and Sarvatra's 23 kg demonstrator followed within about a minute. Mission control announces an orbit of about 500 km. Applause in the control room.
"""},
        {"time": "10:49 IST", "iso": "2026-05-21T10:49:00+05:30", "title": "Upper stage burning",
         "text": """
The second stage has done its job and separated. The liquid-fuelled upper stage is now firing to circularise the orbit. Telemetry looks nominal according to the commentary.
"""},
        {"time": "10:44 IST", "iso": "2026-05-21T10:44:00+05:30", "title": "First stage separation",
         "text": """
First stage burnout and separation, and the second stage has ignited. The vehicle is heading out over the Bay of Bengal.
"""},
        {"time": "10:42 IST", "iso": "2026-05-21T10:42:00+05:30", "title": "LIFTOFF!", "pinned": True,
         "text": """
Anvaya-1 lifts off from Sriharikota at 10:42 IST (05:12 GMT). It is the first orbital launch attempt by Sarvatra Space, and the first time the rocket has flown at all. A clean climb through light cloud.
"""},
        {"time": "10:37 IST", "iso": "2026-05-21T10:37:00+05:30", "title": "Automatic sequence",
         "text": """
The automatic launch sequence is running. On Tuesday the computer stopped the count at T-minus 41 seconds after a pressure reading on a second-stage valve went out of limits. Sarvatra says the sensor has been replaced and the valve checked. Fingers crossed here in the media centre.
"""},
        {"time": "10:05 IST", "iso": "2026-05-21T10:05:00+05:30", "title": "Weather is go",
         "text": """
The range reports acceptable winds and no lightning within range. Fuelling of the upper stage was completed earlier this morning. The team has briefly extended a planned hold to finish checks on the flight termination system.
"""},
        {"time": "09:40 IST", "iso": "2026-05-21T09:40:00+05:30", "title": "Good morning from Sriharikota",
         "text": """
Welcome to our live coverage of the maiden flight of Anvaya-1, the 21.5-metre, three-stage rocket built by Bengaluru's Sarvatra Space. The company is making its second attempt this week after Tuesday's countdown was halted. On board are three small satellites with a combined mass of 87 kg: Pravah-1, a 52 kg imaging satellite for Meghdoot Imaging; KITS-Sat, a 12 kg student satellite from an engineering college in Coimbatore; and a 23 kg demonstrator of Sarvatra's own satellite platform. The rocket will fly from the Satish Dhawan Space Centre on Sriharikota island, about 100 km north of Chennai.
"""},
    ],
})

RK5_WIRE = _wire({
    "site": "Subcontinent Wire", "domain": "subcontinentwire.example", "lang": "en",
    "url": "https://subcontinentwire.example/science/india-private-rocket-anvaya-1-reaches-orbit-2026-05-21/",
    "headline": "Indian startup's Anvaya-1 rocket reaches orbit on first flight",
    "dek": "Sarvatra Space placed three small satellites in orbit two days after a last-minute halt to its first attempt.",
    "section": "Science", "author": "Gautham Iyer",
    "published": "2026-05-21T11:25:00+05:30", "modified": "2026-05-21T12:40:00+05:30",
    "date_text": "May 21, 2026 11:25 AM GMT+5:30 Updated an hour ago",
    "keywords": ["Space", "India", "Startups"],
    "image": {"file": "2026/05/anvaya1-liftoff-0521.jpg",
              "alt": "The Anvaya-1 rocket lifts off from Sriharikota",
              "caption": "Sarvatra Space's Anvaya-1 rocket lifts off from the Satish Dhawan Space Centre in Sriharikota, India, May 21, 2026.",
              "credit": "Subcontinent Wire/Sundar Rajan"},
    "credits": "Reporting by Gautham Iyer in Sriharikota; additional reporting by Neha Bhasin in Bengaluru; Editing by Arvind Pillai",
    "related": [("Indian launch startup halts countdown seconds before liftoff", "/science/sarvatra-countdown-halt-2026-05-19/"),
                ("India opens launch range slots to private firms", "/science/india-private-launch-slots/"),
                ("Small-satellite makers look for cheaper rides to orbit", "/business/small-satellite-launch-costs/")],
    "body": """
SRIHARIKOTA, India, May 21 (Subcontinent Wire) - Indian startup Sarvatra Space put three small satellites into orbit on Thursday with the first flight of its Anvaya-1 rocket, becoming one of the few privately funded companies anywhere to reach orbit at the first try.

The 21.5-metre rocket lifted off at 10:42 a.m. (0512 GMT) from the Indian Space Research Organisation's Satish Dhawan Space Centre on Sriharikota island, two days after its first attempt was stopped by an automatic hold 41 seconds before launch.

Its three satellites, weighing 87 kg together, were released into an orbit of about 500 km, the company said. The largest, the 52 kg Pravah-1 imaging satellite built by Meghdoot Imaging, separated 12 minutes and 40 seconds after liftoff.

"We built this rocket in a rented shed with a team that had never flown anything bigger than a model," Chief Executive Nandini Raghavachari told reporters at the launch site.

The Bengaluru-based company, founded in 2019, has raised about 5.3 billion rupees ($61 million) from venture investors and a government-backed fund, according to company filings.

India opened its space sector to private companies in 2020, and a startup flew a suborbital rocket two years later, but orbital launches had so far been carried out only by ISRO. Officials at IN-SPACe, the agency that authorises private space activity, have said they expect several companies to attempt orbital flights over the next two years.

## Second attempt

On Tuesday, the countdown stopped at T-minus 41 seconds when a pressure reading on a valve in the rocket's second stage went outside its permitted range. Harsha Venkatram, Sarvatra's co-founder and chief operating officer, said engineers traced the problem to a faulty sensor rather than the valve itself.

"The rocket did exactly what we designed it to do on Tuesday, which was to refuse to fly when something looked wrong," Venkatram said.

Anvaya-1 uses two solid-fuel stages and a liquid-fuelled upper stage. It weighs about 34 tonnes at liftoff and is designed to carry up to 150 kg to low Earth orbit.

## Market for small launchers

The company is betting on demand from makers of small satellites who currently buy space on larger rockets and must wait for those rockets' schedules. Sarvatra says it has signed agreements for seven more launches, without disclosing their value.

Its next flight is planned for December and is expected to carry about 120 kg of payloads, the company said.

A. Rajasekhar, director of the Satish Dhawan Space Centre, said the range had supported the mission as it would any ISRO launch. "A private rocket flying from this island is something many of us have waited a long time to see," he said.

Space industry analysts said the result would help the company win customers but cautioned that a single success did not yet make a reliable launch service. "The second and third flights are where a launcher earns its reputation," said Kiran Sethi, a Bengaluru-based consultant who advises satellite startups.

The other satellites on the flight were KITS-Sat, a 12 kg satellite built by students at an engineering college in Coimbatore, and a 23 kg demonstrator built by Sarvatra to test its own satellite bus.
""",
})

RK5_PAPER = _paper({
    "site": "The Coromandel Herald", "domain": "coromandelherald.example", "lang": "en-IN", "sep": " - ",
    "url": "https://www.coromandelherald.example/science/sarvatra-space-anvaya-1-orbit-sriharikota/article70011935.ece",
    "headline": "From a rented shed to orbit: Sarvatra's Anvaya-1 gets it right first time",
    "dek": "The Bengaluru start-up's rocket placed three satellites in orbit on Thursday, two days after a scrubbed countdown.",
    "section": "Science", "author": "S. Vaidehi", "author_role": "Sriharikota",
    "published": "2026-05-22T05:00:00+05:30",
    "date_text": "SRIHARIKOTA, May 22, 2026 05:00 am IST",
    "strip_date": "Friday, May 22, 2026",
    "ticker": "Anvaya-1 | Chennai water supply | Monsoon onset | Cricket",
    "keywords": ["ISRO", "Sarvatra Space", "Anvaya-1", "Space start-ups", "Sriharikota"],
    "print_note": "A version of this article appeared in the print edition of May 22, 2026.",
    "image": {"file": "2026/05/22/anvaya-trail.jpg",
              "alt": "Anvaya-1 climbing over the coast at Sriharikota",
              "caption": "Anvaya-1 climbs over the Bay of Bengal after lifting off from Sriharikota on Thursday.",
              "credit": "Photo: B. Velankanni Raj"},
    "most_read": [("Chennai lakes hold enough water till September, says board", "/cities/chennai/lakes-storage"),
                  ("IMD: monsoon likely to reach Kerala on time", "/news/national/monsoon-onset-kerala"),
                  ("TN to start new bus routes to airport", "/news/tamil-nadu/airport-bus-routes")],
    "related": [("Anvaya-1 countdown halted at T-41 seconds", "/science/anvaya-1-countdown-halted/article70004412.ece"),
                ("Explained: How a private company launches from an ISRO range", "/science/explained-private-launch-isro-range/article69987150.ece"),
                ("Editorial: A launch for the start-up age", "/opinion/editorial/a-launch-for-the-start-up-age/article70012102.ece")],
    "body": """
Two days after a computer stopped its countdown with 41 seconds to go, Anvaya-1, the rocket built by Bengaluru-based Sarvatra Space, lifted off from the Satish Dhawan Space Centre (SDSC) at Sriharikota at 10.42 a.m. on Thursday and placed all three of its satellites in orbit.

The 21.5-metre rocket climbed through thin cloud and arced out over the Bay of Bengal. Just under 13 minutes later, mission control announced that the first satellite, Pravah-1, had separated. The other two followed within about a minute, in an orbit of about 500 km.

It was the first orbital flight by a rocket built and operated by an Indian private company, and the first flight of any kind for Anvaya-1.

"We built this rocket in a rented shed with a team that had never flown anything bigger than a model, and today it put three satellites where we promised," said Nandini Raghavachari, co-founder and chief executive of Sarvatra Space, at a press conference at the spaceport.

## The hold that helped

Harsha Venkatram, co-founder and chief technology officer of the company, said Tuesday's abort had been a good test of the rocket's safety logic. A pressure sensor on a second-stage valve had sent a reading outside the permitted band, and the on-board computer halted the count at T-minus 41 seconds.

"The rocket did exactly what we designed it to do on Tuesday, which was to refuse to fly when something looked wrong," he said. The sensor was replaced on Wednesday and the valve was inspected before the rocket was cleared for a second attempt.

Anvaya-1 has two solid-propellant stages and a liquid-propellant upper stage, and weighed about 34 tonnes at liftoff. The company says it can carry up to 150 kg to low Earth orbit.

## The payloads

The largest of the three satellites, the 52-kg Pravah-1, belongs to Meghdoot Imaging and will photograph farmland and coastlines. KITS-Sat, weighing 12 kg, was built by students of an engineering college in Coimbatore. The third, a 23-kg satellite built by Sarvatra itself, will test the company's own satellite platform, which it hopes to sell to customers alongside launches.

By noon, ground stations had received signals from all three satellites.

## Long road

Sarvatra was set up in 2019 by Ms. Raghavachari and Mr. Venkatram, both former engineers at aerospace suppliers in Bengaluru. It has raised about Rs. 530 crore from investors. Most of its early work was done in a rented industrial shed on the outskirts of the city, where the first motors were assembled and tested.

The flight used the SDSC range, tracking stations and safety systems under an arrangement authorised by IN-SPACe, the space regulator. SDSC Director A. Rajasekhar said the centre's teams had worked with the company as they would for any ISRO mission. Sriharikota, in Tirupati district of Andhra Pradesh, lies about 100 km north of Chennai.

Several hundred people watched from the viewers' gallery, among them families of the company's employees, who broke into cheers as the rocket cleared the tower.

The company plans its second flight in December, carrying about 120 kg of payloads. It says it has agreements for seven more launches but has not disclosed the customers.
""",
})

RK5_TV = _broadcast({
    "site": "Sapta News 7", "domain": "saptanews7.example", "lang": "en-IN", "sep": " | ",
    "url": "https://www.saptanews7.example/india/sarvatra-space-anvaya-1-launch-success-sriharikota-2604417",
    "headline": "Private Rocket Anvaya-1 Places 3 Satellites In Orbit From Sriharikota",
    "dek": "Bengaluru-based Sarvatra Space's Anvaya-1 rocket completed its maiden orbital flight on Thursday.",
    "section": "India", "author": "Pooja Reddy",
    "published": "2026-05-21T13:15:00+05:30",
    "date_text": "Updated: May 21, 2026 1:15 pm IST",
    "keywords": ["Anvaya-1", "Sarvatra Space", "space", "Sriharikota"],
    "image": {"file": "2026/05/21/anvaya1-launch-tv.jpg",
              "alt": "Anvaya-1 rocket lifting off",
              "caption": "The Anvaya-1 rocket lifts off from the Satish Dhawan Space Centre.",
              "credit": "(Image: Sarvatra Space)"},
    "video": {"id": "s7-anvaya-launch", "duration": "01:58",
              "caption": "Watch: Anvaya-1 lifts off from Sriharikota"},
    "key_points": ["Anvaya-1 lifted off at 10:30 am from Sriharikota on Thursday",
                   "All three satellites placed in orbit",
                   "First attempt on Tuesday was halted 41 seconds before launch"],
    "watch_next": ["Anvaya-1 countdown: the final 10 seconds", "Who are the founders of Sarvatra Space?",
                   "India's space start-ups: the next launches"],
    "related": [("Anvaya-1 launch called off 41 seconds before liftoff", "/india/anvaya-1-launch-called-off-2603120"),
                ("What is IN-SPACe and how does it authorise private launches?", "/explainers/in-space-authorisation-2590021"),
                ("Photos: Crowds at Sriharikota viewing gallery", "/photos/sriharikota-viewing-gallery-2604431")],
    "body": """
Sarvatra Space, a start-up based in Bengaluru, on Thursday successfully launched its Anvaya-1 rocket from the Satish Dhawan Space Centre in Sriharikota, placing three satellites into orbit on the rocket's very first flight.

The rocket lifted off at 10:30 am IST from Sriharikota in Andhra Pradesh, two days after the first attempt was called off in the final seconds of the countdown.

The three satellites on board weighed 87 kg in total. They were placed in an orbit of about 500 km above the Earth, the company said.

"We built this rocket in a rented shed with a team that had never flown anything bigger than a model, and today it put three satellites where we promised," Sarvatra Space CEO Nandini Raghavachari said after the launch.

## Why the first attempt was stopped

The first launch attempt on Tuesday was halted automatically 41 seconds before liftoff. Harsha Venkatram, chief operating officer and co-founder of Sarvatra Space, said the rocket's computer had detected an abnormal pressure reading from a sensor on a valve in the second stage.

"The rocket did exactly what we designed it to do on Tuesday," Mr Venkatram said. Engineers replaced the sensor and checked the valve before clearing the rocket for Thursday's launch.

## About Anvaya-1

Anvaya-1 is a three-stage rocket, 21.5 metres tall. The first two stages use solid fuel and the third stage uses liquid fuel. The rocket weighed about 34 tonnes at the time of launch.

The satellites on board were Pravah-1, a 52-kg earth observation satellite built by Meghdoot Imaging; KITS-Sat, a 12-kg satellite made by students of an engineering college in Coimbatore; and a 23-kg satellite of Sarvatra Space that will test the company's own technology. Pravah-1 separated from the rocket 12 minutes and 40 seconds after liftoff.

## A first for India's private space sector

Until now, all of India's orbital launches have been carried out by the Indian Space Research Organisation (ISRO). The government opened the space sector to private companies in 2020, and IN-SPACe, the regulator, authorised Sarvatra's launch from ISRO's spaceport.

SDSC Director A. Rajasekhar said the range teams had supported the mission just as they would support an ISRO launch.

Sarvatra was founded in 2019 and has raised about Rs 530 crore, or $61 million, from investors. The company plans a second flight in December, which will carry about 120 kg of satellites.

Hundreds of people, including families of the company's employees and students from nearby colleges, watched the launch from the viewing gallery at Sriharikota. Many of them had also come on Tuesday and waited for hours before the attempt was called off.

Experts said the success would help the company attract more customers, but added that a new rocket has to fly several times before satellite makers fully trust it.

Congratulatory messages poured in on social media from scientists, industry leaders and politicians after the launch. Several other Indian start-ups are building their own rockets and hope to launch from Sriharikota in the coming years.

Sarvatra said it has signed agreements for seven more launches. It did not name the customers.
""",
})

STORY_5 = _story("rk-LC5", "rocket", "2026-05-24",
                 [_page("https://launchpadsa.example/live/anvaya-1-maiden-launch-sriharikota-live", RK5_LIVE),
                  _page("https://subcontinentwire.example/science/india-private-rocket-anvaya-1-reaches-orbit-2026-05-21/", RK5_WIRE),
                  _page("https://www.coromandelherald.example/science/sarvatra-space-anvaya-1-orbit-sriharikota/article70011935.ece", RK5_PAPER),
                  _page("https://www.saptanews7.example/india/sarvatra-space-anvaya-1-launch-success-sriharikota-2604417", RK5_TV)],
                 [("Anvaya-1 liftoff time", r"10[:.]42\b", r"10[:.]30\b"),
                  ("Harsha Venkatram's title", r"chief operating officer", r"chief technology officer")])


# ===========================================================================
# eq-LC6 -- Earthquake in Shangla district, Khyber Pakhtunkhwa, Pakistan (PLANTED)
# ===========================================================================
# Facts: quake at 11:18 am PKT (06:18 GMT) on Tuesday 9 June 2026. PMD: magnitude 5.8, depth
# 15 km, epicentre about 28 km north-east of Alpuri in Shangla district; USGS measured 5.6.
# Felt in Swat, Buner, Battagram, Mansehra, Abbottabad, Peshawar and Islamabad. Strongest
# aftershock 4.3 at 1:05 pm; 14 aftershocks recorded by 8 pm Tuesday. Tolls: Rescue 1122 at
# about 1 pm, 2 dead; PDMA at 3 pm, 6 dead and 41 injured; PDMA at 9 pm, 9 dead, 73 injured,
# 214 houses damaged and 38 destroyed; PDMA at 9 am Wednesday, 11 dead, 96 injured, 263 houses
# damaged and 51 destroyed. Karakoram Highway blocked by landslides at two points near Besham;
# one lane open Tuesday night, fully reopened Wednesday morning. Schools in Shangla closed for two
# days. Compensation Rs 1 million per death. PDMA KP director-general Asfandyar
# Khan Yousafzai; PMD seismologist Dr Nadia Rehman; Rescue 1122 spokesman Bilal Ahmad.
# PLANTED: epicentre -- Asia Desk Wire puts it in Kohistan district (others Shangla);
#          day -- The Indus Observer says Monday (others Tuesday / 9 June);
#          PDMA chief's name -- Swat Valley Voice spells it Isfandyar (others Asfandyar).

EQ6_WIRE = _wire({
    "site": "Asia Desk Wire", "domain": "asiadeskwire.example", "lang": "en",
    "url": "https://asiadeskwire.example/news/pakistan-earthquake-khyber-pakhtunkhwa-20260609",
    "headline": "Earthquake kills at least six in northwest Pakistan",
    "dek": "A magnitude 5.8 quake struck the mountains of Khyber Pakhtunkhwa, collapsing mud-and-stone homes.",
    "section": "Asia", "author": "Imran Saeed",
    "published": "2026-06-09T12:40:00+05:00", "modified": "2026-06-09T17:05:00+05:00",
    "date_text": "9 June 2026, 12:40 PKT - updated 17:05 PKT",
    "keywords": ["Pakistan", "Earthquake", "Khyber Pakhtunkhwa"],
    "image": {"file": "2026/06/09/shangla-collapsed-house.jpg",
              "alt": "Villagers search the rubble of a collapsed house",
              "caption": "Villagers search the rubble of a collapsed house after the earthquake in northwest Pakistan, June 9, 2026.",
              "credit": "Asia Desk Wire/Hamid Khan"},
    "credits": "Reporting by Imran Saeed in Peshawar; additional reporting by Ayesha Malik in Islamabad; editing by Daniel Sequeira",
    "related": [("Pakistan's quake-prone north: a history of deadly tremors", "/explainers/pakistan-earthquake-history"),
                ("Monsoon preparations lag in Khyber Pakhtunkhwa, officials say", "/news/kp-monsoon-preparations"),
                ("Landslides close Karakoram Highway for hours", "/news/karakoram-highway-landslides")],
    "body": """
PESHAWAR, Pakistan, June 9 (Asia Desk Wire) - An earthquake of magnitude 5.8 struck northwest Pakistan on Tuesday, killing at least six people and injuring 41 as mud-and-stone houses collapsed in remote mountain villages, provincial disaster officials said.

The quake hit at 11:18 a.m. (0618 GMT) and was centred in the mountains of Kohistan district at a depth of 15 km, according to the Pakistan Meteorological Department (PMD). The U.S. Geological Survey measured it at magnitude 5.6.

Most of the dead and injured were in neighbouring Shangla district, where several villages sit on steep slopes and many homes are built of stone and timber without reinforcement, said Asfandyar Khan Yousafzai, director-general of the Provincial Disaster Management Authority (PDMA) in Khyber Pakhtunkhwa.

"Our first concern is the villages that our teams have not yet reached by road," Yousafzai said. "We have asked for helicopters so that we can bring the injured out before dark."

The PDMA's 3 p.m. figures put the toll at six dead and 41 injured. Earlier, the Rescue 1122 emergency service had confirmed two deaths, including a woman killed when the roof of her house fell in.

Shaking was felt across a wide area, including the Swat valley, Buner, Battagram, Mansehra, Abbottabad, the provincial capital Peshawar and the national capital Islamabad, where people ran out of offices and apartment blocks.

The strongest aftershock, of magnitude 4.3, struck at 1:05 p.m., the PMD said.

## Highway blocked

Landslides set off by the quake blocked the Karakoram Highway, the main road linking Pakistan with China, at two places near the town of Besham, stranding trucks and passenger vans. The National Highway Authority said machinery had been sent to clear the debris.

Bilal Ahmad, a spokesman for Rescue 1122, said ambulances and search teams had been sent from Swat and Battagram to help local crews. "Some of our people are walking to villages because the link roads are cut," he said.

Doctors at the district headquarters hospital in Alpuri, the main town of Shangla, said they had received 23 injured people by early afternoon, most with fractures and head wounds, and had sent the most serious cases on to hospitals in Swat.

The provincial government announced that schools in Shangla would stay closed for two days so that their buildings could be inspected.

Dr. Nadia Rehman, a seismologist at the PMD, said shallow quakes of this size were capable of serious damage in the region because of the steep terrain and the way houses were built. "At this depth and this size, the shaking in the nearest villages would have been strong enough to bring down weak walls," she said.

## Quake-prone region

Pakistan's north lies along the boundary of colliding tectonic plates and is frequently hit by earthquakes. A magnitude 7.6 quake in October 2005 killed more than 73,000 people in Pakistan, most of them in Kashmir and Khyber Pakhtunkhwa.

Officials said the toll from Tuesday's quake could rise as rescuers reached more remote areas. The provincial government announced compensation of 1 million rupees for the family of each person killed.
""",
})

EQ6_LIVE = _liveblog({
    "site": "Khyber 24", "domain": "khyber24.example", "lang": "en", "sep": " | ",
    "url": "https://www.khyber24.example/live/shangla-earthquake-live-updates-june-2026",
    "headline": "Shangla earthquake live: death toll rises to 11, Karakoram Highway reopened",
    "dek": "Live updates after a magnitude 5.8 earthquake struck Shangla district in Khyber Pakhtunkhwa.",
    "section": "Pakistan", "author": "Khyber 24 News Desk",
    "published": "2026-06-09T11:35:00+05:00", "modified": "2026-06-10T09:20:00+05:00",
    "date_text": "Last updated: 10 June 2026, 09:20 PKT",
    "keywords": ["Earthquake", "Shangla", "PDMA", "Rescue 1122"],
    "image": {"file": "live/2026/06/shangla-rescue-teams.jpg",
              "alt": "Rescue 1122 workers carry a stretcher on a mountain path",
              "caption": "Rescue 1122 workers carry an injured man down a mountain path in Shangla district.",
              "credit": "Khyber 24/Zahid Ullah"},
    "key_points": ["Magnitude 5.8 quake struck at 11:18 am on Tuesday, 9 June, epicentre about 28 km north-east of Alpuri, Shangla",
                   "PDMA: 11 dead and 96 injured as of 9 am Wednesday",
                   "263 houses damaged, 51 destroyed",
                   "Karakoram Highway near Besham fully reopened"],
    "related": [("Video: Moment the quake hit a Mingora market", "/video/mingora-market-quake-moment"),
                ("How to check your house for quake damage", "/explainers/check-house-after-earthquake"),
                ("Helpline numbers for quake-hit areas", "/news/shangla-quake-helplines")],
    "entries": [
        {"time": "Wed 09:20", "iso": "2026-06-10T09:20:00+05:00", "title": "Toll rises to 11, PDMA says",
         "text": """
The PDMA's morning report puts the toll at 11 dead and 96 injured. It says 263 houses were damaged and 51 destroyed, most of them in Alpuri and Puran tehsils. Teams reached two more villages at first light.
"""},
        {"time": "Wed 07:45", "iso": "2026-06-10T07:45:00+05:00", "title": "Karakoram Highway fully open",
         "text": """
The National Highway Authority says both blocked stretches of the Karakoram Highway near Besham have been cleared and traffic is moving in both directions.
"""},
        {"time": "Tue 21:10", "iso": "2026-06-09T21:10:00+05:00", "title": "Nine dead, 73 injured",
         "text": """
Latest PDMA figures as of 9 pm: nine people dead, 73 injured, 214 houses damaged and 38 destroyed. One lane of the Karakoram Highway near Besham has been opened.

PDMA Director-General Asfandyar Khan Yousafzai: "Tonight our priority is shelter. Families whose houses are cracked should not sleep inside, and we are sending tents to every union council that has asked for them."
"""},
        {"time": "Tue 20:00", "iso": "2026-06-09T20:00:00+05:00", "title": "14 aftershocks so far",
         "text": """
The Pakistan Meteorological Department has recorded 14 aftershocks since the main quake. The strongest, of magnitude 4.3, was at 1:05 pm. PMD seismologist Dr Nadia Rehman says smaller aftershocks could continue for several days.
"""},
        {"time": "Tue 18:15", "iso": "2026-06-09T18:15:00+05:00", "title": "A night outdoors in Alpuri",
         "text": """
Our reporter in Alpuri says many families are preparing to sleep in courtyards and fields, afraid of aftershocks. Shopkeepers in the main bazaar have pulled their goods out onto the road. At the district headquarters hospital, relatives are waiting in the car park while doctors treat people with fractures and head injuries; the most serious cases are being sent on to Swat.
"""},
        {"time": "Tue 16:30", "iso": "2026-06-09T16:30:00+05:00", "title": "Compensation announced",
         "text": """
The provincial government has announced Rs 1 million for the family of each person killed and says schools in Shangla will remain closed for two days while engineers inspect them.
"""},
        {"time": "Tue 15:05", "iso": "2026-06-09T15:05:00+05:00", "title": "PDMA: six dead, 41 injured",
         "text": """
The PDMA's first official figures: six dead and 41 injured. Asfandyar Khan Yousafzai says helicopters have been requested for villages cut off by landslides. "Our first concern is the villages that our teams have not yet reached by road," he said.
"""},
        {"time": "Tue 13:10", "iso": "2026-06-09T13:10:00+05:00", "title": "Rescue 1122 confirms two deaths",
         "text": """
Rescue 1122 spokesman Bilal Ahmad confirms two deaths in Shangla, including a woman whose roof fell in. Teams from Swat and Battagram are on their way. The Karakoram Highway is blocked by landslides at two points near Besham.
"""},
        {"time": "Tue 12:05", "iso": "2026-06-09T12:05:00+05:00", "title": "PMD gives details",
         "text": """
The PMD says the quake measured 5.8 and struck at 11:18 am (06:18 GMT) at a depth of 15 km. The epicentre was about 28 km north-east of Alpuri in Shangla district. The US Geological Survey puts the magnitude at 5.6.
"""},
        {"time": "Tue 11:35", "iso": "2026-06-09T11:35:00+05:00", "title": "Strong tremors across Khyber Pakhtunkhwa",
         "text": """
Strong shaking was felt shortly after 11 am in Swat, Buner, Battagram, Mansehra, Abbottabad and Peshawar, and more lightly in Islamabad. Viewers in Mingora have sent us videos of shopkeepers running into the street, and offices in Peshawar were briefly evacuated. There are early reports of collapsed houses in villages in the hills of Shangla district, but phone lines there are patchy. We will bring you updates as details come in.
"""},
    ],
})

EQ6_PAPER = _paper({
    "site": "The Indus Observer", "domain": "indusobserver.example", "lang": "en", "sep": " | ",
    "url": "https://www.indusobserver.example/pakistan/2026/06/10/shangla-quake-nine-dead-houses-destroyed",
    "headline": "Nine dead as 5.8 quake flattens homes in Shangla",
    "dek": "Dozens injured, more than 200 houses damaged; landslides cut the Karakoram Highway near Besham for hours.",
    "section": "Pakistan", "author": "Sana Afridi", "author_role": "Peshawar",
    "published": "2026-06-10T06:00:00+05:00",
    "date_text": "Published June 10, 2026 06:00am",
    "strip_date": "Wednesday, June 10, 2026",
    "ticker": "Shangla earthquake | Budget 2026-27 | Load-shedding | Heatwave in Sindh",
    "keywords": ["Earthquake", "Shangla", "Khyber Pakhtunkhwa", "PDMA"],
    "print_note": "Published in The Indus Observer, June 10th, 2026.",
    "image": {"file": "2026/06/10/shangla-family-tent.jpg",
              "alt": "A family sits outside a tent near their damaged home",
              "caption": "A family sits outside a tent next to their damaged home in Puran tehsil of Shangla district.",
              "credit": "Photo: Abdul Wahab"},
    "most_read": [("Budget 2026-27: what changes for salaried people", "/business/budget-salaried"),
                  ("Karachi heatwave: hospitals on alert", "/karachi/heatwave-hospitals"),
                  ("Wheat procurement target missed in Punjab", "/business/wheat-procurement")],
    "related": [("Editorial: Building for the next tremor", "/opinion/editorial-building-for-next-tremor"),
                ("Why Pakistan's north keeps shaking", "/explainers/why-north-shakes"),
                ("Shangla: a district on the slopes", "/features/shangla-district-profile")],
    "body": """
At least nine people were killed and 73 injured when an earthquake of magnitude 5.8 struck Shangla district on Monday, bringing down mud-and-stone houses in mountain villages and triggering landslides that blocked the Karakoram Highway.

The Pakistan Meteorological Department (PMD) said the earthquake struck at 11:18am at a depth of 15 kilometres, with its epicentre about 28km north-east of Alpuri, the district headquarters. The US Geological Survey recorded a magnitude of 5.6.

According to the Provincial Disaster Management Authority (PDMA), 214 houses were damaged and 38 destroyed by 9pm. Most of the damage was in Alpuri and Puran tehsils, where houses are built on steep slopes with stone walls held together by mud.

PDMA Director-General Asfandyar Khan Yousafzai said the authority had sent tents, blankets and food to the affected union councils and that helicopters had been requested for villages that could not be reached by road. "Tonight our priority is shelter," he said. "Families whose houses are cracked should not sleep inside."

In Alpuri, residents described the shaking as the strongest they could remember since 2005. "The ground moved like a boat. Stones fell from the hill behind our house, and my brother's room came down," said Fazal Wahid, a shopkeeper, who spent the night outside with his family.

The district headquarters hospital in Alpuri treated dozens of injured people, and serious cases were referred to Saidu Teaching Hospital in Swat. Doctors said most injuries were fractures and head wounds caused by falling walls and roofs.

## Highway blocked

Landslides blocked the Karakoram Highway at two points near Besham, stranding vehicles for several hours. One lane was opened by the evening, and the National Highway Authority said it expected the road to be fully cleared by the morning.

Rescue 1122 spokesman Bilal Ahmad said teams from Swat and Battagram had joined local rescuers. "Some of our people are walking to villages because the link roads are cut," he said.

## Aftershocks

The PMD recorded 14 aftershocks by 8pm, the strongest of magnitude 4.3 at 1:05pm. Dr Nadia Rehman, a seismologist at the PMD, said further aftershocks were likely. "At this depth and this size, the shaking in the nearest villages would have been strong enough to bring down weak walls," she said.

The tremors were felt in Swat, Buner, Battagram, Mansehra, Abbottabad, Peshawar and Islamabad. In Mingora, people rushed out of markets and offices, and some buildings developed cracks, but no casualties were reported there.

## Relief

The provincial government announced compensation of Rs1 million for the family of each person killed and said the injured would be treated free of cost. Schools in Shangla will remain closed for two days while engineers check their buildings.

Shangla, one of the poorest districts in Khyber Pakhtunkhwa, was among the areas hit by the October 2005 earthquake. Engineers who worked on reconstruction then said many new houses in the district had been built without the earthquake-resistant features promoted after that disaster, because of cost.

Officials warned that the toll could rise as teams reached more remote villages.
""",
})

EQ6_LOCAL = _local({
    "site": "Swat Valley Voice", "domain": "swatvoice.example", "lang": "en", "sep": " - ",
    "url": "https://swatvoice.example/2026/06/10/shangla-earthquake-swat-hospitals-cracks-mingora/",
    "headline": "Shangla quake: Saidu hospital takes in injured as Mingora counts cracks",
    "dek": "Toll from Tuesday's earthquake rises to 11; Swat's hospitals and rescue teams stretched.",
    "section": "Local", "author": "Noor ul Amin",
    "published": "2026-06-10T11:30:00+05:00",
    "date_text": "June 10, 2026",
    "tagline": "Swat, Shangla, Buner and the upper valleys",
    "categories": ["Swat", "Shangla", "Earthquake"], "comments": 52, "post_id": 48213,
    "footer_note": "Swat Valley Voice is an independent local news site based in Mingora.",
    "image": {"file": "2026/06/saidu-hospital-emergency.jpg",
              "alt": "Relatives wait outside the emergency ward of Saidu Teaching Hospital",
              "caption": "Relatives of people injured in the Shangla earthquake wait outside the emergency ward at Saidu Teaching Hospital, Saidu Sharif.",
              "credit": "Photo: Swat Valley Voice"},
    "related": [("Rain and landslide warning for upper Swat this week", "/2026/06/08/upper-swat-landslide-warning/"),
                ("Mingora traders demand parking plan", "/2026/06/05/mingora-parking-plan/"),
                ("Kalam road repairs to finish before tourist season peak", "/2026/06/02/kalam-road-repairs/")],
    "body": """
The number of people killed in Tuesday's earthquake in neighbouring Shangla has risen to 11, with 96 injured, according to the Provincial Disaster Management Authority's report at 9 am today. The authority says 263 houses were damaged and 51 destroyed.

The magnitude 5.8 quake struck at 11:18 am on Tuesday, 9 June. Its epicentre, according to the Pakistan Meteorological Department, was about 28 km north-east of Alpuri in Shangla district, at a depth of 15 km. For many people in Mingora, it was the strongest shaking in years.

## Injured brought to Swat

Saidu Teaching Hospital received 18 injured people from Shangla between Tuesday afternoon and this morning, hospital officials told Swat Valley Voice. Most had fractures of the legs and arms, and four were admitted to the surgical ward with head injuries. Two children were among those brought by ambulance over the hills.

"Our emergency was ready because we had the calls from Rescue 1122 early," said a senior doctor on duty, who asked not to be named because he was not authorised to speak to the media. "The roads were the problem. Some patients took four hours to reach us."

Rescue 1122 spokesman Bilal Ahmad said teams from Swat and Battagram had been sent to Shangla on Tuesday to support local crews, and that some rescuers walked to villages where link roads had been cut by landslides.

## Cracks in Mingora

In Mingora, the shaking sent people running out of markets and offices. We visited three plazas in the main bazaar where shopkeepers showed us new cracks in walls and stairwells. No one was hurt in the city, but several traders said they would not reopen until engineers checked the buildings.

"I was weighing rice when the shelves started to jump. Everyone ran outside," said Sher Muhammad, who runs a grocery near Green Chowk. "Now we are all looking at the walls."

The district administration said teams from the building control department would inspect commercial plazas this week. Residents can report damage through the Rescue 1122 helpline.

## PDMA response

PDMA Director-General Isfandyar Khan Yousafzai said on Tuesday night that shelter was the first priority. "Families whose houses are cracked should not sleep inside," he said. The authority has sent tents, blankets and food packs to the affected union councils in Shangla, and the provincial government has announced Rs 1 million for the family of each person who died.

The Karakoram Highway, blocked by landslides at two points near Besham on Tuesday, was fully reopened this morning, the National Highway Authority said. Traders who use the road to bring goods to Swat said prices of vegetables had not yet been affected.

The PMD recorded 14 aftershocks by 8 pm on Tuesday, the strongest of magnitude 4.3. Dr Nadia Rehman, a PMD seismologist, said smaller aftershocks might continue for some days and advised people to stay out of damaged buildings.

Schools in Shangla are closed for two days. Schools in Swat are open as normal, the education department said.

If you have photos or information from your area, send them to our WhatsApp number.
""",
})

STORY_6 = _story("eq-LC6", "earthquake", "2026-06-12",
                 [_page("https://asiadeskwire.example/news/pakistan-earthquake-khyber-pakhtunkhwa-20260609", EQ6_WIRE),
                  _page("https://www.khyber24.example/live/shangla-earthquake-live-updates-june-2026", EQ6_LIVE),
                  _page("https://www.indusobserver.example/pakistan/2026/06/10/shangla-quake-nine-dead-houses-destroyed", EQ6_PAPER),
                  _page("https://swatvoice.example/2026/06/10/shangla-earthquake-swat-hospitals-cracks-mingora/", EQ6_LOCAL)],
                 [("Earthquake epicentre district", r"\bshangla\b", r"\bkohistan\b"),
                  ("Day of the earthquake", r"\btuesday\b", r"\bmonday\b"),
                  ("PDMA director-general's first name", r"\basfandyar\b", r"\bisfandyar\b")])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
