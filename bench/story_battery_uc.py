"""Part UC of the story battery (web pages).

Written by engineer UC1 on 2026-12-06 (twenty-first session, thirteenth batch) without
reading Storyline's rules or other parts, before any run; scored with
`bench/bench_story_battery.py UC`.

Six stories, each told by three or four invented outlets as whole scraped HTML pages: a
half-point rate cut by the (invented) Central Bank of Valmora (cb-UC1, four planted
disagreements: vote split, October inflation, a deputy's title, next meeting date); a rate hold
by the National Bank of Serevia (cb-UC2, CONTROL); a split Court of Appeal ruling letting
residents sue a water company over sewage floods (court-UC3, three planted: dissenting judge,
number of households, date of the storm); provisional anti-dumping duties on cold-rolled steel
in Valmora (trade-UC4, three planted: top duty rate, start date, duration); the first orbital
launch from a Scottish spaceport (rocket-UC5, CONTROL, with GMT/EDT and metric/imperial
conversions that agree); and a night-time earthquake in Serevia (quake-UC6, four planted:
magnitude, depth, local time, the civil-protection chief's surname, plus a later wire update in
which the toll "rose to" 11 that is NOT planted). Controls carry as many figures, dates, names
and quotes as the planted stories.
"""

from __future__ import annotations

import json
import re
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "UC", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------------------------
# Shared helpers: prose is written as plain text blocks separated by blank lines.
#   "## Heading"  -> sub-heading          "[AD]"  -> the outlet's advertisement slot
#   "* item" ...   -> bullet list          "[BOX]" -> the outlet's mid-article box
# --------------------------------------------------------------------------------------------

def _typo(text: str) -> str:
    text = re.sub(r'"([^"]*)"', "&#8220;\\1&#8221;", text)
    return text.replace("'", "&#8217;")


def _blocks(text: str, *, ad: str = "", box: str = "", curly: bool = False,
            p: str = "<p>{}</p>", h: str = "<h2>{}</h2>") -> str:
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines == ["[AD]"]:
            out.append(ad)
            continue
        if lines == ["[BOX]"]:
            out.append(box)
            continue
        if lines[0].startswith("* "):
            items: list[str] = []
            for ln in lines:
                if ln.startswith("* "):
                    items.append(ln[2:])
                else:
                    items[-1] += " " + ln
            fixed = [_typo(i) if curly else i for i in items]
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in fixed) + "</ul>")
            continue
        para = " ".join(lines)
        if curly:
            para = _typo(para)
        if para.startswith("## "):
            out.append(h.format(para[3:]))
        else:
            out.append(p.format(para))
    return "\n".join(out)


def _ld(kind: str, headline: str, pub: str | None, author: str, org: str) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline,
                            "author": {"@type": "Person", "name": author},
                            "publisher": {"@type": "Organization", "name": org}}
    if pub:
        data["datePublished"] = pub
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def _links(items: list[tuple[str, str]], cls: str) -> str:
    return (f'<ul class="{cls}">'
            + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in items) + "</ul>")


# --------------------------------------------------------------------------------------------
# Outlet templates
# --------------------------------------------------------------------------------------------

def _meridian(url: str, section: str, headline: str, summary: str, pub_iso: str,
              pub_show: str, byline: str, body: str, credit: str,
              related: list[tuple[str, str]]) -> str:
    """Meridian Wire: international wire service, US spelling, terse furniture."""
    ad = ('<div class="mw-ad" aria-hidden="true"><span>Advertisement &middot; Scroll to'
          ' continue</span><div id="mw-ad-mid"></div></div>')
    text = _blocks(body, ad=ad, p='<p class="mw-para" data-testid="paragraph">{}</p>')
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{headline} | Meridian Wire</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{pub_iso}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
{_ld("NewsArticle", headline, pub_iso, byline, "Meridian Wire")}
</head>
<body class="mw-article">
<a class="skip" href="#main">Skip to main content</a>
<div id="mw-consent" role="dialog" aria-label="Cookie preferences">
<p>Meridian and its partners use cookies and similar technologies to deliver content,
measure audiences and personalise advertising. <a href="/privacy">Learn more</a></p>
<button>Accept all</button> <button>Reject all</button> <button>Manage settings</button>
</div>
<header class="mw-top">
<a class="logo" href="/">MERIDIAN</a>
<nav aria-label="Sections">{_links([("/world/", "World"), ("/business/", "Business"),
    ("/markets/", "Markets"), ("/science/", "Science"), ("/legal/", "Legal"),
    ("/breakingviews/", "Views")], "mw-nav")}</nav>
<a class="mw-sub" href="/subscribe/">Subscribe</a> <a href="/account/sign-in/">Sign In</a>
</header>
<main id="main">
<article>
<nav class="crumbs"><a href="/{section.lower()}/">{section}</a></nav>
<h1 data-testid="Heading">{headline}</h1>
<div class="mw-meta"><address>By {byline}</address>
<time datetime="{pub_iso}">{pub_show}</time>
<span class="mw-read">5 minute read</span></div>
<div class="mw-share"><button>Share</button><button>X</button><button>LinkedIn</button>
<button>Email</button><button>Copy link</button></div>
<div class="mw-body">
{text}
<p class="mw-credit">{credit}</p>
<p class="mw-standards"><a href="/principles/">Our Standards: The Meridian Trust
Principles.</a></p>
</div>
</article>
<aside class="mw-related"><h2>Read Next</h2>{_links(related, "mw-rel")}</aside>
</main>
<footer class="mw-foot">
{_links([("/about/", "About Meridian"), ("/careers/", "Careers"), ("/terms/", "Terms of Use"),
         ("/privacy/", "Privacy"), ("/accessibility/", "Accessibility")], "mw-foot-links")}
<p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Meridian Wire. All rights
reserved.</p>
</footer>
</body>
</html>
"""


def _ratedesk(url: str, headline: str, dek: str, author: str, pub_iso: str, pub_show: str,
              body: str, tags: list[str], comments: int) -> str:
    """The Rate Desk: independent rates/macro blog, %, bp, bullet lists, disclaimer."""
    box = ('<div class="rd-inline-signup"><strong>Get the Rate Desk in your inbox.</strong>'
           ' Central bank previews and post-mortems, twice a week. <input type="email"'
           ' placeholder="you@example.com"> <button>Sign up</button></div>')
    text = _blocks(body, box=box, h="<h3>{}</h3>")
    tag_html = " ".join(f'<a rel="tag" href="/tag/{t.lower().replace(" ", "-")}/">#{t}</a>'
                        for t in tags)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} &mdash; The Rate Desk</title>
<meta name="description" content="{dek}">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{pub_iso}">
<meta name="author" content="{author}">
<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="The Rate Desk">
</head>
<body>
<a href="#post" class="sr-only">Skip to post</a>
<header class="rd-masthead">
<a href="/" class="rd-brand">The Rate Desk</a>
<span class="rd-tagline">Central banks, curves and the occasional hot take</span>
<nav>{_links([("/", "Home"), ("/central-banks/", "Central banks"), ("/fx/", "FX"),
               ("/calendar/", "Meeting calendar"), ("/about/", "About")], "rd-nav")}</nav>
</header>
<main id="post" class="rd-post">
<h1>{headline}</h1>
<p class="rd-dek">{dek}</p>
<p class="rd-byline">{author} &middot; <time datetime="{pub_iso}">{pub_show}</time>
&middot; <a href="#comments">{comments} comments</a></p>
<div class="rd-content">
{text}
</div>
<p class="rd-tags">{tag_html}</p>
<div class="rd-share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Bluesky</a>
<a href="#">Email</a></div>
<div class="rd-disclaimer"><em>Nothing on this site is investment advice. Views are the
author's own and may change without notice.</em></div>
<section id="comments"><h2>{comments} comments</h2><p>Comments are open to subscribers.
<a href="/login/">Log in</a> to join the discussion.</p></section>
</main>
<aside class="rd-sidebar"><h2>Popular this week</h2>
<ol><li><a href="/2025/11/bond-vigilantes-back/">Are the bond vigilantes back? Probably
not</a></li><li><a href="/2025/10/terminal-rate-maths/">Terminal-rate maths for small open
economies</a></li><li><a href="/calendar/">Next week's meeting calendar</a></li></ol>
</aside>
<footer class="rd-footer"><p>&copy; The Rate Desk. Built with too much coffee.
<a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookies</a></p></footer>
</body>
</html>
"""


def _herald(url: str, section: str, headline: str, standfirst: str, byline: str,
            role: str, pub_iso: str, pub_show: str, body: str, img: tuple[str, str, str],
            most_read: list[str]) -> str:
    """Valmora Herald: national daily (UK spelling, 'per cent'), JSON-LD, most-read box."""
    ad = ('<aside class="vh-advert"><p class="vh-advert-label">Advertisement</p>'
          '<div class="vh-advert-slot" data-slot="inarticle-1"></div></aside>')
    box = ('<aside class="vh-newsletter"><h3>Herald Morning Briefing</h3><p>The day\'s'
           ' essential news, in your inbox by 7am.</p><button>Sign up</button></aside>')
    text = _blocks(body, ad=ad, box=box, curly=True, h='<h2 class="vh-sub">{}</h2>')
    src, cap, cred = img
    reads = "".join(f'<li><a href="/{i}/">{t}</a></li>' for i, t in enumerate(most_read, 1))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{headline} | {section} | The Valmora Herald</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="{standfirst}">
<meta property="og:site_name" content="The Valmora Herald">
<meta property="article:published_time" content="{pub_iso}">
<meta name="twitter:card" content="summary_large_image">
{_ld("NewsArticle", headline, pub_iso, byline, "The Valmora Herald")}
</head>
<body>
<div class="vh-skip"><a href="#maincontent">Skip to main content</a>
<a href="#navigation">Skip to navigation</a></div>
<div class="vh-consent">
<p>We value your privacy. We and our 212 partners store and access information on your device
to show you personalised ads and content. You can change your choices at any time.</p>
<button>I agree</button> <button>Options</button>
</div>
<header id="navigation" class="vh-header">
<p class="vh-support">Support independent journalism &rarr; <a href="/subscribe">Subscribe
from 29 crowns a month</a></p>
<a class="vh-logo" href="/">The Valmora Herald</a>
<nav>{_links([("/news", "News"), ("/politics", "Politics"), ("/business", "Business"),
               ("/economy", "Economy"), ("/opinion", "Opinion"), ("/sport", "Sport"),
               ("/culture", "Culture")], "vh-pillars")}</nav>
</header>
<main id="maincontent">
<article class="vh-article">
<a class="vh-section" href="/{section.lower()}">{section}</a>
<h1>{headline}</h1>
<p class="vh-standfirst">{standfirst}</p>
<figure class="vh-lead"><img src="{src}" alt="">
<figcaption>{cap} <span class="vh-credit">Photograph: {cred}</span></figcaption></figure>
<div class="vh-byline"><a rel="author" href="/profile/{byline.lower().replace(" ", "-")}">
{byline}</a> <span>{role}</span></div>
<time class="vh-dateline" datetime="{pub_iso}">{pub_show}</time>
<div class="vh-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Share via Email</a> <span class="vh-comments">Comments</span></div>
<div class="vh-body">
{text}
</div>
</article>
<aside class="vh-mostviewed"><h2>Most viewed</h2><ol>{reads}</ol></aside>
</main>
<footer class="vh-footer">
<p>&copy; 2025 Herald News &amp; Media Ltd. All rights reserved.</p>
{_links([("/help", "Help"), ("/complaints", "Complaints &amp; corrections"),
         ("/privacy", "Privacy policy"), ("/cookies", "Cookie policy"),
         ("/contact", "Contact us")], "vh-foot")}
</footer>
</body>
</html>
"""


def _vbc(url: str, headline: str, body: str, img: tuple[str, str, str],
         topics: list[str], more: list[tuple[str, str]]) -> str:
    """VBC News: Valmoran public broadcaster, explainer style, no visible date."""
    text = _blocks(body, h='<h2 class="vbc-crosshead">{}</h2>',
                   p='<p class="vbc-text">{}</p>')
    src, cap, cred = img
    topic_html = " ".join(f'<a href="/news/topics/{t.lower()}">{t}</a>' for t in topics)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - VBC News</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="VBC News">
<meta name="robots" content="max-image-preview:large">
</head>
<body>
<div id="vbc-cookie-banner">
<h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to
all of these cookies.</p>
<button>Yes, I agree</button> <a href="/usingthevbc/cookies/">No, take me to settings</a>
</div>
<a href="#main-content" class="vbc-skip">Skip to content</a>
<header class="vbc-masthead"><a href="/" class="vbc-blocks">VBC</a>
<nav>{_links([("/", "Home"), ("/news", "News"), ("/sport", "Sport"), ("/weather", "Weather"),
               ("/radio", "Radio"), ("/play", "VBC Play")], "vbc-global")}</nav>
<nav>{_links([("/news", "Home"), ("/news/valmora", "Valmora"), ("/news/world", "World"),
               ("/news/business", "Business"), ("/news/politics", "Politics"),
               ("/news/science", "Science")], "vbc-news-nav")}</nav>
</header>
<main id="main-content">
<article>
<h1 id="main-heading">{headline}</h1>
<div class="vbc-byline"><span>Business team</span> <span>VBC News</span></div>
<button class="vbc-listen">Listen to this article</button>
<figure><img src="{src}" alt="">
<span class="vbc-copyright">{cred}</span><figcaption>{cap}</figcaption></figure>
{text}
<section class="vbc-topics"><h2>Related topics</h2>{topic_html}</section>
</article>
<section class="vbc-more"><h2>More on this story</h2>{_links(more, "vbc-more-list")}</section>
</main>
<footer>
<p>Copyright &copy; 2025 VBC. The VBC is not responsible for the content of external sites.
<a href="/editorialguidelines/">Read about our approach to external linking.</a></p>
{_links([("/terms", "Terms of Use"), ("/aboutthevbc", "About the VBC"),
         ("/privacy", "Privacy Policy"), ("/accessibility", "Accessibility Help"),
         ("/contact", "Contact the VBC")], "vbc-footer-links")}
</footer>
</body>
</html>
"""


def _novtimes(url: str, section: str, headline: str, lead: str, author: str, pub_iso: str,
              pub_show: str, upd_show: str | None, body: str, img: tuple[str, str, str],
              latest: list[str]) -> str:
    """The Novigrad Times: Serevia's English-language daily, numeric dates, tag cloud."""
    ad = ('<div class="nt-banner"><small>ADVERTISEMENT</small>'
          '<a href="https://ads.example/click?id=8812"><img src="/ads/8812.jpg" alt=""></a></div>')
    text = _blocks(body, ad=ad, h="<h3>{}</h3>")
    src, cap, cred = img
    upd = f' | Updated: {upd_show}' if upd_show else ""
    latest_html = "".join(f"<li>{t}</li>" for t in latest)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} - The Novigrad Times</title>
<meta name="description" content="{lead}">
<meta property="og:title" content="{headline}">
<meta property="og:image" content="{src}">
<meta property="article:published_time" content="{pub_iso}">
<meta property="article:section" content="{section}">
</head>
<body class="nt">
<div class="nt-topbar"><span>Novigrad</span> <span class="nt-weather">Weather</span>
<a href="/epaper">E-paper</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a>
</div>
<header><a class="nt-logo" href="/">THE NOVIGRAD TIMES</a>
<span class="nt-since">Serevia's English-language daily since 1994</span>
<nav>{_links([("/politics", "Politics"), ("/economy", "Economy"), ("/region", "Region"),
               ("/society", "Society"), ("/opinion", "Opinion"), ("/sports", "Sports")],
              "nt-menu")}</nav></header>
<div class="nt-cookies">This website uses cookies. By continuing to browse the site you
agree to our use of cookies. <a href="/cookies">More info</a> <button>OK</button></div>
<main>
<article>
<p class="nt-kicker">{section}</p>
<h1>{headline}</h1>
<p class="nt-lead"><strong>{lead}</strong></p>
<p class="nt-meta">{author} | Published: {pub_show}{upd}</p>
<figure><img src="{src}" alt=""><figcaption>{cap} (Photo: {cred})</figcaption></figure>
{text}
<div class="nt-share">Share: Facebook | X | WhatsApp | Viber | Print</div>
</article>
<aside class="nt-latest"><h2>Latest news</h2><ul>{latest_html}</ul></aside>
</main>
<footer class="nt-footer"><p>The Novigrad Times &middot; Bulevar Oslobođenja 17, Novigrad</p>
<p>Reproduction of content without permission is prohibited. &copy; 1994-2026</p></footer>
</body>
</html>
"""


def _ledger(url: str, headline: str, standfirst: str, byline: str, role: str,
            pub_iso: str, pub_show: str, body: str, img: tuple[str, str, str],
            related: list[tuple[str, str]]) -> str:
    """The Ledger: UK national daily, 'per cent', £m, curly quotes, related links."""
    ad = ('<div class="ldg-ad-wrap"><div class="ldg-ad-label">Advertisement</div>'
          '<div class="ldg-ad" id="dfp-ad--inline1"></div></div>')
    box = ('<aside class="ldg-rich-link"><p>Related:</p><a href="'
           + related[0][0] + '">' + related[0][1] + "</a></aside>")
    text = _blocks(body, ad=ad, box=box, curly=True)
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} | Law | The Ledger</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{pub_iso}">
<meta property="article:author" content="{byline}">
{_ld("NewsArticle", headline, pub_iso, byline, "The Ledger")}
</head>
<body>
<a class="ldg-skip" href="#maincontent">Skip to main content</a>
<div class="ldg-cmp"><p>Yes, we use cookies. So do our partners. Some are essential, others
help us pay for journalism. <a href="/info/privacy">Privacy policy</a></p>
<button>Yes, I&#8217;m happy</button> <button>Manage my cookies</button></div>
<header class="ldg-header"><a href="/" class="ldg-logo">The Ledger</a>
<nav>{_links([("/uk-news", "UK"), ("/world", "World"), ("/business", "Business"),
               ("/law", "Law"), ("/environment", "Environment"), ("/opinion", "Opinion")],
              "ldg-nav")}</nav>
<a class="ldg-support" href="/contribute">Support the Ledger</a></header>
<main id="maincontent">
<article>
<div class="ldg-series"><a href="/law">Law</a> / <a href="/environment/water">Water</a></div>
<h1>{headline}</h1>
<div class="ldg-standfirst"><p>{standfirst}</p></div>
<figure><img src="{src}" alt=""><figcaption>{cap} Photograph: {cred}</figcaption></figure>
<address class="ldg-byline"><a rel="author" href="/profile/owenmarsh">{byline}</a>
{role}</address>
<div class="ldg-date">{pub_show}</div>
<div class="ldg-share"><a href="#">Share</a> <a href="#">Gift article</a></div>
<div class="ldg-body">
{text}
</div>
<p class="ldg-explore">Explore more on these topics: <a href="/law">Law</a>
<a href="/environment/water">Water</a> <a href="/environment/pollution">Pollution</a>
<a href="/uk/berkshire">Berkshire</a></p>
</article>
<aside class="ldg-related"><h2>More on this story</h2>{_links(related, "ldg-rel")}</aside>
</main>
<footer><p>&copy; 2025 Ledger News &amp; Media Limited or its affiliated companies. All
rights reserved.</p></footer>
</body>
</html>
"""


def _bbn(url: str, region: str, headline: str, summary: str, byline: str, date_show: str,
         body: str, img: tuple[str, str, str], related: list[tuple[str, str]]) -> str:
    """Britannia Broadcasting News: UK public broadcaster, date only, short paragraphs."""
    text = _blocks(body, h="<h2>{}</h2>")
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} - BBN News</title>
<meta name="description" content="{summary}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="BBN News">
</head>
<body>
<a href="#main-content" class="bbn-skip">Skip to content</a>
<div class="bbn-consent"><p>BBN uses cookies. We&#8217;d like to set additional cookies to
understand how you use BBN Online. <a href="/cookies">Find out more</a></p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<header><a href="/" class="bbn-logo">BBN</a>
<nav>{_links([("/news", "Home"), ("/news/uk", "UK"), ("/news/world", "World"),
               ("/news/business", "Business"), ("/news/science", "Science"),
               ("/news/" + region.lower(), region)], "bbn-nav")}</nav>
<a href="/signin">Sign in</a></header>
<main id="main-content">
<article>
<h1>{headline}</h1>
<div class="bbn-date"><time>{date_show}</time></div>
<div class="bbn-share"><button>Share</button> <button>Save</button></div>
<div class="bbn-contrib"><strong>{byline}</strong></div>
<figure><img src="{src}" alt=""><span class="bbn-credit">{cred}</span>
<figcaption>{cap}</figcaption></figure>
{text}
<p class="bbn-follow">Follow BBN {region} on Facebook, X and Instagram. Send your story
ideas to the newsroom via WhatsApp.</p>
</article>
<section class="bbn-related"><h2>Related</h2>{_links(related, "bbn-rel")}</section>
</main>
<footer><p>Copyright 2026 BBN. All rights reserved. The BBN is not responsible for the
content of external sites.</p></footer>
</body>
</html>
"""


def _waterbrief(url: str, headline: str, dek: str, author: str, date_show: str,
                body: str) -> str:
    """WaterBrief: specialist site for the water sector, compact numeric date, premium tag."""
    box = ('<div class="wb-cta"><p><b>WaterBrief Premium</b>: regulation, price controls and'
           ' enforcement, every weekday. <a href="/subscribe">Start a free trial</a></p></div>')
    text = _blocks(body, box=box, curly=True, h="<h3>{}</h3>")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} :: WaterBrief</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta name="keywords" content="sewer flooding, nuisance, Court of Appeal, Water Industry Act">
</head>
<body>
<a class="wb-skip" href="#content">Skip to content</a>
<div class="wb-cookie">We use essential cookies to make this site work, and optional
analytics cookies to improve it. <button>Accept</button> <button>Essential only</button></div>
<header class="wb-head"><a href="/" class="wb-logo">WaterBrief</a>
<nav>{_links([("/news", "News"), ("/regulation", "Regulation"), ("/legal", "Legal"),
               ("/networks", "Networks"), ("/events", "Events"), ("/jobs", "Jobs")],
              "wb-nav")}</nav></header>
<main id="content">
<article>
<p class="wb-label"><span class="wb-premium">PREMIUM</span> Analysis | Legal</p>
<h1>{headline}</h1>
<p class="wb-dek">{dek}</p>
<p class="wb-author">By {author} | {date_show}</p>
{text}
<div class="wb-share">Share this article: LinkedIn | Email</div>
</article>
<aside class="wb-events"><h2>Upcoming events</h2><ul><li>Networks &amp; Resilience Summit,
Birmingham</li><li>Regulation Forum webinar series</li></ul></aside>
</main>
<footer><p>WaterBrief is published by Channel Flow Media Ltd. Registered in England and
Wales.</p></footer>
</body>
</html>
"""


def _steelbeat(url: str, headline: str, dek: str, author: str, date_show: str,
               body: str, table: str) -> str:
    """SteelBeat: steel-market trade publication, '%', tonnes, price table."""
    ad = ('<div class="sb-ad"><span>Sponsored</span> Hot-dip galvanizing lines &mdash;'
          ' request a quote from Norrmet Engineering</div>')
    text = _blocks(body, ad=ad, box=table, h="<h2>{}</h2>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | SteelBeat</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="SteelBeat">
</head>
<body>
<a href="#article" class="skip-link">Skip to article</a>
<div class="sb-ticker">HRC N. Europe &#9650; | Scrap HMS 1&amp;2 &#9660; | Iron ore 62% Fe
&#9650; | <a href="/prices">All prices</a></div>
<header><a href="/" class="sb-logo">SteelBeat</a>
<nav>{_links([("/news", "News"), ("/prices", "Prices"), ("/trade-cases", "Trade cases"),
               ("/flat", "Flat"), ("/long", "Long"), ("/raw-materials", "Raw materials")],
              "sb-nav")}</nav>
<a href="/login" class="sb-login">Subscriber login</a></header>
<main id="article">
<article>
<p class="sb-cat"><a href="/trade-cases">Trade cases</a></p>
<h1>{headline}</h1>
<p class="sb-dek">{dek}</p>
<p class="sb-by">{author} | {date_show}</p>
{text}
</article>
<aside><h2>Most read</h2><ol><li>Scrap prices slide as export demand cools</li>
<li>Galvanized premiums hold despite weak auto orders</li>
<li>Mill outages: November maintenance schedule</li></ol></aside>
</main>
<footer><p>&copy; SteelBeat. Prices and assessments may not be redistributed.
<a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def _beacon(url: str, headline: str, author: str, pub_show: str, body: str,
            img: tuple[str, str, str]) -> str:
    """The Northern Beacon: Caithness local paper, local ads, reader comments."""
    ad = ('<div class="nb-ad"><p>ADVERTISEMENT</p><p>Pentland Motors, Wick &ndash; winter'
          ' tyre checks from &pound;15. Call today.</p></div>')
    text = _blocks(body, ad=ad, curly=True)
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{headline} | The Northern Beacon</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="The Northern Beacon">
</head>
<body>
<a class="nb-skip" href="#story">Skip to story</a>
<div class="nb-cookies">Our site uses cookies. <button>Accept</button>
<a href="/cookie-policy">Cookie policy</a></div>
<header><a class="nb-masthead" href="/">The Northern Beacon</a>
<p class="nb-strap">Serving Caithness and North Sutherland</p>
<nav>{_links([("/news", "News"), ("/sport", "Sport"), ("/whats-on", "What&#8217;s On"),
               ("/community", "Community"), ("/notices", "Family notices"),
               ("/jobs", "Jobs")], "nb-nav")}</nav></header>
<main id="story">
<article>
<h1>{headline}</h1>
<p class="nb-by">By {author}</p>
<p class="nb-date">Published: {pub_show}</p>
<figure><img src="{src}" alt=""><figcaption>{cap} Picture: {cred}</figcaption></figure>
{text}
<p class="nb-tip">Got a story? Email the newsroom or call our news desk.</p>
</article>
<aside><h2>Latest from the Beacon</h2><ul><li>Thurso lifeboat called to two incidents in a
day</li><li>Community council backs new path to Castlehill</li><li>Primary pupils win
national poetry prize</li></ul></aside>
<section class="nb-comments"><h2>Comments</h2><p>Please log in or register to comment.</p>
</section>
</main>
<footer><p>&copy; Northern Beacon Newspapers Ltd. Part of Highland Local Media.</p>
</footer>
</body>
</html>
"""


def _orbital(url: str, headline: str, dek: str, author: str, date_show: str, pub_iso: str,
             body: str, img: tuple[str, str, str]) -> str:
    """Orbital Dispatch: US specialist space-news site, imperial conversions."""
    box = ('<div class="od-support"><p>Orbital Dispatch is reader-supported. Become a'
           ' member for ad-free reading and our launch schedule newsletter.</p>'
           '<a href="/membership">Join now</a></div>')
    ad = '<div class="od-ad">Advertisement</div>'
    text = _blocks(body, box=box, ad=ad, curly=True, h="<h2>{}</h2>")
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{headline} - Orbital Dispatch</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{pub_iso}">
{_ld("Article", headline, pub_iso, author, "Orbital Dispatch")}
</head>
<body>
<a href="#content" class="screen-reader-text">Skip to content</a>
<header class="od-header"><a href="/" class="od-logo">Orbital Dispatch</a>
<nav>{_links([("/launch", "Launch"), ("/exploration", "Exploration"), ("/business", "Business"),
               ("/defense", "Defense"), ("/launch-schedule", "Launch schedule")],
              "od-menu")}</nav>
<a class="od-member" href="/membership">Become a member</a></header>
<div class="od-gdpr">We use cookies to analyze traffic and serve ads. <button>OK</button>
</div>
<main id="content">
<article>
<h1>{headline}</h1>
<p class="od-dek">{dek}</p>
<p class="od-meta">by <a href="/author/">{author}</a> &mdash; {date_show}</p>
<figure><img src="{src}" alt=""><figcaption>{cap} Credit: {cred}</figcaption></figure>
{text}
<p class="od-tags">Filed under: Launch, Europe, Small launchers</p>
</article>
<aside><h2>Related</h2><ul><li>European small-launcher race: who flies next?</li>
<li>Inside the UK's spaceport licensing regime</li></ul></aside>
</main>
<footer><p>&copy; 2026 Orbital Dispatch LLC. All rights reserved.</p></footer>
</body>
</html>
"""


def _srt(url: str, headline: str, lead: str, pub_show: str, upd_show: str, body: str,
         img: tuple[str, str, str]) -> str:
    """SRT World: Serevian public broadcaster's English service, live-updated time stamps."""
    text = _blocks(body, h='<h2 class="srt-h">{}</h2>')
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{headline} | SRT World</title>
<meta name="description" content="{lead}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="SRT World - Serevian Radio Television">
</head>
<body>
<a class="srt-skip" href="#srt-main">Skip to main content</a>
<div class="srt-cookie">SRT uses cookies for statistics and to improve your experience.
<button>Allow</button> <button>Refuse</button></div>
<header><a class="srt-logo" href="/en/">SRT World</a>
<nav>{_links([("/en/serevia", "Serevia"), ("/en/region", "Region"), ("/en/world", "World"),
               ("/en/economy", "Economy"), ("/en/live", "Live TV")], "srt-nav")}</nav>
<a href="/sr/" lang="sr">Srpski</a></header>
<main id="srt-main">
<article>
<h1>{headline}</h1>
<p class="srt-time">{pub_show} | Updated {upd_show}</p>
<p class="srt-lead"><strong>{lead}</strong></p>
<figure><img src="{src}" alt=""><figcaption>{cap} &copy; {cred}</figcaption></figure>
{text}
<div class="srt-share">Share: Facebook | X | Telegram</div>
</article>
<aside><h2>Watch</h2><ul><li>Live: SRT 1 special programme on the earthquake</li>
<li>Video: rescuers search collapsed houses in Brezna</li></ul></aside>
</main>
<footer><p>&copy; SRT - Serevian Radio Television. All rights reserved.</p></footer>
</body>
</html>
"""


def _contpost(url: str, headline: str, dek: str, byline: str, pub_iso: str, pub_show: str,
              body: str, img: tuple[str, str, str]) -> str:
    """The Continental Post: US national daily, world desk, AM/PM times, gift links."""
    ad = '<div class="cp-ad" data-ad="inline"><span>ADVERTISEMENT</span></div>'
    box = ('<div class="cp-nl"><strong>World Brief</strong> The most important global'
           ' stories, every weekday morning. <button>Sign up</button></div>')
    text = _blocks(body, ad=ad, box=box, curly=True)
    src, cap, cred = img
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{headline} - The Continental Post</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{pub_iso}">
{_ld("NewsArticle", headline, pub_iso, byline, "The Continental Post")}
</head>
<body>
<a href="#main" class="cp-skip">Skip to main content</a>
<header class="cp-header"><a href="/" class="cp-logo">The Continental Post</a>
<nav>{_links([("/politics", "Politics"), ("/world", "World"), ("/business", "Business"),
               ("/climate", "Climate"), ("/opinions", "Opinions"), ("/tech", "Tech")],
              "cp-nav")}</nav>
<a href="/subscribe" class="cp-sub">Subscribe</a> <a href="/signin">Sign in</a></header>
<main id="main">
<article>
<p class="cp-kicker"><a href="/world/europe">Europe</a></p>
<h1>{headline}</h1>
<p class="cp-dek">{dek}</p>
<div class="cp-byline">By {byline}</div>
<div class="cp-time"><time datetime="{pub_iso}">{pub_show}</time></div>
<div class="cp-tools"><button>Gift Article</button> <button>Share</button>
<button>Comment</button></div>
<figure><img src="{src}" alt=""><figcaption>{cap} ({cred})</figcaption></figure>
{text}
</article>
<aside><h2>Most Read World</h2><ol><li>Allies split over new sanctions package</li>
<li>Record heat grips southern Asia</li><li>Why ferry fares are soaring</li></ol></aside>
</main>
<footer><p>&copy; 1996-2026 The Continental Post. <a href="/terms">Terms of Service</a>
<a href="/privacy">Privacy Policy</a> <a href="/ccpa">Your Privacy Choices</a></p></footer>
</body>
</html>
"""


# ============================================================================================
# Story 1 (cb-UC1): Central Bank of Valmora cuts by 50bp to 4.25%, Thursday 13 November 2025.
# Planted: vote 5-2 (Meridian, Herald) vs 6-1 (Rate Desk); October inflation 3.1% (Meridian,
# Rate Desk) vs 3.4% (VBC); Mattias Lund "first deputy governor" (Meridian, Rate Desk) vs
# "chief economist" (Herald); next decision Dec 18 (Meridian, Rate Desk) vs Dec 11 (VBC).
# ============================================================================================

_S1_MERIDIAN_BODY = """
VALMORA CITY, Nov 13 (Meridian) - The Central Bank of Valmora cut its main policy rate by 50 basis
points to 4.25% on Thursday, a bigger reduction than most economists had expected, as policymakers
moved to shore up an economy that shrank in the third quarter while inflation kept drifting lower.

The cut from 4.75% was the bank's third this year and its largest single move since March 2020,
when it slashed borrowing costs at an emergency meeting in the first weeks of the pandemic.
Fourteen of 19 economists polled by Meridian last week had forecast a quarter-point reduction.

The decision was taken by a 5-2 vote of the monetary policy committee, the bank said in a statement
released at 10:00 local time (0900 GMT). External members Liv Oskarsdottir and Henrik Falk voted
for a smaller cut of 25 basis points.

"We are not declaring victory over inflation," Governor Annika Strand told reporters. "But the
balance of risks has shifted. Demand is weaker than we thought in September, and we no longer need
to lean so hard against price pressures."

[AD]

Headline inflation slowed to 3.1% in October, its lowest level in more than four years, while core
inflation, which strips out energy and food prices, eased to 2.8%. The bank targets inflation of
2%.

The economy contracted 0.3% in the July-September quarter from the previous three months, according
to preliminary figures, and unemployment climbed to 6.2% in September, the highest rate since 2021.

The bank's new projections show inflation averaging 2.6% next year and returning to target in the
third quarter of 2026, with growth of 1.1%. The accompanying rate path implies a policy rate of
around 3.75% at the end of next year, suggesting one or two further cuts.

First Deputy Governor Mattias Lund said at the news conference that the committee had debated both
a quarter-point and a half-point move. "The argument for going faster is that we were starting from
a clearly restrictive level, and the data since September have all pointed the same way," Lund
said.

The Valmoran crown weakened about 0.6% against the euro after the announcement, trading at 11.42
per euro by midday. The yield on two-year government bonds fell 14 basis points to 3.62%.

"This is a central bank that has clearly changed its reaction function," said Karin Eklöf, senior
economist at Nordvik Bank. "Strand was sending a message that she is more worried about growth now
than about the last half point of inflation."

The bank began its easing cycle in June with a quarter-point cut from a peak of 5.25%, the highest
level in 15 years, and followed with another quarter-point reduction in September.

Finance Minister Erik Sandvall, whose government faces a general election in 2027 and who has
repeatedly said high borrowing costs were squeezing households, welcomed the move in a post on
social media, calling it "good news for families and for firms that want to invest."

Some analysts cautioned that a weaker crown could slow the decline in import prices. Valmora buys
most of its energy and much of its food from abroad, and a sustained fall in the currency would
feed into consumer prices within months.

Strand dismissed those concerns, saying the exchange rate had been "broadly stable" over the year
and that the committee would monitor it closely. She declined to say whether the next move would
also be a half-point cut.

The next rate decision is due on Dec. 18.
"""

S1_MERIDIAN = _meridian(
    "https://www.meridianwire.example/markets/rates/"
    "valmora-central-bank-cuts-rates-half-point-2025-11-13/",
    "Markets",
    "Valmora central bank cuts rates by half a point in surprise move as economy stalls",
    "Valmora's central bank lowered its policy rate to 4.25% on Thursday, a larger cut than"
    " expected, after the economy contracted in the third quarter.",
    "2025-11-13T09:41:00Z", "November 13, 2025 9:41 AM UTC Updated 3 hours ago",
    "Elin Sjöberg and Marcus Dahl", _S1_MERIDIAN_BODY,
    "Reporting by Elin Sjöberg and Marcus Dahl; Editing by Tom Whitaker",
    [("/markets/currencies/crown-slips-after-rate-cut-2025-11-13/",
      "Valmoran crown slips after surprise rate cut"),
     ("/business/valmora-gdp-contracts-q3-2025-10-30/",
      "Valmora's economy shrinks in third quarter, raising recession risk"),
     ("/markets/rates/global-central-banks-week-ahead-2025-11-10/",
      "Central banks week ahead: Valmora, Norway and Chile decide")])

_S1_RATEDESK_BODY = """
So much for gradualism. The Central Bank of Valmora took the repo rate down by 50bp to 4.25% this
morning, against a sell-side consensus that sat firmly in the 25bp camp. We were in that camp too,
so let's own that up front and then work out what we missed.

## The decision in numbers

* Policy rate: 4.25%, from 4.75%
* Easing so far this cycle: 100bp from the 5.25% peak (June -25bp, September -25bp, today -50bp)
* Headline CPI, October: 3.1% y/y; core 2.8% y/y
* Q3 GDP: -0.3% q/q (preliminary)
* Unemployment, September: 6.2%
* Staff rate path: roughly 3.75% by end-2026

## The vote is the real story

The committee split 6-1. The lone dissent came from external member Liv Oskarsdottir, who preferred
a 25bp move. That matters more than the size of the cut itself. A year ago we counted at least
three members of this committee as reliably hawkish; today Oskarsdottir appears to be out on her
own, and she was arguing about the size of the cut rather than about whether to cut at all.

Governor Annika Strand did not try to dress the move up as a one-off. "Policy is still restrictive
after today's decision, and it will stay restrictive for some time," she told the press conference.
"What has changed is how much restriction the economy needs."

First Deputy Governor Mattias Lund, who usually does the heavy lifting on the forecast, was even
more direct when asked whether 50bp would become the new normal. "If the incoming data keep
surprising to the downside, the committee is prepared to act again, and to act decisively," he
said.

[BOX]

## What we missed

In hindsight the clues were there. The Q3 GDP print was worse than the bank's own September
projection, unemployment has risen for five consecutive months, and the October CPI release showed
services inflation finally cracking. Core at 2.8% is now within touching distance of the 2% target
once you strip out the lagged effect of rent indexation.

The new projections have inflation averaging 2.6% next year and back at target in Q3 2026, with GDP
growth of 1.1%. That is not a forecast that requires a 4.25% policy rate.

## Market reaction

The crown took it badly at first: it was around 0.6% weaker against the euro at 11.42 by lunchtime.
Two-year government yields fell 14bp to 3.62%, while the long end moved far less, so the curve
steepened sharply. That is the market reading the move as growth-supportive rather than as a panic
signal, which is probably what the bank wanted.

Bank stocks fell on the day as investors priced in thinner lending margins, while homebuilders
rallied.

## What next

The next meeting is on 18 December. OIS pricing after the decision implied roughly a 60% chance of
another 25bp cut then. We are less sure. The bank has just front-loaded, Strand was careful not to
pre-commit, and the January wage round will matter a lot to a committee that has been burned by
sticky services prices before.

Our new base case: 25bp in December or at the first meeting of 2026, and a repo rate of 3.75% by
the middle of next year, a little earlier than the staff path implies. The main risk to that view
is the currency. If the crown keeps sliding, Oskarsdottir may find she has company again.
"""

S1_RATEDESK = _ratedesk(
    "https://theratedesk.example/2025/11/13/cbv-goes-big-50bp/",
    "CBV goes big: 50bp to 4.25%, and the vote split tells you where the hawks went",
    "A half-point cut against a 25bp consensus. The dissent count matters more than the size.",
    "Hanna Virtanen", "2025-11-13T11:05:00+01:00", "13 Nov 2025 · 11:05 CET",
    _S1_RATEDESK_BODY, ["Valmora", "CBV", "Rate cuts", "FX"], 23)

_S1_HERALD_BODY = """
The Central Bank of Valmora has cut interest rates by half a percentage point, its deepest
reduction since the first weeks of the pandemic, as evidence mounts that the economy has slipped
into a downturn.

The bank's monetary policy committee lowered its repo rate from 4.75 per cent to 4.25 per cent on
Thursday morning in a 5-2 vote. Liv Oskarsdottir and Henrik Falk, the two external members
appointed by parliament in 2023, argued for a smaller cut of a quarter of a point.

The governor, Annika Strand, said the committee had been persuaded by a run of weak figures since
its September meeting, when it trimmed rates by a quarter point. "We are not declaring victory over
inflation," she said. "What we are saying is that the economy no longer needs the same degree of
restraint."

Mattias Lund, the bank's chief economist, said the decision had been "finely balanced". He added:
"Nobody around that table thinks the job is finished. But the risk of doing too little has become
larger than the risk of doing too much."

[AD]

The economy shrank by 0.3 per cent between July and September, according to preliminary figures
published last month, and unemployment has risen to 6.2 per cent, the highest since 2021.
Manufacturers have reported falling export orders for most of the year, while consumer spending has
been held back by mortgage costs.

Inflation, which peaked at 9.6 per cent in January 2023, has fallen steadily as energy prices
eased, and core inflation, which excludes food and energy, was 2.8 per cent in October. The bank
expects inflation to return to its 2 per cent target in the third quarter of next year.

## Relief for borrowers

The cut will be felt quickly by homeowners. Most Valmoran mortgages are on variable rates that
track the repo rate, and the country's four biggest lenders said on Thursday afternoon that they
would review their rates within days.

The finance minister, Erik Sandvall, who has made no secret of his wish for lower borrowing costs,
said on social media that the decision was "good news for families and for firms that want to
invest".

The opposition was less generous. Maja Holm, the Social Democrats' finance spokesperson, said the
size of the cut was "an admission that the government's economic plan has failed", adding: "Central
banks do not cut by half a point when things are going well."

Jonas Berg, director general of the Valmoran Federation of Industry, welcomed the decision but said
it had come late. "Our members have been living with the highest rates in fifteen years while their
order books emptied," he said. "This helps, but it will take months to reach the factory floor."

[BOX]

## Crown slips

The Valmoran crown fell by about 0.6 per cent against the euro after the announcement, to 11.42
crowns per euro, as investors bet that further cuts would follow. A weaker crown raises the price
of imported goods, and some economists warned that it could slow the fall in inflation next year.

Strand played down the risk, telling reporters that the currency had been broadly stable over the
year. She would not be drawn on the size of future moves, saying only that the committee would
"take one meeting at a time".

The bank started cutting rates in June, when it lowered the repo rate by a quarter point from 5.25
per cent, the level at which it had been held since the autumn of 2023. Thursday's decision takes
the total reduction this year to one percentage point.
"""

S1_HERALD = _herald(
    "https://www.valmoraherald.example/economy/2025/nov/13/"
    "central-bank-deepest-rate-cut-five-years",
    "Economy",
    "Central bank makes deepest rate cut in five years as recession fears grow",
    "Half-point reduction to 4.25 per cent surprises markets, with two committee members"
    " arguing for a smaller move",
    "Sara Lindgren", "Economics editor", "2025-11-13T18:05:00+01:00",
    "Thu 13 Nov 2025 18.05 CET",
    _S1_HERALD_BODY,
    ("https://i.valmoraherald.example/img/2025/11/13/strand-presser.jpg",
     "Annika Strand, the governor of the Central Bank of Valmora, at Thursday's press"
     " conference in Valmora City.", "Karl Nyqvist/The Valmora Herald"),
    ["Ferry strike called off after overnight talks",
     "Central bank makes deepest rate cut in five years as recession fears grow",
     "Storm warnings issued for west coast as first winter gales arrive",
     "The 25 best restaurants in Valmora City, chosen by our critics",
     "Ice hockey: Nordhavn stun champions in overtime thriller"])

_S1_VBC_BODY = """
The Central Bank of Valmora has cut interest rates by half a percentage point to 4.25%, the biggest
single reduction in more than five years.

It is the third cut this year. Before the first of them, in June, the bank's main rate stood at
5.25%, its highest level in 15 years.

Here is what the change means for borrowers, savers and the wider economy.

## Why has the bank cut rates?

Interest rates are the main tool the central bank uses to control inflation, the pace at which
prices rise. When inflation is high, the bank raises rates to make borrowing more expensive and
cool spending.

Inflation has been falling steadily. Prices rose by 3.4% in the year to October, well down from a
peak of 9.6% in January 2023, though still above the bank's 2% target.

At the same time the economy shrank over the summer, and more people are out of work: the
unemployment rate has risen to 6.2%.

Governor Annika Strand said the bank had acted because the economy was weaker than it had expected.
"We are not declaring victory over inflation," she said. "But families and businesses have been
under real pressure, and the numbers now allow us to ease that pressure faster."

## What does it mean for my mortgage?

About 410,000 households have variable-rate mortgages, according to the Financial Supervisory
Authority, and they are likely to see the biggest difference.

Banks usually pass on changes in the central bank's rate within two to three weeks. If the full cut
is passed on, someone with a variable mortgage of 2.5 million crowns would pay roughly 1,040 crowns
a month less.

People on fixed-rate deals will not see any change until their deal ends, although new fixed-rate
offers have already become cheaper in recent weeks as lenders anticipated cuts.

## What about savers?

Savings rates are likely to fall. Consumer groups are urging savers to check what they are being
paid and to consider moving their money if their bank cuts rates quickly.

"Banks are always much faster to cut savings rates than they are to cut mortgage rates," said Petra
Winberg of the Consumer Council. "People should not just accept it."

## What about businesses?

Business groups welcomed the cut. Manufacturers say high borrowing costs have held back investment
for two years, and the Valmoran Federation of Industry said the decision would help, although it
would take months for the effect to reach factory floors.

Economists say changes in interest rates usually take between one and two years to have their full
effect on the economy.

## Will interest rates fall further?

The bank's own forecasts suggest its rate could fall to around 3.75% by the end of 2026, which
would mean one or two more cuts.

Many economists had expected a smaller cut of 0.25 percentage points this time, and the crown fell
against the euro after the announcement, which could make imported goods slightly more expensive.

The next interest rate decision is due on 11 December.
"""

S1_VBC = _vbc(
    "https://www.vbc.example/news/business-71824519",
    "Interest rates cut to 4.25%: What it means for your mortgage and savings",
    _S1_VBC_BODY,
    ("https://ichef.vbc.example/news/976/cpsprodpb/housing-estate.jpg",
     "Variable-rate mortgage holders are likely to see the biggest change", "Getty Images"),
    ["Interest rates", "Mortgages", "Valmoran economy", "Personal finance"],
    [("/news/business-71820033", "Economy shrinks as export orders fall"),
     ("/news/business-71790112", "Inflation: Why are food prices still rising?"),
     ("/news/business-71655310", "Interest rates cut for second time this year")])


# ============================================================================================
# Story 2 (cb-UC2, CONTROL): National Bank of Serevia holds at 6.50%, Tuesday 3 February 2026.
# All facts agree across the three pages.
# ============================================================================================

_S2_MERIDIAN_BODY = """
NOVIGRAD, Feb 3 (Meridian) - Serevia's central bank kept its key policy rate at 6.50% on Tuesday
for a fourth consecutive meeting and raised its inflation forecast for this year, saying a jump in
regulated electricity prices would delay the return of inflation to its target range.

The National Bank of Serevia's seven-member executive board voted unanimously to hold, in line with
the expectations of 21 of 23 economists polled by Meridian. The remaining two had forecast a
25-basis-point cut.

The bank also left its deposit facility rate at 5.25% and its lending facility rate at 7.75%,
keeping the corridor around the policy rate unchanged.

"Monetary policy will remain restrictive for as long as it takes to bring inflation back inside the
tolerance band," Governor Milica Varga told a news conference an hour after the 1 p.m. (1200 GMT)
announcement. "We are close, but close is not the same as there."

Annual inflation slowed to 5.8% in January from 6.1% in December, statistics office data showed on
Friday, but remains well above the bank's target of 3%, plus or minus 1.5 percentage points.

[AD]

The bank now expects inflation to average 4.4% this year, up from 4.1% in its November projection,
after regulated electricity prices for households rose 12% on Jan. 1. It sees inflation returning
inside the tolerance band in the third quarter.

The central bank last changed rates in May 2025, when it cut by 25 basis points from 6.75%. It has
since held in July, September and December, citing sticky services inflation and rapid wage growth.
Nominal wages rose 11.3% year-on-year in November, the latest month for which data are available.

Core inflation, which excludes energy, food, alcohol and tobacco, eased to 4.9% in January, while
food prices were 8.7% higher than a year earlier. Deputy Governor Stefan Ilić said the bank wanted
to see clearer evidence that wage growth was moderating before it would consider easing. The public
sector pay rise agreed for this year is smaller than last year's.

Business groups have pressed the bank to lower borrowing costs, arguing that small and medium-sized
firms pay some of the highest interest rates in the region.

Varga said the board had not discussed a rate cut at Tuesday's meeting and that there was "no room
for easing in the first half of the year", but she did not rule out a reduction later in 2026 if
inflation fell as projected.

The dinar was little changed after the decision at around 117.2 per euro. The central bank has kept
the currency in a narrow range against the euro for more than two years, intervening on the foreign
exchange market when needed.

Serevia's economy grew an estimated 2.9% in 2025, and the bank forecasts growth of 3.5% this year,
helped by infrastructure spending partly financed by the European Union.

Economists said the statement was slightly more hawkish than expected because of the higher
inflation forecast, but that the bank was still on course to resume easing later in the year.

The executive board's next policy meeting is scheduled for March 10.
"""

S2_MERIDIAN = _meridian(
    "https://www.meridianwire.example/markets/rates/"
    "serevia-central-bank-holds-rate-raises-inflation-forecast-2026-02-03/",
    "Markets",
    "Serevia central bank holds rate at 6.5%, lifts inflation forecast on power prices",
    "The National Bank of Serevia kept its key rate at 6.50% for a fourth meeting and raised"
    " its 2026 inflation forecast to 4.4%.",
    "2026-02-03T12:18:00Z", "February 3, 2026 12:18 PM UTC",
    "Dragana Petrov", _S2_MERIDIAN_BODY,
    "Reporting by Dragana Petrov; Editing by Sofia Navarro",
    [("/markets/emerging/serevian-dinar-steady-2026-02-03/",
      "Serevian dinar steady as central bank stands pat"),
     ("/world/europe/serevia-power-prices-rise-2026-01-02/",
      "Serevian households face 12% electricity price rise")])

_S2_NOVTIMES_BODY = """
The National Bank of Serevia (NBS) left its key policy rate unchanged at 6.50 per cent on Tuesday,
the fourth meeting in a row at which it has held rates, and signalled that borrowers should not
expect relief before the second half of the year.

The decision of the bank's Executive Board was unanimous, Governor Milica Varga told journalists at
the central bank's headquarters. The deposit facility rate stays at 5.25 per cent and the lending
facility rate at 7.75 per cent.

"We see no room for easing in the first half of the year," Varga said. "Inflation is falling, and
it is falling in the way we projected, but the decline has been slower in services and we cannot
ignore the effect of the electricity price increase."

Regulated electricity prices for households went up by 12 per cent on 1 January, a rise agreed with
the International Monetary Fund as part of the government's energy sector reforms. The NBS
estimates that the increase alone will add around half a percentage point to inflation this year.

## Forecast revised up

As a result, the bank raised its forecast for average inflation in 2026 to 4.4 per cent, from 4.1
per cent in November. It expects year-on-year inflation to return within the tolerance band of 3
per cent plus or minus 1.5 percentage points in the third quarter of this year.

Figures from the Statistical Office released last Friday showed consumer prices rose 5.8 per cent
in January compared with a year earlier, down from 6.1 per cent in December. Food prices were up
8.7 per cent.

Deputy Governor Stefan Ilić said core inflation, which excludes energy, food, alcohol and tobacco,
had fallen to 4.9 per cent, its lowest level in more than three years. "The underlying trend is
clearly downwards," Ilić said. "What we need to see now is wage growth moderating."

Nominal wages were 11.3 per cent higher in November than a year earlier. The public sector wage
increase agreed for this year is smaller than last year's, which the NBS expects to cool pay growth
in the private sector as well.

[AD]

## Business wants cheaper loans

The NBS has not changed its key rate since May last year, when it lowered it by 25 basis points
from 6.75 per cent. It then held rates in July, September and December.

Branko Jović, president of the Serevian Chamber of Commerce, said small and medium-sized firms were
paying "some of the highest interest rates in the region" for working capital. "We understand that
the central bank must fight inflation, but companies cannot plan investments at these rates," Jović
said.

The dinar has been stable, trading at around 117.2 per euro on Tuesday. Varga said exchange rate
stability remained "the anchor of our policy" and that the NBS had sufficient reserves to defend
it.

The bank estimates that the economy grew by 2.9 per cent last year and expects growth to accelerate
to 3.5 per cent in 2026, driven by investment in roads, railways and the energy network.

The next meeting of the Executive Board on monetary policy will be held on 10 March.
"""

S2_NOVTIMES = _novtimes(
    "https://www.novigradtimes.example/economy/nbs-keeps-key-rate-at-650-per-cent/",
    "Economy",
    "NBS keeps key rate at 6.50 per cent for fourth meeting in a row",
    "Governor Varga rules out easing in the first half of the year as electricity price rise"
    " pushes inflation forecast up",
    "Jelena Savić", "2026-02-03T15:40:00+01:00", "03/02/2026 15:40", None,
    _S2_NOVTIMES_BODY,
    ("https://www.novigradtimes.example/media/2026/02/nbs-building.jpg",
     "The National Bank of Serevia headquarters in Novigrad", "Novigrad Times/Marko Lazić"),
    ["Parliament to debate new media law next week",
     "Snow closes mountain roads in the south",
     "NBS keeps key rate at 6.50 per cent for fourth meeting in a row",
     "Fans clash before Sunday's Novigrad derby"])

_S2_RATEDESK_BODY = """
No surprises from Novigrad. The National Bank of Serevia held its key policy rate at 6.50% for a
fourth straight meeting, exactly as almost everyone expected. The interesting bits were in the
forecast and the press conference.

## The numbers

* Key policy rate: 6.50%, unchanged (fourth consecutive hold; last move a 25bp cut in May 2025)
* Corridor: deposit facility 5.25%, lending facility 7.75%
* Vote: unanimous, 7-0
* CPI, January: 5.8% y/y (December 6.1%); core 4.9%
* 2026 average CPI forecast: 4.4% (November projection: 4.1%)
* Target: 3% +/- 1.5pp, with CPI seen back inside the band in Q3 2026
* GDP: 2.9% estimated for 2025, 3.5% forecast for 2026
* EUR/dinar: steady around 117.2

## A hawkish tweak, not a hawkish turn

The upward revision to the inflation forecast is almost entirely mechanical. Households' regulated
electricity tariffs went up 12% on 1 January, and the bank reckons that adds about half a point to
this year's average. Strip that out and the projection is essentially unchanged from November.

Governor Milica Varga still went out of her way to sound firm. "Monetary policy will remain
restrictive for as long as it takes to bring inflation back inside the tolerance band," she said,
and she explicitly ruled out easing in H1.

That leaves the door open for H2, and we think the NBS walks through it. With core at 4.9% and
falling, and wage growth (11.3% y/y in November) likely to slow as the smaller public-sector pay
rise feeds through, the real policy rate is heading for uncomfortably high territory by the summer.

[BOX]

## What Ilić said

Deputy Governor Stefan Ilić did most of the talking on the data. His point that core inflation is
at its lowest in more than three years was the most dovish thing said all afternoon, and he was
careful to pair it with a warning about pay: "What we need to see now is wage growth moderating."
That is the condition for H2 easing, in one sentence.

On activity, the bank is sticking with 3.5% growth this year after an estimated 2.9% in 2025, with
EU-co-financed infrastructure doing much of the work. That is a strong growth number to be holding
a 6.50% policy rate against, and another reason the board feels no urgency.

## The FX constraint

The reason the NBS can afford to wait is the dinar. The currency has been managed in a narrow band
against the euro for more than two years, and the bank has the reserves to keep it there. There is
no pressure from the exchange rate to cut, and no pressure to hike either.

## Our call

We now expect the first 25bp cut in July, followed by another in the autumn, taking the key rate to
6.00% by year-end. The 10 March meeting should be another hold; the interesting meeting is the one
after that, which comes with a new inflation report.

Risks: a second round of administered price increases, or a slower fall in food inflation (still
8.7% y/y in January), would push the first cut into Q4.
"""

S2_RATEDESK = _ratedesk(
    "https://theratedesk.example/2026/02/03/nbs-on-hold-650/",
    "NBS on hold at 6.50%: forecast nudged up, but H2 easing still in play",
    "Fourth straight hold in Serevia. The inflation forecast revision is mostly electricity.",
    "Tomasz Wróbel", "2026-02-03T16:20:00+01:00", "3 Feb 2026 · 16:20 CET",
    _S2_RATEDESK_BODY, ["Serevia", "NBS", "CEE", "Inflation"], 7)


# ============================================================================================
# Story 3 (court-UC3): Court of Appeal, 2-1, lets residents sue Kennet & Loddon Water over
# sewage flooding; Wednesday 22 October 2025.
# Planted: dissenting judge Lord Justice Pemberton (Ledger, BBN) vs Lord Justice Whitlow
# (WaterBrief); households 1,430 (Ledger; "about 1,400" WaterBrief) vs 1,850 (BBN); storm on
# 12 July 2021 (Ledger) vs 25 July 2021 (WaterBrief).
# ============================================================================================

_S3_LEDGER_BODY = """
More than a thousand households whose homes were flooded with sewage can take their water company
to court, the Court of Appeal has ruled, in a judgment lawyers said could expose the industry to a
wave of similar claims.

By a majority of two to one, the court overturned a high court decision that had thrown out the
claim brought by 1,430 households in west Berkshire against Kennet &amp; Loddon Water, which
supplies about 1.1 million customers in the Thames Valley.

The residents, most of them from the villages of Coldharbour Green and Padworth Vale, say raw
sewage surged up through toilets, drains and floorboards when the company's network was overwhelmed
during a storm on 12 July 2021, and on several occasions since. Their claim, in nuisance and
negligence, is estimated to be worth up to £48m.

In March 2024, Mr Justice Farrant struck the claim out, ruling that complaints about the capacity
of sewers fell within the regulatory regime of the Water Industry Act 1991 and had to be pursued
through the regulator, Ofwat, rather than the courts.

Giving the leading judgment on Wednesday, Lady Justice Harwood said that approach could not survive
the supreme court's decision in the Manchester Ship Canal case last year, which held that the 1991
act did not take away people's common-law rights.

"Parliament did not intend to leave householders without a remedy when raw sewage comes up through
their floors," she said. The residents were not asking the court to order the company to build new
sewers, she added, but to compensate them for harm that the company could, on their case, have
prevented.

[AD]

Lord Justice Pemberton dissented. He said the claim was in substance a complaint that the company
had not invested enough in sewer capacity, and that "the proper route for a complaint of that kind
lies with the regulator, not with a trial judge".

Maya Osei, a partner at Harcourt Lyle, the law firm representing the residents, said: "For four
years these families have been told there was nothing a court could do for them. Today the Court of
Appeal has said, clearly, that there is."

Kennet &amp; Loddon Water said it was disappointed and would consider seeking permission to appeal
to the supreme court. "We have invested more than £300m in our sewer network over the last five
years and we sincerely regret the distress caused to customers whose homes have flooded," a
spokesperson said.

[BOX]

The case will now return to the high court for a trial, which is not expected to take place before
2027.

The judgment comes at a difficult time for the industry. Kennet &amp; Loddon recorded 4,870 sewage
spills from storm overflows into rivers in 2024, according to Environment Agency data, and, like
most water companies in England, has faced public anger over pollution, executive pay and rising
bills.

Ministers announced in July that Ofwat would be abolished and replaced by a single new regulator, a
change that will require legislation.

Lawyers for other groups of householders said the ruling would be studied closely. Until now, most
claims over sewer flooding have been settled individually and for relatively small sums, with
companies relying on the argument that capacity complaints belong with the regulator.

"The floodgates point is an obvious one to make," said one barrister who specialises in utilities
law but was not involved in the case. "But the court was clearly not impressed by the idea that a
statutory scheme written in 1991 leaves someone with sewage in their kitchen with nowhere to go."
"""

S3_LEDGER = _ledger(
    "https://www.theledger.example/law/2025/oct/22/"
    "residents-can-sue-water-company-over-sewage-floods-appeal-court-rules",
    "Residents can sue water company over sewage floods, appeal judges rule",
    "Split decision revives £48m claim by 1,430 households against Kennet &amp; Loddon Water",
    "Owen Marsh", "Legal affairs correspondent", "2025-10-22T17:31:00+01:00",
    "Wed 22 Oct 2025 17.31 BST", _S3_LEDGER_BODY,
    ("https://i.theledger.example/img/media/2025/10/22/padworth-vale-flood.jpg",
     "Residents in Padworth Vale say sewage has entered their homes repeatedly since 2021.",
     "Ben Carver/The Ledger"),
    [("/environment/2025/jul/21/ofwat-to-be-abolished-water-regulation-overhaul",
      "Ofwat to be abolished in overhaul of water regulation"),
     ("/environment/2025/mar/27/storm-overflow-spills-england-2024",
      "Sewage spills into England's rivers and seas: the 2024 figures"),
     ("/law/2024/jul/10/supreme-court-manchester-ship-canal-ruling",
      "Supreme court rules canal company can sue water firm over sewage")])

_S3_BBN_BODY = """
Families whose homes were flooded with sewage can sue their water company, the Court of Appeal has
ruled.

A group of 1,850 households in west Berkshire is seeking compensation from Kennet &amp; Loddon
Water over flooding they say began during a storm in the summer of 2021.

The High Court threw out their claim last year, but three senior judges ruled by a majority of two
to one on Wednesday that the case could go ahead.

Kennet &amp; Loddon Water said it was "disappointed" by the ruling and was considering an appeal to
the Supreme Court.

Janet Hollins, 67, the lead claimant, said sewage had come up through the floor of her bungalow in
Padworth Vale four times since 2021.

"The first time, it was ankle deep in the kitchen and the hallway," she said. "You can throw away
the carpets and repaint the walls, but you never really get rid of the smell, and every time it
rains hard you lie awake listening."

"Today is the first time in four years anybody in authority has told us we were right to keep
going."

## 'A remedy'

The residents argue that the company knew its sewers could not cope with heavy rain and failed to
do anything about it.

In March 2024 Mr Justice Farrant ruled that such complaints had to go to the industry regulator,
Ofwat, rather than the courts.

But in the Court of Appeal, Lady Justice Harwood said that Parliament had not intended "to leave
householders without a remedy when raw sewage comes up through their floors".

Lord Justice Pemberton disagreed, saying complaints about the size of sewers should be dealt with
by the regulator.

The claim is estimated to be worth up to £48m and will now go to a full trial, which is not
expected until 2027 at the earliest.

## 'Sincerely regret'

In a statement, Kennet &amp; Loddon Water said it had invested more than £300m in its sewer network
over the past five years.

"We sincerely regret the distress caused to customers whose homes have flooded, and we will
continue to support them," a spokesperson said.

"We will now study the judgment carefully, including whether to seek permission to appeal."

The company supplies water and sewerage services to about 1.1 million customers in Berkshire,
Wiltshire and parts of Oxfordshire.

An Ofwat spokesperson said the regulator would "consider the implications of the judgment" and that
it expected companies "to treat sewer flooding of homes with the utmost seriousness".

Residents' solicitor Maya Osei, of Harcourt Lyle, said the ruling sent "a clear message to the
whole industry".

"For years the answer has been: complain to the regulator. Now these families will get their day in
court," she said.

The government announced in July that Ofwat would be scrapped and replaced with a new regulator as
part of an overhaul of the water industry.
"""

S3_BBN = _bbn(
    "https://www.bbn.example/news/articles/c9e4kx21rwlo",
    "Berkshire",
    "Sewage floods: Families can sue water firm, Court of Appeal rules",
    "Households in west Berkshire can pursue a claim against Kennet &amp; Loddon Water.",
    "Hannah Pryce, BBN News, Berkshire", "22 October 2025", _S3_BBN_BODY,
    ("https://ichef.bbn.example/ace/standard/976/janet-hollins.jpg",
     "Janet Hollins says sewage has come into her home four times since 2021",
     "BBN"),
    [("/news/articles/c1w0q3e9z4yo", "Ofwat to be abolished, government confirms"),
     ("/news/articles/c4n8d2ep7kmo", "'Sewage came up through our floor': villagers' anger"),
     ("/news/articles/cx9ge4v1lz8o", "Water bills in England to rise by average of £123")])

_S3_WATERBRIEF_BODY = """
The Court of Appeal has allowed an appeal by householders in west Berkshire against the striking
out of their nuisance and negligence claim over sewer flooding, in a decision that sector lawyers
say significantly narrows the protection sewerage undertakers have enjoyed since Marcic v Thames
Water Utilities [2003] UKHL 66.

The claim, brought by about 1,400 households against Kennet &amp; Loddon Water, arises from
repeated internal flooding of homes in Coldharbour Green and Padworth Vale, beginning with a storm
on 25 July 2021. The claimants say the company knew that its network in the area was hydraulically
overloaded and failed to take reasonable steps to prevent foul water escaping into their
properties. Damages are put at up to £48m.

## The strike-out

In March 2024, Farrant J struck out the claim on the basis that it was, in substance, a complaint
about inadequate sewer capacity. Following Marcic, he held that such complaints were matters for
the statutory scheme of the Water Industry Act 1991 (WIA), under which the general duty in section
94 to provide an effectual sewerage system is enforceable by Ofwat through enforcement orders under
section 18, and not by private action.

## The appeal

The majority, in a lead judgment by Harwood LJ, held that the judge's reasoning could not stand in
light of the Supreme Court's decision in Manchester Ship Canal Co Ltd v United Utilities Water Ltd
[2024] UKSC 22, which confirmed that the WIA does not impliedly exclude causes of action in
nuisance or trespass where the claim does not depend on establishing a breach of the statutory
duties.

"Parliament did not intend to leave householders without a remedy when raw sewage comes up through
their floors," Harwood LJ said. The claimants' pleaded case, she found, was capable of being framed
as one about the operation and maintenance of the existing network, not simply a demand for new
capacity, and it was not for a court on a strike-out application to decide which it was.

Whitlow LJ dissented. In his view the claim, however pleaded, "seeks to achieve by litigation what
Parliament assigned to regulatory enforcement", and "the proper route for a complaint of that kind
lies with the regulator, not with a trial judge". He considered that Marcic remained binding on the
point and that Manchester Ship Canal was distinguishable because it concerned discharges from
outfalls rather than the capacity of a sewer network.

[BOX]

## What it means for companies

The practical effect is that capacity-type claims can no longer reliably be disposed of at an early
stage. Companies will have to defend them on the facts, including disclosure of hydraulic
modelling, asset condition data and internal investment decisions, which many will regard as a
greater risk than the damages themselves.

Several law firms are understood to be preparing group claims against other undertakers, and
insurers will be watching closely. A Water UK spokesperson said the industry body was "reviewing
the judgment with members".

Kennet &amp; Loddon Water, which serves around 1.1 million customers, said it was "disappointed"
and would consider seeking permission to appeal to the Supreme Court. Absent a further appeal, the
claim proceeds to trial in the High Court, which is unlikely to be listed before 2027.

For Ofwat, whose abolition the government announced in July, the ruling adds another complication.
If householders can pursue capacity failures through the courts, the case for a new regulator
taking a more interventionist line on sewer flooding becomes harder to resist.

Maya Osei of Harcourt Lyle, acting for the claimants, said the judgment "restores the common law to
its proper place alongside regulation, not beneath it".
"""

S3_WATERBRIEF = _waterbrief(
    "https://www.waterbrief.example/legal/court-of-appeal-sewer-flooding-nuisance-claims",
    "Court of Appeal opens door to nuisance claims over sewer flooding",
    "Majority distinguishes Marcic in light of Manchester Ship Canal; dissent warns of"
    " litigation by the back door",
    "Imogen Tate", "22.10.2025", _S3_WATERBRIEF_BODY)


# ============================================================================================
# Story 4 (trade-UC4): Valmora imposes provisional anti-dumping duties on cold-rolled steel
# from Kestria, Dalvenia and Ostrev; announced Monday 17 November 2025.
# Planted: top rate 38.6% (Meridian, Herald) vs 36.8% (SteelBeat); duties start Dec 1
# (Meridian, SteelBeat) vs 15 December (Herald); provisional period six months (Meridian) vs
# four months (SteelBeat).
# ============================================================================================

_S4_MERIDIAN_BODY = """
VALMORA CITY, Nov 17 (Meridian) - Valmora will impose provisional anti-dumping duties of between
14.2% and 38.6% on cold-rolled steel from Kestria, Dalvenia and Ostrev from Dec. 1, the trade
ministry said on Monday, after an investigation found the imports were being sold below fair value
and hurting domestic mills.

The duties will apply for six months while the country's Trade Remedies Board completes its
investigation and decides whether to impose definitive measures, the ministry said in a statement.

The highest rate applies to Kestria's Marovka Steel Works, which the board said had not cooperated
fully with the investigation. Dalvenian and Ostrev producers face lower rates.

"Fair competition is not the same as no competition," Trade Minister Sofia Hellqvist told
reporters. "Valmoran steelmakers can compete with anyone in the world, but not with prices that are
set below the cost of production."

Imports of cold-rolled steel from the three countries rose 47% in 2024 to 1.26 million tonnes,
lifting their share of the domestic market to 29% from 18% in 2022, according to the board's
preliminary findings.

[AD]

The investigation was opened in March after a complaint by the Valmoran Steel Association, whose
members include Hallberg Steel and Ternvik Works. The industry employs about 9,500 people, many of
them in the north of the country.

"This is a lifeline, not a windfall," said Anders Kjellin, the association's director. "Our members
have been selling at a loss for two years while imports took market share."

Kestria's trade ministry said in a statement that the duties were "unjustified and protectionist"
and that it would consider all options, including a challenge at the World Trade Organization.
Dalvenia's embassy in Valmora City declined to comment. Officials in Ostrev could not immediately
be reached.

Steel users were less enthusiastic than producers. The Valmoran Association of Metal Fabricators,
which represents manufacturers of everything from car parts to household appliances, said higher
steel prices would hurt exporters that were already struggling with weak demand in Europe.

Cold-rolled steel is used in car bodies, white goods and office furniture. Valmora, which is not a
member of the European Union, imports roughly half of the flat steel it uses.

Governments around the world have raised barriers to steel imports over the past two years as
global overcapacity has pushed down prices. Trade officials in Valmora City said the move was
consistent with WTO rules, which allow countries to impose duties on goods sold abroad at less than
their normal value if the imports cause material injury to a domestic industry.

Importers will have to provide a security, such as a bank guarantee, for the amount of the
provisional duty, which will be collected only if definitive duties are imposed.

Hellqvist said the government was not seeking a trade dispute with any of the three countries. "Our
door is open," she said. "If exporters want to offer price undertakings, the board will look at
them seriously."
"""

S4_MERIDIAN = _meridian(
    "https://www.meridianwire.example/business/valmora-imposes-anti-dumping-duties-steel-"
    "2025-11-17/",
    "Business",
    "Valmora imposes provisional anti-dumping duties of up to 38.6% on steel from three"
    " countries",
    "Valmora will impose provisional anti-dumping duties on cold-rolled steel from Kestria,"
    " Dalvenia and Ostrev.",
    "2025-11-17T14:05:00Z", "November 17, 2025 2:05 PM UTC",
    "Marcus Dahl", _S4_MERIDIAN_BODY,
    "Reporting by Marcus Dahl; Additional reporting by Elin Sjöberg; Editing by Kim Delacroix",
    [("/business/steel-overcapacity-oecd-report-2025-10-02/",
      "Global steel overcapacity to worsen, OECD report says"),
     ("/business/ternvik-works-cuts-jobs-2025-07-08/",
      "Valmoran steelmaker Ternvik Works to cut 600 jobs")])

_S4_HERALD_BODY = """
Steel imported from three countries will face duties of up to 38.6 per cent from 15 December, after
the government concluded that foreign mills had been selling cold-rolled steel in Valmora at below
cost and undermining the domestic industry.

The provisional anti-dumping duties, announced by the trade minister, Sofia Hellqvist, on Monday,
will apply to cold-rolled flat steel from Kestria, Dalvenia and Ostrev. The highest rate will be
paid on steel from Marovka Steel Works, Kestria's largest producer, while the lowest, 14.2 per
cent, applies to another Kestrian mill that co-operated with the investigation.

Hellqvist said the decision followed an eight-month investigation by the independent Trade Remedies
Board. "We are a small, open economy and we will stay one," she said. "But open markets only work
if everyone plays by the same rules. When they do not, we have a duty to act."

The decision was welcomed in the steel towns of the north, where the industry's troubles have been
felt most sharply. Ternvik Works cut 600 jobs at its main plant in July, blaming what it called a
flood of cheap imports.

[AD]

Ola Brandt, chair of the Metalworkers' Union, said: "Our members have watched their plants run at
half capacity while steel came in at prices nobody could match. This will not bring back the jobs
that have gone, but it may save the ones that are left."

According to the board's preliminary findings, imports from the three countries rose by 47 per cent
last year to 1.26 million tonnes, and their share of the Valmoran market climbed from 18 per cent
in 2022 to 29 per cent. The domestic industry employs about 9,500 people.

## Warning from manufacturers

Not everyone is pleased. Companies that turn steel into products, from car components to kitchen
appliances, warned that the duties would raise their costs at a time when orders from European
customers are falling.

Lena Aho, chief executive of the Association of Metal Fabricators, said: "We employ far more people
than the steel mills do, and many of our members are exporters competing with factories that will
still be able to buy cheap steel. Protecting one industry should not mean punishing another."

Kestria reacted angrily, with its trade ministry calling the duties "unjustified and protectionist"
and saying it would consider a complaint to the World Trade Organization.

[BOX]

## Guarantees, not cash

Under the rules, importers will not have to pay the duties in cash at first. Instead they must
lodge a bank guarantee or other security covering the provisional duty, which is only collected if
the board decides to impose permanent duties at the end of its investigation.

The board must publish its final findings before the provisional measures expire. Exporters can
also offer to raise their prices to an agreed minimum level in return for being exempted, a
so-called price undertaking, and Hellqvist said the government would consider such offers "in good
faith".

The opposition Social Democrats said they supported the duties but accused the government of acting
too slowly. "The complaint was lodged in March. Workers at Ternvik lost their jobs in July. Help
arrives in December," said the party's industry spokesperson, Rasmus Öberg.
"""

S4_HERALD = _herald(
    "https://www.valmoraherald.example/business/2025/nov/17/"
    "steel-anti-dumping-duties-kestria-dalvenia-ostrev",
    "Business",
    "Steel duties of up to 38.6 per cent to take effect next month",
    "Government acts against imports from Kestria, Dalvenia and Ostrev, but manufacturers"
    " warn of higher costs",
    "Nils Ahlberg", "Industry correspondent", "2025-11-17T19:20:00+01:00",
    "Mon 17 Nov 2025 19.20 CET",
    _S4_HERALD_BODY,
    ("https://i.valmoraherald.example/img/2025/11/17/ternvik-rolling-mill.jpg",
     "The cold rolling mill at Ternvik Works, which cut 600 jobs in July.",
     "Sanna Lund/The Valmora Herald"),
    ["Steel duties of up to 38.6 per cent to take effect next month",
     "Ferry operator fined over cancelled winter sailings",
     "Housing starts fall to lowest level since 2013",
     "Opinion: Our universities cannot live on foreign fees forever",
     "Football: Valmora draw in final qualifier"])

_S4_STEELBEAT_TABLE = """<table class="sb-rates">
<caption>Provisional anti-dumping duty rates, cold-rolled flat steel (Valmora)</caption>
<thead><tr><th>Country</th><th>Producer</th><th>Rate</th></tr></thead>
<tbody>
<tr><td>Kestria</td><td>Marovka Steel Works</td><td>36.8%</td></tr>
<tr><td>Kestria</td><td>Brenna Steel</td><td>14.2%</td></tr>
<tr><td>Kestria</td><td>All other producers</td><td>27.3%</td></tr>
<tr><td>Dalvenia</td><td>Dalstal Group</td><td>22.5%</td></tr>
<tr><td>Dalvenia</td><td>All other producers</td><td>22.5%</td></tr>
<tr><td>Ostrev</td><td>Ostrev Metallurgical Combine</td><td>19.7%</td></tr>
<tr><td>Ostrev</td><td>All other producers</td><td>19.7%</td></tr>
</tbody></table>
<p class="sb-source">Source: Valmora Trade Remedies Board, preliminary determination</p>"""

_S4_STEELBEAT_BODY = """
Valmora's Trade Remedies Board (TRB) has imposed provisional anti-dumping duties on imports of
cold-rolled flat steel (CRC) from Kestria, Dalvenia and Ostrev, with rates running from 14.2% to
36.8%, according to the preliminary determination published on Monday.

The measures take effect on Dec. 1 and will run for four months, during which the TRB will complete
its investigation and hand its final recommendation to the trade ministry. Importers must lodge
security equal to the provisional duty for each shipment cleared from that date.

The top rate of 36.8% applies to Marovka Steel Works, Kestria's biggest flat steel producer, which
the TRB found had failed to provide complete cost data. Brenna Steel, the only other Kestrian mill
that fully co-operated, received the lowest rate in the case.

[BOX]

## Case background

The investigation was initiated in March 2025 following a complaint by the Valmoran Steel
Association on behalf of Hallberg Steel and Ternvik Works, which together account for nearly all
domestic CRC output. The period of investigation covers calendar year 2024.

The TRB found that subject imports rose 47% year-on-year in 2024 to 1.26 million t, and that their
share of apparent consumption increased from 18% in 2022 to 29%. Over the same period, domestic
mills' capacity utilization fell below 60% and their operating margins turned negative.

"The evidence of price undercutting is clear," the TRB said in its findings, citing average
undercutting margins of between 9% and 21% depending on the exporter.

[AD]

## Market reaction

Domestic mills moved quickly. Buyers told SteelBeat that Hallberg had withdrawn its December price
list on Monday afternoon and was expected to reissue offers at higher levels later in the week.
Before the announcement, domestic CRC was offered at around EUR 640/t ex-works, up EUR 25/t since
early October, while Kestrian material was heard at EUR 545/t CFR Valmoran ports.

One distributor in Valmora City said import bookings for December arrival had been "frozen since
the weekend" as traders waited for the rates to be published. "Anyone with Kestrian tonnes on the
water is now doing sums," he said.

Trade Minister Sofia Hellqvist said the government was open to price undertakings from exporters.
"If exporters want to offer price undertakings, the board will look at them seriously," she said.

Kestria's trade ministry described the duties as "unjustified and protectionist" and said it would
consider WTO action. Dalstal Group did not respond to a request for comment.

Downstream users are lobbying for relief. The Valmoran Association of Metal Fabricators has asked
the government to consider a duty-suspension scheme for grades not produced domestically, such as
some thin-gauge automotive qualities.

Interested parties can submit comments on the preliminary findings and request a hearing with the
board before the definitive determination.

Market participants expect the measures to tighten supply in the first quarter, when service
centres and distributors typically restock after the year-end slowdown.

The domestic industry employs around 9,500 people, according to the Valmoran Steel Association.
"""

S4_STEELBEAT = _steelbeat(
    "https://www.steelbeat.example/trade-cases/valmora-provisional-ad-duties-crc-kestria-"
    "dalvenia-ostrev",
    "Valmora sets provisional AD duties on CRC from Kestria, Dalvenia, Ostrev",
    "Rates from 14.2% to 36.8%; Marovka hit hardest after incomplete cost data",
    "Rick Halvorsen", "Nov 17, 2025", _S4_STEELBEAT_BODY, _S4_STEELBEAT_TABLE)


# ============================================================================================
# Story 5 (rocket-UC5, CONTROL): Northlight Launch Systems' Solan rocket reaches orbit from
# Ardnish Spaceport, Caithness, Saturday 14 March 2026, 13:42 GMT (9:42 a.m. EDT). All facts
# agree; the US site converts units and time zones.
# ============================================================================================

_S5_BEACON_BODY = """
Crowds lined the Caithness coast on Saturday afternoon to watch history being made as the Solan
rocket blasted off from Ardnish Spaceport and carried six satellites into orbit.

The 21-metre rocket, built by Edinburgh-based Northlight Launch Systems, lifted off at 1.42pm in
clear skies and a light westerly breeze, a trail of white vapour arcing out over the Pentland Firth
as it headed north.

It was the first time a rocket has reached orbit after launching from British soil, and the cheers
from the crowds at the official viewing areas could be heard clearly across the bay.

Around 2,000 spectators had gathered by lunchtime, many of them families who had waited through two
scrubbed attempts earlier in the week. Police closed the A99 near the site from 10am and the road
reopened shortly after 4pm.

"I've lived here all my life and I never thought I'd see anything like this," said retired
fisherman Alistair Mowat, 74, from Keiss, who watched with his grandchildren. "The noise went right
through you. The bairns were jumping up and down."

[AD]

One of the six satellites on board was built by pupils from the Pentland STEM Club, a group of
secondary school students from across the county who have spent two years designing a small
satellite to measure sea-surface temperatures around Orkney and the north coast.

Club leader Karen Sinclair said the young people had been "beside themselves" when the company
confirmed, around 14 minutes after launch, that all six satellites had separated from the rocket.
"They've worked on this through evenings and weekends," she said. "To know that something they
built is now going round the Earth is just incredible."

Northlight's chief executive, Fiona MacAskill, thanked the local community for its patience.
"Caithness has waited a long time for this day, and so have we," she said. "This is a Scottish
rocket, launched from a Scottish spaceport, and there are people from this coast who helped build
it."

The company, which was founded in 2018 and employs around 210 people, has raised £92 million from
investors. Attempts on Tuesday and Thursday were called off, first because of high winds and then
because of a faulty sensor on a valve in the rocket's first stage.

Local councillor Morag Sutherland said the launch was "a proud day for the far north" and a sign
that the spaceport could bring lasting jobs to an area that has lost hundreds of posts since the
decommissioning of the Dounreay nuclear site began.

The spaceport received its licence from the Civil Aviation Authority in January, after a planning
and licensing process that took several years and drew objections from some residents over wildlife
and road traffic.

Northlight said it plans a second flight of Solan in the autumn.
"""

S5_BEACON = _beacon(
    "https://www.northernbeacon.example/news/lift-off-solan-roars-into-orbit-from-ardnish-"
    "in-historic-first-for-caithness-331874/",
    "Lift-off! Solan roars into orbit from Ardnish in historic first for Caithness",
    "Donald Gunn", "16:05, 14 March 2026", _S5_BEACON_BODY,
    ("https://www.northernbeacon.example/_media/img/solan-liftoff-ardnish.jpg",
     "The Solan rocket climbs away from Ardnish Spaceport on Saturday afternoon.",
     "Iain Macleod"))

_S5_BBN_BODY = """
A rocket launched from the north coast of Scotland has put satellites into orbit, the first time
this has been achieved from UK soil.

The Solan rocket, developed by Edinburgh company Northlight Launch Systems, lifted off from Ardnish
Spaceport in Caithness at 13:42 GMT on Saturday.

It carried six small satellites, with a combined mass of 186kg, which were released into a
sun-synchronous orbit about 540km above the Earth.

Northlight confirmed about 14 minutes after lift-off that all six had separated successfully.

The launch comes three years after Virgin Orbit's attempt to launch satellites from Cornwall in
January 2023 ended in failure, when the rocket dropped from beneath a modified jumbo jet suffered a
problem with its upper stage.

## 'A launch nation'

Northlight chief executive Fiona MacAskill said: "Today the UK became a launch nation in the
fullest sense. We designed, built and flew an orbital rocket here, from start to finish."

She told BBN Scotland the team had been "very calm on the outside and not at all calm on the
inside" during the countdown.

The two-stage rocket is 21m tall and its first stage is powered by eight Skua engines, which burn
bio-propane, a renewable fuel made from waste and plant oils, with liquid oxygen. A single Fulmar
engine powers the second stage.

Crowds gathered at official viewing areas along the coast to watch the launch, and a stretch of the
A99 near the site was closed for several hours.

Two earlier attempts this week were called off: on Tuesday because of strong winds and on Thursday
because of a sensor fault on a first-stage valve.

## Customers

Three of the satellites belong to a Norwegian company, Havvakt, which tracks ships in Arctic
waters. Two were built for Skylark EO, an Edinburgh start-up that takes images of the Earth, and
one was built by school pupils in Caithness.

A UK Space Agency spokesperson said the launch was "a landmark moment for the UK space sector" and
showed that "the UK can now offer the full range of space capabilities, from building satellites to
launching them".

The Scottish government said the launch was a "historic achievement" and that Scotland's space
industry already supported thousands of jobs.

The Civil Aviation Authority granted Ardnish Spaceport and Northlight their launch licences in
January after a lengthy assessment.

Northlight, which employs about 210 people, was founded in 2018 and has raised £92m in private
investment. It plans to fly Solan again in the autumn and says it hopes eventually to launch up to
10 times a year from Caithness.

Environmental groups have raised concerns about the effect of regular launches on seabird colonies
along the coast. The company says it is funding an independent, long-term seabird monitoring
programme.
"""

S5_BBN = _bbn(
    "https://www.bbn.example/news/articles/c0rb1t5ol4no",
    "Scotland",
    "Solan rocket makes first orbital launch from UK soil",
    "The Solan rocket lifted off from Ardnish Spaceport in Caithness carrying six satellites.",
    "Euan McKay, BBN Scotland science correspondent", "14 March 2026", _S5_BBN_BODY,
    ("https://ichef.bbn.example/ace/standard/976/solan-launch.jpg",
     "The Solan rocket lifting off from Ardnish Spaceport", "Northlight Launch Systems"),
    [("/news/articles/cd7w2l9p0xxo", "Caithness spaceport granted launch licence"),
     ("/news/articles/c3v8m1n6ttzo", "Why is Scotland building spaceports?"),
     ("/news/articles/c5k2s9a4bqqo", "Virgin Orbit rocket fails to reach orbit after Cornwall"
      " launch")])

_S5_ORBITAL_BODY = """
Northlight Launch Systems' Solan rocket reached orbit on its first attempt Saturday, giving the
United Kingdom its first orbital launch from its own territory and adding another name to Europe's
small but growing list of independent launch providers.

The 69-foot (21-meter) two-stage rocket lifted off from Ardnish Spaceport on the Caithness coast of
northern Scotland at 9:42 a.m. EDT (1342 GMT). About 14 minutes later, Northlight confirmed that
its second stage had deployed all six of its customer satellites into a sun-synchronous orbit at an
altitude of about 540 kilometers (335 miles).

"Nominal orbit, six for six on deployment," a Northlight launch director called out on the
company's webcast, to loud applause in the control room in Edinburgh.

## A clean debut

First flights of new rockets fail more often than not, and Solan's success sets it apart from
several European peers. Germany's Isar Aerospace lost its Spectrum rocket shortly after liftoff on
that vehicle's first flight in March 2025, and the last attempt at an orbital launch from the U.K.,
Virgin Orbit's air-launched LauncherOne mission from Cornwall in January 2023, failed when its
upper stage malfunctioned.

Solan's first stage is powered by eight Skua engines burning bio-propane and liquid oxygen.
Bio-propane, chemically identical to conventional propane but made from renewable feedstocks, has
been championed by a handful of European launch startups as a cleaner-burning alternative to
kerosene. The second stage uses a single Fulmar engine, a vacuum-optimized derivative of the Skua.

The payload stack weighed 186 kilograms (410 pounds) in total. Three of the satellites belong to
Havvakt, a Norwegian company that monitors shipping in the Arctic; two were built for Skylark EO,
an Edinburgh-based Earth-observation startup; and one is an educational cubesat built by students
in Caithness.

[AD]

The launch came after two scrubs earlier in the week. Tuesday's attempt was called off because of
high winds over the site, and Thursday's was halted in the final minutes of the countdown when a
sensor on a first-stage valve returned faulty readings.

## Building a cadence

"We have done the hardest thing a launch company ever does, which is fly for the first time,"
Northlight CEO Fiona MacAskill said at a post-launch briefing. "Now we have to do the second
hardest thing, which is to do it again, and again, on a schedule customers can plan around."

[BOX]

Northlight, founded in 2018, has raised 92 million pounds and has about 210 employees. It plans a
second Solan flight in the fall and has said it wants to reach up to 10 launches a year from
Ardnish.

The U.K.'s Civil Aviation Authority licensed both the spaceport and the launch operator in January.
The British government has spent years promoting vertical launch from Scotland, and several other
companies are preparing rockets for sites in the Shetland Islands and Sutherland.

A UK Space Agency spokesperson called the mission "a landmark moment for the UK space sector."

For Northlight's customers, the priority now is commissioning. Havvakt said in a statement that it
had made contact with all three of its spacecraft, and Skylark EO said it expected to release its
first images within weeks.
"""

S5_ORBITAL = _orbital(
    "https://www.orbitaldispatch.example/2026/03/14/northlight-solan-reaches-orbit-first-"
    "uk-orbital-launch/",
    "Northlight's Solan reaches orbit on debut, giving the UK its first domestic orbital"
    " launch",
    "The Scottish company deployed six satellites from Ardnish Spaceport on its first try.",
    "Jeff Paulsen", "March 14, 2026", "2026-03-14T15:10:00Z", _S5_ORBITAL_BODY,
    ("https://www.orbitaldispatch.example/wp-content/uploads/2026/03/solan-debut.jpg",
     "Northlight's Solan rocket lifts off from Ardnish Spaceport in Scotland.",
     "Northlight Launch Systems"))

_S5_MERIDIAN_BODY = """
LONDON, March 14 (Meridian) - Scottish startup Northlight Launch Systems put six small satellites
into orbit on Saturday with the first flight of its Solan rocket, the first orbital launch from
British soil.

The two-stage, 21-meter rocket lifted off from Ardnish Spaceport in Caithness, on the northern tip
of the Scottish mainland, at 1342 GMT and deployed its payload into a sun-synchronous orbit about
540 km (335 miles) above Earth roughly 14 minutes later, the company said.

Britain has for years sought to build a domestic launch industry to serve the growing market for
small satellites used for Earth observation, communications and ship tracking. The last attempt to
reach orbit from the UK, by Virgin Orbit from Cornwall in January 2023, ended in failure, and the
company went bankrupt months later.

"This is a Scottish rocket, launched from a Scottish spaceport," Northlight Chief Executive Fiona
MacAskill told reporters. "The question people kept asking us was whether this could be done here.
It has been done."

[AD]

Edinburgh-based Northlight, founded in 2018, has raised 92 million pounds ($118 million) from
investors including venture capital funds and a Scottish government-backed development bank. It
employs about 210 people.

The company had called off two attempts earlier in the week, on Tuesday because of high winds and
on Thursday because of a faulty sensor.

Solan carried six satellites with a combined mass of 186 kg: three for Norwegian ship-tracking firm
Havvakt, two for Edinburgh-based Earth observation company Skylark EO and one built by school
students.

Solan's first stage is powered by eight Skua engines that burn bio-propane and liquid oxygen, which
the company says cuts the carbon footprint of each launch compared with kerosene-fuelled rockets. A
single Fulmar engine drives the upper stage.

Havvakt said in a statement that it had made contact with all three of its satellites, and Skylark
EO said it expected to release its first images within weeks.

Several other companies are developing rockets to fly from spaceports in Shetland and Sutherland,
and the British government has long said it wants the country to become Europe's leading provider
of commercial small-satellite launches.

Europe's launch sector has been trying to close the gap with U.S. providers such as SpaceX and
Rocket Lab since the retirement of the Ariane 5 and delays to its successor left the continent with
limited access to space in 2023 and 2024.

Northlight plans a second flight in the autumn. Analysts said the company would need to show it
could launch regularly to win contracts from larger satellite operators.

"One successful flight proves the technology works. Ten successful flights prove the business
works," said Catherine Vogel, a space industry analyst at Stratos Advisory in London.

Britain's Civil Aviation Authority licensed the spaceport and the launch in January.
"""

S5_MERIDIAN = _meridian(
    "https://www.meridianwire.example/science/scotlands-northlight-puts-satellites-orbit-"
    "first-uk-launch-2026-03-14/",
    "Science",
    "Scotland's Northlight puts satellites in orbit in first launch from UK soil",
    "Northlight Launch Systems' Solan rocket carried six satellites to orbit from Caithness.",
    "2026-03-14T14:20:00Z", "March 14, 2026 2:20 PM UTC",
    "Paul Sandham", _S5_MERIDIAN_BODY,
    "Reporting by Paul Sandham; Editing by Tom Whitaker",
    [("/science/europe-small-launchers-2026-01-15/",
      "Europe's small-launcher startups race to first orbit"),
     ("/business/aerospace/uk-space-strategy-2025-09-30/",
      "Britain sets out new space strategy")])


# ============================================================================================
# Story 6 (quake-UC6): night-time earthquake in the Lastva valley, south-western Serevia,
# Sunday 19 April 2026. Planted: magnitude 6.3 (Novigrad Times, Continental Post, Meridian) vs
# 6.6 (SRT World); depth 12 km (Novigrad Times, Meridian) vs 21 km (Continental Post); time
# 02:47 (Novigrad Times, SRT World, Meridian) vs 3:47 a.m. (Continental Post); civil
# protection chief Nikola Barić (Novigrad Times, SRT World, Continental Post) vs Nikola Babić
# (Meridian). NOT planted: Meridian's later update in which the toll "rose to" 11 dead and
# 164 injured from nine dead and 130 injured in the morning reports.
# ============================================================================================

_S6_NOVTIMES_BODY = """
At least nine people were killed and around 130 injured when a strong earthquake struck the Lastva
valley in south-western Serevia in the early hours of Sunday, bringing down houses and forcing the
evacuation of a hospital.

The earthquake, with a magnitude of 6.3, hit at 02:47 local time, according to the Seismological
Institute of Serevia. Its epicentre was about 8 kilometres south of the town of Vranjak, some 140
kilometres south-west of Novigrad, at a depth of 12 kilometres.

The tremor woke residents across much of the country, including in the capital, where people ran
into the streets in their nightclothes and car alarms sounded across the city.

Most of the victims were in Vranjak and the nearby village of Brezna, where a family of four died
when their two-storey house collapsed. An elderly man was killed in Dolac when a chimney fell
through the roof of his house, the Sector for Emergency Management said.

Nikola Barić, head of the Sector for Emergency Management, told the Novigrad Times by phone from
Vranjak that rescuers were still searching several collapsed buildings. "We are working street by
street. We cannot rule out that there are more people under the rubble," he said.

[AD]

## Hospital evacuated

Part of the Vranjak General Hospital was damaged, and patients were moved overnight to the hospital
in Kamenar, 40 kilometres away, and to tents set up in the hospital car park. Health Minister Dušan
Kovač said no patients had been hurt during the evacuation.

Preliminary assessments show more than 1,200 buildings have been damaged, many of them older houses
built of stone and brick. Electricity was cut to much of the valley and the regional road between
Vranjak and Kamenar was closed by a landslide.

Prime Minister Jelena Marković convened an emergency session of the government at 8 a.m., which
declared a state of emergency in the municipalities of Vranjak, Brezna and Dolac for 30 days. She
was due to travel to the area in the afternoon.

"The state will not leave anyone alone. Every family that has lost its home will have a roof over
its head tonight," Marković said after the session.

## Dozens of aftershocks

Dozens of aftershocks shook the region through the night, the strongest of them a magnitude 4.8
tremor at 05:12. The Seismological Institute warned residents not to return to damaged buildings.

Ana Petrović, director of the institute, said the earthquake had occurred on a fault system that
scientists had been monitoring for decades. "This is one of the most active zones in the country.
We knew a strong earthquake here was possible; nobody can say when," she said.

The last deadly earthquake of comparable strength in Serevia struck in 1979 and killed 38 people.

The Red Cross of Serevia has opened collection points for blankets, water and food in Novigrad and
several other cities, and appealed for blood donors.
"""

S6_NOVTIMES = _novtimes(
    "https://www.novigradtimes.example/society/earthquake-lastva-valley-vranjak-dead-injured/",
    "Society",
    "Earthquake kills at least nine in Lastva valley, hospital evacuated",
    "Magnitude 6.3 tremor wakes much of the country; houses collapse in Vranjak and Brezna",
    "Marija Stanković", "2026-04-19T09:15:00+02:00", "19/04/2026 09:15", None,
    _S6_NOVTIMES_BODY,
    ("https://www.novigradtimes.example/media/2026/04/vranjak-rubble.jpg",
     "Rescuers search a collapsed house in Brezna on Sunday morning",
     "Novigrad Times/Petar Ristić"),
    ["Earthquake kills at least nine in Lastva valley, hospital evacuated",
     "How to help: Red Cross appeal for earthquake victims",
     "Government declares state of emergency in three municipalities",
     "Weather: rain expected in the south on Monday"])

_S6_SRT_BODY = """
The earthquake struck at 02:47 on Sunday. The Seismological Institute of Serevia measured its
magnitude at 6.6 and located the epicentre in the Lastva valley, about 8 kilometres south of
Vranjak.

The tremor was felt throughout Serevia and in neighbouring countries. In Novigrad, residents
reported furniture moving and objects falling from shelves.

## Victims in Vranjak and Brezna

According to the Sector for Emergency Management, nine people have died. Four of them were members
of one family in the village of Brezna, whose house collapsed while they were asleep.

Around 130 people have been injured, most of them with cuts and fractures caused by falling masonry
and broken glass. About 20 are in a serious condition.

The head of the Sector for Emergency Management, Nikola Barić, said on SRT 1 that search and rescue
teams, firefighters and the army were working in Vranjak, Brezna and Dolac.

"Our priority is to find anyone who may still be trapped. After that, we have to provide shelter
for everyone who cannot go home," Barić said.

## State of emergency

At an emergency session at 8 a.m., the government declared a state of emergency for 30 days in the
municipalities of Vranjak, Brezna and Dolac.

Prime Minister Jelena Marković said the government would provide immediate financial help to
families whose homes were destroyed. "No one will be left alone. We will rebuild every house," she
said.

The Ministry of Health said patients from the damaged part of Vranjak General Hospital had been
transferred to Kamenar and to field tents.

## Roads and power cut

A landslide has closed the regional road between Vranjak and Kamenar, and traffic is being diverted
through Dolac. Power was cut to much of the Lastva valley after the earthquake, and electricity
distribution crews are working to restore supply.

According to preliminary assessments, more than 1,200 buildings have been damaged, most of them
older family houses.

## Help from abroad

Serevia has asked for assistance through the EU Civil Protection Mechanism. Valmora announced it
would send a 45-member search and rescue team with sniffer dogs, which is expected to arrive later
on Sunday.

Several neighbouring countries have also offered help, and the European Commission said it was
ready to send emergency shelter equipment.

## Aftershocks

Seismologists recorded dozens of aftershocks, the strongest measuring 4.8. Ana Petrović, director
of the Seismological Institute, urged citizens in the affected area to stay out of damaged
buildings and to follow instructions from the emergency services.

"Aftershocks are normal after an earthquake of this size and they may continue for weeks," Petrović
said.

Schools in the three municipalities will be closed on Monday. The Red Cross of Serevia has called
on citizens to donate blood at transfusion centres across the country.

SRT 1 is broadcasting a special programme on the earthquake throughout the day.
"""

S6_SRT = _srt(
    "https://www.srt.example/en/serevia/story/earthquake-vranjak-lastva-valley",
    "Nine dead as strong earthquake hits Lastva valley",
    "Nine people have been killed and around 130 injured in an earthquake that struck the"
    " Lastva valley overnight. The government has declared a state of emergency in three"
    " municipalities.",
    "19.04.2026 08:40", "19.04.2026 10:20", _S6_SRT_BODY,
    ("https://www.srt.example/media/2026/04/19/brezna-rescue.jpg",
     "Rescue teams in Brezna", "SRT"))

_S6_CONTPOST_BODY = """
A powerful earthquake struck southwestern Serevia before dawn Sunday, killing at least nine people,
injuring scores more and collapsing houses across a mountain valley where many homes are decades
old.

The magnitude 6.3 quake hit at 3:47 a.m. local time, according to the Seismological Institute of
Serevia. It was centered about five miles south of the town of Vranjak in the Lastva valley, about
87 miles southwest of the capital, Novigrad, at a depth of about 21 kilometers (13 miles), the
institute said.

Images broadcast by Serevian television showed rescuers using their hands and small excavators to
dig through piles of stone and timber in the village of Brezna, where four members of one family
were killed. Elsewhere, people wrapped in blankets stood in the streets, afraid to return to their
homes as aftershocks continued to rattle the area.

"I heard a roar, like a train, and then everything was moving," said Milan Todorović, 52, a shop
owner in Vranjak, who spoke by phone. "My wife and I got the children out through the window. When
we looked back, the front wall of the house was gone."

[AD]

Nikola Baric, the head of Serevia's emergency management agency, said about 130 people had been
injured. Rescue teams were still searching collapsed buildings Sunday morning, he said, and the
death toll could rise.

Part of the regional hospital in Vranjak was damaged, and patients were moved to a hospital in the
city of Kamenar, about 25 miles away, and to tents.

Prime Minister Jelena Markovic declared a 30-day state of emergency in three municipalities after
an emergency cabinet meeting and said that the government would cover the cost of temporary housing
for those who had lost their homes.

[BOX]

Serevia, a country of about 6.5 million people in southeastern Europe, sits in a seismically active
region where the collision of tectonic plates has produced frequent earthquakes, though most are
small. The country's last deadly quake of similar strength struck in 1979, killing 38 people.

Seismologists said the relatively shallow depth of Sunday's quake and the age of the housing stock
contributed to the damage. Many homes in the Lastva valley were built before modern building codes
were introduced and have stone or unreinforced brick walls.

"These are exactly the kinds of buildings that fail in moderate to strong shaking," said Lena
Hartmann, a seismologist at the University of Göttingen who studies earthquake risk in the Balkans.
"The tragedy is that we know how to make them safer. It is mostly a question of money."

The European Union said it had activated its civil protection mechanism at Serevia's request, and
neighboring Valmora said it was sending a 45-member search and rescue team.

The earthquake was felt in Novigrad, where residents said they were jolted awake by shaking that
lasted several seconds, and in parts of neighboring countries.
"""

S6_CONTPOST = _contpost(
    "https://www.continentalpost.example/world/2026/04/19/serevia-earthquake-vranjak/",
    "Earthquake in Serevia kills at least 9 and topples homes in mountain valley",
    "Rescuers dug through rubble in villages of the Lastva valley after the predawn quake.",
    "Anna Kessler and Luka Perić", "2026-04-19T11:12:00Z",
    "April 19, 2026 at 7:12 a.m. EDT", _S6_CONTPOST_BODY,
    ("https://www.continentalpost.example/resizer/serevia-quake-brezna.jpg",
     "Residents and rescuers search through the remains of a house in Brezna, Serevia, on"
     " Sunday.", "Stefan Nikolić/for The Continental Post"))

_S6_MERIDIAN_BODY = """
NOVIGRAD, April 19 (Meridian) - The death toll from a magnitude 6.3 earthquake that struck
south-western Serevia overnight rose to 11 on Sunday evening, the country's emergency management
agency said, as rescuers pulled two more bodies from the rubble in the town of Vranjak.

The number of injured rose to 164 from 130 reported in the morning, Nikola Babić, the head of the
Sector for Emergency Management, told a news conference in Vranjak. Around 20 of them were in a
serious condition.

The quake struck at 2:47 a.m. (0047 GMT) at a depth of 12 km, about 8 km south of Vranjak in the
Lastva valley, according to the Seismological Institute of Serevia. It was the deadliest earthquake
in the Balkan country since 1979, when 38 people were killed.

"The search phase is almost over. Now our main task is to look after the living," Babić said,
adding that about 3,400 people would spend the night in tents, sports halls and schools.

[AD]

More than 1,200 buildings were damaged, according to preliminary assessments, including part of the
hospital in Vranjak, whose patients were moved to nearby Kamenar. Power had been restored to most
of the valley by evening, but the main road between Vranjak and Kamenar remained closed after a
landslide.

Prime Minister Jelena Marković, who visited Vranjak and Brezna on Sunday afternoon, said the
government would set aside an initial 2 billion dinars ($19.8 million) for emergency aid and
reconstruction. The government declared a 30-day state of emergency in three municipalities earlier
in the day.

"Nobody will be left alone," Marković told reporters standing in front of a collapsed house in
Brezna, where a family of four was killed. "We will rebuild every house that was destroyed."

Dozens of aftershocks have shaken the area since the main quake, the strongest a magnitude 4.8
tremor at 05:12 local time, the institute said.

Serevia activated the European Union's Civil Protection Mechanism, and a 45-member search and
rescue team from neighbouring Valmora arrived in the afternoon. The European Commission said it was
sending tents and emergency shelter equipment.

Seismologists said the damage reflected the relatively shallow depth of the quake and the age of
many houses in the rural valley, which were built of stone and unreinforced brick before modern
building codes were introduced.

Ana Petrović, director of the Seismological Institute, said the quake had occurred on a fault
system that scientists had monitored for decades, and warned that aftershocks could continue for
weeks.

In Brezna, many residents said they would sleep in their cars rather than risk returning indoors.
"The house is standing, but there are cracks you can put your hand into," said Zoran Mitić, 61. "We
sleep in the car tonight. Maybe tomorrow too."

Schools in the three municipalities will stay closed on Monday, and the Red Cross of Serevia has
appealed for blood donors.

Serevia lies in one of Europe's more seismically active regions, though damaging earthquakes are
rare.
"""

S6_MERIDIAN = _meridian(
    "https://www.meridianwire.example/world/europe/serevia-earthquake-death-toll-rises-11-"
    "2026-04-19/",
    "World",
    "Serevia earthquake death toll rises to 11, thousands spend night in shelters",
    "The toll from a magnitude 6.3 earthquake in south-western Serevia rose to 11 on Sunday.",
    "2026-04-19T16:40:00Z", "April 19, 2026 4:40 PM UTC",
    "Dragana Petrov", _S6_MERIDIAN_BODY,
    "Reporting by Dragana Petrov; Editing by Sofia Navarro",
    [("/world/europe/explainer-why-balkans-prone-earthquakes-2026-04-19/",
      "Explainer: Why is the Balkans prone to earthquakes?"),
     ("/world/europe/valmora-sends-rescue-team-serevia-2026-04-19/",
      "Valmora sends rescue team to quake-hit Serevia")])


# ============================================================================================
# Stories
# ============================================================================================

_PCT = r" ?(%|percent|per cent|pct)"

STORY_1 = _story("cb-UC1", "central bank", "2025-11-15", [
    _page("https://www.meridianwire.example/markets/rates/"
          "valmora-central-bank-cuts-rates-half-point-2025-11-13/", S1_MERIDIAN),
    _page("https://theratedesk.example/2025/11/13/cbv-goes-big-50bp/", S1_RATEDESK),
    _page("https://www.valmoraherald.example/economy/2025/nov/13/"
          "central-bank-deepest-rate-cut-five-years", S1_HERALD),
    _page("https://www.vbc.example/news/business-71824519", S1_VBC),
], [
    ("policy committee vote split",
     r"(?<![\d-])(5|five)\s*(-|–|to)\s*(2|two)(?![\d])",
     r"(?<![\d-])(6|six)\s*(-|–|to)\s*(1|one)(?![\d])"),
    ("October inflation rate", r"(?<![\d.])3\.1" + _PCT, r"(?<![\d.])3\.4" + _PCT),
    ("Mattias Lund's title", r"deputy governor", r"chief economist"),
    ("next rate decision date",
     r"(dec(ember|\.)?\s*18(th)?(?!\d)|(?<!\d)18(th)?\s*dec)",
     r"(dec(ember|\.)?\s*11(th)?(?!\d)|(?<!\d)11(th)?\s*dec)"),
])

STORY_2 = _story("cb-UC2", "central bank", "2026-02-05", [
    _page("https://www.meridianwire.example/markets/rates/"
          "serevia-central-bank-holds-rate-raises-inflation-forecast-2026-02-03/", S2_MERIDIAN),
    _page("https://www.novigradtimes.example/economy/nbs-keeps-key-rate-at-650-per-cent/",
          S2_NOVTIMES),
    _page("https://theratedesk.example/2026/02/03/nbs-on-hold-650/", S2_RATEDESK),
], [])

STORY_3 = _story("court-UC3", "court", "2025-10-27", [
    _page("https://www.theledger.example/law/2025/oct/22/"
          "residents-can-sue-water-company-over-sewage-floods-appeal-court-rules", S3_LEDGER),
    _page("https://www.bbn.example/news/articles/c9e4kx21rwlo", S3_BBN),
    _page("https://www.waterbrief.example/legal/"
          "court-of-appeal-sewer-flooding-nuisance-claims", S3_WATERBRIEF),
], [
    ("dissenting judge", r"pemberton", r"whitlow"),
    ("number of claimant households",
     r"(?<![\d,.])1,?4\d0(?![\d])", r"(?<![\d,.])1,?850(?![\d])"),
    ("date of the 2021 storm",
     r"((?<!\d)12(th)?\s*jul(y)?|jul(y|\.)?\s*12(?!\d))",
     r"((?<!\d)25(th)?\s*jul(y)?|jul(y|\.)?\s*25(?!\d))"),
])

STORY_4 = _story("trade-UC4", "trade", "2025-11-19", [
    _page("https://www.meridianwire.example/business/valmora-imposes-anti-dumping-duties-"
          "steel-2025-11-17/", S4_MERIDIAN),
    _page("https://www.valmoraherald.example/business/2025/nov/17/"
          "steel-anti-dumping-duties-kestria-dalvenia-ostrev", S4_HERALD),
    _page("https://www.steelbeat.example/trade-cases/valmora-provisional-ad-duties-crc-"
          "kestria-dalvenia-ostrev", S4_STEELBEAT),
], [
    ("highest provisional duty rate", r"(?<![\d.])38\.6" + _PCT, r"(?<![\d.])36\.8" + _PCT),
    ("date the duties take effect",
     r"(dec(ember|\.)?\s*1(st)?(?!\d)|(?<!\d)1(st)?\s*dec)",
     r"(dec(ember|\.)?\s*15(th)?(?!\d)|(?<!\d)15(th)?\s*dec)"),
    ("duration of provisional duties", r"(six|6)[- ]month", r"(four|4)[- ]month"),
])

STORY_5 = _story("rocket-UC5", "rocket", "2026-03-16", [
    _page("https://www.northernbeacon.example/news/lift-off-solan-roars-into-orbit-from-"
          "ardnish-in-historic-first-for-caithness-331874/", S5_BEACON),
    _page("https://www.bbn.example/news/articles/c0rb1t5ol4no", S5_BBN),
    _page("https://www.orbitaldispatch.example/2026/03/14/northlight-solan-reaches-orbit-"
          "first-uk-orbital-launch/", S5_ORBITAL),
    _page("https://www.meridianwire.example/science/scotlands-northlight-puts-satellites-"
          "orbit-first-uk-launch-2026-03-14/", S5_MERIDIAN),
], [])

STORY_6 = _story("quake-UC6", "earthquake", "2026-04-20", [
    _page("https://www.novigradtimes.example/society/"
          "earthquake-lastva-valley-vranjak-dead-injured/", S6_NOVTIMES),
    _page("https://www.srt.example/en/serevia/story/earthquake-vranjak-lastva-valley", S6_SRT),
    _page("https://www.continentalpost.example/world/2026/04/19/serevia-earthquake-vranjak/",
          S6_CONTPOST),
    _page("https://www.meridianwire.example/world/europe/serevia-earthquake-death-toll-rises-"
          "11-2026-04-19/", S6_MERIDIAN),
], [
    ("magnitude", r"(?<![\d.])6\.3(?![\d])", r"(?<![\d.])6\.6(?![\d])"),
    ("depth", r"(?<![\d.])(12 ?(km|kilomet)|7\.5 ?mi)", r"(?<![\d.])(21 ?(km|kilomet)|13 ?mi)"),
    ("local time of the quake", r"(?<![\d:])0?2[:.]47", r"(?<![\d:])0?3[:.]47"),
    ("head of emergency management", r"bari[cć]", r"babi[cć]"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
