"""Part JE of the story battery (web pages).

Written by engineer JE1 on 2026-12-07 (twenty-fourth session, twenty-third batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py JE`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-JE1: Banco de Portugal raises its countercyclical capital buffer; PLANTED: extra capital the banks must hold (Tagus Broadcasting), date the higher buffer applies (Eurozone Banking Brief); traps: basis points vs percentage points, euro/dollar conversion, the earlier activation and its date, Lisbon vs Frankfurt/GMT times, quote cut differently, governor's full/short name.
el-JE2: Ancona mayoral runoff; CONTROL; traps: live-blog partial counts with the sections counted, first-round figures, one district's result, vote shares vs raw votes, Sunday/Monday voting, CEST vs GMT, seats from the majority bonus, victory speech quoted at different lengths.
ct-JE3: Seville court convicts ex-head of a water consortium of embezzlement; PLANTED: spelling of his second surname (Diario Hispalense Digital), vote split on the engineer's acquittal (Aljarafe Al Día); traps: ruling dated Tuesday but made public Thursday, prosecutors' requested terms vs sentences, total diverted vs repayment shares, years/months wording, panel quote cut differently.
tr-JE4: Istat May trade data and US exports; PLANTED: the official's title (Il Faro Economico English), fall in exports to the US (Telegiornale Europa), release time (Piazza Affari Live); traps: monthly vs year-on-year vs January-May figures, June flash estimate vs final, euros vs dollars, CEST vs GMT, surplus last year vs this year.
rk-JE5: Portuguese start-up's suborbital test flight from Santa Maria, Azores; CONTROL; traps: scrubbed first attempt two days earlier, Azores vs Lisbon vs CEST times, km vs miles and metres vs feet, target vs achieved apogee, stage and capsule recovered at different distances, CEO quote cut differently.
eq-JE6: Earthquake near Mula, Murcia; CONTROL; traps: automatic magnitude revised, local time vs UTC, death and injury counts growing through the day, strongest aftershock vs main shock, buildings inspected vs declared unsafe, the 2011 Lorca precedent.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "JE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Shared page pieces
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _ld(p: dict[str, Any]) -> str:
    """JSON-LD block; omitted entirely when the page has no machine-readable date."""
    if not p.get("published"):
        return ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": p.get("ld_type", "NewsArticle"),
        "headline": p["headline"],
        "description": p["dek"],
        "url": p["url"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
        "datePublished": p["published"],
        "dateModified": p.get("modified") or p["published"],
        "articleSection": p.get("section", "News"),
        "inLanguage": "en",
        "author": [{"@type": "Person", "name": a} for a in p["authors"]],
        "publisher": {
            "@type": "Organization",
            "name": p["site"],
            "logo": {"@type": "ImageObject",
                     "url": f"https://{p['domain']}/static/logo-600x60.png"},
        },
    }
    if p.get("image"):
        data["image"] = [f"https://{p['domain']}{p['image'][0]}"]
    if p.get("keywords"):
        data["keywords"] = p["keywords"]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _head(p: dict[str, Any], sep: str = " | ", css: str = "") -> str:
    title = f"{p['headline']}{sep}{p['site']}"
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_a(p["dek"])}">',
        f'<meta property="og:title" content="{_a(p["headline"])}">',
        f'<meta property="og:description" content="{_a(p["dek"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_a(p["url"])}">',
        f'<meta property="og:site_name" content="{_a(p["site"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="author" content="{_a(", ".join(p["authors"]))}">',
        f'<link rel="canonical" href="{_a(p["url"])}">',
        f'<link rel="stylesheet" href="https://{p["domain"]}/assets/site.css">',
    ]
    if p.get("image"):
        metas.append(f'<meta property="og:image" content="https://{p["domain"]}{p["image"][0]}">')
    if p.get("published"):
        metas.append(f'<meta property="article:published_time" content="{p["published"]}">')
        metas.append(f'<meta property="article:modified_time" '
                     f'content="{p.get("modified") or p["published"]}">')
    if p.get("section"):
        metas.append(f'<meta property="article:section" content="{_a(p["section"])}">')
    for kw in p.get("keywords", []):
        metas.append(f'<meta property="article:tag" content="{_a(kw)}">')
    style = f"<style>{css}</style>" if css else ""
    return ("<head>\n" + "\n".join(metas) + f"\n<title>{_e(title)}</title>\n{style}\n"
            + _ld(p) + "\n</head>")


def _cookie(site: str, variant: int = 0) -> str:
    texts = [
        (f"{site} uses cookies and similar technologies to run this site, measure audiences "
         "and show advertising. You can accept all, reject non-essential cookies or choose "
         "your settings at any time.", "Accept all", "Reject non-essential", "Settings"),
        ("We and our partners store and access information on your device to personalise "
         "content and ads and to analyse traffic. Your choice applies to this site only.",
         "I agree", "Decline", "Manage preferences"),
        ("This website uses cookies. Some are needed for the site to work; others help us "
         "understand how readers use it. Read our cookie policy for details.",
         "OK", "Only necessary", "Cookie policy"),
    ]
    t, ok, no, more = texts[variant % len(texts)]
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{_e(t)}</p><button class="btn-accept">{ok}</button>'
            f'<button class="btn-reject">{no}</button><a href="/cookies">{more}</a></div>')


def _nav(items: list[str], cls: str = "main-nav") -> str:
    links = "".join(f'<li><a href="/{_a(i.lower().replace(" ", "-"))}/">{_e(i)}</a></li>'
                    for i in items)
    return f'<nav class="{cls}" aria-label="Sections"><ul>{links}</ul></nav>'


def _figure(p: dict[str, Any]) -> str:
    if not p.get("image"):
        return ""
    src, caption, credit = p["image"]
    return (f'<figure class="lead-image"><img src="{_a(src)}" alt="{_a(caption)}" '
            f'width="1200" height="675" loading="eager">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span>'
            f'</figcaption></figure>')


def _share(p: dict[str, Any]) -> str:
    u = _a(p["url"])
    return ('<div class="share-tools" aria-label="Share this article">'
            '<span>Share</span>'
            f'<a class="share-x" href="https://x.example/intent/post?url={u}">X</a>'
            f'<a class="share-fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share-li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            f'<a class="share-wa" href="https://whatsapp.example/send?text={u}">WhatsApp</a>'
            '<a class="share-mail" href="mailto:?subject=Article">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _ad(slot: str) -> str:
    return (f'<div class="ad-container" data-ad-slot="{slot}">'
            '<span class="ad-label">Advertisement</span>'
            f'<div id="ad-{slot}" class="ad-unit" style="min-height:250px"></div></div>')


def _related(title: str, items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="related-links"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>'


def _body(paras: list[str]) -> str:
    out = []
    n = 0
    for b in paras:
        if b.startswith("## "):
            out.append(f"<h2>{_e(b[3:])}</h2>")
        elif b == "[AD]":
            n += 1
            out.append(_ad(f"inarticle-{n}"))
        elif b.startswith("> "):
            out.append(f'<blockquote class="pull-quote"><p>{_e(b[2:])}</p></blockquote>')
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _footer(site: str, owner: str, extra: list[str]) -> str:
    links = "".join(f'<li><a href="/{_a(x.lower().replace(" ", "-"))}">{_e(x)}</a></li>'
                    for x in extra)
    return (f'<footer class="site-footer"><ul class="footer-links">{links}</ul>'
            f'<p class="copyright">© 2026 {_e(owner)}. All rights reserved. '
            f'{_e(site)} is not responsible for the content of external sites.</p></footer>')


# ---------------------------------------------------------------------------
# Page templates: one per kind of outlet
# ---------------------------------------------------------------------------

def _wire_page(p: dict[str, Any]) -> str:
    """Wire service story: terse chrome, dateline in the first paragraph."""
    body = list(p["body"])
    body[0] = f"{p['dateline']} ({p['site_short']}) – {body[0]}"
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " | ")}
<body class="wire story">
{_cookie(p['site'], 0)}
<header class="wire-header"><a class="logo" href="/">{_e(p['site'])}</a>
{_nav(["World", "Business", "Markets", "Politics", "Science", "Sport", "Wire feed"])}
<form class="search" action="/search"><input name="q" placeholder="Search the wire"></form>
</header>
{_ad("leaderboard")}
<main id="content">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/{_a(p['section'].lower())}/">{_e(p['section'])}</a></div>
<article class="wire-article" itemscope>
<h1>{_e(p['headline'])}</h1>
<p class="standfirst">{_e(p['dek'])}</p>
<div class="meta"><span class="byline">By {_e(" and ".join(p['authors']))}</span>
<time class="date" {f'datetime="{p["published"]}"' if p.get('published') else ''}>{_e(p['date_text'])}</time>
<span class="reading-time">{_e(p.get('reading', '4 min read'))}</span></div>
{_share(p)}
{_figure(p)}
<div class="article-body">
{_body(body)}
</div>
<p class="editor-note">{_e(p.get('tagline', 'Reporting by ' + ', '.join(p['authors']) + '; editing by the news desk.'))}</p>
</article>
{_related(p.get('related_title', 'More from the wire'), p['related'])}
</main>
{_footer(p['site'], p['owner'], ["About", "Contact", "Terms of use", "Privacy", "Cookies", "Licensing"])}
</body>
</html>
"""


def _paper_page(p: dict[str, Any]) -> str:
    """National newspaper: masthead, section tag, author bio, comments, newsletters box."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " | ", "body{font-family:Georgia,serif}.standfirst{font-size:1.2em}")}
<body class="article-page paper">
{_cookie(p['site'], 1)}
<div class="top-bar"><a href="/subscribe" class="subscribe">Subscribe</a> <a href="/login">Sign in</a>
<span class="edition">{_e(p.get('edition', 'International edition'))}</span></div>
<header class="masthead"><a href="/" class="masthead-logo">{_e(p['site'])}</a>
<p class="masthead-date">{_e(p.get('masthead_date', ''))}</p></header>
{_nav(["News", "Politics", "Economy", "Business", "World", "Opinion", "Culture", "Sport", "Podcasts"])}
{_ad("top-banner")}
<main class="layout">
<article class="story" role="article">
<p class="kicker"><a href="/{_a(p['section'].lower())}/">{_e(p['section'])}</a></p>
<h1 class="headline">{_e(p['headline'])}</h1>
<h2 class="standfirst">{_e(p['dek'])}</h2>
<div class="byline-block"><span class="byline">{_e(" and ".join(p['authors']))}</span>
<span class="role">{_e(p.get('author_role', ''))}</span>
<span class="dateline">{_e(p['dateline'])}</span>
<time {f'datetime="{p["published"]}"' if p.get('published') else ''}>{_e(p['date_text'])}</time></div>
{_share(p)}
{_figure(p)}
<div class="story-body">
{_body(p['body'])}
</div>
<div class="author-bio"><p>{_e(p.get('bio', ''))}</p></div>
<div class="tags">{"".join(f'<a href="/topic/{_a(k.lower().replace(" ", "-"))}">{_e(k)}</a>' for k in p.get('keywords', []))}</div>
<section class="comments"><h3>Comments</h3><p>Comments are open to subscribers. Please keep the discussion civil and on topic.</p><button>Show comments</button></section>
</article>
<div class="sidebar">
{_related(p.get('related_title', 'Related'), p['related'])}
{_ad("sidebar-mpu")}
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The day's essential stories, in your inbox before breakfast.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>
<div class="most-read"><h3>Most read</h3><ol>{"".join(f'<li><a href="#">{_e(t)}</a></li>' for t in p.get('most_read', []))}</ol></div>
</div>
</main>
{_footer(p['site'], p['owner'], ["About us", "Contact", "Advertise", "Corrections", "Terms", "Privacy policy", "Cookie settings", "Archive"])}
</body>
</html>
"""


def _broadcast_page(p: dict[str, Any]) -> str:
    """Broadcaster's website: video player placeholder, 'watch live' bar, shorter chrome."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " - ")}
<body class="bc-site news-article">
{_cookie(p['site'], 2)}
<header class="bc-header"><a href="/" class="bc-logo">{_e(p['site'])}</a>
{_nav(["Home", "News", "Regions", "Business", "Climate", "Sport", "Watch", "Listen"], "bc-nav")}
<a class="watch-live" href="/live">Watch live</a></header>
<main>
<article class="bc-article">
<header><span class="bc-section">{_e(p['section'])}</span>
<h1>{_e(p['headline'])}</h1>
<p class="bc-summary">{_e(p['dek'])}</p>
<div class="bc-meta"><span class="bc-author">{_e(", ".join(p['authors']))}{_e(p.get('author_role', ''))}</span>
<time {f'datetime="{p["published"]}"' if p.get('published') else ''}>{_e(p['date_text'])}</time></div>
</header>
<div class="video-player" data-video-id="{_a(p.get('video_id', 'v0000'))}"><p class="video-caption">{_e(p.get('video_caption', 'Watch: our report'))}</p></div>
{_share(p)}
<div class="bc-body">
{_body(p['body'])}
</div>
{_figure(p)}
</article>
{_related(p.get('related_title', 'Related stories'), p['related'])}
{_ad("bc-bottom")}
</main>
{_footer(p['site'], p['owner'], ["Contact us", "Complaints", "Accessibility", "Terms of use", "Privacy", "Cookies", "Jobs"])}
</body>
</html>
"""


def _local_page(p: dict[str, Any]) -> str:
    """Local news site: weather widget, community notices, heavy ads."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " - ")}
<body class="local-news single-post">
{_cookie(p['site'], 1)}
<div class="weather-strip">{_e(p.get('weather', ''))}</div>
<header id="site-header"><a class="site-title" href="/">{_e(p['site'])}</a>
<p class="site-tagline">{_e(p.get('site_tagline', 'Local news'))}</p>
{_nav(p.get('nav', ["Home", "Local", "Politics", "Business", "Events", "Sport", "Obituaries", "Contact"]))}
</header>
{_ad("header-728")}
<main id="primary">
<article class="post type-post">
<header class="entry-header"><span class="cat-links">{_e(p['section'])}</span>
<h1 class="entry-title">{_e(p['headline'])}</h1>
<p class="entry-excerpt">{_e(p['dek'])}</p>
<div class="entry-meta"><span class="author vcard">{_e(" & ".join(p['authors']))}</span>
<span class="posted-on">{_e(p['date_text'])}</span></div></header>
{_figure(p)}
<div class="entry-content">
{_body(p['body'])}
</div>
<footer class="entry-footer">{_share(p)}</footer>
</article>
<aside id="secondary">
{_related(p.get('related_title', 'You may also like'), p['related'])}
{_ad("sidebar-300")}
<div class="widget notices"><h3>Community notices</h3><p>{_e(p.get('notice', 'Send your announcements to our newsroom.'))}</p></div>
</aside>
</main>
{_footer(p['site'], p['owner'], ["About", "Advertise with us", "Contact the newsroom", "Privacy", "Cookies"])}
</body>
</html>
"""


def _newsletter_page(p: dict[str, Any]) -> str:
    """Web version of an email newsletter: issue header, sections, sponsor slot."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " - ", "body{max-width:680px;margin:auto;font-family:Helvetica,Arial,sans-serif}")}
<body class="newsletter-issue">
{_cookie(p['site'], 2)}
<header class="nl-header"><a href="/" class="nl-logo">{_e(p['site'])}</a>
{_nav(["Latest issue", "Archive", "About", "Subscribe"], "nl-nav")}</header>
<div class="nl-banner"><p>{_e(p.get('issue_line', ''))}</p><a class="btn" href="/subscribe">Subscribe free</a></div>
<main>
<article class="nl-article">
<h1>{_e(p['headline'])}</h1>
<p class="nl-dek">{_e(p['dek'])}</p>
<p class="nl-byline">{_e("By " + " and ".join(p['authors']))} · <span class="nl-date">{_e(p['date_text'])}</span></p>
{_figure(p)}
{_body(p['body'])}
<div class="sponsor"><span class="ad-label">Advertisement</span><p>{_e(p.get('sponsor', 'This issue is supported by our partners.'))}</p></div>
<p class="nl-signoff">{_e(p.get('signoff', 'Thanks for reading.'))}</p>
{_share(p)}
</article>
{_related(p.get('related_title', 'From the archive'), p['related'])}
</main>
{_footer(p['site'], p['owner'], ["Unsubscribe", "Update preferences", "Privacy", "Cookies", "Contact"])}
</body>
</html>
"""


def _liveblog_page(p: dict[str, Any]) -> str:
    """Live blog: key points box, then timestamped entries, newest first."""
    entries = []
    for stamp, iso, heading, paras in p["entries"]:
        entries.append(
            f'<div class="lb-post" id="post-{_a(iso[11:16].replace(":", ""))}">'
            f'<time class="lb-time" datetime="{_a(iso)}">{_e(stamp)}</time>'
            + (f"<h3>{_e(heading)}</h3>" if heading else "")
            + _body(paras) + "</div>")
    keys = "".join(f"<li>{_e(k)}</li>" for k in p.get("key_points", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(p, " | ")}
<body class="liveblog">
{_cookie(p['site'], 0)}
<header class="lb-site-header"><a href="/" class="logo">{_e(p['site'])}</a>
{_nav(["Live", "News", "Politics", "Business", "Markets", "Sport", "Video"])}</header>
{_ad("lb-top")}
<main>
<article class="liveblog-article">
<p class="live-badge">{_e(p.get('badge', 'LIVE'))}</p>
<h1>{_e(p['headline'])}</h1>
<p class="lb-dek">{_e(p['dek'])}</p>
<div class="lb-meta"><span class="byline">{_e(", ".join(p['authors']))}</span>
<span class="lb-updated">{_e(p['date_text'])}</span></div>
{_share(p)}
<div class="key-points"><h2>Key points</h2><ul>{keys}</ul></div>
{_figure(p)}
<div class="lb-feed">
{"".join(entries)}
</div>
</article>
{_related(p.get('related_title', 'Latest'), p['related'])}
</main>
{_footer(p['site'], p['owner'], ["About", "Contact", "Terms", "Privacy", "Cookies"])}
</body>
</html>
"""


# ===========================================================================
# cb-JE1 - central bank (Portugal)
# Facts: Banco de Portugal, Tuesday 9 June 2026, Lisbon. Governor Henrique Valadares Moura;
# Vice-Governor Clara Bettencourt Lobo (financial stability). Countercyclical capital buffer
# raised from 0.75% to 1.25% of domestic risk-weighted exposures (+50 bp), applying from
# 1 July 2027. About EUR 1.4 billion (~USD 1.6 billion) of extra CET1 capital system-wide.
# Buffer first switched on at 0.75% in a decision of September 2025, in force since
# 1 January 2026. Financial Stability Report the same day; press conference at 11:00 Lisbon
# (10:00 GMT, 12:00 Frankfurt). House prices +12.6% y/y in Q4 2025; new mortgage lending
# Jan-Apr 2026 EUR 7.8 billion, +19% y/y; system CET1 ratio 17.9% end-March; NPL ratio 2.4%.
# LTV cap 90% (own permanent home) and 50% debt-service limit unchanged. Next review September.
# PLANTED: Tagus Broadcasting gives EUR 1.9 billion; Eurozone Banking Brief gives 1 January 2027.
# ===========================================================================

_CB_WIRE = _wire_page({
    "site": "Meridian Wire", "site_short": "Meridian", "domain": "meridianwire.example",
    "owner": "Meridian Wire Services Ltd",
    "url": "https://meridianwire.example/business/2026/06/09/portugal-central-bank-capital-buffer",
    "headline": "Portugal’s central bank lifts bank capital buffer to 1.25% as home prices climb",
    "dek": "Banco de Portugal adds half a percentage point to its countercyclical buffer and "
           "gives lenders until July 2027 to comply.",
    "section": "Business", "authors": ["Tomás Avelar Reis"],
    "published": "2026-06-09T10:41:00Z", "modified": "2026-06-09T12:02:00Z",
    "date_text": "June 9, 2026 10:41 AM GMT · Updated 1 hour ago",
    "dateline": "LISBON, June 9",
    "image": ("/media/2026/06/bdp-lisbon-hq.jpg",
              "The Banco de Portugal headquarters on Rua do Comércio in Lisbon.",
              "Photo: Meridian/Joana Freixo"),
    "keywords": ["Banco de Portugal", "banking", "capital requirements", "housing"],
    "reading": "4 min read",
    "body": [
        "Banco de Portugal on Tuesday raised the countercyclical capital buffer that the "
        "country’s banks must hold to 1.25% of their domestic risk-weighted exposures, from "
        "0.75%, saying strong profits and fast mortgage growth made this a good time to build "
        "reserves for a downturn.",
        "The higher rate applies from July 1, 2027, giving lenders the customary twelve months "
        "to adjust. The central bank estimated that the change will require about €1.4 billion "
        "($1.6 billion) of additional common equity tier 1 capital across the banking system, "
        "an amount it said lenders could cover from existing surpluses without issuing new "
        "shares or slowing credit.",
        "“Banks are earning well and lending briskly, and this is precisely the moment to set "
        "something aside for the years when neither will be true,” Governor Henrique Valadares "
        "Moura told reporters in Lisbon, where the bank presented its twice-yearly Financial "
        "Stability Report at 11:00 local time.",
        "He insisted the step was not a disguised attempt to push down house prices. “We are not "
        "trying to cool the housing market with this tool; we are making sure the banks can keep "
        "lending if it cools on its own,” he said.",
        "The buffer is designed to be built up in good times and released in bad ones, so that "
        "banks have extra room to absorb losses without cutting off credit. Banco de Portugal "
        "switched it on for the first time in a decision announced last September, setting it "
        "at 0.75%, a rate that has been in force since January 1 this year.",
        "[AD]",
        "## Housing and credit",
        "House prices rose 12.6% in the final quarter of 2025 from a year earlier, according to "
        "the national statistics institute, extending a run of double-digit annual gains. The "
        "central bank’s report said new mortgage lending in the first four months of 2026 "
        "reached €7.8 billion, 19% more than in the same period of 2025.",
        "The report put the banking system’s common equity tier 1 ratio at 17.9% at the end of "
        "March, comfortably above requirements, while non-performing loans stood at 2.4% of the "
        "gross loan book.",
        "The central bank kept its limits on new mortgage lending unchanged. They cap the "
        "loan-to-value ratio at 90% for a borrower’s own permanent home and restrict debt "
        "service to 50% of net income, with a small quota of exceptions.",
        "Shares of Portugal’s listed lenders moved little after the announcement, which most "
        "analysts had anticipated after the bank flagged rising cyclical risks in its previous "
        "stability report.",
        "Sofia Marques Quintela, chief economist at Lisbon brokerage Atlântico Valores, said "
        "the extra requirement was modest compared with the sector’s recent earnings. “The "
        "signal matters more than the money. Nobody will have to knock on investors’ doors for "
        "this,” she said.",
        "## Quarterly reviews",
        "Vice-Governor Clara Bettencourt Lobo, who oversees financial stability, said the bank "
        "reviews the rate every quarter and could lower it at once if conditions turned. “A "
        "buffer is only useful if it exists before you need it,” she said.",
        "Portugal joins a group of euro zone countries that have opted to keep a positive buffer "
        "in ordinary times rather than wait for signs of overheating, an approach European "
        "supervisors have encouraged since the pandemic showed how quickly a releasable cushion "
        "can help.",
        "The next quarterly review is due in September. The European Central Bank, which "
        "directly supervises Portugal’s largest banks, was notified of the decision in advance "
        "as EU rules require and has the power to set a higher rate, though it rarely does.",
    ],
    "related_title": "More on European banks",
    "related": [
        ("Spanish lenders’ deposit margins narrow as competition heats up",
         "/business/2026/06/08/spain-banks-deposit-margins"),
        ("Euro zone bank lending picks up for a fourth straight month",
         "/markets/2026/06/02/eurozone-bank-lending"),
        ("Explainer: what a countercyclical capital buffer does",
         "/business/explainers/countercyclical-buffer"),
    ],
})

_CB_PAPER = _paper_page({
    "site": "The Lisbon Ledger", "domain": "lisbonledger.example",
    "owner": "Ledger Media Portugal, S.A.",
    "url": "https://lisbonledger.example/economy/2026/06/09/banks-told-to-build-cushion",
    "headline": "Banks told to build a bigger cushion while the good times last",
    "dek": "The central bank raises its countercyclical buffer by 50 basis points. Borrowers "
           "will barely notice, bankers say, but the message is aimed at them too.",
    "section": "Economy", "authors": ["Marta Quaresma Dinis"],
    "author_role": "Economics correspondent",
    "published": "2026-06-09T18:40:00+01:00", "modified": "2026-06-10T08:15:00+01:00",
    "date_text": "Tuesday 9 June 2026, 18:40 (updated Wednesday 10 June, 08:15)",
    "masthead_date": "Wednesday, 10 June 2026",
    "dateline": "Lisbon",
    "image": ("/img/2026/06/09/apartments-alfama.jpg",
              "Apartment blocks above Alfama. Prices have risen by double digits for two years.",
              "Photograph: Ricardo Lemos for The Lisbon Ledger"),
    "keywords": ["Banco de Portugal", "Housing", "Banks", "Mortgages"],
    "bio": "Marta Quaresma Dinis covers the Portuguese economy, the central bank and public "
           "finances for The Lisbon Ledger.",
    "most_read": ["Ferry timetable to Barreiro changes from Monday",
                  "Algarve hotels report strong early bookings",
                  "What the new rental rules mean for tenants"],
    "body": [
        "Portugal’s banks have rarely looked healthier, and that, according to the central bank, "
        "is exactly why they should put more aside. On Tuesday Banco de Portugal raised its "
        "countercyclical capital buffer by 50 basis points, to 1.25% of banks’ domestic "
        "risk-weighted exposures, with the new level taking effect on 1 July 2027.",
        "The decision came with the bank’s Financial Stability Report, presented at a morning "
        "press conference in Lisbon by Governor Henrique Valadares Moura and Vice-Governor Clara "
        "Bettencourt Lobo. The central bank calculates that the change will oblige the system "
        "as a whole to hold roughly €1.4 billion more in top-quality capital.",
        "Valadares Moura framed the move as simple prudence. “Banks are earning well and lending "
        "briskly, and this is precisely the moment to set something aside,” he said, before "
        "adding that the bank was “making sure the banks can keep lending if it cools on its "
        "own” – the “it” being a housing market that has defied repeated predictions of a "
        "slowdown.",
        "## Not a brake on prices",
        "The governor was at pains to say that the buffer is not meant to bring house prices "
        "down. Capital rules, he argued, protect banks from a fall in prices; they do not "
        "prevent a rise. That distinction matters politically: the government has come under "
        "pressure over housing costs, and some opposition deputies have urged the central bank "
        "to tighten lending rules further.",
        "The figures explain the pressure. House prices climbed 12.6% year on year in the last "
        "three months of 2025, according to the statistics institute. New mortgage lending in "
        "January to April this year came to €7.8 billion, up 19% on the same months of 2025, "
        "the report said. Yet the bank chose to leave its borrower-based limits alone: "
        "mortgages for a main home still cannot exceed 90% of the property’s value, and monthly "
        "repayments on all debts are capped at half of net income.",
        "[AD]",
        "Those limits, in force in various forms since 2018, are what most borrowers actually "
        "meet at the bank counter. The buffer, by contrast, sits on the other side of the "
        "balance sheet. “A client asking for a loan next month will not see any difference,” "
        "said Nuno Farinha Gaspar, who runs a mortgage brokerage with offices in Porto and "
        "Braga. “Where it may show up, a little, is in how hard banks compete on spreads next "
        "year.”",
        "## A cushion with a release valve",
        "The countercyclical buffer was first activated in Portugal last September, when the "
        "central bank set it at 0.75%; that rate has applied since 1 January 2026. The "
        "mechanism’s attraction for regulators is that it can be cut to zero overnight in a "
        "crisis, freeing capital for lending at the moment banks would otherwise pull back – "
        "something several countries did in the spring of 2020.",
        "“A buffer is only useful if it exists before you need it,” Bettencourt Lobo told "
        "reporters.",
        "The banks themselves appear relaxed. The report put the sector’s common equity tier 1 "
        "ratio at 17.9% at the end of March, and bad loans at 2.4% of the total. Analysts said "
        "none of the large lenders was close to needing new capital. Sofia Marques Quintela, "
        "chief economist at the brokerage Atlântico Valores, called the decision “a signal more "
        "than a bill”.",
        "The central bank will review the rate again in September, as it does every quarter. "
        "Bankers will be watching for any hint that 1.25% is a waypoint rather than a "
        "destination.",
    ],
    "related_title": "More on housing",
    "related": [
        ("Rents in Lisbon and Porto: the numbers behind the squeeze",
         "/economy/2026/05/21/rents-lisbon-porto"),
        ("Opinion: the central bank cannot fix the housing shortage",
         "/opinion/2026/06/03/central-bank-housing"),
        ("Government promises faster building permits",
         "/politics/2026/05/30/building-permits"),
    ],
})

_CB_BROADCAST = _broadcast_page({
    "site": "Tagus Broadcasting", "domain": "tagusbroadcast.example",
    "owner": "Tagus Broadcasting Network",
    "url": "https://tagusbroadcast.example/news/business/banco-de-portugal-buffer-20260609",
    "headline": "Central bank orders banks to hold more capital in case housing boom ends",
    "dek": "Lenders get a year to meet the higher requirement. The governor says the aim is to "
           "protect credit, not to push prices down.",
    "section": "Business", "authors": ["Beatriz Sequeira Lopes"],
    "author_role": ", business reporter",
    "published": "2026-06-09T13:15:00+01:00",
    "date_text": "09/06/2026 13:15 WEST",
    "video_id": "tbn-260609-bdp",
    "video_caption": "Watch: the governor explains the decision (2:14)",
    "image": ("/images/news/2026/06/valadares-moura-presser.jpg",
              "Governor Henrique Valadares Moura at Tuesday’s press conference.",
              "Image: TBN"),
    "keywords": ["Banco de Portugal", "banks"],
    "body": [
        "Portugal’s banks will have to hold more capital in reserve from next year, after Banco "
        "de Portugal decided on Tuesday to raise a buffer that can be released if the economy "
        "or the housing market turns sour.",
        "The countercyclical capital buffer goes up by half a percentage point, from 0.75% to "
        "1.25% of banks’ risk-weighted exposures in Portugal. Lenders have until July 2027 to "
        "comply. According to the central bank, the increase means that the banking system "
        "will need about €1.9 billion in additional high-quality capital.",
        "The decision was announced alongside the bank’s Financial Stability Report at a press "
        "conference that began at 11:00 in Lisbon.",
        "Governor Henrique Valadares Moura said the timing was deliberate. “Banks are earning "
        "well and lending briskly, and this is precisely the moment to set something aside for "
        "the years when neither will be true,” he told journalists.",
        "Asked whether the bank was trying to slow rising house prices, the governor said no. "
        "“We are not trying to cool the housing market with this tool,” he said.",
        "## Why now?",
        "The central bank points to several warning lights. House prices rose 12.6% over the "
        "year to the fourth quarter of 2025. Mortgage lending has accelerated: banks granted "
        "€7.8 billion in new home loans between January and April, 19% more than a year "
        "earlier. And profits across the sector remain close to record levels after several "
        "years of higher interest rates.",
        "At the same time, the bank says the system is strong. The average common equity tier "
        "1 ratio, the main measure of a bank’s financial strength, stood at 17.9% at the end of "
        "March. Non-performing loans were 2.4% of the total.",
        "[AD]",
        "## What changes for families?",
        "For people looking for a mortgage, very little, at least directly. The central bank "
        "kept its existing rules for new home loans unchanged: banks can lend at most 90% of "
        "the value of a main residence, and total monthly debt payments should not exceed 50% "
        "of a household’s net income.",
        "Banks may, however, become a little more cautious about how aggressively they "
        "compete for new mortgage customers, economists said, because every new loan now "
        "requires slightly more capital behind it.",
        "Consumer association representatives told TBN they would have preferred the central "
        "bank to address the cost of housing more directly. But economists said that was not "
        "the job of this particular tool.",
        "“This is about the resilience of the banks. If there is a crisis, the central bank can "
        "release this money instantly so that banks keep lending to companies and families,” "
        "said Sofia Marques Quintela, chief economist at Atlântico Valores.",
        "## Second increase in a year",
        "It is the second time the central bank has used this buffer. Last September it "
        "activated it for the first time, at 0.75%, with effect from the start of 2026.",
        "Vice-Governor Clara Bettencourt Lobo said the level is reviewed every three months. "
        "“A buffer is only useful if it exists before you need it,” she said.",
        "The bank stressed that the buffer is a national decision for exposures in Portugal. "
        "Foreign banks lending to Portuguese companies and households will also have to apply "
        "the higher rate to those loans, under the reciprocity rules that apply across the "
        "European Union.",
        "The next review is scheduled for September. Bank shares on the Lisbon stock exchange "
        "were broadly unchanged on Tuesday afternoon.",
    ],
    "related": [
        ("Lisbon stock exchange closes higher, led by energy stocks",
         "/news/business/psi-close-20260609"),
        ("How much house can a typical salary buy in Portugal?",
         "/news/explainers/house-affordability"),
        ("Interest rates: what the ECB decided last week",
         "/news/business/ecb-june-decision"),
    ],
})

_CB_NEWSLETTER = _newsletter_page({
    "site": "Eurozone Banking Brief", "domain": "ezbankingbrief.example",
    "owner": "EBB Research Publishing",
    "url": "https://ezbankingbrief.example/issues/2026-06-10-portugal-ccyb",
    "headline": "Portugal turns the dial: CCyB to 1.25%",
    "dek": "Lisbon adds 50bp to its countercyclical buffer. Why it matters for euro zone "
           "macroprudential policy, and what to watch next.",
    "section": "Macroprudential", "authors": ["Hannah Verhoeven", "Diogo Pimentel"],
    "published": None,
    "date_text": "Wednesday 10 June 2026",
    "issue_line": "Issue 212 · Read time 5 minutes",
    "sponsor": "Sponsored: Regulatory data feeds for risk teams – try our partner’s API free "
               "for 30 days.",
    "signoff": "That’s it for today. Reply to this email with tips, data or complaints – we "
               "read everything. Hannah and Diogo.",
    "body": [
        "Good morning. Banco de Portugal did what most of you expected yesterday, and did it "
        "with some conviction. The countercyclical capital buffer (CCyB) rises by 50bp to 1.25% "
        "of domestic risk-weighted exposure amounts, applicable from 1 January 2027. Lisbon "
        "first activated the buffer at 0.75% in September 2025, effective 1 January 2026.",
        "## The numbers",
        "The central bank’s own estimate of the additional CET1 the system must hold is about "
        "€1.4bn. Against a sector CET1 ratio of 17.9% at end-March and management buffers that "
        "are generous at all the large names, this is not a capital-raising event. We would be "
        "surprised if any Portuguese bank changed its distribution plans because of it.",
        "The justification sits in the Financial Stability Report published alongside the "
        "decision: house prices up 12.6% year on year in Q4 2025, new mortgage production of "
        "€7.8bn in January–April 2026 (+19% y/y), and a credit-to-GDP gap that the bank now "
        "describes as closing faster than in its November assessment. NPLs are at 2.4%.",
        "## The message",
        "Governor Henrique Valadares Moura was clear at the noon (Frankfurt time) press "
        "conference that this is about resilience, not house prices. The line worth keeping: "
        "“We are not trying to cool the housing market with this tool; we are making sure the "
        "banks can keep lending if it cools on its own.”",
        "That framing is consistent with the positive neutral rate philosophy that a growing "
        "number of euro zone authorities have adopted: build the releasable buffer while the "
        "sun shines, and keep borrower-based measures as the instrument for household risk. "
        "On that front, Lisbon left the LTV cap for own permanent residence at 90% and the "
        "DSTI limit at 50%.",
        "Vice-Governor Clara Bettencourt Lobo added the quote every macroprudential deck will "
        "borrow this year: “A buffer is only useful if it exists before you need it.”",
        "[AD]",
        "## Our read",
        "Three points. First, the size. A 50bp step is at the upper end of what euro zone "
        "authorities usually do in one go, and it follows the initial activation by only nine "
        "months. That tells us the bank sees the cycle maturing quickly, even if it avoids the "
        "word overheating.",
        "Second, the sequencing. Portugal’s large banks also face the ECB’s supervisory review "
        "this autumn. A higher CCyB mechanically lifts combined buffer requirements, which "
        "narrows the distance to maximum distributable amount restrictions. With CET1 ratios "
        "where they are, we do not think MDA risk is real for anyone, but it is a number "
        "investor relations teams will now have to explain.",
        "Third, the housing politics. Housing affordability is a live issue in Portugal, and "
        "the governor went out of his way to say the buffer is not a price tool. That is the "
        "right line. But if house prices keep rising at double-digit rates, pressure will grow "
        "on the borrower-based side, where the central bank has more direct levers.",
        "## What to watch",
        "The next quarterly review is in September. We would not expect another move so soon, "
        "but the wording on the credit-to-GDP gap is worth watching. Sofia Marques Quintela at "
        "Atlântico Valores put it neatly in a note to clients: “The signal matters more than the "
        "money.”",
        "## Also on our radar",
        "The EBA’s next transparency exercise is due in the autumn; we will cover the "
        "Portuguese and Spanish data when it lands. And our Q3 survey of bank treasurers opens "
        "next week – replies are anonymous.",
    ],
    "related_title": "Recent issues",
    "related": [
        ("Issue 211: Sectoral systemic risk buffers, country by country",
         "/issues/2026-06-03-ssyrb-tracker"),
        ("Issue 209: What the spring stress data say about mortgage books",
         "/issues/2026-05-20-mortgage-books"),
        ("Issue 204: Positive neutral CCyB explained",
         "/issues/2026-04-15-positive-neutral"),
    ],
})

STORY_1 = _story("cb-JE1", "central bank", "2026-06-12",
                 [_page("https://meridianwire.example/business/2026/06/09/portugal-central-bank-capital-buffer", _CB_WIRE),
                  _page("https://lisbonledger.example/economy/2026/06/09/banks-told-to-build-cushion", _CB_PAPER),
                  _page("https://tagusbroadcast.example/news/business/banco-de-portugal-buffer-20260609", _CB_BROADCAST),
                  _page("https://ezbankingbrief.example/issues/2026-06-10-portugal-ccyb", _CB_NEWSLETTER)],
                 [("additional capital required", r"1[.,]4 ?(?:billion|bn)", r"1[.,]9 ?(?:billion|bn)"),
                  ("date the higher buffer applies", r"july (?:1, )?2027", r"january (?:1, )?2027")])


# ===========================================================================
# el-JE2 - election (Italy) - CONTROL
# Facts: Savona mayoral runoff, voting Sunday 14 June 2026 (07:00-23:00) and Monday 15 June
# (07:00-15:00 CEST = 13:00 GMT), count from 15:00 Monday across 62 polling sections.
# Lucia Ferrandi, 51, former secondary-school headteacher, centre-left coalition: 52.7%,
# 11,889 votes. Matteo Orsolini, 58, regional councillor, centre-right: 47.3%, 10,671 votes.
# Margin 1,218. Valid votes 22,560. Turnout 46.3% of 49,870 registered (first round 56.2%).
# First round 31 May-1 June: Orsolini 44.8%, Ferrandi 39.6%, Davide Pirani (Savona Bene
# Comune) 9.1%, two others 6.5% together; Pirani endorsed nobody. Live-blog partials: 18 of
# 62 sections Ferrandi 51.4%; 41 of 62 52.2%. Orsolini led in the 11 sections of Zinola and
# Legino with 54.6%. Orsolini conceded by phone about 17:55 CEST; Ferrandi spoke in Piazza
# Sisto IV at about 19:30. Majority bonus gives her coalition a majority of the 32-seat council.
# ===========================================================================

_EL_LIVE = _liveblog_page({
    "site": "Savona Now", "domain": "savonanow.example",
    "owner": "Riviera Digitale S.r.l.",
    "url": "https://savonanow.example/live/ballottaggio-savona-2026-risultati",
    "headline": "Savona runoff live: Ferrandi wins, Orsolini concedes",
    "dek": "Follow the count from all 62 polling sections as Savona chooses its next mayor "
           "between Lucia Ferrandi and Matteo Orsolini.",
    "section": "Politics", "authors": ["Giulia Parodi", "Stefano Rebora"],
    "published": "2026-06-15T14:50:00+02:00", "modified": "2026-06-15T19:48:00+02:00",
    "ld_type": "NewsArticle",
    "date_text": "Monday 15 June 2026 · Last updated 19:48",
    "badge": "LIVE · Updated",
    "image": ("/uploads/2026/06/piazza-sisto-iv-sera.jpg",
              "Supporters gather in Piazza Sisto IV, outside the town hall, on Monday evening.",
              "Photo: Savona Now / Luca Bertolotto"),
    "keywords": ["Savona", "ballottaggio", "municipal elections"],
    "key_points": [
        "Lucia Ferrandi (centre-left) is Savona’s new mayor with 52.7% of the vote",
        "Matteo Orsolini (centre-right) took 47.3% and has conceded",
        "Turnout at the runoff was 46.3%, down from 56.2% in the first round",
    ],
    "entries": [
        ("19:48", "2026-06-15T19:48:00+02:00", "Ferrandi: “mayor of those who did not vote for me”", [
            "Lucia Ferrandi has just spoken to a crowd of several hundred people in Piazza Sisto "
            "IV. Her words, in full: “This city did not vote against anyone tonight. It voted for "
            "a port that works, for buses that come on time and for neighbourhoods that stop "
            "feeling forgotten. From tomorrow morning I am also the mayor of those who did not "
            "vote for me.”",
            "She thanked Davide Pirani’s voters “who came back to the polls even though their "
            "candidate was not on the ballot”, and said her first meeting as mayor would be with "
            "the port authority. We are wrapping up the live coverage here – a full report and "
            "analysis of the results section by section follow on the site.",
        ]),
        ("18:20", "2026-06-15T18:20:00+02:00", "Orsolini: “the numbers are clear”", [
            "Matteo Orsolini spoke briefly to reporters at his campaign office on Via Paleocapa: "
            "“The numbers are clear and I respect them. I called Lucia Ferrandi to congratulate "
            "her, and I will do my job in the council with the same energy I put into this "
            "campaign.”",
            "He declined to say whether he would keep his seat on the Liguria regional council "
            "as well as taking up his seat in the city council as defeated candidate.",
        ]),
        ("17:55", "2026-06-15T17:55:00+02:00", "Orsolini phones Ferrandi to concede", [
            "Ferrandi’s spokeswoman confirms that Matteo Orsolini has called Lucia Ferrandi to "
            "concede. There is applause from the small group of supporters outside her "
            "committee rooms on Corso Italia.",
        ]),
        ("17:30", "2026-06-15T17:30:00+02:00", "Final result: Ferrandi 52.7%, Orsolini 47.3%", [
            "All 62 sections are now counted. Lucia Ferrandi has 11,889 votes (52.7%), Matteo "
            "Orsolini 10,671 (47.3%). The gap is 1,218 votes out of 22,560 valid ballots.",
            "Turnout across the two days was 46.3% of the 49,870 people on the electoral roll, "
            "almost ten points below the first round two weeks ago.",
            "[AD]",
        ]),
        ("17:05", "2026-06-15T17:05:00+02:00", "Zinola and Legino go to Orsolini", [
            "One bright spot for the centre-right: the 11 sections covering Zinola and Legino "
            "are all in, and there Orsolini leads with 54.6%. It is not enough to offset "
            "Ferrandi’s margins in the centre and in Villapiana.",
        ]),
        ("16:45", "2026-06-15T16:45:00+02:00", "41 of 62 sections counted", [
            "With 41 of 62 sections counted, Ferrandi has 52.2% and Orsolini 47.8%. Her lead in "
            "raw votes is now about 650. Orsolini’s team has stopped answering calls.",
        ]),
        ("16:05", "2026-06-15T16:05:00+02:00", "First sections: Ferrandi ahead", [
            "The first partial figures from the town hall: with 18 of 62 sections counted, "
            "Ferrandi is on 51.4% and Orsolini on 48.6%. The early sections are mostly from the "
            "city centre, where the centre-left was expected to do well, so caution is in order.",
        ]),
        ("15:20", "2026-06-15T15:20:00+02:00", "Turnout confirmed at 46.3%", [
            "The prefecture confirms final turnout of 46.3%. For comparison, 56.2% voted in the "
            "first round on 31 May and 1 June, when Orsolini finished first with 44.8% against "
            "Ferrandi’s 39.6%. Davide Pirani of Savona Bene Comune was third with 9.1% and did "
            "not endorse either candidate for the runoff.",
        ]),
        ("14:50", "2026-06-15T14:50:00+02:00", "Welcome", [
            "Good afternoon and welcome to Savona Now’s live coverage of the runoff for mayor. "
            "Polling stations close in ten minutes and the count starts straight away. Sunday "
            "evening’s turnout figures suggested participation would be well below the first "
            "round, and both campaigns spent the morning phoning supporters who had not yet "
            "voted.",
        ]),
        ("15:00", "2026-06-15T15:00:00+02:00", "Polls close, counting begins", [
            "Polling stations closed at 15:00 after two days of voting, which began at 07:00 on "
            "Sunday. Scrutineers are opening the ballot boxes in all 62 sections. We will bring "
            "you the partial results as the town hall publishes them.",
            "Reminder: in a runoff there is only one name to choose on the ballot, and there is "
            "no threshold – whoever gets more valid votes becomes mayor, and the winner’s "
            "coalition receives a majority bonus on the 32-seat city council.",
        ]),
    ],
    "related_title": "Election coverage",
    "related": [
        ("First round: Orsolini and Ferrandi head for a runoff",
         "/politica/2026/06/01/primo-turno-savona"),
        ("The candidates’ plans for the port and the seafront",
         "/politica/2026/06/08/porto-lungomare-programmi"),
        ("How the runoff works, in five questions",
         "/politica/2026/06/10/ballottaggio-come-funziona"),
    ],
})

_EL_WIRE = _wire_page({
    "site": "Continental Press Service", "site_short": "CPS", "domain": "cpswire.example",
    "owner": "Continental Press Service SA",
    "url": "https://cpswire.example/en/politics/italy-savona-runoff-ferrandi-wins-20260615",
    "headline": "Centre-left’s Ferrandi wins Savona mayoral runoff on low turnout",
    "dek": "Former headteacher beats regional councillor Matteo Orsolini after trailing him in "
           "the first round.",
    "section": "Politics", "authors": ["Paolo Sciandra"],
    "published": "2026-06-15T16:02:00Z", "modified": "2026-06-15T17:45:00Z",
    "date_text": "15 Jun 2026 16:02 GMT · Updated 17:45 GMT",
    "dateline": "SAVONA, Italy, June 15",
    "image": ("/photos/2026/0615/ferrandi-savona.jpg",
              "Lucia Ferrandi arrives at her campaign office in Savona on Monday.",
              "CPS/Chiara Rossello"),
    "keywords": ["Italy", "local elections", "Savona"],
    "reading": "3 min read",
    "body": [
        "Centre-left candidate Lucia Ferrandi won the runoff for mayor of the Ligurian port city "
        "of Savona on Monday, overturning a five-point deficit from the first round in a vote "
        "marked by a sharp fall in turnout.",
        "Ferrandi, 51, a former secondary-school headteacher backed by the Democratic Party, "
        "the Greens and two civic lists, took 52.7% of the vote, or 11,889 ballots, according "
        "to final figures from the town hall. Matteo Orsolini, 58, a member of the Liguria "
        "regional council supported by the parties of the national governing coalition, "
        "received 10,671 votes, or 47.3%.",
        "Orsolini conceded shortly before 6 p.m. local time (1600 GMT), telephoning Ferrandi "
        "to congratulate her. “The numbers are clear and I respect them,” he told reporters.",
        "Turnout was 46.3%, down from 56.2% in the first round held on May 31 and June 1, "
        "continuing a pattern of lower participation in runoffs seen across Italy in recent "
        "years. Polls closed at 3 p.m. on Monday after opening on Sunday morning.",
        "[AD]",
        "In the first round, Orsolini led with 44.8% against Ferrandi’s 39.6%, with Davide "
        "Pirani of the civic movement Savona Bene Comune third on 9.1%. Pirani declined to back "
        "either finalist, but Ferrandi’s campaign spent the past two weeks courting his voters "
        "with promises on public transport and the redevelopment of the old seafront rail "
        "yard.",
        "Analysts said her gains suggested many of those voters either switched to her or "
        "stayed at home, while some of Orsolini’s first-round supporters did not return.",
        "“This city did not vote against anyone tonight. It voted for a port that works, for "
        "buses that come on time and for neighbourhoods that stop feeling forgotten,” Ferrandi "
        "told supporters in Piazza Sisto IV, the square in front of the town hall.",
        "Savona, a city of around 60,000 people west of Genoa, is home to one of the main "
        "ports of the Liguria coast, and the future of port jobs and logistics featured heavily "
        "in the campaign. Both candidates promised to press the regional and national "
        "governments for faster work on road and rail links to the port.",
        "Under Italian rules for towns of more than 15,000 inhabitants, the winning "
        "candidate’s coalition receives a majority bonus on the city council, which will give "
        "Ferrandi a working majority for her five-year term.",
        "Orsolini, who will take a seat on the city council as the defeated candidate, said "
        "he would lead the opposition “with the same energy I put into this campaign”. He did "
        "not say whether he would stay on the regional council.",
        "The result was one of several runoffs held in Italian towns and cities on Sunday and "
        "Monday. National party leaders, who had largely stayed away from the Savona campaign, "
        "were expected to comment on the overall picture later on Monday.",
        "In her speech, Ferrandi said her first official meeting as mayor would be with the "
        "port authority, and she thanked the voters of the first-round candidates who had "
        "returned to the polls on Sunday and Monday. Her supporters celebrated in the square "
        "until late in the evening.",
        "Ferrandi is due to be formally proclaimed mayor by the electoral office in the coming "
        "days, after which she will name her executive team.",
    ],
    "tagline": "Reporting by Paolo Sciandra; additional reporting by Elena Morchio in Rome; "
               "editing by Frances Aldworth.",
    "related_title": "More Italy news",
    "related": [
        ("Italy’s government wins confidence vote on public procurement bill",
         "/en/politics/italy-confidence-vote-procurement"),
        ("Genoa port traffic edges up in first quarter",
         "/en/business/genoa-port-traffic-q1"),
        ("Factbox: how Italian municipal runoffs work",
         "/en/politics/factbox-italy-runoffs"),
    ],
})

_EL_PAPER = _paper_page({
    "site": "The Italian Courier", "domain": "italiancourier.example",
    "owner": "Courier Editoriale S.p.A.",
    "url": "https://italiancourier.example/politics/2026/06/16/savona-ferrandi-runoff-analysis",
    "headline": "How Lucia Ferrandi turned a five-point deficit into a win in Savona",
    "dek": "The new mayor trailed in the first round. Two weeks of door-knocking, a message "
           "about buses and the port, and a stay-at-home centre-right did the rest.",
    "section": "Politics", "authors": ["Alessandra Vinci"],
    "author_role": "Political correspondent",
    "published": "2026-06-16T07:30:00+02:00",
    "date_text": "16 June 2026, 07:30",
    "masthead_date": "Tuesday 16 June 2026",
    "dateline": "Savona",
    "edition": "English edition",
    "image": ("/media/2026/06/16/ferrandi-piazza.jpg",
              "Lucia Ferrandi addresses supporters in Piazza Sisto IV on Monday night.",
              "Photograph: Marco Delfino"),
    "keywords": ["Local elections", "Liguria", "Centre-left", "Centre-right"],
    "bio": "Alessandra Vinci writes about Italian politics, parties and elections.",
    "most_read": ["Heatwave warning for the Po valley",
                  "Rail strike: which trains will run on Friday",
                  "Serie A fixtures announced"],
    "body": [
        "When the first-round results came in two weeks ago, Lucia Ferrandi’s campaign in "
        "Savona looked like a respectable defeat in the making. Matteo Orsolini, a regional "
        "councillor with the whole centre-right behind him, had 44.8 per cent; Ferrandi, a "
        "former headteacher with no previous elected office, had 39.6 per cent.",
        "Yesterday she became mayor. In the runoff, held on Sunday and Monday, Ferrandi won "
        "just under 53 per cent of the vote – 11,889 ballots to Orsolini’s 10,671, a margin of "
        "1,218 votes. Orsolini telephoned her to concede before six in the evening.",
        "## A shrinking electorate",
        "The first thing to say about the result is how few people produced it. Turnout fell "
        "to 46.3 per cent, from 56.2 per cent in the first round. Fewer than half of Savona’s "
        "49,870 registered voters chose the city’s next mayor.",
        "That collapse hurt Orsolini more than Ferrandi. Centre-right voters in Italy have a "
        "long habit of skipping runoffs when national politics is not at stake, and several of "
        "Orsolini’s own allies privately admitted on Monday that the campaign had assumed the "
        "first-round lead would carry itself.",
        "Ferrandi’s team assumed nothing. Volunteers knocked on doors in Villapiana, "
        "Lavagnola and the city centre every evening for a fortnight, and the candidate held "
        "small meetings at bus stops to make her point about unreliable local transport. The "
        "strategy is visible in the section-by-section numbers: her strongest showings came in "
        "the centre and in Villapiana, where she passed 60 per cent in several sections.",
        "[AD]",
        "Orsolini held on where he was expected to. In the 11 sections covering Zinola and "
        "Legino, on the western side of the city, he took 54.6 per cent. But those "
        "neighbourhoods were never going to be enough on their own.",
        "## The Pirani factor",
        "The other decisive group was the 9.1 per cent who backed Davide Pirani of Savona Bene "
        "Comune in the first round. Pirani refused to endorse anyone, but his programme – "
        "public transport, the old rail yard on the seafront, a ban on new shopping centres – "
        "overlapped far more with Ferrandi’s than with Orsolini’s. She thanked his voters "
        "explicitly in her victory speech.",
        "That speech, delivered to a few hundred supporters in Piazza Sisto IV at around "
        "half past seven, was short. “This city did not vote against anyone tonight,” she said. "
        "“From tomorrow morning I am also the mayor of those who did not vote for me.”",
        "Ferrandi, 51, ran the city’s largest liceo for nine years before entering politics "
        "last autumn. She has promised to meet the port authority in her first week, to review "
        "bus contracts and to publish the city’s budget documents in plain language.",
        "## What it means nationally",
        "Little, say the parties – as they always do after a setback. The centre-right’s "
        "regional leadership described the result as “a local vote with local causes”. The "
        "Democratic Party’s national secretariat was quicker to claim it as a sign of "
        "recovery in the north-west.",
        "Orsolini, 58, will sit in the city council as the defeated candidate. “The numbers are "
        "clear and I respect them,” he said on Monday evening. Her coalition, thanks to the "
        "majority bonus, will control the 32-seat council comfortably; what it does with that "
        "majority will decide whether Savona’s low-turnout runoff looks, in five years’ time, "
        "like a mandate or an accident.",
    ],
    "related_title": "Related",
    "related": [
        ("Runoffs across Italy: the results town by town", "/politics/2026/06/16/runoffs-roundup"),
        ("Why Italians are voting less in local elections", "/politics/2026/05/28/turnout-decline"),
        ("Liguria’s ports bet on rail freight", "/economy/2026/04/14/liguria-ports-rail"),
    ],
})

_EL_TV = _broadcast_page({
    "site": "Peninsula TV News", "domain": "peninsulatv.example",
    "owner": "Peninsula Television Network",
    "url": "https://peninsulatv.example/news/italy/savona-new-mayor-lucia-ferrandi",
    "headline": "Savona elects Lucia Ferrandi as mayor after tight runoff",
    "dek": "The centre-left candidate won with nearly 53% of the vote. Fewer than half of "
           "voters took part.",
    "section": "Italy", "authors": ["Roberto Ghiglione"],
    "author_role": ", Liguria correspondent",
    "published": None,
    "date_text": "Monday 15 June 2026",
    "video_id": "ptv-savona-0615",
    "video_caption": "Video: scenes in Piazza Sisto IV as the result is announced",
    "image": ("/img/news/savona-seafront-port.jpg",
              "The port of Savona. Jobs and logistics were central themes of the campaign.",
              "Peninsula TV"),
    "body": [
        "Savona has a new mayor. Lucia Ferrandi, the candidate of the centre-left coalition, won "
        "Monday’s runoff with 52.7% of the vote, beating the centre-right’s Matteo Orsolini, "
        "who finished with 47.3%.",
        "Counting began as soon as the polls closed at 3pm, after voting on Sunday and Monday "
        "morning. Ferrandi took the lead in the first sections counted and never lost it. By "
        "the end of the afternoon all 62 polling sections had reported.",
        "In raw votes, Ferrandi received 11,889 and Orsolini 10,671.",
        "## A comeback",
        "The result reverses the first round, held on 31 May and 1 June, when Orsolini came "
        "first with 44.8% and Ferrandi second with 39.6%. Our Liguria correspondent says the "
        "difference was made by the voters of the third-placed candidate, Davide Pirani, and "
        "by centre-right voters who did not go back to the polls.",
        "Turnout in the runoff was 46.3%, almost ten points lower than the 56.2% recorded in "
        "the first round.",
        "Pirani, who had declined to endorse either finalist, congratulated Ferrandi on "
        "Monday evening and said his movement would judge the new administration “on facts, "
        "not on promises”.",
        "## “The numbers are clear”",
        "Orsolini conceded in the early evening. “The numbers are clear and I respect them. I "
        "called Lucia Ferrandi to congratulate her,” he said outside his campaign office.",
        "A few hundred people gathered in Piazza Sisto IV, in front of the town hall, to hear "
        "the new mayor. “It voted for a port that works, for buses that come on time and for "
        "neighbourhoods that stop feeling forgotten,” Ferrandi said of the city.",
        "[AD]",
        "## Who is Lucia Ferrandi?",
        "Ferrandi is 51 and was born in Savona. She taught philosophy and history before "
        "becoming head of one of the city’s secondary schools, a job she left last year to run "
        "for mayor. She has never held elected office before.",
        "She was supported by the Democratic Party, the Greens and two civic lists. During the "
        "campaign she focused on public transport, on the redevelopment of the former railway "
        "area by the sea and on what she called the “forgotten neighbourhoods” on the edges of "
        "the city.",
        "## What happens next",
        "The electoral office will formally proclaim the result in the coming days. Ferrandi "
        "will then appoint her giunta, the city’s executive, and convene the first meeting of "
        "the new council. Her coalition will have a majority of the seats thanks to the bonus "
        "given to the winner under Italian law.",
        "Orsolini, 58, who sits on the Liguria regional council, will also have a seat on the "
        "city council as the runner-up. He said he would lead the opposition with energy.",
        "In the square on Monday evening, the mood among her supporters was one of surprise as "
        "much as celebration. “Two weeks ago we thought it was over,” said Marisa Cerruti, a "
        "retired nurse from Lavagnola who volunteered for the campaign. “Then people started "
        "opening their doors to us.”",
        "Some residents our reporters spoke to in Zinola, where Orsolini did well, said they "
        "hoped the new administration would not forget the western side of the city. Several "
        "mentioned traffic on the coast road and the state of the local sports facilities.",
        "Savona was one of several Italian municipalities holding runoffs this week. Results "
        "from the others are in our live page.",
    ],
    "related": [
        ("Runoff results from across Italy", "/news/italy/runoffs-live"),
        ("Genoa: new tram line approved", "/news/italy/genoa-tram-line"),
        ("Weather: thunderstorms forecast for the Ligurian coast", "/weather/liguria"),
    ],
})

STORY_2 = _story("el-JE2", "election", "2026-06-18",
                 [_page("https://savonanow.example/live/ballottaggio-savona-2026-risultati", _EL_LIVE),
                  _page("https://cpswire.example/en/politics/italy-savona-runoff-ferrandi-wins-20260615", _EL_WIRE),
                  _page("https://italiancourier.example/politics/2026/06/16/savona-ferrandi-runoff-analysis", _EL_PAPER),
                  _page("https://peninsulatv.example/news/italy/savona-new-mayor-lucia-ferrandi", _EL_TV)],
                 [])


# ===========================================================================
# ct-JE3 - court (Spain)
# Facts: Audiencia Provincial de Sevilla, Section Seven (three magistrates, presiding and
# rapporteur Pilar Azcona Rivero). Ruling dated Tuesday 10 March 2026, made public Thursday
# 12 March 2026. Baltasar Quirós Echeverría, 61, ex-managing director of Hidroaljarafe (public
# water consortium, 11 municipalities, about 210,000 residents, based in Bormujos): continuing
# embezzlement + falsification of commercial documents; 6 years 6 months' prison, 9 years'
# disqualification (prosecutors sought 8 years). EUR 3.8 million diverted 2017-2021 through
# invoices for pumping-station maintenance never carried out. Marta Lucena Bravo (ex-finance
# director) 3 years (sought 5); contractor Germán Olivares Pizarro 4 years 3 months (sought 6);
# engineer Tomás Ibarra Salcedo acquitted by two votes to one (one magistrate dissented).
# Quirós and Olivares jointly to repay EUR 3.8 million, Lucena up to EUR 410,000 of it.
# Trial 13 January-19 February 2026, 16 sessions. Appeal to the TSJA within 10 days.
# Defence lawyer Álvaro Sagasta Núñez.
# PLANTED: The Madrid Standard spells the second surname "Echevarría"; Aljarafe Al Día says
# the acquittal was unanimous.
# ===========================================================================

_CT_WIRE = _wire_page({
    "site": "Iberia Newswire", "site_short": "INW", "domain": "iberianewswire.example",
    "owner": "Iberia Newswire S.L.",
    "url": "https://iberianewswire.example/en/spain/2026/03/12/seville-water-consortium-embezzlement-sentence",
    "headline": "Former head of Seville water consortium jailed for six and a half years over "
                "€3.8 million fraud",
    "dek": "Court finds Baltasar Quirós Echeverría ran a scheme of invoices for maintenance "
           "work that was never done; an engineer is acquitted.",
    "section": "Spain", "authors": ["Carmen Villalobos Ruiz"],
    "published": "2026-03-12T11:20:00+01:00", "modified": "2026-03-12T13:05:00+01:00",
    "date_text": "Thursday, 12 March 2026 – 11:20 CET",
    "dateline": "SEVILLE",
    "image": ("/img/2026/03/audiencia-sevilla.jpg",
              "The Audiencia Provincial de Sevilla, where the trial was held between January "
              "and February.",
              "INW/Archive"),
    "keywords": ["Seville", "corruption", "courts", "water"],
    "reading": "4 min read",
    "body": [
        "A court in Seville has sentenced the former managing director of Hidroaljarafe, a "
        "public consortium that supplies water to eleven towns west of the city, to six years "
        "and six months in prison for embezzling public funds and falsifying commercial "
        "documents, according to a ruling made public on Thursday.",
        "The Audiencia Provincial de Sevilla found that Baltasar Quirós Echeverría, 61, "
        "diverted €3.8 million between 2017 and 2021 by approving invoices for the maintenance "
        "of pumping stations and pipes that was never carried out. He was also barred from "
        "holding public office for nine years.",
        "The ruling, dated 10 March and notified to the parties two days later, was issued by "
        "the court’s Seventh Section. Prosecutors had asked for eight years.",
        "Three other people stood trial. The consortium’s former finance director, Marta "
        "Lucena Bravo, was sentenced to three years for falsification and for helping to cover "
        "up the payments. Germán Olivares Pizarro, whose two companies received the contracts, "
        "was given four years and three months as a necessary accomplice to the embezzlement. "
        "Prosecutors had sought five and six years respectively.",
        "The fourth defendant, Tomás Ibarra Salcedo, an engineer who headed the network "
        "maintenance department, was acquitted. The panel of three magistrates reached that "
        "decision by two votes to one; the dissenting magistrate argued in a separate opinion "
        "that Ibarra should have been convicted of falsification because he signed off on "
        "several of the work reports.",
        "[AD]",
        "## “A system”",
        "In the ruling, of which Iberia Newswire has seen a copy, the court describes a scheme "
        "designed from the top. “The defendants did not merely neglect the controls; they built "
        "a system whose purpose was to make the controls useless,” the judges wrote.",
        "According to the court, Olivares’s firms billed Hidroaljarafe for hundreds of "
        "maintenance jobs at pumping stations across the Aljarafe, many of which the "
        "consortium’s own technicians later found had not been touched in years. Part of the "
        "money returned to Quirós through consulting fees paid to a company registered in his "
        "brother-in-law’s name, the ruling says.",
        "Quirós and Olivares were ordered to repay the full €3.8 million to the consortium "
        "jointly. Lucena is jointly liable for up to €410,000 of that sum.",
        "## Appeal",
        "Quirós’s lawyer, Álvaro Sagasta Núñez, said his client would challenge the verdict "
        "before the High Court of Justice of Andalusia. “We respect the ruling but we do not "
        "share it, and we will appeal,” he told Iberia Newswire by telephone. The parties have "
        "ten working days to lodge an appeal.",
        "The consortium, based in Bormujos, serves about 210,000 residents. Its current board "
        "said in a statement that it welcomed a ruling that “closes a painful chapter” and "
        "that it would pursue recovery of the money through every available channel.",
        "The case began in 2021, when an internal audit commissioned by the consortium’s board "
        "flagged irregularities in maintenance spending. Quirós was dismissed the same year. "
        "The trial opened on 13 January and ran until 19 February, over 16 sessions.",
        "During the trial, several of the consortium’s technicians testified that they had "
        "found seized pumps and rusted valves at stations that, according to the records, had "
        "been overhauled shortly before.",
        "The presiding magistrate, Pilar Azcona Rivero, also drafted the ruling.",
    ],
    "tagline": "Reporting by Carmen Villalobos Ruiz; editing by Jaime Urquiza.",
    "related_title": "Related coverage",
    "related": [
        ("Andalusia’s reservoirs rise after a wet winter",
         "/en/spain/2026/03/09/andalusia-reservoirs"),
        ("Spain’s anti-fraud office reports record number of complaints",
         "/en/spain/2026/02/26/anti-fraud-office-report"),
        ("Trial opens over Aljarafe water contracts",
         "/en/spain/2026/01/13/aljarafe-water-trial-opens"),
    ],
})

_CT_PAPER = _paper_page({
    "site": "The Madrid Standard", "domain": "madridstandard.example",
    "owner": "Standard Ediciones S.A.",
    "url": "https://madridstandard.example/spain/2026/03/12/aljarafe-water-scandal-verdict",
    "headline": "Pumps that were never fixed: Seville court convicts water chief in €3.8m scheme",
    "dek": "Baltasar Quirós Echevarría gets six years and six months. The ruling describes a "
           "fraud built to defeat the very checks meant to stop it.",
    "section": "Spain", "authors": ["Julián Ortega Mena"],
    "author_role": "Andalusia correspondent",
    "published": "2026-03-12T19:10:00+01:00",
    "date_text": "12 March 2026 · 19:10 CET",
    "masthead_date": "Thursday 12 March 2026",
    "dateline": "Seville",
    "image": ("/media/2026/03/12/pumping-station-aljarafe.jpg",
              "A pumping station operated by Hidroaljarafe near Bormujos.",
              "Photograph: Lucía Carmona"),
    "keywords": ["Corruption", "Andalusia", "Courts", "Public services"],
    "bio": "Julián Ortega Mena has covered Andalusia for The Madrid Standard since 2019.",
    "most_read": ["Renfe announces new high-speed timetable",
                  "Madrid rents: the districts where prices fell",
                  "Interview: the chef reinventing Basque cooking"],
    "body": [
        "For four years, according to a Seville court, the pumping stations of the Aljarafe "
        "were the best-maintained on paper and some of the most neglected in reality. On "
        "Thursday the Audiencia Provincial de Sevilla made public its verdict against the man "
        "who ran the public water consortium that owns them.",
        "Baltasar Quirós Echevarría, managing director of Hidroaljarafe until 2021, was "
        "sentenced to six years and six months in prison for continuing embezzlement and "
        "falsification of commercial documents, and disqualified from public office for nine "
        "years. The court found that €3.8 million was paid out between 2017 and 2021 for "
        "repairs and servicing that never took place.",
        "The judgment is dated Tuesday but was only notified to the parties on Thursday "
        "morning. It runs to 214 pages.",
        "## “Built a system”",
        "The three magistrates of the Seventh Section are unusually blunt. The scheme, they "
        "write, did not exploit weak controls by accident. “The defendants did not merely "
        "neglect the controls,” the ruling says; “they built a system whose purpose was to make "
        "the controls useless.”",
        "The mechanism, as described in the judgment, was simple. Two companies owned by the "
        "contractor Germán Olivares Pizarro received maintenance contracts for the consortium’s "
        "pumping network. Work orders were raised, signed as completed and paid, with the "
        "finance department waving the invoices through. Some of the money then flowed back to "
        "Quirós as consulting fees via a company in a relative’s name.",
        "[AD]",
        "Olivares was sentenced to four years and three months as a necessary accomplice. The "
        "former finance director, Marta Lucena Bravo, received three years. Prosecutors had "
        "sought eight years for Quirós, six for Olivares and five for Lucena.",
        "The court acquitted the fourth defendant, engineer Tomás Ibarra Salcedo, by a majority "
        "of two to one. Ibarra, who ran the maintenance department, had argued that he signed "
        "the work reports in good faith on the basis of information from his subordinates. One "
        "magistrate disagreed and wrote a dissenting opinion.",
        "## A consortium for 210,000 people",
        "Hidroaljarafe supplies drinking water and sewerage services to eleven municipalities "
        "with about 210,000 residents. During the trial, which ran over 16 sessions from 13 "
        "January to 19 February, several of its technicians described finding pumps with "
        "seized bearings and rusted valves at stations that, according to the records, had "
        "been overhauled months earlier.",
        "“You would open a station that had three invoices for the same pump in a year, and the "
        "pump was dead,” one technician told the court in January.",
        "Residents of several towns have long complained about pressure drops and supply cuts "
        "in summer. The consortium’s current board said in a statement that the ruling "
        "“closes a painful chapter” and that it would fight to recover the money.",
        "## Appeal ahead",
        "Quirós’s lawyer, Álvaro Sagasta Núñez, said the defence would go to the High Court of "
        "Justice of Andalusia. “We respect the ruling but we do not share it,” he said outside "
        "the courthouse. Under the judgment, Quirós and Olivares must jointly return the €3.8 "
        "million, with Lucena jointly liable for €410,000 of it.",
        "The ruling was drafted by the presiding magistrate, Pilar Azcona Rivero. None of the "
        "convicted defendants will enter prison until the sentence is final.",
    ],
    "related_title": "Related",
    "related": [
        ("Who audits Spain’s municipal companies?", "/spain/2026/02/02/municipal-companies-audit"),
        ("Drought rules lifted in the Guadalquivir basin", "/spain/2026/03/05/guadalquivir-drought"),
        ("Opinion: the slow justice of corruption cases", "/opinion/2026/01/20/slow-justice"),
    ],
})

_CT_LOCAL = _local_page({
    "site": "Aljarafe Al Día", "domain": "aljarafealdia.example",
    "owner": "Comunicación Aljarafe 2015 S.L.",
    "url": "https://aljarafealdia.example/tribunales/sentencia-hidroaljarafe-quiros",
    "headline": "Hidroaljarafe verdict: six and a half years for Quirós, who must repay €3.8 "
                "million",
    "dek": "What the ruling says, what happens to the money and what it means for the eleven "
           "towns served by the consortium.",
    "section": "Courts", "authors": ["Rafael Benjumea", "Inés Luque"],
    "published": None,
    "date_text": "Published 13/03/2026",
    "weather": "Bormujos 19°C · Sunny intervals",
    "site_tagline": "News from the eleven towns of the Aljarafe",
    "nav": ["Home", "Towns", "Courts", "Politics", "Business", "Agenda", "Sport", "Contact"],
    "image": ("/wp-content/uploads/2026/03/hidroaljarafe-sede-bormujos.jpg",
              "Hidroaljarafe’s headquarters in Bormujos.",
              "Photo: Aljarafe Al Día"),
    "notice": "Water supply: Hidroaljarafe announces short pressure cuts in Espartinas on "
              "Tuesday morning for scheduled works.",
    "body": [
        "The long-awaited ruling in the Hidroaljarafe case is finally out. The Audiencia "
        "Provincial de Sevilla has sentenced Baltasar Quirós Echeverría, who was managing "
        "director of our water consortium until 2021, to six years and six months in prison "
        "for embezzlement and falsification of commercial documents. He will also be barred "
        "from any public post for nine years.",
        "The ruling, signed on Tuesday and made public yesterday, Thursday, confirms the broad "
        "lines of the case that came to light after an internal audit five years ago: between "
        "2017 and 2021 the consortium paid €3.8 million for maintenance of pumping stations "
        "that was never done.",
        "## Sentences for three, acquittal for one",
        "Four people sat in the dock during the 16 sessions of the trial, held between 13 "
        "January and 19 February. Besides Quirós, the court convicted the contractor Germán "
        "Olivares Pizarro, owner of the two companies that billed for the phantom work, who "
        "receives four years and three months, and the former finance director Marta Lucena "
        "Bravo, sentenced to three years.",
        "The engineer Tomás Ibarra Salcedo, who headed the maintenance department and is well "
        "known in Bormujos, where he lives, was acquitted. The three magistrates were unanimous "
        "in finding that there was not enough evidence that he knew the work reports he signed "
        "were false.",
        "In all three convictions the sentences are lower than those requested by the "
        "prosecutor, who had asked for eight years for Quirós, six for Olivares and five for "
        "Lucena.",
        "[AD]",
        "## And the money?",
        "For residents, the key question is whether the €3.8 million will ever come back to "
        "the consortium, which is funded through the water bills of some 210,000 people. The "
        "ruling orders Quirós and Olivares to repay the full amount jointly, with Lucena "
        "jointly liable for up to €410,000 of it.",
        "According to sources at the consortium, assets belonging to Quirós and to Olivares’s "
        "companies were frozen during the investigation, but they are worth far less than the "
        "sum at stake. “We will recover what we can, and we will not stop looking,” a member "
        "of the current board told this newspaper.",
        "The board’s official statement describes the ruling as one that “closes a painful "
        "chapter” for the consortium and its workers.",
        "## “They built a system”",
        "The ruling, drafted by the presiding magistrate Pilar Azcona Rivero, leaves little "
        "room for doubt about how the court sees the scheme. In one passage it says that the "
        "defendants “built a system whose purpose was to make the controls useless”.",
        "Several mayors of the Aljarafe have reacted. The mayor of one of the towns most "
        "affected by summer supply cuts said residents had been “paying twice: once on the "
        "bill and once with the taps running dry”. Others called for the consortium’s "
        "contracting rules to be reviewed by an external body.",
        "## Appeal",
        "The case is not over. Quirós’s lawyer, Álvaro Sagasta Núñez, has announced an appeal "
        "to the High Court of Justice of Andalusia (TSJA). “We respect the ruling but we do not "
        "share it, and we will appeal,” he said. The parties have ten working days from "
        "notification to file.",
        "Until the sentence becomes final, none of the convicted will go to prison. Aljarafe Al "
        "Día will continue to follow the case.",
    ],
    "related_title": "More on the Hidroaljarafe case",
    "related": [
        ("Trial day 9: technicians describe stations ‘untouched for years’",
         "/tribunales/juicio-hidroaljarafe-dia-9"),
        ("Consortium approves new contracting rules", "/municipios/hidroaljarafe-contratacion"),
        ("Summer water cuts: the towns that suffered most", "/municipios/cortes-agua-verano"),
    ],
})

STORY_3 = _story("ct-JE3", "court", "2026-03-15",
                 [_page("https://iberianewswire.example/en/spain/2026/03/12/seville-water-consortium-embezzlement-sentence", _CT_WIRE),
                  _page("https://madridstandard.example/spain/2026/03/12/aljarafe-water-scandal-verdict", _CT_PAPER),
                  _page("https://aljarafealdia.example/tribunales/sentencia-hidroaljarafe-quiros", _CT_LOCAL)],
                 [("spelling of the defendant's second surname", r"echeverr[ií]a", r"echevarr[ií]a"),
                  ("vote split on the engineer's acquittal", r"two (?:votes )?to one", r"\bunanimous")])


# ===========================================================================
# tr-JE4 - trade (Italy)
# Facts: Istat releases May 2026 foreign-trade data on Thursday 16 July 2026 at 10:00 CEST
# (08:00 GMT). Surplus EUR 6.1 billion in May (~USD 7.1 billion) vs EUR 5.3 billion in May
# 2025. Exports +2.3% y/y, imports -1.8% y/y; seasonally adjusted exports +0.8% m/m, imports
# -0.5% m/m. Extra-EU surplus EUR 5.6 billion (flash estimate of 25 June: EUR 5.4 billion).
# Exports to the US -9.7% y/y in May (EUR 5.9 billion), -5.8% over January-May;
# pharmaceutical exports to the US -21.4%. Exports to China +4.1%, to EU partners +3.5%.
# Energy imports -14.2%. Analysts' consensus had been a EUR 5.5 billion surplus.
# Gianmarco Tedeschi, undersecretary at the Foreign Ministry responsible for trade
# promotion (statement). Elena Viscardi, chief economist at Banca Padana Investimenti.
# Carlo Amadori, president of the exporters' federation Fedexim.
# PLANTED: Il Faro Economico calls Tedeschi deputy foreign minister; Telegiornale Europa gives
# the fall in exports to the US as 7.4%; Piazza Affari Live gives the release time as 11:00.
# ===========================================================================

_TR_WIRE = _wire_page({
    "site": "Adriatic Financial Wire", "site_short": "AFW", "domain": "afwire.example",
    "owner": "Adriatic Financial Wire Ltd",
    "url": "https://afwire.example/news/economy/italy-trade-surplus-may-2026",
    "headline": "Italy’s trade surplus widens in May as energy bill falls; US sales slide",
    "dek": "Surplus reaches €6.1 billion; exports to the United States drop 9.7% from a "
           "year earlier.",
    "section": "Economy", "authors": ["Federica Lanzoni"],
    "published": "2026-07-16T08:14:00Z", "modified": "2026-07-16T10:31:00Z",
    "date_text": "July 16, 2026 · 8:14 AM GMT",
    "dateline": "ROME, July 16",
    "image": ("/pix/2026/07/la-spezia-containers.jpg",
              "Containers stacked at the port of La Spezia.",
              "AFW/Stock"),
    "keywords": ["Italy", "trade", "Istat", "tariffs", "United States"],
    "reading": "3 min read",
    "body": [
        "Italy’s trade surplus widened to €6.1 billion ($7.1 billion) in May from €5.3 billion "
        "a year earlier, as a lower energy import bill offset a sharp drop in sales to the "
        "United States, national statistics office Istat said on Thursday.",
        "The data, released at 10:00 CEST (0800 GMT), showed exports rising 2.3% year on year "
        "while imports fell 1.8%. The surplus was above the €5.5 billion expected by analysts "
        "polled by AFW.",
        "Exports to the United States, Italy’s largest market outside the European Union, fell "
        "9.7% from May 2025 to €5.9 billion. Over the first five months of the year they were "
        "down 5.8%. Shipments of pharmaceuticals to the US dropped 21.4%, Istat said.",
        "US tariffs of 15% on most goods from the European Union have been in force since last "
        "August. Italian exporters had rushed shipments across the Atlantic in the spring of "
        "2025 ahead of the new duties, which flatters last year’s comparison base and "
        "exaggerates this year’s decline, economists said.",
        "[AD]",
        "Exports to other EU countries grew 3.5%, and sales to China rose 4.1%. On the import "
        "side, energy purchases fell 14.2% in value, reflecting lower oil and gas prices.",
        "On a seasonally adjusted basis, exports increased 0.8% from April and imports slipped "
        "0.5%.",
        "Trade with countries outside the EU produced a surplus of €5.6 billion in May, revised "
        "up from €5.4 billion in Istat’s preliminary estimate for extra-EU trade published on "
        "June 25.",
        "“May was better than feared, but the American numbers are the ones to watch. A decline "
        "of this size is not noise,” said Elena Viscardi, chief economist at Banca Padana "
        "Investimenti in Milan.",
        "Gianmarco Tedeschi, the undersecretary at the Foreign Ministry responsible for trade "
        "promotion, said in a statement that Italian companies were diversifying. “Our exporters "
        "are not standing still. They are finding customers in the Gulf, in Asia and inside "
        "Europe to make up for what the American market has taken away,” he said.",
        "The exporters’ federation Fedexim called for faster access to export credit "
        "guarantees for small manufacturers. Its president, Carlo Amadori, said smaller "
        "firms in machinery and food were struggling to absorb the tariff. “A large group can "
        "move production or change markets in a year. A family company in the Marche cannot,” "
        "he said.",
        "Machinery, which accounts for the biggest share of Italian sales to America, "
        "declined for a fourth consecutive month, according to the Istat tables, while "
        "fashion and leather goods were broadly stable. Food and drink exports to the US also "
        "fell, though less steeply than in the winter.",
        "The United States bought roughly a tenth of Italy’s exports last year, making it the "
        "country’s second-largest single market after Germany. Economists at several banks "
        "said a sustained fall in those sales could shave a few tenths of a percentage point "
        "off growth if it was not offset elsewhere.",
        "Italy’s economy grew modestly in the first quarter, and the government is counting on "
        "exports to help it meet its growth forecast for the year. Istat will publish June "
        "data on extra-EU trade later this month.",
        "The euro was little changed against the dollar after the release, and Italian "
        "government bond yields were steady.",
    ],
    "tagline": "Reporting by Federica Lanzoni; editing by Mark Ellery.",
    "related_title": "More economy news",
    "related": [
        ("Euro zone industrial output edges higher in May", "/news/economy/eurozone-industry-may"),
        ("Italian business confidence steady in June", "/news/economy/italy-business-confidence"),
        ("Explainer: how the US tariff on EU goods works", "/news/explainers/us-eu-tariff"),
    ],
})

_TR_PAPER = _paper_page({
    "site": "Il Faro Economico English", "domain": "faroeconomico.example",
    "owner": "Faro Media Group S.p.A.",
    "url": "https://faroeconomico.example/en/trade/2026/07/16/exports-us-tariffs-may-data",
    "headline": "The American market is shrinking for Italian exporters. Where are they going "
                "instead?",
    "dek": "May’s trade figures show a healthy surplus and a 9.7% fall in sales to the United "
           "States. Behind the numbers, companies are redrawing their maps.",
    "section": "Trade", "authors": ["Niccolò Bertazzoni"],
    "author_role": "Trade and industry editor",
    "published": "2026-07-16T18:30:00+02:00",
    "date_text": "16 July 2026 – 18:30",
    "masthead_date": "Thursday, 16 July 2026",
    "dateline": "Milan",
    "edition": "English edition",
    "image": ("/foto/2026/07/16/packaging-line-emilia.jpg",
              "A packaging line at a food producer in Emilia-Romagna. Food exporters say the "
              "tariff is hard to pass on to US buyers.",
              "Photo: Davide Ronchetti"),
    "keywords": ["Exports", "Tariffs", "Istat", "Made in Italy"],
    "bio": "Niccolò Bertazzoni writes about trade, manufacturing and industrial districts.",
    "most_read": ["Bank earnings season: what to expect",
                  "The return of the Milan office market",
                  "Tourism: record arrivals in Sardinia"],
    "body": [
        "On paper, May was a good month for Italian trade. Istat said on Thursday that the "
        "surplus rose to €6.1 billion, up from €5.3 billion in the same month last year. "
        "Exports grew 2.3% on the year; imports fell 1.8%, largely because Italy paid less for "
        "oil and gas.",
        "But the line that caught exporters’ eyes was a different one. Sales to the United "
        "States fell 9.7% year on year, to €5.9 billion. Since January, the decline is 5.8%. "
        "And in pharmaceuticals, which had become one of Italy’s star exports to America, the "
        "drop in May was 21.4%.",
        "“A decline of this size is not noise,” said Elena Viscardi, chief economist at Banca "
        "Padana Investimenti.",
        "## The tariff, one year on",
        "The 15% US tariff on most European goods will be a year old next month. Part of the "
        "current weakness reflects last spring’s rush to ship before the duty took effect, "
        "which inflated the 2025 comparison. But companies interviewed by Il Faro Economico "
        "describe something more lasting.",
        "“We lost two distributors in the Midwest this year. They did not go to a competitor "
        "in Italy; they went to a supplier in Mexico,” said the export manager of a "
        "valve maker near Brescia, who asked not to be named because the company is in talks "
        "with new US clients.",
        "[AD]",
        "Others are looking elsewhere. Exports to the rest of the EU rose 3.5% in May, and to "
        "China 4.1%. Several trade associations report growing interest in the Gulf states, "
        "India and South-East Asia, though from small bases.",
        "That is the story the government wants to tell. Deputy Foreign Minister Gianmarco "
        "Tedeschi, who is responsible for trade promotion, said Italian exporters “are not "
        "standing still” and were “finding customers in the Gulf, in Asia and inside Europe to "
        "make up for what the American market has taken away”. His department is preparing a "
        "series of trade missions for the autumn.",
        "## Small firms under strain",
        "The difficulty, exporters say, is that diversification costs money and takes time. "
        "Carlo Amadori, president of the exporters’ federation Fedexim, put it bluntly: “A "
        "large group can move production or change markets in a year. A family company in the "
        "Marche cannot.” Fedexim wants faster access to state-backed export credit guarantees.",
        "The aggregate numbers mask big differences between sectors. Fashion and luxury goods "
        "have held up better in the US than machinery or processed food, according to people "
        "in those industries, partly because their customers are less sensitive to price.",
        "## A revised picture outside the EU",
        "Istat also revised its figure for trade with non-EU countries in May. The surplus with "
        "those markets came to €5.6 billion, compared with €5.4 billion in the flash estimate "
        "published on 25 June. Seasonally adjusted, exports rose 0.8% on April.",
        "For now, the surplus remains comfortable, helped by a 14.2% drop in the value of "
        "energy imports. But economists warn that cheap energy will not last forever and that "
        "a persistent fall in US sales would weigh on industrial output later in the year.",
        "The next test comes with June data. Exporters will be watching closely.",
    ],
    "related_title": "Related",
    "related": [
        ("Brescia’s metalworkers count the cost of the tariff", "/en/industry/2026/06/30/brescia-metalworkers"),
        ("Parmesan makers find new buyers in Asia", "/en/food/2026/06/11/parmesan-asia"),
        ("Opinion: Italy needs an export strategy, not slogans", "/en/opinion/2026/07/02/export-strategy"),
    ],
})

_TR_TV = _broadcast_page({
    "site": "Telegiornale Europa", "domain": "tgeuropa.example",
    "owner": "TG Europa Media",
    "url": "https://tgeuropa.example/en/economy/italy-exports-united-states-fall-may",
    "headline": "Italian exports to the US fall again in May, but the trade surplus grows",
    "dek": "Sales across the Atlantic are down 7.4% on a year ago. Cheaper energy keeps the "
           "overall balance firmly positive.",
    "section": "Economy", "authors": ["Serena Mattioli"],
    "author_role": " – economy desk",
    "published": "2026-07-16T13:40:00+02:00",
    "date_text": "16.07.2026 – 13:40",
    "video_id": "tge-160726-export",
    "video_caption": "Video: what the tariff means for an Italian cheese maker (3:05)",
    "image": ("/media/economy/istat-trade-graphic.png",
              "Graphic: Italian exports to the United States, monthly change on a year earlier.",
              "TG Europa / Istat data"),
    "keywords": ["trade", "exports", "United States"],
    "body": [
        "Italian companies sold less to the United States in May than a year earlier, "
        "according to figures published by the national statistics institute Istat on "
        "Thursday morning, confirming the impact of the tariffs Washington introduced last "
        "summer.",
        "Exports to the US fell 7.4% compared with May 2025, Istat said. Between January and "
        "May the decline was 5.8%. The sharpest fall was in pharmaceuticals, where sales to "
        "American customers dropped by 21.4%.",
        "At the same time, Italy’s overall trade balance improved. The surplus reached €6.1 "
        "billion in May, compared with €5.3 billion in the same month of 2025. Total exports "
        "grew by 2.3%, while imports fell by 1.8%.",
        "## Cheaper energy",
        "The main reason for the lower import bill is energy. Italy imports most of the oil "
        "and gas it uses, and the value of those purchases fell by 14.2% in May thanks to "
        "lower international prices.",
        "Sales to the rest of the European Union rose 3.5%, and exports to China were up 4.1%.",
        "Not every sector is suffering in the same way. Machinery, Italy’s biggest export to "
        "America, has now declined for four months in a row, while fashion and leather goods "
        "have held roughly steady. Producers of luxury items say their wealthy customers are "
        "less put off by higher prices than the buyers of industrial equipment, who can often "
        "find a cheaper supplier closer to home.",
        "Compared with April, and adjusting for seasonal effects, exports grew by 0.8%.",
        "[AD]",
        "## Government: companies are adapting",
        "The government insists that Italian firms are finding other markets. Gianmarco "
        "Tedeschi, undersecretary at the Foreign Ministry with responsibility for trade "
        "promotion, said in a written statement: “Our exporters are not standing still.”",
        "He said they were finding customers in the Gulf, in Asia and within Europe to make up "
        "for lost sales in America, and that the ministry would organise new trade missions "
        "after the summer.",
        "## Small businesses worried",
        "Exporters’ organisations are less optimistic. Carlo Amadori, president of the "
        "exporters’ federation Fedexim, said small family businesses could not change markets "
        "as quickly as large groups. “A family company in the Marche cannot,” he said, asking "
        "for faster access to state guarantees on export credit.",
        "In Reggio Emilia, our reporter visited a cheese maker that has sold to the United "
        "States for more than thirty years. The owner said orders from American importers "
        "were down by roughly a fifth and that he was trying to open new markets in Canada "
        "and the Middle East. “You do not replace an importer you have known for twenty "
        "years with a phone call,” he said.",
        "## Economists: watch the coming months",
        "Economists say part of the fall reflects a surge in shipments in spring 2025, when "
        "companies hurried to send goods before the tariff came into force. That makes the "
        "comparison with last year look worse.",
        "“May was better than feared, but the American numbers are the ones to watch,” said "
        "Elena Viscardi, chief economist at Banca Padana Investimenti.",
        "Istat also revised its estimate for trade with non-EU countries: the surplus was €5.6 "
        "billion, slightly higher than the €5.4 billion published in its preliminary figures "
        "at the end of June.",
        "Opposition parties said the figures showed the government had no plan for "
        "exporters beyond trade missions, and called for a parliamentary debate on support "
        "for manufacturing before the budget is presented in the autumn.",
        "The next monthly figures, for June, are due in August.",
    ],
    "related": [
        ("Tourism: foreign visitors spend more in the first half", "/en/economy/tourism-spending-h1"),
        ("Petrol prices fall for a third week", "/en/economy/petrol-prices"),
        ("Interview: the mayor of a town that lives on exports", "/en/italy/export-town-interview"),
    ],
})

_TR_LIVE = _liveblog_page({
    "site": "Piazza Affari Live", "domain": "piazzaaffarilive.example",
    "owner": "PAL Finanza Digitale S.r.l.",
    "url": "https://piazzaaffarilive.example/live/markets-thursday-16-july-2026",
    "headline": "Markets live: Istat trade data, bank stocks, euro",
    "dek": "Minute-by-minute coverage of the Milan session and the day’s economic data.",
    "section": "Markets", "authors": ["Matteo Cavalli", "Sara Ingrassia"],
    "published": None,
    "date_text": "Thursday 16 July 2026",
    "badge": "LIVE",
    "key_points": [
        "Istat: trade surplus €6.1bn in May, up from €5.3bn a year earlier",
        "Exports to the US down 9.7% y/y; pharmaceuticals down 21.4%",
        "Milan’s main index trades slightly higher, led by banks",
    ],
    "entries": [
        ("13:15", "2026-07-16T13:15:00+02:00", "Midday wrap", [
            "That’s the trade data digested. To sum up: a bigger surplus than expected, thanks "
            "mostly to a cheaper energy bill, and another poor month for sales to the United "
            "States. The market has shrugged; banks are still doing the lifting on the index. "
            "We will be back after lunch with the US open preview.",
        ]),
        ("12:30", "2026-07-16T12:30:00+02:00", "Government: “our exporters are not standing still”", [
            "A statement has arrived from Gianmarco Tedeschi, the Foreign Ministry undersecretary "
            "in charge of trade promotion: “Our exporters are not standing still. They are "
            "finding customers in the Gulf, in Asia and inside Europe to make up for what the "
            "American market has taken away.”",
            "Fedexim’s Carlo Amadori, for his part, says small firms need faster export credit "
            "guarantees: “A large group can move production or change markets in a year.”",
        ]),
        ("11:45", "2026-07-16T11:45:00+02:00", "Economist: “not noise”", [
            "Elena Viscardi, chief economist at Banca Padana Investimenti, has sent us her "
            "first take: “May was better than feared, but the American numbers are the ones to "
            "watch. A decline of this size is not noise.”",
            "She notes that the spring 2025 front-loading ahead of the US tariff flatters the "
            "base, but says the cumulative January–May fall of 5.8% is harder to explain away.",
            "[AD]",
        ]),
        ("11:20", "2026-07-16T11:20:00+02:00", "The US detail", [
            "Digging into the tables: exports to the United States were €5.9bn in May, down "
            "9.7% on May 2025. Pharma was the big drag, down 21.4%. Elsewhere, EU markets +3.5% "
            "and China +4.1%.",
            "Energy imports fell 14.2% in value – that is most of the story on the import side.",
            "Also worth flagging: the extra-EU surplus for May is now €5.6bn, up from the "
            "€5.4bn Istat put out in its flash estimate on 25 June.",
        ]),
        ("11:01", "2026-07-16T11:01:00+02:00", "Istat: surplus €6.1bn", [
            "Istat published the May foreign trade figures at 11:00. The trade surplus came in "
            "at €6.1bn, against €5.3bn in May last year and a consensus of around €5.5bn. "
            "Exports +2.3% y/y, imports −1.8% y/y.",
            "Seasonally adjusted: exports +0.8% m/m, imports −0.5% m/m.",
        ]),
        ("12:05", "2026-07-16T12:05:00+02:00", "Reader question: how can the surplus grow?", [
            "A reader asks how the surplus can get bigger when sales to Italy’s most important "
            "market outside Europe are falling. Short answer: the surplus is total exports minus "
            "total imports. Total exports still rose, because sales to Europe and Asia grew, "
            "while imports fell, mainly because oil and gas got cheaper. A bigger "
            "surplus driven by a lower energy bill is less comforting than one driven by "
            "strong sales, which is why economists are focusing on the American figures.",
        ]),
        ("10:20", "2026-07-16T10:20:00+02:00", "Euro steady ahead of the data", [
            "The euro is flat against the dollar and the pound this morning. Currency traders "
            "do not expect the Italian trade figures to move the single currency much – the "
            "euro zone aggregate data matter more – but the US export line could feed into the "
            "political debate over support for exporters.",
            "Among individual stocks, shares in two listed machinery makers with large US "
            "businesses are underperforming the market.",
        ]),
        ("09:35", "2026-07-16T09:35:00+02:00", "Banks lead early gains", [
            "Milan’s main index is up modestly in early trade. Banks are the best performers "
            "after a broker upgrade for the sector; utilities are lagging. The spread between "
            "Italian and German ten-year yields is unchanged.",
        ]),
        ("08:40", "2026-07-16T08:40:00+02:00", "What to watch today", [
            "Good morning and welcome to our live coverage. The main domestic data point is "
            "Istat’s foreign trade release for May. Consensus is for a surplus around €5.5bn. "
            "The focus will be on exports to the US, which have been falling since the 15% "
            "American tariff on most EU goods took effect last August.",
            "Also on the agenda: euro zone final inflation for June, and a handful of "
            "mid-cap results.",
        ]),
    ],
    "related_title": "Latest from the markets desk",
    "related": [
        ("Bank stocks: the case for and against after the rally", "/analisi/banche-rally"),
        ("BTP auction: demand steady for medium-term paper", "/obbligazioni/asta-btp"),
        ("Euro holds steady against the dollar", "/valute/euro-dollaro"),
    ],
})

STORY_4 = _story("tr-JE4", "trade", "2026-07-18",
                 [_page("https://afwire.example/news/economy/italy-trade-surplus-may-2026", _TR_WIRE),
                  _page("https://faroeconomico.example/en/trade/2026/07/16/exports-us-tariffs-may-data", _TR_PAPER),
                  _page("https://tgeuropa.example/en/economy/italy-exports-united-states-fall-may", _TR_TV),
                  _page("https://piazzaaffarilive.example/live/markets-thursday-16-july-2026", _TR_LIVE)],
                 [("title of the trade-promotion official", r"undersecretary", r"deputy (?:foreign )?minister"),
                  ("fall in exports to the us in may", r"9[.,]7 ?(?:%|per ?cent)", r"7[.,]4 ?(?:%|per ?cent)"),
                  ("time istat released the data", r"\b10:00", r"\b11:00")])


# ===========================================================================
# rk-JE5 - rocket (Portugal, Azores) - CONTROL
# Facts: Vento Norte Aerospace (Matosinhos, founded 2019; CEO Inês Carvalhal Furtado; flight
# director Duarte Medeiros Sousa). Cagarro-1 single-stage suborbital test rocket, 9.4 m
# (about 31 ft), one bio-methane/liquid-oxygen engine of 35 kN (about 7,900 lbf). Launched
# from a temporary pad near Malbusca, Santa Maria island, Azores, on Saturday 26 September
# 2026 at 09:14 Azores time (UTC+0) = 09:14 UTC = 10:14 Lisbon = 11:14 CEST. First attempt
# Thursday 24 September scrubbed at T-4 minutes (pressure sensor on a liquid-oxygen valve).
# Target at least 80 km; apogee 86.3 km (about 53.6 miles) at T+2 min 52 s. Stage splashed
# down about 7 minutes after launch, 36 km south-east of the pad; payload capsule under
# parachute splashed down 13 minutes after launch, 41 km south-east (22 nautical miles);
# capsule recovered by the vessel Garajau at 11:40 local time, stage in the afternoon.
# Payload 14 kg (31 lb): three experiments (University of the Azores, University of Porto,
# Vila do Porto secondary school). EUR 21 million raised to date. Next: Cagarro-2 in 2027.
# About 600 spectators.
# ===========================================================================

_RK_LOCAL = _local_page({
    "site": "Santa Maria Hoje", "domain": "smhoje.example",
    "owner": "Associação Santa Maria Hoje",
    "url": "https://smhoje.example/2026/09/26/cagarro-1-lancamento-malbusca",
    "headline": "Cagarro-1 lifts off from Malbusca: “the ship found it”",
    "dek": "Hundreds watched from the cliffs as the first rocket launched from Santa Maria "
           "climbed to 86 km and came back down into the sea.",
    "section": "Island news", "authors": ["Graça Chaves"],
    "published": None,
    "date_text": "26 September 2026, evening",
    "weather": "Vila do Porto 21°C · Light wind from the north-east",
    "site_tagline": "The news of the Yellow Island",
    "nav": ["Home", "Island news", "Space", "Fishing", "Culture", "Sport", "Contact"],
    "image": ("/fotos/2026/09/cagarro1-descolagem.jpg",
              "Cagarro-1 leaves the pad near Malbusca on Saturday morning.",
              "Photo: Santa Maria Hoje / Paulo Resendes"),
    "notice": "Road to Malbusca reopens to traffic on Sunday morning after the launch closure.",
    "body": [
        "At fourteen minutes past nine on Saturday morning, island time, a white rocket with a "
        "red stripe rose from a small concrete pad near Malbusca, on the south coast of Santa "
        "Maria, and disappeared within seconds into a pale sky. For the roughly 600 people "
        "watching from the roadside and the cliffs, it was the first time anyone had seen a "
        "rocket leave our island.",
        "Cagarro-1, built by the Matosinhos-based company Vento Norte Aerospace, is a test "
        "rocket 9.4 metres tall. It is not designed to reach orbit. Its job was to climb above "
        "80 kilometres, test the company’s engine and electronics, and drop a small capsule of "
        "experiments back into the sea, where a boat would pick it up.",
        "It did all of that. According to the company’s first telemetry, the rocket reached "
        "an altitude of 86.3 kilometres just under three minutes after lift-off. The spent "
        "rocket fell into the ocean about seven minutes into the flight, some 36 km south-east "
        "of the pad. The capsule, slowed by a parachute, landed in the water 41 km south-east "
        "of Malbusca thirteen minutes after launch.",
        "The recovery boat Garajau, which left Vila do Porto harbour before dawn, had the "
        "capsule on deck by 11:40.",
        "[AD]",
        "## Second time lucky",
        "Saturday’s launch was the second attempt. On Thursday the countdown was stopped four "
        "minutes before lift-off when a pressure sensor on one of the liquid oxygen valves gave "
        "a reading that engineers did not trust. The team replaced the sensor on Friday.",
        "“Thursday was frustrating, but that is exactly why you have rules,” said Duarte "
        "Medeiros Sousa, the flight director. “On Saturday everything behaved. Engine cut-off "
        "was within a second of the prediction.”",
        "Inês Carvalhal Furtado, the company’s chief executive, came out of the control "
        "container smiling and was immediately surrounded by employees. “Today we learned more "
        "in seven minutes than in two years of ground tests,” she told Santa Maria Hoje. “The "
        "rocket went where we told it to go, it came back down where we said it would, and the "
        "ship found it.”",
        "## Experiments from the island",
        "The capsule carried 14 kilograms of experiments. One of them was built by students "
        "at the secondary school in Vila do Porto: a small radiation counter that recorded "
        "data throughout the flight. The others came from the University of the Azores, which "
        "sent up samples of microbes collected from the island’s coastal rocks, and the "
        "University of Porto, which tested a new type of sensor.",
        "“The students were here at six in the morning,” said their physics teacher, Rui "
        "Figueiredo. “When the capsule came back I had to promise them we would have the data "
        "on Monday.”",
        "## What comes next",
        "Vento Norte, which was founded in 2019 and says it has raised €21 million so far, "
        "wants to return to Santa Maria next year with a larger rocket, Cagarro-2, which will "
        "test restarting its engine in flight. The company hopes eventually to launch small "
        "satellites from the Azores.",
        "For many on the island, the question is what the launches will bring in terms of jobs "
        "and visitors. Local cafés near Malbusca ran out of bread by mid-morning. “If it is "
        "like this every time, we will need a bigger oven,” joked the owner of one of them.",
        "The road to Malbusca, closed since Friday night for safety, reopens on Sunday.",
    ],
    "related_title": "Santa Maria and space",
    "related": [
        ("Thursday’s countdown halted four minutes before launch", "/2026/09/24/contagem-interrompida"),
        ("Students prepare their experiment for the capsule", "/2026/09/10/alunos-experiencia"),
        ("The Azores and the space industry: a timeline", "/espaco/cronologia"),
    ],
})

_RK_TV = _broadcast_page({
    "site": "Canal Lusitano News", "domain": "canallusitano.example",
    "owner": "Canal Lusitano Media",
    "url": "https://canallusitano.example/en/science/portuguese-rocket-azores-santa-maria-launch",
    "headline": "First Portuguese-built rocket to fly from the Azores reaches the edge of space",
    "dek": "Vento Norte’s Cagarro-1 climbed to 86 kilometres on its test flight from Santa "
           "Maria. Its experiment capsule was recovered from the sea.",
    "section": "Science", "authors": ["Filipe Andrade Couto"],
    "author_role": ", science correspondent",
    "published": "2026-09-26T10:48:00+01:00", "modified": "2026-09-26T13:05:00+01:00",
    "date_text": "26 Sep 2026 · 10:48 Lisbon · updated 13:05",
    "video_id": "clu-cagarro1-launch",
    "video_caption": "Video: the launch of Cagarro-1 from Santa Maria (1:48)",
    "image": ("/media/science/2026/cagarro1-ascent.jpg",
              "Cagarro-1 climbs away from Santa Maria on Saturday.",
              "Photo: Vento Norte Aerospace"),
    "keywords": ["space", "Azores", "Vento Norte"],
    "body": [
        "A rocket built by the Portuguese company Vento Norte Aerospace took off on Saturday "
        "from the island of Santa Maria, in the Azores, and reached an altitude of 86.3 "
        "kilometres before falling back into the Atlantic as planned.",
        "The launch of Cagarro-1 took place at 10:14 Lisbon time, 09:14 in the Azores. It was "
        "the company’s second attempt in three days: on Thursday the countdown was halted at "
        "T-minus four minutes because of a suspect reading from a pressure sensor.",
        "The rocket’s goal was to pass 80 kilometres, test its engine in real flight and "
        "carry a small capsule with scientific experiments. According to the first data "
        "released by the company, all of those objectives were met. Maximum altitude was "
        "reached just under three minutes after launch.",
        "UPDATE 13:05: The capsule was recovered from the sea at 12:40 Lisbon time by the "
        "company’s support vessel, the Garajau, about 41 kilometres south-east of the launch "
        "pad. The rocket itself splashed down about 36 kilometres from the pad and is due to "
        "be retrieved this afternoon.",
        "[AD]",
        "## “The ship found it”",
        "Vento Norte’s chief executive, Inês Carvalhal Furtado, spoke to Canal Lusitano shortly "
        "after the launch. “Today we learned more in seven minutes than in two years of ground "
        "tests,” she said. “The rocket went where we told it to go.”",
        "The company, founded in 2019 in Matosinhos, near Porto, employs about 90 people and "
        "has raised €21 million from private investors and European research programmes.",
        "## What is Cagarro-1?",
        "Cagarro-1 is a single-stage suborbital rocket, 9.4 metres tall, powered by one "
        "engine that burns liquid oxygen and bio-methane produced from agricultural waste. "
        "The engine develops 35 kilonewtons of thrust.",
        "The name comes from the cagarro, the Cory’s shearwater, a seabird that nests in "
        "large numbers in the Azores and spends most of its life over the ocean.",
        "The rocket carried 14 kilograms of experiments from the University of the Azores, "
        "the University of Porto and a secondary school on Santa Maria.",
        "## Why Santa Maria?",
        "Santa Maria, the southernmost island of the Azores, has long been seen as a good "
        "place to launch rockets: there is open ocean to the south and east, few people live "
        "under the flight path, and the island already hosts a satellite tracking station "
        "operated on behalf of the European Space Agency.",
        "The Portuguese space agency, which authorised the flight, said in a statement that "
        "the launch was “an important step” for the country’s space sector and that the "
        "licensing process had been followed closely by its technical staff.",
        "The flight director, Duarte Medeiros Sousa, said engine cut-off came within a second "
        "of the time predicted by the team’s computer models.",
        "## Next steps",
        "Vento Norte plans to fly a larger rocket, Cagarro-2, in 2027. That vehicle is "
        "meant to test an engine that can be switched off and restarted in flight, a key step "
        "towards the company’s longer-term goal of placing small satellites in orbit.",
        "At the viewpoints, families had arrived before dawn with folding chairs and flasks "
        "of coffee. Some had also made the trip on Thursday, only to go home disappointed "
        "when the countdown stopped. This time, applause broke out as the rocket cleared the "
        "pad.",
        "Several hundred people watched Saturday’s launch from viewpoints near Malbusca, on "
        "the island’s south coast, where the temporary launch pad was built.",
    ],
    "related": [
        ("Portugal’s space strategy: where the money goes", "/en/science/portugal-space-strategy"),
        ("Azores: record number of tourists on Santa Maria this summer", "/en/regions/azores-tourism"),
        ("Countdown halted: what went wrong on Thursday", "/en/science/cagarro1-scrub"),
    ],
})

_RK_NEWSLETTER = _newsletter_page({
    "site": "The Launch Pad Dispatch", "domain": "launchpaddispatch.example",
    "owner": "Dispatch Space Media",
    "url": "https://launchpaddispatch.example/p/cagarro-1-flies-santa-maria",
    "headline": "Cagarro-1 flies: Europe’s newest launch site opens on Santa Maria",
    "dek": "Vento Norte’s suborbital test hits 86.3 km. Plus: what the flight tells us about the "
           "Portuguese start-up’s road to orbit.",
    "section": "Launch", "authors": ["Oskar Lindqvist"],
    "published": "2026-09-28T06:00:00Z",
    "date_text": "Monday, September 28, 2026",
    "issue_line": "The Launch Pad Dispatch · Issue #318",
    "sponsor": "This issue is brought to you by a ground-station-as-a-service provider. "
               "Book a pass in minutes.",
    "signoff": "Clear skies, Oskar",
    "image": ("/img/318/cagarro1-pad.jpg",
              "Cagarro-1 on its pad near Malbusca before Saturday’s launch.",
              "Vento Norte Aerospace"),
    "body": [
        "Happy Monday. The big one for European launch watchers this weekend came from the "
        "middle of the Atlantic. On Saturday at 09:14 UTC – which is also local time in the "
        "Azores in summer – Vento Norte Aerospace launched Cagarro-1 from a temporary pad near "
        "Malbusca on Santa Maria island. It was the first launch from the site.",
        "## The flight",
        "Cagarro-1 is a single-stage, liquid-fuelled suborbital rocket: 9.4 m (about 31 ft) "
        "tall, one bio-methane/LOX engine with 35 kN (roughly 7,900 lbf) of thrust. The "
        "company’s stated target was an apogee above 80 km. Per Vento Norte’s post-flight "
        "numbers, it reached 86.3 km (53.6 miles) at T+2:52.",
        "That is short of the 100 km Kármán line, but above the 50-mile mark the US uses for "
        "astronaut wings, for what that is worth. More importantly for the company, the engine "
        "burn ended within a second of prediction, according to flight director Duarte "
        "Medeiros Sousa.",
        "The stage splashed down roughly seven minutes after liftoff, 36 km south-east of the "
        "pad. The 14 kg (31 lb) experiment capsule came down under a parachute 41 km "
        "south-east – about 22 nautical miles – thirteen minutes after launch, and the support "
        "vessel Garajau had it on deck at 11:40 local time. The stage was picked up later "
        "in the day.",
        "## Second attempt",
        "This was attempt number two. On Thursday, September 24, the count stopped at T-4 "
        "minutes when a pressure sensor on a liquid oxygen valve returned readings the team "
        "did not believe. They swapped the sensor on Friday and flew on Saturday. Nobody in "
        "this business will criticise a scrub for a sensor you do not trust.",
        "[AD]",
        "## The quote",
        "CEO Inês Carvalhal Furtado: “The rocket went where we told it to go, it came back down "
        "where we said it would, and the ship found it.” She added that the team had learned "
        "more in a few minutes of flight than in years of ground testing – a line every "
        "start-up founder uses, but which is usually true.",
        "## Why it matters",
        "Three reasons to pay attention. First, the site. Portugal has spent years talking "
        "about a launch capability on Santa Maria; this is the first vehicle to actually use "
        "it. The Portuguese space agency licensed the flight, which means there is now a "
        "working regulatory path, not just a strategy document.",
        "Second, the propellant. Vento Norte is one of a handful of European start-ups betting "
        "on methane, and it is sourcing bio-methane from agricultural waste. That is partly "
        "marketing, but methane engines are also easier to reuse, which matters for the "
        "company’s orbital plans.",
        "Third, recovery. Getting both the capsule and the stage out of the water on the same "
        "day is operational practice the company will need if it wants to recover boosters "
        "later.",
        "## What is next",
        "Vento Norte, founded in 2019 and based in Matosinhos, says it has raised €21 million "
        "to date. Next on the list is Cagarro-2 in 2027, which will demonstrate an in-flight "
        "engine restart. An orbital vehicle is further out, and the company has not given a "
        "date.",
        "## Elsewhere this week",
        "Two commercial launches are scheduled from French Guiana and one from Scandinavia; "
        "full schedule in the calendar section on our site.",
    ],
    "related_title": "Previously in the Dispatch",
    "related": [
        ("#317: Methane engines in Europe, ranked by test hours", "/p/methane-engines-europe"),
        ("#312: The Azores launch site licence, explained", "/p/azores-licence"),
        ("#305: Scrubs are good, actually", "/p/scrubs-are-good"),
    ],
})

STORY_5 = _story("rk-JE5", "rocket", "2026-09-29",
                 [_page("https://smhoje.example/2026/09/26/cagarro-1-lancamento-malbusca", _RK_LOCAL),
                  _page("https://canallusitano.example/en/science/portuguese-rocket-azores-santa-maria-launch", _RK_TV),
                  _page("https://launchpaddispatch.example/p/cagarro-1-flies-santa-maria", _RK_NEWSLETTER)],
                 [])


# ===========================================================================
# eq-JE6 - earthquake (Spain) - CONTROL
# Facts: Wednesday 4 November 2026, 03:47 local time (CET) = 02:47 UTC. IGN magnitude 5.1
# (first automatic estimate 5.4, revised about 40 minutes later); depth 9 km; epicentre 6 km
# north-west of Mula, about 35 km west of Murcia city. Felt in Alicante, Albacete, Almería.
# Counts by time (local): 07:30 one dead (woman, 83, Mula), 12 injured; 08:10 one dead, 19
# injured; 13:00 27 injured, 4 in hospital; 18:40 second death (man, 67, from Bullas, died in
# hospital in Murcia); 20:15 two dead, 41 treated, 6 still in hospital. Aftershocks: 63 by
# 19:00 Wednesday, more than 80 by 08:00 Thursday; strongest 4.0 at 05:12 Wednesday.
# Buildings: 312 inspected by Wednesday night, 74 declared unsafe to live in; about 1,100
# people in shelters (sports halls in Mula and Bullas). About 140 UME soldiers. Schools closed
# Thursday in Mula, Bullas and Pliego. Deadliest in Spain since Lorca, May 2011 (nine dead).
# IGN seismologist Alba Ruiz Cortázar; regional emergencies director Joaquín Vera Lorca.
# ===========================================================================

_EQ_WIRE = _wire_page({
    "site": "Southern Europe Press Agency", "site_short": "SEPA", "domain": "sepa-news.example",
    "owner": "SEPA News Services",
    "url": "https://sepa-news.example/world/europe/spain-earthquake-murcia-mula",
    "headline": "Earthquake in south-east Spain kills one, injures at least 12",
    "dek": "Magnitude 5.1 tremor centred near the town of Mula in the Murcia region struck "
           "before dawn, damaging old buildings.",
    "section": "World", "authors": ["Lorena Pastor Ibáñez"],
    "published": "2026-11-04T07:05:00Z", "modified": "2026-11-04T07:40:00Z",
    "date_text": "Nov 4, 2026 07:05 UTC",
    "dateline": "MADRID, Nov 4",
    "image": ("/photos/2026/11/04/mula-street-debris.jpg",
              "Residents stand by rubble from a collapsed facade in Mula early on Wednesday.",
              "SEPA photo"),
    "keywords": ["Spain", "earthquake", "Murcia"],
    "reading": "3 min read",
    "body": [
        "An earthquake of magnitude 5.1 struck the Murcia region of south-east Spain before "
        "dawn on Wednesday, killing an elderly woman and injuring at least 12 people, "
        "regional emergency services said.",
        "The quake hit at 3:47 a.m. local time (0247 GMT) with its epicentre about 6 km "
        "north-west of the town of Mula and at a depth of 9 km, according to Spain’s National "
        "Geographic Institute (IGN). An automatic first estimate had put the magnitude at 5.4; "
        "seismologists revised it to 5.1 after reviewing the data.",
        "The woman, aged 83, died when part of the facade and roof of her house in Mula "
        "collapsed, the regional government said. The figure of 12 injured, most with cuts and "
        "bruises, was given by the regional emergency service at 7:30 a.m. and was expected to "
        "rise as teams reached outlying villages.",
        "The tremor was felt across the Murcia region and in the neighbouring provinces of "
        "Alicante, Albacete and Almería, waking thousands of people. In Murcia city, about 35 "
        "km east of the epicentre, residents ran into the streets in their nightclothes.",
        "[AD]",
        "“It sounded like a lorry going through the living room, and then everything was "
        "shaking,” said Encarna Molina, 54, a shop owner in Mula reached by telephone. “The "
        "pictures fell off the walls. We spent the rest of the night in the car.”",
        "A strong aftershock of magnitude 4.0 was recorded at 5:12 a.m., the IGN said, "
        "followed by dozens of smaller ones.",
        "Joaquín Vera Lorca, the region’s director general for emergencies, said firefighters "
        "and police were checking buildings in Mula, Bullas and Pliego, where damage appeared "
        "heaviest. “Our priority is to make sure nobody is trapped and that people do not go "
        "back into houses that are not safe,” he told regional radio.",
        "The central government said it had deployed soldiers from the Military Emergencies "
        "Unit (UME) to the area at the regional government’s request.",
        "Spain is not usually associated with large earthquakes, but the south-east of the "
        "country is its most seismically active region because of the slow collision between "
        "the African and Eurasian tectonic plates. In May 2011 an earthquake near Lorca, about "
        "50 km south-west of Mula, killed nine people and damaged thousands of buildings.",
        "In Mula, a town of about 17,000 people, part of the upper section of a church bell "
        "tower in the old town came down, and several streets were strewn with roof tiles "
        "and fallen masonry, according to images broadcast by regional television. Power was "
        "cut in parts of the town for about two hours.",
        "Several roads in the area were closed while engineers checked bridges, including "
        "stretches of the motorway that links Murcia with Caravaca de la Cruz.",
        "In Murcia city and in towns along the Segura valley, many people who had fled their "
        "homes in the middle of the night returned after daybreak, although some shops and "
        "offices opened late while owners checked for damage.",
        "The prime minister’s office said the head of government had spoken to the regional "
        "president and offered all the resources needed. The royal household expressed its "
        "condolences on social media.",
        "Officials urged people living in older buildings in the area not to return home until "
        "engineers had checked them, and said sports halls would be opened for anyone who "
        "needed somewhere to stay.",
    ],
    "tagline": "Reporting by Lorena Pastor Ibáñez in Madrid and Andrés Galindo in Murcia; "
               "editing by Philippa Crane.",
    "related_title": "More from Europe",
    "related": [
        ("Portugal’s parliament approves budget at first reading", "/world/europe/portugal-budget"),
        ("Storm warnings for Italy’s Tyrrhenian coast", "/world/europe/italy-storm-warnings"),
        ("Factbox: Spain’s deadliest earthquakes", "/world/europe/factbox-spain-earthquakes"),
    ],
})

_EQ_LIVE = _liveblog_page({
    "site": "Levante Noticias", "domain": "levantenoticias.example",
    "owner": "Levante Noticias Digital S.L.",
    "url": "https://levantenoticias.example/en/live/earthquake-mula-murcia",
    "headline": "Murcia earthquake live: second death confirmed as 41 treated for injuries",
    "dek": "Latest on the magnitude 5.1 quake near Mula: casualties, damage, aftershocks and "
           "where to find help.",
    "section": "Region", "authors": ["Nuria Albarracín", "José Manuel Tébar"],
    "published": "2026-11-04T04:20:00+01:00", "modified": "2026-11-04T20:20:00+01:00",
    "date_text": "Wednesday 4 November 2026 · Updated 20:20",
    "badge": "LIVE",
    "image": ("/media/live/2026/11/mula-sports-hall.jpg",
              "Camp beds set up in the municipal sports hall in Mula on Wednesday afternoon.",
              "Photo: Levante Noticias / Ginés Ruiz"),
    "key_points": [
        "Magnitude 5.1 earthquake at 03:47, epicentre 6 km north-west of Mula, depth 9 km",
        "Two people have died; 41 have been treated for injuries and 6 remain in hospital",
        "63 aftershocks so far, the strongest of magnitude 4.0 at 05:12",
        "Schools in Mula, Bullas and Pliego closed on Thursday",
    ],
    "entries": [
        ("20:15", "2026-11-04T20:15:00+01:00", "Evening figures: two dead, 41 treated", [
            "The regional emergency service’s latest figures: two people have died and 41 "
            "have been treated for injuries since the earthquake. Six of them remain in "
            "hospital. Engineers have inspected 312 buildings so far and declared 74 unsafe to "
            "live in. Around 1,100 people are expected to spend the night in the sports halls "
            "of Mula and Bullas or with relatives.",
            "We are closing this live page for tonight. Coverage continues tomorrow morning.",
        ]),
        ("19:05", "2026-11-04T19:05:00+01:00", "63 aftershocks", [
            "The IGN has now recorded 63 aftershocks. The strongest remains the magnitude 4.0 "
            "tremor at 05:12 this morning; most of the rest were too weak to be felt.",
        ]),
        ("18:40", "2026-11-04T18:40:00+01:00", "Second death", [
            "The regional health service confirms a second death: a 67-year-old man from "
            "Bullas who was seriously injured when a wall of his house fell on him this morning "
            "has died in hospital in Murcia. Our condolences to his family.",
        ]),
        ("16:30", "2026-11-04T16:30:00+01:00", "Schools closed tomorrow", [
            "The regional education department says schools in Mula, Bullas and Pliego will "
            "stay closed on Thursday so that engineers can check every building. Parents "
            "should watch their schools’ messages for updates.",
            "[AD]",
        ]),
        ("13:00", "2026-11-04T13:00:00+01:00", "Midday update: 27 injured", [
            "Emergency services now count 27 people injured, four of whom have been admitted "
            "to hospital. The rest were treated for cuts, bruises and anxiety and sent home.",
            "About 140 soldiers from the Military Emergencies Unit (UME) are helping with "
            "searches and putting up tents.",
        ]),
        ("11:20", "2026-11-04T11:20:00+01:00", "Seismologist: aftershocks likely for days", [
            "Alba Ruiz Cortázar, a seismologist at the National Geographic Institute, spoke to "
            "us: “This is a shallow event on a fault system we know well. Aftershocks of "
            "magnitude four are possible for several days, and people in older buildings "
            "should not go back inside until an engineer has looked at them.”",
        ]),
        ("10:30", "2026-11-04T10:30:00+01:00", "Military Emergencies Unit arrives", [
            "The first vehicles of the Military Emergencies Unit (UME) have reached Mula. "
            "Soldiers are unloading tents and lighting in the car park next to the sports "
            "hall. More units are on their way.",
            "The motorway between Murcia and Caravaca de la Cruz has reopened in both "
            "directions after engineers checked its bridges.",
        ]),
        ("09:40", "2026-11-04T09:40:00+01:00", "Where to find help", [
            "If your home is damaged, do not go back inside. Call 112 if anyone is hurt or "
            "trapped. The town halls of Mula and Bullas have opened their municipal sports "
            "halls to anyone who needs a place to rest, with water, blankets and hot food "
            "provided by the Red Cross and local volunteers.",
            "The regional government asks residents not to drive into the old town of Mula, "
            "where several streets are blocked by fallen masonry, so that emergency vehicles "
            "can get through.",
        ]),
        ("08:10", "2026-11-04T08:10:00+01:00", "One dead, 19 injured", [
            "The regional emergency service’s latest count is one dead and 19 injured. The "
            "victim is an 83-year-old woman from Mula.",
        ]),
        ("07:55", "2026-11-04T07:55:00+01:00", "Daylight shows the damage", [
            "As the sun comes up, our reporter in Mula describes streets covered in roof tiles "
            "and broken glass in the old town, and a church bell tower that has lost part of "
            "its upper section. Many families are still sitting in their cars or on benches in "
            "the main square, unwilling to go back inside.",
        ]),
        ("05:15", "2026-11-04T05:15:00+01:00", "Strong aftershock", [
            "A strong aftershock has just been felt across the area. The IGN gives it a "
            "provisional magnitude of 4.0 and a time of 05:12.",
        ]),
        ("04:30", "2026-11-04T04:30:00+01:00", "Magnitude revised to 5.1", [
            "The IGN has revised its estimate: magnitude 5.1, not 5.4 as in the first "
            "automatic calculation. Depth 9 km. Epicentre 6 km north-west of Mula, about 35 km "
            "west of Murcia.",
        ]),
        ("04:20", "2026-11-04T04:20:00+01:00", "Earthquake felt across the region", [
            "A strong earthquake was felt at 03:47 across the Region of Murcia. The IGN’s "
            "automatic system gives a first magnitude of 5.4. Readers in Alicante, Albacete "
            "and Almería also report feeling it. We will update this page as we learn more.",
        ]),
    ],
    "related_title": "Earthquake: useful information",
    "related": [
        ("What to do during an aftershock", "/en/guides/earthquake-safety"),
        ("Shelters and emergency phone numbers", "/en/region/emergency-contacts"),
        ("Lorca 2011: fifteen years on", "/en/region/lorca-2011"),
    ],
})

_EQ_REGIONAL = _paper_page({
    "site": "The Murcia Herald", "domain": "murciaherald.example",
    "owner": "Herald Publicaciones del Sureste S.L.",
    "url": "https://murciaherald.example/region/mula-earthquake-day-after",
    "headline": "A night in the sports hall: Mula counts the cost of the earthquake",
    "dek": "Two people died and dozens were hurt. Now 74 homes are off limits, the aftershocks "
           "keep coming and the question is how long families will be out of their houses.",
    "section": "Region", "authors": ["Pilar Gea Martínez"],
    "author_role": "Regional reporter",
    "published": None,
    "date_text": "Thursday 5 November 2026",
    "masthead_date": "Thursday 5 November 2026",
    "dateline": "Mula",
    "edition": "Region of Murcia",
    "image": ("/images/2026/11/05/mula-old-town-cordon.jpg",
              "Police tape closes a street in Mula’s old town on Thursday morning.",
              "Photo: The Murcia Herald"),
    "keywords": ["Earthquake", "Mula", "Bullas", "Emergencies"],
    "bio": "Pilar Gea Martínez reports on the towns of the north-west of the Region of Murcia.",
    "most_read": ["Cartagena port: new cruise terminal opens",
                  "Real Murcia draw at home",
                  "Citrus growers warn of a poor lemon harvest"],
    "body": [
        "Carmen Noguera slept, or tried to, on a camp bed in the municipal sports hall of "
        "Mula, with her husband on one side and her neighbour’s two children on the other. "
        "“Every time the ground moved in the night, someone cried out,” she said on Thursday "
        "morning, queueing for coffee from a Red Cross stand. “I do not know when we will go "
        "home.”",
        "She was one of about 1,100 people who spent Wednesday night in shelters in Mula and "
        "Bullas or in the homes of relatives after the magnitude 5.1 earthquake that struck "
        "the area at 03:47 on Wednesday. The quake, centred six kilometres north-west of Mula "
        "at a depth of nine kilometres, killed two people and left 41 needing treatment. Six "
        "were still in hospital on Wednesday night.",
        "The first victim was an 83-year-old widow whose house in Mula’s old town partly "
        "collapsed around her as she slept. The second, a 67-year-old man from Bullas, died "
        "in hospital in Murcia on Wednesday evening, hours after a wall of his home fell on "
        "him.",
        "## 74 homes off limits",
        "By Wednesday night, engineers from the regional government and the town halls had "
        "inspected 312 buildings and declared 74 of them unsafe to live in. Most are old "
        "houses of stone and mud brick in the historic centres of Mula and Bullas; several "
        "blocks of flats built in the 1970s also have cracks in load-bearing walls.",
        "Inspections continued on Thursday. Families whose homes have been declared unsafe "
        "may enter only with firefighters, for a few minutes, to collect medicines and "
        "documents.",
        "The mayor of Mula, Remedios Carrillo Abellán, said the town would need help to rehouse "
        "people for months, not days. “The emergency ends when the last family sleeps under "
        "its own roof,” he said.",
        "[AD]",
        "## The ground keeps moving",
        "The aftershocks have not stopped. The National Geographic Institute (IGN) had recorded "
        "more than 80 by eight o’clock on Thursday morning, most of them too weak to be felt. "
        "The strongest so far, of magnitude 4.0, came at 05:12 on Wednesday, less than an "
        "hour and a half after the main shock.",
        "Alba Ruiz Cortázar, an IGN seismologist, said the pattern was typical. “This is a "
        "shallow event on a fault system we know well,” she said. “Aftershocks of magnitude "
        "four are possible for several days.”",
        "The IGN’s first automatic estimate on Wednesday had put the magnitude at 5.4, before "
        "analysts revised it to 5.1 within the hour.",
        "## Schools closed, soldiers on the streets",
        "Schools in Mula, Bullas and Pliego were closed on Thursday for checks. About 140 "
        "soldiers of the Military Emergencies Unit are in the area, putting up tents, "
        "propping up walls and helping families move belongings.",
        "Joaquín Vera Lorca, the region’s director general for emergencies, said the regional "
        "government would ask Madrid to declare the area gravely affected by a civil "
        "protection emergency, a step that unlocks state aid for homeowners and businesses.",
        "## “We remember Lorca”",
        "For older residents, the images bring back May 2011, when an earthquake near Lorca "
        "killed nine people. “We remember Lorca. We thought it could not happen here,” said "
        "Noguera. “It can.”",
        "The regional government has opened a telephone line for residents who need "
        "information about inspections and temporary housing, and the town halls are "
        "registering damage claims from this morning.",
    ],
    "related_title": "Earthquake coverage",
    "related": [
        ("How to claim for earthquake damage", "/region/earthquake-damage-claims"),
        ("Photos: Mula and Bullas on the morning after", "/region/photos-mula-bullas"),
        ("Why the south-east shakes: a geologist explains", "/region/why-southeast-shakes"),
    ],
})

STORY_6 = _story("eq-JE6", "earthquake", "2026-11-07",
                 [_page("https://sepa-news.example/world/europe/spain-earthquake-murcia-mula", _EQ_WIRE),
                  _page("https://levantenoticias.example/en/live/earthquake-mula-murcia", _EQ_LIVE),
                  _page("https://murciaherald.example/region/mula-earthquake-day-after", _EQ_REGIONAL)],
                 [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
