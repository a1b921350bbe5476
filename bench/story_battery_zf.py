"""Part ZF of the story battery (web pages).

Written by engineer ZF1 on 2026-12-06 (twentieth session, eleventh batch) without reading
Storyline's rules or other parts, before any run; scored with
``bench/bench_story_battery.py ZF``.

Six stories told by scraped-looking HTML pages from six invented outlets (a wire service, a
national daily, a local TV station, a WordPress finance blog, a public broadcaster and a
regional paper with heavy ads). One story (trade-ZF3) is a control story with no planted
disagreement.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "ZF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


def _P(text: str) -> list[str]:
    """Split a block into paragraphs on blank lines; join wrapped lines with one space."""
    return [re.sub(r"[ \n]+", " ", b).strip() for b in text.strip().split("\n\n")]


def _li(items: list[str]) -> str:
    return "\n".join(f'      <li><a href="#">{h}</a></li>' for h in items)


def _long_date(iso: str) -> str:
    d = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return f"{d:%B} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------
# Outlet 1: Pacific Wire, a wire service. <article>, dateline, JSON-LD, "Updated" line.
# ---------------------------------------------------------------------------------------
def _wire_site(title: str, paras: list[str], dateline: str, iso: str, byline: str,
               updated: str, most_read: list[str], caption: str | None = None) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": title, "datePublished": iso,
                     "publisher": {"@type": "Organization", "name": "Pacific Wire"}})
    d = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    stamp = f"{_long_date(iso)} {d:%H:%M} GMT"
    fig = ""
    if caption:
        fig = ('<figure class="pw-photo"><img src="/img/pw-lead.jpg" alt="">'
               f"<figcaption>{caption} (Pacific Wire Photo)</figcaption></figure>\n")
    body = [f"<p><span class=\"dateline\">{dateline} (Pacific Wire) &mdash;</span> "
            f"{paras[0]}</p>"] + [f"<p>{p}</p>" for p in paras[1:]]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Pacific Wire</title>
<meta property="og:site_name" content="Pacific Wire">
<meta property="og:type" content="article">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to content</a>
<header class="pw-header">
  <div class="pw-logo">PACIFIC WIRE</div>
  <nav><a href="/world">World</a> <a href="/business">Business</a>
  <a href="/markets">Markets</a> <a href="/tech">Technology</a>
  <a href="/sports">Sports</a> <a href="/photos">Photos</a></nav>
</header>
<main id="main-content">
<article class="pw-story">
  <h1>{title}</h1>
  <div class="pw-meta"><span class="byline">By {byline}</span>
  <time datetime="{iso}">{stamp}</time></div>
  {fig}<div class="pw-body">
{chr(10).join(body)}
  </div>
  <p class="pw-updated">Updated {updated}</p>
  <div class="pw-rights">Reporting by {byline}; editing by the Pacific Wire desk.
  Our standards: the Pacific Wire Trust Principles.</div>
</article>
<aside class="pw-most-read">
  <h2>Most read</h2>
  <ol>
{_li(most_read)}
  </ol>
</aside>
</main>
<footer class="pw-footer">&copy; {d.year} Pacific Wire. All rights reserved.
Pacific Wire, 88 Embarcadero Plaza, San Francisco, CA. Terms of use &middot; Privacy &middot;
Cookie settings &middot; Contact us</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 2: The Daily Courier, a national daily. Div soup, cookie banner, paywall teaser.
# ---------------------------------------------------------------------------------------
def _courier_site(title: str, dek: str, paras: list[str], author: str, iso: str,
                  related: list[str], caption: str | None = None) -> str:
    fig = ""
    if caption:
        fig = (f'<div class="c-media"><img src="/media/lead.jpg" alt="">'
               f'<div class="c-caption">{caption} <span class="c-credit">'
               f"Photo: Daily Courier</span></div></div>")
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(f'<div class="c-para"><p>{p}</p></div>')
        if i == 3:
            chunks.append('<div class="c-paywall-teaser"><b>You have read 3 of 5 free '
                          "articles this month.</b> Subscribe to the Daily Courier for "
                          "$1 a week for your first year. <a href=\"/subscribe\">Subscribe"
                          "</a></div>")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} | Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="{iso}">
<meta name="description" content="{dek}">
</head>
<body class="c-body">
<div id="cookie-consent" class="c-cookie">We use cookies to personalise content and ads and
to analyse our traffic. <button>Accept all</button> <button>Manage preferences</button></div>
<div class="c-top"><div class="c-logo">The Daily Courier</div>
<div class="c-nav"><a href="/">Home</a> | <a href="/us">U.S.</a> | <a href="/world">World</a>
| <a href="/politics">Politics</a> | <a href="/economy">Economy</a> | <a href="/opinion">
Opinion</a> | <a href="/sports">Sports</a></div>
<div class="c-account"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
</div>
<div class="c-wrap"><div class="c-main"><div class="c-article">
<div class="c-kicker">Economy</div>
<div class="c-headline"><h1>{title}</h1></div>
<div class="c-dek">{dek}</div>
<div class="c-byline">By <a href="/by/{author.lower().replace(' ', '-')}">{author}</a>
<span class="c-date">{_long_date(iso)}</span></div>
<div class="c-share"><a>Share on Facebook</a> <a>Tweet</a> <a>Email</a> <a>Copy link</a>
</div>
{fig}
<div class="c-text">
{chr(10).join(chunks)}
</div>
<div class="c-comments"><a href="#comments">View comments</a></div>
</div></div>
<div class="c-rail"><div class="c-related"><div class="c-rail-title">Related coverage</div>
<ul>
{_li(related)}
</ul></div>
<div class="c-ad">Advertisement</div></div></div>
<div class="c-foot">&copy; The Daily Courier Company. 1200 Franklin Avenue, Washington, DC.
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of service</a>
<a href="/careers">Careers</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 3: KCRV 9, a local TV station in Cedar Rapids. Styled div headline, <br> text.
# ---------------------------------------------------------------------------------------
def _ktv_site(title: str, paras: list[str], reporter: str, ago: str | None,
              most_read: list[str], video: str, update: str | None = None) -> str:
    posted = f'<div class="posted">Posted {ago}</div>' if ago else ""
    upd = f"<br><br><i>{update}</i>" if update else ""
    return f"""<html>
<head>
<title>{title} - KCRV 9 News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="topbar"><span class="wx">Cedar Rapids 41&deg;F Cloudy</span>
<a href="/live">WATCH LIVE</a> <a href="/weather">Weather</a> <a href="/news">News</a>
<a href="/sports">Sports</a> <a href="/contests">Contests</a></div>
<div class="alert-banner">Download the KCRV 9 app for breaking news alerts</div>
<div id="content">
<div class="story-headline" style="font-size:34px;font-weight:bold">{title}</div>
<div class="story-byline">By {reporter}, KCRV 9 News</div>
{posted}
<div class="video-player" data-video="kcrv">&#9654; {video}</div>
<div class="story-share">Share on Facebook &middot; Share on X &middot; Email</div>
<div class="story-text">
{"<br><br>".join(paras)}{upd}
</div>
<div class="tip-line">Have a news tip? Email newsdesk@kcrv9.example or call 319-555-0199.
</div>
</div>
<div class="sidebar"><h3>MOST READ</h3><ul>
{_li(most_read)}
</ul>
<div class="ad-box">ADVERTISEMENT</div></div>
<div class="footer">KCRV 9 &middot; 2400 Edgewood Rd SW, Cedar Rapids, IA 52404 &middot;
FCC Public File &middot; EEO Report &middot; Closed Captioning &middot; &copy; KCRV-TV
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 4: Ledger & Yield, a WordPress-style finance blog.
# ---------------------------------------------------------------------------------------
def _ledger_site(title: str, paras: list[str], author: str, date: str | None,
                 tags: list[str], recent: list[str], comments: int) -> str:
    when = (f'<span class="posted-on">Posted on <time class="entry-date published">{date}'
            f"</time></span> " if date else "")
    tag_html = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{t}</a>'
                         for t in tags)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; Ledger &amp; Yield</title>
<link rel="stylesheet" id="twentyish-style-css" href="/wp-content/themes/ly/style.css">
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Ledger &amp;
Yield</a></p><p class="site-description">Markets, macro and the occasional rant</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">
<li><a href="/category/macro">Macro</a></li><li><a href="/category/trade">Trade</a></li>
<li><a href="/category/rates">Rates</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{when}<span class="byline">by <span class="author vcard">
<a class="url fn n" href="/author/{author.split()[0].lower()}">{author}</a></span></span>
</div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter">Tweet</a></li><li><a class="share-facebook">Share on
Facebook</a></li><li><a class="share-linkedin">LinkedIn</a></li>
<li><a class="share-copy">Copy link</a></li></ul></div>
<div class="ly-newsletter"><strong>Get the Monday Ledger</strong> &#8212; one email a week,
no hype. <input type="email" placeholder="you@example.com"> <button>Sign up</button></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tag_html}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">About {author}</h2>
<p class="author-bio">{author} spent eleven years on a bank trading desk before starting this
blog. Nothing here is investment advice.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{comments} thoughts on
&ldquo;{title}&rdquo;</h2><a href="#respond">Leave a comment</a></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>
{_li(recent)}
</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; Ledger &amp; Yield
&middot; Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 5: Northland Broadcasting Service (NBS), a public broadcaster. No date shown.
# ---------------------------------------------------------------------------------------
def _nbs_site(title: str, paras: list[str], caption: str, related: list[str],
              read_more: tuple[int, str] | None = None) -> str:
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div data-component="text-block"><p>{p}</p></div>')
        if read_more and i == read_more[0]:
            blocks.append(f'<div data-component="links-block"><p><b>Read more:</b> '
                          f'<a href="/news/related">{read_more[1]}</a></p></div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} - NBS News</title>
<meta property="og:site_name" content="NBS News">
<meta property="og:title" content="{title}">
</head>
<body>
<div class="nbs-skip"><a href="#main-heading">Skip to content</a></div>
<div class="nbs-consent" role="dialog">Let us know you agree to cookies. We use cookies to
give you the best online experience. <a>Yes, I agree</a> <a>No, take me to settings</a></div>
<header class="nbs-masthead"><span class="nbs-brand">NBS</span>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/radio">Radio</a> <a href="/player">NBS Player</a></nav>
<div class="nbs-subnav"><a href="/news/world">World</a> <a href="/news/business">Business</a>
<a href="/news/politics">Politics</a> <a href="/news/science">Science</a></div>
</header>
<main id="main-content" role="main">
<article>
<div data-component="headline-block"><h1 id="main-heading">{title}</h1></div>
<div data-component="image-block"><figure><img src="/images/lead.jpg" alt="">
<figcaption>{caption}</figcaption></figure></div>
{chr(10).join(blocks)}
</article>
<section class="nbs-related"><h2>Related</h2><ul>
{_li(related)}
</ul></section>
</main>
<footer class="nbs-footer"><p>Copyright &copy; Northland Broadcasting Service. NBS is not
responsible for the content of external sites.</p><a href="/terms">Terms of Use</a>
<a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility Help</a>
<a href="/contact">Contact the NBS</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Outlet 6: The Harbor City Gazette, a regional paper with heavy ads. Table layout.
# ---------------------------------------------------------------------------------------
def _gazette_site(title: str, paras: list[str], author: str, date: str | None,
                  read_more: str, popular: list[str]) -> str:
    rows = []
    for i, p in enumerate(paras):
        rows.append(f'<p class="gz-p">{p}</p>')
        if i % 2 == 1 and i < len(paras) - 1:
            rows.append('<div class="gz-ad"><span>Advertisement</span>'
                        '<iframe src="/ads/slot" width="300" height="250"></iframe>'
                        "<span>Story continues below advertisement</span></div>")
        if i == 2:
            rows.append(f'<p class="gz-readmore"><b>READ MORE:</b> <a href="/news/more">'
                        f"{read_more}</a></p>")
    dline = f'<div class="gz-date">Published {date}</div>' if date else ""
    return f"""<html>
<head>
<title>{title} | Harbor City Gazette</title>
</head>
<body bgcolor="#ffffff">
<div class="gz-leaderboard"><span>Advertisement</span><iframe src="/ads/top" width="728"
height="90"></iframe></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="gz-logo"><font size="6" face="Georgia"><b>The Harbor City Gazette</b></font></td>
<td class="gz-sub"><a href="/subscribe">Subscribe: 99&cent; for 3 months</a> |
<a href="/epaper">E-Edition</a> | <a href="/obits">Obituaries</a> | <a href="/classifieds">
Classifieds</a></td></tr></table>
<table width="100%"><tr><td class="gz-nav"><a href="/news">Local News</a> &middot;
<a href="/business">Business</a> &middot; <a href="/port">Port &amp; Shipping</a> &middot;
<a href="/sports">Sports</a> &middot; <a href="/opinion">Opinion</a></td></tr></table>
<div class="gz-newsletter-popup">Get the Gazette Morning Brief in your inbox every day.
<input type="email"> <button>Sign me up</button> <a class="close">No thanks</a></div>
<table width="100%"><tr><td valign="top" width="70%">
<div class="gz-title"><font size="5"><b>{title}</b></font></div>
<div class="gz-author">By {author}, Gazette staff writer</div>
{dline}
<div class="gz-share">Share: Facebook | X | Email | Print</div>
{chr(10).join(rows)}
<div class="gz-comments">Comments are closed on this story.</div>
</td><td valign="top" class="gz-right">
<div class="gz-ad"><span>Advertisement</span><iframe src="/ads/right" width="300"
height="600"></iframe></div>
<div class="gz-popular"><b>Popular on HarborCityGazette</b><ol>
{_li(popular)}
</ol></div>
<div class="gz-ad"><span>Sponsored</span> <a href="#">Local roofer reveals one trick
homeowners miss</a></div>
</td></tr></table>
<div class="gz-footer">&copy; The Harbor City Gazette, 410 Wharf Street, Harbor City.
All rights reserved. <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a>
| <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


# =======================================================================================
# Story 1: Oslo round of US-China talks; truce extended 90 days.
# =======================================================================================
_S1_WIRE = _P("""
The United States and China agreed on Tuesday to extend their tariff truce by another 90
days, keeping duties at current levels after two days of talks in Oslo that officials on both
sides described as constructive but unfinished.

The pause, which had been due to lapse on Friday, Sept.&nbsp;12, will now run until
Thursday, Dec.&nbsp;11, according to a joint statement issued at 6:30 p.m. local time
(1630 GMT).

Treasury Secretary Daniel Harlow, who led the U.S. team alongside Trade Representative Marisa
Quintero, told reporters outside the venue that the two sides &#8220;had frank, constructive
conversations and we are not done.&#8221;

Tuesday&#8217;s session ran for nearly seven hours, stretching well past its scheduled close
as negotiators worked through the wording of the statement, according to a person familiar
with the talks who asked not to be named.

China&#8217;s delegation was led by Vice Premier Liu Zhenhai. The official Xinhua news agency
quoted him as calling the discussions &#8220;candid, in-depth and constructive&#8221; and
saying both sides should &#8220;keep the channel open.&#8221;

Under the truce, U.S. tariffs on most Chinese goods remain at 30% and China&#8217;s levies on
American products at 10%. Both had been far higher in the spring, when U.S. duties peaked at
145% and Chinese ones at 125%, before the first round of talks in Geneva in May brought them
down.

The Oslo meeting was the fourth round of talks, after Geneva in May, London in June and
Stockholm in July.

Several disputes remain open, including U.S. restrictions on exports of advanced chips, a
separate tariff tied to fentanyl trafficking, and Chinese purchases of American soybeans.
No date was set for the next round.

Goods trade between the two economies totaled $582 billion last year, according to U.S.
Census Bureau figures, down from a peak of more than $690 billion in 2022.

Markets had largely priced in an extension. U.S. stock futures were little changed after the
statement.
""")

_S1_COURIER = _P("""
American and Chinese negotiators agreed Tuesday to keep their fragile trade truce alive for
another 90 days, putting off a return to triple-digit tariffs and buying time for a broader
deal that has so far proved elusive.

The decision came at the end of two days of meetings in the Norwegian capital, including a
session on Tuesday that lasted about five hours. Officials released a joint statement at
12:30 p.m. Eastern time saying the pause would now run until Dec. 11.

&#8220;We had frank and constructive conversations, and we&#8217;re not done,&#8221;
Commerce Secretary Daniel Harlow, the lead American negotiator, said afterward.

The truce, first struck in <a href="/economy/geneva-talks">Geneva in May</a>, had been
scheduled to expire on Sept. 12. Without an extension, American tariffs on Chinese imports
could have snapped back toward the 145 percent level reached in April.

For now, the current rates hold: 30 percent on most goods coming from China, and 10 percent
on American goods shipped the other way.

Beijing&#8217;s team was headed by Vice Premier Liu Zhenhai, the country&#8217;s top economic
official, and included Chen Weiguo, China&#8217;s international trade representative.

Analysts said the repeated extensions suggest both governments now prefer a managed stalemate
to another round of escalation. &#8220;Every ninety days is another quarter in which companies
cannot plan,&#8221; said Rachel Okafor, a trade economist at the Brookline Institute.
&#8220;The truce is better than the alternative, but it is not a policy.&#8221;

Among the sticking points are Washington&#8217;s controls on advanced semiconductors and
Beijing&#8217;s purchases of American farm goods, which have fallen sharply this year. No date
has been announced for the next round of talks.

Marisa Quintero, the United States trade representative, is expected to brief lawmakers on
the Oslo round next week, her office said. Several farm-state senators have pressed the
administration to make soybean sales a condition of any final agreement.
""")

_S1_NBS = _P("""
Trade negotiators from the US and China have agreed to prolong a pause in their tariff
dispute until 11 December, after two days of talks in Oslo ended on Tuesday 9 September.

The truce had been due to end on 12 September. Under it, the US applies tariffs of 30% to
most Chinese imports, while China charges 10% on goods from the US.

The final day of talks lasted five hours, officials said, and was followed by a joint
statement from both delegations in the early evening, Oslo time.

The US delegation was led by Treasury Secretary Daniel Harlow. China&#8217;s was led by
Vice-Premier Liu Zhenhai, with the trade negotiator Chen Weiguo at his side.

Speaking to NBS after the talks, Mr Chen said: &#8220;Both sides agreed that stability is in
the interest of the world economy. There is still a great deal of work ahead.&#8221;

Mr Harlow described the meetings as &#8220;frank&#8221; and &#8220;constructive&#8221; but
said the two sides were &#8220;not done&#8221;. No date has been set for another round.

The tariff fight escalated sharply in April, when the US raised duties on Chinese goods in
several steps and Beijing retaliated each time. At the height of the dispute, US tariffs
reached 145%.

Economists say the uncertainty has already changed the shape of world trade, with Chinese
exporters sending more goods to South-East Asia, Latin America and Europe, and some US
importers moving orders to Vietnam and Mexico.

Norway, which is not a party to the dispute, offered to host the round as a neutral venue.
Its foreign minister said the country was &#8220;glad to provide a room and a table&#8221;.
""")

_S1_LEDGER = _P("""
So the pause lives on. After two days in Oslo (Monday, Sept.&nbsp;8 and Tuesday,
Sept.&nbsp;9), Washington and Beijing agreed to roll their tariff truce forward by another 90
days, to <strong>Wednesday, Dec.&nbsp;11</strong>.

Here&#8217;s the short version for those of you who don&#8217;t want to read a joint
communiqu&eacute;: nothing changes on rates. US tariffs on most Chinese imports stay at 30%;
China&#8217;s on US goods stay at 10%. The Sept.&nbsp;12 cliff that markets had been
watching is gone.

On the tone: Treasury Secretary Daniel Harlow called the meetings &#8220;frank&#8221; and
said the two sides were &#8220;not done.&#8221; Chinese Vice Premier Liu Zhenhai was quoted
by Xinhua calling them &#8220;candid, in-depth and constructive.&#8221; Diplomats use those
words when nobody walked out.

<em>Why it matters:</em> roughly $580 billion of goods crossed the Pacific between the two
countries last year. A snapback to the April levels &#8212; 145% one way, 125% the other
&#8212; would have stopped a lot of that cold.

<em>The yuan:</em> the offshore yuan firmed to about 7.12 per dollar after the statement,
which tells you FX traders had a sliver of doubt. Equity futures shrugged.

<em>What isn&#8217;t solved:</em> chips, the fentanyl tariff, and soybeans. Harlow&#8217;s
team did not announce a date for the next round, and that is a tell. When both sides are
close to something, they like to name the next venue.

My take: this is another extension-shaped outcome, and each one makes the next
one easier to sell at home. That is good for volatility sellers and bad for anyone waiting
for a real deal before signing supplier contracts for 2026.

Positioning note: I am still underweight the <a href="/tag/freight">freight names</a> that
rallied on the Geneva headlines in May. A truce is not a recovery in volumes.
""")

_S1 = _story("trade-ZF1", "trade", "2025-09-19", [
    _page("https://www.pacificwire.example/world/us-china-oslo-truce-extended-8841",
          _wire_site("US, China extend tariff truce by 90 days after Oslo talks", _S1_WIRE,
                     "OSLO", "2025-09-09T17:10:00Z", "Ingrid Solheim and Mark Tanaka",
                     "17:40 GMT", [
                         "Swiss National Bank holds rate at 0% as franc stays strong",
                         "Magnitude 6.2 quake shakes northern Chile; no deaths reported",
                         "Oil slips 1% as OPEC+ agrees modest October output rise",
                         "Japan&#8217;s prime minister to step down, party vote set for "
                         "Oct. 4",
                     ])),
    _page("https://www.dailycourier.example/economy/2025/09/09/china-trade-truce-oslo",
          _courier_site("U.S. and China extend tariff pause to December after Oslo talks",
                        "Negotiators keep current tariff rates in place while chips and farm "
                        "purchases stay unresolved.", _S1_COURIER, "Helen Marsh",
                        "2025-09-09T20:45:00Z", [
                            "Fed officials signal first rate cut of the year is near",
                            "How the London talks in June cut rare-earth delays",
                            "Steel importers brace for 50% tariff on more products",
                        ], caption="Daniel Harlow, center, leaving the talks in Oslo on "
                                   "Tuesday.")),
    _page("https://www.nbs.example/news/business-77120345",
          _nbs_site("US and China extend trade truce until December", _S1_NBS,
                    "File photo: Containers stacked at the port of Qingdao in eastern China",
                    ["Bank of England cuts interest rates to 4%",
                     "Why soybean farmers fear a long trade war",
                     "EU and US finalise 15% tariff deal on cars"],
                    read_more=(3, "What is in the US-China trade truce?"))),
    _page("https://ledgerandyield.example/2025/09/oslo-truce-extended/",
          _ledger_site("Truce extended again: what the Oslo deal means for tariffs, the yuan "
                       "and your portfolio", _S1_LEDGER, "Cal Brennan", None,
                       ["US-China", "Tariffs", "Yuan", "Trade war"],
                       ["Why I still don&#8217;t trust the August jobs number",
                        "Gold at $3,600: who is buying?",
                        "The ECB held at 2%. Here&#8217;s what Lagarde didn&#8217;t say"],
                       14)),
], [
    ("duration", r"(?<![\d.])7 ?(hours?|hrs?|h\b)|seven hours|420 ?min",
     r"(?<![\d.])5 ?(hours?|hrs?|h\b)|five hours|300 ?min"),
    ("weekday", r"wednesday", r"thursday"),
    ("title", r"treasury", r"commerce secretary|secretary of commerce"),
])


# =======================================================================================
# Story 2: US revokes export licenses for chip tools bound for Huaxin Semiconductor.
# =======================================================================================
_S2_WIRE = _P("""
The U.S. Commerce Department has revoked 12 export licenses that allowed American suppliers
to ship chipmaking equipment to Huaxin Semiconductor, a move that drew a sharp protest from
Beijing on Wednesday and sent the Chinese foundry&#8217;s shares tumbling.

The Bureau of Industry and Security (BIS), the department&#8217;s export-control arm, said
on Tuesday afternoon that the revocations would take effect in 30 days, on Nov.&nbsp;20. The
licenses covered shipments worth about $1.4 billion to Huaxin&#8217;s plants in Wuxi, in
eastern China&#8217;s Jiangsu province.

The announcement came at about 4 p.m. in Washington (2000 GMT), or 4 a.m. on Wednesday in
Beijing.

&#8220;Licenses are a privilege, not a right, and they come with conditions,&#8221; Under
Secretary Alan Petrosky, who heads BIS, said in a statement. The bureau said it had evidence
that Huaxin had supplied chips to companies on the U.S. Entity List, without naming them.

China&#8217;s commerce ministry said it &#8220;firmly opposes&#8221; the decision. Spokeswoman
He Yalin told a regular briefing at 3 p.m. Beijing time that Washington was &#8220;abusing
export controls&#8221; and that China would &#8220;take necessary measures to protect the
legitimate rights of Chinese companies.&#8221;

Huaxin&#8217;s Shanghai-listed shares fell 9.8% on Wednesday, close to the daily limit. The
company said in a filing that it was assessing the impact and had enough equipment on hand
to keep its existing production lines running.

Three U.S. suppliers hold the affected licenses, according to BIS, which did not name
them. Santa Clara-based Corvane Systems, the largest American seller of etch tools to
Huaxin, did not immediately respond to a request for comment.

The step is the first major export-control action since Washington and Beijing extended
their tariff truce in September, and it comes as negotiators try to schedule another round
of talks. Huaxin is China&#8217;s third-largest contract chipmaker.

Industry analysts said the revocations were narrower than a full ban. Huaxin can still buy
some older tools that do not need a license, and Japanese and Dutch suppliers are not
covered by the U.S. action.
""")

_S2_LEDGER = _P("""
If you hold semiconductor equipment names, Tuesday afternoon was not fun. The Commerce
Department&#8217;s Bureau of Industry and Security pulled 12 export licenses that let US
toolmakers sell to <a href="/tag/huaxin">Huaxin Semiconductor</a>, and said the revocation
bites on <strong>Nov.&nbsp;20</strong>, thirty days out.

<strong>What got revoked.</strong> Licenses for deposition and etch tools bound for
Huaxin&#8217;s fabs in Suzhou. Total value: about $1.4bn of shipments, per BIS. That is not
a rounding error for the suppliers involved.

<strong>Who is exposed.</strong> Three American suppliers hold the licenses. BIS didn&#8217;t
list them, but Corvane Systems confirmed it is one of them, and its shares slid 3.1% on
Wednesday. I&#8217;d guess the other two are smaller, privately held shops.

<strong>Huaxin itself</strong> dropped 9.8% in Shanghai on Wednesday, right up against the
10% limit. The stock had run up about 40% since August on hopes of a thaw, so some of this
is just air coming out.

<strong>Beijing&#8217;s reaction.</strong> The Ministry of Commerce said it &#8220;firmly
opposes&#8221; the step and will &#8220;take necessary measures.&#8221; That phrase has come
before retaliation in the past &#8212; rare-earth licensing in April, for one.

<strong>BIS&#8217;s line.</strong> Under Secretary Alan Petrosky: &#8220;Licenses are a
privilege, not a right.&#8221; Fair enough, but the bureau did not say what Huaxin would
have to do to get them back, and that ambiguity is what the market hates.

<strong>My read:</strong> this looks targeted rather than the opening shot of a new chip
war. But with the tariff truce still in place, Washington seems to want leverage that
doesn&#8217;t show up as a tariff line. Expect more of this kind of thing, not less.

<em>Disclosure: I own no shares in any company mentioned in this post.</em>
""")

_S2_GAZETTE = _P("""
Federal regulators have revoked 14 export licenses that let American companies ship
chipmaking machinery to a major Chinese chip factory, a decision that could squeeze one of
Harbor City&#8217;s biggest employers.

The Commerce Department&#8217;s Bureau of Industry and Security announced the decision on
Tuesday, Oct.&nbsp;21. The licenses cover equipment bound for Huaxin Semiconductor, and
the cancellations take effect Nov.&nbsp;24, the bureau said.

Corvane Systems, the Santa Clara-based equipment maker that employs about 1,200 people at
its assembly plant on the Harbor City waterfront, confirmed on Wednesday, Oct.&nbsp;22, that
it holds some of the licenses. Its shares fell 3.1% that day.

&#8220;We are reviewing the notice and talking with our customers,&#8221; said Corvane
spokeswoman Dana Whitfield. &#8220;Our Harbor City team remains fully staffed, and we have
no plans to change that.&#8221;

China accounted for about 18% of Corvane&#8217;s revenue last year, according to the
company&#8217;s annual report.

In a written statement, Under Secretary of Commerce Alan Petrosky said licenses &#8220;are a
privilege, not a right.&#8221; The bureau said Huaxin had passed chips to companies on a
U.S. trade blacklist.

Mayor Lorraine Beck said she had spoken with Corvane executives on Wednesday, Oct.&nbsp;22.
&#8220;They told me the Harbor City plant is not going anywhere,&#8221; Beck said.
&#8220;I&#8217;ll take them at their word, and we will keep watching.&#8221;

The machine shops and freight companies that supply Corvane could feel any slowdown first,
said Arturo Diaz, who runs a precision-machining firm on Pier Road. &#8220;When Corvane
sneezes, we all catch a cold down here,&#8221; he said.

China&#8217;s commerce ministry said it firmly opposed the decision and would take
&#8220;necessary measures.&#8221;
""")

_S2 = _story("trade-ZF2", "trade", "2025-11-03", [
    _page("https://www.pacificwire.example/business/us-revokes-huaxin-licenses-9102",
          _wire_site("US revokes chip-tool export licenses for China&#8217;s Huaxin; Beijing "
                     "protests", _S2_WIRE, "WASHINGTON/BEIJING", "2025-10-22T09:30:00Z",
                     "Daniel Ortiz and Wen Jiahui", "10:15 GMT", [
                         "Gold tops $4,300 an ounce for the first time",
                         "Bank of Canada expected to trim rate to 2.25% next week",
                         "Magnitude 5.8 earthquake jolts western Turkey",
                         "Ukraine peace talks stall over ceasefire lines",
                     ])),
    _page("https://ledgerandyield.example/2025/10/huaxin-licenses-explainer/",
          _ledger_site("Washington pulls Huaxin&#8217;s tool licenses: a quick explainer",
                       _S2_LEDGER, "Cal Brennan", "October 22, 2025",
                       ["Semiconductors", "Export controls", "China", "Huaxin"],
                       ["Q3 earnings: the chip-tool makers report next week",
                        "Rare earths, again: a primer",
                        "Ten-year yield below 4% &#8212; now what?"],
                       31)),
    _page("https://www.harborcitygazette.example/business/corvane-china-licenses-revoked",
          _gazette_site("Harbor City toolmaker Corvane hit as U.S. pulls China export "
                        "licenses", _S2_GAZETTE, "Joanna Pell", None,
                        "Port of Harbor City container volumes fall 4% in September",
                        ["High school football: Mariners win 28-14 in rivalry game",
                         "City council approves $62 million pier repair bond",
                         "Ferry fares to rise 25 cents starting Jan. 1",
                         "Police: two hurt in Harbor Boulevard crash"])),
], [
    ("count", r"(?<![\d.])12(?![\d.])|twelve", r"(?<![\d.])14(?![\d.])|fourteen"),
    ("place", r"wuxi", r"suzhou"),
    ("effective date", r"nov(ember|\.)? ?20(?!\d)|2025-11-20|20 nov",
     r"nov(ember|\.)? ?24(?!\d)|2025-11-24|24 nov"),
])


# =======================================================================================
# Story 3 (control): China lifts March tariffs on US farm goods; soybean purchases.
# =======================================================================================
_S3_COURIER = _P("""
China will scrap a set of retaliatory tariffs on American farm products starting Monday,
removing a major obstacle to soybean sales that have slumped since the trade war flared
this spring.

The tariff commission of China&#8217;s State Council said early Wednesday, Washington time,
that it would drop the extra 10 percent duty on U.S. soybeans, pork and beef, and the 15
percent duty on chicken, wheat, corn and cotton. Both sets of tariffs were imposed in March.

A separate 10 percent tariff that Beijing applies to all American goods will stay in place.

Agriculture Secretary Janet Lindqvist welcomed the move. &#8220;This is a good day for
American farmers, and frankly it is overdue,&#8221; she said in a statement.

China also confirmed that its state buyers would purchase 12 million metric tons of U.S.
soybeans before the end of the year, and at least 25 million metric tons in each of the
following three years.

Soybean futures in Chicago rose nearly 2 percent on the news, extending a rally that began
when the two governments first signaled a farm deal last month.

China was for years the largest buyer of American soybeans. It bought about 22 million
metric tons last year, nearly half of all U.S. soybean exports, but had booked almost
nothing from this autumn&#8217;s harvest before Wednesday&#8217;s announcement, turning
instead to Brazil and Argentina.

&#8220;The tariff cut matters less than the purchase commitment,&#8221; said Tom Reiser, a
grain analyst at Midcontinent Futures in Kansas City. &#8220;Farmers will believe it when
the ships are loading in the Gulf.&#8221;

Farm groups have warned that many growers are under financial strain after a year of low
prices and high input costs, and the administration has promised a separate aid package.
""")

_S3_KTV = _P("""
CEDAR RAPIDS, Iowa (KCRV) &#8212; Iowa soybean growers are breathing a little easier after
China said it will end its extra tariff on American soybeans starting Monday, Nov.&nbsp;10.

The announcement came out of Beijing overnight, at about 3:30 a.m. Central time on
Wednesday, Nov.&nbsp;5.

Beijing is removing the extra 10% tariff it put on U.S. soybeans in March. An
across-the-board 10% tariff on American goods remains in place.

China also committed to buying 12 million metric tons of U.S. soybeans by the end of the
year &#8212; roughly 440 million bushels.

&#8220;We&#8217;ve had bins full of beans and nowhere to send them,&#8221; said Mark Dvorak,
who farms near Mount Vernon and is president of the Iowa Soybean Growers Council.
&#8220;This doesn&#8217;t fix everything, but it&#8217;s the first good news we&#8217;ve had
since spring.&#8221;

Soybean prices at the Chicago Board of Trade jumped about 20 cents a bushel on
Wednesday, Nov.&nbsp;5.

U.S. Agriculture Secretary Janet Lindqvist called it &#8220;a good day for American
farmers.&#8221;

At the grain elevator in Marion, manager Sue Kettering said the phones started ringing
before sunrise. &#8220;Guys want to know if they should sell now or wait. I tell them
nobody knows, but at least there&#8217;s a buyer again,&#8221; she said.

Iowa is the country&#8217;s second-biggest soybean producer after Illinois. Many farmers
here had stored this year&#8217;s crop rather than sell it at low prices.

The relief covers more than soybeans. China is also dropping the 15% tariff it placed on
U.S. corn, wheat, chicken and cotton at the same time in March.

KCRV 9 will have more reaction from area farmers tonight at 6.
""")

_S3_LEDGER = _P("""
Beijing&#8217;s State Council Tariff Commission announced on Wednesday, Nov.&nbsp;5
(5:30&nbsp;p.m. Beijing time) that it will lift the March retaliatory tariffs on US farm
goods from <strong>Monday, Nov.&nbsp;10</strong>. The numbers, as briefly as I can:

<strong>Soybeans:</strong> the extra 10% goes. Counting the 3% most-favored-nation rate and
the 10% levy on all US goods that stays, US beans will pay 13% at the Chinese border
instead of 23%.

<strong>Chicken, wheat, corn, cotton:</strong> the 15% surcharge goes too. Sorghum and
pork were in the March package as well and get the same treatment as beans.

<strong>What doesn&#8217;t change:</strong> the 10% levy China applies to all US goods stays
where it is, and so does the paperwork. US exporters still need their plants registered
with Chinese customs, and a handful of those registrations lapsed this year.

<strong>Purchases:</strong> 12 million tonnes (about 13.2 million short tons) of soybeans
by the end of 2025, then 25 million tonnes a year in 2026, 2027 and 2028.

<strong>Futures:</strong> January soybeans on the CBOT closed up 1.8% at $11.24 a bushel on
Nov.&nbsp;5.

<strong>Context:</strong> China imported 22.1 million tonnes of US soybeans in 2024. This
year Brazil took almost all of that business, and Brazilian premiums at Paranagu&aacute;
widened as a result. Expect those to narrow now.

<strong>Who loses:</strong> probably Brazilian crushers and, at the margin, Argentine
exporters who had enjoyed a few months of unusual demand.

<strong>The catch:</strong> purchase commitments are only as good as the state buyers who
execute them. Watch the weekly USDA export sales report every Thursday. If the Chinese
bookings don&#8217;t show up there by mid-December, the rally will fade.
""")

_S3_NBS = _P("""
China is to remove tariffs it imposed on US agricultural goods in March, in the latest sign
of easing tension between the world&#8217;s two largest economies.

The Customs Tariff Commission of the State Council said on the evening of Wednesday 5
November that the 15% levy on US chicken, wheat, corn and cotton, and the 10% duty on
soybeans, sorghum and pork, would be dropped from 10 November.

US soybeans will still face a total tariff of 13%, because a separate 10% tariff on all US
goods remains, on top of China&#8217;s standard rate.

China will also buy 12 million tonnes of US soybeans by the end of 2025, according to the
Ministry of Commerce in Beijing.

The US Department of Agriculture welcomed the decision. Agriculture Secretary Janet
Lindqvist said it was &#8220;a good day for American farmers&#8221;.

China bought about 22 million tonnes of soybeans from the US in 2024 but almost none from
this year&#8217;s harvest until now, relying instead on supplies from South America.

Chicago soybean futures rose on the news. Soybeans are used mainly to make animal feed
and cooking oil. China, the world&#8217;s
largest importer, uses most of its purchases to feed pigs.

Analysts say farmers in the American Midwest, many of whom backed President Trump, have
been among the hardest hit by the trade dispute.

The move follows a series of negotiating rounds this year in Geneva, London, Stockholm and
Oslo, and a meeting of the two countries&#8217; leaders in South Korea at the end of
October.
""")

_S3 = _story("trade-ZF3", "trade", "2025-11-12", [
    _page("https://www.dailycourier.example/economy/2025/11/05/china-soybean-tariffs-lifted",
          _courier_site("China to lift retaliatory tariffs on U.S. soybeans and farm goods",
                        "Beijing drops the March levies from Monday and pledges large soybean "
                        "purchases; a broader 10 percent tariff remains.", _S3_COURIER,
                        "Owen Fitzgerald", "2025-11-05T14:20:00Z", [
                            "Fed cuts rates by a quarter point, signals caution on December",
                            "Farm aid package: what growers can expect",
                            "Drought cuts Argentine wheat forecast by 8%",
                        ])),
    _page("https://www.kcrv9.example/news/local/iowa-farmers-cheer-china-soybean-tariffs",
          _ktv_site("Iowa farmers cheer as China drops soybean tariffs", _S3_KTV,
                    "Jenna Voss", "7 days ago", [
                        "Cedar Rapids school board approves new start times",
                        "First snow of the season: 1 to 3 inches possible Friday",
                        "Hawkeyes fall 24-21 on late field goal",
                        "Marion man charged after I-380 chase",
                    ], "WATCH: Farmers react to China tariff news",
                    update="UPDATE: This story has been updated with comments from the Iowa "
                           "Soybean Growers Council.")),
    _page("https://ledgerandyield.example/2025/11/china-soy-tariffs-by-the-numbers/",
          _ledger_site("China&#8217;s soybean tariff rollback, by the numbers", _S3_LEDGER,
                       "Cal Brennan", None, ["Soybeans", "China", "Tariffs", "Ags"],
                       ["Powell&#8217;s December problem",
                        "Brazil&#8217;s record crop and what it means for freight",
                        "The shutdown and the missing data"],
                       9)),
    _page("https://www.nbs.example/news/business-77488102",
          _nbs_site("China lifts tariffs on US farm goods in trade thaw", _S3_NBS,
                    "File photo: A combine harvests soybeans in Illinois",
                    ["What did Trump and Xi agree in South Korea?",
                     "Brazil&#8217;s farmers win as US-China row rumbles on",
                     "Bank of England holds rates at 4%"],
                    read_more=(4, "US-China trade: a timeline of the tariff war"))),
], [])


# =======================================================================================
# Story 4: US sets a March 1 fentanyl deadline and threatens a higher tariff.
# =======================================================================================
_S4_WIRE = _P("""
The United States will raise its fentanyl-related tariff on Chinese imports to 35% from 10%
unless Beijing tightens controls on the chemicals used to make the drug by March&nbsp;1, U.S.
Trade Representative Marisa Quintero said on Tuesday.

The higher rate would take effect at 12:01 a.m. EST (0501 GMT) on Sunday, March&nbsp;1,
Quintero told reporters at the White House. &#8220;The clock is running. We have given China
every opportunity, and now we need results,&#8221; she said.

The deadline sets up a tense next round of trade talks, which both governments confirmed
will be held in Kuala Lumpur on Feb.&nbsp;19-20.

China&#8217;s commerce ministry rejected the ultimatum on Wednesday. &#8220;China will not
negotiate under threats, and any pressure will be met with a firm response,&#8221;
spokeswoman Shen Ruolan told a regular briefing in Beijing.

Washington says China has not done enough to stop companies from exporting precursor
chemicals to Mexican cartels, which use them to make fentanyl. Beijing says fentanyl abuse
is a problem the United States must solve at home, and that China has some of the
world&#8217;s strictest drug controls.

The fentanyl levy was halved to 10% in November after Chinese pledges to tighten oversight
of precursor exports, part of a broader easing of tensions that also saw Beijing resume
purchases of American soybeans.

Vice Premier Liu Zhenhai is expected to lead China&#8217;s delegation in Kuala Lumpur, with
Treasury Secretary Daniel Harlow and Quintero leading the U.S. side.

Hong Kong&#8217;s Hang Seng index fell 1.9% on Wednesday, with exporters and chipmakers
among the biggest losers, and the yuan weakened slightly against the dollar.
""")

_S4_COURIER = _P("""
The administration on Tuesday gave China a March 1 deadline to crack down on the chemicals
used to make fentanyl, threatening to raise a tariff on Chinese goods to 40 percent from 10
percent if Beijing does not act.

Trade Representative Marisa Quintero, announcing the ultimatum at the White House, said
&#8220;the clock is running&#8221; and that Washington wanted &#8220;results, not
promises.&#8221; She declined to say exactly what would satisfy the administration, beyond
&#8220;seizures, prosecutions and export controls that work.&#8221;

The tariff in question was imposed last year over fentanyl trafficking and was reduced from
20 percent to 10 percent in November, when the two countries agreed to a wider truce that
also restored Chinese purchases of American soybeans.

Beijing responded on Wednesday. &#8220;China will not negotiate under threats. Any pressure
will meet a firm response,&#8221; said Shen Ruolan, a spokeswoman for the Ministry of
Commerce.

Negotiators are scheduled to meet later this month in Kuala Lumpur, Malaysia, in what would
be the first formal round of talks this year.

&#8220;This is leverage-building before Kuala Lumpur,&#8221; said Rachel Okafor, a trade
economist at the Brookline Institute. &#8220;Both sides want to walk into that room with
something to give away.&#8221;

Overdose deaths in the United States have fallen from their 2023 peak, according to federal
data, but synthetic opioids still kill tens of thousands of Americans each year, and the
issue remains a potent one in Congress.

Farm groups were quick to express concern. A renewed tariff fight could put soybean sales
at risk again, said the head of a national growers&#8217; association, just months after
they resumed.
""")

_S4_NBS = _P("""
The US has threatened to raise a tariff on Chinese goods from 10% to 35% unless China does
more to curb exports of chemicals used to make the opioid fentanyl.

The deadline falls at 00:01 GMT on Sunday 1 March, US Trade Representative Marisa Quintero
said at the White House on Tuesday 3 February.

Beijing rejected the threat. &#8220;We will not negotiate under threats; any pressure will
be met firmly,&#8221; foreign ministry spokesman Guo Haoming said on Wednesday 4 February.

The two sides are due to meet for trade talks in the Malaysian capital, Kuala Lumpur, on
19 and 20 February.

Fentanyl is a synthetic opioid many times stronger than heroin. The US says most of the
drug sold on its streets is made in Mexico from chemicals shipped from China, a claim
Beijing disputes.

Analysts say the threat is partly a negotiating tactic ahead of the talks, but that it
raises the risk of a new round of tit-for-tat measures after a period of relative calm.

China&#8217;s exports to the US fell by about a fifth last year as companies shifted
supply chains to South-East Asia and Mexico, though its overall exports hit a record.

The US Treasury and China&#8217;s Ministry of Commerce have held regular calls since the
truce agreed last autumn, officials on both sides say.

In Washington, members of Congress from both parties welcomed the deadline, saying China
had moved too slowly. Chinese officials point to rules that now require licences for
exports of several precursor chemicals to North America.
""")

_S4_GAZETTE = _P("""
Harbor City&#8217;s port operators are bracing for another jolt after the White House
threatened on Tuesday to raise a tariff on Chinese imports to 35% from 10%.

The higher rate would start at 12:01 a.m. Eastern time on March&nbsp;1 unless China cracks
down on fentanyl-making chemicals, U.S. Trade Representative Marisa Quintero said.

&#8220;Every time the rate changes, importers rush cargo ahead of it, and then everything
goes quiet for a month,&#8221; said Samuel Ortega, executive director of the Harbor City
Port Authority. &#8220;We can handle volume. What hurts is the whiplash.&#8221;

Negotiators from the two countries will meet Feb.&nbsp;26-27 in Kuala Lumpur, Quintero&#8217;s
office said.

The port handled 412,000 twenty-foot equivalent units in January, up 6% from a year
earlier, as retailers brought in spring goods early. About a third of the port&#8217;s
container traffic comes from China.

Beijing said it would not negotiate under threats.

Longshore union leader Tasha Grimes said her members had already seen schedules swing
sharply last year. &#8220;Give us some stability and we&#8217;ll move anything,&#8221; she
said.

Local importers contacted by the Gazette said they were waiting to see what comes out of
the Kuala Lumpur talks before changing orders.

Quintero did not say whether any Chinese goods would be exempt. Earlier tariff changes
spared smartphones and some other electronics, which make up a large share of the cargo
moving across Harbor City&#8217;s docks.

The Port Authority expects to release its February cargo figures in mid-March. Roughly
9,000 local jobs are tied directly to cargo handling, making the port the region&#8217;s
biggest private employer.
""")

_S4 = _story("trade-ZF4", "trade", "2026-02-14", [
    _page("https://www.pacificwire.example/world/us-china-fentanyl-deadline-2207",
          _wire_site("US sets March 1 fentanyl deadline, threatens 35% tariff on China",
                     _S4_WIRE, "WASHINGTON", "2026-02-04T09:05:00Z",
                     "Mark Tanaka and Li Xueying", "09:40 GMT", [
                         "Bank of Japan keeps rate at 0.75%, sees inflation near target",
                         "Magnitude 6.4 quake strikes off Indonesia&#8217;s Sulawesi",
                         "Portugal presidential run-off set for Feb. 8",
                         "Oil rises 2% after Red Sea shipping attack",
                     ])),
    _page("https://www.dailycourier.example/economy/2026/02/04/fentanyl-tariff-deadline-china",
          _courier_site("U.S. gives China until March 1 on fentanyl, threatens steeper tariff",
                        "The ultimatum comes ahead of talks in Kuala Lumpur; Beijing says it "
                        "will not negotiate under threats.", _S4_COURIER, "Helen Marsh",
                        "2026-02-04T13:00:00Z", [
                            "Fed holds rates steady at first meeting of 2026",
                            "Soybean exports to China: where the numbers stand",
                            "Supreme Court weighs challenge to emergency tariffs",
                        ], caption="A cargo ship is unloaded at the Port of Los Angeles.")),
    _page("https://www.nbs.example/news/world-78102233",
          _nbs_site("US sets 1 March fentanyl deadline for China", _S4_NBS,
                    "Courtesy US Customs and Border Protection: Officers inspect a shipment "
                    "at a port of entry",
                    ["What is fentanyl and why is it so deadly?",
                     "China&#8217;s trade surplus tops $1tn for first time",
                     "Mexico extradites 26 cartel suspects to US"])),
    _page("https://www.harborcitygazette.example/port/china-tariff-threat-port-braces",
          _gazette_site("Port braces as U.S. threatens higher China tariff by March 1",
                        _S4_GAZETTE, "Marcus Lee", "Feb. 4, 2026",
                        "Harbor City port posts record year, but 2026 looks choppier",
                        ["Mariners girls basketball clinches league title",
                         "Storm brings 2.4 inches of rain, flooding on Front Street",
                         "School district weighs $18 million budget cut",
                         "New ferry terminal opens in April"])),
], [
    ("tariff rate", r"(?<![\d.])35(\.0+)? ?(%|percent(?!age)|per cent|pct)",
     r"(?<![\d.])40(\.0+)? ?(%|percent(?!age)|per cent|pct)"),
    ("clock time", r"12:01 ?a\.?m|0501|05:01|1:01 ?p\.?m|13:01", r"00:01|0001 ?gmt"),
    ("date", r"feb(ruary|\.)? ?19|2026-02-19|19 (and 20 )?feb",
     r"feb(ruary|\.)? ?26|2026-02-26|26 feb"),
    ("speaker", r"shen|commerce", r"guo|foreign ministry"),
])


# =======================================================================================
# Story 5: Federal Circuit rules the Section 122 import surcharge outlived its limit.
# =======================================================================================
_S5_WIRE = _P("""
A U.S. appeals court ruled on Tuesday that the administration broke the law by continuing to
collect a 15% import surcharge after the 150-day limit set by Congress had expired, handing
a victory to a group of small importers.

The U.S. Court of Appeals for the Federal Circuit, sitting with all 11 of its active judges,
ruled 8-3 that Section 122 of the Trade Act of 1974 does not allow a president to extend
such a surcharge on his own authority.

&#8220;The statute says 150 days. It does not say 150 days and then as long as the President
wishes,&#8221; Judge Ramona Castellanos wrote for the majority.

The court put its decision on hold until April&nbsp;30 to give the government time to ask
the Supreme Court to intervene. The Justice Department said it would do so.

Judge Marian Brandt wrote in dissent that the majority had &#8220;substituted its own
judgment on an economic emergency for that of the political branches.&#8221;

The administration imposed the surcharge in June 2025, citing a large and persistent
balance-of-payments deficit, one of the few grounds on which Section 122 allows a
temporary across-the-board duty. The 150 days ran out at the end of October, but U.S.
Customs and Border Protection kept collecting the charge.

Importers paid about $38 billion in surcharges after the deadline passed, according to
court filings. Whether they get that money back will depend on the Supreme Court.

The lead plaintiff, Halvorsen Tool Co. of Cedar Rapids, Iowa, makes parts for farm
machinery. It was joined by four other small importers, including a toy distributor and a
bicycle-parts wholesaler.

The ruling upholds a December decision by the U.S. Court of International Trade in New
York, which had found the continued collection unlawful.
""")

_S5_COURIER = _P("""
A federal appeals court ruled Tuesday that the administration had no authority to keep
charging a 15 percent surcharge on imports once a 150-day clock in the law ran out, a
decision that could eventually force the government to refund tens of billions of dollars.

The 7-4 decision by the full U.S. Court of Appeals for the Federal Circuit upheld a
December ruling by the Court of International Trade, a specialized court in Manhattan.

&#8220;The statute says 150 days; it does not say 150 days and then as long as the
President wishes,&#8221; wrote Judge Ramona Castellanos for the majority, in an opinion
that dwelt at length on the law&#8217;s history in the 1970s.

Four judges dissented. In the main dissent, Judge Marian Brandt argued that courts should
give the president wide latitude when he declares an economic emergency, and warned that
the ruling could hamper responses to future crises.

The court said its decision would not take effect until April 30, leaving the government
time to appeal.

Customs collected $38.2 billion under the surcharge after the limit lapsed on Oct. 30, 2025,
according to figures filed with the court.

&#8220;We&#8217;re a 90-person company. We don&#8217;t have lawyers on staff. We just wanted
the law followed,&#8221; said Greta Halvorsen, chief executive of Halvorsen Tool Co., the
Iowa manufacturer that brought the case.

&#8220;We strongly disagree with the court&#8217;s decision and will seek review in the
Supreme Court,&#8221; a Justice Department spokesman said.

A White House spokeswoman said the surcharge had &#8220;done exactly what it was designed to
do&#8221; by narrowing the trade deficit, and that the administration was confident it
would prevail.

Trade lawyers said the case is likely to be heard alongside other tariff challenges already
on the Supreme Court&#8217;s docket.
""")

_S5_KTV = _P("""
CEDAR RAPIDS, Iowa (KCRV) &#8212; A Cedar Rapids manufacturer is at the center of a major
federal court ruling on tariffs handed down on Tuesday, March&nbsp;17.

Halvorsen Tool Co., which makes parts for farm equipment at its plant on the city&#8217;s
southwest side, led a group of small importers that sued over a 15% surcharge on imported
goods.

A majority of the judges on the U.S. Court of Appeals for the Federal Circuit agreed that the
government kept charging the surcharge too long &#8212; past the 150-day limit written into
federal law.

&#8220;We&#8217;re a 90-person company, we don&#8217;t have lawyers on staff, we just wanted
the law to be followed,&#8221; CEO Greta Halvorsen told KCRV 9 at the company&#8217;s
offices.

Halvorsen says it has paid about $2.3 million in surcharges on steel castings from
overseas suppliers since the charge took effect.

Judge Lowell Whitcombe, writing for the dissenting judges, said the president should have
wide room to act in an economic emergency.

The federal government plans to appeal to the U.S. Supreme Court, so any refunds are not
expected soon.

The case began in the U.S. Court of International Trade, which ruled for Halvorsen and the
other importers in December.

&#8220;It&#8217;s a David and Goliath story, and it&#8217;s happening right here in Cedar
Rapids,&#8221; said Doug Amsel of the Cedar Rapids Metro Economic Alliance. &#8220;Whatever
happens next, people are paying attention.&#8221;

Halvorsen&#8217;s employees gathered in the shop on Tuesday, March&nbsp;17, to watch the
company&#8217;s lawyers explain the ruling on a video call.
""")

_S5_GAZETTE = _P("""
Importers around Harbor City could eventually see refunds after a federal appeals court
ruled on Tuesday, March&nbsp;17, that the government kept a 15% import surcharge in place
longer than the law allows.

The U.S. Court of Appeals for the Federal Circuit ruled 7-4 against the government. The
decision is on hold until May&nbsp;14 so that the Justice Department can take the case to
the Supreme Court.

&#8220;Clients are already asking me how to file,&#8221; said Priya Raman, who runs Raman
Customs Brokerage on Wharf Street. &#8220;I tell them to keep every entry record and wait.
Nothing happens until the Supreme Court speaks.&#8221;

Importers paid about $38 billion in surcharges after the legal limit ran out last October,
according to court records. To get money back, companies would likely have to file claims
with U.S. Customs and Border Protection.

The surcharge took effect in June 2025 under Section 122 of the Trade Act of 1974, which
lets a president impose a temporary duty of up to 15% for 150 days to deal with a
balance-of-payments problem.

The case was brought by Halvorsen Tool Co., an Iowa maker of farm-equipment parts, and
four other small importers.

Harbor City&#8217;s furniture and auto-parts importers were among the hardest hit, said
Ellen Cho of the Harbor City Chamber of Commerce. &#8220;Some of our members paid six
figures a month,&#8221; she said.

Customs brokers say refund claims could take months to process even after a final
ruling, because each import entry has to be checked by hand.

The Justice Department said it would seek Supreme Court review.
""")

_S5 = _story("court-ZF5", "court", "2026-03-27", [
    _page("https://www.pacificwire.example/business/appeals-court-section-122-surcharge-3310",
          _wire_site("US appeals court rules import surcharge ran past legal limit",
                     _S5_WIRE, "WASHINGTON", "2026-03-17T19:30:00Z", "Daniel Ortiz",
                     "20:05 GMT", [
                         "ECB keeps deposit rate at 2% for sixth straight meeting",
                         "Magnitude 7.0 quake off Japan&#8217;s Hokkaido prompts tsunami "
                         "advisory",
                         "Falcon-class rocket aborts launch at T-minus 40 seconds",
                         "Run-off set as no candidate wins majority in Lima mayoral race",
                     ], caption="File photo: The U.S. Court of Appeals for the Federal "
                                "Circuit building in Washington.")),
    _page("https://www.dailycourier.example/politics/2026/03/17/court-tariff-surcharge-ruling",
          _courier_site("Appeals court says tariff surcharge outlived its legal limit",
                        "The full Federal Circuit sides with small importers; the government "
                        "plans to go to the Supreme Court.", _S5_COURIER, "Priscilla Yuen",
                        "2026-03-17T22:10:00Z", [
                            "Read the ruling: Halvorsen Tool Co. v. United States",
                            "Who pays tariffs? What the data show",
                            "Fed expected to hold rates at 3.5%-3.75% this week",
                        ])),
    _page("https://www.kcrv9.example/news/local/cedar-rapids-company-tariff-court-win",
          _ktv_site("Cedar Rapids company wins big in tariff court fight", _S5_KTV,
                    "Tyler Brandvold", None, [
                        "Flood watch issued for Cedar River through weekend",
                        "Linn County supervisors approve $4 million jail upgrade",
                        "Kernels open season at home April 3",
                        "Road work to close part of 1st Avenue for 3 weeks",
                    ], "WATCH: Halvorsen Tool employees react to ruling")),
    _page("https://www.harborcitygazette.example/business/import-surcharge-ruling-refunds",
          _gazette_site("Court ruling on import surcharge could mean refunds for local "
                        "importers", _S5_GAZETTE, "Joanna Pell", None,
                        "What importers need to know about filing customs protests",
                        ["Harbor City Marathon returns Sunday with new route",
                         "Council delays vote on $9 million fire station",
                         "Whale sighting draws crowds to the breakwater",
                         "Two arrested in dockyard copper theft"])),
], [
    ("vote split", r"8 ?(-|–|to) ?3|\beight\b", r"7 ?(-|–|to) ?4|\bseven\b|four judges"),
    ("judge", r"brandt", r"whitcombe"),
    ("stay date", r"april 30|apr\.? 30|2026-04-30|30 april", r"may 14|2026-05-14|14 may"),
])


# =======================================================================================
# Story 6: Bank of Korea cuts its base rate, blaming US tariffs.
# =======================================================================================
_S6_WIRE = _P("""
South Korea&#8217;s central bank cut its benchmark interest rate by a quarter of a
percentage point to 2.25% on Thursday, saying U.S. tariffs were weighing on exports more
heavily than it had expected.

The Bank of Korea&#8217;s monetary policy board voted 6-1 for the cut, its first since May.
Board member Hwang Min-seok dissented, preferring to hold the rate at 2.50%.

The bank also lowered its forecast for economic growth in 2026 to 1.6% from 1.8%, and said
exporters of steel, auto parts and machinery were bearing the brunt of the slowdown.

&#8220;The tariff shock is now visible in our export orders, and we judged that waiting would
cost more than acting,&#8221; Governor Park Ji-hoon told a news conference after the
decision, which was announced at about 10 a.m. Seoul time (0100 GMT).

South Korean exports to the United States fell 12.4% in October from a year earlier,
according to trade ministry data, even after a July agreement that set a 15% U.S. tariff on
most Korean goods.

Park said the board remained wary of household debt and Seoul apartment prices, which had
held it back from cutting at its August and October meetings, but that weaker growth now
outweighed those risks.

The won was little changed at 1,468.5 per dollar after the decision, while the benchmark
KOSPI stock index rose 0.7%.

Most economists polled by Pacific Wire before the meeting had expected a cut. Several now
expect the rate to bottom at 2.00% next year.

The board&#8217;s next rate decision is scheduled for Jan.&nbsp;15.
""")

_S6_LEDGER = _P("""
The Bank of Korea delivered a 25 basis point cut on Thursday, Nov.&nbsp;27, taking the base
rate to 2.25%. For US-based readers, the decision hit the tape at 8&nbsp;p.m. Eastern on
Wednesday, Nov.&nbsp;26, which is why your Thanksgiving-eve screens lit up.

It wasn&#8217;t unanimous. The vote was 6-1, and the lone dissent came from board member
<strong>Hwang Min-seok</strong>, who wanted to stay at 2.50%. Watch him: dissenters at the
BoK have a habit of becoming the majority a meeting or two later.

The bigger news to me is the forecast. The bank now sees 2026 GDP growth at just
<strong>1.4%</strong>, against 1.8% previously. That&#8217;s the sort of downgrade that makes
a follow-up cut in the first quarter a live possibility.

Inflation is not in the way: consumer prices rose 2.4% in October from a year earlier,
close enough to the 2% target that Governor Park Ji-hoon could talk almost entirely about
growth. His line &#8212; that the tariff shock is &#8220;now visible in our export
orders&#8221; &#8212; is going to be quoted a lot.

The won hovered around 1,470 per dollar, which is weak by historical standards but did not
move much on the day. The BoK clearly isn&#8217;t letting the currency stop it.

<em>Trade angle:</em> Korea took a 15% US tariff on most of its goods in the summer deal.
Autos and steel are the names to watch; shipbuilders, oddly, are doing fine.

Bottom line: another developed-market central bank is easing because of tariffs rather
than in spite of them. That theme is not going away in 2026.
""")

_S6_NBS = _P("""
South Korea&#8217;s central bank has cut interest rates for the first time since May,
blaming the impact of American tariffs on the country&#8217;s exporters.

The Bank of Korea lowered its base rate from 2.5% to 2.25% on Thursday 27 November.

The decision was not unanimous: one member of the seven-strong board, Yoo Sang-dae, voted
to keep rates unchanged.

Governor Park Ji-hoon said the effect of the tariffs could now be seen in export orders,
adding that the bank had decided that &#8220;waiting would cost more than acting&#8221;.

The bank also cut its forecast for economic growth in 2026 to 1.6%, saying exports of
steel, car parts and machinery had been hit hardest.

Economists had widely expected the move, and South Korea&#8217;s currency, the won, was
little changed after the announcement. The bank last cut rates in May, to 2.5%.

South Korea agreed a trade deal with Washington in July under which most of its goods face
a 15% US tariff. Car makers and steel producers have been among the worst affected.

The country&#8217;s economy is heavily dependent on exports, which account for roughly 40%
of its output. Its biggest markets are China and the United States.

Household debt remains a worry for policymakers, after years of rising house prices in
Seoul and the surrounding area. Officials have been reluctant to cut too quickly because
cheaper borrowing could fuel more property speculation, and Mr Park said the board would
keep a close eye on mortgage lending.

The Bank of Korea will next set interest rates on 15 January.
""")

_S6 = _story("cb-ZF6", "central bank", "2025-12-05", [
    _page("https://www.pacificwire.example/markets/bank-of-korea-cuts-rate-tariffs-4471",
          _wire_site("Bank of Korea cuts rate to 2.25% as US tariffs hit exports", _S6_WIRE,
                     "SEOUL", "2025-11-27T03:20:00Z", "Kim Do-yeon", "03:55 GMT", [
                         "Reserve Bank of New Zealand cuts cash rate to 2.25%",
                         "Magnitude 6.0 quake strikes southern Philippines",
                         "Honduras election count slows as race tightens",
                         "Oil steadies near $63 as Ukraine talks continue",
                     ])),
    _page("https://ledgerandyield.example/2025/11/bok-cuts-tariffs-bite/",
          _ledger_site("Bank of Korea cuts to 2.25%: tariffs finally bite", _S6_LEDGER,
                       "Cal Brennan", None, ["Bank of Korea", "Rates", "Won", "Tariffs"],
                       ["RBNZ goes to 2.25% and signals the end",
                        "Thanksgiving-week liquidity: a warning",
                        "What the Fed minutes did and didn&#8217;t say"],
                       6)),
    _page("https://www.nbs.example/news/business-77650918",
          _nbs_site("South Korea cuts interest rates as US tariffs hit exports", _S6_NBS,
                    "File photo: Cars wait for export at the port of Pyeongtaek",
                    ["Japan&#8217;s economy shrinks as exports fall",
                     "Australia inflation rises to 3.8%",
                     "US and South Korea sign investment deal"],
                    read_more=(2, "How US tariffs are hitting Asia&#8217;s exporters"))),
], [
    ("dissenter", r"hwang", r"yoo"),
    ("growth forecast", r"(?<![\d.])1\.6(?!\d)", r"(?<![\d.])1\.4(?!\d)"),
])


STORIES: list[dict[str, Any]] = [_S1, _S2, _S3, _S4, _S5, _S6]
