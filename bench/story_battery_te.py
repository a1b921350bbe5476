"""Part TE of the story battery (web pages).

Written by engineer TE1 on 2026-12-06 (twenty-first session, fourteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py TE`.

Six stories told by invented outlets as whole scraped pages: the Ekiti State governorship
election in Nigeria (election-TE1, four planted disagreements), a night-time earthquake in
Kyrgyzstan's Jalal-Abad region (quake-TE2, four planted), a Central Bank of Kenya rate cut
(cb-TE3, CONTROL, none planted), a Supreme Court of Canada ruling on phone searches at the
border (court-TE4, three planted), a failed maiden orbital launch by a Korean start-up from
Alcantara in Brazil (rocket-TE5, three planted) and a Vega C launch of an invented ESA ocean
satellite from Kourou (rocket-TE6, CONTROL, none planted). Fourteen planted disagreements in all;
the two controls are as dense in figures, dates, names and quotes as the others.
"""

from __future__ import annotations

from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "TE", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _blocks(body: str, p: str = "<p>{}</p>", h2: str = "<h2>{}</h2>", ad: str = "",
            fig: str = "", also: str = "") -> str:
    """Turn a body written as blank-line separated paragraphs into HTML.

    A paragraph may be a marker: ``[AD]`` (advertisement slot), ``[FIG] src | caption |
    credit`` (picture), ``[ALSO] title | url`` (inline related link) or ``## heading``.
    """
    out = []
    for raw in body.strip().split("\n\n"):
        text = " ".join(raw.split())
        if text == "[AD]":
            out.append(ad)
        elif text.startswith("[FIG]"):
            src, cap, credit = (part.strip() for part in text[5:].split("|"))
            out.append(fig.format(src=src, cap=cap, credit=credit))
        elif text.startswith("[ALSO]"):
            title, url = (part.strip() for part in text[6:].split("|"))
            out.append(also.format(title=title, url=url))
        elif text.startswith("## "):
            out.append(h2.format(text[3:]))
        else:
            out.append(p.format(text))
    return "\n".join(out)


def _links(items: list[tuple[str, str]], fmt: str = '<li><a href="{1}">{0}</a></li>') -> str:
    return "\n".join(fmt.format(title, url) for title, url in items)


# --------------------------------------------------------------------------------------------
# Outlet templates. Each invented outlet has its own furniture and house style.
# --------------------------------------------------------------------------------------------


def _mpa(headline: str, section: str, url: str, dateline: str, iso: str, stamp: str,
         byline: str, credits: str, body: str, related: list[tuple[str, str]]) -> str:
    """Meridian Press Agency: a global wire service with spare pages."""
    text = _blocks(
        body, p='<p class="mpa-para">{}</p>',
        ad='<div class="mpa-ad" aria-hidden="true"><span>Advertisement</span>'
           '<div id="gpt-mid"></div></div>',
        fig='<figure class="mpa-fig"><img src="{src}" alt=""><figcaption>{cap} '
            '<span class="credit">{credit}</span></figcaption></figure>',
    )
    first, _, rest = text.partition("</p>")
    first = first.replace('<p class="mpa-para">', f'<p class="mpa-para">{dateline} (MPA) - ', 1)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | Meridian Press Agency</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{headline}">
<meta property="og:site_name" content="Meridian Press Agency">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
</head>
<body class="mpa story">
<a class="skip" href="#main-content">Skip to main content</a>
<div id="consent-banner" role="dialog">We use cookies to measure audiences and tailor ads.
<button>Accept all</button> <button>Reject non-essential</button>
<a href="/privacy">Manage preferences</a></div>
<header class="mpa-masthead">
<a class="logo" href="/">MERIDIAN</a>
<nav aria-label="Sections"><ul>
<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
<li><a href="/markets/">Markets</a></li><li><a href="/science/">Science</a></li>
<li><a href="/sustainability/">Sustainability</a></li><li><a href="/legal/">Legal</a></li>
<li><a href="/graphics/">Graphics</a></li></ul></nav>
<a class="signin" href="/account/sign-in">Sign in</a>
</header>
<main id="main-content">
<article>
<div class="kicker"><a href="/{section.lower()}/">{section}</a></div>
<h1>{headline}</h1>
<div class="meta"><span class="by">By {byline}</span>
<time datetime="{iso}">{stamp}</time></div>
<div class="share"><button>Share</button><button>Copy link</button>
<a href="/licensing">Purchase Licensing Rights</a></div>
<div class="mpa-body">
{first}</p>{rest}
</div>
<p class="mpa-credits">{credits}</p>
<p class="mpa-standards"><a href="/trust-principles">Our Standards: The Meridian Trust
Principles.</a></p>
</article>
<aside class="mpa-related"><h2>Read Next</h2><ul>
{_links(related)}
</ul></aside>
</main>
<footer class="mpa-foot"><p>Market data is delayed; see our terms of use.</p>
<ul><li><a href="/about">About Meridian</a></li><li><a href="/careers">Careers</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>&copy; 2026 Meridian Press Agency. All rights reserved.</p></footer>
</body>
</html>
"""


def _courier(headline: str, standfirst: str, url: str, date_line: str, iso: str, author: str,
             role: str, body: str, most_read: list[tuple[str, str]]) -> str:
    """The Lagos Courier: a Nigerian national daily, heavy on adverts and boxes."""
    text = _blocks(
        body, p="<p>{}</p>", h2='<h3 class="crosshead">{}</h3>',
        ad='<div class="ad-slot ad-inarticle"><p class="ad-label">- Advertisement -</p>'
           '<ins class="adsbygoogle"></ins></div>',
        fig='<figure class="wp-caption"><img src="{src}" alt="{cap}" width="780">'
            '<figcaption class="wp-caption-text">{cap} Photo: {credit}</figcaption></figure>',
        also='<p class="also-read"><strong>ALSO READ:</strong> <a href="{url}">{title}</a></p>',
    )
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{headline} - The Lagos Courier</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{standfirst}">
<meta property="og:site_name" content="The Lagos Courier">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Politics">
<meta name="twitter:card" content="summary_large_image">
</head>
<body class="post-template-default single single-post">
<div class="topbar"><span class="today">{date_line}</span>
<a href="/e-paper/">E-Paper</a> | <a href="/advertise/">Advertise With Us</a></div>
<div class="gdpr-notice">This website uses cookies to improve your experience. We'll assume
you're ok with this. <a class="btn" href="#">ACCEPT</a> <a href="/cookie-policy/">Read
More</a></div>
<header id="masthead"><div class="site-title"><a href="/">The Lagos Courier</a></div>
<p class="tagline">Truth without fear</p>
<nav class="main-navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li>
<li><a href="/metro/">Metro</a></li><li><a href="/sports/">Sports</a></li>
<li><a href="/opinion/">Opinion</a></li><li><a href="/entertainment/">Entertainment</a></li>
</ul></nav></header>
<div class="ad-slot ad-leaderboard"><p class="ad-label">Advertisement</p></div>
<div id="content" class="site-content"><div class="content-area">
<article class="post">
<span class="cat-links"><a href="/politics/">Politics</a></span>
<h1 class="entry-title">{headline}</h1>
<p class="standfirst"><em>{standfirst}</em></p>
<div class="entry-meta"><span class="author vcard">By <a href="/author/">{author}</a>,
{role}</span></div>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a>
<a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Email</a></div>
<div class="entry-content">
{text}
</div>
<div class="tags-links">Tags: <a href="/tag/ekiti/">Ekiti</a>
<a href="/tag/inec/">INEC</a> <a href="/tag/governorship/">Governorship</a></div>
</article>
<div class="comments-area"><h3>Leave a Reply</h3><p>Your email address will not be
published.</p></div>
</div>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Most Read</h2><ol>
{_links(most_read)}
</ol></section>
<section class="widget newsletter"><h2 class="widget-title">Get the Courier in your
inbox</h2><form><input type="email" placeholder="Email address"><button>Subscribe</button>
</form></section>
</aside></div>
<footer id="colophon"><p>&copy; 2026 Courier Newspapers Ltd. All Rights Reserved.</p>
<p><a href="/about/">About Us</a> | <a href="/contact/">Contact</a> |
<a href="/privacy-policy/">Privacy Policy</a></p></footer>
</body>
</html>
"""


def _politywatch(headline: str, url: str, iso: str, shown: str, author: str, body: str,
                 trending: list[tuple[str, str]]) -> str:
    """PolityWatch: an online Nigerian politics site with JSON-LD and sticky share bar."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<h2>{}</h2>",
        ad='<div class="pw-ad">Advertisement<div class="pw-ad-slot"></div></div>',
        fig='<figure><img src="{src}" alt=""><figcaption>{cap} ({credit})</figcaption></figure>',
        also='<div class="pw-inline"><span>Related:</span> <a href="{url}">{title}</a></div>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | PolityWatch</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="PolityWatch">
<meta property="og:url" content="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
"datePublished": "{iso}", "dateModified": "{iso}",
"author": {{"@type": "Person", "name": "{author}"}},
"publisher": {{"@type": "Organization", "name": "PolityWatch"}}}}
</script>
</head>
<body>
<a href="#story" class="sr-only">Skip to story</a>
<div class="pw-breaking">LIVE: Follow our Ekiti 2026 results tracker</div>
<header class="pw-header"><a href="/" class="pw-logo">PolityWatch</a>
<nav><a href="/elections/">Elections</a> <a href="/national-assembly/">NASS</a>
<a href="/states/">States</a> <a href="/fact-check/">FactCheck</a>
<a href="/data/">Data</a> <a href="/podcast/">Podcast</a></nav>
<button class="pw-search">Search</button></header>
<main id="story" class="pw-main">
<nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/elections/">Elections</a>
&rsaquo; Ekiti 2026</nav>
<h1>{headline}</h1>
<div class="pw-byline"><img src="/img/authors/default.png" alt="">
<span>{author}</span> <span class="pw-date">{shown}</span>
<span class="pw-read">6 min read</span></div>
<div class="pw-share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a>
<a href="#">Share on WhatsApp</a> <a href="#">Copy link</a></div>
<div class="pw-content">
{text}
</div>
<div class="pw-support"><h3>Support independent political reporting</h3>
<p>PolityWatch is funded by readers. Donate from N1,000 a month.</p>
<a href="/support/">Support us</a></div>
<section class="pw-trending"><h3>Trending on PolityWatch</h3><ul>
{_links(trending)}
</ul></section>
<section class="pw-newsletter"><h3>The Ballot Brief</h3><p>Our weekly election
newsletter, every Monday.</p><input type="email" placeholder="you@example.com">
<button>Sign up</button></section>
</main>
<footer class="pw-footer"><p>PolityWatch Media Initiative, Abuja.</p>
<p><a href="/terms/">Terms</a> &middot; <a href="/corrections/">Corrections policy</a>
&middot; <a href="/ownership/">Funding and ownership</a></p></footer>
</body>
</html>
"""


def _gbs(headline: str, region: str, url: str, iso: str, body: str,
         more: list[tuple[str, str]], author: str = "") -> str:
    """Global Broadcast Service: an international public broadcaster, no visible date."""
    text = _blocks(
        body, p='<p class="gbs-text">{}</p>', h2='<h2 class="gbs-sub">{}</h2>',
        fig='<figure class="gbs-media"><img src="{src}" alt=""><p class="gbs-credit">'
            '{credit}</p><figcaption>{cap}</figcaption></figure>',
        also='<p class="gbs-text"><a href="{url}">{title}</a></p>',
    )
    by = f'<div class="gbs-contributor"><strong>{author}</strong></div>' if author else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="gbs-no-js">
<head>
<meta charset="utf-8">
<title>{headline} - GBS News</title>
<meta name="description" content="{headline}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="GBS News">
<meta property="og:type" content="article">
<script type="application/ld+json">
{{"@context": "http://schema.org", "@type": "ReportageNewsArticle",
"headline": "{headline}", "datePublished": "{iso}",
"publisher": {{"@type": "NewsMediaOrganization", "name": "GBS News"}}}}
</script>
</head>
<body>
<div class="gbs-skip"><a href="#main-heading">Skip to content</a>
<a href="/accessibility">Accessibility Help</a></div>
<div class="gbs-cookie">Let us know you agree to cookies. We use cookies to give you the best
online experience. <button>Yes, I agree</button> <button>No, take me to settings</button>
</div>
<header class="gbs-header"><a href="/" class="gbs-logo">GBS</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/radio">Radio</a>
<a href="/news/world">World</a> <a href="/news/{region.lower()}">{region}</a>
<a href="/news/business">Business</a> <a href="/news/science">Science</a></nav></header>
<main role="main">
<article>
<header><h1 id="main-heading">{headline}</h1>
<div class="gbs-ago" data-time="{iso}">5 hours ago</div>
<div class="gbs-share"><button>Share</button> <button>Save</button></div>
{by}</header>
{text}
<section class="gbs-topics"><h3>More on this story</h3><ul>
{_links(more)}
</ul></section>
</article>
</main>
<footer class="gbs-footer"><ul><li><a href="/terms">Terms of Use</a></li>
<li><a href="/about">About the GBS</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact the GBS</a></li></ul>
<p>Copyright 2026 GBS. The GBS is not responsible for the content of external sites.
<a href="/external-linking">Read about our approach to external linking.</a></p></footer>
</body>
</html>
"""


def _cad(headline: str, url: str, iso: str, shown: str, author: str, body: str,
         region_links: list[tuple[str, str]]) -> str:
    """Central Asia Dispatch: a specialist regional news site."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<h3>{}</h3>",
        fig='<div class="cad-photo"><img src="{src}" alt=""><p class="cad-cap">{cap}'
            ' <i>{credit}</i></p></div>',
        ad='<div class="cad-promo">Advertisement</div>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} &#8212; Central Asia Dispatch</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Central Asia Dispatch">
<meta property="article:published_time" content="{iso}">
<meta name="author" content="{author}">
</head>
<body class="cad">
<div class="cad-top"><a href="/ru/">Русский</a> | <a href="/">English</a>
<a href="/donate/" class="cad-donate">Donate</a></div>
<header><div class="cad-logo"><a href="/">Central Asia Dispatch</a></div>
<nav><ul><li><a href="/kazakhstan/">Kazakhstan</a></li>
<li><a href="/kyrgyzstan/">Kyrgyzstan</a></li><li><a href="/tajikistan/">Tajikistan</a></li>
<li><a href="/turkmenistan/">Turkmenistan</a></li><li><a href="/uzbekistan/">Uzbekistan</a></li>
<li><a href="/analysis/">Analysis</a></li></ul></nav></header>
<main>
<div class="cad-article">
<p class="cad-tag"><a href="/kyrgyzstan/">Kyrgyzstan</a> / Disasters</p>
<h1>{headline}</h1>
<p class="cad-meta">{author} &middot; {shown}</p>
<div class="cad-text">
{text}
</div>
<p class="cad-note">Central Asia Dispatch is an independent outlet. Republication is allowed
with a link to the original.</p>
<div class="cad-share">Share: <a href="#">Telegram</a> <a href="#">Facebook</a>
<a href="#">X</a></div>
</div>
<aside><h4>More from the region</h4><ul>
{_links(region_links)}
</ul>
<div class="cad-subscribe"><h4>Weekly digest</h4><p>Five stories from five countries,
every Friday.</p><input type="email"><button>Subscribe</button></div></aside>
</main>
<footer><p>&copy; Central Asia Dispatch, 2026. Contact: editor at centralasiadispatch dot
example</p></footer>
</body>
</html>
"""


def _observer(headline: str, url: str, shown: str, author: str, body: str,
              latest: list[tuple[str, str]]) -> str:
    """The Bishkek Observer: a small local English-language paper, date only in the text."""
    text = _blocks(
        body, p='<p style="text-align: justify;">{}</p>', h2="<p><strong>{}</strong></p>",
        fig='<p><img src="{src}" alt="" class="aligncenter"><br><em>{cap} {credit}</em></p>',
        ad='<div class="banner-mid"><a href="/ads/"><img src="/banners/mbank.gif" alt="'
           'Advertisement"></a></div>',
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Bishkek Observer :: {headline}</title>
<meta name="keywords" content="earthquake, Jalal-Abad, Aksy, Kerben, emergency">
</head>
<body>
<table class="layout" width="100%"><tr><td class="logo"><a href="/">THE BISHKEK
OBSERVER</a><br><small>Kyrgyzstan's English-language weekly since 2004</small></td>
<td class="weather">Bishkek +14&deg;C | USD 87.45 | EUR 99.10</td></tr></table>
<div class="menu"><a href="/">Main</a> | <a href="/politics/">Politics</a> |
<a href="/economy/">Economy</a> | <a href="/society/">Society</a> |
<a href="/regions/">Regions</a> | <a href="/culture/">Culture</a> |
<a href="/contacts/">Contacts</a></div>
<div class="banner-top"><img src="/banners/top.gif" alt="Advertisement"></div>
<div class="content">
<h1 class="title">{headline}</h1>
<div class="info">{shown} | Author: {author} | Views: 4 117</div>
<div class="text">
{text}
</div>
<div class="social">Share: <a href="#">VK</a> <a href="#">Facebook</a>
<a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="latest"><b>Latest news</b><ul>
{_links(latest)}
</ul></div>
</div>
<div class="footer">&copy; 2004-2026 The Bishkek Observer. Reprinting is allowed only with a
hyperlink. Tel: +996 312 00 00 00</div>
</body>
</html>
"""


def _ledger(headline: str, standfirst: str, url: str, iso: str, shown: str, author: str,
            body: str, related: list[tuple[str, str]]) -> str:
    """The Nairobi Ledger: a Kenyan national daily with a premium wall and big boxes."""
    text = _blocks(
        body, p="<p>{}</p>", h2='<h2 class="subhead">{}</h2>',
        ad='<div class="nl-ad"><small>ADVERTISEMENT</small><div class="dfp"></div></div>',
        fig='<figure class="nl-fig"><img src="{src}" alt=""><figcaption>{cap}<span>'
            ' | {credit}</span></figcaption></figure>',
        also='<aside class="nl-inline"><b>Read:</b> <a href="{url}">{title}</a></aside>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-KE">
<head>
<meta charset="utf-8">
<title>{headline} | The Nairobi Ledger</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{standfirst}">
<meta property="og:site_name" content="The Nairobi Ledger">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="Business">
<link rel="canonical" href="{url}">
</head>
<body>
<a class="skip-link" href="#article-body">Skip to content</a>
<div class="nl-consent">We value your privacy. We and our partners use cookies to personalise
content and ads. <button>I Accept</button> <button>Options</button></div>
<header class="nl-header"><div class="nl-date">{shown}</div>
<a href="/" class="nl-brand">The Nairobi Ledger</a>
<a href="/subscribe" class="nl-sub">Subscribe from KSh 250 a month</a>
<nav><a href="/news">News</a> <a href="/business">Business</a>
<a href="/business/markets">Markets</a> <a href="/counties">Counties</a>
<a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/life">Life</a>
<a href="/epaper">ePaper</a></nav></header>
<main>
<article>
<p class="nl-section"><a href="/business">Business</a></p>
<h1>{headline}</h1>
<p class="nl-standfirst">{standfirst}</p>
<p class="nl-byline">By <strong>{author}</strong></p>
<div class="nl-share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a>
<a href="#">Print</a></div>
<div id="article-body" class="nl-body">
{text}
</div>
</article>
<section class="nl-related"><h3>Related Content</h3><ul>
{_links(related)}
</ul></section>
<section class="nl-popular"><h3>Popular</h3><ol>
<li><a href="/news/schools-reopen-term-one">Schools reopen for second half of term</a></li>
<li><a href="/counties/nakuru-water-rationing">Nakuru residents brace for water
rationing</a></li>
<li><a href="/sports/harambee-stars-squad">Harambee Stars squad named for friendlies</a></li>
</ol></section>
</main>
<footer class="nl-footer"><p>&copy; 2026 Ledger Media Group. All rights reserved.</p>
<p><a href="/about">About</a> | <a href="/terms">Terms of Use</a> |
<a href="/privacy">Privacy Policy</a> | <a href="/advertise">Advertise</a></p></footer>
</body>
</html>
"""


def _shilling(headline: str, url: str, iso: str, author: str, body: str,
              tags: list[str]) -> str:
    """Shilling Desk: an East African markets blog with a data sidebar and no shown date."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<h3>{}</h3>",
        also='<blockquote class="sd-pull"><a href="{url}">{title}</a></blockquote>',
    )
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} &ndash; Shilling Desk</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Shilling Desk">
<meta property="og:url" content="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "{headline}",
"datePublished": "{iso}", "author": {{"@type": "Person", "name": "{author}"}}}}
</script>
</head>
<body class="single-post">
<header class="sd-header"><a class="sd-logo" href="/">Shilling Desk</a>
<span class="sd-strap">Markets, money and policy in East Africa</span>
<nav><a href="/category/rates/">Rates</a> <a href="/category/fx/">FX</a>
<a href="/category/bonds/">Bonds</a> <a href="/category/equities/">NSE</a>
<a href="/category/macro/">Macro</a> <a href="/premium/">Premium</a></nav></header>
<div class="sd-wrap">
<article class="sd-post">
<h1 class="sd-title">{headline}</h1>
<p class="sd-author">Posted by <a href="/author/">{author}</a> in
<a href="/category/rates/">Rates</a></p>
<div class="sd-content">
{text}
</div>
<p class="sd-tags">Tagged: {tag_html}</p>
<p class="sd-disclaimer">Nothing on Shilling Desk is investment advice. Do your own research.
</p>
<div class="sd-share">Share this: <a href="#">LinkedIn</a> <a href="#">X</a>
<a href="#">WhatsApp</a></div>
</article>
<aside class="sd-sidebar">
<div class="sd-widget"><h4>Get the morning note</h4><p>Rates, FX and bond auctions before
9 a.m. EAT.</p><input type="email" placeholder="Email"><button>Join</button></div>
<div class="sd-widget"><h4>Recent posts</h4><ul>
<li><a href="/2026/02/t-bill-auction-undersubscribed/">T-bill auction undersubscribed as
banks hoard cash</a></li>
<li><a href="/2026/02/eurobond-buyback-math/">The maths of another Eurobond buyback</a></li>
</ul></div>
</aside>
</div>
<footer class="sd-footer"><p>Shilling Desk &copy; 2026. Powered by coffee and
spreadsheets.</p></footer>
</body>
</html>
"""


def _dominion(headline: str, dek: str, url: str, iso: str, shown: str, author: str,
              role: str, body: str, more: list[tuple[str, str]]) -> str:
    """The Dominion Standard: a Canadian national daily with a metered paywall."""
    text = _blocks(
        body, p='<p class="ds-p">{}</p>', h2='<h2 class="ds-h">{}</h2>',
        ad='<div class="ds-ad" data-slot="bigbox"><span class="ds-ad-label">Story continues '
           'below advertisement</span></div>',
        fig='<figure class="ds-figure"><img src="{src}" alt="{cap}"><figcaption>{cap} '
            '<span class="ds-credit">{credit}</span></figcaption></figure>',
        also='<p class="ds-also"><b>Opinion:</b> <a href="{url}">{title}</a></p>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>{headline} - The Dominion Standard</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="The Dominion Standard">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{author}">
<link rel="canonical" href="{url}">
</head>
<body>
<a href="#ds-main" class="ds-skip">Skip to main content</a>
<header class="ds-top"><a class="ds-logo" href="/">The Dominion Standard</a>
<nav><a href="/canada/">Canada</a> <a href="/politics/">Politics</a>
<a href="/world/">World</a> <a href="/business/">Business</a>
<a href="/investing/">Investing</a> <a href="/opinion/">Opinion</a>
<a href="/arts/">Arts</a></nav>
<a class="ds-subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header>
<main id="ds-main">
<article>
<p class="ds-label"><a href="/politics/">Politics</a></p>
<h1>{headline}</h1>
<p class="ds-dek">{dek}</p>
<div class="ds-byline"><a href="/authors/">{author}</a> <span>{role}</span><br>
<time datetime="{iso}">Published {shown}</time></div>
<div class="ds-tools"><button>Share</button> <button>Bookmark</button>
<button>Listen to this article</button> <button>Gift this article</button></div>
{text}
<div class="ds-paywall-end">You've read your free articles this month.
<a href="/subscribe/">Subscribe for 99 cents a week</a></div>
</article>
<section class="ds-more"><h3>More from Politics</h3><ul>
{_links(more)}
</ul></section>
</main>
<footer class="ds-footer"><p>&copy; Copyright 2026 The Dominion Standard Inc.</p>
<p><a href="/about/">About us</a> <a href="/editorial-code/">Editorial code of conduct</a>
<a href="/privacy/">Privacy policy</a> <a href="/accessibility/">Accessibility</a></p>
</footer>
</body>
</html>
"""


def _canwire(headline: str, url: str, dateline: str, iso: str, byline: str, body: str) -> str:
    """CanWire: a Canadian wire story as syndicated on the agency's own site, no date shown."""
    text = _blocks(body, p="<p>{}</p>")
    first, sep, rest = text.partition("</p>")
    text = first.replace("<p>", f"<p>{dateline} &#8212; ", 1) + sep + rest
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline}</title>
<meta name="publisher" content="CanWire">
<meta property="og:title" content="{headline}">
<meta property="og:url" content="{url}">
<meta name="dc.date" content="{iso}">
</head>
<body>
<header class="cw-head"><a href="/" class="cw-brand">CanWire</a>
<span class="cw-strap">National news agency</span>
<nav><a href="/national/">National</a> <a href="/politics/">Politics</a>
<a href="/justice/">Justice</a> <a href="/business/">Business</a>
<a href="/en-francais/">En fran&#231;ais</a></nav></header>
<main>
<article class="cw-story">
<h1>{headline}</h1>
<p class="cw-byline">{byline}</p>
<div class="cw-text">
{text}
</div>
<p class="cw-tagline">This report by CanWire was first published by the agency's national
desk.</p>
<div class="cw-licence"><a href="/licensing/">License this content</a></div>
</article>
</main>
<footer><p>&copy; 2026 CanWire News Agency</p></footer>
</body>
</html>
"""


def _benchbar(headline: str, url: str, iso: str, shown: str, author: str, body: str,
              docket: str, related: list[tuple[str, str]]) -> str:
    """Bench & Bar Weekly: a Canadian legal trade site, case box and CPD promo."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<h2>{}</h2>",
        ad='<div class="bb-promo"><span>Sponsored</span> Earn CPD hours with our spring '
           'appellate advocacy webinar series. <a href="/cpd/">Register</a></div>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>{headline} | Bench &amp; Bar Weekly</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Bench &amp; Bar Weekly">
<meta property="article:published_time" content="{iso}">
<meta property="article:tag" content="Charter of Rights">
</head>
<body>
<div class="bb-login">Members: <a href="/login">Log in</a> | <a href="/join">Join</a></div>
<header><a class="bb-logo" href="/">Bench &amp; Bar Weekly</a>
<nav><a href="/news/">News</a> <a href="/scc/">SCC Watch</a>
<a href="/practice/">Practice</a> <a href="/in-house/">In-House</a>
<a href="/careers/">Careers</a> <a href="/cpd/">CPD</a></nav></header>
<main>
<article>
<p class="bb-kicker">SCC Watch</p>
<h1>{headline}</h1>
<p class="bb-meta">By {author} | {shown}</p>
<div class="bb-case"><h4>The case</h4><p>{docket}</p></div>
<div class="bb-body">
{text}
</div>
<div class="bb-share"><a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a>
</div>
</article>
<aside><h3>Related coverage</h3><ul>
{_links(related)}
</ul>
<div class="bb-news"><h3>The Weekly Brief</h3><p>Decisions, appointments and moves, every
Thursday.</p><input type="email"><button>Subscribe</button></div></aside>
</main>
<footer><p>Bench &amp; Bar Weekly is published by Lexicon Trade Media. &copy; 2026.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def _mpb(headline: str, url: str, iso: str, shown: str, author: str, body: str,
         trending: list[tuple[str, str]]) -> str:
    """Maple Public Broadcasting: a Canadian public broadcaster's news page."""
    text = _blocks(
        body, p="<p>{}</p>", h2='<h2 class="mpb-sub">{}</h2>',
        fig='<figure class="mpb-img"><img src="{src}" alt=""><figcaption>{cap} '
            '<span>({credit})</span></figcaption></figure>',
        ad='<div class="mpb-ad">ADVERTISEMENT</div>',
        also='<div class="mpb-related-inline"><span>RELATED</span> <a href="{url}">{title}'
             '</a></div>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | MPB News</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="MPB">
<meta property="og:url" content="{url}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
"datePublished": "{iso}", "author": [{{"@type": "Person", "name": "{author}"}}],
"publisher": {{"@type": "Organization", "name": "Maple Public Broadcasting"}}}}
</script>
</head>
<body>
<a class="mpb-skip" href="#content">Skip to Main Content</a>
<header><a href="/" class="mpb-logo">MPB</a>
<nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/radio">Radio</a>
<a href="/news/politics">Politics</a> <a href="/news/canada">Canada</a>
<a href="/news/indigenous">Indigenous</a> <a href="/listen">Listen Live</a></nav>
</header>
<main id="content">
<div class="mpb-section"><a href="/news/politics">Politics</a></div>
<h1 class="mpb-headline">{headline}</h1>
<div class="mpb-byline">{author} &middot; MPB News &middot;
<time datetime="{iso}">Posted: {shown}</time></div>
<div class="mpb-share"><button>Share</button> <span>Social Sharing</span></div>
<div class="mpb-story">
{text}
</div>
<p class="mpb-corrections"><a href="/corrections">Corrections and clarifications</a> |
<a href="/submit-tip">Submit a news tip</a> | <a href="/report-error">Report error</a></p>
<section class="mpb-trending"><h3>Trending</h3><ol>
{_links(trending)}
</ol></section>
</main>
<footer><p>&copy;2026 Maple Public Broadcasting. All rights reserved.</p>
<p>Visitez MPB Info</p></footer>
</body>
</html>
"""


def _orbital(headline: str, dek: str, url: str, iso: str, shown: str, author: str,
             body: str, more: list[tuple[str, str]], tag: str) -> str:
    """OrbitalBeat: a US specialist spaceflight news site."""
    text = _blocks(
        body, p="<p>{}</p>", h2='<h2 class="ob-h2">{}</h2>',
        ad='<div class="ob-ad"><p>ADVERTISEMENT</p><div class="ob-ad-unit"></div></div>',
        fig='<figure class="ob-figure"><img src="{src}" alt="{cap}"><figcaption>{cap}'
            ' <em>Credit: {credit}</em></figcaption></figure>',
        also='<p class="ob-also">Related: <a href="{url}">{title}</a></p>',
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{headline} - OrbitalBeat</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="OrbitalBeat">
<meta property="article:published_time" content="{iso}">
<meta property="article:tag" content="{tag}">
</head>
<body class="ob">
<a class="ob-skip" href="#ob-article">Skip to content</a>
<div class="ob-ticker">NEXT LAUNCH: check our <a href="/schedule/">launch schedule</a></div>
<header><a href="/" class="ob-logo">OrbitalBeat</a>
<nav><a href="/launch/">Launch</a> <a href="/commercial/">Commercial</a>
<a href="/defense/">Defense</a> <a href="/science/">Science</a>
<a href="/international/">International</a> <a href="/schedule/">Schedule</a>
<a href="/newsletter/">Newsletter</a></nav></header>
<main>
<article id="ob-article">
<p class="ob-cat"><a href="/launch/">Launch</a></p>
<h1>{headline}</h1>
<p class="ob-dek">{dek}</p>
<div class="ob-byline">by <a href="/author/">{author}</a> &mdash; {shown}</div>
<div class="ob-social"><a href="#">Share on X</a> <a href="#">Share on Bluesky</a>
<a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
<div class="ob-body">
{text}
</div>
<div class="ob-author-box"><p>{author} covers launch vehicles for OrbitalBeat.</p></div>
</article>
<aside class="ob-more"><h3>More launch news</h3><ul>
{_links(more)}
</ul>
<div class="ob-signup"><h3>Launch Report</h3><p>Our free newsletter lands every weekday
morning.</p><input type="email" placeholder="Email address"><button>Subscribe</button>
</div></aside>
</main>
<footer class="ob-footer"><p>&copy; 2026 OrbitalBeat Media LLC</p>
<p><a href="/about/">About</a> | <a href="/ethics/">Ethics policy</a> |
<a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""


def _kth(headline: str, url: str, shown: str, iso: str, author: str, email: str,
         body: str, popular: list[tuple[str, str]]) -> str:
    """Korea Tech Herald: an English-language Korean daily, reporter email at the end."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<p><b>{}</b></p>",
        fig='<div class="kth-photo"><img src="{src}" alt=""><p class="kth-caption">{cap} '
            '({credit})</p></div>',
        ad='<div class="kth-ad">AD</div>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - Korea Tech Herald</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Korea Tech Herald">
<meta property="og:url" content="{url}">
<meta name="article:published_time" content="{iso}">
</head>
<body>
<div class="kth-util"><a href="/kr/">Korean</a> <a href="/login/">Login</a>
<a href="/join/">Sign up</a></div>
<header><a href="/" class="kth-logo">Korea Tech Herald</a>
<nav><a href="/industry/">Industry</a> <a href="/science/">Science</a>
<a href="/startups/">Startups</a> <a href="/policy/">Policy</a>
<a href="/semiconductors/">Chips</a> <a href="/space/">Space</a>
<a href="/opinion/">Opinion</a></nav></header>
<main>
<div class="kth-view">
<p class="kth-cate">Science &gt; Space</p>
<h1 class="kth-title">{headline}</h1>
<p class="kth-date">Published : {shown}</p>
<div class="kth-sns"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">KakaoTalk</a>
<a href="#">Link copy</a> <a href="#">Font size</a></div>
<div class="kth-article">
{text}
<p class="kth-reporter">By {author} ({email})</p>
</div>
</div>
<div class="kth-popular"><h3>Most Popular</h3><ol>
{_links(popular)}
</ol></div>
</main>
<footer><p>Korea Tech Herald | Registration No. Seoul A 00000 | Publisher and editor:
Korea Tech Media Co.</p><p>Copyright (c) Korea Tech Herald. All rights reserved.</p></footer>
</body>
</html>
"""


def _brazil(headline: str, url: str, iso: str, author: str, body: str,
            latest: list[tuple[str, str]]) -> str:
    """The Brazil Courier: an English-language news site about Brazil, no date on the page."""
    text = _blocks(
        body, p="<p>{}</p>", h2="<h3>{}</h3>",
        ad='<div class="bc-ad"><span>Publicidade / Advertisement</span></div>',
        fig='<figure><img src="{src}" alt=""><figcaption>{cap} / {credit}</figcaption>'
            '</figure>',
        also='<p class="bc-leia"><strong>Read also:</strong> <a href="{url}">{title}</a></p>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | The Brazil Courier</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Brazil Courier">
<meta property="og:locale" content="en_US">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
"datePublished": "{iso}", "author": {{"@type": "Person", "name": "{author}"}}}}
</script>
</head>
<body>
<div class="bc-cookies">This site uses cookies. By continuing to browse you accept our
<a href="/privacy/">privacy policy</a>. <button>OK</button></div>
<header><a href="/" class="bc-logo">The Brazil Courier</a>
<nav><a href="/politics/">Politics</a> <a href="/economy/">Economy</a>
<a href="/science-tech/">Science &amp; Tech</a> <a href="/amazon/">Amazon</a>
<a href="/sao-paulo/">S&#227;o Paulo</a> <a href="/rio/">Rio</a>
<a href="/northeast/">Northeast</a></nav></header>
<main>
<article>
<h1>{headline}</h1>
<p class="bc-author">By {author}</p>
<div class="bc-share"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a>
</div>
<div class="bc-body">
{text}
</div>
<div class="bc-newsletter"><h4>Brazil in your inbox</h4><p>A free daily briefing in English.
</p><input type="email"><button>Subscribe</button></div>
</article>
<aside><h4>Latest</h4><ul>
{_links(latest)}
</ul></aside>
</main>
<footer><p>The Brazil Courier &copy; 2026 &middot; S&#227;o Paulo</p>
<p><a href="/about/">About</a> &middot; <a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""


def _rmi(headline: str, url: str, iso: str, shown: str, body: str,
         more: list[tuple[str, str]]) -> str:
    """Radio Monde International: a French public broadcaster's English service."""
    text = _blocks(
        body, p='<p class="rmi-p">{}</p>', h2='<h2 class="rmi-inter">{}</h2>',
        fig='<figure class="rmi-fig"><img src="{src}" alt=""><figcaption>{cap} &copy; {credit}'
            '</figcaption></figure>',
        also='<p class="rmi-lire">Read also: <a href="{url}">{title}</a></p>',
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - RMI</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="RMI - Radio Monde International">
<meta property="article:published_time" content="{iso}">
<meta property="og:url" content="{url}">
</head>
<body>
<a href="#rmi-main" class="rmi-evite">Skip to main content</a>
<div class="rmi-consent"><p>With your agreement, we and our partners use cookies or similar
technologies to store, access and process personal data.</p><button>Agree and close</button>
<button>Learn more</button> <button>Continue without agreeing</button></div>
<header><a href="/en/" class="rmi-logo">RMI</a>
<div class="rmi-lang"><a href="/fr/">Fran&#231;ais</a> <a href="/en/">English</a>
<a href="/es/">Espa&#241;ol</a> <a href="/pt/">Portugu&#234;s</a></div>
<nav><a href="/en/africa/">Africa</a> <a href="/en/americas/">Americas</a>
<a href="/en/europe/">Europe</a> <a href="/en/science/">Science</a>
<a href="/en/podcasts/">Podcasts</a> <a href="/en/live/">Listen live</a></nav></header>
<main id="rmi-main">
<article>
<p class="rmi-rubrique">Science</p>
<h1>{headline}</h1>
<p class="rmi-date">Published on: {shown}</p>
<div class="rmi-partage"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">Email</a></div>
{text}
<p class="rmi-sign">RMI with agencies</p>
</article>
<aside class="rmi-more"><h3>On the same subject</h3><ul>
{_links(more)}
</ul></aside>
</main>
<footer><p>RMI &#8211; Radio Monde International &#8211; Public broadcasting since 1975</p>
<p><a href="/en/legal/">Legal notice</a> | <a href="/en/cookies/">Cookie settings</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Story 1: Ekiti State governorship election (Nigeria), Saturday 20 June 2026.
# Planted: winner's vote total (201,384 vs 210,384, PolityWatch); turnout (33.5 vs 38.5 per
# cent, GBS); local government areas won (15 vs 13 of 16, Meridian); who gave the PDP's "we
# will study the result sheets" reaction (campaign DG Tunde Ogunleye in the Courier vs state
# party chairman Rasaki Aderinto in Meridian).
# --------------------------------------------------------------------------------------------

_S1_COURIER_BODY = """
The Independent National Electoral Commission (INEC) on Sunday declared the candidate of the All
Progressives Congress (APC), Mr Olumide Fasanmi, winner of Saturday's governorship election in
Ekiti State.

Announcing the final figures at the commission's state collation centre in Ado-Ekiti shortly
before noon, the Returning Officer, Professor Halima Danjuma, said Fasanmi polled 201,384 votes
to defeat his closest challenger, Senator Kehinde Adesua-Ojo of the Peoples Democratic Party
(PDP), who scored 96,218 votes.

The candidate of the African Democratic Congress (ADC), Mrs Funmilayo Bamgbose, came a distant
third with 21,507 votes. Eighteen candidates were on the ballot.

"Olumide Fasanmi of the All Progressives Congress, having satisfied the requirements of the law
and scored the highest number of votes, is hereby declared the winner and returned elected,"
said Danjuma, who is the Vice-Chancellor of the Federal University, Lokoja.

[AD]

The APC candidate won in 15 of the 16 local government areas of the state, losing only in Ikere,
the home council of the PDP flag bearer, where Adesua-Ojo led by just under 2,000 votes.

Figures read out at the centre showed that 337,015 of the state's 1,006,558 registered voters
were accredited, putting turnout at about 33.5 per cent. A total of 327,146 votes were declared
valid, while 8,940 were rejected, meaning Fasanmi took roughly 61.6 per cent of the valid votes
and won by a margin of more than 105,000.

[FIG] /uploads/2026/06/ekiti-collation.jpg | Party agents follow the collation of results in
Ado-Ekiti on Sunday. | Courier/Kunle Adebiyi

## 'The work of governance begins today'

Addressing supporters at the APC secretariat in Ado-Ekiti after the declaration, Fasanmi, a
54-year-old chartered accountant and former Commissioner for Finance and Economic Development,
thanked voters who turned out despite heavy morning rain.

"This victory belongs to every Ekiti man and woman who stood in the rain yesterday to be
counted. I extend my hand to Senator Adesua-Ojo and to all the other candidates. The campaign is
over; the work of governance begins today," he said.

The PDP, however, rejected the outcome. Speaking to journalists at the party's campaign office
on Ajilosun Street, the Director-General of the Adesua-Ojo Campaign Organisation, Mr Tunde
Ogunleye, said the party had received reports of inducement of voters in Ado, Ikole and Ijero.

"We are not going to dignify this process with a concession. We will study the result sheets,
polling unit by polling unit, and our lawyers will advise us on the next step," Ogunleye said.

[ALSO] Ekiti guber: Observers flag vote-buying in three LGAs |
/news/2026/06/20/ekiti-guber-observers-flag-vote-buying/

[AD]

Under the Electoral Act, an aggrieved candidate has 21 days from the declaration of results to
file a petition before the governorship election petitions tribunal.

The Centre for Ballot Integrity, a civic group that deployed 410 observers across the state,
described the poll as largely peaceful but said its monitors had seen party agents openly
offering cash to voters near some polling units. Its Executive Director, Ms Ngozi Ibekwe, urged
security agencies to prosecute those arrested.

INEC said its Bimodal Voter Accreditation System (BVAS) devices functioned in all but 37 of the
2,445 polling units in the state, where replacement devices were dispatched. The police had
deployed more than 20,000 personnel for the election.

Fasanmi and his running mate, Mrs Yetunde Akinlalu, are expected to be sworn in on 16 October
2026, when the tenure of the current administration expires.
"""

_S1_COURIER = _courier(
    "Ekiti guber: INEC declares APC's Fasanmi winner, PDP rejects outcome",
    "Former finance commissioner polls 201,384 votes to beat ex-senator Adesua-Ojo by more than"
    " 105,000",
    "https://www.thelagoscourier.example/news/2026/06/21/ekiti-guber-inec-declares-fasanmi/",
    "Sunday, June 21, 2026", "2026-06-21T14:05:00+01:00", "Bisola Adeyemo-Akande",
    "South-West Correspondent", _S1_COURIER_BODY,
    [("Tinubu congratulates Ekiti governor-elect", "/news/2026/06/21/tinubu-congratulates/"),
     ("Petrol price: marketers warn of fresh hike", "/business/2026/06/20/petrol-price/"),
     ("Super Eagles: coach names squad for friendlies", "/sports/2026/06/20/super-eagles/"),
     ("Lagos: tanker fire halts traffic on Third Mainland", "/metro/2026/06/21/tanker-fire/")],
)

_S1_POLITYWATCH_BODY = """
Olumide Fasanmi of the All Progressives Congress (APC) is Ekiti State's governor-elect after the
Independent National Electoral Commission (INEC) returned him as winner of Saturday's off-cycle
election on Sunday morning.

According to the final collation sheets announced by the state returning officer, Prof. Halima
Danjuma, Fasanmi scored 210,384 votes. His nearest rival, former senator Kehinde Adesua-Ojo of
the Peoples Democratic Party (PDP), got 96,218, while Funmilayo Bamgbose of the African
Democratic Congress (ADC) polled 21,507. The other 15 candidates shared what was left.

We went through the collation sheets from all 16 local government areas (LGAs). Here is what
stood out.

## 1. A near clean sweep

Fasanmi won 15 of the 16 LGAs. The only council he lost was Ikere, Adesua-Ojo's home base, where
the PDP candidate's lead was under 2,000 votes. Fasanmi's biggest haul came from Ado, the state
capital, where he polled 38,912 votes, more than twice the PDP total there.

[AD]

## 2. Two in three voters stayed home

INEC accredited 337,015 voters out of 1,006,558 on the register, a turnout of 33.5%. Put
differently, roughly two out of every three registered voters did not take part. Rain in the
morning did not help: queues in Ado and Ikere were thin until about 11 a.m.

## 3. Rejected ballots

A total of 8,940 ballots were rejected, a number higher than the ADC's margin over the
fourth-placed candidate and a reminder that voter education still has work to do.

[FIG] /media/ekiti-2026/queue-ido-osi.jpg | Voters queue at a polling unit in Ido/Osi LGA on
Saturday. | PolityWatch/Emeka Obi

## 4. The tech mostly worked

INEC said its Bimodal Voter Accreditation System (BVAS) worked in all but 37 of the 2,445
polling units, and that replacement devices reached those units before noon. By 9 p.m. on
Saturday, results from 2,301 polling units had been uploaded to the INEC Result Viewing portal
(IReV), which allowed our team to check the LGA figures against the sheets.

## 5. The money question

The Centre for Ballot Integrity, which deployed 410 observers, said it recorded cases of
vote-buying in Ado, Ikole and Ijero. "The sums offered were between N5,000 and N20,000 per
voter, and in several places the agents were not even hiding," the group's executive director,
Ngozi Ibekwe, told PolityWatch.

[ALSO] FactCheck: No, BVAS was not switched off in Ikole | /fact-check/2026/06/20/bvas-ikole/

## What the candidates said

In his acceptance remarks, Fasanmi thanked voters who "stood in the rain" and said he would run
"an open government that publishes what it spends". Bamgbose conceded shortly after the
declaration. "The people have spoken and I accept their verdict. Our movement is only
beginning," she said in a statement.

The PDP has not conceded. Its candidate has 21 days from the declaration to approach the
election petitions tribunal.

The governor-elect, a former commissioner for finance and economic development, will take office
on October 16, 2026.
"""

_S1_POLITYWATCH = _politywatch(
    "Ekiti 2026: How Fasanmi won, in five numbers",
    "https://politywatch.example/elections/ekiti-2026-how-fasanmi-won-in-five-numbers/",
    "2026-06-21T12:48:00+01:00", "June 21, 2026 12:48 pm", "Ifeoma Nwachukwu",
    _S1_POLITYWATCH_BODY,
    [("Ekiti 2026 live results tracker", "/elections/ekiti-2026-results-tracker/"),
     ("Who is Olumide Fasanmi?", "/elections/who-is-olumide-fasanmi/"),
     ("Osun 2026: INEC publishes final list of candidates", "/elections/osun-2026-candidates/")],
)

_S1_GBS_BODY = """
The candidate of Nigeria's governing party has been declared winner of the election for governor
of Ekiti State, a result the main opposition party says it is still examining.

Olumide Fasanmi of the All Progressives Congress (APC) received just over 201,000 votes,
according to the electoral commission, more than double the tally of his main rival, former
senator Kehinde Adesua-Ojo of the Peoples Democratic Party (PDP).

He carried all but one of the state's 16 local government areas.

Turnout stood at 38.5%, the commission said, in a state where heavy rain fell for much of
Saturday morning.

[FIG] /images/2026/06/21/ekiti-voters.jpg | Voters in Ado-Ekiti waited under umbrellas for
polling stations to open | Getty Images

Ekiti, a largely rural state in Nigeria's south-west with a population of about three and a half
million, votes for its governor outside the country's general election cycle, after court
rulings years ago reset the timetable in several states.

That makes its polls closely watched as a barometer of party strength. The next general
election, when Nigerians will choose a president, is due in early 2027.

## 'A governor for those who voted against me'

Mr Fasanmi, a chartered accountant who served as the state's finance commissioner, struck a
conciliatory tone after the result was announced by the returning officer, Prof Halima Danjuma,
on Sunday.

"I will be a governor for those who voted against me as much as for those who voted for me," he
told supporters in the state capital, Ado-Ekiti.

The PDP has not accepted the outcome and said it would study the results before deciding whether
to go to court.

Independent observers described the vote as generally calm but raised concerns about
vote-buying, a persistent problem in Nigerian elections. The Centre for Ballot Integrity said
its monitors saw cash being offered to voters near polling units in three local government
areas.

"Peaceful is not the same as clean," the group's executive director Ngozi Ibekwe told the GBS.
"People are poor, food prices are high, and politicians know it."

Rising living costs have dominated politics in Nigeria since the removal of a long-standing
petrol subsidy and a sharp fall in the value of the naira.

At a market in Ado-Ekiti on Sunday, reactions were mixed. "I voted for continuity because at
least the roads they started are being finished," said Bunmi Alade, who sells fabrics. "But my
children cannot find jobs. That is what the new governor must fix."

The electoral commission said its electronic accreditation devices, introduced to curb the
multiple voting that once marred Nigerian polls, worked in the vast majority of the 2,445
polling units.

Funmilayo Bamgbose of the African Democratic Congress, the only woman among the leading
contenders, finished third and has accepted the result.

Mr Fasanmi is due to be sworn in on 16 October.
"""

_S1_GBS = _gbs(
    "Ekiti election: Ruling party's Olumide Fasanmi wins Nigerian governorship race",
    "Africa", "https://www.gbs.example/news/world-africa-70214453", "2026-06-21T16:30:00Z",
    _S1_GBS_BODY,
    [("Why Nigeria's state elections are held at different times",
      "/news/world-africa-70199812"),
     ("Nigeria inflation: the families skipping meals", "/news/world-africa-70177340"),
     ("Africa Today podcast", "/sounds/play/africa-today")],
    author="By Temitope Haruna, GBS News, Lagos",
)

_S1_MPA_BODY = """
Nigeria's ruling All Progressives Congress won the governorship election in southwestern Ekiti
State, the electoral commission said on Sunday, handing President Bola Tinubu's party a boost
ahead of next year's general election.

Olumide Fasanmi, a former state finance commissioner, polled 201,384 votes against 96,218 for
Kehinde Adesua-Ojo of the main opposition Peoples Democratic Party (PDP), returning officer
Halima Danjuma announced at the collation centre in the state capital Ado-Ekiti.

Fasanmi won 13 of Ekiti's 16 local government areas, with Adesua-Ojo carrying the rest,
including his home area of Ikere, according to the commission's figures.

Turnout was 33.5%, with 337,015 of just over 1 million registered voters accredited to vote on
Saturday, the Independent National Electoral Commission (INEC) data showed.

[AD]

The PDP said it did not accept the result and alleged widespread vote-buying.

"We are not going to dignify this process with a concession. We will study the result sheets
polling unit by polling unit, and our lawyers will advise us," Rasaki Aderinto, the PDP's
chairman in Ekiti, told reporters.

The APC did not immediately respond to the allegation. In a speech to supporters, Fasanmi said
the campaign was over and pledged to work with all the candidates who stood against him.

Ekiti is one of several Nigerian states whose governorship elections take place outside the main
electoral calendar, and the vote was seen as a test of the APC's standing in the southwest,
Tinubu's political base, as opponents seek to unite against him before the 2027 polls.

Off-cycle contests in Nigeria have often been marked by allegations of cash inducements to
voters. A local monitoring group, the Centre for Ballot Integrity, said it saw agents offering
money to voters in three local government areas, though it described the election as largely
peaceful.

Police said more than 20,000 officers were deployed across the state, which has around 3.5
million people and an economy dominated by farming and civil service jobs.

Eighteen candidates contested the election. Funmilayo Bamgbose of the African Democratic
Congress was third with 21,507 votes.

Adesua-Ojo, a two-term senator, had campaigned on unpaid pensions and the soaring cost of food,
while Fasanmi promised to finish road projects started by the outgoing administration and to
draw investment into cassava and cocoa processing.

The commission said its electronic accreditation devices failed in 37 of the state's 2,445
polling units and were replaced during the day. Police said they had arrested several people
suspected of buying votes but gave no figure.

Ekiti's governorship has changed hands between the two biggest parties several times since
Nigeria returned to civilian rule in 1999, and incumbents' parties have not always been able to
hold on to the seat.

Under Nigerian law, losing candidates have 21 days to challenge the result at an election
tribunal. Fasanmi is due to take office on Oct. 16.
"""

_S1_MPA = _mpa(
    "Nigeria's ruling APC wins Ekiti governorship vote, opposition cries foul", "World",
    "https://www.meridianpress.example/world/africa/nigerias-ruling-apc-wins-ekiti-governorship"
    "-vote-2026-06-21/",
    "ADO-EKITI, Nigeria, June 21", "2026-06-21T11:14:00Z", "June 21, 2026 11:14 AM UTC",
    "Segun Afolabi-Grant",
    "Reporting by Segun Afolabi-Grant in Ado-Ekiti and Amina Yusuf-Bello in Abuja; Editing by"
    " Carla Whitmore",
    _S1_MPA_BODY,
    [("Nigeria's central bank holds rate as inflation eases", "/markets/africa/nigeria-cbn/"),
     ("Ghana's cocoa regulator raises farmgate price", "/world/africa/ghana-cocoa/"),
     ("Nigerian naira firms after FX auction", "/markets/currencies/naira-fx/")],
)

STORY_1 = _story("election-TE1", "election", "2026-06-23", [
    _page("https://www.thelagoscourier.example/news/2026/06/21/ekiti-guber-inec-declares-fasanmi/",
          _S1_COURIER),
    _page("https://politywatch.example/elections/ekiti-2026-how-fasanmi-won-in-five-numbers/",
          _S1_POLITYWATCH),
    _page("https://www.gbs.example/news/world-africa-70214453", _S1_GBS),
    _page("https://www.meridianpress.example/world/africa/nigerias-ruling-apc-wins-ekiti-"
          "governorship-vote-2026-06-21/", _S1_MPA),
], [
    ("winner's vote total", r"(?<![\d,.])201(,?384|,?000| thousand)(?![\d,])",
     r"(?<![\d,.])210,?384(?!\d)"),
    ("turnout", r"(?<![\d.])33\.5 ?(%|percent|per cent|pct)",
     r"(?<![\d.])38\.5 ?(%|percent|per cent|pct)"),
    ("local government areas won", r"(?<![\d,.:-])(15|fifteen|all but one)(?![\d,.:%])",
     r"(?<![\d,.:-])(13|thirteen)(?![\d,.:%])"),
    ("who said 'we will study the result sheets'", r"ogunleye", r"aderinto"),
])


# --------------------------------------------------------------------------------------------
# Story 2: earthquake in Aksy district, Jalal-Abad region (Kyrgyzstan), Thursday 23 April 2026.
# Planted: magnitude (5.9 vs 6.2, Central Asia Dispatch); local time (4:52 vs 5:42 a.m., GBS);
# death toll at the same hour (11 vs 16, Bishkek Observer, which published first); ministry
# spokeswoman's name (Aizada Temirbekova vs Aizada Toktosunova, GBS).
# --------------------------------------------------------------------------------------------

_S2_MPA_BODY = """
An earthquake struck a mountainous district of southern Kyrgyzstan before dawn on Thursday,
killing 11 people and injuring 62 as houses built of mud brick collapsed on sleeping families,
the country's Emergency Situations Ministry said.

The magnitude 5.9 quake hit at 4:52 a.m. local time (2252 GMT on Wednesday) at a depth of 15 km,
with its epicentre about 20 km northeast of the town of Kerben in Aksy district of Jalal-Abad
region, the Institute of Seismology of the Kyrgyz National Academy of Sciences said. The U.S.
Geological Survey also put the magnitude at 5.9.

Three children were among the dead, ministry spokeswoman Aizada Temirbekova told reporters in
Bishkek. Nineteen of the injured were in hospital in serious condition, she said.

[AD]

Rescuers had finished searching the rubble in the worst-hit villages by early afternoon and did
not expect to find more people trapped, Temirbekova said.

In Jany-Jol, one of the villages closest to the epicentre, resident Taalaibek Sultanov said by
telephone that his neighbours' house had collapsed. "We heard a roar, like a train, and then
everything was shaking. When it stopped, the house next door was just a pile of earth," he said.

Mobile networks were briefly disrupted in the district, and electricity was cut to several
villages as a precaution, the ministry said. Power had been restored to most homes by midday.

Emergency Situations Minister Nurlan Abdyraimov flew to the area with a team of engineers. "Our
priority today is the people who have lost their homes. No family will spend tonight without a
roof," he said in a video statement released by the ministry.

Preliminary assessments showed 1,340 houses damaged, 212 of them beyond repair, along with nine
schools and a district hospital annex, the ministry said. About 600 rescuers and soldiers were
deployed, and the government sent 450 tents and 3,000 blankets to the area, where night-time
temperatures are still close to freezing.

More than 20 aftershocks followed the main tremor, the strongest of magnitude 4.3.

President Sadyr Japarov declared Friday a national day of mourning and ordered the government to
pay compensation to the families of the dead.

The tremor was felt in the city of Osh and across the border in Uzbekistan's Namangan region,
where the Uzbek emergencies ministry reported cracks in some buildings but no casualties.

The Kyrgyz Red Crescent said it was sending hygiene kits and warm clothing, and volunteers in
Osh began collecting donations at the city's main mosque and at university campuses.

Kyrgyzstan's Energy Ministry said the Toktogul hydropower dam, the country's largest, was
operating normally after an inspection.

Central Asia's mountain ranges are seismically active and many rural homes in the region are
built without reinforcement. An earthquake in the same region in the past killed dozens in
villages where houses were built from clay and straw.
"""

_S2_MPA = _mpa(
    "Earthquake kills 11 in southern Kyrgyzstan, dozens injured", "World",
    "https://www.meridianpress.example/world/asia-pacific/earthquake-kills-11-southern-"
    "kyrgyzstan-2026-04-23/",
    "BISHKEK, April 23", "2026-04-23T10:20:00Z", "April 23, 2026 10:20 AM UTC",
    "Aigerim Sadykova",
    "Reporting by Aigerim Sadykova; Additional reporting by Timur Nurlanov in Tashkent; Editing"
    " by Helen Marsh",
    _S2_MPA_BODY,
    [("Kazakhstan wheat exports hit record", "/markets/commodities/kazakh-wheat/"),
     ("Uzbekistan to sell stakes in state banks", "/business/finance/uzbek-banks/"),
     ("China-Kyrgyzstan-Uzbekistan rail link: what to know", "/world/asia-pacific/ckurail/")],
)

_S2_CAD_BODY = """
At least 11 people died when a magnitude 6.2 earthquake shook Aksy district in the Jalal-Abad
region of Kyrgyzstan early on Thursday morning, 23 April, according to the Ministry of Emergency
Situations.

The tremor was registered at 04:52 local time. Its epicentre lay about 20 kilometres north-east
of Kerben, the district centre, at a depth of 15 kilometres, the Institute of Seismology in
Bishkek reported.

Sixty-two people were injured. Ministry spokeswoman Aizada Temirbekova said three of the dead
were children, and that 19 of the injured remained in a serious condition in hospitals in Kerben
and Jalal-Abad city.

[FIG] /photos/2026/04/aksy-rubble.jpg | Residents of Jany-Jol clear rubble from a collapsed
house on Thursday. | Photo: Central Asia Dispatch

## Adobe houses gave way

Most of the casualties were in Jany-Jol and neighbouring villages, where homes are traditionally
built of sun-dried brick and timber. Residents interviewed by phone described walls folding
inwards in the dark.

"The floor was jumping. We grabbed the children and ran into the yard, and then the wall of the
bedroom fell where we had been lying," said Gulnara Turdubaeva, 38, a teacher in Jany-Jol. Her
family of six spent the rest of the night in a car.

According to preliminary data from the ministry, 1,340 houses were damaged and 212 are no longer
habitable. Nine schools were damaged, and the district education department suspended lessons in
Aksy until the end of next week.

[AD]

## Government response

Emergency Situations Minister Nurlan Abdyraimov arrived in Kerben on Thursday morning and
chaired a meeting of the district emergency commission. About 600 rescuers, soldiers and
volunteers were working in the affected area, and 450 tents and 3,000 blankets had been
delivered, the ministry said.

"Our priority today is the people who have lost their homes," Abdyraimov said. "Engineers will
inspect every house before anyone is allowed back inside."

President Sadyr Japarov declared 24 April a day of national mourning. Flags will fly at
half-mast and entertainment events will be cancelled.

More than 20 aftershocks had been recorded by midday, the strongest measuring 4.3.

## Felt across the Fergana Valley

The shaking was felt in Osh, in Jalal-Abad city and in Uzbekistan's Namangan region, where local
authorities reported cracked walls but no victims. Kyrgyzstan's energy ministry said the
Toktogul reservoir and hydroelectric station had been checked and no damage was found.

Aksy district, in the north-west of Jalal-Abad region, is home to roughly 130,000 people, many
of whom depend on remittances from relatives working in Russia and Kazakhstan. Local activists
have long warned that little of that money goes into earthquake-resistant construction.

"People build with what they can afford. A reinforced house costs twice as much," said Bakyt
Ismanov, who runs a small engineering firm in Jalal-Abad and has trained village builders on
seismic safety.
"""

_S2_CAD = _cad(
    "Eleven dead as earthquake hits Kyrgyzstan's Aksy district",
    "https://centralasiadispatch.example/kyrgyzstan/2026/04/23/eleven-dead-earthquake-aksy/",
    "2026-04-23T13:05:00+06:00", "23 April 2026, 13:05", "Daniyar Omurzakov", _S2_CAD_BODY,
    [("Tajikistan: Rogun dam financing gap widens", "/tajikistan/rogun-financing/"),
     ("Kazakhstan: spring floods threaten Kostanay", "/kazakhstan/spring-floods/"),
     ("Uzbekistan: new rules for labour migrants", "/uzbekistan/labour-migrants/")],
)

_S2_GBS_BODY = """
Eleven people, including three children, have been killed after an earthquake struck a rural
district in southern Kyrgyzstan while most residents were asleep.

The magnitude 5.9 tremor hit at 5:42 a.m. local time on Thursday, according to the country's
Institute of Seismology, with its epicentre near the town of Kerben in the Jalal-Abad region.

Sixty-two people were hurt, the Ministry of Emergency Situations said. Its spokeswoman, Aizada
Toktosunova, said search teams had checked all collapsed buildings in the affected villages.

[FIG] /images/2026/04/23/kyrgyz-quake-tents.jpg | Emergency workers put up tents for families
whose homes were damaged | Kyrgyz Emergency Situations Ministry

The quake was relatively shallow, at a depth of about 15km, which generally increases the
shaking felt at the surface.

Pictures shared on social media showed collapsed walls of mud-brick houses, piles of rubble in
courtyards and families sitting around fires in the open.

## 'No family without a roof'

Kyrgyzstan's Emergency Situations Minister, Nurlan Abdyraimov, travelled to the area on
Thursday.

"No family will spend tonight without a roof," he said, adding that tents and blankets were on
their way.

The ministry said more than 1,300 homes had been damaged, a couple of hundred of them so badly
that they could not be lived in.

The ministry said 19 of the injured were being treated in hospital for serious injuries. In
Kerben, the main town of the district, patients were moved into tents in the hospital courtyard
as a precaution while engineers checked the buildings.

More than 20 aftershocks were recorded during the day, keeping many families outdoors.

The government has declared Friday a day of national mourning.

The shaking was felt hundreds of kilometres away, in neighbouring Uzbekistan, where there were
no reports of casualties.

## Why are Kyrgyz villages so vulnerable?

Kyrgyzstan sits in the Tien Shan mountains, formed by the slow collision of the Indian and
Eurasian tectonic plates, and moderate earthquakes are common.

Many homes in rural areas are made from adobe, bricks of dried mud and straw, which are cheap
and keep houses warm in winter but can crumble when the ground shakes.

Experts have long urged the authorities to enforce building codes outside the big cities. After
past earthquakes, the government has promised programmes to help families rebuild with
reinforced frames, but progress has been slow.

"The problem is not the earthquakes, it is the houses," said Dr Elena Morozova, a seismologist
who has worked in Central Asia for two decades. "A tremor of this size should not be killing
people in their beds."

The area around Kerben is mainly farmland, with orchards, wheat fields and livestock herded to
mountain pastures in summer.

Southern Kyrgyzstan is one of the poorest parts of the country, and many working-age men spend
much of the year in Russia as migrant labourers, leaving older relatives and children at home.
"""

_S2_GBS = _gbs(
    "Kyrgyzstan earthquake: Eleven killed as tremor hits villages before dawn", "Asia",
    "https://www.gbs.example/news/world-asia-69873310", "2026-04-23T11:45:00Z", _S2_GBS_BODY,
    [("Kyrgyzstan country profile", "/news/world-asia-16186907"),
     ("How do you build a house to survive an earthquake?", "/news/science-69012544")],
)

_S2_OBSERVER_BODY = """
Sixteen people were killed and 62 injured in a strong earthquake which struck Aksy district of
Jalal-Abad region at 04:52 on Thursday morning, the Ministry of Emergency Situations reported.

According to the Institute of Seismology of the National Academy of Sciences, the magnitude of
the quake was 5.9 and the hypocentre lay at a depth of 15 km. The epicentre was located about 20
km to the north-east of Kerben.

Three children are among the dead. The names of the victims have not yet been released, the
ministry's press secretary Aizada Temirbekova said.

[AD]

The heaviest destruction was recorded in the village of Jany-Jol and the neighbouring hamlet of
Kyzyl-Tuu. In Kerben itself, several old buildings cracked and the annex of the district
hospital was evacuated as a precaution; patients were moved to tents in the hospital yard.

The head of the Aksy district administration, Ulan Mamatov, told the Observer by telephone that
people were afraid to return indoors. "Everyone is sitting outside. It is cold at night, so we
are bringing wood and tents. We ask people from other regions to send warm clothes," he said.

According to preliminary information, 1,340 private houses were damaged, of which 212 cannot be
restored. Nine schools were also damaged.

Minister of Emergency Situations Nurlan Abdyraimov has left for the region. About 600 rescuers
and servicemen, 450 tents and 3,000 blankets have been sent. The Red Crescent Society of
Kyrgyzstan opened a collection point at its office on Manas Avenue in Bishkek.

More than 20 aftershocks were recorded in the following hours, the strongest with a magnitude of
4.3.

Bakyt Jumabaev, a resident of Kerben, said he was woken by the sound of breaking glass. "The
cupboard fell, the dishes were flying. We ran out barefoot. My mother is 80 years old, we
carried her out in a blanket," he said. His house is standing but a long crack runs across the
main wall, and the family will sleep in the yard until engineers inspect it.

The Ministry of Health sent additional brigades of doctors from Jalal-Abad and Osh to the
district hospital. Blood donors are asked to come to the regional blood centre in Jalal-Abad.

The education department of Aksy district has suspended classes in all schools until the
buildings are checked.

President Sadyr Japarov signed a decree declaring 24 April a day of national mourning. Engineers
of the Ministry of Energy inspected the Toktogul hydropower station and reported that it is
working normally.

Residents of Bishkek did not feel the shaking, but it was noticed in Osh and Jalal-Abad, where
people ran out of apartment blocks into the street.

Volunteers in Bishkek have started collecting food, warm clothes and children's things for the
affected families. The Observer will update this report.
"""

_S2_OBSERVER = _observer(
    "Earthquake in Aksy: sixteen dead, hundreds of houses damaged",
    "https://bishkekobserver.example/society/2026/04/23/earthquake-in-aksy/",
    "23.04.2026 09:40", "Kanykei Asanova", _S2_OBSERVER_BODY,
    [("Bishkek mayor's office announces road repairs on Chui Avenue", "/society/chui-roads/"),
     ("Som steady against the dollar", "/economy/som-steady/"),
     ("Spring sowing campaign behind schedule in Talas", "/regions/talas-sowing/")],
)

STORY_2 = _story("quake-TE2", "earthquake", "2026-04-27", [
    _page("https://www.meridianpress.example/world/asia-pacific/earthquake-kills-11-southern-"
          "kyrgyzstan-2026-04-23/", _S2_MPA),
    _page("https://centralasiadispatch.example/kyrgyzstan/2026/04/23/eleven-dead-earthquake-aksy/",
          _S2_CAD),
    _page("https://www.gbs.example/news/world-asia-69873310", _S2_GBS),
    _page("https://bishkekobserver.example/society/2026/04/23/earthquake-in-aksy/", _S2_OBSERVER),
], [
    ("magnitude", r"(?<![\d.])5[.,]9(?![\d])", r"(?<![\d.])6[.,]2(?![\d])"),
    ("local time of the quake", r"(?<![\d:.])0?4[:.]52(?![\d])", r"(?<![\d:.])0?5[:.]42(?![\d])"),
    ("death toll", r"(?<![\d,.:])(11|eleven)(?![\d,.:%])",
     r"(?<![\d,.:])(16|sixteen)(?![\d,.:%])"),
    ("emergency ministry spokeswoman", r"temirbekova", r"toktosunova"),
])


# --------------------------------------------------------------------------------------------
# Story 3 (CONTROL): Central Bank of Kenya cuts the Central Bank Rate to 8.75 per cent on
# Tuesday 10 February 2026. Every figure, date and name agrees across the three pages.
# --------------------------------------------------------------------------------------------

_S3_MPA_BODY = """
Kenya's central bank cut its benchmark lending rate by 25 basis points to 8.75% on Tuesday, its
tenth consecutive reduction, saying inflation was expected to stay below the midpoint of its
target range and that credit to businesses needed further support.

The Central Bank of Kenya's Monetary Policy Committee (MPC) had held the rate at 9.00% since its
previous meeting in December. Eight of 11 analysts polled by Meridian last week had forecast a
25-basis-point cut; the other three expected no change.

"The MPC concluded that there was scope for a further easing of the monetary policy stance to
support lending by banks to the private sector and boost economic activity, while ensuring
exchange rate stability," the committee said in a statement after the meeting.

[AD]

Overall inflation eased to 4.4% in January from 4.5% in December, within the bank's target band
of 5% plus or minus 2.5 percentage points. Core inflation, which strips out food and fuel, stood
at 2.8%.

Growth in lending to the private sector picked up to 6.3% in January from 5.9% in December, the
committee said, but remained well below levels seen before 2024, when high borrowing costs and a
crowding out by government borrowing squeezed credit.

The bank has now lowered its rate by a cumulative 425 basis points since it began easing in
August 2024, when the rate stood at 13%.

The MPC said foreign exchange reserves stood at $12.4 billion, equal to 5.4 months of import
cover, and that the shilling had remained stable. The currency traded at 129.2 per dollar on
Tuesday, little changed from a year earlier.

The committee kept banks' cash reserve ratio unchanged at 3.25%.

The bank has been pressing commercial lenders to pass on lower rates. Their average lending rate
fell to 14.6% in January from 15.0% in December, the committee said, and new loans are now
priced off the Kenya Shilling Overnight Interbank Average (KESONIA) plus a premium for each
borrower's risk.

"The CBK is telling banks that the ball is now in their court," said Diana Mwende, an economist
at Lakeview Securities in Nairobi. "Inflation is well anchored and the shilling is calm, so
there is nothing stopping them from cutting loan rates faster."

Kenya's government, which has leaned heavily on domestic borrowing to plug its budget gap after
losing access to cheap concessional loans, also benefits from lower rates on Treasury bills and
bonds.

It said the economy grew 4.9% in the third quarter of 2025 and that it projected growth of 5.5%
this year, supported by agriculture and services.

The Kenyan shilling was little changed after the announcement, and yields on short-dated
Treasury bills, which had already fallen in anticipation of the cut, were expected to edge lower
at this week's auction.

Governor Elias Mutua is scheduled to brief reporters on the decision on Wednesday. The MPC will
next meet on April 7.
"""

_S3_MPA = _mpa(
    "Kenya's central bank cuts key rate to 8.75%, tenth straight reduction", "Markets",
    "https://www.meridianpress.example/markets/rates-bonds/kenyas-central-bank-cuts-key-rate-"
    "875-2026-02-10/",
    "NAIROBI, Feb 10", "2026-02-10T15:48:00Z", "February 10, 2026 3:48 PM UTC",
    "Wangari Ndirangu",
    "Reporting by Wangari Ndirangu; Writing by Duncan Otieno-Lamb; Editing by Sophie Kerrigan",
    _S3_MPA_BODY,
    [("Uganda's central bank holds policy rate", "/markets/rates-bonds/uganda-cbr/"),
     ("Kenya's shilling steady as tea receipts flow in", "/markets/currencies/kenya-shilling/"),
     ("Ethiopia's birr slides in parallel market", "/markets/currencies/ethiopia-birr/")],
)

_S3_LEDGER_BODY = """
The Central Bank of Kenya (CBK) has cut its benchmark rate for the tenth time in a row and
warned lenders that it expects to see cheaper loans reach households and small businesses
quickly.

The Monetary Policy Committee (MPC), which met on Tuesday, lowered the Central Bank Rate (CBR)
by 0.25 percentage points to 8.75 per cent, from 9.00 per cent.

Speaking at a briefing in Nairobi on Wednesday, Governor Elias Mutua said commercial banks had
been slow to pass on earlier reductions. The average lending rate stood at 14.6 per cent in
January, down from 15.0 per cent in December but still far above the policy rate.

"We want to see banks pass this through to borrowers. We are not going to sit back if lending
rates stay sticky," Dr Mutua said. "The pricing framework is now in place, and there is no
excuse."

[ALSO] Banks cut loan rates but borrowers still wait for relief |
/business/banks-cut-loan-rates-borrowers-wait

Banks now price new loans on the Kenya Shilling Overnight Interbank Average (KESONIA) plus a
premium that reflects each borrower's risk, a system the regulator says will make loan costs
more transparent.

## Inflation comfortable

Dr Mutua said the MPC was comfortable with the inflation outlook. Overall inflation slowed to
4.4 per cent in January from 4.5 per cent in December, helped by lower prices of vegetables and
stable pump prices. Core inflation was 2.8 per cent.

"Inflation is expected to remain below the mid-point of the target range in the near term," he
said, referring to the government's target of 5 per cent, give or take 2.5 percentage points.

[AD]

Private sector credit growth improved to 6.3 per cent in January, from 5.9 per cent in December.
Lending to manufacturing, trade and consumer durables rose fastest, the governor said.

He added that the economy expanded by 4.9 per cent in the third quarter of 2025, and the CBK
expects growth of 5.5 per cent in 2026.

## Reserves and the shilling

Usable foreign exchange reserves stood at $12.4 billion (about Sh1.6 trillion), equivalent to
5.4 months of import cover, comfortably above the statutory requirement of four months.

The shilling has held steady at around Sh129 to the dollar for more than a year, a stability the
governor attributed to strong diaspora remittances, tea and horticulture earnings and tourism
receipts.

The Cash Reserve Ratio (CRR) was left unchanged at 3.25 per cent.

Since August 2024, when the CBR stood at 13 per cent, the MPC has cut the rate by a cumulative
4.25 percentage points.

The Kenya Private Sector Alliance welcomed the move. Its chief executive, Mary Wambui-Ochieng,
said manufacturers "have been waiting for borrowing costs to come down to levels that make
expansion possible".

The next MPC meeting is scheduled for April 7, 2026.
"""

_S3_LEDGER = _ledger(
    "CBK cuts rate again, tells banks to lower loan costs",
    "Monetary Policy Committee lowers benchmark rate to 8.75 per cent as inflation stays low",
    "https://www.nairobiledger.example/business/cbk-cuts-rate-again-tells-banks-lower-loan-costs",
    "2026-02-11T18:30:00+03:00", "Wednesday, February 11, 2026", "Brian Kiprotich Rono",
    _S3_LEDGER_BODY,
    [("Treasury targets Sh1.2 trillion in domestic borrowing", "/business/treasury-borrowing"),
     ("Tea earnings rise on strong Pakistan demand", "/business/tea-earnings")],
)

_S3_SHILLING_BODY = """
As expected: the MPC trimmed the CBR by 25 bps to 8.75 pct on Tuesday. That is ten cuts in a row
and 425 bps of easing since August 2024, when the rate sat at 13.00 pct.

A few things from the statement and from Governor Elias Mutua's presser on Wednesday that are
worth flagging for anyone trading KES rates.

## 1. The tone on banks was sharper

The governor spent more time on transmission than on inflation. Average lending rates were 14.6
pct in January versus 15.0 pct in December; the gap to the CBR is still more than 580 bps. His
line: "We are not going to sit back if lending rates stay sticky." Read that as a hint that
supervisory pressure, not just further cuts, is the next lever.

## 2. Inflation is not the constraint

Headline CPI was 4.4 pct y/y in January (4.5 pct in December), core 2.8 pct. Both are below the
5 pct midpoint of the 2.5-7.5 pct band. With food prices soft, there is little in the near-term
numbers to stop another move in April.

## 3. Credit is turning, slowly

Private sector credit growth: 6.3 pct in January, from 5.9 pct in December. Better, but the MPC
clearly wants more. The statement talks about "scope for a further easing of the monetary policy
stance to support lending by banks to the private sector".

[ALSO] Our take from December: why the CBK will keep cutting into 2026 |
/2025/12/cbk-keeps-cutting/

## 4. FX buffer is fat

Reserves at USD 12.4 bn, or 5.4 months of import cover. The shilling has been pinned around 129
for over a year (129.2 on Tuesday). The CBK is not worried about the currency, which gives it
room to keep easing.

## 5. Growth forecast unchanged

Q3 2025 GDP growth came in at 4.9 pct; the CBK still sees 5.5 pct for 2026. CRR stays at 3.25
pct.

## 6. KESONIA is the real story

Since banks now price new loans off KESONIA plus a risk premium, every CBR cut should feed into
the overnight rate and then into loan pricing much faster than under the old regime. The
governor clearly thinks the plumbing is in place. If average lending rates do not move much by
the April meeting, expect the CBK to start naming and shaming.

## What it means for bills and bonds

The 91-day T-bill cleared at 7.62 pct at last Thursday's auction, already pricing in this cut.
We would expect yields at the short end to drift a few bps lower into the next auction, with the
364-day doing most of the work. On the NSE, bank stocks were flat on Wednesday as investors
weighed thinner margins against loan growth.

Next MPC: April 7. Our base case is another 25 bps, to 8.50 pct, unless oil prices surprise.
"""

_S3_SHILLING = _shilling(
    "CBK cuts to 8.75 pct: five takeaways for rates traders",
    "https://shillingdesk.example/2026/02/cbk-cuts-to-8-75-pct-five-takeaways/",
    "2026-02-11T21:10:00+03:00", "Achieng Mireri", _S3_SHILLING_BODY,
    ["CBK", "MPC", "Interest rates", "T-bills", "KESONIA"],
)

STORY_3 = _story("cb-TE3", "central bank", "2026-02-14", [
    _page("https://www.meridianpress.example/markets/rates-bonds/kenyas-central-bank-cuts-key-"
          "rate-875-2026-02-10/", _S3_MPA),
    _page("https://www.nairobiledger.example/business/cbk-cuts-rate-again-tells-banks-lower-loan-"
          "costs", _S3_LEDGER),
    _page("https://shillingdesk.example/2026/02/cbk-cuts-to-8-75-pct-five-takeaways/",
          _S3_SHILLING),
], [])


# --------------------------------------------------------------------------------------------
# Story 4: Supreme Court of Canada, R. v. Halvorsen (phone searches at the border), decided
# Friday 6 March 2026. Planted: the split (5-4 vs 6-3, CanWire); who wrote the dissent
# (Justice Etienne Lacasse vs Justice Margaret Oduya, Bench & Bar); how long the declaration
# of invalidity is suspended (12 vs 18 months, Bench & Bar).
# --------------------------------------------------------------------------------------------

_S4_DOMINION_BODY = """
Border officers can no longer search the contents of a traveller's cellphone or laptop on a
whim, the Supreme Court of Canada ruled Friday, in a narrowly divided decision that gives
Parliament 12 months to write new rules for digital searches at ports of entry.

In a 5-4 judgment, the court found that the section of the Customs Act that lets officers
examine "goods" without any threshold of suspicion breaches the Charter's guarantee against
unreasonable search and seizure when it is applied to personal electronic devices.

"A cellphone is not a suitcase," Justice Priya Raghunathan wrote for the majority. "It holds the
most intimate details of a person's life, and the border does not dissolve the privacy that
attaches to them."

[AD]

The majority said officers must have reasonable grounds to suspect a contravention of customs
law before they search a device, a standard already used for some searches of the person. It
suspended its declaration that the provision is invalid for 12 months so the government can
legislate.

The ruling will be of little comfort to the man who brought the case. Marcus Halvorsen, of
Richmond, B.C., was stopped at Vancouver International Airport in January, 2022, after a flight
from Hong Kong. Officers from the Canada Border Services Agency (CBSA) looked through his phone
and found messages about shipments of chemicals used to make fentanyl. He was convicted in 2023
of importing controlled substances and sentenced to seven years in prison.

Although the majority found his rights had been violated, it declined to exclude the evidence,
saying officers had acted in good faith under a law that appeared valid at the time. His
conviction stands.

## A sharply worded dissent

Writing for the four dissenting judges, Justice Étienne Lacasse said the majority had failed to
give enough weight to Canada's sovereign interest in controlling what crosses its borders.

"The border has always been a place where the state's interest in controlling what enters the
country is at its height, and the expectation of privacy at its lowest," he wrote. "It is for
Parliament, not this court, to decide how that balance should be struck for the devices we all
now carry."

The dissent would have upheld the law as written.

[FIG] /images/2026/03/scc-exterior.jpg | The Supreme Court of Canada building in Ottawa. |
Dominion Standard file photo

Halvorsen's lawyer, Nadia Berkowitz, said the decision was bittersweet. "This is a victory for
every traveller in Canada, even if it comes too late for my client," she said in an interview.

The CBSA said in a statement that it was reviewing the decision. "The agency will continue to
examine goods, including digital devices, in accordance with the law," spokesperson Rebecca
Tully said.

According to CBSA figures cited in the ruling, officers examined digital devices 1,894 times in
2024, a tiny fraction of the tens of millions of travellers who entered the country.

The court heard the appeal on Oct. 14, 2025. Fourteen groups and agencies intervened, among them
the Canadian Civil Liberties Association and the Privacy Commissioner of Canada, both of which
argued that device searches should require at least reasonable suspicion.

[ALSO] The Charter does not stop at the airport gate |
/opinion/article-charter-does-not-stop-at-airport-gate/

A previous federal bill that would have set a lower threshold for device searches died on the
order paper. The government now has until March, 2027, to replace the provision before the
declaration takes effect.
"""

_S4_DOMINION = _dominion(
    "Supreme Court limits phone searches at the border in 5-4 ruling",
    "Majority says officers need reasonable suspicion to look through a traveller's devices,"
    " but upholds drug importer's conviction",
    "https://www.dominionstandard.example/politics/article-supreme-court-limits-phone-searches-"
    "border/",
    "2026-03-06T12:41:00-05:00", "March 6, 2026", "Justine Arsenault-Price",
    "Justice writer, Ottawa", _S4_DOMINION_BODY,
    [("Ottawa to table border bill this spring, sources say", "/politics/article-border-bill/"),
     ("Senate passes amended online harms act", "/politics/article-online-harms-act/")],
)

_S4_CANWIRE_BODY = """
The Supreme Court of Canada has ruled that border agents need reasonable grounds to suspect
wrongdoing before searching travellers' phones and laptops.

In a 6-3 decision released Friday, the court said the Customs Act provision that allows officers
to inspect goods crossing the border is unconstitutional when it is used to justify searches of
personal digital devices without any threshold.

The court suspended its declaration for 12 months to give Parliament time to respond.

Writing for the majority, Justice Priya Raghunathan said phones contain "the most intimate
details of a person's life" and cannot be treated like luggage.

Justice Étienne Lacasse, joined by two other judges, dissented, saying it should be left to
lawmakers to decide how far privacy extends at the border.

The case involved Marcus Halvorsen, who was stopped at Vancouver's airport in January 2022 and
whose phone contained messages about importing fentanyl precursors. He was later convicted and
sentenced to seven years.

The top court found his Charter rights were breached but said the evidence should not be thrown
out because border officers followed the law as it stood. His conviction was upheld.

"A cellphone is not a suitcase," Raghunathan wrote. "It holds the most intimate details of a
person's life, and the border does not dissolve the privacy that attaches to them."

In his dissent, Lacasse wrote that the border "has always been a place where the state's
interest in controlling what enters the country is at its height, and the expectation of privacy
at its lowest."

Halvorsen's lawyer, Nadia Berkowitz, called the ruling "a victory for every traveller in
Canada."

"It comes too late for my client, but it will matter to the next person who is pulled aside at
an airport and told to unlock their phone," she said in an interview.

Until the suspension expires, the current provision remains in force, meaning border officers
can continue to examine devices under existing CBSA policy.

Rebecca Tully, a spokesperson for the agency, said in a statement that officers "will continue
to examine goods, including digital devices, in accordance with the law."

The Canada Border Services Agency says it is reviewing the judgment. A previous federal bill
that would have set a lower threshold for device searches died on the order paper.

The B.C. Court of Appeal had upheld Halvorsen's conviction in 2024.

Civil liberties groups have for years argued that a smartphone is fundamentally different from
the suitcases and parcels the Customs Act was written to cover.

The Canadian Civil Liberties Association, one of 14 interveners in the case, said the ruling
brings Canada's rules closer to those of other democracies, while police associations warned it
could make it harder to detect child sexual abuse material and drug trafficking at the border.

CBSA figures show officers examined digital devices 1,894 times in 2024.

The Supreme Court heard arguments in the case last October.
"""

_S4_CANWIRE = _canwire(
    "Border agents need reasonable suspicion to search phones, Supreme Court rules",
    "https://canwire.example/national/justice/scc-border-phone-searches-halvorsen",
    "OTTAWA", "2026-03-06", "Kelsey Mahon, CanWire", _S4_CANWIRE_BODY,
)

_S4_BENCHBAR_BODY = """
The Supreme Court of Canada's decision in R. v. Halvorsen settles a question that appellate
courts have wrestled with for more than a decade: whether the broad power in s. 99(1)(a) of the
Customs Act to examine "goods" extends, without limits, to the contents of a traveller's phone.

By a 5-4 majority, the court held that it does not. Justice Priya Raghunathan, writing for the
majority, concluded that a suspicionless search of a personal digital device at the border
violates s. 8 of the Charter and cannot be saved under s. 1.

## The threshold

The majority adopted "reasonable grounds to suspect" as the constitutional minimum, rejecting
the Crown's fallback argument for a lower "reasonable general concern" standard. "A cellphone is
not a suitcase," Justice Raghunathan wrote, and the "routine" category of border searches cannot
stretch to cover an examination of its contents.

The remedy will attract the most attention from practitioners. The court declared s. 99(1)(a) of
no force or effect to the extent that it authorizes such searches, but suspended the declaration
for 18 months. Counsel advising border-crossing clients should note that, during the suspension,
the existing provision remains operative.

[AD]

## Section 24(2)

The appellant did not get the benefit of the finding. Applying the Grant framework, the majority
held that the CBSA officers acted in good faith, relying on a statute that had not been struck
down in British Columbia, and that the seriousness of the offence, importing fentanyl
precursors, favoured admission. The conviction and the seven-year sentence stand.

## The dissent

Justice Margaret Oduya wrote for the four dissenting judges. She would have found no breach at
all, reasoning that the border is a unique context in which "the state's interest in controlling
what enters the country is at its height." The dissent cautioned against the court designing a
search regime that Parliament is better placed to build, and noted that the majority's standard
may sit uneasily with searches for child sexual abuse material.

Practitioners we spoke to were split on whether the dissent's concerns will shape the
legislative response. "The majority has drawn the floor, not the ceiling," said Nadia Berkowitz,
who argued the appeal for Mr. Halvorsen. "Parliament can set a higher bar, and for laptops and
phones it should."

A Crown lawyer in Vancouver, who asked not to be named because she was not authorized to speak
publicly, said the decision would mostly formalize what the CBSA's internal policy already
requires. "Officers were told years ago not to go fishing. The difference is that now the courts
can test it," she said.

## What comes next

Fourteen interveners appeared at the hearing on October 14, 2025, including the Privacy
Commissioner of Canada and the Canadian Civil Liberties Association. Government lawyers told the
court that CBSA examined devices 1,894 times in 2024.

The Public Safety department has not said when it will table legislation. A previous bill that
proposed a lower threshold died on the order paper.
"""

_S4_BENCHBAR = _benchbar(
    "R. v. Halvorsen: SCC draws a line at the phone",
    "https://benchandbarweekly.example/scc/2026/03/r-v-halvorsen-scc-draws-a-line-at-the-phone/",
    "2026-03-09T08:00:00-05:00", "March 9, 2026", "Roderick Lam", _S4_BENCHBAR_BODY,
    "R. v. Halvorsen, 2026 SCC 7. Appeal heard October 14, 2025; judgment March 6, 2026. On "
    "appeal from the Court of Appeal for British Columbia.",
    [("Who will replace retiring Justice Bellefeuille?", "/scc/2026/02/bellefeuille/"),
     ("Solicitor-client privilege and the new lawyer search protocol", "/practice/privilege/")],
)

_S4_MPB_BODY = """
The Supreme Court of Canada says border officers can't search travellers' phones and other
digital devices without reasonable grounds to suspect wrongdoing.

The ruling, released Friday morning, is a split one: five judges in the majority, four in
dissent.

The majority found that a key section of the Customs Act, which lets Canada Border Services
Agency (CBSA) officers examine any goods coming into the country, violates the Charter of Rights
and Freedoms when used to go through the contents of a phone with no suspicion at all.

"A cellphone is not a suitcase," Justice Priya Raghunathan wrote.

The court gave the federal government 12 months to come up with new legislation before the
provision is struck down as it applies to devices.

[FIG] /images/2026/03/06/yvr-arrivals.jpg | Travellers arrive at Vancouver International
Airport. The case began with a phone search there in January 2022. | Ben Nelms/MPB

## 'Too late for my client'

The man at the centre of the case, Marcus Halvorsen, won the argument but not his freedom.

CBSA officers searched his phone after he landed in Vancouver on a flight from Hong Kong and
found messages linking him to shipments of fentanyl precursor chemicals. He is serving a
seven-year sentence.

The Supreme Court said the evidence could still be used because officers believed they were
following a valid law.

"This is a victory for every traveller in Canada, even if it comes too late for my client," his
lawyer, Nadia Berkowitz, told MPB News.

[AD]

Justice Étienne Lacasse, writing for the four dissenting judges, said the question of how much
privacy travellers have at the border is one for Parliament.

"It is for Parliament, not this court, to decide how that balance should be struck for the
devices we all now carry," he wrote.

## What it means for travellers

For now, nothing changes at airports and land crossings: the existing rules stay in force for
the next 12 months.

CBSA policy already tells officers to search devices only when there is a "multiplicity of
indicators" that evidence of a customs offence may be found, but the policy is not law and civil
liberties groups say it has not always been followed.

Brenda McAllister of the Canadian Civil Liberties Association, one of 14 interveners, said
travellers have long felt powerless at the border. "People hand over their phones because they
think they have no choice. Today the Supreme Court told them that their privacy comes with them
when they travel," she said.

In a statement, the CBSA said it was reviewing the ruling and would continue to carry out
examinations "in accordance with the law."

Officers examined digital devices 1,894 times in 2024, according to agency figures. That is a
tiny share of the tens of millions of people who cross into Canada every year, but civil
liberties groups say the searches fall hardest on a small number of frequent travellers.

[ALSO] How to protect your data when you cross the border |
/news/business/border-phone-privacy-tips

The court heard the case on Oct. 14, 2025.
"""

_S4_MPB = _mpb(
    "Border officers need reasonable suspicion to search your phone, Supreme Court rules",
    "https://www.mpb.example/news/politics/supreme-court-border-phone-search-1.8123456",
    "2026-03-06T14:20:00-05:00", "Mar 06, 2026 2:20 PM ET", "Aaron Delisle-Nakamura",
    _S4_MPB_BODY,
    [("Carbon rebate cheques: what's changing in April", "/news/business/rebate-april"),
     ("Winter storm to hit Maritimes this weekend", "/news/canada/maritimes-storm"),
     ("Leafs top Canadiens in overtime", "/sports/hockey/leafs-habs")],
)

STORY_4 = _story("court-TE4", "court", "2026-03-11", [
    _page("https://www.dominionstandard.example/politics/article-supreme-court-limits-phone-"
          "searches-border/", _S4_DOMINION),
    _page("https://canwire.example/national/justice/scc-border-phone-searches-halvorsen",
          _S4_CANWIRE),
    _page("https://benchandbarweekly.example/scc/2026/03/r-v-halvorsen-scc-draws-a-line-at-the-"
          "phone/", _S4_BENCHBAR),
    _page("https://www.mpb.example/news/politics/supreme-court-border-phone-search-1.8123456",
          _S4_MPB),
], [
    ("vote split", r"(?<![\d-])5 ?(-|–|to) ?4(?!\d)|five(-| to )four|five judges",
     r"(?<![\d-])6 ?(-|–|to) ?3(?!\d)|six(-| to )three|six judges"),
    ("author of the dissent", r"lacasse", r"oduya"),
    ("suspension of the declaration", r"(?<![\d.])(12|twelve)[- ]months?|\bone year\b",
     r"(?<![\d.])(18|eighteen)[- ]months?|year and a half"),
])


# --------------------------------------------------------------------------------------------
# Story 5: Hanul Aerospace's Baekho-1 maiden orbital attempt from Alcantara, Brazil, on the
# evening of Wednesday 28 January 2026 (local). Planted: when the first-stage anomaly came
# (about 52 vs about 30 seconds after liftoff, Korea Tech Herald); number of satellites on
# board (seven vs nine, Brazil Courier); Kim Do-hyun's title (chief executive vs chief
# technology officer, Brazil Courier).
# --------------------------------------------------------------------------------------------

_S5_ORBITAL_BODY = """
South Korean startup Hanul Aerospace lost its first orbital rocket Wednesday night when the
Baekho-1 suffered a first-stage anomaly less than a minute after lifting off from Brazil's
Alcântara Launch Center.

The two-stage rocket left the pad at 10:13 p.m. local time (0113 UTC Jan. 29) after a countdown
that had been held twice for upper-level winds. Hanul's webcast showed a clean liftoff and a
steady climb over the Atlantic before the vehicle began to pitch erratically about 52 seconds
into flight. Telemetry on the company's stream froze shortly afterward, and the broadcast cut to
a holding graphic.

In a statement about an hour later, Hanul said the rocket "experienced an anomaly during
first-stage flight" and fell into the ocean inside the pre-cleared hazard area. No one was hurt,
and the Brazilian Air Force, which operates the spaceport, said there was no damage to ground
facilities.

[FIG] /wp-content/uploads/2026/01/baekho1-pad.jpg | Baekho-1 on the pad at Alcântara ahead of
its first launch attempt. | Hanul Aerospace

## Seven small satellites lost

Baekho-1 was carrying seven small satellites for customers in South Korea, Brazil and India,
including a cubesat built by students at the Federal University of Maranhão and a technology
demonstrator for the Brazilian Space Agency. The rocket is designed to place up to 150 kilograms
into a 500-kilometer sun-synchronous orbit, putting it in the same small-launch class as Rocket
Lab's Electron.

"Failure on a maiden flight is painful, but it is also data," Hanul chief executive Kim Do-hyun
said in the statement. "We collected clean telemetry through the whole flight, and we will find
the cause. Our team will be back at Alcântara."

The company did not say what went wrong. Baekho-1's first stage is powered by a hybrid rocket
motor burning solid paraffin-based fuel with liquid oxidizer, a design Hanul has argued is
cheaper and safer to handle than all-liquid propulsion, while the upper stage uses a small
liquid-fueled engine.

[AD]

## A long road to the pad

The launch was the culmination of a campaign that began when Hanul shipped the rocket to
Maranhão last fall. A first attempt in December was scrubbed during the countdown because of a
faulty valve on the oxidizer system, and several later windows were lost to weather.

Hanul signed an agreement with Brazil's government in 2023 to use Alcântara, which sits just two
degrees south of the equator, for a series of commercial launches. Brazilian officials have been
eager to attract foreign launch companies to the site since a technology safeguards agreement
with the United States cleared the way for American-built components to be launched from there.

Kim said before the launch that the company had enough funding for at least two more flight
attempts and aimed to return to the pad in the second half of 2026.

Maiden flights of new rockets fail often. Several small-launch companies in the United States,
Europe and Asia lost their first vehicles before eventually reaching orbit, and investors in the
sector have generally treated a first-flight failure as expected rather than fatal.

Hanul has said it will share findings with the Korea AeroSpace Administration, the country's
space agency, which partly funded the development of the upper-stage engine.

[ALSO] Korea's launch startups race to reach orbit | /international/korea-launch-startups/
"""

_S5_ORBITAL = _orbital(
    "Hanul's Baekho-1 rocket fails on debut launch from Brazil",
    "The South Korean startup's first orbital attempt ended in the Atlantic after a first-stage"
    " anomaly.",
    "https://orbitalbeat.example/launch/2026/01/hanul-baekho-1-fails-debut-launch-brazil/",
    "2026-01-29T03:40:00Z", "January 28, 2026 10:40 pm EST", "Dana Whitlock", _S5_ORBITAL_BODY,
    [("Rocket Lab's Neutron clears key test milestone", "/launch/neutron-test-milestone/"),
     ("ISRO sets date for next PSLV mission", "/international/isro-next-pslv/")],
    "Hanul Aerospace",
)

_S5_KTH_BODY = """
Hanul Aerospace's first attempt to put satellites into orbit ended in failure Thursday morning
Korea time, when its Baekho-1 rocket developed a problem roughly 30 seconds after liftoff from
the Alcantara Launch Center in Brazil.

The launch took place at 10:13 a.m. Thursday Korea time, or Wednesday night in Brazil. According
to the Daejeon-based company, an anomaly occurred in the first stage during its ascent, and the
rocket fell into the sea within the safety zone designated by the Brazilian authorities. No
injuries were reported.

"Failure on a maiden flight is painful, but it is also data," Hanul CEO Kim Do-hyun said in a
statement. "We will find the cause."

[FIG] /photos/2026/01/29/hanul-control-room.jpg | Hanul Aerospace engineers watch the launch
from the company's control room in Daejeon. | Hanul Aerospace

The rocket carried seven small satellites, including payloads from a Korean university research
team and customers in Brazil and India. All were lost.

Hanul is one of a handful of Korean private firms trying to build a domestic commercial launch
business as the government pushes to grow the country's space industry. The Korea AeroSpace
Administration (KASA), launched in 2024, said it would support the company's investigation and
that the failure would not change its plans to help private launchers.

"This is a difficult day, but every space power has gone through failures like this," a KASA
official said, asking not to be named because the agency had not made a formal statement.

Shares of Hanul, which is listed on the tech-heavy Kosdaq, fell 21.4 percent on Thursday, their
biggest one-day drop since the company's initial public offering.

[AD]

The company chose Brazil's Alcantara, located near the equator in the state of Maranhao, because
a launch site close to the equator gives rockets an extra boost from the Earth's rotation, and
because Korea has limited options for launching southward from its own territory without flying
over neighboring countries.

Baekho-1, which is about 17 meters tall, uses a hybrid first-stage motor, which combines a solid
fuel with a liquid oxidizer. The company has argued that the technology is safer and cheaper
than conventional liquid rockets.

Industry watchers said the failure, while a setback, was not unusual. "Most new launch vehicles
do not succeed the first time. What matters now is how quickly Hanul can identify the cause and
fly again," said Choi Seung-min, a professor of aerospace engineering at a university in Seoul.

Among the lost payloads was a cubesat built by students at the Federal University of Maranhao,
designed to monitor mangrove forests along the Brazilian coast.

Kim said Hanul would try to fly again in the second half of 2026. Before the launch, he had said
the company had secured funding for at least two additional launches.

The launch had been delayed several times since December due to weather and technical problems,
including a valve issue that forced a scrub during a countdown.
"""

_S5_KTH = _kth(
    "Hanul's first orbital rocket fails shortly after liftoff in Brazil",
    "https://www.koreatechherald.example/view.php?ud=20260129000612",
    "2026-01-29 18:02", "2026-01-29T18:02:00+09:00", "Lee Ji-won", "jiwon@koreatechherald.example",
    _S5_KTH_BODY,
    [("Samsung to expand HBM output in Pyeongtaek", "/view.php?ud=20260129000411"),
     ("KASA picks contractors for lunar lander study", "/view.php?ud=20260128000377"),
     ("Startups flock to Pangyo as rents fall", "/view.php?ud=20260128000290")],
)

_S5_BRAZIL_BODY = """
A South Korean rocket carrying nine small satellites crashed into the Atlantic Ocean on
Wednesday night, less than a minute after lifting off from the Alcântara Launch Center in
Maranhão, in a setback for Brazil's efforts to turn the base into a commercial spaceport.

The Baekho-1, built by the company Hanul Aerospace, lifted off at 10:13 p.m. local time.
According to the Brazilian Air Force (FAB), which runs the base, the vehicle suffered a failure
in its first stage about 52 seconds into the flight and fell into the sea within the safety area
that had been closed to shipping and fishing boats.

"All safety procedures worked as planned. There were no injuries and no damage to the
installations of the Alcântara Launch Center," the FAB said in a note.

[FIG] /uploads/2026/01/alcantara-launch.jpg | The Baekho-1 rocket lifts off from Alcântara on
Wednesday night | FAB/Disclosure

Among the lost payloads was a cubesat developed by students at the Federal University of
Maranhão (UFMA), which was meant to test a low-cost sensor for monitoring mangrove forests along
the state's coast.

"My students spent two years on that satellite. We are sad, but they learned more in these two
years than in any classroom," said Professor Luciana Barros, who coordinated the UFMA project,
speaking to reporters in São Luís.

[AD]

Hanul's chief technology officer, Kim Do-hyun, said in a statement that the company had
collected "clean telemetry through the whole flight" and would find the cause. "Failure on a
maiden flight is painful, but it is also data," he said.

## Spaceport ambitions

The launch was closely watched in Brasília. The government has spent years trying to attract
foreign companies to Alcântara, whose position just south of the equator allows rockets to carry
heavier loads for the same fuel. A technology safeguards agreement signed with the United States
in 2019 removed a major obstacle to commercial use of the base.

The president of the Brazilian Space Agency (AEB), Ricardo Teixeira, said the failure would not
change plans. "Alcântara is open for business. Every launch, including this one, shows the world
that our centre can host international campaigns safely," he said.

Hanul's team arrived in Maranhão in 2025 to prepare the campaign, bringing dozens of Korean
engineers to the base. Its campaign was postponed several times since December, once because of
a valve problem during a countdown and several times because of strong winds.

The base, about 25 km from São Luís across the São Marcos Bay, has a troubled history. In 2003,
an explosion on the launch pad during preparations for a Brazilian rocket killed 21 technicians,
a tragedy that set the national space programme back by years.

Residents of quilombola communities near the base, descendants of people who escaped slavery,
have also long fought against plans to expand the centre onto their traditional lands, and
leaders of those communities have followed the commercial launch push with concern.

[ALSO] Quilombola communities demand land titles near Alcântara base |
/northeast/quilombola-alcantara-land-titles/
"""

_S5_BRAZIL = _brazil(
    "Korean rocket crashes into the sea after launch from Alcântara",
    "https://thebrazilcourier.example/science-tech/korean-rocket-crashes-alcantara/",
    "2026-01-29T09:15:00-03:00", "Rafael Drummond", _S5_BRAZIL_BODY,
    [("Lula's approval steady in new poll", "/politics/lula-approval-poll/"),
     ("Petrobras confirms new Equatorial Margin well", "/economy/petrobras-equatorial-margin/"),
     ("Carnival 2026: what to know in Salvador", "/northeast/carnival-salvador-2026/")],
)

STORY_5 = _story("rocket-TE5", "rocket", "2026-01-31", [
    _page("https://orbitalbeat.example/launch/2026/01/hanul-baekho-1-fails-debut-launch-brazil/",
          _S5_ORBITAL),
    _page("https://www.koreatechherald.example/view.php?ud=20260129000612", _S5_KTH),
    _page("https://thebrazilcourier.example/science-tech/korean-rocket-crashes-alcantara/",
          _S5_BRAZIL),
], [
    ("time of the first-stage anomaly", r"(?<![\d.:,])(52|fifty-two)(?![\d.:,%])",
     r"(?<![\d.:,])(30|thirty)(?![\d.:,%])( ?s| sec| seconds?|$)"),
    ("satellites on board", r"(?<![\d.:,-])(7|seven)(?![\d.:,%-])",
     r"(?<![\d.:,-])(9|nine)(?![\d.:,%-])"),
    ("Kim Do-hyun's title", r"\b(chief executive|ceo)\b",
     r"\b(chief technology officer|cto|technology chief)\b"),
])


# --------------------------------------------------------------------------------------------
# Story 6 (CONTROL): Vega C launches ESA's invented HALCYON ocean-current satellite from
# Kourou on Tuesday 19 May 2026 at 09:17 local (12:17 UTC, 14:17 CEST, 8:17 a.m. EDT). Every
# figure, time, date and name agrees across the three pages.
# --------------------------------------------------------------------------------------------

_S6_MPA_BODY = """
A European Vega C rocket put a satellite designed to map the movement of the world's ocean
surface into orbit on Tuesday, the European Space Agency said, giving scientists their first
global, near-daily view of surface currents.

The rocket lifted off from Europe's spaceport in Kourou, French Guiana, at 1217 GMT carrying
ESA's 1,180-kg HALCYON satellite, which separated from the upper stage 57 minutes later in a
sun-synchronous orbit about 690 km above the Earth.

ESA's ground station in Kiruna, Sweden, picked up the first signal from the spacecraft at 1349
GMT, and controllers at the agency's operations centre in Darmstadt, Germany, confirmed that its
solar array had deployed.

[AD]

"The spacecraft is healthy, its solar array is deployed and it is talking to us," HALCYON
mission manager Tomás Varela said from Darmstadt.

The launch went ahead at the opening of the day's window, with no holds in the countdown, and
the rocket's three solid-fuelled stages and its liquid-fuelled AVUM+ upper stage all performed
as planned, Avio said.

"Two-thirds of our planet is ocean, and until today we have had no way to see how its surface
moves everywhere at once, from one day to the next," ESA's Director of Earth Observation
Programmes Karin Albrecht-Moreau said.

HALCYON carries a Doppler radar that measures both ocean surface currents and the winds blowing
over them across a swath 1,700 km wide. Scientists say the data should improve weather and
climate models, help ships plan routes and make it easier to predict where oil spills, plastic
debris or people lost at sea will drift.

The mission, selected by ESA member states in 2021, cost about 385 million euros including
launch and operations. The satellite was built by an industrial consortium of 42 companies in 14
countries and is designed to operate for five years.

The launch was a further success for Vega C, the lightweight rocket built by Italy's Avio, which
returned to flight in December 2024 after a failure two years earlier grounded it.

Avio, which now markets and operates Vega C, said the flight showed the rocket was ready for a
faster launch rate. "Vega C delivered HALCYON exactly where it needed to be," said Giulia
Ferrante, Avio's head of launch operations.

Europe has been trying to restore its independent access to space after delays to the Ariane 6
heavy rocket and the grounding of Vega C left it reliant on U.S. launchers for some missions.

The satellite will be controlled from Darmstadt, with its data downlinked through ground
stations in Kiruna and on the Norwegian archipelago of Svalbard.

HALCYON will now go through about six months of testing and calibration before it begins routine
science operations. Existing satellites can only infer currents indirectly from small
differences in sea-surface height, a technique that works poorly close to coastlines.
"""

_S6_MPA = _mpa(
    "Europe's Vega C launches satellite to map ocean currents", "Science",
    "https://www.meridianpress.example/science/europes-vega-c-launches-satellite-map-ocean-"
    "currents-2026-05-19/",
    "PARIS, May 19", "2026-05-19T14:05:00Z", "May 19, 2026 2:05 PM UTC", "Claire Vauquelin",
    "Reporting by Claire Vauquelin; Editing by Helen Marsh",
    _S6_MPA_BODY,
    [("Airbus raises jet delivery target", "/business/aerospace-defense/airbus-deliveries/"),
     ("EU agrees space law framework", "/world/europe/eu-space-law/")],
)

_S6_ORBITAL_BODY = """
Europe's Vega C rocket launched the European Space Agency's HALCYON ocean-current mission
Tuesday morning, sending the 1,180-kilogram satellite into a sun-synchronous orbit roughly 690
kilometers up.

Liftoff from the Guiana Space Center in Kourou, French Guiana, came at 9:17 a.m. local time
(8:17 a.m. EDT; 1217 UTC), on time at the opening of the launch window. The four-stage rocket's
solid-fueled P120C first stage, Zefiro 40 second stage and Zefiro 9 third stage each burned out
and separated on schedule before the liquid-fueled AVUM+ upper stage fired twice to circularize
the orbit.

HALCYON separated from the upper stage 57 minutes after liftoff, at 9:14 a.m. EDT.

[FIG] /wp-content/uploads/2026/05/vega-c-halcyon-liftoff.jpg | Vega C lifts off from Kourou with
HALCYON. | ESA/CNES/Arianespace-Optique Video du CSG

About 35 minutes later, ESA's tracking station at Kiruna in northern Sweden acquired the
satellite's signal. "The spacecraft is healthy, its solar array is deployed and it is talking to
us," HALCYON mission manager Tomás Varela said from ESA's operations center in Darmstadt,
Germany.

## What HALCYON will do

HALCYON, the latest of ESA's Earth Explorer research satellites, carries a rotating Doppler
scatterometer that measures the speed and direction of ocean surface currents and of the winds
above them, across a swath 1,700 kilometers wide. Existing satellites infer currents indirectly
from sea-surface height, which works poorly near coasts and at the equator.

"Two-thirds of our planet is ocean," said Karin Albrecht-Moreau, ESA's director of Earth
observation programs. "Until today we have had no way to see how its surface moves everywhere at
once."

The mission, approved in 2021, has a total cost of about 385 million euros ($418 million)
including launch and five years of operations. An industrial team of 42 companies from 14
countries built the spacecraft.

[AD]

## Vega C's comeback continues

For Avio, the Italian company that builds Vega C and has taken over its commercial operation
from Arianespace, the launch adds to a string of successes since the vehicle returned to flight
in December 2024. Vega C was grounded for two years after a nozzle failure on its Zefiro 40
second stage destroyed two Airbus imaging satellites in December 2022.

"Vega C delivered HALCYON exactly where it needed to be," Avio head of launch operations Giulia
Ferrante said after separation.

Avio wants to fly Vega C more often as European governments push to reduce reliance on American
launch providers, a goal that gained urgency when delays to Ariane 6 and the Vega C grounding
left Europe without its own rides to orbit for many months. The company is also developing Vega
E, an upgraded version with a methane-fueled upper stage.

HALCYON was flown to French Guiana aboard a cargo aircraft in March, and engineers spent several
weeks testing and fueling it before it was mounted on the rocket. The countdown on Tuesday ran
without any holds.

HALCYON now begins a commissioning phase that is expected to last about six months.

[ALSO] ESA's next Earth Explorers: what's coming after HALCYON |
/science/esa-next-earth-explorers/
"""

_S6_ORBITAL = _orbital(
    "Vega C launches ESA's HALCYON to track ocean currents from orbit",
    "The Earth Explorer satellite reached a 690-kilometer sun-synchronous orbit after a"
    " morning launch from Kourou.",
    "https://orbitalbeat.example/launch/2026/05/vega-c-launches-esa-halcyon/",
    "2026-05-19T13:30:00Z", "May 19, 2026 9:30 am EDT", "Marcus Feld", _S6_ORBITAL_BODY,
    [("Ariane 6 to fly with four boosters for first time", "/launch/ariane-6-four-boosters/"),
     ("SpaceX launches more Starlink satellites", "/commercial/starlink-batch/")],
    "Vega C",
)

_S6_RMI_BODY = """
The European Space Agency's HALCYON satellite, designed to map ocean surface currents across the
whole planet, was successfully placed in orbit on Tuesday by a Vega C rocket launched from the
Guiana Space Centre in Kourou.

The light launcher lifted off at 9:17 local time, 14:17 in Paris. Fifty-seven minutes later, the
1,180-kilogram satellite separated from the rocket's upper stage at an altitude of about 690
kilometres, in a sun-synchronous orbit that will take it over the same places at the same local
time every day.

At 15:49 Paris time, ESA's station in Kiruna, in Swedish Lapland, received the first signal from
the satellite.

[FIG] /images/2026/05/19/halcyon-kourou.jpg | The Vega C rocket carrying HALCYON on the launch
pad in Kourou | ESA - S. Corvaja

"The spacecraft is healthy, its solar array is deployed and it is talking to us," said Tomás
Varela, the HALCYON mission manager, from ESA's operations centre.

## A radar to follow the oceans

The satellite carries a Doppler radar capable of measuring both the currents at the ocean's
surface and the winds blowing over it, in a band 1,700 kilometres wide.

"Two-thirds of our planet is ocean, and until today we have had no way to see how its surface
moves everywhere at once, from one day to the next," said Karin Albrecht-Moreau, director of
Earth observation programmes at ESA.

Until now, satellites have estimated currents only indirectly, from tiny variations in the
height of the sea surface, a method that struggles near coasts and around the equator.
Oceanographers expect the new data to refine weather forecasts and climate models. They could
also help search-and-rescue teams predict where a capsized boat or a person in the water is
likely to drift, and help track plastic waste.

"For fishermen in West Africa or sailors crossing the Atlantic, knowing where the current is
going is not an academic question," said Awa Ndiaye, an oceanographer in Dakar who worked on the
mission's science team.

Selected by ESA member states in 2021, HALCYON cost around 385 million euros, including the
launch and operations. It was built by 42 companies from 14 countries and is planned to operate
for five years.

[ALSO] Climate: ocean currents are changing faster than expected, study finds |
/en/science/ocean-currents-study/

## Vega C gains momentum

For the Italian-built Vega C, the flight is a new success after its return to service in
December 2024, two years after a failure that destroyed two satellites and grounded the rocket.

Avio, which builds the launcher and now commercialises it in place of Arianespace, hopes to
increase the pace of launches from Kourou. "Vega C delivered HALCYON exactly where it needed to
be," said Giulia Ferrante, who heads launch operations at Avio.

The satellite will now undergo about six months of in-orbit tests, led from ESA's operations
centre in Darmstadt, Germany, before its first scientific data are released. The countdown in
Kourou went smoothly, without a single hold, and the launch took place at the very start of the
day's window.
"""

_S6_RMI = _rmi(
    "Vega C puts ESA's ocean-watching satellite HALCYON into orbit",
    "https://www.rmi.example/en/science/20260519-vega-c-puts-esa-ocean-satellite-halcyon-"
    "into-orbit",
    "2026-05-19T17:00:00+02:00", "19/05/2026 - 17:00", _S6_RMI_BODY,
    [("Ariane 6: Europe's heavy launcher picks up the pace", "/en/science/ariane-6-pace/"),
     ("French Guiana: spaceport workers end strike", "/en/americas/guiana-spaceport-strike/")],
)

STORY_6 = _story("rocket-TE6", "rocket", "2026-05-22", [
    _page("https://www.meridianpress.example/science/europes-vega-c-launches-satellite-map-"
          "ocean-currents-2026-05-19/", _S6_MPA),
    _page("https://orbitalbeat.example/launch/2026/05/vega-c-launches-esa-halcyon/", _S6_ORBITAL),
    _page("https://www.rmi.example/en/science/20260519-vega-c-puts-esa-ocean-satellite-halcyon-"
          "into-orbit", _S6_RMI),
], [])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
