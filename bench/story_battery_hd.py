"""Story battery, part HD - Southeast Asia (Indonesia, Malaysia, Vietnam, Thailand), events in 2026.

Written by engineer HD1 on 2026-12-07 for the twenty-fifth batch, a precision batch: three
controls with no planted disagreement and three stories with 3 plants each, every story full of
legitimate variation the tool should stay quiet about. All outlets (*.example), reporters, most
officials, companies and numbers are invented.

cb-HD1  central bank - Bank Indonesia cuts the BI-Rate 25bp to 5.00% on Wed 18 March 2026.
        CONTROL (no plants).
        Traps: old rate 5.25% vs new 5.00%, plus deposit/lending facility rates and their previous
        values; "25 basis points" / "a quarter of a percentage point"; cumulative "half a point"
        this year; January cut (5.50% -> 5.25%) and February hold; CPI 2.14% / "about 2 per cent",
        core 2.41%; real rate "about 2.9 percentage points"; press conference 2:30 p.m. WIB = 0730
        GMT = "14:30 Western Indonesia Time"; weekday (wire, TV) vs date / "Wednesday (March 18)"
        (paper, published next day); rupiah at different moments (16,385 before, 16,418 at 0805
        GMT, "around 16,400", close 16,445); Rp 42.6 trillion = $2.60 billion / "about US$2.6
        billion"; 18 of 31 economists polled; forecasts (4.75% by mid-year vs by year-end, from
        different people); growth forecast range 4.7-5.5% vs 5.04% actual 2025 vs government's
        5.4% target; governor named with/without middle name and by first name; "finance
        minister" / "Finance Minister"; credit growth vs target range; next meeting April 21-22.

el-HD2  election - Bukit Meranti (Pahang, Malaysia) state by-election, Sat 16 May 2026.
        CONTROL (no plants).
        Traps: live blog's running unofficial counts (14/27 streams, 23/27, "about 2,200") before the
        official 9,842 / 7,615 / 312 and majority 2,227; 5pm turnout 61.4% vs final 68.07% / 68.1%
        / "about 68 per cent"; early voters' 92.3% turnout (part) vs overall; polling-district
        turnouts 74.2% and 63.5% (part vs whole); 2022 majority 3,904 and turnout 77.6% (previous
        election); "more than 1,600" / "almost 4,000 ... just over 2,000" paraphrases; declaration
        at 10.48pm MYT = "shortly before 11 p.m. (1500 GMT)"; Saturday / May 16 / "yesterday";
        early voting Tuesday; nomination May 2; swearing-in planned May 25; candidate named with
        and without "Mohd"; "EC chairman" / "Election Commission chairman"; 250 km (155 miles).

ct-HD3  court - Thai Constitutional Court removes Digital Economy and Society Minister Pakorn
        Thanasiri, Wed 19 August 2026.
        PLANTED: (1) removal vote 7-2 (wire; "seven to two" in the paper) vs 6-3 in the SBN
        broadcaster; (2) weekday of the ruling: Wednesday (wire, SBN, Northern Post) vs "ruled on
        Thursday" in the Bangkok Herald-Times; (3) title: minister vs "deputy digital economy
        minister" in the Northern Post.
        Traps: separate 5-4 vote on the effective date and the earlier 8-1 suspension vote;
        suspension June 10 vs ruling date; reading "about 80 minutes" / "an hour and 20 minutes" /
        "more than an hour"; 3 p.m. local = 0800 GMT; 4.2 billion baht = $129 million; 43 senators
        / "dozens of supporters"; title wordings "Digital Economy and Society Minister" / "Minister
        of Digital Economy and Society" / "digital economy minister"; Deputy Prime Minister Somsak
        as acting overseer (a different person and title); planned Northern Digital Park figures.

tr-HD4  trade - Vietnam's October 2026 trade data (NSO), released Fri 6 November 2026.
        CONTROL (no plants).
        Traps: monthly vs ten-month figures; exports $44.2bn / "around 44 billion" / "about
        VND1,160 trillion"; +14.6% / "nearly 15 percent"; ten-month +15.9% / "about 16 percent";
        surplus $19.7bn / "nearly $20 billion" vs $24.3bn a year earlier ("roughly 19% smaller");
        September exports revised to $43.1bn from $42.6bn (said to be revised), m/m +2.6% vs 3.8%
        against the unrevised figure; 12.0% forecast vs 14.6% outcome; 12% annual target vs
        $500bn expectation; US Census figure (~$137bn, Jan-Sep) vs Vietnam's $128.4bn (Jan-Oct),
        attributed; CPI 3.4% vs 3.2%, "0.2 percentage points"; names with and without
        diacritics (Tran Thi Thu Ha / Trần Thị Thu Hà), given-name references; "Deputy Minister
        of Industry and Trade" / "deputy trade minister"; 20% tariff vs 40% transshipment rate.

rk-HD5  rocket - BRIN's RX-550 two-stage sounding rocket test from Pameungpeuk, Garut,
        Thu 23 July 2026.
        PLANTED: (1) flight duration 6 min 52 s / 412 s / "nearly seven minutes" vs "5 minutes
        and 52 seconds" in the Jakarta Ledger; (2) liftoff 09:42 WIB vs "9:24 a.m. WIB (02:24
        UTC)" in Orbit & Apogee; (3) apogee 128 km vs 148 km in the Priangan Times.
        Traps: target apogee 120 km vs achieved ("8 km overshoot"); scheduled 09:15 and a
        27-minute hold; planned Tuesday (July 21) vs flown Thursday; previous RX-450 flight (64 km,
        3 min 40 s); stage burn times (16 s, 21 s, ignition T+38 s); 100 km Karman line; 310 km
        downrange; Rp 86 billion = about $5.3 million; Kármán / 09.42 vs 9:42 formats; "Garut
        District" / "Garut regency"; "Eko Prasetyo Nugroho" / "Eko P. Nugroho" / "Eko"; "launch
        director"; Garut Regent; next flight planned first half of 2027.

eq-HD6  earthquake - M6.2 quake in Dompu regency, Sumbawa (West Nusa Tenggara), 02:17 WITA
        Wed 30 September 2026 (= 18:17 UTC Tue 29 Sept, 01:17 WIB).
        PLANTED: (1) BMKG official's name Gusti Ayu Wirawati (wire, paper) vs "Wirawanti" in the
        Channel Equator live blog; (2) epicentre 23 km northeast of Dompu vs "northeast of Bima" in
        Nusantara Daily; (3) the quote "The shaking lasted about 15 seconds ..." by Dompu
        disaster-agency head Muhammad Iqbal Hidayat (wire, live blog) given to provincial agency
        head Lalu Fahrurrozi in the Sumbawa Post.
        Traps: toll and injured growing with timestamps (1 -> 3/26 -> 5/41 -> 7/58 -> 9/81 ->
        11/97); damaged houses 1,240 -> 1,860 -> 2,115; aftershocks 34 -> 45 -> 63 -> 71; BMKG
        6.4 automatic revised to 6.2 (said) vs USGS 6.1; depth 14 km (BMKG) vs 10 km (USGS); local
        time vs GMT/UTC with different weekdays, Jakarta time one hour behind; a witness's "like a
        minute" vs 15 seconds; 23 km (14 miles), 300 km (186 miles); Rp 4 billion = about
        US$245,000; 14-day emergency (Sept 30 - Oct 13); schools closed until Monday, Oct 5;
        2018 Lombok quakes; BNPB vs regency disaster agency figures.
"""

from __future__ import annotations

import html as _html
import json

# ---------------------------------------------------------------------------
# interface
# ---------------------------------------------------------------------------


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "HD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# page furniture shared by the outlet templates
# ---------------------------------------------------------------------------

def _esc(s: str) -> str:
    return _html.escape(s, quote=True)


def _jsonld(headline, url, site, authors, published=None, modified=None,
            section=None, image=None, kind="NewsArticle", extra=None) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject",
                               "url": url.split("/")[0] + "//" + url.split("/")[2] + "/static/logo.png"}},
        "author": [{"@type": "Person", "name": a} for a in authors] or {"@type": "Organization", "name": site},
    }
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if section:
        data["articleSection"] = section
    if image:
        data["image"] = [image]
    if extra:
        data.update(extra)
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _meta(title, desc, url, site, image=None, published=None, section=None,
          twitter="summary_large_image", lang="en") -> str:
    rows = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{_esc(desc)}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{_esc(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_esc(title)}">',
        f'<meta property="og:description" content="{_esc(desc)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:locale" content="{lang}">',
        f'<meta name="twitter:card" content="{twitter}">',
    ]
    if image:
        rows.append(f'<meta property="og:image" content="{image}">')
    if published:
        rows.append(f'<meta property="article:published_time" content="{published}">')
    if section:
        rows.append(f'<meta property="article:section" content="{_esc(section)}">')
    return "\n".join(rows)


def _body(paras, ad_every=3, ad=None) -> str:
    """Paragraphs (plain strings become <p>; strings starting with '<' pass
    through) with an advertisement slot every few paragraphs."""
    ad = ad or ('<div class="ad-slot ad-inline" aria-hidden="true"><span class="ad-label">'
                'Advertisement</span><div id="gpt-inline-{n}" class="gpt"></div></div>')
    out = []
    n = 0
    for i, p in enumerate(paras):
        out.append(p if p.lstrip().startswith("<") else f"<p>{p}</p>")
        if ad_every and (i + 1) % ad_every == 0 and i + 1 < len(paras):
            n += 1
            out.append(ad.replace("{n}", str(n)))
    return "\n".join(out)


def _share(url, title) -> str:
    return (
        '<ul class="share-bar" aria-label="Share this article">'
        f'<li><a href="https://social.example/share?u={url}" rel="nofollow">Share</a></li>'
        f'<li><a href="https://chirp.example/intent?text={_esc(title)}&amp;url={url}" rel="nofollow">Post</a></li>'
        f'<li><a href="https://msg.example/send?text={url}" rel="nofollow">WhatsApp</a></li>'
        f'<li><a href="mailto:?subject={_esc(title)}&amp;body={url}">Email</a></li>'
        '<li><button class="copy-link" type="button">Copy link</button></li>'
        "</ul>"
    )


def _related(items, heading="Related") -> str:
    lis = "".join(f'<li><a href="{u}">{_esc(t)}</a></li>' for t, u in items)
    return f'<aside class="related"><h2>{heading}</h2><ul>{lis}</ul></aside>'


def _cookie(site, style="bar") -> str:
    if style == "modal":
        return ('<div id="consent-modal" role="dialog" aria-modal="true"><h2>Your privacy choices</h2>'
                f'<p>{_esc(site)} and up to 142 partners use cookies and similar technologies to store and '
                'access information on your device, to personalise advertising and to measure audiences.</p>'
                '<button>Accept all</button> <button>Reject non-essential</button> '
                '<a href="/privacy-settings">Manage options</a></div>')
    return ('<div class="cookie-bar" role="region" aria-label="Cookie notice">'
            f'<p>We use cookies to make {_esc(site)} work and to understand how you use it. '
            '<a href="/cookies">Learn more</a></p><button type="button">OK</button></div>')


def _newsletter(site, blurb) -> str:
    return ('<section class="newsletter-signup"><h3>' + _esc(blurb) + '</h3>'
            '<form action="/newsletters/subscribe" method="post">'
            '<label for="nl-email">Email address</label>'
            '<input id="nl-email" type="email" name="email" placeholder="you@example.com">'
            '<button type="submit">Sign up</button></form>'
            f'<p class="fine-print">By signing up you agree to the {_esc(site)} terms and privacy policy. '
            'You can unsubscribe at any time.</p></section>')


def _shell(title, site, head, body_cls, body, lang="en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}\n'
            f"<title>{_esc(title)} | {_esc(site)}</title>\n"
            '<link rel="stylesheet" href="/assets/site.css">\n'
            '<script async src="/assets/ads.js"></script>\n'
            f'</head>\n<body class="{body_cls}">\n{body}\n</body>\n</html>\n')


# ---------------------------------------------------------------------------
# outlet templates
# ---------------------------------------------------------------------------

def _wire(site, url, headline, byline, dateline, published, paras, related,
          credit="", modified=None, desc=None, topics=("World",)):
    """International wire service: sparse, dateline, reporting credits."""
    desc = desc or headline
    head = _meta(headline, desc, url, site, published=published, section=topics[0]) + "\n" + _jsonld(
        headline, url, site, [b.strip() for b in byline.split(" and ")], published, modified, topics[0])
    nav = "".join(f'<li><a href="/{t.lower()}">{t}</a></li>' for t in
                  ("World", "Business", "Markets", "Asia Pacific", "Technology", "Sustainability"))
    t_shown = published.replace("T", " ")[:16] + " GMT" if published else ""
    body = (
        _cookie(site) +
        f'<header class="masthead"><a class="logo" href="/">{_esc(site)}</a><nav><ul>{nav}</ul></nav>'
        '<a class="signin" href="/account">Sign in</a></header>\n'
        '<main><article class="story">\n'
        f'<div class="breadcrumbs">{" / ".join(topics)}</div>\n'
        f"<h1>{_esc(headline)}</h1>\n"
        f'<p class="byline">By {_esc(byline)}</p>\n'
        f'<time class="published" datetime="{published or ""}">{t_shown}</time>\n'
        + _share(url, headline) + "\n"
        '<div class="story-body">\n'
        f'<p class="dateline"><span class="loc">{_esc(dateline)}</span> ({_esc(site)}) - {paras[0]}</p>\n'
        + _body(paras[1:], ad_every=4) + "\n</div>\n"
        f'<p class="credits">{_esc(credit)}</p>\n'
        '<p class="standards"><a href="/trust-principles">Our Standards: The Trust Principles.</a></p>\n'
        "</article>\n" + _related(related, "Read Next") + "</main>\n"
        f'<footer><p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {_esc(site)}. '
        'All rights reserved.</p><ul><li><a href="/terms">Terms of use</a></li>'
        '<li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>'
    )
    return _shell(headline, site, head, "wire article-page", body)


def _paper(site, url, headline, dek, byline, published, shown_date, section, paras,
           related, caption=None, image=None, modified=None, tagline="", newsletter="Morning Briefing"):
    """Broadsheet/national daily: kicker, dek, hero photo, newsletter box."""
    head = _meta(headline, dek, url, site, image=image, published=published, section=section)
    if published:
        head += "\n" + _jsonld(headline, url, site, [b.strip() for b in byline.split(" and ")],
                               published, modified, section, image)
    nav = "".join(f'<a href="/{s.lower().replace(" ", "-")}">{s}</a>' for s in
                  ("News", "Nation", "Business", "World", "Opinion", "Lifestyle", "Sport", "E-paper"))
    fig = ""
    if caption:
        fig = (f'<figure class="hero"><img src="{image or "/img/placeholder.jpg"}" alt="" loading="lazy">'
               f"<figcaption>{caption}</figcaption></figure>\n")
    body = (
        _cookie(site, "modal") +
        '<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span></div>\n'
        f'<header><div class="top-strip">{_esc(tagline)}</div><h2 class="brand"><a href="/">{_esc(site)}</a></h2>'
        f'<nav class="primary">{nav}</nav><a class="subscribe" href="/subscribe">Subscribe</a></header>\n'
        f'<main class="grid"><article class="article">\n<p class="kicker"><a href="/{section.lower()}">{_esc(section)}</a></p>\n'
        f"<h1>{_esc(headline)}</h1>\n<p class=\"standfirst\">{_esc(dek)}</p>\n"
        f'<div class="meta"><span class="author">{_esc(byline)}</span> <span class="date">{_esc(shown_date)}</span></div>\n'
        + fig + _share(url, headline) + "\n"
        '<div class="article-body">\n' + _body(paras, ad_every=3) + "\n</div>\n"
        '<div class="tags">Topics: ' + ", ".join(f'<a href="/tag/{t}">{t}</a>' for t in section.lower().split()) + "</div>\n"
        "</article>\n"
        '<aside class="rail"><div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span></div>'
        + _related(related, "More on this story") + _newsletter(site, f"Get the {newsletter} in your inbox") +
        '<div class="most-read"><h3>Most read</h3><ol><li><a href="/mr/1">Commuters face fare rise</a></li>'
        '<li><a href="/mr/2">Five things to do this weekend</a></li><li><a href="/mr/3">Letters: on flooding</a></li>'
        "</ol></div></aside></main>\n"
        f'<footer class="site-footer"><p>&copy; {_esc(site)} 2026. Published by {_esc(site)} Media Group.</p>'
        '<a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/advertise">Advertise</a> '
        '<a href="/privacy">Privacy policy</a></footer>'
    )
    return _shell(headline, site, head, "paper", body)


def _broadcast(site, url, headline, byline, published, shown, paras, related,
               video_caption="", modified=None, section="Asia"):
    """TV/radio broadcaster: video player, 'Updated' stamp, key points box."""
    head = _meta(headline, headline, url, site, published=published, section=section,
                 image=url.rsplit("/", 1)[0] + "/thumb.jpg")
    if published:
        head += "\n" + _jsonld(headline, url, site, [byline], published, modified, section,
                               kind="NewsArticle")
    body = (
        _cookie(site) +
        f'<header class="bc-header"><a class="bc-logo" href="/">{_esc(site)}</a>'
        '<nav><a href="/news">News</a><a href="/live">Watch Live</a><a href="/asia">Asia</a>'
        '<a href="/business">Business</a><a href="/programmes">Programmes</a><a href="/radio">Radio</a></nav></header>\n'
        '<main><article>\n'
        '<div class="video-player" data-player="vjs"><div class="poster"></div>'
        f'<p class="video-caption">{_esc(video_caption)}</p><button class="play">Play video</button></div>\n'
        f"<h1>{_esc(headline)}</h1>\n"
        f'<div class="byline-block"><span class="by">{_esc(byline)}</span> <span class="stamp">{_esc(shown)}</span></div>\n'
        + _share(url, headline) + "\n"
        + _body(paras, ad_every=5,
                ad='<div class="ad-slot"><span>Advertisement</span><div id="bc-ad-{n}"></div></div>') +
        "\n</article>\n" + _related(related, "Watch more") +
        '<section class="trending"><h3>Trending</h3><ul><li><a href="/t/1">Haze warning lifted</a></li>'
        '<li><a href="/t/2">Weekend weather outlook</a></li></ul></section></main>\n'
        f'<footer><p>&copy; 2026 {_esc(site)}. Not responsible for the content of external sites.</p>'
        '<a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></footer>'
    )
    return _shell(headline, site, head, "broadcaster", body)


def _live(site, url, headline, byline, published, modified, summary, entries, related):
    """Live blog: key-points summary then timestamped entries, newest first."""
    head = _meta(headline, summary[0], url, site, published=published, section="Live")
    if published:
        head += "\n" + _jsonld(headline, url, site, [byline], published, modified, "Live",
                               kind="LiveBlogPosting",
                               extra={"coverageStartTime": published, "coverageEndTime": modified})
    keypts = "".join(f"<li>{s}</li>" for s in summary)
    posts = []
    for stamp, iso, title, paras in entries:
        dt = f' datetime="{iso}"' if iso else ""
        posts.append(f'<div class="live-post"><time class="post-time"{dt}>{_esc(stamp)}</time>'
                     + (f"<h3>{_esc(title)}</h3>" if title else "")
                     + "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
                     + '<div class="post-share"><a href="#">Share this post</a></div></div>')
    body = (
        _cookie(site) +
        f'<header><a href="/" class="logo">{_esc(site)}</a><nav><a href="/news">News</a>'
        '<a href="/politics">Politics</a><a href="/business">Business</a><a href="/live">Live</a></nav></header>\n'
        '<main class="liveblog">\n<span class="live-badge">LIVE</span>\n'
        f"<h1>{_esc(headline)}</h1>\n<p class=\"byline\">{_esc(byline)}</p>\n"
        f'<section class="key-points"><h2>Key points</h2><ul>{keypts}</ul></section>\n'
        + _share(url, headline) +
        '<div class="ad-slot"><span class="ad-label">Advertisement</span></div>\n'
        + "\n".join(posts) + "\n"
        '<button class="load-more">Load earlier posts</button>\n'
        + _related(related, "Read more") + "</main>\n"
        f'<footer>&copy; 2026 {_esc(site)} &middot; <a href="/privacy">Privacy</a> &middot; '
        '<a href="/terms">Terms</a></footer>'
    )
    return _shell(headline, site, head, "live", body)


def _trade(site, url, headline, dek, byline, published, shown, paras, related,
           factbox=None, section="Analysis", modified=None):
    """Specialist/trade site: dek, fact box table, reader-only tools."""
    head = _meta(headline, dek, url, site, published=published, section=section)
    if published:
        head += "\n" + _jsonld(headline, url, site, [b.strip() for b in byline.split(" and ")],
                               published, modified, section)
    box = ""
    if factbox:
        rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in factbox[1])
        box = f'<table class="factbox"><caption>{_esc(factbox[0])}</caption>{rows}</table>\n'
    body = (
        _cookie(site) +
        f'<div class="topbar"><a href="/">{_esc(site)}</a> <span>Intelligence for professionals</span> '
        '<a href="/login">Log in</a> <a href="/trial">Free trial</a></div>\n'
        '<nav class="sections"><a href="/news">News</a><a href="/analysis">Analysis</a><a href="/data">Data</a>'
        '<a href="/events">Events</a><a href="/podcasts">Podcasts</a></nav>\n'
        '<main><article class="piece">\n'
        f'<p class="section-label">{_esc(section)}</p><h1>{_esc(headline)}</h1>\n<p class="dek">{_esc(dek)}</p>\n'
        f'<p class="by">{_esc(byline)} &mdash; <span class="when">{_esc(shown)}</span></p>\n'
        + _share(url, headline) + box +
        '<div class="piece-body">\n' + _body(paras, ad_every=0) + "\n</div>\n"
        '<div class="reader-tools"><a href="/save">Save article</a> <a href="/print">Print</a> '
        '<a href="/reprints">Reprints &amp; permissions</a></div>\n'
        "</article>\n" + _related(related, "Further reading") +
        '<div class="ad-slot ad-sidebar"><span class="ad-label">Advertisement</span></div>'
        + _newsletter(site, "Weekly briefing for subscribers") + "</main>\n"
        f'<footer><p>&copy; 2026 {_esc(site)} Ltd. Registered in Singapore.</p></footer>'
    )
    return _shell(headline, site, head, "trade", body)


def _regional(site, url, headline, byline, published, shown, paras, related,
              caption=None, section="Region", lang="en"):
    """Regional paper: busy local layout, classifieds and weather strip."""
    head = _meta(headline, paras[0][:150], url, site, published=published, section=section, lang=lang)
    if published:
        head += "\n" + _jsonld(headline, url, site, [byline], published, None, section)
    fig = (f'<figure><img src="/uploads/2026/photo.jpg" alt=""><figcaption>{caption}</figcaption></figure>\n'
           if caption else "")
    body = (
        _cookie(site) +
        f'<div class="weather-strip">{_esc(site)} &middot; Today: 31&deg;C, scattered showers</div>\n'
        f'<header><a href="/" class="brand">{_esc(site)}</a><nav><a href="/local">Local</a>'
        '<a href="/region">Region</a><a href="/national">National</a><a href="/business">Business</a>'
        '<a href="/classifieds">Classifieds</a><a href="/obituaries">Obituaries</a></nav></header>\n'
        '<div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>\n'
        f'<main><article><span class="cat">{_esc(section)}</span><h1>{_esc(headline)}</h1>\n'
        f'<p class="author-line">{_esc(byline)} | {_esc(shown)}</p>\n' + fig + _share(url, headline) + "\n"
        + _body(paras, ad_every=4) +
        '\n<p class="tips">Got a story? Contact our newsroom via WhatsApp.</p>\n'
        "</article>\n" + _related(related, "Also read") +
        '<section class="classifieds"><h3>Classifieds</h3><ul><li>Shophouse for rent, main road</li>'
        "<li>Wanted: delivery riders, own motorcycle</li><li>Tuition centre enrolment open</li></ul></section>"
        "</main>\n"
        f'<footer><p>&copy; 2026 {_esc(site)}. All rights reserved.</p></footer>'
    )
    return _shell(headline, site, head, "regional", body, lang=lang)


# ===========================================================================
# STORY 1 - cb-HD1 - Bank Indonesia cuts BI-Rate (CONTROL)
# ===========================================================================

_S1_WIRE = _wire(
    "Meridian Wire",
    "https://www.meridianwire.example/markets/asia/bank-indonesia-cuts-rates-second-time-this-year-2026-03-18/",
    "Bank Indonesia cuts rates for second time this year as inflation stays low",
    "Stefanus Halim and Rina Oktaviani",
    "JAKARTA, March 18",
    "2026-03-18T07:41:00Z",
    [
        "Bank Indonesia cut its benchmark interest rate by 25 basis points on Wednesday, its second "
        "reduction this year, saying subdued inflation gave it room to support an economy that has "
        "struggled to accelerate beyond 5% growth.",
        "The central bank lowered the BI-Rate to 5.00% from 5.25% at the end of a two-day policy meeting, "
        "a decision anticipated by 18 of 31 economists in a Meridian poll. The other 13 had expected the "
        "bank to stand pat for a second straight month after it held rates in February.",
        "The deposit facility rate was cut by the same margin to 4.25% and the lending facility rate to "
        "5.75%, the bank said.",
        "\"The decision is consistent with the low inflation outlook for 2026 and 2027, which remains "
        "within the target range, and with efforts to support economic growth while keeping the rupiah "
        "stable in line with its fundamentals,\" Governor Arief Santoso Wirjawan told a news conference.",
        "Annual inflation slowed to 2.14% in February, official data showed earlier this month, near the "
        "middle of the central bank's 1.5%-3.5% target band. Core inflation was 2.41%.",
        "Wirjawan said the bank would keep looking for room to ease further but would watch the currency "
        "closely, adding that intervention in the spot, domestic non-deliverable forwards and bond markets "
        "would continue \"when needed\".",
        "The rupiah was 0.2% weaker at 16,418 per dollar at 0805 GMT after the decision was announced, "
        "having traded at 16,385 before the news conference, which began at 2:30 p.m. (0730 GMT). The "
        "main Jakarta stock index pared earlier losses.",
        "Bank Indonesia cut rates by 25 basis points in January, taking the BI-Rate to 5.25% from 5.50%, "
        "and then paused in February as global markets were rattled by a sell-off in U.S. Treasuries.",
        "\"This is a close call that they have landed on the dovish side of,\" said Raymond Tjhin, senior "
        "ASEAN economist at Harbourview Capital in Singapore. \"The currency has been relatively calm for "
        "three weeks and they have taken the window.\" He expects one more cut of a quarter point by the "
        "middle of the year, taking the policy rate to 4.75%.",
        "The bank kept its forecast for economic growth this year at 4.7% to 5.5%. Southeast Asia's "
        "largest economy grew 5.04% in 2025, and the government is targeting 5.4% growth in 2026.",
        "Bank Indonesia has bought 42.6 trillion rupiah ($2.60 billion) of government bonds in the "
        "secondary market so far this year, Wirjawan said, as part of efforts to keep liquidity ample. "
        "Foreign exchange reserves stood at $152.3 billion at the end of February.",
        "Some analysts cautioned that the cut narrows the gap between Indonesian and U.S. yields at a time "
        "when foreign investors have been trimming their holdings of rupiah bonds. Foreigners were net "
        "sellers of about 9 trillion rupiah of government debt in the first two weeks of March, according "
        "to finance ministry data.",
        "\"We don't think the rate cut by itself changes the picture for portfolio flows, but it does leave "
        "BI with less cushion if the dollar turns,\" said Nadia Kusumo, chief economist at Kencana Sekuritas "
        "in Jakarta.",
        "The central bank's next policy meeting is scheduled for April 21-22.",
    ],
    [("Rupiah slips after central bank decision", "/markets/currencies/rupiah-2026-03-18/"),
     ("Explainer: How Bank Indonesia sets the BI-Rate", "/markets/asia/explainer-bi-rate/"),
     ("Indonesia February inflation slows to 2.14%", "/markets/asia/indonesia-inflation-2026-03-02/")],
    credit="Reporting by Stefanus Halim and Rina Oktaviani; Additional reporting by Gayatri Mahesa; "
           "Writing by Martin Coles; Editing by Kim Sorensen",
    modified="2026-03-18T09:12:00Z",
    topics=("Markets", "Asia Pacific"),
)

_S1_PAPER = _paper(
    "The Jakarta Ledger",
    "https://www.jakartaledger.example/business/2026/03/19/bi-trims-rate-again-to-spur-growth.html",
    "BI trims rate again to spur growth, eyes rupiah",
    "Central bank lowers benchmark to 5 percent; economists split on whether more easing will follow",
    "Dewi Anggraeni",
    "2026-03-19T00:05:00+07:00",
    "Thu, March 19, 2026",
    "Business",
    [
        "Bank Indonesia (BI) lowered its benchmark rate by a quarter of a percentage point yesterday, "
        "betting that tame inflation will allow it to give the economy a further push without unsettling "
        "the rupiah.",
        "The BI-Rate now stands at 5 percent, down from 5.25 percent, after the board of governors "
        "concluded its monthly meeting on Wednesday (March 18). The central bank also cut the deposit "
        "facility to 4.25 percent and the lending facility to 5.75 percent.",
        "BI Governor Arief Wirjawan said the move was in line with the low inflation forecast for this "
        "year and next, and was meant to support growth \"while keeping the rupiah stable in line with its "
        "fundamentals\".",
        "It was the second cut this year, following a 25-basis-point reduction in January. In total the "
        "central bank has now eased by half a percentage point since the start of 2026.",
        "Inflation came in at 2.14 percent year-on-year in February, according to Statistics Indonesia "
        "(BPS), comfortably inside BI's target of 2.5 percent plus or minus one percentage point.",
        "The rupiah closed at 16,445 per US dollar on Wednesday, down around 0.4 percent on the day, "
        "according to Jakarta interbank spot dollar rate data. The currency has weakened about 1.5 percent "
        "against the greenback since the beginning of the year.",
        "Finance Minister Bagus Hartono welcomed the decision, saying fiscal and monetary policy were "
        "\"moving in the same direction\" to support household spending ahead of the Idul Fitri holiday "
        "season, when consumption traditionally peaks.",
        "\"Lower borrowing costs will help, but what we really need is for banks to pass them on,\" Hartono "
        "told reporters at his office on Wednesday evening.",
        "That transmission has been slow. BI data show the average lending rate at commercial banks was "
        "8.9 percent in January, barely changed from a year earlier despite cuts to the policy rate.",
        "Arief acknowledged the lag, saying the central bank would keep using its macroprudential "
        "liquidity incentive to reward banks that lend to priority sectors such as housing, agriculture "
        "and small businesses.",
        "The governor also said BI had so far this year purchased Rp 42.6 trillion (about US$2.6 "
        "billion) worth of government bonds on the secondary market.",
        "Economists were divided on the outlook. Nadia Kusumo of Kencana Sekuritas said the bank had "
        "\"less cushion if the dollar turns\", pointing to foreign outflows from the bond market this "
        "month. Others see room for more.",
        "\"If inflation stays around 2 percent through the middle of the year, another cut in the second "
        "quarter is on the table,\" said Fitri Handayani, an economist at the Centre for Economic Reform "
        "Studies (CERS). She expects the BI-Rate to end the year at 4.75 percent.",
        "Business groups cheered. Sutrisno Wibowo, chairman of the Indonesian Employers Forum, said "
        "manufacturers had been holding back investment plans because of high financing costs. \"This "
        "gives them a reason to look at those plans again,\" he said.",
        "BI kept its 2026 growth projection unchanged at between 4.7 and 5.5 percent. The economy "
        "expanded by 5.04 percent last year.",
        "The next monetary policy meeting will be held on April 21 and 22.",
    ],
    [("Editorial: Rate cuts alone will not lift lending", "/opinion/2026/03/19/editorial-rate-cuts.html"),
     ("Rupiah weakens as foreign investors trim bond holdings", "/business/2026/03/16/rupiah-weakens.html"),
     ("Consumers brace for Idul Fitri price rises", "/business/2026/03/15/idul-fitri-prices.html")],
    caption="Bank Indonesia Governor Arief Santoso Wirjawan (center) speaks at a press conference at the "
            "central bank's headquarters in Central Jakarta on Wednesday. (JL/Andika Prasetyo)",
    image="https://www.jakartaledger.example/img/2026/03/19/bi-presser.jpg",
    tagline="Indonesia's independent English-language daily",
)

_S1_TRADE = _trade(
    "Central Bank Monitor",
    "https://cbmonitor.example/news/asia/bank-indonesia-eases-to-5pc",
    "Bank Indonesia eases to 5%, keeps intervention toolkit on standby",
    "A second 25bp cut of 2026 leaves the real policy rate close to three points; the board signals "
    "caution rather than a cycle",
    "Priya Raman",
    "2026-03-18T13:20:00Z",
    "18 March 2026",
    [
        "Bank Indonesia's board of governors voted to reduce the BI-Rate by 25 basis points to 5.00% on "
        "18 March, resuming an easing cycle that it paused last month.",
        "The decision, announced by Governor Arief Santoso Wirjawan at a press conference that started at "
        "14:30 Western Indonesia Time, also took the deposit facility to 4.25% and the lending facility to "
        "5.75%, preserving the symmetrical corridor of 75bp either side of the policy rate.",
        "With headline inflation at 2.14% year on year in February, the real policy rate is now about "
        "2.9 percentage points, still among the highest in emerging Asia. The governor described the "
        "outlook for prices as \"under control\" through 2027 and said core inflation, at 2.41%, was "
        "consistent with the 2.5% midpoint of the target.",
        "The board last cut in January, by the same margin, and held in February at 5.25%. Officials said "
        "at the time that the pause reflected volatility in global bond markets rather than a change of "
        "direction, and the statement released on Wednesday repeated that the bank would \"continue to "
        "look for room\" for further easing.",
        "Wirjawan nevertheless went out of his way to stress the currency. BI will keep intervening in "
        "the spot market, in domestic non-deliverable forwards and in government bonds \"when needed\", "
        "he said, and the bank's bond purchases, at 42.6 trillion rupiah so far in 2026, would continue as "
        "part of what he called liquidity management rather than quantitative easing.",
        "Senior Deputy Governor Lestari Pramudita said the bank would raise the ceiling on its "
        "macroprudential liquidity incentive to 5% of banks' third-party funds from 4% from April. The "
        "incentive lowers reserve requirements for lenders that expand credit to sectors the bank "
        "considers a priority.",
        "\"Transmission to lending rates has been incomplete, and we want the incentive to do more of the "
        "work,\" Pramudita said. Credit growth slowed to 8.7% year on year in February, below the bank's "
        "10%-12% target range for the year.",
        "Market participants were split ahead of the meeting. A Meridian Wire poll found 18 of 31 "
        "economists expected a cut, a slim majority. Raymond Tjhin of Harbourview Capital called it \"a "
        "close call that they have landed on the dovish side of\".",
        "Teo Wei Ling, head of Asia rates strategy at Lotus Bay Research in Kuala Lumpur, said the "
        "statement was more hawkish than the decision. \"They cut, but the language is full of "
        "conditionality on the rupiah. I would not price in a string of moves,\" she said.",
        "The rupiah's reaction was modest: it eased by about 0.2% in the first half-hour after the "
        "announcement, to just above 16,400 per dollar.",
        "The growth forecast was left at 4.7%-5.5% for 2026, against 5.04% actual growth in 2025. Reserves "
        "of $152.3bn at end-February cover roughly six months of imports and servicing of official "
        "external debt, the bank said.",
        "The next meeting is scheduled for 21-22 April, after the Idul Fitri holiday. The bank does not "
        "publish votes or minutes.",
    ],
    [("Philippine central bank on hold as peso steadies", "/news/asia/bsp-hold-march"),
     ("Interview: the case for symmetric corridors", "/analysis/corridor-interview"),
     ("Data: Asia policy rate tracker", "/data/asia-policy-rates")],
    factbox=("Bank Indonesia decision, 18 March 2026", [
        ("BI-Rate", "5.00% (previous 5.25%)"),
        ("Deposit facility", "4.25% (previous 4.50%)"),
        ("Lending facility", "5.75% (previous 6.00%)"),
        ("CPI, February (y/y)", "2.14%"),
        ("Core CPI, February (y/y)", "2.41%"),
        ("2026 GDP forecast", "4.7%-5.5%"),
        ("Next meeting", "21-22 April"),
    ]),
    section="Monetary policy",
)

_S1_TV = _broadcast(
    "Channel Equator",
    "https://www.channelequator.example/asia/indonesia-central-bank-rate-cut-5-per-cent-4481207",
    "Indonesia's central bank cuts interest rate to 5% to prop up growth",
    "Hanna Lim",
    None,
    "Updated 5 hours ago",
    [
        "JAKARTA: Indonesia's central bank lowered its key interest rate by a quarter of a percentage "
        "point to 5 per cent on Wednesday, as it tries to lift growth in the region's biggest economy "
        "while inflation remains low.",
        "Bank Indonesia said the decision to cut the BI-Rate from 5.25 per cent was in line with its "
        "forecast that inflation would stay within its target range this year and next. Consumer prices "
        "rose about 2 per cent in February from a year earlier.",
        "It is the second cut this year. Bank Indonesia first lowered rates in January but held them "
        "steady in February, when turbulence in global bond markets put pressure on emerging-market "
        "currencies, including the rupiah.",
        "Speaking to reporters in Jakarta, the bank's governor Arief Wirjawan said the cut was aimed at "
        "supporting the economy, but stressed that keeping the rupiah stable remained a priority.",
        "\"We will continue to be in the market when needed,\" he said, referring to the central bank's "
        "interventions to smooth swings in the currency.",
        "The rupiah edged lower after the announcement and was trading at around 16,400 to the US dollar "
        "in the afternoon.",
        "Economists said the move would help businesses and households but might not be felt quickly. "
        "Commercial banks in Indonesia have been slow to lower the rates they charge on loans, even after "
        "January's cut.",
        "\"The policy rate is only part of the story. Banks are still paying a lot for deposits, so they are "
        "reluctant to cut their lending rates,\" said Fitri Handayani, an economist at the Jakarta-based "
        "Centre for Economic Reform Studies.",
        "Ahead of the Idul Fitri holidays, when millions of Indonesians travel to their home towns and "
        "spending jumps, some shoppers said lower rates were not yet on their minds.",
        "\"What matters to me is the price of rice and cooking oil,\" said Siti Rohmah, 46, a food stall "
        "owner in East Jakarta. \"If the bank rates go down, maybe my son can get his motorbike loan "
        "cheaper. We will see.\"",
        "Indonesia's economy grew just over 5 per cent last year. The central bank expects growth of "
        "between 4.7 and 5.5 per cent in 2026, while the government has set a more ambitious target of "
        "5.4 per cent.",
        "Finance Minister Bagus Hartono said the government and the central bank were working in the "
        "same direction to support consumption.",
        "Bank Indonesia holds policy meetings every month. Its next decision is due in April, after the "
        "holiday period.",
        "Analysts at Harbourview Capital in Singapore expect one more quarter-point cut by the middle of "
        "the year, which would bring the benchmark rate to 4.75 per cent. Others believe the bank will wait "
        "to see how the currency holds up before moving again.",
    ],
    [("Rupiah under pressure: what it means for Indonesian shoppers", "/asia/rupiah-explainer-4479911"),
     ("Watch: Jakarta traders prepare for Idul Fitri rush", "/watch/jakarta-traders-4480562")],
    video_caption="Bank Indonesia cuts key rate to 5% (1:54)",
)

STORY_1 = _story(
    "cb-HD1", "central bank", "2026-03-20",
    [
        _page("https://www.meridianwire.example/markets/asia/bank-indonesia-cuts-rates-second-time-this-year-2026-03-18/", _S1_WIRE),
        _page("https://www.jakartaledger.example/business/2026/03/19/bi-trims-rate-again-to-spur-growth.html", _S1_PAPER),
        _page("https://cbmonitor.example/news/asia/bank-indonesia-eases-to-5pc", _S1_TRADE),
        _page("https://www.channelequator.example/asia/indonesia-central-bank-rate-cut-5-per-cent-4481207", _S1_TV),
    ],
    [],
)


# ===========================================================================
# STORY 2 - el-HD2 - Bukit Meranti state by-election, Pahang (CONTROL)
# ===========================================================================

_S2_LIVE = _live(
    "Malaya Today",
    "https://www.malayatoday.example/live/bukit-meranti-by-election-results-live",
    "LIVE: Bukit Meranti by-election - BN's Noraini retains seat",
    "Malaya Today newsroom",
    "2026-05-16T17:40:00+08:00",
    "2026-05-16T23:05:00+08:00",
    [
        "Barisan Nasional's Noraini Abdul Latif wins Bukit Meranti with a majority of 2,227 votes, "
        "the returning officer announces at 10.48pm.",
        "Noraini polled 9,842 votes against 7,615 for Perikatan Nasional's Mohd Faizal Rahim; "
        "independent Tan Kok Wah got 312.",
        "Final turnout 68.07%, well below the 77.6% recorded in the 2022 state election.",
        "The seat fell vacant after the death of BN assemblyman Datuk Haron Jaafar on March 28.",
    ],
    [
        ("11.05pm", "2026-05-16T23:05:00+08:00", "That's all from us tonight",
         ["Thanks for following our live coverage of the Bukit Meranti by-election. Our full report and "
          "analysis will be on the site shortly, and our reporters will be at the victory thanksgiving "
          "event in the town tomorrow morning."]),
        ("10.58pm", "2026-05-16T22:58:00+08:00", "Faizal concedes, says PN 'narrowed the gap'",
         ["Perikatan's Mohd Faizal Rahim has spoken to reporters outside the tallying centre. He accepts "
          "the result and congratulated Noraini, but says his coalition cut BN's majority by more than "
          "1,600 votes compared with 2022.",
          "\"We came here as the underdog against the machinery of the whole government. The people have "
          "sent a message, and we heard it,\" he said."]),
        ("10.48pm", "2026-05-16T22:48:00+08:00", "OFFICIAL: Noraini wins",
         ["Returning officer Khairul Anuar Saad has declared Noraini Abdul Latif (BN) the winner of the "
          "N31 Bukit Meranti state by-election.",
          "<ul><li>Noraini Abdul Latif (BN): 9,842</li><li>Mohd Faizal Rahim (PN): 7,615</li>"
          "<li>Tan Kok Wah (Independent): 312</li><li>Spoilt votes: 214</li></ul>",
          "Majority: 2,227. A total of 17,983 ballots were cast out of 26,418 registered voters, a turnout "
          "of 68.07%. The independent candidate loses his deposit."]),
        ("9.50pm", "2026-05-16T21:50:00+08:00", "Unofficial: all streams counted",
         ["Unofficial tallies from party agents for all 27 voting streams give Noraini a lead of about "
          "2,200 votes. BN supporters are gathering outside the tallying centre at the school hall and "
          "there are chants of \"Hidup BN\". The EC still has to verify the count."]),
        ("9.25pm", "2026-05-16T21:25:00+08:00", None,
         ["With 23 of 27 streams counted unofficially, Noraini has 8,301 votes to Faizal's 6,428, a "
          "lead of 1,873. The remaining four streams are from the Felda settlements, where PN had hoped to "
          "make inroads."]),
        ("8.40pm", "2026-05-16T20:40:00+08:00", "Early count: BN ahead",
         ["Early unofficial figures from 14 of the 27 streams: Noraini 5,120, Faizal 4,014, Tan 160. "
          "That's a lead of 1,106 for BN, but the streams counted so far are mostly in the town centre, "
          "which has traditionally favoured BN."]),
        ("6.10pm", "2026-05-16T18:10:00+08:00", "Polls close",
         ["Polling has closed at all 14 polling centres. The Election Commission said turnout stood at "
          "61.4% at 5pm, an hour before closing. That figure usually rises in the final hour, but analysts "
          "had been expecting a lower turnout than in 2022, when the state election was held alongside "
          "the general election.",
          "Early voting took place on Tuesday for 611 police and military personnel and their spouses, "
          "with 564 of them casting ballots, a turnout of 92.3%."]),
        ("5.40pm", "2026-05-16T17:40:00+08:00", "Welcome",
         ["Good evening and welcome to our live coverage of the Bukit Meranti by-election in Pahang. "
          "Voters have been choosing a new state assembly member to replace Datuk Haron Jaafar of BN, who died of "
          "a heart attack in March. He won the seat in 2022 with a majority of 3,904 votes in a "
          "four-cornered contest.",
          "This time it is a three-cornered fight. Pakatan Harapan, BN's partner in the unity government, "
          "did not field a candidate and campaigned for Noraini, a 44-year-old former teacher and head of "
          "the Umno women's wing in the division. PN's Faizal, 39, is an engineer and PAS youth leader. "
          "Tan, a durian seller from Kampung Sungai Lada, is standing as an independent.",
          "Our reporters Aidil Hakimi and Jessica Loh are at the tallying centre."]),
    ],
    [("Bukit Meranti: What you need to know before polling day", "/news/bukit-meranti-explainer"),
     ("Cost of living dominates campaign in Pahang seat", "/news/bukit-meranti-cost-of-living")],
)

_S2_WIRE = _wire(
    "Straits Line News",
    "https://straitsline.example/asia/malaysia/2026/05/16/ruling-bloc-holds-pahang-seat-by-election",
    "Malaysia's ruling bloc holds Pahang seat in by-election seen as test of unity government",
    "Farah Nadia Yusof",
    "KUALA LUMPUR, May 16",
    "2026-05-16T15:20:00Z",
    [
        "Malaysia's Barisan Nasional coalition held on to a state assembly seat in Pahang in a "
        "by-election on Saturday, but with a sharply reduced majority that the opposition said showed "
        "discontent over living costs was eating into the government's support in rural areas.",
        "Noraini Abdul Latif of the United Malays National Organisation (UMNO), the main party in "
        "Barisan Nasional, won the Bukit Meranti seat with 9,842 votes, according to official results "
        "announced by the Election Commission (EC) shortly before 11 p.m. (1500 GMT).",
        "Mohd Faizal Rahim of the opposition Perikatan Nasional alliance received 7,615 votes, and an "
        "independent candidate, Tan Kok Wah, took 312. Noraini's majority of 2,227 votes compares with "
        "3,904 when her late predecessor, Haron Jaafar, won the seat in 2022.",
        "Turnout was 68.1%, the EC said, down from 77.6% in the 2022 polls, which were held at the same "
        "time as the national general election. A total of 26,418 voters were registered in the "
        "semi-rural constituency, about 250 km (155 miles) east of Kuala Lumpur, where palm oil "
        "smallholders and settlers in state-backed Felda plantation schemes make up a large part of the "
        "electorate.",
        "The by-election was the first electoral test this year for the Prime Minister's unity "
        "government, which groups Barisan Nasional with the Pakatan Harapan coalition and parties from "
        "Sabah and Sarawak. Pakatan Harapan did not contest the seat and campaigned for Noraini.",
        "\"This is a victory for stability and for the people of Bukit Meranti, who want development, not "
        "politics,\" Noraini, 44, told supporters at the tallying centre after the result was declared.",
        "UMNO secretary-general Zamri Osman said the party had expected a lower majority because of the "
        "smaller turnout. \"Many of our voters work in Kuala Lumpur and Johor and did not come back, "
        "because it was not a long weekend,\" he said in a statement.",
        "Perikatan Nasional, whose largest component is the Islamist party PAS, said the result showed "
        "voters were unhappy with subsidy cuts on diesel and rising food prices. Faizal conceded defeat "
        "but said the opposition had \"narrowed the gap\" by more than 1,600 votes.",
        "\"A by-election with a sitting government pouring in resources is never going to be easy for an "
        "opposition. But the swing is real,\" said Wong Mei Fen, a political scientist at Universiti "
        "Sains Nusantara. \"Roughly 55% of valid votes for the government side, when in 2022 the "
        "government parties together took well over 60% here, tells you that some of the Pakatan vote did "
        "not transfer.\"",
        "Election Commission chairman Rahman Ismail said the polls had been conducted smoothly and that "
        "no serious incidents were reported. Early voting for police and military personnel took place "
        "on Tuesday.",
        "The result does not change the balance of power in the 42-seat Pahang state assembly, where "
        "the unity government parties hold a comfortable majority. Malaysia's next general election is "
        "not due until early 2028.",
        "The seat fell vacant on March 28 when Haron, a three-term assemblyman, died of a heart attack.",
    ],
    [("Malaysia's diesel subsidy cuts: who pays more", "/asia/malaysia/2026/04/diesel-subsidy-explainer"),
     ("Analysis: PAS bets on the Felda vote", "/asia/malaysia/2026/05/pas-felda-analysis"),
     ("Malaysia ringgit steady ahead of GDP data", "/markets/2026/05/15/ringgit")],
    credit="Reporting by Farah Nadia Yusof; Editing by Alan Greer",
    topics=("Asia", "Malaysia"),
)

_S2_REGIONAL = _regional(
    "Pahang Sentinel",
    "https://www.pahangsentinel.example/region/2026/05/17/noraini-keeps-bukit-meranti-for-bn",
    "Noraini keeps Bukit Meranti for BN, but Felda areas swing to PN",
    "By Zulkifli Hassan and Ng Siew Ling",
    "2026-05-17T07:00:00+08:00",
    "17 May 2026, 7:00am",
    [
        "BUKIT MERANTI: Barisan Nasional's Noraini Abdul Latif is the new assemblywoman for Bukit Meranti "
        "after winning yesterday's by-election with a 2,227-vote majority, though a closer look at the "
        "polling district figures shows Perikatan Nasional made clear gains in the Felda settlements.",
        "Noraini, who polled 9,842 votes, defeated PN's Mohd Faizal Rahim (7,615 votes) and independent "
        "Tan Kok Wah (312 votes) in the three-cornered fight. There were 214 spoilt ballots.",
        "The result was announced by returning officer Khairul Anuar Saad at the tallying centre in the "
        "hall of SMK Bukit Meranti at 10.48pm, about four hours and 48 minutes after polling closed.",
        "Overall turnout was about 68 per cent, but it varied widely across the constituency's six "
        "polling districts. In Felda Meranti Timur, where turnout reached 74.2 per cent, PN won 1,412 "
        "votes to BN's 1,280, the first time the coalition has come out on top there. In the town centre "
        "district of Pekan Meranti, where only 63.5 per cent of voters turned out, BN took close to two "
        "votes for every one cast for PN.",
        "\"The settlers are angry about the price of fertiliser and the diesel subsidy. They are not "
        "against Noraini as a person,\" said Abdul Rashid Kamaruddin, 61, a rubber smallholder who has "
        "lived in Felda Meranti Timur since 1984.",
        "In Kampung Sungai Lada, a Chinese-majority village where Tan runs a fruit stall, the "
        "independent candidate managed just over 100 votes. He said he had stood to draw attention to "
        "the poor state of the road to the village, which floods every monsoon season.",
        "\"I knew I would not win. But now everybody knows about this road,\" he said, laughing, as he "
        "left the tallying centre.",
        "Noraini, a former secondary school teacher, said her first priorities would be flood "
        "mitigation in the low-lying villages along Sungai Meranti and a promised upgrade of the "
        "district health clinic. She is expected to be sworn in when the state assembly sits on May 25.",
        "\"I will be the assemblywoman for everyone, including those who did not vote for me,\" she "
        "said.",
        "Faizal, the PAS youth chief for the division, said PN would use the result to prepare for the "
        "next state election. \"In 2022 they won by almost 4,000. Today it is just over 2,000. Give us a "
        "bit more time,\" he said.",
        "The by-election was called after the death of Datuk Haron Jaafar, 67, on March 28. Nomination "
        "day was on May 2, followed by a two-week campaign that saw visits from national leaders of both "
        "coalitions.",
        "Police said the campaign period was largely peaceful, with 11 reports lodged over banners and "
        "posters, none of them serious.",
    ],
    [("Bukit Meranti: Tan's road gets attention at last", "/local/2026/05/17/sungai-lada-road"),
     ("Felda settlers' grouses: a 40-year story", "/region/2026/05/10/felda-grouses"),
     ("State assembly to sit on May 25", "/region/2026/05/14/assembly-sitting")],
    caption="Noraini Abdul Latif (centre) celebrates with supporters after being declared the winner of "
            "the Bukit Meranti by-election on Saturday night.",
    section="Pahang",
)

_S2_TV = _broadcast(
    "Nusa TV News",
    "https://news.nusatv.example/malaysia/noraini-thanks-voters-bukit-meranti-210544",
    "Bukit Meranti by-election: Noraini thanks voters, pledges flood relief as first task",
    "Nusa TV News",
    None,
    "17 May 2026, 10:15 AM",
    [
        "BUKIT MERANTI, Pahang: Newly elected state assemblywoman Noraini Abdul Latif on Sunday thanked "
        "voters in Bukit Meranti for returning the seat to Barisan Nasional, saying she had heard the "
        "message from Felda settlers who swung away from the coalition.",
        "Speaking at a thanksgiving gathering at the town's mosque grounds, the Umno politician said she "
        "would set up a service centre in Felda Meranti Timur \"this month\" so settlers could bring "
        "their complaints to her directly.",
        "Noraini won the by-election on May 16 with a majority of more than 2,000 votes over Perikatan "
        "Nasional candidate Faizal Rahim, polling 9,842 votes to his 7,615. Independent Tan Kok Wah "
        "came a distant third.",
        "\"Yesterday was not only a victory, it was also a reminder. The people want us to work harder,\" "
        "she told about 500 supporters, many of them wearing the coalition's blue colours.",
        "The majority was down from the 3,904 votes secured by the late Datuk Haron Jaafar in the 2022 "
        "state election, but Umno leaders said they were satisfied with the outcome given the lower "
        "turnout.",
        "The Election Commission put final turnout at 68.07 per cent. At 5pm on polling day, an hour "
        "before voting closed, the commission had recorded a turnout of 61.4 per cent.",
        "Election Commission chairman Tan Sri Rahman Ismail described the final figure as "
        "\"reasonable for a by-election that was not held on a holiday weekend\". By-elections in "
        "peninsular Malaysia over the past three years have typically drawn between 50 and 70 per cent "
        "of voters.",
        "He added that the commission had received no formal complaints about the conduct of the "
        "polls, and that the count had been completed without any requests for a recount.",
        "Pakatan Harapan, which did not field a candidate in line with an understanding among the unity "
        "government partners, said the result showed the coalition's machinery had worked well alongside "
        "Barisan Nasional.",
        "But political scientist Dr Wong Mei Fen said the result would worry the government. \"The "
        "Felda swing is the story here. These are voters who have been loyal to Umno for decades,\" she "
        "told Nusa TV.",
        "The two-week campaign was dominated by the cost of living, in particular the targeted diesel "
        "subsidy introduced last year and the price of fertiliser for smallholders. Perikatan Nasional "
        "leaders held nightly ceramah talks in the Felda settlements, while Barisan Nasional brought in "
        "federal ministers to announce road and clinic projects.",
        "Perikatan Nasional's Faizal, who conceded on Saturday night, said he would remain active in the "
        "constituency and would not rule out contesting again.",
        "Noraini is scheduled to take her oath of office when the Pahang state assembly meets on May 25. "
        "The seat fell vacant after Haron died on March 28 this year.",
    ],
    [("Watch: Scenes from the Bukit Meranti tallying centre", "/video/bukit-meranti-tally-210501"),
     ("Early voting: 92.3 per cent of police and army personnel cast ballots", "/malaysia/early-voting-210377")],
    video_caption="Noraini: 'The people want us to work harder' (2:31)",
    section="Malaysia",
)

STORY_2 = _story(
    "el-HD2", "election", "2026-05-18",
    [
        _page("https://www.malayatoday.example/live/bukit-meranti-by-election-results-live", _S2_LIVE),
        _page("https://straitsline.example/asia/malaysia/2026/05/16/ruling-bloc-holds-pahang-seat-by-election", _S2_WIRE),
        _page("https://www.pahangsentinel.example/region/2026/05/17/noraini-keeps-bukit-meranti-for-bn", _S2_REGIONAL),
        _page("https://news.nusatv.example/malaysia/noraini-thanks-voters-bukit-meranti-210544", _S2_TV),
    ],
    [],
)


# ===========================================================================
# STORY 3 - ct-HD3 - Thai Constitutional Court removes digital economy minister
# (PLANTED: vote split in the broadcaster, weekday in the newspaper, title in
# the regional paper)
# ===========================================================================

_S3_WIRE = _wire(
    "Orient Wire Service",
    "https://www.orientwire.example/news/thailand-court-removes-digital-minister-over-ethics-breach-20260819",
    "Thai court removes digital economy minister over telecom contract ethics breach",
    "Ploy Chanthawong",
    "BANGKOK, Aug 19",
    "2026-08-19T09:55:00Z",
    [
        "Thailand's Constitutional Court on Wednesday removed Digital Economy and Society Minister Pakorn "
        "Thanasiri from office, ruling that he had breached ethical standards by pressing a state "
        "enterprise to award a lucrative contract to a consortium linked to his family.",
        "The nine-judge court ruled 7-2 that Pakorn, 52, had acted dishonestly and in a manner that "
        "\"seriously violated\" the ethical standards that the constitution requires of cabinet members, "
        "and that his ministerial status was therefore terminated.",
        "In a separate 5-4 vote, the judges decided that his removal should take effect from June 10, the "
        "day the court suspended him from duty pending its verdict, rather than from the date of the "
        "ruling. The suspension itself had been ordered by an 8-1 vote.",
        "The verdict, read out over about 80 minutes from 3 p.m. (0800 GMT) at the court's offices in "
        "northern Bangkok, is a blow to the coalition government, which has been struggling to push its "
        "economic programme through parliament.",
        "The case was brought by 43 senators, who petitioned the court in April after media reports that "
        "Pakorn had repeatedly phoned executives of the state-owned Thai Digital Infrastructure Corporation "
        "(TDIC) ahead of a 4.2-billion-baht ($129 million) tender for a government data centre.",
        "The contract was awarded in February to a consortium in which Pakorn's brother-in-law held a "
        "minority stake through a holding company. It was cancelled by the TDIC board in May.",
        "\"The respondent used his position to influence a procurement process in which a person closely "
        "connected to him had an interest, and did so knowingly,\" Judge Anan Sukprasert said, reading "
        "from the ruling.",
        "Pakorn, who was not in court, said in a statement posted on Facebook that he respected the "
        "decision but maintained that he had acted \"in good faith, in the interest of speeding up a "
        "project that the country needs\".",
        "Government spokeswoman Chalida Rattanaporn said the prime minister would nominate a new "
        "minister \"as soon as possible\". Deputy Prime Minister Somsak Charoenwong has been overseeing the "
        "ministry since Pakorn's suspension in June and will continue to do so in the meantime.",
        "Senator Kittisak Boonmee, who led the petition, said the ruling set an important standard. "
        "\"A minister is not a broker for his relatives. Today the court has said so clearly,\" he told "
        "reporters outside the court.",
        "The ruling does not by itself strip Pakorn of his seat in the House of Representatives. But the "
        "National Anti-Corruption Commission (NACC) is conducting its own investigation into the tender, "
        "which could lead to a case before the Supreme Court and, if he is convicted, a ban from politics.",
        "Thailand's Constitutional Court has played a decisive role in the kingdom's politics, removing "
        "several prime ministers and dissolving political parties over the past two decades. Critics say "
        "it has been used to check elected governments; supporters say it is a necessary guardian of "
        "ethical standards.",
        "The main SET index closed 0.3% lower, with analysts saying the ruling had been largely expected.",
    ],
    [("Explainer: Why Thailand's Constitutional Court matters", "/news/explainer-thai-constitutional-court"),
     ("Thai data-centre tender scrapped amid conflict-of-interest claims", "/news/thai-data-centre-tender-scrapped-20260514"),
     ("Thai minister suspended pending court ruling", "/news/thai-minister-suspended-20260610")],
    credit="Reporting by Ploy Chanthawong; Writing by Daniel Moore; Editing by Susan Park",
    modified="2026-08-19T11:30:00Z",
    topics=("World", "Asia Pacific", "Thailand"),
)

_S3_PAPER = _paper(
    "Bangkok Herald-Times",
    "https://www.bangkokheraldtimes.example/politics/2026/08/21/pakorn-out-what-next-for-coalition",
    "Pakorn out: court ruling leaves coalition scrambling for a digital minister",
    "The Constitutional Court's verdict on the TDIC tender is a warning to every minister with a "
    "relative in business, analysts say",
    "Warangkana Somboon",
    "2026-08-21T06:00:00+07:00",
    "21 Aug 2026 at 06:00",
    "Politics",
    [
        "The Constitutional Court ruled on Thursday that Pakorn Thanasiri can no longer serve as Minister "
        "of Digital Economy and Society, ending a four-month legal battle over a data-centre tender and "
        "handing the coalition an unwelcome reshuffle headache.",
        "Seven of the nine judges found that Pakorn had seriously breached the ethical standards "
        "required of ministers when he intervened in a 4.2-billion-baht procurement run by the Thai "
        "Digital Infrastructure Corporation (TDIC), a state enterprise under his ministry. The vote was "
        "seven to two.",
        "A narrower majority, five to four, held that his ministerial status ended on June 10, when the "
        "court ordered him to stop performing his duties. The practical effect is that any decisions he "
        "signed before the suspension remain valid, while Deputy Prime Minister Somsak Charoenwong's "
        "actions as acting overseer of the ministry since then are not in question.",
        "Judge Anan Sukprasert, who read the verdict, said the evidence showed Pakorn had known that his "
        "brother-in-law held a stake in the winning consortium and had nonetheless called TDIC executives "
        "several times to ask them to \"speed up\" the evaluation. The reading took an hour and 20 "
        "minutes.",
        "In a statement, Pakorn said he respected the court's decision, insisting he had acted \"in good "
        "faith\".",
        "His Ruam Phatthana party, the third-largest in the coalition, is now expected to put forward a "
        "replacement. Party leader Wanchai Sitthichok told reporters after the ruling that the party "
        "had \"several capable people\" and would submit a name to the prime minister within a week.",
        "\"The ministry has important work to do on the national cloud and on cybersecurity law. It "
        "cannot wait,\" Wanchai said.",
        "Government spokeswoman Chalida Rattanaporn said the prime minister would consider the party's "
        "nominee but had \"the final say\" on cabinet appointments.",
        "The case began in April, when 43 senators led by Kittisak Boonmee petitioned the court through "
        "the Senate speaker. The court accepted it in May and suspended Pakorn the following month.",
        "Law lecturer Thanet Kaewmala of Rattanakosin University said the ruling was notable for how "
        "much weight it placed on phone records and on testimony from TDIC's former president, who told "
        "the court she had felt \"strong pressure\" from the minister.",
        "\"For years the test was whether a minister personally benefited. Here the court has said that "
        "helping a relative, knowingly, is enough,\" Thanet said. \"Every minister with a brother or "
        "cousin in business should read this judgment carefully.\"",
        "The two dissenting judges argued that Pakorn's calls did not amount to an order and that the "
        "TDIC board had made its own decision. Their opinions will be published in the Royal Gazette "
        "together with the majority ruling.",
        "Pakorn is not out of the woods. The National Anti-Corruption Commission has its own inquiry "
        "into the tender, which was scrapped by TDIC's board in May. If the NACC finds grounds, it can "
        "send the case to the Supreme Court's Criminal Division for Persons Holding Political Positions.",
        "Opposition MPs said they would also seek a no-confidence debate focusing on the procurement "
        "practices of other ministries when parliament reconvenes in September.",
    ],
    [("Editorial: Ethics rulings need clearer rules", "/opinion/2026/08/21/editorial-ethics"),
     ("Timeline: the TDIC data-centre tender", "/politics/2026/08/19/tdic-timeline"),
     ("Who could replace Pakorn?", "/politics/2026/08/20/pakorn-replacement-shortlist")],
    caption="Senators who filed the petition speak to reporters outside the Constitutional Court "
            "on Chaeng Watthana Road after the verdict.",
    image="https://www.bangkokheraldtimes.example/media/2026/08/court-senators.jpg",
    tagline="Thailand's news, every morning since 1962",
    newsletter="Bangkok Briefing",
)

_S3_TV = _broadcast(
    "SBN News",
    "https://www.sbn-news.example/thailand/constitutional-court-pakorn-ruling-88124",
    "Constitutional Court removes Pakorn as digital minister",
    "SBN News Desk",
    None,
    "Updated 2 hours ago",
    [
        "BANGKOK - Digital Economy Minister Pakorn Thanasiri has been removed from the cabinet after the "
        "Constitutional Court found that he breached ethical standards over a state data-centre tender.",
        "The court voted 6-3 to remove him, with the majority of judges finding that he had knowingly "
        "intervened in the bidding process to benefit a consortium in which his brother-in-law was a "
        "shareholder.",
        "The verdict was read out at the court's offices at the Government Complex on Chaeng Watthana "
        "Road from 3pm on Wednesday. Reading it took more than an hour.",
        "Three judges dissented, arguing that the minister's phone calls to executives at the state "
        "enterprise did not amount to an order and that the company's board had made its own decision.",
        "Pakorn did not attend. Dozens of his supporters, some of whom had travelled overnight by bus from "
        "his home province of Chiang Mai, gathered outside with banners thanking him for his work on "
        "rural internet access.",
        "\"He brought fibre optic cable to our villages. Other ministers only made promises,\" said Boonma "
        "Inthawong, 58, a village headman from Mae Taeng district.",
        "Inside the courtroom, the petitioners, led by Senator Kittisak Boonmee, welcomed the decision.",
        "The tender at the centre of the case was for a government data centre worth 4.2 billion baht. "
        "It was awarded in February to a consortium that included a company partly owned by Pakorn's "
        "brother-in-law, and cancelled in May after the allegations surfaced in the media.",
        "Pakorn has been suspended from his duties since June 10, pending the ruling. "
        "Deputy Prime Minister Somsak Charoenwong has been acting in his place.",
        "In a post on his Facebook page after the ruling, Pakorn said: \"I respect the decision of the "
        "court. I acted in good faith.\"",
        "The court accepted the senators' petition in May. Under the constitution, a minister whose "
        "case has been accepted can be suspended while the judges deliberate, and the ruling marks the "
        "end of a process that has kept the digital ministry without its own political head for more than "
        "two months.",
        "Political analysts told SBN that the ruling was unlikely to threaten the stability of the "
        "coalition, since Pakorn's Ruam Phatthana party has said it will stay in government and nominate "
        "a replacement.",
        "\"This is damaging for the government's image on corruption, but it is not a crisis,\" said "
        "Siriporn Wattanakul, a political scientist. \"The bigger question is what the NACC does next.\"",
        "The National Anti-Corruption Commission is investigating the tender separately. A criminal "
        "conviction could lead to Pakorn being banned from politics.",
        "Government spokeswoman Chalida Rattanaporn said a new minister would be named \"as soon as "
        "possible\" and that the digital ministry's projects would continue without interruption.",
        "The ruling comes as the government prepares its budget bill for the 2027 fiscal year, which "
        "starts on October 1. The digital ministry's proposed budget includes funds for a national "
        "cloud platform that Pakorn had championed.",
    ],
    [("Who is Pakorn Thanasiri?", "/thailand/profile-pakorn-thanasiri-87990"),
     ("Watch: Supporters gather outside court", "/video/pakorn-supporters-88119")],
    video_caption="Court removes Pakorn from cabinet (2:05)",
    section="Thailand",
)

_S3_REGIONAL = _regional(
    "Northern Post",
    "https://www.northernpost.example/chiang-mai/2026/08/20/mae-taeng-supporters-dismay-pakorn-ruling",
    "Mae Taeng supporters dismayed as court ends Pakorn's cabinet career",
    "Jirapat Saengkham",
    "2026-08-20T08:00:00+07:00",
    "20 August 2026",
    [
        "CHIANG MAI - Supporters of deputy digital economy minister Pakorn Thanasiri in his home district "
        "of Mae Taeng reacted with dismay after the Constitutional Court on Wednesday ended his time in "
        "the cabinet, with many saying they feared for projects he had brought to the province.",
        "Seven of the nine judges ruled on August 19 that the Chiang Mai MP had breached ethical standards "
        "by intervening in a data-centre tender run by a state enterprise, the Thai Digital Infrastructure "
        "Corporation. The tender, worth 4.2 billion baht, was cancelled in May.",
        "Pakorn, 52, has represented Chiang Mai's Constituency 3 since 2019 and remains an MP. He was "
        "appointed to the cabinet in last year's reshuffle and quickly became known in the north for "
        "pushing fibre-optic internet into hill villages.",
        "\"Before him, my children had to ride to the temple to get a signal for their online classes,\" "
        "said Kanya Phromma, who runs a coffee shop near the Mae Taeng irrigation dam. \"I don't know "
        "what happened in Bangkok. I only know what he did here.\"",
        "About 60 supporters travelled to Bangkok on Tuesday night in two chartered buses to wait outside "
        "the court. Others watched the live broadcast at the district's community hall, where a large "
        "screen had been set up.",
        "The verdict took about 80 minutes to read, starting at 3pm. When the judge reached the "
        "conclusion, several people in the hall left in silence.",
        "Pakorn returned to Chiang Mai on Wednesday evening and met party members at his constituency "
        "office on the Chiang Mai-Fang road, but did not speak to the press. A post on his Facebook page "
        "said he respected the court's decision and had acted in good faith.",
        "Local business leaders said they were most concerned about the future of the Northern Digital "
        "Park, a 1.1-billion-baht technology hub planned for a site outside the city that Pakorn had "
        "announced in March.",
        "\"We hope the next minister will keep the commitment. Chiang Mai needs investment that is not "
        "only tourism,\" said Suthep Chaiyawong, vice-chairman of the Chiang Mai Chamber of Commerce.",
        "Provincial governor Amnuay Srisuk said the park's feasibility study, funded by the ministry, was "
        "already under way and would be completed by the end of the year regardless of the ruling.",
        "Senator Kittisak Boonmee, who led the petition by 43 senators, told reporters in Bangkok that "
        "the case was \"about principles, not about Chiang Mai\".",
        "The National Anti-Corruption Commission is separately investigating the tender. Pakorn's "
        "lawyers have said he will cooperate fully.",
    ],
    [("Northern Digital Park: what was promised", "/chiang-mai/2026/03/12/northern-digital-park"),
     ("Hill villages get fibre link", "/chiang-mai/2025/11/02/hill-villages-fibre"),
     ("Mae Taeng dam water levels rise after rains", "/chiang-mai/2026/08/18/mae-taeng-dam")],
    caption="Supporters watch the Constitutional Court verdict on a screen at the Mae Taeng community "
            "hall on Wednesday afternoon.",
    section="Chiang Mai",
)

STORY_3 = _story(
    "ct-HD3", "court", "2026-08-22",
    [
        _page("https://www.orientwire.example/news/thailand-court-removes-digital-minister-over-ethics-breach-20260819", _S3_WIRE),
        _page("https://www.bangkokheraldtimes.example/politics/2026/08/21/pakorn-out-what-next-for-coalition", _S3_PAPER),
        _page("https://www.sbn-news.example/thailand/constitutional-court-pakorn-ruling-88124", _S3_TV),
        _page("https://www.northernpost.example/chiang-mai/2026/08/20/mae-taeng-supporters-dismay-pakorn-ruling", _S3_REGIONAL),
    ],
    [
        ("vote split on removal", r"\b(7\s*[-–]\s*2|seven[- ]to[- ]two)\b", r"\b(6\s*[-–]\s*3|six[- ]to[- ]three)\b"),
        ("weekday of the ruling", r"\bwednesday\b", r"\bthursday\b"),
        ("pakorn's title",
         r"(?<!deputy )\b(digital economy (and society )?minister|minister of digital economy)",
         r"\bdeputy (digital economy )?minister|\bdeputy minister of digital economy"),
    ],
)


# ===========================================================================
# STORY 4 - tr-HD4 - Vietnam October trade data (CONTROL)
# ===========================================================================

_S4_WIRE = _wire(
    "Meridian Wire",
    "https://www.meridianwire.example/markets/asia/vietnam-october-exports-jump-146-beat-forecasts-2026-11-06/",
    "Vietnam's October exports jump 14.6%, beating forecasts as electronics shipments surge",
    "Hoang Anh Thu",
    "HANOI, Nov 6",
    "2026-11-06T04:10:00Z",
    [
        "Vietnam's exports rose 14.6% in October from a year earlier to $44.2 billion, government data "
        "showed on Friday, beating economists' expectations as shipments of electronics and computer "
        "parts to the United States and Europe continued to boom.",
        "Imports increased 17.3% to $41.5 billion, leaving a trade surplus of $2.7 billion for the month, "
        "the National Statistics Office (NSO) said.",
        "Economists polled by Meridian had forecast export growth of 12.0% for October, according to the "
        "median estimate of nine analysts.",
        "In the first 10 months of the year, exports rose 15.9% to $418.6 billion and imports climbed 18.4% "
        "to $398.9 billion, giving a surplus of $19.7 billion, down from $24.3 billion in the same period "
        "of 2025 as imports of machinery and components outpaced exports.",
        "The United States remained Vietnam's largest export market, taking $128.4 billion of its goods in "
        "January-October, up 24.1% from a year earlier despite the 20% tariff Washington imposed on most "
        "Vietnamese products last year. China was the biggest source of imports, at $158.2 billion.",
        "\"Manufacturers have adapted to the tariff faster than anyone expected, partly by moving up the "
        "value chain into higher-end electronics where Vietnam is hard to replace,\" said Ong Kah Seng, an "
        "economist at Harbourview Capital in Singapore.",
        "Exports of electronics, computers and components reached $9.8 billion in October, up 38% on the "
        "year, the NSO said. Phone exports were broadly flat, while shipments of garments and footwear "
        "rose in single digits.",
        "The statistics office revised September exports to $43.1 billion from a preliminary estimate of "
        "$42.6 billion after receiving updated customs data. October's exports were 2.6% higher than the "
        "revised September figure.",
        "The Southeast Asian manufacturing hub, home to major factories for global technology firms, has "
        "set a target of 12% export growth for 2026, which it is now on course to beat comfortably.",
        "Industrial production rose 10.2% in October from a year earlier, while consumer prices increased "
        "3.4%, up from 3.2% in September. Disbursed foreign direct investment in the first 10 months "
        "totalled $21.3 billion, up 8.9%.",
        "Some analysts warned the pace was unlikely to last. Nguyen Duc Hieu, chief economist at Lotus "
        "Capital Securities in Ho Chi Minh City, said front-loading of orders ahead of the year-end "
        "holiday season had flattered the October numbers and that growth would probably slow in the "
        "first quarter of 2027.",
        "Deputy Minister of Industry and Trade Tran Thi Thu Ha told a briefing in Hanoi that the ministry "
        "now expected full-year exports to surpass $500 billion for the first time, but warned that trade "
        "defence measures in major markets remained a risk. She urged exporters to tighten checks on "
        "certificates of origin to avoid accusations of transshipment, which the United States penalises "
        "with a 40% tariff.",
        "The dong was little changed at around 26,300 per dollar after the data.",
    ],
    [("Vietnam's central bank keeps rates steady", "/markets/asia/vietnam-sbv-2026-10-29/"),
     ("Analysis: How Vietnam's electronics boom survived the tariff", "/markets/asia/vietnam-electronics-analysis/"),
     ("Vietnam Q3 GDP growth accelerates", "/markets/asia/vietnam-gdp-q3-2026/")],
    credit="Reporting by Hoang Anh Thu; Editing by Kim Sorensen",
    topics=("Markets", "Asia Pacific", "Vietnam"),
)

_S4_PAPER = _paper(
    "The Saigon Observer",
    "https://saigonobserver.example/economy/ten-month-exports-top-418-billion-usd-4120.html",
    "Ten-month exports top US$418 billion, tech leads the way",
    "Export turnover in October hit a record monthly high; officials now expect the full-year figure "
    "to exceed $500 billion",
    "Phạm Thu Trang",
    "2026-11-07T08:00:00+07:00",
    "Saturday, 7/11/2026 08:00 (GMT+7)",
    "Economy",
    [
        "Việt Nam's export turnover in the first ten months of 2026 reached US$418.6 billion, up 15.9 per "
        "cent over the same period last year, according to data released by the National Statistics "
        "Office (NSO) under the Ministry of Finance on Friday (November 6).",
        "In October alone exports were estimated at $44.2 billion, the highest monthly figure on record, "
        "up 2.6 per cent from September and 14.6 per cent from October 2025. That is equivalent to about "
        "VNĐ1,160 trillion at current exchange rates.",
        "Imports in the ten months were worth $398.9 billion, meaning the country ran a trade surplus of "
        "nearly $20 billion.",
        "Speaking at the NSO's regular press conference in Hà Nội, Director General Lê Minh Quân said "
        "processed industrial goods accounted for 88.7 per cent of total exports.",
        "\"The electronics group continues to be the main driver. Many FDI enterprises have expanded "
        "production lines since the beginning of the year, and domestic firms are also participating more "
        "deeply in supply chains,\" Quân said.",
        "The United States remained the largest export market with $128.4 billion, followed by China and "
        "the European Union. Exports to the EU rose 11.2 per cent to $46.9 billion, helped by the "
        "Việt Nam-EU free trade agreement (EVFTA).",
        "Deputy Minister of Industry and Trade Trần Thị Thu Hà said the ministry now expected full-year "
        "exports to exceed $500 billion for the first time, compared with the target of 12 per cent growth "
        "set by the National Assembly at the start of the year.",
        "\"We must not be complacent. Risks from trade defence measures and tariff policies in major "
        "markets remain,\" Hà said, urging exporters to tighten certificate-of-origin checks to avoid "
        "accusations of transshipment.",
        "Agricultural exports also performed strongly. Coffee exports were worth $7.4 billion in the ten "
        "months, up 31 per cent on higher global prices, while rice exports fell 6 per cent in value "
        "despite higher volumes.",
        "Economists said the data pointed to solid growth in the fourth quarter. Nguyễn Đức Hiếu of Lotus "
        "Capital Securities said GDP growth for the year could reach about 8 per cent if exports held up in "
        "November and December, though he expected some slowdown in early 2027.",
        "Import growth of 18.4 per cent in the ten months, faster than exports, mainly reflected purchases "
        "of machinery, equipment and components for production, which officials said was a positive sign "
        "for future output.",
        "According to the NSO, the consumer price index in October rose 3.4 per cent year-on-year, 0.2 "
        "percentage points higher than September.",
        "Also on Friday, the statistics office said industrial production rose 10.2 per cent in October "
        "compared with the same month last year.",
    ],
    [("Coffee export prices hit new high", "/economy/coffee-export-prices-4101.html"),
     ("Firms urged to guard against origin fraud", "/economy/origin-fraud-warning-4088.html"),
     ("FDI disbursement up in ten months", "/economy/fdi-disbursement-4119.html")],
    caption="Containers at Cát Lái port in HCM City. Ten-month exports rose 15.9 per cent. Photo: "
            "Observer/Võ Thanh",
    image="https://saigonobserver.example/images/2026/11/cat-lai-port.jpg",
    tagline="News from Việt Nam and the region",
    newsletter="Observer Daily",
)

_S4_TRADE = _trade(
    "Trade Flows Asia",
    "https://tradeflowsasia.example/vietnam/october-2026-trade-data-electronics-offset-tariff-drag",
    "Vietnam trade, October 2026: electronics offset the tariff drag, surplus narrows",
    "Ten-month shipments to the US are up by almost a quarter; imports of capital goods run even faster",
    "Marcus Yeo, Singapore",
    "2026-11-08T10:00:00+08:00",
    "8 November 2026",
    [
        "Vietnam's National Statistics Office published its October trade estimate on 6 November, and the "
        "headline numbers were strong: exports of $44.2bn, up 14.6% year on year, and imports of $41.5bn, "
        "up 17.3%. The monthly surplus was $2.7bn.",
        "The beat was sizeable. The consensus among the analysts we track was for export growth of about "
        "12%, in line with the government's target for the year as a whole.",
        "For January to October, exports totalled $418.6bn (+15.9%) and imports $398.9bn (+18.4%). The "
        "ten-month surplus of $19.7bn is roughly 19% smaller than the $24.3bn recorded a year earlier. The "
        "narrowing reflects strong imports of machinery and intermediate components rather than weak "
        "exports.",
        "A note on revisions: the NSO raised its estimate of September exports to $43.1bn, from $42.6bn "
        "in its first release, once full customs declarations were processed. Month-on-month, October was "
        "therefore up 2.6%, not the 3.8% a comparison with the unrevised figure would suggest. Customs "
        "will publish its own final October numbers in mid-November, and small revisions are normal.",
        "By product, electronics, computers and components were again the star, at $9.8bn in October "
        "(+38% y/y). Machinery and equipment exports reached $5.1bn. Textiles and garments, at $3.6bn, "
        "and footwear, at $2.2bn, grew by 6% and 4% respectively, a sign that the labour-intensive "
        "sectors most exposed to the US tariff are treading water rather than shrinking.",
        "By market, the US took $128.4bn of Vietnamese goods in the first ten months, up 24.1%. Readers "
        "comparing with US figures should note that the US Census Bureau's count of imports from Vietnam "
        "differs from Vietnam's export data, because of valuation, shipping time and re-exports through "
        "third countries; on the US side, imports from Vietnam were about $137bn in January-September. "
        "Neither number is wrong; they measure different things.",
        "China remained the largest supplier, with imports of $158.2bn (+22.5%), much of it components "
        "that are assembled and re-exported.",
        "\"The story of 2026 is that the tariff changed the mix, not the volume,\" said Catherine Dao, a "
        "Hanoi-based partner at Mekong Advisory. \"Buyers who could move low-margin orders to Bangladesh or "
        "Cambodia did. But for high-end electronics, Vietnam's ecosystem is now very hard to replicate.\"",
        "Dao expects full-year exports of $500bn-$510bn, implying growth of about 15%, against the 12% "
        "target. The Ministry of Industry and Trade said on Friday it also expected to pass $500bn.",
        "The main risk, she said, is enforcement: Washington's 40% rate on goods it judges to have been "
        "transshipped. Deputy Minister of Industry and Trade Tran Thi Thu Ha told the NSO briefing that "
        "exporters must tighten certificate-of-origin checks.",
        "Ong Kah Seng of Harbourview Capital said the October surge was partly timing. \"Christmas orders "
        "were pulled forward. We would not extrapolate 14.6% into the first quarter,\" he said.",
        "Other data released alongside the trade figures showed industrial production up 10.2% y/y in "
        "October and CPI inflation at 3.4%. Disbursed FDI in the ten months reached $21.3bn.",
    ],
    [("Transshipment rules: a practical guide", "/guides/us-transshipment-rules"),
     ("Bangladesh garment orders climb", "/bangladesh/garment-orders-q3-2026"),
     ("Data: ASEAN monthly trade dashboard", "/data/asean-trade-dashboard")],
    factbox=("Vietnam trade, October 2026 (NSO estimate)", [
        ("Exports, October", "$44.2bn (+14.6% y/y)"),
        ("Imports, October", "$41.5bn (+17.3% y/y)"),
        ("Balance, October", "+$2.7bn"),
        ("Exports, Jan-Oct", "$418.6bn (+15.9%)"),
        ("Imports, Jan-Oct", "$398.9bn (+18.4%)"),
        ("Balance, Jan-Oct", "+$19.7bn (Jan-Oct 2025: +$24.3bn)"),
        ("September exports (revised)", "$43.1bn (first estimate $42.6bn)"),
    ]),
    section="Data brief",
)

_S4_RADIO = _broadcast(
    "Radio Mekong International",
    "https://www.rmi.example/en/news/vietnam-factories-shrug-off-tariffs-as-exports-climb-30517",
    "Vietnam's factories shrug off tariffs as exports climb again",
    "RMI English Service",
    None,
    "Updated 6 hours ago",
    [
        "Vietnam's exports grew by nearly 15 percent in October compared with the same month last year, "
        "official figures show, as factories producing electronics worked extra shifts to meet orders from "
        "the United States and Europe.",
        "Shipments abroad were worth around 44 billion US dollars last month, according to the National "
        "Statistics Office. Over the first ten months of the year, exports rose about 16 percent.",
        "At a garment factory in Dong Nai province, outside Ho Chi Minh City, managers say orders from "
        "American brands fell at the start of the year but have since recovered.",
        "\"In January we were very worried. Some customers stopped ordering for two months,\" said factory "
        "director Vo Thi Lan. \"Now we have orders until March. The prices are lower, but the volume is "
        "back.\"",
        "Her factory employs about 1,800 workers. Like many garment makers, it has had to absorb part of "
        "the 20 percent tariff the United States applies to most goods from Vietnam, cutting margins.",
        "The bigger winners have been electronics makers. Exports of computers, electronics and parts rose "
        "by more than a third in October compared with a year earlier.",
        "Vietnam's deputy trade minister, Tran Thi Thu Ha, told reporters in Hanoi on Friday that the "
        "government expected total exports this year to pass 500 billion dollars for the first time. But "
        "she warned companies not to become complacent, saying trade risks in major markets remained.",
        "Washington has threatened higher tariffs on goods that it believes are made in China and only "
        "pass through Vietnam. Officials in Hanoi have promised to tighten checks on where products are "
        "really made.",
        "Imports also grew strongly, rising faster than exports, as factories bought machines and "
        "components. That has reduced Vietnam's trade surplus, which stood at just under 20 billion "
        "dollars for the first ten months of the year, compared with more than 24 billion dollars a year "
        "earlier.",
        "Economists say the economy is on track for one of its best years in more than a decade. But "
        "some warn that the strong October figures were helped by companies shipping goods early for the "
        "Christmas season.",
        "\"We should expect a softer patch early next year. That is normal after a rush,\" said Nguyen Duc "
        "Hieu, an economist at a securities company in Ho Chi Minh City.",
        "Vietnam's government has made exports central to its plan to become a high-income country by "
        "2045. Foreign companies have invested heavily in factories in the north of the country, around "
        "Hanoi and the port city of Hai Phong, over the past decade.",
    ],
    [("Listen: Business Asia - Vietnam's tariff year", "/en/podcasts/business-asia-30488"),
     ("Vietnam's coffee farmers cash in on record prices", "/en/news/vietnam-coffee-30301")],
    video_caption="Audio: Report from Dong Nai (3:12)",
    section="Business",
)

STORY_4 = _story(
    "tr-HD4", "trade", "2026-11-09",
    [
        _page("https://www.meridianwire.example/markets/asia/vietnam-october-exports-jump-146-beat-forecasts-2026-11-06/", _S4_WIRE),
        _page("https://saigonobserver.example/economy/ten-month-exports-top-418-billion-usd-4120.html", _S4_PAPER),
        _page("https://tradeflowsasia.example/vietnam/october-2026-trade-data-electronics-offset-tariff-drag", _S4_TRADE),
        _page("https://www.rmi.example/en/news/vietnam-factories-shrug-off-tariffs-as-exports-climb-30517", _S4_RADIO),
    ],
    [],
)


# ===========================================================================
# STORY 5 - rk-HD5 - BRIN RX-550 sounding rocket test flight, Garut
# (PLANTED: flight duration in the newspaper, liftoff time in the specialist
# site, apogee in the regional paper)
# ===========================================================================

_S5_AGENCY = _wire(
    "Antarnusa News Agency",
    "https://en.antarnusa.example/news/289114/brin-rx-550-rocket-reaches-128-km-in-test-flight",
    "BRIN's RX-550 rocket reaches 128 km in first full test flight",
    "Yudha Pratama",
    "Garut, W Java, July 23",
    "2026-07-23T05:05:00Z",
    [
        "Indonesia's National Research and Innovation Agency (BRIN) on Thursday successfully launched its "
        "RX-550 two-stage sounding rocket from the Pameungpeuk launch station in Garut District, West Java, "
        "with preliminary telemetry showing the rocket reached an altitude of 128 kilometers.",
        "The rocket lifted off at 09:42 Western Indonesia Time (WIB) after a hold of 27 minutes from its "
        "scheduled time of 09:15, which the launch team used to clear a fishing boat that had strayed into "
        "the safety zone off the coast.",
        "The flight, from liftoff to splashdown in the Indian Ocean, lasted 6 minutes 52 seconds, BRIN "
        "said. The rocket's second stage and its 40-kilogram instrument payload came down about 310 "
        "kilometers south of the launch site.",
        "\"All the main objectives of this flight were achieved. The separation of the stages was clean, "
        "the second stage ignited on time and we received data from the payload until the very end,\" said "
        "Eko Prasetyo Nugroho, head of BRIN's Aeronautics and Space Research Organization.",
        "The target altitude for the test had been 120 km. Eko said the higher-than-planned apogee was "
        "within the expected margin and was probably due to the lighter payload and favorable wind "
        "conditions at launch.",
        "The RX-550 is 9.2 meters tall and weighs about 2.1 tonnes at launch. Its name refers to the "
        "550-millimeter diameter of the first stage motor, which burns a composite solid propellant "
        "produced by BRIN's own facility in Tarogong.",
        "The launch had originally been planned for Tuesday (July 21) but was postponed twice because of "
        "strong upper-level winds over the south coast of Java.",
        "BRIN's previous major flight, of the single-stage RX-450 in November 2025, reached an altitude "
        "of 64 km and flew for 3 minutes and 40 seconds.",
        "The payload carried a GNSS receiver, accelerometers, a temperature sensor array and an onboard "
        "camera developed with the Bandung Aerospace Polytechnic. Launch director Yulia Ramadhani said "
        "the camera's footage would be released after processing.",
        "\"This is a step, not the destination. Our target remains a small satellite launcher before "
        "2030,\" Yulia said.",
        "BRIN chairman Laksmana Adiwijaya, who followed the launch by video link from Jakarta, called the "
        "flight \"proof that Indonesian engineers can master the whole chain, from propellant to "
        "telemetry\". He said the agency would seek a larger budget for launch vehicle research in 2027.",
        "According to the launch team, the rocket reached a peak speed of about 1.5 kilometers per second "
        "during the second-stage burn. The payload's onboard camera recorded the separation of the two "
        "stages and views of the curvature of the Earth at the top of the trajectory.",
        "The test is part of a research program with a budget of Rp86 billion for 2025-2026. BRIN plans "
        "a second RX-550 flight, carrying a heavier payload, in the first half of 2027.",
        "Local authorities had closed the beaches around Pameungpeuk and Cikelet from 06:00 WIB and "
        "asked fishermen to stay out of a 20-nautical-mile zone during the launch window.",
    ],
    [("BRIN postpones rocket test due to strong winds", "/news/288802/brin-postpones-rocket-test"),
     ("Pameungpeuk: six decades of rocket launches", "/news/287930/pameungpeuk-history"),
     ("Indonesia eyes small satellite launcher by 2030", "/news/281455/small-launcher-2030")],
    credit="Editor: Rina Kusumawati. Copyright Antarnusa 2026",
    topics=("National", "Science"),
)

_S5_PAPER = _paper(
    "The Jakarta Ledger",
    "https://www.jakartaledger.example/science/2026/07/24/two-stage-rocket-clears-karman-line.html",
    "Homegrown two-stage rocket clears edge of space in Garut test",
    "BRIN's RX-550 flies higher than planned, raising hopes for a small satellite launcher, but "
    "funding remains the bottleneck",
    "Ardian Wicaksono",
    "2026-07-24T00:10:00+07:00",
    "Fri, July 24, 2026",
    "Science",
    [
        "An Indonesian-made rocket crossed the Kármán line, the altitude of 100 kilometers often used to "
        "mark the boundary of space, during a test flight from the south coast of West Java on Thursday, "
        "a milestone for a space program that has long struggled for money and attention.",
        "The RX-550, developed by the National Research and Innovation Agency (BRIN), lifted off from the "
        "Pameungpeuk launch station in Garut regency at 9:42 a.m. local time and reached a peak altitude "
        "of 128 km, according to preliminary data released by the agency on Thursday afternoon.",
        "The flight lasted 5 minutes and 52 seconds before the second stage and its instrument package "
        "splashed down in the Indian Ocean, BRIN said.",
        "The two-stage rocket, the largest BRIN has flown, was originally scheduled to fly on Tuesday. "
        "The launch was delayed twice by high-altitude winds, and on Thursday the countdown was held for "
        "27 minutes because a fishing boat had entered the restricted area.",
        "\"When we saw the second stage ignite on the screen, the whole control room stood up,\" said Eko "
        "P. Nugroho, the head of BRIN's aeronautics and space research organization. \"Some of our "
        "engineers have worked on this motor for eight years.\"",
        "The rocket overshot its planned altitude of 120 km. Engineers said this was within the margin "
        "they had modeled.",
        "For Indonesia, the world's largest archipelago, an independent launch capability has been a "
        "long-held ambition. The country has relied on foreign launchers for its communications and "
        "earth-observation satellites since the 1970s, and officials have argued that a small domestic "
        "launcher could put cheap satellites into equatorial orbits from a planned spaceport on Biak "
        "island in Papua.",
        "That goal remains distant. An orbital launcher needs far more powerful motors, guidance systems "
        "and a permanent launch site, and BRIN's budget for the RX-550 program over two years was Rp 86 "
        "billion (about US$5.3 million), a fraction of what regional peers spend.",
        "\"Suborbital success is important for morale and for the engineers' experience. But to go to "
        "orbit you need a sustained commitment over ten years, not project by project,\" said Rahmat "
        "Hidayat, an aerospace engineer and lecturer at the Bandung Aerospace Polytechnic, which built the "
        "rocket's camera payload.",
        "The previous test, of the single-stage RX-450 in November, reached 64 km.",
        "Launch director Yulia Ramadhani said the next RX-550 flight would carry a heavier payload and "
        "was planned for the first half of next year. \"We now have real flight data to improve the "
        "design. That is worth more than any simulation,\" she said.",
        "Residents of Pameungpeuk, many of whom have watched rocket tests from the beach since the 1960s, "
        "were kept away from the shore for several hours on Thursday morning.",
    ],
    [("Editorial: Space ambitions need steady funding", "/opinion/2026/07/24/editorial-space.html"),
     ("Biak spaceport plan: what we know", "/science/2026/05/11/biak-spaceport.html"),
     ("Indonesia's satellite fleet explained", "/science/2026/02/03/satellite-fleet.html")],
    caption="The RX-550 rocket lifts off from the Pameungpeuk launch station in Garut, West Java, on "
            "Thursday morning. (Courtesy of BRIN)",
    image="https://www.jakartaledger.example/img/2026/07/24/rx550-liftoff.jpg",
    tagline="Indonesia's independent English-language daily",
)

_S5_SPACE = _trade(
    "Orbit & Apogee",
    "https://orbitapogee.example/2026/07/24/indonesia-rx-550-suborbital-test-analysis/",
    "Indonesia's RX-550 flies: what the first two-stage test tells us",
    "BRIN's sounding rocket overshot its 120 km target. The harder part, a guided orbital launcher, "
    "is still years and several motors away",
    "Lena Hartmann",
    "2026-07-24T14:00:00Z",
    "24 July 2026",
    [
        "Indonesia's National Research and Innovation Agency (BRIN) flew its RX-550 sounding rocket for "
        "the first time on 23 July, and by the agency's preliminary numbers the flight went better than "
        "planned: an apogee of 128 km against a target of 120 km, clean stage separation and telemetry "
        "from the payload all the way to splashdown.",
        "Liftoff from the Pameungpeuk range on Java's south coast came at 9:24 a.m. WIB (02:24 UTC), after "
        "a short hold to clear a fishing vessel from the downrange hazard area. The total flight time was "
        "412 seconds.",
        "The RX-550 is a two-stage, unguided, fin-stabilised vehicle, 9.2 m long with a lift-off mass of "
        "about 2.1 t. The first stage uses a 550 mm diameter motor with a hydroxyl-terminated polybutadiene "
        "(HTPB) composite propellant and burned for around 16 seconds. After a coast, the second stage "
        "ignited at roughly T+38 s and burned for 21 s. BRIN quoted a peak velocity of about 1.5 km/s, or "
        "roughly Mach 4.5 at altitude.",
        "Apogee was reached a little under four minutes into the flight. The second stage and its 40 kg "
        "payload, which stayed attached, came down some 310 km downrange in the Indian Ocean. No recovery "
        "was attempted.",
        "For comparison, the single-stage RX-450 that BRIN flew in November 2025 peaked at 64 km after a "
        "flight of 3 minutes 40 seconds. Doubling the altitude with a second stage is the expected result "
        "on paper; doing it on the first attempt, with an in-house motor and propellant, is the real "
        "achievement.",
        "Eko Prasetyo Nugroho, who heads BRIN's Aeronautics and Space Research Organisation, attributed "
        "the 8 km overshoot to a payload that came in lighter than the mass model and to favourable "
        "winds aloft. An overshoot of that size is within normal dispersion for an unguided vehicle, he "
        "said.",
        "Several engineers we spoke to outside the programme agreed. \"Unguided sounding rockets routinely "
        "miss their predicted apogee by five or ten percent either way. What matters is that the model "
        "and the flight now agree closely enough to design the next vehicle,\" said Marco Feltrinelli, a "
        "propulsion consultant who has worked on European sounding rocket campaigns.",
        "The gap between this flight and BRIN's stated ambition of a small satellite launcher before 2030 "
        "is large. An orbital vehicle needs roughly 7.8 km/s of velocity, active guidance and a far "
        "heavier first stage. The agency has talked about a launcher in the RKN family flying from a new "
        "equatorial site on Biak, but the site has no funded construction schedule.",
        "Launch director Yulia Ramadhani said the next RX-550, in the first half of 2027, would carry a "
        "heavier payload and test a new telemetry system. BRIN said the budget for the programme in "
        "2025-2026 was Rp 86 billion, roughly $5.3 million.",
        "The flight had been scheduled for 21 July and slipped twice because of strong upper-level winds, "
        "a recurring issue at Pameungpeuk in the dry season.",
        "Camera footage from the payload will be published once it has been processed, BRIN said.",
    ],
    [("Sounding rockets in Asia: a 2026 overview", "/2026/03/02/asia-sounding-rockets-overview/"),
     ("Why equatorial launch sites matter", "/2025/09/18/equatorial-launch-sites/"),
     ("HTPB motors explained", "/explainers/htpb-motors/")],
    factbox=("RX-550 flight 1 at a glance (BRIN preliminary data)", [
        ("Date", "23 July 2026"),
        ("Site", "Pameungpeuk, Garut, West Java"),
        ("Apogee", "128 km (target 120 km)"),
        ("Flight time", "412 s"),
        ("Payload", "40 kg"),
        ("Previous flight", "RX-450, Nov 2025, 64 km"),
    ]),
    section="Launch report",
)

_S5_REGIONAL = _regional(
    "Priangan Times",
    "https://priangantimes.example/garut/warga-pameungpeuk-saksikan-rx550",
    "Pameungpeuk residents cheer as RX-550 rocket roars into the sky",
    "Asep Saepudin",
    None,
    "Garut",
    [
        "PAMEUNGPEUK - Hundreds of residents gathered on the hills above Pameungpeuk beach on Thursday "
        "morning to watch the RX-550 rocket roar into the sky, the biggest launch the small coastal town "
        "has hosted in its six decades as Indonesia's rocket range.",
        "The rocket, built by the National Research and Innovation Agency (BRIN), lifted off at 09.42 WIB "
        "and climbed to a height of 148 km before falling into the Indian Ocean, according to "
        "BRIN officials at the launch station.",
        "\"It was very loud, like thunder that did not stop. Then it was just a white line, and then it "
        "was gone,\" said Nining Kurniasih, 34, who watched with her two children from the road to "
        "Cikelet.",
        "Police and local officials had closed the beaches at Pameungpeuk, Sayang Heulang and Cikelet from "
        "06.00 WIB, and the navy patrolled the coast. Fishermen were asked not to go out to sea for the "
        "day. The launch was delayed by 27 minutes after one boat was spotted inside the safety zone.",
        "\"We received compensation of Rp150,000 per boat for the day. It is less than a good catch, but "
        "we understand it is for the country,\" said Ujang Sobari, the head of a local fishermen's group.",
        "The launch had first been planned for Tuesday, but strong winds forced a delay. Many residents "
        "said they had come out on Tuesday and again on Wednesday, only to be told to go home.",
        "Garut Regent Dedi Kurniawan, who attended the launch at the BRIN station, said the district "
        "government hoped the rocket programme would bring more visitors and research activity to the "
        "south coast.",
        "\"We want Pameungpeuk to be known not only for its beaches but as the place where Indonesia "
        "went to space,\" the regent said. He said the district would propose a small space museum near "
        "the launch station, to be built with support from BRIN and the provincial government.",
        "According to BRIN, the rocket's flight lasted nearly seven minutes. The agency said all the "
        "main goals of the test were achieved.",
        "The Pameungpeuk launch station was set up in the 1960s and has been used for dozens of sounding "
        "rocket launches. Older residents still remember the first rockets launched with foreign help in "
        "that decade.",
        "\"When I was a boy we ran to the beach every time. Today my grandchildren ran ahead of me,\" said "
        "Haji Endang, 71, a retired teacher.",
        "BRIN said it plans another launch of the RX-550 next year.",
        "The head of the Pameungpeuk subdistrict, Iwan Setiawan, said the area's roads and homestays "
        "were full during the week of the launch, with visitors from Bandung and Jakarta.",
    ],
    [("Beaches reopen after launch", "/garut/pantai-dibuka-kembali"),
     ("Garut tourism numbers rise in July", "/garut/wisata-juli")],
    caption="Residents watch the RX-550 rocket launch from a hill near Pameungpeuk beach.",
    section="Garut",
)

STORY_5 = _story(
    "rk-HD5", "rocket", "2026-07-25",
    [
        _page("https://en.antarnusa.example/news/289114/brin-rx-550-rocket-reaches-128-km-in-test-flight", _S5_AGENCY),
        _page("https://www.jakartaledger.example/science/2026/07/24/two-stage-rocket-clears-karman-line.html", _S5_PAPER),
        _page("https://orbitapogee.example/2026/07/24/indonesia-rx-550-suborbital-test-analysis/", _S5_SPACE),
        _page("https://priangantimes.example/garut/warga-pameungpeuk-saksikan-rx550", _S5_REGIONAL),
    ],
    [
        ("flight duration", r"\b(6 min(ute)?s?,? (and )?52 s|412 s|nearly seven minutes|6:52)",
         r"\b(5 min(ute)?s?,? (and )?52 s|352 s|5:52)"),
        ("liftoff time", r"\b0?9[:.]42\b|\b0?2[:.]42\b", r"\b0?9[:.]24\b|\b0?2[:.]24\b"),
        ("apogee", r"\b128[\s-]?(km|kilomet)", r"\b148[\s-]?(km|kilomet)"),
    ],
)


# ===========================================================================
# STORY 6 - eq-HD6 - Magnitude 6.2 earthquake, Dompu, Sumbawa (NTB)
# (PLANTED: BMKG official's name spelling in the live blog, the epicentre's
# reference town in the Jakarta paper, a quote given to another official in
# the regional paper)
# ===========================================================================

_S6_WIRE = _wire(
    "Meridian Wire",
    "https://www.meridianwire.example/world/asia-pacific/strong-quake-hits-indonesias-sumbawa-island-2026-09-29/",
    "Strong quake hits Indonesia's Sumbawa island, killing at least three",
    "Gayatri Mahesa",
    "JAKARTA, Sept 30",
    "2026-09-29T19:40:00Z",
    [
        "A strong earthquake struck the Indonesian island of Sumbawa early on Wednesday, killing at least "
        "three people, injuring 26 and damaging hundreds of homes, the national disaster mitigation agency "
        "(BNPB) said.",
        "The quake hit at 2:17 a.m. local time on Wednesday (1817 GMT on Tuesday), jolting residents from "
        "their sleep across Dompu regency and sending people running into the streets in the dark.",
        "Indonesia's Meteorology, Climatology and Geophysics Agency (BMKG) put the magnitude at 6.2, "
        "revising down an initial automatic reading of 6.4. It said the epicentre was on land, 23 km "
        "(14 miles) northeast of the town of Dompu, at a depth of 14 km. The U.S. Geological Survey "
        "measured the quake at magnitude 6.1 and a depth of 10 km.",
        "BMKG said the quake did not have the potential to trigger a tsunami.",
        "\"The shaking lasted about 15 seconds, but it was enough to bring down houses that were built "
        "without reinforcement,\" said Muhammad Iqbal Hidayat, head of the disaster mitigation agency in "
        "Dompu. He said most of the victims were killed by collapsing walls.",
        "The BNPB said in an update at 9 a.m. (0100 GMT) that three people had been confirmed dead, all in "
        "Dompu regency, and that the number of damaged houses was still being counted. Power was cut in "
        "parts of the regency and a bridge on the main road to the west of Dompu town was cracked.",
        "Gusti Ayu Wirawati, who heads BMKG's earthquake and tsunami division, said 34 aftershocks had been "
        "recorded by 8 a.m., the strongest of magnitude 4.8, and urged residents to stay away from damaged "
        "buildings.",
        "The quake was felt in Mataram, the capital of West Nusa Tenggara province on neighbouring Lombok "
        "island, about 300 km (186 miles) to the west, and as far away as Labuan Bajo on Flores, a popular "
        "tourist gateway.",
        "Videos posted on social media showed people sheltering in the open near a mosque, and patients "
        "being treated on beds outside the Dompu regional hospital, which staff evacuated as a "
        "precaution.",
        "The social affairs ministry said it was sending 2,000 family tents, food packages and field "
        "kitchen equipment from its warehouse in Mataram by road and ferry, a journey that normally takes "
        "most of a day.",
        "Dompu, a regency of about 250,000 people on the eastern half of Sumbawa, is known for its maize "
        "farms and for the surf breaks at Lakey beach, which draw foreign visitors in the dry season. "
        "There were no immediate reports of foreigners among the casualties, a local tourism official "
        "said.",
        "Indonesia straddles the Pacific \"Ring of Fire\", the belt of colliding plates, and is frequently "
        "hit by earthquakes. A series of quakes on Lombok in 2018 killed more than 500 people.",
    ],
    [("Indonesia's deadliest earthquakes: a timeline", "/world/asia-pacific/indonesia-quakes-timeline/"),
     ("Why Indonesia has so many earthquakes", "/world/asia-pacific/explainer-ring-of-fire/")],
    credit="Reporting by Gayatri Mahesa in Jakarta and Heru Santoso in Mataram; Editing by Martin Coles",
    modified="2026-09-30T01:50:00Z",
    topics=("World", "Asia Pacific"),
)

_S6_LIVE = _live(
    "Channel Equator",
    "https://www.channelequator.example/asia/live-sumbawa-earthquake-dompu-4602318",
    "Sumbawa earthquake live: death toll rises to 7 as aftershocks rattle Dompu",
    "Channel Equator Digital",
    "2026-09-30T03:05:00+08:00",
    "2026-09-30T21:30:00+08:00",
    [
        "A magnitude 6.2 quake struck Dompu regency on Sumbawa at 2.17am local time on Wednesday.",
        "At least 7 people dead and 58 injured, according to BNPB's evening update.",
        "BMKG says no tsunami threat; dozens of aftershocks recorded.",
        "More than 1,200 houses damaged; the regional hospital is treating patients in tents.",
    ],
    [
        ("9.30pm", "2026-09-30T21:30:00+08:00", "We're pausing our live coverage",
         ["We are ending our live updates for tonight. Rescuers will resume searching through collapsed "
          "houses in Kilo and Pajo districts at first light. Our correspondent Reza Mahendra will be "
          "reporting from Dompu tomorrow."]),
        ("7.45pm", "2026-09-30T19:45:00+08:00", "Power returning",
         ["The state power company says electricity has been restored to about 60% of customers in Dompu "
          "regency. Mobile networks are working again in most of the town, though calls to some hill "
          "villages still fail."]),
        ("5.30pm", "2026-09-30T17:30:00+08:00", "Death toll rises to 7",
         ["BNPB has updated its figures: 7 people have died and 58 were injured. The agency says 1,240 "
          "houses have been damaged, 310 of them severely, along with 14 schools and 9 mosques.",
          "Most of the victims were in Kilo and Pajo districts, closest to the epicentre."]),
        ("2.45pm", "2026-09-30T14:45:00+08:00", "BNPB chief heads to Sumbawa",
         ["BNPB head Ahmad Fauzi Ramadhan has left Jakarta for Sumbawa with a team of officials. The agency "
          "says it has released Rp 4 billion in emergency funds for tents, food and clean water.",
          "The social affairs ministry is sending 2,000 family tents from Mataram."]),
        ("12.40pm", "2026-09-30T12:40:00+08:00", "Aftershocks continue",
         ["Gusti Ayu Wirawanti of BMKG says the agency has now recorded 45 aftershocks. \"The frequency is "
          "decreasing, which is the normal pattern, but residents should not go back into houses with "
          "cracked walls,\" she told a briefing in Jakarta.",
          "The toll now stands at 5 dead and 41 injured, according to the local disaster agency."]),
        ("9.15am", "2026-09-30T09:15:00+08:00", "Three confirmed dead",
         ["BNPB says three people have been confirmed dead and 26 injured, all in Dompu regency.",
          "Muhammad Iqbal Hidayat, who heads the Dompu disaster agency, told us: \"The shaking lasted "
          "about 15 seconds, but it was enough to bring down houses that were built without "
          "reinforcement.\""]),
        ("6.30am", "2026-09-30T06:30:00+08:00", "First death reported",
         ["Local police say a 63-year-old man died when the wall of his house collapsed in Kilo "
          "district. His wife was injured and taken to hospital."]),
        ("3.40am", "2026-09-30T03:40:00+08:00", "BMKG revises magnitude to 6.2",
         ["BMKG has revised the magnitude to 6.2 from an initial 6.4. The epicentre was 23km northeast "
          "of Dompu at a depth of 14km. The agency says there is no potential for a tsunami.",
          "The US Geological Survey has it at magnitude 6.1."]),
        ("3.05am", "2026-09-30T03:05:00+08:00", "Strong quake in Sumbawa",
         ["A strong earthquake has struck Sumbawa island in West Nusa Tenggara. BMKG's first automatic "
          "reading puts it at magnitude 6.4. Residents in Dompu report strong shaking and houses "
          "damaged. We will bring you updates as we get them.",
          "\"Everything fell from the shelves. My children were screaming. It felt like a minute, maybe "
          "longer,\" a resident of Dompu town told our correspondent by phone."]),
    ],
    [("Explainer: What is the difference between BMKG and USGS magnitudes?", "/asia/explainer-magnitudes-4602401"),
     ("Watch: Residents shelter in the open after Sumbawa quake", "/watch/sumbawa-quake-4602377")],
)

_S6_PAPER = _paper(
    "Nusantara Daily",
    "https://www.nusantaradaily.example/national/2026/10/01/sumbawa-quake-toll-climbs-to-nine",
    "Sumbawa quake toll climbs to nine as aid trickles into Dompu",
    "Survivors spend a second night in the open while aftershocks continue; officials warn of "
    "unreinforced brick homes",
    "Teguh Firmansyah and Annisa Rahma",
    "2026-10-01T06:00:00+07:00",
    "Thursday, 1 October 2026",
    "National",
    [
        "The death toll from the earthquake that struck Sumbawa in West Nusa Tenggara early on Wednesday "
        "rose to nine by late in the day, with 81 people injured, the National Disaster Mitigation Agency "
        "(BNPB) said in an update issued at 10 p.m. local time.",
        "The magnitude 6.2 quake struck at 1.17 a.m. Jakarta time (2.17 a.m. in Sumbawa, which is one hour "
        "ahead) with its epicentre on land, 23 kilometres northeast of Bima, at a depth of 14 km, according "
        "to the Meteorology, Climatology and Geophysics Agency (BMKG).",
        "BNPB said 1,860 houses had been damaged, around a fifth of them severely, and that the figure "
        "would rise as assessment teams reached villages in the hills of Kilo and Pajo districts, where "
        "roads were blocked by landslides.",
        "BNPB head Ahmad Fauzi Ramadhan flew to Sumbawa on Wednesday afternoon with a team of officials "
        "and said the agency had released Rp 4 billion (about US$245,000) in emergency funds for tents, "
        "food and clean water.",
        "\"The priority now is shelter. Many people are afraid to go back inside even if their house is "
        "still standing, and we understand that, because the aftershocks are continuing,\" Ahmad Fauzi "
        "said after visiting the Dompu regional hospital, where patients were being treated in tents in "
        "the car park.",
        "BMKG had recorded 63 aftershocks by 10 p.m. on Wednesday, the strongest measuring 4.8. Gusti Ayu "
        "Wirawati, head of the agency's earthquake and tsunami division, said the quake was caused by "
        "movement on a local fault rather than the subduction zone south of the island, which explained "
        "why it was shallow and so destructive near the epicentre.",
        "\"For a magnitude 6 event, the damage is concentrated but severe. Shallow quakes on land "
        "behave like this,\" she said. BMKG's initial automatic reading had put the magnitude at 6.4 "
        "before it was revised.",
        "The US Geological Survey, whose figures are often cited by foreign media, measured the quake at "
        "6.1.",
        "Most of the victims were killed or injured by collapsing walls of houses built from brick or "
        "concrete blocks without steel reinforcement, a common construction method in rural Nusa "
        "Tenggara.",
        "Engineers have warned for years that such houses are deadly in earthquakes. After the 2018 "
        "Lombok quakes, the government promoted earthquake-resistant designs for rebuilt homes, but "
        "uptake elsewhere in the province has been slow.",
        "\"We know how to build safer houses. The problem is cost and habit,\" said Hendra Gunawan, a "
        "structural engineer at a Mataram university who was part of the post-2018 reconstruction "
        "programme.",
        "In Dompu town, shops remained closed on Wednesday and queues formed at the few petrol stations "
        "with power. Electricity had been restored to about 60 percent of customers by evening, according "
        "to the state power company.",
        "The local government has declared a 14-day emergency response period.",
    ],
    [("Editorial: Build back safer, everywhere", "/opinion/2026/10/01/editorial-build-back-safer"),
     ("Lessons from Lombok, eight years on", "/national/2026/08/05/lombok-eight-years"),
     ("How to prepare an emergency bag", "/lifestyle/2026/09/30/emergency-bag")],
    caption="Residents inspect a collapsed house in Kilo district, Dompu regency, West Nusa Tenggara, "
            "on Wednesday. (ND/Fikri Maulana)",
    image="https://www.nusantaradaily.example/media/2026/10/01/dompu-collapsed-house.jpg",
    tagline="Independent. Indonesian. In English.",
    newsletter="Nusantara Morning",
)

_S6_REGIONAL = _regional(
    "Sumbawa Post",
    "https://sumbawapost.example/dompu/ribuan-warga-mengungsi-gempa-dompu",
    "Thousands in tents as Dompu counts the cost of quake",
    "Syarifuddin M. Saleh",
    None,
    "Thursday, 1 October 2026 | 14:20 WITA",
    [
        "DOMPU - More than 4,000 people were spending a second day in tents and makeshift shelters in "
        "Dompu on Thursday, as the number of people killed by Wednesday's earthquake rose to 11.",
        "The regency's disaster agency said at noon on Thursday that 97 people had been injured, 23 of "
        "them seriously, and that 2,115 houses had been damaged. Some 4,300 residents had left their homes, "
        "staying in tents at the town square, in school yards and in the fields next to their villages.",
        "\"The shaking lasted about 15 seconds, but it was enough to bring down houses that were built "
        "without reinforcement,\" said Lalu Fahrurrozi, head of the West Nusa Tenggara provincial disaster "
        "agency, who arrived in Dompu on Wednesday night.",
        "The magnitude 6.2 earthquake struck at 02.17 WITA on Wednesday. BMKG said the epicentre was 23 km "
        "northeast of Dompu town, at a depth of 14 km.",
        "In Kilo district, among the worst hit, residents of Desa Lasi said half the houses in the village "
        "had walls that cracked or fell. Nurhayati, 52, said she and her husband escaped through a window "
        "after the door jammed.",
        "\"We heard a noise like a truck, then everything moved. We slept outside last night with the "
        "children under a tarpaulin. It rained a little,\" she said.",
        "Volunteers from mosques and student groups in Mataram arrived by ferry and truck on Thursday "
        "morning with rice, instant noodles, blankets and baby milk. But residents in the hill villages "
        "said help had not yet reached them because landslides had blocked the road.",
        "Clean water is the most urgent need, according to the head of the Dompu health office, dr. "
        "Sitti Maryam. Many wells in Kilo and Pajo became cloudy after the quake, she said, and the office "
        "has sent water tanks to 12 villages.",
        "BMKG recorded 71 aftershocks up to Thursday morning. The agency said none was stronger than "
        "magnitude 4.8 and that the frequency was declining.",
        "The Dompu regent has declared an emergency response period of 14 days, from September 30 to "
        "October 13. Schools in the affected districts will be closed until at least Monday, October 5, "
        "and classes will then be held in tents where buildings are unsafe.",
        "At the Dompu regional hospital, doctors continued to treat patients in tents outside the main "
        "building, which is being checked by engineers from the public works ministry.",
        "\"The building has some cracks, but we think it is safe. We will wait for the engineers before "
        "moving patients back,\" said the hospital's director.",
        "The quake was also felt in Sumbawa Besar and in Mataram, where some residents, remembering the "
        "2018 Lombok earthquakes, ran out of their houses.",
    ],
    [("Daftar posko bantuan gempa Dompu", "/dompu/posko-bantuan"),
     ("Ferry schedule to Sumbawa back to normal", "/lintas/jadwal-kapal"),
     ("Harga beras di Dompu stabil", "/ekonomi/harga-beras-dompu")],
    caption="Residents of Kilo district shelter in tents on Thursday after the earthquake damaged their "
            "homes.",
    section="Dompu",
)

STORY_6 = _story(
    "eq-HD6", "earthquake", "2026-10-02",
    [
        _page("https://www.meridianwire.example/world/asia-pacific/strong-quake-hits-indonesias-sumbawa-island-2026-09-29/", _S6_WIRE),
        _page("https://www.channelequator.example/asia/live-sumbawa-earthquake-dompu-4602318", _S6_LIVE),
        _page("https://www.nusantaradaily.example/national/2026/10/01/sumbawa-quake-toll-climbs-to-nine", _S6_PAPER),
        _page("https://sumbawapost.example/dompu/ribuan-warga-mengungsi-gempa-dompu", _S6_REGIONAL),
    ],
    [
        ("bmkg official's name", r"\bwirawati\b", r"\bwirawanti\b"),
        ("epicentre reference town", r"\bdompu\b", r"\bbima\b"),
        ("speaker of the 'shaking lasted about 15 seconds' quote", r"\biqbal\b", r"\bfahrurrozi\b"),
    ],
)

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
