'''Story battery, part IF -- written by engineer IF1 on 2026-12-07.

Twenty-fourth batch, a precision batch.  Region: Turkey, the Levant and the Gulf.
Six invented news events from 2026, each told by three or four invented outlets
(``*.example``) as full saved web pages.  Everything here is fiction: outlets,
reporters, officials, companies and figures.

cb-IF1 -- central bank: the Central Bank of the Republic of Turkiye cuts its
    one-week repo rate, Thursday 12 March 2026.
    PLANTED (3):
      * weekday of the decision: "Thursday" everywhere, "Wednesday" in the
        Marmara Broadcasting Network page (mbn.example);
      * size of the cut: 150 basis points everywhere, 175 basis points in the
        Emerging Markets Monitor page (emmonitor.example);
      * governor's surname: "Aydinoglu" (with/without diacritics) everywhere,
        "Aydinlioglu" in the Istanbul Ledger page (istanbulledger.example).
    Traps: old rate 38% vs new rate 36.5%; overnight lending/borrowing corridor
    rates (old and new); economists' forecast (100 bp) vs outcome; January's
    250 bp cut; February inflation 29.4% vs "just under 30 percent" and the
    January reading; the bank's year-end inflation forecast vs its interim target;
    lira per dollar quoted at different times of day; 14:00 local = 11:00 GMT;
    "governor" vs "head of the central bank"; "Monetary Policy Committee" vs
    "rate-setting committee"; a deputy governor with and without a middle name;
    next meeting date (planned) vs this meeting.

el-IF2 -- election: mayoral by-election in the (invented) Karacamli district
    of Manisa province, Sunday 1 March 2026.
    PLANTED (3):
      * winner's final vote count: 31,406 in the live blog, the wire and the
        national paper,
        34,106 in the regional paper (egepost.example);
      * runner-up's former post: "former deputy mayor" everywhere,
        "former district governor" in the national paper (istanbulledger.example);
      * speaker of the "message to Ankara" quote: the winner, Zeynep Akcaoglu,
        in the live blog and the wire; the provincial party chairman, Erdal
        Tezcan, in the regional paper.
    Traps: running count on election night (92% / 98% of ballot boxes) vs final
    unofficial result; share 51.8% vs "nearly 52%"; margin "10.5 percentage
    points" vs "about ten points"; turnout 74.6% overall vs 79% in one
    neighbourhood and the 2024 turnout; 2024 result (46.7%) of the late mayor;
    names with/without middle name and diacritics; "Supreme Election Council"
    vs "YSK"; "provincial chairman" wording; objection deadline given as
    "until Tuesday" in one outlet and "until March 3" in another; a pre-election
    poll (eight points) vs the outcome; registered voters 83,180 vs "83,000".

ct-IF3 -- court: Beirut appeals court upholds order for an (invented) bank to
    repay a depositor in "fresh" dollars, Tuesday 17 February 2026.
    CONTROL (nothing planted).
    Traps: USD 1.27 million vs "about $1.3m" vs the Lebanese-pound equivalent at
    the official rate; the first-instance ruling (September 2025) vs the appeal;
    deposit made in 2017 vs frozen in 2019; weekday in one outlet, date in
    another; 5% interest; 30-day window vs "one month" to go to the Court of
    Cassation; number of similar suits by two different sources, attributed;
    "presided over by" vs "headed by"; UAE vs Abu Dhabi, "two decades" vs
    "twenty years"; depositor's name with and without middle name or initial;
    lawyers' quotes excerpted and paraphrased; a law firm whose name contains
    the depositor's surname (unrelated).

tr-IF4 -- trade: Turkey's February 2026 foreign trade figures, announced
    Wednesday 4 March 2026.
    CONTROL (nothing planted).
    Traps: exports $21.93bn vs "nearly $22bn"; imports and deficit with
    rounding; year-on-year changes; February 2025 figures; January 2026 figures;
    12-month rolling exports vs the annual target; a province's exports (part)
    vs the national total; energy imports; ministry's preliminary data vs the
    statistics office's final release later in the month (planned); trade
    minister vs "minister of trade"; exporters' assembly chairman with and
    without middle initial; a euro/dollar parity effect given by two people.

rk-IF5 -- rocket: suborbital test flight of an (invented) Turkish company's
    Karakus-2 rocket from the Sinop range, Tuesday 14 April 2026.
    PLANTED (2):
      * lift-off clock time: 10:42 local (07:42 GMT) everywhere, "9:42 a.m."
        local in the Black Sea Courier (blackseacourier.example);
      * flight duration (lift-off to splashdown): 11 minutes 40 seconds
        everywhere, 14 minutes in the Orbit & Payload page
        (orbitpayload.example).
    Traps: apogee "about 130 km" from the first tracking data, later revised to
    136 km and said to be revised; km vs miles; previous flight's 82 km; the
    target of "above 120 km"; 100 km Karman line; engine burn 68 seconds vs
    "just over a minute"; planned launch window (09:30-12:30) vs actual; delay
    from Monday to Tuesday (planned vs actual days); CEO's name with and
    without middle name; "chief executive" vs "CEO"; "nearly 12 minutes".

eq-IF6 -- earthquake: shallow quake in Karliova district, Bingol province,
    Saturday 21 February 2026, 04:17 local (01:17 GMT).
    CONTROL (nothing planted).
    Traps: magnitude 5.9 from AFAD (after a preliminary 6.1, said to be revised),
    5.7 from the USGS and 6.0 from Kandilli, each attributed; depth 10 km (AFAD)
    vs 12.4 km (USGS); running toll 2 dead/46 injured -> 4/112 -> 5/131 over time;
    aftershocks "more than 60" -> "more than 150" -> 217 -> "more than 260";
    collapsed buildings 14 -> 19 -> 23; tents 1,200 -> "more than 2,000";
    local time vs GMT and a wire stamped in Beirut time; overnight minus 12
    (last night) vs around minus 10 (forecast); schools shut "for a week" vs
    "until March 2"; the 2023, 1971 and 2003 quakes as background;
    "interior minister" vs "minister of the interior"; "AFAD president" vs
    "head of the disaster agency"; the emergency number 112 in a sidebar.
'''
from __future__ import annotations

import html as _html
import json as _json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "IF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


def _e(s: str) -> str:
    return _html.escape(s, quote=True)


def _blocks(items) -> str:
    """Render the body.  Strings are paragraphs; tuples are special blocks."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{it}</p>")
            continue
        kind = it[0]
        if kind == "h2":
            out.append(f"<h2>{it[1]}</h2>")
        elif kind == "h3":
            out.append(f"<h3>{it[1]}</h3>")
        elif kind == "ad":
            slot = it[1] if len(it) > 1 else "inline"
            out.append(f'<div class="ad-container" data-ad-slot="{slot}" aria-hidden="true">'
                       f'<span class="ad-label">Advertisement</span><div id="gpt-{slot}"></div></div>')
        elif kind == "fig":
            _, src, cap, credit = it
            out.append(f'<figure class="inline-image"><img src="{src}" alt="{_e(cap)}" loading="lazy" width="960" height="540">'
                       f'<figcaption>{cap} <span class="credit">{credit}</span></figcaption></figure>')
        elif kind == "quote":
            out.append(f'<blockquote class="pull-quote"><p>{it[1]}</p><cite>{it[2]}</cite></blockquote>')
        elif kind == "also":
            out.append(f'<aside class="read-also"><strong>Read also:</strong> <a href="{it[2]}">{it[1]}</a></aside>')
        elif kind == "list":
            lis = "".join(f"<li>{x}</li>" for x in it[1])
            out.append(f"<ul>{lis}</ul>")
        elif kind == "raw":
            out.append(it[1])
        else:  # pragma: no cover
            raise ValueError(kind)
    return "\n".join(out)


def _jsonld(o: dict, kind: str = "NewsArticle") -> str:
    d = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": o["headline"],
        "description": o.get("dek", ""),
        "mainEntityOfPage": o["url"],
        "author": [{"@type": "Person", "name": a} for a in o.get("authors", [])] or
                  {"@type": "Organization", "name": o["site"]},
        "publisher": {"@type": "Organization", "name": o["site"],
                      "logo": {"@type": "ImageObject", "url": o["home"] + "/static/logo.png"}},
        "image": [o["home"] + "/img/" + o.get("img", "lead") + ".jpg"],
        "articleSection": o.get("section", "News"),
        "inLanguage": "en",
    }
    if o.get("published"):
        d["datePublished"] = o["published"]
        d["dateModified"] = o.get("modified", o["published"])
    return ('<script type="application/ld+json">' + _json.dumps(d, ensure_ascii=False, indent=1)
            + "</script>")


def _head(o: dict, css: str, jsonld_kind: str | None = "NewsArticle") -> str:
    title = f'{_e(o["headline"])} | {_e(o["site"])}'
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{title}</title>',
        f'<meta name="description" content="{_e(o.get("dek", ""))}">',
        f'<link rel="canonical" href="{o["url"]}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_e(o["site"])}">',
        f'<meta property="og:title" content="{_e(o["headline"])}">',
        f'<meta property="og:description" content="{_e(o.get("dek", ""))}">',
        f'<meta property="og:url" content="{o["url"]}">',
        f'<meta property="og:image" content="{o["home"]}/img/{o.get("img", "lead")}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{o.get("handle", "newsdesk")}">',
    ]
    if o.get("published") and o.get("meta_dates", True):
        metas.append(f'<meta property="article:published_time" content="{o["published"]}">')
        metas.append(f'<meta property="article:modified_time" content="{o.get("modified", o["published"])}">')
    if o.get("section"):
        metas.append(f'<meta property="article:section" content="{_e(o["section"])}">')
    for t in o.get("tags", []):
        metas.append(f'<meta property="article:tag" content="{_e(t)}">')
    metas.append(f'<link rel="stylesheet" href="{o["home"]}/assets/{css}.css">')
    metas.append(f'<link rel="icon" href="{o["home"]}/favicon.ico">')
    if jsonld_kind and (o.get("published") or o.get("jsonld_without_date")):
        metas.append(_jsonld(o, jsonld_kind))
    metas.append('<script async src="https://ads.adserver.example/tag.js"></script>')
    return "<head>\n" + "\n".join(metas) + "\n</head>"


def _cookie(site: str, style: int = 0) -> str:
    if style == 0:
        return (f'<div id="cookie-consent" class="cmp-banner" role="dialog" aria-label="Cookie consent">'
                f'<p>{_e(site)} and our partners use cookies to personalise content and ads, and to analyse our traffic. '
                f'You can accept all cookies or manage your choices.</p>'
                f'<button class="cmp-accept">Accept all</button> <button class="cmp-manage">Manage choices</button> '
                f'<a href="/privacy">Privacy policy</a></div>')
    if style == 1:
        return ('<div class="gdpr-bar"><span>We use cookies to improve your experience. By continuing to browse, '
                'you agree to our use of cookies.</span> <a href="/cookies">Find out more</a> '
                '<button type="button" onclick="closeBar()">OK</button></div>')
    return ('<section class="consent-modal" hidden><h2>Your privacy</h2><p>We and our vendors store and access '
            'information on your device, such as cookies, for measurement, personalised advertising and content.</p>'
            '<button>I agree</button><button>Reject non-essential</button><button>Settings</button></section>')


def _share(url: str, headline: str) -> str:
    u = _e(url)
    h = _e(headline)
    return ('<div class="share-bar" aria-label="Share this article">'
            f'<a class="share fb" href="https://facebook.example/sharer?u={u}">Facebook</a>'
            f'<a class="share x" href="https://x.example/intent/post?url={u}&amp;text={h}">X</a>'
            f'<a class="share wa" href="https://whatsapp.example/send?text={u}">WhatsApp</a>'
            f'<a class="share li" href="https://linkedin.example/share?url={u}">LinkedIn</a>'
            '<button class="share copy" data-copy-link>Copy link</button>'
            '<a class="share mail" href="mailto:?subject=' + h + '">Email</a></div>')


def _related(title: str, links) -> str:
    lis = "\n".join(f'<li><a href="{href}">{t}</a></li>' for t, href in links)
    return f'<aside class="related"><h3>{title}</h3><ul>\n{lis}\n</ul></aside>'


def _newsletter(site: str, name: str) -> str:
    return (f'<section class="newsletter-signup"><h3>{name}</h3>'
            f'<p>Get the day\'s top stories from {_e(site)} in your inbox every morning.</p>'
            '<form action="/newsletter/subscribe" method="post"><label for="nl-email">Email address</label>'
            '<input id="nl-email" type="email" name="email" placeholder="you@example.com" required>'
            '<button type="submit">Sign up</button></form>'
            '<small>You can unsubscribe at any time. See our privacy notice.</small></section>')


def _footer(site: str, links=("About us", "Contact", "Advertise", "Careers", "Terms of use",
                              "Privacy policy", "Cookie settings")) -> str:
    lis = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in links)
    return (f'<footer class="site-footer"><nav class="footer-nav"><ul>{lis}</ul></nav>'
            f'<p class="copyright">&copy; 2026 {_e(site)}. All rights reserved.</p></footer>')


def _nav(items, cls="main-nav") -> str:
    lis = "".join(f'<li><a href="/{x.lower().replace(" ", "-").replace("&amp;", "and")}">{x}</a></li>' for x in items)
    return f'<nav class="{cls}" aria-label="Main"><ul>{lis}</ul></nav>'


# ---------------------------------------------------------------- templates

def _wire(o: dict) -> str:
    """Wire-service page: lean, dateline, reporting credits."""
    authors = " and ".join(o.get("authors", []))
    stamp = o.get("visible_date", "")
    rel = _related(o.get("related_title", "Related coverage"), o.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(o, "wire")}
<body class="article-page wire">
{_cookie(o["site"], 0)}
<header class="wire-header"><a class="logo" href="{o["home"]}/">{_e(o["site"])}</a>
{_nav(["World", "Business", "Markets", "Politics", "Energy", "Technology", "Sport", "Pictures"])}
<a class="subscribe" href="/subscribe">Client login</a></header>
<div class="ad-container leaderboard" data-ad-slot="top"><span class="ad-label">Advertisement</span></div>
<main id="content">
<article class="story">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{o.get("section", "news").lower()}">{_e(o.get("section", "News"))}</a></nav>
<h1 class="story-headline">{o["headline"]}</h1>
<div class="story-meta"><span class="byline">By {authors}</span>
<span class="time">{stamp}</span></div>
{_share(o["url"], o["headline"])}
<div class="story-body">
{_blocks(o["body"])}
</div>
<p class="credits">{o.get("credits", "")}</p>
<p class="trust">Our Standards: The {_e(o["site"])} Trust Principles.</p>
</article>
{rel}
</main>
<aside class="sidebar"><div class="ad-container mpu" data-ad-slot="mpu1"><span class="ad-label">Advertisement</span></div>
<h3>Most read</h3><ol class="most-read">{"".join(f"<li><a href='#'>{x}</a></li>" for x in o.get("most_read", []))}</ol></aside>
{_footer(o["site"])}
</body>
</html>
"""


def _paper(o: dict) -> str:
    """National newspaper page: masthead, big nav, author box, comments, newsletter."""
    authors = ", ".join(f'<a rel="author" href="/authors/{a.lower().replace(" ", "-")}">{a}</a>' for a in o.get("authors", []))
    rel = _related(o.get("related_title", "More on this story"), o.get("related", []))
    lead = ""
    if o.get("lead_fig"):
        src, cap, credit = o["lead_fig"]
        lead = (f'<figure class="lead-image"><img src="{src}" alt="{_e(cap)}" width="1200" height="675">'
                f'<figcaption>{cap} <span class="credit">Photo: {credit}</span></figcaption></figure>')
    bio = f'<div class="author-bio"><p>{o["bio"]}</p></div>' if o.get("bio") else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{_head(o, "paper-2026")}
<body class="template-article">
{_cookie(o["site"], 2)}
<div class="topbar"><span class="edition">International edition</span> <a href="/epaper">E-paper</a> <a href="/login">Sign in</a> <a class="btn" href="/subscribe">Subscribe</a></div>
<header class="masthead"><a href="{o["home"]}/" class="brand">{_e(o["site"])}</a>
{_nav(["News", "Turkey", "Middle East", "World", "Business", "Economy", "Opinion", "Culture", "Sport", "Life"])}
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="ad-container billboard" data-ad-slot="billboard"><span class="ad-label">Advertisement</span></div>
<main class="container">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<p class="kicker">{_e(o.get("kicker", o.get("section", "News")))}</p>
<h1 itemprop="headline">{o["headline"]}</h1>
<p class="standfirst">{o.get("dek", "")}</p>
<div class="byline-block"><span class="by">By {authors}</span>
<span class="dateline">{o.get("visible_date", "")}</span></div>
{lead}
{_share(o["url"], o["headline"])}
<div class="article-body" itemprop="articleBody">
{_blocks(o["body"])}
</div>
{bio}
<div class="tags">{"".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}">{t}</a>' for t in o.get("tags", []))}</div>
<section class="comments"><h3>Comments</h3><p>Comments are closed on this article.</p></section>
</article>
<aside class="rail">
{rel}
<div class="ad-container halfpage" data-ad-slot="rail"><span class="ad-label">Advertisement</span></div>
{_newsletter(o["site"], "The Morning Briefing")}
</aside>
</main>
{_footer(o["site"], ("About", "Contact us", "Letters to the editor", "Corrections", "Advertise", "Terms", "Privacy", "Cookie policy"))}
</body>
</html>
"""


def _broadcast(o: dict) -> str:
    """Broadcaster page: live TV strip, video player, relative time, 'most watched'."""
    authors = " &amp; ".join(o.get("authors", [])) or o["site"] + " newsroom"
    rel = _related(o.get("related_title", "Watch more"), o.get("related", []))
    video = ""
    if o.get("video"):
        vt, vcap = o["video"]
        video = (f'<div class="video-player" data-player="vjs"><div class="poster" role="img" aria-label="{_e(vt)}"></div>'
                 f'<button class="play">Play video</button><p class="video-title">{vt}</p>'
                 f'<p class="video-caption">{vcap}</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(o, "tv-main", o.get("jsonld", "NewsArticle"))}
<body class="page-story">
{_cookie(o["site"], 1)}
<div class="live-strip"><span class="live-dot"></span> <a href="/live">Watch {_e(o["site"])} live</a></div>
<header class="tv-header"><a href="{o["home"]}/" class="logo">{_e(o["site"])}</a>
{_nav(["Home", "Türkiye", "Region", "World", "Business", "Sci-Tech", "Video", "Programmes", "Schedule"])}</header>
<main>
<div class="ad-container" data-ad-slot="header"><span class="ad-label">Advertisement</span></div>
<article class="story">
<h1>{o["headline"]}</h1>
<p class="summary">{o.get("dek", "")}</p>
<p class="meta"><span class="author">{authors}</span> <span class="ago">{o.get("visible_date", "")}</span></p>
{video}
{_share(o["url"], o["headline"])}
<div class="story-text">
{_blocks(o["body"])}
</div>
<p class="follow">Follow {_e(o["site"])} on WhatsApp and YouTube for the latest updates.</p>
</article>
{rel}
<section class="most-watched"><h3>Most watched</h3><ul>{"".join(f"<li><a href='#'>{x}</a></li>" for x in o.get("most_read", []))}</ul></section>
</main>
{_footer(o["site"], ("About", "Frequencies", "Contact", "Jobs", "Terms", "Privacy", "Cookie settings"))}
</body>
</html>
"""


def _live(o: dict) -> str:
    """Live blog: timestamped entries, newest first."""
    entries = []
    for stamp, title, items in o["entries"]:
        t = f"<h3>{title}</h3>" if title else ""
        entries.append(f'<div class="live-entry"><time class="entry-time">{stamp}</time>{t}\n{_blocks(items)}</div>')
    rel = _related(o.get("related_title", "Related"), o.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(o, "live", o.get("jsonld", "LiveBlogPosting"))}
<body class="liveblog">
{_cookie(o["site"], 0)}
<header class="site-header"><a class="logo" href="{o["home"]}/">{_e(o["site"])}</a>
{_nav(["Live", "News", "Politics", "Economy", "World", "Opinion", "Podcasts"])}</header>
<main>
<div class="live-badge">LIVE</div>
<h1>{o["headline"]}</h1>
<p class="intro">{o.get("dek", "")}</p>
<p class="live-meta">{o.get("visible_date", "")} &middot; {", ".join(o.get("authors", []))}</p>
<section class="key-points"><h2>Key points</h2>{_blocks([("list", o.get("key_points", []))])}</section>
{_share(o["url"], o["headline"])}
<section class="live-feed">
{"".join(entries)}
</section>
<button class="load-more">Load earlier updates</button>
{rel}
<div class="ad-container" data-ad-slot="foot"><span class="ad-label">Advertisement</span></div>
</main>
{_newsletter(o["site"], "Evening Wrap")}
{_footer(o["site"])}
</body>
</html>
"""


def _trade(o: dict) -> str:
    """Specialist / trade site: subscriber banner, analyst byline, topic tags."""
    authors = ", ".join(o.get("authors", []))
    rel = _related(o.get("related_title", "Further reading"), o.get("related", []))
    box = ""
    if o.get("box"):
        bt, bitems = o["box"]
        box = f'<aside class="factbox"><h3>{bt}</h3>{_blocks([("list", bitems)])}</aside>'
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(o, "specialist")}
<body class="post-template">
{_cookie(o["site"], 2)}
<div class="promo-banner">Unlock full access: <a href="/pricing">try Pro free for 14 days</a></div>
<header class="header"><a class="brand" href="{o["home"]}/">{_e(o["site"])}</a>
{_nav(o.get("nav", ["Latest", "Analysis", "Data", "Markets", "Policy", "Events", "Podcast"]))}
<a class="login" href="/account">Log in</a></header>
<main class="post">
<div class="post-header"><span class="category">{_e(o.get("section", "News"))}</span>
<h1>{o["headline"]}</h1>
<p class="post-excerpt">{o.get("dek", "")}</p>
<div class="post-byline"><span class="author">{authors}</span> <span class="role">{o.get("role", "")}</span>
<span class="post-date">{o.get("visible_date", "")}</span> <span class="reading-time">{o.get("reading", "5 min read")}</span></div></div>
{_share(o["url"], o["headline"])}
<div class="post-content">
{box}
{_blocks(o["body"])}
</div>
<div class="paywall-note">This article is free to read. Subscribers get our weekly data pack and alerts.</div>
<div class="post-tags">{"".join(f"<span class='t'>{t}</span>" for t in o.get("tags", []))}</div>
{rel}
</main>
<div class="ad-container sticky" data-ad-slot="sticky"><span class="ad-label">Advertisement</span></div>
{_newsletter(o["site"], "The Weekly Brief")}
{_footer(o["site"], ("About", "Editorial policy", "Contact", "Events", "Sponsorship", "Terms", "Privacy"))}
</body>
</html>
"""


def _regional(o: dict) -> str:
    """Regional paper: old-fashioned layout, tables, local widgets."""
    authors = " / ".join(o.get("authors", [])) or "Staff reporter"
    rel = "".join(f'<tr><td><a href="{h}">{t}</a></td></tr>' for t, h in o.get("related", []))
    lead = ""
    if o.get("lead_fig"):
        src, cap, credit = o["lead_fig"]
        lead = (f'<div class="photo"><img src="{src}" alt="" width="640" height="400">'
                f'<div class="caption">{cap} ({credit})</div></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(o, "regional-v3", o.get("jsonld", "NewsArticle"))}
<body>
{_cookie(o["site"], 1)}
<table class="masthead" width="100%"><tr><td class="logo"><a href="{o["home"]}/">{_e(o["site"])}</a></td>
<td class="tagline">{_e(o.get("tagline", "Your region, your news"))}</td></tr></table>
{_nav(["Home", "Local", "Province", "Business", "Agriculture", "Sport", "Obituaries", "Classifieds", "Contact"], "topmenu")}
<div class="ad-container banner" data-ad-slot="banner"><span class="ad-label">Advertisement</span></div>
<div id="wrapper"><div id="main-col">
<div class="article">
<div class="section-label">{_e(o.get("section", "Local"))}</div>
<h1 class="title">{o["headline"]}</h1>
<div class="info">{authors} &ndash; {o.get("visible_date", "")}</div>
{lead}
<div class="text">
{_blocks(o["body"])}
</div>
<div class="print-share"><a href="javascript:window.print()">Print</a> | <a href="/send">Send to a friend</a> | {_share(o["url"], o["headline"])}</div>
</div>
<table class="more-news"><tr><th>Other news</th></tr>{rel}</table>
</div>
<div id="side-col"><div class="ad-container" data-ad-slot="side"><span class="ad-label">Advertisement</span></div>
{o.get("widget", "")}
{_newsletter(o["site"], "Daily headlines")}
</div></div>
{_footer(o["site"], ("About", "Contact", "Advertise with us", "Subscriptions", "Terms", "Privacy"))}
</body>
</html>
"""


def _mk(template, o: dict) -> dict:
    """Render one outlet page and wrap it as an article record."""
    return _page(o["url"], template(o))


# ====================================================================
# Story 1 -- cb-IF1: Turkish central bank rate cut, Thursday 12 March 2026
# ====================================================================

_CB_A = _mk(_wire, {
    "url": "https://www.bosphoruswire.example/markets/turkey-central-bank-cuts-rates-150-bps-2026-03-12/",
    "home": "https://www.bosphoruswire.example", "site": "Bosphorus Wire Service", "handle": "BosphorusWire",
    "headline": "Turkish central bank cuts rates by 150 bps, more than expected",
    "dek": "Policy rate lowered to 36.5% from 38%; bank keeps cautious guidance as inflation eases",
    "authors": ["Deniz Arıkan", "Tolga Sezer"], "section": "Markets",
    "published": "2026-03-12T14:07:00+03:00", "modified": "2026-03-12T15:21:00+03:00",
    "visible_date": "March 12, 2026 2:07 PM GMT+3 &middot; Updated March 12, 2026 3:21 PM GMT+3",
    "tags": ["Turkey", "Central banks", "Interest rates", "Lira"], "img": "cbrt-ankara",
    "body": [
        "ISTANBUL, March 12 (BWS) - Turkey's central bank cut its one-week repo rate by 150 basis points to 36.5% on Thursday, a bigger step than most economists had expected, saying a steady fall in inflation gave it room to keep easing policy.",
        "The bank's Monetary Policy Committee also lowered the overnight lending rate to 39.5% from 41% and the overnight borrowing rate to 35% from 36.5%, leaving the width of its interest rate corridor unchanged.",
        "In a Bosphorus Wire poll published on Monday, 13 of 19 economists had forecast a 100 basis-point cut, to 37%. Four expected a 150 basis-point move and two had pencilled in 200 basis points.",
        ("ad", "inline-1"),
        "The decision was published at 2 p.m. (1100 GMT). The lira was little changed at 43.64 per dollar shortly after the announcement, having traded at 43.62 at midday. Banking shares extended gains, with the Istanbul banks index up more than 2% by mid-afternoon.",
        "Annual consumer price inflation eased to 29.4% in February from 31.1% in January, data from the state statistics institute showed last week, the lowest reading in more than four years. Monthly inflation came in at 2.3%.",
        "\"The tight monetary policy stance will be maintained until price stability is achieved,\" the committee said in its statement. \"The size of the steps will be reviewed prudently on a meeting-by-meeting basis, with a focus on the inflation outlook.\"",
        "It added that leading indicators pointed to a further decline in the underlying trend of inflation in February, and that the disinflationary effect of demand conditions had become more visible, though it flagged risks from food and energy prices.",
        ("h2", "Steady steps"),
        "The central bank began its current easing cycle last summer after a long period of tightening that took the policy rate to a peak of 50% in 2024. At its previous meeting on January 22 it cut by 250 basis points, taking the rate to 38% from 40.5%.",
        "\"The bank is telling us it is comfortable with the disinflation path,\" said Burak Sevinç, chief economist at Galata Yatırım in Istanbul. \"But the guidance remains cautious and I would not read this as the start of a sprint. We now see the policy rate at 31% by the end of the year.\"",
        "Governor Levent Aydınoğlu kept the bank's year-end inflation forecast at 21% when he presented the quarterly Inflation Report in February, and left the interim target at 16%. \"We will not declare victory early,\" he told reporters in Ankara at the time.",
        "Some economists argue that the bank's forecast is ambitious given sticky services prices, particularly rents, which rose at an annual pace of more than 60% in February. Others point to a slowdown in credit growth and to the stable lira, which has lost about 1.5% against the dollar since the start of the year.",
        "Clara Whitmore, head of emerging-market currency strategy at Northbridge Capital in London, said foreign investors would read the move as a sign of confidence rather than political pressure. \"The statement is still hawkish enough. As long as real rates stay clearly positive, the carry trade remains attractive,\" she said.",
        "The ex-post real policy rate, the one-week repo rate minus annual inflation, stands at about 7 percentage points after Thursday's decision.",
        "The committee's next rate-setting meeting is scheduled for April 16.",
    ],
    "credits": "Reporting by Deniz Arıkan and Tolga Sezer; Writing by Tolga Sezer; Editing by Miriam Holt",
    "related_title": "More from Markets",
    "related": [("Gulf sovereign funds raise stakes in Istanbul-listed lenders", "/markets/gulf-funds-istanbul-lenders/"),
                ("Egypt's pound steady ahead of IMF review", "/markets/egypt-pound-imf-review/"),
                ("Brent edges higher on supply worries", "/markets/brent-supply-worries/")],
    "most_read": ["Oil tanker traffic resumes in Red Sea corridor", "Cyprus gas field partners sign export deal",
                  "Istanbul airport passenger traffic hits record"],
})

_CB_B = _mk(_paper, {
    "url": "https://www.istanbulledger.example/economy/2026/03/12/central-bank-surprises-with-larger-cut",
    "home": "https://www.istanbulledger.example", "site": "The Istanbul Ledger", "handle": "IstanbulLedger",
    "headline": "Central bank surprises with larger cut as inflation cools",
    "dek": "Borrowing costs fall by a point and a half, but governor's team signals no rush; industry says loans are still too dear",
    "authors": ["Selin Ergüven"], "section": "Economy", "kicker": "Monetary policy",
    "published": "2026-03-12T19:40:00+03:00", "modified": "2026-03-12T21:05:00+03:00",
    "visible_date": "12 March 2026, 19:40 &middot; last updated 21:05",
    "tags": ["Central Bank", "Inflation", "Interest rates", "Economy"], "img": "ledger-cbrt",
    "lead_fig": ("https://www.istanbulledger.example/img/2026/03/cbrt-hq.jpg",
                 "The central bank's headquarters in Ankara's Ulus district.", "Ledger archive"),
    "bio": "Selin Ergüven is the Ledger's economy correspondent. She has covered Turkish monetary policy since 2017.",
    "body": [
        "The Central Bank of the Republic of Türkiye lowered its benchmark interest rate by 1.5 percentage points on Thursday, to 36.5 percent, in a larger-than-expected move that it said was justified by the steady slowdown in consumer prices.",
        "Most economists had expected a cut of one point. The rate-setting committee, chaired by Governor Levent Aydınlıoğlu, had lowered the one-week repo rate from 40.5 percent to 38 percent at its January meeting.",
        "In its statement the committee repeated that it would keep a tight stance \"until price stability is achieved\" and would decide the size of future steps \"prudently on a meeting-by-meeting basis.\" It also cut the overnight lending and borrowing rates, to 39.5 percent and 35 percent respectively.",
        ("ad", "article-1"),
        "Annual inflation fell to 29.4 percent in February, just under 30 percent for the first time in more than four years, from 31.1 percent in January. The bank expects it to reach 21 percent by the end of the year, a forecast many private-sector economists still regard as optimistic.",
        "Markets took the decision calmly. The lira ended the day at 43.71 against the dollar, slightly weaker than in the morning, while the Borsa Istanbul banking index closed 3.1 percent higher, outperforming the broader BIST 100, which gained 1.4 percent.",
        ("h2", "'Still crushing'"),
        "For manufacturers, the relief will take time to arrive. Oğuz Kalkavan, chairman of the Marmara Industrialists' Association, welcomed the cut but said commercial loan rates of around 45 percent remained \"crushing\" for small and medium-sized companies.",
        "\"Every step is welcome, but we are still borrowing at rates that make investment planning almost impossible,\" Kalkavan told the Ledger. \"Exporters in particular are squeezed between expensive credit and a currency that has not kept pace with costs.\"",
        "Savers, by contrast, are likely to see deposit rates edge down in coming weeks. Several large lenders trimmed their headline three-month deposit offers within hours of the announcement, according to bank websites checked by the Ledger on Thursday evening.",
        "Burak Sevinç, chief economist at Galata Yatırım, said the bank appeared to be \"front-loading a little\" while inflation expectations were moving in the right direction. \"They want to keep the real rate positive but not punishingly so,\" he said, adding that he expected the policy rate to fall to 31 percent by December.",
        ("fig", "https://www.istanbulledger.example/img/2026/03/market-kadikoy.jpg",
         "Shoppers at a street market in Istanbul's Kadıköy district. Food prices remain a key risk to the disinflation path, the central bank says.",
         "Photo: Emre Dağlı"),
        ("h2", "Governor's caution"),
        "Aydınlıoğlu, who took over at the central bank last year, has tried to cultivate a reputation for predictability after years of abrupt policy swings. Presenting the bank's Inflation Report last month he said that \"we will not declare victory early,\" a phrase that economists have quoted often since.",
        "Deputy Governor Ayşe Nihan Köprülü, who oversees markets operations, said in a speech in Izmir last week that the bank would use \"all tools\" if the disinflation trend stalled, including macroprudential measures on lending.",
        "The committee meets next on April 16. The Inflation Report, which contains the bank's updated forecasts, is due in May.",
    ],
    "related_title": "More on the economy",
    "related": [("Rents in Istanbul: why the squeeze persists", "/economy/2026/03/rents-istanbul-squeeze"),
                ("Opinion: The long road back to single digits", "/opinion/2026/03/long-road-single-digits"),
                ("Tourism bookings for spring run ahead of last year", "/economy/2026/03/tourism-spring-bookings")],
})

_CB_C = _mk(_broadcast, {
    "url": "https://www.mbn.example/business/central-bank-lowers-policy-rate-to-36-5-percent-48213",
    "home": "https://www.mbn.example", "site": "Marmara Broadcasting Network", "handle": "MBNnews",
    "headline": "Central bank lowers policy rate to 36.5 percent",
    "dek": "The bank cut its key rate by 150 basis points, citing a slowdown in inflation.",
    "authors": ["Kerem Balcı"], "section": "Business",
    "published": "2026-03-12T16:20:00+03:00", "modified": "2026-03-12T16:48:00+03:00",
    "meta_dates": False,
    "visible_date": "12.03.2026 16:20",
    "tags": ["economy", "central bank"], "img": "mbn-cbrt",
    "video": ("Central bank cuts rates: what it means for your loan", "Our economy editor explains the decision in two minutes."),
    "body": [
        "The Central Bank of the Republic of Türkiye (CBRT) lowered its policy rate by 150 basis points on Wednesday, bringing the one-week repo rate down to 36.5 percent from 38 percent.",
        "The bank's Monetary Policy Committee said the main trend of inflation continued to decline and that the tight stance would be maintained until price stability was achieved.",
        "Market expectations had pointed to a smaller cut of 100 basis points. The lira traded at around 43.7 to the dollar in the afternoon, little changed on the day.",
        ("ad", "mid"),
        "The decision is the second cut of the year. In January, the bank lowered its rate by 250 basis points.",
        "In its statement, the committee said leading indicators pointed to a continued decline in the underlying trend of inflation in February, but warned that food and energy prices remained a risk to the outlook.",
        "The bank has been gradually lowering borrowing costs since last summer, after raising its policy rate to a peak of 50 percent in 2024 to fight inflation that at one point exceeded 75 percent.",
        "Annual inflation stood at 29.4 percent in February, according to the Turkish Statistical Institute (TurkStat). The central bank forecasts that it will fall to 21 percent by the end of 2026.",
        "Governor Levent Aydınoğlu is scheduled to address parliament's Planning and Budget Committee later this month, where lawmakers are expected to question him about the pace of rate cuts and the bank's reserves.",
        ("h2", "What economists say"),
        "Clara Whitmore, an emerging-markets strategist at Northbridge Capital in London, told MBN that the move showed the bank was confident in the disinflation process. \"The statement remains hawkish enough to reassure investors,\" she said, adding that foreign inflows into lira assets were likely to continue as long as real interest rates remained clearly positive.",
        "Istanbul-based economist Burak Sevinç said the central bank was trying to strike a balance. \"They do not want to be seen as moving too fast, but they also see that inflation is falling,\" he said.",
        ("h2", "What it means for borrowers"),
        "Loan and credit card rates are expected to fall gradually. Banks usually adjust their consumer loan pricing within a few weeks of a policy change, though analysts say the effect on housing loans will be limited as long as macroprudential rules remain in place.",
        "In Istanbul's Kadıköy district, shopkeeper Hüseyin Tekin said he had not yet felt any relief. \"Prices are rising more slowly, yes, but they are still rising. My suppliers changed their price lists again this month,\" he told MBN.",
        "Retired teacher Nermin Akbulut said she was more worried about the return on her savings. \"If the bank cuts rates, my deposit earns less. For people like us, that matters,\" she said.",
        "Business groups welcomed the move. The Marmara Industrialists' Association said in a written statement that the cut was \"a step in the right direction\" but that companies were still facing very high financing costs.",
        "The committee will hold its next meeting on April 16.",
    ],
    "related_title": "More business news",
    "related": [("Fuel prices: new adjustment at the pump", "/business/fuel-prices-adjustment-48190"),
                ("Minimum wage debate returns to parliament", "/business/minimum-wage-debate-48177")],
    "most_read": ["Snow closes mountain passes in the east", "Ferry timetable changes on the Bosphorus",
                  "Football: derby ends in stalemate"],
})

_CB_D = _mk(_trade, {
    "url": "https://www.emmonitor.example/analysis/turkey-cbrt-picks-up-the-pace/",
    "home": "https://www.emmonitor.example", "site": "Emerging Markets Monitor", "handle": "EMMonitor",
    "headline": "Turkey: CBRT picks up the pace, but the guidance has not moved",
    "dek": "A bigger-than-expected cut keeps real rates firmly positive. We bring forward our easing path.",
    "authors": ["Martin Oyelaran"], "role": "Senior EM economist", "section": "Analysis",
    "published": None, "reading": "6 min read",
    "visible_date": "13 March 2026",
    "tags": ["Turkey", "CEEMEA", "Rates", "FX"], "img": "em-turkey",
    "box": ("Key numbers", [
        "One-week repo rate: 36.50% (previous 38.00%)",
        "Overnight lending rate: 39.50% (previous 41.00%)",
        "Overnight borrowing rate: 35.00% (previous 36.50%)",
        "CPI, February: 29.4% y/y",
        "Next MPC meeting: 16 April",
    ]),
    "body": [
        "The Central Bank of the Republic of Turkiye delivered a 175 basis-point cut to its one-week repo rate on Thursday, taking it to 36.5%. The consensus, and our own call, had been for 100 basis points. Yet the statement that came with the decision was almost word for word the one published after January's 250 basis-point move, and that matters more for the outlook than the size of the step.",
        "The key lines survive intact: the tight stance will be maintained \"until price stability is achieved\", and the size of steps will be reviewed \"prudently on a meeting-by-meeting basis\". There is no hint of a pre-set path. We read the decision as opportunistic rather than a change of regime: the bank is taking advantage of a good February print while it can.",
        ("h2", "Why now"),
        "Headline inflation fell to 29.4% y/y in February from 31.1% in January, with core goods disinflation doing most of the work. Services inflation remains sticky, with rents still running above 60% y/y, but the monthly seasonally adjusted trend has come down for four months in a row.",
        "With the policy rate now at 36.5%, the ex-post real rate is just over 7 points. Measured against 12-month-ahead inflation expectations in the bank's own survey of market participants, which stood at 22.8% in March, the ex-ante real rate is close to 14 points. That leaves plenty of cushion, which is presumably why the committee felt comfortable moving faster than the market had priced.",
        "Deputy Governor Ayşe Köprülü told investors on a call on Friday morning that the bank was \"not on autopilot\" and that the decision reflected data, not a timetable. We take that at face value.",
        ("ad", "in-content"),
        ("h2", "Market reaction"),
        "The lira barely moved. USD/TRY ended the day around 43.7, in line with the managed crawl of recent months. Local bonds rallied: the two-year benchmark yield fell by roughly 60 basis points on the day. Non-resident holdings of lira government bonds rose by $1.9bn in the week to March 6, according to the latest weekly data, and we expect inflows to continue.",
        "Clara Whitmore of Northbridge Capital summed up the prevailing view among London-based investors: \"As long as real rates stay clearly positive, the carry trade remains attractive.\"",
        ("h2", "Our forecasts"),
        "We now expect the policy rate to reach 33% by end-June and 30% by end-2026, from 31.5% previously for year-end. Our inflation forecast is unchanged at 24% for December, above the bank's 21%. The interim target of 16% looks out of reach this year.",
        "The main risks are on the food side and from energy prices; the bank flagged both. A second risk is political: the closer the easing cycle gets to the next general election, the more the market will question the bank's independence. For now, Governor Levent Aydinoglu's team has earned the benefit of the doubt.",
        "The next meeting is on 16 April. A pause is unlikely; a 100 to 150 basis-point cut is our base case.",
    ],
    "related_title": "Further reading",
    "related": [("Egypt: the float, one year on", "/analysis/egypt-float-one-year-on/"),
                ("GCC: dollar pegs and the Fed's slow easing", "/analysis/gcc-pegs-fed-easing/"),
                ("South Africa: SARB holds, hawks in charge", "/analysis/sarb-holds/")],
})

STORY_1 = _story("cb-IF1", "central bank", "2026-03-14",
                 [_CB_A, _CB_B, _CB_C, _CB_D],
                 [("day of the rate decision", r"\bthursday\b", r"\bwednesday\b"),
                  ("size of the rate cut", r"\b150\b", r"\b175\b"),
                  ("governor's surname", r"aydınoğlu|aydinoglu", r"aydınlıoğlu|aydinlioglu")])


# ====================================================================
# Story 2 -- el-IF2: Karaçamlı mayoral by-election, Sunday 1 March 2026
# ====================================================================

_EL_A = _mk(_live, {
    "url": "https://www.crescent24.example/live/karacamli-by-election-results-live-2026-03-01",
    "home": "https://www.crescent24.example", "site": "Crescent24", "handle": "Crescent24",
    "headline": "Karaçamlı by-election: opposition's Akçaoğlu wins, unofficial results show &ndash; as it happened",
    "dek": "Voters in the Manisa district chose a new mayor after the death of Necati Öztaşkın. Follow our live coverage of the count.",
    "authors": ["Burcu Yazıcı", "Okan Demirel"], "section": "Politics",
    "published": "2026-03-01T16:55:00+03:00", "modified": "2026-03-01T22:48:00+03:00",
    "visible_date": "Sunday 1 March 2026, last update 22:48",
    "tags": ["Elections", "Manisa", "CHP", "AK Party"], "img": "karacamli-count",
    "key_points": [
        "Zeynep Akçaoğlu of the main opposition CHP wins the Karaçamlı mayoral by-election with 51.8% on unofficial results",
        "The ruling AK Party's candidate, Murat Demirsoy, is second with 41.3% and has conceded",
        "Turnout was 74.6%, down from the 2024 local elections",
    ],
    "entries": [
        ("22:48", "Akçaoğlu: 'A message to Ankara'", [
            "Addressing supporters from a balcony above the CHP's district office, Zeynep Akçaoğlu thanked voters and promised to be the mayor of everyone in the district, including those who did not vote for her.",
            "\"Karaçamlı has sent a message to Ankara tonight: people want services, not slogans,\" she said, to cheers from a crowd of several hundred people waving party flags and pictures of the late mayor.",
            "That is where we will wrap up our live coverage for tonight. Thank you for following.",
        ]),
        ("22:31", "All ballot boxes counted", [
            "With all 214 ballot boxes counted, unofficial results show:",
            ("list", ["Zeynep Akçaoğlu (CHP): 31,406 votes, 51.8%",
                      "Murat Demirsoy (AK Party): 25,040 votes, 41.3%",
                      "Yusuf Karabey (İYİ Party): 2,546 votes, 4.2%",
                      "Hatice Eren (independent): 1,638 votes, 2.7%"]),
            "Akçaoğlu's margin is 10.5 percentage points, or 6,366 votes. The results will become official once the district election board has dealt with any objections.",
        ]),
        ("22:05", "Demirsoy concedes", [
            "Murat Demirsoy, a former deputy mayor of Karaçamlı, has conceded defeat in a short statement at his campaign office.",
            "\"I congratulate my rival and wish her success. The people have spoken and we respect their decision,\" he told reporters, adding that his party would \"learn the lessons\" of the vote.",
        ]),
        ("20:45", "AK Party: 'Too early to comment'", [
            "Serdar Uysal, the AK Party's provincial chairman in Manisa, tells reporters at the party's district office that it is \"too early to comment\" and that the party will wait for the final count. Around him, campaign staff are watching the numbers on a television screen in silence.",
            "At the CHP building across the square, the mood is very different: supporters have started to gather outside, and someone has brought a drum.",
        ]),
        ("21:10", "98% counted", [
            "With 98% of ballot boxes opened, Akçaoğlu's lead has widened slightly: she has 51.5% against 41.6% for Demirsoy.",
        ]),
        ("20:20", "Turnout lower than in 2024", [
            "The district election board says turnout was 74.6%. In the March 2024 local elections, 79.3% of registered voters in Karaçamlı cast a ballot.",
            "Party officials on both sides had worried that a cold, wet day would keep older voters at home in the villages.",
        ]),
        ("19:40", "Akçaoğlu pulls ahead", [
            "With 92% of ballot boxes counted, Akçaoğlu is on 50.9% and Demirsoy on 42.2%, according to the count relayed by the state news agency.",
            ("ad", "live-2"),
        ]),
        ("18:15", "First results: a close start", [
            "The first ballot boxes to be opened came mostly from villages in the north of the district, and the early count favours the AK Party. With 31% of boxes counted, Demirsoy has 47.8% and Akçaoğlu 46.1%.",
            "Both camps are urging caution: the town centre, where the CHP has traditionally been strong, is usually counted later.",
        ]),
        ("17:00", "Polls close", [
            "Voting has ended in Karaçamlı. Polls were open from 8 a.m. to 5 p.m. (0500-1400 GMT). Some 83,180 voters were registered to cast ballots at 214 ballot boxes.",
            "A ban on publishing results is in force until 6 p.m.; after that, we will bring you the count as it comes in.",
        ]),
        ("16:55", None, [
            "Welcome to our live coverage of the mayoral by-election in Karaçamlı, a district of about 110,000 people in the western province of Manisa.",
            "The vote was called after the death in November of Necati Öztaşkın of the Republican People's Party (CHP), who won the district in 2024 with 46.7% of the vote. Four candidates are on the ballot.",
        ]),
    ],
    "related_title": "Related coverage",
    "related": [("Explainer: how by-elections work in Turkey", "/explainers/turkey-by-elections"),
                ("Manisa's olive growers face a dry spring", "/business/manisa-olive-growers-dry-spring")],
})

_EL_B = _mk(_wire, {
    "url": "https://www.bosphoruswire.example/politics/turkey-opposition-wins-karacamli-mayoral-by-election-2026-03-01/",
    "home": "https://www.bosphoruswire.example", "site": "Bosphorus Wire Service", "handle": "BosphorusWire",
    "headline": "Turkish opposition wins mayoral by-election in western district",
    "dek": "CHP candidate takes 51.8% in Karaçamlı, holding a seat the party won in 2024",
    "authors": ["Aslı Korkmaz"], "section": "Politics",
    "published": "2026-03-01T23:15:00+03:00", "modified": "2026-03-02T08:40:00+03:00",
    "visible_date": "March 1, 2026 11:15 PM GMT+3 &middot; Updated March 2, 2026",
    "tags": ["Turkey", "Elections", "Politics"], "img": "karacamli-win",
    "body": [
        "KARAÇAMLI, Turkey, March 1 (BWS) - Turkey's main opposition Republican People's Party (CHP) held on to the mayoralty of Karaçamlı, a mainly agricultural district in the western province of Manisa, in a by-election on Sunday, unofficial results showed.",
        "CHP candidate Zeynep Nur Akçaoğlu, a 44-year-old architect and former municipal councillor, won 51.8% of the vote, or 31,406 votes, according to the full unofficial count. Murat Demirsoy of the ruling AK Party, a former deputy mayor of the district, took 41.3%.",
        "The nationalist İYİ Party's Yusuf Karabey won 4.2% and independent Hatice Eren 2.7%. Turnout was 74.6%, the district election board said.",
        ("ad", "inline-1"),
        "The by-election was called after the death in November of mayor Necati Öztaşkın, who had won the district for the CHP in the March 2024 local elections with 46.7% of the vote, part of a nationwide opposition sweep of big cities and many smaller towns.",
        "Although Karaçamlı is small, both parties campaigned hard. Several cabinet ministers visited the district in February, while the CHP sent senior lawmakers to knock on doors in the town centre.",
        "\"Karaçamlı has sent a message to Ankara tonight: people want services, not slogans,\" Akçaoğlu told supporters at her party's district office late on Sunday.",
        "Demirsoy conceded shortly after 10 p.m. and congratulated his rival. \"The people have spoken and we respect their decision,\" he said.",
        "Early results from rural ballot boxes had shown Demirsoy narrowly ahead, but Akçaoğlu took the lead as votes from the town centre, where the CHP has traditionally been strong, were counted.",
        "Serdar Uysal, the AK Party's provincial chairman in Manisa, said the party would work constructively with the new mayor. The AK Party and its nationalist ally hold a majority on the district's municipal council, which approves the budget and major projects, meaning Akçaoğlu will need some of their votes.",
        ("h2", "Local issues"),
        "The campaign focused largely on local issues: water shortages in summer, the future of a closed olive oil processing plant, and a long-delayed ring road. Akçaoğlu promised to reopen the plant as a cooperative; Demirsoy argued that only a mayor working closely with the central government could secure funding for the road.",
        "Analysts cautioned against reading too much into a single district vote. \"Turnout was lower than in 2024 and the CHP's share went up, which suggests the AK Party had more trouble mobilising its voters than the opposition,\" said Levent Güngör, a political analyst at the Ankara-based polling firm Kuşbakışı Research. \"But this is a place the CHP already held.\"",
        "Objections to the count can be filed with the district election board until Tuesday. The Supreme Election Council (YSK) is expected to confirm the result once that period has passed, after which Akçaoğlu will receive her certificate of election and take office.",
        "Turkey's next general election is due in 2028.",
    ],
    "credits": "Reporting by Aslı Korkmaz; Editing by Miriam Holt",
    "related_title": "More from Politics",
    "related": [("Parliament debates judicial reform package", "/politics/parliament-judicial-reform-package/"),
                ("Lebanon's cabinet approves budget draft", "/politics/lebanon-cabinet-budget-draft/")],
    "most_read": ["Istanbul metro line opening delayed again", "Qatar LNG deal with Asian buyers",
                  "Gaziantep pistachio harvest outlook"],
})

_EL_C = _mk(_regional, {
    "url": "https://www.egepost.example/en/manisa/karacamli-chooses-akcaoglu-7731.html",
    "home": "https://www.egepost.example", "site": "Ege Postası English", "handle": "egepostasi",
    "tagline": "News from Izmir, Manisa and the Aegean",
    "headline": "Karaçamlı chooses Akçaoğlu: 'I will be the mayor of all'",
    "dek": "The CHP candidate won Sunday's by-election. Now the olive plant, the water and the ring road await her.",
    "authors": ["Mehmet Ali Sarı"], "section": "Manisa",
    "published": None, "jsonld": None,
    "visible_date": "Updated 5 hours ago",
    "lead_fig": ("https://www.egepost.example/photos/2026/akcaoglu-balcony.jpg",
                 "Zeynep N. Akçaoğlu greets supporters in Cumhuriyet Square on Sunday night.", "Ege Postası / Hasan Kurt"),
    "widget": '<div class="widget prayer-times"><h4>Manisa today</h4><p>Pharmacies on duty: see list</p><p>Road works: Salihli road, lane closure</p></div>',
    "body": [
        "Karaçamlı has a new mayor. Zeynep N. Akçaoğlu of the Republican People's Party (CHP) won Sunday's by-election with 34,106 votes, or 51.8 percent, according to unofficial results, beating the AK Party's Murat Demirsoy, who received 41.3 percent.",
        "The celebrations in Cumhuriyet Square went on until well after midnight. Drivers honked their horns along Atatürk Avenue and supporters set off fireworks near the clock tower, while the candidate herself, wearing the red scarf she had worn throughout the campaign, thanked voters from the balcony of the party building.",
        "\"I will be the mayor of all 83,000 voters of Karaçamlı, not only of those who voted for me,\" Akçaoğlu said. \"Tomorrow morning we start work.\"",
        "\"Karaçamlı has sent a message to Ankara tonight: people want services, not slogans,\" said Erdal Tezcan, the CHP's Manisa provincial chairman, who stood beside her on the balcony.",
        ("ad", "article"),
        ("h2", "Town and villages"),
        "The result followed a familiar pattern. Akçaoğlu won comfortably in the town centre and in the larger neighbourhoods, where turnout was higher than the district average; in Yeniköy, one of the biggest neighbourhoods, 79 percent of voters went to the polls. Demirsoy, a former deputy mayor, did better in the olive-growing villages in the north, where the AK Party has long been strong.",
        "District-wide turnout was 74.6 percent, below the 79.3 percent recorded in the 2024 local elections. Several villages reported that rain and a cold wind had kept elderly voters at home.",
        "Serdar Uysal, the AK Party's Manisa provincial chairman, said his party had \"done its best in a short campaign\" and would continue to serve the people of Karaçamlı through its councillors. The AK Party holds a majority on the municipal council, which means the new mayor will need its support to pass a budget.",
        ("h2", "The to-do list"),
        "Akçaoğlu, an architect who served two terms on the municipal council, takes over a district with familiar problems. Last summer several neighbourhoods had no running water for days at a time. The olive oil processing plant on the Salihli road, which employed about 140 people, has been closed since 2023. And the ring road, promised by successive governments, still exists mostly on paper.",
        "Her first promise is to reopen the plant as a producers' cooperative. \"Our farmers are selling their olives to traders from outside at whatever price they are offered,\" she said during the campaign. \"That money should stay in Karaçamlı.\"",
        "Farmer Ramazan Oktay, 61, who voted in the village of Dereköy, said he did not care much about parties. \"Whoever wins, we want water for the orchards and a fair price for the olives,\" he said.",
        "Objections can be made to the district election board until March 3. After the board completes its work, Akçaoğlu will receive her mandate and take the oath of office. The previous mayor, Necati Öztaşkın, died of a heart attack in November at the age of 63.",
    ],
    "related": [("Manisa: new bus routes from April", "/en/manisa/new-bus-routes-7719.html"),
                ("Salihli grape growers count frost damage", "/en/salihli/frost-damage-7702.html"),
                ("Akhisar: school renovation completed", "/en/akhisar/school-renovation-7698.html")],
})

_EL_D = _mk(_paper, {
    "url": "https://www.istanbulledger.example/politics/2026/03/02/karacamli-result-what-it-means",
    "home": "https://www.istanbulledger.example", "site": "The Istanbul Ledger", "handle": "IstanbulLedger",
    "headline": "Small district, big signal? What Karaçamlı's vote tells us",
    "dek": "The opposition held a seat it already had, but with a larger share. Both parties are drawing their own lessons.",
    "authors": ["Orhan Keskinler"], "section": "Politics", "kicker": "Analysis",
    "published": "2026-03-02T18:30:00+03:00", "modified": "2026-03-02T18:30:00+03:00",
    "visible_date": "2 March 2026, 18:30",
    "tags": ["Politics", "Elections", "CHP", "AK Party"], "img": "karacamli-analysis",
    "lead_fig": ("https://www.istanbulledger.example/img/2026/03/karacamli-square.jpg",
                 "CHP supporters celebrate in Karaçamlı on Sunday night.", "Ledger / Ece Toprak"),
    "bio": "Orhan Keskinler is the Ledger's political editor.",
    "body": [
        "When the last ballot box in Karaçamlı was opened late on Sunday, the headline was not a surprise: the Republican People's Party (CHP), which had run the district since 2024, would keep it. The more interesting number was the size of the win.",
        "Zeynep Nur Akçaoğlu took 51.8 percent of the vote, nearly 52 percent, against 41.3 percent for Murat Demirsoy, the ruling AK Party candidate and a former district governor. Her margin of about ten points compares with a gap of just under six points in 2024, when the late mayor Necati Öztaşkın won with 46.7 percent.",
        "In raw numbers, Akçaoğlu received 31,406 votes out of roughly 60,600 valid ballots, according to the unofficial count.",
        ("ad", "article-1"),
        ("h2", "Turnout is the story"),
        "Turnout fell to 74.6 percent from 79.3 percent two years ago. Prof. Gülay Ersoy of the Aegean Institute for Social Research in Izmir said the drop appeared to have hurt the ruling party more. \"In the villages, where the AK Party is strong, participation fell noticeably. In the town centre it held up,\" she said. \"That is a sign of fatigue among government voters with the cost of living, more than enthusiasm for the opposition.\"",
        "AK Party officials offered a different reading. Ali Rıza Kocabaş, a deputy chairman of the party responsible for local administrations, said the by-election had been \"shaped by sympathy for the late mayor and by local issues,\" and should not be read as a national verdict. \"We increased our vote in several villages,\" he told the Ledger by phone on Monday.",
        "The CHP, for its part, was quick to present the result as part of a trend. In a statement on Monday the party's headquarters said voters had \"once again chosen the party that delivers in local government,\" and pointed to its wins in the 2024 local elections, when it came first nationally for the first time in decades.",
        ("h2", "Local first"),
        "Those who know the district caution against grand conclusions. Karaçamlı's campaign revolved around water, a closed olive oil plant and a ring road, not national politics. Akçaoğlu, an architect, ran on her record as a municipal councillor and kept party leaders largely out of her posters. Demirsoy, who stressed his links to Ankara, promised to unlock central government funds.",
        "\"It was a referendum on who could fix the water,\" said Levent Güngör of Kuşbakışı Research, whose firm polled the district in February and found Akçaoğlu ahead by eight points. \"National issues mattered, but mostly through the price of bread and diesel.\"",
        "Still, both parties will look carefully at the figures. With the next general election due in 2028 and no national vote scheduled before then, by-elections and local contests are among the few real tests of opinion available.",
        "The result will become official once the objection period ends and the Supreme Election Council confirms it. Akçaoğlu is expected to take office later this week.",
    ],
    "related_title": "More on politics",
    "related": [("Opinion: The opposition's municipal model is under strain", "/opinion/2026/02/opposition-municipal-model"),
                ("Parliament begins debate on judicial package", "/politics/2026/03/judicial-package-debate")],
})

STORY_2 = _story("el-IF2", "election", "2026-03-04",
                 [_EL_A, _EL_B, _EL_C, _EL_D],
                 [("winner's vote count", r"\b31,406\b", r"\b34,106\b"),
                  ("runner-up's former post", r"deputy mayor", r"district governor"),
                  ("speaker of the 'message to Ankara' quote", r"akçaoğlu|akcaoglu", r"tezcan")])


# ====================================================================
# Story 3 -- ct-IF3 (CONTROL): Beirut appeals court and a depositor's
# "fresh dollars", Tuesday 17 February 2026
# ====================================================================

_CT_A = _mk(_wire, {
    "url": "https://www.lpa.example/en/lebanon/appeals-court-orders-bank-to-repay-depositor-in-cash-dollars-20260217",
    "home": "https://www.lpa.example", "site": "Levant Press Agency", "handle": "LPA_English",
    "headline": "Lebanese appeals court orders bank to repay depositor $1.27 million in cash dollars",
    "dek": "Ruling upholds first-instance decision against Cedar Mercantile Bank; bank says it will go to the Court of Cassation",
    "authors": ["Rami Khoury-Saade"], "section": "Lebanon",
    "published": "2026-02-17T15:42:00+02:00", "modified": "2026-02-17T17:10:00+02:00",
    "visible_date": "17/02/2026 15:42 (Beirut) &middot; updated 17:10",
    "tags": ["Lebanon", "Banks", "Depositors", "Judiciary"], "img": "beirut-courthouse",
    "body": [
        "BEIRUT, Feb 17 (LPA) - A Beirut appeals court on Tuesday upheld a ruling ordering Cedar Mercantile Bank to return $1.27 million to a depositor in cash dollars, rejecting the bank's argument that it could settle the account with a cheque or in Lebanese pounds, lawyers in the case said.",
        "The three-judge panel of the civil court of appeal also confirmed that the bank must pay annual interest of 5% on the sum from the date the lawsuit was filed in March 2023, according to a copy of the decision seen by LPA.",
        "The depositor, engineer Karim Haddad, placed the savings with the bank in 2017 after two decades working in the United Arab Emirates. His account was frozen in late 2019, when Lebanese banks imposed informal restrictions on withdrawals and transfers as the country slid into a financial collapse.",
        ("ad", "inline-1"),
        "A first-instance court in Beirut ruled in his favour in September 2025. The bank appealed, arguing that it had discharged its obligations by depositing a banker's cheque with a notary, and that forcing it to pay in banknotes would favour a handful of litigants over hundreds of thousands of other depositors.",
        "The appeals court, presided over by Judge Mireille Nakhoul, rejected both arguments. It said a cheque that cannot be cashed at its face value does not extinguish a debt, and that the bank had accepted the deposit in dollars and must return it in the same currency.",
        "\"This is a clear and reasoned decision. The court has said what the law has always said: a deposit in dollars is a debt in dollars,\" Haddad's lawyer, Nadim Sfeir, told LPA.",
        "Cedar Mercantile Bank said it respected the judiciary but would challenge the ruling before the Court of Cassation, Lebanon's highest court. It has 30 days from formal notification of the decision to do so.",
        "\"Decisions of this kind, if applied generally, would put the remaining liquidity of the banking sector in the hands of a few and threaten the rights of the majority of depositors,\" the bank's lawyer, Georges Abi Nader, said in a statement.",
        ("h2", "Hundreds of cases"),
        "Lebanese courts have issued mixed rulings in lawsuits brought by depositors since 2019. Some judges have ordered banks to pay in cash dollars; others have accepted repayment by cheque or at exchange rates far below the market rate. Sfeir said more than 200 similar cases were pending before Lebanese courts.",
        "The Lebanese pound has lost more than 95% of its value since 2019. The official rate has been set at 89,500 pounds to the dollar since early 2024.",
        "Lebanon's parliament is debating a draft law that would set out how the losses of the financial system, estimated by the government at around $70 billion, are shared between the state, the central bank, commercial banks and depositors.",
    ],
    "credits": "Reporting by Rami Khoury-Saade; Editing by Hala Mansour",
    "related_title": "Related stories",
    "related": [("Lebanon's cabinet approves 2026 budget draft", "/en/lebanon/cabinet-approves-budget-draft-20260210"),
                ("Tripoli port expansion tender launched", "/en/lebanon/tripoli-port-tender-20260212")],
    "most_read": ["Snowstorm closes Dahr al-Baidar road", "Jordan and Syria reopen cargo crossing", "Cyprus ferry link to resume"],
})

_CT_B = _mk(_paper, {
    "url": "https://www.beirutchronicle.example/news/2026/02/18/a-debt-in-dollars-is-a-debt-in-dollars",
    "home": "https://www.beirutchronicle.example", "site": "Beirut Daily Chronicle", "handle": "BeirutChronicle",
    "headline": "'A debt in dollars is a debt in dollars': depositor wins again on appeal",
    "dek": "Six years after his savings were frozen, an engineer who spent twenty years in Abu Dhabi has won a second ruling against his bank. He still has not seen a dollar.",
    "authors": ["Nour El-Amine"], "section": "Economy", "kicker": "Banking crisis",
    "published": "2026-02-18T07:00:00+02:00", "modified": "2026-02-18T11:35:00+02:00",
    "visible_date": "Wednesday 18 February 2026",
    "tags": ["Banking crisis", "Depositors", "Courts"], "img": "haddad-portrait",
    "lead_fig": ("https://www.beirutchronicle.example/media/2026/02/haddad-office.jpg",
                 "Karim Antoine Haddad in his office in Jounieh, with the file of his lawsuit.", "Chronicle / Tarek Bou Saab"),
    "bio": "Nour El-Amine covers banking and the economy for the Chronicle.",
    "body": [
        "Karim Antoine Haddad keeps the documents of his lawsuit in three blue binders on a shelf in his small engineering office in Jounieh. On Tuesday afternoon he added a new one: the ruling of the Beirut civil court of appeal, which confirmed that Cedar Mercantile Bank must return his savings of about $1.3 million in banknotes, not in pounds, not by cheque.",
        "\"I read it three times,\" said Haddad, 58. \"Then I called my wife and said: we won again. She asked me: and the money? I had no answer.\"",
        "The decision, issued by a panel of three judges headed by Judge Mireille Nakhoul, upheld a September 2025 ruling by a single judge of the Beirut court of first instance. It orders the bank to pay the full balance of his account, $1,270,000, in cash, together with 5 percent interest a year from the date he filed suit.",
        "At the official exchange rate of 89,500 pounds to the dollar, the sum is worth about 114 billion Lebanese pounds, a figure that says more about the collapse of the currency than about Haddad's fortune.",
        ("ad", "article-1"),
        ("h2", "Twenty years in the Gulf"),
        "Haddad left Lebanon in 1997 and spent twenty years in Abu Dhabi, designing cooling systems for hotels and office towers. In 2017 he came home and, like many Lebanese returning from the Gulf, placed his savings in a Lebanese bank that offered interest rates well above anything available abroad.",
        "Two years later, in the autumn of 2019, the banks closed their doors for two weeks amid mass protests. When they reopened, withdrawals of dollars were capped, then all but stopped. Haddad could take out small amounts in pounds at a fraction of the market value, and transfers abroad were refused.",
        "\"I was not a speculator. I was an engineer who worked in the sun for twenty years,\" he said. \"They took the money and then told me it was a national problem.\"",
        "His lawyer, Nadim Sfeir, filed the lawsuit in March 2023. The bank's main defence was that it had closed the account in 2021 by depositing a cheque drawn on the central bank with a notary public, a practice used by several banks to end relationships with difficult clients. Such cheques trade at a deep discount on the market.",
        "The court disagreed. A cheque that cannot be cashed at face value, it said, does not settle a debt. Sfeir described the reasoning as \"a lesson in the basics of the civil code.\" \"A debt in dollars is a debt in dollars,\" he said.",
        ("fig", "https://www.beirutchronicle.example/media/2026/02/justice-palace.jpg",
         "The Palace of Justice in Beirut, where the civil appeals chambers sit.", "Chronicle archive"),
        ("h2", "The bank's reply"),
        "In a statement, Cedar Mercantile Bank said it would appeal to the Court of Cassation and warned against \"selective justice\" that, in its view, would let a few litigants be paid in full while the majority of depositors wait for a general solution. The bank has one month from notification to lodge its appeal.",
        "Georges Abi Nader, the bank's lawyer, said the issue should be settled by parliament rather than by individual judges. \"The courts cannot create liquidity that does not exist,\" he said.",
        "The Depositors' Rights Association, which supports claimants with legal advice, says at least 240 lawsuits of this kind are pending. Its president, Samir Ghanem, called the ruling \"a victory for the principle\" but said that enforcement remained the real battle: banks have in many cases resisted seizures of their assets.",
        "For Haddad, the case has become a matter of dignity as much as money. \"My children are in Dubai now. They ask me why I don't give up,\" he said. \"I tell them: because it is ours.\"",
    ],
    "related_title": "The banking crisis",
    "related": [("Explainer: what is in the 'financial gap' bill?", "/news/2026/02/explainer-financial-gap-bill"),
                ("Opinion: Depositors cannot wait for parliament forever", "/opinion/2026/02/depositors-cannot-wait"),
                ("Central bank extends withdrawal circular for another year", "/news/2026/01/circular-extended")],
})

_CT_C = _mk(_trade, {
    "url": "https://www.gulflegalreview.example/disputes/lebanon-appeal-fresh-dollars-cedar-mercantile",
    "home": "https://www.gulflegalreview.example", "site": "Gulf Legal Review", "handle": "GulfLegalReview",
    "headline": "Lebanon: appeal court confirms 'fresh dollar' repayment order against Cedar Mercantile Bank",
    "dek": "What the Beirut ruling means for Gulf-based Lebanese expatriates pursuing claims against their banks.",
    "authors": ["Dana Al-Mutairi"], "role": "Disputes editor", "section": "Disputes",
    "published": None, "reading": "7 min read",
    "visible_date": "Thursday, 19 February 2026",
    "nav": ["News", "Disputes", "Arbitration", "Regulation", "Deals", "Moves", "Rankings"],
    "tags": ["Lebanon", "Banking", "Litigation", "Expatriates"], "img": "glr-lebanon",
    "box": ("The ruling at a glance", [
        "Court: Beirut Civil Court of Appeal (three-judge panel)",
        "Date: 17 February 2026",
        "Parties: Karim A. Haddad v Cedar Mercantile Bank SAL",
        "Amount: USD 1.27 million, in cash, plus 5% annual interest from the date of the claim",
        "First instance: Beirut Court of First Instance, September 2025",
        "Next step: appeal to the Court of Cassation, within 30 days of notification",
    ]),
    "body": [
        "The Beirut Civil Court of Appeal on 17 February confirmed a first-instance judgment ordering Cedar Mercantile Bank SAL to repay a depositor's frozen balance of USD 1.27 million in \"fresh\" dollars, meaning banknotes or a transfer that can be freely used, rather than in so-called \"lollars\", the dollars trapped in the Lebanese banking system since 2019.",
        "The decision is not the first of its kind, but it is one of the clearest appellate rulings in favour of a depositor, and it is likely to be cited by the thousands of Lebanese professionals in the Gulf who still have savings blocked at home.",
        ("h2", "The facts"),
        "The claimant, Karim A. Haddad, is a Lebanese engineer who worked in Abu Dhabi for two decades before returning to Lebanon in 2017. That year he deposited his savings with Cedar Mercantile. After October 2019, when banks introduced informal capital controls, he was unable to withdraw or transfer the funds.",
        "In 2021, the bank unilaterally closed the account and deposited a cheque for the balance with a notary. Haddad refused it and sued in March 2023. The Beirut Court of First Instance ruled in his favour in September 2025.",
        ("ad", "in-content"),
        ("h2", "The reasoning"),
        "On appeal, the bank raised two main arguments: first, that depositing a cheque with a notary discharged its obligation; second, that ordering payment in cash would breach the principle of equality among creditors at a time of systemic crisis.",
        "The court, presided over by Judge Mireille Nakhoul, rejected both. On the first point it held that payment must put the creditor in possession of the very thing owed; a cheque that cannot be cashed at its nominal value does not do so. On the second, it held that no statute currently in force suspends the bank's obligations or establishes a collective procedure, so the ordinary rules of contract apply.",
        "The court also confirmed interest at 5% a year from the date of the claim.",
        "Nadim Sfeir, counsel for Haddad, told Gulf Legal Review that the judgment was \"clear and reasoned\" and restated a basic principle: a deposit made in dollars creates a debt in dollars.",
        ("h2", "What happens next"),
        "Cedar Mercantile has said it will take the case to the Court of Cassation. Under Lebanese procedure it has 30 days from notification of the judgment to file. An appeal to the Cassation court does not, in principle, suspend enforcement, though the bank may ask the court to stay it.",
        "Enforcement is where many depositors' victories have stalled. Attempts to seize bank assets in Lebanon have met resistance, and some claimants have turned to courts abroad. Lawyers in Dubai and Riyadh told GLR they have seen renewed interest from Lebanese clients in recent weeks.",
        "\"For a Gulf-based depositor, the calculation is simple: a Lebanese judgment is worth what you can enforce,\" said Farid Zein, a Dubai-based disputes partner at Zein Haddad Legal, which is not related to the claimant. \"This ruling helps, but it is not a cheque.\"",
        "Estimates of how many similar cases are pending vary. The claimant's lawyer puts the number at more than 200; the Depositors' Rights Association in Beirut counts at least 240.",
        "Parliament is still considering a law on the distribution of the financial sector's losses. Its adoption could change the legal landscape for claims of this kind.",
    ],
    "related_title": "Related",
    "related": [("Saudi Arabia: new rules on enforcement of foreign judgments", "/regulation/ksa-foreign-judgments"),
                ("DIFC Courts issue record number of judgments in 2025", "/disputes/difc-courts-record-2025")],
})

STORY_3 = _story("ct-IF3", "court", "2026-02-20", [_CT_A, _CT_B, _CT_C], [])


# ====================================================================
# Story 4 -- tr-IF4 (CONTROL): Turkey's February 2026 trade figures,
# announced Wednesday 4 March 2026
# ====================================================================

_TR_A = _mk(_wire, {
    "url": "https://www.tbw.example/economy/turkey-february-exports-rise-6-8-pct-trade-deficit-narrows",
    "home": "https://www.tbw.example", "site": "Türkiye Business Wire", "handle": "TBWire",
    "headline": "Turkey's February exports rise 6.8%, trade deficit narrows to $6.68 billion",
    "dek": "Preliminary ministry data show record February exports of $21.93 billion; imports up 3.2%",
    "authors": ["Gökhan Yurttaş"], "section": "Economy",
    "published": "2026-03-04T11:58:00+03:00", "modified": "2026-03-04T13:20:00+03:00",
    "visible_date": "04 Mar 2026, 11:58 TSİ",
    "tags": ["Trade", "Exports", "Current account"], "img": "mersin-port",
    "body": [
        "ANKARA, March 4 (TBW) - Turkey's exports rose 6.8% year-on-year in February to $21.93 billion, the highest ever for the month, while imports increased 3.2% to $28.61 billion, preliminary figures from the Trade Ministry showed on Wednesday.",
        "The foreign trade deficit narrowed 7.1% from a year earlier to $6.68 billion, Trade Minister Nilüfer Sezgin told a news conference in Ankara. In February 2025, exports had stood at $20.53 billion and the deficit at $7.19 billion.",
        "The ratio of exports to imports, known as the coverage ratio, rose to 76.7% from 74.1% a year earlier.",
        ("ad", "inline-1"),
        "Energy imports fell 8.4% to $5.2 billion as oil prices remained lower than a year ago, Sezgin said, while gold imports came in at $1.4 billion. Imports excluding energy and gold, which economists watch as a gauge of domestic demand, rose 5.1%.",
        "\"Despite weak demand in our main markets in Europe, our exporters achieved the highest February export figure in the history of the Republic,\" Sezgin said. She said the rise of the euro against the dollar had added about $410 million to exports during the month.",
        "The automotive industry was again the biggest exporting sector, with shipments of $3.46 billion, up 9.2%, according to separate data from the Turkish Exporters Assembly (TİM). Germany remained the largest single market, followed by Britain, the United States and Iraq.",
        "Chemicals and steel also posted gains, while textile and apparel exports declined again, extending a slide that industry groups blame on high labour costs and competition from Asian producers. Sezgin said exports to Gulf countries had grown faster than the total, with Saudi Arabia and the United Arab Emirates among the best-performing markets.",
        "The data are preliminary and are compiled by the ministry from customs declarations. They usually differ only marginally from the final figures.",
        ("h2", "Targets"),
        "Exports in the first two months of the year totalled $42.05 billion. January exports were revised slightly to $20.12 billion. Over the past 12 months, exports reached $276.4 billion, against a government target of $287 billion for the whole of 2026.",
        "TİM Chairman Halil Erdemgil said the headline numbers masked pressure on margins. \"Our exporters are selling more but earning less,\" he said, pointing to a strong lira in real terms and high borrowing costs.",
        "Economists said the narrower deficit should help the current account, which the central bank will publish for January later this month. \"The energy bill is doing a lot of the work here. Core imports are still growing, so domestic demand has not cooled as much as the headline suggests,\" said Elif Sönmezer, an economist at Karataş Securities in Istanbul.",
        "The Turkish Statistical Institute (TurkStat) will publish its final February trade data, which may differ slightly from the ministry's preliminary figures, on March 31.",
    ],
    "credits": "Reporting by Gökhan Yurttaş; Editing by Pınar Ulusoy",
    "related_title": "Related",
    "related": [("Turkey's industrial production: what to expect", "/economy/industrial-production-preview"),
                ("Container volumes at Mersin port climb", "/economy/mersin-container-volumes")],
    "most_read": ["Istanbul new airport runway works start", "Tourism revenues: winter season review", "Lira steady ahead of rate meeting"],
})

_TR_B = _mk(_broadcast, {
    "url": "https://www.mbn.example/business/exports-reach-record-for-february-48102",
    "home": "https://www.mbn.example", "site": "Marmara Broadcasting Network", "handle": "MBNnews",
    "headline": "Exports reach a record for February",
    "dek": "Exports rose to nearly $22 billion last month, the trade minister said.",
    "authors": ["Nazlı Uçar"], "section": "Business",
    "published": None, "jsonld": None,
    "visible_date": "Updated 3 hours ago",
    "tags": ["economy", "exports"], "img": "mbn-exports",
    "video": ("Minister Sezgin announces February trade figures", "Watch the trade minister's statement in Ankara."),
    "body": [
        "Turkey's exports reached nearly $22 billion in February, the highest level ever recorded for the month, Minister of Trade Nilüfer Sezgin announced in Ankara on Wednesday.",
        "Exports rose by almost 7 percent compared with the same month last year, while imports increased by 3.2 percent to about $28.6 billion. The foreign trade deficit narrowed to around $6.7 billion.",
        "Speaking at a news conference that began at 11:30 a.m., the minister said falling energy prices had reduced the country's import bill, and that exporters had shown resilience despite sluggish demand in Europe.",
        ("ad", "mid"),
        "\"Our exporters achieved the highest February export figure in the history of the Republic,\" Sezgin said.",
        "The minister said the strengthening of the euro against the dollar had a positive effect of roughly $400 million on exports, because a large share of Turkish sales to Europe are priced in euros but reported in dollars.",
        ("h2", "Exporters: costs are rising"),
        "Halil İ. Erdemgil, chairman of the Turkish Exporters Assembly (TİM), welcomed the figures but warned that many companies, particularly in labour-intensive sectors such as textiles and furniture, were struggling.",
        "\"Our exporters are selling more but earning less. Financing costs are still very high and our costs in lira are rising faster than the exchange rate,\" he said. Erdemgil added that by the assembly's own calculation the parity effect was closer to $450 million.",
        "The automotive sector remained the top exporter in February. Germany was again the largest market for Turkish goods.",
        "Lower energy prices helped to contain the import bill. Energy imports fell to $5.2 billion in February, down 8.4 percent from a year earlier, while gold imports amounted to about $1.4 billion, the minister said.",
        "In Bursa, home to many of the country's textile and automotive supply companies, exporters gave a mixed picture. \"Our orders from Germany are stable, but prices are under pressure. Buyers know they can find cheaper suppliers elsewhere,\" said Levent Okur, who runs a company making seat fabrics for carmakers. \"We are running to stand still.\"",
        "In textiles, several companies have moved production to Egypt and other countries in recent years, citing labour costs. The sector's exports fell in February, TİM data showed.",
        ("h2", "Next steps"),
        "Economists said the narrower deficit was good news for the current account. But they noted that imports excluding energy and gold rose by 5.1 percent, a sign that domestic demand remains firm despite high interest rates. \"The improvement is mostly about the price of oil,\" said Elif Sönmezer of Karataş Securities.",
        "The government aims to raise exports to $287 billion this year. In the last 12 months, the figure stood at just over $276 billion.",
        "The final February data from the Turkish Statistical Institute are due at the end of the month.",
    ],
    "related_title": "More business news",
    "related": [("Fuel prices: new adjustment at the pump", "/business/fuel-prices-adjustment-48190"),
                ("Tourism bookings up for spring", "/business/tourism-bookings-spring-48088")],
    "most_read": ["Snow closes mountain passes in the east", "Ferry timetable changes on the Bosphorus",
                  "Basketball: Istanbul derby tonight"],
})

_TR_C = _mk(_trade, {
    "url": "https://www.tradeflow-me.example/markets/turkey-february-trade-gulf-markets",
    "home": "https://www.tradeflow-me.example", "site": "TradeFlow Middle East", "handle": "TradeFlowME",
    "headline": "Turkey's February trade: Gulf markets shine as Europe stalls",
    "dek": "Sales to Saudi Arabia and the UAE grew far faster than overall exports. The parity effect flattered the headline.",
    "authors": ["Yasmin Haddadin"], "role": "Markets correspondent", "section": "Markets",
    "published": "2026-03-05T09:15:00+04:00", "modified": "2026-03-05T09:15:00+04:00",
    "visible_date": "5 March 2026",
    "reading": "5 min read",
    "nav": ["News", "Markets", "Logistics", "Policy", "Commodities", "Data", "Events"],
    "tags": ["Turkey", "GCC", "Exports", "Logistics"], "img": "tf-turkey-gulf",
    "box": ("February 2026 at a glance (preliminary)", [
        "Exports: $21.93bn (+6.8% y/y)",
        "Imports: $28.61bn (+3.2% y/y)",
        "Trade deficit: $6.68bn (Feb 2025: $7.19bn)",
        "Coverage ratio: 76.7%",
        "Energy imports: $5.2bn (-8.4% y/y)",
    ]),
    "body": [
        "Turkish exporters posted their best February on record, with shipments rising 6.8% from a year earlier to $21.93 billion, according to preliminary figures released by the Trade Ministry at a news conference in Ankara that began at 0830 GMT on Wednesday. Imports rose 3.2% to $28.61 billion, leaving a deficit of $6.68 billion.",
        "Beneath the headline, the geography of Turkish trade continues to shift. Europe remains the largest destination by far, taking 43.1% of exports in February, but growth there was modest. The stronger performers were in the Gulf.",
        ("h2", "Gulf demand"),
        "Exports to Saudi Arabia jumped 22% to $604 million, helped by construction materials, furniture and machinery for the kingdom's giga-projects. Sales to the United Arab Emirates rose 11% to $912 million, with jewellery and processed food leading the way. Together, the two markets took about 7% of Turkey's exports in the month.",
        "\"Gulf buyers like the combination of quality, speed and price. A furniture order from Riyadh can be delivered in ten days by road and sea, compared with six weeks from East Asia,\" said Caner Aksoylu, export director at a Kayseri-based furniture maker that now sells about a third of its output to Saudi Arabia.",
        ("ad", "in-content"),
        "Logistics links have improved. A roll-on/roll-off service between Mersin and the Red Sea port of Jeddah increased its frequency to twice a week in January, and Turkish truck operators have expanded transit routes through Iraq and Jordan.",
        ("h2", "The parity question"),
        "Not all the growth is real. Roughly half of Turkey's exports to Europe are invoiced in euros, and the euro's gain against the dollar inflates the dollar value of those sales. Trade Minister Nilüfer Sezgin put the parity effect at about $410 million in February; the Turkish Exporters Assembly (TİM) estimated it at around $450 million. Either way, stripping it out would leave underlying export growth at closer to 5% than 7%.",
        "TİM chairman Halil Erdemgil has repeatedly warned that margins are being squeezed by high interest rates and a currency that has appreciated in real terms. Textile and apparel exports fell again in February, and several large producers have moved capacity to Egypt.",
        ("h2", "Imports and the current account"),
        "On the import side, energy purchases fell 8.4% to $5.2 billion. Gold imports, closely watched because of their impact on the current account, were $1.4 billion. Imports excluding energy and gold rose 5.1%, a sign that domestic demand is cooling only slowly despite tight monetary policy.",
        "The government's target for 2026 is $287 billion in exports. Twelve-month rolling exports stood at $276.4 billion at the end of February.",
        "Final data from the Turkish Statistical Institute are due on 31 March. Revisions to the ministry's preliminary figures are usually small.",
    ],
    "related_title": "Further reading",
    "related": [("Jeddah port volumes rise on Red Sea normalisation", "/logistics/jeddah-port-volumes"),
                ("Oman and India conclude trade deal negotiations", "/policy/oman-india-trade-deal"),
                ("Iraq Development Road: where things stand", "/logistics/iraq-development-road-update")],
})

_TR_D = _mk(_regional, {
    "url": "https://www.segazette.example/en/economy/gaziantep-exports-pass-1-billion-in-february-2219",
    "home": "https://www.segazette.example", "site": "Southeast Gazette", "handle": "SEGazette",
    "tagline": "Gaziantep, Şanlıurfa, Adıyaman, Kilis",
    "headline": "Gaziantep's exports pass $1 billion in February",
    "dek": "The province kept its place among Turkey's top exporters, with food and carpets leading.",
    "authors": ["Hüseyin Demirtaş"], "section": "Economy",
    "published": "2026-03-04T17:05:00+03:00", "modified": "2026-03-04T17:05:00+03:00",
    "visible_date": "4 March 2026",
    "widget": '<div class="widget market"><h4>Gaziantep market</h4><p>Pistachio and red pepper prices: see our weekly table every Monday.</p></div>',
    "body": [
        "Gaziantep's exporters sold goods worth $1.02 billion abroad in February, up 4.6 percent from a year earlier, according to figures announced on Wednesday by the Trade Ministry and the Southeast Anatolia Exporters' Association.",
        "The province accounted for about 4.7 percent of Turkey's total exports, which reached a February record of $21.93 billion nationally. Gaziantep remained among the top ten exporting provinces, behind Istanbul, Kocaeli, Izmir, Bursa and Ankara.",
        "Machine-made carpets were once again the province's leading product, followed by food products including pulses, bulgur, pistachios and confectionery, and by plastics. Iraq remained Gaziantep's biggest market, taking about a quarter of its exports, followed by the United States and Germany.",
        ("ad", "article"),
        "\"Our industrialists have kept the city's factories running through very difficult years,\" said Mahmut Yeşilbaş, chairman of the Southeast Anatolia Exporters' Association. \"After the earthquakes of 2023 many of our companies lost workers and buildings, and many of them have rebuilt. A billion dollars in a single month is a sign that we are back.\"",
        "Yeşilbaş said carpet makers were benefiting from demand in the Gulf, where several hotel and residential projects are nearing completion. But he warned that high financing costs were eroding profits. \"We pay interest rates that our competitors in Europe cannot imagine,\" he said.",
        ("h2", "National picture"),
        "Nationally, Trade Minister Nilüfer Sezgin said the rise in exports had been achieved despite weak demand in Europe. Imports rose 3.2 percent to $28.61 billion, leaving a trade deficit of $6.68 billion, narrower than a year ago.",
        "The minister also said that the euro's gain against the dollar had made a contribution of around $410 million to the February figure.",
        "For Gaziantep's carpet sector, the euro matters less than the dollar: most of its sales to Iraq and the Gulf are priced in dollars. \"When the dollar is weak in the world, we feel it,\" said Kemal Karagöz, who runs a family carpet factory in the Başpınar organised industrial zone. He said his order book for March was the strongest in three years.",
        "Karagöz employs 380 people and plans to hire 40 more before the summer. \"Finding skilled workers is now harder than finding customers,\" he said.",
        ("h2", "Kilis and Şanlıurfa"),
        "Elsewhere in the region, exports from Şanlıurfa rose on the back of cotton and textile shipments, while Kilis, on the Syrian border, reported a sharp rise in trade through the Öncüpınar crossing as reconstruction work in northern Syria increased demand for building materials.",
        "Pistachio exporters, a smaller but symbolic sector for the city, had a quieter month after a weak harvest last autumn pushed up prices. \"Our customers in Europe are waiting for prices to come down,\" said one trader in the old bazaar, who asked not to be named.",
        "The association will publish detailed provincial figures by sector next week.",
    ],
    "related": [("Gaziantep: new logistics centre opens in Başpınar", "/en/economy/logistics-centre-2210.html"),
                ("Şanlıurfa cotton growers await support payments", "/en/agriculture/cotton-support-2205.html"),
                ("Kilis: border crossing hours extended", "/en/kilis/crossing-hours-2199.html")],
})

STORY_4 = _story("tr-IF4", "trade", "2026-03-07", [_TR_A, _TR_B, _TR_C, _TR_D], [])


# ====================================================================
# Story 5 -- rk-IF5: Karakuş-2 suborbital test flight from Sinop,
# Tuesday 14 April 2026
# ====================================================================

_RK_A = _mk(_wire, {
    "url": "https://www.bosphoruswire.example/technology/turkish-startup-rocket-reaches-space-sinop-2026-04-14/",
    "home": "https://www.bosphoruswire.example", "site": "Bosphorus Wire Service", "handle": "BosphorusWire",
    "headline": "Turkish start-up's rocket crosses into space on second test flight",
    "dek": "Gökmen Space's Karakuş-2 clears the 100 km line after a one-day delay; capsule recovered from the Black Sea",
    "authors": ["Ufuk Şahinler"], "section": "Technology",
    "published": "2026-04-14T13:05:00+03:00", "modified": "2026-04-14T16:40:00+03:00",
    "visible_date": "April 14, 2026 1:05 PM GMT+3 &middot; Updated 4 hours ago",
    "tags": ["Space", "Turkey", "Defence industry"], "img": "karakus2-liftoff",
    "body": [
        "SINOP, Turkey, April 14 (BWS) - A suborbital rocket built by Turkish private company Gökmen Space Technologies crossed the internationally recognised boundary of space on Tuesday, the company said, a first for a privately developed Turkish launch vehicle.",
        "The 11.2-metre Karakuş-2 lifted off from a test range on the Black Sea coast near Sinop at 10:42 a.m. local time (0742 GMT), after a launch planned for Monday was postponed because of strong high-altitude winds.",
        "Preliminary tracking data showed the rocket reached an altitude of about 130 km, well above the 100 km Kármán line, the company said in a first statement. Its payload capsule, carrying experiments from three Turkish universities, descended by parachute and splashed down in the Black Sea 11 minutes 40 seconds after lift-off.",
        ("ad", "inline-1"),
        "\"Today a Turkish company built a rocket, launched it and brought its payload back from space,\" chief executive Elif Tunçay told reporters at the range. \"Two years ago people told us this was a dream.\"",
        "A company boat recovered the capsule about two hours after splashdown, roughly 90 km north of the coast, she said.",
        "The flight was the second for the Karakuş (Blackbird) programme. The first, in September 2025, reached 82 km before its engine shut down early. Gökmen engineers redesigned the rocket's hybrid motor, which burns a paraffin-based fuel with nitrous oxide, and lengthened the vehicle to carry more propellant.",
        "The company had said before the flight that its goal was to exceed 120 km.",
        "A maritime exclusion zone north of the coast was in force from 9 a.m. to 1 p.m., and fishing boats were asked to stay in port. Hundreds of residents watched the launch from hills and beaches around the city.",
        "The rocket's motor burned for just over a minute before the vehicle coasted to its highest point and the capsule separated, the company said. The booster fell into the sea and was not recovered.",
        ("h2", "Growing sector"),
        "Turkey has made space a priority in recent years, setting up the Turkish Space Agency in 2018 and sending its first astronaut to the International Space Station in 2024. State-owned defence firm Roketsan is developing its own launch vehicle, and the government has announced plans for a spaceport in Somalia.",
        "Serdar Kocabey, president of the Turkish Space Agency, congratulated the company on social media, calling the flight \"a proud day for Turkey's space ecosystem.\"",
        "Gökmen, founded in 2019 and based in Ankara, employs about 160 people and has raised funding from domestic venture investors and a state technology fund. Tunçay said the company aimed to develop a small orbital launcher by the end of the decade.",
        "Analysts said the flight was a significant technical step but that the path to orbit would be long and expensive. \"A suborbital hop is an important milestone, but orbit requires roughly thirty times as much energy,\" said Ahmet Cengizhan, an aerospace engineer and commentator based in Izmir.",
    ],
    "credits": "Reporting by Ufuk Şahinler; Additional reporting by Aslı Korkmaz in Ankara; Editing by Miriam Holt",
    "related_title": "More from Technology",
    "related": [("Turkish drone maker signs Gulf export deal", "/technology/drone-maker-gulf-export-deal/"),
                ("Saudi Arabia picks site for satellite assembly plant", "/technology/saudi-satellite-plant/")],
    "most_read": ["Istanbul metro line opening delayed again", "Qatar LNG deal with Asian buyers",
                  "Ankara: new cabinet reshuffle rumours"],
})

_RK_B = _mk(_trade, {
    "url": "https://www.orbitpayload.example/launch/gokmen-karakus-2-suborbital-flight-analysis/",
    "home": "https://www.orbitpayload.example", "site": "Orbit &amp; Payload", "handle": "OrbitPayload",
    "headline": "Karakuş-2 reaches 136 km: inside Gökmen's hybrid-rocket comeback",
    "dek": "After a disappointing first flight, the Ankara start-up's redesigned suborbital vehicle clears the Kármán line comfortably.",
    "authors": ["Jonas Ekberg"], "role": "Launch editor", "section": "Launch",
    "published": "2026-04-15T08:30:00+00:00", "modified": "2026-04-15T10:02:00+00:00",
    "visible_date": "15 April 2026 08:30 UTC",
    "reading": "8 min read",
    "nav": ["Launch", "Satellites", "Industry", "Policy", "Science", "Data", "Podcast"],
    "tags": ["Suborbital", "Hybrid propulsion", "Turkey", "New space"], "img": "op-karakus2",
    "box": ("Karakuş-2 flight summary", [
        "Launch: 14 April 2026, 07:42 UTC, Sinop test range, Türkiye",
        "Vehicle height: 11.2 m; single stage, hybrid motor",
        "Motor burn: 68 s",
        "Apogee: 136 km (84.5 mi), company figure",
        "Payload: 42 kg, recovered",
        "Previous flight: Karakuş-1, September 2025, 82 km",
    ]),
    "body": [
        "Gökmen Space Technologies' second Karakuş vehicle flew on Tuesday from the Sinop test range on Türkiye's Black Sea coast, lifting off at 07:42 UTC on a single-stage hybrid motor and coasting to an apogee the company now puts at 136 km.",
        "That figure was revised upwards on Tuesday evening from the \"about 130 km\" given in the company's first statement, after Gökmen's engineers merged data from the on-board GNSS receiver with ground radar tracking. Either way, the vehicle cleared the 100 km Kármán line by a comfortable margin and exceeded the company's own pre-flight goal of 120 km.",
        "It is a striking turnaround. Karakuş-1, flown in September 2025, reached only 82 km after its motor shut down early because of a pressurisation fault in the oxidiser tank.",
        ("ad", "in-content"),
        ("h2", "The motor"),
        "Both vehicles use a hybrid motor burning a paraffin-based solid fuel grain with liquid nitrous oxide as the oxidiser. Hybrids are popular with start-ups and universities because they are relatively safe to handle and can be throttled or shut down, but they are notoriously hard to scale: paraffin regression rates and combustion stability become difficult to control in larger motors.",
        "For Karakuş-2, Gökmen lengthened the oxidiser tank, replaced the tank's pressurisation system and redesigned the injector. The motor burned for 68 seconds, a few seconds longer than planned, and pushed the vehicle past Mach 5 before burnout.",
        "\"We learned more from the failure than we would have from a perfect first flight,\" chief engineer Barış Okumuş told Orbit &amp; Payload. \"The pressurisation problem on the first vehicle forced us to rebuild the whole feed system. This time the chamber pressure curve was almost exactly what we predicted.\"",
        ("h2", "Recovery"),
        "After separation from the spent motor, the payload capsule, carrying 42 kg of experiments from three universities, including a plant-growth module and a radiation dosimeter, re-entered and deployed a drogue and then a main parachute. The capsule splashed down 14 minutes after lift-off, roughly 90 km offshore, and was hauled aboard a company vessel.",
        "The booster was not recovered and sank as planned.",
        "CEO Elif Sena Tunçay said the university teams had already received their hardware back. \"Reusability of the payload module is part of the business case. Researchers want their experiments back quickly, and we can offer that,\" she said.",
        ("h2", "What comes next"),
        "Gökmen plans two more suborbital flights in 2027 and says it is working on a two-stage design that could eventually place small satellites of up to 100 kg into low Earth orbit. The company has not put a date on an orbital attempt, and outside observers are cautious.",
        "\"Getting to 136 km is a real achievement for a team of this size,\" said Priya Raman, an analyst at the consultancy Northstar Space Economics. \"But orbital launch is a different league in cost, in the number of engines, in guidance. Many suborbital companies never make the jump.\"",
        "The flight had been scheduled for Monday but was pushed back by a day because of high-altitude winds. On Tuesday the launch window ran from 09:30 to 12:30 local time, and lift-off came a little over an hour into it.",
    ],
    "related_title": "More launch coverage",
    "related": [("Hybrid rockets: why they keep tempting start-ups", "/analysis/hybrid-rockets-start-ups/"),
                ("UAE space agency selects suborbital research flights", "/industry/uae-suborbital-research-flights/"),
                ("European micro-launcher market: who is left?", "/industry/european-micro-launchers/")],
})

_RK_C = _mk(_regional, {
    "url": "https://www.blackseacourier.example/en/sinop/rocket-launch-draws-crowds-4410",
    "home": "https://www.blackseacourier.example", "site": "Black Sea Courier", "handle": "BlackSeaCourier",
    "tagline": "Samsun, Sinop, Ordu, Kastamonu",
    "headline": "Sinop watches as Karakuş-2 rises over the sea",
    "dek": "Hundreds gathered on the shore to see the launch; fishermen were kept out of the danger zone for the morning.",
    "authors": ["Seda Kaptanoğlu"], "section": "Sinop",
    "published": None, "jsonld": None,
    "visible_date": "15.04.2026",
    "lead_fig": ("https://www.blackseacourier.example/photos/2026/04/karakus-shore.jpg",
                 "Residents watch the launch from the shore on Tuesday morning.", "Courier / Nihat Bozkurt"),
    "widget": '<div class="widget sea"><h4>Sea conditions</h4><p>Small craft advisory lifted. Ferry services operating normally.</p></div>',
    "body": [
        "The sky over Sinop's coast was clear on Tuesday morning when the Karakuş-2 rocket of Ankara-based Gökmen Space Technologies lifted off from the test range at 9:42 a.m. Within seconds it had become a thin white line over the sea, and within a minute it had disappeared from view.",
        "Hundreds of people had gathered on the hills and along the coast road to watch, some having waited since dawn. Teachers brought school groups and families spread blankets on the grass. When the rocket rose, a cheer went up and several people ran along the road trying to keep it in sight.",
        "\"I have lived here all my life and I have seen many tests, but never one that went to space,\" said retired fisherman Cemal Yılmazer, 71, who watched from his balcony above the harbour.",
        ("ad", "article"),
        "The launch had been planned for Monday but was postponed because of strong winds at high altitude. On Monday many residents had waited in vain, and some were worried that the launch would be cancelled altogether.",
        "According to the company, the rocket reached an altitude of 136 kilometres, above the 100-kilometre line that is generally regarded as the edge of space. The company had initially given a figure of about 130 kilometres before revising it on Tuesday evening. Its payload capsule came down by parachute into the sea about 12 minutes after launch and was collected by a company boat.",
        ("h2", "Fishermen kept ashore"),
        "For the morning, a large area of sea north of the coast was closed to shipping. The coast guard warned fishing boats to stay out of the zone from 9 a.m. to 1 p.m., and most of Sinop's small fleet stayed in the harbour.",
        "\"We lost a morning, but it is for the country,\" said Hasan Dural, head of the local fishermen's cooperative. \"We only ask to be told earlier next time. On Monday we waited for nothing.\"",
        "Elif Tunçay, the chief executive of Gökmen, thanked Sinop residents at a short press briefing at the range. \"This city has been patient with us. We want to be good neighbours,\" she said. The company employs several local people at the range and says it will hire more if the programme continues.",
        ("h2", "A boost for the city?"),
        "Sinop Mayor Kübra Ertuğrul said she hoped the launches would bring visitors. \"Rocket tourism is a real thing. People travel to Florida to watch launches; why not to Sinop?\" she said, adding that the municipality had discussed a viewing area with the company.",
        "Some residents were more sceptical. Shopkeeper Nurettin Akay said the economic benefit had so far been limited. \"A few journalists stayed in the hotels. That is all,\" he said.",
        "The company said it plans further test flights next year.",
    ],
    "related": [("Sinop: harbour renovation tender awarded", "/en/sinop/harbour-renovation-4402"),
                ("Samsun: anchovy season ends with record catch", "/en/samsun/anchovy-season-4398"),
                ("Kastamonu: forest road reopened after landslide", "/en/kastamonu/forest-road-4391")],
})

_RK_D = _mk(_paper, {
    "url": "https://www.istanbulledger.example/science/2026/04/14/karakus-2-private-rocket-space",
    "home": "https://www.istanbulledger.example", "site": "The Istanbul Ledger", "handle": "IstanbulLedger",
    "headline": "A private Turkish rocket reaches space for the first time",
    "dek": "Gökmen Space's Karakuş-2 climbed to 136 kilometres after lifting off from Sinop. The company's next goal is orbit.",
    "authors": ["Defne Altıparmak"], "section": "Science", "kicker": "Space",
    "published": "2026-04-14T19:30:00+03:00", "modified": "2026-04-14T21:10:00+03:00",
    "visible_date": "14 April 2026, 19:30 &middot; updated 21:10",
    "tags": ["Space", "Technology", "Start-ups"], "img": "ledger-karakus",
    "lead_fig": ("https://www.istanbulledger.example/img/2026/04/karakus2.jpg",
                 "The Karakuş-2 rocket lifts off from the Sinop test range on Tuesday.", "Gökmen Space Technologies"),
    "bio": "Defne Altıparmak writes about science and technology for the Ledger.",
    "body": [
        "A rocket built by a private Turkish company reached space on Tuesday, climbing to an altitude of 136 kilometres after lifting off from a test range near the Black Sea city of Sinop.",
        "The Karakuş-2 vehicle of Gökmen Space Technologies took off at 10:42 in the morning, one day later than planned, and its payload capsule returned to Earth under a parachute nearly 12 minutes later. Company engineers, watching from a control room a few kilometres from the launch pad, broke into applause when the capsule's beacon signal was picked up over the sea.",
        "The company initially estimated the altitude at about 130 kilometres. In a second statement on Tuesday evening it revised the figure to 136 kilometres after analysing the full tracking data.",
        ("ad", "article-1"),
        "For Gökmen's chief executive, Elif Sena Tunçay, the flight was vindication after a difficult first attempt. The company's first rocket, Karakuş-1, reached 82 kilometres in September last year, short of space, after a fault in its oxidiser system.",
        "\"Two years ago people told us this was a dream,\" Tunçay, a 41-year-old former aerospace engineer at a defence company, said at the range. \"Today a Turkish company built a rocket, launched it and brought its payload back.\"",
        ("h2", "Students' experiments"),
        "The capsule carried 42 kilograms of experiments prepared by teams from three Turkish universities. One measured radiation levels during the flight; another tested how seedlings respond to a few minutes of weightlessness.",
        "\"Our students spent a year preparing a box the size of a shoebox, and it worked,\" said Associate Professor Merve Tınaz, who supervised one of the teams. \"For a young engineer, seeing your hardware go to space changes everything.\"",
        "The engine burned for just over a minute, pushing the rocket to more than five times the speed of sound. After the motor shut down, the rocket continued to coast upward for several minutes before the capsule separated and began its descent.",
        ("h2", "The road to orbit"),
        "Gökmen, founded in 2019, says it wants to launch small satellites into orbit by the end of the decade. That would require a far larger, multi-stage rocket and considerably more money than the company has raised so far.",
        "Turkey's space ambitions are mostly driven by the state. The Turkish Space Agency, set up in 2018, oversees a national programme that includes a planned spaceport in Somalia and a lunar mission. State-owned Roketsan has tested its own rockets from Sinop for years.",
        "Serdar Kocabey, the head of the space agency, described the flight as \"a proud day for Turkey's space ecosystem\" and said the agency would support private companies \"that prove themselves in flight, not on paper.\"",
        "Some experts say the private sector's role should not be overstated. \"The range, the airspace coordination and much of the tracking are still provided by the state,\" said a defence industry analyst in Ankara who asked not to be named. \"But a private company taking the technical risk is new, and it is healthy.\"",
        "The company plans further suborbital flights and is designing a two-stage vehicle.",
    ],
    "related_title": "More science",
    "related": [("Turkey's lunar mission: where it stands", "/science/2026/03/lunar-mission-update"),
                ("Opinion: Space is not a luxury for middle powers", "/opinion/2026/04/space-middle-powers")],
})

STORY_5 = _story("rk-IF5", "rocket", "2026-04-17", [_RK_A, _RK_B, _RK_C, _RK_D],
                 [("lift-off clock time", r"\b10:42\b", r"\b9:42\b"),
                  ("flight duration, lift-off to splashdown", r"11 minutes(?:,| and)? 40 seconds", r"\b14 minutes\b")])


# ====================================================================
# Story 6 -- eq-IF6 (CONTROL): Karlıova earthquake, Bingöl province,
# Saturday 21 February 2026, 04:17 local (01:17 GMT)
# ====================================================================

_EQ_A = _mk(_wire, {
    "url": "https://www.lpa.example/en/region/turkey-earthquake-bingol-karliova-20260221",
    "home": "https://www.lpa.example", "site": "Levant Press Agency", "handle": "LPA_English",
    "headline": "Earthquake in eastern Turkey kills two, injures dozens",
    "dek": "Magnitude 5.9 quake strikes Bingöl province before dawn; buildings collapse in Karlıova district",
    "authors": ["LPA staff"], "section": "Region",
    "published": "2026-02-21T05:35:00+02:00", "modified": "2026-02-21T06:20:00+02:00",
    "visible_date": "21/02/2026 05:35 (Beirut) &middot; updated 06:20",
    "tags": ["Turkey", "Earthquake", "Disasters"], "img": "karliova-rubble",
    "body": [
        "ISTANBUL, Feb 21 (LPA) - A strong earthquake struck eastern Turkey's Bingöl province before dawn on Saturday, killing two people and injuring 46, Turkey's disaster management agency AFAD said.",
        "The quake hit at 04:17 local time (0117 GMT) and was centred in Karlıova district, about 60 km northeast of the provincial capital Bingöl, at a depth of 10 km, AFAD said. The agency initially put its magnitude at 6.1 before revising it to 5.9.",
        "The U.S. Geological Survey measured the quake at magnitude 5.7, at a depth of 12.4 km.",
        ("ad", "inline-1"),
        "AFAD said 14 buildings had collapsed, most of them older two- and three-storey houses in villages around Karlıova. Search and rescue teams were working in the dark and freezing temperatures to reach people believed to be trapped.",
        "\"Our teams reached the area within the first hour. We are working in several villages where access is difficult because of snow,\" AFAD President Tuncay Bilgehan said in a statement on social media.",
        "The two dead were an elderly couple whose house in the village of Çiftlikdere collapsed, according to local officials.",
        "\"We ran outside in our pyjamas. The shaking went on for about 20 seconds and then came another one, smaller,\" Karlıova resident Mehmet Arslan told LPA by telephone. \"Everybody is in the street now. Nobody wants to go back in.\"",
        "More than 60 aftershocks had been recorded by 6 a.m., the largest of magnitude 4.6, AFAD said. The quake was felt in the neighbouring provinces of Muş, Erzurum and Elazığ, where frightened residents ran into the streets.",
        "Turkey lies on major fault lines and is frequently hit by earthquakes. Karlıova sits near the junction of the North Anatolian and East Anatolian faults, two of the country's most active fault systems.",
        "In February 2023, two powerful earthquakes in southern Turkey killed more than 50,000 people in the country and thousands more in neighbouring Syria. Bingöl province itself was struck by a deadly quake in 2003, when 177 people were killed, many of them children in a collapsed school dormitory.",
        "Bingöl Governor Ferhat Özkaya told local broadcasters that the injured had been taken to hospitals in Karlıova and Bingöl and that most were not in serious condition. Electricity was cut in parts of the district as a precaution, he said.",
        "Images shared on social media showed residents standing in the snow wrapped in blankets and rescuers digging through the rubble of stone houses with their hands and with shovels.",
        "Authorities said they were sending tents, blankets and heaters to the area, where temperatures were well below freezing. The Turkish Red Crescent said it was dispatching mobile kitchens from Erzurum and Elazığ.",
    ],
    "credits": "Compiled by the LPA regional desk; Editing by Hala Mansour",
    "related_title": "Related stories",
    "related": [("Syria: aid convoy crosses into Idlib", "/en/region/syria-aid-convoy-idlib-20260220"),
                ("Cyprus: power cuts after winter storm", "/en/region/cyprus-power-cuts-20260219")],
    "most_read": ["Lebanon's cabinet approves 2026 budget draft", "Jordan and Syria reopen cargo crossing", "Cyprus ferry link to resume"],
})

_EQ_B = _mk(_broadcast, {
    "url": "https://www.crescent24.example/turkiye/bingol-earthquake-death-toll-rises-to-four-91204",
    "home": "https://www.crescent24.example", "site": "Crescent24", "handle": "Crescent24",
    "headline": "Bingöl earthquake: death toll rises to four, 112 injured",
    "dek": "Interior minister says rescue work is continuing in villages around Karlıova; hundreds of aftershocks rattle the region.",
    "authors": ["Okan Demirel"], "section": "Türkiye",
    "published": "2026-02-21T11:10:00+03:00", "modified": "2026-02-21T11:55:00+03:00",
    "visible_date": "21 February 2026 &middot; 11:10",
    "tags": ["earthquake", "Bingöl", "AFAD"], "img": "c24-bingol",
    "video": ("Drone footage shows damage in Karlıova villages", "Footage filmed on Saturday morning by AFAD teams."),
    "body": [
        "The number of people killed in the earthquake that struck Bingöl province early on Saturday has risen to four, Interior Minister Kaan Efeoğlu said, with 112 people injured.",
        "Speaking to reporters in Karlıova after inspecting damage in the district, Efeoğlu said 19 buildings had collapsed and dozens more had been badly damaged. \"Search and rescue work is continuing in two villages. We have reached everyone we were told was under the rubble, but we will not stop until every building has been checked,\" he said.",
        "Most of the injured had minor injuries, he said; eleven were being treated for fractures and other serious injuries at Bingöl State Hospital and two had been flown to Erzurum.",
        ("ad", "mid"),
        "The magnitude 5.9 earthquake, as measured by AFAD, struck at 4:17 a.m. AFAD had initially reported a magnitude of 6.1 before revising the figure. Istanbul's Kandilli Observatory measured it at 6.0, and the U.S. Geological Survey at 5.7. People in the area said the shaking lasted for about twenty seconds.",
        "\"My husband shouted 'earthquake' and we ran to the children's room. The lights went out, and then we heard the neighbour's wall fall into the street,\" said Zeliha Karaman, a resident of Karlıova town, who spent the rest of the night in the family car with her three children.",
        "More than 150 aftershocks have been recorded since the main shock, according to AFAD, and many residents spent the morning outdoors or in their cars, despite temperatures that fell to minus 12 degrees Celsius overnight.",
        "\"The whole house was dancing. I grabbed my grandchildren and ran outside without shoes,\" said Fatma Yoldaş, 66, in the village of Sarıkaya, where the walls of her stone house cracked.",
        ("h2", "Tents and hot meals"),
        "AFAD said it had sent 1,200 tents and 5,000 blankets to the region, while the Turkish Red Crescent set up mobile kitchens in Karlıova's town square. Bingöl Governor Ferhat Özkaya said schools in the district would remain closed for a week while engineers inspected the buildings.",
        "The head of the disaster agency, Tuncay Bilgehan, urged residents not to enter damaged buildings. \"Aftershocks will continue for days. Please do not go back inside to collect belongings,\" he said.",
        "Karlıova lies at the meeting point of the North Anatolian and East Anatolian faults. Experts say that, as in much of eastern Turkey, many village houses are built from stone or mud brick and are especially vulnerable to earthquakes.",
        "Mosques, a sports hall and several schools in Bingöl were opened to families who did not want to spend the night at home. More than 1,400 search and rescue personnel, including teams from neighbouring provinces, were working in the area, AFAD said.",
        "Hospitals in the region were placed on alert. The health ministry said blood donation centres in Erzurum and Elazığ had been asked to send supplies to Bingöl as a precaution.",
        "Crescent24 will continue to update this story.",
    ],
    "related_title": "More from Türkiye",
    "related": [("What to do in an aftershock: expert advice", "/turkiye/aftershock-advice-91198"),
                ("Earthquake insurance: are you covered?", "/economy/earthquake-insurance-91150")],
    "most_read": ["Snow closes mountain passes in the east", "Ankara metro extension opens", "Football: cup quarter-final draw"],
})

_EQ_C = _mk(_regional, {
    "url": "https://www.easternherald.example/en/bingol/karliova-a-long-cold-night-5522",
    "home": "https://www.easternherald.example", "site": "Eastern Anatolia Herald", "handle": "EastAnatoliaHerald",
    "tagline": "Erzurum, Bingöl, Muş, Erzincan",
    "headline": "Karlıova: a long, cold day after the quake",
    "dek": "Five dead, 131 injured. In the villages, families are preparing for a night in tents.",
    "authors": ["Zerrin Oğuzhan", "Baran Kılıç"], "section": "Bingöl",
    "published": None, "jsonld": None,
    "visible_date": "Saturday, 21:05",
    "lead_fig": ("https://www.easternherald.example/photos/2026/02/karliova-tents.jpg",
                 "AFAD tents in the village of Çiftlikdere on Saturday afternoon.", "Herald / Baran Kılıç"),
    "widget": '<div class="widget emergency"><h4>Emergency numbers</h4><p>Emergency: 112. AFAD hotline: 122. Turkish Red Crescent: 168.</p></div>',
    "body": [
        "By Saturday evening, the death toll from the earthquake that shook Karlıova before dawn had risen to five, with 131 people injured, according to the governor's office in Bingöl. The fifth victim, a 54-year-old man, died in hospital in the afternoon.",
        "Twenty-three buildings collapsed and around 400 were damaged, officials said. Most were stone and mud-brick village houses, but a two-storey building in Karlıova's town centre, which contained shops on the ground floor, also came down. Nobody was inside at the time.",
        "AFAD said 217 aftershocks had been recorded by 8 p.m., the strongest of magnitude 4.6.",
        ("ad", "article"),
        ("h2", "'We heard a roar'"),
        "In Çiftlikdere, a village of about 300 people in the hills north of the town, the main street is lined with piles of stones that were houses until this morning. Villagers said they were woken by a deep roar a few seconds before the shaking began.",
        "\"First the sound, then the house moved like a boat,\" said Şükrü Aydemir, 48, who pulled his mother out through a window. His neighbours, an elderly couple, were killed when their house collapsed. \"They were good people. He was a shepherd all his life,\" he said.",
        "AFAD tents went up in the school yard in the afternoon. Red Crescent volunteers handed out soup and bread, and the gendarmerie brought heaters. With temperatures expected to fall to around minus 10 degrees overnight, officials urged families not to sleep in damaged houses.",
        "\"We have a tent, but it is cold. The children are afraid to go inside any building,\" said Gülbahar Tekin, a mother of four.",
        ("h2", "Old fears"),
        "For older residents, the quake brought back memories of 1971, when a powerful earthquake destroyed much of Bingöl, and of 2003, when 177 people died, including 84 children in a school dormitory in Çeltiksuyu village.",
        "\"Every twenty or thirty years it comes back. We know it, but we keep building the same way because there is no money,\" said retired teacher Abdullah Yurtsever, who lost his brother in 1971.",
        "Bingöl Governor Ferhat Özkaya said damage assessment teams would start work on Sunday and that families whose homes were declared unsafe would receive container housing within two weeks. Schools in Karlıova will remain closed until March 2, he said.",
        "The earthquake, measured at magnitude 5.9 by AFAD, struck at 4:17 a.m. It was felt as far away as Erzurum, about 120 kilometres to the northeast, and Elazığ.",
        "Interior Minister Kaan Efeoğlu, who visited the area in the morning, said the state would cover the cost of rebuilding. \"No family will be left alone,\" he said.",
        "At Bingöl State Hospital, doctors said most of the injured had been treated for cuts and bruises and sent home, but several were still under observation. \"The night was long. Now we are ready if there is another strong aftershock,\" said one nurse, who had been on duty since the early hours.",
    ],
    "related": [("Erzurum: avalanche warning for mountain roads", "/en/erzurum/avalanche-warning-5519"),
                ("Muş: sugar beet growers receive payments", "/en/mus/sugar-beet-payments-5510"),
                ("Bingöl: new hospital wing opens", "/en/bingol/hospital-wing-5498")],
})

_EQ_D = _mk(_paper, {
    "url": "https://www.ankaraobserver.example/turkey/2026/02/22/karliova-earthquake-fault-junction-building-stock",
    "home": "https://www.ankaraobserver.example", "site": "The Ankara Observer", "handle": "AnkaraObserver",
    "headline": "Why a moderate quake in Karlıova still killed five",
    "dek": "Seismologists say Saturday's earthquake was not unusually strong. The damage says more about village housing than about the fault.",
    "authors": ["Cansu Ekinci"], "section": "Turkey", "kicker": "Earthquake",
    "published": "2026-02-22T09:00:00+03:00", "modified": "2026-02-22T12:40:00+03:00",
    "visible_date": "22 February 2026, 09:00",
    "tags": ["Earthquake", "Bingöl", "Building safety", "Seismology"], "img": "observer-karliova",
    "lead_fig": ("https://www.ankaraobserver.example/img/2026/02/karliova-village.jpg",
                 "A collapsed stone house in a village in Karlıova district, Bingöl, on Saturday.", "Observer / Levent Sarı"),
    "bio": "Cansu Ekinci reports on science, environment and disaster policy.",
    "body": [
        "The earthquake that struck Karlıova in Bingöl province early on Saturday killed five people and injured 131, according to the latest figures from the governor's office. By Sunday morning, 27 of the injured were still in hospital, and AFAD had recorded more than 260 aftershocks.",
        "By the standards of eastern Turkey, the quake was moderate. AFAD put its magnitude at 5.9, after an initial automatic estimate of 6.1 was revised within the hour. The U.S. Geological Survey measured it at 5.7 and Istanbul's Kandilli Observatory at 6.0.",
        "Such differences are normal, said Prof. Nesrin Aktaş, a seismologist at Kandilli. \"Each agency uses different stations and different methods, especially in the first hours. A spread of two or three tenths of a magnitude unit is nothing unusual,\" she said. The agencies also differ on depth: AFAD gave 10 km, the USGS 12.4 km. Both describe a shallow quake.",
        ("ad", "article-1"),
        ("h2", "A restless junction"),
        "Karlıova sits at one of the most closely watched places on Turkey's seismic map: the point where the North Anatolian Fault, which runs west towards Istanbul, meets the East Anatolian Fault, which ruptured in the catastrophic February 2023 earthquakes that killed more than 50,000 people in Turkey.",
        "\"This is a triple junction where three plates interact. Moderate earthquakes here are expected, and a larger one is possible at any time,\" Aktaş said. She said the aftershock sequence so far was \"entirely normal\" for a shallow magnitude 5.9 event and did not in itself indicate that a larger quake was coming.",
        "The region has a grim record. In 1971 an earthquake near Bingöl killed several hundred people. In 2003, a magnitude 6.4 quake killed 177, many of them schoolchildren when a dormitory collapsed.",
        ("h2", "Stone and mud brick"),
        "What made Saturday's quake deadly was the building stock. Of the 23 buildings that collapsed, officials say, all but one were rural houses built of stone or mud brick, often with heavy earth roofs that become deadly when walls give way.",
        "\"A well-built reinforced concrete house would have suffered cracks, not collapse, at this level of shaking,\" said Orhan Durmaz, a civil engineer who has surveyed village housing in the east. \"But these houses were built by families, with no engineer and no permit, often a hundred years ago. Nobody is going to retrofit them unless the state pays.\"",
        "Interior Minister Kaan Efeoğlu said on Saturday that the government would cover the cost of rebuilding homes that were destroyed. The minister of the interior did not give an estimate of the cost. The Bingöl governor's office said container homes would be provided within two weeks to families whose houses were declared unsafe.",
        "AFAD's president, Tuncay Bilgehan, said on Sunday that more than 2,000 tents had now been sent to the area, up from 1,200 on Saturday morning, along with heaters and blankets. The agency's teams had completed inspections of about 1,100 buildings by Sunday morning.",
        "For residents of Karlıova, the immediate worry is the cold. Overnight temperatures have dropped below minus 10 degrees Celsius, and hundreds of people spent Saturday night in tents, cars or the homes of relatives in Bingöl.",
    ],
    "related_title": "Related coverage",
    "related": [("Three years on, Hatay is still rebuilding", "/turkey/2026/02/hatay-three-years-on"),
                ("Explainer: how Turkey's earthquake insurance works", "/economy/2026/01/earthquake-insurance-explainer"),
                ("Opinion: Retrofitting rural Turkey cannot wait", "/opinion/2026/02/retrofitting-rural-turkey")],
})

STORY_6 = _story("eq-IF6", "earthquake", "2026-02-23", [_EQ_A, _EQ_B, _EQ_C, _EQ_D], [])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
