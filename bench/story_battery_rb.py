"""Part RB of the story battery (web pages).

Written by engineer RB1 on 2026-12-06 (twenty-second session, fifteenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py RB`.

Six invented events in sub-Saharan and North Africa, each told by three or four invented
outlets as full scraped pages. cb-RB1 (CONTROL): the Central Bank of Kenya cuts its policy
rate by a quarter point to 8.75% (wire, Nairobi daily, banking weekly, personal-finance
newsletter). elec-RB2: a Keta (Ghana) parliamentary by-election; planted: the winner's vote
count (21,487 vs 24,187 on the London broadcaster's page) and who spoke the "Keta has spoken
with one voice" line (the winner Dzokoto vs the regional party chairman Awuku on a blog).
court-RB3 (CONTROL): a former Mpumalanga municipal manager and a contractor sentenced in
Pretoria over a R14.6m water-tanker fraud (national daily, local weekly, governance
newsletter). trade-RB4: Egypt imposes a $150-a-tonne onion export fee; planted: the start
date (March 1 vs March 11 in the Cairo daily) and the export council chairman's quote
("wipe out our margin" vs "take a third of our margin" in the produce trade weekly).
rocket-RB5: Ethiopia's Abay-1 satellite launched on a Long March 6 from Taiyuan; planted:
the launch clock time (02:24 local, i.e. 07:24 Beijing / 23:24 GMT, vs 2:54 a.m. on the
public broadcaster) and the SSGI head's title (director general vs deputy director general in
the smallsat trade report). quake-RB6 (CONTROL): a magnitude 5.6 earthquake near Ain Azel,
Setif province, Algeria, with a death toll that rises from two to four across the day-by-day
coverage. All six carry rounding, unit and currency conversions, time-zone and relative-date
variation, updated counts, titles in several forms and look-alike figures that are about
different things.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "RB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------
# Page-building helpers (four templates: wire, newspaper, broadcaster/trade, blog)
# ---------------------------------------------------------------------------
# A body is a list of items: a plain string is a paragraph; tuples are
#   ("h", text)                      sub-head
#   ("ad", text)                     advertisement block
#   ("fig", caption, credit, src)    photo with caption and credit
#   ("rel", title, href)             inline "read also" link
#   ("box", text)                    inline newsletter sign-up box


def _blocks(body: list[Any], ad_cls: str = "ad-slot") -> str:
    out: list[str] = []
    n_ad = 0
    for b in body:
        if isinstance(b, str):
            out.append(f"<p>{b}</p>")
            continue
        kind = b[0]
        if kind == "h":
            out.append(f"<h2>{b[1]}</h2>")
        elif kind == "ad":
            n_ad += 1
            out.append(
                f'<div class="{ad_cls}" id="ad-inarticle-{n_ad}" aria-label="Advertisement">'
                f'<span class="ad-label">Advertisement</span>'
                f'<div class="ad-creative"><a href="https://ads.adserve-net.example/click?slot={n_ad}" '
                f'rel="sponsored nofollow">{b[1]}</a></div></div>')
        elif kind == "fig":
            out.append(
                f'<figure class="inline-photo"><img src="{b[3]}" alt="" loading="lazy" width="960" '
                f'height="540"><figcaption>{b[1]} <span class="photo-credit">{b[2]}</span>'
                f'</figcaption></figure>')
        elif kind == "rel":
            out.append(f'<aside class="read-also"><strong>Read also:</strong> '
                       f'<a href="{b[2]}">{b[1]}</a></aside>')
        elif kind == "box":
            out.append(f'<div class="newsletter-inline"><h3>{b[1]}</h3><form action="/subscribe">'
                       f'<input type="email" name="email" placeholder="Your email address">'
                       f'<button type="submit">Sign up</button></form>'
                       f'<p class="small">You can unsubscribe at any time.</p></div>')
    return "\n".join(out)


def _links(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{h}">{t}</a></li>' for t, h in items)


def _wire_page(*, site: str, url: str, headline: str, summary: str, byline: str, iso: str,
               visible: str, section: str, image: str, body: list[Any],
               related: list[tuple[str, str]], year: str) -> str:
    """Wire-service template: meta published_time + JSON-LD NewsArticle."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{summary}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{summary}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}","datePublished":"{iso}","dateModified":"{iso}","articleSection":"{section}","author":{{"@type":"Person","name":"{byline}"}},"publisher":{{"@type":"Organization","name":"{site}"}},"image":["{image}"]}}</script>
<script async src="https://tags.metricsbox.example/gtm.js?id=MW-2231"></script>
</head>
<body class="article-page wire">
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{site} and a handful of partners store small files on your device to count readers and pick which adverts you see. Tap &quot;Accept all&quot; or open &quot;Settings&quot; to decide.</p>
<button class="cookie-accept">Accept all</button><button class="cookie-settings">Settings</button>
</div>
<header class="site-header">
<a class="logo" href="/">{site}</a>
<nav aria-label="Primary"><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<a class="login" href="/login">Sign in</a>
</header>
<main id="main-content">
<article class="story">
<p class="section-label">{section}</p>
<h1>{headline}</h1>
<div class="meta-row"><span class="byline">By {byline}</span> <span class="timestamp">{visible}</span></div>
<div class="share-bar"><a href="#" class="share-x">Share on X</a> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-li">LinkedIn</a> <a href="#" class="share-mail">Email</a> <a href="#" class="copy-link">Copy link</a></div>
<figure class="lead-image"><img src="{image}" alt=""><figcaption>File photo. <span class="photo-credit">{site}</span></figcaption></figure>
<div class="story-body">
{_blocks(body, "ad-unit wire-ad")}
</div>
<p class="trust">How we report: read the {site} editorial code.</p>
</article>
<aside class="rail"><h2>Read next</h2><ul>
{_links(related)}
</ul></aside>
</main>
<footer class="site-footer"><p>&copy; {year} {site}. All rights reserved. Copying these stories onto other sites needs our written permission first.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""


def _paper_page(*, site: str, url: str, headline: str, standfirst: str, byline: str,
                iso: str | None, visible: str | None, section: str, image: str,
                body: list[Any], related: list[tuple[str, str]], year: str) -> str:
    """Newspaper template: visible <time datetime> when iso is given, otherwise plain text."""
    if iso:
        date_html = f'<time class="pubdate" datetime="{iso}">{visible}</time>'
    elif visible:
        date_html = f'<span class="pubdate">{visible}</span>'
    else:
        date_html = ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} - {site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{standfirst}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/main.8f3a1.css">
</head>
<body>
<a href="#content" class="visually-hidden-focusable">Skip to content</a>
<div id="consent-popup" class="consent">
<p>Cookies help us keep this newspaper free to read online. Stay on the page and we will take that as a yes. <a href="/cookie-policy">Details</a>.</p>
<button type="button" id="consent-ok">OK</button>
</div>
<div class="top-strip"><span class="weather">Weather</span> <a href="/e-paper">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><div class="brand"><a href="/">{site}</a></div>
<nav class="main-nav"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/counties">Regions</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a></nav></header>
<div class="leaderboard-ad"><span>Advertisement</span><a href="https://ads.adserve-net.example/lb">Shop the mid-season sale - up to 40% off selected electronics</a></div>
<main id="content" class="article-wrap">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{section}</a></nav>
<article>
<h1 class="headline">{headline}</h1>
<p class="standfirst">{standfirst}</p>
<div class="article-meta"><span class="author">{byline}</span> {date_html}</div>
<ul class="share"><li><a href="#">WhatsApp</a></li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Telegram</a></li></ul>
<figure class="main-photo"><img src="{image}" alt=""></figure>
<div class="article-body">
{_blocks(body, "inline-ad")}
</div>
<div class="tags"><span>Tags:</span> <a href="/tag/{section.lower()}">{section}</a></div>
</article>
<aside class="sidebar"><h3>Related stories</h3><ul>
{_links(related)}
</ul>
<div class="newsletter-side"><h3>The Morning Brief</h3><p>Top stories delivered to your inbox before 7am.</p><a href="/newsletters">Sign up</a></div>
<div class="mpu-ad"><span>Advertisement</span><a href="https://ads.adserve-net.example/mpu">Fly more, pay less: weekend return fares from the capital</a></div>
</aside>
</main>
<footer><p>&copy; {year} {site}. All rights reserved.</p><p><a href="/about">About</a> | <a href="/advertise">Advertise with us</a> | <a href="/privacy">Privacy policy</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def _bcast_page(*, site: str, url: str, headline: str, summary: str, byline: str,
                iso: str | None, visible: str | None, section: str, image: str,
                body: list[Any], related: list[tuple[str, str]], year: str,
                listen: str = "4 min") -> str:
    """Broadcaster / specialist template: JSON-LD date only when iso is given."""
    ld = ""
    if iso:
        ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org",'
              f'"@type":"Article","headline":"{headline}","datePublished":"{iso}",'
              f'"publisher":{{"@type":"Organization","name":"{site}"}}}}</script>')
    vis = f'<div class="date-line">{visible}</div>' if visible else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{headline} - {site}</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site}">
<meta property="og:description" content="{summary}">
<meta property="og:image" content="{image}">
<meta property="og:url" content="{url}">
{ld}
</head>
<body class="story-page">
<div class="skip"><a href="#story">Skip to content</a> <a href="#nav">Skip to navigation</a></div>
<div class="cmp-banner"><p>Are you happy with cookies? We rely on them to make the site run smoothly and to learn which stories you read.</p><button>Yes, I agree</button> <button>No, take me to settings</button></div>
<header id="nav"><a class="brand" href="/">{site}</a>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/africa">Africa</a></li><li><a href="/business">Business</a></li><li><a href="/live">Live</a></li><li><a href="/audio">Audio</a></li><li><a href="/video">Video</a></li></ul>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main id="story">
<article>
<h1>{headline}</h1>
{vis}
<div class="contributor">{byline}</div>
<div class="listen"><button>Listen to this article</button> <span>{listen}</span></div>
<figure><img src="{image}" alt=""><figcaption><span class="credit">{site}</span></figcaption></figure>
<div class="rich-text">
{_blocks(body, "promo-slot")}
</div>
<div class="share-tools"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<section class="topics"><h3>Related topics</h3><a href="/topics/{section.lower()}">{section}</a> <a href="/topics/africa">Africa</a></section>
</article>
<aside class="more"><h2>More on this story</h2><ul>
{_links(related)}
</ul>
<h2>Most read</h2><ol><li><a href="/news/1">Fuel queues return to two cities as depots run dry</a></li><li><a href="/news/2">Football: late winner sends holders into the semi-finals</a></li><li><a href="/news/3">How a village choir became an online hit</a></li></ol></aside>
</main>
<footer><p>Copyright &copy; {year} {site}. {site} takes no responsibility for pages on other websites we link to.</p><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility Help</a></li></ul></footer>
</body>
</html>
"""


def _blog_page(*, site: str, url: str, headline: str, subtitle: str, author: str,
               visible: str | None, image: str, body: list[Any],
               related: list[tuple[str, str]]) -> str:
    """Newsletter / blog template: never a machine-readable date."""
    vis = f'<div class="post-date">{visible}</div>' if visible else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta name="description" content="{subtitle}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{subtitle}">
<meta property="og:image" content="{image}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{site}">
<meta name="generator" content="PostPress 5.2">
</head>
<body class="post-template">
<a class="skip-to-content" href="#post">Skip to content</a>
<div class="gdpr-notice">This site uses cookies for analytics. <a href="/privacy">Privacy</a> <button>Got it</button></div>
<header class="blog-header"><a class="blog-title" href="/">{site}</a>
<nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main id="post">
<article class="post">
<h1 class="post-title">{headline}</h1>
<h3 class="subtitle">{subtitle}</h3>
<div class="post-meta"><img class="avatar" src="/img/avatar.jpg" alt=""> <span class="author-name">{author}</span> {vis}</div>
<div class="post-actions"><a href="#">Like</a> <a href="#comments">Comment</a> <a href="#">Share</a></div>
<div class="post-content">
{_blocks(body, "sponsor-note")}
</div>
<div class="subscribe-box"><p>Enjoyed this? Subscribe to get new posts by email. Free, no spam.</p><form action="/subscribe"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
</article>
<section class="recommended"><h2>You might also like</h2><ul>
{_links(related)}
</ul></section>
<section id="comments"><h2>Comments</h2><p class="comments-closed">Comments are open to paid subscribers.</p></section>
</main>
<footer class="blog-footer"><p>{site} &middot; Powered by PostPress &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


# ===========================================================================
# Story 1 - cb-RB1 - Central Bank of Kenya cuts to 8.75% (CONTROL: no disagreement)
# ===========================================================================

_S1_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/markets/africa/kenya-central-bank-cuts-rate-875-2026-02-10/",
    headline="Kenya trims policy rate to 8.75% as inflation stays in comfort zone",
    summary="A 25-basis-point reduction on Tuesday took the Central Bank of Kenya's key rate "
            "to 8.75%, with inflation subdued and the shilling steady.",
    byline="Wanjiku Mbugua",
    iso="2026-02-10T14:52:00Z",
    visible="February 10, 2026 2:52 PM GMT",
    section="Markets",
    image="https://img.meridianwire.example/2026/02/cbk-hq-nairobi.jpg",
    year="2026",
    body=[
        "NAIROBI, Feb 10 (Meridian Wire) - Kenya's central bank took its main policy rate down "
        "another 25 basis points, to 8.75%, on Tuesday, pressing on with an easing cycle that started in "
        "August 2024 while inflation sits comfortably inside the official band and the shilling "
        "holds steady.",
        "The Central Bank of Kenya (CBK), whose Monetary Policy Committee (MPC) met in Nairobi, "
        "made the decision public at 14:30 GMT. At its previous meeting, on Dec. 9, the "
        "committee had lowered the Central Bank Rate by 50 basis points to 9.00%.",
        "\"The committee judged that there was still room for a further, measured reduction, "
        "which should encourage banks to extend more credit to the private sector while keeping "
        "inflation expectations firmly anchored,\" the MPC said in its statement.",
        "Kenya's annual inflation rate was 4.1% in January, down from December's 4.4%, in "
        "figures the national statistics bureau put out at the end of last month. "
        "The central bank aims to keep inflation at 5%, give or take 2.5 percentage points.",
        "Eight of the nine economists surveyed by Meridian Wire last week had expected a "
        "quarter-point reduction. The ninth had pencilled in no change.",
        ("ad", "Trade global shares from your phone. Zero commission on your first 20 trades."),
        "The MPC said credit to the private sector grew 4.8% year on year in January, up from "
        "3.9% in December, and projected that the economy would expand by 5.4% in 2026 after "
        "estimated growth of 4.9% last year.",
        "Usable foreign exchange reserves stood at $11.42 billion, equivalent to 4.9 months of "
        "import cover, the bank said. On Tuesday a dollar bought 129.20 "
        "shillings, close to the level where the currency has sat for more than a year.",
        "The committee kept the cash reserve ratio, the share of customer deposits that lenders "
        "must park at the central bank, at 3.25%.",
        "\"A quarter point was the sensible size,\" said Peter Otieno, chief economist at Mavuno "
        "Bank in Nairobi. \"They have already done the heavy lifting. The real test now is "
        "whether lenders pass the lower rate on to the people borrowing from them.\"",
        "Commercial banks' average lending rate fell to 15.1% in December from 17.2% a year "
        "earlier, central bank data show, though owners of small businesses say loans remain "
        "costly and hard to get.",
        "Cheaper money has also eased the government's domestic borrowing bill. The yield on "
        "the 91-day Treasury bill has dropped to about 7.6%, from more than 15% in early 2024.",
        "The policy rate peaked at 13% in the first half of 2024 before the bank began to cut. "
        "The committee reconvenes in April. Governor Joseph Mwenda is scheduled to brief "
        "reporters on the decision on Wednesday.",
        "(Reporting by Wanjiku Mbugua; Editing by Tom Ashby)",
    ],
    related=[
        ("Uganda's central bank holds rate, flags coffee export boost", "/markets/africa/uganda-holds-rate/"),
        ("Nigeria's naira firms after FX auction", "/markets/africa/naira-fx-auction/"),
        ("Frontier bond funds see fourth week of inflows", "/markets/frontier-bond-inflows/"),
    ],
)

_S1_B = _paper_page(
    site="The Nairobi Ledger",
    url="https://www.nairobiledger.example/business/2026-02-12-cbk-quarter-point-cut-banks-loan-rates",
    headline="CBK's quarter-point cut turns heat on banks over loan pricing",
    standfirst="Governor Mwenda says the regulator will keep pushing lenders to pass on cheaper "
               "money to households and small firms",
    byline="By Brian Kipkemboi",
    iso="2026-02-12T05:30:00+03:00",
    visible="Thursday, February 12, 2026",
    section="Business",
    image="https://cdn.nairobiledger.example/images/2026/02/mwenda-briefing.jpg",
    year="2026",
    body=[
        "Commercial banks are under fresh pressure to cut what they charge borrowers after the "
        "Central Bank of Kenya shaved a quarter of a percentage point off its key rate on "
        "Tuesday, leaving it at 8.75 per cent.",
        "CBK Governor Joseph Mwenda told journalists in Nairobi yesterday that inflation was "
        "“sitting comfortably inside our band and the shilling has been stable for more than a "
        "year.”",
        "“That gives us room to help households and small businesses get credit, and we intend "
        "to use it carefully,” he said at a briefing at the bank's headquarters on Haile "
        "Selassie Avenue, a day after the Monetary Policy Committee (MPC) met. The committee's "
        "statement had been released at 5.30pm on Tuesday.",
        "Dr Mwenda said all members of the committee had backed the reduction.",
        ("ad", "Own a home in Syokimau from KSh 45,000 a month. Site visits every Saturday."),
        "The move follows a half-point cut in December, when the Central Bank Rate came down "
        "from 9.5 per cent to 9 per cent. Since the first half of 2024, when it stood at 13 per "
        "cent, the rate has been lowered by a combined 4.25 percentage points.",
        "Overall inflation eased to 4.1 per cent in January, from 4.4 per cent in December, "
        "the Kenya National Bureau of Statistics (KNBS) reported. Food prices were rising "
        "faster, at 6.2 per cent, while core inflation, which leaves out food and fuel, stood "
        "at 2.8 per cent.",
        ("h", "Lending rates under scrutiny"),
        "Banks' average lending rate was 15.1 per cent in December, and the governor said it "
        "had not come down fast enough. “We have seen deposit rates fall faster than loan "
        "rates. That gap is something we are going to keep raising with the banks,” he said.",
        "The Kenya Bankers Association (KBA) said its members would review their pricing over "
        "the coming weeks. “Lenders respond to the whole environment, not only to the policy "
        "rate. Government borrowing, the credit risk of small firms and what we pay for "
        "deposits all count,” KBA chief executive Ruth Wairimu said in an interview.",
        ("fig", "Governor Joseph Mwenda addresses the post-MPC briefing in Nairobi on Wednesday.",
         "PHOTO | LEDGER STAFF", "https://cdn.nairobiledger.example/images/2026/02/mwenda-2.jpg"),
        "Mwenda said the CBK expects the economy to grow by 5.4 per cent this year, supported "
        "by farm output after good rains and a pick-up in construction, compared with growth "
        "estimated at 4.9 per cent in 2025.",
        "Lending to the private sector grew 4.8 per cent in the year to January, an improvement "
        "he attributed partly to lower rates. For much of last year, credit growth was sluggish "
        "as banks preferred to lend to the government.",
        ("rel", "Treasury bill yields slide to two-year lows", "/business/2026-02-03-tbill-yields"),
        "The shilling traded at about 129 to the US dollar yesterday. The CBK's usable foreign "
        "exchange reserves stand at USD 11.42 billion, which the governor described as “a "
        "strong buffer” equivalent to 4.9 months of imports.",
        "Asked whether more cuts were coming, Mwenda said the committee would “look at the data "
        "as it comes”. The committee reconvenes in April.",
    ],
    related=[
        ("Matatu owners threaten strike over new insurance rules", "/news/matatu-insurance-strike"),
        ("Tea auction prices dip as Pakistan demand slows", "/business/tea-auction-prices"),
        ("OPINION: Cheaper credit will not fix a broken SME lending model", "/opinion/sme-lending"),
    ],
)

_S1_C = _bcast_page(
    site="Banking &amp; Markets East Africa",
    url="https://www.bmea.example/issue-412/cbk-875-margins-bills-crr",
    headline="After the cut to 8.75%: margins, bills and the CRR question",
    summary="What the CBK's latest 25bp reduction means for bank spreads, Treasury yields and "
            "credit to small businesses.",
    byline="BMEA Research Desk",
    iso=None,
    visible="Issue 412 &middot; 12 February 2026",
    section="Banking",
    image="https://media.bmea.example/412/nairobi-cbd.jpg",
    year="2026",
    listen="6 min",
    body=[
        "The Central Bank of Kenya's Monetary Policy Committee took the Central Bank Rate (CBR) "
        "down to 8.75% from 9.00% at its meeting on 10 February. The 25bp reduction was in line "
        "with what most treasury desks in Nairobi had priced in, and secondary-market yields "
        "barely moved on the news.",
        "For lenders, the more interesting question is margins. The average lending rate was "
        "15.1% in December, against 17.2% twelve months earlier, but deposit rates have come "
        "down faster. By our reading of CBK data, the gap between average lending and deposit "
        "rates has widened by roughly 40bp since the middle of 2025.",
        "Governor Joseph Mwenda used Wednesday's post-meeting briefing to put lenders on notice, "
        "saying the regulator would \"keep raising with the banks\" the difference between "
        "what they pay savers and what they charge borrowers.",
        ("ad", "BMEA Banking Summit, Mombasa, 21-22 May. Early-bird registration closes 31 March."),
        ("h", "Bills and bonds"),
        "The 91-day Treasury bill was yielding about 7.6% ahead of the decision, compared with "
        "more than 15% at the start of 2024. The 364-day bill was at 9.4%. Dealers expect the "
        "short end to drift a little lower, although the government's heavy borrowing needs "
        "limit how far yields can fall.",
        "Esther Njeri, a former deputy governor of the CBK who now advises several regional "
        "lenders, said the committee had little reason to stand pat. \"Inflation at 4.1% with a "
        "steady currency is about as good as it gets for a frontier market. The danger now is "
        "not prices. It is that credit to small firms stays frozen,\" she said.",
        "Private-sector credit growth picked up to 4.8% year on year in January, according to "
        "the MPC statement, from 3.9% in December.",
        ("h", "CRR left alone"),
        "Some bankers had lobbied for a cut in the cash reserve ratio to 3% to release "
        "liquidity. The committee kept it at 3.25%, and Mwenda said on Wednesday there were no "
        "immediate plans to change it.",
        "Peter Otieno, chief economist at Mavuno Bank, expects one more 25bp cut at the April "
        "meeting, to 8.50%, \"and then a long pause while the bank sees how much of the easing "
        "actually reaches borrowers.\"",
        ("h", "The numbers"),
        "CBR: 8.75% (previously 9.00%; cut by 50bp in December). Headline inflation, January: "
        "4.1% (December: 4.4%). Core inflation: 2.8%. Usable FX reserves: USD 11.4bn, about 4.9 "
        "months of import cover. KES/USD: around 129. CBK growth forecast for 2026: 5.4%.",
        "A year of calm in the currency market has been the foundation of the easing cycle, "
        "allowing the CBK to cut without much worry about imported inflation, Njeri said. That "
        "could change quickly if global risk appetite turns, she added, but for now the "
        "committee has the luxury of choice.",
    ],
    related=[
        ("Tanzania's lenders brace for new capital rules", "/issue-412/tanzania-capital-rules"),
        ("Mobile-loan defaults edge up in Q4", "/issue-411/mobile-loan-defaults"),
        ("Data: East African policy rates at a glance", "/data/policy-rates"),
    ],
)

_S1_D = _blog_page(
    site="Shilling Sense",
    url="https://shillingsense.example/p/another-rate-cut-will-your-loan-get-cheaper",
    headline="Another rate cut. Will your loan actually get cheaper?",
    subtitle="The CBK moved again this week. Here is what it does and doesn't mean for your money.",
    author="Achieng Omondi",
    visible="Friday 13 February 2026",
    image="https://shillingsense.example/img/issue-87-cover.png",
    body=[
        "Hi everyone, and welcome to issue 87 of Shilling Sense.",
        "On Tuesday the Central Bank of Kenya trimmed its policy rate again, from 9% to 8.75%. "
        "In central bank language that is a cut of 25 basis points. A basis point is one "
        "hundredth of a percentage point, so 25 of them make a quarter of a point. Not dramatic, "
        "but it keeps a long trend going.",
        "Some context: in the middle of 2024 the rate was 13%. Since then the CBK has brought it "
        "down step by step, including a bigger half-point move in December, and it now sits "
        "4.25 points below that peak.",
        ("h", "Why they did it"),
        "Governor Joseph Mwenda gave the reasoning at his press briefing on Wednesday. In short: "
        "inflation is well inside the bank's comfort zone, the shilling has barely moved for a "
        "year, and that combination leaves room to make borrowing cheaper for families and small "
        "firms. He also stressed that the bank means to go about it carefully.",
        "The numbers back him up. Inflation was 4.1% in January. The CBK's target is 5%, but "
        "anything between 2.5% and 7.5% counts as on target. The shilling sits at roughly 129 "
        "to the dollar, where it has been for months.",
        ("box", "Get Shilling Sense in your inbox every Friday"),
        ("h", "What it means for you"),
        "Here is the honest answer: it depends on your bank. The policy rate is what the CBK "
        "charges banks, not what banks charge you. Average loan rates were 15.1% in December, "
        "down from just over 17% a year before, but they have been slower to fall than the CBR.",
        "A rough example. Say you have a KSh 1 million loan at a variable rate. If your bank "
        "passes on the full 0.25 points, you save about KSh 2,500 a year in interest. Nice, but "
        "not life-changing. If you are shopping for a new loan, though, the gap between banks is "
        "often several whole percentage points, so compare before you sign.",
        "Esther Njeri, who was a deputy governor at the CBK and now advises lenders, put it "
        "bluntly when I asked her about it this week: \"Banks are quick to reprice deposits and "
        "slow to reprice loans. Borrowers should ask, and keep asking.\"",
        ("h", "And for savers"),
        "The flip side: if you keep money in a fixed deposit or a money market fund, expect "
        "returns to keep drifting down. Ninety-one-day Treasury bills pay around 7.6% now. Two "
        "years ago they paid roughly double that.",
        "The next MPC meeting is in April. Most of the analysts I follow think one more small "
        "cut is possible there, followed by a pause.",
        "That's it for this week. Reply to this email if you have questions; I read everything, "
        "even the angry ones.",
    ],
    related=[
        ("Money market funds explained in five minutes", "/p/money-market-funds-explained"),
        ("Should you pay off your loan early?", "/p/pay-off-loan-early"),
        ("Issue 86: the new housing levy, one year on", "/p/issue-86-housing-levy"),
    ],
)

STORY_1 = _story("cb-RB1", "central bank", "2026-02-14", [
    _page("https://www.meridianwire.example/markets/africa/kenya-central-bank-cuts-rate-875-2026-02-10/", _S1_A),
    _page("https://www.nairobiledger.example/business/2026-02-12-cbk-quarter-point-cut-banks-loan-rates", _S1_B),
    _page("https://www.bmea.example/issue-412/cbk-875-margins-bills-crr", _S1_C),
    _page("https://shillingsense.example/p/another-rate-cut-will-your-loan-get-cheaper", _S1_D),
], [])


# ===========================================================================
# Story 2 - elec-RB2 - Keta by-election, Ghana (PLANTED: vote count; quote speaker)
# ===========================================================================

_S2_A = _paper_page(
    site="The Accra Chronicle",
    url="https://www.accrachronicle.example/politics/ndc-dzokoto-wins-keta-by-election-landslide",
    headline="NDC's Dzokoto wins Keta by-election by a landslide",
    standfirst="Former municipal chief executive takes 73 per cent of valid votes as turnout "
               "drops below half",
    byline="Selasi Kpodo, Keta",
    iso="2026-05-20T06:15:00+00:00",
    visible="Wednesday May 20, 2026",
    section="Politics",
    image="https://static.accrachronicle.example/uploads/2026/05/dzokoto-victory.jpg",
    year="2026",
    body=[
        "Esinam Dzokoto of the National Democratic Congress (NDC) has won the Keta "
        "parliamentary by-election, taking 21,487 of the 29,435 valid votes cast in yesterday's "
        "poll, the Electoral Commission (EC) announced overnight.",
        "The EC's returning officer for the constituency, Prosper Amedume, announced the figures "
        "at 11:40 p.m. at the collation centre in the Keta Municipal Assembly hall, bringing to "
        "a close a day of voting that was largely peaceful despite heavy afternoon rain.",
        "Kofi Ametewee of the New Patriotic Party (NPP) came second with 6,912 votes, while "
        "independent candidate Richard Nyaho polled 1,036. With 388 ballots rejected, 29,823 "
        "people voted in all.",
        "With 64,210 people on the constituency's register, turnout was 46.4 per cent, well "
        "below the 68.9 per cent recorded at the December 2024 general election.",
        ("ad", "Send money home instantly. Zero fees on transfers above GH¢500 this month."),
        "Keta has had no MP since February, when Selorm Agbenyo died aged 63."
        " Mr Agbenyo, who was serving his second term, was re-elected in 2024 with 41,220 "
        "votes, or 84.6 per cent of the valid ballots.",
        "Addressing jubilant supporters after the declaration, Ms Dzokoto said: \"Keta has "
        "spoken with one voice tonight, and the message is simple: our people want roads and a "
        "sea defence that holds, not another round of promises.\"",
        "The 47-year-old lawyer, who served as Keta Municipal Chief Executive from 2013 to 2017, "
        "is the first woman Keta has ever sent to Parliament.",
        ("fig", "NDC supporters celebrate outside the collation centre in Keta.",
         "Photo: Chronicle/Selasi Kpodo",
         "https://static.accrachronicle.example/uploads/2026/05/keta-celebration.jpg"),
        "Mr Ametewee conceded shortly after the results were announced. \"I have called my "
        "sister Esinam to congratulate her. The campaign is over, and Keta must come first,\" he "
        "wrote in a statement posted on his Facebook page.",
        "The NDC's Volta regional chairman, Senyo Awuku, said the low turnout did not worry the "
        "party. \"People knew the result was never in doubt, and many of our fishermen were at "
        "sea. Those who came out sent a clear signal,\" he said.",
        ("h", "Erosion dominated campaign"),
        "Coastal erosion dominated the three-week campaign. Tidal surges have destroyed homes in "
        "several communities along the seafront and the Keta lagoon in recent years, and "
        "residents complain that repairs to stretches of the sea defence wall have stalled.",
        "Ms Dzokoto has promised to press the government to finish the repairs and to upgrade "
        "the road linking Keta to Anloga.",
        ("rel", "Keta residents count cost of latest tidal surge", "/news/keta-tidal-surge-cost"),
        "The Ghana Police Service deployed 1,150 personnel for the exercise. The Volta Regional "
        "Police Command told the Chronicle that no major incident was recorded at any of the 142 "
        "polling stations.",
        "Stations were open for ten hours from 7 a.m. Whatever the margin, the result leaves "
        "Parliament's arithmetic untouched: the NDC already commands a large majority there.",
    ],
    related=[
        ("Cocoa farmers demand faster payment for beans", "/business/cocoa-farmers-payment"),
        ("EC to begin voter register update in July", "/politics/ec-register-update"),
        ("Black Stars squad named for June friendlies", "/sports/black-stars-june"),
    ],
)

_S2_B = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/africa/ghana-ruling-party-holds-keta-seat-2026-05-20/",
    headline="Ghana's ruling party holds Keta seat in by-election",
    summary="The NDC's Esinam Dzokoto won about 73% of the valid vote in the coastal "
            "constituency, the Electoral Commission said.",
    byline="Kwabena Asante",
    iso="2026-05-20T00:58:00Z",
    visible="May 20, 2026 12:58 AM GMT",
    section="World",
    image="https://img.meridianwire.example/2026/05/keta-ballot-count.jpg",
    year="2026",
    body=[
        "ACCRA, May 20 (Meridian Wire) - Ghana's ruling National Democratic Congress (NDC) held "
        "the Keta parliamentary seat in a by-election on Tuesday, with its candidate Esinam "
        "Dzokoto taking about 73% of the valid vote, the Electoral Commission said.",
        "Dzokoto won 21,487 votes, against 6,912 for Kofi Ametewee, candidate of the "
        "opposition New Patriotic Party (NPP), according to figures announced by the "
        "commission's returning officer at 23:40 GMT on Tuesday. Ghana uses GMT throughout the year.",
        "Turnout was 46.4%, the commission said, sharply lower than at the December 2024 "
        "general election.",
        "\"Keta has spoken with one voice tonight,\" Dzokoto told cheering supporters in the "
        "coastal town, about 160 km (100 miles) east of the capital Accra. She pledged to focus "
        "on roads and on shielding communities from the sea.",
        "The vote was called after the death in February of the constituency's previous member "
        "of parliament, Selorm Agbenyo, also of the NDC.",
        "Dzokoto, 47, is a lawyer who served as Keta's municipal chief executive from 2013 to "
        "2017, and no woman has held the seat before her. Heavy rain fell across "
        "the area on Tuesday afternoon, and party agents said it had kept some voters at home.",
        ("ad", "Meridian Wire Africa Briefing: the day's top stories, every weekday at 0600 GMT."),
        "Keta, in the Volta Region bordering Togo, is one of the NDC's strongholds. The party won "
        "the presidency and a large parliamentary majority in the December 2024 elections, and "
        "John Mahama returned to the presidency at the start of 2025. One seat changing hands "
        "inside the same party makes no difference to that majority.",
        "The NPP, which has been rebuilding since its 2024 defeat, had hoped to tap frustration "
        "over the slow progress of coastal protection works. Ametewee conceded and congratulated "
        "Dzokoto.",
        "The town sits on a thin sandbar between the Atlantic and the Keta lagoon and has lost "
        "large parts of its shoreline to the ocean over the past century. A sea defence scheme "
        "completed in the mid-2000s protected the town centre, but residents of villages further "
        "east say they remain exposed to storm surges.",
        "Ghana's economy is still mending after a debt crisis that left it unable to service "
        "most foreign loans from late 2022; a $3 billion IMF rescue followed in 2023.",
        "Results from all 142 polling stations were collated at the Keta Municipal Assembly "
        "hall, where supporters of both main parties waited through the evening for the "
        "declaration.",
        "Independent candidate Richard Nyaho won 1,036 votes, and the commission put the number "
        "of rejected ballots at 388. Police said voting at the constituency's 142 polling "
        "stations had passed off peacefully.",
        "(Reporting by Kwabena Asante; Editing by Claire Dumont)",
    ],
    related=[
        ("Togo opposition calls for protest over fuel prices", "/world/africa/togo-fuel-protest/"),
        ("Ghana cedi steadies after central bank intervention", "/markets/africa/cedi-steadies/"),
        ("Gold output in West Africa hits record", "/markets/commodities/west-africa-gold/"),
    ],
)

_S2_C = _bcast_page(
    site="CPB Africa",
    url="https://www.cpb-news.example/africa/ghana-keta-by-election-result-8841203",
    headline="Ghana by-election: Governing party keeps Keta seat",
    summary="The NDC candidate won almost three-quarters of the valid votes in the coastal "
            "constituency, but turnout fell sharply.",
    byline="By Abena Owusu, CPB Africa, London",
    iso="2026-05-20T07:10:00+01:00",
    visible="20 May 2026",
    section="Africa",
    image="https://ichef.cpb-news.example/news/976/keta-shoreline.jpg",
    year="2026",
    listen="5 min",
    body=[
        "Ghana's governing National Democratic Congress (NDC) has kept the Keta seat in the "
        "country's south-east, with its candidate winning almost three-quarters of the valid "
        "votes in Tuesday's by-election.",
        "Esinam Dzokoto received 24,187 votes, the Electoral Commission said, well ahead of Kofi "
        "Ametewee, the opposition NPP's candidate, who got 6,912.",
        "The result was announced at 00:40 BST on Wednesday - 23:40 on Tuesday in Ghana - at a "
        "collation centre in Keta, a fishing town on a narrow strip of land between the Atlantic "
        "Ocean and the Keta Lagoon.",
        "Ms Dzokoto, a lawyer and former head of the local municipal assembly, told supporters "
        "that the constituency had \"spoken with one voice\" and wanted roads and a sea wall that "
        "works rather than more promises.",
        "Her defeated rival said on Facebook that he had phoned to congratulate her and that "
        "Keta \"must come first\".",
        ("ad", "Listen to Africa Daily, the podcast from CPB Africa, wherever you get your podcasts."),
        ("h", "Why this seat matters"),
        "Keta has long been a stronghold of the NDC, which won the presidency and a big "
        "parliamentary majority in Ghana's December 2024 elections. But turnout of just over "
        "46% was being read by some as a sign of impatience with the pace of change.",
        "\"The NDC did not need to work hard in Keta, and that shows in the turnout. The lesson "
        "for the party is that its base expects delivery, not rallies,\" said Dr Kafui Adzraku, "
        "a political scientist at the University of Ghana.",
        "The by-election followed the death in February of Selorm Agbenyo, who had held the seat "
        "for the NDC.",
        "Few places in West Africa show the effects of coastal erosion as starkly. The shoreline "
        "around Keta has moved inland by hundreds of metres over the past century, and entire "
        "neighbourhoods have disappeared under the waves. A sea defence project finished about "
        "two decades ago protected the town centre, but communities further east say they were "
        "left exposed.",
        "Storm surges in late 2021 left thousands of people in the Keta area without homes, "
        "according to Nadmo, Ghana's disaster agency.",
        "Ms Dzokoto, 47, is the first woman to win the seat. She has "
        "promised to lobby for money to complete repairs to the sea defences and to improve "
        "roads to neighbouring towns.",
        "Voting took place at 142 polling stations, with more than 1,100 police officers on "
        "duty, and observers reported no serious incidents. The Electoral Commission said 388 "
        "ballots had been rejected.",
        "Parliament's make-up is unaffected, but party "
        "officials on both sides said they would study the low turnout closely before the next "
        "general election.",
    ],
    related=[
        ("Ghana profile - timeline", "/africa/ghana-profile-timeline"),
        ("The town that is losing its fight with the sea", "/africa/keta-sea-erosion-feature"),
        ("Why West Africa's coastline is shrinking", "/science/west-africa-coastal-erosion"),
    ],
)

_S2_D = _blog_page(
    site="Volta Watch",
    url="https://voltawatch.example/2026/05/keta-by-election-numbers-mood-next",
    headline="Keta by-election: the numbers, the mood and what comes next",
    subtitle="A long night at the collation centre, and what the figures really say",
    author="Edem Kwashie",
    visible="Posted 21/05/2026",
    image="https://voltawatch.example/wp-content/uploads/2026/05/collation-centre.jpg",
    body=[
        "So it's done. Esinam Dzokoto is the new MP for Keta, and nobody who has spent any time "
        "on the Anlo coast will be surprised.",
        "The EC's returning officer read out the figures just before midnight on Tuesday at the "
        "municipal assembly hall, with a crowd outside that had been waiting since early "
        "evening. Dzokoto polled 21,487. Kofi Ametewee of the NPP had 6,912 and the independent, "
        "Richard Nyaho, 1,036.",
        "Then the NDC regional chairman, Senyo Awuku, took the microphone and delivered the line "
        "of the night: \"Keta has spoken with one voice tonight, and the message is simple: our "
        "people want roads and a sea defence that holds, not another round of promises.\" The "
        "crowd loved it. Dzokoto herself kept her remarks short and mostly thanked her polling "
        "agents.",
        ("h", "Some numbers worth sitting with"),
        "Turnout was 46.4%. At the 2024 general election it was close to 69%. That's a lot of "
        "people who stayed at home, or at sea.",
        "Rejected ballots: 388. Not huge, but that is still about 1.3% of all the votes cast, in "
        "a race where the ballot paper had only three names on it.",
        "Dzokoto's share of the valid vote was 73%. The late Selorm Agbenyo got nearly 85% in "
        "2024, so even in victory the NDC's share fell by roughly 12 points. I would not read "
        "too much into that with so many people staying home, but it is there.",
        ("ad", "Sponsored: Keta Lagoon Eco-Lodge - weekend packages for two, book direct and save."),
        ("h", "The sea"),
        "If you want to understand this election, walk the beach east of Keta town. You will "
        "see foundations of houses sticking out of the sand, a school building with one wall "
        "missing, and families who have moved three times in ten years. Every candidate talked "
        "about the sea defence, because every voter asked about it.",
        "Dzokoto, who ran the municipal assembly as MCE from 2013 to 2017, knows the file. The "
        "question is whether a backbencher, even one from the governing party, can move money "
        "for coastal works faster than her predecessors did.",
        ("h", "What next"),
        "She will be sworn in when Parliament next sits. The NPP has said it accepts the result, "
        "and Ametewee's concession was gracious. The party's regional executives will have to "
        "ask themselves why they could not turn frustration over erosion into more votes.",
        "For the NDC, the warning is the turnout. A safe seat is only safe while people believe "
        "it is worth walking to the polling station.",
        "I will be writing more on the sea defence contracts over the next few weeks. If you "
        "have documents or stories, my inbox is open.",
    ],
    related=[
        ("Who really owns the sea defence contracts?", "/2026/04/sea-defence-contracts"),
        ("Anloga's new district hospital: a progress report", "/2026/03/anloga-hospital"),
        ("Fishing season and the closed-season debate", "/2026/02/closed-season-debate"),
    ],
)

STORY_2 = _story("elec-RB2", "election", "2026-05-23", [
    _page("https://www.accrachronicle.example/politics/ndc-dzokoto-wins-keta-by-election-landslide", _S2_A),
    _page("https://www.meridianwire.example/world/africa/ghana-ruling-party-holds-keta-seat-2026-05-20/", _S2_B),
    _page("https://www.cpb-news.example/africa/ghana-keta-by-election-result-8841203", _S2_C),
    _page("https://voltawatch.example/2026/05/keta-by-election-numbers-mood-next", _S2_D),
], [
    ("winner's vote count", r"(?<![\d,.])21,?487(?!\d)", r"(?<![\d,.])24,?187(?!\d)"),
    ("who said 'Keta has spoken with one voice'", r"dzokoto", r"awuku"),
])


# ===========================================================================
# Story 3 - court-RB3 - Thembisile Hani water-tanker fraud sentence (CONTROL)
# ===========================================================================

_S3_A = _paper_page(
    site="The Pretoria Standard",
    url="https://www.pretoriastandard.example/news/courts/2026-02-26-former-thembisile-hani-municipal-manager-jailed-water-tanker-fraud",
    headline="Former Thembisile Hani municipal manager jailed over R14.6m water tanker fraud",
    standfirst="Magistrate says officials who divert drought-relief money must expect prison",
    byline="Lindiwe Mokoena, Court Reporter",
    iso="2026-02-26T15:40:00+02:00",
    visible="26 Feb 2026, 15:40",
    section="Courts",
    image="https://media.pretoriastandard.example/2026/02/radebe-court.jpg",
    year="2026",
    body=[
        "A former municipal manager who signed off on millions of rand in payments for water "
        "deliveries that mostly never happened will spend seven years in jail after the Pretoria "
        "Specialised Commercial Crimes Court passed sentence on Thursday.",
        "Themba Radebe, 54, the former municipal manager of Thembisile Hani Local Municipality in "
        "Mpumalanga, received 12 years for fraud, of which five years were suspended for five "
        "years, and six years for money laundering. Regional Magistrate Priya Naidoo ordered the "
        "sentences to run concurrently.",
        "His co-accused, businesswoman Nomvula Khumalo, 47, the sole director of Ubuntu Water "
        "Logistics, was sentenced to eight years for fraud and five years for money laundering, "
        "also to run concurrently, meaning she will serve an effective eight years. The company "
        "was fined R2 million.",
        "The pair were convicted in November of defrauding the municipality of R14,612,430 "
        "between April 2019 and February 2020, during a severe drought in the area.",
        ("ad", "Switch your car insurance and get your first month free. Quotes in 3 minutes."),
        "\"Money that was meant to carry water to villages that had none was treated as if it "
        "were a private account. The sentence must tell every official in a similar position "
        "that the courts will not look away,\" Naidoo said as she handed down sentence.",
        "The court heard during the trial that Ubuntu Water Logistics invoiced the municipality "
        "for 3,112 tanker trips to 23 villages. Investigators from the Hawks could verify only "
        "386 of them.",
        "Radebe approved all 11 payments to the company, in several cases on the same day the "
        "invoices arrived, the State argued.",
        ("h", "Minimum sentence"),
        "For fraud above R500,000 the law sets a floor of 15 years for someone with no previous "
        "record, which a court may go below only if it is persuaded that substantial and "
        "compelling circumstances exist. Naidoo found such circumstances for both accused, citing among other "
        "things that neither had previous convictions and that both had lived under strict bail "
        "conditions for a long time before trial.",
        "Radebe's lawyer, Advocate Johan Pretorius, had asked for a sentence of correctional "
        "supervision, arguing that his client suffered from hypertension and supported three "
        "children. Pretorius said after the hearing that the defence would read the judgment "
        "closely and then make up its mind about an appeal.",
        ("fig", "Themba Radebe in the dock at the Pretoria Specialised Commercial Crimes Court on Thursday.",
         "Picture: Thabo Nkuna", "https://media.pretoriastandard.example/2026/02/radebe-dock.jpg"),
        "National Prosecuting Authority (NPA) Gauteng regional spokesperson Lumka Sithole "
        "welcomed the outcome. \"This case shows that following the money works. The State will "
        "now apply for a confiscation order so that what was taken can be recovered,\" she said.",
        "Property valued at R3.2 million, among it a house in eMalahleni and two vehicles, has "
        "been frozen under a preservation order since 2023. The confiscation application "
        "is expected to be heard on 14 May.",
        "Radebe and Khumalo were arrested in August 2022 after an official in the municipality's "
        "finance department raised concerns with the Auditor-General.",
    ],
    related=[
        ("Tender fraud: ex-officials in Limpopo to go on trial in June", "/news/courts/limpopo-tender-trial"),
        ("Load reduction hits Mamelodi again", "/news/local/mamelodi-load-reduction"),
        ("Editorial: The price of dry taps", "/opinion/editorial-dry-taps"),
    ],
)

_S3_B = _paper_page(
    site="Nkangala Herald",
    url="https://www.nkangalaherald.example/local-news/they-stole-our-water-kwamhlanga-residents-welcome-jail-terms/",
    headline="'They stole our water': KwaMhlanga residents welcome jail terms",
    standfirst="Villagers who queued at boreholes during the 2019 drought say justice came "
               "late but came",
    byline="Staff Reporter",
    iso=None,
    visible="Friday 27 February 2026",
    section="Local-News",
    image="https://nkangalaherald.example/wp-content/uploads/2026/02/kwaggafontein-tank.jpg",
    year="2026",
    body=[
        "Residents of villages that went without water during the 2019 drought say they finally "
        "feel heard after former municipal manager Themba Radebe was jailed yesterday.",
        "Radebe, who headed the administration of Thembisile Hani Local Municipality, and Ubuntu "
        "Water Logistics director Nomvula Khumalo were sentenced in the Specialised Commercial "
        "Crimes Court in Pretoria for defrauding the municipality of nearly R15 million.",
        "Radebe will spend an effective seven years behind bars. He was handed a 12-year term "
        "for fraud, with five years suspended, and a concurrent six-year term for money "
        "laundering. Khumalo must serve an effective eight years.",
        "\"Money that was meant to carry water to villages that had none was treated as if it "
        "were a private account,\" Regional Magistrate Priya Naidoo said.",
        "She added that the sentence \"must tell every official in a similar position that the "
        "courts will not look away\".",
        ("ad", "KwaMhlanga Plaza: month-end specials on groceries and school shoes. Open 7 days."),
        "In Kwaggafontein, Sarah Mahlangu, 63, remembered pushing a wheelbarrow of empty "
        "containers more than two kilometres to a borehole in the winter of 2019. \"We saw the "
        "invoices on the news. Trucks that came to our village on paper. We never saw them. "
        "Today I can say justice has come, even if it came late,\" she said.",
        "Community leader Jabulani Masilela, who helped residents lodge complaints at the time, "
        "called the sentence \"a start\". \"Seven years is not enough for what people went "
        "through, but at least he is going to prison. We want the money back for the "
        "community,\" he said.",
        ("h", "Municipality wants its money back"),
        "Thembisile Hani municipal spokesperson Bongani Mthethwa said the council welcomed the "
        "outcome and would work with the National Prosecuting Authority (NPA) to recover the "
        "money.",
        "\"The municipality was a victim here, and the people of this municipality were the real "
        "victims. Every rand we recover goes back into water infrastructure,\" Mthethwa said.",
        "According to evidence led at the trial, Ubuntu Water Logistics billed for more than "
        "3,100 tanker trips to 23 villages, but fewer than 400 could be confirmed. The money was "
        "paid out in 11 instalments between April 2019 and February 2020.",
        ("fig", "A municipal water tank in Kwaggafontein. Several villages still depend on tanker deliveries.",
         "Photo: Nkangala Herald",
         "https://nkangalaherald.example/wp-content/uploads/2026/02/tank-2.jpg"),
        "Radebe was suspended by the council in 2021 and left the municipality the following "
        "year. The Hawks picked him up, together with Khumalo, in August 2022.",
        "The NPA has said it will ask the court to confiscate the proceeds of the crime. Assets "
        "worth R3.2 million, including a house and two vehicles, were frozen in 2023.",
        "Water supply remains a problem in parts of the municipality, which lies about 60km "
        "north-east of Pretoria. Several villages still rely on tankers, now run directly by the "
        "municipality, for part of the week.",
    ],
    related=[
        ("Kwaggafontein clinic gets new maternity wing", "/local-news/kwaggafontein-clinic/"),
        ("Moloto Road: taxi bosses meet over new route", "/local-news/moloto-road-taxi/"),
        ("Matric results: Nkangala schools improve", "/education/matric-results-nkangala/"),
    ],
)

_S3_C = _bcast_page(
    site="Accountability Monitor",
    url="https://accountabilitymonitor.example/case-notes/s-v-radebe-and-khumalo-sentence",
    headline="Case note: S v Radebe and Khumalo - what the Thembisile Hani sentence tells us",
    summary="An effective seven years for the official, eight for the contractor: the "
            "sentence in the R14.6m water-tanker fraud, explained.",
    byline="Naledi Dube, Legal Researcher",
    iso="2026-03-03T09:00:00+02:00",
    visible="3 March 2026",
    section="Case-notes",
    image="https://accountabilitymonitor.example/media/case-notes/radebe-khumalo.png",
    year="2026",
    listen="7 min",
    body=[
        "Last Thursday, 26 February, Regional Magistrate Priya Naidoo sentenced former "
        "Thembisile Hani municipal manager Themba Radebe and water contractor Nomvula Khumalo in "
        "the Pretoria Specialised Commercial Crimes Court. This note sets out the sentence and "
        "places it alongside other procurement fraud cases we track.",
        ("h", "The sentence"),
        "Radebe: 12 years' imprisonment on the fraud count, five of them suspended for five "
        "years on condition that he is not again convicted of fraud or corruption during that "
        "period; six years on the money-laundering count, running concurrently. Effective term: "
        "seven years.",
        "Khumalo: eight years on fraud and five on money laundering, concurrent. Effective term: "
        "eight years. Her company, Ubuntu Water Logistics (Pty) Ltd, was fined R2 million.",
        "The amount involved is R14.6 million (about $820,000 at current exchange rates), paid "
        "in 11 instalments over roughly ten months from April 2019.",
        ("h", "Departing from the minimum"),
        "Because the fraud exceeded R500,000, the prescribed minimum for a first offender was 15 "
        "years. The magistrate departed from it, finding substantial and compelling "
        "circumstances: neither accused had a prior record, and both had spent more than three "
        "years on stringent bail conditions since their arrest in August 2022.",
        "In her remarks Naidoo likened the diversion of drought-relief money to treating public "
        "funds as a personal bank account, and said the sentence had to send an unmistakable "
        "message to officials in positions of trust.",
        ("ad", "Support independent accountability research. Become a monthly donor from R50."),
        "Our view: an effective seven years for the accounting officer who approved every "
        "payment, set against eight for the contractor, is a notable choice. Courts often treat "
        "the official who betrays public trust as the more culpable party. Here the magistrate "
        "accepted the defence's argument that Khumalo designed the scheme and profited most "
        "from it.",
        ("h", "Recovery"),
        "The Asset Forfeiture Unit secured a preservation order over R3.2 million in assets in "
        "2023, a little over a fifth of the amount lost. The NPA says a confiscation "
        "application will be heard in May. Recovering the balance will be harder: according to "
        "evidence at trial, much of the money moved through three other companies within days "
        "of each payment.",
        "NPA regional spokesperson Lumka Sithole told us the State was \"satisfied that the "
        "court took the seriousness of the offence into account\" and would now focus on "
        "getting assets back.",
        "Pretorius, for Radebe, has said the defence is studying the judgment. An application "
        "for leave to appeal must generally be lodged within 14 days of sentence.",
        ("h", "Context"),
        "The case is one of 17 municipal water-supply fraud matters that Accountability Monitor "
        "has followed since 2020. Of those, six have reached a verdict. The median effective "
        "sentence in the four cases that ended in a prison term is six years.",
        "The drought that gave rise to the contract was real: in 2019 several villages in the "
        "municipality went weeks without piped water, and tanker deliveries were the only "
        "supply for thousands of households. That context weighed heavily in the sentence.",
    ],
    related=[
        ("Tracker: municipal water-supply fraud cases since 2020", "/tracker/water-fraud"),
        ("Case note: the Emfuleni pump-station tender ruling", "/case-notes/emfuleni-pump-station"),
        ("Explainer: how prescribed minimum sentences work", "/explainers/minimum-sentences"),
    ],
)

STORY_3 = _story("court-RB3", "court", "2026-03-04", [
    _page("https://www.pretoriastandard.example/news/courts/2026-02-26-former-thembisile-hani-municipal-manager-jailed-water-tanker-fraud", _S3_A),
    _page("https://www.nkangalaherald.example/local-news/they-stole-our-water-kwamhlanga-residents-welcome-jail-terms/", _S3_B),
    _page("https://accountabilitymonitor.example/case-notes/s-v-radebe-and-khumalo-sentence", _S3_C),
], [])


# ===========================================================================
# Story 4 - trade-RB4 - Egypt's onion export fee (PLANTED: start date; quote wording)
# ===========================================================================

_S4_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/business/commodities/egypt-onion-export-fee-2026-02-25/",
    headline="Egypt imposes $150-a-tonne fee on onion exports to cool Ramadan prices",
    summary="Exporters will pay the fee on fresh onions for three months from March 1, "
            "the investment and foreign trade minister said.",
    byline="Yasmine Farouk",
    iso="2026-02-25T12:41:00Z",
    visible="February 25, 2026 12:41 PM GMT",
    section="Commodities",
    image="https://img.meridianwire.example/2026/02/onion-market-cairo.jpg",
    year="2026",
    body=[
        "CAIRO, Feb 25 (Meridian Wire) - Egypt will charge exporters $150 for every tonne of "
        "fresh onions they ship abroad from Sunday, March 1, the government said on Wednesday, "
        "as it tries to bring down domestic prices that have nearly doubled since December.",
        "The fee will apply for three months, Minister of Investment and Foreign Trade Karim "
        "Fawzy told reporters at the government's new seat outside Cairo, in remarks that "
        "began at about 13:00 local time (11:00 GMT). It covers red, white and golden onions but "
        "not dried or processed products.",
        "\"We are not closing the door on exporters. We are asking them to carry part of the "
        "load for a few weeks so that families can fill their tables during Ramadan. Once the "
        "new crop reaches the markets, we will review the fee,\" Fawzy said.",
        "Onions were selling for around 32 Egyptian pounds ($0.65) a kilogram in Cairo markets "
        "this week, compared with 17 pounds in December, according to traders.",
        ("ad", "Meridian Wire Commodities Desk: real-time prices for 400+ agricultural contracts."),
        "Egypt ranks among the world's largest onion exporters. It shipped 1.07 million tonnes "
        "worth $412 million last year, up from 870,000 tonnes in 2024, according to the "
        "Agricultural Export Council, an industry body.",
        "The council's chairman, Adel Saber, said the decision had caught the sector off guard. "
        "\"Exporters signed contracts months ago at fixed prices, and this fee will wipe out our "
        "margin on every shipment still waiting at the port,\" he told Meridian Wire.",
        "Shipments under contracts that exporters had lodged with GOEIC, the state export "
        "and import control authority, before Wednesday will be exempt, the ministry said in a decree posted on "
        "its website.",
        "Food prices have been a sensitive issue in Egypt since a currency crisis pushed annual "
        "inflation to record highs in 2023. Annual urban inflation came in at 11.8% in January, "
        "the statistics agency CAPMAS said this month.",
        "In late 2023 the government halted onion exports altogether for several months after "
        "prices spiked, a step that traders said cost Egyptian shippers market share in the "
        "Gulf and in Europe.",
        "The Egyptian pound has traded at around 49 to the dollar in recent weeks, after the "
        "central bank let it float in March 2024 as part of an enlarged IMF programme. A weaker "
        "pound has made Egyptian produce cheap for foreign buyers, which exporters say has "
        "pulled more of the crop abroad.",
        "Dehydrated onion, processed mostly in factories in Upper Egypt, is not covered by the "
        "decree, and neither are onion seeds or sets.",
        "Harvesting of the main winter crop in Upper Egypt usually gets under way in April, "
        "which officials expect to ease supply. Ramadan began last week.",
        "(Reporting by Yasmine Farouk; Editing by Tom Ashby)",
    ],
    related=[
        ("Egypt's wheat purchases slow as local harvest nears", "/business/commodities/egypt-wheat/"),
        ("Suez Canal revenue rises for third month", "/business/suez-canal-revenue/"),
        ("Morocco tomato exports to EU hit record", "/business/commodities/morocco-tomatoes/"),
    ],
)

_S4_B = _paper_page(
    site="The Nile Courier",
    url="https://www.nilecourier.example/economy/2026/02/26/government-imposes-onion-export-fee",
    headline="Government imposes onion export fee as prices soar during Ramadan",
    standfirst="Ministerial decree sets a $150-per-ton charge for three months; exporters say "
               "they were not consulted",
    byline="By Mona El-Sherif",
    iso="2026-02-26T07:00:00+02:00",
    visible="Thursday, 26 February 2026",
    section="Economy",
    image="https://www.nilecourier.example/images/2026/02/obour-market.jpg",
    year="2026",
    body=[
        "The government yesterday imposed a fee of $150 per ton on exports of fresh onions, its "
        "latest attempt to ease the strain of dearer food on households during Ramadan, now in "
        "its second week.",
        "Under Ministerial Decree No. 84 of 2026, signed by the investment and foreign trade "
        "minister, the fee — roughly 7,400 Egyptian pounds at the current exchange rate — "
        "will apply from March 11 for a period of three months.",
        "Minister Karim Fawzy, speaking to journalists in the New Administrative Capital, "
        "insisted the measure was temporary. “We are not closing the door on exporters,” he said.",
        "“We are asking them to carry part of the load for a few weeks so that families can fill "
        "their tables during Ramadan,” he added, saying the ministry would review the fee once "
        "the new crop arrives in the markets.",
        ("ad", "Ramadan offers: iftar buffet for two at the Nile Terrace, 20% off all week."),
        "Prices at the Obour wholesale market have climbed steadily since the start of the year. "
        "Retail prices in popular markets in Giza and Shubra reached 32 pounds per kilo this "
        "week, up from about 17 pounds in December.",
        "Amal Mostafa, shopping in Sayeda Zeinab, said she had cut back on the onions she uses in "
        "cooking. “Onions are in everything we eat. When a kilo costs more than a kilo of "
        "tomatoes, something is wrong,” she said.",
        ("h", "Exporters object"),
        "The Agricultural Export Council (AEC) said it had not been consulted. Council chairman "
        "Adel Saber said the fee would “wipe out our margin on every shipment still waiting at "
        "the port”, because exporters had signed contracts at fixed prices months ago.",
        "Egypt exported about 1.1 million tons of onions in 2025, earning just over $400 "
        "million, according to AEC data. The main buyers are Saudi Arabia, the United Arab "
        "Emirates, the Netherlands and the United Kingdom.",
        ("fig", "Onion traders at the Obour wholesale market.", "Courier photo / Ahmed Hamdy",
         "https://www.nilecourier.example/images/2026/02/obour-2.jpg"),
        "Farmers gave a mixed reaction. Hassan Ragab, who grows onions on 12 feddans (about five "
        "hectares) near Beni Suef, some 120 kilometres south of Cairo, said the fee would help "
        "city consumers but could hurt growers later. “When the big harvest comes in April, we "
        "will need the export market. I hope the government remembers that,” he said.",
        "Urban inflation stood at 11.8 percent in January, according to CAPMAS, well below the "
        "peaks of 2023, but food remains the biggest worry for most families.",
        "One official at the ministry, who is not authorised to brief the press, told the "
        "Courier that prices would be tracked "
        "weekly together with the Ministry of Supply and Internal Trade, and that the fee could "
        "be lifted early if the new crop brings prices down quickly.",
        "The decree exempts dehydrated and processed onions, as well as shipments contracted "
        "and lodged with the export control authority, GOEIC, before February 25.",
    ],
    related=[
        ("Bread subsidy: new smart cards roll out in Alexandria", "/economy/bread-smart-cards"),
        ("Tourist arrivals up 9pc in January", "/economy/tourist-arrivals-january"),
        ("Column: Why onions make us cry twice", "/opinion/onions-cry-twice"),
    ],
)

_S4_C = _bcast_page(
    site="FreshTrade Weekly",
    url="https://www.freshtradeweekly.example/news/egypt-onion-export-fee-what-importers-need-to-know",
    headline="Egypt onion export fee: what importers need to know",
    summary="A US$150/t levy on fresh Egyptian onions lands just as European storage stocks "
            "run down. Here is how it works.",
    byline="Tom Hendriks, Markets Editor",
    iso=None,
    visible="27 February 2026",
    section="Markets",
    image="https://www.freshtradeweekly.example/media/egypt-red-onions-bags.jpg",
    year="2026",
    listen="4 min",
    body=[
        "Cairo has slapped an export fee of US$150 "
        "per tonne (about €128) on fresh onions, effective from 1 March for three months. The "
        "measure was announced in Cairo on Wednesday at 13:00 local time (12:00 CET) and took "
        "the trade largely by surprise.",
        "For UK and EU buyers who rely on Egyptian red and golden onions in late winter and "
        "spring, the timing is awkward: Egyptian supply usually fills the gap as European "
        "storage stocks run down.",
        "Minister Karim Fawzy presented the fee as a short-term step to protect Egyptian "
        "households during Ramadan. He said exporters were being asked to share the burden for "
        "a few weeks and that the ministry would look at the fee again once the new crop "
        "reaches local markets.",
        "Exporters are unhappy. Adel Saber, chairman of Egypt's Agricultural Export Council, "
        "said: \"Exporters signed contracts months ago at fixed prices, and this fee will take a "
        "third of our margin on every shipment still waiting at the port.\"",
        ("ad", "Fruit Logistica Berlin: meet 2,600 exhibitors. Book your trade pass now."),
        ("h", "Key points"),
        "Fee: US$150 per tonne on fresh onions; dehydrated and processed onion is excluded. "
        "Start: 1 March 2026. Duration: three months, to 31 May. Exemption: contracts "
        "registered with GOEIC, Egypt's export control body, before 25 February.",
        "Egyptian onion exports reached 1.07m tonnes in 2025, worth US$412m, with the Gulf the "
        "largest destination region. The UK and the Netherlands are the biggest European "
        "customers.",
        "A Rotterdam importer, speaking off the record, said suppliers had already "
        "been in touch about sharing the cost. \"On a 25-tonne container that's $3,750 extra. "
        "Someone has to pay it, and at the moment nobody wants to,\" he said.",
        "Egyptian onions typically travel in 25 kg mesh bags in ventilated or reefer containers "
        "out of Alexandria and Damietta, with transit to Rotterdam or Felixstowe taking around "
        "two weeks.",
        "Some shippers raised their offers for red onions by around €15 a tonne on Thursday, "
        "according to traders, well short of the full levy.",
        ("h", "Background"),
        "Egypt halted onion exports entirely in late 2023 after domestic prices spiked. That ban "
        "lasted several months and sent a number of European buyers looking for other origins. "
        "This time the government has opted for a fee rather than a ban, which traders see as "
        "the lesser evil.",
        "Retail onion prices in Cairo have nearly doubled since December, to around EGP32 per "
        "kilo, according to local press reports.",
        ("h", "What to watch"),
        "The main Egyptian harvest starts in April. If the ministry drops the fee early, as it "
        "has hinted it might, the impact on spring programmes could be limited. If it stays to "
        "the end of May, expect tougher price talks for the early-season lines.",
    ],
    related=[
        ("Dutch onion stocks lowest in five seasons", "/news/dutch-onion-stocks"),
        ("Red Sea shipping: reefer rates ease", "/news/red-sea-reefer-rates"),
        ("Interview: Morocco's citrus exporters look east", "/features/morocco-citrus-east"),
    ],
)

STORY_4 = _story("trade-RB4", "trade", "2026-02-28", [
    _page("https://www.meridianwire.example/business/commodities/egypt-onion-export-fee-2026-02-25/", _S4_A),
    _page("https://www.nilecourier.example/economy/2026/02/26/government-imposes-onion-export-fee", _S4_B),
    _page("https://www.freshtradeweekly.example/news/egypt-onion-export-fee-what-importers-need-to-know", _S4_C),
], [
    ("export fee start date", r"(?<!\d)(march 1(?!\d)|1(st)? march)", r"(?<!\d)(march 11(?!\d)|11(th)? march)"),
    ("Saber quote wording", r"wipes? out our margin", r"third of our margin"),
])


# ===========================================================================
# Story 5 - rocket-RB5 - Ethiopia's Abay-1 on a Long March 6 (PLANTED: launch time; title)
# ===========================================================================

_S5_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/science/space/china-launches-ethiopian-satellite-abay-1-2026-04-08/",
    headline="China launches Ethiopian earth-observation satellite on Long March 6",
    summary="Abay-1, a 72-kg imaging satellite, lifted off from Taiyuan early on Wednesday "
            "Beijing time, Ethiopia's space institute said.",
    byline="Li Wen and Solomon Tesfaye",
    iso="2026-04-08T00:31:00Z",
    visible="April 8, 2026 12:31 AM GMT",
    section="Science",
    image="https://img.meridianwire.example/2026/04/long-march-6-taiyuan.jpg",
    year="2026",
    body=[
        "BEIJING/ADDIS ABABA, April 8 (Meridian Wire) - A Chinese Long March 6 rocket carried an "
        "Ethiopian earth-observation satellite into orbit on Wednesday Beijing time, Ethiopia's "
        "space agency said, the most capable spacecraft the country has put in space so far.",
        "The rocket left its pad at Taiyuan, the launch base in Shanxi province in the north "
        "of China, at 07:24 Beijing time (23:24 GMT on Tuesday), carrying the "
        "72-kilogram Abay-1 along with two Chinese commercial imaging satellites.",
        "The Ethiopian institute that runs the programme, known as SSGI, said the satellite had "
        "separated from the rocket's upper stage as planned and that its ground station had "
        "made contact with it.",
        "\"Every farmer, every city planner and every water engineer in this country should be "
        "able to use what Abay-1 sees, and they should not have to buy those pictures from a "
        "foreign company,\" SSGI Director General Meron Alemayehu said in a statement.",
        ("ad", "Meridian Wire Science Weekly: the discoveries that matter, every Friday."),
        "Abay-1 will fly about 530 km (329 miles) up, on a sun-synchronous path, and can pick out objects about 4 metres across. It is designed to "
        "operate for five years.",
        "Ethiopia says the images will be used to monitor crops, forests, lakes and reservoirs, "
        "and the spread of its fast-growing cities.",
        "The Horn of Africa nation put its first satellite, ETRSS-1, into orbit from the same "
        "Chinese launch site in December 2019. That was a smaller remote-sensing craft also "
        "built with Chinese assistance.",
        "Abay-1 cost about $8.5 million, roughly $6 million of which was covered by a Chinese "
        "grant, according to SSGI. Twenty-one Ethiopian engineers spent 18 months in China "
        "working on its design and assembly, the institute said.",
        "Ethiopia's Minister of Innovation and Technology, Hanna Worku, called the launch \"a day "
        "of pride for every Ethiopian\" in a post on social media.",
        "China has become a leading partner for African countries building space programmes, "
        "having launched satellites for Algeria, Nigeria and Sudan among others and trained "
        "their engineers.",
        "SSGI was formed a few years ago by merging Ethiopia's space science institute with its "
        "national mapping agency, and it is expected to sell or share Abay-1 imagery with "
        "ministries, regional governments and universities.",
        "Officials in Addis Ababa said the first images should be ready in about two weeks, once "
        "the satellite's instruments have been tested in orbit.",
        "The launch was shown live on Ethiopian state television in the early hours of "
        "Wednesday, local time.",
        "The Long March 6 is a liquid-fuelled rocket designed to carry small and medium payloads "
        "to low orbits. It first flew in 2015.",
        "(Reporting by Li Wen in Beijing and Solomon Tesfaye in Addis Ababa; Editing by Claire "
        "Dumont)",
    ],
    related=[
        ("Egypt signs deal for second communications satellite", "/science/space/egypt-comsat-deal/"),
        ("Kenya space agency opens ground station tender", "/science/space/kenya-ground-station/"),
        ("China's commercial launch sector posts record quarter", "/science/space/china-commercial-launch/"),
    ],
)

_S5_B = _paper_page(
    site="The Addis Courier",
    url="https://www.addiscourier.example/news/abay-1-in-orbit-ethiopia-satellite-first-signal",
    headline="Abay-1 in orbit: Ethiopia's new eye in the sky sends first signal",
    standfirst="Engineers at Entoto pick up the satellite's signal about an hour and a half "
               "after lift-off in China",
    byline="Hiwot Girma",
    iso="2026-04-08T13:00:00+03:00",
    visible="April 8, 2026",
    section="News",
    image="https://www.addiscourier.example/wp-content/uploads/2026/04/ssgi-control-room.jpg",
    year="2026",
    body=[
        "Ethiopia's newest satellite, Abay-1, was launched into space early this morning from "
        "northern China and sent its first signal home about an hour and a half later, "
        "according to SSGI, the country's Space Science and Geospatial Institute.",
        "The Long March 6 rocket carrying the satellite rose from its pad at Taiyuan at 2:24 "
        "a.m. Addis Ababa time. Engineers at the institute's ground "
        "station at Entoto, in the hills north of the capital, received the first signal at "
        "3:58 a.m.",
        "It was 7:24 a.m. at the launch site in China, which is five hours ahead of Ethiopia.",
        "Dozens of SSGI staff, students and officials watched a live feed of the launch at the "
        "institute's headquarters, cheering as the rocket cleared the tower.",
        "“The first signal came in at 3:58. Some of us had not slept for two days, and nobody "
        "wanted to go home afterwards,” said Dawit Bekele, the project manager for Abay-1.",
        ("fig", "SSGI engineers follow the launch on a live feed in Addis Ababa.",
         "Photo: Addis Courier / Yared Bekele",
         "https://www.addiscourier.example/wp-content/uploads/2026/04/ssgi-feed.jpg"),
        "SSGI Director General Dr. Meron Alemayehu said the satellite would give Ethiopian "
        "institutions their own source of high-quality images. “Every farmer, every city "
        "planner and every water engineer in this country should be able to use what Abay-1 "
        "sees,” she said.",
        "She added that Ethiopian agencies “should not have to buy those pictures from a "
        "foreign company.”",
        ("ad", "Ethio Bank Digital: open an account from your phone in five minutes."),
        "Abay-1 weighs 72 kilograms and will orbit about 530 kilometres above the Earth. Its "
        "camera can distinguish objects as small as four metres, a big step up from "
        "ETRSS-1, the pioneer satellite Ethiopia sent up in December 2019.",
        "The satellite was designed and assembled with Chinese partners. A team of 21 Ethiopian "
        "engineers spent 18 months in China working on it, and SSGI says they will now operate "
        "it from Entoto.",
        "The project cost about 8.5 million US dollars. China provided around 6 million dollars "
        "as a grant, while the Ethiopian government covered the rest.",
        "Minister of Innovation and Technology Dr. Hanna Worku described the launch as “a day of "
        "pride for every Ethiopian” and said the government wanted more young people to study "
        "engineering and space science.",
        "The institute expects to release the first images within two weeks, once the "
        "satellite's systems have been checked. Officials said the data would support "
        "agriculture, disaster response and the monitoring of lakes and reservoirs, among other "
        "uses.",
        "Among the first targets, Dr. Meron said, will be the reservoir of the Grand Ethiopian "
        "Renaissance Dam and the farmland of the Rift Valley, where officials want better "
        "estimates of crop area before the main rainy season.",
        "Abay, the Amharic name for the Blue Nile, was chosen from more than 3,000 names "
        "suggested by schoolchildren in a national competition last year.",
    ],
    related=[
        ("Addis light rail extension: first trains due in 2027", "/news/light-rail-extension"),
        ("Coffee export earnings rise on higher prices", "/business/coffee-export-earnings"),
        ("Universities add space science courses", "/education/space-science-courses"),
    ],
)

_S5_C = _wire_page(
    site="SmallSat Orbit Report",
    url="https://www.smallsatorbit.example/launch-reports/2026/04/abay-1-long-march-6-taiyuan",
    headline="Abay-1 rides Long March 6 to SSO; SSGI reports nominal early operations",
    summary="Ethiopia's 72 kg optical imager shared the ride with two Chinese commercial "
            "smallsats. Spacecraft details, early ops and programme context.",
    byline="Dana Whitfield",
    iso="2026-04-10T16:00:00Z",
    visible="10 April 2026",
    section="Launch Reports",
    image="https://www.smallsatorbit.example/img/2026/04/abay-1-render.jpg",
    year="2026",
    body=[
        "Liftoff of the Long March 6 from Taiyuan came at 23:24 UTC on 7 April "
        "(07:24 Beijing time on 8 April) carrying three payloads, among them Abay-1, a 72 kg "
        "optical imager built for SSGI, Ethiopia's national space and geospatial institute.",
        "The other two passengers were Chinese commercial remote-sensing smallsats whose "
        "operators have not published details. All three were released into a sun-synchronous "
        "orbit at roughly 530 km.",
        ("h", "Spacecraft"),
        "Abay-1 carries a push-broom imager with 4 m ground sample distance in its panchromatic "
        "band and 16 m in four multispectral bands, covering a swath of about 32 km. Power comes "
        "from deployable solar arrays feeding a lithium-ion battery, and SSGI quotes a design "
        "life of five years. Data are downlinked in X-band to the institute's Entoto ground "
        "station outside Addis Ababa.",
        "The spacecraft was developed jointly with Chinese partners under an arrangement that "
        "included 18 months of hands-on training in China for 21 SSGI engineers.",
        ("ad", "SmallSat Orbit Report Pro: launch manifests, rideshare pricing and orbit data. Free 14-day trial."),
        ("h", "Early operations"),
        "SSGI says first acquisition of signal came about 94 minutes after liftoff, on the "
        "satellite's first pass over Ethiopia, and that telemetry shows the power and "
        "attitude-control systems behaving as expected. Commissioning is expected to take "
        "several weeks, with first images promised in about two.",
        "\"We are taking it one subsystem at a time. The bus is healthy, the arrays are out and "
        "the imager will be switched on once thermal conditions settle,\" project manager Dawit "
        "Bekele told SmallSat Orbit Report.",
        "SSGI deputy director general Meron Alemayehu framed the mission in terms of data "
        "sovereignty, saying Ethiopian users should not have to buy imagery of their own "
        "country from foreign companies.",
        ("h", "Context"),
        "Abay-1 follows ETRSS-1, Ethiopia's first satellite, which flew on a Long March 4B from "
        "Taiyuan at the end of 2019. The new spacecraft is heavier and carries a far sharper "
        "camera.",
        "The programme budget is put at about US$8.5m, with a Chinese grant covering some 70%.",
        "For China, the mission adds to a growing list of launches for African customers, "
        "usually bundled with training and ground infrastructure. Long March 6, a "
        "kerosene-fuelled small-lift launcher used mainly for sun-synchronous missions, has flown "
        "regularly since its debut in 2015.",
        "For the mission SSGI upgraded the Entoto ground segment with a new X-band receiving "
        "antenna, and Bekele said the team would publish a commissioning timeline once the "
        "imager has been checked out.",
        "Element sets for all three objects appeared in public tracking catalogues within a "
        "day of launch, consistent with a near-circular orbit inclined at about 97.5 degrees, as "
        "expected for a sun-synchronous orbit at that height.",
        "We will update this report when SSGI publishes Abay-1's first images and orbital "
        "elements.",
    ],
    related=[
        ("Rideshare roundup: March 2026", "/launch-reports/2026/03/rideshare-roundup"),
        ("Africa's smallsat fleet passes 60 spacecraft", "/analysis/africa-smallsat-fleet"),
        ("Ground stations: who is building in East Africa?", "/analysis/east-africa-ground-stations"),
    ],
)

_S5_D = _bcast_page(
    site="EPB Online",
    url="https://www.epb-online.example/en/news/science/ethiopias-abay-1-satellite-successfully-launched",
    headline="Ethiopia's Abay-1 satellite successfully launched",
    summary="Ethiopia has launched its new earth-observation satellite, Abay-1, from China.",
    byline="EPB News",
    iso=None,
    visible=None,
    section="Science",
    image="https://www.epb-online.example/media/abay-1-launch.jpg",
    year="2026",
    listen="3 min",
    body=[
        "Ethiopia has successfully launched its new earth-observation satellite, Abay-1, from "
        "China.",
        "A Long March 6 rocket carried it aloft from the Taiyuan launch base at 2:54 a.m. local "
        "time on Wednesday, the Space Science and Geospatial Institute (SSGI) announced.",
        "SSGI Director General Dr. Meron Alemayehu congratulated the engineers who worked on the "
        "project and said the satellite would serve farmers, planners and water experts across "
        "the country.",
        "She said the country would save money that is currently spent on buying satellite "
        "images from abroad. Ethiopian institutions have relied heavily on commercial imagery "
        "from foreign providers for mapping and planning.",
        "Minister of Innovation and Technology Dr. Hanna Worku said the achievement showed that "
        "Ethiopia is able to compete in the field of space science and technology. She called "
        "on young people, especially young women, to pursue careers in science and engineering.",
        ("h", "About Abay-1"),
        "Abay-1 has a mass of 72 kg and will orbit at an altitude of about 530 km. It will be "
        "controlled from the ground station at the Entoto Observatory and Research Center.",
        "Its camera can capture images with a resolution of four metres, and the satellite is "
        "designed to remain in service for five years.",
        "The satellite was built with the support of the Chinese government, which provided a "
        "grant of about 6 million US dollars towards its total cost of about 8.5 million "
        "dollars. Twenty-one Ethiopian engineers took part in designing and assembling it.",
        "Farming, forestry, early warning of floods and droughts, and city planning are listed "
        "as its main uses. It will also help monitor water levels "
        "in major reservoirs, including the Grand Ethiopian Renaissance Dam (GERD).",
        ("ad", "Watch EPB Science Hour every Saturday evening on EPB TV."),
        "The country's earlier satellite, ETRSS-1, went up in December 2019. Since then, the "
        "country has been working to build its own capacity in satellite technology, including "
        "by training engineers abroad and at home.",
        "Residents of Addis Ababa who followed the news on social media expressed pride. \"I "
        "woke up and saw the video of the launch on my phone. It is something our parents "
        "could not have imagined,\" said Bethlehem Assefa, a student at Addis Ababa University.",
        "Engineers at the Entoto ground station received signals from the satellite on its "
        "first pass over Ethiopia, the institute said, and confirmed that it was in good "
        "health.",
        "\"This is not only a satellite. It is proof that our young engineers can do this "
        "work,\" said Dawit Bekele, the project manager, speaking at the institute.",
        "The institute said the satellite's systems will be tested over the coming weeks before "
        "it begins regular operations, and that the first images are expected soon.",
    ],
    related=[
        ("SSGI opens applications for space science scholarships", "/en/news/science/ssgi-scholarships"),
        ("Green Legacy: seedling preparation begins", "/en/news/environment/green-legacy-seedlings"),
        ("Ethiopia, China sign technology cooperation agreement", "/en/news/politics/ethiopia-china-technology"),
    ],
)

STORY_5 = _story("rocket-RB5", "rocket", "2026-04-11", [
    _page("https://www.meridianwire.example/science/space/china-launches-ethiopian-satellite-abay-1-2026-04-08/", _S5_A),
    _page("https://www.addiscourier.example/news/abay-1-in-orbit-ethiopia-satellite-first-signal", _S5_B),
    _page("https://www.smallsatorbit.example/launch-reports/2026/04/abay-1-long-march-6-taiyuan", _S5_C),
    _page("https://www.epb-online.example/en/news/science/ethiopias-abay-1-satellite-successfully-launched", _S5_D),
], [
    ("launch clock time", r"(?<![\d:])(0?2:24|0?7:24|23:24|11:24)(?!\d)", r"(?<![\d:])0?2:54(?!\d)"),
    ("Meron Alemayehu's title", r"(?<!deputy )director[- ]general", r"deputy director[- ]general"),
])


# ===========================================================================
# Story 6 - quake-RB6 - Magnitude 5.6 earthquake near Ain Azel, Algeria (CONTROL)
# ===========================================================================

_S6_A = _wire_page(
    site="Meridian Wire",
    url="https://www.meridianwire.example/world/africa/algeria-earthquake-setif-2025-11-22/",
    headline="Magnitude 5.6 quake in eastern Algeria kills two, injures 28",
    summary="The pre-dawn tremor struck near the town of Aïn Azel in Sétif province, the civil "
            "protection service said.",
    byline="Karim Belaïd",
    iso="2025-11-22T07:45:00Z",
    visible="November 22, 2025 7:45 AM GMT",
    section="World",
    image="https://img.meridianwire.example/2025/11/ain-azel-rubble.jpg",
    year="2025",
    body=[
        "ALGIERS, Nov 22 (Meridian Wire) - An earthquake of magnitude 5.6 struck Sétif province "
        "in north-eastern Algeria before dawn on Saturday, killing two people and injuring 28, "
        "the civil protection service said.",
        "The quake hit at 03:17 GMT at a depth of 10 km, with its epicentre about 6 km north of "
        "the town of Aïn Azel, said CRAAG, the Algerian research centre that monitors "
        "seismic activity. The American agency USGS estimated the size slightly lower, at 5.4.",
        "Civil protection spokesman Captain Nassim Bouzid said an elderly woman and her grandson "
        "were killed when their house collapsed in Aïn Azel, a farming town about 40 km (25 "
        "miles) south of the provincial capital, Sétif.",
        "\"Our teams are still going house to house in the outlying hamlets. These figures are "
        "provisional,\" Bouzid told Meridian Wire by telephone.",
        ("ad", "Meridian Wire Alerts: breaking news on your lock screen. Download the app."),
        "Residents described strong shaking that lasted several seconds and sent families "
        "running into the cold streets in their nightclothes. People in Batna, M'Sila "
        "and Bordj Bou Arréridj provinces also felt it.",
        "CRAAG said it had recorded at least 12 aftershocks by 07:00 GMT, none stronger than "
        "magnitude 4.1.",
        "Dozens of homes were damaged in Aïn Azel and surrounding villages, local media "
        "reported. Rescue teams were sent from Sétif and neighbouring provinces, and the "
        "interior ministry said it had set up a crisis cell to coordinate relief.",
        "The injured were taken to hospitals in Aïn Azel and Sétif, most of them with cuts and "
        "broken bones, Bouzid said. A search team with sniffer dogs was on its way from Algiers "
        "to help comb the rubble of collapsed houses in the surrounding hamlets.",
        "Images posted online showed cracked walls, fallen ceilings and a mosque minaret with a "
        "wide crack near its top. Water and electricity were cut in parts of the town for "
        "several hours.",
        "The governor, or wali, of Sétif province, Mourad Hadjadj, travelled to Aïn Azel at "
        "first light, state television showed.",
        "In Sétif itself, about 40 km to the north, the shaking woke residents but caused no "
        "serious damage, local radio said. The civil protection service urged people to keep "
        "away from damaged buildings and to leave roads clear for ambulances.",
        "Northern Algeria is slowly squeezed as Africa pushes towards Europe, and the country "
        "feels frequent tremors, most of them small. In May 2003 a 6.8 shock centred near "
        "Boumerdès, east of the capital, left more than 2,200 dead.",
        "Many rural houses in the high plains south of Sétif are built of earth and stone and "
        "are vulnerable to even moderate shaking, engineers say.",
        "(Reporting by Karim Belaïd; Editing by Tom Ashby)",
    ],
    related=[
        ("Algeria raises gas exports to Italy", "/business/energy/algeria-gas-italy/"),
        ("Morocco rebuilds mountain villages two years after quake", "/world/africa/morocco-rebuild/"),
        ("Tunisia olive harvest set for strong year", "/business/commodities/tunisia-olives/"),
    ],
)

_S6_B = _bcast_page(
    site="National Radio Online",
    url="https://www.nro-dz.example/en/national/setif-earthquake-death-toll-rises-to-three",
    headline="Sétif earthquake: death toll rises to three, 45 injured",
    summary="A third victim died in hospital on Saturday afternoon, the civil protection said "
            "in its 6 p.m. update.",
    byline="NRO Newsroom",
    iso="2025-11-22T19:05:00+01:00",
    visible="22/11/2025 - 19:05",
    section="National",
    image="https://www.nro-dz.example/media/2025/11/wali-ain-azel.jpg",
    year="2025",
    listen="4 min",
    body=[
        "The death toll from this morning's earthquake in the wilaya of Sétif has risen to "
        "three, with 45 people injured, according to a civil protection update issued at 6 p.m.",
        "The third victim, a man in his fifties, died of his injuries this afternoon at the "
        "Sétif University Hospital Centre (CHU), where he had been transferred from Aïn Azel.",
        "CRAAG measured the shock, which came at 4:17 a.m. local time, at 5.6 on the Richter "
        "scale. Its epicentre was located 6 kilometres north of Aïn Azel.",
        "Most of the injured suffered fractures, cuts and bruises. Thirty-one of them have been "
        "treated and allowed to go home, the civil protection said.",
        "The Wali of Sétif, Mourad Hadjadj, visited the affected areas this morning with the "
        "heads of civil protection and of the housing directorate. Speaking to NRO in Aïn Azel, "
        "he said technical teams had so far inspected at least 190 damaged homes and that "
        "families whose houses were unsafe would be rehoused.",
        "\"No family will spend the night without shelter. Tents, blankets and hot meals are "
        "already on site, and the technical inspections will continue tomorrow,\" the Wali said.",
        "Civil protection spokesman Captain Nassim Bouzid said 160 rescuers and 35 vehicles had "
        "been deployed to the area, including units from Batna and Bordj Bou Arréridj, and that "
        "search work in the outlying mechtas would continue overnight.",
        "The Wali also announced that engineers from the national construction inspection body "
        "would assess every damaged building, starting with schools, mosques and health "
        "centres, before residents are allowed back in.",
        "A total of 450 tents and 3,000 blankets have been distributed, according to the "
        "wilaya's services.",
        ("ad", "Listen to NRO live: news bulletins every hour, on air and online."),
        ("h", "Aftershocks"),
        "CRAAG has recorded more than 20 aftershocks since the main shock. The strongest, of "
        "magnitude 4.1, was felt at 6:02 a.m.",
        "Dr. Nadia Belkacem, head of the seismological surveillance department at CRAAG, called "
        "on citizens to remain calm. \"Aftershocks are normal after an event of this size and "
        "will become weaker and less frequent over the coming days. People should not go back "
        "into buildings with visible cracks until they have been checked,\" she said.",
        "Schools in Aïn Azel and neighbouring communes will remain closed for three days "
        "starting tomorrow, the education directorate announced.",
        "Residents of several neighbouring wilayas, among them Batna, M'Sila and Bordj Bou "
        "Arréridj, reported feeling the shock.",
        "In the centre of Aïn Azel, many residents spent the day outdoors, reluctant to go back "
        "inside. \"The walls were dancing. I took my children and ran. We will sleep in the car "
        "tonight,\" said Messaoud, a baker whose shop front was cracked.",
    ],
    related=[
        ("Civil protection: safety advice after an earthquake", "/en/national/earthquake-safety-advice"),
        ("Sétif: solidarity convoys leave for Aïn Azel", "/en/regions/setif-solidarity-convoys"),
        ("Weather: cold night expected on the high plateaus", "/en/weather/cold-night-high-plateaus"),
    ],
)

_S6_C = _paper_page(
    site="The Algiers Tribune",
    url="https://www.algierstribune.example/national/setif-quake-toll-climbs-to-four",
    headline="Sétif quake toll climbs to four as rescuers find body in hamlet",
    standfirst="Wali says 312 homes damaged, 57 of them uninhabitable; schools to reopen on "
               "Wednesday",
    byline="Amina Cherif",
    iso="2025-11-23T08:30:00+01:00",
    visible="Sunday 23 November 2025",
    section="National",
    image="https://www.algierstribune.example/photos/2025/11/mechta-el-kherba.jpg",
    year="2025",
    body=[
        "Rescuers recovered a fourth body late yesterday from the rubble of a house in Mechta "
        "El Kherba, a hamlet outside Aïn Azel, bringing the death toll from Saturday's "
        "earthquake in Sétif province to four, the civil protection said.",
        "The victim, a 71-year-old man who lived alone, had not been reported missing until "
        "neighbours noticed in the evening that nobody had seen him since the quake.",
        "The number of injured stood at 61 as of midnight, of whom nine remain in hospital in "
        "Sétif and Aïn Azel. Two are in a serious condition.",
        "CRAAG, the national research centre for astronomy and geophysics, says Saturday's "
        "magnitude 5.6 shock came at 4.17am and originated 10km below the surface.",
        ("ad", "Winter sale: heaters and blankets at unbeatable prices in all our stores."),
        "Wali Mourad Hadjadj said last night that 312 homes had been damaged, 57 of them so "
        "badly that they can no longer be lived in. Families from those homes have been placed "
        "in tents and in two school buildings, while others have moved in with relatives.",
        "\"The count of damaged homes will probably rise as the engineers reach the remote "
        "mechtas. We will rebuild, and the state will carry the cost,\" Hadjadj said.",
        "CRAAG said 38 aftershocks had been recorded by midnight on Saturday, most of them too "
        "weak to be felt.",
        ("h", "A region used to shaking"),
        "Dr Nadia Belkacem of CRAAG said the area south of Sétif sits on a system of folds and "
        "faults that has produced moderate earthquakes in the past. \"We cannot predict the "
        "next one. What we can do is build better,\" she said, urging local authorities to "
        "enforce the seismic building code for new construction.",
        "Algeria's building rules were tightened after the May 2003 Boumerdès earthquake, which "
        "measured 6.8 and killed more than 2,200 people. But many older rural houses, built of "
        "earth and stone, predate those rules.",
        ("fig", "Residents inspect a collapsed house in Mechta El Kherba on Saturday.",
         "Photo: Tribune / Yacine Ait Ali",
         "https://www.algierstribune.example/photos/2025/11/collapsed-house.jpg"),
        "In Aïn Azel, teacher Samira Boukhalfa said her pupils' families were frightened but "
        "determined. \"People here are used to hard winters. What they need now is to know that "
        "the tents will be replaced by real houses before the next one,\" she said.",
        "Schools in the affected communes, closed since the quake, will reopen on Wednesday. "
        "Solidarity convoys from Sétif, Bordj Bou Arréridj and Algiers arrived throughout "
        "Saturday with food, water and mattresses.",
        "Civil protection teams worked through the night with floodlights in the mechtas around "
        "the town, where access roads are narrow and unpaved.",
        "On the road into Aïn Azel yesterday, lorries loaded with tents queued behind ambulances "
        "while volunteers handed out bread and bottled water at a makeshift post beside the "
        "town's main mosque.",
        "The earthquake was the strongest to hit Sétif province in years, residents said.",
    ],
    related=[
        ("Editorial: Building codes save lives, if they are enforced", "/opinion/building-codes"),
        ("Sonatrach signs new exploration deals", "/economy/sonatrach-exploration"),
        ("Ligue 1: ES Sétif draw at home", "/sport/es-setif-draw"),
    ],
)

_S6_D = _blog_page(
    site="Fault Lines Maghreb",
    url="https://faultlinesmaghreb.example/2025/11/ain-azel-earthquake-first-look",
    headline="The Aïn Azel earthquake: a first look at the data",
    subtitle="Magnitudes, depth, aftershocks - and why two agencies give two numbers",
    author="Yacine Meziane",
    visible="Monday, November 24, 2025",
    image="https://faultlinesmaghreb.example/img/2025/ain-azel-map.png",
    body=[
        "For those of us in Montreal, the first alerts came in at 10:17 p.m. on Friday. In Aïn "
        "Azel it was 4:17 on Saturday morning, and people were asleep.",
        "The latest civil protection count, as I write, is four dead and 61 "
        "injured. My thoughts are with the families in Aïn Azel and in the mechtas around it.",
        ("h", "How big was it?"),
        "CRAAG, which runs Algeria's national seismic network, gives a magnitude of 5.6. The "
        "USGS gives 5.4. Readers keep asking me which one is 'right'. The honest answer is both: "
        "agencies use different stations and different magnitude scales, and a gap of two "
        "tenths at this size is routine. CRAAG's local network is much denser, so for an event "
        "like this I would lean on its number.",
        "Depth: CRAAG reports 10 km (about 6 miles). Shallow depths like this are typical of the "
        "folded belt of northern Algeria, and they help explain why the damage was concentrated "
        "so close to the epicentre.",
        "A note on times, since I have seen some confusion in the comments: the origin time was "
        "03:17 UTC on Saturday. Algeria is on UTC+1 all year with no daylight saving, so that is "
        "04:17 local time, and in Montreal (UTC-5 in November) it was 22:17 on Friday.",
        "Location: about 6 km north of Aïn Azel, which is itself roughly 40 km south of Sétif "
        "city - call it 25 miles for my American readers.",
        ("h", "Aftershocks"),
        "By Sunday evening CRAAG had logged 47 aftershocks. The largest, magnitude 4.1, came at "
        "06:02 local time on Saturday, less than two hours after the main shock. The rate has "
        "tailed off the way you would expect, roughly following Omori's law.",
        ("ad", "This post is supported by readers. Become a member for the price of a coffee a month."),
        ("h", "Damage"),
        "The wali's figures on Saturday night were 312 homes damaged, 57 of them uninhabitable. "
        "That is a lot for a magnitude 5.6, and it is almost entirely a story about building "
        "materials: old earth-and-stone houses in the hamlets, not the newer concrete blocks in "
        "town.",
        "The casualty figures also moved over the weekend, as they always do. The first count "
        "on Saturday morning was two dead and 28 injured; it rose through the day and again "
        "overnight as teams reached the outlying hamlets. That is the normal pattern, not a sign "
        "that anyone got it wrong.",
        ("h", "Context"),
        "The 2003 Boumerdès earthquake (magnitude 6.8, more than 2,200 dead) is the reference "
        "point for most Algerians. This event is nowhere near that scale, but the lesson is the "
        "same one: moderate shaking plus fragile houses equals casualties.",
        "I will post an update when CRAAG publishes its focal mechanism. If you want to help "
        "the families, the Algerian Red Crescent is collecting donations through its regional "
        "office in Sétif.",
    ],
    related=[
        ("Why Algeria's quakes are mostly thrust faults", "/2025/06/algeria-thrust-faults"),
        ("Reading a USGS event page, line by line", "/2025/03/reading-usgs-event-page"),
        ("Remembering Boumerdès, 22 years on", "/2025/05/remembering-boumerdes"),
    ],
)

STORY_6 = _story("quake-RB6", "earthquake", "2025-11-25", [
    _page("https://www.meridianwire.example/world/africa/algeria-earthquake-setif-2025-11-22/", _S6_A),
    _page("https://www.nro-dz.example/en/national/setif-earthquake-death-toll-rises-to-three", _S6_B),
    _page("https://www.algierstribune.example/national/setif-quake-toll-climbs-to-four", _S6_C),
    _page("https://faultlinesmaghreb.example/2025/11/ain-azel-earthquake-first-look", _S6_D),
], [])


STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
