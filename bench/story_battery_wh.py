"""Part WH of the story battery (web pages).

Written by engineer WH1 on 2026-12-06 (sixteenth session, sixth batch) without reading
Storyline's rules or other parts, before any run; scored with
``bench/bench_story_battery.py WH``.

Six stories (two rocket test flights, two earthquakes, two elections), each told by three or
four invented outlets as whole scraped HTML pages with their site furniture.  One story
(``quake-WH2``) is a control story with no planted disagreement.  Every template, headline and
sentence was written for this file.
"""

from __future__ import annotations

import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "WH", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _paras(text: str) -> list[str]:
    """Blank-line separated prose -> list of paragraphs (wrapped lines joined)."""
    return [re.sub(r"[ \n]+", " ", p.strip()) for p in text.strip().split("\n\n") if p.strip()]


def _slug(text: str) -> str:
    plain = re.sub(r"&[#\w]+;|<[^>]+>", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:64]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


def _items(heads: tuple[Any, ...] | list[Any], li_class: str = "") -> str:
    out = []
    cls = f' class="{li_class}"' if li_class else ""
    for h in heads:
        head, meta = (h, "") if isinstance(h, str) else h
        extra = f' <span class="meta">{meta}</span>' if meta else ""
        out.append(f'<li{cls}><a href="/{_slug(head)}">{head}</a>{extra}</li>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire -- international wire service.  <article>, dateline, JSON-LD when
# dated, share bar, "More from Pacific Wire", credits line, optional correction.
# --------------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str, credit: str,
               section: str = "World", published: str | None = None, shown: str | None = None,
               updated: str | None = None, related: tuple[Any, ...] = (),
               correction: str | None = None) -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">'
              + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": _plain(title), "datePublished": published,
                            "author": [{"@type": "Person", "name": byline}],
                            "publisher": {"@type": "Organization", "name": "Pacific Wire"}})
              + "</script>")
    when = ""
    if published and shown:
        when = f'<time class="story-ts" datetime="{published}">{shown}</time>'
    upd = f'<div class="story-updated">Updated {updated}</div>' if updated else ""
    body = [f'<p class="story-p"><span class="dateline">{dateline}</span> {paras[0]}</p>']
    body += [f'<p class="story-p">{p}</p>' for p in paras[1:]]
    corr = f'<p class="correction"><em>{correction}</em></p>' if correction else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_plain(title)} | Pacific Wire</title>
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="{_plain(title)}">
{ld}
<link rel="stylesheet" href="/static/pw-core.4f2a.css">
</head>
<body class="pw story-page">
<a class="skip" href="#main-content">Skip to main content</a>
<div id="consent-banner" class="consent" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to deliver and improve our services, measure audiences
  and show relevant advertising. You can change your choices at any time.</p>
  <button class="consent-accept">Accept all</button>
  <button class="consent-manage">Manage choices</button>
</div>
<header class="pw-header">
  <a class="pw-logo" href="/">PACIFIC WIRE</a>
  <nav class="pw-nav" aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/science">Science</a></li>
    <li><a href="/technology">Technology</a></li><li><a href="/sports">Sports</a></li>
    <li><a href="/video">Video</a></li><li><a href="/pictures">Pictures</a></li>
  </ul></nav>
  <a class="pw-login" href="/account/signin">Sign in</a>
</header>
<main id="main-content">
<article class="story">
  <div class="story-kicker"><a href="/{section.lower()}">{section}</a></div>
  <h1 class="story-headline">{title}</h1>
  <div class="story-meta"><span class="story-byline">By {byline}</span> {when}</div>
  {upd}
  <div class="story-share">
    <a href="#" class="share-fb">Share on Facebook</a>
    <a href="#" class="share-x">Share on X</a>
    <a href="#" class="share-li">Share on LinkedIn</a>
    <button class="share-copy">Copy link</button>
  </div>
  <div class="story-body">
{chr(10).join(body)}
    <p class="story-credit">{credit}</p>
    {corr}
    <p class="trust">Our Standards: <a href="/trust-principles">The Pacific Wire Trust
    Principles.</a></p>
  </div>
</article>
<aside class="more-from">
  <h2>More from Pacific Wire</h2>
  <ul>
{_items(related)}
  </ul>
</aside>
</main>
<footer class="pw-footer">
  <p>Pacific Wire is the news and media division of Pacific Wire Group.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/accessibility">Accessibility</a></li></ul>
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2025 Pacific Wire Group. All rights reserved.</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier -- US national daily.  Nested <div> soup, paywall teaser,
# "Read more" insert, ad slot, "Most Read" box, newsletter, visible date only (when dated).
# --------------------------------------------------------------------------------------------
def _courier_site(title: str, deck: str, paras: list[str], *, byline: str,
                  date_text: str | None = None, read_more: str | None = None,
                  most_read: tuple[Any, ...] = (), caption: str | None = None) -> str:
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="para-block"><p class="css-1x9fk">{p}</p></div>')
        if i == 1 and read_more:
            blocks.append(f'<div class="para-block rm"><p class="css-rm"><strong>Read more:'
                          f'</strong> <a href="/{_slug(read_more)}">{read_more}</a></p></div>')
        if i == 3:
            blocks.append('<div class="ad-wrap"><div class="ad-label">Advertisement</div>'
                          '<div class="ad-slot" id="mid-1"></div>'
                          '<a class="ad-skip" href="#after-ad">SKIP ADVERTISEMENT</a></div>'
                          '<span id="after-ad"></span>')
    dated = f'<div class="css-date"><span>{date_text}</span></div>' if date_text else ""
    fig = ""
    if caption:
        fig = (f'<div class="css-fig"><div class="img-ph"><img src="/images/lead.jpg" alt="">'
               f'</div><div class="css-cap"><span>{caption}</span></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - The Daily Courier</title>
<meta name="description" content="{_plain(deck)}">
<link rel="stylesheet" href="/assets/courier.min.css">
</head>
<body>
<div id="app"><div class="css-shell">
<div class="css-top">
  <div class="css-topbar"><a href="#site-content" class="css-skip">Skip to content</a>
  <a href="#site-index" class="css-skip">Skip to site index</a></div>
  <div class="css-mast"><a href="/" class="css-logo">The Daily Courier</a>
  <div class="css-edition">U.S. Edition &middot; <a href="/intl">International</a></div>
  <div class="css-sub"><a href="/subscribe">Subscribe for $1/week</a> <a href="/login">Log
  in</a></div></div>
  <div class="css-nav"><div class="css-navrow">
    <div><a href="/us">U.S.</a></div><div><a href="/world">World</a></div>
    <div><a href="/politics">Politics</a></div><div><a href="/business">Business</a></div>
    <div><a href="/science">Science</a></div><div><a href="/opinion">Opinion</a></div>
    <div><a href="/arts">Arts</a></div><div><a href="/cooking">Cooking</a></div>
  </div></div>
</div>
<div id="site-content" class="css-main"><div class="css-story">
  <div class="css-hdl"><div class="css-hdl-inner"><h1 class="css-h1">{title}</h1>
  <div class="css-deck"><p>{deck}</p></div></div></div>
  {fig}
  <div class="css-byl"><div><span class="css-by">By {byline}</span></div>{dated}</div>
  <div class="css-share"><button>Share full article</button> <button>Save</button>
  <button>Gift</button></div>
  <div class="css-body"><section name="articleBody">
{chr(10).join(blocks)}
  </section></div>
  <div class="css-paywall"><div class="css-pw-inner"><p>Thank you for reading The Daily
  Courier. You have read 2 of 3 free articles this month.</p><a href="/subscribe">Subscribe
  now: unlimited access for $1 a week</a></div></div>
  <div class="css-newsletter"><div><h4>The Morning Courier</h4><p>Start your day with the
  stories that matter, in your inbox every weekday.</p><form><input type="email"
  placeholder="Email address"><button>Sign up</button></form></div></div>
</div>
<div class="css-rail"><div class="css-mostread"><h3>Most Read</h3><ol>
{_items(most_read, "css-mr-item")}
</ol></div></div>
</div>
<div id="site-index" class="css-foot"><div class="css-foot-inner">
  <div><a href="/about">About the Courier</a> <a href="/contact">Contact Us</a>
  <a href="/careers">Work with us</a> <a href="/advertise">Advertise</a>
  <a href="/privacy">Your Privacy Choices</a></div>
  <div>&copy; 2025 The Daily Courier Company &middot; 400 Commerce Plaza, Chicago, IL
  60601</div>
</div></div>
</div></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 3: KVTX News 7 -- local TV station in El Paso.  Title is a styled <div>, paragraphs
# separated with <br><br>, weather strip, video player, "Trending", comments teaser.
# --------------------------------------------------------------------------------------------
def _kvtx_site(title: str, paras: list[str], *, reporter: str, posted: str | None = None,
               weather: str = "El Paso 96&deg; Sunny", trending: tuple[Any, ...] = (),
               video_caption: str | None = None, comments: int = 0) -> str:
    half = len(paras) // 2
    first = "<br><br>\n".join(paras[:half])
    second = "<br><br>\n".join(paras[half:])
    stamp = f'<div class="post-stamp">{posted}</div>' if posted else ""
    vid = ""
    if video_caption:
        vid = (f'<div class="video-wrap"><div class="jw-player" data-id="kv7-884"></div>'
               f'<div class="video-cap">{video_caption}</div></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{_plain(title)} | KVTX News 7</title>
<meta property="og:site_name" content="KVTX News 7 El Paso">
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="station-kvtx">
<div class="wx-strip"><span class="wx-now">{weather}</span>
<a href="/weather/radar">Interactive Radar</a> <a href="/weather/closings">Closings</a></div>
<div class="top-bar"><a href="/" class="brand"><img src="/img/kvtx7-logo.png"
alt="KVTX News 7"></a>
<div class="menu"><a href="/news">News</a> | <a href="/local">Local</a> | <a
href="/weather">First Alert Weather</a> | <a href="/sports">Sports</a> | <a
href="/border">Border Report</a> | <a href="/live">WATCH LIVE</a> | <a
href="/contests">Contests</a></div></div>
<div class="page-wrap"><div class="col-main">
<div class="story-title" style="font-size:34px;font-weight:800;line-height:1.1">{title}</div>
<div class="story-byline">by <a href="/team/{_slug(reporter)}">{reporter}</a></div>
{stamp}
<div class="share-row"><a href="#">Facebook</a> <a href="#">Twitter</a> <a
href="#">Email</a> <a href="#">Copy Link</a></div>
{vid}
<div class="story-text">
{first}
<div class="inline-ad"><small>ADVERTISEMENT</small><div id="div-gpt-ad-2"></div></div>
{second}
</div>
<div class="app-promo">Download the KVTX News 7 app for breaking news alerts and live
newscasts.</div>
<div class="comments-teaser"><a href="#comments">Join the conversation ({comments}
comments)</a></div>
</div>
<div class="col-side"><div class="trending"><div class="tr-head">Trending Stories</div>
<ul>
{_items(trending)}
</ul></div>
<div class="side-ad"><small>ADVERTISEMENT</small></div></div></div>
<div class="footer">KVTX-TV &middot; 5000 Montana Ave., El Paso, TX 79903 &middot; <a
href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot; <a
href="/cc">Closed Captioning</a><br>&copy; 2025 Sun Country Broadcasting. All Rights
Reserved.</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 4: Orbit & Ledger -- WordPress blog on space business.  entry-content, &#8217;-style
# entities, sharedaddy buttons, author box, tags, sidebar widgets, comment form.
# --------------------------------------------------------------------------------------------
def _orbit_site(title: str, paras: list[str], *, post_id: int, author: str, bio: str,
                tags: tuple[str, ...], recent: tuple[Any, ...] = (),
                category: str = "Launch") -> str:
    content = "\n".join(f"<p>{p}</p>" for p in paras)
    tag_links = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Orbit &amp; Ledger</title>
<meta property="og:site_name" content="Orbit &amp; Ledger">
<link rel='stylesheet' id='wp-block-library-css'
 href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='generatepress-css'
 href='/wp-content/themes/generatepress/style.min.css?ver=3.4.0' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-{post_id}
 single-format-standard">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="inside-header">
<div class="site-branding"><p class="main-title"><a href="/" rel="home">Orbit &amp;
Ledger</a></p><p class="site-description">Launch, satellites and the money behind
them</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu">
<li class="menu-item"><a href="/category/launch/">Launch</a></li>
<li class="menu-item"><a href="/category/satellites/">Satellites</a></li>
<li class="menu-item"><a href="/category/funding/">Funding</a></li>
<li class="menu-item"><a href="/category/policy/">Policy</a></li>
<li class="menu-item"><a href="/newsletter/">Newsletter</a></li>
<li class="menu-item"><a href="/about/">About</a></li></ul></nav></div></header>
<div id="page" class="site grid-container container"><div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish
 format-standard hentry category-{_slug(category)}">
<div class="inside-article"><header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n"
href="/author/{_slug(author)}/">{author}</a></span></span></div></header>
<div class="entry-content">
{content}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li class="share-twitter"><a href="#">Tweet</a></li>
<li class="share-facebook"><a href="#">Share on Facebook</a></li>
<li class="share-linkedin"><a href="#">LinkedIn</a></li>
<li class="share-email"><a href="#">Email</a></li></ul></div>
<div class="jp-relatedposts"><h3>Like this:</h3><p>Like Loading&hellip;</p></div>
</div>
<footer class="entry-meta"><span class="cat-links">Posted in <a href="/category/{_slug(category)}/"
rel="category tag">{category}</a></span> <span class="tags-links">Tagged {tag_links}</span>
</footer>
<div class="author-box"><div class="avatar"><img src="/wp-content/uploads/avatar.jpg"
alt=""></div><div class="author-desc"><h4>About {author}</h4><p>{bio}</p></div></div>
</div></article>
<div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply</h3><form id="commentform"><p
class="comment-notes">Your email address will not be published. Required fields are
marked *</p><textarea name="comment"></textarea><p class="form-submit"><input
type="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div id="right-sidebar" class="widget-area sidebar"><aside id="recent-posts-3"
class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{_items(recent)}
</ul></aside><aside class="widget widget_text"><h2 class="widget-title">Get the
Ledger</h2><div class="textwidget"><p>Our weekly launch-market newsletter, every
Friday. Free.</p></div></aside></div>
</div></div>
<footer class="site-info"><div class="inside-site-info"><div class="copyright-bar">&copy; 2025
Orbit &amp; Ledger &bull; Proudly powered by WordPress &bull; Built with <a
href="#">GeneratePress</a></div></div></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 5: NBS News -- UK public broadcaster.  <main>/<article>, <header><h1 id=main-heading>,
# each paragraph in a text-block <div>, lead image with caption, topics, "Top stories".
# --------------------------------------------------------------------------------------------
def _nbs_site(title: str, paras: list[str], *, published: str | None = None,
              caption: str | None = None, credit: str | None = None,
              topics: tuple[str, ...] = (), more_on: tuple[Any, ...] = (),
              top_stories: tuple[Any, ...] = (), byline: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    fig = ""
    if caption:
        cred = f'<span class="img-credit">{credit}</span>' if credit else ""
        fig = (f'<figure><div class="img-box"><img src="/news/img/lead-976.jpg" alt="">{cred}'
               f'</div><figcaption><span class="visually-hidden">Image caption, </span>'
               f'{caption}</figcaption></figure>')
    by = ""
    if byline:
        by = f'<div data-component="byline-block"><p><strong>{byline}</strong></p></div>'
    blocks = "\n".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paras)
    topic_links = "".join(f'<li><a href="/news/topics/{_slug(t)}">{t}</a></li>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{_plain(title)} - NBS News</title>
<meta property="og:site_name" content="NBS News">
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="nbs-cookie-banner" class="cookie-prompt"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree
to all of these cookies.</p><button>Yes, I agree</button> <a href="/usingthenbs/cookies">No,
take me to settings</a></div>
<header class="nbs-masthead"><a href="#main-content" class="skip">Skip to content</a>
<a href="/" class="nbs-logo">NBS</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/iplayer">Player</a></li><li><a href="/sounds">Sounds</a></li></ul></nav>
<nav class="news-nav"><ul><li><a href="/news">Home</a></li><li><a href="/news/uk">UK</a></li>
<li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li>
<li><a href="/news/politics">Politics</a></li><li><a href="/news/science">Science</a></li>
<li><a href="/news/scotland">Scotland</a></li></ul></nav></header>
<div id="main-wrapper"><main id="main-content" role="main"><article>
<header><h1 id="main-heading">{title}</h1></header>
<div data-component="share"><button>Share</button><span class="visually-hidden">Share
on Facebook, X, WhatsApp or copy link</span></div>
{fig}
{by}
{blocks}
<div data-component="tag-list"><h2>Related topics</h2><ul>{topic_links}</ul></div>
</article>
<section data-component="more-on-this"><h2>More on this story</h2><ul>
{_items(more_on)}
</ul></section>
<section data-component="top-stories"><h2>Top stories</h2><ul>
{_items(top_stories)}
</ul></section>
</main></div>
<footer class="nbs-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a
href="/about">About the NBS</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a
href="/cookies">Cookies</a></li><li><a href="/contact">Contact the NBS</a></li></ul>
<p>Copyright &copy; 2025 NBS. The NBS is not responsible for the content of external
sites. <a href="/links">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 6: The Highland Herald -- Scottish regional paper with heavy ads.  Cookie wall,
# ad slot after every second paragraph, sponsored links, "Most Read", newsletter, comments.
# --------------------------------------------------------------------------------------------
def _herald_site(title: str, paras: list[str], *, author: str, author_role: str,
                 standfirst: str | None = None, caption: str | None = None,
                 most_read: tuple[Any, ...] = (), section: str = "News") -> str:
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f"<p>{p}</p>")
        if i % 2 == 1 and i < len(paras) - 1:
            blocks.append(f'<div class="ad-slot ad-mpu" data-pos="inarticle{i}"><span class='
                          f'"ad-lbl">Advertisement</span><div class="ad-inner"></div></div>')
    sf = f'<p class="standfirst">{standfirst}</p>' if standfirst else ""
    fig = ""
    if caption:
        fig = (f'<div class="lead-image"><img src="/resources/images/lead.jpg" alt=""><p '
               f'class="caption">{caption}</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | The Highland Herald</title>
<meta property="og:site_name" content="The Highland Herald">
<script async src="https://ads.hh-adserve.example/tag.js"></script>
</head>
<body class="hh article-page">
<div class="cmp-overlay"><div class="cmp-box"><h3>We value your privacy</h3><p>We and our
312 partners store and access information on your device for personalised ads and
content, ad and content measurement and audience research.</p><button>AGREE</button>
<button>MORE OPTIONS</button></div></div>
<div class="ad-slot ad-leaderboard"><span class="ad-lbl">Advertisement</span></div>
<div class="hh-header"><div class="hh-logo"><a href="/">The Highland Herald</a></div>
<div class="hh-nav"><a href="/news">News</a> <a href="/news/inverness">Inverness</a> <a
href="/news/moray">Moray</a> <a href="/politics">Politics</a> <a href="/business">Business</a>
<a href="/sport">Sport</a> <a href="/whats-on">What&rsquo;s On</a> <a
href="/announcements">Announcements</a> <a href="/subscribe" class="btn">Subscribe</a></div>
</div>
<div class="hh-content"><div class="breadcrumb"><a href="/">Home</a> &gt; <a
href="/{_slug(section)}">{section}</a></div>
<div class="article-header"><h1>{title}</h1>{sf}</div>
<div class="author-strip"><span class="author-name">{author}</span> <span
class="author-role">{author_role}</span></div>
<div class="share-tools"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">WhatsApp</a> <a href="#">Email</a></div>
{fig}
<div class="article-body">
{chr(10).join(blocks)}
</div>
<div class="newsletter-box"><h3>Get the Herald in your inbox</h3><p>Sign up to our free
daily newsletter for the latest news from across the Highlands and Moray.</p><input
type="email" placeholder="Enter your email"><button>Sign me up</button></div>
<div class="sponsored"><h3>You may also like</h3><ul><li><a href="#">Pensioners are
rushing to claim this little-known allowance (Sponsored)</a></li><li><a href="#">Highland
homeowners stunned by new roof coating (Sponsored)</a></li></ul></div>
<div class="comments-box"><a href="#comments">Comments (14)</a> <p>Readers&rsquo; comments are
moderated. Please read our house rules.</p></div>
</div>
<div class="hh-rail"><div class="ad-slot ad-mpu"><span class="ad-lbl">Advertisement</span></div>
<div class="most-read"><h3>Most Read</h3><ol>
{_items(most_read)}
</ol></div><div class="ad-slot ad-halfpage"><span class="ad-lbl">Advertisement</span></div>
</div>
<div class="hh-footer"><p>The Highland Herald is published by Cairngorm Media Ltd, 14
Academy Street, Inverness IV1 1LX. Registered in Scotland No. SC104417.</p><p>&copy; 2025
Cairngorm Media Ltd. Contact us | Advertise | Terms | Privacy | IPSO regulated</p></div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 7: PulseNews -- mobile/AMP pages.  "Key points" box at the top, article body in
# <amp-accordion> sections (only the first expanded), amp-ad slots.
# --------------------------------------------------------------------------------------------
_AMP_BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) "
                    "0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
                    "</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
                    "animation:none}</style></noscript>")


def _pulse_amp_site(title: str, key_points: list[str], sections: list[tuple[str, list[str]]],
                    *, canonical: str, caption: str | None = None,
                    more: tuple[Any, ...] = (), section: str = "World") -> str:
    kp = "\n".join(f"<li>{k}</li>" for k in key_points)
    secs = []
    for i, (head, ps) in enumerate(sections):
        exp = " expanded" if i == 0 else ""
        inner = "\n".join(f"<p>{p}</p>" for p in ps)
        secs.append(f'<section{exp}><h2 class="acc-head">{head}</h2><div class="acc-body">'
                    f"\n{inner}\n</div></section>")
        if i == 1:
            secs.append('<div class="amp-ad-wrap"><span>Advertisement</span><amp-ad width="300"'
                        ' height="250" type="doubleclick" data-slot="/4471/pulse/mobile_mid">'
                        "</amp-ad></div>")
    fig = ""
    if caption:
        fig = (f'<figure class="lead"><amp-img src="/i/lead.jpg" width="640" height="360" '
               f'layout="responsive" alt=""></amp-img><figcaption>{caption}</figcaption>'
               f"</figure>")
    return f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>{_plain(title)} | PulseNews</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion"
src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar"
src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
{_AMP_BOILERPLATE}
<style amp-custom>.key-points{{background:#fff6d6;padding:12px}}.acc-head{{font-size:18px}}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a
href="/science">Science</a></li><li><a href="/business">Business</a></li><li><a
href="/tech">Tech</a></li><li><a href="/video">Video</a></li></ul></amp-sidebar>
<header class="bar"><button on="tap:menu.toggle" class="burger">&#9776; Menu</button>
<a href="/" class="pulse-logo">PulseNews</a><a href="/app" class="get-app">Open in app</a>
</header>
<div class="crumb"><a href="/{_slug(section)}">{section}</a></div>
<h1 class="amp-title">{title}</h1>
{fig}
<div class="key-points"><h2>Key points</h2><ul>
{kp}
</ul></div>
<amp-accordion disable-session-states class="story-acc">
{chr(10).join(secs)}
</amp-accordion>
<div class="share"><a href="#">Share</a> &middot; <a href="#">WhatsApp</a> &middot; <a
href="#">Copy link</a></div>
<div class="more"><h3>More on PulseNews</h3><ul>
{_items(more)}
</ul></div>
<footer class="foot"><a href="{canonical}">View full site</a> &middot; <a
href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a><br>&copy; 2025 Pulse Digital
Media Pte. Ltd., 8 Marina View, Singapore</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Outlet 8: Manila Morning Ledger -- Philippine daily with an old table layout, &nbsp;-heavy
# info line, "TRENDING NOW" column, <p class="art-text"> paragraphs.
# --------------------------------------------------------------------------------------------
def _manila_site(title: str, paras: list[str], *, author: str, date_text: str | None = None,
                 caption: str | None = None, trending: tuple[Any, ...] = (),
                 correction: str | None = None) -> str:
    body = "\n".join(f'<p class="art-text">{p}</p>' for p in paras)
    info = f"By&nbsp;<b>{author}</b>"
    if date_text:
        info += f"&nbsp;&nbsp;|&nbsp;&nbsp;{date_text}"
    cap = ""
    if caption:
        cap = (f'<table class="photo"><tr><td><img src="/photos/2025/lead.jpg" width="600">'
               f'</td></tr><tr><td class="photo-cap">{caption}</td></tr></table>')
    corr = f'<p class="art-corr"><i>{correction}</i></p>' if correction else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_plain(title)} &laquo; Manila Morning Ledger</title>
</head>
<body bgcolor="#ffffff">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="masthead"><a href="/"><img src="/img/mml-logo.gif"
alt="Manila Morning Ledger"></a>&nbsp;&nbsp;<span class="tagline">The Nation&#8217;s
Morning Paper</span></td></tr>
<tr><td colspan="2" class="menu"><a href="/">HOME</a> &nbsp;|&nbsp; <a
href="/nation">NATION</a> &nbsp;|&nbsp; <a href="/metro">METRO</a> &nbsp;|&nbsp; <a
href="/mindanao">MINDANAO</a> &nbsp;|&nbsp; <a href="/business">BUSINESS</a>
&nbsp;|&nbsp; <a href="/opinion">OPINION</a> &nbsp;|&nbsp; <a
href="/showbiz">SHOWBIZ</a> &nbsp;|&nbsp; <a href="/sports">SPORTS</a></td></tr>
<tr><td colspan="2" class="leader-ad"><center><small>ADVERTISEMENT</small></center></td></tr>
<tr>
<td width="660" valign="top" class="content">
<h2 class="art-title">{title}</h2>
<div class="art-info">{info}</div>
<div class="art-share">Share:&nbsp;<a href="#">Facebook</a>&nbsp;<a href="#">Twitter</a>&nbsp;<a
href="#">Viber</a></div>
{cap}
{body}
{corr}
<div class="follow">Follow the Manila Morning Ledger on Facebook and Viber for the latest
news.</div>
<div class="art-tags">TAGS:&nbsp;<a href="/tag/earthquake">earthquake</a>, <a
href="/tag/phivolcs">Phivolcs</a>, <a href="/tag/mindanao">Mindanao</a></div>
</td>
<td width="320" valign="top" class="sidebar">
<div class="side-ad"><small>ADVERTISEMENT</small></div>
<div class="trending"><b>TRENDING NOW</b><ul>
{_items(trending)}
</ul></div>
</td>
</tr>
<tr><td colspan="2" class="footer">Manila Morning Ledger &middot; Ledger Building, 1050 Roxas
Boulevard, Pasay City, Metro Manila &middot; Tel. (02) 8555-0142<br>Copyright &copy; 2025
Manila Morning Ledger Publishing Corp. All rights reserved.</td></tr>
</table>
</body>
</html>
"""


# ============================================================================================
# rocket-WH1: third test flight of Corvane Aerospace's methane-fuelled Vireo (west Texas).
# ============================================================================================
_R1_WIRE = _paras("""
Corvane Aerospace's Vireo rocket completed its third test flight on Tuesday, sending its upper
stage to the edge of space and bringing its first stage back to the launch pad in the west Texas
desert, a result the company said clears the way for an orbital attempt later this year.

The 71-metre rocket lifted off from the company's Cedar Flats site at 1242 GMT, its nine
methane-burning Osprey engines leaving a pale trail over the scrubland north of Van Horn.
Booster 6, flying for the first time, touched down on its pad about seven minutes later.

The upper stage climbed to a peak altitude of 212 kilometres, shut down, coasted and then relit
its engine for a short burn, a manoeuvre it will need both to reach orbit and to steer itself
safely out of orbit afterwards. It splashed down in the Gulf of Mexico 41 minutes after
lift-off, inside the zone cleared for it by the U.S. Federal Aviation Administration.

“That relight was the moment I stopped holding my breath,” said flight director Marcus Oyelaran,
who ran the countdown from the company’s control room.

The flight follows two troubled outings. The first Vireo exploded 74 seconds after launch last
November, and the second, in March, reached space but its upper stage broke apart as it fell
back through the atmosphere. The FAA closed its investigation into the March failure in late
May.

Chief executive Dana Whitlock told reporters after the flight that the vehicle “did everything
we asked of it.” She said engineers would study the data for several weeks before the company
sets a date for its first orbital attempt, which it still expects before the end of the year.

Corvane, founded in 2019, has raised about $1.1 billion from private investors and says it has
launch agreements with two satellite operators, whose names it has not disclosed. Its engines
are meant to be flown many times with little refurbishment, a goal shared by several larger
rivals.

Methane burns more cleanly than the kerosene used in many older rockets and leaves less soot
inside the engines, which engineers say makes rapid reuse easier. The fuel can also, in
principle, be made from carbon dioxide and water, an idea that appeals to companies with
ambitions beyond Earth orbit.
""")

_R1_KVTX = _paras("""
VAN HORN &mdash; Hundreds of people lined Highway 54 before sunrise Tuesday to watch Corvane
Aerospace launch its Vireo rocket for the third time, and this time they got the ending they had
been hoping for.

The rocket lifted off at 6:42 a.m. Mountain time from the company&rsquo;s Cedar Flats launch
site, about 20 miles north of Van Horn. Roughly seven minutes later the rocket&rsquo;s first
stage, which the company calls Booster 6, fired its engines again and set itself down on the
same pad it had left.

&ldquo;It came straight down like an elevator,&rdquo; said Irma Casta&ntilde;eda, who drove in
from Sierra Blanca with her two grandsons. &ldquo;The boys were screaming. I was screaming
too.&rdquo;

The upper part of the rocket kept going into space, climbing about 132 miles above Earth before
coming down in the Gulf of Mexico, the company said.

Corvane CEO <strong>Dana Whitlock</strong> spoke with reporters at the site after the launch.
&ldquo;That relight was the moment I stopped holding my breath,&rdquo; Whitlock said, referring
to a test in which the upper stage restarted its engine while in space.

She said the rocket &ldquo;did everything we asked of it, and a few things we were nervous
about.&rdquo;

The launch was a big relief for the company and for Van Horn. The first flight, last November,
ended in an explosion just over a minute after liftoff, scattering debris across several
ranches. Corvane paid for the cleanup.

Corvane employs about 640 people in Culberson County, making it one of the area&rsquo;s largest
employers. County Judge Raul Estrada said the company&rsquo;s success matters to local families.
&ldquo;When that rocket flies, this town does well,&rdquo; he said.

The Texas Department of Public Safety closed Highway 54 for about three hours around the launch.
The road reopened at 9 a.m.

Corvane says its next goal is to put a rocket into orbit before the end of the year. No date has
been set. <a href="/local/corvane-jobs-fair">The company is holding a jobs fair in Van Horn next
month</a>.
""")

_R1_ORBIT = _paras("""
Third time&#8217;s the charm, apparently. Corvane Aerospace flew its Vireo rocket for the third
time on Tuesday morning, and for the first time nothing important broke.

Quick recap for anyone who wasn&#8217;t up at dawn: lift-off came at 7:42 a.m. Central (12:42
UTC) from Cedar Flats. <strong>Booster 8</strong>, a brand-new first stage, flew a clean ascent
on all nine Osprey engines, flipped, boosted back and landed on its pad roughly seven minutes
after launch.

The upper stage is the real story. It reached about 212 km, shut down, coasted and then
reignited its single vacuum-optimised Osprey for a short deorbit burn. That in-space relight is
a prerequisite for any orbital mission, and it&#8217;s the thing Flight 2 never got to try
before its upper stage came apart on re-entry in March.

Splashdown in the Gulf of Mexico came at T+41 minutes, right where the FAA hazard area said it
would be. Clean.

Why does this matter for the money side? Corvane has raised roughly $1.1 billion to date, and
its last round, in January, valued it at $4.2 billion, according to two people familiar with the
deal. Investors have been waiting a long time for a flight like this one.

The company also holds a $43 million Space Force contract for a demonstration launch, and as far
as I can tell, the later milestones on that contract depended on showing a relight. Expect that
money to start moving.

CEO Dana Whitlock kept it short on the post-flight call: the rocket &#8220;did everything we
asked of it.&#8221; She repeated the target of an orbital attempt before year-end.

My take: the schedule still looks aggressive. The company needed until late May to close out the
Flight 2 investigation with the FAA, and an orbital launch will need another licence
modification. For comparison, Flight 1, last November, ended with an explosion 74 seconds into
the climb. But the hardware finally looks ready, and <a
href="/2025/03/vireo-flight-2-what-we-know/">after Flight 2</a> that was not a given.

I&#8217;ll update this post once Corvane releases its official flight summary.
""")

_R1_COURIER = _paras("""
A privately built rocket powered by methane completed its most successful test flight yet on
Tuesday, a milestone for one of the small companies trying to break into a launch business
dominated by a few large players.

Corvane Aerospace&rsquo;s Vireo, a two-stage rocket standing 233 feet tall, lifted off from west
Texas at 8:42 a.m. Eastern time. Its first stage returned to the launch site and landed upright,
while the upper stage climbed to roughly 130 miles, relit its engine and came down in the Gulf
of Mexico 47 minutes after liftoff.

It was the third flight for the Vireo, and the first in which every major objective was met,
according to the company. The first ended in an explosion over the desert in November; the
second, in March, reached space but lost its upper stage during re-entry.

&ldquo;Today the vehicle did everything we asked of it, and a few things we were nervous
about,&rdquo; Dana Whitlock, the company&rsquo;s chief executive, said in a statement.

Corvane is one of a handful of companies betting that methane, which leaves fewer deposits
inside engines than kerosene, will make it cheaper to fly the same rocket again and again. Its
booster carries nine engines of its own design, called Osprey.

The company, which is based in Austin, Texas, has raised about $1.1 billion. It has said it
wants to begin launching satellites for paying customers next year.

Analysts said the flight would reassure investors. &ldquo;This is the flight they needed,&rdquo;
said Priya Raman, who follows the space industry at Halvorsen Capital. &ldquo;But one good test
is not a business. They need to fly often and cheaply, and that is a much harder thing.&rdquo;

The Federal Aviation Administration, which licenses commercial launches, said no injuries or
damage to public property had been reported.

Corvane said it would try to reach orbit before the end of the year.
""")

_ROCKET_WH1 = _story("rocket-WH1", "rocket", "2025-06-20", [
    _page("https://www.pacificwire.example/science/corvane-vireo-third-flight-2025-06-10",
          _wire_site(
              "Corvane&#8217;s methane rocket clears key hurdle on third test flight", _R1_WIRE,
              dateline="VAN HORN, Texas (Pacific Wire) &mdash;", byline="Joel Arkwright",
              credit="Reporting by Joel Arkwright in Van Horn; Editing by Sarah Lindqvist",
              section="Science", published="2025-06-10T14:20:00Z",
              shown="June 10, 2025 2:20 PM GMT", updated="15:05 GMT",
              related=(("European launch start-up raises &euro;150 million ahead of debut",
                        "June 9"),
                       ("Lunar lander tipped on its side after touchdown, maker says", "March 7"),
                       ("Satellite operator orders 36 spacecraft in $900 million deal",
                        "June 4"),
                       ("Ocean drone maker cuts 120 jobs as orders slow", "June 2")))),
    _page("https://www.kvtx7.example/news/local/crowds-cheer-vireo-launch-van-horn/",
          _kvtx_site(
              "Crowds cheer as Vireo rocket soars, lands near Van Horn", _R1_KVTX,
              reporter="Marisol Quintero",
              posted="Posted: Jun 10, 2025 / 11:03 AM MDT",
              weather="El Paso 98&deg; Sunny &middot; Heat advisory until 8 PM",
              video_caption="WATCH: The Vireo booster returns to its pad (Video: KVTX)",
              comments=23,
              trending=("El Paso water rates to rise 6% in September",
                        "Two hurt in I-10 crash near Anthony",
                        "Forecast: triple digits return Thursday with highs near 104",
                        "UTEP names new head volleyball coach"))),
    _page("https://www.orbitledger.example/vireo-flight-3-relight-booster-landing/",
          _orbit_site(
              "Vireo Flight 3: relight achieved, booster back on the pad &#8211; what it means "
              "for Corvane&#8217;s orbital timeline", _R1_ORBIT, post_id=4821,
              author="Nadia Brenner",
              bio="Nadia Brenner covers launch companies and space finance. She previously "
                  "worked as a satellite operations engineer.",
              tags=("Corvane", "Vireo", "methane", "reusability", "FAA"),
              recent=("Satellite broadband firm&#8217;s Q1 revenue up 38%",
                      "Why launch insurance premiums fell to 7% of payload value",
                      "Lunar lander start-up lays off 15% of staff",
                      "Five numbers from the European launcher challenge"))),
    _page("https://www.dailycourier.example/2025/06/10/science/corvane-vireo-rocket-test.html",
          _courier_site(
              "Texas Rocket Start-Up Nails Third Test, Eyes Orbit",
              "Corvane&rsquo;s Vireo landed its booster and relit its upper stage in space, "
              "two steps it needs before it can carry paying customers.",
              _R1_COURIER, byline="Helen Marsh", date_text="June 10, 2025",
              read_more="The race to build a cheaper reusable rocket is getting crowded",
              caption="The Vireo rocket on its pad in west Texas before an earlier flight. "
                      "File photo: Corvane Aerospace",
              most_read=("Mortgage rates dip to 6.8%, lowest since April",
                         "Senate panel advances $52 billion chip bill",
                         "Storm knocks out power to 180,000 in Ohio",
                         "The 25 best summer reads, chosen by our critics"))),
], [
    ("booster", r"(?<![\d.])6(?![\d.])|\bsix\b", r"(?<![\d.])8(?![\d.])|\beight\b"),
    ("duration", r"(?<![\d.])41 ?(minutes?|mins?|m\b)|forty-one",
     r"(?<![\d.])47 ?(minutes?|mins?|m\b)|forty-seven"),
    ("quote attribution", r"whitlock", r"oyelaran"),
])


# ============================================================================================
# rocket-WH2: maiden flight of Nordvik Space's Fjell-1 from Andøya, Norway.
# ============================================================================================
_R2_NBS = _paras("""
A rocket built by the Norwegian start-up Nordvik Space has failed to reach orbit on its first
flight, after its second stage shut down early.

The 28m (92ft) Fjell-1 lifted off from Andøya Spaceport, on an island above the Arctic Circle,
at 10:05 BST on Thursday. Its first stage fired for about two and a half minutes and separated
cleanly.

But the single engine on the upper stage cut out six minutes and 12 seconds into the flight,
well before the rocket had reached the speed needed to stay in orbit. The stage and its test
payload fell into the sea inside an area that had been closed to ships and aircraft, the company
said.

No-one was hurt.

"The first stage did exactly what it was designed to do. The second stage did not, and we are
going to find out why," said chief executive Ingrid Solheim.

The company's chief technology officer, Lars Eide, said early data pointed to a problem with the
flow of propellant into the engine, but that it was too soon to be sure.

Fjell-1 is designed to carry satellites weighing up to 400kg into low orbit. This flight carried
no customer satellites, only a test mass fitted with sensors.

The launch had been planned for May but was postponed after engineers found a faulty valve
during ground testing.

Several European companies are competing to fly small rockets from new spaceports in Norway,
Sweden and the UK, hoping to win business from the growing number of firms that build small
satellites. In Scotland, spaceports in Shetland and Sutherland are still waiting for their first
orbital launches.

Dr Helen Ferris, a space policy researcher at the University of Leicester, said a partial
success on a first flight was "about as good as anyone should expect". "Most new rockets fail
first time. What matters is how quickly they fly again," she said.

Nordvik said it hoped to launch again within about a year.
""")

_R2_AMP_KEY = [
    "Nordvik Space&#8217;s Fjell-1 rocket launched from Andøya, Norway, on Thursday",
    "Its second stage shut down about six minutes into the flight and did not reach orbit",
    "The company says the first stage worked as planned and no one was hurt",
]
_R2_AMP_SECTIONS = [
    ("Launch", _paras("""
A Norwegian start-up&#8217;s first attempt to put a rocket into orbit ended short of its goal on
Thursday, when the upper stage of its Fjell-1 launcher stopped firing too soon.

The two-stage rocket lifted off at 11:05 local time from Andøya Spaceport in northern Norway.
The first stage, powered by five Ravn engines burning kerosene and liquid oxygen, worked as
planned and separated on time.
""")),
    ("What went wrong", _paras("""
About six minutes after lift-off, the second-stage engine shut down before the rocket had
gathered enough speed to circle the Earth. What was left of the vehicle fell into the sea in a
zone that had been cleared in advance.

Nordvik&#8217;s chief technology officer, Ingrid Solheim, said the team would comb through the
flight data. &#8220;The first stage did exactly what it was built to do. The second stage
didn&#8217;t, and we will find out why,&#8221; she said.
""")),
    ("Who is Nordvik?", _paras("""
Nordvik Space was founded in Trondheim in 2018 and employs about 210 people. It has raised about
&euro;95 million, including NOK&nbsp;250 million from a Norwegian state fund.

The rocket is designed to carry small satellites weighing up to 400 kilograms. It carried no
paying customers on this flight.
""")),
    ("What happens next", _paras("""
The company says it wants to fly a second Fjell-1 within a year. Several rival European
start-ups are also preparing first launches, and the winners are expected to compete for
contracts to put small satellites into orbit for governments and businesses.

Andøya Spaceport has been upgraded with public money over the past five years to handle orbital
rockets as well as the smaller research rockets it has launched for decades.
""")),
]

_R2_HERALD = _paras("""
An Inverness technology firm says the flight computer it built for a Norwegian rocket worked
without a fault, even though the launcher failed to reach orbit on its maiden flight on
Wednesday.

Nordvik Space&rsquo;s Fjell-1 lifted off from Andøya Spaceport in northern Norway at 10.05am UK
time, but its second stage shut down earlier than planned and the rocket fell into the sea.

Corran Avionics, which employs 38 people at its base on the Inverness Campus, designed and built
the computer that steers the rocket and controls its engines.

&ldquo;Our box did its job from the pad to the very last second of data,&rdquo; said managing
director Shona Urquhart. &ldquo;Obviously everyone is disappointed the rocket didn&rsquo;t make
orbit, but from our point of view the flight was a real success, and we&rsquo;ve had calls from
two other launch companies this morning.&rdquo;

Nordvik&rsquo;s chief executive, Ingrid Solheim, said in a statement that the first stage had
done exactly what it was designed to do, and that the company would find out why the second
stage had not.

The Norwegian firm chose Corran in 2022 after a competition involving suppliers from five
countries. The contract is worth about &pound;4 million over five years.

Ms Urquhart, who founded the company in 2011 after working on oil and gas control systems in
Aberdeen, said the Highlands had the skills to play a much bigger part in Europe&rsquo;s space
industry.

Scotland&rsquo;s own spaceports, in Shetland and Sutherland, have yet to host an orbital launch.

A spokesman for the regional development agency said: &ldquo;This is exactly the kind of
high-value work we want to see in the Highlands. The rocket may not have reached orbit, but a
Highland-built computer flew it.&rdquo;

Nordvik has said it hopes to fly again within a year.
""")

_R2_ORBIT = _paras("""
Nordvik Space finally got Fjell-1 off the pad at Andøya on Thursday (lift-off 09:05 UTC),
roughly two months later than planned after that valve issue in ground testing. The short
version: first stage great, second stage not.

Timeline from the webcast: MECO at T+2:38, a clean separation, second-stage ignition a few
seconds later. The upper-stage engine then shut down at <strong>T+7:04</strong>, well short of
the planned burn, and the vehicle never reached orbital velocity.

Nordvik hasn&#8217;t said why yet. CEO Ingrid Solheim&#8217;s statement: &#8220;The first stage
did exactly what it was designed to do. The second stage did not, and we are going to find out
why.&#8221;

The payload was a 150 kg instrumented test mass, so no customer hardware was lost. That will
matter to insurers, who have been burned by small-launcher debuts before.

Money check: Nordvik has raised around &euro;95 million, including NOK 250 million (roughly
&euro;21 million) from a Norwegian state fund. At the current burn rate, my back-of-envelope
math says that lasts into 2027 without a new round, which buys them a second and probably a
third attempt.

Small launch in Europe is crowded, and the customer base is thinner than the pitch decks
suggest. But a first stage that works first time is worth a lot. Most of the hard lessons in
this business come from first stages.

Next flight: Nordvik says within about 12 months. I&#8217;d bet on the back half of 2026.

<em>Disclosure: the author holds no position in any launch company.</em>

Worth noting: Andøya has been flying sounding rockets since the 1960s, but its orbital pad is
brand new, and by all accounts the ground systems behaved well on Thursday. That is one box
ticked for every other company hoping to fly from there.
""")

_ROCKET_WH2 = _story("rocket-WH2", "rocket", "2025-07-29", [
    _page("https://www.nbsnews.example/news/science-environment-71294410",
          _nbs_site(
              "Norwegian rocket Fjell-1 fails to reach orbit on first flight", _R2_NBS,
              published="2025-07-17T10:31:00+01:00",
              caption="Fjell-1 lifted off from Andøya Spaceport in northern Norway",
              credit="Nordvik Space", byline="Tom Ashdown, Science reporter",
              topics=("Space exploration", "Norway", "Space industry"),
              more_on=("UK spaceport licence granted after long wait",
                       "Why Europe wants its own small rockets"),
              top_stories=("Heatwave: temperatures to reach 33C in parts of England",
                           "Water bills to rise by average of 26%, regulator says",
                           "Eleven arrested after protest at Westminster"))),
    _page("https://amp.pulsenews.example/science/norway-rocket-fjell-1-orbit.amp",
          _pulse_amp_site(
              "Norway&#8217;s Fjell-1 rocket falls short of orbit on debut flight",
              _R2_AMP_KEY, _R2_AMP_SECTIONS,
              canonical="https://www.pulsenews.example/science/norway-rocket-fjell-1-orbit",
              caption="The Fjell-1 rocket climbs away from Andøya. Photo: Nordvik Space",
              section="Science",
              more=("India tests crew escape system for its astronaut capsule",
                    "Japan&#8217;s lunar probe sends back 1,200 new images",
                    "Singapore start-up raises $40 million for satellite radar"))),
    _page("https://www.highlandherald.example/business/inverness-firm-flight-computer-"
          "norwegian-rocket-4412087",
          _herald_site(
              "Inverness firm&rsquo;s flight computer &lsquo;worked perfectly&rsquo; as "
              "Norwegian rocket falls short of orbit", _R2_HERALD,
              author="Calum Fraser", author_role="Business Reporter",
              standfirst="Corran Avionics built the brain of Nordvik Space&rsquo;s Fjell-1",
              caption="Shona Urquhart at Corran Avionics&rsquo; Inverness Campus base. "
                      "Picture: Sandy McLeod",
              section="Business",
              most_read=("A9 closed for six hours after lorry overturns near Dalwhinnie",
                         "Inverness bakery named best in Scotland for second year",
                         "Plans for 240 homes at Nairn approved",
                         "Ross County sign defender on two-year deal"))),
    _page("https://www.orbitledger.example/fjell-1-post-flight-notes/",
          _orbit_site(
              "Fjell-1 post-flight notes: clean first stage, upper stage quits early",
              _R2_ORBIT, post_id=5107, author="Nadia Brenner",
              bio="Nadia Brenner covers launch companies and space finance. She previously "
                  "worked as a satellite operations engineer.",
              tags=("Nordvik", "Fjell-1", "Andøya", "Europe", "small launch"),
              recent=("Corvane books first commercial customer for Vireo",
                      "Satellite broadband firm&#8217;s Q2 revenue up 41%",
                      "How much does a launch failure cost? We ran the numbers",
                      "Five numbers from the European launcher challenge"))),
], [
    ("duration", r"(?<![\d.:])6 ?(min\w*|:12)|six minutes|372 ?s",
     r"(?<![\d.:])7 ?(min\w*|:04)|seven minutes|424 ?s"),
    ("title", r"chief executive|\bceo\b", r"chief technology officer|\bcto\b|technology chief"),
    ("weekday", r"thursday|july 17|17 july|2025-07-17", r"wednesday|july 16|16 july|2025-07-16"),
])


# ============================================================================================
# quake-WH1: M6.4 earthquake off Davao Oriental, southern Philippines.
# ============================================================================================
_Q1_WIRE = _paras("""
A strong earthquake struck off the southern Philippine province of Davao Oriental before dawn on
Saturday, killing six people, injuring 41 and damaging more than a thousand homes, officials
said.

The magnitude 6.4 quake hit at 3:17 a.m. (1917 GMT Friday) at a depth of 10 kilometres, with its
epicentre at sea about 27 kilometres east of the coastal town of Manay, the Philippine Institute
of Volcanology and Seismology (PHIVOLCS) said. The U.S. Geological Survey measured it at
magnitude 6.2.

PHIVOLCS did not issue a tsunami warning but advised people living along the coast to stay away
from the shoreline for several hours as a precaution.

Most of the deaths occurred when walls and roofs collapsed onto sleeping families, provincial
disaster officer Ramon Baguio said in a radio interview. “People ran outside in the dark, and
many could not find their children for some minutes,” he said. “It was panic.”

An old stone church in Manay lost part of its bell tower, and bridges along the coastal highway
were closed for inspection. Power was cut across much of the province and had been restored to
about 60% of households by Saturday afternoon, the local electric cooperative said.

By Saturday afternoon PHIVOLCS had recorded more than 300 aftershocks, the strongest of
magnitude 5.1. Its director, Arnel Dimaculangan, said residents should expect more in the coming
days and should not go back into buildings with visible cracks.

The social welfare department said it had sent 5,000 food packs to the affected towns, and the
military flew engineers to check roads and bridges along the coast.

The archipelago straddles the boundary between shifting
tectonic plates, part of the belt of seismic and volcanic activity that rims the Pacific, and
records hundreds of earthquakes a year, most too weak to be felt. In
December 2023 a magnitude 7.4 quake off Hinatuan in neighbouring Surigao del Sur forced
thousands of people to flee coastal villages.
""")

_Q1_AMP_KEY = [
    "A magnitude 6.4 earthquake struck off Davao Oriental in the southern Philippines early "
    "on Saturday",
    "At least eight people were killed and 41 injured, officials say",
    "There was no tsunami warning, but coastal residents were told to keep away from the shore",
]
_Q1_AMP_SECTIONS = [
    ("What happened", _paras("""
A strong earthquake shook the southern Philippines in the early hours of Saturday, killing at
least eight people and injuring 41, according to disaster officials in Davao Oriental province.

The magnitude 6.4 quake struck at 3:17 a.m. local time. Its epicentre was in the sea off the
town of Manay, according to the country&#8217;s seismology agency, PHIVOLCS.
""")),
    ("Damage and rescue", _paras("""
Houses made of wood and hollow blocks were worst hit. Rescuers in Manay used their bare hands to
dig through rubble before heavy equipment arrived after sunrise, local radio reported.

Part of the bell tower of an old church in the town collapsed, and landslides blocked a stretch
of the coastal highway. Much of the province lost electricity.
""")),
    ("Why the Philippines has so many quakes", _paras("""
The Philippine islands lie along the so-called Ring of Fire,
and beneath them several plates are constantly grinding past each other. Off the eastern coast
of Mindanao, the Philippine Sea plate is sliding beneath the
island along the Philippine Trench.

The country records hundreds of earthquakes every year, though most are too weak to be felt.
""")),
    ("What happens next", _paras("""
PHIVOLCS said it had recorded more than 300 aftershocks by Saturday afternoon, the largest of
magnitude 5.1, and warned that more were likely.

Provincial officials said evacuation centres had been opened in schools and gyms, and families
whose houses were damaged were being asked to stay there until engineers had inspected their
homes.
""")),
]

_Q1_MANILA = _paras("""
DAVAO CITY &#8211; Six people were killed and 41 others were injured after a magnitude 6.4
earthquake rocked Davao Oriental at 3:17 a.m. on Saturday, September 13, provincial officials
said.

The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake was tectonic in
origin. Its epicenter was located 27 kilometers east of Tarragona, with a depth of focus of 10
kilometers.

Provincial Disaster Risk Reduction and Management Office (PDRRMO) chief Ramon Baguio said four
of the fatalities were from Manay, including a mother and her two children whose house collapsed
on them, while two others died in the town of Caraga.

At least 1,200 houses were partially or totally damaged, based on the PDRRMO&#8217;s initial
assessment. The figure is expected to rise as teams reach remote <em>barangays</em> cut off by
landslides.

&#8220;Our priority now is the families in the evacuation centers. They need water, food and
tents,&#8221; Baguio said.

Governor Teodoro Malinao said the provincial board would hold an emergency session on Monday to
declare a state of calamity, which would allow the province to release quick-response funds.

Classes at all levels in the province were suspended until further notice, while the Department
of Public Works and Highways said two bridges along the coastal highway were closed to heavy
vehicles.

Phivolcs Director Arnel Dimaculangan said more than 300 aftershocks had been recorded as of
Saturday afternoon, the strongest of which was magnitude 5.1. He said no tsunami warning had
been raised but advised coastal residents to stay away from the shore as a precaution.

The Department of Social Welfare and Development (DSWD) said 5,000 family food packs had been
sent to the province.

The quake was also felt in Davao City, where shoppers rushed out of malls and some residents
spent the rest of the night in the streets.
""")

_Q1_NBS = _paras("""
At least six people have been killed and dozens injured after a powerful earthquake struck off
the southern Philippines.

The magnitude 6.4 quake hit at 03:17 local time on Saturday (20:17 BST on Friday) off the coast
of Davao Oriental province on the island of Mindanao, when most people were asleep.

The country's seismology agency, Phivolcs, said the epicentre was about 27km (17 miles) east of
the town of Manay, at a depth of 23km (14 miles).

Local officials said 41 people had been injured, mostly by falling masonry, and more than 1,000
homes had been damaged.

In Manay, part of the bell tower of an old stone church came down, and residents spent the rest
of the night outside.

"We heard a roar like a truck and then everything was shaking," said Josefina Lumbay, a market
vendor in Manay. "My neighbour's wall fell on his kitchen. Thank God nobody was inside."

No tsunami warning was issued, although coastal residents were told to keep away from the sea
for a few hours.

Phivolcs said hundreds of aftershocks had been recorded and more were expected.

Quakes and eruptions are frequent in the Philippines, which lies on the
seismically restless "Ring of Fire" encircling the Pacific. Mindanao, the country's
second-largest island, has been hit
by several damaging quakes in recent years.

The UK Foreign Office advises British nationals in the area to follow the instructions of local
authorities.

Soldiers and rescue teams were sent to the worst-hit villages, and the country's social welfare
department said food was being delivered to families whose homes had been destroyed. Power was
cut across much of the province.
""")

_QUAKE_WH1 = _story("quake-WH1", "earthquake", "2025-09-22", [
    _page("https://www.pacificwire.example/world/asia-pacific/philippines-quake-davao-"
          "oriental-2025-09-13",
          _wire_site(
              "Magnitude 6.4 quake off southern Philippines kills six, damages homes",
              _Q1_WIRE, dateline="MANILA (Pacific Wire) &mdash;", byline="Karen Lim",
              credit="Reporting by Karen Lim in Manila and Dennis Ocampo in Davao; Editing by "
                     "Alan Prior",
              section="World", published="2025-09-13T06:40:00Z",
              shown="September 13, 2025 6:40 AM GMT",
              related=(("Japan&#8217;s central bank holds rates at 0.5%", "September 12"),
                       ("Indonesia volcano erupts, ash column rises 4 km", "September 9"),
                       ("Typhoon kills 11 in northern Vietnam", "September 6")))),
    _page("https://amp.pulsenews.example/world/philippines-earthquake-davao-oriental.amp",
          _pulse_amp_site(
              "Deadly 6.4 quake hits southern Philippines", _Q1_AMP_KEY, _Q1_AMP_SECTIONS,
              canonical="https://www.pulsenews.example/world/philippines-earthquake-davao-"
                        "oriental",
              caption="Residents outside damaged homes in Davao Oriental. Photo: Handout",
              more=("Magnitude 5.6 quake shakes Taiwan&#8217;s east coast, no damage",
                    "Malaysia&#8217;s economy grows 4.4% in second quarter",
                    "Thai parliament picks new prime minister"))),
    _page("https://www.manilaledger.example/nation/2025/09/13/6-dead-41-hurt-davao-oriental-"
          "quake",
          _manila_site(
              "6 dead, 41 hurt as magnitude 6.4 quake jolts Davao Oriental", _Q1_MANILA,
              author="Rhea Mae Dumalagan", date_text="September 13, 2025 - 2:41 PM",
              caption="Residents inspect a collapsed house in Manay, Davao Oriental on Saturday "
                      "morning. (Photo courtesy of Manay MDRRMO)",
              correction="CORRECTION: An earlier version of this story misspelled the name of "
                         "the PDRRMO chief.",
              trending=("Magnitude 5.2 quake rattles Batangas; no damage reported (Aug. 30)",
                        "Peso closes at 57.10 to the dollar",
                        "Senate OKs bill raising teachers&#8217; allowance to P10,000",
                        "Typhoon signal No. 2 up over Batanes"))),
    _page("https://www.nbsnews.example/news/world-asia-71733018",
          _nbs_site(
              "Philippines earthquake: Six dead as strong quake hits Mindanao", _Q1_NBS,
              caption="Residents of Manay gathered outside a damaged church on Saturday "
                      "morning",
              credit="Getty Images",
              topics=("Philippines", "Earthquakes"),
              more_on=("How do earthquakes happen?",),
              top_stories=("Bank of England holds interest rates at 4%",
                           "Man charged after three hurt in Leeds crash",
                           "Ryder Cup: Europe name six wildcard picks"))),
], [
    ("death toll", r"(?<![\d.])6(?![\d.])|\bsix\b", r"(?<![\d.])8(?![\d.])|\beight\b"),
    ("epicentre", r"manay", r"tarragona"),
    ("depth", r"(?<![\d.])10 ?(km|kilomet)|\bten kilomet|(?<![\d.])6(\.2)? ?mi",
     r"(?<![\d.])23 ?(km|kilomet)|(?<![\d.])14(\.3)? ?mi"),
])


# ============================================================================================
# quake-WH2 (CONTROL, no planted disagreement): M6.1 earthquake off Ibaraki, Japan.
# Traps: JMA vs USGS magnitude, JST/GMT/EST calendar days, km/miles, injury count updated
# from three to five (dated pages make the order plain), "around 4,000" vs 4,100 homes.
# ============================================================================================
_Q2_WIRE = _paras("""
A magnitude 6.1 earthquake struck off Ibaraki prefecture, northeast of Tokyo, shortly before 1
a.m. on Wednesday (1548 GMT Tuesday), rattling buildings in the capital, but no tsunami warning
was issued, the Japan Meteorological Agency said.

The quake had a depth of about 50 km, the JMA said. It registered “lower 5” on Japan’s seismic
intensity scale, which tops out at 7, in the city of Hokota, strong enough to knock items off
shelves and make walking difficult.

Three people suffered minor injuries, including a woman in her 70s who fell at her home in Mito,
according to the Fire and Disaster Management Agency. There were no reports of deaths.

Japan Atomic Power Co said it had found no abnormalities at its Tokai No. 2 nuclear plant in
Ibaraki, which has been offline since 2011.

About 4,100 households briefly lost power in Ibaraki, Tokyo Electric Power Company Holdings
said. Supply was restored within about 40 minutes.

The U.S. Geological Survey put the magnitude at 5.9.

At a news conference held in the middle of the night, a JMA official said people in the area
should be on alert for quakes of similar strength over the next week or so, particularly in the
next two to three days. “Please stay away from damaged walls and steep slopes, and make sure
furniture is secured,” said Katsuhiko Ono, who heads the agency’s earthquake and tsunami
monitoring division.

The government set up a liaison office at the prime minister’s office to gather information.

Japan is one of the world’s most earthquake-prone countries. In March 2011 a magnitude 9.0 quake
off its northeast coast triggered a tsunami that killed more than 18,000 people and caused
meltdowns at the Fukushima Daiichi nuclear plant.
""")

_Q2_COURIER = _paras("""
A strong earthquake struck off Japan&rsquo;s east coast early Wednesday local time, swaying
buildings in Tokyo and knocking goods from store shelves in Ibaraki prefecture, but officials
said there was no threat of a tsunami.

The quake, which hit at 12:48 a.m. Wednesday in Japan (10:48 a.m. Tuesday Eastern time), had a
preliminary magnitude of 6.1, according to the Japan Meteorological Agency. The United States
Geological Survey measured it slightly lower, at 5.9. It struck about 31 miles beneath the sea
off Ibaraki, northeast of the capital.

Three people were slightly hurt, the national fire agency said. There were no reports of deaths.

The operator of the Tokai No. 2 nuclear power plant, which sits near the area of strongest
shaking, said it had found no problems. The plant has not produced electricity since 2011.

Residents described being jolted awake. &ldquo;The whole apartment creaked like a ship,&rdquo;
one resident of Mito, the prefectural capital, wrote on social media. Others posted videos of
swaying lamps and of cats bolting under furniture.

Japan sits at the junction of four tectonic plates and records about a fifth of the
world&rsquo;s most powerful earthquakes. Its building codes are among the strictest anywhere,
and moderate quakes like this one rarely cause serious damage.

The country still lives with the memory of March 2011, when a magnitude 9.0 earthquake and the
tsunami it unleashed killed more than 18,000 people along the northeast coast. Japan&rsquo;s
government has long warned that a far larger quake could strike along the Nankai Trough, off the
Pacific coast to the southwest of Tokyo.

Seismologists said the Ibaraki coast sees frequent moderate quakes, as the Pacific plate slides
beneath the region.
""")

_Q2_NBS = _paras("""
Five people have been treated for minor injuries after a magnitude 6.1 earthquake struck off the
coast of Ibaraki prefecture in eastern Japan, officials say.

The quake hit at 00:48 local time on Wednesday (15:48 GMT on Tuesday), when most people were
asleep. It was centred about 50km (31 miles) beneath the sea off Ibaraki, to the north-east of
Tokyo, where buildings swayed.

Japan's Fire and Disaster Management Agency said on Wednesday that the number of people hurt had
risen to five, most of them older people who had fallen or been struck by objects at home. It
had earlier reported three injuries.

Around 4,000 homes lost electricity for a short time.

The Japan Meteorological Agency (JMA) said there was no danger of a tsunami, but warned that
quakes of a similar size could follow over the coming week.

Some local train services in Ibaraki were delayed on Wednesday morning while tracks were checked.

The operator of the Tokai No 2 nuclear power station said there were no abnormalities. The plant
has been shut since 2011.

"I thought of 2011 straight away," said Aiko Sato, 64, who runs a guesthouse in Hokota. "I
grabbed my torch and stood in the doorway. It was long, but not as bad as that time."

Japan is one of the most seismically active countries in the world. The magnitude 9.0 earthquake
and tsunami of March 2011 killed more than 18,000 people.

The strongest shaking was recorded in Hokota, on the Ibaraki coast. The government set up a
liaison office at the prime minister's office to gather information.
""")

_Q2_AMP_KEY = [
    "A magnitude 6.1 quake struck off Ibaraki, northeast of Tokyo, at 00:48 on Wednesday "
    "local time",
    "No tsunami warning was issued",
    "A handful of people suffered minor injuries; no deaths were reported",
]
_Q2_AMP_SECTIONS = [
    ("What happened", _paras("""
A strong earthquake shook eastern Japan just after midnight on Wednesday, waking millions of
people in and around Tokyo.

The Japan Meteorological Agency said the quake, with a preliminary magnitude of 6.1, was centred
off the coast of Ibaraki prefecture at a depth of around 50 kilometres.

The quake struck at 00:48 local time (15:48 GMT on Tuesday), when most people were asleep.
""")),
    ("How strong was the shaking?", _paras("""
The strongest shaking, &#8220;lower 5&#8221; on Japan&#8217;s intensity scale, was recorded in
Hokota, a coastal city in Ibaraki. At that level, unsecured furniture can topple and dishes fall
from cupboards.

In Tokyo, the shaking was weaker but lasted long enough to send many residents checking their
phones for tsunami alerts. None came.
""")),
    ("Nuclear plant and power", _paras("""
Japan Atomic Power said there were no abnormalities at its Tokai No. 2 plant, which has not
operated since 2011.

Thousands of homes briefly lost power in Ibaraki before supply was restored, according to Tokyo
Electric Power.

There were no reports of deaths. Officials said a small number of people suffered minor
injuries, mostly from falls at home.
""")),
    ("Could a bigger one follow?", _paras("""
The weather agency asked people in the area to stay alert for quakes of similar strength over
the next week, saying the first few days carry the highest risk.

Japan accounts for a large share of the world&#8217;s strongest earthquakes because it sits
where several tectonic plates meet.

Many older residents said the shaking brought back memories of the magnitude 9.0 earthquake and
tsunami of March 2011, which devastated the northeast coast.
""")),
]

_QUAKE_WH2 = _story("quake-WH2", "earthquake", "2025-11-12", [
    _page("https://www.pacificwire.example/world/asia-pacific/japan-quake-ibaraki-2025-11-04",
          _wire_site(
              "Magnitude 6.1 quake shakes eastern Japan, no tsunami warning", _Q2_WIRE,
              dateline="TOKYO (Pacific Wire) &mdash;", byline="Yuki Harada",
              credit="Reporting by Yuki Harada and Daniel Crewe; Editing by Alan Prior",
              section="World", published="2025-11-04T17:32:00Z",
              shown="November 4, 2025 5:32 PM GMT",
              related=(("Japan&#8217;s Nikkei hits record high on chip rally", "November 4"),
                       ("Magnitude 6.9 quake strikes off northern Chile", "October 30"),
                       ("Bank of Japan keeps rates at 0.5%, signals December move",
                        "October 30")))),
    _page("https://www.dailycourier.example/2025/11/04/world/asia/japan-earthquake-"
          "ibaraki.html",
          _courier_site(
              "Strong Quake Jolts Japan Near Tokyo; No Tsunami Threat",
              "The earthquake struck just after midnight local time off Ibaraki prefecture. "
              "Officials reported minor injuries.",
              _Q2_COURIER, byline="Kenji Moreau", date_text="November 4, 2025",
              read_more="What to know about Japan&rsquo;s earthquake warning system",
              most_read=("Dow drops 1.2% as chip stocks slide",
                         "Election Day 2025: what&rsquo;s on the ballot in 8 states",
                         "The 14 best pies for Thanksgiving, ranked",
                         "Magnitude 4.3 quake rattles Los Angeles area"))),
    _page("https://www.nbsnews.example/news/world-asia-72036115",
          _nbs_site(
              "Japan earthquake: Five hurt as 6.1 tremor shakes Ibaraki and Tokyo", _Q2_NBS,
              published="2025-11-05T09:15:00+00:00",
              caption="Goods fell from shelves at a convenience store in Hokota",
              credit="Reuters",
              topics=("Japan", "Earthquakes"),
              more_on=("Japan's 2011 earthquake: Ten years on", "How do earthquakes happen?"),
              top_stories=("Budget: Chancellor hints at tax rises",
                           "Storm Claudia brings flooding to Wales",
                           "Seven charged over cash machine thefts"))),
    _page("https://amp.pulsenews.example/world/japan-earthquake-ibaraki-tokyo.amp",
          _pulse_amp_site(
              "Magnitude 6.1 earthquake rocks eastern Japan", _Q2_AMP_KEY, _Q2_AMP_SECTIONS,
              canonical="https://www.pulsenews.example/world/japan-earthquake-ibaraki-tokyo",
              more=("Philippine quake survivors still in tents two months on",
                    "Seoul&#8217;s stocks slip 2% on tech sell-off",
                    "Typhoon season: why 2025 has been unusually quiet"))),
], [])


# ============================================================================================
# election-WH1: El Paso mayoral run-off (Villaseñor v Hadley).
# ============================================================================================
_E1_KVTX = _paras("""
EL PASO &mdash; City Council member Rosa Villase&ntilde;or will be El Paso&rsquo;s next mayor.
She defeated businessman Tom Hadley in Saturday&rsquo;s runoff, according to unofficial final
results from the El Paso County Elections Department.

Villase&ntilde;or received 31,402 votes, or 53.8%, to Hadley&rsquo;s 26,967 votes, or 46.2%. Her
margin of victory was 4,435 votes.

All vote centers had reported by about 10:20 p.m.

Villase&ntilde;or, who represents District 3, finished first in the May 3 general election with
41.8% of the vote but fell short of the majority needed to win outright. Her share in the runoff
was 12 percentage points higher than in May.

Hadley, a former chair of the Greater El Paso Chamber of Commerce who owns three car
dealerships, came second in May with 29.5%.

Turnout was 15.9% of the city&rsquo;s roughly 367,000 registered voters.

Speaking to supporters at a union hall in the Lower Valley, Villase&ntilde;or thanked volunteers
who knocked on doors in triple-digit heat. &ldquo;This city voted for water, for streets and for
each other,&rdquo; she said. &ldquo;Tomorrow we start working for everybody, including the
people who didn&rsquo;t vote for me.&rdquo;

Hadley told supporters at his campaign headquarters on Mesa Street that he had called
Villase&ntilde;or to congratulate her. &ldquo;The voters have spoken, and I respect that,&rdquo;
he said. &ldquo;I&rsquo;m not going anywhere. I still love this city.&rdquo;

During the campaign, Villase&ntilde;or focused on water rates, road repair and public safety.
Hadley promised to cut the city&rsquo;s property tax rate and to speed up permits for new
businesses.

Villase&ntilde;or will replace Mayor Oscar Leyva, who could not run again because of term
limits. City Council is scheduled to canvass the results on June 23, and Villase&ntilde;or is
expected to be sworn in on June 24.

<strong>RELATED:</strong> <a href="/news/politics/el-paso-runoff-what-to-know">El Paso runoff:
what to know before you vote</a>
""")

_E1_COURIER = _paras("""
EL PASO &mdash; Rosa Villase&ntilde;or, a City Council member and former school board president,
won the runoff for mayor of El Paso on Saturday, defeating Tom Hadley, a car dealer backed by
much of the city&rsquo;s business establishment.

With all votes counted, Ms. Villase&ntilde;or had 53.8 percent to Mr. Hadley&rsquo;s 46.2
percent, a margin of 4,435 votes, according to unofficial results. Turnout was 18.4 percent of
registered voters, low even by the standards of municipal runoffs.

Ms. Villase&ntilde;or improved on her first-round share by 12 percent, winning over many voters
who had backed the three candidates eliminated in May.

El Paso, a city of about 680,000 on the Rio Grande across from Ciudad Ju&aacute;rez, is home to
Fort Bliss, one of the largest Army posts in the country, and has long worried about the cost
and supply of water in the desert. Both candidates promised to keep water bills down; they
differed over how to pay for the city&rsquo;s aging streets.

&ldquo;This city voted for water, for streets and for one another,&rdquo; Ms. Villase&ntilde;or
told cheering supporters on Saturday night.

&ldquo;Runoffs in June are decided by the people who really show up, and she had the better
ground game,&rdquo; said Lorena Ibarra, a political scientist who studies border politics.
&ldquo;Her volunteers were on doorsteps in 105-degree heat. His campaign spent most of its money
on television.&rdquo;

Mr. Hadley, who had promised to cut property taxes and to make the city friendlier to business,
said in a statement that he had called Ms. Villase&ntilde;or to congratulate her.

The race was officially nonpartisan, but Ms. Villase&ntilde;or was endorsed by the county
Democratic Party, while Mr. Hadley was backed by several Republican state legislators, a sign of
how national politics has seeped into local contests along the border.

She will take office later this month, succeeding Oscar Leyva, who was barred by term limits
from seeking another term.
""")

_E1_WIRE = _paras("""
Rosa Villaseñor, a member of El Paso’s city council, won Saturday’s run-off election for mayor
of the Texas border city, beating businessman Tom Hadley by about 5,400 votes, according to
unofficial results.

Villaseñor took 53.8% of the vote and Hadley 46.2%, the county elections department said.
Turnout was 15.9%.

The two had emerged from a five-candidate first round on May 3 in which no one won a majority.

Villaseñor, 51, a former school board president, campaigned on water bills, street repairs and
public safety. Hadley, a former chairman of the Greater El Paso Chamber of Commerce, promised
lower property taxes and faster permits for businesses.

“This city voted for water, for streets and for each other,” Villaseñor told supporters.

Hadley conceded on Saturday night, saying he had phoned Villaseñor to congratulate her.

El Paso, a city of about 680,000 people, sits on the Rio Grande opposite Ciudad Juárez, Mexico.
It is home to the U.S. Army’s Fort Bliss and is a major crossing point for trade and people
between the two countries.

The mayor’s race was formally nonpartisan, but it drew attention from both major parties, which
are competing for Hispanic voters in Texas ahead of next year’s midterm elections.

Villaseñor will succeed Mayor Oscar Leyva, who was barred by term limits from running again.

Villaseñor ran strongest in the Lower Valley and central neighbourhoods, while Hadley led in
most precincts on the city’s west side, according to precinct results posted by the county.

“The voters have spoken and I respect it,” Hadley told supporters. Villaseñor is due to take
office later this month.
""")

_ELECTION_WH1 = _story("elec-WH1", "election", "2025-06-27", [
    _page("https://www.kvtx7.example/news/politics/villasenor-wins-el-paso-mayor-runoff/",
          _kvtx_site(
              "Villase&ntilde;or wins El Paso mayor&rsquo;s race in runoff", _E1_KVTX,
              reporter="Andr&eacute;s Molina",
              weather="El Paso 101&deg; Clear",
              video_caption="Rosa Villase&ntilde;or speaks to supporters on election night",
              comments=57,
              trending=("Fire crews battle 300-acre brush fire near Anthony",
                        "Las Cruces approves 4% raise for city workers",
                        "Sun Bowl to host 2026 concert series, officials say",
                        "Man, 34, arrested after chase on Loop 375"))),
    _page("https://www.dailycourier.example/us/politics/el-paso-mayor-runoff-villasenor.html",
          _courier_site(
              "In El Paso, a Council Veteran Wins the Mayor&rsquo;s Office",
              "Rosa Villase&ntilde;or beat a car dealer backed by the business community in a "
              "low-turnout runoff in the border city.",
              _E1_COURIER, byline="Daniel Ortega Reyes",
              read_more="Texas cities are running short of water. Here is what they are doing.",
              caption="Rosa Villase&ntilde;or with supporters in El Paso on Saturday night. "
                      "Credit: Ivan Pierre for The Daily Courier",
              most_read=("Supreme Court rules 6-3 in major agency power case",
                         "Heat dome to bring 100-degree days to 12 states",
                         "Fed holds rates steady, signals two cuts this year",
                         "Opinion: The mayor who fixed her city&rsquo;s potholes"))),
    _page("https://www.pacificwire.example/us/el-paso-mayor-runoff-villasenor-2025-06-15",
          _wire_site(
              "Council member Villaseñor wins El Paso mayoral run-off", _E1_WIRE,
              dateline="EL PASO, Texas (Pacific Wire) &mdash;", byline="Luis Cardenal",
              credit="Reporting by Luis Cardenal; Editing by Matthew Okafor",
              section="US", published="2025-06-15T05:12:00Z",
              shown="June 15, 2025 5:12 AM GMT",
              correction="This story has been corrected to show that Hadley is a former "
                         "chairman of the chamber of commerce, not its current chairman.",
              related=(("Phoenix voters approve $1.2 billion bond for water projects", "May 20"),
                       ("New Mexico governor signs border security funding bill", "June 12"),
                       ("San Antonio mayor-elect names transition team", "June 11")))),
], [
    ("percentage points", r"(?<![\d.])12(\.0)? ?(percentage[ -]points?|points?|pp\b|pts?\b)",
     r"(?<![\d.])12(\.0)? ?(%|per ?cent(?!age)|pct)(?! ?points?)"),
    ("turnout", r"(?<![\d.])15\.9(?!\d)", r"(?<![\d.])18\.4(?!\d)"),
    ("margin", r"(?<![\d.])4,?435(?!\d)|4\.4 ?(thousand|k)",
     r"(?<![\d.])5,?400(?!\d)|5\.4 ?(thousand|k)"),
])


# ============================================================================================
# election-WH2: Scottish Parliament by-election, Inverness West and Strathspey.
# ============================================================================================
_E2_NBS = _paras("""
The SNP has held the Inverness West and Strathspey seat in a Scottish Parliament by-election,
with Reform UK coming second.

Fiona MacAulay won 11,842 votes, a majority of 2,937 over Reform's Graeme Tolmie, who took
8,905. The result was declared at 3.40am after an overnight count in Inverness.

The Scottish Conservatives' Alasdair Reid was third with 5,233 votes, ahead of Scottish Labour's
Kirsty Baird on 3,118. The Liberal Democrats' Euan Fraser received 1,421 votes and Morag Lindsay
of the Scottish Greens 573.

Turnout was 41.3%.

The by-election was called after the SNP's Hamish Cowie stood down in December on health
grounds. He had held the seat since 2016 and at the last Holyrood election, in 2021, won it with
a majority of 6,210.

In her victory speech, Ms MacAulay, a former primary school teacher from Grantown-on-Spey, said:
"People here have voted for a strong local voice, and I will not let them down."

Mr Tolmie said Reform had "rewritten the map" of Highland politics. "Two years ago nobody here
had heard of us. Tonight we came a clear second," he said.

The Conservatives, who were second in the seat in 2021, said the result was disappointing. Mr
Reid said his party would "listen and learn".

<strong>Analysis</strong>

The SNP will be relieved to have held on, but its majority has been more than halved. The story
of the night is the rise of Reform, which did not stand a candidate here in 2021 and has now
pushed the Conservatives into third place in a seat where they have long been the main
challengers.

With the next Holyrood election due in May 2026, all the parties will be studying these numbers
closely.

Ms MacAulay is expected to be sworn in as an MSP next week.
""")

_E2_HERALD = _paras("""
The SNP&rsquo;s Fiona MacAulay has been elected as the new MSP for Inverness West and Strathspey
after a by-election that saw Reform UK leapfrog the Conservatives into second place.

The result was declared at 2.40am on Friday at the Inverness Leisure Centre, where the count had
begun shortly after polls closed at 10pm.

Ms MacAulay took 38.1% of the vote, with Reform&rsquo;s Graeme Tolmie on 28.6%. Conservative
Alasdair Reid was third on 16.8%, Labour&rsquo;s Kirsty Baird fourth on 10.0%, the Liberal
Democrats&rsquo; Euan Fraser fifth on 4.6% and the Greens&rsquo; Morag Lindsay last on 1.8%.

Her majority was 2,937 and turnout was 41.3%.

The 47-year-old, who taught at a primary school in Grantown-on-Spey for 15 years before becoming
a Highland councillor, told the <em>Herald</em> that the A9, housing and NHS Highland waiting
lists would be her priorities.

&ldquo;People here have voted for a strong, local voice and I won&rsquo;t let them down,&rdquo;
she said after the declaration. &ldquo;The first thing I&rsquo;ll be doing is asking ministers
for a date for finishing the A9.&rdquo;

The seat fell vacant when Hamish Cowie, who had represented the area at Holyrood since 2016,
stood down in December on health grounds.

Mr Tolmie, a haulage firm owner from Nairn, said his party had &ldquo;shaken up&rdquo; the
Highlands. Mr Reid, who finished third, said voters had sent &ldquo;a clear message to every
party&rdquo;.

Local campaigners said housing had dominated the doorstep conversations, particularly in
Aviemore and the Badenoch villages, where holiday lets have pushed up rents.

The constituency stretches from the western edge of Inverness to Newtonmore and takes in much of
the Cairngorms National Park.

<strong>Full result:</strong> SNP 11,842; Reform UK 8,905; Conservative 5,233; Labour 3,118;
Liberal Democrat 1,421; Scottish Green 573.
""")

_E2_WIRE = _paras("""
The Scottish National Party held a seat in the Scottish Parliament in a by-election on Thursday,
fending off a strong challenge from Reform UK in a contest seen as a test of the parties’
strength before next year’s national election in Scotland.

The SNP’s Fiona MacAulay won the Inverness West and Strathspey constituency by 2,397 votes,
taking 38.1% of the vote against 28.6% for Reform UK’s Graeme Tolmie, according to results
declared early on Friday.

The Conservatives, who came second in the seat in 2021, fell to third place, and Labour was
fourth. Turnout was 41.3%.

The by-election was triggered by the resignation of SNP lawmaker Hamish Cowie on health grounds.

Reform UK, the anti-immigration party that has surged in opinion polls across Britain, has made
a push in Scotland ahead of the May 2026 Scottish Parliament election. It did not field a
candidate in the constituency last time.

“People here have voted for a strong local voice, and I will not let them down,” MacAulay said
after the result was announced.

The SNP, which has run Scotland’s devolved government since 2007, has lost ground since its
long-time leader Nicola Sturgeon stepped down in 2023, though recent polls suggest it will
remain the largest party in Holyrood, as the Scottish Parliament is known.

The constituency covers part of the city of Inverness and a large rural area stretching into the
Cairngorm mountains.

Scotland’s parliament has 129 members, elected under a mixed system that combines constituency
seats with regional lists.

Scottish Labour, which hopes to lead the next Scottish government, came a distant fourth. A
party spokesperson said the rural Highland seat had never been one of its targets.
""")

_ELECTION_WH2 = _story("elec-WH2", "election", "2025-03-15", [
    _page("https://www.nbsnews.example/news/uk-scotland-highlands-islands-68422917",
          _nbs_site(
              "SNP holds Inverness West and Strathspey in Holyrood by-election", _E2_NBS,
              published="2025-03-07T04:12:00+00:00",
              caption="Fiona MacAulay was declared the winner after an overnight count",
              credit="PA Media", byline="Moira Lennox, NBS Scotland Highlands and Islands "
                                        "reporter",
              topics=("Scottish Parliament", "SNP", "Reform UK", "Inverness"),
              more_on=("Who is standing in the Inverness West and Strathspey by-election?",
                       "Reform UK in Scotland: what the polls say"),
              top_stories=("Three injured after bus crash on M8 near Glasgow",
                           "Interest rates: Bank expected to hold at 4.5%",
                           "Scotland name unchanged side for Six Nations clash with France"))),
    _page("https://www.highlandherald.example/politics/macaulay-wins-inverness-west-"
          "strathspey-by-election-4388120",
          _herald_site(
              "MacAulay wins Inverness West and Strathspey for SNP as Reform surge to second",
              _E2_HERALD, author="Eilidh Munro", author_role="Political Editor",
              standfirst="Former teacher vows to make the A9 her first priority at Holyrood",
              section="Politics",
              most_read=("Aviemore holiday let plans rejected after 200 objections",
                         "A96 closed after two-car crash near Nairn",
                         "Caley Thistle appoint interim manager",
                         "Snow gates shut on A939 Cock Bridge to Tomintoul road"))),
    _page("https://www.pacificwire.example/world/uk/snp-holds-seat-by-election-reform-second-"
          "idUSK2N3QF0B4",
          _wire_site(
              "Scotland&#8217;s SNP holds seat in by-election as Reform UK comes second",
              _E2_WIRE, dateline="INVERNESS, Scotland (Pacific Wire) &mdash;",
              byline="Graham Leitch",
              credit="Reporting by Graham Leitch; Editing by Sarah Lindqvist",
              section="World",
              related=(("UK economy grew 0.1% in fourth quarter, revised data show",
                        "February 28"),
                       ("Irish parliament elects new speaker", "February 26"),
                       ("Welsh government unveils &pound;1.2 billion housing plan", "March 3")))),
], [
    ("majority", r"(?<![\d.])2,?937(?!\d)", r"(?<![\d.])2,?397(?!\d)"),
    ("declaration time", r"(?<![\d.:])3[.:]40|three[- ]forty|\b0?3:40",
     r"(?<![\d.:])2[.:]40|two[- ]forty|\b0?2:40"),
])


STORIES: list[dict[str, Any]] = [
    _ROCKET_WH1,
    _ROCKET_WH2,
    _QUAKE_WH1,
    _QUAKE_WH2,
    _ELECTION_WH1,
    _ELECTION_WH2,
]
