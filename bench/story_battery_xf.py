"""Part XF of the story battery (web pages).

Written by engineer XF1 on 2026-12-06 (nineteenth session, ninth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py XF`.

Six stories told by three or four invented outlets each, every page a whole HTML document in
its outlet's own template with site furniture around the article. Emphasis: trade measures
and their timelines (tariffs before/after, export licences, truces and their end dates,
court rulings on tariffs, deadlines, next rounds), one court ruling on tariffs and one
central-bank decision reacting to tariffs. One story is a control with no planted
disagreement.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "XF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _p(text: str) -> list[str]:
    """Paragraphs of a block separated by blank lines; wrapped lines are re-joined."""
    out = []
    for chunk in text.strip().split("\n\n"):
        out.append(" ".join(line.strip() for line in chunk.strip().splitlines()))
    return out


def _links(items: list[str] | None, base: str) -> str:
    return "\n".join(f'<li><a href="{base}/{4100 + 37 * i}">{h}</a></li>'
                     for i, h in enumerate(items or []))


# --------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, dateline in the lead, JSON-LD date
# (sometimes), an "Updated" line, a related-coverage box.
# --------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], *, dateline: str, byline: str,
               published: str | None = None, updated: str | None = None,
               related: list[str] | None = None, credit: str = "") -> str:
    ld = ""
    if published:
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"NewsArticle","headline":"' + title.replace('"', "'") + '",'
              '"datePublished":"' + published + '","author":{"@type":"Person","name":"'
              + byline + '"},"publisher":{"@type":"Organization","name":"Pacific Wire"}}'
              '</script>')
    upd = f'<div class="pw-updated">{updated}</div>\n' if updated else ""
    body = (f'<p><span class="pw-dateline">{dateline} (Pacific Wire) &#8212;</span> '
            f'{paras[0]}</p>\n' + "\n".join(f"<p>{p}</p>" for p in paras[1:]))
    cred = f'<p class="pw-credit">{credit}</p>\n' if credit else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Pacific Wire</title>
{ld}
</head>
<body class="pw-article">
<a class="skip-link" href="#content">Skip to main content</a>
<header class="pw-header">
<div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
<nav class="pw-nav"><ul>
<li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li>
<li><a href="/legal">Legal</a></li><li><a href="/breakingviews">Analysis</a></li>
</ul></nav>
<div class="pw-account"><a href="/signin">Sign in</a> <a href="/register">Register</a></div>
</header>
<main id="content">
<article class="pw-story">
<h1 class="pw-headline">{title}</h1>
<div class="pw-byline">By {byline}</div>
{upd}<div class="pw-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Copy link</a></div>
<div class="pw-body">
{body}
</div>
{cred}<div class="pw-trust">Our Standards: <a href="/trust">The Pacific Wire Trust
Principles.</a></div>
</article>
<aside class="pw-related">
<h2>Related coverage</h2>
<ul>
{_links(related, "/world")}
</ul>
</aside>
</main>
<footer class="pw-footer">
<p>&copy; 2026 Pacific Wire News Agency. All rights reserved.</p>
<p><a href="/contact">Contact us</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/terms">Terms of use</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 2: The National Courier, a national daily. Div soup, og: metadata, cookie banner,
# soft paywall prompt, photo caption before the lead, "Most read" rail.
# --------------------------------------------------------------------------------------
def _daily_site(title: str, paras: list[str], *, kicker: str, dek: str, byline: str,
                date_text: str | None = None, iso: str | None = None,
                caption: str | None = None, most_read: list[str] | None = None,
                paywall_after: int = 5, factbox: tuple[str, list[str]] | None = None) -> str:
    meta = (f'<meta property="article:published_time" content="{iso}">\n' if iso else "")
    when = f'<span class="dt"> | {date_text}</span>' if date_text else ""
    fig = ""
    if caption:
        fig = ('<div class="lead-media"><div class="img-wrap"><img src="/img/lead.jpg" '
               f'alt=""></div><div class="caption-text">{caption}</div></div>\n')
    parts = []
    for i, para in enumerate(paras):
        parts.append(f'<div class="para-wrap"><p class="body-text">{para}</p></div>')
        if i + 1 == paywall_after:
            parts.append('<div class="paywall-prompt"><div class="pp-inner">You have read 3 of '
                         'your 5 free articles this month. <a href="/subscribe">Subscribe for '
                         '$1 a week</a> to keep reading.</div></div>')
    if factbox:
        items = "".join(f"<li>{x}</li>" for x in factbox[1])
        parts.append(f'<div class="factbox"><div class="fb-title">{factbox[0]}</div>'
                     f"<ul>{items}</ul></div>")
    body = "\n".join(parts)
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The National Courier</title>
<meta property="og:site_name" content="The National Courier">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
{meta}</head>
<body>
<div id="cc-banner" class="cookie-consent">
<div class="cc-text">We and our partners use cookies to keep this site running, measure
traffic and show ads that are relevant to you. You can change your choice at any time.</div>
<div class="cc-buttons"><button class="cc-accept">Accept all</button>
<button class="cc-manage">Manage choices</button></div>
</div>
<div id="page">
<div class="masthead">
<div class="mast-logo"><a href="/">The National Courier</a></div>
<div class="mast-nav">
<a href="/news">News</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a>
<a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/climate">Climate</a>
<a class="btn-sub" href="/subscribe">Subscribe</a> <a href="/login">Log in</a>
</div>
</div>
<div class="main-wrap">
<div class="col-main">
<div class="story-head">
<div class="kicker"><a href="/economy">{kicker}</a></div>
<h1 class="hdl">{title}</h1>
<div class="standfirst">{dek}</div>
<div class="byline-row"><span class="author">By {byline}</span>{when}</div>
<div class="share-row"><a href="#">Share</a> <a href="#">Gift this article</a>
<a href="#">Save</a></div>
</div>
{fig}<div class="story-body">
{body}
</div>
<div class="story-foot">A version of this article appears in print with the headline
shown above. <a href="/corrections">Report an error</a></div>
</div>
<div class="col-rail">
<div class="ad-rail">Advertisement</div>
<div class="most-read"><h3>Most read</h3>
<ol>
{_links(most_read, "/news")}
</ol>
</div>
</div>
</div>
<div class="site-foot">
<div>&copy; 2026 The National Courier Company &middot; 1200 Harbor Avenue, Suite 9,
Baltimore, MD 21230</div>
<div><a href="/help">Help</a> <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of
sale</a> <a href="/careers">Work with us</a></div>
</div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 3: WTCN News 4, a local TV station. Headline in a styled <div>, paragraphs
# separated by <br><br>, weather strip, video caption, trending box.
# --------------------------------------------------------------------------------------
def _tv_site(title: str, paras: list[str], *, byline: str, video: str,
             posted: str | None = None, trending: list[str] | None = None) -> str:
    meta = f'<div class="story-posted">{posted}</div>\n' if posted else ""
    text = "<br><br>\n".join(paras)
    return f"""<html>
<head>
<title>{title} | WTCN News 4</title>
<meta name="description" content="Local news, weather and traffic for the Tri-County area.">
</head>
<body>
<div class="site">
<div class="topbar">
<span class="wx">Ridgefield 61&deg; &nbsp;Partly cloudy</span>
<a href="/live">Watch live</a> | <a href="/weather">Weather</a> | <a href="/traffic">Traffic</a>
| <a href="/closings">Closings</a> | <a href="/contests">Contests</a>
</div>
<div class="alert-bar">LIVE NOW: News 4 at Noon</div>
<div class="logo-row"><a href="/"><span class="logo">WTCN NEWS 4</span></a>
<span class="slogan">Working for the Tri-County</span></div>
<div class="content">
<div class="story-title" style="font-size:30px;font-weight:700;line-height:1.2">{title}</div>
<div class="story-byline">{byline}</div>
{meta}<div class="video-block"><div class="player" data-src="/v/clip.m3u8"></div>
<div class="video-caption">WATCH: {video}</div></div>
<div class="story-text">
{text}
</div>
<div class="share">
<a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a>
<a href="#">Copy link</a>
</div>
<div class="tip">Have a news tip? Email newsroom@wtcn4.example or call 555-0144.</div>
<div class="trending">
<div class="trending-title">Trending now</div>
<ul>
{_links(trending, "/news/local")}
</ul>
</div>
</div>
<div class="footer">Copyright &copy; 2026 Tri-County Broadcasting, Inc. All rights reserved.
| <a href="/eeo">EEO Report</a> | <a href="/publicfile">FCC Public File</a> |
<a href="/captions">Closed Captioning</a></div>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 4: Margin Notes, a WordPress-like finance blog. entry-content, tags, author bio,
# comments count, recent-posts widget, a pull quote.
# --------------------------------------------------------------------------------------
def _blog_site(title: str, paras: list[str], *, author: str, bio: str, post_id: int,
               iso: str | None = None, shown: str | None = None, tags: list[str] | None = None,
               recent: list[str] | None = None, comments: int = 0,
               pullquote: tuple[int, str] | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{iso}" />\n' if iso else ""
    posted = ""
    if iso and shown:
        posted = (f'<span class="posted-on">Posted on <a href="#" rel="bookmark"><time '
                  f'class="entry-date published" datetime="{iso}">{shown}</time></a></span>')
    parts = []
    for i, para in enumerate(paras):
        parts.append(f"<p>{para}</p>")
        if pullquote and i == pullquote[0]:
            parts.append('<figure class="wp-block-pullquote"><blockquote><p>'
                         f"{pullquote[1]}</p></blockquote></figure>")
    body = "\n".join(parts)
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>'
                         for t in (tags or []))
    slug = author.lower().replace(" ", "-")
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Margin Notes</title>
<meta property="og:site_name" content="Margin Notes" />
{meta}<link rel="stylesheet" id="mn-style-css" href="/wp-content/themes/mn/style.css" media="all" />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">Margin Notes</a></p>
<p class="site-description">Markets, macro and the bits in between</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/macro/">Macro</a></li>
<li class="menu-item"><a href="/category/trade/">Trade</a></li>
<li class="menu-item"><a href="/category/rates/">Rates</a></li>
<li class="menu-item"><a href="/about/">About</a></li>
<li class="menu-item"><a href="/support/">Support the blog</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish hentry">
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard"><a
class="url fn n" href="/author/{slug}/">{author}</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul>
<li><a class="share-twitter" href="#">Tweet</a></li>
<li><a class="share-facebook" href="#">Share on Facebook</a></li>
<li><a class="share-link" href="#">Copy link</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/trade/"
rel="category tag">Trade</a></span> <span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{bio}</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} Comments</h2>
<p class="comment-notes">Comments are moderated and may take a few hours to appear.</p></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>
{_links(recent, "/archives")}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Newsletter</h2>
<div class="textwidget"><p>One email every Sunday with the week&#8217;s charts. No spam;
unsubscribe whenever you like.</p><p><input type="email" placeholder="Your email">
<button>Subscribe</button></p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Margin Notes.
Nothing here is investment advice. Built on WordPress.</div></footer>
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 5: NPBC News, a public broadcaster. No date on the page, cookie prompt, share
# buttons, captioned image, optional fact box, "More on this story" and "Related topics".
# --------------------------------------------------------------------------------------
def _pub_site(title: str, paras: list[str], *, byline: str, caption: str | None = None,
              factbox: tuple[str, list[str]] | None = None, more: list[str] | None = None,
              topics: list[str] | None = None, top: list[str] | None = None) -> str:
    fig = ""
    if caption:
        fig = ('<figure class="story-image"><img src="/images/story.jpg" alt="">'
               f"<figcaption>{caption}</figcaption></figure>\n")
    blocks = [f'<div data-component="text-block"><p>{x}</p></div>' for x in paras]
    if factbox:
        items = "".join(f"<li>{x}</li>" for x in factbox[1])
        blocks.insert(len(blocks) // 2 + 1,
                      f'<div class="fact-box" data-component="fact-box"><h2>{factbox[0]}</h2>'
                      f"<ul>{items}</ul></div>")
    body = "\n".join(blocks)
    tps = " ".join(f'<a href="/topics/{t.lower()}">{t}</a>' for t in (topics or []))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NPBC News</title>
<meta name="description" content="{title}. Get the latest from NPBC News.">
</head>
<body>
<div class="consent-prompt">
<p><strong>Cookies on NPBC</strong></p>
<p>NPBC uses essential cookies to make this site work. With your permission we also set
cookies that help us understand how the site is used.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button>
<a href="/cookies">Cookie settings</a>
</div>
<div id="npbc-bar">
<a href="#main-content" class="skip">Skip to content</a>
<span class="npbc-logo">NPBC</span>
<ul class="npbc-nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/radio">Radio</a></li><li><a href="/podcasts">Podcasts</a></li></ul>
</div>
<div class="news-nav"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/tech">Tech</a>
<a href="/news/science">Science</a></div>
<div id="main-content" role="main">
<div class="story-wrapper">
<h1 id="main-heading">{title}</h1>
<div class="byline-block"><span class="contributor">{byline}</span></div>
<div class="share-tools"><button>Share on Facebook</button> <button>Share on X</button>
<button>Copy link</button></div>
{fig}<div class="story-body">
{body}
</div>
<div class="more-on-story"><h2>More on this story</h2><ul>
{_links(more, "/news")}
</ul></div>
<div class="related-topics"><h2>Related topics</h2>{tps}</div>
</div>
<section class="top-stories"><h2>Top stories</h2><ul>
{_links(top, "/news/live")}
</ul></section>
</div>
<footer class="npbc-foot"><p>Copyright &copy; 2026 National Public Broadcasting Corporation.
We are not responsible for the content of sites we link to.</p>
<p><a href="/terms">Terms of use</a> <a href="/about">About NPBC</a> <a href="/privacy">Privacy
policy</a> <a href="/contact">Contact NPBC</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Outlet 6: Lakeside Herald, a regional paper with heavy ads. Visible "Posted" line only,
# ad slots between paragraphs, an inline "Read more" link, newsletter box, comments teaser.
# --------------------------------------------------------------------------------------
def _regional_site(title: str, paras: list[str], *, byline: str, posted: str | None = None,
                   read_more: str | None = None, caption: str | None = None,
                   popular: list[str] | None = None, comments: int = 0,
                   note: str | None = None) -> str:
    parts = []
    for i, para in enumerate(paras):
        parts.append(f'<p class="story-p">{para}</p>')
        if i == 2 and read_more:
            parts.append('<p class="read-more"><strong>Read more:</strong> '
                         f'<a href="/news/local/{len(title) * 13}">{read_more}</a></p>')
        if i % 3 == 1 and i < len(paras) - 1:
            parts.append('<div class="ad-inline"><span class="ad-label">ADVERTISEMENT</span>'
                         f'<div class="ad-box" data-slot="inline-{i}"></div></div>')
    if note:
        parts.append(f'<p class="correction"><em>{note}</em></p>')
    body = "\n".join(parts)
    when = f'<div class="posted">{posted}</div>\n' if posted else ""
    fig = (f'<div class="photo"><img src="/photos/a.jpg" alt=""><div class="cutline">{caption}'
           "</div></div>\n") if caption else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | Lakeside Herald</title>
</head>
<body>
<div class="ad-leaderboard"><span class="ad-label">Advertisement</span>
<div class="ad-frame" data-slot="top-728x90"></div></div>
<div class="hdr">
<div class="hdr-logo"><a href="/">Lakeside Herald</a></div>
<div class="hdr-links"><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a>
| <a href="/obits">Obituaries</a> | <a href="/classifieds">Classifieds</a> | Weather: 47&deg;</div>
</div>
<div class="menu"><a href="/news">News</a> <a href="/local">Local</a> <a href="/business">
Business</a> <a href="/ag">Agriculture</a> <a href="/sports">Sports</a> <a href="/opinion">
Opinion</a> <a href="/notices">Public notices</a></div>
<div class="wrapper">
<div class="story">
<div class="hed"><b>{title}</b></div>
<div class="byline">{byline}</div>
{when}{fig}<div class="storytext">
{body}
</div>
<div class="nl-box"><b>Herald Headlines</b><br>The day&#8217;s top local stories in your inbox
every morning at 6.<br><input type="email" placeholder="Email address"> <button>Sign up</button>
</div>
<div class="comments-teaser"><a href="#comments">View comments ({comments})</a></div>
</div>
<div class="sidebar">
<div class="ad-box" data-slot="side-300x250"><span class="ad-label">Advertisement</span></div>
<div class="popular"><b>Most popular</b><ul>
{_links(popular, "/news/local")}
</ul></div>
<div class="ad-box" data-slot="side-300x600"><span class="ad-label">Advertisement</span></div>
</div>
</div>
<div class="ad-sticky-footer"><span class="ad-label">Advertisement</span></div>
<div class="foot">Lakeside Herald &middot; 410 Commerce Street, Lakeside, IA 51360 &middot;
(712) 555-0190<br>&copy; 2026 Lakeside Media Group. All rights reserved. <a href="/terms">Terms
</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact the newsroom</a></div>
</body>
</html>
"""


# Regex helpers for planted values (matched on the lower-cased value string).
def _pct(n: str) -> str:
    return rf"(?<![\d.]){n}(\.0+)? ?(%|percent|per cent|pct)"


STORIES: list[dict[str, Any]] = []

# --------------------------------------------------------------------------------------
# trade-XF1: the Lisbon round extends the tariff truce (talks 10-11 March 2026).
# --------------------------------------------------------------------------------------
_XF1_WIRE = _p("""
The United States and China agreed on Wednesday, March 11, to extend their tariff truce by
another 90 days, keeping in place the reduced duties both sides have charged since last year
while negotiators try to settle disputes over export controls and farm purchases.

The truce had been due to lapse on Saturday, March 14. Under the extension it now runs until
June 12, according to a joint statement released at about 6 p.m. local time (1800 GMT) after
two days of talks in the Portuguese capital.

The talks opened on Tuesday, March 10. The second and final day ran for nearly 11 hours, with
negotiators breaking only briefly for lunch, two people familiar with the discussions said.

Treasury Secretary Paul Whitaker led the U.S. side, joined by U.S. Trade Representative Karen
Ostrowski. Vice Premier Gao Ruiming headed China&#8217;s delegation, accompanied by Commerce
Minister Tang Weidong.

&#8220;We have bought ourselves time to do the hard part,&#8221; Whitaker told reporters
outside the venue. &#8220;Nobody should confuse an extension with a deal.&#8221;

China&#8217;s official Xinhua news agency described the consultations as &#8220;candid,
in-depth and constructive&#8221; and said the two sides would stay in close contact.

Washington will keep charging a 30% additional tariff on most Chinese imports, while Beijing
will keep its 10% levy on American goods. Both are far below the peaks of 145% and 125% reached
in the spring of 2025, before the first truce.

Beijing also agreed to speed up approvals for exports of rare-earth magnets, a sore point for
U.S. carmakers and defence contractors, the statement said. It gave no figures.

The next round is expected in Washington in May, though no date has been set.

U.S. stock futures edged higher after the announcement, which came at 2 p.m. in Washington. In
Beijing it was already 2 a.m. on Thursday, March 12.
""")

_XF1_DAILY = _p("""
After two days of closed-door meetings in Lisbon on March 10 and 11, American and Chinese
negotiators did the one thing almost everyone expected them to do: they pushed back the
deadline.

The tariff truce that has held since last May, and that was set to expire this Saturday, will
now run until June 12. Neither side&#8217;s tariffs will change in the meantime.

That means an extra 30 percent on most goods shipped from China to the United States and an
extra 10 percent on American goods entering China &#8212; rates that importers have learned to
live with, if not to like.

The American team was led by Treasury Secretary Paul Whitaker; Beijing sent Vice Premier Gao
Ruiming, its most senior economic negotiator. Trade Representative Karen Ostrowski and the
Chinese commerce minister, Tang Weidong, also took part.

&#8220;We&#8217;ve bought time to do the harder work,&#8221; Mr. Whitaker said on Wednesday
evening, in a brief appearance after the joint statement was released.

The harder work is plentiful. Washington wants China to loosen the controls on rare-earth
magnets that it tightened in 2025 and that at times stalled car plants in Michigan and Ohio.
Beijing wants the United States to roll back limits on sales of advanced chips and
chipmaking machines.

On magnets, the statement promised <em>faster licence approvals</em>. On chips, it said
nothing at all.

&#8220;An extension is the cheapest thing either side can offer,&#8221; said Lydia Brandt, a
former trade negotiator now at the Carrow Institute in Washington. &#8220;It costs nothing and
it keeps the markets quiet.&#8221;

Markets were indeed quiet. The yuan was little changed on Thursday morning in Shanghai, and
soybean futures in Chicago barely moved.

Officials said the next round would take place in Washington in May. Farm groups, which have
watched Chinese orders for American soybeans recover only slowly, will be paying attention.
""")

_XF1_BLOG = _p("""
If you run an import business, the headline from Lisbon is simple: nothing changes on your
invoices for another three months.

Negotiators wrapped up two days of talks in Portugal&#8217;s capital on Wednesday with an
agreement to extend the tariff truce. The extended truce now runs until <strong>June
9</strong>, which gives both sides the spring to work on the issues they could not settle this
week.

Some context for newer readers. The truce dates from last May, when the two governments
stepped back from triple-digit tariffs &#8212; 145% on the US side, 125% on the Chinese side
&#8212; and settled on 30% and 10% respectively. Those are still the rates today.

The talks themselves began on Tuesday. Wednesday&#8217;s session ran for about seven hours,
which tells you there was real bargaining going on and not just a photo opportunity.

Three things I&#8217;m watching:

<em>Rare earths.</em> Beijing has promised faster licences for magnet exports. In 2025 the
licensing queue stretched to months for some buyers. If approvals really do speed up, that is
the most tangible gain for US manufacturers.

<em>Chips.</em> There was nothing in the statement about US export controls on semiconductors,
and that silence is telling. See our <a href="/2026/02/chip-rules-primer/">primer on the chip
rules</a> if you need a refresher.

<em>Soybeans.</em> Purchases have picked up, but they remain well below the levels of the
early 2020s.

Treasury Secretary Paul Whitaker struck a cautious note, telling reporters the two sides had
&#8220;bought ourselves time to do the hard part.&#8221; Vice Premier Gao Ruiming, who led the
Chinese team, was quoted by state media as calling the talks constructive.

My read: the truce is turning into a standing arrangement rather than a temporary pause.
That&#8217;s good for planning and bad for anyone hoping for a grand bargain before summer.
""")

_XF1_REGIONAL = _p("""
Area soybean growers and parts makers got a reprieve this week as the United States and China
agreed to extend a truce that has kept tariffs between the two countries well below their
peak.

The talks, which opened Monday in Lisbon, Portugal, ended Wednesday with a 90-day extension.
Without it the truce would have expired this weekend and tariffs could have climbed again.

&#8220;We&#8217;ve been holding our breath since Christmas,&#8221; said Tom Reinholt, who farms
1,800 acres of corn and soybeans near Millbrook. &#8220;Ninety more days isn&#8217;t a long
time, but it beats the alternative.&#8221;

Negotiators talked for nearly 11 hours on Wednesday alone, according to people briefed on the
meetings, before settling on the extension.

The U.S. team was led by Treasury Secretary Paul Whitaker. China was represented by Vice
Premier Gao Ruiming.

At Reed Fastener Co., which employs about 240 people in Lakeside and buys steel wire from
Chinese mills, chief executive Maria Okafor said the extension lets the company set its prices
for the summer.

&#8220;The 30 percent tariff is painful, but it&#8217;s predictable,&#8221; Okafor said.
&#8220;What kills a small manufacturer is not knowing.&#8221;

China&#8217;s 10 percent tariff on U.S. goods also stays in place, which matters for the
region&#8217;s grain elevators. Bids at the Lakeside Farmers Co-op were steady Thursday.

Federal officials said another round of talks is planned for May in Washington.

Lakeside County shipped an estimated $310 million worth of soybeans last year, according to the
Iowa Soybean Growers Council, though much of it went through Gulf ports to buyers other than
China.

Okafor said Reed Fastener had put off hiring two machinists until the outcome of the talks was
known. &#8220;Now we can go ahead,&#8221; she said.
""")

STORIES.append(_story("trade-XF1", "trade", "2026-03-20", [
    _page("https://www.pacificwire.example/world/china/us-china-extend-truce-lisbon-2026-03-11",
          _wire_site("US and China extend tariff truce by 90 days after Lisbon talks", _XF1_WIRE,
                     dateline="LISBON", byline="Ana Ferreira and Zhou Lan",
                     updated="Updated 20:15 GMT",
                     credit="(Reporting by Ana Ferreira in Lisbon and Zhou Lan in Beijing; "
                            "editing by Mark Dillon)",
                     related=["Bank of Japan holds rates at 0.75%, flags spring wage talks",
                              "Magnitude 6.2 quake strikes off northern Chile; no tsunami "
                              "threat",
                              "EU and Japan agree to cap steel imports at 2024 levels",
                              "Mexico's central bank cuts rate to 6.75%, signals pause"])),
    _page("https://www.nationalcourier.example/economy/2026/03/12/lisbon-talks-truce-extended",
          _daily_site("Lisbon talks buy three more months of calm in US-China trade fight",
                      _XF1_DAILY, kicker="Trade",
                      dek="Negotiators extended the truce to June 12, but the harder questions "
                          "on chips and rare earths remain open.",
                      byline="Helen Ortiz", date_text="March 12, 2026",
                      iso="2026-03-12T05:30:00Z",
                      caption="Treasury Secretary Paul Whitaker speaks to reporters in Lisbon. "
                              "Photo: Courier staff",
                      most_read=["Fed&#8217;s Harlow says two more cuts this year are "
                                 "&#8216;plausible&#8217;",
                                 "Rents in the 40 largest metros fell 1.2% in February",
                                 "Preview: U.S.-China talks set to open in Lisbon on Tuesday",
                                 "Storm knocks out power to 310,000 homes in the Carolinas"],
                      paywall_after=6)),
    _page("https://marginnotes.example/2026/03/12/lisbon-extension-importers/",
          _blog_site("The Lisbon extension: what it does and doesn&#8217;t change for importers",
                     _XF1_BLOG, author="Derek Lomax", post_id=4821,
                     bio="Derek spent 14 years in customs brokerage before starting this blog "
                         "in 2019. He writes about trade, freight and the cost of moving "
                         "things.",
                     iso="2026-03-12T14:10:00+00:00", shown="March 12, 2026",
                     tags=["China", "tariffs", "trade policy", "rare earths"],
                     recent=["Why the 10-year yield jumped 18 basis points in a week",
                             "Copper at $11,200 a tonne: what is behind the rally",
                             "Retailers warn on freight costs as Q4 earnings wrap up"],
                     comments=14)),
    _page("https://www.lakesideherald.example/business/area-farmers-relieved-truce-extended",
          _regional_site("Area farmers, manufacturers relieved as U.S.-China truce extended",
                         _XF1_REGIONAL, byline="By Carla Jennings | Herald business writer",
                         posted="Posted Mar 12, 2026",
                         read_more="County board approves $4.6 million for Route 12 bridge "
                                   "repairs",
                         popular=["Lakeside girls advance to state semifinal, 58-51",
                                  "Fire destroys machine shed east of Millbrook",
                                  "City council delays vote on 3% water rate increase"],
                         comments=9)),
], [
    ("date", r"monday|march 9\b|9 march|2026-03-09|mar\.? 9\b",
     r"tuesday|march 10|10 march|2026-03-10|mar\.? 10"),
    ("deadline", r"june 12|12 june|2026-06-12|jun\.? 12",
     r"june 9\b|9 june|2026-06-09|jun\.? 9\b"),
    ("duration", r"\b11 ?(hours?|hrs?|h\b)|eleven hours|660 ?min",
     r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven hours|420 ?min"),
]))

# --------------------------------------------------------------------------------------
# trade-XF2: Commerce revokes export licences for chip sales to China (9 April 2026).
# --------------------------------------------------------------------------------------
_XF2_WIRE = _p("""
The U.S. Commerce Department on Thursday revoked 38 export licences that had allowed American
companies to ship advanced artificial-intelligence chips and chipmaking equipment to customers
in China, saying the buyers had not honoured the conditions attached to them.

The revocations take effect in 30 days, on May 9, giving the four companies that held the
licences time to wind down shipments, the department&#8217;s Bureau of Industry and Security
said in a notice published at 4:30 p.m. (2030 GMT).

&#8220;These licences were granted on assurances that have not been kept,&#8221; Rachel Moody,
the under secretary of commerce for industry and security, said in a statement. &#8220;We will
not look the other way.&#8221;

The department did not name the companies. Shipments made under the licences were worth about
$4.2 billion last year, according to a person familiar with the matter.

Shares of Helix Semiconductor, which has said a large part of its data-centre sales go to
Chinese cloud providers, fell 3.1% in after-hours trading.

China&#8217;s commerce ministry said early on Friday that it &#8220;firmly opposes&#8221; the
decision. &#8220;Washington is turning trade into a weapon,&#8221; ministry spokeswoman Lin
Qiaoyu said in a statement posted online, adding that China would take &#8220;necessary
measures&#8221; to protect its companies.

The move comes less than a month after the two countries extended their tariff truce in
Lisbon, and it risks souring the mood ahead of another round of talks planned for May.

Export controls were not covered by the truce. Washington has repeatedly said that
national-security restrictions on technology are not up for negotiation, while Beijing has
pressed for them to be eased.

Industry groups said they were studying the notice. &#8220;Abrupt revocations make it very hard
for American firms to be reliable suppliers anywhere,&#8221; said Greg Tanaka, a vice president
at the Semiconductor Trade Council.
""")

_XF2_DAILY = _p("""
The Commerce Department has revoked export licences for sales of advanced chips and
chipmaking tools to China, the most pointed use yet of a power Washington has mostly held in
reserve.

In all, 38 licences held by four American companies were cancelled on Thursday afternoon. The
companies have 30 days to stop shipping.

Officials at the Bureau of Industry and Security, the Commerce agency that polices technology
exports, said Chinese customers had broken promises about how the chips would be used,
including pledges not to pass them on to military research institutes.

&#8220;We will not look the other way,&#8221; said Rachel Moody, the under secretary who runs
the bureau.

Licensed sales to the affected buyers came to roughly $4.2 billion in 2025, a small slice of the
industry&#8217;s global revenue but a large one for some suppliers.

Helix Semiconductor, a Santa Clara, Calif., designer of data-centre chips, is widely thought to
be among them. Its shares fell about 3 percent in late trading; the company declined to
comment.

Beijing&#8217;s response was swift. In a statement posted before dawn on Friday, China&#8217;s
commerce ministry said it firmly opposed the move and would take &#8220;necessary
measures.&#8221; Its spokeswoman, Lin Qiaoyu, accused Washington of &#8220;turning trade into a
weapon.&#8221;

The timing is awkward. Negotiators from the two countries are due to meet again in May, under
a tariff truce that was extended in March.

&#8220;This tells you the truce is about tariffs and only about tariffs,&#8221; said Owen
Pryce, who advises chip companies on export rules at a Washington law firm. &#8220;Technology
runs on a separate track, and that track keeps getting narrower.&#8221;

Mr. Pryce said companies holding other China licences would now be reviewing every condition
attached to them. &#8220;Nobody wants to be next,&#8221; he said.
""")

_XF2_PUB = _p("""
The United States has cancelled 34 licences that allowed American firms to export advanced
computer chips, and the machines used to make them, to China.

The Commerce Department said the Chinese buyers had broken the conditions under which the
licences were granted. The cancellations take effect in 30 days.

Rachel Moody, who oversees export controls as under secretary for industry and security, said
the licences had been granted &#8220;on assurances that have not been kept&#8221;.

Four US companies held the licences. The department has not named them.

Advanced chips have become one of the main battlegrounds between Washington and Beijing. They
power the artificial intelligence systems that both governments regard as vital to their
economies and their armed forces.

The United States first restricted sales of the most powerful AI chips to China in 2022 and
has widened the rules several times since. Until now, though, it had rarely taken back licences
it had already issued.

China&#8217;s commerce ministry said it firmly opposed the decision and would take necessary
measures to defend the rights of Chinese companies.

Analysts said Beijing could respond by tightening its own controls on rare earths and other
minerals used in electronics, as it did in 2025.

Trade specialists said the step was unusual. &#8220;Revoking licences in mid-stream is rare, and
it makes every other licence look less secure,&#8221; said Ines Halvorsen of the Nordic Centre
for Trade Studies.

The decision comes weeks after the two countries agreed to extend a truce on tariffs. More talks
are planned for May.
""")

_XF2_TV = _p("""
Federal officials on Thursday cancelled dozens of licences that let American companies sell
high-end computer chips and chipmaking equipment to China, a move that could ripple through
the Tri-County area&#8217;s growing semiconductor industry.

The Commerce Department said the licences &#8212; 38 in all &#8212; were revoked because
Chinese buyers broke the rules attached to them.

Four companies held the licences. Officials would not name them, but Helix Semiconductor, which
runs a test and packaging plant in Ridgefield employing about 600 people, said it was
&#8220;reviewing the notice.&#8221;

&#8220;We&#8217;re proud of our people in Ridgefield and nothing about today changes
that,&#8221; a Helix spokesperson told News 4 in an email.

Workers leaving the plant Thursday evening said they had heard little. &#8220;You find out on
the news like everybody else,&#8221; said one technician, who asked not to be named.

China reacted angrily. &#8220;Washington is turning trade into a weapon,&#8221; foreign ministry
spokesman Guo Ming said, warning that China would protect its companies.

The revocations take effect in 30 days. Sales under the cancelled licences added up to about
$4.2 billion last year, according to industry estimates.

State Sen. Diane Kowalski, whose district includes Ridgefield, said she has asked the company
and the Commerce Department for a briefing. &#8220;I want to know what this means for those 600
jobs,&#8221; she said.

News 4 reached out to the Commerce Department for more details and had not heard back by air
time. We will update this story as we learn more.

Helix opened the Ridgefield plant in 2019 with help from a $12 million state grant and expanded
it two years ago.
""")

STORIES.append(_story("trade-XF2", "trade", "2026-04-11", [
    _page("https://www.pacificwire.example/technology/us-revokes-chip-licences-china-7731",
          _wire_site("US revokes dozens of chip export licences for China, citing broken "
                     "assurances", _XF2_WIRE, dateline="WASHINGTON", byline="Lena Park",
                     credit="(Reporting by Lena Park; additional reporting by Zhou Lan in "
                            "Beijing; editing by Mark Dillon)",
                     related=["Netherlands tightens rules on chip-tool servicing in China",
                              "Taiwan&#8217;s March exports jump 21% on AI server demand",
                              "Japan&#8217;s chip-equipment sales to China fell 12% in 2025"])),
    _page("https://www.nationalcourier.example/tech/2026/04/10/commerce-pulls-ai-chip-licences",
          _daily_site("Commerce pulls licences for AI chip sales to China", _XF2_DAILY,
                      kicker="Technology",
                      dek="The 38 revocations hit four U.S. suppliers and billions in sales. "
                          "Beijing vows a response.",
                      byline="Marcus Feld", date_text="April 10, 2026",
                      iso="2026-04-10T10:00:00Z",
                      most_read=["Mortgage rates fall to 5.9%, lowest since 2022",
                                 "Magnitude 5.4 quake rattles central Italy, damaging churches",
                                 "Lisbon talks buy three more months of calm in US-China trade "
                                 "fight",
                                 "Opinion: The Senate&#8217;s farm bill is 800 pages of "
                                 "nothing"],
                      paywall_after=4)),
    _page("https://www.npbc.example/news/business-70224518",
          _pub_site("US cancels chip export licences for Chinese buyers", _XF2_PUB,
                    byline="By Sarah Whitfield, Technology correspondent",
                    caption="File photo: a wafer inspection line at a US chip plant",
                    more=["What are export controls and how do they work?",
                          "China curbs gallium and germanium exports (2023)"],
                    topics=["China", "Semiconductors", "US trade"],
                    top=["Flooding forces 4,000 from homes in northern England",
                         "Peru&#8217;s election heads to a run-off on 7 June"])),
    _page("https://www.wtcn4.example/news/local/helix-ridgefield-china-chip-licences",
          _tv_site("Local chip jobs in question after feds revoke China export licences",
                   _XF2_TV, byline="By Jenna Ruiz, News 4 reporter",
                   video="Ridgefield workers react to chip licence news",
                   trending=["Ridgefield police identify driver in Route 9 crash",
                             "Forecast: 2 to 4 inches of rain expected this weekend",
                             "Tri-County schools add 3 snow days back to calendar"])),
], [
    ("count", r"(?<![\d.])38(?![\d.])|thirty-eight", r"(?<![\d.])34(?![\d.])|thirty-four"),
    ("speaker", r"\blin\b|qiaoyu|commerce ministry", r"\bguo\b|foreign ministry"),
]))

# --------------------------------------------------------------------------------------
# trade-XF3 (control): China cuts its extra tariff on US soybeans (announced 8 May 2026).
# Traps only: tonnes/bushels, cents/percent, zones, two names for one body, an update.
# --------------------------------------------------------------------------------------
_XF3_WIRE = _p("""
China will cut its additional tariff on U.S. soybeans to 3% from 13% starting May 15 and will
let three American meat plants resume shipments, the State Council Tariff Commission said on
Friday, following through on promises made at trade talks in Lisbon in March.

The commission announced the cut of 10 percentage points at 5 p.m. in Beijing (0900 GMT) on
Friday, May 8, in a short notice that said the step would &#8220;implement the consensus
reached by the two heads of delegation.&#8221;

State buyers moved quickly. COFCO and Sinograin booked at least 12 cargoes of U.S. soybeans for
shipment from Gulf and Pacific Northwest ports over the summer, traders said, up from the eight
cargoes reported earlier in the day. Twelve cargoes would amount to roughly 720,000 metric tons.

Chicago soybean futures for July delivery rose 1.8% to $11.42 a bushel, their highest in more
than two months.

The customs administration said separately that three U.S. pork and beef plants whose export
registrations had lapsed last year would be restored to its approved list.

&#8220;This is a good day for American farmers,&#8221; U.S. Agriculture Secretary Helen Marsh
said in a statement. &#8220;We will keep pressing for more.&#8221;

The tariff cut does not touch the broader 10% duty China charges on most U.S. goods under the
truce that was extended in Lisbon until June 12.

China bought nearly 27 million tons of U.S. soybeans in 2024, but purchases fell sharply in
2025 as tariffs rose and buyers turned to Brazil.
""")

_XF3_REGIONAL = _p("""
China announced shortly after 4 a.m. Central time Friday that it will cut its extra tariff on
U.S. soybeans from 13 percent to 3 percent, news that had phones ringing at grain elevators
across the county before sunrise.

The cut takes effect next Friday, May 15, according to the announcement from the Chinese
cabinet&#8217;s tariff commission.

By 6 a.m., traders said Chinese state buyers had booked at least eight cargoes of U.S.
soybeans, and soybean futures were higher in overnight trading.

&#8220;It&#8217;s a good day for farmers in America,&#8221; Agriculture Secretary Helen Marsh
said in a statement released early Friday.

For Lakeside-area growers, the news comes as many are finishing planting. Gary Lindqvist, who
farms 2,400 acres near Hartwell, said he had held back about a third of last year&#8217;s crop
in bins hoping for better prices.

&#8220;Now maybe I sell some of it,&#8221; Lindqvist said. &#8220;We&#8217;ve been waiting a
long time for China to come back.&#8221;

China also said it would allow three U.S. meat plants to resume exports, though none are in
the Herald&#8217;s coverage area.

The Iowa Soybean Growers Council called the tariff cut &#8220;a start,&#8221; noting that
Chinese buyers still face a 3 percent extra duty on U.S. beans that Brazilian beans do not.


Lindqvist said even a 3 percent duty leaves U.S. beans at a small disadvantage, but Chinese
crushers value the protein content of Iowa soybeans. &#8220;They like our numbers,&#8221; he
said.

The Herald will have more on local reaction, including bids at area elevators, in Saturday&#8217;s
edition.

This story will be updated.
""")

_XF3_BLOG = _p("""
Friday&#8217;s soybean news out of Beijing was the first concrete farm concession China has
made since the Lisbon round in March, and the market treated it that way.

Here is what happened. The Customs Tariff Commission of the State Council said the extra duty
it charges on US soybeans will drop to 3% from 13% from May 15. That&#8217;s a ten-point cut,
announced at 5 p.m. Beijing time, which was 5 a.m. in New York.

By the end of the day state buyers had booked a dozen cargoes, according to traders. That is
roughly 720,000 metric tons, or about 26 million bushels. Not huge, but not nothing either.

July soybeans in Chicago closed up about 20 cents at $11.42.

Why does a 3% duty still matter? Because Brazil&#8217;s beans pay none of it, and the spread
between US Gulf and Brazilian cargoes is often only a few dollars a ton. Three percent on an
$11 bean is about 33 cents a bushel.

Two caveats. First, the broader 10% tariff China charges on most US goods is untouched; that
sits inside the truce, which the Lisbon round extended to June 12. Second, China&#8217;s
purchase commitments from 2020 were never fully met, so I&#8217;d wait for shipments, not
bookings, before calling this a turning point.

One more detail that got less attention: China restored three US meat plants to its list of
approved exporters.

Agriculture Secretary Helen Marsh called it &#8220;a good day for American farmers.&#8221;
Fair enough. The harvest-season numbers will tell us whether it was a good year.
""")

_XF3_PUB = _p("""
China is to cut its extra tariff on American soybeans from 13% to 3%, in the clearest sign yet
that a trade truce between Beijing and Washington is bringing practical results.

The cut, announced by the tariff commission of China&#8217;s State Council, takes effect on
15 May.

China also said three US meat-processing plants would be allowed to resume exports to the
country.

Soybeans are the largest US farm export to China. They are used mainly for animal feed, and
China&#8217;s huge pig industry makes it the world&#8217;s biggest buyer.

Sales collapsed in 2025 as the two countries raised tariffs on each other&#8217;s goods, and
Chinese buyers turned to Brazil and Argentina instead.

The US and China agreed in Lisbon in March to extend a truce that keeps tariffs well below
their 2025 peaks. The soybean cut had been expected since then.

US Agriculture Secretary Helen Marsh welcomed the move, calling it &#8220;a good day for
American farmers&#8221;.

Farm groups in the US Midwest were more cautious. &#8220;We&#8217;ve seen announcements before.
What matters is ships leaving port,&#8221; said Ruth Adeyemi of the Plains Grain Exporters
Association.

Analysts say the cut could make US soybeans competitive with Brazilian supplies again for
shipments later in the year, when Brazil&#8217;s harvest has largely been sold.

For most of the past two decades, China bought more American soybeans than any other country.
Farm trade has often been the first thing to suffer, and the first to recover, when relations
between the two powers shift.

Weekly US export sales data, due next week, is expected to show how much of the new buying has
turned into firm orders.
""")

STORIES.append(_story("trade-XF3", "trade", "2026-05-12", [
    _page("https://www.pacificwire.example/markets/commodities/china-soy-tariff-cut-8840",
          _wire_site("China cuts extra tariff on US soybeans to 3%, state buyers book cargoes",
                     _XF3_WIRE, dateline="BEIJING/CHICAGO", byline="Zhou Lan and Tom Becker",
                     published="2026-05-08T09:40:00Z",
                     updated="Updated May 8, 2026 14:20 GMT",
                     related=["Brazil soy exports hit record 16.1 million tons in April",
                              "Argentina cuts soybean export tax to 24%",
                              "Wheat falls 2% as Black Sea harvest outlook improves"])),
    _page("https://www.lakesideherald.example/ag/china-soybean-tariff-cut-farmers-react",
          _regional_site("China to cut soybean tariff; local growers see long-awaited opening",
                         _XF3_REGIONAL, byline="By Mike Halvorsen | Herald farm editor",
                         posted="Posted May 8, 2026 6:05 AM CDT",
                         caption="Soybeans are loaded at the Lakeside Farmers Co-op elevator. "
                                 "(Herald file photo)",
                         read_more="Planting at 61% complete statewide, ahead of five-year "
                                   "average",
                         popular=["Hartwell man charged after 2-vehicle crash on Highway 71",
                                  "Lakeside boys golf wins conference title by 9 strokes",
                                  "Obituary: Dorothy Mae Kessler, 91"],
                         comments=22)),
    _page("https://marginnotes.example/2026/05/09/china-soybean-tariff-cut/",
          _blog_site("China trims the soybean tariff: a real concession, with caveats",
                     _XF3_BLOG, author="Priya Nandakumar", post_id=4977,
                     iso="2026-05-09T13:05:00+00:00", shown="May 9, 2026",
                     bio="Priya covers agricultural commodities and emerging markets. She "
                         "previously worked on a grain desk in Minneapolis.",
                     tags=["soybeans", "China", "commodities"],
                     recent=["Fed minutes: three officials wanted a bigger cut",
                             "Freight rates from Shanghai to LA drop 9% in a month",
                             "Why gold keeps hitting records at $3,900"],
                     comments=31,
                     pullquote=(4, "Three percent on an $11 bean is about 33 cents a "
                                   "bushel."))),
    _page("https://www.npbc.example/news/business-70391102",
          _pub_site("China cuts tariff on US soybeans as trade truce holds", _XF3_PUB,
                    byline="By Daniel Okonkwo, Business reporter",
                    caption="Courtesy US Soybean Export Council: a soybean field in Illinois",
                    factbox=("Soybeans and China", [
                        "China is the world&#8217;s largest soybean importer",
                        "Brazil is its biggest supplier",
                        "The extra tariff on US soybeans falls from 13% to 3%"]),
                    more=["US and China extend tariff truce after Lisbon talks",
                          "Why soybeans matter in the trade war"],
                    topics=["China", "Agriculture", "US trade"],
                    top=["Bank of England holds rates at 3.5%",
                         "Magnitude 6.0 earthquake hits southern Peru"])),
], []))

# --------------------------------------------------------------------------------------
# trade-XF4: US doubles the tariff on Chinese lithium-ion batteries; Beijing retaliates
# (announced 29 July 2026).
# --------------------------------------------------------------------------------------
_XF4_DAILY = _p("""
The Trump administration on Wednesday doubled the tariff on lithium-ion batteries made in
China, raising it to 50 percent from 25 percent and opening a new front in a trade fight that
both governments had spent most of the year trying to contain.

The higher rate takes effect on Aug. 14 and applies to batteries for electric vehicles as well
as the large packs used to store power on the electric grid, the Office of the United States
Trade Representative said. Imports covered by the order were worth $18.7 billion last year.

&#8220;Chinese overcapacity in batteries is a threat we cannot ignore,&#8221; Trade
Representative Karen Ostrowski said in announcing the decision at 11 a.m. in Washington, which
was 11 p.m. in Beijing.

The 25 percent rate has been in force since January. Ms. Ostrowski said a review under Section
301 of the Trade Act had found that Chinese subsidies had pushed battery prices below the cost
of production.

China answered on Thursday. Its commerce ministry imposed export controls on technology used to
make graphite anodes, effective immediately, and added six American companies to its
&#8220;unreliable entity&#8221; list, which can bar them from doing business in China.

The measures do not formally break the truce on across-the-board tariffs, which covers the
broad duties both sides charge on each other&#8217;s goods but not tariffs aimed at single
industries.

Still, they complicate the next round of talks, which officials on both sides said would be
held in Kuala Lumpur in September.

Utilities and developers of grid storage projects, which rely heavily on Chinese cells, warned
that the tariff would raise costs. &#8220;There is no domestic supply at this scale for at
least three years,&#8221; said Nadia Brooks of the American Grid Storage Alliance.

Carmakers were more muted. Most electric vehicles sold in the United States already use
batteries made in North America, South Korea or Japan.
""")

_XF4_TV = _p("""
A Ridgefield company that builds home battery systems says a new federal tariff could force it
to raise prices by hundreds of dollars per unit.

The Trump administration announced on Wednesday, July 29, that it will double the tariff on
lithium-ion batteries from China to 50 percent. The current rate is 25 percent.

Voltaic Storage, which employs about 180 people at its plant off Industrial Parkway, buys nearly
all of its battery cells from Chinese suppliers.

&#8220;We knew this might be coming, but doubling it overnight is tough,&#8221; said Voltaic
chief operating officer Brian Castellano. &#8220;A system that sells for $9,000 today could
cost $10,000 or more by the fall.&#8221;

Castellano said the company had stocked up on cells this spring and will not need to raise
prices right away.

The new tariff takes effect August 14.

China fired back with restrictions of its own, limiting exports of technology used to make
battery parts and putting several American firms on a blacklist.

Negotiators from the two countries are scheduled to meet again in Singapore in September.

Homeowners who already have solar panels and batteries installed will not be affected.
Castellano said customers with pending orders will pay the price they were quoted.

News 4 asked Voltaic whether any jobs are at risk. Castellano said the company has no plans
for layoffs.

Voltaic opened in Ridgefield in 2021 and added a second production line last year. Castellano
said the company is talking to cell makers in South Korea, but switching suppliers would take at
least a year.
""")

_XF4_PUB = _p("""
The United States is raising its tariff on Chinese lithium-ion batteries to 45%, prompting
Beijing to retaliate with new export restrictions and sanctions on US firms.

The higher duty, announced in Washington on 29 July, takes effect on 14 August. It covers
batteries for electric cars and for storing electricity on power grids.

US Trade Representative Karen Ostrowski said Chinese overcapacity in batteries was a threat
that could not be ignored.

The rate has been 25% since January.

On 30 July, China&#8217;s commerce ministry responded by restricting exports of technology
used to make graphite anodes, a key battery component. The curbs took effect immediately.

It also added six US companies to what it calls its unreliable entity list.

China dominates the world&#8217;s battery supply chain, making about three-quarters of all
lithium-ion cells and processing most of the graphite used in them.

The move shows how difficult it has been for the two countries to contain their trade dispute,
even as a truce on broad tariffs remains in place.

Economists said the impact on the wider US economy was likely to be small, but warned that
costs for energy storage projects would rise.

&#8220;Storage is where China&#8217;s lead is largest and where American buyers have the fewest
alternatives,&#8221; said Marta Lindgren, an energy analyst at Halden Economics.

Talks between the two sides are due to resume in September.

Washington has raised tariffs on Chinese batteries several times in recent years, arguing that
state support lets Chinese producers sell below cost.

Shares in several Chinese battery makers fell in Hong Kong trading after the announcement.
""")

_XF4_BLOG = _p("""
So much for a quiet summer. On Wednesday the USTR announced a 25-percentage-point increase in
the Section 301 tariff on Chinese lithium-ion batteries, doubling it to 50%. Beijing answered
on Thursday with graphite-technology export controls and six new names on its unreliable
entity list.

The details matter here, so let&#8217;s go through them.

<strong>What&#8217;s covered.</strong> EV batteries and the big grid-storage packs. Imports
in the affected categories came to nearly $19 billion last year, and the storage side is the
bulk of it.

<strong>When.</strong> The new rate applies from August 21. Anything entered before then pays
the old 25%, so expect a rush of shipments over the next three weeks.

<strong>Why now.</strong> Trade Representative Karen Ostrowski cited Chinese overcapacity,
calling it &#8220;a threat we cannot ignore.&#8221; The timing also looks like leverage ahead of
the Kuala Lumpur round in September.

<strong>What China did.</strong> The graphite anode controls are the interesting part. China
refines almost all of the world&#8217;s battery-grade graphite, and the curbs on the technology
to make anodes took effect immediately. The unreliable entity listings are more symbolic.

Who gets hurt? Grid-storage developers, first. Lithium iron phosphate cells from China are
cheap and there is no real substitute at scale for a few years. Home battery installers come
next.

Who benefits? Korean and Japanese cell makers with US plants, at least on paper.

For the broader truce, my base case is that it holds. Neither side touched the across-the-board
rates, and both say the talks are still on.

If you import batteries and haven&#8217;t talked to your customs broker yet this week, do it
today.
""")

STORIES.append(_story("trade-XF4", "trade", "2026-08-08", [
    _page("https://www.nationalcourier.example/economy/2026/07/30/battery-tariff-doubled-china",
          _daily_site("U.S. doubles tariff on Chinese batteries, and Beijing hits back",
                      _XF4_DAILY, kicker="Trade",
                      dek="The 50 percent duty on lithium-ion batteries takes effect Aug. 14. "
                          "China answered with graphite curbs and a blacklist.",
                      byline="Marcus Feld and Helen Ortiz", date_text="July 30, 2026",
                      iso="2026-07-30T09:15:00Z",
                      caption="Battery storage units at a solar farm in Nevada. "
                              "File photo: Courier staff",
                      most_read=["Heat wave: Phoenix hits 118 degrees, breaking 2023 record",
                                 "Fed holds rates at 3.25%-3.5%; two officials dissent",
                                 "Magnitude 6.6 quake strikes off Hokkaido; small tsunami "
                                 "reported"],
                      factbox=("The battery tariff at a glance", [
                          "Old rate: 25% (since January)",
                          "New rate: 50%",
                          "Start date: Aug. 14",
                          "Imports covered in 2025: $18.7 billion"]))),
    _page("https://www.wtcn4.example/news/local/voltaic-storage-battery-tariff-ridgefield",
          _tv_site("Ridgefield battery maker braces for doubled China tariff", _XF4_TV,
                   byline="By Kevin Osei, News 4 business reporter",
                   video="Voltaic Storage COO on what the tariff means for customers",
                   trending=["Ridgefield County Fair opens with record 412 livestock entries",
                             "Boil-water advisory lifted for east side",
                             "Police: 2 arrested after pursuit on Interstate 80"])),
    _page("https://www.npbc.example/news/business-71025563",
          _pub_site("US raises tariff on Chinese batteries as China retaliates", _XF4_PUB,
                    byline="By Daniel Okonkwo, Business reporter",
                    caption="Lithium-ion cells on a production line. Courtesy Halden Energy",
                    more=["China extends rare-earth export curbs to five more elements",
                          "EU weighs 30% duty on Chinese e-bikes"],
                    topics=["China", "Batteries", "US trade"],
                    top=["Ukraine and Russia swap 150 prisoners each",
                         "Wildfires force 2,000 to flee in southern Greece"])),
    _page("https://marginnotes.example/2026/07/31/battery-tariff-graphite/",
          _blog_site("Batteries, graphite and the end of a quiet summer", _XF4_BLOG,
                     author="Derek Lomax", post_id=5302,
                     bio="Derek spent 14 years in customs brokerage before starting this blog "
                         "in 2019. He writes about trade, freight and the cost of moving "
                         "things.",
                     iso="2026-07-31T11:40:00+00:00", shown="July 31, 2026",
                     tags=["batteries", "China", "Section 301", "graphite"],
                     recent=["Container rates from Asia jump 14% on early peak season",
                             "The 2-year yield and the September cut",
                             "Copper tariffs, six months in"],
                     comments=27)),
], [
    ("rate", _pct("50"), _pct("45")),
    ("effective date", r"aug(ust|\.)? ?14|14 aug|2026-08-14",
     r"aug(ust|\.)? ?21|21 aug|2026-08-21"),
    ("venue", r"kuala lumpur", r"singapore"),
]))

# --------------------------------------------------------------------------------------
# court-XF5: the Federal Circuit, sitting en banc, strikes down the Section 338 tariff on
# Chinese goods (ruling of 9 September 2026).
# --------------------------------------------------------------------------------------
_XF5_WIRE = _p("""
A U.S. appeals court ruled on Sept. 9 that the president overstepped his authority when he
imposed a 15% &#8220;equalization&#8221; tariff on Chinese goods last November under a
little-used provision of a 1930 trade law.

The U.S. Court of Appeals for the Federal Circuit, sitting en banc with all 11 of its active
judges, ruled 7-4 that Section 338 of the Tariff Act of 1930 did not allow the president to
set tariffs on an entire country&#8217;s exports without findings that Congress had required.

The court put its ruling on hold until Oct. 14 to give the administration time to ask the
Supreme Court to take up the case. The tariff stays in force in the meantime.

&#8220;Section 338 is not a blank cheque for the executive,&#8221; Judge Elena Marchetti wrote
for the majority in a 112-page opinion.

In the main dissent, Judge Raymond Osei said the majority &#8220;substitutes its own judgment
for that of Congress and the President&#8221; in an area where courts have traditionally
deferred to the executive.

The ruling upholds a February decision by the U.S. Court of International Trade, where a panel
of three judges found unanimously against the tariff.

The case, Harbor Tool Supply v. United States, was brought by five small importers led by a
tool distributor in Toledo, Ohio.

Importers had paid $41.3 billion under the tariff through the end of August, according to U.S.
Customs and Border Protection. Whether they will get refunds depends on how the Supreme Court
rules.

White House deputy press secretary Kyle Benning said the administration would appeal. &#8220;We
are confident the Supreme Court will recognise the president&#8217;s clear authority,&#8221; he
said.

China&#8217;s commerce ministry said it had noted the ruling and urged Washington to remove all
&#8220;unilateral&#8221; tariffs.
""")

_XF5_DAILY = _p("""
A federal appeals court on Wednesday struck down the 15 percent tariff that the president
placed on virtually all Chinese imports last fall, dealing a serious blow to one of his main
tools in the trade fight with Beijing.

The Court of Appeals for the Federal Circuit ruled 7 to 4 that Section 338 of the Tariff Act of
1930, a Depression-era provision that had never before been used to impose tariffs, did not
give the president the power he claimed.

Judge Elena Marchetti, writing for the majority, said the law required specific findings of
discrimination against American commerce that the administration had never made. The
opinion runs to 112 pages.

Judge Raymond Osei wrote the principal dissent, joined by the three other judges in the
minority. He argued that courts should be wary of second-guessing the president on foreign
affairs.

The decision will not take effect right away. The court stayed its ruling until Oct. 21 so
that the government can seek review by the Supreme Court, which is widely expected to hear
the case this term.

Importers have paid more than $41 billion under the tariff since it took effect, and many have
already filed claims seeking refunds should the tariff ultimately be struck down.

&#8220;This is the case small businesses have been waiting for,&#8221; said Joan Whitley, a
lawyer for the importers, led by Harbor Tool Supply of Toledo. &#8220;The court said what the
statute plainly says.&#8221;

The ruling affirms a February decision of the Court of International Trade in New York, whose
three-judge panel ruled unanimously against the tariff.

The White House said it would appeal. Trade lawyers said the ruling does not affect other
tariffs on China, including those imposed under Section 301 and the national-security duties on
steel and aluminum.
""")

_XF5_BLOG = _p("""
Big day for trade lawyers. The Federal Circuit, sitting en banc, has held 8-3 that the Section
338 tariff on Chinese goods is unlawful.

For anyone who hasn&#8217;t followed this one: last November the White House dusted off Section
338 of the Tariff Act of 1930 and used it to put a 15% &#8220;equalization&#8221; duty on
nearly everything from China. Importers sued. The Court of International Trade ruled against
the government in February, and on Wednesday the appeals court agreed.

Judge Elena Marchetti wrote for the majority. The line everyone is quoting: Section 338
&#8220;is not a blank check for the executive.&#8221;

What happens next:

1. The ruling is stayed until <strong>October 14</strong>, to give the government time to go to
the Supreme Court. Until then, importers keep paying.

2. The White House has already said it will appeal. I would expect the Supreme Court to take
the case.

3. Refunds. About $41bn has been collected. If the ruling stands, importers who filed protests
should get their money back, with interest. Those who didn&#8217;t may have a harder time.

What it doesn&#8217;t change: the Section 301 tariffs, the steel and aluminum duties, and the
battery tariff that took effect in August are all on different legal footing.

Market reaction was small. The yuan firmed slightly and shares of big-box retailers rose about
1% in late trading.

I&#8217;ll update this post once I&#8217;ve read the dissents properly.

Housekeeping note for brokers and importers: if you filed protests on your Section 338 entries,
keep that paperwork somewhere you can find it. You may need it sooner than you think.
""")

_XF5_REGIONAL = _p("""
Lakeside businesses that import goods from China could eventually get back some of the money
they have paid under a tariff that a federal appeals court struck down on Sept. 9.

In a 7-4 decision, the U.S. Court of Appeals for the Federal Circuit found the 15 percent tariff
on Chinese goods was not authorized by the 1930 law the White House relied on. Judge Raymond
Osei wrote the majority opinion.

For now, nothing changes. The tariff stays in place while the administration takes the case to
the U.S. Supreme Court.

At Lakeside Hardware Distributors, owner Phil Tran said the company has paid about $380,000 under
the tariff since it was imposed.

&#8220;That&#8217;s two people&#8217;s salaries for three years,&#8221; Tran said. &#8220;If
there&#8217;s a chance of getting it back, we&#8217;re going to pursue it.&#8221;

Tran said his customs broker filed protests on every shipment, which lawyers say could matter
if refunds are ordered.

Reed Fastener Co. chief executive Maria Okafor said the tariff had added about 8 percent to the
cost of the company&#8217;s imported wire.

The case was brought by five small importers, led by Harbor Tool Supply of Toledo, Ohio.

&#8220;It&#8217;s nice to see small companies win one,&#8221; Okafor said. &#8220;But I&#8217;ve
been in business long enough not to count money before it&#8217;s in the bank.&#8221;

Lawyers say refunds, if they are ordered, could take months to work through U.S. Customs and
Border Protection. Importers that did not file protests may have to go to court to get their
money back.

Tran&#8217;s company employs 34 people at its warehouse on Lakeshore Drive.
""")

STORIES.append(_story("court-XF5", "court", "2026-09-18", [
    _page("https://www.pacificwire.example/legal/appeals-court-section-338-tariff-9902",
          _wire_site("US appeals court rules China tariff under 1930 law unlawful, pauses "
                     "ruling for appeal", _XF5_WIRE, dateline="WASHINGTON",
                     byline="Ruth Calloway",
                     credit="(Reporting by Ruth Calloway; editing by Mark Dillon)",
                     related=["Supreme Court to hear FCC fines case in November",
                              "EU court upholds 2.4 billion euro fine against search firm",
                              "Canada&#8217;s central bank cuts rate to 2.25%"])),
    _page("https://www.nationalcourier.example/politics/2026/09/10/appeals-court-china-tariff",
          _daily_site("Appeals court strikes down China tariff, setting up Supreme Court fight",
                      _XF5_DAILY, kicker="Courts",
                      dek="The full Federal Circuit found the 1930 law the White House relied "
                          "on does not allow a blanket duty.",
                      byline="Grace Whitmore", date_text="September 10, 2026",
                      iso="2026-09-10T02:00:00Z",
                      most_read=["Hurricane Lena strengthens to Category 3 near Bermuda",
                                 "Opinion: What the chip licence fight tells us about China",
                                 "Jobless claims fall to 212,000"],
                      paywall_after=5)),
    _page("https://marginnotes.example/2026/09/10/federal-circuit-section-338/",
          _blog_site("The Federal Circuit kills the Section 338 tariff (for now)", _XF5_BLOG,
                     author="Derek Lomax", post_id=5519,
                     bio="Derek spent 14 years in customs brokerage before starting this blog "
                         "in 2019. He writes about trade, freight and the cost of moving "
                         "things.",
                     iso="2026-09-10T12:30:00+00:00", shown="September 10, 2026",
                     tags=["Section 338", "courts", "tariffs", "refunds"],
                     recent=["Batteries, graphite and the end of a quiet summer",
                             "Freight: the peak season that wasn&#8217;t",
                             "A 40-basis-point move in a week: what the bond market sees"],
                     comments=58,
                     pullquote=(2, "Section 338 &#8220;is not a blank check for the "
                                   "executive.&#8221;"))),
    _page("https://www.lakesideherald.example/business/local-importers-tariff-ruling-refunds",
          _regional_site("Local importers eye refunds after court rules against China tariff",
                         _XF5_REGIONAL, byline="By Carla Jennings | Herald business writer",
                         read_more="Lakeside school board sets levy at $12.40 per $1,000",
                         popular=["Homecoming parade route changes this year",
                                  "Sheriff: 3 hurt in rollover near Hartwell",
                                  "Corn harvest off to early start as yields top 200 bushels"],
                         comments=6,
                         note="Correction: An earlier version of this story misspelled the "
                              "name of Lakeside Hardware Distributors.")),
], [
    ("vote", r"(?<![\d.])7(?![\d.%]| ?per ?cent)|\bseven\b",
     r"(?<![\d.])8(?![\d.%]| ?per ?cent)|\beight\b"),
    ("author", r"marchetti", r"osei"),
    ("date", r"oct(ober|\.)? ?14|14 oct|2026-10-14", r"oct(ober|\.)? ?21|21 oct|2026-10-21"),
]))

# --------------------------------------------------------------------------------------
# cb-XF6: the Bank of Korea cuts its base rate, citing US tariffs (19 November 2026).
# --------------------------------------------------------------------------------------
_XF6_WIRE = _p("""
South Korea&#8217;s central bank cut its benchmark interest rate by 25 basis points to 2.00% on
Thursday, saying U.S. tariffs were now clearly weighing on exports, and it lowered its growth
forecast for next year.

The Bank of Korea&#8217;s monetary policy board voted 6-1 to reduce the base rate from 2.25%.
Board member Shin Hye-won dissented, preferring to keep the rate unchanged because of concerns
about household debt and housing prices in Seoul.

The decision was announced at about 9:50 a.m. (0050 GMT).

&#8220;The impact of U.S. tariffs on our exports is now clearly visible in the data,&#8221;
Governor Park Jae-hoon told a news conference. He said the board would keep the door open to
further easing if the economy weakened more than expected.

The bank now expects the economy to grow 1.6% in 2027, down from the 1.9% it forecast in
August. It kept its forecast for this year at 1.0%.

Exports to the United States fell 8.4% in October from a year earlier, official data showed
this month, as a 15% U.S. tariff on most Korean goods hit shipments of machinery and car parts.

Consumer inflation was 2.1% in October, close to the bank&#8217;s 2% target, giving
policymakers room to cut.

The KOSPI stock index rose 0.7% after the decision.

The next rate-setting meeting is scheduled for Jan. 14.

Park said the board had discussed a larger, 50-basis-point cut, but no member had proposed it.
Economists had widely expected a quarter-point move.

The board&#8217;s statement mentioned tariffs four times, compared with once in its October
statement.
""")

_XF6_PUB = _p("""
South Korea&#8217;s central bank has cut interest rates, blaming American tariffs for a slowdown
in the country&#8217;s exports.

The Bank of Korea lowered its base rate by a quarter of a percentage point to 2%, at its meeting
on 19 November.

Governor Park Jae-hoon said the effect of US tariffs on exports could now be clearly seen in the
data.

South Korea is one of the world&#8217;s most trade-dependent economies, and the United States is
its second-largest export market after China.

Most Korean goods sold in the US face a tariff of 15% under a deal the two governments struck in
2025. Carmakers and machinery firms have been hit hardest.

The bank also cut its forecast for economic growth next year to 1.6%, from 1.9%.

One of the seven members of the bank&#8217;s policy board voted to keep rates on hold.

Some economists had warned that lower borrowing costs could add fuel to house prices in Seoul,
which have risen sharply this year.

&#8220;The bank had little choice. Exports are the engine of this economy, and the engine is
sputtering,&#8221; said Kim Do-yeon, an economist at Hanul Securities in Seoul.

The Bank of Korea&#8217;s next policy meeting is on 15 January.

Seoul&#8217;s main share index, the Kospi, rose after the decision.

Korean carmakers, which sell well over a million vehicles a year in the United States, have been
among the firms hit hardest by the tariff.

Mr Park said the board would keep a close eye on the housing market and on household borrowing.
""")

_XF6_BLOG = _p("""
The Bank of Korea cut by 25bp to 2.00% on Thursday, and the reason was spelled out in the first
line of the statement: tariffs.

It was a 6-1 vote. The lone dissent came from board member Cho Yong-dae, who wanted to hold
because of household debt &#8212; a familiar worry in Seoul, where apartment prices keep
climbing.

The part that matters more for markets is the forecast. The BOK now sees 2027 growth at just
1.5%, down from 1.9%. That&#8217;s a big downgrade for an economy whose exports to the US fell
8.4% year on year in October.

Governor Park Jae-hoon was blunt: the impact of US tariffs on exports is &#8220;now clearly
visible in the data.&#8221; He didn&#8217;t promise more cuts, but he didn&#8217;t rule them
out either.

The won weakened to about 1,438 per dollar after the decision, which is exactly what Seoul does
not want with the currency already near its weakest levels in years.

My takeaways:

- The BOK is now openly treating US trade policy as a growth shock, not a blip.

- With inflation near target, the bar for another cut is low.

- Watch the housing data. If Seoul prices keep running, that dissent could become two.

Elsewhere in Asia, expect similar language from the central banks of Taiwan and Thailand in
their December meetings.

One more thing: Park repeated that the board watches the Federal Reserve closely. With the Fed
itself in cutting mode, that is not much of a constraint right now.
""")

_XF6_DAILY = _p("""
South Korea&#8217;s central bank lowered interest rates on Nov. 19, becoming the latest in Asia
to cite American tariffs as a drag on growth.

The Bank of Korea cut its base rate by a quarter point, to 2 percent. The decision came early
on Thursday, Nov. 19, in Seoul, which was the evening of Nov. 18 in New York.

Exports, which make up roughly 40 percent of South Korea&#8217;s economy, have struggled since
the United States imposed a 15 percent tariff on most Korean goods. Governor Park Jae-hoon said
the effect of those tariffs &#8220;is now clearly visible in the data.&#8221;

The decision was not unanimous. One board member, Shin Hye-won, voted against the cut, citing
the risks of rising household debt.

Inflation, at 2.1 percent in October, is near the bank&#8217;s target, giving officials room to
act. Analysts said another cut early next year was possible but not assured.

&#8220;They will want to see whether the won holds up,&#8221; said Victor Lam, chief Asia
economist at Meridian Capital in Hong Kong. &#8220;A weak currency limits how far they can
go.&#8221;

The bank&#8217;s next meeting is on Jan. 14. Economists surveyed by the Courier were split on
whether it would cut again then.

For American companies, the cut means a slightly cheaper won, which could make Korean goods more
competitive even with the tariff in place.

South Korea accepted the 15 percent rate in a 2025 deal with Washington that also included
pledges of Korean investment in American shipyards and factories.
""")

STORIES.append(_story("cb-XF6", "central bank", "2026-11-27", [
    _page("https://www.pacificwire.example/markets/asia/bank-of-korea-cuts-rate-tariffs-3310",
          _wire_site("Bank of Korea cuts rate to 2.00%, lowers 2027 growth forecast as US "
                     "tariffs bite", _XF6_WIRE, dateline="SEOUL",
                     byline="Jihoon Seo and Hannah Byun",
                     published="2026-11-19T02:30:00Z", updated="Updated 03:55 GMT",
                     credit="(Reporting by Jihoon Seo and Hannah Byun; editing by Kim Lyle)",
                     related=["Bank of Thailand holds rate at 1.25% in split vote",
                              "Japan&#8217;s exports to US fall 5.1% in October",
                              "Taiwan central bank seen on hold at 2% in December"])),
    _page("https://www.npbc.example/news/business-71844010",
          _pub_site("South Korea cuts interest rates as US tariffs hit exports", _XF6_PUB,
                    byline="By Rebecca Lowe, Asia business reporter",
                    caption="Shipping containers at the port of Busan. Courtesy Busan Port "
                            "Authority",
                    factbox=("Korea at a glance", [
                        "Base rate: 2% (from 2.25%)",
                        "US tariff on most Korean goods: 15%",
                        "Largest export market: China"]),
                    more=["Why South Korea&#8217;s exports matter to the world economy",
                          "US and South Korea agree 15% tariff deal (2025)"],
                    topics=["South Korea", "Interest rates", "US trade"],
                    top=["Magnitude 6.4 quake strikes eastern Turkey",
                         "Chile election: run-off set for 13 December"])),
    _page("https://marginnotes.example/2026/11/20/bok-cut-tariffs/",
          _blog_site("The BOK cuts and says the quiet part out loud: tariffs", _XF6_BLOG,
                     author="Priya Nandakumar", post_id=6012,
                     bio="Priya covers agricultural commodities and emerging markets. She "
                         "previously worked on a grain desk in Minneapolis.",
                     iso="2026-11-20T08:00:00+00:00", shown="November 20, 2026",
                     tags=["Bank of Korea", "rates", "tariffs", "Asia"],
                     recent=["Fed minutes: a December pause is on the table",
                             "Taiwan&#8217;s AI export boom in four charts",
                             "Oil under $60: who wins, who loses"],
                     comments=11)),
    _page("https://www.nationalcourier.example/world/asia/korea-central-bank-cuts-rates",
          _daily_site("South Korea cuts rates, citing U.S. tariffs", _XF6_DAILY,
                      kicker="Global economy",
                      dek="The Bank of Korea&#8217;s quarter-point cut comes as exports to the "
                          "United States slump.",
                      byline="Grace Whitmore",
                      most_read=["Thanksgiving travel: a record 82 million expected on roads",
                                 "Appeals court strikes down China tariff, setting up Supreme "
                                 "Court fight",
                                 "The 25 best books of 2026"],
                      paywall_after=4)),
], [
    ("dissenter", r"\bshin\b|hye-won", r"\bcho\b|yong-dae"),
    ("forecast", _pct(r"1\.6"), _pct(r"1\.5")),
    ("date", r"jan(uary|\.)? ?14|14 jan|2027-01-14", r"jan(uary|\.)? ?15|15 jan|2027-01-15"),
]))
