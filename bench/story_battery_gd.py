"""Story battery, part GD — East Africa (Kenya, Tanzania, Uganda, Ethiopia, Rwanda), events in 2026.

Written by engineer GD1 on 2026-12-07 for the twenty-sixth batch, a precision batch: most
differences between the outlets of a story are legitimate variation that a careful editor
would accept, and only the planted items are real contradictions.  All outlets, reporters,
companies, most officials and all figures are invented; institutions and places are real.

cb-GD1 (central bank) - The Central Bank of Kenya's Monetary Policy Committee cuts the
Central Bank Rate by 25 bp, from 9.25% to 9.00%, on Tuesday 6 October 2026 (statement at
about 5.30pm EAT / 14:30 GMT).  PLANTED (3): (1) September headline inflation 4.1% vs 4.7%
(Daily Harambee); (2) the governor's surname Waweru vs "Wawero" (SBC live page); (3) the
weekday of the MPC meeting, Tuesday vs Monday (EastAfrica Markets Monitor).  Outlets:
Meridian Wire Service (wire), Daily Harambee (newspaper), SBC News (broadcaster live page),
EastAfrica Markets Monitor (specialist, no machine-readable date).  Traps: old vs new rate
(9.25/9.50 in August vs 9.00 now); forecasts vs actuals (analysts' 8.75% for December, 8.50%
by mid-2027; 5.4% growth forecast vs 5.1% Q2 actual); different measures that look alike
(core 3.6%, food 5.9%, fuel 2.8%, lending rate 14.8%/15.3%, 91-day bill 7.84%, 182-day
8.02%, 364-day 9.3%, 10-year 13.1%, Eurobond 8.6%, CRR 3.25%, real rate 4.9 points, NPLs
16%); 129.25 vs "about 129.3" vs "around 129" shillings per dollar; reserves $11.46bn vs
"about $11.5bn", KSh1.48trn; Sh635.5bn "about $4.9bn"; KSh180bn ($1.4bn); EAT vs GMT;
names with/without middle names (Caroline Njeri Waweru, Brian Otieno Mwangi, Daniel Kiprono
Langat); "Governor" vs "CBK Governor"; the governor's quote in three acceptable wordings;
analyst poll "six of nine" vs "most analysts"; sidebar headlines with other rates.

el-GD2 (election) - Nakuru Town East (Kenya) parliamentary by-election on Thursday 20
August 2026, result declared on Friday 21 August at 2:40pm EAT (11:40 GMT).  CONTROL.
Outlets: RVTV News (broadcaster live page, Thursday), Continental Press Agency (wire,
Friday), The Lakeside Chronicle (local newspaper, Saturday, no machine-readable date), Bunge
Watch (parliamentary-monitoring specialist).  Traps: turnout 21.4% at midday and 36.9% at
4pm vs final 43.8% ("about 44 per cent"); 2022 turnout 58.6% ("nearly 59"); provisional
22,870 vs 18,412 from 148 of 211 stations vs final 32,404 vs 25,918 ("just over 32,400");
52.3% of valid votes vs 51.8% of ballots cast vs 55.6% two-candidate share; 2022 UPA share
64%; margin 6,486 votes / 10.5 points / "six-thousand-vote"; rejected 611, valid 61,906;
third-placed 2,107 (3.4%), others 1,477; names with/without middle names (Grace Wambui
Kariuki, Peter ole Sankale, Esther Chebet Koech, Joseph Mwaura Gitau); "constituency
returning officer" vs "IEBC returning officer"; MCA / MP-elect; Sankale's two different
remarks; "two people" vs "a man and a woman"; bail and bribe amounts; background death of
the former MP on 3 May; 28-day petition window; polls 6am-5pm (14:00 GMT).

ct-GD3 (court) - Uganda's Constitutional Court voids sections 7 and 12 of the (invented)
Online Platforms (Regulation) Act, 2025 on Thursday 17 September 2026.  CONTROL.  Outlets:
Horn & Lakes News Agency (wire), Daily Pearl (newspaper, no machine-readable date),
JurisAfrica Review (legal specialist).  Traps: split by section (unanimous 5-0 on s.12,
4-1 on s.7); one outlet names all five justices, others only two or three; "Justice" vs
"Lady Justice", "Principal State Attorney" vs "a state attorney"; names with/without middle
names (Moses Kazibwe Tumwine, Harriet Namuli Ochieng, Sarah Nalwoga Birungi, Brenda Atim
Okello, Denis Ojok Okwir); USh vs US$ (500,000 / $135; 10 million / about $2,700; 1.9
billion / $514,000 / "a little over half a million"); 3,812 vs "more than 3,800" users;
"Twenty-seven" vs "27" prosecutions; 90-day refund window vs 28 March 2025 assent vs 9
April 2025 filing vs February 2025 passage vs June 2026 hearing vs January 2023 Computer
Misuse Act ruling; quotes in acceptable variant wordings; sidebar "3-2 ruling" in Kenya.

tr-GD4 (trade) - Bank of Tanzania monthly review released Tuesday 29 September 2026:
exports of goods and services $17.84bn in the year to August 2026 (+14.2%); trade minister
speaks at the East African Business Forum in Arusha on 30 September.  PLANTED (3): (1) gold
exports $4.12bn vs $4.21bn (KBN Business updates page); (2) Rehema Mwakalinga's title,
director of economic research and policy vs "Deputy Governor" (The Coastal Mirror); (3) the
place of the minister's speech, Arusha vs Mwanza (AgriTrade East Africa).  Outlets: Indian
Ocean Newswire (wire), The Coastal Mirror (newspaper), KBN Business (broadcaster updates
page), AgriTrade East Africa (commodity specialist, no machine-readable date).  Traps: year
to August 2026 vs year to August 2025 ($15.62bn) vs calendar 2025 ($16.7bn) vs August alone
($1.62bn vs $1.41bn); goods $10.96bn vs services $6.88bn vs travel $3.97bn; gold last year
$3.31bn, +24.5%; gold in tonnes (6.2 t bought by the BoT); USD vs TSh (Sh44.8trn,
Sh10.35trn, Sh1.53trn; 2,512 per dollar); cashew $611m vs 402,000 tonnes vs TSh 3,780/kg
(about $1.50); coffee $262m, horticulture $415m, Zanzibar $48.6m; current-account deficit
$2.31bn vs $3.06bn; reserves $6.1bn, 4.8 months ("almost five"); $20bn 2028 target;
15/20% gold-price scenario and 15% cashew levy and 17-18% interest; "acting director
general" of the Cashewnut Board (a different person); names with/without middle names.

rk-GD5 (rocket) - Tausi Aerospace's Kipepeo-2 sounding rocket flies from the Luigi Broglio
Space Centre near Malindi, Kenya, on Saturday 11 July 2026 at 06:42 EAT (03:42 GMT).
CONTROL.  Outlets: Pwani Broadcasting (broadcaster live page), Equator Wire (wire),
OrbitalAfrica (space specialist, no machine-readable date).  Traps: preliminary apogee
"about 85km" (07:20) revised to 87.3 km (09:30) / "87 km" / 54 miles / "nearly 90 km";
target 100 km (62 miles); Mach 4.6 vs 5,600 km/h vs 3,480 mph; splashdown 64 km vs 40
miles offshore; cost KSh 420m vs $3.25m vs "roughly US$3.3 million"; scrubbed attempt on
Thursday 9 July; Kipepeo-1 reached 11.8 km in November 2025; Kipepeo-3 in 2027, orbit
before 2032; "acting director general" vs "director general" of the Kenya Space Agency;
Amina Wanjiku Odhiambo vs Amina Odhiambo; 1967-1988 San Marco launches; sidebar dates.

eq-GD6 (earthquake) - Magnitude 5.8 (USGS) earthquake about 18 km north-west of Kasese,
western Uganda, on Monday 2 November 2026 at 21:17 EAT (18:17 UTC).  PLANTED (3): (1) the
clock time 21:17 / 9.17pm / 18:17 GMT vs 9:47 p.m. / 1847 GMT (Great Lakes Wire); (2) the
USGS depth 10 km vs 35 km (The Kampala Ledger); (3) the Kasese Resident District
Commissioner Joseph Baluku vs "Joseph Bwambale" (RBS live page).  Outlets: RBS News
(broadcaster live page), Great Lakes Wire (wire), The Kampala Ledger (newspaper, no
machine-readable date), QuakeWatch Africa (science specialist).  Traps: USGS 5.8 vs DGSM
local magnitude 5.6 (depth about 14 km) vs GFZ 5.7; toll growing over time (2 dead at 23:40;
6 dead and 48 injured on Tuesday morning; 9 dead and 131 injured by Tuesday afternoon);
18 km vs 11 miles; Kampala about 290 km / 180 miles away; aftershock M4.4 at 04:05 EAT /
01:05 UTC; 412 houses damaged and 63 destroyed; Shs2.5 billion relief; 14 March 2026 M4.7
Bundibugyo tremor about 60 km away; names with/without middle names (Godfrey Tumusiime
Kato, Lilian Aber Nsubuga, Patrick Mugisa Ahimbisibwe); "State Minister for Disaster
Preparedness" vs "state minister for disaster preparedness" unnamed; sidebar quakes.
"""
from __future__ import annotations

import json
import re
from html import escape

# ---------------------------------------------------------------------------
# Page-skeleton helpers.  They only build site furniture (head, navigation,
# cookie banner, share bar, sidebars, footer).  Every article's prose is
# written out in full in the story sections below.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return escape(text, quote=False)


def _a(text: str) -> str:
    return escape(text, quote=True)


def _paras(paras: list[str], indent: str = "        ") -> str:
    return "\n".join(f"{indent}<p>{_e(p)}</p>" for p in paras)


def _items(items: list[str], indent: str = "          ") -> str:
    return "\n".join(f'{indent}<li><a href="#">{_e(i)}</a></li>' for i in items)


def _jsonld(
    kind: str,
    headline: str,
    url: str,
    site: str,
    author: str,
    published: str,
    modified: str | None = None,
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "datePublished": published,
        "dateModified": modified or published,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site},
    }
    text = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'  <script type="application/ld+json">\n{text}\n  </script>\n'


def _head(
    *,
    title: str,
    description: str,
    url: str,
    site: str,
    headline: str,
    author: str,
    published: str | None,
    modified: str | None,
    ld: str | None,
    meta_time: bool,
    css: str,
) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{_e(title)}</title>",
        f'  <meta name="description" content="{_a(description)}">',
        f'  <meta property="og:title" content="{_a(headline)}">',
        f'  <meta property="og:site_name" content="{_a(site)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:url" content="{_a(url)}">',
        '  <meta name="twitter:card" content="summary_large_image">',
        f'  <link rel="canonical" href="{_a(url)}">',
        f'  <link rel="stylesheet" href="{_a(css)}">',
    ]
    if published and meta_time:
        out.append(f'  <meta property="article:published_time" content="{published}">')
        if modified:
            out.append(f'  <meta property="article:modified_time" content="{modified}">')
    head = "\n".join(out) + "\n"
    if published and ld:
        head += _jsonld(ld, headline, url, site, author, published, modified)
    return head + "</head>\n"


def _wire(
    *,
    site: str,
    short: str,
    url: str,
    section: str,
    headline: str,
    title: str,
    byline: str,
    date_html: str,
    body: list[str],
    credit: str,
    related: list[str],
    published: str | None = None,
    modified: str | None = None,
    ld: str | None = None,
    meta_time: bool = False,
    caption: str | None = None,
) -> str:
    """Wire-service story page."""
    head = _head(
        title=title, description=body[0][:200], url=url, site=site, headline=headline,
        author=byline, published=published, modified=modified, ld=ld,
        meta_time=meta_time, css="/static/wire.css",
    )
    fig = ""
    if caption:
        fig = (
            '      <figure class="lead-image">\n'
            '        <img src="/media/lead.jpg" alt="">\n'
            f"        <figcaption>{_e(caption)}</figcaption>\n"
            "      </figure>\n"
        )
    return head + f"""<body class="wire story">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <div class="consent-banner" role="dialog" aria-label="Cookie consent">
    <p>{_e(site)} uses cookies and similar technologies to improve your experience and
    to measure audiences. <a href="/privacy">Privacy notice</a></p>
    <button type="button">Accept all</button> <button type="button">Reject optional</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">{_e(site)}</a>
    <nav aria-label="Primary">
      <ul>
        <li><a href="/world">World</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/markets">Markets</a></li>
        <li><a href="/africa">Africa</a></li>
        <li><a href="/science">Science</a></li>
        <li><a href="/sport">Sport</a></li>
      </ul>
    </nav>
    <a class="signin" href="/account">Sign in</a>
  </header>
  <main id="main-content">
    <article class="story">
      <p class="story-section"><a href="#">{_e(section)}</a></p>
      <h1 class="story-headline">{_e(headline)}</h1>
      <p class="story-byline">By {_e(byline)}</p>
      <p class="story-date">{date_html}</p>
      <div class="share-bar">
        <a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a>
        <a href="#">Copy link</a>
      </div>
{fig}      <div class="story-body" itemprop="articleBody">
{_paras(body)}
      </div>
      <p class="story-credit">{_e(credit)}</p>
      <p class="trust">Our Standards: The {_e(site)} Trust Principles.</p>
    </article>
    <aside class="related" aria-label="Related stories">
      <h2>Related coverage</h2>
      <ul>
{_items(related)}
      </ul>
    </aside>
    <section class="newsletter">
      <h2>Get the {_e(short)} Africa Briefing</h2>
      <p>The day's top stories from across the continent, in your inbox every weekday.</p>
      <form><input type="email" placeholder="Email address"> <button>Sign up</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About {_e(short)}</a></li><li><a href="/terms">Terms of use</a></li>
    <li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
    <p>&copy; 2026 {_e(site)}. All rights reserved. Quotes delayed at least 15 minutes.</p>
  </footer>
</body>
</html>
"""


def _paper(
    *,
    site: str,
    url: str,
    section: str,
    headline: str,
    title: str,
    standfirst: str,
    byline: str,
    date_html: str,
    body: list[str],
    most_read: list[str],
    published: str | None = None,
    modified: str | None = None,
    ld: str | None = None,
    meta_time: bool = False,
    caption: str | None = None,
    edition: str = "",
) -> str:
    """Newspaper article page."""
    head = _head(
        title=title, description=standfirst, url=url, site=site, headline=headline,
        author=byline, published=published, modified=modified, ld=ld,
        meta_time=meta_time, css="/assets/paper.min.css",
    )
    fig = ""
    if caption:
        fig = (
            '      <figure class="article-figure">\n'
            '        <img src="/images/main.jpg" alt="">\n'
            f'        <figcaption class="caption">{_e(caption)}</figcaption>\n'
            "      </figure>\n"
        )
    return head + f"""<body class="paper article-page">
  <a href="#content" class="visually-hidden-focusable">Skip to content</a>
  <div id="cookie-notice">
    <p>We value your privacy. We and our partners use cookies to personalise content and
    ads. By clicking &ldquo;I agree&rdquo; you consent to this.</p>
    <button>I agree</button> <button>More options</button>
  </div>
  <div class="topbar"><span class="edition">{_e(edition)}</span>
    <a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a>
  </div>
  <header class="site-header">
    <a class="brand" href="/">{_e(site)}</a>
    <nav class="main-nav">
      <a href="/news">News</a> <a href="/counties">Regions</a> <a href="/business">Business</a>
      <a href="/politics">Politics</a> <a href="/opinion">Opinion</a>
      <a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a>
    </nav>
  </header>
  <main id="content" class="container">
    <article class="article">
      <div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="#">{_e(section)}</a></div>
      <h1 class="article-title">{_e(headline)}</h1>
      <p class="standfirst">{_e(standfirst)}</p>
      <div class="article-meta">
        <span class="author">{_e(byline)}</span>
        <span class="date">{date_html}</span>
      </div>
      <ul class="social-share">
        <li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
        <li><a href="#">WhatsApp</a></li><li><a href="#">Telegram</a></li>
      </ul>
{fig}      <div class="article-body" itemprop="articleBody">
{_paras(body)}
      </div>
      <div class="article-tags"><span>Tags:</span> <a href="#">{_e(section)}</a></div>
      <div class="comments"><a href="#">View comments</a></div>
    </article>
    <aside class="sidebar">
      <div class="most-read">
        <h3>Most Read</h3>
        <ol>
{_items(most_read)}
        </ol>
      </div>
      <div class="subscribe-box">
        <h3>Enjoying our journalism?</h3>
        <p>Get unlimited access to the digital edition for less than the price of a paper.</p>
        <a class="btn" href="/subscribe">Subscribe now</a>
      </div>
    </aside>
  </main>
  <footer class="footer">
    <p>Write to the editor: letters@{_e(url.split('/')[2].replace('www.', ''))}</p>
    <p>&copy; Copyright 2026 {_e(site)}. All Rights Reserved.</p>
  </footer>
</body>
</html>
"""


def _live(
    *,
    site: str,
    url: str,
    headline: str,
    title: str,
    summary: list[str],
    entries: list[tuple[str, str, list[str]]],
    byline: str,
    date_html: str,
    related: list[str],
    published: str | None = None,
    modified: str | None = None,
    ld: str | None = None,
    meta_time: bool = False,
    zone: str = "EAT",
) -> str:
    """Broadcaster live / updates page.  Entries are given newest first."""
    head = _head(
        title=title, description=summary[0], url=url, site=site, headline=headline,
        author=byline, published=published, modified=modified, ld=ld,
        meta_time=meta_time, css="/css/live.css",
    )
    posts = []
    for stamp, heading, paras in entries:
        h = f"\n          <h3>{_e(heading)}</h3>" if heading else ""
        posts.append(
            '        <div class="live-post">\n'
            f'          <span class="post-time">{_e(stamp)} {zone}</span>{h}\n'
            f"{_paras(paras, '          ')}\n"
            '          <div class="post-share"><a href="#">Share</a></div>\n'
            "        </div>"
        )
    key = "\n".join(f"          <li>{_e(s)}</li>" for s in summary)
    return head + f"""<body class="live-page">
  <a class="skip" href="#live">Skip to content</a>
  <div class="cookie-bar"><p>This site uses cookies. Continue browsing if you are happy with
  this, or <a href="/cookies">find out how to manage cookies</a>.</p><button>OK</button></div>
  <header class="bc-header">
    <a class="bc-logo" href="/">{_e(site)}</a>
    <nav>
      <a href="/news">Home</a> <a href="/news/africa">Africa</a> <a href="/business">Business</a>
      <a href="/tv">Watch Live TV</a> <a href="/radio">Radio</a> <a href="/weather">Weather</a>
    </nav>
  </header>
  <main id="live">
    <div class="live-header">
      <span class="badge">LIVE</span>
      <h1>{_e(headline)}</h1>
      <p class="live-meta">{_e(byline)} &middot; {date_html}</p>
    </div>
    <div class="live-body" itemprop="articleBody">
      <section class="key-points">
        <h2>Summary</h2>
        <ul>
{key}
        </ul>
      </section>
      <section class="feed">
{chr(10).join(posts)}
      </section>
    </div>
    <aside class="more">
      <h2>More on this story</h2>
      <ul>
{_items(related)}
      </ul>
    </aside>
  </main>
  <footer class="bc-footer">
    <p>Download our app &middot; Terms &middot; Privacy &middot; Accessibility</p>
    <p>&copy; {_e(site)} 2026. We are not responsible for the content of external sites.</p>
  </footer>
</body>
</html>
"""


def _niche(
    *,
    site: str,
    url: str,
    kicker: str,
    headline: str,
    title: str,
    dek: str,
    byline: str,
    bio: str,
    date_html: str,
    body: list[str],
    sidebar_title: str,
    sidebar: list[str],
    published: str | None = None,
    modified: str | None = None,
    ld: str | None = None,
    meta_time: bool = False,
    caption: str | None = None,
) -> str:
    """Specialist / trade-site analysis page."""
    head = _head(
        title=title, description=dek, url=url, site=site, headline=headline,
        author=byline, published=published, modified=modified, ld=ld,
        meta_time=meta_time, css="/wp-content/themes/pro/style.css",
    )
    fig = ""
    if caption:
        fig = (
            '    <div class="wp-caption">\n'
            '      <img src="/wp-content/uploads/2026/feature.jpg" alt="">\n'
            f'      <p class="wp-caption-text">{_e(caption)}</p>\n'
            "    </div>\n"
        )
    return head + f"""<body class="single single-post">
<a class="screen-reader-text" href="#primary">Skip to content</a>
<div class="gdpr-popup"><p>We use cookies to give you the best experience on our website.
<a href="/cookie-policy">Cookie policy</a></p><button>Accept</button><button>Settings</button></div>
<div class="site-top"><a href="/">{_e(site)}</a>
  <ul class="menu">
    <li><a href="/news">News</a></li><li><a href="/analysis">Analysis</a></li>
    <li><a href="/data">Data</a></li><li><a href="/events">Events</a></li>
    <li><a href="/jobs">Jobs</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul>
</div>
<div id="primary" class="content-area">
  <article class="post">
    <span class="cat-links">{_e(kicker)}</span>
    <h1 class="entry-title">{_e(headline)}</h1>
    <p class="entry-dek">{_e(dek)}</p>
    <div class="entry-meta">{_e(byline)} | {date_html} | 6 min read</div>
{fig}    <div class="entry-content" itemprop="articleBody">
{_paras(body, '      ')}
    </div>
    <div class="sharedaddy"><h3>Share this:</h3>
      <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Print</a>
    </div>
    <div class="author-box"><p>{_e(bio)}</p></div>
  </article>
  <aside id="secondary" class="widget-area">
    <section class="widget"><h2 class="widget-title">{_e(sidebar_title)}</h2>
      <ul>
{_items(sidebar, '        ')}
      </ul>
    </section>
    <section class="widget newsletter-widget"><h2 class="widget-title">Newsletter</h2>
      <p>Our weekly briefing, free every Friday. Join 18,000 professionals.</p>
      <input type="email" placeholder="Your email"> <button>Subscribe</button>
    </section>
  </aside>
</div>
<footer class="site-footer"><p>&copy; 2026 {_e(site)} &middot; Powered by independent
journalism &middot; <a href="/advertise">Advertise</a> &middot; <a href="/about">About us</a></p>
</footer>
</body>
</html>
"""


def _art(html: str) -> dict:
    """One article entry; the URL is the page's own canonical link."""
    m = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    assert m is not None
    return {"url": m.group(1), "html": html}


# ---------------------------------------------------------------------------
# cb-GD1 - Central Bank of Kenya rate cut, Tuesday 6 October 2026
# ---------------------------------------------------------------------------

_CB_WIRE = _wire(
    site="Meridian Wire Service",
    short="Meridian",
    url=(
        "https://www.meridianwire.example/markets/africa/"
        "kenya-central-bank-cuts-key-rate-to-9-2026-10-06/"
    ),
    section="Africa Markets",
    headline="Kenya's central bank cuts key rate to 9.00% as inflation eases",
    title="Kenya's central bank cuts key rate to 9.00% as inflation eases | Meridian",
    byline="Wairimu Gathoni",
    date_html=(
        '<time datetime="2026-10-06T15:02:00+00:00">October 6, 2026 3:02 PM GMT</time>'
        ' &middot; Updated 4 hours ago'
    ),
    published="2026-10-06T15:02:00+00:00",
    ld="NewsArticle",
    meta_time=True,
    caption=(
        "The Central Bank of Kenya headquarters on Haile Selassie Avenue, Nairobi. "
        "File photo: Meridian/Tom Njuguna"
    ),
    body=[
        "NAIROBI, Oct 6 (Meridian) - Kenya's central bank cut its benchmark lending rate by "
        "25 basis points to 9.00% on Tuesday, its second reduction in two months, saying "
        "inflation was comfortably inside its target range and that lending to businesses "
        "needed more support.",
        "The Central Bank of Kenya's Monetary Policy Committee (MPC) lowered the Central Bank "
        "Rate (CBR) from 9.25%, the bank said in a statement issued at about 1430 GMT. Six of "
        "nine analysts polled by Meridian last week had expected a cut of that size, while "
        "the other three had forecast no change.",
        '"The committee concluded that there was scope for a further easing of the monetary '
        "policy stance to support lending by banks to the private sector, while ensuring "
        'that inflationary expectations remain anchored," Governor Caroline Waweru told a '
        "news conference in Nairobi shortly after the decision was published.",
        "Headline inflation slowed to 4.1% in September from 4.4% in August, official data "
        "showed last week, below the 5% midpoint of the bank's target range of 2.5% to 7.5%. "
        "Core inflation, which strips out volatile food and energy prices, stood at 3.6%.",
        "Waweru said the committee expected inflation to stay below the midpoint of the range "
        "in the near term, helped by lower food prices after good long rains and by a stable "
        "shilling. The currency traded at 129.25 per dollar on Tuesday, little changed from a "
        "month earlier.",
        "The MPC last cut the rate on Aug. 11, by 25 basis points from 9.50%, after holding "
        "it at that level at its June meeting.",
        "Private-sector credit growth, which the bank has been trying to revive, picked up to "
        "4.3% year-on-year in September from 3.1% in August, Waweru said, but remained well "
        "below the double-digit pace seen before 2024.",
        '"Credit growth is recovering, but from a low base. Banks have been slow to pass on '
        'our earlier cuts, and we will be watching that closely," she said.',
        "The average commercial bank lending rate stood at 14.8% in August, according to "
        "central bank data, compared with 15.3% in June.",
        "The bank kept its forecast for economic growth this year at 5.4%. The economy grew "
        "5.1% year-on-year in the second quarter, the statistics office said last week.",
        "Foreign exchange reserves stood at $11.46 billion, equivalent to 5.0 months of "
        "import cover and above the statutory requirement of four months, the bank said.",
        "Analysts said the bank could ease again when the MPC next meets in December, "
        "especially if the U.S. Federal Reserve keeps lowering its own rates and the shilling "
        "stays steady.",
        '"The tone of the statement was more dovish than we expected. We now see the CBR at '
        '8.75% by the end of the year," said Brian Mwangi, head of research at Kilele Capital '
        "in Nairobi.",
        "Not everyone was convinced that a second cut in quick succession was needed. Fatuma "
        "Hassan Ali, an economist at Pwani Securities in Mombasa, said the committee had "
        "taken a risk with global oil prices still volatile.",
        '"Inflation is low today, but fuel is the wild card. If pump prices jump, the bank '
        'will have less room than it thinks," she said.',
        "The bank left the cash reserve ratio, the share of deposits lenders must hold at the "
        "central bank, unchanged at 3.25%.",
        "Yields on government securities have fallen steadily this year as the government "
        "borrows less at home. The 91-day Treasury bill yield eased to 7.84% at last week's "
        "auction from about 8.1% a month earlier.",
        "Kenya's economy, East Africa's largest, has been recovering from a period of tight "
        "financing in 2023 and 2024, when the central bank raised rates sharply to defend the "
        "shilling and tame inflation.",
    ],
    credit=(
        "Reporting by Wairimu Gathoni; Additional reporting by Ali Mohamed Said in Mombasa; "
        "Editing by Hugh Lawson-Tate"
    ),
    related=[
        "Uganda's central bank holds key rate at 9.75% for fifth straight meeting",
        "Ethiopia's birr weakens past 160 per dollar after IMF review",
        "Jamii Telecom first-half profit rises 11% to 38.2 billion shillings",
        "Tanzania keeps policy rate at 5.75% for the fourth quarter",
    ],
)

_CB_PAPER = _paper(
    site="Daily Harambee",
    url=(
        "https://www.dailyharambee.example/business/2026-10-07/"
        "cbk-lowers-lending-rate-again-as-inflation-cools"
    ),
    section="Business",
    headline="CBK lowers lending rate again, piles pressure on banks to cut loan costs",
    title="CBK lowers lending rate again, piles pressure on banks to cut loan costs - "
    "Daily Harambee",
    standfirst=(
        "Monetary Policy Committee trims benchmark rate to 9.0 per cent, the second cut "
        "since August, as borrowers wait for cheaper loans."
    ),
    byline="By MERCY ACHIENG' ONYANGO",
    date_html="Wednesday, October 7, 2026",
    edition="Nairobi Edition",
    published="2026-10-07T05:30:00+03:00",
    meta_time=True,
    caption=(
        "CBK Governor Dr Caroline Njeri Waweru (centre) with Deputy Governor Daniel Kiprono "
        "Langat (left) during the post-MPC briefing in Nairobi. PHOTO | JOSEPH MUTHAMA"
    ),
    body=[
        "The Central Bank of Kenya (CBK) has cut its benchmark lending rate for the second "
        "time in two months, turning up the heat on commercial banks that borrowers accuse "
        "of keeping the cost of loans stubbornly high.",
        "The Monetary Policy Committee (MPC), chaired by CBK Governor Dr Caroline Njeri "
        "Waweru, on Tuesday lowered the Central Bank Rate (CBR) to 9.0 per cent from 9.25 "
        "per cent, in a statement released at 5.30pm.",
        '"The committee concluded there was room for further easing of monetary policy to '
        'support bank lending to the private sector while keeping inflation expectations '
        'anchored," Dr Waweru told journalists at the bank\'s headquarters.',
        "Inflation stood at 4.7 per cent in September, well within the government's target "
        "range of five per cent plus or minus 2.5 percentage points, giving the committee "
        "room to act. Food inflation eased to 5.9 per cent while fuel inflation was at 2.8 "
        "per cent, according to the Kenya National Bureau of Statistics (KNBS).",
        "The decision follows a cut in August, when the rate was brought down to 9.25 per "
        "cent from 9.5 per cent, and comes as the Treasury leans more heavily on local "
        "investors to fund the Budget. The government plans to borrow Sh635.5 billion (about "
        "$4.9 billion) from the domestic market in the current financial year.",
        "Dr Waweru said banks had been slow to pass on the earlier cuts and warned that the "
        "CBK would keep a close eye on lending rates, which averaged about 14.8 per cent in "
        "August.",
        '"We are seeing credit growth recover, but it is from a low base. The banks have not '
        'passed on our earlier reductions quickly enough, and we will be monitoring that '
        'very closely," she said.',
        "Growth in loans to the private sector rose to 4.3 per cent in September, up from 3.1 "
        "per cent in August, according to the CBK.",
        "Deputy Governor Daniel Kiprono Langat said the bank was in talks with lenders over a "
        "new risk-based pricing framework that would link loan rates more directly to the "
        "CBR. He said the framework would be rolled out \"before the end of the first quarter "
        'of next year".',
        "The Kenya Bankers Association (KBA) said lenders would review their rates. \"Our "
        "members have been adjusting, but the cost of deposits has not come down as fast as "
        'the policy rate," said KBA director of research Dr Samuel Njoroge Kimani. He added '
        "that bad loans, at about 16 per cent of gross loans, remained a concern for banks.",
        "The economy grew by 5.1 per cent in the second quarter of 2026, and the CBK expects "
        "growth of 5.4 per cent for the whole year, supported by agriculture and services.",
        "Foreign exchange reserves stood at $11.46 billion (Sh1.48 trillion), which the CBK "
        "said was enough to cover 5.0 months of imports.",
        "The shilling has held steady at around Sh129 to the dollar for most of the year. It "
        "closed at 129.25 on Tuesday, according to CBK data.",
        "Market analysts welcomed the move. Brian Otieno Mwangi, head of research at Kilele "
        "Capital, said a further cut was possible before the end of the year.",
        '"We think the CBR could fall to 8.75 per cent in December. The statement was more '
        'dovish than most of us expected," he said.',
        "But Fatuma Hassan Ali, an economist at Pwani Securities, cautioned that fuel prices "
        "could push inflation up in the coming months. \"If pump prices go up, the CBK will "
        'have less room than it thinks,\" she said.',
        "Yields on government securities have also fallen. The 182-day Treasury bill was at "
        "8.02 per cent at last week's auction while the 91-day paper was at 7.84 per cent.",
        "The MPC kept the cash reserve ratio at 3.25 per cent. It will meet again in December.",
    ],
    most_read=[
        "Fuel prices: EPRA keeps super petrol at Sh176.40 in mid-month review",
        "Nakuru farmers count losses as maize prices fall to Sh2,900 a bag",
        "Court stops county from evicting 300 traders at Muthurwa market",
        "KCSE 2026: 962,512 candidates to sit exams from November 3",
        "Opinion: Why the housing levy debate is not over",
    ],
)

_CB_LIVE = _live(
    site="SBC News",
    url="https://www.sbcnews.example/business/live/cbk-mpc-rate-decision-october-2026",
    headline="LIVE: Central Bank of Kenya rate decision - CBK cuts CBR to 9%",
    title="LIVE: Central Bank of Kenya rate decision - CBK cuts CBR to 9% | SBC News",
    byline="SBC Business Desk",
    date_html=(
        '<time datetime="2026-10-06T20:10:00+03:00">Last updated 8.10pm, 6 October 2026</time>'
    ),
    published="2026-10-06T16:45:00+03:00",
    modified="2026-10-06T20:10:00+03:00",
    ld="LiveBlogPosting",
    summary=[
        "The Central Bank of Kenya has cut the Central Bank Rate by 0.25 percentage points "
        "to 9.00%",
        "It is the second cut since August, when the rate went to 9.25%",
        "Governor Caroline Wawero says banks must pass the cuts on to borrowers",
        "The shilling was little changed at about 129.3 to the dollar",
    ],
    entries=[
        ("20:10", "That's all from us", [
            "We are wrapping up our live coverage of the CBK rate decision. To recap: the "
            "Monetary Policy Committee cut the Central Bank Rate by a quarter of a percentage "
            "point to 9.00%, citing low inflation and weak credit growth. Governor Caroline "
            "Wawero said the committee would continue to monitor whether banks pass the cuts "
            "on to their customers. Thanks for following.",
        ]),
        ("19:15", "Analysts: one more cut possible this year", [
            "Brian Mwangi of Kilele Capital tells SBC Business the statement was \"more dovish "
            "than expected\" and that he now sees another quarter-point cut in December, "
            "which would take the CBR to 8.75%.",
            "Fatuma Hassan Ali of Pwani Securities is more cautious. \"Fuel is the wild card,\" "
            "she says. \"If pump prices jump, the bank will have less room than it thinks.\"",
        ]),
        ("18:40", "Shilling steady", [
            "The Kenyan shilling was little changed after the announcement, trading at about "
            "129.3 to the US dollar. Traders said the cut had been largely priced in after "
            "the inflation figures came out last week.",
        ]),
        ("18:22", "Deputy governor on bank lending", [
            "Deputy Governor Daniel Langat, who joined the governor at the briefing, says the "
            "bank is working with lenders on a new loan-pricing model tied to the CBR. "
            "\"Borrowers should see the benefit of these cuts. That is the whole point,\" he "
            "says.",
        ]),
        ("18:05", "Governor Wawero: 'scope for further easing'", [
            "Governor Caroline Wawero is now speaking to journalists at CBK headquarters on "
            "Haile Selassie Avenue. She says there is \"scope for a further easing of the "
            "monetary policy stance to support lending to the private sector, while keeping "
            "inflation expectations anchored\".",
            "She says credit to the private sector grew 4.3% in September, up from 3.1% a "
            "month earlier, \"but from a low base\". Banks, she says, \"have been slow to pass "
            "on our earlier cuts, and we will be watching that closely\".",
            "Dr Wawero adds that the bank still expects the economy to grow 5.4% this year.",
        ]),
        ("17:50", "Bankers react", [
            "The Kenya Bankers Association says its members will \"review their pricing\" "
            "in light of the decision, but warns that the cost of deposits has not fallen as "
            "quickly as the policy rate. Borrowers we spoke to in the city centre were "
            "sceptical. \"They cut the rate in August and my loan did not change by a single "
            "shilling,\" says Peter Gichuru, who runs a hardware shop on River Road.",
        ]),
        ("17:38", "What the statement says", [
            "The MPC statement says overall inflation eased to 4.1% in September from 4.4% in "
            "August, and is expected to remain below the 5% midpoint of the target range in "
            "the near term. Core inflation was 3.6%.",
            "The committee left the cash reserve ratio unchanged at 3.25%. Foreign exchange "
            "reserves stand at $11.46bn, which the bank says is 5.0 months of import cover.",
        ]),
        ("17:31", "BREAKING: CBK cuts rate to 9%", [
            "The statement has just landed. The Central Bank of Kenya's Monetary Policy "
            "Committee has cut the Central Bank Rate by 25 basis points to 9.00% from 9.25%.",
        ]),
        ("16:45", "Welcome", [
            "Good afternoon and welcome to our live coverage of the Central Bank of Kenya's "
            "monetary policy decision. The committee met this morning, and the statement is "
            "expected at about 5.30pm. Most analysts expect a cut of a quarter of a percentage "
            "point after inflation slowed last month, although a sizeable minority expects "
            "the bank to hold.",
            "In August the committee lowered the rate to 9.25% from 9.50%, its first cut of "
            "the year. Stay with us.",
        ]),
    ],
    related=[
        "Kenya's economy grew 5.1% in second quarter - KNBS",
        "Petrol prices unchanged at Sh176.40 for the next month",
        "Bank of Uganda holds rate at 9.75%",
        "Watch: What a lower CBR means for your loan",
    ],
)

_CB_NICHE = _niche(
    site="EastAfrica Markets Monitor",
    url="https://eamarketsmonitor.example/analysis/cbk-second-straight-cut-bonds-shilling/",
    kicker="Fixed Income | Kenya",
    headline="CBK's second straight cut: what it means for Kenyan bonds and the shilling",
    title="CBK's second straight cut: what it means for Kenyan bonds and the shilling - "
    "EastAfrica Markets Monitor",
    dek=(
        "A quarter-point move to 9.00% keeps real rates high and supports local-currency "
        "debt, but the easing cycle may be close to its end."
    ),
    byline="By Nikhil Varma Shah, Senior Markets Analyst",
    bio=(
        "Nikhil Varma Shah covers East African fixed income and currencies for EastAfrica "
        "Markets Monitor. He previously worked on the trading desk of a regional bank."
    ),
    date_html="Published 7 October 2026",
    body=[
        "The Central Bank of Kenya's Monetary Policy Committee delivered the quarter-point "
        "cut that most of the market had pencilled in, taking the Central Bank Rate to 9.00% "
        "from 9.25%. The MPC, which met on Monday, said there was \"scope for a further "
        "easing\" to support private-sector lending. For investors in Kenyan government "
        "paper, the more interesting question is how much further the cycle can run.",
        "Start with inflation. Headline consumer price inflation slowed to 4.1% in September, "
        "leaving the policy rate almost five percentage points above inflation. A real "
        "policy rate of about 4.9 percentage points is high by regional standards and by "
        "Kenya's own history, which is why several local dealers argue that the committee "
        "still has room to move.",
        "Governor Caroline Waweru did not pre-commit. Asked whether the bank was now in an "
        "easing cycle, she told reporters that the committee would \"take each meeting as it "
        "comes\" and would watch whether banks pass on earlier cuts.",
        "Our own base case is one more quarter-point cut in December, to 8.75%, followed by "
        "a long pause. We then see the CBR at 8.50% by the middle of 2027, but only if "
        "inflation stays below 5% and the shilling holds.",
        "That second condition matters most to foreign holders. The shilling has traded in a "
        "tight band around 129 per dollar for most of 2026, supported by reserves of about "
        "$11.5 billion, or roughly five months of import cover. Non-resident investors hold "
        "about KSh180 billion ($1.4 billion) of local-currency bonds, according to dealers' "
        "estimates, up from less than half that figure at the start of 2025.",
        "On the curve, the front end has already rallied hard. The 91-day Treasury bill "
        "yielded 7.84% at the most recent auction, and the 364-day paper about 9.3%. The "
        "ten-year benchmark bond is quoted at around 13.1% in the secondary market, "
        "implying a steep curve that still pays investors to extend duration.",
        "Brian Mwangi, head of research at Kilele Capital, said the statement had a more "
        "dovish tone than the August one. \"The committee is clearly worried about credit. "
        "That tells you they are not done,\" he said.",
        "There are risks. Fatuma Hassan Ali of Pwani Securities points to fuel prices as the "
        "main threat to the benign inflation outlook, and the Treasury's borrowing plan "
        "could be revised upward in the supplementary budget. The dollar-denominated "
        "Eurobond due 2032 yields about 8.6%, a reminder that Kenya's external funding costs "
        "remain well above those of its domestic short-term paper.",
        "Lending rates are the other test. Banks' average lending rate was 14.8% in August, "
        "barely changed since the CBK began cutting. The bank has said it expects a new "
        "risk-based loan-pricing framework to tie lending rates more closely to the CBR.",
        "Growth is not the constraint. The economy expanded by 5.1% in the second quarter, "
        "and the central bank's 2026 forecast is 5.4%. Private-sector credit growth, at 4.3% "
        "in September, is the weak spot the MPC is trying to fix.",
        "For now, our positioning is unchanged: overweight the two- to five-year part of the "
        "curve, neutral on the shilling. The next MPC decision is due in December.",
    ],
    sidebar_title="Latest from Markets Monitor",
    sidebar=[
        "Uganda: BoU holds at 9.75%, flags coffee export boom",
        "Ethiopia's birr slide: 160 and counting",
        "Rwanda Eurobond buyback 62% subscribed",
        "Tanzania shilling at 2,512: the gold effect",
    ],
)


# ---------------------------------------------------------------------------
# el-GD2 - Nakuru Town East parliamentary by-election, Thursday 20 August 2026
# ---------------------------------------------------------------------------

_EL_LIVE = _live(
    site="RVTV News",
    url="https://www.rvtv.example/news/live/nakuru-town-east-by-election-2026",
    headline="Nakuru Town East by-election: polling, turnout and results as they come in",
    title="Nakuru Town East by-election LIVE: turnout, results - RVTV News",
    byline="RVTV reporters in Nakuru",
    date_html=(
        '<time datetime="2026-08-20T23:10:00+03:00">Updated 11.10pm EAT, '
        "Thursday 20 August 2026</time>"
    ),
    published="2026-08-20T06:00:00+03:00",
    modified="2026-08-20T23:10:00+03:00",
    ld="LiveBlogPosting",
    summary=[
        "Voters in Nakuru Town East chose a new MP on Thursday after the death of Joseph "
        "Mwaura Gitau in May",
        "Seven candidates were on the ballot; polls were open from 6am to 5pm",
        "Provisional results from 148 of 211 polling stations put Grace Kariuki ahead",
        "Police say two people were arrested over alleged voter bribery",
    ],
    entries=[
        ("23:05", "Provisional tally: Kariuki leads", [
            "The IEBC's provisional results portal now shows results from 148 of the 211 "
            "polling stations. Grace Kariuki of the Umoja Progressive Alliance (UPA) has "
            "22,870 votes against 18,412 for Peter Sankale of the Jumuiya Democratic Party "
            "(JDP). The other five candidates are far behind.",
            "These are provisional figures transmitted electronically from polling stations. "
            "The official result will be declared by the constituency returning officer once "
            "all Forms 35A have been physically verified at the tallying centre, which "
            "officials say is unlikely before tomorrow afternoon.",
        ]),
        ("21:10", "Counting under way", [
            "Counting is under way in all stations. Our reporter at Menengai polling centre "
            "says agents from both main parties signed the result forms without complaint. "
            "In Biashara ward, where Ms Kariuki was a member of the county assembly until "
            "this year, supporters have gathered outside the tallying centre singing.",
        ]),
        ("20:15", "Observers: voting largely peaceful", [
            "The Uchaguzi Bora Observers Network says in a preliminary statement that "
            "polling was \"largely peaceful and orderly\", although it noted the late "
            "opening of three stations and isolated reports of voters being turned away "
            "because their names were missing from the register. The group says it will "
            "publish a full report after the official results are declared.",
        ]),
        ("19:40", "Two arrested over alleged bribery", [
            "Nakuru East sub-county police commander Samuel Kiptoo Cheruiyot says two people "
            "were arrested near a polling station in Kivumbini with Sh48,000 in cash, "
            "allegedly meant to buy votes. \"They will be arraigned in court tomorrow,\" he "
            "told RVTV. Neither campaign has commented.",
        ]),
        ("17:05", "Polls close", [
            "Polling stations have closed, except for three where voting started late and "
            "which have been allowed to stay open to make up the lost time. Anyone already "
            "in the queue at 5pm will be allowed to vote.",
        ]),
        ("16:20", "Turnout at 36.9% at 4pm", [
            "The IEBC says turnout stood at 36.9% of registered voters as of 4pm, based on "
            "reports from presiding officers. The constituency has 142,806 registered "
            "voters. In the 2022 general election turnout here was 58.6%.",
            "Constituency returning officer Esther Koech says she expects the final figure "
            "to be \"somewhere in the low forties\".",
        ]),
        ("14:30", "The main candidates cast their votes", [
            "Both leading candidates have voted. Grace Kariuki cast her ballot at a primary "
            "school in Biashara ward shortly after 8am and told reporters she was "
            "\"confident but not complacent\". Peter Sankale voted in Lanet later in the "
            "morning and urged supporters to \"come out in numbers and guard the vote\".",
            "The IEBC has reminded voters that campaigning near polling stations is banned "
            "and that results must be posted on the door of each station after counting.",
        ]),
        ("12:45", "Midday turnout", [
            "The IEBC puts turnout at 21.4% at midday. Queues have thinned out in town "
            "centre stations but officials report steady streams of voters in the estates.",
        ]),
        ("09:30", "Slow start in places", [
            "Voting started late at three polling stations after delays in delivering "
            "materials, the electoral commission says; the longest delay was about 90 "
            "minutes. Elsewhere voting has been orderly. The Uchaguzi Bora Observers Network "
            "says it has deployed 160 observers.",
        ]),
        ("06:10", "Polls open", [
            "Good morning from Nakuru. Polling stations opened at 6am for the Nakuru Town "
            "East by-election, called after the death of the MP Joseph Mwaura Gitau on 3 "
            "May. Seven candidates are standing. The main contest is between Grace Wambui "
            "Kariuki of the UPA, a former member of the county assembly, and businessman "
            "Peter ole Sankale of the opposition JDP.",
            "Polls close at 5pm (14:00 GMT). We will bring you turnout figures through the "
            "day and provisional results tonight.",
        ]),
    ],
    related=[
        "Profile: Who is Grace Kariuki?",
        "Kenya's by-elections since 2022: a short history",
        "Nakuru traders say flooding on Kenyatta Avenue costs them Sh2m a week",
        "Weather: Heavy rain expected in the Rift Valley on Saturday",
    ],
)

_EL_WIRE = _wire(
    site="Continental Press Agency",
    short="CPA",
    url="https://www.cpa-news.example/africa/kenya-ruling-coalition-holds-nakuru-seat",
    section="Africa",
    headline="Kenya's ruling coalition holds Nakuru seat in closely watched by-election",
    title="Kenya's ruling coalition holds Nakuru seat in closely watched by-election - CPA",
    byline="Daniel Mutua Kilonzo",
    date_html=(
        '<time datetime="2026-08-21T12:55:00+00:00">21 Aug 2026, 12:55 GMT</time>'
    ),
    published="2026-08-21T12:55:00+00:00",
    ld="NewsArticle",
    meta_time=True,
    body=[
        "NAKURU, Kenya, Aug 21 (CPA) - A candidate from Kenya's ruling coalition won a "
        "parliamentary by-election in the Rift Valley town of Nakuru on Friday, holding a "
        "seat that the opposition had hoped to take as a sign of growing discontent over "
        "the cost of living.",
        "Grace Kariuki of the Umoja Progressive Alliance (UPA) won 32,404 votes, or 52.3% of "
        "valid votes cast, in Thursday's vote in Nakuru Town East constituency, the "
        "Independent Electoral and Boundaries Commission (IEBC) said. Peter Sankale of the "
        "opposition Jumuiya Democratic Party (JDP) came second with 25,918 votes, or 41.9%.",
        "Constituency returning officer Esther Chebet Koech declared the result at 2:40 p.m. "
        "(1140 GMT) at the tallying centre in Nakuru town, after agents from all seven "
        "candidates had checked the result forms from the constituency's 211 polling "
        "stations.",
        "Turnout was 43.8%, the commission said, well below the 58.6% recorded in the "
        "constituency in the 2022 general election. A total of 62,517 people voted out of "
        "142,806 registered voters. There were 611 rejected ballots.",
        '"This victory belongs to the people of Nakuru Town East, who chose development over '
        'division," Kariuki told supporters after receiving her certificate. "I will be a '
        'voice for traders, for young people looking for work and for mothers who cannot '
        'afford school fees."',
        "Kariuki, 44, a former teacher, represented Biashara ward in the Nakuru county "
        "assembly before resigning to run for parliament.",
        "The seat fell vacant when the sitting MP, Joseph Mwaura Gitau, died in May after a "
        "short illness. Gitau, also a member of the UPA, had won the seat in 2022 with a "
        "margin of more than 20 percentage points.",
        "Sankale, 51, a hotelier and former chairman of the Nakuru business community, did "
        "not immediately concede. \"We will study the Forms 35A from every polling station "
        "before we decide on our next step,\" he told reporters outside the tallying centre.",
        "Election petitions must be filed within 28 days of the declaration of results, "
        "under Kenyan law.",
        "The opposition had campaigned heavily on rising taxes and fuel prices, and senior "
        "opposition figures addressed several rallies in the constituency. Analysts said "
        "the narrower margin compared with 2022 showed the ruling coalition could not take "
        "urban seats in its Rift Valley stronghold for granted.",
        '"A win is a win, but a six-thousand-vote margin in a seat they used to carry easily '
        'is a warning," said Wanjala Barasa Simiyu, a political scientist at Egerton '
        "University, which is just outside Nakuru.",
        "Independent candidate Hassan Abdi Farah came third with 2,107 votes. The four "
        "other candidates shared 1,477 votes between them.",
        "Observers from the Uchaguzi Bora Observers Network said polling was largely "
        "peaceful, although voting began late at three stations because election materials "
        "arrived late. Police said two people had been arrested on Thursday over alleged "
        "voter bribery.",
        "Kariuki is expected to be sworn in when the National Assembly resumes after its "
        "recess next month.",
        "The by-election was the ninth since the 2022 general election, according to the "
        "IEBC.",
    ],
    credit="Writing by Daniel Mutua Kilonzo; Editing by Sarah Okello-Brandt",
    related=[
        "Kenya's opposition to hold joint rally in Kisumu on Sept 5",
        "Uganda's parliament passes 72.3 trillion shilling budget",
        "Tanzania's electoral body sets nominations for Oct 2 local polls",
        "Kenya shilling steady at 129.30 per dollar",
    ],
)

_EL_PAPER = _paper(
    site="The Lakeside Chronicle",
    url="https://www.lakesidechronicle.example/nakuru/kariuki-wins-town-east-seat",
    section="Nakuru",
    headline="Kariuki wins Town East seat as low turnout haunts by-election",
    title="Kariuki wins Town East seat as low turnout haunts by-election | The Lakeside "
    "Chronicle",
    standfirst=(
        "Former Biashara MCA beats Sankale by 6,486 votes; fewer than half of registered "
        "voters turned out."
    ),
    byline="By Njoroge wa Kamau and Cheptoo Rotich",
    date_html="Saturday, August 22, 2026",
    edition="Saturday Edition",
    caption=(
        "Nakuru Town East MP-elect Grace Wambui Kariuki is cheered by supporters after she "
        "was declared the winner on Friday. Picture: Chronicle photographer"
    ),
    body=[
        "Nakuru Town East has a new MP. Grace Wambui Kariuki of the Umoja Progressive "
        "Alliance was declared winner of Thursday's by-election on Friday afternoon after a "
        "two-day tally that kept the town on edge.",
        "Ms Kariuki garnered just over 32,400 votes against Peter ole Sankale of the Jumuiya "
        "Democratic Party, who got 25,918. Her winning margin was 6,486 votes, according to "
        "the official results announced by IEBC returning officer Esther Chebet Koech at "
        "the tallying centre.",
        "But the story of the by-election was the empty queues. Only about 44 per cent of "
        "the constituency's 142,806 registered voters turned up, compared with nearly 59 "
        "per cent in the 2022 General Election. Some polling stations in the town centre "
        "recorded turnouts below 35 per cent.",
        "\"People are tired. They say, 'Why should I vote when my life does not change?' That "
        'is the message we must take seriously," said Ms Kariuki when she addressed her '
        "supporters outside the tallying centre shortly after the declaration.",
        "She thanked the voters \"who chose development over division\" and promised to "
        "start a bursary fund for needy secondary school students within her first 100 "
        "days.",
        "Ms Kariuki, a former teacher at a primary school in Lanet, served as the MCA for "
        "Biashara ward from 2017 until she resigned in June to contest the seat. She will "
        "be sworn in when Parliament resumes from its recess.",
        "Mr Sankale, who runs two hotels in the town, said he had not yet accepted the "
        "result. He told the Chronicle his party's agents had reported \"irregularities\" at "
        "several polling stations, which he did not name.",
        '"We are not going to rush. Our lawyers are going through every Form 35A, and once '
        'they are done we will tell our supporters what we are going to do," he said on '
        "Friday evening.",
        "The by-election was called after the death of Mr Joseph Gitau, who had represented "
        "the constituency since 2022. He died on May 3 at a Nairobi hospital.",
        "Provisional results on the IEBC portal had shown Ms Kariuki ahead from early on "
        "Thursday night. By 11pm, with 148 of 211 stations reporting, she had 22,870 votes "
        "to Mr Sankale's 18,412.",
        "Police said a man and a woman were arrested in Kivumbini on Thursday afternoon "
        "with Sh48,000 in cash that officers believe was meant to bribe voters. The two "
        "were arraigned at the Nakuru Law Courts on Friday and released on a cash bail of "
        "Sh20,000 each.",
        "Independent candidate Hassan Abdi Farah, a youth leader from Kaptembwo, came third. "
        "The remaining four candidates each got fewer than 700 votes.",
        "Returning officer Esther Chebet Koech defended the length of the tally, saying "
        "every result form had to be checked in the presence of party agents. \"We would "
        "rather be slow and right than fast and wrong,\" she said.",
        "Residents who spoke to the Chronicle on Friday said they wanted the new MP to "
        "focus on the drainage problems that leave parts of the town under water whenever "
        "it rains, and on jobs for young people.",
    ],
    most_read=[
        "Nakuru county budget: Sh21.4 billion plan tabled in assembly",
        "Lake Nakuru water levels rise for third year, flooding 40 homes",
        "Rhino census: park counts 98 black rhinos",
        "Matatu fares up by Sh20 on Nakuru-Nairobi route",
        "Obituary: Joseph Gitau, 1961-2026",
    ],
)

_EL_NICHE = _niche(
    site="Bunge Watch",
    url="https://bungewatch.example/2026/08/22/nakuru-town-east-by-election-numbers/",
    kicker="By-election analysis",
    headline="Nakuru Town East in numbers: a hold for the coalition, a warning on turnout",
    title="Nakuru Town East in numbers: a hold for the coalition, a warning on turnout | "
    "Bunge Watch",
    dek=(
        "The UPA kept the seat, but its share of the vote fell and turnout dropped by almost "
        "15 points. We break down the official results."
    ),
    byline="By Lilian Atieno Ogutu, Data Editor",
    bio=(
        "Lilian Atieno Ogutu is Bunge Watch's data editor. Bunge Watch is a non-partisan "
        "parliamentary monitoring organisation."
    ),
    date_html=(
        '<time datetime="2026-08-22T09:00:00+03:00">22 August 2026</time>'
    ),
    published="2026-08-22T09:00:00+03:00",
    meta_time=True,
    body=[
        "The Independent Electoral and Boundaries Commission (IEBC) declared the official "
        "result of the Nakuru Town East by-election on Friday, 21 August, the day after the "
        "vote. Grace Kariuki of the Umoja Progressive Alliance (UPA) won comfortably, but "
        "the figures contain several warnings for the governing coalition and for the "
        "commission itself.",
        "First, the headline numbers. Of the 142,806 registered voters, 62,517 cast a "
        "ballot, a turnout of 43.8%. Of those ballots, 611 were rejected, leaving 61,906 "
        "valid votes. Ms Kariuki received 32,404. Measured against valid votes, that is a "
        "share of 52.3%, the figure the IEBC announced; measured against all ballots cast, "
        "including rejected ones, it is 51.8%.",
        "Peter Sankale of the Jumuiya Democratic Party (JDP) finished second with 25,918 "
        "votes, or 41.9% of valid votes. The gap between the two, 6,486 votes, amounts to "
        "about 10.5 percentage points.",
        "Independent Hassan Farah took 3.4% with 2,107 votes. The four remaining candidates "
        "together took 1,477 votes, about 2.4%.",
        "Turnout is the most striking number. In the 2022 general election, 58.6% of "
        "registered voters in the constituency voted, so participation fell by 14.8 "
        "percentage points. That is in line with by-elections elsewhere: of the nine "
        "by-elections held since 2022, only two recorded turnout above 50%.",
        "The provisional electronic results, which began to appear on the IEBC portal on "
        "Thursday evening, proved a reliable guide. With 148 of 211 stations in, Ms Kariuki "
        "led by 22,870 to 18,412, a lead of about 55% to 45% in the two-candidate "
        "contest. Her final two-candidate share was 55.6%.",
        "The official tally took longer than in some recent by-elections. Returning officer "
        "Esther Koech told observers the verification of paper Forms 35A had been slowed by "
        "disputes at four stations, where agents asked for the forms to be compared with "
        "the electronically transmitted images. None of the disputes changed the figures, "
        "she said.",
        "\"The electronic transmission worked, but the physical verification is the law, "
        "and we will not skip it,\" Ms Koech said at the tallying centre.",
        "For the coalition, a seat held is a seat held. But the UPA won 64% of valid votes "
        "here in 2022, according to IEBC records, so its share fell by more than 11 "
        "points. Ms Kariuki's campaign focused on local issues - drainage, school bursaries "
        "and jobs - rather than national politics, and party officials said privately that "
        "this helped to limit the swing.",
        "Mr Sankale has not conceded and says his lawyers are reviewing the result forms. "
        "Under the Elections Act, any petition must be filed within 28 days of the "
        "declaration.",
        "The rejected ballots are worth a brief note. At 611, they made up just under 1% "
        "of all ballots cast, close to the average for recent by-elections. Most were "
        "rejected because voters marked more than one candidate or left the paper unmarked, "
        "according to presiding officers' reports seen by Bunge Watch.",
        "Ms Kariuki will be sworn in when the National Assembly resumes sitting after its "
        "recess. She is expected to join the Departmental Committee on Education, reflecting "
        "her background as a teacher.",
        "Bunge Watch will publish station-by-station results for the by-election on our "
        "data portal next week.",
    ],
    sidebar_title="More from Bunge Watch",
    sidebar=[
        "Bill tracker: 14 bills awaiting third reading as House resumes",
        "Attendance: Senate sittings fall to 61% quorum average",
        "Explainer: What happens when an MP dies in office?",
        "CDF spending: Sh1.2 billion unaccounted for in 2024/25 audit",
    ],
)


# ---------------------------------------------------------------------------
# ct-GD3 - Uganda Constitutional Court ruling on online-platforms law,
#          Thursday 17 September 2026
# ---------------------------------------------------------------------------

_CT_WIRE = _wire(
    site="Horn & Lakes News Agency",
    short="HLNA",
    url="https://www.hornlakes.example/news/uganda-court-strikes-down-social-media-law-sections",
    section="East Africa",
    headline="Uganda court strikes down social media registration rule and 'misleading "
    "statements' offence",
    title="Uganda court strikes down social media registration rule and 'misleading "
    "statements' offence | HLNA",
    byline="Patience Nabirye",
    date_html=(
        '<time datetime="2026-09-17T13:40:00+03:00">Thursday 17 September 2026, '
        "13:40 EAT</time>"
    ),
    published="2026-09-17T13:40:00+03:00",
    ld="NewsArticle",
    caption=(
        "Lawyers and activists outside the Court of Appeal and Constitutional Court building "
        "in Kampala. HLNA/File"
    ),
    body=[
        "KAMPALA, Sept 17 (HLNA) - Uganda's Constitutional Court on Thursday struck down two "
        "sections of a 2025 law that required popular social media users to register with "
        "the state and made it a crime to publish \"misleading statements\" online, in a "
        "ruling welcomed by journalists and rights groups.",
        "A five-judge panel declared sections 7 and 12 of the Online Platforms (Regulation) "
        "Act, 2025 inconsistent with the constitution and therefore void. The judges were "
        "unanimous on section 12, the criminal offence, but split four to one on section 7, "
        "the registration requirement.",
        "Section 7 obliged anyone with more than 5,000 followers on a social media platform "
        "to register with the Uganda Communications Commission (UCC) and pay an annual fee "
        "of 500,000 shillings (about $135). Section 12 made publishing a \"misleading "
        "statement\" punishable by up to five years in prison, a fine of up to 10 million "
        "shillings, or both.",
        "\"A citizen cannot know in advance which statement the State will consider "
        "misleading. A law that cannot be known cannot be obeyed,\" Justice Harriet Ochieng "
        "said, reading the lead judgment.",
        "Justice Christopher Opio Ekwaru dissented on section 7, finding that registration "
        "was \"a reasonable regulatory measure\" for accounts with a large audience, but "
        "agreed with his colleagues that section 12 was unconstitutional.",
        "The court, presided over by Deputy Chief Justice Moses Tumwine, ordered the UCC to "
        "refund all registration fees collected under section 7 within 90 days and awarded "
        "costs to the petitioners.",
        "The UCC has collected about 1.9 billion shillings ($514,000) from more than 3,800 "
        "registered users since the law came into force, according to figures presented in "
        "court.",
        "The petition was filed in April 2025 by the Kampala-based rights group Haki Digital "
        "Uganda and journalist Ronald Ssekandi Mukasa, shortly after President Yoweri "
        "Museveni signed the bill into law.",
        "\"Today the court has told the government that it cannot license speech,\" Sarah "
        "Birungi, the executive director of Haki Digital Uganda, told reporters outside the "
        "court. \"Thousands of young Ugandans who were afraid to post will breathe again.\"",
        "Twenty-seven people have been charged under section 12 since it took effect, "
        "according to the petitioners, including three journalists and an opposition "
        "member of parliament. Their lawyer, Joseph Kiwanuka Lubega, said he would apply "
        "to have the pending cases dismissed.",
        "Principal State Attorney Brenda Atim Okello, who represented the Attorney General, "
        "said the government would study the judgment. \"We shall advise the government on "
        "the next course of action, including the possibility of an appeal,\" she said.",
        "Appeals against decisions of the Constitutional Court go to the Supreme Court, "
        "Uganda's highest court.",
        "Government officials had defended the law when it was debated in parliament, "
        "saying it was needed to curb the spread of false information about public health "
        "and elections. Information ministry officials did not respond to requests for "
        "comment on Thursday.",
        "A UCC spokesman, Denis Ojok Okwir, said the regulator would comply with the ruling "
        "once it received the court's written orders.",
        "In January 2023, the same court struck out a section of the Computer Misuse Act "
        "that criminalised \"offensive communication\", a decision that lawyers for the "
        "petitioners cited repeatedly during the hearing, which ended in June this year.",
    ],
    credit="Reporting by Patience Nabirye; Editing by Abdi Guled Warsame",
    related=[
        "Kenya's High Court suspends new 1.5% digital levy pending hearing",
        "Uganda's shilling firms to 3,690 against dollar on coffee inflows",
        "Ethiopia blocks social media in Amhara for third time this year",
        "Rwanda's parliament approves data protection amendments",
    ],
)

_CT_PAPER = _paper(
    site="Daily Pearl",
    url="https://www.dailypearl.example/news/national/court-annuls-online-law-sections-4412876",
    section="National",
    headline="Court annuls online law sections, orders UCC to refund Shs1.9b",
    title="Court annuls online law sections, orders UCC to refund Shs1.9b - Daily Pearl",
    standfirst=(
        "Constitutional Court judges say the offence of publishing misleading statements is "
        "too vague, while the registration of social media users violates freedom of "
        "expression."
    ),
    byline="By Ivan Ssemakula Kato & Grace Atuhaire",
    date_html="Friday September 18 2026",
    edition="Kampala",
    caption=(
        "Haki Digital Uganda executive director Sarah Nalwoga Birungi (centre) and "
        "journalist Ronald Ssekandi Mukasa celebrate outside court in Kampala on Thursday. "
        "PHOTO/ABUBAKER LUBOWA"
    ),
    body=[
        "The Constitutional Court has nullified two sections of the Online Platforms "
        "(Regulation) Act, 2025, ruling that the government cannot force social media users "
        "to register or jail them for publishing statements it considers misleading.",
        "In a judgment read over nearly three hours on Thursday, a panel of five justices "
        "led by the Deputy Chief Justice, Mr Moses Kazibwe Tumwine, declared sections 7 "
        "and 12 of the law null and void.",
        "Lady Justice Harriet Namuli Ochieng, who wrote the lead judgment, said section 12 "
        "was so broadly drafted that \"no citizen can know beforehand what statement the "
        "State will consider misleading\".",
        "\"A law that cannot be known cannot be obeyed. Such a provision is an invitation to "
        "arbitrary arrest,\" she said.",
        "Justices Irene Akello Mugisha and Stephen Musoke Kiggundu concurred with her in "
        "full. Justice Christopher Opio Ekwaru agreed that section 12 was unconstitutional "
        "but held that requiring users with large followings to register was a reasonable "
        "limit on freedom of expression.",
        "Under section 7, anyone with more than 5,000 followers on a social media platform "
        "had to register with the Uganda Communications Commission (UCC) and pay an annual "
        "fee of Shs500,000. The court ordered UCC to refund the Shs1.9 billion collected "
        "from registered users within 90 days.",
        "Section 12 created the offence of publishing a misleading statement, carrying a "
        "sentence of up to five years in prison or a fine of Shs10 million. The petitioners "
        "told court that 27 people, among them journalists, students and a Member of "
        "Parliament, had been charged under the section.",
        "The petition was filed on April 9, 2025, by Haki Digital Uganda, a civil society "
        "organisation, and Mr Ronald Ssekandi Mukasa, a freelance journalist who was "
        "himself summoned by police over a post on X. The Act had been passed by Parliament "
        "in February 2025 and assented to by the President on March 28, 2025.",
        "Speaking outside court, Ms Sarah Nalwoga Birungi, the executive director of Haki "
        "Digital Uganda, said the ruling was a victory for ordinary citizens. \"The court "
        "has told government that speech cannot be licensed. Many young people who feared "
        "to post will now breathe again,\" she said.",
        "Mr Joseph Kiwanuka Lubega, the lawyer for the petitioners, said the ruling meant "
        "that all pending prosecutions under section 12 had no legal basis. \"We shall be "
        "writing to the Director of Public Prosecutions on Monday,\" he said.",
        "For the Attorney General, Ms Brenda Okello, a state attorney, said government "
        "would study the judgment before deciding whether to appeal to the Supreme Court.",
        "The UCC, through its spokesperson Mr Denis Okwir, said it would abide by the "
        "court's orders. He did not say how the refunds would be made.",
        "Several journalists and activists who had been charged under section 12 were in "
        "the packed courtroom. Some wept as the judgment was read. \"I have reported to "
        "police every month for a year. Today I am free,\" said one of them, a radio "
        "presenter from Mbarara who asked not to be named because her case is still "
        "formally pending.",
        "The ruling is the second time in less than four years that the court has struck "
        "down a law regulating online speech. In January 2023, it annulled a section of the "
        "Computer Misuse Act on offensive communication.",
    ],
    most_read=[
        "Shs72.3 trillion budget: where your money goes",
        "Kampala traders strike over 18% VAT on rent",
        "Cranes to face Guinea in AFCON qualifier on October 9",
        "Entebbe expressway toll rises to Shs6,000",
        "Police arrest 14 over Owino market fire",
    ],
)

_CT_NICHE = _niche(
    site="JurisAfrica Review",
    url="https://jurisafrica.example/uganda/haki-digital-v-attorney-general-2026-analysis/",
    kicker="Case Notes | Uganda",
    headline="Haki Digital Uganda v Attorney General: vagueness doctrine comes of age",
    title="Haki Digital Uganda v Attorney General: vagueness doctrine comes of age | "
    "JurisAfrica Review",
    dek=(
        "The Constitutional Court's judgment on the Online Platforms Act splits on "
        "registration but is unanimous on the 'misleading statements' offence."
    ),
    byline="By Dr Paul Mwesigwa Kagame, Contributing Editor",
    bio=(
        "Dr Paul Mwesigwa Kagame teaches constitutional law in Kampala and is a contributing "
        "editor of JurisAfrica Review. He was not involved in the case."
    ),
    date_html="18 September 2026",
    published="2026-09-18T16:00:00+03:00",
    meta_time=True,
    body=[
        "The judgment delivered by Uganda's Constitutional Court on 17 September in Haki "
        "Digital Uganda and Another v Attorney General (Constitutional Petition No. 14 of "
        "2025) will be read across the region, and not only for its outcome. It is the most "
        "detailed treatment yet by an East African court of the doctrine that a criminal "
        "law must be clear enough for a citizen to know what it forbids.",
        "The petition challenged two provisions of the Online Platforms (Regulation) Act, "
        "2025. Section 7 required any person with more than 5,000 followers on a social "
        "media platform to register with the Uganda Communications Commission and pay an "
        "annual fee of USh 500,000, roughly US$135 at current exchange rates. Section 12 "
        "made it an offence to publish a \"misleading statement\", punishable by up to five "
        "years' imprisonment or a fine of USh 10 million (about US$2,700).",
        "On section 12 the five justices were unanimous. Writing for the court, Justice "
        "Ochieng held that the word \"misleading\" was not defined anywhere in the Act and "
        "that the offence did not require proof of intent or of harm. \"A law that cannot "
        "be known cannot be obeyed,\" she wrote, in a passage likely to be quoted for years.",
        "On section 7 the court divided four to one. The majority found that a registration "
        "and licensing scheme for individual speakers was a prior restraint on expression "
        "that could not be justified under Article 43 of the Constitution, which permits "
        "only limitations that are \"acceptable and demonstrably justifiable in a free and "
        "democratic society\". The fee, the majority added, turned a right into a privilege "
        "to be purchased.",
        "Justice Ekwaru's dissent on this point is careful and deserves attention. He "
        "accepted that accounts with large audiences can cause real harm and found a "
        "registration requirement, without any power to refuse registration, to be a "
        "proportionate measure. He would have upheld the section in full, leaving any "
        "challenge to the level of the fee for another day.",
        "The remedies are notable. Beyond declaring both sections void, the court ordered "
        "the regulator to refund all fees collected under section 7 within 90 days. "
        "Evidence before the court showed 3,812 registered users and collections of USh 1.9 "
        "billion, or a little over half a million US dollars. Costs were awarded to the "
        "petitioners.",
        "The government has not yet said whether it will appeal. A state attorney told "
        "reporters after the judgment that the Attorney General's chambers would study it "
        "first. Any appeal would go to the Supreme Court, which in recent years has tended "
        "to defer to the Constitutional Court on questions of statutory vagueness.",
        "The judgment also leaves the rest of the Act standing, including the provisions "
        "that require platforms with more than one million Ugandan users to appoint a local "
        "representative. Those sections were not challenged.",
        "For practitioners, the most useful part of the judgment may be its survey of "
        "comparative law. The court relied on its own January 2023 decision on the Computer "
        "Misuse Act, on Kenyan High Court decisions on similar provisions, and on the "
        "jurisprudence of the East African Court of Justice.",
        "Whatever happens on appeal, the vagueness test set out in this judgment is now "
        "part of Ugandan constitutional law, and legislators drafting the next online speech "
        "law will have to reckon with it.",
    ],
    sidebar_title="Recent case notes",
    sidebar=[
        "Kenya: Court of Appeal reinstates 1.5% housing levy in 3-2 ruling",
        "Tanzania: High Court dismisses election petition over 2025 results",
        "EACJ: Rwanda border closure case set for hearing in March 2027",
        "Ethiopia: Federal Supreme Court cassation bench on land leases",
    ],
)


# ---------------------------------------------------------------------------
# tr-GD4 - Tanzania export figures (Bank of Tanzania monthly review),
#          released Tuesday 29 September 2026
# ---------------------------------------------------------------------------

_TR_WIRE = _wire(
    site="Indian Ocean Newswire",
    short="ION",
    url="https://www.ionewswire.example/business/tanzania-exports-record-gold-tourism-20260929",
    section="Economy",
    headline="Tanzania's exports hit record $17.8 billion on gold, tourism - central bank",
    title="Tanzania's exports hit record $17.8 billion on gold, tourism - central bank | ION",
    byline="Fumbuka Ng'wanakilala",
    date_html=(
        '<time datetime="2026-09-29T14:20:00+03:00">Sep 29, 2026 2:20 PM GMT+3</time>'
    ),
    published="2026-09-29T14:20:00+03:00",
    ld="NewsArticle",
    body=[
        "DAR ES SALAAM, Sept 29 (ION) - Tanzania's exports of goods and services rose 14.2% "
        "to a record $17.84 billion in the 12 months to August, driven by higher gold "
        "prices and a strong tourist season, the Bank of Tanzania (BoT) said on Tuesday.",
        "Exports were worth $15.62 billion in the year to August 2025, the central bank said "
        "in its monthly economic review. For the whole of calendar year 2025 they totalled "
        "$16.7 billion.",
        "Gold, the country's biggest export, brought in $4.12 billion in the year to August, "
        "up 24.5% from $3.31 billion a year earlier, as world prices stayed close to record "
        "highs and new mines in the Lake Victoria region raised output.",
        "Travel receipts, mostly from tourism, rose to $3.97 billion. Total services "
        "exports, which also include transport and freight income from the port of Dar es "
        "Salaam, reached $6.88 billion, while goods exports were $10.96 billion.",
        "\"The improvement is broad-based. Gold is the star, but we also see traditional "
        "exports such as cashew nuts and coffee doing well, and services income continues to "
        "grow,\" Rehema Mwakalinga, the central bank's director of economic research and "
        "policy, told ION.",
        "Cashew nut exports rose to $611 million in the period, helped by a larger harvest "
        "and higher prices at auctions in the south of the country.",
        "The stronger export performance helped narrow the current account deficit to $2.31 "
        "billion in the year to August from $3.06 billion a year earlier, the bank said.",
        "Imports grew more slowly, as lower oil prices reduced the fuel import bill, offsetting "
        "higher spending on machinery and building materials for infrastructure projects, "
        "including the standard gauge railway.",
        "Foreign exchange reserves stood at $6.1 billion at the end of August, enough to "
        "cover 4.8 months of imports of goods and services, above the national benchmark of "
        "four months.",
        "The shilling has gained about 3% against the dollar this year, trading at about "
        "2,512 per dollar on Tuesday.",
        "In August alone, exports of goods and services were $1.62 billion, the review "
        "showed.",
        "The central bank has been buying gold from local miners since 2024 to build up its "
        "reserves. It bought 6.2 tonnes over the 12 months to August, Mwakalinga said.",
        "Economists said the reliance on gold exposed the country to a fall in prices. \"If "
        "gold corrects by 15% or 20%, a big part of this improvement disappears,\" said "
        "Joseph Kimaro, chief economist at Msasani Capital in Dar es Salaam.",
        "Tourism has recovered strongly since the pandemic. The number of international "
        "visitors to Tanzania's national parks and to Zanzibar reached a record in the 12 "
        "months to August, the review said, without giving a figure.",
        "Coffee exports also rose, helped by higher world prices for arabica, while "
        "exports of horticultural products such as avocados continued to grow from a small "
        "base.",
        "Manufactured goods exports, which include cement, glass, textiles and processed "
        "foods sold mainly to neighbouring countries, were little changed over the period, "
        "the data showed.",
        "Tanzania's government aims to raise annual exports to $20 billion by 2028 under a "
        "plan that promotes local processing of minerals and farm produce.",
    ],
    credit="Reporting by Fumbuka Ng'wanakilala; Editing by Elias Biryabarema Mugisha",
    related=[
        "Kenya's tea export earnings fall 6% in first half",
        "Uganda coffee exports reach 8.1 million bags in 12 months to August",
        "Zambia copper output hits 890,000 tonnes",
        "Tanzania plans 2027 Eurobond debut, finance ministry says",
    ],
)

_TR_PAPER = _paper(
    site="The Coastal Mirror",
    url="https://www.coastalmirror.example/business/exports-surge-to-sh44-8-trillion",
    section="Business",
    headline="Exports surge to Sh44.8 trillion as gold shines",
    title="Exports surge to Sh44.8 trillion as gold shines | The Coastal Mirror",
    standfirst=(
        "Bank of Tanzania data show exports of goods and services rose by 14.2 per cent in "
        "the year to August, narrowing the current account deficit."
    ),
    byline="By Our Reporter, Dar es Salaam",
    date_html="30 September 2026",
    edition="Dar es Salaam",
    published="2026-09-30T06:00:00+03:00",
    meta_time=True,
    caption=(
        "Containers at the Dar es Salaam port. Exports of goods rose to $10.96 billion in "
        "the year to August. FILE PHOTO"
    ),
    body=[
        "Tanzania's exports of goods and services rose to a record $17.84 billion (about "
        "Sh44.8 trillion) in the year ending August 2026, according to the Bank of "
        "Tanzania's monthly economic review released yesterday.",
        "The figure was 14.2 per cent higher than the $15.62 billion recorded in the year "
        "to August 2025, with gold, tourism and cashew nuts leading the growth.",
        "Gold exports alone brought in $4.12 billion (about Sh10.35 trillion), up from $3.31 "
        "billion a year earlier. The BoT attributed the rise to high prices on the world "
        "market and increased production from large and small-scale mines.",
        "Speaking to The Coastal Mirror, Bank of Tanzania Deputy Governor Dr Rehema Juma "
        "Mwakalinga said the performance showed the economy was becoming more resilient to "
        "external shocks.",
        "\"The improvement is broad-based. Gold is leading, but traditional exports like "
        "cashew and coffee are also doing well, and income from services keeps growing,\" "
        "Dr Mwakalinga said.",
        "She said the bank had purchased 6.2 tonnes of gold from local miners and refiners "
        "during the period under its domestic gold purchase programme, which is meant to "
        "strengthen the country's foreign reserves.",
        "Receipts from tourism rose to $3.97 billion, reflecting more visitors to the "
        "northern circuit parks and Zanzibar. Zanzibar's own goods exports, mainly cloves "
        "and seaweed, were $48.6 million.",
        "Cashew nuts earned the country $611 million (Sh1.53 trillion), making the crop the "
        "leading traditional export.",
        "The current account deficit narrowed to $2.31 billion from $3.06 billion in the "
        "corresponding period last year, while foreign reserves stood at $6.1 billion, "
        "enough to cover about 4.8 months of imports.",
        "The shilling traded at Sh2,512 to the dollar yesterday, according to the BoT.",
        "An economist with Msasani Capital, Mr Joseph Mushi Kimaro, said the figures were "
        "encouraging but warned that over-reliance on gold was risky. \"If gold prices fall "
        "by 15 or 20 per cent, a big part of these gains will disappear. We need to diversify "
        "into manufactured goods,\" he said.",
        "The Minister for Industry and Trade, Mr Hamisi Athumani Lyimo, is expected to "
        "address the East African Business Forum in Arusha today, where trade figures and "
        "regional market access are on the agenda.",
        "The government targets exports of $20 billion a year by 2028 under its industrial "
        "and trade strategy, which encourages processing of raw materials within the "
        "country before export.",
        "In August alone, exports of goods and services were worth $1.62 billion, compared "
        "with $1.41 billion in August last year, the review showed.",
        "Coffee exports were worth $262 million, while horticultural products, led by "
        "avocados, brought in $415 million, according to the review.",
        "The improvement in the current account has also eased pressure on the shilling, "
        "which has gained about three per cent against the dollar since January after "
        "weakening sharply in 2023 and 2024.",
        "Business leaders in Dar es Salaam welcomed the figures but said more needed to be "
        "done to cut the cost of doing business. \"Exporters still face too many permits "
        "and fees before a container leaves the port,\" said the chairman of a "
        "manufacturers' lobby, Mr Godfrey Ngowi Massawe.",
        "Traders at the port said cargo volumes had also increased. The Tanzania Ports "
        "Authority has reported a rise in transit cargo to neighbouring countries such as "
        "Zambia, the Democratic Republic of Congo and Rwanda.",
    ],
    most_read=[
        "Dar traffic: Kilwa Road closed for three days from Saturday",
        "Simba SC sign Ivorian striker for Sh1.2 billion",
        "Fuel prices drop by Sh45 a litre in October",
        "Zanzibar clove farmers get Sh18,000 per kilo",
        "Form Four exams: 612,340 candidates registered",
    ],
)

_TR_LIVE = _live(
    site="KBN Business",
    url="https://www.kbn.example/business/updates/tanzania-trade-figures-arusha-forum",
    headline="Business updates: record export figures and the East African Business Forum",
    title="Business updates: record export figures, East African Business Forum | KBN Business",
    byline="KBN Business team",
    date_html=(
        '<time datetime="2026-09-30T16:05:00+03:00">Wednesday 30 September 2026, '
        "last update 16:05</time>"
    ),
    published="2026-09-30T08:30:00+03:00",
    modified="2026-09-30T16:05:00+03:00",
    ld="NewsArticle",
    summary=[
        "Exports of goods and services reached $17.84bn in the year to August, BoT says",
        "Gold exports climbed to $4.21bn, the biggest single item",
        "Trade minister Hamisi Lyimo says value addition strategy 'is working'",
        "Current account deficit narrows to $2.31bn",
    ],
    entries=[
        ("16:05", "Analyst: watch the gold price", [
            "Joseph Kimaro of Msasani Capital tells KBN that the export boom depends heavily "
            "on gold. \"If gold falls by 15 or 20 percent, much of this improvement goes "
            "away,\" he says. He adds that manufacturing exports are still small, at well "
            "under a billion dollars a year.",
        ]),
        ("14:50", "Shilling holds steady", [
            "The shilling is trading at about 2,512 to the dollar this afternoon, little "
            "changed on the day. Dealers say strong inflows from gold exporters and tourism "
            "have kept the currency stable for most of the year, and the central bank has "
            "had little need to intervene in the market.",
            "Foreign exchange reserves were $6.1 billion at the end of August, equal to 4.8 "
            "months of imports of goods and services, according to the BoT review.",
        ]),
        ("13:40", "Cashew farmers want more processing", [
            "Cashew exports were worth $611m in the year to August, according to the central "
            "bank. Farmers' representatives at the Arusha forum say too much of the crop "
            "still leaves the country raw, mostly for processing in Asia. The minister says "
            "the government will offer tax breaks to investors in processing plants in the "
            "southern regions.",
        ]),
        ("11:55", "Minister Lyimo in Arusha: 'Our strategy is working'", [
            "Industry and Trade Minister Hamisi Athumani Lyimo is addressing the East African "
            "Business Forum at the Arusha International Conference Centre. He says the "
            "figures show that adding value at home is paying off.",
            "\"These numbers show that our strategy of adding value at home is working. We "
            "want to sell processed cashew and refined gold to the world, not raw "
            "materials,\" he tells delegates.",
            "He also calls on partner states in the East African Community to remove "
            "non-tariff barriers, saying Tanzanian trucks still face delays of up to three "
            "days at some border posts.",
        ]),
        ("10:45", "How the numbers compare", [
            "For context: exports were $15.62 billion in the 12 months to August 2025, and "
            "$16.7 billion for the calendar year 2025. In August 2026 alone, exports of goods "
            "and services came to $1.62 billion.",
            "The government's target is exports of $20 billion a year by 2028. On current "
            "trends, economists say that goal is within reach, but only if gold prices hold "
            "up and other sectors keep growing.",
        ]),
        ("10:10", "Gold is the star", [
            "Gold exports climbed to $4.21 billion in the 12 months to August, compared with "
            "$3.31 billion a year earlier, the Bank of Tanzania's monthly review shows. "
            "Travel receipts, mainly tourism, were $3.97 billion.",
            "The bank's director of economic research and policy, Dr Rehema Mwakalinga, "
            "described the improvement as \"broad-based\". She said the central bank had "
            "bought 6.2 tonnes of gold from local producers over the same period.",
        ]),
        ("08:30", "Record exports", [
            "Good morning. We start with the central bank's latest figures, released "
            "yesterday: exports of goods and services rose 14.2 percent to $17.84 billion in "
            "the year to August. That is the highest figure on record. Goods made up $10.96 "
            "billion and services $6.88 billion.",
            "The current account deficit narrowed to $2.31 billion from $3.06 billion. "
            "Later this morning we will hear from the trade minister, who is in Arusha for "
            "the East African Business Forum.",
        ]),
    ],
    related=[
        "Watch: Inside a cashew processing plant in Mtwara",
        "Tanzania Revenue Authority collects Sh3.1 trillion in August",
        "EAC ministers agree to cut roaming charges by 40%",
        "Podcast: Is the gold boom here to stay?",
    ],
)

_TR_NICHE = _niche(
    site="AgriTrade East Africa",
    url="https://agritrade-ea.example/news/tanzania-cashew-gold-export-figures-2026/",
    kicker="Commodities | Tanzania",
    headline="Cashew earnings top $600m as Tanzania's export boom broadens beyond gold",
    title="Cashew earnings top $600m as Tanzania's export boom broadens beyond gold - "
    "AgriTrade East Africa",
    dek=(
        "Central bank data show raw cashew nuts remain the leading farm export, but "
        "processors say only a fraction of the crop is shelled at home."
    ),
    byline="By Mwanaisha Salim Bakari",
    bio=(
        "Mwanaisha Salim Bakari reports on agricultural trade from Dar es Salaam and the "
        "southern regions for AgriTrade East Africa."
    ),
    date_html="1 October 2026",
    caption="Workers sort raw cashew nuts at a warehouse in Mtwara. AgriTrade/M. Bakari",
    body=[
        "Cashew nut exports earned Tanzania $611 million in the 12 months to August, "
        "according to the Bank of Tanzania's latest monthly economic review, confirming "
        "the crop's place as the country's most valuable traditional export, even as gold "
        "continues to dominate the overall picture.",
        "The review, published on 29 September, shows total exports of goods and services "
        "of $17.84 billion for the period, of which gold accounted for $4.12 billion. "
        "Cashew's share is far smaller, but it matters more to rural incomes: an estimated "
        "half a million households in Mtwara, Lindi, Ruvuma and the coast region grow the "
        "crop.",
        "Volumes from the 2025/26 season reached about 402,000 tonnes, according to the "
        "Cashewnut Board of Tanzania, making it one of the biggest harvests on record. "
        "Average farm-gate prices at the warehouse receipt auctions were around TSh 3,780 "
        "per kilogram, or about $1.50.",
        "\"Farmers had a good season, both in volume and in price. The challenge now is to "
        "make sure more of this value stays in Tanzania,\" Francis Alfred Mtei, the acting "
        "director general of the Cashewnut Board, said in an interview.",
        "Processing remains the weak point. Industry estimates suggest less than 15% of the "
        "crop is processed locally, with the rest shipped raw, mainly to India and Vietnam. "
        "Raw cashew fetches a fraction of the price of shelled kernels.",
        "The government says it wants to change that. Speaking at the East African Business "
        "Forum in Mwanza on 30 September, Industry and Trade Minister Hamisi Lyimo said the "
        "export figures proved that a strategy of adding value at home was working. \"We "
        "want to export processed cashew and refined gold, not raw materials,\" he said, "
        "promising tax incentives for investors in processing plants.",
        "Dr Rehema Mwakalinga, director of economic research and policy at the central "
        "bank, said the improvement in exports was \"broad-based\", pointing to cashew, "
        "coffee and horticulture alongside gold and tourism.",
        "Coffee exports were also up, to $262 million, thanks to better prices for arabica "
        "from the Kilimanjaro and southern highlands regions. Horticultural exports, "
        "including avocados, reached $415 million.",
        "Processors say that the main obstacles are the cost of finance and unreliable "
        "power supply. \"We pay interest of 17 or 18 percent on working capital. Our "
        "competitors in Vietnam pay a third of that,\" said Zuberi Hamisi Nandonde, who runs "
        "a processing factory in Mtwara with 600 workers.",
        "The export levy on raw cashew, currently 15% of the free-on-board value, is also a "
        "point of debate. Part of it is returned to the sector through the cashew "
        "development fund, but farmers' groups say the money seldom reaches growers.",
        "Buyers say quality has improved. \"The nut count and the outturn were better this "
        "year, which is why Tanzanian cashew fetched a premium over some West African "
        "origins,\" said a Dar es Salaam-based trader for an Indian processing group, who "
        "asked not to be named.",
        "For now, the headline numbers are good news. The current account deficit narrowed "
        "to $2.31 billion in the year to August, and reserves of $6.1 billion cover almost "
        "five months of imports. The next test for cashew comes with the opening of the "
        "2026/27 auctions in October.",
    ],
    sidebar_title="Market prices this week",
    sidebar=[
        "Arabica AA, Moshi auction: $6.85/kg",
        "Sesame, Lindi: TSh 3,400/kg",
        "Avocado (Hass), Njombe: $1.10/kg farm gate",
        "Cloves, Zanzibar: TSh 18,000/kg",
    ],
)


# ---------------------------------------------------------------------------
# rk-GD5 - Kipepeo-2 sounding rocket flight from Malindi, Saturday 11 July 2026
# ---------------------------------------------------------------------------

_RK_LIVE = _live(
    site="Pwani Broadcasting",
    url="https://www.pwanibroadcasting.example/live/kipepeo-2-launch-malindi",
    headline="Kipepeo-2 launch: Kenyan rocket lifts off from Malindi - as it happened",
    title="Kipepeo-2 launch LIVE: Kenyan rocket lifts off from Malindi | Pwani Broadcasting",
    byline="Pwani Broadcasting newsroom, Malindi",
    date_html=(
        '<time datetime="2026-07-11T10:40:00+03:00">Saturday 11 July 2026, '
        "updated 10:40</time>"
    ),
    published="2026-07-11T05:30:00+03:00",
    modified="2026-07-11T10:40:00+03:00",
    ld="LiveBlogPosting",
    summary=[
        "Tausi Aerospace's Kipepeo-2 rocket lifted off at 06:42 from the Broglio Space "
        "Centre near Malindi",
        "The company says the rocket reached a peak altitude of 87.3km, short of its 100km "
        "goal",
        "The payload capsule splashed down in the Indian Ocean and has been recovered",
        "Thursday's first attempt was called off because of strong winds",
    ],
    entries=[
        ("10:40", "Wrapping up", [
            "That is the end of our live coverage. Kipepeo-2 flew higher than any rocket "
            "built in East Africa before it, reaching 87.3km, though short of the 100km "
            "target. The payload has been recovered and the experiments are on their way to "
            "Nairobi. Thank you for joining us.",
        ]),
        ("10:05", "Payload recovered", [
            "Tausi Aerospace says its recovery boat, the MV Pweza, picked up the payload "
            "capsule at 09:55, about 64km offshore. The capsule appears intact. It carries "
            "three experiments: a crystal-growth experiment from the University of Nairobi, a "
            "radiation sensor from Kenyatta University and a sensor pack built by secondary "
            "school students in Kigali with the Rwanda Space Agency.",
        ]),
        ("09:30", "Final figure: 87.3km", [
            "Tausi Aerospace has revised its figure after analysing the full telemetry. The "
            "rocket reached a maximum altitude of 87.3km, a little higher than the "
            "preliminary estimate of about 85km we reported earlier. Top speed was Mach 4.6, "
            "or about 5,600km/h.",
        ]),
        ("08:40", "Space agency: 'an important step'", [
            "Dr Joseph Rono, acting director general of the Kenya Space Agency, watched the "
            "launch from the control room. \"This is an important step for the African space "
            "industry. Five years ago nobody would have believed a Kenyan company could do "
            "this,\" he tells Pwani Broadcasting. The agency contributed a grant towards the "
            "cost of the mission.",
        ]),
        ("08:05", "CEO: 'Today we crossed a line'", [
            "Tausi Aerospace chief executive Amina Odhiambo has been speaking to our reporter "
            "at the launch site. \"We did not reach space today, but we crossed a line in our "
            "own heads. A Kenyan team designed, built and flew this rocket,\" she says.",
            "She says the shortfall against the 100km target appears to be linked to "
            "slightly lower than expected thrust from the second stage. \"We will find out "
            "exactly why, fix it and come back,\" she says.",
        ]),
        ("07:20", "Early data: about 85km", [
            "Preliminary telemetry suggests the rocket reached an altitude of about 85km, "
            "according to the mission control team. That is below the 100km target, which is "
            "the Karman line often used to mark the edge of space. A firmer figure is "
            "expected in the next couple of hours.",
        ]),
        ("06:50", "Payload parachute seen", [
            "Observers on the beach at Ngomeni report seeing the payload's orange parachute "
            "through binoculars far out to sea. The company says the capsule separated as "
            "planned and the parachute opened normally.",
        ]),
        ("06:42", "LIFT-OFF!", [
            "Kipepeo-2 has lifted off! The rocket roared off its launch rail at exactly "
            "06:42, climbing steeply over the Indian Ocean. Several hundred people watching "
            "from the beach cheered as it disappeared into the morning sky.",
        ]),
        ("06:30", "Beach crowds", [
            "Hundreds of people have gathered on the beach at Ngomeni, some of them having "
            "driven through the night from Mombasa and Nairobi. Police have closed the road "
            "to the launch site to traffic, and fishermen have been asked to keep their boats "
            "out of the danger zone until the recovery is complete.",
        ]),
        ("06:15", "Countdown resumes", [
            "The launch director has given a 'go' after checking upper-level winds, which "
            "are within limits this morning. The countdown has resumed at T-minus 27 minutes.",
        ]),
        ("05:30", "Good morning from Malindi", [
            "Welcome to our live coverage of the second launch attempt for Kipepeo-2, a "
            "two-stage solid-fuel sounding rocket built by Nairobi start-up Tausi Aerospace. "
            "The 9.6-metre rocket will fly from a temporary launch rail at the Luigi Broglio "
            "Space Centre near Malindi, which is run by the Italian Space Agency.",
            "The first attempt on Thursday was called off four minutes before launch because "
            "of strong winds at high altitude. The team is aiming for 100km.",
        ]),
    ],
    related=[
        "Malindi hotels fully booked as rocket fans arrive",
        "Kenya Space Agency budget rises to Sh1.1bn",
        "Explainer: What is a sounding rocket?",
        "Kilifi: Fishermen told to keep 20km clear of launch zone",
    ],
)

_RK_WIRE = _wire(
    site="Equator Wire",
    short="Equator",
    url="https://www.equatorwire.example/science/kenya-startup-rocket-falls-short-of-space",
    section="Science",
    headline="Kenyan start-up's rocket reaches 87 km, falls short of space on second try",
    title="Kenyan start-up's rocket reaches 87 km, falls short of space on second try - "
    "Equator Wire",
    byline="Otieno Ochieng Were",
    date_html="Published 11 July 2026, 09:48 GMT",
    published="2026-07-11T09:48:00+00:00",
    meta_time=True,
    caption=(
        "Tausi Aerospace's Kipepeo-2 rocket lifts off near Malindi, Kenya, July 11, 2026. "
        "Equator Wire/Kahindi Baya"
    ),
    body=[
        "MALINDI, Kenya, July 11 (Equator) - A rocket built by a Kenyan start-up climbed to "
        "87.3 km (54 miles) on Saturday, the highest flight yet for a rocket designed in "
        "East Africa, but fell short of its goal of reaching space.",
        "Tausi Aerospace's Kipepeo-2, a two-stage sounding rocket, lifted off at 0342 GMT "
        "from a launch rail at the Luigi Broglio Space Centre, a facility operated by the "
        "Italian Space Agency on the coast near Malindi.",
        "The company had aimed to reach 100 km (62 miles), the altitude commonly used as the "
        "boundary of space. A first attempt on Thursday was scrubbed minutes before launch "
        "because of high winds.",
        "\"We did not reach space today, but we crossed a line in our own heads. A Kenyan "
        "team designed, built and flew this rocket,\" Tausi Aerospace chief executive Amina "
        "Wanjiku Odhiambo told reporters at the launch site.",
        "The rocket, which is 9.6 metres tall and weighed about 1.3 tonnes at lift-off, "
        "reached a top speed of Mach 4.6, or roughly 3,480 mph, according to the company. "
        "It hit its peak altitude less than three minutes after launch.",
        "Odhiambo said a preliminary analysis suggested the second stage had produced "
        "slightly less thrust than expected. The company's engineers would study the data "
        "before deciding on changes for its next rocket, Kipepeo-3, which it hopes to fly "
        "in 2027.",
        "The payload capsule, carrying three scientific experiments from universities in "
        "Kenya and a school project from Rwanda, parachuted into the Indian Ocean about 40 "
        "miles (64 km) offshore and was recovered by a company boat.",
        "The flight cost about 420 million Kenyan shillings ($3.25 million), Odhiambo said, "
        "funded by private investors and a grant from the Kenya Space Agency.",
        "\"This is an important step for the African space industry. Five years ago, nobody "
        "would have believed a Kenyan company could do this,\" said Joseph Rono, acting "
        "director general of the Kenya Space Agency, who watched the launch.",
        "Tausi's first rocket, Kipepeo-1, reached an altitude of 11.8 km in November 2025.",
        "Kenya has a long history with space launches. Between 1967 and 1988 the Italian "
        "San Marco programme launched satellites from offshore platforms near Malindi, but "
        "the site has not hosted an orbital launch since.",
        "African countries have launched more than 60 satellites in total, but all on "
        "foreign rockets. Several start-ups in Africa are developing small launch vehicles, "
        "though none has yet reached orbit.",
        "\"Our target is an orbital launch from Kenyan soil before 2032,\" Odhiambo said. "
        "\"People laughed when we said that. After today, fewer people are laughing.\"",
        "Crowds gathered on the beach at Ngomeni to watch the launch, and police closed "
        "the road to the site. Fishermen were asked to keep their boats out of a danger "
        "zone offshore until the payload had been recovered.",
        "Kevin Mutai, the company's chief engineer, said the team of 46 people had built "
        "most of the rocket's components in a workshop in Nairobi's Industrial Area.",
    ],
    credit="Reporting by Otieno Ochieng Were; Editing by Clara Mendes-Achterberg",
    related=[
        "Rwanda's second satellite scheduled for launch in Q1 2027",
        "Egypt Space Agency signs $72 million deal with China",
        "Nigeria's NASRDA marks 25 years with new ground station",
        "Ethiopia's ETRSS-2 reaches orbit aboard Chinese rocket",
    ],
)

_RK_NICHE = _niche(
    site="OrbitalAfrica",
    url="https://orbitalafrica.example/launch/kipepeo-2-flight-analysis/",
    kicker="Launch | Kenya",
    headline="Kipepeo-2 analysis: 87 km is short of space, but a big step for Tausi",
    title="Kipepeo-2 analysis: 87 km is short of space, but a big step for Tausi | "
    "OrbitalAfrica",
    dek=(
        "The Kenyan start-up's second rocket flew seven times higher than its first. We "
        "look at what went right, what fell short, and what comes next."
    ),
    byline="By Thandeka Moyo-Nduta",
    bio=(
        "Thandeka Moyo-Nduta is OrbitalAfrica's launch correspondent. She has covered "
        "African space programmes since 2019."
    ),
    date_html="12 July 2026",
    body=[
        "When Tausi Aerospace's Kipepeo-2 left its rail at the Broglio Space Centre at 6:42 "
        "on Saturday morning, local time, it became the most capable rocket ever flown by "
        "an East African company. It did not reach the Karman line at 100 kilometres. But "
        "measured against the company's previous flight, the progress is remarkable.",
        "According to Tausi's post-flight statement, the rocket reached an apogee of 87.3 "
        "km. Early numbers shared at the launch site put the figure at about 85 km; the "
        "revised value came after the team processed the full telemetry stream. For "
        "comparison, Kipepeo-1, flown in November 2025, reached 11.8 km. That is a "
        "seven-fold increase in eight months.",
        "The vehicle is a two-stage, solid-fuel design, 9.6 metres long and weighing about "
        "1.3 tonnes at ignition. Both stages burned for a combined 38 seconds, after which "
        "the rocket coasted upward for over two minutes. Peak velocity was about Mach 4.6. "
        "The payload capsule separated after apogee and came down under a parachute about "
        "10 minutes after lift-off, some 64 km from the coast.",
        "Why 87 and not 100? Chief executive Amina Odhiambo has attributed the shortfall to "
        "slightly lower than predicted thrust from the second stage. Our own back-of-the-"
        "envelope estimate suggests a thrust deficit of only a few percent would account "
        "for the missing altitude, since apogee is very sensitive to burnout velocity.",
        "\"We did not reach space today, but we crossed a line in our own heads,\" Odhiambo "
        "said after the flight. Her chief engineer, Kevin Mutai, was more technical: \"The "
        "second-stage chamber pressure was a little low from ignition. We have the data, "
        "and we will know the cause within weeks.\"",
        "The payload itself performed well. Of the three experiments on board, the "
        "University of Nairobi's crystal-growth package and a radiation dosimeter from "
        "Kenyatta University both returned data during the flight. A sensor pack designed "
        "by students in Kigali, developed with the Rwanda Space Agency, recorded "
        "temperature and acceleration throughout.",
        "The launch also tested the ground infrastructure. The Broglio Space Centre, run by "
        "the Italian Space Agency under an agreement with Kenya, is better known for the "
        "San Marco satellite launches of the 1960s to 1980s. For this flight Tausi built a "
        "temporary launch rail at the Ngomeni site and worked with the centre on range "
        "safety and tracking.",
        "The Kenya Space Agency, which part-funded the mission, has been encouraging. Its "
        "director general, Dr Joseph Kiprop Rono, called the flight \"an important step "
        "for the African space industry\".",
        "Money will decide what happens next. The Kipepeo-2 campaign cost KSh 420 million, "
        "roughly US$3.3 million, according to the company. Kipepeo-3, planned for 2027, "
        "will need to be bigger and will probably cost more than twice as much. Tausi says "
        "it is in talks with investors in Nairobi, Lagos and Dubai.",
        "The long-term goal is an orbital launch from Kenya before 2032. That is a very "
        "different challenge from a suborbital hop. But after Saturday, Tausi has "
        "something most African launch start-ups still lack: a flight to nearly 90 km.",
    ],
    sidebar_title="Upcoming launches",
    sidebar=[
        "Aug 3: Rwanda's RWASAT-3 rideshare, Vandenberg",
        "Aug 19: Egypt's NExSat-2, Jiuquan",
        "Sep 8: Nigeria's EduSat-4 from the ISS",
        "Oct 2026 (NET): Kipepeo-3 static fire, Nairobi",
    ],
)


# ---------------------------------------------------------------------------
# eq-GD6 - Earthquake near Kasese, western Uganda, Monday 2 November 2026
# ---------------------------------------------------------------------------

_EQ_LIVE = _live(
    site="RBS News",
    url="https://www.rbs-news.example/live/kasese-earthquake-updates",
    headline="Kasese earthquake: deaths rise as rescuers search damaged homes - live updates",
    title="Kasese earthquake live updates: deaths rise, aftershocks continue | RBS News",
    byline="RBS News team in Kasese and Kampala",
    date_html=(
        '<time datetime="2026-11-03T15:40:00+03:00">Last updated Tuesday 3.40pm EAT</time>'
    ),
    published="2026-11-02T21:40:00+03:00",
    modified="2026-11-03T15:40:00+03:00",
    ld="LiveBlogPosting",
    summary=[
        "A strong earthquake struck near Kasese in western Uganda at 9.17pm on Monday",
        "At least nine people have died and 131 are injured, according to the government",
        "The USGS measured the quake at magnitude 5.8; Uganda's geological survey says 5.6",
        "More than 20 aftershocks have been recorded, the strongest of magnitude 4.4",
    ],
    entries=[
        ("15:40", "Death toll rises to nine", [
            "The Office of the Prime Minister says nine people are now confirmed dead and 131 "
            "injured. State Minister for Disaster Preparedness Lilian Aber Nsubuga, who "
            "arrived in Kasese by helicopter this afternoon, says the government has "
            "released 2.5 billion shillings for relief, including tents, blankets and food.",
            "\"No family will be left alone. We will stay here until everyone who lost a "
            "home has shelter,\" she told residents in Bwera.",
        ]),
        ("12:10", "Houses destroyed", [
            "A preliminary assessment by district officials counts 412 houses damaged and 63 "
            "completely destroyed, mostly mud-and-wattle homes on the slopes of the "
            "Rwenzori mountains. Resident District Commissioner Joseph Bwambale says the "
            "figures will rise as teams reach remote villages.",
        ]),
        ("10:30", "Red Cross appeals for help", [
            "The Uganda Red Cross Society says its volunteers have set up temporary shelters "
            "at two schools in Bwera and at the Kasese municipal stadium. Spokesman Patrick "
            "Mugisa Ahimbisibwe says the priority is shelter, clean water and first aid. "
            "\"Many families spent the whole night in the open, in the rain,\" he says.",
        ]),
        ("09:45", "Road reopened", [
            "The Kasese-Fort Portal road, blocked by a landslide near Kyanya overnight, has "
            "reopened after about six hours, the Uganda National Roads Authority says.",
        ]),
        ("07:00", "Six dead, 48 injured", [
            "Police now say six people died, four of them in Bwera, where the wall of a "
            "school dormitory collapsed, and 48 people are being treated in hospital. RDC "
            "Joseph Bwambale has asked residents of cracked buildings not to sleep indoors "
            "until engineers have checked them.",
        ]),
        ("04:20", "Strong aftershock", [
            "A strong aftershock of magnitude 4.4 hit the area at 4.05am, sending people "
            "running back out into the streets. There are no immediate reports of new "
            "damage. Uganda's Department of Geological Survey and Mines says it has "
            "recorded more than 20 aftershocks since the main quake.",
        ]),
        ("02:40", "Night outdoors", [
            "Our reporter in Kasese town says hundreds of people are sleeping in the open, "
            "on football pitches and in church compounds, afraid to go back indoors because "
            "of aftershocks. Power has still not been restored to most of the town.",
        ]),
        ("01:30", "Geological survey: magnitude 5.6", [
            "Uganda's Department of Geological Survey and Mines says its stations recorded "
            "the quake at magnitude 5.6, with a depth of about 14km. The US Geological "
            "Survey's figure is 5.8 at a depth of 10km. Differences of this size between "
            "agencies are common in the first hours after a quake.",
        ]),
        ("23:40", "Two confirmed dead", [
            "Police in Kasese confirm two deaths: a woman killed when her house collapsed in "
            "Kasese town and a man hit by falling rocks near Kilembe. Kagando hospital says "
            "it has received more than a dozen injured people.",
        ]),
        ("22:05", "USGS: magnitude 5.8", [
            "The US Geological Survey says the earthquake had a magnitude of 5.8 and struck "
            "at 21:17 local time (18:17 GMT), about 18km north-west of Kasese. It was "
            "shallow, the USGS says, which tends to make shaking at the surface stronger.",
            "People in Fort Portal and as far away as Kampala say they felt the ground "
            "shake. There are also reports that it was felt in Beni, across the border in "
            "the Democratic Republic of Congo.",
        ]),
        ("21:40", "Earthquake in western Uganda", [
            "We are receiving reports of a strong earthquake in western Uganda. Residents "
            "of Kasese describe houses shaking violently for several seconds and people "
            "running into the streets. Electricity has gone off in parts of the town.",
        ]),
    ],
    related=[
        "Explainer: Why does western Uganda have earthquakes?",
        "March 14: Magnitude 4.7 tremor near Bundibugyo causes cracks in 30 homes",
        "Rwenzori floods: Nyamwamba river bursts its banks again",
        "Watch: Residents spend night outdoors in Bwera",
    ],
)

_EQ_WIRE = _wire(
    site="Great Lakes Wire",
    short="GLW",
    url="https://www.greatlakeswire.example/africa/uganda-earthquake-kills-six-kasese",
    section="Africa",
    headline="Earthquake kills six in western Uganda near Congo border",
    title="Earthquake kills six in western Uganda near Congo border | Great Lakes Wire",
    byline="Moses Byaruhanga Mutegeki",
    date_html="Nov 3, 2026",
    published="2026-11-03T05:10:00+00:00",
    meta_time=True,
    caption=(
        "Residents look at a collapsed house in Kasese, western Uganda, Nov. 3, 2026. "
        "Great Lakes Wire/Stringer"
    ),
    body=[
        "KAMPALA, Nov 3 (GLW) - A magnitude 5.8 earthquake struck western Uganda near the "
        "border with Democratic Republic of Congo late on Monday, killing at least six "
        "people, injuring dozens and damaging hundreds of homes, police and local officials "
        "said.",
        "The quake hit at 9:47 p.m. (1847 GMT) about 18 km (11 miles) northwest of the town "
        "of Kasese, at a shallow depth of 10 km, the U.S. Geological Survey (USGS) said. "
        "Uganda's Department of Geological Survey and Mines put the magnitude at 5.6.",
        "Four of the dead were in Bwera, a trading town on the Congolese border, where the "
        "wall of a school dormitory collapsed, police spokesman for the Rwenzori region, "
        "Vincent Kiiza Tibamwenda, said. Forty-eight people were being treated in hospital.",
        "\"Most of the injured were hit by falling walls and roofs as they tried to run "
        "outside,\" he said.",
        "Kasese's Resident District Commissioner, Joseph Baluku, said many of the damaged "
        "houses were built of mud and wattle on steep slopes. \"People are afraid to go back "
        "inside. Many families have spent the night in the open,\" he said.",
        "The shaking was felt in the regional town of Fort Portal, in the capital Kampala "
        "about 290 km (180 miles) to the east, and in the city of Beni in eastern Congo, "
        "residents said. There were no immediate reports of casualties in Congo.",
        "A strong aftershock of magnitude 4.4 struck at around 4:05 a.m. on Tuesday, the "
        "Ugandan agency said.",
        "Landslides briefly blocked the main road between Kasese and Fort Portal, and power "
        "was cut in parts of the district. The Uganda Red Cross Society said it had sent "
        "teams from Kasese and Fort Portal to help with first aid and to register families "
        "who had lost their homes.",
        "\"Our volunteers were on the ground within the hour. The priority now is shelter, "
        "clean water and treating the injured,\" said Red Cross spokesman Patrick Mugisa "
        "Ahimbisibwe.",
        "The area lies on the western branch of the East African Rift, one of the most "
        "seismically active zones on the continent. The Rwenzori mountains, which rise to "
        "more than 5,000 metres, were pushed up by the same tectonic forces.",
        "In March this year, a magnitude 4.7 tremor near Bundibugyo, about 60 km to the "
        "north, cracked walls in dozens of homes but caused no deaths.",
        "\"This is a region where we expect earthquakes of this size every few years. The "
        "problem is that buildings are not designed for them,\" said Godfrey Kato, a "
        "seismologist at the geological survey.",
        "Uganda's Office of the Prime Minister said a team led by the state minister for "
        "disaster preparedness would travel to Kasese on Tuesday to assess the damage.",
        "Many residents spent the night outdoors in the rain, afraid of further tremors, "
        "a Great Lakes Wire witness said.",
        "Kasese, a district of about 900,000 people, is also prone to floods. The "
        "Nyamwamba river has burst its banks several times in recent years, destroying "
        "homes and a hospital.",
    ],
    credit="Reporting by Moses Byaruhanga Mutegeki in Kampala; Editing by Rachel Omondi-Stewart",
    related=[
        "Congo's Nyiragongo volcano alert raised to yellow",
        "Uganda's parliament approves $1.2 billion oil pipeline loan",
        "Kenya floods: 14 dead after Tana River overflows",
        "Rwanda reports magnitude 4.1 quake near Lake Kivu",
    ],
)

_EQ_PAPER = _paper(
    site="The Kampala Ledger",
    url="https://www.kampalaledger.example/news/kasese-quake-death-toll-rises-to-nine",
    section="National",
    headline="Kasese quake: Death toll rises to nine as survivors count losses",
    title="Kasese quake: Death toll rises to nine as survivors count losses - The Kampala "
    "Ledger",
    standfirst=(
        "Government releases Shs2.5 billion for relief as families camp outside cracked "
        "homes in Bwera and Kasese Municipality."
    ),
    byline="By Bosco Masereka & Harriet Kyomuhendo, Kasese",
    date_html="Wednesday November 4, 2026",
    edition="Kampala",
    caption=(
        "Residents of Bwera salvage property from a collapsed house on Tuesday. PHOTO BY "
        "BOSCO MASEREKA"
    ),
    body=[
        "The number of people killed by Monday night's earthquake in Kasese District has "
        "risen to nine, with 131 others injured, the Office of the Prime Minister said "
        "yesterday as survivors in the worst-hit areas began to count their losses.",
        "The earthquake struck at 9.17pm, shaking buildings across the Rwenzori region and "
        "sending residents fleeing into the streets in darkness after electricity went "
        "off.",
        "The US Geological Survey said the quake measured 5.8 and had its epicentre about "
        "18 kilometres north-west of Kasese town, at a depth of 35 kilometres. The "
        "Department of Geological Survey and Mines in Entebbe recorded a magnitude of 5.6.",
        "Bwera town council, near the border with the Democratic Republic of Congo, was the "
        "hardest hit. Four pupils died at a secondary school when the wall of a dormitory "
        "collapsed on them as they slept.",
        "\"We heard a loud bang and then the whole building was moving. Some of us jumped "
        "through the windows,\" said Kule Thembo Edson, a Senior Three student who "
        "escaped with a cut on his arm.",
        "The State Minister for Disaster Preparedness, Ms Lilian Aber Nsubuga, toured Bwera "
        "and Kasese town on Tuesday and announced that the government had released Shs2.5 "
        "billion for relief items.",
        "\"No family will be left alone. We shall remain here until every family that lost "
        "a home has shelter,\" she told residents gathered at Bwera market.",
        "The Kasese Resident District Commissioner, Mr Joseph Baluku, said 412 houses had "
        "been damaged and 63 destroyed, according to a preliminary count. He said the "
        "figures were likely to rise once teams reached villages in the mountains.",
        "\"Some places can only be reached on foot. We have asked the army to help us with "
        "the assessment,\" Mr Baluku said.",
        "The district health officer, Dr Winnie Kabugho, said most of the injured had "
        "fractures and cuts. Kagando Hospital and Bwera Hospital were treating the majority "
        "of cases, while 11 patients with serious injuries had been referred to Fort Portal "
        "Regional Referral Hospital.",
        "The Uganda Red Cross Society said it had distributed 600 tents and 1,500 blankets "
        "by Tuesday evening. Its spokesperson, Mr Patrick Mugisa Ahimbisibwe, appealed for "
        "donations of food and clean water.",
        "Geologists say western Uganda is prone to earthquakes because it lies on the "
        "Albertine Rift. Dr Godfrey Tumusiime Kato, a seismologist at the Department of "
        "Geological Survey and Mines, said more than 20 aftershocks had been recorded by "
        "Tuesday, the strongest a magnitude 4.4 tremor early on Tuesday morning.",
        "\"People should not panic, but they should avoid sleeping in buildings with big "
        "cracks until engineers have inspected them,\" Dr Kato advised.",
        "At Bwera market, traders who had spent the night outside said they were afraid "
        "to reopen their shops. \"The walls have cracks from top to bottom. Who will "
        "enter?\" asked Masika Jovia, a cloth seller whose shop lost its front wall.",
        "The Uganda National Roads Authority said the Kasese-Fort Portal road, blocked by "
        "a landslide on Monday night, had been reopened on Tuesday morning.",
        "The quake was also felt in Kampala, Fort Portal and Beni in the DR Congo.",
    ],
    most_read=[
        "Shs1.3 trillion supplementary budget tabled",
        "Boda boda riders protest new Shs50,000 permit fee",
        "Uganda Cranes drop two places to 88th in FIFA ranking",
        "Coffee prices hit Shs14,500 per kilo in Masaka",
        "Obituary: Former Kasese MP dies at 81",
    ],
)

_EQ_NICHE = _niche(
    site="QuakeWatch Africa",
    url="https://quakewatch-africa.example/events/2026-11-02-m5-8-kasese-uganda/",
    kicker="Event report | Albertine Rift",
    headline="M5.8 Kasese, Uganda: shallow rift earthquake with damaging shaking",
    title="M5.8 Kasese, Uganda: shallow rift earthquake with damaging shaking | QuakeWatch "
    "Africa",
    dek=(
        "A shallow normal-faulting earthquake on the western branch of the East African "
        "Rift produced strong shaking in the Kasese area. Here is what the data show."
    ),
    byline="By the QuakeWatch Africa science desk",
    bio=(
        "QuakeWatch Africa is an independent science site that reports on earthquakes and "
        "volcanoes across the African continent."
    ),
    date_html=(
        '<time datetime="2026-11-03T11:00:00Z">3 November 2026, 11:00 UTC</time>'
    ),
    published="2026-11-03T11:00:00Z",
    ld="NewsArticle",
    body=[
        "A magnitude 5.8 earthquake struck the Albertine Rift in western Uganda at 18:17 "
        "UTC on 2 November 2026 (21:17 East Africa Time), according to the United States "
        "Geological Survey (USGS). The epicentre was about 18 km (11 miles) north-west of "
        "Kasese, in the foothills of the Rwenzori mountains, and the USGS estimated a "
        "hypocentral depth of 10 km (6 miles).",
        "Other agencies have published slightly different solutions, as is usual. Uganda's "
        "Department of Geological Survey and Mines (DGSM) reports a local magnitude of 5.6 "
        "and a depth of about 14 km, based on its national network. The German Research "
        "Centre for Geosciences (GFZ) gives magnitude 5.7. Magnitudes from different "
        "agencies often vary by 0.1 to 0.3 units, because they use different stations, "
        "methods and magnitude scales.",
        "The focal mechanism published by the USGS indicates normal faulting on a fault "
        "striking roughly north-north-east, consistent with the east-west extension that "
        "is pulling the western branch of the East African Rift apart. The Rwenzori block, "
        "which rises to 5,109 metres at Margherita Peak, is bounded by such faults.",
        "A shallow depth means strong shaking close to the epicentre. The USGS estimates "
        "that around 250,000 people were exposed to strong shaking (intensity VI) and "
        "several thousand to very strong shaking (intensity VII). Its PAGER system issued a "
        "yellow alert for fatalities, meaning some deaths were likely.",
        "By Tuesday morning, Ugandan police had confirmed six deaths and 48 people in "
        "hospital, most of them in Bwera near the border with the Democratic Republic of "
        "Congo and in Kasese town. Local officials said hundreds of houses had been damaged.",
        "The sequence has been productive. DGSM has reported more than 20 aftershocks, the "
        "largest a magnitude 4.4 event at 01:05 UTC on 3 November (04:05 local time). "
        "Aftershocks are likely to continue for weeks, and a small chance remains of an "
        "event larger than the main shock.",
        "\"This area lies on the western branch of the rift and we expect earthquakes of "
        "this size every few years,\" said Dr Godfrey Kato, a seismologist at DGSM. "
        "\"The shaking was strong, but most of the damage is down to how houses are built.\"",
        "The region has a history of damaging earthquakes. Most recently, on 14 March 2026, "
        "a magnitude 4.7 event near Bundibugyo, about 60 km to the north, cracked walls in "
        "dozens of homes. Larger events have struck the Rwenzori region in past decades, "
        "including one in the 1990s that killed several people near Fort Portal.",
        "Shaking was reported across a wide area, including Fort Portal, Kampala, about "
        "290 km (180 miles) to the east, and Beni in the DRC. We have received more than "
        "400 felt reports through our own form.",
        "Buildings in the area are mostly single-storey houses of mud brick or wattle and "
        "daub, which perform poorly in strong shaking. Uganda's building code includes "
        "seismic provisions, but enforcement in rural areas is weak.",
        "We will update this page as new data become available, including revised "
        "magnitudes and any finite-fault model from the USGS.",
    ],
    sidebar_title="Recent events",
    sidebar=[
        "M4.9 - Afar, Ethiopia - 29 Oct 2026",
        "M4.3 - Lake Tanganyika, Tanzania - 24 Oct 2026",
        "M5.1 - Western Gulf of Aden - 12 Oct 2026",
        "M4.1 - Lake Kivu, Rwanda - 30 Oct 2026",
    ],
)


# ---------------------------------------------------------------------------
# The battery
# ---------------------------------------------------------------------------

STORIES: list[dict] = [
    {
        "id": "cb-GD1",
        "part": "GD",
        "domain": "central bank",
        "fetched": "2026-10-08",
        "articles": [
            _art(_CB_WIRE),
            _art(_CB_PAPER),
            _art(_CB_LIVE),
            _art(_CB_NICHE),
        ],
        "planted": [
            ("september headline inflation", r"\b4\.1(?!\d)", r"\b4\.7(?!\d)"),
            ("governor's surname", r"\bwaweru\b", r"\bwawero\b"),
            ("weekday of the mpc meeting", r"\btuesday\b", r"\bmonday\b"),
        ],
    },
    {
        "id": "el-GD2",
        "part": "GD",
        "domain": "election",
        "fetched": "2026-08-23",
        "articles": [
            _art(_EL_LIVE),
            _art(_EL_WIRE),
            _art(_EL_PAPER),
            _art(_EL_NICHE),
        ],
        "planted": [],
    },
    {
        "id": "ct-GD3",
        "part": "GD",
        "domain": "court",
        "fetched": "2026-09-19",
        "articles": [
            _art(_CT_WIRE),
            _art(_CT_PAPER),
            _art(_CT_NICHE),
        ],
        "planted": [],
    },
    {
        "id": "tr-GD4",
        "part": "GD",
        "domain": "trade",
        "fetched": "2026-10-02",
        "articles": [
            _art(_TR_WIRE),
            _art(_TR_PAPER),
            _art(_TR_LIVE),
            _art(_TR_NICHE),
        ],
        "planted": [
            ("gold export value", r"\b4\.12(?!\d)", r"\b4\.21(?!\d)"),
            ("mwakalinga's title", r"\bdirector\b", r"\bdeputy governor\b"),
            ("place of the minister's speech", r"\barusha\b", r"\bmwanza\b"),
        ],
    },
    {
        "id": "rk-GD5",
        "part": "GD",
        "domain": "rocket",
        "fetched": "2026-07-13",
        "articles": [
            _art(_RK_LIVE),
            _art(_RK_WIRE),
            _art(_RK_NICHE),
        ],
        "planted": [],
    },
    {
        "id": "eq-GD6",
        "part": "GD",
        "domain": "earthquake",
        "fetched": "2026-11-05",
        "articles": [
            _art(_EQ_LIVE),
            _art(_EQ_WIRE),
            _art(_EQ_PAPER),
            _art(_EQ_NICHE),
        ],
        "planted": [
            ("time of the main shock", r"\b(9|21|18)[:.]?17(?!\d)", r"\b(9|21|18)[:.]?47(?!\d)"),
            ("usgs depth", r"\b10\s?(km|kilomet)", r"\b35\s?(km|kilomet)"),
            ("resident district commissioner", r"\bbaluku\b", r"\bbwambale\b"),
        ],
    },
]
