"""Part OC of the story battery (web pages).

Written by engineer OC1 on 2026-12-07 (twenty-third session, eighteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py OC`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-OC1 (CONTROL): the Czech National Bank cuts its two-week repo rate by 25 basis points to 3.25% on Thursday 26 March 2026 on a 5-2 board vote; traps are bp vs "a quarter point" vs "0.25 percentage point", 14:30 CET vs 13:30 GMT, "on Thursday"/"last Thursday" from pages published on later days, the previous 3.50% rate, February inflation vs the 2% target and the February forecast path, the koruna quoted at different moments, the next meeting (6 May) and koruna/euro conversions of a mortgage example.
el-OC2 (planted: the winner's final vote share 54.3% vs 53.4% in one outlet; her age 44 vs 47 in another): an invented Klaipeda mayoral by-election runoff on Sunday 10 May 2026; traps are partial counts that rise through the night (polling stations reported, leads of 55.1%/54.6% before the final 54.3%), turnout of the runoff vs the first round, the first-round shares, the 2023 result and a pre-election poll, 20:00 local vs 17:00 GMT, "on Sunday"/"overnight"/"early on Monday", name forms and her previous posts described two ways.
ct-OC3 (CONTROL): the Czech Constitutional Court, by 10 votes of 15, strikes down the municipal cap on short-term rentals while upholding registration and data sharing, announced Tuesday 11 August 2026 at 10:00 CEST (08:00 GMT); traps are "ten of fifteen"/"10-5"/"five dissenting", the lapse "at the end of 2026"/"31 December"/"from January", Prague 1's 90-night cap vs the statutory floor of 60 nights vs Amsterdam's 30, fines in koruna and euros, listing counts for the city vs one district, a quote translated two ways, and Brno vs the court.
tr-OC4 (planted: the wheat licence volume 1.2 million tonnes vs 1.5 million tonnes in one outlet; the start of the regime 1 July vs 1 September in another): Poland and Ukraine sign a licensing protocol for grain and sugar in Lublin on Wednesday 10 June 2026; traps are Warsaw vs Kyiv clock times, tonnes written several ways, the EU-wide 1.3 million tonne wheat quota and Ukraine's requested 2 million tonnes, 2025 trade values in zloty/euros/dollars, maize/rapeseed/sugar sub-volumes, the July-June marketing year and the review after six months.
rk-OC5 (planted: the satellite's mass 112 kg vs 121 kg in one outlet; the target orbit about 510 km vs 560 km in another): a Lithuanian company's first microsatellite flies on a Falcon 9 rideshare from Vandenberg on Friday 13 November 2026 at 14:42 PST; traps are PST vs UTC vs Vilnius time across midnight (Friday vs early Saturday), km vs miles and kg vs pounds, deployment "72 minutes"/"an hour and 12 minutes" after liftoff, first contact hours later, the cost in euros and dollars, the next satellite planned for 2028 and Lithuania's 2014 cubesats.
eq-OC6 (CONTROL): a Vrancea intermediate-depth earthquake in Romania at 00:47 local time on Tuesday 17 November 2026 (22:47 GMT Monday); traps are magnitudes attributed to three agencies (INFP 5.8, EMSC 5.7, USGS 5.6) and depths to two, an injured count rising from 6 to 19 to 27 and aftershocks from 9 to 14 across pages, "no deaths reported" early vs one death later, Vrancea county vs near Nereju vs "40 km west of Focsani" vs "150 km (95 miles) north-east of Bucharest", Chisinau vs Bucharest time (the same zone), and the 1977 and 2004 quakes.
"""

from __future__ import annotations

import html
import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "OC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# small helpers shared by the page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(paras: list[str], ad_after: tuple[int, ...] = (), ad_html: str = "",
           figure_after: int = -1, figure_html: str = "") -> str:
    """Paragraph list to HTML. A paragraph starting with '## ' becomes a subhead."""
    out = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
        else:
            out.append(f"<p>{_e(p)}</p>")
        if i == figure_after and figure_html:
            out.append(figure_html)
        if i in ad_after and ad_html:
            out.append(ad_html)
    return "\n".join(out)


def _jsonld(kind: str, headline: str, published: str | None, modified: str | None,
            author: str, publisher: str, url: str, extra: dict[str, Any] | None = None) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "mainEntityOfPage": url,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization", "name": publisher}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if extra:
        data.update(extra)
    return ("<script type=\"application/ld+json\">" + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _cookie(site: str, style: int = 0) -> str:
    if style == 0:
        return (f"<div class=\"cookie-banner\" role=\"dialog\"><p>{_e(site)} and our partners use "
                "cookies to personalise content and ads, to provide social media features and to "
                "analyse our traffic. You can change your choice at any time under Privacy "
                "settings.</p><button>Accept all</button> <button>Reject non-essential</button> "
                "<a href=\"/privacy\">Manage options</a></div>")
    if style == 1:
        return ("<div id=\"consent\" class=\"consent-bar\"><strong>We value your privacy.</strong> "
                "We store and access information on your device to measure audiences and show "
                "relevant advertising. <a href=\"/cookies\">Cookie policy</a> "
                "<button class=\"ok\">I agree</button> <button class=\"more\">More options</button></div>")
    return ("<aside class=\"gdpr\"><p>This site uses cookies. Essential cookies keep it working; "
            "analytics cookies help us improve it.</p><button>OK</button> "
            "<button>Only essential</button></aside>")


def _share(title: str, url: str) -> str:
    t = _a(title)
    return ("<div class=\"share-tools\"><span>Share this article</span> "
            f"<a class=\"share fb\" href=\"https://facebook.example/share?u={_a(url)}\">Facebook</a> "
            f"<a class=\"share x\" href=\"https://x.example/intent?text={t}\">X</a> "
            f"<a class=\"share li\" href=\"https://linkedin.example/share?url={_a(url)}\">LinkedIn</a> "
            "<a class=\"share mail\" href=\"mailto:?subject=Read%20this\">Email</a> "
            "<button class=\"copy-link\">Copy link</button></div>")


def _ad(label: str = "Advertisement", text: str = "") -> str:
    inner = _e(text) if text else ""
    return (f"<div class=\"ad-slot\"><span class=\"ad-label\">{_e(label)}</span>"
            f"<div class=\"ad-creative\">{inner}</div></div>")


def _figure(src: str, caption: str, credit: str) -> str:
    return (f"<figure class=\"lead-image\"><img src=\"{_a(src)}\" alt=\"{_a(caption)}\" loading=\"lazy\">"
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span></figcaption></figure>")


def _related(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f"<li><a href=\"{_a(u)}\">{_e(t)}</a></li>" for t, u in links)
    return f"<aside class=\"related\"><h3>{_e(title)}</h3><ul>{items}</ul></aside>"


def _newsletter_box(site: str, pitch: str) -> str:
    return (f"<div class=\"newsletter-signup\"><h3>Get {_e(site)} in your inbox</h3><p>{_e(pitch)}</p>"
            "<form><input type=\"email\" placeholder=\"Your email address\">"
            "<button type=\"submit\">Sign up</button></form>"
            "<small>You can unsubscribe at any time. See our privacy notice.</small></div>")


# ---------------------------------------------------------------------------
# page templates
# ---------------------------------------------------------------------------

def _wire_page(*, site: str, url: str, headline: str, dateline: str, byline: str,
               published: str | None, modified: str | None, visible: str, paras: list[str],
               credits: str, related: list[tuple[str, str]], topics: list[str],
               description: str) -> str:
    """Wire-agency template: spare layout, dateline lead, JSON-LD and article meta."""
    meta_times = ""
    if published:
        meta_times += f"<meta property=\"article:published_time\" content=\"{published}\">\n"
    if modified:
        meta_times += f"<meta property=\"article:modified_time\" content=\"{modified}\">\n"
    body = list(paras)
    body[0] = f"{dateline} ({site}) - {body[0]}"
    topics_html = "".join(f"<a class=\"topic\" href=\"/topics/{_a(t.lower().replace(' ', '-'))}\">{_e(t)}</a> " for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(description)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:site_name" content="{_a(site)}">
<meta property="og:url" content="{_a(url)}">
{meta_times}<link rel="canonical" href="{_a(url)}">
{_jsonld("NewsArticle", headline, published, modified, byline, site, url)}
</head>
<body class="wire article">
{_cookie(site, 0)}
<header class="masthead"><a class="logo" href="/">{_e(site)}</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/europe">Europe</a> <a href="/science">Science</a> <a href="/sports">Sports</a> <a href="/pictures">Pictures</a></nav>
<a class="login" href="/account">Sign in</a></header>
<main>
<article>
<div class="kicker">{topics_html}</div>
<h1>{_e(headline)}</h1>
<div class="byline">By {_e(byline)}</div>
<div class="timestamp">{_e(visible)}</div>
{_share(headline, url)}
<div class="article-body">
{_paras(body, ad_after=(3,), ad_html=_ad("Advertisement - Scroll to continue"))}
</div>
<p class="credits">{_e(credits)}</p>
<p class="standards"><a href="/trust-principles">Our Standards: The {_e(site)} Trust Principles.</a></p>
</article>
{_related("More from " + site, related)}
{_ad("Advertisement")}
</main>
<footer><p>&copy; 2026 {_e(site)}. All rights reserved.</p><nav><a href="/about">About us</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/contact">Contact</a> <a href="/licensing">Licensing</a></nav>
<p>All quotes delayed a minimum of 15 minutes.</p></footer>
</body>
</html>"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str, byline: str,
                visible: str, published: str | None, paras: list[str], figure: tuple[str, str, str],
                related: list[tuple[str, str]], section: str, pitch: str, comments: int,
                description: str, read_more: tuple[str, str] | None = None) -> str:
    """Newspaper template: section nav, standfirst, lead photo, ads, rail, newsletter box."""
    meta_pub = f"<meta property=\"article:published_time\" content=\"{published}\">\n" if published else ""
    fig = _figure(*figure)
    body_html = _paras(paras, ad_after=(4,), ad_html=_ad("Advertisement"), figure_after=-1)
    rm = ""
    if read_more:
        rm = f"<p class=\"read-more\"><strong>Read more:</strong> <a href=\"{_a(read_more[1])}\">{_e(read_more[0])}</a></p>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_a(description)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:description" content="{_a(standfirst)}">
<meta property="og:site_name" content="{_a(site)}">
<meta name="twitter:card" content="summary_large_image">
{meta_pub}<link rel="canonical" href="{_a(url)}">
<link rel="stylesheet" href="/static/css/main.7f3a.css">
</head>
<body class="newspaper">
{_cookie(site, 1)}
<div class="top-strip"><a href="/subscribe">Subscribe from 1 euro a week</a> <a href="/epaper">E-paper</a> <a href="/login">Log in</a></div>
<header class="site-header"><a class="logo" href="/">{_e(site)}</a>
<nav class="sections"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/region">Region</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> <a href="/podcasts">Podcasts</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{_a(section.lower())}">{_e(section)}</a></div>
{_ad("Advertisement")}
<main class="content">
<article class="story">
<h1 class="headline">{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="meta"><span class="author">{_e(byline)}</span> <time>{_e(visible)}</time></div>
{_share(headline, url)}
{fig}
<div class="story-body">
{body_html}
</div>
{rm}
<div class="comments-link"><a href="#comments">{comments} comments</a></div>
</article>
<aside class="rail">{_related("Most read", related)}
{_ad("Advertisement")}
{_newsletter_box(site, pitch)}</aside>
</main>
<footer class="site-footer"><p>&copy; {_e(site)} 2026. Registered newspaper. Reproduction without permission prohibited.</p>
<nav><a href="/about">About</a> <a href="/advertise">Advertise with us</a> <a href="/corrections">Corrections</a> <a href="/privacy">Privacy policy</a> <a href="/cookie-settings">Cookie settings</a> <a href="/jobs">Jobs</a></nav></footer>
</body>
</html>"""


def _broadcast_page(*, site: str, url: str, headline: str, byline: str, visible: str,
                    published: str | None, modified: str | None, paras: list[str],
                    video: tuple[str, str], figure: tuple[str, str, str] | None,
                    related: list[tuple[str, str]], description: str) -> str:
    """Broadcaster template: live TV/radio nav, video player, 'most watched' rail."""
    meta = ""
    if published:
        meta += f"<meta property=\"article:published_time\" content=\"{published}\">\n"
    if modified:
        meta += f"<meta property=\"article:modified_time\" content=\"{modified}\">\n"
    fig = _figure(*figure) if figure else ""
    ld = _jsonld("NewsArticle", headline, published, modified, byline, site, url) if published else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(description)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="og:type" content="article">
<meta property="og:video" content="https://media.{_a(site.lower().replace(' ', ''))}.example/clip.mp4">
{meta}{ld}
</head>
<body class="broadcaster">
{_cookie(site, 2)}
<header><a class="brand" href="/">{_e(site)}</a>
<nav class="channels"><a href="/live">Live TV</a> <a href="/radio">Radio</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/weather">Weather</a> <a href="/programmes">Programmes</a> <a href="/app">Get the app</a></nav></header>
<main>
<article>
<div class="video-player" data-duration="{_a(video[1])}"><button class="play">Play video</button><p class="video-title">Watch: {_e(video[0])} ({_e(video[1])})</p></div>
<h1>{_e(headline)}</h1>
<p class="byline">{_e(byline)}</p>
<p class="updated">{_e(visible)}</p>
{_share(headline, url)}
<div class="text">
{_paras(paras, ad_after=(2, 7), ad_html=_ad("Advertisement"), figure_after=4, figure_html=fig)}
</div>
<p class="tags">Topics: News, Europe</p>
</article>
<aside class="most-watched">{_related("Most watched", related)}</aside>
</main>
<footer><p>{_e(site)} &copy; 2026</p><nav><a href="/schedule">TV schedule</a> <a href="/frequencies">Frequencies</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a> <a href="/complaints">Complaints</a></nav></footer>
</body>
</html>"""


def _newsletter_page(*, site: str, url: str, headline: str, issue: str, date_line: str,
                     author: str, paras: list[str], sponsor: str,
                     related: list[tuple[str, str]], description: str) -> str:
    """Trade-newsletter template: issue number, visible date only, sponsor slot, no meta dates."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(description)}">
<meta name="robots" content="index,follow">
</head>
<body class="newsletter">
{_cookie(site, 2)}
<div class="promo-bar">Forwarded this by a colleague? <a href="/subscribe">Subscribe to {_e(site)}</a> - free for 30 days.</div>
<header><a href="/" class="nl-logo">{_e(site)}</a> <nav><a href="/archive">Archive</a> <a href="/data">Data hub</a> <a href="/events">Events</a> <a href="/about">About</a></nav></header>
<main>
<div class="issue-meta">{_e(issue)} &middot; {_e(date_line)} &middot; by {_e(author)}</div>
<h1>{_e(headline)}</h1>
{_share(headline, url)}
<section class="nl-body">
{_paras(paras, ad_after=(3,), ad_html=_ad("Advertisement", sponsor))}
</section>
<div class="nl-footer-note"><p>Questions or tips? Reply to this email; we read everything.</p></div>
{_related("In the archive", related)}
</main>
<footer><p>{_e(site)} is an independent publication. &copy; 2026.</p><p><a href="/unsubscribe">Unsubscribe</a> | <a href="/preferences">Update preferences</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>"""


def _liveblog_page(*, site: str, url: str, headline: str, summary: list[str],
                   started: str, modified: str, entries: list[tuple[str, str, list[str]]],
                   related: list[tuple[str, str]], description: str, tz_note: str) -> str:
    """Live-blog template: key points, then timestamped entries newest first."""
    ld = _jsonld("LiveBlogPosting", headline, started, modified, site + " staff", site, url,
                 {"coverageStartTime": started})
    key = "".join(f"<li>{_e(s)}</li>" for s in summary)
    blocks = []
    for i, (time, title, ps) in enumerate(entries):
        inner = "".join(f"<p>{_e(p)}</p>" for p in ps)
        blocks.append(f"<div class=\"live-entry\"><time class=\"entry-time\">{_e(time)}</time>"
                      f"<h3>{_e(title)}</h3>{inner}</div>")
        if i == 2:
            blocks.append(_ad("Advertisement"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_a(description)}">
<meta property="og:title" content="{_a(headline)}">
<meta property="article:published_time" content="{started}">
<meta property="article:modified_time" content="{modified}">
{ld}
</head>
<body class="liveblog">
{_cookie(site, 0)}
<header><a href="/" class="logo">{_e(site)}</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/live">Live</a> <a href="/economy">Economy</a> <a href="/world">World</a> <a href="/video">Video</a></nav></header>
<main>
<div class="live-badge">LIVE</div>
<h1>{_e(headline)}</h1>
<p class="tz-note">{_e(tz_note)}</p>
<section class="key-points"><h2>Key points</h2><ul>{key}</ul></section>
{_share(headline, url)}
<section class="live-feed">
{chr(10).join(blocks)}
</section>
{_related("Related coverage", related)}
</main>
<footer><p>&copy; 2026 {_e(site)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact the newsroom</a></footer>
</body>
</html>"""


def _local_page(*, site: str, url: str, headline: str, lead: str, author: str, visible: str,
                paras: list[str], figure: tuple[str, str, str], related: list[tuple[str, str]],
                weather: str, description: str, comments: list[tuple[str, str]]) -> str:
    """Local news-site template: weather widget, dd.mm.yyyy date, reader comments."""
    com = "".join(f"<div class=\"comment\"><b>{_e(n)}</b><p>{_e(t)}</p></div>" for n, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(headline)} - {_e(site)}</title>
<meta name="description" content="{_a(description)}">
<meta property="og:site_name" content="{_a(site)}">
</head>
<body class="local">
{_cookie(site, 1)}
<div class="weather-widget">{_e(weather)}</div>
<header><a href="/" class="local-logo">{_e(site)}</a><nav><a href="/city">City</a> <a href="/port">Port</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> <a href="/jobs">Jobs</a> <a href="/classifieds">Classifieds</a></nav></header>
<main>
<article>
<h1>{_e(headline)}</h1>
<p class="lead"><strong>{_e(lead)}</strong></p>
<div class="article-info"><span class="author">{_e(author)}</span> | <span class="date">{_e(visible)}</span></div>
{_figure(*figure)}
{_share(headline, url)}
<div class="article-text">
{_paras(paras, ad_after=(3,), ad_html=_ad("Advertisement", "Local business directory - find a plumber, electrician or accountant near you"))}
</div>
</article>
{_related("Also on " + site, related)}
<section id="comments"><h3>Reader comments ({len(comments)})</h3>{com}<p class="comment-rules">Comments are moderated. Please keep it civil.</p></section>
</main>
<footer><p>&copy; {_e(site)} 2026. Local news for the coast.</p><a href="/tips">Send us a tip</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>"""


# ===========================================================================
# STORY 1 - central bank (CONTROL): Czech National Bank cut, 26 March 2026
# ===========================================================================

_S1_A = _wire_page(
    site="Danubia Newswire",
    url="https://www.danubianews.example/markets/czech-central-bank-cuts-rates-325-2026-03-26/",
    headline="Czech central bank cuts rates to 3.25%, governor says no rush to ease further",
    dateline="PRAGUE, March 26",
    byline="Tereza Kolářová and Michal Beneš",
    published="2026-03-26T14:34:00+01:00",
    modified="2026-03-26T16:12:00+01:00",
    visible="March 26, 2026 2:34 PM GMT+1 - Updated March 26, 2026 4:12 PM GMT+1",
    description="The Czech National Bank cut its two-week repo rate by 25 basis points to 3.25% in a 5-2 vote.",
    topics=["Central Banks", "Czech Republic", "Interest Rates"],
    credits="Reporting by Tereza Kolářová and Michal Beneš; Editing by Fiona Leary and Mark Dunmore",
    related=[("Hungary's central bank holds base rate, signals long pause", "/markets/hungary-holds-2026-03-24/"),
             ("Czech inflation slows to 2.4% in February", "/markets/czech-cpi-february-2026/"),
             ("Emerging Europe currencies steady ahead of Czech rate decision", "/markets/cee-fx-2026-03-26/")],
    paras=[
        "The Czech National Bank cut its main interest rate by 25 basis points to 3.25% on Thursday, its first reduction since November, as inflation settled near its 2% target and wage growth slowed, but Governor Pavel Kubíček said the move did not mark the start of a rapid easing cycle.",
        "The seven-member Bank Board voted 5-2 for the cut in the two-week repo rate, the bank said in a statement released at 14:30 local time (1330 GMT). Vice-Governor Jana Štěpánková and board member Ondřej Malina voted to keep the rate at 3.50%.",
        "The bank also lowered the discount rate to 2.25% and the Lombard rate to 4.25%, keeping the usual spread of one percentage point on either side of the main rate.",
        "Twelve of 17 economists polled by Danubia last week had expected a cut, while the rest saw the bank holding for one more meeting before its new forecast in May.",
        "\"Inflation has returned close to our target and the labour market is cooling, which gives us room for a careful cut,\" Kubíček told a news conference at the bank's Prague headquarters. \"This is not the start of a rapid easing cycle.\"",
        "He said the board would decide \"meeting by meeting\" and that a further step in May was possible but \"not a done deal\".",
        "Consumer prices rose 2.4% year on year in February, according to the Czech Statistical Office, down from 2.9% in January. Core inflation, which strips out volatile food and energy prices, was 2.8%, while services inflation stood at 4.6%, a level the two dissenting members have repeatedly described as too high for comfort.",
        "Štěpánková wrote in a blog post last month that she saw \"no hurry\" to lower borrowing costs while services prices were rising by more than 4%.",
        "The bank's February forecast, its most recent, had pencilled in rates falling to around 3.0% by the end of the year. Kubíček said that path \"remains broadly valid\" but that risks were tilted slightly towards higher inflation because of services and food prices.",
        "Nominal wages rose 6.9% in the fourth quarter of 2025, slowing from 7.4% in the previous quarter. The economy grew 2.1% last year, preliminary data show.",
        "The crown weakened to 24.97 per euro shortly after the decision from 24.89 beforehand. Czech government bond yields fell, with the two-year yield down about 6 basis points at 3.02%.",
        "The cut widens the gap between Czech rates and those in Hungary, where the central bank held its base rate at 6.50% on Tuesday. The European Central Bank's deposit rate stands at 2.00%.",
        "The Czech bank began lowering rates in December 2023 from a peak of 7%, the highest in more than two decades. Its last move before Thursday was a cut to 3.50% in November; it left rates unchanged in December and in February.",
        "The board's next monetary policy meeting is on May 6, when staff will present a new macroeconomic forecast. Minutes of Thursday's meeting will be published on April 3.",
    ],
)

_S1_B = _broadcast_page(
    site="CE24 Business",
    url="https://business.ce24.example/news/2026/03/26/czech-national-bank-lowers-rates-quarter-point",
    headline="Czech National Bank lowers rates by a quarter point",
    byline="By Adéla Novotná, economics correspondent",
    visible="Published 26 March 2026, 16:40 CET",
    published="2026-03-26T16:40:00+01:00",
    modified=None,
    description="The Czech central bank has trimmed its key rate to 3.25 percent. What it means for mortgages and savings.",
    video=("Governor Kubíček explains the rate cut", "2:48"),
    figure=("/img/2026/03/cnb-building.jpg",
            "The Czech National Bank headquarters on Na Příkopě street in Prague.",
            "Photo: Martin Vlček / CE24"),
    related=[("Weather: spring storms expected over Moravia this weekend", "/weather/2026/03/26/storms"),
             ("Prague property prices rise for fifth quarter", "/news/2026/03/24/prague-property"),
             ("Interview: the finance minister on the 2027 budget", "/programmes/business-hour/2026-03-25")],
    paras=[
        "The Czech National Bank has lowered its key interest rate by a quarter of a percentage point, to 3.25 percent, in a move that should gradually make mortgages and business loans slightly cheaper.",
        "The decision, announced at half past two on Thursday afternoon in Prague, was not unanimous. Five members of the seven-strong Bank Board backed the cut; two preferred to leave the two-week repo rate where it has been since November, at 3.5 percent.",
        "Governor Pavel Kubíček told reporters at a news conference at a quarter to four that inflation had come back close to the bank's two percent target. \"The labour market is cooling and that gives us space for a careful step,\" he said, adding that the bank was not embarking on a fast series of cuts.",
        "## Who voted against?",
        "The bank named the two dissenters as Vice-Governor Jana Štěpánková and board member Ondřej Malina. Both, according to the bank's statement, pointed to prices of services, which are still rising by more than four and a half percent a year, well above overall inflation of 2.4 percent in February.",
        "## What it means for borrowers",
        "The average interest rate on new mortgages was 4.7 percent in February, according to central bank data. Commercial banks usually pass changes in the key rate on to clients with a delay of several weeks, and often only in part, because mortgage pricing depends more on longer-term market rates.",
        "Mortgage broker Lukáš Hendrych of the firm HypoPoint said a full pass-through was unlikely right away. \"Take a typical loan of four million crowns over thirty years. If banks cut their rates by the full quarter point, the monthly payment would fall by roughly 600 crowns,\" he said. Four million crowns is about 160,000 euros.",
        "Savers, on the other hand, should expect the interest on savings accounts to edge down in the coming weeks. Several large banks already trimmed their savings rates in February in anticipation of the move.",
        "## What comes next",
        "Most analysts had expected Thursday's step. Radka Šimková, chief economist at Vltava Bank, said she expects one more cut, in May or June, taking the rate to 3.0 percent, \"and then a long pause\". The governor himself said only that the board would decide from meeting to meeting.",
        "The crown weakened slightly after the announcement and was trading at around 24.95 per euro in the late afternoon.",
        "The next rate-setting meeting is on Wednesday, 6 May, when the bank will also publish its new spring forecast for inflation and the economy.",
    ],
)

_S1_C = _paper_page(
    site="The Prague Ledger",
    url="https://www.pragueledger.example/business/2026/03/27/rate-cut-relief-kubicek-warns",
    headline="Rate cut brings relief, but Kubíček warns against betting on more",
    standfirst="The central bank trimmed its key rate to 3.25 per cent on Thursday. Two of the seven board members wanted to wait.",
    byline="By Daniel Procházka",
    visible="Friday 27 March 2026, 06:00",
    published=None,
    section="Business",
    comments=37,
    pitch="The morning briefing on Czech politics, business and culture, every weekday at 7am.",
    description="The Czech National Bank cut rates to 3.25% on Thursday in a 5-2 vote.",
    figure=("/media/2026/03/kubicek-presser.jpg",
            "Governor Pavel Kubíček at Thursday's news conference.",
            "Photo: Jiří Hampl for The Prague Ledger"),
    related=[("Opinion: Why the koruna still matters", "/opinion/2026/03/25/koruna"),
             ("Brno tram extension delayed again", "/region/2026/03/26/brno-tram"),
             ("Prague rents: the numbers behind the squeeze", "/business/2026/03/20/rents")],
    read_more=("How the central bank got from 7 per cent to here", "/business/explainers/cnb-rates"),
    paras=[
        "The Czech National Bank cut its main interest rate on Thursday for the first time since November, trimming the two-week repo rate by 0.25 percentage point to 3.25 per cent. But Governor Pavel Kubíček went out of his way to dampen hopes that cheaper money would now come quickly.",
        "\"This is not the beginning of a rapid cycle of easing,\" Kubíček said at the news conference that followed the 2.30pm announcement. Inflation, he said, was back close to the 2 per cent target and the labour market was cooling, \"which allows us to make a careful cut\".",
        "The Bank Board split five to two. Vice-Governor Jana Štěpánková and Ondřej Malina, the board's longest-serving member, voted to keep the rate at 3.5 per cent, where it had stood since November. The bank's statement said the pair were concerned about inflation in services, which ran at 4.6 per cent in February against a headline rate of 2.4 per cent.",
        "The cut had been widely expected in financial markets, and the koruna barely moved. It ended the day at 24.94 to the euro, slightly weaker than the 24.89 at which it traded before the announcement.",
        "Finance Minister Zdeněk Horák welcomed the decision. \"Lower rates will help firms that want to invest and families that want to buy a home,\" he said in a statement. The Confederation of Industry, which had called for a cut of half a percentage point, said the step was \"in the right direction but timid\".",
        "Economists were divided on what comes next. The central bank's own February forecast assumes rates around 3 per cent by the end of this year, which would imply one more quarter-point cut. Kubíček said the path was still broadly valid but that the bank would decide \"meeting by meeting\". Several private forecasters, including economists at Vltava Bank, now expect the rate to bottom out at 3 per cent by the autumn.",
        "The central bank raised its rate to 7 per cent in 2022 to fight inflation that peaked at around 18 per cent in 2022, and began cutting in December 2023. Thursday's move was the first since November, when it lowered the rate to 3.5 per cent. It held in December and again in February.",
        "For households, the effect will be gradual. The average rate on new mortgages was 4.7 per cent in February. Brokers say banks are likely to pass on only part of the cut at first, since fixed mortgage rates follow longer-term market rates more closely than the central bank's key rate.",
        "The government's budget, approved in December, assumes average inflation of 2.5 per cent this year and economic growth of 2.2 per cent, after 2.1 per cent in 2025.",
        "The bank will publish the minutes of Thursday's meeting on 3 April. Its next decision, accompanied by a new forecast, is due on 6 May.",
    ],
)

_S1_D = _newsletter_page(
    site="Emerging Rates Brief",
    url="https://www.emergingratesbrief.example/issues/318-cnb-cuts-hawkish-guidance",
    headline="CNB cuts 25bp to 3.25% on a 5-2 vote; guidance leans hawkish",
    issue="Issue #318",
    date_line="Monday 30 March 2026",
    author="Olga Reinholt",
    sponsor="Vienna CEE Fixed Income Forum, 12-13 May - early-bird registration closes Friday",
    description="Our take on last week's Czech National Bank decision and what it means for May.",
    related=[("#317: MNB on hold at 6.50% - no change in tone", "/issues/317"),
             ("#316: Poland's inflation surprise", "/issues/316"),
             ("#312: CNB holds in February, forecast shows two cuts in 2026", "/issues/312")],
    paras=[
        "## What happened",
        "The Czech National Bank lowered the two-week repo rate by 25bp to 3.25% last Thursday (26 March), with the statement out at 13:30 GMT. The discount and Lombard rates moved in step, to 2.25% and 4.25%. It was the first move since the November cut to 3.50%; the board held in December and February.",
        "Consensus was split but leaned towards a cut: 12 of the 17 economists in the Danubia Newswire poll called it. We were in the majority.",
        "## The vote",
        "The decision was 5-2. The dissenters were Vice-Governor Jana Štěpánková and Ondřej Malina, both of whom voted for an unchanged rate. Neither surprised anyone: Štěpánková has argued since January that services inflation (4.6% y/y in February) is too sticky for the board to relax. Minutes come out this Friday, 3 April, and will tell us whether any of the majority hesitated.",
        "## The guidance",
        "Governor Pavel Kubíček's message at the press conference was that this was \"not the start of a rapid easing cycle\" and that the board would go \"meeting by meeting\". He called a May move possible but \"not a done deal\". We read that as a deliberate push-back against the market, which had been pricing roughly 60bp of cuts over the next twelve months before the meeting.",
        "Headline CPI was 2.4% y/y in February, core 2.8%. The February staff forecast has the policy rate at about 3.0% at end-2026, i.e. one further 25bp step. Kubíček said the path \"remains broadly valid\".",
        "## Market reaction",
        "EUR/CZK moved from 24.89 to 24.97 in the minutes after the release, a koruna loss of about 0.3%, then retraced part of it to close Thursday at 24.94. The 2y CZGB yield fell about 6bp on the day to 3.02%. Through Friday and this morning the moves have held.",
        "## Our view",
        "We keep our call for one more 25bp cut, on 6 May, to 3.00%, alongside the new spring forecast, and then an extended hold. The risk is that the May forecast shows stronger wage growth (6.9% y/y in Q4 2025) and the board waits until June. A 50bp move in May, which the Confederation of Industry has been lobbying for, looks out of the question.",
        "For comparison: the MNB held at 6.50% on Tuesday 24 March and the ECB deposit rate sits at 2.00%. The CZK carry versus EUR is now 125bp on policy rates.",
        "## Calendar",
        "Fri 3 Apr: CNB minutes. Fri 10 Apr: Czech March CPI. Wed 6 May: CNB decision with new forecast.",
    ],
)

STORY_1 = _story("cb-OC1", "central bank", "2026-03-30", [
    _page("https://www.danubianews.example/markets/czech-central-bank-cuts-rates-325-2026-03-26/", _S1_A),
    _page("https://business.ce24.example/news/2026/03/26/czech-national-bank-lowers-rates-quarter-point", _S1_B),
    _page("https://www.pragueledger.example/business/2026/03/27/rate-cut-relief-kubicek-warns", _S1_C),
    _page("https://www.emergingratesbrief.example/issues/318-cnb-cuts-hawkish-guidance", _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 2 - election (planted): Klaipeda mayoral by-election runoff, 10 May 2026
# ===========================================================================

_S2_A = _liveblog_page(
    site="Vilnius Daily",
    url="https://www.vilniusdaily.example/live/2026/05/10/klaipeda-mayor-runoff-live",
    headline="Klaipėda mayoral runoff: live results as Vaitkevičienė takes the city",
    started="2026-05-10T19:30:00+03:00",
    modified="2026-05-11T01:20:00+03:00",
    description="Live coverage of the Klaipėda mayoral by-election runoff between Aistė Vaitkevičienė and Mindaugas Petrauskas.",
    tz_note="All times are local (EEST, GMT+3). This page is no longer being updated.",
    summary=[
        "Aistė Vaitkevičienė wins the Klaipėda mayoral runoff with 54.3% of the vote, final count shows",
        "Acting mayor Mindaugas Petrauskas concedes shortly after 23:00",
        "Turnout 41.5%, down from 46.2% in the first round on 26 April",
    ],
    related=[("First round: Vaitkevičienė and Petrauskas head for runoff", "/news/2026/04/27/klaipeda-first-round"),
             ("Explainer: why Klaipėda is choosing a mayor a year early", "/explainers/klaipeda-by-election"),
             ("Outer port plan: what the candidates promised", "/economy/2026/05/05/outer-port-candidates")],
    entries=[
        ("01:20", "Final count: Vaitkevičienė wins", [
            "All 71 polling stations have now reported, and the Central Electoral Commission's website shows Aistė Vaitkevičienė with 28,914 votes, or 54.3%, against 24,335 votes, or 45.7%, for Mindaugas Petrauskas. The margin is 4,579 votes.",
            "Turnout was 41.5%, the commission says, slightly higher than the preliminary figure published shortly after the polls closed. The commission is expected to confirm the official result on Thursday, after which she can be sworn in. She will serve until the regular municipal elections in March 2027.",
            "That's where we will leave our live coverage. Thank you for following.",
        ]),
        ("00:15", "Vaitkevičienė: 'I will be the mayor of those who voted against me too'", [
            "The 44-year-old former port executive has just addressed supporters in a converted warehouse near the Danė river. \"Klaipėda voted for a city that looks to the sea and to the future,\" she said. \"I will be the mayor of those who voted against me too.\"",
            "She thanked Petrauskas for \"a hard but fair campaign\" and said her first task would be to review the timetable for the long-delayed second bridge over the Danė.",
        ]),
        ("23:22", "Petrauskas concedes", [
            "With 63 of 71 polling stations counted and Vaitkevičienė ahead by 54.6% to 45.4%, acting mayor Mindaugas Petrauskas has conceded. \"The voters have spoken, and I congratulate Ms Vaitkevičienė,\" he told reporters at the Coastal Alliance's office. \"I will hand over the city properly.\"",
            "Petrauskas, a deputy mayor, has run the city on an interim basis since January, when Mayor Arūnas Baltrušaitis resigned to become transport minister.",
        ]),
        ("22:15", "Halfway through the count", [
            "Thirty-eight of the 71 polling stations have reported. Vaitkevičienė leads with 55.1% to Petrauskas's 44.9%. Her strongest showing so far is in the Old Town and in the northern seaside districts of Melnragė and Giruliai.",
        ]),
        ("21:05", "First results", [
            "The first nine polling stations to report give Vaitkevičienė an early lead of 57.9%. These are small stations and analysts caution against reading too much into them.",
        ]),
        ("20:30", "Turnout lower than in the first round", [
            "Preliminary figures from the electoral commission put turnout at 41.3%, down from 46.2% in the first round two weeks ago. Political scientist Inga Stankevičiūtė of Klaipėda University said a drop was normal for a runoff, \"especially on a sunny Sunday in May\".",
        ]),
        ("20:00", "Polls close", [
            "Voting has ended in Klaipėda (17:00 GMT). About 130,000 residents were eligible to vote in the runoff, which pits Aistė Vaitkevičienė, an independent backed by the Klaipėda Together election committee, against Mindaugas Petrauskas of the centre-right Coastal Alliance.",
            "In the first round Vaitkevičienė came first with 36.8% and Petrauskas second with 29.1%. A poll by Baltijos Tyrimai published last Monday gave her 52% of decided voters in the runoff.",
        ]),
        ("19:30", "Welcome", [
            "Good evening and welcome to our live coverage of the runoff in Lithuania's third-largest city, which is choosing a mayor a year before the regular municipal elections after Baltrušaitis left for the government. Polls close in half an hour.",
        ]),
    ],
)

_S2_B = _local_page(
    site="Port City News Klaipėda",
    url="https://www.portcitynews.example/city/2026/05/11/vaitkeviciene-wins-runoff",
    headline="Vaitkevičienė wins runoff: \"I will be the mayor of all Klaipėda\"",
    lead="The independent candidate beat acting mayor Mindaugas Petrauskas by more than 4,500 votes in Sunday's runoff. Turnout was 41.5 percent.",
    author="Giedrė Norkutė",
    visible="11.05.2026 08:15",
    weather="Klaipėda 14°C, cloudy, westerly wind 6 m/s. Lagoon ferry: normal service.",
    description="Final results of the Klaipėda mayoral runoff, district by district.",
    figure=("/uploads/2026/05/vaitkeviciene-supporters.jpg",
            "Aistė Vaitkevičienė with supporters after midnight on Monday.",
            "Photo: Tomas Jurgaitis / Port City News"),
    related=[("Smiltynė ferry fares to rise in June", "/port/2026/05/08/ferry-fares"),
             ("Atlantis basketball club reaches play-off semi-final", "/sport/2026/05/09/playoffs"),
             ("Old Town street closed for gas works until Friday", "/city/2026/05/11/roadworks")],
    comments=[("Rasa K.", "Finally someone who understands the port. Good luck to her."),
              ("jonas_m", "41 percent turnout. Most of the city did not even bother."),
              ("Baltic_seaman", "Let's see if the bridge gets built this time.")],
    paras=[
        "Klaipėda has a new mayor. Aistė Vaitkevičienė, 44, won Sunday's runoff with 28,914 votes, or 54.3 percent, according to the final count published by the Central Electoral Commission shortly after 1 a.m. on Monday. Acting mayor Mindaugas Petrauskas received 24,335 votes, or 45.7 percent.",
        "Petrauskas conceded late on Sunday evening, before the last polling stations had reported. Vaitkevičienė spoke to supporters just after midnight. \"I will be the mayor of all Klaipėda, including those who voted against me,\" she said.",
        "Turnout in the runoff was 41.5 percent of about 130,000 eligible voters, lower than the 46.2 percent who voted in the first round on 26 April.",
        "## Where she won",
        "The district-level results show a city split between north and south. Vaitkevičienė won comfortably in the Old Town, where she took more than 60 percent at several stations, and in the seaside districts of Melnragė and Giruliai. Petrauskas did best in the large housing estates in the south of the city; at one station in Bandužiai Vaitkevičienė received only 46.3 percent.",
        "\"The north voted for change and for the sea, the south voted for continuity and for heating bills,\" said Inga Stankevičiūtė, a political scientist at Klaipėda University. \"She will need to govern for both.\"",
        "## Who is the new mayor",
        "Vaitkevičienė spent eleven years at the Klaipėda State Seaport Authority, most recently as deputy director for development, before she was elected to the city council in 2023. She ran as an independent on the list of the Klaipėda Together committee, which holds six of the council's 31 seats.",
        "Petrauskas, of the centre-right Coastal Alliance, has been a deputy mayor since 2023 and has run the city as acting mayor since January, when Arūnas Baltrušaitis resigned to become transport minister.",
        "## What happens next",
        "The electoral commission is expected to confirm the result on Thursday. Vaitkevičienė will then be sworn in at an extraordinary council session. Her term runs only until the regular municipal elections in March 2027, and she has said she will stand again.",
        "Her priorities, she said on Monday morning, are a new schedule for the second bridge over the Danė, a decision on the city's position on the planned outer port, and a review of the ferry fares to Smiltynė, which are due to rise in June.",
        "Baltrušaitis won the city in 2023 with 61.3 percent in the runoff. Before Sunday, a Baltijos Tyrimai poll had put Vaitkevičienė on 52 percent.",
    ],
)

_S2_C = _broadcast_page(
    site="LBN Lithuanian Broadcast News",
    url="https://www.lbn.example/en/news/2026-05-11/port-executive-wins-klaipeda-mayoral-by-election",
    headline="Former port executive wins Klaipėda mayoral by-election",
    byline="By Karolis Vainius, LBN English",
    visible="11 May 2026, 15:30",
    published="2026-05-11T15:30:00+03:00",
    modified=None,
    description="Aistė Vaitkevičienė defeated acting mayor Mindaugas Petrauskas in Sunday's runoff in Klaipėda.",
    video=("Klaipėda's new mayor on her first day", "1:55"),
    figure=("/images/2026/05/klaipeda-city-hall.jpg",
            "Klaipėda city municipality building on Liepų street.",
            "LBN / Paulius Mačiulis"),
    related=[("Parliament debates defence spending bill", "/en/news/2026-05-11/defence-bill"),
             ("Vilnius marathon: record field of runners", "/en/news/2026-05-10/marathon"),
             ("Weather: warm week ahead for the coast", "/en/weather")],
    paras=[
        "Aistė Vaitkevičienė, a former deputy head of the Klaipėda port authority, has been elected mayor of Lithuania's third-largest city, defeating acting mayor Mindaugas Petrauskas in Sunday's runoff.",
        "According to the Central Electoral Commission, the 47-year-old independent won 28,914 votes against 24,335 for Petrauskas, a margin of 4,579. All 71 polling stations in the city had reported by shortly after 1 a.m. on Monday.",
        "Turnout was 41.5 percent, compared with 46.2 percent in the first round two weeks earlier.",
        "The by-election was called after Arūnas Baltrušaitis stepped down as mayor in January to take up the post of transport minister. Petrauskas, his deputy, has led the city administration since then.",
        "Vaitkevičienė, who was backed by the Klaipėda Together election committee, led from the first round on 26 April, when she won 36.8 percent to Petrauskas's 29.1 percent. The third-placed candidate, Rokas Šimkus, with 17.9 percent, did not endorse either finalist.",
        "Speaking on LBN Radio on Monday morning, Vaitkevičienė said she would also be the mayor of those who did not vote for her. \"The campaign is over. The city has problems that do not have a party colour,\" she said.",
        "Petrauskas, of the centre-right Coastal Alliance, conceded on Sunday night and congratulated his rival. He told LBN he would stay on the council as a regular member.",
        "The result is being watched in Vilnius as a first test of the parties' strength ahead of the nationwide municipal elections in March 2027. The Coastal Alliance had hoped to keep the city, which it has governed since 2015.",
        "On the streets of the Old Town on Monday, reactions were mixed. \"I voted for her because she knows the port, and the port is this city,\" said retired sailor Algirdas Budrys. Others were more sceptical. \"Every new mayor promises us the bridge,\" said a shop owner who gave only her first name, Jūratė.",
        "Vaitkevičienė's term will be short. She will serve only until March 2027, when regular municipal elections are held across Lithuania, and she has already said she will run again.",
        "Analysts said the port was at the centre of the campaign. Vaitkevičienė spent more than a decade at the seaport authority and has promised a clear city position on the planned outer port north of the city, a project that Petrauskas also supports but with more caution over its cost.",
        "\"She managed to present herself as the candidate of the port and of change at the same time,\" said Inga Stankevičiūtė of Klaipėda University.",
        "The electoral commission is due to approve the final result on Thursday. The new mayor will then take her oath at an extraordinary meeting of the 31-member city council.",
    ],
)

_S2_D = _paper_page(
    site="The Baltic Courier",
    url="https://www.balticcourier.example/politics/2026/05/12/what-klaipeda-vote-tells-vilnius",
    headline="What Klaipėda's vote tells Vilnius",
    standfirst="An independent with a port background has taken Lithuania's main seaport city from the party that ran it for a decade. The parties in the capital are taking notes.",
    byline="By Eglė Sabaliauskaitė",
    visible="Tuesday 12 May 2026",
    published="2026-05-12T07:00:00+03:00",
    section="Politics",
    comments=12,
    pitch="The Baltic week in politics and business, every Tuesday and Friday.",
    description="Analysis of Sunday's Klaipėda mayoral runoff won by Aistė Vaitkevičienė.",
    figure=("/media/2026/05/klaipeda-port-cranes.jpg",
            "Container cranes at the port of Klaipėda, which dominated the campaign.",
            "Photo: Baltic Courier archive"),
    related=[("Latvia's coalition talks drag on", "/politics/2026/05/11/latvia-coalition"),
             ("Estonia raises excise on fuel", "/business/2026/05/11/estonia-excise"),
             ("Opinion: the Baltic ports need each other", "/opinion/2026/05/08/ports")],
    paras=[
        "When Arūnas Baltrušaitis left Klaipėda's city hall in January to become transport minister, his Coastal Alliance expected to keep the seat. It had governed Lithuania's port city since 2015, and Baltrušaitis himself had won 61.3 per cent in the 2023 runoff.",
        "Sunday's by-election ended that run. Aistė Vaitkevičienė, a 44-year-old independent who spent eleven years at the seaport authority, won the runoff with 53.4 per cent, according to the Central Electoral Commission's final count, beating acting mayor Mindaugas Petrauskas.",
        "Turnout was 41.5 per cent, down from 46.2 per cent in the first round on 26 April. That is low even by the standards of Lithuanian by-elections, and both camps spent Monday arguing about whose voters had stayed at home.",
        "The first lesson for the parties in Vilnius is that a strong local candidate without a national party label can beat a governing machine. Vaitkevičienė ran on the list of the Klaipėda Together committee, which has six seats on the 31-member council, and avoided national issues almost completely.",
        "\"We did not talk about Vilnius at all. We talked about the bridge, the ferry and the port,\" her campaign manager, Darius Mockus, told The Baltic Courier.",
        "The second lesson is geographic. Vaitkevičienė won the Old Town and the northern seaside districts by wide margins, while Petrauskas held up in the southern housing estates, where heating costs and bus routes mattered more than the outer port. A similar divide has appeared in national polls between city centres and large estates across the country.",
        "The third lesson is about the runoff itself. In the first round Vaitkevičienė led with 36.8 per cent to Petrauskas's 29.1 per cent. The third-placed Rokas Šimkus, with 17.9 per cent, refused to endorse either. Analysts say most of his voters either backed Vaitkevičienė or did not vote.",
        "\"Petrauskas needed almost all of Šimkus's voters and a higher turnout. He got neither,\" said Inga Stankevičiūtė, a political scientist at Klaipėda University.",
        "The pre-election poll by Baltijos Tyrimai, which put Vaitkevičienė at 52 per cent, proved roughly accurate.",
        "Petrauskas conceded on Sunday night and said he would remain on the council. The electoral commission is due to confirm the result on Thursday, and Vaitkevičienė will be sworn in at an extraordinary council session after that.",
        "She has less than a year before the regular municipal elections in March 2027, when every city in Lithuania votes. If she can show progress on the second Danė bridge by then, the parties in Vilnius may find more independents knocking on city hall doors.",
    ],
)

STORY_2 = _story("el-OC2", "election", "2026-05-12", [
    _page("https://www.vilniusdaily.example/live/2026/05/10/klaipeda-mayor-runoff-live", _S2_A),
    _page("https://www.portcitynews.example/city/2026/05/11/vaitkeviciene-wins-runoff", _S2_B),
    _page("https://www.lbn.example/en/news/2026-05-11/port-executive-wins-klaipeda-mayoral-by-election", _S2_C),
    _page("https://www.balticcourier.example/politics/2026/05/12/what-klaipeda-vote-tells-vilnius", _S2_D),
], [
    ("winner's final vote share", r"54[.,]3", r"53[.,]4"),
    ("winner's age", r"\b44\b(?![.,]\d)|forty-four", r"\b47\b(?![.,]\d)|forty-seven"),
])

# ===========================================================================
# STORY 3 - court (CONTROL): Czech Constitutional Court on short-term rentals, 11 August 2026
# ===========================================================================

_S3_A = _wire_page(
    site="CEPA Central European Press Agency",
    url="https://www.cepa-news.example/en/czech-court-strikes-down-short-term-rental-cap-20260811",
    headline="Czech top court strikes down towns' power to cap Airbnb-style rentals",
    dateline="BRNO, Aug 11",
    byline="Markéta Pokorná",
    published="2026-08-11T10:42:00+02:00",
    modified="2026-08-11T13:05:00+02:00",
    visible="11 Aug 2026 10:42 CEST | updated 13:05 CEST",
    description="The Czech Constitutional Court annulled the provision letting municipalities cap short-term rentals, but upheld host registration.",
    topics=["Czech Republic", "Courts", "Housing"],
    credits="Reporting by Markéta Pokorná in Brno, additional reporting by Filip Dušek in Prague; editing by Anna Sýkorová",
    related=[("Prague rents rise 8% in a year, city data show", "/en/prague-rents-20260730"),
             ("Czech court rejects challenge to windfall tax", "/en/court-windfall-tax-20260614"),
             ("Tourist numbers in Prague hit record in July", "/en/prague-tourism-20260805")],
    paras=[
        "The Czech Constitutional Court on Tuesday struck down a provision allowing towns and cities to cap the number of nights a year that flats can be let to tourists through platforms such as Airbnb, saying the law gave municipalities too much power without clear limits.",
        "The court, ruling in a full plenary session, upheld the rest of the law, including the duty of hosts to register their flats in a national accommodation register and the obligation of platforms to hand data on bookings to municipalities and tax authorities.",
        "Ten of the court's 15 judges backed the annulment, the court said. Five judges dissented.",
        "The annulled provision will remain in force until Dec. 31, 2026, to give parliament time to pass rules with clearer criteria, the court said.",
        "\"The state may regulate short-term rentals and it has good reasons to do so,\" Judge Kateřina Bláhová, who drafted the ruling, said as she read the verdict at 10 a.m. (0800 GMT). \"But it cannot give municipalities a blank cheque to decide how many nights a year an owner may let his own flat.\"",
        "The amendment to the Regional Development Act, known as \"lex Airbnb\", took effect on Jan. 1 this year. It allowed municipalities to set a cap by local ordinance, provided the cap was not lower than 60 nights a year.",
        "Prague used the power in March, when the city council approved a cap of 90 nights a year for flats in the central districts of Prague 1 and Prague 2. The cap took effect on July 1.",
        "A group of 19 senators filed the challenge in January, arguing that the cap interfered with property rights and the freedom to do business. The court agreed that the law did not say when a cap was justified or how it should be set, leaving owners without protection against arbitrary decisions.",
        "Prague's deputy mayor for housing, Jakub Šafránek, said the city was disappointed. \"This is a setback for the people who still live in the centre,\" he told reporters. City hall data show about 16,400 active short-term listings in the whole of Prague in June, roughly 5,900 of them in Prague 1.",
        "Regional Development Minister Lucie Dvořáková said the ministry respected the ruling and would present a new proposal \"with clear criteria\" in the autumn.",
        "The law's fines, which the court left intact, reach up to 1 million crowns ($47,000) for platforms that fail to share data and up to 100,000 crowns for hosts who do not register.",
        "The Czech Association of Apartment Hosts, which had supported the senators' complaint, welcomed the verdict. \"Nobody is against rules. We are against rules that change from street to street,\" its chairman Petr Kubín said.",
    ],
)

_S3_B = _broadcast_page(
    site="Bohemia Radio International",
    url="https://english.bohemiaradio.example/news/constitutional-court-annuls-rental-cap-8841207",
    headline="Constitutional Court annuls cap on short-term rentals, keeps registration",
    byline="Tom Vrabec",
    visible="Tuesday, 11 August 2026, 17:10",
    published="2026-08-11T17:10:00+02:00",
    modified=None,
    description="Owners of flats rented to tourists in Prague will no longer face a limit on nights from next year, after a ruling by the Constitutional Court.",
    video=("Reaction in Prague's Old Town to the ruling", "3:12"),
    figure=("/media/2026/08/old-town-keys.jpg",
            "A key box outside an apartment building in Prague's Old Town.",
            "Photo: Ondřej Tůma, Bohemia Radio International"),
    related=[("Heatwave: Moravia records 36 degrees", "/news/heatwave-moravia-8840911"),
             ("Interview: how Lisbon handles holiday flats", "/programmes/europe-now/lisbon"),
             ("Prague's new tram line opens to passengers", "/news/tram-line-8839982")],
    paras=[
        "The Constitutional Court in Brno has annulled the part of the so-called lex Airbnb that allowed municipalities to limit how many nights a year flats can be rented out to tourists. The judges said the law gave towns a free hand without setting any rules for how they should use it.",
        "The verdict was read out at ten o'clock on Tuesday morning. Ten of the fifteen judges voted in favour; five filed dissenting opinions.",
        "Judge-rapporteur Kateřina Bláhová said the state had every right to regulate short-term rentals. But, she said, it could not hand towns carte blanche to decide how many nights an owner may rent out his own flat.",
        "The annulment will not take effect immediately. The court postponed it until the end of this year, giving the government and Parliament a little over four months to come up with new rules.",
        "That means the cap introduced by Prague for its two central districts, Prague 1 and Prague 2, stays in place until then. Since the first of July, flats there may be rented to tourists for at most 90 nights a year. From next January, unless the law is changed, there will be no limit.",
        "The court did keep the other pillars of the law. Hosts must still register their flats, and platforms must share information about bookings with towns and the tax authorities. Platforms that fail to do so risk fines of up to a million crowns, that is about forty thousand euros.",
        "## Who brought the case",
        "The complaint was filed in January by nineteen senators, led by Senator Vladimír Koutný. \"We never said Prague has no problem. We said a law must tell people what to expect,\" Koutný told Bohemia Radio International after the verdict.",
        "Prague City Hall, which had pushed for the cap, was disappointed. The deputy mayor responsible for housing, Jakub Šafránek, said the city would ask the ministry to include a cap in the new law, with criteria that would survive a court challenge.",
        "Minister for Regional Development Lucie Dvořáková said her ministry would present a proposal in the autumn.",
        "## The numbers",
        "According to Prague City Hall, there were around sixteen thousand four hundred active short-term listings in the city in June, about five thousand nine hundred of them in Prague 1 alone. In Amsterdam, often cited by Prague politicians as a model, owners may rent out their homes to tourists for no more than 30 nights a year.",
    ],
)

_S3_C = _paper_page(
    site="The Prague Ledger",
    url="https://www.pragueledger.example/news/2026/08/12/court-kills-rental-cap-what-now",
    headline="Court kills Prague's rental cap. What happens now?",
    standfirst="The Constitutional Court struck down the power of towns to limit holiday lets, but left registration and data sharing in place. The cap in the centre survives until December.",
    byline="By Kristýna Marešová",
    visible="Wednesday 12 August 2026, 06:00",
    published=None,
    section="News",
    comments=84,
    pitch="The morning briefing on Czech politics, business and culture, every weekday at 7am.",
    description="Explainer: what Tuesday's Constitutional Court ruling on short-term rentals means for owners, tenants and the city.",
    figure=("/media/2026/08/bridge-street-tourists.jpg",
            "Tourists on Mostecká street in Malá Strana, part of Prague 1.",
            "Photo: Jiří Hampl for The Prague Ledger"),
    related=[("Opinion: The court was right, and Prague should be grateful", "/opinion/2026/08/12/court-right"),
             ("Metro D construction: second tunnel boring machine arrives", "/news/2026/08/10/metro-d"),
             ("Prague rents: the numbers behind the squeeze", "/business/2026/03/20/rents")],
    read_more=("Lex Airbnb explained: everything hosts need to know", "/explainers/lex-airbnb"),
    paras=[
        "Prague's attempt to limit holiday lets in its historic centre has a termination date. The Constitutional Court on Tuesday annulled the provision of the so-called lex Airbnb that allowed municipalities to cap short-term rentals, with effect from 31 December 2026.",
        "The ruling, passed by ten of the fifteen constitutional judges in Brno, leaves the rest of the law standing. Here is what it means.",
        "## Why did the court strike it down?",
        "The law let any municipality cap the number of nights a flat could be let to tourists, as long as the cap was at least 60 nights a year. But it said nothing about when a cap was justified, how it should be set or which areas it could cover. That, the majority found, left owners exposed to arbitrary decisions and breached their property rights and their freedom to do business.",
        "\"The state may regulate short-term rentals, and it has good reasons to. But it cannot give towns a blank cheque,\" Judge Kateřina Bláhová, the rapporteur, said when she read the ruling on Tuesday morning.",
        "Five judges disagreed and wrote dissenting opinions, arguing that municipalities know local conditions best and that the 60-night floor was a sufficient safeguard.",
        "## What happens to the 90-night cap?",
        "Prague's cap of 90 nights a year in Prague 1 and Prague 2, in force since 1 July, remains valid until the end of the year. From January, unless Parliament passes a new law, it will lose its legal basis.",
        "## What stays?",
        "Hosts must still register their flats in the national accommodation register, and platforms must still send booking data to municipalities and tax authorities every quarter. Fines of up to CZK 1 million for platforms and CZK 100,000 for hosts remain.",
        "## What does the city say?",
        "Deputy Mayor Jakub Šafránek, who is in charge of housing, called the ruling \"a setback for the people who still live in the centre\". According to city hall, Prague had about 16,400 active short-term listings in June, some 5,900 of them in Prague 1. The city had hoped to extend the cap to Prague 3 and Prague 7 next year.",
        "## And the government?",
        "Regional Development Minister Lucie Dvořáková said on Tuesday that a new proposal \"with clear criteria\" would come in the autumn. Government sources told The Prague Ledger the ministry was considering a cap tied to housing-market indicators, such as the share of flats used for short-term rentals in a given district.",
        "The 19 senators who brought the case in January said they would support such a law. \"A law must tell people what to expect,\" said their leader, Senator Vladimír Koutný.",
    ],
)

_S3_D = _newsletter_page(
    site="Lex CEE Bulletin",
    url="https://www.lexceebulletin.example/2026/08/14/pl-us-4-26-short-term-rentals",
    headline="Pl. ÚS 4/26: Czech court annuls municipal caps on short-term lets, defers effect to year-end",
    issue="Vol. 9, No. 32",
    date_line="14 August 2026",
    author="Mgr. Veronika Lhotská, LL.M.",
    sponsor="Bříza & Partners - real estate and regulatory counsel in Prague, Brno and Bratislava",
    description="Case note on the Czech Constitutional Court's plenary judgment of 11 August 2026 on short-term rentals.",
    related=[("Slovak Constitutional Court on rent controls: a case note", "/2026/06/19/slovak-rent-controls"),
             ("Poland's new short-term rental register: first six months", "/2026/07/03/poland-register"),
             ("EU Short-Term Rental Regulation: application timeline", "/2025/11/14/eu-str-regulation")],
    paras=[
        "## The judgment",
        "On Tuesday, 11 August, the plenary of the Czech Constitutional Court delivered judgment Pl. ÚS 4/26 on a petition brought by a group of 19 senators against the 2025 amendment to the Regional Development Act (the so-called lex Airbnb). The court annulled the provision empowering municipalities to limit, by generally binding ordinance, the number of nights per calendar year for which a dwelling may be provided for short-term accommodation. The annulment takes effect on 31 December 2026.",
        "The remaining challenged provisions were upheld: the registration duty for hosts, the data-sharing obligations of platforms and the penalty provisions, which allow fines of up to CZK 1,000,000 (approx. EUR 40,000) for platforms and CZK 100,000 (approx. EUR 4,000) for hosts.",
        "The judgment was adopted by a majority of ten of the fifteen justices, above the nine votes needed to annul a statutory provision. Five justices attached dissenting opinions. The judge-rapporteur was Justice Kateřina Bláhová.",
        "## Reasoning",
        "The majority accepted that the regulation of short-term rentals pursues legitimate aims, notably the protection of housing availability and of residents in heavily visited areas. The defect lay in the statute's indeterminacy: the only limit on municipal discretion was the minimum of 60 nights. The statute contained no criteria for when a cap may be adopted, for which territory, or by reference to which data. In the court's words, the legislature may not grant municipalities \"a blank cheque\" over the use of private property.",
        "The court reviewed the provision against Article 11 (property) and Article 26 (freedom of enterprise) of the Charter of Fundamental Rights and Freedoms and found it failed the requirement that interference be foreseeable.",
        "The dissenters argued that local self-government under Article 8 of the Constitution justified a broad margin for municipalities and that the 60-night floor was a sufficient safeguard.",
        "## Practical consequences",
        "Municipal ordinances adopted under the annulled provision, including the City of Prague ordinance imposing a 90-night cap in the Prague 1 and Prague 2 districts from 1 July 2026, remain applicable until 31 December 2026. Clients letting property in those districts should continue to comply until then. Registration and reporting duties continue without change.",
        "The Ministry for Regional Development has announced a new proposal for the autumn. Given the legislative calendar, a replacement regime is unlikely to be in force on 1 January 2027, which suggests a gap of at least several months without any municipal caps.",
        "## Comparative note",
        "The judgment contrasts with the approach in several EU cities that set caps directly by statute or local law, such as Amsterdam's 30-night limit. The EU Short-Term Rental Regulation, which applies from May 2026, concerns registration and data sharing and does not itself cap nights.",
    ],
)

STORY_3 = _story("ct-OC3", "court", "2026-08-15", [
    _page("https://www.cepa-news.example/en/czech-court-strikes-down-short-term-rental-cap-20260811", _S3_A),
    _page("https://english.bohemiaradio.example/news/constitutional-court-annuls-rental-cap-8841207", _S3_B),
    _page("https://www.pragueledger.example/news/2026/08/12/court-kills-rental-cap-what-now", _S3_C),
    _page("https://www.lexceebulletin.example/2026/08/14/pl-us-4-26-short-term-rentals", _S3_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 4 - trade (planted): Poland-Ukraine grain licensing protocol, 10 June 2026
# ===========================================================================

_S4_A = _wire_page(
    site="Danubia Newswire",
    url="https://www.danubianews.example/business/poland-ukraine-grain-licences-2026-06-10/",
    headline="Poland to replace Ukrainian grain ban with import licences from July",
    dateline="LUBLIN, Poland, June 10",
    byline="Paweł Zieliński and Olena Bondar",
    published="2026-06-10T13:48:00+02:00",
    modified="2026-06-10T15:20:00+02:00",
    visible="June 10, 2026 1:48 PM GMT+2 - Updated June 10, 2026 3:20 PM GMT+2",
    description="Poland and Ukraine signed a protocol replacing Warsaw's ban on Ukrainian grain with a licensing system capped at set annual volumes.",
    topics=["Commodities", "Poland", "Ukraine", "Trade"],
    credits="Reporting by Paweł Zieliński in Lublin and Olena Bondar in Kyiv; Editing by Fiona Leary",
    related=[("EU wheat futures ease as harvest outlook improves", "/markets/euronext-wheat-2026-06-09/"),
             ("Ukraine's grain exports fall 6% in May", "/business/ukraine-grain-exports-may-2026/"),
             ("Polish farmers plan protests over Ukrainian imports", "/business/polish-farmers-protests-2026-06-05/")],
    paras=[
        "Poland and Ukraine agreed on Wednesday to replace Warsaw's ban on imports of Ukrainian grain with a licensing system that will allow limited volumes of wheat, maize, rapeseed and sugar into the country from July 1, easing one of the sharpest disputes between the two neighbours.",
        "Under the protocol signed in the eastern Polish city of Lublin, Poland will issue import licences for up to 1.2 million tonnes of Ukrainian wheat, 800,000 tonnes of maize, 350,000 tonnes of rapeseed and 40,000 tonnes of sugar over 12 months, Polish Agriculture Minister Stanisław Krzemiński told reporters after the signing shortly after 1 p.m.",
        "The licensing year will run to June 30, 2027, matching the grain marketing year, and a joint committee will review the volumes after six months.",
        "Poland has banned Ukrainian wheat, maize, rapeseed and sunflower seed since September 2023, when farmers protested that cheap imports were depressing local prices. Sunflower seed is not covered by the new protocol and remains banned, Krzemiński said.",
        "\"This is not opening the floodgates. It is a controlled valve,\" he said.",
        "Ukraine's deputy economy minister and trade representative, Iryna Kovalchuk, said the deal was \"not everything we wanted, but it is predictable, and predictability is what our exporters need.\" Kyiv had asked for a wheat volume of 2 million tonnes, officials on both sides said.",
        "Licences will be issued to Polish companies by the National Support Centre for Agriculture (KOWR) and will be tied to processing or storage in Poland. Transit of Ukrainian grain through Poland to ports and to other countries is not affected.",
        "About 300 farmers, some with tractors, protested outside the regional governor's office in Lublin during the signing. Zbigniew Kamiński, head of the National Farmers' Federation, said the volumes were too high. \"Our granaries are still full from last year,\" he said.",
        "Poland imported Ukrainian agricultural and food products worth 11.4 billion zlotys ($3.1 billion) in 2025, according to the statistics office GUS, while Polish agri-food exports to Ukraine were worth 8.9 billion zlotys.",
        "The European Union, which handles trade policy for its members, has capped duty-free Ukrainian wheat imports into the whole bloc at 1.3 million tonnes a year under the revised trade agreement with Kyiv. The European Commission has urged Poland, Hungary and Slovakia to drop unilateral bans. A Commission spokesperson said Brussels \"takes note\" of the protocol and would study it.",
        "Wheat for September delivery on Euronext was little changed at 214 euros a tonne after the announcement.",
    ],
)

_S4_B = _broadcast_page(
    site="UBC Ukraine Business Channel",
    url="https://ubc-business.example/en/news/2026/06/10/ukraine-poland-sign-grain-protocol",
    headline="Ukraine and Poland sign grain protocol in Lublin; exporters cautiously welcome licences",
    byline="By Dmytro Savchuk",
    visible="10.06.2026, 19:20 (Kyiv time)",
    published="2026-06-10T19:20:00+03:00",
    modified=None,
    description="Kyiv and Warsaw have agreed a licensing scheme for Ukrainian grain and sugar to replace Poland's ban.",
    video=("Trade representative Kovalchuk after the signing in Lublin", "4:05"),
    figure=("/photos/2026/06/dorohusk-trucks.jpg",
            "Grain trucks queue at the Yahodyn-Dorohusk border crossing.",
            "Photo: UBC / Andrii Lysenko"),
    related=[("Hryvnia steady against dollar", "/en/news/2026/06/10/hryvnia"),
             ("Black Sea freight rates drop for third week", "/en/news/2026/06/09/freight"),
             ("Interview: the head of the grain traders' association", "/en/programmes/market-talk/2026-06-08")],
    paras=[
        "Ukraine and Poland have signed a protocol that replaces the Polish embargo on Ukrainian grain with a system of import licences. The document was signed in Lublin at around 14:00 Kyiv time by Deputy Economy Minister and Trade Representative Iryna Kovalchuk and Polish Agriculture Minister Stanisław Krzemiński.",
        "Under the agreement, Poland will license imports of Ukrainian wheat of up to 1.2 million tonnes a year, as well as 800,000 tonnes of corn, 350,000 tonnes of rapeseed and 40,000 tonnes of sugar. The licensing regime will apply from 1 September, Kovalchuk told UBC after the ceremony. A review of the volumes is planned after six months.",
        "\"It is not everything we wanted. But it is predictable, and predictability is what our exporters need,\" Kovalchuk said. Ukraine had proposed two million tonnes of wheat during the talks, which lasted almost five months.",
        "## Exporters: better than a ban",
        "The Ukrainian Grain Association welcomed the protocol as \"a step from politics back to trade\". Its vice-president, Serhii Tkachenko, said Polish buyers, especially mills and feed producers near the border, had been asking for access to Ukrainian grain for months. \"The volumes are modest compared with what we ship through Odesa, but the Polish market is close and logistics costs are low,\" he said.",
        "So far in the 2025-26 season, which ends on 30 June, Ukraine has exported about 41 million tonnes of grain, most of it by sea. Before the Polish ban was imposed in September 2023, Poland had been one of the main land routes for Ukrainian grain.",
        "## Sunflower seed stays out",
        "Sunflower seed, one of Ukraine's main farm exports, is not included in the protocol and remains under the Polish ban. Kovalchuk said Kyiv would raise the issue again at the review.",
        "Transit through Poland to Baltic ports and other EU countries is unaffected. Licences will be issued by the Polish agricultural agency KOWR, and the grain will have to be processed or stored in Poland.",
        "## Protest in Lublin",
        "Outside the building, several hundred Polish farmers protested against the deal. Polish minister Krzemiński said the system would protect them. \"This is not opening the floodgates, it is a controlled valve,\" he said, according to a translation provided by the Polish side.",
        "The European Commission has long criticised unilateral bans by Poland, Hungary and Slovakia. Under the updated EU-Ukraine trade arrangement, the EU as a whole allows 1.3 million tonnes of Ukrainian wheat a year duty-free.",
        "Trade between the two countries in agricultural products reached about 4.8 billion euros last year in both directions, according to Polish data.",
    ],
)

_S4_C = _paper_page(
    site="The Vistula Times",
    url="https://www.vistulatimes.example/economy/2026/06/11/grain-deal-lublin-licences",
    headline="Grain deal: what the Lublin protocol means for Polish farmers",
    standfirst="Ukrainian wheat, maize, rapeseed and sugar will again be sold in Poland from July, but only under licence and within annual limits. Farmers are unconvinced.",
    byline="By Agnieszka Wrona, Lublin",
    visible="Thursday, 11 June 2026",
    published="2026-06-11T06:30:00+02:00",
    section="Economy",
    comments=213,
    pitch="The Vistula Times Economy newsletter: Polish business news in English, every weekday.",
    description="Poland and Ukraine signed a grain licensing protocol in Lublin on Wednesday. Here is what is in it.",
    figure=("/img/2026/06/lublin-tractors.jpg",
            "Farmers' tractors outside the Lublin voivodeship office on Wednesday.",
            "Photo: Marek Sowa / The Vistula Times"),
    related=[("Zloty firms after central bank holds rates", "/markets/2026/06/10/zloty"),
             ("Strawberry prices fall as harvest peaks", "/economy/2026/06/09/strawberries"),
             ("Opinion: Poland needs Ukraine's grain more than it admits", "/opinion/2026/06/11/grain")],
    read_more=("Timeline: Poland and Ukrainian grain since 2022", "/economy/explainers/grain-timeline"),
    paras=[
        "After almost three years of a ban, Ukrainian grain will return to the Polish market on 1 July, but in measured doses. The protocol signed on Wednesday in Lublin by Agriculture Minister Stanisław Krzemiński and Ukraine's trade representative Iryna Kovalchuk sets annual limits for four products and a licensing system to police them.",
        "## How much can come in?",
        "Over the twelve months to 30 June 2027, licences may be issued for 1.2m tonnes of wheat, 0.8m tonnes of maize, 350,000 tonnes of rapeseed and 40,000 tonnes of sugar, almost 2.4m tonnes in all. Sunflower seed remains banned.",
        "For comparison, in the 2022-23 season, before the ban, Poland took in about 2.9m tonnes of Ukrainian grain of all kinds, according to the agriculture ministry, much of it without any control over where it ended up.",
        "## Who gets the licences?",
        "The National Support Centre for Agriculture (KOWR) will issue licences to Polish mills, feed makers, sugar refiners and storage companies. Each licence will name the buyer and the destination, and the goods will have to be processed or stored in Poland. Grain crossing the country in transit to Gdańsk, Gdynia or Germany is not affected.",
        "Checks will be carried out at three border crossings: Dorohusk, Hrebenne and Medyka.",
        "## Why now?",
        "Krzemiński said the ban had become harder to defend in Brussels and was hurting Polish processors who need raw material. \"This is not opening the floodgates. It is a controlled valve,\" he said. Government officials also point to the approaching review of the EU-Ukraine trade arrangement, under which the whole EU admits 1.3m tonnes of Ukrainian wheat duty-free each year.",
        "Ukraine asked for more. Its negotiators wanted 2m tonnes of wheat alone, Kovalchuk confirmed after the signing, describing the deal as \"not everything we wanted\".",
        "## What do farmers say?",
        "Around 300 farmers protested outside the voivodeship office on Spokojna street while the ministers signed. The National Farmers' Federation says Polish warehouses still hold large stocks from the 2025 harvest and that the new licences will push prices down just as this year's harvest begins in July. \"The minister calls it a valve. We call it a leak,\" federation chairman Zbigniew Kamiński said.",
        "Wheat is currently fetching about 850 zlotys a tonne at Lublin-region mills, roughly 50 zlotys less than a year ago.",
        "## What happens next?",
        "A joint Polish-Ukrainian committee will review the volumes after six months, in January. Either side can ask for changes if prices move sharply.",
        "Bilateral agri-food trade is large and lopsided: Poland imported 11.4bn zlotys (about 2.7bn euros) of Ukrainian food and farm goods last year and exported 8.9bn zlotys' worth, according to GUS.",
    ],
)

_S4_D = _newsletter_page(
    site="AgriFlows CEE",
    url="https://www.agriflows-cee.example/briefing/2026-06-12-poland-ukraine-licences",
    headline="Poland-Ukraine: licences replace the ban. Our read of the volumes",
    issue="Weekly briefing No. 241",
    date_line="Friday 12 June 2026",
    author="Henrik Salo and Ewa Dudek",
    sponsor="CEE Grain Logistics Summit, Gdańsk, 22-23 September. Register now.",
    description="Analysis of the Poland-Ukraine grain licensing protocol signed in Lublin.",
    related=[("Romania's wheat crop forecast raised", "/briefing/2026-06-05-romania-wheat"),
             ("Hungary keeps its ban: why Budapest is not following Warsaw", "/briefing/2026-06-12-hungary"),
             ("Baltic port throughput, May", "/data/baltic-ports-may-2026")],
    paras=[
        "## The deal",
        "Wednesday's protocol, signed in Lublin by Poland's Stanisław Krzemiński and Ukraine's Iryna Kovalchuk, turns Poland's blanket import ban into licensed annual volumes from 1 July. The volumes: wheat 1.5m t, maize 800kt, rapeseed 350kt, sugar 40kt. Sunflower seed stays banned. Licensing period: 1 July 2026 to 30 June 2027, with a review after six months.",
        "Ukraine had asked for 2m t of wheat. The EU-wide duty-free quota for Ukrainian wheat under the revised DCFTA arrangement is 1.3m t, so Poland's national licence volume should not be confused with it: the Polish licences govern market access into Poland, not the EU tariff treatment.",
        "## What it means for flows",
        "In practice we expect licensed volumes to be used mainly by mills and feed compounders in the Lubelskie and Podkarpackie regions, where road and rail haulage from western Ukraine is cheapest. The KOWR licences require processing or storage in Poland, so the deal does not by itself reopen Polish ports to Ukrainian exports beyond the existing transit regime.",
        "Maize licences (800kt) look large relative to current Polish feed demand for imported corn and may well be under-used in the first months, when the new Polish crop is not yet harvested. Sugar at 40kt is symbolic.",
        "## Licensing mechanics",
        "KOWR is expected to publish the application rules before the end of June. Importers will have to name the Polish processor or registered storage site that will receive the goods, and each licence will carry a product, a volume and a validity period. Checks will be concentrated at three crossings: Dorohusk, Hrebenne and Medyka. Our contacts in Lublin expect the first licences to be issued in the second half of July at the earliest, so actual arrivals in July will be small.",
        "## Prices",
        "Euronext September wheat closed Wednesday at EUR 214/t, essentially unchanged. Polish cash prices around Lublin are near PLN 850/t (about EUR 200/t). We see limited downside from the deal itself: the volumes are spread over twelve months and the licensing process will take weeks to start.",
        "## Politics",
        "The Polish farm lobby remains hostile. The National Farmers' Federation brought about 300 protesters to Lublin and has announced road blockades near the Dorohusk crossing for next week. Hungary and Slovakia have said they are keeping their own bans.",
        "For Kyiv, the gain is predictability. As trade representative Kovalchuk put it, the deal is \"not everything we wanted, but it is predictable\".",
        "## Numbers to remember",
        "Polish imports of Ukrainian agri-food products: PLN 11.4bn in 2025 (about EUR 2.7bn). Polish agri-food exports to Ukraine: PLN 8.9bn. Ukraine's 2025-26 grain exports to date: about 41m t, overwhelmingly by sea.",
    ],
)

STORY_4 = _story("tr-OC4", "trade", "2026-06-12", [
    _page("https://www.danubianews.example/business/poland-ukraine-grain-licences-2026-06-10/", _S4_A),
    _page("https://ubc-business.example/en/news/2026/06/10/ukraine-poland-sign-grain-protocol", _S4_B),
    _page("https://www.vistulatimes.example/economy/2026/06/11/grain-deal-lublin-licences", _S4_C),
    _page("https://www.agriflows-cee.example/briefing/2026-06-12-poland-ukraine-licences", _S4_D),
], [
    ("wheat licence volume", r"1[.,]2\s*(?:m\b|mt\b|mn\b|mln|million)|1,200,000|1\.2m", r"1[.,]5\s*(?:m\b|mt\b|mn\b|mln|million)|1,500,000|1\.5m"),
    ("start of the licensing regime", r"\b1 july|july 1\b|1st of july|(?:start|beginning) of july", r"\b1 september|september 1\b|1st of september|(?:start|beginning) of september"),
])

# ===========================================================================
# STORY 5 - rocket (planted): Lithuanian microsatellite on a Falcon 9 rideshare, 13/14 November 2026
# ===========================================================================

_S5_A = _newsletter_page(
    site="Smallsat Dispatch",
    url="https://www.smallsatdispatch.example/2026/11/13/nerija-aitvaras-1-launch",
    headline="Falcon 9 rideshare lifts off from Vandenberg with Lithuania's Aitvaras-1 aboard",
    issue="Evening edition",
    date_line="Friday, November 13, 2026, 4:30 p.m. PT",
    author="Jordan Whitfield",
    sponsor="Need a flight? Rideshare slots to SSO in 2027 still available - talk to our partners at OrbitBroker",
    description="A SpaceX rideshare mission carried 74 payloads to sun-synchronous orbit, including the first microsatellite from Vilnius-based Nerija Orbital.",
    related=[("Estonian startup books 2027 rideshare slot", "/2026/10/28/estonian-startup-rideshare"),
             ("Why Europe's small-sat makers still fly American", "/2026/09/30/europe-smallsats-fly-american"),
             ("Launch schedule: the rest of November", "/launch-schedule")],
    paras=[
        "## Liftoff",
        "A SpaceX Falcon 9 lifted off from Space Launch Complex 4 East at Vandenberg Space Force Base, California, at 2:42 p.m. PST (22:42 UTC) on Friday on a dedicated rideshare mission to sun-synchronous orbit, carrying 74 payloads for customers in more than a dozen countries.",
        "The first stage, flying for the 19th time, landed back at Vandenberg's Landing Zone 4 about eight minutes after liftoff. The upper stage reached its initial parking orbit a few minutes later and began a long sequence of deployments.",
        "## The Lithuanian payload",
        "Among the smallsats was Aitvaras-1, the first satellite built by Nerija Orbital, a Vilnius company founded in 2019. The 112-kilogram (247-pound) spacecraft carries a hyperspectral imager with 96 spectral bands, designed to track forest health, crop stress and algae blooms in the Baltic Sea. It was headed for a sun-synchronous orbit at about 510 kilometers (317 miles).",
        "SpaceX confirmed the deployment of Aitvaras-1 at 3:54 p.m. PST, 72 minutes after liftoff. Nerija said its mission team in Vilnius, where it was just before 2 a.m. on Saturday, expected to hear from the satellite within hours, through a commercial ground station network.",
        "\"We built it, we tested it, and now it is up to physics,\" Nerija CEO Justinas Mikalauskas said in a statement released shortly after deployment.",
        "## Why it matters",
        "Lithuania has flown satellites before: two cubesats, each small enough to hold in one hand, were released from the International Space Station in 2014. But Aitvaras-1 is the country's first commercial Earth-observation satellite of this size, and Nerija is one of only a handful of companies in the Baltic states that design and integrate complete spacecraft.",
        "The mission cost about 6.3 million euros (around $7.3 million), Nerija said, including the launch. About a third of the money came from European Space Agency development contracts; Lithuania has been an associate member of ESA since 2021.",
        "## The rideshare",
        "Friday's flight was one of SpaceX's dedicated rideshare missions from Vandenberg. Customers included Earth-observation start-ups from Finland, Spain and India, several university cubesats and two technology demonstrators for in-orbit refuelling, and deployments were scheduled to continue for nearly three hours after liftoff. Nerija, which has 38 employees, bought its slot through a European launch broker in 2024.",
        "## What's next",
        "Commissioning of the imager is expected to take about six weeks. Nerija plans a larger follow-on, Aitvaras-2, for launch in 2028.",
        "We will update this story when Nerija confirms first contact.",
    ],
)

_S5_B = _wire_page(
    site="Lietuva Press Service",
    url="https://www.lps-news.example/en/science/lithuanian-satellite-aitvaras-1-reaches-orbit-20261114",
    headline="Lithuanian satellite Aitvaras-1 reaches orbit, sends first signal",
    dateline="VILNIUS, Nov 14",
    byline="Rūta Vasiliauskaitė",
    published="2026-11-14T04:10:00+02:00",
    modified="2026-11-14T09:30:00+02:00",
    visible="2026-11-14 04:10 | updated 09:30",
    description="Aitvaras-1, built by Vilnius company Nerija Orbital, was launched from California and has made contact with its team.",
    topics=["Science", "Space", "Lithuania"],
    credits="Edited by Tomas Girdzijauskas",
    related=[("Economy minister: space sector to double by 2030", "/en/economy/space-sector-20261020"),
             ("Vilnius University opens satellite ground station", "/en/science/vu-ground-station-20260915"),
             ("Lithuania's 2014 cubesats: where are they now?", "/en/science/cubesats-2014")],
    paras=[
        "Aitvaras-1, the first satellite built by the Vilnius-based company Nerija Orbital, was launched into orbit early on Saturday, Lithuanian time, aboard a SpaceX Falcon 9 rocket from the Vandenberg base in California, and has sent its first signal to Earth, the company said.",
        "The rocket lifted off at 00:42 Vilnius time on Saturday (22:42 GMT on Friday). The satellite separated from the rocket's upper stage 72 minutes later, at 01:54, and its first signal was received at 03:19 through a ground station on the Norwegian archipelago of Svalbard.",
        "\"Aitvaras is alive, its solar panels are open and it is talking to us,\" Nerija's chief technology officer Dalia Rimkutė told LPS by phone from the company's mission control in Vilnius, where about 30 employees and guests had gathered to watch the launch on a big screen.",
        "The satellite, which weighs 112 kg, carries a hyperspectral camera intended to monitor the condition of forests and farmland and the spread of algae blooms in the Baltic Sea. It is headed for a sun-synchronous orbit at an altitude of about 510 km.",
        "Chief executive Justinas Mikalauskas said the company had become \"not just a company that builds satellites, but one that operates them\". Nerija, founded in 2019, now employs 38 people.",
        "Economy and Innovation Minister Rūta Paulauskienė congratulated the team. \"This night will be remembered as the moment Lithuania's space industry grew up,\" she said in a statement issued in the early hours of Saturday.",
        "The mission cost about 6.3 million euros, of which 2.1 million came from contracts with the European Space Agency and 1.5 million from the ministry's innovation programme, the company said.",
        "Over the next six weeks engineers will test the satellite's systems and calibrate its camera before it starts delivering images to customers, the first of which include the State Forest Service and a Finnish environmental consultancy.",
        "Guests at mission control included students from Vilnius Tech and Kaunas University of Technology, whose teams helped test the satellite's radio. The satellite will be operated from Vilnius through commercial ground stations, including the one on Svalbard, and through a company-owned antenna on the roof of Nerija's offices, which the company expects to use for the first time on Saturday evening.",
        "Aitvaras-1 was one of 74 payloads on the rideshare mission. The rocket's first stage returned to land at Vandenberg.",
        "Lithuania's first satellites, the cubesats LituanicaSAT-1 and LitSat-1, were launched in 2014. Nerija plans to launch a second, larger satellite, Aitvaras-2, in 2028.",
    ],
)

_S5_C = _broadcast_page(
    site="LBN Lithuanian Broadcast News",
    url="https://www.lbn.example/en/news/2026-11-14/aitvaras-1-in-orbit-what-next",
    headline="Aitvaras-1 in orbit: what Lithuania's new satellite will do",
    byline="By Karolis Vainius, LBN English",
    visible="14 November 2026, 14:05",
    published="2026-11-14T14:05:00+02:00",
    modified=None,
    description="Lithuania's Aitvaras-1 satellite was launched overnight from California. LBN looks at what it will do.",
    video=("Night of the launch: inside Nerija Orbital's mission control", "3:30"),
    figure=("/images/2026/11/aitvaras-cleanroom.jpg",
            "Aitvaras-1 in Nerija Orbital's clean room in Vilnius before shipping to California in September.",
            "Nerija Orbital"),
    related=[("Heavy snow disrupts traffic around Kaunas", "/en/news/2026-11-14/snow"),
             ("Basketball: Žalgiris win in Euroleague", "/en/sport/2026-11-13/zalgiris"),
             ("Weather: cold front from Scandinavia", "/en/weather")],
    paras=[
        "Lithuania's newest satellite is in orbit and working. Aitvaras-1, built by the Vilnius company Nerija Orbital, was carried into space overnight by a Falcon 9 rocket launched from California, and made first contact with its engineers a few hours later.",
        "The rocket lifted off from Vandenberg Space Force Base at 42 minutes past midnight Lithuanian time, which was still Friday afternoon in California. The satellite was released from the rocket an hour and 12 minutes later.",
        "\"When the first data came in at twenty past three, people were crying,\" said Dalia Rimkutė, Nerija's technical director. \"We had waited seven years for this night.\"",
        "## What is on board",
        "The satellite weighs 121 kilograms, about as much as a large fridge, and carries a hyperspectral camera. Unlike an ordinary camera, which records three colours, it splits light into 96 narrow bands. That allows scientists to see whether trees are stressed by drought or pests before the damage is visible, or to detect algae in the Baltic Sea.",
        "It will circle the Earth at an altitude of about 510 kilometres, passing over Lithuania several times a day on a sun-synchronous orbit, meaning it crosses each place at about the same local time.",
        "## Who will use the data",
        "The State Forest Service is the first customer. Nerija says it has also signed contracts with a Finnish environmental consultancy and is talking to farmers' cooperatives in Poland and Latvia. Images should start to arrive in about six weeks, once the camera has been calibrated.",
        "\"For us, this is not the end of a project. It is the start of a service,\" said chief executive Justinas Mikalauskas.",
        "Ordinary Lithuanians will get to see the results too. The company has promised to publish its first image of Lithuania on its website once calibration is complete, and says it will most likely show the Curonian Spit and the Klaipėda strait.",
        "Day-to-day control will stay in Vilnius. Engineers there will talk to the satellite through commercial ground stations abroad, such as the one on Svalbard in Norway that picked up the first signal, and through a small antenna on the roof of the company's offices.",
        "## The money",
        "The mission cost about 6.3 million euros including the launch. A third of that came from the European Space Agency, of which Lithuania has been an associate member since 2021, and another 1.5 million euros from the Economy and Innovation Ministry.",
        "## A long way from 2014",
        "Lithuania's first satellites, LituanicaSAT-1 and LitSat-1, were tiny cubesats launched in 2014 and released from the International Space Station. Aitvaras-1 is many times larger and was built to run commercially for at least five years. Nerija already plans a successor, Aitvaras-2, in 2028.",
    ],
)

_S5_D = _paper_page(
    site="The Baltic Courier",
    url="https://www.balticcourier.example/business/2026/11/15/nerija-orbital-aitvaras-how-vilnius-got-to-orbit",
    headline="How a Vilnius startup got its satellite to orbit",
    standfirst="Nerija Orbital's Aitvaras-1 went up on a Falcon 9 early on Saturday. Behind it are seven years, 38 employees and a lot of European grant paperwork.",
    byline="By Eglė Sabaliauskaitė",
    visible="Sunday 15 November 2026",
    published="2026-11-15T08:00:00+02:00",
    section="Business",
    comments=29,
    pitch="The Baltic week in politics and business, every Tuesday and Friday.",
    description="The story behind Aitvaras-1, the satellite of Vilnius company Nerija Orbital launched on Saturday.",
    figure=("/media/2026/11/nerija-mission-control.jpg",
            "Nerija Orbital staff in the company's mission control room in Vilnius after the launch.",
            "Photo: Baltic Courier / Lukas Barysas"),
    related=[("Latvia's budget passes first reading", "/politics/2026/11/13/latvia-budget"),
             ("Estonian defence tech firms raise record funding", "/business/2026/11/12/estonia-defence-tech"),
             ("Opinion: the Baltics need a space strategy", "/opinion/2026/11/14/space")],
    paras=[
        "At 00:42 on Saturday morning, in a converted print works in Vilnius's Naujamiestis district, about thirty people stopped talking. On a screen, a Falcon 9 rocket rose from the California coast, where it was 2:42 in the afternoon on Friday. On board, among 74 payloads, was Aitvaras-1, a 112-kilogram satellite that Nerija Orbital had spent four years building.",
        "Seventy-two minutes later the satellite separated from the rocket. At 03:19, a ground station in Svalbard picked up its first signal. \"That was the moment I believed it,\" said chief executive Justinas Mikalauskas.",
        "## Seven years",
        "Nerija was founded in 2019 by Mikalauskas, a former software engineer, and Dalia Rimkutė, who had worked on European Space Agency projects in the Netherlands. The company started with small components for other satellite makers before deciding to build its own spacecraft.",
        "\"Everybody told us to keep selling parts,\" Rimkutė said. \"But you do not learn to run a mission by selling parts.\"",
        "The result is a microsatellite with a hyperspectral camera that splits light into 96 bands, intended to monitor forests, crops and the Baltic Sea. Its orbit is sun-synchronous, at about 560 km.",
        "## The money",
        "The whole mission, including the launch, cost about 6.3 million euros. Of that, 2.1 million came from ESA development contracts, which became available to Lithuanian companies after the country became an associate member of the agency in 2021, and 1.5 million from the Economy and Innovation Ministry. The rest came from private investors, including two Nordic venture funds.",
        "The launch itself was booked through a European broker in 2024, two years before the flight. Nerija would not disclose the price but said it accounted for less than a fifth of the mission budget.",
        "\"Without the ESA contracts we would not exist,\" Mikalauskas said. \"Without the investors we would not have a satellite.\"",
        "## Customers",
        "The State Forest Service has signed up as the first customer, and a Finnish environmental consultancy has agreed to buy images of coastal waters. The company needs about six weeks to calibrate the camera before it can deliver data.",
        "## What comes next",
        "Nerija, which has 38 employees, is already designing Aitvaras-2, a larger satellite due to fly in 2028. It also hopes to sell the design to other countries. \"There are many governments that want their own satellite but do not want to build a space agency,\" Mikalauskas said.",
        "Lithuania's first satellites, two cubesats released from the International Space Station in 2014, were student projects. Economy and Innovation Minister Rūta Paulauskienė said on Saturday that Aitvaras-1 marked \"the moment Lithuania's space industry grew up\".",
    ],
)

STORY_5 = _story("rk-OC5", "rocket", "2026-11-15", [
    _page("https://www.smallsatdispatch.example/2026/11/13/nerija-aitvaras-1-launch", _S5_A),
    _page("https://www.lps-news.example/en/science/lithuanian-satellite-aitvaras-1-reaches-orbit-20261114", _S5_B),
    _page("https://www.lbn.example/en/news/2026-11-14/aitvaras-1-in-orbit-what-next", _S5_C),
    _page("https://www.balticcourier.example/business/2026/11/15/nerija-orbital-aitvaras-how-vilnius-got-to-orbit", _S5_D),
], [
    ("satellite mass", r"\b112\b|247[- ]?(?:lb|pound)", r"\b121\b|267[- ]?(?:lb|pound)"),
    ("target orbit altitude", r"\b510\b|317[- ]?(?:mi|mile)", r"\b560\b|348[- ]?(?:mi|mile)"),
])

# ===========================================================================
# STORY 6 - earthquake (CONTROL): Vrancea, Romania, 00:47 local Tuesday 17 November 2026
# ===========================================================================

_S6_A = _wire_page(
    site="Continental Wire Service",
    url="https://www.cws-news.example/world/europe/romania-earthquake-vrancea-20261116",
    headline="Strong earthquake shakes Romania, felt in Bucharest and Moldova",
    dateline="BUCHAREST, Nov 17",
    byline="Ioana Marinescu",
    published="2026-11-16T23:31:00Z",
    modified="2026-11-17T00:44:00Z",
    visible="November 16, 2026 11:31 PM GMT - Updated November 17, 2026 12:44 AM GMT",
    description="A magnitude 5.8 earthquake struck Romania's Vrancea region shortly before 1 a.m. local time, shaking buildings in Bucharest and Chisinau.",
    topics=["Earthquakes", "Romania", "Moldova"],
    credits="Reporting by Ioana Marinescu in Bucharest and Victor Lungu in Chisinau; Editing by Sam Holloway",
    related=[("Romania's earthquake-prone buildings: a decade of delays", "/world/europe/romania-seismic-buildings-20260302"),
             ("Turkey quake anniversary: rebuilding still incomplete", "/world/turkey-quake-rebuild-20260206"),
             ("Moldova's president visits Brussels", "/world/europe/moldova-president-brussels-20261112")],
    paras=[
        "A strong earthquake struck eastern Romania early on Tuesday, shaking buildings in the capital Bucharest and across the border in Moldova and sending frightened residents into the streets, but there were no immediate reports of deaths or major damage.",
        "The quake hit at 00:47 local time on Tuesday (2247 GMT on Monday) in the Vrancea seismic zone, Romania's National Institute for Earth Physics (INFP) said. The institute put its magnitude at 5.8 and its depth at 132 km (82 miles).",
        "The U.S. Geological Survey measured it at magnitude 5.6 at a depth of 125 km, while the European-Mediterranean Seismological Centre (EMSC) gave a magnitude of 5.7.",
        "The epicentre was in Vrancea county, near the village of Nereju, about 150 km (95 miles) north-east of Bucharest, INFP said.",
        "The General Inspectorate for Emergency Situations (IGSU) said at 02:15 local time that at least six people had sought medical help, most of them for panic attacks or minor injuries sustained while leaving their homes in a hurry. Emergency teams were checking reports of cracked walls and fallen plaster in Vrancea, Buzău and Galați counties.",
        "\"It was long and strong. The whole building was swaying, and the glasses fell from the shelves,\" said Elena Dobre, 52, who ran down eight flights of stairs from her flat in Bucharest's Titan district with her two children.",
        "In Focșani, the nearest large town to the epicentre, residents gathered in parks and squares wrapped in blankets. \"The cupboard doors opened by themselves and the lamp was swinging like a pendulum,\" said Mihai Stan, who stood outside his block with his wife and their baby daughter.",
        "The state railway operator CFR said it had briefly halted trains in the east of the country so that tracks and bridges could be checked.",
        "Residents of Chisinau, the Moldovan capital, also reported strong shaking. Moldova's emergency service said it had no immediate reports of casualties.",
        "INFP recorded at least four aftershocks in the first two hours, the strongest of magnitude 3.9 at 02:31 local time.",
        "The Vrancea zone, where the Carpathian mountains bend, produces some of Europe's deepest earthquakes. Because they originate far below the surface, they are felt over a very wide area. A magnitude 7.4 quake in the zone in March 1977 killed more than 1,500 people, most of them in Bucharest.",
        "Bucharest has hundreds of apartment blocks classified as being at high risk of collapse in a major quake, and successive governments have been criticised for the slow pace of strengthening them.",
        "Interior Minister Cătălin Rusu said on Facebook that he had activated the national emergency committee and would travel to Vrancea in the morning.",
    ],
)

_S6_B = _liveblog_page(
    site="Carpathia Now",
    url="https://www.carpathianow.example/live/2026/11/17/earthquake-vrancea-live",
    headline="Earthquake in Vrancea: one dead, 19 injured - live updates",
    started="2026-11-17T01:02:00+02:00",
    modified="2026-11-17T12:30:00+02:00",
    description="Live updates after the magnitude 5.8 earthquake in Vrancea county.",
    tz_note="All times are Romanian time (EET, GMT+2).",
    summary=[
        "Magnitude 5.8 earthquake (INFP) at 00:47 on Tuesday, depth 132 km, Vrancea county",
        "One woman, 81, died in Focșani; 19 people injured as of 11:00",
        "Schools closed today in Vrancea and Buzău counties",
    ],
    related=[("How to prepare an earthquake emergency kit", "/guides/earthquake-kit"),
             ("Map: Bucharest's seismic-risk buildings", "/bucharest/seismic-risk-map"),
             ("The 1977 earthquake, remembered", "/history/1977-earthquake")],
    entries=[
        ("12:30", "Damage reports rise to 64 buildings", [
            "IGSU says it has received reports of damage to 64 buildings, almost all of them minor: cracked plaster, fallen chimneys and broken windows. Most are in Vrancea and Buzău counties. Two old houses in Nereju have been declared unsafe and their residents are staying with relatives.",
        ]),
        ("11:05", "Injured: 19, two still in hospital", [
            "The number of people who needed medical help has risen to 19, according to IGSU's latest update, as of 11:00. Seventeen were treated and sent home. Two people, a man in Buzău who fell from a ladder and a woman in Focșani with a broken hip, remain in hospital.",
        ]),
        ("09:40", "Nine aftershocks so far", [
            "INFP says it has recorded nine aftershocks since the main quake, as of 09:00. The strongest was magnitude 3.9, at 02:31. \"Aftershocks of this size are normal and may continue for days. They are not a sign that a bigger earthquake is coming,\" INFP's scientific director Andrei Vlădescu told Carpathia Now.",
        ]),
        ("08:15", "Schools closed in Vrancea and Buzău", [
            "Prefects in Vrancea and Buzău counties have closed schools for today so that engineers can inspect the buildings. In Bucharest, schools are open and the metro ran normally from 05:00.",
        ]),
        ("07:40", "First death confirmed", [
            "IGSU has confirmed that an 81-year-old woman died in Focșani. According to the emergency service, she collapsed on the stairs as she was leaving her apartment block after the quake. Doctors believe she suffered a heart attack.",
        ]),
        ("05:30", "Bucharest: fallen plaster, no structural damage so far", [
            "In Bucharest, firefighters were called out overnight mostly for fallen plaster and cracked facades, including on an old building on Calea Victoriei. City hall says first inspections of the capital's red-dot buildings, those in the highest seismic risk class, found no sign of structural failure. Inspections continue this morning.",
        ]),
        ("04:05", "Moldova: strong shaking in Chișinău, no injuries", [
            "Across the Prut, Moldova's emergency inspectorate says the quake was felt strongly in Chișinău but nobody was hurt. Residents of several blocks in the Botanica district spent time outside in the cold before going back in.",
        ]),
        ("03:10", "USGS and EMSC figures", [
            "For readers comparing numbers: the US Geological Survey gives magnitude 5.6 and a depth of 125 km; the European-Mediterranean Seismological Centre gives 5.7. INFP's figure, 5.8 at 132 km, is the official Romanian measurement. Different agencies routinely produce slightly different magnitudes for the same quake.",
        ]),
        ("02:20", "Six people seek medical help", [
            "IGSU says six people have sought medical help so far, mostly for panic attacks. No deaths have been reported.",
        ]),
        ("01:02", "Strong earthquake in Vrancea", [
            "An earthquake of magnitude 5.8 struck the Vrancea area at 00:47, INFP reports, at a depth of 132 km. The epicentre was near Nereju, in Vrancea county, some 40 km west of Focșani. It was felt strongly in Bucharest, Focșani, Galați, Iași and in the Republic of Moldova. We will bring you updates as we get them.",
        ]),
    ],
)

_S6_C = _broadcast_page(
    site="Prut TV News",
    url="https://www.prut-tv.example/en/news/20261117/earthquake-felt-chisinau",
    headline="Earthquake wakes Chișinău; minor damage in Moldova, one dead in Romania",
    byline="Prut TV News, English service",
    visible="17.11.2026 19:30",
    published="2026-11-17T19:30:00+02:00",
    modified=None,
    description="The Vrancea earthquake was felt across Moldova early on Tuesday. No injuries were reported in Moldova.",
    video=("Chișinău residents describe the night of the quake", "2:20"),
    figure=("/img/2026/11/chisinau-crack.jpg",
            "A crack in the wall of a stairwell in a five-storey block in Chișinău's Botanica district.",
            "Photo: Prut TV"),
    related=[("Gas price for households unchanged in December", "/en/news/20261117/gas-price"),
             ("Moldova wins away in Nations League", "/en/sport/20261116/football"),
             ("Weather: first frost of the season", "/en/weather")],
    paras=[
        "Thousands of people in Chișinău were woken shortly before one o'clock on Tuesday morning by an earthquake whose epicentre was in Romania's Vrancea county, about 220 kilometres to the south-west.",
        "The quake struck at 00:47. Romania's National Institute for Earth Physics measured it at magnitude 5.8, at a depth of 132 kilometres. Moldova's Institute of Geology and Seismology said the shaking in Chișinău reached intensity V on the twelve-degree scale, strong enough to wake sleepers and move furniture.",
        "Moldova's General Inspectorate for Emergency Situations said on Tuesday evening that it had received eleven reports of minor damage, mostly cracks in walls and fallen plaster, in Chișinău, Cahul and Comrat. Nobody in Moldova was hurt. \"Our teams have inspected all the addresses. None of the buildings is in danger of collapse,\" inspectorate spokesman Vitalie Ceban said.",
        "In the Botanica district, residents of a five-storey block spent more than an hour outside in temperatures close to freezing. \"I grabbed my son and my documents and ran. I remember 1990, I know what Vrancea can do,\" said Natalia Rotaru, 58.",
        "## In Romania",
        "Across the Prut, the Romanian emergency service IGSU said on Tuesday evening that 27 people had needed medical help as of 18:00, three of whom were still in hospital. An 81-year-old woman died in Focșani after collapsing on the stairs as she left her building; doctors said she had had a heart attack.",
        "IGSU said 118 buildings had been reported damaged in Romania, most of them lightly. Romania's INFP had recorded 14 aftershocks by Tuesday evening, the strongest of magnitude 3.9.",
        "## Why Vrancea quakes reach Moldova",
        "Vrancea earthquakes happen deep beneath the bend of the Carpathians, typically between 70 and 180 kilometres underground. Seismologists say the depth spreads the shaking over a huge area, which is why a Romanian quake is regularly felt more strongly in Chișinău than in many Romanian towns closer to the epicentre.",
        "The deadliest Vrancea quake in modern times, magnitude 7.4 in 1977, killed more than 1,500 people in Romania and damaged buildings in Chișinău. In 1990, two strong quakes on consecutive days caused damage in southern Moldova.",
        "Moldova's Prime Minister's office said the government would review the state of older apartment blocks in the capital. An inspection programme for buildings constructed before 1975 was announced last year but has not yet started.",
        "Foreign seismological services gave slightly lower figures than INFP: the US Geological Survey put the magnitude at 5.6 and the European-Mediterranean Seismological Centre at 5.7.",
    ],
)

_S6_D = _paper_page(
    site="The Danube Herald",
    url="https://www.danubeherald.example/romania/2026/11/18/vrancea-quake-what-we-know",
    headline="Vrancea quake: one dead, 27 hurt as Romania counts the damage",
    standfirst="The magnitude 5.8 earthquake early on Tuesday was the strongest in the Vrancea zone in years. It was a reminder, experts say, of what a bigger one could do.",
    byline="By Radu Stoica",
    visible="Wednesday, 18 November 2026",
    published=None,
    section="Romania",
    comments=56,
    pitch="Romania and Moldova in English: our morning newsletter, every weekday.",
    description="What we know about the Vrancea earthquake of 17 November 2026.",
    figure=("/media/2026/11/focsani-inspection.jpg",
            "Engineers inspect an apartment block in Focșani on Tuesday.",
            "Photo: Mihai Gheorghe / The Danube Herald"),
    related=[("Bucharest's red-dot buildings: the list", "/bucharest/red-dot-list"),
             ("Parliament approves 2027 budget framework", "/politics/2026/11/17/budget"),
             ("Opinion: we have been lucky again", "/opinion/2026/11/18/lucky")],
    read_more=("Explainer: why Vrancea earthquakes are different", "/explainers/vrancea"),
    paras=[
        "An 81-year-old woman died and 27 people were injured after an earthquake of magnitude 5.8 struck Romania's Vrancea region early on Tuesday, the emergency services said yesterday evening.",
        "The quake, which hit at 00:47 local time at a depth of 132 km according to the National Institute for Earth Physics (INFP), was felt from Bucharest to Chișinău and as far as Sofia. Its epicentre was near Nereju, in the mountains of Vrancea county, about 40 km west of Focșani and 150 km north-east of Bucharest.",
        "The woman who died lived in Focșani. She collapsed on the stairs of her apartment block as she tried to leave after the tremor and could not be revived; doctors said the cause was a heart attack.",
        "Of the 27 injured, three were still in hospital on Tuesday evening, none in a life-threatening condition, IGSU said. Most of the others had been hurt in falls or treated for panic attacks.",
        "By 18:00 on Tuesday, IGSU had received reports of damage to 118 buildings, up from 64 by midday, most of them minor. Two houses in Nereju were declared unsafe. INFP had recorded 14 aftershocks, the strongest of magnitude 3.9.",
        "## Different agencies, different numbers",
        "Foreign agencies measured the quake slightly lower: the US Geological Survey put it at magnitude 5.6 and a depth of 125 km, the European-Mediterranean Seismological Centre at 5.7. \"Each agency uses its own stations and methods. A difference of two tenths is normal,\" said Andrei Vlădescu, INFP's scientific director. \"For Romania, the reference value is ours.\"",
        "The last Vrancea quake of comparable strength, magnitude 6.0 by INFP's measure, struck in October 2004. The deadliest, in March 1977, measured 7.4 and killed more than 1,500 people.",
        "## The warning",
        "Engineers say Tuesday's quake did little damage because of its depth and moderate size. A magnitude 7 event, which seismologists say Vrancea produces a few times a century, would release roughly 30 times more energy than a 6 and would be felt very differently.",
        "Bucharest still has about 350 buildings classified in the highest seismic risk class, marked with a red dot, most of them built before 1940. Fewer than a fifth of them have been strengthened.",
        "\"We were lucky again. We should not need a tragedy to fix these buildings,\" said Ana Ciobanu, a structural engineer at the Technical University of Civil Engineering in Bucharest.",
        "Interior Minister Cătălin Rusu, who visited Focșani and Nereju on Tuesday, said the government would provide emergency aid to families whose homes were declared unsafe and would present a new plan for the red-dot buildings \"within weeks\".",
        "Schools in Vrancea and Buzău counties, closed on Tuesday for inspections, were due to reopen today.",
    ],
)

STORY_6 = _story("eq-OC6", "earthquake", "2026-11-18", [
    _page("https://www.cws-news.example/world/europe/romania-earthquake-vrancea-20261116", _S6_A),
    _page("https://www.carpathianow.example/live/2026/11/17/earthquake-vrancea-live", _S6_B),
    _page("https://www.prut-tv.example/en/news/20261117/earthquake-felt-chisinau", _S6_C),
    _page("https://www.danubeherald.example/romania/2026/11/18/vrancea-quake-what-we-know", _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
