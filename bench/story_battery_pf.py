"""Part PF of the story battery (web pages).

Written by engineer PF1 on 2026-12-06 (twenty-second session, seventeenth batch: a precision
batch, three control stories per part) without reading Storyline's rules or other parts,
before any run; scored with `bench/bench_story_battery.py PF`.

Six invented 2026 events in Iran, the Caucasus and the Middle East, each told by four invented
outlets as saved web pages. quake-PF1 (CONTROL, no planted disagreement): a magnitude 5.9
earthquake near Ravar in Iran's Kerman province, with a toll that rises between articles,
GMT/local times on different calendar days, rials/tomans/dollars, km/miles, a second agency's
magnitude and the 2003 Bam quake as look-alike figures. elec-PF2: a snap mayoral runoff in
Batumi, Georgia; planted: the final turnout (38.6% vs 36.8%) and who spoke the winner's
"sea, not the ministry" line (Abashidze vs her campaign chief Katamadze). cb-PF3 (CONTROL):
the Bank of Israel cutting its rate a quarter point to 4%, with a 5-1 vote, shekel/dollar sums,
Israel/GMT/New York times, the prime rate, forecasts and the next meeting. court-PF4: an Amman
court convicting a former municipal procurement director of bribery; planted: his prison term
(seven vs five years) and the prosecutor's line on the money (has been returned vs has not
been returned). rocket-PF5 (CONTROL): a Simorgh launch of the Arman-1 satellite from Semnan,
with Tehran/GMT/Eastern times, kg/lb and km/miles, payload part vs total, the first signal and
a planned follow-up. trade-PF6: an Armenia-Iran intergovernmental commission in Yerevan;
planted: the Armenian co-chair's title (deputy prime minister vs economy minister), the date
lower transit fees take effect (July 1 vs August 1) and the number of documents signed (nine
vs eleven).
"""

from __future__ import annotations

import html as _html
import json as _json
import zlib as _zlib
from typing import Any


def _story(id: str, domain: str, fetched: str, articles: list[dict[str, Any]],
           planted: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": id, "part": "PF", "domain": domain, "fetched": fetched,
            "articles": articles, "planted": planted}


def _page(url: str, html: str) -> dict[str, Any]:
    return {"url": url, "html": html}


# --------------------------------------------------------------------------- templates
#
# Article text is written as plain blocks: paragraphs separated by blank lines.  A block
# "## Heading" becomes a sub-head, "[AD]" an advertisement slot and
# "[FIG] caption || credit" a photo with caption and credit.

_ADS = [
    "<div class=\"ad-slot ad-mpu\" data-slot=\"inarticle-1\"><span class=\"ad-label\">"
    "Advertisement</span><div class=\"ad-creative\"><a href=\"https://ads.example/click?c=811\""
    " rel=\"sponsored\">Business class to Dubai and Doha with lounge access included. "
    "Book now</a></div></div>",
    "<aside class=\"promo\" data-slot=\"inarticle-2\"><span class=\"ad-label\">Sponsored"
    "</span><p>Learn a language in your lunch break with our mobile course. Try it free"
    " today.</p></aside>",
    "<div class=\"ad-container\" id=\"div-gpt-ad-mid\"><small>ADVERTISEMENT</small>"
    "<div class=\"ad-creative\">Smart home insurance that pays out in days, not months."
    " Get a quote online.</div></div>",
]


def _esc(s: str) -> str:
    return _html.escape(s, quote=False)


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.strip().split("\n\n") if b.strip()]


def _body(text: str, credit_label: str = "Photo") -> str:
    out: list[str] = []
    n_ad = 0
    for b in _blocks(text):
        if b == "[AD]":
            out.append(_ADS[n_ad % len(_ADS)])
            n_ad += 1
        elif b.startswith("## "):
            out.append(f"<h2 class=\"subhead\">{_esc(b[3:])}</h2>")
        elif b.startswith("[FIG] "):
            cap, _, credit = b[6:].partition(" || ")
            out.append(
                "<figure class=\"inline-photo\"><img src=\"https://img.example/"
                f"{_zlib.crc32(cap.encode()) % 99991}.jpg\" alt=\"\" loading=\"lazy\">"
                f"<figcaption>{_esc(cap)} <span class=\"credit\">{credit_label}: "
                f"{_esc(credit)}</span></figcaption></figure>")
        else:
            out.append(f"<p>{_esc(b)}</p>")
    return "\n".join(out)


def _plain(text: str) -> str:
    return " ".join(b for b in _blocks(text)
                    if b != "[AD]" and not b.startswith("[FIG] ") and not b.startswith("## "))


def _related(items: list[str], heading: str) -> str:
    lis = "".join(f"<li><a href=\"#r{i}\">{_esc(t)}</a></li>" for i, t in enumerate(items))
    return f"<aside class=\"related\"><h3>{heading}</h3><ul>{lis}</ul></aside>"


def _wire_page(site: str, url: str, section: str, headline: str, summary: str,
               byline: str, iso: str | None, shown: str | None, text: str,
               related: list[str]) -> str:
    """Template 1: wire-service style page with JSON-LD (date optional)."""
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                          "headline": headline, "description": summary,
                          "author": {"@type": "Organization", "name": site},
                          "publisher": {"@type": "Organization", "name": site},
                          "mainEntityOfPage": url}
    if iso:
        ld["datePublished"] = iso
        ld["dateModified"] = iso
    time_html = ""
    if iso:
        time_html = f"<time class=\"published\" datetime=\"{iso}\">{_esc(shown or iso)}</time>"
    elif shown:
        time_html = f"<span class=\"stamp\">{_esc(shown)}</span>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{_html.escape(summary)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_html.escape(site)}">
<meta property="og:title" content="{_html.escape(headline)}">
<meta property="og:description" content="{_html.escape(summary)}">
<meta property="og:url" content="{url}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{_json.dumps(ld)}</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to measure
traffic and personalise advertising. You can change your choices at any time.</p>
<button>Accept all</button><button>Manage preferences</button></div>
<header class="masthead"><a class="logo" href="/">{_esc(site)}</a>
<nav aria-label="Sections"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/science">Science</a></li><li><a href="/live">Live</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main id="main">
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{_esc(section)}</a></nav>
<article>
<h1 class="headline">{_esc(headline)}</h1>
<p class="summary">{_esc(summary)}</p>
<div class="byline">{_esc(byline)} {time_html}</div>
<div class="share-tools"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
<div class="article-body">
{_body(text)}
</div>
<p class="editor-note">Reporting by {_esc(site)} staff; editing by the regional desk.</p>
</article>
{_related(related, "More on this story")}
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/licensing">Licensing and reprints</a></li></ul>
<p>All quotes are delayed by at least 15 minutes. Copyright {_esc(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def _paper_page(site: str, url: str, section: str, headline: str, standfirst: str,
                author: str, iso: str | None, shown: str | None, text: str,
                most_read: list[str]) -> str:
    """Template 2: newspaper page with article:published_time (date optional)."""
    meta_date = ""
    if iso:
        meta_date = (f"<meta property=\"article:published_time\" content=\"{iso}\">\n"
                     f"<meta name=\"pubdate\" content=\"{iso[:10]}\">")
    shown_html = f"<p class=\"dateline\">{_esc(shown)}</p>" if shown else ""
    rail = "".join(f"<li>{_esc(t)}</li>" for t in most_read)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} - {_esc(site)}</title>
<meta name="description" content="{_html.escape(standfirst)}">
<meta property="og:title" content="{_html.escape(headline)}">
<meta property="og:site_name" content="{_html.escape(site)}">
<meta property="og:image" content="https://img.example/og/{_zlib.crc32(headline.encode()) % 10007}.jpg">
<meta property="og:url" content="{url}">
<meta property="article:section" content="{_html.escape(section)}">
{meta_date}
<link rel="stylesheet" href="/static/paper.css">
</head>
<body>
<div class="gdpr-notice">This site uses cookies. By continuing to browse you agree to our use
of cookies. <a href="/cookies">Find out more</a> <button class="close">OK</button></div>
<a href="#content" class="visually-hidden">Skip to main content</a>
<div class="top-bar"><span>Subscribe from just a few dollars a month</span> <a href="/login">Sign in</a></div>
<header><div class="brand"><a href="/">{_esc(site)}</a></div>
<nav><a href="/news">News</a> | <a href="/region">Region</a> | <a href="/economy">Economy</a> |
<a href="/opinion">Opinion</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a></nav></header>
<div id="content" class="layout">
<article class="story">
<span class="kicker">{_esc(section)}</span>
<h1>{_esc(headline)}</h1>
<h2 class="standfirst">{_esc(standfirst)}</h2>
<p class="author">By {_esc(author)}</p>
{shown_html}
<ul class="share"><li>Email</li><li>Facebook</li><li>Telegram</li><li>Print</li></ul>
{_body(text, "Credit")}
<div class="newsletter-box"><h3>The Morning Briefing</h3><p>The day's essential stories from
our newsroom, delivered before breakfast.</p><input type="email" placeholder="Your email">
<button>Sign up</button></div>
</article>
<aside class="rail"><h3>Most read</h3><ol>{rail}</ol></aside>
</div>
<footer><p>{_esc(site)} | Contact the newsroom | Advertise with us | Corrections policy</p>
<p>Reproduction of this content without written permission is prohibited.</p></footer>
</body>
</html>
"""


def _simple_page(site: str, url: str, headline: str, deck: str, author: str,
                 shown: str | None, text: str, tags: list[str]) -> str:
    """Template 3: broadcaster / newsletter page without a machine-readable date."""
    shown_html = f"<div class=\"posted\">{_esc(shown)}</div>" if shown else ""
    tag_html = " ".join(f"<a class=\"tag\" href=\"#\">{_esc(t)}</a>" for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site)}</title>
<meta name="description" content="{_html.escape(deck)}">
<meta property="og:title" content="{_html.escape(headline)}">
<meta property="og:description" content="{_html.escape(deck)}">
<meta property="og:site_name" content="{_html.escape(site)}">
<meta property="og:url" content="{url}">
</head>
<body>
<div class="consent-bar">We and our partners store and access information on your device.
<a href="/consent">Settings</a> <button>Agree</button></div>
<a class="skip" href="#story">Skip to content</a>
<header class="site-head"><div class="site-name">{_esc(site)}</div>
<ul class="menu"><li>Home</li><li>News</li><li>Listen live</li><li>Podcasts</li><li>Weather</li><li>Contact</li></ul></header>
<main id="story">
<h1>{_esc(headline)}</h1>
<p class="deck">{_esc(deck)}</p>
<div class="meta"><span class="author">{_esc(author)}</span> {shown_html}</div>
<div class="social"><button>Share</button><button>Post</button><button>Save</button></div>
<section class="story-text">
{_body(text)}
</section>
<div class="tags">{tag_html}</div>
<div class="support-box"><p>Independent reporting depends on readers like you. Become a
supporter or forward this page to a friend.</p></div>
<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>
</main>
<footer class="foot"><p>{_esc(site)} &middot; Privacy &middot; Accessibility &middot; Complaints</p></footer>
</body>
</html>
"""


# =========================================================================== STORY 1
# quake-PF1 -- CONTROL.  Magnitude 5.9 (Iranian Seismological Centre) near Ravar, Kerman
# province, 02:48 local on Tuesday 17 February 2026 = 23:18 GMT on Monday 16 February.
# Epicentre 14 km (about 9 miles) north-east of Ravar, depth 8 km (about 5 miles).
# Toll rises over time: 11 (Tue morning) -> 16 (Tue 6 p.m.) -> 19 (Wed morning, final here;
# 14 in Ravar county + 5 in Kuhbanan county).  Injured: >200 -> 287 -> 312.
# Aid: 20 trillion rials = 2,000 billion tomans (about $24 million).

_S1_A = """
TEHRAN (Meridian) - A shallow earthquake of magnitude 5.9 shook a thinly populated stretch of
south-eastern Iran before dawn on Tuesday, leaving at least 11 people dead and more than 200 hurt,
provincial officials said, as rescuers worked through villages of collapsed mud-brick houses.

The Iranian Seismological Centre, which is run by the geophysics institute at Tehran University,
timed the shock at 02:48 local time on Tuesday, which was 23:18 GMT on Monday. It put the
epicentre 14 km north-east of the town of Ravar in Kerman province and the focus at a depth of
8 km, shallow enough for the shaking to be felt strongly across the surrounding plain.

Mohsen Bahrami, governor of Kerman province, told state television that most of the dead had
been asleep when walls and roofs came down. "The houses that fell were the old ones, built of
clay and timber, and that is where we lost people," he said. He added that newer homes in the
town itself had mostly stood, although many had cracked walls.

[AD]

Forty search-and-rescue teams were on their way from Kerman, Yazd and South Khorasan provinces,
with sniffer dogs and two helicopters, according to the Iranian Red Crescent Society. Tents, blankets and
water were being trucked in from warehouses in the provincial capital, Kerman, about 130 km to
the south-east.

Ravar, a town of roughly 40,000 people, lies on the edge of the Lut desert. Its outlying
villages are reached by narrow roads that were partly blocked by rockfalls, officials said,
slowing the arrival of heavy equipment.

## Aftershocks

More than 30 aftershocks had been recorded by mid-morning, the seismological centre said, the
strongest of them a magnitude 4.7 at 05:31 local time. Residents of Ravar spent the rest of the
night in the streets and in parked cars, a local journalist reached by telephone said.

Schools across Ravar county were ordered closed for Tuesday, and the county's main hospital moved
some patients into a courtyard while engineers checked the building.

The toll was expected to change as teams reached more remote hamlets, Bahrami said. State media
said at least 11 deaths had been confirmed as of 11:30 a.m. local time.

## A region used to earthquakes

Much of Iran is crossed by active faults, and damaging quakes there are common. Kerman
province suffered the country's deadliest disaster of recent decades when the Bam earthquake of
December 2003 left more than 26,000 dead and much of that ancient city in ruins.

Tuesday's quake was far smaller than the Bam event, which the seismological centre measured at
magnitude 6.6, but the damage to traditional rural housing follows a pattern seen in many
moderate Iranian earthquakes: adobe walls that have stood for generations can fail in seconds.
"""

_S1_B = """
Rescue teams reached the last of the cut-off villages around Ravar on Wednesday as the death toll
from Tuesday's earthquake in the north of Kerman province rose to 19, the provincial crisis
management headquarters said.

As of Wednesday morning, 312 people had been treated for injuries, of whom 41 remained in
hospital, including six in intensive care at Afzalipour hospital in Kerman city, the
headquarters added in a statement read out on provincial radio.

The magnitude 5.9 earthquake struck at 2:48 a.m. on Tuesday, 14 kilometres north-east of Ravar,
according to the Iranian Seismological Center. Most of the dead lived in villages where homes are
built of sun-dried brick.

[FIG] Residents of a village near Ravar sift through the remains of their home on Wednesday. || Reza Kazemi

Ali Shahriari, the governor of Ravar county, said on Wednesday that damage had been confirmed in
38 villages and that about 1,200 housing units had been damaged, some 230 of them beyond repair.
"We have families sleeping in their cars and in their orchards because they are afraid to go
back indoors, even where the house is still standing," Shahriari told the Herald.

He said that the Red Crescent had put up more than 1,500 tents by Wednesday and that bread
bakeries in Ravar had resumed work after the electricity network was restored on Tuesday night.

[AD]

## Government funds

The government has allocated 20 trillion rials, or about $24 million at the open-market rate, for
emergency housing and the repair of water pipelines, the Interior Ministry announced late on
Tuesday. Government spokeswoman Fatemeh Alavi said the money would be released to the province
"within the week".

Javad Hosseini-Rad, the Red Crescent's head of relief operations, said his teams had pulled 27 people alive from rubble in the first hours after the quake. "The
first six hours decide everything in a disaster like this, and our people were in the villages
before sunrise," Hosseini-Rad said.

Schools in Ravar county will stay closed until Saturday, the education department said, while
engineers inspect buildings.

## Memories of Bam

For many in Kerman province, the images from Ravar revived memories of the Bam earthquake of
December 26, 2003, when more than 26,000 people died and most of the historic city was flattened.
Since then, the government has run a national retrofitting programme for schools and has
offered cheap loans to rural families for quake-resistant homes, although officials concede that
thousands of older houses in Kerman's villages have never been rebuilt.

Governor Bahrami, visiting a tent camp on Wednesday, said the reconstruction loans would be made
available to every family whose home was destroyed. He gave no figure for the total cost.
"""

_S1_C = """
The death toll from the earthquake that hit Iran's Kerman province early on Tuesday has risen to
16, with 287 people injured, according to figures released by local officials at 6 p.m. Tehran
time.

The quake struck at 2.48 a.m. local time, when most people were asleep - that was 11.18 p.m. on
Monday night in London. Iran's seismological centre measured it at magnitude 5.9 and located the
epicentre about nine miles north-east of the town of Ravar, some five miles below the surface.

The provincial governor, Mohsen Bahrami, said the priority for Tuesday night was shelter. "Nobody
in these villages should spend tonight without a roof over their heads, even if that roof is a
tent," he told reporters in Ravar, where he has set up a temporary office.

[AD]

Ravar is a farming area known for its pistachio orchards and for the hand-woven carpets
produced in its villages. The county as a whole has around 60,000 residents, about two-thirds
of whom live in the town of Ravar itself.

Speaking to our correspondent by phone, a shopkeeper in the town, Hamid Rostami, described being
thrown against a wall by the first jolt. "It was not long, maybe ten seconds, but the noise was
terrible. Then the lights went out and everyone was shouting for their children," he said.

More than 60 aftershocks had been recorded by Tuesday evening. Seismologist Narges Sadeghi of
the University of Tehran told us that aftershocks of magnitude 4 or more were still possible over
the coming days and that people should avoid damaged buildings. "A sequence like this usually
calms down within a week or two, but we cannot rule out a larger event," she said.

## Help arriving

The Red Crescent says it has sent 40 rescue teams, and convoys of tents and food have been
arriving since late morning. Electricity was cut across much of the county after the quake and
was being restored district by district during the afternoon.

Road crews had reopened the main road between Ravar and the provincial capital, Kerman, about
80 miles away, by midday, although several tracks leading to hill villages were still blocked by
fallen rock. Two Red Crescent helicopters have been ferrying the injured from those villages to
hospitals in Kerman city, officials said.

The central government in Tehran has announced emergency funding of 2,000 billion tomans for the
affected area. Officials say the money will go first to temporary housing and to repairing the
water pipes that supply the villages, many of which burst when the ground shook.

Kerman province has a long history of earthquakes. The worst in living memory flattened Bam in
2003; more than 26,000 people died there.
"""

_S1_D = """
Quick notes on the Ravar earthquake of 16/17 February, for readers who asked.

## The numbers

The Iranian Seismological Centre (IRSC) gives an origin time of 23:18:07 UTC on 16 February,
which was 02:48 on 17 February in Iran, a magnitude of 5.9 and a depth of 8 km. The US
Geological Survey's own solution, computed from its global network, came in at 5.8. That kind of
scatter between agencies is routine for moderate events and tells you nothing about which is
better; both are consistent with a moderate, shallow crustal rupture.

The epicentre was about 14 km north-east of Ravar, in the north of Kerman province, close to the
range-front faults that bound the Lut block on its western side. Several geologists have pointed
to the Kuhbanan fault system, which runs north-west to south-east through the area, as the
likely source, although nobody has published a fault-plane solution tying it to a particular
strand yet.

[AD]

## Human toll

The final figures from the provincial crisis management headquarters, as of Wednesday, are 19
dead and 312 injured. Fourteen of the dead were in Ravar county; the other five were in
villages of neighbouring Kuhbanan county, west of the epicentre. The toll rose through Tuesday
from an early count of 11 as rescuers reached outlying settlements, which is a normal pattern
in rural Iran.

Governor Mohsen Bahrami's remark that the collapsed houses were "the old ones, built of clay and
timber" sums up the problem. Adobe walls with heavy earthen roofs have almost no resistance to
horizontal shaking, and a magnitude 5.9 at 8 km depth produces plenty of it near the epicentre.

## Aftershocks

The sequence has been productive: more than 90 aftershocks of magnitude 2.5 or above by
Thursday, the largest a magnitude 4.7 at 02:01 UTC on the 17th. Keyvan Amini, a seismologist
at IIEES, the earthquake engineering institute in Tehran, told me the rate was decaying normally. "This looks like a textbook sequence so far. The daily count is
falling by roughly half every couple of days," he wrote in an email.

## Context

The last damaging event near Ravar was a magnitude 5.4 in December 2011, which injured about 50
people but killed no one. The big reference point for the province remains Bam, 26 December
2003: magnitude 6.6, more than 26,000 deaths, a city largely destroyed. Ravar is not Bam, but
the same weakness, old unreinforced earthen houses, did the damage in both.

If you want to help, the Iranian Red Crescent Society is the main relief organisation on the
ground. Next week's letter will return to the Zagros catalogue work.
"""

STORY_1 = _story("quake-PF1", "earthquake", "2026-02-21", [
    _page("https://www.meridian-wire.example/world/middle-east/2026/02/17/iran-kerman-ravar-earthquake-kills-11",
          _wire_page("Meridian Newswire",
                     "https://www.meridian-wire.example/world/middle-east/2026/02/17/iran-kerman-ravar-earthquake-kills-11",
                     "World", "Earthquake in Iran's Kerman province kills at least 11",
                     "A magnitude 5.9 quake struck near the town of Ravar before dawn, flattening "
                     "mud-brick homes in surrounding villages.",
                     "By Meridian staff", "2026-02-17T08:10:00Z", "February 17, 2026 08:10 GMT",
                     _S1_A, ["Iran's Red Crescent: how the relief network works",
                             "Oil holds steady as traders weigh supply outlook",
                             "Photos: Tehran's winter smog season"])),
    _page("https://tehranherald.example/national/ravar-quake-toll-climbs-to-19",
          _paper_page("Tehran Evening Herald",
                      "https://tehranherald.example/national/ravar-quake-toll-climbs-to-19",
                      "National", "Ravar quake toll climbs to 19 as aid reaches cut-off villages",
                      "Hundreds injured, 38 villages damaged; government releases emergency funds",
                      "Maryam Tavakoli in Ravar", "2026-02-18T09:30:00+03:30",
                      "Wednesday, February 18, 2026", _S1_B,
                      ["Ravar quake toll climbs to 19", "Fuel price reform back on the agenda",
                       "Esteghlal held to a draw in Tabriz", "Caspian caviar farms expand"])),
    _page("https://www.orientpublicradio.example/news/iran-quake-toll-rises-ravar",
          _simple_page("Orient Public Radio",
                       "https://www.orientpublicradio.example/news/iran-quake-toll-rises-ravar",
                       "Iran earthquake: toll rises to 16 in Kerman province",
                       "Villagers spend the night outdoors after a 5.9 quake near Ravar.",
                       "OPR News", "Last updated on Tuesday evening", _S1_C,
                       ["Iran", "Earthquakes", "Kerman"])),
    _page("https://faultlinenotes.example/p/ravar-m59-notes",
          _paper_page("Fault Line Notes",
                      "https://faultlinenotes.example/p/ravar-m59-notes",
                      "Newsletter", "Ravar M5.9: what we know so far",
                      "Source, aftershocks and why the adobe houses failed",
                      "Sina Farzan", "2026-02-20T07:00:00+00:00", "20 February 2026", _S1_D,
                      ["Ravar M5.9: what we know so far", "Reading a focal mechanism",
                       "The Zagros catalogue project, part 3"])),
], [])


# =========================================================================== STORY 2
# elec-PF2 -- Batumi mayoral runoff, Sunday 17 May 2026 (first round Sunday 3 May).
# Abashidze (Black Sea Bloc) 30,041 = 52.4%; Tsintsadze (People's Path) 27,284 = 47.6%;
# valid 57,325; cast 58,337 of 151,130 registered = 38.6%.  First round: Tsintsadze 44.9,
# Abashidze 39.2, Surmanidze 15.9, turnout 41.2.  Interim turnout 11.9% (noon), 23.7% (15:00).
# Concession 00:50 Monday local (UTC+4) = 20:50 GMT / 22:50 CEST Sunday.
# PLANTED: turnout 38.6% (A, D) vs 36.8% (C); the "sea, not the ministry" line spoken by
# Abashidze (A) vs by her campaign chief Zurab Katamadze (B).

_S2_A = """
BATUMI, Georgia (TNW) - Maia Abashidze, an architect who campaigned against high-rise building
on the seafront, won Sunday's runoff for mayor of Batumi, Georgia's main Black Sea resort,
beating the governing party's candidate by fewer than 3,000 votes, according to a preliminary
count the Central Election Commission put out early on Monday.

With all 128 precincts counted, Abashidze, of the opposition Black Sea Bloc, had 52.4% of the
vote against 47.6% for Irakli Tsintsadze of People's Path, a former finance minister of the
Adjara autonomous republic. Turnout was 38.6%, the commission said, down from 41.2% in the first
round two weeks earlier.

Addressing several hundred supporters in Europe Square shortly after midnight, Abashidze, 41,
said she would ask the city's lawyers to review every building permit issued on the old
boulevard since last year. "Batumi has voted for the sea, not for the ministry," she said, in a
reference to approvals for three towers on the waterfront that were signed off in Tbilisi.

Tsintsadze conceded shortly before 1 a.m. "I congratulate Maia Abashidze. The city has spoken,
and I will respect that. But the questions we raised about jobs at the port do not go away
tonight," he told reporters at his campaign headquarters.

[AD]

## Snap vote

The election was called after Archil Dolidze, mayor since 2021, resigned in February to become a
deputy minister of regional development in the national government. People's Path had held city
hall for more than a decade, and Tsintsadze led the first round on May 3 with 44.9% to
Abashidze's 39.2%. The independent candidate Levan Surmanidze, who took 15.9% in that round,
endorsed Abashidze a week before the runoff.

Tamar Gogitidze, chairwoman of the Central Election Commission, said the commission had received
23 complaints on polling day, most about voter lists, and expected to certify the final result by
May 27. The winner takes office once the result is certified.

An independent monitoring group, Open Ballot Georgia, said its roughly 210 observers had recorded
14 incidents, including two cases of campaigning near polling stations, but nothing that would
have changed the outcome.

## Towers and the port

The campaign was fought largely over the future of the seafront. The towers, planned by a
Dubai-registered developer, would rise to 38 floors each on land next to the old boulevard.
Abashidze called them a threat to the city's main public space; Tsintsadze said the project
would bring investment and that the decision belonged to national regulators.

Tsintsadze, 56, also campaigned on a promise to attract container lines to the port of Batumi,
where cargo volumes have slipped in recent years as traffic shifted to other Black Sea
terminals.

Batumi, a city of about 180,000 people near the Turkish border, draws more than a million
foreign visitors a year, many of them from Turkey, Israel and the Gulf states.
"""

_S2_B = """
The opposition's victory in Batumi on Sunday is the first time in more than ten years that
People's Path has lost control of one of Georgia's five largest cities, and party officials in
Tbilisi spent Monday trying to explain how a 5.7-point first-round lead turned into defeat.

Maia Abashidze, the Black Sea Bloc candidate, took 30,041 votes, or 52.39 per cent, against
27,284 for Irakli Tsintsadze, a margin of 2,757 votes, according to preliminary figures from the
Central Election Commission. Turnout, at under 40 per cent, was lower than in the first round.

"Batumi has voted for the sea, not for the ministry," said Zurab Katamadze, who ran Abashidze's
campaign, as results came in from the last precincts after midnight. The line, repeated across
social media within minutes, captured a campaign that turned a zoning dispute into a referendum
on decisions made in the capital.

[FIG] Maia Abashidze greets supporters in Europe Square after the runoff. || Giorgi Beridze

Abashidze herself struck a conciliatory note. "From tomorrow I am the mayor of everyone in this
city, including the people who did not vote for me," she told the Courier on Monday morning, adding
that she would invite Tsintsadze's team to discuss the port.

[AD]

## Lessons for the capital

Davit Meskhi, secretary-general of People's Path, said the party would "study the result
honestly".
He blamed low turnout and rain in the afternoon, and pointed out that Tsintsadze's share of the
vote had risen between the two rounds.

Nino Lomidze, a political scientist at Tbilisi State University, said the decisive factor was the
endorsement by Levan Surmanidze, the independent who finished third on May 3. "Surmanidze's voters
were angry about the towers, not about People's Path as such. Abashidze gave them a reason to come
back," she said.

Lomidze cautioned against reading the result as a national swing. People's Path still runs
Tbilisi, Kutaisi and Rustavi, she noted, and the Black Sea Bloc has almost no organisation
outside Adjara. "One city is a warning, not a wave," she said.

Spending declarations filed with the State Audit Office show that Tsintsadze's campaign spent
1.4 million lari (about $520,000), more than twice the 610,000 lari reported by Abashidze.

The former mayor, Archil Dolidze, whose move to the Ministry of Regional Development triggered the
snap election, did not comment. Tsintsadze's campaign had presented him as the guarantor of
continuity with Dolidze's programme of road and sewerage works.

## What comes next

Abashidze, a former deputy chair of the city council, will have to work with a council in which
People's Path holds a majority until the regular local elections. The CEC has until May 27 to
certify the result. Municipal elections in the rest of Georgia are not due until next year.
"""

_S2_C = """
Maia Abashidze will be Batumi's next mayor. The architect and Black Sea Bloc candidate won
yesterday's runoff with 52.4 per cent of the vote, ending People's Path's long hold on city hall.
Her rival, Irakli Tsintsadze, conceded at ten minutes to one in the morning.

Turnout in the runoff was 36.8 per cent, according to the election commission. Voting was slow all
day: by noon only 11.9 per cent of registered voters had cast a ballot, and by 3 p.m. the figure
was 23.7 per cent. Heavy rain from early afternoon kept many older residents at home, several
precinct officials told the Gazette.

## Precinct by precinct

Abashidze led in 81 of the city's 128 precincts. Her strongest showing was in Old Batumi, the
district around the boulevard and the planned towers, where she took almost 61 per cent.
Tsintsadze won most of the precincts in the newer neighbourhoods to the south, near the airport
road, and in the Boni-Gorodok area, where many port workers live.

[AD]

Polls closed at 8 p.m. and the first precinct protocols were posted within the hour. At the
Black Sea Bloc's office on Gorgiladze Street supporters began celebrating soon after 11 p.m.,
when the gap no longer seemed to be closing.

In his concession, Tsintsadze said "the city has spoken" and promised to keep pressing on port
jobs. He thanked his volunteers and told them the campaign had been "clean and hard".

## Voices from the boulevard

"I voted for her because of the sea. My grandchildren should be able to walk on the boulevard
without looking at a wall of concrete," said Manana Dzneladze, 67, a retired teacher, who cast her
ballot at School No. 6 in the morning before the rain.

Across the street, Giorgi Putkaradze, who runs a cafe near the dolphinarium, said he had voted for
Tsintsadze. "Tourists want new hotels. If we stop building, they will go to Turkey," he said.

[FIG] Voters queue at a polling station on Rustaveli Avenue. || Batumi Coast Gazette

## Next steps

The Central Election Commission is expected to certify the final result by May 27, after which
Abashidze will be sworn in. She replaces Archil Dolidze, who left the mayor's office in February
for a post as deputy minister in Tbilisi; since then the city has been run by an acting mayor,
Tengiz Khalvashi.

Abashidze has promised that her first act will be a review of all construction permits issued on
the old boulevard. The developer of the towers, whose permits were issued by the national ministry
last year, has not commented on the result.

The city council expects to hold its first session with the new mayor in June, when it must also
approve a revised budget for the rest of the year.
"""

_S2_D = """
Three things worth noticing in Sunday's Batumi runoff, now that the precinct protocols are all
online.

## 1. The transfer was almost complete

In the first round on 3 May, Tsintsadze had 44.9%, Abashidze 39.2% and the independent Levan
Surmanidze 15.9%. On 17 May Abashidze finished with 52.4% to Tsintsadze's 47.6%. If you assume
the first-round voters of the two finalists stayed put, Abashidze picked up the large majority of
Surmanidze's voters. The precinct data support that: her gains were biggest exactly where
Surmanidze had been strongest, in the old town.

Put in shares: between the rounds Abashidze's share rose by 13.2 points and Tsintsadze's by 2.7,
which together account for Surmanidze's 15.9. Shares are not voters, of course, and turnout fell
between the rounds, so some of Surmanidze's people simply did not come back. But the direction is
unmistakable.

## 2. Turnout fell, but not evenly

Turnout was 38.6%, against 41.2% in the first round. In absolute terms 58,337 people voted, out of
151,130 on the register. The drop was steepest in the southern precincts that voted for
Tsintsadze, which is bad news for the governing party: its own voters stayed home in larger
numbers. The CEC's interim figure at 15:00 local time was 23.7%, so roughly two-fifths of all
ballots were cast in the last five hours.

[AD]

## 3. The concession came early

Tsintsadze conceded at 22:50 Central European Summer Time on Sunday, or 00:50 on Monday in
Batumi, long before the final protocols were in. That is unusual for People's Path, whose
candidates have in past contests waited for the official count. Party officials told reporters
in Tbilisi the next day that the gap was "clear enough" to accept.

## Money

The declared spending gap was big: 1.4 million lari for Tsintsadze against 610,000 lari for
Abashidze, roughly $520,000 against $226,000 at current rates. Money did not buy the result, but
it may have helped Tsintsadze hold the southern districts.

## What to watch

The Central Election Commission, chaired by Tamar Gogitidze, has until 27 May to certify. The
Black Sea Bloc has already said it will use the city's budget review in June to challenge the
tower permits, although city hall's legal power over permits issued by the national ministry is
limited. For the wider picture, watch whether the Bloc tries to run candidates in other coastal
municipalities next year.

The result also tests the theory, popular in Tbilisi, that local anger over construction does not
translate into votes. It did in Batumi. Whether it will in Kobuleti or Poti is another question.

As always, our precinct spreadsheet is linked below, and corrections are welcome.
"""

STORY_2 = _story("elec-PF2", "election", "2026-05-21", [
    _page("https://www.transcaucasia-newswire.example/politics/georgia-batumi-mayor-runoff-abashidze-wins-20260518",
          _wire_page("Transcaucasia Newswire",
                     "https://www.transcaucasia-newswire.example/politics/georgia-batumi-mayor-runoff-abashidze-wins-20260518",
                     "Politics", "Opposition architect wins Batumi mayoral runoff",
                     "Maia Abashidze defeats the governing party's Irakli Tsintsadze after a "
                     "campaign dominated by seafront towers.",
                     "By Ketevan Mamulashvili", "2026-05-18T03:40:00Z", "May 18, 2026 03:40 GMT",
                     _S2_A, ["Georgia's regions: who runs what",
                             "Black Sea ports compete for Central Asian cargo",
                             "Explainer: how Georgian runoffs work"])),
    _page("https://www.tbilisicourier.example/politics/2026/05/18/batumi-result-shakes-peoples-path",
          _paper_page("Tbilisi Courier",
                      "https://www.tbilisicourier.example/politics/2026/05/18/batumi-result-shakes-peoples-path",
                      "Politics", "Batumi defeat leaves People's Path searching for answers",
                      "A zoning fight on the seafront became a referendum on decisions taken in Tbilisi",
                      "Levan Kiknadze", "2026-05-18T11:00:00+04:00", "18 May 2026", _S2_B,
                      ["Batumi defeat leaves People's Path searching for answers",
                       "Wine exports to China hit a record", "Dinamo sign Brazilian winger",
                       "Opinion: the capital is not the country"])),
    _page("https://batumicoastgazette.example/city/abashidze-elected-mayor",
          _simple_page("Batumi Coast Gazette",
                       "https://batumicoastgazette.example/city/abashidze-elected-mayor",
                       "Abashidze elected mayor as rain keeps turnout low",
                       "The Black Sea Bloc candidate led in 81 of 128 precincts.",
                       "City desk", "18.05.2026", _S2_C,
                       ["Elections", "Batumi", "City hall"])),
    _page("https://ballotboxnotes.example/posts/batumi-runoff-three-things",
          _paper_page("Ballot Box Notes",
                      "https://ballotboxnotes.example/posts/batumi-runoff-three-things",
                      "Newsletter", "Batumi runoff: three things the numbers tell us",
                      "Vote transfers, uneven turnout and an early concession",
                      "Anna Richter", "2026-05-20T06:30:00+02:00", None, _S2_D,
                      ["Batumi runoff: three things", "Armenia's poll tracker, May update",
                       "Reading precinct protocols: a guide"])),
], [
    ("turnout", r"(?<![\d.,])38[.,]6(?!\d)", r"(?<![\d.,])36[.,]8(?!\d)"),
    ("who said 'voted for the sea, not for the ministry'", r"abashidze", r"katamadze"),
])


# =========================================================================== STORY 3
# cb-PF3 -- CONTROL.  Bank of Israel, Monday 23 February 2026, 16:00 Israel time (UTC+2) =
# 14:00 GMT = 09:00 New York.  Cut 25 bp (a quarter point) from 4.25% to 4%; vote 5-1, the
# dissenter wanted a hold.  Previous cut November 2025 (4.5 -> 4.25); held on 5 January;
# next decision 6 April; minutes 9 March.  January CPI 2.6% y/y (2.9% in December); target
# 1-3%.  Research forecasts: inflation 2.2% over the next four quarters, GDP 4.1% in 2026
# (3.8% in January's forecast), 3.6% in 2027, rate 3.5% in Q1 2027.  Prime 5.75 -> 5.5%.
# Shekel 3.58/$; reserves $232.4bn = about 832bn shekels.

_S3_A = """
JERUSALEM, Feb 23 (MBW) - Israel's central bank brought its benchmark rate down to 4.0% on Monday,
a move of 25 basis points and its second reduction in four months, arguing that inflation sat
comfortably in its target range while a strong shekel kept import prices in check.

The cut won the backing of five of the Monetary Committee's six members, the bank said when it
announced the move at 16:00 local time (1400 GMT). One member favoured keeping the rate at 4.25%. Under
the bank's rules, the names of members and how they voted are not disclosed.

Consumer prices were 2.6% higher in January than a year earlier, after a 2.9% rise in December,
inside the 1% to 3% band the government has set for the bank. Over the next four quarters, the bank's Research Department sees inflation at
2.2%.

"Inflation has been inside the target range for eight consecutive months and the shekel's strength
is helping to keep it there. That gives us room to ease, but we will move carefully, one meeting at
a time," Governor Yoram Shalev told journalists later on Monday.

[AD]

The cut had been expected by 11 of 14 economists surveyed by MBW last week; the other three had
forecast no change.

Exporters have complained for months that the shekel's climb is eating into their margins, and the
Manufacturers' Association had urged the bank to buy dollars to slow the currency's rise. The bank
made no foreign currency purchases in January. Shalev declined to say whether the committee would
cut again at its next meeting, saying only that every decision would depend on the data.

## Growth forecast raised

Staff economists now see the economy growing 4.1% this year, up from the 3.8% they projected in
January, citing a rebound in private consumption and in high-tech exports. It sees
growth of 3.6% in 2027. Its staff forecast puts the policy rate at 3.5% in the first quarter of
2027.

The shekel barely moved on the news and stood near 3.58 per dollar. It has gained roughly
6% against the U.S. currency over the past 12 months. The bank's foreign currency holdings were
worth $232.4 billion when January ended.

Commercial banks, whose prime lending rate always sits 1.5 points over the central bank's, said
prime would fall to 5.5% from 5.75% from Tuesday.

The Tel Aviv 35 index added 0.9% by late afternoon, led by real estate and bank shares.

The Monetary Committee last cut rates in November 2025, from 4.5%, and left them unchanged at its
January 5 meeting. The committee meets again to set rates on April 6. Minutes of Monday's discussion will be
published on March 9.
"""

_S3_B = """
A quarter-point cut took the Bank of Israel's key rate to 4 per cent yesterday, a bet that the strong shekel and cooling prices give it room to support an economy that its own
economists now expect to grow faster than they thought just seven weeks ago.

"Inflation has been inside the target range for eight consecutive months," Governor Yoram Shalev
said at the bank's Jerusalem headquarters. But he warned against reading the move as the start of
a rapid easing cycle. "We will move carefully, one meeting at a time," he said.

For households, the most tangible effect will be on mortgages. The prime rate, to which most
variable-rate home loans in Israel are linked, drops to 5.5 per cent. On a typical variable-rate
mortgage of 1 million shekels, the monthly repayment should fall by about 140 shekels, or roughly
$39, according to estimates by the Israel Bankers Association.

[FIG] Governor Yoram Shalev speaks to reporters in Jerusalem after the rate decision. || Oded Mizrahi

## Not everyone convinced

The decision was not unanimous. One of the committee's six members wanted to keep the rate
unchanged, the bank said, without identifying the dissenter.

Deputy Governor Miriam Levanon, who also sits on the committee, told a conference in Tel Aviv on
Sunday, a day before the decision, that the housing market still needed watching. Home prices rose
4.3 per cent in the year to December, according to the Central Bureau of Statistics, slower than a
year earlier but still well above overall inflation, which was 2.6 per cent in January.

Economists were divided over what comes next. Dafna Carmeli, chief economist at a Tel Aviv
brokerage, said she expected one more cut before the summer. "The bank's own forecast points to 3.5
per cent early next year, which means two more moves. April is not guaranteed, but it is likely,"
she said.

Others were more cautious. Unemployment was 3.1 per cent in January, close to its lowest on record,
and wages in the business sector grew faster than prices last year, which some economists see as a
reason for the bank to pause after Monday's move.

[AD]

## The budget question

The central bank has repeatedly named fiscal policy as a risk. Last year's deficit came to 4.7 per cent
of GDP, and the government is aiming for 3.9 per cent this year, a target that several economists
consider optimistic.

The bank's reserves, at $232.4 billion, or roughly 832 billion shekels, remain among the largest in
the world relative to the size of the economy, and it did not buy foreign currency in January.

The committee's next decision is scheduled for April 6.
"""

_S3_C = """
Israel's central bank has cut borrowing costs again, bringing its rate down to four per cent, a
quarter of a point lower than before.
The decision was announced at four o'clock this afternoon in Jerusalem.

Governor Yoram Shalev said inflation was under control and the shekel was strong, which allowed the
bank to ease. He stressed that future moves would depend on the data and said the bank was in no
hurry.

Five members of the six-member Monetary Committee supported the cut. One wanted to leave the rate
where it was, at 4.25 per cent.

## What it means for you

If you have a mortgage linked to the prime rate, your payments should go down from next month. The
prime rate falls from 5.75 per cent to 5.5 per cent. Savers, on the other hand, can expect slightly
lower returns on bank deposits.

Mortgage adviser Avi Shapira told us the change is modest but real. "On a loan of a million
shekels with a large prime-linked track, you are looking at something like 140 shekels a month. It
will not change anyone's life, but after two years of rising payments people will feel it," he
said.

[AD]

Consumer prices rose by 2.6 per cent in the twelve months to January. That is inside the target
the government has set for the bank, between one and three per cent.

Our economics correspondent, Yael Rubin, says the move was widely expected in the markets. "The
surprise would have been a hold. What the bank is really saying is that the shekel has done a lot
of its work for it," she said.

## Growth and the shekel

The bank now expects the economy to grow by 4.1 per cent this year. Its previous forecast, issued
in January, was 3.8 per cent.

The shekel has strengthened against the dollar by about six per cent over the past year, which
makes imported goods cheaper. On Monday it was trading at around 3.58 to the dollar.

The head of the Manufacturers' Association, Eli Ben-David, welcomed the cut but said it came late
for exporters. "Every agora the shekel gains against the dollar comes straight out of our margins.
A cut helps a little, but it does not change the exchange rate overnight," he said.

The bank will announce its next decision on the sixth of April. Before that, the full minutes of
today's discussion will be published, in two weeks' time.

In other business news today, the Tel Aviv Stock Exchange closed higher, with the main TA-35 index
up almost one per cent.
"""

_S3_D = """
Israel's central bank eased again on Monday, trimming its policy rate by a quarter point to 4%. The
decision hit screens at 9 a.m. New York time, 4 p.m. in Jerusalem.

## The call

We had flagged the cut in last week's preview, and it came with little drama: a 5-1 vote, a
statement that leaned on the strong shekel and a Research Department forecast that kept the door
open to more. The staff now sees the rate at 3.5% in the first quarter of 2027, which implies two
further 25bp cuts over four quarters.

Governor Yoram Shalev was unusually direct on fiscal risk at the press conference. "The budget
remains the main risk to this outlook, more than anything happening in the world economy," he
said. That matters for bond investors: the government targets a 2026 deficit of 3.9% of GDP after
4.7% last year, and the bank is signalling it will not accommodate slippage.

[AD]

## Numbers that matter

- January CPI: 2.6% y/y, down from 2.9%. The target band is 1-3%.

- Research Department inflation forecast, next four quarters: 2.2%.

- GDP growth forecast for 2026: 4.1%, up from 3.8% in January. For 2027: 3.6%.

- Policy rate: 4.0%, from 4.25%. The November 2025 cut took it from 4.5%.

- Reserves: $232.4bn at end-January.

- USD/ILS: about 3.58, with the shekel up roughly 6% over 12 months.

One thing we got wrong: we expected a smaller upgrade to growth. Our own estimate for 2026 is
3.7%, and we think the bank is leaning heavily on a consumption rebound that could fade once the
backlog of postponed purchases is worked through.

## Positioning

For EM fixed-income readers, the trade has been long Israeli government bonds on a rates view. With
the April 6 meeting now live for another cut, the front end has less room to rally; we prefer the
middle of the curve. The shekel's strength looks stretched on our valuation model, but the central bank's
reserves give it plenty of firepower if it decides to lean against further gains.

The risk to all this is a budget fight. The finance ministry must present amendments to the 2026
budget in the spring, and a wider deficit would make the bank more cautious. Minutes of Monday's
meeting, due on March 9, should tell us how strongly the dissenter argued for a hold, and whether
any of the five in the majority shared those doubts.

Our April preview will go out the week before the meeting. Next issue: Turkey's inflation print
and what it means for the lira carry trade.
"""

STORY_3 = _story("cb-PF3", "central bank", "2026-02-27", [
    _page("https://www.medbizwire.example/markets/central-banks/israel-cuts-rate-to-4-pct-20260223",
          _wire_page("Mediterranean Business Wire",
                     "https://www.medbizwire.example/markets/central-banks/israel-cuts-rate-to-4-pct-20260223",
                     "Markets", "Bank of Israel cuts rate to 4.0% as inflation cools",
                     "Five of six Monetary Committee members backed the 25 basis point "
                     "reduction; growth forecast raised to 4.1%.",
                     "Reporting by Noa Friedman; editing by Paul Hadley", "2026-02-23T16:45:00Z",
                     "February 23, 2026 16:45 GMT", _S3_A,
                     ["Shekel hovers near strongest level in years",
                      "Israel's high-tech exports rebound", "Gulf bourses mixed"])),
    _page("https://www.jerusalemledger.example/business/2026/02/24/bank-of-israel-rate-cut-mortgages",
          _paper_page("The Jerusalem Ledger",
                      "https://www.jerusalemledger.example/business/2026/02/24/bank-of-israel-rate-cut-mortgages",
                      "Business", "Rate cut brings relief for mortgage holders, caution from Shalev",
                      "Prime rate falls to 5.5 per cent; governor warns against expecting a rapid "
                      "easing cycle",
                      "Ronit Avraham", "2026-02-24T05:00:00+02:00", "Tuesday, February 24, 2026",
                      _S3_B, ["Rate cut brings relief for mortgage holders",
                              "Knesset committee delays budget amendments",
                              "Maccabi win in Belgrade", "The return of the Tel Aviv kiosk"])),
    _page("https://news.levantpublic.example/economy/bank-of-israel-cuts-interest-rate",
          _simple_page("Levant Public Broadcasting",
                       "https://news.levantpublic.example/economy/bank-of-israel-cuts-interest-rate",
                       "Bank of Israel cuts interest rate to four per cent",
                       "Mortgage payments linked to prime will fall; the governor says there is no hurry.",
                       "LPB Economics", None, _S3_C, ["Economy", "Bank of Israel", "Mortgages"])),
    _page("https://emergingmarketsbrief.example/issues/israel-cuts-again",
          _wire_page("Emerging Markets Brief",
                     "https://emergingmarketsbrief.example/issues/israel-cuts-again",
                     "Issues", "Israel cuts again; the budget is the risk",
                     "A quarter-point cut, a 5-1 vote and a staff forecast that leaves room for more.",
                     "By the EMB team", "2026-02-23T13:15:00-05:00", "Feb. 23, 2026, 1:15 p.m. ET",
                     _S3_D, ["Turkey: the lira carry trade revisited",
                             "Egypt's IMF review", "Gulf dollar pegs under the microscope"])),
], [])


# =========================================================================== STORY 4
# court-PF4 -- Amman Criminal Court, Sunday 12 April 2026, verdict read at 11:30 (UTC+3) =
# 08:30 GMT.  Samer Haddadin, 58, former GAM procurement director: bribery and abuse of
# office over an 18.4m-dinar (about $26m) traffic-signal contract; bribes 640,000 dinars
# (about $903,000).  Co-defendants: contractor's manager Nabil Qteishat, 49, three years
# (2-1, one judge dissenting); brother-in-law Fadi Nsour ten years in absentia; two engineers
# acquitted.  Appeal within 30 days.  PLANTED: Haddadin's term seven years (A, B, D) vs five
# years (C); prosecutor Tarawneh: money "has been returned" (A) vs "has not been returned" (B).

_S4_A = """
AMMAN, April 12 (LPA) - A former procurement director of the Greater Amman Municipality was given a
seven-year prison term with hard labour on Sunday for taking bribes in return for steering a
contract for smart traffic signals to a foreign supplier.

A three-judge panel of the Amman Criminal Court found Samer Haddadin, 58, guilty of taking bribes
and abusing his office. It also ordered him to hand back 640,000 Jordanian dinars (about $903,000),
plus an equal sum as a fine. The verdict was read at 11:30 a.m.

The case concerns an 18.4 million dinar contract, signed in 2022, to install adaptive traffic
lights at 420 intersections across the capital. Prosecutors said the bribes were paid through a
consultancy registered to Haddadin's brother-in-law, Fadi Nsour.

Nsour, who lives abroad and was tried in absentia, received ten years. Nabil Qteishat, 49, the
regional manager of the contractor, Orion Urban Systems, was sentenced to three years for paying
the bribes; the panel convicted him by a majority, with one judge dissenting. Two municipal
engineers charged alongside them were acquitted.

The panel was presided over by Judge Rania Obeidat. Haddadin, wearing a grey suit, listened to the
ruling from the dock without visible emotion while relatives wept in the public gallery.

[AD]

Public Prosecutor Hisham Tarawneh told reporters outside the court that the state had been made
whole. "The money has been returned to the treasury, but that does not erase the crime," he said.

Defence lawyer Omar Khatib said Haddadin would appeal. "The court relied on the word of a man who
was promised he would not be prosecuted. We will take this to the Court of Appeal," he said.
Defendants have 30 days to lodge an appeal.

The Integrity and Anti-Corruption Commission referred the case to prosecutors in 2024, a year
after the Audit Bureau flagged irregularities in the tender. The municipality cancelled the
contract the same year and later awarded a new one, worth 14.2 million dinars, to a different
company.

Haddadin, who had worked at the municipality for more than two decades, has been held since March
2024, when he was arrested. The court said his time in detention would count towards the term.

Jordan has stepped up prosecutions of public officials in recent years under a national integrity
strategy. Most cases involve relatively small sums; the traffic-signal case is among the largest
to reach a verdict involving a municipal employee.

The trial opened in September 2025 and ran to 31 sessions, during which the court heard 46
witnesses, according to court records.
"""

_S4_B = """
The courtroom on the second floor of the Palace of Justice was full well before the three judges
took their seats on Sunday morning. Relatives of Samer Haddadin, the former head of procurement at
the Greater Amman Municipality, sat in the front rows; behind them were municipal employees,
lawyers and a handful of reporters.

When Judge Rania Obeidat, the presiding judge, read out the sentence - seven years with hard labour
- Haddadin's wife covered her face with her hands. Haddadin himself, standing in the dock in a
grey suit, showed no reaction.

The court found that Haddadin took 640,000 dinars in bribes to favour Orion Urban Systems in the
tender for the capital's "smart signals" project, an 18.4 million dinar contract that was supposed
to cut journey times on Amman's most congested roads. The system was never completed: only about
a third of the 420 intersections had been fitted when the municipality cancelled the contract.

## A long road to the verdict

The investigation began after the Audit Bureau's 2023 report noted that the winning bid had been
revised twice after the tender closed. Investigators from the Integrity and Anti-Corruption
Commission later traced payments from a Dubai account linked to the contractor to a consultancy
owned by Fadi Nsour, Haddadin's brother-in-law.

[FIG] Samer Haddadin arrives at the Palace of Justice in Amman on Sunday. || Khalil Mazen

Speaking after the session, Public Prosecutor Hisham Tarawneh said the state's work was not
finished. "The money has not been returned to the treasury, and we will go after every dinar," he
said.

Qteishat, the contractor's regional manager, received three years. One of the three judges would
have acquitted him, the court said. Nsour, who did not attend and is believed to be living in the
Gulf, was sentenced to ten years in absentia. Two engineers were acquitted of all charges.

[AD]

## Appeal

Haddadin's lawyer, Omar Khatib, called the verdict "built on sand" and said he would file an
appeal within the 30 days allowed by law. He argued during the trial that the prosecution's key
witness, a former Orion employee, had been granted immunity in exchange for his testimony.

For the municipality, the verdict closes one chapter of an embarrassing affair. Deputy Mayor
Lina Shraideh, speaking to the Record by phone, said the new signals contract, awarded last year for
14.2 million dinars, was on schedule. "Residents want to see traffic move, and that is what we
will deliver by the end of next year," she said.

Haddadin has been held since March 2024. His family maintains his innocence, and his eldest son
told the Record outside the courtroom that they would now "wait for the appeal judges".
"""

_S4_C = """
A court in Amman this morning jailed a former senior official of the Greater Amman Municipality for
five years over bribes linked to the city's traffic lights.

Samer Haddadin headed the municipality's procurement department when a contract for so-called
smart traffic signals was awarded in 2022. The court found he had taken bribes worth 640,000
dinars to favour the company that won the tender.

He was also ordered to repay the money and to pay a fine of an equal amount.

[AD]

Four other men were tried in the same case. The contractor's regional manager, Nabil
Qteishat, received three years. Haddadin's brother-in-law, Fadi Nsour, who was tried in his
absence, received ten years. Two engineers from the municipality were found not guilty.

## Reactions

The Integrity and Anti-Corruption Commission, which investigated the case, welcomed the ruling.
Its spokesman, Bassam Zoubi, told JPB the verdict showed that "no position protects anyone from
accountability". He said the commission was currently investigating 37 other cases involving
municipal contracts around the country.

Haddadin's lawyer said his client would appeal. The defence has 30 days to do so.

Haddadin, who is 58, had worked at the municipality for more than twenty years before his arrest
in March 2024. He has been in detention since then, and the court said that time would count
towards his sentence.

## Background

The contract, worth 18.4 million dinars, was meant to install adaptive traffic signals at 420
junctions in the capital. It was cancelled in 2024 after the Audit Bureau questioned how it had been
awarded. A new contractor is now carrying out the work.

Drivers in Amman have long complained about congestion. A study by the municipality found that the
average commuter in the capital spends more than an hour on the road each working day.

[FIG] Traffic at the Seventh Circle in Amman. || JPB

In a separate case in 2019, another municipality official was sentenced to four years for taking
bribes over parking meter contracts.

Our legal affairs correspondent, Dana Masri, says the sentence is in line with what the law allows
for bribery by a public official, which can carry a sentence of hard labour, and that the appeal
court will look closely at the testimony of the prosecution's main witness. "The defence has made
that witness the centre of its case. If the appeal court has doubts about him, the whole verdict
is at risk," she said.

The verdict was delivered by a panel of three judges headed by Judge Rania Obeidat. The
prosecution had asked the court for the heaviest penalty the law allows.
"""

_S4_D = """
Jordan's largest municipal corruption verdict in years came down on Sunday 12 April, and it is
worth reading beyond the headline sentence.

## The verdict

The Amman Criminal Court gave Samer Haddadin, formerly procurement director at the Greater Amman
Municipality (GAM), a seven-year term with hard labour, plus restitution of JD640,000 and a fine of
the same size. In dollars, each of those sums is a little over $900,000 at the pegged rate of
about 1.41 dollars to the dinar. The court read its decision at 08:30 GMT, 11:30 in Amman.

The contractor's man, Nabil Qteishat, got three years on a 2-1 vote of the panel. The dissent,
according to lawyers present, turned on whether the payments Qteishat authorised could be shown to
have reached Haddadin rather than stopping with the consultancy. Fadi Nsour, the brother-in-law
whose consultancy received the money, got ten years in absentia. Two GAM engineers were acquitted.

[AD]

## Why it matters

First, the size. The contract was worth JD18.4 million, about $26 million, and the bribes were
roughly 3.5% of it. That is a classic kickback ratio for infrastructure tenders in the region,
and it was found by auditors rather than whistle-blowers: the Audit Bureau's 2023 report spotted
two post-deadline revisions of the winning bid.

Second, the evidence. The prosecution leaned on a former employee of Orion Urban Systems who was
promised immunity. Defence lawyer Omar Khatib has said he will make that the core of his appeal,
which must be filed within 30 days. Appeal courts in Jordan have overturned convictions built
mainly on immunised testimony before, though not often.

Third, recovery. Prosecutor Hisham Tarawneh's remarks outside court about the crime and the money
were widely shared. The question that matters more for the public purse is where the JD640,000
actually sits today, and readers should watch the appeal file for any sign of a settlement.

## The company

Orion Urban Systems, which is registered in Cyprus, has not been charged as a company. It did not
answer our questions. It continues to bid for public contracts elsewhere in the Middle East,
according to tender records we reviewed, including two in Iraq this year.

## What to watch

The appeal deadline falls in mid-May. GAM's replacement contract, worth JD14.2 million (about $20
million), is due to be finished by the end of 2027. The Integrity and Anti-Corruption Commission
says it has 37 other municipal contract cases under investigation.

The full written judgment, which runs to 212 pages, has not yet been published; we have relied on
the operative part read in court and on lawyers' accounts. We will update this note when the appeal
is lodged.
"""

STORY_4 = _story("court-PF4", "court", "2026-04-16", [
    _page("https://www.levantpress.example/en/jordan/amman-official-jailed-bribery-traffic-signals",
          _wire_page("Levant Press Agency",
                     "https://www.levantpress.example/en/jordan/amman-official-jailed-bribery-traffic-signals",
                     "World", "Jordan jails former Amman procurement chief for bribery",
                     "Samer Haddadin was convicted over a traffic-signal contract worth 18.4 "
                     "million dinars.",
                     "LPA", "2026-04-12T10:05:00Z", "12 April 2026, 10:05 GMT", _S4_A,
                     ["Jordan's anti-corruption drive, explained",
                      "Amman bus rapid transit line opens new stations",
                      "Iraq awards power grid tenders"])),
    _page("https://www.ammandailyrecord.example/local/courts/haddadin-sentenced-smart-signals-case",
          _paper_page("The Amman Daily Record",
                      "https://www.ammandailyrecord.example/local/courts/haddadin-sentenced-smart-signals-case",
                      "Courts", "Silence in the dock as Haddadin hears his sentence",
                      "Former procurement head of the capital's municipality convicted in the "
                      "'smart signals' bribery case",
                      "Hala Al-Momani", None, "Monday 13 April 2026", _S4_B,
                      ["Silence in the dock as Haddadin hears his sentence",
                       "Petra visitor numbers climb", "Al-Faisaly hold Wehdat",
                       "Water tariffs: what changes in May"])),
    _page("https://www.jpbnews.example/english/local/bribery-verdict-amman-municipality",
          _simple_page("JPB News",
                       "https://www.jpbnews.example/english/local/bribery-verdict-amman-municipality",
                       "Former municipality official jailed in traffic-light bribery case",
                       "Two other men were sentenced; two engineers were acquitted.",
                       "JPB newsroom", None, _S4_C, ["Jordan", "Courts", "Corruption"])),
    _page("https://integritywatchmena.example/briefs/2026/amman-smart-signals-verdict",
          _paper_page("Integrity Watch MENA",
                      "https://integritywatchmena.example/briefs/2026/amman-smart-signals-verdict",
                      "Briefs", "Amman's smart-signals verdict: sentence, dissent and the money",
                      "What the Haddadin judgment does and does not settle",
                      "Yousef Abu Ghazaleh", "2026-04-15T08:00:00+03:00", "15 April 2026", _S4_D,
                      ["Amman's smart-signals verdict", "Lebanon's procurement law, two years on",
                       "Tracking asset recovery in Iraq"])),
], [
    ("prison term", r"(?<![\d.])(7|seven)[ -]years?", r"(?<![\d.])(5|five)[ -]years?"),
    ("prosecutor quote on the money", r"has been (fully )?returned", r"has not (yet )?been returned"),
])


# =========================================================================== STORY 5
# rocket-PF5 -- CONTROL.  Simorgh launch from Imam Khomeini Spaceport, Semnan province,
# Thursday 22 January 2026 at 09:25 Tehran time (UTC+3:30) = 05:55 GMT = 00:55 EST.
# Arman-1, 72 kg (159 lb); two 4 kg Pars-Nano cubesats; 80 kg (176 lb) in total.  Orbit
# about 550 km (about 340 miles; 528 x 571 km), inclination 55 degrees; insertion about eight
# minutes after lift-off; first signal at Mahdasht 10:58 local (07:28 GMT), 93 minutes
# after launch.  Previous Simorgh flight September 2025 (three satellites, about 410 km).
# Fourth consecutive success.  Arman-2 planned for the autumn.

_S5_A = """
TEHRAN, Jan 22 (Atlas) - Iran's Simorgh rocket carried a home-built imaging satellite to orbit on
Thursday, the country's space agency said, in what officials described as the fourth
successful flight in a row for the two-stage launcher.

The rocket left its pad at the Imam Khomeini Spaceport, in the Semnan desert, at 09:25 local time
(05:55 GMT), carrying the 72-kilogram Arman-1 satellite and two small cubesats built by university
students, the Iranian Space Agency said. The satellites were placed in an orbit about 550 km above
the Earth roughly eight minutes after launch.

A ground station at Mahdasht, west of Tehran, received the first signal from Arman-1 at 10:58,
about an hour and a half after lift-off, agency head Mehdi Farahani told state television.

"Arman-1 is speaking to us. Every system we have checked so far is healthy, and the imaging camera
will be switched on within ten days," Farahani said.

State television showed the white and black rocket rising into a clear winter sky, and later
broadcast footage of engineers embracing in the control room. Communications Minister Reza Moradi,
who attended the launch, said every part of the satellite had been designed and built in Iran.

Farahani said images from Arman-1 would be made available to provincial governments and to the
national crisis management agency, which uses satellite pictures after floods and earthquakes.
The agency has relied until now mainly on foreign commercial imagery for that purpose.

[AD]

Arman-1 was designed by the Iranian Space Research Centre to photograph the country's territory at
a resolution of 10 metres, for use in agriculture, water management and disaster response,
according to the agency. It is expected to operate for at least two years.

The two cubesats, each weighing 4 kg, were built by teams at Sharif University of Technology and
will test communications equipment, the agency said. Including the cubesats, the rocket carried
80 kg of satellites to orbit.

The spaceport lies some 220 km east of Tehran, in a desert area near the city of Semnan. The
previous Simorgh launch, in September 2025, put three research satellites into a lower orbit of
about 410 km.

The United States and European governments have long objected to Iran's space programme, arguing
that engines and guidance systems proven on space launchers can be carried over to missiles that
fly farther. Tehran rejects that and calls its space work peaceful and lawful.

Washington had not reacted publicly by midday in Tehran.

Iranian officials said a second satellite in the series, Arman-2, would be launched in the autumn.
"""

_S5_B = """
Iran placed its Arman-1 remote-sensing satellite in orbit yesterday morning, with a Simorgh rocket
lifting off from the Imam Khomeini Spaceport at 9:25 a.m. and delivering its payload to an altitude
of about 550 kilometres.

Officials at the Iranian Space Agency (ISA) celebrated as the first telemetry arrived at the
Mahdasht ground station at 10:58 a.m. "Arman-1 is speaking to us," the agency's head, Mehdi
Farahani, said in a brief televised statement. He said the satellite's camera would be activated
"within ten days" after engineers finish checking its systems.

[FIG] The Simorgh launcher clears the tower at the Semnan spaceport on Thursday morning. || Iranian Space Agency

Minister of Information and Communications Technology Reza Moradi, who watched the launch from the
control centre, said the mission showed the maturity of the country's space industry. "This
satellite was designed, built and launched by Iranian hands, from the first drawing to the last
bolt," he said.

The spaceport, about 220 kilometres east of Tehran near the city of Semnan, has been expanded over
the past two years with a second launch pad and new fuel storage, according to the agency.

## A growing programme

Arman-1, which weighs 72 kilograms, is the heaviest satellite the Iranian Space Research Centre has
built for civilian imaging. Its camera will be able to distinguish objects about 10 metres across,
enough, officials say, to monitor crops, dam reservoirs and the spread of urban construction.

Riding with it were two Pars-Nano cubesats from Sharif University of Technology, bringing the total
mass placed in orbit to 80 kilograms.

Ali Sadeghi, a former head of the space agency who now teaches aerospace engineering at Amirkabir
University of Technology, said Thursday's flight confirmed the reliability of the Simorgh. "Four
successes in a row is what turns a test rocket into a working launcher. The next step is to fly it
more often," he told the Herald.

[AD]

## What comes next

The ISA plans to launch Arman-2, an improved version with a sharper camera, in the autumn.
Engineers say the design will reuse most of Arman-1's platform, which should shorten testing. The
agency is also working on a heavier launcher, intended to carry satellites of up to 300 kg, which
officials say could make its first flight in 2028.

The September 2025 Simorgh mission carried three satellites to an orbit of about 410 km. Those
satellites have since been lowered by atmospheric drag but remain in operation, according to the
agency.

Farahani said images from Arman-1 would be shared with provincial governments and with the Crisis
Management Organization. "When there is a flood or an earthquake, a picture from space on the first
day is worth a hundred reports," he said.
"""

_S5_C = """
Iran's Simorgh (Phoenix) launch vehicle flew successfully on 22 January at 05:55 UTC from the Imam
Khomeini Spaceport (IKSC) in Semnan province, placing the Arman-1 Earth-observation satellite and
two 3U-class cubesats into low Earth orbit. It is the type's fourth consecutive success.

## Orbit and payload

Public tracking data released on 23 January show the objects in an orbit of 528 by 571 km at an
inclination of 55.0 degrees, consistent with the Iranian Space Agency's announced target of about
550 km. Orbital insertion occurred roughly eight minutes after lift-off, per the ISA's timeline.

Arman-1 has a mass of 72 kg. The two Pars-Nano cubesats from Sharif University of Technology
weigh 4 kg each, for a total payload mass of 80 kg. That remains well below the Simorgh's
advertised capacity of about 250 kg to a 500 km orbit, which suggests the vehicle was flown with
margin, as is common for a programme still building up a flight record.

[AD]

## Vehicle notes

The Simorgh is a two-stage, liquid-propellant vehicle roughly 27 m tall. Its first stage clusters
four engines derived from older Iranian designs; its second stage uses a smaller engine with
restart capability, which the ISA says was used on this flight to circularise the orbit.

The ISA reported first contact with Arman-1 at 07:28 UTC through its Mahdasht ground station,
about 93 minutes after launch and therefore on roughly the satellite's first revolution.

Leila Navabi, an independent space analyst based in Vienna, said the orbit parameters matched what
the agency had said in advance. "That is not trivial. In earlier years the announced and the
observed orbits were sometimes quite different. This time they line up within a few kilometres,"
she said.

The 55-degree inclination is a sensible choice for a national imaging mission: it lets the
satellite pass over all of Iran, which lies between roughly 25 and 40 degrees north, while
spending more of each orbit over the country's latitudes than a polar orbit would.

## Flight history

The previous Simorgh flight, in September 2025, deployed three satellites into a lower orbit of
about 410 km. Earlier in the programme's history several flights failed to reach orbit, but the
vehicle has not had a failure since the current run of successes began.

## Next

The ISA says Arman-2 will follow in the autumn, again on a Simorgh. Camera commissioning on Arman-1
is expected within ten days of launch, per ISA head Mehdi Farahani. We will report the first
published images if and when the agency releases them, along with independent checks of their
resolution, which the agency gives as 10 metres.
"""

_S5_D = """
Iran sent a new imaging satellite into orbit early Thursday, launching it on a rocket that U.S.
officials say shares technology with the country's longer-range missiles.

The launch from a desert spaceport in Semnan province, roughly 140 miles east of Tehran, came at
12:55 a.m. Eastern time, shortly before 9:30 in the morning in Iran. Iranian state media said the
Arman-1 satellite reached an orbit of about 340 miles above the Earth and had begun sending
signals back to a ground station outside the capital.

The satellite, which circles the Earth about once every hour and a half, weighs about 159
pounds, according to Iranian figures, and is designed to take
pictures of the ground for farming and disaster planning. Two smaller satellites built by students
rode along.

[AD]

A State Department spokesperson said the United States was "reviewing" the launch and repeated
Washington's view that Iran's work on space launchers is a cover for improving missile technology.
The spokesperson did not say whether the United States would seek new sanctions.

Mark Dressler, who studies missile proliferation at a Washington research group, said the space
launch itself posed no direct threat but that the data Iran gathers from each flight is useful to
its missile engineers. "What you learn about staging, guidance and engines does not stay in the
civilian program. It never does," he said.

## Tehran's pitch

Iranian officials presented the launch as a technical milestone for a program that has suffered
many setbacks. The head of the Iranian Space Agency, Mehdi Farahani, told state television that
every system checked on the satellite so far was healthy, and that its camera would be switched
on within about ten days.

Iran's space program has had a mixed record. Several Simorgh flights failed in the past, but the
rocket has now succeeded four times in a row, including a flight in September that put three small
satellites in orbit.

Tehran insists its space activities are peaceful. Officials there point out that many countries
with ballistic missiles also run civilian space programs, and that Iran's satellites are small
by international standards.

## What's next

Iran says it will launch a sister satellite, Arman-2, later this year, and it is developing a
larger rocket that could carry heavier payloads. Analysts say the pace of launches has quickened
since 2024, a sign that the program has become more routine even as international pressure over
Iran's nuclear work has grown.

European governments have in the past joined Washington in criticizing Iranian launches. European
capitals had said nothing about this one by Thursday evening.
"""

STORY_5 = _story("rocket-PF5", "rocket", "2026-01-26", [
    _page("https://www.atlaswire.example/world/iran-launches-arman-1-satellite-simorgh",
          _wire_page("Atlas Wire",
                     "https://www.atlaswire.example/world/iran-launches-arman-1-satellite-simorgh",
                     "World", "Iran puts Arman-1 imaging satellite into orbit on Simorgh rocket",
                     "The space agency says the satellite sent its first signal about an hour and a "
                     "half after launch.",
                     "Atlas staff", "2026-01-22T07:50:00Z", "22 January 2026 07:50 GMT", _S5_A,
                     ["Iran's space programme in numbers", "Oil steadies after OPEC+ call",
                      "Caspian states discuss shipping rules"])),
    _page("https://tehranherald.example/science/arman-1-in-orbit-simorgh",
          _paper_page("Tehran Evening Herald",
                      "https://tehranherald.example/science/arman-1-in-orbit-simorgh",
                      "Science", "Arman-1 in orbit: 'a picture from space is worth a hundred reports'",
                      "Simorgh's fourth straight success puts an 80 kg payload in orbit",
                      "Kaveh Nouri", "2026-01-23T08:00:00+03:30", "Friday, January 23, 2026",
                      _S5_B, ["Arman-1 in orbit", "Tehran metro line 10 tender",
                              "Persepolis sign midfielder", "Saffron exports hold up"])),
    _page("https://orbitwatchweekly.example/launch-reports/2026/simorgh-arman-1",
          _wire_page("OrbitWatch Weekly",
                     "https://orbitwatchweekly.example/launch-reports/2026/simorgh-arman-1",
                     "Launch reports", "Launch report: Simorgh / Arman-1",
                     "Fourth straight Simorgh success; tracking data show a 528 x 571 km orbit.",
                     "OrbitWatch launch desk", "2026-01-24T12:00:00Z", "24 January 2026", _S5_C,
                     ["Launch log: January 2026", "Small launchers, big backlogs",
                      "Tracking 101: reading two-line elements"])),
    _page("https://www.potomacdispatch.example/world/middle-east/iran-satellite-launch-arman",
          _simple_page("The Potomac Dispatch",
                       "https://www.potomacdispatch.example/world/middle-east/iran-satellite-launch-arman",
                       "Iran launches imaging satellite, drawing U.S. criticism",
                       "The State Department says it is reviewing the launch.",
                       "By Dana Whitfield", "Thursday", _S5_D,
                       ["Iran", "Space", "Missiles", "State Department"])),
], [])


# =========================================================================== STORY 6
# trade-PF6 -- 19th Armenia-Iran intergovernmental commission, Yerevan, Tuesday 9 June 2026;
# signing at 15:30 Yerevan (UTC+4) = 15:00 Tehran (UTC+3:30) = 11:30 GMT.  Co-chairs: Deputy
# Prime Minister Tigran Avetisyan and Energy Minister Abbas Karimi.  Nine documents.  Transit
# fee per truck halved from $400 to $200 from July 1.  Gas-for-electricity swap extended to
# 2035, up to 2.5m cubic metres a day (about 900m a year).  Agarak-Nordooz terminal: 14.6bn
# dram (about $37.5m), 450 -> 1,000 trucks a day by 2028.  Trade 2025: $712m (Armenian
# statistics, +9% on $653m in 2024); Iranian customs $698m for the year to 20 March 2026;
# target $3bn by 2030.  Next session in Tehran in 2027.
# PLANTED: co-chair's title deputy prime minister (A, B, C) vs economy minister (D); lower fees
# from July 1 (A, C, D) vs August 1 (B); nine documents (A, B) vs eleven (C).

_S6_A = """
YEREVAN, June 9 (CWS) - Armenia and Iran agreed on Tuesday to halve transit fees for each other's
trucks, extend a gas-for-electricity swap by five years and build a new customs terminal at their
only border crossing, as the neighbours try to lift trade to $3 billion a year by 2030.

The measures were among nine documents signed at the end of the 19th session of the
Armenian-Iranian intergovernmental commission on economic cooperation, which met in Yerevan. The
commission is co-chaired by Armenian Deputy Prime Minister Tigran Avetisyan and Iranian Energy
Minister Abbas Karimi, who signed the final protocol at 15:30 local time (11:30 GMT).

Under one of the agreements, the fee each country charges foreign trucks to cross its territory
will fall from $400 to $200 per vehicle from July 1. Freight companies say the charge has made the
Armenian route less competitive than roads through Azerbaijan and Georgia or through Turkey.

"The road through Syunik is the shortest line between the Gulf and the Black Sea, and today we
agreed to make it cheaper and faster to use," Avetisyan told a joint news conference.

[AD]

## Gas and power

The two governments also extended until 2035 a barter arrangement that sends Iranian gas north and
brings Armenian electricity south. The deal, which had been due to expire in 2030,
will now allow deliveries of up to 2.5 million cubic metres of gas a day.

Karimi said Iran was ready to increase the volume further once a new high-voltage power line
between the two countries is completed. "Our grids are already talking to each other. What we need is a wider
road for the electrons," he said.

The commission also approved plans for a new terminal at the Agarak-Nordooz crossing on the Aras
river, to cost 14.6 billion drams (about $37.5 million). It is meant to more than double capacity
to 1,000 trucks a day by 2028, from about 450 now.

## Trade figures

Trade between the two countries reached $712 million last year, according to Armenia's
statistical committee, up about 9% from 2024. Iran mainly sells fuel, construction materials and
food to Armenia, while Armenia's exports are dominated by electricity, metals and mineral water.

The $3 billion target, first set by the two governments two years ago, would require trade to
roughly quadruple. Economists in Yerevan say that is unlikely without a large increase in transit
cargo, which is counted separately from bilateral trade.

Armenia's land border with Iran is about 44 km long and runs along the Aras river in the southern
province of Syunik. With Armenia's borders with Turkey and Azerbaijan closed for most of the past
three decades, the crossing is one of the country's two main land links to the outside world,
along with the border with Georgia.

The commission will hold its next session in Tehran in 2027.
"""

_S6_B = """
The transit fee that Iranian trucks pay to cross Armenia, and that Armenian trucks pay to cross
Iran, will be cut in half from August 1, under an agreement signed in Yerevan yesterday at the
close of a two-day meeting of the Armenian-Iranian intergovernmental commission.

The reduction, from $400 per truck to $200, was one of nine agreements and memorandums signed by
the commission's co-chairs, Deputy Prime Minister Tigran Avetisyan and Iran's Minister of Energy,
Abbas Karimi, at a ceremony in the government building on Republic Square.

"The road through Syunik is the shortest line between the Gulf and the Black Sea," Avetisyan said
afterwards. Making it cheaper and faster to use, he added, was "the most practical thing two
neighbours can do for each other".

[FIG] Deputy Prime Minister Tigran Avetisyan and Energy Minister Abbas Karimi exchange documents in Yerevan. || Government of Armenia press service

## Energy security

For Armenia, the more important decision may be the five-year extension of the gas-for-electricity
swap, now valid until 2035. Armenia imports most of its gas from Russia through Georgia, and the
Iranian supply is seen in Yerevan as an insurance policy. Energy analyst Anahit Sargsyan said the
new ceiling of 2.5 million cubic metres a day was "enough to run the Yerevan thermal power plant
on Iranian gas alone if the northern pipeline were ever interrupted".

[AD]

## Numbers behind the ambition

Bilateral trade was just over $700 million last year, up around 9 per cent, a figure both
governments want to raise to $3 billion by the end of the decade. Avetisyan acknowledged that
target was ambitious. "We are not going to get there with mineral water and tomatoes. We need
transit, processing and joint investment in Meghri's free economic zone," he said.

Iranian companies currently account for about a fifth of the firms registered in the Meghri free
economic zone, according to the Ministry of Economy, although most of them are small trading
houses.

The new terminal at Agarak, with its 14.6 billion dram price tag, is to be financed jointly, with
Armenia paying for the buildings and Iran contributing the scanning equipment. Work is expected to
begin in September.

Opposition lawmaker Gohar Hakobyan criticised the government for offering Iran a cut in transit
fees while Armenian drivers, she said, still face long delays at the Iranian side of the crossing.
"A cheaper road means nothing if the queue is three days long," she said.

Avetisyan's office replied that the Iranian side had promised at the meeting to keep its customs
post at Nordooz open around the clock during the summer months, when queues are longest. That
promise is not part of the signed documents, officials acknowledged, but they said it would be
checked at a meeting of border agencies in July.

The commission's next meeting will be held in Tehran next year.
"""

_S6_C = """
Tehran and Yerevan signed eleven cooperation documents on Tuesday as the Iran-Armenia joint
economic commission wrapped up its nineteenth session in the Armenian capital, opening the way for
cheaper road transit and a longer gas-for-electricity arrangement.

The documents were signed at 3 p.m. Tehran time by Energy Minister Abbas Karimi, who heads the
Iranian side of the commission, and Armenian Deputy Prime Minister Tigran Avetisyan.

## Transit costs halved

From July 1, Iranian trucks crossing Armenia towards Georgia and the Black Sea ports will pay $200
instead of $400 per trip, with the same reduction applied to Armenian vehicles on Iranian roads.
Iranian freight forwarders have long argued that the Armenian route could compete with the
Turkish corridor for cargo bound for Europe if costs fell.

"Our truckers have been asking for this for years. Now the route through Armenia can compete on
price as well as on distance," Karimi told Iranian reporters in Yerevan.

[AD]

## Gas for electricity

Under the swap arrangement, extended to 2035, Iran delivers natural gas to Armenia and receives
three kilowatt-hours of electricity for every cubic metre supplied. The ceiling of 2.5 million
cubic metres a day is equivalent to roughly 900 million cubic metres a year. Armenian power is used
mostly in Iran's north-western provinces during the summer peak.

Karimi said a new high-voltage line, which is under construction, would be completed next year and
would allow both the gas deliveries and the return flow of electricity to grow.

## Trade in figures

Iran's customs administration, IRICA, puts trade with Armenia at $698 million for the Iranian year
that ended on March 20, 2026. Iran's exports made up the larger
share, led by petroleum products, bitumen, steel and fresh fruit.

The two sides reaffirmed their target of $3 billion in annual trade by 2030. The Iranian side
also proposed a joint customs inspection at the crossing, so that goods are checked once rather
than twice, but no document on that idea was signed.

Iran's ambassador in Yerevan, Hossein Rahmani, said Iranian investors were also looking at the
Meghri free economic zone on the Armenian side of the border. "The zone is five kilometres from
our border and a long way from anyone else's market. It is natural that Iranian companies should
be there," he said.

Economic analyst Saeed Moghaddam of Tehran's Allameh Tabataba'i University said the transit fee cut
mattered more than the trade target. "Transit is where the money is. Bilateral trade between a
country of 90 million people and a country of 3 million will always have a ceiling," he said.

The next session of the commission is due to be held in Tehran in 2027.
"""

_S6_D = """
Truck drivers waiting at the Agarak crossing on Wednesday morning had mostly heard the news from
the radio: the fee for crossing Armenia and Iran is going down, and a new customs terminal is
coming to the border.

The agreement to cut the transit fee from $400 to $200 a truck was signed in Yerevan on Tuesday by
Economy Minister Tigran Avetisyan and Iran's Energy Minister Abbas Karimi. The lower fee applies
from July 1.

"For a driver who does this route twice a month, that is four hundred dollars saved in a month. It
is not small money," said Artak Mkrtchyan, chairman of the Syunik Truckers' Union, who was at the
border on Wednesday. Most of the union's members own a single truck, he said, and fuel and fees
take the largest share of what they earn.

## The terminal

For Meghri and Agarak, the bigger news is the terminal. The current checkpoint can process about
450 trucks a day, and queues of 200 vehicles or more are common in summer. The new building, which
will cost 14.6 billion drams, is meant to double that and more, to 1,000 trucks a day, by 2028.

Meghri's mayor, Aram Grigoryan, said construction should start in September and that he had asked
the government to hire local workers. "Our young people leave for Yerevan or Russia because there
is no work here. A project like this must start with them," he said.

[AD]

Last year about 126,000 trucks crossed the border at Agarak in both directions, according to the
State Revenue Committee. Many carry Iranian goods to Georgia's Black Sea ports or bring Russian and
European goods south to Iran.

## Concerns in the valley

Not everyone in the Meghri valley is pleased. Residents of the village of Karchevan, about eight
kilometres from the crossing, have complained for years about the noise and fumes from heavy
trucks on the road that passes through the village, and some fear that a bigger terminal will only
bring more traffic.

"Nobody asked us. We read about it like everyone else," said Susanna Harutyunyan, who runs a guest
house near the main road.

The government says a bypass around the most crowded stretch of the road is being designed, but no
date has been set for its construction.

[FIG] Trucks wait at the Agarak border crossing on the Aras river. || Syunik Regional News

## What else was signed

Besides the fee cut and the terminal, the two governments extended the gas-for-electricity swap
with Iran until 2035. Avetisyan told reporters that the Agarak project and the fee cut together
would make the southern route "the natural choice" for cargo between the Persian Gulf and the
Black Sea.

The commission will meet next in Tehran.
"""

STORY_6 = _story("trade-PF6", "trade", "2026-06-13", [
    _page("https://www.caucasuswire.example/business/armenia-iran-halve-transit-fees-extend-gas-swap",
          _wire_page("Caucasus Wire Service",
                     "https://www.caucasuswire.example/business/armenia-iran-halve-transit-fees-extend-gas-swap",
                     "Business", "Armenia, Iran halve transit fees and extend gas-for-power swap",
                     "Nine documents signed at the 19th intergovernmental commission in Yerevan.",
                     "By Hasmik Ghazaryan", "2026-06-09T13:20:00Z", "9 June 2026, 13:20 GMT",
                     _S6_A, ["Georgia's ports chase Central Asian cargo",
                             "Armenia's inflation eases in May",
                             "Explainer: the Meghri free economic zone"])),
    _page("https://www.yerevanherald.example/economy/2026/06/10/transit-fee-cut-gas-swap-iran",
          _paper_page("Yerevan Herald",
                      "https://www.yerevanherald.example/economy/2026/06/10/transit-fee-cut-gas-swap-iran",
                      "Economy", "Cheaper road, longer gas deal: what Yerevan got from Tehran",
                      "Transit fees halved and the gas-for-electricity swap extended to 2035",
                      "Armen Petrosyan", "2026-06-10T07:30:00+04:00", "10 June 2026", _S6_B,
                      ["What Yerevan got from Tehran", "New metro cars arrive from abroad",
                       "Ararat brandy exports rise", "Pyunik win the cup final"])),
    _page("https://tehraneconomicdaily.example/en/news/iran-armenia-commission-transit-gas",
          _paper_page("Tehran Economic Daily",
                      "https://tehraneconomicdaily.example/en/news/iran-armenia-commission-transit-gas",
                      "Trade", "Iran, Armenia sign eleven documents to boost transit and energy ties",
                      "Transit fees halved; gas-for-electricity swap runs to 2035",
                      "Economic desk", None, "Wednesday, 20 Khordad 1405 (June 10, 2026)", _S6_C,
                      ["Iran, Armenia sign cooperation documents", "Bitumen exports to Iraq rise",
                       "Caspian port of Amirabad expands", "Tehran stock exchange weekly wrap"])),
    _page("https://syuniknews.example/meghri/agarak-terminal-transit-fee",
          _simple_page("Syunik Regional News",
                       "https://syuniknews.example/meghri/agarak-terminal-transit-fee",
                       "Agarak gets a new terminal and cheaper crossings",
                       "Drivers welcome the fee cut; villagers worry about traffic.",
                       "Syunik Regional News", None, _S6_D, ["Meghri", "Agarak", "Transport"])),
], [
    ("co-chair's title", r"deputy prime minister|deputy pm\b|deputy premier",
     r"(?<!deputy )(economy minister|minister of economy)"),
    ("date lower transit fees take effect",
     r"(?<!\d)(july 1(st)?(?!\d)|1(st)? (of )?july)", r"(?<!\d)(august 1(st)?(?!\d)|1(st)? (of )?august)"),
    ("number of documents signed",
     r"(?<!june )(?<!july )(?<!may )(?<![\w.,-])(9|nine)(?=$|\s+(\w+\s+)?(documents?|agreements?"
     r"|accords?|deals?|memorand\w*|texts?|instruments?|protocols?)\b)",
     r"(?<!june )(?<!july )(?<!may )(?<![\w.,-])(11|eleven)(?=$|\s+(\w+\s+)?(documents?|agreements?"
     r"|accords?|deals?|memorand\w*|texts?|instruments?|protocols?)\b)"),
])

STORIES: list[dict[str, Any]] = [STORY_1, STORY_2, STORY_3, STORY_4, STORY_5, STORY_6]
