"""Part ND of the story battery (web pages).

Written by engineer ND1 on 2026-12-07 (twenty-third session, nineteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py ND`.

Six invented events, each told by three or four invented outlets as full saved web pages:
cb-ND1: Sweden's Riksbank cuts its policy rate 25bp to 1.75% by a 4-1 vote (CONTROL; traps: 0.25 pp / 25bp / a quarter point, 09:30 CET vs 0830 GMT, decided Wednesday but announced Thursday, 'yesterday' from a next-day paper, press conference 11:00 CET vs 1000 GMT, the December path and September cut, a rate-path forecast of about 1.6%, EUR/SEK 10.91 -> 10.96 then ~10.95, CPIF 1.6% vs CPIF ex energy 2.3%, ECB 2.00%, a union economist's call for a half-point cut, mortgage saving 625 kr before tax vs ~440 after deduction, Governor vs 'Riksbank chief').
el-ND2: Fianna Fail's Donal Creedon wins the Cork North-West by-election (planted: turnout 51.3% vs 53.1% in the broadcaster; elected on the fifth count vs 'sixth count' in the local site; traps: a live blog with rising count-by-count totals and morning tallies (35.4%, 'around 51%'), 2024 turnout 62.9% and Sinn Fein 17.1% vs 19.6% (+2.5 points), declaration at 11.52pm Saturday seen from pages dated Saturday UTC and Sunday, transfers 'almost five to three', quote cut short or paraphrased, percent vs raw votes).
ct-ND3: The UK Supreme Court rules Swiftbox delivery riders are workers (planted: 4-1 majority vs '3-2' in the legal newsletter; 212 claimant riders vs '221' in the wire; traps: the Court of Appeal's earlier 2-1, 9.45am BST vs 0845 GMT, Wednesday vs 'yesterday' from Thursday, union back-pay estimate of up to GBP38m vs the two-year backstop, 14,000 riders vs 212 claimants, 5.6 weeks and 12.07% holiday rules, GBP12.71 wage floor, revenue in pounds and dollars, Lady Mercer as 'Justice' or 'one of the justices').
tr-ND4: Norway's first-half seafood exports fall 4% to NOK 83.6bn (CONTROL; traps: 4% vs 4.2% vs NOK 3.7bn, value down but volume up, June alone up 3% vs half-year down, salmon NOK 58.4bn -6% value +9% volume, share down just over a percentage point, NOK vs ~EUR7.2bn vs ~USD8.2bn, kg prices this June vs last June, the 15% US tariff vs the 11% fall in US sales, 2025 record NOK 176.2bn vs a NOK 165-170bn forecast, release 0430 GMT vs 'this morning' vs 'on Tuesday', names with and without Norwegian letters).
rk-ND5: Norrsken Launch's Vinga rocket reaches orbit from Esrange (planted: lift-off 11:42 CEST vs '11:24 CEST (09:24 UTC)' in the space newsletter; three cubesats vs 'four small satellites' in the broadcaster; traps: 11:42 CEST = 09:42 UTC = 10.42am BST, a live blog's entry times and T+ times, Monday's scrub at T-4 minutes, window opening 11:30, 24 m / 79ft, 520 km / 323 miles, SEK 1.4bn vs ~EUR128m vs ~GBP110m, next flight Q2 2027, 400 kg capacity vs 500 km reference orbit).
eq-ND6: A magnitude 5.4 earthquake strikes Skjalfandi Bay off Husavik, north Iceland (CONTROL; traps: 03:17 local = GMT vs 04:17 CET, automatic 5.1 revised to 5.4 and USGS 5.3 attributed, injured rising 3 -> 7 -> 9 and aftershocks 250 -> 600 -> 1,100 by each page's time, 12 km / 7.5 miles, 9 km / 5.5 miles, largest aftershock 4.1 at 03:49 'about half an hour' later, the 2020 swarm's 5.8 and 1872, mayor of Nordurthing vs of the town, road partly blocked then reopened at 13:00).
"""

from __future__ import annotations

import html
import json
import zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ND", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Small helpers shared by the page templates
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _paras(paras: list[str], ads: dict[int, str] | None = None) -> str:
    """Render body paragraphs. '## ' starts a subhead, '> ' a pull quote,
    '- ' a bullet (consecutive bullets form one list)."""
    ads = ads or {}
    out: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            out.append("<ul class=\"body-list\">" + "".join(f"<li>{_e(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for i, p in enumerate(paras):
        if p.startswith("- "):
            bullets.append(p[2:])
            continue
        flush()
        if p.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote class=\"pullquote\"><p>{_e(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{_e(p)}</p>")
        if i in ads:
            out.append(ads[i])
    flush()
    return "\n".join(out)


def _ad(slot: str, creative: str) -> str:
    return (f"<div class=\"ad-slot\" id=\"{_a(slot)}\" data-ad-unit=\"{_a(slot)}\">"
            f"<span class=\"ad-label\">Advertisement</span>"
            f"<div class=\"ad-creative\">{_e(creative)}</div></div>")


def _figure(src: str, caption: str, credit: str) -> str:
    return (f"<figure class=\"lead-image\"><img src=\"{_a(src)}\" alt=\"{_a(caption)}\" loading=\"lazy\">"
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span></figcaption></figure>")


def _related(title: str, items: list[str], base: str) -> str:
    lis = "".join(
        f"<li><a href=\"{_a(base)}/{i + 1:02d}-{zlib.crc32(t.encode()) % 100000:05d}\">{_e(t)}</a></li>"
        for i, t in enumerate(items))
    return f"<aside class=\"related\"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>"


def _share() -> str:
    return ("<div class=\"share-bar\"><span>Share this article</span>"
            "<a class=\"share-x\" href=\"#\">X</a><a class=\"share-fb\" href=\"#\">Facebook</a>"
            "<a class=\"share-li\" href=\"#\">LinkedIn</a><a class=\"share-wa\" href=\"#\">WhatsApp</a>"
            "<a class=\"share-mail\" href=\"#\">Email</a><button class=\"copy-link\">Copy link</button></div>")


def _cookie(site: str) -> str:
    return (f"<div id=\"cookie-banner\" class=\"consent\" role=\"dialog\"><p>{_e(site)} and our partners use cookies "
            "and similar technologies to run this site, measure audiences and show you relevant advertising. "
            "You can change your choices at any time under Privacy settings.</p>"
            "<button class=\"accept\">Accept all</button><button class=\"reject\">Reject non-essential</button>"
            "<button class=\"manage\">Manage choices</button></div>")


def _jsonld(headline: str, site: str, published: str | None, modified: str | None,
            author: str, url: str, kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": headline,
                            "mainEntityOfPage": url,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization", "name": site}}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return "<script type=\"application/ld+json\">" + json.dumps(data, ensure_ascii=False) + "</script>"


def _head(title: str, description: str, url: str, site: str, extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n"
            f"<meta name=\"description\" content=\"{_a(description)}\">\n"
            f"<meta property=\"og:title\" content=\"{_a(title)}\">\n"
            f"<meta property=\"og:description\" content=\"{_a(description)}\">\n"
            f"<meta property=\"og:site_name\" content=\"{_a(site)}\">\n"
            f"<meta property=\"og:url\" content=\"{_a(url)}\">\n"
            "<meta property=\"og:type\" content=\"article\">\n"
            "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
            f"<link rel=\"canonical\" href=\"{_a(url)}\">\n"
            "<link rel=\"stylesheet\" href=\"/static/css/site.min.css\">\n"
            f"{extra}</head>\n")


# ---------------------------------------------------------------------------
# Template 1: wire agency
# ---------------------------------------------------------------------------

def _wire_page(*, url: str, site: str, headline: str, summary: str, byline: str, dateline: str,
               published: str, modified: str | None, visible: str, paras: list[str],
               related: list[str], credits: str, section: str) -> str:
    extra = (f"<meta property=\"article:published_time\" content=\"{published}\">\n"
             + (f"<meta property=\"article:modified_time\" content=\"{modified}\">\n" if modified else "")
             + f"<meta property=\"article:section\" content=\"{_a(section)}\">\n"
             + _jsonld(headline, site, published, modified, byline, url) + "\n")
    first, rest = paras[0], paras[1:]
    body = f"<p><span class=\"dateline\">{_e(dateline)}</span> - {_e(first)}</p>\n" + _paras(
        rest, {3: _ad("wire-mid-1", "Trade smarter with real-time Nordic market data. Start a free trial today.")})
    return (_head(f"{headline} | {site}", summary, url, site, extra)
            + "<body class=\"wire\">\n" + _cookie(site)
            + f"<header class=\"wire-top\"><a class=\"logo\" href=\"/\">{_e(site)}</a>"
              "<nav><a href=\"/world\">World</a><a href=\"/business\">Business</a><a href=\"/markets\">Markets</a>"
              "<a href=\"/politics\">Politics</a><a href=\"/science\">Science</a><a href=\"/pictures\">Pictures</a></nav>"
              "<a class=\"login\" href=\"/login\">Sign in</a></header>\n"
            + "<main><article class=\"story\">"
            + f"<div class=\"section-tag\">{_e(section)}</div><h1>{_e(headline)}</h1>"
            + f"<div class=\"meta\"><span class=\"byline\">By {_e(byline)}</span> <span class=\"ts\">{_e(visible)}</span></div>"
            + _share() + f"\n<div class=\"story-body\">\n{body}\n</div>\n"
            + f"<p class=\"credits\">{_e(credits)}</p>"
            + "<p class=\"trust\">Our Standards: The Trust Principles.</p></article>\n"
            + _related("Related coverage", related, "/article")
            + _ad("wire-rail", "Advertisement feature: how Nordic pension funds are rethinking risk")
            + "</main>\n<footer class=\"wire-foot\"><p>All quotes delayed a minimum of 15 minutes. "
              f"Copyright {_e(site)}. All rights reserved.</p><a href=\"/terms\">Terms of use</a> "
              "<a href=\"/privacy\">Privacy</a> <a href=\"/accessibility\">Accessibility</a></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Template 2: newspaper
# ---------------------------------------------------------------------------

def _paper_page(*, url: str, site: str, headline: str, standfirst: str, byline: str, role: str,
                published: str | None, visible: str, paras: list[str], figure: str, related: list[str],
                section: str, newsletter: str, ad1: str, ad2: str) -> str:
    extra = ""
    if published:
        extra += f"<meta property=\"article:published_time\" content=\"{published}\">\n"
    extra += f"<meta name=\"author\" content=\"{_a(byline)}\">\n"
    body = _paras(paras, {2: _ad("inarticle-1", ad1), 6: "<p class=\"readmore\"><strong>Read more:</strong> "
                          f"<a href=\"/{_a(section.lower())}\">More from our {_e(section)} desk</a></p>"})
    return (_head(f"{headline} | {site}", standfirst, url, site, extra)
            + "<body class=\"paper\">\n" + _cookie(site)
            + _ad("leaderboard", ad2)
            + f"<header class=\"masthead\"><div class=\"brand\"><a href=\"/\">{_e(site)}</a></div>"
              "<nav class=\"sections\"><a href=\"/news\">News</a><a href=\"/business\">Business</a>"
              "<a href=\"/politics\">Politics</a><a href=\"/opinion\">Opinion</a><a href=\"/sport\">Sport</a>"
              "<a href=\"/culture\">Culture</a><a href=\"/subscribe\" class=\"cta\">Subscribe</a></nav></header>\n"
            + f"<main><article><p class=\"kicker\">{_e(section)}</p><h1>{_e(headline)}</h1>"
            + f"<p class=\"standfirst\">{_e(standfirst)}</p>"
            + f"<div class=\"byline-block\"><span class=\"author\">{_e(byline)}</span>, <span class=\"role\">{_e(role)}</span>"
            + f"<br><span class=\"date\">{_e(visible)}</span></div>"
            + figure + _share() + f"\n<div class=\"article-body\">\n{body}\n</div>\n"
            + f"<div class=\"newsletter-box\"><h4>{_e(newsletter)}</h4><p>The day's most important stories, "
              "in your inbox every morning. Free for registered readers.</p><input type=\"email\" placeholder=\"Your email\">"
              "<button>Sign up</button></div>"
            + "<div class=\"comments\"><a href=\"#comments\">View comments</a></div></article>\n"
            + _related("Most read", related, "/news")
            + "</main>\n<footer class=\"paper-foot\"><nav><a href=\"/about\">About us</a><a href=\"/contact\">Contact</a>"
              "<a href=\"/advertise\">Advertise with us</a><a href=\"/complaints\">Complaints &amp; corrections</a>"
              f"<a href=\"/privacy\">Privacy policy</a></nav><p>&copy; {_e(site)} 2026</p></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Template 3: broadcaster (no machine-readable date, only a visible one)
# ---------------------------------------------------------------------------

def _broadcast_page(*, url: str, site: str, headline: str, summary: str, byline: str, visible: str,
                    paras: list[str], video_caption: str, related: list[str], section: str) -> str:
    body = _paras(paras, {4: _ad("bc-mpu", "Stream every match live this season - try it free for 7 days")})
    return (_head(f"{headline} - {site}", summary, url, site)
            + "<body class=\"broadcaster\">\n" + _cookie(site)
            + f"<header class=\"bc-header\"><a class=\"bc-logo\" href=\"/\">{_e(site)}</a>"
              "<nav><a href=\"/news\">News</a><a href=\"/live\">Live TV</a><a href=\"/radio\">Radio</a>"
              "<a href=\"/weather\">Weather</a><a href=\"/sport\">Sport</a><a href=\"/play\">Play</a></nav>"
              "<div class=\"live-strip\">LIVE <a href=\"/live\">Watch the news channel now</a></div></header>\n"
            + f"<main><article class=\"bc-article\"><span class=\"bc-section\">{_e(section)}</span>"
            + f"<h1>{_e(headline)}</h1><div class=\"bc-time\">{_e(visible)}</div>"
            + f"<div class=\"bc-video\"><div class=\"player\" data-src=\"/media/clip.m3u8\">Video player</div>"
              f"<p class=\"video-caption\">{_e(video_caption)}</p></div>"
            + f"<p class=\"bc-author\">{_e(byline)}</p>" + _share()
            + f"\n<div class=\"bc-body\">\n{body}\n</div>\n"
            + "<p class=\"bc-follow\">Follow us on social media and download our app for breaking news alerts.</p>"
            + "</article>\n" + _related("Top stories", related, "/news")
            + "</main>\n<footer class=\"bc-foot\"><a href=\"/terms\">Terms of Use</a><a href=\"/about\">About</a>"
              "<a href=\"/privacy\">Privacy Policy</a><a href=\"/cookies\">Cookies</a><a href=\"/contact\">Contact</a>"
              f"<p>{_e(site)} is not responsible for the content of external sites.</p></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Template 4: trade / specialist newsletter
# ---------------------------------------------------------------------------

def _newsletter_page(*, url: str, site: str, issue: str, headline: str, deck: str, byline: str,
                     published: str | None, visible: str, paras: list[str], keyfigs: list[tuple[str, str]],
                     related: list[str]) -> str:
    extra = _jsonld(headline, site, published, None, byline, url, "Article") + "\n" if published else ""
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in keyfigs)
    return (_head(f"{headline} | {site}", deck, url, site, extra)
            + "<body class=\"newsletter\">\n" + _cookie(site)
            + f"<div class=\"paywall-strip\">You are reading a free article. Subscribe to {_e(site)} for full access "
              "to data, archives and daily briefings. <a href=\"/subscribe\">See plans</a></div>"
            + f"<header class=\"nl-head\"><a href=\"/\" class=\"nl-brand\">{_e(site)}</a><span class=\"issue\">{_e(issue)}</span>"
              "<nav><a href=\"/briefings\">Briefings</a><a href=\"/data\">Data</a><a href=\"/analysis\">Analysis</a>"
              "<a href=\"/events\">Events</a><a href=\"/jobs\">Jobs</a></nav></header>\n"
            + f"<main><article><h1>{_e(headline)}</h1><p class=\"deck\">{_e(deck)}</p>"
            + f"<p class=\"nl-meta\">{_e(byline)} &middot; {_e(visible)}</p>"
            + (f"<table class=\"key-figures\"><caption>Key figures</caption>{rows}</table>" if rows else "")
            + f"\n<div class=\"nl-body\">\n{_paras(paras, {5: _ad('nl-inline', 'Sponsored: book your place at the spring industry summit')})}\n</div>\n"
            + "<div class=\"nl-signup\"><h4>Get the morning briefing</h4><p>Market-moving news before 7am, five days a week.</p>"
              "<button>Subscribe</button></div></article>\n"
            + _related("Also in this issue", related, "/briefings")
            + "</main>\n<footer class=\"nl-foot\"><p>Forwarded this? Sign up for your own copy. "
              f"Redistribution without permission is prohibited. &copy; {_e(site)}</p>"
              "<a href=\"/unsubscribe\">Manage subscription</a></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Template 5: live blog
# ---------------------------------------------------------------------------

def _liveblog_page(*, url: str, site: str, headline: str, summary: str, published: str, modified: str,
                   key_points: list[str], entries: list[tuple[str, str, list[str]]], related: list[str],
                   authors: str) -> str:
    extra = (f"<meta property=\"article:published_time\" content=\"{published}\">\n"
             f"<meta property=\"article:modified_time\" content=\"{modified}\">\n"
             + _jsonld(headline, site, published, modified, authors, url, "LiveBlogPosting") + "\n")
    kp = "".join(f"<li>{_e(k)}</li>" for k in key_points)
    posts = []
    for n, (stamp, title, ps) in enumerate(entries):
        posts.append(f"<div class=\"lb-entry\" id=\"post-{len(entries) - n}\"><time class=\"lb-time\">{_e(stamp)}</time>"
                     + (f"<h3>{_e(title)}</h3>" if title else "") + _paras(ps) + "</div>")
        if n == 2:
            posts.append(_ad("lb-inline", "Switch your broadband and get three months half price"))
    return (_head(f"{headline} | {site}", summary, url, site, extra)
            + "<body class=\"liveblog\">\n" + _cookie(site)
            + f"<header class=\"lb-head\"><a href=\"/\">{_e(site)}</a><nav><a href=\"/news\">News</a>"
              "<a href=\"/live\">Live</a><a href=\"/politics\">Politics</a><a href=\"/business\">Business</a>"
              "<a href=\"/sport\">Sport</a></nav></header>\n"
            + f"<main><div class=\"lb-badge\">LIVE</div><h1>{_e(headline)}</h1><p class=\"lb-summary\">{_e(summary)}</p>"
            + f"<p class=\"lb-authors\">{_e(authors)}</p>" + _share()
            + f"<section class=\"key-points\"><h2>Key points</h2><ul>{kp}</ul></section>"
            + "<p class=\"lb-refresh\">This page updates automatically. Newest posts first.</p>"
            + "<section class=\"lb-feed\">\n" + "\n".join(posts) + "\n</section>\n"
            + _related("More on this story", related, "/live")
            + "</main>\n<footer><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a> "
              f"<p>&copy; {_e(site)}</p></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Template 6: local news site (visible date only, weather widget, most read)
# ---------------------------------------------------------------------------

def _local_page(*, url: str, site: str, headline: str, byline: str, visible: str, paras: list[str],
                figure: str, related: list[str], weather: str, ad: str) -> str:
    return (_head(f"{headline} - {site}", headline, url, site)
            + "<body class=\"local\">\n" + _cookie(site)
            + f"<header class=\"local-head\"><div class=\"weather\">{_e(weather)}</div>"
              f"<a class=\"local-logo\" href=\"/\">{_e(site)}</a>"
              "<nav><a href=\"/news\">News</a><a href=\"/community\">Community</a><a href=\"/sport\">Sport</a>"
              "<a href=\"/whats-on\">What's On</a><a href=\"/notices\">Notices</a><a href=\"/jobs\">Jobs</a></nav></header>\n"
            + "<main><article class=\"local-story\">"
            + f"<h1>{_e(headline)}</h1><p class=\"local-meta\"><span>{_e(byline)}</span> | <span>{_e(visible)}</span></p>"
            + figure + f"\n<div class=\"local-body\">\n{_paras(paras, {3: _ad('local-mpu', ad)})}\n</div>\n"
            + _share()
            + "<div class=\"tip-box\">Got a story? Contact our newsroom - we want to hear from you.</div></article>\n"
            + _related("Most read", related, "/news")
            + _ad("local-rail", "Local trades directory: find a trusted plumber, electrician or builder near you")
            + "</main>\n<footer class=\"local-foot\"><p>Proudly independent local news.</p>"
              "<a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookie policy</a> <a href=\"/advertise\">Advertise</a>"
              "</footer>\n</body>\n</html>\n")


# ===========================================================================
# STORY 1 - cb-ND1 - Riksbank cuts policy rate to 1.75% (CONTROL)
# ===========================================================================

_S1_A_URL = "https://www.nordicwire.example/business/riksbank-cuts-rate-to-1-75-2026-03-19/"
_S1_A_BODY = [
    "Sweden's central bank lowered its policy rate by a quarter of a percentage point to 1.75% on Thursday, saying inflation had cooled faster than it had expected and that the economy still needed some help, and it left the door ajar for one more reduction later in the year.",
    "The Riksbank's Executive Board took the decision at its meeting on Wednesday and published it at 0830 GMT on Thursday. The new rate takes effect on March 25.",
    "It was the bank's first move since September, when it trimmed the rate to 2.00%. At its previous meeting, announced on January 29, it left borrowing costs unchanged.",
    "Twelve of 17 economists polled by Nordic Wire Service last week had predicted a cut, while the other five had expected the bank to stay on hold.",
    "Governor Henrik Ahlqvist said price pressures had eased more quickly over the winter than policymakers had pencilled in, and that the pick-up in household spending remained fragile.",
    "“A somewhat lower policy rate gives the economy support without putting the inflation target at risk,” Ahlqvist told a news conference at 1000 GMT.",
    "The decision was not unanimous. Deputy Governor Anders Kjellberg entered a reservation and would have preferred to keep the rate at 2.00%, the bank said, citing the risk that a weaker crown could feed through to import prices. Minutes of the meeting are due on April 1.",
    "CPIF inflation, the measure the Riksbank targets, slowed to 1.6% in February, short of the bank's 2% goal. Stripping out energy, the CPIF rate was 2.3%.",
    "The bank's new forecast for the policy rate, which it stresses is an assessment rather than a commitment, averages around 1.6% in the fourth quarter, implying a roughly even chance of a further cut before the end of the year.",
    "“We are not on a predetermined path. If the outlook changes, so will the policy rate,” Ahlqvist said, adding that the board would weigh new data on wages, the crown and energy prices before its next decision.",
    "The crown weakened after the announcement. The euro rose about 0.5% to 10.96 crowns, from 10.91 just before the decision, and the yield on two-year Swedish government bonds fell 6 basis points.",
    "In its quarterly Monetary Policy Report, the Riksbank cut its forecast for economic growth this year to 1.9% from 2.2% in December and said it now expected unemployment to average 8.6% in 2026.",
    "Karin Westerlund, chief economist at Malarbanken, said the reservation was the most telling part of the statement. “The dissent is the interesting part. It tells you the bar for a cut in May is high,” she said.",
    "The European Central Bank, whose decisions weigh heavily on the crown, has held its deposit rate at 2.00% for most of the past year. Norway's central bank is due to announce its own rate decision next week.",
    "The Riksbank will publish its next policy decision on May 7.",
]
_S1_A = _wire_page(
    url=_S1_A_URL, site="Nordic Wire Service",
    headline="Sweden's Riksbank cuts rate to 1.75%, one board member dissents",
    summary="Sweden's central bank cut its policy rate by 25 basis points to 1.75% and signalled a further cut was possible this year.",
    byline="Erik Sandell", dateline="STOCKHOLM, March 19 (NWS)",
    published="2026-03-19T08:36:00Z", modified="2026-03-19T10:48:00Z",
    visible="March 19, 2026 8:36 AM GMT - Updated March 19, 2026 10:48 AM GMT",
    paras=_S1_A_BODY,
    related=["Norges Bank seen holding rates as oil income cools",
             "Swedish retail sales rise 0.8% in February",
             "ECB policymakers split on timing of next move",
             "Swedish house prices edge up for third straight month"],
    credits="Reporting by Erik Sandell and Lina Bergqvist; Editing by Tom Harwood",
    section="Business")

_S1_B_URL = "https://www.kronabrief.example/briefings/2026/03/19/riksbank-25bp-cut-reservation"
_S1_B_BODY = [
    "The Riksbank delivered the 25bp cut most of the market had leaned towards, taking the policy rate to 1.75%, but a reservation from Deputy Governor Anders Kjellberg and a rate path that only half-prices another move left the statement reading more cautious than the headline.",
    "## What the bank did",
    "The Executive Board voted four to one to lower the rate from 2.00%, effective Wednesday 25 March. The decision was taken on Wednesday and released at 09:30 CET this morning. Kjellberg would have held, arguing in the press release that the krona remains vulnerable and that imported inflation could surprise on the upside.",
    "Going into the announcement, swaps had priced about a 70% probability of a cut, up from roughly 55% a fortnight ago after February's soft CPIF print. So the move itself was no shock; the reaction came through the guidance.",
    "## The path",
    "The new policy-rate path averages roughly 1.62% in Q4 2026, which sits about halfway between 1.75% and 1.50%. In plain terms the bank is telling us that one more 25bp cut this year is a coin toss, not a done deal. In December's path, by comparison, the Q4 average was just under 2.00%.",
    "Governor Henrik Ahlqvist leaned into that message at the 11:00 CET press conference. He said the board was “not on a predetermined path” and that if the outlook changed, the rate would change with it.",
    "## Inflation and growth",
    "CPIF was 1.6% y/y in February, against the 2% target; CPIF excluding energy was 2.3%. The bank sees CPIF back near target around the turn of the year. GDP growth for 2026 was marked down to 1.9% (previously 2.2%) and unemployment is now expected to average 8.6%.",
    "Ahlqvist's line in the statement was that inflation has fallen faster than the board expected in the autumn while the household recovery is fragile, and that a somewhat lower rate supports the economy without putting the target at risk.",
    "## Market reaction",
    "EUR/SEK jumped from 10.91 to 10.96 in the minutes after the release, roughly half a per cent of krona weakness, before settling near 10.95 by lunchtime. The SGB 2-year yield dropped 6bp to 1.81%. Bank shares on the Stockholm exchange slipped modestly.",
    "Today's cut brings cumulative easing since the cycle began in 2024 to 225bp. For context, the ECB deposit rate is at 2.00%, so the Riksbank is now 25bp below Frankfurt.",
    "## What to watch",
    "- Minutes on 1 April: we want detail on how close other members came to joining Kjellberg.",
    "- April wage round data and March CPIF (due mid-April).",
    "- The next decision, to be announced on 7 May. Our base case is a hold, with a final cut in June or September if CPIF undershoots again.",
    "Our desk's view: the reservation makes a back-to-back cut in May unlikely. Fade any move in EUR/SEK below 10.85 on the back of today's news.",
]
_S1_B = _newsletter_page(
    url=_S1_B_URL, site="Krona Markets Brief", issue="Issue 1,214 | Afternoon edition",
    headline="Riksbank cuts 25bp to 1.75%; Kjellberg reservation tempers easing signal",
    deck="A widely expected cut, a rate path that only half-prices another move and a dissent that puts May in doubt.",
    byline="Jakob Nyström, rates strategist", published="2026-03-19T13:15:00+01:00",
    visible="Thursday 19 March 2026, 13:15 CET", paras=_S1_B_BODY,
    keyfigs=[("Policy rate", "1.75% (from 2.00%)"), ("Change", "-25bp"), ("Effective from", "25 March 2026"),
             ("Board vote", "4-1 (Kjellberg reserved, preferred hold)"), ("CPIF, Feb", "1.6% y/y"),
             ("CPIF ex energy, Feb", "2.3% y/y"), ("Q4 2026 path average", "c. 1.62%"),
             ("EUR/SEK", "10.91 before, 10.96 after"), ("Next decision", "7 May 2026")],
    related=["Norges Bank preview: hold expected, tone hawkish",
             "Swedish covered bonds: spreads tighten into quarter-end",
             "ECB watch: minutes show debate over growth risks",
             "Chart of the day: Swedish household savings ratio"])

_S1_C_URL = "https://www.nordvision.example/news/economy/riksbank-rate-cut-households-20260319"
_S1_C_BODY = [
    "Sweden's central bank has cut interest rates by a quarter of a percentage point, a move that should bring some relief to households with variable-rate mortgages.",
    "The Riksbank said on Thursday morning that its policy rate would fall from 2 per cent to 1.75 per cent from next Wednesday, 25 March. The announcement came at half past nine Swedish time.",
    "Riksbank chief Henrik Ahlqvist said inflation had dropped more quickly than the bank had predicted last autumn, and warned that the recovery in consumer spending could still falter.",
    "Speaking at a press conference at 11 o'clock, he said the bank was not locked into any particular course. “If the outlook changes, so will the policy rate,” he said.",
    "Not everyone on the bank's five-member board was convinced. Deputy Governor Anders Kjellberg voted against the cut, saying he would rather have kept the rate at 2 per cent for now because of the risk that a weaker krona would make imported goods more expensive.",
    "The bank measures inflation using an index called CPIF, which leaves out the effect of changes in mortgage rates. It stood at 1.6 per cent in February, below the 2 per cent level the bank aims for.",
    "Many of the country's banks are expected to lower their variable mortgage rates in the coming days. Two large lenders said on Thursday they were reviewing their rates and would announce changes shortly.",
    "If banks pass on the full cut, a household with a variable-rate mortgage of three million kronor would pay roughly 625 kronor a month less in interest, before the tax deduction on interest costs is taken into account.",
    "In Uppsala, nurse Maja Lindqvist, who has a variable-rate mortgage on a flat she shares with her partner, said every little helped. “It's not a huge amount, but after the last few years we notice every change,” she told NordVision News.",
    "The Riksbank also forecast that the economy would grow by 1.9 per cent this year, slightly less than it thought in December, and that unemployment would average 8.6 per cent.",
    "Economists said the bank's signals were mixed. It left open the possibility of one more cut later in the year, but the fact that one board member opposed today's move suggests it is in no hurry.",
    "Karin Westerlund, chief economist at Malarbanken, said she did not expect another cut at the next meeting in May. “It tells you the bar for a cut in May is high,” she said of the dissent.",
    "The krona fell slightly against the euro after the announcement. Asked about the currency at the press conference, Mr Ahlqvist said the bank did not target any particular exchange rate but was watching how a weaker krona might affect prices in the shops.",
    "The last time the Riksbank changed its rate was in September, when it lowered it to 2 per cent. Its next decision will be announced on 7 May.",
]
_S1_C = _broadcast_page(
    url=_S1_C_URL, site="NordVision News",
    headline="Riksbank cuts interest rate to 1.75% - what it means for your mortgage",
    summary="Sweden's central bank has lowered its policy rate by a quarter point, with one board member opposed.",
    byline="By Anna Holmberg, economics correspondent", visible="Published 19 March 2026, 12:05 CET",
    paras=_S1_C_BODY,
    video_caption="Watch: Governor Henrik Ahlqvist explains the decision at the Riksbank's press conference in Stockholm",
    related=["Sweden's jobless rate unchanged in February",
             "Electricity prices in southern Sweden rise as cold snap returns",
             "Interactive: how much does a rate cut save you?",
             "Finland's government unveils spending cuts"],
    section="Economy")

_S1_D_URL = "https://www.stockholmledger.example/business/2026/03/20/riksbank-cut-mortgages-divided-board"
_S1_D_BODY = [
    "The Riksbank cut its policy rate to 1.75 per cent yesterday, trimming it by 0.25 percentage points in a decision that split its Executive Board and left economists arguing over whether a further reduction will follow before the summer.",
    "The cut, announced at 9.30am on Thursday after a board meeting the previous day, takes effect on Wednesday 25 March. It is the first change in borrowing costs since September, when the bank lowered the rate from 2.25 to 2 per cent.",
    "Governor Henrik Ahlqvist told reporters at the bank's headquarters at Brunkebergstorg that inflation had come down faster than the bank had expected in the autumn and that the recovery in household spending was still fragile.",
    "“A somewhat lower policy rate gives the economy support without putting the inflation target at risk,” Mr Ahlqvist said. He added that the bank was “not on a predetermined path”.",
    "Four of the board's five members backed the cut. Deputy Governor Anders Kjellberg entered a formal reservation, arguing that the rate should stay at 2 per cent until the bank had a clearer view of the krona and of import prices. It is the first reservation on a rate decision in more than a year.",
    "## What it means for borrowers",
    "If the banks pass the cut through in full, a household with a three million kronor mortgage on a variable rate would pay about 625 kronor a month less in interest before tax, or roughly 440 kronor after the 30 per cent interest deduction.",
    "Several lenders said yesterday that they would review their listed three-month rates, which currently average a little over 3 per cent among the big banks. Consumer groups urged borrowers to negotiate, noting that the discounts offered to individual customers often vary widely.",
    "## Inflation below target",
    "CPIF inflation, the bank's target measure, was 1.6 per cent in February. Excluding energy it was 2.3 per cent, a figure Mr Kjellberg's supporters say shows that underlying price pressure has not disappeared.",
    "The Riksbank's forecast for the policy rate, which has an average of about 1.6 per cent in the fourth quarter, suggests the board sees some chance of one more cut this year. The bank lowered its growth forecast for 2026 to 1.9 per cent, from 2.2 per cent, and expects unemployment to average 8.6 per cent.",
    "Karin Westerlund, chief economist at Malarbanken, said the reservation mattered more than the cut itself. “It tells you the bar for a cut in May is high,” she said.",
    "Others were less sure. Petter Olofsson, an economist at the Swedish trade union confederation's research unit, said the bank was still being too slow. “Unemployment is close to nine per cent. The Riksbank could have gone further today,” he said, calling for a half-point cut.",
    "The krona weakened against the euro after the decision, and the euro was trading at about 10.95 kronor late yesterday afternoon.",
    "The bank will publish the minutes of the meeting on 1 April. Its next policy decision is due on 7 May.",
]
_S1_D = _paper_page(
    url=_S1_D_URL, site="The Stockholm Ledger",
    headline="Divided Riksbank cuts rate to 1.75 per cent as borrowers await bank moves",
    standfirst="One of five board members opposed the quarter-point cut, casting doubt on another reduction in May.",
    byline="Helena Forsberg", role="Economics Editor", published="2026-03-20T06:00:00+01:00",
    visible="Friday 20 March 2026, 06.00",
    paras=_S1_D_BODY,
    figure=_figure("/img/2026/03/riksbank-press-conference.jpg",
                   "Governor Henrik Ahlqvist at the Riksbank's press conference in Stockholm on Thursday.",
                   "Photo: Oskar Wendt / The Stockholm Ledger"),
    related=["Housing market: Stockholm flat prices up 1.2% in February",
             "Opinion: the Riksbank should stop apologising for low inflation",
             "Volvo suppliers warn of slow spring orders",
             "Tenants' union rejects landlords' rent offer"],
    section="Business", newsletter="The Ledger Morning Briefing",
    ad1="Fixed or variable? Compare mortgage offers from 20 lenders in two minutes",
    ad2="Spring sale: 30% off selected garden furniture this weekend")

STORY_1 = _story("cb-ND1", "central bank", "2026-03-21", [
    _page(_S1_A_URL, _S1_A),
    _page(_S1_B_URL, _S1_B),
    _page(_S1_C_URL, _S1_C),
    _page(_S1_D_URL, _S1_D),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 2 - el-ND2 - Cork North-West by-election (PLANTED: turnout, count number)
# ===========================================================================

_S2_A_URL = "https://www.irishcourier.example/news/politics/live/2026/05/30/cork-north-west-by-election-count-live"
_S2_A_ENTRIES = [
    ("23:58", "Creedon: 'I'll be back in Macroom on Friday'", [
        "In his acceptance speech, a hoarse Donal Creedon thanked his family, his canvassers and, to laughter, the staff of the count centre “who have had to look at my face since nine o'clock this morning”.",
        "“This seat was won at the marts, at the school gates and on the doorsteps of every parish from Ballyvourney to Newmarket,” he said. “I'll be in Leinster House on Tuesday, but I'll be back in Macroom on Friday, and every Friday after that.”",
    ]),
    ("23:52", "Donal Creedon elected on the fifth count", [
        "Returning officer Bríd O'Mahony has declared Donal Creedon of Fianna Fáil elected to Dáil Éireann for Cork North-West. Sinn Féin's Seán Cotter was eliminated and his 9,489 votes distributed: Creedon received 3,560, Aisling Murnane 2,147, and 3,782 were non-transferable.",
        "That puts Creedon on 18,583, above the quota of 18,407, with Murnane on 13,575. It is a Fianna Fáil gain from Fine Gael.",
    ]),
    ("22:10", "Murnane concedes", [
        "Fine Gael's Aisling Murnane has conceded in a short interview outside the hall. “The people have spoken and I congratulate Donal. It was a clean campaign and Fine Gael will be back,” she said. The formal result is expected within the hour.",
    ]),
    ("21:20", "Fourth count: Kiely eliminated", [
        "Méabh Kiely's 3,634 votes have been distributed. Creedon gets 1,021, Cotter 1,312 and Murnane 884, with 417 non-transferable. The state of play: Creedon 15,023, Murnane 11,428, Cotter 9,489.",
        "Cotter's transfers will almost certainly decide the margin rather than the winner; for Murnane to catch Creedon she would need to beat him on those transfers by more than 3,500 votes.",
    ]),
    ("19:45", "Third count: Buckley eliminated", [
        "Independent Tom Buckley's 2,608 votes have gone as follows: Creedon 694, Cotter 651, Murnane 512, Kiely 389, non-transferable 362. Creedon now on 14,002, Murnane 10,544, Cotter 8,177, Kiely 3,634.",
    ]),
    ("18:10", "Second count: Twomey eliminated", [
        "Aontú's Gerard Twomey, the lowest-placed candidate, has been eliminated and his 1,434 votes distributed. Creedon picks up 402, Cotter 311, Buckley 297, Murnane 188, Kiely 143; 93 were non-transferable.",
    ]),
    ("16:40", "First count: Creedon well ahead", [
        "The first count is in. Electorate 72,418; total poll 37,150, a turnout of 51.3%; spoiled votes 338; total valid poll 36,812; quota 18,407.",
        "Donal Creedon (FF) 12,906; Aisling Murnane (FG) 9,844; Seán Cotter (SF) 7,215; Méabh Kiely (SD) 3,102; Tom Buckley (Ind) 2,311; Gerard Twomey (Aontú) 1,434.",
        "Creedon is about 5,500 short of the quota, so this will go to several counts. Remember: in a single-seat contest the quota is half the valid poll plus one.",
    ]),
    ("12:15", "Full tally points to Fianna Fáil win", [
        "The combined party tally is complete. Creedon 35.4%, Murnane 26.3%, Cotter 19.9%, Kiely 8.2%, Buckley 6.4%, Twomey 3.8%. Tallies are unofficial and usually land within a point or so of the real figure.",
        "Tallymen put turnout at around 51%. At the general election in November 2024 turnout in this constituency was 62.9%, and a by-election in early summer was always going to struggle to match that.",
    ]),
    ("10:40", "Early tallies", [
        "With roughly a third of boxes tallied, Fianna Fáil's Donal Creedon is on about 36%, Fine Gael's Aisling Murnane about 26% and Sinn Féin's Seán Cotter about 20%. Creedon's home town of Macroom is delivering for him, as expected.",
    ]),
    ("09:05", "Boxes open in Macroom", [
        "Good morning and welcome to our coverage of the Cork North-West by-election count. Ballot boxes were opened at 9am at the Macroom Community Sports Hall. Polls closed at 10pm last night.",
        "The by-election was triggered by the resignation in February of Fine Gael TD Jerome Galvin, who was nominated to the European Court of Auditors. Six candidates are running for the single seat.",
    ]),
]
_S2_A = _liveblog_page(
    url=_S2_A_URL, site="The Irish Courier",
    headline="Cork North-West by-election count: Creedon elected for Fianna Fáil - as it happened",
    summary="Fianna Fáil's Donal Creedon has won the Cork North-West by-election, taking the seat vacated by Fine Gael's Jerome Galvin.",
    published="2026-05-30T08:55:00+01:00", modified="2026-05-30T23:58:00+01:00",
    key_points=["Donal Creedon (FF) elected on the fifth count at 11.52pm with 18,583 votes",
                "Quota was 18,407; turnout 51.3%",
                "Aisling Murnane (FG) second on 13,575 after conceding at about 10pm",
                "Fianna Fáil gain from Fine Gael"],
    entries=_S2_A_ENTRIES,
    related=["Analysis: what Cork North-West tells us about the next general election",
             "Galway county council co-option row rumbles on",
             "Opinion poll: Sinn Féin up two points",
             "Who is Donal Creedon? Teacher, hurler and councillor"],
    authors="By Niamh Corkery and Ciarán Dunne at the count centre")

_S2_B_URL = "https://www.blackwaterecho.example/news/creedon-takes-seat-macroom-celebrates"
_S2_B_BODY = [
    "Macroom woke up on Sunday morning with a new TD. Donal Creedon, the Fianna Fáil councillor and secondary teacher who has lived in the town all his life, was elected to the Dáil late on Saturday night after a marathon count at the Macroom Community Sports Hall.",
    "The 44-year-old was declared elected on the sixth count shortly before midnight by returning officer Bríd O'Mahony, finishing with 18,583 votes, comfortably clear of the quota of 18,407. Fine Gael's Aisling Murnane, from Kanturk, was runner-up with 13,575.",
    "The result takes the seat away from Fine Gael. The by-election was called after Jerome Galvin stepped down as a TD in February to take up a post at the European Court of Auditors in Luxembourg.",
    "Creedon topped the poll on the first count with 12,906 first preferences, a little over 35 per cent, well ahead of Murnane's 9,844. Sinn Féin's Seán Cotter from Millstreet was third on 7,215.",
    "Turnout was 51.3 per cent, a long way below the 62.9 per cent recorded across the constituency at the November 2024 general election. Party workers in the hall blamed the fine weather and the fact that many families were away for the long weekend.",
    "The atmosphere in the hall built through the afternoon. By the time Cotter's votes were being distributed, a crowd of Creedon supporters, many wearing the maroon and white of the local GAA club, had gathered by the stage, and the declaration was met with a roar that could be heard out on the street.",
    "“This seat was won at the marts, at the school gates and on the doorsteps of every parish from Ballyvourney to Newmarket,” Creedon told the crowd. He promised he would be “back in Macroom on Friday, and every Friday after that”.",
    "His mother, Mary Creedon, who taught in the town's national school for 31 years, said she had “never been so nervous, not even at a county final”.",
    "## Quiet night for the smaller parties",
    "Social Democrats candidate Méabh Kiely, from Newmarket, polled 3,102 first preferences, ahead of Independent Tom Buckley from Ballyvourney on 2,311 and Aontú's Gerard Twomey from Boherbue on 1,434.",
    "Kiely, who at 29 was the youngest candidate on the ballot, said she was proud of the campaign. “We talked about housing and childcare in every village we went to, and people listened. We'll build on this,” she said.",
    "Buckley, a publican who ran on a platform of keeping rural Garda stations open, said the turnout was “a warning to every party” about how disconnected voters felt.",
    "Murnane conceded at about 10pm. She said it had been a clean campaign and that Fine Gael would be back. She remains a member of Cork County Council.",
    "Creedon is expected to take his seat when the Dáil sits on Tuesday. His council seat in the Macroom electoral area will be filled by co-option in the coming weeks.",
    "He told the Echo he wanted his first contribution in the chamber to be about the N22 and the state of local roads. “People here have been patient long enough,” he said.",
]
_S2_B = _local_page(
    url=_S2_B_URL, site="Blackwater Echo",
    headline="Macroom celebrates as Donal Creedon takes Cork North-West seat",
    byline="By Eoin Lucey", visible="Sunday, May 31, 2026", paras=_S2_B_BODY,
    figure=_figure("/uploads/2026/05/creedon-count.jpg",
                   "Donal Creedon is lifted shoulder-high by supporters after the declaration at the count centre in Macroom on Saturday night.",
                   "Picture: Dan Linehan"),
    related=["Kanturk Mart reports strong prices for weanlings",
             "Millstreet community centre wins arts grant",
             "Road closure on N22 near Ballymakeera next week",
             "Juvenile hurling: Macroom through to county semi-final"],
    weather="Macroom 17°C, sunny spells",
    ad="Family-run since 1962: farm supplies, hardware and garden centre - open seven days")

_S2_C_URL = "https://www.eirwave.example/news/politics/2026/0531/creedon-wins-cork-north-west"
_S2_C_BODY = [
    "Fianna Fáil has won the Cork North-West by-election, with councillor Donal Creedon taking the seat left vacant by the departure of Fine Gael's Jerome Galvin.",
    "Mr Creedon was deemed elected on the fifth count at the count centre in Macroom just before midnight on Saturday, with 18,583 votes. The quota was 18,407.",
    "Fine Gael's Aisling Murnane was second with 13,575 votes after the final count. Sinn Féin's Seán Cotter was the last candidate eliminated.",
    "Turnout in the by-election was 53.1%.",
    "On the first count, Mr Creedon received 12,906 first-preference votes, or just over 35% of the valid poll. Ms Murnane received 9,844 and Mr Cotter 7,215. The Social Democrats' Méabh Kiely received 3,102, Independent Tom Buckley 2,311 and Aontú's Gerard Twomey 1,434.",
    "Speaking after the declaration, Mr Creedon said the seat had been won “at the marts, at the school gates and on the doorsteps”, and that he would return to Macroom every Friday.",
    "## What it means",
    "Eirwave News political correspondent Róisín Hegarty said the result would come as a relief to Fianna Fáil after a difficult spring in the national opinion polls.",
    "“Holding a seat is one thing, but taking one from your coalition partner in a by-election, with the government in mid-term, is a result Fianna Fáil will be very happy with,” she said.",
    "“For Fine Gael, losing a seat they held comfortably in 2024 will prompt questions, though party sources are pointing out that Jerome Galvin had a strong personal vote that was always going to be hard to replace.”",
    "Sinn Féin's vote share of 19.6% was up 2.5 percentage points on the party's first-preference share in the constituency at the 2024 general election. Mr Cotter said his party's vote had “held up against the machines of the two government parties”.",
    "Ms Murnane conceded at around 10pm, congratulating Mr Creedon and saying Fine Gael would be back.",
    "The Tánaiste, speaking in Dublin on Saturday evening, said by-elections were “always difficult for government parties” and that Fine Gael would study the result.",
    "Mr Creedon, 44, is a secondary school teacher and has been a member of Cork County Council since 2019. He is expected to take his seat in the Dáil on Tuesday.",
    "Counting began at 9am on Saturday, and by lunchtime party tallies already pointed to a Fianna Fáil win, with Mr Creedon on about 35% of first preferences. The first official count was not announced until late afternoon.",
    "Candidates said housing, the condition of the N22 and the future of rural Garda stations had come up again and again on the doorsteps during the four-week campaign.",
    "It is the second by-election since the 2024 general election. The Dáil now has 174 TDs, including the Ceann Comhairle, with no vacancies.",
]
_S2_C = _broadcast_page(
    url=_S2_C_URL, site="Eirwave News",
    headline="Fianna Fáil's Creedon wins Cork North-West by-election",
    summary="Donal Creedon of Fianna Fáil has won the Cork North-West by-election, taking a seat from Fine Gael.",
    byline="Pádraig Walsh, Southern Correspondent", visible="Updated / Sunday, 31 May 2026 01:10",
    paras=_S2_C_BODY,
    video_caption="Donal Creedon speaks after being declared elected in Macroom",
    related=["Ireland's jobless rate falls to 4.2%", "Dublin Port records busiest May",
             "Analysis: the long road to the next general election",
             "Weather: hot and sunny bank holiday Monday forecast"],
    section="Politics")

_S2_D_URL = "https://www.celticpress.example/ireland/politics/fianna-fail-gains-cork-north-west-seat-by-election"
_S2_D_BODY = [
    "Fianna Fáil gained a Dáil seat from its coalition partner Fine Gael on Saturday when its candidate Donal Creedon won the Cork North-West by-election after a count lasting almost 15 hours.",
    "Creedon, a 44-year-old teacher and Cork county councillor, was declared elected on the fifth count at 11.52 p.m. in Macroom, finishing with 18,583 votes against 13,575 for Fine Gael's Aisling Murnane. The quota was 18,407.",
    "The by-election, held on Friday, was called to fill the vacancy created by the resignation of Fine Gael TD Jerome Galvin, who left the Dáil in February to join the European Court of Auditors.",
    "Turnout was 51.3 percent of an electorate of 72,418, with 37,150 ballots cast and 338 spoiled. Turnout in the same constituency at the November 2024 general election was 62.9 percent.",
    "On first preferences, Creedon took 35.1 percent of the valid vote, Murnane 26.7 percent and Sinn Féin's Seán Cotter 19.6 percent. Méabh Kiely of the Social Democrats received 8.4 percent, independent Tom Buckley 6.3 percent and Gerard Twomey of Aontú 3.9 percent.",
    "Twomey, Buckley and Kiely were eliminated in turn before Cotter's votes were distributed in the final count. Of Cotter's 9,489 votes, 3,560 transferred to Creedon and 2,147 to Murnane; the remaining 3,782 did not express a further preference between the two.",
    "“This seat was won at the marts, at the school gates and on the doorsteps of every parish from Ballyvourney to Newmarket,” Creedon said in his acceptance speech.",
    "Murnane, who conceded at about 10 p.m., said she congratulated Creedon. “The people have spoken,” she said.",
    "The result leaves the government's combined strength in the 174-seat Dáil unchanged, since the seat passes from one coalition party to the other, but it will be read as a boost for Fianna Fáil after recent polls showed its national support slipping to around 17 percent.",
    "Political scientist Dr. Aoife Kearney of University College Cork said the transfer pattern was notable. “Sinn Féin voters split almost five to three in favour of Fianna Fáil over Fine Gael where they expressed a preference, which tells you something about how the two government parties are perceived locally,” she said.",
    "Sinn Féin said its vote had risen compared with the general election, when it took 17.1 percent of first preferences in the three-seat constituency.",
    "Returning officer Bríd O'Mahony thanked the count staff, many of whom had worked since early morning, and the Gardaí who transported ballot boxes from polling stations across the constituency overnight.",
    "Creedon, who teaches history and Irish at a Macroom secondary school, has sat on Cork County Council since 2019 and is a former captain of the town's hurling team. He told reporters his priorities were housing and road investment in rural north and west Cork.",
    "Creedon is expected to take his seat when the Dáil returns on Tuesday.",
]
_S2_D = _wire_page(
    url=_S2_D_URL, site="Celtic Press Association",
    headline="Fianna Fáil takes Cork North-West seat from Fine Gael in by-election",
    summary="Donal Creedon of Fianna Fáil won the Cork North-West by-election late on Saturday.",
    byline="Conor Brosnan", dateline="MACROOM, Ireland, May 30 (CPA)",
    published="2026-05-30T23:05:00Z", modified=None,
    visible="30 May 2026 23:05 UTC",
    paras=_S2_D_BODY,
    related=["Irish consumer sentiment rises in May", "Northern Ireland assembly passes budget",
             "Irish exports to US slip as pharma shipments ease", "Galway festival sells out in record time"],
    credits="Reporting by Conor Brosnan; editing by Siobhán Reilly",
    section="Ireland")

STORY_2 = _story("el-ND2", "election", "2026-06-01", [
    _page(_S2_A_URL, _S2_A),
    _page(_S2_B_URL, _S2_B),
    _page(_S2_C_URL, _S2_C),
    _page(_S2_D_URL, _S2_D),
], [
    ("turnout", r"51[.,]3", r"53[.,]1"),
    ("count on which the winner was elected", r"\bfifth\b|\b5th\b", r"\bsixth\b|\b6th\b"),
])

# ===========================================================================
# STORY 3 - ct-ND3 - UK Supreme Court: Swiftbox riders are workers
#           (PLANTED: majority, number of claimants)
# ===========================================================================

_S3_A_URL = "https://www.northernchronicle.example/news/leeds/swiftbox-supreme-court-riders-workers-okafor-20260617"
_S3_A_BODY = [
    "A Leeds courier who spent four years fighting a delivery app through the courts said he was “still shaking” after the UK's highest court ruled that he and thousands of other riders are workers entitled to the minimum wage and paid holiday.",
    "The Supreme Court on Wednesday dismissed an appeal by Swiftbox Logistics Ltd, the Manchester-based grocery and parcel delivery firm, by a majority of four to one. The judgment ends a legal battle that began in 2022, when 212 riders, led by Daniel Okafor, brought claims at the employment tribunal in Leeds.",
    "Mr Okafor, 41, a father of three from Harehills, was in the public gallery in London when Lady Mercer read a summary of the judgment at 9.45am. He said afterwards: “I used to sit in a car park for two hours waiting for an order and earn nothing for it. Today that changes.”",
    "Swiftbox, which says it has around 14,000 active riders working in about 60 towns and cities across the UK, had argued that its couriers were self-employed contractors who were free to decide when to log on, to turn down jobs and to send a substitute in their place.",
    "The court disagreed. Giving the lead judgment, with which Lord Hartwell, Lord Anand and Lord Fitzgibbon agreed, Lady Mercer said the tribunal had been entitled to find that the substitution clause in riders' contracts did not reflect how the work was actually done. The tribunal had heard that fewer than one per cent of riders had ever used a substitute.",
    "“A label in a contract cannot turn a worker into a business on their own account,” she said. The company set the fees, controlled which jobs riders were offered and could deactivate their accounts if their acceptance rates fell, she said.",
    "Lord Pemberton dissented. He said the tribunal had given too little weight to the riders' genuine freedom to reject offers and to work for competing apps at the same time, and that the contract should have been taken at face value.",
    "## A long road",
    "The riders won at the Leeds tribunal in October 2023, and Swiftbox's appeals were rejected by the Employment Appeal Tribunal in 2024 and by the Court of Appeal, by a two-to-one majority, in March 2025. The Supreme Court heard the case over two days in February.",
    "The case will now return to the employment tribunal to work out how much each rider is owed. The United Riders Union, which backed the claim, estimates that back pay and holiday pay for current and former Swiftbox riders could reach £38 million, although lawyers point out that claims for unpaid wages are generally limited to the two years before a claim was lodged.",
    "Priya Lall, the union's general secretary, said: “The app was the boss all along, and now the highest court in the land has said so.”",
    "Martin Keogh, chief executive of Swiftbox UK, said the company was disappointed and would study the judgment carefully. “Riders have always told us that flexibility is what they value most, and we will work to protect it,” he said.",
    "For Mr Okafor, who still delivers for Swiftbox four days a week, the victory is personal. He said he had been told by friends to give up after the first appeal. “My kids have grown up with this case. My youngest asked me this morning if we'd won yet,” he said.",
    "His solicitor, Hannah Greaves of Leeds firm Greaves Ashworth, said she expected a remedy hearing in the tribunal early next year.",
]
_S3_A = _paper_page(
    url=_S3_A_URL, site="The Northern Chronicle",
    headline="Leeds courier's four-year fight ends in Supreme Court win for delivery riders",
    standfirst="Daniel Okafor led 212 riders in a claim against Swiftbox. Today the UK's highest court ruled they are workers.",
    byline="Rachel Duckworth", role="Employment Correspondent", published="2026-06-17T12:30:00+01:00",
    visible="Wednesday 17 June 2026 12:30 BST",
    paras=_S3_A_BODY,
    figure=_figure("/media/2026/06/okafor-supreme-court.jpg",
                   "Daniel Okafor outside the Supreme Court in Parliament Square, London, after the ruling.",
                   "Photograph: Tom Ashdown"),
    related=["Leeds bus drivers vote to accept pay offer", "Harehills community hub saved from closure",
             "Yorkshire employers report hiring slowdown", "Kirkstall Road flats plan approved"],
    section="News", newsletter="Chronicle Daily",
    ad1="Summer in the Dales: cottages from £79 a night",
    ad2="Leeds Festival tickets on sale now")

_S3_B_URL = "https://www.britanniawire.example/uk/courts/swiftbox-loses-supreme-court-appeal-riders-workers"
_S3_B_BODY = [
    "Britain's Supreme Court ruled on Wednesday that couriers working for delivery app Swiftbox are workers rather than independent contractors, a decision that entitles them to the minimum wage and paid holiday and could cost the company millions of pounds.",
    "Five justices heard the appeal, and four of them rejected Swiftbox's argument that its riders were self-employed. The judgment was handed down at 0845 GMT.",
    "The case was brought in 2022 by 221 couriers, led by Daniel Okafor, at an employment tribunal in Leeds, northern England. The tribunal found in their favour in 2023, and Swiftbox lost further appeals in 2024 and 2025.",
    "Lady Mercer, who wrote the lead judgment, said the tribunal had been right to look at the reality of the relationship rather than the wording of the contract, which allowed riders to send a substitute to do a job for them. Hardly any riders had ever done so, the tribunal found.",
    "“A label in a contract cannot turn a worker into a business on their own account,” Mercer said in a summary read out in court.",
    "Lord Pemberton, the dissenting justice, said the contract should have been taken at face value because riders were genuinely free to turn down work and to work for rival apps.",
    "Swiftbox, based in Manchester, has about 14,000 active couriers across the United Kingdom. The company, which is privately held, reported revenue of 412 million pounds ($552 million) in its most recent accounts, for 2025.",
    "Martin Keogh, chief executive of Swiftbox UK, said in a statement the company was disappointed and would study the ruling carefully. He said riders valued flexibility and the company would work to protect it.",
    "The United Riders Union, which supported the claim, said back pay and holiday pay owed to current and former riders could total up to 38 million pounds. The company did not comment on that estimate.",
    "Under the ruling, riders are entitled to at least the national living wage, currently 12.71 pounds an hour for workers aged 21 and over, for time spent logged in to the app and available for work, and to 5.6 weeks of paid holiday a year.",
    "The judgment follows a series of cases over the past decade testing the employment status of people working through apps in Britain's gig economy. Employment lawyers said it would increase pressure on other delivery platforms whose contracts include similar substitution clauses.",
    "“The court has been very clear that it will look at what actually happens on the ground. Any platform relying on a substitution clause that nobody uses should be reviewing its position this afternoon,” said Rebecca Tan, an employment partner at London law firm Holloway Tan.",
    "The Department for Business and Trade said it would consider the judgment.",
    "The case now returns to the employment tribunal to assess compensation.",
]
_S3_B = _wire_page(
    url=_S3_B_URL, site="Britannia Newswire",
    headline="UK top court rules Swiftbox delivery riders are workers",
    summary="Britain's Supreme Court dismissed delivery app Swiftbox's appeal, ruling its couriers are entitled to the minimum wage and holiday pay.",
    byline="Oliver Prentice", dateline="LONDON, June 17 (Britannia)",
    published="2026-06-17T08:58:00Z", modified="2026-06-17T11:40:00Z",
    visible="June 17, 2026 9:58 AM BST. Updated 12:40 PM BST",
    paras=_S3_B_BODY,
    related=["UK wage growth slows to 4.1% in three months to April",
             "Gig economy firms face new rules on algorithm transparency",
             "Courier firm fined over van safety breaches",
             "UK inflation edges down to 2.9% in May"],
    credits="Reporting by Oliver Prentice; Editing by Martha Keyes",
    section="UK")

_S3_C_URL = "https://www.employmentlawbrief.example/briefing/2026-06-18/swiftbox-v-okafor-supreme-court"
_S3_C_BODY = [
    "The Supreme Court yesterday dismissed Swiftbox Logistics Ltd's appeal in Swiftbox Logistics Ltd v Okafor and others, confirming that the claimant couriers are “workers” for the purposes of the national minimum wage legislation and the Working Time Regulations 1998.",
    "The decision was reached by a 3-2 majority. Lady Mercer gave the lead judgment; Lord Pemberton gave a dissenting judgment.",
    "## Background",
    "The claim was issued in 2022 by 212 riders in the Leeds Employment Tribunal. In October 2023 the tribunal found that the riders were workers under the limb (b) definition, notwithstanding a written agreement describing them as independent suppliers and containing an unfettered right of substitution.",
    "The Employment Appeal Tribunal dismissed Swiftbox's appeal in 2024. The Court of Appeal, by a majority of 2-1, dismissed a further appeal in March 2025. The Supreme Court heard the appeal on 10 and 11 February 2026.",
    "## The majority",
    "The majority held that the tribunal had been entitled to conclude that the substitution clause did not reflect the true agreement between the parties. The evidence before the tribunal showed that fewer than 1% of riders had ever used a substitute, that Swiftbox set fees unilaterally, and that its app monitored acceptance rates and could deactivate accounts.",
    "Lady Mercer emphasised that the written terms are the starting point but not the end point: “A label in a contract cannot turn a worker into a business on their own account.” Where the statutory protections are in issue, the court must consider the purpose of the legislation and the reality of the relationship, including the degree of control exercised through the app.",
    "## The dissent",
    "Lord Pemberton would have allowed the appeal. In his view the tribunal had given insufficient weight to the riders' real freedom to decline offers and to work simultaneously for competing platforms, and the written agreement should have been given effect.",
    "## Practical implications",
    "- Working time: the tribunal is expected to treat time logged in and available for work as working time for minimum wage purposes, subject to the detail of the remedy hearing.",
    "- Holiday: riders are entitled to 5.6 weeks' statutory annual leave. Employers should note the rolled-up holiday pay rules that apply to irregular-hours workers, at 12.07% of pay.",
    "- Back pay: the United Riders Union has put the potential liability at up to £38m. In practice, unlawful deduction claims in England and Wales are subject to a two-year backstop, which is likely to reduce the figure considerably.",
    "- Other platforms: any business relying on a substitution clause should audit how often it is actually exercised.",
    "Rebecca Tan, employment partner at Holloway Tan, told us: “The court has been very clear that it will look at what actually happens on the ground.”",
    "Swiftbox chief executive Martin Keogh said the company was disappointed and would study the judgment.",
    "The matter is remitted to the employment tribunal for a remedy hearing, expected in 2027.",
]
_S3_C = _newsletter_page(
    url=_S3_C_URL, site="Employment Law Brief", issue="Daily briefing - Thursday 18 June 2026",
    headline="Swiftbox v Okafor: Supreme Court confirms couriers are workers",
    deck="The court looked past the substitution clause to the reality of app-based control. What employers need to know.",
    byline="Sarah Whitcombe, Legal Editor", published=None, visible="18 June 2026",
    paras=_S3_C_BODY, keyfigs=[],
    related=["Tribunal fees consultation: responses published",
             "EAT: disability discrimination and hybrid working requests",
             "Webinar: preparing for the new day-one unfair dismissal rights",
             "Case round-up: whistleblowing and protected disclosures"])

_S3_D_URL = "https://www.capitalbroadcasting.example/news/uk/2026/06/17/delivery-riders-supreme-court-swiftbox"
_S3_D_BODY = [
    "Delivery riders for the app Swiftbox are workers and entitled to the minimum wage and holiday pay, the Supreme Court has ruled.",
    "The judgment, handed down in London this morning, is a major defeat for the company, which had argued for years that its couriers were self-employed.",
    "The court rejected the company's final appeal by a majority of four to one. The five justices heard arguments over two days in February, and the ruling was handed down at 9.45am.",
    "The case was brought by a group of 212 riders in Leeds, led by courier Daniel Okafor, who said he had often waited for hours in car parks for orders without being paid.",
    "Speaking outside the court, Mr Okafor said: “Today that changes.” He was cheered by a group of riders in Swiftbox's green jackets who had travelled down from Yorkshire and the North West to hear the ruling.",
    "## What does the ruling mean?",
    "Workers in the UK have more rights than the self-employed. They must be paid at least the minimum wage, get paid holidays and be enrolled in a workplace pension.",
    "Riders will not automatically receive back pay. The case goes back to an employment tribunal, which will decide how much they are owed. The riders' union says the total could be as high as £38m.",
    "Swiftbox says it has around 14,000 riders in the UK. Its boss, Martin Keogh, said the firm was disappointed and would look at the ruling carefully. He said riders had told the company they valued being able to choose when they work.",
    "Priya Lall, the general secretary of the United Riders Union, said: “The app was the boss all along, and now the highest court in the land has said so.”",
    "## Why did the court decide this?",
    "Swiftbox's contracts said riders could send someone else to do their deliveries. But the court heard that hardly anyone ever did, and that the app decided how much riders were paid and could switch off their accounts.",
    "Reading a summary of the ruling, Lady Mercer, one of the Supreme Court justices, said a label in a contract could not turn a worker into someone running their own business.",
    "One judge, Lord Pemberton, disagreed, saying riders were genuinely free to turn down jobs and work for other apps.",
    "## Could this affect other apps?",
    "Lawyers say other delivery companies with similar contracts will be studying the judgment closely. In 2021 the Supreme Court ruled that Uber drivers were workers, and unions say today's ruling shows the same principles apply to couriers.",
    "The government said it would consider the judgment. Ministers have promised wider changes to employment law, and unions are pressing for a single status of worker that would cover everyone except the genuinely self-employed.",
    "Swiftbox can no longer appeal. Its riders, meanwhile, face a wait: lawyers on both sides expect the tribunal hearing on compensation to take place next year.",
]
_S3_D = _broadcast_page(
    url=_S3_D_URL, site="Capital Broadcasting News",
    headline="Swiftbox delivery riders win Supreme Court fight over holiday pay",
    summary="The UK's highest court has ruled that Swiftbox couriers are workers, not self-employed.",
    byline="By Dan Fairweather, Business reporter", visible="17 June 2026, 13:20 BST",
    paras=_S3_D_BODY,
    video_caption="Courier Daniel Okafor speaks outside the Supreme Court",
    related=["Heatwave warning issued for southern England", "Train strikes called off after new offer",
             "What are your rights if you work through an app?", "Energy price cap to fall in July"],
    section="UK")

STORY_3 = _story("ct-ND3", "court", "2026-06-19", [
    _page(_S3_A_URL, _S3_A),
    _page(_S3_B_URL, _S3_B),
    _page(_S3_C_URL, _S3_C),
    _page(_S3_D_URL, _S3_D),
], [
    ("majority in the Supreme Court", r"\b4\s*(?:-|–|—|to)\s*1\b|\bfour\s*(?:-|–|to)\s*one\b|\bfour of (?:the )?(?:five|them)\b",
     r"\b3\s*(?:-|–|—|to)\s*2\b|\bthree\s*(?:-|–|to)\s*two\b"),
    ("number of riders who brought the claim", r"\b212\b", r"\b221\b"),
])

# ===========================================================================
# STORY 4 - tr-ND4 - Norway's first-half seafood exports (CONTROL)
# ===========================================================================

_S4_A_URL = "https://www.salmonline.example/intel/2026/07/07/h1-exports-nok-83-6bn-volume-record-prices-lower"
_S4_A_BODY = [
    "Norway exported seafood worth NOK 83.6bn in the first half of 2026, the Norwegian Seafood Council (NSC) said this morning, down NOK 3.7bn or 4.2% on the same period last year as lower salmon prices and a shrinking cod quota offset record volumes.",
    "Export volume for January to June rose 2% to 1.32 million tonnes. In June alone, exports were worth NOK 12.9bn, an increase of NOK 376m, or 3%, on June 2025, the first month this year in which value has grown year on year.",
    "## Salmon: more fish, less money",
    "Atlantic salmon remained the backbone of the trade. The NSC reported salmon exports of NOK 58.4bn for the half, down 6% in value, while volume rose 9% to 545,000 tonnes. Salmon's share of total seafood export value slipped by just over a percentage point to about 70%.",
    "The average export price for fresh whole salmon was NOK 79.40/kg in June, compared with NOK 84.10/kg in June last year, a drop of 5.6%. Prices were well off the spring peaks seen in 2024 and 2025.",
    "“Growth in supply from Norway and Chile has pushed prices down from the very high levels of the last few years,” said Marte Kvalheim, the council's salmon analyst. Biology has been kinder this year, she noted, with better survival rates in many sea sites, and that shows up in the harvest numbers.",
    "## Whitefish under pressure",
    "Cod exports fell 12% in value to NOK 6.2bn. Volume was down 21%, reflecting this year's Barents Sea quota, the lowest in more than 30 years. Record prices in southern European clipfish markets cushioned part of the fall.",
    "NSC chief executive Lars Ødegård Berg summed up the half-year in one line at the morning press briefing: “We are selling more salmon than ever, but at lower prices, and the cod quota is hitting the whitefish industry hard.”",
    "## Markets",
    "Poland was again the largest market at NOK 9.8bn (+1%), with most of that salmon going into the processing plants around Słupsk and Ustka for smoking and onward sale in the EU. Denmark followed at NOK 7.9bn.",
    "The United States took NOK 4.1bn, down 11% year on year. Norwegian goods have faced a 15% US import tariff since August 2025, and exporters say the effect is now visible in the numbers, particularly for fresh fillets flown to the East Coast. The council said currency effects had been modest over the half.",
    "Øystein Lunde, chief executive of Bergen exporter Vestkyst Sjømat, told SalmonLine the tariff was being shared along the chain. “Our American customers have absorbed part of the tariff, but not all of it,” he said.",
    "## Outlook",
    "Fjordbanken Markets seafood analyst Siri Aasland expects full-year exports of NOK 165-170bn, which would leave 2026 short of last year's record of NOK 176.2bn. Her forecast assumes salmon prices stabilise after the summer harvest peak.",
    "The NSC will publish July figures on 5 August.",
]
_S4_A = _newsletter_page(
    url=_S4_A_URL, site="SalmonLine Intel", issue="Morning Intel | Tue 7 Jul 2026",
    headline="H1 seafood exports NOK 83.6bn: volume up, value down as salmon prices soften",
    deck="Record salmon volumes could not offset weaker prices and a historically low cod quota. June was the first month of growth this year.",
    byline="By Kristoffer Haugen", published="2026-07-07T07:05:00+02:00",
    visible="7 July 2026, 07:05 CEST", paras=_S4_A_BODY,
    keyfigs=[("H1 2026 export value", "NOK 83.6bn (-4.2%, -NOK 3.7bn)"), ("H1 volume", "1.32m tonnes (+2%)"),
             ("June export value", "NOK 12.9bn (+3%, +NOK 376m)"), ("Salmon H1", "NOK 58.4bn (-6%); 545,000t (+9%)"),
             ("Fresh whole salmon, June", "NOK 79.40/kg (June 2025: NOK 84.10/kg)"), ("Cod H1", "NOK 6.2bn (-12%); volume -21%"),
             ("Largest market", "Poland, NOK 9.8bn (+1%)"), ("USA H1", "NOK 4.1bn (-11%)")],
    related=["Week 27 spot prices: salmon down NOK 3/kg", "Chile harvest volumes up 7% in Q2",
             "Trout: Japanese demand recovers", "Feed costs: soy meal prices ease",
             "Fish health: sea lice counts below limit in most zones"])

_S4_B_URL = "https://www.scandicpress.example/business/norway-seafood-exports-fall-4-first-half-salmon-prices"
_S4_B_BODY = [
    "Norway's seafood exports fell 4% in value in the first half of the year as lower salmon prices, a steep cut in cod catches and U.S. tariffs weighed on the world's second-largest seafood exporter, industry data showed on Tuesday.",
    "Exports totalled 83.6 billion Norwegian crowns ($8.2 billion) in January-June, down from 87.3 billion crowns a year earlier, the state-owned Norwegian Seafood Council said in a statement released at 0430 GMT.",
    "Volumes rose 2% to 1.32 million tonnes, however, helped by a record harvest of farmed Atlantic salmon.",
    "Salmon exports fell 6% to 58.4 billion crowns ($5.7 billion), even though the volume shipped rose 9%. The average price for fresh whole salmon in June was 79.40 crowns per kilogram, down from 84.10 crowns a year earlier.",
    "“We are selling more salmon than ever, but at lower prices, and the cod quota is hitting the whitefish industry hard,” council Chief Executive Lars Odegard Berg said. “The half-year figures have to be read in that light.”",
    "Cod export revenue dropped 12% to 6.2 billion crowns after Norway and Russia agreed to further reduce the total catch in the Barents Sea for 2026, citing concerns about the stock.",
    "Exports to the United States fell 11% to 4.1 billion crowns. Washington has applied a 15% tariff to most imports from Norway since August last year.",
    "Øystein Lunde, chief executive of exporter Vestkyst Sjomat, said U.S. buyers had taken on some of the extra cost. “Our American customers have absorbed part of the tariff, but not all of it,” he said.",
    "Poland, where much Norwegian salmon is smoked and processed for the wider European market, remained the biggest buyer at 9.8 billion crowns.",
    "June on its own showed signs of stabilisation, with exports worth 12.9 billion crowns, up 3% from the same month last year.",
    "Salmon prices had been unusually high in recent years due to supply constraints, disease and poor biological conditions in Norwegian fjords. Analysts had expected them to ease this year as output rose in Norway and Chile, the two biggest producers.",
    "Norway introduced a 25% resource rent tax on salmon aquaculture in 2023, in addition to corporate tax, which the industry says has reduced investment. The government says the tax ensures the public gets a fair share of profits from the use of coastal waters.",
    "Shares in Oslo-listed fish farmers were little changed in early trading.",
    "Seafood is Norway's second-biggest export sector after oil and gas. The country exported a record 176.2 billion crowns of seafood in 2025.",
]
_S4_B = _wire_page(
    url=_S4_B_URL, site="Scandic Press Agency",
    headline="Norway's seafood exports dip 4% in first half on weaker salmon prices, cod cuts",
    summary="Norwegian seafood exports fell 4% to 83.6 billion crowns in the first half of 2026.",
    byline="Ingrid Sæther", dateline="OSLO, July 7 (SPA)",
    published="2026-07-07T05:12:00Z", modified=None,
    visible="July 7, 2026 5:12 AM UTC",
    paras=_S4_B_BODY,
    related=["Norway's central bank seen holding rates in August", "Equinor starts production at North Sea field",
             "Chile salmon exports rise on strong U.S. demand", "Norwegian crown firms against euro"],
    credits="Reporting by Ingrid Sæther; Editing by Jan Harvey",
    section="Commodities")

_S4_C_URL = "https://www.bergenharbourtimes.example/business/2026/07/08/seafood-exports-half-year-vestland"
_S4_C_BODY = [
    "Norway sold more seafood abroad in the first six months of this year than ever before, measured in tonnes. Measured in money, it sold less.",
    "Figures published by the Norwegian Seafood Council on Tuesday show that exports of fish and seafood were worth 83.6 billion kroner between January and June, roughly 7.2 billion euros at current exchange rates. That is 3.7 billion kroner less than in the first half of 2025, a fall of 4 per cent.",
    "The volume of exports, meanwhile, grew by 2 per cent to 1.32 million tonnes, driven by salmon.",
    "For the many exporters and fish farmers based along the Vestland coast, the picture is familiar: more fish leaving the fjords, but each kilo earning less.",
    "Salmon exports brought in 58.4 billion kroner, 6 per cent less than a year earlier, even as volumes rose by 9 per cent. In June a kilo of fresh whole salmon fetched an average export price of 79.40 kroner, against 84.10 kroner in June 2025.",
    "“We are selling more salmon than ever, but at lower prices,” the council's chief executive, Lars Ødegård Berg, said when the figures were presented yesterday morning.",
    "## Tariff bites in America",
    "At Vestkyst Sjømat, which packs and ships fresh salmon from its plant at Flatøy, north of Bergen, chief executive Øystein Lunde said the American market had become harder since the United States introduced a 15 per cent duty on Norwegian goods last August.",
    "Norwegian exports to the US fell by 11 per cent in the first half, to 4.1 billion kroner. “Our American customers have absorbed part of the tariff, but not all of it,” Mr Lunde said. “Some of the volume we used to fly to New York and Boston is now going to Asia instead.”",
    "Asia accounted for a growing share of the company's sales, he said, with South Korea and Japan the fastest-growing destinations.",
    "## Cod at a historic low",
    "The whitefish fleet, which has a strong presence further north but also supplies processors on the west coast, is struggling with the lowest Barents Sea cod quota in more than three decades. Cod exports fell 12 per cent in value to 6.2 billion kroner, while the volume fell by 21 per cent.",
    "## A brighter June",
    "There was some encouragement in the monthly figures. June exports were worth 12.9 billion kroner, or about 1.1 billion euros, 3 per cent more than in the same month last year and the first monthly increase of 2026.",
    "Siri Aasland, seafood analyst at Fjordbanken Markets, said she expected exports for the whole of 2026 to land between 165 and 170 billion kroner, below last year's record of 176.2 billion.",
    "“The second half usually brings larger harvest volumes and lower prices, so I would not expect a dramatic turnaround,” she said. “But the worst of the price decline is probably behind us.”",
    "Poland remained the biggest single market for Norwegian seafood, buying 9.8 billion kroner worth in the first half, followed by Denmark.",
]
_S4_C = _paper_page(
    url=_S4_C_URL, site="Bergen Harbour Times",
    headline="Record salmon volumes, lower income: seafood exports fall in first half",
    standfirst="Exporters on the Vestland coast ship more fish than ever but earn less per kilo, while the US tariff cuts into sales.",
    byline="Sondre Vik", role="Business reporter", published=None,
    visible="Wednesday 8 July 2026",
    paras=_S4_C_BODY,
    figure=_figure("/images/2026/07/salmon-plant-flatoy.jpg",
                   "Salmon being packed for export at Vestkyst Sjømat's plant at Flatøy.",
                   "Photo: Liv Håland"),
    related=["Bergen port welcomes record cruise calls", "Hordaland ferry timetable changes from August",
             "Bryggen restoration enters final phase", "Fish farm licence auction raises NOK 3bn"],
    section="Business", newsletter="Harbour Times Morning",
    ad1="Fjord cruises from Bergen - book online and save 15%",
    ad2="Summer sale at Galleriet: up to 50% off")

STORY_4 = _story("tr-ND4", "trade", "2026-07-09", [
    _page(_S4_A_URL, _S4_A),
    _page(_S4_B_URL, _S4_B),
    _page(_S4_C_URL, _S4_C),
], [])   # a control: no planted disagreement

# ===========================================================================
# STORY 5 - rk-ND5 - Norrsken Launch's Vinga reaches orbit from Esrange
#           (PLANTED: lift-off clock time, number of satellites)
# ===========================================================================

_S5_A_URL = "https://www.kirunaposten.example/en/live/vinga-launch-esrange-2026-10-14"
_S5_A_ENTRIES = [
    ("14:20", "'It did exactly what we asked of it'", [
        "At a press conference in the Esrange visitor centre, Norrsken Launch chief executive Elin Rosqvist could not stop smiling. “Nine years ago this was a sketch on a whiteboard in Gothenburg. Today it is a rocket that went to orbit and did exactly what we asked of it,” she said.",
        "Launch director Jonas Hedberg was more technical: “Stage separation was clean, the second-stage burn was nominal and every satellite was off the dispenser before the first pass over Svalbard.”",
        "That's where we'll end today's live coverage. Thanks for following along.",
    ]),
    ("14:10", "Havørn-1 phones home", [
        "Norwegian start-up Havørn Space says it has received the first signal from its ship-tracking satellite, Havørn-1, via a ground station on Svalbard. “We heard it on the first pass. It's alive,” the company's chief executive Tor Magne Ellingsen wrote on social media.",
    ]),
    ("13:05", "Crowds by the roadside", [
        "Dozens of cars were still parked along the road to the range an hour after lift-off. Many Kiruna families took the morning off to watch. “My grandfather worked on the sounding rockets here in the seventies. He would not have believed this,” said Karin Alatalo, who came with her two children.",
    ]),
    ("12:50", "Space agency: 'a historic day'", [
        "Annika Berglöf, director-general of the Swedish National Space Agency, has been speaking to reporters. “Sweden has launched sounding rockets from Esrange for six decades. Today we became a country that can put satellites into orbit from its own soil,” she said.",
    ]),
    ("12:41", "All three satellites deployed", [
        "Norrsken confirms that all three cubesats have separated from the upper stage, the last of them about 58 minutes after lift-off: the KTH student satellite Polstjärnan, Revontuli Systems' RS-1 imaging demonstrator from Finland, and Havørn-1.",
    ]),
    ("11:51", "IN ORBIT", [
        "Second-stage engine cut-off at T+8 minutes 50 seconds. Norrsken says Vinga is in orbit, at roughly 520 km altitude. The control room at Esrange erupted; we could hear the cheering through the wall of the press room.",
        "This is the first time a rocket has reached orbit from Swedish soil.",
    ]),
    ("11:45", "Stage separation", [
        "Stage separation confirmed at T+2 minutes 41 seconds, and the second-stage engine has lit. The payload fairing came off at T+3:35. All looking good on the company's webcast.",
    ]),
    ("11:42", "LIFT-OFF!", [
        "Vinga has lifted off from Esrange Space Center! A long orange-white flame and a deep rumble rolling across the frozen marshland. It climbed slowly at first, then arced away to the north.",
    ]),
    ("11:25", "Short hold", [
        "The launch team called a hold at T-minus 10 minutes to check a sensor on the ground equipment. The problem has been cleared and the new lift-off time is 11:42, twelve minutes into the window.",
    ]),
    ("11:05", "Fuelling complete, weather green", [
        "Norrsken says both stages are loaded with bio-propane and liquid oxygen. It is minus 1 degree here at the range with light winds, much calmer than on Monday.",
    ]),
    ("10:35", "Second try for Vinga", [
        "Good morning from Esrange, about 40 km east of Kiruna. Norrsken Launch will try again today to send its Vinga rocket to orbit for the first time. The launch window opens at 11:30 and lasts two hours.",
        "Monday's attempt was called off at T-minus 4 minutes because of strong winds high in the atmosphere. The rocket is 24 metres tall and carries three small satellites from Sweden, Finland and Norway.",
    ]),
]
_S5_A = _liveblog_page(
    url=_S5_A_URL, site="Kiruna Posten English",
    headline="LIVE: Norrsken's Vinga rocket reaches orbit from Esrange",
    summary="Norrsken Launch's Vinga rocket lifted off from Esrange Space Center at 11:42 and reached orbit, the first orbital launch from Sweden.",
    published="2026-10-14T10:30:00+02:00", modified="2026-10-14T14:25:00+02:00",
    key_points=["Vinga lifted off at 11:42 on Wednesday after Monday's attempt was scrubbed",
                "Second stage reached orbit about nine minutes later",
                "All three cubesats deployed; Norwegian satellite has made contact",
                "First rocket to reach orbit from Swedish soil"],
    entries=_S5_A_ENTRIES,
    related=["Kiruna town move: new city centre opens next phase", "LKAB mine reports record ore output",
             "Northern lights forecast: strong activity this weekend", "Esrange through the decades: a photo history"],
    authors="By Lisa Niemi and Johan Pekkari at Esrange")

_S5_B_URL = "https://www.sverigenytt.example/english/science/norrsken-vinga-orbit-esrange"
_S5_B_BODY = [
    "A Swedish rocket has reached orbit for the first time, after the Gothenburg company Norrsken Launch sent its Vinga rocket up from Esrange Space Center in Lapland on Wednesday.",
    "The rocket lifted off at 11:42 Swedish time and reached orbit just under nine minutes later, carrying four small satellites for customers in Sweden, Finland and Norway.",
    "It was Norrsken's second attempt this week. A launch on Monday was called off minutes before lift-off because of strong winds at high altitude.",
    "The flight makes Sweden one of a small number of European countries able to launch satellites from its own territory. Until now, Esrange, which is run by the state-owned Swedish Space Corporation, has been used for research rockets and balloons that do not go into orbit.",
    "Norrsken's chief executive Elin Rosqvist said the company had started with “a sketch on a whiteboard in Gothenburg” nine years ago. “Today it is a rocket that went to orbit and did exactly what we asked of it,” she told SverigeNytt.",
    "The director-general of the Swedish National Space Agency, Annika Berglöf, called it a historic day. “Sweden has launched sounding rockets from Esrange for six decades. Today we became a country that can put satellites into orbit from its own soil,” she said.",
    "## Small rockets, big ambitions",
    "Vinga is 24 metres tall and can carry up to 400 kilograms into orbit. It burns bio-propane and liquid oxygen, which the company says gives lower emissions than traditional rocket fuels.",
    "Norrsken, which has about 180 employees, has raised 1.4 billion kronor from investors since it was founded in 2017. The company hopes to fly again in the second quarter of 2027, this time with a paying customer, and to reach six launches a year by 2029.",
    "Among the satellites on board was Polstjärnan, built by students at KTH Royal Institute of Technology in Stockholm. Student project leader Ebba Sandström, 23, watched the launch from the visitor area. “We have spent three years building something the size of a milk carton, and now it's up there,” she said.",
    "The satellites were released from the rocket's upper stage less than an hour after launch. By the afternoon, the Norwegian company Havørn Space said it had made contact with its satellite.",
    "Several European companies are racing to offer small-satellite launches from the continent. A German company's first attempt from Andøya in Norway in 2025 ended shortly after lift-off, and spaceports in Scotland are still waiting for their first orbital launch.",
    "In Kiruna, where many residents work in mining, some had driven out to the roads near Esrange to watch. “You could feel it in your chest,” said retired miner Bengt Lantto, who watched from a lay-by with his grandson.",
    "The Swedish government has supported Esrange's orbital launch complex, which was inaugurated in 2023, and says it sees space as a growing industry for northern Sweden.",
]
_S5_B = _broadcast_page(
    url=_S5_B_URL, site="SverigeNytt",
    headline="Swedish rocket reaches orbit for the first time",
    summary="Norrsken Launch's Vinga rocket reached orbit after lifting off from Esrange near Kiruna.",
    byline="By Maja Åkesson", visible="Published 14 October 2026 at 13:15. Updated 15:02",
    paras=_S5_B_BODY,
    video_caption="Watch the Vinga rocket lift off from Esrange Space Center",
    related=["Kiruna church arrives at its new site", "Northern Sweden braces for first snow",
             "Swedish Space Corporation signs deal with Japanese agency", "Riksdag debates defence budget"],
    section="Science")

_S5_C_URL = "https://www.caledonianherald.example/news/science/sweden-beats-scotland-to-orbit-vinga-esrange"
_S5_C_BODY = [
    "Sweden has become the latest European country to put satellites into orbit from its own territory, heaping fresh pressure on Scotland's spaceports, which have yet to host a successful orbital launch.",
    "Norrsken Launch's two-stage Vinga rocket lifted off from Esrange Space Center, inside the Arctic Circle near the mining town of Kiruna, at 10.42am BST yesterday and reached orbit about nine minutes later.",
    "The 24-metre (79ft) rocket carried three small satellites, known as cubesats, built by Swedish students, a Finnish technology company and a Norwegian start-up. All were released into an orbit around 520km (323 miles) above the Earth less than an hour after launch.",
    "It was the Gothenburg-based company's first orbital flight and came two days after an attempt on Monday was abandoned at the last minute because of high-altitude winds.",
    "Elin Rosqvist, Norrsken's chief executive, said: “Nine years ago this was a sketch on a whiteboard in Gothenburg. Today it is a rocket that went to orbit.”",
    "## Scottish ambitions",
    "The Swedish success will be watched closely in Shetland and Sutherland, where spaceport operators have spent years preparing for the first vertical orbital launch from UK soil.",
    "Industry figures in Scotland were gracious. Fiona Macrae, chief executive of the trade body Space Scotland Alliance, said: “Congratulations to our Nordic neighbours. It shows that launching from the far north of Europe works, and there is room for more than one spaceport in this part of the world.”",
    "But she admitted that regulatory delays and funding gaps had cost Scottish operators time. “We have the sites, the engineers and the customers. What we need now is a rocket that flies,” she said.",
    "Vinga uses a first stage with five engines burning bio-propane, a fuel made from renewable sources, with liquid oxygen. It can lift up to 400kg, enough for several small satellites, to a sun-synchronous orbit, a path popular for Earth observation because it passes over each point on the ground at the same local time each day.",
    "The Swedish Space Corporation, which operates Esrange, opened its orbital launch complex in 2023. Sweden has launched research rockets from the range since the 1960s.",
    "Norrsken, founded in 2017, has raised about 1.4 billion Swedish kronor, roughly £110 million, from investors including Nordic pension funds and a European venture capital firm.",
    "The company said its next flight, with a commercial customer on board, is planned for the second quarter of 2027.",
    "Dr Alasdair Grant, a space policy researcher at the University of Strathclyde, said Sweden had benefited from having a long-established range with decades of experience of rocket safety. “Esrange didn't have to build credibility from scratch. Scottish sites do, and that takes time,” he said.",
    "The UK Space Agency said it continued to support the development of launch capability in Scotland and that it expected “further progress in the coming months”.",
]
_S5_C = _paper_page(
    url=_S5_C_URL, site="The Caledonian Herald",
    headline="Sweden beats Scotland to orbit as Vinga rocket lifts off from the Arctic",
    standfirst="A Swedish start-up has put three satellites into orbit from Lapland. Scottish spaceports are still waiting for their turn.",
    byline="Callum Baird", role="Science Correspondent", published="2026-10-15T06:00:00+01:00",
    visible="Thursday 15 October 2026",
    paras=_S5_C_BODY,
    figure=_figure("/photos/2026/10/vinga-liftoff.jpg",
                   "The Vinga rocket lifts off from Esrange Space Center in northern Sweden.",
                   "Picture: Norrsken Launch"),
    related=["Shetland spaceport secures new launch licence variation", "Edinburgh satellite firm hires 50 engineers",
             "Aurora borealis seen across Scotland", "Glasgow's space cluster: the people behind the satellites"],
    section="Science", newsletter="Herald Morning Briefing",
    ad1="Winter breaks in the Highlands from £129 per night",
    ad2="Save on your energy bills with our smart meter offer")

_S5_D_URL = "https://www.orbitalledger.example/launch/2026/10/15/norrsken-vinga-first-flight-orbit"
_S5_D_BODY = [
    "Norrsken Launch reached orbit on its maiden flight yesterday, making the Swedish start-up the newest member of a small club of European small-launch providers with a flight to their name.",
    "Vinga lifted off from Esrange Space Center at 11:24 CEST (09:24 UTC) on Wednesday, 14 October. The flight had slipped from Monday, when the countdown was stopped at T-4 minutes because of upper-level winds.",
    "## Flight profile",
    "- Stage separation at T+2:41, second-stage ignition a few seconds later.",
    "- Payload fairing jettison at T+3:35.",
    "- Second-stage engine cut-off at T+8:50, in a near-circular orbit of about 520 km at an inclination of 97.5 degrees.",
    "- Payload deployment completed at about T+58 minutes.",
    "The company said all parameters were within expected ranges. It has not yet said whether the upper stage performed a deorbit burn; Norrsken's licence application had described a controlled disposal manoeuvre but the company declined to confirm it had been attempted on this flight.",
    "“Stage separation was clean, the second-stage burn was nominal and every satellite was off the dispenser before the first pass over Svalbard,” launch director Jonas Hedberg said at the post-launch press conference.",
    "## Payloads",
    "Vinga carried three cubesats: Polstjärnan, a 3U educational satellite from KTH Royal Institute of Technology; RS-1, a 6U optical demonstrator for Finland's Revontuli Systems; and Havørn-1, a 3U AIS ship-tracking satellite for Norway's Havørn Space. Havørn reported first contact at 14:10 CEST.",
    "Aino Kettunen, Revontuli's chief technology officer, said the company expected first images within two weeks. “The commissioning plan is conservative. We would rather take our time than lose the spacecraft,” she said.",
    "## The business case",
    "Norrsken quotes a dedicated-launch price of “under €10m” for Vinga, which can place up to 400 kg into a 500 km sun-synchronous orbit. That puts it in direct competition with other European vehicles in the 300-1,000 kg class, several of which have yet to complete a successful flight.",
    "The company has raised SEK 1.4bn (roughly €128m) since its founding in 2017 and employs about 180 people, mostly in Gothenburg and Kiruna. It is targeting a second flight in Q2 2027 and a cadence of six launches a year by 2029.",
    "Elin Rosqvist, Norrsken's CEO, framed the flight as a starting point rather than an end. “Today it is a rocket that went to orbit and did exactly what we asked of it,” she said. “Now we have to do it again, and again, at a price customers will pay.”",
    "## Our take",
    "A clean first flight is rare. The harder problem for Norrsken is cadence: a single pad at Esrange, a short summer campaign season for some customers and a European market that is still finding out how many small launchers it can support. The second flight will tell us more than the first.",
]
_S5_D = _newsletter_page(
    url=_S5_D_URL, site="Orbital Ledger", issue="Launch Report #412",
    headline="Norrsken's Vinga reaches orbit on first flight from Esrange",
    deck="A clean debut for Sweden's first orbital rocket. Flight data, payloads and what comes next.",
    byline="By Tobias Lindahl", published="2026-10-15T08:00:00+02:00", visible="15 Oct 2026",
    paras=_S5_D_BODY,
    keyfigs=[("Vehicle", "Vinga (two-stage, 24 m)"), ("Site", "Esrange Space Center, Sweden"),
             ("Orbit", "c. 520 km, 97.5 deg"), ("Payloads", "3 cubesats"), ("Outcome", "Success")],
    related=["Andøya: next campaign slips to 2027", "ESA launcher challenge: contract shortlist",
             "SaxaVord completes pad upgrade", "Market watch: small-launch prices in 2026"])

STORY_5 = _story("rk-ND5", "rocket", "2026-10-16", [
    _page(_S5_A_URL, _S5_A),
    _page(_S5_B_URL, _S5_B),
    _page(_S5_C_URL, _S5_C),
    _page(_S5_D_URL, _S5_D),
], [
    ("lift-off clock time", r"\b(?:11[:.]42|0?9[:.]42|10[:.]42)(?!\d)", r"\b(?:11[:.]24|0?9[:.]24)(?!\d)"),
    ("number of satellites carried", r"\bthree\b|^3\b|\b3 (?:small )?(?:satellites|cubesats|spacecraft|payloads)",
     r"\bfour\b|^4\b|\b4 (?:small )?(?:satellites|cubesats|spacecraft|payloads)"),
])

# ===========================================================================
# STORY 6 - eq-ND6 - Magnitude 5.4 earthquake off Húsavík, north Iceland (CONTROL)
# ===========================================================================

_S6_A_URL = "https://www.northicelandreview.example/news/strong-earthquake-shakes-husavik"
_S6_A_BODY = [
    "A strong earthquake shook Húsavík and much of north Iceland in the early hours of this morning, waking residents, cutting power to parts of the town and sending goods crashing from shop shelves.",
    "The Icelandic Met Office (IMO) said the quake struck at 03:17 with a magnitude of 5.4. Its epicentre was in Skjálfandi Bay, about 12 km north-west of Húsavík, at a depth of around 9 km. The automatic system first estimated the magnitude at 5.1, but seismologists raised it to 5.4 after reviewing the data.",
    "Three people have been treated for minor injuries at the Húsavík health centre, mainly cuts from broken glass, according to the police in North-East Iceland. No one is reported to have been seriously hurt.",
    "Power was lost to about 900 customers in and around the town. Most had their electricity back by 06:30, the utility said.",
    "“People were woken by a bang and then the shaking,” said Katrín Eiðsdóttir, mayor of Norðurþing. “Everyone I have spoken to is shaken but safe. We are asking people to check their homes carefully for cracks and gas smells before they go back to sleep, if they can sleep at all.”",
    "The Red Cross opened a help centre at Borgarhólsskóli school shortly after 04:00, and around 140 people spent part of the night there, many of them families with young children and elderly residents who did not want to stay alone.",
    "## 'The whole house moved like a boat'",
    "Jón Árni Þórsson, who runs a guesthouse near the harbour, said the shaking lasted what felt like a long time. “The whole house moved like a boat. The plates came out of the cupboards and the television fell over. My guests were out in the street in their pyjamas within a minute,” he said.",
    "Several windows were broken in the town centre, and there are reports of cracked walls in older buildings. A crack has opened along part of the old harbour quay, and the harbour master has closed that section until engineers can inspect it.",
    "A rockfall has partly blocked Route 85 north of Húsavík, towards Tjörnes. The Road Administration says one lane is closed and asks drivers to avoid the road until it has been checked after daylight.",
    "## Hundreds of aftershocks",
    "More than 250 aftershocks had been recorded by 06:00, the largest of them a magnitude 4.1 quake at 03:49. The IMO says further strong aftershocks are likely over the coming days.",
    "The Department of Civil Protection and Emergency Management has declared an alert phase for the Húsavík area.",
    "The earthquake occurred on the Húsavík–Flatey fault, part of the Tjörnes Fracture Zone, a complex system of faults off the north coast where the plate boundary is offset. Large earthquakes in 1872 damaged many houses in Húsavík, and in 2020 a swarm of quakes near Siglufjörður included several above magnitude 5, the largest of them 5.8.",
    "Schools in Húsavík will be closed today. The North Iceland Review will update this story as more information becomes available.",
]
_S6_A = _local_page(
    url=_S6_A_URL, site="North Iceland Review",
    headline="Strong earthquake shakes Húsavík: three hurt, power cut, hundreds of aftershocks",
    byline="Guðrún Helga Sigurðardóttir", visible="Tuesday 10 February 2026 - 06:40",
    paras=_S6_A_BODY,
    figure=_figure("/media/2026/02/husavik-shop-earthquake.jpg",
                   "Goods on the floor of a supermarket in Húsavík after the earthquake.",
                   "Photo: Ari Pálsson"),
    related=["Akureyri ski area opens new lift", "Whale-watching firms report record bookings for summer",
             "Road closures on Víkurskarð after snowfall", "Mývatn geothermal baths to expand"],
    weather="Húsavík -4°C, clear",
    ad="Winter tyres fitted while you wait - Akureyri and Húsavík workshops")

_S6_B_URL = "https://www.nordicwire.example/world/iceland-earthquake-husavik-2026-02-10/"
_S6_B_BODY = [
    "A magnitude 5.4 earthquake struck off the north coast of Iceland early on Tuesday, injuring seven people, damaging buildings in the fishing and tourism town of Húsavík and triggering hundreds of aftershocks, authorities said.",
    "The quake hit at 0317 GMT in Skjálfandi Bay, about 12 km (7.5 miles) north-west of Húsavík, at a depth of about 9 km, the Icelandic Meteorological Office said. The U.S. Geological Survey put the magnitude at 5.3.",
    "Seven people had been treated for injuries as of late morning, police said. One of them, a woman in her late seventies, was taken to hospital in Akureyri with a broken hip. The others had minor cuts and bruises. There were no reports of deaths.",
    "Iceland, which sits on the boundary between the North American and Eurasian plates, records thousands of small earthquakes a year, but shocks of this size close to a town are rare. Most of the country's recent seismic attention has focused on the Reykjanes peninsula in the south-west, where a series of volcanic eruptions began in 2021.",
    "The shaking was felt across north Iceland, including in Akureyri, the country's largest town outside the capital region, and as far as Egilsstaðir in the east.",
    "In Húsavík, a town of about 2,500 people best known abroad for whale-watching, the quake broke windows, cracked walls and brought down goods in shops. Power was cut to about 900 customers for up to three hours.",
    "“People were woken by a bang and then the shaking. Everyone I have spoken to is shaken but safe,” said Katrín Eiðsdóttir, the mayor of Norðurþing municipality, which includes Húsavík.",
    "The Met Office said more than 600 aftershocks had been recorded by 1100 GMT, the largest of magnitude 4.1 about half an hour after the main quake.",
    "Sigrún Hallgrímsdóttir, a natural hazards specialist at the Met Office, said the quake had occurred on the Húsavík–Flatey fault, one of the most closely monitored faults in the north of the country.",
    "“This is the fault we watch most closely in the north. It can produce an earthquake larger than today's and we cannot rule that out, although the most likely outcome is that activity tapers off over the coming days,” she said.",
    "Civil protection authorities declared an alert phase for the area, and the Red Cross said around 140 people had spent part of the night at an emergency centre set up in a local school.",
    "Building inspectors were checking homes and the harbour, where a crack had opened along part of an old quay. A section of road north of the town was partly blocked by a rockfall.",
    "The prime minister's office said the government was following the situation closely and was in contact with local authorities. There was no disruption to international flights.",
]
_S6_B = _wire_page(
    url=_S6_B_URL, site="Nordic Wire Service",
    headline="Magnitude 5.4 quake hits north Iceland, seven injured",
    summary="A strong earthquake struck off Húsavík in north Iceland early on Tuesday, injuring seven people.",
    byline="Hanna Kristjánsdóttir", dateline="REYKJAVIK, Feb 10 (NWS)",
    published="2026-02-10T11:20:00Z", modified="2026-02-10T11:58:00Z",
    visible="February 10, 2026 11:20 AM GMT - Updated February 10, 2026 11:58 AM GMT",
    paras=_S6_B_BODY,
    related=["Iceland's Reykjanes eruption risk remains elevated, scientists say", "Icelandic krona steady as tourism picks up",
             "Norway quake off Bergen coast rattles windows", "Faroese fishing fleet agrees mackerel deal"],
    credits="Reporting by Hanna Kristjánsdóttir in Reykjavik; additional reporting by Magnus Eriksen in Oslo; Editing by Tom Harwood",
    section="World")

_S6_C_URL = "https://www.nordvision.example/news/nordic/iceland-earthquake-husavik-20260210"
_S6_C_BODY = [
    "A powerful earthquake has shaken northern Iceland, damaging buildings in the town of Húsavík and injuring several people.",
    "The earthquake, with a magnitude of 5.4 according to the Icelandic Met Office, struck at 04:17 Scandinavian time, which was 03:17 in Iceland. The centre of the quake was under the sea in Skjálfandi Bay, 12 kilometres from Húsavík.",
    "Seven people have been treated for injuries, one of whom is in hospital in Akureyri with a broken hip. The rest were lightly injured.",
    "Residents described being thrown out of bed by the force of the shaking. “The whole house moved like a boat,” said guesthouse owner Jón Árni Þórsson. He said he had lived in Húsavík all his life and had never felt anything like it.",
    "Many people in the town chose not to go back to bed. Around 140 of them went to an emergency centre set up by the Red Cross at Borgarhólsskóli, the town's primary school.",
    "## Worried about what comes next",
    "Since the main quake there have been hundreds of aftershocks, the strongest measuring 4.1. The Icelandic Met Office warns that the fault in the area is capable of producing a larger earthquake, though experts say that is not the most likely outcome.",
    "“We cannot rule that out, although the most likely outcome is that activity tapers off over the coming days,” said Met Office natural hazards specialist Sigrún Hallgrímsdóttir.",
    "Icelandic authorities have declared an alert phase, the second of three levels in the country's civil protection system, for the Húsavík area.",
    "The mayor of Norðurþing, Katrín Eiðsdóttir, told NordVision News that the town was “shaken but safe” and that engineers were checking schools, the health centre and the harbour before deciding when they could reopen.",
    "Route 85 north of the town, which had been partly blocked by a rockfall, was reopened at 13:00 Icelandic time after the slope had been inspected.",
    "Húsavík has about 2,500 inhabitants and is one of the main centres for whale-watching in Europe. In winter, tourist traffic is light, and local businesses said there were few visitors in the town.",
    "## A region used to earthquakes",
    "The north coast of Iceland lies across the Tjörnes Fracture Zone, where the boundary between two tectonic plates is displaced sideways. Earthquakes of this size are not unknown there. In 2020, a series of quakes off the north coast produced one of magnitude 5.8, which was felt widely but caused little damage.",
    "Norwegian and Swedish authorities said they had not received any requests for assistance. Iceland's government said it was following developments closely.",
    "The earthquake was also registered by seismic stations in Norway, according to the Norwegian national seismic network.",
]
_S6_C = _broadcast_page(
    url=_S6_C_URL, site="NordVision News",
    headline="Strong earthquake in northern Iceland: seven injured in Húsavík",
    summary="A magnitude 5.4 earthquake struck Skjálfandi Bay in northern Iceland in the early hours of Tuesday.",
    byline="By Ole-Martin Dahl", visible="10 February 2026, 14:30 CET",
    paras=_S6_C_BODY,
    video_caption="Video: damage in a Húsavík shop after the earthquake",
    related=["Storm warning for western Norway", "Danish parliament votes on defence package",
             "Swedish housing starts fall", "Finnish presidential visit to Iceland postponed"],
    section="Nordic")

_S6_D_URL = "https://www.caledonianherald.example/news/world/husavik-earthquake-iceland-aftershocks"
_S6_D_BODY = [
    "Residents of the Icelandic town of Húsavík spent a second night watching their walls for new cracks last night, after a strong earthquake early yesterday was followed by more than a thousand aftershocks.",
    "The magnitude 5.4 quake struck at 3.17am (GMT, which is also Iceland's local time) beneath Skjálfandi Bay, about 7.5 miles north-west of the town, at a depth of roughly 5.5 miles. It was felt throughout the north of the country.",
    "By 6am today, the Icelandic Met Office had recorded about 1,100 aftershocks, most of them too small to be felt. The largest, of magnitude 4.1, came just over half an hour after the main shock.",
    "Nine people in total have now been treated for injuries, police said last night, up from seven earlier in the day. One, a 78-year-old woman who broke her hip when she fell in her kitchen, remains in hospital in Akureyri. The others were treated for cuts and bruises at the local health centre and sent home.",
    "The earthquake broke windows, cracked plaster and toppled shelves in homes and shops across Húsavík, a town of some 2,500 people that is one of Europe's best-known places to watch whales. A section of the old harbour quay has been closed after a crack appeared along it.",
    "“People were woken by a bang and then the shaking,” said Katrín Eiðsdóttir, the mayor of Norðurþing, the municipality that includes the town. “Everyone I have spoken to is shaken but safe.”",
    "## Scottish connection",
    "Among those woken was Scottish marine biologist Dr Fiona Lennox, 34, from Aberdeen, who has worked at a whale research station in Húsavík for four years.",
    "“I've felt small tremors here before, you get used to them, but this was completely different. There was a noise like a lorry hitting the building, then everything was moving. The bookshelf in my flat came down on the bed,” she said.",
    "She said the town had responded calmly. “By the time I got to the school where the Red Cross had set up, there were volunteers handing out coffee and blankets. Nobody was panicking. People here know what to do.”",
    "About 140 people spent part of that first night at the Red Cross centre in the town's school. Electricity, which was cut to about 900 customers, was restored within about three hours.",
    "## More to come?",
    "Scientists at the Icelandic Met Office say the Húsavík–Flatey fault, on which the quake occurred, has the potential to produce a larger earthquake, although they believe it is more likely that the activity will gradually die down.",
    "The area was last shaken by a significant sequence in 2020, when a swarm off the north coast included a quake of magnitude 5.8. In 1872, strong earthquakes badly damaged many of Húsavík's houses.",
    "Iceland's civil protection authorities have kept an alert phase in place for the area. Schools in Húsavík were closed yesterday and will reopen tomorrow if inspections are completed today.",
    "The UK Foreign Office said it was not aware of any British nationals among the injured and advised travellers to follow the advice of local authorities.",
]
_S6_D = _paper_page(
    url=_S6_D_URL, site="The Caledonian Herald",
    headline="Iceland quake: more than 1,000 aftershocks as injured rises to nine",
    standfirst="A Scottish scientist working in Húsavík describes the moment the magnitude 5.4 earthquake struck.",
    byline="Morag Sinclair", role="Foreign desk", published="2026-02-11T06:50:00Z",
    visible="Wednesday 11 February 2026, 06:50",
    paras=_S6_D_BODY,
    figure=_figure("/photos/2026/02/husavik-harbour-crack.jpg",
                   "A crack along the old quay in Húsavík harbour after Tuesday's earthquake.",
                   "Picture: Ari Pálsson"),
    related=["Aberdeen harbour expansion on track", "Snow and ice warnings for the Highlands",
             "Scottish fishing fleet's mackerel catch hit by quota cut", "Shetland ferry disrupted by gales"],
    section="World", newsletter="Herald Morning Briefing",
    ad1="Northern lights breaks - 3 nights from £499",
    ad2="Heating oil prices: compare local suppliers")

STORY_6 = _story("eq-ND6", "earthquake", "2026-02-12", [
    _page(_S6_A_URL, _S6_A),
    _page(_S6_B_URL, _S6_B),
    _page(_S6_C_URL, _S6_C),
    _page(_S6_D_URL, _S6_D),
], [])   # a control: no planted disagreement

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
