"""Story battery, part IA — Mexico and Central America, events in 2026.

Written by engineer IA1 on 2026-12-07 for the twenty-fourth batch, a precision
batch: most of what the outlets say differently here is legitimate variation
that a careful editor would accept; only the planted items are contradictions.
All outlets, reporters, companies, most officials and all figures are invented.

cb-IA1 (central bank) — Banco Central de Costa Rica cuts its monetary policy
    rate from 4.00% to 3.75% on Thursday 12 March 2026.  CONTROL (no plant).
    Outlets: Meridian Wire Service (wire), CABN News (broadcaster, no machine
    date), The Tico Ledger (newspaper, next morning), Latam Rates Monitor
    (specialist).
    Traps: old vs new rate; "25 basis points" / "a quarter of a percentage
    point" / "25bp"; vote "5-2" / "five to two" / "two of the seven directors
    dissented"; February inflation 1.1% vs "about 1%"; target "3% plus or
    minus one point" vs "2% to 4%"; the bank's growth forecast 4.0% (revised
    from 4.2%, said so) vs the IMF's 3.6% vs the specialist's own 3.8%;
    previous meetings (October cut from 4.25%, January hold); 1 p.m. local vs
    1900 GMT vs 13:00; the president with and without second surname and as
    "Rodrigo Salas V."; "Finance Minister" / "minister of finance"; colón at
    498.6 (Wednesday close) vs "around 500" vs "roughly 499" (Thursday); two
    different analysts' polls (8 of 11; 10 of 14); 2022 peak rate; forecasts
    for year-end rate; next meeting as "April 23" / "Thursday, April 23".

el-IA2 (election) — by-election in the invented Belize constituency of
    Mopan Ridge on Wednesday 18 February 2026.  PLANTED (3):
    * the winner's surname: "Chen-Aguilar" (Belize Wire Service, Jaguar TV
      News, The Cayo Current) vs "Chan-Aguilar" (Stann Creek Sentinel);
    * polling day: Wednesday (wire, Jaguar TV, Sentinel) vs "Tuesday's
      by-election" (The Cayo Current);
    * final official turnout 61.4% (Belize Wire Service; the Current's "just
      over 61 percent" agrees) vs 64.1 percent (Stann Creek Sentinel).
    Traps: election-night unofficial count of 14 of 16 stations (lead 318,
    turnout "around 60 percent") vs the official count (majority 412), the
    revision explained; "majority of 412" / "just over 400 votes"; last year's
    general-election result and 72.8% turnout; Las Palmitas station turnout
    70.2% / "seven in ten" vs the seat's; polls closing 6 p.m. local vs
    midnight GMT; registered voters; Pott as "Dorian A. Pott" / "Dorian
    Alfredo Pott"; seat counts 20 of 31; BZ$2.4 million vs US$1.2 million;
    9 miles vs 14.5 km.

ct-IA3 (court) — Mexico's Supreme Court strikes down Chihuahua's fee on
    agricultural groundwater on Tuesday 21 April 2026.  CONTROL.
    Outlets: Continental Press Agency (wire), Chihuahua Daily Post (regional,
    no machine date), LatAm Law Brief (legal specialist).
    Traps: "7-2" / "seven to two" / "seven votes to two" / "two justices
    dissented"; 2.50 pesos vs "about 14 U.S. cents"; exempt 5,000 cubic
    metres vs "5 million litres" vs "5,000 m³"; 412 million pesos vs
    "roughly $23 million"; 38 municipalities; 2024 law, collected since
    January 2025, 2025 injunctions; 90 days vs "three months"; 1:40 p.m.
    Mexico City vs 1940 GMT vs 13:40; drafting justice as "Adriana Solórzano
    Beltrán" / "Adriana Solorzano"; governor with and without second
    surname, "the state governor"; one dissenter named by the wire, both by
    the others; same 412 million attributed to the session and to the state
    finance department.

tr-IA4 (trade) — INEGI's February 2026 merchandise trade figures for
    Mexico, released Thursday 26 March 2026.  PLANTED (3):
    * the February surplus: $2.31 billion (Meridian wire, Bolsa Daily live
      blog, Nearshore Trade Journal) vs $2.13 billion (Noreste Today);
    * Luis Ferrando Quiroz's post: "undersecretary of foreign trade" (wire) /
      "undersecretary for foreign trade" (journal) / "foreign trade
      undersecretary" (live) vs "undersecretary of industry and commerce"
      (Noreste Today);
    * "its first monthly surplus in four months" (wire; the live blog's
      "first surplus since October" agrees) vs "its first surplus in seven
      months" (Nearshore Trade Journal).
    Traps: January deficit $4.56bn first reported, revised to $4.49bn (said
    so); seasonally adjusted deficit of $620m vs unadjusted surplus (both
    explained); January-February cumulative deficit $2.18bn; consensus
    "around $1 billion" / median $1.05bn / forecast range vs outcome; total
    vs oil vs non-oil vs automotive exports; import categories; peso at 18.01
    then 18.05; GMT vs Mexico City times; Nuevo León's share vs the national
    total; different banks' 2026 export forecasts; "Economy Ministry" /
    "Economy Secretary".

rk-IA5 (rocket) — invented Quetzal Aeroespacial's Xólotl-2 suborbital test
    flight from a range near Puerto Libertad, Sonora, on Wednesday 13 May
    2026, after a wind scrub on Tuesday 12 May.  CONTROL.
    Outlets: LaunchWatch Americas (specialist), Sonora 24 News (regional
    broadcaster), The Mexico City Courier (newspaper, no machine date).
    Traps: planned Tuesday vs flown Wednesday; 7:14 a.m. local vs 14:14 UTC
    vs 8:14 a.m. Mexico City; apogee 108 km vs "about 67 miles"; 10 min 48 s
    vs "nearly 11 minutes"; engine burn 71 s vs "just over a minute"; payload
    35 kg vs 77 pounds; Mach 4.8 vs "nearly five times the speed of sound"
    vs "about 5,900 km/h"; Xólotl-1's 42 km in October 2025; Kármán line
    100 km; US$48 million vs 860 million pesos; Xólotl with and without
    accent; CEO with and without second surname; the 2027 plan for
    Xólotl-3; 9.6 metres.

eq-IA6 (earthquake) — offshore earthquake off Guatemala's Pacific coast
    early on Tuesday 9 June 2026.  PLANTED (3):
    * origin time: 3:42 a.m. local (Continental Press wire, Isthmus Times
      live blog with 09:42 GMT, Istmo News Network) vs "3:24 a.m."
      (The Southern Coast Herald);
    * epicentre per INSIVUMEH: 48 km southwest of Champerico (wire, INN,
      Herald) vs 48 km southwest of Puerto San José (live blog);
    * the quote "The walls held, the roofs did not": CONRED's Oswaldo Letona
      (wire, Herald) vs Champerico mayor Carmen Ixcot (INN).
    Traps: magnitude 6.4 (USGS, after a preliminary 6.6, revision said) vs
    6.2 (INSIVUMEH), attributed; depth 35 km (USGS) vs 41 km (INSIVUMEH);
    death toll 1 -> 2 -> 5 -> 7 and injured 23 -> 41 -> 64, homes damaged
    340 -> 1,100 -> 1,870, aftershocks 27 -> 41 -> "dozens" -> "more than
    90", all with publication times; local time vs GMT; 48 km vs 30 miles;
    "CONRED" / "Guatemala's disaster agency" / "CONRED chief" / "executive
    secretary"; state of calamity for 30 days vs "for a month"; the 2012
    quake; Ixcot quoted (legitimately) with a different quote in the Herald.
"""

from __future__ import annotations

import html as _html
import json as _json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "IA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


def _e(text: str) -> str:
    return _html.escape(text, quote=False)


def _a(text: str) -> str:
    return _html.escape(text, quote=True)


def _jsonld(headline, url, site, authors, pub=None, mod=None, section=None,
            desc=None, image=None, kind="NewsArticle") -> str:
    data = {"@context": "https://schema.org", "@type": kind,
            "headline": headline, "mainEntityOfPage": url}
    if pub:
        data["datePublished"] = pub
    if mod:
        data["dateModified"] = mod
    if section:
        data["articleSection"] = section
    if desc:
        data["description"] = desc
    if image:
        data["image"] = [image]
    data["author"] = [{"@type": "Person", "name": a} for a in authors] or \
        {"@type": "Organization", "name": site}
    data["publisher"] = {"@type": "Organization", "name": site,
                         "logo": {"@type": "ImageObject",
                                  "url": url.split("/")[0] + "//" + url.split("/")[2] + "/static/logo.png"}}
    return ('<script type="application/ld+json">'
            + _json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _blocks(body, pcls="", figcls="media", adcls="ad-slot") -> str:
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<p{pcls}>{_e(b)}</p>")
            continue
        tag = b[0]
        if tag == "h":
            out.append(f"<h2>{_e(b[1])}</h2>")
        elif tag == "h3":
            out.append(f"<h3>{_e(b[1])}</h3>")
        elif tag == "fig":
            out.append(f'<figure class="{figcls}"><img src="{_a(b[1])}" alt="{_a(b[2])}" loading="lazy" width="1200" height="675">'
                       f"<figcaption>{_e(b[2])} <span class=\"credit\">{_e(b[3])}</span></figcaption></figure>")
        elif tag == "ad":
            out.append(f'<div class="{adcls}" data-slot="{b[1] if len(b) > 1 else "mid"}"><span class="ad-label">Advertisement</span><div class="ad-fill" style="min-height:250px"></div></div>')
        elif tag == "quote":
            out.append(f"<blockquote class=\"pull\"><p>{_e(b[1])}</p><cite>{_e(b[2])}</cite></blockquote>")
        elif tag == "ul":
            out.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in b[1]) + "</ul>")
        elif tag == "table":
            cap, head, rows = b[1], b[2], b[3]
            t = [f'<table class="data"><caption>{_e(cap)}</caption><thead><tr>']
            t += [f"<th>{_e(h)}</th>" for h in head]
            t.append("</tr></thead><tbody>")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
        elif tag == "more":
            out.append('<aside class="inline-related"><strong>Read more:</strong> '
                       f'<a href="{_a(b[2])}">{_e(b[1])}</a></aside>')
        elif tag == "raw":
            out.append(b[1])
        else:
            raise ValueError(tag)
    return "\n".join(out)


_COOKIE = {
    "en": ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
           "<p>We use cookies and similar technologies to personalise content and ads, to provide social "
           "media features and to analyse our traffic. You can change your choices at any time in Privacy "
           'settings.</p><button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> '
           '<a href="/privacy">Manage preferences</a></div>'),
    "short": ('<div class="gdpr-bar"><span>This site uses cookies. By continuing to browse you agree to our use of '
              'cookies.</span> <a href="/cookies">Learn more</a> <button>OK</button></div>'),
}


def _head(title, site, url, desc, image, pub=None, mod=None, authors=(), section=None,
          ld=True, extra_meta="", lang="en") -> str:
    metas = ['<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{_e(title)} | {_e(site)}</title>",
             f'<meta name="description" content="{_a(desc)}">',
             f'<link rel="canonical" href="{_a(url)}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:site_name" content="{_a(site)}">',
             f'<meta property="og:title" content="{_a(title)}">',
             f'<meta property="og:description" content="{_a(desc)}">',
             f'<meta property="og:url" content="{_a(url)}">',
             f'<meta property="og:image" content="{_a(image)}">',
             '<meta name="twitter:card" content="summary_large_image">',
             f'<meta name="twitter:title" content="{_a(title)}">']
    if pub:
        metas.append(f'<meta property="article:published_time" content="{pub}">')
    if mod:
        metas.append(f'<meta property="article:modified_time" content="{mod}">')
    if section:
        metas.append(f'<meta property="article:section" content="{_a(section)}">')
    for a in authors:
        metas.append(f'<meta name="author" content="{_a(a)}">')
    metas.append('<link rel="stylesheet" href="/assets/css/main.min.css">')
    metas.append('<script async src="/assets/js/ads.loader.js"></script>')
    if extra_meta:
        metas.append(extra_meta)
    if ld and pub:
        metas.append(_jsonld(title, url, site, list(authors), pub, mod, section, desc, image))
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(metas) + "\n</head>\n"


def _nav(items, cls="site-nav") -> str:
    return (f'<nav class="{cls}" aria-label="Sections"><ul>'
            + "".join(f'<li><a href="/{_a(i.lower().replace(" ", "-"))}/">{_e(i)}</a></li>' for i in items)
            + "</ul></nav>")


def _share(url, title, style="icons") -> str:
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    links = [("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
             ("X", f"https://x.com/intent/post?url={u}&amp;text={t}"),
             ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
             ("Email", f"mailto:?subject={t}&amp;body={u}")]
    if style == "icons":
        return ('<div class="share-bar"><span>Share</span>'
                + "".join(f'<a class="share-{n.lower()}" href="{h}" aria-label="Share on {n}"><svg aria-hidden="true"></svg></a>' for n, h in links)
                + '<button class="copy-link">Copy link</button></div>')
    return ('<ul class="share-list">' + "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in links) + "</ul>")


def _related(items, heading="Related stories") -> str:
    return (f'<section class="related"><h3>{_e(heading)}</h3><ul>'
            + "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in items) + "</ul></section>")


def _newsletter(site, pitch) -> str:
    return (f'<section class="newsletter-signup"><h3>Get {_e(site)} in your inbox</h3><p>{_e(pitch)}</p>'
            '<form action="/newsletter/subscribe" method="post"><label for="nl-email">Email address</label>'
            '<input id="nl-email" type="email" name="email" placeholder="you@example.com">'
            '<button type="submit">Sign up</button></form><small>You can unsubscribe at any time. '
            'See our privacy notice.</small></section>')


def _footer(site, links, extra="") -> str:
    return ('<footer class="site-footer"><div class="footer-links">'
            + " ".join(f'<a href="/{_a(x.lower().replace(" ", "-"))}">{_e(x)}</a>' for x in links)
            + f"</div><p>&copy; 2026 {_e(site)}. All rights reserved.</p>{extra}</footer>")


def wire(site, url, headline, desc, authors, body, *, pub=None, mod=None, visible="",
         dateline="", credit_line="", section="World", related=(), image="", tag=None,
         ld=True) -> str:
    """Wire-service template: sparse, dateline, reporting/editing credit."""
    h = _head(headline, site, url, desc, image or url + "/lead.jpg", pub if ld else None,
              mod if ld else None, authors, section, ld=ld)
    by = ", ".join(authors)
    first = body[0]
    if dateline and isinstance(first, str):
        body = [f"{dateline} ({tag or site.split()[0]}) - {first}", *body[1:]]
    return (h + '<body class="wire article">\n' + _COOKIE["en"]
            + f'<header class="masthead"><a class="logo" href="/">{_e(site)}</a>'
            + _nav(["World", "Business", "Markets", "Americas", "Sustainability", "Legal", "Technology"])
            + '<a class="subscribe" href="/subscribe">Subscribe</a></header>\n'
            + '<div class="ad-slot leaderboard"><span class="ad-label">Advertisement</span></div>\n'
            + f'<main id="content"><article><div class="kicker">{_e(section)}</div><h1>{_e(headline)}</h1>'
            + f'<div class="byline">By <span class="author">{_e(by)}</span></div>'
            + (f'<time class="stamp">{_e(visible)}</time>' if visible else "")
            + _share(url, headline)
            + '<div class="article-body">\n' + _blocks(body) + "\n</div>"
            + (f'<p class="credit">{_e(credit_line)}</p>' if credit_line else "")
            + '<p class="trust">Our Standards: The Trust Principles.</p></article>'
            + _related(related, "More from Americas") + "</main>\n"
            + _footer(site, ["About us", "Careers", "Advertise", "Terms of use", "Privacy", "Accessibility", "Corrections"])
            + "\n</body>\n</html>\n")


def paper(site, url, headline, desc, authors, body, *, pub=None, mod=None, visible="",
          section="News", related=(), image="", author_bio="", tags=(), comments=0,
          ld=True, dek="") -> str:
    """Newspaper template: section label, dek, author card, tags, comments."""
    h = _head(headline, site, url, desc, image or url + "/main.jpg", pub if ld else None,
              mod if ld else None, authors, section, ld=ld)
    return (h + '<body class="template-article">\n' + _COOKIE["en"]
            + '<div class="top-strip"><a href="/subscribe">Support independent journalism &mdash; subscribe</a> '
            + '<a href="/login">Sign in</a></div>'
            + f'<header><div class="brand"><a href="/"><img src="/static/masthead.svg" alt="{_a(site)}"></a></div>'
            + _nav(["Home", "National", "Politics", "Business", "World", "Opinion", "Sport", "Culture", "Weather"], "primary-nav")
            + "</header>\n<main>\n"
            + '<div class="ad-slot top"><span class="ad-label">Advertisement</span></div>\n'
            + f'<article class="story"><p class="section-label"><a href="/{_a(section.lower())}/">{_e(section)}</a></p>'
            + f"<h1>{_e(headline)}</h1>" + (f'<p class="dek">{_e(dek)}</p>' if dek else "")
            + '<div class="meta"><div class="authors">'
            + " and ".join(f'<a rel="author" href="/authors/{_a(a.lower().replace(" ", "-"))}">{_e(a)}</a>' for a in authors)
            + "</div>" + (f'<div class="dateline">{_e(visible)}</div>' if visible else "")
            + f'<a class="comments-count" href="#comments">{comments} comments</a></div>'
            + _share(url, headline, "list")
            + '<div class="story-body">\n' + _blocks(body, figcls="inline-photo", adcls="ad-slot in-article") + "\n</div>"
            + (f'<div class="author-card"><p>{_e(author_bio)}</p></div>' if author_bio else "")
            + ('<div class="tags">' + " ".join(f'<a href="/tag/{_a(t.lower().replace(" ", "-"))}">{_e(t)}</a>' for t in tags) + "</div>" if tags else "")
            + "</article>\n" + _related(related, "You may also like")
            + _newsletter(site, "The morning briefing: the day's essential stories, before breakfast.")
            + '<section id="comments"><h3>Comments</h3><p>Comments are closed on this article.</p></section>'
            + "</main>\n"
            + _footer(site, ["About", "Contact", "Ethics policy", "Advertise with us", "Terms", "Privacy policy", "Archive"])
            + "\n</body>\n</html>\n")


def broadcast(site, url, headline, desc, authors, body, *, pub=None, mod=None, visible="",
              section="News", related=(), image="", keypoints=(), video_caption="", ld=True) -> str:
    """Broadcaster template: video player, key points, updated stamp."""
    h = _head(headline, site, url, desc, image or url + "/still.jpg", pub if ld else None,
              mod if ld else None, authors, section, ld=ld)
    kp = ""
    if keypoints:
        kp = '<div class="key-points"><h2>Key points</h2><ul>' + "".join(f"<li>{_e(k)}</li>" for k in keypoints) + "</ul></div>"
    vid = ""
    if video_caption:
        vid = (f'<div class="video-player" data-player="hls"><button class="play" aria-label="Play video"></button>'
               f'<p class="video-caption">{_e(video_caption)}</p></div>')
    return (h + '<body class="bcast story-page">\n' + _COOKIE["short"]
            + f'<header class="bc-header"><a href="/" class="bc-logo">{_e(site)}</a>'
            + '<a class="watch-live" href="/live">&#9679; Watch live</a>'
            + _nav(["News", "Local", "Politics", "Business", "Weather", "Sport", "Video", "Podcasts"], "bc-nav")
            + "</header>\n<main class=\"bc-main\">\n"
            + f'<article><h1>{_e(headline)}</h1><div class="bc-meta">'
            + (f'<span class="bc-author">By {_e(" and ".join(authors))}</span>' if authors else "")
            + (f' <span class="bc-updated">{_e(visible)}</span>' if visible else "") + "</div>"
            + vid + kp
            + '<div class="bc-body">\n' + _blocks(body, adcls="bc-ad") + "\n</div>"
            + _share(url, headline) + "</article>\n"
            + '<aside class="bc-rail"><div class="bc-ad rail"><span class="ad-label">Advertisement</span></div>'
            + _related(related, "Top stories") + '<div class="bc-ad rail"><span class="ad-label">Advertisement</span></div></aside>'
            + "</main>\n"
            + _footer(site, ["Contact us", "Closed captioning", "Public file", "Jobs", "Terms of service", "Privacy"],
                      "<p>Download our app for breaking news alerts.</p>")
            + "\n</body>\n</html>\n")


def live(site, url, headline, desc, entries, *, pub=None, mod=None, summary=(), section="Live",
         related=(), image="", ld=True, authors=()) -> str:
    """Live blog: entries are (visible_time, iso_or_None, title, blocks)."""
    h = _head(headline, site, url, desc, image or url + "/live.jpg", pub if ld else None,
              mod if ld else None, authors, section, ld=False)
    if ld and pub:
        data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": headline,
                "url": url, "datePublished": pub, "dateModified": mod or pub,
                "coverageStartTime": pub,
                "liveBlogUpdate": [{"@type": "BlogPosting", "headline": t, "datePublished": iso}
                                   for (_v, iso, t, _b) in entries if iso]}
        h = h.replace("</head>", '<script type="application/ld+json">' + _json.dumps(data, ensure_ascii=False) + "</script>\n</head>")
    posts = []
    for vis, iso, title, blocks in entries:
        tm = f'<time datetime="{iso}">{_e(vis)}</time>' if iso else f"<time>{_e(vis)}</time>"
        posts.append(f'<div class="lb-post">{tm}<h3>{_e(title)}</h3>{_blocks(blocks)}'
                     f'<div class="lb-share"><a href="#">Share this update</a></div></div>')
    sm = ""
    if summary:
        sm = '<div class="lb-summary"><h2>Summary</h2><ul>' + "".join(f"<li>{_e(s)}</li>" for s in summary) + "</ul></div>"
    return (h + '<body class="liveblog">\n' + _COOKIE["en"]
            + f'<header class="mast"><a href="/">{_e(site)}</a>' + _nav(["Live", "Markets", "Economy", "Companies", "Politics", "Data"]) + "</header>\n"
            + '<main><div class="live-badge">LIVE</div>'
            + f'<h1>{_e(headline)}</h1>' + (f'<p class="lb-authors">{_e(", ".join(authors))}</p>' if authors else "")
            + sm + '<div class="ad-slot"><span class="ad-label">Advertisement</span></div>'
            + '<div class="lb-feed">\n' + "\n".join(posts) + "\n</div>"
            + '<button class="load-more">Load earlier updates</button>'
            + _related(related, "Latest") + "</main>\n"
            + _footer(site, ["Help", "Terms", "Privacy", "Cookie settings", "Advertise"]) + "\n</body>\n</html>\n")


def journal(site, url, headline, desc, authors, body, *, pub=None, mod=None, visible="",
            section="Analysis", related=(), image="", ld=True, paywall=True, standfirst="") -> str:
    """Trade / specialist site: standfirst, data tables, paywall teaser, events promo."""
    h = _head(headline, site, url, desc, image or url + "/chart.png", pub if ld else None,
              mod if ld else None, authors, section, ld=ld)
    return (h + '<body class="pro-article">\n' + _COOKIE["en"]
            + f'<header class="pro-top"><a href="/" class="pro-logo">{_e(site)}</a>'
            + _nav(["Markets", "Policy", "Data", "Sectors", "Events", "Research", "Podcast"])
            + '<a href="/trial" class="trial">Start free trial</a></header>\n<main>\n'
            + f'<article class="pro"><p class="pro-section">{_e(section)}</p><h1>{_e(headline)}</h1>'
            + (f'<p class="standfirst">{_e(standfirst)}</p>' if standfirst else "")
            + f'<p class="pro-byline">{_e(" & ".join(authors))}'
            + (f' &middot; <span class="pro-date">{_e(visible)}</span>' if visible else "") + "</p>"
            + _share(url, headline, "list")
            + '<div class="pro-body">\n' + _blocks(body, adcls="pro-ad") + "\n</div>"
            + ('<div class="paywall-note"><p>You are reading a free article. Subscribers get full access to our '
               'data hub, daily briefing and archive.</p><a href="/subscribe">See plans</a></div>' if paywall else "")
            + "</article>\n"
            + '<aside class="events-promo"><h3>Upcoming events</h3><p>Register now for our regional outlook '
            + 'conference. Early-bird rates available.</p></aside>'
            + _related(related, "Further reading") + "</main>\n"
            + _footer(site, ["About", "Editorial team", "Advertise", "Licensing", "Terms", "Privacy", "Contact"])
            + "\n</body>\n</html>\n")


def regional(site, url, headline, desc, authors, body, *, pub=None, mod=None, visible="",
             section="Local", related=(), image="", ld=False, ticker="", weather="") -> str:
    """Older regional paper: table layout, ticker, weather widget, sparse metadata."""
    h = _head(headline, site, url, desc, image or url + "/foto.jpg", pub if ld else None,
              mod if ld else None, authors, section, ld=ld)
    return (h + '<body class="regional">\n' + _COOKIE["short"]
            + f'<table class="layout" width="100%"><tr><td class="logo-cell"><a href="/"><img src="/img/logo.gif" alt="{_a(site)}"></a></td>'
            + (f'<td class="weather">{_e(weather)}</td>' if weather else "")
            + "</tr></table>"
            + (f'<div class="ticker"><b>LATEST:</b> {_e(ticker)}</div>' if ticker else "")
            + _nav(["Portada", "Local", "Region", "Business", "Sports", "Classifieds", "Obituaries", "Contact"], "menu")
            + '<div class="banner-ad"><span class="ad-label">Advertisement</span><img src="/ads/banner728.gif" alt=""></div>\n'
            + f'<div id="main"><div class="section-tag">{_e(section)}</div><h1 class="headline">{_e(headline)}</h1>'
            + (f'<p class="author">By {_e(" and ".join(authors))}</p>' if authors else "")
            + (f'<p class="pubdate">{_e(visible)}</p>' if visible else "")
            + '<div class="texto">\n' + _blocks(body, adcls="box-ad") + "\n</div>"
            + _share(url, headline, "list")
            + _related(related, "Also in this section") + "</div>\n"
            + _footer(site, ["Advertise", "Subscriptions", "Contact the newsroom", "Privacy"])
            + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# 1. cb-IA1 — Costa Rica central bank cut (CONTROL)
# ---------------------------------------------------------------------------

_CB1_WIRE = wire(
    "Meridian Wire Service", "https://www.meridianwire.example/americas/costa-rica-central-bank-cuts-rate-2026-03-12/",
    "Costa Rica central bank cuts rate to 3.75% as inflation stays below target",
    "Costa Rica's central bank cut its benchmark rate by 25 basis points on Thursday in a split vote.",
    ["Lucía Barrantes", "Daniel Okafor"],
    [
        "Costa Rica's central bank cut its benchmark monetary policy rate by 25 basis points to 3.75% on Thursday, its first reduction since October, saying inflation had stayed below its target range for longer than it had expected.",
        "The board of the Banco Central de Costa Rica (BCCR) voted 5-2 for the cut, with two directors preferring to keep the rate at 4.00%, the bank said in a statement released at 1 p.m. local time (1900 GMT). The new rate takes effect on Friday.",
        "Eight of 11 analysts polled by Meridian this week had expected a quarter-point reduction; the other three had forecast a hold.",
        "Consumer prices rose 1.1% in February from a year earlier, well under the bank's target of 3% plus or minus one percentage point. Core inflation, which strips out volatile items such as fuel and some foods, was 1.4%. Inflation has been below the lower edge of the target range since early 2025.",
        ("ad", "mid1"),
        "“Inflation has stayed below our target range for longer than we anticipated, and the balance of risks gives us room to offer the economy a little more support,” bank president Rodrigo Salas Venegas told reporters after the meeting.",
        "Salas said the board was not committing to further reductions. “Each decision will depend on the data. We are not on a pre-set path,” he said.",
        "The bank left the rate unchanged at 4.00% at its previous meeting on Jan. 29, when it said it wanted to see whether a drop in fuel prices late last year would feed through to broader prices.",
        "Costa Rica's economy, buoyed by exports of medical devices from its free-trade zones and by a recovery in tourism, is expected by the central bank to grow 4.0% this year. The International Monetary Fund, in its most recent country report, forecast growth of 3.6%.",
        "The two dissenting directors, Mariana Quesada and Tomás Alfaro, argued that faster credit growth and uncertainty over global oil prices justified waiting, according to the statement, which did not elaborate.",
        ("ad", "mid2"),
        "The colón, which has strengthened over the past two years to levels that exporters say hurt their competitiveness, closed at 498.6 per dollar on Wednesday in the wholesale MONEX market. Analysts said a lower policy rate could take some pressure off the currency.",
        "“This is a cautious cut, not the start of a cycle,” said Gabriela Montero, chief economist at Valle Central Securities in San José. “The bank wants inflation to move back toward the bottom of its range without reigniting credit.”",
        "Finance Minister Esteban Chaverri welcomed the decision, saying in a post on social media that lower borrowing costs would help small businesses and households with colón-denominated loans.",
        "Costa Rica's policy rate peaked at 9.00% in late 2022, when the bank was fighting a surge in prices that followed the pandemic and the jump in global energy costs. It has been lowered in steps since then.",
        "The board's next scheduled monetary policy meeting is on April 23.",
    ],
    pub="2026-03-12T19:24:00Z", mod="2026-03-12T19:51:00Z",
    visible="March 12, 2026 7:24 PM UTC · Updated March 12, 2026 7:51 PM UTC",
    dateline="SAN JOSE, March 12", section="Americas",
    credit_line="Reporting by Lucía Barrantes in San José; writing by Daniel Okafor; editing by Helen Marsh",
    related=[("Guatemala remittances hit another monthly record", "/americas/guatemala-remittances-record/"),
             ("Panama canal transits recover as rainy season nears", "/business/panama-canal-transits/"),
             ("Emerging market currencies steady ahead of US data", "/markets/em-fx-steady/")],
)

_CB1_BCAST = broadcast(
    "CABN News", "https://www.cabn.example/news/business/central-bank-lowers-key-rate-borrowers-relief",
    "Central bank lowers key rate, says borrowers should see relief in coming months",
    "Costa Rica's central bank trimmed its key interest rate on Thursday. Here is what it means for loans in colones.",
    ["Priscilla Mora"],
    [
        "Costa Rica's central bank lowered its key interest rate on Thursday afternoon, trimming it by a quarter of a percentage point to 3.75% in a move that officials said should gradually make loans in colones cheaper for families and businesses.",
        "The decision by the bank's seven-member board was not unanimous. Two directors wanted to leave the rate at 4%, where it had stood since October, but were outvoted five to two.",
        "Central bank president Rodrigo Salas told a news conference in San José that inflation remained stubbornly low. Prices in February were about 1% higher than a year earlier, he noted, well below the range of 2% to 4% that the bank aims for.",
        "“The balance of risks gives us room to offer the economy a little more support,” Salas said, adding that future moves would depend on the figures that come in over the next few months.",
        ("ad", "inline"),
        ("h", "What it means for you"),
        "Banks in Costa Rica price many variable-rate loans in colones, including a large share of mortgages, off reference rates that tend to follow the central bank's policy rate with a lag of several weeks. That means borrowers are unlikely to see a change in this month's payment, analysts said.",
        "Ana Lucía Vargas runs a bakery in Heredia with her husband and took out a loan in colones last year to buy a new oven. “Every month we look at the payment first, before anything else,” she said. “If it comes down even a little, that's breathing room.”",
        "A spokesman for the country's banking association said its members would review their rates “in the coming weeks” but would not say by how much.",
        "Savers may notice the change sooner. Rates on short-term deposits in colones have already been drifting lower since the start of the year, and several banks trimmed what they pay on six-month certificates in February.",
        ("h", "Criticism from the opposition"),
        "Opposition lawmaker Karla Jiménez Solano said the bank had moved too slowly. “Families have been paying high rates while prices were barely moving,” she said in the Legislative Assembly. “This is welcome, but it is late.”",
        "Economists say the bigger test will be the exchange rate. The colón has been trading at around 500 per dollar, a level that tourism operators and exporters have complained about for months because it makes Costa Rica more expensive for visitors and shrinks their earnings when converted back into local currency.",
        "Salas said the bank does not target the exchange rate, but acknowledged that the strength of the colón had helped keep inflation low by making imported goods cheaper.",
        "Finance minister Esteban Chaverri said the government welcomed “any step that lowers the cost of credit”.",
        "The central bank's board meets again on Thursday, April 23.",
    ],
    visible="Updated 3 hours ago", ld=False, section="Business",
    keypoints=["The central bank cut its policy rate to 3.75% from 4%",
               "The board was split, with two members voting to hold",
               "February inflation was about 1%, below the bank's 2%-4% target range"],
    video_caption="Central bank president Rodrigo Salas speaks to reporters in San José on Thursday.",
    related=[("Storm warning issued for Caribbean coast", "/news/weather/caribbean-storm-warning"),
             ("Coffee harvest wraps up with smaller volumes", "/news/business/coffee-harvest-ends"),
             ("National team names squad for friendlies", "/sport/football/squad-friendlies")],
)

_CB1_PAPER = paper(
    "The Tico Ledger", "https://ticoledger.example/2026/03/13/bccr-cuts-rate-to-3-75-first-move-since-october/",
    "BCCR cuts rate to 3.75%, its first move since October",
    "A split board lowered the monetary policy rate by 25 basis points on Thursday.",
    ["Sofía Arguedas"],
    [
        "The Central Bank of Costa Rica on Thursday lowered its monetary policy rate to 3.75%, down from 4%, in a five-to-two decision that its president described as a measured response to inflation that has refused to climb back into the bank's target range.",
        "The cut of 25 basis points was announced at 1 p.m. and takes effect today, Friday, March 13. It is the first change since October, when the board lowered the rate from 4.25% to 4%, and follows a pause at the January 29 meeting.",
        "Rodrigo Salas Venegas, the bank's president, said at a press conference that the board saw “room” to support activity. Headline inflation was 1.1% in February, measured year-on-year, and the bank's own survey shows that businesses and analysts expect prices to rise 2.6% over the next 12 months.",
        "“We are not on a pre-set path,” Salas said. “Each decision will depend on the data, and we will be watching credit and the external environment closely.”",
        ("fig", "/uploads/2026/03/bccr-sede.jpg", "The central bank's headquarters in downtown San José.", "Photo: Ledger archive"),
        "Directors Mariana Quesada Rojas and Tomás Alfaro voted to keep the rate at 4%. According to the bank's statement, they pointed to credit to the private sector, which grew 8.2% in the twelve months to January, and to uncertainty over oil prices.",
        ("ad", "in1"),
        ("h", "Growth outlook trimmed"),
        "Alongside the decision, the bank published an update to its macroeconomic programme that trims its forecast for economic growth this year to 4.0%, from the 4.2% it projected in January. The revision reflects a softer outlook for agricultural exports, Salas said, while manufacturing in the free-trade zones continues to expand.",
        "The Costa Rican exporters' chamber, which has for months urged the bank to act against what it calls an overvalued colón, welcomed the cut but called it “a small step”. The colón closed Wednesday at 498.6 per dollar in the MONEX wholesale market, compared with more than 540 two years ago.",
        "Andrés Villalobos Chacón, an economist who teaches at a public university in San José, said the decision was “textbook” given the data. “With inflation around 1% and a target centred on 3%, real interest rates are still fairly high. Even at 3.75%, policy is not loose,” he said.",
        "The minister of finance, Esteban Chaverri Mora, said the government welcomed any move that eases borrowing costs, noting that lower rates could also reduce the cost of the state's own domestic debt over time.",
        ("more", "Exporters say strong colón is costing jobs in the north", "/2026/02/20/exporters-strong-colon-jobs/"),
        ("h", "What analysts expect next"),
        "Most private forecasters had anticipated the move. Valle Central Securities, which had predicted a quarter-point cut, said it now expects the board to hold at its next meeting, on Thursday, April 23, with a possible further reduction in the second half of the year if inflation stays below 2%.",
        "Villalobos said the dissent was worth watching. “Two votes against is not a small minority on a seven-member board. If credit keeps accelerating, the door to more cuts could close quickly,” he said.",
        "The bank's statement also noted that the country's external accounts remain solid, with international reserves close to record highs, a cushion that officials say gives them more freedom to set rates according to domestic conditions.",
        "Among Costa Rica's neighbours, central banks have taken different paths this year, with some holding rates steady and others continuing to ease gradually as inflation in the region has cooled.",
    ],
    pub="2026-03-13T07:30:00-06:00", mod="2026-03-13T09:05:00-06:00",
    visible="Friday, March 13, 2026 · 7:30 a.m.", section="Business",
    dek="Split board lowers the policy rate by 25 basis points; dissenters point to credit growth and oil",
    author_bio="Sofía Arguedas covers the economy and financial markets for The Tico Ledger.",
    tags=["Central bank", "Interest rates", "Inflation", "Economy"], comments=14,
    related=[("Tourist arrivals rose in February, board says", "/2026/03/11/tourist-arrivals-february/"),
             ("Fuel prices to drop again next week", "/2026/03/10/fuel-prices-drop/"),
             ("Opinion: The colón is too strong for our own good", "/2026/03/09/opinion-colon-strong/")],
)

_CB1_PRO = journal(
    "Latam Rates Monitor", "https://latamratesmonitor.example/costa-rica/bccr-25bp-cut-split-vote",
    "BCCR delivers 25bp cut to 3.75%; split vote tempers easing-cycle talk",
    "Costa Rica eases for the first time since October, but two directors dissented.",
    ["Martín Echeverría"],
    [
        "The Banco Central de Costa Rica (BCCR) lowered its monetary policy rate (TPM) by 25bp to 3.75% at Thursday's meeting, in line with the consensus in our pre-meeting survey. The statement, published at 19:00 GMT (13:00 in San José), cited below-target inflation and well-anchored expectations.",
        "Two of the seven directors dissented in favour of holding at 4.00%, a reminder that the board is not of one mind about how far the easing can go.",
        ("table", "BCCR policy rate decisions", ["Meeting", "Decision", "TPM after"],
         [["16 Oct 2025", "-25bp", "4.00%"], ["11 Dec 2025", "Hold", "4.00%"],
          ["29 Jan 2026", "Hold", "4.00%"], ["12 Mar 2026", "-25bp", "3.75%"]]),
        ("h", "The data behind the move"),
        "Headline CPI ran at 1.1% y/y in February and core at 1.4%, both under the 2%-4% tolerance band around the 3% target. Twelve-month-ahead inflation expectations in the BCCR's survey stood at 2.6%.",
        "In our survey of 14 economists, 10 had pencilled in a 25bp cut and four a hold, so the decision itself was no surprise. The vote split was the more informative part of the release.",
        "With expectations at 2.6%, the ex-ante real policy rate falls to about 1.1%, from roughly 1.4% before the cut. That is still above most estimates of the neutral real rate for Costa Rica, which supports the board majority's view that policy remains mildly restrictive.",
        ("ad", "pro1"),
        ("h", "Guidance"),
        "President Rodrigo Salas V. declined to signal the next step. “We are not on a pre-set path,” he said at the post-meeting press conference, repeating that decisions would be taken meeting by meeting.",
        "The dissenters, according to the statement, flagged private credit growth of 8.2% y/y and oil-price risk. We read that as a hawkish minority that could grow if credit keeps accelerating.",
        ("h", "Markets"),
        "The colón was little changed after the decision, trading at roughly 499 per dollar on MONEX on Thursday afternoon after a 498.6 close on Wednesday. Short-dated colón yields in the secondary market slipped a few basis points.",
        ("h", "Growth and our call"),
        "The BCCR now sees GDP growth of 4.0% in 2026, revised down from 4.2% in its January programme. The IMF's latest projection is 3.6%. Our own forecast is 3.8%.",
        "We keep our call for one more 25bp cut in 2026, most likely in the second half, which would take the TPM to 3.50% by year-end. The risk is skewed toward a longer pause if oil prices rise or credit keeps surprising to the upside.",
        ("h", "Fiscal backdrop"),
        "The fiscal side is not standing in the way. The central government ran a primary surplus again last year and the finance ministry has said it intends to keep one in 2026, which lowers the risk of looser monetary policy colliding with a loose budget. Dollar bond spreads have tightened over the past year, and local investors have been lengthening duration in colón debt.",
        "The combination of a strong colón, low inflation and a primary surplus gives the board more room than most of its regional peers. The constraint, as the dissent shows, is credit: if lending keeps growing at around 8%, the majority may decide that one more cut is enough.",
        "Next meeting: 23 April.",
    ],
    pub="2026-03-12T22:10:00Z", visible="12 March 2026", section="Central banks",
    standfirst="Costa Rica's board eases for the first time since October, but two of the seven directors dissented and guidance stays data-dependent.",
    related=[("Guatemala: Monetary board holds, flags remittance-driven demand", "/guatemala/monetary-board-hold"),
             ("Mexico: Minutes show board split on pace of easing", "/mexico/minutes-split"),
             ("Dominican Republic: Rate path after the pause", "/dominican-republic/rate-path")],
)

STORY_1 = _story("cb-IA1", "central bank", "2026-03-14",
                 [_page("https://www.meridianwire.example/americas/costa-rica-central-bank-cuts-rate-2026-03-12/", _CB1_WIRE),
                  _page("https://www.cabn.example/news/business/central-bank-lowers-key-rate-borrowers-relief", _CB1_BCAST),
                  _page("https://ticoledger.example/2026/03/13/bccr-cuts-rate-to-3-75-first-move-since-october/", _CB1_PAPER),
                  _page("https://latamratesmonitor.example/costa-rica/bccr-25bp-cut-split-vote", _CB1_PRO)],
                 [])


# ---------------------------------------------------------------------------
# 2. el-IA2 — Mopan Ridge by-election, Belize (PLANTED: surname, weekday, turnout)
# ---------------------------------------------------------------------------

_EL2_WIRE = wire(
    "Belize Wire Service", "https://www.belizewire.example/politics/2026/02/19/chen-aguilar-wins-mopan-ridge",
    "Opposition's Chen-Aguilar wins Mopan Ridge by-election by 412 votes",
    "Official count confirms BDM gain in Cayo District seat held by the governing party since 2015.",
    ["Andre Lopez"],
    [
        "Marisol Chen-Aguilar of the opposition Belize Democratic Movement (BDM) has won the Mopan Ridge by-election, taking a Cayo District seat that the governing National Unity Party (NUP) had held for three terms, according to the official count released on Thursday by the Elections and Boundaries Department.",
        "Chen-Aguilar received 2,451 votes to 2,039 for the NUP's Dorian A. Pott, a majority of 412. Independent candidate Rosa Tzib took 27 votes and 18 ballots were rejected. Turnout was 61.4% of the 7,386 registered voters in Wednesday's by-election.",
        "The official figures widened the margin from the 318 votes shown in the unofficial tally on election night, which covered 14 of the constituency's 16 polling stations. The two remaining stations, in the villages of Las Palmitas and Santa Familia Alta, were counted after midnight and favoured the BDM candidate, election officials said.",
        "Chief Elections Officer Lorna M. Westby said the count had been completed without any formal objection from either party. Polls had been open from 7 a.m. to 6 p.m. local time (midnight GMT).",
        ("ad", "mid"),
        "The seat fell vacant after the death in December of the NUP's Elvin Castellanos, who had represented Mopan Ridge since 2015. At last year's general election, Castellanos won 2,890 votes to 2,201 for the BDM candidate on a turnout of 72.8%.",
        "“Mopan Ridge has spoken, and it has spoken for change,” Chen-Aguilar told supporters gathered outside the counting centre in San Ignacio in the early hours of Thursday. “This seat belongs to the farmers, the teachers and the young people who stood in line to vote.”",
        "Prime Minister Roland Usher congratulated the winner in a statement and said the government would “listen carefully” to the result. The NUP still holds 20 of the 31 seats in the House of Representatives, against 11 for the BDM.",
        "Political scientist Janelle Cho, who lectures at a university in Belize City, said the drop in turnout since the general election had hurt the governing party most. “By-elections are about who shows up. The NUP's voters stayed home, and the BDM's did not,” she said.",
        "Local issues dominated the three-week campaign, particularly the state of the unpaved road linking the Mopan River villages to the Western Highway and delays to a promised piped-water system for several communities.",
        "Pott, a former village council chairman, conceded on Thursday morning. “The people have made their choice and I respect it,” he said in a brief statement outside his campaign office.",
        "Opposition leader Hector Bol called the win “a message to Belmopan” on the cost of living and said the party would now turn its attention to preparing candidates for the next general election.",
        "Chen-Aguilar, 44, a former schoolteacher who later managed a cocoa growers' cooperative, is expected to be sworn in when the House next sits in early March.",
    ],
    pub="2026-02-19T16:40:00-06:00", mod="2026-02-19T17:05:00-06:00",
    visible="Thursday, February 19, 2026 — 4:40 p.m.", dateline="BELMOPAN, Feb 19", tag="BWS",
    section="Politics",
    credit_line="Reporting by Andre Lopez in San Ignacio; editing by Mirna Castillo",
    related=[("Sugar cane crop off to a slow start in the north", "/business/sugar-cane-slow-start"),
             ("Tourism board reports strong cruise arrivals in January", "/business/cruise-arrivals-january"),
             ("House to debate amendments to Fisheries Act", "/politics/fisheries-act-debate")],
)

_EL2_TV = broadcast(
    "Jaguar TV News", "https://www.jaguartv.example/news/bdm-claims-victory-mopan-ridge-unofficial-count",
    "BDM claims victory in Mopan Ridge as unofficial count shows Chen-Aguilar ahead",
    "With 14 of 16 polling stations counted, the opposition candidate leads by 318 votes.",
    ["Keisha Flowers", "Marvin Teck"],
    [
        "The Belize Democratic Movement was celebrating in San Ignacio tonight as an unofficial count put its candidate, Marisol Chen-Aguilar, clearly ahead in the Mopan Ridge by-election.",
        "With 14 of the 16 polling stations counted, Chen-Aguilar had 2,160 votes to 1,842 for the National Unity Party's Dorian Pott, a lead of 318 votes. Independent Rosa Tzib trailed far behind.",
        "The two outstanding stations, Las Palmitas and Santa Familia Alta, are small, and party agents on both sides told Jaguar News they did not expect them to change the outcome. The Elections and Boundaries Department says it will announce the official result on Thursday.",
        "Polls closed at 6 p.m. after a largely calm day of voting across the constituency. Turnout appeared to be around 60 percent, according to figures shared by returning officers this evening, well down from last year's general election.",
        ("ad", "inline"),
        "In Las Palmitas, where our crew spent the afternoon, the presiding officer said roughly seven in ten registered voters had cast a ballot by closing time, one of the highest rates in the division. Several voters said they had walked more than an hour to reach the school that served as the polling station.",
        "“We knocked on every door in this constituency, some of them three times,” Chen-Aguilar told supporters from the back of a pickup truck outside the BDM office on Burns Avenue. “Tonight Mopan Ridge has spoken.”",
        "The crowd, many of them wearing the party's green, chanted her name and set off fireworks over the river shortly after the figures from the last of the larger stations came in.",
        "At NUP headquarters a few blocks away, the mood was subdued. Party chairman Wilfred Gongora said the party would wait for the official count before commenting. “Every vote has to be counted first. We will respect the process,” he said.",
        "Opposition leader Hector Bol, who campaigned in the constituency for most of the past three weeks, called the result “a message to Belmopan” about rising living costs and the state of rural roads.",
        ("h", "How we got here"),
        "The by-election was called after the death in December of area representative Elvin Castellanos of the NUP, who held the seat for a decade and was widely respected across party lines. His family did not take part in the campaign.",
        "Even if the unofficial result holds, the governing party keeps a comfortable majority in the 31-seat House of Representatives, but a loss in a seat it has held since 2015 would be its first electoral setback since returning to office.",
        "The campaign focused heavily on the unpaved road connecting the river villages to the Western Highway, which becomes nearly impassable during the rainy season, and on a piped-water project that residents say was promised years ago.",
        "Jaguar News will have full coverage of the official count on our morning newscast, along with reaction from both parties.",
    ],
    pub="2026-02-18T23:55:00-06:00", mod="2026-02-19T00:40:00-06:00",
    visible="Posted Wednesday, February 18, 2026, 11:55 p.m. · Updated 12:40 a.m.", section="Politics",
    keypoints=["With 14 of 16 polling stations counted, Chen-Aguilar leads by 318 votes",
               "Official results are expected Thursday",
               "Polls closed at 6 p.m. after a calm day of voting"],
    video_caption="BDM supporters gather in San Ignacio as results come in on Wednesday night.",
    related=[("Weather: cold front to bring rain to the north", "/weather/cold-front-rain"),
             ("Police investigate robbery at Belize City fuel station", "/news/fuel-station-robbery"),
             ("Football: Verdes draw 1-1 away from home", "/sport/verdes-draw")],
)

_EL2_SENTINEL = regional(
    "Stann Creek Sentinel", "https://stanncreeksentinel.example/news/chan-aguilar-takes-mopan-ridge-what-it-means-for-the-south",
    "Chan-Aguilar takes Mopan Ridge; what it means for the South",
    "Opposition organisers in Stann Creek read the Cayo by-election as a sign of things to come.",
    ["Delia Martinez"],
    [
        "DANGRIGA — The opposition's win in Wednesday's Mopan Ridge by-election took place in the west, but BDM organisers in Stann Creek say the result has given them reason to hope ahead of the next general election.",
        "Marisol Chan-Aguilar won the Cayo seat with 2,451 votes against 2,039 for Dorian Pott of the ruling National Unity Party, according to the official results announced on Thursday. Turnout was 64.1 percent, the Elections and Boundaries Department said.",
        "The majority of just over 400 votes overturned a seat the NUP had held since 2015.",
        "“If the BDM can win Mopan Ridge, it can win anywhere,” said Clifford Nuñez, the party's Stann Creek organiser, speaking at the party's office on St. Vincent Street. “People here are feeling the same pressure on prices, on jobs and on the roads.”",
        ("ad", "box1"),
        "Not everyone is convinced. Delroy Arzu, the NUP's area representative for one of the Stann Creek seats, said a by-election was a poor guide to national politics. “A by-election is a report card for one constituency, on one day,” he said. “Our work in Stann Creek speaks for itself, and people will judge us on it.”",
        "The numbers give both sides something to argue about. Turnout was well down from the 72.8 percent recorded in Mopan Ridge at last year's general election, a fall that NUP strategists blamed on voter fatigue and the short campaign. In the village of Las Palmitas, turnout reached 70.2 percent, the highest of any polling station in the constituency.",
        "Chan-Aguilar, a former teacher who went on to manage a cocoa cooperative, campaigned on the condition of village roads and on water supply, two issues that many in the Stann Creek valley will recognise. Citrus growers along the Hummingbird Highway have long complained about feeder roads that wash out every rainy season.",
        ("fig", "/fotos/2026/02/bdm-dangriga.jpg", "BDM supporters in Dangriga followed the count on a big screen on Wednesday night.", "Sentinel photo"),
        "At the Dangriga market on Thursday, reactions were mixed. “I don't know the lady, but I know the road to my mother's village is the same as theirs,” said Miriam Lambey, who sells cassava bread. “Maybe now they will listen.” A fisherman who gave his name only as Mr. Castillo said he had “no time for either party” and would not vote at the next election.",
        "Prime Minister Roland Usher, speaking to reporters in Belmopan, said the government would “listen carefully” to the voters of Mopan Ridge and pointed to road and water projects already in the budget.",
        "The new area representative is expected to be sworn in at the next sitting of the House of Representatives, where the NUP's majority falls to 20 seats out of 31.",
        "Nuñez said the BDM would hold a series of meetings in Stann Creek villages over the coming weeks. “We are not waiting for the general election to start listening,” he said.",
    ],
    pub="2026-02-20T08:15:00-06:00", ld=True,
    visible="Friday, February 20, 2026", section="Politics",
    ticker="Dangriga town council approves new market fees · Hurricane preparedness meeting set for May",
    weather="Dangriga 29°C, partly cloudy",
    related=[("Town council approves new market fees", "/news/market-fees"),
             ("Garifuna Settlement Day committee names chair", "/culture/settlement-day-committee"),
             ("Letter: The Hummingbird Highway needs lights", "/opinion/letter-highway-lights")],
)

_EL2_CURRENT = paper(
    "The Cayo Current", "https://cayocurrent.example/after-by-election-upset-mopan-ridge-villages-wait-for-the-road/",
    "After by-election upset, Mopan Ridge villages wait for the road",
    "The new area representative says her first letter will go to the Ministry of Works.",
    ["Tomás Chi"],
    [
        "In the days since Tuesday's by-election handed Mopan Ridge to the opposition, the talk in the villages along the river has been less about parties than about the road.",
        "Marisol Chen-Aguilar of the Belize Democratic Movement won the seat with a majority of 412 votes in the official count, on a turnout of just over 61 percent. She replaces the late Elvin Castellanos of the National Unity Party, who died in December after representing the area for ten years.",
        "The road in question is a stretch of about 9 miles (roughly 14.5 km) of packed dirt and gravel between the Western Highway and the farthest river villages. In the dry season a pickup can do it in under an hour; in the rainy season, residents say, it can take half a day, if it can be done at all.",
        "“When my grandson had a fever in October, we carried him to the highway in a wheelbarrow,” said Ernesto Cal, 67, who grows beans and corn near Santa Familia Alta. “I voted for whoever will fix it. This time it was her.”",
        ("ad", "in1"),
        "Chen-Aguilar said the road would be her first priority. “The first letter I write as area representative will go to the Ministry of Works,” she told the Current on Thursday in San Ignacio. “The road is not a campaign promise. It is a safety issue.”",
        "Works Minister Ricardo Perdomo said on Thursday that the tender for paving the first section would be issued in April, as planned before the vacancy. “This project does not belong to one party,” he said. “It was in the budget before anyone knew there would be a by-election.”",
        ("h", "Water, too"),
        "A second promise hangs over the constituency: a piped-water system for five villages, budgeted at BZ$2.4 million (US$1.2 million). Construction was supposed to start last year. Residents of Las Palmitas still collect rainwater in vats and, in the dry months, buy it by the drum.",
        "“We had three ceremonies for the water project,” said Aurelia Mai, a primary school teacher in Las Palmitas. “Three ribbons, no pipes.”",
        "Dorian Alfredo Pott, the NUP candidate, said he had no regrets about the campaign and would keep working with village councils. “I lost an election, not my address,” he said. “I still live here, and I will still be knocking on doors at the ministry for these villages.”",
        ("fig", "/media/2026/02/mopan-road.jpg", "A section of the road between the Western Highway and the river villages.", "Cayo Current"),
        "For the BDM, the win is a morale boost more than a shift in power; the NUP retains a clear majority in the House. Party leader Hector Bol visited San Ignacio on Thursday to thank volunteers and posed for photos with the new area representative outside the party office.",
        "Chen-Aguilar is expected to take her seat when the House of Representatives next meets in early March. Until then, she said, she intends to spend her days in the villages. “People voted for someone who shows up,” she said. “So I am going to show up.”",
    ],
    ld=False, visible="Posted Feb. 20, 2026", section="News",
    author_bio="Tomás Chi reports on Cayo District for The Cayo Current.",
    tags=["Mopan Ridge", "By-election", "Roads", "Cayo"], comments=31,
    related=[("San Ignacio market vendors protest new stalls plan", "/san-ignacio-market-vendors-protest/"),
             ("Cayo farmers report early bean harvest", "/cayo-farmers-early-bean-harvest/"),
             ("Obituary: Elvin Castellanos, 1961-2025", "/obituary-elvin-castellanos/")],
)

STORY_2 = _story("el-IA2", "election", "2026-02-21",
                 [_page("https://www.belizewire.example/politics/2026/02/19/chen-aguilar-wins-mopan-ridge", _EL2_WIRE),
                  _page("https://www.jaguartv.example/news/bdm-claims-victory-mopan-ridge-unofficial-count", _EL2_TV),
                  _page("https://stanncreeksentinel.example/news/chan-aguilar-takes-mopan-ridge-what-it-means-for-the-south", _EL2_SENTINEL),
                  _page("https://cayocurrent.example/after-by-election-upset-mopan-ridge-villages-wait-for-the-road/", _EL2_CURRENT)],
                 [("winner's surname", r"\bchen-aguilar\b", r"\bchan-aguilar\b"),
                  ("polling day", r"\bwednesday\b", r"\btuesday\b"),
                  ("final turnout", r"\b61\.4\b", r"\b64\.1\b")])


# ---------------------------------------------------------------------------
# 3. ct-IA3 — Mexico Supreme Court strikes down Chihuahua water fee (CONTROL)
# ---------------------------------------------------------------------------

_CT3_WIRE = wire(
    "Continental Press Agency", "https://www.continentalpress.example/latin-america/mexico-supreme-court-chihuahua-water-fee-2026-04-21",
    "Mexico's top court strikes down Chihuahua fee on farm wells",
    "Mexico's Supreme Court ruled 7-2 that Chihuahua cannot charge farmers for pumping groundwater.",
    ["Ricardo Olvera"],
    [
        "Mexico's Supreme Court on Tuesday struck down a Chihuahua state law that charged farmers for pumping groundwater, ruling 7-2 that only the federal government can set fees on the country's water.",
        "The nine-member court found that the fee, approved by the state congress in November 2024 and collected since January 2025, invaded federal powers over national waters set out in Article 27 of the constitution. The vote came at about 1:40 p.m. in Mexico City (1940 GMT) after a morning of debate.",
        "The law charged 2.50 pesos (about 14 U.S. cents) per cubic metre of water pumped above an exempt allowance of 5,000 cubic metres a year per well. The state has collected 412 million pesos (roughly $23 million) under the scheme, according to figures read out during the session.",
        ("ad", "mid"),
        "The challenge was brought by 38 municipalities in the state's central and southern farm belt, where irrigated pecans, alfalfa, cotton and chili depend heavily on wells.",
        "“The protection of aquifers is a legitimate and urgent goal, but the constitution is clear about who may charge for the use of national waters,” Justice Adriana Solórzano Beltrán, who drafted the majority opinion, told the court. “A state cannot create that power for itself.”",
        "Two justices dissented. Justice Ernesto Valdivia argued that the fee was an environmental charge tied to state conservation duties rather than a tax on water itself. “Declaring it invalid leaves the aquifers with less protection than they had yesterday,” he said.",
        "The ruling takes effect once the state congress is formally notified. The court gave Chihuahua 90 days to bring its 2026 revenue law into line. It did not order the return of fees already paid, leaving individual claims to lower courts.",
        "Chihuahua Governor Rosendo Villaseñor said the state would comply but warned that the aquifer protection fund financed by the fee would run out of money this year. “We will respect the ruling. The question now is who will pay to keep the wells from running dry,” he told reporters in the state capital.",
        "Water scarcity has been a source of conflict in Chihuahua for years. Farmers clashed with National Guard troops in 2020 over releases from a dam near Delicias to meet Mexico's obligations under a 1944 water treaty with the United States, and the state has endured repeated droughts since then.",
        "Of Chihuahua's 61 aquifers, 14 are classified as overexploited by the National Water Commission (Conagua), meaning more water is pumped out each year than rain and rivers put back.",
        "Farm groups celebrated the ruling. “We were paying twice for the same water, once to the federation and once to the state,” said Jesús Anchondo, who heads an irrigation users' association in Delicias.",
        "Environmental researchers said the decision shifted the burden to the federal government. The fee had been one of the few state-level attempts in Mexico to put a price on groundwater use.",
    ],
    pub="2026-04-21T20:15:00Z", mod="2026-04-21T21:02:00Z",
    visible="April 21, 2026 · 8:15 PM GMT", dateline="MEXICO CITY, April 21", tag="CPA",
    section="Latin America",
    credit_line="Reporting by Ricardo Olvera; additional reporting by Paula Esquivel in Chihuahua; editing by Grant Holloway",
    related=[("Mexico's peso firms as investors eye trade review", "/markets/peso-firms-trade-review"),
             ("Drought monitor shows dry conditions spreading in northern Mexico", "/latin-america/drought-monitor-north"),
             ("US, Mexico officials meet on border water deliveries", "/latin-america/border-water-deliveries")],
)

_CT3_REGIONAL = regional(
    "Chihuahua Daily Post", "https://chihuahuadailypost.example/local/supreme-court-voids-well-fee",
    "Supreme Court voids state well fee; farmers cheer, conservationists worry",
    "The state's groundwater charge is gone. What happens to the aquifer fund it paid for?",
    ["Verónica Loya"],
    [
        "CHIHUAHUA — Farmers in Delicias set off fireworks on Tuesday evening after the Supreme Court in Mexico City threw out the state's fee on agricultural wells, a charge that many growers in the central valleys had refused to pay since it began.",
        "The justices voted seven to two to annul the 2024 law, agreeing with the 38 municipalities that challenged it that only the federal government has the power to charge for groundwater. The municipalities, most of them in the Delicias, Camargo and Jiménez areas, filed their case early last year.",
        "Under the law, well owners paid 2.50 pesos for every cubic metre pumped beyond 5 million litres a year. Growers of pecans and alfalfa, which need large amounts of water, said the charge added tens of thousands of pesos to their costs each season.",
        "“This is a day of justice for the countryside,” said Jesús Anchondo, president of an irrigation users' association in Delicias, as he stood with other growers outside the association's office. “We have always paid our federal water rights. The state wanted us to pay again for the same water.”",
        ("ad", "box1"),
        "The state governor, Rosendo Villaseñor Terrazas, struck a more sombre tone. Speaking at the government palace, he said his administration would obey the ruling but that the aquifer fund financed by the fee, which has paid for well meters, the sealing of illegal wells and recharge projects, would be left without income.",
        "“We will respect the ruling,” Villaseñor said. “The question now is who will pay to keep the wells from running dry.” He said he would ask the federal government and Conagua to take over the programmes the fund has supported.",
        "The fund received 412 million pesos since collection started in January 2025, according to the state finance department. Officials said around a third had already been spent, largely on installing meters on some 1,900 wells.",
        ("fig", "/fotos/2026/04/pozo-delicias.jpg", "A well on a pecan orchard near Delicias. Growers say the state fee added heavily to their costs.", "Post photo"),
        "Conservationists said the ruling was a setback. “Nobody likes paying for water, but the aquifers under Chihuahua do not care which level of government sends the bill,” said Itzel Baeza, a hydrologist with Norte Vivo, a Chihuahua city environmental group. “What worries us is that nothing replaces the fee.”",
        "Justice Adriana Solorzano, who wrote the majority opinion, acknowledged the concern during the session but said the court could not allow states to create powers the constitution reserves for the federation. Two justices, Ernesto Valdivia and Lucía Garza Montemayor, dissented, arguing the fee was an environmental measure.",
        "The state has three months to adjust its revenue law for this year. The court did not say whether farmers who paid the fee can get their money back; lawyers said individual claims would have to go through the lower courts.",
        "Some growers had already won partial relief. In 2025, a federal district judge granted injunctions to a group of farmers in the Delicias irrigation district, halting collection from their wells while the constitutional case moved forward.",
        "Anchondo said his association would now press for refunds. “If it was unconstitutional, then it was unconstitutional from the first peso,” he said.",
    ],
    visible="Wednesday, April 22, 2026", section="State",
    ticker="Pecan exports up on strong Asian demand · Storm watch for the Sierra Tarahumara",
    weather="Chihuahua 27°C, sunny",
    related=[("Dam levels in the state drop below 30%", "/local/dam-levels"),
             ("Pecan harvest forecast raised", "/business/pecan-harvest-forecast"),
             ("City council approves new bus routes", "/local/new-bus-routes")],
)

_CT3_LAW = journal(
    "LatAm Law Brief", "https://latamlawbrief.example/mexico/scjn-chihuahua-groundwater-fee-federal-competence",
    "SCJN: states cannot levy their own groundwater charges, 7-2 majority holds",
    "The Mexican Supreme Court's ruling on Chihuahua's well fee draws a firm line on water federalism.",
    ["Elena Maldonado Rivas"],
    [
        "Mexico's Supreme Court (SCJN) has invalidated Chihuahua's state fee on groundwater extraction, holding by seven votes to two that the power to charge for the use of national waters belongs exclusively to the federation under Article 27 and the federal taxing power.",
        "The decision, taken on Tuesday 21 April in a plenary session that ran from late morning until early afternoon, resolves a constitutional controversy filed by 38 municipalities against the state's 2024 revenue reform. The final vote was recorded at 13:40 Mexico City time, 19:40 GMT.",
        ("h", "What the law did"),
        ("ul", ["Charged MXN 2.50 per cubic metre of groundwater extracted for agricultural use",
                "Exempted the first 5,000 m³ per well per year",
                "Earmarked revenue to a state aquifer protection fund",
                "Took effect on 1 January 2025"]),
        "According to figures cited in the session, collections reached MXN 412 million, or roughly USD 23 million at current exchange rates.",
        ("ad", "pro1"),
        ("h", "The majority's reasoning"),
        "The draft by Justice Adriana Solórzano Beltrán treats the charge as a contribution on the use of national waters rather than an environmental levy. Once characterised that way, the analysis is short: the constitution vests ownership of national waters in the nation, concessions are federal, and the corresponding charges are set in the federal Ley Federal de Derechos. A state fee on the same act of extraction therefore invades a federal field.",
        "“The protection of aquifers is a legitimate and urgent goal, but the constitution is clear about who may charge for the use of national waters,” Solórzano said when presenting the draft.",
        ("h", "The dissents"),
        "Justices Ernesto Valdivia and Lucía Garza Montemayor would have upheld the law as an exercise of concurrent environmental powers. Garza argued in her separate vote that the charge was calculated on the environmental damage of overextraction, not on the water itself, and that the majority's reading left states with few tools to protect aquifers within their borders.",
        ("h", "Effects"),
        "The invalidity takes effect on notification to the Chihuahua congress. The court granted 90 days to adapt the state's 2026 revenue law. No retroactive effects were ordered; taxpayers seeking refunds will need to litigate individually, and lawyers we spoke to expect a wave of claims in the district courts.",
        "“The ruling is clean on competence but silent on money already paid, and that silence will be expensive,” said Rodrigo Benítez Aranda, a tax litigator in Monterrey who represents agricultural clients.",
        ("h", "Beyond Chihuahua"),
        "At least two other northern states have studied similar charges, and the decision is likely to end those plans. It also raises questions about municipal fees on water trucks and wells in several states, which practitioners expect to be challenged on the same grounds.",
        "For Governor Rosendo Villaseñor's administration, the practical problem is the aquifer fund. The state government has said it will seek federal support to keep its metering and well-closure programmes running.",
    ],
    pub="2026-04-22T14:00:00Z", mod="2026-04-22T14:00:00Z", visible="22 April 2026",
    section="Constitutional law",
    standfirst="A 7-2 majority holds that charges on the use of national waters are a federal matter. Refunds are left to the lower courts.",
    related=[("Amparo reform: one year on", "/mexico/amparo-reform-one-year"),
             ("Water concessions and the new General Water Law", "/mexico/general-water-law-concessions"),
             ("Guatemala: Constitutional Court suspends mining licence", "/guatemala/cc-mining-licence")],
)

STORY_3 = _story("ct-IA3", "court", "2026-04-23",
                 [_page("https://www.continentalpress.example/latin-america/mexico-supreme-court-chihuahua-water-fee-2026-04-21", _CT3_WIRE),
                  _page("https://chihuahuadailypost.example/local/supreme-court-voids-well-fee", _CT3_REGIONAL),
                  _page("https://latamlawbrief.example/mexico/scjn-chihuahua-groundwater-fee-federal-competence", _CT3_LAW)],
                 [])


# ---------------------------------------------------------------------------
# 4. tr-IA4 — Mexico February trade balance (PLANTED: surplus, title, months)
# ---------------------------------------------------------------------------

_TR4_WIRE = wire(
    "Meridian Wire Service", "https://www.meridianwire.example/markets/mexico-trade-surplus-february-2026-03-26/",
    "Mexico posts $2.31 billion trade surplus in February as car exports climb",
    "Mexico swung to a trade surplus in February, beating forecasts, as manufactured exports grew.",
    ["Natalia Cuevas"],
    [
        "Mexico recorded a trade surplus of $2.31 billion in February, its first monthly surplus in four months, as exports of cars and other manufactured goods rose strongly, official data showed on Thursday.",
        "The figure beat the median forecast of a $1.05 billion surplus in a Meridian poll of 12 analysts. In January the country posted a deficit, revised on Thursday to $4.49 billion from the $4.56 billion initially reported, the national statistics agency INEGI said.",
        "Exports rose 6.2% from a year earlier to $52.84 billion, while imports increased 3.9% to $50.53 billion.",
        "Non-oil exports grew 7.1%, led by a 9.4% jump in automotive shipments, while oil exports fell 11.3% on lower crude volumes and prices.",
        ("ad", "mid"),
        "In seasonally adjusted terms, the trade balance showed a deficit of $620 million, INEGI said. For January and February combined, Mexico posted a deficit of $2.18 billion.",
        "“Manufacturing exports are showing that integration with North America continues to deepen, even in a year of uncertainty,” said Luis Ferrando Quiroz, undersecretary of foreign trade at the Economy Ministry, in a post on social media.",
        "The data come as Mexican officials prepare for the joint review of the United States-Mexico-Canada Agreement, due by July, which business groups see as decisive for investment decisions by manufacturers that have moved production to Mexico in recent years.",
        "Imports of intermediate goods, mostly parts and inputs used by factories, rose 5.0% from a year earlier, while imports of capital goods, a gauge of investment, fell 2.7%. Consumer goods imports rose 1.8%.",
        "“The surplus is flattered by weak capital goods imports, which is not a great sign for investment,” said Carmen Zubiría, an economist at Pacific Ridge Capital in Mexico City. “Exports look healthy, but companies are still cautious about buying machinery until the review is settled.”",
        "Mexico's trade balance tends to swing between surplus and deficit from month to month, and economists usually focus on the trend in exports, which have been growing for most of the past year on demand from U.S. buyers.",
        "“A big beat on the headline, but look under the hood,” said Fernando Iturbe, chief Mexico economist at Banco Atlas. “Capital goods imports fell from a year ago. That is the investment story, and it is not a happy one.”",
        "Agricultural exports, a small but politically sensitive part of the total, were broadly steady, helped by shipments of avocados and berries to the United States. Mining exports rose on higher metals prices, INEGI said.",
        "The United States buys roughly four out of every five dollars of goods Mexico exports, and the two countries' factories are closely linked, with parts crossing the border several times before a finished car or appliance is sold. That integration is at the centre of the review talks.",
        "The peso was little changed after the data, trading at around 18.05 per dollar.",
        "INEGI will publish March trade figures in late April.",
    ],
    pub="2026-03-26T12:42:00Z", mod="2026-03-26T13:15:00Z",
    visible="March 26, 2026 12:42 PM UTC · Updated March 26, 2026 1:15 PM UTC",
    dateline="MEXICO CITY, March 26", section="Markets",
    credit_line="Reporting by Natalia Cuevas; editing by Tom Whitcombe",
    related=[("Mexico's central bank minutes show caution on further cuts", "/americas/banxico-minutes-caution"),
             ("Mexican retail sales rise more than expected in January", "/markets/mexico-retail-sales-january"),
             ("Auto production in Mexico rises in February, industry data show", "/business/mexico-auto-production-february")],
)

_TR4_LIVE = live(
    "Bolsa Daily", "https://www.bolsadaily.example/live/markets-live-26-march-2026",
    "Markets live: Mexico swings to trade surplus in February; peso steady",
    "Live coverage of Latin American markets and data on Thursday, 26 March.",
    [
        ("11:30 GMT", "2026-03-26T11:30:00Z", "Good morning",
         ["Welcome to our live coverage. The main event this morning is Mexico's February trade balance, due from INEGI at 6 a.m. Mexico City time (12:00 GMT).",
          "Consensus points to a surplus of around $1 billion, although forecasts are unusually spread out, ranging from a deficit of $400 million to a surplus of $1.9 billion. January's figure was a deficit of $4.56 billion."]),
        ("12:02 GMT", "2026-03-26T12:02:00Z", "Mexico swings to a surplus",
         ["Here it is: Mexico posted a trade surplus of $2.31 billion in February, the first surplus since October and well above consensus.",
          "Exports +6.2% year-on-year to $52.84bn; imports +3.9% to $50.53bn."]),
        ("12:10 GMT", "2026-03-26T12:10:00Z", "Autos do the heavy lifting",
         ["Breaking down the export side: non-oil exports were up 7.1% on the year, with automotive exports up 9.4%. Oil exports fell 11.3%.",
          "Manufactured goods account for close to 90% of what Mexico sells abroad, so the auto number matters far more for the headline than oil does these days."]),
        ("12:18 GMT", "2026-03-26T12:18:00Z", "January revised",
         ["INEGI has also revised January: the deficit is now $4.49bn, a little smaller than the $4.56bn first reported. That leaves the January-February balance at a deficit of $2.18bn."]),
        ("12:35 GMT", "2026-03-26T12:35:00Z", "Peso barely moves",
         ["The peso firmed briefly to 18.01 per dollar after the release before drifting back to around 18.05. Traders say the currency is trading more on US rate expectations than on local data this week."]),
        ("13:05 GMT", "2026-03-26T13:05:00Z", "Economists react",
         ["Fernando Iturbe, chief Mexico economist at Banco Atlas, emails: “A big beat on the headline, but look under the hood. Capital goods imports fell 2.7% from a year ago. That is the investment story, and it is not a happy one.”",
          "Carmen Zubiría at Pacific Ridge Capital makes a similar point, telling us the surplus was “flattered” by weak machinery imports."]),
        ("14:20 GMT", "2026-03-26T14:20:00Z", "Official view",
         ["Foreign trade undersecretary Luis Ferrando has posted that the numbers show integration with North America “continues to deepen, even in a year of uncertainty”. Economy Secretary Patricia Lozoya is due to speak at an industry event in Querétaro this afternoon."]),
        ("15:40 GMT", "2026-03-26T15:40:00Z", "A note on seasonal adjustment",
         ["A reader asks why some headlines say Mexico had a deficit. INEGI's seasonally adjusted series shows a deficit of $620m in February; the $2.31bn surplus is the unadjusted figure that most outlets, including this one, lead with. Both are correct; they answer different questions."]),
        ("16:30 GMT", "2026-03-26T16:30:00Z", "Wrapping up",
         ["That's it from us today. Mexico's trade surplus beat forecasts on strong autos, the peso shrugged, and the focus now turns to US inflation data on Friday. Thanks for following."]),
    ],
    pub="2026-03-26T11:30:00Z", mod="2026-03-26T16:30:00Z", section="Live",
    authors=["Jorge Saldaña", "Miriam Okoro"],
    summary=["Mexico posted a $2.31bn trade surplus in February, beating forecasts of about $1bn",
             "Exports rose 6.2% y/y, led by autos; oil exports fell",
             "January's deficit was revised to $4.49bn",
             "The peso was little changed near 18.05 per dollar"],
    related=[("Brazil's real slips as fiscal worries return", "/markets/brazil-real-fiscal"),
             ("Chile copper exports rise in March, early data show", "/markets/chile-copper-exports"),
             ("Colombia central bank holds", "/markets/colombia-central-bank-holds")],
)

_TR4_JOURNAL = journal(
    "Nearshore Trade Journal", "https://nearshoretradejournal.example/data/mexico-february-2026-trade-autos-electronics",
    "February trade: autos lift Mexico back into surplus, but capital goods imports slip",
    "Our breakdown of INEGI's February figures by sector, and what they say ahead of the USMCA review.",
    ["Daniela Reyes Ocampo"],
    [
        "Mexico swung back into the black in February, posting a merchandise trade surplus of US$2.31 billion, its first surplus in seven months, according to INEGI data published on Thursday. The driver was familiar: cars, auto parts and, increasingly, electronics assembled in the northern border states.",
        ("table", "Mexico merchandise trade, February 2026 (US$ billion, unadjusted)",
         ["Item", "Feb 2026", "y/y change"],
         [["Total exports", "52.84", "+6.2%"], ["Oil exports", "1.92", "-11.3%"],
          ["Non-oil exports", "50.92", "+7.1%"], ["  of which automotive", "17.60", "+9.4%"],
          ["Total imports", "50.53", "+3.9%"], ["  Consumer goods", "6.90", "+1.8%"],
          ["  Intermediate goods", "39.60", "+5.0%"], ["  Capital goods", "4.03", "-2.7%"],
          ["Balance", "+2.31", ""]]),
        "Automotive exports reached US$17.6 billion, up 9.4% on February 2025. Light trucks and SUVs made up the bulk, with exports of auto parts also up strongly as plants in Coahuila and Guanajuato ramped up new lines announced in 2024 and 2025.",
        ("ad", "pro1"),
        ("h", "The investment question"),
        "The less encouraging line is capital goods imports, which fell 2.7% year on year to US$4.03 billion. Machinery imports tend to lead factory expansions by several quarters, and a decline suggests companies are holding off on new capacity until the outcome of the USMCA joint review, due by July, is clearer.",
        "“We hear the same thing from every plant manager: the orders are there, the expansion plans are there, but the signature on the new line waits for the review,” said Rogelio Tamez, who heads a consultancy in Saltillo that advises foreign manufacturers on setting up in Mexico.",
        ("h", "Official reading"),
        "Luis Ferrando Quiroz, undersecretary for foreign trade, argued on Thursday that the export figures spoke for themselves. “Manufacturing exports are showing that integration with North America continues to deepen,” he wrote. In an interview with this journal last month, Ferrando said the government's priority in the review would be to preserve the rules of origin for autos agreed in 2020.",
        ("h", "Revisions and seasonal adjustment"),
        "INEGI revised January's deficit to US$4.49 billion from US$4.56 billion. On a seasonally adjusted basis February showed a deficit of US$620 million, a reminder that February is usually a strong month for Mexican exports and that the unadjusted surplus overstates the underlying improvement.",
        "The January-February cumulative balance was a deficit of US$2.18 billion, compared with a small surplus in the same two months of 2025.",
        ("h", "What to watch"),
        "March data, due in late April, will show whether the auto rebound holds. Industry association figures already published for March point to another month of solid light-vehicle exports, though shipments to Canada have been softer than to the United States.",
        "Economists remain divided on the year as a whole. Banco Atlas expects Mexico's exports to grow about 5% in 2026; Pacific Ridge Capital has a more cautious forecast of 3.5%, citing the risk of new US tariffs if the review goes badly.",
    ],
    pub="2026-03-27T09:00:00-06:00", visible="27 March 2026", section="Trade data",
    standfirst="Autos and electronics pushed February exports up 6.2% on the year. Machinery imports tell a more cautious story.",
    related=[("Rules of origin: what the USMCA review could change", "/analysis/rules-of-origin-review"),
             ("Guatemala's textile exports to the US fall in January", "/data/guatemala-textiles-january"),
             ("Interview: Luis Ferrando Quiroz on the USMCA review", "/interviews/ferrando-quiroz-usmca")],
)

_TR4_REGIONAL = regional(
    "Noreste Today", "https://noreste-today.example/economia/exportaciones-nuevo-leon-superavit-febrero",
    "National trade surplus gives Nuevo León exporters a lift",
    "Monterrey manufacturers say strong February exports reflect the region's factories, but warn of a slowdown in new investment.",
    ["Alejandro Treviño"],
    [
        "MONTERREY — Mexico's return to a trade surplus in February was built in large part in factories like the ones that line the highways around Monterrey, local business leaders said on Thursday, even as they warned that new investment was slowing.",
        "The national statistics institute reported that the country posted a surplus of $2.13 billion in February, after a deficit the previous month. Exports grew 6.2% from a year earlier, driven by cars, auto parts, appliances and electrical equipment.",
        "“A good part of that number has a Nuevo León label on it,” said Gilberto Cantú Garza, president of the Monterrey industrial chamber. “Our plants are running at full capacity. The problem is not this month; the problem is whether the new plants that were announced will actually be built.”",
        ("ad", "box1"),
        "Nuevo León is one of Mexico's biggest exporting states, accounting for nearly a tenth of the country's foreign sales, according to state government figures. Its exports are concentrated in home appliances, auto parts, steel products and, more recently, electrical equipment for data centres in the United States.",
        "Luis Ferrando Quiroz, the federal undersecretary of industry and commerce, visited Apodaca on Thursday afternoon to tour a plant that makes electrical transformers. “Manufacturing exports are showing that integration with North America continues to deepen, even in a year of uncertainty,” he told workers and reporters.",
        "Ferrando said the federal government was confident that the United States-Mexico-Canada Agreement would survive its joint review, due by July, and that investors should not put projects on hold. “Mexico is a reliable partner, and the numbers show it,” he said.",
        "Local businesspeople were less sure. At the plant in Apodaca, which employs about 1,400 people, managers said they were waiting for the review before deciding on a second production line. “We have the land and we have the customers,” one manager said. “What we do not have yet is certainty.”",
        ("fig", "/img/2026/03/planta-apodaca.jpg", "Workers at an electrical transformer plant in Apodaca, Nuevo León.", "Noreste Today"),
        "National figures showed imports of capital goods, such as machinery, fell in February compared with a year earlier, which economists read as a sign that companies are delaying expansions.",
        "Economist Sandra Villarreal, who teaches at a private university in Monterrey, said the surplus should not be overstated. “February is traditionally a strong month, and the seasonally adjusted data show a deficit,” she said. “The structural story for Nuevo León is good, but 2026 will depend on decisions made in Washington.”",
        "Industrial parks on the outskirts of the city still report high occupancy, though developers say fewer new leases were signed in the first two months of this year than in the same period of 2025.",
        "The state economy ministry said it would publish its own breakdown of Nuevo León's first-quarter exports in May.",
    ],
    visible="Published March 27, 2026", section="Economía",
    ticker="Line 6 of the metro to open in phases · Water rationing ends in southern municipalities",
    weather="Monterrey 31°C, hazy",
    related=[("Industrial park developers report slower leasing", "/economia/industrial-parks-leasing"),
             ("Metro Line 6 to open in phases", "/local/metro-line-6"),
             ("Steelmakers seek talks on US tariffs", "/economia/steelmakers-us-tariffs")],
)

STORY_4 = _story("tr-IA4", "trade", "2026-03-28",
                 [_page("https://www.meridianwire.example/markets/mexico-trade-surplus-february-2026-03-26/", _TR4_WIRE),
                  _page("https://www.bolsadaily.example/live/markets-live-26-march-2026", _TR4_LIVE),
                  _page("https://nearshoretradejournal.example/data/mexico-february-2026-trade-autos-electronics", _TR4_JOURNAL),
                  _page("https://noreste-today.example/economia/exportaciones-nuevo-leon-superavit-febrero", _TR4_REGIONAL)],
                 [("February trade surplus", r"\b2\.31\b", r"\b2\.13\b"),
                  ("Luis Ferrando Quiroz's title", r"(undersecretary (of|for) foreign trade|foreign trade undersecretary)", r"undersecretary of industry"),
                  ("months since the last surplus", r"\bfour months\b", r"\bseven months\b")])


# ---------------------------------------------------------------------------
# 5. rk-IA5 — Xólotl-2 suborbital flight from Sonora (CONTROL)
# ---------------------------------------------------------------------------

_RK5_PRO = journal(
    "LaunchWatch Americas", "https://launchwatch-americas.example/suborbital/quetzal-xolotl-2-reaches-108-km",
    "Quetzal's Xólotl-2 reaches 108 km on second flight, crossing the Kármán line",
    "Mexican start-up Quetzal Aeroespacial flew its Xólotl-2 sounding rocket to space a day after a wind scrub.",
    ["Iván Cordero"],
    [
        "Quetzal Aeroespacial's Xólotl-2 sounding rocket reached an apogee of 108 km on Wednesday, comfortably above the 100 km Kármán line, in the second flight of the Guadalajara-based company's single-stage vehicle and its first to reach space.",
        "Liftoff from the company's test range near Puerto Libertad, on the Sonoran Desert coast, came at 7:14 a.m. local time (14:14 UTC), a day later than planned. A first attempt on Tuesday was called off about 40 minutes before the opening of the window because of strong upper-level winds measured by weather balloons.",
        ("table", "Xólotl-2 flight at a glance", ["Parameter", "Value"],
         [["Liftoff", "13 May 2026, 14:14 UTC"], ["Engine burn", "71 s"], ["Max speed", "Mach 4.8"],
          ["Apogee", "108 km"], ["Payload", "35 kg, three experiments"],
          ["Capsule landing", "T+10 min 48 s, ~38 km downrange"]]),
        "The ethanol and liquid oxygen engine burned for 71 seconds, accelerating the 9.6-metre vehicle to a peak of Mach 4.8 before shutdown. The payload section separated after engine cut-off, coasted to apogee and returned under a drogue and main parachute, landing 10 minutes 48 seconds after liftoff about 38 km downrange. Recovery teams reached it by truck within the hour.",
        ("ad", "pro1"),
        ("h", "From 42 km to 108 km"),
        "The result is a big step from Xólotl-1, which flew in October 2025 and reached 42 km when its engine shut down early because of a fault in a propellant valve. The company redesigned the valve and added a second pressure sensor to the engine's control loop for this flight.",
        "“Today we proved that a rocket designed and built in Mexico can reach space,” chief executive Daniela Ibarra Montaño said at a briefing at the range after recovery. “Seven months ago we were explaining a failure. This morning we are explaining a success, and we learned more from the first than from the second.”",
        "Flight director Jorge Lizárraga said the trajectory matched the company's models closely. “The vehicle did exactly what the simulations said it would, to within a couple of kilometres on apogee,” he said.",
        ("h", "Payloads"),
        "The 35 kg payload carried three experiments from Mexican universities: a microgravity fluid-mixing study, a radiation dosimeter and a camera module built by students. All three were recovered intact, the company said, and data downloads were under way on Wednesday afternoon.",
        ("h", "Next steps"),
        "Quetzal, which employs about 140 people and says it has raised US$48 million from private investors, plans to fly a reusable version of the vehicle, Xólotl-3, in 2027. Ibarra said the company's longer-term goal is a small launcher capable of placing satellites of up to 150 kg in low Earth orbit before the end of the decade.",
        "The Mexican Space Agency (AEM), which coordinated airspace and maritime notices for the flight with civil aviation authorities, congratulated the team in a statement.",
    ],
    pub="2026-05-13T18:30:00Z", mod="2026-05-13T20:10:00Z", visible="13 May 2026",
    section="Suborbital",
    standfirst="The second flight of the Mexican start-up's single-stage rocket went to 108 km after Tuesday's attempt was scrubbed for winds.",
    related=[("Brazil's Alcântara schedules two launches for June", "/launch-sites/alcantara-june"),
             ("Argentina's small-launcher programme completes engine test", "/engines/argentina-engine-test"),
             ("Explainer: Where does space begin?", "/explainers/karman-line")],
)

_RK5_TV = broadcast(
    "Sonora 24 News", "https://sonora24.example/noticias/cohete-xolotl-2-llega-al-espacio",
    "Mexican rocket launched from Sonora desert reaches space on second try",
    "The Xólotl-2 flew at dawn on Wednesday after winds forced a delay.",
    ["Karla Espinoza"],
    [
        "A rocket built by a Mexican company lifted off from the desert coast of northern Sonora early on Wednesday and climbed to about 67 miles above the Earth, becoming, according to its makers, the first privately developed Mexican rocket to reach space.",
        "The Xólotl-2 launched at 7:14 a.m. from a private range north of Puerto Libertad, a fishing town on the Gulf of California. The launch had been planned for Tuesday, but the company postponed it that morning because of high-altitude winds.",
        "Families from Puerto Libertad and nearby ranches watched from a roadside viewing area about 8 kilometres from the launch pad, many of them arriving before dawn with blankets and coffee. A loud crack rolled across the desert a few seconds after the rocket rose from behind a line of low hills.",
        ("ad", "inline"),
        "“We saw the flame and then it was gone, just a white line going up,” said Rosa Amelia Durazo, a schoolteacher who brought her two children. “They were talking about it all the way home.”",
        "The rocket's engine fired for just over a minute, pushing it to nearly five times the speed of sound. The top section, which carried experiments from Mexican universities weighing 77 pounds in total, separated and floated back to the desert under parachutes nearly 11 minutes after launch.",
        "Daniela Ibarra, chief executive of Quetzal Aeroespacial, hugged members of her team at the control centre as the capsule's parachutes were confirmed. “Today we proved that a rocket designed and built in Mexico can reach space,” she told Sonora 24.",
        "The company's first rocket, Xólotl-1, launched from the same site last October but reached only 42 kilometres after a problem with a valve.",
        ("h", "Why Sonora"),
        "The company chose the site because the area is sparsely populated, has clear skies for most of the year and offers a clear flight path over empty desert and coastline. Local officials hope the launches will bring jobs and visitors to a part of the state that depends heavily on fishing.",
        "Puerto Libertad's municipal delegate, Héctor Valenzuela, said hotels and restaurants in the town had been full for two nights. “We want them to keep coming back,” he said. “If the rockets bring tourists, everybody wins.”",
        "Some residents have raised concerns about noise and about the road closures needed for each launch, which kept the coastal highway shut for several hours on both Tuesday and Wednesday. The company said it would hold a public meeting in the town before its next flight.",
        "Quetzal says its next rocket, a reusable version called Xólotl-3, is planned for 2027. Ibarra said the company would like to keep flying from Sonora and is in talks with state officials about a longer-term agreement for the range.",
        "Sonora's economic development office said it would study incentives for companies linked to the launches, from fuel suppliers to machine shops in Hermosillo.",
    ],
    pub="2026-05-13T16:05:00Z", mod="2026-05-13T17:20:00Z",
    visible="May 13, 2026, 9:05 a.m. MST · Updated 10:20 a.m.", section="Local",
    keypoints=["The Xólotl-2 reached about 108 km (67 miles)",
               "Tuesday's attempt was postponed because of winds",
               "The payload landed under parachutes nearly 11 minutes after launch"],
    video_caption="The Xolotl-2 lifts off from the range north of Puerto Libertad on Wednesday morning.",
    related=[("Heat advisory issued for Hermosillo", "/clima/heat-advisory-hermosillo"),
             ("Shrimp season opening date announced", "/noticias/shrimp-season"),
             ("Naranjeros sign new manager", "/deportes/naranjeros-manager")],
)

_RK5_PAPER = paper(
    "The Mexico City Courier", "https://mexicocitycourier.example/science/2026/05/quetzal-xolotl-rocket-space",
    "A Guadalajara start-up just sent a rocket to space. Now comes the hard part",
    "Quetzal Aeroespacial's successful suborbital flight is a milestone for Mexico's small space industry.",
    ["Gabriel Anaya"],
    [
        "For a few minutes on Wednesday morning, a 35-kilogram capsule packed with university experiments floated in weightlessness 108 kilometres above northern Mexico. When it drifted back to the Sonoran Desert under a pair of orange parachutes, it had given Mexico's small space industry something it had never had: a homegrown rocket that had reached space.",
        "The Xolotl-2, built by Quetzal Aeroespacial, took off at 7:14 a.m. local time, or 8:14 a.m. in Mexico City, from a range on the coast north of Puerto Libertad, Sonora. The flight came a day late after winds scrubbed Tuesday's attempt. The engine burned for about 71 seconds and the capsule landed 10 minutes and 48 seconds after liftoff.",
        "The company's chief executive, Daniela Ibarra Montaño, 38, an aerospace engineer who worked for a decade at satellite and engine manufacturers in the United States before returning to Guadalajara, founded Quetzal in 2019 with four colleagues in a rented workshop.",
        ("fig", "/images/2026/05/xolotl2-liftoff.jpg", "The Xolotl-2 rocket lifts off from Sonora on Wednesday, May 13.", "Courtesy of Quetzal Aeroespacial"),
        "“People told us to build drones, or to build software,” Ibarra said in an interview on Thursday. “We said no, we want to build the thing that goes up. Today we proved that a rocket designed and built in Mexico can reach space.”",
        ("ad", "in1"),
        ("h", "A long way to orbit"),
        "Reaching space on a vertical, suborbital hop is very different from reaching orbit, which requires a vehicle to travel sideways at roughly 28,000 kilometres per hour. The Xólotl-2 peaked at Mach 4.8, about 5,900 km/h. Ibarra acknowledged the gap. “Suborbital is the school,” she said. “Orbital is the job.”",
        "The company says it has raised 48 million dollars, or roughly 860 million pesos, from Mexican and foreign investors, and it employs about 140 people. Its plan calls for a reusable suborbital vehicle, the Xólotl-3, in 2027 and a small satellite launcher later in the decade.",
        "Arturo Mendívil, director general of the Mexican Space Agency, said the flight showed that Mexico could develop launch capability “with Mexican talent and Mexican companies”, but he cautioned that the country still lacked a legal framework for commercial launches. “We coordinated this flight case by case, with aviation and maritime authorities,” he said. “That is not a model that scales.”",
        ("h", "Lessons from a failure"),
        "Quetzal's first rocket, the Xólotl-1, flew last October and climbed to 42 kilometres before an engine valve failed. Engineers spent the winter redesigning the component, and flight director Jorge Lizárraga said the fix worked exactly as intended. “The vehicle did exactly what the simulations said it would,” he said.",
        "Researchers at the universities whose experiments flew said they had already begun analysing the data. A student team from Puebla recovered footage from its camera module showing the curve of the Earth and the Gulf of California at the top of the flight.",
        "For now, Ibarra said, the company will take a few days off. Then it will start building the next one.",
    ],
    ld=False, visible="May 14, 2026", section="Science",
    author_bio="Gabriel Anaya writes about science and technology for the Courier.",
    tags=["Space", "Science", "Sonora", "Start-ups"], comments=52,
    related=[("Mexico's first nanosatellite, a decade later", "/science/nanosatellite-decade"),
             ("Why Guadalajara became Mexico's tech hub", "/business/guadalajara-tech-hub"),
             ("Eclipse chasers flock to Mazatlán", "/science/eclipse-mazatlan")],
)

STORY_5 = _story("rk-IA5", "rocket", "2026-05-15",
                 [_page("https://launchwatch-americas.example/suborbital/quetzal-xolotl-2-reaches-108-km", _RK5_PRO),
                  _page("https://sonora24.example/noticias/cohete-xolotl-2-llega-al-espacio", _RK5_TV),
                  _page("https://mexicocitycourier.example/science/2026/05/quetzal-xolotl-rocket-space", _RK5_PAPER)],
                 [])


# ---------------------------------------------------------------------------
# 6. eq-IA6 — offshore quake, Guatemala Pacific coast (PLANTED: time, place, quote)
# ---------------------------------------------------------------------------

_EQ6_WIRE = wire(
    "Continental Press Agency", "https://www.continentalpress.example/latin-america/guatemala-earthquake-pacific-coast-2026-06-09",
    "Strong earthquake off Guatemala's Pacific coast kills two, damages hundreds of homes",
    "A strong offshore earthquake shook southwestern Guatemala before dawn on Tuesday.",
    ["Paula Esquivel", "Byron Sic"],
    [
        "A strong earthquake struck off Guatemala's Pacific coast before dawn on Tuesday, killing at least two people and damaging hundreds of homes in the southwest of the country, disaster officials said.",
        "The quake hit at 3:42 a.m. local time (0942 GMT). The U.S. Geological Survey put its magnitude at 6.4 and its depth at 35 km, after an initial estimate of 6.6. Guatemala's seismological institute, INSIVUMEH, measured it at magnitude 6.2 and a depth of 41 km, and located the epicentre in the ocean about 48 km (30 miles) southwest of the port of Champerico, in Retalhuleu department.",
        "Guatemala's disaster agency, CONRED, said a man died in Retalhuleu when the wall of his house collapsed on him as he slept, and a woman was killed by falling debris in a village in Suchitepéquez. At least 23 people were injured and some 340 homes were damaged, most of them older adobe and block houses.",
        ("ad", "mid"),
        "“The walls held, the roofs did not,” said Oswaldo Letona, executive secretary of CONRED, describing the damage his teams had seen in the first hours. “Many of the injuries are from roof tiles and sheet metal that came down inside the houses.”",
        "Shaking was felt across much of Guatemala, including the capital, where people ran into the streets in their nightclothes, as well as in western El Salvador and in the Mexican state of Chiapas. There were no immediate reports of serious damage in Guatemala City.",
        "The Pacific Tsunami Warning Center said there was no tsunami threat. Port authorities in Champerico said fishing boats had been told to stay in harbour until daylight as a precaution.",
        "INSIVUMEH said it had recorded 27 aftershocks by mid-morning, the largest of magnitude 4.8.",
        "Power was cut to parts of Retalhuleu, Quetzaltenango and Suchitepéquez, and the state electricity distributor said crews were working to restore service. A stretch of the coastal highway near Champerico was closed because of a landslide from a road cut.",
        "Guatemala sits at the junction of several tectonic plates, and offshore earthquakes along the subduction zone beneath the Pacific coast are frequent. A magnitude 7.4 earthquake off the same coast in 2012 killed dozens of people and destroyed thousands of homes in the department of San Marcos.",
        "In the city of Retalhuleu, residents gathered in the central park after the shaking stopped, many of them still holding the phones they had used as torches. “First it moved side to side, then it jumped,” said Marta Yax, a market vendor. “The lights went out and we could hear everything falling in the kitchen.”",
        "Letona said CONRED teams were still reaching outlying villages and the toll could rise. Schools in the three most affected departments were closed for the day, and the education ministry said engineers would inspect buildings before classes resume.",
    ],
    pub="2026-06-09T12:50:00Z", mod="2026-06-09T13:20:00Z",
    visible="June 9, 2026 · 12:50 PM GMT · Updated 1:20 PM GMT", dateline="GUATEMALA CITY, June 9", tag="CPA",
    section="Latin America",
    credit_line="Reporting by Paula Esquivel and Byron Sic; editing by Grant Holloway",
    related=[("El Salvador reports minor damage after Guatemala quake", "/latin-america/el-salvador-minor-damage"),
             ("Guatemala's coffee exporters brace for lower harvest", "/business/guatemala-coffee-harvest"),
             ("Volcano of Fire eruption forces brief airport closure", "/latin-america/fuego-airport-closure")],
)

_EQ6_LIVE = live(
    "The Isthmus Times", "https://isthmustimes.example/live/guatemala-earthquake-june-9-2026",
    "Guatemala earthquake live: deaths rise to five as aftershocks continue",
    "Live updates after a strong earthquake off Guatemala's Pacific coast on Tuesday 9 June.",
    [
        ("10:05 GMT (4:05 a.m. local)", "2026-06-09T10:05:00Z", "Strong quake off Guatemala",
         ["A strong earthquake has struck off Guatemala's Pacific coast. The USGS gives a preliminary magnitude of 6.6. The quake hit at 09:42 GMT, which is 3:42 a.m. in Guatemala.",
          "Readers in Guatemala City tell us the shaking lasted a long time and woke entire apartment buildings."]),
        ("10:40 GMT", "2026-06-09T10:40:00Z", "Magnitude revised",
         ["The USGS has revised the magnitude down to 6.4, at a depth of 35 km. INSIVUMEH, Guatemala's seismological institute, has its own reading of 6.2 at 41 km. Different agencies often give slightly different figures in the first hours.",
          "INSIVUMEH located the epicentre in the Pacific about 48 km southwest of Puerto San José, in Escuintla department."]),
        ("10:55 GMT", "2026-06-09T10:55:00Z", "No tsunami threat",
         ["The Pacific Tsunami Warning Center says there is no tsunami threat from this earthquake. Port authorities on the coast have nonetheless asked fishing boats to stay in harbour until daylight.",
          "In Guatemala City, residents spent the early hours in the street. “Everybody came out in pyjamas, with the dogs,” one reader in Zona 11 wrote to us. “The building swayed for what felt like forever.”"]),
        ("11:20 GMT", "2026-06-09T11:20:00Z", "First death reported",
         ["CONRED, the national disaster agency, confirms one death: a man in Retalhuleu whose bedroom wall fell on him. We will update as we learn more."]),
        ("12:30 GMT", "2026-06-09T12:30:00Z", "Two dead, 23 injured",
         ["CONRED now says two people have died and 23 have been injured. About 340 homes have some damage, according to its first assessment, which covers only part of the affected area.",
          ("fig", "/live/2026/06/retalhuleu-wall.jpg", "Residents inspect a collapsed wall in Retalhuleu on Tuesday morning.", "Isthmus Times")]),
        ("15:10 GMT", "2026-06-09T15:10:00Z", "Aftershocks",
         ["INSIVUMEH has now counted 41 aftershocks since the main quake, the largest of magnitude 4.8. Most are too small to be felt, but several were felt along the coast."]),
        ("17:45 GMT", "2026-06-09T17:45:00Z", "Toll rises to five",
         ["CONRED has raised the death toll to five and the number of injured to 41. Roughly 1,100 homes are now reported damaged across Retalhuleu, Suchitepéquez and Quetzaltenango.",
          "CONRED chief Oswaldo Letona said most of the injuries were caused by falling roof tiles and sheet metal. Search teams are still checking villages along the coast that were cut off by landslides on rural roads."]),
        ("19:30 GMT", "2026-06-09T19:30:00Z", "Help from neighbours",
         ["El Salvador's government says it has offered search-and-rescue teams. Mexico's civil protection agency says there is only minor damage in Chiapas, mostly cracked walls in Tapachula.",
          ("ad", "live1")]),
        ("21:30 GMT", "2026-06-09T21:30:00Z", "State of calamity",
         ["The government has declared a state of calamity in Retalhuleu, Suchitepéquez and Quetzaltenango for 30 days. Congress must ratify the decree, and lawmakers say they will meet on Wednesday to do so.",
          "That's where we'll pause this live blog for tonight. Our coverage continues tomorrow."]),
    ],
    pub="2026-06-09T10:05:00Z", mod="2026-06-09T21:30:00Z", section="World",
    authors=["Claudia Morales", "Ben Whitaker"],
    summary=["A 6.4 earthquake (USGS) struck off Guatemala's Pacific coast at 3:42 a.m. local time",
             "Five people have died and 41 are injured, according to CONRED",
             "About 1,100 homes damaged; state of calamity declared in three departments"],
    related=[("Why Central America has so many earthquakes", "/explainers/central-america-earthquakes"),
             ("Honduras: heavy rain closes schools in the north", "/news/honduras-rain-schools"),
             ("Panama: canal authority raises draft limit", "/business/panama-canal-draft")],
)

_EQ6_TV = broadcast(
    "Istmo News Network", "https://www.inn-news.example/americas/guatemala-quake-toll-rises-five",
    "Guatemala quake toll rises to five as families clear rubble on the coast",
    "Five people died and more than 1,000 homes were damaged after a strong earthquake hit before dawn.",
    ["Lorena Pac"],
    [
        "Families in southwestern Guatemala spent Tuesday clearing broken roof tiles and fallen walls after a strong earthquake struck off the Pacific coast before dawn, killing five people and injuring 41, according to the country's disaster agency.",
        "The quake hit at 3:42 a.m., when most people were asleep. Guatemala's seismological institute INSIVUMEH said the epicentre was at sea about 48 kilometres southwest of Champerico, a fishing port in Retalhuleu. The U.S. Geological Survey measured the magnitude at 6.4; the Guatemalan institute's reading was slightly lower, at 6.2.",
        "In Champerico, the town closest to the epicentre, the shaking brought down walls along several streets and cracked the bell tower of the parish church. Residents dragged mattresses into the street and waited for daylight, afraid to go back inside as aftershocks continued.",
        ("ad", "inline"),
        "“The walls held, the roofs did not,” said Champerico mayor Carmen Ixcot, standing beside a house whose tin roof had folded inward. “We were lucky it was not worse. Now the people need sheets of metal and plastic before the rains come tonight.”",
        "The disaster agency, known as CONRED, said about 1,100 homes had been damaged in Retalhuleu, Suchitepéquez and Quetzaltenango. Its executive secretary, Oswaldo Letona, said teams were still reaching outlying villages and the number was likely to rise.",
        "Among the dead was a 71-year-old man in Retalhuleu killed when a wall fell onto his bed, and a woman in Suchitepéquez struck by falling debris as she tried to leave her home. CONRED did not immediately give details about the other three deaths.",
        ("h", "Hospitals under pressure"),
        "At the national hospital in Retalhuleu, doctors treated patients in the car park for several hours while engineers checked the building for structural damage. The health ministry said the hospital was declared safe by mid-morning and patients were moved back inside.",
        "“We received people with head wounds, broken arms, cuts from glass,” said a nurse who asked not to be named because she was not authorised to speak to the media. “Most of them were hit by something falling from the ceiling.”",
        "The rainy season has begun on Guatemala's Pacific slope, and officials said afternoon storms could complicate repairs and increase the risk of landslides on hillsides loosened by the quake.",
        "The shaking was felt as far away as San Salvador and the Mexican city of Tapachula. In Guatemala City, about 190 km from the epicentre, people fled apartment buildings, but authorities reported only minor damage.",
        "INSIVUMEH said dozens of aftershocks had followed the main quake and urged residents to stay out of damaged buildings.",
        "Neighbouring El Salvador offered search-and-rescue teams, and the Red Cross said it was sending hygiene kits, tarpaulins and water purification tablets from its warehouse in Guatemala City to shelters on the coast.",
    ],
    pub="2026-06-09T18:20:00Z", mod="2026-06-09T19:05:00Z",
    visible="Tuesday 9 June 2026, 18:20 GMT", section="Americas",
    keypoints=["Five dead and 41 injured, according to CONRED",
               "About 1,100 homes damaged in three departments",
               "USGS magnitude 6.4; INSIVUMEH 6.2"],
    video_caption="Residents of Champerico clear debris after Tuesday's earthquake.",
    related=[("Explainer: How earthquakes are measured", "/science/how-earthquakes-are-measured"),
             ("Mexico: heatwave strains power grid", "/americas/mexico-heatwave-grid"),
             ("Costa Rica: bridge reopens after repairs", "/americas/costa-rica-bridge-reopens")],
)

_EQ6_REGIONAL = regional(
    "The Southern Coast Herald", "https://southcoastherald.example/noticias/champerico-day-after-quake",
    "The day after: Champerico counts its losses as toll reaches seven",
    "A day after the earthquake, coastal towns in Retalhuleu assess the damage and wait for help.",
    ["Juan Carlos Tzul"],
    [
        "CHAMPERICO, Retalhuleu — A day after the strongest earthquake to hit Guatemala's southwest coast in more than a decade, fishermen in Champerico were back on the beach on Wednesday, not to fish but to sort through what was left of their storage sheds.",
        "The earthquake struck at 3:24 a.m. on Tuesday, with its epicentre in the Pacific about 48 kilometres southwest of Champerico, according to INSIVUMEH. The national disaster agency CONRED said on Wednesday morning that seven people had died, 64 had been injured and 1,870 homes had been damaged across the southwest.",
        "The two additional deaths reported overnight were an elderly woman in Quetzaltenango department, who died in hospital of injuries suffered when her house collapsed, and a farmworker in Retalhuleu whose body was found under a fallen wall on a plantation.",
        ("ad", "box1"),
        "“The walls held, the roofs did not,” Oswaldo Letona, CONRED's executive secretary, repeated at a press conference in Retalhuleu on Wednesday, saying the pattern of damage had been the same in every municipality his teams had visited. He said more than 200 families were staying in shelters or with relatives.",
        "In Champerico, mayor Carmen Ixcot said the town needed roofing above all. “We have people sleeping under plastic sheets, and it rains every afternoon,” she said. “Food is arriving. What we need is zinc, nails and hands.”",
        "INSIVUMEH said it had registered more than 90 aftershocks by Wednesday morning, most of them small. The institute again urged residents not to return to homes with cracked walls.",
        ("fig", "/fotos/2026/06/champerico-bodega.jpg", "Fishermen sort through a collapsed storage shed in Champerico on Wednesday.", "Herald photo"),
        "Congress met on Wednesday to ratify the state of calamity declared by the government for Retalhuleu, Suchitepéquez and Quetzaltenango, which allows faster purchases of emergency supplies for a month.",
        "At the Champerico market, vendors reopened stalls under the open sky, the roof of the market building having partly collapsed. “We sell what we can, where we can,” said Doña Hortensia López, who has sold dried fish in the market for 30 years. “The building is not safe, so we are outside.”",
        "Many residents remember the 2012 earthquake, which devastated San Marcos, further up the coast. “That one was bigger, but this one felt closer,” said fisherman Eduardo Chávez, 52. “It came from right under the sea in front of us.”",
        "Schools in the municipality remained closed on Wednesday while engineers from the education ministry inspected classrooms. Several school buildings are being used to store donated food and water.",
        "The municipal government said it was compiling a list of damaged homes to send to the central government and asked residents who had not yet reported damage to go to the town hall. The coastal highway near Champerico reopened to traffic late on Tuesday after crews cleared a landslide.",
    ],
    visible="Wednesday, June 10, 2026", section="Region",
    ticker="Schools in Retalhuleu to stay closed Thursday · Donation centre opens at the town hall",
    weather="Champerico 32°C, storms in the afternoon",
    related=[("Shrimp farmers report losses after quake", "/noticias/shrimp-farmers-losses"),
             ("Donation centre opens at the town hall", "/noticias/donation-centre"),
             ("Retalhuleu fair postponed", "/noticias/fair-postponed")],
)

STORY_6 = _story("eq-IA6", "earthquake", "2026-06-11",
                 [_page("https://www.continentalpress.example/latin-america/guatemala-earthquake-pacific-coast-2026-06-09", _EQ6_WIRE),
                  _page("https://isthmustimes.example/live/guatemala-earthquake-june-9-2026", _EQ6_LIVE),
                  _page("https://www.inn-news.example/americas/guatemala-quake-toll-rises-five", _EQ6_TV),
                  _page("https://southcoastherald.example/noticias/champerico-day-after-quake", _EQ6_REGIONAL)],
                 [("origin time (local)", r"\b3:42\b", r"\b3:24\b"),
                  ("epicentre reference town (INSIVUMEH)", r"\bchamperico\b", r"\bpuerto san jos[eé]\b"),
                  ("speaker of 'the walls held, the roofs did not'", r"\bletona\b", r"\bixcot\b")])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
