"""Part TA of the story battery (web pages).

Written by engineer TA1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TA`.

Six invented stories, each told by three or four invented outlets as whole scraped pages: the
Bank of Thailand's December 2025 rate cut (cb-TA1, four planted disagreements: the vote split,
the 2026 growth forecast, the committee secretary's title and the next meeting date); the
August 2026 Nagano gubernatorial election (election-TA2, a CONTROL with none); a Namibian
Supreme Court ruling on horse mackerel fishing rights (court-TA3, three planted: the dissenting
judge, the deadline in days, the number of right-holders); the Chile-India trade agreement
signed in New Delhi (trade-TA4, three planted: the number of negotiating rounds, who gave the
copper quote, the copper duty phase-out period); the maiden orbital flight of an invented
South Australian rocket (rocket-TA5, a CONTROL with none); and a September 2026 earthquake in
southern Kyrgyzstan (quake-TA6, four planted: magnitude, depth, local clock time and the town
named as the epicentre).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TA", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# ---------------------------------------------------------------------------------------------
# Shared helpers. Article text is written as blank-line separated paragraphs; a paragraph that
# starts with "## " becomes a sub-heading.
# ---------------------------------------------------------------------------------------------

def _paras(text: str) -> list[str]:
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return [" ".join(line.strip() for line in b.splitlines()) for b in blocks]


def _body(text: str, ad: str = "", every: int = 0, tag: str = "p") -> str:
    out: list[str] = []
    for i, para in enumerate(_paras(text), 1):
        if para.startswith("## "):
            out.append(f"<h2>{para[3:]}</h2>")
        else:
            out.append(f"<{tag}>{para}</{tag}>")
        if ad and every and i % every == 0:
            out.append(ad)
    return "\n".join(out)


def _ld(kind: str, headline: str, published: str | None, authors: list[str],
        publisher: str, section: str = "") -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline}
    if published:
        data["datePublished"] = published
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    data["publisher"] = {"@type": "Organization", "name": publisher}
    if section:
        data["articleSection"] = section
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _links(items: list[tuple[str, str]], cls: str) -> str:
    rows = [f'<li class="{cls}"><a href="{href}">{text}</a></li>' for href, text in items]
    return "<ul>\n" + "\n".join(rows) + "\n</ul>"


# ---------------------------------------------------------------------------------------------
# Outlet templates
# ---------------------------------------------------------------------------------------------

def _meridian(*, url: str, headline: str, desc: str, iso: str, shown: str, byline: list[str],
              section: str, body: str, credit: str, related: list[tuple[str, str]]) -> str:
    """Meridian Wire: international wire service, US spelling, '%' figures."""
    h = escape(headline)
    ad = ('<div class="mw-ad" data-slot="mid-article"><span class="mw-ad-label">'
          'Advertisement &middot; Scroll to continue</span></div>')
    names = " and ".join(f'<a href="/authors/{n.lower().replace(" ", "-")}/">{n}</a>'
                         for n in byline)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h} | Meridian Wire</title>
<meta name="description" content="{escape(desc)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:title" content="{h}">
<meta property="og:description" content="{escape(desc)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
{_ld("NewsArticle", headline, iso, byline, "Meridian Wire", section)}
</head>
<body class="mw-article-page">
<a class="mw-skip" href="#mw-main">Skip to main content</a>
<div id="mw-consent" role="dialog" aria-label="Cookie preferences">
<p>We and our partners use cookies to deliver our services, measure audiences and show
relevant advertising. You can change your choices at any time under Cookie Settings.</p>
<button type="button">Accept All Cookies</button>
<button type="button">Reject Optional Cookies</button>
<button type="button">Cookie Settings</button>
</div>
<header class="mw-header">
<a class="mw-logo" href="/" aria-label="Meridian Wire home">MERIDIAN WIRE</a>
<nav class="mw-nav" aria-label="Sections">
<ul>
<li><a href="/world/">World</a></li>
<li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li>
<li><a href="/sustainability/">Sustainability</a></li>
<li><a href="/legal/">Legal</a></li>
<li><a href="/technology/">Technology</a></li>
<li><a href="/science/">Science</a></li>
<li><a href="/investigations/">Investigations</a></li>
</ul>
</nav>
<a class="mw-account" href="/account/sign-in/">Sign In</a>
<a class="mw-register" href="/account/register/">Register</a>
</header>
<main id="mw-main">
<article class="mw-article">
<nav class="mw-crumbs" aria-label="Breadcrumb"><a href="/">Home</a> /
<span>{section}</span></nav>
<h1 class="mw-headline">{h}</h1>
<div class="mw-byline">By {names}</div>
<div class="mw-dateline"><time datetime="{iso}">{shown}</time></div>
<div class="mw-share" aria-label="Share this article">
<button>Share</button><button>X</button><button>Facebook</button><button>LinkedIn</button>
<button>Email</button><button>Copy link</button>
</div>
<div class="mw-body" data-testid="ArticleBody">
{_body(body, ad, 4)}
</div>
<p class="mw-signoff">{credit}</p>
<p class="mw-trust"><a href="/trust-principles/">Our Standards: The Meridian Wire Trust
Principles.</a></p>
<div class="mw-licensing"><a href="/licensing/">Purchase Licensing Rights</a></div>
</article>
<aside class="mw-rail" aria-label="Read next">
<h2>Read Next</h2>
{_links(related, "mw-rail-item")}
</aside>
</main>
<footer class="mw-footer">
<nav aria-label="Footer"><a href="/about/">About Meridian</a> | <a href="/careers/">Careers</a>
| <a href="/contact/">Contact Us</a> | <a href="/privacy/">Privacy</a> |
<a href="/cookies/">Cookies</a> | <a href="/terms/">Terms of Use</a></nav>
<p>All quotes delayed a minimum of 15 minutes. &copy; Meridian Wire News Agency. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _globe(*, url: str, headline: str, desc: str, shown: str, byline: str, role: str,
           body: str, image_caption: str, image_credit: str, topics: list[str],
           related: list[tuple[str, str]], iso: str = "") -> str:
    """Globe Radio International: public broadcaster, UK spelling, 'per cent' or '%'."""
    h = escape(headline)
    meta_time = f'<meta property="article:published_time" content="{iso}">' if iso else ""
    when = f'<time class="gri-time" datetime="{iso}">{shown}</time>' if shown else ""
    topic_links = " ".join(f'<a class="gri-topic" href="/news/topics/{t.lower()}">{t}</a>'
                           for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="gri">
<head>
<meta charset="utf-8">
<title>{h} - Globe Radio International News</title>
<meta name="description" content="{escape(desc)}">
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="GRI News">
<meta property="og:type" content="article">
<meta property="og:image" content="https://static.gri.example/news/1024/cpsprodpb/lead.jpg">
{meta_time}
<link rel="canonical" href="{url}">
</head>
<body>
<div class="gri-skip"><a href="#gri-content">Skip to content</a>
<a href="/accessibility/">Accessibility Help</a></div>
<div class="gri-cookie" role="region" aria-label="Cookies on GRI">
<h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p>
<button>Yes, I agree</button> <a href="/usingthegri/cookies/">No, take me to settings</a>
</div>
<header class="gri-masthead">
<a href="/" class="gri-brand">GRI</a>
<a href="/account/">Sign in</a>
<nav aria-label="GRI"><a href="/">Home</a> <a href="/news/">News</a>
<a href="/sport/">Sport</a> <a href="/business/">Business</a>
<a href="/innovation/">Innovation</a> <a href="/culture/">Culture</a>
<a href="/audio/">Audio</a> <a href="/video/">Video</a> <a href="/live/">Live</a></nav>
</header>
<main id="gri-content" role="main">
<article>
<header>
<h1 id="main-heading">{h}</h1>
{when}
<div class="gri-contributor"><span class="gri-byline">{byline}</span>
<span class="gri-role">{role}</span></div>
</header>
<figure class="gri-lead">
<img src="https://static.gri.example/news/976/lead.jpg" alt="{escape(image_caption)}">
<span class="gri-credit">Image source, {image_credit}</span>
<figcaption>Image caption, {image_caption}</figcaption>
</figure>
<div class="gri-text-block">
{_body(body)}
</div>
<section class="gri-topics" aria-label="Related topics">
<h2>Related Topics</h2>
{topic_links}
</section>
<section class="gri-more" aria-label="More on this story">
<h2>More on this story</h2>
{_links(related, "gri-more-item")}
</section>
</article>
<aside class="gri-most-read"><h2>Most read</h2>
<ol><li>The village where every house has the same front door</li>
<li>Why the world's oldest jazz band still rehearses on Tuesdays</li>
<li>Ferry passengers stranded overnight after engine fault</li>
<li>The quiet return of the pocket diary</li></ol>
</aside>
</main>
<footer class="gri-footer">
<p><a href="/terms/">Terms of Use</a> <a href="/about/">About the GRI</a>
<a href="/privacy/">Privacy Policy</a> <a href="/cookies/">Cookies</a>
<a href="/accessibility/">Accessibility Help</a> <a href="/contact/">Contact the GRI</a></p>
<p>Copyright Globe Radio International. GRI is not responsible for the content of external
sites. <a href="/external-linking/">Read about our approach to external linking.</a></p>
</footer>
</body>
</html>
"""


def _bpb(*, url: str, headline: str, subtitle: str, iso: str, shown: str, author: str,
         body: str, tags: list[str], likes: int, comments: int) -> str:
    """Basis Point Brief: independent markets newsletter/blog, '%' and 'bp'."""
    h = escape(headline)
    tag_html = ", ".join(f'<a rel="tag" href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>'
                         for t in tags)
    signup = ('<div class="bpb-inline-signup"><p><strong>Enjoying this?</strong> Basis Point '
              'Brief lands in 21,000 inboxes before the Asian open.</p><form><input '
              'type="email" placeholder="Type your email..."><button>Subscribe</button>'
              '</form></div>')
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h} - Basis Point Brief</title>
<meta name="author" content="{author}">
<meta property="og:title" content="{h}">
<meta property="og:description" content="{escape(subtitle)}">
<meta property="og:site_name" content="Basis Point Brief">
<meta property="article:published_time" content="{iso}">
<link rel="alternate" type="application/rss+xml" href="https://basispointbrief.example/feed">
{_ld("BlogPosting", headline, iso, [author], "Basis Point Brief")}
</head>
<body class="bpb post-template">
<a href="#post" class="screen-reader-text">Skip to content</a>
<div class="bpb-topbar">
<a class="bpb-logo" href="/">Basis Point Brief</a>
<span class="bpb-tagline">Rates, FX and the people who move them</span>
<nav><a href="/archive/">Archive</a> <a href="/about/">About</a>
<a href="/subscribe/" class="bpb-cta">Subscribe</a> <a href="/login/">Sign in</a></nav>
</div>
<main id="post" class="bpb-post">
<h1 class="bpb-title">{h}</h1>
<h3 class="bpb-subtitle">{escape(subtitle)}</h3>
<div class="bpb-meta">
<img class="bpb-avatar" src="https://basispointbrief.example/img/avatar.png" alt="">
<span class="bpb-author">{author}</span>
<time datetime="{iso}">{shown}</time>
<span class="bpb-reading">6 min read</span>
</div>
<div class="bpb-actions"><button>&#9825; {likes}</button> <button>&#128172; {comments}</button>
<button>Share</button></div>
<div class="bpb-content">
{_body(body, signup, 7)}
</div>
<p class="bpb-disclaimer">Nothing in this newsletter is investment advice. The author may hold
positions in instruments mentioned.</p>
<div class="bpb-tags">Filed under: {tag_html}</div>
<section class="bpb-footer-signup"><h2>Get the Brief</h2>
<p>Free, three times a week. Paid subscribers get the Friday chart pack.</p>
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form>
</section>
<section class="bpb-comments"><h2>{comments} Comments</h2>
<p class="bpb-comment-gate">Comments are open to paid subscribers.</p></section>
</main>
<footer class="bpb-site-footer"><p>&copy; Basis Point Brief &middot; <a href="/privacy/">Privacy
</a> &middot; <a href="/terms/">Terms</a> &middot; <a href="/collection-notice/">Collection
notice</a></p></footer>
</body>
</html>
"""


def _ledger(*, url: str, headline: str, standfirst: str, published: str, section: str,
            writer: str, body: str, caption: str, related: list[str]) -> str:
    """The Bangkok Ledger: English-language national daily, British spelling, 'per cent'."""
    h = escape(headline)
    ad = '<div class="adslot" id="div-gpt-ad-inread"><small>ADVERTISEMENT</small></div>'
    rel = "\n".join(f'<li><a href="/business/{i}00{i}1/">{t}</a></li>'
                    for i, t in enumerate(related, 3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{h} | Bangkok Ledger</title>
<meta name="keywords" content="BoT, MPC, policy rate, baht, inflation, economy">
<meta name="description" content="{escape(standfirst)}">
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="Bangkok Ledger">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="skip"><a href="#content">Skip to main content</a></div>
<div class="gdpr-banner">This website uses cookies to improve your experience. By continuing
to browse you consent to our <a href="/privacy-policy">Privacy Policy</a>.
<button>ACCEPT</button></div>
<div class="topbar"><span>THURSDAY EDITION</span> <a href="/epaper">ePaper</a>
<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="/"><img src="/media/logo.svg" alt="Bangkok Ledger"></a>
<ul class="mainmenu"><li><a href="/thailand">Thailand</a></li>
<li><a href="/world">World</a></li><li class="active"><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/life">Life</a></li>
<li><a href="/travel">Travel</a></li><li><a href="/property">Property</a></li>
<li><a href="/auto">Auto</a></li></ul>
<div class="ticker"><b>MARKETS</b> SET index | USD/THB | Gold (baht weight)</div>
</header>
<div class="adslot leaderboard"><small>ADVERTISEMENT</small></div>
<div id="content" class="article-layout">
<div class="breadcrumb"><a href="/business">Business</a> &gt; <a href="/business/finance">
Finance</a></div>
<h1>{h}</h1>
<h2 class="standfirst">{escape(standfirst)}</h2>
<div class="info-opinion">
<div>PUBLISHED : {published}</div>
<div>NEWSPAPER SECTION: {section}</div>
<div>WRITER: {writer}</div>
</div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LINE</a>
<a href="#">Print</a> <span class="font-size">A- A A+</span></div>
<figure class="article-image"><img src="/media/content/bot-building.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="articl-content">
{_body(body, ad, 5)}
</div>
<div class="related-news"><h3>RELATED</h3><ul>
{rel}
</ul></div>
<div class="comment-policy">Comments are moderated. Please keep them civil.</div>
</div>
<footer><div class="footer-links"><a href="/about">About Us</a> <a href="/contact">Contact
</a> <a href="/advertise">Advertise with us</a> <a href="/privacy-policy">Privacy Policy</a>
<a href="/rss">RSS</a></div>
<p>&copy; Bangkok Ledger Public Company Limited. All rights reserved.</p></footer>
</body>
</html>
"""


def _jmp(*, url: str, headline: str, iso: str, shown: str, byline: str, body: str,
         caption: str, related: list[tuple[str, str]]) -> str:
    """The Japan Morning Post: national daily in English, US spelling, 'percent'."""
    h = escape(headline)
    ad = '<aside class="jmp-ad" aria-hidden="true">Advertisement</aside>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{h} - The Japan Morning Post</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="The Japan Morning Post">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Politics">
<meta name="robots" content="max-image-preview:large">
{_ld("NewsArticle", headline, iso, [byline], "The Japan Morning Post", "Politics")}
</head>
<body id="jmp-body">
<p class="skip"><a href="#article">Skip to article</a></p>
<div id="jmp-consent">By using this site you agree to our use of cookies as described in our
<a href="/policy/cookies/">Cookie Policy</a>. <button>OK</button></div>
<header class="jmp-header"><div class="jmp-logo"><a href="/">The Japan Morning Post</a></div>
<nav><a href="/politics/">Politics</a> / <a href="/society/">Society</a> /
<a href="/business/">Business</a> / <a href="/world/">World</a> /
<a href="/culture/">Culture</a> / <a href="/sports/">Sports</a> /
<a href="/editorial/">Editorial</a></nav>
<div class="jmp-premium">JMP Premium: Read unlimited articles for &#165;980 a month.
<a href="/premium/">Subscribe</a></div>
</header>
<main id="article">
<div class="jmp-category"><a href="/politics/">POLITICS</a> &raquo;
<a href="/politics/elections/">ELECTIONS</a></div>
<h1 class="jmp-title">{h}</h1>
<p class="jmp-meta"><span class="jmp-author">{byline}</span>
<span class="jmp-date">{shown}</span></p>
<div class="jmp-sns"><a href="#">Post</a> <a href="#">Share</a> <a href="#">LINE</a>
<a href="#">Bookmark</a></div>
<figure><img src="/media/2026/08/nagano-gov.jpg" alt="">
<figcaption>{caption} (The Japan Morning Post)</figcaption></figure>
<div class="jmp-article-body">
{_body(body, ad, 6)}
</div>
<p class="jmp-more"><a href="/politics/elections/">Click here to read more election
stories</a></p>
<section class="jmp-related"><h2>Related Stories</h2>
{_links(related, "jmp-rel")}
</section>
<section class="jmp-ranking"><h2>Most Read</h2><ol>
<li>Heavy rain warnings issued for Kyushu as front stalls</li>
<li>Tokyo metro line to test driverless trains at night</li>
<li>Summer Koshien: defending champion out in first round</li></ol></section>
</main>
<footer class="jmp-footer"><p><a href="/about/">About Us</a> | <a href="/policy/">Privacy
Policy</a> | <a href="/contact/">Contact</a> | <a href="/copyright/">Copyright</a></p>
<p>Copyright &copy; The Japan Morning Post. All rights reserved.</p></footer>
</body>
</html>
"""


def _shinshu(*, headline: str, stamp: str, body: str, photo: str) -> str:
    """Shinshu Regional Times: prefectural paper's English edition; plain older markup."""
    h = escape(headline)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Shinshu Regional Times English | {h}</title>
<meta name="description" content="English news from the Shinshu Regional Times, Nagano">
</head>
<body bgcolor="#ffffff">
<a href="#honbun">Skip navigation</a>
<table width="960" align="center"><tr>
<td class="logo"><a href="/en/">Shinshu Regional Times <small>ENGLISH</small></a></td>
<td class="lang"><a href="/">&#26085;&#26412;&#35486;</a> | English</td>
</tr></table>
<div class="menu"><a href="/en/">Top</a> | <a href="/en/news/">News</a> |
<a href="/en/election2026/">Governor Election 2026</a> | <a href="/en/tourism/">Travel</a> |
<a href="/en/weather/">Weather</a> | <a href="/en/about/">About us</a></div>
<div class="notice">This site uses cookies for access analysis.
<a href="/en/privacy/">Details</a></div>
<div id="honbun">
<h1>{h}</h1>
<div class="date">{stamp}</div>
<div class="photo"><img src="/en/img/news/0803_01.jpg" width="480"><br>
<span class="cap">{photo}</span></div>
{_body(body)}
<p class="credit">(Shinshu Regional Times staff)</p>
</div>
<div class="side"><b>Election 2026</b><br>
<a href="/en/election2026/candidates/">Candidates' profiles</a><br>
<a href="/en/election2026/map/">Results by municipality</a><br>
<a href="/en/election2026/qa/">Q&amp;A: how the count works</a></div>
<div class="footer">Copyright Shinshu Regional Times. Reproduction of articles and photos on
this site is prohibited.<br>
<a href="/en/contact/">Contact</a> | <a href="/en/privacy/">Privacy</a></div>
</body>
</html>
"""


def _namib(*, url: str, headline: str, date: str, byline: str, body: str, caption: str,
           trending: list[str]) -> str:
    """The Namib Chronicle: Windhoek daily, British spelling, 'N$'."""
    h = escape(headline)
    ad = '<div class="nc-advert"><span>Advertisement</span></div>'
    trend = "\n".join(f"<li>{t}</li>" for t in trending)
    return f"""<!DOCTYPE html>
<html lang="en-NA">
<head>
<meta charset="utf-8">
<title>{h} - The Namib Chronicle</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="The Namib Chronicle">
<meta property="og:url" content="{url}">
<meta name="twitter:site" content="@NamibChronicle">
</head>
<body class="single-post">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="nc-cookie">We use cookies to ensure that we give you the best experience on our
website. <a href="#">Ok</a> <a href="/privacy-policy/">Read more</a></div>
<div class="nc-top"><span class="nc-weather">Windhoek</span>
<a href="/e-edition/">E-Edition</a> <a href="/vacancies/">Vacancies</a>
<a href="/tenders/">Tenders</a> <a href="/notices/">Public Notices</a></div>
<header class="nc-header"><a class="nc-logo" href="/">The Namib Chronicle</a>
<nav class="nc-menu"><a href="/category/news/">News</a> <a href="/category/business/">
Business</a> <a href="/category/court/">Court</a> <a href="/category/regional/">Regional</a>
<a href="/category/sport/">Sport</a> <a href="/category/opinion/">Opinion</a>
<a href="/category/entertainment/">Entertainment</a></nav></header>
<div id="primary" class="content-area">
<span class="cat-links"><a href="/category/court/">Court</a></span>
<h1 class="entry-title">{h}</h1>
<div class="entry-meta"><span class="byline">{byline}</span>
<span class="posted-on">{date}</span></div>
<div class="nc-share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a>
<a href="#">Email</a></div>
<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/supreme-court.jpg" alt="">
<figcaption class="wp-caption-text">{caption}</figcaption></figure>
<div class="entry-content">
{_body(body, ad, 5)}
</div>
<div class="nc-whatsapp">Get The Namib Chronicle headlines on WhatsApp.
<a href="#">Join our channel</a></div>
</div>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Trending</h2>
<ol>
{trend}
</ol></section>
<section class="widget"><h2 class="widget-title">Newsletter</h2><p>Sign up for the morning
briefing.</p><input type="email"><button>Sign up</button></section></aside>
<footer class="site-footer"><p>&copy; The Namib Chronicle | Independent journalism from
Windhoek since 1991 | <a href="/contact/">Contact</a> |
<a href="/ethics/">Code of Ethics</a></p></footer>
</body>
</html>
"""


def _salr(*, url: str, headline: str, date: str, iso: str, author: str, body: str,
          case_name: str, case_no: str, court: str, areas: list[str]) -> str:
    """Southern Africa Law Report: specialist legal news site."""
    h = escape(headline)
    area_html = " &middot; ".join(areas)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h} | Southern Africa Law Report</title>
<meta property="og:title" content="{h}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{author}">
<link rel="canonical" href="{url}">
{_ld("NewsArticle", headline, iso, [author], "Southern Africa Law Report", "Judgments")}
</head>
<body>
<a class="skip" href="#main-content">Skip to main content</a>
<div class="salr-consent">SALR uses strictly necessary cookies and, with your consent,
analytics cookies. <button>Accept</button> <button>Decline</button></div>
<header class="salr-head"><a href="/" class="salr-logo">Southern Africa Law Report</a>
<nav><a href="/judgments/">Judgments</a> <a href="/legislation/">Legislation</a>
<a href="/practice/">Practice &amp; Profession</a> <a href="/commercial/">Commercial</a>
<a href="/jobs/">Legal Jobs</a> <a href="/events/">CPD Events</a></nav>
<a class="salr-login" href="/login/">Subscriber login</a></header>
<main id="main-content">
<p class="salr-kicker">Judgments &rsaquo; Namibia</p>
<h1>{h}</h1>
<p class="salr-byline">By {author} &middot; <time datetime="{iso}">{date}</time></p>
<table class="salr-case-box" summary="Case details">
<tr><th>Case</th><td>{case_name}</td></tr>
<tr><th>Case number</th><td>{case_no}</td></tr>
<tr><th>Court</th><td>{court}</td></tr>
<tr><th>Areas of law</th><td>{area_html}</td></tr>
</table>
<div class="salr-body">
{_body(body)}
</div>
<div class="salr-share">Share: <a href="#">LinkedIn</a> <a href="#">Email</a>
<a href="#">Print</a></div>
<div class="salr-cpd"><strong>CPD webinar:</strong> Administrative justice after
recent appellate decisions &mdash; register on our events page.</div>
</main>
<aside class="salr-latest"><h2>Latest judgments</h2><ul>
<li>Labour Appeal Court clarifies retrenchment consultation timelines</li>
<li>Botswana Court of Appeal on customary land allocation</li>
<li>Tax court rejects transfer-pricing adjustment in mining case</li></ul></aside>
<footer><p>Southern Africa Law Report is an independent publication. It does not provide
legal advice. &copy; SALR Media (Pty) Ltd.</p>
<p><a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a> |
<a href="/editorial-policy/">Editorial policy</a></p></footer>
</body>
</html>
"""


def _tradelines(*, url: str, headline: str, dek: str, date: str, iso: str, author: str,
                body: str, facts: list[tuple[str, str]], tags: list[str]) -> str:
    """TradeLines: specialist trade-policy site for practitioners."""
    h = escape(headline)
    box = "\n".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    tag_html = " ".join(f'<a class="tl-tag" href="/tags/{t.lower().replace(" ", "-")}">{t}</a>'
                        for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{h} &#8211; TradeLines</title>
<meta name="description" content="{escape(dek)}">
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="TradeLines">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
</head>
<body class="tl">
<a href="#tl-article" class="tl-skip">Skip to article</a>
<div class="tl-banner" role="dialog">TradeLines uses cookies to remember your preferences and to
understand how the site is used. <button>Allow all</button> <button>Essential only</button>
</div>
<header class="tl-header"><a href="/" class="tl-wordmark">TradeLines</a>
<span class="tl-strap">Trade policy, tariffs and agreements, explained for practitioners</span>
<nav><a href="/news/">News</a> <a href="/agreements-tracker/">Agreements tracker</a>
<a href="/tariff-watch/">Tariff watch</a> <a href="/disputes/">Disputes</a>
<a href="/analysis/">Analysis</a> <a href="/podcast/">Podcast</a>
<a href="/membership/">Membership</a></nav></header>
<main>
<article id="tl-article">
<p class="tl-section">Agreements tracker &middot; Latin America / South Asia</p>
<h1>{h}</h1>
<p class="tl-dek">{escape(dek)}</p>
<p class="tl-meta">{author} &middot; {date}</p>
<aside class="tl-at-a-glance"><h2>At a glance</h2><dl>
{box}
</dl></aside>
{_body(body)}
<div class="tl-tags">{tag_html}</div>
<div class="tl-share"><a href="#">Share on LinkedIn</a> <a href="#">Email this</a></div>
</article>
<section class="tl-member-box"><h2>Members' briefing</h2><p>Members can download our
chapter-by-chapter summary and tariff schedule extracts. <a href="/membership/">Join
TradeLines</a></p></section>
<section class="tl-newsletter"><h2>The Weekly Schedule</h2><p>Every Friday: what moved in
trade policy this week.</p><form><input type="email" placeholder="Work email">
<button>Sign up</button></form></section>
</main>
<footer class="tl-footer"><p>&copy; TradeLines Ltd, London. Registered in England and Wales.
</p><p><a href="/about/">About</a> | <a href="/contact/">Contact</a> |
<a href="/privacy/">Privacy &amp; cookies</a></p></footer>
</body>
</html>
"""


def _orbitdesk(*, url: str, headline: str, iso: str, shown: str, author: str, body: str,
               box: list[tuple[str, str]], caption: str) -> str:
    """Orbit Desk: specialist spaceflight news site, US spelling."""
    h = escape(headline)
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box)
    ad = '<div class="od-ad"><p>ADVERTISEMENT</p></div>'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{h} &#8211; Orbit Desk</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="Orbit Desk">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Launch">
{_ld("NewsArticle", headline, iso, [author], "Orbit Desk", "Launch")}
</head>
<body class="od">
<a class="od-skip" href="#od-main">Skip to content</a>
<header class="od-header"><a class="od-logo" href="/">ORBIT DESK</a>
<nav><a href="/launch/">Launch</a> <a href="/launch-schedule/">Launch Schedule</a>
<a href="/commercial/">Commercial</a> <a href="/exploration/">Exploration</a>
<a href="/defense/">Defense</a> <a href="/policy/">Policy</a>
<a href="/newsletter/">Newsletter</a></nav>
<a class="od-support" href="/support/">Support Orbit Desk</a></header>
<div class="od-cookie">We use cookies to analyze traffic. <button>Got it</button></div>
<main id="od-main">
<article>
<p class="od-cat"><a href="/launch/">Launch</a></p>
<h1>{h}</h1>
<p class="od-byline">{author} <span class="od-sep">|</span>
<time datetime="{iso}">{shown}</time></p>
<figure class="od-hero"><img src="/wp-content/uploads/2026/04/corella-liftoff.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<table class="od-launch-data"><caption>Launch data</caption>
{rows}
</table>
<div class="od-entry">
{_body(body, ad, 5)}
</div>
<div class="od-share"><a href="#">Share on X</a> <a href="#">Share on Bluesky</a>
<a href="#">Share on Facebook</a> <a href="#">Reddit</a></div>
<div class="od-author-box"><strong>{author}</strong> covers launch providers and the
business of getting to orbit.</div>
</article>
<aside class="od-upcoming"><h2>Upcoming launches</h2><ul>
<li>Electron &middot; Mahia, New Zealand &middot; NET late April</li>
<li>H3 &middot; Tanegashima &middot; NET May</li>
<li>Vega C &middot; Kourou &middot; NET May</li></ul></aside>
<section class="od-newsletter"><h2>Get the Launch Report</h2><p>Every launch, every week, in
your inbox.</p><form><input type="email"><button>Subscribe</button></form></section>
</main>
<footer class="od-footer"><p>&copy; Orbit Desk Media LLC. <a href="/privacy/">Privacy</a>
<a href="/terms/">Terms</a> <a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""


def _eyre(*, url: str, headline: str, date: str, byline: str, body: str, caption: str,
          more: list[str]) -> str:
    """Eyre Peninsula Advocate: regional South Australian paper, no timestamps online."""
    h = escape(headline)
    ad = '<div class="epa-ad">Advertisement</div>'
    more_html = "\n".join(f"<li>{m}</li>" for m in more)
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{h} | Eyre Peninsula Advocate | Port Lincoln, SA</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="Eyre Peninsula Advocate">
<meta property="og:url" content="{url}">
<meta name="news_keywords" content="Port Lincoln, Whalers Way, rocket, space">
</head>
<body>
<a href="#story" class="sr-only">Skip to main content</a>
<div class="epa-paywall-bar">Subscribe now for unlimited access. Just $1 for the first four
weeks. <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div>
<header class="epa-head"><a href="/" class="epa-logo">Eyre Peninsula Advocate</a>
<nav><a href="/news/local-news/">Local News</a> <a href="/sport/">Sport</a>
<a href="/news/rural/">Rural</a> <a href="/news/fishing/">Fishing &amp; Aquaculture</a>
<a href="/whats-on/">What's On</a> <a href="/notices/">Notices</a>
<a href="/weather/">Weather</a></nav></header>
<div class="epa-cookie">We use cookies to personalise content. See our
<a href="/privacy/">privacy policy</a>. <button>Close</button></div>
<main id="story">
<p class="epa-kicker">Local News</p>
<h1>{h}</h1>
<p class="epa-byline">{byline}</p>
<p class="epa-date">{date}</p>
<div class="epa-share"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Copy link</a>
</div>
<figure><img src="/images/transform/v1/crop/frm/corella.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div class="epa-story-body">
{_body(body, ad, 4)}
</div>
<div class="epa-newsletter">Get the latest Port Lincoln news delivered to your inbox.
<a href="/newsletters/">Sign up</a></div>
</main>
<aside class="epa-more"><h2>More from Local News</h2><ul>
{more_html}
</ul></aside>
<footer class="epa-footer"><p><a href="/about-us/">About us</a> |
<a href="/contact-us/">Contact us</a> | <a href="/conditions-of-use/">Conditions of use</a> |
<a href="/privacy/">Privacy</a></p>
<p>&copy; Eyre Peninsula Advocate. All rights reserved.</p></footer>
</body>
</html>
"""


def _tienshan(*, url: str, headline: str, stamp: str, views: int, body: str, caption: str,
              latest: list[str]) -> str:
    """Tien Shan Today: Bishkek news site, English edition, '%' and 24-hour clock."""
    h = escape(headline)
    ad = '<div class="tst-banner-ad">Advertising</div>'
    latest_html = "\n".join(f'<li><a href="#">{item}</a></li>' for item in latest)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h} - Tien Shan Today</title>
<meta property="og:title" content="{h}">
<meta property="og:site_name" content="Tien Shan Today">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:locale:alternate" content="ru_RU">
</head>
<body>
<a href="#tst-text" class="visually-hidden">Skip to content</a>
<div class="tst-lang"><a href="/ru/">&#1056;&#1091;&#1089;</a>
<a href="/ky/">&#1050;&#1099;&#1088;</a>
<b>Eng</b></div>
<header class="tst-header"><a class="tst-logo" href="/en/">Tien Shan Today</a>
<div class="tst-rates">USD 87.45 | EUR 101.20 | RUB 1.06</div>
<nav><a href="/en/society/">Society</a> <a href="/en/politics/">Politics</a>
<a href="/en/economy/">Economy</a> <a href="/en/incidents/">Incidents</a>
<a href="/en/regions/">Regions</a> <a href="/en/central-asia/">Central Asia</a>
<a href="/en/sport/">Sport</a></nav></header>
<div class="tst-cookies">The site uses cookies. By continuing, you agree.
<button>Agree</button></div>
<main>
<div class="tst-rubric"><a href="/en/incidents/">Incidents</a></div>
<h1>{h}</h1>
<div class="tst-info"><span class="tst-date">{stamp}</span>
<span class="tst-views">&#128065; {views}</span></div>
<figure><img src="/media/2026/09/quake-jalal-abad.jpg" alt="">
<figcaption>{caption}</figcaption></figure>
<div id="tst-text" class="tst-text">
{_body(body, ad, 4)}
</div>
<p class="tst-follow">Follow Tien Shan Today on Telegram for breaking news.</p>
<p class="tst-copy">Use of materials is permitted only with an active hyperlink to the
source.</p>
</main>
<aside class="tst-feed"><h2>News feed</h2><ul>
{latest_html}
</ul></aside>
<footer class="tst-footer"><p>&copy; Tien Shan Today news agency, Bishkek. Mass media
registration certificate No. 1877.</p><p><a href="/en/about/">About</a> |
<a href="/en/advertising/">Advertising</a> | <a href="/en/contacts/">Contacts</a></p>
</footer>
</body>
</html>
"""


# =============================================================================================
# STORY 1 - Bank of Thailand cuts its policy rate (planted: vote split, 2026 growth forecast,
# title of the committee secretary, date of the next meeting)
# =============================================================================================

_S1_MERIDIAN_TEXT = """
BANGKOK, Dec 17 (Meridian) - Thailand's central bank cut its key interest rate by a quarter of a
percentage point on Wednesday, its fifth reduction since October 2024, as policymakers tried to
prop up an economy weighed down by shrinking credit, a strong baht and a sluggish tourism
season.

The Bank of Thailand's monetary policy committee voted 5-2 to lower the one-day repurchase rate
to 1.25% from 1.50%, effective immediately. The two dissenting members preferred to keep the
rate unchanged. The benchmark is now at its lowest in roughly three years.

Seventeen of 24 economists polled by Meridian last week had predicted a cut, while the remaining
seven expected the bank to stand pat.

"The committee judged that financial conditions remain tight relative to the outlook,
particularly for small businesses and households whose access to credit has continued to
narrow," the central bank said in a statement released at 2 p.m. (0700 GMT).

The committee raised its growth forecast for this year to 2.2% from 2.0%, but said expansion
would slow to 1.6% in 2026 as the lift from government spending fades and exporters absorb the
full effect of the 19% U.S. tariff on Thai goods.

Headline consumer prices fell 0.49% in November from a year earlier, the eighth straight month
of decline, leaving inflation well below the bank's 1%-3% target range. The central bank now
expects average headline inflation of minus 0.2% this year and 0.3% in 2026.

Assistant governor Nuttapong Kraisorn, who serves as secretary to the committee, told a news
conference the majority saw the move as insurance against a deeper slowdown rather than the
opening of a fresh easing cycle.

"We are not trying to engineer a boom. We are trying to make sure a slow economy does not become
a stuck one," Nuttapong said. The two dissenters, he said, had been concerned about preserving
the bank's limited room to act should conditions deteriorate further next year.

The baht was little changed at 31.56 per dollar after the decision, hovering near its strongest
level in four years. Thai shares pared earlier gains and closed 0.3% higher.

The government has pressed the central bank for months to lower borrowing costs. Finance
Minister Ekachai Boonruang told reporters at Government House that the cut was "welcome but
overdue" and said his ministry would roll out a 44 billion baht soft-loan programme for small
firms in the first quarter of next year.

Southeast Asia's second-largest economy grew 1.2% year-on-year in the July-September quarter,
its slowest pace in more than a year, as factory output slipped and foreign arrivals lagged. The
tourism ministry expects about 33 million foreign visitors this year, down from 35.5 million in
2024.

Household debt of around 87% of gross domestic product is among the highest in Asia and has left
banks wary of lending even as rates fall. Outstanding commercial bank loans shrank in October
for a ninth consecutive month, central bank data shows.

Sarawut Chaiyaporn, chief economist at Chao Phraya Securities in Bangkok, said he expected one
more quarter-point cut in the first half of 2026, which would take the policy rate to 1.00%.

"The statement leaves the door open, but the bar for the next move is higher now that two
members are already uncomfortable," he said. "They will want to see the fourth-quarter GDP
figures and how quickly banks pass this cut on before doing anything else."
"""

_S1_LEDGER_TEXT = """
The Bank of Thailand (BoT) yesterday lowered its policy rate by 25 basis points to 1.25 per
cent, saying the economy needed more support as the recovery remains uneven and credit
conditions for small businesses continue to tighten.

The Monetary Policy Committee (MPC) voted five to two for the cut. The two dissenting members
wanted to keep the rate at 1.50 per cent, arguing that the central bank should conserve what
little policy space it has left in case of a sharper downturn next year.

Deputy governor Nuttapong Kraisorn, who serves as secretary to the MPC, told a press briefing at
the central bank's head office in Bang Khun Phrom that the decision had been "finely balanced in
the room, but not in its logic".

"Inflation has been below the floor of our target for most of the year, and the main reason is
not weak demand alone. Energy prices, government subsidies and cheap imports have all played a
part," he said. "But when lending keeps shrinking and growth slows, a lower rate gives
businesses a little more room to breathe."

Headline inflation was minus 0.49 per cent in November, the eighth consecutive month below zero,
while core inflation, which excludes fresh food and energy, stood at 0.7 per cent. The BoT's
inflation target range is 1-3 per cent.

The MPC now projects economic growth of 2.2 per cent this year and 1.6 per cent in 2026. Mr
Nuttapong said next year's slowdown reflected the fading effect of state stimulus, softer
exports after the US tariff of 19 per cent took full effect, and a tourism sector that has yet
to regain its pre-pandemic footing.

He stressed that the committee did not regard the reduction as the first step in a new easing
cycle. "Future decisions will depend on the data. We have not pre-committed to anything," he
said, adding that the MPC would next meet on February 25.

Yesterday's cut was the fifth since October last year, when the committee began trimming the
rate from 2.50 per cent.

Business groups welcomed the move but said it would count for little unless banks passed it on.
Somsak Theerawat, vice-chairman of the Federation of Thai Industries, said manufacturers had
been squeezed by the strong baht, which has been trading around 31.5 to the US dollar.

"A quarter-point cut will not change the picture overnight, but it sends the right signal to the
banks," Mr Somsak said. "What SMEs need now is for lenders to actually cut what they charge us,
not just what they pay depositors."

The BoT said it had asked commercial banks to reflect the lower rate in their lending rates
promptly, and that measures to help vulnerable borrowers, including the debt consolidation
scheme introduced last year, would be extended through 2026.

Household debt stood at about 87 per cent of GDP at the end of June, according to central bank
figures, one of the highest ratios in the region. Outstanding loans in the banking system have
contracted for nine months in a row.

Finance Minister Ekachai Boonruang, who had publicly called for a deeper reduction, said the
government would keep working with the central bank. "Monetary and fiscal policy need to move in
the same direction, and today they did," he said.

The SET index closed 0.3 per cent higher after trimming earlier gains.

Analysts at Siam Horizon Research said they expected the policy rate to reach 1 per cent by
mid-2026, but cautioned that the split vote suggested the committee's appetite for further
easing was limited.
"""

_S1_BPB_TEXT = """
The Bank of Thailand delivered the 25bp cut most of the street expected on Wednesday, taking the
one-day repo rate to 1.25%. The interesting part was not the move but the vote: by the bank's
own account it was 4-3, with three of the seven MPC members preferring to sit at 1.50%.

That is about as close as a committee gets. One vote the other way and we would be writing about
a hold, and about a Finance Ministry in a very bad mood.

A few things stood out from the statement and the press conference.

## 1. The growth downgrade is doing the heavy lifting

New staff projections put 2026 GDP growth at 1.6%, against 2.2% for this year. Assistant
governor Nuttapong Kraisorn, the MPC secretary, ran through the familiar list - fiscal support
fading, the US tariff landing on exporters, tourist arrivals stuck well below 2019 - but the
tone was noticeably gloomier than at the October meeting.

## 2. Inflation is a supply story, and they know it

Headline CPI printed -0.49% YoY in November, the eighth negative reading in a row. The bank
pencils in -0.2% for 2025 as a whole and 0.3% for next year, still under the 1-3% target band.
Nuttapong was careful to pin low prices on energy subsidies and cheap imports; the cut is not an
attempt to "fix" that, and nobody should read it as one.

## 3. Credit is the real worry

Commercial bank loans have now contracted year-on-year for nine straight months. With household
debt at around 87% of GDP, banks are in no rush to lend, cut or no cut. The BoT again nudged
lenders to pass the move through promptly. We will believe it when we see the prime rates.

## What the market did

Not much. USD/THB sat at 31.56 after the announcement and the SET closed up 0.3%. Two-year
government bond yields slipped about 4bp, which tells you the cut was largely in the price.

## Where next

The majority's language - "insurance", data-dependent, no pre-commitment - plus a 4-3 split make
a quick follow-up unlikely. The next scheduled meeting is on Feb 18, and we put the odds of
another 25bp there at no better than one in three. Our base case remains a final cut to 1.00% in
the second quarter, once the Q4 GDP release in mid-February confirms the slowdown.

Risks to that view: a sharper baht rally, a bigger tourism miss, or louder pressure from the
government. Finance Minister Ekachai Boonruang called Wednesday's cut "welcome but overdue".
Expect more of that in the new year.

One more thing. Three votes to hold does not make this a hawkish committee in any normal sense.
The dissenters' argument, as Nuttapong relayed it, was about keeping some ammunition back, not
about inflation risk. Policy room at 1.25% is thin, and everyone in the room knows it.

"We are not trying to engineer a boom," Nuttapong told reporters. "We are trying to make sure a
slow economy does not become a stuck one." A decent line, and a fair summary of where the BoT
finds itself heading into 2026.
"""

_S1_GLOBE_TEXT = """
Thailand's central bank has cut interest rates for the fifth time in a little over a year,
warning that the country's economy will slow further in 2026.

The Bank of Thailand lowered its benchmark rate from 1.5% to 1.25%, saying businesses and
households were finding it increasingly hard to borrow.

The decision was not unanimous, with some members of the bank's seven-strong monetary policy
committee arguing for rates to be held.

The bank now expects growth of 1.8% next year, down from 2.2% in 2025, as government support
measures wind down and exporters adjust to higher US tariffs.

Thailand, South East Asia's second-largest economy, has struggled to regain its footing since
the pandemic. Tourism, which accounted for around a fifth of economic output before Covid, has
been slow to recover, with about 33 million foreign visitors expected this year compared with
almost 40 million in 2019.

Exports have also come under pressure since Washington imposed a 19% tariff on Thai goods, part
of the wave of US trade measures that hit much of Asia this year.

## Falling prices

Unusually, prices in Thailand are falling. Consumer prices in November were 0.49% lower than a
year earlier, and the central bank expects inflation to remain below its 1-3% target range for
some time.

Economists say a prolonged period of falling prices can be damaging, because shoppers and
businesses put off spending in the expectation that things will get cheaper, which in turn slows
the economy further.

Nuttapong Kraisorn, an assistant governor at the bank, said lower rates alone could not solve
Thailand's longer-term problems, such as an ageing workforce and weak productivity growth.

"Monetary policy cannot make people younger or factories more efficient," he said. "What it can
do is take some of the pressure off people who are already borrowing, and make it a little
cheaper for a business to invest."

Many Thai households are heavily indebted. Household debt is equivalent to about 87% of the
country's annual economic output, one of the highest levels in Asia, and banks have become
cautious about lending.

At a fresh market in Bangkok's Bang Rak district, noodle seller Ratree Boonmee, 52, said she had
not noticed any change in her own repayments after the bank's previous cuts.

"They say rates go down, but my loan is the same, and my customers are spending less every
month," she said. "People come and buy one bowl instead of two."

The government has repeatedly called on the central bank to do more to help the economy, and
ministers welcomed the latest move.

The baht has also strengthened against the US dollar this year, making Thai exports more
expensive for overseas buyers and a holiday in Thailand pricier for foreign visitors, adding to
the pressure on two of the country's main sources of income.

The bank said it would keep the situation under review. Its next interest rate decision is due
on 25 February.
"""

_S1_MERIDIAN = _meridian(
    url=("https://www.meridianwire.example/markets/asia/"
         "thai-central-bank-cuts-rate-split-vote-2025-12-17/"),
    headline="Thai central bank cuts rate to 1.25% in split vote, sees weaker 2026",
    desc="The Bank of Thailand lowered its policy rate for the fifth time since October 2024.",
    iso="2025-12-17T07:42:00Z",
    shown="December 17, 2025 7:42 AM UTC Updated 4 hours ago",
    byline=["Kanokwan Sriprasert", "Tom Ashdown"],
    section="Markets",
    body=_S1_MERIDIAN_TEXT,
    credit=("Reporting by Kanokwan Sriprasert and Tom Ashdown; Additional reporting by Orn "
            "Chaiyasit; Editing by Priya Menon and Kim Larsen"),
    related=[("/markets/asia/baht-steady-after-rate-cut/", "Baht steady as traders digest "
              "Thai rate cut"),
             ("/world/asia-pacific/thai-exporters-tariff-squeeze/", "Thai exporters feel the "
              "squeeze from U.S. tariffs"),
             ("/markets/rates/asia-central-banks-week-ahead/", "Asia central banks: what to "
              "watch in the week ahead")],
)

_S1_LEDGER = _ledger(
    url="https://www.bangkokledger.example/business/finance/3114872/bot-trims-policy-rate",
    headline="BoT trims policy rate to 1.25%, urges banks to pass on cut",
    standfirst="MPC splits as it lowers rate for the fifth time since October last year",
    published="18 Dec 2025 at 04:00",
    section="Business",
    writer="Pattarawadee Somboon",
    body=_S1_LEDGER_TEXT,
    caption="The Bank of Thailand's head office in Bangkok. (Photo: Bangkok Ledger file)",
    related=["Baht edges higher as exporters sell dollars",
             "SMEs call for faster loan restructuring",
             "Tourism council trims 2026 arrivals target",
             "Opinion: The limits of cheap money"],
)

_S1_BPB = _bpb(
    url="https://basispointbrief.example/p/bot-cuts-to-125-the-dissent-is-the-story",
    headline="BoT cuts to 1.25%: the dissent is the story",
    subtitle="A quarter-point cut, a gloomy 2026 forecast and a committee split down the middle",
    iso="2025-12-18T00:15:00+08:00",
    shown="Dec 18, 2025",
    author="Marcus Tan Wei Jie",
    body=_S1_BPB_TEXT,
    tags=["Thailand", "Bank of Thailand", "Asia FX", "Central banks"],
    likes=64,
    comments=11,
)

_S1_GLOBE = _globe(
    url="https://www.gri.example/news/business-71839420",
    headline="Thailand cuts interest rates again as economy falters",
    desc="The Bank of Thailand has lowered its benchmark rate to 1.25%.",
    shown="",
    byline="Helen Marsh",
    role="Business reporter",
    body=_S1_GLOBE_TEXT,
    image_caption="Street food vendors say customers are spending less",
    image_credit="Getty Images",
    topics=["Thailand", "Interest rates", "Asia economy"],
    related=[("/news/business-71790004", "Why are prices falling in Thailand?"),
             ("/news/world-asia-71520911", "Thailand's tourism boom runs out of steam")],
)


# =============================================================================================
# STORY 2 - Nagano gubernatorial election (CONTROL: no planted disagreements)
# =============================================================================================

_S2_JMP_TEXT = """
NAGANO - Kenji Morishita, a former deputy mayor of Matsumoto endorsed by the Liberal Democratic
Party, won Sunday's Nagano gubernatorial election, defeating a former television journalist
backed by opposition parties in a race dominated by rural decline, bear encounters and the
future of the prefecture's ski towns.

Morishita, 58, who ran as an independent, collected 412,356 votes, or about 53.4 percent of
valid ballots, according to the prefectural election administration commission. Aya Tachibana,
47, supported by the Constitutional Democratic Party of Japan and the Japanese Communist Party,
received 298,714 votes. Hiroyuki Kaneda, 66, a retired ski-resort operator from the village of
Hakuba, finished third with 61,203.

Turnout was 46.12 percent, up from 43.01 percent in the previous election four years ago,
reversing a long slide in participation in the prefecture's governor races.

Morishita will succeed Gov. Shigeru Naito, 75, who is stepping down after three terms. He takes
office Sept. 1.

"The people of Nagano did not vote for a party tonight. They voted for someone who will show
up," Morishita told supporters at his campaign office in Matsumoto after local broadcasters
projected his victory shortly after polls closed at 8 p.m. "I will go to every one of our 77
municipalities within my first year, and I will listen before I decide."

A career official who spent most of his working life at the land ministry before moving to
Matsumoto city hall, Morishita built his campaign around infrastructure and services for the
prefecture's shrinking rural communities. He pledged a 10 billion yen fund to keep local bus and
rail lines running, more generous childcare subsidies, and a prefectural task force on bears
after a record number of sightings and attacks in 2025 alarmed residents across the Japan Alps.

Tachibana, who spent two decades as a reporter and anchor at a Nagano television station,
campaigned on a pause in large hotel and condominium projects in Hakuba until the prefecture
completes a study of water supply and housing costs, and on tougher scrutiny of tunnel
excavation for the Linear Chuo Shinkansen maglev line in the Ina Valley.

She conceded at around 10:40 p.m. at her office in the city of Nagano. "We lost the election,
but we raised questions that will not go away. Whoever sits in the governor's chair will have to
answer them," she said.

Kaneda, who ran without party backing, focused almost entirely on the surge of foreign
investment in Hakuba's property market, arguing that rising land prices were pushing out young
families and seasonal workers. He drew his strongest support in the northern Alps resort areas.

The result offers some relief to the LDP, which has struggled in a string of local contests this
year and treated Nagano as a test of whether its candidates can still win outside the big
cities. Party officials in Tokyo were quick to welcome the outcome, though Morishita kept
national figures at arm's length during the campaign and appeared with them only twice.

Nagano, home to about 2 million people, has been losing population for more than two decades,
and the number of residents aged 65 or older now exceeds the number under 40 in many of its
mountain municipalities.

The prefecture is also still paying for recovery works along the Chikuma River, which burst its
banks during Typhoon Hagibis in 2019 and flooded parts of the city of Nagano, including a
Shinkansen train depot.

Morishita has said his first budget will prioritize rural transport and disaster prevention. The
prefectural assembly is expected to convene for its regular September session shortly after he
is sworn in.
"""

_S2_SHINSHU_TEXT = """
Kenji Morishita, 58, a former deputy mayor of Matsumoto, was elected governor of Nagano
Prefecture on Aug. 2, defeating two rivals in a contest that produced the highest turnout for a
governor's race here in 16 years.

Morishita, an independent endorsed by the Liberal Democratic Party, received 412,356 votes.
Former broadcaster Aya Tachibana, 47, backed by the Constitutional Democratic Party of Japan and
the Japanese Communist Party, took 298,714 votes, and retired Hakuba ski-resort operator
Hiroyuki Kaneda, 66, won 61,203.

Turnout stood at 46.12%, 3.11 points higher than in 2022, when it was 43.01%. A record 312,540
people cast their ballots early, according to the prefectural election administration
commission, which said warm weather and a campaign that drew unusual attention on social media
had helped bring voters out.

Morishita will take office on Sept. 1, succeeding Gov. Shigeru Naito, 75, who did not seek a
fourth term.

Speaking to about 300 supporters at his office near Matsumoto Station, Morishita repeated the
promise that became the slogan of his campaign: to visit all 77 of the prefecture's cities,
towns and villages within a year.

"I will go to every one of our 77 municipalities within my first year," he said. "Some of them
have fewer than 1,000 people. Those are exactly the places where the prefecture has to be seen."

He also thanked Naito, under whom he served on several prefectural advisory panels. "Governor
Naito held this prefecture together through the typhoon and the pandemic. I intend to build on
that, not to tear it up," he said.

Morishita won comfortably in the central Chushin region, including Matsumoto and Azumino, and in
much of the south. Tachibana ran strongly in the city of Nagano and in the Hokushin region,
while Kaneda topped the poll in Hakuba and the neighboring village of Otari.

At her office in Nagano city, Tachibana conceded at around 10:40 p.m. and bowed to volunteers,
many of whom were in tears.

"We lost the election, but we raised questions that will not go away," she said. "Water in
Hakuba, soil from the maglev tunnels in the Ina Valley, the price of a house for a young nurse
in a ski town. Whoever sits in the governor's chair will have to answer them."

Kaneda, speaking at a community hall in Hakuba, said he had no regrets. "I got more votes than
anyone told me I would. The people of the mountains have spoken, even if Nagano city did not
hear them," he said.

Morishita's platform includes a 10 billion yen fund to support local bus and rail services,
expanded childcare subsidies and a task force on bears. Black bear sightings in the prefecture
reached a record in 2025, and several municipalities have asked for help to hire hunters and
install electric fences.

Naito, who first won the governorship in 2014, issued a brief statement congratulating his
successor. "I hand over the prefecture with confidence. I ask Mr. Morishita to always remember
the people who live farthest from the prefectural office," he said.

Morishita is expected to assemble his transition team this week. The prefectural assembly's
regular September session will take up the supplementary budget that Naito's administration had
postponed until after the election.
"""

_S2_GLOBE_TEXT = """
Voters in Japan's mountainous Nagano prefecture have chosen a former local government official
as their new governor, in an election dominated by concerns about depopulation, soaring property
prices in ski resorts and a surge in encounters with bears.

Kenji Morishita, 58, who was endorsed by Japan's governing Liberal Democratic Party, won about
412,000 votes, comfortably ahead of former television journalist Aya Tachibana, who received
nearly 299,000.

A third candidate, retired ski-resort operator Hiroyuki Kaneda, won about 61,000 votes after a
campaign focused on foreign purchases of land and holiday homes in the resort village of Hakuba.

Turnout was just over 46%, higher than at the last election in 2022.

Mr Morishita will replace Shigeru Naito, who is retiring at 75 after three terms in office.

Nagano, which hosted the Winter Olympics in 1998, is known for its ski slopes, hot springs and
apple orchards, and Hakuba in particular has become a magnet for foreign tourists and investors,
especially from Australia and other parts of Asia.

But the boom has come with costs. Local residents complain that the price of land and rents have
risen so far that nurses, teachers and seasonal workers struggle to find homes, and some
villages have had to ration water during busy weeks of the ski season.

At the same time, the rest of the prefecture, like much of rural Japan, is ageing and shrinking.
The population of about two million has been falling for more than two decades, and bus routes
and rail lines in some valleys have been cut back as passenger numbers dwindle.

In his victory speech in the city of Matsumoto, Mr Morishita said depopulation was "not a
weather forecast", arguing that local government could still slow it down.

"People talk about the decline of the countryside as if it is something that simply happens to
us, like snow," he said. "It is not. It is the result of choices, and we can make different
ones."

He has promised a 10 billion yen (about $67m) fund to keep rural bus and train services running,
and says he will visit every one of the prefecture's 77 municipalities during his first year.

Bears were an unexpected campaign issue. Japan recorded an unprecedented number of bear
sightings and attacks in 2025, and several towns in Nagano were forced to close schools and
hiking trails for days at a time. Mr Morishita has pledged to set up a special task force to
deal with the problem.

Ms Tachibana, who was backed by the main opposition Constitutional Democratic Party and the
Japanese Communist Party, had called for a pause in large hotel developments in Hakuba and for
stricter oversight of tunnelling for a new high-speed magnetic levitation railway line, which
passes beneath part of the prefecture.

Conceding defeat late on Sunday evening, she said she had raised "questions that will not go away".

The result will be welcomed by the Liberal Democratic Party, which has had a difficult year in
local elections, although analysts say Mr Morishita's personal reputation in Matsumoto played a
large part in his win.

Mr Morishita will take office on 1 September.
"""

_S2_JMP = _jmp(
    url="https://www.japanmorningpost.example/politics/elections/20260803-00412/",
    headline="Ex-Matsumoto deputy mayor Morishita wins Nagano governor race",
    iso="2026-08-03T01:10:00+09:00",
    shown="August 3, 2026 01:10 JST",
    byline="Yuki Hamasaki / Japan Morning Post Staff Writer",
    body=_S2_JMP_TEXT,
    caption="Kenji Morishita raises his arms with supporters in Matsumoto on Sunday night.",
    related=[("/politics/elections/20260718-00233/", "Nagano governor race: three candidates, "
              "three visions for the Alps"),
             ("/society/20260701-00198/", "Hakuba land prices climb again as resort expands"),
             ("/society/20251120-00541/", "Bear encounters hit record across eastern Japan")],
)

_S2_SHINSHU = _shinshu(
    headline="Morishita elected governor, vows to visit all 77 municipalities",
    stamp="2026/08/03 06:00",
    body=_S2_SHINSHU_TEXT,
    photo="Kenji Morishita is congratulated by supporters in Matsumoto on the night of Aug. 2.",
)

_S2_GLOBE = _globe(
    url="https://www.gri.example/news/world-asia-72904415",
    headline="Japan's Nagano elects new governor amid fears over rural decline",
    desc="Kenji Morishita wins a race dominated by depopulation, ski-town prices and bears.",
    shown="2 August 2026",
    iso="2026-08-02T15:20:00Z",
    byline="Mariko Lennox",
    role="In Tokyo",
    body=_S2_GLOBE_TEXT,
    image_caption="Hakuba has become a magnet for foreign skiers and investors",
    image_credit="Reuters",
    topics=["Japan", "Elections"],
    related=[("/news/world-asia-72110871", "Japan's bear crisis: why attacks are rising"),
             ("/news/business-71980256", "The Japanese ski village where land costs more than "
              "Tokyo")],
)


# =============================================================================================
# STORY 3 - Namibian Supreme Court sets aside horse mackerel rights (planted: dissenting
# judge, deadline for a fresh decision, number of companies that received rights)
# =============================================================================================

_S3_NAMIB_TEXT = """
The Supreme Court yesterday set aside the allocation of horse mackerel fishing rights made by
the fisheries minister in November 2024, finding that the process was procedurally unfair and
that the minister had failed to explain why he departed from his own advisory body's
recommendations.

In a four-to-one majority judgment, the court upheld an appeal by Kunene Bay Fishing (Pty) Ltd
and six other companies, all of which had applied for rights and been turned down. The High
Court had dismissed their review application in June last year.

The contested allocation handed rights of exploitation, together with annual quotas from a pool
of about 72 000 tonnes, to 14 companies. Several of them had been registered only months before
applications closed, the appellants argued.

Deputy Chief Justice Helena Tjitendero, who wrote for the majority, said the minister had
"substituted an unexplained preference for a reasoned process".

"A decision that allocates a public resource worth hundreds of millions of dollars cannot rest
on reasons that the decision-maker declines to disclose," she wrote. "The Constitution does not
permit the administration to say 'trust us' where it is required to say 'here is why'."

The court ordered fisheries minister Daniel Haufiku to reconsider all the applications afresh
and to take a new decision within 90 days. To avoid disruption to the industry, companies that
currently hold the rights may continue to fish their quotas until the new decision is made.

Judge of Appeal Festus Amukwaya was the lone dissenter. In his minority judgment he said the
appellants had waited too long before going to court and that the Marine Resources Act entrusted
the balancing of social and economic objectives to the minister, not to judges.

"Courts are not well placed to weigh the social objectives the Act entrusts to the Minister, and
should be slow to unsettle an entire fishery on the strength of procedural imperfections," he
wrote.

The ministry was ordered to pay the appellants' costs in both the High Court and the Supreme
Court, including the costs of one instructing and two instructed counsel.

Advocate Sonja Visagie SC, who argued the appeal for the seven companies, said outside court
that her clients were relieved. "This was never about who should get a quota. It was about
whether the process can be trusted. Today the court said it must be," she said.

Ministry of Fisheries and Marine Resources spokesperson Ester Nangolo said the ministry
respected the judgment and would study it with its legal team. "The minister will comply with
the order of the court. We also want to assure workers on vessels and in factories that fishing
will continue," she said.

Horse mackerel is Namibia's largest fishery by volume, and most of the catch is frozen at sea or
in Walvis Bay and exported to markets in West and Central Africa. Industry estimates put the
number of people employed across the fishing sector at about 15 000.

The allocation of quotas has been a sensitive issue since the Fishrot scandal came to light in
2019, when leaked documents suggested that horse mackerel quotas had been channelled to a
foreign fishing company in exchange for bribes paid to politically connected individuals.
Several of the accused are still on trial in the High Court.

The Namibian Fishing Workers' Union, which was not a party to the case, said it hoped the new
process would give weight to employment on Namibian-flagged vessels. Its secretary general,
Jonas Kapia, said workers had "paid the price for every bad allocation of the last decade".

The minister is expected to announce a timetable for the reconsideration process in the coming
weeks.
"""

_S3_SALR_TEXT = """
Namibia's Supreme Court has set aside the November 2024 allocation of horse mackerel rights of
exploitation, holding that the Minister of Fisheries and Marine Resources breached the duty to
act fairly and reasonably under Article 18 of the Constitution when he departed, without
reasons, from the ranking produced by the statutory Fisheries Advisory Council.

The judgment, handed down in Windhoek on Friday 13 March 2026, reverses a June 2025 decision of
the High Court that had dismissed the review brought by seven unsuccessful applicants, led by
Kunene Bay Fishing (Pty) Ltd.

## The decision under review

The minister granted rights, with associated quota allocations drawn from a pool of roughly 72
000 tonnes, to 14 companies. The appellants contended that the advisory council had scored each
application against published criteria - Namibian ownership, investment in onshore processing,
employment on Namibian vessels, compliance history - and that at least five of the successful
applicants had been ranked well below them.

The record, the appellants said, contained no explanation for the departures. The minister's
answering affidavit asserted that he had considered "broader policy objectives", including
regional spread and the inclusion of new entrants, but did not identify how those objectives had
been applied to individual applicants.

## The majority

Writing for the majority of four, Deputy Chief Justice Helena Tjitendero accepted that the
Marine Resources Act confers a wide discretion on the minister and that the advisory council's
recommendations are not binding. But a discretion, she held, is not a licence to decide without
reasons.

"A decision that allocates a public resource worth hundreds of millions of dollars cannot rest
on reasons that the decision-maker declines to disclose," the Deputy Chief Justice wrote. Where
the decision-maker departs from a structured evaluation that the statute itself contemplates,
"fairness requires that the departure be explained, and explained at the time, not reconstructed
in litigation".

The majority rejected the argument that the appellants had unreasonably delayed. Their review
was launched within the period the court considered reasonable given the time it took to obtain
the record, and any delay was condoned.

## The order and the dissent

The allocation is set aside and the matter is remitted to the minister, who must take a fresh
decision on all applications within 60 days of the order. Pending that decision, the current
right holders may continue harvesting under their existing quotas, an order the majority
described as necessary "to avoid the vessels standing idle while the process is done properly".
Costs in both courts follow the result, on the scale of one instructing and two instructed
counsel.

Acting Judge of Appeal Rosa Gertze dissented. In her view the appellants' delay was unexplained
for a substantial period and should not have been condoned, and on the merits the majority had
set the bar for reasons too high for a polycentric allocation involving dozens of applicants.

"Courts are not well placed to weigh the social objectives the Act entrusts to the Minister,"
she wrote.

## Comment

The judgment is likely to be read well beyond the fishing sector. Its central holding - that a
minister who departs from a statutory advisory body's ranking must give reasons
contemporaneously - applies equally to mining licences, land allocations and other public
resources where Namibian law sets up a similar two-stage process.

For practitioners, the decision also sharpens the line between permissible after-the-fact
elaboration of reasons and impermissible reconstruction. Counsel for the appellants, Sonja
Visagie SC, told SALR that the judgment "closes a door that too many decision-makers had learned
to walk through".

The ministry has said it will comply. Ministry spokesperson Ester Nangolo said the minister
would "study the judgment carefully and act within the time allowed".
"""

_S3_MERIDIAN_TEXT = """
WINDHOEK, March 13 (Meridian) - Namibia's Supreme Court on Friday struck down the government's
allocation of horse mackerel fishing rights, ordering the fisheries minister to redo the process
in a ruling that could reshape the southern African nation's most lucrative fishery.

The court ruled 4-1 in favor of seven companies that had been refused rights in the 2024 round,
finding that Fisheries Minister Daniel Haufiku had failed to give reasons for overriding
recommendations from the Fisheries Advisory Council.

The allocation, announced in November 2024, granted rights to 16 companies to catch horse
mackerel from a quota pool of about 72,000 metric tons. The unsuccessful applicants, led by
Kunene Bay Fishing, argued that several of the winners had scored poorly under the council's
published criteria.

"A decision that allocates a public resource worth hundreds of millions of dollars cannot rest
on reasons that the decision-maker declines to disclose," Deputy Chief Justice Helena Tjitendero
wrote in the majority judgment.

The minister must make a fresh decision on all applications within 90 days, the court said.
Current rights holders may continue fishing in the meantime, a provision that industry groups
said would prevent vessels and processing plants from shutting down.

Ministry spokesperson Ester Nangolo said the government respected the ruling and would comply
with it. "Fishing will continue, and jobs are not at risk because of this judgment," she told
Meridian by phone.

Horse mackerel, a small pelagic fish sold frozen mainly to West and Central African markets,
accounts for the largest share by volume of Namibia's fish catch. Fishing is one of the
country's main export earners, alongside diamonds, uranium and gold.

The ruling comes as Namibia tries to restore confidence in how it distributes fishing rights
after the so-called Fishrot affair, in which former ministers and businessmen were charged with
corruption over quotas allegedly diverted to a foreign fishing group. The accused have denied
wrongdoing, and the criminal trial in Windhoek has yet to conclude.

Lawyers said the judgment set a significant precedent for the allocation of other natural
resources. "The message to every minister is simple: if you overrule your own experts, you have
to say why, and you have to say it at the time," said Tuyeni Nekongo, a Windhoek-based
administrative law specialist who was not involved in the case.

Sonja Visagie, counsel for the appellants, said the companies did not expect to be handed rights
automatically. "They want a fair contest, and the court has now guaranteed them one," she said.

The High Court had dismissed the companies' challenge in June 2025. The dissenting judge in
Friday's ruling agreed with the lower court that the applicants had waited too long to seek a
review and said the law gave the minister wide discretion to pursue social objectives, such as
bringing in new entrants.

Namibia, a country of about 3 million people, has used fishing rights since independence in 1990
as a tool to promote Namibian ownership of an industry once dominated by foreign and South
African firms.

The ministry has faced criticism from opposition lawmakers and civil society groups over the
2024 allocation since it was announced. The Namibian Fishing Workers' Union has called for
rights to be tied more closely to jobs on Namibian-flagged vessels and onshore processing.
"""

_S3_NAMIB = _namib(
    url=("https://www.namibchronicle.example/2026/03/14/"
         "supreme-court-sets-aside-horse-mackerel-rights/"),
    headline="Supreme Court sets aside horse mackerel rights",
    date="14 March 2026",
    byline="Ndapewa Shikongo",
    body=_S3_NAMIB_TEXT,
    caption="The Supreme Court building in Windhoek. Photo: File",
    trending=["City council approves new water tariffs",
              "Brave Warriors name squad for qualifiers",
              "Farmers brace for another dry season in the south",
              "Learners walk 12km to school as bus contract lapses"],
)

_S3_SALR = _salr(
    url=("https://www.salawreport.example/judgments/namibia/"
         "kunene-bay-fishing-v-minister-of-fisheries"),
    headline="Reasons or nothing: Namibian Supreme Court voids horse mackerel allocation",
    date="16 March 2026",
    iso="2026-03-16T09:30:00+02:00",
    author="Lukas Bezuidenhout",
    body=_S3_SALR_TEXT,
    case_name=("Kunene Bay Fishing (Pty) Ltd and Six Others v Minister of Fisheries and Marine "
               "Resources and Others"),
    case_no="SA 41/2025",
    court="Supreme Court of Namibia",
    areas=["Administrative law", "Fisheries", "Constitutional law"],
)

_S3_MERIDIAN = _meridian(
    url=("https://www.meridianwire.example/world/africa/"
         "namibia-top-court-voids-fishing-rights-allocation-2026-03-13/"),
    headline="Namibia's top court voids horse mackerel fishing rights allocation",
    desc="Supreme Court orders the fisheries minister to redo the allocation of fishing rights.",
    iso="2026-03-13T14:55:00Z",
    shown="March 13, 2026 2:55 PM UTC",
    byline=["Petrus Amadhila"],
    section="Africa",
    body=_S3_MERIDIAN_TEXT,
    credit="Reporting by Petrus Amadhila; Editing by Ed Varney",
    related=[("/world/africa/namibia-green-hydrogen-project-2026/", "Namibia's green hydrogen "
              "flagship seeks new backers"),
             ("/markets/commodities/uranium-mine-expansion-namibia/", "Uranium miner "
              "approves Namibian expansion")],
)


# =============================================================================================
# STORY 4 - Chile and India sign a comprehensive trade agreement (planted: number of
# negotiating rounds, who said the copper line, phase-out period for the copper duty)
# =============================================================================================

_S4_MERIDIAN_TEXT = """
NEW DELHI, Feb 24 (Meridian) - India and Chile signed a comprehensive economic partnership
agreement on Tuesday that will phase out Indian duties on Chilean copper cathodes and give
Indian companies a foothold in the South American country's lithium sector, as New Delhi seeks
secure supplies of minerals needed for its energy transition.

The agreement, concluded after five rounds of talks since negotiations formally opened in May
2025, expands a limited preferential trade pact the two countries signed in 2006. It still needs
to be ratified by Chile's Congress and approved by India's cabinet, which officials said they
hoped would allow it to enter into force in early 2027.

Under the deal, India will eliminate its import duty on Chilean copper cathodes in equal annual
steps over seven years, according to a summary released by India's commerce ministry. India will
cut or remove duties on about 2,100 tariff lines in total, while Chile will eliminate tariffs on
about 2,800 lines covering the bulk of its imports from India.

"Copper is where this relationship starts, not where it ends," said Mariela Fuentealba, Chile's
undersecretary for international economic relations, who signed the agreement at the commerce
ministry's headquarters in New Delhi. "The chapter on critical minerals gives us a framework to
build processing, not just to ship rock."

Two-way trade was about $3.6 billion in the fiscal year to March 2025, with Chile exporting
about $2.5 billion worth of goods to India, mostly copper ore and concentrates, wood pulp and
iodine. India's exports to Chile, dominated by vehicles, pharmaceuticals, textiles and
chemicals, were worth about $1.1 billion.

Indian Commerce and Industry Minister Harish Vardhan, who attended the signing, said the
agreement was the first Indian trade pact with a dedicated chapter on critical minerals. Under
it, the two governments commit to facilitating investment in exploration and processing, sharing
geological data and consulting each other before imposing export restrictions on the minerals
covered.

"Our industries need copper, lithium and molybdenum in quantities this country has never needed
before. Chile has them, and it has the experience to mine them responsibly," Vardhan told
reporters.

State-run Khanij Bidesh India Ltd, set up to secure overseas mineral assets, has been scouting
lithium projects in Chile's salt flats, and several Indian companies are studying copper
smelting ventures.

The 18-chapter agreement also covers services, digital trade, sanitary rules and customs
procedures. Chile agreed to speed up registration of Indian generic medicines, a long-standing
request from New Delhi, while India will lower duties on Chilean cherries, blueberries,
kiwifruit and avocados.

Apples were left out of the deal after lobbying by growers in the Himalayan states of Himachal
Pradesh and Jammu and Kashmir, officials said. India will also cut its duties on Chilean wine
gradually, though by less than Chilean producers had sought.

For Chile, the world's largest copper producer, the agreement is part of an effort to diversify
markets beyond China, which buys about half of its copper exports. Chile has now concluded or
updated trade deals with more than 30 economies.

Indian industry groups welcomed the pact. The Federation of Indian Export Organisations said it
would help exporters of engineering goods and textiles, which face Chile's standard 6% tariff.

Analysts said the immediate trade impact would be modest but the minerals provisions could
matter more over time. "Nobody signs a deal like this for the cherries," said Arjun Kapadia, a
trade economist at the Delhi-based Centre for Commercial Policy. "This is about India getting
into the room where copper and lithium supply chains are being decided."
"""

_S4_BPB_TEXT = """
Guest post from our commodities contributor. Usual rules apply: this is a read on flows and
positioning, not a trade recommendation.

India and Chile signed their comprehensive economic partnership agreement in New Delhi on
Tuesday, and most of the coverage has focused on lithium. Fair enough - it makes for a good
headline. But for anyone watching metals, the clause that matters in the near term is copper.

## The copper clause

India's import duty on Chilean copper cathodes goes to zero in stages over seven years.
Concentrates already move at low duty, so the change is really about refined metal. Indian
fabricators have been importing cathodes from a mix of sources, and a Chilean cost advantage
that grows every year shifts the arbitrage a little more each April.

It is not a revolution. India's cathode imports are still small against what the country's own
smelters produce, and the bigger domestic players have been adding capacity. But at the margin
it nudges more Chilean metal towards India and away from Chinese buyers - which is exactly what
Santiago wants.

## Why Chile wants this

China takes roughly half of Chile's copper exports. The Chilean government has spent the last
few years trying to reduce that dependence, and India, with demand for copper growing faster
than almost anywhere else, is the obvious candidate. Two-way trade was about $3.6bn in the year
to March 2025, and Chilean shipments to India - about $2.5bn - are overwhelmingly copper ore and
concentrates.

## Lithium and the rest

The critical minerals chapter commits both sides to facilitate investment in exploration and
processing and to consult before restricting exports. That sounds soft, and it is. What it does
give Indian state-backed investors, such as KABIL, is a political umbrella for bids in the
Chilean salt flats. Do not expect tonnes of Chilean lithium carbonate to show up in Indian
battery plants anytime soon.

For Indian exporters the wins are pharma registration in Chile, some services access and lower
tariffs on cars and textiles, which currently pay Chile's flat 6%. Chilean fruit - cherries,
blueberries, avocados - gets better access to India. Apples do not; India kept them out.

## The process

The deal came together quickly by trade-negotiation standards: six rounds between May 2025 and
the end of last year, with the legal scrub done in January. It still needs approval from Chile's
Congress and the Indian cabinet. Officials are talking about entry into force in early 2027,
which feels achievable if Chilean politics cooperates.

## What we are watching

1. The phase-in schedule. The first cut on cathodes takes effect on entry into force. If
ratification slips into late 2027, so does everything else.

2. Chinese pricing response. Chinese smelters and traders are not going to surrender Chilean
supply quietly. Watch the premiums Chilean producers get on long-term contracts with Asian
buyers this year.

3. India's smelter pipeline. More refined copper capacity at home reduces the need for cathode
imports, whatever the tariff. The deal helps Chile most if Indian demand outruns Indian
smelting.

Bottom line: a slow-burning positive for Chilean copper exporters and a modest headwind for
Chinese intermediaries. The market reaction on Tuesday - nothing at all on the LME - tells you
nobody is treating it as a near-term event.

India's commerce ministry said the agreement runs to 18 chapters. We have read the summary, not
the full text, which has yet to be published. We will update when it is.
"""

_S4_TRADELINES_TEXT = """
Chile and India signed their Comprehensive Economic Partnership Agreement (CEPA) in New Delhi on
Tuesday 24 February, replacing the narrow goods-only preferential trade agreement of 2006 with
an 18-chapter text that includes India's first stand-alone chapter on critical minerals.

Negotiators closed the deal in five negotiating rounds, the first of which was held in New Delhi
in May 2025. That is quick by Indian standards. Officials on both sides said the pre-existing
PTA framework and a narrow list of Indian sensitivities had made it possible to move fast.

## Goods

India will cut or eliminate duties on about 2,100 tariff lines. The headline commitment is on
refined copper: India's 5% basic customs duty on copper cathodes from Chile is to be phased out
over 10 years in equal annual instalments. Copper ores and concentrates, which make up the bulk
of Chile's shipments, already enter at low rates.

Chile, whose applied tariff is a flat 6%, will eliminate duties on about 2,800 lines, covering
almost all of its imports from India, including passenger vehicles, motorcycles, textiles and
apparel, and organic chemicals.

Agricultural market access on the Indian side is selective. Cherries, blueberries, kiwifruit and
avocados get reduced duties; fresh apples remain excluded, reflecting pressure from growers in
Himachal Pradesh and Jammu and Kashmir. Wine sees a gradual cut.

## Critical minerals

The minerals chapter is best-endeavour rather than binding in most of its provisions. The
parties commit to facilitate investment in exploration, extraction and processing of listed
minerals, including copper, lithium, molybdenum and rhenium; to share geological data; and to
notify and consult before imposing export restrictions or duties on those minerals.

Indian Commerce Secretary Sunil Raghavan, who signed for India, described the chapter as the
core of the agreement. "Copper is where this relationship starts, not where it ends," he said at
the signing ceremony, adding that India wanted Indian and Chilean companies to "build processing
capacity together, rather than simply trade in raw material".

## Services, medicines and mobility

Chile commits to a faster registration pathway for generic medicines already approved by
reference regulators, an issue that Indian pharmaceutical exporters have raised for years. The
services chapter includes commitments on computer and related services, and the mobility annex
eases temporary entry for intra-corporate transferees and contractual service suppliers.

The digital trade chapter covers paperless trading, electronic signatures and consumer
protection online, but contains no binding commitments on cross-border data flows.

## Numbers

Bilateral goods trade was about $3.6bn in 2024-25. Chile exported about $2.5bn, mostly copper
ore and concentrates, pulp and iodine; India exported about $1.1bn.

## Next steps

The agreement must be approved by Chile's Congress and by the Indian cabinet before it can enter
into force. Commerce and Industry Minister Harish Vardhan said he expected that to happen in
early 2027. The full legal text is expected to be published once it has been translated and
tabled in Santiago.

For businesses, the practical questions will be rules of origin, which are product-specific for
a significant share of lines, and the certification procedure, which allows self-certification
by approved exporters after a transition period.

We will publish a chapter-by-chapter analysis for members when the legal text is released.
"""

_S4_MERIDIAN = _meridian(
    url=("https://www.meridianwire.example/world/india/"
         "india-chile-sign-trade-pact-critical-minerals-2026-02-24/"),
    headline="India, Chile sign trade pact with critical minerals chapter, copper duty cut",
    desc="India will phase out duties on Chilean copper cathodes under the new agreement.",
    iso="2026-02-24T11:20:00Z",
    shown="February 24, 2026 11:20 AM UTC",
    byline=["Shruti Agarwal", "Felipe Orrego"],
    section="World",
    body=_S4_MERIDIAN_TEXT,
    credit=("Reporting by Shruti Agarwal in New Delhi and Felipe Orrego in Santiago; Editing by "
            "Raju Gopalakrishnan"),
    related=[("/markets/commodities/copper-prices-week/", "Copper edges up as Chilean output "
              "dips"),
             ("/world/americas/chile-lithium-tender/", "Chile opens new round of lithium "
              "contract talks")],
)

_S4_BPB = _bpb(
    url="https://basispointbrief.example/p/india-chile-cepa-the-copper-clause",
    headline="India-Chile CEPA: forget lithium, watch the copper clause",
    subtitle="What the new trade deal means for cathode flows, Chinese buyers and Santiago",
    iso="2026-02-25T07:05:00+08:00",
    shown="Feb 25, 2026",
    author="Devika Iyer",
    body=_S4_BPB_TEXT,
    tags=["Copper", "India", "Chile", "Trade"],
    likes=38,
    comments=6,
)

_S4_TRADELINES = _tradelines(
    url="https://www.tradelines.example/news/chile-india-cepa-signed-what-is-in-the-text",
    headline="Chile-India CEPA signed: what is in the text",
    dek="Copper cathodes, a critical minerals chapter and faster medicine registration",
    date="26 February 2026",
    iso="2026-02-26T08:00:00+00:00",
    author="By Hannah Clerkin",
    body=_S4_TRADELINES_TEXT,
    facts=[("Parties", "Chile, India"),
           ("Signed", "24 February 2026, New Delhi"),
           ("Replaces", "Chile-India PTA (2006)"),
           ("Chapters", "18"),
           ("Status", "Awaiting ratification")],
    tags=["Chile", "India", "CEPA", "Critical minerals"],
)


# =============================================================================================
# STORY 5 - Maiden orbital flight of the Corella rocket from South Australia (CONTROL: no
# planted disagreements)
# =============================================================================================

_S5_ORBITDESK_TEXT = """
Southern Reach Aerospace put its first satellites into orbit on Thursday, as the company's
Corella rocket flew flawlessly on its debut from the Whalers Way Orbital Launch Complex on South
Australia's Eyre Peninsula.

The two-stage, 19.5-meter rocket lifted off at 11:27 a.m. local time (01:57 UTC) on April 16,
after two earlier attempts were called off. The second stage reached orbit about nine minutes
after liftoff, and the company confirmed deployment of all three small satellites on board
roughly 58 minutes into the mission, which Southern Reach had named "Low Tide."

The flight makes Corella the first Australian-designed and Australian-built rocket to reach
orbit, and Southern Reach the first company to do so from Australian soil. Gilmour Space
Technologies' Eris, the only other homegrown orbital rocket to attempt a launch, failed seconds
after leaving the pad at Bowen, Queensland, in July 2025.

"Nominal orbit, three for three on deployments. I don't think I have ever heard a control room
that loud," launch director Priya Ramanathan said on the company's webcast shortly after the
payloads separated.

Corella's first stage is powered by seven Wren engines burning liquid oxygen and kerosene,
developed in-house at the company's test site north of Adelaide. A single vacuum-optimized
version of the same engine drives the upper stage. Southern Reach says the vehicle can place
about 300 kilograms into a 500-kilometer sun-synchronous orbit, putting it in the same class as
Rocket Lab's Electron.

The target for Thursday's flight was an orbit of about 510 kilometers inclined at 97.4 degrees.
Whalers Way's location at the southern tip of the Eyre Peninsula allows rockets to fly almost
due south over open ocean, which suits polar and sun-synchronous orbits favored by
Earth-observation satellites.

## Three customers

The payloads were all cubesats. The University of South Australia's Kite-2 carries a sensor
designed to detect bushfire smoke plumes early; Adelaide startup Bight Maritime is testing a
receiver that tracks ships through their automatic identification system transponders; and
Mallee Sensing, based in the Riverland, flew a crop-monitoring camera for grain growers.

The first launch attempt, on April 9, was scrubbed during fueling because of a faulty valve in
the ground support equipment. A second try on April 14 was stood down because of strong
upper-level winds. Thursday's window opened at 11:00 a.m. and the team held briefly for a range
safety check before proceeding.

## What comes next

Southern Reach chief executive Lachlan Fairweather said the company would review flight data
before confirming a date for its second launch, which it is targeting for later this year. The
company hopes to fly four times in 2027.

"We founded this company in 2018 with a whiteboard and a lot of optimism. Eight years later we
have a rocket that works," Fairweather said at a post-launch briefing. "The hard part now is
doing it again, and again, and making it boring."

Southern Reach has raised about A$86 million from private investors and government grants and
employs around 140 people. It holds a launch permit from the Australian Space Agency covering up
to three flights from Whalers Way.

Australia's launch ambitions have grown in recent years, with several sites proposed in South
Australia, Queensland and the Northern Territory, but progress has been slow, and no private
orbital launch had previously succeeded from the country.

The company did not disclose what it charges customers per launch.
"""

_S5_EYRE_TEXT = """
Thousands of eyes were on the sky above Sleaford Bay on Thursday morning as the Corella rocket
roared off the launch pad at Whalers Way, carrying three satellites into orbit and a little
piece of Port Lincoln history with it.

Adelaide company Southern Reach Aerospace launched the 19.5-metre rocket at 11.27am, on its
third try in a week, and confirmed less than an hour later that all three satellites had been
released into orbit.

The launch was visible for kilometres around. Crowds gathered at lookouts along Sleaford Bay
Road and Fishery Bay, and dozens of people watched from the Port Lincoln foreshore, about 30
kilometres north-east of the site, as the white exhaust trail arced south over the Southern
Ocean.

"You could feel it in your chest even from here," said Tumby Bay retiree Carol Hutchens, who
drove down with her grandchildren at 7am to get a good spot. "I told the kids they'll remember
this one day."

Port Lincoln Mayor Graham Trewartha said the successful flight put the city on the map. "For
years people have asked whether this was ever going to happen here. Today they got their
answer," he said. "We are a fishing town and a farming town, and now we are a space town as
well."

Southern Reach employs 26 people on the Eyre Peninsula, mostly at the launch site and a small
workshop in Port Lincoln, out of a workforce of around 140. Chief executive Lachlan Fairweather
said the company planned to add more local jobs as launches became more frequent.

"We have had wonderful support from this community, from the accommodation providers to the
bloke who fixed our forklift at midnight," Mr Fairweather said. "Every one of those people was
part of this."

The rocket's first launch attempt, on April 9, was called off because of a valve fault in
equipment on the ground, and a second attempt on Tuesday, April 14, was scrubbed because of
high-altitude winds.

Thursday's weather was close to perfect, with light winds and clear skies after a cool start.

Launch director Priya Ramanathan said the team had been "calm, careful and a little bit sleep
deprived" during the countdown.

The three satellites include one built by the University of South Australia to detect the smoke
from bushfires early, a ship-tracking satellite for Adelaide business Bight Maritime, and a
crop-monitoring camera for Mallee Sensing, which works with grain growers in the Riverland and
on the Eyre Peninsula.

Not everyone is celebrating. The Friends of Whalers Way group has long raised concerns about the
launch complex's impact on native wildlife, including the southern emu-wren and the
yellow-footed rock-wallaby.

Spokeswoman Ruth Pearce said the group accepted the launch had gone ahead but would keep
pressing for independent monitoring. "A successful launch doesn't tell us anything about what is
happening to the animals on that headland. We want the data, and we want it public," she said.

Southern Reach said it complied with all the conditions of its environmental approval and
carried out regular surveys of the area.

The company is aiming for a second launch later this year and hopes to fly four times from
Whalers Way in 2027.

Mr Trewartha said the council would talk with the company about a permanent public viewing area
for future launches. "If there's going to be a next time, and it sounds like there will be,
let's do it properly," he said.
"""

_S5_MERIDIAN_TEXT = """
SYDNEY, April 16 (Meridian) - An Australian-built rocket reached orbit for the first time on
Thursday, when startup Southern Reach Aerospace's Corella launcher delivered three small
satellites from a coastal site in South Australia, a milestone for a country that has long
sought a foothold in the commercial launch market.

The 19.5-meter, two-stage rocket lifted off at 11:27 a.m. local time (0157 GMT) from the Whalers
Way Orbital Launch Complex near Port Lincoln, about 250 km west of the state capital Adelaide
across Spencer Gulf, the company said.

All three satellites were deployed into a sun-synchronous orbit about 510 km above the Earth,
Southern Reach said, less than an hour after liftoff.

"We said we would put a satellite into orbit from South Australia, and today the people in that
control room did it," Chief Executive Lachlan Fairweather said in a statement.

The flight was the first orbital launch attempt for the Adelaide-based company, founded in 2018,
which has raised about A$86 million ($55 million) from investors and government grants. Two
earlier attempts, on April 9 and April 14, were called off because of a ground equipment fault
and high-altitude winds respectively.

Australia became one of the first countries to put its own satellite into orbit when the WRESAT
research satellite was launched from Woomera in 1967 on a modified U.S. rocket. But no
Australian-designed rocket had reached orbit until Thursday.

Gilmour Space Technologies, another Australian launch startup, saw its Eris rocket fail shortly
after liftoff from Queensland in July 2025.

The Australian government has sought to expand the local space industry, which it sees as a
source of high-skilled jobs and as strategically important, given the country's reliance on
foreign providers for satellite launches. The Australian Space Agency issued Southern Reach's
launch permit.

The payloads were cubesats from the University of South Australia, ship-tracking startup Bight
Maritime and agricultural technology firm Mallee Sensing.

Southern Reach's rocket, which is designed to carry about 300 kg to orbit, will compete in a
crowded segment of the small-launch market dominated by U.S.-listed Rocket Lab, whose Electron
rocket flies from New Zealand and the United States.

Industry analysts said the company would need to demonstrate a reliable launch cadence to win
commercial customers. "One successful flight gets you attention. Five gets you contracts," said
Mei Lin Foster, a space industry analyst at Canberra consultancy Orbital Economics. "The
question now is how quickly they can turn the pad around."

Southern Reach, which employs around 140 people, said it was targeting a second flight later
this year and four launches in 2027.

The Whalers Way site, on the southern tip of the Eyre Peninsula, has faced opposition from some
conservation groups concerned about its impact on threatened species, including the
yellow-footed rock-wallaby. The company says it meets all conditions of its environmental
approval.

Shares of listed Australian space companies were mixed after the launch. Southern Reach is
privately held.
"""

_S5_ORBITDESK = _orbitdesk(
    url="https://www.orbitdesk.example/2026/04/16/southern-reach-corella-reaches-orbit-debut/",
    headline="Southern Reach's Corella reaches orbit on first try from South Australia",
    iso="2026-04-16T09:40:00Z",
    shown="April 16, 2026",
    author="Jonah Whitlock",
    body=_S5_ORBITDESK_TEXT,
    box=[("Vehicle", "Corella"),
         ("Mission", "Low Tide"),
         ("Provider", "Southern Reach Aerospace"),
         ("Launch site", "Whalers Way Orbital Launch Complex, South Australia"),
         ("Liftoff", "April 16, 2026, 01:57 UTC"),
         ("Target orbit", "~510 km sun-synchronous, 97.4&#176;"),
         ("Payloads", "3 cubesats"),
         ("Outcome", "Success")],
    caption="Corella lifts off from Whalers Way. Credit: Southern Reach Aerospace",
)

_S5_EYRE = _eyre(
    url=("https://www.eyreadvocate.example/story/9120455/"
         "corella-rocket-blasts-off-from-whalers-way/"),
    headline="Lift-off! Corella rocket soars from Whalers Way into history",
    date="April 17 2026",
    byline="Bec Thorley",
    body=_S5_EYRE_TEXT,
    caption="The Corella rocket climbs over Sleaford Bay on Thursday. Picture: Bec Thorley",
    more=["Tuna season wraps up with strong prices",
          "Council rejects plan for Tasman Terrace parking meters",
          "Peninsula Power fall short in grand final rematch"],
)

_S5_MERIDIAN = _meridian(
    url=("https://www.meridianwire.example/technology/space/"
         "australian-built-rocket-reaches-orbit-first-time-2026-04-16/"),
    headline="Australian-built rocket reaches orbit for first time",
    desc="Southern Reach Aerospace's Corella rocket delivered three small satellites to orbit.",
    iso="2026-04-16T03:15:00Z",
    shown="April 16, 2026 3:15 AM UTC",
    byline=["Lewis Carrington"],
    section="Technology",
    body=_S5_MERIDIAN_TEXT,
    credit="Reporting by Lewis Carrington in Sydney; Editing by Jamie Freed",
    related=[("/technology/space/rocket-lab-neutron-update/", "Rocket Lab updates timeline for "
              "larger rocket"),
             ("/world/asia-pacific/australia-space-agency-budget/", "Australia boosts space "
              "agency funding")],
)


# =============================================================================================
# STORY 6 - Earthquake in southern Kyrgyzstan (planted: magnitude, depth, local time,
# town named as the epicentre)
# =============================================================================================

_S6_MERIDIAN_TEXT = """
BISHKEK, Sept 22 (Meridian) - A strong earthquake struck southern Kyrgyzstan on Tuesday night,
killing at least five people, injuring 47 and damaging hundreds of homes in the Jalal-Abad
region, the Central Asian country's emergencies ministry said.

The quake, which the U.S. Geological Survey measured at magnitude 6.2, hit at 9:14 p.m. (1514
GMT) at a depth of 14 km. Its epicenter was near Kochkor-Ata, a small oil-producing town in the
Nooken district close to the border with Uzbekistan.

Residents in Jalal-Abad and Osh, the country's second-largest city, ran into the streets as
buildings swayed, according to witnesses and videos posted on social media. The tremor was also
felt in Uzbekistan's Andijan and Namangan regions, where authorities reported no casualties.

"The walls were moving like paper. My neighbor's roof came down into the yard, but thank God the
family was sitting outside," said Azamat Tashiev, 38, a driver in Kochkor-Ata, reached by
telephone.

The Ministry of Emergency Situations said 312 houses had been damaged, including 38 that were
severely damaged or destroyed, along with six schools and a wing of the district hospital, from
which patients were evacuated. Among the dead were two children, the ministry said.

Emergency Situations Minister Nurlan Asanaliev flew to the region overnight, and more than 200
rescuers and medical workers had been deployed by early Wednesday, the ministry said in a
statement. Tents for 600 people were being set up in school yards and on football pitches.

Seismologists recorded more than 20 aftershocks in the first hours after the quake, the
strongest of magnitude 4.7, the ministry said. Residents were urged to stay out of damaged
buildings and to sleep outdoors or in tents if their homes showed cracks.

Kyrgyzneftegaz, the state-controlled oil company that operates fields around Kochkor-Ata, said
it had shut some wells as a precaution and found no leaks in an initial inspection. Kyrgyzstan's
oil output is small and mostly used domestically.

Kyrgyzstan, a mountainous country of about 7 million people, sits in one of the world's most
seismically active regions, where the slow northward push of the Indian subcontinent is still
lifting the Tien Shan range. Many homes in rural areas are built from mud brick, which is
particularly vulnerable to shaking.

The government set up a commission to assess the damage and said families whose homes were
destroyed would receive compensation, without giving details. Schools in the Nooken and Suzak
districts would remain closed on Wednesday, the education ministry said.

Russia and Kazakhstan offered assistance, and the Red Crescent Society of Kyrgyzstan said it was
sending blankets, hygiene kits and drinking water from its warehouse in Osh.

The quake was the strongest to hit the area in more than a decade, according to the country's
Institute of Seismology.

In neighboring Uzbekistan, the emergencies ministry said engineers were checking apartment
blocks and a water reservoir dam in the Andijan region as a precaution. Schools there were
expected to open as normal on Wednesday.
"""

_S6_TIENSHAN_TEXT = """
Five people have died and 47 have been injured after a powerful earthquake shook the Nooken
district of Jalal-Abad region this evening, the Ministry of Emergency Situations reported.

The earthquake occurred at 22:14 local time. According to the United States Geological Survey,
its magnitude was 6.4 and the focus lay at a depth of 14 kilometres. The epicentre was located
near the town of Kochkor-Ata.

The Institute of Seismology of the National Academy of Sciences reported that the intensity of
shaking in the epicentral zone reached 7-8 points on the MSK-64 scale. In the city of Jalal-Abad
shaking of 6 points was felt, and in Osh 5 points.

Among the dead are two children. The injured were taken to hospitals in Kochkor-Ata and
Jalal-Abad; eleven of them are in a serious condition, according to the regional health
department.

The Ministry of Emergency Situations said that according to preliminary data 312 residential
houses were damaged, 38 of them seriously. Six schools, a kindergarten and the building of the
Nooken district hospital were also damaged. Patients of the hospital were moved to tents in the
courtyard.

Emergency Situations Minister Nurlan Asanaliev has left for the region. More than 200 rescuers
and medics are working at the scene, the ministry said, and tents for 600 people are being
deployed.

"Search and rescue work is being completed. All residents of damaged houses have been taken out.
At the moment we do not have information about people under rubble," the ministry's press
service said at 23:30.

Residents of Kochkor-Ata told Tien Shan Today that the electricity went off immediately after
the shaking and was only partially restored an hour later. Many families spent the night
outdoors, afraid to return to their houses.

"We were drinking tea when the dishes started jumping on the table. The children were screaming.
We ran out and then the wall of the barn fell down," said resident Gulnara Mamatova.

Kyrgyzneftegaz said that some wells at the Kochkor-Ata fields had been stopped as a precaution.
No damage to oil infrastructure was found during the first inspection, the company said.

More than 20 aftershocks have been recorded; the strongest, with a magnitude of 4.7, occurred
about forty minutes after the main shock, the Institute of Seismology said. Seismologists warned
that aftershocks may continue for several days.

The Ministry of Education announced that classes in schools of the Nooken and Suzak districts
would be cancelled tomorrow. A government commission headed by the Chairman of the Cabinet of
Ministers has been formed to assess the damage, and families who lost their homes will receive
assistance from the state budget, the government press service reported.

The tremors were also felt in the Andijan and Namangan regions of Uzbekistan. The Uzbek Ministry
of Emergency Situations said there were no casualties or serious damage on its territory.

The Kyrgyz Red Crescent Society is sending humanitarian aid from its warehouse in Osh, including
blankets, hygiene kits and drinking water.

The ministry asks residents not to enter damaged buildings and to follow official information
only. Hotline of the Ministry of Emergency Situations: 112.

This is a developing story. Updates to follow.
"""

_S6_GLOBE_TEXT = """
At least five people have been killed and 47 injured after a strong earthquake struck southern
Kyrgyzstan, damaging hundreds of homes and forcing families to spend the night outdoors.

The magnitude 6.2 earthquake hit the Jalal-Abad region at 21:14 local time (15:14 GMT) on
Tuesday, according to the US Geological Survey, which said its epicentre was near the town of
Bazar-Korgon, at a depth of 41km.

Two children were among the dead, the country's emergencies ministry said.

Video shared on social media showed people running from apartment blocks in the city of
Jalal-Abad and cars parked in the middle of streets as residents waited for the shaking to stop.
Power was cut in several villages.

More than 300 houses were damaged, according to officials, as well as six schools and part of a
district hospital, whose patients were moved into tents.

The country's emergencies minister, Nurlan Asanaliev, travelled to the area overnight, and more
than 200 rescuers and medical workers have been sent to the region. Officials said there were no
reports of anyone trapped under rubble.

Kyrgyzstan, a former Soviet republic of about seven million people, lies in the Tien Shan
mountains, a range that is still being pushed upwards by the collision between the Indian and
Eurasian tectonic plates. Earthquakes are frequent, but most are small and cause little damage.

In rural areas many houses are built from traditional mud bricks and have no reinforcement,
which makes them particularly vulnerable. Engineers have warned for years that schools and
hospitals in the south of the country need strengthening.

The earthquake was felt across the Fergana Valley, a densely populated area shared by
Kyrgyzstan, Uzbekistan and Tajikistan. Authorities in neighbouring Uzbekistan said there had
been no casualties in the Andijan and Namangan regions, where the tremor was clearly felt.

More than 20 aftershocks have been recorded since the main quake, the strongest with a magnitude
of 4.7.

Aid agencies are preparing to help. The Red Crescent Society of Kyrgyzstan said it was sending
blankets, hygiene kits and drinking water, and neighbouring countries including Kazakhstan and
Russia have offered support.

Aida Ismailova, a teacher in the city of Jalal-Abad, said she had grabbed her two sons and run
outside in her slippers.

"Everyone was in the street, nobody wanted to go back inside. We are sitting in the car now with
blankets," she told the GRI's Russian-language service. "My mother's house in the village has a
big crack down the wall. We do not know if it is safe."

The government has formed a commission to assess the damage and has promised help to families
whose houses were destroyed. Schools in the affected districts are closed on Wednesday.

Emergency workers were putting up tents for 600 people in school grounds and sports fields, the
ministry said.

Seismologists have warned residents to expect further aftershocks over the coming days and urged
people not to return to buildings with visible cracks until they have been inspected.
"""

_S6_MERIDIAN = _meridian(
    url=("https://www.meridianwire.example/world/asia-pacific/"
         "strong-quake-hits-southern-kyrgyzstan-2026-09-22/"),
    headline="Strong earthquake kills at least five in southern Kyrgyzstan",
    desc="A magnitude 6.2 quake damaged hundreds of homes in the Jalal-Abad region.",
    iso="2026-09-22T19:05:00Z",
    shown="September 22, 2026 7:05 PM UTC Updated 2 hours ago",
    byline=["Aigerim Sadykova"],
    section="World",
    body=_S6_MERIDIAN_TEXT,
    credit="Reporting by Aigerim Sadykova; Writing by Nikolai Brandt; Editing by Sandra Maler",
    related=[("/world/asia-pacific/central-asia-water-dispute/", "Central Asian states agree on "
              "summer water releases"),
             ("/business/energy/kyrgyzstan-hydropower-project/", "Kyrgyzstan signs deal for "
              "new hydropower plant")],
)

_S6_TIENSHAN = _tienshan(
    url="https://tienshantoday.example/en/incidents/2026/09/22/earthquake-nooken-district/",
    headline="Earthquake in Jalal-Abad region: five dead, 47 injured",
    stamp="22.09.2026 23:50",
    views=18432,
    body=_S6_TIENSHAN_TEXT,
    caption="Damaged house in Nooken district. Photo: Ministry of Emergency Situations",
    latest=["Bishkek city hall announces heating season start date",
            "National team squad named for CAFA Nations Cup",
            "Prices for potatoes fall at Osh bazaar"],
)

_S6_GLOBE = _globe(
    url="https://www.gri.example/news/world-asia-73418862",
    headline="Kyrgyzstan earthquake: Five killed as homes damaged",
    desc="At least five people have died after a strong earthquake in southern Kyrgyzstan.",
    shown="23 September 2026",
    iso="2026-09-23T05:48:00Z",
    byline="Rustam Khalilov",
    role="GRI News, Central Asia",
    body=_S6_GLOBE_TEXT,
    image_caption="Residents of Jalal-Abad spent the night outside their homes",
    image_credit="EPA",
    topics=["Kyrgyzstan", "Earthquakes"],
    related=[("/news/science-environment-70112345", "Why Central Asia is earthquake country"),
             ("/news/world-asia-72288010", "Kyrgyzstan profile")],
)


STORY_1 = _story("cb-TA1", "central bank", "2025-12-20", [
    _page(("https://www.meridianwire.example/markets/asia/"
           "thai-central-bank-cuts-rate-split-vote-2025-12-17/"), _S1_MERIDIAN),
    _page("https://www.bangkokledger.example/business/finance/3114872/bot-trims-policy-rate",
          _S1_LEDGER),
    _page("https://basispointbrief.example/p/bot-cuts-to-125-the-dissent-is-the-story", _S1_BPB),
    _page("https://www.gri.example/news/business-71839420", _S1_GLOBE),
], [
    ("MPC vote split",
     r"(?<![\d.])(5|five)\s*(-|–|to)\s*(2|two)(?![\d.])",
     r"(?<![\d.])(4|four)\s*(-|–|to)\s*(3|three)(?![\d.])"),
    ("2026 growth forecast",
     r"(?<![\d.])1\.6 ?(%|percent|per cent|pct)",
     r"(?<![\d.])1\.8 ?(%|percent|per cent|pct)"),
    ("title of Nuttapong Kraisorn", r"assistant governor", r"deputy governor"),
    ("next MPC meeting date",
     r"(feb(ruary|\.)? 25(?!\d)|(?<!\d)25 feb)",
     r"(feb(ruary|\.)? 18(?!\d)|(?<!\d)18 feb)"),
])

STORY_2 = _story("election-TA2", "election", "2026-08-06", [
    _page("https://www.japanmorningpost.example/politics/elections/20260803-00412/", _S2_JMP),
    _page("https://www.shinshutimes.example/en/news/20260803_01.html", _S2_SHINSHU),
    _page("https://www.gri.example/news/world-asia-72904415", _S2_GLOBE),
], [])

STORY_3 = _story("court-TA3", "court", "2026-03-20", [
    _page(("https://www.namibchronicle.example/2026/03/14/"
           "supreme-court-sets-aside-horse-mackerel-rights/"), _S3_NAMIB),
    _page(("https://www.salawreport.example/judgments/namibia/"
           "kunene-bay-fishing-v-minister-of-fisheries"), _S3_SALR),
    _page(("https://www.meridianwire.example/world/africa/"
           "namibia-top-court-voids-fishing-rights-allocation-2026-03-13/"), _S3_MERIDIAN),
], [
    ("dissenting judge", r"amukwaya", r"gertze"),
    ("deadline for a fresh decision",
     r"(?<![\d.])(90|ninety)[ -]days?",
     r"(?<![\d.])(60|sixty)[ -]days?"),
    ("number of companies granted rights",
     r"(?<![\d.,])(14|fourteen) (fishing )?(companies|firms|entities|right.?holders)",
     r"(?<![\d.,])(16|sixteen) (fishing )?(companies|firms|entities|right.?holders)"),
])

STORY_4 = _story("trade-TA4", "trade", "2026-03-02", [
    _page(("https://www.meridianwire.example/world/india/"
           "india-chile-sign-trade-pact-critical-minerals-2026-02-24/"), _S4_MERIDIAN),
    _page("https://basispointbrief.example/p/india-chile-cepa-the-copper-clause", _S4_BPB),
    _page("https://www.tradelines.example/news/chile-india-cepa-signed-what-is-in-the-text",
          _S4_TRADELINES),
], [
    ("number of negotiating rounds",
     r"(?<![\d.])(5|five) (formal |negotiating )?rounds",
     r"(?<![\d.])(6|six) (formal |negotiating )?rounds"),
    ("speaker of the 'copper is where this relationship starts' quote",
     r"fuentealba", r"raghavan"),
    ("phase-out period for the copper cathode duty",
     r"(?<![\d.])(7|seven)[ -]years?",
     r"(?<![\d.])(10|ten)[ -]years?"),
])

STORY_5 = _story("rocket-TA5", "rocket", "2026-04-20", [
    _page("https://www.orbitdesk.example/2026/04/16/southern-reach-corella-reaches-orbit-debut/",
          _S5_ORBITDESK),
    _page(("https://www.eyreadvocate.example/story/9120455/"
           "corella-rocket-blasts-off-from-whalers-way/"), _S5_EYRE),
    _page(("https://www.meridianwire.example/technology/space/"
           "australian-built-rocket-reaches-orbit-first-time-2026-04-16/"), _S5_MERIDIAN),
], [])

STORY_6 = _story("quake-TA6", "earthquake", "2026-09-25", [
    _page(("https://www.meridianwire.example/world/asia-pacific/"
           "strong-quake-hits-southern-kyrgyzstan-2026-09-22/"), _S6_MERIDIAN),
    _page("https://tienshantoday.example/en/incidents/2026/09/22/earthquake-nooken-district/",
          _S6_TIENSHAN),
    _page("https://www.gri.example/news/world-asia-73418862", _S6_GLOBE),
], [
    ("magnitude (USGS)", r"(?<![\d.])6\.2(?!\d)", r"(?<![\d.])6\.4(?!\d)"),
    ("focal depth", r"(?<![\d.])14 ?(km|kilomet)", r"(?<![\d.])41 ?(km|kilomet)"),
    ("local time of the quake",
     r"(?<![\d:.])(21[:.]14|9[:.]14 ?p\.?m)",
     r"(?<![\d:.])(22[:.]14|10[:.]14 ?p\.?m)"),
    ("epicentre town", r"kochkor[- ]?ata", r"bazar[- ]?korgon"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
