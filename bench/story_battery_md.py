"""Part MD of the story battery (web pages).

Written by engineer MD1 on 2026-12-07 (twenty-third session, twentieth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py MD`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-MD1 (CONTROL): Turkey's central bank cuts its one-week repo rate by 150 basis points to 35.5% on Thursday 16 April 2026; traps: bps vs "a point and a half" vs percentage points, 2 p.m. Ankara = 1100 GMT = 3 p.m. UAE = noon London, lira quoted at different moments of the day, the January and March cuts, the overnight corridor rates (old overnight borrowing rate 35.5% = new policy rate), poll medians, CPI, expectations, targets, next meeting.
el-MD2 (PLANTED: the day the former mayor resigned, 3 March vs 13 March; the winner's final vote share, 46.8% vs 48.6%): a special mayoral election in Rehovot, Israel, on Tuesday 12 May 2026; traps: turnout at 6 p.m./8 p.m./close, partial counts (47.9% with 71% counted, 46.9% before double envelopes), the 2024 result, a pre-election poll, the 40% runoff threshold and a runoff date that never happened, acting vs deputy mayor, IDT vs GMT.
ct-MD3 (PLANTED: the vote split, 9-6 vs 8-7 with six vs seven dissenters; the delay before the annulment takes effect, nine months vs six months): Turkey's Constitutional Court strikes down a coastal-construction provision, decided 25 June and published in the Official Gazette on Tuesday 4 August 2026; traps: decision vs publication vs effective dates, a second provision upheld 11-4, marina leases 29 vs 49 years, 312 permits vs 187 in two provinces vs some 240 built facilities, relative weekdays.
tr-MD4 (CONTROL): Turkey's September 2026 export figures announced on Saturday 3 October 2026 (exports $23.41bn, +6.8%); traps: rounding ($23.4bn, 23.41 billion dollars), euro and lira conversions, parity-adjusted growth, deficit narrowing in % vs coverage ratio in points, nine-month and 12-month totals, the annual target, sector and country parts, August and September 2025 look-alikes, local time vs GMT, a page with no date.
rk-MD5 (PLANTED: the satellite's mass, 165 kg vs 185 kg; the title of Sahm Space's head, chief executive vs chief operating officer): an Electron rocket launches the Emirati radar satellite Sahm-1 from New Zealand's Mahia Peninsula at 23:42 UTC Wednesday 18 November 2026; traps: the same moment as Thursday 12:42 p.m. NZDT and Thursday 3:42 a.m. UAE, a scrubbed attempt told as Tuesday or Wednesday, kg/lb and km/miles, deployment and first-contact times, the rocket's capacity, a heavier future satellite, funding figures.
eq-MD6 (CONTROL): a magnitude 6.1 (AFAD) earthquake in Malatya province's Puturge district at 02:41 local time on Sunday 9 November 2025 (23:41 GMT Saturday); traps: magnitudes and depths from different agencies, the toll rising from 2 to 12 dead and 68 to 471 injured over a day, injured vs still in hospital, aftershock counts and the largest aftershock, collapsed vs heavily damaged buildings, km vs miles, the 2020 and 2023 quakes.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "MD", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page templates.  Body paragraphs use a tiny mark-up: "## " starts a sub-heading,
# "> " a pull quote, "* " a bullet; anything else is a paragraph.  Text is escaped.
# ---------------------------------------------------------------------------

def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _a(s: str) -> str:
    return html.escape(s, quote=True)


def _body(paras: list[str], ad_every: int = 0, ad_html: str = "") -> str:
    out: list[str] = []
    bullets: list[str] = []
    n = 0

    def flush() -> None:
        if bullets:
            out.append("<ul class=\"art-list\">" + "".join(f"<li>{_e(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for p in paras:
        if p.startswith("* "):
            bullets.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pull\"><p>{_e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_e(p)}</p>")
            n += 1
            if ad_every and n % ad_every == 0:
                out.append(ad_html)
    flush()
    return "\n".join(out)


def _share(url: str) -> str:
    u = _a(url)
    return ("<div class=\"share-bar\" aria-label=\"Share this article\">"
            f"<a href=\"https://www.facebook.example/sharer?u={u}\">Facebook</a>"
            f"<a href=\"https://x.example/intent/post?url={u}\">X</a>"
            f"<a href=\"https://www.linkedin.example/share?url={u}\">LinkedIn</a>"
            f"<a href=\"https://wa.example/send?text={u}\">WhatsApp</a>"
            "<button class=\"copy-link\">Copy link</button></div>")


def _cookie(site: str) -> str:
    return ("<div id=\"cookie-consent\" class=\"cmp-banner\" role=\"dialog\">"
            f"<p>{_e(site)} and our partners use cookies and similar technologies to run this site, "
            "measure audiences and show personalised advertising. You can accept, refuse or choose "
            "your settings at any time via Privacy settings at the bottom of each page.</p>"
            "<button>Accept all</button><button>Refuse</button><button>Manage settings</button></div>")


def _ad(slot: str, label: str = "Advertisement") -> str:
    return (f"<aside class=\"ad-slot\" id=\"{_a(slot)}\"><span class=\"ad-label\">{_e(label)}</span>"
            "<div class=\"ad-frame\" data-size=\"300x250\"></div></aside>")


def _related(title: str, items: list[tuple[str, str]]) -> str:
    lis = "".join(f"<li><a href=\"{_a(h)}\">{_e(t)}</a></li>" for t, h in items)
    return f"<section class=\"related\"><h3>{_e(title)}</h3><ul>{lis}</ul></section>"


def _head(title: str, desc: str, url: str, site: str, extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_e(title)}</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta name=\"description\" content=\"{_a(desc)}\">\n"
            f"<link rel=\"canonical\" href=\"{_a(url)}\">\n"
            f"<meta property=\"og:site_name\" content=\"{_a(site)}\">\n"
            f"<meta property=\"og:title\" content=\"{_a(title.split(' | ')[0])}\">\n"
            f"<meta property=\"og:description\" content=\"{_a(desc)}\">\n"
            f"<meta property=\"og:url\" content=\"{_a(url)}\">\n"
            "<meta property=\"og:type\" content=\"article\">\n"
            "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
            f"{extra}"
            "<link rel=\"stylesheet\" href=\"/static/css/main.min.css\">\n"
            "<script async src=\"/static/js/consent.js\"></script>\n"
            "</head>\n")


def _wire(*, url: str, site: str, short: str, headline: str, desc: str, dateline: str,
          byline: str, credits: str, published: str, updated: str | None, visible: str,
          body: list[str], related: list[tuple[str, str]], section: str = "World") -> str:
    """Wire-agency template: slim header, dateline lead, meta article times."""
    extra = f"<meta property=\"article:published_time\" content=\"{_a(published)}\">\n"
    if updated:
        extra += f"<meta property=\"article:modified_time\" content=\"{_a(updated)}\">\n"
    extra += f"<meta property=\"article:section\" content=\"{_a(section)}\">\n"
    paras = list(body)
    paras[0] = f"{dateline} ({short}) - " + paras[0]
    return (_head(f"{headline} | {site}", desc, url, site, extra) +
            "<body class=\"wire story\">\n" + _cookie(site) +
            f"<header class=\"wire-top\"><a class=\"logo\" href=\"/\">{_e(site)}</a>"
            "<nav><a href=\"/world\">World</a><a href=\"/business\">Business</a><a href=\"/markets\">Markets</a>"
            "<a href=\"/middle-east\">Middle East</a><a href=\"/science\">Science</a><a href=\"/pictures\">Pictures</a>"
            "<a href=\"/subscribe\">For clients</a></nav></header>\n"
            f"<main><article><p class=\"kicker\">{_e(section)}</p><h1>{_e(headline)}</h1>"
            f"<div class=\"meta\"><span class=\"byline\">{_e(byline)}</span> <span class=\"time\">{_e(visible)}</span></div>"
            + _share(url) + "<div class=\"story-body\">" + _body(paras, 4, _ad("wire-mid")) + "</div>"
            f"<p class=\"credits\">{_e(credits)}</p>"
            "<p class=\"standards\">Our Standards: The Trust Principles.</p></article>"
            + _related("More from " + site, related) + "</main>\n"
            f"<footer><p>All quotes delayed a minimum of 15 minutes. &copy; {published[:4]} {_e(site)}. All rights reserved.</p>"
            "<a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Privacy settings</a> <a href=\"/terms\">Terms of use</a></footer>\n"
            "</body>\n</html>\n")


def _paper(*, url: str, site: str, section: str, headline: str, dek: str, author: str,
           published: str, modified: str | None, visible: str, caption: str, credit: str,
           body: list[str], related: list[tuple[str, str]], most_read: list[str]) -> str:
    """Newspaper template: JSON-LD NewsArticle, figure, ads, newsletter box, most read."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": published, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
    if modified:
        ld["dateModified"] = modified
    extra = ("<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False) + "</script>\n")
    nav = "".join(f"<a href=\"/{s.lower().replace(' ', '-')}\">{s}</a>" for s in
                  ["News", "Politics", "Business", "World", "Opinion", "Culture", "Sport", "Life"])
    mr = "".join(f"<li>{_e(t)}</li>" for t in most_read)
    return (_head(f"{headline} | {site}", dek, url, site, extra) +
            "<body class=\"newspaper article-page\">\n" + _cookie(site) +
            "<div class=\"topbar\"><a href=\"/subscribe\">Subscribe</a> <a href=\"/epaper\">E-paper</a> <a href=\"/login\">Sign in</a></div>"
            f"<header class=\"masthead\"><a class=\"logo\" href=\"/\">{_e(site)}</a><nav class=\"main-nav\">{nav}</nav></header>\n"
            + _ad("leaderboard-top") +
            f"<main class=\"layout\"><article class=\"article\"><nav class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"#\">{_e(section)}</a></nav>"
            f"<h1 class=\"headline\">{_e(headline)}</h1><p class=\"standfirst\">{_e(dek)}</p>"
            f"<div class=\"byline\">By <a rel=\"author\" href=\"#\">{_e(author)}</a> <time>{_e(visible)}</time></div>"
            + _share(url) +
            f"<figure class=\"lead-image\"><img src=\"/img/lead.jpg\" alt=\"{_a(caption)}\"><figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span></figcaption></figure>"
            "<div class=\"article-body\">" + _body(body, 3, _ad("in-article", "Advertisement")) + "</div>"
            "<div class=\"newsletter-box\"><h4>Get the morning briefing</h4><p>The day's essential stories, in your inbox before 7 a.m. Free for registered readers.</p>"
            "<input type=\"email\" placeholder=\"Your email address\"><button>Sign up</button></div>"
            + _share(url) + "</article>"
            "<aside class=\"rail\">" + _related("Related stories", related) +
            f"<section class=\"most-read\"><h3>Most read</h3><ol>{mr}</ol></section>" + _ad("rail-mpu") + "</aside></main>\n"
            f"<footer class=\"site-footer\"><p>&copy; {_e(site)}. Reproduction without permission is prohibited.</p>"
            "<a href=\"/about\">About us</a> <a href=\"/contact\">Contact</a> <a href=\"/advertise\">Advertise</a> <a href=\"/privacy\">Privacy policy</a> <a href=\"/cookies\">Cookie settings</a></footer>\n"
            "</body>\n</html>\n")


def _tv(*, url: str, site: str, headline: str, dek: str, visible: str, byline: str,
        caption: str, credit: str, body: list[str], related: list[tuple[str, str]]) -> str:
    """Broadcaster template: video player, 'watch live' strip, visible date only."""
    return (_head(f"{headline} - {site}", dek, url, site, "") +
            "<body class=\"broadcaster\">\n" + _cookie(site) +
            f"<header class=\"tv-header\"><a class=\"logo\" href=\"/\">{_e(site)}</a>"
            "<nav><a href=\"/news\">News</a><a href=\"/business\">Business</a><a href=\"/programmes\">Programmes</a>"
            "<a href=\"/video\">Video</a><a class=\"live\" href=\"/live\">&#9679; Watch live</a></nav></header>\n"
            "<div class=\"breaking-ticker\"><span>LATEST</span> Markets wrap at the top of the hour &middot; Weather: see the regional forecast</div>\n"
            f"<main><article><h1>{_e(headline)}</h1><p class=\"summary\">{_e(dek)}</p>"
            f"<div class=\"article-meta\"><span>{_e(byline)}</span> &middot; <span class=\"date\">{_e(visible)}</span></div>"
            f"<div class=\"video-player\" data-duration=\"02:14\"><img src=\"/img/poster.jpg\" alt=\"\"><p class=\"vcaption\">{_e(caption)} <span class=\"credit\">{_e(credit)}</span></p></div>"
            + _share(url) + "<div class=\"article-text\">" + _body(body, 5, _ad("tv-inline")) + "</div></article>"
            + _related("Watch and read next", related) + _ad("tv-footer-ad", "Advertisement") + "</main>\n"
            f"<footer><p>&copy; {_e(site)}</p><a href=\"/schedule\">TV schedule</a> <a href=\"/apps\">Get the app</a> <a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookies</a></footer>\n"
            "</body>\n</html>\n")


def _newsletter(*, url: str, site: str, issue: str, headline: str, visible: str, author: str,
                body: list[str], related: list[tuple[str, str]], tagline: str) -> str:
    """Trade-newsletter template: issue header, subscriber wall note, visible date only."""
    return (_head(f"{headline} | {site}", tagline, url, site, "") +
            "<body class=\"newsletter-archive\">\n" + _cookie(site) +
            f"<header class=\"nl-head\"><a class=\"logo\" href=\"/\">{_e(site)}</a><p class=\"tagline\">{_e(tagline)}</p>"
            "<nav><a href=\"/archive\">Archive</a><a href=\"/data\">Data</a><a href=\"/events\">Events</a><a href=\"/pricing\">Subscribe</a></nav></header>\n"
            f"<main><div class=\"issue-meta\"><span>{_e(issue)}</span> &middot; <span>{_e(visible)}</span></div>"
            f"<article><h1>{_e(headline)}</h1><p class=\"author\">{_e(author)}</p>"
            "<div class=\"nl-body\">" + _body(body, 6, _ad("nl-sponsor", "Advertisement - sponsored message")) + "</div></article>"
            "<div class=\"paywall-note\">You are reading a free archive issue. Subscribers receive the full daily edition, data tables and analyst notes.</div>"
            + _related("In the archive", related) + "</main>\n"
            f"<footer><p>{_e(site)} is an independent publication. Unsubscribe at any time.</p><a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookie preferences</a></footer>\n"
            "</body>\n</html>\n")


def _live(*, url: str, site: str, headline: str, dek: str, published: str, modified: str,
          key_points: list[str], entries: list[tuple[str, str, list[str]]],
          related: list[tuple[str, str]], authors: str) -> str:
    """Live-blog template: newest entry first, each with its own time stamp."""
    extra = (f"<meta property=\"article:published_time\" content=\"{_a(published)}\">\n"
             f"<meta property=\"article:modified_time\" content=\"{_a(modified)}\">\n")
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    posts = []
    for i, (t, h, paras) in enumerate(entries):
        posts.append(f"<div class=\"live-post\"><time class=\"post-time\">{_e(t)}</time>"
                     + (f"<h3>{_e(h)}</h3>" if h else "") + _body(paras) + "</div>")
        if i == 2:
            posts.append(_ad("live-mid"))
    return (_head(f"{headline} | {site}", dek, url, site, extra) +
            "<body class=\"liveblog\">\n" + _cookie(site) +
            f"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{_e(site)}</a><nav><a href=\"/\">Home</a><a href=\"/local\">Local</a>"
            "<a href=\"/politics\">Politics</a><a href=\"/business\">Business</a><a href=\"/weather\">Weather</a></nav></header>\n"
            f"<main><article class=\"live\"><span class=\"live-badge\">LIVE</span><h1>{_e(headline)}</h1><p class=\"dek\">{_e(dek)}</p>"
            f"<p class=\"authors\">{_e(authors)}</p>" + _share(url) +
            f"<section class=\"key-points\"><h2>Key points</h2><ul>{kp}</ul></section>"
            "<div class=\"live-feed\">" + "\n".join(posts) + "</div></article>"
            + _related("More coverage", related) + "</main>\n"
            f"<footer><p>&copy; {_e(site)}</p><a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookie settings</a> <a href=\"/contact\">Send us a tip</a></footer>\n"
            "</body>\n</html>\n")


def _local(*, url: str, site: str, headline: str, dek: str, byline: str, visible: str | None,
           caption: str, credit: str, body: list[str], related: list[tuple[str, str]],
           weather: str) -> str:
    """Local-news template: community notices, weather widget, sometimes no date at all."""
    date_html = f"<p class=\"posted\">{_e(visible)}</p>" if visible else ""
    return (_head(f"{headline} | {site}", dek, url, site, "") +
            "<body class=\"local-news\">\n" + _cookie(site) +
            f"<div class=\"weather-widget\">{_e(weather)}</div>"
            f"<header><a class=\"logo\" href=\"/\">{_e(site)}</a><nav><a href=\"/news\">News</a><a href=\"/community\">Community</a>"
            "<a href=\"/sport\">Sport</a><a href=\"/notices\">Notices</a><a href=\"/classifieds\">Classifieds</a></nav></header>\n"
            + _ad("local-top") +
            f"<main><article><h1>{_e(headline)}</h1><p class=\"lede\">{_e(dek)}</p><p class=\"byline\">{_e(byline)}</p>{date_html}"
            f"<figure><img src=\"/uploads/photo.jpg\" alt=\"\"><figcaption>{_e(caption)} Photo: {_e(credit)}</figcaption></figure>"
            + _body(body, 4, _ad("local-inline")) + _share(url) + "</article>"
            + _related("Also in the news", related) +
            "<section class=\"community-notices\"><h3>Community notices</h3><p>Submit births, deaths, events and lost pets through our online form.</p></section>"
            "<div class=\"newsletter-box\"><p>Get local news every morning.</p><button>Subscribe free</button></div></main>\n"
            f"<footer><p>&copy; {_e(site)}. Locally owned.</p><a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookies</a></footer>\n"
            "</body>\n</html>\n")


# ===========================================================================
# Story 1 - cb-MD1 - central bank (CONTROL: every outlet agrees)
# ===========================================================================

_S1_A = _wire(
    url="https://www.bosphoruswire.example/markets/turkey-central-bank-cuts-rates-150-bps-2026-04-16/",
    site="Bosphorus Wire Service", short="BWS", section="Markets",
    headline="Turkish central bank cuts rates by 150 bps to 35.5%, beating forecasts",
    desc="Turkey's central bank lowered its one-week repo rate to 35.5% on Thursday, more than the 100 basis points most economists expected.",
    dateline="ANKARA, April 16",
    byline="By Ece Tanriverdi and Baran Okur",
    credits="Reporting by Ece Tanriverdi in Ankara and Baran Okur in Istanbul; Writing by Daniel Marsh; Editing by Helen Byrne",
    published="2026-04-16T11:02:00Z", updated="2026-04-16T11:48:00Z",
    visible="April 16, 2026 11:48 AM GMT Updated",
    body=[
        "Turkey's central bank cut its main interest rate by 150 basis points to 35.5% on Thursday, a bigger move than most economists had forecast, saying leading indicators pointed to a further easing of underlying price pressures in April.",
        "The Monetary Policy Committee, chaired by Governor Levent Oktar, lowered the one-week repo rate from 37%. It also cut the overnight lending rate to 38.5% from 40% and the overnight borrowing rate to 34% from 35.5%, leaving the width of its interest rate corridor unchanged.",
        "The median forecast in a Bosphorus Wire poll of 17 economists had been for a 100 basis-point reduction. Five respondents expected a cut of 150 points and one forecast 200 points.",
        "The lira weakened about 0.3% to 44.27 against the dollar in the minutes after the 1100 GMT announcement, from 44.12 beforehand. Istanbul's banking index rose 2.6% within an hour of the decision.",
        "It was the bank's third rate cut this year, following a 150-point reduction on Jan. 22 and a 100-point step on March 12, and it brings total easing in 2026 to 400 basis points.",
        "“Leading indicators suggest that the underlying trend of inflation continued to decline in April,” the committee said in its statement. It said it would set the size of its steps prudently, meeting by meeting, with a focus on the inflation outlook, and would tighten policy if the outlook deviated significantly from its interim targets.",
        "Annual consumer inflation eased to 29.4% in March from 31.1% in February, official data showed earlier this month. The central bank's interim target for the end of 2026 is 16%, inside a forecast range of 13% to 19% that it published in February.",
        "“The bank is confident enough in the disinflation trend to speed up again, but it has left itself room to slow down if April's numbers disappoint,” said Derya Kocabas, chief economist at Istanbul brokerage Bogazici Yatirim.",
        "Murat Sezgin, emerging markets strategist at Halcyon Emerging Markets in London, said the real policy rate, measured against March inflation, remained around 6 percentage points, “still comfortably positive, which is what foreign holders of lira bonds care about.”",
        "Data due later on Thursday was expected to show gross foreign currency reserves near $172 billion, according to two bankers who asked not to be named because the figures were not yet public.",
        "April inflation data is due on May 4. Oktar will present the bank's second quarterly inflation report of the year on May 14, and the committee's next rate-setting meeting is scheduled for June 11.",
    ],
    related=[("Turkish inflation slows to 29.4% in March", "/markets/turkey-inflation-march-2026/"),
             ("Lira carry trade draws Gulf money back", "/markets/lira-carry-gulf-2026-04/"),
             ("Emerging market central banks: who cuts next?", "/markets/em-central-banks-q2-2026/")],
)

_S1_B = _paper(
    url="https://www.ankaracourier.example/economy/central-bank-speeds-up-easing-with-1-5-point-cut-44718",
    site="The Ankara Courier", section="Economy",
    headline="Central bank speeds up easing with 1.5-point cut as inflation cools",
    dek="Policy rate lowered to 35.50 per cent, more than most economists expected; lira ends the day slightly weaker",
    author="Selin Avcıoğlu",
    published="2026-04-16T19:30:00+03:00", modified=None, visible="16 April 2026, 19:30",
    caption="The headquarters of the Central Bank of the Republic of Türkiye in Ankara's Ulus district.",
    credit="Photo: Courier archive",
    body=[
        "The Central Bank of the Republic of Türkiye (CBRT) lowered its policy rate by 1.5 percentage points to 35.50 per cent on Thursday, accelerating the pace of easing after a smaller cut last month and signalling confidence that the slowdown in inflation is holding.",
        "The decision, announced at 2 p.m., brought the one-week repo rate down from 37 per cent. The bank had trimmed rates by one percentage point at its previous meeting on 12 March, after a 1.5-point reduction in January.",
        "The overnight lending rate, the ceiling of the bank's interest rate corridor, was reduced to 38.5 per cent and the overnight borrowing rate, its floor, to 34 per cent.",
        "Most analysts had pencilled in another one-point cut. “We had a hundred basis points in our model and, to be honest, so did almost everyone we spoke to this week,” said Derya Kocabaş, chief economist at Boğaziçi Yatırım. “The committee clearly sees something in the April data that the rest of us will only see on 4 May.”",
        "In its statement, the committee said its leading indicators showed the underlying trend of inflation had kept falling in April, and that it would decide the size of future steps “prudently, meeting by meeting”. It repeated that it stood ready to tighten again if the inflation outlook moved significantly away from its interim targets.",
        "## Inflation still far above target",
        "Annual consumer price inflation stood at 29.4 per cent in March, down from 31.1 per cent in February. Prices rose 2.1 per cent on the month, a pace that would still add up to well over 20 per cent over a full year.",
        "The bank's interim target for the end of the year is 16 per cent. Market participants surveyed by the bank this month expected inflation 12 months ahead to be 23.8 per cent, a gap that some economists say leaves the committee little room for error.",
        "Industrialists welcomed the move. Ferit Gündoğdu, chairman of the Anatolian Industrialists' Association, said financing costs remained “crushing” for small manufacturers. “A cut of one and a half points is a step in the right direction, but our members are still borrowing at well over 40 per cent,” he said.",
        "Treasury and Finance Minister Selçuk Arıkan wrote on social media that the decision reflected “the fruits of a disciplined programme”, adding that fiscal policy would keep supporting disinflation this year.",
        "## Markets",
        "The lira, which had traded at 44.12 to the dollar before the announcement, ended the day at 44.21, about 0.2 per cent weaker. The Borsa Istanbul 100 index closed 1.4 per cent higher, led by a 3.2 per cent jump in banking shares.",
        "The central bank's gross foreign exchange reserves stood at $171.8 billion in the week to 10 April, according to weekly data published on Thursday afternoon.",
        "The committee meets next on 11 June. Governor Levent Oktar is due to present the quarterly inflation report, which could revise the bank's forecasts, on 14 May.",
    ],
    related=[("Explainer: how the central bank's rate corridor works", "/economy/explainer-rate-corridor-40211"),
             ("March inflation falls below 30 per cent", "/economy/march-inflation-44102"),
             ("Small manufacturers say credit is still out of reach", "/economy/sme-credit-44390")],
    most_read=["Istanbul metro line opening delayed to autumn", "Fuel prices rise for second week",
               "Central bank speeds up easing with 1.5-point cut", "Ankara derby ends goalless"],
)

_S1_C = _tv(
    url="https://www.gulfmarketstv.example/news/markets/turkey-cuts-rates-by-150-bps-more-than-expected",
    site="Gulf Markets TV",
    headline="Turkey cuts rates by 150 bps, more than expected",
    dek="The lira slipped and bank shares rallied after Ankara's bigger-than-forecast move.",
    visible="Thursday 16 April 2026 | 17:05 UAE",
    byline="Gulf Markets TV Business Desk",
    caption="Emerging markets strategist Murat Sezgin discusses the Turkish rate decision.",
    credit="(02:14) Gulf Markets TV",
    body=[
        "Turkey’s central bank surprised markets on Thursday with a 150 basis point rate cut, taking its benchmark one-week repo rate to 35.5 per cent from 37 per cent.",
        "The decision was published at 3 p.m. UAE time. Most forecasters had expected the Central Bank of the Republic of Türkiye to repeat the 100 basis point reduction it delivered in March.",
        "Speaking to Gulf Markets TV shortly after the announcement, Murat Sezgin, emerging markets strategist at London-based Halcyon Emerging Markets, said the bank was betting that disinflation had become self-sustaining.",
        "“They have gone a notch faster than the market wanted to believe, and they can afford it because the real rate is still positive by about six points,” Sezgin said. “The risk is that they have to walk it back in the summer if food prices misbehave.”",
        "Annual inflation in Turkey eased to 29.4 per cent last month. The central bank is aiming for 16 per cent by the end of this year, although its own forecast range runs as high as 19 per cent.",
        "The bank said it would keep deciding the size of its steps at each meeting according to the inflation outlook. Governor Levent Oktar has said repeatedly that the disinflation process will not be rushed, and the statement again held out the possibility of tighter policy should inflation drift away from the bank’s interim targets.",
        "The lira slipped in the immediate aftermath and was trading around 44.2 per dollar in late afternoon Gulf trading, while Turkish bank shares rallied.",
        "## Why it matters for the Gulf",
        "Gulf investors have been among the more active foreign buyers of Turkish lira government bonds over the past two years, drawn by yields that dwarf anything on offer in dollar-pegged markets at home. Lower Turkish rates reduce the income on new purchases but raise the value of bonds already held.",
        "Rana Al Suwaidi, head of fixed income at Abu Dhabi-based Corniche Capital, said her team had added to its holdings of two-year Turkish bonds in the run-up to the meeting. “Today’s cut validates that position. We are not chasing it further at these levels,” she told Gulf Markets TV.",
        "Al Suwaidi said the bigger question for regional investors was whether the bank could keep cutting without weakening the currency faster than inflation falls. “If the lira holds its real value, the trade still works. That has been the whole story since last year,” she said.",
        "Turkey’s rate-setters meet next on 11 June. Before then, investors will watch April inflation figures, due early next month.",
    ],
    related=[("Video: Gulf funds and the lira carry trade", "/video/gulf-funds-lira-carry"),
             ("Egypt holds rates steady", "/news/markets/egypt-holds-rates"),
             ("UAE stocks close higher on bank earnings", "/news/markets/uae-stocks-bank-earnings")],
)

_S1_D = _newsletter(
    url="https://emratesdesk.example/notes/2026/04/17/cbrt-a-point-and-a-half",
    site="EM Rates Desk", issue="Morning Note No. 1,184",
    headline="CBRT: a point and a half, and a message",
    visible="Friday, 17 April 2026 · 06:30 London",
    author="By Tom Aldridge, EM rates editor",
    tagline="Emerging-market rates and FX before the open",
    body=[
        "Yesterday's decision from Ankara was the surprise of the week. The Monetary Policy Committee of the Central Bank of the Republic of Türkiye took its one-week repo rate down by a point and a half, to 35.50%, when our preview (and, by our count, about two-thirds of the street) had pencilled in 100bp.",
        "The statement hit screens at noon London time. The overnight corridor moved in parallel. Note that the new policy rate sits exactly where the overnight borrowing rate stood until yesterday, so do not be confused by older tables:",
        "* One-week repo: 35.50% (previous 37.00%), -150bp",
        "* Overnight lending: 38.50% (previous 40.00%)",
        "* Overnight borrowing: 34.00% (previous 35.50%)",
        "* Cumulative easing in 2026: 400bp, from 39.50% at the start of the year",
        "* Next MPC: Thursday 11 June",
        "## What changed",
        "The key sentence is the first one: the committee says leading indicators point to a further decline in the underlying trend of inflation in April. Our reading is that the bank has seen early price data for the month and liked them. It kept the familiar conditional hawkishness (a tighter stance 'will be considered' if the outlook departs markedly from the interim targets), but the tone was the softest of the year.",
        "Headline CPI was 29.4% y/y in March (2.1% m/m). The bank's own market participants survey puts 12-month-ahead expectations at 23.8%, so the ex-ante real rate is still close to 12 points even after yesterday; against realised inflation it is nearer 6.",
        "Derya Kocabas at Bogazici Yatirim summed it up in a note to clients: the committee is confident enough to accelerate, but has kept the option of slowing down again if April disappoints.",
        "## Market reaction",
        "USD/TRY printed 44.27 straight after the release, from 44.12 beforehand, and ended the Istanbul session around 44.21. Two-year lira bond yields fell roughly 60bp on the day and the banking index finished up 3.2%. Weekly data later showed gross reserves at $171.8bn in the week to 10 April, which should calm anyone worried about the lira's cushion.",
        "## What next",
        "April CPI is due on Monday 4 May. Governor Levent Oktar presents the second inflation report of the year on 14 May; we expect the 2026 year-end forecast range of 13-19% and the 16% interim target to be left alone.",
        "We now pencil in another 150bp in June and a year-end policy rate of 30%, down from 31% in our previous forecast. The usual caveat applies: this is a central bank that has changed direction before, and it reminded us yesterday that it is willing to do so again.",
    ],
    related=[("Preview: CBRT to stay with 100bp (10 April)", "/notes/2026/04/10/cbrt-preview"),
             ("Hungary and Poland: diverging paths", "/notes/2026/04/15/cee-rates"),
             ("Chart pack: real rates across EM", "/data/real-rates")],
)

STORY_1 = _story("cb-MD1", "central bank", "2026-04-18", [
    _page("https://www.bosphoruswire.example/markets/turkey-central-bank-cuts-rates-150-bps-2026-04-16/", _S1_A),
    _page("https://www.ankaracourier.example/economy/central-bank-speeds-up-easing-with-1-5-point-cut-44718", _S1_B),
    _page("https://www.gulfmarketstv.example/news/markets/turkey-cuts-rates-by-150-bps-more-than-expected", _S1_C),
    _page("https://emratesdesk.example/notes/2026/04/17/cbrt-a-point-and-a-half", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# Story 2 - el-MD2 - election (PLANTED: resignation day; winner's final share)
# ===========================================================================

_S2_A = _live(
    url="https://www.shfelanow.example/live/rehovot-special-mayoral-election-2026-live",
    site="Shfela Now",
    headline="Rehovot votes for a new mayor: live updates",
    dek="Five candidates compete in the special election called after Shlomo Avitan's resignation. Follow turnout, results and reactions as they happen.",
    published="2026-05-12T06:55:00+03:00", modified="2026-05-13T01:52:00+03:00",
    authors="By Noa Peretz and Eli Shamir in Rehovot",
    key_points=[
        "Acting mayor Dalia Abergel claims victory in Rehovot's special mayoral election",
        "With 71% of ballot boxes counted, Abergel has 47.9%, above the 40% needed to avoid a runoff",
        "Turnout at the close of polls was 44.1%, up from 38.6% in 2024",
    ],
    entries=[
        ("01:52", "Abergel: 'Rehovot chose continuity'", [
            "Abergel has claimed victory at her campaign headquarters, an events hall on Herzl Street, to loud cheers. “Rehovot chose continuity tonight, but it did not give us a blank cheque,” she said. “I heard the people who voted against me too, and I will be their mayor as well.”",
            "Rosenfeld's campaign says he will not comment until the count is complete. We'll be back in the morning with full results. Good night from Rehovot.",
        ]),
        ("01:40", "71% counted: Abergel 47.9%", [
            "With 71 per cent of ballot boxes counted, Abergel stands at 47.9 per cent, Rosenfeld at 34.6 per cent and Dahan at 14.1 per cent. Her lead is now too large for Rosenfeld to close, and she remains comfortably above the 40 per cent threshold.",
        ]),
        ("00:35", "First results", [
            "With 38 per cent of ballot boxes counted, Abergel has 48.3 per cent, Rosenfeld 33.9 per cent and Dahan 14.8 per cent, according to figures posted by the city elections committee.",
            "A word of caution: the early boxes tend to come from the older central neighbourhoods, where Abergel is strongest, so expect her share to drift down as the night goes on.",
        ]),
        ("23:10", "Dahan: 'Young people stayed home'", [
            "Nissim Dahan, the businessman and former chairman of the city's football club, has spoken to supporters at a restaurant on the main street. “Young people in this city stayed home, and that should worry everyone who sits on the council,” he said, without conceding. A Merkaz TV poll last week gave him 17 per cent.",
        ]),
        ("22:04", "Polls closed", [
            "Voting has ended. According to the Interior Ministry, turnout at the close of polls was 44.1 per cent, well above the 38.6 per cent recorded in 2024, when Avitan was re-elected with 51.9 per cent of the vote.",
            "Counting has begun at the polling stations. Ballots of soldiers, hospital patients and others who voted away from their home station, the so-called double envelopes, will only be counted on Wednesday.",
        ]),
        ("20:15", "Turnout at 8 p.m.: 36.5%", [
            "Turnout has climbed to 36.5 per cent with two hours of voting left. Volunteers from the Rosenfeld campaign are knocking on doors in the eastern neighbourhoods, where they believe they have untapped support.",
        ]),
        ("18:20", "Turnout at 6 p.m.: 29.8%", [
            "The Interior Ministry says 29.8 per cent of eligible voters had cast ballots by 6 p.m., compared with 26.1 per cent at the same hour in the February 2024 municipal election. Hagit Meron, who heads the ministry's local elections department, said voting had gone smoothly, with only minor delays at two polling stations.",
        ]),
        ("12:30", "Abergel casts her ballot", [
            "Acting mayor Dalia Abergel voted at a school in the Kiryat Moshe neighbourhood shortly after noon, accompanied by her husband and two of her grandchildren. “I'm asking everyone to go out and vote, whoever they support. A mayor elected by a third of the city is a weak mayor,” she told reporters.",
            "Amit Rosenfeld, the lawyer who leads the opposition on the city council, voted earlier in the morning in the north of the city and then spent the day touring polling stations.",
        ]),
        ("07:02", "Polls open in Rehovot", [
            "Good morning from Rehovot, where 112,480 residents are eligible to vote today in a special election for mayor. Polling stations opened at 7 a.m. and will close at 10 p.m.",
            "The election was called after Shlomo Avitan stepped down on 3 March, less than halfway through his second full term, to take up the chairmanship of a state-owned infrastructure company. Deputy Mayor Dalia Abergel has run the city as acting mayor since then, and she is one of five candidates on the ballot.",
            "A candidate needs at least 40 per cent of valid votes to win outright. If nobody crosses that line, the top two will meet in a runoff on 26 May. Only the mayor's post is being contested; the council elected in 2024 stays in place.",
        ]),
    ],
    related=[("Who are the five candidates for mayor?", "/politics/rehovot-mayor-candidates-guide"),
             ("Why did Avitan quit? The story behind the resignation", "/politics/avitan-resignation-analysis"),
             ("Traffic at the northern entrance: the issue that dominated the race", "/local/rehovot-northern-entrance-traffic")],
)

_S2_B = _paper(
    url="https://www.israeldailyrecord.example/politics/local/abergel-wins-rehovot-mayoral-race-outright-avoiding-runoff-731204",
    site="Israel Daily Record", section="Politics",
    headline="Abergel wins Rehovot mayoral race outright, avoiding runoff",
    dek="Acting mayor takes nearly 47% in special election called after Shlomo Avitan's resignation; turnout rises to 44%",
    author="Maya Goldfarb",
    published="2026-05-13T09:40:00+03:00", modified=None, visible="May 13, 2026 09:40",
    caption="Dalia Abergel addresses supporters at her campaign headquarters in Rehovot early on Wednesday.",
    credit="Photo: Ronen Azulay",
    body=[
        "Dalia Abergel, Rehovot's acting mayor, won the city's special mayoral election outright on Tuesday, securing comfortably more than the 40 per cent of the vote needed to avoid a runoff, according to results published early Wednesday.",
        "With all regular ballot boxes counted, Abergel had 46.9 per cent of valid votes, ahead of city council member Amit Rosenfeld with 35.1 per cent and businessman Nissim Dahan with 14.4 per cent. About 1,830 double-envelope ballots, cast by soldiers, hospital patients and election staff, were due to be counted on Wednesday afternoon; they cannot change the outcome.",
        "The vote was called after Shlomo Avitan, who had led the city since 2018, resigned on 13 March to chair a state-owned infrastructure company. Abergel, 54, a former high-school principal, served as his deputy throughout his tenure and has run the city as acting mayor since his departure.",
        "Turnout was 44.1 per cent of the 112,480 eligible voters, the Interior Ministry said, compared with 38.6 per cent in the municipal elections of February 2024. Stand-alone mayoral contests usually draw fewer voters than nationwide local elections, and analysts attributed the rise to an unusually heated campaign over housing costs and traffic.",
        "Rosenfeld, 47, a lawyer who leads the opposition faction on the council, conceded on Wednesday morning in a post on Facebook. “I called Dalia this morning to congratulate her. The residents have made their choice and I respect it,” he wrote. “We will be a tough but fair opposition.”",
        "## A mandate, with caveats",
        "Abergel told supporters at an events hall on Herzl Street shortly before 2 a.m. that the city had “chosen continuity, but not handed us a blank cheque”. She promised to publish within 100 days a plan to ease congestion at the northern entrance to the city, and to speed up construction of 1,200 affordable rental flats approved last year.",
        "Prof. Gilad Harel, a political scientist at Bar-Ilan University, said her result was strong but not overwhelming. “She won more votes than Avitan did two years ago in absolute terms, but a third of those who voted wanted a change of direction,” he said. “She has two and a half years until the next regular election to show that continuity means something.”",
        "Dahan, 61, said on Tuesday night that low participation among young residents should “worry everyone who sits on the council”. A survey broadcast by Merkaz TV a week before the vote had given Abergel 41 per cent, Rosenfeld 33 per cent and Dahan 17 per cent.",
        "The two remaining candidates, Yulia Kravets and Avraham Tzur, each won less than 3 per cent.",
        "Abergel is expected to be sworn in at a special council meeting on Monday. She will serve out the remainder of Avitan's term, which runs until the nationwide municipal elections in October 2028.",
    ],
    related=[("Live: Rehovot election night as it happened", "/politics/local/rehovot-live-731150"),
             ("Special elections: how the 40% rule works", "/politics/explainer-40-percent-rule-698311"),
             ("Avitan named chairman of infrastructure company", "/business/avitan-chairman-728870")],
    most_read=["Heatwave expected to peak on Friday", "Abergel wins Rehovot mayoral race outright",
               "Tel Aviv light rail: new line opening date", "Bank of Israel holds rate"],
)

_S2_C = _wire(
    url="https://www.medpressagency.example/news/2026/05/13/israel-rehovot-mayor-election-final-results",
    site="Mediterranean Press Agency", short="MPA", section="Middle East",
    headline="Acting mayor wins Rehovot special election, final results show",
    desc="Dalia Abergel won 46.8% of the vote in the central Israeli city's special mayoral election.",
    dateline="REHOVOT, Israel, May 13",
    byline="By Daniel Katz",
    credits="Reporting by Daniel Katz; Editing by Sophie Laurent",
    published="2026-05-13T15:25:00Z", updated=None,
    visible="13 May 2026 15:25 GMT",
    body=[
        "Dalia Abergel, the acting mayor of the central Israeli city of Rehovot, won a special mayoral election with 46.8 percent of the vote, final results published by the Interior Ministry showed on Wednesday.",
        "Abergel received 22,890 votes, ahead of opposition council member Amit Rosenfeld with 17,216 votes, or 35.2 percent, a margin of 5,674 votes. Businessman Nissim Dahan took 14.3 percent. Two other candidates, Yulia Kravets and Avraham Tzur, won 2.4 percent and 1.3 percent respectively.",
        "Israeli law requires a mayoral candidate to win at least 40 percent of valid votes to be elected in the first round. Had no one reached that threshold, a runoff between the top two would have been held on May 26.",
        "Turnout in Tuesday's vote was 44.1 percent. Of 49,604 ballots cast, 694 were disqualified. The final tally included double-envelope ballots, cast mainly by soldiers and hospital patients, which were counted on Wednesday afternoon.",
        "Polls closed at 10 p.m. (1900 GMT) on Tuesday, and Abergel declared victory at about 1:50 a.m. on Wednesday, when most ballot boxes had been counted.",
        "The election was triggered by the resignation on March 3 of Shlomo Avitan, who had been mayor since 2018 and was re-elected in February 2024 with 51.9 percent. He left to become chairman of a state-owned infrastructure company.",
        "Abergel, a 54-year-old former school principal, served as Avitan's deputy and has been acting mayor since his departure. “This is a victory for the whole city, not only for the people who voted for me,” she told MPA on Wednesday. “From tomorrow there are no camps in Rehovot, only residents.”",
        "Rosenfeld, a lawyer, conceded on Wednesday morning. He said on Facebook that he had called Abergel to congratulate her and that his faction would remain “a tough but fair opposition” on the 25-member city council, whose composition is not affected by the vote.",
        "Dahan, 61, a businessman and former chairman of the city's football club, said on election night that low turnout among young residents should worry the council. A Merkaz TV survey a week before the vote had put Abergel on 41 percent.",
        "Hagit Meron, head of the Interior Ministry's local elections department, said voting had passed without significant incidents.",
        "Rehovot, about 20 km (12 miles) south of Tel Aviv, has some 150,000 residents and is home to the Weizmann Institute of Science. The campaign focused on housing costs, traffic congestion and plans to expand a science-based industrial park on the edge of the city.",
        "Abergel will serve until the next nationwide municipal elections, due in October 2028.",
    ],
    related=[("Israel's municipal elections: a guide", "/news/explainers/israel-municipal-elections"),
             ("Housing costs dominate local races in central Israel", "/news/2026/05/08/israel-housing-local-races"),
             ("Bank of Israel keeps key rate unchanged", "/news/2026/05/11/bank-of-israel-rate")],
)

_S2_D = _tv(
    url="https://www.merkaztv.example/news/local/abergel-ill-be-mayor-for-those-who-voted-against-me-too",
    site="Merkaz TV News",
    headline="Abergel: 'I'll be mayor for those who voted against me too'",
    dek="Rehovot's newly elected mayor sets out her priorities after final results confirm her first-round win.",
    visible="14.05.26 | 08:10",
    byline="Merkaz TV politics desk",
    caption="Dalia Abergel in the Merkaz TV studio on Wednesday evening.",
    credit="Merkaz TV",
    body=[
        "Rehovot's mayor-elect Dalia Abergel said on Wednesday evening that her first decision would be to set up a traffic task force for the city's congested northern entrance, a day after she won the special election without the need for a second round.",
        "Abergel finished with 48.6 per cent of the vote in the final official count, published by the Interior Ministry on Wednesday, ahead of Amit Rosenfeld with 35.2 per cent and Nissim Dahan with 14.3 per cent. She beat Rosenfeld by more than 5,600 votes.",
        "“I will be the mayor of the people who voted against me too. I heard them, and the message about housing was loud and clear,” Abergel said in an interview on Merkaz TV's evening programme, Central Line.",
        "Turnout reached 44.1 per cent, higher than in the last municipal election in 2024. A Merkaz TV survey carried out a week before the vote had put Abergel on 41 per cent, and our political analyst Yossi Ben-David said most undecided voters appeared to have broken her way in the final days of the campaign.",
        "The special election was called after Shlomo Avitan stepped down on 3 March to head a government-owned infrastructure company. Abergel, who had been his deputy for almost eight years, has been acting mayor since then.",
        "Rosenfeld, who conceded on Wednesday morning, told Merkaz TV that his faction would judge the new mayor “by deeds, not speeches”. “Thirty-five per cent of the city wanted something different. That is not a small number, and I intend to represent them,” he said.",
        "Because Abergel crossed the 40 per cent threshold, the runoff pencilled in for 26 May will not take place, saving the municipality an estimated 2.3 million shekels (about $620,000), according to the city treasurer's office.",
        "Abergel is due to be sworn in at a special session of the city council on Monday, 18 May. The council itself, elected in February 2024, is unchanged; Abergel's list holds six of its 25 seats and she will need partners to pass a budget.",
        "Prof. Gilad Harel, a political scientist at Bar-Ilan University, told Merkaz TV that the result gave Abergel “a clear mandate, but not a free hand”, noting that more than half of those who voted had backed someone else.",
        "Abergel, 54, a former high-school principal, said she would keep the education portfolio she held as deputy mayor until a new deputy is appointed.",
        "Dahan said he would not join her coalition. The two minor candidates, Yulia Kravets and Avraham Tsur, together won less than 4 per cent.",
        "Voters in Rehovot will go to the polls again in October 2028, when municipal elections are held across the country.",
    ],
    related=[("Watch: Central Line, Wednesday's full programme", "/programmes/central-line/2026-05-13"),
             ("Our pre-election poll: Abergel leads", "/news/local/rehovot-poll-abergel-leads"),
             ("Ashdod council approves new budget", "/news/local/ashdod-budget")],
)

STORY_2 = _story("el-MD2", "election", "2026-05-15", [
    _page("https://www.shfelanow.example/live/rehovot-special-mayoral-election-2026-live", _S2_A),
    _page("https://www.israeldailyrecord.example/politics/local/abergel-wins-rehovot-mayoral-race-outright-avoiding-runoff-731204", _S2_B),
    _page("https://www.medpressagency.example/news/2026/05/13/israel-rehovot-mayor-election-final-results", _S2_C),
    _page("https://www.merkaztv.example/news/local/abergel-ill-be-mayor-for-those-who-voted-against-me-too", _S2_D),
], [
    ("date the former mayor resigned", r"(?<!\d)3 march|march 3(?!\d)", r"\b13 march|march 13\b"),
    ("winner's final vote share", r"46[.,]8", r"48[.,]6"),
])

# ===========================================================================
# Story 3 - ct-MD3 - court (PLANTED: vote split; delay before the annulment bites)
# ===========================================================================

_S3_A = _wire(
    url="https://www.turkiyenewsline.example/politics/2026/08/04/top-court-strikes-down-coastal-building-rule",
    site="Türkiye Newsline", short="TNL", section="Politics",
    headline="Turkey's top court strikes down coastal building rule for hotels",
    desc="The Constitutional Court annulled a provision letting tourism businesses build permanent structures near the water's edge.",
    dateline="ANKARA, Aug 4",
    byline="By Kaan Bilgin",
    credits="Reporting by Kaan Bilgin; Additional reporting by Elif Saran in Istanbul; Editing by Mark Fenwick",
    published="2026-08-04T08:15:00Z", updated="2026-08-04T10:40:00Z",
    visible="August 4, 2026 10:40 GMT",
    body=[
        "Turkey's Constitutional Court has annulled a 2025 legal provision that allowed hotels and other tourism businesses to build permanent structures close to the water's edge, ruling that it put private use of the coast ahead of the public interest, according to a decision published on Tuesday.",
        "The court voted 9-6 to strike down Article 4 of Law No. 7561, which let holders of tourism certificates put up piers, decks, platforms and beach-club buildings within the first 50 metres of the shore strip, a zone that the Coastal Law otherwise keeps open to everyone.",
        "The reasoned ruling was published in the Official Gazette on Tuesday, Aug. 4, although the vote itself took place at a plenary session on June 25. The annulment will take effect nine months after publication, on May 4, 2027, to give parliament time to write new rules.",
        "In the same decision, the court rejected by 11 votes to 4 a request to annul Article 7 of the law, which extended the maximum lease term for marinas built on state land to 49 years from 29 years.",
        "The main opposition Republican People's Party (CHP) had asked the court to review the law in September 2025, two months after parliament adopted it.",
        "The constitution places the coasts under the sovereignty and disposal of the state and requires the public interest to come first in their use, the court said. The provision did not set objective limits on the size or duration of structures, nor did it guarantee that people could still reach the sea, it added.",
        "Six of the court's 15 members dissented, arguing that the measure struck a reasonable balance with tourism investment and that every project still required an environmental impact assessment.",
        "According to the Ministry of Environment, Urbanisation and Climate Change, 312 permits had been issued under the provision since it came into force, 187 of them in the provinces of Antalya and Mugla.",
        "The ministry said in a statement that it would prepare new regulations “in line with the ruling” and that permits already issued would be reviewed case by case.",
        "“The shore belongs to the people, not to whoever can afford a sunbed on it,” CHP deputy chairman Mert Yalcinkaya told reporters in Ankara.",
        "Orhan Demirel, president of the Mediterranean Tourism Investors Association, said the industry would comply with the ruling but warned of uncertainty for investments planned for next season.",
    ],
    related=[("Parliament passes coastal and marina law (July 2025)", "/politics/2025/07/09/parliament-coastal-marina-law"),
             ("Bodrum villagers protest beach platforms", "/turkey/2025/08/21/bodrum-beach-platforms-protest"),
             ("Tourism revenue hits record in second quarter", "/business/2026/07/31/tourism-revenue-q2")],
)

_S3_B = _paper(
    url="https://www.dailyaegeanpost.example/news/court-ruling-returns-the-shore-to-the-public-campaigners-say-20260804",
    site="Daily Aegean Post", section="News",
    headline="Court ruling returns the shore to the public, campaigners say",
    dek="Constitutional Court annuls provision that let hotels build permanent piers and beach clubs near the water; decision takes effect in May 2027",
    author="Gizem Erten",
    published="2026-08-04T18:00:00+03:00", modified="2026-08-04T19:25:00+03:00", visible="04.08.2026 18:00 (updated 19:25)",
    caption="A wooden platform built by a hotel on the Bodrum peninsula, photographed last summer.",
    credit="Daily Aegean Post / Cem Tokgöz",
    body=[
        "Environmental campaigners in Izmir and Muğla celebrated on Tuesday after the Constitutional Court struck down a provision that had allowed hotels to build permanent piers, decks and beach clubs within 50 metres of the sea.",
        "The ruling, published in the Official Gazette in the early hours of Tuesday, annulled Article 4 of a law passed by parliament in July last year. Nine of the court's 15 members voted for annulment and six against, at a session held on 25 June. The decision was only made public, with its full reasoning, this week.",
        "Under the ruling, the provision stays on the books for nine more months and will cease to apply on 4 May 2027. The court often delays the effect of its annulments so that lawmakers can fill the legal gap they leave behind.",
        "“This is a victory for every family that was turned away from a beach by a security guard,” said Zerrin Aktaş, chair of the Aegean Shores Association (Ege Kıyıları Derneği), which has documented building on the coast since 2019. “But nine months is a long time on the coast. We are afraid of a rush to pour concrete before the deadline.”",
        "## Bodrum at the centre",
        "Ministry figures show that 312 permits were issued under the provision, 187 of them in Muğla and Antalya provinces. Aktaş's association says more than 100 of the Muğla permits were on the Bodrum peninsula alone, where residents of several villages complained last summer that new platforms had cut off footpaths to the sea.",
        "The hotel industry disputes the campaigners' account. Orhan Demirel, president of the Mediterranean Tourism Investors Association, said about 240 facilities had been built or were under construction under the rule, and that most were “light, removable structures that are dismantled in winter”. “Nobody has stolen a beach. Our guests want a place to swim, and the law gave us a clear procedure,” he said.",
        "## What the judges said",
        "The court said the constitution gives priority to the public interest in the use of the coast, and that the provision allowed permanent construction without objective limits on size, duration or access. The six dissenting judges wrote that lawmakers had struck an acceptable balance, and pointed out that projects still needed environmental approval.",
        "In the same ruling, the court upheld, by 11 votes to 4, another article of the law that extended lease terms for marinas on state land from 29 years to 49 years. Yachting groups in Bodrum and Çeşme had lobbied hard for that change.",
        "Prof. Aylin Sözer of Ankara University's law faculty said the annulment did not operate retroactively. “Permits granted before May 2027 do not simply disappear. The administration will have to decide what to do with each of them, and that will keep the courts busy for years,” she said.",
        "The main opposition CHP, which brought the case in September 2025, called on the government to start withdrawing permits voluntarily rather than wait for the deadline.",
    ],
    related=[("Bodrum's lost footpaths: a photo essay", "/features/bodrum-footpaths-20250830"),
             ("Çeşme marina expansion approved", "/news/cesme-marina-20260612"),
             ("Izmir bay cleanup: what has changed", "/news/izmir-bay-cleanup-20260720")],
    most_read=["Forest fire near Menderes brought under control", "Court ruling returns the shore to the public",
               "Ferry timetable changes for August", "Göztepe sign striker from Brazil"],
)

_S3_C = _tv(
    url="https://www.meridyentv.example/en/turkiye/constitutional-court-annuls-beach-construction-rule-in-narrow-vote",
    site="Meridyen TV",
    headline="Constitutional Court annuls beach construction rule in narrow vote",
    dek="The ruling gives lawmakers time to write a new regulation before the provision expires.",
    visible="04.08.2026 - 14:20",
    byline="Meridyen TV Ankara bureau",
    caption="Beach platforms on the Aegean coast.",
    credit="Meridyen TV archive footage",
    body=[
        "Türkiye's Constitutional Court has annulled a controversial provision allowing tourism businesses to build permanent structures on the first 50 metres of the shore strip, in a ruling published in today's Official Gazette.",
        "The court's 15 members split eight to seven on the provision, Article 4 of Law No. 7561, which was adopted in July 2025. Seven members wrote dissenting opinions, arguing that the rule balanced tourism investment with environmental safeguards.",
        "According to the ruling, the annulment will take effect six months after its publication, giving parliament time to pass a new regulation.",
        "The court found that the provision, which covered piers, decks, platforms and beach clubs, failed to set clear limits on the size of structures and on how long they could stay, and did not guarantee the public's access to the sea. It cited the constitutional principle that the use of the coast must serve the public interest first.",
        "The judges rejected, by 11 votes against 4, the opposition's request to cancel a second article that extends marina leases on state land from 29 to 49 years.",
        "The decision was taken at a plenary meeting on 25 June and published today together with its reasoning.",
        "Speaking to Meridyen TV, CHP deputy chairman Mert Yalçınkaya, who signed the party's application to the court, said the decision confirmed “what every citizen who has tried to walk along the shore in Bodrum already knew”. “The coast is the common property of the nation. We will follow up every single permit,” he said.",
        "The Ministry of Environment, Urbanisation and Climate Change said it respected the decision and would prepare new rules in line with it.",
        "Figures from the ministry show that 312 permits were issued under the annulled provision since it took effect. Tourism professionals say around 240 facilities have been built or are being built.",
        "## Sector worried about next season",
        "Hoteliers on the Aegean and Mediterranean coasts fear the decision could affect bookings for next summer. “Our guests book a year ahead. We need to know now what we can offer,” said Orhan Demirel, head of the Mediterranean Tourism Investors Association.",
        "Environmental groups, which have campaigned against the rule since it was first debated in parliament, welcomed the decision. The main opposition Republican People's Party (CHP) filed its application to the court in September 2025.",
        "Prof. Aylin Sözer of Ankara University's law faculty told Meridyen TV that permits already granted would not lapse automatically. “The ruling looks forward, not back. Each existing structure will have to be assessed by the administration,” she said.",
    ],
    related=[("Video: Walking the Bodrum shore", "/en/video/walking-the-bodrum-shore"),
             ("Tourism minister: record foreign arrivals in July", "/en/economy/record-arrivals-july"),
             ("Weather: heatwave warning for the Aegean", "/en/weather/aegean-heatwave")],
)

_S3_D = _newsletter(
    url="https://hospitalityturkiyeweekly.example/issues/88/what-the-coastal-ruling-means-for-your-beach-club",
    site="Hospitality Türkiye Weekly", issue="Issue 88",
    headline="What the coastal ruling means for your beach club",
    visible="Friday 7 August 2026",
    author="By Deniz Karaca, editor",
    tagline="News and analysis for Türkiye's hotel and tourism professionals",
    body=[
        "The Constitutional Court's decision, published in the Official Gazette on Tuesday, is the biggest legal change for coastal hotels since the rule it struck down came into force last summer. Here is what members have been asking us this week.",
        "## What exactly was annulled?",
        "Article 4 of Law No. 7561, the provision that let certificate-holding tourism businesses build permanent piers, decks, platforms and beach-club buildings in the first 50 metres of the shore strip. The court's plenary voted 9-6 to annul it on 25 June; the reasoned decision appeared in the Gazette this week.",
        "## When does it bite?",
        "Not yet. The court postponed the effect of the annulment by nine months from publication, so the provision remains valid until 4 May 2027, a few weeks before the start of the 2027 high season. Applications filed before then can in principle still be processed, although several provincial directorates told members on Wednesday that they were putting files on hold pending instructions from Ankara.",
        "## What about structures already built?",
        "The ruling is not retroactive. Permits granted under the old rule are not cancelled automatically, but the ministry has said it will review them case by case. Expect the most exposed to be permanent concrete platforms, rather than wooden decks that are taken down in winter.",
        "## The numbers",
        "* 312 permits issued under the provision since 2025, according to the Ministry of Environment, Urbanisation and Climate Change",
        "* 187 of those in Muğla and Antalya",
        "* About 240 facilities built or under construction, according to the Mediterranean Tourism Investors Association",
        "* Marina leases: the separate extension from 29 to 49 years survived, upheld 11-4",
        "## What the industry says",
        "“We respect the court. What we ask is that the new rules are written with us, not against us, and that they are ready well before May,” Orhan Demirel, president of the Mediterranean Tourism Investors Association, told Hospitality Türkiye Weekly. He said members had invested “several billion lira” in coastal facilities under the rule since last year.",
        "Campaigners see it differently. Zerrin Aktaş of the Aegean Shores Association told local media on Tuesday that the ruling was a victory for every family turned away from a beach.",
        "Our advice: do not start new permanent construction in the shore strip, keep the paperwork for your existing permits in order, and talk to your lawyer about the transition. We will host a webinar with Prof. Aylin Sözer of Ankara University on 20 August.",
    ],
    related=[("Issue 87: Record July, thin margins", "/issues/87"),
             ("Issue 85: Marina lease extension explained", "/issues/85"),
             ("Guide: environmental impact assessments for coastal projects", "/guides/eia-coastal")],
)

STORY_3 = _story("ct-MD3", "court", "2026-08-08", [
    _page("https://www.turkiyenewsline.example/politics/2026/08/04/top-court-strikes-down-coastal-building-rule", _S3_A),
    _page("https://www.dailyaegeanpost.example/news/court-ruling-returns-the-shore-to-the-public-campaigners-say-20260804", _S3_B),
    _page("https://www.meridyentv.example/en/turkiye/constitutional-court-annuls-beach-construction-rule-in-narrow-vote", _S3_C),
    _page("https://hospitalityturkiyeweekly.example/issues/88/what-the-coastal-ruling-means-for-your-beach-club", _S3_D),
], [
    ("vote split on the coastal provision",
     r"\b9\s*(?:[-–]|to)\s*6\b|\bnine\b.{0,20}\bsix\b|\bsix\b.{0,30}dissent",
     r"\b8\s*(?:[-–]|to)\s*7\b|\beight\b.{0,20}\bseven\b|\bseven\b.{0,30}dissent"),
    ("delay before the annulment takes effect",
     r"\bnine[- ](?:more )?months?\b|\b9[- ]months?\b|may 4,? 2027|4 may 2027",
     r"\bsix[- ]months?\b|\b6[- ]months?\b"),
])

# ===========================================================================
# Story 4 - tr-MD4 - trade (CONTROL: every outlet agrees)
# ===========================================================================

_S4_A = _wire(
    url="https://www.anatoliabizwire.example/economy/2026/10/03/turkish-exports-hit-september-record",
    site="Anatolia Business Wire", short="ABW", section="Economy",
    headline="Turkish exports hit September record, up 6.8%",
    desc="Turkey's exports rose 6.8% to $23.41 billion in September, the highest ever for the month, the trade minister said.",
    dateline="ISTANBUL, Oct 3",
    byline="By Hande Yurt",
    credits="Reporting by Hande Yurt; Editing by Paul Keane",
    published="2026-10-03T08:52:00Z", updated=None,
    visible="October 3, 2026 8:52 AM GMT",
    body=[
        "Turkey's exports rose 6.8% year on year to $23.41 billion in September, the highest figure ever recorded for the month, Trade Minister Nazli Erkan said on Saturday.",
        "Imports increased 3.1% to $29.87 billion, narrowing the monthly foreign trade deficit by 8.4% to $6.46 billion, according to preliminary data from the Trade Ministry.",
        "Erkan announced the figures at a news conference in Istanbul at 11:30 a.m. (0830 GMT) alongside Kemal Ucar, chairman of the Turkish Exporters Assembly (TIM).",
        "“Despite weak demand in our main markets, our exporters closed the best September in the history of the Republic,” Erkan said.",
        "In the first nine months of the year, exports rose 4.2% to $199.6 billion. Exports over the past 12 months reached $276.3 billion, compared with the government's target of $282 billion for 2026 as a whole.",
        "Erkan said the target was within reach because the final quarter was traditionally the strongest of the year for Turkish sales abroad.",
        "The export-to-import coverage ratio rose to 78.4% from 75.7% a year earlier.",
        "Energy imports fell 12.3% to $4.62 billion on lower oil prices, while gold imports climbed to $1.71 billion from $1.09 billion a year earlier.",
        "Imports excluding energy and gold, seen as an indicator of domestic demand, rose 4.1% to $23.54 billion.",
        "The exporters' assembly said the euro's strength against the dollar had added about $420 million to September exports. Excluding that parity effect, exports rose 4.9%. Sales to European Union countries rose 8.9% to $10.2 billion.",
        "The automotive sector remained the largest exporter, with sales abroad up 11.5% at $3.38 billion. Germany was the biggest single market, followed by Britain and the United States.",
        "Ready-made garment exports fell 4.7% to $1.52 billion, extending a slide that has cost the sector thousands of jobs, while chemicals exports rose 5.2% to $2.21 billion.",
        "In August, exports had grown a more modest 2.1% to $19.8 billion, in a month when the summer holiday period weighed on factory output.",
        "Ucar said exporters were struggling with costs that rose faster in lira terms than the currency weakened. “Competitiveness is our number one agenda,” he said.",
        "Exporters' groups have lobbied the government for months for cheaper financing, saying that tight monetary policy and a slowly depreciating lira are eroding their price advantage over Asian rivals. Ucar repeated a call for state-owned Turk Eximbank to raise its rediscount credit limits by $5 billion.",
        "The Turkish Statistical Institute (TurkStat) will publish final September trade data on Oct. 30.",
    ],
    related=[("Turkish inflation slows for fifth month", "/economy/2026/10/05/turkey-inflation-september"),
             ("Exporters call for cheaper credit", "/economy/2026/09/22/exporters-credit-call"),
             ("August exports rise 2.1%", "/economy/2026/09/02/turkish-exports-august")],
)

_S4_B = _paper(
    url="https://www.istanbulledger.example/business/exports-post-best-september-on-record-as-deficit-narrows-88213",
    site="The Istanbul Ledger", section="Business",
    headline="Exports post best September on record as deficit narrows",
    dek="Sales abroad rise 6.8% to $23.4 billion; exporters say high costs and a sluggish lira still bite",
    author="Burak Tunçel",
    published="2026-10-03T20:10:00+03:00", modified=None, visible="03 October 2026 20:10",
    caption="Containers stacked at the port of Ambarlı on Istanbul's European side.",
    credit="Photo: Ledger / Onur Baysal",
    body=[
        "Türkiye's exports reached $23.4 billion in September, up 6.8 per cent from the same month last year and the best September figure on record, Trade Minister Nazlı Erkan announced in Istanbul on Saturday.",
        "Measured in lira, the month's sales abroad were worth roughly 1.1 trillion liras at current exchange rates.",
        "Imports rose 3.1 per cent to $29.9 billion, so the trade gap shrank to $6.5 billion from $7.05 billion in September 2025. Exports covered 78.4 per cent of imports, 2.7 percentage points more than a year earlier.",
        "Erkan said exporters had delivered “the best September in the history of our Republic” in spite of sluggish demand in Europe. “The annual target of 282 billion dollars is within reach. The last quarter is always our strongest,” she said at a joint press conference with the Turkish Exporters Assembly (TİM).",
        "## The parity effect",
        "Part of the increase came from currency movements rather than higher volumes. Because a large share of Turkish exports is priced in euros, the euro's strength against the dollar added about $420 million to the dollar value of September shipments, TİM calculated. Excluding this so-called parity effect, exports grew 4.9 per cent.",
        "Canan Yıldırım, head of research at the Marmara Economic Research Foundation, said the headline overstated the sector's health. “Once you take out the parity effect and the low base in some sectors, volume growth is modest. The clothing numbers are still falling, and that is where jobs are being lost,” she said.",
        "Ready-made garment exports fell 4.7 per cent to $1.52 billion in September, while automotive exports climbed 11.5 per cent to $3.38 billion and chemicals rose 5.2 per cent to $2.21 billion.",
        "## Energy bill falls",
        "Energy imports fell 12.3 per cent to $4.62 billion, helping to contain the deficit. Gold imports, however, rose to $1.71 billion from $1.09 billion. Imports excluding energy and gold, which economists watch as a gauge of domestic demand, increased 4.1 per cent to $23.54 billion.",
        "Germany remained the largest buyer of Turkish goods at $1.94 billion, followed by the United Kingdom at $1.31 billion and the United States at $1.24 billion. Exports to EU countries rose 8.9 per cent to $10.2 billion.",
        "TİM chairman Kemal Uçar said exporters were “squeezed between costs rising in lira and a currency that does not move as fast”, and urged the government to expand cheap export financing. He asked for Türk Eximbank's rediscount credit limits to be raised by $5 billion.",
        "Exports in the January-September period totalled $199.6 billion, an increase of 4.2 per cent on the same period of last year.",
    ],
    related=[("Explainer: what is the parity effect?", "/business/explainer-parity-effect-80112"),
             ("Garment makers shed jobs as orders move to Egypt", "/business/garment-jobs-egypt-87650"),
             ("Ambarlı port volumes up 5% in third quarter", "/business/ambarli-volumes-q3-88190")],
    most_read=["Bosphorus ferry fares to rise in November", "Exports post best September on record",
               "Galatasaray hold on for derby win", "Rent cap debate returns to parliament"],
)

_S4_C = _newsletter(
    url="https://tradecorridors.example/briefing/2026-10-05/turkiye-euro-zone-buyers-lift-september-exports",
    site="Trade Corridors Briefing", issue="Vol. 7, No. 39",
    headline="Türkiye: euro-zone buyers lift September exports",
    visible="Monday 5 October 2026",
    author="By Sophie Verhaegen in Brussels",
    tagline="EU-neighbourhood trade flows, every Monday",
    body=[
        "Türkiye's September trade figures, released by the Trade Ministry in Istanbul on Saturday, showed exports of $23.41bn (around €20.0bn), up 6.8% on a year earlier and the highest on record for a September. Imports grew 3.1% to $29.87bn.",
        "For readers in the EU, the more interesting number is the destination breakdown. Shipments to the 27 member states rose 8.9% to $10.2bn, lifting the bloc's share of Turkish exports to 43.6% in the month. Germany alone took $1.94bn of goods, led by vehicles and parts.",
        "## Flattered by the euro",
        "Part of the strength is a currency effect. The Turkish Exporters Assembly (TİM) estimates that the euro's rise against the dollar added roughly $0.42bn to the dollar value of September sales; stripping it out, growth was 4.9%. In euro terms, in other words, the increase was smaller than the dollar headline suggests.",
        "* Exports: $23.41bn, +6.8% y/y (September 2025: $21.92bn)",
        "* Imports: $29.87bn, +3.1% (September 2025: $28.97bn)",
        "* Trade balance: -$6.46bn (September 2025: -$7.05bn)",
        "* Exports January-September: $199.6bn, +4.2%",
        "* Rolling 12-month exports: $276.3bn, against a 2026 target of $282bn",
        "## Autos carry the month",
        "Automotive exports were up 11.5% at $3.38bn. Turkish plants, several of them owned by European carmakers, have been winning orders for light commercial vehicles and hybrids. Clothing remained the weak spot, with exports down 4.7%, as EU retailers shift sourcing to cheaper Asian and North African suppliers.",
        "On the import side, energy purchases fell 12.3%, while imports excluding energy and gold rose 4.1% to $23.54bn, a sign that domestic demand is holding up despite high interest rates.",
        "Trade Minister Nazlı Erkan said the annual goal of $282bn was achievable, pointing to a seasonally strong final quarter. On the numbers so far, Türkiye would need to export about $82bn in October-December, some 7% more than in the last quarter of 2025, to hit it.",
        "## Customs union talks",
        "Ankara continues to press Brussels to modernise the customs union agreed in 1995, which covers industrial goods but leaves out services, public procurement and most farm products. Erkan said on Saturday that an update would “double the trade between us within a decade”. Commission officials say there is still no date for the formal start of negotiations.",
        "Saturday's release did not break imports down by origin, so the EU's side of the ledger will have to wait. Final figures from the Turkish Statistical Institute, which include that detail, are due on 30 October. We will also be watching Morocco's and Egypt's September data, due later this month, for signs of the sourcing shift in clothing.",
    ],
    related=[("Morocco: phosphate exports rebound", "/briefing/2026-09-28/morocco-phosphates"),
             ("The customs union at thirty: what an upgrade would cover", "/analysis/customs-union-upgrade"),
             ("Data: EU imports from neighbourhood partners", "/data/eu-neighbourhood-imports")],
)

_S4_D = _local(
    url="https://www.uludaggazette.example/news/economy/bursas-car-exporters-drive-september-record",
    site="Uludağ Gazette Online",
    headline="Bursa's car exporters drive September record",
    dek="Automotive shipments from the province rose sharply as the country posted its best September ever for exports.",
    byline="By Staff Reporter",
    visible=None,
    caption="New light commercial vehicles wait for shipment at a plant in the Bursa Organised Industrial Zone.",
    credit="Uludağ Gazette",
    weather="Bursa 19°C, partly cloudy",
    body=[
        "Bursa's car and parts makers were among the big winners in the September export figures announced in Istanbul on Saturday, as automotive shipments helped push the country's total to a record for the month.",
        "Nationwide exports rose 6.8 per cent on the year to 23.41 billion dollars, Trade Minister Nazlı Erkan said. The automotive industry, whose largest plants are in Bursa and neighbouring Kocaeli, was again the top exporting sector with 3.38 billion dollars, 11.5 per cent more than in September last year.",
        "Exports registered from Bursa province rose 9.2 per cent to 1.74 billion dollars, according to figures published by the Turkish Exporters Assembly, keeping the city in fourth place among Türkiye's provinces behind Istanbul, Kocaeli and Izmir.",
        "“Our members shipped more light commercial vehicles to France and Italy than in any month this year,” said Serdar Koçak, chairman of the Bursa-based automotive exporters' association. “But make no mistake: the margin per vehicle is thinner than it was two years ago. Wages and energy have gone up in lira much faster than the exchange rate.”",
        "Koçak said the sector expected to finish 2026 with automotive exports of around 42 billion dollars, compared with about 40 billion last year.",
        "## Extra shifts in the industrial zone",
        "At the Bursa Organised Industrial Zone, the mood was cautiously positive. A production manager at a seat-frame supplier, who asked not to be named because he was not authorised to speak to the press, said his factory had added a third shift in September for the first time since 2024. “The orders are there. The question is whether they are profitable,” he said.",
        "Textile firms in the province, which have been cutting jobs for two years, had less to celebrate. Nationwide, ready-made garment exports fell 4.7 per cent in September, and weaving mills in the Demirtaş and Yıldırım areas say they have lost orders to Egypt and Bangladesh.",
        "Leyla Özkan, a board member of the Bursa Chamber of Commerce and Industry, said the city needed better rail links to the ports of Gemlik and Izmit. “A truck from Bursa to Gemlik port should not take as long as a flight to Frankfurt,” she said.",
        "Koçak also backed the exporters' assembly's call for Türk Eximbank to raise its rediscount credit limits by 5 billion dollars. “Cheap working capital is the difference between keeping a line running and shutting it,” he said.",
        "Imports rose 3.1 per cent to 29.87 billion dollars, so the national trade deficit narrowed to 6.46 billion dollars in September, and exports in the first nine months of the year reached 199.6 billion dollars, the minister said.",
    ],
    related=[("Gemlik port expansion: tender date set", "/news/economy/gemlik-port-tender"),
             ("Bursaspor coach: 'We need patience'", "/sport/bursaspor-coach-patience"),
             ("Road works on Mudanya road until December", "/news/city/mudanya-road-works")],
)

STORY_4 = _story("tr-MD4", "trade", "2026-10-06", [
    _page("https://www.anatoliabizwire.example/economy/2026/10/03/turkish-exports-hit-september-record", _S4_A),
    _page("https://www.istanbulledger.example/business/exports-post-best-september-on-record-as-deficit-narrows-88213", _S4_B),
    _page("https://tradecorridors.example/briefing/2026-10-05/turkiye-euro-zone-buyers-lift-september-exports", _S4_C),
    _page("https://www.uludaggazette.example/news/economy/bursas-car-exporters-drive-september-record", _S4_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# Story 5 - rk-MD5 - rocket (PLANTED: satellite mass; title of the company's head)
# ===========================================================================

_S5_A = _wire(
    url="https://www.gulfpressagency.example/en/science/2026/11/19/emirati-firms-first-radar-satellite-launched-from-new-zealand",
    site="Gulf Press Agency", short="GPA", section="Science",
    headline="Emirati firm's first radar satellite launched from New Zealand",
    desc="Sahm Space's Sahm-1 radar satellite was launched on an Electron rocket from New Zealand's Mahia Peninsula early on Thursday, UAE time.",
    dateline="ABU DHABI, Nov 19",
    byline="By Faisal Al Mansoori",
    credits="Reporting by Faisal Al Mansoori; Editing by Layla Haddad",
    published="2026-11-19T00:58:00Z", updated=None,
    visible="19 Nov 2026 04:58 UAE",
    body=[
        "A radar imaging satellite built by Abu Dhabi-based Sahm Space was launched into orbit early on Thursday aboard a Rocket Lab Electron rocket from New Zealand, the company said, the first such satellite developed by a private Emirati firm.",
        "The Electron lifted off from Launch Complex 1 on the Mahia Peninsula, on New Zealand's North Island, at 3:42 a.m. UAE time. The 165-kilogram Sahm-1 satellite separated from the rocket's upper stage about 58 minutes later in a sun-synchronous orbit at an altitude of around 530 kilometres.",
        "A first launch attempt early on Wednesday was called off about 20 minutes before liftoff because of strong upper-level winds over the launch site.",
        "“Tonight a company that started with six engineers in a rented office in 2021 put its own radar in space,” said Hind Al Marzouqi, co-founder and chief executive of Sahm Space, who watched the launch with staff at the company's mission control centre in Masdar City. “The real work begins now.”",
        "The company said it expected to make first contact with the satellite through a ground station in Norway's Svalbard archipelago within hours.",
        "Sahm-1 carries a synthetic aperture radar, which builds pictures from reflected microwave signals and can therefore see through cloud, dust and darkness. The company says it will produce images with a resolution of about 50 centimetres in its sharpest mode.",
        "The satellite was assembled at the company's facility in Masdar City around a platform bought from a European supplier; the radar antenna and onboard software were developed in-house. Engineers will spend three to four weeks unfolding and testing the antenna before taking the first images, and full commissioning is expected to take about three months.",
        "Sahm Space plans to put a constellation of eight radar satellites into orbit by the end of 2029, offering data for maritime surveillance, oil-spill detection, flood mapping and the monitoring of coastal mangroves.",
        "The startup raised $62 million in a Series A funding round in September 2025 and has received support from the UAE Space Agency's national space fund.",
        "“This is the kind of launch we want to see more often: an Emirati company, an Emirati payload, commercial customers,” said Khalid Al Nuaimi, director of the space missions sector at the UAE Space Agency.",
        "The mission, which Sahm named “Desert Lantern”, was the company's first launch. A second, heavier satellite is scheduled to fly in 2027.",
    ],
    related=[("UAE Space Agency opens new round of national space fund", "/en/science/2026/10/02/space-fund-round"),
             ("Explainer: what is synthetic aperture radar?", "/en/science/explainer-sar"),
             ("Sahm Space raises $62 million (Sept 2025)", "/en/business/2025/09/16/sahm-space-series-a")],
)

_S5_B = _paper(
    url="https://www.abudhabichronicle.example/uae/science/the-real-work-begins-now-sahm-1-phones-home-after-dawn-launch-1.2290417",
    site="The Abu Dhabi Chronicle", section="UAE / Science",
    headline="'The real work begins now': Sahm-1 phones home after dawn launch",
    dek="Abu Dhabi start-up's radar satellite made first contact with ground controllers two and a half hours after lifting off from New Zealand",
    author="Reem Al Hashimi",
    published="2026-11-19T14:00:00+04:00", modified=None, visible="November 19, 2026",
    caption="Sahm Space engineers watch the launch at the company's mission control in Masdar City early on Thursday.",
    credit="Courtesy: Sahm Space",
    body=[
        "Engineers at Sahm Space's mission control in Masdar City broke into applause at 6:10 a.m. on Thursday when the company's first satellite, Sahm-1, sent its first signals to a ground station in Svalbard, Norway, roughly two and a half hours after it was launched from the other side of the world.",
        "The 165kg (364lb) radar satellite lifted off at 3:42 a.m. UAE time aboard a Rocket Lab Electron rocket from the company's launch site on New Zealand's Mahia Peninsula, where it was already early afternoon. The rocket's kick stage released the satellite 58 minutes later into a sun-synchronous orbit about 530km (329 miles) above Earth, inclined at 97.5 degrees.",
        "“Solar panels deployed, batteries charging, temperatures normal. She is healthy,” mission director Omar Haddad told The Chronicle by phone from Rocket Lab's launch control centre in Auckland.",
        "The launch had been delayed by a day after strong high-altitude winds forced controllers to stand down about 20 minutes before liftoff early on Wednesday.",
        "## A first for the private sector",
        "Sahm-1 is the first radar imaging satellite built by a private Emirati company. It was assembled at Sahm's facility in Masdar City around a platform bought from a European supplier, with the radar antenna and onboard software developed in-house.",
        "Hind Al Marzouqi, Sahm's co-founder and chief executive, said the company had started in 2021 with six engineers in a rented office. “Tonight a company that started with six engineers put its own radar in space. The real work begins now,” she told staff shortly after liftoff.",
        "Over the next three to four weeks, engineers will unfold and test the satellite's radar antenna before attempting to take the first images. Full commissioning is expected to take about three months, with commercial service due to begin early next year.",
        "Synthetic aperture radar satellites bounce microwave pulses off the ground and combine the echoes into images, which lets them see through cloud, dust storms and darkness, a capability valued for watching shipping lanes and oil spills in the Gulf. Sahm says Sahm-1 will achieve a resolution of about 50cm in its sharpest mode.",
        "## Eight satellites by 2029",
        "The company, which raised $62 million in a Series A round in September 2025, plans a constellation of eight satellites by the end of 2029. Its second satellite, Sahm-2, will be heavier at around 240kg and is scheduled to launch in 2027 on a SpaceX rideshare mission from California.",
        "Khalid Al Nuaimi, director of the space missions sector at the UAE Space Agency, said the launch showed that the country's space industry was “moving from government missions to commercial companies that can stand on their own feet”. The agency's national space fund contributed to the satellite's development.",
        "Sahm said it had already signed agreements with three government customers in the region, but declined to disclose their value.",
    ],
    related=[("Masdar City's space cluster grows", "/uae/science/masdar-space-cluster-1.2251190"),
             ("UAE astronaut programme selects new class", "/uae/science/astronaut-class-1.2277104"),
             ("Mangroves from orbit: how satellites help conservation", "/uae/environment/mangroves-orbit-1.2189930")],
    most_read=["National Day holiday dates announced", "Sahm-1 phones home after dawn launch",
               "Fog warning for Abu Dhabi roads", "New metro link approved for Yas Island"],
)

_S5_C = _newsletter(
    url="https://orbitalbrief.example/issues/412/electron-lofts-sahm-1-gulf-sar-race-heats-up",
    site="Orbital Brief", issue="No. 412",
    headline="Electron lofts Sahm-1; Gulf SAR race heats up",
    visible="Friday 20 November 2026",
    author="By Jonas Whitfield",
    tagline="The smallsat launch market in five minutes a day",
    body=[
        "Rocket Lab's Electron lifted off from Launch Complex 1 on New Zealand's Mahia Peninsula at 23:42 UTC on Wednesday 18 November carrying Sahm-1, the first synthetic aperture radar satellite from Abu Dhabi-based Sahm Space. The mission, dubbed Desert Lantern, followed a scrub on Tuesday (the 23:55 UTC attempt) for upper-level winds.",
        "The kick stage deployed the 185 kg spacecraft 58 minutes after liftoff into a 530 km sun-synchronous orbit at 97.5 degrees. Sahm reported first contact at 02:10 UTC on Thursday via a ground station on Svalbard.",
        "## The numbers",
        "* Launch: 23:42 UTC, 18 November (12:42 NZDT / 03:42 GST on 19 November)",
        "* Payload: Sahm-1, X-band SAR, 185 kg",
        "* Orbit: about 530 km SSO, 97.5 degrees",
        "* Deployment: T+58 min",
        "* First contact: 02:10 UTC, 19 November",
        "* Customer funding to date: $62m Series A (September 2025)",
        "## Why it matters",
        "Electron is usually quoted at up to about 300 kg to low Earth orbit, and less to a sun-synchronous orbit of this height, so Sahm-1 took up a good share of the rocket. A dedicated Electron costs several times more per kilogram than a Transporter rideshare slot, but buys the customer its own schedule and orbit. Sahm's chief executive Hind Al Marzouqi told us in September that the company “could not afford to wait in a rideshare queue for our first bird”.",
        "Radar is a natural fit for the region: summer dust and haze degrade optical imagery for weeks at a time, and governments want round-the-clock coverage of shipping lanes through the Strait of Hormuz and of offshore oil infrastructure.",
        "The Gulf SAR market is getting crowded. Other Gulf states have announced radar programmes of their own, and European and US operators already sell imagery to Gulf governments. Sahm is betting on price and local presence: it plans eight satellites by the end of 2029 and says the second, Sahm-2 (around 240 kg), will fly on a SpaceX rideshare in 2027.",
        "Omar Haddad, Sahm's mission director, said antenna deployment and checkout would take three to four weeks before first imagery, and full commissioning about three months.",
        "## Electron manifest",
        "For Rocket Lab, the flight rounded off a busy few weeks at Mahia. The company's next Electron mission, for a US government customer, is scheduled from its Virginia pad in early December. Sahm did not disclose what it paid for the dedicated ride, and Rocket Lab does not comment on contract values.",
        "We will be watching for Sahm-1's first imagery; the company has promised a picture of the Abu Dhabi coastline before the new year.",
    ],
    related=[("No. 411: Transporter manifest for 2027 filling up", "/issues/411"),
             ("No. 405: Who is building SAR in the Gulf?", "/issues/405"),
             ("Launch log: every orbital attempt in 2026", "/data/launch-log-2026")],
)

_S5_D = _local(
    url="https://www.eastcoastbulletin.example/news/rocket-roars-off-mahia-with-abu-dhabi-satellite-after-wind-delay",
    site="East Coast Bulletin",
    headline="Rocket roars off Mahia with Abu Dhabi satellite after wind delay",
    dek="Spectators who came back for a second try were rewarded with a clear lift-off just after lunchtime.",
    byline="By Anaru Walker",
    visible="Thursday, 19 November 2026 - 5.30pm",
    caption="The Electron rocket climbs away from the Mahia Peninsula.",
    credit="Anaru Walker",
    weather="Mahia 21°C, fine with northwesterlies",
    body=[
        "The rumble rolled across Mahia Beach just after lunchtime today as an Electron rocket lifted off from the peninsula carrying a radar satellite for a company from Abu Dhabi.",
        "The rocket left the pad at 12.42pm, a day after an attempt at about the same time was called off because of strong winds high above the launch site. Spectators who had driven out from Wairoa and Gisborne for yesterday's try came back again today, and this time they were not disappointed.",
        "“It went straight up through a gap in the cloud and you could hear it for ages,” said Rewi Paku, who manages a campground at Mahia Beach. “We had a couple from Dubai staying with us who had come all this way just to see it. She was in tears.”",
        "The satellite, named Sahm-1, weighs 165kg and will orbit about 530km above the Earth. It was built by Sahm Space, a start-up based in Abu Dhabi in the United Arab Emirates, and uses radar to take pictures of the ground through cloud and at night. The company says the radar can pick out objects about half a metre across and will be used to watch shipping, oil spills and flooding, and it plans to launch seven more satellites by the end of 2029.",
        "Sahm's chief operating officer, Hind Al Marzouqi, said in a statement that her team had been “overwhelmed by the welcome from the people of Mahia and Wairoa”. “We will send the first image of New Zealand's East Coast back to the community as a thank you,” she said.",
        "The satellite separated from the rocket just under an hour after launch, and the company said it had made contact with it by mid-afternoon New Zealand time.",
        "## Road restrictions lifted",
        "Wairoa District Council said road restrictions on the peninsula were lifted at 2pm. Council economic development manager Tania Hohaia said launch days brought welcome business to cafés, petrol stations and accommodation providers. “Every time there's a delay, people stay an extra night. Nobody here complains about a scrub,” she said.",
        "Rocket Lab has been launching from Mahia for most of the past decade. The company does not usually comment on its customers' satellites, but said the Electron had performed as planned and that the mission, which Sahm named Desert Lantern, was a success.",
        "Local iwi representatives held a karakia at the site earlier in the week, as they have before previous missions.",
        "The next launch from the peninsula is expected in December. The council will post road information on its website and Facebook page as usual.",
    ],
    related=[("Mahia campgrounds report record summer bookings", "/news/mahia-campgrounds-bookings"),
             ("Wairoa council approves roading budget", "/news/wairoa-roading-budget"),
             ("Gisborne rugby: Poverty Bay through to final", "/sport/poverty-bay-final")],
)

STORY_5 = _story("rk-MD5", "rocket", "2026-11-21", [
    _page("https://www.gulfpressagency.example/en/science/2026/11/19/emirati-firms-first-radar-satellite-launched-from-new-zealand", _S5_A),
    _page("https://www.abudhabichronicle.example/uae/science/the-real-work-begins-now-sahm-1-phones-home-after-dawn-launch-1.2290417", _S5_B),
    _page("https://orbitalbrief.example/issues/412/electron-lofts-sahm-1-gulf-sar-race-heats-up", _S5_C),
    _page("https://www.eastcoastbulletin.example/news/rocket-roars-off-mahia-with-abu-dhabi-satellite-after-wind-delay", _S5_D),
], [
    ("mass of the Sahm-1 satellite", r"(?<!\d)165(?!\d)|(?<!\d)36[34]\s*(?:lb|pound)", r"(?<!\d)185(?!\d)"),
    ("title of Hind Al Marzouqi", r"chief executive|\bceo\b", r"chief operating officer|\bcoo\b"),
])

# ===========================================================================
# Story 6 - eq-MD6 - earthquake (CONTROL: every outlet agrees)
# ===========================================================================

_S6_A = _wire(
    url="https://www.crescentnews.example/world/2025/11/09/magnitude-6-1-quake-eastern-turkey-malatya",
    site="Crescent News Agency", short="CNA", section="World",
    headline="Magnitude 6.1 quake kills six in eastern Turkey",
    desc="A magnitude 6.1 earthquake struck Malatya province early on Sunday, killing at least six people and injuring 241.",
    dateline="MALATYA, Turkey, Nov 9",
    byline="By Emre Kaplan",
    credits="Reporting by Emre Kaplan in Malatya and Zehra Ilgaz in Ankara; Writing by Nadia Farouk; Editing by Simon Hart",
    published="2025-11-08T23:58:00Z", updated="2025-11-09T06:40:00Z",
    visible="November 9, 2025 06:40 GMT - Updated",
    body=[
        "A magnitude 6.1 earthquake struck Malatya province in eastern Turkey early on Sunday, killing at least six people and injuring 241, the country's disaster management agency AFAD said, in a region still rebuilding from the catastrophic earthquakes of 2023.",
        "The quake hit at 2:41 a.m. local time on Sunday (2341 GMT Saturday) at a depth of 9.8 km, with its epicentre in the district of Puturge, AFAD said. The U.S. Geological Survey measured it at magnitude 6.0 and a depth of 10 km.",
        "Earlier, Interior Minister Kenan Boztepe had said two people were killed and 68 injured. The toll rose through the morning as rescue teams reached villages in the mountainous district.",
        "At least 17 buildings collapsed, most of them damaged in the February 2023 earthquakes and left empty, Boztepe told reporters in Malatya.",
        "Rescuers had pulled eight people alive from the rubble by mid-morning, AFAD said. Some 3,800 search and rescue personnel were sent to the area.",
        "The tremor was felt across southeastern Turkey, including in the provinces of Elazig, Adiyaman, Diyarbakir and Sanliurfa. Many residents ran into the streets in the cold and spent the rest of the night in cars or in the open.",
        "“The house moved like a boat. I grabbed my grandchildren and we ran out in our socks,” said Hasan Yildiz, a 52-year-old apricot farmer from the village of Tepecik, near the epicentre. “The barn fell down behind us.”",
        "AFAD recorded 74 aftershocks by 6 a.m., the strongest of them a magnitude 4.7 tremor at 3:12 a.m.",
        "Schools in Malatya province will be closed for a week, Governor Seyfullah Ari said. AFAD said it had sent tents, blankets and mobile kitchens to Puturge, and hospitals in Malatya, Elazig and Adiyaman were put on alert.",
        "The epicentre lies about 50 km (31 miles) east of the city of Malatya, on the East Anatolian Fault, one of the most active fault systems in the country. A magnitude 6.8 earthquake on a neighbouring stretch of the fault, near Sivrice in Elazig province, killed 41 people in January 2020.",
        "Malatya was among the provinces worst hit by the two powerful earthquakes of Feb. 6, 2023, which killed more than 53,000 people in Turkey and flattened whole neighbourhoods across the south and southeast.",
        "Turkey sits on several major fault lines, and the government has pledged to speed up the replacement of buildings that do not meet modern standards, a programme that engineers say is far from complete in the towns of the southeast.",
    ],
    related=[("Pictures: Malatya after the quake", "/pictures/2025/11/09/malatya-quake"),
             ("Two years on, Malatya's new housing still incomplete", "/world/2025/02/06/malatya-rebuilding"),
             ("Explainer: why Turkey has so many earthquakes", "/world/explainer-turkey-faults")],
)

_S6_B = _live(
    url="https://www.worlddesk.tv.example/live/2025/11/09/turkey-malatya-earthquake-live",
    site="World Desk TV",
    headline="Turkey earthquake: magnitude 6.1 quake hits Malatya - live updates",
    dek="Rescue teams search collapsed buildings in eastern Turkey after a strong night-time earthquake. All times GMT; local time is GMT+3.",
    published="2025-11-09T00:05:00Z", modified="2025-11-09T18:10:00Z",
    authors="World Desk TV live team",
    key_points=[
        "11 people killed and 462 injured, interior minister says",
        "Magnitude 6.1 quake struck at 02:41 local time (23:41 GMT Saturday)",
        "186 aftershocks recorded by 6 p.m. local time",
    ],
    entries=[
        ("18:10 GMT", "Toll rises to 11", [
            "Interior Minister Kenan Boztepe says 11 people have now died and 462 were injured. He says 58 of the injured are still in hospital, three of them in intensive care; the others have been treated and discharged.",
            "Speaking at the crisis centre in Malatya at 9 p.m. local time, he said search operations at the last two collapsed buildings in Pütürge had been completed and that no one was believed to be missing.",
        ]),
        ("15:20 GMT", "Aftershocks continue", [
            "AFAD says 186 aftershocks were recorded by 6 p.m. local time (15:00 GMT), the largest measuring 4.7. Seismologists warn that stronger aftershocks cannot be ruled out in the coming days.",
        ]),
        ("13:45 GMT", "Red Crescent appeals for blood", [
            "The Turkish Red Crescent says it has sent 12 mobile kitchens and blood supplies to Malatya, and is asking people in the region to donate blood at its centres.",
        ]),
        ("11:05 GMT", "Nine dead, 387 injured", [
            "The toll has risen to nine dead and 387 injured, AFAD said in its 2 p.m. local update. Fourteen people have been rescued alive from the rubble so far.",
        ]),
        ("08:40 GMT", "Kandilli puts magnitude at 6.2", [
            "Istanbul's Kandilli Observatory has put the magnitude at 6.2, slightly higher than AFAD's 6.1 and the US Geological Survey's 6.0. Agencies often differ by a few tenths in the first hours after a quake because they use different methods and station networks.",
        ]),
        ("06:15 GMT", "Six dead, 241 injured", [
            "AFAD and the interior minister now say six people have died and 241 have been injured. More than 3,800 rescuers have been deployed, including teams from neighbouring Elazığ and Adıyaman.",
        ]),
        ("04:50 GMT", "Schools closed for a week", [
            "Malatya Governor Seyfullah Arı says schools across the province will stay closed for a week while engineers check their buildings.",
        ]),
        ("03:30 GMT", "Residents spend the night outdoors", [
            "Pictures from Malatya show families huddled around fires in parks and sitting in cars with the engines running. Temperatures in the city dropped to around 2C overnight.",
            "“Nobody wants to go back inside. Everyone here remembers 2023,” a resident of the city centre told World Desk TV by phone.",
        ]),
        ("02:35 GMT", "First casualties reported", [
            "Interior Minister Kenan Boztepe says two people have been killed and 68 injured, in a statement issued at 5:30 a.m. local time. He says several buildings have collapsed in Pütürge district, most of them already damaged and empty.",
        ]),
        ("00:05 GMT", "Strong quake in eastern Turkey", [
            "A strong earthquake has struck Malatya province in eastern Turkey. AFAD, Turkey's disaster and emergency agency, says it measured 6.1 and struck at 23:41 GMT (02:41 local time) at a depth of 9.8km.",
            "It was felt in several neighbouring provinces, including Elazığ, Adıyaman and Diyarbakır. There is no immediate word on casualties.",
        ]),
    ],
    related=[("Watch: drone footage from Pütürge", "/video/2025/11/09/puturge-drone"),
             ("How Turkey's quake warning systems work", "/explainers/turkey-quake-warning"),
             ("Malatya two years after 2023", "/features/malatya-after-2023")],
)

_S6_C = _paper(
    url="https://www.ankaracourier.example/turkiye/malatya-earthquake-death-toll-rises-to-11-as-aftershocks-rattle-survivors-38815",
    site="The Ankara Courier", section="Türkiye",
    headline="Malatya earthquake: death toll rises to 11 as aftershocks rattle survivors",
    dek="More than 460 people injured; most of the collapsed buildings had been damaged in 2023, officials say",
    author="Tolga Yaşar",
    published="2025-11-09T22:30:00+03:00", modified=None, visible="9 November 2025, 22:30",
    caption="Rescue workers search the ruins of a collapsed building in Pütürge on Sunday.",
    credit="Photo: Courier / Ahmet Sönmez",
    body=[
        "The death toll from the magnitude 6.1 earthquake that struck Malatya province early on Sunday rose to 11 by the evening, Interior Minister Kenan Boztepe said, while 462 people were injured.",
        "Speaking at the provincial crisis centre at 9 p.m., Boztepe said 58 of the injured were still being treated in hospital, three of them in intensive care, and the rest had been discharged. “We have reached every village in the affected area. There is nobody left under the rubble that we know of,” he said.",
        "The quake struck at 02:41, when most residents were asleep. Its epicentre was in Pütürge district, about 10 kilometres north of the district centre, at a depth of 9.8 kilometres, according to the Disaster and Emergency Management Authority (AFAD).",
        "Istanbul's Kandilli Observatory recorded the magnitude as 6.2, while the US Geological Survey put it at 6.0.",
        "## Old damage, new collapses",
        "Twenty-three buildings collapsed, most of them in Pütürge and surrounding villages. AFAD President Okan Demirtaş said the majority had been damaged in February 2023 and were empty or awaiting demolition, which had kept the death toll down. “Had these buildings been occupied, we would be talking about a very different number tonight,” he said.",
        "Rescue teams pulled 14 people alive from the rubble during the day. About 5,600 personnel, including teams from neighbouring provinces, were working in the area by Sunday evening, and AFAD had set up 6,500 tents for families unable or unwilling to return home.",
        "## Aftershocks",
        "AFAD recorded 186 aftershocks by 6 p.m., the largest a magnitude 4.7 tremor at 03:12, half an hour after the main shock.",
        "Prof. Tuncay Erdem, a seismologist at Kandilli, said the quake occurred on the Pütürge segment of the East Anatolian Fault, close to the stretch that broke in the January 2020 Sivrice earthquake. “This segment was under stress after 2020 and again after 2023. A quake of around magnitude six here was not a surprise,” he said. He advised residents not to enter damaged buildings for at least several days.",
        "The 2020 earthquake, centred in neighbouring Elazığ province, killed 41 people. The twin earthquakes of 6 February 2023, which devastated 11 provinces including Malatya, killed more than 53,000 people in Türkiye.",
        "Schools across Malatya province will be closed for one week. In Adıyaman and Elazığ, where the quake was also strongly felt, classes were suspended for Monday only.",
        "In the village of Tepecik, near the epicentre, apricot farmer Hasan Yıldız said his family had slept in the car. “The barn fell down right behind us. We will not go back inside until an engineer tells us it is safe,” he said.",
    ],
    related=[("Live: Malatya earthquake updates", "/turkiye/malatya-earthquake-live-38790"),
             ("Urban renewal in the quake zone: where things stand", "/turkiye/urban-renewal-quake-zone-37002"),
             ("How to check if your building is safe", "/life/building-safety-guide-31177")],
    most_read=["Malatya earthquake: death toll rises to 11", "Fuel price hike from Tuesday",
               "Parliament begins budget debate", "Fenerbahçe win away in Kayseri"],
)

_S6_D = _local(
    url="https://www.malatyatoday.example/haber/day-after-the-quake-12-dead-schools-shut-engineers-begin-inspections",
    site="Malatya Today",
    headline="Day after the quake: 12 dead, schools shut, engineers begin inspections",
    dek="Officials say 212 buildings are heavily damaged as aftershocks continue.",
    byline="Malatya Today news desk",
    visible="10.11.2025 09:15",
    caption="Families queue for hot meals at a distribution point in the city centre.",
    credit="Malatya Today",
    weather="Malatya 6°C, clear",
    body=[
        "The number of people killed in Sunday's earthquake has risen to 12 after an injured woman died in hospital overnight, the Malatya Governor's Office said on Monday morning.",
        "A total of 471 people were injured, of whom 39 were still in hospital as of 8 a.m., Governor Seyfullah Arı said. Most of the injured were hurt while running out of buildings or jumping from balconies and windows in the dark.",
        "Of the 12 dead, eight were pulled from collapsed buildings in Pütürge and nearby villages. The others died of injuries from falls or of heart attacks.",
        "## Inspections under way",
        "Engineers from the Ministry of Environment, Urbanisation and Climate Change had inspected 1,140 buildings in the province by Monday morning and found 212 of them heavily damaged. These will be demolished, Arı said. Twenty-three buildings collapsed in the quake itself.",
        "“Residents should not enter any building that has not been checked. We know people want to get their belongings, but the aftershocks are still strong,” Arı said.",
        "AFAD has recorded 260 aftershocks since the main quake, according to its latest update at 8 a.m. The largest, of magnitude 4.7, came at 03:12 on Sunday.",
        "More than 7,000 tents have now been set up in Pütürge, in the parks of the city centre and on the İnönü University campus, and hot meals are being served at 14 points across the province.",
        "The Turkish Red Crescent said its 12 mobile kitchens in the province had served more than 40,000 meals since Sunday morning, and blood donations were being accepted at the Turgut Özal Medical Centre. Interior Minister Kenan Boztepe, who spent the night in Malatya, was due to visit Pütürge again on Monday.",
        "## Schools closed",
        "All schools in Malatya province will remain closed until Friday, the provincial education directorate said. Zeynep Aksoy, a teachers' union representative who spent Sunday night in her car with her two children, said many school buildings still needed to be checked. “We cannot bring children into a building we are not sure about, not after what this city went through in 2023,” she said.",
        "Sunday's quake, measured at magnitude 6.1 by AFAD, struck at 02:41 about 10 kilometres north of the Pütürge district centre. It was felt as far away as Diyarbakır and Şanlıurfa.",
        "Apricot growers in Pütürge, where many farmhouses are built of stone and mud brick, said storage barns had been badly hit. The Malatya Commodity Exchange said it was too early to estimate losses in a province that supplies a large part of the world's dried apricots.",
    ],
    related=[("Where to find tents, food and water: full list", "/haber/aid-points-list"),
             ("Blood donation call from Turgut Özal Medical Centre", "/haber/blood-donation-call"),
             ("Malatyaspor match postponed", "/spor/malatyaspor-postponed")],
)

STORY_6 = _story("eq-MD6", "earthquake", "2025-11-11", [
    _page("https://www.crescentnews.example/world/2025/11/09/magnitude-6-1-quake-eastern-turkey-malatya", _S6_A),
    _page("https://www.worlddesk.tv.example/live/2025/11/09/turkey-malatya-earthquake-live", _S6_B),
    _page("https://www.ankaracourier.example/turkiye/malatya-earthquake-death-toll-rises-to-11-as-aftershocks-rattle-survivors-38815", _S6_C),
    _page("https://www.malatyatoday.example/haber/day-after-the-quake-12-dead-schools-shut-engineers-begin-inspections", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
