"""Part PE of the story battery (web pages).

Written by engineer PE1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PE`.

Six invented events, told by invented outlets as saved web pages. cb-PE1: the Central Bank
of Iceland cuts its key rate to 7.00% on Wednesday 18 March 2026 (four pages; planted: the
vote split, 4-1 everywhere but 3-2 on the broadcaster's page, and the speaker of the "not
declaring victory over inflation" quote, Governor Magnúsdóttir everywhere but Deputy Governor
Sveinsson in the rates newsletter). rocket-PE2: Kittiwake Orbital's Skua rocket reaches orbit
from SaxaVord Spaceport on Unst, Shetland, on Tuesday 16 June 2026 (four pages; planted: the
liftoff time, 14:07 BST / 13:07 UTC / 15:07 CEST everywhere but 14:17 BST / 13:17 UTC in the
launch newsletter, and Ruth Isbister's title, launch director everywhere but chief operating
officer on the wire). quake-PE3: a magnitude 5.6 earthquake near Hella in south Iceland at
23:41 on Tuesday 10 February 2026 (four pages; planted: the magnitude, 5.8 on the Norwegian
broadcaster's page; the epicentre distance from Hella, 8 km everywhere but 18 km in the
geoscience newsletter; and the Met Office scientist's quote, "a fault we have been watching
for years" against "a fault we had never mapped" on the wire). court-PE4 is a CONTROL: the
Supreme Court of Ireland restores, 4-1, a damages award (cut to EUR 2.4m) to fourteen Bantry
Bay mussel farmers against a dredging company on Thursday 23 April 2026 (three pages, no
planted disagreement). trade-PE5 is a CONTROL: Statistics Norway's July 2026 goods-trade
figures published on Friday 14 August 2026, a surplus of NOK 56.3bn (four pages, no planted
disagreement). election-PE6 is a CONTROL: an STV council by-election in Lerwick North and
Bressay (Shetland) on Thursday 24 September 2026, won at stage three by Aimee Tulloch (three
pages, no planted disagreement). All six carry rounding, unit and currency conversions, time
zones, relative dates, updated counts, part/whole figures, look-alike figures about other
things, partial and split quotes, and title/name variants that are not disagreements.
"""

from __future__ import annotations

import html as _html
import json as _json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers (four templates: wire, paper, broadcaster, newsletter)
# ---------------------------------------------------------------------------

def _e(text: str) -> str:
    return _html.escape(text, quote=False)


def _a(text: str) -> str:
    return _html.escape(text, quote=True)


def _body(items: list[Any]) -> str:
    """Article body from a list: plain strings are paragraphs; tuples are extras.

    ("h", text) sub-head; ("ad", text, href) advertisement; ("fig", caption, credit, src)
    photo; ("more", title, href) inline related link; ("box", title, pitch) newsletter box;
    ("quote", text) pull quote.
    """
    parts: list[str] = []
    for it in items:
        if isinstance(it, str):
            parts.append(f"<p>{_e(it)}</p>")
            continue
        kind = it[0]
        if kind == "h":
            parts.append(f'<h2 class="subhead">{_e(it[1])}</h2>')
        elif kind == "ad":
            parts.append('<aside class="ad-slot" aria-label="Advertisement">'
                         '<span class="ad-label">Advertisement</span>'
                         f'<div class="ad-unit"><a href="{_a(it[2])}" rel="sponsored nofollow">'
                         f'{_e(it[1])}</a></div></aside>')
        elif kind == "fig":
            parts.append(f'<figure class="photo"><img src="{_a(it[3])}" alt="{_a(it[1])}" '
                         f'loading="lazy"><figcaption>{_e(it[1])} '
                         f'<span class="credit">{_e(it[2])}</span></figcaption></figure>')
        elif kind == "more":
            parts.append(f'<aside class="read-also"><span>Read also:</span> '
                         f'<a href="{_a(it[2])}">{_e(it[1])}</a></aside>')
        elif kind == "box":
            parts.append(f'<aside class="newsletter-inline"><h3>{_e(it[1])}</h3>'
                         f'<span class="nl-pitch">{_e(it[2])}</span>'
                         '<form action="/subscribe" method="post"><input type="email" '
                         'name="email" placeholder="Your email"><button type="submit">'
                         'Sign me up</button></form></aside>')
        elif kind == "quote":
            parts.append(f'<blockquote class="pull"><p>{_e(it[1])}</p></blockquote>')
        else:
            raise ValueError(kind)
    return "\n".join(parts)


def _rail(title: str, links: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{_a(u)}">{_e(t)}</a></li>' for t, u in links)
    return f'<aside class="rail"><h3>{_e(title)}</h3><ul>{lis}</ul></aside>'


def _head(title: str, desc: str, url: str, site: str, extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_e(title)}</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta name=\"description\" content=\"{_a(desc)}\">\n"
            "<meta property=\"og:type\" content=\"article\">\n"
            f"<meta property=\"og:title\" content=\"{_a(title)}\">\n"
            f"<meta property=\"og:description\" content=\"{_a(desc)}\">\n"
            f"<meta property=\"og:url\" content=\"{_a(url)}\">\n"
            f"<meta property=\"og:site_name\" content=\"{_a(site)}\">\n"
            "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
            f"<link rel=\"canonical\" href=\"{_a(url)}\">\n{extra}</head>\n")


def _wire_page(site: str, url: str, section: str, headline: str, dek: str, byline: str,
               iso: str, visible: str, items: list[Any],
               related: list[tuple[str, str]]) -> str:
    """Template 1: news agency page, date in JSON-LD and in a visible line."""
    ld = _json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                      "headline": headline, "datePublished": iso, "dateModified": iso,
                      "author": [{"@type": "Person", "name": byline}],
                      "publisher": {"@type": "Organization", "name": site},
                      "mainEntityOfPage": url}, ensure_ascii=False)
    head = _head(f"{headline} | {site}", dek, url, site,
                 f"<script type=\"application/ld+json\">{ld}</script>\n")
    return (head + "<body class=\"wire\">\n"
            "<a class=\"skip-link\" href=\"#story\">Skip to content</a>\n"
            "<div class=\"consent-bar\" role=\"dialog\">"
            "<p>We and our partners store small files on "
            "your device to count visits and to pick which adverts you see. You can change this "
            "at any time under Privacy settings.</p><button>Accept</button> <button>Reject "
            "non-essential</button></div>\n"
            f"<header class=\"top\"><a class=\"brand\" href=\"/\">{_e(site)}</a><nav><ul>"
            "<li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li>"
            "<li><a href=\"/markets\">Markets</a></li><li><a href=\"/science\">Science</a></li>"
            "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n"
            "<main id=\"story\">\n<article>\n"
            f"<div class=\"section-tag\">{_e(section)}</div>\n<h1>{_e(headline)}</h1>\n"
            f"<div class=\"summary\">{_e(dek)}</div>\n"
            f"<div class=\"byline\">By {_e(byline)} &middot; "
            f"<span class=\"stamp\">{_e(visible)}</span></div>\n"
            "<div class=\"share-tools\"><a href=\"#\">Share</a> <a href=\"#\">Email</a> "
            "<a href=\"#\">Copy link</a></div>\n"
            f"<div class=\"story-body\">\n{_body(items)}\n</div><!-- /body -->\n"
            f"<div class=\"reuse\">Reporting and editing by the {_e(site)} desk. For licensing, "
            "contact our sales team.</div>\n</article>\n"
            f"{_rail('More from ' + site, related)}\n</main>\n"
            "<footer class=\"base\"><ul><li><a href=\"/about\">About us</a></li><li><a "
            "href=\"/terms\">Terms of use</a></li><li><a href=\"/privacy\">Privacy</a></li>"
            "<li><a href=\"/contact\">Contact</a></li></ul>"
            f"<small>&copy; {_e(site)}</small></footer>\n"
            "</body>\n</html>\n")


def _paper_page(site: str, url: str, section: str, headline: str, dek: str, byline: str,
                iso: str, visible: str, items: list[Any],
                related: list[tuple[str, str]]) -> str:
    """Template 2: newspaper page, date in article:published_time and a <time> element."""
    head = _head(f"{headline} - {site}", dek, url, site,
                 f"<meta property=\"article:published_time\" content=\"{_a(iso)}\">\n"
                 f"<meta property=\"article:section\" content=\"{_a(section)}\">\n")
    return (head + "<body>\n"
            "<a href=\"#content\" class=\"visually-hidden\">Skip to main content</a>\n"
            "<section class=\"cookie-notice\"><p>This website uses cookies. Some keep the site "
            "working; others help us understand which stories readers value. Read our cookie "
            "policy.</p><button>OK</button> <button>Settings</button></section>\n"
            f"<header><div class=\"masthead\">{_e(site)}</div><nav class=\"sections\">"
            "<a href=\"/news\">News</a> <a href=\"/business\">Business</a> <a href=\"/opinion\">"
            "Opinion</a> <a href=\"/culture\">Culture</a> <a href=\"/sport\">Sport</a> "
            "<a href=\"/subscribe\" class=\"cta\">Subscribe</a></nav></header>\n"
            "<div class=\"ad-leaderboard\">Advertisement</div>\n"
            "<main id=\"content\">\n<article class=\"story\">\n"
            f"<p class=\"section-label\">{_e(section)}</p>\n"
            f"<h1 class=\"headline\">{_e(headline)}</h1>\n"
            f"<p class=\"standfirst\">{_e(dek)}</p>\n"
            f"<div class=\"meta\"><span class=\"author\">{_e(byline)}</span> "
            f"<time datetime=\"{_a(iso)}\">{_e(visible)}</time></div>\n"
            "<ul class=\"share\"><li>Facebook</li><li>X</li><li>LinkedIn</li><li>Email</li></ul>\n"
            f"<div class=\"article-text\">\n{_body(items)}\n</div><!-- /body -->\n"
            "</article>\n"
            f"{_rail('Most read', related)}\n</main>\n"
            f"<footer><p class=\"foot\">{_e(site)} &middot; "
            "<a href=\"/contact\">Contact the newsroom</a> "
            "&middot; <a href=\"/privacy\">Privacy</a> &middot; <a href=\"/cookies\">Cookies</a>"
            "</p></footer>\n</body>\n</html>\n")


def _broadcast_page(site: str, url: str, section: str, headline: str, dek: str,
                    visible: str | None, items: list[Any],
                    related: list[tuple[str, str]]) -> str:
    """Template 3: public broadcaster page; no machine-readable date, visible text only."""
    head = _head(f"{headline} | {site}", dek, url, site)
    stamp = f"<span class=\"updated\">{_e(visible)}</span>\n" if visible else ""
    return (head + "<body class=\"pb\">\n<div class=\"skip\"><a href=\"#main-content\">Skip to "
            "content</a></div>\n<div class=\"consent\"><p>Let us know if you agree to analytics "
            "cookies. We never use them to sell you anything.</p><button>Yes, fine</button> "
            "<button>No thanks</button></div>\n"
            f"<header class=\"pb-header\"><span class=\"pb-logo\">{_e(site)}</span><nav>"
            "<a href=\"/news\">News</a> <a href=\"/radio\">Radio</a> <a href=\"/tv\">TV</a> "
            "<a href=\"/weather\">Weather</a> <a href=\"/live\">Listen live</a></nav></header>\n"
            "<main id=\"main-content\">\n<div class=\"story-wrap\">\n"
            f"<div class=\"crumbs\"><a href=\"/news\">News</a> &rsaquo; {_e(section)}</div>\n"
            f"<h1>{_e(headline)}</h1>\n{stamp}"
            f"<p class=\"intro\"><strong>{_e(dek)}</strong></p>\n"
            f"<div class=\"entry-content\">\n{_body(items)}\n</div><!-- /body -->\n"
            "<div class=\"sharebar\">Share this story: <a href=\"#\">Facebook</a> "
            "<a href=\"#\">X</a> <a href=\"#\">WhatsApp</a></div>\n</div>\n"
            f"{_rail('Related stories', related)}\n</main>\n"
            f"<footer class=\"pb-footer\"><p>{_e(site)} is funded by the public. "
            "<a href=\"/accessibility\">Accessibility</a> &middot; <a href=\"/privacy\">Privacy</a>"
            "</p></footer>\n</body>\n</html>\n")


def _letter_page(site: str, url: str, headline: str, dek: str, author: str,
                 iso: str | None, visible: str | None, items: list[Any],
                 related: list[tuple[str, str]]) -> str:
    """Template 4: newsletter or blog post; date meta optional, visible date optional."""
    extra = f"<meta property=\"article:published_time\" content=\"{_a(iso)}\">\n" if iso else ""
    head = _head(f"{headline} - {site}", dek, url, site, extra)
    when = f" &middot; {_e(visible)}" if visible else ""
    return (head + "<body class=\"post\">\n<a class=\"skip\" href=\"#post\">Skip to content</a>\n"
            "<div class=\"cookie-strip\">Only a couple of cookies here, for logins and a visitor "
            "counter. <button>Got it</button></div>\n"
            f"<header class=\"site-header\"><a href=\"/\" class=\"site-title\">{_e(site)}</a>"
            "<nav><a href=\"/archive\">Archive</a> <a href=\"/about\">About</a> <a "
            "href=\"/subscribe\">Subscribe</a></nav></header>\n"
            "<main id=\"post\">\n<article class=\"entry\">\n"
            f"<h1 class=\"entry-title\">{_e(headline)}</h1>\n"
            f"<p class=\"entry-sub\">{_e(dek)}</p>\n"
            f"<div class=\"entry-meta\">{_e(author)}{when}</div>\n"
            f"<div class=\"post-body\">\n{_body(items)}\n</div><!-- /body -->\n"
            "<div class=\"post-actions\"><a href=\"#\">Share</a> <a href=\"#\">Reply</a> "
            "<a href=\"#comments\">Comments</a></div>\n"
            "<aside class=\"signup\"><h3>Get the next issue</h3><p>Free, weekly, no spam. "
            "Unsubscribe with one click.</p></aside>\n</article>\n"
            f"{_rail('You might also like', related)}\n</main>\n"
            f"<footer class=\"site-footer\">{_e(site)} &middot; Written independently &middot; "
            "<a href=\"/rss\">RSS</a></footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Story 1 - central bank (Iceland), planted: vote split; speaker of a quote
# ---------------------------------------------------------------------------

_S1_A = _wire_page(
    "Nordic Wire Service",
    ""
    "https://www.nordicwire.example/markets/2026/03/18/iceland-central-bank-cuts-key-rate-split-vote",
    "Markets",
    "Iceland's central bank trims key rate to 7% in split decision",
    "Monetary policy committee lowers its seven-day deposit rate by a quarter point; "
    "one member wanted to wait for spring pay talks",
    "Katrín Ösp Halldórsdóttir",
    "2026-03-18T09:04:00Z",
    "March 18, 2026 09:04 GMT",
    [
        "REYKJAVIK, March 18 (Nordic Wire) - Iceland's central bank lowered its main policy "
        "rate by 25 basis points to 7.00% on Wednesday, ending a five-month pause in its easing "
        "cycle after inflation in February undershot what most forecasters had pencilled in.",
        "The five-member Monetary Policy Committee backed the reduction by four votes to one, "
        "according to the statement the Central Bank of Iceland released at 08:30 GMT. Páll "
        "Eyjólfsson, one of the committee's two external members, voted to leave the seven-day "
        "term deposit rate at 7.25%.",
        "Eyjólfsson, an economics professor, would have preferred to hold off until the results "
        "of this spring's public-sector wage negotiations could be assessed, the statement said.",
        "Twelve-month inflation slowed to 3.9% in February from 4.3% in January, Statistics "
        "Iceland reported late last month. The bank aims for 2.5%.",
        ("ad", "Business travel to Oslo and Copenhagen - compare fares in one search",
         "https://ads.example/flyfare?c=nws"),
        "\u201cWe are not declaring victory over inflation,\u201d Governor Hildur Magnúsdóttir "
        "told "
        "reporters at the bank an hour after the announcement. \u201cWhat we are saying is that "
        "the path is now clear enough for one more careful step.\u201d",
        "She warned against reading too much into the move. \u201cNobody should read today's "
        "decision as the opening of a rapid series of cuts. Each meeting will stand on its own "
        "data,\u201d she said.",
        "Of 11 economists surveyed by Nordic Wire in the week before the meeting, seven had "
        "expected no change and four had forecast a quarter-point reduction.",
        "The crown, or króna, slipped about 0.4% against the euro in the first hour after the "
        "statement, to around 145.6 per euro. Yields on non-indexed government bonds maturing "
        "in 2031 fell roughly 10 basis points.",
        ("h", "Housing pressure"),
        "Deputy Governor Gunnar Sveinsson, who is responsible for monetary policy at the bank, "
        "said housing was now the main source of price pressure, with rents climbing faster "
        "than the index as a whole.",
        "The bank now projects inflation just above 3% at the end of 2026 and sees it returning "
        "to the 2.5% target in the course of 2027.",
        "The central bank took its rate to 9.25% in August 2023, its steepest setting since "
        "the years after the 2008 banking collapse, and began lowering it in October 2024. By "
        "October last year it had brought the rate down to 7.25%, where it stayed through the "
        "committee's November and "
        "February meetings.",
        "The króna's reaction was muted because a cut had been partly priced in after the "
        "February inflation figure, traders in Reykjavik said.",
        "Iceland's economy, dependent on tourism, fishing and aluminium smelting, has slowed "
        "since the post-pandemic boom, and unemployment has edged up from the very low levels "
        "of 2022 and 2023.",
        "Policymakers meet again on May 20, when the bank will also publish fresh forecasts in "
        "its Monetary Bulletin.",
    ],
    [("Swedish krona firms as Riksbank minutes show no appetite for cuts",
      "https://www.nordicwire.example/markets/2026/03/17/riksbank-minutes"),
     ("Norway's wealth fund trims bond holdings",
      "https://www.nordicwire.example/markets/2026/03/16/wealth-fund-bonds"),
     ("Icelandic airline reports record winter load factor",
      "https://www.nordicwire.example/business/2026/03/13/airline-load-factor")],
)

_S1_B = _paper_page(
    "Reykjavík Ledger",
    "https://reykjavikledger.example/business/2026/03/18/what-the-rate-cut-means-for-your-mortgage",
    "Business",
    "What the quarter-point cut means for your mortgage",
    "Seðlabanki lowers its key rate to 7 per cent but tells households not to count on a "
    "string of reductions",
    "Jón Arnar Egilsson",
    "2026-03-18T14:20:00+00:00",
    "Wednesday 18 March 2026, 14:20",
    [
        "Borrowers with variable, non-indexed mortgages should see a little relief in the coming "
        "weeks after the Central Bank of Iceland (Seðlabanki Íslands) on Wednesday morning brought "
        "its key interest rate down from 7.25 per cent to 7 per cent.",
        "Markets had been divided ahead of the meeting, and so, it turns out, was the bank's "
        "Monetary Policy Committee. The 4\u20131 vote saw four members back the quarter-point "
        "reduction, while Professor Páll Eyjólfsson, who sits on the committee as an outside "
        "member, wanted to keep the rate where it was until this spring's pay settlements for "
        "public-sector workers are known.",
        ("fig", "The Central Bank of Iceland's headquarters on Kalkofnsvegur in central Reykjavík.",
         "Photo: Ledger/Una Sif Bragadóttir",
         "https://reykjavikledger.example/img/cbi-hq-0318.jpg"),
        ("h", "How much will I save?"),
        "Take a household with a 40 million krónur non-indexed loan on a floating rate. A cut of "
        "0.25 percentage points, if the lender passes all of it on, is worth about 100,000 "
        "krónur a year before tax, or roughly 8,300 krónur a month.",
        "Lenders usually take anything from a few days to a couple of weeks to decide what they "
        "will do with their own rates. None of the three big commercial banks had announced new "
        "mortgage terms by Wednesday afternoon.",
        "Indexed loans, which still account for a large share of Icelandic mortgage debt, react "
        "less directly, because their cost is driven mainly by the consumer price index rather "
        "than by the policy rate.",
        ("ad", "Refinance with Sjóvík Credit - fixed terms from 36 months, no arrangement fee",
         "https://ads.example/sjovik?src=ledger"),
        "At the press conference at the bank's headquarters, Governor Hildur Magnúsdóttir said the "
        "committee was \u201cnot declaring victory over inflation\u201d but judged that \u201cthe "
        "path is now clear enough for one more careful step\u201d.",
        "Annual inflation stood at 3.9 per cent in February, against 4.3 per cent the month "
        "before. The bank expects it to ease to 3.1 per cent in the final quarter of this year, "
        "which would still leave it above the official target of 2.5 per cent.",
        ("h", "Housing still the sticking point"),
        "Deputy Governor Gunnar Sveinsson was more direct about where the remaining pressure "
        "lies. \u201cRents and house prices are still running warmer than we would like, and "
        "that is where the remaining inflation is hiding,\u201d he said.",
        "House prices in the capital area rose 6.1 per cent in the twelve months to February, "
        "according to the Housing and Construction Authority (HMS).",
        "Ragnar Þórsson, chief economist at Norðurbanki, said the timing had surprised him more "
        "than the decision. \u201cWe had pencilled in May for this year's first cut. The "
        "committee simply decided it had seen enough,\u201d he said.",
        "Elín Björk Ólafsdóttir, an economist at the Icelandic Confederation of Labour (ASÍ), "
        "welcomed the reduction but said it came late for families who have carried heavy "
        "repayments for three years. \u201cHouseholds on variable rates have waited a long time "
        "for this,\u201d she said.",
        ("box", "Ledger Money", "Our Friday newsletter on prices, pay and your pocket."),
        "Wednesday's move is the first since October and follows two meetings, in November and "
        "in February, at which the committee kept the rate at 7.25 per cent. The rate peaked at "
        "9.25 per cent in 2023.",
        "The committee's next decision is due on 20 May.",
    ],
    [("Rents in Reykjavík: what a two-bedroom flat costs now",
      "https://reykjavikledger.example/living/2026/03/15/rents-two-bedroom"),
     ("Teachers' union sets out pay demands",
      "https://reykjavikledger.example/news/2026/03/16/teachers-pay-demands"),
     ("Fishing quota auction draws record bids",
      "https://reykjavikledger.example/business/2026/03/12/quota-auction")],
)

_S1_C = _broadcast_page(
    "Northern Lights Broadcasting",
    "https://www.nlb.example/english/news/economy/central-bank-lowers-key-rate-to-7",
    "Economy",
    "Central bank lowers key rate to 7%",
    "The governor says the fight against inflation is not over, but the bank felt able to "
    "take one more step.",
    "18 March 2026 at 10:12",
    [
        "The Central Bank of Iceland has reduced its key interest rate by a quarter of a "
        "percentage point, to 7%. The decision was announced at half past eight this morning.",
        "Not everyone on the bank's Monetary Policy Committee was convinced. According to the "
        "bank, the five-member committee split 3\u20132 in favour of lowering the rate.",
        "\u201cWe are not declaring victory over inflation. What we are saying is that the path "
        "is now clear enough for one more careful step,\u201d Governor Hildur Magnúsdóttir said "
        "at a press conference this morning.",
        "She added that each meeting would \u201cstand on its own data\u201d and that people "
        "should not expect a rapid run of cuts.",
        ("fig", "Governor Hildur Magnúsdóttir at this morning's press conference.",
         "NLB/Ásgeir Már", "https://www.nlb.example/media/2026/03/hm-presser.jpg"),
        "Inflation has come down steadily over the past year and was 3.9% in February. The bank "
        "aims to keep it at 2.5%.",
        "Until today the key rate had stood at 7.25% since October.",
        "The key rate is the interest the central bank pays on seven-day deposits from the "
        "commercial banks, and it steers what those banks charge households and companies for "
        "loans. The bank raised it sharply in 2022 and 2023 to fight a surge in prices, to a "
        "peak of 9.25%, and has been lowering it gradually since October 2024.",
        "Asked whether a half-point reduction had been on the table, the governor said the "
        "committee had not seen a case for a bigger step at this meeting.",
        ("h", "Business welcomes the step"),
        "Anna Guðmundsdóttir, an economist at the Confederation of Icelandic Enterprise (SA), "
        "called the decision welcome. \u201cA quarter point will not change anyone's investment "
        "plans overnight, but it changes the mood in boardrooms,\u201d she said.",
        "The Consumers' Association of Iceland urged the banks to pass the reduction on to "
        "borrowers quickly, and not only to those taking out new loans.",
        "The Minister of Finance and Economic Affairs welcomed the decision in a short written "
        "comment, saying restraint in government spending had played its part.",
        ("ad", "Northern lights tours from Reykjavík - departures every evening",
         "https://ads.example/auroratours?pb=nlb"),
        ("h", "\u201cIt is a start\u201d"),
        "In Akureyri, Sigríður Jóhannsdóttir, 34, a nurse who bought her first flat two years "
        "ago, said she doubted she would notice much difference. \u201cIt is a start. We have "
        "been paying a lot for a long time,\u201d she said.",
        "Her partner, Hákon, who works at the town's port, said the couple had considered "
        "switching to an indexed loan last year but decided against it.",
        "Economists had disagreed on whether the bank would move today or wait until its May "
        "meeting. Several said February's inflation figure, lower than expected, had tipped "
        "the balance.",
        "The bank's next interest rate decision is on 20 May.",
    ],
    [("Radio: the morning business programme", "https://www.nlb.example/radio/business"),
     ("Snow closes mountain roads in the north",
      "https://www.nlb.example/english/news/weather/snow-roads-north"),
     ("Tourist numbers in February up on last year",
      "https://www.nlb.example/english/news/economy/tourists-february")],
)

_S1_D = _letter_page(
    "Krona Desk",
    "https://kronadesk.example/briefing/cbi-25bp-and-a-cautious-tone",
    "CBI: 25bp and a cautious tone - what the 4-1 split tells us",
    "Thursday briefing on Icelandic rates and FX",
    "Krona Desk, rates and FX notes by Bjarki Stefánsson",
    None,
    "Thursday briefing",
    [
        "The CBI delivered 25bp yesterday, taking the seven-day term deposit rate to 7.00%. We "
        "had it as a close call; consensus leaned towards a hold.",
        "The vote was 4-1, with external member Eyjólfsson preferring to wait for the "
        "public-sector pay round. A single dissent in a five-person committee is not unusual at "
        "turning points, but it tells you the bar for back-to-back moves is high.",
        "The line that mattered came from Deputy Governor Gunnar Sveinsson: \u201cWe are not "
        "declaring victory over inflation. What we are saying is that the path is now clear "
        "enough for one more careful step.\u201d Read that as one step, then reassess.",
        "Sveinsson also singled out housing as the place \u201cwhere the remaining inflation is "
        "hiding\u201d. Rents are the component to watch in the March CPI print, due at the end "
        "of the month.",
        ("ad", "Hedge ISK exposure with a forward - talk to our Reykjavík desk",
         "https://ads.example/fxforward?ref=kd"),
        ("h", "The numbers"),
        "February CPI came in at 3.9% y/y, down from 4.3% in January, against a 2.5% target. "
        "The bank's projection for Q4 2026 is 3.1%. Coincidentally, the real policy rate "
        "measured against trailing CPI is also about 3.1% after yesterday's move.",
        "Cumulative easing since the cycle turned in October 2024 now amounts to 225bp from the "
        "9.25% peak. Unemployment was 3.8% in February, seasonally adjusted.",
        "EUR/ISK went from 145.0 to 145.6 in the hour after the 08:30 GMT release (09:30 CET) "
        "and held there into the close. The 2028 nominal government bond rallied 14bp; the long "
        "end moved less.",
        "Norðurbanki's Ragnar Þórsson told local media his bank had expected the first move of "
        "2026 to come in May. We held the same view until February's CPI surprised on the "
        "downside.",
        "For a 40m krónur floating-rate loan, full pass-through is worth about ISK 100,000 a "
        "year, call it \u20ac690 at current rates. Not life-changing, but the direction matters "
        "for sentiment.",
        ("h", "What next"),
        "Next decision: 20 May, with the Monetary Bulletin and a new set of forecasts. Swap "
        "pricing implies roughly even odds of another 25bp then.",
        "Our call is a hold in May and a further quarter point in August, which would end the "
        "year at 6.75%. The risk is that the public-sector settlements come in rich and the "
        "committee stays on hold longer.",
        ("h", "Reaction"),
        "Domestic reaction split along the usual lines. The employers' confederation SA called "
        "the cut a mood-changer rather than a game-changer; the labour federation ASÍ said it "
        "came late for households that have carried heavy repayments since 2023. Neither is "
        "wrong, and neither moves our forecast.",
        "One more thing: the statement dropped the phrase about \u201ca tight monetary stance "
        "for some time\u201d that had appeared in every release since last spring. Small "
        "edits, big signals.",
    ],
    [("Why Icelandic indexed loans behave differently",
      "https://kronadesk.example/explainers/indexed-loans"),
     ("February CPI: rents do the heavy lifting",
      "https://kronadesk.example/briefing/february-cpi-rents"),
     ("Archive: the October 2025 cut", "https://kronadesk.example/briefing/cbi-october-cut")],
)

STORY_1 = _story("cb-PE1", "central bank", "2026-03-21", [
    _page("https://www.nordicwire.example/markets/2026/03/18/iceland-central-bank-cuts-key-rate-split-vote",
          _S1_A),
    _page("https://reykjavikledger.example/business/2026/03/18/what-the-rate-cut-means-for-your-mortgage",
          _S1_B),
    _page("https://www.nlb.example/english/news/economy/central-bank-lowers-key-rate-to-7", _S1_C),
    _page("https://kronadesk.example/briefing/cbi-25bp-and-a-cautious-tone", _S1_D),
], [
    ("vote split",
     r"(?<![\d.\u2013-])(4|four)(\s*votes?)?\s*(?:[-\u2013]|to)\s*(1|one)(?![\d.])",
     r"(?<![\d.\u2013-])(3|three)(\s*votes?)?\s*(?:[-\u2013]|to)\s*(2|two)(?![\d.])"),
    ("speaker of the 'not declaring victory over inflation' quote",
     r"magn[u\u00fa]sd[o\u00f3]ttir",
     r"sveinsson"),
])


# ---------------------------------------------------------------------------
# Story 2 - rocket (Shetland), planted: liftoff time; title of the launch director
# ---------------------------------------------------------------------------

_S2_A = _wire_page(
    "Northern Europe Press Agency",
    "https://www.nepa.example/science/2026/06/16/shetland-rocket-reaches-orbit-kittiwake",
    "Science",
    "Shetland rocket puts four satellites into orbit at second attempt",
    "Kittiwake Orbital's Skua lifts off from SaxaVord Spaceport on Unst two days after a "
    "countdown was stopped by high-altitude winds",
    "Duncan Rae",
    "2026-06-16T13:51:00Z",
    "16 June 2026, 13:51 UTC",
    [
        "UNST, Shetland, June 16 (NEPA) - A small rocket built by the Glasgow start-up Kittiwake "
        "Orbital lifted off from the northern tip of the Shetland Islands on Tuesday and placed "
        "four satellites in orbit, the company said, the first vertical launch from British soil "
        "to get that far.",
        "The two-stage Skua left its pad at SaxaVord Spaceport at 13:07 GMT, two days after a "
        "first attempt was halted 40 seconds before ignition because of strong winds high above "
        "the island.",
        "Within about 15 minutes of liftoff, Kittiwake confirmed that all four satellites had "
        "separated from the upper stage in a sun-synchronous orbit roughly 510 km above the "
        "Earth. It expected first signals from them later in the day.",
        "\u201cWe have waited six years for one afternoon, and the afternoon delivered,\u201d "
        "chief "
        "executive Callum Nicolson said in a statement.",
        "Chief operating officer Ruth Isbister, who ran the countdown, said the rocket had flown "
        "\u201calmost exactly the profile we put on paper\u201d.",
        ("ad", "Cloud storage for research teams - first terabyte free",
         "https://ads.example/cloudtb?nepa=sci"),
        "The satellites, 86 kg between them, include two Earth-observation cubesats for "
        "Edinburgh-based Tern Imaging, a ship-tracking satellite for the Faroese operator Havbrá "
        "and a student-built satellite from UiT The Arctic University of Norway in Tromsø.",
        "The UK Civil Aviation Authority granted Kittiwake its launch licence in March.",
        ("h", "Earlier attempts"),
        "Tuesday's flight comes about three and a half years after Virgin Orbit's attempt to "
        "reach orbit from Spaceport Cornwall, near Newquay, ended in failure in January 2023 "
        "with the loss of nine satellites. That mission used a rocket released from a converted "
        "Boeing 747 rather than one launched from the ground.",
        "Britain's only earlier success with a home-built launcher came in October 1971, when a "
        "Black Arrow rocket carried the Prospero satellite into orbit from Woomera in Australia.",
        "Kittiwake, founded in 2019, has raised \u00a338 million from investors. It employs about "
        "140 people, most of them at its headquarters and engine workshop in Glasgow.",
        "Several hundred people watched from a viewing area near the village of Haroldswick. "
        "SaxaVord, which occupies a former RAF radar station site on Unst, is licensed for up to "
        "30 launches a year, although Tuesday's was the first to reach orbit.",
        "The company said it was aiming for a second flight no earlier than October, once it "
        "had worked through the data from Tuesday's mission.",
        "Scotland has been courting the launch industry for a decade, with several spaceport "
        "projects competing for a small number of rocket companies. The Scottish and UK "
        "governments have both put public money into SaxaVord.",
    ],
    [("Norwegian spaceport signs second customer",
      "https://www.nepa.example/science/2026/06/10/norway-spaceport-customer"),
     ("Heatwave warning for southern Sweden",
      "https://www.nepa.example/europe/2026/06/15/sweden-heat"),
     ("ESA picks Nordic team for ice-sheet mission",
      "https://www.nepa.example/science/2026/06/12/esa-ice-sheet")],
)

_S2_B = _paper_page(
    "Shetland Tide",
    "https://www.shetlandtide.example/news/2026/06/16/skua-roars-off-lamba-ness",
    "News",
    "\u2018I have never been so happy to be boring\u2019 - Skua roars off Lamba Ness",
    "Hundreds gather on Unst as Kittiwake Orbital's rocket reaches orbit at the second "
    "time of asking",
    "Shona Mouat",
    "2026-06-16T19:30:00+01:00",
    "Tuesday 16 June 2026, 7.30pm",
    [
        "There was a moment of complete silence on the hillside above Haroldswick at 2.07pm "
        "today, and then the noise arrived.",
        "Around 600 people, many of them from Unst and Yell but some from as far as Lerwick and "
        "a handful from Norway, watched Kittiwake Orbital's Skua rocket climb away from its pad "
        "at Lamba Ness and disappear into high cloud within a minute.",
        "About a quarter of an hour later the company confirmed the news the island had been "
        "waiting years to hear: all four satellites on board were in orbit.",
        ("fig", "The Skua rocket climbs away from Lamba Ness on Tuesday afternoon.",
         "Photo: Kevin Sinclair/Shetland Tide",
         "https://www.shetlandtide.example/media/skua-launch-1606.jpg"),
        "Launch director Ruth Isbister, who grew up in Baltasound, ran the countdown from the "
        "range control room. \u201cThe vehicle flew almost exactly the profile we put on paper,"
        "\u201d she said afterwards. \u201cI have never been so happy to be boring.\u201d",
        "It was the second attempt in three days. On Sunday the countdown was stopped with 40 "
        "seconds left because of winds of around 100mph (160km/h) high above the island, and "
        "spectators drifted home disappointed.",
        ("ad", "Unst Inn - launch week suppers, booking advised",
         "https://ads.example/unstinn?tide=1"),
        "\u201cWe have waited six years for one afternoon,\u201d said Callum Nicolson, the "
        "company's 44-year-old chief executive, \u201cand the afternoon delivered.\u201d",
        "Mr Nicolson, a former Royal Air Force engineer, founded Kittiwake in Glasgow in 2019. "
        "He thanked the people of Unst for \u201cputting up with road closures, lorries and "
        "us\u201d.",
        ("h", "Three of four satellites heard"),
        "By this evening ground stations had picked up signals from three of the four "
        "satellites: two Earth-observation cubesats for Edinburgh firm Tern Imaging and a "
        "ship-tracking satellite for a Faroese customer. The fourth, a small student satellite "
        "built at the university in Tromsø, had not yet been heard, which the company said was "
        "not unusual so soon after launch.",
        "Ingrid Mouat, SaxaVord's head of range operations, said the day had justified years of "
        "work on the site. \u201cToday the island saw what all the fencing and the concrete were "
        "for,\u201d she said.",
        "Not everyone on Unst has welcomed the spaceport, and a small group of residents have "
        "raised concerns about noise, traffic and the effect on breeding seabirds at Hermaness, "
        "just across the water. None of them wished to be named today.",
        "Gordon Priest, 71, a retired fisherman from Norwick, had brought a folding chair and a "
        "flask. \u201cI've seen a lot of things go up from this island - mostly kites,\u201d he "
        "said. \u201cNothing like that.\u201d",
        ("box", "Tide Daily", "The day's Shetland news in your inbox each evening."),
        "The 19-metre (62ft) rocket is the first of a planned series. Kittiwake said its second "
        "Skua should fly no earlier than October, carrying another satellite for Tern Imaging.",
        "Road closures on the B9087 around Lamba Ness were lifted at 4pm.",
    ],
    [("Ferry timetable changes for Bluemull Sound",
      "https://www.shetlandtide.example/news/2026/06/15/bluemull-timetable"),
     ("Council backs new care home for Yell",
      "https://www.shetlandtide.example/news/2026/06/12/yell-care-home"),
     ("Simmer Dim ultramarathon results",
      "https://www.shetlandtide.example/sport/2026/06/14/simmer-dim-results")],
)

_S2_C = _paper_page(
    "Teknikkposten",
    "https://www.teknikkposten.example/en/space/2026/06/17/tromso-student-satellite-calls-home",
    "Space",
    "Tromsø student satellite calls home after Shetland launch",
    "Lysning-1 was the last of four satellites on Kittiwake Orbital's first flight to make "
    "contact",
    "Eirik Solvang",
    "2026-06-17T09:15:00+02:00",
    "17.06.2026 09:15",
    [
        "At 06:52 this morning, a ground station on a rooftop at UiT The Arctic University of "
        "Norway picked up a faint, regular signal. Lysning-1, a satellite built by students in "
        "Tromsø, was alive.",
        "The cubesat was one of four carried to orbit on Tuesday by the Scottish company "
        "Kittiwake Orbital, whose Skua rocket lifted off from SaxaVord Spaceport on the island "
        "of Unst in Shetland at 15:07 Norwegian time (14:07 local time in Shetland).",
        "The other three satellites had all been heard from by Tuesday evening. Lysning-1 was "
        "the last to report in, after a night of anxious waiting in Tromsø.",
        "\u201cWe had a few passes overhead with nothing at all. Then this morning it was just "
        "there, loud and clear,\u201d said Sunniva Haugland, 24, a master's student in space "
        "physics who leads the student team.",
        ("ad", "Electric car leasing for businesses - from 4,990 kroner a month",
         "https://ads.example/elbil-lease?tp=en"),
        "The 3U cubesat weighs just under four kilograms and carries a small camera and an "
        "instrument to measure the plasma environment that produces the northern lights. It cost "
        "about 2.3 million kroner to build, most of it covered by grants.",
        "Associate professor Tor Eirik Lunde, the team's supervisor, said around 30 students had "
        "worked on the satellite since 2022. \u201cSome of them have already left for jobs in "
        "industry. They will be getting a message from us today,\u201d he said.",
        ("h", "A neighbour across the North Sea"),
        "Unst lies roughly 340 kilometres west of Bergen, and the launch was followed closely in "
        "Norway's own space sector. Kittiwake's chief executive, Callum Nicolson, said in a "
        "statement that the company had waited six years for a single afternoon.",
        "The company has raised \u00a338 million, or just over 510 million kroner, since it was "
        "founded in 2019. Its rocket, Skua, is a two-stage vehicle about 19 metres tall, and it "
        "placed the four satellites, 86 kilograms in total, in an orbit about 510 kilometres up.",
        "Andøya Spaceport in Nordland hosted Norway's first orbital launch attempt in March 2025, "
        "when a German rocket came down in the sea shortly after leaving the pad. Norwegian "
        "officials have said they expect further attempts from Andøya this year.",
        "Kittiwake's first attempt in Shetland, on Sunday, was called off in the final minute "
        "because of high-altitude winds.",
        ("fig", "Students at the ground station in Tromsø on Wednesday morning.",
         "Photo: Teknikkposten / Marius Fagerli",
         "https://www.teknikkposten.example/img/lysning-ground.jpg"),
        ("h", "What happens next"),
        "Over the next two weeks the students will switch on the camera and test the plasma "
        "instrument. If all goes well, the first images of the aurora from Lysning-1 could come "
        "in the autumn, when the polar nights return.",
        "Haugland said the team had already started talking about a successor. \u201cWe learned "
        "more in four years of building this than in any lecture hall. Now we need to learn to "
        "operate it,\u201d she said.",
    ],
    [("Andøya: what the launch site needs to compete",
      "https://www.teknikkposten.example/en/space/2026/05/28/andoya-compete"),
     ("Battery plant in Mo i Rana hires again",
      "https://www.teknikkposten.example/en/industry/2026/06/11/mo-i-rana-battery"),
     ("The hydrogen ferry that never sailed",
      "https://www.teknikkposten.example/en/maritime/2026/06/03/hydrogen-ferry")],
)

_S2_D = _letter_page(
    "Launch Manifest Weekly",
    "https://launchmanifest.example/issues/212-skua-makes-orbit",
    "Skua makes orbit: notes on Kittiwake's first flight",
    "Issue 212 of a weekly newsletter on small launchers in Europe",
    "Launch Manifest Weekly, by Tom Fairlie",
    None,
    "Issue 212, Friday 19 June 2026",
    [
        "Europe has another small launcher with a successful flight on its record. Kittiwake "
        "Orbital's Skua lifted off from SaxaVord on Unst at 14:17 BST (13:17 UTC) on Tuesday and "
        "delivered all four of its payloads to a sun-synchronous orbit. Here is what we know "
        "after three days of data and conversations.",
        ("h", "The flight"),
        "Skua is a two-stage vehicle, 19 m tall. The first stage burns bio-propane and liquid "
        "oxygen in five engines; the upper stage has a single vacuum-optimised engine. Stage "
        "separation came at T+2:41 and the deployment sequence finished just under 15 minutes "
        "after liftoff.",
        "The company describes the orbit as 508 x 514 km at 97.4 degrees. Total payload mass was "
        "86 kg, well under the vehicle's advertised 150 kg to this orbit, which is normal for a "
        "first flight.",
        "All four satellites are now talking to the ground. The last, a student cubesat from "
        "Tromsø, checked in on Wednesday morning.",
        ("ad", "Sponsored: Avionics test benches, delivered in six weeks",
         "https://ads.example/avionics-bench?lmw=212"),
        ("h", "The people"),
        "Launch director Ruth Isbister described the flight as boring in the best way, and told "
        "us the telemetry traces sat almost on top of the pre-flight predictions. The first "
        "attempt, on Sunday, was called at T-40 seconds because of upper-level winds, a decision "
        "she said took about three seconds to make.",
        "Chief executive Callum Nicolson was more guarded about what comes next. \u201cWe will "
        "fly again when the data says so, not when the calendar says so,\u201d he said. The "
        "official line is no earlier than October.",
        ("h", "The money and the market"),
        "Kittiwake has raised \u00a338m (about $51m) since 2019, modest by launch standards. Its "
        "UK Civil Aviation Authority licence came through in March, after what the company calls "
        "a demanding but fair process.",
        "Context matters here. Virgin Orbit's air-launched attempt from Cornwall on 9 January "
        "2023 failed and took nine satellites with it. Rocket Factory Augsburg, which also plans "
        "to fly from SaxaVord, lost a first stage in a test-stand fire there in August 2024. "
        "Against that history, a clean first flight is worth a great deal.",
        "There are now several European small launchers chasing the same customers: Earth "
        "observation start-ups, universities and defence agencies that do not want to wait for "
        "a slot on a rideshare mission. Kittiwake's pitch is schedule control and a northern "
        "site well suited to polar orbits.",
        ("h", "What we're watching"),
        "Three things: how quickly the second vehicle comes together, whether the upper stage "
        "deorbit burn (scheduled for the coming weeks) goes to plan, and whether Tern Imaging, "
        "which had two satellites on this flight, signs for more.",
        "Next week: a look at the German launchers and their 2026 manifests.",
    ],
    [("Issue 211: Andøya's busy summer", "https://launchmanifest.example/issues/211-andoya-summer"),
     ("Explainer: what a launch licence involves",
      "https://launchmanifest.example/explainers/uk-launch-licence"),
     ("Issue 209: rideshare prices", "https://launchmanifest.example/issues/209-rideshare-prices")],
)

STORY_2 = _story("rocket-PE2", "rocket", "2026-06-20", [
    _page("https://www.nepa.example/science/2026/06/16/shetland-rocket-reaches-orbit-kittiwake",
          _S2_A),
    _page("https://www.shetlandtide.example/news/2026/06/16/skua-roars-off-lamba-ness", _S2_B),
    _page("https://www.teknikkposten.example/en/space/2026/06/17/tromso-student-satellite-calls-home",
          _S2_C),
    _page("https://launchmanifest.example/issues/212-skua-makes-orbit", _S2_D),
], [
    ("liftoff time",
     r"(?<![\d:.])(14[:.]07|13[:.]07|15[:.]07|2[:.]07\s*p\.?m)(?!\d)",
     r"(?<![\d:.])(14[:.]17|13[:.]17|15[:.]17|2[:.]17\s*p\.?m)(?!\d)"),
    ("title of ruth isbister",
     r"launch director",
     r"chief operating officer|(?<![a-z])coo(?![a-z])"),
])


# ---------------------------------------------------------------------------
# Story 3 - earthquake (south Iceland), planted: magnitude; distance from Hella; quote wording
# ---------------------------------------------------------------------------

_S3_A = _wire_page(
    "North Atlantic Press",
    "https://www.northatlanticpress.example/news/2026/02/11/iceland-earthquake-hella",
    "Europe",
    "Strong earthquake shakes south Iceland, two hurt",
    "Magnitude 5.6 quake near the town of Hella cracks walls and cuts power; civil "
    "protection raises its lowest alert level",
    "Ragnheiður Lára Ólafsdóttir",
    "2026-02-11T06:20:00Z",
    "11 Feb 2026 06:20 GMT",
    [
        "REYKJAVIK, Feb 11 (NAP) - A magnitude 5.6 earthquake struck south Iceland shortly "
        "before midnight on Tuesday, cracking walls and cutting power to about 1,900 homes and "
        "businesses in and around the small town of Hella, authorities said.",
        "The quake hit at 23:41 local time, which in Iceland is the same as GMT, about 8 km "
        "(5 miles) north-east of Hella at a depth of around 7 km, according to the Icelandic "
        "Meteorological Office. It was felt across the south and west of the country, "
        "including in Reykjavik, roughly 100 km to the west.",
        "Two people suffered minor injuries, mostly cuts from broken glass, police in south "
        "Iceland said. There were no reports of buildings collapsing.",
        "The civil protection department of the national police declared an uncertainty phase, "
        "the lowest of its three alert levels, for the south of the country.",
        ("ad", "Winter breaks in the Westfjords - small groups, local guides",
         "https://ads.example/westfjords?nap=1"),
        "\u201cThis is a fault we had never mapped, and it has now released much of the strain "
        "it had stored,\u201d said Sigrún Hallgrímsdóttir, head of natural hazards monitoring at "
        "the Met Office.",
        "She said a larger quake in the coming days could not be excluded, but that the most "
        "likely course was a series of aftershocks that would slowly die away.",
        "More than 200 aftershocks had been recorded by 6 a.m. on Wednesday, the largest a "
        "magnitude 4.1 tremor at 00:58.",
        ("h", "Bridge closed"),
        "The Ring Road bridge over the Ytri-Rangá river in Hella was closed overnight while "
        "engineers from the Icelandic Road and Coastal Administration waited for daylight to "
        "inspect it.",
        "Power was back for most customers within two hours, the rural electricity distributor "
        "RARIK said.",
        "More than 1,500 people had reported feeling the quake through the Met Office website by "
        "the early hours of Wednesday.",
        "The south Iceland lowlands are crossed by a belt of faults, known as the South Iceland "
        "Seismic Zone, that produces damaging earthquakes every few decades. The Met Office said "
        "the quake had no connection to the volcanic activity on the Reykjanes peninsula, "
        "south-west of the capital.",
        "Iceland straddles the seam where the Eurasian and North American plates slowly pull "
        "apart, and the country records many thousands of small earthquakes in a normal year. "
        "Few are strong enough to be felt in the capital.",
        "Several hotels near Hella moved guests out of rooms with cracked walls as a "
        "precaution, a regional tourism association said.",
        "Hella, a town of about a thousand people, is a service centre for the farming district "
        "of Rangárþing ytra and lies on the main route to popular tourist sites along the south "
        "coast.",
    ],
    [("Iceland's tourist arrivals dip in January",
      "https://www.northatlanticpress.example/business/2026/02/09/iceland-tourists-january"),
     ("Faroe Islands fishing talks stall",
      "https://www.northatlanticpress.example/news/2026/02/10/faroes-fishing-talks"),
     ("Greenland ice melt season starts early",
      "https://www.northatlanticpress.example/science/2026/02/06/greenland-melt")],
)

_S3_B = _paper_page(
    "Reykjavík Ledger",
    "https://reykjavikledger.example/news/2026/02/11/hella-earthquake-the-town-shook-but-held",
    "News",
    "\u2018The town shook hard, but it held\u2019: Hella counts the cost",
    "Five people treated in Selfoss and hundreds of aftershocks after Tuesday night's "
    "earthquake",
    "Þórdís Kjartansdóttir and Hrafn Óskarsson",
    "2026-02-11T16:05:00+00:00",
    "Wednesday 11 February 2026, 16:05",
    [
        "Residents of Hella spent Wednesday sweeping up broken crockery, checking chimneys and "
        "comparing notes on where they had been at 23:41 on Tuesday night, when a magnitude 5.6 "
        "earthquake struck some 8 km north-east of the town.",
        "Five people were treated at the Health Institution of South Iceland's hospital in "
        "Selfoss for minor injuries, a spokesperson for the institution said this afternoon. "
        "None was admitted.",
        "\u201cPlates, pictures, a few chimney pots - the town shook hard, but it held,\u201d "
        "said Einar Hólm Gíslason, mayor of Rangárþing ytra.",
        ("fig", "Fallen shelving in a shop on Suðurlandsvegur in Hella on Wednesday morning.",
         "Photo: Ledger/Hrafn Óskarsson",
         "https://reykjavikledger.example/img/hella-shop-1102.jpg"),
        "The primary school in Hella stayed closed on Wednesday so that engineers could check "
        "the building, and will reopen tomorrow if nothing is found, Gíslason said.",
        ("h", "Bridge reopened"),
        "The Ring Road bridge over the Ytri-Rangá, closed overnight, reopened at about 07:30 "
        "after an inspection found no structural damage. A burst water main on one residential "
        "street left some households without cold water until late morning.",
        "Nearly 1,900 customers lost electricity when the quake struck. RARIK said supply had "
        "been restored to almost all of them within two hours.",
        ("ad", "Home insurance review - is your policy up to date?",
         "https://ads.example/insurance-check?led=n"),
        ("h", "A fault under watch"),
        "Sigrún Hallgrímsdóttir, who heads natural hazards monitoring at the Icelandic "
        "Meteorological Office, said the quake had occurred on a north-south fault, typical of "
        "the South Iceland Seismic Zone. \u201cThis is a fault we have been watching for years, "
        "and it has now released much of the strain it had stored,\u201d she said.",
        "The Met Office had recorded about 480 aftershocks by 3pm on Wednesday. The strongest, of "
        "magnitude 4.1, came at 00:58, an hour and 17 minutes after the main shock.",
        "More than 2,000 people had sent in reports of feeling the quake by midday, from as far "
        "away as Borgarnes and the Westman Islands.",
        "The Department of Civil Protection and Emergency Management has declared an uncertainty "
        "phase for the South region, which means closer monitoring and coordination but no "
        "evacuations.",
        ("h", "Memories of 2000 and 2008"),
        "For older residents the night brought back memories of June 2000, when two earthquakes "
        "of magnitude 6.5 struck the same part of south Iceland four days apart, and of 29 May "
        "2008, when a magnitude 6.3 quake hit the Ölfus area between Hveragerði and Selfoss.",
        "\u201cThis was nothing like 2000. Then the whole house moved. Last night it was a big "
        "jolt and a rattle,\u201d said Guðrún Ingvarsdóttir, 78, who has lived in Hella since the "
        "1960s.",
        "The Met Office stressed that the quake was tectonic and not related to the eruptions on "
        "the Reykjanes peninsula near Grindavík, which began in December 2023.",
        "Natural Catastrophe Insurance of Iceland said it had received 64 damage reports by "
        "Wednesday afternoon, most of them for cracked plaster and broken household goods.",
    ],
    [("Grindavík residents weigh return",
      "https://reykjavikledger.example/news/2026/02/08/grindavik-return"),
     ("Snow and ice: how the roads are gritted",
      "https://reykjavikledger.example/news/2026/02/05/road-gritting"),
     ("The farmer who maps every tremor",
      "https://reykjavikledger.example/features/2026/01/30/farmer-maps-tremors")],
)

_S3_C = _broadcast_page(
    "Kringkast Nord",
    "https://www.kringkastnord.example/english/world/earthquake-iceland-hella-norwegian-students",
    "World",
    "Norwegian students shaken but safe after Iceland earthquake",
    "The quake struck south Iceland shortly before 1 a.m. Norwegian time. The embassy has "
    "no reports of Norwegians among the injured.",
    "Published 11.02.2026, 08:12",
    [
        "A strong earthquake measuring 5.8 shook south Iceland at 00:41 Norwegian time on "
        "Wednesday, which was 23:41 on Tuesday evening in Iceland.",
        "Among those jolted awake were 22 Norwegian agricultural students staying at a "
        "guesthouse outside Hella, the small town closest to the epicentre.",
        "\u201cThe beds moved, the windows rattled, and then the power went. Nobody really "
        "knew what to do, so we all went outside in our socks,\u201d said Ola Brekke, 20, from "
        "Voss, speaking to Kringkast Nord by phone.",
        "The group, from an agricultural college in western Norway, is on a two-week study trip "
        "to Icelandic dairy farms. Their teacher, Kari Vangsnes, said everyone was unhurt "
        "and the trip would continue as planned once the group had slept.",
        "\u201cThe guesthouse owner had candles out within minutes. She has been through this "
        "before and she calmed everyone down,\u201d Vangsnes said.",
        ("fig", "A road sign on the approach to Hella in south Iceland.",
         "Photo: Kringkast Nord", "https://www.kringkastnord.example/img/hella-sign.jpg"),
        "The Norwegian embassy in Reykjavík said on Wednesday morning that it had no reports of "
        "Norwegians being hurt.",
        ("h", "Hundreds of aftershocks"),
        "According to the Icelandic Meteorological Office, more than 200 aftershocks had been "
        "registered by early Wednesday. The largest, of magnitude 4.1, came at 01:58 Norwegian "
        "time.",
        "Icelandic police say two people were slightly injured. Parts of Hella lost power, and "
        "the bridge carrying the main road over the river at Hella remains closed this morning "
        "while it is inspected.",
        "The mayor of the local municipality, Einar Hólm Gíslason, told Icelandic media the "
        "town had \u201cshaken hard, but held\u201d.",
        "Iceland's civil protection authorities have declared an uncertainty phase in the south "
        "of the country. The Met Office says a larger quake cannot be ruled out, although the "
        "most likely development is that the aftershocks gradually fade.",
        ("ad", "Flights Bergen-Reykjavík twice weekly this spring",
         "https://ads.example/bgo-kef?kn=en"),
        ("h", "How does it compare?"),
        "Earthquakes of this size are rare in Norway. The strongest known quake on the Norwegian "
        "mainland, near the Oslofjord in October 1904, has been estimated at around magnitude "
        "5.4. Larger quakes occur offshore, along the Mid-Atlantic Ridge and in the North Sea.",
        "Iceland, which lies across the boundary of two tectonic plates, has far more frequent "
        "and stronger earthquakes. Time in Iceland is one hour behind Norway in winter.",
        "The quake was also registered by seismometers in Norway. The seismic waves needed only "
        "a few minutes to cross the ocean between the two countries.",
        "Brekke said the students had planned to visit a dairy farm near Hvolsvöllur on "
        "Wednesday. \u201cThe farmer called this morning and said the cows did not care at all, "
        "so we are still going,\u201d he said.",
    ],
    [("Avalanche warning for Troms",
      "https://www.kringkastnord.example/english/norway/avalanche-troms"),
     ("Volcano: what happened at Grindavík",
      "https://www.kringkastnord.example/english/world/grindavik-explainer"),
     ("Fish farming licences: the new rules",
      "https://www.kringkastnord.example/english/norway/fish-farm-licences")],
)

_S3_D = _letter_page(
    "Fault Lines Digest",
    "https://faultlinesdigest.example/2026/02/12/hella-quake-first-look",
    "The Hella earthquake: a first look at the data",
    "A strike-slip rupture in the South Iceland Seismic Zone, and what the aftershocks are "
    "telling us",
    "Fault Lines Digest, a newsletter by geophysicist Dr Helen Bruce",
    "2026-02-12T20:00:00+00:00",
    "12 February 2026",
    [
        "Two days on from Tuesday night's earthquake in south Iceland, there is enough data to "
        "say something sensible about it. This is a first look, not the final word.",
        ("h", "The basics"),
        "The Icelandic Met Office puts the main shock at magnitude 5.6, at 23:41 local time "
        "(which is also UTC) on 10 February. The epicentre was about 18 km north-east of Hella, "
        "roughly 11 miles, at a depth of about 7 km.",
        "The aftershocks line up along a roughly north-south trend, which is what you expect in "
        "the South Iceland Seismic Zone: the zone as a whole takes up east-west motion between "
        "the plates, but it does so on a series of parallel north-south faults that slip "
        "sideways, like books on a shelf being pushed over.",
        "By Thursday morning the Met Office catalogue listed nearly 700 aftershocks. The largest "
        "was a magnitude 4.1 event at 00:58, 77 minutes after the main shock. The rate has been "
        "dropping roughly as expected for a normal aftershock sequence.",
        ("ad", "Field seismometer hire - weekly or monthly",
         "https://ads.example/seismo-hire?fld=12"),
        ("h", "What the ground did"),
        "A GPS station near Hella moved about 4 cm horizontally, consistent with right-lateral "
        "slip on a north-south fault. Detailed modelling will take a few weeks.",
        "Sigrún Hallgrímsdóttir, the Met Office's natural hazards chief, described it as \u201ca "
        "fault we have been watching for years\u201d, and that matches the record: small swarms "
        "have been located in this area repeatedly over the past decade.",
        "Damage was modest for a quake of this size near a town: cracked plaster, fallen "
        "shelving, a burst water main and five people with minor injuries. The Ring Road bridge "
        "over the Ytri-Rangá was closed overnight and reopened at about 07:30 on Wednesday after "
        "inspection.",
        ("h", "Context: 2000 and 2008"),
        "This zone has form. In June 2000 two magnitude 6.5 earthquakes struck on the 17th and "
        "the 21st. On 29 May 2008 a magnitude 6.3 quake hit the Ölfus area further west. Both "
        "sequences damaged many buildings, and both were followed by years of smaller activity.",
        "A magnitude 5.6 releases more than 20 times less energy than each of the 6.5 shocks of "
        "2000, so this was not a repeat of 2000. It is worth remembering, though, that in 2000 "
        "the second large quake "
        "came four days after the first.",
        ("h", "Is it connected to the Reykjanes eruptions?"),
        "No. The eruptions near Grindavík are driven by magma in a different setting. The Met "
        "Office made this point quickly, and it is right.",
        "Nor is there any sign of magma involvement under Hella itself: the depth, the "
        "mechanism and the clean aftershock decay all point to an ordinary tectonic rupture. "
        "That is reassuring, in the limited way that any earthquake can be.",
        "I will update this post when the Met Office publishes its moment tensor solution and "
        "the first InSAR images come in.",
    ],
    [("Reykjanes: two years of eruptions in five charts",
      "https://faultlinesdigest.example/2025/12/18/reykjanes-two-years"),
     ("How magnitudes are calculated", "https://faultlinesdigest.example/explainers/magnitude"),
     ("Aftershock forecasting, explained",
      "https://faultlinesdigest.example/explainers/aftershock-forecasts")],
)

STORY_3 = _story("quake-PE3", "earthquake", "2026-02-14", [
    _page("https://www.northatlanticpress.example/news/2026/02/11/iceland-earthquake-hella", _S3_A),
    _page("https://reykjavikledger.example/news/2026/02/11/hella-earthquake-the-town-shook-but-held",
          _S3_B),
    _page("https://www.kringkastnord.example/english/world/earthquake-iceland-hella-norwegian-students",
          _S3_C),
    _page("https://faultlinesdigest.example/2026/02/12/hella-quake-first-look", _S3_D),
], [
    ("magnitude",
     r"(?<![\d.,])5[.,]6(?![\d])",
     r"(?<![\d.,])5[.,]8(?![\d])"),
    ("epicentre distance from hella",
     r"(?<![\d.,])(8|eight)\s*(km|kilomet)|(?<![\d.,])(5|five)\s*mi",
     r"(?<![\d.,])(18|eighteen)\s*(km|kilomet)|(?<![\d.,])(11|eleven)\s*mi"),
    ("wording of the met office quote about the fault",
     r"watching for years|been watching",
     r"never mapped"),
])


# ---------------------------------------------------------------------------
# Story 4 - court (Ireland), CONTROL: no planted disagreement
# ---------------------------------------------------------------------------

_S4_A = _paper_page(
    "Irish Daily Chronicle",
    ""
    "https://www.irishdailychronicle.example/news/courts/2026/04/23/supreme-court-bantry-bay-mussel-farmers",
    "Courts",
    "Supreme Court restores damages for Bantry Bay mussel farmers",
    "Majority finds the Court of Appeal set the bar of proof too high, but trims the award "
    "to \u20ac2.4m",
    "Aoife Nagle, Legal Affairs Correspondent",
    "2026-04-23T17:45:00+01:00",
    "Thu 23 Apr 2026 - 17:45",
    [
        "Fourteen mussel farmers from Bantry Bay have won their long fight with a dredging "
        "company after the Supreme Court ruled, by a majority of four to one, that silt released "
        "during work in the bay in 2019 destroyed much of their stock.",
        "The court restored the High Court's finding that Carrowmore Dredging Ltd was liable, "
        "overturning a 2024 decision of the Court of Appeal. It reduced the damages, however, "
        "from the \u20ac3.1 million awarded in the High Court to \u20ac2.4 million.",
        "Delivering the main judgment on Thursday, Ms Justice Nuala Brennock said the Court of "
        "Appeal had \u201cset the bar of proof higher than the law requires of a plaintiff in a "
        "civil case\u201d. Three of her colleagues on the five-judge panel agreed with her. Mr "
        "Justice Declan Ferris dissented.",
        ("ad", "Solicitors' indemnity cover - quotes in 24 hours",
         "https://ads.example/pi-cover?idc=courts"),
        "The farmers, led by Seán Ó Catháin from Adrigole on the Beara peninsula, said a plume "
        "of silt from dredging carried out between June and September 2019 near Whiddy Island "
        "settled on their mussel lines, smothering young mussels and stunting older stock.",
        "They put their losses at about 1,790 tonnes of mussels across the 2019 and 2020 "
        "harvests.",
        "Ms Justice Brennock said the trial judge had been entitled to prefer the farmers' "
        "expert evidence, which tied the timing and drift of the plume to the pattern of losses "
        "across the bay.",
        "She found, however, that losses at two of the farmers' sites, on the more exposed "
        "western side of the bay, were more likely caused by Storm Lorenzo, which struck the "
        "south-west coast in early October 2019, and the damages were reduced to reflect that.",
        ("h", "Dissent"),
        "In his dissenting judgment, Mr Justice Ferris said the scientific evidence \u201cdid "
        "not exclude other causes, including the storm of October 2019\u201d, and that the Court "
        "of Appeal had been right to find the case unproven.",
        "Speaking outside the Four Courts, Mr Ó Catháin, 61, said: \u201cSeven years is a long "
        "time to wait to be believed. Some of the lads who started this with me have had to give "
        "up farming altogether.\u201d",
        "The farmers' solicitor, Órla Twomey, said the judgment \u201cwill matter well beyond "
        "Bantry Bay\u201d.",
        "In a statement, Carrowmore Dredging, which is based in Co Wexford, said it accepted the "
        "court's ruling and would go through the judgment in detail with its insurers.",
        ("fig", "Mussel lines in Bantry Bay, with Whiddy Island in the background.",
         "Photo: Chronicle/Declan Cronin",
         "https://www.irishdailychronicle.example/images/bantry-mussel-lines.jpg"),
        ("h", "Long road"),
        "The High Court awarded the farmers \u20ac3.1 million in November 2023 after a 23-day "
        "trial. In July 2024 the Court of Appeal set that award aside, finding that the farmers "
        "had not shown the dredging caused their losses.",
        "The Supreme Court agreed to hear a further appeal because of the general importance of "
        "how courts should weigh scientific evidence of causation in environmental damage "
        "cases. The appeal was heard over two days last November.",
        "The court will hear submissions on costs on June 2, and the parties have 21 days to "
        "lodge written arguments.",
    ],
    [("Planning board approves Cork harbour expansion",
      "https://www.irishdailychronicle.example/news/2026/04/22/cork-harbour"),
     ("Judge criticises delays in family law courts",
      "https://www.irishdailychronicle.example/news/courts/2026/04/21/family-law-delays"),
     ("Fishing fleet faces new quota cuts",
      "https://www.irishdailychronicle.example/business/2026/04/20/quota-cuts")],
)

_S4_B = _letter_page(
    "Beara Weekly News",
    "https://bearaweekly.example/news/seven-years-to-be-believed-mussel-growers-win",
    "\u2018Seven years to be believed\u2019: Beara mussel growers win in Supreme Court",
    "Bantry Bay growers celebrate after the highest court sides with them over the 2019 "
    "dredging",
    "By Nora Harrington, News Editor",
    None,
    "Friday, April 24, 2026",
    [
        "There were tears and a few raised voices on the steps of the Four Courts in Dublin "
        "yesterday as fourteen Bantry Bay mussel growers, most of them from Beara, learned that "
        "their case had finally been won.",
        "By four judges to one, the Supreme Court found that the Wexford firm Carrowmore "
        "Dredging was responsible for the loss of their mussels after it dredged a channel near "
        "Whiddy Island in the summer of 2019.",
        "The court awarded the growers 2.4 million euro in damages. That is less than the 3.1 "
        "million euro the High Court gave them in 2023, but a great deal more than the nothing "
        "they were left with when the Court of Appeal ruled against them in 2024.",
        "\u201cSeven years is a long time to wait to be believed,\u201d said Adrigole man Seán Ó "
        "Catháin, who has grown mussels in the bay for more than 30 years and whose name heads "
        "the case.",
        ("fig", "Seán Ó Catháin with supporters outside the Four Courts on Thursday.",
         "Photo: Beara Weekly News", "https://bearaweekly.example/photos/ocathain-four-courts.jpg"),
        "Of the fourteen growers who took the case, eleven are still farming. Three gave up in "
        "the years after the losses, among them Ó Catháin's neighbour Donal Harrington, now 67, "
        "who sold his licence in 2021.",
        "\u201cThis judgment will matter well beyond Bantry Bay. It tells anyone working in our "
        "waters that they cannot simply point at the weather and walk away,\u201d said solicitor "
        "Órla Twomey of Twomey Hegarty in Bantry, who has acted for the growers from the start.",
        ("ad", "Castletownbere Marine Supplies - ropes, floats and moorings in stock",
         "https://ads.example/ctb-marine?bwn=apr"),
        ("h", "Storm Lorenzo"),
        "The judges did not accept every part of the claim. Losses at two sites on the western "
        "side of the bay, the majority said, were more likely down to Storm Lorenzo, which "
        "battered this coast in the first days of October 2019.",
        "Ms Justice Nuala Brennock wrote the main judgment, and the other three judges in the "
        "majority agreed with her. Mr Justice Declan Ferris dissented, finding that other causes "
        "had not been ruled out.",
        "Mairéad Sullivan, who chairs the Beara Mussel Growers' Co-operative, said the wait had "
        "been hard on families. \u201cWe grow a slow crop in a small place. When it goes, it "
        "takes two years to come back, and nobody pays you for the waiting,\u201d she said.",
        "How the money will be divided among the fourteen has not yet been worked out, though "
        "Ms Twomey said each grower's share would follow the losses proved in the High Court.",
        ("h", "Costs next"),
        "A short hearing on legal costs has been fixed for Tuesday, June 2. The growers' bills "
        "after three courts and seven years are understood to be substantial.",
        "Ó Catháin, 61, said he would be back on the water on Monday. \u201cThe mussels don't read "
        "judgments,\u201d he said.",
        "There will be a gathering at the community hall in Adrigole on Saturday evening, and "
        "the co-operative says all are welcome.",
    ],
    [("Castletownbere pier works to start in May",
      "https://bearaweekly.example/news/pier-works-may"),
     ("Allihies copper mine museum reopens", "https://bearaweekly.example/community/copper-museum"),
     ("GAA: Beara hold on in Division 2", "https://bearaweekly.example/sport/beara-division-2")],
)

_S4_C = _wire_page(
    "Shellfish & Aquaculture Review",
    "https://www.shellfishreview.example/news/2026/04/27/irish-supreme-court-dredging-plume-ruling",
    "Regulation & Law",
    "Irish ruling on dredging plume sets the bar for shellfish damage claims",
    "Supreme Court restores a finding that 2019 dredging in Bantry Bay killed farmed mussels; "
    "contractors on both sides of the Irish Sea take note",
    "Gareth Lloyd",
    "2026-04-27T08:00:00+01:00",
    "27 April 2026",
    [
        "Ireland's Supreme Court last Thursday upheld a claim by 14 rope-mussel farmers in "
        "Bantry Bay, Co Cork, that a dredging project in 2019 wiped out a large part of their "
        "stock. Lawyers expect the ruling to be read closely by shellfish growers and marine "
        "contractors on both sides of the Irish Sea.",
        "The five-judge court decided the case by a 4-1 majority. It ordered Carrowmore "
        "Dredging Ltd to pay \u20ac2.4m (roughly \u00a32.05m) in damages, down from the \u20ac3.1m "
        "originally awarded by the High Court.",
        "The growers said 1,790 tonnes of mussels were lost across the 2019 and 2020 harvests.",
        ("h", "Plume versus storm"),
        "At the heart of the case was a plume of fine sediment released while a channel near "
        "Whiddy Island was deepened between June and September 2019. The farmers' experts used "
        "satellite images of surface turbidity and current modelling to show the plume drifting "
        "over their longlines; the company's experts argued that the pattern of deaths fitted "
        "natural causes just as well, including a spell of low oxygen and a severe autumn storm.",
        "Writing for the majority, Ms Justice Nuala Brennock held that the Court of Appeal, which "
        "threw the claim out in 2024, had set the standard of proof \u201chigher than the law "
        "requires\u201d. A plaintiff in a civil case must show that its explanation is more likely "
        "than not, she wrote; it does not have to rule out every alternative.",
        "Mr Justice Declan Ferris disagreed, saying the evidence did not exclude other causes, "
        "Storm Lorenzo among them.",
        ("ad", "Depuration tanks and UV systems - ask about our leasing plans",
         "https://ads.example/depuration?sar=0427"),
        "The majority did accept part of the company's case. It excluded losses at two sites on "
        "the exposed western side of the bay, which it found were more likely caused by Storm "
        "Lorenzo in early October 2019. That largely explains why the award fell by about "
        "\u20ac700,000 from the High Court figure.",
        ("h", "What it means for growers"),
        "Dr Alison Reid, a shellfish scientist based in Oban who was not involved in the case, "
        "said the reasoning would resonate in Scotland. \u201cFor years growers have been told "
        "that unless you can eliminate every other explanation you have nothing. This judgment "
        "says you need a good explanation, and a better one than the other side's,\u201d she "
        "said.",
        "A spokesperson for a UK marine contractors' group said its members would review how "
        "they monitor sediment when dredging close to shellfish waters, and pointed out that "
        "the ruling turned on its own facts.",
        "The decision binds only the Irish courts, but judges in the UK can treat it as "
        "persuasive, and several aquaculture lawyers said they expected to see it cited.",
        "Lead plaintiff Seán Ó Catháin, who farms at Adrigole, told reporters outside the Four "
        "Courts in Dublin that seven years had been a long time to wait to be believed.",
        "Costs will be dealt with at a short hearing on 2 June.",
        ("box", "SAR Weekly", "Prices, disease alerts and regulation for shellfish businesses, "
         "every Monday."),
    ],
    [("Norovirus closures hit Scottish oyster beds",
      "https://www.shellfishreview.example/news/2026/04/20/norovirus-oysters"),
     ("Mussel prices firm as Dutch supply tightens",
      "https://www.shellfishreview.example/markets/2026/04/16/mussel-prices"),
     ("New licensing rules for Welsh seabed leases",
      "https://www.shellfishreview.example/news/2026/04/13/welsh-seabed")],
)

STORY_4 = _story("court-PE4", "court", "2026-04-29", [
    _page("https://www.irishdailychronicle.example/news/courts/2026/04/23/supreme-court-bantry-bay-mussel-farmers",
          _S4_A),
    _page("https://bearaweekly.example/news/seven-years-to-be-believed-mussel-growers-win", _S4_B),
    _page("https://www.shellfishreview.example/news/2026/04/27/irish-supreme-court-dredging-plume-ruling",
          _S4_C),
], [])


# ---------------------------------------------------------------------------
# Story 5 - trade (Norway), CONTROL: no planted disagreement
# ---------------------------------------------------------------------------

_S5_A = _wire_page(
    "Nordic Wire Service",
    "https://www.nordicwire.example/markets/2026/08/14/norway-trade-surplus-july-gas",
    "Markets",
    "Norway's July trade surplus shrinks as gas earnings fall",
    "Surplus in goods narrows to 56.3 billion crowns from 67.2 billion a year earlier; "
    "exports other than oil and gas rise 5.1%",
    "Henrik Saether",
    "2026-08-14T06:12:00Z",
    "August 14, 2026 06:12 GMT",
    [
        "OSLO, Aug 14 (Nordic Wire) - Norway's trade surplus in goods narrowed to 56.3 billion "
        "crowns ($5.6 billion) in July from 67.2 billion a year earlier, as softer gas prices "
        "cut the value of the country's energy exports, Statistics Norway said on Friday.",
        "The surplus was wider than June's 52.0 billion crowns and above the 54.0 billion "
        "forecast in a Nordic Wire poll of seven economists.",
        "Exports of crude oil, natural gas and condensates fell 11.5% from July 2025 to 82.4 "
        "billion crowns. Natural gas on its own brought in 49.1 billion, down 15.1%.",
        "Exports excluding oil and gas rose 5.1% to 66.2 billion crowns, helped by fish and "
        "metals, while imports increased 3.8% to 92.3 billion. Total goods exports came to "
        "148.6 billion crowns, 4.8% less than a year earlier.",
        ("ad", "Markets data terminal - try it free for 30 days",
         "https://ads.example/terminal-trial?nws=mkts"),
        "Prices rather than volumes explained most of the drop in gas export values, Ingvild "
        "Aasen, a senior adviser at Statistics Norway, said.",
        "\u201cThe rest of the economy is being asked to swim a little further every month,\u201d "
        "said Kjetil Brandvold, chief economist at Fjordbanken, referring to the gradual decline "
        "in gas income.",
        "Fish exports rose to 13.9 billion crowns, with salmon accounting for 9.6 billion of "
        "that.",
        "The crown was little changed against the euro at 11.60 after the figures, which were "
        "released at 0600 GMT.",
        ("h", "Off the peak"),
        "Norway became the largest supplier of pipeline gas to the rest of Europe after Russian "
        "flows collapsed in 2022, and its trade surplus hit record levels that year as prices "
        "soared. It has shrunk steadily since then as prices have come down.",
        "The state collects most of the petroleum income through taxes and its direct stakes "
        "in oil and gas fields, and transfers it to the sovereign wealth fund, so lower export "
        "values feed through to smaller inflows to the fund over time.",
        "Gas export volumes were only slightly lower than a year earlier, with planned "
        "maintenance at processing plants trimming flows for a few days during the month.",
        "The agency does not adjust these monthly numbers for the season, so they jump about "
        "with the timing of cargoes and of maintenance work offshore.",
        "July is also a quiet month for mainland industry. Many factories close for up to three "
        "weeks during the common summer holiday, known as fellesferie, which tends to hold down "
        "both imports of inputs and exports of finished goods.",
        "Metals exports, dominated by aluminium, were higher than a year earlier, the agency "
        "said, while imports of cars, almost all of them electric, were broadly flat.",
    ],
    [("Norwegian salmon price slips for third week",
      "https://www.nordicwire.example/markets/2026/08/12/salmon-price"),
     ("Danish inflation steady at 1.9%",
      "https://www.nordicwire.example/markets/2026/08/10/danish-inflation"),
     ("Equinor lifts dividend after second quarter",
      "https://www.nordicwire.example/business/2026/07/29/equinor-dividend")],
)

_S5_B = _paper_page(
    "Oslo Evening Post",
    "https://www.osloeveningpost.example/economy/2026/08/14/gas-slump-shrinks-trade-surplus",
    "Economy",
    "Gas slump shrinks trade surplus, but salmon and metals take up some of the slack",
    "Figures from Statistics Norway show exports outside the oil and gas sector still "
    "growing",
    "Marit Holmsen",
    "2026-08-14T15:30:00+02:00",
    "14.08.2026 15:30",
    [
        "Norway earned less from gas in July than a year ago, but the rest of the export economy "
        "kept growing, figures from Statistics Norway (SSB) showed on Friday.",
        "The surplus on trade in goods came to NOK 56.3 billion, down 16.2 per cent from NOK "
        "67.2 billion in July last year but up from NOK 52.0 billion in June. Converted at "
        "Friday's rate, that is almost \u20ac4.9 billion. Economists had expected a somewhat "
        "smaller surplus.",
        "Exports of crude oil, natural gas and condensates came to NOK 82.4 billion, 11.5 per cent "
        "lower than a year earlier. Gas accounted for NOK 49.1 billion of that and crude oil for "
        "NOK 31.0 billion.",
        "\u201cPrices did most of the work this month,\u201d said Ingvild Aasen, senior adviser at "
        "SSB.",
        ("fig", "Salmon being packed for export at a plant in Hitra.",
         "Photo: Oslo Evening Post/Jonas Fredheim",
         "https://www.osloeveningpost.example/img/hitra-salmon.jpg"),
        ("h", "The rest of the economy"),
        "Exports excluding oil and gas rose to NOK 66.2 billion, an increase of just over 5 per "
        "cent. Fish, aluminium and machinery all contributed. Fish exports alone were worth NOK "
        "13.9 billion, of which salmon made up NOK 9.6 billion.",
        "Imports grew 3.8 per cent to NOK 92.3 billion, lifted mainly by machinery and transport "
        "equipment.",
        "\u201cThe gas tide is going out slowly, and the rest of the economy is being asked to "
        "swim a little further every month,\u201d said Kjetil Brandvold, chief economist at "
        "Fjordbanken. \u201cSo far it is keeping up. The question is for how long.\u201d",
        ("ad", "Fixed-rate savings account - 4.1% for 12 months. Terms apply.",
         "https://ads.example/sparekonto?oep=eco"),
        "Brandvold said a weaker krone over the past two years had helped exporters of fish "
        "and manufactured goods, though the currency has been fairly stable this summer. It "
        "stood at around 11.60 to the euro on Friday.",
        ("h", "Seven months"),
        "In the first seven months of the year the surplus totalled NOK 421.5 billion, compared "
        "with NOK 489.0 billion in the same period of 2025.",
        "Those are still large numbers by European standards. Norway's surplus soared to record "
        "levels in 2022, when European gas prices spiked after Russia cut supplies, and has "
        "come down since as prices normalised.",
        "SSB publishes the monthly trade figures at 08:00. The numbers are not seasonally "
        "adjusted, and economists caution against reading too much into a single month.",
        "Siri Nordby, an economist at the Federation of Norwegian Industries, said order books "
        "among manufacturers looked healthier than a year ago. “Costs are still high, but "
        "export customers are coming back,” she said.",
        "Aasen told the Evening Post that deliveries of gas to Europe had been close to normal "
        "for the time of year, with only short interruptions for planned maintenance.",
        "The figures for August will be released in the middle of September.",
        ("box", "Morning Economy", "The numbers that matter, before your first coffee. Weekdays."),
    ],
    [("Housing market cools in Bergen",
      "https://www.osloeveningpost.example/economy/2026/08/13/bergen-housing"),
     ("Norges Bank: what to expect in September",
      "https://www.osloeveningpost.example/economy/2026/08/11/norges-bank-september"),
     ("Record tourist summer in Lofoten",
      "https://www.osloeveningpost.example/travel/2026/08/09/lofoten-tourists")],
)

_S5_C = _letter_page(
    "Salmon Market Letter",
    "https://salmonmarketletter.example/editions/week-33/july-exports",
    "July salmon exports: NOK 9.6bn and a bigger slice of the fish basket",
    "What Friday's Statistics Norway numbers say about salmon",
    "Salmon Market Letter, edited by Bente Kvalheim",
    None,
    "Week 33 edition",
    [
        "Friday's trade figures from Statistics Norway put July exports of fish at NOK 13.9bn, "
        "up 5.3% from the same month last year. Salmon, fresh and frozen, accounted for NOK "
        "9.6bn, or close to 70% of the total.",
        "Last July salmon exports were worth NOK 9.0bn, so the increase is about 6.7%. Converted "
        "at current exchange rates, July's salmon exports come to around \u20ac830m.",
        "Marte Lien, an analyst at the Norwegian Seafood Council, said the value growth had "
        "come mostly from price. \u201cVolumes were up a little, but the real story is that "
        "prices held up better than many feared after the spring,\u201d she said.",
        ("ad", "Wellboat charter - capacity available for Q4",
         "https://ads.example/wellboat?sml=33"),
        ("h", "The big picture"),
        "The salmon numbers came on a day dominated by gas headlines. SSB reported a goods "
        "surplus of NOK 56.3bn for July, down from NOK 67.2bn a year earlier, as oil and gas "
        "exports fell 11.5%. Exports other than oil and gas rose 5.1%, and fish played a solid "
        "part in that.",
        "For the seafood sector the month is usually a turning point: harvest volumes tend to "
        "rise through the third quarter as fish put on weight in warmer water, and prices "
        "normally soften as supply grows.",
        ("h", "Prices"),
        "The export price for fresh whole salmon averaged NOK 71.40 per kilo in week 32, down "
        "from NOK 74.10 the week before. Larger fish continue to command a clear premium.",
        "Poland and Denmark, where much of the fish is processed before being sold on across the "
        "EU, remain the largest destinations by volume. Demand in the US has been steady despite "
        "freight costs.",
        ("h", "Sea lice and the autumn"),
        "Lice levels along the coast have been lower than last summer in most production areas, "
        "according to weekly reports from farmers, which may mean fewer emergency harvests and "
        "more fish reaching full size this autumn.",
        "Lien cautioned against extrapolating from one month. \u201cAugust and September will "
        "tell us more about volumes,\u201d she said.",
        "Trout, a much smaller market, added around NOK 0.5bn. Whitefish exports were roughly "
        "unchanged on the year, as lower cod quotas offset better prices.",
        "Arnfinn Sæther, who runs a family-owned farming company with sites off Frøya, said the "
        "numbers matched what he saw on the water. “Good fish, fewer problems than last "
        "year, and buyers who are not haggling quite so hard,” he said.",
        "The Seafood Council publishes its own monthly export figures, which include volumes, "
        "in the first days of each month.",
        "Next week: we look at the new rules on production capacity and what they could mean "
        "for growth in the north.",
    ],
    [("Week 32: spot prices slide", "https://salmonmarketletter.example/editions/week-32"),
     ("Capacity auction: who bid what",
      "https://salmonmarketletter.example/analysis/capacity-auction"),
     ("Trout exports in focus", "https://salmonmarketletter.example/analysis/trout-exports")],
)

_S5_D = _letter_page(
    "Gas & Grids",
    "https://gasandgrids.example/posts/norway-july-gas-exports-what-the-number-hides",
    "Norway's July gas exports: what the NOK 49bn number hides",
    "Prices, not pipelines, did the damage in July",
    "Gas & Grids newsletter, by Anders Lykke",
    "2026-08-17T07:00:00+02:00",
    "Monday 17 August 2026",
    [
        "Last Friday's trade release from Statistics Norway had the headline everybody expected: "
        "gas export values down, surplus down. The detail is more interesting than the "
        "headline.",
        "Gas exports were worth NOK 49.1bn in July (about \u20ac4.2bn), 15.1% lower than in July "
        "2025. Crude brought in NOK 31.0bn, down 6.1%, and condensates NOK 2.3bn, flat on the "
        "year. Together that makes NOK 82.4bn, down 11.5%.",
        "\u201cPrices did most of the work this month. Export volumes of gas were only slightly "
        "lower than last July,\u201d Ingvild Aasen, senior adviser at Statistics Norway, said on "
        "Friday.",
        ("h", "Maintenance"),
        "Two processing plants had planned outages in July, each trimming flows for several "
        "days. That is normal for the season, and the bigger annual maintenance block usually "
        "comes in September, so expect a dip in volumes in the figures for that month.",
        ("ad", "Gas & Grids Pro: daily flow dashboards for Norwegian export points",
         "https://ads.example/gg-pro?issue=0817"),
        ("h", "Prices"),
        "The Dutch TTF front-month contract averaged about \u20ac31/MWh in July, against "
        "roughly \u20ac36/MWh a year earlier. That gap alone goes a long way to explaining the "
        "fall in value.",
        "Overall, the goods surplus came to NOK 56.3bn, against NOK 67.2bn a year ago. "
        "Fjordbanken's Kjetil Brandvold described the trend on Friday as a slowly receding "
        "\u201cgas tide\u201d, which is a fair summary.",
        ("h", "Why it matters beyond Norway"),
        "For the UK and Germany, which take most of the gas through pipelines such as Langeled "
        "to Easington and the Europipe lines to the German coast, a stable flow at lower prices "
        "is about the best outcome available. Storage levels across the EU were comfortable at "
        "the start of August.",
        "For Norway, lower export values mean lower petroleum income for the state and smaller "
        "transfers to the wealth fund, though the fund's size means this is a slow-moving "
        "story.",
        "Next up: the August numbers, due in mid-September, will be the first to show the "
        "autumn maintenance season. I will also look at the new long-term supply deals signed "
        "this summer.",
        "A word on crude. The 6.1% drop in crude export values is smaller than the fall in gas "
        "because oil prices have held up better than gas prices over the past year. Condensate "
        "is a rounding error in most months, and July was no exception.",
        "Looking ahead, forward prices for the coming winter sit somewhat above current spot "
        "levels, which is the usual seasonal shape. Unless something breaks, the value of "
        "Norwegian gas exports should recover a little in the fourth quarter even if volumes "
        "stay where they are.",
        "As ever, reply to this email if you spot something I have missed.",
    ],
    [("Langeled flows explained", "https://gasandgrids.example/explainers/langeled"),
     ("EU storage: the summer refill",
      "https://gasandgrids.example/posts/eu-storage-summer-refill"),
     ("What TTF is and why it moves", "https://gasandgrids.example/explainers/ttf")],
)

STORY_5 = _story("trade-PE5", "trade", "2026-08-19", [
    _page("https://www.nordicwire.example/markets/2026/08/14/norway-trade-surplus-july-gas", _S5_A),
    _page("https://www.osloeveningpost.example/economy/2026/08/14/gas-slump-shrinks-trade-surplus",
          _S5_B),
    _page("https://salmonmarketletter.example/editions/week-33/july-exports", _S5_C),
    _page("https://gasandgrids.example/posts/norway-july-gas-exports-what-the-number-hides", _S5_D),
], [])


# ---------------------------------------------------------------------------
# Story 6 - election (Shetland council by-election), CONTROL: no planted disagreement
# ---------------------------------------------------------------------------

_S6_A = _paper_page(
    "Shetland Tide",
    "https://www.shetlandtide.example/news/2026/09/25/tulloch-wins-lerwick-north-and-bressay",
    "Politics",
    "Tulloch takes Lerwick North and Bressay seat at third stage",
    "Bressay marine biologist passes the quota after transfers; turnout 40.1 per cent",
    "Shona Mouat",
    "2026-09-25T13:10:00+01:00",
    "Friday 25 September 2026, 1.10pm",
    [
        "Bressay marine biologist Aimee Tulloch has won the Lerwick North and Bressay "
        "by-election, promising to put the island's ferry at the top of the council's agenda.",
        "The 38-year-old independent was declared elected at the Clickimin Centre at 11.20am "
        "today after the third stage of the count, with 1,091 votes against 958 for former "
        "ferry skipper Bobby Jamieson.",
        "Tulloch led from the start, taking 812 first-preference votes to Jamieson's 744. Shop "
        "owner Karen Laurenson had 401 and software developer Liam Sandison 189.",
        "Sandison was eliminated first, and his transfers lifted Tulloch to 900, Jamieson to "
        "785 and Laurenson to 448. When Laurenson's votes were passed on at the third stage, "
        "Tulloch went past the quota of 1,074.",
        "Turnout was 40.1 per cent, with 2,155 ballot papers cast from an electorate of 5,380. "
        "Nine papers were rejected.",
        ("fig", "Aimee Tulloch, centre, after the declaration at Clickimin on Friday.",
         "Photo: Kevin Sinclair/Shetland Tide",
         "https://www.shetlandtide.example/media/tulloch-declaration.jpg"),
        "\u201cBressay has felt like the far end of the ward for too long. That changes today, "
        "and the ferry is where it starts,\u201d Tulloch said in her speech after the "
        "declaration. She also thanked Lerwick voters, who make up most of the ward, and said "
        "housing in the town would be her other priority.",
        ("ad", "Lerwick Fitness - autumn memberships half price in October",
         "https://ads.example/lerwickfit?tide=pol"),
        "Jamieson, 66, who skippered the Bressay ferry for 19 years before he retired, was "
        "gracious in defeat. \u201cI've lost to a good candidate, and I'll be back in May,\u201d "
        "he said, a reference to next year's full council elections.",
        "Laurenson, 52, said she was proud of a campaign run \u201cfrom behind a shop "
        "counter\u201d "
        "and would think carefully before deciding whether to stand again. Sandison, 29, said "
        "he had wanted to get younger people talking about the council, and that at least had "
        "worked.",
        ("h", "Vacancy"),
        "The by-election was called after Malcolm Irvine stood down in July, having moved to "
        "Aberdeen for work. Irvine was first elected in 2017 and returned in 2022. He is one of "
        "three councillors for the ward.",
        "Depute returning officer Neil Eunson thanked the counting staff, who began work at "
        "9am, and the polling station teams who were on duty from 7am until 10pm yesterday.",
        "Tulloch, who moved to Bressay from Orkney in 2016 and works for a marine research "
        "consultancy in Lerwick, is expected to attend her first meeting of the full council "
        "on 7 October.",
        "The question of a fixed link to Bressay, either a bridge or a tunnel, has divided the "
        "ward for decades. Tulloch said she would push for the ferry to be made more reliable "
        "now rather than wait for a fixed link that might never come.",
        ("box", "Tide Daily", "The day's Shetland news in your inbox each evening."),
    ],
    [("Bressay ferry off again for repairs",
      "https://www.shetlandtide.example/news/2026/09/18/bressay-ferry-repairs"),
     ("Hustings: the four candidates answer your questions",
      "https://www.shetlandtide.example/news/2026/09/15/bressay-hustings"),
     ("Up Helly Aa committee names next Jarl",
      "https://www.shetlandtide.example/news/2026/09/20/jarl")],
)

_S6_B = _broadcast_page(
    "Northern Isles Radio",
    "https://www.northernislesradio.example/news/shetland/tulloch-wins-lerwick-by-election",
    "Shetland",
    "Independent Aimee Tulloch wins Lerwick North and Bressay by-election",
    "The Bressay resident finished 133 votes ahead of Bobby Jamieson after three stages of "
    "counting.",
    "25 September 2026",
    [
        "Aimee Tulloch has been elected to Shetland Islands Council in the Lerwick North and "
        "Bressay by-election.",
        "The independent candidate, who lives on Bressay, was elected at the third stage of the "
        "count this morning in Lerwick, finishing 133 votes ahead of Bobby Jamieson.",
        "She had topped the first-preference vote with 812, just under 38 per cent of the valid "
        "votes. Mr Jamieson had 744 first preferences, Ms Laurenson 401 and Mr Sandison 189.",
        "\u201cBressay has felt like the far end of the ward for too long,\u201d Ms Tulloch said "
        "after the result was announced. \u201cThat changes today, and the ferry is where it "
        "starts.\u201d",
        "Just over 40 per cent of the electorate voted in Thursday's poll.",
        ("fig", "The count under way at the Clickimin Centre in Lerwick.",
         "Northern Isles Radio", "https://www.northernislesradio.example/img/clickimin-count.jpg"),
        "The seat became vacant when councillor Malcolm Irvine resigned in the summer after "
        "taking a job on the Scottish mainland.",
        "Mr Jamieson, a former skipper on the Bressay ferry, said he intended to stand again at "
        "next May's council elections. The other two candidates were Karen Laurenson and Liam "
        "Sandison, both also independents.",
        ("h", "How the count works"),
        "Scotland's council by-elections are counted under STV, the single transferable vote. "
        "Voters write 1 beside their favourite, 2 beside the next, and so on. If no one has "
        "enough first choices to reach the quota, the last-placed name drops out and those "
        "ballots move to whichever remaining candidate is marked next, round after round.",
        "In a by-election for one seat the quota is half the valid votes plus one. On Friday, "
        "two candidates had to be eliminated before Ms Tulloch crossed the line.",
        ("h", "On the ferry"),
        "On the morning crossing from Bressay to Lerwick, the result was the main topic of "
        "conversation. \u201cIt'll be nice to have somebody who actually has to catch the boat,"
        "\u201d said one commuter, who did not want to be named.",
        "Another passenger, Alan Hunter, 58, said he had voted for Mr Jamieson. \u201cBobby "
        "knows the boats better than anyone. But she's young and she's keen, so good luck to "
        "her,\u201d he said.",
        "Council officials said turnout was higher than they had expected for an autumn "
        "by-election.",
        "The ferry across Bressay Sound has been taken out of service for repairs several times "
        "this year, and its reliability dominated the campaign. A fixed link to the island, "
        "long discussed, has no funding and no start date.",
        ("ad", "Listen again: Shetland Morning on our app",
         "https://www.northernislesradio.example/app"),
        "Ms Tulloch is due to take her seat in time for the next full council meeting in "
        "October. Elections for every seat on the council will be held in May next year.",
    ],
    [("Fishing: mackerel season starts strongly",
      "https://www.northernislesradio.example/news/shetland/mackerel-season"),
     ("Orkney: new ferries contract signed",
      "https://www.northernislesradio.example/news/orkney/ferries-contract"),
     ("Weather: gales expected over the weekend",
      "https://www.northernislesradio.example/weather/gales")],
)

_S6_C = _letter_page(
    "Isles Politics",
    "https://islespolitics.example/2026/09/28/reading-the-transfers-lerwick-north-and-bressay",
    "Reading the transfers: how Tulloch won Lerwick North and Bressay",
    "A closer look at Thursday's council by-election, stage by stage",
    "Isles Politics, a newsletter by Ruth Sutherland",
    "2026-09-28T08:00:00+01:00",
    "Monday 28 September 2026",
    [
        "Last Thursday's by-election was closer than the headline makes it look, and more "
        "interesting. Here are the numbers and what I think they mean.",
        ("h", "First preferences"),
        "Tulloch 812 (37.8%), Jamieson 744 (34.7%), Laurenson 401 (18.7%), Sandison 189 "
        "(8.8%). Valid votes: 2,146. Quota: 1,074. Turnout: 40.1%, which is respectable for a "
        "by-election held in late September.",
        ("h", "Stage two"),
        "Sandison's 189 votes went 88 to Tulloch, 47 to Laurenson and 41 to Jamieson, with 13 "
        "not transferable. Nearly half of the youngest candidate's voters gave their next "
        "preference to Tulloch, which fits what I heard at the hustings.",
        ("h", "Stage three"),
        "Laurenson's 448 split 191 to Tulloch and 173 to Jamieson, with 84 not transferable. "
        "Tulloch finished on 1,091, seventeen over the quota. Jamieson ended on 958.",
        ("ad", "Isles Politics is free. If you value it, you can chip in from \u00a33 a month.",
         "https://islespolitics.example/support"),
        ("h", "What it means"),
        "Jamieson's problem was never first preferences. His 744 is a big personal vote, built "
        "on nearly two decades in the wheelhouse of the Bressay ferry and a lot of doorstep "
        "goodwill in the north of the town. His problem was transfers: Laurenson's voters split "
        "almost evenly, and Sandison's leaned clearly towards Tulloch.",
        "Tulloch, for her part, ran the most organised campaign, and it showed in Bressay, where "
        "turnout at the island's polling place was visibly higher than in parts of Lerwick. Her "
        "line on Friday, that Bressay \u201chas felt like the far end of the ward for too "
        "long\u201d, "
        "was aimed squarely at the ferry.",
        "It is worth remembering how small the margins are. A shift of a few dozen first "
        "preferences from Tulloch to Jamieson would have put him in front at the first stage, "
        "though not necessarily at the end.",
        ("h", "What comes next"),
        "Every seat on the council is up next May, which gives Tulloch little more than seven "
        "months before she has to defend this one. At 38 she is among the younger members of "
        "the chamber. Jamieson, 66, has already said he will run again.",
        "Malcolm Irvine, whose move to Aberdeen caused the vacancy, sent a message of "
        "congratulation from the mainland on Friday. He was first elected in 2017.",
        "The full council meets on 7 October, when Tulloch will take her seat. The ferry "
        "timetable review is on the agenda, which is either good planning or good luck.",
        "A footnote on spoilt papers: of 2,155 ballot papers, nine were rejected, most of them "
        "for marking crosses rather than numbers. That is a small number, but in a close STV "
        "contest it is a reminder that the ballot paper still confuses some voters.",
        "Next week: the budget gap, and the choices nobody wants to talk about before May.",
    ],
    [("The Bressay link: forty years of plans",
      "https://islespolitics.example/2026/09/07/bressay-link-history"),
     ("Who is standing in Lerwick North and Bressay",
      "https://islespolitics.example/2026/09/01/candidates"),
     ("How STV counts really work", "https://islespolitics.example/explainers/stv")],
)

STORY_6 = _story("election-PE6", "election", "2026-09-29", [
    _page("https://www.shetlandtide.example/news/2026/09/25/tulloch-wins-lerwick-north-and-bressay",
          _S6_A),
    _page("https://www.northernislesradio.example/news/shetland/tulloch-wins-lerwick-by-election",
          _S6_B),
    _page("https://islespolitics.example/2026/09/28/reading-the-transfers-lerwick-north-and-bressay",
          _S6_C),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
