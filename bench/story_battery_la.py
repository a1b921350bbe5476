"""Part LA of the story battery (web pages).

Written by engineer LA1 on 2026-12-07 (twenty-fourth session, twenty-first batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py LA`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-LA1: the Riksbank cuts its policy rate from 1.75% to 1.50% on Thursday 18 June 2026; PLANTED: the board's vote split (The Krona Brief says three to two, the others four to one) and CPIF inflation excluding energy in May (Radio Norden says 2.7%, the others 2.3%); traps: 25 basis points / a quarter point / 0.25 percentage point, 09:30 CEST / 07:30 GMT, "yesterday" in the next-morning newsletter, May's unanimous hold, the rate-path forecast, the governor's quote cut at different places, SEK/EUR mortgage arithmetic.
el-LA2: Hafnarfjörður (Iceland) municipal election on Saturday 16 May 2026, the Town List wins 4 of 11 seats; CONTROL; traps: partial counts at 22:04 and 00:15 vs the final count at 02:37 (04:37 CEST), 2022 turnout and seats, rounded shares, a list leader with full and short names, one quote cut two ways.
ct-LA3: Helsinki District Court jails a bankrupt freight firm's former chief executive for 3 years 2 months on Friday 6 March 2026; CONTROL; traps: 38 months, the prosecutor's demand of 4 years 6 months, the co-defendant's 16-month suspended term, EUR 2.4 million damages split 1.55m + 850,000 and given in kronor, 10:00 EET / 08:00 GMT / 09:00 Swedish time, quotes cut differently.
tr-LA4: Statistics Denmark's May 2026 goods trade figures, published Wednesday 8 July 2026; PLANTED: the monthly surplus (Copenhagen Business Post says DKK 19.8 billion, the others 21.3), the bank economist's surname (Radio Norden spells Tygesen, the others Thygesen) and the weekday of the release (The Export Ledger says Tuesday, the others Wednesday); traps: April's surplus, seasonally adjusted vs unadjusted US exports, DKK/EUR conversions, "yesterday", percentage vs value changes.
rk-LA5: Skarv Orbital's Lomvi rocket reaches orbit on its second test flight from Andøya on Tuesday 22 September 2026; PLANTED: lift-off time (Vesterålen Observer says 11:52, the others 11:42 CEST), the number of satellites (Orbital Notes says seven, the others six) and Jonas Brekke Halvorsen's title (Radio Norden's live blog calls him chief technology officer, the others chief executive); traps: 09:42 UTC, Monday's scrubbed attempt, the failed first flight in April, orbit given as 520 km / about 500 km, NOK/EUR funding.
eq-LA6: a magnitude 5.4 earthquake beneath Skjálfandi Bay near Húsavík (Iceland) at 23:48 on Tuesday 10 November 2026; CONTROL; traps: preliminary 5.1 revised to 5.4, 00:48 CET on Wednesday in Scandinavian time, the M4.2 aftershock, aftershock and insurance-claim counts growing with their moments, "no injuries" at 01:30 then one woman treated, place given at different precision.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "LA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _body_html(paras: list[str], ad_after: tuple[int, ...] = (3,), ad_label: str = "Advertisement") -> str:
    """Paragraphs become <p>; strings starting with '<' are inserted as they are."""
    out = []
    for i, p in enumerate(paras):
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(f"<p>{_e(p)}</p>")
        if i + 1 in ad_after and i + 1 < len(paras):
            out.append(f'<aside class="ad ad-inline" aria-label="{_a(ad_label)}"><span class="ad-label">'
                       f'{_e(ad_label)}</span><div class="ad-slot" data-slot="mid-{i + 1}"></div></aside>')
    return "\n".join(out)


def _jsonld(kind: str, headline: str, url: str, site: str, site_url: str, author: str,
            published: str | None, modified: str | None, image: str | None, section: str,
            description: str) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "description": description,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": section,
        "publisher": {"@type": "Organization", "name": site,
                      "logo": {"@type": "ImageObject", "url": site_url + "/static/logo.png"}},
    }
    if author:
        data["author"] = [{"@type": "Person", "name": a.strip()} for a in author.split(" and ")]
    if published:
        data["datePublished"] = published
        data["dateModified"] = modified or published
    if image:
        data["image"] = [image]
    if kind == "liveblog":
        data["coverageStartTime"] = published
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _head(*, title: str, description: str, url: str, site: str, site_url: str, author: str,
          published: str | None, modified: str | None, image: str | None, section: str,
          kind: str, headline: str, lang: str, jsonld: bool, keywords: list[str]) -> str:
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<meta name="keywords" content="{_a(", ".join(keywords))}">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:description" content="{_a(description)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
    ]
    if image:
        metas.append(f'<meta property="og:image" content="{_a(image)}">')
    if author:
        metas.append(f'<meta name="author" content="{_a(author)}">')
    if published and jsonld:
        metas.append(f'<meta property="article:published_time" content="{_a(published)}">')
        metas.append(f'<meta property="article:modified_time" content="{_a(modified or published)}">')
    metas.append(f'<meta property="article:section" content="{_a(section)}">')
    metas.append(f'<link rel="stylesheet" href="{_a(site_url)}/assets/{kind}.css">')
    metas.append(f'<link rel="icon" href="{_a(site_url)}/favicon.ico">')
    if jsonld:
        metas.append(_jsonld(kind, headline, url, site, site_url, author, published, modified,
                             image, section, description))
    metas.append('<script async src="https://ads.adnordic.example/tag.js"></script>')
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(metas) + "\n</head>\n"


_NAV = {
    "wire": ["Top News", "Markets", "Politics", "Energy", "Technology", "Nordic", "World"],
    "paper": ["News", "Business", "Opinion", "Culture", "Sport", "Nordic", "Podcasts"],
    "broadcast": ["News", "Live", "Radio", "TV", "Weather", "Sport", "Programmes"],
    "local": ["Local news", "Weather", "Sport", "Events", "Obituaries", "Classifieds"],
    "newsletter": ["Archive", "About", "Subscribe", "Sponsorship"],
    "liveblog": ["News", "Live", "Politics", "Business", "Weather", "Video"],
}

_COOKIE = {
    "wire": "We use cookies to keep this service working and to measure traffic. Choose which ones we may use.",
    "paper": "We and our partners use cookies to personalise content and ads. You can change your choice at any time under Privacy settings.",
    "broadcast": "This site uses cookies. Some are needed for the player to work; others help us understand what you watch and listen to.",
    "local": "Cookies help us run this local news site. By clicking Accept you agree to our use of cookies for statistics and advertising.",
    "newsletter": "This web version uses a single cookie to remember your reading preferences.",
    "liveblog": "We use cookies for live updates, statistics and advertising. Manage your preferences below.",
}


def _chrome_top(kind: str, site: str, site_url: str, section: str) -> str:
    nav = "".join(f'<li><a href="{_a(site_url)}/{_a(n.lower().replace(" ", "-"))}">{_e(n)}</a></li>'
                  for n in _NAV[kind])
    cookie = (f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
              f'<p>{_e(_COOKIE[kind])}</p><button class="accept">Accept all</button>'
              f'<button class="reject">Reject non-essential</button>'
              f'<a href="{_a(site_url)}/privacy">Privacy settings</a></div>')
    extra = ""
    if kind == "broadcast":
        extra = (f'<div class="live-strip"><a href="{_a(site_url)}/live">Listen live</a>'
                 f'<span class="now-playing">Now playing: Morning News</span></div>')
    elif kind == "local":
        extra = ('<div class="weather-widget"><span class="wx-label">Today</span>'
                 '<span class="wx-desc">Check the local forecast</span></div>')
    elif kind == "wire":
        extra = ('<div class="ticker" aria-label="Market ticker"><span>OMXS30</span><span>OBX</span>'
                 '<span>OMXC25</span><span>OMXH25</span></div>')
    top_ad = ('<div class="ad ad-leaderboard"><span class="ad-label">Advertisement</span>'
              '<div class="ad-slot" data-slot="top"></div></div>') if kind != "newsletter" else ""
    return (f"<body class=\"{kind}\">\n{cookie}\n{top_ad}\n<header class=\"site-header\">"
            f'<a class="logo" href="{_a(site_url)}/">{_e(site)}</a>{extra}'
            f'<nav aria-label="Main"><ul>{nav}</ul></nav>'
            f'<form class="search" action="{_a(site_url)}/search"><input name="q" placeholder="Search">'
            f"</form></header>\n"
            f'<nav class="breadcrumb" aria-label="Breadcrumb"><a href="{_a(site_url)}/">Home</a> › '
            f'<a href="{_a(site_url)}/{_a(section.lower().replace(" ", "-"))}">{_e(section)}</a></nav>\n')


def _share(url: str) -> str:
    return ('<div class="share" aria-label="Share this article"><span>Share</span>'
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={_a(url)}">Facebook</a>'
            f'<a class="share-x" href="https://x.com/intent/post?url={_a(url)}">X</a>'
            f'<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url={_a(url)}">LinkedIn</a>'
            '<a class="share-email" href="mailto:?subject=Worth%20reading">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _related(related: list[tuple[str, str]], heading: str) -> str:
    if not related:
        return ""
    items = "".join(f'<li><a href="{_a(h)}">{_e(t)}</a></li>' for t, h in related)
    return f'<aside class="related"><h2>{_e(heading)}</h2><ul>{items}</ul></aside>'


def _footer(kind: str, site: str, site_url: str, org_line: str) -> str:
    links = ["About us", "Contact", "Corrections", "Privacy", "Cookie settings", "Terms of use"]
    if kind == "newsletter":
        links = ["Unsubscribe", "Update preferences", "Forward to a friend", "Privacy"]
    lis = "".join(f'<li><a href="{_a(site_url)}/{_a(x.lower().replace(" ", "-"))}">{_e(x)}</a></li>'
                  for x in links)
    return (f'<footer class="site-footer"><ul>{lis}</ul><p class="org">{_e(org_line)}</p>'
            f"<p class=\"copy\">© 2026 {_e(site)}. All rights reserved.</p></footer>\n"
            '<script src="/assets/app.js" defer></script>\n</body>\n</html>\n')


def _figure(image: tuple[str, str, str] | None) -> str:
    if not image:
        return ""
    src, caption, credit = image
    return (f'<figure class="lead-image"><img src="{_a(src)}" alt="{_a(caption)}" loading="lazy">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption></figure>')


def _article_page(kind: str, *, site: str, site_url: str, url: str, headline: str, standfirst: str,
                  section: str, author: str, byline_extra: str, published: str | None,
                  modified: str | None, date_text: str, body: list[str],
                  image: tuple[str, str, str] | None, related: list[tuple[str, str]],
                  tags: list[str], org_line: str, sep: str = " | ", lang: str = "en",
                  jsonld: bool = True, ad_after: tuple[int, ...] = (3,),
                  related_heading: str = "Related", tail: str = "") -> str:
    """A saved article page of one of the kinds: wire, paper, broadcast, local, newsletter."""
    title = f"{headline}{sep}{site}"
    img = image[0] if image else None
    head = _head(title=title, description=standfirst, url=url, site=site, site_url=site_url,
                 author=author, published=published, modified=modified, image=img, section=section,
                 kind=kind, headline=headline, lang=lang, jsonld=jsonld, keywords=tags)
    if published and jsonld:
        when = f'<time datetime="{_a(published)}">{_e(date_text)}</time>'
    else:
        when = f'<span class="date">{_e(date_text)}</span>' if date_text else ""
    upd = ""
    if modified and jsonld and modified != published:
        upd = f' <span class="updated">Updated <time datetime="{_a(modified)}">{_e(modified[11:16])}</time></span>'
    by = f'<p class="byline">By <a rel="author" href="{_a(site_url)}/authors">{_e(author)}</a>{_e(byline_extra)}</p>' if author else ""
    tag_html = "".join(f'<a class="tag" href="{_a(site_url)}/tag/{_a(t.lower().replace(" ", "-"))}">{_e(t)}</a>'
                       for t in tags)
    if kind == "newsletter":
        intro = ('<div class="nl-top"><a href="#">View in browser</a> · '
                 '<a href="#">Forwarded this? Sign up</a></div>')
    else:
        intro = ""
    article = (f'<main id="content">{intro}\n<article class="article {kind}-article">\n'
               f'<header class="article-header"><p class="kicker">{_e(section)}</p>'
               f"<h1>{_e(headline)}</h1>"
               f'<p class="standfirst">{_e(standfirst)}</p>{by}'
               f'<p class="meta">{when}{upd}</p>{_share(url)}</header>\n'
               f"{_figure(image)}\n"
               f'<div class="article-body">\n{_body_html(body, ad_after)}\n</div>\n'
               f'{tail}<div class="tags">{tag_html}</div>{_share(url)}\n</article>\n'
               f"{_related(related, related_heading)}\n"
               '<aside class="ad ad-sidebar"><span class="ad-label">Advertisement</span>'
               '<div class="ad-slot" data-slot="side"></div></aside>\n</main>\n')
    return head + _chrome_top(kind, site, site_url, section) + article + _footer(kind, site, site_url, org_line)


def _liveblog_page(*, site: str, site_url: str, url: str, headline: str, standfirst: str,
                   section: str, authors: str, published: str, modified: str, date_text: str,
                   key_points: list[str], entries: list[tuple[str, str, str, list[str]]],
                   image: tuple[str, str, str] | None, related: list[tuple[str, str]],
                   tags: list[str], org_line: str, sep: str = " - ", lang: str = "en") -> str:
    """Live blog; entries are (iso time, visible time, entry title, paragraphs), newest first."""
    title = f"{headline}{sep}{site}"
    img = image[0] if image else None
    head = _head(title=title, description=standfirst, url=url, site=site, site_url=site_url,
                 author=authors, published=published, modified=modified, image=img, section=section,
                 kind="liveblog", headline=headline, lang=lang, jsonld=True, keywords=tags)
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    posts = []
    for n, (iso, vis, etitle, paras) in enumerate(entries):
        posts.append(f'<article class="live-entry" id="entry-{len(entries) - n}">'
                     f'<time datetime="{_a(iso)}">{_e(vis)}</time>'
                     + (f"<h3>{_e(etitle)}</h3>" if etitle else "")
                     + _body_html(paras, ()) + "</article>")
        if n == 2:
            posts.append('<aside class="ad ad-inline"><span class="ad-label">Advertisement</span>'
                         '<div class="ad-slot" data-slot="live-3"></div></aside>')
    main = (f'<main id="content"><article class="article liveblog">\n'
            f'<header class="article-header"><p class="kicker"><span class="live-badge">LIVE</span> '
            f"{_e(section)}</p><h1>{_e(headline)}</h1>"
            f'<p class="standfirst">{_e(standfirst)}</p>'
            f'<p class="byline">By {_e(authors)}</p>'
            f'<p class="meta"><time datetime="{_a(published)}">{_e(date_text)}</time> '
            f'<span class="updated">Last updated <time datetime="{_a(modified)}">{_e(modified[11:16])}</time></span></p>'
            f"{_share(url)}</header>\n{_figure(image)}\n"
            f'<section class="key-points"><h2>Key points</h2><ul>{kp}</ul></section>\n'
            f'<div class="live-feed">\n' + "\n".join(posts) + "\n</div>\n"
            f"{_share(url)}</article>\n{_related(related, 'More on this story')}\n"
            '<aside class="ad ad-sidebar"><span class="ad-label">Advertisement</span>'
            '<div class="ad-slot" data-slot="side"></div></aside>\n</main>\n')
    return head + _chrome_top("liveblog", site, site_url, section) + main + _footer("liveblog", site, site_url, org_line)


# Outlets (all invented)
_NW = ("Nordwire", "https://www.nordwire.example", "Nordwire is an independent Nordic news agency, Stockholm.")


# ===========================================================================
# cb-LA1 - the Riksbank cuts its policy rate
# ===========================================================================
# Facts: the Riksbank's Executive Board met on Wednesday 17 June 2026 and announced on Thursday
# 18 June at 09:30 CEST (07:30 GMT) a cut of 0.25 percentage point (25 basis points) in the policy
# rate, from 1.75% to 1.50%, effective Wednesday 24 June. First change since September 2025;
# at the previous meeting in May the board held unanimously. Vote four to one: Deputy Governor
# Sofia Marklund wanted to hold. Governor Carl-Johan Ekwall. CPIF inflation in May 1.9%, CPIF
# excluding energy 2.3%; target 2%. GDP forecast for 2026 lowered to 1.2% from 1.7% (March
# report); unemployment 8.9%. Rate path: around 1.4% in early 2027. Euro from 10.97 to 11.02
# kronor. Minutes due Thursday 2 July; next decision 20 August. A SEK 2 million variable mortgage
# costs about SEK 5,000 a year less before tax relief (about SEK 3,500 after; about EUR 455).
# PLANTED: The Krona Brief gives the vote as three to two; Radio Norden gives CPIF excluding
# energy as 2.7%.

_CB_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/markets/2026/06/18/riksbank-cuts-policy-rate-to-1-50",
    headline="Riksbank lowers policy rate to 1.50% as growth disappoints; one board member dissents",
    standfirst="Sweden's central bank cut its key rate by a quarter point on Thursday and said one more reduction was possible but not promised.",
    section="Markets", author="Elin Sjöqvist", byline_extra=", Nordwire",
    published="2026-06-18T09:38:00+02:00", modified="2026-06-18T11:25:00+02:00",
    date_text="June 18, 2026 09:38 CEST",
    image=("https://img.nordwire.example/2026/06/18/riksbank-facade.jpg",
           "The Riksbank's head office at Brunkebergstorg in central Stockholm.", "Nordwire/Photo desk"),
    body=[
        "STOCKHOLM, June 18 (Nordwire) – Sweden's central bank cut its policy rate by a quarter of a percentage point to 1.50% on Thursday, its first move in nine months, saying the economy needed more support now that inflation had settled near the bank's 2% target.",
        "The decision, published at 09:30 local time (0730 GMT), was taken by four votes to one. Deputy Governor Sofia Marklund entered a reservation in favour of leaving the rate at 1.75%, the Riksbank said. The new rate applies from Wednesday, June 24.",
        "“The Executive Board judges that a somewhat lower policy rate is needed to support economic activity and to ensure that inflation stabilises close to the target,” the bank said in its statement.",
        "Economists had been split before the announcement. Of 14 economists polled by Nordwire earlier this month, eight expected a cut in June and the rest expected the bank to wait until August.",
        "Inflation measured by CPIF, the Riksbank's target variable, was 1.9% in May, and 2.3% when energy prices are excluded, Statistics Sweden figures showed last week. Prices of services have risen faster than those of goods this spring, a point the bank said it would follow closely.",
        "The bank lowered its forecast for Swedish economic growth this year to 1.2% from 1.7% in its March Monetary Policy Report, pointing to weak household spending and a slow recovery in housing construction. Unemployment stood at 8.9% in May.",
        "Its new forecast for the policy rate points to a level of around 1.4% in early 2027, which analysts read as a signal that one further reduction is possible but far from certain.",
        "The krona weakened after the announcement. The euro rose to 11.02 kronor from 10.97 just before the decision was published.",
        "<h2>“Not promising anything more”</h2>",
        "At a press conference later in the morning, Governor Carl-Johan Ekwall said the board had weighed the risk of acting too early against the cost of waiting.",
        "“Inflation is now close to two per cent and looks set to stay there. The economy, on the other hand, is weaker than we had hoped, and households are still cautious,” Ekwall told reporters. “We think a somewhat lower rate is the right medicine at this point, but we are not promising anything more.”",
        "Asked about the dissent, he said: “Sofia and I agree on where we are heading. We differ a little on how quickly to get there, and that is healthy.”",
        "Marklund's reasons will be set out in the minutes of the meeting, due on July 2. At the previous policy meeting in May the board voted unanimously to keep the rate unchanged.",
        "The Riksbank last changed its rate in September 2025, when it cut to 1.75%. It had lowered borrowing costs step by step from a peak of 4% as inflation fell back from the highs of 2022 and 2023.",
        "Lina Forsberg, chief economist at Norrström Bank, said the split showed the board was close to the end of its easing. “They opened the door to one more cut, but only just. I would not bet on August,” she said.",
        "Two large mortgage lenders, Norrström Bank and Kvarnholmen Sparbank, said they would lower their variable mortgage rates by 0.25 percentage point from June 24.",
        "The next monetary policy decision is due on August 20.",
        "<p class=\"credit-line\">(Reporting by Elin Sjöqvist; additional reporting by Tove Rahm; editing by Mark Thorne)</p>",
    ],
    related=[("Swedish CPIF inflation eases in May as electricity prices fall", "https://www.nordwire.example/markets/2026/06/11/swedish-cpif-may"),
             ("Krona slips against euro after Riksbank decision", "https://www.nordwire.example/markets/2026/06/18/krona-slips"),
             ("Factbox: How the Riksbank sets its policy rate", "https://www.nordwire.example/factbox/riksbank-policy-rate")],
    tags=["Riksbank", "Interest rates", "Sweden", "Central banks"], org_line=_NW[2],
    related_heading="Related coverage",
)

_CB_PAPER = _article_page(
    "paper", site="The Stockholm Ledger", site_url="https://www.stockholmledger.example",
    url="https://www.stockholmledger.example/business/riksbank-rate-cut-ekwall-june-2026",
    headline="Ekwall lowers the rate again – but tells borrowers not to count on more",
    standfirst="The Riksbank cut its policy rate to 1.5 per cent on Thursday, blaming a sluggish economy. One of the five board members wanted to wait.",
    section="Business", author="Karin Wallenius", byline_extra=", economics editor",
    published="2026-06-18T12:20:00+02:00", modified="2026-06-18T14:05:00+02:00",
    date_text="Thursday 18 June 2026, 12.20",
    image=("https://cdn.stockholmledger.example/img/2026/06/ekwall-presser.jpg",
           "Riksbank Governor Carl-Johan Ekwall at Thursday's press conference.", "Photo: Jonas Ahlqvist"),
    body=[
        "For nine months the Riksbank sat still. On Thursday it moved, lowering the policy rate by 25 basis points to 1.5 per cent and giving Swedish households with variable-rate mortgages a modest break in time for the summer holidays.",
        "The decision, made at a board meeting on Wednesday and published at 09.30 on Thursday, was not unanimous. Deputy Governor Sofia Marklund voted against, preferring to keep the rate at 1.75 per cent, so the cut went through by four votes to one. It takes effect on Wednesday 24 June.",
        "Governor Carl-Johan Ekwall spent much of the press conference explaining why the bank had chosen to act now rather than in August. “The economy, on the other hand, is weaker than we had hoped, and households are still cautious. We think a somewhat lower rate is the right medicine at this point,” he said, after noting that inflation was already close to target.",
        "He would not be drawn on the autumn. The bank's new forecast for the policy rate dips to around 1.4 per cent early next year, which most economists take to mean one more cut is on the table. Ekwall called it a forecast, not a promise.",
        "<h2>Inflation no longer the problem</h2>",
        "A year ago the argument was about prices. Now it is about growth. CPIF inflation, the measure the Riksbank targets at 2 per cent, was 1.9 per cent in May. Excluding energy it was 2.3 per cent, a level the bank considers consistent with its goal.",
        "Growth, meanwhile, has kept falling short. The Riksbank now expects GDP to grow by 1.2 per cent this year, down from the 1.7 per cent it pencilled in as recently as March. Unemployment was 8.9 per cent in May, among the highest rates in the EU.",
        "“The households we talk to are not spending because they still remember 2023,” said Johan Ridderstad, senior economist at Mälaren Securities. “A quarter point will not change that on its own, but together with tax cuts and falling energy bills it helps.”",
        "<h2>What it means for your mortgage</h2>",
        "For a household with a variable-rate mortgage of SEK 2 million, a full pass-through of the cut would reduce interest costs by about SEK 5,000 a year before interest deductions – roughly €455 at Thursday's exchange rate. After the 30 per cent tax relief on interest, the saving is closer to SEK 3,500.",
        "Norrström Bank and Kvarnholmen Sparbank were quick to announce that their variable rates would fall by 0.25 percentage point from 24 June. Other lenders are expected to follow, though fixed rates have already moved lower in anticipation.",
        "<h2>The dissenter</h2>",
        "Marklund's reservation is the first split on the board this year; in May all five members agreed to hold. Her reasoning will be published in the minutes on 2 July, but she has said in recent speeches that a weak krona and stubborn services prices argued for patience.",
        "Ekwall played down the disagreement. “We differ a little on how quickly to get there, and that is healthy,” he said.",
        "The krona fell after the announcement, with the euro climbing to 11.02 kronor from 10.97 shortly before 09.30. A weaker currency makes imports dearer, which is one reason some economists, including Marklund, have urged caution.",
        "Lina Forsberg of Norrström Bank said she expected the board to pause in August and decide on a last cut in the autumn. “The door is open, but only just,” she said.",
        "The next rate decision will be announced on 20 August.",
    ],
    related=[("Editorial: A cut the economy needed, and no more", "https://www.stockholmledger.example/opinion/editorial-riksbank-cut"),
             ("Housing market perks up as fixed mortgage rates fall", "https://www.stockholmledger.example/business/housing-fixed-rates"),
             ("Explainer: Who sits on the Riksbank's Executive Board?", "https://www.stockholmledger.example/business/explainer-riksbank-board")],
    tags=["Riksbank", "Mortgages", "Economy", "Carl-Johan Ekwall"],
    org_line="The Stockholm Ledger, Vasagatan, Stockholm. Editor-in-chief: Maria Ekdahl.",
    ad_after=(4, 11), related_heading="Read more",
)

_CB_RADIO = _article_page(
    "broadcast", site="Radio Norden", site_url="https://www.radionorden.example",
    url="https://www.radionorden.example/news/economy/riksbank-cuts-interest-rate-to-1-5-percent",
    headline="Riksbank cuts interest rate to 1.5 percent – first cut since September",
    standfirst="The central bank lowered its key rate on Thursday morning. Borrowers with variable loans will see lower costs from next week.",
    section="Economy", author="Oskar Nyholm", byline_extra=", Radio Norden Economy",
    published="2026-06-18T10:05:00+02:00", modified="2026-06-18T11:40:00+02:00",
    date_text="Published 18 June 2026 at 10:05",
    image=("https://media.radionorden.example/2026/06/18/stockholm-bank-sign.jpg",
           "A bank branch on Drottninggatan in Stockholm on Thursday morning.", "Photo: Radio Norden / Lea Franzén"),
    body=[
        "<div class=\"audio-player\"><button>Listen</button><span>Morning News: The Riksbank cuts – 3 min</span></div>",
        "Sweden's central bank, the Riksbank, lowered its policy rate by 0.25 percentage point to 1.5 percent on Thursday. The decision was announced at half past nine in the morning.",
        "It is the first change in the rate since September last year, when the bank cut it to 1.75 percent. The new rate applies from Wednesday next week.",
        "The Executive Board voted four to one for the cut. Deputy Governor Sofia Marklund wanted to leave the rate unchanged.",
        "Governor Carl-Johan Ekwall said the main reason was that the Swedish economy is growing more slowly than the bank expected. The Riksbank now believes GDP will increase by 1.2 percent this year.",
        "“We think a somewhat lower rate is the right medicine at this point, but we are not promising anything more,” Ekwall said at the press conference.",
        "<h2>Inflation close to target</h2>",
        "Inflation is no longer the worry it was. CPIF inflation, which the Riksbank aims to keep at 2 percent, stood at 1.9 percent in May. If energy prices are left out, the figure was 2.7 percent, according to Statistics Sweden.",
        "Unemployment, on the other hand, remains high at 8.9 percent.",
        "The bank also pointed to weak household spending. Swedes are still putting aside a larger share of their incomes than they did before the pandemic, and retail sales have barely moved since the start of the year.",
        "Between 2022 and 2023 the Riksbank raised its rate from zero to 4 percent to bring down inflation, which at its peak was above ten percent. It began cutting again in 2024 and had lowered the rate several times before pausing last autumn.",
        "The Riksbank's forecast suggests that the rate could be lowered once more, to around 1.4 percent at the start of next year. Ekwall stressed that nothing has been decided.",
        "<h2>“Every krona counts”</h2>",
        "In Västerås, Hanna Öberg, who runs a bakery with four employees, said the cut would make a small difference both at home and in the business. “We have a loan on the ovens and a mortgage on the house. Every krona counts, but this is not going to change our lives,” she told Radio Norden.",
        "According to the Riksbank's own figures, a household with a variable mortgage of two million kronor would pay around 5,000 kronor less in interest per year, before tax deductions, if the banks pass on the whole cut.",
        "Several banks announced during the morning that they would lower their variable mortgage rates by the same amount from 24 June.",
        "<h2>Krona weakens</h2>",
        "The krona lost ground after the announcement. One euro cost 11.02 kronor shortly after ten o'clock, compared with 10.97 before the decision.",
        "A weaker krona makes imported goods more expensive, which is one of the reasons Sofia Marklund has argued for caution in her recent speeches.",
        "The Ministry of Finance declined to comment on the decision, pointing out that the Riksbank is independent of the government.",
        "Lina Forsberg, chief economist at Norrström Bank, told Radio Norden that the vote showed the board was divided on how far to go. “They opened the door to one more cut, but only just,” she said.",
        "The minutes from the meeting, where Sofia Marklund's arguments will be explained, are published on 2 July. The next interest rate decision comes on 20 August.",
        "<p class=\"correction-note\">This article was updated at 11:40 with comments from the press conference.</p>",
    ],
    related=[("Listen: Economy Hour – what a lower rate means for you", "https://www.radionorden.example/programmes/economy-hour"),
             ("Electricity prices fall for third month in a row", "https://www.radionorden.example/news/economy/electricity-prices-fall"),
             ("Unemployment stays high as construction lags", "https://www.radionorden.example/news/economy/unemployment-construction")],
    tags=["Riksbank", "Interest rate", "Economy"],
    org_line="Radio Norden – public service radio and TV for the Nordic region. Responsible publisher: Anders Lövgren.",
    sep=" - ", related_heading="More on this story",
)

_CB_LETTER = _article_page(
    "newsletter", site="The Krona Brief", site_url="https://www.kronabrief.example",
    url="https://www.kronabrief.example/issues/412-the-riksbank-blinks",
    headline="The Riksbank blinks",
    standfirst="A quarter-point cut, a split board and what it means for your loan. Plus: the week ahead.",
    section="Morning briefing", author="Fredrik Almgren", byline_extra="",
    published=None, modified=None, jsonld=False,
    date_text="Friday 19 June 2026 · Issue 412",
    image=None,
    body=[
        "Good morning, and happy Midsummer Eve. The Riksbank handed out a present before the holiday – a small one.",
        "<h2>The big one</h2>",
        "Yesterday morning the Riksbank cut its policy rate from 1.75 per cent to 1.5 per cent. That is 25 basis points, the first move since September, and it kicks in on Wednesday 24 June.",
        "The vote was three to two, with Deputy Governor Sofia Marklund among those who wanted to hold. The bank's statement kept it short: the board \"judges that a somewhat lower policy rate is needed to support economic activity\". The minutes, out on 2 July, should tell us how close the call really was.",
        "Why now? Because inflation has stopped being the story. CPIF was 1.9 per cent in May; strip out energy and you get 2.3 per cent. Meanwhile the bank shaved its growth forecast for this year to 1.2 per cent from 1.7 per cent, and unemployment is stuck at 8.9 per cent.",
        "Governor Carl-Johan Ekwall's line of the day, from the press conference: “We think a somewhat lower rate is the right medicine at this point, but we are not promising anything more.” Translation: don't book a second cut for August.",
        "<h2>The rate path, decoded</h2>",
        "The Riksbank's forecast for its own rate bottoms out at around 1.4 per cent early next year. A forecast between two quarter-point steps is the bank's way of saying \"maybe\". Most economists we read overnight think the next cut, if it comes, is an autumn affair. Lina Forsberg at Norrström Bank put it neatly: the door is open, but only just.",
        "<h2>Your wallet</h2>",
        "Take a SEK 2 million variable-rate mortgage. If your bank passes on the full cut, you pay about SEK 5,000 less a year before the interest deduction, around SEK 3,500 after it. That is roughly SEK 290 a month once the tax man has had his share. Norrström and Kvarnholmen Sparbank have already said their variable rates go down by 0.25 percentage point from 24 June; others will follow.",
        "If you were waiting to fix: fixed rates had already priced in most of this, so there is no rush either way.",
        "<h2>The krona</h2>",
        "It wobbled. The euro went from 10.97 to 11.02 kronor in the minutes after 09:30 yesterday and had not recovered much by the close. For anyone planning a summer trip to the continent, that is a few kronor more per meal – not a reason to cancel.",
        "<h2>Also worth knowing</h2>",
        "Swedish housing prices rose for a fourth straight month in May, according to the broker index published on Wednesday, with Gothenburg leading the way. And the National Institute of Economic Research publishes its summer forecast next week, its last before the holidays.",
        "<h2>Reader question</h2>",
        "Anna in Umeå asks whether the cut affects her savings account. Short answer: yes, a little, and probably sooner than you would like. Banks tend to lower deposit rates within a week or two of a Riksbank move. If your buffer sits in an account that follows the policy rate, expect its interest to drop by roughly the same quarter point. Shopping around still pays.",
        "<h2>The week ahead</h2>",
        "Markets are closed today for Midsummer Eve. On Monday we get retail sales for May; on Tuesday, the business tendency survey. The Riksbank's next decision is on 20 August.",
        "Have a lovely Midsummer. We are back in your inbox on Monday.",
        "<p class=\"signoff\">– Fredrik</p>",
    ],
    related=[("Issue 411: Five charts on the Swedish consumer", "https://www.kronabrief.example/issues/411"),
             ("Issue 410: Why fixed rates fell first", "https://www.kronabrief.example/issues/410")],
    tags=["Riksbank", "Rates", "Krona"],
    org_line="The Krona Brief is an independent newsletter on Swedish money and markets. You are receiving this because you subscribed.",
    ad_after=(9,), related_heading="From the archive",
    tail="<div class=\"sponsor\"><span class=\"ad-label\">Advertisement</span><p>This issue is supported by a partner. Sponsors have no say over what we write.</p></div>",
)

STORY_1 = _story("cb-LA1", "central bank", "2026-06-21", [
    _page("https://www.nordwire.example/markets/2026/06/18/riksbank-cuts-policy-rate-to-1-50", _CB_WIRE),
    _page("https://www.stockholmledger.example/business/riksbank-rate-cut-ekwall-june-2026", _CB_PAPER),
    _page("https://www.radionorden.example/news/economy/riksbank-cuts-interest-rate-to-1-5-percent", _CB_RADIO),
    _page("https://www.kronabrief.example/issues/412-the-riksbank-blinks", _CB_LETTER),
], [
    ("board vote split", r"\b(four (votes )?to one|4\s?[-–]\s?1)\b", r"\b(three (votes )?to two|3\s?[-–]\s?2)\b"),
    ("CPIF inflation excluding energy in May", r"\b2[.,]3\s?(%|per ?cent)", r"\b2[.,]7\s?(%|per ?cent)"),
])


# ===========================================================================
# el-LA2 - municipal election in Hafnarfjörður (CONTROL)
# ===========================================================================
# Facts: Iceland's municipal elections, Saturday 16 May 2026; polls closed 22:00 (Iceland time =
# UTC, 00:00 CEST). Hafnarfjörður: 22,480 on the register, 13,893 ballots cast, turnout 61.8%
# (57.9% in 2022); 13,612 valid, 224 blank, 57 spoiled. Town List 4,512 (33.2%) 4 seats (3 in
# 2022); Harbour Front 3,187 (23.4%) 2 seats (4 in 2022); Green Valley List 2,146 (15.8%) 2;
# Citizens' Voice 1,389 (10.2%) 1; Lava Fields Alliance 1,263 (9.3%) 1 (2 in 2022); Young
# Hafnarfjörður 1,115 (8.2%) 1 (new). 11 seats, 6 for a majority; the outgoing Harbour Front -
# Lava Fields majority (6 seats) falls to 3. Harbour Front was 33 votes short of a third seat.
# First partial count 22:04 (4,870 counted), second 00:15 (9,760), final 02:37 on Sunday.
# Town List leader Hildur Björk Hallgrímsdóttir, 46, a school principal. Outgoing mayor Valgerður
# Sif Ingólfsdóttir (not standing). Harbour Front leader Einar Þór Magnússon, council chair.
# Planted: none.

_EL_QUOTE_A = "People in Hafnarfjörður have asked for a town that works for families first."
_EL_QUOTE_B = "We heard that, and tomorrow we start talking to everyone who wants to build it with us."

_EL_LIVE = _liveblog_page(
    site="Atlantic Iceland Radio", site_url="https://www.airadio.example",
    url="https://www.airadio.example/live/municipal-elections-2026-hafnarfjordur",
    headline="Election night live: Town List surges in Hafnarfjörður",
    standfirst="Follow the count in Iceland's municipal elections, with a close eye on Hafnarfjörður, where the governing majority is under pressure.",
    section="Municipal elections 2026", authors="Þórunn Helga Sverrisdóttir and Bjarki Steinn Arason",
    published="2026-05-16T21:30:00+00:00", modified="2026-05-17T02:58:00+00:00",
    date_text="Saturday 16 May 2026",
    key_points=[
        "Final result in Hafnarfjörður published at 02:37: Town List 4 seats, Harbour Front 2, Green Valley List 2, Citizens' Voice 1, Lava Fields Alliance 1, Young Hafnarfjörður 1",
        "The outgoing Harbour Front and Lava Fields majority is lost",
        "Turnout 61.8 per cent, up from 57.9 per cent in 2022",
    ],
    entries=[
        ("2026-05-17T02:58:00+00:00", "02:58", "That's it from us", [
            "The count in Hafnarfjörður is complete and we are closing this live page. Thank you for staying up with us. Full results from every municipality are on our election pages, and our morning programme will have reactions from all the list leaders from 07:00.",
        ]),
        ("2026-05-17T02:37:00+00:00", "02:37", "Final result: Town List takes four seats", [
            "The electoral board has published the final count. The Town List receives 4,512 votes, or 33.2 per cent, and four of the eleven seats on the town council – one more than in 2022.",
            "Harbour Front has 3,187 votes (23.4 per cent) and two seats, down from four. The Green Valley List wins two seats with 2,146 votes, Citizens' Voice one with 1,389, the Lava Fields Alliance one with 1,263, and Young Hafnarfjörður, standing for the first time, one seat with 1,115 votes.",
            "In all, 13,893 people voted, a turnout of 61.8 per cent. There were 224 blank ballots and 57 spoiled ones.",
            "Six seats are needed for a majority. The Town List and the Green Valley List together have exactly six.",
        ]),
        ("2026-05-17T01:20:00+00:00", "01:20", "Harbour Front: “A clear message”", [
            "Einar Þór Magnússon, who leads Harbour Front and chairs the outgoing town council, has spoken to our reporter at the list's gathering on Strandgata. “This is a clear message and we accept it. We have done a great deal in four years, but we clearly did not explain it well enough,” he said.",
            "He did not rule out talks with the Town List but said the first move was theirs.",
        ]),
        ("2026-05-17T00:15:00+00:00", "00:15", "Second count: Town List holds its lead", [
            "New figures from Hafnarfjörður with 9,760 votes counted: Town List 33.9 per cent, Harbour Front 22.8, Green Valley List 15.9, Citizens' Voice 10.1, Lava Fields Alliance 9.2 and Young Hafnarfjörður 8.1.",
            "On these numbers the seat distribution is unchanged from the first count, but the last seat is balanced on a knife edge between Harbour Front and the Green Valley List.",
        ]),
        ("2026-05-16T23:10:00+00:00", "23:10", "Turnout up on four years ago", [
            "The electoral board says turnout in Hafnarfjörður will end up well above 2022, when 57.9 per cent of voters took part. Many voted early: advance ballots made up roughly a third of all the votes cast.",
        ]),
        ("2026-05-16T22:30:00+00:00", "22:30", "Cheers at the Town List gathering", [
            "Our reporter at the Town List's election party in the old library hall says the room erupted when the first numbers came up on the screen. List leader Hildur Björk Hallgrímsdóttir, a 46-year-old school principal, spoke briefly.",
            f"“{_EL_QUOTE_A} {_EL_QUOTE_B}” she told supporters, adding that it was far too early to celebrate.",
        ]),
        ("2026-05-16T22:04:00+00:00", "22:04", "First count from Hafnarfjörður", [
            "The first figures are in, based on 4,870 counted votes, most of them cast in advance: Town List 35.1 per cent, Harbour Front 21.9, Green Valley List 16.4, Citizens' Voice 9.8, Lava Fields Alliance 8.9 and Young Hafnarfjörður 7.9.",
            "If those numbers held, the Town List would win four seats. Remember that the advance votes have not always matched the final picture.",
        ]),
        ("2026-05-16T22:00:00+00:00", "22:00", "Polls close", [
            "Polling stations across Iceland have closed. In Hafnarfjörður, 22,480 people were on the electoral register. The counting centre at the Ásvellir sports hall expects its first figures within minutes.",
        ]),
        ("2026-05-16T21:30:00+00:00", "21:30", "Welcome to election night", [
            "Good evening and welcome. Icelanders have been choosing new municipal councils today, and we will follow the count through the night. Our main focus is Hafnarfjörður, where Harbour Front and the Lava Fields Alliance have governed together with six of the eleven seats since 2022. Polls suggested that majority was in danger.",
            "The outgoing mayor, Valgerður Sif Ingólfsdóttir, was appointed by that majority and is not on any list this time.",
        ]),
    ],
    image=("https://media.airadio.example/2026/05/16/asvellir-count.jpg",
           "Ballots being sorted at the counting centre in Ásvellir, Hafnarfjörður, on Saturday evening. Photo: AIR / Kári Jónsson", ""),
    related=[("Results from every municipality", "https://www.airadio.example/elections/2026/results"),
             ("Kópavogur: live from the count", "https://www.airadio.example/live/municipal-elections-2026-kopavogur"),
             ("Podcast: What is at stake in the municipal elections?", "https://www.airadio.example/podcasts/stake-municipal-elections")],
    tags=["Municipal elections", "Hafnarfjörður", "Iceland"],
    org_line="Atlantic Iceland Radio, Efstaleiti, Reykjavík.",
)

_EL_LOCAL = _article_page(
    "local", site="Hafnarfjörður Today", site_url="https://www.hfjtoday.example",
    url="https://www.hfjtoday.example/news/town-list-biggest-majority-gone",
    headline="Town List now the biggest in Hafnarfjörður – and the majority is gone",
    standfirst="Hildur Björk Hallgrímsdóttir's list won four seats on Saturday. The Green Valley List may hold the key to the next majority.",
    section="Local news", author="Arnar Freyr Guðmundsson", byline_extra="",
    published=None, modified=None, jsonld=False,
    date_text="Sunday 17 May 2026",
    image=("https://www.hfjtoday.example/uploads/2026/05/hildur-bjork-count.jpg",
           "Hildur Björk Hallgrímsdóttir with Town List candidates after the final count early on Sunday.", "Photo: Hafnarfjörður Today"),
    body=[
        "Hafnarfjörður woke up on Sunday to a new political map. The Town List, led by school principal Hildur Björk Hallgrímsdóttir, is the largest group on the town council for the first time, with four of the eleven seats, and the Harbour Front–Lava Fields majority that has run the town since 2022 is no more.",
        "The final count was published at 02:37, four and a half hours after the polls closed. The Town List won 4,512 votes, or 33.2 per cent of valid votes. Four years ago it won three seats.",
        "<table class=\"results\"><caption>Final result, Hafnarfjörður (valid votes 13,612)</caption><thead><tr><th>List</th><th>Votes</th><th>Share</th><th>Seats</th></tr></thead><tbody><tr><td>Town List</td><td>4,512</td><td>33.2%</td><td>4</td></tr><tr><td>Harbour Front</td><td>3,187</td><td>23.4%</td><td>2</td></tr><tr><td>Green Valley List</td><td>2,146</td><td>15.8%</td><td>2</td></tr><tr><td>Citizens' Voice</td><td>1,389</td><td>10.2%</td><td>1</td></tr><tr><td>Lava Fields Alliance</td><td>1,263</td><td>9.3%</td><td>1</td></tr><tr><td>Young Hafnarfjörður</td><td>1,115</td><td>8.2%</td><td>1</td></tr></tbody></table>",
        "Harbour Front, the largest list in 2022 with four seats, dropped to two. Its partner, the Lava Fields Alliance, lost one of its two seats. Together they now have three, half of what they need.",
        "It could have been closer. Harbour Front finished 33 votes short of a third seat, which would have gone at the expense of the Green Valley List. “Thirty-three votes. That will sting for a while,” one Harbour Front candidate said at the list's gathering on Strandgata.",
        "<h2>“Families first”</h2>",
        "Hildur Björk, who is 46 and has run the primary school in the Vellir district for nine years, built her campaign around housing for young families, shorter waiting lists for kindergartens and a slower pace for the planned expansion of the harbour area.",
        f"“{_EL_QUOTE_A}” she said after the final result. She would say nothing about possible partners, beyond promising to talk to every list.",
        "The simplest arithmetic points to the Green Valley List. With its two seats, it would give the Town List exactly the six needed for a majority. Its leader, Sigrún Ósk Baldursdóttir, said on Sunday morning that her list was “ready to listen” but would not sign up to anything that weakened its plans for green areas along the Hamarskot stream.",
        "Young Hafnarfjörður, a new list whose leader Daníel Orri Kristjánsson is 24, won a seat on its first attempt with 1,115 votes. Kristjánsson said his list would support “whoever puts rent and public transport at the top of the agenda”.",
        "<h2>Higher turnout</h2>",
        "Of the 22,480 residents on the electoral register, 13,893 voted, a turnout of 61.8 per cent. Four years ago it was 57.9 per cent. There were 224 blank ballots and 57 that were declared spoiled.",
        "Einar Þór Magnússon, who led Harbour Front and chaired the outgoing council, conceded in the early hours. He said his list had done a great deal in four years but had failed to explain it well enough to voters.",
        "The outgoing mayor, Valgerður Sif Ingólfsdóttir, who was not a candidate, thanked staff and residents in a post on the town's website and said she would hand over to her successor once a new majority had agreed on a mayor.",
        "<h2>What happens now</h2>",
        "Talks between the lists were expected to begin on Monday. Hildur Björk has not said whether she wants the mayor's job herself or would prefer to appoint a professional mayor, as Hafnarfjörður has done in the past.",
        "Hafnarfjörður Today will follow the negotiations. Send us your tips at news@hfjtoday.example.",
    ],
    related=[("Who are the eleven? Meet your new town council", "https://www.hfjtoday.example/news/meet-new-council"),
             ("Photos: election night at Ásvellir", "https://www.hfjtoday.example/gallery/election-night"),
             ("The harbour plan explained", "https://www.hfjtoday.example/news/harbour-plan-explained")],
    tags=["Election 2026", "Town council", "Hafnarfjörður"],
    org_line="Hafnarfjörður Today – local news for Hafnarfjörður, Garðabær and Álftanes.",
    ad_after=(4, 10), related_heading="More local news",
    tail="<div class=\"comments\"><h3>Comments (38)</h3><p>Log in to join the discussion.</p></div>",
)

_EL_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/nordic/2026/05/17/iceland-local-elections-hafnarfjordur",
    headline="Icelandic town's governing majority ousted as Town List wins most seats",
    standfirst="In Hafnarfjörður, Iceland's third-largest municipality, the ruling majority lost half its seats in Saturday's local elections.",
    section="Nordic", author="Jón Ari Hermannsson", byline_extra=", Nordwire",
    published="2026-05-17T07:45:00+02:00", modified="2026-05-17T09:10:00+02:00",
    date_text="May 17, 2026 07:45 CEST",
    image=("https://img.nordwire.example/2026/05/17/hafnarfjordur-harbour.jpg",
           "Fishing boats in Hafnarfjörður harbour, south of Reykjavík.", "Nordwire/Photo desk"),
    body=[
        "REYKJAVIK, May 17 (Nordwire) – A local list campaigning on housing and childcare became the largest group on the council of Hafnarfjörður, Iceland's third-largest municipality, in municipal elections on Saturday, ending the majority of two lists that had run the harbour town since 2022.",
        "The Town List won four of the 11 council seats with 33.2% of the vote, final results published at 02:37 local time (0437 CEST) on Sunday showed. It had three seats before the election.",
        "Harbour Front fell to two seats from four and its partner, the Lava Fields Alliance, to one from two, leaving the former majority with three seats. Six are needed to govern.",
        "“People in Hafnarfjörður have asked for a town that works for families first. We heard that, and tomorrow we start talking to everyone who wants to build it with us,” Town List leader Hildur Björk Hallgrímsdóttir told supporters on election night.",
        "The Green Valley List won two seats, and Citizens' Voice, the Lava Fields Alliance and Young Hafnarfjörður one each. Young Hafnarfjörður, a list of candidates mostly in their twenties, was standing for the first time.",
        "Turnout in the town of about 30,000 people was 61.8%, up from 57.9% in 2022. A total of 13,893 ballots were cast.",
        "The Town List and the Green Valley List together would command exactly six seats, the smallest possible majority. Green Valley leader Sigrún Ósk Baldursdóttir said her list was ready to listen but that protecting green areas was a condition for any deal.",
        "Einar Þór Magnússon, who leads Harbour Front and chaired the outgoing council, said the result was a clear message that his list accepted.",
        "Young Hafnarfjörður's leader, 24-year-old Daníel Orri Kristjánsson, said his list would back whichever majority put rents and public transport first. Hjalti Freyr Ólafsson of Citizens' Voice, which kept its single seat, said he expected to remain in opposition.",
        "Harbour Front won 23.4% of the vote and was 33 votes short of keeping a third seat, according to the electoral board's figures.",
        "<h2>Local issues dominate</h2>",
        "Iceland holds municipal elections every four years, on the same day across the country. Turnout is typically lower than in parliamentary elections, and local lists with no national party affiliation often do well in the larger towns.",
        "In Hafnarfjörður, the campaign revolved around the cost of housing, waiting lists for kindergarten places and a contested plan to expand the commercial harbour, which critics said would bring heavy traffic through residential streets.",
        "Hallgrímsdóttir, 46, is the principal of a primary school in the town and has sat on the council since 2022. She has not said whether she would seek to become mayor herself.",
        "The outgoing mayor, Valgerður Sif Ingólfsdóttir, was appointed by the previous majority and did not stand for election.",
        "Talks on forming a new majority are expected to start on Monday. In Iceland, municipal councils elect a mayor once a majority has been agreed, a process that can take from a few days to several weeks.",
        "Results from Reykjavík and other municipalities were still being analysed on Sunday morning. Nationwide turnout figures are expected later in the day.",
        "<p class=\"credit-line\">(Reporting by Jón Ari Hermannsson; editing by Tove Rahm)</p>",
    ],
    related=[("Reykjavík: what the count means for the city council", "https://www.nordwire.example/nordic/2026/05/17/reykjavik-count"),
             ("Factbox: How Iceland's municipal elections work", "https://www.nordwire.example/factbox/iceland-municipal-elections")],
    tags=["Iceland", "Elections", "Hafnarfjörður"], org_line=_NW[2],
    related_heading="Related coverage",
)

STORY_2 = _story("el-LA2", "election", "2026-05-19", [
    _page("https://www.airadio.example/live/municipal-elections-2026-hafnarfjordur", _EL_LIVE),
    _page("https://www.hfjtoday.example/news/town-list-biggest-majority-gone", _EL_LOCAL),
    _page("https://www.nordwire.example/nordic/2026/05/17/iceland-local-elections-hafnarfjordur", _EL_WIRE),
], [])


# ===========================================================================
# ct-LA3 - fraud verdict against a bankrupt freight firm's managers (CONTROL)
# ===========================================================================
# Facts: Helsinki District Court, judgment handed down on Friday 6 March 2026 at 10:00 (EET =
# 08:00 GMT = 09:00 Swedish time). Halla Logistics Oy (Vantaa), bankrupt in October 2024, 146
# jobs lost. Former chief executive Mikael Sorvoja, 54: aggravated fraud and aggravated accounting
# offence, 3 years 2 months in prison (38 months), unconditional; prosecutor sought 4 years 6
# months. Former finance director Heidi Lampinen, 47: aggravated accounting offence, 1 year 4
# months suspended (16 months); fraud charge against her dismissed; prosecutor sought two years.
# Former board chairman Kari Aaltoranta, 63: acquitted. Sales inflated by about EUR 11.8 million
# with false invoices 2021-2023; two banks lent EUR 6.5 million. Sorvoja ordered to pay EUR 2.4
# million: EUR 1.55 million to Kaleva Bank, EUR 850,000 to Aura Commercial Bank (about SEK 27
# million). Hearings: 19 days, 12 January - 11 February. Judgment 212 pages. Presiding District
# Judge Outi Railo; District Prosecutor Laura Kivelä; defence attorney Tuomas Hirvensalo.
# Dissatisfaction must be declared within seven days, by Friday 13 March. Planted: none.

_CT_JUDGMENT = ("The false invoicing was systematic, continued for almost three years and was "
                "designed to mislead the company's financiers.")

_CT_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/nordic/2026/03/06/finland-halla-logistics-ceo-jailed",
    headline="Former Halla Logistics CEO jailed for three years over false invoicing",
    standfirst="A Helsinki court convicted the ex-boss of the bankrupt Finnish freight company of aggravated fraud against two banks.",
    section="Nordic", author="Aino Kettunen", byline_extra=", Nordwire",
    published="2026-03-06T09:25:00+01:00", modified="2026-03-06T11:02:00+01:00",
    date_text="March 6, 2026 09:25 CET",
    image=("https://img.nordwire.example/2026/03/06/helsinki-district-court.jpg",
           "The Helsinki District Court building in the Pasila district.", "Nordwire/Photo desk"),
    body=[
        "HELSINKI, March 6 (Nordwire) – The former chief executive of Halla Logistics, a Finnish freight and warehousing company that collapsed in 2024, was sentenced on Friday to three years and two months in prison for inflating the company's sales to obtain bank loans.",
        "The Helsinki District Court found Mikael Sorvoja, 54, guilty of aggravated fraud and an aggravated accounting offence. The judgment was handed down at 10 a.m. local time (0800 GMT, 0900 in Stockholm).",
        "Prosecutors had asked for four years and six months.",
        "The court also ordered Sorvoja to pay 2.4 million euros (about 27 million Swedish kronor) in damages to two banks that lent the company money on the strength of its accounts.",
        "According to the judgment, Halla Logistics booked about 11.8 million euros of sales between 2021 and 2023 that were backed only by invoices to customers who either did not exist or had never ordered the services. Two banks lent the company a total of 6.5 million euros during that period.",
        f"“{_CT_JUDGMENT}” the court wrote in its 212-page judgment.",
        "The former finance director, Heidi Lampinen, 47, was convicted of an aggravated accounting offence and given a suspended sentence of one year and four months. The court dismissed a fraud charge against her, finding that she had not dealt with the banks herself.",
        "The company's former board chairman, Kari Aaltoranta, 63, was acquitted. The court said it had not been shown that he knew the invoices were false.",
        "<h2>Appeal planned</h2>",
        "Sorvoja's lawyer, Tuomas Hirvensalo, said his client would appeal. “My client has never tried to deceive anyone. He believed the company would recover, and he will take this to the Court of Appeal,” Hirvensalo told Nordwire.",
        "Parties have seven days to declare that they intend to appeal. The sentence will not be enforced until the judgment is final, and Sorvoja was not taken into custody.",
        "District Prosecutor Laura Kivelä said the prosecution was satisfied with the convictions. “The court accepted our view of what happened,” she said, adding that her office would decide later whether to appeal the length of the sentence.",
        "Halla Logistics, based in Vantaa near Helsinki Airport, was declared bankrupt in October 2024. Its 146 employees lost their jobs. Finland's National Bureau of Investigation opened a criminal investigation in early 2025 after the bankruptcy administrator reported irregularities in the accounts.",
        "Of the damages, Kaleva Bank was awarded 1.55 million euros and Aura Commercial Bank 850,000 euros. Neither bank commented on Friday.",
        "The trial took 19 days of hearings between January 12 and February 11. More than 40 witnesses were heard, among them former employees, bank officials and the bankruptcy administrator.",
        "Under Finnish law, prison sentences of up to two years may be suspended. Longer sentences, such as the one given to Sorvoja, must be served, although first-time offenders are usually released on parole after serving half of their term.",
        "Sorvoja, who led Halla Logistics from 2017, denied all charges during the trial and told the court he had believed the disputed invoices would be paid once business picked up.",
        "<p class=\"credit-line\">(Reporting by Aino Kettunen; editing by Mark Thorne)</p>",
    ],
    related=[("Finnish bankruptcies rose in 2025, statistics office says", "https://www.nordwire.example/nordic/2026/01/finland-bankruptcies-2025"),
             ("Trial of former Halla Logistics managers opens in Helsinki", "https://www.nordwire.example/nordic/2026/01/12/halla-trial-opens")],
    tags=["Finland", "Courts", "Fraud", "Logistics"], org_line=_NW[2],
    related_heading="Related coverage",
)

_CT_PAPER = _article_page(
    "paper", site="Helsinki Courier", site_url="https://www.helsinkicourier.example",
    url="https://www.helsinkicourier.example/news/halla-logistics-verdict-sorvoja-lampinen-aaltoranta",
    headline="Halla verdict: prison for Sorvoja, suspended term for Lampinen, chairman cleared",
    standfirst="The district court said the false invoicing at the Vantaa freight firm was systematic. Sorvoja's lawyer says the case is far from over.",
    section="Domestic", author="Sanna Heikkilä", byline_extra=", court reporter",
    published="2026-03-06T15:10:00+02:00", modified="2026-03-06T17:45:00+02:00",
    date_text="6.3.2026 15:10",
    image=("https://static.helsinkicourier.example/2026/03/sorvoja-court.jpg",
           "Mikael Sorvoja (left) and his lawyer Tuomas Hirvensalo at the Helsinki District Court in January.", "Photo: Ville Kosonen / Helsinki Courier"),
    body=[
        "Nearly a year and a half after Halla Logistics went under, leaving 146 people out of work and a hole in two banks' balance sheets, the Helsinki District Court has ruled on who was responsible.",
        "Mikael Sorvoja, the company's chief executive from 2017 until the bankruptcy, was sentenced on Friday to three years and two months in prison for aggravated fraud and an aggravated accounting offence. The sentence is unconditional.",
        "Heidi Lampinen, the former finance director, received a suspended sentence of one year and four months for an aggravated accounting offence. Kari Aaltoranta, who chaired the board, was cleared of all charges.",
        "<h2>“Designed to mislead”</h2>",
        "The court, chaired by District Judge Outi Railo, went through the company's books invoice by invoice. Its conclusion was blunt. The false invoicing “continued for almost three years and was designed to mislead the company's financiers”, the judgment says.",
        "From 2021 to 2023, Halla reported roughly 11.8 million euros of sales that never took place. Many of the invoices were addressed to a handful of foreign freight agents that, the court found, existed only on paper. Others went to real customers for work that was never ordered.",
        "On the basis of those figures, Kaleva Bank and Aura Commercial Bank lent the company 6.5 million euros. The court ordered Sorvoja to pay them 2.4 million euros in damages – 1.55 million to Kaleva Bank and 850,000 euros to Aura Commercial Bank. The rest of the losses have been covered by collateral and the bankruptcy estate.",
        "<h2>Lower than the prosecutor wanted</h2>",
        "District Prosecutor Laura Kivelä had demanded four years and six months for Sorvoja and two years for Lampinen. Speaking to the Courier outside the courtroom, she said: “The court accepted our view of what happened. Whether to appeal the length of the sentence is something we will consider in the coming days.”",
        "The court dismissed the fraud charge against Lampinen. She prepared the accounts, it said, but it was Sorvoja who presented them to the banks and negotiated the loans. Her lawyer, Jenni Valtanen, said they would study the judgment before deciding on an appeal.",
        "Aaltoranta, 63, said through his lawyer that he was relieved and had always maintained that the board was misled along with everyone else.",
        "<h2>Sorvoja will appeal</h2>",
        "Tuomas Hirvensalo, Sorvoja's lawyer, said his client was disappointed and would take the case to the Helsinki Court of Appeal. “He believed the company would recover, and he will take this to the Court of Appeal,” Hirvensalo said.",
        "The parties must declare by Friday 13 March whether they are dissatisfied with the judgment, the first step of an appeal. Sorvoja remains free until the judgment becomes final.",
        "The trial took 19 days of hearings between 12 January and 11 February. The court heard more than 40 witnesses, including former Halla staff, bank officials and the bankruptcy administrator, attorney Satu Mäenpää, whose report in late 2024 led to the police investigation.",
        "For many former employees, the verdict comes late. Halla's warehouse in Vantaa was one of the larger employers in the Aviapolis area, and several workers told the court they had been told as late as September 2024 that the company's order books were full.",
    ],
    related=[("Timeline: The rise and fall of Halla Logistics", "https://www.helsinkicourier.example/news/halla-logistics-timeline"),
             ("Analysis: Why accounting fraud is so hard to spot", "https://www.helsinkicourier.example/business/accounting-fraud-analysis"),
             ("Former Halla workers still waiting for wage guarantee payments", "https://www.helsinkicourier.example/news/halla-wage-guarantee")],
    tags=["Halla Logistics", "Helsinki District Court", "Fraud", "Vantaa"],
    org_line="Helsinki Courier, Töölönlahdenkatu, Helsinki. Editor-in-chief: Petra Lindroos.",
    ad_after=(3, 10), related_heading="Read also",
)

_CT_LOCAL = _article_page(
    "local", site="Vantaa Now", site_url="https://www.vantaanow.example",
    url="https://www.vantaanow.example/news/former-halla-workers-react-verdict",
    headline="“It doesn't give us our jobs back”: former Halla workers on the verdict",
    standfirst="The Vantaa freight firm's former boss was sentenced to 38 months in prison on Friday. In Aviapolis, the reaction was muted.",
    section="Local news", author="Joonas Lehtinen", byline_extra="",
    published="2026-03-07T08:30:00+02:00", modified="2026-03-07T08:30:00+02:00",
    date_text="Saturday 7 March 2026 at 8.30",
    image=("https://www.vantaanow.example/media/2026/03/halla-warehouse-empty.jpg",
           "The former Halla Logistics warehouse in Aviapolis, Vantaa, has stood empty since the autumn of 2024.", "Photo: Vantaa Now"),
    body=[
        "Pekka Nurmi drove a forklift at Halla Logistics for seventeen years. On Friday, when the Helsinki District Court sentenced the company's former chief executive to prison, Nurmi was at home in Tikkurila, reading the news on his phone.",
        "“It is good that someone is held responsible. But it doesn't give us our jobs back,” said Nurmi, 58, who has found only temporary work since the company was declared bankrupt in October 2024.",
        "The court sentenced Mikael Sorvoja, who ran the company for seven years, to three years and two months – 38 months – in prison for aggravated fraud and an aggravated accounting offence. Prosecutors had asked for four and a half years.",
        "The court found that Halla inflated its sales by about 11.8 million euros with false invoices between 2021 and 2023 and used the figures to borrow 6.5 million euros from two banks. Sorvoja was ordered to pay the banks 2.4 million euros in damages.",
        f"“{_CT_JUDGMENT}” the court said.",
        "The former finance director, Heidi Lampinen, was given a 16-month suspended sentence for an aggravated accounting offence, and the former board chairman, Kari Aaltoranta, was acquitted.",
        "<h2>A big employer in Aviapolis</h2>",
        "At its peak Halla employed 146 people, most of them at the large warehouse on the edge of the Aviapolis business district, a few minutes from Helsinki Airport. The building has stood empty since the bankruptcy. The city says a new tenant, a parcel company, is expected to move in later this year.",
        "Marjatta Kallio, who worked in Halla's customer service for eleven years, said staff had no idea anything was wrong. “We were told again and again that business was good. In September 2024 there was a staff party to celebrate new contracts. A month later we were all on the street,” she said.",
        "Former employees received their final wages through the state wage guarantee scheme, but some are still waiting for holiday pay and other claims, according to the Finnish Transport Workers' Union, which represented most of the warehouse staff.",
        "<h2>Appeal ahead</h2>",
        "The case is not over. Sorvoja's lawyer, Tuomas Hirvensalo, said immediately after the verdict on Friday that his client would appeal. “My client has never tried to deceive anyone,” Hirvensalo said.",
        "The deadline for declaring dissatisfaction with the judgment is Friday 13 March. District Prosecutor Laura Kivelä said she would consider whether to appeal the length of the sentence.",
        "Until the judgment is final, Sorvoja remains free. He did not attend the announcement of the verdict, which was given in writing at ten o'clock on Friday morning.",
        "Vantaa's director of business development, Mika Hännikäinen, said the city had learned lessons from the case. “We were proud of Halla. It was a local success story, and the city helped it with permits and land. Nobody here saw this coming,” he said.",
        "For Nurmi, the question is whether anyone will ever pay back what the workers lost. “The banks got their damages. What did we get?” he said.",
    ],
    related=[("Parcel company to take over empty Aviapolis warehouse", "https://www.vantaanow.example/news/parcel-company-aviapolis"),
             ("Vantaa unemployment falls slightly in February", "https://www.vantaanow.example/news/vantaa-unemployment-february"),
             ("Tikkurila library reopens after renovation", "https://www.vantaanow.example/news/tikkurila-library-reopens")],
    tags=["Vantaa", "Halla Logistics", "Work", "Aviapolis"],
    org_line="Vantaa Now – news from Tikkurila, Myyrmäki, Koivukylä and the rest of Vantaa.",
    ad_after=(4, 10), related_heading="More from Vantaa",
    tail="<div class=\"comments\"><h3>Comments (12)</h3><p>Comments are moderated.</p></div>",
)

STORY_3 = _story("ct-LA3", "court", "2026-03-09", [
    _page("https://www.nordwire.example/nordic/2026/03/06/finland-halla-logistics-ceo-jailed", _CT_WIRE),
    _page("https://www.helsinkicourier.example/news/halla-logistics-verdict-sorvoja-lampinen-aaltoranta", _CT_PAPER),
    _page("https://www.vantaanow.example/news/former-halla-workers-react-verdict", _CT_LOCAL),
], [])


# ===========================================================================
# tr-LA4 - Danish goods trade figures for May 2026
# ===========================================================================
# Facts: Statistics Denmark published on Wednesday 8 July 2026 at 08:00 (06:00 GMT) its goods
# trade figures for May. Seasonally adjusted exports DKK 118.4 billion (about EUR 15.9 billion),
# down 3.6% from April; imports DKK 97.1 billion, up 0.8%; surplus DKK 21.3 billion (about EUR
# 2.9 billion), down from DKK 26.5 billion in April. Medicines exports down 9% on the month;
# machinery up 2.1%. Unadjusted exports to the US DKK 12.9 billion, down 14% on May 2025;
# January-May exports to the US down 6%. Rasmus Thygesen, chief economist at Kattegat Bank;
# Louise Brix Damgaard, senior economist at the Danish Chamber of Commerce. Next release 10 August.
# PLANTED: Copenhagen Business Post gives the surplus as DKK 19.8 billion; Radio Norden spells
# the economist "Tygesen"; The Export Ledger says the figures came out on Tuesday.

_TR_THYGESEN = ("Medicine exports swing a lot from month to month, so I would not read too much into one "
                "weak May. What worries me more is the steady slide in everything else we sell to the "
                "Americans.")

_TR_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/markets/2026/07/08/denmark-trade-surplus-narrows-may",
    headline="Danish trade surplus narrows in May as medicine exports fall",
    standfirst="Goods exports fell 3.6% on the month, and sales to the United States were down 14% from a year earlier.",
    section="Markets", author="Mads Højgaard", byline_extra=", Nordwire",
    published="2026-07-08T08:24:00+02:00", modified="2026-07-08T10:15:00+02:00",
    date_text="July 8, 2026 08:24 CEST",
    image=("https://img.nordwire.example/2026/07/08/aarhus-container-port.jpg",
           "Containers stacked at the port of Aarhus.", "Nordwire/Photo desk"),
    body=[
        "COPENHAGEN, July 8 (Nordwire) – Denmark's surplus on trade in goods narrowed to 21.3 billion Danish crowns in May from 26.5 billion in April as exports of medicines dropped and sales to the United States continued to weaken, Statistics Denmark said on Wednesday.",
        "Seasonally adjusted goods exports fell 3.6% from the previous month to 118.4 billion crowns ($18.5 billion), while imports rose 0.8% to 97.1 billion crowns, the statistics office said in figures published at 0800 local time (0600 GMT).",
        "Exports of medicines and pharmaceutical products, Denmark's largest export category, fell 9% on the month. Exports of machinery, which include wind turbine components, rose 2.1%.",
        "Unadjusted figures showed exports to the United States fell 14% from May last year to 12.9 billion crowns. In the first five months of the year, exports to the U.S. were 6% lower than in the same period of 2025.",
        "The United States has applied a 15% tariff to most goods from the European Union since August 2025, and uncertainty over future duties on medicines has weighed on shipments.",
        f"“{_TR_THYGESEN}” said Rasmus Thygesen, chief economist at Kattegat Bank.",
        "Exports to Germany and Sweden, Denmark's two largest markets in Europe, were broadly stable, the data showed. Sales of food and agricultural products, including pork and dairy, were little changed on the month.",
        "The decline was larger than economists had expected. The median forecast in a Nordwire poll of six economists was for a 1.5% fall in exports on the month.",
        "Statistics Denmark's goods figures exclude shipping and other services, which are a large part of Danish exports and are published with the balance of payments later in the month.",
        "<h2>Still a large surplus</h2>",
        "Denmark has run large trade surpluses for more than a decade, driven by pharmaceuticals, wind energy equipment and food. Even after May's decline, the monthly goods surplus remained among the highest in the European Union relative to the size of the economy.",
        "Louise Brix Damgaard, senior economist at the Danish Chamber of Commerce, said smaller exporters were feeling the tariffs more than the large drugmakers. “For a furniture maker in Jutland, fifteen per cent is the whole profit margin. They cannot move production to America the way the big companies can,” she said.",
        "Several of Denmark's largest drugmakers have announced investments in production in the United States over the past year. Over time, economists say, that could lower exports from Denmark even if the companies' global sales keep growing.",
        "The Danish crown was steady against the euro after the data. The crown is pegged to the euro in a narrow band, and the central bank intervenes to keep it close to 7.46 crowns per euro.",
        "Economists said the figures were unlikely to change the picture of modest growth in the Danish economy. Statistics Denmark will publish its first estimate of second-quarter GDP in mid-August.",
        "The trade figures for June are due on August 10.",
        "<p class=\"credit-line\">(Reporting by Mads Højgaard; editing by Tove Rahm)</p>",
    ],
    related=[("Danish GDP grows 0.4% in first quarter, revised data show", "https://www.nordwire.example/markets/2026/06/denmark-gdp-q1-revised"),
             ("Explainer: What the U.S. tariffs mean for Nordic exporters", "https://www.nordwire.example/explainers/us-tariffs-nordic-exporters")],
    tags=["Denmark", "Trade", "Exports", "Tariffs"], org_line=_NW[2],
    related_heading="Related coverage",
)

_TR_PAPER = _article_page(
    "paper", site="Copenhagen Business Post", site_url="https://www.cphbusinesspost.example",
    url="https://www.cphbusinesspost.example/economy/exports-fall-may-pharma-us-tariffs",
    headline="Exports stumble in May as the American market cools",
    standfirst="Danish goods exports fell for the second month running. Economists warn that the pain is spreading beyond the drugmakers.",
    section="Economy", author="Sofie Rask Nielsen", byline_extra=", economics correspondent",
    published="2026-07-08T13:05:00+02:00", modified="2026-07-08T13:05:00+02:00",
    date_text="08.07.2026 13:05",
    image=("https://img.cphbusinesspost.example/2026/07/pharma-warehouse.jpg",
           "Pallets of medicine ready for shipment at a distribution centre near Kalundborg.", "Photo: Jakob Bille"),
    body=[
        "Denmark sold fewer goods abroad in May, and the slowdown in trade with the United States is starting to show up well beyond the pharmaceutical giants that dominate the export statistics.",
        "Figures from Statistics Denmark on Wednesday showed that seasonally adjusted goods exports fell 3.6 per cent from April to DKK 118.4 billion, or roughly €15.9 billion. Imports edged up 0.8 per cent. The surplus on goods trade shrank to DKK 19.8 billion.",
        "It was the second monthly fall in a row, and the biggest drop since last autumn. Economists had expected a smaller decline.",
        "The numbers do not include shipping, where Danish companies earn large sums abroad, but the goods figures are watched closely as a gauge of how industry is coping with the American tariffs.",
        "<h2>Medicines down, turbines up</h2>",
        "The largest single contribution came from medicines and pharmaceutical products, where exports fell 9 per cent on the month. That category alone accounts for around a third of Danish goods exports, so even small swings move the totals.",
        "Rasmus Thygesen, chief economist at Kattegat Bank, urged caution about reading too much into one month. “Medicine exports swing a lot from month to month, so I would not read too much into one weak May,” he said. But he added that the broader trend in sales to the United States was a concern.",
        "Machinery, which includes parts for wind turbines, went the other way, with exports up 2.1 per cent. Several Danish suppliers have won orders for offshore wind projects in the North Sea and the Baltic this year.",
        "<h2>America is the problem</h2>",
        "Not adjusted for seasonal swings, exports to the United States amounted to DKK 12.9 billion in May, 14 per cent less than a year earlier. Over the first five months of the year the fall is 6 per cent.",
        "Since August last year, most goods from the EU have faced a 15 per cent American tariff. For large drugmakers with factories in the United States, that can be managed by shifting production. For small and medium-sized firms it is harder.",
        "Louise Brix Damgaard, senior economist at the Danish Chamber of Commerce, said members in furniture, food and design were reporting cancelled orders. “For a furniture maker in Jutland, fifteen per cent is the whole profit margin,” she said.",
        "One of them is Birgitte Holst, who runs a family firm making oak dining tables outside Herning. Until last year the United States was her second-biggest market. “Our American dealers still want the tables, but their customers will not pay the extra. So we sell fewer, and we sell them cheaper,” she said. Her company has cut two jobs and is now trying to sell more in Germany and Norway.",
        "<h2>What comes next</h2>",
        "The trade figures feed into the first estimate of second-quarter growth, which Statistics Denmark publishes in August. Economists expect a small positive number, helped by strong sales of machinery and a recovery in private consumption.",
        "Thygesen said Kattegat Bank would look again at its growth forecast for the year once the June figures were in. “One month does not make a trend, but two or three might,” he said.",
        "June's trade figures will be released on 10 August.",
    ],
    related=[("Kattegat Bank lowers Danish growth forecast", "https://www.cphbusinesspost.example/economy/kattegat-bank-forecast"),
             ("Furniture makers turn to Germany as US orders dry up", "https://www.cphbusinesspost.example/business/furniture-makers-germany"),
             ("Comment: Denmark's export model needs more than one engine", "https://www.cphbusinesspost.example/opinion/export-model-one-engine")],
    tags=["Exports", "Statistics Denmark", "USA", "Tariffs"],
    org_line="Copenhagen Business Post, Pilestræde, Copenhagen. Editor: Henrik Juul Bech.",
    ad_after=(3, 9), related_heading="Read more",
)

_TR_RADIO = _article_page(
    "broadcast", site="Radio Norden", site_url="https://www.radionorden.example",
    url="https://www.radionorden.example/news/economy/danish-exports-to-usa-fall-14-percent",
    headline="Danish exports to the USA fall 14 percent",
    standfirst="Goods trade with the United States is still weakening, new figures show. The trade surplus shrank in May.",
    section="Economy", author="Camilla Vestergaard", byline_extra=", Radio Norden Copenhagen",
    published="2026-07-08T10:40:00+02:00", modified="2026-07-08T12:10:00+02:00",
    date_text="Published 8 July 2026 at 10:40",
    image=("https://media.radionorden.example/2026/07/08/copenhagen-port-cranes.jpg",
           "Cranes at the container terminal in Copenhagen.", "Photo: Radio Norden / Simon Krag"),
    body=[
        "<div class=\"audio-player\"><button>Listen</button><span>Nordic Midday: Danish exports – 4 min</span></div>",
        "Denmark's exports to the United States continue to fall. In May, Danish companies sold goods worth 12.9 billion kroner to the USA, 14 percent less than in May last year, according to figures from Statistics Denmark published on Wednesday.",
        "Total goods exports, adjusted for seasonal variation, fell by 3.6 percent compared with April, to 118.4 billion kroner. Imports rose slightly, by 0.8 percent, to 97.1 billion kroner.",
        "This means that the surplus on Denmark's trade in goods fell to 21.3 billion kroner in May.",
        "<h2>Medicines fall back</h2>",
        "Medicines are Denmark's most important export product, and in May exports of medicines fell by 9 percent compared with the month before.",
        "Rasmus Tygesen, chief economist at Kattegat Bank, told Radio Norden that the fall in medicine exports should not be overinterpreted. “Medicine exports swing a lot from month to month,” he said. “What worries me more is the steady slide in everything else we sell to the Americans.”",
        "Since August 2025, the United States has charged a 15 percent tariff on most goods from the EU. In the first five months of this year, exports to the USA were 6 percent lower than in the same months of 2025.",
        "<h2>Small firms hit hardest</h2>",
        "According to the Danish Chamber of Commerce, smaller companies are hit harder than the large pharmaceutical groups, which have factories in the United States and can avoid part of the tariff.",
        "Louise Brix Damgaard, senior economist at the organisation, said many of its members have lost American customers. “They cannot move production to America the way the big companies can,” she said.",
        "Not all the news was bad. Exports of machinery, including parts for wind turbines, rose by 2.1 percent in May.",
        "In Odense, Søren Bak, export manager at a company that makes accessories for hearing aids, said American orders had fallen by about a fifth since the tariff was introduced. “We have not lost customers, but they order less and they order later. Meanwhile we are selling more to Japan and South Korea,” he said.",
        "Exports to Germany and Sweden, Denmark's biggest European markets, were roughly unchanged.",
        "<h2>What does it mean for Denmark?</h2>",
        "Denmark's exports are dominated by a small number of very large companies, above all in pharmaceuticals. When their shipments move, the national figures move with them, which is why economists often look at exports excluding medicines to judge the health of the rest of industry.",
        "Denmark still sells far more goods abroad than it buys. Economists do not expect the May figures to push the country into recession, but they could mean slightly lower growth this year than the government forecast in the spring.",
        "The government has promised to present measures to help small exporters find new markets after the summer. The Ministry of Foreign Affairs said export advisers at Danish embassies in Asia and Latin America would be given extra resources.",
        "Statistics Denmark publishes trade figures for June on 10 August.",
        "<h2>Facts: Denmark's trade in goods, May 2026</h2>",
        "<ul class=\"factbox\"><li>Exports: 118.4 billion kroner (down 3.6 percent on April)</li><li>Imports: 97.1 billion kroner (up 0.8 percent)</li><li>Surplus: 21.3 billion kroner</li><li>Exports to the USA: 12.9 billion kroner (down 14 percent on May 2025, not seasonally adjusted)</li><li>Source: Statistics Denmark</li></ul>",
    ],
    related=[("Listen: Nordic Midday", "https://www.radionorden.example/programmes/nordic-midday"),
             ("Swedish exporters also feel the tariffs", "https://www.radionorden.example/news/economy/swedish-exporters-tariffs"),
             ("Wind turbine makers report strong order books", "https://www.radionorden.example/news/economy/wind-turbine-orders")],
    tags=["Denmark", "Exports", "USA", "Tariffs"],
    org_line="Radio Norden – public service radio and TV for the Nordic region. Responsible publisher: Anders Lövgren.",
    sep=" - ", related_heading="More on this story",
)

_TR_LETTER = _article_page(
    "newsletter", site="The Export Ledger", site_url="https://www.exportledger.example",
    url="https://www.exportledger.example/newsletter/2026-07-09-denmark-may-trade",
    headline="Denmark's May numbers: one bad month or a trend?",
    standfirst="Our weekly look at Nordic trade, tariffs and the companies caught in between.",
    section="Weekly briefing", author="Niels Kragh Bundgaard", byline_extra=", editor",
    published="2026-07-09T07:00:00+02:00", modified="2026-07-09T07:00:00+02:00",
    date_text="Thursday 9 July 2026",
    image=None,
    body=[
        "Hello from Copenhagen, where the summer holidays have emptied the offices but not the inboxes. This week, one chart, two voices and a question for our readers.",
        "<h2>The numbers</h2>",
        "Tuesday's release from Statistics Denmark was not a disaster, but it was not pretty either. Seasonally adjusted goods exports fell 3.6 per cent in May to DKK 118.4 billion (about €15.9 billion). Imports were up 0.8 per cent at DKK 97.1 billion. That leaves a goods surplus of DKK 21.3 billion, or about €2.9 billion – down from DKK 26.5 billion in April.",
        "Medicines did most of the damage, falling 9 per cent on the month. Machinery rose 2.1 per cent, thanks largely to wind. Food was flat, and Germany and Sweden held up.",
        "Remember that these are goods only. Shipping, which earns Denmark enormous sums, comes later with the balance of payments.",
        "<h2>The chart that matters</h2>",
        "<figure class=\"chart\"><img src=\"https://www.exportledger.example/charts/dk-us-exports-may-2026.png\" alt=\"Danish goods exports to the United States, monthly, unadjusted\"><figcaption>Danish goods exports to the US, DKK billion, not seasonally adjusted. Source: Statistics Denmark.</figcaption></figure>",
        "Exports to the United States came to DKK 12.9 billion in May, 14 per cent less than a year earlier. Year to date, they are down 6 per cent. The 15 per cent tariff has now been in place for almost a year, and the effect is no longer a blip.",
        "<h2>Two voices</h2>",
        f"Rasmus Thygesen, chief economist at Kattegat Bank, is the calmer of the two: “{_TR_THYGESEN}”",
        "Louise Brix Damgaard of the Danish Chamber of Commerce is less calm. Her point, made to several outlets, is that the big pharma companies can shift production to their American plants and so soften the tariff, while the furniture maker in Jutland cannot. For many small firms, she says, fifteen per cent is the whole profit margin.",
        "We think both are right. The aggregate numbers are dominated by a handful of large exporters whose shipments are lumpy. Underneath, the smaller exporters have been losing American business slowly and steadily for a year.",
        "<h2>What to watch</h2>",
        "Three things. First, June's trade data on 10 August: if medicines bounce back, the surplus will look healthy again, and that could hide the underlying problem. Second, the government's promised export package after the summer, which so far amounts to more advisers at embassies. Third, any news from Brussels and Washington on medicine tariffs, which would matter more for Denmark than for almost any other EU country.",
        "<h2>Reader question</h2>",
        "Are you a Danish, Swedish or Norwegian exporter that has found new customers to replace American ones? Where, and how? Reply to this email – we would like to feature a few of you in August.",
        "<h2>Also this week</h2>",
        "Norway's seafood exporters report another strong month in Asia. Finland's forest industry is bracing for a slower autumn. And the EU and India are back at the negotiating table – more on that next week.",
        "<p class=\"signoff\">Until next Thursday, Niels</p>",
    ],
    related=[("Last week: What tariffs have done to Nordic furniture", "https://www.exportledger.example/newsletter/2026-07-02-furniture"),
             ("Data: Nordic exports to the US, monthly", "https://www.exportledger.example/data/nordic-us-exports")],
    tags=["Denmark", "Trade data", "Tariffs"],
    org_line="The Export Ledger is a weekly newsletter about Nordic trade. You are receiving this because you signed up at exportledger.example.",
    ad_after=(8,), related_heading="From the archive",
    tail="<div class=\"sponsor\"><span class=\"ad-label\">Advertisement</span><p>Presented by our partner. Want to sponsor The Export Ledger? Write to us.</p></div>",
)

STORY_4 = _story("tr-LA4", "trade", "2026-07-11", [
    _page("https://www.nordwire.example/markets/2026/07/08/denmark-trade-surplus-narrows-may", _TR_WIRE),
    _page("https://www.cphbusinesspost.example/economy/exports-fall-may-pharma-us-tariffs", _TR_PAPER),
    _page("https://www.radionorden.example/news/economy/danish-exports-to-usa-fall-14-percent", _TR_RADIO),
    _page("https://www.exportledger.example/newsletter/2026-07-09-denmark-may-trade", _TR_LETTER),
], [
    ("May goods trade surplus", r"\b21[.,]3\b", r"\b19[.,]8\b"),
    ("economist's surname", r"\bthygesen\b", r"\btygesen\b"),
    ("weekday of the release", r"\bwednesday\b", r"\btuesday\b"),
])


# ===========================================================================
# rk-LA5 - Skarv Orbital's Lomvi rocket reaches orbit from Andøya
# ===========================================================================
# Facts: Skarv Orbital AS (Tromsø, founded 2019), two-stage Lomvi rocket, 21 metres tall. Second
# test flight from Andøya Spaceport's orbital site at Nordmela on Tuesday 22 September 2026,
# lift-off 11:42 CEST (09:42 UTC); Monday's attempt was called off because of high-altitude
# winds. Orbit reached about 8.5 minutes after lift-off, about 520 km, sun-synchronous. Six small
# satellites deployed: two from UiT The Arctic University of Norway, one from Revontuli Space
# (Finland), one from the Technical University of Denmark, two from Havblikk AS. First test
# flight in April 2026 failed to reach orbit when the second-stage engine shut down early. Jonas
# Brekke Halvorsen, co-founder and chief executive; Siri Mæland, launch director; Odd Arne Vik,
# head of Andøya Spaceport. NOK 410 million raised (about EUR 35 million). Next flight early 2027.
# PLANTED: Vesterålen Observer gives lift-off as 11:52; Orbital Notes says seven satellites;
# Radio Norden's live blog calls Halvorsen chief technology officer.

_RK_HALVORSEN = ("Today a rocket designed and built in Norway reached orbit. In April we watched our first "
                 "rocket fall short, and the team went back to work the next morning. This belongs to them.")

_RK_LIVE = _liveblog_page(
    site="Radio Norden", site_url="https://www.radionorden.example",
    url="https://www.radionorden.example/live/lomvi-launch-andoya",
    headline="Live: Norwegian rocket Lomvi reaches orbit from Andøya",
    standfirst="Skarv Orbital's second attempt to reach orbit lifted off from Andøya Spaceport. Follow the launch and the first reactions here.",
    section="Science and space", authors="Eirin Rasmussen and Tobias Lunde",
    published="2026-09-22T10:30:00+02:00", modified="2026-09-22T13:35:00+02:00",
    date_text="Tuesday 22 September 2026",
    key_points=[
        "Lomvi lifted off from Andøya at 11:42 and reached orbit about eight and a half minutes later",
        "All six satellites on board have been released",
        "It is the second test flight; the first, in April, failed to reach orbit",
    ],
    entries=[
        ("2026-09-22T13:35:00+02:00", "13:35", "We are closing the live coverage", [
            "That is all from us for today. Skarv Orbital says it will publish a full flight report within a few weeks. Thank you for following along – you can listen to our interview with the launch team in Nordland Today at 16:05.",
        ]),
        ("2026-09-22T13:20:00+02:00", "13:20", "First signal from the satellites", [
            "The Technical University of Denmark says its satellite has made contact with a ground station on Svalbard. UiT The Arctic University of Norway reports that both of its satellites are alive and sending telemetry.",
        ]),
        ("2026-09-22T12:40:00+02:00", "12:40", "“This belongs to the team”", [
            f"Skarv Orbital's co-founder Jonas Brekke Halvorsen, the company's chief technology officer, spoke to the staff gathered at the launch site shortly after the satellites were released: “{_RK_HALVORSEN}”",
            "Several of the engineers were in tears, our reporter at Nordmela says.",
        ]),
        ("2026-09-22T12:10:00+02:00", "12:10", "Satellites released", [
            "The company confirms that all six satellites have separated from the second stage. Two belong to UiT The Arctic University of Norway, two to the Norwegian maritime data company Havblikk, one to the Finnish start-up Revontuli Space and one to the Technical University of Denmark.",
        ]),
        ("2026-09-22T11:51:00+02:00", "11:51", "In orbit!", [
            "The second stage has shut down as planned and the company says Lomvi is in orbit, at an altitude of around 520 kilometres. There is loud applause in the control room.",
            "This is the moment that failed in April, when the second-stage engine stopped too early.",
        ]),
        ("2026-09-22T11:45:00+02:00", "11:45", "Stage separation", [
            "The first stage has separated and the second-stage engine has ignited. The first stage will fall into a closed-off area of the Norwegian Sea.",
        ]),
        ("2026-09-22T11:42:00+02:00", "11:42", "Lift-off!", [
            "Lomvi has lifted off from Andøya at 11:42 Norwegian time, 09:42 UTC. The rocket climbed slowly at first, then disappeared into low cloud heading north.",
        ]),
        ("2026-09-22T11:30:00+02:00", "11:30", "Weather is go", [
            "Launch director Siri Mæland has confirmed that the winds at high altitude are within limits today. Those winds are what stopped the attempt on Monday.",
        ]),
        ("2026-09-22T11:05:00+02:00", "11:05", "Fuelling complete", [
            "The rocket is fully fuelled with liquid oxygen and kerosene, according to Skarv Orbital. The countdown is proceeding normally. About two hundred spectators have gathered at the viewing area near Andenes.",
        ]),
        ("2026-09-22T10:30:00+02:00", "10:30", "Good morning from Andøya", [
            "Welcome to our live coverage. Today the Tromsø company Skarv Orbital will try again to put its Lomvi rocket into orbit from Andøya Spaceport in Nordland. The rocket is 21 metres tall and carries small satellites for customers in Norway, Finland and Denmark.",
            "The first test flight in April reached space but not orbit. If today's flight succeeds, Lomvi will be the first rocket built in Norway to reach orbit.",
            "The head of Andøya Spaceport, Odd Arne Vik, told Radio Norden this morning that the spaceport had been preparing for this day for years. “The whole island is watching,” he said.",
        ]),
    ],
    image=("https://media.radionorden.example/2026/09/22/lomvi-pad.jpg",
           "The Lomvi rocket on the launch pad at Nordmela on Andøya on Tuesday morning. Photo: Radio Norden / Marte Olsen", ""),
    related=[("What went wrong on Lomvi's first flight?", "https://www.radionorden.example/news/science/lomvi-first-flight-what-went-wrong"),
             ("Andøya Spaceport: from sounding rockets to orbit", "https://www.radionorden.example/news/science/andoya-history"),
             ("Listen: Nordland Today", "https://www.radionorden.example/programmes/nordland-today")],
    tags=["Space", "Andøya", "Skarv Orbital", "Rockets"],
    org_line="Radio Norden – public service radio and TV for the Nordic region. Responsible publisher: Anders Lövgren.",
)

_RK_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/technology/2026/09/22/norway-skarv-orbital-lomvi-reaches-orbit",
    headline="Norway's Skarv Orbital puts rocket into orbit on second attempt",
    standfirst="The Lomvi launcher lifted off from Andøya Spaceport and released six small satellites, months after its first flight fell short.",
    section="Technology", author="Henrik Aasland", byline_extra=", Nordwire",
    published="2026-09-22T12:35:00+02:00", modified="2026-09-22T14:50:00+02:00",
    date_text="September 22, 2026 12:35 CEST",
    image=("https://img.nordwire.example/2026/09/22/lomvi-liftoff.jpg",
           "Skarv Orbital's Lomvi rocket lifts off from Andøya Spaceport in northern Norway.", "Skarv Orbital/Handout via Nordwire"),
    body=[
        "ANDENES, Norway, Sept 22 (Nordwire) – Norwegian start-up Skarv Orbital reached orbit with its Lomvi rocket on Tuesday, becoming the first company to put a Norwegian-built launcher into orbit and giving Europe another small rocket after a string of setbacks.",
        "The two-stage rocket lifted off from Andøya Spaceport, an island site above the Arctic Circle, at 11:42 a.m. local time (0942 GMT). About eight and a half minutes later the company said its second stage had reached an orbit of around 520 km.",
        "Lomvi then released six small satellites for customers in Norway, Finland and Denmark, the company said.",
        "The flight was Lomvi's second. Its first, in April, reached space but failed to reach orbit when the second-stage engine shut down too early. A first attempt at the second flight on Monday was called off because of strong winds at high altitude.",
        f"“{_RK_HALVORSEN}” Jonas Brekke Halvorsen, Skarv Orbital's co-founder and chief executive, said in a statement.",
        "Lomvi is 21 metres tall and burns liquid oxygen and kerosene. It is designed to carry up to 250 kg to the polar orbits favoured by Earth observation satellites, which are easier to reach from a northern site such as Andøya than from launch sites closer to the equator.",
        "Europe has struggled to build a market for small launchers, with several companies delaying or losing their first rockets. Governments in the region have been keen to secure independent access to space, particularly for satellites that monitor the Arctic and the seas around Norway.",
        "The six satellites include two from UiT The Arctic University of Norway, one from the Technical University of Denmark, one from Finnish start-up Revontuli Space and two from Havblikk, a Norwegian company that tracks ships using radio signals.",
        "<h2>Funding</h2>",
        "Skarv Orbital, based in Tromsø and founded in 2019, has raised about 410 million Norwegian crowns (35 million euros) from private investors and public funds. Halvorsen said the successful flight would allow the company to close a new funding round this autumn.",
        "The company plans a third flight, its first carrying only paying customers, in early 2027. It aims to launch up to eight rockets a year from Andøya by the end of the decade.",
        "Andøya Spaceport, owned by the Norwegian state, has launched sounding rockets for scientific research since the 1960s and opened its orbital launch site at Nordmela in 2023.",
        "“For us this proves that the site works,” said Odd Arne Vik, head of Andøya Spaceport. He said the spaceport was in talks with several other launch companies.",
        "Launch director Siri Mæland said all systems had performed as planned. “We saw a clean separation, a good second-stage burn and a clean orbit insertion,” she said.",
        "Norway's Ministry of Trade, Industry and Fisheries congratulated the company in a statement and said the launch showed that Norway could play a role in European space activities.",
        "<p class=\"credit-line\">(Reporting by Henrik Aasland in Andenes; editing by Mark Thorne)</p>",
    ],
    related=[("Skarv Orbital's first Lomvi flight falls short of orbit", "https://www.nordwire.example/technology/2026/04/skarv-orbital-first-flight"),
             ("Factbox: Europe's small rocket makers", "https://www.nordwire.example/factbox/europe-small-launchers")],
    tags=["Space", "Norway", "Rockets", "Skarv Orbital"], org_line=_NW[2],
    related_heading="Related coverage",
)

_RK_LOCAL = _article_page(
    "local", site="Vesterålen Observer", site_url="https://www.vesteraalenobserver.example",
    url="https://www.vesteraalenobserver.example/andoy/lomvi-in-orbit-andenes-celebrates",
    headline="Lomvi in orbit – and Andenes celebrates",
    standfirst="Hundreds of people watched the rocket leave Nordmela on Tuesday. For the island, the launch means jobs and a little bit of history.",
    section="Andøy", author="Kristin Hanssen", byline_extra="",
    published="2026-09-22T16:20:00+02:00", modified="2026-09-22T17:05:00+02:00",
    date_text="22.09.2026 16:20",
    image=("https://www.vesteraalenobserver.example/bilder/2026/09/spectators-nordmela.jpg",
           "Spectators at the viewing area near Andenes followed Lomvi until it disappeared into the clouds.", "Photo: Kristin Hanssen"),
    body=[
        "At exactly 11:52, the crowd at the viewing area outside Andenes fell silent. Then the sound arrived – a deep, crackling roar that rolled in over the marshes from Nordmela – and people started clapping.",
        "“I have lived here all my life and watched rockets go up since I was a boy. But this one is different. This one went all the way,” said Arvid Johnsen, 71, who had driven up from Bleik with his grandchildren.",
        "Skarv Orbital's Lomvi rocket reached orbit on Tuesday on its second test flight. It carried six small satellites, which were all released in orbit shortly afterwards, the company said. The first flight in April did not make it to orbit.",
        "On Monday, the launch was postponed because of strong winds high in the atmosphere. That disappointed many visitors, but the Tuesday attempt went ahead in grey weather with only light winds at ground level.",
        "<h2>“Good for the whole island”</h2>",
        "About two hundred people had gathered at the official viewing area, among them pupils from Andenes school, who were given the morning off to watch.",
        "Andøy's mayor, Ingvild Strand Sortland, said the launch was important for the municipality. “The spaceport has about 150 jobs today, and more will come if the launches become regular. That means young people can move back here and find work that matches their education,” she said.",
        "“It was louder than I thought. My whole body was shaking,” said Emma, 11, one of the pupils. Her teacher, Tone Berg, said the class had been following Skarv Orbital's preparations since the spring and would now try to listen in on signals from one of the university satellites with a simple antenna on the school roof.",
        "Hotels and guesthouses in Andenes have been fully booked for the week, and the whale safari companies report that many visitors combined the launch with a trip to sea.",
        "<h2>The chief executive thanked the team</h2>",
        "Skarv Orbital's chief executive, Jonas Brekke Halvorsen, praised his employees after the launch. “In April we watched our first rocket fall short, and the team went back to work the next morning. This belongs to them,” he said.",
        "The company has around 90 employees, most of them in Tromsø, and about 30 have been working at Nordmela in the weeks before the launch.",
        "Launch director Siri Mæland grew up in Sortland and studied at UiT before joining Skarv Orbital. She told the Observer that launching from Andøya had a special meaning for her. “I used to see the sounding rockets from my grandmother's kitchen window. Now it is our rocket,” she said.",
        "<h2>Not everyone is happy</h2>",
        "Not everyone on the island welcomes the rockets. Local fishermen have complained that the closed sea areas during launches cost them fishing days, and a group of residents at Nordmela has raised concerns about noise and traffic.",
        "Odd Arne Vik, head of Andøya Spaceport, said the spaceport would continue to meet with fishermen and neighbours. “We want to be a good neighbour. We notify the fleet early and keep the closures as short as we can,” he said.",
        "Skarv Orbital plans its next launch from Andøya early next year.",
    ],
    related=[("Fishermen demand compensation for launch closures", "https://www.vesteraalenobserver.example/andoy/fishermen-compensation"),
             ("Whale season ends with record visitor numbers", "https://www.vesteraalenobserver.example/andoy/whale-season-record"),
             ("New ferry timetable for Andenes–Gryllefjord", "https://www.vesteraalenobserver.example/andoy/ferry-timetable")],
    tags=["Andøy", "Andøya Spaceport", "Skarv Orbital"],
    org_line="Vesterålen Observer – local news for Andøy, Sortland, Hadsel, Bø, Øksnes and Lødingen.",
    ad_after=(4, 10), related_heading="More from Vesterålen",
    tail="<div class=\"comments\"><h3>Comments (23)</h3><p>You must be logged in to comment.</p></div>",
)

_RK_LETTER = _article_page(
    "newsletter", site="Orbital Notes", site_url="https://www.orbitalnotes.example",
    url="https://www.orbitalnotes.example/p/lomvi-makes-it",
    headline="Lomvi makes it: what Skarv Orbital's flight tells us about European small launch",
    standfirst="A Norwegian rocket reaches orbit on its second try. We go through the flight, the payloads and what comes next.",
    section="Launch report", author="Marit Solheim", byline_extra="",
    published=None, modified=None, jsonld=False,
    date_text="23 September 2026",
    image=("https://www.orbitalnotes.example/img/lomvi-flight-profile.png",
           "Lomvi's flight profile as published by Skarv Orbital before launch.", "Graphic: Skarv Orbital"),
    body=[
        "Hi all. Yesterday, Skarv Orbital did what only a handful of European launch companies have managed: it put a rocket into orbit. Lomvi lifted off from Andøya at 11:42 CEST (09:42 UTC) and, about eight and a half minutes later, its second stage was in a roughly 500 km sun-synchronous orbit. That makes it the first Norwegian-built rocket to get there.",
        "<h2>The flight</h2>",
        "The profile was textbook, at least from the outside. Lomvi's first stage burned for a little under three minutes before separation; the second stage then ignited and ran until orbit insertion. The company has not released exact burn times, and I would not trust the numbers floating around on social media until the flight report comes out.",
        "That second-stage burn is the whole story. In April, on the first flight, the upper-stage engine shut down early and the vehicle fell back without reaching orbit. Skarv Orbital traced the problem to a pressure sensor that gave a false reading and triggered a safe shutdown. Yesterday, there was no such drama.",
        "A first attempt on Monday was scrubbed because of upper-level winds. Andøya sits well above the Arctic Circle, and the jet stream in autumn can be brutal. That is worth keeping in mind when the company talks about launch cadence.",
        "<h2>The payloads</h2>",
        "Lomvi carried seven small satellites. Confirmed customers include UiT The Arctic University of Norway, the Technical University of Denmark, the Finnish start-up Revontuli Space and Havblikk, a Norwegian firm that tracks ships from orbit. All were released after orbit insertion, and the first signals came in via a ground station on Svalbard in the early afternoon.",
        "The university satellites are mostly for teaching and testing, which is the right kind of customer for a second test flight: people who can accept the risk in exchange for a cheap ride.",
        "<h2>The people</h2>",
        "Chief executive Jonas Brekke Halvorsen, who co-founded the company in 2019, kept his statement short and gave the credit to his team: “Today a rocket designed and built in Norway reached orbit.” Launch director Siri Mæland called it a clean flight from separation to orbit insertion.",
        "<h2>The money</h2>",
        "Skarv Orbital has raised roughly NOK 410 million, around €35 million, since 2019. That is very little by launch industry standards. A successful orbital flight is the best possible argument in a funding round, and Halvorsen has said he expects to close one this autumn.",
        "<h2>What it means</h2>",
        "Europe now has more than one small launcher that has reached orbit, which matters for institutional customers who do not want to depend on a single supplier. But one success is not a service. The next milestones are a fully commercial flight, planned for early 2027, and a repeatable turnaround on the pad. Andøya's operators say they are talking to several other companies, and a second pad is on the drawing board.",
        "<h2>Quick hits</h2>",
        "The European Space Agency congratulated Skarv Orbital on social media within the hour. Andøya Spaceport says the first stage fell as planned into a closed-off area of the Norwegian Sea. And yes, a lomvi is a common guillemot – a seabird that dives deep and flies fast.",
        "<p class=\"signoff\">Clear skies, Marit</p>",
    ],
    related=[("April: Why Lomvi's first flight fell short", "https://www.orbitalnotes.example/p/lomvi-first-flight"),
             ("The state of European small launch, mid-2026", "https://www.orbitalnotes.example/p/european-small-launch-2026")],
    tags=["Launch", "Skarv Orbital", "Andøya", "Europe"],
    org_line="Orbital Notes is a reader-supported newsletter about spaceflight in Europe. Written by Marit Solheim.",
    ad_after=(7,), related_heading="Previous issues",
    tail="<div class=\"sponsor\"><span class=\"ad-label\">Advertisement</span><p>Support Orbital Notes: become a paying subscriber.</p></div>",
)

STORY_5 = _story("rk-LA5", "rocket", "2026-09-25", [
    _page("https://www.radionorden.example/live/lomvi-launch-andoya", _RK_LIVE),
    _page("https://www.nordwire.example/technology/2026/09/22/norway-skarv-orbital-lomvi-reaches-orbit", _RK_WIRE),
    _page("https://www.vesteraalenobserver.example/andoy/lomvi-in-orbit-andenes-celebrates", _RK_LOCAL),
    _page("https://www.orbitalnotes.example/p/lomvi-makes-it", _RK_LETTER),
], [
    ("lift-off time", r"\b11[:.]42\b", r"\b11[:.]52\b"),
    ("number of satellites carried", r"\b(six|6)\b", r"\b(seven|7)\b"),
    ("Jonas Brekke Halvorsen's title", r"chief executive|\bceo\b", r"chief technology officer|\bcto\b"),
])


# ===========================================================================
# eq-LA6 - earthquake beneath Skjálfandi Bay near Húsavík (CONTROL)
# ===========================================================================
# Facts: Tuesday 10 November 2026 at 23:48 Icelandic time (= UTC; 00:48 CET on Wednesday 11
# November). Magnitude 5.4 (Icelandic Met Office, reviewed); first automatic estimate 5.1. Epicentre
# beneath Skjálfandi Bay about 12 km north-west of Húsavík, on the Húsavík-Flatey fault, depth
# about 9 km. Felt across North Iceland incl. Akureyri and Grímsey. Largest aftershock M4.2 at
# 00:31 on Wednesday. Aftershocks: more than 80 by 01:30, about 430 by 07:00, about 900 by 15:00
# Wednesday, more than 1,300 by 08:00 Thursday. Uncertainty phase declared by the police
# commissioner in North East Iceland at 00:20 Wednesday. Police at 01:30: no injuries reported;
# later: one woman in her seventies treated overnight at the Húsavík health clinic for cuts from
# broken glass. Claims to Natural Catastrophe Insurance of Iceland: 41 by 16:00 Wednesday, 96 by
# 09:00 Thursday. Húsavík schools closed Wednesday, reopened Thursday. Kristín Eyjólfsdóttir,
# natural hazards specialist at the Met Office; Ásgeir Hólm Sveinsson, mayor of Norðurþing.
# No tsunami risk. Planted: none.

_EQ_KRISTIN = ("This is a well-known fault that moves every few decades. An earthquake of this size was "
               "always possible here, and we cannot rule out a larger one, although it is not the most "
               "likely outcome.")
_EQ_MAYOR = "The most important thing is that nobody was badly hurt. Houses can be repaired."

_EQ_WIRE = _article_page(
    "wire", site="Nordwire", site_url=_NW[1],
    url="https://www.nordwire.example/nordic/2026/11/11/iceland-earthquake-husavik",
    headline="Magnitude 5.4 earthquake shakes northern Iceland",
    standfirst="The quake struck late on Tuesday beneath a bay near the town of Húsavík and was felt across the north of the country.",
    section="Nordic", author="Jón Ari Hermannsson", byline_extra=", Nordwire",
    published="2026-11-11T02:05:00+01:00", modified="2026-11-11T03:10:00+01:00",
    date_text="November 11, 2026 02:05 CET",
    image=("https://img.nordwire.example/2026/11/11/husavik-night.jpg",
           "Húsavík harbour at night. The town of about 2,500 people lies on the eastern shore of Skjálfandi Bay.", "Nordwire/Photo desk"),
    body=[
        "REYKJAVIK, Nov 11 (Nordwire) – A strong earthquake struck off the north coast of Iceland late on Tuesday, shaking buildings in the fishing and whale-watching town of Húsavík and sending goods crashing from shop shelves, authorities said.",
        "The Icelandic Meteorological Office said the quake, which struck at 23:48 local time (0048 CET on Wednesday), had a magnitude of 5.4. Its first automatic estimate had put the magnitude at 5.1.",
        "The epicentre was beneath Skjálfandi Bay, about 12 km north-west of Húsavík, at a depth of about 9 km, the Met Office said. Iceland uses Greenwich Mean Time all year round.",
        "The quake was felt across northern Iceland, including in Akureyri, the largest town in the region, and on the island of Grímsey. Residents of Grímsey, which lies about 40 km off the mainland, said the shaking was strong but brief.",
        "Police in North East Iceland said at 01:30 that they had no reports of injuries. Some residents reported cracks in walls and a water pipe burst in a street in Húsavík, police said.",
        "The police commissioner declared an uncertainty phase, the lowest level of civil protection alert, at 00:20, meaning that authorities will monitor the situation closely and review emergency plans.",
        "Dozens of aftershocks followed. By 01:30 the Met Office had recorded more than 80, the largest of them a magnitude 4.2 quake at 00:31.",
        "“It felt like a truck had driven into the house. Everything on the walls came down,” said Guðrún Ösp Karlsdóttir, who lives near the harbour in Húsavík. “We went out to the car with the children and waited there for an hour.”",
        "The Met Office said there was no risk of a tsunami.",
        "Húsavík, on the eastern shore of Skjálfandi Bay, is one of Iceland's best-known whale-watching centres and draws tens of thousands of visitors in summer. Its economy also relies on fishing and on a silicon plant on the outskirts of the town.",
        "<h2>Known fault</h2>",
        "The quake occurred on the Húsavík-Flatey fault, part of a fracture zone off Iceland's north coast where the North American and Eurasian tectonic plates slide past each other. Strong earthquakes on the fault have caused damage in the region in the past.",
        "Kristín Eyjólfsdóttir, a natural hazards specialist at the Met Office, told Nordwire the fault was well known. “This is a well-known fault that moves every few decades. An earthquake of this size was always possible here,” she said.",
        "Unlike the volcanic activity on the Reykjanes peninsula in the south-west, which has led to repeated evacuations of the town of Grindavík since 2023, the earthquakes in the north are not linked to magma movement, the Met Office said.",
        "Residents of Húsavík were advised to check their homes for damage, to secure heavy objects and to be prepared for further aftershocks. Schools in the town will be closed on Wednesday while buildings are inspected, the municipality of Norðurþing said.",
        "Damage to homes in Iceland caused by earthquakes is covered by Natural Catastrophe Insurance of Iceland, a state-run fund, which asked homeowners to report damage as soon as possible.",
        "<p class=\"credit-line\">(Reporting by Jón Ari Hermannsson; editing by Tove Rahm)</p>",
    ],
    related=[("Iceland's Reykjanes eruptions: a timeline", "https://www.nordwire.example/factbox/reykjanes-eruptions-timeline"),
             ("Factbox: How Iceland monitors earthquakes and volcanoes", "https://www.nordwire.example/factbox/iceland-monitoring")],
    tags=["Iceland", "Earthquakes", "Húsavík"], org_line=_NW[2],
    related_heading="Related coverage",
)

_EQ_LIVE = _liveblog_page(
    site="Reykjavík Review", site_url="https://www.rvkreview.example",
    url="https://www.rvkreview.example/live/earthquake-north-iceland-husavik",
    headline="Earthquake near Húsavík: aftershocks continue, damage being assessed",
    standfirst="A magnitude 5.4 earthquake struck beneath Skjálfandi Bay at 23:48 on Tuesday. Follow the latest from Húsavík and the rest of North Iceland.",
    section="Iceland", authors="Ragnheiður Ýr Hafsteinsdóttir and Sindri Þór Gunnarsson",
    published="2026-11-11T06:45:00+00:00", modified="2026-11-11T16:30:00+00:00",
    date_text="Wednesday 11 November 2026",
    key_points=[
        "Magnitude 5.4 earthquake at 23:48 on Tuesday, about 12 km north-west of Húsavík",
        "One woman treated for minor cuts; no serious injuries",
        "Aftershocks continue – about 900 recorded by 15:00",
        "41 damage notifications to Natural Catastrophe Insurance by 16:00",
    ],
    entries=[
        ("2026-11-11T16:30:00+00:00", "16:30", "Summary of the day", [
            "Natural Catastrophe Insurance of Iceland says it had received 41 damage notifications from the Húsavík area by 16:00, most of them for cracked walls and broken household goods. Assessors will start visiting homes on Thursday.",
            "The uncertainty phase declared overnight remains in force. We are pausing the live blog here and will return if anything changes.",
        ]),
        ("2026-11-11T15:10:00+00:00", "15:10", "About 900 aftershocks", [
            "The Met Office says about 900 aftershocks had been recorded by 15:00. None since the early hours has been larger than magnitude 3, and the activity is slowly decreasing.",
        ]),
        ("2026-11-11T13:00:00+00:00", "13:00", "One woman treated for cuts", [
            "Police now say that one woman in her seventies was treated overnight at the Húsavík health clinic for cuts from broken glass. She was allowed to go home. No one else has been reported injured.",
        ]),
        ("2026-11-11T12:05:00+00:00", "12:05", "Shops reopening", [
            "Our reporter on the main street in Húsavík says most shops have reopened after staff spent the morning sweeping up broken jars and bottles. The grocery store says it lost a large part of its stock of wine and preserves.",
        ]),
        ("2026-11-11T11:20:00+00:00", "11:20", "Mayor: “Houses can be repaired”", [
            f"At a short press conference in the town hall, the mayor of Norðurþing, Ásgeir Hólm Sveinsson, thanked rescue teams and volunteers. “{_EQ_MAYOR}” he said.",
            "He said a water main that burst on Garðarsbraut had been repaired in the morning and that inspectors had found no structural damage at the harbour, though some cracking on one quay was being examined.",
        ]),
        ("2026-11-11T09:30:00+00:00", "09:30", "Schools closed today", [
            "As announced overnight, the schools in Húsavík are closed today while engineers inspect the buildings. The municipality expects them to reopen tomorrow if no damage is found.",
        ]),
        ("2026-11-11T08:15:00+00:00", "08:15", "Met Office: about 430 aftershocks so far", [
            "By 07:00 the Icelandic Met Office had recorded about 430 aftershocks. The largest was a magnitude 4.2 quake at 00:31, which many people in Húsavík felt clearly.",
            "Kristín Eyjólfsdóttir, a seismologist at the Met Office, said on the morning news: “An earthquake of this size was always possible here, and we cannot rule out a larger one, although it is not the most likely outcome.”",
            "The Met Office's first automatic estimate put the magnitude at 5.1. After the seismologists reviewed the data, it was set at 5.4.",
        ]),
        ("2026-11-11T07:20:00+00:00", "07:20", "What happened overnight", [
            "The earthquake struck at 23:48 last night. Its epicentre was beneath Skjálfandi Bay, about 12 km north-west of Húsavík, at a depth of around 9 km. It was felt in Akureyri, on Grímsey and as far east as Vopnafjörður.",
            "The police commissioner in North East Iceland declared an uncertainty phase at 00:20. Many residents of Húsavík spent part of the night in their cars or at the community centre, which the Red Cross opened at around 01:00.",
        ]),
        ("2026-11-11T06:45:00+00:00", "06:45", "Good morning", [
            "Welcome to our live coverage of the earthquake in North Iceland. We will bring you the latest from the Met Office, the police and our reporters in Húsavík throughout the day.",
        ]),
    ],
    image=("https://img.rvkreview.example/2026/11/11/husavik-shop-shelves.jpg",
           "Goods on the floor of a grocery shop in Húsavík on Wednesday morning. Photo: Reykjavík Review / Sindri Þór Gunnarsson", ""),
    related=[("Map: Earthquakes in North Iceland in the past 48 hours", "https://www.rvkreview.example/maps/north-iceland-quakes"),
             ("How to prepare your home for an earthquake", "https://www.rvkreview.example/guides/earthquake-preparedness"),
             ("The Húsavík–Flatey fault explained", "https://www.rvkreview.example/explainers/husavik-flatey-fault")],
    tags=["Earthquake", "Húsavík", "Norðurþing", "Met Office"],
    org_line="Reykjavík Review, Borgartún, Reykjavík. Editor: Hrafnhildur Ásta Þorvaldsdóttir.",
)

_EQ_LOCAL = _article_page(
    "local", site="North Iceland Herald", site_url="https://www.northherald.example",
    url="https://www.northherald.example/news/husavik-after-the-quake",
    headline="Húsavík after the quake: cracked walls, a long night and schools back open",
    standfirst="Since the magnitude 5.4 earthquake beneath Skjálfandi Bay on Tuesday night, residents have been counting the damage. The aftershocks are fewer, but they have not stopped.",
    section="News", author="Helga Rún Sigurðardóttir", byline_extra="",
    published="2026-11-12T10:00:00+00:00", modified="2026-11-12T11:15:00+00:00",
    date_text="Thursday, 12 November 2026 – 10:00",
    image=("https://www.northherald.example/images/2026/11/husavik-crack.jpg",
           "A crack runs across the kitchen wall of a house near Garðarsbraut in Húsavík.", "Photo: North Iceland Herald / Helga Rún Sigurðardóttir"),
    body=[
        "The children were back at their desks in Húsavík on Thursday morning. Engineers spent Wednesday going through the town's schools after Tuesday night's earthquake and found nothing worse than fallen ceiling tiles and a few cracks in the plaster.",
        "For many families, however, the week is far from normal. By 09:00 on Thursday, Natural Catastrophe Insurance of Iceland had received 96 damage notifications from the area, most of them from Húsavík itself. Assessors began their first home visits this morning.",
        "The earthquake, magnitude 5.4 according to the Icelandic Met Office, struck at 23:48 on Tuesday. Its epicentre lay beneath Skjálfandi Bay on the Húsavík–Flatey fault, north-west of the town, at a depth of around 9 kilometres.",
        "“I was in bed and the whole house jumped. Then there was this noise, like thunder under the floor,” said Sólveig Anna Friðriksdóttir, 68, who lives in the upper part of the town. Her kitchen wall now has a crack wide enough to put a finger in.",
        "<h2>Aftershocks getting weaker</h2>",
        "The Met Office had recorded more than 1,300 aftershocks by 08:00 on Thursday. The largest was the magnitude 4.2 shock at 00:31 on Wednesday, just 43 minutes after the main quake, which many people say frightened them more than the first.",
        "Kristín Eyjólfsdóttir, a natural hazards specialist at the Met Office, said the activity was decreasing as expected. “This is a well-known fault that moves every few decades,” she told the Herald. She added that a larger earthquake could not be ruled out but was not the most likely outcome, and that residents should keep heavy objects secured for the time being.",
        "The uncertainty phase declared by the police commissioner in North East Iceland at 00:20 on Wednesday remains in force.",
        "<h2>One injury</h2>",
        "Only one person needed medical treatment. A woman in her seventies was cut by broken glass in her home and was treated at the health clinic in Húsavík during the night before being sent home. Police had no reports of injuries when they gave their first update at 01:30.",
        "The mayor of Norðurþing, Ásgeir Hólm Sveinsson, said the town had been lucky. “The most important thing is that nobody was badly hurt,” he said on Wednesday.",
        "The burst water main on Garðarsbraut was repaired on Wednesday morning, and the harbour is operating normally, although one quay remains partly closed while a crack in the concrete is examined.",
        "<h2>A night in the car</h2>",
        "Many residents did not go back to bed on Tuesday night. The Red Cross opened the community centre at around 01:00, and more than sixty people spent part of the night there. Others sat in their cars with the engine running.",
        "“We had coffee and pancakes at three in the morning. Nobody wanted to be alone,” said Red Cross volunteer Gunnar Logi Hreinsson.",
        "Shops along the main street were open again on Wednesday afternoon after staff cleared up broken jars and bottles. One whale-watching company postponed its trips for a day to check its boats, but said it would sail again on Friday.",
        "<h2>What homeowners should do</h2>",
        "Natural Catastrophe Insurance of Iceland asks owners to photograph damage before cleaning up and to report it through its website. The municipality has set up a help desk in the town hall, open until 18:00 every day this week.",
    ],
    related=[("Red Cross thanks volunteers after quake night", "https://www.northherald.example/news/red-cross-volunteers"),
             ("Akureyri: residents felt strong shaking", "https://www.northherald.example/news/akureyri-felt-shaking"),
             ("Whale-watching season extended into November", "https://www.northherald.example/news/whale-watching-november")],
    tags=["Húsavík", "Earthquake", "Norðurþing"],
    org_line="North Iceland Herald – news from Akureyri, Húsavík and the whole of North Iceland.",
    ad_after=(4, 11), related_heading="More news",
    tail="<div class=\"comments\"><h3>Comments (17)</h3><p>Please keep the discussion civil.</p></div>",
)

STORY_6 = _story("eq-LA6", "earthquake", "2026-11-14", [
    _page("https://www.nordwire.example/nordic/2026/11/11/iceland-earthquake-husavik", _EQ_WIRE),
    _page("https://www.rvkreview.example/live/earthquake-north-iceland-husavik", _EQ_LIVE),
    _page("https://www.northherald.example/news/husavik-after-the-quake", _EQ_LOCAL),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
