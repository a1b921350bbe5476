"""Part XE of the story battery (web pages).

Written by engineer XE1 on 2026-12-06 (nineteenth session, ninth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py XE`.

Six stories, one per domain, each told by four outlets as whole scraped HTML pages: a short
wire brief, a long analysis with background paragraphs full of older figures, and two
ordinary reports. The election story is the control story (no planted disagreement).
Every sentence and every template below was written for this file.
"""

from __future__ import annotations

import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Split a triple-quoted block on blank lines; fold ordinary whitespace (not NBSP)."""
    out = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        block = re.sub(r"[ \t\r\n]+", " ", block).strip()
        if block:
            out.append(block)
    return out


def _lis(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="#">{h}</a></li>' for h in items)


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service (clean <article>, JSON-LD when dated).
# --------------------------------------------------------------------------------------

def _wire_site(url: str, title: str, body: str, *, date: str | None = None,
               credit: str = "", related: tuple[str, ...] = ()) -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in _paras(body))
    ld = ""
    if date:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"NewsArticle","headline":"' + title.replace('"', "") + '",'
              '"datePublished":"' + date + '","publisher":{"@type":"Organization",'
              '"name":"Pacific Wire"}}</script>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
{ld}
</head>
<body class="pw">
<a class="skip-link" href="#main-story">Skip to content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC&nbsp;WIRE</a>
  <nav class="pw-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
    <li><a href="/pictures">Pictures</a></li>
  </ul></nav>
  <div class="pw-ticker">Asia open &middot; Europe open &middot; Wall St closed</div>
</header>
<main id="main-story">
<article class="pw-story">
  <h1 class="pw-headline">{title}</h1>
  <div class="pw-body">
{paras}
  </div>
  <p class="pw-credit">{credit}</p>
  <p class="pw-standards"><a href="/trust">Our Standards: The Pacific Wire Trust
  Principles.</a></p>
  <div class="pw-share"><button>Share on Facebook</button><button>Tweet</button>
  <button>Copy link</button></div>
</article>
<aside class="pw-more"><h2>More from Pacific Wire</h2><ul>
{_lis(related)}
</ul></aside>
</main>
<footer class="pw-footer">
  <p>Pacific Wire Cooperative &middot; 400 Harbor Square, Suite 12, San Francisco</p>
  <p>&copy; 2025 Pacific Wire. All rights reserved. Data delayed by at least 15 minutes.</p>
  <p><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> |
  <a href="/cookies">Cookie settings</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The National Ledger, a national daily (div soup, paywall, ads, most read).
# --------------------------------------------------------------------------------------

def _ledger_site(url: str, title: str, body: str, *, date: str | None = None,
                 byline: str = "", bio: str = "", kicker: str = "News",
                 read_more: str = "", most_read: tuple[str, ...] = (),
                 box: str = "") -> str:
    chunks = []
    for i, p in enumerate(_paras(body)):
        chunks.append(f'<div class="txt-block"><p class="para">{p}</p></div>')
        if i == 1 and read_more:
            chunks.append(f'<div class="inline-rm"><strong>Read more:</strong> '
                          f'<a href="#">{read_more}</a></div>')
        if i in (3, 8):
            chunks.append('<div class="ad-slot ad-mid"><span class="ad-label">Advertisement'
                          '</span><div class="ad-frame" data-ad="mid"></div></div>')
        if i == 5 and box:
            chunks.append(f'<div class="factbox">{box}</div>')
    meta = ""
    if date:
        meta = (f'<meta property="article:published_time" content="{date}">\n'
                f'<meta property="article:section" content="{kicker}">')
    body_html = "\n".join(chunks)
    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - The National Ledger</title>
{meta}
<meta name="description" content="{kicker} coverage from The National Ledger.">
</head>
<body>
<div id="cookie-consent" class="cc-banner">We use cookies to personalise content and
ads and to analyse our traffic. <a href="/cookies">Manage preferences</a>
<button class="cc-accept">Accept all</button></div>
<div class="wrap">
 <div class="top-bar"><div class="logo">The&nbsp;National&nbsp;Ledger</div>
  <div class="sections"><a href="/">Home</a> <a href="/nation">Nation</a>
  <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a>
  <a href="/science">Science</a> <a href="/subscribe" class="btn-sub">Subscribe</a></div>
 </div>
 <div class="ad-slot ad-top"><span class="ad-label">Advertisement</span></div>
 <div class="content-grid">
  <div class="main-col">
   <div class="kicker">{kicker}</div>
   <div class="hdl" style="font-size:38px;font-weight:700">{title}</div>
   <div class="byline-wrap"><span class="by">By {byline}</span></div>
   <div class="share-row"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
    <a href="#">Email</a> <a href="#">Copy link</a></div>
   <div class="article-text">
{body_html}
   </div>
   <div class="paywall-teaser">You have read 3 of your 5 free articles this month.
   <a href="/subscribe">Subscribe for $1 a week</a>.</div>
   <div class="author-bio">{bio}</div>
   <div class="comments-cta"><a href="#comments">View comments</a></div>
  </div>
  <div class="side-col">
   <div class="most-read"><h3>Most read</h3><ol>
{_lis(most_read)}
   </ol></div>
   <div class="ad-slot ad-side"><span class="ad-label">Advertisement</span></div>
   <div class="nl-signup"><b>The Morning Ledger</b> The day's news in five minutes,
   every weekday at 6 a.m. <input type="email" placeholder="Your email">
   <button>Sign up</button></div>
  </div>
 </div>
 <div class="footer">&copy; 2025 The National Ledger Company. 1200 Commerce Street,
 Washington, DC. <a href="/about">About us</a> &middot; <a href="/contact">Contact</a>
 &middot; <a href="/corrections">Corrections</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: KVRT News 9, a local TV station site (<br><br> paragraphs, video, weather).
# --------------------------------------------------------------------------------------

def _tv_site(url: str, title: str, body: str, *, ago: str | None = None,
             reporter: str = "", related: tuple[str, ...] = (), update: str = "") -> str:
    text = "<br><br>\n".join(_paras(body))
    when = f'<span class="ts">{ago}</span>' if ago else ""
    upd = f'<div class="upd"><b>{update}</b></div>' if update else ""
    return f"""<html>
<head>
<title>{title} | KVRT News 9</title>
<meta property="og:site_name" content="KVRT News 9">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="alert-bar">WEATHER ALERT: Frost advisory for inland counties until 9 a.m.</div>
<div class="hdr"><a href="/" class="brand">KVRT <i>NEWS 9</i></a>
 <ul class="menu"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
 <li><a href="/traffic">Traffic</a></li><li><a href="/sports">Sports</a></li>
 <li><a href="/9-investigates">9 Investigates</a></li><li><a href="/live">Watch Live</a></li></ul>
 <div class="wx-mini">41&deg; Cloudy</div>
</div>
<div class="page">
 <div class="story-wrap">
  <h1 class="headline">{title}</h1>
  <div class="meta">By <a href="#">{reporter}</a> {when}</div>
  <div class="video-player"><div class="vp-title">VIDEO: Watch our report</div>
  <div class="vp-ad">Ad &middot; Your video will play after this message</div></div>
  {upd}
  <div class="story-text">
{text}
  </div>
  <div class="share"><a href="#">Share on Facebook</a> | <a href="#">Tweet</a> |
  <a href="#">Copy link</a></div>
  <div class="tip">Have a news tip? Email <a href="#">desk@kvrt9.example</a> or call
  (555) 019-0909.</div>
  <div class="app-promo">Download the KVRT News 9 app for breaking news alerts.</div>
 </div>
 <div class="related"><h4>Related Stories</h4><ul>
{_lis(related)}
 </ul></div>
 <div class="sponsored"><h4>Sponsored</h4><p>Seniors are switching to this simple hearing
 aid trick</p><p>Local roofer reveals what insurers won&#8217;t tell you</p></div>
</div>
<div class="ftr">&copy; 2025 KVRT-TV. All Rights Reserved. FCC Public File | EEO Report |
Closed Captioning Contact</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Ledgerline Markets, a WordPress-like finance blog.
# --------------------------------------------------------------------------------------

def _blog_site(url: str, title: str, body: str, *, date: str | None = None,
               author: str = "", bio: str = "", tags: tuple[str, ...] = (),
               related: tuple[str, ...] = (), disclaimer: bool = True) -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in _paras(body))
    posted = (f'<span class="posted-on"><time class="entry-date published">{date}</time>'
              '</span>') if date else ""
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    disc = ('<p class="disclaimer"><em>This post is for information only and is not '
            'investment advice. The author may hold positions in securities '
            'mentioned.</em></p>') if disclaimer else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledgerline Markets</title>
<meta name="generator" content="WordPress 6.4.2">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/style.min.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Ledgerline
Markets</a></p><p class="site-description">Markets, macro &amp; the money behind the
headlines</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/macro/">Macro</a></li>
<li class="menu-item"><a href="/category/rates/">Rates</a></li>
<li class="menu-item"><a href="/category/commodities/">Commodities</a></li>
<li class="menu-item"><a href="/category/space-economy/">Space Economy</a></li>
<li class="menu-item"><a href="/premium/">Premium</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
<a class="url fn n" href="#">{author}</a></span></span></div></header>
<div class="entry-content">
{paras}
{disc}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-link" href="#">Copy link</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div class="jp-relatedposts"><h3>Related</h3><ul>
{_lis(related)}
</ul></div>
<div id="comments" class="comments-area"><h2 class="comments-title">Leave a Reply</h2>
<p>You must be <a href="/wp-login.php">logged in</a> to post a comment.</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_text">
<h2 class="widget-title">Get the Ledgerline Daily</h2><p>Free, every market day before the
open.</p><form><input type="email" placeholder="Email address"><input type="submit"
value="Subscribe"></form></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledgerline
Markets LLC &middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: Northern Public Broadcasting, a public broadcaster (figure before the lead).
# --------------------------------------------------------------------------------------

def _npb_site(url: str, title: str, body: str, *, updated: str | None = None,
              caption: str = "", section: str = "News", related: tuple[str, ...] = (),
              quote: str = "") -> str:
    ps = _paras(body)
    parts = []
    for i, p in enumerate(ps):
        cls = ' class="intro"' if i == 0 else ""
        parts.append(f"<p{cls}>{p}</p>")
        if i == 4 and quote:
            parts.append(f'<blockquote class="pull-quote"><p>{quote}</p></blockquote>')
    upd = f'<div class="npb-updated">{updated}</div>' if updated else ""
    fig = ""
    if caption:
        fig = (f'<figure class="npb-lead-img"><img src="/img/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NPB News</title>
<meta property="og:site_name" content="NPB News">
<meta property="og:title" content="{title}">
</head>
<body>
<a href="#main-content" class="npb-skip">Skip to content</a>
<div class="npb-consent"><p>Let us know you agree to cookies. We use cookies to give you
the best online experience.</p><button>Yes, I agree</button><button>No, take me to
settings</button></div>
<header class="npb-header"><div class="npb-brand">NPB</div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/iplayer">Watch</a> <a href="/sounds">Listen</a></nav>
<nav class="npb-subnav"><a href="/news/world">World</a> <a href="/news/uk">UK</a>
<a href="/news/business">Business</a> <a href="/news/science">Science</a>
<a href="/news/politics">Politics</a></nav></header>
<main id="main-content">
<div class="npb-section">{section}</div>
<h1 id="main-heading">{title}</h1>
{upd}
<div class="npb-share"><button>Share</button><button>Save</button></div>
{fig}
<div class="npb-article-body">
{"".join(parts)}
</div>
<section class="npb-related"><h2>Related topics</h2><ul>
{_lis(related)}
</ul></section>
<section class="npb-more"><h2>More on this story</h2><p>Listen: the day's headlines in
three minutes.</p></section>
</main>
<footer class="npb-footer"><p>Copyright &copy; 2025 NPB. NPB is not responsible for the
content of external sites. <a href="/accessibility">Accessibility help</a>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact NPB</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: The Lakeshore Gazette, a regional paper with heavy ads (table layout).
# --------------------------------------------------------------------------------------

def _gazette_site(url: str, title: str, body: str, *, date: str | None = None,
                  byline: str = "", photo: str = "", related: tuple[str, ...] = (),
                  correction: str = "") -> str:
    ps = _paras(body)
    cells = []
    for i, p in enumerate(ps):
        cells.append(f'<p class="gz-p">{p}</p>')
        if i % 3 == 2 and i < len(ps) - 1:
            cells.append('<div class="gz-ad"><small>ADVERTISEMENT</small><br>'
                         '<a href="#">Harbor Motors Year-End Clearance &mdash; 0% APR '
                         'for 72 months on select models*</a></div>')
    dline = f'<span class="gz-date">{date}</span>' if date else ""
    ph = f'<div class="gz-photo"><img src="/p/1.jpg" alt=""><br><i>{photo}</i></div>' \
        if photo else ""
    corr = f'<p class="gz-correction"><b>Correction:</b> {correction}</p>' if correction \
        else ""
    return f"""<html>
<head>
<title>{title} | The Lakeshore Gazette</title>
<meta name="keywords" content="news, local, lakeshore">
</head>
<body bgcolor="#ffffff">
<div class="gz-leader"><a href="#">ADVERTISEMENT &mdash; Lakeshore Credit Union: Holiday
loans from 6.99% APR</a></div>
<table width="100%" class="gz-top"><tr><td><a href="/"><b>The Lakeshore Gazette</b></a>
<br><small>Serving the lakeshore since 1889</small></td><td align="right">
<a href="/subscribe">Subscribe</a> | <a href="/e-edition">E-Edition</a> |
<a href="/obits">Obituaries</a> | <a href="/classifieds">Classifieds</a> |
<a href="/login">Log in</a></td></tr></table>
<div class="gz-nav"><a href="/news">News</a> &middot; <a href="/local">Local</a> &middot;
<a href="/state">State</a> &middot; <a href="/nation-world">Nation/World</a> &middot;
<a href="/sports">Sports</a> &middot; <a href="/opinion">Opinion</a></div>
<table width="100%"><tr><td valign="top" width="70%">
<div class="gz-headline"><font size="6"><b>{title}</b></font></div>
<div class="gz-by">{byline} {dline}</div>
{ph}
<div class="gz-story">
{"".join(cells)}
{corr}
</div>
<div class="gz-nl">Get local headlines in your inbox. <a href="/newsletters">Sign up for
the Gazette Daily</a>.</div>
<div class="gz-comments">Comments (14) &mdash; <a href="#">Join the conversation</a></div>
</td><td valign="top" width="30%">
<div class="gz-ad"><small>ADVERTISEMENT</small><br>Lakeshore Dental &mdash; New patients
welcome</div>
<div class="gz-trending"><b>Trending Now</b><ul>
{_lis(related)}
</ul></div>
<div class="gz-ad"><small>ADVERTISEMENT</small><br>Shop local this holiday season</div>
<div class="gz-ad"><small>ADVERTISEMENT</small><br>Dr. Patel Family Medicine</div>
</td></tr></table>
<div class="gz-foot">The Lakeshore Gazette &middot; 88 Front Street &middot; Harbor City
&middot; &copy; 2025 Lakeshore Media Group. All rights reserved.</div>
</body>
</html>
"""



STORIES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------------------------
    # 1. Trade: the Oslo round of US-China talks (Tuesday 14 October 2025).
    # ----------------------------------------------------------------------------------
    _story("trade-XE1", "trade", "2025-10-18", [
        _page("https://www.pacificwire.example/world/us-china-oslo-truce-20251014",
              _wire_site(
                  "https://www.pacificwire.example/world/us-china-oslo-truce-20251014",
                  "US, China extend tariff truce after Oslo talks",
                  """
OSLO (Pacific Wire) &#8212; The United States and China agreed on Tuesday to extend their
tariff truce by 90 days after nearly 11 hours of talks in the Norwegian capital, officials
from both delegations said.

Treasury Secretary Ellen Maddox told reporters that Washington would lower a tariff tied to
fentanyl trafficking to 10% from 20%, while Beijing committed to buy 12 million tonnes of
American soybeans and to pause its new export controls on rare earths for a year.

&#8220;We made real progress on the things that matter to American farmers,&#8221; Maddox
said outside the government guesthouse where the two sides met.

Vice Premier Han Zhiwei, who led the Chinese side, called the meeting &#8220;candid and
constructive&#8221; in brief remarks carried by state television.

The truce, first agreed in Geneva in May, had been due to lapse on Nov.&nbsp;10. It will now
run until Feb.&nbsp;8.

U.S. farm groups had complained for weeks that Chinese buyers had not booked a single cargo
of this year&#8217;s harvest, turning to Brazil instead.

The delegations plan to meet again in Washington in January, a U.S. official said, speaking
on condition of anonymity because the schedule has not been announced.
""",
                  date="2025-10-14T17:52:00Z",
                  credit="Reporting by Anders Lie in Oslo and Mei Tsang in Beijing; "
                         "Editing by Carla Whitby",
                  related=("Japan&#8217;s exports rise 4.2% in September on chip demand",
                           "EU trade ministers to meet in Luxembourg on Oct. 27",
                           "Copper hits two-week high as dollar eases"))),
        _page("https://nationalledger.example/business/2025/10/16/oslo-truce-analysis",
              _ledger_site(
                  "https://nationalledger.example/business/2025/10/16/oslo-truce-analysis",
                  "Analysis: In Oslo, a truce buys time &#8212; but the hard questions on"
                  " trade are still on the table",
                  """
For the fifth time since spring, American and Chinese negotiators sat across a table in a
European capital, and for the fifth time they walked away with something less than a deal
and more than nothing.

The nine hours of talks on Tuesday, held at a government guesthouse on Oslo&#8217;s
Bygd&oslash;y peninsula, produced a 90-day extension of the tariff truce, a cut in one of the
duties Washington imposed this year and fresh Chinese promises on soybeans and rare earths.
Markets, which a week earlier had been bracing for a breakdown, took the news calmly.

To see why the outcome matters, go back to April. After the White House announced its
sweeping &#8220;reciprocal&#8221; tariffs on April&nbsp;2, duties on Chinese goods rose in a
series of tit-for-tat steps until American tariffs reached 145% and Chinese retaliation
125%. Container bookings across the Pacific fell by roughly a third within weeks.

The meeting in Geneva on May&nbsp;12 pulled both sides back from that cliff. Washington cut
its extra duties to 30% and Beijing to 10% for 90 days, a pause that was stretched in August,
after a round in Stockholm, to Nov.&nbsp;10. London in June and Madrid in September filled
in details on export licences and on the fate of a popular video app.

Of the 30% that remained, 20 percentage points were the so-called fentanyl tariff, imposed
in February and March to press Beijing over the chemicals used to make the opioid. Halving
that levy to 10% is the most tangible thing Treasury Secretary Ellen Maddox brought home.
From Nov.&nbsp;10, the combined extra duty on most Chinese goods falls to 20%.

Beijing, for its part, agreed to suspend for one year the export controls on rare-earth
magnets and processing technology it unveiled on Oct.&nbsp;9, rules that had prompted
threats from Washington of an additional 100% tariff.

&#8220;Nobody solved anything in Oslo,&#8221; said Marcus Feldt, a former trade negotiator
now at the Atlantic Commerce Institute. &#8220;What they did was stop the clock, which is
not nothing when the alternative on the table was another 100%.&#8221;

The soybean promise is the one American farmers will watch most closely. China bought about
25 million tonnes of U.S. soybeans in 2024, worth roughly $12.6&nbsp;billion, but had booked
none of this autumn&#8217;s harvest before Tuesday. Under the Oslo terms, Chinese state
buyers are to purchase 20 million tonnes of the new crop by the end of February.

Maddox, speaking to reporters as the talks broke up shortly before 7&nbsp;p.m. local time,
said the agreement showed &#8220;real progress on the issues American farmers care
about.&#8221;

Vice Premier Han Zhiwei, China&#8217;s chief economic envoy, described the talks as
&#8220;candid and constructive&#8221; and, according to the state news agency Xinhua, said
that &#8220;dialogue on an equal footing is the only way forward.&#8221;

Left untouched were the questions that divide the two governments most: American
restrictions on sales of advanced chips, Chinese subsidies to its manufacturers, and the
Section 301 tariffs from 2018 and 2019, which still cover roughly $370&nbsp;billion of Chinese
goods a year.

Nor did Oslo settle the port fees that both countries began charging each other&#8217;s
ships this month, a dispute that shipping lines say has already added about $1&nbsp;million
to the cost of some port calls.

The politics at home are not easy for either side. In Washington, lawmakers from farm
states have pressed the administration for months to get China buying again, while China
hawks in Congress warned that halving the fentanyl tariff rewarded Beijing before the flow of
chemicals had visibly slowed. In Beijing, officials have presented each round as proof that
pressure from Washington can be met without concessions on the things China cares about most.

Business groups mostly want predictability. A survey by the American Chamber of Commerce in
Shanghai last month found that 41% of its members had delayed investment decisions because
of tariff uncertainty, up from 29% a year earlier. A 90-day horizon does little to change
that arithmetic.

The negotiators agreed to meet again in Washington in January, before the extended truce
runs out on Feb.&nbsp;8. Whether that meeting produces a broader agreement or simply another
extension may depend on whether the soybean purchases actually show up in the weekly export
data between now and then.
""",
                  date="2025-10-16T10:00:00Z",
                  byline="Rosalind Achebe",
                  bio="Rosalind Achebe covers international trade for The National Ledger "
                      "from Washington.",
                  kicker="Analysis",
                  read_more="U.S. and Chinese negotiators to meet in Oslo next week",
                  most_read=("Fed&#8217;s vice chair says two more rate cuts possible by "
                             "March",
                             "Magnitude 5.9 quake rattles Crete; no injuries reported",
                             "Senate passes stopgap bill on 52-47 vote",
                             "The 14 best fall hikes within two hours of the capital"))),
        _page("https://ledgerlinemarkets.example/2025/10/oslo-deal-soybeans-tariffs/",
              _blog_site(
                  "https://ledgerlinemarkets.example/2025/10/oslo-deal-soybeans-tariffs/",
                  "Soybeans, tariffs and a 90-day reprieve: what the Oslo deal means for "
                  "markets",
                  """
Tuesday&#8217;s US&#8211;China meeting in Oslo ended the way most of this year&#8217;s
rounds have ended: with an extension rather than a grand bargain. But for a few corners of
the market the details matter a lot, so here is the quick version.

<strong>Tariffs.</strong> Washington will cut the fentanyl-related tariff on Chinese imports
to 10% from 20%, effective November&nbsp;10. That is a 10-percentage-point drop and takes
the extra levy on most Chinese goods to about 20%. The broader truce now runs to
February&nbsp;8.

<strong>Soybeans.</strong> Beijing committed to buy 12 million tonnes of US soybeans
&#8212; roughly 440 million bushels &#8212; by the end of February. Chicago soybean futures
rose 2.1% on Wednesday to $10.48 a bushel, their best close since mid-July. If the cargoes
actually get booked, that is a big help for a crop that has been piling up in elevators.

<strong>Rare earths.</strong> China will pause for a year the export rules on rare-earth
magnets it announced earlier this month. Shares of US magnet makers, which had rallied on the
prospect of a supply squeeze, gave back some of those gains.

Treasury Secretary Ellen Maddox said the deal &#8220;makes real progress on the things that
matter to American farmers.&#8221; China&#8217;s team was led by Vice Premier Han Zhiwei;
the two sides spent about nine hours at the table, according to both delegations.

What didn&#8217;t change: chip export controls, the older Section 301 tariffs and the new
port fees on each other&#8217;s ships. None of that was on Tuesday&#8217;s agenda in a
serious way.

<em>Our take:</em> this is a relief trade, not a regime change. The next round is pencilled
in for Washington in January, and we would not be surprised to see another extension rather
than a comprehensive deal. Keep an eye on the USDA&#8217;s weekly export sales report
&#8212; it is the only hard evidence we will get on whether the soybean promise is real.
""",
                  author="Priya Nandakumar",
                  bio="Priya writes about agricultural commodities and trade policy. She "
                      "spent nine years on a grain trading desk in Chicago.",
                  tags=("China", "Soybeans", "Tariffs", "Trade war"),
                  related=("Corn slips as Brazil&#8217;s safrinha estimate rises to "
                           "118 million tonnes",
                           "Why the dollar fell 1.4% in September",
                           "Fertilizer prices: what 2024&#8217;s spike taught us"))),
        _page("https://www.npb.example/news/world-us-china-oslo-8841207",
              _npb_site(
                  "https://www.npb.example/news/world-us-china-oslo-8841207",
                  "US and China extend trade truce after talks in Oslo",
                  """
The US and China have agreed to extend a pause on steep tariffs for another 90 days after
talks in the Norwegian capital, Oslo.

The talks began at 10:00 local time (09:00 BST) on Tuesday and ran for about nine hours at a
government guesthouse overlooking the Oslofjord.

The American delegation was led by Treasury Secretary Ellen Maddox, alongside trade
representative Jamal Pruitt. China&#8217;s was headed by Commerce Minister Han Zhiwei.

Under the deal, the US will reduce a 20% tariff linked to the trade in fentanyl to 10%, and
China will resume buying American soybeans and halt its latest export controls on rare
earths for 12 months.

Analysts said the extension bought time but left the hardest issues unresolved, including
American restrictions on sales of advanced computer chips to China.

Mr Han said the two sides had held &#8220;candid and constructive&#8221; discussions.

Tariffs between the world&#8217;s two largest economies reached as high as 145% in April
before a first truce was agreed in Geneva in May. That truce had been due to expire on
10&nbsp;November; it now runs until 8&nbsp;February.

Norway&#8217;s foreign minister, Ingrid Solbakken, who hosted the delegations, said her
country was &#8220;glad to offer a quiet room&#8221; to two partners whose trade mattered to
everyone.

Shares in Asia rose on Wednesday morning as investors welcomed the news, with markets in
Hong Kong and Tokyo both higher in early trading.

Farmers&#8217; groups in the US Midwest welcomed the news. &#8220;This is the first good
news we&#8217;ve had since spring,&#8221; said Dale Kettering, who chairs the Iowa Soybean
Growers Council.

Talks are expected to resume in Washington in January.
""",
                  caption="Delegations arrived at the government guesthouse in Oslo on "
                          "Tuesday morning. Photo: NPB",
                  section="World",
                  related=("Norway&#8217;s wealth fund tops $2 trillion",
                           "UK exports to China fell 6% last year",
                           "Trade war: a timeline"))),
    ], [
        ("duration",
         r"\b11 ?(hours?|hrs?|h\b)|eleven hours|660 ?min",
         r"\b(9|nine) ?(hours?|hrs?|h\b)|540 ?min"),
        ("title",
         r"vice[- ]premier",
         r"commerce minister|minister of commerce"),
        ("quantity",
         r"(?<![\d.])12 ?(million|mn|m\b)|12,000,000|440 ?million bushels",
         r"(?<![\d.])20 ?(million|mn|m\b)|20,000,000"),
    ]),
    # ----------------------------------------------------------------------------------
    # 2. Court: Ohio Supreme Court orders a utility refund (Thursday 13 November 2025).
    # ----------------------------------------------------------------------------------
    _story("court-XE2", "court", "2025-11-17", [
        _page("https://www.pacificwire.example/us/ohio-court-utility-refund-20251113",
              _wire_site(
                  "https://www.pacificwire.example/us/ohio-court-utility-refund-20251113",
                  "Ohio top court orders $412 million utility refund",
                  """
COLUMBUS, Ohio (Pacific Wire) &#8212; Ohio&#8217;s Supreme Court on Thursday ordered
Buckeye Grid Power to return $412&nbsp;million to its customers, ruling 5-2 that state
regulators should never have let the utility bill them for a grid upgrade program.

Justice Carla Brenneman, writing for the majority, said the Public Utilities Commission of
Ohio had approved the &#8220;Grid Forward&#8221; charge without evidence that the smart
meters and sensors it paid for were actually in service.

The refund will go to about 1.3&nbsp;million homes and businesses. The charge appeared on
bills from January 2023 until June 2025, when the commission suspended it while the appeal
was pending.

The court sent the case back to the commission and told it to order the refunds within
90&nbsp;days.

Buckeye Grid, a unit of Buckeye Energy Holdings, said it was reviewing the decision.

The Office of the Ohio Consumers&#8217; Counsel, which brought the appeal, called the ruling
&#8220;a win for every family that paid for a grid they never got.&#8221;
""",
                  date="2025-11-13T19:20:00Z",
                  credit="Reporting by Dale Runyon; Editing by Priya Moss",
                  related=("Michigan regulators approve 4.1% rate increase for DTE",
                           "Judge blocks Texas law on social media age checks",
                           "Natural gas futures jump 6% on cold forecast"))),
        _page("https://www.lakeshoregazette.example/news/state/grid-forward-refund-explained",
              _gazette_site(
                  "https://www.lakeshoregazette.example/news/state/"
                  "grid-forward-refund-explained",
                  "How a &#8216;grid of the future&#8217; charge ended in a $412 million "
                  "refund order",
                  """
When the Public Utilities Commission of Ohio approved Buckeye Grid Power&#8217;s
&#8220;Grid Forward&#8221; rider in the fall of 2022, the utility promised smart meters across
its territory by the end of 2024 and fewer, shorter outages for its
1.3&nbsp;million customers.

Three years later the meters are about half installed, and the Supreme Court of Ohio has
ordered the company to hand back every dollar it collected under the charge:
$412&nbsp;million.

The 4-3 decision, released Thursday, is one of the largest refund orders in the
court&#8217;s history and a rare loss for an Ohio utility before the justices.

Ohio&#8217;s power companies have had a rough few years in the courts of law and of public
opinion. The House Bill 6 scandal, which broke in July 2020, exposed a $60&nbsp;million
bribery scheme to pass a nuclear bailout and ended with a former House speaker sentenced to
20 years in federal prison in 2023.

A year before that scandal broke, in 2019, the same court struck down a charge another
utility had collected to modernize its distribution system, one that had brought in roughly
$456&nbsp;million. But the justices said customers could not get the money back, citing a
1957 precedent that bars refunds of rates already collected under a commission order.

That precedent is why Thursday&#8217;s ruling matters. When the commission approved Grid
Forward, it made the charge &#8220;subject to refund&#8221; at the request of the Ohio
Consumers&#8217; Counsel, the state agency that represents residential customers. That
clause, a single line in a 140-page order, is what lets the money flow back this time.

The company had told regulators in 2022 that the program would cost $780&nbsp;million over
six years and install 1.1&nbsp;million smart meters. By June of this year it had installed
about 540,000, according to its own quarterly report.

Writing for the majority, Justice Dana Whitcombe said the commission had &#8220;accepted the
company&#8217;s projections in place of evidence&#8221; that the meters and sensors were used
and useful to customers, as state law requires. She was joined by Chief Justice Maureen
Kilgallen and two other justices.

Justice Thomas Okafor, joined by Justices Lena Voss and Robert Hale, wrote in dissent that
the majority was &#8220;second-guessing a technical judgment the General Assembly entrusted
to the commission.&#8221; He warned that utilities would be slower to invest if approved
charges could be unwound years later.

Okafor also noted that the commission had held 11 days of hearings on the rider in 2022 and
heard from more than a dozen expert witnesses. &#8220;This was not a rubber stamp,&#8221; he
wrote.

The court sent the case back to the commission with instructions to order the refunds within
90 days. Consumers&#8217; Counsel Janine Ortega estimated that the average household would
get back about $300, most likely as bill credits spread over several months rather than as
a check.

&#8220;This is a win for every family that paid for a grid they never got,&#8221; Ortega
said Thursday.

Buckeye Grid spokeswoman Alicia Tran said the company was &#8220;reviewing the
decision&#8221; and considering a motion asking the court to reconsider, which under court
rules must be filed within 10 days. Its parent, Buckeye Energy Holdings, said in a filing
that the refund would not threaten its dividend.

Lawmakers have taken notice. State Sen. Hector Ruiz, a Republican who sits on the energy
committee, said he would introduce a bill in January requiring every future rider to be
collected subject to refund.

A commission spokesman said Friday that staff were studying the opinion and would present
options to the five commissioners at a future meeting.

Other utilities are watching too. At least three of Ohio&#8217;s other electric companies
collect similar grid charges, though lawyers for the Consumers&#8217; Counsel said none of
those charges was approved with the same refund clause.

For households in Harbor City, where Buckeye Grid supplies most homes, the money could
arrive just as winter heating bills peak. Ortega&#8217;s office has put up a page on its
website explaining how the credits will work once the commission sets a schedule.

For customers, the wait is not over. The justices heard arguments in the case in March 2025,
more than two years after the charge first appeared on bills, and the commission has rarely
been quick to act on orders it did not ask for.
""",
                  date="11/15/2025",
                  byline="By Theo Marchetti, Statehouse Bureau |",
                  photo="File photo: A Buckeye Grid Power crew installs a smart meter in "
                        "2023. (Gazette archive)",
                  related=("Harbor City council tables $18M marina plan until spring",
                           "Lakeshore Lions fall 27-24 in overtime",
                           "Route 2 bridge to close nightly through Dec. 19",
                           "Obituary: Margaret &#8216;Peg&#8217; Holloway, 91"))),
        _page("https://www.kvrt9.example/news/ohio-supreme-court-buckeye-grid-refund",
              _tv_site(
                  "https://www.kvrt9.example/news/ohio-supreme-court-buckeye-grid-refund",
                  "Ohio Supreme Court: Buckeye Grid must refund $412M to customers",
                  """
COLUMBUS &#8212; If you are a Buckeye Grid Power customer, money could be coming back to
you.

The Ohio Supreme Court ruled Thursday that the utility must refund <strong>$412
million</strong> it collected through its &#8220;Grid Forward&#8221; charge, a monthly fee
that showed up on bills starting in January 2023.

The vote was 4-3. Justice Carla Brenneman wrote the majority opinion and was joined by three other
justices, including Chief Justice Maureen Kilgallen.

The justices said state regulators approved the charge without proof that the smart meters
it paid for were actually working for customers.

The charge added a few dollars a month to residential bills. When it was approved, Buckeye
Grid said the money would pay for smart meters and sensors meant to spot outages faster.

The case now goes back to the Public Utilities Commission of Ohio, which has 60 days to order
the refunds.

So how much will you get? The Ohio Consumers&#8217; Counsel estimates about $300 for a
typical household. The money is expected to show up as a credit on your bill, not as a
check.

&#8220;Families paid for a grid they never got, and today they won,&#8221; said
Consumers&#8217; Counsel Janine Ortega.

Buckeye Grid serves about 1.3 million homes and businesses. In a statement, the company said
it is reviewing the ruling.

The utility can still ask the Supreme Court to reconsider.

We reached out to the PUCO on Thursday afternoon and have not heard back. News 9 will update
this story when we learn more about the refund schedule.
""",
                  reporter="Jenna Ostrowski",
                  related=("Harbor City schools to add two snow make-up days",
                           "Gas prices fall 11 cents in a week across Ohio",
                           "9 Investigates: Why your electric bill went up in 2024"))),
        _page("https://nationalledger.example/business/2025/11/ohio-utility-riders",
              _ledger_site(
                  "https://nationalledger.example/business/2025/11/ohio-utility-riders",
                  "Ohio court&#8217;s refund order puts utility &#8216;riders&#8217; under"
                  " the microscope",
                  """
Ohio&#8217;s highest court on Thursday ordered Buckeye Grid Power to refund
$412&nbsp;million collected from customers for a grid modernization program, a 4-3 ruling
that consumer advocates hope will change how utilities across the state recover their
costs.

The majority opinion, by Justice Carla Brenneman, found that the Public Utilities Commission
of Ohio (PUCO) had approved the charge without requiring proof that the equipment was
&#8220;used and useful,&#8221; a test written into state law.

In dissent, Justice Thomas Okafor argued that the court was substituting its own judgment
for that of the regulators. Two other justices joined him.

The commission must order the refunds within 90 days, the court said. The money covers
charges collected from January 2023 through June 2025, when the commission suspended the
rider pending the appeal.

Riders, surcharges that let utilities recover particular costs outside a full rate case,
have spread across the country over the past two decades. Utilities in at least a dozen
states recover grid spending this way, and investors have come to treat an approved rider as
close to guaranteed revenue.

&#8220;Investors have treated approved riders as money in the bank,&#8221; said Karen Liu, a
utilities analyst at Westbrook Securities. &#8220;This decision says that is not always
true.&#8221;

Shares of Buckeye Energy Holdings, the utility&#8217;s parent, fell 3.8% on Friday, their
biggest one-day drop since March.

Buckeye Grid, which serves about 1.3 million customers in northern and central Ohio, said it
was reviewing the decision and had not decided whether to seek reconsideration.

The Ohio Consumers&#8217; Counsel, which brought the appeal, said a typical household should
expect roughly $300 back.
""",
                  byline="Marcus Delgado",
                  bio="Marcus Delgado covers energy and utilities.",
                  kicker="Energy",
                  most_read=("Fed minutes show officials split on December move",
                             "Magnitude 5.2 quake shakes Puerto Rico; minor damage",
                             "Justices weigh tariff powers in marathon hearing",
                             "How to read your electric bill"))),
    ], [
        ("vote",
         r"(?<!\d)5 ?[-–—to]+ ?2(?!\d)|five to two|5 votes to 2",
         r"(?<!\d)4 ?[-–—to]+ ?3(?!\d)|four to three|4 votes to 3"),
        ("author",
         r"brenneman",
         r"whitcombe"),
        ("deadline",
         r"(?<!\d)90 ?days?|ninety days|90-day",
         r"(?<!\d)60 ?days?|sixty days|60-day"),
    ]),
    # ----------------------------------------------------------------------------------
    # 3. Central bank: the Bank of England's December decision (Thursday 18 December 2025).
    # ----------------------------------------------------------------------------------
    _story("cb-XE3", "central bank", "2025-12-22", [
        _page("https://www.pacificwire.example/markets/boe-rate-cut-20251218",
              _wire_site(
                  "https://www.pacificwire.example/markets/boe-rate-cut-20251218",
                  "Bank of England cuts rates to 3.75% as economy stalls",
                  """
LONDON (Pacific Wire) &#8212; The Bank of England cut interest rates by a quarter point to
3.75% on Thursday, its first reduction since August, as inflation eased to 3.2% in November
and the economy stalled.

The Monetary Policy Committee voted 7-2 for the cut, with two members preferring to keep
Bank Rate at 4%.

The central bank has now lowered borrowing costs six times since it began easing in August
2024. Unemployment has risen to 5.1%, its highest since early 2021, and the economy shrank by
0.1% in October.

Governor Andrew Bailey said rates were still on a &#8220;gradually declining path&#8221; but
that each further cut would be &#8220;a closer call.&#8221;

The decision, announced at noon London time (1200 GMT), was expected by 27 of 31 economists
polled by Pacific Wire last week. Most of them see one or two more reductions in 2026.

Sterling slipped against the dollar after the announcement, while the yield on two-year
government bonds fell.

The Bank&#8217;s next policy announcement is due on Feb.&nbsp;5, when it will also publish
new economic forecasts.
""",
                  date="2025-12-18T12:09:00Z",
                  credit="Reporting by Hannah Crewe and Sunil Rao; Editing by Tom Aske",
                  related=("ECB holds deposit rate at 2%, sees growth at 1.2% in 2026",
                           "Norway&#8217;s central bank keeps rate at 4%",
                           "Oil steadies near $61 as traders weigh supply glut"))),
        _page("https://ledgerlinemarkets.example/2025/12/boe-cuts-to-3-75-closer-call/",
              _blog_site(
                  "https://ledgerlinemarkets.example/2025/12/boe-cuts-to-3-75-closer-call/",
                  "Bank of England cuts to 3.75%: a closer call than the 7&#8211;2 vote "
                  "suggests",
                  """
The Bank of England did what the market expected on Thursday, trimming Bank Rate by 25 basis
points to 3.75%. The vote was 7&#8211;2. But read the minutes alongside the Governor&#8217;s
press conference and you find a central bank that is edging, slowly, towards the end of its
cutting cycle.

Some context first. Bank Rate peaked at 5.25% in August 2023, after fourteen consecutive
increases that began in December 2021, when it stood at just 0.1%. The first cut of this
cycle came in August 2024, to 5%, and the Bank has since moved roughly once a quarter:
November 2024 (4.75%), February 2025 (4.5%), May 2025 (4.25%) and August 2025 (4%). It held
in September and again in November.

Thursday&#8217;s move takes Bank Rate to its lowest level since early 2023. For anyone who
took out a mortgage in the autumn of 2022, when two-year fixed deals briefly topped 6.5%,
that will feel like a long way down. It is also a long way from the 0.1% that borrowers got
used to in the pandemic.

Inflation is the reason for caution. Consumer prices rose 3.6% in the year to November, down
from 3.8% in October but still well above the 2% target. Services inflation, which the
committee watches most closely because it tracks domestic wage pressure, was 4.4%. Private
sector regular pay growth has slowed to about 3.9%, from more than 6% a year ago.

Activity is the reason for cutting anyway. The economy shrank by 0.1% in October, and
unemployment has climbed to 5.1%, the highest since early 2021. Business surveys in the run-up
to the November 26 Budget were gloomy, and the Bank now expects growth of barely 0.3% in the
final quarter of the year.

&#8220;We still think rates are on a gradually declining path,&#8221; Governor Andrew Bailey
told reporters. &#8220;But with each cut, the decision about further easing becomes a closer
call.&#8221;

That line is doing a lot of work. The minutes show that several of the seven members who
voted to cut described the decision as &#8220;finely balanced,&#8221; and the Bank dropped a
phrase from its November statement that had promised a &#8220;gradual and careful&#8221;
approach to further reductions.

The two dissenters, Megan Greene and Huw Pill, argued that inflation expectations remain too
high to risk easing again before the spring. Both have voted to hold at every meeting since
August.

Markets moved only modestly. The two-year gilt yield fell 4 basis points to 3.71% and
sterling slipped 0.3% against the dollar, to $1.337. The FTSE 250, the index most exposed to
the domestic economy, rose 0.6%.

For borrowers, the cut is mostly priced in already. The average two-year fixed mortgage rate
was 4.83% on Thursday, according to Moneyfacts, little changed over the month. About 600,000
homeowners on tracker mortgages will see payments fall straight away, by roughly &pound;29 a
month on a &pound;200,000 repayment loan.

Savers lose out. The average easy-access savings rate has already slipped to about 2.6%,
below inflation, and is likely to fall further in January.

It is worth remembering how unusual the past four years have been. Inflation peaked at
11.1% in October 2022, the highest in four decades, and spent almost two years above 5%. It
touched the 2% target briefly in May 2024, then climbed back above 3% this year as energy and
water bills and higher employer national insurance contributions fed through to prices.

The Bank&#8217;s own forecasts, published in November, show inflation getting back to 2% only
in the spring of 2027. That gives the hawks a strong argument: cut too fast and the last mile
could take even longer.

The other side of the argument is the labour market. Vacancies have fallen for more than
three years and are now below their pre-pandemic level, and the Bank&#8217;s agents report
that firms are freezing hiring rather than cutting staff. If that turns into layoffs in the
new year, the doves will have the upper hand.

Where next? Markets now price one more quarter-point cut by the summer, which would take Bank
Rate to 3.5%. The next decision is on 5 February, alongside a new Monetary Policy Report with
fresh forecasts. We think February is a hold and the next move comes in March or May, but it
will take only one soft inflation print to change that.
""",
                  date="December 19, 2025",
                  author="Tom Hargreaves",
                  bio="Tom covers UK rates and gilts. Previously an economist at a London "
                      "broker.",
                  tags=("Bank of England", "Gilts", "Interest rates", "UK economy"),
                  related=("Gilt auction cover slips to 2.9 times",
                           "Fed cuts again: what the dot plot says about 2026",
                           "Why UK services inflation is stuck above 4%"))),
        _page("https://www.npb.example/news/business-boe-rates-8911034",
              _npb_site(
                  "https://www.npb.example/news/business-boe-rates-8911034",
                  "Bank of England cuts interest rates to 3.75%",
                  """
The Bank of England has cut interest rates from 4% to 3.75%, its first cut since August, as
inflation continues to ease.

The Bank&#8217;s nine-member Monetary Policy Committee voted by seven votes to two for the
reduction. Catherine Mann and Huw Pill voted to keep rates unchanged.

Inflation, as measured by the Consumer Prices Index, was 3.6% in November, down from 3.8% in
October. That is still well above the Bank&#8217;s 2% target.

Governor Andrew Bailey said rates were likely to keep falling gradually, but that each
decision from now on would be a &#8220;closer call&#8221;.

The cut will be welcome news for about 600,000 households on tracker mortgages, whose
monthly payments will fall almost immediately. Most homeowners, though, are on fixed-rate
deals.

Lenders had already trimmed many fixed-rate deals in anticipation of the move, so the
average two-year fix, at about 4.8%, is unlikely to fall much further in the short term.

Recent figures showed the economy shrank by 0.1% in October, while unemployment has risen to
5.1%. Economists expect one or two further cuts next year, depending on how quickly price
rises slow.

A Treasury spokesperson said the decision would &#8220;help families with the cost of
living&#8221;.

Savers&#8217; groups warned that the rates offered on easy-access accounts had already fallen
below inflation.

The cut follows months of debate on the committee about whether inflation was falling fast
enough to justify lower borrowing costs.

Interest rates are now at their lowest level in nearly three years. They peaked at 5.25% in
2023.

The Bank&#8217;s next rate decision is due on 5 February.
""",
                  updated="Updated 13:40 GMT",
                  caption="File photo: The Bank of England on Threadneedle Street in the City "
                          "of London",
                  section="Business",
                  quote="&#8220;Each decision from here will be a closer call&#8221; "
                        "&#8212; Andrew Bailey",
                  related=("Mortgage calculator: how will the rate cut affect me?",
                           "UK unemployment rises to 5.1%",
                           "What is the Bank Rate and why does it matter?"))),
        _page("https://nationalledger.example/world/2025/12/bank-of-england-cut",
              _ledger_site(
                  "https://nationalledger.example/world/2025/12/bank-of-england-cut",
                  "Bank of England trims rates as U.K. economy stalls",
                  """
LONDON &#8212; The Bank of England lowered its benchmark interest rate by a quarter of a
percentage point to 3.75% on Thursday, betting that a stalling economy matters more than
inflation that is still running well above its goal.

The decision, announced at 7 a.m. Eastern time, was the Bank&#8217;s first cut since
August. Seven of the nine members of its Monetary Policy Committee backed the move; Catherine
Mann and Huw Pill, two of the panel&#8217;s more hawkish members, wanted to keep the rate at
4%.

British consumer prices rose 3.6% in the year through November, the fastest pace among the
Group of Seven economies.

Inflation peaked at 11.1% in October 2022, and the Bank has now cut rates six times since it
began easing in August 2024.

The move put the Bank out of step with the European Central Bank, which left its deposit rate
at 2% on Thursday, and in step with the Federal Reserve, which last week lowered its
benchmark by a quarter point to a range of 3.5% to 3.75%.

Governor Andrew Bailey said further reductions were likely but not guaranteed. &#8220;Each
further cut becomes a closer call,&#8221; he told reporters in London.

Britain&#8217;s economy shrank 0.1% in October, and the unemployment rate has risen to 5.1%.
The government&#8217;s budget last month raised taxes on property and savings income while
cutting some energy levies, measures the Bank expects to lower inflation next year.

Investors expect one more cut in the first half of 2026. The Bank&#8217;s next decision is
due Feb.&nbsp;12.
""",
                  byline="Eleanor Vance",
                  bio="Eleanor Vance is The National Ledger&#8217;s London correspondent.",
                  kicker="World",
                  most_read=("Fed&#8217;s Powell: &#8216;We are well positioned to wait&#8217;",
                             "Japan raises rates to 0.75%, highest in 30 years",
                             "Holiday travel: record 122 million expected on the roads"))),
    ], [
        ("inflation",
         r"(?<![\d.])3\.2 ?(%|percent|per cent|pct)",
         r"(?<![\d.])3\.6 ?(%|percent|per cent|pct)"),
        ("dissenter",
         r"\bmann\b",
         r"greene"),
        ("date",
         r"feb(ruary)?\.? ?0?5\b|\b0?5(th)? feb|2026-02-05",
         r"feb(ruary)?\.? ?12\b|\b12(th)? feb|2026-02-12"),
    ]),
    # ----------------------------------------------------------------------------------
    # 4. Rocket: third flight of Meridian Launch's methane-fuelled Halcyon (22 Nov 2025).
    # ----------------------------------------------------------------------------------
    _story("rocket-XE4", "rocket", "2025-11-26", [
        _page("https://www.pacificwire.example/science/meridian-halcyon-third-flight",
              _wire_site(
                  "https://www.pacificwire.example/science/meridian-halcyon-third-flight",
                  "Meridian&#8217;s Halcyon rocket reaches orbit, lands booster on third try",
                  """
CAPE CANAVERAL, Fla. (Pacific Wire) &#8212; Meridian Launch&#8217;s methane-fueled Halcyon
rocket reached orbit on Saturday night on its third flight, and its first-stage booster,
B1004, landed on a ship in the Atlantic for the first time.

The 62-meter (203-foot) rocket lifted off at 8:47 p.m. EST (0147 GMT Sunday) from Launch
Complex 16 at Cape Canaveral Space Force Station.

Its upper stage went on to release two small satellites for paying customers, the company
said.

The booster touched down on the company&#8217;s drone ship, Steady Hand, a milestone
Meridian had described before the flight as its main goal.

The Federal Aviation Administration cleared the launch on Nov.&nbsp;14 after closing its
investigation into the July flight.

The first Halcyon broke apart 74 seconds into flight in March, and the second lost its
booster in a failed landing in July.

&#8220;Tonight the rocket did everything we asked of it,&#8221; Chief Executive Leif
Sandberg said on the company&#8217;s webcast.

Meridian, which is privately held, plans to fly Halcyon again in the first quarter of 2026.
""",
                  date="2025-11-23T02:31:00Z",
                  credit="Reporting by Joey Roulette-Kim; Editing by Sandra Maler-Ortiz",
                  related=("China launches Shenzhou crew ship to Tiangong station",
                           "Rocket Lab&#8217;s Electron flies 20th mission of the year",
                           "ESA ministers agree record 22 billion euro budget"))),
        _page("https://www.npb.example/news/science-meridian-halcyon-analysis-8870311",
              _npb_site(
                  "https://www.npb.example/news/science-meridian-halcyon-analysis-8870311",
                  "Third time lucky: what Meridian&#8217;s Halcyon flight means for the race"
                  " to build reusable methane rockets",
                  """
For a company that watched its first rocket break apart over the Atlantic eight months ago,
Saturday night was a vindication. Meridian Launch&#8217;s Halcyon lifted off from Cape
Canaveral at 20:47 local time &#8212; 01:47 GMT on Sunday &#8212; and, for the first time,
ticked every box on its checklist.

Its first stage, the booster known as B1003, flew back and landed on the company&#8217;s
drone ship, Steady Hand, about eight minutes after liftoff. Less than an hour later the upper
stage released its two customer satellites.

Methane has become the fuel of choice for the next generation of rockets. SpaceX&#8217;s
Starship and Blue Origin&#8217;s New Glenn both burn it, and in July 2023 China&#8217;s
Zhuque-2 became the first methane-fuelled rocket to reach orbit. It is cheap, it stores more
easily than hydrogen and, crucially for engines meant to fly again, it burns without leaving
the sooty residue that kerosene does.

Meridian was founded in 2018 by a group of propulsion engineers in Texas and moved to Florida
three years later. It has raised about $1.1&nbsp;billion from investors and employs roughly
900 people. Halcyon&#8217;s first stage is powered by nine of its Wren engines, which burn
liquid methane and liquid oxygen; the upper stage uses a single Wren adapted for vacuum.

The road to Saturday was not smooth. The first Halcyon flew on 29 March. A fuel leak in the
engine bay started a fire, and the vehicle broke apart 74 seconds after liftoff, scattering
debris into the sea off the Florida coast.

The second flight, on 16 July, did better: the upper stage reached orbit. But it failed to
relight for a planned second burn, and the booster, attempting its first landing, toppled
into the ocean after one of its four legs failed to lock.

The US Federal Aviation Administration closed its investigation into that flight on
14 November, clearing the way for Saturday&#8217;s attempt. Meridian said it had redesigned
the leg latches and changed the way the upper stage keeps its propellant settled in
weightlessness.

This time the upper stage relit as planned and placed the two satellites, an Earth-imaging
demonstrator and a radio-relay test craft, into an orbit roughly 350 kilometres (217 miles)
above the Earth.

&#8220;Tonight, the rocket did everything we asked it to do,&#8221; chief executive Leif
Sandberg said on the company&#8217;s webcast, as employees cheered behind him.

The commercial stakes are high. Meridian says it has signed contracts for 14 launches,
priced at about $28&nbsp;million each, and that it needs to reuse boosters to make money at
that price. A rocket that flies once and is thrown away, its executives like to say, is an
expensive firework.

Not everyone is ready to celebrate. &#8220;One good flight is not a cadence,&#8221; said
Cassandra Yi, an analyst at Polaris Space Advisory. &#8220;The question for customers is
whether Meridian can do this every month, not whether it can do it once.&#8221;

Competition is fierce. Several other start-ups in the United States, Europe and China are
building methane rockets of a similar size, and at least two of them hope to attempt booster
landings in 2026.

The Space Force is watching as well. Meridian is one of several companies hoping to join the
military&#8217;s roster of approved launch providers, a status that requires a string of
successful flights before a rocket can carry national security payloads. Saturday&#8217;s
flight counts towards that total; the two earlier ones do not.

There are also questions about what happens to the booster next. Engineers will spend weeks
inspecting B1003 after it returns to port, looking for heat damage to its engines and to the
grid fins that steer it on the way down. The company has not said how many times it expects
each booster to fly, though executives have talked about a target of ten.

For the people of Florida&#8217;s Space Coast, who have grown used to several launches a
week, Halcyon&#8217;s flight was one more streak of light over the Atlantic. For
Meridian&#8217;s 900 employees, it was the night the company stopped being a start-up with a
rocket and became a launch provider.

Meridian says the next Halcyon will fly in the first quarter of 2026 and that it intends to
refly booster B1003 before the end of next year.
""",
                  caption="Courtesy Meridian Launch: Halcyon lifts off from Cape Canaveral on "
                          "its third flight",
                  section="Science",
                  quote="&#8220;One good flight is not a cadence&#8221; &#8212; Cassandra Yi",
                  related=("How do reusable rockets land?",
                           "Europe&#8217;s Ariane 6 completes fourth flight",
                           "The race to build a Moon lander"))),
        _page("https://www.kvrt9.example/news/meridian-rocket-lands-third-try",
              _tv_site(
                  "https://www.kvrt9.example/news/meridian-rocket-lands-third-try",
                  "WATCH: Meridian rocket sticks the landing on third try",
                  """
CAPE CANAVERAL, Fla. &#8212; Third time was the charm for Meridian Launch.

The company&#8217;s Halcyon rocket launched at 8:47 p.m. Saturday from Launch Complex 16 at
Cape Canaveral Space Force Station, lighting up the sky along the Space Coast.

Then came the moment the company had been waiting for. The rocket&#8217;s first-stage
booster touched down on the drone ship Steady Hand out in the Atlantic at 9:05 p.m.

It was the first time Meridian has landed a booster. On the company&#8217;s second flight
in July, the booster tipped over into the ocean during its landing attempt.

Meridian&#8217;s first Halcyon broke apart over the ocean in March, just over a minute after
liftoff. The Federal Aviation Administration had to sign off before Saturday&#8217;s flight
after reviewing what went wrong in July.

The rocket&#8217;s upper stage went on to reach orbit, about 330 miles up, and release two
satellites.

&#8220;Tonight the rocket did everything we asked of it,&#8221; CEO Leif Sandberg said on
the company&#8217;s livestream.

Halcyon stands about 200 feet tall and burns liquid methane and liquid oxygen, a
combination that is becoming popular with companies that want to reuse their rockets.

Meridian says it plans to launch Halcyon again early next year. You can find upcoming
launches on our Space Coast launch schedule page.

If you missed it, you can watch the full launch and landing in the video at the top of this
story.

Viewers from Titusville to Melbourne sent us their photos and videos of the launch. You can
send yours through the KVRT News 9 app.
""",
                  ago="Published Nov. 22, 2025 at 10:12 PM EST",
                  reporter="Marco Delane",
                  related=("PHOTOS: Your pictures of Saturday night&#8217;s launch",
                           "Space Coast launch schedule: what is flying in December",
                           "Brevard County to add 3 new beach access points"))),
        _page("https://ledgerlinemarkets.example/2025/11/meridian-halcyon-funding/",
              _blog_site(
                  "https://ledgerlinemarkets.example/2025/11/meridian-halcyon-funding/",
                  "Meridian&#8217;s clean Halcyon flight could unlock its next funding round",
                  """
Meridian Launch finally has the flight it needed. Saturday night&#8217;s third launch of its
methane-fuelled Halcyon rocket reached orbit, deployed two customer payloads and, crucially
for the economics, brought booster B1003 back to the drone ship <em>Steady Hand</em> about
eight minutes after liftoff, at 8:55 p.m. EST.

The upper stage delivered its two satellites to a 530-kilometer orbit. For a rocket whose
second flight ended with an upper stage that would not relight and a booster at the bottom
of the Atlantic, that is a very different story to tell investors.

And Meridian will be telling it soon. The company, still private, raised $310 million in May
at a valuation of about $4.2 billion, and people familiar with its plans have said it wants
to raise again in the first half of 2026. A failed third flight would have made that round
painful. A clean one changes the conversation.

<strong>Why reuse is the whole game.</strong> Meridian lists Halcyon at about $28 million
per launch. At that price it cannot afford to throw away nine engines every time it flies.
The company has said that reusing a booster ten times would cut its marginal cost per launch
by more than half.

<strong>What to watch.</strong> The next Halcyon is due in the first quarter of 2026. If
Meridian can refly a booster within six months, the reuse math starts to look real; if it
takes a year, investors will start asking questions.

Chief executive Leif Sandberg said on the webcast that the rocket &#8220;did everything we
asked of it.&#8221; The market will want to hear that a few more times.
""",
                  author="Dev Malhotra",
                  bio="Dev follows the space economy and private aerospace valuations.",
                  tags=("Meridian Launch", "Space economy", "Private markets"),
                  related=("Satellite broadband: is 2026 the year of the price war?",
                           "Three space SPACs, three years on",
                           "Launch prices per kilogram, 2010&#8211;2025"))),
    ], [
        ("booster",
         r"1004",
         r"1003"),
        ("landing time",
         r"(?<!\d)0?9:05|21:05|02:05",
         r"8:55|20:55|01:55|eight minutes|\b8 ?min"),
        ("orbit altitude",
         r"(?<![\d.])530[- ]?(km|kilomet)|\b3[23]\d[- ]?mi",
         r"(?<![\d.])350[- ]?(km|kilomet)|(?<![\d.])217[- ]?mi"),
    ]),
    # ----------------------------------------------------------------------------------
    # 5. Earthquake: M6.5 in southern Peru (Wednesday 3 December 2025).
    # ----------------------------------------------------------------------------------
    _story("quake-XE5", "earthquake", "2025-12-07", [
        _page("https://www.pacificwire.example/world/peru-quake-20251203",
              _wire_site(
                  "https://www.pacificwire.example/world/peru-quake-20251203",
                  "Magnitude 6.5 quake kills seven in southern Peru",
                  """
LIMA (Pacific Wire) &#8212; A magnitude 6.5 earthquake struck southern Peru before dawn on
Wednesday, killing seven people and destroying hundreds of adobe homes, officials said.

The quake hit at 4:12 a.m. local time (0912 GMT) about 22 km (14 miles) southwest of the
town of Acar&iacute; in the Arequipa region, at a depth of 38 km, the U.S. Geological Survey
said.

Five of the dead were in Acar&iacute; district and two in the neighboring district of Yauca,
regional authorities said. More than 140 people were injured, according to Peru&#8217;s
civil defense institute.

Peru&#8217;s navy said there was no tsunami threat to the coast.

The government declared a state of emergency in the affected districts.

The shaking was felt in Lima, about 480 km (300 miles) to the northwest, where some
residents ran into the streets in their nightclothes.

Peru lies on the Pacific &#8220;Ring of Fire.&#8221; In 2007, a magnitude 8.0 quake near
the coastal city of Pisco killed more than 500 people.
""",
                  date="2025-12-03T12:40:00Z",
                  credit="Reporting by Marco Aquino-Vela; Writing by Lucia Ferraz; Editing by "
                         "Bill Haynes",
                  related=("Chile copper output falls 3% in October",
                           "Magnitude 5.1 quake shakes Mindanao; no damage reported",
                           "Brazil central bank holds Selic at 15%"))),
        _page("https://nationalledger.example/world/2025/12/05/peru-quake-adobe-analysis",
              _ledger_site(
                  "https://nationalledger.example/world/2025/12/05/peru-quake-adobe-analysis",
                  "Peru&#8217;s deadly quake exposes the old weakness of adobe on a restless "
                  "coast",
                  """
The earthquake that shook southern Peru before dawn on Wednesday lasted well under a minute.
It was long enough to bring down roofs across a string of farming villages in the Arequipa
region, where most homes are still built of sun-dried mud brick.

Seven people died, five of them in the district of Acar&iacute;, and more than 140 were
injured. Peru&#8217;s civil defense institute, known by its Spanish initials INDECI, said on
Thursday that about 600 homes had been destroyed or left uninhabitable and that roughly
1,900 more were damaged.

The U.S. Geological Survey put the magnitude at 6.5 and the depth at 38 kilometers
(24 miles), a moderate depth that spreads strong shaking over a wide area. The quake struck
at 3:12 a.m., when nearly everyone was asleep indoors.

Peru sits above one of the most active plate boundaries on the planet. Off its coast, the
Nazca plate dives beneath the South American plate at roughly 7 centimeters (2.8 inches) a
year, and the strain builds until the crust gives way.

The country&#8217;s memory of that process is long and painful. In May 1970, a magnitude 7.9
quake off Chimbote shook loose an avalanche from the peak of Huascar&aacute;n that buried the
town of Yungay; together they killed about 70,000 people. In June 2001, a magnitude 8.4
quake off the coast of Arequipa killed more than 100 people, many of them in the tsunami
that followed. And in August 2007, a magnitude 8.0 quake near Pisco killed 519 people and
flattened much of that city&#8217;s center.

This stretch of coast has shaken before, too. In January 2018, a magnitude 7.1 quake offshore
killed two people and damaged hundreds of homes in the same valleys.

Smaller quakes are so common here that many residents barely stir for them. Peru records
dozens of tremors strong enough to be felt every month, and most do no harm at all, which
makes it easy to put off the work of reinforcing a house.

About 40% of homes in the region&#8217;s rural districts are made of adobe or rammed earth,
according to census data, and few have the cane or wire-mesh reinforcement that engineers
have promoted for decades as a cheap way to keep walls standing.

Peru adopted its first seismic building standard in 1977 and has tightened it several times
since. But enforcement outside the big cities is patchy at best, and most rural homes are
built by their owners, without permits or engineers.

&#8220;The houses that fell on Wednesday are the houses everyone knew would fall,&#8221; said
Marisol Quispe, a structural engineer at the National University of San Agust&iacute;n in
Arequipa. &#8220;Reinforcing an adobe house costs a few hundred dollars. Rebuilding one costs
thousands.&#8221;

The epicenter lay about 22 kilometers southwest of Chala, according to the USGS. Peru&#8217;s
geophysical institute recorded more than 30 aftershocks by Thursday evening, the strongest
of them magnitude 4.8.

The government declared a 60-day state of emergency in 12 districts, freeing money for
shelter, drinking water and road repairs. Landslides had cut the main road into the
Acar&iacute; valley for most of Wednesday, and army trucks carrying tents did not reach the
worst-hit villages until Thursday morning.

Families who lost their homes spent two nights in the open or under plastic sheeting. The
regional government said it had handed out about 2,000 tents and was setting up three water
stations.

Health officials worry about what comes next. Nights in the valleys fall to about
8 degrees Celsius (46 degrees Fahrenheit) at this time of year, and doctors from the
hospital in Nazca said they were already treating children with respiratory infections among
the families sleeping outdoors.

The quake also damaged two irrigation canals that feed the valley&#8217;s olive groves and
cotton fields, the regional agriculture office said, leaving farmers unsure whether they can
water their crops before the dry season peaks.

Scientists at the geophysical institute cautioned that Wednesday&#8217;s quake did not release
most of the strain stored along this part of the coast. A much larger rupture remains
possible at any time, they say, and the question is whether the houses standing in its way
will be any stronger than the ones that fell this week.

Peru has no shortage of plans for making rural housing safer. What it has lacked is the
money and the patience to carry them out one village at a time, long after the aftershocks
have stopped and the television crews have gone home.
""",
                  date="2025-12-05T11:00:00Z",
                  byline="Gabriela Soto",
                  bio="Gabriela Soto is The National Ledger&#8217;s Andes correspondent, based "
                      "in Lima.",
                  kicker="World",
                  read_more="Map: Where the world&#8217;s deadliest earthquakes have struck "
                            "since 1900",
                  box="<b>By the numbers</b><br>Magnitude: 6.5<br>Depth: 38 km (24 mi)<br>"
                      "Dead: 7<br>Injured: more than 140",
                  most_read=("Magnitude 5.6 quake off Japan prompts brief tsunami advisory",
                             "Chile votes in presidential run-off on Dec. 14",
                             "Opinion: Why building codes fail where they matter most"))),
        _page("https://www.npb.example/news/world-latin-america-peru-quake-8929915",
              _npb_site(
                  "https://www.npb.example/news/world-latin-america-peru-quake-8929915",
                  "Peru earthquake: Seven killed as 6.5 quake hits south of country",
                  """
At least seven people have been killed and more than 140 injured after a magnitude 6.5
earthquake struck southern Peru early on Wednesday 3 December.

The quake hit at 03:12 local time (08:12 GMT), about 22km (14 miles) south-west of the town
of Acar&iacute; in the Arequipa region, according to the US Geological Survey. It struck at a
depth of 38km.

Five of the victims died in Acar&iacute; district, where dozens of adobe houses collapsed, and
two in neighbouring Yauca.

Acar&iacute;&#8217;s mayor, Rosa Huaman&iacute;, told local radio: &#8220;Half the town is
sleeping in the street. We need tents and we need water.&#8221;

Photographs shared on social media showed adobe walls reduced to heaps of earth and roof
beams lying across the streets of Acar&iacute;. Landslides blocked the main road into the
valley for much of the day, slowing the arrival of rescue teams.

More than 30 aftershocks were recorded, the strongest of magnitude 4.8, according to the
Geophysical Institute of Peru (IGP).

Peru&#8217;s civil defence institute said hundreds of homes had been destroyed or badly
damaged, most of them built of adobe, and that army trucks were carrying tents, blankets and
drinking water to the worst-hit villages.

Peru&#8217;s navy ruled out a tsunami warning for the coast.

The government has declared a 60-day state of emergency in 12 districts.

The tremor was felt hundreds of kilometres away in the capital, Lima.

Peru lies on the Pacific &#8220;Ring of Fire&#8221;, an arc of intense seismic activity.
In 2007 a magnitude 8.0 earthquake near the city of Pisco killed more than 500 people.
""",
                  caption="Residents of Acar&iacute; inspect a collapsed adobe house. Courtesy of"
                          " the Arequipa regional government",
                  section="Latin America",
                  related=("Peru&#8217;s Congress approves 2026 budget",
                           "How do earthquakes happen?",
                           "Ecuador volcano eruption forces 2,000 from homes"))),
        _page("https://www.lakeshoregazette.example/news/local/peru-quake-harbor-city-family",
              _gazette_site(
                  "https://www.lakeshoregazette.example/news/local/"
                  "peru-quake-harbor-city-family",
                  "Quake in southern Peru kills 7; Harbor City family waits for word from home",
                  """
For Luc&iacute;a Ccori and her husband, Ernesto, who run a bakery on Front Street, the news
came by phone at 3:30 a.m. Wednesday, Dec.&nbsp;3.

A magnitude 6.5 earthquake had struck southern Peru at 3:12 a.m. local time &#8212; the same
time on the clock here in Ohio &#8212; about 22 kilometers southwest of Acar&iacute;, the
small farming town where Ccori&#8217;s mother and two brothers live.

&#8220;My cousin called and said, &#8216;The house is down, the house is down,&#8217; and
then the line went dead,&#8221; Ccori said Thursday, standing behind the counter of
<em>Panader&iacute;a Ccori</em>. &#8220;For six hours we did not know anything.&#8221;

Her mother, 71, was unhurt. So were her brothers. But the family&#8217;s adobe home, built by
her grandfather, collapsed, along with hundreds of others in the region.

Peru&#8217;s civil defense agency said about 600 homes were destroyed or left uninhabitable.
Ccori said she plans to fly to Lima and travel south by bus to help rebuild.
&#8220;My mother says she will sleep in the yard until the house is standing again,&#8221;
she said.

Seven people were killed and more than 140 were injured, according to Peruvian authorities.
The quake&#8217;s focus was about 24 miles below the surface.

St.&nbsp;Brendan&#8217;s Parish on Lake Avenue, where many of Harbor City&#8217;s roughly 300
Peruvian-American families worship, is collecting money for rebuilding through Dec.&nbsp;21.
Donations can be dropped off at the parish office or made online.

&#8220;We are a long way from Acar&iacute;,&#8221; said the Rev. Thomas Mulcahy.
&#8220;But we are not far from these families.&#8221;
""",
                  byline="By Kayla Brandt, Gazette Staff",
                  photo="Luc&iacute;a Ccori shows a photo of her mother&#8217;s house in "
                        "Acar&iacute;, Peru. (Gazette photo)",
                  related=("Harbor City mayoral run-off set for Tuesday, Dec. 9",
                           "Lake-effect snow: up to 14 inches possible east of the city",
                           "Route 2 bridge to close nightly through Dec. 19"),
                  correction="An earlier version of this story misspelled the name of "
                             "Ernesto Ccori.")),
    ], [
        ("time",
         r"(?<!\d)0?4:12|09:12|\b0912",
         r"(?<!\d)0?3:12|08:12|\b0812"),
        ("place",
         r"acar[ií]",
         r"chala"),
    ]),
    # ----------------------------------------------------------------------------------
    # 6. Election (control story): Harbor City mayoral run-off (Tuesday 9 December 2025).
    # ----------------------------------------------------------------------------------
    _story("election-XE6", "election", "2025-12-12", [
        _page("https://www.pacificwire.example/us/harbor-city-mayor-runoff-20251209",
              _wire_site(
                  "https://www.pacificwire.example/us/harbor-city-mayor-runoff-20251209",
                  "Ruiz-Coleman wins Harbor City mayoral run-off",
                  """
HARBOR CITY, Ohio (Pacific Wire) &#8212; City council member Dana Ruiz-Coleman won the
run-off for mayor of Harbor City on Tuesday, defeating former police chief Mark Ellery to
become the first Latina to lead the Lake Erie port city.

With 94% of vote centers reporting, Ruiz-Coleman had 52.2% of the vote to Ellery&#8217;s
47.8%, according to the Shoreline County Board of Elections.

Ellery conceded shortly after 10:30 p.m., about three hours after polls closed at 7:30 p.m.
(0030 GMT Wednesday).

Neither candidate won a majority in the Nov.&nbsp;4 general election, which forced a run-off
under the city charter. Ruiz-Coleman led that first round with 38.1%.

Ellery, 58, retired as the city&#8217;s police chief in 2023 after six years in the job.

She will succeed Mayor Bill Tennant, who was barred by term limits from seeking a third
term, when she is sworn in on Jan.&nbsp;5.

&#8220;Harbor City voted tonight for the city we want to build together,&#8221;
Ruiz-Coleman told cheering supporters at a downtown ballroom.
""",
                  date="2025-12-10T03:58:00Z",
                  credit="Reporting by Nate Billings; Editing by Rosa Quint",
                  related=("Miami elects first Democratic mayor in nearly 30 years",
                           "Georgia utility commission run-off draws 14% turnout",
                           "Ohio unemployment rate holds at 4.9%"))),
        _page("https://www.lakeshoregazette.example/news/local/ruiz-coleman-runoff-analysis",
              _gazette_site(
                  "https://www.lakeshoregazette.example/news/local/"
                  "ruiz-coleman-runoff-analysis",
                  "Analysis: How Dana Ruiz-Coleman turned a first-round lead into City Hall",
                  """
Five weeks ago, Dana Ruiz-Coleman finished first in a five-candidate field with 38.1% of the
vote, and nobody at City Hall was quite sure what that meant. On Tuesday it turned out to
mean a great deal.

The two-term District 4 council member beat former Police Chief Mark Ellery in the mayoral
run-off by 61,832 votes to 56,170, according to final unofficial results from the Shoreline
County Board of Elections. That is 52.4% to 47.6%, a margin of 5,662 votes, or 4.8
percentage points.

Turnout was 31.2%: 118,002 ballots out of 378,200 registered voters. That is low by the
standards of a presidential year but high for a December run-off, which usually draws a
sliver of the electorate.

In the Nov.&nbsp;4 first round, Ellery finished second with 29.4%, and businessman Victor
Amsel was third with 18.7%. The remaining 13.8% was split between two minor candidates.
Amsel declined to endorse anyone, and precinct results suggest his voters split almost down
the middle.

Harbor City has not had an open mayoral race since 2017, when Bill Tennant, then a county
commissioner, won his first term with 55.3% of the vote. He was re-elected in 2021 with 61.0%
against a little-known challenger. The city charter limits mayors to two consecutive
four-year terms.

The run-off is a relatively new feature of city politics. Voters added it to the charter in
2006, a year after a mayor was elected with just 34% of the vote in a six-way race. This is
only the third time it has been used; the run-offs of 2009 and 2013 drew turnout of 22% and
19%.

Ruiz-Coleman carried seven of the city&#8217;s 10 council districts. She ran up big margins
on the west side and in the neighborhoods around the port, while Ellery won the lakefront
districts and the northeast side, where he has lived for three decades.

Money was closer than the result. Ruiz-Coleman raised about $1.4&nbsp;million and Ellery
about $1.1&nbsp;million, according to pre-election finance reports, and outside groups spent
at least $600,000 more, most of it on Ellery&#8217;s behalf.

The city she inherits is smaller and poorer than the one her predecessors ran. Harbor
City&#8217;s population peaked at about 260,000 in 1970; the 2020 census counted just over
210,000. The median household income is about $48,000, well below the state figure, and the
port, once the largest employer, handles less than half the tonnage it did in the 1990s.

Tennant leaves with solid approval ratings but a mixed record. He balanced eight budgets,
rebuilt the Route 2 interchange and brought a battery plant to the old steel site, but the
homicide rate rose during his second term, a fact Ellery mentioned at every debate.

The campaign turned on the port, the police and the budget. Ellery, who led the police
department for six years before retiring in 2023, promised to hire 80 more officers.
Ruiz-Coleman, a former public-school teacher, promised to revive the $18&nbsp;million marina
redevelopment that the council put off until spring, a plan Ellery called &#8220;a luxury
the city cannot afford.&#8221;

&#8220;I called Dana and congratulated her,&#8221; Ellery told supporters at the Ironworkers
Union Hall shortly after 10:30 p.m. &#8220;She&#8217;ll have my help, and she&#8217;ll have
my phone number.&#8221;

Across town at the Lighthouse Ballroom, Ruiz-Coleman, 46, told a crowd of several hundred:
&#8220;Harbor City voted tonight for the city we want to build together.&#8221; She will be
the city&#8217;s first Latina mayor.

The board of elections is expected to certify the results by Dec.&nbsp;23. Ruiz-Coleman takes
office Jan.&nbsp;5, and her first big test &#8212; a $312&nbsp;million general fund budget with
an $11&nbsp;million hole in it &#8212; is due to the council by March&nbsp;1.

What she does in her first 100 days will say a lot about whether the coalition that elected
her holds. She has promised to name a new police chief by the end of February and to publish
a port plan by summer. Her allies hold six of the council&#8217;s 10 seats, which should make
the first part of that agenda easier than the second.

Ellery, for his part, said he had no plans to run for anything else. &#8220;I&#8217;m going
to rake some leaves and take my grandkids fishing,&#8221; he said Wednesday. &#8220;The city
is in good hands, and I mean that.&#8221;
""",
                  date="12/11/2025",
                  byline="By Anne Kowalczyk, City Hall Reporter |",
                  photo="Dana Ruiz-Coleman greets supporters at the Lighthouse Ballroom on "
                        "election night. (Gazette photo)",
                  related=("Harbor City council tables $18M marina plan until spring",
                           "Lake-effect snow: up to 14 inches possible east of the city",
                           "Lakeshore Lions roll past Bay Village 35-7",
                           "Obituary: Walter J. Pruitt, 84"))),
        _page("https://www.kvrt9.example/news/harbor-city-mayor-runoff-results",
              _tv_site(
                  "https://www.kvrt9.example/news/harbor-city-mayor-runoff-results",
                  "Ruiz-Coleman elected Harbor City mayor, the city&#8217;s first Latina "
                  "mayor",
                  """
HARBOR CITY &#8212; Dana Ruiz-Coleman will be Harbor City&#8217;s next mayor.

The District 4 council member beat former police chief Mark Ellery in Tuesday&#8217;s
run-off, <strong>52.4% to 47.6%</strong>, according to final unofficial results from the
Shoreline County elections office. She won by about 5,700 votes.

Just under a third of the city&#8217;s registered voters cast a ballot.

Ruiz-Coleman finished first in the Nov.&nbsp;4 election with 38.1% of the vote but fell
short of the majority needed to win outright, setting up Tuesday&#8217;s run-off with Ellery,
who finished second. The county board of elections will certify the results later this
month.

Ruiz-Coleman has represented District 4 on city council for two terms. Before that, she
taught social studies in Harbor City public schools. She will be the first woman to hold the
office since the 1990s.

Ellery conceded a little after 10:30 p.m. &#8220;I called Dana to congratulate her, and
she&#8217;ll have my help,&#8221; he told supporters.

At her victory party downtown, Ruiz-Coleman thanked volunteers who knocked on doors in the
cold for five weeks. &#8220;Harbor City voted tonight for the city we want to build
together,&#8221; she said.

She will be sworn in on Jan.&nbsp;5, taking over from Mayor Bill Tennant, who could not run
again because of term limits.

&#8220;I just want the potholes fixed and the buses on time,&#8221; said Denise Harmon, who
voted at the West Side Library vote center before heading to work. &#8220;Whoever does
that, I&#8217;m with them.&#8221;

Polls closed at 7:30 p.m. News 9 will have full coverage of the transition on News 9 at 6.
""",
                  reporter="Carla Dinh",
                  update="UPDATE 11:58 p.m.: All 96 vote centers have reported. This story has "
                         "been updated with final unofficial results.",
                  related=("Who is Dana Ruiz-Coleman? 5 things to know",
                           "Harbor City schools to add two snow make-up days",
                           "Cold snap: lows near 12 degrees Thursday night"))),
        _page("https://nationalledger.example/nation/2025/12/harbor-city-runoff",
              _ledger_site(
                  "https://nationalledger.example/nation/2025/12/harbor-city-runoff",
                  "In an Ohio port city, a run-off win that both parties are studying",
                  """
HARBOR CITY, Ohio &#8212; Voters in this Lake Erie port city elected Dana Ruiz-Coleman as
their mayor on Tuesday, choosing a former schoolteacher who campaigned on reviving the
waterfront over a retired police chief who promised more officers on the street.

Ruiz-Coleman won 52% of the vote to 48% for Mark Ellery, a margin of nearly five points, in
a run-off that drew about 31% of registered voters. She had finished first in the
Nov.&nbsp;4 general election with 38% in a five-candidate field.

The race was officially nonpartisan, but it was not hard to tell who was rooting for whom.
Ruiz-Coleman was endorsed by the county Democratic Party and several building-trades unions;
Ellery, who retired as police chief in 2023, had the backing of the county Republican Party
and the police union.

&#8220;Public safety is usually the winning argument in a city like this,&#8221; said Owen
Barstow, a political scientist at Lake Erie State College. &#8220;What she did was make the
port and jobs feel like public safety too.&#8221;

Both parties will read something into the result in a state that has drifted to the right in
statewide races. Democrats will note that Ruiz-Coleman, who will be the city&#8217;s first
Latina mayor, won comfortably in working-class districts near the port that have voted
Republican for governor. Republicans will note that the margin was narrower than the first
round suggested.

Ruiz-Coleman takes office on Jan.&nbsp;5, succeeding Bill Tennant, who served two terms.
&#8220;Harbor City voted tonight for the city we want to build together,&#8221; she told
supporters.
""",
                  byline="Hal Prentiss",
                  bio="Hal Prentiss covers the Midwest for The National Ledger.",
                  kicker="Nation",
                  read_more="Ohio voters reject redistricting amendment by 54% to 46%",
                  most_read=("Miami elects first Democratic mayor in nearly 30 years",
                             "Fed cuts rates by a quarter point, signals pause",
                             "The 25 best books of 2025"))),
    ], []),
]
