"""Blind story battery, part IE (South Asia) -- twenty-fourth batch, a precision batch.

Written by engineer IE1 on 2026-12-07. All outlets (``*.example``), reporters, most officials,
companies and figures are invented; the prose is original.

Stories
-------
cb-IE1  central bank -- State Bank of Pakistan cuts its policy rate 11% -> 10.5% (Mon 9 Mar 2026).
        CONTROL (nothing planted).
        Traps: old vs new rate; "50 basis points" / "half a percentage point"; 4 p.m. PKT vs
        11:00 GMT; "Monday" vs "March 9"; 7-2 vs "seven to two"; February CPI 6.2% vs "about 6%"
        vs January's 5.8%; analysts' forecasts vs the outcome; growth range 3.5-4.5% vs "around
        4%"; reserves $14.3bn vs "about $14 billion" vs a rupee conversion; governor with and
        without middle name; cumulative 1,150 bp from the 22% peak; next meeting (planned) date;
        KSE-100 intraday vs close, day of vs next day; an outlet with no machine-readable date.

el-IE2  election -- Kurigram-2 parliamentary by-election, Bangladesh (polls Thu 16 Apr 2026,
        result declared about 2:10 a.m. Fri 17 Apr). CONTROL (nothing planted).
        Traps: live blog with running partial counts (58, then 112 of 141 centres) vs final
        tally; EC's early turnout "about 44%" revised to 45.6% and said to be revised; Rajarhat
        upazila / town turnout vs the constituency's; February's 61.2% turnout and 46,660 margin
        vs the by-election's 13,512; candidates with and without "Md.", middle names, initials
        (ATM / A.T.M. / Abu Taher Mohammad) and nicknames; 2:10 a.m. Friday local vs 2010 GMT
        Thursday; polls 7:30 a.m.-4:30 p.m. (10:30 GMT); "nearly ten hours" of counting; 412,530
        registered vs "a little over 4.1 lakh"; titles paraphrased; a page with no machine date.

ct-IE3  court -- Supreme Court of Sri Lanka strikes down the January power-tariff increase
        (judgment Tue 12 May 2026).
        PLANTED: (1) vote split 4-1 everywhere but "3-2" in the regional paper (Southern Ledger);
        (2) weekday: "Tuesday" (wire) vs "Wednesday" (Southern Ledger, which is dated 12 May);
        (3) compliance period: "within 90 days" (wire, broadcaster) vs "60 days" (legal
        specialist site, Bench & Bar).
        Traps: judges with initials vs full names; 18% increase vs "nearly a fifth"; rupee sums
        with dollar conversions; Article 12(1) vs "equality clause"; hearing days vs filing date;
        the dissenting judge named in words; "yesterday" in a next-day paper.

tr-IE4  trade -- Bangladesh April 2026 export figures released by the EPB (Sun 3 May 2026).
        PLANTED: (1) April year-on-year growth 12.4% vs "14.2%" (broadcaster, Padma 24);
        (2) title of the EPB's Farhana Yasmin Chowdhury: vice-chairman vs "director general"
        (business daily, Ledger of Commerce); (3) the quote on "last year's prices" given to
        BGMEA president Tanvir Ahmed Mridha everywhere but to commerce minister Shafiqul Alam
        Majumder in the wire copy (Gangetic Wire).
        Traps: $4.06bn vs "about $4.1 billion" vs Tk crore; month vs July-April cumulative
        (7.4%); RMG share 81% vs "about four-fifths"; knitwear + woven = RMG; March figure;
        the economists' forecast vs the outcome; full-year target; "Sunday" vs "May 3".

rk-IE5  rocket -- Pakistan's Hilal-EO2 satellite launched on a Long March 2D from Jiuquan
        (Sat 23 May 2026, slipped from 20 May). CONTROL (nothing planted).
        Traps: 10:37 Beijing time vs 7:37 a.m. PKT vs 02:37 UTC; planned vs actual launch date;
        "about 12 minutes" vs "11 minutes 48 seconds" to separation; 1,240 kg vs "about 1.2
        tonnes"; ~500 km vs 495 km orbit; 0.8 m vs "sub-metre" resolution; Hilal-EO1 (2025)
        figures; first signal time in PKT vs UTC; a live blog with running entries.

eq-IE6  earthquake -- quake in far-western Nepal (Fri 5 Jun 2026, 11:47 p.m. NPT = 18:02 UTC).
        PLANTED: (1) clock time: 11:47 p.m. local vs "10:47 p.m. local time" (wire, Himal Wire
        Service); (2) epicentre district: Bajhang vs "Bajura" (broadcaster, Karnali Sandesh TV);
        (3) NEMRC depth: 10 km vs "25 km" (newspaper, The Valley Courier).
        Traps: death toll growing 4 -> 11 -> 17 with publication times; NEMRC 5.8 local magnitude
        vs USGS 5.6 (attributed); local time vs UTC vs "shortly before midnight"; damaged homes
        preliminary vs revised (said to be revised); the 2023 Jajarkot quake's figures; aftershock
        counts growing; Friday night vs "early hours of Saturday" for aftershocks.
"""
from __future__ import annotations

import html as _html
import json as _json


def _story(id, domain, fetched, articles, planted) -> dict:
    return {"id": id, "part": "IE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url, html) -> dict:
    return {"url": url, "html": html}


def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _ps(paras, cls=None) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{_e(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{_e(p[2:])}</p></blockquote>")
        elif p.startswith("[AD]"):
            out.append('<div class="ad-slot ad-inline" data-slot="mid"><span class="ad-label">Advertisement</span></div>')
        elif p.startswith("[IMG]"):
            src, cap = p[5:].split("|", 1)
            out.append(f'<figure class="inline-img"><img src="{_attr(src.strip())}" alt="" loading="lazy"><figcaption>{_e(cap.strip())}</figcaption></figure>')
        else:
            c = f' class="{cls}"' if cls else ""
            out.append(f"<p{c}>{_e(p)}</p>")
    return "\n".join(out)


def _ld(headline, iso, author, site, url, modified=None, section=None) -> str:
    if not iso:
        return ""
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
         "datePublished": iso, "dateModified": modified or iso,
         "author": [{"@type": "Person", "name": a} for a in author] if isinstance(author, list) else {"@type": "Person", "name": author},
         "publisher": {"@type": "Organization", "name": site},
         "mainEntityOfPage": url}
    if section:
        d["articleSection"] = section
    return f'<script type="application/ld+json">{_json.dumps(d, ensure_ascii=False)}</script>'


def _head(headline, site, desc, url, iso, author, image, modified=None, section=None, extra="") -> str:
    meta_time = (f'<meta property="article:published_time" content="{iso}">\n'
                 f'<meta property="article:modified_time" content="{modified or iso}">\n') if iso else ""
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(headline)} | {_e(site)}</title>
<meta name="description" content="{_attr(desc)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_attr(site)}">
<meta property="og:title" content="{_attr(headline)}">
<meta property="og:description" content="{_attr(desc)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta name="twitter:card" content="summary_large_image">
{meta_time}{_ld(headline, iso, author, site, url, modified, section)}
<link rel="stylesheet" href="/assets/site.css">
{extra}
</head>"""


_COOKIE = ['<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic. By continuing you accept our <a href="/privacy">privacy policy</a>.</p><button class="accept">Accept all</button><button class="manage">Manage settings</button></div>',
           '<div class="gdpr-bar"><span>This site uses cookies. Some are essential; others help us improve your experience.</span> <a href="/cookies">Learn more</a> <button>OK</button></div>',
           '<aside class="consent"><strong>Your privacy</strong><p>We and our partners store and access information on your device for measurement and advertising.</p><button>Agree</button> <button>Reject non-essential</button></aside>']


def _share(kind=0) -> str:
    if kind == 0:
        return '<div class="share"><a href="#" class="fb">Facebook</a> <a href="#" class="x">X</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="mail">Email</a> <button class="copy">Copy link</button></div>'
    return '<ul class="social-share"><li>Share</li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Telegram</a></li><li><a href="#">Print</a></li></ul>'


def _related(items) -> str:
    lis = "".join(f'<li><a href="{_attr(h)}">{_e(t)}</a></li>' for t, h in items)
    return f'<aside class="related"><h3>Related stories</h3><ul>{lis}</ul></aside>'


def _nav(items) -> str:
    return '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{_e(i)}</a></li>' for i in items) + "</ul></nav>"


def _newsletter(site, blurb="Get the day's top stories in your inbox every morning.") -> str:
    return f'<section class="newsletter"><h3>{_e(site)} Daily Brief</h3><p>{_e(blurb)}</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></section>'


def _footer(site, year="2026", extra="") -> str:
    return f'<footer class="site-footer"><p>&copy; {year} {_e(site)}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/advertise">Advertise</a></li></ul>{extra}</footer>'


def _wire(*, site, url, headline, desc, author, iso, visible, dateline, paras, related, image, section="World", modified=None) -> str:
    """Wire-service template: terse chrome, dateline lead, 'reporting by' footer."""
    body = list(paras)
    body[0] = f"{dateline} ({site.split()[0].upper()}) - {body[0]}"
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(headline, site, desc, url, iso, author, image, modified, section)}
<body class="wire article">
{_COOKIE[0]}
<header class="masthead"><a class="logo" href="/">{_e(site)}</a>{_nav(["World", "Business", "Markets", "Asia", "Technology", "Sport"])}</header>
<div class="ad-slot leaderboard"><span>Advertisement</span></div>
<main>
<article>
<span class="kicker">{_e(section)}</span>
<h1>{_e(headline)}</h1>
<div class="byline">By <span class="author">{_e(author if isinstance(author, str) else ", ".join(author))}</span> <time class="stamp">{_e(visible)}</time></div>
{_share(0)}
<div class="article-body">
{_ps(body)}
</div>
<p class="credits">Reporting by {_e(author if isinstance(author, str) else " and ".join(author))}; Editing by the {_e(site)} Asia desk</p>
<p class="trust">Our Standards: The {_e(site)} Trust Principles.</p>
</article>
{_related(related)}
</main>
<div class="ad-slot sidebar"><span>Advertisement</span></div>
{_footer(site)}
</body>
</html>"""


def _paper(*, site, url, headline, desc, author, iso, visible, paras, related, image, caption, section="National", modified=None, kicker=None) -> str:
    """Newspaper template: hero image, caption, print edition note, comments."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{_head(headline, site, desc, url, iso, author, image, modified, section)}
<body class="paper story-page">
{_COOKIE[1]}
<div class="topbar"><span class="today">{_e(visible.split(" | ")[0])}</span> <a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header><div class="logo-wrap"><a href="/"><img src="/img/logo.svg" alt="{_attr(site)}"></a></div>{_nav(["Home", "National", "Business", "Opinion", "World", "Sport", "Lifestyle", "E-Paper"])}</header>
<div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>
<main class="story">
<p class="section-tag">{_e(kicker or section)}</p>
<h1 class="headline">{_e(headline)}</h1>
<h2 class="standfirst">{_e(desc)}</h2>
<div class="meta"><span class="by">{_e(author if isinstance(author, str) else " and ".join(author))}</span> <span class="when">{_e(visible)}</span></div>
<figure class="hero"><img src="{image}" alt=""><figcaption>{_e(caption)}</figcaption></figure>
{_share(1)}
<div class="story-body">
{_ps(paras)}
</div>
<p class="print-note">A version of this story appears in the print edition.</p>
<section class="comments"><h3>Comments</h3><p>Comments are moderated and will appear after review.</p></section>
</main>
{_related(related)}
{_newsletter(site)}
<div class="ad-slot ad-bottom"><span class="ad-label">Advertisement</span></div>
{_footer(site)}
</body>
</html>"""


def _tv(*, site, url, headline, desc, author, iso, visible, paras, related, image, caption, section="News", modified=None) -> str:
    """Broadcaster template: video player, 'watch live', trending rail."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(headline, site, desc, url, iso, author, image, modified, section)}
<body class="broadcast">
<header class="bc-header"><a class="brand" href="/">{_e(site)}</a> <a class="live-btn" href="/live">&#9679; Watch Live</a>{_nav(["News", "Politics", "Business", "World", "Videos", "Programmes", "Weather"])}</header>
{_COOKIE[2]}
<div class="ad-slot billboard"><span>Advertisement</span></div>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{_e(section)}</a></div>
<h1>{_e(headline)}</h1>
<div class="video-player" data-src="{url}/video.m3u8"><img src="{image}" alt=""><span class="play">&#9654; Play video</span><p class="video-caption">{_e(caption)}</p></div>
<div class="article-info"><span class="reporter">{_e(author if isinstance(author, str) else ", ".join(author))}</span> <span class="published">{_e(visible)}</span></div>
{_share(0)}
<div class="content">
{_ps(paras)}
</div>
<div class="tags"><a href="/tags/south-asia">South Asia</a></div>
</main>
<aside class="trending"><h3>Trending now</h3><ol><li><a href="/t1">Monsoon forecast: what the met office says</a></li><li><a href="/t2">Cricket: squad named for the tour</a></li><li><a href="/t3">Fuel prices unchanged for the fortnight</a></li></ol></aside>
{_related(related)}
<div class="ad-slot rail"><span>Advertisement</span></div>
{_footer(site, extra='<p class="app">Download our app for breaking news alerts.</p>')}
</body>
</html>"""


def _live(*, site, url, headline, desc, author, iso, visible, entries, summary, related, image, section="Live", modified=None) -> str:
    """Live blog: key points box and timestamped entries, newest first."""
    items = []
    for stamp, title, paras in entries:
        t = f"<h3>{_e(title)}</h3>" if title else ""
        items.append(f'<div class="live-entry"><time class="entry-time">{_e(stamp)}</time>{t}{_ps(paras)}{_share(1)}</div>')
    keyp = "".join(f"<li>{_e(s)}</li>" for s in summary)
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(headline, site, desc, url, iso, author, image, modified, section, extra='<meta name="robots" content="max-image-preview:large">')}
<body class="liveblog">
{_COOKIE[0]}
<header><a href="/" class="logo">{_e(site)}</a>{_nav(["Latest", "Live", "Politics", "Business", "Explained", "Video"])}</header>
<main>
<span class="live-badge">LIVE</span>
<h1>{_e(headline)}</h1>
<p class="lede">{_e(desc)}</p>
<div class="live-meta">{_e(author if isinstance(author, str) else ", ".join(author))} &middot; <span>{_e(visible)}</span></div>
<section class="key-points"><h2>Key points</h2><ul>{keyp}</ul></section>
<div class="ad-slot"><span>Advertisement</span></div>
<div class="live-stream">
{"".join(items)}
</div>
</main>
{_related(related)}
{_newsletter(site, "Breaking news, as it happens.")}
{_footer(site)}
</body>
</html>"""


def _trade(*, site, url, headline, desc, author, iso, visible, paras, related, image, caption, section="Analysis", modified=None, paywall=True) -> str:
    """Specialist / trade site: sector tags, data box, subscriber prompt."""
    pw = '<div class="paywall-note">Subscribers get full access to our data tables and archive. <a href="/subscribe">Start a free trial</a>.</div>' if paywall else ""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(headline, site, desc, url, iso, author, image, modified, section)}
<body class="specialist">
{_COOKIE[1]}
<header class="pro-header"><a href="/" class="logo">{_e(site)}</a>{_nav(["Latest", "Markets", "Policy", "Data", "Events", "Subscribe"])}<a class="signin" href="/login">Log in</a></header>
<main class="article-wrap">
<ul class="sector-tags"><li>{_e(section)}</li><li>South Asia</li></ul>
<h1>{_e(headline)}</h1>
<p class="dek">{_e(desc)}</p>
<p class="author-line">{_e(author if isinstance(author, str) else " and ".join(author))} <span class="sep">|</span> {_e(visible)}</p>
<figure><img src="{image}" alt=""><figcaption>{_e(caption)}</figcaption></figure>
<div class="body-text">
{_ps(paras)}
</div>
{pw}
{_share(1)}
</main>
<aside class="sidebar">{_related(related)}<div class="ad-slot mpu"><span>Advertisement</span></div><div class="events-promo"><h4>Upcoming webinar</h4><p>Register for our quarterly outlook briefing.</p></div></aside>
{_newsletter(site, "The week's policy and market intelligence, every Friday.")}
{_footer(site)}
</body>
</html>"""


def _regional(*, site, url, headline, desc, author, iso, visible, paras, related, image, caption, section="Region", modified=None) -> str:
    """Regional paper: simple layout, classifieds link, weather widget."""
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(headline, site, desc, url, iso, author, image, modified, section)}
<body class="regional">
<div class="weather-strip">Today: 31&deg;C, humid &middot; <a href="/weather">Forecast</a></div>
<header><h1 class="site-name"><a href="/">{_e(site)}</a></h1>{_nav(["Home", "Local", "Province", "Country", "Business", "Classifieds", "Obituaries"])}</header>
{_COOKIE[2]}
<div class="ad-slot banner"><span>Advertisement</span></div>
<div class="container">
<article class="post">
<header class="post-header"><span class="cat">{_e(section)}</span><h2 class="post-title">{_e(headline)}</h2><div class="post-meta">By {_e(author if isinstance(author, str) else ", ".join(author))} &mdash; {_e(visible)}</div></header>
<figure><img src="{image}" alt=""><figcaption>{_e(caption)}</figcaption></figure>
<div class="post-content">
{_ps(paras)}
</div>
{_share(1)}
</article>
<aside class="widget">{_related(related)}<div class="ad-slot"><span>Advertisement</span></div><div class="classifieds-box"><h4>Classifieds</h4><p>Land for sale, vehicles, jobs and notices.</p></div></aside>
</div>
{_footer(site)}
</body>
</html>"""



# ---------------------------------------------------------------------------
# cb-IE1 -- central bank (CONTROL)
# ---------------------------------------------------------------------------

_CB_A = _wire(
    site="Indus Newswire", url="https://www.indusnewswire.example/business/pakistan-central-bank-cuts-rate-10-5-2026-03-09/",
    headline="Pakistan central bank cuts key rate to 10.5% as inflation holds in target range",
    desc="The State Bank of Pakistan lowered its policy rate by 50 basis points on Monday, its first move since May, citing stable inflation and a firmer external position.",
    author="Naveed Hashmi", iso="2026-03-09T11:22:00Z", visible="March 9, 2026 11:22 AM GMT",
    dateline="KARACHI, March 9", section="Business",
    image="https://www.indusnewswire.example/img/sbp-karachi-0309.jpg",
    related=[("Pakistan February inflation edges up to 6.2%", "/business/pakistan-cpi-feb-2026/"),
             ("IMF staff begin review of Pakistan's loan programme", "/world/imf-pakistan-review/"),
             ("Asian central banks: who is cutting, who is holding", "/markets/asia-rates-tracker/")],
    paras=[
        "Pakistan's central bank cut its benchmark interest rate by 50 basis points to 10.5% on Monday, saying inflation had settled inside its medium-term target range and the country's external accounts were strong enough to absorb a modest easing.",
        "The State Bank of Pakistan (SBP) announced the decision in a statement at 4 p.m. local time (1100 GMT) after a meeting of its Monetary Policy Committee in Karachi. The policy rate had stood at 11% since May last year, and the committee had kept it there at each of its meetings since, most recently on January 26.",
        "The move was in line with the most common forecast in an Indus Newswire poll. Nine of the 15 analysts surveyed last week had expected a half-point reduction, four had expected no change and two had pencilled in a cut of 100 basis points.",
        "“Inflation has come down and stayed down, and real interest rates remain clearly positive,” the committee said in its statement. “The MPC judged that a measured reduction is consistent with keeping inflation within the 5 to 7 percent target.”",
        "Consumer prices rose 6.2% in February from a year earlier, according to the Pakistan Bureau of Statistics, compared with 5.8% in January. The committee said the uptick reflected food prices around the start of Ramadan and was expected to fade.",
        "[AD]",
        "With the cut, the real policy rate - the nominal rate minus the latest inflation reading - is about 4.3 percentage points, which the SBP has argued is needed to keep price pressures anchored after the inflation shock of 2023, when annual inflation peaked close to 38%.",
        "The bank raised its policy rate to a record 22% in June 2023 and began easing a year later. Monday's move brings the cumulative reduction since then to 1,150 basis points.",
        "## Reserves and growth",
        "The SBP said its foreign exchange reserves stood at $14.3 billion as of February 27, up from about $11 billion a year earlier, helped by remittances, a narrow current account and disbursements under Pakistan's $7 billion Extended Fund Facility with the International Monetary Fund.",
        "It kept its forecast for economic growth in the fiscal year ending June 30 at 3.5% to 4.5%.",
        "Governor Saleem Akhtar Durrani was due to brief reporters later on Monday.",
        "Business groups have been pressing for faster cuts, arguing that borrowing costs remain high for manufacturers. Before the meeting, the Karachi Chamber of Commerce and Industry had called for a reduction of at least 200 basis points.",
        "“A 50 basis point move is the cautious choice. The SBP is buying insurance against an oil shock or a slip on the fiscal side,” said Ayesha Malik, head of research at Crescent Securities in Karachi. “We think there is room for another 50 to 100 basis points by the end of the fiscal year, provided inflation behaves.”",
        "The rupee was little changed at 280.6 per dollar in the interbank market after the announcement. Pakistan's stock market had already closed for the day; the benchmark KSE-100 index ended 0.4% higher in trading before the decision.",
        "The committee's next scheduled meeting is on April 27, according to the SBP's published calendar.",
    ],
)

_CB_B = _paper(
    site="The Karachi Chronicle", url="https://karachichronicle.example/business/2026/03/10/sbp-trims-policy-rate-half-point/",
    headline="SBP trims policy rate by half a point, governor says easing will be 'data-led'",
    desc="Seven of the nine Monetary Policy Committee members backed the cut; two wanted to hold at 11 percent.",
    author="Sana Rizvi", iso="2026-03-10T01:30:00+05:00", visible="Tuesday, March 10, 2026 | Print edition",
    image="https://karachichronicle.example/media/2026/03/durrani-presser.jpg",
    caption="Governor Saleem Durrani speaks to journalists at the State Bank's head office in Karachi on Monday evening.",
    section="Business", kicker="Monetary policy",
    related=[("Editorial: A small cut, a large signal", "/opinion/2026/03/10/editorial-small-cut/"),
             ("What the rate cut means for your car loan", "/business/2026/03/10/rate-cut-consumers/"),
             ("Chamber says industry needs single-digit rates", "/business/2026/03/08/kcci-rates/")],
    paras=[
        "KARACHI: The State Bank of Pakistan on Monday lowered its policy rate by half a percentage point to 10.5 percent, its first reduction in ten months, and Governor Saleem Durrani said any further easing would depend on how inflation behaves in the spring.",
        "The decision of the Monetary Policy Committee (MPC) was not unanimous. Speaking at a press conference at the central bank's head office an hour after the 4pm announcement, the governor said the committee had voted seven to two, with two members preferring to keep the rate at 11 percent until the effect of the budget and energy prices became clearer.",
        "“The majority felt that, with inflation within the target band for several months and reserves at a comfortable level, we could afford to take a small step,” Mr Durrani said. “This is not the start of an aggressive cycle. We will be data-led, meeting by meeting.”",
        "The new rate takes effect from today (Tuesday), the SBP said.",
        "## Inflation near 6pc",
        "Headline inflation stood at about 6 percent in February - 6.2pc by the official count - slightly higher than January's 5.8pc. Core inflation in urban areas, which strips out food and energy, was 7.1pc.",
        "The governor said the MPC expected inflation to remain inside the 5-7pc medium-term target range for the rest of the fiscal year, though he listed global oil prices, the coming budget and the pass-through of any gas price adjustment as risks.",
        "He also said the State Bank's own reserves, at $14.3bn, were now roughly equal to two and a half months of imports, a level the bank had set out to reach under its agreement with the IMF. Converted at Monday's interbank rate, the reserves are worth just over Rs4 trillion.",
        "[AD]",
        "On growth, Mr Durrani repeated the central bank's projection of 3.5-4.5pc for FY26, saying large-scale manufacturing and construction had picked up since December.",
        "## Business wants more",
        "The business community welcomed the cut but said it fell short of what industry needed. Karachi Chamber of Commerce and Industry president Javed Iqbal Memon said a 50 basis point reduction would do little for exporters competing with regional rivals.",
        "“We asked for 200 basis points. Our competitors in the region are borrowing at single digits, and we are still at 10.5,” he told The Chronicle.",
        "Economists were more measured. Dr Farrukh Naqvi, a former SBP economist now teaching at a Lahore business school, said the committee's caution made sense with an IMF review under way. “The real rate is still above four percentage points. There is space, but the SBP does not want to spend it all at once,” he said.",
        "Most analysts had expected a move of this size. Brokerage houses surveyed before the meeting were split mainly between a half-point cut and a hold.",
        "The policy rate peaked at 22pc in June 2023. Including Monday's decision, the SBP has now reduced it by a cumulative 11.5 percentage points.",
        "The stock market, which had closed before the announcement, is expected to react today. The KSE-100 index gained 0.4pc on Monday in anticipation of a cut.",
        "The MPC will meet next on April 27.",
    ],
)

_CB_C = _tv(
    site="Capital 24 News", url="https://capital24.example/news/business/state-bank-cuts-interest-rate-to-10-5-percent",
    headline="State Bank cuts interest rate to 10.5 percent",
    desc="The central bank has reduced the policy rate by 50 basis points. Here is what the governor said.",
    author="Capital 24 Business Desk", iso=None, visible="Updated 5 hours ago",
    image="https://capital24.example/thumbs/sbp-rate-cut.jpg",
    caption="VIDEO: Governor Saleem Akhtar Durrani explains the Monetary Policy Committee decision",
    section="Business",
    related=[("Petrol price: government keeps rates unchanged", "/news/business/petrol-price-unchanged"),
             ("PSX closes higher ahead of policy decision", "/news/business/psx-closes-higher"),
             ("IMF mission arrives in Islamabad", "/news/pakistan/imf-mission-islamabad")],
    paras=[
        "The State Bank of Pakistan has cut its key interest rate by 50 basis points, bringing the policy rate down from 11 percent to 10.5 percent.",
        "The Monetary Policy Committee took the decision at its meeting in Karachi on March 9. It is the first change in the rate since May 2025.",
        "Addressing the media at 5pm, State Bank Governor Saleem Akhtar Durrani said inflation had stayed within the central bank's target range of 5 to 7 percent, which gave the committee room to reduce the cost of borrowing.",
        "“Inflation has settled within our target range and we expect it to stay there,” the governor said. “But the committee will not take that for granted. We will watch every data release.”",
        "He said seven members of the committee had voted in favour of the reduction and two had voted to keep the rate unchanged.",
        "[AD]",
        "## What the numbers say",
        "Inflation in February was recorded at 6.2 percent year-on-year, according to the Pakistan Bureau of Statistics. In January it was 5.8 percent. Two years ago, in early 2024, inflation was running above 20 percent.",
        "The State Bank's foreign exchange reserves are about $14 billion. The governor said reserves had improved steadily over the past year and the bank expected them to rise further by June.",
        "The central bank expects the economy to grow by around 4 percent this fiscal year. Its official forecast range is 3.5 to 4.5 percent.",
        "## Reaction",
        "Finance Minister Khurram Aziz Sheikh welcomed the decision, saying on social media that lower rates would “support investment, jobs and the government's own borrowing bill.” The government is the largest borrower from banks in Pakistan, and every percentage point off the policy rate reduces its domestic interest costs.",
        "Traders' bodies gave a mixed response. The Karachi Chamber of Commerce and Industry said the cut was “too little”, while the Pakistan Business Forum called it “a step in the right direction”.",
        "Speaking to Capital 24, banking analyst Imran Zafar said ordinary borrowers would see only a small difference. “On a car loan of ten lakh rupees, a half-point cut changes the monthly instalment by a few hundred rupees. The bigger effect is on business loans linked to KIBOR,” he said, referring to the Karachi Interbank Offered Rate.",
        "For savers, returns on bank deposits and National Savings schemes are also likely to fall slightly over the coming weeks.",
        "The decision comes as a team from the International Monetary Fund holds talks with Pakistani officials in Islamabad as part of a regular review of the country's $7 billion loan programme. The Fund has in the past cautioned against cutting rates too quickly, and the governor said the State Bank had kept the IMF informed of its thinking, as it always does.",
        "Asked whether the bank could cut again at its next meeting, Mr Durrani declined to commit. “I will not pre-announce anything. If inflation continues to behave, there may be room. If it does not, there will not be,” he said.",
        "The policy rate reached a record high of 22 percent in 2023. Since then, the State Bank has cut it in several steps.",
        "The Monetary Policy Committee will meet again on Monday, April 27.",
        "Stay with Capital 24 for more updates on this story.",
    ],
)

_CB_D = _trade(
    site="Frontier Markets Monitor", url="https://fmmonitor.example/rates/pakistan/sbp-50bp-cut-kibor-tbills-analysis",
    headline="After the SBP's 50bp cut: equities rally, curve bull-steepens, and the debate over the next move",
    desc="Pakistani stocks posted their best day in six weeks on Tuesday as investors priced in further easing. We look at the vote, the reaction and the outlook.",
    author="Rehan Qadir", iso="2026-03-11T09:00:00Z", visible="11 March 2026, 09:00 UTC",
    image="https://fmmonitor.example/charts/pk-policy-rate-2023-2026.png",
    caption="Chart: SBP policy rate, June 2023 (22%) to March 2026 (10.5%). Source: State Bank of Pakistan.",
    section="Rates",
    related=[("Sri Lanka's central bank holds, flags energy risk", "/rates/sri-lanka/cbsl-hold-march"),
             ("Frontier FX: rupee stability is the new normal", "/fx/frontier-fx-stability"),
             ("Data: South Asia policy rates tracker", "/data/south-asia-policy-rates")],
    paras=[
        "The State Bank of Pakistan's decision on Monday to lower the policy rate to 10.5% from 11% landed close to consensus, but the 7-2 vote and the tone of Governor Saleem A. Durrani's press conference have given the market plenty to argue about.",
        "Equities did the talking first. Because the Pakistan Stock Exchange had closed at 3:30 p.m. Karachi time, half an hour before the 4 p.m. announcement, the reaction came on Tuesday. The KSE-100 rose as much as 2.3% intraday and closed up 1.6%, led by cement makers, steel and leveraged consumer names. Banks lagged, as they usually do at the start of an easing round, on worries about net interest margins.",
        "## The vote",
        "The split matters more than the size. Two of the nine MPC members voted to hold, and the governor was at pains to say the cut was “not the start of an aggressive cycle”. Several sell-side desks read that as a signal that the April 27 meeting is live but far from certain.",
        "“Seven to two tells you the hawks still have a seat at the table,” said Ayesha Siddiqui Malik of Crescent Securities. “We keep our call of another 50 basis points in April, but we have lowered our conviction.” In last week's Indus Newswire poll, nine of 15 economists had predicted exactly this outcome; the two who forecast a 100bp cut were clearly wrong-footed.",
        "[AD]",
        "## Real rates and the curve",
        "February CPI came in at 6.2% y/y, up from 5.8% in January. On that basis the ex-post real policy rate is roughly 430bp, still among the highest in emerging Asia. On a forward-looking basis, using the SBP's expectation that inflation will average close to 6% over the next twelve months, it is closer to 450bp.",
        "Government paper rallied. Secondary-market yields on three-month Treasury bills fell about 35bp over Monday and Tuesday, while the 10-year Pakistan Investment Bond yield fell by a smaller margin, leaving the curve steeper. Six-month KIBOR, the benchmark for most corporate loans, was fixed at 10.61% on Tuesday, from 11.08% on Friday.",
        "## External buffers",
        "The committee's confidence rests largely on the balance of payments. SBP-held reserves of $14.3bn at end-February are the highest since early 2022 and cover roughly 2.5 months of imports. The current account posted a small deficit of about $0.2bn in January, and remittances have been running at well over $3bn a month.",
        "The obvious vulnerabilities remain: an oil price spike, slippage on the FY27 budget and the IMF's review under the $7bn Extended Fund Facility. The Fund has previously urged the SBP to keep real rates “adequately positive”, a phrase the central bank repeated in Monday's statement.",
        "## Growth",
        "The SBP left its FY26 real GDP growth projection at 3.5-4.5%. Consensus sits around 3.8%. Our own forecast is 3.7%, with large-scale manufacturing recovering from a low base. Lower rates help at the margin, but corporate borrowing has been slow to respond throughout this cycle, in part because banks have been able to earn high yields on government paper instead.",
        "## Where next",
        "Since the 22% peak, the SBP has now cut by a cumulative 1,150bp. Our base case is one more 50bp reduction by June, taking the rate to 10%, followed by a long pause. The risk to that view is to the hawkish side: February's uptick in inflation was driven by food, but if March also surprises upward, the two dissenters could become four.",
        "Next decision: Monday, April 27.",
    ],
)

STORY_1 = _story("cb-IE1", "central bank", "2026-03-12", [
    _page("https://www.indusnewswire.example/business/pakistan-central-bank-cuts-rate-10-5-2026-03-09/", _CB_A),
    _page("https://karachichronicle.example/business/2026/03/10/sbp-trims-policy-rate-half-point/", _CB_B),
    _page("https://capital24.example/news/business/state-bank-cuts-interest-rate-to-10-5-percent", _CB_C),
    _page("https://fmmonitor.example/rates/pakistan/sbp-50bp-cut-kibor-tbills-analysis", _CB_D),
], [])


# ---------------------------------------------------------------------------
# el-IE2 -- election (CONTROL)
# ---------------------------------------------------------------------------

_EL_A = _live(
    site="Dhaka Pulse", url="https://dhakapulse.example/live/kurigram-2-by-election-results-live",
    headline="Kurigram-2 by-election LIVE: BNP's Mostafizur Rahman wins by over 13,000 votes",
    desc="Follow the count in the Kurigram-2 parliamentary by-election as results come in from 141 polling centres.",
    author=["Tanjim Hasan", "Rumana Akter"], iso="2026-04-16T02:05:00Z", modified="2026-04-16T20:48:00Z",
    visible="Last updated: 17 April 2026, 2:48 am (BST)",
    image="https://dhakapulse.example/img/live/kurigram-count.jpg",
    summary=[
        "BNP's Md. Mostafizur Rahman Sarkar wins with 92,418 votes",
        "Jamaat-e-Islami's ATM Nurul Islam second with 78,906",
        "Turnout 45.6%, revised up from the Election Commission's early estimate of about 44%",
        "Seat fell vacant after Shamsul Alam Pradhan chose to keep his Dhaka-14 seat",
    ],
    related=[("Who is Mostafizur Rahman Sarkar?", "/politics/profile-mostafizur-rahman-sarkar"),
             ("February election: full results map", "/election-2026/results-map"),
             ("Why Kurigram's char voters are hard to reach", "/explained/kurigram-char-voters")],
    entries=[
        ("2:48 am", "Nurul Islam: 'We will go to the commission'", [
            "Jamaat's candidate ATM Nurul Islam has spoken to reporters outside his party office in Kurigram town. He did not concede but stopped short of rejecting the result outright.",
            "“We accept the verdict of the people where the people were allowed to vote freely. At three centres in Rajarhat our polling agents were pushed out in the afternoon. We will go to the commission with evidence,” he said.",
        ]),
        ("2:25 am", "Official: Mostafizur Rahman wins", [
            "The returning officer, Kurigram deputy commissioner Md. Ashraful Karim, has announced the unofficial result from all 141 centres at the district election office. The declaration was read out at 2:10 am.",
            "Md. Mostafizur Rahman Sarkar (BNP, sheaf of paddy): 92,418",
            "Abu Taher Mohammad Nurul Islam (Jamaat-e-Islami, scales): 78,906",
            "Sadia Afrin (independent, kettle): 11,337",
            "Two other candidates: 2,105 combined",
            "Winning margin: 13,512 votes. Rejected ballots: 3,214. Total votes cast: 187,980 out of 412,530 registered voters, a turnout of 45.6%.",
            "The Election Commission will publish the official result in the gazette after it receives the returning officer's report, usually within a few days.",
        ]),
        ("1:55 am", "Turnout revised", [
            "The commission's estimate of turnout, given as “around 44 percent” at a briefing in Dhaka on Thursday evening, has been revised. Results sheets from all centres put it at 45.6%. An official told Dhaka Pulse the early figure was based on reports from about two-thirds of the centres.",
        ]),
        ("12:40 am", "112 of 141 centres counted", [
            "Mostafizur Rahman: 73,400. Nurul Islam: 63,050. Sadia Afrin: 8,910. The gap is now a little over 10,000.",
        ]),
        ("10:15 pm", "First big batch", [
            "Results from 58 of the 141 centres, as compiled by our correspondent at the control room: Mostafizur Rahman 38,120, Nurul Islam 33,790, Sadia Afrin 4,460.",
            "Centres in Kurigram Sadar came in first; the char (river island) areas, where ballot boxes come back by boat, are usually last.",
        ]),
        ("6:40 pm", "Commission: 'peaceful, apart from isolated incidents'", [
            "Election Commissioner Tahmina Rashid told reporters at the Nirbachan Bhaban in Dhaka that voting had been “largely peaceful”. She said voting was halted for about an hour at four centres after scuffles between supporters, but no centre had been cancelled.",
            "She estimated turnout at around 44 percent, saying final figures would come from the returning officer.",
        ]),
        ("4:35 pm", "Polls close", [
            "Voting ended at 4:30 pm (10:30 GMT), nine hours after it began. Counting has started inside the centres in the presence of agents.",
        ]),
        ("11:20 am", "Long queues in Rajarhat, thin in town", [
            "Our correspondent reports queues of women voters at a school centre in Rajarhat upazila, while several centres in Kurigram town were quiet through the morning.",
            "[AD]",
        ]),
        ("8:05 am", "Welcome", [
            "Good morning. Polls opened at 7:30 am in Kurigram-2, one of the two seats won by BNP vice-chairman Shamsul Alam Pradhan in the February 12 general election. Because a member can keep only one seat, he gave up Kurigram-2 and kept Dhaka-14, triggering today's vote.",
            "In February Pradhan took 148,220 votes here against 101,560 for the Jamaat candidate, with turnout at 61.2%. By-elections in Bangladesh tend to draw far fewer voters than general elections.",
            "Stay with us for updates through the day and the count tonight.",
        ]),
    ],
)

_EL_B = _wire(
    site="Bengal Press Agency", url="https://bengalpress.example/national/2026/04/17/bnp-retains-kurigram-2",
    headline="BNP holds Kurigram-2 in by-election as Jamaat narrows gap",
    desc="The BNP's Mostafizur Rahman Sarkar won Thursday's by-election by 13,512 votes, a much smaller margin than his party's in February.",
    author="Shafiqul Islam Rony", iso="2026-04-16T20:35:00Z", visible="17 Apr 2026, 02:35 BST",
    dateline="KURIGRAM, April 17", section="National",
    image="https://bengalpress.example/photos/kurigram-ro-office.jpg",
    related=[("Turnout falls in by-elections across north", "/national/2026/04/turnout-by-elections"),
             ("EC to hold Chattogram-9 by-poll in May", "/national/2026/04/ctg-9-bypoll"),
             ("Parliament passes supplementary budget", "/politics/2026/04/supplementary-budget")],
    paras=[
        "The Bangladesh Nationalist Party retained the Kurigram-2 parliamentary seat in a by-election on Thursday, but its margin of victory over Jamaat-e-Islami fell sharply from the general election held two months ago.",
        "BNP candidate Mostafizur Rahman Sarkar, a former upazila chairman, polled 92,418 votes against 78,906 for Jamaat's Abu Taher Mohammad Nurul Islam, according to the unofficial result announced by returning officer Md. Ashraful Karim at around 2:10 a.m. on Friday (2010 GMT Thursday). Independent candidate Sadia Afrin came third with 11,337.",
        "The winning margin of 13,512 compares with a margin of 46,660 in the February 12 election, when BNP vice-chairman Shamsul Alam Pradhan won the seat with 148,220 votes to 101,560.",
        "Pradhan also won the Dhaka-14 seat in February and, under the constitution, had to give up one of the two. He resigned Kurigram-2 in early March.",
        "Turnout was 45.6%, with 187,980 of the constituency's 412,530 registered voters casting ballots, the returning officer's office said. The Election Commission had estimated turnout at about 44% on Thursday evening, before results had arrived from all 141 polling centres. Turnout in February was 61.2%.",
        "“The people of Kurigram have again placed their trust in the BNP. I will work for every voter, including those who did not vote for me,” Mostafizur Rahman told supporters who gathered outside the district election office in the early hours.",
        "[AD]",
        "Jamaat said it would lodge complaints about three centres in Rajarhat upazila, where it said its polling agents had been forced out. ATM Nurul Islam, the party's candidate, said the result did not reflect “the real mood of the char people”, but did not call for a re-poll.",
        "Election Commissioner Tahmina Rashid said on Thursday that voting had been largely peaceful, with polling suspended for around an hour at four centres after clashes between rival supporters. No centre was cancelled.",
        "Analysts said the narrower gap reflected both the lower turnout and Jamaat's stronger organisation in the riverine areas of the constituency.",
        "“In a general election the national wave carries you. In a by-election, it comes down to who brings their voters out on a working Thursday in April, and Jamaat's ground game is very good,” said Dr Nusrat Jahan, who teaches politics at a university in Rangpur.",
        "Counting took nearly ten hours after polls closed at 4:30 p.m. Ballot boxes from several char centres on the Brahmaputra and Dharla rivers had to be brought back by boat.",
        "The commission is expected to publish the result in the official gazette after receiving the returning officer's report. The new member will then take the oath before the Speaker.",
        "Kurigram, in the far north of the country on the Brahmaputra, is among the poorest districts in Bangladesh and is hit by floods almost every monsoon. Both main candidates had campaigned on river erosion, jobs and the long-promised bridge at Chilmari.",
        "The BNP holds a large majority in the Jatiya Sangsad following the February vote.",
    ],
)

_EL_C = _regional(
    site="Teesta Times", url="https://teestatimes.example/local/kurigram-2-mostafiz-wins-jamaat-complaint",
    headline="Mostafiz wins Kurigram-2, Jamaat files complaint over three Rajarhat centres",
    desc="Voters in the chars turned out in larger numbers than in town; the returning officer says the count was 'transparent'.",
    author="Staff Correspondent, Kurigram", iso=None, visible="Rangpur edition",
    image="https://teestatimes.example/uploads/kurigram-winner-rally.jpg",
    caption="Supporters greet Mostafizur Rahman Sarkar (centre) in Kurigram town on Friday morning, hours after the result was declared.",
    section="Kurigram",
    related=[("Chilmari bridge: survey work to resume after monsoon", "/local/chilmari-bridge-survey"),
             ("Flood preparedness meeting held at DC office", "/local/flood-preparedness-dc-office"),
             ("Rangpur division: boro harvest begins", "/region/boro-harvest-rangpur")],
    paras=[
        "KURIGRAM, April 18 -- Md. Mostafizur Rahman, known across the district simply as Mostafiz, has won the Kurigram-2 by-election by 13,512 votes, and on Saturday he went straight from a thanksgiving prayer to the erosion-hit village of Jatrapur to meet families who lost their homes to the Dharla last year.",
        "The BNP candidate received 92,418 votes in Thursday's poll. His nearest rival, Jamaat-e-Islami's A.T.M. Nurul Islam, got 78,906. Independent Sadia Afrin Jui, a schoolteacher who ran on a women's safety platform, took 11,337, far more than most people here expected. Two other candidates received 2,105 votes between them.",
        "The result was announced by the returning officer at the district election office shortly after 2 a.m. on Friday, after a count that ran through the night. Ballot boxes from the farthest chars arrived by boat after midnight.",
        "## Turnout higher in the chars",
        "The returning officer's figures show 187,980 ballots cast from a voter list of a little over 4.1 lakh, for a turnout of 45.6 percent. That is well below the 61.2 percent recorded in the February general election, but higher than the Election Commission's first estimate of around 44 percent, which officials revised once all 141 centres had reported.",
        "Turnout was not even. In Rajarhat upazila it reached 49.3 percent, according to the upazila election office, while in the municipal wards of Kurigram town it was closer to 38 percent. Several presiding officers told this newspaper that men working in Dhaka's garment factories and construction sites had not returned home to vote, as many had in February.",
        "[AD]",
        "## Complaint over Rajarhat",
        "Jamaat-e-Islami on Saturday submitted a written complaint to the returning officer about three centres in Rajarhat, where it alleged that its agents had been pushed out during the afternoon. Nurul Islam, the party's candidate, said he had video evidence. “We are not asking for the whole election to be cancelled. We are asking the commission to look at three centres honestly,” he said.",
        "Returning officer and Deputy Commissioner Md. Ashraful Karim said the complaint would be forwarded to the commission. “The counting was transparent and carried out in front of the agents of every candidate. Any complaint will be examined according to the law,” he said.",
        "Voting was suspended for about an hour at four centres after clashes between supporters of the two main parties on Thursday afternoon. Police said six people were slightly injured and two were detained and later released.",
        "## Promises to keep",
        "At Jatrapur, the new MP promised to press in parliament for river protection works and for the bridge at Chilmari that successive governments have promised. “I will not come back to you only at the next election. You will see me here every month,” Mostafiz told a crowd of several hundred people.",
        "The seat was vacated in March by BNP vice-chairman Shamsul Alam Pradhan, who won both Kurigram-2 and Dhaka-14 in February and kept the Dhaka seat. Pradhan had won here by 46,660 votes; his successor's margin was less than a third of that.",
        "Sadia Afrin said her result showed that “women in Kurigram want their own voice”. She said she would run again at the next general election.",
        "The Election Commission is expected to gazette the result next week, after which Mostafiz will be sworn in as a member of the Jatiya Sangsad.",
    ],
)

STORY_2 = _story("el-IE2", "election", "2026-04-19", [
    _page("https://dhakapulse.example/live/kurigram-2-by-election-results-live", _EL_A),
    _page("https://bengalpress.example/national/2026/04/17/bnp-retains-kurigram-2", _EL_B),
    _page("https://teestatimes.example/local/kurigram-2-mostafiz-wins-jamaat-complaint", _EL_C),
], [])


# ---------------------------------------------------------------------------
# ct-IE3 -- court (PLANTED: split 4-1 vs 3-2; Tuesday vs Wednesday; 90 vs 60 days)
# ---------------------------------------------------------------------------

_CT_A = _wire(
    site="Lanka Wire Service", url="https://lankawire.example/news/2026/05/12/supreme-court-power-tariff-ruling",
    headline="Sri Lanka's top court strikes down January power tariff hike, orders rollback",
    desc="A five-judge bench ruled that the 18% increase was imposed without the consultation required by law, violating consumers' right to equal protection.",
    author="Dilshan Fonseka", iso="2026-05-12T07:40:00Z", visible="12 May 2026 | 13:10 IST",
    dateline="COLOMBO, May 12", section="Sri Lanka",
    image="https://lankawire.example/images/2026/05/hulftsdorp-court.jpg",
    related=[("CEB posts first-quarter profit after tariff rise", "/news/2026/04/28/ceb-q1"),
             ("PUCSL chairman: 'we were not consulted'", "/news/2026/01/09/pucsl-not-consulted"),
             ("IMF review: energy pricing remains a benchmark", "/business/2026/03/imf-review-energy")],
    paras=[
        "Sri Lanka's Supreme Court on Tuesday struck down an electricity tariff increase that took effect in January, ruling by a majority of four judges to one that the government had violated consumers' fundamental rights by pushing the rise through without the public consultation required by law.",
        "The five-judge bench ordered the state-owned Ceylon Electricity Board (CEB) to restore the tariffs in force before January 1 within 90 days and to credit the extra amounts collected since then to consumers' accounts over the following six months.",
        "The increase, which raised bills by an average of 18%, was announced by the Ministry of Power and Energy in late December. The Public Utilities Commission of Sri Lanka (PUCSL), the regulator that by law must approve tariff revisions after hearing the public, said at the time that it had not completed its review.",
        "Delivering the majority judgment in open court, Justice Nilanthi Abeykoon said the statutory process “is not a courtesy to be extended when convenient” and that bypassing it had denied consumers the equal protection of the law guaranteed by Article 12(1) of the Constitution.",
        "“Where the legislature has laid down that the people are to be heard before a charge is imposed on them, the executive cannot decide that on this occasion they need not be heard,” she said.",
        "Justice Mahesh Gunawardena dissented, holding that the petitions had been filed outside the one-month period allowed for fundamental rights applications.",
        "[AD]",
        "Three petitions were heard together, the lead one filed by the Lanka Consumer Action Network on January 21. Hearings took place over five days between March 10 and April 9, after which the court reserved its judgment.",
        "Counsel for the CEB told the court during the hearings that the increase had brought in about 7 billion rupees a month in additional revenue. Consumer groups put the total collected by the end of April at more than 30 billion rupees (about $100 million).",
        "“This is a victory for every household that has been choosing between the electricity bill and school fees,” said Shiran Gunasekera, the President's Counsel who appeared for the lead petitioner. “The judgment also tells the government that the regulator exists for a reason.”",
        "Energy Minister Chaminda Ratnayake said the government respected the court and would study the judgment before deciding how to comply. “We will act within the law. The CEB's finances must also be protected, and we will discuss with the commission how to do both,” he told reporters in parliament.",
        "The ruling is awkward for the government's commitments under its International Monetary Fund programme, which calls for electricity prices that cover the cost of supply. The Fund's last review noted that the CEB had returned to profit after the January increase.",
        "The PUCSL is now expected to resume its own review of the CEB's tariff application. Its chairman said in a brief statement that the commission would begin public hearings “as soon as practicable”.",
        "The judgment is the second in two years in which the Supreme Court has found against the executive over utility charges. In 2024 it ordered a water board to refund a connection fee imposed without the approval of the line ministry.",
    ],
)

_CT_B = _tv(
    site="Serendib TV News", url="https://serendibtv.example/news/local/court-cancels-electricity-tariff-increase",
    headline="Supreme Court cancels electricity tariff increase: what it means for your bill",
    desc="The Court has ordered the CEB to go back to last year's rates. Our legal and energy reporters explain.",
    author="Ishara Jayawardena and Roshan de Mel", iso="2026-05-12T10:15:00Z", visible="12.05.2026 | 15:45",
    image="https://serendibtv.example/media/2026/05/supreme-court-steps.jpg",
    caption="Petitioners and their lawyers speak to the media outside the Supreme Court complex in Hulftsdorp after the verdict.",
    section="Local",
    related=[("Power cuts ruled out for the south-west monsoon", "/news/local/no-power-cuts-monsoon"),
             ("How your electricity bill is calculated", "/explainers/electricity-bill-blocks"),
             ("Opposition demands minister's resignation", "/news/politics/opposition-energy-minister")],
    paras=[
        "The Supreme Court today (May 12) declared that the electricity tariff increase which came into effect on January 1 violated the fundamental rights of consumers, and directed the Ceylon Electricity Board to return to the previous tariffs.",
        "The verdict was delivered by a five-member bench. Four judges agreed that the increase was unlawful, while one judge dissented, making the decision four to one.",
        "The majority judgment was written by Justice N. Abeykoon. The bench was headed by Justice Ranjan Wijesinghe and also included Justices Dilrukshi Perera and Aruna Senaratne, who agreed with her. Justice M. P. Gunawardena wrote a separate dissenting judgment.",
        "## What did the court order?",
        "According to lawyers who were present in court, the bench ordered the CEB to restore the old tariffs within 90 days. The additional money paid by consumers since January must be credited back to their electricity accounts in instalments over six months after that.",
        "The court found that the Public Utilities Commission, the independent regulator, had not completed the public consultation which the law requires before any change in tariffs. Instead, the increase was implemented on the instructions of the ministry.",
        "[AD]",
        "## How much will I get back?",
        "The January increase raised bills by 18 percent on average, or nearly a fifth. A household using around 90 units a month saw its bill go up by roughly 700 rupees. Over four and a half months, that adds up to more than 3,000 rupees for a typical family.",
        "Exactly how the credits will be calculated is not yet clear. An official of the CEB, who did not wish to be named, told Serendib News that the board would wait for instructions from the ministry and the commission.",
        "## Reactions",
        "Speaking to reporters outside the court, President's Counsel Shiran Gunasekera, who appeared for the main petitioner, the Lanka Consumer Action Network, said the decision was “a victory for every household”.",
        "The network's convenor, Priyanka Hettiarachchi, said ordinary families had been forced to cut back on food to pay their electricity bills. “We went to court because no one else was listening to us,” she said.",
        "The Minister of Power and Energy, Chaminda Ratnayake, said the government would respect the judgment. He said the CEB's financial position would have to be considered when deciding how the order would be carried out.",
        "The opposition called on the minister to resign. Opposition MP Thilina Bandara told parliament that the government had “ignored the regulator, ignored the public and now been corrected by the court”.",
        "## What happens next?",
        "The Public Utilities Commission is expected to begin fresh public hearings on the CEB's tariff proposal. Any new tariff can only be imposed after that process is complete.",
        "Economists warned that the CEB could face a shortfall. Energy analyst Dr Kasun Wickramasuriya said the board would have to find other ways to cover its costs. “The court has not said tariffs can never go up. It has said they must go up the right way,” he said.",
        "Stay tuned to Serendib TV for updates.",
    ],
)

_CT_C = _regional(
    site="Southern Ledger", url="https://southernledger.example/news/island/tariff-hike-illegal-court-rules",
    headline="Tariff hike illegal, court rules; relief for southern households",
    desc="Fishing and small-industry families in Galle and Matara, hit hardest by the January increase, welcome the verdict.",
    author="Our Galle Correspondent", iso="2026-05-12T12:00:00Z", visible="12 May 2026, 5:30 pm",
    image="https://southernledger.example/uploads/2026/05/galle-ice-plant.jpg",
    caption="An ice plant at the Galle fishery harbour. Owners say their power bills rose by more than a fifth in January.",
    section="Island",
    related=[("Matara bus fares: no change this month", "/news/southern/matara-bus-fares"),
             ("Fishermen call for fuel subsidy ahead of monsoon", "/news/southern/fuel-subsidy-fishermen"),
             ("Galle Fort traders brace for off-season", "/business/galle-fort-traders")],
    paras=[
        "GALLE -- Ice plant owners, small hoteliers and fishing families across the Southern Province welcomed a Supreme Court judgment on Wednesday that declared the January electricity tariff increase illegal and ordered electricity rates to be brought back to last year's levels.",
        "The five-judge bench ruled 3-2 that the increase, which averaged 18 percent, violated the fundamental right to equal protection because it was implemented without the consultation process conducted by the Public Utilities Commission. Justice Nilanthi Abeykoon wrote the majority judgment, and Justice Mahesh Gunawardena wrote the main dissent.",
        "The court directed the Ceylon Electricity Board to restore the old tariffs within three months and to return the extra amounts collected through credits on future bills.",
        "For Sunil Kariyawasam, who runs a small ice plant near the Galle fishery harbour, the January increase added about Rs. 85,000 to a monthly bill that was already the biggest cost in his business. “We supply ice to more than forty boats. When the bill went up, I had to raise my price, and the boat owners had to pay. Everybody lost,” he said.",
        "[AD]",
        "Nimali Samarawickrama, who manages a 12-room guest house in Unawatuna, said she had switched off air-conditioning in common areas to save money. “If we get back even part of what we paid, it will help us through the off-season,” she said.",
        "## Southern MPs react",
        "Government MPs from the district were cautious. One said the government would “comply fully” but warned that the Electricity Board's losses could return. Opposition members from Matara and Hambantota called the ruling a rebuke to the energy ministry.",
        "The Lanka Consumer Action Network, which filed the lead petition in January, held a small gathering outside its Galle office in the evening. Its southern coordinator, Ruwan Liyanage, said the network would monitor how the CEB applied the credits. “We want to see the money come back to the people, not only a press release,” he said.",
        "## Background",
        "The government announced the tariff increase in late December, saying it was needed to keep the CEB profitable and meet the targets of Sri Lanka's IMF-supported programme. The Public Utilities Commission said at the time it had not finished examining the CEB's proposal and had not held the public hearings required by law.",
        "Three groups then filed fundamental rights petitions. The court heard them together over five days in March and April.",
        "Lawyers in Galle said the ruling could have implications beyond electricity. “The court has made clear that regulators are not decoration. Water, fuel and telecommunications could all be affected by the same reasoning,” said attorney-at-law Harsha Weerasooriya, who practises in the Galle High Court.",
        "The Energy Ministry said it would study the judgment. The Public Utilities Commission is expected to hold new public hearings on tariffs, including a session in Galle.",
        "For now, businesses in the south are waiting to see what their June bills look like. “The court has spoken. Now let us see whether the Electricity Board listens,” Mr Kariyawasam said.",
    ],
)

_CT_D = _trade(
    site="Bench & Bar Review", url="https://benchandbar.example/judgments/sc-fr-tariff-2026-article-12-public-consultation",
    headline="Analysis: The tariff judgment and the limits of executive shortcuts",
    desc="The majority treats statutory consultation as part of the equal-protection guarantee; the dissent would have dismissed the petitions as out of time.",
    author="Anusha Kanagaratnam, Attorney-at-Law", iso=None, visible="Colombo, 13 May 2026",
    image="https://benchandbar.example/img/sc-building.jpg",
    caption="The Supreme Court complex, Hulftsdorp.",
    section="Constitutional law", paywall=False,
    related=[("Article 126 time bar: a short history", "/commentary/article-126-time-bar"),
             ("Regulators and the public trust doctrine", "/commentary/public-trust-regulators"),
             ("Case note: the 2024 water connection fee ruling", "/judgments/water-board-connection-fee-2024")],
    paras=[
        "Yesterday's (12 May) judgment of the Supreme Court in the electricity tariff applications (SC FR 14/2026, with SC FR 19/2026 and SC FR 22/2026) will be read for a long time, less for its result than for how the majority reached it.",
        "The result is straightforward. By a four-to-one majority, the Court held that the tariff revision implemented from 1 January 2026 infringed the petitioners' rights under Article 12(1), the equality clause, and directed the Ceylon Electricity Board to revert to the previous tariffs within 60 days, with the excess collected to be credited to consumers over a six-month period thereafter.",
        "## The majority",
        "Abeykoon J., with whom Wijesinghe J., Perera J. and Senaratne J. agreed, approached the case through the statutory scheme. The Sri Lanka Electricity Act requires tariffs to be approved by the Public Utilities Commission after a consultation in which the public must be given an opportunity to make representations. The revision was instead implemented on a ministerial direction to the CEB while the Commission's process was still open.",
        "The respondents argued that Article 12(1) protects against unequal treatment, not procedural irregularity, and that all consumers were treated alike. The majority rejected this. In its view, the equal protection of the law includes the protection of the procedures that the law itself lays down; a citizen who is denied a hearing the statute promises is denied that protection, however evenly the burden falls.",
        "The key passage is short: where the legislature requires the people to be heard before a charge is imposed, “the executive cannot decide that on this occasion they need not be heard.” Much of the rest of the judgment reviews earlier cases applying Article 12(1) to arbitrary executive action.",
        "[AD]",
        "## The dissent",
        "Gunawardena J. did not engage at length with the merits. His dissent turns on Article 126(2), which requires a fundamental rights application to be filed within one month of the alleged infringement. The tariff was announced on 26 December and took effect on 1 January; the lead application was filed on 21 January. The majority treated the infringement as continuing with each monthly bill; the dissent treated the announcement as the operative act, which would put the lead application outside the one-month window.",
        "That disagreement about the time bar is likely to be cited in future cases about continuing infringements, whatever happens to tariffs.",
        "## Remedy",
        "The remedy is notable. The Court did not simply declare the revision void; it set a deadline for restoring the old tariffs and supervised the refund, requiring the CEB to file a compliance report. Counsel for the CEB had warned that the increase was bringing in some Rs. 7 billion a month, and that a refund on this scale could threaten the Board's ability to pay generators. The majority noted the submission but said financial hardship “cannot be a reason to leave an unlawful charge in place.”",
        "For the Attorney General, Additional Solicitor General Kaushalya Navaratne had argued that the Court should defer to the government's commitments under the IMF programme. The majority held that such commitments could be met through the lawful process and did not justify bypassing it.",
        "## What practitioners should watch",
        "First, the compliance report: the Court has kept the matter on its list, and any failure to meet the deadline will come back before the same bench. Second, the Commission's fresh consultation, which the judgment effectively makes mandatory before any new increase. Third, whether the Attorney General seeks a larger bench on the time-bar question.",
        "The full judgment runs to 64 pages, including the dissent. It is available from the Registry.",
    ],
)

STORY_3 = _story("ct-IE3", "court", "2026-05-14", [
    _page("https://lankawire.example/news/2026/05/12/supreme-court-power-tariff-ruling", _CT_A),
    _page("https://serendibtv.example/news/local/court-cancels-electricity-tariff-increase", _CT_B),
    _page("https://southernledger.example/news/island/tariff-hike-illegal-court-rules", _CT_C),
    _page("https://benchandbar.example/judgments/sc-fr-tariff-2026-article-12-public-consultation", _CT_D),
], [
    ("vote split of the five-judge bench", r"\b4\s*[-–]\s*1\b|\bfour[- ]to[- ]one\b|four judges to one", r"\b3\s*[-–]\s*2\b|\bthree[- ]to[- ]two\b"),
    ("weekday the judgment was delivered", r"\btuesday\b", r"\bwednesday\b"),
    ("deadline to restore the old tariffs", r"\b90\s*days\b|\bninety days\b", r"\b60\s*days\b|\bsixty days\b"),
])


# ---------------------------------------------------------------------------
# tr-IE4 -- trade (PLANTED: 12.4% vs 14.2%; vice-chairman vs director general;
#                  quote given to Mridha vs Majumder)
# ---------------------------------------------------------------------------

_TR_A = _wire(
    site="Gangetic Wire", url="https://gangeticwire.example/business/bangladesh-april-exports-rise-2026-05-03",
    headline="Bangladesh exports rise 12.4% in April on low base, garments lead",
    desc="Merchandise exports reached $4.06 billion in April, Export Promotion Bureau data showed on Sunday, helped by a weak April last year when Eid holidays shut factories.",
    author="Arif Mahmud", iso="2026-05-03T11:05:00Z", visible="Sun May 3, 2026 5:05pm BDT",
    dateline="DHAKA, May 3", section="Business",
    image="https://gangeticwire.example/pix/dhaka-port-containers.jpg",
    related=[("Bangladesh central bank keeps taka band unchanged", "/business/bb-taka-band"),
             ("Remittances hit record ahead of Eid", "/business/remittances-record-march"),
             ("EU-Bangladesh talks on post-LDC trade access resume", "/world/eu-bangladesh-gsp-talks")],
    paras=[
        "Bangladesh's merchandise exports rose 12.4% in April from a year earlier to $4.06 billion, official data showed on Sunday, as garment shipments recovered from a holiday-hit month last year and orders from European buyers picked up.",
        "Exports in the first ten months of the fiscal year that began in July reached $42.85 billion, up 7.4% from the same period a year earlier, according to figures released by the Export Promotion Bureau (EPB).",
        "Ready-made garments, which account for more than four-fifths of the country's exports, brought in $3.30 billion in April. Knitwear earned $1.78 billion and woven garments $1.52 billion.",
        "The comparison was flattered by a low base. In April 2025 exports fell to $3.61 billion, because the Eid-ul-Fitr holidays at the start of that month closed most factories for more than a week. This year the festival fell in March.",
        "“On a like-for-like basis, growth is more modest, but the trend is clearly positive,” EPB vice-chairman Farhana Yasmin Chowdhury told reporters at the bureau's offices in Karwan Bazar. “Orders from Europe have improved since January, and non-traditional markets such as Japan, Australia and India are growing.”",
        "[AD]",
        "Commerce Minister Shafiqul Alam Majumder said at a separate event in Dhaka that the figures vindicated the government's decision to keep the taka stable and clear backlogs at Chattogram port.",
        "“Buyers are back, but they are paying last year's prices for this year's costs,” Majumder said. “Factories need support with energy and finance if they are to keep these orders.”",
        "Garment makers have complained that buyers are refusing to share the cost of higher wages and gas prices, squeezing margins even as volumes recover.",
        "Exports in March, the month before, totalled $3.92 billion.",
        "The figures leave the government well short of its target of $53.5 billion for the fiscal year ending June 30. Exporters would need to ship more than $10.6 billion in May and June combined to meet it, a level not reached in any two-month period in the country's history.",
        "Economists at Dhaka-based think tanks had forecast growth of around 9% to 10% for April, citing the low base.",
        "Europe remains the largest destination, taking roughly half of Bangladesh's exports. Shipments to the United States, the largest single-country market, grew more slowly in the July-April period amid uncertainty over US tariffs.",
        "Bangladesh is due to graduate from the United Nations' least developed country category in November, which will eventually end some of its duty-free access to markets including the European Union. The government is negotiating with Brussels and other partners to keep preferences for a transition period.",
        "Non-garment exports were mixed. Leather and leather goods fell about 3% in April, while home textiles, frozen fish and agricultural products rose.",
        "Factory owners say the next two months will be telling. Orders for the autumn and winter season are normally placed in May and June, and the prices agreed then will shape earnings for the second half of the calendar year. The government is expected to present its budget for the next fiscal year in early June, and industry groups have asked for lower source tax on export receipts and cheaper financing for upgrading machinery.",
    ],
)

_TR_B = _paper(
    site="Ledger of Commerce", url="https://ledgerofcommerce.example/economy/2026/05/04/april-exports-4-06bn-rmg-margins",
    headline="April exports hit $4.06bn, but apparel makers say margins are vanishing",
    desc="Shipments grew 12.4 percent year-on-year on a low base; July-April earnings up 7.4 percent. Exporters warn of price pressure from buyers.",
    author="Mehedi Hasan Khan", iso="2026-05-04T00:30:00+06:00", visible="Monday, May 4, 2026 | Economy",
    image="https://ledgerofcommerce.example/photo/2026/05/rmg-factory-gazipur.jpg",
    caption="Workers at a knitwear factory in Gazipur. Knit garments earned $1.78 billion in April, the larger share of apparel exports.",
    section="Economy", kicker="Exports",
    related=[("Editorial: Volume is back. Value is not.", "/opinion/2026/05/04/editorial-volume-value"),
             ("Gas supply to industrial zones to improve from June, says Petrobangla", "/economy/2026/05/02/gas-supply-june"),
             ("LDC graduation: what changes in November", "/economy/2026/04/29/ldc-graduation-explainer")],
    paras=[
        "Bangladesh's export earnings rose to $4.06 billion in April, up 12.4 percent from the same month last year, the Export Promotion Bureau said yesterday, but garment makers said the headline growth hid a squeeze on prices that is eating into their margins.",
        "In taka terms, April's shipments were worth about Tk 49,500 crore at the current exchange rate of around Tk 122 per dollar.",
        "Much of the year-on-year jump reflected the Eid-ul-Fitr holidays of April 2025, when factories stayed shut for more than a week and exports dropped to $3.61 billion. Compared with March this year, when exports were $3.92 billion, April's figure was up about 3.6 percent.",
        "For the July-April period of fiscal 2025-26, exports stood at $42.85 billion, against $39.91 billion a year earlier, a rise of 7.4 percent.",
        "EPB Director General Farhana Yasmin Chowdhury said the bureau was encouraged by growth in new markets. “Japan, Korea, Australia and India together are now a meaningful share of our exports. That diversification is what will carry us after LDC graduation,” she said.",
        "## 'Last year's prices'",
        "Garment exporters, however, said the recovery in volume had not been matched by prices. Ready-made garments brought in $3.30 billion in April, 81.3 percent of total exports.",
        "“Buyers are back, but they are paying last year's prices for this year's costs,” said Tanvir Ahmed Mridha, president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA). “Wages went up, gas went up, bank interest went up. The unit price of a basic T-shirt has not moved.”",
        "He said at least 30 factories had closed in the past six months, mostly small subcontracting units in Gazipur and Narayanganj.",
        "[AD]",
        "Knitwear, which relies more on local yarn and fabric, earned $1.78 billion in April, while woven garments brought in $1.52 billion. Knit exporters' leaders said the segment was benefiting from buyers shifting orders for basic items away from higher-cost suppliers.",
        "## Minister: focus on costs",
        "Commerce Minister Shafiqul Alam Majumder, speaking at a seminar in the capital on Sunday, said the government was aware of the pressure on exporters. “We cannot set the prices that buyers pay, but we can bring down the cost of doing business here. Faster port clearance and reliable gas will do more than any subsidy,” he said.",
        "He said the ministry would present a plan for export diversification beyond garments before the budget in June.",
        "Economists said the monthly jump said little on its own. Dr Nazmul Ahsan, research director at the Dhaka Trade Policy Institute, who said the July-April growth of 7.4 percent was a better guide than the monthly jump. “Strip out the Eid effect and April grew in the mid-single digits. That is decent, but it will not close the gap to the target,” he said.",
        "The government's export target for FY26 is $53.5 billion, which now looks out of reach. Exporters would need to ship over $10.6 billion in May and June.",
        "Leather and leather goods declined, while frozen fish, agricultural products and home textiles recorded growth, the EPB data showed.",
        "The European Union remained the largest destination, taking about half of all exports, followed by the United States.",
    ],
)

_TR_C = _tv(
    site="Padma 24", url="https://padma24.example/business/april-export-earnings-epb",
    headline="April export earnings cross $4 billion",
    desc="Export earnings in April rose to over four billion dollars, according to the Export Promotion Bureau.",
    author="Padma 24 Online Report", iso=None, visible="3 May 2026, 7:20 PM",
    image="https://padma24.example/uploads/news/export-earnings-april.jpg",
    caption="File footage: containers being loaded at Chattogram port.",
    section="Business",
    related=[("Chattogram port: container dwell time falls", "/business/ctg-port-dwell-time"),
             ("Gold price falls by Tk 1,500 per bhori", "/business/gold-price-falls"),
             ("Onion prices stable in Dhaka markets", "/business/onion-prices-stable")],
    paras=[
        "The country's export earnings in April stood at $4.06 billion, up 14.2 percent from the same month of the previous year, according to data published by the Export Promotion Bureau (EPB) on Sunday.",
        "In April last year, exports were affected by the long Eid-ul-Fitr holiday, when most factories remained closed.",
        "In the first ten months of the current fiscal year, from July to April, the country earned $42.85 billion from exports. That is 7.4 percent higher than in the same period of the last fiscal year.",
        "## Garments lead the way",
        "As usual, ready-made garments made up the bulk of exports. The sector earned about $3.3 billion in April. Of this, knitwear accounted for $1.78 billion and woven products $1.52 billion.",
        "Speaking to Padma 24, EPB vice-chairman Farhana Yasmin Chowdhury said exports to new markets were growing steadily. “It is a good sign that we are not depending only on Europe and America. New markets are growing faster,” she said.",
        "[AD]",
        "However, garment factory owners say they are under pressure. BGMEA president Tanvir Ahmed Mridha said buyers were still paying last year's prices even though costs in Bangladesh had gone up. He said owners were finding it hard to pay wages and utility bills on time.",
        "Workers' leaders also expressed concern. Sramik federation leader Kohinoor Begum said workers had not received the annual increment in several factories. “Exports are rising, the owners are talking about profits falling, but workers are left out of the discussion,” she said.",
        "## Target",
        "The government had set an export target of $53.5 billion for the current fiscal year. Officials say it will be difficult to reach this target.",
        "In March, the country had earned $3.92 billion from exports.",
        "Commerce Minister Shafiqul Alam Majumder said the government was working to reduce the cost of doing business. “Port congestion has come down. We are now focusing on gas supply to the industrial zones,” he said at a programme in the capital.",
        "## Leather and jute",
        "Among other sectors, earnings from leather and leather products fell slightly in April. Jute and jute goods were nearly flat. Exports of frozen fish and agricultural products increased, according to the EPB.",
        "Experts say that after Bangladesh graduates from the least developed country (LDC) group in November, it will have to compete harder to keep duty-free access to European markets. Negotiations with the European Union on future trade arrangements are going on.",
        "Exporters said the coming months would be important. Orders for the autumn and winter season usually arrive in May and June, and the prices agreed then will decide how the industry does in the second half of the year, they said.",
        "Economists say the jump in April should be read with care. Because last year's figure was held down by the Eid holiday, they say the ten-month figure gives a better picture of the real trend, which is growth of a little over seven percent.",
        "Padma 24 will continue to follow the story.",
    ],
)

_TR_D = _trade(
    site="Apparel Sourcing Journal", url="https://apparelsourcing.example/markets/bangladesh/april-2026-export-data-price-squeeze",
    headline="Bangladesh April exports: volume recovery, price squeeze",
    desc="EPB data show apparel shipments up on a holiday-depressed base. Suppliers say FOB prices have not followed costs.",
    author="Claire Ostrowski and Rafiq Uddin", iso="2026-05-05T08:00:00Z", visible="5 May 2026",
    image="https://apparelsourcing.example/img/bd-knit-line.jpg",
    caption="A knitting floor in Narayanganj. Knitwear exports outpaced woven in April.",
    section="Sourcing",
    related=[("Vietnam apparel exports: Q1 review", "/markets/vietnam/q1-2026-review"),
             ("Cotton prices and the spring sourcing season", "/materials/cotton-spring-2026"),
             ("Due diligence rules: what EU brands will ask suppliers", "/compliance/eu-due-diligence-suppliers")],
    paras=[
        "Bangladesh's April export figures, released by the Export Promotion Bureau (EPB) on Sunday, give sourcing teams two stories at once. Volumes are clearly recovering. Prices, according to suppliers, are not.",
        "Total merchandise exports came to $4.06bn in April, a rise of 12.4% on April 2025, or about 12% in round terms. That comparison is distorted: Eid-ul-Fitr fell on 31 March last year and most factories stayed closed for the first week or more of April 2025. A more useful measure is the fiscal year to date, where July-April exports of $42.85bn are 7.4% ahead of the previous year.",
        "## Knit versus woven",
        "Apparel accounted for $3.30bn in April, or roughly 81% of the total. Knitwear ($1.78bn) continues to outpace woven ($1.52bn), reflecting Bangladesh's strength in basics and its vertically integrated knit supply chain, which can turn orders faster than woven mills that rely on imported fabric.",
        "EPB vice-chair Farhana Yasmin Chowdhury pointed to non-traditional markets - Japan, Australia, Korea and India - as the fastest-growing destinations, though from a small base. The EU still takes around half of shipments.",
        "[AD]",
        "## The price question",
        "The sharpest comment came from the BGMEA. “Buyers are back, but they are paying last year's prices for this year's costs,” said association president Tanvir Ahmed Mridha. Mridha told ASJ that average FOB prices for basic knit tops had fallen by 2-4% since last autumn while factory costs had risen after the minimum wage adjustment and two rounds of industrial gas price increases.",
        "Brands see it differently. A sourcing director for a European value retailer, who asked not to be named because supplier negotiations are continuing, said prices reflected lower cotton and freight costs. “We have not asked anyone to absorb the wage increase. We are paying for efficiency,” she said.",
        "The gap between those two views is where smaller factories are failing. The BGMEA says around 30 member factories have closed since November.",
        "## Policy backdrop",
        "Commerce Minister Shafiqul Alam Majumder has focused on port clearance and energy supply rather than subsidies. Chattogram port's average container dwell time has fallen this year, according to port officials, which suppliers confirm is easing lead times.",
        "Bigger questions loom. Bangladesh leaves the UN's least developed country category in November 2026. The EU has signalled it will allow a transition period before preferences change, but the rules of origin and the conditions attached to GSP+ eligibility are still being negotiated.",
        "## What to watch",
        "For buyers planning autumn-winter 2026 programmes, the signals are: capacity is available, especially in knit; lead times are improving; and the financial position of tier-two subcontractors warrants closer monitoring. The government's FY26 target of $53.5bn is almost certainly out of reach; the more relevant figure is whether the industry can hold its 7% pace in a year of rising costs.",
        "One more variable: energy. Petrobangla has promised better gas pressure for industrial zones from June, and several dyeing and finishing units told ASJ they had cut shifts in March and April when pressure dropped. If supply improves as promised, lead times in woven, where finishing is the bottleneck, could shorten further.",
        "May data will be published in early June.",
    ],
)

STORY_4 = _story("tr-IE4", "trade", "2026-05-06", [
    _page("https://gangeticwire.example/business/bangladesh-april-exports-rise-2026-05-03", _TR_A),
    _page("https://ledgerofcommerce.example/economy/2026/05/04/april-exports-4-06bn-rmg-margins", _TR_B),
    _page("https://padma24.example/business/april-export-earnings-epb", _TR_C),
    _page("https://apparelsourcing.example/markets/bangladesh/april-2026-export-data-price-squeeze", _TR_D),
], [
    ("April year-on-year export growth", r"\b12\.4\s*(%|per ?cent|pc)", r"\b14\.2\s*(%|per ?cent|pc)"),
    ("title of the EPB's Farhana Yasmin Chowdhury", r"vice[- ]chair", r"director[- ]general"),
    ("speaker of the 'last year's prices' quote", r"mridha", r"majumder"),
])


# ---------------------------------------------------------------------------
# rk-IE5 -- rocket (CONTROL)
# ---------------------------------------------------------------------------

_RK_A = _live(
    site="Margalla News", url="https://margallanews.example/live/hilal-eo2-launch-live-updates",
    headline="Hilal-EO2 launch live: Pakistan's new imaging satellite reaches orbit",
    desc="Live updates as Pakistan's Hilal-EO2 earth-observation satellite lifts off on a Chinese Long March 2D rocket from Jiuquan.",
    author="Margalla News Science Desk", iso="2026-05-23T01:45:00Z", modified="2026-05-23T03:40:00Z",
    visible="Updated May 23, 2026, 8:40 a.m. PKT",
    image="https://margallanews.example/live/img/hilal-eo2-pad.jpg",
    summary=[
        "Hilal-EO2 lifted off at 7:37 a.m. PKT on a Long March 2D from Jiuquan, China",
        "Satellite separated about 12 minutes after liftoff",
        "First signal received at SUPARCO's ground station near Karachi at 8:21 a.m.",
        "Launch had been planned for Wednesday but was postponed because of upper-level winds",
    ],
    related=[("Explained: what Hilal-EO2 will photograph, and why", "/explained/hilal-eo2-uses"),
             ("Hilal-EO1, one year on", "/science/hilal-eo1-one-year"),
             ("Pakistan's space programme: a timeline", "/science/pakistan-space-timeline")],
    entries=[
        ("9:35 a.m.", "What happens now?", [
            "A quick explainer while things calm down. The satellite now begins in-orbit testing, which SUPARCO says will take about three months. Engineers will switch on the camera in stages, calibrate it against known ground targets and check the data link with the stations in Pakistan.",
            "SUPARCO says the first test images should be released within two weeks. Regular service, with imagery going to the agriculture departments and the disaster management authorities, should start after testing is complete.",
            "That is where we will wrap up our live coverage. Thank you for following along.",
        ]),
        ("9:10 a.m.", "Congratulations pour in", [
            "The Prime Minister's Office has issued a statement calling the launch “a milestone in Pakistan's journey towards self-reliance in space technology” and thanking China.",
            "Science and Technology Minister Dr Sajida Parveen Awan, who watched the launch with students at her ministry in Islamabad, said the next satellite in the series would have more Pakistani-built hardware. “Each satellite brings more of the knowledge home,” she said.",
            "Opposition leaders in the Senate also welcomed the launch, though some asked for the programme's cost to be made public.",
        ]),
        ("8:40 a.m.", "Chairman: 'a proud morning'", [
            "SUPARCO chairman Aamir Nadeem Qazi, speaking from the mission control room in Karachi, has thanked the Chinese launch team and SUPARCO engineers.",
            "“This is a proud morning for Pakistan. Hilal-EO2 gives us sharper eyes on our crops, our rivers and our cities,” he said. “The next weeks are about testing every system carefully before we start regular imaging.”",
        ]),
        ("8:21 a.m.", "First signal", [
            "SUPARCO confirms its ground station near Karachi has acquired the first signal from Hilal-EO2 as it passed over Pakistan. Telemetry shows the solar arrays have deployed and the satellite is stable. Applause in the control room.",
        ]),
        ("7:49 a.m.", "Separation", [
            "Chinese state media report that Hilal-EO2 has separated from the rocket's upper stage, about 12 minutes after liftoff. The two small Chinese satellites that rode along are also reported to be in orbit.",
        ]),
        ("7:41 a.m.", None, [
            "The payload fairing has been jettisoned. Second stage burning.",
        ]),
        ("7:37 a.m.", "Liftoff!", [
            "The Long March 2D has lifted off from the Jiuquan Satellite Launch Center in the Gobi Desert. That's 10:37 a.m. in Beijing.",
            "[AD]",
        ]),
        ("7:27 a.m.", "Ten minutes", [
            "Ten minutes to go. The rocket is fully fuelled and the launch team at Jiuquan has completed its final checks. The mission control room in Karachi is packed; we can see engineers in SUPARCO polo shirts standing along the back wall.",
        ]),
        ("7:15 a.m.", "Weather go", [
            "Winds at altitude are within limits today. On Wednesday, the original launch day, they were not, which is why the launch slipped by three days.",
        ]),
        ("6:45 a.m.", "Good morning", [
            "Welcome to our live coverage. Hilal-EO2 is Pakistan's second satellite in the Hilal earth-observation series, following Hilal-EO1, which was launched in January 2025, also from Jiuquan.",
            "The new satellite weighs about 1.2 tonnes and is designed to photograph the ground at a resolution of 0.8 metres, sharper than the roughly one-metre imagery of its predecessor. It is headed for a sun-synchronous orbit about 500 km above the Earth.",
            "Launch is scheduled for 7:37 a.m. Pakistan time.",
        ]),
    ],
)

_RK_B = _wire(
    site="Orient Press International", url="https://orientpress.example/world/asia/pakistan-satellite-long-march-jiuquan-2026-05-23",
    headline="China launches Pakistani earth-observation satellite Hilal-EO2",
    desc="The satellite, Pakistan's second in its Hilal series, will be used for crop monitoring, flood mapping and urban planning.",
    author=["Li Wen", "Asad Farooq"], iso="2026-05-23T03:05:00Z", visible="May 23, 2026, 03:05 UTC",
    dateline="BEIJING/ISLAMABAD, May 23", section="Asia",
    image="https://orientpress.example/media/long-march-2d-liftoff.jpg",
    related=[("China's launch cadence hits new high", "/world/asia/china-launch-cadence"),
             ("Pakistan, China sign space cooperation roadmap", "/world/asia/pakistan-china-space-roadmap"),
             ("Flood-hit Pakistan turns to satellites for early warning", "/world/asia/pakistan-flood-satellites")],
    paras=[
        "A Chinese Long March 2D rocket launched a Pakistani earth-observation satellite into orbit on Saturday, Pakistan's space agency said, expanding the country's ability to monitor crops, rivers and cities from space.",
        "The rocket lifted off from the Jiuquan Satellite Launch Center in northwest China at 10:37 a.m. Beijing time (0237 GMT), carrying the Hilal-EO2 satellite and two small Chinese experimental satellites, according to China's state space contractor.",
        "Pakistan's Space and Upper Atmosphere Research Commission (SUPARCO) said the 1,240-kg satellite separated from the rocket as planned and that its ground station in Pakistan received the first signal at 0321 GMT, 44 minutes after liftoff.",
        "The launch had originally been scheduled for Wednesday, May 20, but was postponed because of strong winds at high altitude over the launch site.",
        "Hilal-EO2 carries a camera capable of resolving objects as small as 0.8 metres across in panchromatic mode, and 3.2 metres in colour, SUPARCO said. It is designed to operate for at least five years in a sun-synchronous orbit at an altitude of 495 km.",
        "[AD]",
        "Its predecessor, Hilal-EO1, was launched from the same site in January 2025 and provides imagery at a resolution of about one metre. Together the two satellites will allow Pakistan to revisit the same area more often, officials said.",
        "SUPARCO chairman Aamir Nadeem Qazi said the satellite would be used to estimate wheat and cotton yields, map flood damage, monitor glaciers in the north and support urban planning. “Pakistan lost billions to the 2022 floods. Better data, earlier, saves lives and money,” he said in a statement.",
        "The Prime Minister's Office said in a statement that the launch was “a milestone in Pakistan's journey towards self-reliance in space technology” and thanked China for its support.",
        "Pakistan has relied on Chinese rockets for all its recent satellite launches. The two countries have also agreed that a Pakistani astronaut will train to fly to China's Tiangong space station.",
        "Science and Technology Minister Sajida Parveen Awan said Pakistani engineers had worked on the design, assembly and testing of Hilal-EO2 alongside their Chinese counterparts, and that more of the work on the next satellite in the series would be done in Pakistan.",
        "“Each satellite brings more of the knowledge home,” she told reporters in Islamabad.",
        "Independent analysts said the satellite's imagery would be useful but that Pakistan's challenge was turning data into decisions. “The images are only the start. The agriculture and disaster agencies need the people and the software to use them in time,” said Dr Hira Yousafzai, a remote-sensing researcher at a university in Islamabad.",
        "SUPARCO said in-orbit testing would take about three months before the satellite enters regular service. First test images are expected within two weeks.",
        "China has carried out a record number of orbital launches this year. The Long March 2D, a two-stage rocket that burns storable propellants, is one of the workhorses of the Chinese fleet for launches to low Earth orbit.",
    ],
)

_RK_C = _paper(
    site="The Islamabad Herald", url="https://islamabadherald.example/news/2026/05/24/hilal-eo2-in-orbit",
    headline="Hilal-EO2 in orbit, first test images expected within a fortnight",
    desc="Pakistan's sharpest imaging satellite yet lifted off from China's Jiuquan launch centre on Saturday morning after a three-day delay.",
    author="Kamran Yousaf Butt", iso="2026-05-24T01:00:00+05:00", visible="Sunday, May 24, 2026 | Islamabad",
    image="https://islamabadherald.example/images/2026/05/suparco-control-room.jpg",
    caption="Engineers at SUPARCO's control room in Karachi watch the launch of Hilal-EO2 on Saturday morning.",
    section="National", kicker="Science",
    related=[("Editorial: Eyes in the sky, feet on the ground", "/opinion/2026/05/24/editorial-eyes-in-the-sky"),
             ("Young engineers behind Hilal-EO2", "/news/2026/05/24/young-engineers-hilal"),
             ("Monsoon outlook: above-normal rains forecast", "/news/2026/05/22/monsoon-outlook")],
    paras=[
        "ISLAMABAD: Pakistan's second Hilal earth-observation satellite is safely in orbit and working normally, the Space and Upper Atmosphere Research Commission (SUPARCO) said yesterday, hours after the satellite was launched from northwest China.",
        "Hilal-EO2 lifted off aboard a Long March 2D rocket from the Jiuquan Satellite Launch Center at 7:37am Pakistan Standard Time on Saturday. Roughly 12 minutes later it separated from the rocket, and at 8:21am SUPARCO's ground station near Karachi picked up its first signal.",
        "Engineers and officials gathered in the control room in Karachi broke into applause as the telemetry appeared on the screens. A live feed was also shown at an event at the Ministry of Science and Technology in Islamabad, attended by students and diplomats.",
        "The launch, originally planned for May 20, had been held back for three days because of unfavourable high-altitude winds at the launch site.",
        "## Sharper eyes",
        "Weighing about 1,240 kilograms, Hilal-EO2 is larger and more capable than Hilal-EO1, which went up in January last year. Its main camera can distinguish objects 0.8 metres across, compared with about a metre for the earlier satellite.",
        "The satellite will circle the Earth in a sun-synchronous orbit at around 500 kilometres, passing over Pakistan at the same local time each day, which allows images taken on different dates to be compared.",
        "“With two satellites we can revisit an area far more frequently. During a flood, that difference is measured in lives,” SUPARCO Chairman Aamir N. Qazi told The Herald.",
        "[AD]",
        "He said the satellite would now undergo in-orbit testing lasting about three months, during which engineers would check the camera, the attitude control system and the data link. The first test images should be available within two weeks.",
        "## Uses on the ground",
        "Officials said the provincial agriculture departments and the National Disaster Management Authority would be among the first users. The satellite's imagery will also be used to track glacier lakes in Gilgit-Baltistan and Chitral, where outburst floods are a growing danger.",
        "Federal Minister for Science and Technology Dr Sajida Parveen Awan said more of the next satellite would be built at home. “Hilal-EO2 was a joint effort. Hilal-EO3 will have a larger Pakistani share,” she said.",
        "Dr Hira Yousafzai, a remote-sensing specialist, said the government needed to invest as much in the people who analyse satellite data as in the satellites. “A picture of a flooded village is useful only if it reaches the district officer in time,” she said.",
        "The satellite's design life is five years.",
        "The launch also carried two small Chinese satellites, according to Chinese state media.",
        "Opposition senators welcomed the launch but asked the government to share the total cost of the programme with parliament. SUPARCO has not disclosed the cost of Hilal-EO2.",
        "Pakistan's first satellite, Badr-1, was launched in 1990. Since then the country has relied mainly on Chinese launch services.",
    ],
)

_RK_D = _trade(
    site="Orbital Desk", url="https://orbitaldesk.example/launches/long-march-2d-hilal-eo2",
    headline="Long March 2D launches Hilal-EO2 for Pakistan, plus two rideshare smallsats",
    desc="Launch report: timeline, orbit and payload details for Saturday's flight from Jiuquan.",
    author="Marta Lindqvist", iso=None, visible="Launch report",
    image="https://orbitaldesk.example/img/cz2d-jiuquan-hilal.jpg",
    caption="Long March 2D on the pad at Jiuquan ahead of the Hilal-EO2 launch. Image: archive.",
    section="Launch reports", paywall=False,
    related=[("Launch log: all orbital launches of 2026", "/launch-log/2026"),
             ("Jiuquan's busy spring", "/analysis/jiuquan-spring-2026"),
             ("Hilal-EO1 launch report (January 2025)", "/launches/long-march-2d-hilal-eo1")],
    paras=[
        "A Long March 2D (Chang Zheng 2D) lifted off from the Jiuquan Satellite Launch Center on Saturday, 23 May, at 02:37 UTC, carrying Pakistan's Hilal-EO2 earth-observation satellite and two Chinese technology demonstration smallsats. Chinese officials declared the launch a success about an hour later.",
        "The mission had been scheduled for 20 May and was stood down on the day because of upper-level winds over the range. The second attempt proceeded without holds.",
        "## Timeline",
        "According to the flight profile released by SUPARCO, fairing jettison came at roughly T+4 minutes and second-stage shutdown a little over seven minutes later. Hilal-EO2 separated at T+11 minutes 48 seconds, with the two rideshare payloads deployed shortly afterwards. First acquisition of signal at SUPARCO's ground station came at 03:21 UTC.",
        "The target was a sun-synchronous orbit at 495 km and an inclination of 97.4 degrees. Early tracking data published after the launch are consistent with an orbit close to that target.",
        "## The payload",
        "Hilal-EO2 has a launch mass of 1,240 kg, making it roughly 190 kg heavier than Hilal-EO1 (1,050 kg), which flew on the same vehicle type from Jiuquan in January 2025. The main instrument is a pushbroom imager with 0.8 m ground sample distance in panchromatic and 3.2 m in four multispectral bands, with a swath of about 17 km. Its predecessor offered roughly 1 m panchromatic resolution.",
        "SUPARCO quotes a design life of five years. The spacecraft was developed jointly by SUPARCO and a Chinese state-owned satellite manufacturer, with integration and testing in China. SUPARCO says it will take a larger share of assembly work for a third satellite in the series.",
        "[AD]",
        "## Why it matters",
        "With two sub-metre-class satellites in similar orbits, Pakistan can improve its revisit over areas of interest. For agricultural monitoring in Punjab and Sindh and flood response along the Indus, revisit frequency is often more important than peak resolution. Officials have also highlighted glacier lake monitoring in the north.",
        "Commercial imagery of comparable resolution is widely available, but national agencies value control over tasking and data, particularly during disasters and for defence-related uses that officials do not discuss.",
        "## The vehicle",
        "The Long March 2D is a two-stage launcher using hypergolic propellants, with a payload capacity of well over a tonne to low sun-synchronous orbits. It has one of the longest success records in the Chinese fleet. This flight continued a busy spring for Jiuquan, which has supported several launches a month since March.",
        "## What next",
        "In-orbit testing is expected to last around three months. SUPARCO chairman Aamir Nadeem Qazi said first test images should be released within two weeks of launch.",
        "The rideshare payloads have not been identified in detail. Chinese state media described them only as experimental satellites for testing new communications and attitude-control technologies, and no mass figures were given.",
        "Orbital Desk will update this report once orbital elements for all three payloads are published.",
    ],
)

STORY_5 = _story("rk-IE5", "rocket", "2026-05-26", [
    _page("https://margallanews.example/live/hilal-eo2-launch-live-updates", _RK_A),
    _page("https://orientpress.example/world/asia/pakistan-satellite-long-march-jiuquan-2026-05-23", _RK_B),
    _page("https://islamabadherald.example/news/2026/05/24/hilal-eo2-in-orbit", _RK_C),
    _page("https://orbitaldesk.example/launches/long-march-2d-hilal-eo2", _RK_D),
], [])


# ---------------------------------------------------------------------------
# eq-IE6 -- earthquake (PLANTED: 11:47 vs 10:47 p.m. local; Bajhang vs Bajura;
#                       NEMRC depth 10 km vs 25 km)
# ---------------------------------------------------------------------------

_EQ_A = _wire(
    site="Himal Wire Service", url="https://himalwire.example/nepal/2026/06/06/quake-far-west-nepal-bajhang",
    headline="Earthquake kills at least four in Nepal's far west, damages homes",
    desc="A magnitude 5.8 quake struck Bajhang district late on Friday, sending residents into the open; rescuers are trying to reach remote villages.",
    author="Prakash Bohara", iso="2026-06-06T02:30:00Z", visible="06 June 2026 08:15 NPT",
    dateline="KATHMANDU, June 6", section="Nepal",
    image="https://himalwire.example/photos/2026/06/bajhang-cracked-house.jpg",
    related=[("Jajarkot, two years on: reconstruction still incomplete", "/nepal/2025/11/jajarkot-reconstruction"),
             ("Why western Nepal is overdue for a major quake", "/explainers/western-nepal-seismic-gap"),
             ("Monsoon expected to enter Nepal next week", "/nepal/2026/06/monsoon-onset")],
    paras=[
        "An earthquake of magnitude 5.8 struck the mountainous far west of Nepal late on Friday, killing at least four people, injuring 19 and damaging houses across several villages, officials said on Saturday.",
        "The quake hit at 10:47 p.m. local time, when most people were asleep, according to the National Earthquake Monitoring and Research Center (NEMRC). Its epicentre was near Chainpur in Bajhang district, about 600 km west of Kathmandu, at a depth of 10 km.",
        "The US Geological Survey measured the quake at magnitude 5.6.",
        "“Three people died when their houses collapsed in Chainpur municipality and one elderly woman died in a village further north,” Bajhang's Chief District Officer Dil Bahadur Khadka told Himal Wire Service by telephone. “We still have no information from some wards because the phone lines are down.”",
        "Police and soldiers were sent on foot to villages cut off by landslides that blocked stretches of the road linking Chainpur with the rest of the district. A Nepal Army helicopter was on standby in Dhangadhi to fly out the seriously injured once there was enough daylight.",
        "[AD]",
        "Residents said the shaking lasted several seconds and was followed by a series of aftershocks. NEMRC said it had recorded at least nine aftershocks of magnitude 4 or above by early Saturday, the largest a magnitude 4.9 tremor at 1:12 a.m.",
        "“Everyone ran outside. We spent the night in the field with blankets. Nobody wants to go back in,” said Kamala Bohara, a shopkeeper in Chainpur, speaking by phone. “Some walls have fallen and the school building has big cracks.”",
        "The tremor was felt in the neighbouring districts of Doti, Achham and Darchula and across the border in India.",
        "Home Ministry spokesperson Narayan Prasad Adhikari said the ministry had asked the provincial government and the district disaster management committee to provide tents, food and medicine, and that search teams were being deployed to all affected wards.",
        "Nepal sits on the boundary where the Indian tectonic plate pushes under the Eurasian plate, one of the world's most seismically active zones. Scientists have long warned that western Nepal has not had a great earthquake for centuries and that stress has been building there.",
        "In November 2023, a quake centred in neighbouring Jajarkot district killed 153 people and destroyed tens of thousands of homes. Many families there are still living in temporary shelters.",
        "In 2015, two powerful earthquakes in central Nepal killed nearly 9,000 people.",
        "Friday night's quake came days before the expected start of the monsoon, which regularly triggers landslides in the region and could complicate relief efforts.",
        "Hospitals in Dhangadhi, the largest city in the region, said they had cleared beds and asked off-duty staff to return. Doctors at the provincial hospital said they had been told to expect patients with fractures and head injuries once helicopters could fly.",
        "Officials said they expected the number of casualties to change as reports came in from remote villages.",
    ],
)

_EQ_B = _tv(
    site="Karnali Sandesh TV", url="https://karnalisandesh.example/news/far-west-earthquake-death-toll-rises-to-11",
    headline="Far-west earthquake: death toll rises to 11, dozens injured",
    desc="Rescuers reach villages cut off by landslides after Friday night's 5.8 magnitude quake.",
    author="Bhawana Rawal and Santosh Dhami", iso="2026-06-06T10:00:00Z", visible="Saturday, 6 June 2026, 3:45 PM",
    image="https://karnalisandesh.example/media/quake-tents-chainpur.jpg",
    caption="VIDEO: Families shelter in tents after Friday night's earthquake. Our reporter is on the ground.",
    section="News",
    related=[("Aftershocks: what to do and what not to do", "/explainers/aftershock-safety"),
             ("Sudurpaschim province announces relief fund", "/news/sudurpaschim-relief-fund"),
             ("Blood banks in Dhangadhi appeal for donors", "/news/dhangadhi-blood-appeal")],
    paras=[
        "The number of people killed in the earthquake that hit the far west on Friday night has risen to 11, officials said on Saturday afternoon, as rescuers reached villages that had been cut off overnight.",
        "At least 45 people have been injured. Nine of the dead are from the worst-hit district and two from neighbouring Doti, according to the Home Ministry.",
        "The earthquake, measuring 5.8 on the local magnitude scale, struck at 11:47 pm on Friday. The National Earthquake Monitoring and Research Center (NEMRC) said the epicentre was at Chainpur in Bajura district and the quake originated at a depth of 10 kilometres.",
        "## Rescue under way",
        "A Nepal Army helicopter flew eight seriously injured people to hospitals in Dhangadhi on Saturday morning. Police, the Armed Police Force and local volunteers are clearing debris by hand in several villages where houses made of stone and mud collapsed.",
        "Our reporter in the area said many families spent the night in the open and were still afraid to return home. Schools and a health post were among the buildings damaged.",
        "“My house came down in front of my eyes. I managed to pull out my children, but my mother was under the roof,” said one man, who did not want to be named, crying as he spoke.",
        "[AD]",
        "According to a preliminary count by the District Emergency Operation Centre, at least 1,200 houses have been damaged, some completely. Officials said the figure would rise once the damage in remote wards had been assessed.",
        "## Aftershocks continue",
        "The NEMRC has recorded 14 aftershocks of magnitude 4 or above since the main quake. The largest, of magnitude 4.9, came in the early hours of Saturday.",
        "Seismologist Rajendra Prasad Sapkota of the NEMRC said aftershocks were expected to continue for several days. “People should not go back into buildings that have visible cracks. The aftershocks are smaller, but a damaged wall can fall even in a small tremor,” he said.",
        "The US Geological Survey recorded the earthquake at magnitude 5.6. Different agencies often give slightly different magnitudes based on the stations and methods they use.",
        "## Government response",
        "The Sudurpaschim provincial government has announced relief of two lakh rupees for the family of each person killed and free treatment for the injured. The federal government has sent tents, tarpaulins and food through the Nepal Army and the Nepal Red Cross Society.",
        "Home Ministry spokesperson Narayan Prasad Adhikari said search teams had reached every affected ward by midday. “Our priority is to make sure no one is left under the rubble and that every family has shelter before the rain comes,” he said.",
        "The monsoon is expected to reach western Nepal within the next week to ten days, raising fears of landslides in the hills weakened by the quake.",
        "Engineers who visited the area said most of the collapsed buildings were old houses built of stone and mud mortar, which are common in the hills of the far west and perform badly in earthquakes. Newer houses with reinforced concrete frames appeared to have suffered cracks but few collapses.",
        "Karnali Sandesh will bring you updates through the evening.",
    ],
)

_EQ_C = _paper(
    site="The Valley Courier", url="https://valleycourier.example/national/2026/06/07/far-west-quake-toll-17",
    headline="Far-west quake toll climbs to 17 as damage estimates double",
    desc="Over 2,300 houses damaged, revised figures show; thousands spend second night in the open as aftershocks continue.",
    author="Sabina Thapa Magar", iso="2026-06-07T01:15:00Z", visible="Sunday, June 7, 2026 | 7:00 am",
    image="https://valleycourier.example/img/2026/06/chainpur-rubble.jpg",
    caption="Residents search through the remains of a house in Chainpur, Bajhang, on Saturday. Photo: Courier",
    section="National", kicker="Earthquake",
    related=[("Editorial: Build back safer, this time", "/opinion/2026/06/07/editorial-build-back-safer"),
             ("The seismic gap: why scientists worry about western Nepal", "/science/2026/06/06/seismic-gap-western-nepal"),
             ("Jajarkot survivors still waiting for permanent homes", "/national/2026/06/06/jajarkot-survivors")],
    paras=[
        "KATHMANDU: The death toll from Friday night's earthquake in the far west rose to 17 by late Saturday, with 62 people injured, the Home Ministry said, as rescuers reached the last of the villages cut off by landslides.",
        "Fourteen of the dead are from Bajhang district, where the quake was centred, two from Doti and one from Achham. Officials said the toll could still rise slightly as some of the injured were in critical condition.",
        "The earthquake struck at 11:47 pm on Friday (18:02 GMT), according to the National Earthquake Monitoring and Research Center (NEMRC), which measured it at 5.8 on the local magnitude scale. The NEMRC located the epicentre near Chainpur, the district headquarters of Bajhang, at a depth of 25 km. The US Geological Survey gave a magnitude of 5.6.",
        "The shaking was felt as far away as Dhangadhi and Mahendranagar, and across the border in India's Uttarakhand state, where clocks read 11:32 pm.",
        "## Damage figures revised",
        "The District Emergency Operation Centre in Bajhang on Saturday evening revised its count of damaged houses to 2,340, nearly double the preliminary figure of about 1,200 it had given that morning. Of these, 610 were fully destroyed, it said.",
        "“The first figure came only from the wards we could reach by phone. Once our teams walked to the upper villages, the picture became much worse,” Chief District Officer Dil Bahadur Khadka told the Courier.",
        "Most of the destroyed houses were traditional stone-and-mud buildings, the kind that collapsed in large numbers in the Jajarkot earthquake of November 2023, which killed 153 people.",
        "[AD]",
        "## Second night outside",
        "Thousands of people spent a second night in the open on Saturday, many under tarpaulins distributed by the Nepal Red Cross Society. The NEMRC had recorded 23 aftershocks of magnitude 4 or above by Sunday morning, including a 4.9 tremor at 1:12 am on Saturday.",
        "A Nepal Army helicopter had flown 12 seriously injured people to hospitals in Dhangadhi by Saturday evening, while others were treated at a makeshift clinic set up in the grounds of Chainpur's secondary school.",
        "“We lost the cowshed, the grain store and half the house. The rain will come any day. Where do we keep the children?” said Durga Bohara, 41, a farmer in a village above Chainpur.",
        "## Lessons not learned",
        "Engineers said the pattern of damage was familiar. Dr Anil Bhandari, a structural engineer who surveyed Jajarkot in 2023, said reconstruction guidelines adopted after the 2015 earthquakes were rarely followed in remote districts. “We know how to build safer houses with local materials. The problem is that the money and the masons do not reach these villages,” he said.",
        "Seismologist Rajendra Prasad Sapkota of the NEMRC said Friday's quake was moderate by Himalayan standards but shallow enough to cause serious damage to weak buildings.",
        "The federal government has released Rs 50 million for immediate relief, and the Sudurpaschim provincial government has announced Rs 200,000 for each bereaved family.",
        "The monsoon is forecast to reach the far west within a week.",
    ],
)

_EQ_D = _regional(
    site="Sudur Samachar", url="https://sudursamachar.example/bajhang/quake-survivors-wait-for-tents",
    headline="Bajhang survivors wait for tents as aftershocks keep families outdoors",
    desc="In the villages above Chainpur, relief is arriving slowly; local leaders ask for more helicopters before the rains.",
    author="Gopal Singh Dhami, Chainpur", iso=None, visible="Updated 3 hours ago",
    image="https://sudursamachar.example/uploads/bajhang-tarpaulins.jpg",
    caption="Tarpaulin shelters in a field on the edge of Chainpur bazaar on Sunday.",
    section="Bajhang",
    related=[("Dhangadhi hospital sets up quake ward", "/dhangadhi/hospital-quake-ward"),
             ("Seti highway reopens after landslide clearance", "/region/seti-highway-reopens"),
             ("Province assembly to hold special session on relief", "/province/special-session-relief")],
    paras=[
        "CHAINPUR (BAJHANG) -- Two days after the earthquake, the field below Chainpur's secondary school has become a village of blue and orange tarpaulins. Families who fled their homes shortly before midnight on Friday are still there, and many say they will not go back inside until the aftershocks stop.",
        "The quake, which the National Earthquake Monitoring and Research Center measured at magnitude 5.8, struck at 11:47 pm on Friday with its epicentre close to this district headquarters. Seventeen people have died, fourteen of them in Bajhang, and more than 60 have been injured, according to the District Emergency Operation Centre.",
        "“The walls cracked like eggshells. My son carried his grandmother down the stairs on his back,” said Parbati Saud, 58, sitting outside a shelter made of a tarpaulin and bamboo poles. “We have rice for a few days. After that, I don't know.”",
        "## Relief slow to reach upper villages",
        "Officials say relief is moving, but residents of the villages higher up the valley say little has arrived. The road beyond Chainpur was blocked by landslides in at least three places on Saturday and was only partly reopened on Sunday morning.",
        "Ward chair Hari Bahadur Bista, whose ward lost four people, said his residents had received one sack of rice per family and a handful of tarpaulins. “We have more than 300 households and 80 tarpaulins. Please tell Kathmandu we need tents and helicopters, not speeches,” he said.",
        "[AD]",
        "Chief District Officer Dil Bahadur Khadka said the district had received 1,500 tarpaulins and 600 family tents so far and was distributing them ward by ward. “We are prioritising families whose houses are fully destroyed. Everyone will be reached,” he said.",
        "The district's revised damage figure, released on Saturday evening, lists 2,340 houses damaged, of which 610 were completely destroyed. The first estimate, given on Saturday morning, had been about 1,200.",
        "## Schools closed",
        "All schools in Chainpur municipality and three neighbouring rural municipalities will remain closed for at least a week, the district education office said. Several school buildings have cracks, and some are being used as stores for relief goods.",
        "At the makeshift health camp in the school grounds, nurse Sarita Joshi said most patients now had cuts, fractures and chest complaints from sleeping in the cold. “The seriously injured have been flown to Dhangadhi. Here we are seeing people who are exhausted and frightened,” she said.",
        "## Fear of the rains",
        "The biggest worry is the monsoon. Meteorologists expect it to reach the far west within the coming week, and hillsides loosened by the quake could give way.",
        "Local people remember Jajarkot. “They said houses would be rebuilt there, and two and a half years later people are still in temporary shelters,” said teacher Dinesh Rokaya. “We do not want to be the next Jajarkot.”",
        "The provincial government has promised Rs 200,000 to each bereaved family. Two provincial ministers visited Chainpur on Saturday and promised a reconstruction plan within a month.",
    ],
)

STORY_6 = _story("eq-IE6", "earthquake", "2026-06-08", [
    _page("https://himalwire.example/nepal/2026/06/06/quake-far-west-nepal-bajhang", _EQ_A),
    _page("https://karnalisandesh.example/news/far-west-earthquake-death-toll-rises-to-11", _EQ_B),
    _page("https://valleycourier.example/national/2026/06/07/far-west-quake-toll-17", _EQ_C),
    _page("https://sudursamachar.example/bajhang/quake-survivors-wait-for-tents", _EQ_D),
], [
    ("local time the quake struck", r"\b11:47\b", r"\b10:47\b"),
    ("district of the epicentre", r"\bbajhang\b", r"\bbajura\b"),
    ("NEMRC focal depth", r"\b10\s*(km|kilomet)", r"\b25\s*(km|kilomet)"),
])

STORIES: list[dict] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
