"""Part KE of the story battery (web pages).

Written by engineer KE1 on 2026-12-07 (twenty-fourth session, twenty-second batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py KE`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-KE1: National Bank of Serbia cuts its key rate by 25 bp to 5.25% on Thu 12 March 2026; CONTROL; traps: bp vs percentage points vs "a quarter point", CET vs GMT, "Thursday"/"yesterday", reserves in euros/dinars/dollars, January vs February inflation, the October 2025 cut, the next meeting date, governor named fully or by title, one quotation cut differently.
el-KE2: Timisoara (Romania) mayoral by-election on Sun 17 May 2026; PLANTED: runner-up's final vote count (one paper 31,870 vs 29,870), runner-up's surname (one newsletter Dobrinescu vs Dobrescu); traps: exit poll and partial counts at stated moments, a district's count vs the city total, 2024 turnout, EEST vs GMT, diacritics, quotation cuts.
ct-KE3: Zagreb County Court jails a former state port-company chief for four and a half years on Tue 21 April 2026; CONTROL; traps: "4 years 6 months"/"four and a half years"/"54 months", euros vs kuna vs dollars, the sentences the prosecutors sought, co-defendants' different sentences, CEST vs GMT, diacritics dropped, quotation cuts, "Tuesday"/"yesterday".
tr-KE4: Romania's January-April 2026 trade deficit published by INS on Wed 10 June 2026; PLANTED: the deficit (one broadcaster 10.92 vs 10.42 billion euros), the weekday of publication (one paper Tuesday vs Wednesday); traps: April-only and first-quarter figures, last year's figures, euros vs lei vs dollars, rounded growth rates.
rk-KE5: Romanian start-up's suborbital rocket reaches 104 km from Capu Midia on Thu 23 July 2026; CONTROL; traps: the scrubbed Tuesday attempt, the 2025 flight's 31 km, km vs miles vs nautical miles, EEST vs UTC, seconds vs minutes, live-blog moments, euros vs lei, quotation cuts.
eq-KE6: M5.8 earthquake near Cerrik/Elbasan (Albania) at 03:47 on Sat 19 September 2026; PLANTED: the clock time (one local site 3:27 vs 03:47), the civil-protection chief's title (one paper "deputy interior minister"); traps: death and injury tolls growing over the day, preliminary 5.9 revised to 5.8, EMSC's 5.7, the 4.6 aftershock at 05:12, CEST vs UTC, the place at different precision.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "KE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates. Article text is written as plain text: paragraphs separated
# by blank lines, "## " starts an intertitle, "> " a pulled quote.
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:70]


def _paras(text: str, pclass: str = "") -> str:
    cls = f' class="{pclass}"' if pclass else ""
    parts = []
    for chunk in text.strip().split("\n\n"):
        chunk = " ".join(line.strip() for line in chunk.strip().splitlines())
        if not chunk:
            continue
        if chunk.startswith("## "):
            parts.append(f"<h2>{_e(chunk[3:])}</h2>")
        elif chunk.startswith("> "):
            parts.append(f'<blockquote class="pull"><p>{_e(chunk[2:])}</p></blockquote>')
        else:
            parts.append(f"<p{cls}>{_e(chunk)}</p>")
    return "\n".join(parts)


def _jsonld(d: dict[str, Any]) -> str:
    if not d.get("published"):
        return ""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": d.get("ld_type", "NewsArticle"),
        "headline": d["headline"],
        "description": d.get("dek", ""),
        "datePublished": d["published"],
        "dateModified": d.get("modified") or d["published"],
        "author": [{"@type": "Person", "name": n} for n in d.get("authors", [])] or
                  {"@type": "Organization", "name": d["site"]},
        "publisher": {"@type": "Organization", "name": d["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{d['host']}/static/logo.png"}},
        "mainEntityOfPage": d["url"],
        "inLanguage": d.get("lang", "en"),
    }
    if d.get("image"):
        data["image"] = [f"https://{d['host']}/media/{d['image'][0]}"]
    if d.get("section"):
        data["articleSection"] = d["section"]
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def _head(d: dict[str, Any], sep: str = " | ") -> str:
    title = f"{d['headline']}{sep}{d['site']}"
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(d.get("dek", ""))}">',
        f'<link rel="canonical" href="{_a(d["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{_a(d["site"])}">',
        f'<meta property="og:title" content="{_a(d["headline"])}">',
        f'<meta property="og:description" content="{_a(d.get("dek", ""))}">',
        f'<meta property="og:url" content="{_a(d["url"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if d.get("image"):
        meta.append(f'<meta property="og:image" content="https://{d["host"]}/media/{_a(d["image"][0])}">')
    if d.get("published") and d.get("meta_dates", True):
        meta.append(f'<meta property="article:published_time" content="{d["published"]}">')
        if d.get("modified"):
            meta.append(f'<meta property="article:modified_time" content="{d["modified"]}">')
    if d.get("authors"):
        meta.append(f'<meta name="author" content="{_a(", ".join(d["authors"]))}">')
    if d.get("section"):
        meta.append(f'<meta property="article:section" content="{_a(d["section"])}">')
    for tag in d.get("tags", []):
        meta.append(f'<meta property="article:tag" content="{_a(tag)}">')
    meta.append(f'<link rel="stylesheet" href="/assets/{_slug(d["site"])}.css">')
    ld = _jsonld(d)
    if ld:
        meta.append(ld)
    return "<head>\n" + "\n".join(meta) + "\n</head>"


def _cookie(site: str, variant: int = 0) -> str:
    texts = [
        f"{site} and its partners use cookies to keep the site running, measure readership and show advertising. Choose whether to allow optional cookies.",
        "We use cookies and similar tools to understand how our pages are read and to fund our journalism through advertising.",
        "This website stores small files on your device. Some are required; others help us count visitors and tailor adverts.",
    ]
    return ('<div id="consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
            f"<p>{_e(texts[variant % 3])}</p>"
            '<button class="accept">Accept all</button> <button class="reject">Reject optional</button> '
            '<a href="/privacy">Privacy settings</a></div>')


def _nav(items: list[str], cls: str = "main-nav") -> str:
    links = "".join(f'<li><a href="/{_slug(i)}/">{_e(i)}</a></li>' for i in items)
    return f'<nav class="{cls}" aria-label="Sections"><ul>{links}</ul></nav>'


def _share(url: str) -> str:
    u = _a(url)
    return ('<div class="share" aria-label="Share this article">'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
            f'<a class="share-x" href="https://x.com/intent/post?url={u}">X</a> '
            f'<a class="share-li" href="https://www.linkedin.com/sharing/share-offsite/?url={u}">LinkedIn</a> '
            f'<a class="share-mail" href="mailto:?body={u}">Email</a> '
            '<button class="copy-link">Copy link</button></div>')


def _ad(slot: str) -> str:
    return (f'<aside class="ad ad-{slot}" aria-label="Advertisement"><span class="ad-label">Advertisement</span>'
            f'<div class="ad-slot" data-slot="{slot}"></div></aside>')


def _figure(d: dict[str, Any]) -> str:
    if not d.get("image"):
        return ""
    src, alt, caption, credit = d["image"]
    return (f'<figure class="lead-image"><img src="/media/{_a(src)}" alt="{_a(alt)}" loading="lazy">'
            f'<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption></figure>')


def _related(d: dict[str, Any], heading: str = "Related") -> str:
    items = "".join(f'<li><a href="/{_slug(t)}">{_e(t)}</a></li>' for t in d.get("related", []))
    return f'<aside class="related"><h3>{_e(heading)}</h3><ul>{items}</ul></aside>'


def _time(d: dict[str, Any], label: str = "") -> str:
    vis = _e(d["visible_date"])
    if d.get("published") and d.get("time_tag", True):
        return f'<time datetime="{d["published"]}">{_e(label)}{vis}</time>'
    return f'<span class="date">{_e(label)}{vis}</span>'


def _footer(site: str, extra: list[str], note: str) -> str:
    links = " ".join(f'<a href="/{_slug(x)}">{_e(x)}</a>' for x in extra)
    return (f'<footer class="site-footer"><div class="footer-links">{links}</div>'
            f"<p>{_e(note)}</p><p>&copy; 2026 {_e(site)}. All rights reserved.</p></footer>")


def _doc(d: dict[str, Any], body: str, sep: str = " | ") -> str:
    lang = d.get("lang", "en")
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n{_head(d, sep)}\n<body class="article-page">\n{body}\n</body>\n</html>\n'


def _wire(d: dict[str, Any]) -> str:
    """A wire-service story page."""
    body = f"""{_cookie(d['site'], 0)}
<header class="masthead"><a class="logo" href="/">{_e(d['site'])}</a>
{_nav(['World', 'Europe', 'Business', 'Markets', 'Politics', 'Science', 'Photos'])}
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main id="content">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_slug(d.get('section', 'News'))}/">{_e(d.get('section', 'News'))}</a></div>
<article class="story wire-story">
<header><h1>{_e(d['headline'])}</h1>
<p class="summary">{_e(d.get('dek', ''))}</p>
<div class="meta"><span class="byline">By {_e(' and '.join(d.get('authors', [])))}</span>
<span class="stamp">{_time(d)}</span>{(' <span class="updated">' + _e(d['updated_note']) + '</span>') if d.get('updated_note') else ''}</div>
{_share(d['url'])}</header>
{_figure(d)}
<div class="story-body">
{_paras(d['body'])}
</div>
<p class="editing">{_e(d.get('credit_line', ''))}</p>
<p class="standards"><a href="/trust-principles">Our standards: The {_e(d['site'])} Trust Principles.</a></p>
</article>
{_ad('mid')}
{_related(d, 'More from ' + d['site'])}
</main>
{_footer(d['site'], ['About', 'Contact', 'Careers', 'Terms of use', 'Privacy', 'Licensing'], d['site'] + ' is an independent news agency. Content may not be republished without a licence.')}"""
    return _doc(d, body, " | ")


def _paper(d: dict[str, Any]) -> str:
    """A national newspaper's article page."""
    body = f"""<a class="skip" href="#article">Skip to content</a>
<div class="topbar"><span class="edition">{_e(d.get('edition', 'International edition'))}</span> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="site-header"><a class="logo" href="/">{_e(d['site'])}</a>
{_nav(d.get('nav', ['News', 'Politics', 'Business', 'World', 'Opinion', 'Culture', 'Sport']))}</header>
{_ad('leaderboard')}
<main>
<article id="article" class="article">
<p class="kicker"><a href="/{_slug(d.get('section', 'News'))}/">{_e(d.get('section', 'News'))}</a></p>
<h1 class="headline">{_e(d['headline'])}</h1>
<h2 class="standfirst">{_e(d.get('dek', ''))}</h2>
<div class="article-meta"><p class="byline">{_e(', '.join(d.get('authors', [])))}{(' &middot; ' + _e(d['author_role'])) if d.get('author_role') else ''}</p>
<p class="dateline-time">{_time(d)}</p></div>
{_share(d['url'])}
{_figure(d)}
<div class="article-body">
{_paras(d['body'])}
</div>
<div class="tags">{' '.join('<a class="tag" href="/tag/' + _slug(t) + '">' + _e(t) + '</a>' for t in d.get('tags', []))}</div>
<section class="comments"><h3>Comments</h3><p>Comments are open to subscribers. Please keep the discussion civil.</p></section>
</article>
<div class="sidebar">{_ad('sidebar')}{_related(d, 'Read more')}<section class="most-read"><h3>Most read</h3><ol><li><a href="/most-read/1">Opinion: the long road to a working rail link</a></li><li><a href="/most-read/2">Crossword</a></li></ol></section></div>
</main>
{_footer(d['site'], ['About us', 'Advertise', 'Letters to the editor', 'Terms', 'Privacy policy', 'Cookie settings'], d.get('footer_note', 'Published by an independent media company.'))}"""
    return _doc(d, body, " | ")


def _broadcast(d: dict[str, Any]) -> str:
    """A broadcaster's web story with a video player."""
    body = f"""{_cookie(d['site'], 1)}
<header class="bc-header"><a class="logo" href="/">{_e(d['site'])}</a>
{_nav(['Home', 'News', 'Business', 'Regions', 'Listen live', 'Watch', 'Weather'])}
<a class="live-button" href="/live">Live</a></header>
<main class="bc-main">
<article class="bc-article">
<div class="bc-section">{_e(d.get('section', 'News'))}</div>
<h1>{_e(d['headline'])}</h1>
<div class="bc-meta">{_time(d)} <span class="bc-author">{_e(', '.join(d.get('authors', [])))}</span></div>
<div class="video-player" data-duration="{_a(d.get('video_len', '2:14'))}"><button class="play">Play video</button>
<p class="video-caption">{_e(d.get('video_caption', 'Watch our report.'))}</p></div>
<p class="bc-summary"><strong>{_e(d.get('dek', ''))}</strong></p>
{_paras(d['body'])}
{_figure(d)}
{_share(d['url'])}
</article>
{_ad('bc-rail')}
{_related(d, 'Related stories')}
</main>
{_footer(d['site'], ['Schedules', 'Frequencies', 'Contact the newsroom', 'Complaints', 'Privacy', 'Cookies'], d.get('footer_note', 'A public-service broadcaster.'))}"""
    return _doc(d, body, " - ")


def _local(d: dict[str, Any]) -> str:
    """A local news site."""
    body = f"""<div class="weather-strip">{_e(d.get('weather', ''))}</div>
<header class="local-header"><a class="logo" href="/">{_e(d['site'])}</a>
{_nav(d.get('nav', ['Local', 'City hall', 'Business', 'Sport', 'Events', 'Notices']))}</header>
{_cookie(d['site'], 2)}
<main>
{_ad('top')}
<article class="post">
<h1 class="post-title">{_e(d['headline'])}</h1>
<div class="post-meta"><span class="author">{_e(', '.join(d.get('authors', [])))}</span> &middot; {_time(d)}</div>
{_figure(d)}
<div class="post-content">
<p class="lead"><strong>{_e(d.get('dek', ''))}</strong></p>
{_paras(d['body'])}
</div>
{_share(d['url'])}
<div class="post-tags">Tags: {', '.join(_e(t) for t in d.get('tags', []))}</div>
</article>
{_related(d, 'Also on ' + d['site'])}
{_ad('bottom')}
</main>
{_footer(d['site'], ['Advertise with us', 'Send us a tip', 'Imprint', 'Privacy'], d.get('footer_note', 'Local news, independently published.'))}"""
    return _doc(d, body, " - ")


def _newsletter(d: dict[str, Any]) -> str:
    """The web version of an email newsletter issue."""
    body = f"""<div class="nl-top"><a class="logo" href="/">{_e(d['site'])}</a> <a class="nl-sub" href="/subscribe">Get it in your inbox</a></div>
{_nav(['Latest issue', 'Archive', 'Podcasts', 'Events', 'About'], 'nl-nav')}
{_cookie(d['site'], 0)}
<main class="nl-main">
<p class="issue-line">{_e(d.get('issue_line', ''))}</p>
<article class="nl-issue">
<h1>{_e(d['headline'])}</h1>
<p class="nl-byline">Written by {_e(' and '.join(d.get('authors', [])))} &middot; {_time(d)}</p>
{_share(d['url'])}
{_figure(d)}
<div class="nl-body">
{_paras(d['body'])}
</div>
<div class="nl-sponsor">{_ad('sponsor')}<p>This issue is supported by our sponsors. Sponsors have no say over what we write.</p></div>
<p class="nl-signoff">{_e(d.get('signoff', 'Thanks for reading.'))}</p>
</article>
{_related(d, 'From the archive')}
</main>
{_footer(d['site'], ['Subscribe', 'Advertise', 'Unsubscribe', 'Privacy'], 'You are reading the web edition of our newsletter.')}"""
    return _doc(d, body, " - ")


def _liveblog(d: dict[str, Any]) -> str:
    """A live blog: d['entries'] is a list of (label, iso_time, text)."""
    entries = []
    for label, iso, text in d["entries"]:
        entries.append(f'<div class="live-entry" id="e-{_slug(iso)}"><time class="entry-time" datetime="{iso}">{_e(label)}</time>'
                       f'<div class="entry-body">{_paras(text)}</div></div>')
    body = f"""{_cookie(d['site'], 1)}
<header class="bc-header"><a class="logo" href="/">{_e(d['site'])}</a>
{_nav(['News', 'Live', 'Regions', 'Economy', 'Video', 'Programmes'])}</header>
<main>
<article class="liveblog">
<p class="live-badge">LIVE</p>
<h1>{_e(d['headline'])}</h1>
<p class="live-summary">{_e(d.get('dek', ''))}</p>
<div class="live-meta">{_e(', '.join(d.get('authors', [])))} &middot; {_time(d, 'Started ')}</div>
{_share(d['url'])}
{_figure(d)}
<section class="key-points"><h2>Key points</h2>{_paras(d.get('key_points', ''))}</section>
{_ad('live-top')}
<div class="live-stream">
{chr(10).join(reversed(entries))}
</div>
</article>
{_related(d, 'More coverage')}
</main>
{_footer(d['site'], ['About', 'Contact', 'Terms', 'Privacy', 'Cookie settings'], d.get('footer_note', 'Live coverage is updated as news comes in.'))}"""
    return _doc(d, body, " - ")


# ===========================================================================
# cb-KE1 (CONTROL): National Bank of Serbia rate cut.
# Facts: NBS Executive Board, Thursday 12 March 2026; statement 14:00 CET (13:00 GMT);
# key policy rate cut by 25 bp (a quarter point) from 5.50% to 5.25%; deposit facility
# 4.00% (from 4.25%), lending facility 6.50% (from 6.75%); corridor +/-1.25 pp.
# First change since October 2025 (also 25 bp, 5.75% -> 5.50%); held on 12 February 2026.
# CPI 2.9% y/y in February (released Wednesday 11 March), 3.4% in January; target 3% +/- 1.5 pp;
# inside the band eleven months in a row. Governor Dragana Stevovic; news conference 15:30 CET
# (14:30 GMT). Reserves end-February EUR 29.4 bn (~3.45 trn dinars, ~$32 bn); dinar ~117.2/EUR.
# GDP forecast ~4% for 2026 after an estimated 3.1% in 2025. Next meeting Thursday 9 April 2026.
# BWS poll: nine of 13 economists expected the cut.
# ===========================================================================

_CB_QUOTE_NOTE = "Quotations are the governor's words at the news conference."

CB_WIRE = _wire({
    "site": "Balkan Wire Service", "host": "bws.example",
    "url": "https://bws.example/business/serbia-central-bank-cuts-key-rate-2026-03-12/",
    "headline": "Serbia's central bank cuts key rate to 5.25%, first move since October",
    "dek": "National Bank of Serbia trims rates by 25 basis points as inflation eases; governor signals no rush to follow up.",
    "authors": ["Jelena Marić"], "section": "Business",
    "published": "2026-03-12T13:12:00Z", "modified": "2026-03-12T15:48:00Z",
    "visible_date": "March 12, 2026 1:12 PM GMT",
    "updated_note": "Updated 3:48 PM GMT",
    "image": ("2026/03/nbs-hq-belgrade.jpg", "Headquarters of the National Bank of Serbia",
              "The National Bank of Serbia headquarters in central Belgrade.", "BWS/Ana Perić"),
    "tags": ["Serbia", "Central banks", "Interest rates"],
    "related": ["Dinar holds steady as Serbian bank lending picks up",
                "Explainer: how the National Bank of Serbia sets its policy rate",
                "Serbian builders hire ahead of Expo exhibition"],
    "credit_line": "Reporting by Jelena Marić; Additional reporting by Petar Savić; Editing by Luka Horvat",
    "body": """
BELGRADE, March 12 (BWS) - The National Bank of Serbia lowered its key policy rate by 25 basis points to 5.25% on Thursday, its first change to borrowing costs since October, after inflation settled back into the lower half of its target band.

The bank's Executive Board also cut the deposit facility rate to 4.00% and the lending facility rate to 6.50%, keeping the corridor around the key rate at 1.25 percentage points on either side, the bank said in a statement released at 14:00 local time (1300 GMT).

Nine of 13 economists polled by BWS last week had expected a cut. The other four had forecast that the bank would stay at 5.50% for another month and wait for clearer signs on food prices.

Annual consumer price inflation slowed to 2.9% in February from 3.4% in January, the Statistical Office of the Republic of Serbia said on Wednesday. The central bank aims for inflation of 3%, with a tolerance band of 1.5 percentage points in either direction.

"Inflation has been inside our target band for eleven months in a row, and the pressures we watched most closely last autumn, food and energy, have eased," Governor Dragana Stevović told a news conference in Belgrade. "That gives us room to act, but it does not give us licence to hurry."

Stevović said the board would weigh each decision separately and warned markets against treating the cut as the start of a series. "Nobody should read today's decision as the first step on a staircase," she said.

## Last move in October

The bank last changed rates in October 2025, when it also trimmed its key rate by a quarter of a percentage point, to 5.50% from 5.75%. It left the rate unchanged at its February meeting, pointing then to uncertainty over regulated electricity prices and to the lingering effect of a weak harvest on fruit and vegetable prices.

Both of those concerns have faded, according to Thursday's statement, which said that regulated prices had risen less than the bank had assumed and that food inflation had slowed for three consecutive months.

The dinar has traded at around 117.2 per euro for most of the past year, with the central bank buying and selling foreign currency to smooth swings. Foreign exchange reserves stood at 29.4 billion euros at the end of February, the bank said.

The bank kept its forecast that Serbia's economy would grow by about 4% this year, after estimated growth of 3.1% in 2025, supported by public investment in roads, railways and venues for the Expo 2027 exhibition in Belgrade.

## Analysts see a cautious cut

Economists said the wording of the statement mattered more than the size of the move.

"The statement was more cautious than the decision itself," said Marko Jelić, chief economist at Sava Capital Partners in Belgrade. "I read it as one cut with the door left open, not a cycle."

Jelić said he expected the bank to hold at 5.25% in April and to consider another reduction only after seeing inflation data for the second quarter.

Serbian government bond yields fell slightly after the announcement, and the dinar was little changed.

Lower rates should feed through to dinar loans over the coming weeks, but many Serbian households and firms borrow in euros or in loans indexed to the euro, whose cost depends on the European Central Bank rather than on Belgrade.

The next meeting of the Executive Board is scheduled for April 9.
"""})

CB_RADIO = _broadcast({
    "site": "Radio Dunav", "host": "radiodunav.example",
    "url": "https://radiodunav.example/news/economy/nbs-lowers-key-rate-quarter-point-12032026",
    "headline": "NBS lowers key rate by a quarter point as inflation cools",
    "dek": "The National Bank of Serbia has cut its benchmark interest rate to 5.25 per cent, the first reduction in five months.",
    "authors": ["Nikola Vuković", "Radio Dunav economics desk"], "section": "Economy",
    "published": "2026-03-12T18:05:00+01:00",
    "visible_date": "12.03.2026, 18:05",
    "video_len": "2:41", "video_caption": "Governor Stevović explains the decision at the afternoon news conference.",
    "image": ("econ/exchange-office-knez-mihailova.jpg", "Exchange office sign in Belgrade",
              "An exchange office in Knez Mihailova Street; the dinar has barely moved against the euro.", "Photo: Radio Dunav / Stefan Ilić"),
    "tags": ["NBS", "interest rates", "inflation"],
    "related": ["What a lower policy rate means for dinar savers",
                "Food prices: markets report cheaper vegetables",
                "Farmers ask for help after weak harvest"],
    "footer_note": "Radio Dunav is a public-service broadcaster serving listeners along the Danube.",
    "body": """
The National Bank of Serbia cut its key policy rate today by 0.25 percentage points, to 5.25 per cent, saying inflation had been under control for long enough to give the economy a little help.

The decision by the bank's Executive Board was announced at 14:00. It is the first reduction since October, when the rate was brought down from 5.75 to 5.50 per cent. In February the board left it where it was.

Governor Dragana Stevović told reporters at a news conference at 15:30 that the main risks the bank had been watching had eased.

"Inflation has been inside our target band for eleven months in a row, and the pressures we watched most closely last autumn, food and energy, have eased," she said.

Figures published by the Statistical Office yesterday showed consumer prices were 2.9 per cent higher in February than a year earlier. In January the annual rate was 3.4 per cent. The central bank's target is 3 per cent, plus or minus one and a half percentage points.

## What changes for borrowers

Along with the key rate, the bank lowered the two rates that frame it: the rate it pays banks for overnight deposits is now 4 per cent, and the rate it charges for overnight loans is 6.5 per cent.

Commercial banks usually take a few weeks to pass such changes on to customers. Loans in dinars, including many cash loans and credit card balances, are tied to the central bank's rates or to the Belgrade interbank rate, which tends to follow them. Housing loans in Serbia, however, are mostly indexed to the euro, so for many families with a mortgage today's decision will change little.

Savers with dinar deposits may see slightly lower interest offers.

## "No licence to hurry"

The governor was careful not to promise more.

"That gives us room to act, but it does not give us licence to hurry," Stevović said, adding that the board would look at each meeting on its own merits.

Asked about the exchange rate, she said the bank would continue to keep the dinar steady against the euro. "The dinar has been stable against the euro, and we intend to keep it that way," she said.

The dinar traded at around 117.2 to the euro on Thursday afternoon, unchanged from the morning.

The bank said foreign currency reserves reached 29.4 billion euros at the end of February, which it described as more than enough to cover several months of imports and the country's short-term debts.

## Reactions

The Serbian Chamber of Commerce welcomed the cut and said cheaper credit would help small firms that had postponed investment.

Ana Kostić, an analyst at the Danube Research Group, told Radio Dunav that the bank had moved carefully. "They cut, but they wrote the statement as if they had held," she said. "Markets will take the signal that April is not a done deal."

Listeners who called our afternoon programme were less impressed. Several said that the prices they pay in shops still feel much higher than the official inflation rate suggests, and that a cut of a quarter of a point would make no difference to their monthly budget.

The central bank repeated its projection that the economy would grow by around 4 per cent this year.

The next rate decision is due on 9 April.
"""})

CB_PAPER = _paper({
    "site": "The Belgrade Ledger", "host": "belgradeledger.example",
    "url": "https://belgradeledger.example/business/2026/03/13/central-bank-takes-a-small-step-down",
    "headline": "Central bank takes a small step down, and warns against reading too much into it",
    "dek": "The key rate falls to 5.25 per cent. Governor Dragana Stevović says the bank is in no hurry to cut again.",
    "authors": ["Milica Đorđević"], "author_role": "Economics correspondent", "section": "Business",
    "edition": "Friday edition",
    "published": "2026-03-13T06:00:00+01:00",
    "visible_date": "Friday, 13 March 2026, 06:00",
    "image": ("2026/03/stevovic-press-conference.jpg", "Governor at a lectern",
              "Governor Dragana Stevović at Thursday's news conference.", "Photograph: Dušan Milić for The Belgrade Ledger"),
    "tags": ["National Bank of Serbia", "Inflation", "Dinar", "Economy"],
    "related": ["Editorial: a cut the economy can live with",
                "Why Serbian mortgages barely notice the central bank",
                "Expo spending: who is building what, and for how much"],
    "footer_note": "The Belgrade Ledger is published in Belgrade by Ledger Media d.o.o.",
    "body": """
The National Bank of Serbia yesterday reduced its key policy rate by a quarter of a percentage point to 5.25 per cent, ending a pause that began after its last cut in October and giving a modest lift to an economy that is growing on the back of state construction spending.

The decision, taken by the bank's Executive Board and published at two in the afternoon, was expected by most economists. What surprised some of them was how firmly the governor, Dragana Stevović, tried to stop anyone from expecting another.

"We will judge every meeting on its own data, and nobody should read today's decision as the first step on a staircase," Stevović told a news conference an hour and a half after the announcement.

The central bank chief said inflation, which had worried the bank through much of last year, was behaving. Annual inflation fell to 2.9 per cent in February, according to figures from the Statistical Office published on Wednesday, down from 3.4 per cent in January and below the bank's 3 per cent target for the first time since the summer.

The pressures she had watched most closely last autumn, food and energy, "have eased", Stevović said. "That gives us room to act, but it does not give us licence to hurry."

## A cautious board

The rate had stood at 5.50 per cent since October, when the board also cut by 25 basis points. At its February meeting it held, citing the risk that regulated electricity tariffs would rise faster than planned. They did not, and the bank said yesterday that the regulated price increases had been smaller than it had assumed.

Along with the benchmark, the deposit facility rate was lowered to 4 per cent and the lending facility rate to 6.5 per cent, so that the corridor stays 1.25 percentage points on each side of the key rate.

The governor's caution has a reason. Serbia's currency policy relies on keeping the dinar steady against the euro, and the bank has spent years building a reserve cushion that now stands at 29.4 billion euros, or roughly 3.45 trillion dinars, at end-February exchange rates. A cut that went too far, too fast, could make dinar assets less attractive just as the country's import bill for Expo-related machinery and materials is growing.

## Little change for mortgages

For households, the effect will be uneven. Cash loans and overdrafts in dinars should become marginally cheaper within weeks, bankers said. Most housing loans, though, are indexed to the euro and follow European rates.

"A client with a euro-indexed mortgage will not feel this at all," said Vesna Radić, who runs the retail division of a mid-sized Belgrade bank. "A client with a dinar cash loan will feel it a little, and later than the headlines suggest."

Businesses were more enthusiastic. Bojan Lazić, who owns a furniture workshop in Čačak employing 40 people, said he had delayed buying a new cutting line for a year because of financing costs. "Every quarter point helps when your margins are thin," he said.

## Growth and what comes next

The bank kept its projection that gross domestic product will expand by around 4 per cent in 2026, after an estimated 3.1 per cent last year. Public investment in transport and in venues for the Expo 2027 exhibition accounts for much of that growth, and the bank's statement noted that private investment has been slower to pick up.

Marko Jelić, chief economist at Sava Capital Partners, said the bank had chosen a "cut with the door left open". He expects no change at the next meeting, on Thursday 9 April, and at most one further reduction before the summer.

The dinar was steady at about 117.2 to the euro yesterday afternoon.
"""})

CB_NEWSLETTER = _newsletter({
    "site": "Frontier Markets Brief", "host": "fmbrief.example",
    "url": "https://fmbrief.example/issues/2026-03-13-serbia-nbs-trims",
    "headline": "Serbia: the NBS trims to 5.25% and talks like a hawk",
    "dek": "Our read on Thursday's National Bank of Serbia decision.",
    "authors": ["Tomas Brenner"],
    "published": None,
    "visible_date": "Friday 13 March 2026",
    "issue_line": "Issue 412 · Central and Eastern Europe · Friday 13 March 2026",
    "image": ("issues/412/belgrade-skyline.jpg", "Belgrade skyline with cranes",
              "Cranes over New Belgrade, where much of the Expo-related building is under way.", "Image: FMB archive"),
    "related": ["Issue 409: what the dinar peg is and is not",
                "Issue 405: the Balkans' quiet investment boom",
                "Issue 398: reading central bank statements in the region"],
    "signoff": "That's it for today. Reply to this email if you disagree; we read everything. — Tomas",
    "body": """
Good morning. One item dominates today's issue: Serbia finally cut.

## What happened

The National Bank of Serbia lowered its key policy rate by 25bp to 5.25% on Thursday, at the 14:00 CET announcement (13:00 GMT). The deposit and lending facility rates moved by the same amount, to 4.00% and 6.50%, so the corridor is unchanged at ±125bp around the policy rate.

This is the first move since October 2025, when the NBS also cut by 25bp (from 5.75%). It had held in February.

Consensus was leaning towards a cut but not unanimously so; a regional wire's poll had nine of 13 economists expecting it.

## Why now

The numbers made it easy. February CPI came in at 2.9% y/y, released on Wednesday, after 3.4% in January. The target is 3% ±1.5pp, and the governor pointed out that inflation has now been inside the band for eleven consecutive months. Food and regulated energy prices, which kept the board on hold in February, were softer than the bank had feared.

## Why it may be a while before the next one

Read the statement and the press conference together and you get a bank that wanted to cut without being seen to start a cycle. Governor Dragana Stevović's best line: "That gives us room to act, but it does not give us licence to hurry."

And in case anyone missed it, she added that "nobody should read today's decision as the first step on a staircase".

We take her at her word. Our base case is a hold on 9 April and a hold again in May, with another 25bp possible in the summer if core inflation behaves.

## The FX angle

The NBS's real anchor is the dinar, which has sat at roughly 117.2 per euro for the better part of a year. Reserves were €29.4bn at end-February, about $32bn at current rates, which gives the bank plenty of ammunition. Nobody in Belgrade wants a rate cut to be read as a signal that the dinar is about to be allowed to drift, and Stevović went out of her way to say the bank intends to keep the currency stable.

For foreign holders of dinar government bonds, the carry remains attractive: even after the cut, the policy rate is well above euro rates, and the exchange rate risk has been close to nil in practice.

## Growth

The NBS still sees GDP growth of about 4% in 2026 (after an estimated 3.1% in 2025). That is a construction-led story: roads, rail and the Expo 2027 site. Private investment is the missing piece, and cheaper dinar credit helps only at the margin because so much corporate and mortgage lending is euro-linked.

## What we're watching

1. March CPI, due in mid-April, which will land after the 9 April meeting. Awkward timing for anyone hoping for back-to-back cuts.
2. The wording on regulated prices. The bank went out of its way to say its assumptions had been too pessimistic.
3. Dinar bond auctions. Demand at the next one will tell us whether foreign investors see the cut as the start of a longer path, whatever the governor says.

## Our view in one sentence

A small cut, a loud warning, and a central bank that would rather be late than early.
"""})

STORY_1 = _story("cb-KE1", "central bank", "2026-03-15",
                 [_page("https://bws.example/business/serbia-central-bank-cuts-key-rate-2026-03-12/", CB_WIRE),
                  _page("https://radiodunav.example/news/economy/nbs-lowers-key-rate-quarter-point-12032026", CB_RADIO),
                  _page("https://belgradeledger.example/business/2026/03/13/central-bank-takes-a-small-step-down", CB_PAPER),
                  _page("https://fmbrief.example/issues/2026-03-13-serbia-nbs-trims", CB_NEWSLETTER)],
                 [])


# ===========================================================================
# el-KE2 (PLANTED): Timisoara mayoral by-election.
# Facts: Sunday 17 May 2026, polls 07:00-21:00 EEST (close = 18:00 GMT). Previous mayor
# Cornel Vasiliu resigned in February for health reasons; deputy mayor Florin Neagu acting.
# Registered 262,418; turnout 32.1% (84,236); valid 82,905; invalid 1,331.
# Ioana Sarbu (44, architect, Open Timis Alliance) 38,214 = 46.1%; Mihai Dobrescu (57, county
# councillor, ex-vice-president of Timis County Council, Democratic Labour Union) 29,870 = 36.0%;
# Teodora Lazar (39, independent, economics lecturer) 9,046 = 10.9%; four others 5,775 = 7.0%.
# Margin 8,344. 2024 turnout 37.8%. Exit poll CIVIS Data 21:00: 45/37/11. Partial counts:
# 23:15 138 of 214 stations (24,516 / 19,208 / 5,790); 00:20 201 of 214 (36,002 / 28,011 / 8,480);
# Fabric district 4,412 vs 2,967. Final tally from the municipal electoral bureau Monday
# 18 May ~13:00 EEST. Council of 27 seats, alliance holds 9. Term to 2028 regular elections.
# PLANTED: Romania Courier gives Dobrescu 31,870 votes (others 29,870);
#          CEE Politics Weekly spells him "Dobrinescu" (others Dobrescu).
# ===========================================================================

EL_LIVE = _liveblog({
    "site": "Vest Banat", "host": "vestbanat.example",
    "url": "https://vestbanat.example/live/alegeri-partiale-timisoara-2026-rezultate",
    "headline": "Live: Timișoara elects a new mayor — results as they come in",
    "dek": "Polls have closed in Timișoara's mayoral by-election. Follow the count with our newsroom.",
    "authors": ["Alina Stoica", "Radu Mehedinți"], "section": "Timișoara",
    "published": "2026-05-17T20:45:00+03:00", "modified": "2026-05-18T00:40:00+03:00",
    "ld_type": "LiveBlogPosting",
    "visible_date": "Sunday, 17 May 2026, 20:45",
    "image": ("live/2026/05/sectie-vot-fabric.jpg", "Voters queue at a school in Fabric",
              "Voters at a polling station in a Fabric school on Sunday afternoon.", "Foto: Vest Banat / Paul Giurgiu"),
    "related": ["Who are the seven candidates for mayor?",
                "Why Timișoara is voting a year early",
                "The tram network, explained in five maps"],
    "footer_note": "Vest Banat — independent news for Timiș county.",
    "key_points": """
Ioana Sârbu of the Open Timiș Alliance leads with 201 of 214 polling stations counted.

Mihai Dobrescu of the Democratic Labour Union has conceded.

Turnout was 32.1 per cent, well below the 2024 regular election.

Official final results are expected from the municipal electoral bureau on Monday.
""",
    "entries": [
        ("20:45", "2026-05-17T20:45:00+03:00", """
Good evening and welcome to our live coverage of the by-election for mayor of Timișoara. Polls close in fifteen minutes, at 21:00. Voters who are already in the queue at that moment will still be allowed to cast their ballots.

The vote was called after Cornel Vasiliu resigned as mayor in February for health reasons. Deputy mayor Florin Neagu has been running city hall since then. Seven candidates are on the ballot. Whoever wins will serve until the regular local elections in 2028.

The Permanent Electoral Authority's last turnout update, at 20:00, showed 29.6 per cent of registered voters had voted.
"""),
        ("21:00", "2026-05-17T21:00:00+03:00", """
Polls are closed. The exit poll by CIVIS Data for our partners puts Ioana Sârbu, the architect backed by the Open Timiș Alliance, on 45 per cent, ahead of county councillor Mihai Dobrescu of the Democratic Labour Union on 37 per cent. The independent candidate Teodora Lazăr is on 11 per cent and the remaining four candidates share 7 per cent.

CIVIS Data gives a margin of error of 2.5 percentage points. Romanian mayors are elected in a single round, so whoever finishes first wins, however small the lead.
"""),
        ("21:20", "2026-05-17T21:20:00+03:00", """
Final turnout, according to the Permanent Electoral Authority: 32.1 per cent. That is 84,236 voters out of 262,418 on the lists. In the regular local elections of June 2024 turnout in the city was 37.8 per cent, so the by-election has drawn noticeably fewer people, as by-elections usually do.
"""),
        ("21:50", "2026-05-17T21:50:00+03:00", """
Our reporter at Sârbu's campaign headquarters, in a converted textile workshop in Fabric, says the mood is cheerful but cautious. Her spokesman, Dan Popovici, told us they would say nothing until real ballots had been counted. "Exit polls have been wrong in this city before," he said.

At the Democratic Labour Union's offices on Bulevardul Revoluției the lights are on but the press has not been let in.
"""),
        ("22:35", "2026-05-17T22:35:00+03:00", """
First partial figures from the municipal electoral bureau, from 41 of the 214 polling stations: Sârbu 47.2 per cent, Dobrescu 35.1 per cent, Lazăr 10.4 per cent. Early stations tend to be the smaller ones, so these numbers will move.
"""),
        ("23:15", "2026-05-17T23:15:00+03:00", """
Update from the bureau with 138 of 214 polling stations counted: Sârbu 24,516 votes, Dobrescu 19,208, Lazăr 5,790. The gap is holding at around ten percentage points.
"""),
        ("23:40", "2026-05-17T23:40:00+03:00", """
Ioana Sârbu has come out to speak to supporters, although she stopped short of declaring victory.

"Timișoara did not vote for me tonight, it voted for a city that finishes what it starts," she said, to loud applause. "The tram lines, the schools, the hospital wing: that is the list, and I intend to be judged on it."

She thanked Lazăr's voters by name of neighbourhood and said she would phone Dobrescu in the morning.
"""),
        ("00:05", "2026-05-18T00:05:00+03:00", """
Mihai Dobrescu has conceded in a post on his Facebook page. "I congratulate Ioana Sârbu. The city council will find us a demanding opposition, not an obstructive one," he wrote. He said his party would study the results station by station before deciding its next steps in the council.
"""),
        ("00:20", "2026-05-18T00:20:00+03:00", """
With 201 of 214 polling stations counted: Sârbu 36,002, Dobrescu 28,011, Lazăr 8,480.

In Fabric, where every station has now reported, Sârbu won 4,412 votes to Dobrescu's 2,967, her strongest district result so far. Dobrescu did best in the western districts near the ring road.
"""),
        ("00:40", "2026-05-18T00:40:00+03:00", """
We are closing the live page for tonight. The municipal electoral bureau will publish the official final tally on Monday once the last protocols have been checked. The result must then be validated by the court before the new mayor can take the oath in front of the 27-member city council, where the Open Timiș Alliance holds nine seats.

Thank you for following with us.
"""),
    ],
})

EL_WIRE = _wire({
    "site": "Balkan Wire Service", "host": "bws.example",
    "url": "https://bws.example/world/europe/romania-timisoara-mayor-by-election-result-2026-05-18/",
    "headline": "Architect Sarbu wins Timisoara mayoral by-election on low turnout",
    "dek": "Final count gives the Open Timis Alliance candidate a ten-point lead over the Democratic Labour Union's Mihai Dobrescu.",
    "authors": ["Andrei Pop"], "section": "Europe",
    "published": "2026-05-18T11:40:00Z",
    "visible_date": "May 18, 2026 11:40 AM GMT",
    "image": ("2026/05/timisoara-victory-square.jpg", "Victory Square in Timisoara",
              "Pedestrians cross Victory Square in central Timisoara.", "BWS/Cristian Lungu"),
    "tags": ["Romania", "Elections", "Local government"],
    "related": ["Romania's governing coalition faces test in autumn budget",
                "Timisoara tram upgrade falls behind schedule",
                "Factbox: how Romanian mayors are elected"],
    "credit_line": "Reporting by Andrei Pop; Editing by Luka Horvat",
    "body": """
TIMISOARA, Romania, May 18 (BWS) - Ioana Sarbu, an architect who campaigned on finishing long-delayed tram and hospital projects, won Sunday's by-election for mayor of Timisoara, Romania's third-largest city by some measures, final results published on Monday showed.

Sarbu, 44, the candidate of the Open Timis Alliance, received 38,214 votes, or 46.1% of valid ballots, the municipal electoral bureau said. Mihai Dobrescu, 57, a county councillor backed by the Democratic Labour Union, came second with 29,870 votes, or 36.0%.

Independent candidate Teodora Lazar, an economics lecturer, took 9,046 votes (10.9%), and four other candidates shared the remaining 5,775.

The bureau published the final tally at around 1 p.m. (1000 GMT) after checking the last of the protocols from the city's 214 polling stations. Turnout was 32.1%, with 84,236 of 262,418 registered voters taking part, down from 37.8% in the regular local election in 2024.

Of the ballots cast, 1,331 were declared invalid.

The vote was called after the previous mayor, Cornel Vasiliu, stepped down in February citing health problems. Sarbu will serve the remainder of the term, until the next nationwide local elections in 2028.

"Timisoara did not vote for me tonight, it voted for a city that finishes what it starts," Sarbu told supporters late on Sunday, before the count was complete.

Dobrescu conceded shortly after midnight in a Facebook post, congratulating Sarbu and saying his party would act as "a demanding opposition, not an obstructive one" on the city council.

## Coalition-building ahead

Sarbu's alliance, a grouping of civic associations and a small liberal party formed before the 2024 elections, holds nine of the 27 seats on the city council, meaning she will need support from other groups to pass a budget. The Democratic Labour Union is the largest group on the council.

Lazar, who finished third, said on Monday she would not join any coalition but would judge each proposal on its merits. Her supporters are likely to be courted by both camps.

Political analysts said the result reflected frustration with delays to infrastructure projects funded by European Union money, including the renovation of tram lines and a new wing at the county emergency hospital.

"Voters in Timisoara punish parties that cannot deliver projects, not parties with the wrong ideology," said Elena Voicu, a political scientist at the West University of Timisoara. "Sarbu ran as a project manager, and that is what they chose."

## Low turnout

Turnout was the lowest for a mayoral vote in the city in more than two decades, according to data from the Permanent Electoral Authority. By-elections in Romania typically draw fewer voters than regular elections, which coincide with votes for county councils and are held across the country on the same day.

A CIVIS Data exit poll published when polls closed at 9 p.m. (1800 GMT) on Sunday had given Sarbu 45% and Dobrescu 37%, close to the final result.

The result must be validated by a local court before Sarbu can be sworn in, which is expected in early June. Until then, deputy mayor Florin Neagu will remain in charge of city hall.

National party leaders in Bucharest played down the significance of the vote. A spokesman for the Democratic Labour Union said local issues had dominated and that the party's support nationally was unchanged.
"""})

EL_PAPER = _paper({
    "site": "Romania Courier", "host": "romaniacourier.example",
    "url": "https://romaniacourier.example/politics/2026/05/19/timisoara-by-election-what-it-tells-the-parties",
    "headline": "What Timișoara's by-election tells the parties",
    "dek": "Ioana Sârbu's win on Sunday was about trams and hospital wings, not national politics. That should worry Bucharest anyway.",
    "authors": ["Sorina Ionescu"], "author_role": "Political editor", "section": "Politics",
    "edition": "Romania edition",
    "nav": ["News", "Politics", "Business", "Regions", "Opinion", "Culture", "Sport"],
    "published": "2026-05-19T08:00:00+03:00",
    "visible_date": "19 May 2026",
    "image": ("2026/05/sarbu-supporters.jpg", "Supporters celebrate in a former workshop",
              "Ioana Sârbu with supporters at her campaign headquarters in the Fabric district on Sunday night.", "Photo: Romania Courier / Mara Dinu"),
    "tags": ["Timișoara", "Local elections", "Open Timiș Alliance", "Democratic Labour Union"],
    "related": ["Analysis: Romania's local barons and the budget",
                "Opinion: low turnout is a warning, not a verdict",
                "Timișoara's tram contract: a timeline"],
    "footer_note": "Romania Courier is an English-language newspaper published in Bucharest.",
    "body": """
TIMIȘOARA — When Ioana Sârbu walked into her campaign headquarters in the Fabric district late on Sunday, her supporters were already chanting her name, but she had brought a list, not a victory speech.

"The tram lines, the schools, the hospital wing: that is the list, and I intend to be judged on it," the 44-year-old architect told them, before final results were in.

The list won. Sârbu, running for the Open Timiș Alliance, took 38,214 votes, or 46.1 per cent, in the 17 May by-election for mayor, according to the final tally from the municipal electoral bureau. Mihai Dobrescu, the Democratic Labour Union's candidate and a veteran of county politics, received 31,870 votes. The independent Teodora Lazăr came third with 9,046.

Turnout was 32.1 per cent, down from 37.8 per cent in the regular elections two years ago.

## A local vote with national echoes

Party leaders in Bucharest spent Monday insisting that the result said nothing about national politics. They are partly right. Timișoara has a long record of backing candidates who run against the political establishment, and Sârbu campaigned almost entirely on local delivery: a stalled tram renovation, two schools still waiting for promised extensions, and a new wing at the county emergency hospital that was supposed to open last year.

But the parties would be unwise to dismiss the vote altogether. Dobrescu is no political novice. A former vice-president of the Timiș County Council, he had the backing of the strongest party organisation in the county and spent heavily on billboards. He lost anyway, and by a wide margin.

"People here no longer ask which party you belong to," said Elena Voicu, a political scientist at the West University of Timișoara. "They ask what you have built, and whether it was finished on time."

## The council arithmetic

Winning the mayor's office is the easy part. Sârbu's alliance holds only nine of the 27 seats on the city council, and the Democratic Labour Union remains the largest group. The new mayor will need votes from other parties, or from the independents who sit with them, to pass a budget and approve contracts.

Dobrescu conceded shortly after midnight, promising in a Facebook post that his party would be "a demanding opposition, not an obstructive one". Council veterans say that promise will be tested within weeks, when the council must vote on a revised tram contract.

Lazăr, whose voters could tip the balance, has said she will not sign up to any coalition.

## Who stayed home

The low turnout deserves attention. Only 84,236 of the 262,418 people on the electoral rolls voted. By-elections are rarely a draw, but campaigners on both sides said they had struggled to persuade younger residents that the vote mattered.

Sârbu's campaign had counted on the city's large student population, many of whom are registered elsewhere and could not vote. Her team instead focused on older residents in the central districts, which turned out to be decisive.

## What happens next

The result must be validated by the court, a formality expected to take about two weeks. Florin Neagu, the deputy mayor who has run the city since Cornel Vasiliu resigned in February for health reasons, stays in charge until Sârbu takes the oath.

She will then have about two years before Romanians vote again in regular local elections in 2028, barely enough time, her critics say, to finish anything. Sârbu's answer, on Sunday night, was that this was exactly the point.

"Timișoara did not vote for me tonight, it voted for a city that finishes what it starts," she said.
"""})

EL_NEWSLETTER = _newsletter({
    "site": "CEE Politics Weekly", "host": "ceepolitics.example",
    "url": "https://ceepolitics.example/p/timisoara-sarbu-by-election-2026",
    "headline": "Timișoara picks a builder: notes on Sunday's by-election",
    "dek": "The Open Timiș Alliance takes city hall, the turnout slump, and what the council fight will look like.",
    "authors": ["Katarzyna Wolska"],
    "published": "2026-05-20T07:30:00+02:00",
    "visible_date": "20 May 2026",
    "issue_line": "CEE Politics Weekly · No. 188 · Romania special",
    "image": ("p/188/tram-depot.jpg", "An idle tram at a depot",
              "A tram at the Timișoara depot; the network's renovation became the campaign's main issue.", "Photo: Katarzyna Wolska"),
    "related": ["No. 181: Romania's municipal finance squeeze",
                "No. 176: why by-elections in the region keep surprising pollsters",
                "No. 170: the West University's annual civic survey"],
    "signoff": "See you next Wednesday. — Kasia",
    "body": """
Hello from Timișoara, where I spent the weekend following the by-election for mayor. Here is what happened, and why I think it matters beyond the Banat.

## The result

Ioana Sârbu, an architect running for the Open Timiș Alliance, won with 38,214 votes (46.1%). Mihai Dobrinescu of the Democratic Labour Union took 29,870 (36.0%), a gap of just over 8,300 votes. The independent Teodora Lazăr finished third on 9,046 (10.9%). Four minor candidates split the rest.

Turnout was 32.1%, against 37.8% in the 2024 regular elections. The final figures came from the municipal electoral bureau on Monday; the exit poll by CIVIS Data on Sunday night (45% to 37%) turned out to be close.

## Why Sârbu won

Three reasons, in my view.

First, she ran on a list of unfinished projects rather than on an ideology. The tram renovation, school extensions and a new wing at the county emergency hospital are all funded, all late, and all visible to anyone who lives in the city. Her closing line on election night was the whole campaign in one sentence: "The tram lines, the schools, the hospital wing: that is the list, and I intend to be judged on it."

Second, Dobrinescu carried the weight of a party that has been part of the city's governing majority for years. As a former vice-president of the Timiș County Council and a sitting county councillor, he could not easily run as the candidate of change, and he didn't really try.

Third, the turnout. Low-turnout elections reward candidates whose supporters are motivated, and Sârbu's voters in the central districts and in Fabric clearly were. In Fabric alone she beat Dobrinescu by roughly 1,400 votes, according to the bureau's district figures.

## The concession

Credit where it is due: Dobrinescu conceded a little over three hours after polls closed, in a Facebook post that congratulated Sârbu by name and promised "a demanding opposition, not an obstructive one". In a region where losing candidates often spend weeks alleging fraud, that is worth noting.

## The council problem

Sârbu's alliance has nine of the 27 seats on the city council. The Democratic Labour Union is the biggest group. Every budget and every big contract will need a negotiated majority, and the first test arrives with the revised tram contract this summer.

Lazăr is the kingmaker in the room, although she has said she will not join a formal coalition. Watch whether her supporters on the council start voting with the mayor on infrastructure while opposing her elsewhere.

## Timing

The court must validate the result before Sârbu takes office, which her team expects in early June. Deputy mayor Florin Neagu keeps running city hall until then. The term runs only until the 2028 regular local elections, so the new mayor will be judged on a very short clock.

## The wider lesson

Across the region, mid-term local votes keep producing the same pattern: low turnout, a fragmented council, and a winner who promises competence rather than a programme. Several mid-sized cities in the region have gone the same way in recent years. The parties in Bucharest say this is all local colour. They said the same thing the last few times.

One more number for your notebook: 1,331 ballots were declared invalid, out of 84,236 cast.
"""})

STORY_2 = _story("el-KE2", "election", "2026-05-22",
                 [_page("https://vestbanat.example/live/alegeri-partiale-timisoara-2026-rezultate", EL_LIVE),
                  _page("https://bws.example/world/europe/romania-timisoara-mayor-by-election-result-2026-05-18/", EL_WIRE),
                  _page("https://romaniacourier.example/politics/2026/05/19/timisoara-by-election-what-it-tells-the-parties", EL_PAPER),
                  _page("https://ceepolitics.example/p/timisoara-sarbu-by-election-2026", EL_NEWSLETTER)],
                 [("runner-up's final vote count", r"31,?870", r"29,?870"),
                  ("runner-up's surname", r"\bdobrinescu\b", r"\bdobrescu\b")])


# ===========================================================================
# ct-KE3 (CONTROL): Zagreb County Court verdict in a port-company contract case.
# Facts: Tuesday 21 April 2026, Zagreb County Court, verdict read from 10:30 CEST (08:30 GMT),
# presiding judge Vesna Kolaric-Strahija. Damir Pavletic (58), former management board
# chairman of state-owned Jadranski lucki servisi d.d. (Adriatic Port Services, Rijeka):
# abuse of position and authority over a 2019-2020 dredging and quay-repair contract awarded at
# inflated prices to Kvarner Hidrogradnja d.o.o.; damage EUR 1.8 m (13.56 m kuna at 7.5345,
# about $2 m). Sentence 4 years 6 months (54 months); 41 days of pre-trial detention in 2022
# credited. Goran Brajkovic (51), the contractor's owner: 2 years 4 months. Sanja Lukez (47),
# former procurement manager: acquitted. Both convicted men jointly to repay EUR 1.8 m.
# USKOK sought 6 years (Pavletic), 3 years (Brajkovic), a 1-year suspended term (Lukez).
# Arrested November 2022, indicted June 2023, trial opened October 2024, 46 witnesses.
# Lawyer Tomislav Ercegovic: appeal to the High Criminal Court within 15 days of the written
# verdict. Not final.
# ===========================================================================

CT_WIRE = _wire({
    "site": "Adriatic Press Agency", "host": "adriapress.example",
    "url": "https://adriapress.example/en/news/croatia-court-jails-former-port-company-chief-2026-04-21",
    "headline": "Croatian court jails former state port company chief for 4-1/2 years over dredging deal",
    "dek": "Zagreb County Court finds Damir Pavletic abused his position in awarding an inflated contract; verdict can be appealed.",
    "authors": ["Ivana Perković"], "section": "Crime and justice",
    "published": "2026-04-21T09:05:00Z", "modified": "2026-04-21T10:20:00Z",
    "visible_date": "21 April 2026 | 09:05 GMT",
    "updated_note": "Updated 10:20 GMT, adds lawyer's comment",
    "image": ("2026/04/zagreb-county-court.jpg", "Zagreb County Court building",
              "The entrance to Zagreb County Court.", "APA/Matej Kos"),
    "tags": ["Croatia", "Courts", "Corruption", "Ports"],
    "related": ["Croatia's anti-graft office files record number of indictments",
                "Rijeka port traffic rises as container terminal expands",
                "Factbox: Croatia's High Criminal Court"],
    "credit_line": "Reporting by Ivana Perković; Editing by Mirna Babić",
    "body": """
ZAGREB, April 21 (APA) - A Croatian court on Tuesday sentenced the former head of a state-owned port services company to four years and six months in prison for abusing his position by awarding an overpriced dredging and quay repair contract, in one of the biggest cases brought by the country's anti-corruption office this year.

Zagreb County Court found Damir Pavletic, 58, guilty of causing damage of 1.8 million euros to Jadranski lucki servisi (Adriatic Port Services), the Rijeka-based company he chaired from 2017 until his arrest in November 2022.

Presiding judge Vesna Kolaric-Strahija began reading the verdict at 10:30 a.m. (0830 GMT). She said the evidence showed that Pavletic had arranged for the contract to go to Kvarner Hidrogradnja, a small construction firm, at prices well above what the work was worth, and that the firm's owner had passed part of the difference back to people close to him.

"The defendant treated the company's money as though the company were his own, and then treated the paperwork as though no one would ever read it," Kolaric-Strahija said.

The owner of Kvarner Hidrogradnja, Goran Brajkovic, 51, was sentenced to two years and four months in prison. A third defendant, former procurement manager Sanja Lukez, 47, was acquitted.

The court ordered Pavletic and Brajkovic to repay the 1.8 million euros to the port company jointly. The damage had been calculated in the indictment as 13.56 million kuna, Croatia's currency before it adopted the euro in 2023.

## Appeal planned

The verdict is not final. Pavletic's lawyer, Tomislav Ercegovic, told reporters outside the courtroom that his client would appeal to the High Criminal Court, which hears appeals against county court rulings in criminal cases.

"We are convinced the High Criminal Court will see what this court chose not to see," Ercegovic said. Under Croatian law the defence has 15 days to appeal once it receives the written verdict.

Pavletic, who attended the hearing, did not comment.

The anti-corruption office USKOK had asked for a six-year sentence for Pavletic and three years for Brajkovic, and a one-year suspended sentence for Lukez. A USKOK spokeswoman said prosecutors would study the written judgment before deciding whether to appeal the acquittal.

## Contract from 2019

According to the indictment, Pavletic pushed through the contract in 2019 by splitting the work into smaller lots that did not require a full public tender, and then approved additional payments in 2020 for work that inspectors later found had not been carried out.

Pavletic spent 41 days in custody after his arrest in 2022, which will be counted towards his sentence. He was indicted in June 2023, and the trial opened in October 2024. The court heard 46 witnesses.

Croatia's government has been under pressure from the European Commission and from domestic watchdogs to show results in corruption cases involving state companies. Several cases brought over the past decade have collapsed on appeal or stalled for years.

Jadranski lucki servisi provides towing, mooring and maintenance services at the port of Rijeka, Croatia's largest cargo port, and is wholly owned by the state. It is run by a management board appointed by a supervisory board whose members are chosen by the government.

The port company said in a statement that it would seek to recover the money as soon as the verdict became final.
"""})

CT_PAPER = _paper({
    "site": "Zagreb Herald", "host": "zagrebherald.example",
    "url": "https://zagrebherald.example/news/courts/pavletic-verdict-four-and-a-half-years",
    "headline": "Pavletić gets four and a half years for abusing his post at port company",
    "dek": "The former chairman of Jadranski lučki servisi is convicted over a dredging contract; his co-defendant gets two years and four months, the procurement manager walks free.",
    "authors": ["Lovro Šimunović", "Petra Galić"], "author_role": "Courts reporters", "section": "Courts",
    "edition": "Croatia",
    "nav": ["News", "Croatia", "Zagreb", "Business", "World", "Opinion", "Lifestyle"],
    "published": "2026-04-21T18:30:00+02:00",
    "visible_date": "21.04.2026. 18:30",
    "image": ("2026/04/pavletic-courtroom.jpg", "Defendant seated in a courtroom",
              "Damir Pavletić in courtroom 14 of Zagreb County Court on Tuesday morning.", "Photo: Zagreb Herald / Hrvoje Lulić"),
    "tags": ["Damir Pavletić", "USKOK", "Jadranski lučki servisi", "Courts"],
    "related": ["Timeline: the Jadranski lučki servisi affair",
                "Who runs Croatia's state companies, and who chooses them",
                "Comment: a verdict, at last, but not yet justice"],
    "footer_note": "Zagreb Herald is published by Herald Media d.o.o., Zagreb.",
    "body": """
Damir Pavletić, the former chairman of the management board of the state-owned port services company Jadranski lučki servisi, was sentenced on Tuesday at Zagreb County Court to four and a half years in prison for abuse of position and authority.

The court found that Pavletić had steered a dredging and quay repair contract at the Rijeka port to a small firm, Kvarner Hidrogradnja, at inflated prices, causing the company a loss of 1.8 million euros.

Presiding judge Vesna Kolarić-Strahija started reading the verdict shortly after half past ten in the morning, in a courtroom crowded with reporters and a handful of port employees who had travelled from Rijeka.

"The defendant treated the company's money as though the company were his own," the judge said, before pausing and adding: "and then treated the paperwork as though no one would ever read it. Someone did read it."

## Two convictions, one acquittal

Goran Brajković, the 51-year-old owner of Kvarner Hidrogradnja, received a sentence of two years and four months. The court said he had knowingly billed for work that was never done and had shared the proceeds.

The third defendant, Sanja Lukež, who ran procurement at the port company at the time, was acquitted. The judge said the prosecution had not proved that she knew the prices were inflated, and that she had twice raised written objections to the way the contract was split into smaller lots.

Lukež wept as the verdict was read and left the building without speaking to reporters.

Pavletić and Brajković must jointly return the 1.8 million euros to the company, an amount the indictment, drawn up before Croatia switched currencies, had expressed as 13.56 million kuna.

USKOK, the anti-corruption office, had sought six years for Pavletić, three years for Brajković and a suspended one-year term for Lukež. The 54-month sentence for Pavletić is therefore below what prosecutors asked for but well above what the defence had predicted.

## "We will appeal"

Pavletić listened to the verdict standing, his hands folded in front of him, and showed no visible reaction. Outside the courtroom he told reporters only that he had nothing to add to what his lawyer would say.

His lawyer, Tomislav Ercegović, said the defence would appeal to the High Criminal Court as soon as it received the written judgment. "We are convinced the High Criminal Court will see what this court chose not to see," he said. The defence argued throughout the trial that the contract prices reflected the real cost of emergency repairs after storm damage and that Pavletić had relied on the advice of his technical staff.

The verdict is not yet final. The defence has 15 days from receiving the written judgment to lodge its appeal.

## A case years in the making

The case began with a USKOK raid on the company's offices in Rijeka in November 2022. Pavletić was arrested the same day and spent 41 days in custody, time that will be deducted from his sentence. He was dismissed by the company's supervisory board the following month.

The indictment was confirmed in June 2023, but the trial did not open until October 2024 because of repeated requests by the defence to exclude evidence. In the course of the trial the court heard 46 witnesses and commissioned two separate expert reports on the value of the dredging work.

The second of those reports, by a maritime engineering expert from Split, was central to the conviction. It found that the company had paid for moving more than twice the volume of sediment that had actually been removed from the harbour basin.

## Political fallout

Pavletić was appointed in 2017 and was regarded as close to senior figures in the ruling party in the Primorje-Gorski Kotar county, although he was never a party official. Opposition politicians on Tuesday called for a review of all contracts awarded by the company during his term.

The ministry in charge of state property said the company had since changed its procurement rules and that all contracts above a set threshold now go through open tenders.
"""})

CT_LOCAL = _local({
    "site": "Kvarner Daily", "host": "kvarnerdaily.example",
    "url": "https://kvarnerdaily.example/rijeka/luka/pavletic-presuda-reakcije-rijeka",
    "headline": "Port workers on Pavletić verdict: 'Now give us back the money for the cranes'",
    "dek": "A day after the former chairman of Jadranski lučki servisi was sentenced in Zagreb, Rijeka is asking what happens to the 1.8 million euros.",
    "authors": ["Marin Žic"], "section": "Port",
    "published": None, "time_tag": False,
    "visible_date": "22.04.2026.",
    "weather": "Rijeka 17°C, bura easing in the afternoon",
    "nav": ["Rijeka", "Port", "Opatija", "Islands", "Business", "Sport", "Obituaries"],
    "image": ("2026/04/brajdica-quay.jpg", "Quay with container cranes in Rijeka",
              "The quay in Rijeka where some of the repair work was supposed to be carried out.", "Photo: Kvarner Daily / Vedran Karuza"),
    "tags": ["port", "Jadranski lučki servisi", "courts", "Rijeka"],
    "related": ["Port company's new board promises open tenders",
                "Storm damage on the Rijeka breakwater: what was repaired",
                "Union and management sign new wage deal"],
    "footer_note": "Kvarner Daily — news from Rijeka and the Kvarner region.",
    "body": """
In the canteen of Jadranski lučki servisi on Wednesday morning, the talk was of little else. Yesterday's verdict at Zagreb County Court, which sent the company's former chairman Damir Pavletić to prison for four and a half years, was greeted by most of the port workers we spoke to with relief rather than satisfaction.

"We knew for years that something was wrong with that contract," said Dragan Matić, the head of the port workers' union at the company. "While the money went into dredging that never happened, we were told there was nothing for new cranes and nothing for wages. Now give us back the money for the cranes."

Pavletić, 58, was found guilty of abuse of position and authority. The court in Zagreb found that in 2019 and 2020 he arranged for the company to pay inflated prices to the firm Kvarner Hidrogradnja for dredging the harbour basin and repairing a section of quay, and approved payments for work that was not carried out. The damage to the company was set at 1.8 million euros.

Goran Brajković, the owner of Kvarner Hidrogradnja, was sentenced to two years and four months. Sanja Lukež, who was the company's procurement manager at the time, was acquitted.

The two convicted men were ordered to return the 1.8 million euros to the company jointly. But the verdict is not final: Pavletić's lawyer Tomislav Ercegović announced an appeal to the High Criminal Court, and prosecutors from USKOK, who had asked for a six-year sentence, may appeal too.

## Will the money come back?

Ivana Blažević, who has chaired the company's management board since 2023, said the company would do everything it could to recover the money once the judgment became final.

"For a company of our size, 1.8 million euros is a year's investment budget," she told Kvarner Daily. "We will not write it off."

Lawyers we consulted were cautious. Recovering money in such cases depends on whether the convicted persons have assets that can be seized, and on how long the appeal takes. In several earlier cases involving state companies, the money was never fully returned.

Brajković's firm, which once employed around thirty people on construction sites around the Kvarner Gulf, stopped trading in 2023.

## Lukež back at work?

Sanja Lukež's acquittal was the part of the verdict that drew the most comment in Rijeka. Lukež had worked at the company for more than twenty years. Colleagues said she had warned in writing, twice, that the contract was being split into smaller parts to avoid a public tender, and the judge cited those warnings when she explained the acquittal.

Lukež left the company in 2023. A former colleague, who asked not to be named, said many staff hoped she would be offered her job back. The company declined to comment on personnel matters.

## How we got here

The story began for most people in Rijeka on a November morning in 2022, when USKOK investigators carried boxes of documents out of the company's headquarters near the Brajdica container terminal. Pavletić was arrested that day and spent 41 days in custody.

The indictment followed in June 2023 and the trial began in October 2024. Over the following eighteen months, the court heard 46 witnesses, including several port workers who testified that they had never seen a dredger in the harbour basin during the months when the company was paying for dredging.

"I walked that quay every day," one of them, a crane operator, told us yesterday. "You don't miss a dredger."

The defence will have 15 days to appeal once it receives the written judgment. Until the High Criminal Court rules, Pavletić remains free.
"""})

STORY_3 = _story("ct-KE3", "court", "2026-04-24",
                 [_page("https://adriapress.example/en/news/croatia-court-jails-former-port-company-chief-2026-04-21", CT_WIRE),
                  _page("https://zagrebherald.example/news/courts/pavletic-verdict-four-and-a-half-years", CT_PAPER),
                  _page("https://kvarnerdaily.example/rijeka/luka/pavletic-presuda-reakcije-rijeka", CT_LOCAL)],
                 [])


# ===========================================================================
# tr-KE4 (PLANTED): Romania's January-April 2026 trade balance.
# Facts: INS release Wednesday 10 June 2026, 09:00 EEST (06:00 GMT).
# Jan-Apr 2026: exports (FOB) EUR 31.94 bn, +2.1% y/y; imports (CIF) EUR 42.36 bn, +3.2%;
# deficit EUR 10.42 bn vs EUR 9.76 bn a year earlier (+EUR 0.66 bn, +6.7%).
# In lei (avg 5.08): exports 162.3 bn, imports 215.2 bn, deficit 52.9 bn lei; ~$11.8 bn.
# April alone: exports EUR 8.12 bn, imports EUR 10.46 bn, deficit EUR 2.34 bn; Q1 deficit
# EUR 8.08 bn. EU shares: 72.4% of exports, 71.1% of imports. Machinery and transport
# equipment: 46.8% of exports, 38.5% of imports. Full-year 2025 deficit EUR 33.1 bn.
# Next release (May data) 10 July. Laura Manescu, chief economist at Carpathia Bank.
# PLANTED: Carpathian Broadcasting gives the deficit as EUR 10.92 bn (others 10.42);
#          Bucharest Business Journal says INS published on Tuesday (others Wednesday).
# ===========================================================================

TR_WIRE = _wire({
    "site": "Danube Business Wire", "host": "dbwire.example",
    "url": "https://dbwire.example/markets/romania-trade-deficit-jan-apr-2026",
    "headline": "Romania's four-month trade gap widens to 10.42 bln euros as imports outpace exports",
    "dek": "Statistics institute data show the deficit 6.7% larger than a year earlier; car exports hold up.",
    "authors": ["Bogdan Cristea"], "section": "Markets",
    "published": "2026-06-10T07:20:00Z",
    "visible_date": "10 Jun 2026, 07:20 GMT",
    "image": ("2026/06/constanta-container-terminal.jpg", "Containers stacked at a port terminal",
              "Containers at the port of Constanța, Romania's main gateway for sea trade.", "DBW/Ovidiu Matei"),
    "tags": ["Romania", "Trade", "Macro data"],
    "related": ["Romania's budget deficit target under review",
                "Leu steady against euro ahead of rating review",
                "Carmakers in Romania ramp up production of new models"],
    "credit_line": "Reporting by Bogdan Cristea; Editing by Helena Marx",
    "body": """
BUCHAREST, June 10 (DBW) - Romania's trade deficit widened to 10.42 billion euros in the first four months of 2026, from 9.76 billion euros in the same period last year, as imports grew faster than exports, data from the National Institute of Statistics (INS) showed on Wednesday.

Exports, measured free on board, rose 2.1% year on year to 31.94 billion euros in January-April, while imports, measured including cost, insurance and freight, increased 3.2% to 42.36 billion euros, the institute said.

In lei, the deficit amounted to 52.9 billion, with exports of 162.3 billion lei and imports of 215.2 billion lei.

The gap was 0.66 billion euros, or 6.7%, larger than a year earlier.

## April gap narrows slightly

In April alone, Romania exported goods worth 8.12 billion euros and imported goods worth 10.46 billion euros, leaving a monthly deficit of 2.34 billion euros. The deficit for the first quarter had been 8.08 billion euros.

Trade with other European Union countries accounted for 72.4% of exports and 71.1% of imports over the four months. Machinery and transport equipment, a category dominated by cars and car parts, made up 46.8% of exports and 38.5% of imports.

The figures were published at 9 a.m. local time (0600 GMT).

Romania has run a large trade deficit for years, driven by strong consumer demand and by imports of machinery, fuel and food. The deficit reached 33.1 billion euros in 2025 as a whole, according to INS data, and economists had expected it to stabilise this year as a government austerity package cooled household spending.

"Exports are growing, just not fast enough to keep up with what we buy," said Laura Mănescu, chief economist at Carpathia Bank. "The car plants are doing their part; the rest of industry is treading water."

Mănescu said the slowdown in consumer imports that economists had hoped for had so far been offset by higher imports of equipment for projects financed with European Union recovery funds, many of which must be completed this year.

## Pressure on the current account

The trade gap is the main driver of Romania's current account deficit, one of the largest in the EU relative to the size of the economy, which has made the country dependent on foreign capital inflows to finance it.

The leu was little changed after the data, trading at around 5.08 per euro. The National Bank of Romania publishes balance-of-payments data for the same period later this month.

Exporters' groups have called for faster refunds of value-added tax and for cheaper financing for manufacturers, arguing that rising energy and labour costs have made Romanian goods less competitive in Germany, Italy and other main markets.

Germany remained Romania's largest trading partner in both directions, followed by Italy and Hungary, according to the institute's breakdown by country. Imports from China, mostly electronics, solar panels and machinery parts, grew faster than those from any large EU partner.

Economists expect the deficit to remain close to last year's level for 2026 as a whole, with the outcome depending largely on fuel prices and on how quickly EU-funded projects are finished.

The statistics institute will publish trade data for May on July 10.
"""})

TR_PAPER = _paper({
    "site": "Bucharest Business Journal", "host": "bbj.example",
    "url": "https://bbj.example/economy/trade/2026/06/11/trade-deficit-imports-outrun-exports",
    "headline": "Imports outrun exports again, and the trade gap keeps growing",
    "dek": "Romania's deficit for January to April reached 10.42 billion euros. Economists point to EU-funded projects and a stubborn appetite for imported consumer goods.",
    "authors": ["Irina Tănase"], "author_role": "Economy editor", "section": "Economy",
    "edition": "Business daily",
    "nav": ["Economy", "Companies", "Finance", "Real estate", "Energy", "Tech", "Opinion"],
    "published": "2026-06-11T07:00:00+03:00",
    "visible_date": "11 June 2026, 07:00",
    "image": ("2026/06/pitesti-car-plant.jpg", "Assembly line at a car factory",
              "An assembly line at a car plant near Pitești. Vehicles and parts remain Romania's biggest export.", "Photo: BBJ / Sergiu Olteanu"),
    "tags": ["trade deficit", "INS", "exports", "imports"],
    "related": ["Why Romania imports so much food, and what it would take to change",
                "Interview: the exporters' association on VAT refunds",
                "Leu stability: how long can it last?"],
    "footer_note": "Bucharest Business Journal is published by BBJ Media SRL.",
    "body": """
Romania bought 10.42 billion euros more from the rest of the world than it sold in the first four months of the year, according to figures the National Institute of Statistics published on Tuesday, extending a trend that has made the trade deficit one of the country's most persistent economic problems.

The gap was 6.7 per cent wider than in January to April 2025, when it stood at 9.76 billion euros. Converted at the institute's exchange rate, this year's figure comes to 52.9 billion lei, or roughly 11.8 billion US dollars.

Exports did grow. Romanian companies sold goods worth 31.94 billion euros abroad, 2.1 per cent more than a year earlier. But imports rose by 3.2 per cent to 42.36 billion euros, and because imports start from a much higher base, even a small difference in growth rates widens the gap in absolute terms.

## Cars carry the load

The single most important category remains machinery and transport equipment, which accounted for 46.8 per cent of exports. The two big car plants, together with hundreds of suppliers of parts, wiring and electronics, have kept exports rising even as other manufacturers struggle.

"The car plants are doing their part; the rest of industry is treading water," said Laura Mănescu, chief economist at Carpathia Bank.

Chemicals, metals and furniture, sectors that depend heavily on energy, have seen sales abroad stagnate or fall. Agricultural exports, which in a good year help to offset imports, were modest in the first months of 2026 because last year's harvest was weak.

Gheorghe Voinea, president of the Association of Romanian Exporters, said high energy prices and slow VAT refunds were pushing some smaller manufacturers to the edge. "We are asked to export more while financing the state's cash flow out of our own working capital," he said. "Something has to give."

## Where the imports come from

Germany remains Romania's largest trading partner on both sides of the ledger, followed by Italy and Hungary. Roughly seven in ten euros of trade, in both directions, are with other EU member states: 72.4 per cent of exports and 71.1 per cent of imports over the four months.

Economists point to two sources of import growth. The first is the large programme of public investment financed from the EU's recovery facility, which must be spent by the end of the year. Much of the equipment for new hospitals, railway signalling and energy projects is bought abroad.

The second is household consumption, which has slowed less than the government expected after last year's tax increases. Imports of consumer electronics, clothing and processed food all rose.

## April: a small improvement

The monthly figures offered a little comfort. In April, the deficit was 2.34 billion euros, with exports of 8.12 billion and imports of 10.46 billion euros. That compared with an average monthly deficit of about 2.7 billion euros in the first quarter, when the cumulative gap was 8.08 billion euros.

Mănescu cautioned against reading too much into a single month. "Exports are growing, just not fast enough to keep up with what we buy," she said.

## Why it matters

A persistent trade deficit feeds directly into the current account deficit, which Romania must finance either with foreign investment, EU funds or borrowing. Rating agencies have repeatedly cited the twin deficits, fiscal and external, as the main weakness of the economy.

For the whole of 2025, the trade deficit was 33.1 billion euros. On current trends, 2026 will not be much better.

The next monthly trade release, covering May, is scheduled for 10 July.
"""})

TR_RADIO = _broadcast({
    "site": "Carpathian Broadcasting", "host": "carpathianbroadcast.example",
    "url": "https://carpathianbroadcast.example/economy/trade-deficit-january-april-2026",
    "headline": "Trade deficit grows again in the first four months",
    "dek": "Romania imported goods worth 10.92 billion euros more than it exported between January and April, the statistics institute said today.",
    "authors": ["Victor Enache"], "section": "Economy",
    "published": "2026-06-10T19:10:00+03:00",
    "visible_date": "10.06.2026 19:10",
    "video_len": "3:05", "video_caption": "Evening news: what the trade figures mean for exporters.",
    "image": ("econ/2026/trucks-nadlac.jpg", "Lorries queue at a border crossing",
              "Lorries at the Nădlac II crossing on the border with Hungary, one of the busiest routes for Romanian trade.", "Photo: Carpathian Broadcasting"),
    "tags": ["trade", "exports", "INS"],
    "related": ["Hauliers complain of waiting times at western border",
                "Constanța port handles more grain than expected",
                "Explainer: why the trade deficit matters for your wallet"],
    "footer_note": "Carpathian Broadcasting — radio and television for Romania and the diaspora.",
    "body": """
Romania's trade deficit grew again in the first four months of the year, according to data published this morning by the National Institute of Statistics.

Between January and April the country imported goods worth 10.92 billion euros more than it exported, the institute said on Wednesday. The deficit was larger than in the same period of last year.

Exports rose by 2.1 per cent, to 31.94 billion euros. Imports grew faster, by 3.2 per cent.

The figures were released at 9:00, as usual on the tenth day of the month.

## A familiar story

For economists, the numbers were not a surprise. Romania has imported far more than it exported for many years, and the gap has widened whenever consumers have had more money to spend.

"Exports are growing, just not fast enough to keep up with what we buy. The car plants are doing their part," Laura Mănescu, chief economist at Carpathia Bank, told Carpathian Broadcasting.

She said cars and car parts, produced in plants in Argeș and Craiova counties and by their suppliers across the country, remained by far the most important export. Machinery and transport equipment accounted for 46.8 per cent of all goods sold abroad.

The European Union remains Romania's main trading partner. Around 72 per cent of exports went to other member states.

## April brought slight relief

In April alone, the deficit was 2.34 billion euros, lower than the monthly average earlier in the year. Exports in April were worth 8.12 billion euros and imports 10.46 billion euros.

Economists said it was too early to speak of a turning point. Imports of equipment for projects paid for with European recovery funds are likely to remain high until the end of the year, when the deadline for spending the money expires.

## Exporters under pressure

At a furniture factory in Bihor county, the manager, Nicolae Sabău, told us orders from Germany and Austria had fallen by about a fifth since last autumn. "Our customers can buy the same wardrobe from a factory in Asia and still have it delivered on time," he said. "We compete on quality and speed, but energy costs us more than it costs our competitors."

Sabău said the company had postponed hiring and was relying on overtime to fill the orders it had.

Hauliers, meanwhile, complain of long waiting times at the western border, which they say add costs for exporters who depend on road transport to reach customers in Central and Western Europe.

## What it means

The trade deficit is closely watched because it is the main part of the current account deficit, which Romania must finance from abroad. Last year the trade deficit reached 33.1 billion euros.

The government has said that investments financed by EU funds will eventually make Romanian industry more competitive and reduce the need for imports. Critics say that will take years.

The institute's breakdown showed that the value of fuel imports fell compared with a year earlier, because oil was cheaper, while imports of machinery, vehicles and consumer goods rose. Food imports also increased after last year's weak harvest left farmers with less to sell at home.

Economists expect the deficit for the whole of 2026 to end up close to last year's level. Much will depend on fuel prices and on how quickly the projects paid for with European money are completed.

The leu was stable today at about 5.08 to the euro.

The statistics institute will publish figures for May on 10 July.
"""})

STORY_4 = _story("tr-KE4", "trade", "2026-06-13",
                 [_page("https://dbwire.example/markets/romania-trade-deficit-jan-apr-2026", TR_WIRE),
                  _page("https://bbj.example/economy/trade/2026/06/11/trade-deficit-imports-outrun-exports", TR_PAPER),
                  _page("https://carpathianbroadcast.example/economy/trade-deficit-january-april-2026", TR_RADIO)],
                 [("January-April trade deficit", r"10[.,]92", r"10[.,]42"),
                  ("weekday of the INS release", r"\btuesday\b", r"\bwednesday\b")])


# ===========================================================================
# rk-KE5 (CONTROL): Romanian start-up's suborbital rocket crosses 100 km.
# Facts: Stelar Dynamics (Brasov, founded 2019; CEO and co-founder Cristina Paun; chief
# engineer Victor Albu). Vultur-2: 8.6 m, liftoff mass 1,450 kg, hybrid engine "Zmeu"
# (paraffin + nitrous oxide), 32 kN, 48 s burn. Capu Midia firing range near Corbu,
# Constanta county, about 30 km north of Constanta. Launch Thursday 23 July 2026 09:42 EEST
# (06:42 UTC); window 09:00-13:00; hold for a fishing boat in the safety zone. First attempt
# Tuesday 21 July scrubbed at T-40 s (oxidiser-tank pressure sensor). Apogee 104 km (about
# 65 miles) at T+3 min 15 s; peak speed about 4,400 km/h (about 2,700 mph). Capsule 42 kg,
# five experiments, three universities; splashdown 12 min 20 s after liftoff (09:54 EEST),
# 38 km offshore (about 20 nautical miles); recovered by the Delfin III about 50 minutes later
# (~10:45). Booster not recovered. Vultur-1 reached 31 km in October 2025. Raised about EUR 14 m
# (about 71 m lei) since 2019. Vultur-3 planned for 2027 with a 100 kg payload.
# ===========================================================================

RK_WIRE = _wire({
    "site": "Balkan Wire Service", "host": "bws.example",
    "url": "https://bws.example/science/romania-startup-rocket-reaches-space-2026-07-23/",
    "headline": "Romanian start-up's rocket reaches space on second attempt",
    "dek": "Stelar Dynamics' Vultur-2 climbs to 104 km over the Black Sea; payload capsule recovered at sea.",
    "authors": ["Radu Costin"], "section": "Science",
    "published": "2026-07-23T07:30:00Z", "modified": "2026-07-23T08:20:00Z",
    "visible_date": "July 23, 2026 7:30 AM GMT",
    "updated_note": "Updated 8:20 AM GMT with capsule recovery, CEO comments",
    "image": ("2026/07/vultur-2-liftoff.jpg", "A slender rocket lifts off from a coastal pad",
              "Stelar Dynamics' Vultur-2 rocket lifts off from the Capu Midia range on the Black Sea coast.", "BWS/Ioan Ciobanu"),
    "tags": ["Romania", "Space", "Start-ups"],
    "related": ["Europe's small launcher race: who is closest to orbit",
                "Romanian Space Agency seeks bigger budget",
                "Black Sea coast towns brace for record tourist season"],
    "credit_line": "Reporting by Radu Costin; Editing by Luka Horvat",
    "body": """
CORBU, Romania, July 23 (BWS) - A suborbital rocket built by Romanian start-up Stelar Dynamics reached an altitude of 104 kilometres on Thursday, crossing the internationally recognised boundary of space on its second attempt in three days, the company said.

The 8.6-metre Vultur-2 lifted off at 09:42 local time (0642 GMT) from the Capu Midia firing range on the Black Sea coast, about 30 km north of the port city of Constanta, after a brief hold to clear a fishing boat from the safety zone offshore.

Its hybrid engine, which burns a paraffin-based fuel with nitrous oxide, fired for 48 seconds, and the rocket reached its highest point about three minutes and 15 seconds into the flight, according to telemetry shown on the company's webcast.

A 42-kg capsule carrying five experiments from three Romanian universities separated from the rocket and descended under parachutes, splashing down 38 km offshore about 12 minutes after liftoff. A recovery vessel chartered by the company, the Delfin III, lifted the capsule out of the water roughly 50 minutes later.

The spent rocket body fell into the sea and was not recovered, as planned.

## Scrubbed on Tuesday

A first launch attempt on Tuesday was called off 40 seconds before liftoff when a sensor on the oxidiser tank showed a pressure reading outside its permitted range. Engineers traced the problem to a faulty sensor rather than the tank itself and replaced it on Wednesday.

"We told people a year ago that we would touch space from a Romanian beach, and a lot of them smiled politely," Stelar Dynamics chief executive Cristina Paun told reporters at the range. "This morning the rocket did the talking."

The company says Vultur-2 is the first rocket developed privately in Romania to pass 100 km, the Karman line that is widely used to mark the edge of space. Its predecessor, Vultur-1, reached 31 km in a test flight in October 2025.

## Orbital ambitions

Founded in 2019 in Brasov, Stelar Dynamics employs about 60 people and has raised around 14 million euros from private investors and public research grants. It is one of a handful of European start-ups hoping to win a share of the growing market for launching small satellites, though it is years behind the leaders.

Paun said the next step would be Vultur-3, a larger suborbital rocket able to carry 100 kg of experiments, which the company plans to fly in 2027. An orbital launcher remains a longer-term goal.

The Romanian Space Agency congratulated the company in a statement and said the flight showed that Romania could develop launch technology of its own. The agency has supported the universities whose experiments flew on Vultur-2.

The experiments included a study of how a fluid behaves in the few minutes of weightlessness during the flight, a radiation sensor and a test of electronics designed for future small satellites. The capsule will be taken back to the universities' laboratories for analysis.

Launches from Capu Midia, a range used by the Romanian military for air-defence exercises, require the sea area off the coast to be closed to shipping and fishing, which limits how often the company can fly.

Stelar Dynamics said it would publish a full flight report within a month.
"""})

RK_LIVE = _liveblog({
    "site": "Marea Neagră TV", "host": "mareaneagratv.example",
    "url": "https://mareaneagratv.example/live/vultur-2-lansare-capu-midia",
    "headline": "Vultur-2 launch from Capu Midia: live updates",
    "dek": "Stelar Dynamics tries again to send its rocket past 100 km after Tuesday's scrub. We are at the range.",
    "authors": ["Georgiana Radu", "Mihnea Tudose"], "section": "Live",
    "published": "2026-07-23T08:30:00+03:00", "modified": "2026-07-23T11:05:00+03:00",
    "ld_type": "LiveBlogPosting",
    "visible_date": "23 July 2026, 08:30",
    "image": ("live/2026/07/vultur-2-pad-dawn.jpg", "A rocket on a launch rail at dawn",
              "Vultur-2 on its launch rail at Capu Midia early on Thursday.", "Photo: Marea Neagră TV / Sorin Ene"),
    "related": ["Tuesday's scrub: what went wrong at T-40 seconds",
                "Meet the students whose experiments are on board",
                "Corbu residents prepare for a noisy morning"],
    "footer_note": "Marea Neagră TV — news from Constanța and the coast.",
    "key_points": """
Vultur-2 lifted off at 09:42 and reached 104 km, according to Stelar Dynamics.

The payload capsule splashed down 38 km offshore and has been recovered.

The launch came two days after a scrub at T-40 seconds on Tuesday.
""",
    "entries": [
        ("08:30", "2026-07-23T08:30:00+03:00", """
Good morning from Capu Midia. We are about 3 km from the launch rail, behind the range's safety line, together with a few dozen journalists and the families of Stelar Dynamics staff.

The launch window opens at 09:00 and closes at 13:00. This is the company's second try: on Tuesday the countdown was stopped at T-40 seconds when a pressure sensor on the oxidiser tank gave a reading outside its limits. The sensor was replaced yesterday.
"""),
        ("08:52", "2026-07-23T08:52:00+03:00", """
Loading of nitrous oxide, the oxidiser for the hybrid engine, has finished, the company says. The weather is as good as it gets: light wind from the north-east, clear sky, calm sea.

Vultur-2 stands 8.6 metres tall and weighs about 1,450 kilograms fully fuelled. Its engine, called Zmeu, produces 32 kilonewtons of thrust.
"""),
        ("09:10", "2026-07-23T09:10:00+03:00", """
HOLD. The range has reported a small fishing boat inside the closed sea area. Navy patrol boats are asking it to leave. The company says it has plenty of time in the window.
"""),
        ("09:31", "2026-07-23T09:31:00+03:00", """
The boat is out of the zone. The countdown has resumed at T-10 minutes. Launch expected at 09:42 if nothing else comes up.
"""),
        ("09:42", "2026-07-23T09:42:00+03:00", """
LIFTOFF! Vultur-2 has left the rail at 09:42 with a loud crackle that reached us a few seconds later. A thin white trail is climbing fast over the sea.
"""),
        ("09:43", "2026-07-23T09:43:00+03:00", """
Engine cut-off after 48 seconds, as planned, according to the commentator on the company webcast. The rocket is coasting upwards.
"""),
        ("09:46", "2026-07-23T09:46:00+03:00", """
Apogee: 104 km, reached about three minutes and 15 seconds after liftoff, says the company. That is above the 100 km Kármán line. Applause and some tears in the press area. Top speed was around 4,400 km/h.

The capsule has separated from the rocket body and is falling back towards the sea.
"""),
        ("09:56", "2026-07-23T09:56:00+03:00", """
Parachutes opened and the capsule splashed down at 09:54, 38 km off the coast, 12 minutes and 20 seconds after liftoff. The recovery vessel Delfin III is heading to the spot. The rocket body has fallen into the sea and will not be recovered; that was always the plan.
"""),
        ("10:46", "2026-07-23T10:46:00+03:00", """
The capsule is on board the Delfin III, about 50 minutes after splashdown. Inside: 42 kg of experiments from the Politehnica University of Bucharest, Babeș-Bolyai University in Cluj-Napoca and Transilvania University of Brașov.
"""),
        ("11:05", "2026-07-23T11:05:00+03:00", """
Stelar Dynamics chief executive Cristina Păun has just spoken to reporters.

"We told people a year ago that we would touch space from a Romanian beach, and a lot of them smiled politely. This morning the rocket did the talking," she said.

Chief engineer Victor Albu said the flight had gone almost exactly as modelled. "Every number we saw today was inside the boxes we drew on the whiteboard two years ago," he said.

Păun said the company would now focus on Vultur-3, which should carry 100 kg of experiments in 2027. We are ending our live coverage here. Thank you for following.
"""),
    ],
})

RK_NEWSLETTER = _newsletter({
    "site": "Orbital Notes", "host": "orbitalnotes.example",
    "url": "https://orbitalnotes.example/2026/07/24/vultur-2-crosses-the-line",
    "headline": "Vultur-2 crosses the line: a Romanian hybrid rocket goes suborbital",
    "dek": "Stelar Dynamics reaches 104 km from the Black Sea coast. What the flight does and doesn't prove.",
    "authors": ["Hannah Ruiz"],
    "published": "2026-07-24T06:00:00Z",
    "visible_date": "24 July 2026",
    "issue_line": "Orbital Notes · European launch, weekly",
    "image": ("2026/07/vultur-2-trajectory.png", "Chart of altitude against time",
              "Altitude profile of the flight, redrawn from the company's webcast telemetry.", "Graphic: Orbital Notes"),
    "related": ["Hybrid engines: why small launch companies keep choosing them",
                "Our tracker of European small-launcher test flights",
                "Interview: the range problem for Europe's new rocket makers"],
    "signoff": "Clear skies, and see you next week. — Hannah",
    "body": """
Europe has a new name on the list of companies that have touched space. On Thursday, Stelar Dynamics of Brașov, Romania, flew its Vultur-2 sounding rocket to an apogee of 104 km (about 65 miles), comfortably above the 100 km Kármán line.

## The flight, in UTC

Liftoff came at 06:42 UTC (09:42 local time) from the Capu Midia range on Romania's Black Sea coast, after a short hold for a fishing boat that had wandered into the closed sea area.

The hybrid engine, burning paraffin with nitrous oxide, ran for 48 seconds at roughly 32 kN (about 7,200 lbf). Apogee came at T+195 seconds. Peak speed, per the company, was about 4,400 km/h, or roughly 2,700 mph.

The 42 kg payload capsule separated, deployed parachutes and splashed down about 20 nautical miles offshore, 740 seconds after liftoff. It was recovered by the chartered vessel Delfin III around 50 minutes after it hit the water. The booster was expended in the sea.

The flight came two days after the first attempt on Tuesday was scrubbed at T-40 seconds because of a bad pressure reading on the oxidiser tank. The culprit was the sensor, not the tank.

## Why it matters

Let's be clear about the scale. Vultur-2 is a sounding rocket: 8.6 m tall, 1,450 kg at liftoff, no orbital velocity, no upper stage. It is not in the same league as the small orbital launchers being developed elsewhere in Europe.

But the step from Vultur-1, which reached 31 km in October 2025, to a clean flight past 100 km is a large one, and the company did it with a team of about 60 and around €14 million raised since 2019 (roughly $16 million). That is a small budget by launch-industry standards.

CEO Cristina Păun's line to reporters on the range was the quote of the week: "We told people a year ago that we would touch space from a Romanian beach, and a lot of them smiled politely."

## The things we'll be watching

Telemetry. The company says a full flight report will follow within a month. We'd like to see chamber pressure and thrust curves, and how closely the trajectory matched predictions. Chief engineer Victor Albu said everything was "inside the boxes we drew on the whiteboard two years ago", which is a nice phrase and not yet a data set.

Cadence. Capu Midia is a military range. Every flight requires the sea area to be closed to shipping and fishing, and the company shares the range with air-defence exercises. Flying more than a few times a year will be hard.

Vultur-3. The next vehicle is meant to carry 100 kg of experiments in 2027. Scaling a hybrid motor is not trivial; several companies have found that combustion stability problems grow with size.

Payload customers. The five experiments on this flight came from three Romanian universities. Paying commercial customers will be the real test of the business.

## Bottom line

A clean, well-run test flight by a small team that had promised to do exactly this and then did it. Nothing more, and nothing less. We'll be following Vultur-3 closely.
"""})

RK_LOCAL = _local({
    "site": "Constanța Azi", "host": "constantaazi.example",
    "url": "https://constantaazi.example/stiri/corbu-racheta-vultur-2-plaja",
    "headline": "From the beach at Corbu, holidaymakers watch a rocket go to space",
    "dek": "Tourists and villagers gathered on the sand for the second attempt. This time they were not disappointed.",
    "authors": ["Elena Marinescu"], "section": "Local",
    "published": None, "time_tag": False,
    "visible_date": "Thursday, 23 July 2026",
    "weather": "Constanța 29°C, sunny, sea 24°C",
    "nav": ["Constanța", "Mamaia", "Năvodari", "Port", "Tourism", "Sport", "Opinion"],
    "image": ("2026/07/corbu-beach-spectators.jpg", "People on a beach looking at the sky",
              "Spectators on the beach at Corbu follow the rocket's trail on Thursday morning.", "Photo: Constanța Azi / Cătălin Stan"),
    "tags": ["Corbu", "Capu Midia", "rocket", "tourism"],
    "related": ["Beach season: lifeguards stretched thin in Năvodari",
                "Fishermen ask for compensation for days of closed sea",
                "Road to Corbu to be resurfaced before August"],
    "footer_note": "Constanța Azi — local news for Constanța county.",
    "body": """
By nine o'clock on Thursday morning, a long line of towels, umbrellas and folding chairs stretched along the beach at Corbu, all turned not towards the sea but towards the low grey buildings of the Capu Midia range to the north.

They had come to watch a rocket. Many had come on Tuesday too, and gone home disappointed when the launch was stopped 40 seconds before the end of the countdown.

"My children made me promise we would come back," said Adrian Munteanu, a mechanic from Bacău spending a week in a guesthouse in the village. "I thought they would get bored. They did not get bored."

At 09:42 the Vultur-2 rocket, built by the Brașov company Stelar Dynamics, left its launch rail with a sound that several people on the beach described as a long tearing of cloth, followed a few seconds later by a rumble that rolled down the coast. Within moments it was a bright point at the head of a white trail, and then it was gone.

The company later said the rocket had reached 104 kilometres, above the line that is generally accepted as the edge of space. A capsule with scientific experiments came down under parachutes in the sea, 38 kilometres from the shore, and was picked up by a boat.

## "Noise for ten seconds, then silence"

In Corbu, a village of about 5,000 people a few kilometres from the range, residents have grown used to the occasional roar of military exercises. Thursday's launch, the mayor's office said, had caused no damage and no complaints.

"Noise for ten seconds, then silence," said Maria Ghiță, who runs a shop selling beach gear near the car park. "Tourists were asking me all week when the rocket would fly. I should have sold rocket T-shirts."

Fishermen were less enthusiastic. For the launch, the sea off Capu Midia was closed to boats for the whole morning, as it had been on Tuesday. A fishing boat that entered the closed area on Thursday delayed the launch for a short while until navy patrols guided it out.

"Two mornings lost in one week, in the best season," said Costel Radu, who fishes for sprat and turbot from Corbu. "We are happy for the young people who built it. We would be happier if someone paid for our mornings."

A representative of Stelar Dynamics said the company was in talks with the county authorities about how to inform fishermen earlier about future launch dates.

## A company from the mountains, a launch site by the sea

Stelar Dynamics, founded in 2019, has its workshops in Brașov, in the Carpathians, and brings its rockets to the coast by road. Its chief executive, Cristina Păun, told reporters at the range after the flight that the company had always believed it could reach space from the Romanian coast.

"This morning the rocket did the talking," she said.

The firm's previous rocket, Vultur-1, flew from the same range in October 2025 and reached 31 kilometres. The next, Vultur-3, is planned for 2027 and will be larger.

For the tourists, the launch was an unexpected extra on a summer holiday. For the village, it may become something more. Local businesses have already asked the mayor whether the next launch could be announced in advance, with a viewing area and parking, so that visitors know when to come.
"""})

STORY_5 = _story("rk-KE5", "rocket", "2026-07-26",
                 [_page("https://bws.example/science/romania-startup-rocket-reaches-space-2026-07-23/", RK_WIRE),
                  _page("https://mareaneagratv.example/live/vultur-2-lansare-capu-midia", RK_LIVE),
                  _page("https://orbitalnotes.example/2026/07/24/vultur-2-crosses-the-line", RK_NEWSLETTER),
                  _page("https://constantaazi.example/stiri/corbu-racheta-vultur-2-plaja", RK_LOCAL)],
                 [])


# ===========================================================================
# eq-KE6 (PLANTED): earthquake near Cerrik / Elbasan, central Albania.
# Facts: Saturday 19 September 2026, 03:47 CEST (01:47 UTC). Institute of Geosciences (IGEO):
# preliminary 5.9, revised to 5.8; EMSC 5.7; depth 12 km. Epicentre near Cerrik, about 14 km
# south-west of Elbasan, about 45 km south-east of Tirana. Strongest aftershock M4.6 at 05:12
# CEST (03:12 UTC); 43 aftershocks by 18:00. Tolls by moment: 06:30 2 dead / 31 injured;
# 07:10 2 / 48; 09:50 4 / 76; 11:20 4 / 89; 13:10 5 / 102; 19:30 5 / 117; Sunday morning
# 6 dead (a 71-year-old died overnight in a Tirana hospital) / 131 treated, 22 still in
# hospital. About 1,900 people spent the night in tents or public buildings; 640 buildings
# inspected by Saturday night, 212 unsafe (17:00: 410 inspected, 150 unsafe). Arben Doko,
# head of the National Civil Protection Agency; Elbasan mayor Mirela Kuka; Cerrik mayor
# Ilir Bregu. Schools in Elbasan and Cerrik closed on Monday 21 September.
# PLANTED: Elbasan Sot gives the time as 03:27 (others 03:47 / 01:47 UTC);
#          Albanian Daily Observer calls Doko "deputy interior minister" (others: head of
#          the National Civil Protection Agency / civil protection chief).
# ===========================================================================

EQ_WIRE = _wire({
    "site": "Adriatic Press Agency", "host": "adriapress.example",
    "url": "https://adriapress.example/en/news/albania-earthquake-elbasan-cerrik-2026-09-19",
    "headline": "Strong earthquake in central Albania kills two, damages houses near Elbasan",
    "dek": "Magnitude 5.8 quake strikes before dawn near Cerrik; dozens injured, buildings damaged across Elbasan county.",
    "authors": ["Erion Shehu"], "section": "Europe",
    "published": "2026-09-19T05:10:00Z",
    "visible_date": "19 September 2026 | 05:10 GMT",
    "image": ("2026/09/cerrik-damaged-house.jpg", "Rescuers beside a partly collapsed house",
              "Rescuers search a damaged house in Cerrik on Saturday morning.", "APA/Besnik Lala"),
    "tags": ["Albania", "Earthquakes", "Disasters"],
    "related": ["Factbox: Albania's earthquake risk and building rules",
                "EU offers emergency help to Albania",
                "How seismologists measure an earthquake's magnitude"],
    "credit_line": "Reporting by Erion Shehu; Editing by Mirna Babić",
    "body": """
TIRANA, Sept 19 (APA) - A strong earthquake struck central Albania before dawn on Saturday, killing two people, injuring at least 48 and damaging dozens of houses in and around the towns of Cerrik and Elbasan, officials said.

The quake hit at 03:47 local time (0147 GMT) with its epicentre about 14 km south-west of Elbasan, near Cerrik, at a depth of 12 km, according to Albania's Institute of Geosciences (IGEO). The institute initially put the magnitude at 5.9 and later revised it to 5.8. The European-Mediterranean Seismological Centre (EMSC) measured it at 5.7.

The two dead were an elderly couple whose house collapsed in the village of Shales, outside Cerrik, the National Civil Protection Agency said. Most of the injured had cuts and fractures from falling masonry or from jumping from windows and balconies, and were taken to hospitals in Elbasan and Tirana.

"Our teams reached Cerrik within the hour, and we are going house by house," Arben Doko, head of the National Civil Protection Agency, told the Tirana Vision broadcaster. He said the toll could rise as rescuers reached outlying villages.

## Felt in Tirana and beyond

The tremor lasted around 15 seconds and was felt strongly in Tirana, about 45 km to the north-west, where many residents ran into the streets in their nightclothes and stayed outside until daybreak. It was also felt in the port city of Durres, in Korce in the south-east, and across the border in Ohrid in North Macedonia.

A 4.6-magnitude aftershock at 05:12 local time (0312 GMT) caused further alarm and brought down the remains of some already damaged walls in Cerrik, residents said. IGEO recorded more than 20 smaller aftershocks in the first three hours.

Images broadcast by local television showed collapsed roofs and walls in the older part of Cerrik, cracked facades on apartment blocks in Elbasan, and cars crushed by falling bricks. Power was cut in parts of Elbasan county and was being restored gradually.

The Elbasan regional hospital said it had set up beds in a corridor and called in off-duty staff.

In Elbasan, families gathered in the main square and in parks, wrapped in blankets, and many said they would not go back into their flats until engineers had checked them. Shops and cafes stayed shut through the morning, and the municipality said it would open the city's sports hall as a shelter.

## Government response

The government held an emergency meeting early on Saturday and said army units had been sent to help with search and rescue and to set up tents for families whose homes were unsafe. The interior ministry said police had closed roads into the centre of Cerrik to allow emergency vehicles through.

Engineers were to begin inspecting buildings later on Saturday, starting with schools, hospitals and apartment blocks.

Albania lies in one of the most seismically active zones in Europe, where the Adriatic plate pushes against the Eurasian plate, and moderate earthquakes are frequent. Many older houses in rural areas are built of brick or stone without reinforcement, which makes them vulnerable even in quakes of moderate strength.

The European Union's civil protection mechanism said it was in contact with Albanian authorities and ready to send help if asked.
"""})

EQ_LIVE = _liveblog({
    "site": "Tirana Vision", "host": "tiranavision.example",
    "url": "https://tiranavision.example/live/termet-elbasan-cerrik-19-shtator",
    "headline": "Earthquake in central Albania: live updates",
    "dek": "A strong earthquake centred near Cërrik has caused deaths and damage in Elbasan county. Follow the latest.",
    "authors": ["Tirana Vision newsroom"], "section": "Live",
    "published": "2026-09-19T04:02:00+02:00", "modified": "2026-09-19T19:30:00+02:00",
    "ld_type": "LiveBlogPosting",
    "visible_date": "19.09.2026, 04:02",
    "image": ("live/2026/09/elbasan-night-street.jpg", "People standing in a street at night",
              "Residents of Elbasan wait outside their apartment blocks after the earthquake.", "Photo: Tirana Vision / Arjan Meta"),
    "related": ["What to do during an aftershock",
                "Where to donate: verified appeals for Elbasan county",
                "Map: the epicentre and the worst-hit villages"],
    "footer_note": "Tirana Vision — television and online news.",
    "key_points": """
An earthquake of magnitude 5.8 struck at 03:47 near Cërrik, about 14 km south-west of Elbasan.

Five people have died and 117 have been injured, according to the latest official figures.

The strongest aftershock so far, magnitude 4.6, came at 05:12.

Schools in Elbasan and Cërrik will stay closed on Monday.
""",
    "entries": [
        ("04:02", "2026-09-19T04:02:00+02:00", """
A strong earthquake was felt in Tirana and across central Albania at 03:47. In our building in Tirana the shaking lasted for what felt like a long time. Many people are in the streets. We are gathering information and will update this page.
"""),
        ("04:15", "2026-09-19T04:15:00+02:00", """
First data from the Institute of Geosciences (IGEO): preliminary magnitude 5.9, epicentre near Cërrik, about 14 km south-west of Elbasan, depth 12 km.
"""),
        ("04:40", "2026-09-19T04:40:00+02:00", """
IGEO has revised the magnitude to 5.8. The European-Mediterranean Seismological Centre gives 5.7. Readers report the quake was felt in Durrës, Korçë and Ohrid.
"""),
        ("05:14", "2026-09-19T05:14:00+02:00", """
Another strong jolt just now. IGEO says it was an aftershock of magnitude 4.6 at 05:12, in the same area. Please stay away from damaged buildings.
"""),
        ("06:30", "2026-09-19T06:30:00+02:00", """
The National Civil Protection Agency confirms the first deaths: an elderly couple in the village of Shalës, near Cërrik, whose house collapsed on them. The agency says 31 people have been taken to hospital.
"""),
        ("07:05", "2026-09-19T07:05:00+02:00", """
Arben Doko, head of the National Civil Protection Agency, spoke to Tirana Vision by phone from Cërrik: "Our teams reached Cërrik within the hour, and we are going house by house." He said some villages in the hills had not yet been reached because of rockfalls on the roads.
"""),
        ("09:50", "2026-09-19T09:50:00+02:00", """
The toll has risen to four. Rescuers pulled the bodies of two men from a collapsed two-storey house in the old centre of Cërrik. The number of injured is now 76, the health ministry says.
"""),
        ("12:40", "2026-09-19T12:40:00+02:00", """
Civil protection chief Arben Doko at a news conference in Elbasan: "Every family that cannot sleep at home tonight will have a roof, a bed and a hot meal. Nobody will be left to sort this out alone." Army tents are going up in the stadium in Cërrik and in two parks in Elbasan.
"""),
        ("13:10", "2026-09-19T13:10:00+02:00", """
Sad news: a 64-year-old woman who was brought to the Elbasan regional hospital with head injuries has died. The toll now stands at five dead and 102 injured, the health ministry says.
"""),
        ("15:20", "2026-09-19T15:20:00+02:00", """
Cërrik's mayor, Ilir Bregu, told our reporter in the town: "The old houses in the centre of Cërrik took the worst of it. Some were built before anyone here had heard of building codes." He said the town's water supply was working again.
"""),
        ("17:00", "2026-09-19T17:00:00+02:00", """
Engineers have so far inspected 410 buildings in Elbasan county, the civil protection agency says, and declared 150 of them unsafe to live in. Tents and beds have been prepared for about 1,200 people so far.
"""),
        ("18:05", "2026-09-19T18:05:00+02:00", """
IGEO says it has recorded 43 aftershocks since the main shock. The strongest remains the 4.6 at 05:12. Seismologists say further aftershocks are likely in the coming days but expect them to be weaker.
"""),
        ("19:30", "2026-09-19T19:30:00+02:00", """
Latest official figures: five dead, 117 injured, of whom 30 are still in hospital. The education ministry says schools in Elbasan and Cërrik will stay closed on Monday so that engineers can check every building.

We are closing the live page for tonight. Our coverage continues on the main news pages.
"""),
    ],
})

EQ_LOCAL = _local({
    "site": "Elbasan Sot", "host": "elbasansot.example",
    "url": "https://elbasansot.example/lajme/termeti-cerrik-elbasan-dem",
    "headline": "Night of fear in Elbasan and Cërrik: four dead, houses in ruins",
    "dek": "The earthquake that woke the county before dawn has left four people dead and dozens injured. Our reporters are in Cërrik, Shalës and the city centre.",
    "authors": ["Blerina Çela", "Gent Muça"], "section": "News",
    "published": "2026-09-19T11:20:00+02:00",
    "visible_date": "19/09/2026 11:20",
    "weather": "Elbasan 24°C, clear",
    "nav": ["Elbasan", "Cërrik", "Librazhd", "Gramsh", "Economy", "Sport", "Culture"],
    "image": ("2026/09/shales-collapsed-house.jpg", "Ruins of a stone house in a village",
              "What is left of the house in Shalës where an elderly couple died.", "Photo: Elbasan Sot"),
    "tags": ["earthquake", "Cërrik", "Elbasan", "civil protection"],
    "related": ["List of emergency shelters in Elbasan",
                "Hospital asks for blood donors",
                "Which roads are closed after the earthquake"],
    "footer_note": "Elbasan Sot — news from Elbasan and the surrounding districts.",
    "body": """
It was 03:27 when the ground began to shake. In Elbasan, people ran out of their flats in pyjamas and bare feet, carrying children and telephones. In Cërrik, a few kilometres away, many did not have time to run.

By late morning the earthquake had claimed four lives, according to the National Civil Protection Agency. An elderly couple died when their stone house collapsed in the village of Shalës, and two men were found dead under the ruins of a house in the old centre of Cërrik. The regional hospital in Elbasan and hospitals in Tirana have treated 89 people for injuries, most of them cuts, broken bones and head injuries.

The Institute of Geosciences measured the earthquake at magnitude 5.8, after first giving 5.9. The epicentre was close to Cërrik, about 14 kilometres south-west of Elbasan, at a depth of 12 kilometres. At 05:12, a strong aftershock of magnitude 4.6 sent people who had gone back inside out into the streets again.

## In Cërrik: "The whole street came down"

Our reporter reached Cërrik soon after dawn. In the streets around the old market, several two-storey houses built of brick and stone had lost their upper floors. Roof tiles and beams covered the pavement. Rescuers from the civil protection agency and soldiers dug with their hands and with a single excavator.

"The whole street came down in a few seconds," said Fatos Hysa, 52, who lives in one of the few houses on the street that is still standing. "I heard my neighbours shouting and then I heard nothing. That was the worst part."

Hysa and his family spent the rest of the night in their car. Like hundreds of others in the town, they do not know when they will be allowed to go home.

## In Elbasan: cracks and fear

In Elbasan itself, the damage is less severe but widespread. Facades have cracked on several apartment blocks built in the 1970s and 1980s, chimneys have fallen, and a wall of the old fortress near the main gate has partly collapsed. Power was cut in several neighbourhoods during the night.

Mayor Mirela Kuka said the municipality had opened the sports hall and two schools as shelters and was distributing water and blankets. "If you are not sure your building is safe, do not go back in until an engineer has seen it," she said in a video message.

## Civil protection: "We are going house by house"

Arben Doko, head of the National Civil Protection Agency, arrived in Cërrik early in the morning. "Our teams reached Cërrik within the hour, and we are going house by house," he told reporters. He warned that some villages in the hills had not yet been reached because rockfalls were blocking the roads.

The agency has asked residents to report damaged buildings through the municipal offices and to keep phone lines free for emergencies.

## What you need to know

Shelters are open in the Elbasan sports hall, in two schools in the city centre and in the stadium in Cërrik, where the army is putting up tents.

The regional hospital is asking for blood donors of all groups.

Seismologists warn that more aftershocks are likely in the coming days. Residents should stay away from damaged buildings and avoid standing close to walls and chimneys.

We will update this article as more information comes in.
"""})

EQ_PAPER = _paper({
    "site": "Albanian Daily Observer", "host": "albobserver.example",
    "url": "https://albobserver.example/news/2026/09/20/elbasan-earthquake-toll-rises-to-six",
    "headline": "Earthquake toll rises to six as Elbasan county counts the damage",
    "dek": "A man injured in Saturday's quake died overnight in Tirana. Nearly 1,900 people spent the night away from home.",
    "authors": ["Dritan Kola", "Anila Zeneli"], "section": "Albania",
    "edition": "Sunday edition",
    "nav": ["Albania", "Politics", "Economy", "Balkans", "World", "Opinion", "Culture"],
    "published": "2026-09-20T07:00:00+02:00",
    "visible_date": "Sunday 20 September 2026",
    "image": ("2026/09/cerrik-stadium-tents.jpg", "Rows of army tents on a football pitch",
              "Army tents on the football pitch in Cërrik on Saturday evening.", "Photo: Albanian Daily Observer / Ermal Dedja"),
    "tags": ["Earthquake", "Elbasan", "Cërrik", "Emergency"],
    "related": ["Editorial: the houses we keep building on faith",
                "How to check whether your building is safe",
                "Businesses in Elbasan count the cost"],
    "footer_note": "Albanian Daily Observer — news from Albania in English.",
    "body": """
The death toll from Saturday's earthquake in central Albania rose to six overnight, after a 71-year-old man who had been pulled from the rubble of his house in Cërrik died in a hospital in Tirana, the health ministry said on Sunday morning.

The earthquake, of magnitude 5.8 according to the Institute of Geosciences, struck at 03:47 on Saturday, when most people were asleep. Its epicentre was near Cërrik, a town of old brick and stone houses about 14 kilometres south-west of Elbasan.

In all, 131 people have been treated in hospital for injuries, the ministry said, and 22 remained in hospital on Sunday morning, three of them in intensive care.

Nearly 1,900 people spent Saturday night in army tents, in sports halls and schools, or with relatives, because their homes had been damaged or they were afraid to go back inside.

## Counting the damage

By late on Saturday, teams of engineers had inspected 640 buildings in Elbasan county and declared 212 of them unsafe to live in, most of them in Cërrik and the surrounding villages. Inspections were due to continue on Sunday, with priority given to schools before pupils return.

Schools in Elbasan and Cërrik will stay closed on Monday.

Deputy Interior Minister Arben Doko, who has been coordinating the rescue operation from Cërrik since early on Saturday, said the government would pay for temporary accommodation for every family whose home was declared unsafe.

"Every family that cannot sleep at home tonight will have a roof, a bed and a hot meal," Doko told a news conference in Elbasan on Saturday afternoon.

Doko said the search for people under rubble had ended by Saturday evening, with all residents in the damaged areas of Cërrik and the nearby villages accounted for.

## A town that was not built for this

In Cërrik, the damage is concentrated in the old centre, where houses built decades ago without reinforced concrete gave way. The town's mayor, Ilir Bregu, said on Saturday that some of them "were built before anyone here had heard of building codes".

Elsewhere in the county, the pattern was similar. In the village of Shalës, where an elderly couple died when their house collapsed in the first minutes after the quake, almost every older house has cracks in its walls.

In Elbasan, the damage was lighter but spread over a larger area. The Elbasan mayor, Mirela Kuka, said about 40 apartment blocks had visible cracks and would be inspected in the coming days. Part of a wall of the city's old fortress collapsed.

## Aftershocks

The Institute of Geosciences said it had recorded 43 aftershocks by Saturday evening. The strongest, of magnitude 4.6, came at 05:12, about an hour and a half after the main shock, and brought down several walls that had already been weakened.

Seismologists at the institute said the earthquake had occurred on a known fault system and that further aftershocks were likely over the coming weeks, though most would be too weak to be felt. The European-Mediterranean Seismological Centre had measured the main shock at 5.7.

## Help from abroad

Neighbouring countries offered assistance on Saturday. North Macedonia and Kosovo sent teams of engineers, and the European Union said it was ready to provide tents and emergency supplies through its civil protection mechanism.

The government said it would announce a reconstruction plan within two weeks, after the inspections were complete. Opposition politicians called for a public review of how building permits had been issued in the county over the past two decades.

For many families in Cërrik, the more urgent question is where they will live when the nights turn cold. The army tents on the town's football pitch were full on Saturday night.
"""})

STORY_6 = _story("eq-KE6", "earthquake", "2026-09-22",
                 [_page("https://adriapress.example/en/news/albania-earthquake-elbasan-cerrik-2026-09-19", EQ_WIRE),
                  _page("https://tiranavision.example/live/termet-elbasan-cerrik-19-shtator", EQ_LIVE),
                  _page("https://elbasansot.example/lajme/termeti-cerrik-elbasan-dem", EQ_LOCAL),
                  _page("https://albobserver.example/news/2026/09/20/elbasan-earthquake-toll-rises-to-six", EQ_PAPER)],
                 [("time of the main shock", r"\b0?3[:.]27\b", r"\b0?3[:.]47\b"),
                  ("Arben Doko's title", r"deputy interior minister", r"civil protection")])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
