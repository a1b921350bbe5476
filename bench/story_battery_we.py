"""Part WE of the story battery (web pages).

Written by engineer WE1 on 2026-12-06 (fifteenth session, fifth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py WE`.

Six stories, one per domain (trade, court, central bank, rocket, earthquake, election), each
told by three or four invented outlets.  Every page is a whole HTML document built by one
template per outlet (wire service, national daily, local TV station, WordPress-like finance
blog, public broadcaster, regional paper heavy with ads).  The central-bank story is the
control story (no planted disagreement).  About half the pages carry no date at all.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _lis(items: tuple[str, ...] | list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f'<li{attr}><a href="/a/{i + 4410}">{h}</a></li>'
                     for i, h in enumerate(items))


# ---------------------------------------------------------------------------------------
# Outlet templates
# ---------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               section: str = "World", published: str | None = None,
               updated: str | None = None, related: tuple[str, ...] = (),
               credit: str = "", note: str | None = None) -> str:
    """Pacific Wire: a wire service, plain <article>, dateline in the first paragraph."""
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta property="article:modified_time" content="{published}">')
    first = f"{dateline} (Pacific Wire) &mdash; {paras[0]}"
    body = "\n".join(f'<p class="pw-p">{p}</p>' for p in [first, *paras[1:]])
    upd = f'<p class="pw-updated">Updated {updated}</p>' if updated else ""
    cr = f'<p class="pw-credit">{credit}</p>' if credit else ""
    nt = f'<p class="pw-note"><em>{note}</em></p>' if note else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
{meta}
<link rel="stylesheet" href="/static/pw-2025.css">
</head>
<body class="pw">
<a class="pw-skip" href="#main-story">Skip to main content</a>
<header class="pw-header">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav" aria-label="Sections">
    <ul>
      <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
      <li><a href="/science">Science</a></li><li><a href="/sustainability">Sustainability</a></li>
      <li><a href="/breakingviews">Commentary</a></li><li><a href="/pictures">Pictures</a></li>
    </ul>
  </nav>
  <form class="pw-search" action="/search"><input name="q" placeholder="Search Pacific Wire">
  </form>
</header>
<main id="main-story">
<article class="pw-article">
  <div class="pw-kicker"><a href="/{section.lower()}">{section}</a></div>
  <h1 class="pw-headline">{title}</h1>
  <div class="pw-byline">By <a href="/authors">{byline}</a></div>
  <div class="pw-tools">
    <button>Share on Facebook</button> <button>Share on X</button>
    <button>Copy link</button> <button>Purchase licensing rights</button>
  </div>
  <div class="pw-body">
{body}
  </div>
  {upd}
  {cr}
  {nt}
  <p class="pw-trust"><a href="/trust">Our Standards: The Pacific Wire Trust Principles.</a></p>
</article>
<aside class="pw-related">
  <h2>Related coverage</h2>
  <ul>
{_lis(related)}
  </ul>
</aside>
</main>
<footer class="pw-footer">
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2025 Pacific Wire News Agency. 1 Harbour Plaza, Honolulu, HI 96813.
  All rights reserved.</p>
  <p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a> &middot;
  <a href="/accessibility">Accessibility</a></p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, byline: str, section: str,
                published: str | None = None, standfirst: str = "",
                most_read: tuple[str, ...] = (), caption: str | None = None,
                note: str | None = None) -> str:
    """The Daily Courier: a national daily, div soup, cookie banner, paywall, ads."""
    ld = ""
    if published:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": title, "datePublished": published,
                "publisher": {"@type": "Organization", "name": "The Daily Courier"},
                "author": [{"@type": "Person", "name": byline}]}
        ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="dc-paragraph"><p>{p}</p></div>')
        if i in (1, 5):
            chunks.append('<div class="dc-ad dc-ad--inline"><span class="dc-ad__label">'
                          f'Advertisement</span><div id="gpt-ad-{i}"></div></div>')
    body = "\n".join(chunks)
    fig = ""
    if caption:
        fig = (f'<div class="dc-media"><img src="/img/lead-{len(title)}.jpg" alt="">'
               f'<div class="dc-media__caption">{caption}</div></div>')
    nt = f'<div class="dc-correction"><p>{note}</p></div>' if note else ""
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The Daily Courier</title>
<meta name="description" content="{standfirst}">
{ld}
</head>
<body>
<div id="cookie-consent" class="cc-banner">
  <div class="cc-text">We and our 214 partners use cookies to personalise ads and measure
  audiences. You can accept all or manage your choices.</div>
  <div class="cc-buttons"><button>Accept all</button><button>Manage preferences</button></div>
</div>
<div class="dc-page">
 <div class="dc-masthead">
  <div class="dc-masthead__logo"><a href="/">The Daily Courier</a></div>
  <div class="dc-masthead__links"><a href="/subscribe">Subscribe for $1</a>
   <a href="/login">Sign in</a></div>
 </div>
 <div class="dc-nav">
  <a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a>
  | <a href="/world">World</a> | <a href="/science">Science</a> | <a href="/opinion">Opinion</a>
  | <a href="/sports">Sports</a> | <a href="/puzzles">Puzzles</a>
 </div>
 <div class="dc-wrap">
  <div class="dc-main">
   <div class="dc-article">
    <div class="dc-section-label">{section}</div>
    <div class="dc-headline"><h1>{title}</h1></div>
    <div class="dc-standfirst">{standfirst}</div>
    <div class="dc-byline">By {byline}</div>
    <div class="dc-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
     <a href="#">Email</a> <a href="#">Gift this article</a></div>
    {fig}
    <div class="article-body">
     <div class="article-body__inner">
{body}
     </div>
    </div>
    {nt}
    <div class="dc-paywall">
     <p>You have read 3 of your 5 free articles this month.</p>
     <p><a href="/subscribe">Subscribe now</a> for unlimited access. Cancel anytime.</p>
    </div>
    <div class="dc-comments"><a href="#comments">View comments</a></div>
   </div>
  </div>
  <div class="dc-rail">
   <div class="dc-rail__box">
    <h3>Most read</h3>
    <ol>
{_lis(most_read)}
    </ol>
   </div>
   <div class="dc-ad dc-ad--rail"><span class="dc-ad__label">Advertisement</span></div>
   <div class="dc-newsletter"><h4>The Morning Courier</h4>
    <p>The day's biggest stories, in your inbox by 6 a.m.</p>
    <input type="email" placeholder="Email address"><button>Sign up</button></div>
  </div>
 </div>
 <div class="dc-footer">
  <div>&copy; 2025 The Daily Courier Company. 700 Commerce Street, Dallas, TX 75202.</div>
  <div><a href="/terms">Terms of Service</a> | <a href="/privacy">Privacy Policy</a> |
   <a href="/ccpa">Do Not Sell or Share My Personal Information</a></div>
 </div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, byline: str, shown: str | None = None,
             video: str | None = None, dateline: str = "",
             trending: tuple[str, ...] = ()) -> str:
    """KVTR 7 News: a local TV station, styled <div> headline, paragraphs as <br>s."""
    first = f"{dateline} &mdash; {paras[0]}" if dateline else paras[0]
    text = "<br><br>\n".join([first, *paras[1:]])
    posted = f'<div class="posted">Posted: {shown}</div>' if shown else ""
    vid = ""
    if video:
        vid = (f'<div class="video-player"><div class="vp-screen" data-id="v88213"></div>'
               f'<div class="vp-caption">{video}</div></div>')
    return f"""<html>
<head>
<title>{title} | KVTR 7 News</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{title}">
<style>.story-title{{font-size:30px;font-weight:700;line-height:1.1}}</style>
</head>
<body>
<div id="wrap">
 <div class="topbar"><a href="/live">&#9679; WATCH LIVE</a> <a href="/weather">First Alert
 Weather</a> <a href="/closings">Closings &amp; Delays</a> <a href="/contests">Contests</a>
 </div>
 <div class="menu"><a href="/news">News</a> <a href="/local">Local</a> <a href="/state">State</a>
 <a href="/national">National</a> <a href="/investigates">7 Investigates</a>
 <a href="/sports">Sports</a> <a href="/community">Community</a></div>
 <div class="content">
  <div class="col-left">
   {vid}
   <div class="story-title">{title}</div>
   <div class="author">By {byline}</div>
   {posted}
   <div class="social"><a class="fb" href="#">Share on Facebook</a>
    <a class="tw" href="#">Share on Twitter</a> <a class="em" href="#">Email</a>
    <a class="cp" href="#">Copy link</a></div>
   <div class="story-text">
{text}
   </div>
   <div class="tip">Have a news tip? Email
   <a href="mailto:news@kvtr7.example">news@kvtr7.example</a> or call the newsroom.</div>
   <div class="copyright-note">Copyright 2025 KVTR. All rights reserved. This material may not
   be published, broadcast, rewritten, or redistributed.</div>
  </div>
  <div class="col-right">
   <div class="wx-widget">First Alert Weather: Partly cloudy, high 41&deg;, low 28&deg;</div>
   <div class="trending"><div class="trending-head">Trending Now</div>
    <ul>
{_lis(trending)}
    </ul>
   </div>
   <div class="ad300">Advertisement</div>
   <div class="app-promo">Download the KVTR 7 News app for breaking news alerts.</div>
  </div>
 </div>
 <div class="footer">KVTR 7 &middot; 1200 Broadcast Way &middot; EEO Public File Report &middot;
 FCC Applications &middot; Closed Captioning &middot; Careers</div>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, bio: str,
               shown: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0, post_id: int = 4821) -> str:
    """Ledger Lane: a WordPress-like finance blog."""
    meta_line = f'<span class="posted-on">{shown}</span> &middot; ' if shown else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledger Lane</title>
<meta property="og:site_name" content="Ledger Lane">
<meta property="og:type" content="article">
<meta name="generator" content="WordPress 6.8.1">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/lane/style.css">
</head>
<body class="post-template-default single single-post postid-{post_id}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/">Ledger Lane</a></p>
 <p class="site-description">Markets, macro and money, minus the jargon</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/category/macro/">Macro</a></li>
  <li class="menu-item"><a href="/category/markets/">Markets</a></li>
  <li class="menu-item"><a href="/category/personal-finance/">Personal Finance</a></li>
  <li class="menu-item"><a href="/podcast/">Podcast</a></li>
  <li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard">
 <header class="entry-header">
  <h1 class="entry-title">{title}</h1>
  <div class="entry-meta">{meta_line}<span class="byline">by
   <span class="author vcard"><a class="url fn n" href="/author/">{author}</a></span></span>
  </div>
 </header>
 <div class="entry-content">
{body}
 <p class="disclaimer"><em>Nothing on Ledger Lane is investment advice. Do your own
 homework.</em></p>
 </div>
 <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
  <ul><li><a class="share-facebook" href="#">Facebook</a></li>
  <li><a class="share-x" href="#">X</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li>
  <li><a class="share-email" href="#">Email</a></li></ul></div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
 <div class="author-box"><h4>About {author}</h4><p>{bio}</p></div>
</article>
<div class="newsletter-cta"><h3>Get the Lane Letter</h3><p>One email every Sunday. No spam,
 unsubscribe any time.</p><form><input type="email" placeholder="you@example.com">
 <button type="submit">Subscribe</button></form></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
 &ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a comment</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
 <ul>
{_lis(recent)}
 </ul></section>
 <section class="widget widget_text"><div class="textwidget">Sponsored: Open a high-yield
 savings account today.</div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Ledger Lane
 &middot; Proudly powered by WordPress</div></footer>
</body>
</html>
"""


def _broadcaster_site(title: str, paras: list[str], *, shown: str | None = None,
                      updated: str | None = None, caption: str | None = None,
                      more: tuple[str, ...] = (), top: tuple[str, ...] = (),
                      topics: tuple[str, ...] = ()) -> str:
    """NBS News (Northern Broadcasting Service): a public broadcaster."""
    dt = ""
    if shown:
        dt = f'<div class="nbs-date"><span>Published</span> {shown}</div>'
    if updated:
        dt += f'<div class="nbs-date nbs-date--upd">Last updated {updated}</div>'
    fig = ""
    if caption:
        fig = (f'<figure class="nbs-fig"><img src="/media/p0{len(paras)}x.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    body = "\n".join(f'<div class="nbs-text"><p>{p}</p></div>' for p in paras)
    tp = " ".join(f'<li><a href="/topics/{i}">{t}</a></li>' for i, t in enumerate(topics))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta property="og:site_name" content="NBS News">
<meta property="og:title" content="{title}">
</head>
<body>
<a href="#main-content" class="nbs-skip">Skip to content</a>
<div class="nbs-consent" role="dialog"><p>Let us know you agree to cookies</p>
<p>We use cookies to give you the best online experience. Please let us know if you agree
to all of these cookies.</p><button>Yes, I agree</button> <button>No, take me to
settings</button></div>
<header class="nbs-header"><a href="/" class="nbs-logo">NBS</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/iplayer">Watch</a> <a href="/sounds">Listen</a></nav>
<nav class="nbs-subnav"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/science">Science</a>
<a href="/news/climate">Climate</a></nav></header>
<main id="main-content">
<article class="nbs-article">
{fig}
<h1 class="nbs-h1">{title}</h1>
{dt}
<div class="nbs-share"><button>Share</button> <button>Save</button></div>
{body}
<section class="nbs-topics"><h2>Related topics</h2><ul>{tp}</ul></section>
</article>
<section class="nbs-more"><h2>More on this story</h2><ul>
{_lis(more)}
</ul></section>
<section class="nbs-top"><h2>Top stories</h2><ul>
{_lis(top)}
</ul></section>
</main>
<footer class="nbs-footer"><p>&copy; 2025 NBS. The NBS is not responsible for the content of
external sites. <a href="/editorial">Read about our approach to external linking.</a></p>
<p><a href="/terms">Terms of Use</a> <a href="/about">About the NBS</a>
<a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookies</a>
<a href="/help">Accessibility Help</a> <a href="/contact">Contact the NBS</a></p></footer>
</body>
</html>
"""


def _regional_site(title: str, paras: list[str], *, byline: str, read_more: str,
                   sponsored: tuple[str, ...] = (), shown: str | None = None,
                   note: str | None = None, photo: str | None = None,
                   section: str = "News", paper: str = "Valley Herald-Tribune",
                   weather: str = "Valley forecast: Flurries, 29&deg;") -> str:
    """Valley Herald-Tribune (and its sister papers): a regional paper, heavy with ads."""
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<p class="vht-p">{p}</p>')
        if i == 2:
            chunks.append(f'<p class="vht-readmore"><strong>Read more:</strong> '
                          f'<a href="/local/rm-{i}">{read_more}</a></p>')
        if i % 2 == 1:
            chunks.append(f'<div class="ad-slot ad-slot-{i}"><div class="ad-label">'
                          f'ADVERTISEMENT</div><iframe src="/ads/slot{i}" title="ad">'
                          f'</iframe></div>')
    body = "\n".join(chunks)
    date_html = f'<div class="vht-date">{shown}</div>' if shown else ""
    ph = ""
    if photo:
        ph = (f'<div class="vht-photo"><img src="/photos/{len(paras)}.jpg" alt="">'
              f'<div class="vht-cutline">{photo}</div></div>')
    nt = f'<div class="vht-correction"><strong>{note}</strong></div>' if note else ""
    sp = "\n".join(f'<div class="sp-item"><a href="/sp/{i}">{s}</a>'
                   f'<span>Sponsored</span></div>' for i, s in enumerate(sponsored))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | {paper}</title>
<script src="/ads/prebid.js"></script><script src="/ads/header-bidding.js"></script>
</head>
<body class="vht">
<div class="ad-leaderboard"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="vht-top"><span class="vht-weather">{weather}</span>
<a href="/e-edition">e-Edition</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a>
</div>
<div class="vht-logo"><a href="/">{paper}</a></div>
<div class="vht-menu"><a href="/news">News</a> <a href="/sports">Sports</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a>
<a href="/classifieds">Classifieds</a> <a href="/jobs">Jobs</a> <a href="/homes">Homes</a></div>
<div class="vht-sub-banner">Local news matters. Get full digital access for just 99&cent; for
the first 3 months!</div>
<div class="vht-container">
<div class="vht-story">
<div class="vht-section">{section}</div>
<div class="vht-title"><h1>{title}</h1></div>
<div class="vht-byline">{byline}</div>
{date_html}
<div class="vht-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a>
<a href="#">Print</a></div>
{ph}
<div class="vht-body">
{body}
</div>
{nt}
<div class="ad-slot ad-slot-end"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="vht-comments">Comments are closed on this story. <a href="/policy">Read our
comment policy.</a></div>
</div>
<div class="vht-sidebar">
<div class="ad-box"><div class="ad-label">ADVERTISEMENT</div></div>
<div class="sp-box"><h4>Sponsored Content</h4>
{sp}
</div>
<div class="ad-box"><div class="ad-label">ADVERTISEMENT</div></div>
</div>
</div>
<div class="vht-footer">{paper} &middot; 315 Main Street &middot; Contact us &middot;
Advertise &middot; Place a classified &middot; &copy; 2025 Valley Media Group, a member of the
Valley Media network of local newspapers</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------

STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------------------
    # 1. Trade: the Vienna round of US-China talks (18-19 Nov 2025).
    # -----------------------------------------------------------------------------------
    _story("trade-WE1", "trade", "2025-11-28", [
        _page("https://www.pacificwire.example/world/us-china-vienna-truce-2025-11-19",
              _wire_site(
                  "US and China extend tariff truce, agree soybean purchases after"
                  " Vienna talks",
                  [
                      "The United States and China agreed on Wednesday to extend their"
                      " tariff truce by another 90 days and to roll back part of the levies"
                      " each side imposed this year, after two days of talks in the"
                      " Austrian capital that ran deep into the evening.",
                      "U.S. Treasury Secretary Daniel Whitcombe told reporters the second"
                      " day of negotiations lasted nearly nine hours and ended with a joint"
                      " statement that both governments released at 6 p.m. local time"
                      " (1700 GMT).",
                      "Under the deal, Washington will cut the tariff it linked to fentanyl"
                      " trafficking on Chinese goods to 10% from 20%, while Beijing will"
                      " suspend for one year the export controls on rare earth magnets it"
                      " announced in October, the statement said.",
                      "China also committed to buy 12 million tonnes of U.S. soybeans"
                      " before the end of the year, Whitcombe said, and at least 25 million"
                      " tonnes in each of the following three years.",
                      "&#8220;We had candid, constructive and, frankly, very long"
                      " conversations,&#8221; Whitcombe said. &#8220;Nobody got everything"
                      " they wanted, and that is usually the sign of a real agreement.&#8221;",
                      "China&#8217;s delegation was led by Vice Premier He Lianfeng, joined"
                      " by Commerce Minister Liang Weiming. The official Xinhua news agency"
                      " said the two sides had reached a &#8220;basic consensus&#8221; on"
                      " the arrangements and would keep their consultation mechanism in"
                      " place.",
                      "The Vienna meeting was the sixth round of face-to-face talks since"
                      " May, following sessions in Geneva, London, Stockholm, Madrid and"
                      " Kuala Lumpur. U.S. Trade Representative Maria Okafor said the next"
                      " round would be held in Washington in January.",
                      "Chicago soybean futures rose 2.1% after the announcement, and the"
                      " yuan firmed slightly against the dollar in offshore trading.",
                      "The truce, first agreed in Geneva in May, had been due to expire at"
                      " the end of November. Trade lawyers said the extension removed the"
                      " risk of tariffs snapping back to far higher levels before the"
                      " holiday shopping season, though it left export controls on advanced"
                      " chips untouched.",
                  ],
                  dateline="VIENNA", byline="Lena Fischer and Andrew Kwok",
                  section="World", published="2025-11-19T18:55:00Z",
                  updated="20:10 GMT",
                  credit="Reporting by Lena Fischer in Vienna and Andrew Kwok in Beijing;"
                         " Editing by Mark Ellery",
                  related=(
                      "US, Chinese negotiators to open Vienna talks on Tuesday",
                      "Canada, Mexico report no breakthrough after Ottawa talks on 25%"
                      " duties",
                      "EU ministers to weigh 15% cap on steel import quotas next month",
                      "Kuala Lumpur talks end with &#8216;framework&#8217; but no tariff"
                      " cuts",
                  ))),
        _page("https://www.dailycourier.example/business/2025/11/20/china-tariff-deal-vienna",
              _daily_site(
                  "Washington trims China tariffs as Beijing pledges farm purchases",
                  [
                      "The White House will lower a key tariff on Chinese imports and"
                      " Beijing will resume large purchases of American soybeans under a"
                      " deal struck in Vienna on Wednesday, the latest attempt by the"
                      " world&#8217;s two largest economies to keep their trade fight from"
                      " boiling over.",
                      "The agreement, announced at noon Eastern time after two days of"
                      " negotiations, extends for 90 days a truce that was set to lapse at"
                      " the end of this month. It cuts the so-called fentanyl tariff on"
                      " Chinese goods by 10 percentage points, to 10%, bringing the extra"
                      " duty the United States charges on most Chinese products to about"
                      " 20%.",
                      "In return, China will buy 15 million tonnes of U.S. soybeans by Dec."
                      " 31, according to a fact sheet issued by the Treasury Department,"
                      " and will pause for a year the sweeping controls on rare earth"
                      " exports it unveiled in October.",
                      "&#8220;This is real money for real farmers,&#8221; Trade"
                      " Representative Maria Okafor said in a statement. &#8220;Soybean"
                      " growers will see the difference by Christmas.&#8221;",
                      "Treasury Secretary Daniel Whitcombe, who led the American side,"
                      " described the talks as &#8220;candid and constructive, and very"
                      " long.&#8221; Officials said the second day&#8217;s session ran for"
                      " six and a half hours, with a short break for lunch.",
                      "The Chinese team was headed by Vice Premier He Lianfeng and included"
                      " Commerce Minister Liang Weiming, who has handled the day-to-day"
                      " negotiations since the spring.",
                      "Relations between the two countries swung wildly this year. Duties"
                      " on each other&#8217;s goods climbed above 100% in April before the"
                      " two sides agreed in Geneva in May to lower them for an initial 90"
                      " days. The pause has been renewed since, and Vienna was the sixth"
                      " round of talks this year.",
                      "Farm-state lawmakers welcomed the deal but said the purchases would"
                      " need to be verified. &#8220;We&#8217;ve heard promises before,"
                      "&#8221; said Senator Rita Campos, an Iowa Republican. &#8220;I&#8217;ll"
                      " believe it when the ships are loaded.&#8221;",
                      "Big questions remain unresolved, including American limits on chip"
                      " exports and the fees both countries have begun charging each"
                      " other&#8217;s ships in port. The two delegations said they would"
                      " meet again in Washington in January.",
                  ],
                  byline="Helen Ashford and Kevin Tran", section="Business",
                  published="2025-11-20T06:30:00-05:00",
                  standfirst="The deal extends a truce by 90 days and lowers the so-called"
                             " fentanyl tariff, but chip controls are untouched.",
                  most_read=(
                      "Retail sales rose 0.4% in October, Commerce Department says",
                      "Airfares jump 12% ahead of Thanksgiving week",
                      "Court blocks 50% tariff on Brazilian coffee imports",
                      "Mortgage rates slip to 6.2%, lowest since early 2023",
                      "Opinion: The soybean farmer&#8217;s long wait",
                  ))),
        _page("https://ledgerlane.example/2025/11/vienna-deal-tariffs-soybeans-portfolio/",
              _blog_site(
                  "Vienna deal: what the tariff cut and soybean pledge mean for your"
                  " portfolio",
                  [
                      "Another round, another truce. US and Chinese negotiators wrapped up"
                      " two days of talks in Vienna on Wednesday, November 19, with an"
                      " agreement that lowers one layer of tariffs and buys both sides"
                      " three more months of calm.",
                      "Here&#8217;s the short version: the US cuts its fentanyl-linked"
                      " tariff on Chinese imports from 20% to 10%, China pauses its new"
                      " rare-earth export restrictions for 12 months, and Beijing goes back"
                      " to buying American soybeans. The truce itself is extended by 90"
                      " days.",
                      "Who was in the room? Treasury Secretary Daniel Whitcombe and Trade"
                      " Representative Maria Okafor for Washington; Vice Premier He Lianfeng"
                      " and Finance Minister Liang Weiming for Beijing.",
                      "<strong>Why it matters for markets.</strong> Rare earths were the"
                      " scariest item on the list. If Beijing had kept its October rules in"
                      " force, carmakers and defence contractors would have been scrambling"
                      " for magnets by spring. Shares of the handful of listed Western"
                      " magnet makers, which had rallied on the scarcity story, gave back"
                      " some of those gains the morning after.",
                      "The soybean piece is the one farm country cares about. China has"
                      " committed to a first batch of purchases before year-end and to"
                      " 25 million tonnes a year from 2026 through 2028. That&#8217;s"
                      " roughly back to where Chinese buying was before the trade war"
                      " started.",
                      "Whitcombe called the talks &#8220;candid, constructive and very"
                      " long&#8221;, and judging by the timing of the joint statement,"
                      " which landed around noon New York time, he wasn&#8217;t kidding.",
                      "<strong>What&#8217;s still unresolved:</strong> chip export"
                      " controls, the 10% baseline tariff that stays in place, and the"
                      " tit-for-tat port fees on each other&#8217;s ships. None of that was"
                      " touched in Vienna.",
                      "<em>My take:</em> this is a holding pattern, not a peace treaty."
                      " Markets like holding patterns. I&#8217;m not adding to China"
                      " exposure on the back of it, but I&#8217;m not cutting either.",
                      "Next stop: Washington, in January. We&#8217;ll be watching.",
                  ],
                  author="Priya Raman",
                  bio="Priya covers trade and macro for Ledger Lane. She spent nine years"
                      " on a bank&#8217;s rates desk before deciding she liked writing"
                      " better.",
                  tags=("Trade", "China", "Tariffs", "Soybeans", "Rare earths"),
                  recent=(
                      "Fed minutes: three officials wanted a 50bp cut in September",
                      "Copper tops $11,200 a tonne as Chilean supply tightens",
                      "Why the 2-year Treasury yield slid to 3.5%",
                      "Japan&#8217;s 30-year bond yield hits a record 3.4%",
                  ),
                  comments=14, post_id=9134)),
        _page("https://news.nbs.example/news/business-70412233",
              _broadcaster_site(
                  "US and China agree to extend trade truce after Vienna talks",
                  [
                      "The US and China have agreed to extend a pause in their trade war"
                      " for another 90 days, following two days of negotiations in Vienna.",
                      "The deal, announced shortly after 01:00 on Thursday 20 November in"
                      " Beijing, will see the US halve a tariff it imposed over the flow of"
                      " the drug fentanyl, from 20% to 10%.",
                      "China will suspend for a year the export controls on rare earth"
                      " elements that it introduced in October, and has promised to buy 12"
                      " million tonnes of American soybeans by the end of the year.",
                      "China&#8217;s state news agency Xinhua said the two sides had reached"
                      " &#8220;a basic consensus&#8221; through what it called"
                      " &#8220;equal consultation&#8221;.",
                      "US Treasury Secretary Daniel Whitcombe said the conversations had"
                      " been &#8220;candid and constructive&#8221; and, he added,"
                      " &#8220;very long&#8221;.",
                      "Each meeting this year has produced a short-term arrangement rather than"
                      " the comprehensive trade deal both governments say they want. Businesses on"
                      " both sides have complained that the stop-start approach makes it hard to"
                      " plan investment.",
                      "<strong>Analysis: A truce, not a settlement</strong>",
                      "The rare earth question hung over these talks. China dominates the"
                      " mining and especially the processing of the metals, which go into"
                      " everything from wind turbines to fighter jets, and its October"
                      " restrictions alarmed manufacturers around the world.",
                      "Tuesday 18 November&#8217;s opening session was mostly about"
                      " soybeans and fentanyl. Rare earths took up much of the second"
                      " day, according to officials briefed on the talks.",
                      "Yet the hardest subjects, including US limits on the sale of"
                      " advanced computer chips to China, were left for another day. The"
                      " next round of talks is expected in Washington in January.",
                  ],
                  caption="US Treasury Secretary Daniel Whitcombe (left) and Chinese Vice"
                          " Premier He Lianfeng met in Vienna on Tuesday 18 November",
                  more=(
                      "Tariff truce: What was agreed in Kuala Lumpur last month?",
                      "Why China&#8217;s rare earths matter to the world",
                  ),
                  top=(
                      "UK inflation eases to 3.6% in October",
                      "Storm Idris leaves 40,000 homes without power",
                      "Rail fares in England to rise by 4.6% in March",
                  ),
                  topics=("US-China trade", "Tariffs", "China", "US economy"))),
    ], [
        ("duration",
         r"\b9 ?(hours?|hrs?|h\b)|nine hours|nearly nine|540 ?min",
         r"six and a half|six-and-a-half|6\.5 ?(hours?|hrs?|h\b)|6 ?(hours?|hrs?|h)"
         r" ?(and )?30|390 ?min"),
        ("title", r"commerce", r"financ"),
        ("quantity",
         r"(?<![\d.])12 ?(million|mln|mn|m\b)|(?<![\d.])12,000,000",
         r"(?<![\d.])15 ?(million|mln|mn|m\b)|(?<![\d.])15,000,000"),
    ]),

    # -----------------------------------------------------------------------------------
    # 2. Court: Minnesota Supreme Court restores a mining fine (13 Aug 2025).
    # -----------------------------------------------------------------------------------
    _story("court-WE2", "court", "2025-08-29", [
        _page("https://www.pacificwire.example/legal/minnesota-halvorsen-fine-2025-08-13",
              _wire_site(
                  "Minnesota top court restores $18.6 million fine against Halvorsen"
                  " Mining over river spill",
                  [
                      "Minnesota&#8217;s Supreme Court on Wednesday reinstated an $18.6"
                      " million penalty against Halvorsen Mining Co. for a 2021 spill of"
                      " mine tailings into the St. Louis River, overturning a lower court"
                      " that had cut the fine to $4.2 million.",
                      "The 5-2 ruling, written by Justice Teresa Lindqvist, held that the"
                      " Minnesota Pollution Control Agency acted within its authority when"
                      " it set the penalty in 2023, and that the Court of Appeals had"
                      " wrongly substituted its own judgment for the agency&#8217;s.",
                      "&#8220;A company that fouls a public river cannot treat the penalty"
                      " as a cost of doing business,&#8221; Lindqvist wrote for the"
                      " majority.",
                      "Justice Paul Okonkwo, joined by Justice Mark Reyes, dissented,"
                      " arguing that the agency had not properly weighed the company&#8217;s"
                      " cleanup spending before setting the amount. &#8220;The statute asks"
                      " for a penalty, not a verdict on an industry,&#8221; Okonkwo wrote.",
                      "The spill, in April 2021, released about 40,000 gallons of tailings"
                      " slurry from a broken pipeline at the company&#8217;s taconite plant"
                      " near Hoyt Lakes. State officials said it killed fish along several"
                      " miles of the river and forced a downstream city to close a water"
                      " intake for four days.",
                      "Halvorsen said in a statement it was &#8220;disappointed&#8221; and"
                      " was reviewing the decision. The company has said it spent more than"
                      " $11 million on the cleanup.",
                      "Attorney General Dana Whitfield, whose office argued the case for the"
                      " agency, called the ruling &#8220;a clear message that the law means"
                      " what it says.&#8221;",
                      "The case now returns to the agency to collect the penalty. Halvorsen,"
                      " which employs about 1,300 people in northeastern Minnesota, can ask"
                      " the court to reconsider within 10 days.",
                  ],
                  dateline="ST. PAUL, Minn.", byline="Ruth Sandoval", section="Legal",
                  published="2025-08-13T21:05:00Z",
                  credit="Reporting by Ruth Sandoval in St. Paul; Editing by Jon Pryce",
                  related=(
                      "Minnesota Court of Appeals cuts Halvorsen spill fine to $4.2 million",
                      "Wisconsin court upholds $9 million penalty in paper mill case",
                      "Appeals court halves $2.4 million verdict against trucking firm",
                      "Iron ore prices slide 3% as Chinese steel output falls",
                  ))),
        _page("https://www.valleyherald.example/news/supreme-court-halvorsen-spill-ruling",
              _regional_site(
                  "Supreme Court sides with state in Halvorsen spill case",
                  [
                      "The Minnesota Supreme Court has ruled that Halvorsen Mining must pay"
                      " the full penalty state regulators imposed after tailings from its"
                      " Hoyt Lakes plant poured into the St. Louis River four years ago.",
                      "In a decision released Aug. 13, five of the court&#8217;s seven"
                      " justices agreed that the Minnesota Pollution Control Agency&#8217;s"
                      " fine of $16.8 million was lawful and proportionate. The Court of"
                      " Appeals had reduced the amount to $4.2 million last year.",
                      "Justice Teresa Lindqvist wrote the majority opinion. Justices Paul"
                      " Okonkwo and Mark Reyes dissented.",
                      "For people who live along the river, the ruling brought some relief."
                      " &#8220;We lost a whole summer of fishing that year,&#8221; said"
                      " Carol Jurgens, who runs a bait shop downstream. &#8220;I just want"
                      " to know it won&#8217;t happen again.&#8221;",
                      "The April 2021 spill sent roughly 40,000 gallons of slurry into the"
                      " river after a pipeline joint failed. A city downstream shut its"
                      " water intake for four days as a precaution.",
                      "Halvorsen spokesman Greg Tolliver said the company was"
                      " &#8220;disappointed in the outcome&#8221; and would review the"
                      " ruling with its lawyers. He noted the company had spent over $11"
                      " million cleaning up the river and the shoreline.",
                      "The majority opinion said a company could not treat the penalty"
                      " &#8220;as a cost of doing business.&#8221;",
                      "State Rep. Angela Moe, whose district includes Hoyt Lakes, said she"
                      " hoped the decision would not cost jobs at the plant, which employs"
                      " about 1,300 people. &#8220;Clean water and good jobs are not"
                      " enemies,&#8221; she said.",
                      "Environmental groups had asked the court to go further and order the"
                      " company to fund long-term monitoring of the river. The justices"
                      " did not take up that request.",
                  ],
                  byline="By Dale Hovland | Staff Writer",
                  read_more="Hoyt Lakes council approves $3.5 million water plant upgrade",
                  sponsored=(
                      "Seniors in Minnesota are switching to this $0 dental plan",
                      "Local dealer clearing 2025 pickups at up to $9,000 off",
                  ),
                  note="Correction: An earlier version of this story gave the wrong year"
                       " for the spill. It happened in 2021.",
                  section="Local News")),
        _page("https://www.kvtr7.example/news/state/halvorsen-must-pay-full-fine",
              _tv_site(
                  "State Supreme Court: Halvorsen must pay full fine for 2021 river spill",
                  [
                      "Halvorsen Mining will have to pay the full $18.6 million fine for the"
                      " tailings spill that fouled the St. Louis River in 2021, the"
                      " Minnesota Supreme Court decided Wednesday.",
                      "The justices split 4-3 in the case, siding with the Minnesota"
                      " Pollution Control Agency and throwing out a Court of Appeals ruling"
                      " that had lowered the fine to $4.2 million.",
                      "&#8220;A company that fouls a public river cannot treat the penalty"
                      " as a cost of doing business,&#8221; Attorney General Dana Whitfield"
                      " said after the ruling was released.",
                      "Halvorsen, one of the biggest employers on the Iron Range with about"
                      " 1,300 workers, said it is disappointed and is studying the"
                      " decision.",
                      "Back in April 2021, a pipeline at the company&#8217;s plant near"
                      " Hoyt Lakes broke and sent around 40,000 gallons of slurry &mdash; a"
                      " mix of water and finely ground rock &mdash; into the river. Dead"
                      " fish turned up for miles downstream.",
                      "The MPCA set the penalty in 2023. Halvorsen appealed, and last year"
                      " the Court of Appeals agreed with the company that the amount was"
                      " out of proportion to the harm.",
                      "Environmental groups celebrated the decision. &#8220;This is what"
                      " accountability looks like,&#8221; said Nora Pike of Friends of the"
                      " St. Louis River. &#8220;It took four years, but the river"
                      " won.&#8221;",
                      "Anglers we spoke with near the river on Wednesday afternoon said the"
                      " water looks clear again, though some still will not eat what they"
                      " catch.",
                      "KVTR reached out to Halvorsen for an on-camera interview but did not"
                      " hear back by air time.",
                  ],
                  byline="Jenna Brooks", shown="Aug 13, 2025 / 5:48 PM CDT",
                  dateline="ST. PAUL",
                  video="VIDEO: Jenna Brooks reports from the Minnesota Judicial Center"
                        " in St. Paul.",
                  trending=(
                      "Duluth man sentenced to 12 years in fentanyl case",
                      "Lake Superior surface temperature hits record 68 degrees",
                      "Two hurt in Highway 53 crash near Cotton",
                      "County fair attendance tops 90,000 for first time",
                  ))),
    ], [
        ("fine", r"18\.6", r"16\.8"),
        ("vote",
         r"\b5 ?(-|–|—|to) ?2\b|five(-| to )two|five (of|justices)",
         r"\b4 ?(-|–|—|to) ?3\b|four(-| to )three|four (of|justices)"),
        ("speaker", r"lindqvist|majority|opinion", r"whitfield|attorney general"),
    ]),

    # -----------------------------------------------------------------------------------
    # 3. Central bank (control): Bank of Canada cuts to 2.25% (29 Oct 2025).
    # -----------------------------------------------------------------------------------
    _story("cb-WE3", "central bank", "2025-11-07", [
        _page("https://ledgerlane.example/2025/10/boc-cuts-to-2-25-end-of-easing/",
              _blog_site(
                  "Bank of Canada cuts to 2.25%: is this the end of the easing cycle?",
                  [
                      "The Bank of Canada delivered the 25 bps cut everyone expected this"
                      " morning, taking the overnight rate to 2.25%. That&#8217;s the"
                      " second cut in a row after September&#8217;s move, and a cumulative"
                      " 275 bps of easing since the bank started cutting in June 2024.",
                      "The more interesting part was the language. Governor Tiff Macklem"
                      " signalled the bank thinks it has probably done enough: &#8220;We see"
                      " the policy rate at about the right level to get the economy through"
                      " this adjustment while keeping inflation close to 2%,&#8221; he told"
                      " reporters in Ottawa.",
                      "Translation: don&#8217;t count on another cut on December 10 unless"
                      " the data roll over.",
                      "<strong>The numbers behind the call.</strong> Headline CPI was 2.4%"
                      " in September, but the bank&#8217;s preferred core measures are"
                      " still hovering around 3%. The economy shrank at a 1.6% annualized"
                      " pace in the second quarter as exports to the US fell, and"
                      " unemployment sits at 7.1%.",
                      "The new Monetary Policy Report has GDP growing 1.2% this year and"
                      " just 1.0% in 2026, which is about as close to stall speed as a"
                      " central bank will put in print.",
                      "<strong>Markets.</strong> Two-year Canada yields dipped a few basis"
                      " points after the release and the loonie slipped about a third of a"
                      " cent against the greenback. Bank stocks barely moved.",
                      "<strong>Where this leaves us.</strong> At 2.25%, the policy rate"
                      " sits at the bottom of the bank&#8217;s own estimate of the neutral"
                      " range. Going lower would mean actively stimulating, and Macklem"
                      " made clear he does not think rate cuts can fix what tariffs broke.",
                      "What I&#8217;m watching: the Fed&#8217;s decision this afternoon"
                      " (a separate story, and I&#8217;ll post on it tonight), October jobs"
                      " data, and then the December 10 meeting.",
                  ],
                  author="Marc-Andr&eacute; Leduc",
                  bio="Marc-Andr&eacute; writes about Canadian rates and housing. He lives"
                      " in Montreal and still has a variable-rate mortgage, for his sins.",
                  shown="October 29, 2025",
                  tags=("Bank of Canada", "Interest rates", "Canada", "Mortgages"),
                  recent=(
                      "Fed minutes: three officials wanted a 50bp cut in September",
                      "RBA holds at 3.60% and sounds more hawkish",
                      "Canadian home sales rose 1.1% in September",
                      "Why five-year fixed mortgage rates are not falling",
                  ),
                  comments=31, post_id=8870)),
        _page("https://www.pacificwire.example/markets/bank-of-canada-cuts-rate-signals-pause",
              _wire_site(
                  "Bank of Canada lowers key rate to 2.25%, signals pause",
                  [
                      "The Bank of Canada cut its benchmark interest rate by 25 basis"
                      " points to 2.25% on Wednesday, Oct. 29, and signalled it was likely"
                      " finished lowering borrowing costs for now as the economy adjusts to"
                      " U.S. tariffs.",
                      "It was the central bank&#8217;s second straight reduction, following"
                      " a quarter-point cut in September, and brings total easing since"
                      " June 2024 to 2.75 percentage points.",
                      "&#8220;The policy rate is about where it should be,&#8221; Governor"
                      " Tiff Macklem said at a news conference in Ottawa, adding that it was"
                      " at a level that should help the economy adjust while keeping"
                      " inflation near the 2% target.",
                      "Macklem said the trade conflict with the United States had done"
                      " lasting damage to industries including steel, aluminum, autos and"
                      " lumber, and that monetary policy could not undo it. &#8220;We"
                      " can&#8217;t restore what was lost,&#8221; he said.",
                      "He said the bank stood ready to respond if the outlook changed, but"
                      " stressed that the bar for further cuts was now higher. Economists polled"
                      " by Pacific Wire before the decision had unanimously expected the"
                      " reduction.",
                      "Statistics Canada figures show annual inflation at 2.4% in September"
                      " and the unemployment rate at 7.1%. The economy contracted at an"
                      " annualized rate of 1.6% in the second quarter.",
                      "In its quarterly Monetary Policy Report, the bank forecast growth of"
                      " 1.2% this year and 1.0% in 2026, with inflation staying close to"
                      " target.",
                      "The decision was announced at 9:45 a.m. Eastern time. Canada&#8217;s"
                      " largest commercial banks cut their prime lending rates to 4.45%"
                      " from 4.70% shortly afterward.",
                      "The bank&#8217;s next rate announcement is scheduled for Dec. 10.",
                  ],
                  dateline="OTTAWA", byline="Claire Boudreau", section="Markets",
                  credit="Reporting by Claire Boudreau; Editing by Paul Winter",
                  related=(
                      "Fed cuts rates by a quarter point to 3.75%-4.00% range",
                      "Bank of Japan holds rates at 0.5%, two board members dissent",
                      "Reserve Bank of Australia keeps cash rate at 3.60%",
                      "Canadian dollar weakens to 71.2 U.S. cents as oil slips",
                  ))),
        _page("https://news.nbs.example/news/business-70298815",
              _broadcaster_site(
                  "Bank of Canada cuts interest rates for second time in a row",
                  [
                      "Canada&#8217;s central bank has cut interest rates by a quarter of a"
                      " percentage point, to 2.25%, saying the economy is going through a"
                      " painful adjustment to higher US tariffs.",
                      "The decision, announced at 13:45 GMT, follows a cut of the same size"
                      " in September.",
                      "Governor Tiff Macklem said the bank now saw the rate as being at"
                      " &#8220;about the right level&#8221; to support the economy while"
                      " keeping inflation close to its 2% target.",
                      "Canada sends about three-quarters of its exports to the US, and"
                      " sectors such as steel, aluminium and car-making have been hit hard"
                      " by American levies.",
                      "Lower interest rates make borrowing cheaper for households and businesses,"
                      " but can push up prices if the economy is running hot. The bank judged that"
                      " weak growth and rising unemployment gave it room to cut without putting"
                      " its inflation goal at risk.",
                      "Inflation was 2.4% in September, while the unemployment rate stood"
                      " at 7.1%.",
                      "The Bank of Canada, which has reduced rates from 5% since June last"
                      " year, said it expected the economy to grow by 1.2% this year.",
                      "The US Federal Reserve was due to announce its own interest rate"
                      " decision later on Wednesday.",
                      "<strong>Analysis</strong>",
                      "The message from Ottawa was about as clear as central bankers get:"
                      " this is probably the last cut for a while. Mr Macklem was at pains"
                      " to say that lower borrowing costs cannot rebuild export markets"
                      " lost to tariffs.",
                      "Economists will now turn to the bank&#8217;s next decision on 10"
                      " December, when a hold is widely expected.",
                  ],
                  shown="29/10/2025",
                  caption="Governor Tiff Macklem speaking in Ottawa. File photo",
                  more=(
                      "Canada&#8217;s economy shrinks as exports to US fall",
                      "What do US tariffs mean for Canada?",
                  ),
                  top=(
                      "UK inflation holds at 3.8% in September",
                      "Bank of England expected to hold rates at 4% next week",
                      "Eurozone growth edges up to 0.2% in third quarter",
                  ),
                  topics=("Canada", "Interest rates", "Tariffs"))),
        _page("https://www.grandriverrecord.example/business/bank-of-canada-rate-cut-borrowers",
              _regional_site(
                  "What the Bank of Canada&#8217;s latest rate cut means for local"
                  " borrowers",
                  [
                      "Homeowners with variable-rate mortgages got a little more relief on"
                      " Oct. 29 when the Bank of Canada lowered its key lending rate by"
                      " 0.25 percentage points, to 2.25 per cent.",
                      "It was the second cut in as many meetings, after the bank trimmed"
                      " its rate to 2.5 per cent on Sept. 17.",
                      "For a household carrying a $500,000 variable-rate mortgage, the cut"
                      " works out to savings of roughly $75 a month, said Rachel"
                      " Dub&eacute;, a mortgage broker in the city&#8217;s north end."
                      " &#8220;It&#8217;s not life-changing, but people notice it,&#8221;"
                      " she said.",
                      "Governor Tiff Macklem told reporters in Ottawa that the bank&#8217;s"
                      " policy rate was now &#8220;at about the right level,&#8221;"
                      " signalling that further cuts are not a given.",
                      "Fixed-rate borrowers will feel less of a direct effect, since five-year"
                      " fixed mortgage rates tend to follow bond yields rather than the central"
                      " bank&#8217;s policy rate. Savers, meanwhile, can expect the rates on"
                      " high-interest savings accounts to drift lower in the coming weeks.",
                      "Local economists said the region&#8217;s manufacturers, many of which"
                      " ship auto parts south of the border, are feeling the tariff pinch."
                      " Unemployment in the region was 8.3 per cent in September, above the"
                      " national rate of 7.1 per cent.",
                      "&#8220;A lower rate helps at the margin, but what our members really"
                      " need is certainty on trade,&#8221; said Ken Albrecht, president of"
                      " the Grand River Chamber of Commerce.",
                      "The Bank of Canada makes its next rate announcement on Dec. 10, its"
                      " last of the year.",
                  ],
                  byline="By Sandra Pelletier, Business Reporter",
                  paper="Grand River Record",
                  weather="Grand River weather: Cloudy, 6&deg;C",
                  read_more="City council approves 3.9 per cent property tax increase for"
                            " 2026",
                  sponsored=(
                      "Retire at 60? A local planner explains the $1.2 million rule",
                      "This furnace rebate ends Dec. 31",
                  ),
                  section="Business")),
    ], []),

    # -----------------------------------------------------------------------------------
    # 4. Rocket: third Solstice test flight from Andøya (25 Sep 2025).
    # -----------------------------------------------------------------------------------
    _story("rocket-WE4", "rocket", "2025-10-09", [
        _page("https://www.pacificwire.example/science/nordheim-solstice-orbit-2025-09-25",
              _wire_site(
                  "Norway&#8217;s Nordheim reaches orbit on third try with methane-fuelled"
                  " Solstice rocket",
                  [
                      "Norwegian start-up Nordheim Aerospace put its Solstice rocket into"
                      " orbit on Thursday on the vehicle&#8217;s third test flight, a first"
                      " for a rocket launched from continental Europe.",
                      "The 28-metre rocket lifted off from And&oslash;ya Spaceport at 11:42"
                      " a.m. local time (0942 GMT) and its upper stage released two"
                      " student-built cubesats into an orbit about 520 kilometres (323"
                      " miles) above the Earth roughly ten minutes later, the company said.",
                      "&#8220;Today Nordheim became an orbital launch company,&#8221; chief"
                      " executive Ingrid Haugland told staff and guests at the site, to"
                      " loud cheers.",
                      "The success follows two failures. The first Solstice flew for 40"
                      " seconds in March 2024 before losing control and falling into the"
                      " sea. The second, in February this year, reached space but failed to"
                      " reach orbit after its second-stage engine shut down early.",
                      "Solstice&#8217;s first stage is powered by nine Hela engines that"
                      " burn liquid methane and liquid oxygen, a combination favoured by"
                      " several new rockets because it burns cleanly and suits reusable"
                      " designs. Nordheim does not yet recover its boosters.",
                      "The company has raised about 150 million euros from private investors"
                      " and the Norwegian state, and has said it plans its first commercial"
                      " mission in 2026.",
                      "European governments have been funding several small launchers to"
                      " reduce their reliance on U.S. providers, and Nordheim is competing"
                      " with German, French and Spanish start-ups for institutional"
                      " contracts.",
                      "Ground controllers confirmed signals from both satellites on Thursday"
                      " afternoon, said the Arctic University of Norway in Troms&oslash;,"
                      " whose students built them.",
                  ],
                  dateline="ANDOYA, Norway", byline="Nils Ekberg", section="Science",
                  published="2025-09-25T11:20:00Z", updated="13:05 GMT",
                  credit="Reporting by Nils Ekberg; Editing by Sara Holm",
                  related=(
                      "Nordheim sets Sept. 25 for third Solstice test flight",
                      "Japan&#8217;s H3 rocket launches cargo craft on its sixth flight",
                      "German launcher scrubs second flight over valve fault",
                      "SpaceX tops 120 Falcon 9 launches for the year",
                  ))),
        _page("https://news.nbs.example/news/science-environment-70187354",
              _broadcaster_site(
                  "Solstice rocket reaches orbit from Norwegian spaceport",
                  [
                      "A Norwegian-built rocket has reached orbit for the first time, on its"
                      " third attempt, lifting off from And&oslash;ya Spaceport in the far"
                      " north of the country on Thursday 25 September.",
                      "The Solstice rocket, made by Nordheim Aerospace, launched at 10:42"
                      " GMT and placed a set of small student-built satellites into orbit"
                      " around 550km above the Earth.",
                      "Chief executive Ingrid Haugland said: &#8220;From today, Nordheim is"
                      " an orbital launch company.&#8221;",
                      "The first Solstice came down 40 seconds into its flight in March last"
                      " year, while the second, in February this year, reached space but"
                      " did not make it into orbit.",
                      "Analysts say reaching orbit is only the first step: the company will now"
                      " have to show that it can launch regularly, and at a price customers are"
                      " willing to pay.",
                      "The rocket is 28m tall and its first stage runs on nine engines"
                      " fuelled by liquid methane and liquid oxygen.",
                      "And&oslash;ya, an island about 300km north of the Arctic Circle, was"
                      " used for decades to launch small research rockets before the"
                      " orbital spaceport was built there.",
                      "Europe has been trying to build up home-grown launch options after"
                      " years of relying on a small number of large rockets and, at times,"
                      " on US companies.",
                      "Nordheim is one of a handful of European start-ups racing to offer"
                      " satellite operators a ride to orbit from the continent. Most small"
                      " satellites built in Europe currently travel to space on American rockets.",
                      "Mrs Haugland said the company aims to fly its first paying customers"
                      " next year.",
                  ],
                  caption="The Solstice rocket lifting off from And&oslash;ya Spaceport on"
                          " Thursday 25 September. Courtesy Nordheim Aerospace",
                  more=(
                      "Why Europe wants its own small rockets",
                      "Rocket start-up&#8217;s second flight ends short of orbit",
                  ),
                  top=(
                      "Northern lights visible as far south as Kent",
                      "Ferry fares to rise 7% from January",
                      "Heatwave in Spain: temperatures top 41C",
                  ),
                  topics=("Space exploration", "Norway", "Rockets"))),
        _page("https://www.dailycourier.example/science/norway-startup-orbit-europe-launch",
              _daily_site(
                  "A Norwegian start-up just reached orbit. Europe&#8217;s launch race is"
                  " on",
                  [
                      "For a year and a half, Nordheim Aerospace&#8217;s rockets either fell"
                      " into the sea or fizzled short of orbit. On Sept. 25, its third Solstice"
                      " finally made it, releasing three small satellites about ten minutes"
                      " after leaving the pad.",
                      "The launch, from And&oslash;ya Spaceport above the Arctic Circle,"
                      " went off shortly before noon local time, and the upper stage reached"
                      " an orbit of roughly 520 km, the company said.",
                      "&#8220;We are an orbital launch company now,&#8221; Ingrid Haugland,"
                      " Nordheim&#8217;s chief executive, said in a video posted after the"
                      " flight.",
                      "The achievement puts the Norwegians ahead of several better-funded"
                      " European rivals, and it comes as governments on the continent are"
                      " looking for ways to put their own satellites up without waiting for"
                      " a seat on an American rocket.",
                      "Solstice stands 92 feet tall and burns methane, the fuel of choice"
                      " for a new generation of rockets because it leaves less soot in the"
                      " engines and is cheap.",
                      "Its first flight, in March 2024, lasted 40 seconds. The second, in"
                      " February 2025, reached space but not orbit when the second-stage"
                      " engine cut out early.",
                      "Engineers traced that shutdown to a valve on the upper stage&#8217;s fuel"
                      " line, which was redesigned for this mission, according to the company.",
                      "Few in the industry expected a clean flight. Even established launch"
                      " companies have lost early rockets, and a third attempt is often where"
                      " the lessons of the first two pay off.",
                      "Nordheim, which employs about 400 people, has raised around &euro;150"
                      " million. Investors will now expect it to fly often, which is a"
                      " harder problem than flying once.",
                      "The company says its first commercial flight will come in 2026.",
                  ],
                  byline="Tom&aacute;s Ibarra", section="Science",
                  standfirst="Nordheim Aerospace&#8217;s success on its third attempt"
                             " gives Europe a new way to space.",
                  caption="File photo: Nordheim engineers at the company&#8217;s test"
                          " stand in northern Norway.",
                  most_read=(
                      "NASA delays crewed moon flyby to April",
                      "Rival launcher loses second stage 3 minutes into flight",
                      "Why the price of a launch fell 40% in a decade",
                      "The 10 best telescopes for beginners",
                  ))),
    ], [
        ("time", r"\b11[:.]42|\b0?9[:.]?42", r"\b10[:.]?42"),
        ("count", r"\b(2|two)\b", r"\b(3|three)\b"),
        ("altitude",
         r"(?<![\d.])520 ?(km|kilomet)|(?<![\d.])323 ?mi",
         r"(?<![\d.])550 ?(km|kilomet)|(?<![\d.])34[12] ?mi"),
    ]),

    # -----------------------------------------------------------------------------------
    # 5. Earthquake: M6.6 in Chile's Atacama region (11 Nov 2025).
    # -----------------------------------------------------------------------------------
    _story("quake-WE5", "earthquake", "2025-11-20", [
        _page("https://www.pacificwire.example/world/chile-quake-atacama-2025-11-11",
              _wire_site(
                  "Magnitude 6.6 quake shakes northern Chile, at least two dead",
                  [
                      "A magnitude 6.6 earthquake struck northern Chile before dawn on"
                      " Tuesday, killing at least two people, knocking out power to more than"
                      " 100,000 homes and businesses and sending residents of coastal towns running"
                      " for higher ground.",
                      "The quake hit at 3:17 a.m. local time (0617 GMT) at a depth of 42"
                      " kilometres, with its epicentre near the coastal town of Caldera in"
                      " the Atacama region, the U.S. Geological Survey said.",
                      "The navy&#8217;s hydrographic service said the quake did not meet"
                      " the conditions for a tsunami on the Chilean coast, but the national"
                      " disaster agency Senapred ordered a precautionary evacuation of the"
                      " shoreline, which it lifted a little over two hours later.",
                      "An elderly woman died in Copiap&oacute; when an adobe wall collapsed"
                      " on her home, and a man in Caldera died of a heart attack, regional"
                      " authorities said. Several other people were injured.",
                      "&#8220;It felt like the house was going to come apart,&#8221; said"
                      " Rosa Contreras, 54, who fled into the street in Caldera with her"
                      " two grandchildren. &#8220;It went on and on.&#8221;",
                      "About 120,000 customers lost electricity across Atacama and"
                      " neighbouring Coquimbo, the energy ministry said.",
                      "State copper miner Codelco said it had halted work at its El"
                      " Salvador division as a precaution while engineers inspected the"
                      " facilities.",
                      "Schools across the Atacama region were closed for the day so that buildings"
                      " could be checked, the education ministry said.",
                      "Chile sits on the Pacific &#8220;Ring of Fire&#8221; and is one of"
                      " the most seismically active countries in the world. A magnitude 8.8"
                      " quake in February 2010 killed more than 500 people.",
                  ],
                  dateline="SANTIAGO", byline="Camila Reyes", section="World",
                  published="2025-11-11T09:05:00Z",
                  credit="Reporting by Camila Reyes; Editing by Diane Ortega",
                  related=(
                      "Magnitude 5.8 quake rattles southern Peru, no damage reported",
                      "Quake of magnitude 6.2 off Sulawesi kills four",
                      "Chile raises alert at Villarrica volcano to yellow",
                      "Copper climbs 1.5% on Chilean supply worries",
                  ))),
        _page("https://news.nbs.example/news/world-latin-america-70455120",
              _broadcaster_site(
                  "Chile earthquake: Three dead after magnitude 6.6 tremor in Atacama",
                  [
                      "Three people have died after a magnitude 6.6 earthquake struck"
                      " northern Chile in the early hours of Tuesday, officials say, up from"
                      " two reported earlier in the day.",
                      "The quake hit at 06:17 GMT near Caldera, a fishing and tourist town"
                      " in the Atacama region, at a depth of about 10km.",
                      "The third victim was a 61-year-old man who was struck by falling"
                      " masonry in Copiap&oacute;, the regional capital, and died in"
                      " hospital in the afternoon, the health ministry said. Twenty-seven"
                      " people were treated for injuries.",
                      "Chile&#8217;s disaster agency, Senapred, briefly ordered people to"
                      " leave coastal areas, but lifted the order a little over two hours"
                      " later after the navy ruled out a tsunami.",
                      "Marcela Ort&uacute;zar, Senapred&#8217;s director, said more than 40"
                      " aftershocks had been recorded by the evening, the strongest of"
                      " magnitude 5.1.",
                      "Many residents spent the rest of the night outdoors, fearing further"
                      " shocks. In Copiap&oacute;, some families set up tents in parks and on"
                      " school playing fields. The Atacama region, one of the driest places on"
                      " Earth, is the heart of Chile&#8217;s copper and iron mining industry.",
                      "&#8220;We have damage to older adobe houses, to some roads and to a"
                      " school in Copiap&oacute;, but the modern buildings behaved"
                      " well,&#8221; she said.",
                      "Teams of engineers were sent from Santiago to help inspect damaged"
                      " buildings.",
                      "Power had been restored to most of the 120,000 homes and businesses"
                      " that lost electricity, the energy ministry said.",
                      "Chile has some of the strictest building codes in the world,"
                      " tightened after a magnitude 8.8 earthquake in 2010 in which more"
                      " than 500 people died.",
                  ],
                  shown="11/11/2025", updated="11/11/2025, 21:10 GMT",
                  caption="Residents of Caldera waited on higher ground until the"
                          " evacuation order was lifted",
                  more=(
                      "Chile&#8217;s 2010 earthquake: how the country rebuilt",
                      "Why does Chile have so many earthquakes?",
                  ),
                  top=(
                      "Budget: Chancellor to set out plans on 26 November",
                      "Storm Idris: Amber warning for wind in Scotland",
                      "Six hurt as bus overturns on M6",
                  ),
                  topics=("Chile", "Earthquakes", "Latin America"))),
        _page("https://www.dailycourier.example/world/chile-earthquake-copper-country",
              _daily_site(
                  "Deadly quake in Chile&#8217;s copper country tests a nation built for"
                  " shaking",
                  [
                      "The magnitude 6.6 earthquake that jolted northern Chile at 4:17 a.m."
                      " local time on Nov. 11 was strong enough to topple old adobe walls"
                      " and to stop work at one of the country&#8217;s oldest copper mines."
                      " It killed three people; officials had initially reported two"
                      " deaths.",
                      "Centred near the coast of the Atacama region at a depth of about 26"
                      " miles, the quake was felt hundreds of miles to the south. Twenty-"
                      "seven people were hurt, most of them by falling objects.",
                      "What it did not do was bring down modern buildings. Engineers say"
                      " that is no accident. After a magnitude 8.8 quake in 2010 killed"
                      " more than 500 people, Chile tightened building codes that were"
                      " already among the world&#8217;s toughest.",
                      "&#8220;A 6.6 under a European city would be a catastrophe,&#8221;"
                      " said Javier Montes, a structural engineer at a university in"
                      " Santiago. &#8220;Here it is a bad night and a lot of broken"
                      " dishes.&#8221;",
                      "The weak point is older housing. Many homes in the mining towns of"
                      " the Atacama were built of adobe decades ago, long before the rules"
                      " changed, and those are the ones that cracked.",
                      "Emergency officials said about a dozen homes had been declared"
                      " uninhabitable by the end of the first day, nearly all of them adobe.",
                      "Codelco, the state copper company, paused operations at its El"
                      " Salvador division for inspections. Copper prices rose on the news,"
                      " although analysts expect little lasting effect on supply.",
                      "More than 40 aftershocks followed in the first day. Seismologists"
                      " said residents should expect more in the coming weeks.",
                  ],
                  byline="Lucia Ferrer", section="World",
                  note="Correction: An earlier version of this article gave the wrong year"
                       " for Chile&#8217;s magnitude 8.8 earthquake. It struck in 2010.",
                  standfirst="Three people died, but engineers say Chile&#8217;s building"
                             " codes kept the toll low.",
                  most_read=(
                      "Magnitude 7.1 quake in Japan prompts brief tsunami warning",
                      "Copper hits record $11,400 a tonne",
                      "Why Chile&#8217;s lithium boom is stalling",
                      "Opinion: Build like Santiago",
                  ))),
        _page("https://www.kvtr7.example/news/national/chile-earthquake-3-killed",
              _tv_site(
                  "6.6 magnitude earthquake hits northern Chile; 3 killed",
                  [
                      "A powerful earthquake struck northern Chile early Tuesday, Nov. 11,"
                      " killing at least three people and briefly prompting coastal"
                      " evacuations, officials said. Authorities had reported two deaths"
                      " earlier in the day.",
                      "The magnitude 6.6 quake was centered near the town of"
                      " Cha&ntilde;aral in the Atacama region, according to the U.S."
                      " Geological Survey. It struck at 1:17 a.m. Eastern time.",
                      "No tsunami was generated, Chilean officials said. Twenty-seven people"
                      " were injured.",
                      "Because the quake struck near the coast, Chile&#8217;s disaster agency"
                      " ordered people out of low-lying areas as a precaution. That order was"
                      " lifted a little over two hours later.",
                      "About 120,000 homes and businesses lost power, according to Chile&#8217;s"
                      " energy ministry.",
                      "Officials urged residents to stay away from damaged buildings as aftershocks"
                      " continued through the day.",
                      "Video posted on social media showed shelves crashing to the floor in"
                      " a supermarket and people gathering in the streets in the dark.",
                      "For Duluth resident Ana Morales, the news came in a text message"
                      " from her sister, who lives in Copiap&oacute;. &#8220;She said it was"
                      " the longest shaking she has ever felt,&#8221; Morales told KVTR."
                      " &#8220;Everybody in the family is OK, thank God.&#8221;",
                      "The Atacama region is home to some of the world&#8217;s largest"
                      " copper mines. Chile&#8217;s state copper company said it stopped"
                      " work at one of its mines for safety checks.",
                      "Chile is one of the most earthquake-prone countries on Earth.",
                      "The country sits where the Nazca plate slides beneath the South American"
                      " plate, and it was hit by the strongest earthquake ever recorded, a"
                      " magnitude 9.5 in 1960.",
                  ],
                  byline="KVTR Staff and wire reports",
                  video="VIDEO: Security camera footage shows the moment the quake hit a"
                        " store in northern Chile.",
                  trending=(
                      "Snow totals: Up to 8 inches possible along the North Shore",
                      "Duluth council approves 6.5% levy increase",
                      "Hermantown teen wins state spelling bee",
                      "Magnitude 4.1 quake felt in western Ontario",
                  ))),
    ], [
        ("place", r"caldera", r"cha(ñ|n|&ntilde;)aral"),
        ("depth",
         r"(?<![\d.])42 ?(km|kilomet)|(?<![\d.])26 ?mi",
         r"(?<![\d.])10 ?(km|kilomet)|(?<![\d.])6(\.2)? ?mi"),
        ("time", r"\b0?3[:.]?17|\b0?6[:.]?17|\b0?1[:.]17", r"\b0?4[:.]?17"),
    ]),

    # -----------------------------------------------------------------------------------
    # 6. Election: Lakemont mayoral run-off (2 Dec 2025).
    # -----------------------------------------------------------------------------------
    _story("election-WE6", "election", "2025-12-12", [
        _page("https://www.kvtr7.example/news/local/delgado-wins-lakemont-mayor-runoff",
              _tv_site(
                  "Delgado wins Lakemont mayor&#8217;s race in runoff",
                  [
                      "City council member Maria Delgado will be Lakemont&#8217;s next mayor"
                      " after defeating former police chief Tom Brennan in the runoff"
                      " election on Tuesday, Dec. 2.",
                      "With all 64 precincts reporting, Delgado had 41,212 votes, or 54.3%,"
                      " to Brennan&#8217;s 34,688, or 45.7%, according to unofficial"
                      " results from the city clerk&#8217;s office.",
                      "Turnout was 38.1%, the clerk&#8217;s office said, up from 27.4% in"
                      " the Nov. 4 first round, when Delgado led a field of five candidates"
                      " with 38.2% and Brennan finished second with 29.5%.",
                      "&#8220;Tonight Lakemont chose to look forward, together,&#8221;"
                      " Delgado told a cheering crowd at the Union Hall downtown.",
                      "Brennan conceded shortly before 11 p.m. &#8220;The voters have"
                      " spoken, and I respect that,&#8221; he told supporters at a"
                      " restaurant on the east side. &#8220;I called Maria and wished her"
                      " well.&#8221;",
                      "Delgado will be sworn in Jan. 5 and will succeed Mayor Richard Hale,"
                      " who did not seek a fourth term.",
                      "Delgado, who has represented the 2nd Ward on the council, will be the first"
                      " Latina to serve as Lakemont&#8217;s mayor. The results become official"
                      " once the city&#8217;s canvassing board certifies them on Dec. 9.",
                      "Delgado is expected to name her chief of staff before the holidays. Both"
                      " candidates had promised to hold the city&#8217;s property tax rate flat.",
                      "The race focused on housing costs and public safety. Brennan ran on"
                      " his decades with the department and promised to hire more officers;"
                      " Delgado pushed a plan to speed up permits for new apartments.",
                      "KVTR 7 will have more on what the new mayor&#8217;s first 100 days"
                      " could look like tonight at 10.",
                  ],
                  byline="Marcus Lee", dateline="LAKEMONT",
                  video="VIDEO: Maria Delgado speaks to supporters at the Union Hall after"
                        " the results came in.",
                  trending=(
                      "Riverton re-elects Mayor Sam Ortiz with 61% of the vote",
                      "Lakemont schools superintendent to retire in June",
                      "Police: 2 arrested after downtown pursuit",
                      "Winter parking rules take effect Monday",
                  ))),
        _page("https://www.valleyherald.example/news/delgado-elected-first-latina-mayor",
              _regional_site(
                  "Delgado elected mayor; first Latina to lead Lakemont",
                  [
                      "Maria Delgado made history on Dec. 2, becoming the first Latina"
                      " elected mayor of Lakemont after a run-off campaign dominated by"
                      " housing costs and policing.",
                      "Delgado, a two-term city council member, beat retired fire chief Tom"
                      " Brennan by 6,524 votes, according to unofficial returns. About"
                      " 76,000 ballots were cast.",
                      "Her winning share, 54.3 per cent, came after a campaign in which she"
                      " knocked on doors in every ward and leaned heavily on endorsements"
                      " from the city&#8217;s building trades unions.",
                      "At the Union Hall on election night, supporters chanted her name as"
                      " the final precincts came in. &#8220;I&#8217;ve lived here 40 years"
                      " and I never thought I&#8217;d see this,&#8221; said Lupe"
                      " Hern&aacute;ndez, 71.",
                      "Brennan, who finished second in the Nov. 4 first round with 29.5 per"
                      " cent, congratulated Delgado in a short speech and said he would"
                      " &#8220;stay involved&#8221; in city affairs.",
                      "Outgoing Mayor Richard Hale, who served three terms, said he would"
                      " meet Delgado this week to begin the transition.",
                      "Delgado&#8217;s campaign said she would announce her transition team in the"
                      " coming days.",
                      "Turnout rose from the first round but remained far below that of last"
                      " year&#8217;s presidential election, when more than 70 per cent of the"
                      " city&#8217;s registered voters cast ballots. Both campaigns had spent"
                      " heavily on mail and door-knocking in the final two weeks.",
                      "Delgado has promised to cut the time it takes to approve new housing"
                      " projects and to hold a town hall in each ward during her first"
                      " year.",
                  ],
                  byline="By Gina Castellanos | Valley Herald-Tribune",
                  read_more="Lakemont council approves $412 million budget for 2026",
                  sponsored=(
                      "Lakemont homeowners: new rule could cut your insurance bill 20%",
                      "The 5 best holiday light displays within an hour of the Valley",
                  ),
                  photo="Maria Delgado celebrates with supporters at the Union Hall."
                        " (Valley Herald-Tribune photo)",
                  note="Correction: An earlier version of this story said Delgado had"
                       " served on the council since 2017. She was first elected in 2019.",
                  section="Local Politics")),
        _page("https://www.dailycourier.example/politics/2025/12/03/lakemont-runoff-delgado",
              _daily_site(
                  "Delgado beats Brennan in Lakemont runoff as turnout climbs",
                  [
                      "Maria Delgado won the Lakemont mayoral runoff on Tuesday, defeating"
                      " former police chief Tom Brennan by 8.6 percentage points in a race"
                      " that turned on rents and policing.",
                      "Delgado took 54.3% of the vote to Brennan&#8217;s 45.7%. Turnout"
                      " reached 31.8% of the city&#8217;s 238,700 registered voters, up"
                      " from 27.4% in the first round on Nov. 4 &mdash; low, but the"
                      " highest for a city runoff in two decades, according to the"
                      " clerk.",
                      "Delgado, 46, has been on the city council since 2019 and will be the"
                      " city&#8217;s first Latina mayor.",
                      "&#8220;Lakemont chose to look forward tonight, and to do it"
                      " together,&#8221; she said in her victory speech.",
                      "Brennan, who spent 31 years with the police department, said the"
                      " voters had spoken and that he had called Delgado to congratulate"
                      " her.",
                      "Delgado will take office on January 6, succeeding three-term Mayor"
                      " Richard Hale, who did not run.",
                      "Hale, who endorsed neither candidate, said he would work closely with"
                      " Delgado on the handover.",
                      "Her agenda starts with housing. She has promised to fast-track"
                      " permits for apartment buildings near transit lines and to create a"
                      " city fund to help first-time buyers, which Brennan called"
                      " unaffordable.",
                      "Brennan&#8217;s campaign leaned on the endorsement of the police"
                      " officers&#8217; union and ran television ads accusing Delgado of being"
                      " soft on crime, a charge she rejected. Political scientists said the result"
                      " showed the limits of a public-safety message in a city where rents have"
                      " risen faster than wages.",
                      "The results are unofficial until the city&#8217;s canvassing board"
                      " certifies them on Dec. 9.",
                  ],
                  byline="Owen Hartley", section="Politics",
                  published="2025-12-03T05:15:00-06:00",
                  standfirst="The council member will be the city&#8217;s first Latina"
                             " mayor.",
                  most_read=(
                      "Riverton mayor wins third term with 61%",
                      "State revenue forecast shows $1.1 billion surplus",
                      "Lakemont schools chief to retire in June",
                      "Gas prices fall to $2.79 a gallon",
                  ))),
    ], [
        ("turnout", r"(?<![\d.])31\.8", r"(?<![\d.])38\.1"),
        ("title", r"police", r"fire"),
        ("date",
         r"jan(uary|\.)? ?0?5\b|2026-01-05|\b0?5 jan",
         r"jan(uary|\.)? ?0?6\b|2026-01-06|\b0?6 jan"),
    ]),
]
