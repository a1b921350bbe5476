"""Part YB of the story battery (web pages).

Written by engineer YB1 on 2026-12-06 (nineteenth session, tenth batch) without reading
Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py YB`.

Six stories (two court rulings, two central-bank decisions, two rocket test flights), each
told by three or four invented outlets whose whole HTML pages come from one hand-written
template per outlet. One story is a control story with no planted disagreement.
"""
from __future__ import annotations

import json
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "YB", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------
# Outlet templates (one per outlet)
# --------------------------------------------------------------------------------------

def _wire_site(title: str, paras: list[str], *, dateline: str, author: str,
               published: str | None = None, updated: str | None = None,
               related: tuple[str, ...] = (), section: str = "World") -> str:
    """Pacific Wire: a wire service. Clean <article>, dateline, related list, og metadata."""
    meta = ['<meta property="og:site_name" content="Pacific Wire">',
            f'<meta property="og:title" content="{title}">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    first = f"<p><strong>{dateline} (Pacific Wire) &mdash;</strong> {paras[0]}</p>"
    body = "\n      ".join([first] + [f"<p>{p}</p>" for p in paras[1:]])
    rel = "\n".join(f'        <li><a href="/world/{i + 4410}">{h}</a></li>'
                    for i, h in enumerate(related))
    stamp = ""
    if published:
        stamp = f'<time class="pw-time" datetime="{published}">{published[:10]}</time>'
    upd = f'<p class="pw-updated">Updated {updated}</p>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
{chr(10).join(meta)}
<link rel="stylesheet" href="/static/pw.css">
</head>
<body>
<a class="skip" href="#story">Skip to content</a>
<header class="pw-header">
  <div class="pw-logo"><a href="/">PACIFIC WIRE</a></div>
  <nav><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/legal">Legal</a></li>
    <li><a href="/science">Science</a></li><li><a href="/photos">Photos</a></li>
  </ul></nav>
</header>
<main id="story">
  <article class="pw-article">
    <div class="pw-section">{section}</div>
    <h1 class="pw-headline">{title}</h1>
    <div class="pw-byline">By {author}</div>
    {stamp}
    <div class="pw-body">
      {body}
    </div>
    {upd}
    <p class="pw-credit">Reporting by {author}; editing by the Pacific Wire desk.</p>
    <div class="pw-trust">Our standards: <a href="/trust">The Pacific Wire Trust
      Principles</a>.</div>
  </article>
  <aside class="pw-related">
    <h2>Related coverage</h2>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer class="pw-footer">
  <p>&copy; 2026 Pacific Wire Service. All rights reserved. 400 Harbor Plaza, San Francisco,
  CA 94111.</p>
  <p><a href="/terms">Terms of use</a> &middot; <a href="/privacy">Privacy</a> &middot;
  <a href="/licensing">Content licensing</a></p>
</footer>
</body>
</html>
"""


def _daily_site(title: str, paras: list[str], *, dek: str, author: str,
                published: str | None = None, most_read: tuple[str, ...] = (),
                caption: str | None = None, kicker: str = "Business") -> str:
    """The Daily Meridian: a national daily. Nested div soup, JSON-LD, cookie wall, ads."""
    ld = ""
    if published:
        ld_obj = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": title, "datePublished": published,
                  "author": {"@type": "Person", "name": author},
                  "publisher": {"@type": "Organization", "name": "The Daily Meridian"}}
        ld = ('<script type="application/ld+json">' + json.dumps(ld_obj)
              + "</script>")
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="dm-para"><p>{p}</p></div>')
        if i == 2:
            blocks.append('<div class="dm-ad" data-slot="mid1"><span>Advertisement</span>'
                          '<div class="dm-ad-inner"></div></div>')
        if i == 6:
            blocks.append('<div class="dm-paywall-teaser"><p>You have <b>2</b> free '
                          'articles left this month.</p><p><a href="/subscribe">Subscribe '
                          'now for $1 a week</a> &middot; Already a subscriber? '
                          '<a href="/login">Log in</a></p></div>')
        if i == 9:
            blocks.append('<div class="dm-ad" data-slot="mid2"><span>Advertisement</span>'
                          '<div class="dm-ad-inner"></div></div>')
    fig = ""
    if caption:
        fig = (f'<div class="dm-figure"><img src="/img/lead.jpg" alt=""><div '
               f'class="dm-caption">{caption}</div></div>')
    mr = "\n".join(f'<div class="dm-mr-item"><span class="n">{i + 1}</span>'
                   f'<a href="/news/{i + 901}">{h}</a></div>'
                   for i, h in enumerate(most_read))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - The Daily Meridian</title>
<meta name="description" content="{dek}">
{ld}
</head>
<body class="dm-body">
<div id="dm-cookie" class="dm-cookie-banner">
  <div class="dm-cookie-text">We and our 214 partners use cookies to personalise content and
  ads. You can change your choices at any time via &ldquo;Privacy settings&rdquo;.</div>
  <div class="dm-cookie-buttons"><button>Accept all</button><button>Manage options</button>
  </div>
</div>
<div id="page">
  <div class="dm-top">
    <div class="dm-masthead"><a href="/">The Daily Meridian</a></div>
    <div class="dm-sections">
      <a href="/politics">Politics</a> <a href="/business">Business</a>
      <a href="/economy">Economy</a> <a href="/law">Law &amp; Courts</a>
      <a href="/science">Science</a> <a href="/opinion">Opinion</a>
      <a href="/subscribe" class="dm-sub">Subscribe</a>
    </div>
  </div>
  <div class="dm-wrap">
    <div class="dm-main">
      <div class="dm-kicker">{kicker}</div>
      <div class="headline-xl">{title}</div>
      <div class="dm-dek">{dek}</div>
      <div class="dm-byline">By <a href="/by/{author.lower().replace(' ', '-')}">{author}</a>
      </div>
      {fig}
      <div class="dm-share"><a href="#">Share</a> <a href="#">Save</a>
        <a href="#">Gift this article</a></div>
      <div class="dm-story">
        {chr(10).join(blocks)}
      </div>
      <div class="dm-newsletter">Sign up for <em>Meridian Morning</em>: the day&#8217;s
        news before breakfast. <a href="/newsletters">Sign up</a></div>
    </div>
    <div class="dm-rail">
      <div class="dm-mr-title">Most read</div>
      {mr}
      <div class="dm-ad" data-slot="rail"><span>Advertisement</span></div>
    </div>
  </div>
  <div class="dm-footer">
    <div>&copy; The Daily Meridian 2026. 1 Meridian Square, New York, NY 10036.</div>
    <div><a href="/contact">Contact us</a> | <a href="/corrections">Corrections</a> |
    <a href="/privacy">Privacy settings</a></div>
  </div>
</div>
</body>
</html>
"""


def _tv_site(title: str, paras: list[str], *, ago: str | None = None,
             author: str = "KVRN 7 Digital Staff", video: str | None = None,
             trending: tuple[str, ...] = ()) -> str:
    """KVRN 7 News: a local TV station. Paragraphs joined by <br><br> in one div."""
    body = "<br><br>\n".join(paras)
    when = f'<span class="kv-ago">Posted {ago}</span>' if ago else ""
    vid = ""
    if video:
        vid = (f'<div class="kv-video"><div class="kv-player">&#9654; Play video</div>'
               f'<div class="kv-video-title">VIDEO: {video}</div></div>')
    tr = "\n".join(f'<li><a href="/news/local/{i + 77}">{h}</a></li>'
                   for i, h in enumerate(trending))
    return f"""<html>
<head>
<title>{title} | KVRN 7 News</title>
<meta property="og:site_name" content="KVRN 7">
<meta name="viewport" content="width=device-width">
</head>
<body>
<a href="#kv-main" class="kv-skip">Skip to content</a>
<div class="kv-wrap">
  <div class="kv-topbar"><span class="kv-live">WATCH LIVE</span>
    <span class="kv-wx">Victoria 72&deg; Partly cloudy</span></div>
  <div class="kv-nav"><a href="/news">News</a> | <a href="/weather">First Alert Weather</a>
    | <a href="/traffic">Traffic</a> | <a href="/sports">Sports</a> |
    <a href="/money">Your Money</a> | <a href="/contests">Contests</a></div>
  <div id="kv-main">
    <h1 class="kv-title">{title}</h1>
    <div class="kv-meta">By {author} {when}</div>
    {vid}
    <div class="kv-share">
      <a href="#" class="s-fb">Share on Facebook</a> <a href="#" class="s-tw">Tweet</a>
      <a href="#" class="s-cp">Copy link</a> <a href="#" class="s-em">Email</a>
    </div>
    <div class="kv-story">
{body}
    </div>
    <div class="kv-app">Download the KVRN 7 app for breaking news alerts.</div>
  </div>
  <div class="kv-trending"><h3>Trending on KVRN</h3><ul>
{tr}
  </ul></div>
  <div class="kv-footer">KVRN 7, 1200 Navarro St., Victoria, TX 77901 &middot;
    <a href="/fcc">FCC Public File</a> &middot; <a href="/eeo">EEO Report</a> &middot;
    &copy; 2026 Gulf Coast Media Group</div>
</div>
</body>
</html>
"""


def _blog_site(title: str, paras: list[str], *, author: str, date_text: str | None = None,
               date_iso: str | None = None, tags: tuple[str, ...] = (),
               recent: tuple[str, ...] = (), comments: int = 0) -> str:
    """The Basis Point: a WordPress-like finance blog."""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    posted = ""
    if date_text:
        iso = f' datetime="{date_iso}"' if date_iso else ""
        posted = (f'<span class="posted-on">Posted on <time class="entry-date published"'
                  f'{iso}>{date_text}</time></span> ')
    tg = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{t}</a>'
                   for t in tags)
    rc = "\n".join(f'<li><a href="/{i + 2026}/post-{i}/">{h}</a></li>'
                   for i, h in enumerate(recent))
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; The Basis Point</title>
<meta name="generator" content="WordPress 6.7">
<link rel='stylesheet' id='basis-style-css' href='/wp-content/themes/basis/style.css'>
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">The Basis Point</a></p>
  <p class="site-description">Rates, markets and the people who move them</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu">
    <li><a href="/category/central-banks/">Central Banks</a></li>
    <li><a href="/category/trade/">Trade</a></li>
    <li><a href="/category/legal/">Legal &amp; Regulatory</a></li>
    <li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{title}</h1>
    <div class="entry-meta">{posted}<span class="byline"> by <span class="author vcard">
      <a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}</a></span>
      </span></div>
  </header>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged {tg}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
  <p class="author-bio">{author} has written about markets for The Basis Point since 2019.
  Before that, a decade on a bond desk. Opinions are the author&#8217;s own and nothing
  here is investment advice.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
  &ldquo;{title}&rdquo;</h2><p><a href="#respond">Leave a comment</a></p></div>
</main></div>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
  <ul>
{rc}
  </ul></section>
  <section class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2>
  <p>Get The Basis Point in your inbox every weekday at 6&nbsp;a.m.</p>
  <form><input type="email" placeholder="Email address"><button>Subscribe</button></form>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 The Basis
  Point &middot; Powered by WordPress &middot; <a href="/disclosures/">Disclosures</a>
  </div></footer>
</div>
</body>
</html>
"""


def _pubcast_site(title: str, paras: list[str], *, caption: str | None = None,
                  updated: str | None = None, published: str | None = None,
                  more: tuple[str, ...] = (), top: tuple[str, ...] = (),
                  desk: str = "Business") -> str:
    """NBS News: a public broadcaster. <main>, figure before the lead, text blocks."""
    meta = ['<meta property="og:site_name" content="NBS News">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    fig = ""
    if caption:
        fig = (f'<figure class="nbs-lead-image"><img src="/images/lead.jpg" alt="">'
               f'<figcaption>{caption}</figcaption></figure>')
    upd = f'<div class="nbs-updated">Updated {updated}</div>' if updated else ""
    body = "\n".join(f'<div data-component="text-block"><p>{p}</p></div>' for p in paras)
    mo = "\n".join(f'<li><a href="/news/{desk.lower()}-{i + 6602}">{h}</a></li>'
                   for i, h in enumerate(more))
    tp = "\n".join(f'<li><a href="/news/{i + 7120}">{h}</a></li>' for i, h in enumerate(top))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
{chr(10).join(meta)}
</head>
<body>
<a href="#main-content" class="nbs-skip">Skip to main content</a>
<div class="nbs-cookie">Let us know you agree to cookies. We use cookies to give you the
  best online experience. <button>Yes, I agree</button> <button>No, take me to
  settings</button></div>
<header class="nbs-header"><a href="/" class="nbs-logo">NBS</a>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
  <a href="/iplayer">Listen</a> <a href="/culture">Culture</a></nav>
  <nav class="nbs-sub"><a href="/news/world">World</a> <a href="/news/business">Business</a>
  <a href="/news/science">Science</a> <a href="/news/politics">Politics</a></nav>
</header>
<main id="main-content">
  <article>
    <header><h1 id="main-heading">{title}</h1>{upd}
      <div class="nbs-share"><button>Share</button> <button>Save</button></div></header>
    {fig}
    {body}
  </article>
  <section class="nbs-more"><h2>More on this story</h2><ul>
{mo}
  </ul></section>
  <section class="nbs-top"><h2>Top stories</h2><ul>
{tp}
  </ul></section>
</main>
<footer class="nbs-footer"><p>Copyright &copy; 2026 NBS. The NBS is not responsible for
  the content of external sites. <a href="/linking">Read about our approach to external
  linking.</a></p></footer>
</body>
</html>
"""


def _ledger_site(title: str, paras: list[str], *, author: str, date_text: str | None = None,
                 read_more: tuple[str, str] | None = None, sponsored: tuple[str, ...] = (),
                 correction: str | None = None) -> str:
    """Mid-Valley Ledger: a regional paper drowning in ads."""
    parts = []
    for i, p in enumerate(paras):
        parts.append(f'<p class="lg-p">{p}</p>')
        if i in (1, 4, 8, 12):
            parts.append(f'<div class="lg-ad lg-ad-{i}"><small>ADVERTISEMENT</small>'
                         f'<iframe src="/ads/slot{i}.html" title="ad"></iframe></div>')
        if i == 5 and read_more:
            parts.append(f'<p class="lg-readmore"><strong>Read more:</strong> '
                         f'<a href="/news/{read_more[1]}">{read_more[0]}</a></p>')
    dt = f'<div class="lg-date">{date_text}</div>' if date_text else ""
    cor = f'<p class="lg-correction"><em>Correction: {correction}</em></p>' if correction else ""
    sp = "\n".join(f'<div class="lg-sp"><a href="/sp/{i}">{h}</a><span>Sponsored</span></div>'
                   for i, h in enumerate(sponsored))
    return f"""<html>
<head>
<title>{title} | Mid-Valley Ledger</title>
<meta name="keywords" content="news, salem, oregon, mid-valley">
</head>
<body>
<div class="lg-leaderboard"><small>ADVERTISEMENT</small></div>
<div class="lg-header">
  <div class="lg-brand"><a href="/">Mid-Valley Ledger</a></div>
  <div class="lg-links"><a href="/news">Local News</a> &bull; <a href="/business">Business</a>
   &bull; <a href="/obits">Obituaries</a> &bull; <a href="/eedition">e-Edition</a> &bull;
   <a href="/classifieds">Classifieds</a> &bull; <a href="/subscribe">Subscribe</a></div>
</div>
<div class="lg-container">
  <div class="lg-left">
    <div class="lg-headline"><h1>{title}</h1></div>
    <div class="lg-author">{author}</div>
    {dt}
    <div class="lg-sharebar">Facebook &middot; Twitter &middot; Email &middot; Print</div>
    <div class="lg-text">
{chr(10).join(parts)}
    {cor}
    </div>
    <div class="lg-comments">Comments are closed on this story. Read our
      <a href="/policy">community guidelines</a>.</div>
  </div>
  <div class="lg-right">
    <div class="lg-ad-box"><small>ADVERTISEMENT</small></div>
    <div class="lg-rail-title">Around the web</div>
{sp}
    <div class="lg-ad-box"><small>ADVERTISEMENT</small></div>
  </div>
</div>
<div class="lg-footer">Mid-Valley Ledger &bull; 280 Commercial St. NE, Salem, OR 97301
  &bull; &copy; 2026 Cascade Regional Newspapers LLC &bull; <a href="/tos">Terms</a></div>
</body>
</html>
"""


def _space_site(title: str, paras: list[str], *, author: str, ago: str | None = None,
                pull: str | None = None, facts: tuple[tuple[str, str], ...] = (),
                most_read: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    """OrbitBeat: a space-industry news site. App-shell divs, role=heading, fact box."""
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="ob-block"><p>{p}</p></div>')
        if i == 3 and pull:
            blocks.append(f'<blockquote class="ob-pull"><p>{pull}</p></blockquote>')
        if i == 5:
            blocks.append('<div class="ob-inline-promo">Launch Week: every launch, every '
                          'Friday. <a href="/newsletter">Get it free</a></div>')
    fb = ""
    if facts:
        rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
        fb = f'<div class="ob-factbox"><div class="ob-fb-title">Fact box</div><dl>{rows}</dl></div>'
    when = f'<span class="ob-ago">{ago}</span>' if ago else ""
    mr = "\n".join(f'<a class="ob-mr" href="/news/{i + 330}">{h}</a>'
                   for i, h in enumerate(most_read))
    tg = " ".join(f'<a class="ob-tag" href="/tag/{t.lower()}">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} &middot; OrbitBeat</title>
<meta property="og:site_name" content="OrbitBeat">
</head>
<body>
<div id="__app"><div class="layout">
  <div class="hdr"><div class="hdr-logo">OrbitBeat</div>
    <div class="hdr-links"><a href="/launches">Launches</a><a href="/industry">Industry</a>
    <a href="/science">Science</a><a href="/schedule">Launch schedule</a>
    <a href="/join" class="cta">Join OrbitBeat+</a></div></div>
  <div class="content" data-page="article">
    <div class="ob-headline" role="heading" aria-level="1">{title}</div>
    <div class="ob-meta"><span class="ob-author">{author}</span> {when}</div>
    <div class="ob-sharebar"><button>Share on Facebook</button><button>Share on X</button>
      <button>Copy link</button></div>
    <div class="ob-rich">
{chr(10).join(blocks)}
    </div>
    {fb}
    <div class="ob-tags">{tg}</div>
    <div class="ob-comments">Join the conversation: 38 comments</div>
  </div>
  <div class="side"><div class="side-title">Most read</div>
{mr}
  </div>
  <div class="ftr">OrbitBeat is reader-supported. &copy; 2026 OrbitBeat Media.
    <a href="/about">About</a> <a href="/ethics">Ethics policy</a></div>
</div></div>
</body>
</html>
"""

# --------------------------------------------------------------------------------------
# Article bodies (one list of paragraphs per page)
# --------------------------------------------------------------------------------------

_S1_WIRE = [
    "A divided federal appeals court ruled on Thursday that most of the tariffs President Donald "
    "Trump imposed under an emergency-powers law are illegal, but it allowed the duties to stay in "
    "force while the administration takes the fight to the Supreme Court.",
    "The U.S. Court of Appeals for the Federal Circuit, sitting as a full court of 11 judges, "
    "voted 7-4 to uphold a November ruling by the <a "
    "href='/legal/trade-court-tariffs-ruling-4410'>Court of International Trade</a>, which found "
    "that the International Emergency Economic Powers Act of 1977 does not give the president "
    "power to impose sweeping import taxes.",
    "The appeals court put its decision on hold until April 24 so that the government can ask the "
    "justices to review it.",
    "&#8220;The statute grants the president wide authority to respond to emergencies, but tariffs "
    "are taxes, and the Constitution gives the power to tax to Congress,&#8221; Judge Helena Marsh "
    "wrote for the majority in a 127-page opinion.",
    "In a dissent joined by three colleagues, Judge Victor Okafor said the law&#8217;s power to "
    "&#8220;regulate &#8230; importation&#8221; had long been read to include duties, and that "
    "courts should not second-guess a president&#8217;s finding that an emergency exists.",
    "The ruling covers the so-called reciprocal tariffs Trump announced in April 2025 on goods "
    "from most trading partners, including a baseline 10% levy, as well as separate duties he "
    "placed on China, Canada and Mexico over the flow of fentanyl. It does not affect tariffs on "
    "steel, aluminum and cars imposed under Section 232 of a 1962 trade law.",
    "White House spokesman Tomas Reyes said the tariffs &#8220;remain in effect today&#8221; and "
    "that the administration expected &#8220;to ultimately win this case at the Supreme "
    "Court.&#8221;",
    "The case was brought by five small businesses, led by Oregon wine importer Cascade Vintners, "
    "and by 12 states led by Oregon.",
    "&#8220;A tariff is a tax, and only Congress can levy taxes. The court said so plainly "
    "today,&#8221; said Priya Halvorsen, who owns Cascade Vintners.",
    "U.S. Customs and Border Protection figures show the government had collected more than $130 "
    "billion in duties under the emergency law through the end of February. Importers who paid "
    "them could seek refunds if the ruling stands, trade lawyers said, although the process could "
    "take years.",
    "Trade experts said the decision adds uncertainty to the administration&#8217;s negotiations "
    "with China. In a truce reached in Geneva last May, Beijing cut its retaliatory tariffs while "
    "Washington lowered its combined levies on Chinese goods to 30% from 145%, and most of those "
    "American duties rest on the emergency law.",
    "Oral arguments before the full appeals court were held on January 20. Government lawyers told "
    "the judges then that a ruling against the tariffs would weaken the president&#8217;s hand in "
    "talks with dozens of countries.",
    "Legal scholars expect the Supreme Court to move quickly. Elena Dwyer, a trade law professor "
    "at Georgetown University, said the majority &#8220;treated the word &#8216;regulate&#8217; as "
    "doing much less work than the government needed it to do.&#8221;",
    "The administration has other tools if it loses, including a provision that allows tariffs of "
    "up to 15% for 150 days to address trade imbalances, but none gives the president the same "
    "open-ended reach.",
]

_S1_DAILY = [
    "President Trump&#8217;s signature tariffs suffered their most significant legal defeat yet on "
    "Thursday, when a federal appeals court in Washington ruled that he had stretched a 1970s "
    "emergency law well past its breaking point.",
    "By a vote of 8 to 3, the full U.S. Court of Appeals for the Federal Circuit agreed with a "
    "lower trade court that the International Emergency Economic Powers Act, or IEEPA, does not "
    "allow a president to set tariffs of any size on almost any country simply by declaring an "
    "emergency.",
    "The judges did not order the duties lifted right away. They stayed their decision until April "
    "24, giving the Justice Department about six weeks to petition the Supreme Court &mdash; a "
    "step the White House said it would take.",
    "&#8220;The president&#8217;s tariffs remain in effect, and we expect to ultimately win this "
    "case at the Supreme Court,&#8221; a White House spokesman, Tomas Reyes, said in a statement.",
    "Writing for the majority, Judge Helena Marsh said the law&#8217;s authority to "
    "&#8220;regulate&#8221; imports, long used to freeze assets and block dealings with hostile "
    "governments, had never before been used to raise revenue on this scale. &#8220;If Congress "
    "had meant to hand over its taxing power, it would have said so,&#8221; she wrote.",
    "Writing for the dissenters, Judge Victor Okafor argued that the majority had rewritten a "
    "statute Congress deliberately left broad. He pointed to a 1975 decision upholding President "
    "Richard Nixon&#8217;s 10 percent import surcharge, which was imposed in 1971 under a "
    "predecessor law.",
    "The ruling applies to two sets of tariffs: the &#8220;reciprocal&#8221; duties Mr. Trump "
    "announced on April 2, 2025, including a 10 percent baseline levy on most imports, and the "
    "duties he placed on Canada, Mexico and China, which he tied to fentanyl trafficking. Duties "
    "on steel, aluminum and automobiles, imposed under a separate national-security statute, are "
    "not affected.",
    "The stakes are large. Through the end of February, importers had paid more than $130 billion "
    "under the emergency tariffs, according to customs figures, and many companies have already "
    "filed protective claims in the hope of refunds.",
    "The challenge was led by Cascade Vintners, a family-owned wine importer in Oregon, along with "
    "four other small businesses, and by a <a "
    "href='https://www.dailymeridian.example/law/states-sue-tariffs.html'>coalition of 12 "
    "states</a>.",
    "Elena Dwyer, a professor of trade law at Georgetown, said the ruling left the Supreme Court "
    "with a hard question. &#8220;The majority treated the word &#8216;regulate&#8217; as doing "
    "much less work than the government needed it to do,&#8221; she said. &#8220;The justices will "
    "have to decide how much work it can do.&#8221;",
    "The decision also complicates the administration&#8217;s dealings with Beijing. American "
    "duties on Chinese goods, which reached 145 percent last April before a truce brought them "
    "down to 30 percent in May, rest largely on the emergency law.",
    "In November, a three-judge panel of the Court of International Trade ruled unanimously "
    "against the tariffs, a decision that the appeals court has now affirmed.",
    "For businesses, the immediate effect is confusion. &#8220;Our clients are asking whether to "
    "keep paying, and the honest answer is yes, for now,&#8221; said Leonard Asante, a customs "
    "lawyer in Chicago who represents several hundred importers.",
]

_S1_BLOG = [
    "Thursday&#8217;s long-awaited en banc decision from the Federal Circuit landed after the "
    "close, and the headline is simple: <strong>7-4 against the administration</strong>. The "
    "emergency tariffs &#8212; the &#8220;reciprocal&#8221; duties and the fentanyl levies on "
    "China, Canada and Mexico &#8212; go beyond what the International Emergency Economic Powers "
    "Act allows.",
    "The fine print matters more for markets. The court stayed its own ruling until <strong>April "
    "14</strong>, so nothing changes at the border for now, and the White House has already said "
    "it will take the case to the Supreme Court.",
    "A few things worth keeping in mind before anyone rewrites their inflation forecast:",
    "<strong>1. Refunds are the real money.</strong> Customs has collected more than $130bn under "
    "IEEPA through February. If the ruling survives, importers that paid those duties have a claim "
    "to get the money back, with interest. That is a question for Treasury&#8217;s borrowing plans "
    "as much as for trade policy.",
    "<strong>2. The tariffs don&#8217;t vanish even if the ruling stands.</strong> The Section 232 "
    "duties (50% on steel and aluminum, 25% on autos) are untouched, and the administration has "
    "other statutes it could reach for, including Section 301 and Section 122, which allows up to "
    "15% for 150 days.",
    "<strong>3. China is the swing factor.</strong> The 30% stack on Chinese goods that survived "
    "last year&#8217;s Geneva truce is mostly IEEPA-based. Beijing&#8217;s negotiators will read "
    "this opinion closely, and so should anyone long Chinese exporters.",
    "On the law itself, Judge Helena Marsh&#8217;s majority opinion runs 127 pages and leans hard "
    "on one idea: a tariff is a tax, and the taxing power belongs to Congress. Judge Victor "
    "Okafor&#8217;s dissent, joined by three other judges, argues that IEEPA&#8217;s text "
    "(&#8220;regulate &#8230; importation&#8221;) is broad enough, and cites the Nixon-era 10% "
    "surcharge that a court upheld in 1975.",
    "The plaintiffs &#8212; five small businesses led by Oregon&#8217;s Cascade Vintners, plus 12 "
    "states &#8212; supplied the quote of the day. &#8220;A tariff is a tax, and only Congress can "
    "levy taxes,&#8221; said Cascade owner Priya Halvorsen.",
    "The White House line, via spokesman Tomas Reyes, is that the tariffs remain in effect and the "
    "administration expects to win at the Supreme Court. That is plausible: the justices have been "
    "friendlier to broad executive power than the Federal Circuit has.",
    "Market reaction was muted in after-hours trade. The dollar index slipped about 0.3%, and "
    "S&amp;P 500 futures were little changed. Retailers and auto-parts importers, the names most "
    "exposed to a refund windfall, rose modestly.",
    "My base case: the Court takes the case quickly, hears it before the summer recess, and the "
    "tariffs stay in place until then. What I&#8217;m watching next is whether the Solicitor "
    "General asks for expedited review, and whether importers start lining up refund claims before "
    "the stay runs out.",
    "None of this changes the near-term picture for prices. If anything, the risk is that the "
    "administration swaps IEEPA duties for something more durable before the Court rules.",
]

_S1_LEDGER = [
    "A small wine importer from the Mid-Valley is at the center of a court ruling that could upend "
    "the nation&#8217;s trade policy.",
    "On Thursday, the U.S. Court of Appeals for the Federal Circuit ruled 7-4 that the emergency "
    "tariffs imposed by President Donald Trump are illegal, siding with Cascade Vintners of "
    "Independence and four other small businesses that sued last year.",
    "&#8220;I&#8217;m a little stunned, honestly,&#8221; said Priya Halvorsen, who started the "
    "company with her husband in 2011 and employs nine people. &#8220;A tariff is a tax, and only "
    "Congress can levy taxes. The court said so plainly.&#8221;",
    "Halvorsen said the company has paid about $310,000 in tariffs on wine from Portugal, Spain "
    "and Italy since the levies took effect, money she said went straight out of her margins and "
    "her employees&#8217; raises.",
    "The decision came from the full 11-member appeals court and upheld a November ruling by the "
    "Court of International Trade in New York. But the judges also put it on hold until April 24, "
    "to give the administration time to appeal to the U.S. Supreme Court.",
    "Judge Raymond Lindqvist wrote the main dissent, joined by three other judges, arguing that "
    "the law gives presidents broad power to &#8220;regulate&#8221; imports during a national "
    "emergency.",
    "Oregon led a group of 12 states that joined the case. The Oregon Department of Justice said "
    "in a statement that the ruling was &#8220;a win for Oregon families and businesses who have "
    "been paying more for everyday goods.&#8221;",
    "The White House said the tariffs remain in place and predicted the administration would win "
    "at the Supreme Court.",
    "Local business owners said the ruling brought relief but not certainty. Marco Ybarra, who "
    "runs a hardware store in Keizer, said prices from his suppliers had risen between 8% and 12% "
    "last year. &#8220;If this holds up, maybe that comes back down. But I&#8217;ve learned not to "
    "count on anything,&#8221; he said.",
    "Mid-Valley farmers who sell hazelnuts, grass seed and berries overseas have also been hurt by "
    "retaliatory tariffs from China and other countries, which would not automatically go away if "
    "the U.S. duties fall.",
    "The federal government has collected more than $130 billion under the emergency tariffs "
    "nationwide, according to customs data. Halvorsen said Cascade Vintners would seek a refund if "
    "the ruling stands.",
    "The ruling does not touch separate tariffs on steel, aluminum and cars, which were imposed "
    "under a different law.",
    "Halvorsen said she planned to open a bottle of Portuguese red on Thursday night. &#8220;A "
    "cheap one,&#8221; she said. &#8220;We&#8217;re still paying the tariff on it.&#8221;",
]

_S2_WIRE = [
    "The European Union&#8217;s General Court on Wednesday cut a record antitrust fine on Dutch "
    "chipmaker Norvane Semiconductors to &#8364;412 million from &#8364;1.17 billion, ruling that "
    "the European Commission had failed to prove part of its case.",
    "The Luxembourg-based court upheld the Commission&#8217;s finding that Norvane abused its "
    "dominant position in radar chips for cars between 2014 and 2017, but annulled the part of the "
    "2019 decision covering the years 2011 to 2013, saying the evidence for that period was "
    "&#8220;fragmentary and inconclusive&#8221;.",
    "The judges also found that the Commission had made errors in the economic test it used to "
    "show that Norvane&#8217;s rebates to two of its largest customers could have pushed equally "
    "efficient rivals out of the market.",
    "Shares in Norvane rose as much as 7% in Amsterdam after the ruling and closed up 5.3% at "
    "&#8364;48.60.",
    "&#8220;The court has confirmed what we have argued for seven years: our rebates were ordinary "
    "competitive discounts, not an abuse,&#8221; Norvane&#8217;s general counsel, Ilse Verbeek, "
    "said in a statement. &#8220;We will study the judgment and consider our options on the "
    "remaining findings.&#8221;",
    "Chief executive Maarten de Groot told analysts on a call that the company had set aside the "
    "full fine as a provision in 2019 and would release most of it in its first-quarter accounts.",
    "A Commission spokeswoman, Lea Zuber, said the EU executive &#8220;takes note of the judgment "
    "and will study it carefully before deciding on next steps.&#8221; Either side can appeal on "
    "points of law to the Court of Justice, the EU&#8217;s highest court, within two months and "
    "ten days.",
    "The 2019 decision accused Norvane, which supplies roughly two-thirds of the radar chips used "
    "in driver-assistance systems in Europe, of granting carmakers and their suppliers rebates on "
    "condition that they bought nearly all their chips from it. The investigation began after a "
    "complaint in 2015 by U.S. rival Ardent Microsystems.",
    "According to the 2019 decision, the rebates were built into supply contracts with at least "
    "eight carmakers and three of their largest parts suppliers, and in some cases amounted to a "
    "fifth of the list price of the chips.",
    "Ardent said it was disappointed that the fine had been reduced but pleased that the court had "
    "&#8220;confirmed the core of the infringement&#8221;.",
    "The ruling, by a five-judge chamber, is the latest setback for the Commission in cases over "
    "loyalty rebates. The General Court in 2022 annulled a &#8364;1.06 billion fine imposed on "
    "Intel in 2009, and the same year scrapped a &#8364;997 million penalty against Qualcomm.",
    "Lawyers said the judgment would make the Commission more careful in building rebate cases. "
    "&#8220;The court is not saying rebates are fine. It is saying the Commission has to do the "
    "economics properly, customer by customer,&#8221; said Sofie Lindahl, a competition lawyer in "
    "Brussels.",
    "Norvane, based in Eindhoven, reported revenue of &#8364;6.4 billion last year and employs "
    "about 21,000 people.",
]

_S2_NBS = [
    "A European court has cut a huge fine imposed on the Dutch chip company Norvane "
    "Semiconductors, saying EU regulators got parts of their case wrong.",
    "The EU&#8217;s General Court reduced the penalty from &#8364;1.17bn to &#8364;421m on "
    "Wednesday, in a judgment that will be closely read by competition lawyers across Europe.",
    "The European Commission fined Norvane in July 2019, accusing it of using discounts to lock "
    "carmakers into buying its radar chips, which are used in systems such as automatic emergency "
    "braking and adaptive cruise control.",
    "The Commission said the rebates, paid between 2011 and 2017, were conditional on customers "
    "buying almost all of their chips from Norvane, making it hard for rivals to compete.",
    "The court agreed that Norvane had broken the rules from 2014 onwards, but said the Commission "
    "had not proved its case for the earlier years. It also found flaws in the way the Commission "
    "had analysed the discounts given to two big customers.",
    "Norvane&#8217;s general counsel, Ilse Verbeek, said the company had always argued its rebates "
    "were &#8220;ordinary competitive discounts, not an abuse&#8221;, and that it was pleased the "
    "court had recognised this.",
    "The Commission said it took note of the judgment and would study it carefully before deciding "
    "what to do next. It has two months and ten days to appeal to the Court of Justice.",
    "Investors welcomed the news. Norvane shares closed 5.3% higher in Amsterdam.",
    "The case began with a complaint in 2015 from Ardent Microsystems, an American competitor. "
    "Ardent said the judgment still confirmed &#8220;the core of the infringement&#8221;.",
    "Radar chips have become a key part of modern cars as manufacturers add more safety and "
    "driver-assistance features, and new EU safety rules have made some of those features "
    "compulsory on new models.",
    "The case is the latest in a string of big competition cases in which the EU courts have "
    "trimmed or overturned fines. In 2022, the General Court annulled a &#8364;1.06bn fine that "
    "had been imposed on the US chipmaker Intel in 2009.",
    "The Commission has had a better record in other big cases. In 2024, the Court of Justice "
    "upheld a &#8364;2.42bn fine imposed on Google over the way it promoted its own shopping "
    "comparison service in search results.",
    "Competition experts say the rulings have pushed the Commission towards a more careful, "
    "economics-based approach to cases involving discounts. &#8220;It is a reminder that a big "
    "number in a press release is not the end of the story,&#8221; said Dr Aoife Brennan, who "
    "teaches competition law at University College Dublin.",
    "The judgment was handed down by the court&#8217;s Fourth Chamber, sitting with five judges "
    "rather than the usual three because of the importance of the case.",
    "Norvane, which is based in Eindhoven, employs about 21,000 people worldwide, including about "
    "9,000 in the Netherlands.",
]

_S2_BLOG = [
    "Norvane Semiconductors just had roughly &#8364;760 million knocked off its bill, give or "
    "take. The EU General Court on Wednesday cut the Commission&#8217;s 2019 antitrust fine from "
    "<strong>&#8364;1.17bn to &#8364;412m</strong>, and the stock did what you would expect: up as "
    "much as 7% at one point, closing +5.3% at &#8364;48.60.",
    "Quick refresher. In July 2019, Brussels fined Norvane for loyalty rebates on automotive radar "
    "chips &#8212; discounts to carmakers and tier-one suppliers that were conditional on buying "
    "(almost) everything from Norvane. The Commission said that went on from 2011 to 2017.",
    "What the court did, in case T-612/19:",
    "&#8226; <strong>Threw out 2011&#8211;2013.</strong> The evidence for those years was, in the "
    "court&#8217;s words, &#8220;fragmentary and inconclusive&#8221;.<br>&#8226; <strong>Kept "
    "2014&#8211;2017.</strong> The abuse finding stands for that period.<br>&#8226; "
    "<strong>Knocked the economics.</strong> The as-efficient-competitor analysis for two big "
    "customers was flawed, so those rebates drop out of the calculation.",
    "Chief executive Ilse Verbeek was on the wires within the hour: &#8220;The court has confirmed "
    "what we have argued for seven years: our rebates were ordinary competitive discounts, not an "
    "abuse.&#8221;",
    "For the accounts, this is cleaner than it looks. Norvane booked the full fine as a provision "
    "back in 2019, so most of it gets released in Q1. Call it a one-off boost to earnings, not a "
    "change to the underlying business, which brought in &#8364;6.4bn of revenue last year.",
    "Can the Commission fight back? Yes. Either side has two months and ten days to appeal to the "
    "Court of Justice, on points of law only. The Commission&#8217;s line so far is the standard "
    "one: it &#8220;takes note&#8221; of the judgment and will study it.",
    "History says don&#8217;t bet the farm on an appeal. The General Court tore up Intel&#8217;s "
    "&#8364;1.06bn fine in 2022 and Qualcomm&#8217;s &#8364;997m penalty the same year. Rebate "
    "cases are where Brussels keeps losing, and the judges keep asking for proper "
    "customer-by-customer economics.",
    "The complainant, Ardent Microsystems, which kicked this off in 2015, is putting a brave face "
    "on it, pointing out that the court &#8220;confirmed the core of the infringement&#8221;. "
    "True, but &#8364;412m is a much smaller stick than &#8364;1.17bn.",
    "One more detail for the legal nerds: the Fourth Chamber sat in extended composition, five "
    "judges instead of the usual three, which tends to happen when the court knows its ruling will "
    "be read as a precedent. Expect this one to be quoted in every rebate case for a decade.",
    "The bigger picture for the sector: carmakers are stuffing more radar into every vehicle as EU "
    "safety rules tighten, and Norvane still holds about two-thirds of the European market. A "
    "smaller fine doesn&#8217;t change that, but it does lift an overhang that has been sitting on "
    "the stock for almost seven years.",
    "I&#8217;ll update this post if the Commission says anything more substantive.",
]

_S2_DAILY = [
    "LUXEMBOURG &mdash; Europe&#8217;s second-highest court on Tuesday slashed a landmark fine "
    "against Norvane Semiconductors, the Dutch maker of radar chips for cars, dealing another blow "
    "to the European Commission&#8217;s efforts to police discounts offered by dominant companies.",
    "The General Court reduced the penalty to &#8364;412 million, or about $487 million, from the "
    "&#8364;1.17 billion the Commission had imposed in 2019. The judges upheld the core of the "
    "Commission&#8217;s finding that Norvane had illegally tied customers to its products from "
    "2014 to 2017, but said regulators had not proved that the abuse began in 2011, as they had "
    "claimed.",
    "The court also faulted the Commission&#8217;s use of an economic test meant to show whether a "
    "rival as efficient as Norvane could have matched its rebates. For two large customers, the "
    "judges said, the analysis was flawed.",
    "The decision was the latest in a series of defeats for the Commission in cases involving "
    "so-called loyalty rebates. In 2022, the same court annulled a &#8364;1.06 billion fine "
    "against Intel and a &#8364;997 million fine against Qualcomm.",
    "&#8220;The court is telling Brussels that it cannot take shortcuts,&#8221; said Sofie "
    "Lindahl, a competition lawyer in Brussels who was not involved in the case. &#8220;It has to "
    "show its work, customer by customer.&#8221;",
    "Norvane&#8217;s general counsel, Ilse Verbeek, said the ruling vindicated the company. "
    "&#8220;We have always said our rebates were ordinary competitive discounts, not an "
    "abuse,&#8221; she said.",
    "Its shares jumped as much as 7 percent on Euronext Amsterdam and ended the day up 5.3 "
    "percent.",
    "A spokeswoman for the Commission, Lea Zuber, said it would study the judgment carefully "
    "before deciding on next steps. Either side may appeal to the Court of Justice, the "
    "bloc&#8217;s top court, but only on points of law.",
    "Norvane, based in Eindhoven, dominates the market for the radar chips that allow cars to keep "
    "their distance on highways and to brake automatically. The company supplies about two-thirds "
    "of those chips in Europe, and its customers include most of the continent&#8217;s major "
    "carmakers.",
    "Norvane&#8217;s chief executive, Maarten de Groot, has said the company would use money freed "
    "up by a lower fine to expand a chip plant near Nijmegen, where it employs about 2,000 people.",
    "The investigation began in 2015 after a complaint from Ardent Microsystems, an American "
    "competitor, which argued that Norvane&#8217;s rebates had shut it out of contracts with "
    "European carmakers. Ardent said on Tuesday that the court had nonetheless &#8220;confirmed "
    "the core of the infringement.&#8221;",
    "The ruling comes as the Commission is reviewing its guidelines on abuse of dominance, which "
    "are meant to give companies clearer rules on when discounts cross the line. Critics say the "
    "string of court defeats shows that the current approach is unworkable.",
    "Five judges of the court&#8217;s Fourth Chamber heard the case.",
]

_S3_WIRE = [
    "The Federal Reserve cut interest rates by a quarter of a percentage point on Wednesday, its "
    "fourth reduction since September, and signaled that it expects to lower borrowing costs twice "
    "more this year as the labor market cools.",
    "The Fed&#8217;s rate-setting Federal Open Market Committee lowered its benchmark overnight "
    "rate to a range of 3.25% to 3.50%, in a decision released at 1900 GMT.",
    "Two policymakers dissented. Governor Adriana Kessling favored a larger, half-point cut, while "
    "Cleveland Fed President Marcus Ode wanted to leave rates unchanged, making the vote 10-2.",
    "&#8220;Risks to employment have moved higher, and today&#8217;s decision is another step "
    "toward a more neutral stance,&#8221; Fed Chair Jerome Powell told reporters after the "
    "decision. &#8220;We are not on a preset course.&#8221;",
    "The Fed&#8217;s statement said inflation &#8220;remains somewhat elevated&#8221; and that "
    "downside risks to employment had risen, language that investors read as leaving the door open "
    "to further cuts.",
    "New quarterly projections showed the median policymaker now expects two more quarter-point "
    "cuts by the end of 2026, up from one in the projections published in December. Officials see "
    "the unemployment rate ending the year at 4.5%, compared with 4.4% in February, and core "
    "inflation, as measured by the personal consumption expenditures price index, at 2.7%.",
    "The Fed lowered rates by a quarter point at each of its meetings in September, October and "
    "December last year, before holding steady in January as officials waited to see whether "
    "inflation, lifted in part by tariffs, would ease.",
    "Since the start of the year, employers have added an average of just 38,000 jobs a month, and "
    "several large companies have announced layoffs, adding to concern that the economy is losing "
    "momentum.",
    "Powell said that the tariffs were still pushing up the prices of some goods but that "
    "officials expected the effect to fade over the course of the year. &#8220;We think of it as a "
    "one-time shift in the price level, though we are watching carefully to make sure it does not "
    "become something more persistent,&#8221; he said.",
    "U.S. stocks rose after the announcement, with the S&amp;P 500 closing up 0.7%. The yield on "
    "the two-year Treasury note, which is sensitive to expectations for Fed policy, fell 6 basis "
    "points to 3.41%.",
    "The decision comes two months before Powell&#8217;s term as chair ends in May. Powell "
    "declined to answer questions about his plans or about his possible successor.",
    "Kessling, who joined the Fed&#8217;s board last year, has argued in speeches that policy "
    "remains restrictive and that the central bank risks falling behind a weakening job market. "
    "Ode has said inflation is still too far above the Fed&#8217;s 2% goal to justify further "
    "cuts.",
    "The Fed&#8217;s next policy meeting is scheduled for April 28-29.",
]

_S3_BLOG = [
    "As expected, the FOMC cut by <strong>25bp to 3.25%&#8211;3.50%</strong> this afternoon. The "
    "interesting parts were the dots and the dissents.",
    "<strong>The decision.</strong> The statement hit at 2 p.m. ET and was close to a carbon copy "
    "of January&#8217;s, with one notable change: the committee now says downside risks to "
    "employment &#8220;have risen&#8221;, where January&#8217;s statement said they had "
    "&#8220;increased somewhat&#8221;. That&#8217;s a small word change doing a lot of work.",
    "<strong>The dissents.</strong> We got one on each side, for a 10&#8211;2 vote. Governor "
    "Adriana Kessling wanted 50bp; Cleveland&#8217;s Marcus Ode wanted to hold. Two-way dissents "
    "are rare and tell you the committee&#8217;s center of gravity is not as settled as the "
    "statement makes it look.",
    "<strong>The dots.</strong> The median 2026 dot now implies two more quarter-point cuts, "
    "versus one in December. The spread is wide, though: four participants see no further cuts at "
    "all, and three see three or more.",
    "<strong>The projections.</strong> Unemployment is seen at 4.5% at year-end (it was 4.4% in "
    "February). Core PCE inflation is projected at 2.7% for 2026, barely changed. GDP growth was "
    "marked down to 1.8%.",
    "<strong>The presser.</strong> Powell&#8217;s key line: &#8220;Risks to employment have moved "
    "higher, and today&#8217;s decision is another step toward a more neutral stance.&#8221; He "
    "also did the usual &#8220;we are not on a preset course&#8221; routine, which the market "
    "chose to ignore.",
    "<strong>The market.</strong> Two-year yields dropped 6bp to 3.41%. The S&amp;P 500 finished "
    "up 0.7%. Fed funds futures now price roughly 60% odds of another cut at the next meeting, on "
    "<strong>May 5&#8211;6</strong>.",
    "Some context on where we are. This is the fourth cut of the cycle: September, October and "
    "December 2025, each 25bp, then a pause in January, and now this. Since September, the target "
    "range has come down a full percentage point, from 4.25%&#8211;4.50%.",
    "My take: the Fed is now clearly reacting to the labor market rather than to inflation. "
    "Payroll growth has averaged under 40,000 a month since the start of the year, and that is not "
    "a number any central banker can shrug off. Tariff-driven goods inflation is still there, but "
    "Powell has settled firmly on the &#8220;one-time level shift&#8221; story.",
    "The wild card is the leadership change. Powell&#8217;s term as chair ends in May, and he "
    "would not say a word about what comes next. Whoever takes over inherits a committee that is "
    "split in both directions.",
    "One more thing on the statement: the committee kept the line about inflation remaining "
    "&#8220;somewhat elevated&#8221;. Nobody should read this as the Fed declaring victory on "
    "prices.",
    "I&#8217;ll have a longer note on the dots tomorrow morning. Until then: the curve is "
    "steepening, the dollar is softer, and nobody at the Fed wants to sound like they&#8217;re in "
    "a hurry.",
]

_S3_DAILY = [
    "WASHINGTON &mdash; The Federal Reserve lowered interest rates on Wednesday for the first time "
    "this year, reducing its key rate by a quarter-point as officials grew more worried about a "
    "slowing job market than about inflation that remains above their target.",
    "The cut brings the federal funds rate to a range of 3.25 to 3.5 percent. It follows <a "
    "href='/business/economy/fed-december-cut.html'>three reductions at the end of last year</a>, "
    "in September, October and December, and a pause in January.",
    "&#8220;Risks to employment have moved higher, and today&#8217;s decision is another step "
    "toward a more neutral stance,&#8221; the Fed chair, Jerome H. Powell, said at a news "
    "conference after the decision, which was announced at 2 p.m.",
    "The decision was not unanimous. Adriana Kessling, a Fed governor, dissented in favor of a "
    "half-point cut, and Marcus Ode, president of the Federal Reserve Bank of Cleveland, dissented "
    "because he preferred to keep rates where they were. It was the first time since 2019 that "
    "officials had dissented in opposite directions at the same meeting.",
    "Fed officials also released new economic projections. The median official expects to cut "
    "rates twice more before the end of the year, one more time than officials had forecast in "
    "December. They expect unemployment, which was 4.4 percent in February, to rise to 4.5 percent "
    "by the end of the year.",
    "Mr. Powell said tariffs had pushed up the prices of furniture, appliances and other goods but "
    "that officials expected that effect to wear off. He said the Fed was &#8220;not on a preset "
    "course&#8221; and would decide on further cuts meeting by meeting.",
    "The move comes at a delicate moment for the central bank. Mr. Powell&#8217;s term as chair "
    "expires in May, and the White House has pushed for much faster cuts. Mr. Powell declined to "
    "discuss his future or the administration&#8217;s criticism.",
    "For households, the cut should bring modest relief on credit card balances and home equity "
    "lines of credit, whose rates move with the Fed&#8217;s benchmark. Mortgage rates, which track "
    "longer-term bond yields, have already fallen in anticipation of the Fed&#8217;s moves.",
    "Investors cheered the decision. The S&amp;P 500 rose 0.7 percent, and the yield on two-year "
    "Treasury notes fell to 3.41 percent.",
    "Economists said the Fed&#8217;s shift reflected a run of weak employment reports. Employers "
    "have added an average of fewer than 40,000 jobs a month since the start of the year, down "
    "from more than 100,000 a month in the first half of 2025.",
    "&#8220;The Fed has decided that the bigger risk is waiting too long,&#8221; said Carmen "
    "Villalobos, chief U.S. economist at Harrow &amp; Finch. &#8220;They are buying insurance "
    "against a sharper downturn.&#8221;",
    "The Fed&#8217;s next meeting is on April 28 and 29.",
]

_S3_TV = [
    "The Federal Reserve cut interest rates again on Wednesday, and that could mean some relief "
    "for Crossroads families carrying credit card debt or shopping for a home.",
    "The Fed lowered its key interest rate by a quarter of a percentage point, to a range of 3.25% "
    "to 3.5%. It&#8217;s the fourth time the central bank has cut rates since last September.",
    "Fed Chair Jerome Powell said the central bank is worried about the job market. &#8220;Risks "
    "to employment have moved higher,&#8221; Powell told reporters in Washington.",
    "Not everyone at the Fed agreed with the decision. Governor Torvald Brandt wanted a bigger cut "
    "of half a percentage point, and Cleveland Fed President Marcus Ode wanted no cut at all.",
    "So what does this mean for you? Local financial experts say the biggest change will show up "
    "on credit cards and home equity lines of credit, which usually follow the Fed&#8217;s rate "
    "within a billing cycle or two.",
    "&#8220;If you&#8217;re carrying a balance, your rate is going to come down a little, but "
    "we&#8217;re talking about a quarter of a point,&#8221; said Denise Okonjo, a financial "
    "planner in Victoria. &#8220;The best move is still to pay that card down.&#8221;",
    "Mortgage rates don&#8217;t move directly with the Fed, but they have been drifting lower. The "
    "average rate on a 30-year fixed mortgage was 6.02% last week, according to Freddie Mac, down "
    "from about 6.7% a year ago.",
    "That&#8217;s bringing some buyers back. Ray Delgado, a real estate agent with Coastal Bend "
    "Realty, said his phone has been busier since February. &#8220;People who were waiting for "
    "rates to drop are starting to call me back,&#8221; he said. &#8220;A few of them were waiting "
    "for exactly this.&#8221;",
    "Savers, on the other hand, could see lower returns on high-yield savings accounts and "
    "certificates of deposit. Several online banks lowered their rates in the days leading up to "
    "Wednesday&#8217;s decision.",
    "Fed officials said they expect to cut rates two more times this year, though Powell stressed "
    "that nothing is decided. &#8220;We are not on a preset course,&#8221; he said.",
    "The Fed has been trying to balance two jobs: keeping prices stable and keeping people "
    "employed. Prices for some goods are still higher because of tariffs, but hiring has slowed "
    "sharply this year, and the national unemployment rate rose to 4.4% in February.",
    "In the Crossroads, the jobless rate has held steadier, helped by hiring at the Port of "
    "Victoria and at petrochemical plants along the coast, according to the Golden Crescent "
    "Workforce Board.",
    "The Fed&#8217;s next meeting is April 28-29. KVRN 7 will have more on what the rate cut means "
    "for your wallet tonight at 6 and 10.",
]

_S4_NBS = [
    "The Bank of England has kept interest rates on hold at 3.75%, but said it still expects to "
    "cut them further this year as inflation eases.",
    "The Bank&#8217;s Monetary Policy Committee (MPC) voted by seven to two to leave rates "
    "unchanged. The two members who wanted a cut, Dr Helen Marr and Prof Tobias Wren, would have "
    "lowered rates by a quarter of a percentage point to 3.5%.",
    "The decision, announced at noon on Thursday, means borrowing costs stay at their lowest level "
    "in about three years.",
    "Governor Andrew Bailey said: &#8220;We still think Bank Rate is on a gradual downward path, "
    "but the timing of further cuts has become a closer call.&#8221;",
    "<a href='/news/business-7744120'>Inflation</a>, which measures the rate at which prices rise, "
    "was 3.4% in the year to January, well above the Bank&#8217;s 2% target. Figures for February "
    "are due to be published next Wednesday.",
    "The Bank expects inflation to fall to about 2.5% by the end of this year and to reach its "
    "target in 2027, helped by lower energy bills and smaller rises in food prices.",
    "Interest rates affect the cost of mortgages, loans and credit cards, as well as the returns "
    "savers get on their money. About 600,000 homeowners with fixed-rate mortgages are due to come "
    "off their deals in the next three months, according to trade body UK Finance, and many will "
    "face higher monthly payments.",
    "The Bank cut rates six times between August 2024 and December last year, bringing them down "
    "from a peak of 5.25%. The last cut, in December, was approved by the narrowest possible "
    "margin, with five members voting for it and four against.",
    "Some economists had expected a closer vote this time. &#8220;The message is that the Bank is "
    "in no rush,&#8221; said Fiona Gallagher, chief economist at the consultancy Lowther "
    "Analytics. &#8220;They want to see wage growth come down further before they move "
    "again.&#8221;",
    "Mortgage lenders had already cut the rates on many fixed deals in recent weeks in "
    "anticipation of lower interest rates, and some brokers said that trend was likely to continue "
    "despite the pause.",
    "Wage growth, excluding bonuses, slowed to 4.1% in the three months to January, its lowest "
    "rate in more than three years, official figures showed earlier this week.",
    "The pound rose about 0.3% against the US dollar after the announcement, as some traders had "
    "bet that a cut was possible.",
    "Chancellor Rachel Reeves said the government&#8217;s priority remained &#8220;getting "
    "inflation down and living standards up&#8221;.",
    "The Bank will next announce its interest rate decision on 30 April, when it will also publish "
    "new forecasts for the economy.",
]

_S4_WIRE = [
    "The Bank of England held interest rates at 3.75% on Thursday, as expected, but two of its "
    "nine policymakers voted for an immediate cut and Governor Andrew Bailey said rates were still "
    "on a &#8220;gradual downward path&#8221;.",
    "The Monetary Policy Committee voted 7-2 to keep Bank Rate unchanged. Helen Marr and Tobias "
    "Wren, two of the committee&#8217;s four external members, voted to lower it by 25 basis "
    "points to 3.50%.",
    "Sterling rose around 0.3% to $1.342 after the decision, which was announced at 1200 GMT, as "
    "some investors had positioned for a more dovish vote split. Two-year gilt yields rose 4 basis "
    "points to 3.62%.",
    "&#8220;We still think Bank Rate is on a gradual downward path, but the timing of further cuts "
    "has become a closer call,&#8221; Bailey said in the minutes of the meeting.",
    "British inflation stood at 3.4% in January, the highest among the Group of Seven rich "
    "economies, and the BoE said it expected it to fall to around 2.5% by the end of 2026 and to "
    "its 2% target in 2027.",
    "The central bank last cut rates in December, in a 5-4 vote, after reductions in August and "
    "November 2024 and in February, May and August last year. It has lowered borrowing costs by a "
    "total of 1.5 percentage points since rates peaked at 5.25%.",
    "The minutes showed that most policymakers wanted more evidence that wage growth and services "
    "inflation were slowing. Private-sector regular pay growth eased to 3.9% in the three months "
    "to January, data showed on Tuesday.",
    "The Bank said in its minutes that the impact of higher employer social security "
    "contributions, introduced last April, had pushed up some prices by more than it had expected, "
    "though it judged that effect would fade.",
    "Marr and Wren argued that the economy was weaker than the Bank had expected and that keeping "
    "rates unchanged risked pushing inflation below target later on. Britain&#8217;s economy grew "
    "by 0.1% in the fourth quarter of 2025.",
    "Investors in interest rate futures trimmed bets on a cut at the BoE&#8217;s next meeting on "
    "April 30, pricing a probability of around 40%, down from about 55% before the announcement.",
    "&#8220;The vote was a touch more hawkish than the market wanted, but the guidance "
    "hasn&#8217;t changed,&#8221; said Tomasz Wilk, senior rates strategist at Brightwater "
    "Securities in London. &#8220;They will cut again, just not in a hurry.&#8221;",
    "Finance minister Rachel Reeves has been counting on lower borrowing costs to ease pressure on "
    "the public finances ahead of her next budget.",
    "The decision came a day after the U.S. Federal Reserve cut its own benchmark rate by a "
    "quarter point, and on the same day that the European Central Bank and the Bank of Japan held "
    "their rates steady.",
]

_S4_DAILY = [
    "LONDON &mdash; The Bank of England kept its benchmark interest rate unchanged on Thursday, "
    "pausing its gradual easing cycle as inflation in Britain remains stubbornly higher than in "
    "other major economies.",
    "The central bank&#8217;s Monetary Policy Committee voted 7 to 2 to hold the rate at 3.75 "
    "percent, a level it reached after a quarter-point cut in December. The two dissenters, Helen "
    "Marr and Tobias Wren, favored a cut to 3.5 percent.",
    "The decision was widely expected by investors, who had bet that the bank would wait for more "
    "evidence that price pressures were easing before lowering borrowing costs again.",
    "Andrew Bailey, the bank&#8217;s governor, said policymakers still believed that rates were "
    "heading lower. &#8220;We still think Bank Rate is on a gradual downward path,&#8221; he said, "
    "&#8220;but the timing of further cuts has become a closer call.&#8221;",
    "The decision, announced at noon in London, or 8 a.m. in New York, came one day after the "
    "Federal Reserve lowered rates in Washington, a sign of how the world&#8217;s major central "
    "banks are moving at different speeds.",
    "Inflation in Britain was 3.4 percent in January, far above the Bank of England&#8217;s 2 "
    "percent target and higher than in the United States or the eurozone. Officials expect the "
    "rate to slow to around 2.5 percent by the end of the year, partly because of a fall in "
    "household energy prices in April.",
    "The bank has cut rates six times since August 2024, when it began lowering borrowing costs "
    "from 5.25 percent, a 16-year high. But its policymakers have been deeply divided; "
    "December&#8217;s cut was approved by a 5-to-4 vote.",
    "The British economy has barely grown in recent months, expanding just 0.1 percent in the "
    "final three months of last year, and unemployment has risen to 5.1 percent, the highest level "
    "in almost five years outside the pandemic.",
    "That has put pressure on the bank to move faster. Business groups said the decision to hold "
    "was a missed opportunity. &#8220;Firms are holding back on hiring and investment, and a cut "
    "today would have helped,&#8221; said Priyanka Shah, head of economics at the British Chambers "
    "of Trade.",
    "Mr. Bailey, whose term as governor runs until 2028, has tried to keep the committee&#8217;s "
    "message steady despite the split votes, stressing that the direction of travel for rates has "
    "not changed.",
    "Yet many economists said the bank was right to be cautious. Wage growth has slowed, but it is "
    "still running at about 4 percent a year, a pace that officials consider too fast to bring "
    "inflation back to target on its own.",
    "Threadneedle Street&#8217;s next rate decision is scheduled for April 30.",
    "The pound strengthened slightly against the dollar after the announcement.",
]

_S5_WIRE = [
    "Stratafront Aerospace&#8217;s Corvid rocket reached orbit for the first time on Tuesday and "
    "its booster landed on a floating platform in the Gulf of Mexico, a breakthrough for the Texas "
    "company after three test flights that ended early.",
    "The 71-meter (233-foot) methane-fueled rocket lifted off at 7:42 a.m. local time (1242 GMT) "
    "from Stratafront&#8217;s Pelican Point launch site near Port O&#8217;Connor, on the Texas "
    "coast.",
    "About eight minutes later, the first-stage booster, known as B7, touched down on the "
    "company&#8217;s landing platform Sandpiper, some 500 kilometers (310 miles) offshore, as "
    "employees at the company&#8217;s mission control cheered.",
    "The upper stage continued to an orbit about 210 km (130 miles) above Earth and released eight "
    "mass simulators, stand-ins for the broadband satellites Stratafront plans to launch for "
    "paying customers later this year.",
    "It then relit its engine to slow down and fell back into the atmosphere over the Indian "
    "Ocean, splashing down about 68 minutes after liftoff, the company said.",
    "&#8220;Today Corvid did everything we asked of it, and a couple of things we were nervous to "
    "ask,&#8221; Stratafront Chief Executive Dana Whitlock said on the company&#8217;s webcast.",
    "The flight, Corvid&#8217;s fourth, was the first to meet all of its main goals. On the first "
    "flight last September, the booster exploded 2 minutes and 12 seconds after liftoff. The "
    "second, in December, reached space but the upper stage lost control and broke apart. In "
    "February, on the third flight, the upper-stage engine shut down early, 8 minutes and 40 "
    "seconds into the flight, and the booster crashed into the Gulf during a landing attempt.",
    "The U.S. Federal Aviation Administration closed its investigation into the third flight on "
    "April 2, clearing the way for Tuesday&#8217;s launch.",
    "Stratafront is one of several companies racing to build reusable heavy rockets to compete "
    "with SpaceX, whose Falcon 9 dominates the global launch market. Reusing the booster is "
    "central to Stratafront&#8217;s plan to cut the cost of reaching orbit.",
    "Pelican Point, on a narrow strip of land between Matagorda Bay and the Gulf, received its FAA "
    "launch license in 2024. Environmental groups have challenged the license in court, arguing "
    "that launches disturb nesting shorebirds and whooping cranes that winter in the area.",
    "Corvid&#8217;s booster is powered by nine of the company&#8217;s Rook engines, which burn "
    "liquid methane and liquid oxygen; the upper stage uses a single engine adapted to work in a "
    "vacuum.",
    "The company, which employs about 1,400 people, has raised more than $2 billion from "
    "investors. It plans to carry its first customer payload, 12 satellites for broadband operator "
    "Lumen Orbital, in the third quarter.",
    "Whitlock said engineers would inspect the recovered booster before deciding whether it could "
    "fly again.",
]

_S5_DAILY = [
    "After three flights that ended in fire, tumbling or a crash, a new rocket from a Texas "
    "start-up finally did what it was built to do.",
    "Stratafront Aerospace&#8217;s Corvid rocket, launched on Tuesday morning from a strip of "
    "coastal ranchland near Port O&#8217;Connor, Tex., reached orbit, released a set of dummy "
    "satellites and returned its huge first stage to a landing on a platform in the Gulf of "
    "Mexico.",
    "The booster, designated Booster 9, settled onto the deck of the platform about eight minutes "
    "after liftoff, the first time Stratafront had recovered one intact. On the company&#8217;s "
    "livestream, a camera on the platform showed it descending through a cloud of steam before its "
    "legs touched down.",
    "&#8220;Today Corvid did everything we asked of it, and a couple of things we were nervous to "
    "ask,&#8221; said Dana Whitlock, the company&#8217;s chief executive, who founded Stratafront "
    "in 2019 after more than a decade as a propulsion engineer.",
    "The upper stage, meanwhile, released six mass simulators in orbit, about 130 miles up, before "
    "firing its engine again to bring itself down over the Indian Ocean. The whole flight lasted "
    "about an hour and eight minutes.",
    "The success was a relief for Stratafront, which has spent heavily to build its own launch "
    "site, factory and test stands along the Texas coast. The rocket&#8217;s first flight, in "
    "September, ended in an explosion about two minutes after liftoff. The second, in December, "
    "lost its upper stage. The third, in February, ended early when the upper-stage engine shut "
    "down and the booster crashed during its landing attempt.",
    "Corvid stands 233 feet tall and burns liquid methane, a fuel that many engineers see as the "
    "best choice for rockets meant to fly again and again, because it leaves less soot inside the "
    "engines than kerosene.",
    "Stratafront has raised more than $2 billion from venture capital firms and a Gulf sovereign "
    "wealth fund, betting that demand for launches will keep growing as companies build "
    "constellations of thousands of internet satellites.",
    "For now, SpaceX, the company founded by Elon Musk, launches the vast majority of satellites "
    "to orbit from the United States. Its Falcon 9 rocket has flown hundreds of times with reused "
    "boosters.",
    "&#8220;One good flight is not a business,&#8221; said Laura Kincaid, a space industry analyst "
    "at Meridian Ridge Partners. &#8220;But it is the first time they have shown the whole system "
    "working end to end, and that changes the conversation with customers.&#8221;",
    "Stratafront&#8217;s first paying customer, Lumen Orbital, plans to send up 12 broadband "
    "satellites on a Corvid later this year.",
    "Residents of Port O&#8217;Connor, a fishing town of about 1,200 people, lined the beach and "
    "the jetties to watch the launch, the fourth from the site since September.",
]

_S5_TV = [
    "Crowds lined the beach in Port O&#8217;Connor early Tuesday as Stratafront Aerospace launched "
    "its Corvid rocket from Pelican Point, and this time the rocket made it all the way to orbit.",
    "The rocket lifted off at 7:42 a.m. and thundered out over Matagorda Bay, shaking windows in "
    "Port O&#8217;Connor and setting off car alarms as far away as Seadrift.",
    "About eight minutes after launch, the rocket&#8217;s booster landed on a platform out in the "
    "Gulf, something the company had never done before. The upper part of the rocket went into "
    "orbit and came back down over the Indian Ocean about 54 minutes after liftoff.",
    "Many people watched from boats in the bay, and the Coast Guard kept vessels outside a safety "
    "zone around the launch site.",
    "&#8220;I&#8217;ve watched all four of them from right here,&#8221; said Tammy Ruiz, who drove "
    "from Victoria with her two sons before sunrise. &#8220;The first one blew up and we all just "
    "stood there. This one, everybody was screaming.&#8221;",
    "Stratafront CEO Dana Whitlock said the rocket did everything the company hoped. &#8220;Today "
    "Corvid did everything we asked of it,&#8221; Whitlock said during the company&#8217;s "
    "livestream.",
    "It&#8217;s the fourth launch from Pelican Point. The first, last September, ended in an "
    "explosion shortly after liftoff, scattering debris over the marsh and prompting complaints "
    "from nearby landowners and conservation groups.",
    "Calhoun County Judge Ruben Salas said the county has worked with the company on road closures "
    "and beach access. &#8220;There&#8217;s been some growing pains, but these are good jobs, and "
    "people are proud of what&#8217;s happening out there,&#8221; Salas said.",
    "Stratafront employs about 300 people at Pelican Point and about 1,400 nationwide. The company "
    "says it plans to hire about 150 more people in Calhoun and Victoria counties over the next "
    "two years.",
    "Beach access roads near the launch site closed Monday night and reopened about three hours "
    "after the launch, according to the Calhoun County Sheriff&#8217;s Office.",
    "Not everyone is cheering. Some fishing guides say the launches and the closures that come "
    "with them cost them trips. &#8220;When they shut the bay, I lose a day of work,&#8221; said "
    "guide Eddie Tran.",
    "Stratafront says its next flight will carry its first paying customer&#8217;s satellites, 12 "
    "of them for a company called Lumen Orbital, and it expects to launch later this year.",
    "The company has to apply to the Federal Aviation Administration for approval before every "
    "launch. The FAA wrapped up its review of Stratafront&#8217;s February flight earlier this "
    "month.",
    "KVRN 7 will carry the next launch live on air and online.",
]

_S5_OB = [
    "Fourth time&#8217;s the charm. Stratafront&#8217;s Corvid put its upper stage into orbit and "
    "brought its booster home on Tuesday, checking off every major objective on a flight that "
    "lasted 68 minutes from liftoff to splashdown.",
    "Booster B7 lifted off from Pelican Point, Texas, at 12:42 UTC on all nine Rook engines. Stage "
    "separation came at about T+2:50, and after a boostback burn and an entry burn, B7 touched "
    "down on the drone platform <em>Sandpiper</em> at T+7:58.",
    "That landing alone is a big deal. On flight 3 in February, the booster&#8217;s engines failed "
    "to relight for the landing burn and it hit the water hard, a few hundred meters from the "
    "platform.",
    "Meanwhile the upper stage, powered by a single vacuum-optimized Rook-V, reached a roughly 210 "
    "km orbit and released six mass simulators in two batches. Stratafront has not said whether "
    "the dummies will be tracked, but they are in a low orbit and should reenter within weeks.",
    "The upper stage then performed a deorbit burn &#8212; the first in-space relight of a Rook-V "
    "&#8212; and reentered over the Indian Ocean. Stratafront streamed video from the stage almost "
    "until the end, showing plasma building up around the heat shield.",
    "&#8220;Today Corvid did everything we asked of it, and a couple of things we were nervous to "
    "ask,&#8221; CEO Dana Whitlock said on the webcast, while the company&#8217;s mission control "
    "erupted behind her.",
    "Recap of the program so far: flight 1 (September 2025) lost the booster at T+2:12 when a fuel "
    "line ruptured; flight 2 (December 2025) made it to space but the upper stage lost attitude "
    "control; flight 3 (February 2026) had an early upper-stage shutdown at T+8:40 plus the failed "
    "landing. The FAA closed the flight 3 mishap investigation on April 2.",
    "What changed? Stratafront says it redesigned the upper stage&#8217;s engine-feed lines and "
    "added a second set of helium tanks for pressurizing the fuel tanks during the landing burn.",
    "B7 is the second booster to come off Stratafront&#8217;s new production line in Bay City, and "
    "the first to carry the redesigned landing legs the company showed off in March.",
    "Next up is the first revenue flight: 12 broadband satellites for Lumen Orbital, targeted for "
    "Q3. Whitlock said B7 would be inspected and, if it checks out, could fly again on that "
    "mission.",
    "It&#8217;s a good week to be a methane rocket. But Corvid is still years behind Falcon 9 on "
    "flight rate, and the company has yet to show it can turn a booster around quickly.",
]

_S6_WIRE = [
    "A rocket built by Norwegian start-up Nordlys Orbital reached space on its second test flight "
    "on Thursday but failed to reach orbit after its second-stage engine shut down early, the "
    "company said.",
    "The 28-meter Skarv rocket lifted off from Andoya Spaceport in northern Norway at 11:15 GMT "
    "and flew normally through the first phase of the flight, separating its two stages about two "
    "and a half minutes after launch.",
    "The second-stage engine ignited as planned but shut down after roughly 40 seconds, short of "
    "the speed needed to stay in orbit. The rocket reached a peak altitude of about 118 km, above "
    "the 100-km line commonly used to mark the edge of space, before falling into the Norwegian "
    "Sea inside a zone that had been cleared of ships and aircraft.",
    "&#8220;We reached space with a rocket designed and built in Europe, and we learned more in "
    "the last forty seconds than in months of testing,&#8221; Chief Executive Ingrid Solbakken "
    "said in a statement.",
    "The company said it was analysing data to find the cause of the shutdown and that early "
    "indications pointed to a drop in pressure in the second stage&#8217;s fuel supply.",
    "Nordlys&#8217; first flight, in October last year, ended 47 seconds after liftoff, when the "
    "rocket lost control and its flight termination system was triggered.",
    "Europe is trying to build up a homegrown launch industry after years of delays to the Ariane "
    "6 rocket and the loss of access to Russian Soyuz launchers following the invasion of Ukraine. "
    "The European Space Agency is running a competition, the <a "
    "href='/science/esa-launcher-challenge'>European Launcher Challenge</a>, to help fund "
    "promising start-ups, and Nordlys is among the companies seeking support.",
    "Skarv&#8217;s flight path took it north over the sea, away from populated areas, as is "
    "standard for launches from Andoya.",
    "Skarv is designed to carry up to 1,000 kg (2,200 lb) to low Earth orbit. Its first stage is "
    "powered by nine Fjell engines that burn propane and liquid oxygen.",
    "The rocket carried no customer satellites on Thursday&#8217;s flight.",
    "Nordlys, based in Trondheim, employs about 320 people and raised 150 million euros in a "
    "funding round last year led by Nordic investors and the Norwegian state-backed fund "
    "Investinor.",
    "Andoya Space, which runs the spaceport on an island north of the Arctic Circle, said its "
    "range and safety systems had worked as intended. The site hosted its first orbital launch "
    "attempt in March 2025.",
    "The company did not give a date for the third flight, but Solbakken told reporters she hoped "
    "it would take place before the end of the year.",
]

_S6_NBS = [
    "A Norwegian rocket has made it into space for the first time, although it fell short of its "
    "goal of reaching orbit.",
    "The Skarv rocket, built by the company Nordlys Orbital, took off from And&#248;ya, an island "
    "in the far north of Norway, at 12:15 local time on Thursday.",
    "It was only the second flight of the rocket, and it went much further than the first. The "
    "maiden flight last October lasted just 47 seconds before the rocket veered off course and was "
    "destroyed.",
    "This time the first stage of the rocket worked as planned, lifting it high above the "
    "Norwegian Sea. But around 40 seconds after the second stage fired, its engine stopped. The "
    "rocket reached a height of about 118km, well above the boundary of space, before falling back "
    "into the sea.",
    "Nordlys chief executive Ingrid Solbakken described the flight as a big step forward. "
    "&#8220;We reached space with a rocket designed and built in Europe, and we learned more in "
    "the last forty seconds than in months of testing,&#8221; she said.",
    "Hundreds of people gathered on hillsides near the launch site, some of whom had travelled "
    "from as far as Oslo and Troms&#248; to watch.",
    "&#8220;You could feel it in your chest,&#8221; said Marit Eide, who had brought her class of "
    "14-year-olds from a school in Sortland. &#8220;When it went into the clouds, the children "
    "were jumping up and down.&#8221;",
    "Europe has struggled to launch its own satellites in recent years. Delays to the Ariane 6 "
    "rocket and the end of launches on Russian Soyuz rockets after Russia&#8217;s full-scale "
    "invasion of Ukraine left European governments relying on US companies such as SpaceX.",
    "Several European start-ups, in Germany, France, Spain, the UK and Norway, are now racing to "
    "fill the gap with smaller rockets. None has yet reached orbit.",
    "Skarv is 28m tall and is designed to carry satellites weighing up to one tonne. Its first "
    "stage has nine engines and burns propane, a fuel that Nordlys says is cheaper and easier to "
    "handle than alternatives.",
    "Nordlys, which is based in Trondheim and has about 320 staff, said the rocket had not carried "
    "any customer satellites. It said it would study the flight data before setting a date for its "
    "next attempt.",
    "Space analyst Dr Kristoffer Haug, of the Norwegian University of Science and Technology, said "
    "the flight was a success by the standards of a test. &#8220;Reaching space on your second try "
    "is very respectable. Reaching orbit is the hard part, and that is where they are now,&#8221; "
    "he said.",
    "The Norwegian government owns 90% of Andøya Space, the company that runs the spaceport, and "
    "has invested heavily in the site in the hope of attracting launch companies.",
]

_S6_OB = [
    "Nordlys Orbital&#8217;s Skarv made it to space on its second try on Thursday, topping out "
    "around 118 km before the second-stage engine quit roughly 40 seconds into its burn. No orbit "
    "this time, but a big step up from last October&#8217;s 47-second debut.",
    "Liftoff from Andøya came at 10:15 UTC. The nine propane-fueled Fjell engines on the first "
    "stage burned for about 2.5 minutes, with stage separation at T+2:31 and a clean second-stage "
    "ignition a few seconds later.",
    "Telemetry on the company&#8217;s stream showed second-stage chamber pressure starting to sag "
    "shortly before the engine cut out. Nordlys says early data points to a pressure drop in the "
    "fuel feed, and it is analysing the rest.",
    "The vehicle then coasted to apogee and fell into the Norwegian Sea, inside the designated "
    "hazard area.",
    "Andøya&#8217;s northbound trajectory over open sea kept the whole flight far from land, and "
    "Andøya Space says the range and safety systems worked as intended.",
    "&#8220;We reached space with a rocket designed and built in Europe, and we learned more in "
    "the last forty seconds than in months of testing,&#8221; said Henrik Aasland, Nordlys&#8217; "
    "chief technology officer, in a post after the flight.",
    "For context, only a handful of European launch start-ups have flown at all. Nordlys now joins "
    "the short list of those that have crossed the 100 km line, and it is bidding, alongside other "
    "start-ups, for funding under ESA&#8217;s European Launcher Challenge.",
    "Skarv by the numbers: 28 m tall, two stages, nine Fjell engines on stage one and one vacuum "
    "Fjell on stage two, with a stated payload of 1,000 kg to low Earth orbit. No customer "
    "payloads flew on this mission.",
    "Flight 1 in October 2025 ended at T+47 s after a loss of control triggered the flight "
    "termination system. Between flights, Nordlys says it rewrote its guidance software and added "
    "roll control thrusters to the first stage.",
    "Europe&#8217;s launch gap is still the backdrop here: Ariane 6 has been slow to ramp up, "
    "Soyuz has been off the table since 2022, and European governments have been buying rides on "
    "SpaceX rockets for their satellites.",
    "Nordlys has about 320 employees and raised &#8364;150M last year. No date yet for flight 3; "
    "the company is aiming for &#8220;before the end of the year&#8221;.",
    "The big question now is how fast Nordlys can turn this around. Its rivals are not standing "
    "still, and ESA money is going to flow to whoever can show an orbit first.",
]


STORIES: list[dict[str, Any]] = [
    _story("court-YB1", "court", "2026-03-20", [
        _page("https://www.pacificwire.example/legal/"
              "us-appeals-court-emergency-tariffs-ruling-20260312",
              _wire_site("US appeals court rules emergency tariffs unlawful but leaves them in "
                         "place for now", _S1_WIRE,
                         dateline="WASHINGTON", author="Daniel Ferreira", section="Legal",
                         published="2026-03-12T22:41:00Z",
                         related=("Trade court strikes down emergency tariffs in unanimous ruling",
                                  "US, China extend tariff truce by 90 days after Stockholm talks",
                                  "Canada drops most retaliatory tariffs on US goods covered by "
                                  "trade pact",
                                  "Supreme Court to hear Texas redistricting case, arguments set "
                                  "for Oct. 7"))),
        _page("https://www.dailymeridian.example/business/tariffs-appeals-court-ieepa-ruling.html",
              _daily_site("Appeals Court Says Emergency Tariffs Exceed the President&#8217;s "
                          "Power", _S1_DAILY,
                          dek="A divided federal appeals court found the levies unlawful but left "
                              "them in place while the administration appeals.",
                          author="Rebecca Strand", kicker="Law &amp; Courts",
                          caption="Containers stacked at the Port of Long Beach in California. "
                                  "File photo: The Daily Meridian",
                          most_read=("Jury awards $41 million to family in Ohio bridge collapse "
                                     "case",
                                     "Senate confirms labor secretary in 52-47 vote",
                                     "Lake-effect storm buries Buffalo under 20 inches of snow",
                                     "Opinion: The tariff refund mess is only beginning"))),
        _page("https://thebasispoint.example/2026/03/13/federal-circuit-ieepa-tariffs-markets/",
              _blog_site("The Federal Circuit just said the IEEPA tariffs are illegal. "
                         "Here&#8217;s what markets should (and shouldn&#8217;t) price", _S1_BLOG,
                         author="Gil Carrow", date_text="March 13, 2026",
                         date_iso="2026-03-13T07:05:00-04:00",
                         tags=("Tariffs", "IEEPA", "Courts", "China"), comments=23,
                         recent=("Fed holds at 3.50%&#8211;3.75% in January, signals patience",
                                 "Yen slides past 158 per dollar as the BoJ stands pat",
                                 "Why two-year yields fell 11bp in February",
                                 "Treasury refunding: what a $125bn auction size means for the "
                                 "long end"))),
        _page("https://www.midvalleyledger.example/news/local/"
              "independence-wine-importer-tariff-ruling/article_8c1e04.html",
              _ledger_site("Independence wine importer wins big in federal tariff fight",
                           _S1_LEDGER,
                           author="By Jenna Morrow, Ledger staff writer",
                           read_more=("Independence council approves $4.2 million riverfront plan",
                                      "independence-riverfront-plan"),
                           sponsored=("Salem homeowners are replacing their gutters with this $99 "
                                      "trick",
                                      "The 5 best-rated walk-in tubs of 2026",
                                      "Doctors stunned by this one kitchen habit"),
                           correction="An earlier version of this story misspelled the name of a "
                                      "Keizer business.")),
    ], [
        ("vote split",
         r"\b7 ?(-|–|—|to) ?4\b|seven(-| to )four|\b7 votes? to 4",
         r"\b8 ?(-|–|—|to) ?3\b|eight(-| to )three|\b8 votes? to 3"),
        ("stay deadline",
         r"april 24|apr\.? 24|24 april|2026-04-24|04/24",
         r"april 14|apr\.? 14|14 april|2026-04-14|04/14"),
        ("dissent author",
         r"okafor",
         r"lindqvist"),
    ]),
    _story("court-YB2", "court", "2026-03-02", [
        _page("https://www.pacificwire.example/business/eu-court-cuts-norvane-fine-20260218",
              _wire_site("EU court cuts Norvane antitrust fine to 412 million euros", _S2_WIRE,
                         dateline="LUXEMBOURG", author="Anneke Visser", section="Business",
                         published="2026-02-18T10:52:00Z",
                         related=("EU fines carmakers 458 million euros over recycling cartel",
                                  "Dutch chip equipment exports to China fall 18% in January",
                                  "Intel&#8217;s long EU fine battle: a timeline",
                                  "Commission opens probe into cloud software licensing"))),
        _page("https://www.nbs.example/news/business-7741205",
              _pubcast_site("EU court slashes fine on Dutch chipmaker Norvane", _S2_NBS,
                            caption="Norvane&#8217;s radar chips are used in driver-assistance "
                                    "systems in millions of cars. Courtesy Norvane Semiconductors",
                            updated="18 February 2026, 13:20 GMT",
                            published="2026-02-18T11:40:00Z",
                            more=("Dutch chipmaker Norvane fined &#8364;1.17bn by EU",
                                  "Why EU competition cases keep ending up in court"),
                            top=("Storm Hilde: 40,000 homes still without power in Scotland",
                                 "Six Nations: Ireland beat Wales 31-17 in Dublin",
                                 "Water bills in England to rise by an average of 6%"))),
        _page("https://thebasispoint.example/norvane-general-court-fine-cut/",
              _blog_site("Norvane wins most of its money back: what the General Court actually "
                         "did", _S2_BLOG,
                         author="Ruth Abernethy", tags=("Antitrust", "Semiconductors", "EU"),
                         comments=9,
                         recent=("ECB&#8217;s chief economist: no need to move rates from 2%",
                                 "Dutch pension reform: who sells the 30-year swap?",
                                 "Bund yields climb to 2.9% on German spending plans",
                                 "Three charts on euro-area wage growth"))),
        _page("https://www.dailymeridian.example/business/norvane-eu-court-fine.html",
              _daily_site("European Court Slashes Fine on Dutch Chipmaker Norvane", _S2_DAILY,
                          dek="The ruling is another setback for the European Commission in cases "
                              "over loyalty discounts.",
                          author="Claire Dumont", kicker="Business",
                          most_read=("Ford recalls 310,000 pickups over brake fault",
                                     "Opinion: Europe&#8217;s regulators need better economists",
                                     "How a Swiss village lost its glacier",
                                     "Markets: Nikkei closes at a record high"))),
    ], [
        ("fine amount",
         r"(?<![\d.,])412(?![\d,])|0\.412",
         r"(?<![\d.,])421(?![\d,])|0\.421"),
        ("ruling day",
         r"wednesday|feb(ruary|\.)? 18|18 feb|2026-02-18",
         r"tuesday|feb(ruary|\.)? 17|17 feb|2026-02-17"),
        ("title",
         r"general counsel|legal",
         r"chief executive|\bceo\b"),
    ]),
    _story("cb-YB1", "central bank", "2026-03-25", [
        _page("https://www.pacificwire.example/markets/fed-cuts-rates-quarter-point-march-20260318",
              _wire_site("Fed cuts rates by a quarter point, sees two more cuts this year",
                         _S3_WIRE,
                         dateline="WASHINGTON", author="Howard Lin", section="Markets",
                         published="2026-03-18T18:31:00Z",
                         related=("Bank of Canada holds key rate at 2.25%",
                                  "US retail sales rise 0.4% in February",
                                  "Treasury yields touch six-month low ahead of Fed decision",
                                  "Mexico&#8217;s central bank trims rate to 6.75%"))),
        _page("https://thebasispoint.example/fomc-march-cut-dots-dissents/",
              _blog_site("FOMC: 25bp, dissents in both directions, and dots that lean "
                         "dovish", _S3_BLOG,
                         author="Gil Carrow", tags=("Fed", "FOMC", "Rates", "Dots"), comments=41,
                         recent=("Fed holds at 3.50%&#8211;3.75% in January, signals patience",
                                 "February payrolls: another sub-50k month",
                                 "CPI preview: goods inflation is the tariff tell",
                                 "The Federal Circuit just said the IEEPA tariffs are illegal"))),
        _page("https://www.dailymeridian.example/2026/03/18/business/economy/"
              "fed-rate-cut-march.html",
              _daily_site("Fed Cuts Rates as Job Market Weakens", _S3_DAILY,
                          dek="Officials signaled two more reductions this year, but two "
                              "policymakers dissented in opposite directions.",
                          author="Jonathan Weir", kicker="Economy",
                          published="2026-03-18T19:02:00-04:00",
                          most_read=("Wildfire near Boulder forces 8,000 to evacuate",
                                     "Senate passes $95 billion disaster aid bill",
                                     "The 12 best new restaurants in Chicago",
                                     "Opinion: The Fed is cutting into a tariff shock"))),
        _page("https://www.kvrn7.example/news/money/fed-cuts-rates-again-what-it-means-for-you",
              _tv_site("Fed cuts rates again: What it means for your credit card and "
                       "mortgage", _S3_TV,
                       ago="7 days ago", author="Alyssa Garza, KVRN 7",
                       video="Victoria financial planner explains what the rate cut means for you",
                       trending=("Victoria ISD approves $1.2 million for new school buses",
                                 "Crash on US 59 sends two people to the hospital",
                                 "Port Lavaca fishing tournament returns in June"))),
    ], [
        ("announcement time",
         r"\b2(:00)? ?p\.?m|\b14[:.]?00\b|\b18[:.]?00\b",
         r"\b19[:.]?00\b|\b7(:00)? ?p\.?m"),
        ("dissenter",
         r"kessling",
         r"brandt"),
        ("next meeting",
         r"april 2[89]|apr\.? 2[89]|2[89] april|2026-04-2[89]|04/2[89]",
         r"may 5|may 6|5 may|6 may|2026-05-0[56]|05/0[56]"),
    ]),
    _story("cb-YB2", "central bank", "2026-03-27", [
        _page("https://www.nbs.example/news/business-7790314",
              _pubcast_site("Bank of England holds interest rates at 3.75%", _S4_NBS,
                            caption="The Bank of England&#8217;s rate-setters meet eight times a "
                                    "year. File photo",
                            updated="19 March 2026, 16:40 GMT",
                            published="2026-03-19T12:01:00Z",
                            more=("What the interest rate decision means for your mortgage",
                                  "Inflation: How fast are prices rising?"),
                            top=("Rail strike called off after late-night pay deal",
                                 "Hospital waiting list in England falls to 7.2 million",
                                 "Arctic sea ice reaches lowest winter peak on record"))),
        _page("https://www.pacificwire.example/markets/bank-of-england-holds-rates-20260319",
              _wire_site("Bank of England holds rates at 3.75%, two policymakers vote for a "
                         "cut", _S4_WIRE,
                         dateline="LONDON", author="Sophie Tremaine", section="Markets",
                         published="2026-03-19T12:09:00Z",
                         related=("Fed cuts rates by a quarter point, sees two more cuts this year",
                                  "UK wage growth slows to lowest in over three years",
                                  "Swiss National Bank keeps policy rate at zero",
                                  "Norges Bank holds at 4.0%, signals cut in June"))),
        _page("https://www.dailymeridian.example/business/bank-of-england-interest-rates-hold.html",
              _daily_site("Bank of England Holds Rates as Inflation Stays High", _S4_DAILY,
                          dek="Two of nine policymakers wanted a cut, a day after the Federal "
                              "Reserve lowered borrowing costs.",
                          author="Eleanor Pike", kicker="Economy",
                          most_read=("Tornadoes tear through Mississippi, killing 6",
                                     "Why egg prices are falling again",
                                     "NCAA tournament: No. 12 seed stuns Duke 71-68",
                                     "Opinion: Britain&#8217;s growth problem is not about "
                                     "rates"))),
    ], []),
    _story("rocket-YB1", "rocket", "2026-05-01", [
        _page("https://www.pacificwire.example/science/"
              "stratafront-corvid-orbit-booster-landing-20260421",
              _wire_site("Stratafront&#8217;s Corvid rocket reaches orbit, lands booster on fourth "
                         "test flight", _S5_WIRE,
                         dateline="PORT O&#8217;CONNOR, Texas", author="Marisa Quintero", section=
                             "Science",
                         published="2026-04-21T14:20:00Z",
                         related=("Blue Origin&#8217;s New Glenn launches two Mars probes",
                                  "FAA closes Corvid flight 3 mishap investigation",
                                  "Rocket Lab targets 22 Electron launches this year",
                                  "Japan&#8217;s H3 rocket lifts cargo craft to space station"))),
        _page("https://www.dailymeridian.example/science/"
              "stratafront-corvid-rocket-orbit-landing.html",
              _daily_site("A Texas Rocket Finally Reaches Orbit, and Its Booster Comes Home",
                          _S5_DAILY,
                          dek="After three flights that ended early, Stratafront&#8217;s Corvid "
                              "did everything it was designed to do.",
                          author="Miguel Santos", kicker="Science",
                          caption="The Corvid rocket lifting off from Pelican Point on the Texas "
                                  "coast. Courtesy Stratafront Aerospace",
                          most_read=("Measles cases climb to 318 in West Texas outbreak",
                                     "Supreme Court hears arguments on birthright citizenship",
                                     "What the new 15-minute city rules mean for Paris",
                                     "Opinion: Space is getting crowded, and nobody is in "
                                     "charge"))),
        _page("https://www.kvrn7.example/news/local/crowds-cheer-corvid-rocket-orbit-pelican-point",
              _tv_site("&#8216;Everybody was screaming&#8217;: Crowds cheer as Corvid rocket "
                       "reaches orbit", _S5_TV,
                       ago="10 days ago", author="Tony Reyna, KVRN 7",
                       video="Corvid rocket lifts off from Pelican Point",
                       trending=("Victoria College names new president",
                                 "Boil-water notice lifted for Port Lavaca after 3 days",
                                 "Goliad County fair wraps up with record 1,100 entries"))),
        _page("https://orbitbeat.example/launches/corvid-flight-4-orbit-booster-landing",
              _space_site("Corvid flight 4: orbit reached, booster on the deck", _S5_OB,
                          author="Kenji Alvarez",
                          pull="&#8220;Today Corvid did everything we asked of it.&#8221; &mdash; "
                               "Dana Whitlock",
                          facts=(("Vehicle", "Corvid, flight 4"), ("Booster", "B7"),
                                 ("Launch site", "Pelican Point, Texas"),
                                 ("Booster landing", "Sandpiper platform, T+7:58"),
                                 ("Orbit", "about 210 km")),
                          tags=("Stratafront", "Corvid", "Reusability"),
                          most_read=("Starship flight 12: what to watch",
                                     "ISRO&#8217;s Gaganyaan uncrewed test slips to August",
                                     "Rocket Lab Neutron completes 300-second static fire"))),
    ], [
        ("booster name",
         r"\bb-? ?7\b|booster (no\.? ?)?7\b|booster seven",
         r"\bb-? ?9\b|booster (no\.? ?)?9\b|booster nine"),
        ("payload count",
         r"(?<![\d.])6(?![\d.])|\bsix\b",
         r"(?<![\d.])8(?![\d.])|\beight\b"),
        ("flight duration",
         r"\b68 ?min|hour and eight|\b1 ?h(ou)?r?s? ?(and )?8 ?min|\b1:08\b|sixty-eight",
         r"\b54 ?min|fifty-four"),
    ]),
    _story("rocket-YB2", "rocket", "2026-05-20", [
        _page("https://www.pacificwire.example/science/nordlys-skarv-second-flight-space-20260514",
              _wire_site("Norway&#8217;s Nordlys Orbital reaches space on second flight but misses "
                         "orbit", _S6_WIRE,
                         dateline="OSLO", author="Lars Ekstrom", section="Science",
                         published="2026-05-14T12:40:00Z",
                         related=("Isar Aerospace sets date for third Spectrum launch",
                                  "ESA member states approve 22.1 billion euro budget",
                                  "Ariane 6 flies for the ninth time, carrying Galileo "
                                  "satellites"))),
        _page("https://www.nbs.example/news/science-7852291",
              _pubcast_site("Norwegian rocket reaches space but falls short of orbit", _S6_NBS,
                            caption="Spectators watched the launch from hillsides on And&#248;ya. "
                                    "Courtesy Nordlys Orbital",
                            desk="Science",
                            more=("Why Europe is racing to build its own small rockets",
                                  "Norwegian rocket&#8217;s first flight ends after 47 seconds"),
                            top=("Heatwave warning for southern England as temperatures hit 29C",
                                 "Eurovision: Sweden wins for a record eighth time",
                                 "Thousands of Scottish teachers to strike next week"))),
        _page("https://orbitbeat.example/launches/nordlys-skarv-flight-2-space-second-stage",
              _space_site("Skarv reaches space on flight 2, but the second stage cuts out "
                          "early", _S6_OB,
                          author="Kenji Alvarez", ago="6 days ago",
                          facts=(("Vehicle", "Skarv, flight 2"),
                                 ("Launch site", "And&#248;ya Spaceport, Norway"),
                                 ("Apogee", "about 118 km"), ("Stage separation", "T+2:31")),
                          tags=("Nordlys", "Skarv", "Europe"),
                          most_read=("Corvid flight 4: orbit reached, booster on the deck",
                                     "China&#8217;s Zhuque-3 lands its first booster",
                                     "Why launch insurance premiums jumped 30% this year"))),
    ], [
        ("launch time",
         r"\b12[:.]15\b|\b10[:.]15\b",
         r"\b11[:.]15\b"),
        ("quote speaker",
         r"solbakken",
         r"aasland"),
    ]),
]
