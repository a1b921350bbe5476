"""Blind precision battery, part IC (Southeast Europe).

Written by engineer IC1 on 2026-12-07 for the twenty-fourth batch, a precision batch.
Every outlet (``*.example``), reporter, company, most officials and all figures are
invented; the prose is original.

Stories
-------
cb-IC1  central bank -- National Bank of Romania trims its policy rate (Thursday 12 March 2026).
        CONTROL: nothing planted.
        Traps: 6.25% / "25 basis points" / "a quarter of a percentage point"; the old rate
        6.50% and the corridor (5.25 / 7.25, formerly 5.50 / 7.50); a 7-2 vote also told as
        "seven votes to two" and "two of the nine members"; 14:30 local = 12:30 GMT; February
        inflation 7.9% vs "just under 8%", January's 8.6% and last autumn's 9.9% peak; the new
        year-end projection 3.8% vs November's 4.3%; three different analyst polls, each
        attributed (11 of 15, six of nine, 58%); leu at 5.0815 Thursday vs 5.0790 Friday;
        lei/euro conversions; rate forecasts of two economists (5.75% vs 5.50%); "Thursday"
        vs "March 12"; governor's name with and without diacritics / middle initial;
        "finance minister" / "minister of public finance"; next meeting 8 April (Wednesday).
el-IC2  election -- Pleven (Bulgaria) partial mayoral run-off, Sunday 26 April 2026.
        PLANTED: (1) winner's final share 54.8% (wire, regional) vs 58.4% (broadcaster);
        (2) runner-up's surname Kostadinov vs Konstantinov (regional paper);
        (3) run-off day Sunday vs "Saturday's run-off" (newspaper).
        Traps: exit poll 56% and partial count (87% of protocols, 55.3%) before the final
        result; first round 41.3% / 33.7% a week earlier; turnout 33.9% city-wide vs 41%
        in villages vs 31% in the town, first-round 36.4%; 2023 result 61.2%; margin 4,259
        vs "about 4,300"; full name with patronymic; result announced Monday.
ct-IC3  court -- Croatian Constitutional Court strikes down short-term-rental moratorium
        provisions (Tuesday 24 March 2026).
        PLANTED: (1) vote split 8-5 (wire, newspaper, specialist) vs 9-4 (broadcaster);
        (2) Nikola Brajkovic tourism minister vs "economy minister" (newspaper);
        (3) the "freezing one kind of owner out" quote given to Tomislav Juric (wire) vs
        Marina Kos (specialist site).
        Traps: noon local = 11:00 GMT (CET, before the clock change); deadline 30 September
        vs "just over six months"; 11 cities vs three named; bed counts "about 620,000" vs
        "more than 600,000"; licence fee in euros and its old kuna equivalent; "8-5" vs
        "eight votes to five" vs "eight of the 13 judges"; minister of tourism and sport vs
        tourism minister; law passed March 2025 / "last year".
tr-IC4  trade -- Greece's February 2026 trade figures (ELSTAT, Thursday 9 April 2026).
        CONTROL: nothing planted.
        Traps: exports EUR 4.18bn vs "about EUR 4.2bn" vs dollars; total vs ex-fuel
        (EUR 2.96bn, +9.1%); year-earlier figures; January exports revised 3.84 -> 3.88
        (said to be revised); two-month total; EU share 58.3% vs 56.9%, "1.4 percentage
        points"; deficit 2.87 vs 2.98; region (Central Macedonia) vs the whole country,
        attributed to a chamber estimate; exporters' forecast for 2026 vs 2025 outcome;
        12:00 local = 09:00 GMT.
rk-IC5  rocket -- Aerolaris "Lastun-2" suborbital test flight, Romania, Wednesday 20 May 2026.
        PLANTED: (1) liftoff 10:42 local (wire, live blog) vs 10:24 (regional paper);
        (2) launch site Capu Midia vs Cincu (regional paper);
        (3) main-engine burn 62 seconds (wire) vs 46 seconds (specialist site).
        Traps: 10:42 EEST = 07:42 UTC; Tuesday's scrub vs Wednesday's flight; apogee "above
        80 km" early vs confirmed 83.6 km (~52 miles); target 80 km; previous flight 31 km;
        "about a minute" burn; total flight 8 min 51 s vs "nearly nine minutes"; Cincu as the
        engine test site in correct outlets; window 10:00-13:00.
eq-IC6  earthquake -- Gulf of Corinth quake near Aigio, Greece, Wednesday 17 June 2026.
        CONTROL: nothing planted.
        Traps: magnitude by agency (NOA preliminary 5.9 revised to 5.7, EMSC 5.8, USGS 5.6),
        each attributed; depth 9 km (NOA) vs 10 km (USGS); 04:17 local = 01:17 UTC;
        injured 4 (early) -> 9 (later); aftershocks "more than 30" -> "more than 60" ->
        "more than 90" -> "around 140" (times shown); tents for 250 (municipality) vs
        about 300 away from home (civil protection, wider count); buildings
        inspected 60 -> 212, 37 unsafe; largest aftershock 4.3; distances from Aigio vs
        Patras vs Athens; 1995 Aigio quake (6.2, 26 dead); schools shut two days.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import json as _json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "IC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return _html.escape(text, quote=False)


def _a(text: str) -> str:
    return _html.escape(text, quote=True)


def _fmt(iso: str, style: str) -> str:
    d = _dt.datetime.fromisoformat(iso)
    if style == "wire":
        u = d.astimezone(_dt.UTC)
        return f"{u.day} {u:%b} {u.year} {u:%H:%M} GMT"
    if style == "paper":
        h = d.hour % 12 or 12
        ampm = "a.m." if d.hour < 12 else "p.m."
        return f"{d:%A}, {d:%B} {d.day}, {d.year} &middot; {h}:{d:%M} {ampm}"
    if style == "euro":
        return f"{d:%d.%m.%Y} | {d:%H:%M}"
    if style == "long":
        return f"{d:%A} {d.day} {d:%B} {d.year}, {d:%H:%M}"
    if style == "clock":
        return f"{d:%H:%M}"
    if style == "day":
        return f"{d.day} {d:%B} {d.year}"
    raise ValueError(style)


_AD_VARIANTS = [
    '<div class="ad-slot ad-mpu" data-ad-unit="/2214/news/inarticle_1"><span class="ad-label">Advertisement</span></div>',
    '<aside class="adv adv--inline" aria-label="advertisement"><small>ADVERTISEMENT</small><div id="div-gpt-ad-{n}"></div></aside>',
    '<div class="promo-slot" data-slot="mid-{n}"><p class="promo-slot__label">Advertisement &middot; story continues below</p></div>',
]


def _body(src: str, ad_style: int = 0) -> str:
    out = []
    n = 0
    for block in src.strip().split("\n\n"):
        b = " ".join(line.strip() for line in block.strip().splitlines())
        if not b:
            continue
        if b.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(b[3:])}</h2>")
        elif b.startswith("> "):
            out.append(f"<blockquote class=\"pullquote\"><p>{_e(b[2:])}</p></blockquote>")
        elif b == "[ad]":
            n += 1
            out.append(_AD_VARIANTS[ad_style % len(_AD_VARIANTS)].replace("{n}", str(n)))
        elif b.startswith("[img] "):
            cap, _, credit = b[6:].partition(" || ")
            out.append(
                "<figure class=\"inline-figure\"><img src=\"/media/placeholder-16x9.jpg\" "
                f"alt=\"{_a(cap)}\" loading=\"lazy\" width=\"960\" height=\"540\">"
                f"<figcaption>{_e(cap)} <span class=\"credit\">{_e(credit)}</span></figcaption></figure>")
        elif b.startswith("[rel] "):
            items = []
            for it in b[6:].split(" ;; "):
                t, _, href = it.partition(" | ")
                items.append(f"<li><a href=\"{_a(href)}\">{_e(t)}</a></li>")
            out.append("<aside class=\"read-also\"><h3>Read also</h3><ul>" + "".join(items) + "</ul></aside>")
        else:
            out.append(f"<p>{_e(b)}</p>")
    return "\n".join(out)


def _jsonld(kind: str, headline: str, url: str, site: str, authors: list[str],
            pub: str | None, mod: str | None, section: str, extra: dict | None = None) -> str:
    data: dict = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [f"https://{url.split('/')[2]}/media/lead-1200x675.jpg"],
        "articleSection": section,
        "author": [{"@type": "Person", "name": a} for a in authors] or {"@type": "Organization", "name": site},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": f"https://{url.split('/')[2]}/static/logo.png"}},
    }
    if pub:
        data["datePublished"] = pub
    if mod:
        data["dateModified"] = mod
    if extra:
        data.update(extra)
    return "<script type=\"application/ld+json\">" + _json.dumps(data, ensure_ascii=False, indent=1) + "</script>"


def _head(title: str, site: str, desc: str, url: str, pub: str | None, mod: str | None,
          section: str, authors: list[str], jsonld: str | None, lang: str = "en",
          css: str = "/static/site.css", twitter: str = "") -> str:
    metas = [
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(title)} | {_e(site)}</title>",
        f"<meta name=\"description\" content=\"{_a(desc)}\">",
        f"<link rel=\"canonical\" href=\"{_a(url)}\">",
        f"<meta property=\"og:site_name\" content=\"{_a(site)}\">",
        "<meta property=\"og:type\" content=\"article\">",
        f"<meta property=\"og:title\" content=\"{_a(title)}\">",
        f"<meta property=\"og:description\" content=\"{_a(desc)}\">",
        f"<meta property=\"og:url\" content=\"{_a(url)}\">",
        f"<meta property=\"og:image\" content=\"https://{url.split('/')[2]}/media/lead-1200x675.jpg\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
    ]
    if twitter:
        metas.append(f"<meta name=\"twitter:site\" content=\"{_a(twitter)}\">")
    if pub:
        metas.append(f"<meta property=\"article:published_time\" content=\"{pub}\">")
    if mod:
        metas.append(f"<meta property=\"article:modified_time\" content=\"{mod}\">")
    metas.append(f"<meta property=\"article:section\" content=\"{_a(section)}\">")
    for a in authors:
        metas.append(f"<meta name=\"author\" content=\"{_a(a)}\">")
    metas.append(f"<link rel=\"stylesheet\" href=\"{css}\">")
    metas.append("<script async src=\"/static/consent.js\"></script>")
    if jsonld:
        metas.append(jsonld)
    return f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n" + "\n".join(metas) + "\n</head>\n"


def _nav(items: list[str], cls: str = "site-nav") -> str:
    lis = "".join(f"<li><a href=\"/{i.lower().replace(' ', '-').replace('&', 'and')}/\">{_e(i)}</a></li>" for i in items)
    return f"<nav class=\"{cls}\" aria-label=\"Main\"><ul>{lis}</ul></nav>"


def _related(items: list[tuple[str, str]], heading: str = "Related coverage") -> str:
    lis = "".join(f"<li><a href=\"{_a(h)}\">{_e(t)}</a></li>" for t, h in items)
    return f"<section class=\"related\"><h3>{_e(heading)}</h3><ul>{lis}</ul></section>"


def _share(url: str) -> str:
    return ("<div class=\"share-tools\"><span>Share</span>"
            f"<a class=\"share-fb\" href=\"https://facebook.example/sharer?u={_a(url)}\">Facebook</a>"
            f"<a class=\"share-x\" href=\"https://x.example/intent?url={_a(url)}\">X</a>"
            f"<a class=\"share-li\" href=\"https://linkedin.example/share?url={_a(url)}\">LinkedIn</a>"
            "<a class=\"share-mail\" href=\"mailto:?subject=Shared%20article\">Email</a>"
            "<button class=\"copy-link\">Copy link</button></div>")


def _cookie(text: str, accept: str = "Accept all", reject: str = "Reject non-essential") -> str:
    return (f"<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>{_e(text)}</p>"
            f"<button class=\"btn-accept\">{_e(accept)}</button><button class=\"btn-reject\">{_e(reject)}</button>"
            "<a href=\"/privacy/\">Privacy settings</a></div>")


def _newsletter(title: str, blurb: str) -> str:
    return (f"<section class=\"newsletter-signup\"><h3>{_e(title)}</h3><p>{_e(blurb)}</p>"
            "<form action=\"/newsletter/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" "
            "placeholder=\"Your email address\"><button type=\"submit\">Sign up</button></form></section>")


def _footer(site: str, links: list[str], extra: str = "") -> str:
    lis = "".join(f"<li><a href=\"/{x.lower().replace(' ', '-')}/\">{_e(x)}</a></li>" for x in links)
    return (f"<footer class=\"site-footer\"><ul class=\"footer-links\">{lis}</ul>"
            f"<p class=\"copyright\">&copy; 2026 {_e(site)}. All rights reserved. {_e(extra)}</p></footer>")


# ---------------------------------------------------------------------------
# page templates, one per kind of outlet
# ---------------------------------------------------------------------------

def _wire(site, url, headline, dek, author, dateline, pub, mod, body, related, section="World",
          tags=(), desk="Editing by the Balkans desk"):
    jl = _jsonld("NewsArticle", headline, url, site, [author] if author else [], pub, mod, section)
    stamp = ""
    if pub:
        stamp = f"<time class=\"pubdate\" datetime=\"{pub}\">{_fmt(pub, 'wire')}</time>"
        if mod and mod != pub:
            stamp += f" <span class=\"upd\">Updated <time datetime=\"{mod}\">{_fmt(mod, 'wire')}</time></span>"
    tag_html = "".join(f"<a class=\"tag\" href=\"/tag/{t.lower().replace(' ', '-')}\">{_e(t)}</a>" for t in tags)
    return (_head(headline, site, dek, url, pub, mod, section, [author] if author else [], jl, twitter="@wire")
            + "<body class=\"wire-story\">\n"
            + _cookie(f"{site} uses cookies to measure traffic and personalise content. You can change your choice at any time.")
            + f"<header class=\"masthead\"><a class=\"logo\" href=\"/\">{_e(site)}</a>"
            + _nav(["World", "Business", "Markets", "Politics", "Science", "Sport", "Pictures"]) + "</header>\n"
            + "<main><article class=\"story\">"
            + f"<div class=\"kicker\">{_e(section)}</div><h1>{_e(headline)}</h1>"
            + f"<p class=\"standfirst\">{_e(dek)}</p>"
            + f"<div class=\"meta\"><span class=\"byline\">By {_e(author)}</span> {stamp}</div>"
            + _share(url)
            + f"<div class=\"story-body\"><p class=\"dateline\"><strong>{_e(dateline)}</strong> -</p>\n"
            + _body(body, 0)
            + f"\n<p class=\"desk\">({_e(desk)})</p></div>"
            + f"<div class=\"tags\">{tag_html}</div>"
            + "<p class=\"trust\">Our standards: The Trust Principles.</p>"
            + "</article>"
            + _related(related, "More from the wire")
            + "</main>\n"
            + _footer(site, ["About", "Contact", "Terms of use", "Accessibility", "Careers"], "Content may not be republished without a licence.")
            + "\n</body></html>")


def _paper(site, url, headline, dek, authors, pub, mod, body, related, section="News", caption=None,
           newsletter=("The Morning Briefing", "The day's essential stories, every weekday at 7 a.m."),
           nav=("News", "Politics", "Business", "Opinion", "Culture", "Sport", "Travel"), paywall=False):
    jl = _jsonld("NewsArticle", headline, url, site, list(authors), pub, mod, section)
    by = " and ".join(_e(a) for a in authors)
    when = f"<time datetime=\"{pub}\">{_fmt(pub, 'paper')}</time>" if pub else ""
    lead = ""
    if caption:
        cap, _, cred = caption.partition(" || ")
        lead = (f"<figure class=\"lead-image\"><img src=\"/media/lead-1200x675.jpg\" alt=\"{_a(cap)}\">"
                f"<figcaption>{_e(cap)} <em>{_e(cred)}</em></figcaption></figure>")
    pw = "<div class=\"paywall-note\">You have 2 free articles left this month. <a href=\"/subscribe\">Subscribe</a></div>" if paywall else ""
    return (_head(headline, site, dek, url, pub, mod, section, list(authors), jl, css="/assets/css/main.min.css")
            + "<body class=\"article-page\">\n"
            + _cookie("We and our partners use cookies and similar technologies to deliver, measure and improve our journalism.",
                      "I agree", "Manage options")
            + f"<div class=\"top-strip\"><span>{_fmt(pub, 'day') if pub else ''}</span> <a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Sign in</a></div>"
            + f"<header class=\"site-header\"><a class=\"brand\" href=\"/\">{_e(site)}</a>" + _nav(list(nav)) + "</header>\n"
            + "<div class=\"ad-leaderboard\"><span>Advertisement</span></div>"
            + f"<main class=\"layout\"><article class=\"article\"><header><a class=\"section-label\" href=\"/{section.lower()}/\">{_e(section)}</a>"
            + f"<h1 class=\"headline\">{_e(headline)}</h1><h2 class=\"dek\">{_e(dek)}</h2>"
            + f"<div class=\"byline-block\"><span class=\"by\">By {by}</span> <span class=\"published\">{when}</span></div></header>"
            + lead + pw
            + "<div class=\"article-body\">\n" + _body(src=body, ad_style=1) + "\n</div>"
            + _share(url)
            + "<div class=\"author-bio\"><p>" + by + " reports for " + _e(site) + ".</p></div>"
            + "</article><aside class=\"rail\">" + _related(related, "Most read")
            + "<div class=\"ad-rail\"><span>Advertisement</span></div></aside></main>\n"
            + _newsletter(*newsletter)
            + _footer(site, ["About us", "Contact", "Advertise", "Terms", "Privacy", "Corrections"])
            + "\n</body></html>")


def _broadcast(site, url, headline, dek, author, body, related, section="News", pub=None, mod=None,
               updated_text="Updated 3 hours ago", video_caption=None):
    jl = _jsonld("NewsArticle", headline, url, site, [author] if author else [], pub, mod, section) if pub else (
        "<script type=\"application/ld+json\">" + _json.dumps({"@context": "https://schema.org", "@type": "WebPage",
                                                               "name": headline, "url": url}) + "</script>")
    video = ""
    if video_caption:
        video = ("<div class=\"video-player\" data-player=\"vjs\"><button class=\"play\">Play video</button>"
                 f"<p class=\"video-caption\">{_e(video_caption)}</p></div>")
    return (_head(headline, site, dek, url, pub, mod, section, [author] if author else [], jl, css="/css/tv.css")
            + "<body class=\"tv-article\">\n"
            + _cookie("This site uses cookies. Some are essential, others help us show you relevant programmes and ads.",
                      "OK", "Settings")
            + f"<header class=\"tv-header\"><a class=\"tv-logo\" href=\"/\">{_e(site)}</a>"
            + "<a class=\"watch-live\" href=\"/live/\">&#9679; Watch live</a>"
            + _nav(["Home", "News", "Region", "World", "Business", "Weather", "Shows"], "tv-nav") + "</header>\n"
            + "<main><article>"
            + f"<h1>{_e(headline)}</h1><p class=\"summary\">{_e(dek)}</p>"
            + f"<div class=\"article-info\"><span class=\"author\">{_e(author)}</span> <span class=\"updated\">{_e(updated_text)}</span></div>"
            + video
            + "<section class=\"text\">\n" + _body(body, 2) + "\n</section>"
            + _share(url)
            + "</article>"
            + _related(related, "Watch and read next")
            + "<div class=\"ad-slot ad-bottom\"><span>Advertisement</span></div></main>\n"
            + _newsletter("Breaking news alerts", "Get the biggest stories sent straight to your inbox.")
            + _footer(site, ["Schedule", "Contact the newsroom", "Complaints", "Cookie policy", "Terms"])
            + "\n</body></html>")


def _live(site, url, headline, dek, pub, mod, summary, entries, related, section="Live"):
    jl = _jsonld("LiveBlogPosting", headline, url, site, [], pub, mod, section,
                 {"coverageStartTime": pub, "coverageEndTime": mod})
    posts = []
    for iso, title, text, who in entries:
        posts.append(f"<article class=\"live-post\" id=\"post-{_fmt(iso, 'clock').replace(':', '')}\">"
                     f"<time datetime=\"{iso}\" class=\"post-time\">{_fmt(iso, 'clock')}</time>"
                     f"<h3>{_e(title)}</h3>" + _body(text, 2)
                     + f"<p class=\"post-author\">{_e(who)}</p></article>")
    summ = "".join(f"<li>{_e(s)}</li>" for s in summary)
    return (_head(headline, site, dek, url, pub, mod, section, [], jl, css="/static/live.css")
            + "<body class=\"liveblog\">\n"
            + _cookie("We use cookies to keep this live page updating and to understand how it is used.", "Accept", "Decline")
            + f"<header class=\"bar\"><a href=\"/\" class=\"logo\">{_e(site)}</a>" + _nav(["Live", "News", "Politics", "Economy", "Tech", "Video"]) + "</header>\n"
            + f"<main><div class=\"live-badge\">LIVE</div><h1>{_e(headline)}</h1><p class=\"live-dek\">{_e(dek)}</p>"
            + f"<section class=\"key-points\"><h2>Key points</h2><ul>{summ}</ul></section>"
            + "<div class=\"ad-slot\"><span>Advertisement</span></div>"
            + "<div class=\"live-feed\">" + "\n".join(reversed(posts)) + "</div>"
            + _share(url) + _related(related, "More on this story") + "</main>\n"
            + _footer(site, ["About", "Editorial code", "Contact", "Cookies"])
            + "\n</body></html>")


def _trade(site, url, headline, dek, author, pub, mod, body, related, section="Analysis",
           updated_text=None, topics=()):
    jl = _jsonld("NewsArticle", headline, url, site, [author], pub, mod, section) if pub else None
    when = (f"<time datetime=\"{pub}\">{_fmt(pub, 'long')}</time>" if pub else f"<span>{_e(updated_text or '')}</span>")
    tp = "".join(f"<a class=\"topic\" href=\"/topics/{t.lower().replace(' ', '-')}\">{_e(t)}</a>" for t in topics)
    return (_head(headline, site, dek, url, pub, mod, section, [author], jl, css="/_next/static/pro.css")
            + "<body class=\"pro-article\">\n"
            + _cookie("Cookies help us run this site and our subscriber services. See our policy for details.", "Allow", "Only necessary")
            + f"<header class=\"pro-header\"><a class=\"logo\" href=\"/\">{_e(site)}</a>"
            + "<a class=\"cta\" href=\"/pro/trial\">Start free trial</a>"
            + _nav(["Latest", "Analysis", "Data", "Interviews", "Events", "Podcasts"]) + "</header>\n"
            + "<main><article class=\"pro\">"
            + f"<p class=\"section\">{_e(section)}</p><h1>{_e(headline)}</h1><p class=\"lede\">{_e(dek)}</p>"
            + f"<div class=\"author-line\"><img src=\"/authors/avatar.png\" alt=\"\" width=\"32\"> <span>{_e(author)}</span> &middot; {when}</div>"
            + "<div class=\"content\">\n" + _body(body, 0) + "\n</div>"
            + f"<div class=\"topics\">Topics: {tp}</div>"
            + _share(url) + "</article>"
            + _related(related, "Further reading")
            + "</main>\n"
            + _newsletter("The weekly briefing", "Data, analysis and interviews for professionals. Free, every Friday.")
            + _footer(site, ["About", "Subscriptions", "Events", "Advertise", "Privacy"])
            + "\n</body></html>")


def _regional(site, url, headline, dek, author, body, related, pub=None, mod=None, dateline_text="",
              section="Local", weather=""):
    jl = _jsonld("NewsArticle", headline, url, site, [author], pub, mod, section) if pub else None
    when = f"<time datetime=\"{pub}\">{_fmt(pub, 'euro')}</time>" if pub else f"<span class=\"dl\">{_e(dateline_text)}</span>"
    return (_head(headline, site, dek, url, pub, mod, section, [author], jl, css="/theme/style.css")
            + "<body class=\"single-post\">\n"
            + _cookie("This website uses cookies to improve your experience.", "Accept", "Read more")
            + f"<div class=\"topbar\">{_e(weather)} <a href=\"/e-paper/\">E-paper</a> <a href=\"/advertise/\">Advertise with us</a></div>"
            + f"<header id=\"masthead\"><a class=\"site-title\" href=\"/\">{_e(site)}</a>"
            + _nav(["Home", "Local", "Region", "Business", "Sport", "Culture", "Obituaries"], "main-menu") + "</header>\n"
            + "<div class=\"banner-ad\">Advertisement</div>"
            + f"<main id=\"content\"><article class=\"post\"><span class=\"cat\">{_e(section)}</span>"
            + f"<h1 class=\"entry-title\">{_e(headline)}</h1><p class=\"excerpt\">{_e(dek)}</p>"
            + f"<div class=\"entry-meta\">{_e(author)} &middot; {when}</div>"
            + "<div class=\"entry-content\">\n" + _body(body, 1) + "\n</div>"
            + _share(url)
            + "<div class=\"comments-closed\">Comments are closed for this article.</div></article>"
            + _related(related, "More local news")
            + "</main>\n"
            + _footer(site, ["About", "Contact", "Subscribe", "Privacy policy"])
            + "\n</body></html>")


# ===========================================================================
# Story 1 -- cb-IC1 -- National Bank of Romania rate cut (CONTROL)
# ===========================================================================

_CB1_A_URL = "https://www.balkanwire.example/business/romania-central-bank-cuts-rate-6-25-2026-03-12/"
_CB1_A = _wire(
    "Balkan Wire Service", _CB1_A_URL,
    "Romania's central bank cuts key rate to 6.25% as inflation eases",
    "National Bank of Romania makes first cut since August 2024; board split 7-2; governor ties further easing to budget discipline.",
    "Andrei Munteanu", "BUCHAREST, March 12 (BWS)",
    "2026-03-12T12:41:00+00:00", "2026-03-12T15:22:00+00:00",
    """
Romania's central bank cut its main interest rate by 25 basis points to 6.25% on Thursday, its first
reduction since August 2024, saying a steady retreat in inflation from last year's tax-driven spike gave
it room to start easing.

The National Bank of Romania (BNR) also lowered its deposit facility rate to 5.25% from 5.50% and its
lending facility rate to 7.25% from 7.50%, keeping the corridor around the policy rate at one percentage
point either side. Minimum reserve requirement ratios on leu and foreign-currency liabilities were left
unchanged.

The board voted 7-2 for the cut, with two members preferring to hold the key rate at 6.50%, the bank
said in a statement published at 14:30 local time (12:30 GMT).

Eleven of 15 economists polled by Balkan Wire Service last week had expected a cut; the other four
forecast no change.

[ad]

The decision came hours after the National Institute of Statistics said annual consumer price inflation
slowed to 7.9% in February from 8.6% in January. Inflation peaked at 9.9% in September, after the
government raised value-added tax and ended a cap on household electricity prices in the summer of 2025.

"We are not declaring victory over inflation," Governor Teodor Vlăsceanu told a news conference later
on Thursday. "We are acknowledging that the worst of the price shock is behind us, and that keeping real
rates this high for much longer would do damage we do not need to do."

He said the bank now expected inflation to fall to 3.8% by December, down from the 4.3% it projected in
its November inflation report, and to 2.9% by the end of 2027, inside its target band of 2.5% plus or
minus one percentage point. Most of the decline is expected in July and August, when last year's tax
increases drop out of the annual comparison. The full projection will be published with the May
inflation report.

## FISCAL RISKS

Vlăsceanu repeatedly tied the pace of any further easing to the budget. Romania ran a deficit of 8.4%
of gross domestic product last year, the widest in the European Union, and the government has committed
to narrowing it to 6.2% this year under a plan agreed with the European Commission.

"If the consolidation slips, the room we have today can disappear very quickly," he said. Asked whether
Thursday's move marked the start of a cycle, he said the board would decide "meeting by meeting, on the
data, not on a calendar."

Finance Minister Radu Ciobanu welcomed the cut, writing on social media that it was "a signal that the
consolidation is credible" and would lower borrowing costs for households and companies.

The leu was little changed after the announcement and traded at 5.0815 per euro in late afternoon
trading in Bucharest. Yields on leu-denominated government bonds fell across the curve.

[ad]

## ECONOMISTS DIVIDED ON PACE

The economy grew 0.8% in 2025, according to preliminary data, and fourth-quarter output was 0.6% higher
than a year earlier, a flash estimate showed last month. Consumer spending has cooled as real wages were
squeezed by the tax increases, while investment financed by European Union recovery funds has held up.

Corina Pătrașcu, chief economist at Danubia Bank Romania, said she expected one more quarter-point cut
before the summer and a policy rate of 5.75% by the end of the year. "The board has opened the door, but
it will walk through it slowly," she said.

Others were more cautious. Mihai Dragomir of Bucharest consultancy Carpatica Research said nominal wage
growth of about 9% was still well ahead of productivity and that food prices remained volatile. "One cut
makes sense. A series of them depends on things the central bank does not control," he said.

Most leu mortgages are now linked to a reference index that follows interbank rates with a lag of
several months, so households are likely to feel the cut only gradually, bankers said.

The bank last changed rates in August 2024, when it lowered the key rate to 6.50% from 6.75%. Its next
scheduled monetary policy meeting is on April 8.
""",
    [("Romanian inflation slows to 7.9% in February", "/business/romania-inflation-february-2026/"),
     ("Hungary holds base rate, signals patience", "/business/hungary-rates-march-2026/"),
     ("Romania's 2026 budget: what the deficit target means", "/politics/romania-budget-2026-explainer/")],
    section="Business", tags=("Romania", "Central banks", "Interest rates", "Inflation"),
    desk="Reporting by Andrei Munteanu; additional reporting by Ilinca Pop; editing by Mark Hollis",
)

_CB1_B_URL = "https://www.bucharestledger.example/business/2026/03/12/bnr-cuts-key-rate-to-6-25-as-inflation-retreats"
_CB1_B = _paper(
    "The Bucharest Ledger", _CB1_B_URL,
    "BNR cuts key rate to 6.25% as inflation retreats from its peak",
    "A split board lowers borrowing costs for the first time in a year and a half. Mortgage holders will have to wait to notice.",
    ["Ioana Cristea", "Paul Negru"],
    "2026-03-12T19:05:00+02:00", "2026-03-12T21:30:00+02:00",
    """
The National Bank of Romania lowered its monetary policy rate by a quarter of a percentage point on
Thursday, to 6.25 per cent, betting that the inflation surge set off by last summer's tax increases has
run its course.

The board was divided. Seven of its nine members backed the cut and two voted to keep the rate at 6.50
per cent, according to the bank's statement. The seven votes to two split is the first openly divided
rate decision in more than two years, and it was the first thing Governor Teodor M. Vlăsceanu was asked
about when he faced reporters in the bank's neoclassical headquarters on Lipscani Street on Thursday
afternoon.

"A board that always agrees is not doing its job," he said. "The two colleagues who preferred to wait
have good arguments. The majority thought the arguments for acting now were stronger."

[ad]

The governor insisted he was "not declaring victory over inflation", but said the worst of the price
shock "is behind us". Figures from the National Institute of Statistics released that morning showed
annual inflation at 7.9 per cent in February, down from 8.6 per cent in January and from 9.9 per cent in
September, the peak after VAT went up to 21 per cent in August. The bank now expects 3.8 per cent by the
end of the year, compared with 4.3 per cent in its November projection.

The deposit and lending facility rates, which frame overnight money-market rates, were also trimmed by
25 basis points each, to 5.25 and 7.25 per cent respectively.

The move was largely anticipated. Of economists at nine banks contacted by The Ledger earlier this week,
six had predicted a cut on Thursday and three a pause until April.

## What it means for borrowers

For the roughly one million households with leu mortgages, the effect will be slow. Most new home loans
are priced off the IRCC reference index, which is calculated from interbank transactions over previous
quarters and updated only every three months.

Once the cut works its way through, bankers estimate that a 300,000-lei loan (about €59,000) taken over
25 years would cost roughly 45 lei less a month. "It is a small number for one family, but it is the
first time in years that it moves in the right direction," said Elena Grigore, who chairs the Alliance
of Romanian Small Businesses and has lobbied for cheaper credit for small firms.

"A quarter of a point will not change anyone's investment plans on its own," she added. "The direction
matters more than the size."

[rel] Why your mortgage rate lags the central bank | /money/ircc-explained/ ;; Inflation at 7.9%: what got cheaper, what did not | /business/inflation-february-breakdown/

## Budget in the background

Minister of Public Finance Radu Ciobanu, whose deficit-reduction plan has been the main subject of
friction between the government and Brussels, said the decision showed that "the markets and the central
bank believe the consolidation is credible". Last year's deficit came in at 8.4 per cent of GDP; the
target for 2026 is 6.2 per cent.

Mr Vlăsceanu, who has run the central bank for most of the past decade, made clear that the budget
would decide how far the easing goes. "If the consolidation slips, the room we have today can disappear
very quickly," he said, a line he repeated twice during the hour-long press conference.

Corina Pătrașcu of Danubia Bank Romania said the statement's language left room for one more cut before
the summer. Mihai Dragomir, of the consultancy Carpatica Research, warned that wages were still growing
at around 9 per cent a year. "The bank is cutting into an economy where pay rises are still strong.
That is why two members said wait," he said.

The leu barely moved, trading at around 5.08 to the euro by the evening. The next rate meeting is on 8
April.
""",
    [("Romanian inflation slows for fifth month", "/business/2026/03/12/inflation-slows-fifth-month"),
     ("Opinion: The BNR's quarter point is about credibility, not cash", "/opinion/2026/03/12/bnr-quarter-point"),
     ("House prices in Bucharest flat in February", "/property/2026/03/10/bucharest-house-prices")],
    section="Business",
    caption="Governor Teodor M. Vlăsceanu at Thursday's news conference in Bucharest. || Photo: Mihai Stanciu for The Bucharest Ledger",
    paywall=True,
)

_CB1_C_URL = "https://www.esud-tv.example/romania/central-bank-cuts-interest-rates-first-time-since-2024"
_CB1_C = _broadcast(
    "Europa Sud TV", _CB1_C_URL,
    "Romania's central bank cuts interest rates for the first time since 2024",
    "The National Bank trims its key rate to 6.25 percent. For families with loans, the savings will be modest and slow to arrive.",
    "Cristina Olaru, Bucharest",
    """
Romania's central bank has cut interest rates for the first time in more than a year and a half, in a
sign that the worst of the country's inflation squeeze may be over.

The National Bank of Romania lowered its key rate by a quarter of a percentage point this afternoon, to
6.25 percent. Not everyone on the board agreed: two of the nine members wanted to wait.

Inflation in Romania is still high, just under 8 percent in February, but it has been falling since the
autumn, when prices were rising at almost 10 percent a year.

[ad]

Governor Teodor Vlasceanu told reporters the bank was not declaring victory, but he said the worst of
the price shock was behind the country. He said the bank expects inflation to drop below 4 percent by the
end of the year.

Outside a bank branch in Bucharest's Drumul Taberei district, we asked people whether they had noticed.
Most had not.

"I heard it on the radio this morning that prices went up less. I did not feel it at the market," said
Maria Ionescu, a retired teacher. "Eggs, cheese, everything costs what it cost in the winter."

In Cluj, Andreea and Vlad Stoica, who bought a two-room flat last year with a 250,000-lei mortgage, said
any relief would be welcome, even if it is small. "Maybe 30 or 40 lei a month, the bank told us, and not
right away," Vlad said. "It pays for a tank of petrol every few months. That is something."

## Why now?

Economists say the central bank has been waiting for proof that last year's jump in VAT and the end of
the electricity price cap were a one-off rather than the start of a spiral.

"The price shock was a tax shock. It is now washing out," said Corina Patrascu, chief economist at
Danubia Bank Romania, in an interview with Europa Sud TV. She expects one more small cut before the
summer.

The finance minister, Radu Ciobanu, called the decision good news for families and companies and said
it showed the government's budget plan was being taken seriously.

[ad]

Romania still has the biggest budget deficit in the European Union, and the governor warned that if the
government fails to cut it as promised, the bank could be forced to stop easing.

"The room we have today can disappear very quickly," he said.

## What happens next

The central bank's board meets again in April. Economists expect the next steps to be small and
cautious, with many forecasting a key rate somewhere between 5.5 and 6 percent by December.

Opposition politicians were less impressed. "A quarter of a point after two years of pain is not a
policy, it is a gesture," said Sorin Bădescu, an opposition member of the budget committee in the Chamber
of Deputies, who has called for the government to cut taxes on labour instead.

The leu was steady against the euro after the decision, at around 5.08 lei.

Businesses say what they need most is predictability. "We plan investments three years ahead," said
Daniel Marin, who runs a furniture factory near Suceava with 140 employees. "Rates going down slowly is
fine. Rates jumping around is what kills us."

Watch the full report in our evening news bulletin at 19:00.
""",
    [("Video: What the rate cut means for your loan", "/video/rate-cut-loans"),
     ("Romania's budget under the microscope in Brussels", "/europe/romania-budget-brussels"),
     ("Food prices: where inflation still bites", "/romania/food-prices-inflation")],
    section="Romania", updated_text="Updated 4 hours ago",
    video_caption="Our correspondent Cristina Olaru reports from Bucharest (2:41)",
)

_CB1_D_URL = "https://www.ratewatch.example/cee/romania-nbr-25bp-cut-march-2026"
_CB1_D = _trade(
    "RateWatch Europe", _CB1_D_URL,
    "Romania: NBR opens easing with 25bp cut; April follow-up in play",
    "A 7-2 vote, a lower inflation path and a heavy fiscal caveat. Our take on Thursday's decision and what the market is now pricing.",
    "Hannah Weiss", "2026-03-13T08:15:00+01:00", "2026-03-13T08:15:00+01:00",
    """
The National Bank of Romania (NBR) delivered the 25bp cut most of the market had pencilled in on
Thursday, taking the policy rate to 6.25% from 6.50%. The decision was published at 13:30 CET. The
standing facilities moved in lockstep: deposit facility 5.25%, lending (Lombard) facility 7.25%.

Three things stood out to us.

## 1. The vote

The board split 7–2, with two of the nine members voting to hold. The NBR does not name dissenters, but
the split matters: it signals that the hawkish minority is large enough to slow the pace if the fiscal
picture disappoints. Governor Vlăsceanu described the dissenters' arguments as "good" at the press
conference, which we read as a deliberate hedge.

## 2. The inflation path

February CPI printed at 7.9% y/y, in line with consensus, after 8.6% in January. The governor gave a new
year-end projection of 3.8% (November report: 4.3%) and 2.9% for end-2027. The mechanical driver is the
base effect from the July 2025 electricity cap removal and the August 2025 VAT increase, which drop out
of the annual rate in Q3.

On a backward-looking basis the real policy rate is still negative, at roughly -1.7%. Against the
year-end projection it is close to +2.5%, which is the NBR's real argument for moving now.

[ad]

## 3. The fiscal caveat

Last year's deficit was 8.4% of GDP; the 2026 target is 6.2%. The governor's line that the room for
easing "can disappear very quickly" if consolidation slips was, in our view, the most important sentence
of the day.

## Market reaction

EUR/RON closed Thursday at 5.0815 and opened Friday at 5.0790, so the currency shrugged off the move.
The 10-year leu government bond yield fell about 12bp on Thursday, to 6.71%. Forward rate agreements now
price roughly 50bp of further cuts over the next six months.

## Surveys and forecasts

Going into the meeting, the monthly survey of the Bucharest Financial Analysts' Forum showed 58% of
its 43 respondents expecting a cut in March, with the rest split between April and May. A separate wire
service poll found 11 of 15 economists calling for a cut.

Forecasts for year-end now cluster between 5.50% and 5.75%:

Corina Pătrașcu (Danubia Bank Romania): 5.75%, with one more cut in Q2 and one in Q4. "The board has
opened the door, but it will walk through it slowly."

Sophie Lang (Harrowgate Economics, London): 5.50%. "Once base effects kick in over the summer, a
headline rate near 4% makes 6.25% look very tight. They will do more than they are signalling."

Mihai Dragomir (Carpatica Research): unchanged after March until the autumn, citing wage growth of
around 9%.

Our own baseline is 5.75% at end-2026, with risks skewed towards more easing if the budget stays on track
and towards a pause if it does not.

[rel] Poland: MPC keeps the door ajar | /cee/poland-mpc-march-2026 ;; Hungary: holding pattern extended | /cee/hungary-mnb-march-2026

## Next dates

The next policy meeting is on Wednesday, 8 April. The May inflation report will carry the full updated
forecast. February wage data are due on 2 April; the second estimate of Q4 GDP, published on 6 March,
confirmed growth of 0.6% y/y.
""",
    [("CEE central bank calendar, Q2 2026", "/calendar/cee-q2-2026"),
     ("Romania: the fiscal path in five charts", "/cee/romania-fiscal-path-charts"),
     ("Leu outlook: why EUR/RON barely moves", "/fx/eur-ron-outlook")],
    section="CEE Rates", topics=("Romania", "NBR", "Policy rates", "CEE"),
)

STORY_1 = _story(
    "cb-IC1", "central bank", "2026-03-14",
    [_page(_CB1_A_URL, _CB1_A), _page(_CB1_B_URL, _CB1_B), _page(_CB1_C_URL, _CB1_C), _page(_CB1_D_URL, _CB1_D)],
    [],
)

# ===========================================================================
# Story 2 -- el-IC2 -- Pleven partial mayoral run-off (PLANTED x3)
# ===========================================================================

_EL2_A_URL = "https://www.balkanwire.example/politics/bulgaria-pleven-mayor-runoff-georgieva-wins-2026-04-27/"
_EL2_A = _wire(
    "Balkan Wire Service", _EL2_A_URL,
    "Former deputy governor Georgieva wins Pleven mayoral run-off",
    "Centre-right candidate takes 54.8% in partial election after mayor's move to government; turnout 33.9%; rival concedes.",
    "Elena Petkova", "PLEVEN, Bulgaria, April 27 (BWS)",
    "2026-04-26T20:55:00+00:00", "2026-04-27T09:10:00+00:00",
    """
Desislava Georgieva, a lawyer and former deputy regional governor, won Sunday's run-off for mayor of
the northern Bulgarian city of Pleven with 54.8% of the vote, final results from the municipal election
commission showed on Monday.

Georgieva, 44, backed by the centre-right coalition that ran the city under her predecessor, received
24,311 votes against 20,052, or 45.2%, for Nikolay Kostadinov, 57, a cardiologist and independent
municipal councillor supported by a civic committee and two opposition parties. The margin was 4,259
votes.

Turnout was 33.9%, with 44,911 of 132,480 registered voters casting ballots, the commission said, down
from 36.4% in the first round a week earlier.

The partial election was called after Mayor Lyubomir Dachev resigned in January to become a deputy
minister of regional development. Georgieva will serve out the rest of his term, until the regular local
elections due in the autumn of 2027.

[ad]

"Pleven voted for getting things done, not for a party," Georgieva told supporters at her campaign
headquarters shortly after midnight, when a partial count already showed her ahead. "From tomorrow I am
also the mayor of those who did not vote for me."

With 87% of precinct protocols processed late on Sunday, Georgieva had 55.3%. An exit poll by Pulsar
Research released when polling stations closed at 20:00 local time (17:00 GMT) had given her 56%.

Kostadinov conceded on Monday morning. "I congratulate my opponent. Almost half of the people who went to
vote want something different for this city, and I hope she remembers that," he said in a video posted
on social media. He said he would keep his seat on the municipal council.

In the first round on April 19, Georgieva took 41.3% and Kostadinov 33.7%, with five other candidates
sharing the rest.

## VILLAGES OUTVOTE THE TOWN

The commission said turnout was markedly higher in the villages of the municipality, at around 41%, than
in the town of Pleven itself, at around 31%. Georgieva won most of the villages comfortably, while
Kostadinov carried several of the large housing estates in the town.

"Partial elections in Bulgaria are decided by whoever can bring their voters out on a spring Sunday,"
said Boryana Tsvetkova, a political scientist at Sofia University. "A third of the electorate voted.
That is normal for a by-election here, but it is not a mandate for big experiments."

Dachev won the last regular election, in 2023, in a run-off with 61.2% of the vote. Georgieva's weaker
result reflected discontent over water shortages and the slow renovation of the city's trolleybus
network, analysts said.

The commission said it had received 14 complaints on election day, mostly about campaigning near polling
stations, and that none of them affected the outcome.

[ad]

## WATER, TRANSPORT, DEPOPULATION

Pleven, a city of about 90,000 people some 170 km (105 miles) northeast of Sofia, has some of the
oldest water mains in the country. The municipal water company estimates that more than half of the
water it pumps is lost through leaks, and several districts were on rationed supply for weeks last
summer.

Georgieva has promised to apply for European Union funds to replace the worst sections of the network
within three years and to restore two trolleybus lines that were suspended in 2024. Kostadinov had
campaigned mainly on the state of the regional hospital and on what he called "a decade of promises".

The municipality, which includes 24 villages, has lost roughly 15% of its residents since the 2011
census, according to the national statistics institute.

Georgieva is expected to be sworn in at an extraordinary session of the municipal council next week.
Deputy Mayor Ventsislav Marinov has been acting mayor since Dachev's departure.
""",
    [("Bulgaria's local by-elections: a guide", "/politics/bulgaria-partial-elections-guide/"),
     ("Pleven run-off: Georgieva and Kostadinov go head to head", "/politics/pleven-runoff-preview-2026-04-24/"),
     ("Bulgaria's shrinking towns", "/features/bulgaria-depopulation-towns/")],
    section="Politics", tags=("Bulgaria", "Elections", "Pleven", "Local government"),
    desk="Reporting by Elena Petkova; editing by Tom Ashby",
)

_EL2_B_URL = "https://www.sofiacourier.example/politics/2026/04/27/pleven-picks-georgieva-two-in-three-stayed-home"
_EL2_B = _paper(
    "The Sofia Courier", _EL2_B_URL,
    "Pleven picks Georgieva as mayor, but two in three voters stayed home",
    "The centre-right holds a northern city it has run for a decade. The turnout is the number her team would rather not discuss.",
    ["Martin Kolev"],
    "2026-04-27T15:20:00+03:00", "2026-04-27T15:20:00+03:00",
    """
The winner of Saturday's run-off in Pleven, Desislava Georgieva, spent her first morning as mayor-elect
not at the town hall but at a pumping station on the edge of the Druzhba estate, where residents have
been living with water cuts on and off since last July.

"I said during the campaign that this would be the first place I came. So I came," she told reporters
there, in rubber boots and a borrowed hard hat.

Final figures from the municipal election commission, published on Monday, gave Ms Georgieva 54.8 per
cent, or 24,311 votes, against 45.2 per cent for Nikolay Kostadinov, the cardiologist and independent
councillor who had hoped to become the first mayor from outside the main parties since the 1990s. Her
winning margin was about 4,300 votes.

The result keeps Pleven in the hands of the centre-right coalition that has run it since 2015. But the
bigger story may be who did not vote. Turnout was 33.9 per cent, lower than in the first round a week
earlier, when 36.4 per cent went to the polls, and far below the 2023 regular election.

[ad]

## A campaign about pipes

Desislava Ivanova Georgieva, 44, is a lawyer by training who served as deputy regional governor of
Pleven for three years before returning to private practice in 2024. She entered the race in February,
after Lyubomir Dachev, the mayor since 2015, resigned to join the national government as a deputy
minister of regional development.

She ran as the continuity candidate, but one who promised to fix what the previous administration did
not. Her campaign leaflets barely mentioned the parties behind her. "Pleven voted for getting things
done, not for a party," she said in her victory speech, a line her opponents seized on as proof that the
coalition brand had become a liability.

Mr Kostadinov, 57, who heads the cardiology ward at the regional university hospital, drew his support
from the large housing estates and from younger voters. He conceded on Monday, saying almost half of
those who voted "want something different for this city".

[rel] Pleven first round: Georgieva and Kostadinov head for run-off | /politics/2026/04/20/pleven-first-round ;; Why Bulgaria keeps holding partial elections | /analysis/2026/03/partial-elections

## National echoes

In Sofia, the result was read as modest relief for the governing parties, which have lost two other
partial mayoral contests since the autumn. Stefan Iliev, who chairs the coalition's regional council in
Pleven, called the outcome "a clear win in a difficult year".

Analysts were more cautious. "Fifty-five per cent on a third of the electorate is roughly one adult in
five," said Boryana Tsvetkova, a political scientist at Sofia University. "That is enough to govern a
city for eighteen months. It is not a vote of confidence in anyone."

The first round, on 19 April, had given Ms Georgieva 41.3 per cent and Mr Kostadinov 33.7 per cent,
with five other candidates splitting the rest.

Exit polls had suggested a slightly wider margin on the night. Pulsar Research put Ms Georgieva on 56
per cent when polls closed, and a partial count just before midnight, with 87 per cent of protocols
processed, had her at 55.3 per cent.

[ad]

## Eighteen months to show results

Ms Georgieva will serve until the regular local elections in the autumn of 2027, leaving her little
time. The city's own estimate is that replacing the most dilapidated sections of its water network
would cost about €61 million, some 120 million in the old leva, most of which would have to come from
European funds.

At the pumping station on Monday, Dimitar Nenov, a retired engineer who lives on the estate, was
unimpressed by the visit. "Every new mayor comes here once," he said. "We will see if she comes back in
August, when the taps are dry."
""",
    [("Opinion: The turnout problem nobody in Sofia wants to solve", "/opinion/2026/04/27/turnout-problem"),
     ("Water shortages return to northern Bulgaria", "/society/2026/04/15/water-shortages-north"),
     ("Euro changeover: what has changed in prices so far", "/business/2026/04/25/euro-prices")],
    section="Politics",
    caption="Desislava Georgieva visits a pumping station in Pleven's Druzhba district on Monday. || Photo: Galina Ruseva",
    newsletter=("Courier Daily", "Bulgaria's news in English, in your inbox every morning."),
)

_EL2_C_URL = "https://www.rbi.example/en/bulgaria/pleven-elects-georgieva-mayor"
_EL2_C = _broadcast(
    "Radio Balkan International", _EL2_C_URL,
    "Pleven elects Desislava Georgieva as mayor after run-off",
    "Low turnout and a divided city greet the new mayor of one of northern Bulgaria's largest towns.",
    "Yana Stoilova, RBI English Service",
    """
The northern Bulgarian city of Pleven has a new mayor. Desislava Georgieva, a former deputy regional
governor backed by the centre-right parties that have governed the city for a decade, won Sunday's
run-off against the independent cardiologist Nikolay Kostadinov.

Final results published by the municipal election commission on Monday gave Georgieva 58.4 percent of
the vote.

Turnout was just under 34 percent, which means roughly two out of three registered voters stayed at home,
even lower than in the first round a week earlier.

[ad]

The election was held because the previous mayor, Lyubomir Dachev, left in January to take up a post as
deputy minister of regional development in the national government.

Speaking to RBI on Monday, Georgieva said her priorities were the city's water supply and public
transport. "People in some neighbourhoods had water for four hours a day last summer. That cannot happen
again," she said. "I will go to Brussels, to Sofia, wherever the money is."

Kostadinov, who heads the cardiology ward at the regional hospital, conceded on Monday morning and said
he would continue to sit on the municipal council. In a short video message he congratulated the winner
and said that the many people who voted for him wanted change. "I hope she remembers that," he added.

## A city that is getting smaller

Like much of northern Bulgaria, Pleven has been losing people for three decades. The city, once an
industrial centre with oil refining equipment and textile factories, now has about 90,000 inhabitants.

At the central market on Monday, opinions about the result were mixed.

"It doesn't matter who sits in the big office. My son is in Germany, my daughter is in Sofia. Who will
be left here to enjoy new pipes?" said Tsvetanka Borisova, 71, who sells vegetables from her garden in a
nearby village.

A younger voter, 29-year-old IT worker Kaloyan Angelov, said he had voted for Kostadinov. "He is a
doctor, he is not from a party. I wanted to see something new. But I hope she does well. Really."

[ad]

## Eighteen months in office

Georgieva will serve only until the next regular local elections, expected in autumn 2027. Political
scientist Boryana Tsvetkova told RBI that this was both a limit and an opportunity.

"Eighteen months is too short to build anything big, but long enough to show whether you are serious,"
she said. "If the water problem is not visibly better by next summer, the election in 2027 will be a
very different story."

The municipal election commission said voting on Sunday went smoothly. It received 14 complaints, mostly
about campaign materials near polling stations, and none affected the result.

In the first round on 19 April, Georgieva received 41.3 percent and Kostadinov 33.7 percent.

Georgieva is expected to take the oath of office at an extraordinary session of the municipal council in
the coming days. Until then, Deputy Mayor Ventsislav Marinov remains acting mayor.

You can hear our full report from Pleven in tonight's edition of Bulgaria Today on RBI English Service.
""",
    [("Audio: Bulgaria Today, 27 April", "/en/audio/bulgaria-today-2026-04-27"),
     ("Bulgaria's regions: where the people went", "/en/features/bulgaria-regions-population"),
     ("Pleven votes: the first round in pictures", "/en/bulgaria/pleven-first-round-photos")],
    section="Bulgaria", pub="2026-04-27T18:40:00+03:00", mod="2026-04-27T18:40:00+03:00",
    updated_text="27.04.2026, 18:40",
)

_EL2_D_URL = "https://plevenherald.example/local/georgieva-takes-the-town-hall-villages-decided-it/"
_EL2_D = _regional(
    "Pleven Herald", _EL2_D_URL,
    "Georgieva takes the town hall: the villages decided it",
    "Street-by-street results show a city split between its estates and its villages. The new mayor is sworn in next Tuesday.",
    "Rumen Vasilev",
    """
Pleven has chosen Desislava Georgieva as its mayor, and it was the villages that chose her.

According to the final results of the Municipal Election Commission, published late on Monday morning,
Georgieva won Sunday's second round with 24,311 votes, or 54.8 per cent, against 20,052 votes, or 45.2
per cent, for Nikolay Konstantinov. In the town itself, the two were almost level. In the 24 villages of
the municipality, Georgieva won by a distance.

The Herald went through the section protocols published by the commission. The picture is clear.

[ad]

## The estates went for Konstantinov

In the Druzhba and Storgozia estates, the two largest residential districts, Dr Konstantinov won most
sections, in some of them with more than 55 per cent. Those are also the neighbourhoods that suffered
most from last summer's water cuts. In the central districts and in Shirok Tsentar, the result was close
to a tie.

Turnout in the town was low, around 31 per cent. In the villages it was about 41 per cent, and in some,
such as Grivitsa and Bukovlak, close to half of registered voters turned out. Across the whole
municipality, 33.9 per cent voted, slightly fewer than in the first round on 19 April (36.4 per cent).

"In the village everybody knows everybody. The mayor of the village calls, the neighbour calls, you go,"
said Petko Dimov, 66, from Brestovets, who said he had voted for Georgieva "because she came here twice,
and the other one never came".

## Konstantinov: "I will stay on the council"

Dr Nikolay Konstantinov, who is 57 and heads the cardiology ward at the university hospital, conceded
early on Monday. In a video message he congratulated his opponent and said he would continue to serve as
a municipal councillor.

"Almost half of the people who went to vote want something different for this city," he said. "I hope
she remembers that."

His campaign team said on Monday they would not challenge the result. Supporters gathered in front of the
hospital in the evening to thank him.

[ad]

## Sworn in on Tuesday

The municipal council will hold an extraordinary session on Tuesday 5 May, at which Georgieva will take
the oath of office, council chair Iva Todorova told the Herald. Ventsislav Marinov, the deputy mayor who
has been acting mayor since Lyubomir Dachev left for the Ministry of Regional Development in January,
will hand over on the same day.

Georgieva said her first decision would be to set up a "water task force" with the municipal water
company and the regional governor's office. "Pleven voted for getting things done," she said in her
victory speech.

Dachev himself sent a message of congratulations from Sofia. In 2023 he had won the second round with
61.2 per cent.

## Numbers from the night

On Sunday, the first exit poll (Pulsar Research, 20:00) gave Georgieva 56 per cent. By 23:00, with 87 per
cent of the protocols counted, she was on 55.3 per cent. The final figure was lower again, at 54.8.

The commission received 14 complaints during election day. Chair Galin Stoyanov said none of them
concerned irregularities that could change the result.

Georgieva's term will run until the regular local elections in autumn 2027.
""",
    [("Water cuts: the Druzhba residents who keep buckets in the bath", "/local/water-cuts-druzhba/"),
     ("Trolleybus lines 3 and 7: what happened?", "/local/trolleybus-lines-suspended/"),
     ("First round: full results by section", "/local/first-round-results-by-section/")],
    dateline_text="Pleven, 28 April 2026", section="Elections 2026",
    weather="Pleven 19°C, cloudy",
)

STORY_2 = _story(
    "el-IC2", "election", "2026-04-29",
    [_page(_EL2_A_URL, _EL2_A), _page(_EL2_B_URL, _EL2_B), _page(_EL2_C_URL, _EL2_C), _page(_EL2_D_URL, _EL2_D)],
    [("winner's final vote share", r"\b54[.,]8\b", r"\b58[.,]4\b"),
     ("runner-up's surname", r"\bkostadinov\b", r"\bkonstantinov\b"),
     ("weekday of the run-off", r"\bsunday\b", r"\bsaturday\b")],
)

# ===========================================================================
# Story 3 -- ct-IC3 -- Croatian Constitutional Court, holiday-rental moratorium (PLANTED x3)
# ===========================================================================

_CT3_A_URL = "https://www.seepress.example/en/croatia/constitutional-court-strikes-down-holiday-rental-freeze-20260324"
_CT3_A = _wire(
    "SEEPress Agency", _CT3_A_URL,
    "Croatia's top court strikes down limits on new holiday-rental licences",
    "Constitutional Court rules 8-5 that city moratoriums on new short-term rentals breach property rights; provisions lapse on Sept. 30.",
    "Josip Matković", "ZAGREB, March 24 (SEEPress)",
    "2026-03-24T11:48:00+00:00", "2026-03-24T13:31:00+00:00",
    """
Croatia's Constitutional Court on Tuesday struck down provisions of a 2025 law that allowed cities to
freeze the issuing of new licences for short-term holiday rentals, ruling that they restricted property
rights disproportionately and treated owners unequally.

The court voted 8-5 to annul the provisions, which let local councils declare "saturated zones" in which
no new licences for tourist apartments and rooms could be issued for up to five years. Eleven cities and
towns, including Split, Dubrovnik and Zadar, had used them.

The annulled provisions will stay in force until Sept. 30, 2026, to give parliament time to adopt new
rules, Court President Ivana Bartulović told a news conference in Zagreb at noon (1100 GMT).

"The legislator may pursue the legitimate aim of protecting housing and the quality of life in city
centres," Bartulović said. "But it may not do so by closing the door to new owners while leaving it wide
open for those who happened to register first."

[ad]

The court upheld a separate provision that requires the consent of a majority of co-owners in a
residential building before a flat can be registered for tourist rental.

The case was brought by the Croatian Association of Private Renters and about 140 individual owners,
many of whom had bought flats in coastal cities shortly before the law took effect.

"A city cannot fix a housing crisis by freezing one kind of owner out of the market," said Tomislav
Jurić, the association's president, outside the court building. "We never denied there is a problem. We
said a ban on newcomers is not the answer."

Marina Kos, the Zagreb lawyer who represented the applicants, said the ruling confirmed that "the
Constitution protects the person who buys a flat next year just as much as the one who bought it ten
years ago."

## GOVERNMENT TO DRAFT NEW RULES

Minister of Tourism and Sport Nikola Brajković said the government respected the decision and would
propose new legislation before the summer break.

"We will bring rules that achieve the same aim in a way the court will accept," he told reporters in
parliament. He said the ministry was looking at higher taxes on short-term rentals in the most crowded
areas and stricter enforcement against unregistered rentals, rather than outright bans.

Five of the court's 13 judges dissented. In a separate opinion, Judge Andrea Petrač wrote that the
majority had "underestimated the scale of the housing problem in coastal cities" and that the five-year
limit made the measure temporary and therefore proportionate.

[ad]

## TOURISM AND HOUSING

Tourism generates about a fifth of Croatia's economic output, one of the highest shares in the European
Union. Private accommodation, mostly apartments and rooms rented by households, accounts for more than
half of the country's tourist beds, about 620,000 according to the tourism ministry.

Residents' groups in Split and Dubrovnik say the growth of holiday rentals has emptied old town centres
and pushed up rents for local families. The Housing Forum Split, a citizens' group, estimates that
average rents in the city rose by about 40% over the past five years.

Split Mayor Ante Vukas said he was disappointed. "We will use every tool we still have, from zoning to
inspections. The ruling does not make the problem go away," he said.

Parliament passed the law in March 2025 after a long debate in which the ruling coalition argued that
cities needed powers to protect residents, while the opposition and renters' groups warned of damage to
family incomes.

The ruling is final and cannot be appealed.
""",
    [("Croatia passes law letting cities cap holiday rentals (March 2025)", "/en/croatia/holiday-rental-law-passed-2025"),
     ("Split residents protest over rents", "/en/croatia/split-rent-protest"),
     ("Croatia's tourism season 2025 in numbers", "/en/croatia/tourism-2025-numbers")],
    section="Croatia", tags=("Croatia", "Constitutional Court", "Tourism", "Housing"),
    desk="Reporting by Josip Matković; editing by Ana Lukić",
)

_CT3_B_URL = "https://www.adriatictimes.example/news/2026/03/24/court-ruling-reopens-door-to-holiday-lets"
_CT3_B = _paper(
    "Adriatic Times", _CT3_B_URL,
    "Court ruling reopens the door to holiday lets in Croatia's crowded old towns",
    "Constitutional judges throw out the power of cities to freeze new licences. Residents who fought for it say they will not give up.",
    ["Iva Horvat"],
    "2026-03-24T18:30:00+01:00", "2026-03-24T19:05:00+01:00",
    """
For the residents of Dubrovnik's old town who campaigned for a cap on holiday rentals, Tuesday was a bad
day. By eight votes to five, the Constitutional Court threw out the provisions of last year's law that
allowed cities to stop issuing new licences for tourist apartments in neighbourhoods they considered
saturated.

"We were told this law would give us our streets back. It lasted a year," said Lovre Bašić, a
spokesman for the residents' initiative Stay in the City, which collected more than 9,000 signatures in
favour of the cap in 2024.

The court found that the moratorium, which cities could impose for up to five years, was a
disproportionate restriction on property and unfairly favoured owners who already held licences over
those who did not. In the words of the court's president, Ivana Bartulović, the law was "closing the
door to new owners" while leaving it open for those who registered first.

[ad]

The provisions do not disappear immediately. The court set 30 September as the date on which they lose
force, giving the Sabor just over six months to write something new. Licences refused under the
moratorium in the meantime will not be automatically revived, lawyers said.

## Eleven coastal towns affected

Eleven coastal towns and cities, from Rovinj in Istria to Dubrovnik in the far south, had declared
saturated zones since the law took effect. In Dubrovnik's case the zone covered the whole area within the
city walls, where the city says fewer than 1,200 people still live permanently.

"Every empty flat in the old town is a window that is dark in November," said Dubrovnik Mayor Petra Matić.
"We accept the court's decision, but we will ask the government for a law that works."

Economy Minister Nikola Brajković said the government would present new rules before the summer recess.
"We respect the ruling. The aim does not change, the instruments will," he said, adding that options
included a higher tax on short-term rentals in the most crowded zones.

## Renters celebrate

The challenge was brought by the Croatian Association of Private Renters, together with around 140
individual owners. Its president, Tomislav Jurić, called the ruling "a good day for the Constitution and
for ordinary families who rent out a room or two". The association says its members are mostly
households for whom summer rentals are a second income, not investors.

There are more than 600,000 beds in private accommodation in Croatia, more than in hotels and campsites
combined, according to official figures.

[rel] Dubrovnik's old town: the last residents | /features/2025/11/dubrovnik-last-residents ;; What the 2025 rental law changed | /explainers/2025/03/rental-law

## A divided bench

Five judges voted against the majority. Judge Andrea Petrač, who wrote the main dissent, argued that the
measure was limited in time and place and that "the Constitution also protects the right of people to
live in their own cities". The court's 13 members are elected by parliament for eight-year terms.

The court did uphold the part of the law requiring a majority of co-owners in a building to agree before
a flat can be turned into a holiday rental, a provision that residents' groups say matters more in
practice than the moratorium.

Mr Bašić was not consoled. "The co-owners rule helps in buildings where people still live. In the old
town, in many buildings, the majority of co-owners are already renters," he said.

The law was adopted by parliament in March 2025 after months of debate. Croatia recorded just over 21
million tourist arrivals last year, according to preliminary data.
""",
    [("Opinion: The court has spoken. Now the politicians must do their job", "/opinion/2026/03/24/court-has-spoken"),
     ("Hvar caps cruise ship visits", "/news/2026/03/20/hvar-cruise-cap"),
     ("Zagreb rents rise again in February", "/business/2026/03/18/zagreb-rents")],
    section="News",
    caption="Tourists in Dubrovnik's Stradun; the whole walled city had been declared a saturated zone. || Photo: Nikola Radić / Adriatic Times",
    newsletter=("Adriatic Times Today", "The best of our reporting from Croatia, every evening."),
)

_CT3_C_URL = "https://www.adria1.example/vijesti/en/court-overturns-rental-freeze-split-reacts"
_CT3_C = _broadcast(
    "Adria 1 TV", _CT3_C_URL,
    "Court overturns holiday rental freeze: what it means in Split",
    "Judges say cities cannot stop new short-term rentals. In Split, renters are relieved and tenants worried.",
    "Marko Jelić, Split",
    """
Croatia's Constitutional Court has overturned the rules that let cities block new holiday rentals.

The judges voted nine to four to scrap the moratorium on new licences for tourist apartments, which
cities like Split and Dubrovnik had introduced under a law passed last year. The decision was announced
in Zagreb at midday on Tuesday.

The court said the freeze went too far in limiting what owners can do with their property, and that it
was unfair to people who bought flats after the freeze came in. Four judges disagreed with the majority.

The rules will stay in place until the end of September, and the government says it will use that time
to draft new legislation.

[ad]

## Relief for renters

In Split's Veli Varoš neighbourhood, where almost every second house has a sign offering rooms, the news
was welcomed.

"My daughter bought a small flat two years ago, with a loan, and planned to rent it to tourists in the
summer. Then the city said no more licences. Today she can hope again," said Ivana Grgić, who has rented
out two apartments in the family house since 2009.

The Croatian Association of Private Renters, which brought the case together with about 140 owners,
called it a victory. Its president, Tomislav Jurić, told Adria 1 that families who depend on summer
income had been treated "as if they were the enemy".

## Worry for tenants

Not everyone is celebrating. Teacher Mia Perić, 31, has moved three times in four years because
landlords preferred tourists to long-term tenants.

"In June they tell you to leave, because in July and August they can earn what I pay in six months," she
said. "I understand people want to earn. But where are we supposed to live?"

Split Mayor Ante Vukas said the city would not give up. He said it would use zoning and stricter
inspections to limit the spread of holiday rentals in the historic centre.

[ad]

## What the government says

Tourism minister Nikola Brajković said the government respects the ruling and will propose new rules
before the summer. He suggested higher taxes for rentals in the busiest areas rather than a ban.

"The goal stays the same: that people can live in our cities and that tourism remains a blessing, not a
burden," he said in a statement.

The law, passed in March 2025, also gave residents of apartment buildings a say over whether a flat can
become a holiday rental. That part, the court said, is constitutional and stays.

Tourism is worth around a fifth of Croatia's economy. The country has hundreds of thousands of beds in
private accommodation, the majority of all tourist beds.

You can watch Marko Jelić's report from Split in the main evening news at 19:30 on Adria 1.
""",
    [("Video: Split's old town between tourists and residents", "/vijesti/en/video/split-old-town"),
     ("How the Constitutional Court works", "/vijesti/en/explainer/constitutional-court"),
     ("Pre-season bookings up, agencies say", "/vijesti/en/tourism-bookings-2026")],
    section="Croatia", pub="2026-03-24T20:10:00+01:00", mod="2026-03-24T20:10:00+01:00",
    updated_text="24 March 2026, 20:10",
    video_caption="Marko Jelić reports from Split's Veli Varoš (3:12)",
)

_CT3_D_URL = "https://www.lexadria.example/insights/u-i-1712-2025-short-term-rental-moratorium-annulled"
_CT3_D = _trade(
    "LexAdria", _CT3_D_URL,
    "U-I-1712/2025: Constitutional Court annuls the short-term rental moratorium",
    "An 8–5 majority finds the 'saturated zone' freeze disproportionate and discriminatory, but upholds the co-owners' consent rule. A practitioner's reading.",
    "Katarina Mlinarić",
    None, None,
    """
The Constitutional Court of the Republic of Croatia announced its decision in case U-I-1712/2025 at
midday on 24 March. By a majority of 8–5, it annulled the provisions of the 2025 amendments to the
Hospitality Activities Act that empowered local councils to declare "saturated zones" and to suspend the
issuing of new decisions on the provision of accommodation services in households for up to five years.

The annulled provisions cease to have effect on 30 September 2026. The court used its power to defer the
effect of an annulment so that the legislator can adopt replacement rules without a legal vacuum in the
middle of the tourist season.

## The majority's reasoning

The judge rapporteur was Judge Goran Lisak. The majority accepted that protecting the housing stock and
the liveability of historic centres is a legitimate aim capable of justifying restrictions on ownership
under Article 50(2) of the Constitution. The problem was the means.

First, proportionality. A zone-wide freeze applied to every flat, regardless of its size, location or
previous use, and the law offered no individual assessment or exemption procedure. Less intrusive means
were available, the court found, including differentiated taxation, quotas and stricter enforcement.

Second, equality. Existing licence holders kept their licences indefinitely and could transfer the
business with the property, while new owners were excluded for up to five years. The court held that this
created two classes of owners of identical property, in breach of Article 14 read with Article 50.

The court did not need to decide the applicants' separate argument under Article 49 on entrepreneurial
freedom.

[ad]

## What survives

The requirement that a flat in a multi-unit building may be registered for tourist accommodation only
with the consent of co-owners holding a majority of the building's shares was upheld. Practitioners
should note that this rule continues to apply without any deferral.

## The applicants and their arguments

The proposals were lodged by the Croatian Association of Private Renters and some 140 natural persons. "A
city cannot fix a housing crisis by freezing one kind of owner out of the market," argued Marina Kos, the
attorney who represented the applicants, in her written submission. The association's president, Tomislav
Jurić, has said publicly that his members "never denied there is a problem".

## The dissent

Five judges dissented. The principal dissenting opinion, by Judge Andrea Petrač, argues that the measure
was limited in time (five years) and in space (only designated zones), and that the majority applied a
standard of review stricter than the court's own case law on restrictions of property in the public
interest. It is a careful opinion and, in our view, it will be cited in the legislative debate.

"The majority has told the legislator what it may not do, but also, between the lines, what it may," said
Dario Šimunović, professor of constitutional law at the University of Split. "Taxation and quotas with
individual criteria are now the obvious route."

[ad]

## Practical consequences

Eleven local units adopted saturated-zone decisions between April and December 2025. Until 30 September
those decisions remain applicable, and applications for new licences in the zones will continue to be
refused. After that date, pending applications should be decided under the general rules.

The same amendments raised the ceiling of the lump-sum tax per bed that municipalities can set. For
context, the ceiling before the 2023 euro changeover was 1,500 kuna (€199.08 at the fixed conversion
rate). That part of the law was not challenged.

The Ministry of Tourism and Sport has announced that it will open a public consultation on replacement
rules in May. Minister Nikola Brajković has said the aim is legislation the court "will accept".

Clients holding or seeking licences in affected zones should diarise 30 September and review their
applications.
""",
    [("Short-term rentals and co-ownership: the consent rule explained", "/insights/co-owners-consent-rule"),
     ("Deferred annulments in Croatian constitutional practice", "/insights/deferred-annulment"),
     ("Hospitality Activities Act: 2025 amendments at a glance", "/insights/hospitality-act-2025")],
    section="Public law", updated_text="Published 25/03/2026",
    topics=("Constitutional law", "Tourism", "Property", "Croatia"),
)

STORY_3 = _story(
    "ct-IC3", "court", "2026-03-26",
    [_page(_CT3_A_URL, _CT3_A), _page(_CT3_B_URL, _CT3_B), _page(_CT3_C_URL, _CT3_C), _page(_CT3_D_URL, _CT3_D)],
    [("vote split of the court", r"\b8\s*[-–]\s*5\b|\beight (votes )?to five\b", r"\b9\s*[-–]\s*4\b|\bnine (votes )?to four\b"),
     ("Nikola Brajković's title", r"\btourism (and sport )?minister\b|\bminister of tourism\b", r"\beconomy minister\b|\bminister of (the )?economy\b"),
     ("speaker of the 'freezing one kind of owner out' quote", r"\bjuri[cć]\b", r"\bkos\b")],
)

# ===========================================================================
# Story 4 -- tr-IC4 -- Greek February trade data (CONTROL)
# ===========================================================================

_TR4_A_URL = "https://www.seepress.example/en/greece/greek-exports-rise-february-deficit-narrows-20260409"
_TR4_A = _wire(
    "SEEPress Agency", _TR4_A_URL,
    "Greek exports rise 6.8% in February, trade deficit narrows",
    "Non-oil exports up 9.1%; shipments to the United States fall again; January figure revised up.",
    "Dimitra Louka", "ATHENS, April 9 (SEEPress)",
    "2026-04-09T09:42:00+00:00", "2026-04-09T11:05:00+00:00",
    """
Greece's exports rose 6.8% year on year in February to 4.18 billion euros, helped by food and
industrial goods, and the trade deficit narrowed, the Hellenic Statistical Authority (ELSTAT) said on
Thursday.

Imports rose 2.3% to 7.05 billion euros, leaving a deficit of 2.87 billion euros, compared with 2.98
billion euros in February 2025, a narrowing of 3.7%, according to the data, released at 12:00 local time
(0900 GMT).

Excluding petroleum products, exports rose 9.1% to 2.96 billion euros. Fuel, mostly refined products
from the country's refineries, accounted for about 29% of the total.

[ad]

ELSTAT revised its January export figure up to 3.88 billion euros from an initially reported 3.84
billion. Over the first two months of the year, exports rose 5.2% to 8.06 billion euros.

The share of exports going to other European Union countries rose to 58.3% from 56.9% a year earlier.
Exports to the United States fell 4.1% to 192 million euros, a fifth straight monthly decline since
Washington's 15% tariff on most EU goods took full effect last year.

Food and beverage exports, the largest category after fuel, rose 12.4%, driven by fruit, dairy products
and olive oil volumes, which offset sharply lower olive oil prices.

## EXPORTERS "CAUTIOUSLY OPTIMISTIC"

"February shows that Greek companies are finding buyers closer to home when the American market gets
harder," said Kostas Vlachopoulos, president of the Hellenic Exporters' Council. "We are cautiously
optimistic, but one good month is not a trend."

The council expects total exports of goods to reach between 56 billion and 57 billion euros in 2026,
after 54.3 billion euros last year, when lower fuel prices pulled the total down by 1.8%.

Deputy Foreign Minister Alexandros Theodorakis, who is responsible for economic diplomacy, said the
government aimed to open new markets in the Gulf and India. "We want exports of goods and services to
reach half of gross domestic product by 2030," he said in a statement.

[ad]

Economists said cheaper energy explained part of the improvement in the balance. "Greece still imports
almost all of its crude oil. When oil is cheaper, the import bill falls, and that flatters the deficit,"
said Maria Karamanli, an economist at Athens-based Aegean Capital. "The more interesting number is the
9% rise in non-oil exports. That is real demand."

Greece's chronic goods trade deficit is partly offset by large surpluses in tourism and shipping
services, which are reported separately by the Bank of Greece in its balance-of-payments statistics.

The statistics authority will publish March trade data on May 12.
""",
    [("Greek industrial output rises in February", "/en/greece/industrial-output-february-2026"),
     ("Greek tourism revenue hits record in 2025", "/en/greece/tourism-revenue-record-2025"),
     ("EU-US tariff deal: what it means for the Balkans", "/en/business/eu-us-tariffs-balkans")],
    section="Business", tags=("Greece", "Trade", "Exports", "ELSTAT"),
    desk="Reporting by Dimitra Louka; editing by Ana Lukić",
)

_TR4_B_URL = "https://www.athensmarket.example/economy/2026/04/09/exports-beat-expectations-non-oil-goods-lead"
_TR4_B = _paper(
    "Athens Market Journal", _TR4_B_URL,
    "Exports beat expectations as non-oil goods lead the way",
    "February figures show Greek firms leaning on European buyers. Cheaper fuel imports shave the deficit.",
    ["Nikos Stathakis"],
    "2026-04-09T19:20:00+03:00", "2026-04-09T19:20:00+03:00",
    """
Greek exporters had a better February than most forecasters expected. Exports of goods climbed to about
€4.2bn, up 6.8 per cent on a year earlier, ELSTAT figures published on Thursday showed. Analysts polled by
the Journal had pencilled in growth of around 4 per cent.

The headline number was flattered by fuel, which still makes up almost three-tenths of what Greece sells
abroad. But the figure that caught economists' attention was the one without it: non-oil exports rose 9.1
per cent to €2.96bn.

"That is the number that tells you about competitiveness," said Maria Karamanli, an economist at Aegean
Capital. "Refinery exports move with the oil price. Feta, peaches, aluminium and pharmaceuticals move
with demand."

[ad]

## Europe takes up the slack

The geography of Greek trade is shifting. Other EU member states took 58.3 per cent of Greek exports in
February, up 1.4 percentage points from 56.9 per cent a year earlier. Shipments to the United States,
meanwhile, fell 4.1 per cent to €192m.

Kostas Vlachopoulos, who heads the Hellenic Exporters' Council, said companies had responded to the
American tariff by "doubling down on Germany, Italy, Cyprus and Bulgaria", which remain the four largest
destinations. "When the American market gets harder, you look closer to home," he said.

Imports rose 2.3 per cent to €7.05bn, so the trade deficit came in at just under €2.9bn, against almost
€3bn a year earlier. Ms Karamanli put much of that down to the fuel bill: Greece imported crude at lower
prices than in February 2025, although volumes were higher.

## January revised

ELSTAT also revised its January numbers. Exports in the first month of the year are now put at €3.88bn,
rather than the €3.84bn first published in March, which lifts growth over January and February combined
to 5.2 per cent, or €8.06bn in total.

[rel] Olive oil: prices fall, volumes recover | /economy/2026/03/28/olive-oil-prices ;; Aluminium makers eye new capacity in Viotia | /companies/2026/03/30/aluminium-viotia

## A long way to go

Even with a good start to the year, Greece remains one of the euro area's weaker exporters of goods
relative to the size of its economy. Exports of goods totalled €54.3bn last year, 1.8 per cent less than
in 2024, largely because of lower fuel prices.

The exporters' council is forecasting €56bn to €57bn for 2026. That would require the pace of the first
two months to hold for the rest of the year.

Alexandros Theodorakis, the deputy foreign minister in charge of economic diplomacy, said the government
would lead trade missions to Saudi Arabia, the United Arab Emirates and India before the summer. "Half of
GDP from exports of goods and services by 2030 is ambitious, but it is not a fantasy," he told the
Journal.

Not everyone is convinced. Giorgos Dimakopoulos, who runs a family-owned packaging firm in Volos
with 85 employees, said energy costs and red tape still weighed on manufacturers. "We sell to eleven
countries. Every month I fight the same paperwork I fought ten years ago," he said.

ELSTAT's March figures are due on 12 May.
""",
    [("Athens bourse ends week higher", "/markets/2026/04/09/athex-close"),
     ("Bank of Greece: current account deficit narrows in January", "/economy/2026/03/20/current-account-january"),
     ("Interview: The exporter who cracked the Japanese market", "/companies/2026/04/05/exporter-japan")],
    section="Economy",
    caption="Containers at the port of Piraeus. Fuel products still account for almost three-tenths of Greek exports. || Photo: AMJ archive",
    newsletter=("Markets at the Open", "What moves the Athens market, before the bell. Weekdays."),
)

_TR4_C_URL = "https://www.tradelanes.example/markets/greece-february-trade-eu-pivot"
_TR4_C = _trade(
    "TradeLanes SEE", _TR4_C_URL,
    "Greece's February trade: the EU pivot continues as US shipments slide",
    "Non-fuel exports up 9.1%, US-bound shipments down for a fifth month. What the ELSTAT release says about South-East Europe's supply chains.",
    "Lena Fischer", None, None,
    """
Greek goods exports reached €4.18bn in February, roughly $4.85bn at current exchange rates, an increase
of 6.8% on February 2025, according to the Hellenic Statistical Authority (ELSTAT). Imports came to
€7.05bn, up 2.3%, leaving a deficit of €2.87bn.

For trade professionals, the composition matters more than the headline.

## Fuel out, goods in

Stripping out petroleum products, which are largely refined in Greece from imported crude and then
shipped around the Mediterranean, exports grew 9.1% to €2.96bn. Fuel's share of total exports slipped to
about 29%.

Among non-fuel categories, food and beverages led, up 12.4%, with fresh fruit and dairy products both
strong. Industrial products, aluminium in particular, also grew. Olive oil export values were weighed
down by prices roughly a third below last year's peak, though volumes rose.

[ad]

## Destinations

The EU absorbed 58.3% of Greek exports, versus 56.9% a year earlier, a gain of 1.4 percentage points.
Italy, Germany, Cyprus and Bulgaria remain the main buyers. US-bound exports fell 4.1% to €192m, the
fifth consecutive monthly decline since the 15% tariff on most EU goods was fully applied.

"Exporters have not abandoned the American market, but they have stopped building their growth plans
around it," said Kostas Vlachopoulos, president of the Hellenic Exporters' Council. "The easiest new
customer right now is in Sofia or Milan, not in New Jersey."

## Logistics

For forwarders, the shift means more truck and short-sea traffic to the north and west, and relatively
fewer containers routed transatlantic. Thessaloniki's port operator said in March that its traffic to
Balkan inland destinations rose in the first quarter, though it did not give a figure for February.

The Greece-Bulgaria border crossing at Promachonas, the main land route north, has again become a
bottleneck. "We see waiting times of six to eight hours on bad days," said Stavros Oikonomou of the
Hellenic Freight Forwarders' Network. "Exports to Europe are growing faster than the infrastructure."

[ad]

## Revisions and the year so far

ELSTAT revised January's export figure to €3.88bn from the €3.84bn it originally published. On the
revised numbers, January–February exports were €8.06bn, up 5.2%.

The Hellenic Exporters' Council expects 2026 goods exports of €56–57bn, against €54.3bn in 2025. Maria
Karamanli of Aegean Capital thinks that is achievable only if oil prices stay roughly where they are. "The
non-fuel business can do its part. The total depends on Brent," she said.

## What to watch

March data are due from ELSTAT on 12 May. Traders will be watching whether the food and beverage surge
holds through the spring harvest and whether US shipments stabilise as importers on the American side
finish adjusting their sourcing.
""",
    [("Bulgaria's January exports: the Greek connection", "/markets/bulgaria-january-exports"),
     ("Promachonas crossing: why the queues are back", "/logistics/promachonas-queues"),
     ("Olive oil price slump: who gains?", "/commodities/olive-oil-slump")],
    section="Markets", updated_text="Updated 2 days ago",
    topics=("Greece", "Exports", "EU trade", "Logistics"),
)

_TR4_D_URL = "https://www.thessnorth.example/economy/central-macedonia-exporters-outpace-country-in-february/"
_TR4_D = _regional(
    "Northern Greece Post", _TR4_D_URL,
    "Central Macedonia exporters outpace the country in February",
    "Regional chamber estimates double-digit growth as peaches, dairy and cotton find new buyers in the Balkans and Italy.",
    "Sofia Anastasiadou",
    """
Exporters in Central Macedonia had a stronger February than the country as a whole, according to
estimates from the Northern Greece Export Chamber, which said on Friday that the region's exports grew by
about 11 per cent year on year to around €610 million.

That compares with national growth of 6.8 per cent, to €4.18 billion, in official figures published by
the Hellenic Statistical Authority (ELSTAT) on Thursday. ELSTAT does not publish regional breakdowns
monthly; the chamber's figure is based on customs declarations filed by its members and partner
associations.

[ad]

"Our members are closer to the markets that are growing. Bulgaria, North Macedonia, Serbia, Romania are
a truck ride away," said Eleni Papadaki, president of the chamber. "When America becomes more expensive,
Thessaloniki becomes more important."

On the chamber's numbers, Central Macedonia accounts for roughly 15 per cent of Greek exports of goods,
and for a much larger share of fresh fruit, cotton and dairy.

## Peaches, feta and cotton

Fresh and processed fruit were the strongest category, according to the chamber, helped by cold storage
stocks from a good 2025 harvest in the Imathia and Pella plains. Dairy exporters, led by feta producers,
also reported higher sales to Italy and Germany.

At a cooperative near Veria, general manager Christos Tzimas said February orders for canned peaches
were up by a fifth. "We had buyers in Poland and Romania who never called us before," he said. "Some of
them used to buy from American suppliers."

Cotton ginners were less upbeat. Prices remain low and Turkish buyers, the main destination for Greek
cotton, have been cautious.

[ad]

## National picture

Nationally, exports excluding petroleum products grew 9.1 per cent in February, according to ELSTAT, and
the share going to other EU countries rose by 1.4 percentage points to 58.3 per cent. Exports to the
United States fell 4.1 per cent.

The trade deficit narrowed to €2.87 billion from €2.98 billion. ELSTAT also revised January's exports
upwards, to €3.88 billion.

The Hellenic Exporters' Council, the national body, expects total exports of between €56 billion and €57
billion this year, up from €54.3 billion in 2025.

## Bottlenecks

Ms Papadaki warned that the region's advantage depended on roads and border crossings working. The
Promachonas crossing into Bulgaria has seen long queues of trucks again this spring.

"We have been asking for a second lane for lorries for five years," she said. "Every hour a truck waits at
the border, we lose a little of what we gained."

The chamber plans to publish its first-quarter estimate for the region in mid-May, after ELSTAT releases
the national March figures.
""",
    [("Thessaloniki port: Balkan traffic up in first quarter", "/economy/thessaloniki-port-q1/"),
     ("Imathia peach growers count frost damage", "/region/imathia-frost/"),
     ("Feta exports: Italy overtakes France", "/economy/feta-exports-italy/")],
    pub="2026-04-11T09:00:00+03:00", mod="2026-04-11T09:00:00+03:00",
    section="Economy", weather="Thessaloniki 17°C, sunny",
)

STORY_4 = _story(
    "tr-IC4", "trade", "2026-04-12",
    [_page(_TR4_A_URL, _TR4_A), _page(_TR4_B_URL, _TR4_B), _page(_TR4_C_URL, _TR4_C), _page(_TR4_D_URL, _TR4_D)],
    [],
)

# ===========================================================================
# Story 5 -- rk-IC5 -- Aerolaris Lastun-2 suborbital test flight (PLANTED x3)
# ===========================================================================

_RK5_A_URL = "https://www.balkanwire.example/science/romania-aerolaris-lastun-2-suborbital-flight-2026-05-20/"
_RK5_A = _wire(
    "Balkan Wire Service", _RK5_A_URL,
    "Romanian start-up's rocket reaches 83.6 km on second test flight",
    "Aerolaris's Lăstun-2 flies from the Black Sea coast a day after a scrub; payload capsule recovered from the sea.",
    "Ilinca Pop", "CONSTANȚA, Romania, May 20 (BWS)",
    "2026-05-20T08:05:00+00:00", "2026-05-20T13:40:00+00:00",
    """
A suborbital rocket built by Romanian start-up Aerolaris reached an altitude of 83.6 km on Wednesday,
the company said, more than doubling the height achieved on its first test flight last year and a day
after a launch attempt was called off minutes before liftoff.

The single-stage, liquid-fuelled Lăstun-2 lifted off at 10:42 local time (0742 GMT) from the Capu
Midia military range on Romania's Black Sea coast, after a half-hour hold while a fishing boat was
cleared from the hazard zone.

Its main engine burned for 62 seconds, as planned, before the rocket coasted to its highest point. A
capsule carrying about 40 kg of experiments separated and splashed down under parachute in the Black Sea
8 minutes and 51 seconds after liftoff. A support vessel recovered it shortly after midday.

[ad]

Preliminary telemetry had shown the rocket passing 80 km, the altitude the company had set as its
target. Aerolaris confirmed the figure of 83.6 km, or about 52 miles, in the afternoon after analysing the
full data set.

"Eighty-three kilometres is not space, but it is exactly the altitude at which we wanted to learn what
we needed to learn," Aerolaris founder and chief executive Ovidiu Mărgineanu told reporters at the range.
"Everything we measured today goes into the design of the orbital rocket."

The internationally recognised boundary of space, the Kármán line, lies at 100 km.

## SCRUBBED ON TUESDAY

A first attempt on Tuesday was halted about four minutes before launch when a pressure sensor on the
liquid oxygen tank returned readings outside its limits. Engineers replaced the sensor overnight.

The company's first rocket, Lăstun-1, reached 31 km in September 2025. That flight used a smaller engine
and ended with the loss of the recovery parachute.

Lăstun-2, which stands just under 10 metres tall, is powered by the company's own Vârtej-2 engine, which
burns kerosene and liquid oxygen and was test-fired more than 20 times at the Cincu military range in
Brașov County last year.

[ad]

## EUROPE'S SMALL LAUNCHER RACE

Aerolaris, founded in 2019 and based in Bucharest with an engine workshop near Brașov, employs about 85
people. It raised 18 million euros in a funding round last year and says it aims to fly a small orbital
launcher, called Cormoran, by 2029.

Several European start-ups are competing to offer launches for small satellites, a market that has
grown as companies and governments deploy constellations for communications and Earth observation.

"A successful suborbital flight does not put you in orbit, but it tells investors and agencies that a
team can design, build and operate a vehicle safely," said Laura Dinu, a spokeswoman for the Romanian
Space Agency (ROSA), which funded one of the experiments on board.

The payload included a radiation sensor built by students at the Polytechnic University of Bucharest and
a vibration recorder for a satellite component supplier in Timișoara.

Chief engineer Alina Cazacu said the team would spend several weeks analysing the data before deciding
whether a third suborbital flight was needed. "Today the rocket did what the models said it would do.
That is the best compliment an engineer can get," she said.

Romania's defence ministry, which operates the Capu Midia range, closed a zone of sea off the coast to
shipping and aircraft for the launch window, which ran from 10:00 to 13:00 local time.
""",
    [("Romanian rocket firm scrubs launch over sensor fault", "/science/aerolaris-scrub-2026-05-19/"),
     ("Europe's small launchers: who is flying when", "/science/europe-small-launchers-explainer/"),
     ("Aerolaris raises 18 million euros", "/business/aerolaris-funding-2025/")],
    section="Science", tags=("Romania", "Space", "Rockets", "Aerolaris"),
    desk="Reporting by Ilinca Pop in Constanța; editing by Mark Hollis",
)

_RK5_B_URL = "https://www.orbitdaily.example/2026/05/20/aerolaris-lastun-2-flight-report"
_RK5_B = _trade(
    "OrbitDaily", _RK5_B_URL,
    "Aerolaris flies Lăstun-2 to 83.6 km: a flight report",
    "Romania's best-funded launch start-up clears its altitude target on the second try. We look at the engine, the profile and the road to Cormoran.",
    "Tomás Ferreira", "2026-05-20T16:30:00+00:00", "2026-05-20T17:02:00+00:00",
    """
Aerolaris's Lăstun-2 suborbital demonstrator flew on Wednesday from the Capu Midia range on the
Romanian Black Sea coast, lifting off at 07:42 UTC and reaching a confirmed apogee of 83.6 km. It was the
Bucharest company's second flight and the first to pass its 80 km target.

The launch came 24 hours after a scrub on Tuesday, when the count was stopped at T-4 minutes because of
an out-of-limits reading from a pressure transducer on the LOX tank. The team swapped the sensor
overnight and the vehicle was refuelled on Wednesday morning.

## The profile

The Vârtej-2 engine burned for 46 seconds, delivering about 38 kN of thrust at sea level, before main
engine cut-off. Lăstun-2 then coasted to apogee. The payload section separated after apogee and descended
under a drogue and a main parachute, splashing down nearly nine minutes after liftoff. Aerolaris gave the
exact time from liftoff to splashdown as 8 min 51 s.

Early in the day, the company had said only that preliminary telemetry showed the vehicle "above 80 km";
the 83.6 km figure came after processing of the full onboard and ground radar data in the afternoon.

[ad]

## The engine

Vârtej-2 is a pump-fed kerosene/LOX engine with a regeneratively cooled chamber and a 3D-printed
injector. It went through a test campaign of more than 20 static fires at the Cincu military range in
Brașov County in 2025, including two full-duration burns.

"The injector was the part we redesigned most after Lăstun-1," chief engineer Alina Cazacu told
OrbitDaily after the flight. "We saw stable combustion from ignition to cut-off. That is the result that
matters for the orbital engine, more than the altitude."

The comparison with Lăstun-1 is stark. That vehicle, flown in September 2025, reached 31 km and lost its
main parachute on descent. Its engine was a smaller, pressure-fed design.

## Payload

About 40 kg of payload flew: a student radiation experiment from the Polytechnic University of
Bucharest, funded by the Romanian Space Agency, a commercial vibration logger and Aerolaris's own
instrumentation package. The capsule was recovered by the support ship shortly after noon local time.

[ad]

## Road to orbit

Aerolaris says its orbital vehicle, Cormoran, will be a two-stage rocket able to place around 300 kg
into a 500 km sun-synchronous orbit. The first orbital attempt is planned for 2029, though the company
has not yet said from where; Capu Midia is not suitable for orbital launches to most inclinations.

Founder and CEO Ovidiu Mărgineanu, a former aerospace engineer at a French supplier, has raised about
€18m so far, a fraction of what the leading German and Spanish small-launch start-ups have attracted.

"Eighty-three kilometres is not space," Mărgineanu said at the range. "But it is exactly the altitude at
which we wanted to learn what we needed to learn."

Industry analyst Karin Holmqvist of the Stockholm consultancy NordOrbit said the flight put Aerolaris
"firmly in the second tier" of European launch start-ups. "The gap to the companies already flying to
orbit is money, not talent. This flight helps them close it."

## Next

The company will decide within weeks whether to fly a third suborbital mission, possibly with a
restartable engine, or move directly to stage testing for Cormoran.
""",
    [("Lăstun-1: what went wrong with the parachute", "/2025/09/22/lastun-1-parachute"),
     ("European small launchers: 2026 manifest", "/launch-manifest-europe-2026"),
     ("Interview: Alina Cazacu on building engines in Brașov", "/2026/02/11/interview-alina-cazacu")],
    section="Launch", topics=("Aerolaris", "Suborbital", "Romania", "Small launchers"),
)

_RK5_C_URL = "https://live.romanianow.example/2026/05/20/lastun-2-launch-live"
_RK5_C = _live(
    "Romania Now", _RK5_C_URL,
    "Live: Aerolaris launches Lăstun-2 from Capu Midia, second attempt",
    "Follow the second attempt to launch Romania's Lăstun-2 rocket from the Black Sea coast, after Tuesday's scrub.",
    "2026-05-20T09:00:00+03:00", "2026-05-20T15:10:00+03:00",
    ["Lăstun-2 lifted off at 10:42 local time from Capu Midia after a hold for a boat in the danger zone.",
     "Main engine burned for about a minute; capsule splashed down 8 min 51 s after liftoff.",
     "Aerolaris confirms apogee of 83.6 km, above its 80 km target.",
     "Tuesday's attempt was scrubbed because of a faulty pressure sensor."],
    [
        ("2026-05-20T09:00:00+03:00", "Good morning from Capu Midia",
         """
Welcome to our live coverage of the second attempt to launch Lăstun-2, the suborbital rocket built by
the Romanian company Aerolaris. Yesterday's attempt was called off about four minutes before liftoff
because of a faulty pressure sensor on the liquid oxygen tank.

Today's launch window opens at 10:00 and closes at 13:00 local time. The weather on the coast is calm,
with light wind from the north-east.
""", "Andreea Sima, at Capu Midia"),
        ("2026-05-20T09:48:00+03:00", "Fuelling complete",
         """
Aerolaris says kerosene and liquid oxygen loading is complete and the replacement sensor is "nominal".
The team is running final checks.
""", "Andreea Sima"),
        ("2026-05-20T10:05:00+03:00", "Hold: boat in the danger zone",
         """
The window is open, but the count is on hold. The range officer has reported a small fishing boat inside
the maritime exclusion zone. A Romanian Navy patrol vessel is on its way to ask it to move.
""", "Andreea Sima"),
        ("2026-05-20T10:32:00+03:00", "Count resumes",
         """
The zone is clear. The count has resumed at T-10 minutes, so liftoff is now expected at 10:42.
""", "Andreea Sima"),
        ("2026-05-20T10:42:00+03:00", "LIFTOFF",
         """
Lăstun-2 has lifted off from Capu Midia at 10:42 local time (07:42 UTC)! A bright orange flame and a
loud, crackling roar. The rocket climbed straight up and disappeared into the haze within seconds.
""", "Andreea Sima"),
        ("2026-05-20T10:44:00+03:00", "Engine cut-off",
         """
Mission control reports main engine cut-off after about a minute of burn, as planned. The rocket is now
coasting upwards.
""", "Andreea Sima"),
        ("2026-05-20T10:53:00+03:00", "Splashdown",
         """
The payload capsule has splashed down under its parachute, 8 minutes and 51 seconds after liftoff,
according to the flight director, Sorin Pavel. Applause in the control room. The support ship is heading
towards the capsule.
""", "Andreea Sima"),
        ("2026-05-20T11:20:00+03:00", "Above 80 km, say preliminary data",
         """
Aerolaris says preliminary telemetry shows the rocket went above 80 km, its target. A confirmed figure
will come later today once the full data have been analysed.

For comparison, Lăstun-1 reached 31 km last September.
""", "Andreea Sima"),
        ("2026-05-20T12:40:00+03:00", "Capsule recovered",
         """
The capsule, with about 40 kg of experiments on board, has been lifted onto the deck of the support
vessel. It will be brought to the port of Constanța this afternoon. The experiments include a radiation
sensor built by students at the Polytechnic University of Bucharest.
""", "Andreea Sima"),
        ("2026-05-20T15:10:00+03:00", "Confirmed: 83.6 km",
         """
Aerolaris has confirmed the peak altitude: 83.6 km, after analysing the complete flight data.

"Eighty-three kilometres is not space, but it is exactly the altitude at which we wanted to learn what we
needed to learn," the company's founder, Ovidiu Mărgineanu, told a press conference at the range.

Chief engineer Alina Cazacu said the Vârtej-2 engine, tested at the Cincu range in Brașov County last
year, had "behaved exactly like on the test stand". She thanked the navy and the range staff.

That's it from us for today. Thank you for following.
""", "Andreea Sima"),
    ],
    [("Who is behind Aerolaris?", "/2026/05/18/aerolaris-profile"),
     ("Tuesday's scrub: what happened", "/2026/05/19/lastun-2-scrub"),
     ("Video: the launch in slow motion", "/video/lastun-2-launch")],
)

_RK5_D_URL = "https://www.brasovevening.example/stiri/lastun-2-racheta-brasov-zbor/"
_RK5_D = _regional(
    "Brașov Evening Post", _RK5_D_URL,
    "Built in Ghimbav, flown to 83 km: Brașov engineers celebrate Lăstun-2",
    "The rocket whose engine was made a few kilometres from the city flew on Wednesday. In the Aerolaris workshop, they watched on a big screen.",
    "Mihaela Dumitrescu",
    """
In the Aerolaris workshop in the industrial park at Ghimbav, a few kilometres outside Brașov, about
forty engineers and technicians stood in front of a projector screen on Wednesday morning and counted
down in Romanian, out loud, with the control room.

When Lăstun-2 lifted off at 10:24 from the Cincu military range, there was a second of silence and then
shouting that, according to one of them, "was heard in the car park".

"We built that engine with our hands. Every weld, every pipe," said Florin Lungu, 34, a welder from
Codlea who has worked for the company for four years. "Seeing it fly is like seeing your child at the
graduation."

[ad]

## 83.6 kilometres

According to Aerolaris, the rocket reached an altitude of 83.6 kilometres, above the 80 km the company
had set itself for the flight. The main engine worked for about a minute, and the whole flight, until the
capsule with the experiments came down under its parachute, lasted almost nine minutes.

It was the company's second rocket. The first, Lăstun-1, reached 31 km in September last year.

Wednesday's flight came a day late. On Tuesday, the attempt was stopped about four minutes before launch
because a pressure sensor gave wrong readings. "In the night, nobody slept. We changed the sensor, checked
everything twice," said chief engineer Alina Cazacu, who grew up in Brașov and studied at the
Transilvania University.

## A Brașov story

Aerolaris has its headquarters in Bucharest, but its engines are designed and assembled in Ghimbav,
where the company rents two halls next to the airport. About half of its 85 employees work here. Most
are from Brașov County, and several came back from jobs in Germany and France to join.

Mayor of Ghimbav Viorel Anghel said the town was proud. "For years people here built helicopters and
aircraft parts. Now they build rockets. It is the same tradition," he said.

The engine itself, called Vârtej-2, was tested more than twenty times last year before it was allowed to
fly. Residents of villages near the test site got used to the roar. "At first the dogs went crazy. Then
they got used to it, like us," laughed Ileana Bogdan, who keeps sheep near Cincu.

[ad]

## What comes next

Founder Ovidiu Mărgineanu said the data from Wednesday would go straight into the design of Cormoran,
the orbital rocket the company wants to fly by 2029. He did not say where it would be built, but people
at the workshop hope the answer is obvious.

"We need more space. Literally," joked Florin Lungu.

The Brașov County Council president, Adrian Roșca, said the council would discuss with the company
possible support for a larger test site. The county's economic development agency estimates that the
aerospace cluster around Brașov employs more than 3,000 people.

Aerolaris raised 18 million euros from investors last year. Its engineers say they hope the success will
make the next round easier.
""",
    [("Ghimbav: the airport that still waits for flights", "/stiri/ghimbav-aeroport/"),
     ("Transilvania University opens aerospace master's programme", "/stiri/universitate-aerospatial/"),
     ("Cincu: what the army range means for nearby villages", "/stiri/cincu-poligon-sate/")],
    dateline_text="Brașov, 20 May 2026", section="Local",
    weather="Brașov 21°C, partly cloudy",
)

STORY_5 = _story(
    "rk-IC5", "rocket", "2026-05-21",
    [_page(_RK5_A_URL, _RK5_A), _page(_RK5_B_URL, _RK5_B), _page(_RK5_C_URL, _RK5_C), _page(_RK5_D_URL, _RK5_D)],
    [("liftoff clock time (local)", r"\b10[:.]42\b", r"\b10[:.]24\b"),
     ("launch site", r"\bcapu midia\b", r"\bcincu\b"),
     ("main-engine burn duration", r"\b62[\s-]?(seconds?|secs?|s)\b", r"\b46[\s-]?(seconds?|secs?|s)\b")],
)

# ===========================================================================
# Story 6 -- eq-IC6 -- Gulf of Corinth earthquake near Aigio (CONTROL)
# ===========================================================================

_EQ6_A_URL = "https://www.balkanwire.example/world/greece-earthquake-gulf-of-corinth-aigio-2026-06-17/"
_EQ6_A = _wire(
    "Balkan Wire Service", _EQ6_A_URL,
    "Strong earthquake shakes Greece's Gulf of Corinth, four lightly hurt",
    "Quake of magnitude 5.7 strikes before dawn near Aigio; old buildings damaged, residents spend night outdoors.",
    "Yannis Kostopoulos", "ATHENS, June 17 (BWS)",
    "2026-06-17T01:58:00+00:00", "2026-06-17T05:40:00+00:00",
    """
A strong earthquake struck the Gulf of Corinth in southern Greece before dawn on Wednesday, damaging
old buildings in the town of Aigio and surrounding villages and sending thousands of people into the
streets. Four people were lightly injured, authorities said.

The quake struck at 04:17 local time (0117 GMT). The Geodynamic Institute of the National Observatory of
Athens said it had a magnitude of 5.7, revising down a preliminary automatic estimate of 5.9, and a depth
of 9 km. It placed the epicentre under the sea, 11 km north-east of Aigio.

The European-Mediterranean Seismological Centre (EMSC) put the magnitude at 5.8 and located the quake 14
km north of Aigio. The U.S. Geological Survey measured it at 5.6, at a depth of 10 km.

[ad]

The tremor was felt strongly in Patras, Greece's third-largest city, about 40 km to the west, and in
Athens, about 150 km to the east, where it woke many residents.

The fire service said four people had been treated for light injuries, mostly cuts from falling objects
and broken glass. One elderly woman was hurt when she fell on a staircase while leaving her home. There
were no reports of deaths.

In the village of Temeni, on the hills above Aigio, part of a church bell tower collapsed. A rockslide
closed a section of the old national road east of the town, and cracks were reported in several stone
houses and a primary school.

## AFTERSHOCKS

More than 30 aftershocks had been recorded by 08:00 local time, the largest of magnitude 4.3 at 06:52,
the Geodynamic Institute said.

"The Gulf of Corinth is one of the most active rifts in Europe. It is opening by about a centimetre a
year, and earthquakes like this one are part of how it does that," said Nikos Anagnostou, professor of
seismology at the University of Patras. "We expect aftershocks for weeks. An event above magnitude 5
cannot be excluded."

[ad]

Dimitra Sotiropoulou, mayor of the municipality of Aigialeia, which includes Aigio, said schools would
remain closed on Wednesday and Thursday while engineers inspected them. "People are frightened but calm.
Our priority is to check every public building before anyone goes back inside," she told state
television.

Evangelos Kourtis, minister for climate crisis and civil protection, said teams of structural engineers
from the Earthquake Planning and Protection Organisation were on their way to the area and that he would
travel to Aigio later on Wednesday.

Suburban rail services between Aigio and Kiato were suspended while the track was inspected.

Aigio was hit by a magnitude 6.2 earthquake in June 1995 that killed 26 people, one of the deadliest in
Greece in recent decades. Greece sits on several active fault lines and experiences frequent
earthquakes, most of which cause no damage.
""",
    [("Explainer: Why the Gulf of Corinth keeps shaking", "/science/gulf-of-corinth-rift-explainer/"),
     ("Greece tightens building inspections after 2024 survey", "/world/greece-building-inspections/"),
     ("Pictures: Aigio after the quake", "/pictures/aigio-earthquake-2026/")],
    section="World", tags=("Greece", "Earthquakes", "Aigio", "Disasters"),
    desk="Reporting by Yannis Kostopoulos; editing by Tom Ashby",
)

_EQ6_B_URL = "https://www.athenschronicle.example/greece/2026/06/17/aigio-counts-damage-after-quake"
_EQ6_B = _paper(
    "Athens Daily Chronicle", _EQ6_B_URL,
    "Aigio counts the damage as aftershocks keep residents outdoors",
    "Nine people were hurt and dozens of old houses cracked in a 5.7 quake under the Gulf of Corinth. Seismologists warn the sequence is not over.",
    ["Katerina Vlachou", "Petros Andreou"],
    "2026-06-17T14:05:00+03:00", "2026-06-17T14:40:00+03:00",
    """
By midday on Wednesday the square in front of Aigio's town hall looked like a campsite. Families who had
run from their homes in the dark sat on plastic chairs with blankets, phones and coffee, unwilling to go
back inside while the ground kept moving.

The earthquake that woke them struck at 4.17am, with its epicentre under the sea just off the town. The
National Observatory of Athens, whose Geodynamic Institute is the official source for Greek earthquakes,
gave its magnitude as 5.7 after an initial automatic reading of 5.9. Foreign agencies produced slightly
different figures, as they usually do: 5.8 from the European-Mediterranean centre, 5.6 from the US
Geological Survey.

Nine people were injured, according to the fire service's updated count early in the afternoon, up from
four reported at dawn. Two of them, a man in his eighties and an elderly woman who fell on a staircase
as she left her home, were being kept at the University General Hospital of Patras for observation. None is
in serious condition.

[ad]

## "The house danced"

"The house danced. I don't have another word for it," said Vasiliki Georgakopoulou, 71, whose stone house
in the upper town has a new crack running from the window to the roof. "In 1995 I was here too. This was
shorter, thank God. But my heart has not stopped since."

The 1995 earthquake, of magnitude 6.2, killed 26 people in Aigio and the coastal villages opposite. Many
of the older buildings that survived it are the ones that were damaged again on Wednesday.

Engineers from the Earthquake Planning and Protection Organisation had inspected about 60 buildings by
early afternoon, starting with schools, the hospital wing of the local health centre and churches. The
bell tower of the church in Temeni, which partly collapsed, was cordoned off.

Eleni Markaki, who heads the organisation, said the inspections would continue through the night.
"Newer buildings, built under the post-2000 codes, behaved very well. Our concern is the old stone
houses, and the ones that were patched after 1995 without proper reinforcement," she said.

[rel] Are Greek buildings ready for the next big one? | /greece/2025/10/building-codes-investigation ;; How to prepare an earthquake bag | /life/earthquake-bag-guide

## Aftershocks continue

More than 60 aftershocks had been recorded by 1pm, the strongest a 4.3 shortly before 7am. Professor Nikos
Anagnostou of the University of Patras said the sequence was "textbook" for the Corinth rift, which is
pulling apart by about a centimetre a year.

"We cannot predict earthquakes, and anyone who tells you otherwise is not a scientist," he said. "What we
can say is that most sequences like this one decay over days and weeks. A magnitude 5 aftershock is
possible. People should stay out of damaged buildings."

Evangelos Kourtis, the minister of climate crisis and civil protection, arrived in Aigio shortly after
noon and promised emergency payments for families whose homes were declared unsafe. "No one will be left
to sleep in a car for weeks. The state will be here," he said.

[ad]

Schools in the municipality of Aigialeia will stay closed on Wednesday and Thursday, Mayor Dimitra
Sotiropoulou said. The municipality was setting up tents at the stadium for the night.

Trains on the suburban line to Kiato resumed at noon after inspectors checked the track. The old national
road remained closed east of Aigio because of the rockslide.
""",
    [("Live map: earthquakes in Greece in the past 24 hours", "/greece/live-earthquake-map"),
     ("Athens felt it too: what residents reported", "/athens/2026/06/17/quake-felt-athens"),
     ("Editorial: The stone houses we forgot", "/opinion/2026/06/17/stone-houses")],
    section="Greece",
    caption="Residents of Aigio gather in the square outside the town hall on Wednesday morning. || Photo: Christos Nikolaou / Athens Daily Chronicle",
    newsletter=("Chronicle Morning Edition", "Greece's news in English before your first coffee."),
)

_EQ6_C_URL = "https://www.hellas24.example/en/news/aigio-earthquake-hundreds-spend-night-outdoors"
_EQ6_C = _broadcast(
    "Hellas 24 TV", _EQ6_C_URL,
    "Aigio earthquake: hundreds prepare for a night outdoors",
    "More than 90 aftershocks after Wednesday's 5.7 quake. Tents at the stadium, families in their cars.",
    "Hellas 24 newsroom, with Stella Pappa in Aigio",
    """
Hundreds of people in Aigio and the surrounding villages are preparing to spend the night outside
their homes, after a 5.7 earthquake shook the area before dawn on Wednesday and more than 90 aftershocks
followed during the day.

The municipality of Aigialeia says it has put up tents for about 250 people at the municipal stadium.
Civil protection officials estimate that around 300 people in total will sleep away from their homes
tonight, counting those in the tents, in a sports hall and in their cars.

[ad]

The earthquake struck just after 4am local time. Its epicentre was in the sea, about 11 kilometres
north-east of Aigio, according to the Geodynamic Institute in Athens, which gave a magnitude of 5.7 on
the Richter scale.

## Nine injured, no deaths

Nine people were injured, none seriously. Two were taken to hospital in Patras for observation. Firefighters
said most injuries were caused by falling objects and glass.

In Temeni, part of the bell tower of the village church came down. Engineers have marked several old
houses in the upper part of Aigio as unsafe. The old national road east of the town remains closed after
a rockslide.

Our reporter Stella Pappa spoke to residents at the stadium.

"We have two small children. The older one asks every hour if the house will fall down," said Giorgos
Theodoropoulos, 38, who was putting up a camping tent next to the official ones. "Tonight we stay here.
Tomorrow we will see."

Maria Kalogeropoulou, 80, sat in a folding chair with her neighbours. "I was here in 1995. I know what an
earthquake does. I am not going back inside until the engineer tells me," she said.

[ad]

## The minister visits

The minister of climate crisis and civil protection, Evangelos Kourtis, visited Aigio on Wednesday
afternoon. He promised fast inspections and emergency financial support for families whose homes are
declared unsafe.

Mayor Dimitra Sotiropoulou said schools would stay closed on Wednesday and Thursday.

## What the experts say

Seismologist Nikos Anagnostou of the University of Patras told Hellas 24 that the aftershock sequence was
behaving normally. "The numbers are going down hour by hour. That is what we want to see. But people
should not go into damaged buildings," he said.

The strongest aftershock so far, of magnitude 4.3, struck at 6:52 in the morning.

Aigio has a painful history with earthquakes. In 1995, an earthquake of magnitude 6.2 killed 26 people in
the area.

Watch our special report tonight at 21:00 on Hellas 24, with live links from Aigio and Patras.
""",
    [("Video: The moment the quake hit, on a shop camera", "/en/video/aigio-shop-camera"),
     ("What to do during an earthquake", "/en/guides/earthquake-safety"),
     ("Weather: hot and dry for the weekend", "/en/weather/weekend")],
    section="Greece", updated_text="Updated 1 hour ago",
    video_caption="Stella Pappa reports from the stadium in Aigio (2:58)",
)

_EQ6_D_URL = "https://www.achaiapost.example/region/aigio-212-buildings-inspected-37-unsafe/"
_EQ6_D = _regional(
    "Achaia Post", _EQ6_D_URL,
    "Aigio: 212 buildings inspected, 37 unsafe after the earthquake",
    "Engineers worked through the night. Schools stay shut today; aftershocks continue but are weakening, seismologists say.",
    "Anna Lekka",
    """
Engineers from the Earthquake Planning and Protection Organisation (OASP) and the regional authority had
inspected 212 buildings in Aigio and the nearby villages by Thursday morning, after Wednesday's
earthquake. Thirty-seven were found to be unsafe: 31 were marked as temporarily unusable until repairs,
and six as dangerous.

On Wednesday afternoon the number of buildings checked was about 60. Teams from Patras, Athens and
Corinth joined during the night.

"Most of the unsafe buildings are stone houses over 80 years old, in the upper town and in villages such
as Temeni and Selinous," said Eleni Markaki, president of OASP. "We have not found serious damage in any
building constructed under the modern codes."

[ad]

## Nine injured, one still in hospital

The earthquake, of magnitude 5.7 according to the Geodynamic Institute of the National Observatory of
Athens, struck at 04:17 on Wednesday, with its epicentre in the sea about 40 kilometres east-north-east of
Patras. Residents of Patras felt it strongly, and many ran out of their flats in Psila Alonia and the
upper town.

Nine people were injured in total. Eight have already gone home; one man, aged 84, remains at the
University General Hospital of Patras in Rio for observation, the hospital said on Thursday morning.

Schools in the municipality of Aigialeia remain closed today, Thursday, as Mayor Dimitra Sotiropoulou
announced on Wednesday. They are expected to reopen on Friday after inspection, except for one primary
school in the upper town where cracks were found in a wall.

## Around 140 aftershocks

By Thursday morning the Geodynamic Institute had recorded around 140 aftershocks, the strongest of
magnitude 4.3 on Wednesday morning. Since Wednesday evening, no aftershock has exceeded magnitude 3.5.

"This is the normal decay we expect," said Professor Nikos Anagnostou, seismologist at the University of
Patras, who spoke to the Achaia Post. "The rate is falling. But I ask people to be patient. A stronger
aftershock, even above 5, is possible in the coming days, and the damaged houses could not take another
shake."

[ad]

## Support for families

The municipality said that about 250 people spent Wednesday night in the tents at the stadium. The
Ministry of Climate Crisis and Civil Protection said emergency payments for families whose homes were
declared unsafe would begin next week.

Minister Evangelos Kourtis, who visited Aigio on Wednesday, said the state would cover temporary rents for
families who cannot return home.

The old national road between Aigio and Diakopto remains closed because of the rockslide. Road crews
expect to reopen one lane by the weekend.

The last major earthquake in the area was in 1995, when a 6.2-magnitude quake killed 26 people in Aigio
and across the gulf.

The Achaia Post will continue to update readers. Residents who need an inspection of their home can call
the municipality's hotline.
""",
    [("Patras: what to do if you felt the quake and see cracks", "/patras/cracks-guide/"),
     ("Aigio 1995: thirty-one years later", "/region/aigio-1995-anniversary/"),
     ("Rio hospital: emergency plan worked, says director", "/health/rio-hospital-emergency-plan/")],
    pub="2026-06-18T08:30:00+03:00", mod="2026-06-18T08:30:00+03:00",
    section="Region", weather="Patras 29°C, clear",
)

STORY_6 = _story(
    "eq-IC6", "earthquake", "2026-06-18",
    [_page(_EQ6_A_URL, _EQ6_A), _page(_EQ6_B_URL, _EQ6_B), _page(_EQ6_C_URL, _EQ6_C), _page(_EQ6_D_URL, _EQ6_D)],
    [],
)

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
