"""Part KA of the story battery (web pages).

Written by engineer KA1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KA1: SARB cuts the repo rate 25 bp to 6.50% on Thu 26 Mar 2026; PLANTED: MPC vote five-one (umoyanews) vs four-two, Karabo Maseko called deputy governor (randbrief) vs chief economist; traps: % vs bp, prime rate, January's unanimous hold, revised forecasts, SAST/GMT, rand quotes at different moments, one quote cut differently, repayment examples.
el-KA2: Keetmanshoop Urban regional by-election (Namibia), voting Sat 13 Jun, result declared Sun 14 Jun 10:40; CONTROL; traps: live-blog partial counts with moments, one polling station vs total, turnout 41.5% / "about 42 per cent", valid vs cast shares, 2025 result, CAT/UTC, "yesterday"/"on Saturday", fuller/shorter names and titles.
ct-KA3: Lusaka Economic and Financial Crimes Court sentences an ex-procurement director (three concurrent terms, effective 12 years) and a supplier (8 years) on Tue 21 Jul 2026; CONTROL; traps: per-count vs effective terms, the state's 15-year request, conviction on 30 June, kwacha vs dollars, company fine, forfeitures, judge's quote cut differently.
tr-KA4: SARS March 2026 trade surplus R21.4bn, released Thu 30 Apr 14:00 SAST; CONTROL; traps: rounded vs precise rand figures, dollar conversion, February preliminary vs revised, consensus forecast, Q1 and March 2025 figures, regional partial balances, SAST/GMT, "yesterday".
rk-KA5: Kalahari Orbital's Mokoro-2 suborbital test flight from the Overberg Test Range, Fri 11 Sep 2026 07:14 SAST, apogee 108.4 km; PLANTED: launch on Thursday 10 September (capestandard), apogee 118 km (overberggazette), CEO spelled Molefe (contnews); traps: Wednesday scrub, UTC times, miles, Mokoro-1's 2025 altitude, place precision, planned orbital date.
eq-KA6: M5.9 earthquake in Machaze district, Manica province, Mozambique, at 01:20 CAT Mon 19 Oct 2026 (23:20 UTC Sun); PLANTED: time 02:20 local (pungwebc), epicentre in Mossurize district (centralpost); traps: death toll rising over the day, M4.6 aftershock at 04:05, UTC date, distances to Chitobe/Chimoio/Beira, damaged-house counts growing.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# Page templates: each takes a metadata dict ``m`` (site, host, url, headline, dek, section,
# published/modified ISO strings or None, author, dateline, visible_date, image, related,
# tags, ...) and body paragraphs ("## " starts a sub-heading, "> " a pull quote).


def _sid(url: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(url)) % 10**8


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _body(paras: list[str], ad_every: int = 0, ad_label: str = "Advertisement") -> str:
    out: list[str] = []
    for i, p in enumerate(paras, 1):
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pull\"><p>{_e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_e(p)}</p>")
        if ad_every and i % ad_every == 0 and i < len(paras) - 1:
            out.append(f"<div class=\"ad-slot inline\" data-slot=\"mid-{i}\">"
                       f"<span class=\"ad-label\">{ad_label}</span>"
                       f"<div class=\"ad-creative\" style=\"min-height:250px\"></div></div>")
    return "\n".join(out)


def _jsonld(m: dict[str, Any], kind: str = "NewsArticle") -> str:
    if not m.get("published"):
        return ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": m["headline"],
        "description": m.get("dek", ""),
        "mainEntityOfPage": {"@type": "WebPage", "@id": m["url"]},
        "datePublished": m["published"],
        "dateModified": m.get("modified") or m["published"],
        "author": [{"@type": "Person", "name": a.strip()} for a in m["author"].split(" and ")],
        "publisher": {"@type": "Organization", "name": m["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{m['host']}/static/logo-600x60.png"}},
        "articleSection": m.get("section", "News"),
        "keywords": ", ".join(m.get("tags", [])),
        "inLanguage": "en",
    }
    if m.get("image"):
        data["image"] = {"@type": "ImageObject",
                         "url": f"https://{m['host']}{m['image']['src']}",
                         "caption": m["image"]["caption"]}
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f"<script type=\"application/ld+json\">\n{text}\n</script>"


def _head(m: dict[str, Any], sep: str = "|", extra: str = "") -> str:
    title = f"{m['headline']} {sep} {m['site']}"
    pub = ""
    if m.get("published"):
        pub = (f"<meta property=\"article:published_time\" content=\"{m['published']}\">\n"
               f"<meta property=\"article:modified_time\" "
               f"content=\"{m.get('modified') or m['published']}\">\n")
    img = ""
    if m.get("image"):
        img = (f"<meta property=\"og:image\" content=\"https://{m['host']}{m['image']['src']}\">\n"
               f"<meta name=\"twitter:image\" content=\"https://{m['host']}{m['image']['src']}\">\n")
    tags = "".join(f"<meta property=\"article:tag\" content=\"{_e(t)}\">\n"
                   for t in m.get("tags", []))
    return (
        "<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{_e(title)}</title>\n"
        f"<meta name=\"description\" content=\"{_e(m.get('dek', ''))}\">\n"
        f"<meta name=\"author\" content=\"{_e(m['author'])}\">\n"
        f"<link rel=\"canonical\" href=\"{m['url']}\">\n"
        f"<meta property=\"og:site_name\" content=\"{_e(m['site'])}\">\n"
        "<meta property=\"og:type\" content=\"article\">\n"
        f"<meta property=\"og:title\" content=\"{_e(m['headline'])}\">\n"
        f"<meta property=\"og:description\" content=\"{_e(m.get('dek', ''))}\">\n"
        f"<meta property=\"og:url\" content=\"{m['url']}\">\n"
        f"{img}{pub}{tags}"
        "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
        f"<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n"
        f"<link rel=\"stylesheet\" href=\"https://{m['host']}/assets/css/main.3f9c1.css\">\n"
        f"<link rel=\"icon\" href=\"https://{m['host']}/favicon.ico\">\n"
        f"{extra}{_jsonld(m)}\n"
        f"<script async src=\"https://ads.{m['host']}/loader.js\"></script>\n"
        "</head>"
    )


def _figure(m: dict[str, Any]) -> str:
    im = m.get("image")
    if not im:
        return ""
    return (f"<figure class=\"lead-image\"><img src=\"{im['src']}\" alt=\"{_e(im['alt'])}\" "
            f"width=\"1200\" height=\"675\" loading=\"eager\">"
            f"<figcaption><span class=\"caption\">{_e(im['caption'])}</span> "
            f"<span class=\"credit\">{_e(im['credit'])}</span></figcaption></figure>")


def _share(url: str) -> str:
    return ("<div class=\"share-bar\" aria-label=\"Share this article\">"
            f"<a href=\"https://wa.me/?text={_e(url)}\" class=\"share wa\">WhatsApp</a>"
            f"<a href=\"https://www.facebook.com/sharer/sharer.php?u={_e(url)}\" "
            "class=\"share fb\">Facebook</a>"
            f"<a href=\"https://x.com/intent/post?url={_e(url)}\" class=\"share x\">X</a>"
            f"<a href=\"https://www.linkedin.com/shareArticle?url={_e(url)}\" "
            "class=\"share li\">LinkedIn</a>"
            f"<a href=\"mailto:?body={_e(url)}\" class=\"share mail\">Email</a>"
            "<button class=\"share copy\" type=\"button\">Copy link</button></div>")


def _related(m: dict[str, Any], title: str = "Related stories") -> str:
    items = "".join(f"<li><a href=\"https://{m['host']}{path}\">{_e(t)}</a></li>"
                    for t, path in m.get("related", []))
    return (f"<aside class=\"related\"><h3>{_e(title)}</h3><ul>{items}</ul></aside>")


def _cookie(site: str, text: str) -> str:
    return (f"<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\" "
            f"aria-label=\"Cookie consent\"><p>{_e(text)} "
            "<a href=\"/privacy\">Privacy notice</a></p>"
            "<button type=\"button\" class=\"accept\">Accept all</button>"
            "<button type=\"button\" class=\"reject\">Necessary only</button>"
            "<button type=\"button\" class=\"settings\">Manage settings</button></div>")


def _nav(items: list[str], cls: str = "main-nav") -> str:
    links = "".join(f"<li><a href=\"/{i.lower().replace(' ', '-').replace('&', 'and')}\">"
                    f"{_e(i)}</a></li>" for i in items)
    return f"<nav class=\"{cls}\" aria-label=\"Sections\"><ul>{links}</ul></nav>"


def _footer(m: dict[str, Any], links: list[str], note: str) -> str:
    lk = " ".join(f"<a href=\"/{i.lower().replace(' ', '-')}\">{_e(i)}</a>" for i in links)
    return (f"<footer class=\"site-footer\"><div class=\"footer-links\">{lk}</div>"
            f"<p class=\"footer-note\">{_e(note)}</p>"
            f"<p class=\"copyright\">&copy; 2026 {_e(m['site'])}. All rights reserved.</p>"
            "</footer>")


def _tags(m: dict[str, Any]) -> str:
    t = "".join(f"<li><a href=\"/topic/{_e(x.lower().replace(' ', '-'))}\">{_e(x)}</a></li>"
                for x in m.get("tags", []))
    return f"<ul class=\"tag-list\" aria-label=\"Topics\">{t}</ul>"


def _wire(m: dict[str, Any], paras: list[str]) -> str:
    """A wire-service story page: terse chrome, dateline, reporting credits."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(m, "|")}
<body class="wire story">
{_cookie(m['site'], "We and our partners use cookies to measure traffic and to keep you signed in to your newsroom terminal account.")}
<header class="wire-header"><a class="logo" href="/">{_e(m['site'])}</a>
<span class="tagline">Independent news agency for the region</span>
<a class="login" href="/client-login">Client login</a></header>
{_nav(["World", "Africa", "Business", "Markets", "Politics", "Science", "Sport", "Pictures"])}
<main id="content">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{m.get('section', 'news').lower()}">{_e(m.get('section', 'News'))}</a></div>
<article class="wire-story" data-story-id="{_sid(m['url'])}">
<header><h1>{_e(m['headline'])}</h1>
<p class="summary">{_e(m.get('dek', ''))}</p>
<div class="byline">By <span class="author">{_e(m['author'])}</span></div>
<time class="timestamp">{_e(m['visible_date'])}</time>
</header>
{_share(m['url'])}
{_figure(m)}
<div class="story-body">
<p class="dateline-lead"><span class="dateline">{_e(m['dateline'])} ({_e(m['site'])}) &ndash;</span></p>
{_body(paras, ad_every=5)}
<p class="credits">{_e(m.get('credits', ''))}</p>
</div>
{_tags(m)}
</article>
<div class="ad-slot rail"><span class="ad-label">Advertisement</span></div>
{_related(m, "More from the wire")}
</main>
{_footer(m, ["About us", "Editorial standards", "Subscribe", "Contact", "Terms of use", "Privacy"], "Material from this service may not be republished without a licence.")}
</body>
</html>
"""


def _paper(m: dict[str, Any], paras: list[str]) -> str:
    """A national newspaper's article page: masthead, edition line, most-read box."""
    most = "".join(f"<li>{_e(x)}</li>" for x in m.get("most_read", []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{_head(m, "|")}
<body class="article-page">
{_cookie(m['site'], "This site uses cookies and similar technologies to personalise content and adverts. You can change your choices at any time.")}
<div class="topbar"><span class="edition">{_e(m.get('edition', 'National edition'))}</span>
<a href="/subscribe" class="cta">Subscribe from R1 for the first month</a> <a href="/login">Sign in</a></div>
<header class="masthead"><a href="/" class="brand">{_e(m['site'])}</a></header>
{_nav(["News", "Politics", "Business", "Opinion", "World", "Sport", "Lifestyle", "Puzzles", "E-edition"])}
<div class="ad-slot leaderboard"><span class="ad-label">Advertisement</span></div>
<main class="layout">
<article class="article" itemscope>
<p class="kicker"><a href="/{m.get('section', 'news').lower()}">{_e(m.get('section', 'News'))}</a></p>
<h1 class="headline">{_e(m['headline'])}</h1>
<h2 class="standfirst">{_e(m.get('dek', ''))}</h2>
<div class="meta"><span class="byline">{_e(m['author'])}</span>
<span class="role">{_e(m.get('author_role', ''))}</span>
<span class="date">{_e(m['visible_date'])}</span>
<a href="#comments" class="comments-count">{m.get('comments', 12)} comments</a></div>
{_share(m['url'])}
{_figure(m)}
<div class="article-body">
<p class="dateline"><strong>{_e(m['dateline'])}</strong></p>
{_body(paras, ad_every=4)}
</div>
<div class="author-box"><p>{_e(m.get('author_bio', ''))}</p></div>
{_tags(m)}
</article>
<aside class="sidebar"><div class="most-read"><h3>Most read</h3><ol>{most}</ol></div>
<div class="ad-slot mpu"><span class="ad-label">Advertisement</span></div></aside>
{_related(m, "Read more")}
<section id="comments"><h3>Comments</h3><p>Comments are moderated and may take a few minutes to appear.</p></section>
</main>
{_footer(m, ["About", "Contact us", "Advertise", "Press code", "Terms", "Privacy", "Archives"], "Published under the Press Code of the regional press council. Complaints may be directed to the ombud.")}
</body>
</html>
"""


def _broadcast(m: dict[str, Any], paras: list[str]) -> str:
    """A broadcaster's web story with a video player block and schedule strip."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(m, "-")}
<body class="bc-article">
{_cookie(m['site'], "We use cookies to stream video, remember your settings and understand how our audiences use this site.")}
<div class="live-strip"><a href="/live">&#9679; Watch live</a> <a href="/radio">Listen to radio</a>
<span class="schedule">{_e(m.get('schedule', 'Next bulletin on the hour'))}</span></div>
<header class="bc-header"><a href="/" class="bc-logo">{_e(m['site'])}</a>
{_nav(["Home", "News", "Business", "Sport", "Weather", "Shows", "Podcasts", "Live TV"])}</header>
<main>
<article class="bc-story">
<h1>{_e(m['headline'])}</h1>
<div class="bc-meta"><span class="bc-author">{_e(m['author'])}</span>
<span class="bc-role">{_e(m.get('author_role', ''))}</span>
<span class="bc-date">{_e(m['visible_date'])}</span></div>
<div class="video-block"><div class="player" data-src="/video/{_sid(m['url']) % 10**6}.m3u8"></div>
<p class="video-caption">{_e(m.get('video_caption', 'Watch: our report'))}</p></div>
{_share(m['url'])}
<p class="bc-lead"><strong>{_e(m.get('dek', ''))}</strong></p>
<div class="bc-body">
<p class="bc-dateline">{_e(m['dateline'])}</p>
{_body(paras, ad_every=5)}
</div>
{_figure(m)}
{_tags(m)}
<p class="bc-tipoff">Have a story? Send it to our newsroom on WhatsApp.</p>
</article>
{_related(m, "More on this story")}
<div class="ad-slot"><span class="ad-label">Advertisement</span></div>
</main>
{_footer(m, ["About", "Complaints", "Careers", "Frequencies", "Terms", "Privacy"], "Licensed broadcaster. Views expressed by guests are their own.")}
</body>
</html>
"""


def _local(m: dict[str, Any], paras: list[str]) -> str:
    """A small local news site: weather widget, notices, classifieds."""
    notices = "".join(f"<li>{_e(x)}</li>" for x in m.get("notices", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(m, "-")}
<body class="local-news single-post">
{_cookie(m['site'], "Our community site uses cookies for basic analytics. By continuing you agree to our use of cookies.")}
<div class="weather-widget">{_e(m.get('weather', 'Weather: fine'))}</div>
<header class="site-header"><a href="/" class="site-title">{_e(m['site'])}</a>
<p class="site-description">{_e(m.get('motto', 'Local news, every day'))}</p></header>
{_nav(["Home", "Local News", "Community", "Business", "Sport", "Notices", "Classifieds", "Contact"])}
<div class="ad-slot banner"><span class="ad-label">Advertisement</span></div>
<main class="content-area">
<article class="post type-post">
<header class="entry-header"><span class="cat-links">{_e(m.get('section', 'News'))}</span>
<h1 class="entry-title">{_e(m['headline'])}</h1>
<div class="entry-meta">Posted <span class="posted-on">{_e(m['visible_date'])}</span> by
<span class="author vcard">{_e(m['author'])}</span></div></header>
{_figure(m)}
<div class="entry-content">
<p><em>{_e(m.get('dek', ''))}</em></p>
<p class="dateline">{_e(m['dateline'])}</p>
{_body(paras, ad_every=6)}
</div>
{_share(m['url'])}
{_tags(m)}
</article>
<aside class="widget-area"><section class="widget notices"><h3>Community notices</h3><ul>{notices}</ul></section>
<div class="ad-slot side"><span class="ad-label">Advertisement</span><p>Local business? Advertise with us.</p></div>
{_related(m, "Also on the site")}</aside>
</main>
{_footer(m, ["About us", "Advertise", "Submit news", "Privacy policy"], "Independent community news. Letters to the editor are welcome.")}
</body>
</html>
"""


def _newsletter(m: dict[str, Any], paras: list[str]) -> str:
    """The web version of an emailed newsletter: lead item plus short extras."""
    extras = "".join(f"<section class=\"brief\"><h3>{_e(h)}</h3><p>{_e(t)}</p></section>"
                     for h, t in m.get("extras", []))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(m, "|")}
<body class="newsletter-web">
{_cookie(m['site'], "We store a cookie to remember that you have read this issue. No advertising trackers are used.")}
<div class="preheader">{_e(m.get('preheader', 'Having trouble reading this email? You are viewing the web version.'))}</div>
<header class="nl-header"><a href="/" class="nl-brand">{_e(m['site'])}</a>
<p class="issue">{_e(m.get('issue', ''))} &middot; <span class="issue-date">{_e(m['visible_date'])}</span></p>
{_nav(["Archive", "About", "Subscribe", "Sponsor"], "nl-nav")}</header>
<main>
<p class="greeting">{_e(m.get('greeting', 'Good morning.'))}</p>
<article class="nl-lead">
<h1>{_e(m['headline'])}</h1>
<p class="nl-byline">Written by {_e(m['author'])}{', ' + _e(m['author_role']) if m.get('author_role') else ''}</p>
{_figure(m)}
<p class="dateline">{_e(m['dateline'])}</p>
{_body(paras, ad_every=0)}
</article>
<div class="sponsor ad-slot"><span class="ad-label">Advertisement</span>
<p>{_e(m.get('sponsor', 'This issue is supported by our readers.'))}</p></div>
<div class="nl-extras"><h2>Also in this issue</h2>{extras}</div>
{_share(m['url'])}
{_related(m, "From the archive")}
</main>
{_footer(m, ["Unsubscribe", "Update preferences", "Forward to a friend", "Privacy"], "You are receiving this because you subscribed. Reply to this email to reach the editors.")}
</body>
</html>
"""


def _live(m: dict[str, Any], entries: list[tuple[str, str, list[str]]],
          key_points: list[str]) -> str:
    """A live blog: key points box and time-stamped entries, newest first."""
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    posts = []
    for i, (stamp, title, ps) in enumerate(entries):
        body = "".join(f"<p>{_e(p)}</p>" for p in ps)
        posts.append(f"<div class=\"live-post\" id=\"post-{len(entries) - i}\">"
                     f"<time class=\"post-time\">{_e(stamp)}</time>"
                     f"<h3 class=\"post-title\">{_e(title)}</h3>{body}"
                     "<a class=\"post-share\" href=\"#\">Share this update</a></div>")
        if i == 3:
            posts.append("<div class=\"ad-slot live\"><span class=\"ad-label\">Advertisement</span></div>")
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(m, "-")}
<body class="liveblog">
{_cookie(m['site'], "Cookies help us deliver live updates and measure how many people follow them.")}
<header class="site-head"><a href="/" class="logo">{_e(m['site'])}</a>
{_nav(["Latest", "News", "Live", "Business", "Sport", "Video", "Weather"])}</header>
<main>
<article class="live-article">
<p class="live-badge">{_e(m.get('badge', 'LIVE'))}</p>
<h1>{_e(m['headline'])}</h1>
<p class="dek">{_e(m.get('dek', ''))}</p>
<div class="live-meta">Edited by <span class="author">{_e(m['author'])}</span> &middot;
<span class="updated">{_e(m['visible_date'])}</span></div>
{_share(m['url'])}
{_figure(m)}
<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>
<p class="dateline">{_e(m['dateline'])}</p>
<div class="live-feed">{''.join(posts)}</div>
</article>
{_related(m, "Our coverage")}
</main>
{_footer(m, ["About", "Contact", "Corrections", "Terms", "Privacy"], "Updates are published as information becomes available and may be revised.")}
</body>
</html>
"""


# ===========================================================================
# cb-KA1 — South African Reserve Bank rate decision
# Facts: Thursday 26 March 2026, Pretoria.  Governor Sibusiso Matlala reads the MPC
# statement at 15:00 SAST (13:00 GMT).  Repo rate cut 25 bp from 6.75% to 6.50%; prime
# 10.25% -> 10.00%, effective Friday 27 March.  Vote: four members for the cut, two for a
# hold (January 29 meeting: unanimous hold).  February CPI 3.1%; target 3%.  Forecasts:
# 2026 inflation 3.2% (January: 3.4%), 2027 3.0%; 2026 GDP 1.4% (January: 1.2%).
# Karabo Maseko is the bank's chief economist.  Rand 17.55/$ before the statement, 17.61 at
# 15:20, 17.64 at 17:00, 17.59 early Friday.  R1.5m 20-year bond: about R250 less a month;
# R1m: about R166.  Next decision 28 May.
# PLANTED: Umoya says five members voted for the cut and one for a hold; The Rand Brief
# calls Maseko a deputy governor.
# ===========================================================================

_CB_A = _wire({
    "site": "Southern Cross Wire", "host": "scwire.example",
    "url": "https://scwire.example/business/2026/03/26/sarb-trims-repo-rate-split-vote",
    "headline": "South African Reserve Bank trims repo rate to 6.50% in split vote",
    "dek": "Four of six policymakers back a quarter-point cut as inflation settles near the new 3% goal.",
    "section": "Business", "published": "2026-03-26T15:22:00+02:00",
    "modified": "2026-03-26T16:05:00+02:00",
    "author": "Lindokuhle Mthembu and Carla Jacobs",
    "dateline": "PRETORIA, March 26",
    "visible_date": "March 26, 2026 3:22 PM GMT+2 · Updated 16:05",
    "image": {"src": "/img/2026/03/sarb-building-pretoria.jpg",
              "alt": "The Reserve Bank headquarters in Pretoria",
              "caption": "The South African Reserve Bank's headquarters tower in central Pretoria.",
              "credit": "Photo: Tumelo Phiri / Southern Cross Wire"},
    "related": [("Rand slips after central bank eases", "/markets/2026/03/26/rand-after-mpc"),
                ("February inflation cools to 3.1%", "/business/2026/03/18/sa-cpi-february")],
    "tags": ["South Africa", "Central banks", "Interest rates", "Rand"],
    "credits": "Reporting by Lindokuhle Mthembu and Carla Jacobs; editing by Ruth Abrahams",
}, [
    "The South African Reserve Bank lowered its main lending rate by 25 basis points to 6.50% on Thursday, with a "
    "divided Monetary Policy Committee judging that inflation had settled close enough to the 3% target to permit a "
    "modest easing.",
    "Four of the six committee members backed the cut, while two preferred to hold the repo rate at 6.75%, Governor "
    "Sibusiso Matlala told a news conference in Pretoria. At its previous meeting, in January, the committee had "
    "voted unanimously to keep the rate where it was.",
    "\"We see room to ease a little, but we are not going to chase what the market has priced in. Each decision from "
    "here will be taken on the data in front of us,\" Matlala said.",
    "The move takes the prime lending rate, the benchmark commercial banks use to price home loans, vehicle finance "
    "and overdrafts, to 10.00% from 10.25%. The new rates apply from Friday.",
    "Consumer inflation slowed to 3.1% year on year in February, Statistics South Africa reported last week, leaving "
    "it within half a percentage point of the target for a fourth month running. The central bank now expects "
    "headline inflation to average 3.2% this year, down from the 3.4% it projected in January, and 3.0% in 2027.",
    "It raised its estimate for economic growth in 2026 to 1.4% from 1.2%, citing firmer mining output and a pick-up "
    "in household spending. The bank's chief economist, Karabo Maseko, cautioned however that power supply and "
    "freight-rail bottlenecks still cap how fast the economy can expand without stoking prices.",
    "Maseko said the bank's quarterly projection model implied a policy rate slightly below the current level by the "
    "end of the year. \"The path is a guide, not a promise, and it moves when the data moves,\" she said.",
    "## Market reaction",
    "Forward rate agreements had priced in roughly 20 basis points of easing ahead of the announcement, and a "
    "quarter-point cut was the most common call in a Southern Cross Wire poll of 14 economists last week. Nine of "
    "them had forecast a reduction and the rest a hold.",
    "The rand weakened slightly after the statement, trading at 17.61 per dollar at 15:20 compared with 17.55 "
    "shortly before the governor began speaking at 15:00 (1300 GMT). Yields on the benchmark 2035 government bond "
    "were little changed.",
    "Matlala said the two members who voted for a hold were worried about administered prices, including municipal "
    "electricity tariff increases due in July, and about the risk that a softer currency could push up fuel costs in "
    "the coming months.",
    "Palesa Ntuli, head of fixed-income research at Amandla Securities, said the split vote suggested the bank would "
    "move cautiously. \"A 4-2 decision is not a committee that is in a hurry. I would pencil in one more cut this "
    "year, not a cycle,\" she said.",
    "## Background",
    "The Reserve Bank adopted a 3% point target, with a tolerance band of one percentage point either side, last "
    "year after years of aiming for the midpoint of a 3% to 6% range. Officials have argued that a lower target will "
    "cut borrowing costs over time by reducing the inflation premium investors demand on government debt.",
    "Thursday's cut was the first change to the repo rate this year. The committee next announces a decision on May "
    "28.",
])

_CB_B = _paper({
    "site": "The Highveld Ledger", "host": "highveldledger.example",
    "url": "https://highveldledger.example/business/economy/2026-03-26-rate-cut-homeowners-relief",
    "headline": "Rate cut offers homeowners modest relief as Reserve Bank splits 4-2",
    "dek": "Prime falls to 10% from Friday, but the governor signals no rush to follow the market's hopes.",
    "section": "Business", "published": "2026-03-26T19:10:00+02:00",
    "modified": "2026-03-27T08:45:00+02:00",
    "author": "Thandiwe Nkosi", "author_role": "Economics editor",
    "author_bio": "Thandiwe Nkosi has covered monetary policy and the Treasury for the Ledger since 2019.",
    "dateline": "PRETORIA",
    "visible_date": "26 March 2026 – 19:10 | Updated 27 March 2026 – 08:45",
    "edition": "Gauteng edition",
    "comments": 48,
    "most_read": ["Fuel price: what to expect in April", "Metro budget vote delayed again",
                  "Bok squad named for July tour"],
    "image": {"src": "/media/2026/03/matlala-briefing.jpg",
              "alt": "Governor Sibusiso Matlala at a podium",
              "caption": "Reserve Bank governor Sibusiso Matlala announces the committee's decision in Pretoria on Thursday.",
              "credit": "Picture: Sello Mabaso"},
    "related": [("Editorial: a cautious cut, and the right one", "/opinion/editorials/2026-03-27-cautious-cut"),
                ("How much you save on your bond", "/money/2026-03-26-bond-calculator")],
    "tags": ["Reserve Bank", "Interest rates", "Home loans", "Inflation"],
}, [
    "Homeowners and businesses carrying debt will get a small break from Friday after the South African Reserve Bank "
    "cut its repo rate by a quarter of a percentage point to 6.50%, though a split on the Monetary Policy Committee "
    "suggested the relief may come slowly.",
    "Governor Sibusiso Matlala said on Thursday that four members of the committee had voted for the cut and two had "
    "wanted to keep the rate at 6.75%. In January the six members were unanimous in favour of leaving it unchanged.",
    "\"We see room to ease a little,\" Matlala told journalists at the bank's headquarters, before adding that the "
    "committee was \"not going to chase what the market has priced in\".",
    "For a household repaying a R1.5 million bond over 20 years, the reduction in the prime lending rate to 10% from "
    "10.25% will shave about R250 off the monthly instalment, according to the Ledger's calculations. The major "
    "banks said they would adjust their rates from Friday.",
    "Sizwe Khumalo of the Homeowners' Forum, a lobby group for bondholders, said the saving was welcome but would "
    "barely cover the increases in rates and electricity bills many municipalities have proposed for the new "
    "financial year. \"It's a plaster, not a cure. People are still stretched,\" he said.",
    "## Inflation close to target",
    "The committee's case for easing rests on inflation that has cooled markedly. Consumer prices rose 3.1% in the "
    "year to February, the figure Statistics South Africa published on 18 March, against the Reserve Bank's target "
    "of 3%.",
    "The bank lowered its projection for average inflation this year to 3.2%, from the 3.4% it forecast two months "
    "ago, and expects the rate to reach 3.0% next year. Its growth forecast for 2026 rose to 1.4% from 1.2%.",
    "Chief economist Karabo Maseko told the briefing that mining production and household consumption had surprised "
    "on the upside in the final quarter of last year. But she warned that the policy path projected by the bank's "
    "model, which shows a little more easing before December, should not be read as a commitment. \"The path is a "
    "guide, not a promise,\" Maseko said.",
    "The two members who preferred no change, Matlala said, were concerned about municipal electricity tariffs due "
    "to rise in July and the possibility that the rand weakens further, lifting petrol and diesel prices.",
    "## Rand softer",
    "The currency did lose some ground after the announcement. It was trading at R17.64 to the dollar at 17:00 on "
    "Thursday, from about R17.55 before the statement, but had recovered to R17.59 early on Friday.",
    "Johan Pretorius, a senior economist at Karoo Capital Economics, said the committee had chosen the smallest step "
    "available. \"They have cut, but the message is clearly that each meeting is live and nothing is pre-committed. "
    "I expect them to sit on their hands in May and reassess in July,\" he said.",
    "Economists at several banks said the projections published on Thursday left room for one further reduction "
    "later in the year, most likely in July or September, if inflation continues to track close to the target and "
    "the currency holds steady. None of those who spoke to the Ledger expected the committee to move again in May.",
    "The next rate announcement is scheduled for 28 May.",
])

_CB_C = _broadcast({
    "site": "Umoya News", "host": "umoyanews.example",
    "url": "https://umoyanews.example/news/business/reserve-bank-cuts-interest-rates-26032026",
    "headline": "Reserve Bank cuts interest rates by a quarter of a percentage point",
    "dek": "The repo rate drops to 6.5% and prime to 10%, bringing slightly cheaper credit from Friday.",
    "section": "Business", "published": "2026-03-26T17:05:00+02:00",
    "modified": "2026-03-26T17:40:00+02:00",
    "author": "Bongani Zwane", "author_role": "Business reporter",
    "dateline": "Pretoria",
    "visible_date": "Thu 26 Mar 2026 · 17:05",
    "schedule": "Business Tonight at 21:30",
    "video_caption": "Watch: Governor Matlala explains the committee's decision",
    "image": {"src": "/images/2026/03/26/shoppers-joburg.jpg",
              "alt": "Shoppers at a market in Johannesburg",
              "caption": "Shoppers in central Johannesburg. Food prices remain a concern for the Reserve Bank.",
              "credit": "Umoya News / Ayanda Cele"},
    "related": [("What the rate cut means for your car loan", "/news/business/rate-cut-car-loans"),
                ("Economists split ahead of MPC decision", "/news/business/mpc-preview-march")],
    "tags": ["Reserve Bank", "Repo rate", "Economy"],
}, [
    "The South African Reserve Bank has cut the repo rate by 25 basis points, bringing it down to 6.5% from 6.75% "
    "and offering consumers a little relief on their monthly debt repayments.",
    "Governor Sibusiso Matlala announced the decision just after 3pm on Thursday, at the end of the Monetary Policy "
    "Committee's three-day meeting in Pretoria.",
    "Five of the six members voted for the cut, Matlala said, and one preferred to leave the rate unchanged. The "
    "committee had held the rate at its previous meeting in January.",
    "The prime lending rate, which most home loans and car loans are linked to, falls to 10% from 10.25%. Banks are "
    "expected to pass on the reduction from Friday.",
    "Matlala said inflation had behaved well over the past six months, with February's figure of 3.1% sitting just "
    "above the bank's target of 3%. But he made clear that Thursday's decision did not mark the start of a long "
    "series of cuts.",
    "\"Each decision from here will be taken on the data in front of us,\" he said.",
    "## Forecasts revised",
    "The Reserve Bank now sees inflation averaging 3.2% in 2026, lower than the 3.4% it expected in January. It "
    "raised its forecast for economic growth this year to 1.4% from 1.2%.",
    "Karabo Maseko, the Reserve Bank's chief economist, said better mining output and stronger spending by "
    "households had lifted the outlook, but that the economy remained held back by load constraints on the "
    "electricity grid and problems at the ports and on freight rail.",
    "The committee said the balance of risks to inflation was roughly even, with food and fuel prices the main "
    "threats on the upside.",
    "## What it means for you",
    "For someone with a home loan of R1.5 million over 20 years, the monthly repayment should fall by about R250. "
    "Smaller loans will see proportionally smaller savings.",
    "In Soweto, Nomsa Dlamini, who runs a catering business from her home, said any saving helped. \"I pay the bank "
    "every month for the van and the ovens. If it's a few hundred rand less, that's a few hundred rand for stock,\" "
    "she told Umoya News.",
    "Economists said the cut had been widely expected. Palesa Ntuli, head of fixed-income research at Amandla "
    "Securities, said financial markets had priced in about 20 basis points of easing before the meeting.",
    "\"The bank has delivered what the market wanted, but only just. I don't think anyone should be planning for "
    "rates to fall every two months,\" Ntuli said.",
    "The rand weakened slightly after the announcement and was trading at R17.63 to the dollar at about 16:45.",
    "Motor dealers also welcomed the move. Vehicle finance is usually priced at or above prime, and a dealer in "
    "Pretoria East told Umoya News that customers had been delaying purchases since the end of last year while they "
    "waited to see which way rates would go. He said enquiries had already picked up in the days before the "
    "announcement.",
    "## Next meeting",
    "The Monetary Policy Committee meets six times a year. Its next decision is due on 28 May, by which time the "
    "committee will have seen inflation data for March and April and the first estimate of economic growth for the "
    "first quarter.",
])

_CB_D = _newsletter({
    "site": "The Rand Brief", "host": "randbrief.example",
    "url": "https://randbrief.example/issues/2026-03-27",
    "headline": "The Reserve Bank blinks, a little",
    "dek": "A quarter-point cut, a divided committee and a governor who refuses to promise more.",
    "section": "Newsletter", "published": None,
    "author": "Megan Olivier", "author_role": "editor",
    "dateline": "Johannesburg",
    "visible_date": "Friday 27 March 2026",
    "issue": "Issue 412",
    "greeting": "Good morning. Rates are lower, the rand is steadier, and the weekend is close.",
    "sponsor": "Today's issue is sponsored by a fictional savings app. Advertisement content is marked.",
    "extras": [("JSE ends flat", "The all-share index closed almost unchanged on Thursday as gains "
                "in gold miners offset weaker retailers ahead of month-end."),
               ("Port volumes", "Container throughput at the country's two busiest ports rose "
                "in February, according to the port operator's monthly update, helped by "
                "shorter vessel waiting times.")],
    "image": {"src": "/assets/issues/412/rates-chart.png",
              "alt": "Chart of the repo rate since 2021",
              "caption": "The repo rate since 2021, including Thursday's cut to 6.50%.",
              "credit": "Chart: The Rand Brief, using Reserve Bank data"},
    "related": [("Issue 405: Why the 3% target matters", "/issues/2026-03-18"),
                ("Issue 388: The January hold", "/issues/2026-01-30")],
    "tags": ["Rates", "SARB", "Rand"],
}, [
    "The South African Reserve Bank cut the repo rate by 25 basis points to 6.50% yesterday, the first move of the "
    "year. Prime is now 10%. If you were hoping for a clear signal that more is coming, you did not get one.",
    "The vote tells the story. Four members voted for the cut and two for no change, a marked shift from January, "
    "when all six agreed to sit still. Governor Sibusiso Matlala went out of his way to stress that the committee "
    "was \"not going to chase what the market has priced in\", which is central-bank language for: please stop "
    "assuming a cutting cycle.",
    "The market had priced roughly 20 basis points before the statement, so the outcome was close to consensus. What "
    "was less expected was how openly the committee discussed the case for waiting. The two hawkish members, Matlala "
    "said, worry about administered prices (think municipal electricity tariffs, which rise again in July) and about "
    "fuel if the currency slides.",
    "## The numbers",
    "February inflation came in at 3.1%. The target is 3%, with a one-percentage-point band either side. The bank "
    "now sees inflation averaging 3.2% this year, down from 3.4% in its January projections, and exactly on target "
    "at 3.0% in 2027.",
    "Deputy Governor Karabo Maseko, who presented the projections, said the model's implied rate path showed a "
    "little more easing by December. She was careful with the wording: \"The path is a guide, not a promise, and it "
    "moves when the data moves.\"",
    "## Your bond",
    "On a R1 million home loan over 20 years, the cut saves about R166 a month. On R1.5 million, around R250. "
    "Useful, not life-changing. The banks adjust from today.",
    "## The rand",
    "The currency weakened briefly after the statement, touching R17.64 to the dollar in the late afternoon, before "
    "recovering overnight. At 06:00 this morning it was at R17.59, almost exactly where it was at this time "
    "yesterday.",
    "## Who wanted more",
    "Not everyone was satisfied. Labour federations had lobbied for half a percentage point, and property developers "
    "argued that a bigger move was needed to revive demand for new homes, where approvals have been falling for two "
    "years. Retail bankers, on the other hand, told us they were relieved the committee had not gone further, "
    "because arrears on unsecured loans are only now starting to ease.",
    "## Our take",
    "We think this is one cut, possibly two, rather than the beginning of a long easing cycle. The new 3% target "
    "gives the bank a lower bar for inflation, and with global energy prices still jumpy the committee has every "
    "reason to move slowly. The 4-2 split is the tell: two members were prepared to wait even with inflation almost "
    "on target.",
    "Johan Pretorius at Karoo Capital Economics put it well in a note to clients last night: the committee has cut, "
    "but \"each meeting is live and nothing is pre-committed\". We agree, and we would not bet on a move in May.",
    "The next decision is on 28 May. We will be watching the March inflation print, due in late April, more closely "
    "than anything the governor says between now and then.",
])

STORY_1 = _story("cb-KA1", "central bank", "2026-03-29", [
    _page("https://scwire.example/business/2026/03/26/sarb-trims-repo-rate-split-vote", _CB_A),
    _page("https://highveldledger.example/business/economy/2026-03-26-rate-cut-homeowners-relief", _CB_B),
    _page("https://umoyanews.example/news/business/reserve-bank-cuts-interest-rates-26032026", _CB_C),
    _page("https://randbrief.example/issues/2026-03-27", _CB_D),
], [
    ("MPC vote split for the cut",
     r"\bfour of the six\b|\bfour members\b|\b4-2\b|\bfour to two\b",
     r"\bfive of the six\b|\bfive members\b|\b5-1\b|\bfive to one\b"),
    ("Karabo Maseko's title", r"\bchief economist\b", r"\bdeputy governor\b"),
])

# ===========================================================================
# el-KA2 — Keetmanshoop Urban regional council by-election, Namibia (CONTROL)
# Facts: vacancy after councillor Daniel Rooi (United Progressive Front, UPF) died in
# March 2026.  Voting Saturday 13 June 2026, 07:00-21:00, 19 polling stations, 23,118
# registered voters.  Result declared Sunday 14 June at 10:40 CAT (08:40 GMT) in the
# Keetmanshoop town hall by returning officer Hendrina Kasper (Electoral Commission of
# Namibia).  Elfriede (Magdalena) Gaoses, 47, UPF, former school principal: 4,812;
# Petrus Isaacks, Citizens' Democratic Movement (CDM): 3,905; Anna-Marie Beukes,
# independent: 611; Tobias Kooper, Green Future Party: 203; rejected 74; cast 9,605
# (valid 9,531); turnout 41.5%; margin 907; Gaoses 50.5% of valid votes.  Kronlein
# community hall station: Gaoses 702, Isaacks 581.  Live-blog running counts: 10 of 19
# stations at 02:15 (2,402 v 2,011), 16 of 19 at 06:30 (3,977 v 3,260).  November 2025:
# Rooi won with 5,640 votes on 46.9% turnout.  Isaacks congratulated Gaoses at the hall.
# ===========================================================================

_EL_A = _local({
    "site": "Kharas Courier", "host": "kharascourier.example",
    "url": "https://kharascourier.example/2026/06/14/gaoses-wins-keetmanshoop-urban-by-election/",
    "headline": "Gaoses wins Keetmanshoop Urban by-election by 907 votes",
    "dek": "The UPF keeps the seat left vacant by the death of Daniel Rooi, but with a thinner majority than in November.",
    "section": "Local News", "published": "2026-06-14T13:15:00+02:00",
    "modified": "2026-06-14T13:40:00+02:00",
    "author": "Jacqueline Swartbooi",
    "dateline": "KEETMANSHOOP",
    "visible_date": "14 June 2026 at 13:15",
    "weather": "Keetmanshoop today: sunny, 21°C, cold night ahead (3°C)",
    "motto": "News from the South, for the South",
    "notices": ["Municipal water interruption in Westdene on Tuesday from 08:00 to 14:00",
                "Church bazaar at the Lutheran hall on Saturday 20 June"],
    "image": {"src": "/wp-content/uploads/2026/06/gaoses-townhall.jpg",
              "alt": "Elfriede Gaoses with supporters outside the town hall",
              "caption": "Elfriede Gaoses greets supporters outside the Keetmanshoop town hall after the result was read on Sunday.",
              "credit": "Photo: Kharas Courier"},
    "related": [("Meet the four candidates", "/2026/06/05/meet-the-candidates-keetmanshoop-urban/"),
                ("Tribute: Daniel Rooi, councillor and coach", "/2026/03/12/tribute-daniel-rooi/")],
    "tags": ["Keetmanshoop", "By-election", "//Kharas Regional Council"],
}, [
    "Elfriede Gaoses of the United Progressive Front is the new regional councillor for Keetmanshoop Urban after "
    "winning Saturday's by-election with 4,812 votes, 907 more than her closest rival, Petrus Isaacks of the "
    "Citizens' Democratic Movement.",
    "The result was read out at the town hall at 10:40 on Sunday morning by the constituency's returning officer, "
    "Hendrina Kasper, after counting that ran through the night at the constituency's 19 polling stations.",
    "Isaacks received 3,905 votes. Independent candidate Anna-Marie Beukes, a businesswoman who runs a guesthouse "
    "near the railway station, took 611, and Tobias Kooper of the Green Future Party 203. Seventy-four ballots were "
    "rejected.",
    "In total 9,605 people voted out of 23,118 on the voters' roll, a turnout of 41.5%.",
    "The by-election was called after the death in March of Daniel Rooi, the UPF councillor who had held the seat "
    "since 2015 and was re-elected in November last year with 5,640 votes. Rooi, a former rugby coach at a local "
    "high school, was widely respected across party lines, and several speakers at the town hall on Sunday mentioned "
    "him by name.",
    "Gaoses, 47, is a former school principal who taught in Keetmanshoop for more than two decades before entering "
    "politics. Speaking to supporters outside the hall, she said she would not try to replace Rooi.",
    "\"This seat belonged to Daniel Rooi and to the people who trusted him. I will work to deserve the same trust, "
    "street by street, starting with the water and the roads,\" she said.",
    "## A closer race",
    "The UPF held on to the seat comfortably, but the CDM narrowed the gap compared with November. Isaacks, a "
    "39-year-old paralegal who grew up in Tseiblaagte, campaigned hard on the town's water problems, and his "
    "supporters packed the hall on Sunday.",
    "At the polling station in the Krönlein community hall, one of the busiest in the constituency, Gaoses received "
    "702 votes and Isaacks 581, according to the results posted on the door of the station on Saturday night.",
    "Isaacks, who was present when the result was announced, walked over to shake Gaoses' hand. He later told the "
    "Courier that his party accepted the outcome. \"The people have spoken and we respect that. But we also heard "
    "them, and what they said is that the taps must run,\" he said.",
    "## Water at the top of the list",
    "All four candidates made water supply the centre of their campaigns. Several suburbs have had regular "
    "interruptions since a section of the pipeline from the Naute Dam failed in the summer, and residents in "
    "Westdene and Krönlein have relied on tankers for days at a time.",
    "Gaoses said she would ask the regional council to press the national water utility for a timetable for the "
    "pipeline repairs, which are expected to start in July, and would hold monthly public meetings in each ward.",
    "The returning officer said voting had gone smoothly, with no complaints lodged by party agents. Kasper thanked "
    "the police, the polling staff and the schools that had made classrooms available.",
    "The new councillor is expected to be sworn in at the next sitting of the //Kharas Regional Council.",
])

_EL_B = _paper({
    "site": "The Namib Observer", "host": "namibobserver.example",
    "url": "https://namibobserver.example/politics/upf-holds-keetmanshoop-urban-as-turnout-dips",
    "headline": "UPF holds Keetmanshoop Urban as opposition narrows the gap",
    "dek": "Elfriede Gaoses takes just over half of the valid votes in the southern by-election.",
    "section": "Politics", "published": "2026-06-15T05:00:00+02:00",
    "modified": "2026-06-15T05:00:00+02:00",
    "author": "Matheus Shikongo", "author_role": "Political reporter",
    "author_bio": "Matheus Shikongo reports on parliament, regional government and elections.",
    "dateline": "WINDHOEK",
    "visible_date": "Monday, 15 June 2026",
    "edition": "Print edition, Monday 15 June 2026",
    "comments": 21,
    "most_read": ["Fuel prices unchanged for July", "Brave Warriors squad announced",
                  "Hosea Kutako terminal works behind schedule"],
    "image": {"src": "/uploads/2026/06/15/keetmanshoop-count.jpg",
              "alt": "Polling officials counting ballots by lamplight",
              "caption": "Officials count ballots at a polling station in Keetmanshoop on Saturday night.",
              "credit": "Photo: Observer correspondent"},
    "related": [("Opposition parties eye 2029 after regional gains", "/politics/opposition-eyes-2029"),
                ("ECN sets dates for three more by-elections", "/politics/ecn-by-election-dates")],
    "tags": ["Elections", "ECN", "//Kharas", "UPF", "CDM"],
}, [
    "The United Progressive Front has held on to the Keetmanshoop Urban constituency in the //Kharas Region, but "
    "with a margin that opposition parties say shows the ruling party's grip on southern towns is loosening.",
    "Elfriede Magdalena Gaoses won Saturday's by-election with 4,812 votes, the Electoral Commission of Namibia's "
    "returning officer announced in Keetmanshoop yesterday morning. Petrus Isaacks of the Citizens' Democratic "
    "Movement was second with 3,905.",
    "Gaoses took 50.5% of the 9,531 valid votes, a clear win but a far cry from November's regional elections, when "
    "the late councillor Daniel Rooi won the seat with 5,640 votes.",
    "Turnout was about 42 per cent of the 23,118 registered voters, down from 46.9% in November, a drop that party "
    "strategists on both sides attributed partly to the cold weather and partly to fatigue after last year's "
    "campaigns.",
    "The independent candidate, Anna-Marie Beukes, finished third with 611 votes and the Green Future Party's Tobias "
    "Kooper fourth with 203.",
    "The result was declared at 10:40 at the Keetmanshoop town hall by returning officer Hendrina Kasper.",
    "## Opposition encouraged",
    "CDM secretary-general Ndeshi Amutenya said the party had reduced the gap in a seat the UPF had held since 2015 "
    "and would build on the result. \"Nine hundred votes is not a mountain. It is a few streets,\" she said by "
    "telephone from Windhoek.",
    "Isaacks had himself accepted the outcome at the town hall, congratulating Gaoses in front of both parties' "
    "supporters.",
    "The UPF's regional coordinator, Erastus Nakale, rejected the suggestion that the party was losing ground. He "
    "said by-elections always drew smaller crowds and that the margin should be judged against the turnout. \"We won "
    "the seat outright, with more than half of the votes. That is the headline,\" Nakale said.",
    "## Local issues dominate",
    "The campaign in Keetmanshoop revolved around water. Parts of the town have endured weeks of interrupted supply "
    "since a pipeline from the Naute Dam was damaged earlier in the year, and candidates of every party promised to "
    "press the national water utility for faster repairs.",
    "Gaoses, a former principal, paid tribute to her predecessor in her first remarks as councillor-elect. \"This "
    "seat belonged to Daniel Rooi and to the people who trusted him,\" she said, promising to work \"street by "
    "street, starting with the water and the roads\".",
    "Political analyst Hilma Nghifindaka of the University of Namibia's southern campus said the numbers did not "
    "point to a collapse of the UPF vote but to an electorate that was increasingly willing to punish poor service "
    "delivery.",
    "\"Keetmanshoop voters have shown that they will turn out for a local fight. The ruling party still has a "
    "majority here, but it cannot assume that the seat is safe,\" she said.",
    "## What happens next",
    "The Electoral Commission is expected to publish the official result in the Government Gazette in the coming "
    "days. Gaoses will then be sworn in as a member of the //Kharas Regional Council.",
    "Residents interviewed by the Observer on Sunday afternoon were less interested in the margin than in the "
    "pipeline. \"Whoever won, I want to open the tap in the morning and have water,\" said Martha Cloete, a "
    "pensioner in Westdene who said she had voted for the first time since 2020.",
])

_EL_C = _broadcast({
    "site": "Desert Wave News", "host": "desertwave.example",
    "url": "https://desertwave.example/southern-africa/namibia-keetmanshoop-by-election-result",
    "headline": "Namibia: ruling UPF keeps Keetmanshoop seat in by-election",
    "dek": "Former teacher Elfriede Gaoses wins with 4,812 votes on a turnout of 41.5 per cent.",
    "section": "Southern Africa", "published": "2026-06-14T11:20:00+02:00",
    "modified": "2026-06-14T12:02:00+02:00",
    "author": "Rosalia Hamutenya", "author_role": "Namibia correspondent",
    "dateline": "Keetmanshoop, Namibia",
    "visible_date": "14 June 2026, 09:20 GMT",
    "schedule": "Southern Africa Today at 13:00 GMT",
    "video_caption": "Watch: Gaoses addresses supporters after the declaration",
    "image": {"src": "/img/2026/06/14/keetmanshoop-street.jpg",
              "alt": "A street in Keetmanshoop with the Quiver Tree Forest sign",
              "caption": "Keetmanshoop, about 500 km south of Windhoek, is the administrative centre of the //Kharas Region.",
              "credit": "Desert Wave News"},
    "related": [("Namibia's regional councils explained", "/explainers/namibia-regional-councils"),
                ("Botswana by-election: opposition gains in Francistown", "/southern-africa/botswana-francistown-by-election")],
    "tags": ["Namibia", "Elections", "Keetmanshoop"],
}, [
    "Namibia's United Progressive Front has won a regional council by-election in the southern town of Keetmanshoop, "
    "retaining a seat that fell vacant in March with the death of its long-serving councillor.",
    "Elfriede Gaoses, a former teacher and school principal, received 4,812 votes, the Electoral Commission of "
    "Namibia said. The result was announced at 08:40 GMT on Sunday, after an overnight count.",
    "Her main challenger, Petrus Isaacks of the opposition Citizens' Democratic Movement, won 3,905 votes. Gaoses "
    "therefore took just over half of the valid ballots, with the rest shared between Isaacks, an independent "
    "candidate and a small green party.",
    "Of the 23,118 people registered in the Keetmanshoop Urban constituency, 9,605 cast a ballot on Saturday, a "
    "turnout of 41.5 per cent. Polling stations were open from 07:00 to 21:00 local time.",
    "Election officials reported no serious incidents. The constituency's returning officer, Hendrina Kasper, said "
    "party agents at all 19 polling stations had signed off on the results before they were brought to the town hall "
    "for the final tally.",
    "## Tribute to predecessor",
    "Gaoses, 47, dedicated the victory to her predecessor, Daniel Rooi, who had represented the constituency since "
    "2015 and was re-elected in November 2025.",
    "\"This seat belonged to Daniel Rooi and to the people who trusted him. I will work to deserve the same trust,\" "
    "she told supporters.",
    "Rooi won the November election with 5,640 votes, on a turnout of 46.9 per cent. Analysts said Saturday's lower "
    "turnout was typical of by-elections, which rarely draw the same interest as national or regional polls.",
    "## Water shortages",
    "Keetmanshoop, about 500 km south of the capital Windhoek, has suffered repeated water interruptions this year "
    "after damage to the pipeline that carries water from the Naute Dam. Residents have queued at tankers in several "
    "suburbs, and the issue dominated the campaign.",
    "Isaacks, a paralegal, had argued that the ruling party had taken the town for granted. After the result he "
    "accepted his defeat and congratulated the winner, saying his party would keep pushing for repairs to the water "
    "system.",
    "\"We respect the result, and we will hold the new councillor to her promises,\" he told Desert Wave News.",
    "## Wider picture",
    "The by-election was watched closely as a test of the ruling party's standing in the south of the country, where "
    "opposition parties made gains in last year's regional and local authority elections.",
    "The UPF's share of the vote in Keetmanshoop Urban fell compared with November, but the party won an outright "
    "majority, which its officials said showed that voters still trusted it to deliver.",
    "Anna-Marie Beukes, who ran as an independent, finished third with 611 votes. She had campaigned on the "
    "condition of roads in the older parts of town and on support for small businesses along the main street, many "
    "of which have struggled since a supermarket chain opened on the edge of town. Tobias Kooper of the Green Future "
    "Party was fourth with 203 votes.",
    "Namibia's 14 regional councils are responsible for planning and development in their regions, and each "
    "constituency elects one councillor. Several more by-elections are due in other regions later this year.",
])

_EL_D = _live({
    "site": "Windhoek Signal", "host": "windhoeksignal.example",
    "url": "https://windhoeksignal.example/live/keetmanshoop-urban-by-election-count",
    "headline": "Keetmanshoop Urban by-election: live updates as votes are counted",
    "dek": "Follow the count in the //Kharas by-election from the close of polls to the declaration.",
    "section": "Politics", "published": "2026-06-13T20:30:00+02:00",
    "modified": "2026-06-14T11:05:00+02:00",
    "author": "Saara Iipinge and Werner Visser",
    "dateline": "KEETMANSHOOP / WINDHOEK",
    "visible_date": "Last updated Sunday 14 June 2026, 11:05",
    "badge": "LIVE – ENDED",
    "image": {"src": "/media/live/2026/06/ballot-boxes-keetmanshoop.jpg",
              "alt": "Sealed ballot boxes on a table",
              "caption": "Sealed ballot boxes arrive at the town hall in Keetmanshoop early on Sunday.",
              "credit": "Windhoek Signal / Werner Visser"},
    "related": [("Analysis: what the south is telling the ruling party", "/analysis/south-message-upf"),
                ("Who was Daniel Rooi?", "/politics/who-was-daniel-rooi")],
    "tags": ["Live", "By-election", "Keetmanshoop"],
}, [
    ("Sunday 11:05", "That's where we leave it",
     ["We are closing this live page. Thank you for following the count with us through the "
      "night. Our full report and analysis will follow on the site later today."]),
    ("Sunday 10:52", "Gaoses: 'street by street'",
     ["The councillor-elect spoke briefly from the steps of the town hall. \"This seat "
      "belonged to Daniel Rooi and to the people who trusted him. I will work to deserve "
      "the same trust, street by street, starting with the water and the roads,\" she said.",
      "Petrus Isaacks shook her hand as she came down the steps. The two spoke for a minute before Isaacks rejoined "
      "his supporters."]),
    ("Sunday 10:40", "RESULT: Gaoses (UPF) wins Keetmanshoop Urban",
     ["Returning officer Hendrina Kasper has declared the result. Elfriede Gaoses (UPF) "
      "4,812; Petrus Isaacks (CDM) 3,905; Anna-Marie Beukes (independent) 611; Tobias Kooper "
      "(Green Future Party) 203. Rejected ballots: 74.",
      "Total votes cast 9,605 from 23,118 registered voters, which gives a turnout of 41.5%. Gaoses' majority is 907."]),
    ("Sunday 09:15", "Final boxes at the town hall",
     ["The last three polling stations, including the two farthest from the town centre, "
      "have delivered their result slips. Party agents are checking the totals with the "
      "returning officer's staff. We are told the declaration is about an hour away."]),
    ("Sunday 07:45", "UPF coordinator: 'we are comfortable'",
     ["Erastus Nakale, the UPF's regional coordinator, has arrived at the town hall. He told "
      "us the party was comfortable with the numbers so far and expected the remaining "
      "stations, most of them in neighbourhoods where it has traditionally done well, to "
      "confirm the lead. Asked about the narrower gap compared with November, he said "
      "by-elections were always different because fewer people came out to vote.",
      "CDM officials, for their part, say they are waiting for the final figures before commenting."]),
    ("Sunday 06:30", "16 of 19 stations in",
     ["With 16 of the 19 polling stations reported, Gaoses has 3,977 votes and Isaacks "
      "3,260. Beukes is on 498 and Kooper on 171. The gap has widened slightly since the "
      "early hours."]),
    ("Sunday 02:15", "Halfway: Gaoses leads",
     ["Results from 10 of the 19 stations are now in. Gaoses 2,402, Isaacks 2,011. It is "
      "closer than many in the UPF expected, and the mood among CDM supporters outside the "
      "hall is upbeat.",
      "Our reporter Werner Visser says it is 2°C outside and people are huddled around braziers in the car park."]),
    ("Sunday 00:40", "Krönlein result posted",
     ["The result at the Krönlein community hall, one of the largest stations, has been "
      "pinned to the door: Gaoses 702, Isaacks 581, Beukes 88, Kooper 29. That is a solid "
      "but not overwhelming lead for the UPF in an area it won easily in November."]),
    ("Saturday 23:10", "Counting under way",
     ["Counting has started at all 19 stations. Under the electoral law, the ballots are "
      "counted where they were cast, and the result slips are then brought to the town hall, "
      "where the returning officer adds them up."]),
    ("Saturday 21:00", "Polls close",
     ["Voting has ended in Keetmanshoop Urban. Polling stations opened at 07:00, and "
      "officials say queues were short for most of the day, with a busier spell after "
      "lunch. A total of 23,118 people are registered to vote in the constituency."]),
    ("Saturday 20:30", "Welcome",
     ["Good evening and welcome to our live coverage of the Keetmanshoop Urban "
      "by-election, called after the death in March of UPF councillor Daniel Rooi. Four "
      "candidates are standing. In November, Rooi won the seat with 5,640 votes on a "
      "turnout of 46.9%. Stay with us through the night."]),
], [
    "Elfriede Gaoses (UPF) won with 4,812 votes; Petrus Isaacks (CDM) 3,905",
    "Turnout 41.5% of 23,118 registered voters; majority 907",
    "Result declared at 10:40 on Sunday by returning officer Hendrina Kasper",
    "Seat fell vacant after the death of councillor Daniel Rooi in March",
])

STORY_2 = _story("el-KA2", "election", "2026-06-17", [
    _page("https://kharascourier.example/2026/06/14/gaoses-wins-keetmanshoop-urban-by-election/", _EL_A),
    _page("https://namibobserver.example/politics/upf-holds-keetmanshoop-urban-as-turnout-dips", _EL_B),
    _page("https://desertwave.example/southern-africa/namibia-keetmanshoop-by-election-result", _EL_C),
    _page("https://windhoeksignal.example/live/keetmanshoop-urban-by-election-count", _EL_D),
], [])

# ===========================================================================
# ct-KA3 — Lusaka corruption sentencing (CONTROL)
# Facts: Tuesday 21 July 2026, Economic and Financial Crimes Court (a division of the
# High Court) in Lusaka, Judge Chipo Mwansa-Lungu; hearing from 09:30 to about 11:15.
# Gift (Kaluba) Sikazwe, 54, former director of procurement at the Rural Water Supply
# Agency: 5 years (abuse of authority of office), 8 years (corrupt practices), 12 years
# (money laundering), with hard labour, concurrent = effective 12 years.  Kelvin Nkhata,
# 46, managing director of Chambeshi Pipes and Pumps Limited: 8 years on each of two
# counts, concurrent = 8 years; his company fined K2 million.  Both convicted on Tuesday
# 30 June 2026.  Contract (2022): 1,200 solar borehole pumps, K96.4 million, inflated by
# K31.2 million; Sikazwe received K4.7 million via a farm company.  Forfeited: a
# 150-hectare farm in Chisamba, two houses in Ibex Hill, K3.1 million in bank accounts.
# Prosecution (ACC, Namukolo Imasiku) sought at least 15 years for Sikazwe.  Trial began
# October 2024, 23 prosecution witnesses.  Defence: Mwenya Chitalu (Sikazwe, will appeal
# to the Court of Appeal), Brian Hamoonga (Nkhata, considering an appeal).
# ===========================================================================

_CT_A = _wire({
    "site": "Zambezi Press Agency", "host": "zambezipress.example",
    "url": "https://zambezipress.example/news/zambia/2026/07/21/ex-water-agency-official-jailed-12-years",
    "headline": "Zambian ex-water agency official jailed for 12 years over pump contract",
    "dek": "Former procurement director Gift Sikazwe and supplier Kelvin Nkhata sentenced in Lusaka corruption case.",
    "section": "Africa", "published": "2026-07-21T12:05:00+02:00",
    "modified": "2026-07-21T12:50:00+02:00",
    "author": "Chilufya Banda",
    "dateline": "LUSAKA, July 21",
    "visible_date": "21 July 2026, 12:05 CAT",
    "image": {"src": "/photos/2026/07/21/lusaka-high-court.jpg",
              "alt": "The High Court complex in Lusaka",
              "caption": "The High Court complex in Lusaka, where the Economic and Financial Crimes Court sits.",
              "credit": "ZPA / Mutale Kapembwa"},
    "related": [("Ex-procurement chief convicted in borehole pump case", "/news/zambia/2026/06/30/sikazwe-convicted"),
                ("Auditor General flags rural water spending", "/news/zambia/2025/11/04/auditor-general-water")],
    "tags": ["Zambia", "Corruption", "Courts", "Water"],
    "credits": "Reporting by Chilufya Banda; editing by Josephine Mwale",
}, [
    "A Lusaka court on Tuesday sentenced a former director of procurement at Zambia's Rural Water Supply Agency to "
    "an effective 12 years in prison with hard labour for steering an inflated contract for solar-powered borehole "
    "pumps to a company that paid him kickbacks.",
    "Judge Chipo Mwansa-Lungu of the Economic and Financial Crimes Court imposed three concurrent terms on Gift "
    "Sikazwe, 54: five years for abuse of authority of office, eight years for corrupt practices and 12 years for "
    "money laundering.",
    "The businessman who supplied the pumps, Kelvin Nkhata, 46, managing director of Chambeshi Pipes and Pumps "
    "Limited, received eight years with hard labour on each of two counts, also to run concurrently. His company was "
    "fined 2 million kwacha (about $75,000).",
    "\"Public officers who treat the national purse as a private account must expect the full weight of the law, and "
    "this court will not flinch from imposing it,\" the judge said as she read her sentence over nearly two hours.",
    "Both men were convicted on June 30 after a trial that began in October 2024 and heard from 23 prosecution "
    "witnesses.",
    "The court found that the agency's 2022 contract for 1,200 pumps, worth 96.4 million kwacha (about $3.6 "
    "million), had been inflated by 31.2 million kwacha (roughly $1.2 million) and that Sikazwe had received 4.7 "
    "million kwacha through a farming company he controlled.",
    "Mwansa-Lungu also ordered the forfeiture to the state of a 150-hectare farm in Chisamba, about 50 km north of "
    "Lusaka, two houses in the capital's Ibex Hill neighbourhood and 3.1 million kwacha held in Sikazwe's bank "
    "accounts.",
    "## Prosecution sought 15 years",
    "The Anti-Corruption Commission, which brought the case, had asked the court to jail Sikazwe for at least 15 "
    "years, arguing that the offences had deprived rural communities of safe water. Defence lawyers had pleaded for "
    "leniency, saying Sikazwe was a first offender with diabetes who had served the public for more than 25 years.",
    "The judge said she had taken his health and clean record into account but that the scale of the loss and the "
    "position of trust he had held weighed heavily against him.",
    "\"The pumps that were never properly supplied were meant for villages that still draw water from open wells,\" "
    "she said.",
    "Sikazwe's lawyer, Mwenya Chitalu, told reporters outside the court that his client would appeal against both "
    "conviction and sentence to the Court of Appeal. Nkhata's lawyer, Brian Hamoonga, said his client was "
    "considering an appeal.",
    "## Government campaign",
    "The case is one of the largest to reach sentencing in the Economic and Financial Crimes Court, a division of "
    "the High Court set up to speed up the handling of corruption and fraud cases, which had long waited years for "
    "judgment in the ordinary courts.",
    "Auditors first raised concerns about the pump contract in 2023, when inspections in Southern and Western "
    "provinces found that many installed units were of a cheaper specification than the agency had paid for, and "
    "that some sites listed as complete had no pump at all.",
    "The agency has since cancelled the remaining deliveries under the contract and said it would retender the work. "
    "($1 = 26.8 kwacha)",
])

_CT_B = _paper({
    "site": "The Lusaka Chronicle", "host": "lusakachronicle.example",
    "url": "https://lusakachronicle.example/national/2026/07/22/sikazwe-nkhata-sentenced-pump-scandal",
    "headline": "Pump scandal: Sikazwe gets 12 years, Nkhata eight",
    "dek": "Court orders forfeiture of Chisamba farm and Ibex Hill houses as judge warns public officers.",
    "section": "National", "published": "2026-07-22T04:30:00+02:00",
    "modified": "2026-07-22T09:15:00+02:00",
    "author": "Lombe Mwape", "author_role": "Courts reporter",
    "author_bio": "Lombe Mwape covers the courts and the justice system for the Chronicle.",
    "dateline": "LUSAKA",
    "visible_date": "Wednesday 22 July 2026",
    "edition": "Print and digital edition",
    "comments": 87,
    "most_read": ["Mealie meal prices ease in Copperbelt", "Chipolopolo coach names squad",
                  "New bus rapid transit route for Lusaka"],
    "image": {"src": "/wp-content/uploads/2026/07/sikazwe-court.jpg",
              "alt": "Gift Sikazwe escorted by prison officers",
              "caption": "Former Rural Water Supply Agency procurement director Gift Kaluba Sikazwe is led from court after sentencing.",
              "credit": "Picture by Kondwani Phiri"},
    "related": [("Editorial: the pumps, and the villages that waited", "/opinion/2026/07/22/pumps-villages"),
                ("How the pump contract was inflated", "/national/2026/06/30/how-pump-contract-inflated")],
    "tags": ["Courts", "Corruption", "ACC", "Rural Water Supply Agency"],
}, [
    "Former Rural Water Supply Agency director of procurement Gift Kaluba Sikazwe will spend the next 12 years in "
    "prison after the Economic and Financial Crimes Court in Lusaka yesterday sentenced him for his role in an "
    "inflated pump contract.",
    "Judge Chipo Mwansa-Lungu handed Sikazwe 12 years with hard labour for money laundering, eight years for corrupt "
    "practices and five years for abuse of authority of office. The sentences will run concurrently.",
    "His co-accused, Chambeshi Pipes and Pumps managing director Kelvin Nkhata, was jailed for eight years with hard "
    "labour, and the company was fined K2 million.",
    "The two were found guilty last month, on 30 June, of arranging a K96.4 million contract for 1,200 solar-powered "
    "borehole pumps that the court found had been inflated by K31.2 million. Sikazwe received K4.7 million of that "
    "money through the account of a farming company.",
    "## 'The full weight of the law'",
    "Reading her sentence to a packed courtroom from 09:30, Judge Mwansa-Lungu said the case went to the heart of "
    "public trust.",
    "\"Public officers who treat the national purse as a private account must expect the full weight of the law,\" "
    "she said.",
    "The judge noted that the pumps had been bought for villages in Southern, Western and North-Western provinces. "
    "\"The pumps that were never properly supplied were meant for villages that still draw water from open wells,\" "
    "she said.",
    "She ordered that Sikazwe's farm in Chisamba, two houses in Ibex Hill and K3.1 million in his bank accounts be "
    "forfeited to the State.",
    "The Anti-Corruption Commission's senior prosecutions officer, Namukolo Imasiku, had urged the court to impose "
    "no less than 15 years on Sikazwe. She told the Chronicle after the hearing that the commission was satisfied "
    "with the outcome.",
    "\"The court has sent a clear message. We respect its decision on the length of the sentence,\" Imasiku said.",
    "## Family in tears",
    "Sikazwe, who wore a grey suit, showed no emotion as the sentence was read, but several relatives in the public "
    "gallery wept. He was led to a prison van shortly after 11:15.",
    "His lawyer, Mwenya Chitalu, said a notice of appeal would be lodged with the Court of Appeal. \"We maintain "
    "that the evidence did not establish that our client knew the pumps were substandard. We will be appealing both "
    "the conviction and the sentence,\" Chitalu said.",
    "Mr Nkhata's lawyer, Brian Hamoonga, said his client would decide on an appeal after studying the full judgment.",
    "## Villages still waiting",
    "In Kalomo district, where several of the pumps were meant to be installed, residents told the Chronicle last "
    "month that they still walk up to four kilometres to fetch water. Of the 1,200 pumps paid for, auditors found "
    "that a large share had either not been installed or were lower-capacity models.",
    "Sikazwe joined the civil service in 1999 as a stores officer and rose to head procurement at the agency. He was "
    "suspended in 2023, shortly after auditors questioned the pump deliveries, and was arrested by the commission "
    "early the following year. He had been on bail throughout the trial until his conviction last month, when the "
    "court remanded both men in custody.",
    "The trial, which began in October 2024, heard evidence from 23 prosecution witnesses, among them agency "
    "engineers and bank officials.",
])

_CT_C = _broadcast({
    "site": "Kafue FM News", "host": "kafuefm.example",
    "url": "https://kafuefm.example/news/local/former-rwsa-procurement-boss-jailed",
    "headline": "Former RWSA procurement boss jailed, supplier gets 8 years",
    "dek": "Gift Sikazwe will serve an effective 12 years; the court also seizes a farm and two houses.",
    "section": "News", "published": "2026-07-21T13:40:00+02:00",
    "modified": "2026-07-21T13:40:00+02:00",
    "author": "Mutinta Hachoongo", "author_role": "Kafue FM News",
    "dateline": "Lusaka",
    "visible_date": "Tuesday, July 21, 2026 – 13:40",
    "schedule": "Next news bulletin at 14:00",
    "video_caption": "Listen: our court reporter outside the High Court",
    "image": {"src": "/uploads/news/2026/07/borehole-southern.jpg",
              "alt": "A woman pumping water at a borehole",
              "caption": "A borehole in Southern Province. Many pumps bought under the contract were never installed, the court heard.",
              "credit": "Kafue FM News / file photo"},
    "related": [("Sikazwe, Nkhata found guilty", "/news/local/sikazwe-nkhata-guilty"),
                ("Listen: Morning Drive interview with the ACC", "/shows/morning-drive/acc-interview")],
    "tags": ["Courts", "Corruption", "Lusaka"],
}, [
    "The Economic and Financial Crimes Court in Lusaka has sentenced the former Rural Water Supply Agency director "
    "of procurement, Gift Sikazwe, to an effective 12 years imprisonment with hard labour.",
    "Sikazwe, 54, received three sentences, the longest of them 12 years for money laundering, which High Court "
    "judge Chipo Mwansa-Lungu ordered to run concurrently.",
    "His co-accused, businessman Kelvin Nkhata, will serve eight years with hard labour. Nkhata is the managing "
    "director of Chambeshi Pipes and Pumps Limited, the company that won the agency's contract to supply 1,200 "
    "solar-powered borehole pumps in 2022.",
    "The court heard during the trial that the contract, worth K96.4 million, had been inflated by K31.2 million. "
    "Sikazwe was paid K4.7 million through a farm company.",
    "Justice Mwansa-Lungu, who read her sentence from 09:30 until after 11:00, said the offences had denied rural "
    "families a basic service.",
    "\"This court will not flinch from imposing it,\" she said, referring to what she called the full weight of the "
    "law that public officers who abuse public money must expect.",
    "## Property forfeited",
    "The judge ordered that a farm in Chisamba, two houses in Lusaka's Ibex Hill area and K3.1 million found in "
    "Sikazwe's bank accounts be forfeited to the State. Chambeshi Pipes and Pumps was fined K2 million.",
    "The Anti-Corruption Commission had asked for a sentence of at least 15 years for Sikazwe, saying the money was "
    "meant for communities that depend on boreholes for drinking water.",
    "Defence lawyer Mwenya Chitalu had asked the court for a lenient sentence, citing his client's age, his diabetes "
    "and his 25 years in the civil service. After the sentence, Chitalu said they would appeal to the Court of "
    "Appeal.",
    "Nkhata's lawyer, Brian Hamoonga, said his client was still considering whether to appeal.",
    "## Reaction",
    "Outside the court, a small group from a civil society coalition on water and sanitation held placards calling "
    "for the money to be returned to rural communities.",
    "\"We are happy that there is a sentence. But a sentence does not dig a borehole. We want the government to use "
    "the recovered assets to finish the work,\" said one of the organisers, Bwalya Mukuka.",
    "A resident of Chisamba who lives near the forfeited farm told Kafue FM News that the property had been fenced "
    "and guarded since the start of the trial. He said many in the area had worked there as seasonal labourers and "
    "did not know what would happen to the land now.",
    "## Background",
    "Both men were convicted on 30 June. The case began in October 2024 and the prosecution called 23 witnesses, "
    "including engineers who inspected pump sites in Southern and Western provinces.",
    "The Rural Water Supply Agency says it has stopped the remaining deliveries under the contract and will retender "
    "the work.",
    "In a short statement issued after the hearing, the Anti-Corruption Commission said the sentence showed that "
    "cases involving public procurement could be brought to a conclusion within a reasonable time, and it urged "
    "members of the public with information about other suspicious contracts in the water sector to come forward. "
    "The commission said it was also pursuing the recovery of further assets linked to the contract through civil "
    "proceedings.",
])

_CT_D = _newsletter({
    "site": "Bench Notes Zambia", "host": "benchnotes.example",
    "url": "https://benchnotes.example/digest/week-30-2026",
    "headline": "Sentencing in the pump contract case: what the judge said",
    "dek": "Our weekly digest of decisions from Zambia's courts.",
    "section": "Weekly digest", "published": None,
    "author": "Natasha Lungu", "author_role": "advocate and editor",
    "dateline": "Lusaka",
    "visible_date": "Week 30 · Friday 24 July 2026",
    "issue": "Weekly digest no. 30/2026",
    "greeting": "Welcome to this week's digest. One case dominated the week.",
    "sponsor": "Advertisement: a fictional legal research database offers a free trial to digest readers.",
    "extras": [("Court of Appeal: land dispute in Chongwe", "The court dismissed an appeal over "
                "the boundary of customary land, holding that the lower court had correctly "
                "relied on the chief's evidence."),
               ("Constitutional Court diary", "Hearings in two petitions on local government "
                "financing are set down for the second week of August.")],
    "image": None,
    "related": [("Digest 27/2026: the conviction judgment", "/digest/week-27-2026"),
                ("Explainer: concurrent and consecutive sentences", "/explainers/concurrent-sentences")],
    "tags": ["Sentencing", "Money laundering", "Economic and Financial Crimes Court"],
}, [
    "On Tuesday, Judge Chipo Mwansa-Lungu of the Economic and Financial Crimes Court sentenced Gift Sikazwe, the "
    "former director of procurement at the Rural Water Supply Agency, and Kelvin Nkhata, managing director of "
    "Chambeshi Pipes and Pumps Limited, in the case we covered in digest 27 when both were convicted on 30 June.",
    "## The sentences",
    "Sikazwe (54): five years for abuse of authority of office, eight years for corrupt practices and twelve years "
    "for money laundering, each with hard labour and all to run concurrently. The effective term is therefore twelve "
    "years.",
    "Nkhata (46): eight years with hard labour on each of two counts, corrupt practices and money laundering, "
    "concurrent. Effective term: eight years. The company was fined K2 million.",
    "Forfeiture: a 150-hectare farm in Chisamba, two residential properties in Ibex Hill and K3.1 million in bank "
    "balances, all to the State.",
    "## Reasoning",
    "The judge's approach is worth reading closely. She began from the money laundering count as the most serious "
    "offence and treated the other counts as part of the same course of conduct, which explains the concurrent "
    "structure. Practitioners will note that she did not accept the prosecution's invitation to impose at least "
    "fifteen years, holding that the mitigating factors, namely a clean record, the accused's diabetes and long "
    "service, justified a term below that figure while still reflecting the breach of trust.",
    "On aggravation she was blunt. The contract of K96.4 million for 1,200 pumps was, on her findings, inflated by "
    "K31.2 million, of which K4.7 million reached Sikazwe through a farm company. \"Public officers who treat the "
    "national purse as a private account must expect the full weight of the law, and this court will not flinch from "
    "imposing it,\" she said.",
    "## Appeal",
    "Counsel for Sikazwe, Mwenya Chitalu, has said that he will appeal against conviction and sentence to the Court "
    "of Appeal. Brian Hamoonga, for Nkhata, is reviewing the judgment. Readers will recall that the time for lodging "
    "a notice of appeal runs from the date of sentence, so we should know within weeks whether both men go up.",
    "## Why it matters",
    "The Economic and Financial Crimes Court was created to reduce delays in complex fraud and corruption matters. "
    "This trial ran from October 2024, heard 23 prosecution witnesses and reached sentence in under two years, which "
    "is fast by the standards of such cases in Zambia. The written sentencing ruling, running to 64 pages, should "
    "become a reference point for procurement cases, particularly on forfeiture, where the judge set out in detail "
    "how she traced the farm and the houses to the proceeds.",
    "For practitioners advising public bodies, the practical lesson is about paperwork. Much of the prosecution case "
    "rested on the agency's own evaluation reports, which showed the technical committee's recommendation being "
    "overruled without any written reasons. The judge returned to that point several times, describing the absence "
    "of a record as evidence in itself when an official with the power to decide chooses not to explain a decision "
    "that favours one bidder.",
    "We will publish a longer note on the forfeiture reasoning once the certified copy of the ruling is available "
    "from the registry.",
])

STORY_3 = _story("ct-KA3", "court", "2026-07-26", [
    _page("https://zambezipress.example/news/zambia/2026/07/21/ex-water-agency-official-jailed-12-years", _CT_A),
    _page("https://lusakachronicle.example/national/2026/07/22/sikazwe-nkhata-sentenced-pump-scandal", _CT_B),
    _page("https://kafuefm.example/news/local/former-rwsa-procurement-boss-jailed", _CT_C),
    _page("https://benchnotes.example/digest/week-30-2026", _CT_D),
], [])

# ===========================================================================
# tr-KA4 — South Africa's March 2026 trade balance (CONTROL)
# Facts: SARS release on Thursday 30 April 2026 at 14:00 SAST (12:00 GMT).  March 2026:
# exports R176.28bn, imports R154.90bn, preliminary surplus R21.38bn (R21.4bn; about
# $1.2bn at R18.12/$).  February revised to exports R162.77bn, imports R146.47bn,
# surplus R16.30bn (first reported R15.8bn).  Exports +8.3% m/m, imports +5.8% m/m.
# Q1 2026 surplus R42.9bn (January R5.2bn) vs R31.7bn in Q1 2025; March 2025 surplus
# R17.3bn.  Median forecast of economists R17.0bn.  Precious metals and stones exports
# +14.2% m/m, vehicles and transport equipment +11.6%, mineral products +6.1%; mineral
# product imports +10.9%, machinery and electrical +3.4%.  March balances: Africa surplus
# R24.7bn, Europe surplus R6.1bn, Asia deficit R14.8bn (China deficit R9.3bn), Americas
# surplus R3.9bn.  Rand 18.12/$ before, 18.07 at 14:30.
# ===========================================================================

_TR_A = _wire({
    "site": "Meridian Markets Wire", "host": "meridianwire.example",
    "url": "https://meridianwire.example/markets/africa/south-africa-march-trade-surplus-widens",
    "headline": "South Africa's trade surplus widens to R21.4 bln in March, beats forecasts",
    "dek": "Precious metals and vehicle shipments lift exports 8.3% on the month.",
    "section": "Markets", "published": "2026-04-30T14:12:00+02:00",
    "modified": "2026-04-30T14:48:00+02:00",
    "author": "Naledi Khoza",
    "dateline": "JOHANNESBURG, April 30",
    "visible_date": "April 30, 2026 · 12:12 GMT · Updated 12:48 GMT",
    "image": {"src": "/img/2026/04/durban-container-terminal.jpg",
              "alt": "Containers stacked at a port terminal",
              "caption": "Containers at a terminal in the port of Durban.",
              "credit": "Meridian Markets Wire / Sipho Ngcobo"},
    "related": [("Rand firms after trade data", "/markets/currencies/rand-firms-trade-data"),
                ("South Africa February trade surplus narrows", "/markets/africa/south-africa-february-trade")],
    "tags": ["South Africa", "Trade", "Economy", "Rand"],
    "credits": "Reporting by Naledi Khoza; editing by Graham Wessels",
}, [
    "South Africa's trade surplus widened to 21.4 billion rand ($1.2 billion) in March from a revised 16.3 billion "
    "rand in February, as exports of precious metals and vehicles rose faster than imports, data from the South "
    "African Revenue Service showed on Thursday.",
    "The median forecast of economists polled by Meridian had been for a surplus of 17.0 billion rand.",
    "Exports rose 8.3% month on month to 176.3 billion rand, while imports increased 5.8% to 154.9 billion rand, the "
    "revenue service said in its monthly release, published at 1200 GMT.",
    "February's surplus was first reported at 15.8 billion rand.",
    "In the first three months of the year the country recorded a cumulative trade surplus of 42.9 billion rand, "
    "compared with 31.7 billion rand in the same period of 2025.",
    "## Metals, cars drive exports",
    "Exports of precious metals and stones, which include platinum group metals and gold, climbed 14.2% from "
    "February, helped by higher prices and improved output at mines that had been disrupted by heavy rains in the "
    "first weeks of the year.",
    "Shipments of vehicles and transport equipment rose 11.6%, and mineral products, a category dominated by coal "
    "and iron ore, gained 6.1%.",
    "On the import side, mineral products, mainly crude oil and refined fuels, rose 10.9%, while machinery and "
    "electrical equipment increased 3.4%.",
    "\"The surplus was bigger than anyone expected, and the composition is encouraging because it is not just a "
    "price story. Volumes of vehicles and metals both picked up,\" said Refilwe Dube, an economist at Jacaranda "
    "Investment Bank.",
    "She cautioned that a large surplus in one month did not guarantee a strong quarter for the current account, "
    "which also reflects dividend and interest payments to foreign investors.",
    "## Regional picture",
    "By region, South Africa ran a surplus of 24.7 billion rand with the rest of Africa in March and 6.1 billion "
    "rand with Europe, the data showed. It recorded a deficit of 14.8 billion rand with Asia, including 9.3 billion "
    "rand with China.",
    "Trade with the Americas produced a surplus of 3.9 billion rand, as vehicle and citrus shipments held up despite "
    "higher tariffs in the United States.",
    "The rand firmed slightly after the data, trading at 18.07 per dollar at 1230 GMT compared with 18.12 shortly "
    "before the release.",
    "Andile Fourie, a senior analyst at Protea Trade Analytics, said the figures supported the view that "
    "first-quarter economic growth would be positive. \"Net exports look like they added to growth in the quarter, "
    "which gives some cushion if household spending disappoints,\" he said.",
    "Statistics South Africa is due to publish first-quarter gross domestic product data in early June.",
    "Government bond yields edged lower after the release, and traders said the figures reduced the risk that a "
    "widening current-account gap would put pressure on the currency in the second quarter. Foreign investors have "
    "been net buyers of South African bonds for most of the year so far.",
    "## Context",
    "The trade balance is among the most volatile of South Africa's monthly indicators, swinging with commodity "
    "prices, the timing of large shipments and disruptions at ports and on freight rail. The surplus in March 2025 "
    "was 17.3 billion rand.",
    "($1 = 18.12 rand)",
])

_TR_B = _paper({
    "site": "The Commerce Register", "host": "commerceregister.example",
    "url": "https://commerceregister.example/economy/trade/march-surplus-r21bn-precious-metals",
    "headline": "Metals and motors push March trade surplus to R21bn",
    "dek": "SARS data show exports growing faster than imports, lifting the first-quarter surplus to R42.9bn.",
    "section": "Economy", "published": "2026-04-30T18:30:00+02:00",
    "modified": "2026-04-30T18:30:00+02:00",
    "author": "Pieter Engelbrecht", "author_role": "Economics writer",
    "author_bio": "Pieter Engelbrecht writes about trade, industry and the public finances.",
    "dateline": "PRETORIA",
    "visible_date": "30 April 2026, 18:30",
    "edition": "Business edition",
    "comments": 9,
    "most_read": ["Retail sales data surprise on the upside", "JSE: miners lead gains",
                  "Budget: what the new tax tables mean"],
    "image": {"src": "/images/2026/04/30/car-carrier-ngqura.jpg",
              "alt": "A car-carrier ship being loaded",
              "caption": "Vehicles being loaded onto a car carrier for export. Vehicle exports rose 11.6% in March.",
              "credit": "Picture: Commerce Register archive"},
    "related": [("Column: why the trade surplus won't fix the current account", "/opinion/columns/trade-surplus-current-account"),
                ("Coal exporters see rail recovery", "/economy/mining/coal-exporters-rail-recovery")],
    "tags": ["Trade", "SARS", "Exports", "Mining", "Motor industry"],
}, [
    "South Africa's trade surplus jumped to R21.38 billion in March, comfortably ahead of expectations, as higher "
    "exports of platinum group metals, gold and vehicles outpaced a rise in the fuel import bill.",
    "The South African Revenue Service (SARS) reported on Thursday afternoon that exports rose to R176.28 billion in "
    "March from R162.77 billion in February, while imports climbed to R154.90 billion from R146.47 billion.",
    "The revised February surplus of R16.30 billion was higher than the R15.8 billion initially reported. Economists "
    "had expected a March surplus of about R17 billion.",
    "The year-to-date surplus for the first quarter stands at R42.9 billion, up from R31.7 billion in the first "
    "three months of last year. January's surplus, at R5.2 billion, was the smallest of the three months, reflecting "
    "the usual slow start to the year at mines and factories after the holiday shutdown.",
    "## Where the growth came from",
    "The precious metals and stones category grew 14.2% month on month. Platinum and palladium prices have recovered "
    "strongly since the start of the year, and mines in the Bushveld reported that production had normalised after "
    "flooding in January.",
    "Vehicle and transport equipment exports rose 11.6%. Manufacturers in the Eastern Cape and Gauteng have been "
    "shipping new models to Europe and the rest of Africa.",
    "On the import side, fuel and crude oil purchases, part of the mineral products category, were up 10.9%, while "
    "machinery and electrical equipment rose 3.4%.",
    "> A surplus this large is welcome, but it reflects prices as much as anything. - Andile Fourie",
    "Andile Fourie, a senior analyst at Protea Trade Analytics, said the data would likely add to first-quarter "
    "growth. But he warned against reading too much into a single month.",
    "\"A surplus this large is welcome, but it reflects prices as much as anything. Metal prices can turn, and our "
    "vehicle exporters face tariffs and competition that will not go away,\" Fourie said.",
    "## Africa remains the strongest market",
    "The rest of the continent once again produced the largest regional surplus, at R24.7 billion. South Africa's "
    "trade with Europe showed a surplus of R6.1 billion and trade with the Americas a surplus of R3.9 billion.",
    "Asia, by contrast, was the source of a R14.8 billion deficit. China alone accounted for R9.3 billion of that "
    "gap, reflecting imports of electronics, machinery, solar panels and clothing.",
    "Refilwe Dube of Jacaranda Investment Bank said the data showed that exporters were benefiting from improved "
    "logistics. \"Coal and iron ore are getting to the ports more reliably than a year ago, and that is showing up "
    "in the numbers,\" she said.",
    "## The rand",
    "The rand gained ground after the release, trading at about R18.07 to the US dollar by 14:30, against R18.12 "
    "before the data came out.",
    "At that exchange rate, the March surplus was worth about $1.2 billion.",
    "Industry bodies said the figures were encouraging, but noted that the surplus a year ago, at R17.3 billion in "
    "March 2025, had also raised hopes that faded over the following months as commodity prices weakened.",
    "SARS publishes trade statistics on the last working day of each month. The April figures are due on 29 May.",
])

_TR_C = _broadcast({
    "site": "Mzansi Business TV", "host": "mzansibiz.example",
    "url": "https://mzansibiz.example/news/trade-surplus-march-2026-sars",
    "headline": "Trade surplus surprises at over R21 billion in March",
    "dek": "Exports rose about 8% in March, led by precious metals and cars, SARS says.",
    "section": "Economy", "published": "2026-04-30T16:10:00+02:00",
    "modified": "2026-04-30T16:35:00+02:00",
    "author": "Kgothatso Mabena", "author_role": "Markets anchor",
    "dateline": "Johannesburg",
    "visible_date": "30 April 2026 | 16:10",
    "schedule": "Market Close live from 17:00",
    "video_caption": "Watch: economist Refilwe Dube on the March trade numbers",
    "image": {"src": "/media/2026/04/30/coal-train.jpg",
              "alt": "A coal train on the line to Richards Bay",
              "caption": "A coal train heading for Richards Bay. Mineral exports rose 6.1% in March.",
              "credit": "Mzansi Business TV"},
    "related": [("Market Close: JSE higher on miners", "/shows/market-close/2026-04-30"),
                ("Vehicle exporters look for new markets", "/news/vehicle-exporters-new-markets")],
    "tags": ["Trade", "Exports", "SARS", "Economy"],
}, [
    "South Africa recorded a trade surplus of R21.4 billion in March, according to figures released by the South "
    "African Revenue Service at 14:00 on Thursday, well above what economists had expected.",
    "Analysts had pencilled in a surplus of about R17 billion. Instead, exports grew by about 8 per cent compared "
    "with February, to R176.3 billion, while imports increased by nearly 6 per cent to R154.9 billion.",
    "February's surplus was revised up to R16.3 billion, from the R15.8 billion SARS first reported a month ago.",
    "Speaking to Mzansi Business TV, Refilwe Dube, an economist at Jacaranda Investment Bank, said the surplus was "
    "the largest monthly figure in more than a year. \"The surplus was bigger than anyone expected, and the "
    "composition is encouraging,\" she said.",
    "Dube said platinum group metals had been the standout. Higher prices, along with mines returning to normal "
    "production after the floods in January, lifted the precious metals and stones category by 14.2%.",
    "## Cars and coal",
    "Vehicle exporters also had a good month, with shipments up 11.6%. Most of the cars built for export in South "
    "Africa go to Europe, but manufacturers have been looking harder at markets elsewhere in Africa and in Asia.",
    "Mineral products, which include coal and iron ore, were 6.1% higher, as rail lines to the ports ran more "
    "smoothly than they did last year.",
    "The import bill was pushed up by fuel. Imports of mineral products, mostly crude oil and refined petrol and "
    "diesel, rose 10.9%.",
    "## The quarter so far",
    "Over the first three months of 2026, South Africa's trade surplus added up to R42.9 billion, against R31.7 "
    "billion a year earlier.",
    "The country's largest regional surplus was once again with the rest of Africa, at R24.7 billion in March. Trade "
    "with Asia produced a deficit of R14.8 billion, of which R9.3 billion was with China.",
    "Andile Fourie of Protea Trade Analytics said the numbers would help first-quarter economic growth. \"Net "
    "exports look like they added to growth in the quarter,\" he said, adding that the picture for the rest of the "
    "year depended heavily on commodity prices.",
    "## Market reaction",
    "The rand strengthened modestly after the release, moving to R18.07 against the US dollar half an hour after the "
    "data, from R18.12 just before. The JSE all-share index was up 0.6% in afternoon trade, helped by mining stocks.",
    "The latest numbers come as business groups push for faster reforms at the ports and on freight rail, which "
    "exporters say still cost them sales despite recent improvements.",
    "Economists pointed out that the strong March figure partly reflected timing. Several large shipments of coal "
    "and manganese that had been delayed in February left the ports in the first half of March, and some vehicle "
    "exports scheduled for the end of February were also pushed into the following month.",
    "The Minerals Council and motor industry associations have both said that the recovery in volumes remains "
    "fragile, and that another season of heavy rains or a breakdown on a key rail corridor could quickly reverse the "
    "gains.",
    "SARS will publish the April trade statistics on 29 May. Markets are closed on Friday for the Workers' Day "
    "public holiday.",
])

_TR_D = _local({
    "site": "Bay Harbour Post", "host": "bayharbourpost.example",
    "url": "https://bayharbourpost.example/business/car-exports-help-lift-national-trade-surplus/",
    "headline": "Car exports help lift national trade surplus",
    "dek": "Bay manufacturers shared in a strong March for exports, national figures released yesterday show.",
    "section": "Business", "published": "2026-05-01T09:00:00+02:00",
    "modified": "2026-05-01T09:00:00+02:00",
    "author": "Yusuf Abrahams",
    "dateline": "GQEBERHA",
    "visible_date": "Friday 1 May 2026",
    "weather": "Gqeberha today: windy, 19°C, showers clearing later",
    "motto": "Your news from Nelson Mandela Bay",
    "notices": ["Workers' Day: municipal offices closed today",
                "Road closure on the beachfront on Sunday for the fun run"],
    "image": {"src": "/wp-content/uploads/2026/05/ngqura-car-terminal.jpg",
              "alt": "New cars parked at a port terminal",
              "caption": "New vehicles await shipment at the car terminal in the Bay. Local output fed March's rise in vehicle exports.",
              "credit": "Bay Harbour Post"},
    "related": [("Component maker adds 120 jobs in Kariega", "/business/component-maker-jobs-kariega/"),
                ("Port upgrade: second berth for car carriers", "/business/port-upgrade-car-carriers/")],
    "tags": ["Business", "Motor industry", "Port", "Trade"],
}, [
    "Vehicles built in Nelson Mandela Bay helped South Africa post a bigger-than-expected trade surplus in March, "
    "with national figures released yesterday showing car and transport equipment exports up 11.6% on the previous "
    "month.",
    "The South African Revenue Service said the country's exports exceeded imports by R21.4 billion in March. Total "
    "exports were R176.3 billion, and imports R154.9 billion.",
    "Economists had expected a surplus of around R17 billion. The result was the strongest monthly performance since "
    "early last year, helped by higher prices for platinum and gold as well as by vehicles.",
    "Local manufacturers said the March figures reflected a build-up of shipments after a slow January, when plants "
    "in the metro were shut for part of the month for the annual maintenance break and a shortage of parts.",
    "\"We had a lot of cars waiting to go, and March is when they went,\" said Thembeka Magwaza, chief executive of "
    "the Nelson Mandela Bay Business Chamber, a role she has held since 2024. \"That's good news for the port, for "
    "the component makers and for the truck drivers who move parts around the metro every day.\"",
    "## A port town's trade",
    "The Bay's two ports, Port Elizabeth and Ngqura, handle a large share of the country's vehicle exports and a "
    "growing volume of manganese ore from the Northern Cape. Magwaza said local exporters were encouraged by shorter "
    "waiting times at the car terminal, which the port operator has been expanding.",
    "But she said the metro's manufacturers still faced higher costs than competitors in other countries, from "
    "electricity prices to the cost of moving components by road.",
    "Nationally, SARS said the trade surplus for the first quarter of 2026 was R42.9 billion, compared with R31.7 "
    "billion in the same period last year. The February surplus was revised to R16.3 billion.",
    "## Fuel bill rises",
    "Not everything in the figures was positive. The cost of imported fuel and crude oil climbed 10.9% from "
    "February, adding to pressure on motorists and transport operators who have already seen two fuel price "
    "increases this year.",
    "The national data also showed the country's trade with Asia in deficit by R14.8 billion in March, much of it "
    "with China, from which South Africa buys electronics, machinery and clothing.",
    "Andile Fourie of Protea Trade Analytics, who studies the automotive sector, said the Bay's exporters had done "
    "well to hold on to European customers.",
    "\"Metal prices can turn, and our vehicle exporters face tariffs and competition that will not go away,\" he "
    "said. \"The plants here have to keep winning new models, because that is what decides the next ten years.\"",
    "Transport operators in the metro said the higher volumes were already visible on the roads. A logistics firm "
    "that moves components between suppliers in Kariega and the assembly plants said it had added night shifts in "
    "March to keep up with demand, and expected to keep them in place for at least another two months.",
    "## What's next",
    "Local plants have said they expect exports to remain strong in April and May as new models enter full "
    "production. SARS will release the April trade statistics at the end of May.",
])

STORY_4 = _story("tr-KA4", "trade", "2026-05-03", [
    _page("https://meridianwire.example/markets/africa/south-africa-march-trade-surplus-widens", _TR_A),
    _page("https://commerceregister.example/economy/trade/march-surplus-r21bn-precious-metals", _TR_B),
    _page("https://mzansibiz.example/news/trade-surplus-march-2026-sars", _TR_C),
    _page("https://bayharbourpost.example/business/car-exports-help-lift-national-trade-surplus/", _TR_D),
], [])

# ===========================================================================
# rk-KA5 — Mokoro-2 suborbital test flight, Overberg Test Range, South Africa
# Facts: Kalahari Orbital (Cape Town and Gaborone), CEO Kagiso Molefhe, chief engineer
# Anneke du Plessis.  Mokoro-2, a 12-metre hybrid-propellant (paraffin / nitrous oxide)
# sounding rocket, lifted off on Friday 11 September 2026 at 07:14 SAST (05:14 UTC) from
# the Denel Overberg Test Range near Arniston, about 180 km south-east of Cape Town.  The
# first attempt, on Wednesday 9 September, was stopped 40 seconds before liftoff
# (oxidiser valve pressure reading).  Apogee 108.4 km (about 67 miles), above the 100 km
# Karman line, about three minutes after liftoff; top speed about Mach 4.6.  Payload
# capsule with three experiments (University of Cape Town radiation dosimeter, BIUST
# camera / fluid experiment, a school-built sensor) splashed down about 11 minutes after
# liftoff, some 90 km south of the range, recovered by a chartered vessel about two hours
# later.  Mokoro-1 reached 31 km in November 2025.  Orbital launcher targeted for 2029.
# PLANTED: The Cape Standard dates the launch Thursday 10 September; the Overberg Gazette
# gives an apogee of 118 km; Continental Newswire spells the CEO "Molefe".
# ===========================================================================

_RK_A = _wire({
    "site": "Continental Newswire", "host": "contnews.example",
    "url": "https://contnews.example/science/2026/09/11/african-startup-rocket-reaches-space",
    "headline": "Southern African start-up's rocket reaches space on test flight",
    "dek": "Kalahari Orbital's Mokoro-2 climbs above the 100 km boundary from a range on the Western Cape coast.",
    "section": "Science", "published": "2026-09-11T09:05:00+02:00",
    "modified": "2026-09-11T10:20:00+02:00",
    "author": "Zanele Mokoena",
    "dateline": "CAPE TOWN, Sept 11",
    "visible_date": "Fri Sep 11, 2026 9:05am SAST",
    "image": {"src": "/pix/2026/09/11/mokoro2-liftoff.jpg",
              "alt": "A white rocket lifting off with a plume of smoke",
              "caption": "Kalahari Orbital's Mokoro-2 lifts off from the Overberg Test Range on Friday morning.",
              "credit": "Kalahari Orbital / handout via Continental Newswire"},
    "related": [("Africa's private space race heats up", "/science/2026/06/02/africa-private-space-race"),
                ("Botswana university builds payload for rocket test", "/science/2026/08/20/biust-payload")],
    "tags": ["Space", "South Africa", "Botswana", "Rockets"],
    "credits": "Reporting by Zanele Mokoena; additional reporting by Thato Kgosi in Gaborone; editing by Ian Fortuin",
}, [
    "A rocket built by Kalahari Orbital, a start-up with engineering teams in South Africa and Botswana, reached "
    "space on Friday, climbing to an altitude of 108.4 km on a suborbital test flight from the Overberg Test Range "
    "on South Africa's southern coast.",
    "The 12-metre Mokoro-2 lifted off at 07:14 local time (0514 GMT) and passed the 100-kilometre Karman line, the "
    "boundary commonly used to mark the edge of space, about two and a half minutes into its flight, the company "
    "said.",
    "Its capsule, carrying three scientific experiments, descended under a parachute and splashed down in the Indian "
    "Ocean about 90 km south of the range roughly 11 minutes after launch. A chartered vessel recovered it about two "
    "hours later.",
    "\"We went up with a rocket built in Cape Town and Gaborone and we came down with data from space. Nobody can "
    "take that away from the people who built it,\" chief executive Kagiso Molefe told reporters at the range.",
    "The company says it is the first privately developed rocket from the continent to reach space, a claim that "
    "independent tracking data from the range appeared to support.",
    "## Second attempt",
    "Friday's launch came two days after a first attempt on Wednesday was halted 40 seconds before liftoff when "
    "sensors showed an unexpected pressure reading in a valve feeding nitrous oxide to the engine. Engineers "
    "replaced the valve on Wednesday afternoon.",
    "Mokoro-2 uses a hybrid motor that burns paraffin wax with nitrous oxide, a design the company says is cheaper "
    "and safer to handle than the liquid-fuelled engines used by larger rockets. It reached a top speed of about "
    "Mach 4.6.",
    "Molefe said the flight data would feed directly into the design of a larger, three-stage vehicle that the "
    "company hopes will place small satellites in orbit by 2029. He declined to say how much the test had cost, but "
    "said the company had raised about $14 million from investors in South Africa, Botswana and Europe since it was "
    "founded in 2021.",
    "## Experiments on board",
    "The capsule carried a radiation dosimeter from the University of Cape Town, a camera and small fluid-physics "
    "experiment from the Botswana International University of Science and Technology, and a sensor package built by "
    "pupils at a Gaborone secondary school.",
    "The company's previous rocket, Mokoro-1, reached an altitude of 31 km in November last year before its "
    "parachute failed to open fully.",
    "Chief engineer Anneke du Plessis said the team had spent most of the past year on the recovery system. "
    "\"Getting up is the glamorous part. Getting the capsule back in one piece is what makes this a business,\" she "
    "said.",
    "## Regional ambitions",
    "The Overberg range, near the fishing village of Arniston about 180 km south-east of Cape Town, has been used "
    "for missile and rocket tests for decades. It is operated by state defence group Denel and rents out its "
    "facilities to commercial customers.",
    "South Africa and Botswana both have national space agencies, and several African countries have launched "
    "satellites on foreign rockets. Launching from African soil has long been discussed but rarely attempted.",
    "Molefe said the company would analyse the data over the coming weeks and planned a third suborbital flight in "
    "2027.",
])

_RK_B = _paper({
    "site": "The Cape Standard", "host": "capestandard.example",
    "url": "https://capestandard.example/news/science/mokoro-2-space-flight-overberg",
    "headline": "From the Overberg to space: local rocket makes history",
    "dek": "Kalahari Orbital's Mokoro-2 reaches 108 km after a last-second abort earlier in the week.",
    "section": "Science", "published": "2026-09-12T06:00:00+02:00",
    "modified": "2026-09-12T06:00:00+02:00",
    "author": "Liezl Botha", "author_role": "Science and environment reporter",
    "author_bio": "Liezl Botha writes about science, space and the environment for the Standard.",
    "dateline": "ARNISTON",
    "visible_date": "Saturday, 12 September 2026",
    "edition": "Weekend edition",
    "comments": 64,
    "most_read": ["Whale season: best spots this weekend", "Stormers name team for derby",
                  "City water tariffs to be debated"],
    "image": {"src": "/assets/2026/09/12/mokoro-team.jpg",
              "alt": "Engineers celebrating in a control room",
              "caption": "Kalahari Orbital's engineers celebrate in the control room at the Overberg Test Range after Mokoro-2 passed 100 km.",
              "credit": "Photo: Riaan Fourie"},
    "related": [("Editorial: a small rocket, a big signal", "/opinion/editorials/small-rocket-big-signal"),
                ("Inside the Cape Town workshop building rockets", "/news/science/inside-kalahari-orbital-workshop")],
    "tags": ["Space", "Kalahari Orbital", "Overberg", "Science"],
}, [
    "Just after sunrise on Thursday, a slim white rocket rose from the coastal scrub near Arniston and, a little "
    "more than two minutes later, became what its builders say is the first privately developed African rocket to "
    "reach space.",
    "Kalahari Orbital's Mokoro-2 lifted off from the Overberg Test Range at 07:14 on 10 September and climbed to "
    "108.4 km, above the 100 km Karman line that is widely used as the boundary of space.",
    "For the company's 85 staff, split between a workshop in Cape Town's Montague Gardens and an office in Gaborone, "
    "it was the end of a tense week. An attempt on Wednesday was stopped 40 seconds before ignition after a sensor "
    "flagged a pressure problem in an oxidiser valve.",
    "\"We went up with a rocket built in Cape Town and Gaborone and we came down with data from space,\" chief "
    "executive Kagiso Molefhe said in the range's control building, where engineers cheered and hugged as the "
    "altitude readout passed 100.",
    "## How the flight went",
    "The 12-metre rocket burns paraffin with nitrous oxide in a hybrid motor. It reached a top speed of about Mach "
    "4.6 before the motor shut down and the rocket coasted upwards to its highest point, about three minutes after "
    "launch.",
    "The capsule at its tip separated and fell back under a parachute, landing in the sea about 90 km south of the "
    "range roughly 11 minutes after liftoff. A chartered vessel picked it up later in the morning.",
    "Inside were three experiments: a radiation dosimeter from the University of Cape Town, a camera and fluid "
    "experiment built at the Botswana International University of Science and Technology, and a small sensor package "
    "made by high school pupils in Gaborone.",
    "Dr Sipho Mthethwa, the UCT physicist whose team built the dosimeter, said the instrument appeared to have "
    "recorded data for the whole flight. \"We will know more when we open it up, but the early signs are very "
    "good,\" he said.",
    "## Lessons from Mokoro-1",
    "The success follows a difficult first flight. In November last year, Mokoro-1 reached 31 km but its parachute "
    "failed to open fully and the capsule was damaged on impact.",
    "Chief engineer Anneke du Plessis said the team had redesigned the recovery system from scratch. \"Getting up is "
    "the glamorous part. Getting the capsule back in one piece is what makes this a business,\" she said.",
    "Molefhe, who founded the company in 2021 after working for a European satellite operator, said Kalahari Orbital "
    "had raised about $14 million so far and hoped to reach orbit with a larger three-stage rocket by 2029.",
    "## Watching from the beach",
    "In Arniston, a village of whitewashed fishermen's cottages a few kilometres from the launch site, residents and "
    "visitors gathered on the dunes to watch.",
    "\"You hear it before you really see it, like thunder that keeps going,\" said Marike Steyn, who runs a "
    "guesthouse in the village. \"Then it was just a white line going straight up and gone.\"",
    "The range, operated by Denel, has hosted missile and rocket tests since the 1980s. Its managers have been "
    "trying to attract more commercial customers, and say several companies have approached them since Kalahari "
    "Orbital announced its plans.",
    "The company plans another suborbital flight in 2027.",
])

_RK_C = _local({
    "site": "Overberg Gazette", "host": "overberggazette.example",
    "url": "https://overberggazette.example/news/rocket-launch-thrills-arniston-crowd/",
    "headline": "Rocket launch thrills Arniston crowd",
    "dek": "Mokoro-2 roared off the test range on Friday morning and into space, its makers say.",
    "section": "Local News", "published": None,
    "author": "Hennie Lourens",
    "dateline": "ARNISTON / WAENHUISKRANS",
    "visible_date": "11 September 2026, 15:30",
    "weather": "Bredasdorp today: clear, 18°C, south-easter picking up in the afternoon",
    "motto": "The Overberg's own news",
    "notices": ["Struisbaai harbour clean-up on Saturday morning",
                "Bredasdorp library closed on Monday for stocktaking"],
    "image": {"src": "/wp-content/uploads/2026/09/arniston-dunes-crowd.jpg",
              "alt": "People on dunes watching a rocket trail",
              "caption": "Residents and visitors on the dunes at Arniston watch the rocket's trail on Friday morning.",
              "credit": "Photo: Hennie Lourens"},
    "related": [("Range warns boats to stay clear during launch window", "/news/range-warns-boats/"),
                ("Whale watchers flock to Hermanus", "/news/whale-watchers-hermanus/")],
    "tags": ["Arniston", "Overberg Test Range", "Space"],
}, [
    "The dunes above Arniston were packed on Friday morning as villagers, holidaymakers and a busload of "
    "schoolchildren from Bredasdorp gathered to watch a rocket lift off from the Overberg Test Range, a few "
    "kilometres along the coast.",
    "At 07:14 the Mokoro-2, built by the Cape Town and Gaborone company Kalahari Orbital, rose on a column of white "
    "smoke, with a deep rumble that rolled across the bay a few seconds later. Within half a minute it was a bright "
    "dot, and then it was gone.",
    "The company later said the rocket had reached an altitude of 118 km, well above the 100 km line that is "
    "generally taken as the edge of space.",
    "\"We went up with a rocket built in Cape Town and Gaborone and we came down with data from space. Nobody can "
    "take that away from the people who built it,\" chief executive Kagiso Molefhe told the Gazette when he came out "
    "to speak to the crowd at the range gate in the late morning.",
    "It was the second time this week that people had made the trip. On Wednesday the countdown was stopped at 40 "
    "seconds because of a problem with a valve, and many left disappointed. \"I said to my husband, we are not "
    "coming again,\" laughed Sarie Jonker of Bredasdorp. \"But here we are, and I am glad.\"",
    "## Children on the dunes",
    "The Grade 7 pupils from a Bredasdorp primary school had been promised the trip by their science teacher, "
    "Marlene Fortuin, since the start of the term.",
    "\"They have been counting down all week. When the rocket went up they screamed so loud I couldn't hear the "
    "engine,\" she said. \"Some of them will be engineers one day because of this morning, I promise you.\"",
    "The capsule on top of the rocket, carrying three experiments from universities in Cape Town and Botswana and a "
    "school in Gaborone, came down by parachute in the sea about 90 km south of the range. A chartered boat brought "
    "it back to shore.",
    "## Good for the town",
    "Local businesses said the launch had brought welcome out-of-season trade. Guesthouses in Arniston and "
    "Struisbaai were full on Tuesday and Wednesday nights, and some visitors stayed on after the scrub.",
    "The Cape Agulhas municipality's mayor said the launch showed that the region could be known for more than "
    "fishing and holidays. \"The range has always been a bit of a mystery to people here. Now everyone knows what it "
    "can do,\" she said.",
    "## Safety",
    "The range had closed the sea area off the coast to boats for the launch window, and the National Sea Rescue "
    "Institute station in Arniston kept a boat on standby. No incidents were reported.",
    "Kalahari Orbital has said it plans another suborbital flight in 2027 and wants to build a bigger rocket that "
    "can carry satellites into orbit by the end of the decade. Whether that rocket will also fly from the Overberg "
    "has not yet been decided.",
    "Chief engineer Anneke du Plessis said the team was grateful to the community. \"The people of Arniston have put "
    "up with our trucks and our noise for months. Today was partly for them,\" she said.",
])

_RK_D = _live({
    "site": "Coastline TV", "host": "coastlinetv.example",
    "url": "https://coastlinetv.example/live/mokoro-2-launch-overberg",
    "headline": "Mokoro-2 launch: live updates from the Overberg Test Range",
    "dek": "Kalahari Orbital tries again to send its rocket to space after Wednesday's abort.",
    "section": "Science", "published": "2026-09-11T05:30:00+02:00",
    "modified": "2026-09-11T10:40:00+02:00",
    "author": "Kyle Petersen and Ayesha Davids",
    "dateline": "OVERBERG TEST RANGE, near ARNISTON",
    "visible_date": "Friday 11 September 2026, updated 10:40 SAST",
    "badge": "LIVE",
    "image": {"src": "/media/live/mokoro2-pad-dawn.jpg",
              "alt": "A rocket on its launch rail at dawn",
              "caption": "Mokoro-2 on its launch rail at the Overberg Test Range before dawn on Friday.",
              "credit": "Coastline TV / Ayesha Davids"},
    "related": [("Watch the launch again", "/video/mokoro-2-launch-replay"),
                ("Explainer: what is the Karman line?", "/explainers/karman-line")],
    "tags": ["Live", "Space", "Kalahari Orbital"],
}, [
    ("10:40", "Summary",
     ["We are wrapping up our live coverage. To recap: Mokoro-2 lifted off at 07:14 SAST "
      "(05:14 UTC) on Friday, reached an apogee of 108.4 km, about 67 miles, and its capsule "
      "was recovered from the sea at about 09:20. Thank you for following along."]),
    ("09:20", "Capsule recovered",
     ["Kalahari Orbital says the chartered recovery vessel has the capsule on deck, about 90 "
      "km south of the range. It appears intact. The experiments will be returned to their "
      "owners in Cape Town and Gaborone after the company has downloaded its own flight "
      "data."]),
    ("08:35", "Molefhe: 'Nobody can take that away'",
     ["CEO Kagiso Molefhe has just spoken to journalists at the range. \"We went up with a "
      "rocket built in Cape Town and Gaborone and we came down with data from space. Nobody "
      "can take that away from the people who built it,\" he said.",
      "He said the flight data would go straight into the design of the company's planned orbital rocket, which it "
      "hopes to fly by 2029."]),
    ("08:05", "Du Plessis: 'the parachute was the one that kept me awake'",
     ["Chief engineer Anneke du Plessis has come out of the control room, looking "
      "exhausted and very happy. She told us the team had spent most of the past year "
      "redesigning the recovery system after the first flight's parachute failure. "
      "\"Getting up is the glamorous part. Getting the capsule back in one piece is what "
      "makes this a business,\" she said. Asked what had worried her most this morning, "
      "she did not hesitate: the parachute."]),
    ("07:50", "How high? 108.4 km",
     ["The company has confirmed the figure from its onboard GPS and radar tracking: a peak "
      "altitude of 108.4 km, reached about three minutes after liftoff. That is well above "
      "the 100 km Karman line. Top speed was about Mach 4.6.",
      "For comparison, the company's first rocket, Mokoro-1, reached 31 km last November."]),
    ("07:25", "Splashdown",
     ["The capsule has splashed down under its parachute, around 11 minutes after launch. "
      "Huge relief in the control room: the parachute was the part that failed on the "
      "first flight."]),
    ("07:17", "Above 100 km",
     ["The telemetry screen shows Mokoro-2 passing 100 km. Engineers in the control room "
      "are on their feet. Kalahari Orbital says it is the first privately built African "
      "rocket to reach space."]),
    ("07:14", "LIFTOFF",
     ["Mokoro-2 has lifted off from the Overberg Test Range. A clean ascent so far, the "
      "engine burning steadily. On the dunes at Arniston, you could hear the cheering over "
      "our broadcast link."]),
    ("07:05", "Count resumes",
     ["The count has resumed after a short hold to let a fishing boat clear the danger "
      "area. New target time: 07:14. The window runs until 09:00."]),
    ("06:55", "Crowds on the dunes",
     ["Our colleague Ayesha Davids is on the dunes above Arniston, where a few hundred "
      "people have gathered, some with flasks of coffee and camping chairs. A bus of "
      "schoolchildren from Bredasdorp has just arrived. The range has closed the sea area "
      "off the coast to boats until the end of the window."]),
    ("05:30", "Good morning from the Overberg",
     ["Welcome to our live coverage. Kalahari Orbital, a start-up with teams in Cape Town "
      "and Gaborone, is trying again to launch Mokoro-2, a 12-metre suborbital rocket, from "
      "the Overberg Test Range near Arniston, about 180 km south-east of Cape Town.",
      "The first attempt on Wednesday was halted 40 seconds before liftoff because of an unexpected pressure reading "
      "in a valve feeding nitrous oxide to the engine. Chief engineer Anneke du Plessis told us last night that the "
      "valve had been replaced and tested. The launch window opens at 07:00."]),
], [
    "Mokoro-2 lifted off at 07:14 SAST on Friday 11 September",
    "Peak altitude 108.4 km, above the 100 km Karman line",
    "Capsule with three experiments recovered from the sea",
    "First attempt on Wednesday was aborted 40 seconds before liftoff",
])

STORY_5 = _story("rk-KA5", "rocket", "2026-09-14", [
    _page("https://contnews.example/science/2026/09/11/african-startup-rocket-reaches-space", _RK_A),
    _page("https://capestandard.example/news/science/mokoro-2-space-flight-overberg", _RK_B),
    _page("https://overberggazette.example/news/rocket-launch-thrills-arniston-crowd/", _RK_C),
    _page("https://coastlinetv.example/live/mokoro-2-launch-overberg", _RK_D),
], [
    ("launch day", r"\bfriday\b|\b11 sep", r"\bthursday\b|\b10 sep"),
    ("peak altitude", r"\b108(?:\.4)?\s*(?:km|kilomet)", r"\b118\s*(?:km|kilomet)"),
    ("chief executive's surname", r"\bmolefhe\b", r"\bmolefe\b"),
])

# ===========================================================================
# eq-KA6 — Earthquake in Manica province, central Mozambique
# Facts: magnitude 5.9 (US Geological Survey), depth 10 km, at 01:20 local time (CAT)
# on Monday 19 October 2026 = 23:20 UTC on Sunday 18 October.  Epicentre in Machaze
# district, Manica province, about 30 km north-west of the district town of Chitobe and
# about 180 km south of Chimoio.  Felt in Chimoio, Beira and Mutare (Zimbabwe).
# Largest aftershock M4.6 at 04:05 local Monday.  Toll from the disaster agency INGD
# (spokesperson Luisa Cossa): 3 dead / 28 injured early Monday; 5 / 61 at midday; 7 / 86
# Monday evening (about 900 houses damaged); 11 / 120 Tuesday morning (more than 1,400
# houses, four schools damaged; at least 14 aftershocks of M3.5 or more).  District
# administrator Celeste Mucavele; provincial governor Armindo Sitoe visited Chitobe on
# Monday afternoon.  The area had a magnitude 7.0 quake in February 2006.
# PLANTED: Pungwe Broadcasting gives the time as 02:20 local; The Central Post puts the
# epicentre in Mossurize district.
# ===========================================================================

_EQ_A = _wire({
    "site": "Indian Ocean Wire", "host": "iowire.example",
    "url": "https://iowire.example/africa/2026/10/19/mozambique-earthquake-manica-machaze",
    "headline": "Magnitude 5.9 earthquake kills three in central Mozambique",
    "dek": "Quake strikes Manica province overnight; tremors felt in Beira and across the border in Zimbabwe.",
    "section": "Africa", "published": "2026-10-19T07:30:00+02:00",
    "modified": "2026-10-19T08:10:00+02:00",
    "author": "Amélia Nhantumbo",
    "dateline": "MAPUTO, Oct 19",
    "visible_date": "19 October 2026 · 05:30 GMT",
    "image": {"src": "/photos/2026/10/19/chitobe-damage.jpg",
              "alt": "A collapsed wall of a mud-brick house",
              "caption": "A house damaged by the earthquake in Chitobe, Machaze district, on Monday morning.",
              "credit": "Photo: local resident via Indian Ocean Wire"},
    "related": [("Explainer: why southern Africa has earthquakes", "/explainers/southern-africa-earthquakes"),
                ("Cyclone season outlook for Mozambique", "/africa/2026/10/10/cyclone-outlook")],
    "tags": ["Mozambique", "Earthquake", "Manica", "Disasters"],
    "credits": "Reporting by Amélia Nhantumbo in Maputo and Tendai Moyo in Harare; editing by Paul Varela",
}, [
    "A magnitude 5.9 earthquake struck central Mozambique early on Monday, killing at least three people and "
    "injuring 28 in Manica province, the country's disaster management agency said.",
    "The quake hit at 01:20 local time (2320 GMT on Sunday) at a depth of 10 km, according to the US Geological "
    "Survey. Its epicentre was in Machaze district, about 30 km north-west of the district town of Chitobe and "
    "roughly 180 km south of the provincial capital, Chimoio.",
    "The National Institute for Disaster Risk Management and Reduction (INGD) said the dead included a woman and her "
    "young son, who were killed when the wall of their house collapsed in a village near Chitobe.",
    "\"Most of the injuries were caused by falling walls and roofs in houses built of adobe, and many families spent "
    "the night outside for fear of further tremors,\" INGD spokesperson Luísa Cossa told Indian Ocean Wire by "
    "telephone.",
    "Cossa said teams had been sent from Chimoio to assess the damage but that reaching remote villages would take "
    "time because of poor roads. The number of casualties could rise as reports came in, she said.",
    "## Felt across the border",
    "Residents of Chimoio and the port city of Beira, about 200 km to the north-east, reported being woken by the "
    "shaking, and people in the Zimbabwean city of Mutare said windows rattled and hanging lights swayed for several "
    "seconds.",
    "\"The bed moved as if someone was pushing it. We all ran out into the yard and waited there until the sun came "
    "up,\" said Fernando Macuácua, a teacher in Chimoio.",
    "The USGS recorded an aftershock of magnitude 4.6 at 04:05 local time (0205 GMT), and several smaller tremors "
    "during the night.",
    "Machaze district administrator Celeste Mucavele said in a radio interview that several classrooms in Chitobe "
    "had cracked walls and that schools in the district would remain closed on Monday while engineers inspected them.",
    "## Quake-prone zone",
    "The area lies at the southern end of the East African Rift system, where the African plate is slowly pulling "
    "apart. In February 2006 a magnitude 7.0 earthquake struck Machaze, one of the strongest recorded in southern "
    "Africa in recent decades.",
    "Most buildings in rural Manica are built of sun-dried brick or mud and wattle, which can collapse even in "
    "moderate shaking, said Hélder Manhique, a geophysicist at Eduardo Mondlane University in Maputo.",
    "\"A magnitude 5.9 at shallow depth is not a giant event, but it sits right under villages where the houses have "
    "no reinforcement. That is where the danger is,\" he said.",
    "Electricity was cut to parts of Chitobe after poles came down, the state power utility said, and mobile phone "
    "coverage in the district was patchy on Monday morning, making it harder for officials to gather information "
    "from outlying villages.",
    "Mozambique's government has not yet declared a disaster in the area. Manica's provincial governor, Armindo "
    "Sitoe, was expected to travel to Chitobe later on Monday, his office said.",
])

_EQ_B = _paper({
    "site": "The Central Post", "host": "centralpost.example",
    "url": "https://centralpost.example/news/manica-earthquake-death-toll-rises-to-seven",
    "headline": "Manica earthquake: death toll rises to seven as families sleep outdoors",
    "dek": "Around 900 houses damaged; governor promises tents and water for Chitobe area.",
    "section": "News", "published": "2026-10-19T21:00:00+02:00",
    "modified": "2026-10-19T21:40:00+02:00",
    "author": "Ernesto Chauque", "author_role": "Central Mozambique correspondent",
    "author_bio": "Ernesto Chauque reports from Manica and Sofala provinces for the Post's English edition.",
    "dateline": "CHITOBE, Manica",
    "visible_date": "Monday 19 October 2026, 21:00",
    "edition": "English edition",
    "comments": 17,
    "most_read": ["Beira port expansion: second phase approved", "Fuel queues ease in Chimoio",
                  "Ferroviário beat rivals in derby"],
    "image": {"src": "/media/2026/10/19/chitobe-families-outdoors.jpg",
              "alt": "Families sitting on mats outside damaged houses",
              "caption": "Families prepare to spend a second night outdoors near Chitobe on Monday evening.",
              "credit": "Photo: Ernesto Chauque / The Central Post"},
    "related": [("What to do in an earthquake: a guide", "/guides/earthquake-safety"),
                ("2006: remembering the great Manica quake", "/archive/2006-manica-earthquake")],
    "tags": ["Earthquake", "Manica", "INGD", "Chitobe"],
}, [
    "The number of people killed by the earthquake that shook Manica province in the early hours of Monday has risen "
    "to seven, with 86 injured, the National Institute for Disaster Risk Management and Reduction (INGD) said on "
    "Monday evening.",
    "The magnitude 5.9 quake struck at 01:20, waking families across the province and sending people running from "
    "their homes in the dark. The US Geological Survey placed its epicentre in Mossurize district, about 30 km "
    "north-west of Chitobe, at a depth of 10 km.",
    "By Monday evening about 900 houses had been reported damaged, most of them in Chitobe and the surrounding "
    "villages, INGD said. Two schools and a health post were also damaged.",
    "INGD spokesperson Luísa Cossa said most of the injuries were caused by falling walls and roofs. \"Many families "
    "spent the night outside for fear of further tremors,\" she said, and many were preparing to do so again.",
    "## 'We heard the roof cracking'",
    "In a village on the road out of Chitobe, Albertina Sitole, 52, showed the Post the room where she had been "
    "sleeping with her three grandchildren when the shaking began.",
    "\"We heard the roof cracking before we felt anything. I took the little one and pushed the others through the "
    "door,\" she said. Minutes later, part of the back wall fell onto the bed.",
    "Her neighbours were less fortunate. A man in his sixties died when the gable of his house collapsed, relatives "
    "said.",
    "Hospital staff in Chitobe said they had treated dozens of people with fractures and head wounds. The most "
    "serious cases were being taken by road to the provincial hospital in Chimoio, a journey of several hours.",
    "## Governor visits",
    "Manica's governor, Armindo Sitoe, arrived in Chitobe on Monday afternoon and toured some of the worst-hit "
    "streets. He promised that tents, water purification tablets and food would reach the area by Tuesday.",
    "\"Nobody will be left without shelter. The government is with the people of this district,\" Sitoe told "
    "residents gathered at the district headquarters.",
    "District administrator Celeste Mucavele said schools would remain closed until engineers had inspected every "
    "classroom.",
    "The largest aftershock so far, of magnitude 4.6, was recorded at 04:05 on Monday, and residents reported "
    "feeling smaller tremors throughout the day. INGD said at least nine aftershocks of magnitude 3.5 or more had "
    "been recorded by Monday evening.",
    "## A familiar danger",
    "Older residents said the quake brought back memories of February 2006, when a magnitude 7.0 earthquake struck "
    "the same part of Manica and damaged hundreds of buildings.",
    "Seismologists say the area sits at the southern tip of the East African Rift, where moderate quakes are "
    "expected from time to time. Hélder Manhique, a geophysicist at Eduardo Mondlane University, said that the risk "
    "lay less in the size of the quakes than in the way houses in the area were built.",
    "\"The walls are unreinforced adobe. A moderate quake at night, when everyone is inside, is the worst "
    "combination,\" he said.",
    "The tremor was felt as far away as Beira and Chimoio, and across the border in Mutare, in Zimbabwe, but no "
    "damage was reported in those cities.",
])

_EQ_C = _broadcast({
    "site": "Pungwe Broadcasting", "host": "pungwebc.example",
    "url": "https://pungwebc.example/news/mozambique/machaze-earthquake-toll-eleven",
    "headline": "Machaze earthquake: death toll reaches 11, more than 1,400 homes damaged",
    "dek": "Rescuers reach remote villages as aftershocks continue in Manica province.",
    "section": "Mozambique", "published": "2026-10-20T12:30:00+02:00",
    "modified": "2026-10-20T13:05:00+02:00",
    "author": "Domingos Matsinhe", "author_role": "Reporter, Chimoio bureau",
    "dateline": "Chimoio",
    "visible_date": "20/10/2026 12:30",
    "schedule": "Jornal da Tarde / Afternoon News at 13:00",
    "video_caption": "Watch: our team in Machaze district on Tuesday morning",
    "image": {"src": "/img/news/2026/10/20/tents-chitobe.jpg",
              "alt": "Tents set up on a football field",
              "caption": "Tents for displaced families on a football field in Chitobe on Tuesday.",
              "credit": "Pungwe Broadcasting"},
    "related": [("How to help: aid agencies appeal for Manica", "/news/mozambique/manica-appeal"),
                ("Listen: geologist explains the Machaze fault", "/radio/machaze-fault-explained")],
    "tags": ["Earthquake", "Machaze", "Manica", "INGD"],
}, [
    "The death toll from Monday's earthquake in Machaze district, in Mozambique's Manica province, has risen to 11, "
    "the National Institute for Disaster Risk Management and Reduction (INGD) said on Tuesday morning.",
    "Another 120 people were injured and more than 1,400 houses were damaged, INGD said, as teams reached villages "
    "that had been cut off on Monday by damaged tracks and fallen trees.",
    "The magnitude 5.9 earthquake struck at 02:20 local time on Monday, when most people were asleep. Its epicentre "
    "was about 30 km north-west of Chitobe, the district headquarters, according to the US Geological Survey.",
    "INGD spokesperson Luísa Cossa said four of the new deaths had been reported from villages that rescue teams "
    "reached only on Monday night.",
    "\"Most of the injuries were caused by falling walls and roofs in houses built of adobe,\" Cossa told Pungwe "
    "Broadcasting.",
    "## Tents and water",
    "On a football field in Chitobe, workers were putting up rows of tents on Tuesday morning for families whose "
    "houses were destroyed or judged unsafe. Provincial governor Armindo Sitoe, who visited the town on Monday "
    "afternoon, had promised that shelter, water and food would arrive within a day.",
    "Aid agencies said the immediate needs were clean water, blankets and plastic sheeting. Nights in Machaze are "
    "still cool at this time of year, and many families have been sleeping outside since the quake for fear of "
    "further shaking.",
    "INGD said at least 14 aftershocks of magnitude 3.5 or more had been recorded since Monday, the largest of them "
    "magnitude 4.6 at 04:05 on Monday morning.",
    "Four schools in the district were damaged, and district administrator Celeste Mucavele said all schools in "
    "Machaze would stay closed for the rest of the week while engineers checked the buildings.",
    "## 'We are afraid to go back inside'",
    "Joaquim Muchanga, a farmer whose house in a village near Chitobe lost two walls, said his family had been "
    "sleeping under a tree. \"The ground still moves sometimes. We are afraid to go back inside, even into the room "
    "that is still standing,\" he said.",
    "At the district hospital, nurses said they were running short of bandages and painkillers. A medical team from "
    "the provincial hospital in Chimoio, about 180 km to the north, arrived on Monday evening.",
    "## Not the first time",
    "Machaze was the epicentre of a magnitude 7.0 earthquake in February 2006, which also damaged hundreds of "
    "buildings. Geologists say the district sits on the southern branch of the East African Rift.",
    "The government said on Tuesday it was considering whether to declare a state of emergency for the affected "
    "area, which would release additional funds for reconstruction.",
    "Power has been restored to most of Chitobe, the electricity utility said, but mobile phone coverage remains "
    "patchy in the south of the district. Traders in the town's market said prices of bottled water and candles had "
    "doubled since Monday, and district officials warned that anyone caught hoarding relief supplies would be "
    "prosecuted.",
    "Pungwe Broadcasting's Afternoon News at 13:00 will carry an interview with the governor and reports from the "
    "villages reached by rescue teams.",
])

_EQ_D = _live({
    "site": "Beira Today", "host": "beiratoday.example",
    "url": "https://beiratoday.example/live/earthquake-central-mozambique",
    "headline": "Earthquake in central Mozambique: live updates",
    "dek": "A strong earthquake in Manica province was felt across central Mozambique overnight.",
    "section": "News", "published": "2026-10-19T02:05:00+02:00",
    "modified": "2026-10-19T19:30:00+02:00",
    "author": "Sónia Tembe and Rui Gove",
    "dateline": "BEIRA / CHIMOIO",
    "visible_date": "Monday 19 October 2026 · last update 19:30",
    "badge": "LIVE",
    "image": {"src": "/uploads/live/2026/10/19/beira-residents-street.jpg",
              "alt": "Residents standing in a street at night",
              "caption": "Residents of Beira wait in the street after the earthquake was felt in the city overnight.",
              "credit": "Beira Today / Rui Gove"},
    "related": [("Map: where the earthquake was felt", "/maps/earthquake-felt-reports"),
                ("Emergency numbers for Manica and Sofala", "/services/emergency-numbers")],
    "tags": ["Live", "Earthquake", "Manica", "Beira"],
}, [
    ("19:30", "Where things stand tonight",
     ["Seven people have died and 86 have been injured, according to the disaster agency "
      "INGD's latest update. About 900 houses have been damaged, almost all of them in "
      "Machaze district. Many families are preparing to sleep outdoors again. We will be "
      "back tomorrow morning with the latest."]),
    ("18:45", "INGD: seven dead, 86 injured",
     ["INGD has updated its figures: seven dead, 86 injured and about 900 houses damaged. "
      "Two schools and a health post are among the damaged buildings. The agency says it has "
      "recorded at least nine aftershocks of magnitude 3.5 or more since the main quake."]),
    ("16:20", "Governor in Chitobe",
     ["Manica provincial governor Armindo Sitoe has arrived in Chitobe and is touring the "
      "damaged neighbourhoods. His office says tents, water purification tablets and food "
      "are on the way from Chimoio and should arrive by Tuesday."]),
    ("13:10", "Death toll rises to five",
     ["INGD now says five people have died and 61 have been injured. The agency says the "
      "figures will change as teams reach villages that are hard to get to on damaged dirt "
      "roads."]),
    ("11:00", "Why here?",
     ["We asked Hélder Manhique, a geophysicist at Eduardo Mondlane University, why this "
      "part of Manica has earthquakes. He said Machaze lies at the southern end of the East "
      "African Rift, and recalled the magnitude 7.0 quake in the same area in February "
      "2006. \"A moderate quake at night, when everyone is inside, is the worst "
      "combination,\" he said."]),
    ("09:30", "Schools closed in Machaze",
     ["Machaze district administrator Celeste Mucavele says schools in the district will "
      "stay closed today. Several classrooms in Chitobe have cracked walls and engineers "
      "will inspect them before pupils return."]),
    ("08:20", "Road to Chitobe open but slow",
     ["Our correspondent heading south from Chimoio says the road to Chitobe is open, but "
      "traffic is slow where the surface has cracked in a few places. Police have set up a "
      "checkpoint to keep the road clear for ambulances and official vehicles."]),
    ("07:45", "Felt in Zimbabwe",
     ["Readers in Mutare, across the border in Zimbabwe, tell us they felt the quake too. "
      "\"The glasses in the cupboard were ringing,\" one wrote. There are no reports of "
      "damage there."]),
    ("06:40", "First official toll: three dead",
     ["The National Institute for Disaster Risk Management and Reduction (INGD) says three "
      "people have died and 28 have been injured in Manica province. Spokesperson Luísa "
      "Cossa said most of the injuries were caused by falling walls and roofs in adobe "
      "houses. \"Many families spent the night outside for fear of further tremors,\" she "
      "said."]),
    ("04:10", "Aftershock",
     ["A strong aftershock has just been felt in Chimoio. The USGS puts it at magnitude 4.6, "
      "at 04:05 local time. Several readers in Beira say they felt it as well, though more "
      "weakly than the first quake."]),
    ("02:40", "USGS: magnitude 5.9 in Machaze district",
     ["The US Geological Survey has published its first details. The earthquake had a "
      "magnitude of 5.9 and struck at 01:20 local time (23:20 UTC on Sunday) at a depth of "
      "10 km. The epicentre is in Machaze district, Manica province, about 30 km north-west "
      "of Chitobe and roughly 180 km south of Chimoio.",
      "There is no tsunami risk: the epicentre is far inland."]),
    ("02:05", "Strong shaking felt in Beira",
     ["Good morning, if you can call it that. Many of you in Beira have been in touch to say "
      "you were woken by shaking at about 01:20. Doors banged and dishes fell from shelves "
      "in some homes. People in Chimoio are reporting the same. We are trying to find out "
      "where the earthquake was centred and whether there is damage. Stay with us."]),
], [
    "Magnitude 5.9 earthquake at 01:20 local time on Monday, depth 10 km (USGS)",
    "Epicentre in Machaze district, Manica, about 30 km north-west of Chitobe",
    "INGD: seven dead and 86 injured as of Monday evening; about 900 houses damaged",
    "Aftershock of magnitude 4.6 at 04:05",
])

STORY_6 = _story("eq-KA6", "earthquake", "2026-10-22", [
    _page("https://iowire.example/africa/2026/10/19/mozambique-earthquake-manica-machaze", _EQ_A),
    _page("https://centralpost.example/news/manica-earthquake-death-toll-rises-to-seven", _EQ_B),
    _page("https://pungwebc.example/news/mozambique/machaze-earthquake-toll-eleven", _EQ_C),
    _page("https://beiratoday.example/live/earthquake-central-mozambique", _EQ_D),
], [
    ("time of the main shock", r"\b0?1:20\b|\b23:20\b|\b2320 gmt", r"\b0?2:20\b|\b00:20\b|\b0020 gmt"),
    ("district of the epicentre", r"\bmachaze\b", r"\bmossurize\b"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
