"""Part XB of the story battery (web pages).

Written by engineer XB1 on 2026-12-06 (nineteenth session, ninth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py XB`.

Six stories (two earthquakes, two rocket test flights, two elections), each told by three or
four invented outlets whose whole HTML pages carry their own site furniture.  One story
(elect-XB6) is a control story with no planted disagreement.
"""

from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Templates, one per kind of site.  Each takes the article's pieces and returns a whole page.
# ---------------------------------------------------------------------------------------------

def _li(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="#">{h}</a></li>' for h in items)


def _wire_site(title: str, body_paragraphs: list[str], *, dateline: str,
               published: str | None = None, byline: str = "",
               related: tuple[str, ...] = (), credit: str = "",
               updated: str = "", section: str = "World") -> str:
    """A wire service: <article>, dateline in the lead, JSON-LD when dated."""
    site = "Meridian Wire"
    head = [
        '<meta charset="utf-8">',
        f"<title>{title} | Meridian Wire</title>",
        f'<meta property="og:site_name" content="{site}">',
        '<meta property="og:type" content="article">',
        '<meta name="twitter:site" content="@meridianwire">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": title.replace("&#8217;", "'"), "datePublished": published,
              "publisher": {"@type": "Organization", "name": site}}
        head.append('<script type="application/ld+json">' + json.dumps(ld) + "</script>")
    paras = []
    for i, p in enumerate(body_paragraphs):
        if i == 0:
            p = f'<span class="dateline">{dateline} (Meridian Wire) &#8212;</span> {p}'
        paras.append(f'<p data-testid="paragraph-{i}">{p}</p>')
        if i == 3:
            paras.append('<div class="ad-unit" aria-hidden="true">'
                         '<span class="ad-label">Advertisement &middot; Scroll to continue with '
                         'content</span></div>')
    upd = f'<div class="updated-stamp">{updated}</div>' if updated else ""
    cred = f'<p class="story-credit">{credit}</p>' if credit else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/wire.css">
</head>
<body class="article-page">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/">MERIDIAN WIRE</a></div>
  <nav aria-label="Sections"><ul>
    <li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/markets/">Markets</a></li><li><a href="/science/">Science</a></li>
    <li><a href="/sustainability/">Sustainability</a></li><li><a href="/legal/">Legal</a></li>
    <li><a href="/breakingviews/">Commentary</a></li>
  </ul></nav>
  <button class="sign-in">Sign In</button> <a class="register" href="/register">Register</a>
</header>
<main id="main-content">
<article class="story">
  <header class="story-header">
    <span class="topic-tag">{section}</span>
    <h1 class="story-title">{title}</h1>
    <div class="byline">{byline}</div>
    {upd}
    <div class="share-bar"><button>Share on Facebook</button><button>Share on X</button>
    <button>Share on LinkedIn</button><button>Copy link</button></div>
  </header>
  <div class="story-body">
  {chr(10).join(paras)}
  {cred}
  </div>
  <footer class="story-footer">
    <p class="trust">Our Standards: The Meridian Wire Trust Principles.</p>
    <a class="license" href="/licensing">Purchase Licensing Rights</a>
  </footer>
</article>
<section class="more-from" aria-label="More from Meridian Wire">
  <h2>More from Meridian Wire</h2>
  <ul>{_li(related, "card")}</ul>
</section>
</main>
<footer class="site-footer">
  <p>Meridian Wire, the news and media division of Meridian Holdings, is the world&#8217;s
  second-largest multimedia news provider, reaching billions of people every day.</p>
  <p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Meridian Wire. All rights
  reserved.</p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, body_paragraphs: list[str], *, kicker: str, dek: str,
                author: str, bio: str, visible_date: str = "", caption: str = "",
                read_more: tuple[int, str] | None = None,
                most_read: tuple[str, ...] = ()) -> str:
    """A national daily: nested <div> soup, styled <div> headline, paywall teaser."""
    blocks = []
    for i, p in enumerate(body_paragraphs):
        blocks.append(f'<div class="css-53u6y8"><p class="css-at9mc evys1bk0">{p}</p></div>')
        if read_more and i == read_more[0]:
            blocks.append('<div class="css-1o3j0x inline-rel"><span>Read more:</span> '
                          f'<a href="#">{read_more[1]}</a></div>')
        if i == 2:
            blocks.append('<div class="css-9tf9ac paywall-teaser"><p>You have 2 free articles '
                          'remaining this month. <a href="/subscription">Subscribe</a> for '
                          '$1 a week for your first year.</p></div>')
    date_html = (f'<div class="css-x7rtpa"><span class="css-1sbuyqj">{visible_date}</span></div>'
                 if visible_date else "")
    fig = ""
    if caption:
        fig = (f'<div class="css-79elbk"><figure class="css-1v2n82w" role="group">'
               f'<div class="css-1xdhyk6"><img src="/images/2025/lead.jpg" alt=""></div>'
               f'<figcaption class="css-jevhq3"><span class="css-cnj6d5">{caption}</span>'
               f'</figcaption></figure></div>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{title} - The National Ledger</title>
<meta name="description" content="{dek}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="app"><div class="css-1r7ky0e">
<div class="css-cookie" id="consent"><p>We use cookies and similar technologies to
personalise content and measure performance. <button>Accept all</button>
<button>Manage preferences</button></p></div>
<div class="css-masthead"><div class="css-10488qs"><a href="/" class="logo">The National
Ledger</a></div>
<div class="css-sections"><a href="/section/world">World</a> <a href="/section/us">U.S.</a>
<a href="/section/politics">Politics</a> <a href="/section/business">Business</a>
<a href="/section/science">Science</a> <a href="/section/opinion">Opinion</a>
<a href="/section/climate">Climate</a></div>
<a class="css-subscribe" href="/subscription">Subscribe for $1/week</a>
<a class="css-login" href="/login">Log in</a></div>
<div class="css-1vkm6nb"><div class="css-story">
<div class="css-kicker">{kicker}</div>
<div class="css-headline" data-testid="headline">{title}</div>
<div class="css-dek">{dek}</div>
{fig}
<div class="css-byline"><div class="css-1baulvz">By <a href="/by/author">{author}</a></div>
{date_html}
<div class="css-share"><button aria-label="Share full article">Share full article</button>
<button>Gift this article</button><button>Save</button></div></div>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-s99gbd StoryBodyCompanionColumn">
{chr(10).join(blocks)}
</div></section>
<div class="css-bio"><p>{bio}</p></div>
<div class="css-comments"><a href="#comments">See all comments</a></div>
</div>
<aside class="css-most-read"><h2>Most Popular</h2><ol>{_li(most_read)}</ol></aside>
</div></div>
<footer class="css-footer"><p>&copy; 2025 The National Ledger Company</p>
<p>620 Harmon Street, New York, NY 10018</p>
<nav><a href="/contact">Contact Us</a> <a href="/accessibility">Accessibility</a>
<a href="/careers">Work with us</a> <a href="/privacy">Privacy Policy</a>
<a href="/terms">Terms of Service</a></nav></footer>
</div>
</body>
</html>
"""


def _tv_site(title: str, body_paragraphs: list[str], *, station: str, call: str,
             city: str, weather: str, published_line: str = "", video: str = "",
             trending: tuple[str, ...] = (), reporter: str = "") -> str:
    """A local TV station's site: text separated by <br>s, video box, trending list."""
    text = "<br><br>\n".join(body_paragraphs)
    pub = f'<div class="timestamp">{published_line}</div>' if published_line else ""
    vid = (f'<div class="video-player"><div class="vp-title">WATCH: {video}</div>'
           '<button class="vp-play">Play</button><span class="vp-dur">2:14</span></div>'
           if video else "")
    rep = f'<div class="author-name">{reporter}</div>' if reporter else ""
    return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<title>{title} | {station}</title>
<meta property="og:site_name" content="{station}">
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="story-page theme-{call.lower()}">
<div class="alert-bar">LIVE: {call} News at Noon &#9679; <a href="/live">Watch now</a></div>
<div class="top-bar"><div class="weather-widget">{city} {weather}</div>
<a href="/apps">Download the {call} app</a></div>
<div class="header"><div class="brand"><a href="/"><img alt="{station}" src="/logo.svg"></a>
</div>
<ul class="main-nav"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/traffic">Traffic</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/investigations">4 Investigates</a></li><li><a href="/live">Watch Live</a></li>
<li><a href="/contests">Contests</a></li></ul></div>
<div class="main-wrap"><div class="left-col">
<h1 class="headline">{title}</h1>
{rep}
{pub}
<div class="social-share"><a href="#">Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a>
<a href="#">Copy link</a></div>
{vid}
<div class="story-text">
{text}
</div>
<div class="copyright-note">Copyright 2025 {station}. All rights reserved. This material
may not be published, broadcast, rewritten or redistributed.</div>
<div class="tips">Have a news tip? Email the {call} newsroom or call our tip line.</div>
</div>
<div class="right-col"><div class="trending"><h3>Trending Now</h3><ul>{_li(trending)}</ul>
</div>
<div class="ad-box">Advertisement</div>
<div class="forecast"><h3>7-Day Forecast</h3><p>Updated every hour by the {call} First
Alert Weather team.</p></div></div></div>
<div class="footer">{station} &middot; EEO Public File Report &middot; FCC Applications
&middot; Closed Captioning &middot; Privacy Policy &middot; Terms of Use</div>
</body>
</html>
"""


def _blog_site(title: str, body_paragraphs: list[str], *, published: str, visible_date: str,
               author: str, tags: tuple[str, ...], recent: tuple[str, ...],
               comments: int, ticker: str) -> str:
    """A WordPress-style finance blog."""
    content = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in body_paragraphs)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Launchpad Capital</title>
<meta name="generator" content="WordPress 6.6.2">
<meta property="og:site_name" content="Launchpad Capital">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="Space Economy">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/style.css">
</head>
<body class="wp-singular post-template-default single single-post postid-8812
single-format-standard ast-right-sidebar">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">Launchpad Capital</a></p>
<p class="site-description">Money, markets and the business of space</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/launch/">Launch</a></li>
<li class="menu-item"><a href="/category/deals/">Deals</a></li>
<li class="menu-item"><a href="/category/earnings/">Earnings</a></li>
<li class="menu-item"><a href="/newsletter/">Newsletter</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav>
<div class="ticker-strip">{ticker}</div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard
has-post-thumbnail hentry category-launch">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark"><time
class="entry-date published" datetime="{published}">{visible_date}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n"
href="/author/">{author}</a></span></span> <span class="comments-link"><a
href="#comments">{comments} Comments</a></span></div></header>
<div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Share on X (Opens in new window)</a></li>
<li><a class="share-facebook" href="#">Share on Facebook (Opens in new window)</a></li>
<li><a class="share-linkedin" href="#">Share on LinkedIn</a></li>
<li><a class="share-email" href="#">Email a link to a friend</a></li></ul></div>
<div class="wp-block-group newsletter-box"><p><strong>Get the Launchpad Brief.</strong>
Every Friday: the week&#8217;s launches, raises and contracts in five minutes.</p>
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/launch/"
rel="category tag">Launch</a></span><span class="tags-links">Tagged {tag_html}</span>
</footer>
</article>
<div class="author-box"><p>{author} covers launch companies, satellite operators and the
investors behind them. Previously an analyst at a Nordic investment bank.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><p class="comment-teaser">Log in to join the discussion.</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>{_li(recent)}</ul></section>
<section class="widget"><h2 class="widget-title">Disclosure</h2><p>Launchpad Capital
writers may hold positions in companies mentioned. Nothing here is investment
advice.</p></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Launchpad
Capital &middot; Proudly powered by WordPress &middot; Theme: Astra</div></footer>
</div>
</body>
</html>
"""


def _public_site(title: str, body_paragraphs: list[str], *, site: str, short: str,
                 published: str | None = None, visible: str = "",
                 caption: str = "", related: tuple[str, ...] = (),
                 topics: tuple[str, ...] = ()) -> str:
    """A public broadcaster: <main>, text blocks, optional subheads (paragraphs starting ##)."""
    blocks = []
    for p in body_paragraphs:
        if p.startswith("## "):
            blocks.append(f'<div data-component="subheadline-block"><h2>{p[3:]}</h2></div>')
        else:
            blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    vis = f'<div class="ssrcss-time"><time>{visible}</time></div>' if visible else ""
    fig = ""
    if caption:
        fig = ('<div data-component="image-block"><figure><img src="/img/960/cpsprod.jpg" '
               f'alt=""><figcaption><span class="visually-hidden">Image caption, </span>'
               f'{caption}</figcaption></figure></div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - {short}</title>
<meta property="og:site_name" content="{site}">
{meta}
</head>
<body>
<div id="cookie-banner" class="cookie-banner"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree
to all of these cookies.</p><button>Yes, I agree</button><button>No, take me to
settings</button></div>
<a href="#main-content" class="skip">Skip to content</a>
<header role="banner"><nav><a href="/">{short}</a>
<ul><li><a href="/news">Home</a></li><li><a href="/news/world">World</a></li>
<li><a href="/news/europe">Europe</a></li><li><a href="/news/science">Science</a></li>
<li><a href="/news/business">Business</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/radio">Radio</a></li></ul></nav></header>
<main id="main-content" data-testid="main-content">
<article>
<header><h1 id="main-heading" tabindex="-1">{title}</h1></header>
{vis}
<div class="share-tools"><button>Share</button><button>Save</button></div>
{fig}
{chr(10).join(blocks)}
<section class="related-topics"><h2>Related topics</h2><ul>{_li(topics)}</ul></section>
</article>
<section data-component="related-stories"><h2>More on this story</h2>
<ul>{_li(related)}</ul></section>
</main>
<footer><p>{site} is not responsible for the content of external sites. Read about our
approach to external linking.</p><p>&copy; 2025 {site}</p></footer>
</body>
</html>
"""


def _regional_site(title: str, body_paragraphs: list[str], *, paper: str, town: str,
                   byline: str, dateline_text: str = "", caption: str = "",
                   sponsored: tuple[str, ...] = (), popular: tuple[str, ...] = (),
                   correction: str = "", meta_date: str | None = None) -> str:
    """A regional paper with heavy ads: table layout, ad slots between paragraphs."""
    rows = []
    for i, p in enumerate(body_paragraphs):
        rows.append(f'<p class="storytext">{p}</p>')
        if i % 2 == 1 and i != len(body_paragraphs) - 1:
            rows.append(f'<div class="adslot adslot-{i}" id="div-gpt-ad-{1000 + i}">'
                        '<span class="adlabel">ADVERTISEMENT</span></div>')
        if i == 4 and sponsored:
            rows.append('<div class="taboola-inline"><span>Sponsored Content</span><ul>'
                        + _li(sponsored) + "</ul></div>")
    meta = (f'<meta property="article:published_time" content="{meta_date}">'
            if meta_date else "")
    dl = f'<span class="dateline-text">{dateline_text}</span>' if dateline_text else ""
    cap = (f'<table class="photo"><tr><td><img src="/photos/web1.jpg" width="600"></td></tr>'
           f'<tr><td class="cutline"><font size="2">{caption}</font></td></tr></table>'
           if caption else "")
    corr = f'<p class="correction"><i>{correction}</i></p>' if correction else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{paper} | {title}</title>
{meta}
<script src="/ads/prebid.js"></script>
</head>
<body bgcolor="#ffffff">
<div id="gdpr-notice">This site uses cookies. By continuing to browse you agree to our use of
cookies. <a href="/privacy">Learn more</a> <a href="#" class="close">OK</a></div>
<div class="leaderboard"><span class="adlabel">ADVERTISEMENT</span></div>
<table width="100%" cellpadding="0" cellspacing="0" class="masthead"><tr>
<td><a href="/"><font size="6" face="Georgia"><b>{paper}</b></font></a><br>
<font size="1">Serving {town} since 1911</font></td>
<td align="right"><a href="/subscribe">Subscribe</a> | <a href="/e-edition">e-Edition</a> |
<a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a> |
<a href="/jobs">Jobs</a></td></tr></table>
<table width="100%" class="navbar"><tr><td><a href="/news/local">Local News</a> &nbsp;
<a href="/news/state">State</a> &nbsp; <a href="/news/nation-world">Nation &amp; World</a>
&nbsp; <a href="/sports">Sports</a> &nbsp; <a href="/opinion">Opinion</a> &nbsp;
<a href="/lifestyle">Life</a> &nbsp; <a href="/weather">Weather</a></td></tr></table>
<table width="100%"><tr>
<td valign="top" width="70%" class="maincol">
<font size="5" face="Georgia"><b>{title}</b></font><br>
<font size="2" color="#666666">{byline}</font><br><br>
{cap}
<div class="share">Share: <a href="#">Facebook</a> | <a href="#">Twitter</a> |
<a href="#">Email</a> | <a href="#">Print</a></div>
{dl}
<div class="article-body">
{chr(10).join(rows)}
{corr}
</div>
<div class="paywall-soft"><b>Support local journalism.</b> Subscribers get unlimited
access for 99&cent; for the first month.</div>
<div class="comments-teaser">Comments are closed on this story.</div>
</td>
<td valign="top" class="rightcol">
<div class="adslot-rail"><span class="adlabel">ADVERTISEMENT</span></div>
<div class="popular"><b>Most Popular</b><ol>{_li(popular)}</ol></div>
<div class="adslot-rail"><span class="adlabel">ADVERTISEMENT</span></div>
<div class="newsletter">Sign up for our Morning Headlines email.
<input type="text" value="Email address"></div>
</td></tr></table>
<div class="footer"><font size="1">&copy; 2025 {paper}, a member of the Coastline Media
Group. All rights reserved. Use of this site constitutes acceptance of our User
Agreement.</font></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------------------------
    # 1. Earthquake on Ecuador's Pacific coast, Sunday 14 September 2025.
    # -----------------------------------------------------------------------------------------
    _story("quake-XB1", "earthquake", "2025-09-16", [
        _page("https://www.meridianwire.example/world/americas/ecuador-quake-manabi-2025-09-14/",
              _wire_site(
                  "Magnitude 6.5 quake kills nine on Ecuador&#8217;s coast",
                  [
                      "A magnitude 6.5 earthquake struck Ecuador&#8217;s Pacific coast before "
                      "dawn on Sunday, killing at least nine people, injuring 130 and damaging "
                      "more than 1,100 homes in the provinces of Manab&iacute; and Esmeraldas, "
                      "authorities said.",
                      "The quake hit at 3:12 a.m. local time (0812 GMT) at a depth of 18 km "
                      "(11 miles), with its epicentre near the fishing town of Jama, according "
                      "to Ecuador&#8217;s Geophysical Institute. The shaking woke residents as "
                      "far away as Quito, about 200 km (125 miles) to the east.",
                      "President Daniel Noboa declared a 60-day state of emergency in the two "
                      "provinces and said he would travel to the area later in the day.",
                      "&#8220;We are working with every available hand to reach the communities "
                      "that are still cut off,&#8221; Carla Mendieta, a spokeswoman for the "
                      "national risk management secretariat, told reporters in Portoviejo, the "
                      "capital of Manab&iacute;.",
                      "Most of the dead were in rural villages where houses of adobe and "
                      "unreinforced brick gave way, the secretariat said. Two of the victims "
                      "were children.",
                      "The navy&#8217;s oceanographic institute said there was no tsunami "
                      "threat and lifted a precautionary alert for fishing boats shortly "
                      "after sunrise.",
                      "Seismologists recorded more than 40 aftershocks in the first six hours, "
                      "the strongest a magnitude 5.2 tremor at 5:40 a.m.",
                      "About 60,000 households lost power across Manab&iacute;, the state "
                      "electricity company said, and a stretch of the coastal highway north "
                      "of Jama was closed after cracks opened in the asphalt.",
                      "The region is still rebuilding from the magnitude 7.8 earthquake of "
                      "April 16, 2016, which killed more than 670 people and left tens of "
                      "thousands homeless along the same stretch of coast.",
                      "In Jama, shopkeeper Luis Cede&ntilde;o said he ran into the street with "
                      "his two daughters as the walls of his store split. &#8220;It sounded "
                      "like a train was coming through the house,&#8221; he said by telephone.",
                      "Ecuador sits above the boundary where the Nazca plate slides beneath "
                      "the South American plate, one of the most active subduction zones in "
                      "the world.",
                  ],
                  dateline="QUITO, Sept 14",
                  published="2025-09-14T15:05:00Z",
                  byline="By Diego Arce and Marta Lindqvist",
                  credit="Reporting by Diego Arce in Quito; additional reporting by Marta "
                         "Lindqvist; Editing by Paul Okafor",
                  related=(
                      "Peru&#8217;s central bank holds rate at 4.25% as inflation eases",
                      "Magnitude 5.9 quake shakes southern Peru, no damage reported",
                      "Colombia&#8217;s coffee exports rise 12% in August",
                      "Chile copper output dips 3% on mine maintenance",
                  ),
              )),
        _page("https://www.npbnews.example/news/world-latin-america-71422087",
              _public_site(
                  "Ecuador earthquake: Nine dead as strong tremor hits Pacific coast",
                  [
                      "At least nine people have died and 130 have been injured after a "
                      "strong earthquake shook Ecuador&#8217;s coastal provinces in the early "
                      "hours of Sunday.",
                      "The magnitude 6.5 quake struck near the town of Jama in Manab&iacute; "
                      "province at 03:12 local time, when most people were asleep.",
                      "Rescue teams have spent the day searching the rubble of homes in "
                      "villages along the coast, many of which can only be reached by dirt "
                      "roads.",
                      "Ecuador&#8217;s risk management secretariat said more than 1,100 "
                      "homes had been damaged, most of them in Manab&iacute;, with others "
                      "across the provincial border in Esmeraldas.",
                      "President Daniel Noboa has declared a state of emergency in both "
                      "provinces, freeing up money for shelters and repairs.",
                      "A magnitude 5.2 aftershock about two and a half hours after the main "
                      "shock sent people running into the streets again. Many families in "
                      "Jama and nearby settlements said they would sleep outdoors.",
                      "Carla Mendieta of the risk secretariat said crews were using &#8220;every "
                      "available hand&#8221; to get to communities that were still cut off.",
                      "Maritza Zambrano, a primary school teacher in the village of El Matal, "
                      "told local radio that her classroom had lost a wall. &#8220;We were "
                      "lucky it came before dawn on a Sunday and not on a school morning,&#8221; "
                      "she said.",
                      "## Why is Ecuador hit by so many earthquakes?",
                      "Ecuador lies on the Pacific Ring of Fire, where the Nazca plate is "
                      "being pushed beneath the South American plate at a rate of several "
                      "centimetres a year.",
                      "In April 2016 a magnitude 7.8 earthquake on the same coastline killed "
                      "more than 670 people, and some towns have still not been fully "
                      "rebuilt.",
                      "Residents said buildings put up since 2016 under stricter codes had "
                      "mostly withstood the shaking, while older adobe homes had crumbled.",
                  ],
                  site="Northern Public Broadcasting",
                  short="NPB News",
                  visible="2 days ago",
                  caption="Residents of Jama cleared debris from a collapsed house",
                  related=(
                      "Ecuador declares energy emergency as reservoirs fall",
                      "Magnitude 7.0 quake strikes off Tonga, tsunami warning lifted",
                  ),
                  topics=("Ecuador", "Earthquakes", "Latin America"),
              )),
        _page("https://www.nationalledger.example/2025/09/15/world/americas/ecuador-earthquake-"
              "jama.html",
              _daily_site(
                  "In Ecuador, a Coast Still Scarred by 2016 Is Shaken Again",
                  [
                      "JAMA, Ecuador &#8212; Many of Jama&#8217;s fishermen were already on "
                      "the beach, readying their boats in the dark, when the sand began to "
                      "roll beneath them early Sunday.",
                      "The earthquake, measured at magnitude 6.5, killed at least nine people "
                      "and injured 130 along Ecuador&#8217;s Pacific coast, officials said, "
                      "and left more than 1,100 houses damaged. Its epicenter lay close to "
                      "Jama, at a depth of about 30 kilometers, according to the "
                      "country&#8217;s Geophysical Institute.",
                      "For this stretch of coast, the shaking was a brutal reminder. In "
                      "April 2016, a magnitude 7.8 quake killed more than 670 people here, "
                      "flattening hotels, schools and whole neighborhoods. Much of what was "
                      "rebuilt since then was designed to stricter standards, engineers say, "
                      "and most of it held on Sunday.",
                      "The dead were found mostly in older adobe homes in the hills behind "
                      "the coast, where families had never been able to afford to rebuild. "
                      "Two of them were children, the <em>national risk management "
                      "secretariat</em> said.",
                      "&#8220;It sounded like a train was coming through the house,&#8221; "
                      "said Luis Cede&ntilde;o, a shopkeeper who fled with his two daughters "
                      "as the walls of his store split open.",
                      "President Daniel Noboa, who flew over the area by helicopter on Sunday "
                      "afternoon, declared a 60-day state of emergency in Manab&iacute; and "
                      "Esmeraldas provinces. Officials said they had opened 14 shelters, most "
                      "of them in schools and sports halls.",
                      "Power was cut to about 60,000 households in Manab&iacute;, and part of "
                      "the coastal highway north of Jama was closed after the road surface "
                      "cracked.",
                      "Ecuador&#8217;s economy, already strained by an energy crisis that "
                      "brought rolling blackouts last year, can ill afford another costly "
                      "reconstruction. The 2016 disaster caused an estimated $3 billion in "
                      "damage, and the government raised taxes temporarily to pay for it.",
                      "On Sunday evening, as another aftershock rattled windows, Jama&#8217;s "
                      "fishermen dragged their boats higher up the beach. &#8220;Tomorrow we "
                      "go back to sea,&#8221; said one of them, Wilmer Bravo, 52. &#8220;What "
                      "else can we do?&#8221;",
                  ],
                  kicker="Americas",
                  dek="A magnitude 6.5 earthquake killed at least nine people near Jama, a "
                      "fishing town that was devastated nine years ago.",
                  author="Ana Luc&iacute;a Vera",
                  bio="Ana Luc&iacute;a Vera is a correspondent covering the Andean countries. "
                      "She is based in Bogot&aacute;.",
                  caption="Residents inspected a collapsed house in Jama, Ecuador, on Sunday. "
                          "Credit: Jorge Pazmi&ntilde;o for The National Ledger",
                  read_more=(5, "Ecuador Rations Power as Drought Drains Its Dams"),
                  most_read=(
                      "Why a 0.25-Point Fed Cut May Not Lower Your Mortgage Rate",
                      "The 14 Best Novels of the Summer",
                      "Magnitude 6.0 Quake Rattles Afghanistan&#8217;s East, Killing Hundreds",
                      "A Chef&#8217;s Guide to Weeknight Lentils",
                  ),
              )),
        _page("https://www.gulfcoastcourier.example/news/local/ecuadorians-quake-back-home/",
              _regional_site(
                  "Local Ecuadorians scramble for news after deadly quake back home",
                  [
                      "Ecuadorian families across the Tampa Bay area spent Sunday glued to "
                      "their phones after a powerful earthquake shook their home "
                      "country&#8217;s coast, killing at least nine people.",
                      "The magnitude 6.5 quake struck before dawn near Pedernales, a coastal "
                      "town in Manab&iacute; province, about 11 miles below the surface.",
                      "Ecuadorian authorities said 130 people were injured and more than 1,100 "
                      "homes damaged. A magnitude 4.8 aftershock rattled the region a couple "
                      "of hours later, sending people back into the streets.",
                      "At Mitad del Mundo Bakery on Hillsborough Avenue, owner Rosa V&eacute;lez "
                      "kept a television tuned to an Ecuadorian news channel while she "
                      "worked the register.",
                      "&#8220;My sister called me at 5 in the morning, crying, and then the "
                      "line went dead,&#8221; V&eacute;lez said. &#8220;It took three more "
                      "hours before I knew she was OK.&#8221;",
                      "V&eacute;lez&#8217;s sister lives in Portoviejo, the provincial capital, "
                      "where she said ceilings fell in several apartment buildings but "
                      "nobody on her street was hurt.",
                      "Many here remember the 2016 disaster, a magnitude 7.8 earthquake that "
                      "killed more than 670 people in the same region. Some families in "
                      "Tampa still send money every month to relatives who never finished "
                      "rebuilding.",
                      "St. Anne&#8217;s Catholic Church in Brandon will hold a collection drive "
                      "for water, tarps and canned food on Saturday, Sept. 20, from 9 a.m. to "
                      "3 p.m., said the Rev. Tom&aacute;s Ortega.",
                      "&#8220;People here want to do something with their hands,&#8221; Ortega "
                      "said. &#8220;Sending a box is a way to feel closer.&#8221;",
                      "About 4,000 people of Ecuadorian descent live in Hillsborough County, "
                      "according to census estimates.",
                  ],
                  paper="The Gulf Coast Courier",
                  town="Tampa Bay",
                  byline="By Jenna Whitfield, Courier staff writer",
                  sponsored=(
                      "Seniors in Florida are switching to this new Medicare plan",
                      "Tampa homeowners: roof replacement rebates end Sept. 30",
                  ),
                  popular=(
                      "Bucs win home opener 23-20 on late field goal",
                      "Hillsborough school board approves $3.1B budget",
                      "Tropical Storm watch issued for Keys; landfall not expected",
                      "New Brandon food hall to open 24 stalls in October",
                  ),
              )),
    ], [
        ("depth", r"(?<![\d.])18[ -]?(km|kilomet)|(?<![\d.])11[ -]?mi",
         r"(?<![\d.])30[ -]?(km|kilomet)|(?<![\d.])19[ -]?mi"),
        ("epicentre", r"jama", r"pedernales"),
        ("aftershock magnitude", r"(?<![\d.])5\.2(?!\d)", r"(?<![\d.])4\.8(?!\d)"),
    ]),
    # -----------------------------------------------------------------------------------------
    # 2. Earthquake near Camerino, Marche, central Italy, Monday 3 November 2025.
    # -----------------------------------------------------------------------------------------
    _story("quake-XB2", "earthquake", "2025-11-20", [
        _page("https://www.meridianwire.example/world/europe/italy-quake-marche-camerino-"
              "2025-11-04/",
              _wire_site(
                  "Quake kills two in central Italy, rattles towns scarred in 2016",
                  [
                      "A magnitude 5.8 earthquake struck central Italy late on Monday, killing "
                      "an elderly couple, injuring 37 people and forcing about 1,800 residents "
                      "of towns in the Marche region to spend the night outdoors or in "
                      "emergency shelters, officials said.",
                      "The quake hit at 10:47 p.m. (2147 GMT) at a depth of 9 km (about 6 "
                      "miles) near Camerino, a university town in the province of Macerata, "
                      "the National Institute of Geophysics and Volcanology (INGV) said. It "
                      "was felt as far away as Rome.",
                      "The couple, both in their eighties, died when the roof of their "
                      "farmhouse caved in at Valdiola, a hamlet outside Camerino, said Lucia "
                      "Bartoli, president of the Marche region.",
                      "&#8220;People are frightened. Many of them have lived through this "
                      "before,&#8221; Bartoli told reporters at a sports hall that had been "
                      "turned into a shelter.",
                      "A magnitude 4.1 aftershock at 1:15 a.m. on Tuesday brought down "
                      "further masonry from churches and older buildings, the fire brigade "
                      "said. Schools were closed on Tuesday in 24 municipalities while "
                      "engineers checked them.",
                      "Civil Protection chief Paolo Resta said about 400 firefighters and "
                      "volunteers had been sent to the area, along with tents and field "
                      "kitchens.",
                      "The area lies in the central Apennines, where a sequence of quakes "
                      "devastated mountain towns in 2016. The first of those, a magnitude 6.2 "
                      "tremor on Aug. 24, 2016, killed 299 people, most of them in Amatrice.",
                      "Camerino&#8217;s historic centre, badly damaged in 2016, is still "
                      "largely closed to residents, and reconstruction has moved slowly.",
                      "The government said it would meet on Tuesday to declare a state of "
                      "emergency for the affected area.",
                  ],
                  dateline="ROME, Nov 4",
                  published="2025-11-04T06:20:00Z",
                  byline="By Giulia Ferri",
                  credit="Reporting by Giulia Ferri; Editing by Hugh Lawson",
                  section="Europe",
                  related=(
                      "ECB keeps deposit rate at 2% for third straight meeting",
                      "Greek island of Santorini shaken by 4.9 tremor, ferries run normally",
                      "Italy&#8217;s jobless rate falls to 6.0% in September",
                  ),
              )),
        _page("https://www.nationalledger.example/2025/11/04/world/europe/italy-earthquake-"
              "camerino.html",
              _daily_site(
                  "&#8216;Not Again&#8217;: Earthquake Jolts Italian Towns Still Rebuilding "
                  "From 2016",
                  [
                      "CAMERINO, Italy &#8212; For the second time in less than a decade, "
                      "people in this hilltop university town spent a night in the cold on "
                      "its sports fields, wrapped in blankets handed out by volunteers, while "
                      "the ground kept trembling beneath them.",
                      "A magnitude 5.8 earthquake struck the central Apennines at 11:47 p.m. "
                      "local time on Monday, Nov. 3, killing two people and injuring 37, "
                      "according to Italy&#8217;s Civil Protection Department.",
                      "The victims, a husband and wife in their eighties, were found beneath "
                      "the collapsed roof of their farmhouse in Valdiola, a hamlet just "
                      "outside town.",
                      "&#8220;People are scared. A lot of them have been through this "
                      "before,&#8221; said Camerino&#8217;s mayor, Lucia Bartoli, standing "
                      "outside a gym that had been turned into a dormitory.",
                      "In 2016, a series of earthquakes tore through these mountains. The "
                      "first, on Aug. 24, killed 299 people, most of them in Amatrice. A "
                      "stronger one two months later, magnitude 6.5 and centered near Norcia, "
                      "was the most powerful to hit Italy since 1980 but caused no deaths, "
                      "because many residents had already left their homes.",
                      "Camerino&#8217;s medieval center was so badly damaged then that it "
                      "remains a fenced-off &#8220;red zone,&#8221; its palazzos propped up "
                      "with steel beams. Reconstruction has been slowed by paperwork, rising "
                      "costs and disputes over who pays.",
                      "About 1,800 people could not return to their homes on Monday night, "
                      "officials said. Seismologists at the National Institute of Geophysics "
                      "and Volcanology recorded dozens of aftershocks overnight, the strongest "
                      "a magnitude 4.1 at 1:15 a.m.",
                      "Paolo Resta, the head of the Civil Protection Department, said "
                      "engineers would begin inspecting homes, schools and churches at first "
                      "light.",
                      "&#8220;I came here to study because it felt like a place that had "
                      "survived the worst,&#8221; said Giulia Fabbri, 22, a pharmacy student "
                      "at the University of Camerino, who had grabbed only her laptop and a "
                      "coat. &#8220;Now I don&#8217;t know what to think.&#8221;",
                  ],
                  kicker="Europe",
                  dek="Two people were killed in the Marche region, where residents of "
                      "Camerino have waited nine years to return to their historic center.",
                  author="Matteo Rinaldi",
                  bio="Matteo Rinaldi is the Rome bureau chief of The National Ledger, covering "
                      "Italy and the Vatican.",
                  caption="Volunteers set up tents at a sports field in Camerino on Tuesday.",
                  read_more=(4, "Italy&#8217;s Slow Rebuild After the 2016 Quakes, in Photos"),
                  most_read=(
                      "How the 43-Day Shutdown Is Rippling Through Airports",
                      "Magnitude 6.3 Quake Strikes Northern Afghanistan",
                      "The Best Pie Recipes for Thanksgiving",
                  ),
              )),
        _page("https://www.npbnews.example/news/world-europe-71903315",
              _public_site(
                  "Italy earthquake: Two killed as tremor hits Marche region",
                  [
                      "Two people have been killed and 37 injured after a magnitude 5.6 "
                      "earthquake hit the Marche region of central Italy.",
                      "The tremor struck near the town of Camerino at 22:47 local time "
                      "(21:47 GMT) on Monday, at a shallow depth of 9km.",
                      "An elderly couple died when the roof of their home collapsed in the "
                      "hamlet of Valdiola, the town&#8217;s mayor, Lucia Bartoli, told "
                      "Italian media.",
                      "Some 1,800 people spent the night in tents, cars and sports halls, "
                      "and schools in 24 towns and villages are shut on Tuesday while "
                      "buildings are checked.",
                      "The head of Italy&#8217;s Civil Protection Department, Paolo Resta, "
                      "said the priority was to find everyone a warm place to sleep before "
                      "temperatures fall again overnight.",
                      "A magnitude 4.1 aftershock in the early hours of Tuesday caused more "
                      "damage to churches in the area.",
                      "Rail services between Macerata and Fabriano were suspended overnight while "
                      "the tracks were checked. Residents described a long, rolling jolt followed "
                      "by a deep rumble that sent them running into the streets in their "
                      "nightclothes.",
                      "## Region still recovering from 2016",
                      "The area has not recovered from the deadly earthquakes of 2016. A "
                      "magnitude 6.2 quake in August that year killed 299 people, most of them "
                      "in the town of Amatrice, about 60km (37 miles) to the south.",
                      "Many of Camerino&#8217;s historic buildings are still propped up with "
                      "scaffolding, and its centre remains closed.",
                      "Italy is one of Europe&#8217;s most earthquake-prone countries because "
                      "it sits where the African and Eurasian plates meet. In 1997, a quake in "
                      "the Umbria and Marche regions killed 11 people and damaged the Basilica "
                      "of St Francis in Assisi.",
                  ],
                  site="Northern Public Broadcasting",
                  short="NPB News",
                  caption="Firefighters checked damaged houses in Camerino overnight",
                  related=(
                      "Magnitude 4.4 quake shakes Naples area, no injuries",
                      "Amatrice: nine years after the earthquake",
                  ),
                  topics=("Italy", "Earthquakes"),
              )),
    ], [
        ("title", r"mayor", r"president"),
        ("time", r"22[:.]?47|21[:.]?47|10[:.]47 ?p", r"23[:.]?47|11[:.]47 ?p"),
        ("magnitude", r"(?<![\d.])5\.8(?!\d)", r"(?<![\d.])5\.6(?!\d)"),
    ]),
    # -----------------------------------------------------------------------------------------
    # 3. Third flight of Nordhav Space's Skarv rocket from Andoya, Wednesday 8 October 2025.
    # -----------------------------------------------------------------------------------------
    _story("rocket-XB3", "rocket", "2025-10-20", [
        _page("https://www.meridianwire.example/science/norway-nordhav-skarv-orbit-2025-10-08/",
              _wire_site(
                  "Norway&#8217;s Nordhav reaches orbit on third Skarv flight",
                  [
                      "Norwegian start-up Nordhav Space put four small satellites into orbit "
                      "on Wednesday on the third flight of its Skarv rocket, becoming the "
                      "first company to reach orbit from continental Europe outside Russia.",
                      "The two-stage, methane-fuelled rocket lifted off from Andøya Spaceport "
                      "in northern Norway at 12:05 p.m. local time (1005 GMT) and released its "
                      "payloads into a 540-km (335-mile) sun-synchronous orbit about nine "
                      "minutes later, the company said.",
                      "&#8220;Third time lucky &#8212; and this time we have the data to prove "
                      "it,&#8221; chief executive Ingrid Solheim said in a statement.",
                      "Skarv&#8217;s first flight, in August 2024, ended 31 seconds after "
                      "liftoff when the rocket lost control. On the second attempt in April, "
                      "the upper stage shut down early, roughly three minutes into the flight, "
                      "leaving its payload short of orbit.",
                      "The 28-metre (92-foot) rocket is powered by nine Loke engines on its "
                      "first stage and a single engine on the second, and can carry up to "
                      "800 kg to low Earth orbit.",
                      "European governments have pushed to develop small launchers since "
                      "Russia&#8217;s invasion of Ukraine cut Europe off from Soyuz rockets, "
                      "and after delays to the larger Ariane 6 left the region relying on "
                      "U.S. providers such as SpaceX.",
                      "The satellites, one each from the Arctic University of Norway in "
                      "Troms&oslash; and the Norwegian University of Science and Technology "
                      "and two from Danish start-up Polarsky, carry Earth-observation and "
                      "communications experiments.",
                      "Nordhav, founded in 2021, is one of several European companies "
                      "competing for launch contracts from the European Space Agency and "
                      "national governments.",
                      "Solheim said the company would now concentrate on flying more often, with "
                      "two more launches planned in 2026.",
                  ],
                  dateline="OSLO, Oct 8",
                  published="2025-10-08T11:40:00Z",
                  byline="By Henrik Aas, Space Correspondent",
                  credit="Reporting by Henrik Aas; Editing by Louise Heavens",
                  section="Science",
                  related=(
                      "SpaceX launches 28 Starlink satellites from Vandenberg",
                      "ESA picks five firms for launcher challenge, each eligible for up to "
                      "169 million euros",
                      "Norway&#8217;s wealth fund tops $2 trillion for first time",
                  ),
              )),
        _page("https://launchpadcapital.example/2025/10/08/nordhav-skarv-orbit-europe-launch-"
              "race/",
              _blog_site(
                  "Nordhav finally makes orbit: what Skarv&#8217;s success means for "
                  "Europe&#8217;s launch race",
                  [
                      "Nordhav Space&#8217;s Skarv rocket reached orbit on Tuesday, and with "
                      "it the Norwegian company moved from &#8220;promising&#8221; to "
                      "&#8220;proven&#8221; in the eyes of the people who write the cheques.",
                      "For anyone who has followed the company since its 2021 founding, the "
                      "flight from Andøya was a long time coming. Flight 1 lasted 31 "
                      "seconds. Flight 2 got to space but not to orbit. Flight 3 delivered "
                      "all four customer cubesats to a 510-kilometre sun-synchronous orbit, "
                      "which is exactly what the customers paid for.",
                      "<blockquote class=\"wp-block-quote\"><p>&#8220;Third time lucky. And "
                      "this time we have the data to prove it.&#8221;</p><cite>Ingrid "
                      "Solheim, Nordhav CEO, on LinkedIn</cite></blockquote>",
                      "<h2 class=\"wp-block-heading\">The money</h2>",
                      "Nordhav has raised about <strong>&euro;150 million</strong> to date, "
                      "including a &euro;90 million round in 2023. Two people familiar with "
                      "the company told us a new round is being lined up for early next "
                      "year, and that a successful orbital flight was the condition several "
                      "investors had set before committing.",
                      "Skarv is sized for the small-satellite market: up to 800 kg to low "
                      "Earth orbit, at a list price we understand to be around &euro;12 "
                      "million per launch. That puts it squarely against Rocket Lab&#8217;s "
                      "Electron on price per kilogram, with the added selling point of a "
                      "European launch site.",
                      "<h2 class=\"wp-block-heading\">The competition</h2>",
                      "Germany&#8217;s Isar Aerospace, whose Spectrum rocket crashed about 30 "
                      "seconds after liftoff from the same spaceport in March, is preparing "
                      "its second flight. Rocket Factory Augsburg is still rebuilding after "
                      "losing a first stage in a test-stand fire in Shetland in August 2024.",
                      "Being first to orbit matters less than being first to a cadence, "
                      "though. Nordhav says it plans two more launches in 2026; we would "
                      "want to see both fly before calling the company a reliable supplier.",
                      "<h2 class=\"wp-block-heading\">Our take</h2>",
                      "<ul class=\"wp-block-list\"><li>The technical risk discount on "
                      "Nordhav should narrow sharply.</li><li>Watch the timing of the next "
                      "raise: a down round now would be a red flag.</li><li>Andøya&#8217;s "
                      "value as a launch site just went up.</li></ul>",
                  ],
                  published="2025-10-08T16:20:00+02:00",
                  visible_date="October 8, 2025",
                  author="Sigrid Holm",
                  tags=("Nordhav Space", "Skarv", "Andøya", "European launch", "Isar Aerospace"),
                  recent=(
                      "Rocket Lab books 10 Electron launches for Japanese radar firm",
                      "Why satellite insurers raised premiums 20% this year",
                      "Q3 space funding falls to $1.9 billion, lowest since 2020",
                  ),
                  comments=14,
                  ticker="Launch index &#9650; 1.8% &middot; Sat-comms index &#9660; 0.4% "
                         "&middot; EUR/NOK 11.72",
              )),
        _page("https://www.npbnews.example/news/science-environment-71688410",
              _public_site(
                  "Norwegian rocket reaches orbit from Andøya at third attempt",
                  [
                      "A rocket built by the Norwegian company Nordhav Space has reached "
                      "orbit for the first time, launching from Andøya in Nordland on "
                      "Wednesday 8 October.",
                      "The Skarv rocket lifted off at 12:05 and placed three small satellites "
                      "built by Norwegian and Danish universities and companies into an orbit "
                      "around 510km above the Earth.",
                      "It is the first time a rocket has reached orbit from continental "
                      "Europe outside Russia.",
                      "Spectators who had gathered along the road at Nordmela, about 7km "
                      "from the launch pad, cheered as the rocket climbed into a clear sky.",
                      "&#8220;Today the island became a real spaceport,&#8221; said Andøya "
                      "Spaceport&#8217;s director, Halvard Moe. &#8220;We have waited a long "
                      "time to say that.&#8221;",
                      "## Two failures before success",
                      "The company&#8217;s first attempt, in August last year, ended after "
                      "just 31 seconds. In April this year the second flight reached space, "
                      "but the upper stage&#8217;s engine stopped too early for its payload "
                      "to stay in orbit.",
                      "The rocket is 28 metres tall and burns liquid methane and liquid oxygen, a "
                      "combination that is cleaner than kerosene and better suited to engines that "
                      "are meant to be reused.",
                      "Andøya, an island in the far north of the country, has been used to launch "
                      "research rockets since the 1960s.",
                      "Nordhav&#8217;s chief executive, Ingrid Solheim, said: &#8220;It&#8217;s "
                      "third time lucky, and now we have the data to show it.&#8221;",
                      "The government has spent about 365 million kroner upgrading the "
                      "spaceport, which was previously used mainly for sounding rockets for "
                      "atmospheric research.",
                      "Nordhav plans two more launches next year, and says it hopes "
                      "eventually to fly once a month from the island.",
                  ],
                  site="Northern Public Broadcasting",
                  short="NPB News",
                  caption="The Skarv rocket lifting off from Andøya",
                  related=(
                      "German rocket crashes seconds after launch from Norway",
                      "Northern lights forecast: where to look this week",
                  ),
                  topics=("Space exploration", "Norway"),
              )),
    ], [
        ("launch day", r"wednesday|2025-10-08|oct(ober)?\.? 8|8 oct",
         r"tuesday|2025-10-07|oct(ober)?\.? 7|7 oct"),
        ("satellite count", r"\bfour\b|(?<![\d.])4 (small )?(satellites|cubesats)",
         r"\bthree\b|(?<![\d.])3 (small )?(satellites|cubesats)"),
        ("orbit altitude", r"(?<![\d.])510[ -]?(km|kilomet)|(?<![\d.])317[ -]?mi",
         r"(?<![\d.])540[ -]?(km|kilomet)|(?<![\d.])335[ -]?mi"),
    ]),
    # -----------------------------------------------------------------------------------------
    # 4. Second test flight of Vantor Dynamics' Equinox rocket, Saturday 23 August 2025.
    # -----------------------------------------------------------------------------------------
    _story("rocket-XB4", "rocket", "2025-09-05", [
        _page("https://www.wscn4.example/news/space/equinox-booster-lands-cape-canaveral/"
              "52-8f3d1e7a",
              _tv_site(
                  "WATCH: Equinox booster sticks the landing at the Cape on second try",
                  [
                      "CAPE CANAVERAL, Fla. &#8212; Sonic booms rolled across Brevard County "
                      "early Saturday as Vantor Dynamics brought the first stage of its "
                      "Equinox rocket back to a landing pad at the Cape, a milestone the "
                      "company missed on its first flight in March.",
                      "The 203-foot rocket lifted off from Launch Complex 16 at Cape "
                      "Canaveral Space Force Station at 6:42 a.m., twelve minutes into a "
                      "launch window that opened at 6:30.",
                      "The booster, which the company named <strong>Resolute</strong>, "
                      "separated from the upper stage, flipped around and fired its engines "
                      "to fly back toward the coast. It touched down just under eight minutes "
                      "after liftoff.",
                      "Thousands of people watched from Jetty Park and the beaches of Cocoa "
                      "Beach, many of them cheering as the twin booms rattled windows.",
                      "Brevard County Emergency Management had warned residents the night before "
                      "that they might hear sonic booms during the landing, and said Saturday "
                      "morning it had no reports of damage.",
                      "&#8220;We caught lightning in a bottle today,&#8221; Vantor CEO Dana "
                      "Whitcombe said on the company&#8217;s webcast. &#8220;This whole team "
                      "has been waiting five months to see that.&#8221;",
                      "On the first flight, on March 29, the upper stage reached orbit but the "
                      "booster broke apart during its landing burn about six minutes after "
                      "launch, scattering debris offshore. The FAA closed its investigation "
                      "into that mishap in June.",
                      "The upper stage carried only a dummy payload this time. Vantor says "
                      "paying customers could fly on the next mission, which it hopes to "
                      "launch before the end of the year.",
                      "Vantor employs about 1,400 people in Florida, most of them at its "
                      "factory near Titusville.",
                  ],
                  station="Space Coast News 4",
                  call="WSCN",
                  city="Melbourne",
                  weather="81&deg;F Partly Cloudy",
                  published_line="Published: 7:58 AM EDT August 23, 2025 | Updated: 9:14 AM "
                                 "EDT August 23, 2025",
                  video="Equinox booster lands at Cape Canaveral",
                  reporter="Kayla Brooks, WSCN Space Reporter",
                  trending=(
                      "Brevard deputies: 2 arrested after chase on I-95 near Palm Bay",
                      "Tropical wave has 30% chance of development this week",
                      "SpaceX Falcon 9 launch from Kennedy set for Tuesday night",
                  ),
              )),
        _page("https://www.meridianwire.example/science/vantor-equinox-second-flight-booster-"
              "landing-2025-08-23/",
              _wire_site(
                  "Vantor&#8217;s Equinox rocket lands booster on second test flight",
                  [
                      "Vantor Dynamics landed the first stage of its Equinox rocket on "
                      "Saturday on the vehicle&#8217;s second test flight, a key step in the "
                      "company&#8217;s plan to compete with SpaceX on reusable launches.",
                      "The methane-fuelled rocket lifted off at 6:42 a.m. EDT (1042 GMT), and "
                      "its booster, named Tenacity, touched down on a landing pad at Cape "
                      "Canaveral 7 minutes, 51 seconds after liftoff, according to the "
                      "company&#8217;s webcast. The upper stage reached orbit with a dummy "
                      "payload.",
                      "&#8220;We caught lightning in a bottle today,&#8221; chief executive "
                      "Dana Whitcombe said on the webcast.",
                      "On Equinox&#8217;s debut on March 29, the upper stage also reached "
                      "orbit, but the booster, Dauntless, broke apart during its landing burn "
                      "about six minutes into the flight. The U.S. Federal Aviation "
                      "Administration closed its investigation of that failure in June.",
                      "Rafael Ortiz, Vantor&#8217;s vice president of launch, told reporters "
                      "after the flight that Tenacity would be inspected and could fly again "
                      "within 60 days.",
                      "The 62-metre rocket is powered by seven Vesper engines on its first "
                      "stage. Vantor is targeting its first commercial mission before the "
                      "end of the year.",
                      "With its booster recovered, Equinox is designed to lift about 14 metric "
                      "tons to low Earth orbit, placing it between SpaceX&#8217;s Falcon 9 and "
                      "smaller "
                      "rockets. Sonic booms from the returning booster were heard along the "
                      "beaches near the Cape, where thousands of spectators had gathered.",
                      "The privately held company is backed by venture capital and has "
                      "signed launch agreements with satellite operators and the U.S. Space "
                      "Force, though it has not disclosed their value.",
                  ],
                  dateline="CAPE CANAVERAL, Florida, Aug 23",
                  published="2025-08-23T12:30:00Z",
                  byline="By Joey Castillo",
                  credit="Reporting by Joey Castillo in Cape Canaveral; Editing by Rod "
                         "Nickel",
                  section="Science",
                  related=(
                      "Boeing Starliner return flight pushed to 2026",
                      "Blue Origin&#8217;s New Shepard flies six tourists to edge of space",
                      "Fed&#8217;s Powell signals possible September rate cut",
                  ),
              )),
        _page("https://launchpadcapital.example/2025/08/24/vantor-equinox-landing-reuse-"
              "economics/",
              _blog_site(
                  "Vantor sticks the landing. Now comes the hard part: doing it again",
                  [
                      "Saturday morning&#8217;s flight from Cape Canaveral was the one Vantor "
                      "Dynamics had to have. Its Equinox booster, Tenacity, flew back and "
                      "landed on the pad 8 minutes and 31 seconds after liftoff, five months "
                      "after its predecessor Dauntless came apart over the Atlantic.",
                      "<h2 class=\"wp-block-heading\">Why the landing matters more than the "
                      "orbit</h2>",
                      "Both Equinox flights have reached orbit. What investors were waiting "
                      "for was proof that the most expensive part of the rocket could come "
                      "home. Vantor&#8217;s own pitch deck, shown to investors last year, "
                      "assumes each booster flies at least ten times; without reuse, "
                      "Equinox&#8217;s economics look like every other expendable medium-lift "
                      "rocket.",
                      "By our estimate the company has a backlog of 11 launches worth about "
                      "<strong>$240 million</strong>, including missions for the Space Force "
                      "that it has not officially confirmed.",
                      "<h2 class=\"wp-block-heading\">What we are watching</h2>",
                      "<ul class=\"wp-block-list\"><li><strong>Turnaround.</strong> How fast "
                      "can Tenacity be refurbished?</li><li><strong>Cadence.</strong> Vantor "
                      "says the first commercial mission will fly before the end of the "
                      "year.</li><li><strong>Cash.</strong> The last raise was in 2024.</li>"
                      "</ul>",
                      "Rafael Ortiz, who runs launch operations, told reporters that the "
                      "company would not rush the next flight. &#8220;We earned a good day. "
                      "We are not going to spend it by cutting corners,&#8221; he said.",
                      "The comparison everyone makes is with SpaceX, whose first successful "
                      "Falcon 9 booster landing came in December 2015, after years of "
                      "attempts. Vantor got there on its second flight. That is genuinely "
                      "impressive, but it is one data point.",
                      "Disclosure: the author holds no position in Vantor Dynamics, which is "
                      "privately held.",
                  ],
                  published="2025-08-24T09:00:00-04:00",
                  visible_date="August 24, 2025",
                  author="Marcus Lee",
                  tags=("Vantor Dynamics", "Equinox", "Reusability", "Cape Canaveral"),
                  recent=(
                      "Firefly Aerospace prices IPO above its range",
                      "Eutelsat raises 1.5 billion euros from French state, others",
                      "Small-launch prices are falling: our 2025 price index",
                  ),
                  comments=31,
                  ticker="Launch index &#9650; 0.9% &middot; 10-yr UST 4.26% &middot; "
                         "Gold $3,371",
              )),
        _page("https://www.nationalledger.example/2025/08/23/science/vantor-equinox-rocket-"
              "landing.html",
              _daily_site(
                  "A Rocket Start-Up Brings Its Booster Home, Five Months After a Fiery Miss",
                  [
                      "CAPE CANAVERAL, Fla. &#8212; The first time Vantor Dynamics tried to "
                      "land the lower half of its Equinox rocket, in March, the booster came "
                      "apart in a shower of burning debris over the Atlantic.",
                      "On Saturday, the company&#8217;s second attempt went the way its "
                      "engineers had drawn it up. The booster separated from the upper stage "
                      "a few minutes after a 6:42 a.m. liftoff, turned around, and settled "
                      "onto a concrete pad at Cape Canaveral, its landing legs spread, as "
                      "twin sonic booms echoed over the beaches.",
                      "&#8220;We caught lightning in a bottle today,&#8221; said Rafael Ortiz, "
                      "the company&#8217;s vice president of launch, minutes after the "
                      "touchdown.",
                      "The flight puts Vantor, a six-year-old company, in a very small club. "
                      "SpaceX is the only other company that routinely brings orbital-class "
                      "boosters back intact, and it needed years of attempts to get there.",
                      "Reusability is the key to cheaper spaceflight, because the first stage "
                      "holds most of a rocket&#8217;s engines and much of its cost. "
                      "Vantor&#8217;s Equinox, which stands 203 feet tall, uses seven "
                      "methane-burning engines on its booster.",
                      "The company&#8217;s chief executive, Dana Whitcombe, a former NASA "
                      "propulsion engineer, has said Equinox must fly often to make money. "
                      "The next flight, expected before the end of the year, is supposed to "
                      "carry paying customers.",
                      "Saturday&#8217;s upper stage carried a dummy payload to orbit, just as "
                      "the first flight&#8217;s did.",
                      "For the several thousand people gathered on Cocoa Beach before dawn, "
                      "the booster&#8217;s return was the show. &#8220;I&#8217;ve seen a "
                      "hundred launches,&#8221; said Dale Pruitt, 67, a retired machinist. "
                      "&#8220;I&#8217;ve never heard a crowd scream like that for a "
                      "landing.&#8221;",
                  ],
                  kicker="Space &amp; Astronomy",
                  dek="Vantor Dynamics landed its Equinox booster on the rocket&#8217;s second "
                      "flight, joining a very small club.",
                  author="Rachel Kim",
                  bio="Rachel Kim covers space and aerospace for The National Ledger from "
                      "Florida.",
                  read_more=(3, "The Race to Build a Cheaper Rocket Is Getting Crowded"),
                  most_read=(
                      "Jackson Hole: Powell Hints at Rate Cut as Job Market Cools",
                      "A Heat Wave Tests Power Grids Across the South",
                      "The 10 Best Beach Reads for the End of Summer",
                  ),
              )),
    ], [
        ("booster name", r"tenacity", r"resolute"),
        ("landing time", r"7 ?(min(ute)?s?|m)\.?,? ?(and )?51|7:51|471 ?s|just under eight",
         r"8 ?(min(ute)?s?|m)\.?,? ?(and )?31|8:31|511 ?s"),
        ("quote speaker", r"whitcombe", r"ortiz"),
    ]),
    # -----------------------------------------------------------------------------------------
    # 5. Lakeport mayoral run-off, Tuesday 9 December 2025.
    # -----------------------------------------------------------------------------------------
    _story("elect-XB5", "election", "2025-12-22", [
        _page("https://www.klpt7.example/news/politics/alvarado-wins-lakeport-mayor-runoff/"
              "article_6d1f0c2e",
              _tv_site(
                  "Alvarado defeats Holloway in Lakeport mayoral runoff",
                  [
                      "LAKEPORT &#8212; City Council member Teresa Alvarado will be "
                      "Lakeport&#8217;s next mayor after beating former police chief Grant "
                      "Holloway in Tuesday&#8217;s runoff.",
                      "With all precincts reporting, unofficial results show Alvarado with "
                      "41,820 votes, or 53.4%, to Holloway&#8217;s 36,497, or 46.6%.",
                      "Holloway conceded shortly after 10:20 p.m. at his election-night party "
                      "at the Harborview Hotel, telling supporters he had called Alvarado to "
                      "congratulate her.",
                      "&#8220;I called Teresa and told her she has my full support,&#8221; "
                      "Holloway said. &#8220;This city is bigger than any one campaign.&#8221; "
                      "Alvarado&#8217;s supporters were still celebrating late on Tuesday.",
                      "&#8220;Tonight Lakeport decided to build something together,&#8221; "
                      "Alvarado told a packed union hall on the city&#8217;s east side. "
                      "&#8220;Tomorrow we start.&#8221;",
                      "Alvarado, who has represented District 3 on the council since 2017, "
                      "becomes the first Latina elected mayor of Lakeport. She will be sworn "
                      "in on Jan. 12, replacing Mayor Dennis Kowalczyk, who could not run "
                      "again after two four-year terms.",
                      "In the Nov. 4 first round, Alvarado finished first with 38.9% and "
                      "Holloway second with 27.3%, sending the two to a runoff because no one "
                      "cleared 50%.",
                      "Alvarado thanked businessman Marcus Reed, who finished third in that first "
                      "round and endorsed her before the runoff. Turnout on Tuesday was about 31% "
                      "of registered voters, lower than in November, according to the county.",
                      "Holloway, who retired as police chief in 2023, ran on public safety "
                      "and promised to hire 150 more officers. Alvarado campaigned on "
                      "housing costs and bus service.",
                      "The county board of elections is expected to certify the results on "
                      "Dec. 19.",
                  ],
                  station="KLPT 7 Lakeport",
                  call="KLPT",
                  city="Lakeport",
                  weather="34&deg;F Cloudy",
                  published_line="Posted: Dec 9, 2025 / 11:48 PM CST",
                  video="Alvarado&#8217;s victory speech",
                  reporter="Derek Sloan",
                  trending=(
                      "Lakeport schools to start two hours late Thursday due to ice",
                      "Police: 3 hurt in crash at Route 9 and Mill Street",
                      "Holiday light show at Riverside Park draws record 41,000",
                  ),
              )),
        _page("https://www.tribuneherald.example/news/local/article_2025-12-10_alvarado-mayor."
              "html",
              _regional_site(
                  "Alvarado wins mayor&#8217;s race, ending eight-year Kowalczyk era",
                  [
                      "Teresa Alvarado was elected mayor of Lakeport on Tuesday night, "
                      "winning 52.4% of the vote in a runoff against Grant Holloway and "
                      "promising to make the city &#8220;a place our kids can afford to come "
                      "back to.&#8221;",
                      "Alvarado&#8217;s margin was more than 5,000 votes, a wider gap than "
                      "either campaign had predicted in the final week. Turnout was 31.2% of "
                      "the city&#8217;s roughly 251,000 registered voters, according to "
                      "unofficial county figures.",
                      "Speaking to supporters at the Carpenters Local 214 hall, Alvarado said "
                      "Lakeport had &#8220;decided tonight to build something "
                      "together.&#8221;",
                      "Holloway, a former police chief, thanked his volunteers at the "
                      "Harborview Hotel and said he would help with the transition. "
                      "&#8220;The voters have spoken and I respect it,&#8221; he said.",
                      "Third-place finisher Marcus Reed, a businessman who took 19.6% in the "
                      "first round, endorsed Alvarado a week before the runoff, a move both "
                      "camps said helped her on the city&#8217;s north side.",
                      "The race was the most expensive in city history. Holloway&#8217;s "
                      "campaign and an allied political committee spent about $2.1 million, "
                      "compared with about $1.4 million for Alvarado and her allies, according "
                      "to campaign finance reports.",
                      "Alvarado, 48, grew up in the Riverside neighborhood and worked as a "
                      "social worker before winning her council seat.",
                      "She will be sworn in Monday, Jan. 5, and takes over a city facing a "
                      "projected $38 million budget gap next year.",
                      "Outgoing Mayor Dennis Kowalczyk, who did not endorse in the race, "
                      "congratulated Alvarado in a statement and said his staff would begin "
                      "briefing her team this week.",
                  ],
                  paper="Lakeport Tribune-Herald",
                  town="Lakeport",
                  byline="By Ellen Garza | Tribune-Herald | Dec 10, 2025",
                  caption="Teresa Alvarado celebrates with supporters Tuesday night. "
                          "(Tribune-Herald photo by Carl Benning)",
                  sponsored=(
                      "Lakeport: this 1 trick cuts your heating bill in half",
                      "Doctors stunned by new knee pain remedy",
                  ),
                  popular=(
                      "Lakeport Lions fall 28-21 in state semifinal",
                      "County approves 4% property tax increase",
                      "Obituary: Harold J. Weiss, 91",
                      "Route 9 bridge to close for repairs in March",
                  ),
                  meta_date="2025-12-10T06:00:00-06:00",
              )),
        _page("https://www.lakeportpublicmedia.example/politics/2025-12-10/"
              "lakeport-mayor-runoff-results",
              _public_site(
                  "Teresa Alvarado elected Lakeport mayor as runoff turnout dips",
                  [
                      "Lakeport voters chose City Council member Teresa Alvarado as their "
                      "next mayor on Tuesday, giving her about 53 percent of the vote over "
                      "former police chief Grant Holloway.",
                      "Alvarado received 41,820 votes to Holloway&#8217;s 36,497, according "
                      "to unofficial results from the county board of elections.",
                      "Turnout was about 31 percent, down from 34.5 percent in the November "
                      "first round, when four candidates were on the ballot.",
                      "Marcus Reed, who finished third in that first round with 19.6 percent, "
                      "had urged his supporters to back Alvarado.",
                      "Alvarado, a former social worker, ran up large margins on the east and "
                      "north sides of the city, while Holloway carried most precincts in the "
                      "southwest.",
                      "Holloway had pledged to hire 150 more police officers; Alvarado focused on "
                      "rents, housing permits and bus service.",
                      "## What happens next",
                      "Alvarado will be sworn in on Jan. 5 and has said her first act will be "
                      "to order a review of the city&#8217;s housing permit backlog.",
                      "She replaces Dennis Kowalczyk, who served two terms and was barred by "
                      "term limits from seeking a third.",
                      "Political scientist Renee Dunbar of Lakeport State University said "
                      "the result reflected a shift in the city&#8217;s priorities. "
                      "&#8220;Four years ago public safety dominated everything. This time "
                      "rent did,&#8221; she said.",
                      "Holloway conceded on Tuesday night and said he would work with the new "
                      "mayor.",
                      "The county board of elections plans to certify the results on Dec. 19. "
                      "Alvarado takes over a city facing a projected $38 million budget gap "
                      "next year, according to the city&#8217;s finance department.",
                  ],
                  site="Lakeport Public Media",
                  short="LPM News",
                  related=(
                      "Lakeport runoff: where Alvarado and Holloway stand on housing",
                      "November 4 results: Alvarado, Holloway advance to runoff",
                  ),
                  topics=("Lakeport Mayor", "Elections"),
              )),
    ], [
        ("vote share", r"(?<![\d.])53\.4(?!\d)|about 53 ?(%|percent)",
         r"(?<![\d.])52\.4(?!\d)"),
        ("swearing-in date", r"jan(uary)?\.? 5(?!\d)|2026-01-05|5 jan",
         r"jan(uary)?\.? 12|2026-01-12|12 jan"),
    ]),
    # -----------------------------------------------------------------------------------------
    # 6. Control story: Hartwell and Dene by-election, polling Thursday 16 October 2025,
    #    declared early on Friday 17 October.
    # -----------------------------------------------------------------------------------------
    _story("elect-XB6", "election", "2025-10-29", [
        _page("https://www.meridianwire.example/world/uk/hartwell-dene-by-election-lib-dems-"
              "2025-10-17/",
              _wire_site(
                  "Liberal Democrats seize Conservative stronghold in English by-election",
                  [
                      "Britain&#8217;s Liberal Democrats won the parliamentary seat of "
                      "Hartwell and Dene from the opposition Conservatives in a by-election, "
                      "overturning a majority of nearly 10,000 in a constituency the "
                      "Conservatives had held since it was created in 1983.",
                      "Helen Marsh, a local doctor, took 14,806 votes, or 41.3 percent, and "
                      "beat Conservative Adrian Cole by 4,212 votes, the returning officer "
                      "announced at 0242 GMT on Friday. Turnout was 38.6 percent.",
                      "The Liberal Democrat share of the vote rose 17.3 percentage points "
                      "from last year&#8217;s national election, while the Conservative share "
                      "fell 15.2 points to 29.6 percent.",
                      "Labour, which governs nationally, came third with 16.9 percent. Reform "
                      "UK was fourth with 9.0 percent.",
                      "Cole, a former district councillor, received 10,594 votes. Green candidate "
                      "Ruth Okafor won 3.2 percent.",
                      "&#8220;Hartwell and Dene has sent a message that nobody in Westminster "
                      "can ignore,&#8221; Marsh said in her victory speech.",
                      "The by-election was called after Conservative lawmaker Gordon Pike "
                      "resigned in August to run a housing charity. Pike won the seat in 2024 "
                      "with a majority of 9,870 on a turnout of 61.2 percent.",
                      "A Conservative Party spokesman said by-elections were &#8220;always "
                      "difficult&#8221; and that the party would &#8220;listen and "
                      "learn.&#8221;",
                      "The result is a fresh setback for Conservative leader Kemi Badenoch, whose "
                      "party has struggled to recover from its heavy defeat in last year&#8217;s "
                      "election, when Labour won a large majority. Polls in the seat had pointed "
                      "to a close contest between the Conservatives and the Liberal Democrats. "
                      "Marsh, 39, is a family doctor in the constituency.",
                  ],
                  dateline="LONDON, Oct 17",
                  published="2025-10-17T03:20:00Z",
                  byline="By Andrew MacAskill",
                  updated="Updated 0515 GMT: adds Conservative comment",
                  credit="Reporting by Andrew MacAskill; Editing by Alison Williams",
                  section="United Kingdom",
                  related=(
                      "Bank of England holds rates at 4%, two policymakers vote for a cut",
                      "UK inflation steady at 3.8% in September",
                      "Labour loses council seat in Sunderland by-election",
                  ),
              )),
        _page("https://www.npbnews.example/news/uk-politics-71655902",
              _public_site(
                  "Hartwell and Dene by-election: Lib Dems win seat held by Tories since 1983",
                  [
                      "The Liberal Democrats have won the Hartwell and Dene by-election, "
                      "taking a seat the Conservatives had held since it was created in 1983.",
                      "Dr Helen Marsh won 14,806 votes, a majority of 4,212 over the "
                      "Conservative candidate, Adrian Cole, who polled 10,594.",
                      "The result was declared at the Dene Leisure Centre shortly before "
                      "04:00 BST on Friday.",
                      "Turnout was just under 39%, compared with 61.2% at the general "
                      "election last year.",
                      "## Results in full",
                      "Helen Marsh (Liberal Democrats) 14,806; Adrian Cole (Conservative) "
                      "10,594; Samir Qureshi (Labour) 6,071; Dean Fowler (Reform UK) 3,233; "
                      "Ruth Okafor (Green) 1,130.",
                      "## Analysis",
                      "The swing from the Conservatives to the Lib Dems was about 16 "
                      "percentage points, one of the largest in a by-election in this "
                      "part of England for a generation.",
                      "For Labour, a third place and a share of under 17% will be an "
                      "uncomfortable reminder that the party&#8217;s national poll ratings "
                      "have slipped since last year&#8217;s landslide.",
                      "In her speech, Dr Marsh said the constituency had sent a message "
                      "&#8220;that no-one in Westminster can afford to ignore.&#8221;",
                      "Mr Cole said he was disappointed but would stand again at the next "
                      "general election.",
                      "Dr Marsh, 39, is a GP in Hartwell and previously sat on the district "
                      "council. Reform UK&#8217;s Dean Fowler, who came fourth, said his party had "
                      "&#8220;planted a flag&#8221; in the constituency. Some count staff worked "
                      "through the night after polls closed at 22:00 on Thursday.",
                      "The by-election was triggered when the Conservative MP Gordon Pike "
                      "stepped down in August to become chief executive of a housing charity.",
                  ],
                  site="Northern Public Broadcasting",
                  short="NPB News",
                  caption="Helen Marsh celebrates at the count at Dene Leisure Centre",
                  related=(
                      "Why Hartwell and Dene matters for the Conservatives",
                      "Runcorn and Helsby by-election: Reform wins by six votes",
                  ),
                  topics=("By-elections", "Liberal Democrats", "Conservative Party"),
              )),
        _page("https://www.hartwellpost.example/news/politics/marsh-wins-by-election-"
              "4212-majority-1-9936514",
              _regional_site(
                  "Marsh makes history as Lib Dems win Hartwell and Dene",
                  [
                      "HELEN Marsh has become the first Liberal Democrat to represent "
                      "Hartwell and Dene after a dramatic night at the Dene Leisure Centre.",
                      "The Hartwell GP, 39, won just over 41% of the vote and a majority of "
                      "4,212 when the result was declared at 3.42am on Friday, ending more "
                      "than four decades of Conservative control.",
                      "Conservative Adrian Cole came second with 10,594 votes, and Labour&#8217;s "
                      "Samir Qureshi third with 6,071.",
                      "Turnout was 38.6% &#8212; well below the 61.2% recorded at last "
                      "year&#8217;s general election, when Gordon Pike held the seat for the "
                      "Conservatives with a majority of 9,870.",
                      "The Lib Dem share was up more than 17 points on last year&#8217;s general "
                      "election. Labour, which took 21.5% here in 2024, slipped to 16.9%. The "
                      "Conservatives had held the seat since it was created in 1983, and Dr "
                      "Marsh is expected to take her seat in the Commons next week.",
                      "Dr Marsh, who was a district councillor for the Dene Valley ward before "
                      "standing, thanked &#8220;every volunteer who knocked on a door in the "
                      "rain&#8221; and promised to hold her first constituency surgery next "
                      "week.",
                      "&#8220;People here have sent a message nobody in Westminster can "
                      "ignore,&#8221; she said. &#8220;Now I have to earn their trust every "
                      "single day.&#8221;",
                      "Mr Cole said the Conservatives had to &#8220;take this on the "
                      "chin.&#8221; Reform UK&#8217;s Dean Fowler finished fourth with "
                      "3,233 votes, and the Greens&#8217; Ruth Okafor fifth with 1,130.",
                      "Returning officer Janet Hollis thanked count staff, some of whom had "
                      "been at the leisure centre since polls closed at 10pm on Thursday.",
                  ],
                  paper="Hartwell Evening Post",
                  town="Hartwell and the Dene Valley",
                  byline="By Tom Everett, Political Reporter",
                  caption="New MP Helen Marsh with supporters at the count. "
                          "Picture: Evening Post",
                  sponsored=(
                      "Hartwell homeowners could save on solar panels this winter",
                      "The 5 best care homes in the Dene Valley, rated",
                  ),
                  popular=(
                      "Hartwell Town 2-1 Dene Rovers: late winner settles derby",
                      "Plans for 420 homes at Millbrook Farm approved",
                      "By-election: count under way at Dene Leisure Centre",
                      "A38 closed for two nights of resurfacing",
                  ),
                  correction="This article was amended on 17 October to correct the spelling "
                             "of Ruth Okafor&#8217;s name.",
              )),
    ], []),
]
