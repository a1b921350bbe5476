"""Part NA of the story battery (web pages).

Written by engineer NA1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py NA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-NA1 (CONTROL): the Swiss National Bank cuts its policy rate by a quarter point to minus 0.25%
on Thursday 18 June 2026; traps are basis points vs "a quarter point", CEST vs GMT clock times,
"Thursday"/"yesterday" from a Friday newsletter, the March hold and old/new inflation forecasts,
the ECB, Norges Bank and Riksbank rates, franc moves given as a percent and as a level
(0.9391 / "94 centimes"), a 500,000-franc mortgage example and futures pricing of a further cut.
el-NA2 (PLANTED: the winner's age 47 vs 49; the outgoing mayor's surname Guarnieri vs Guarneri):
Elena Brambati wins the Pavia mayoral run-off of 7-8 June 2026; traps are a live blog with
partial counts and rising turnout, first-round shares, the third candidate, percentage points vs
percent, other cities' run-offs and votes vs share rounding.
ct-NA3 (CONTROL): Germany's Federal Constitutional Court rules 6-2 on Tuesday 21 July 2026 that
North Rhine-Westphalia's live facial-recognition cameras at railway stations are partly
unconstitutional; traps are the 2027 deadline vs the 2024 law and the March hearing, differently
translated quotes, "president" vs "presiding judge", nine stations vs the three named ones, alerts
vs arrests, rising figures "as of" different dates, and a legal newsletter written the next day.
tr-NA4 (PLANTED: April trade surplus EUR 14.2bn vs 15.2bn; Jens Oberlaender's title economy
minister vs finance minister): Destatis reports a 2.1% fall in German exports for April 2026;
traps are month-on-month vs year-on-year, the revised March figures, exports to the US/China/EU
as parts of the whole, the economists' forecast, euro/dollar conversion and US tariff rates.
rk-NA5 (CONTROL): Bavarian start-up Orbitwerk's Habicht rocket reaches orbit on its second
flight from Andoeya, Norway, on Wednesday 15 July 2026; traps are a live blog with a hold and
a recycled count, CEST vs UTC, km vs miles and km/h vs mph, satellites contacted rising over
time, the failed first flight of October 2025, the rocket's maximum capacity vs this payload and
the next flight.
eq-NA6 (PLANTED: the age of the man killed in Rocca Vaiana 78 vs 87; a quote of mayor Marta
Scassellati attributed to civil-protection chief Fabrizio Ceccarelli): a magnitude-5.6 quake
near Gualdo Tadino, Umbria, at 00:41 on Tuesday 3 November 2026 (23:41 GMT on Monday); traps are
the rising toll, injured and displaced counts, INGV vs USGS magnitude and depth, aftershock
magnitudes, the 1997 quakes, distances in km and miles and pages written on two days.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "NA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Shared page pieces
# --------------------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


_AD = ('<div class="ad-slot ad-inline" data-slot="{n}"><span class="ad-label">Advertisement</span>'
       '<div class="ad-frame" style="min-height:250px"><!-- ad served by adnet --></div></div>')


def _paras(paras: list[str], ad_every: int = 4) -> str:
    out: list[str] = []
    n = 0
    for i, p in enumerate(paras, 1):
        out.append(p if p.lstrip().startswith("<") else f"<p>{_e(p)}</p>")
        if ad_every and i % ad_every == 0 and i < len(paras):
            n += 1
            out.append(_AD.format(n=n))
    return "\n".join(out)


def _head(title: str, desc: str, url: str, site: str, published: str | None = None,
          modified: str | None = None, author: str | None = None, jsonld: bool = False,
          headline: str | None = None, section: str | None = None, lang: str = "en",
          image: str | None = None, kind: str = "NewsArticle") -> str:
    m = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(desc)}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(headline or title)}">',
        f'<meta property="og:description" content="{_a(desc)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
    ]
    if image:
        m.append(f'<meta property="og:image" content="{_a(image)}">')
    if published:
        m.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        m.append(f'<meta property="article:modified_time" content="{modified}">')
    if section:
        m.append(f'<meta property="article:section" content="{_a(section)}">')
    if author:
        m.append(f'<meta name="author" content="{_a(author)}">')
    m.append('<link rel="stylesheet" href="/static/css/main.min.css">')
    m.append('<script async src="/static/js/consent.js"></script>')
    if jsonld:
        ld: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                              "headline": headline or title, "mainEntityOfPage": url,
                              "publisher": {"@type": "Organization", "name": site}}
        if published:
            ld["datePublished"] = published
        if modified:
            ld["dateModified"] = modified
        if author:
            ld["author"] = [{"@type": "Person", "name": a.strip()} for a in author.split(" and ")]
        if image:
            ld["image"] = [image]
        m.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(m) + "\n</head>\n"


def _cookie(site: str) -> str:
    return (f'<div id="cookie-banner" class="cmp" role="dialog" aria-label="Cookie consent">'
            f'<p>{_e(site)} and our partners use cookies and similar technologies to measure '
            f'audiences, personalise content and show advertising. You can accept, refuse or '
            f'choose your settings at any time via "Privacy settings" at the bottom of the page.</p>'
            f'<button class="cmp-accept">Accept all</button> <button class="cmp-reject">Refuse</button> '
            f'<button class="cmp-settings">Settings</button></div>')


def _share(url: str) -> str:
    u = _a(url)
    return ('<div class="share-bar"><span>Share this article</span>'
            f'<a href="https://social.example/share?u={u}" class="share-fb">Facebook</a>'
            f'<a href="https://microblog.example/intent?url={u}" class="share-x">X</a>'
            f'<a href="https://pro.example/share?url={u}" class="share-li">LinkedIn</a>'
            f'<a href="mailto:?body={u}" class="share-mail">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _related(items: list[tuple[str, str]], label: str = "Related stories") -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="related"><h3>{_e(label)}</h3><ul>{lis}</ul></aside>'


def _figure(src: str, caption: str, credit: str) -> str:
    return (f'<figure class="lead-image"><img src="{_a(src)}" alt="{_a(caption)}" loading="lazy">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption></figure>')


def _newsletter(site: str, name: str, pitch: str) -> str:
    return (f'<section class="newsletter-box"><h3>{_e(name)}</h3><p>{_e(pitch)}</p>'
            '<form action="/newsletter/subscribe" method="post"><input type="email" '
            'placeholder="Your email address"><button>Sign up</button></form>'
            f'<p class="small">By signing up you agree to receive emails from {_e(site)}. '
            'You can unsubscribe at any time.</p></section>')


def _footer(site: str, year: str, links: list[str] | None = None) -> str:
    links = links or ["About us", "Contact", "Careers", "Advertise", "Terms of use",
                      "Privacy policy", "Privacy settings", "Imprint"]
    lis = " | ".join(f'<a href="/{_a(x.lower().replace(" ", "-"))}">{_e(x)}</a>' for x in links)
    return (f'<footer class="site-footer"><nav>{lis}</nav>'
            f'<p>&copy; {year} {_e(site)}. All rights reserved. Reproduction in whole or in part '
            'without written permission is prohibited.</p></footer>\n'
            '<script src="/static/js/app.bundle.js" defer></script>\n</body>\n</html>\n')


def _slug(x: str) -> str:
    return x.lower().replace(" ", "-").replace("\'", "")


def _nav(items: list[str]) -> str:
    return ('<nav class="main-nav"><ul>'
            + "".join(f'<li><a href="/{_a(_slug(x))}/">{_e(x)}</a></li>' for x in items)
            + "</ul></nav>")


# --------------------------------------------------------------------------------------
# Page templates
# --------------------------------------------------------------------------------------

def _wire(*, site: str, url: str, headline: str, desc: str, dateline: str, paras: list[str],
          published: str | None, modified: str | None = None, visible: str = "",
          credits: str = "", related: list[tuple[str, str]] | None = None,
          jsonld: bool = True, updated_note: str = "", topics: list[str] | None = None) -> str:
    """Wire-agency template: plain, dense, dateline, reporting credits, topic tags."""
    body = list(paras)
    body[0] = f"<p><span class=\"dateline\">{_e(dateline)}</span> {_e(body[0])}</p>"
    tags = "".join(f'<a class="tag" href="/topic/{_a(t.lower().replace(" ", "-"))}">{_e(t)}</a>'
                   for t in (topics or []))
    return (_head(f"{headline} | {site}", desc, url, site, published, modified, None, jsonld, headline)
            + '<body class="wire article">\n'
            + f'<header class="wire-header"><a class="logo" href="/">{_e(site)}</a>'
            + _nav(["World", "Business", "Markets", "Politics", "Science", "Sport", "Wire feed"])
            + '<a class="login" href="/login">Client login</a></header>\n'
            + _cookie(site) + "\n"
            + '<main><article class="story">\n'
            + f'<h1>{_e(headline)}</h1>\n'
            + (f'<div class="timestamp">{_e(visible)}</div>\n' if visible else "")
            + (f'<div class="update-note">{_e(updated_note)}</div>\n' if updated_note else "")
            + '<div class="story-body">\n' + _paras(body, ad_every=5) + "\n</div>\n"
            + (f'<p class="credits">{_e(credits)}</p>\n' if credits else "")
            + f'<div class="tags">{tags}</div>\n'
            + '<p class="standards"><a href="/trust-principles">Our Standards: The Trust Principles</a></p>\n'
            + "</article>\n"
            + _related(related or [], "More from the wire")
            + "</main>\n"
            + _footer(site, "2026", ["About", "Products", "Contact", "Accessibility",
                                     "Terms of use", "Privacy", "Cookie settings"]))


def _paper(*, site: str, url: str, headline: str, standfirst: str, paras: list[str],
           published: str | None, modified: str | None = None, visible: str = "",
           author: str = "", section: str = "News", figure: str = "", related=None,
           jsonld: bool = True, nav=None, kicker: str = "", newsletter=None,
           most_read=None, extra_after: str = "") -> str:
    """Newspaper template: masthead, kicker, standfirst, byline, image, inline ads, rails."""
    nl = newsletter or ("The Morning Edition", "The day's essential stories, in your inbox before breakfast.")
    return (_head(f"{headline} | {site}", standfirst, url, site, published, modified, author or None,
                  jsonld, headline, section, image=f"{url.split('/', 3)[0]}//{url.split('/')[2]}/img/og-default.jpg")
            + '<body class="paper article-page">\n'
            + '<div class="top-strip"><a href="/subscribe">Subscribe from 1 euro</a> '
            + '<a href="/login">Sign in</a> <a href="/e-paper">E-paper</a></div>\n'
            + f'<header class="masthead"><a href="/" class="brand">{_e(site)}</a></header>\n'
            + _nav(nav or ["Home", "News", "Politics", "Business", "Opinion", "Culture", "Sport", "Podcasts"])
            + "\n" + _cookie(site) + "\n"
            + '<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>\n'
            + '<main class="content"><article>\n'
            + (f'<p class="kicker">{_e(kicker)}</p>\n' if kicker else "")
            + f'<h1 class="headline">{_e(headline)}</h1>\n'
            + f'<p class="standfirst">{_e(standfirst)}</p>\n'
            + '<div class="byline-block">'
            + (f'<span class="byline">By {_e(author)}</span> ' if author else "")
            + (f'<time class="pubdate">{_e(visible)}</time>' if visible else "")
            + "</div>\n"
            + _share(url) + "\n"
            + figure + "\n"
            + '<div class="article-body">\n' + _paras(paras, ad_every=4) + "\n</div>\n"
            + extra_after
            + _share(url) + "\n"
            + "</article>\n"
            + '<aside class="rail">'
            + _related(related or [], "Read more")
            + _related(most_read or [], "Most read")
            + '<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span></div>'
            + "</aside>\n"
            + _newsletter(site, nl[0], nl[1])
            + "</main>\n"
            + _footer(site, "2026"))


def _broadcast(*, site: str, url: str, headline: str, desc: str, paras: list[str],
               visible: str, published: str | None = None, jsonld: bool = False,
               video_caption: str = "", related=None, author: str = "",
               nav=None) -> str:
    """Broadcaster template: live TV bar, video player, visible date only (usually)."""
    return (_head(f"{headline} - {site}", desc, url, site, published, None, None, jsonld, headline)
            + '<body class="bc-article">\n'
            + f'<div class="bc-top"><a href="/" class="bc-logo">{_e(site)}</a>'
            + '<a class="live-btn" href="/live">&#9679; LIVE TV</a><a href="/radio">Radio</a>'
            + '<a href="/weather">Weather</a><a href="/account">My account</a></div>\n'
            + _nav(nav or ["News", "Local", "Business", "Science", "Sport", "Weather", "Programmes"])
            + "\n" + _cookie(site) + "\n"
            + '<main><article class="bc-story">\n'
            + f'<h1>{_e(headline)}</h1>\n'
            + f'<div class="bc-meta"><span class="bc-date">{_e(visible)}</span>'
            + (f' <span class="bc-author">{_e(author)}</span>' if author else "")
            + "</div>\n"
            + '<div class="video-player" data-autoplay="false"><div class="poster"></div>'
            + f'<p class="video-caption">{_e(video_caption)}</p></div>\n'
            + _share(url) + "\n"
            + '<div class="bc-body">\n' + _paras(paras, ad_every=3) + "\n</div>\n"
            + "</article>\n"
            + _related(related or [], "More on this story")
            + '<section class="promo"><h3>Watch the evening bulletin</h3><p>Every day at 7.30pm on '
            + f'{_e(site)} and on our app.</p></section>\n'
            + "</main>\n"
            + _footer(site, "2026", ["About us", "Contact the newsroom", "Complaints", "Jobs",
                                     "Terms", "Privacy", "Cookies"]))


def _newsletter_page(*, site: str, url: str, issue_title: str, desc: str, intro: str,
                     lead_title: str, paras: list[str], published: str | None,
                     visible: str = "", editor: str = "", briefs: list[tuple[str, str]] | None = None,
                     jsonld: bool = False, sponsor: str = "") -> str:
    """Trade-newsletter template: issue header, lead item, briefs, sponsor box, subscribe."""
    brief_html = "".join(f"<div class=\"brief\"><h4>{_e(t)}</h4><p>{_e(b)}</p></div>" for t, b in (briefs or []))
    return (_head(f"{issue_title} | {site}", desc, url, site, published, None, editor or None, jsonld,
                  lead_title, kind="Article")
            + '<body class="nl-web">\n'
            + f'<header class="nl-head"><a href="/">{_e(site)}</a> <a href="/archive">Archive</a> '
            + '<a href="/subscribe" class="btn">Subscribe</a></header>\n'
            + _cookie(site) + "\n"
            + '<main class="nl-issue">\n'
            + f'<p class="issue-line">{_e(issue_title)}' + (f' &middot; {_e(visible)}' if visible else "") + "</p>\n"
            + (f'<p class="editor">Edited by {_e(editor)}</p>\n' if editor else "")
            + f'<p class="intro">{_e(intro)}</p>\n'
            + (f'<div class="sponsor"><span class="ad-label">Advertisement</span> {_e(sponsor)}</div>\n' if sponsor else "")
            + f'<section class="lead"><h2>{_e(lead_title)}</h2>\n' + _paras(paras, ad_every=0) + "\n</section>\n"
            + (f'<section class="briefs"><h3>In brief</h3>{brief_html}</section>\n' if brief_html else "")
            + '<p class="forward">Was this forwarded to you? <a href="/subscribe">Sign up here</a>.</p>\n'
            + "</main>\n"
            + _footer(site, "2026", ["Archive", "Advertise", "Contact", "Privacy", "Unsubscribe"]))


def _liveblog(*, site: str, url: str, headline: str, desc: str, summary: list[str],
              entries: list[tuple[str, list[str]]], published: str | None,
              modified: str | None = None, visible: str = "", related=None,
              jsonld: bool = True, nav=None) -> str:
    """Live-blog template: key points, then timestamped entries, newest first."""
    keys = "".join(f"<li>{_e(k)}</li>" for k in summary)
    ents = []
    for stamp, ps in entries:
        ents.append(f'<div class="lb-entry"><time class="lb-time">{_e(stamp)}</time>'
                    + _paras(ps, ad_every=0)
                    + '<div class="lb-share"><a href="#">Share</a></div></div>')
        if len(ents) % 4 == 0:
            ents.append('<div class="ad-slot"><span class="ad-label">Advertisement</span></div>')
    return (_head(f"{headline} | {site}", desc, url, site, published, modified, None, jsonld, headline,
                  kind="LiveBlogPosting")
            + '<body class="liveblog">\n'
            + f'<header><a href="/" class="logo">{_e(site)}</a></header>\n'
            + _nav(nav or ["News", "Politics", "Economy", "Science", "Culture", "Live"])
            + "\n" + _cookie(site) + "\n"
            + '<main><div class="lb-header"><span class="live-badge">LIVE</span>'
            + f'<h1>{_e(headline)}</h1>'
            + (f'<p class="lb-updated">{_e(visible)}</p>' if visible else "")
            + "</div>\n"
            + f'<section class="key-points"><h2>Key points</h2><ul>{keys}</ul></section>\n'
            + _share(url) + "\n"
            + '<section class="lb-feed">\n' + "\n".join(ents) + "\n</section>\n"
            + '<button class="lb-more">Load older updates</button>\n'
            + _related(related or [], "Related coverage")
            + "</main>\n"
            + _footer(site, "2026"))


def _local(*, site: str, url: str, headline: str, desc: str, paras: list[str],
           visible: str = "", published: str | None = None, author: str = "",
           figure: str = "", related=None, town: str = "", weather: str = "",
           jsonld: bool = False) -> str:
    """Local news site template: weather widget, local nav, community boxes."""
    return (_head(f"{headline} - {site}", desc, url, site, published, None, author or None, jsonld, headline)
            + '<body class="local">\n'
            + f'<div class="local-top"><a href="/" class="logo">{_e(site)}</a>'
            + (f'<span class="weather-widget">{_e(town)}: {_e(weather)}</span>' if weather else "")
            + "</div>\n"
            + _nav(["Home", "Local news", "Council", "Sport", "What's on", "Obituaries", "Classifieds"])
            + "\n" + _cookie(site) + "\n"
            + '<main><article>\n'
            + f'<h1>{_e(headline)}</h1>\n'
            + '<p class="meta">'
            + (f'{_e(author)} &middot; ' if author else "")
            + (f'{_e(visible)}' if visible else "")
            + "</p>\n"
            + figure + "\n"
            + '<div class="entry-content">\n' + _paras(paras, ad_every=4) + "\n</div>\n"
            + _share(url) + "\n"
            + '<div class="tip-box"><strong>Got a story?</strong> Send tips, photos and videos to our '
            + 'newsroom via the contact form or our messaging number.</div>\n'
            + "</article>\n"
            + _related(related or [], "More local news")
            + '<div class="ad-slot"><span class="ad-label">Advertisement</span> Local businesses: advertise with us</div>\n'
            + "</main>\n"
            + _footer(site, "2026"))


# ======================================================================================
# STORY 1 - cb-NA1 - central bank - CONTROL
# Swiss National Bank cuts its policy rate from 0% to -0.25% on Thursday 18 June 2026
# (09:30 CEST = 07:30 GMT = 08:30 BST); Chairman Annette Kaelin; press conference in Bern.
# ======================================================================================

_S1_A = _wire(
    site="Alpenwire",
    url="https://www.alpenwire.example/business/snb-cuts-rate-to-minus-025-pct-2026-06-18/",
    headline="Swiss National Bank cuts rate to minus 0.25%, returns to negative territory",
    desc="The SNB lowered its policy rate by 25 basis points to -0.25%, the first sub-zero rate since 2022.",
    dateline="ZURICH, June 18 (Alpenwire) -",
    published="2026-06-18T09:33:00+02:00",
    modified="2026-06-18T11:05:00+02:00",
    visible="June 18, 2026 9:33 AM GMT+2 · Updated June 18, 2026 11:05 AM GMT+2",
    updated_note="Adds quotes from news conference, analyst comment, market reaction",
    credits="Reporting by Nina Aebischer and Paolo Ferrazzini; Editing by Thomas Rüegg",
    topics=["Central banks", "Switzerland", "Currencies", "Interest rates"],
    related=[("Swiss consumer prices fall 0.1% year on year in May", "/business/swiss-cpi-may-2026/"),
             ("Norway's central bank holds rates, still sees one more cut this year", "/business/norges-bank-june-2026/"),
             ("ECB keeps deposit rate at 2.00%, says policy in a good place", "/business/ecb-june-4-2026/"),
             ("Swiss watch exports slip again in May on weak U.S. demand", "/business/swiss-watch-exports-may/")],
    paras=[
        "The Swiss National Bank lowered its policy rate by 25 basis points to minus 0.25% on Thursday, taking borrowing costs below zero for the first time since 2022 as it tries to stop consumer prices from sliding further and to take some of the heat out of the franc.",
        "The decision, published at 0730 GMT, was expected by 14 of the 21 economists polled by Alpenwire last week. The other seven had forecast that the central bank would keep the rate at zero, where it had been held at each of the previous three quarterly assessments, most recently on March 19.",
        "The new rate applies from Friday, the SNB said in its statement. As during the previous period of negative rates, sight deposits that banks hold at the SNB will be exempt up to a threshold, so that only balances above that level are charged.",
        "Swiss consumer prices fell 0.1% in the year to May, official data showed earlier this month, after being flat in April. The SNB's new conditional forecast, which assumes the rate stays at minus 0.25% over the whole forecast horizon, sees inflation averaging 0.1% this year, 0.4% in 2027 and 0.6% in 2028. In March it had projected 0.3%, 0.5% and 0.7% respectively, on the assumption of a zero rate.",
        "The central bank repeated that it remained willing to intervene in the foreign exchange market as necessary. It expects the Swiss economy to grow by around 1% this year.",
        "The franc weakened after the announcement. The euro rose 0.6% to 0.9391 francs from 0.9335 just before the release, while the yield on two-year Swiss government bonds fell 3 basis points to minus 0.09%.",
        "\"We do not take this step lightly,\" SNB Chairman Annette Kälin told a news conference in Bern. \"We know the side effects of negative interest rates well. But a further slide in prices would do more damage.\"",
        "Kälin said the three-member Governing Board was prepared to cut again if the outlook deteriorated, but declined to say how far below zero the SNB might be willing to go. \"We are not committing to any path,\" she said.",
        "Lower rates could also fuel the housing market, where prices have kept rising, Kälin acknowledged, adding that the SNB was watching mortgage lending closely.",
        "\"The door to minus 0.5% is now open, but I doubt they walk through it this year,\" said Carole Imhof, chief economist at Banque Lémanique in Geneva. She noted that the SNB had also moved in June last year, when it cut its rate to zero from 0.25%.",
        "The SNB said the strength of the franc since the start of the year, together with lower energy prices, had pushed down import prices more sharply than it had expected. Uncertainty about the global economy, including over U.S. trade policy, remained high, it said.",
        "The European Central Bank kept its deposit rate at 2.00% on June 4. The SNB's next scheduled assessment is on Sept. 24.",
    ],
)

_S1_B = _paper(
    site="The Lakeside Ledger",
    url="https://www.lakesideledger.example/economy/2026/06/18/snb-goes-back-below-zero",
    headline="SNB goes back below zero as franc strength bites",
    standfirst="Switzerland's central bank cut its key rate by a quarter point to -0.25 per cent on Thursday, its first negative setting in almost four years.",
    kicker="Monetary policy",
    author="Mathilde Rochat",
    section="Economy",
    published="2026-06-18T15:40:00+02:00",
    visible="18 June 2026, 15:40",
    figure=_figure("https://www.lakesideledger.example/img/2026/06/snb-bern-presser.jpg",
                   "SNB Chairman Annette Kälin (centre) with Vice Chairman Reto Bühlmann and Governing Board member Sophie Delacrétaz at Thursday's news conference in Bern.",
                   "Photo: Lukas Brunner / Ledger"),
    related=[("Why the franc keeps climbing, and who pays for it", "/economy/2026/06/12/franc-climbs"),
             ("Retail banks cut savings rates to zero ahead of SNB meeting", "/economy/2026/06/15/savings-zero"),
             ("Watchmakers brace for a difficult summer", "/business/2026/06/10/watchmakers-summer")],
    most_read=[("Geneva rents: what a new index tells us", "/geneva/2026/06/17/rents-index"),
               ("Lake swimming season opens with record water quality", "/geneva/2026/06/16/lake-swim")],
    newsletter=("Ledger Markets Daily", "Rates, currencies and companies, every weekday at 6pm."),
    paras=[
        "The Swiss National Bank has taken its policy rate back into negative territory, lowering it by a quarter of a percentage point to minus 0.25 per cent in a decision published at 9.30am on Thursday.",
        "It is the first time since September 2022 that the key Swiss rate has been below zero. Back then the SNB was raising rates to tame the surge in prices that followed the pandemic; today the problem runs in the opposite direction. Consumer prices in May were 0.1 per cent lower than a year earlier.",
        "Annette Kälin, who chairs the SNB's three-member Governing Board, told reporters in Bern that the decision had not been taken lightly. The central bank was well aware of the side effects of negative rates, she said, “but allowing prices to keep sliding would cause greater harm”.",
        "The cut is the SNB's first move since June 2025, when it brought its rate down from 0.25 per cent to zero. It had left the rate unchanged in September and December last year and again in March.",
        "The bank now expects inflation to average 0.1 per cent this year, rising to 0.4 per cent in 2027 and 0.6 per cent in 2028. All three figures are lower than the projections it published in March, and even the last of them sits in the lower part of the band of zero to two per cent that the SNB treats as stable prices.",
        "Ms Kälin made clear that the franc remains central to the bank's thinking. The SNB would continue to intervene in currency markets “where necessary”, she said, and further cuts were not excluded, although she refused to be drawn on a floor.",
        "Markets took the news calmly. By mid-afternoon the euro was trading at about 0.939 francs, roughly 0.6 per cent higher than before the announcement. On Wednesday evening traders had put the chances of a cut at around 70 per cent.",
        "“Savers will grumble, borrowers will be pleased and exporters will breathe a little easier,” said Daniel Stucki, head of fixed income at Rigi Privatbank in Zug. He expects the SNB to hold at minus 0.25 per cent at its next two meetings, in September and December.",
        "For households, the immediate effect should be limited. Most retail banks said on Thursday that they had no plans to charge negative rates on ordinary savings accounts, although several had already cut the interest they pay to zero. Holders of mortgages tied to the Saron money-market rate will see their costs fall slightly, while fixed-rate mortgages had already priced in much of the move.",
        "For banks themselves, the pain will be cushioned. Their deposits at the SNB will be charged the negative rate only above an exemption threshold, a system the central bank also used during its long negative-rate period between 2015 and 2022.",
        "The Helvetic Exporters' Forum, which speaks for around 1,400 mostly mid-sized manufacturers, welcomed the decision. “Every centime counts when you compete with German and Italian firms,” said its director, Martina Gasser. Machinery makers and watch exporters have been squeezed this year both by the strong franc and by US import tariffs.",
        "The SNB's next quarterly assessment is due on 24 September.",
    ],
)

_S1_C = _broadcast(
    site="HB24 Helvetia Broadcasting",
    url="https://www.hb24.example/news/business/national-bank-negative-rate-savers-homeowners-180626",
    headline="National Bank cuts interest rate below zero – what it means for savers and homeowners",
    desc="The SNB is lowering its key rate from zero to minus 0.25 percent. What changes for savers, homeowners and exporters.",
    visible="18.06.2026, 12:10",
    author="Business desk",
    video_caption="Video: SNB chief Annette Kälin explains the rate cut at the press conference in Bern (2:14)",
    related=[("Explainer: How negative interest rates work", "/news/explainer-negative-rates"),
             ("Saron or fixed? Choosing a mortgage in 2026", "/news/business/mortgage-choice-2026"),
             ("Pension funds warn of lower returns", "/news/business/pension-funds-returns")],
    paras=[
        "For the first time in almost four years, Switzerland has a negative interest rate again. The Swiss National Bank (SNB) announced on Thursday morning that it is lowering its key rate from zero to minus 0.25 percent.",
        "The move had been widely expected. Two-thirds of economists surveyed ahead of the decision had predicted a cut, and financial markets had largely priced it in.",
        "SNB chief Annette Kälin defended the decision at the central bank's press conference in Bern, which began at 10 o'clock. “We are not taking this step lightly,” she said. “We know the side effects of negative rates very well. But if prices kept falling, the damage would be greater.”",
        "Prices in Switzerland have been falling slightly. In May, the consumer price index was 0.1 percent below its level a year earlier. The strong franc makes imported goods cheaper, and lower prices for heating oil and fuel have also pushed inflation down.",
        "The SNB has also lowered its inflation forecast. It now expects prices to rise by just 0.1 percent on average this year, by 0.4 percent in 2027 and by 0.6 percent in 2028. The National Bank had already brought its rate down to zero in June 2025 and had left it there since.",
        "Switzerland last lived with negative rates between 2015 and 2022. During those years some banks passed the costs on to companies and to wealthy private clients with large deposits, while ordinary savers were mostly spared.",
        "What changes for savers? Probably little at first. Several large banks said on Thursday that they would not pass negative rates on to private customers. Interest on savings accounts, however, is likely to stay at or close to zero for some time.",
        "Homeowners with a Saron mortgage, whose interest rate follows the money market, can expect a small reduction. On a mortgage of 500,000 francs, a rate that is a quarter of a percentage point lower saves up to 1,250 francs a year, provided the bank passes on the full cut.",
        "For exporters, the decision is a relief. A weaker franc makes Swiss products cheaper abroad. “Every centime counts,” said Martina Gasser of the Helvetic Exporters' Forum.",
        "Not everyone is pleased. The Swiss Pension Fund Alliance warned that negative rates make it harder for pension funds to earn safe returns. “For the second pillar, this is bad news once again,” said spokesman Urs Kämpfer.",
        "The franc weakened slightly after the announcement: one euro cost around 94 centimes in the afternoon.",
        "Kälin did not rule out further cuts. The National Bank will next review its monetary policy on 24 September.",
    ],
)

_S1_D = _newsletter_page(
    site="FX Desk",
    url="https://fxdesk.example/brief/2026-06-19-snb-back-below-zero",
    issue_title="FX Desk Morning Brief",
    visible="Friday 19 June 2026",
    desc="SNB cuts 25bp to -0.25%; EUR/CHF reaction, Saron pricing and what comes next.",
    intro="Good morning. One central bank in focus today: the SNB, which went negative again yesterday. Times are London (BST) unless stated.",
    lead_title="SNB: minus 25bp, and the door stays open",
    editor="Oliver Pennington",
    published="2026-06-19T06:45:00+01:00",
    sponsor="Hedge smarter: multi-bank FX execution for mid-market treasurers. Book a demo.",
    briefs=[("Norges Bank", "Held its policy rate at 3.75% yesterday, as expected, and kept its guidance for one more cut before year-end."),
            ("ECB", "Two weeks after leaving the deposit rate at 2.00% on 4 June, Governing Council members are lining up to say the bar for another cut is high."),
            ("Riksbank", "Next decision on 1 July; consensus is for no change at 1.75%.")],
    paras=[
        "The SNB delivered the cut most of the market wanted yesterday, taking its policy rate down 25bp to -0.25% at the 08:30 BST release (09:30 in Zurich). It is the first sub-zero setting since the September 2022 hike that ended the last negative-rate era, and the first move of any kind since the June 2025 cut to 0%.",
        "Consensus had leaned towards a cut, with two out of every three economists surveyed calling it, and Saron futures had priced it at roughly 70% going into Thursday. So this was no shock, and the reaction was correspondingly modest.",
        "EUR/CHF rose from 0.9335 just before the release to 0.9391, a 0.6% move in the franc's disfavour, and then spent the rest of the European session in a 0.9370-0.9400 band. The 2y Confederation yield closed 3bp lower at -0.09%.",
        "Saron futures now price roughly a one-in-three chance of a further 25bp cut by December, which would take the policy rate to -0.50%. We think that is about right, and perhaps a touch generous.",
        "The conditional inflation forecast was trimmed across the horizon: 0.1% for 2026 (from 0.3% in March), 0.4% for 2027 (from 0.5%) and 0.6% for 2028 (from 0.7%). Remember that the new path assumes the rate stays at -0.25%, while the March one assumed 0%. Even on that easier policy path the 2028 number sits in the bottom third of the bank's price-stability range, which tells you the board still sees the risks skewed to the downside. May CPI, released earlier this month, was -0.1% y/y.",
        "Chairman Kälin's press conference in Bern was measured. She said the board did not take the decision lightly and knew the side effects of negative rates, but judged that falling prices would do more harm. Asked about a floor, she said the SNB was \"not committing to any path\". The FX intervention language was unchanged: the bank remains willing to intervene as necessary.",
        "As before 2022, banks' sight deposits are exempt from the negative rate up to a threshold, which limits the hit to the banking sector and, by extension, the pressure to push negative rates on to retail depositors.",
        "Our read: the SNB is done for now unless EUR/CHF breaks below 0.92 on a sustained basis. Carole Imhof at Banque Lémanique put it neatly: the door to -0.50% is open, but she doubts the board will walk through it this year. We agree.",
        "Calendar: the next SNB assessment is on Thursday 24 September. Before that, Swiss CPI for June is due on 2 July and July CPI on 4 August.",
    ],
)

STORY_1 = _story("cb-NA1", "central bank", "2026-06-19", [
    _page("https://www.alpenwire.example/business/snb-cuts-rate-to-minus-025-pct-2026-06-18/", _S1_A),
    _page("https://www.lakesideledger.example/economy/2026/06/18/snb-goes-back-below-zero", _S1_B),
    _page("https://www.hb24.example/news/business/national-bank-negative-rate-savers-homeowners-180626", _S1_C),
    _page("https://fxdesk.example/brief/2026-06-19-snb-back-below-zero", _S1_D),
], [])   # a control: no planted disagreement

# ======================================================================================
# STORY 2 - el-NA2 - election - PLANTED
# Pavia mayoral run-off, Sunday 7 / Monday 8 June 2026. Elena Brambati (centre-left, 47)
# 13,402 votes (52.82%) beats Giorgio Ferraresi (centre-right, 58) 11,969 (47.18%).
# Turnout 45.26% (25,983 of 57,412). Outgoing mayor Marcello Guarnieri.
# Planted: the Courier gives Brambati's age as 49; Channel 7 spells the outgoing mayor
# "Guarneri".
# ======================================================================================

_S2_A = _liveblog(
    site="Ticino Valley Post",
    url="https://www.ticinovalleypost.example/live/pavia-ballottaggio-2026-results",
    headline="Pavia run-off LIVE: Brambati elected mayor as Ferraresi concedes",
    desc="Live results and reaction from the Pavia mayoral run-off between Elena Brambati and Giorgio Ferraresi.",
    published="2026-06-08T14:45:00+02:00",
    modified="2026-06-08T19:31:00+02:00",
    visible="Last updated: Monday 8 June 2026, 19:31",
    summary=[
        "Elena Brambati (centre-left) elected mayor of Pavia with 52.82% of the vote",
        "Giorgio Ferraresi (centre-right) 47.18%; he conceded shortly after 6.30pm",
        "Final turnout 45.26%, down from 56.8% in the first round",
        "All 76 polling sections counted",
    ],
    related=[("First round: Brambati ahead, run-off on 7-8 June", "/news/pavia-first-round-results"),
             ("Who is Elena Brambati?", "/news/elena-brambati-profile"),
             ("Montanari: 'No endorsement, my voters are free'", "/news/montanari-no-endorsement")],
    entries=[
        ("19:24", [
            "Brambati has just spoken to several hundred supporters in Piazza della Vittoria. \"This victory belongs above all to the neighbourhoods that felt forgotten,\" she said. \"I will be the mayor of everyone, including those who did not vote for me.\"",
            "She thanked the outgoing mayor, Marcello Guarnieri, who was standing a few metres behind her on the steps, and promised that her first decisions would concern student housing and the bus lines to the outer districts.",
        ]),
        ("18:52", [
            "Ferraresi concedes. Speaking at his campaign office in Corso Cavour, the centre-right candidate said he had phoned Brambati at 6.40pm to congratulate her. \"Pavia has chosen, and I wish her good work. We will be a tough but fair opposition,\" he said.",
        ]),
        ("18:31", [
            "FINAL RESULT. All 76 sections have now been counted. Elena Brambati: 13,402 votes (52.82%). Giorgio Ferraresi: 11,969 votes (47.18%). The gap is 1,433 votes. There were 612 blank or spoiled ballots.",
        ]),
        ("17:44", [
            "64 of 76 sections counted: Brambati 52.9%, Ferraresi 47.1%. The mood at Ferraresi's headquarters has gone quiet; at Brambati's, volunteers are already bringing out the flags.",
        ]),
        ("16:52", [
            "Half the count is in. With 38 of 76 sections counted, Brambati has 52.4% and Ferraresi 47.6%. The centre-right had hoped to do better in the Borgo Ticino and San Pietro in Verzolo districts, where the count is well advanced.",
        ]),
        ("16:07", [
            "First partial results: with 12 of 76 sections counted, Brambati leads with 51.6% to Ferraresi's 48.4%. \"Far too early to call anything,\" a Brambati aide tells us.",
        ]),
        ("15:12", [
            "Final turnout: 45.26%. That means 25,983 of the 57,412 registered voters cast a ballot over the two days. In the first round, on 24 and 25 May, turnout was 56.8%.",
        ]),
        ("15:00", [
            "Polls have closed. Counting starts now in all 76 polling sections.",
        ]),
        ("14:45", [
            "Good afternoon and welcome to our live coverage of the Pavia run-off. Polls were open from 7am to 11pm on Sunday and reopened at 7am today; they close at 3pm.",
            "A reminder of where we stand. In the first round two weeks ago, Elena Brambati, backed by the Democratic Party, the Greens and Left Alliance and two civic lists, took 44.6%. Giorgio Ferraresi, the candidate of the Brothers of Italy, the League and Forza Italia, had 39.9%. Sara Montanari of the civic list Pavia Bene Comune came third with 9.2% and has declined to endorse either finalist.",
            "Turnout at 11pm last night stood at 33.4%, against 41.0% at the same point of the first round. Earlier on Sunday it had been 10.9% at noon and 25.7% at 7pm.",
        ]),
    ],
)

_S2_B = _wire(
    site="Penisola News Agency",
    url="https://www.pna-news.example/en/politics/2026/06/08/pavia-runoff-brambati-wins",
    headline="Centre-left's Brambati wins Pavia mayoral run-off",
    desc="Elena Brambati defeated Giorgio Ferraresi with 52.8% of the vote in the Pavia run-off.",
    dateline="PAVIA, Italy, June 8 (PNA) -",
    published="2026-06-08T19:05:00+02:00",
    visible="08 June 2026 - 19:05",
    credits="Reporting by Giulia Sacchi; editing by Marco Ruffini",
    topics=["Italy", "Local elections", "Lombardy"],
    related=[("Run-offs in 62 municipalities: turnout 44.9%", "/en/politics/2026/06/08/runoffs-turnout"),
             ("Venice lagoon barriers raised for early summer tide", "/en/news/2026/06/08/venice-barriers"),
             ("Italian industrial output rises 0.3% in April", "/en/economy/2026/06/08/istat-output")],
    paras=[
        "Centre-left candidate Elena Brambati won the run-off for mayor of Pavia on Monday, defeating centre-right challenger Giorgio Ferraresi with 52.8% of the vote and keeping the Lombardy university city in the hands of the coalition that has governed it for a decade.",
        "With all 76 polling sections counted, Brambati, a 47-year-old paediatrician who was deputy mayor until February, had 13,402 votes against 11,969 for Ferraresi, a 58-year-old logistics entrepreneur who sits on the Lombardy regional council, official results showed. The winning margin was 1,433 votes.",
        "Turnout was 45.3%, down from 56.8% in the first round on May 24-25. Polling stations were open from 7 a.m. to 11 p.m. on Sunday and from 7 a.m. to 3 p.m. on Monday, when counting began.",
        "Brambati had led the first round with 44.6% to Ferraresi's 39.9%. Sara Montanari of the civic list Pavia Bene Comune, who came third with 9.2%, declined to back either of them, and both camps spent the last two weeks courting her voters.",
        "Ferraresi conceded in a telephone call to Brambati at about 6:40 p.m. \"Pavia has chosen, and I wish her good work. We will be a tough but fair opposition,\" he told supporters at his campaign office.",
        "Brambati succeeds Marcello Guarnieri, who was first elected in 2016 and could not run for a third consecutive term. She will be formally proclaimed mayor by the central electoral office in the coming days. Under Italian rules for cities with more than 15,000 inhabitants, the winner's coalition is guaranteed at least 60% of the seats in the city council.",
        "\"I will be the mayor of everyone, including those who did not vote for me,\" Brambati told supporters who gathered in Piazza della Vittoria after the result. Her programme promises new housing for students, the renovation of the city's long-closed covered market and more frequent buses to the outer districts.",
        "Run-offs were held on Sunday and Monday in 62 municipalities across Italy, including nine provincial capitals. Turnout across all of them was 44.9%, according to Interior Ministry data, compared with 55.1% in the first round.",
        "The campaign was dominated by the cost of housing in a city whose university draws more than 20,000 students, and by safety around the railway station, which Ferraresi put at the centre of his platform. Brambati will serve a five-year term.",
        "The centre-right had made Pavia one of its targets in Lombardy, the northern region that it governs, and party leaders including two ministers campaigned in the city in the final week.",
    ],
)

_S2_C = _paper(
    site="The Milan Courier",
    url="https://www.milancourier.example/politics/2026/06/09/pavia-brambati-run-off-low-turnout",
    headline="Pavia stays centre-left as Brambati wins a run-off few turned out for",
    standfirst="The paediatrician beat Giorgio Ferraresi by 5.6 points, but fewer than half of the city's voters went to the polls.",
    kicker="Local elections",
    author="Federico Lanza",
    section="Politics",
    published="2026-06-09T07:30:00+02:00",
    visible="Tuesday 9 June 2026",
    jsonld=True,
    figure=_figure("https://www.milancourier.example/img/2026/06/09/brambati-piazza.jpg",
                   "Elena Brambati greets supporters in Piazza della Vittoria, Pavia, on Monday evening.",
                   "Photograph: Stefano Oddone for The Milan Courier"),
    related=[("The run-offs, city by city", "/politics/2026/06/09/runoffs-city-by-city"),
             ("Why Italians stay home for the second round", "/opinion/2026/06/09/why-voters-stay-home"),
             ("Lombardy region approves new rail timetable", "/lombardy/2026/06/08/rail-timetable")],
    most_read=[("Milan's new metro line: opening date confirmed", "/milan/2026/06/08/metro-opening"),
               ("Heatwave warning for the Po valley", "/weather/2026/06/08/heatwave")],
    newsletter=("Courier Politics", "The week in Italian politics, every Friday."),
    paras=[
        "Pavia will keep a centre-left mayor. Elena Brambati, the 49-year-old paediatrician who spent more than four years as deputy to the outgoing mayor, Marcello Guarnieri, won yesterday's run-off against the centre-right's Giorgio Ferraresi with 52.82 per cent of the vote to his 47.18 per cent.",
        "The margin, 5.6 percentage points or 1,433 votes, was comfortable on paper. But the result came on a turnout of 45.3 per cent, more than 11 points lower than in the first round two weeks earlier. Fewer than one registered voter in four actually voted for the new mayor.",
        "Both finalists drew fewer votes than they had in the first round on 24 and 25 May, when Brambati led with 44.6 per cent and Ferraresi had 39.9 per cent. Brambati's edge held because the centre-right failed to bring out its own voters on a warm weekend, rather than because she won over many new ones.",
        "“Low turnout in a run-off usually hurts the candidate who has to close a gap,” said Chiara Vitali, a political scientist at the University of Pavia. “Ferraresi needed the voters of the third candidate and a big push in the outer districts. He got neither.”",
        "The third candidate, Sara Montanari of the civic list Pavia Bene Comune, had taken 9.2 per cent in the first round and refused to endorse either finalist. Her voters appear to have largely stayed at home.",
        "Ferraresi, a logistics entrepreneur and Lombardy regional councillor, conceded on Monday evening. He told supporters that the city had chosen and that he wished Brambati well, promising an opposition that would be “tough but fair”.",
        "For the centre-right, which governs the region and had sent two ministers to campaign in the city, the defeat stings. Pavia was one of its declared targets in a round of municipal elections that otherwise went reasonably well for it: in Lodi it held city hall with 51.3 per cent, and in Sondrio it took the mayoralty from the centre-left.",
        "Nationally, turnout in the 62 municipalities that held run-offs was 44.9 per cent, according to the Interior Ministry, slightly below Pavia's figure.",
        "Brambati's victory also says something about continuity. Guarnieri, first elected in 2016 and re-elected in the first round in 2021 with 53.4 per cent, was barred from seeking a third consecutive term, and his former deputy ran on his record while promising to fix what he left undone: the covered market, student housing and the buses.",
        "“I will be the mayor of everyone, including those who did not vote for me,” Brambati told a crowd of several hundred in Piazza della Vittoria on Monday night. Her coalition will hold at least 60 per cent of the seats in the city council, as Italian law guarantees to the winner's lists.",
        "She is expected to be formally proclaimed later this week and to name her executive by the end of the month.",
    ],
)

_S2_D = _broadcast(
    site="Lombardy Channel 7",
    url="https://www.lombardy7.example/news/pavia/brambati-nuovo-sindaco-pavia-080626",
    headline="Pavia: Elena Brambati is the new mayor",
    desc="The centre-left candidate wins the run-off with nearly 53 percent. Celebrations in Piazza della Vittoria.",
    visible="08/06/2026 – 20:15",
    author="Lombardy Channel 7 newsroom",
    video_caption="Video: Brambati's supporters celebrate in Piazza della Vittoria (1:48)",
    related=[("Run-off results across Lombardy", "/news/lombardy/ballottaggi-2026"),
             ("Lodi: centre-right holds city hall", "/news/lodi/sindaco-2026"),
             ("Traffic: A7 motorway closures this week", "/news/traffic/a7-closures")],
    paras=[
        "Pavia has a new mayor. Elena Brambati, the centre-left candidate, won Monday's run-off with nearly 53 percent of the vote, beating the centre-right's Giorgio Ferraresi.",
        "When the last of the city's 76 polling sections had been counted, shortly before 6.30pm, Brambati had 13,402 votes, or 52.82 percent, and Ferraresi 11,969, or 47.18 percent. The difference: just over 1,400 votes.",
        "Fewer than half of Pavia's voters took part. Turnout over Sunday and Monday was 45.26 percent, compared with 56.8 percent in the first round at the end of May.",
        "Brambati, 47, is a paediatrician at the city's main hospital and was deputy mayor until February, when she stepped down to run. She takes over from Marcello Guarneri, who has led Pavia since 2016 and was not allowed to run for a third term in a row.",
        "In Piazza della Vittoria, hundreds of supporters celebrated with flags and car horns. “This win belongs to the neighbourhoods that felt left behind,” Brambati said from the steps. “I'll be mayor for everybody, also for those who didn't vote for me.”",
        "Guarneri, standing beside her, called it “a good day for the city”.",
        "Ferraresi, 58, a businessman and member of the Lombardy regional council, admitted defeat early in the evening. He said he had called Brambati to congratulate her. “The city has made its choice and I wish her well. We'll be a tough but fair opposition,” he said.",
        "In the first round on 24 and 25 May, Brambati had taken 44.6 percent and Ferraresi 39.9 percent. The third-placed candidate, Sara Montanari, with 9.2 percent, did not support either of them in the run-off.",
        "Turnout had been low from the start. By 11pm on Sunday only 33.4 percent of voters had cast a ballot, against 41.0 percent at the same time in the first round. “I voted because of the buses, nothing else,” said Anna, a pensioner leaving a polling station in San Pietro in Verzolo on Monday morning. “Out here we wait forty minutes.”",
        "The result still has to be formally confirmed by the central electoral office, which is expected to proclaim Brambati mayor in the coming days. She will govern for five years, with a guaranteed majority in the city council.",
        "Brambati says her first priorities are accommodation for the city's students, reopening the covered market and improving bus services to the outer districts.",
        "Run-offs were also held in other Lombardy towns this weekend. In Lodi, the centre-right held on to city hall; in Sondrio it won the mayoralty from the centre-left.",
    ],
)

STORY_2 = _story("el-NA2", "election", "2026-06-09", [
    _page("https://www.ticinovalleypost.example/live/pavia-ballottaggio-2026-results", _S2_A),
    _page("https://www.pna-news.example/en/politics/2026/06/08/pavia-runoff-brambati-wins", _S2_B),
    _page("https://www.milancourier.example/politics/2026/06/09/pavia-brambati-run-off-low-turnout", _S2_C),
    _page("https://www.lombardy7.example/news/pavia/brambati-nuovo-sindaco-pavia-080626", _S2_D),
], [
    ("winner's age", r"(?<![\d.,])47(?!\d|[.,]\d|%| ?per ?cent)|forty-seven", r"(?<![\d.,])49(?!\d|[.,]\d|%| ?per ?cent)|forty-nine"),
    ("outgoing mayor's surname", r"guarnieri", r"guarneri"),
])

# ======================================================================================
# STORY 3 - ct-NA3 - court - CONTROL
# Federal Constitutional Court (First Senate), Karlsruhe, Tuesday 21 July 2026, 10:00 CEST:
# 6-2, NRW police law on live facial recognition at nine railway stations partly
# unconstitutional; stays applicable with limits until 31 December 2027. Case 1 BvR 2281/24.
# ======================================================================================

_S3_A = _wire(
    site="Rhein News Service",
    url="https://www.rns-wire.example/en/germany/2026-07-21/karlsruhe-facial-recognition-stations-ruling",
    headline="German top court curbs live facial recognition at North Rhine-Westphalia stations",
    desc="The Federal Constitutional Court ruled 6-2 that parts of the NRW police law on live facial recognition violate the Basic Law.",
    dateline="KARLSRUHE, Germany, July 21 (RNS) -",
    published="2026-07-21T10:26:00+02:00",
    modified="2026-07-21T12:40:00+02:00",
    visible="21 July 2026 10:26 CEST, updated 12:40 CEST",
    updated_note="UPDATE 2: adds reaction from state interior minister, complainants",
    credits="Reporting by Johanna Kiefer; additional reporting by Stefan Baumgart in Duesseldorf; editing by Helen Marsh",
    topics=["Germany", "Courts", "Privacy", "Policing"],
    related=[("EXPLAINER: How live facial recognition works at German stations", "/en/germany/2026-07-20/explainer-facial-recognition"),
             ("Hesse puts own camera plan on hold pending Karlsruhe ruling", "/en/germany/2026-06-30/hesse-camera-plan"),
             ("Deutsche Bahn passenger numbers rise 4% in first half", "/en/business/2026-07-17/db-passengers")],
    paras=[
        "Germany's Federal Constitutional Court ruled on Tuesday that a North Rhine-Westphalia law allowing police to scan the faces of travellers at railway stations in real time is partly unconstitutional, but allowed the cameras to keep running under strict limits until the state rewrites the rules.",
        "The First Senate decided by six votes to two that the provision in the state's police act, passed by the regional parliament in Duesseldorf in May 2024, violates the fundamental right to informational self-determination because it applies to too wide a range of offences and lacks independent oversight.",
        "The state has until Dec. 31, 2027, to pass new rules. Until then, police may use the system only to look for people wanted on warrants for serious crimes or to avert an imminent danger to someone's life, and must delete the images of everyone who does not trigger a match immediately, the court said.",
        "\"The state may not treat every traveller as a suspect in order to find a handful of wanted persons,\" the court's president, Konrad Albers, said as he read out the key points of the 94-page judgment at 10 a.m. (0800 GMT).",
        "Cameras linked to the system have been operating since February 2025 at nine stations in Germany's most populous state, including the main stations in Cologne, Duesseldorf and Dortmund. According to state interior ministry figures, they produced 214 alerts up to the end of May this year, 61 of which turned out to be false matches. Police made 31 arrests as a result.",
        "The complaint was brought by four people, among them a journalist and a lawyer who commute by train, with the backing of the Berlin-based civil liberties group Gesellschaft fuer Digitale Grundrechte (GDG).",
        "Two of the eight judges, Tobias Reinhardt and Ingrid Faulhaber, wrote a joint dissenting opinion. They would have declared the provision void with immediate effect, arguing that the interference with the rights of millions of passengers could not be justified even temporarily.",
        "North Rhine-Westphalia's interior minister, Frank Dellbrück, said the state would comply. \"We will study the judgment carefully and amend the law. The cameras will keep running within the limits set by Karlsruhe,\" he told reporters in Duesseldorf.",
        "\"This is a good day for everyone who takes the train, but it is only half a victory, because the cameras are still switched on,\" said GDG lawyer Leonie Haberland, who represented the complainants at the oral hearing in March.",
        "The ruling is likely to shape similar plans elsewhere. Hesse had said it would wait for the decision before introducing its own system. In February 2023 the same court set limits on the automated analysis of police data in Hesse and Hamburg.",
    ],
)

_S3_B = _paper(
    site="The Berlin Observer",
    url="https://www.berlinobserver.example/politics/2026/07/21/karlsruhe-face-scans-half-victory",
    headline="Karlsruhe lets the station cameras run, but on a short leash",
    standfirst="Germany's constitutional court found North Rhine-Westphalia's face-scanning law partly unconstitutional. Both sides are claiming a win.",
    kicker="Constitutional court",
    author="Clara Weisshaupt",
    section="Politics",
    published="2026-07-21T17:05:00+02:00",
    visible="21.07.2026 – 17:05",
    jsonld=True,
    figure=_figure("https://www.berlinobserver.example/img/2026/07/21/bverfg-first-senate.jpg",
                   "The judges of the First Senate, led by court president Konrad Albers (centre), deliver the judgment in Karlsruhe on Tuesday.",
                   "Photo: Observer/Marius Engel"),
    related=[("Interview: 'Biometric surveillance changes how people move in public'", "/politics/2026/07/19/interview-biometrics"),
             ("The AI Act's ban on remote biometrics, explained", "/europe/2026/02/02/ai-act-biometrics"),
             ("Bundestag breaks for the summer with budget unresolved", "/politics/2026/07/10/bundestag-summer")],
    most_read=[("Berlin's new rent cap: what tenants need to know", "/berlin/2026/07/20/rent-cap"),
               ("Baltic ferry strike: routes cancelled", "/travel/2026/07/21/ferry-strike")],
    newsletter=("Observer Briefing", "Germany explained, every weekday morning."),
    paras=[
        "For the four people who took North Rhine-Westphalia to court over its face-scanning cameras, Tuesday's judgment from Karlsruhe was a victory that will not change much at the stations they pass through every day, at least not yet.",
        "The First Senate of the Federal Constitutional Court found, by a majority of six to two, that the provision of the state police act allowing live facial recognition at railway stations is in part incompatible with the Basic Law. But instead of striking it down, the judges left it in force under tight conditions until the end of 2027, giving the state government in Düsseldorf roughly 17 months to write something better.",
        "“The state may not turn every passenger into a suspect in order to find a few wanted people,” Konrad Albers, the court's president, who presides over the First Senate, said as he read out the judgment shortly after 10am.",
        "The senate's objections are specific. The list of offences for which the cameras may be used, which the law's critics say stretches down to repeated shoplifting, was far too broad. Nobody independent of the police checks how the system is used. And the rules on how long data may be kept were too vague, the judges found. The rapporteur in the case was Judge Miriam Ostendorf.",
        "Until a new law is in place, the cameras at the nine stations where the system operates may only be used to search for people who are wanted on a warrant for a serious crime, or to prevent an imminent threat to someone's life. Images of passers-by who produce no match must be deleted at once.",
        "The two dissenting judges, Tobias Reinhardt and Ingrid Faulhaber, would have gone further. In their joint opinion they argue that the provision should have been declared void immediately, because every day it remains in force it touches the rights of millions of travellers.",
        "In Düsseldorf, the interior minister, Frank Dellbrück, chose to stress what the cameras are still allowed to do. The system would continue to run within the limits Karlsruhe had drawn, he said, and the law would be amended after the ministry had studied the judgment.",
        "The state's own figures show why the government is attached to it. From February 2025, when the first cameras went live at the main stations in Cologne, Düsseldorf and Dortmund, to the end of May 2026, the system raised 214 alerts. Sixty-one of them were false matches. Police made 31 arrests as a result.",
        "Leonie Haberland, the lawyer for the civil liberties group GDG, which backed the complaint, called it “half a victory”. “It is a good day for everyone who takes the train,” she said outside the court. “But the cameras are still switched on.”",
        "The judgment, which runs to 94 pages, comes four and a half months after an oral hearing in March at which the judges questioned police officials closely about false matches. It will be read carefully in Wiesbaden, where Hesse's government had put its own plans for station cameras on hold, and in Berlin, where the federal interior ministry has been considering a similar system for the federal police.",
        "It also sits alongside European rules. The EU's AI Act has prohibited most real-time biometric identification in publicly accessible places since February 2025, with exceptions for the search for suspects of serious crimes and for preventing imminent threats. The Karlsruhe ruling sets German constitutional limits on top of that.",
    ],
)

_S3_C = _broadcast(
    site="RRTV Rhein-Ruhr Television",
    url="https://www.rrtv.example/news/nrw/face-recognition-stations-karlsruhe-ruling-210726",
    headline="Station cameras: Karlsruhe sets limits, NRW may keep scanning for now",
    desc="The Federal Constitutional Court has declared parts of NRW's police law unconstitutional. What changes for travellers in Cologne, Düsseldorf and Dortmund.",
    visible="Tuesday, 21 July 2026, 19:40",
    author="By Ayşe Demirtaş",
    video_caption="Video: Travellers at Cologne main station react to the ruling (2:31)",
    related=[("What the cameras at Cologne main station can and cannot do", "/news/nrw/cologne-station-cameras-faq"),
             ("Interior minister Dellbrück under pressure over police data", "/news/nrw/dellbrueck-police-data"),
             ("Weather: storms expected across the Ruhr on Wednesday", "/weather/ruhr-storms")],
    paras=[
        "The cameras at Cologne, Düsseldorf and Dortmund main stations can keep running, but only with tight restrictions. That is the result of a ruling by the Federal Constitutional Court in Karlsruhe on Tuesday.",
        "The judges decided that parts of North Rhine-Westphalia's police law are unconstitutional. The law allows police to compare the faces of travellers with a database of wanted persons in real time. Six of the eight judges of the First Senate backed the ruling; two would have gone even further and scrapped the rule immediately.",
        "The state now has until 31 December 2027 to rewrite the law. Until then, police may only use the cameras to look for people wanted for serious crimes or when someone's life is in immediate danger. Pictures of everyone else must be deleted straight away.",
        "“The state may not treat every traveller as a suspect just to find a few wanted persons,” court president Konrad Albers said when the ruling was read out on Tuesday morning.",
        "Interior Minister Frank Dellbrück said the state would respect the decision. “We will examine the ruling closely and adapt the law. Until then, the system will continue to operate within the limits the court has drawn,” he said in Düsseldorf.",
        "The system has been in use at nine stations in the state since February 2025. According to the interior ministry, it set off 214 alerts by the end of May. In 61 cases the software had identified the wrong person. Police arrested 31 people.",
        "At Cologne main station on Tuesday afternoon, opinions were divided. “If it helps catch criminals, I don't mind being filmed,” said a commuter from Bergisch Gladbach. A student travelling to Bonn disagreed: “I don't want a computer checking my face every morning.”",
        "Four people had taken the case to Karlsruhe, supported by the civil rights organisation GDG. Their lawyer, Leonie Haberland, spoke of “half a victory”. “This is a good day for everyone who travels by train,” she said, “but the cameras are still on.”",
        "Besides the three main stations in Cologne, Düsseldorf and Dortmund, the cameras are installed at six smaller stations in the state. The interior ministry has not published where exactly, citing operational reasons.",
        "Other states are watching closely. Hesse had put its own plans for cameras at stations on hold until the ruling.",
        "The complainants had filed their case in 2024. The court heard arguments in March this year, and its written judgment runs to 94 pages.",
    ],
)

_S3_D = _newsletter_page(
    site="Karlsruhe Docket",
    url="https://karlsruhedocket.example/issues/2026-07-22-1-bvr-2281-24-station-cameras",
    issue_title="Karlsruhe Docket No. 212",
    visible="22 July 2026",
    desc="1 BvR 2281/24: the First Senate on live facial recognition at NRW railway stations.",
    intro="A one-case issue this week. Yesterday's First Senate judgment on live facial recognition is the most important privacy ruling from Karlsruhe since the 2023 data-analysis case, and it deserves a close read.",
    lead_title="1 BvR 2281/24 – live facial recognition at railway stations",
    editor="Dr. Henrike Lamprecht",
    published="2026-07-22T08:00:00+02:00",
    jsonld=True,
    sponsor="Seminar: Police law after Karlsruhe, Cologne, 24 September 2026. Early-bird registration open.",
    briefs=[("Pending", "The Second Senate has scheduled its judgment on the party-financing complaint for 29 September."),
            ("Personnel", "The Bundesrat is expected to elect a successor to a retiring First Senate judge in the autumn."),
            ("Reading", "Our annotated list of the 2026 chamber decisions on assembly law is now online for subscribers.")],
    paras=[
        "On Tuesday the First Senate decided, 6:2, that the North Rhine-Westphalia provision authorising live automated facial recognition at railway stations is partly incompatible with Article 2(1) in conjunction with Article 1(1) of the Basic Law. The provision, inserted into the state police act in May 2024, was not declared void: it remains applicable, subject to interim conditions set by the senate, until a new rule is adopted and in any case no later than 31 December 2027.",
        "The senate's reasoning follows the structure familiar from the 2023 automated data analysis case. The intensity of the interference is high, because the measure captures everyone who passes the camera without any cause attributable to them. Such a measure can only be justified to protect legal interests of particular weight, and only under precise statutory thresholds. The NRW catalogue of offences failed that test; so did the absence of independent oversight and the open-ended rules on retention.",
        "The interim order is narrow. Until the legislature acts, the system may be used only to search for persons wanted on a warrant for a serious criminal offence or to avert an imminent danger to life, and the biometric data of persons who produce no match must be deleted immediately.",
        "President Albers, presiding, summarised the judgment in one sentence that will be quoted for years: the state may not make every traveller a suspect in order to find a handful of wanted persons. The rapporteur was Judge Ostendorf.",
        "Judges Reinhardt and Faulhaber dissented jointly. They accept the majority's analysis but reject the remedy, arguing that a provision which affects millions of passengers should not be allowed to continue even for a transitional period. Their opinion is worth reading for its short history of the senate's practice of declaring laws incompatible rather than void.",
        "On the facts, the judgment relies on the interior ministry's own figures for the period from February 2025 to the end of May 2026: nine stations, 214 alerts, 61 false matches, 31 arrests. The oral hearing on 4 March had spent a long time on those false matches, and it shows in the reasoning.",
        "Politically, both sides have found something to like. Interior Minister Dellbrück said the cameras would keep running within the court's limits while the ministry amends the law. The complainants' counsel, Leonie Haberland of the GDG, called the result half a victory.",
        "What next? Düsseldorf must define a closed list of serious offences, create an oversight body independent of the police and set fixed retention periods. Hesse, which paused its own plans, will presumably draft along the same lines. The deadline of 31 December 2027 is generous; we would be surprised if a bill appeared before spring.",
    ],
)

STORY_3 = _story("ct-NA3", "court", "2026-07-22", [
    _page("https://www.rns-wire.example/en/germany/2026-07-21/karlsruhe-facial-recognition-stations-ruling", _S3_A),
    _page("https://www.berlinobserver.example/politics/2026/07/21/karlsruhe-face-scans-half-victory", _S3_B),
    _page("https://www.rrtv.example/news/nrw/face-recognition-stations-karlsruhe-ruling-210726", _S3_C),
    _page("https://karlsruhedocket.example/issues/2026-07-22-1-bvr-2281-24-station-cameras", _S3_D),
], [])   # a control: no planted disagreement

# ======================================================================================
# STORY 4 - tr-NA4 - trade - PLANTED
# Destatis, Tuesday 9 June 2026, 08:00 CEST: April exports EUR 124.6bn (-2.1% m/m, -3.4% y/y),
# imports EUR 110.4bn (-0.6%), surplus EUR 14.2bn (March 16.2bn); exports to US 11.3bn
# (-7.9% m/m, -14.6% y/y). Economy Minister Jens Oberlaender.
# Planted: TradeLine gives the April surplus as EUR 15.2bn; GermanyNow calls Oberlaender
# "Finance Minister".
# ======================================================================================

_S4_A = _wire(
    site="Continental Economic Wire",
    url="https://www.cew.example/markets/2026/06/09/german-exports-fall-april-us-tariffs",
    headline="German exports fall 2.1% in April as U.S. shipments slide again",
    desc="German exports dropped more than expected in April, with sales to the United States down 7.9% on the month.",
    dateline="WIESBADEN, Germany, June 9 (CEW) -",
    published="2026-06-09T08:12:00+02:00",
    modified="2026-06-09T10:48:00+02:00",
    visible="June 9, 2026, 8:12 AM CEST (Updated 10:48 AM CEST)",
    updated_note="Adds economist and ministry comment",
    credits="Reporting by Lars Wendtland; writing by Ana Beltrão; editing by Kieran Doyle",
    topics=["Germany", "Trade", "Economy", "Tariffs"],
    related=[("German industrial output rises 0.4% in April", "/markets/2026/06/08/german-industrial-output-april"),
             ("French trade deficit widens in April", "/markets/2026/06/09/france-trade-april"),
             ("Euro zone investor morale improves slightly in June", "/markets/2026/06/08/sentix-june")],
    paras=[
        "German exports fell more than expected in April, dropping 2.1% from the previous month as shipments to the United States slumped again under the weight of U.S. tariffs, official data showed on Tuesday.",
        "Exports were worth 124.6 billion euros ($142 billion) in calendar and seasonally adjusted terms, the Federal Statistical Office said. Economists polled by CEW had expected a decline of 0.8%.",
        "Imports fell 0.6% to 110.4 billion euros, leaving a trade surplus of 14.2 billion euros, down from 16.2 billion euros in March. The office revised March exports down to 127.3 billion euros from the 127.8 billion euros it had first reported.",
        "Compared with April 2025, exports were 3.4% lower, while imports were 1.2% higher.",
        "Exports to the United States, Germany's largest single export market, fell 7.9% on the month to 11.3 billion euros and were 14.6% lower than a year earlier. Exports to China dropped 1.2% to 6.4 billion euros, while those to other European Union countries fell 1.5% to 68.1 billion euros. Imports from China rose 2.3% to 13.9 billion euros.",
        "\"The tariff wall is now showing up clearly in the data. I would not expect a quick rebound,\" said Katrin Vollmer, chief economist at Hanseatische Privatbank in Hamburg. She said the weakness in machinery exports was particularly worrying because the United States had long been one of the sector's most reliable markets.",
        "Most goods from the EU have faced a U.S. tariff of 15% since August 2025 under a deal between Washington and Brussels. At the start of April, the United States added a 25% levy on a range of machinery components, a category in which German firms are among the world's biggest suppliers.",
        "Economy Minister Jens Oberländer called the figures \"a warning\". \"We cannot rely on the American market the way we used to. We have to open new ones,\" he told reporters in Berlin, pointing to trade agreements the EU is negotiating with partners in Asia and South America.",
        "Exports to the United Kingdom rose 0.8% to 6.1 billion euros, the only major destination to show an increase.",
        "The data followed figures on Monday showing that German industrial production rose 0.4% in April, helped by construction and energy output. The Bundesbank said on Friday that it expected the economy to grow by 0.4% this year. The euro was little changed after the release at around $1.14.",
        "The statistics office will publish trade data for May on July 8.",
    ],
)

_S4_B = _paper(
    site="The Frankfurt Chronicle",
    url="https://www.frankfurtchronicle.example/economy/2026-06-09/exports-slide-us-demand-shrinks",
    headline="German exports slide as American demand keeps shrinking",
    standfirst="Sales abroad fell 2.1 per cent in April, far more than forecast. Shipments to the US are now almost 15 per cent below their level a year ago.",
    kicker="Trade",
    author="Maximilian Roth",
    section="Economy",
    published="2026-06-09T13:30:00+02:00",
    visible="9 June 2026, 1.30pm",
    jsonld=True,
    nav=["Home", "Economy", "Markets", "Companies", "Politics", "Opinion", "Frankfurt", "Podcasts"],
    figure=_figure("https://www.frankfurtchronicle.example/img/2026/06/09/bremerhaven-cars.jpg",
                   "New cars wait for shipment at the port of Bremerhaven.",
                   "Photo: Chronicle archive"),
    related=[("Machinery makers cut jobs as orders dry up", "/companies/2026-06-04/machinery-jobs"),
             ("Analysis: What the EU-US tariff deal really cost", "/opinion/2026-05-28/tariff-deal-cost"),
             ("Bundesbank trims growth forecast", "/economy/2026-06-05/bundesbank-forecast")],
    most_read=[("Frankfurt rents: the new ranking", "/frankfurt/2026-06-08/rents-ranking"),
               ("DAX: five stocks to watch this summer", "/markets/2026-06-07/dax-summer")],
    newsletter=("Chronicle Economy Briefing", "The numbers behind the news, every weekday at 7am."),
    paras=[
        "Germany's exporters had a bad April. Sales abroad fell by 2.1 per cent compared with March, to 124.6 billion euros, the Federal Statistical Office in Wiesbaden reported on Tuesday morning. Economists had pencilled in a drop of less than 1 per cent.",
        "The biggest hole is in the United States. Exports there fell by 7.9 per cent in a single month to 11.3 billion euros, and they were 14.6 per cent lower than in April last year. America's share of German exports has shrunk to just over 9 per cent, from about 9.6 per cent in March and just above 10 per cent a year earlier.",
        "The decline is not only an American story. Exports to the other EU countries, which take more than half of everything Germany sells abroad, slipped by 1.5 per cent to 68.1 billion euros; exports to China fell 1.2 per cent to 6.4 billion. Only the United Kingdom bought a little more, with exports there up 0.8 per cent to 6.1 billion euros.",
        "Imports fell much less, by 0.6 per cent to 110.4 billion euros, so the trade surplus shrank to 14.2 billion euros, after 16.2 billion in March. In dollar terms, April's exports were worth about 142 billion.",
        "“The tariff wall is now showing up clearly in the data,” said Katrin Vollmer, chief economist at Hanseatische Privatbank. “I would not expect a quick rebound.” Machinery, she pointed out, is being hit twice: by the general 15 per cent US tariff on European goods and by the additional 25 per cent levy on certain machinery components that Washington introduced on 1 April.",
        "Rainer Kohlhaas, president of the Federation of German Exporters, called on Brussels to reopen talks with Washington. “Our members have done everything they can: new suppliers, new prices, new markets. What they cannot do is absorb tariffs of this size for ever,” he said. The federation expects exports to shrink by 2 to 3 per cent this year as a whole.",
        "Economics Minister Jens Oberländer struck a similar note in Berlin. The figures were a warning, he said; Germany could no longer rely on the American market as it once had and had to open new ones.",
        "Some of the other news is less grim. Industrial production, reported on Monday, rose by 0.4 per cent in April, and the Bundesbank, in its forecast published last Friday, expects the economy to grow by 0.4 per cent this year. But the surveys point the wrong way: new export orders in the purchasing managers' index for manufacturing have now contracted for three months in a row.",
        "Compared with April 2025, total exports were 3.4 per cent lower. Imports, by contrast, were 1.2 per cent higher than a year before, driven partly by goods from China, which rose by 2.3 per cent on the month to 13.9 billion euros.",
        "The statistical office also revised its March figures. Exports in that month are now put at 127.3 billion euros, half a billion less than first reported.",
    ],
)

_S4_C = _newsletter_page(
    site="TradeLine Europe",
    url="https://tradeline-europe.example/daily/2026-06-10/germany-april-exports-us-machinery",
    issue_title="TradeLine Europe Daily",
    visible="Wednesday 10 June 2026",
    desc="German April trade: exports -2.1% m/m, US -7.9%; machinery hit by new US levy; port volumes.",
    intro="Good morning. Germany's April trade data dominate today's issue; below, port volumes, a Dutch export-control update and the week ahead.",
    lead_title="Germany: April exports down 2.1% m/m as US flows weaken",
    editor="Sophie Vandenbroucke",
    published="2026-06-10T06:00:00+02:00",
    sponsor="Customs brokerage across 14 EU ports. One contract, one dashboard.",
    briefs=[("Ports", "Hamburg reported container throughput of 0.66 million TEU in April, 1.8% below a year earlier; Rotterdam was flat."),
            ("Export controls", "The Netherlands published its updated list of dual-use items requiring a national licence, effective 1 July."),
            ("Week ahead", "French and Italian April trade data on Thursday; euro-zone trade balance on 16 June.")],
    paras=[
        "Destatis reported on Tuesday that German exports fell 2.1% m/m in April to €124.6bn (calendar and seasonally adjusted), against a consensus forecast of -0.8%. Imports were down 0.6% on the month. The trade surplus narrowed to €15.2bn from €16.2bn in March, the latter after revision.",
        "Year on year, exports were down 3.4%, imports up 1.2%.",
        "By destination, the US remains the weak spot. Exports to the US fell 7.9% m/m to €11.3bn and 14.6% y/y. Exports to China were down 1.2% at €6.4bn and to the rest of the EU down 1.5% at €68.1bn; the UK was the exception at +0.8% (€6.1bn), helped by pharmaceuticals.",
        "In dollar terms, April exports came to roughly $142bn. The US share of German exports slipped to about 9.1%, from 9.6% in March and a little over 10% in April 2025, a fall that would have been hard to imagine two years ago, when Washington was comfortably Germany's biggest customer and still growing.",
        "For our readers in logistics, the composition matters more than the headline. Contacts at two forwarders in Hamburg and Bremen report that machinery and machinery parts bound for the US were the main drag on April volumes, consistent with the 25% US levy on selected machinery components that took effect on 1 April. That levy comes on top of the 15% tariff that has applied to most EU goods since August 2025.",
        "Car shipments, which had been front-loaded in the first quarter, also eased. One Bremerhaven terminal operator told us that US-bound vehicle volumes in April were their lowest for the month since 2020.",
        "Freight markets have noticed. Spot quotes for a 40-foot container from Hamburg to the US East Coast were about 8% lower at the end of May than at the start of April, according to two brokers we regularly survey, and several carriers have trimmed capacity on the lane for the summer.",
        "On the import side, goods from China rose 2.3% m/m to €13.9bn. Traders we spoke to link this partly to diverted flows: Chinese products that now face high US tariffs are being offered more aggressively in Europe.",
        "Katrin Vollmer of Hanseatische Privatbank told clients the tariff wall is \"now showing up clearly in the data\" and does not expect a quick rebound. Economy Minister Jens Oberländer said the figures were a warning and that Germany must open new markets.",
        "What to watch: May data are due on 8 July. Weekly ship-tracking data for May suggest a smaller US decline than in April, but it is too early to call a turn.",
    ],
)

_S4_D = _broadcast(
    site="GermanyNow",
    url="https://www.germanynow.example/en/business/exports-drop-tariffs-machinery-makers-worried/a-7731902",
    headline="Exports drop again – machinery makers fear for US business",
    desc="German exports fell by 2.1 percent in April. Business with the US is suffering most, and small machinery makers are worried.",
    visible="09.06.2026 | 18:20",
    author="Jana Hollweg (with agencies)",
    video_caption="Video: At a machinery maker in Reutlingen, US orders are drying up (3:05)",
    related=[("US tariffs: what the deal with the EU covers", "/en/business/us-eu-tariff-deal-explained/a-7650118"),
             ("Germany's economy: stagnation or recovery?", "/en/business/germany-economy-2026/a-7720044"),
             ("Port of Hamburg struggles for volumes", "/en/business/port-hamburg-volumes/a-7701590")],
    paras=[
        "German exports fell sharply in April. Companies sold goods worth almost 125 billion euros abroad, 2.1 percent less than in March, the Federal Statistical Office announced on Tuesday. Business with the United States suffered most: exports there fell by almost 8 percent within one month.",
        "Compared to April last year, nearly 15 percent fewer goods went to the US, measured by value. The US is still Germany's most important single customer, but its lead over France and China has narrowed.",
        "Finance Minister Jens Oberländer called the figures “a warning”. Germany could no longer rely on the American market as it had in the past, he said in Berlin on Tuesday. “We have to open up new markets.”",
        "At Bauer Präzisionstechnik in Reutlingen, a family company with 240 employees that makes gear components, the consequences are already visible. “Since January, our orders from the US have fallen by around a third,” said managing director Sabine Kurz. “Our American customers tell us they like our parts, but the tariffs make them too expensive.”",
        "Since the beginning of April, the US has charged an extra tariff of 25 percent on many machinery components. That comes on top of the 15 percent tariff that has applied to most European goods since last August.",
        "Economists had expected exports to fall, but not by this much: the average forecast was a decline of 0.8 percent. “The tariff wall is now clearly visible in the data,” said Katrin Vollmer, chief economist at Hanseatische Privatbank.",
        "Other markets were weak too. Exports to China fell by 1.2 percent, and exports to the other EU countries, by far the most important market for German companies, were down 1.5 percent. Only the UK bought slightly more.",
        "Imports also fell, but only slightly, by 0.6 percent. The trade surplus, the difference between exports and imports, shrank to 14.2 billion euros. In March it had been 16.2 billion euros.",
        "The Federation of German Exporters is calling for new negotiations between the EU and the US. Its president, Rainer Kohlhaas, warned that companies could not absorb tariffs of this size for ever.",
        "There was a little good news on Monday: industrial production rose by 0.4 percent in April. But economists warn that the export slump could weigh on factories in the coming months.",
        "Sabine Kurz in Reutlingen is not giving up. Her company is now looking for customers in India and Mexico. “It takes years to build up a market,” she said. “We started too late.”",
    ],
)

STORY_4 = _story("tr-NA4", "trade", "2026-06-10", [
    _page("https://www.cew.example/markets/2026/06/09/german-exports-fall-april-us-tariffs", _S4_A),
    _page("https://www.frankfurtchronicle.example/economy/2026-06-09/exports-slide-us-demand-shrinks", _S4_B),
    _page("https://tradeline-europe.example/daily/2026-06-10/germany-april-exports-us-machinery", _S4_C),
    _page("https://www.germanynow.example/en/business/exports-drop-tariffs-machinery-makers-worried/a-7731902", _S4_D),
], [
    ("April trade surplus", r"14[.,]2", r"15[.,]2"),
    ("Oberlaender's post", r"econom", r"financ"),
])

# ======================================================================================
# STORY 5 - rk-NA5 - rocket - CONTROL
# Orbitwerk (Ottobrunn, Bavaria) Habicht rocket, Flight 2, Andoeya Spaceport, Norway,
# Wednesday 15 July 2026: window 11:30-14:30 CEST, hold at T-4 (11:26), liftoff 12:52 CEST
# (10:52 UTC); five satellites (84 kg) deployed 13:47-13:51 CEST into ~530 km SSO.
# Flight 1 failed after 38 s on 22 October 2025.
# ======================================================================================

_S5_A = _liveblog(
    site="Orbital Times",
    url="https://www.orbitaltimes.example/live/orbitwerk-habicht-flight-2-launch",
    headline="Orbitwerk Habicht Flight 2 live: German rocket reaches orbit from Andøya",
    desc="Live updates from the second launch of Orbitwerk's Habicht rocket from Andøya Spaceport in Norway.",
    published="2026-07-15T10:45:00+02:00",
    modified="2026-07-15T17:06:00+02:00",
    visible="Updated 15 July 2026 17:06 CEST · All times CEST",
    nav=["News", "Launches", "Industry", "Science", "Defence", "Live"],
    summary=[
        "Habicht lifted off at 12:52 CEST after a hold at T-4 minutes",
        "Second stage reached orbit; all five satellites deployed by 13:51",
        "Operators of three of the five satellites have confirmed contact (as of 17:00)",
        "First flight in October 2025 ended after 38 seconds",
    ],
    related=[("Habicht Flight 1: what went wrong in 38 seconds", "/news/habicht-flight-1-failure-report"),
             ("Andøya Spaceport: Europe's Arctic launch site explained", "/news/andoya-explained"),
             ("Europe's small launchers: who flies next", "/news/european-small-launchers-2026")],
    entries=[
        ("17:05", [
            "Satellite update: Polderview says its Polder-1 Earth-observation demonstrator is talking to its ground station in the Netherlands, and Alpsat Systems has confirmed signals from AlpSense-1. Orbitwerk's own HB-Demo test payload checked in earlier. That makes three of five.",
            "The two student cubesats from the Lisbon university consortium, Atlântida-1 and Atlântida-2, have not been heard from yet. The team says that is normal: their first good pass over the Portuguese ground station is not until tonight.",
        ]),
        ("14:20", [
            "Orbitwerk chief executive Katharina Voss at the post-launch briefing in Andenes: \"Today we became an orbital company. Nine months ago we watched our first rocket fall into the sea. Today we put five satellites exactly where we promised.\"",
            "CTO Benedikt Amrhein on the hold: \"It cost us some nerves, but it showed the system works. The rocket told us something was off, and we listened.\"",
        ]),
        ("13:53", [
            "All five satellites have separated. Deployment took four minutes, from T+55 to T+59. Orbitwerk says the orbit is close to the planned 530 km sun-synchronous orbit at an inclination of 97.5 degrees. Full orbital data to follow.",
        ]),
        ("13:47", [
            "After a coast and a short second burn of the upper-stage engine to circularise the orbit, payload deployment is under way.",
        ]),
        ("13:01", [
            "SECO! The second-stage engine shut down at T+8:40 as planned. Habicht is in orbit. That is the first time a rocket from Orbitwerk has got there. Applause in the control room in Andenes.",
        ]),
        ("12:55", [
            "Stage separation confirmed at T+2:44. The single upper-stage engine has ignited. The first stage with its nine Adler engines did its job.",
        ]),
        ("12:52", [
            "LIFTOFF! Habicht leaves the pad at Andøya under clear skies, 82 minutes into the launch window.",
        ]),
        ("12:37", [
            "The countdown has resumed at T-15 minutes. New target time for liftoff: 12:52.",
        ]),
        ("11:26", [
            "HOLD HOLD HOLD. The countdown has been stopped at T-4 minutes. Orbitwerk says an unexpected reading from a pressure sensor on the second stage is being checked. The window runs until 14:30, so there is plenty of time.",
        ]),
        ("11:10", [
            "Fuelling with propane and liquid oxygen is complete. Weather is green: light winds and only a few high clouds over the island.",
        ]),
        ("10:45", [
            "Good morning from Andøya. Today Bavarian start-up Orbitwerk will try again. Its 27-metre Habicht rocket is set to carry five small satellites with a total mass of 84 kg to orbit. The three-hour launch window opens at 11:30 CEST.",
            "The first Habicht flight, on 22 October 2025, ended 38 seconds after liftoff when the rocket lost attitude control; the flight was terminated and the vehicle came down in the sea close to the spaceport. Orbitwerk later traced the failure to a software fault in the first-stage steering system.",
        ]),
    ],
)

_S5_B = _wire(
    site="Nordic Press Service",
    url="https://www.nps-wire.example/en/science/2026/07/15/german-startup-orbitwerk-reaches-orbit-andoya",
    headline="German start-up Orbitwerk reaches orbit on second try from Norway",
    desc="Orbitwerk's Habicht rocket lifted off from Andoya Spaceport at 1052 GMT and deployed five small satellites.",
    dateline="ANDENES, Norway, July 15 (NPS) -",
    published="2026-07-15T14:05:00+02:00",
    visible="15 July 2026 · 14:05 CEST",
    credits="Reporting by Siri Hovland; additional reporting by Tobias Lenz in Munich; editing by Anne Kowalczyk",
    topics=["Space", "Norway", "Germany", "Technology"],
    related=[("Andoya Spaceport plans second pad for 2028", "/en/business/2026/06/02/andoya-second-pad"),
             ("Norway's sovereign fund returns 4.1% in first half", "/en/business/2026/07/14/fund-first-half"),
             ("Arctic heatwave: Tromso records 29 degrees", "/en/news/2026/07/13/tromso-heat")],
    paras=[
        "German rocket maker Orbitwerk put a rocket into orbit for the first time on Wednesday, launching five small satellites from Andoya Spaceport in northern Norway nine months after its first attempt ended in a crash into the sea.",
        "The company's two-stage Habicht rocket lifted off at 1052 GMT, after a hold of just over an hour caused by an unexpected reading from a pressure sensor on the second stage. The sensor reading was found to be spurious and the countdown resumed.",
        "The second stage shut down its engine about eight and a half minutes after liftoff, and the satellites were released between 55 and 59 minutes into the flight into an orbit around 530 km (330 miles) above the Earth, the company said.",
        "\"Today we became an orbital company,\" chief executive Katharina Voss told reporters at the spaceport. \"Nine months ago we watched our first rocket fall into the sea.\"",
        "Chief technology officer Benedikt Amrhein said the hold had \"cost us some nerves\" but showed that the rocket's systems did what they were designed to do. Several hundred spectators, many of them from the nearby village of Nordmela, watched the launch from a viewing area along the coast road.",
        "The payloads, with a combined mass of 84 kg (185 lb), include two student-built cubesats from Portugal, an Earth-observation demonstrator for Dutch start-up Polderview, a radio-monitoring satellite for Swiss company Alpsat Systems and a test payload built by Orbitwerk itself.",
        "Orbitwerk's first flight, on Oct. 22, 2025, lasted 38 seconds before the rocket lost attitude control and was destroyed by its flight termination system. The company blamed a software error in the first stage's steering system.",
        "The 27-metre (89-foot) Habicht, powered by nine engines on its first stage and one on its second, is designed to carry up to 800 kg to low Earth orbit. It burns propane and liquid oxygen.",
        "Europe has been trying for years to build up a commercial small-launch sector able to compete with U.S. providers, and several start-ups are racing to put their first rockets into orbit. Governments in Germany, France and Spain have offered contracts to help them.",
        "Andoya Spaceport, on an island above the Arctic Circle in Nordland county, hosted its first orbital launch attempt in 2025. Its chief executive, Ingrid Solheim, called Wednesday's flight \"the day this place has been built for\".",
        "Orbitwerk, based in Ottobrunn near Munich, said it planned its third flight for the first quarter of 2027.",
    ],
)

_S5_C = _paper(
    site="Munich Morning Post",
    url="https://www.munichmorningpost.example/english/bavaria/orbitwerk-habicht-orbit-andoya-15-07-2026",
    headline="Ottobrunn's rocket makes it: Orbitwerk's Habicht reaches orbit",
    standfirst="Nine months after its first rocket crashed, the Bavarian start-up has put five satellites into space from the Norwegian island of Andøya.",
    kicker="Space",
    author="Franziska Wimmer",
    section="Bavaria",
    published=None,
    visible="15 July 2026 · 19:30",
    jsonld=False,
    nav=["Munich", "Bavaria", "Germany", "World", "Business", "Sport", "Culture", "English edition"],
    figure=_figure("https://www.munichmorningpost.example/img/2026/07/habicht-liftoff.jpg",
                   "The Habicht rocket lifts off from Andøya Spaceport on Wednesday.",
                   "Photo: Orbitwerk"),
    related=[("Inside Orbitwerk: a visit to the rocket factory in Ottobrunn", "/english/business/orbitwerk-factory-visit"),
             ("Bavaria's space strategy: 700 million euros by 2030", "/english/bavaria/space-strategy-2030"),
             ("Habicht crash: company publishes findings", "/english/bavaria/habicht-crash-findings")],
    most_read=[("Oktoberfest 2026: beer price tops 16 euros", "/english/munich/oktoberfest-beer-price"),
               ("S-Bahn trunk line: new delays", "/english/munich/s-bahn-delays")],
    newsletter=("Munich in English", "Your weekly guide to the city, every Thursday."),
    paras=[
        "At 12.52pm on Wednesday, a white rocket with a hawk painted on its side rose from a launch pad on the Norwegian island of Andøya, and about eight and a half minutes later a company from Ottobrunn, just outside Munich, could call itself an orbital launch provider.",
        "“As of today, we are an orbital company,” said Katharina Voss, who co-founded Orbitwerk in 2019 with the engineer Benedikt Amrhein. In Ottobrunn, where most of the firm's roughly 320 employees watched the launch on large screens, there were tears as well as champagne.",
        "The day did not start smoothly. Four minutes before the planned liftoff at 11.30am, when the launch window opened, the countdown was stopped because a pressure sensor on the upper stage reported an unexpected value. Engineers needed just over an hour to establish that the reading was wrong and that the rocket was fine. In the end Habicht flew almost an hour and a half later than planned.",
        "“It cost us some nerves,” Amrhein said. “But it showed that the system works. The rocket told us something was not right, and we listened.”",
        "Once airborne, the rocket did what it was supposed to do. The first stage, with its nine engines, separated after less than three minutes; the upper stage brought its cargo to orbit and, after a second short burn, released five small satellites between 1.47pm and 1.51pm. They are circling the Earth at an altitude of about 530 kilometres (330 miles) in a so-called sun-synchronous orbit, which passes over the polar regions.",
        "By early evening, three of the five had sent signals to their operators: a Dutch Earth-observation demonstrator, a Swiss radio-monitoring satellite and Orbitwerk's own test payload. The two cubesats built by students in Portugal had not yet been heard from, which the company said was expected given their ground station's schedule.",
        "The relief in Ottobrunn was all the greater because the first attempt, nine months ago, had ended in disaster. On 22 October 2025, the first Habicht went out of control after 38 seconds and had to be destroyed over the sea. A software error in the steering of the first stage was to blame.",
        "Habicht is 27 metres tall, roughly the height of a nine-storey building, and can carry up to 800 kilograms into low orbit. On Wednesday it carried a total of 84 kilograms, deliberately light for a test flight.",
        "Bavaria's economy minister, Florian Stegmüller, congratulated the company within minutes. “This is a day for Bavarian high technology,” he wrote on social media. The state has supported Orbitwerk with grants and loans.",
        "The company now wants to fly more often. The third Habicht is already being assembled in Ottobrunn and should launch in the first quarter of 2027. Voss said Orbitwerk hoped to fly four times in 2027 and had signed contracts with customers for most of those flights.",
    ],
)

_S5_D = _newsletter_page(
    site="LaunchWeek Europe",
    url="https://launchweek.example/issues/2026-07-16-habicht-orbit",
    issue_title="LaunchWeek Europe – Thursday edition",
    visible="16 July 2026",
    desc="Orbitwerk's Habicht reaches orbit on Flight 2; all five payloads in contact. Times in UTC.",
    intro="Yesterday Europe got another orbital launcher. A full debrief on Habicht Flight 2 below. All times UTC.",
    lead_title="Habicht Flight 2: orbit, five deployments, five contacts",
    editor="Marta Oliveira-Kuhn",
    published="2026-07-16T09:30:00+02:00",
    jsonld=True,
    sponsor="Rideshare slots on European launchers, 2027 manifest now open. Contact our team.",
    briefs=[("Andøya", "The spaceport says it is on track to open a second orbital pad in 2028."),
            ("Kourou", "Next Ariane 6 flight still scheduled for the second half of August."),
            ("Funding", "A Spanish propulsion start-up closed a 40 million euro Series B on Tuesday.")],
    paras=[
        "Orbitwerk's Habicht reached orbit on its second flight yesterday, lifting off from Andøya Spaceport at 10:52 UTC (12:52 local time). The launch came 82 minutes into a three-hour window that opened at 09:30 UTC, with 98 minutes to spare.",
        "The delay was caused by a hold at T-4 minutes, called at 09:26 UTC after an off-nominal pressure reading on the second stage. The reading was traced to the sensor itself rather than to the stage, and the count picked up again at T-15 at 10:37.",
        "Event timeline as given by the company: stage separation at T+2:44; second-stage engine cutoff at T+8:40, in a transfer orbit; coast, then a short circularisation burn; payload deployment from T+55 to T+59 (11:47-11:51 UTC). Orbitwerk reports a near-circular orbit of about 530 km at 97.5 degrees, within its stated tolerances. Staying in that orbit means moving at roughly 7.6 km/s, or some 27,000 km/h.",
        "Payloads (84 kg in total): Atlântida-1 and Atlântida-2, student 3U cubesats from a Lisbon university consortium; Polder-1, an Earth-observation demonstrator for Polderview of Delft; AlpSense-1, an RF-monitoring satellite for Alpsat Systems of Lausanne; and HB-Demo, Orbitwerk's own instrumented test payload.",
        "Contacts: three payloads were in touch with their operators by yesterday afternoon. The two Atlântida cubesats were heard overnight during passes over Portugal, and by 05:00 UTC this morning Orbitwerk was able to say that all five satellites had checked in.",
        "Context: Flight 1, on 22 October 2025, was terminated 38 seconds after liftoff following a loss of attitude control, which the company attributed to software in the first-stage thrust vector control. Orbitwerk has said little about what it changed beyond the software, but the first stage flew a visibly steadier trajectory this time.",
        "Capacity: the 27 m vehicle is rated for up to 800 kg to low Earth orbit, so Flight 2 used only a fraction of that. The next step is a heavier manifest; Flight 3 is targeted for Q1 2027, with four flights planned across 2027.",
        "Ground segment: Andøya's range performed cleanly and the hold was entirely on the vehicle side. Spaceport CEO Ingrid Solheim called it the day the site had been built for, and the operator says it is in talks with two more launch companies about campaigns in 2027.",
        "CEO Katharina Voss summed up the day in one line at the post-launch briefing: Orbitwerk is now an orbital company.",
    ],
)

STORY_5 = _story("rk-NA5", "rocket", "2026-07-16", [
    _page("https://www.orbitaltimes.example/live/orbitwerk-habicht-flight-2-launch", _S5_A),
    _page("https://www.nps-wire.example/en/science/2026/07/15/german-startup-orbitwerk-reaches-orbit-andoya", _S5_B),
    _page("https://www.munichmorningpost.example/english/bavaria/orbitwerk-habicht-orbit-andoya-15-07-2026", _S5_C),
    _page("https://launchweek.example/issues/2026-07-16-habicht-orbit", _S5_D),
], [])   # a control: no planted disagreement

# ======================================================================================
# STORY 6 - eq-NA6 - earthquake - PLANTED
# M5.6 (INGV; USGS 5.5) at 00:41 CET Tuesday 3 November 2026 = 23:41 GMT Monday 2 November,
# 4 km SE of Gualdo Tadino (Perugia province, Umbria), depth 8 km (USGS 10 km).
# Toll 1 (07:50) -> 3 (14:00) -> 4 (Tuesday evening, unchanged Wednesday). Strongest
# aftershock M4.2 at 05:07. Man killed in Rocca Vaiana was 78.
# Planted: the Roman Herald makes him 87; Umbria Valley News attributes Mayor Scassellati's
# "families in their cars" quote to civil-protection chief Ceccarelli.
# ======================================================================================

_S6_A = _wire(
    site="Mediterranean Wire Service",
    url="https://www.mws-news.example/world/europe/2026/11/03/italy-earthquake-umbria-gualdo-tadino",
    headline="Magnitude 5.6 quake hits central Italy's Umbria, one dead",
    desc="A magnitude 5.6 earthquake struck near Gualdo Tadino in Umbria shortly after midnight, killing one person.",
    dateline="GUALDO TADINO, Italy, Nov 3 (MWS) -",
    published="2026-11-03T02:05:00+01:00",
    modified="2026-11-03T07:50:00+01:00",
    visible="November 3, 2026 02:05 CET · Last updated 07:50 CET",
    updated_note="UPDATE 3: adds first fatality, injured, aftershocks, evacuations",
    credits="Reporting by Lorenzo Bastianelli in Gualdo Tadino and Cecilia Marchetti in Rome; editing by David Okafor",
    topics=["Italy", "Earthquakes", "Disasters"],
    related=[("Factbox: Italy's deadliest earthquakes of the past 50 years", "/world/europe/factbox-italy-earthquakes"),
             ("Greece: magnitude 4.9 tremor shakes Crete, no damage", "/world/europe/2026/11/01/crete-tremor"),
             ("Italy's parliament passes 2027 budget in first reading", "/world/europe/2026/10/30/italy-budget")],
    paras=[
        "A magnitude 5.6 earthquake struck the central Italian region of Umbria shortly after midnight on Tuesday, killing at least one person, injuring 19 and forcing more than a thousand people out of their homes, officials said.",
        "The quake hit at 00:41 local time (2341 GMT on Monday) with its epicentre about 4 km south-east of the town of Gualdo Tadino in the province of Perugia, at a depth of 8 km, according to Italy's National Institute of Geophysics and Volcanology (INGV). The U.S. Geological Survey put the magnitude at 5.5 and the depth at 10 km.",
        "The tremor was felt across central Italy, including in Perugia, about 35 km (22 miles) to the south-west, on the Adriatic coast around Ancona and in Rome, some 150 km (95 miles) to the south.",
        "A 78-year-old man died when the roof of his farmhouse collapsed in the hamlet of Rocca Vaiana, on the slopes east of Gualdo Tadino, the Civil Protection Department said. Firefighters recovered his body shortly before 6 a.m.",
        "Of the 19 people injured, most suffered cuts and fractures while fleeing their homes, the department said. Rescuers were still checking collapsed buildings in several hamlets in the area at daybreak.",
        "Residents described a long, rolling shock followed by the sound of falling tiles. \"The wardrobe walked across the room,\" said Giovanna Sabatini, 52, who spent the rest of the night with her two children in her car in a supermarket car park on the edge of Gualdo Tadino. \"Nobody on our street went back inside.\"",
        "Civil Protection Department head Fabrizio Ceccarelli said about 1,200 people had spent the night outside or in their cars, and that tents and camp beds were being sent from depots in Umbria and neighbouring Marche.",
        "INGV recorded more than 120 aftershocks by 8 a.m., the strongest of them a magnitude 4.2 tremor at 05:07 (0407 GMT), which caused further damage to buildings already weakened by the main shock.",
        "Rail traffic on the line between Foligno and Fabriano was suspended for checks, and the Flaminia state road was closed near Gualdo Tadino because of rockfalls.",
        "The area lies close to the epicentres of the 1997 earthquakes that struck Umbria and Marche, killing 11 people and badly damaging the Basilica of St Francis in Assisi.",
        "Umbria's regional president, Lucia Brunori, said she was on her way to the area and that the region had opened an emergency operations room in Foligno. Schools in Gualdo Tadino and neighbouring towns will remain closed on Tuesday, regional authorities said.",
    ],
)

_S6_B = _broadcast(
    site="Tevere News 24",
    url="https://www.teverenews24.example/en/italy/umbria-earthquake-gualdo-tadino-three-dead-031126",
    headline="Umbria earthquake: death toll rises to three, 42 injured",
    desc="Rescuers have found two more victims after the magnitude 5.6 earthquake near Gualdo Tadino. Hundreds spent the night in their cars.",
    visible="03/11/2026 – 14:30",
    author="Tevere News 24 with agencies",
    video_caption="Video: Damage in the old town of Gualdo Tadino after the night's earthquake (2:47)",
    nav=["News", "Italy", "World", "Business", "Sport", "Weather", "Live TV"],
    related=[("Where to donate and how to help", "/en/italy/umbria-earthquake-how-to-help"),
             ("Why central Italy shakes so often", "/en/science/apennines-earthquakes-explained"),
             ("Live map of the aftershocks", "/en/italy/umbria-aftershocks-map")],
    paras=[
        "The number of people killed by last night's earthquake in Umbria has risen to three. Two more deaths were confirmed during the morning, the Civil Protection Department said in an update shortly after 2pm. Forty-two people have been injured.",
        "The magnitude 5.6 quake struck at 00:41, waking people across central Italy. Its epicentre was a few kilometres south-east of Gualdo Tadino, a town of about 15,000 people in the province of Perugia, some 35 kilometres north-east of the regional capital.",
        "The first victim, a 78-year-old man, was found dead early in the morning under the collapsed roof of his farmhouse in the hamlet of Rocca Vaiana. A 64-year-old woman died in the historic centre of Gualdo Tadino after being hit by falling masonry as she ran out of her building; her death was confirmed later in the morning. In Pieve di Morano, firefighters pulled the body of a man in his seventies from the rubble of his house at around 11am.",
        "Rescue teams also pulled a woman alive from the same building in Pieve di Morano. She was flown by helicopter to hospital in Perugia.",
        "Gualdo Tadino's mayor, Marta Scassellati, spoke to reporters in front of the town hall in the morning. “Last night some families slept in their cars,” she said. “By tonight every one of them will have a bed under a roof.” The town has opened its sports hall and two school gyms as shelters.",
        "More than 200 aftershocks have been recorded since the main shock, according to the National Institute of Geophysics and Volcanology. The strongest, of magnitude 4.2, came at 05:07 and brought down part of a wall of the Rocca Flea, the medieval fortress above the town.",
        "Fabrizio Ceccarelli, head of the Civil Protection Department, said the damage showed the value of earthquake-proofing. “The buildings that were retrofitted after 1997 held up. The ones that fell are almost all old stone houses that nobody had touched,” he said.",
        "Umbria's regional president, Lucia Brunori, cancelled her engagements in Perugia and travelled to Gualdo Tadino. “Umbria knows how to get back on its feet,” she said. “We did it in 1997 and we will do it again.”",
        "Trains between Foligno and Fabriano have been running again since midday after the tracks were checked. The Flaminia road near Gualdo Tadino remains closed.",
        "By late morning the civil protection authorities estimated that around 2,000 people would need somewhere to sleep tonight, and volunteers from Tuscany and Lazio were on their way with tents and field kitchens.",
        "Experts warn that aftershocks could continue for weeks. People should not return to damaged buildings until they have been inspected, the civil protection authorities said.",
    ],
)

_S6_C = _paper(
    site="The Roman Herald",
    url="https://www.romanherald.example/italy/2026/11/03/umbria-earthquake-gualdo-tadino-four-dead",
    headline="Four dead as earthquake brings old fears back to Umbria",
    standfirst="The magnitude 5.6 quake near Gualdo Tadino has left 2,800 people without a home for the night, close to where the 1997 quakes struck.",
    kicker="Earthquake in Umbria",
    author="Alessandra Pieroni and Tom Whitcombe",
    section="Italy",
    published="2026-11-03T21:50:00+01:00",
    visible="Tuesday 3 November 2026, 21:50",
    jsonld=True,
    figure=_figure("https://www.romanherald.example/img/2026/11/03/gualdo-tents.jpg",
                   "Civil protection volunteers put up tents in a sports field in Gualdo Tadino on Tuesday afternoon.",
                   "Photograph: Matteo Brizi for The Roman Herald"),
    related=[("Live: aftershocks continue in Umbria", "/italy/2026/11/03/umbria-earthquake-live"),
             ("The 1997 quake: how Assisi rebuilt its basilica", "/culture/2017/09/26/assisi-basilica-rebuilt"),
             ("Rome: Tiber flood warning lifted", "/rome/2026/11/02/tiber-flood-warning")],
    most_read=[("Italy's budget: what changes for pensions", "/economy/2026/11/02/budget-pensions"),
               ("Serie A: weekend round-up", "/sport/2026/11/02/serie-a-roundup")],
    newsletter=("Italy Today", "The essential news from Italy, in English, every evening."),
    paras=[
        "By nightfall on Tuesday the death toll from the earthquake that struck Umbria shortly after midnight had risen to four, and the civil protection authorities were preparing beds for 2,800 people who could not go home.",
        "The fourth victim, a woman pulled from the rubble of her house in Pieve di Morano in the late morning, died in the afternoon at the Santa Maria della Misericordia hospital in Perugia. The other three died in the first hours: an 87-year-old man whose farmhouse roof fell on him in the hamlet of Rocca Vaiana, a 64-year-old woman struck by falling stones as she fled her home in the old town of Gualdo Tadino, and a man in his seventies found under the ruins of his house in Pieve di Morano.",
        "Fifty-seven people were injured, eight of them seriously, according to the Civil Protection Department's evening update.",
        "The quake, of magnitude 5.6 according to the National Institute of Geophysics and Volcanology, hit at 12.41am with its epicentre about 4km south-east of Gualdo Tadino and at a shallow depth of 8km. People in Perugia, Assisi and as far away as Rome felt it. More than 300 aftershocks followed during the day, the strongest a magnitude 4.2 tremor just after 5am.",
        "For many in this corner of Umbria, the shaking brought back memories of September 1997, when two strong quakes a few hours apart devastated villages on both sides of the Umbria-Marche border and brought down part of the vault of the Basilica of St Francis in Assisi. Gualdo Tadino was among the towns hit then, too.",
        "“I was 20 in 1997. Tonight I am sleeping in a tent again, with my own children,” said Luca Pasquarelli, a bus driver, as he queued for blankets at a camp set up on the town's sports field.",
        "The mayor, Marta Scassellati, who has barely left the town hall since the early hours, promised in the morning that no one would spend a second night in a car. “Last night some families slept in their cars,” she said. “By tonight every one of them will have a bed under a roof.” By evening four tent camps, the town's sports hall, two school gyms and a dozen hotels around Lake Trasimeno had been made available.",
        "Fabrizio Ceccarelli, the head of the national Civil Protection Department, made a point that engineers have been making for years. The buildings strengthened after 1997 had held, he said; those that fell were almost all old stone houses that had never been reinforced.",
        "The cabinet met in Rome on Tuesday evening and declared a state of emergency for the affected area, setting aside an initial 5 million euros for the first relief work. Schools in 11 municipalities will stay closed on Wednesday.",
        "Lucia Brunori, the president of Umbria, said the region “knows how to get back on its feet”. Damage inspections, she said, would start on Wednesday with teams of engineers from across Italy.",
    ],
)

_S6_D = _local(
    site="Umbria Valley News",
    url="https://www.umbriavalleynews.example/gualdo-tadino/earthquake-day-two-what-we-know",
    headline="Earthquake, day two: what we know this morning",
    desc="Four dead, 61 injured, 3,100 people in shelters: the situation in Gualdo Tadino and the surrounding hamlets on Wednesday morning.",
    visible="Wednesday 4 November 2026, 09:10",
    author="Newsroom",
    town="Gualdo Tadino",
    weather="8°C, light rain",
    figure=_figure("https://www.umbriavalleynews.example/wp-content/uploads/2026/11/rocca-vaiana-damage.jpg",
                   "A collapsed farmhouse in Rocca Vaiana, where the first victim was found.",
                   "Photo: Umbria Valley News"),
    related=[("Shelters and tent camps: the full list", "/gualdo-tadino/earthquake-shelters-list"),
             ("Schools closed: which municipalities", "/umbria/earthquake-schools-closed"),
             ("Market day in Gualdo Tadino cancelled", "/gualdo-tadino/market-cancelled")],
    paras=[
        "It is the morning after the first day. Here is what we know about the earthquake that shook Gualdo Tadino and its hamlets early yesterday, at 0.41 on Tuesday.",
        "The victims. Four people died. They are a 78-year-old farmer from Rocca Vaiana, whose roof came down on him while he slept; a 64-year-old woman from the old town, hit by masonry in Via Calai as she tried to get out; a man in his seventies from Pieve di Morano; and a woman from the same hamlet who was rescued alive but died in hospital in Perugia yesterday afternoon. Out of respect for the families, we are not publishing their names until they have been officially released.",
        "The injured. The civil protection authorities' latest update, released at 8 this morning, counts 61 injured. Most have already been sent home after treatment. The figure was 57 last night.",
        "The homeless. About 3,100 people slept away from home last night, up from an estimate of 2,800 yesterday evening, as more houses were declared unsafe by the fire brigade. They are in four tent camps, in the sports hall and two school gyms, and in hotels around Lake Trasimeno.",
        "Those nights in the open will not last, Fabrizio Ceccarelli, the head of the national Civil Protection Department, had promised on Tuesday. “Last night some families slept in their cars,” he said. “By tonight every one of them will have a bed under a roof.”",
        "The earthquake. The National Institute of Geophysics and Volcanology measured a magnitude of 5.6 and placed the epicentre about 4 km south-east of the town centre, at a depth of 8 km. Around 410 aftershocks had been recorded by 7 this morning. The strongest, a 4.2 at 5.07 yesterday morning, damaged the walls of the Rocca Flea.",
        "Schools. All schools in Gualdo Tadino and ten other municipalities are closed today. Mayor Marta Scassellati said they will reopen building by building once each one has been checked, \"not a day earlier\".",
        "Roads and trains. The Flaminia road is still closed near the town because of rockfalls; a diversion runs through Fossato di Vico. Trains between Foligno and Fabriano have been running normally since yesterday at midday.",
        "Help. The government declared a state of emergency last night and set aside an initial 5 million euros. The municipality has opened a bank account for donations; details are on its website. Volunteers should register with the civil protection centre at the sports hall and not go to the hamlets on their own.",
        "Inspections. Teams of engineers begin checking houses today, starting with the old town and the hamlets closest to the epicentre. Residents are asked not to go back inside damaged buildings, not even to collect belongings, until they have been inspected.",
    ],
)

STORY_6 = _story("eq-NA6", "earthquake", "2026-11-04", [
    _page("https://www.mws-news.example/world/europe/2026/11/03/italy-earthquake-umbria-gualdo-tadino", _S6_A),
    _page("https://www.teverenews24.example/en/italy/umbria-earthquake-gualdo-tadino-three-dead-031126", _S6_B),
    _page("https://www.romanherald.example/italy/2026/11/03/umbria-earthquake-gualdo-tadino-four-dead", _S6_C),
    _page("https://www.umbriavalleynews.example/gualdo-tadino/earthquake-day-two-what-we-know", _S6_D),
], [
    ("age of the man killed in Rocca Vaiana", r"(?<![\d.,])78(?!\d|[.,]\d)|seventy-eight", r"(?<![\d.,])87(?!\d|[.,]\d)|eighty-seven"),
    ("who said the families-in-cars quote", r"scassellati", r"ceccarelli"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
