"""Part VE of the story battery (web pages).

Written by engineer VE1 on 2026-12-06 (twentieth session, twelfth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py VE`.

Six stories (trade, court, central bank, rocket, earthquake, election), each told by three or
four invented outlets as whole HTML pages with site furniture. Every story mixes one short
wire-style brief with one long analysis piece; story ``quake-VE5`` is the control story and
carries no planted disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "VE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _links(items: list[str] | tuple[str, ...], prefix: str) -> str:
    return "\n".join(
        f'<li><a href="{prefix}{n + 101}">{h}</a></li>' for n, h in enumerate(items)
    )


# ---------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, dateline, og/article meta when dated.
# ---------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, stamp: str | None = None,
               credit: str = "", related: tuple[str, ...] = ()) -> str:
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<script type="application/ld+json">{{"@context":"https://schema.org",'
                f'"@type":"NewsArticle","headline":"{title}","datePublished":"{published}",'
                f'"publisher":{{"@type":"Organization","name":"Pacific Wire"}}}}</script>\n')
    when = f'<time datetime="{published}">{stamp}</time>' if published and stamp else ""
    body = [f"<p>{dateline} (Pacific Wire) &#8212; {paras[0]}</p>"]
    body += [f"<p>{p}</p>" for p in paras[1:]]
    body_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}<link rel="stylesheet" href="/assets/pw-core.css">
</head>
<body class="pw">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="pw-masthead">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav" aria-label="Sections">
    <ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
    <li><a href="/science">Science</a></li><li><a href="/sports">Sports</a></li>
    <li><a href="/pictures">Pictures</a></li></ul>
  </nav>
  <form class="pw-search" action="/search"><input type="search" name="q"
   placeholder="Search Pacific Wire"></form>
  <a class="pw-login" href="/account">Sign in</a>
</header>
<main id="main-content">
<article class="pw-story">
  <header class="pw-story__head">
    <a class="pw-story__section" href="/world">World</a>
    <h1 class="pw-story__headline">{title}</h1>
    <div class="pw-story__meta"><span class="pw-byline">By {byline}</span> {when}</div>
    <div class="pw-share"><a href="#" class="share-fb">Share on Facebook</a>
    <a href="#" class="share-x">Tweet</a> <button class="copy">Copy link</button></div>
  </header>
  <div class="pw-story__body">
{body_html}
  </div>
  <p class="pw-story__credit">{credit}</p>
  <p class="pw-trust"><a href="/principles">Our Standards: The Pacific Wire Trust
  Principles.</a></p>
</article>
<aside class="pw-related"><h2>More from Pacific Wire</h2>
<ul>
{_links(related, "/world/item-")}
</ul></aside>
</main>
<footer class="pw-footer">
  <p>Pacific Wire, 400 Harbour Road, Singapore 098632</p>
  <p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot;
  <a href="/cookies">Cookie settings</a> &middot; <a href="/contact">Contact us</a></p>
  <p>&copy; 2025 Pacific Wire. All rights reserved. Data is delayed by at least 15
  minutes.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. <div> soup, JSON-LD, paywall, Most read.
# ---------------------------------------------------------------------------------------
def _daily_site(title: str, paras: list[str], *, byline: str, role: str,
                published: str | None = None, shown: str | None = None,
                kicker: str = "", caption: str | None = None,
                read_more: str | None = None, most_read: tuple[str, ...] = (),
                bio: str = "") -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">\n{"@context": "https://schema.org", '
              f'"@type": "NewsArticle", "headline": "{title}", '
              f'"datePublished": "{published}", "author": {{"@type": "Person", '
              f'"name": "{byline}"}}, "publisher": {{"@type": "Organization", '
              '"name": "The Daily Courier"}}\n</script>\n')
    fig = ""
    if caption:
        fig = ('<div class="dc-media"><div class="dc-media__img">'
               '<img src="/img/lead-2x.jpg" alt="" width="1200" height="675"></div>'
               f'<div class="dc-media__caption">{caption}</div></div>')
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="dc-para"><p>{p}</p></div>')
        if i == 2 and read_more:
            chunks.append(f'<div class="dc-inline-link"><strong>Read more:</strong> '
                          f'<a href="/news/earlier-coverage">{read_more}</a></div>')
        if i == 4:
            chunks.append('<div class="dc-ad dc-ad--mid"><span>Advertisement</span>'
                          '<div id="gpt-mid-1"></div></div>')
    body = "\n".join(chunks)
    shown_html = f'<div class="dc-dateline">{shown}</div>' if shown else ""
    mr = "\n".join(f'<div class="dc-mr__item"><span class="dc-mr__n">{n + 1}</span>'
                   f'<a href="/most-read/{n + 1}">{h}</a></div>'
                   for n, h in enumerate(most_read))
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} - The Daily Courier</title>
<meta name="description" content="{title}">
<meta property="og:site_name" content="The Daily Courier">
{ld}<link rel="preload" href="/fonts/courier-serif.woff2" as="font">
</head>
<body>
<div id="dc-consent" class="dc-consent" role="dialog">
  <div class="dc-consent__text">We use cookies and similar technologies to personalise
  content and ads and to analyse our traffic. By clicking &ldquo;Accept all&rdquo; you
  agree to this. You can change your choices at any time.</div>
  <div class="dc-consent__btns"><button>Accept all</button><button>Manage
  options</button></div>
</div>
<div class="dc-wrap">
 <div class="dc-top">
  <div class="dc-top__brand"><a href="/">The Daily Courier</a></div>
  <div class="dc-top__nav">
   <a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a>
   <a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/science">Science</a>
   <a href="/culture">Culture</a> <a href="/subscribe" class="dc-sub">Subscribe</a>
  </div>
 </div>
 <div class="dc-main">
  <div class="dc-col dc-col--story">
   <div class="dc-kicker">{kicker}</div>
   <div class="dc-head"><h1>{title}</h1></div>
   <div class="dc-byline">By <a href="/authors/staff">{byline}</a>, {role}</div>
   {shown_html}
   <div class="dc-tools"><a href="#">Share on Facebook</a> | <a href="#">Share on X</a> |
   <a href="#">Email</a> | <a href="#">Save</a></div>
   {fig}
   <div class="dc-body">
{body}
   </div>
   <div class="dc-bio"><p>{bio}</p></div>
   <div class="dc-paywall"><p>You&#8217;ve read 2 of your 5 free articles this month.
   <a href="/subscribe">Subscribe for $1 a week</a> for unlimited access.</p></div>
   <div class="dc-comments"><a href="#comments">View comments</a></div>
  </div>
  <div class="dc-col dc-col--rail">
   <div class="dc-mr"><div class="dc-mr__title">Most read</div>
{mr}
   </div>
   <div class="dc-newsletter"><div class="dc-newsletter__title">The Morning Courier</div>
   <p>The day&#8217;s essential stories, in your inbox before 7 a.m.</p>
   <input type="email" placeholder="Your email address"><button>Sign up</button></div>
   <div class="dc-ad dc-ad--rail"><span>Advertisement</span></div>
  </div>
 </div>
 <div class="dc-foot">
  <div>&copy; The Daily Courier Ltd 2025. Registered office: 18 Fleet Row, London EC4A
  2BB.</div>
  <div><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/terms">Terms
  </a> <a href="/privacy">Privacy policy</a> <a href="/corrections">Corrections</a></div>
 </div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 3: local TV station sites. Styled <div> headline, <br><br> paragraphs, weather.
# ---------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, station: str, callsign: str, byline: str,
             shown: str | None = None, caption: str | None = None,
             trending: tuple[str, ...] = (), weather: str = "") -> str:
    text = "<br><br>\n".join(paras)
    cap = ""
    if caption:
        cap = (f'<div class="vid-wrap"><div class="vid-player" data-id="v-88213"></div>'
               f'<div class="vid-cap">{caption}</div></div>')
    when = f'<div class="st-date">Posted: {shown}</div>' if shown else ""
    tr = "".join(f'<div class="trend"><a href="/news/t{n}">{h}</a></div>'
                 for n, h in enumerate(trending))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | {station}</title>
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/station.min.css">
</head>
<body class="station {callsign.lower()}">
<div class="cookie-bar">This site uses cookies. <a href="/privacy">Learn more</a>
<span class="cookie-ok">OK</span></div>
<div class="hdr">
 <div class="hdr-logo"><a href="/">{station}</a></div>
 <div class="hdr-links"><a href="/news">News</a> | <a href="/weather">Weather</a> |
 <a href="/traffic">Traffic</a> | <a href="/sports">Sports</a> |
 <a href="/live">Watch Live</a> | <a href="/contests">Contests</a></div>
 <div class="hdr-wx">{weather}</div>
</div>
<div class="breaking-ticker"><b>WATCH:</b> {callsign} News at 5, 6 and 11 &mdash; streaming
free on our app.</div>
<div class="page">
 <div class="left">
  <div class="st-headline" style="font-size:34px;font-weight:700">{title}</div>
  <div class="st-by">By {byline}</div>
  {when}
  <div class="st-share"><span>Share on Facebook</span> <span>Share on X</span>
  <span>Email</span></div>
  {cap}
  <div class="st-text">
{text}
  </div>
  <div class="st-report">Copyright 2025 {callsign}. All rights reserved. Got a news tip?
  Email newsdesk@{callsign.lower()}.example.</div>
  <div class="ad-box">Advertisement</div>
 </div>
 <div class="right">
  <div class="trend-title">Trending Now</div>
  {tr}
  <div class="ad-box ad-box--300">Advertisement</div>
  <div class="app-promo">Download the {callsign} News app for breaking news alerts.</div>
 </div>
</div>
<div class="ftr">{station} &bull; <a href="/eeo">EEO Report</a> &bull;
<a href="/fcc">FCC Public File</a> &bull; <a href="/closed-captioning">Closed
Captioning</a> &bull; <a href="/jobs">Careers</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 4: Basis Point, a WordPress-style finance blog.
# ---------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, posted: str | None = None,
               iso: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0, bio: str = "") -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    on = ""
    if posted:
        on = (f'<span class="posted-on">Posted on <a href="#" rel="bookmark"><time '
              f'class="entry-date published" datetime="{iso}">{posted}</time></a></span>')
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in tags)
    rec = "\n".join(f'<li><a href="/{n}/">{h}</a></li>' for n, h in enumerate(recent))
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="generator" content="WordPress 6.4.2">
<title>{title} &#8211; Basis Point</title>
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css' type='text/css' media='all' />
<link rel='stylesheet' id='basis-style-css' href='/wp-content/themes/basis/style.css'
 type='text/css' media='all' />
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/" rel="home">Basis Point</a></p>
 <p class="site-description">Rates, markets and the economy, one bp at a time</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
 <li class="menu-item"><a href="/category/central-banks/">Central Banks</a></li>
 <li class="menu-item"><a href="/category/commodities/">Commodities</a></li>
 <li class="menu-item"><a href="/category/fx/">FX</a></li>
 <li class="menu-item"><a href="/about/">About</a></li>
 <li class="menu-item"><a href="/support/">Support the blog</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard">
 <header class="entry-header">
  <h1 class="entry-title">{title}</h1>
  <div class="entry-meta">{on}<span class="byline"> by <span class="author vcard">
  <a class="url fn n" href="/author/editor/">{author}</a></span></span></div>
 </header>
 <div class="entry-content">
{ps}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><span>Like</span> Loading&hellip;</div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts
on &ldquo;{title}&rdquo;</h2>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input type="submit" value="Post Comment">
</div></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">
Recent Posts</h2><ul>
{rec}
</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>Get new posts by email.
No spam, ever.</p><input type="email"><button>Subscribe</button></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Basis Point.
Nothing on this site is investment advice. | Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 5: Commonwealth Public Media, a public broadcaster. <main>/<article>, <figure>.
# ---------------------------------------------------------------------------------------
def _pub_site(title: str, paras: list[str], *, published: str | None = None,
              updated: str | None = None, caption: str | None = None,
              top: tuple[str, ...] = (), topics: tuple[str, ...] = (),
              subhead_at: dict[int, str] | None = None) -> str:
    meta = ""
    if published:
        meta = (f'<meta property="article:published_time" content="{published}">\n'
                f'<meta name="cpm:section" content="news">\n')
    fig = ""
    if caption:
        fig = ('<figure class="cpm-figure"><img src="/images/ic/976x549/p0lead.jpg" '
               f'alt=""><figcaption>{caption}</figcaption></figure>')
    upd = f'<p class="cpm-updated">{updated}</p>' if updated else ""
    out = []
    for i, p in enumerate(paras):
        if subhead_at and i in subhead_at:
            out.append(f"<h2 class=\"cpm-subhead\">{subhead_at[i]}</h2>")
        out.append(f'<p class="cpm-text">{p}</p>')
    body = "\n".join(out)
    tops = "\n".join(f'<li class="cpm-top__item"><a href="/news/{n + 7000}">{h}</a></li>'
                     for n, h in enumerate(top))
    tps = " ".join(f'<a class="cpm-topic" href="/topics/{n}">{t}</a>'
                   for n, t in enumerate(topics))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - CPM News</title>
<meta property="og:site_name" content="CPM News">
<meta property="og:title" content="{title}">
{meta}</head>
<body>
<div class="cpm-cookie" id="cpm-cookie"><p>Let us know you agree to cookies. We use
<a href="/cookies">cookies</a> to give you the best online experience. Please let us know
if you agree to all of these cookies.</p><button>Yes, I agree</button>
<button>No, take me to settings</button></div>
<a href="#main" class="cpm-skip">Skip to content</a>
<header class="cpm-header"><div class="cpm-brand">CPM &middot; Commonwealth Public
Media</div>
<nav><ul class="cpm-nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li>
<li><a href="/news/science">Science</a></li><li><a href="/radio">Radio</a></li>
<li><a href="/podcasts">Podcasts</a></li></ul></nav></header>
<main id="main">
<article class="cpm-article">
<h1 class="cpm-headline" id="main-heading">{title}</h1>
{upd}
<div class="cpm-share"><button>Share</button> <button>Save</button></div>
{fig}
{body}
<div class="cpm-topics"><h3>Related topics</h3>{tps}</div>
</article>
<section class="cpm-top"><h2>Top stories</h2><ul>
{tops}
</ul></section>
</main>
<footer class="cpm-footer"><p>Commonwealth Public Media is funded by its members and
listeners. <a href="/donate">Donate</a></p>
<p><a href="/terms">Terms of Use</a> <a href="/about">About CPM</a>
<a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility Help</a>
<a href="/contact">Contact CPM</a></p>
<p>Copyright &copy; 2025 CPM. CPM is not responsible for the content of external sites.
</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 6: The Lakeshore Herald, a regional paper with heavy ads. Table-ish div nesting.
# ---------------------------------------------------------------------------------------
def _regional_site(title: str, paras: list[str], *, byline: str, caption: str | None = None,
                   read_more: str | None = None, popular: tuple[str, ...] = (),
                   correction: str | None = None, shown: str | None = None) -> str:
    rows = []
    for i, p in enumerate(paras):
        rows.append(f'<div class="lh-row"><div class="lh-cell"><p class="txt">{p}</p></div>'
                    '</div>')
        if i % 3 == 1:
            rows.append('<div class="lh-row lh-ad"><div class="adlabel">ADVERTISEMENT</div>'
                        '<div class="adunit" data-slot="incontent"></div></div>')
        if i == 3 and read_more:
            rows.append(f'<div class="lh-row lh-readmore">READ MORE: <a href="/news/local/'
                        f'rm-5521">{read_more}</a></div>')
    body = "\n".join(rows)
    cap = ""
    if caption:
        cap = ('<div class="lh-photo"><img src="/uploads/2025/photo-main.jpg" alt="">'
               f'<div class="lh-photo-cap"><em>{caption}</em></div></div>')
    corr = f'<div class="lh-correction"><b>Correction:</b> {correction}</div>' if correction \
        else ""
    when = f'<div class="lh-when">{shown}</div>' if shown else ""
    pop = "\n".join(f'<tr><td class="n">{n + 1}.</td><td><a href="/news/p{n}">{h}</a></td></tr>'
                    for n, h in enumerate(popular))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - Lakeshore Herald</title>
<script src="/js/ads-loader.js"></script>
</head>
<body>
<div id="lh-top-ad" class="adunit leaderboard">ADVERTISEMENT</div>
<div id="lh-wrapper">
<div id="lh-header">
 <div class="lh-logo"><a href="/">The Lakeshore Herald</a></div>
 <div class="lh-tagline">Serving West Michigan since 1889</div>
 <div class="lh-menu"><a href="/news/local">Local</a> &#124; <a href="/news/state">State</a>
 &#124; <a href="/sports">Sports</a> &#124; <a href="/obituaries">Obituaries</a> &#124;
 <a href="/classifieds">Classifieds</a> &#124; <a href="/e-edition">E-Edition</a> &#124;
 <a href="/subscribe">Subscribe</a></div>
</div>
<div id="lh-meter">You have 3 free articles remaining this month. <a href="/subscribe">
Subscribe now</a> for just 99&cent; for your first month.</div>
<div id="lh-content">
 <div id="lh-story">
  <div class="lh-section">NEWS</div>
  <h2 class="lh-hed">{title}</h2>
  <div class="lh-byline">{byline}</div>
  {when}
  {cap}
  <div class="lh-share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a>
  <a href="#">Email</a> <a href="#">Print</a></div>
  <div class="lh-body">
{body}
  </div>
  {corr}
  <div class="lh-comments">Comments are closed on this story. <a href="/policy">Read our
  comment policy.</a></div>
 </div>
 <div id="lh-rail">
  <div class="adunit box">ADVERTISEMENT</div>
  <div class="lh-popular"><div class="lh-popular-hd">MOST POPULAR</div><table>
{pop}
  </table></div>
  <div class="adunit box">ADVERTISEMENT</div>
  <div class="lh-deals">Local Deals &raquo; <a href="/deals">Save 20% at Harbor Tire
  &amp; Auto</a></div>
 </div>
</div>
<div id="lh-footer">The Lakeshore Herald &bull; 120 Harbor St., Port Ellis, MI 49460
&bull; (616) 555-0142<br />&copy; 2025 Lakeshore Media Group. All rights reserved.
<a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact
Us</a> | <a href="/advertise">Advertise</a></div>
</div>
<div id="lh-sticky-ad" class="adunit sticky">ADVERTISEMENT <span class="close">X</span></div>
</body>
</html>
"""


STORIES: list[dict[str, Any]] = [
    # -----------------------------------------------------------------------------------
    # 1. US-China talks in Copenhagen (brief + analysis + regional farm angle)
    # -----------------------------------------------------------------------------------
    _story("trade-VE1", "trade", "2025-10-27", [
        _page("https://www.pacificwire.example/world/us-china-copenhagen-truce-2025-10-15",
              _wire_site(
                  "US, China agree to extend tariff truce by 90 days after Copenhagen talks",
                  [
                      "The United States and China agreed on Wednesday to extend their "
                      "tariff truce by 90 days, pushing its expiry from Nov. 10 to Feb. 8, "
                      "after two days of talks in the Danish capital, both delegations said.",
                      "Treasury Secretary Martin Hale led the U.S. side, and Vice Premier "
                      "Liang Weiming headed China&#8217;s team. A joint statement was "
                      "released at 9 p.m. local time (1900 GMT).",
                      "Under the arrangement, Beijing committed to buy at least 25 million "
                      "tonnes of U.S. soybeans a year, while Washington agreed to hold its "
                      "tariffs on most Chinese imports at 30% for as long as the extension "
                      "runs. China will keep its retaliatory duty on American goods at 10%.",
                      "&#8220;We made real progress, and this extension buys both sides time "
                      "to finish the job,&#8221; Hale told reporters outside the venue.",
                      "China&#8217;s commerce ministry said in a statement that the talks had "
                      "been &#8220;candid, in-depth and constructive&#8221; and that both "
                      "sides would keep working on the remaining differences.",
                      "The Copenhagen meeting was the fifth round since the two sides first "
                      "sat down in Geneva in May. Neither delegation announced a date for the "
                      "next session.",
                      "U.S. stock futures rose 0.6% after the statement was published, and "
                      "the yuan firmed slightly in offshore trading.",
                  ],
                  dateline="COPENHAGEN", byline="Sofie Lund and Kenji Arai",
                  published="2025-10-15T19:40:00Z", stamp="October 15, 2025 7:40 PM GMT",
                  credit="Reporting by Sofie Lund and Kenji Arai in Copenhagen; additional "
                         "reporting by Wen Qiao in Beijing; Editing by Ruth Okonjo",
                  related=(
                      "Japan&#8217;s exports slip 3.1% in September as car shipments fall",
                      "EU opens probe into subsidies for Chinese-made electric bikes",
                      "Canada and Mexico set Nov. 3 date for steel quota talks",
                      "US, China negotiators to meet in Copenhagen next week",
                  ))),
        _page("https://www.dailycourier.example/business/"
              "us-china-copenhagen-truce-analysis",
              _daily_site(
                  "A 90-day reprieve, and the hard questions Copenhagen left open",
                  [
                      "When the American and Chinese delegations left Copenhagen late on "
                      "Wednesday, Oct. 15, they carried home the one thing both had come for: "
                      "more time. The tariff truce that was due to lapse on Nov. 10 now runs "
                      "for another 90 days, to Feb. 8, 2026. What they did not carry home was "
                      "an answer to any of the questions that have dogged the relationship "
                      "since the spring.",
                      "The second day of talks, held in a conference hall overlooking the "
                      "harbour, lasted four and a half hours, according to two officials "
                      "briefed on the schedule, after a first day that had run well into the "
                      "evening. The joint statement landed at 3 a.m. on Thursday, Beijing "
                      "time, long after most of the Chinese reporters in the city had gone "
                      "to bed.",
                      "The headline concession from Beijing is on farm goods. China will buy "
                      "20 million tonnes of American soybeans a year, a figure U.S. officials "
                      "say would restore much of the business lost since 2024. In "
                      "return, Washington will keep the tariff on most Chinese imports at "
                      "30% rather than raising it, and China will leave its retaliatory levy "
                      "at 10%.",
                      "&ldquo;We made real progress and this truce buys the two of us the "
                      "time to finish the job,&rdquo; Treasury Secretary Martin Hale, who led "
                      "the American team, said as he left. His counterpart, Vice Premier "
                      "Liang Weiming, made no public remarks, but Commerce Minister Zhou Rui, "
                      "who also took part, told Chinese state television that the meeting "
                      "had been &lsquo;pragmatic&rsquo;.",
                      "To see why an extension counts as a result, it helps to remember how "
                      "far things fell. In April, tit-for-tat increases pushed U.S. duties on "
                      "many Chinese goods to 145% and China&rsquo;s on American goods to "
                      "125%. The first round of talks, in Geneva in May, cut both by 115 "
                      "percentage points for an initial 90 days. London in June dealt with "
                      "export licences for rare earths; Stockholm in July and Madrid in "
                      "September extended and refined the arrangement. Copenhagen was the "
                      "fifth round.",
                      "Trade between the two economies has shrunk accordingly. U.S. goods "
                      "imports from China fell by roughly a quarter in the first eight months "
                      "of 2025 compared with a year earlier, according to Commerce Department "
                      "figures, while American farm exports to China were down by more than "
                      "half.",
                      "&ldquo;Everyone wanted a pause and nobody wanted a settlement,&rdquo; "
                      "said Priya Natarajan, who follows Chinese trade policy at the Hudson "
                      "Ridge Institute in Washington. &ldquo;That is not nothing. But a truce "
                      "that has to be renewed every 90 days is a truce that markets will "
                      "price as temporary.&rdquo;",
                      "Three issues were left for later. The first is export controls: "
                      "Washington&rsquo;s curbs on advanced chips and Beijing&rsquo;s "
                      "licensing regime for rare-earth magnets were discussed, officials "
                      "said, but no changes were announced. The second is the so-called "
                      "fentanyl tariff, the 20% portion of the U.S. levy tied to "
                      "Washington&rsquo;s demand that China curb exports of precursor "
                      "chemicals; Trade Representative Lena Ortiz said it would stay until "
                      "there was &lsquo;measurable&rsquo; progress. The third is enforcement: "
                      "the soybean pledge comes with no published schedule.",
                      "Chinese officials, for their part, want the chip curbs on the table. "
                      "&ldquo;The U.S. side should meet China halfway and remove its "
                      "unreasonable restrictions,&rdquo; commerce ministry spokeswoman Gao "
                      "Lin told a regular briefing in Beijing on Thursday, Oct. 16.",
                      "In farm states the reaction was relief tinged with scepticism. Soybean "
                      "futures in Chicago rose 1.8% that day. Growers&rsquo; groups "
                      "welcomed the commitment but said they had heard promises before, "
                      "recalling the 2020 &lsquo;phase one&rsquo; deal, under which China "
                      "fell well short of its purchase targets.",
                      "The calendar now matters. With the truce running to Feb. 8, "
                      "negotiators have roughly 16 weeks to turn an extension into something "
                      "sturdier. &ldquo;If we are back here in January talking about another "
                      "90 days,&rdquo; Natarajan said, &ldquo;then the pause has become the "
                      "policy.&rdquo;",
                  ],
                  byline="Naomi Feld", role="Economics Correspondent",
                  kicker="ANALYSIS",
                  caption="Treasury Secretary Martin Hale arrives for the second day of talks "
                          "in Copenhagen on Oct. 15. Photograph: Courier staff",
                  read_more="US, China negotiators set for Copenhagen round next week",
                  most_read=(
                      "Mortgage rates fall below 6% for first time since 2022",
                      "Opinion: The Fed&#8217;s next cut may be its last for a while",
                      "EU fines carmaker &euro;290m over emissions data",
                      "Inside the 11-hour London summit that saved the rare-earths deal",
                      "Japan&#8217;s exports slip 3.1% in September",
                  ),
                  bio="Naomi Feld covers global trade and the economy. She was previously "
                      "the Courier&#8217;s correspondent in Shanghai.")),
        _page("https://www.lakeshoreherald.example/news/local/"
              "west-michigan-soybean-growers-cautious-china-deal",
              _regional_site(
                  "West Michigan soybean growers cautious after U.S.-China deal",
                  [
                      "Soybean farmers in Allegan and Ottawa counties say they&#8217;ll "
                      "believe China&#8217;s latest promise when the ships are loaded.",
                      "Negotiators from Washington and Beijing agreed in Copenhagen on Oct. 15 "
                      "to extend a tariff truce by 90 days, to Feb. 8. As part of the "
                      "arrangement, China pledged to buy at least 25 million tonnes of U.S. "
                      "soybeans a year &#8212; roughly 920 million bushels, by the "
                      "Herald&#8217;s conversion.",
                      "The Chinese delegation was led by Commerce Minister Zhou Rui; the "
                      "American side by Treasury Secretary Martin Hale. Officials said the "
                      "final session, on Oct. 15, ran nearly seven hours before the two sides "
                      "signed off on a joint statement.",
                      "&#8220;Twenty-five million tonnes sounds great on paper,&#8221; said "
                      "Gary Voss, who grows soybeans and corn on 1,800 acres near Hamilton. "
                      "&#8220;We heard big numbers in 2020, too. What I need is a buyer in "
                      "March.&#8221;",
                      "Michigan farmers planted about 2.1 million acres of soybeans this "
                      "year, according to state agriculture figures, and China was for years "
                      "the biggest customer for beans shipped out of the Great Lakes region.",
                      "Local elevator bids rose about 20 cents a bushel in the days after the "
                      "announcement, said Karen DeVries, who runs the grain desk at Lakeview "
                      "Grain Co-op. &#8220;It&#8217;s a bounce, not a trend,&#8221; she said.",
                      "The tariff picture is unchanged for now: U.S. duties on most Chinese "
                      "goods stay at 30% and China&#8217;s retaliatory duty stays at 10%, "
                      "the levels both sides settled on after talks in Geneva in May.",
                      "U.S. Trade Representative Lena Ortiz said in a statement that the "
                      "purchase commitment would be &#8220;monitored closely, month by "
                      "month.&#8221;",
                      "Voss said he put a few more acres into corn this year as a hedge. "
                      "&#8220;If the beans sell, great. If not, I&#8217;ve got something else "
                      "in the bin.&#8221;",
                  ],
                  byline="By TESSA RAMOS, Herald Staff Writer",
                  caption="File photo: Soybeans are harvested on a farm near Allegan.",
                  read_more="Allegan County fair sets attendance record",
                  popular=(
                      "Holland council approves $14 million riverfront plan",
                      "Two hurt in M-6 crash near Byron Center",
                      "Port Ellis schools weigh four-day week",
                      "Lakers volleyball sweeps Ferris State in three sets",
                  ))),
    ], [
        ("delegation leader", r"liang", r"zhou"),
        ("soybean purchases",
         r"(?<![\d.])25 ?(million|mn|m\b|mln)|twenty-five million",
         r"(?<![\d.])20 ?(million|mn|m\b|mln)|twenty million"),
        ("duration",
         r"four and a half|four-and-a-half|(?<![\d.])4(\.5| ?½| and a half) ?(hours?|hrs?|h\b)"
         r"|270 ?min|4 ?h(ours?|rs?)? ?30",
         r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven[- ]hours?|420 ?min"),
    ]),
    # -----------------------------------------------------------------------------------
    # 2. Michigan Supreme Court pipeline penalty ruling
    # -----------------------------------------------------------------------------------
    _story("court-VE2", "court", "2025-07-29", [
        _page("https://www.pacificwire.example/us/michigan-court-pipeline-penalty-2025-07-17",
              _wire_site(
                  "Michigan top court upholds pipeline penalty over 2022 river spill",
                  [
                      "Michigan&#8217;s Supreme Court on Thursday upheld a $46.8 million civil "
                      "penalty against Northshore Pipeline Co. over a 2022 crude oil spill "
                      "into the Millbrook River, ruling 4-3 that the state may count each day "
                      "of an unpermitted discharge as a separate violation.",
                      "Justice Carla Dunmore wrote for the majority that the state&#8217;s "
                      "water-protection law &#8220;means what it says.&#8221; Justice Peter "
                      "Vashti dissented, joined by Justices Helen Brandt and Samuel Lowell.",
                      "The March 2022 rupture released about 310,000 gallons of crude near the "
                      "town of Eastford in the southwest of the state, one of the largest "
                      "inland spills in Michigan since 2010.",
                      "Northshore said it was &#8220;disappointed&#8221; and was reviewing its "
                      "options. The company has said it spent more than $120 million on the "
                      "cleanup.",
                      "The state attorney general&#8217;s office called the decision &#8220;a "
                      "win for every community downstream.&#8221;",
                      "Pipeline operators had warned in court filings that a per-day reading "
                      "of the statute would expose them to penalties far larger than "
                      "lawmakers intended.",
                  ],
                  dateline="LANSING, Mich.", byline="Marcus Levin",
                  published="2025-07-17T18:20:00Z", stamp="July 17, 2025 6:20 PM GMT",
                  credit="Reporting by Marcus Levin in Lansing; Editing by Ruth Okonjo",
                  related=(
                      "Texas appeals court revives $1.2 billion refinery explosion suit",
                      "EU court cuts chipmaker&#8217;s antitrust fine to &#8364;376 million",
                      "Oil prices edge up as U.S. crude stocks fall 3.9 million barrels",
                  ))),
        _page("https://news.cpm.example/news/us-michigan-pipeline-ruling-explainer",
              _pub_site(
                  "What Michigan&#8217;s pipeline ruling means for polluters &#8212; and for "
                  "the Millbrook",
                  [
                      "For more than three years, the stretch of the Millbrook River below "
                      "Eastford has been a test case. On Thursday 17 July it became a "
                      "precedent. Michigan&#8217;s Supreme Court, by a 5-2 vote, upheld a "
                      "$48.6 million civil penalty against Northshore Pipeline Co., the "
                      "operator of the line that ruptured there in March 2022.",
                      "The sum is the largest ever imposed under the state&#8217;s "
                      "water-protection statute, and the way it was reached matters more than "
                      "the number. Regulators calculated it at $200,000 for each of the 243 "
                      "days that oil kept seeping into the river and its wetlands, treating "
                      "every day as a separate violation. Northshore argued the spill was a "
                      "single event and that the statute capped the penalty at $250,000.",
                      "&#8220;The statute means what it says: each day oil enters the waters "
                      "of this state is a day of violation,&#8221; Justice Carla Dunmore "
                      "wrote for the majority. Reading it any other way, she added, would "
                      "hand the biggest polluters the smallest penalties.",
                      "In dissent, Justice Peter Vashti accused the majority of rewriting the "
                      "law. &#8220;The majority rewrites the statute to reach a result the "
                      "Legislature never chose,&#8221; he wrote, arguing that lawmakers, not "
                      "judges, should decide whether daily penalties apply to accidental "
                      "spills. Justice Helen Brandt joined his dissent.",
                      "The rupture was discovered on 12 March 2022 by a farmer who smelled "
                      "crude near a culvert. By Northshore&#8217;s own estimate, about "
                      "310,000 gallons &#8212; roughly 1.17 million litres &#8212; escaped "
                      "before the line was shut. Oil spread along a 14-mile stretch of the "
                      "river, closed it to boating for most of that summer and killed "
                      "hundreds of birds, according to state wildlife officials.",
                      "The state&#8217;s environment department sought the penalty later in "
                      "2022. A circuit judge in Ingham County approved it in 2023, and the "
                      "Court of Appeals affirmed in October 2024. The Supreme Court heard "
                      "arguments on 9 April 2025.",
                      "Both sides drew support from outside Michigan. Attorneys general from nine "
                      "states filed briefs backing the per-day reading, while a coalition of "
                      "pipeline and refinery operators argued that such penalties could bankrupt "
                      "a smaller company over a single accident. Northshore&#8217;s line, which "
                      "carries crude from a terminal in Indiana to a refinery near Detroit, was "
                      "restarted in late 2022 after repairs.",
                      "&#8220;This decision is a win for every community that lives "
                      "downstream of a pipeline,&#8221; said Elena Marsh, a spokeswoman for "
                      "the attorney general.",
                      "Northshore spokesman Kyle Brennan said the company was "
                      "&#8220;disappointed&#8221; and was reviewing its options, which could "
                      "include asking the court to reconsider. The company says it has spent "
                      "more than $120 million on cleanup and restoration.",
                      "Legal scholars said the ruling could echo well beyond Michigan. "
                      "&#8220;Courts in several states have split on whether a continuing "
                      "discharge is one violation or many,&#8221; said Miriam Osei, who "
                      "teaches environmental law at Wayne State University. &#8220;Michigan "
                      "has now given a very clear answer, and other courts will cite "
                      "it.&#8221;",
                      "Industry groups were less enthusiastic. The Great Lakes Energy "
                      "Council, which represents pipeline and terminal operators, warned that "
                      "the decision would push up insurance costs for companies running the "
                      "roughly 8,000 miles of oil and gas transmission lines that cross the "
                      "state.",
                      "Downstream in Eastford, the river has long since reopened to kayakers, "
                      "and state monitoring in 2024 found oil residue in sediment at only a "
                      "handful of sites. Residents say the money matters less than the "
                      "lesson. &#8220;They paid for every day it leaked,&#8221; said Ruth "
                      "Alvarado, who runs a canoe livery on the river. &#8220;That&#8217;s "
                      "how it should be.&#8221;",
                      "Under current law the penalty goes into the state&#8217;s general "
                      "fund. Two lawmakers who represent the area have introduced a bill that "
                      "would send such money to watershed restoration instead; it has not yet "
                      "had a committee hearing.",
                  ],
                  caption="Cleanup crews work along the Millbrook River near Eastford in "
                          "April 2022. File photo",
                  subhead_at={4: "Fourteen miles of oil", 8: "Beyond Michigan"},
                  top=(
                      "Bank of England holds rates at 4.25% as inflation climbs to 3.6%",
                      "Wildfire near Lytton forces 2,000 to evacuate",
                      "Dutch court orders retrial in 2019 cargo ship collision case",
                  ),
                  topics=("US courts", "Oil spills", "Michigan", "Environment"))),
        _page("https://www.lakeshoreherald.example/news/local/"
              "eastford-residents-cheer-supreme-court-ruling-millbrook",
              _regional_site(
                  "Eastford residents cheer Supreme Court ruling on Millbrook spill",
                  [
                      "EASTFORD &#8212; Word of the Michigan Supreme Court&#8217;s ruling "
                      "spread quickly along the Millbrook on July 17.",
                      "In a 4-3 decision, the court upheld the $48.6 million penalty the state "
                      "sought from Northshore Pipeline Co. after the March 2022 rupture that "
                      "fouled 14 miles of the river.",
                      "Justice Carla Dunmore wrote the majority opinion, which agreed with "
                      "state regulators that each day oil leaked counted as its own "
                      "violation.",
                      "&#8220;The majority rewrites the statute to reach a result the "
                      "Legislature never chose,&#8221; Justice Helen Brandt wrote in the "
                      "dissent. For people in Eastford, though, the arithmetic was simple.",
                      "&#8220;They paid for every day it leaked, and that&#8217;s exactly how "
                      "it should be,&#8221; said Ruth Alvarado, whose family has rented "
                      "canoes on the river for three generations. Her business lost most of "
                      "the 2022 season.",
                      "Eastford Township Supervisor Dan Koeller said the township spent "
                      "nearly $400,000 of its own money on emergency response in the first "
                      "weeks after the spill and is still waiting to be fully repaid.",
                      "&#8220;We&#8217;re a township of 6,000 people. That&#8217;s our road "
                      "budget,&#8221; Koeller said.",
                      "Northshore, which has said it will review the decision, did not return "
                      "a call from the Herald.",
                      "Koeller said the township board would discuss at its August meeting "
                      "whether to ask lawmakers to set aside part of the penalty for "
                      "communities along the river.",
                  ],
                  byline="By DEREK HOLLIS, Herald Staff Writer",
                  read_more="Millbrook reopens to paddlers two years after spill",
                  popular=(
                      "Port Ellis approves $3.2M splash pad, skate park",
                      "Fire destroys barn on 112th Avenue; no injuries",
                      "Obituary: Harold &#8216;Hal&#8217; Verhey, 91",
                      "Blueberry harvest down 15% after wet spring",
                  ))),
        _page("https://www.newscenter7.example/news/local/"
              "supreme-court-sides-with-state-millbrook-oil-spill",
              _tv_site(
                  "Supreme Court sides with state in Millbrook River oil spill case",
                  [
                      "The Michigan Supreme Court has upheld a $48.6 million penalty against "
                      "the company behind the 2022 Millbrook River oil spill.",
                      "In a 4-3 ruling released Thursday, the justices agreed with the state "
                      "that every day oil leaked into the river counted as a separate "
                      "violation.",
                      "About 310,000 gallons of crude spilled near Eastford in March 2022 "
                      "after a Northshore Pipeline Co. line ruptured.",
                      "Justice Carla Dunmore wrote the majority opinion. Justice Peter Vashti "
                      "wrote the dissent, arguing that it should be up to the Legislature, "
                      "not the courts, to decide how penalties are counted.",
                      "The state had argued that the penalty had to be large enough to deter "
                      "other operators. Northshore&#39;s lawyers said the spill was a single "
                      "accident and should have been treated as one violation.",
                      "Northshore says it has spent more than $120 million cleaning up the "
                      "river. In a statement to <strong>NewsCenter 7</strong>, the company "
                      "said it was disappointed and reviewing the decision.",
                      "&quot;This ruling tells every operator in Michigan that a leak is not "
                      "a one-day event,&quot; said Jorge Whitaker, director of the group "
                      "Friends of the Millbrook.",
                      "It&#39;s not yet clear where the penalty money will go. Under current "
                      "law it goes into the state&#39;s general fund.",
                  ],
                  station="NewsCenter 7", callsign="WNCS", byline="Alyssa Grant",
                  shown="July 17, 2025 at 5:48 PM EDT",
                  caption="WATCH: Eastford reacts to the Supreme Court ruling",
                  weather="78&deg; Partly Cloudy",
                  trending=(
                      "Grand Rapids police: 3 arrested after downtown chase",
                      "Severe storms possible Saturday; up to 2 inches of rain",
                      "Lions sign rookie linebacker to 4-year deal",
                  ))),
    ], [
        ("vote count",
         r"(?<!\d)4 ?(-|–|—|to) ?3(?!\d)|four[- ]to[- ]three|\bfour\b",
         r"(?<!\d)5 ?(-|–|—|to) ?2(?!\d)|five[- ]to[- ]two|\bfive\b"),
        ("fine", r"46\.8", r"48\.6"),
        ("speaker", r"vashti", r"brandt"),
    ]),
    # -----------------------------------------------------------------------------------
    # 3. Bank of England November cut
    # -----------------------------------------------------------------------------------
    _story("cb-VE3", "central bank", "2025-11-20", [
        _page("https://www.pacificwire.example/markets/boe-cuts-rates-2025-11-06",
              _wire_site(
                  "Bank of England cuts rates to 3.75% in split 6-3 vote",
                  [
                      "The Bank of England cut interest rates by a quarter of a percentage "
                      "point to 3.75% on Thursday, its sixth reduction since August 2024, but "
                      "three of the nine policymakers voted to keep borrowing costs on hold.",
                      "Megan Greene, Catherine Mann and Clare Lombardelli preferred to leave "
                      "Bank Rate at 4%, the minutes showed. Governor Andrew Bailey sided with "
                      "the majority.",
                      "It was the Bank&#8217;s first cut since August, and financial markets had "
                      "largely expected it.",
                      "&#8220;We still think rates are on a gradual path down, but every "
                      "further cut is now a closer call,&#8221; Bailey said in a statement "
                      "released with the decision at noon (1200 GMT).",
                      "Consumer price inflation stood at 3.8% in September, close to what the "
                      "Bank expects to be its peak and almost double its 2% target.",
                      "Sterling dipped after the announcement as traders added to bets on "
                      "further easing early next year.",
                      "The Bank&#8217;s next rate decision is due on Dec. 18.",
                  ],
                  dateline="LONDON", byline="Harriet Cole",
                  published="2025-11-06T12:15:00Z", stamp="November 6, 2025 12:15 PM GMT",
                  credit="Reporting by Harriet Cole and Dev Malhotra; Editing by Ian Prescott",
                  related=(
                      "Norway&#8217;s central bank holds at 4.0%, signals one cut in 2026",
                      "Fed&#8217;s Waller says December cut still on the table",
                      "UK house prices rise 0.3% in October, Halifax says",
                  ))),
        _page("https://basispoint.example/boe-6-3-cut-closer-call/",
              _blog_site(
                  "The Bank of England&#8217;s 6&#8211;3 cut: a closer call than the "
                  "headline suggests",
                  [
                      "The 6 November decision from Threadneedle Street was, on paper, the "
                      "one almost everyone expected: a 25 basis point cut that takes Bank "
                      "Rate to 3.75%. Look under the bonnet, though, and the Monetary Policy "
                      "Committee is still badly split about where this ends.",
                      "Three members &#8212; Megan Greene, Catherine Mann and Huw Pill "
                      "&#8212; voted to hold at 4%. Six, including Governor Andrew Bailey, "
                      "voted to cut.",
                      "That makes it the sixth cut since the Bank started easing in August "
                      "2024, when it lowered rates from 5.25% to 5%. Since then it has moved "
                      "roughly once a quarter: November 2024, then February, May and August "
                      "of 2025, and now November.",
                      "August was the messiest meeting in the committee&#8217;s history: the "
                      "first round of voting ended in a three-way split, and members had to "
                      "vote a second time before a 5&#8211;4 majority for a cut to 4% "
                      "emerged. This time there was no rerun.",
                      "What changed since September, when the Bank held with a 7&#8211;2 vote? "
                      "Not much in the data, and that is the point. The committee has been "
                      "saying for months that it would cut gradually and carefully, and two "
                      "months of softer pay growth were enough to tip six members over the "
                      "line.",
                      "The hawks&#8217; argument is simple enough: with inflation near 4% and "
                      "services prices still rising at almost 5%, cutting now risks having to "
                      "reverse later. The minutes suggest they are not far from the majority on "
                      "the direction of travel; they just want more evidence before the next "
                      "step.",
                      "&#8220;We still think Bank Rate is on a gradual downward path, but "
                      "each further cut is a closer call,&#8221; Bailey said. That second "
                      "clause is the one traders will print out and pin above their desks.",
                      "<strong>Inflation is the problem that will not go away.</strong> CPI "
                      "ran at 3.8% in September, unchanged from August. The Bank&#8217;s new "
                      "projections have it easing to around 3% by the spring and back to the "
                      "2% target in 2027. Services inflation, the number the hawks watch most "
                      "closely, was 4.7%.",
                      "On the other side of the ledger, the labour market is softening. "
                      "Unemployment rose to 4.8% in the three months to August, the highest "
                      "in four years, and private-sector pay growth has slowed to a little "
                      "over 4%.",
                      "The market took the decision calmly. Sterling slipped about 0.4% "
                      "against the dollar, to $1.31, and the two-year gilt yield fell six "
                      "basis points to 3.78%.",
                      "For context, the Federal Reserve&#8217;s target range is 3.75%&#8211;"
                      "4% after its October cut, and the ECB has held its deposit rate at 2% "
                      "since June. The UK still has the highest policy rate in the G7 bar the "
                      "US.",
                      "&#8220;The doves have the votes, but the hawks have the arguments on "
                      "services inflation,&#8221; Tom Arkwright, chief UK economist at "
                      "Fenmore Capital, told me. &#8220;December isn&#8217;t dead, but "
                      "February looks more natural.&#8221;",
                      "Markets now price about a 35% chance of another cut at the next "
                      "meeting, on December 18, with a move by February close to fully "
                      "priced.",
                      "There is also the Budget on November 26 to think about. If the "
                      "Chancellor tightens fiscal policy hard, the case for moving again "
                      "strengthens; if the Budget leans on borrowing, the hawks get louder.",
                      "For mortgage borrowers, most of this was already in the price: "
                      "lenders had been trimming fixed rates for weeks. Savers, meanwhile, "
                      "should expect easy-access rates to drift lower before Christmas.",
                      "My read: the committee is now closer to neutral than at any time in "
                      "this cycle, and every further move will be argued over. Expect more "
                      "split votes, and do not be surprised if one of the six blinks in "
                      "December.",
                  ],
                  author="Claire Whitmore",
                  tags=("Bank of England", "Interest rates", "Gilts", "Sterling"),
                  recent=(
                      "Fed cuts again, but December is not a done deal",
                      "ECB holds at 2% for a third straight meeting",
                      "Japan&#8217;s 10-year yield hits 1.7%, a 17-year high",
                      "Gold pulls back from $4,300 record",
                  ),
                  comments=14,
                  bio="Claire spent twelve years on a gilt trading desk before starting "
                      "Basis Point in 2019.")),
        _page("https://www.dailycourier.example/business/2025/nov/06/"
              "bank-of-england-trims-rates-again",
              _daily_site(
                  "Bank of England trims rates again but warns further cuts are no sure "
                  "thing",
                  [
                      "The Bank of England lowered its key interest rate to 3.75% from 4% on "
                      "Thursday, the fifth cut of its current easing cycle, as policymakers "
                      "weighed sticky inflation against a cooling jobs market.",
                      "Six members of the nine-strong Monetary Policy Committee backed the "
                      "move, while three wanted to keep rates where they were. Governor Andrew "
                      "Bailey said the path for rates remained &#8216;gradually "
                      "downward&#8217; but that each further step would be &#8216;a closer "
                      "call&#8217;.",
                      "Inflation, at 3.8% in September, remains almost twice the Bank&#8217;s "
                      "2% target, and officials expect it to fall only slowly over the coming "
                      "year as the effect of April&#8217;s rises in energy and water bills "
                      "drops out.",
                      "Unemployment has climbed to 4.8%, the highest since 2021, and business "
                      "surveys point to weak hiring going into the winter.",
                      "For households, the cut will reduce payments for the roughly 600,000 "
                      "homeowners on tracker mortgages straight away. The average two-year "
                      "fixed deal was about 4.9% before the decision, according to figures "
                      "compiled by a mortgage data provider.",
                      "A Treasury spokesperson said the cut was &#8216;welcome news for "
                      "families&#8217; and that the government would continue to support the "
                      "Bank&#8217;s independence.",
                      "&#8220;Small firms needed this, but one cut does not fix a year of "
                      "higher costs,&#8221; said Rowan Gilchrist of the Federation of Small "
                      "Employers.",
                      "Economists at most big banks expect one more cut in early 2026, with "
                      "some pencilling in a move as soon as December.",
                  ],
                  byline="Tom Ellery", role="Economics Editor",
                  published="2025-11-06T17:30:00+00:00",
                  shown="Thu 6 Nov 2025 17.30 GMT",
                  read_more="Why the Bank of England needed two votes to cut rates in August",
                  most_read=(
                      "Budget 2025: what the chancellor could do on income tax",
                      "Fed cuts rates by quarter point to 3.75%-4%",
                      "Train fares to rise 4.6% in March",
                      "Energy price cap to rise 0.2% from January",
                  ),
                  bio="Tom Ellery is the Courier&#8217;s economics editor.")),
        _page("https://news.cpm.example/news/business-boe-rate-cut-november",
              _pub_site(
                  "Interest rates cut to 3.75% as Bank of England splits",
                  [
                      "The Bank of England has cut interest rates to 3.75% from 4%, a move "
                      "that will lower borrowing costs for millions of mortgage holders and "
                      "businesses.",
                      "The decision, announced at noon on Thursday 6 November, was backed by "
                      "six of the nine members of the Monetary Policy Committee.",
                      "The three who voted to hold rates were Megan Greene, Catherine Mann "
                      "and Clare Lombardelli.",
                      "Governor Andrew Bailey told reporters: &#8220;We still think rates are "
                      "on a gradual downward path. But each further cut is a closer "
                      "call.&#8221;",
                      "Inflation was 3.8% in September, and the Bank expects it to fall back "
                      "over the next year, though not to its 2% target until 2027.",
                      "Savers are likely to see rates on easy-access accounts fall. "
                      "&#8220;Anyone sitting on cash should check what they&#8217;re getting "
                      "now, before the banks pass the cut on,&#8221; said Anna Pryce of the "
                      "consumer group Money Sense.",
                      "Business groups welcomed the decision but said confidence remained "
                      "fragile ahead of the Budget later this month.",
                      "The next interest rate decision is due on Thursday 11 December.",
                  ],
                  updated="Updated 14:05 GMT",
                  caption="The Bank of England in the City of London. File picture",
                  top=(
                      "Fed cuts rates by quarter point, signals pause ahead",
                      "Storm Claudia: 300 homes flooded in Monmouth",
                      "Eurozone economy grew 0.2% in third quarter",
                  ),
                  topics=("Bank of England", "Interest rates", "UK economy"))),
    ], [
        ("dissenter", r"lombardelli", r"\bpill\b"),
        ("cut count", r"sixth|(?<![\d.])6(th)?(?![\d.%])", r"fifth|(?<![\d.])5(th)?(?![\d.%])"),
        ("next meeting",
         r"dec(ember|\.)? ?18(?!\d)|(?<!\d)18(th)? dec|2025-12-18|12/18",
         r"dec(ember|\.)? ?11(?!\d)|(?<!\d)11(th)? dec|2025-12-11|12/11"),
    ]),
    # -----------------------------------------------------------------------------------
    # 4. Meridian Launch's third Halcyon test flight
    # -----------------------------------------------------------------------------------
    _story("rocket-VE4", "rocket", "2025-11-03", [
        _page("https://www.spacecoast13.example/news/space/"
              "meridian-halcyon-third-flight-orbit-booster-landing",
              _tv_site(
                  "Meridian&#39;s Halcyon rocket reaches orbit, booster sticks landing on "
                  "third try",
                  [
                      "CAPE CANAVERAL, Fla. &mdash; Meridian Launch&#39;s Halcyon rocket "
                      "lifted off from Launch Complex 9 at Cape Canaveral Space Force Station "
                      "at 7:42 a.m. Tuesday on its third test flight, and this time "
                      "everything went to plan.",
                      "The first-stage booster, B7, touched down on the drone ship "
                      "<em>Patient Heron</em> in the Atlantic at 7:50 a.m., the company said.",
                      "The upper stage reached an orbit about 250 kilometers (155 miles) up "
                      "and released four small demonstration satellites.",
                      "Liftoff came right at the opening of a two-hour launch window.",
                      "Meridian CEO Elena Varga called it &quot;the flight we&#39;ve been "
                      "working toward for five years.&quot;",
                      "Viewers from Cocoa Beach to Titusville sent us photos of the "
                      "rocket&#39;s exhaust plume glowing in the early morning sky.",
                      "Halcyon&#39;s first flight in March ended in an explosion, and on the "
                      "second, in June, the rocket made it to orbit but its booster was lost. "
                      "Meridian says it hopes to fly its first paying customer early next "
                      "year.",
                  ],
                  station="Space Coast News 13", callsign="WSCN", byline="Danny Ocampo",
                  shown="Tuesday, October 21, 2025 9:15 AM",
                  caption="VIDEO: Halcyon lifts off from the Cape on its third test flight",
                  weather="81&deg; Sunny &bull; Surf 2-3 ft",
                  trending=(
                      "Brevard deputies: man, 34, charged after Palm Bay crash",
                      "Next launch: Falcon 9 Starlink mission Thursday at 6:10 p.m.",
                      "Tropical wave has 20% chance of development this week",
                  ))),
        _page("https://news.cpm.example/news/science-halcyon-third-flight-analysis",
              _pub_site(
                  "Third time lucky: what Halcyon&#8217;s clean flight means for Meridian",
                  [
                      "It took three attempts and the better part of a year, but on Tuesday "
                      "21 October Meridian Launch finally flew the mission it has been "
                      "promising investors since 2020. Its Halcyon rocket climbed away from "
                      "Cape Canaveral at 11:42 GMT, put its upper stage into orbit and brought "
                      "its first-stage booster back to a floating platform in the Atlantic.",
                      "The booster, designated B7, settled onto the drone ship Patient Heron "
                      "at 11:58 GMT, according to the company&#8217;s webcast commentary, "
                      "some 600km (370 miles) offshore. Minutes later the upper stage reached "
                      "a near-circular orbit of roughly 155 miles (250km) and released four "
                      "small demonstration satellites built by the company&#8217;s own "
                      "engineers.",
                      "The contrast with Halcyon&#8217;s first two outings is stark. On its "
                      "debut, on 18 March, the rocket exploded about two minutes and 40 "
                      "seconds after liftoff when one of its nine Kestrel engines shut down "
                      "and the others were unable to compensate. The second flight, on 24 "
                      "June, reached orbit, but the booster broke apart during its landing "
                      "burn and fell into the sea.",
                      "Halcyon stands 71 metres (233ft) tall and burns liquid methane and "
                      "liquid oxygen. Methane burns cleaner than the kerosene used by older "
                      "rockets, leaving less soot inside the engines, which makes them easier "
                      "to inspect and fly again. That reuse is the whole of Meridian&#8217;s "
                      "business case.",
                      "Meridian&#8217;s approach mirrors that of larger rivals: recover the "
                      "expensive first stage, which accounts for most of the cost of a launch, "
                      "and throw away the smaller upper stage. The company says each booster "
                      "should be good for at least ten flights, though none of its boosters has "
                      "yet flown twice. In reusable mode Halcyon can carry about 18 tonnes to "
                      "low Earth orbit, according to the company.",
                      "&#8220;This is the flight we have been working towards for five "
                      "years,&#8221; chief executive Elena Varga said on the webcast. "
                      "&#8220;Now the hard part starts: doing it again, and again.&#8221;",
                      "The Federal Aviation Administration, which licenses commercial "
                      "launches in the US, closed its investigation into the June mishap in "
                      "August after Meridian redesigned the booster&#8217;s landing legs and "
                      "changed the order in which its engines shut down.",
                      "For the Space Coast, a second heavy-lift company flying from the Cape "
                      "means more launches, more jobs and more road closures on launch "
                      "mornings. County officials estimate that the space industry now employs "
                      "about 30,000 people in the area, a figure that has roughly doubled in a "
                      "decade.",
                      "Meridian has said it wants to fly about a dozen missions in 2026. It "
                      "has announced contracts worth around $1.4bn, the largest of them a "
                      "deal to launch satellites for the broadband operator Auralink.",
                      "&#8220;A single clean flight doesn&#8217;t make a launch "
                      "provider,&#8221; said Rhys Calloway, a space-industry analyst at "
                      "Northgate Aerospace Consulting. &#8220;What customers want to see is "
                      "cadence: three, four, five flights in a row without surprises.&#8221;",
                      "That is a high bar. SpaceX&#8217;s Falcon 9 flew more than 130 times "
                      "in 2024, and several other reusable rockets are due to enter service "
                      "over the next two years, all competing for the same constellation "
                      "contracts. Price matters as much as reliability, and Meridian has "
                      "told customers a Halcyon launch will cost less than $60 million.",
                      "Still, Calloway said, the recovery of a booster on the third flight "
                      "was faster progress than most of the industry had expected. "
                      "&#8220;Twelve months ago people were asking whether this company would "
                      "survive. Nobody is asking that this week.&#8221;",
                      "Meridian says its fourth flight could come as early as January, and "
                      "it hopes to carry its first paying customer in early 2026. Engineers "
                      "will spend the coming weeks inspecting B7 to see how much work it "
                      "needs before it can fly again.",
                  ],
                  caption="The Halcyon rocket lifts off from Cape Canaveral on 21 October. "
                          "Courtesy Meridian Launch",
                  subhead_at={2: "Two false starts", 7: "A crowded market"},
                  top=(
                      "Magnitude 5.8 quake shakes eastern Turkey",
                      "Japan&#8217;s H3 rocket launches cargo ship to space station",
                      "China to send three astronauts to Tiangong next week",
                  ),
                  topics=("Space exploration", "Rockets", "Florida"))),
        _page("https://www.pacificwire.example/science/meridian-halcyon-orbit-2025-10-21",
              _wire_site(
                  "Meridian&#8217;s methane-fuelled Halcyon rocket reaches orbit, lands "
                  "booster",
                  [
                      "Meridian Launch&#8217;s Halcyon rocket reached orbit and landed its "
                      "first-stage booster at sea on Tuesday, a milestone for the company "
                      "after a debut explosion in March and a failed booster recovery in "
                      "June.",
                      "The 71-metre rocket lifted off at 7:42 a.m. EDT (1142 GMT) from Cape "
                      "Canaveral Space Force Station in Florida, powered by nine "
                      "methane-burning Kestrel engines.",
                      "Booster B9 returned to the drone ship Patient Heron in the Atlantic, "
                      "while the upper stage climbed to an orbit about 280 km (174 miles) "
                      "high and released four test satellites.",
                      "&#8220;Now the hard part starts &#8212; doing it again and "
                      "again,&#8221; Chief Executive Elena Varga said during the "
                      "company&#8217;s live broadcast.",
                      "It was Halcyon&#8217;s third flight. The Federal Aviation "
                      "Administration said no injuries or damage to public property were "
                      "reported.",
                      "Privately held Meridian, based in Jacksonville, Florida, has raised "
                      "more than $2 billion from investors and is one of several companies "
                      "trying to build a reusable rocket to compete with SpaceX.",
                      "Tuesday&#8217;s landing was the company&#8217;s first successful booster "
                      "recovery; on the June flight the stage broke apart as it came down toward "
                      "the ship.",
                      "The company has said it aims to fly roughly 12 missions next year.",
                  ],
                  dateline="CAPE CANAVERAL, Florida", byline="Joy Nakamura",
                  published="2025-10-21T13:05:00Z", stamp="October 21, 2025 1:05 PM GMT",
                  credit="Reporting by Joy Nakamura; Editing by Ian Prescott",
                  related=(
                      "Rocket Lab&#8217;s Neutron slips to 2026 debut",
                      "ESA picks two firms for $300 million cargo study",
                      "Boeing Starliner review finds 61 thruster faults",
                  ))),
    ], [
        ("booster", r"\bb-?0?7\b|booster 7\b", r"\bb-?0?9\b|booster 9\b"),
        ("landing time",
         r"(?<![\d:])0?7[:.]50(?!\d)|(?<![\d:])11[:.]?50(?!\d)",
         r"(?<![\d:])0?7[:.]58(?!\d)|(?<![\d:])11[:.]?58(?!\d)"),
        ("orbit altitude",
         r"(?<![\d.])250 ?(km|kilomet)|(?<![\d.])155 ?(mi|miles)",
         r"(?<![\d.])280 ?(km|kilomet)|(?<![\d.])174 ?(mi|miles)"),
    ]),
    # -----------------------------------------------------------------------------------
    # 5. Central Chile earthquake (CONTROL: no planted disagreement)
    # -----------------------------------------------------------------------------------
    _story("quake-VE5", "earthquake", "2025-11-18", [
        _page("https://www.pacificwire.example/world/chile-quake-maule-2025-11-09",
              _wire_site(
                  "Magnitude 6.6 quake strikes central Chile, at least two dead",
                  [
                      "A magnitude 6.6 earthquake struck central Chile early on Sunday, "
                      "killing at least two people, damaging older adobe homes and knocking "
                      "out power to about 180,000 households, authorities said.",
                      "The quake hit at 2:14 a.m. local time (0514 GMT) about 38 km (24 "
                      "miles) west of the city of Talca, at a depth of 35 km, the U.S. "
                      "Geological Survey said.",
                      "Both victims were killed when adobe walls collapsed in the rural "
                      "district of Pencahue, near the epicentre. Chile&#8217;s navy ruled out "
                      "a tsunami threat to the coast.",
                      "Local television showed fallen ceilings in shops in Talca and cracked "
                      "roads along the coast.",
                      "&#8220;We are still assessing the damage house by house,&#8221; said "
                      "Alicia Fuentes, director of the national disaster agency SENAPRED.",
                      "More than 40 aftershocks had been recorded by early morning, the "
                      "strongest of them a magnitude 5.1.",
                      "The Maule region was at the centre of the 2010 magnitude 8.8 "
                      "earthquake and tsunami, which killed more than 500 people.",
                  ],
                  dateline="SANTIAGO", byline="Camila Herrera",
                  published="2025-11-09T08:05:00Z", stamp="November 9, 2025 8:05 AM GMT",
                  credit="Reporting by Camila Herrera; Editing by Ruth Okonjo",
                  related=(
                      "Magnitude 5.9 quake rattles southern Peru, no damage reported",
                      "Argentina&#8217;s annual inflation slows to 31.3%",
                      "Chile&#8217;s central bank holds rate at 4.75%",
                  ))),
        _page("https://www.dailycourier.example/world/2025/nov/10/"
              "chile-earthquake-why-buildings-stood",
              _daily_site(
                  "Why a quake that would have flattened towns elsewhere left Chile standing",
                  [
                      "When the ground began to shake at 2:14 a.m. on Sunday, Nov. 9, most "
                      "people in the Maule region were asleep. By Monday afternoon, the "
                      "country&#8217;s disaster agency had confirmed five deaths, most of "
                      "them elderly residents of old adobe houses in the countryside west of "
                      "Talca. For a magnitude 6.6 earthquake centred just 22 miles "
                      "underground, that toll was strikingly low.",
                      "The U.S. Geological Survey placed the epicentre 24 miles (38 km) west "
                      "of Talca, a city of about 220,000 people. Shaking was felt in "
                      "Santiago, some 250 km to the north, and as far south as "
                      "Concepci&oacute;n.",
                      "At its peak the quake cut power to about 180,000 households; by "
                      "Monday afternoon all but roughly 12,000 had been reconnected, the grid "
                      "operator said. More than 120 aftershocks had been recorded by Monday, "
                      "according to Chile&#8217;s National Seismological Centre, the "
                      "strongest a magnitude 5.1 about 40 minutes after the main shock.",
                      "The navy&#8217;s hydrographic and oceanographic service, SHOA, ruled "
                      "out a tsunami within 20 minutes, and coastal towns that had begun to "
                      "evacuate out of habit were told to stand down before dawn.",
                      "Chile&#8217;s early warning system sent alerts to mobile phones in the "
                      "Maule and neighbouring regions within seconds of the rupture, officials "
                      "said, though many people reported that the message arrived as the "
                      "shaking started rather than before it.",
                      "The reason the toll was not far higher is written into the "
                      "country&#8217;s building code. Chile sits on the boundary where the "
                      "Nazca plate slides beneath South America at about 7 cm (2.8 in) a "
                      "year, and it has been tightening its rules for decades &#8212; after "
                      "the 1960 Valdivia quake, the most powerful ever recorded, and again "
                      "after the disaster of 2010.",
                      "That earlier catastrophe is never far from mind in the Maule. The "
                      "magnitude 8.8 earthquake of Feb. 27, 2010, and the tsunami that "
                      "followed killed 525 people, many of them in coastal towns that were "
                      "swept away within half an hour.",
                      "&#8220;Modern buildings did exactly what they were designed to "
                      "do,&#8221; said Tom&aacute;s Riquelme, a structural engineer at the "
                      "University of Talca. &#8220;The tragedy is in the adobe, which was "
                      "never designed at all.&#8221;",
                      "In Talca, concrete apartment blocks rode out the shaking with cracked "
                      "plaster and broken windows. In Pencahue and the villages around it, "
                      "where many homes are built of sun-dried mud brick and are more than a "
                      "century old, whole walls fell outward into the street.",
                      "&#8220;Our priority now is the families whose homes can no longer be "
                      "lived in,&#8221; Alicia Fuentes, the head of the disaster agency "
                      "SENAPRED, said on Monday. About 1,400 homes have been declared "
                      "uninhabitable, the agency said, and 38 shelters had opened across the "
                      "region.",
                      "Schools in the worst-hit communes will stay closed until at least "
                      "Wednesday while engineers inspect classrooms, the education ministry "
                      "said, and teams from the University of Talca have begun surveying damaged "
                      "houses to decide which can be repaired rather than demolished.",
                      "Adobe is cheap, cool in summer and deeply rooted in rural life, and "
                      "successive governments have struggled to replace it. A rebuilding "
                      "programme after 2010 swapped tens of thousands of adobe homes for "
                      "reinforced ones, but officials concede that many thousands remain.",
                      "The Maule is also one of Chile&#8217;s main wine regions, and several "
                      "wineries reported broken barrels and damaged tanks in the middle of a "
                      "busy season for bottling. Producers said it was too early to put a "
                      "figure on their losses, but none expected the harvest to suffer.",
                      "Seismologists say there is no way to tell whether Sunday&#8217;s quake "
                      "relieved stress on the fault or added to it further along. &#8220;This "
                      "is a country that has to live ready,&#8221; Riquelme said.",
                  ],
                  byline="Lucia Moreno", role="South America Correspondent",
                  published="2025-11-10T22:45:00+00:00",
                  shown="Mon 10 Nov 2025 22.45 GMT",
                  kicker="EXPLAINER",
                  caption="Residents inspect a damaged adobe house in Pencahue, Maule region, "
                          "on Nov. 9. Photograph: Courier",
                  read_more="Magnitude 6.6 earthquake hits central Chile",
                  most_read=(
                      "Peru&#8217;s congress ousts president in late-night vote",
                      "The 7.4 quake that Taiwan saw coming",
                      "Argentina&#8217;s peso steadies after midterm win",
                      "Santiago metro fares to rise 30 pesos",
                  ),
                  bio="Lucia Moreno reports on South America from Santiago.")),
        _page("https://basispoint.example/copper-chile-quake/",
              _blog_site(
                  "Copper edges up after Chile quake, but the mines are a long way from "
                  "the epicentre",
                  [
                      "Copper gained in early Asian trading on Monday, Nov. 10, after a "
                      "magnitude 6.6 earthquake hit central Chile in the early hours of "
                      "Sunday, Nov. 9, but the move faded once it became clear the big "
                      "mines had come through unscathed.",
                      "The quake struck about 38 km west of Talca, in the Maule region "
                      "&#8212; a farming and wine district, not a mining one. Chile&#8217;s "
                      "biggest copper operations are hundreds of kilometres to the north, in "
                      "the Atacama.",
                      "State miner Codelco said its El Teniente division, the nearest large "
                      "mine, had carried out precautionary inspections and found no damage.",
                      "Three-month copper on the London Metal Exchange rose as much as 1.1% "
                      "to $10,860 a tonne before closing only 0.3% higher.",
                      "Chile produces about a quarter of the world&#8217;s mined copper, so "
                      "any tremor there gets a reaction. &#8220;The market&#8217;s first "
                      "instinct with a Chilean quake is to buy,&#8221; said Hannah Ostrowski, "
                      "a metals strategist at Greyfield Partners. &#8220;Then somebody looks "
                      "at a map.&#8221;",
                      "For perspective: the 2010 magnitude 8.8 quake, which hit the same "
                      "region, briefly shut ports and some mines further north. Nothing like "
                      "that happened this time.",
                      "The bigger story for copper remains supply trouble elsewhere and "
                      "Chinese demand, not Chilean geology.",
                  ],
                  author="Claire Whitmore",
                  tags=("Copper", "Chile", "Commodities"),
                  recent=(
                      "The Bank of England&#8217;s 6&#8211;3 cut: a closer call than the "
                      "headline suggests",
                      "Gold pulls back from $4,300 record",
                      "Oil: OPEC+ pauses hikes for the first quarter",
                  ),
                  comments=3,
                  bio="Claire spent twelve years on a gilt trading desk before starting "
                      "Basis Point in 2019.")),
        _page("https://www.lakeshoreherald.example/news/local/"
              "grand-rapids-chilean-families-wait-for-news-after-earthquake",
              _regional_site(
                  "Grand Rapids families wait for news from Chile after earthquake",
                  [
                      "For Carolina Mu&ntilde;oz, the first message came before dawn: a "
                      "photo of her mother&#8217;s kitchen, plates smashed on the floor, and "
                      "two words &#8212; &#8220;estamos bien.&#8221; We&#8217;re fine.",
                      "Her mother lives in Talca, the city closest to the epicenter of the "
                      "magnitude 6.6 earthquake that shook central Chile early on Nov. 9.",
                      "&#8220;When I saw 6.6 and Talca on the news, my heart stopped,&#8221; "
                      "said Mu&ntilde;oz, who moved to Grand Rapids in 2012 and teaches "
                      "Spanish at a middle school in Wyoming.",
                      "The quake was centered about 24 miles west of Talca, according to the "
                      "U.S. Geological Survey. Chilean authorities reported deaths and "
                      "widespread damage to older mud-brick homes in the countryside.",
                      "West Michigan&#8217;s Chilean community is small &#8212; a few hundred "
                      "families, by the estimate of Amigos de Chile GR, an informal group "
                      "that meets monthly at a Grandville community center. This week its "
                      "members are collecting money for a relief fund run by a parish in "
                      "Talca.",
                      "&#8220;People here remember 2010,&#8221; said the group&#8217;s "
                      "organizer, Felipe Araya. &#8220;Everyone knows someone who lost a "
                      "house then. So when the phone rings at night, you answer.&#8221;",
                      "Araya said the group had raised a little over $2,300 by Friday "
                      "evening, Nov. 14.",
                      "Mu&ntilde;oz said her mother&#8217;s building, a concrete apartment "
                      "block, had only cracked plaster. &#8220;It&#8217;s the old houses "
                      "that fell. My grandmother grew up in one of those.&#8221;",
                  ],
                  byline="By TESSA RAMOS, Herald Staff Writer",
                  caption="Courtesy Carolina Mu&ntilde;oz: Her mother&#8217;s kitchen in "
                          "Talca after the earthquake.",
                  read_more="Grand Rapids nonprofit sends 40 pallets of aid to Jamaica",
                  popular=(
                      "Wyoming man charged in Nov. 8 hit-and-run",
                      "First snow: up to 4 inches possible north of M-46",
                      "Zeeland approves $6.5M fire station",
                      "Obituary: Margaret &#8216;Peg&#8217; Dykstra, 88",
                  ))),
    ], []),
    # -----------------------------------------------------------------------------------
    # 6. Calder Bay mayoral election (top two from the August primary)
    # -----------------------------------------------------------------------------------
    _story("elec-VE6", "election", "2025-11-14", [
        _page("https://www.pacificwire.example/us/calder-bay-mayor-delgado-price-2025-11-05",
              _wire_site(
                  "Delgado-Price wins Calder Bay mayor&#8217;s race, first Latina to lead "
                  "the city",
                  [
                      "City Council member Maria Delgado-Price won the race for mayor of "
                      "Calder Bay on Tuesday, defeating businessman Tom Whitcombe by 3,252 "
                      "votes to become the first Latina to lead the Lake Michigan port city.",
                      "Complete unofficial results posted by the city clerk early on "
                      "Wednesday gave Delgado-Price 30,718 votes, or 52.8%, to "
                      "Whitcombe&#8217;s 27,466, or 47.2%. Turnout was 38.1% of the "
                      "city&#8217;s 152,600 registered voters.",
                      "Whitcombe, who had finished second in the August primary, conceded in "
                      "a short speech to supporters.",
                      "&#8220;This city chose to build, not to blame,&#8221; Delgado-Price "
                      "told a crowd at a union hall downtown.",
                      "She will take office on Jan. 1, succeeding Mayor Gordon Pike, who was "
                      "barred by term limits from seeking a third term.",
                      "Pike did not endorse either candidate. County canvassers are due to "
                      "certify the results later this month.",
                      "The race, officially nonpartisan, drew more than $4 million in outside "
                      "spending, much of it on television advertising.",
                  ],
                  dateline="CALDER BAY, Mich.", byline="Marcus Levin",
                  published="2025-11-05T06:40:00Z", stamp="November 5, 2025 6:40 AM GMT",
                  credit="Reporting by Marcus Levin; Editing by Ian Prescott",
                  related=(
                      "Detroit elects new mayor in first open race in 12 years",
                      "Virginia governor&#8217;s race called with 57% of vote counted",
                      "New Jersey voters approve $2.1 billion bond measure",
                  ))),
        _page("https://www.lakeshoreherald.example/news/politics/"
              "analysis-how-delgado-price-won-calder-bay",
              _regional_site(
                  "ANALYSIS: How Delgado-Price turned a primary lead into a clear win",
                  [
                      "CALDER BAY &#8212; Three months ago, Maria Delgado-Price was the "
                      "front-runner in a crowded field with a ceiling. On Nov. 4, she broke "
                      "through it.",
                      "The two-term City Council member beat businessman Tom Whitcombe "
                      "30,718 votes to 27,466 in the Nov. 4 general election, according "
                      "to complete unofficial results, taking 52.8% of the vote to his 47.2%. "
                      "She will be the first Latina mayor in Calder Bay&#8217;s 160-year "
                      "history.",
                      "Turnout reached 35.4%, city clerk Janet Oduya said, well above the "
                      "19.4% who voted in the Aug. 5 primary and a little below the 2017 "
                      "mayoral election, the last time no incumbent was on the ballot.",
                      "The primary set the shape of the race. Delgado-Price led a field of "
                      "six with 39.4%, Whitcombe took 29.6%, and former school board "
                      "president Ray Santos finished third with 21.0%. The other three "
                      "candidates shared the rest.",
                      "Santos&#8217;s voters were the prize, and Delgado-Price moved first. "
                      "Within two weeks of the primary she had adopted his plan to put a "
                      "full-time social worker in every city fire station, and on Sept. 9 "
                      "Santos endorsed her at a rally on the east side.",
                      "Delgado-Price, 47, grew up on the east side, the daughter of a machinist "
                      "and a school cafeteria cook, and has represented the area on the council "
                      "for eight years.",
                      "&#8220;Ray&#8217;s people didn&#8217;t want a businessman&#8217;s "
                      "spreadsheet. They wanted somebody who had sat in their living "
                      "rooms,&#8221; said Dolores Finch, a political scientist at Calder Bay "
                      "State University who has studied the city&#8217;s elections for 25 "
                      "years.",
                      "Precinct results bear that out. In the 14 east-side precincts where "
                      "Santos ran strongest in August, Delgado-Price won roughly two votes in "
                      "three on Nov. 4. Whitcombe carried the lakefront and the northern "
                      "neighborhoods, as expected, but by smaller margins than he needed.",
                      "Finch noted that the east-side precincts, where turnout had lagged in the "
                      "primary, came close to matching the citywide rate this time, a sign that "
                      "the Santos endorsement and the unions&#8217; door-knocking both paid off.",
                      "Whitcombe had hoped to make the race a referendum on public safety after "
                      "a summer of car break-ins downtown, and his ads leaned heavily on it. But "
                      "figures released by the police department in October showed property "
                      "crime down about 8% from last year, undercutting the message.",
                      "Whitcombe, the founder of a regional chain of hardware stores, spent "
                      "heavily on television and promised to cut the city&#8217;s property "
                      "tax rate by 1 mill in his first budget. Finch said the pledge may "
                      "have backfired in a city still arguing over how to pay for its "
                      "crumbling water mains.",
                      "Outside groups poured more than $4 million into the race, a record "
                      "for a Calder Bay election. A business-backed committee spent about "
                      "$2.6 million supporting Whitcombe; the building trades unions spent "
                      "about $1.1 million for Delgado-Price.",
                      "Whitcombe conceded at about 10:40 p.m. in a ballroom at the Harborview "
                      "Hotel. &#8220;The voters have spoken, and I wish Maria well,&#8221; he "
                      "said. &#8220;I&#8217;ll be watching to make sure she keeps her "
                      "promises.&#8221;",
                      "Delgado-Price&#8217;s victory speech, at the Electrical Workers union "
                      "hall on Front Street, was brief. &#8220;This city chose to build "
                      "instead of blame,&#8221; she said, promising a first-100-days plan on "
                      "housing and water.",
                      "She inherits a city with a $38 million hole in next year&#8217;s "
                      "budget, according to the city&#8217;s own projections, and a council "
                      "on which she will need at least five of nine votes for anything "
                      "ambitious. Four of the council&#8217;s members endorsed Whitcombe.",
                      "Outgoing Mayor Gordon Pike, who did not endorse in the race, said he "
                      "would meet Delgado-Price this week to begin the transition. She takes "
                      "office Jan. 1.",
                  ],
                  byline="By GRACE VANDENBERG, Herald Politics Editor",
                  caption="Maria Delgado-Price speaks to supporters on election night. "
                          "Herald photo",
                  read_more="Calder Bay council: who won, who lost in all nine wards",
                  popular=(
                      "Port Ellis voters approve $48M school bond by 612 votes",
                      "Holland mayor wins third term with 71%",
                      "Deer crashes up 12% as rut peaks, state police warn",
                      "Obituary: Arnold &#8216;Butch&#8217; Kamps, 79",
                  ),
                  correction="An earlier version of this story misspelled the name of the "
                             "Harborview Hotel.")),
        _page("https://www.newscenter7.example/news/politics/"
              "delgado-price-elected-calder-bay-mayor",
              _tv_site(
                  "Delgado-Price elected Calder Bay mayor, Whitcombe concedes",
                  [
                      "Calder Bay has a new mayor.",
                      "City Council member Maria Delgado-Price defeated businessman Tom "
                      "Whitcombe in the Nov. 4 election, winning 52.8% of the vote to his "
                      "47.2%, a margin of about 2,300 votes, according to complete unofficial "
                      "results.",
                      "Whitcombe conceded around 10:40 p.m. at the Harborview Hotel, telling "
                      "supporters, &quot;The voters have spoken. I wish Maria well.&quot;",
                      "Delgado-Price, who will be the city&#39;s first Latina mayor, thanked "
                      "volunteers at a union hall downtown. &quot;Calder Bay decided to build, "
                      "not to blame,&quot; she said.",
                      "She finished first in the August primary, with Whitcombe second. Third-"
                      "place finisher Ray Santos later endorsed her.",
                      "Turnout was well above the August primary, the city clerk&#39;s office "
                      "said. Delgado-Price has represented the east side on the City Council "
                      "for eight years; Whitcombe, who founded a regional chain of hardware "
                      "stores, ran on a promise to cut property taxes.",
                      "Delgado-Price takes office January 1. She succeeds Mayor Gordon Pike, "
                      "who could not run again because of term limits.",
                      "<strong>NewsCenter 7</strong> will have more on what the new mayor "
                      "plans for her first 100 days tonight at 6.",
                  ],
                  station="NewsCenter 7", callsign="WNCS", byline="Brianna Okafor",
                  caption="WATCH: Delgado-Price&#39;s victory speech",
                  weather="44&deg; Cloudy",
                  trending=(
                      "Kent County proposal for new jail fails, 54% to 46%",
                      "Wyoming police investigating Saturday night shooting",
                      "Lake effect snow: 3 to 6 inches for the lakeshore",
                  ))),
    ], [
        ("turnout", r"(?<![\d.])38\.1", r"(?<![\d.])35\.4"),
        ("vote margin",
         r"3,?252|3\.25 ?(thousand|k)|about 3,?300|3,?250",
         r"2,?300|2\.3 ?(thousand|k)|two thousand three hundred"),
    ]),
]
