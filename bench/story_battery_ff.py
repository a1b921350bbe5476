"""Story battery, part FF — Canada and the Nordic countries (Canada, Iceland, Finland, Norway), events in 2026.

Written by engineer FF1 on 2026-12-07 for the twenty-seventh batch, a precision batch: most
differences between the outlets in each story are legitimate variation that a careful editor
would accept, and only the planted items listed below are real contradictions. All outlets,
reporters, companies, most officials and all figures are invented; real institutions and places
(Norges Bank, Elections Canada, the Supreme Court of Finland, Statistics Canada, Andøya
Spaceport, the Icelandic Meteorological Office, ...) are used as settings only.

cb-FF1 (central bank). Norges Bank cuts its policy rate by 25 bp from 4.00% to 3.75% on
Thursday 17 September 2026, announced at 10:00 CEST (08:00 GMT). PLANTED (3): the governor's
surname Haugland spelled "Hauglund" throughout one specialist note; the decision day given as
Wednesday (instead of Thursday) by one newspaper; August core (CPI-ATE) inflation given as 3.6%
(instead of 3.1%) on the broadcaster's live page. Outlets: Nordwire (wire, JSON-LD), Fjordkanal
News (broadcaster live page, article:published_time), The Bergen Ledger (local newspaper, no
machine-readable date), Nordic Rates Monitor (specialist, JSON-LD). Traps: 3.75% vs "3.75
percent" vs "25 basis points" vs "a quarter of a percentage point" vs "0.25 percentage points";
10:00 local vs 0800 GMT, press conference 10:30 vs 0830 GMT; old rate 4.00/4 and the June cut
from 4.25 with its own date (18 June); rate-path forecast around 3.4% at end-2027 and
economists' forecast of 3.25% by mid-2027 (forecasts vs actual); core 3.1% vs headline 2.7% vs
July core 3.3% vs 2027 projection 2.6% (June projection 2.8%); registered unemployment 2.2%
(NAV) vs LFS 4.6% vs Vestland 1.8%; krone/crown 11.71 per euro at 0830 GMT vs 11.70 at 11:00 vs
11.65 before; NOK mortgage savings (7,500 before tax, 5,900 after); governor with and without
middle name (Sigrid Bakke Haugland / Sigrid Haugland); "Deputy Governor" with and without the
qualifier "responsible for monetary policy"; two different chief economists at different banks
(Lien, Solbakken) plus a strategist; the statement quote in two acceptable wordings; poll of 17
of 22 economists vs "most economists"; ECB 2.0% and Riksbank 1.75% background; sidebars with
other figures.

el-FF2 (election). Federal by-election in Halifax West, Nova Scotia, on Monday 19 October 2026;
Liberal Gabriel Arsenault Doucet holds the seat with 16,931 votes (44.6%) over Conservative
Margaret Thibodeau (14,027, 36.9%); turnout 41.3%. PLANTED (3): the winner's final share given
as 46.4% (instead of 44.6%) by the wire, with all polls reporting; the victory speech placed at
a community hall in Spryfield (instead of Timberlea) by the newspaper; Thibodeau called a former
Nova Scotia health minister (instead of finance minister) by the data site. Outlets: Maritime
Press Wire (wire, JSON-LD), Harbourline News (broadcaster live page, article:published_time),
The Halifax Beacon (newspaper, no machine-readable date), Riding Watch (specialist data site,
JSON-LD, results table). Traps: partial counts with times (121 of 212 polls at 10:40 p.m.,
43.2% vs 38.0%; 198 of 212 at 11:40 p.m., 15,842 / 44.1% vs 13,206 / 36.8%) vs the final
preliminary count; Atlantic vs Eastern time (polls closed 8:30 p.m. ADT = 7:30 p.m. ET; data
note stamped 11:30 ADT shown as 10:30 a.m. ET); 2025 general-election background (58.2% vs
29.5%, turnout 70.4%) and swing figures (−13.6, +7.4, 10.5 points); margin 2,904 vs "about
2,900"; "just over 41", "about 41" and 41.3 per cent; 9,480 advance-poll voters vs 38,230
ballots vs 92,560 electors; name with and without second surname (Gabriel Arsenault Doucet /
Gabriel Doucet); "former Halifax regional councillor" vs "former city councillor" vs "former
municipal councillor"; "former provincial finance minister" vs "former cabinet minister";
two political scientists at different universities and two campaign officials of different
parties; Doucet's and Thibodeau's quotes in slightly different wordings; the concession at the
Conservative office in Clayton Park (a different happening from the victory speech).

ct-FF3 (court). CONTROL, no planted disagreement. The Supreme Court of Finland (Korkein oikeus,
Högsta domstolen) on Tuesday 20 October 2026 upholds, 4-1, the Rovaniemi Court of Appeal's order
that Hopeavaara Mining Oy pay €4.6 million over a November 2019 tailings leak into Lake
Kelkkajärvi (Sodankylä, Lapland). Outlets: Nordic Newswire (wire, JSON-LD), Radio Botnia News in
English (broadcaster, article:published_time, updated), Lapland Courier (local newspaper, no
machine-readable date), The Mining Ledger (Canadian trade site, JSON-LD). Traps: 10:00 Finnish
time vs 0700 GMT vs 3 a.m. Eastern; euros vs US dollars ($5.3 million) vs Canadian dollars
(C$7.4 million; €5.9 million ≈ C$9.5 million; €38 million ≈ C$61 million); damages €4.6 million
vs total with interest and costs about €5.9 million ("close to six million") vs €410,000 costs
in the top court vs C$8.0 million provision vs dissenting justice's €3.9 million vs district
court €3.1 million (2023) vs €250,000 corporate fine in a separate criminal case (2022);
1.2 million cubic metres vs 1.2 billion litres; 30 km vs 19 miles; Helsinki vs Helsingfors and
Finnish vs Swedish court names; names with and without middle name/initial (Jukka Tapani
Heikkilä / Jukka Heikkilä, Douglas R. Fenwick / Douglas Fenwick); the parent company's CEO vs the
subsidiary's managing director (different people, similar roles); the lawyer's quote with
"treat"/"use" and "makes clear"/"makes it clear"; share price and output figures of the parent.

tr-FF4 (trade). CONTROL, no planted disagreement. Statistics Canada reports on Wednesday
4 November 2026 (8:30 a.m. ET, 1330 GMT) that the September merchandise trade deficit narrowed
to C$3.84 billion from a revised C$5.12 billion in August. Outlets: Dominion Newswire (wire,
JSON-LD), NBN News (broadcaster business page, article:published_time, updated 11:20 a.m.),
FreightLines Canada (trade/logistics site, no machine-readable date). Traps: old vs revised
value (August first reported C$4.87 billion / $4.9 billion, revised to C$5.12 / $5.1 billion);
forecast C$4.50 billion vs actual; precision ($3.8 billion vs C$3.84 billion; "just over
C$61.6 billion"); C$ vs US$ ($2.77 billion, "about US$2.8 billion"); value vs volume changes
(exports +1.9% vs +1.1%; imports −0.2% vs −0.6%); overall deficit vs surplus with the US
(C$7.93 billion) vs deficit with other countries (C$11.77 billion); loonie at C$1.3870 /
72.10 US cents after the release vs 72.30 cents at 10:15 a.m. vs 72.03 at Tuesday's close;
quarterly volume +0.8%; port TEU counts (298,400 Vancouver, 141,900 Montreal) that measure
something else; two economists at different banks; Okonkwo-Reyes quoted in two wordings; Bank
of Canada rate 2.25% and next decision on 9 December.

rk-FF5 (rocket). CONTROL, no planted disagreement. Arktis Orbital's Lodestar rocket lifts off
from Andøya Spaceport on its second test flight on Thursday 19 November 2026 at 12:34 CET
(11:34 UTC), reaches space (peak 231 km) but the second stage shuts down at T+7:12, about 40 s
early, and three cubesats are lost. Outlets: Scandia Press (wire, JSON-LD, updated), Nordlands-
kanalen (regional broadcaster live page, article:published_time), OrbitWatch (specialist launch
report, no machine-readable date). Traps: local CET vs GMT/UTC vs EST (6:34 a.m.); preliminary
"more than 200 kilometres" at 12:50 vs company figure 231 km at 16:10; 231 km vs 143 miles vs
"roughly 144 miles"; 28 metres vs 92 feet; 27 kg vs about 60 pounds; the scrubbed Tuesday
attempt (T-4 minutes) and the April first flight (41 seconds) with their own figures; countdown
hold at T-10 minutes and new target time; window 11:00–15:00; CEO with and without middle name
(Marit Lunde Øvergaard / Marit Øvergaard) and "chief executive"/"CEO"/"head of"; the spaceport
operator's chief executive vs the rocket company's (different people, similar roles); the CEO's
quote with "did not"/"didn't"; 1,500 spectators vs "around 1,500"; NOK 1.4 billion vs $130
million; payload owners named fully or as "a Canadian company".

eq-FF6 (earthquake). An earthquake near Lake Kleifarvatn on Iceland's Reykjanes peninsula at
03:17 local time (= GMT/UTC) on Monday 9 November 2026; IMO magnitude 5.1 (automatic 4.8),
depth 5.8 km. PLANTED (3): the date given as 10 November (instead of 9 November) by the wire;
the time given as 03:47 (instead of 03:17) on the broadcaster's live page; the depth given as
about 8.5 km (instead of 5.8 km) by the newspaper. Outlets: North Atlantic Wire (wire, JSON-LD),
Eyjar Broadcasting — English (live page, article:published_time), The Reykjavík Ledger
(newspaper, no machine-readable date), SeismoWatch Daily (US specialist, JSON-LD). Traps:
automatic 4.8 vs revised 5.1 (IMO) vs 5.0 (USGS) with explanation; 0317 GMT vs 03:17 local vs
10:17 p.m. EST on Sunday, Nov. 8; 26 km vs "about 25 km" vs 16 miles; 5.8 km vs 3.6 miles;
aftershock counts growing with times (more than 90 by 0500 GMT, more than 140 by 07:05, about
250 at 10:10, more than 350 at 14:00 UTC, around 400 by mid-afternoon, about 410 at 15:10);
largest aftershock 3.9 at 04:02; transliterated vs Icelandic spellings (Bergsdottir /
Bergsdóttir, Gunnar Thor Asgeirsson / Gunnar Þór Ásgeirsson, Reykjavik / Reykjavík,
Sundhnuksgigar / Sundhnúkur); names with and without middle name (Sólveig Ragna Hauksdóttir /
Sólveig Hauksdóttir); "head of the department" vs "head of Civil Protection"; two different
scientists (IMO specialist vs university professor); the specialist's quote in slightly
different wordings; Grindavík background (evacuated November 2023, eruptions since December
2023) with its own distances.
"""

from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Page skeleton helpers. They only wrap text that is written out in full below;
# no article prose is generated.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _jsonld(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{raw}\n</script>'


def _news_ld(
    headline: str,
    url: str,
    published: str,
    modified: str | None,
    authors: list[str],
    publisher: str,
    section: str,
) -> str:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": published,
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": publisher},
        "articleSection": section,
        "inLanguage": "en",
    }
    if modified:
        data["dateModified"] = modified
    return _jsonld(data)


def _blocks(blocks: list) -> str:
    """Render article blocks: a str is a paragraph; tuples are headings, live
    entries (label, ISO time or None, paragraphs) or bulleted lists."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_e(b)}</p>")
        elif b[0] == "h2":
            out.append(f"<h2>{_e(b[1])}</h2>")
        elif b[0] == "h3":
            out.append(f"<h3>{_e(b[1])}</h3>")
        elif b[0] == "quote":
            out.append(f"<blockquote><p>{_e(b[1])}</p></blockquote>")
        elif b[0] == "ul":
            items = "".join(f"<li>{_e(x)}</li>" for x in b[1])
            out.append(f"<ul>{items}</ul>")
        elif b[0] == "entry":
            _, label, iso, paras = b
            if iso:
                stamp = f'<time datetime="{iso}">{_e(label)}</time>'
            else:
                stamp = f'<span class="entry-time">{_e(label)}</span>'
            inner = "".join(f"<p>{_e(p)}</p>" for p in paras)
            out.append(
                f'<div class="live-entry">\n<div class="entry-meta">{stamp}</div>\n'
                f"{inner}\n"
                '<div class="entry-share"><a href="#">Share this update</a></div>\n</div>'
            )
        elif b[0] == "table":
            _, caption, header, rows = b
            head = "".join(f"<th>{_e(h)}</th>" for h in header)
            body = "".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows
            )
            out.append(
                f'<table class="results"><caption>{_e(caption)}</caption>'
                f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            )
        else:
            raise ValueError(b[0])
    return "\n".join(out)


def _links(items: list[tuple[str, str]]) -> str:
    return "\n".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in items)


def _page(
    *,
    site: str,
    slug: str,
    url: str,
    title: str,
    description: str,
    nav: list[str],
    cookie: str,
    crumbs: list[str],
    kicker: str,
    headline: str,
    standfirst: str,
    byline: str,
    when_html: str,
    caption: str,
    credit: str,
    body: list,
    newsletter: tuple[str, str],
    sidebar_title: str,
    sidebar: list[str],
    footer: str,
    metas: list[tuple[str, str, str]] | None = None,
    jsonld: str = "",
    tags: list[str] | None = None,
    body_class: str = "article",
) -> str:
    meta_html = "\n".join(
        f'<meta {attr}="{_e(name)}" content="{_e(value)}">' for attr, name, value in (metas or [])
    )
    nav_html = _links([(n, "/" + n.lower().replace(" ", "-").replace("&", "and") + "/")
                       for n in nav])
    crumb_html = " <span aria-hidden=\"true\">›</span> ".join(
        f'<a href="/{c.lower().replace(" ", "-")}/">{_e(c)}</a>' for c in crumbs
    )
    side_html = _links([(s, f"/story/{slug}-{i + 101}") for i, s in enumerate(sidebar)])
    tag_html = " ".join(f'<a class="tag" href="/tag/{_e(t.lower().replace(" ", "-"))}/">'
                        f"{_e(t)}</a>" for t in (tags or []))
    share = (
        '<div class="share-bar"><span>Share</span>'
        '<a href="#" class="share-facebook">Facebook</a>'
        '<a href="#" class="share-x">X</a>'
        '<a href="#" class="share-linkedin">LinkedIn</a>'
        '<a href="#" class="share-email">Email</a>'
        '<button type="button" class="copy-link">Copy link</button></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_e(description)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_e(site)}">
<meta property="og:title" content="{_e(headline)}">
<meta property="og:url" content="{url}">
<meta name="twitter:card" content="summary_large_image">
{meta_html}
<link rel="stylesheet" href="/static/{slug}/main.css">
<script src="/static/{slug}/consent.js" defer></script>
{jsonld}
</head>
<body class="{body_class} site-{slug}">
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{_e(cookie)}</p>
<button type="button">Accept all</button>
<button type="button">Reject non-essential</button>
<a href="/privacy/cookies/">Manage preferences</a>
</div>
<header class="masthead">
<a class="logo" href="/">{_e(site)}</a>
<nav aria-label="Main navigation"><ul>
{nav_html}
</ul></nav>
<a class="subscribe" href="/subscribe/">Subscribe</a> <a class="login" href="/login/">Log in</a>
</header>
<main id="main-content">
<nav class="breadcrumbs" aria-label="Breadcrumb">{crumb_html}</nav>
<article class="story">
<header class="story-header">
<p class="kicker">{_e(kicker)}</p>
<h1>{_e(headline)}</h1>
<p class="standfirst">{_e(standfirst)}</p>
<div class="byline">{byline}</div>
<div class="story-meta">{when_html}</div>
</header>
<figure class="lead-image">
<img src="/media/{slug}/lead.jpg" alt="{_e(caption)}" width="1200" height="675">
<figcaption>{_e(caption)} <span class="credit">{_e(credit)}</span></figcaption>
</figure>
{share}
<div class="article-body">
{_blocks(body)}
</div>
<div class="tags">{tag_html}</div>
{share}
</article>
<aside class="newsletter-box">
<h2>{_e(newsletter[0])}</h2>
<p>{_e(newsletter[1])}</p>
<form action="/newsletter/signup" method="post">
<input type="email" name="email" placeholder="Your email address">
<button type="submit">Sign up</button>
</form>
</aside>
<aside class="sidebar most-read">
<h2>{_e(sidebar_title)}</h2>
<ol>
{side_html}
</ol>
</aside>
</main>
<footer class="site-footer">
<ul>
<li><a href="/about/">About us</a></li>
<li><a href="/contact/">Contact</a></li>
<li><a href="/privacy/">Privacy policy</a></li>
<li><a href="/terms/">Terms of use</a></li>
<li><a href="/corrections/">Corrections</a></li>
</ul>
<p>{_e(footer)}</p>
</footer>
</body>
</html>
"""


# ===========================================================================
# cb-FF1 — Norges Bank rate decision, Thursday 17 September 2026
# ===========================================================================

_CB_A_URL = (
    "https://www.nordwire.example/business/norway-central-bank-cuts-rate-signals-more-easing-"
    "idNW88120417"
)
_CB_A = _page(
    site="Nordwire",
    slug="nordwire",
    url=_CB_A_URL,
    title="Norway's central bank cuts rate to 3.75%, signals more easing in 2027 | Nordwire",
    description="Norges Bank cut its policy rate by 25 basis points and lowered its rate path.",
    nav=["World", "Business", "Markets", "Energy", "Technology", "Sustainability", "Opinion"],
    cookie=(
        "Nordwire and its partners use cookies to personalise content and measure audiences. "
        "You can change your choices at any time."
    ),
    crumbs=["Business", "Central Banks"],
    kicker="Central Banks",
    headline="Norway's central bank cuts rate to 3.75%, signals more easing in 2027",
    standfirst=(
        "Norges Bank trims policy rate by 25 bps; new rate path points to around 3.4% by "
        "end-2027; crown weakens."
    ),
    byline='By <a href="/authors/ingrid-tveit">Ingrid Tveit</a> and '
    '<a href="/authors/jonas-aakre">Jonas Aakre</a>',
    when_html=(
        '<time datetime="2026-09-17T10:06:00+02:00">September 17, 2026 10:06 AM GMT+2</time>'
        ' <span class="updated">Updated <time datetime="2026-09-17T10:48:00+02:00">'
        "42 min ago</time></span>"
    ),
    caption="Norges Bank's headquarters in Oslo, Norway.",
    credit="NORDWIRE/Petter Haugen/File Photo",
    body=[
        "OSLO, Sept 17 (Nordwire) - Norway's central bank cut its policy rate by 25 basis "
        "points to 3.75% on Thursday, as most economists had expected, and said it would likely "
        "lower borrowing costs further in the course of 2027 as inflation eases.",
        "Norges Bank's Monetary Policy and Financial Stability Committee announced the "
        "decision at 0800 GMT. Seventeen of 22 economists polled by Nordwire last week had "
        "forecast a cut, while the remaining five expected the bank to keep the rate at 4.00%.",
        '"The policy rate has been cut to 3.75 percent. If the economy develops broadly as we '
        "now project, the policy rate will be reduced further in the course of next year,\" "
        "Governor Sigrid Bakke Haugland said in a statement. The committee's decision was "
        "unanimous, the bank said.",
        "The new rate path published in the bank's quarterly Monetary Policy Report implies one "
        "or two further reductions next year and points to a policy rate of around 3.4% at the "
        "end of 2027, somewhat lower than the path the bank presented in June.",
        "Thursday's move was the second cut this year. On June 18 the bank lowered the rate to "
        "4.00% from 4.25%, its first reduction since it began tightening policy in 2021.",
        "The Norwegian crown weakened after the announcement and traded at 11.71 per euro at "
        "0830 GMT, down about 0.5% on the day. Against the dollar it was little changed at "
        "roughly 10 crowns.",
        "Underlying inflation, measured by the CPI-ATE index that strips out energy prices and "
        "adjusts for tax changes, slowed to 3.1% in August from 3.3% in July, Statistics Norway "
        "data showed last week. Headline consumer price inflation was 2.7%. The central bank's "
        "inflation target is 2%.",
        "Norges Bank now projects CPI-ATE inflation of 2.6% in 2027, compared with 2.8% in its "
        "June report, and expects the economy's mild slowdown to cool wage growth next year.",
        "The labour market remains tight by most measures. Registered unemployment stood at "
        "2.2% in August, according to the Norwegian Labour and Welfare Administration (NAV), "
        "while Statistics Norway's labour force survey put the jobless rate at 4.6% in the "
        "three months to July.",
        '"The message is clearly dovish compared with June," said Torstein Lien, chief '
        'economist at Fjordgate Markets in Oslo. "We now expect one cut in March and another '
        'in June next year, which would take the policy rate to 3.25% by the summer."',
        "Others were more cautious. Anders Myhre, senior strategist at Nordkapp Bank, said a "
        "weaker crown could keep imported inflation elevated. \"The bank has opened the door, "
        'but it has not promised to walk through it quickly," he said.',
        "Speaking at a news conference at 0830 GMT, Deputy Governor Eirik Strand said "
        "policymakers saw no need to rush. \"We are in no hurry, but inflation is clearly on "
        'its way down," he told reporters.',
        "The European Central Bank left its deposit rate at 2.0% on September 10, while Sweden's "
        "Riksbank holds its policy rate at 1.75%, leaving Norway's rates among the highest in "
        "western Europe. Higher rates have supported the crown, which weakened sharply in 2022 "
        "and 2023.",
        "Norges Bank's next policy decision is due on November 5, while a new Monetary Policy "
        "Report with an updated rate path will be published on December 10.",
        "Brent crude, a key driver of Norway's economy, traded near $68 a barrel on Thursday.",
        "(Reporting by Ingrid Tveit and Jonas Aakre; Editing by Helen Marsh)",
    ],
    newsletter=(
        "Nordic Markets Briefing",
        "The day's key moves in Nordic markets, delivered before the open every weekday.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "Equinor's third-quarter output rises 4% on Johan Castberg ramp-up",
        "Danish inflation eases to 1.9% in August",
        "Swedish home prices fall for third month, down 0.8% in August",
        "Finnish GDP grows 0.4% in second quarter, revised up from 0.2%",
        "Oil fund returns 5.2% in first half, beats benchmark",
    ],
    footer="© 2026 Nordwire. All rights reserved. Nordwire is a trademark of Nordwire Media AS.",
    metas=[
        ("name", "author", "Ingrid Tveit, Jonas Aakre"),
        ("property", "article:section", "Business"),
    ],
    jsonld=_news_ld(
        "Norway's central bank cuts rate to 3.75%, signals more easing in 2027",
        _CB_A_URL,
        "2026-09-17T10:06:00+02:00",
        "2026-09-17T10:48:00+02:00",
        ["Ingrid Tveit", "Jonas Aakre"],
        "Nordwire",
        "Business",
    ),
    tags=["Norges Bank", "Interest rates", "Norway"],
)

_CB_B_URL = "https://www.fjordkanal.example/news/live/norges-bank-rentemote-september-live"
_CB_B = _page(
    site="Fjordkanal News",
    slug="fjordkanal",
    url=_CB_B_URL,
    title="LIVE: Norges Bank cuts interest rate to 3.75 percent – Fjordkanal News",
    description="Follow the Norges Bank interest rate announcement and reactions as they happen.",
    nav=["News", "Live", "Politics", "Economy", "Sport", "Culture", "Weather", "TV guide"],
    cookie=(
        "We use cookies to improve our services, remember your settings and show you relevant "
        "content. Read more in our privacy statement."
    ),
    crumbs=["News", "Economy", "Live"],
    kicker="LIVE UPDATES",
    headline="Norges Bank cuts interest rate to 3.75 percent",
    standfirst=(
        "The central bank lowered the policy rate by a quarter of a percentage point and "
        "signalled further cuts next year. All times are Norwegian time (CEST)."
    ),
    byline='<span class="author">Live editors: Marte Lunde, Ola Brekkestø</span>',
    when_html=(
        'Live page opened <time datetime="2026-09-17T09:40:00+02:00">09:40</time> · Last '
        'updated <time datetime="2026-09-17T11:52:00+02:00">11:52</time>'
    ),
    caption="The press conference room at Norges Bank in Oslo.",
    credit="Photo: Fjordkanal/Silje Ramberg",
    body_class="article live-page",
    body=[
        ("entry", "11:52", "2026-09-17T11:52:00+02:00", [
            "Kari Solbakken, chief economist at Vestkyst Sparebank in Bergen, calls the "
            "decision a clear signal that the top is behind us.",
            '"Households with large mortgages can breathe a little easier. But nobody should '
            'expect the low rates of the 2010s to come back," she tells Fjordkanal.',
            "Solbakken expects the next cut in March, in line with several other economists we "
            "have spoken to this morning.",
        ]),
        ("entry", "11:15", "2026-09-17T11:15:00+02:00", [
            "The krone has weakened somewhat after the announcement. At 11:00 one euro cost "
            "11.70 kroner, up from 11.65 just before the decision was published.",
            "A weaker krone makes imported goods more expensive, which is one reason the "
            "central bank is moving cautiously.",
        ]),
        ("entry", "10:48", "2026-09-17T10:48:00+02:00", [
            '"We are not in a hurry, but inflation is clearly on its way down," Deputy Governor '
            "Eirik Strand says in response to a question about whether the bank could cut again "
            "already in November.",
            "Strand says the committee will look closely at wage growth and the krone before "
            "the next meeting on 5 November.",
        ]),
        ("entry", "10:31", "2026-09-17T10:31:00+02:00", [
            "The press conference has started. Governor Sigrid Haugland says inflation has come "
            "down, but that it is still too high.",
            "Core inflation, which excludes energy prices, was 3.6 percent in August, while "
            "overall consumer prices rose 2.7 percent from a year earlier. The target is 2 "
            "percent.",
            "The bank now expects core inflation to fall to 2.6 percent next year.",
        ]),
        ("entry", "10:20", "2026-09-17T10:20:00+02:00", [
            "Economists we have spoken to are not surprised by the cut itself, but several "
            "point to the new rate forecast, which is lower than the one the bank published in "
            "June.",
            '"The bank is telling us quite clearly that more cuts are coming next year, but not '
            'in a hurry," says Torstein Lien, chief economist at Fjordgate Markets.',
            "The new policy rate takes effect from tomorrow, Friday.",
        ]),
        ("entry", "10:14", "2026-09-17T10:14:00+02:00", [
            "What does this mean for your mortgage? If your bank passes on the full cut, a "
            "mortgage of 3 million kroner will cost about 7,500 kroner less in interest per "
            "year before tax, or roughly 5,900 kroner after the tax deduction.",
            "Vestkyst Sparebank was the first lender to respond. It says it will lower its "
            "mortgage rates by up to 0.25 percentage points for new customers from 2 October. "
            "Existing customers must by law be given six weeks' notice, so they will see the "
            "change later.",
        ]),
        ("entry", "10:06", "2026-09-17T10:06:00+02:00", [
            '"The policy rate has been reduced to 3.75 percent. If the economy develops broadly '
            "as currently projected, the policy rate will be lowered further in the course of "
            'next year," says Governor Sigrid Haugland in the written statement.',
            "The new rate forecast points to a policy rate of around 3.4 percent at the end of "
            "2027.",
        ]),
        ("entry", "10:00", "2026-09-17T10:00:00+02:00", [
            "BREAKING: Norges Bank cuts the policy rate by 0.25 percentage points to 3.75 "
            "percent.",
            "The decision was expected by most economists. It is the second cut this year.",
        ]),
        ("entry", "09:42", "2026-09-17T09:42:00+02:00", [
            "Good morning and welcome to our live coverage. Norges Bank will announce its "
            "interest rate decision at 10:00, and the governor will hold a press conference at "
            "10:30.",
            "Most analysts expect the central bank to cut the rate from 4 percent to 3.75 "
            "percent. In June, the bank lowered the rate from 4.25 to 4 percent, the first cut "
            "in more than five years.",
        ]),
    ],
    newsletter=(
        "Get the morning briefing",
        "The most important news from Norway and the world, in your inbox at 07:00.",
    ),
    sidebar_title="Latest news",
    sidebar=[
        "Storm warning for Helgeland: gusts up to 30 metres per second expected tonight",
        "Petrol prices fall to 19.40 kroner per litre, lowest since March",
        "Tromsø council approves new bridge after 14-year dispute",
        "Brann beat Molde 3–1 to move top of Eliteserien",
        "Statistics Norway: 58,900 new homes started in 2025",
    ],
    footer="© Fjordkanal 2026. Editor-in-chief: Trine Aasheim. Responsible under the Media "
    "Liability Act.",
    metas=[
        ("property", "article:published_time", "2026-09-17T09:40:00+02:00"),
        ("property", "article:modified_time", "2026-09-17T11:52:00+02:00"),
        ("name", "robots", "max-image-preview:large"),
    ],
    tags=["Norges Bank", "Interest rate", "Mortgages", "Economy"],
)

_CB_C_URL = "https://www.bergenledger.example/economy/rate-cut-gives-bergen-homeowners-relief"
_CB_C = _page(
    site="The Bergen Ledger",
    slug="bergenledger",
    url=_CB_C_URL,
    title="Rate cut gives Bergen homeowners some relief - The Bergen Ledger",
    description="Norges Bank lowered its policy rate and hinted at more cuts next year.",
    nav=["Bergen", "Vestland", "Norway", "Economy", "Sport", "Opinion", "Culture"],
    cookie=(
        "The Bergen Ledger uses cookies for analytics and advertising. By continuing to browse "
        "you accept our use of cookies."
    ),
    crumbs=["Economy", "Housing"],
    kicker="INTEREST RATES",
    headline="Rate cut gives Bergen homeowners some relief",
    standfirst=(
        "The central bank lowered its key rate by a quarter point and said more cuts are likely "
        "next year. Local economists and estate agents welcome the move but warn against "
        "expecting a housing boom."
    ),
    byline='By <span class="author">Hege Rasmussen Vik</span>, economics reporter',
    when_html='<span class="pubdate">17 September 2026</span>',
    caption="Apartments under construction at Damsgård in Bergen.",
    credit="Photo: Tor Are Skjold / The Bergen Ledger",
    body=[
        "Norges Bank lowered its policy rate by a quarter of a percentage point to 3.75 percent "
        "on Wednesday, giving households in Bergen and the rest of the country a little more "
        "breathing room after three years of high interest costs.",
        "The decision, announced at 10 a.m., was widely expected. What surprised some "
        "economists was how clearly the central bank signalled further cuts.",
        '"If the economy develops roughly as projected, the rate will be reduced further in the '
        'course of next year," Governor Sigrid Haugland said when presenting the decision.',
        "The bank's new forecast points to a policy rate of about 3.4 percent by the end of "
        "2027. In June, when the bank made its first cut in more than five years, lowering the "
        "rate from 4.25 to 4 percent, the forecast was somewhat higher.",
        "Kari Solbakken, chief economist at Bergen-based Vestkyst Sparebank, said the bank had "
        "gone further than she expected.",
        '"This is a clear signal that the top is behind us. For a family with a mortgage of '
        "3 million kroner, a full pass-through means around 5,900 kroner less in interest a "
        'year after tax. That is noticeable, but it is not a game changer," she said.',
        "Vestkyst Sparebank has already said it will lower mortgage rates by up to 0.25 "
        "percentage points. Other local banks are expected to follow in the coming days.",
        ("h2", "Prices still rising"),
        "Underlying inflation has fallen from its peak but remains well above the central "
        "bank's 2 percent target. Core inflation was 3.1 percent in August, Statistics Norway "
        "figures show, while the headline rate, which includes electricity, was 2.7 percent.",
        "House prices in Bergen rose 0.6 percent in August and are up 5.8 percent over the past "
        "twelve months, according to figures from the regional estate agents' association. "
        "Nationally, prices rose 4.9 percent over the same period.",
        "Estate agent Lars Inge Hovland, who runs an agency in Fana, said the market had been "
        "picking up since the June cut.",
        '"We see more people at viewings, and more bids. But buyers are still careful, and I do '
        "not think we will see the kind of price growth we had in 2021,\" he said.",
        ("h2", "Unemployment low in Vestland"),
        "The labour market in the region remains strong. Registered unemployment in Vestland "
        "county was 1.8 percent in August, below the national figure of 2.2 percent, according "
        "to the Norwegian Labour and Welfare Administration.",
        "Strong demand from the oil service industry around Bergen has helped keep jobs "
        "plentiful, but several shipyards have warned that orders are slowing.",
        "Economist Torstein Lien at Fjordgate Markets in Oslo said the central bank's signals "
        "suggested two more cuts next year.",
        '"We expect one cut in March and one in June," he said.',
        "Deputy Governor Eirik Strand told reporters that the bank was not in a hurry and "
        "would watch wage growth and the krone closely. The next interest rate meeting is on "
        "5 November.",
        "For savers, the cut is less welcome. Banks are expected to lower deposit rates by a "
        "similar amount, and the Consumer Council advised customers to compare offers.",
    ],
    newsletter=(
        "The Bergen Ledger daily",
        "The day's most important local stories from Bergen and Vestland, every afternoon.",
    ),
    sidebar_title="Most read in Bergen",
    sidebar=[
        "Bybanen line to Åsane delayed again, now expected in 2031",
        "Record 412,000 cruise passengers visited Bergen this summer",
        "Fish market tenant fined 85,000 kroner for price labels",
        "Brann sign Icelandic midfielder on three-year deal",
        "Heavy rain: 140 mm in 48 hours at Florida weather station",
    ],
    footer="© The Bergen Ledger 2026. Published by Vestlandsmedier AS. The Bergen Ledger works "
    "under the rules of the Ethical Code of Practice for the Press.",
    metas=[("name", "author", "Hege Rasmussen Vik")],
    tags=["Interest rates", "Housing", "Bergen"],
)

_CB_D_URL = "https://nordicratesmonitor.example/notes/norges-bank-dovish-cut-lower-path"
_CB_D = _page(
    site="Nordic Rates Monitor",
    slug="nrm",
    url=_CB_D_URL,
    title="Norges Bank: a dovish cut and a lower path | Nordic Rates Monitor",
    description="Our take on Norges Bank's September decision, rate path and market reaction.",
    nav=["Central banks", "Rates", "FX", "Data calendar", "Research", "Podcast"],
    cookie=(
        "This site uses strictly necessary cookies and, with your consent, analytics cookies. "
        "See our cookie policy."
    ),
    crumbs=["Central banks", "Norges Bank"],
    kicker="CENTRAL BANK WATCH · NORWAY",
    headline="Norges Bank: a dovish cut and a lower path",
    standfirst=(
        "The 25bp cut to 3.75% was priced. The lower rate path was not. We now see two cuts in "
        "the first half of 2027."
    ),
    byline='By <a href="/team/erik-sundby">Erik Sundby</a>, senior rates analyst',
    when_html=(
        '<time datetime="2026-09-17T15:20:00+02:00">17 Sep 2026, 15:20 CEST</time>'
    ),
    caption="Chart: Norges Bank policy rate paths, June and September reports.",
    credit="Source: Norges Bank, Nordic Rates Monitor",
    body=[
        "Norges Bank delivered the widely expected 25bp cut on Thursday, taking the policy rate "
        "to 3.75%. The statement and the new Monetary Policy Report, however, were more dovish "
        "than we and most of the market had anticipated.",
        "The key sentence from Governor Sigrid Hauglund was unambiguous: \"If the economy "
        "develops broadly as we now project, the policy rate will be reduced further in the "
        'course of next year." In June, the equivalent guidance spoke only of a "gradual" '
        "approach.",
        ("h2", "The path"),
        "The new rate path averages around 3.4% in the fourth quarter of 2027, roughly 15bp "
        "below the June path over the same horizon. Translated into meetings, it implies a "
        "high probability of a cut in March and a further reduction by the middle of the year. "
        "We had pencilled in only one cut for 2027.",
        "Importantly, the path does not signal a move in November. Deputy Governor Eirik "
        "Strand, who is responsible for monetary policy, was careful at the press conference "
        "to play down expectations of back-to-back cuts, telling journalists that the bank was "
        '"in no hurry". We read the November meeting, on 5 November, as a hold.',
        ("h2", "Inflation and the krone"),
        "The inflation picture has improved. CPI-ATE inflation fell to 3.1% y/y in August, down "
        "from 3.3% in July and a peak above 6% in 2023. Headline CPI was 2.7%, held down by "
        "lower electricity prices. The bank projects CPI-ATE at 2.6% in 2027, revised down from "
        "2.8% in June.",
        "The main upside risk remains the krone. EURNOK rose to 11.71 in the half hour after "
        "the announcement, from about 11.65 beforehand, and Governor Hauglund acknowledged that "
        "a weaker currency would slow the decline in imported inflation. Note that in the "
        "bank's import-weighted I-44 index the krone is about 2% weaker than assumed in June.",
        "Wage growth is the other swing factor. The bank expects annual wage growth of 4.2% "
        "this year and 3.7% in 2027, close to the frame agreed in the spring wage settlement.",
        ("h2", "Market reaction"),
        "Front-end rates rallied. The two-year swap rate fell 8bp to 3.52% and the three-month "
        "Nibor fixing on Friday is likely to reflect the cut in full. Ten-year government bond "
        "yields fell 4bp to 3.79%.",
        "Market pricing now implies about 45bp of cuts over the next twelve months, compared "
        "with around 30bp before the decision.",
        ("h2", "Our view"),
        "We change our forecast and now expect cuts in March and June 2027, taking the policy "
        "rate to 3.25% by mid-year. That leaves Norway's policy rate well above the ECB deposit "
        "rate of 2.0% and the Riksbank's 1.75%, which should limit the downside for the krone.",
        "The risk to our call is a renewed rise in oil prices or a stronger-than-expected "
        "labour market. Registered unemployment is 2.2%, and the labour force survey jobless "
        "rate of 4.6% has barely moved this year.",
        "Our colleague Anders Myhre at Nordkapp Bank put it neatly in a client note this "
        "afternoon: the bank has opened the door, but has not promised to walk through it "
        "quickly. We agree, but think the door is now open wider than it was in June.",
        "The next Monetary Policy Report, with an updated path, is due on 10 December.",
    ],
    newsletter=(
        "Get our notes by email",
        "Central bank previews and reviews for Norway, Sweden, Denmark, Finland and Iceland.",
    ),
    sidebar_title="Recent notes",
    sidebar=[
        "Riksbank preview: on hold at 1.75%, balance sheet in focus",
        "Iceland: Central Bank holds at 7.0%, signals patience",
        "Danish krone peg: Nationalbanken cuts in step with the ECB",
        "Norway CPI August: core 3.1%, electricity pulls headline down",
        "Chart of the week: Nibor spreads since 2019",
    ],
    footer="© 2026 Nordic Rates Monitor. This material is for information only and does not "
    "constitute investment advice.",
    metas=[
        ("name", "author", "Erik Sundby"),
        ("property", "article:published_time", "2026-09-17T15:20:00+02:00"),
    ],
    jsonld=_news_ld(
        "Norges Bank: a dovish cut and a lower path",
        _CB_D_URL,
        "2026-09-17T15:20:00+02:00",
        None,
        ["Erik Sundby"],
        "Nordic Rates Monitor",
        "Central banks",
    ),
    tags=["Norges Bank", "NOK", "Rate path"],
)


# ===========================================================================
# el-FF2 — Halifax West federal by-election, Monday 19 October 2026
# ===========================================================================

_EL_A_URL = "https://www.maritimepresswire.example/politics/halifax-west-by-election-result-8841"
_EL_A = _page(
    site="Maritime Press Wire",
    slug="mpw",
    url=_EL_A_URL,
    title="Liberals hold Halifax West in by-election as Conservatives narrow gap "
    "- Maritime Press Wire",
    description="Former regional councillor Gabriel Arsenault Doucet keeps Halifax West "
    "Liberal in a federal by-election.",
    nav=["National", "Atlantic", "Politics", "Business", "Sports", "Entertainment", "Health"],
    cookie=(
        "We use cookies and similar technologies to provide our services and for analytics and "
        "advertising. Click Accept to consent."
    ),
    crumbs=["Politics", "Federal"],
    kicker="BY-ELECTION",
    headline="Liberals hold Halifax West in by-election as Conservatives narrow gap",
    standfirst="Former regional councillor wins seat vacated by Lena Whitford; turnout falls to "
    "about 41 per cent.",
    byline='By <span class="author">Marie-Claude Thériault</span>, The Maritime Press Wire',
    when_html=(
        '<time datetime="2026-10-20T00:52:00-03:00">Published October 20, 2026 at 12:52 a.m. '
        "ADT</time>"
    ),
    caption="Liberal candidate Gabriel Arsenault Doucet speaks to supporters in Timberlea, N.S., "
    "on by-election night.",
    credit="THE MARITIME PRESS WIRE/Darrell Munro",
    body=[
        "HALIFAX — The Liberals held on to the federal riding of Halifax West in Monday's "
        "by-election, but with a sharply reduced margin, as the Conservatives posted their "
        "best result in the suburban Halifax seat in more than a decade.",
        "Gabriel Arsenault Doucet, a former Halifax regional councillor, captured 16,931 votes, "
        "or 46.4 per cent, according to preliminary results from Elections Canada with all 212 "
        "polls reporting.",
        "Conservative Margaret Thibodeau, a former Nova Scotia finance minister, finished "
        "second with 14,027 votes, or 36.9 per cent. New Democrat Owen Kwan-Reid was third with "
        "11.6 per cent, followed by the Green Party's Tessa Brierley and Darren Fogarty of the "
        "People's Party.",
        "Polls closed at 8:30 p.m. local time, or 7:30 p.m. Eastern. Several broadcasters "
        "projected a Liberal win shortly before 11 p.m. local time.",
        '"Tonight, the people of Halifax West chose someone who will show up for them every '
        'single day," Doucet told cheering supporters at a community hall in Timberlea. '
        '"I will not take that for granted."',
        "The seat became vacant in June, when Liberal MP Lena Whitford resigned to take up a "
        "post with the United Nations in Geneva. Whitford had won the riding in the April 2025 "
        "general election with 58.2 per cent of the vote, while the Conservative candidate "
        "took 29.5 per cent.",
        "Turnout was about 41.3 per cent, according to Elections Canada's preliminary figures, "
        "down from 70.4 per cent in the 2025 general election. By-elections routinely draw "
        "fewer voters than general elections.",
        "Thibodeau conceded shortly before midnight at her campaign office in Clayton Park.",
        '"We moved this riding further than anyone said we could, and we are not done," she '
        "said.",
        "The Conservative campaign had focused on housing costs and the price of groceries, "
        "while Doucet campaigned on his record on municipal transit and a promise to push for "
        "a federal contribution to a new commuter ferry from Bedford.",
        "Colin MacIsaac, the Conservative campaign manager, said the party had more than "
        "doubled its volunteer base in the riding since the spring. \"People were tired of "
        'being taken for granted," he said.',
        "Kwan-Reid, a tenant organizer, said his party's share was disappointing but that the "
        "campaign had forced housing onto the agenda.",
        "Aoife Brennan-Whyte, a political scientist at Dalhousie University, said the result "
        "should worry the governing party even though it kept the seat. \"Losing more than a "
        "dozen points in a riding like this is not nothing. But mid-term by-elections are "
        'rarely kind to governments," she said.',
        "The prime minister's office said in a statement that the result showed voters had "
        "\"chosen experience and a focus on results.\"",
        "Elections Canada said about 9,480 electors had voted at advance polls between Oct. 9 "
        "and Oct. 12. Results will be validated in the coming days, the agency said.",
        "The result does not change the balance of power in the House of Commons.",
        "Doucet, 47, spent eight years on Halifax regional council before resigning in August "
        "to run. He is expected to be sworn in within weeks, once the result has been "
        "validated and the returning officer has returned the writ.",
    ],
    newsletter=(
        "The Atlantic Briefing",
        "Top stories from the four Atlantic provinces, delivered every weekday morning.",
    ),
    sidebar_title="Trending",
    sidebar=[
        "N.S. paving tender worth $48.6M awarded despite objections",
        "Moncton man, 31, charged after police chase on Route 15",
        "Ferry between Saint John and Digby cancelled for 6 days",
        "P.E.I. potato harvest 12% below last year, board says",
        "Cape Breton hospital emergency department to close overnight until Jan. 5",
    ],
    footer="© 2026 The Maritime Press Wire. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    metas=[("name", "author", "Marie-Claude Thériault")],
    jsonld=_news_ld(
        "Liberals hold Halifax West in by-election as Conservatives narrow gap",
        _EL_A_URL,
        "2026-10-20T00:52:00-03:00",
        None,
        ["Marie-Claude Thériault"],
        "The Maritime Press Wire",
        "Politics",
    ),
    tags=["Halifax West", "By-election", "Elections Canada"],
)

_EL_B_URL = "https://www.harbourlinenews.example/live/halifax-west-by-election-results-live"
_EL_B = _page(
    site="Harbourline News",
    slug="harbourline",
    url=_EL_B_URL,
    title="Halifax West by-election: live results and updates | Harbourline News",
    description="Live results and reaction from the Halifax West federal by-election.",
    nav=["Home", "Local", "Nova Scotia", "Canada", "World", "Weather", "Watch"],
    cookie=(
        "Harbourline uses cookies to make our site work and, with your permission, to measure "
        "and personalise. Choose your settings."
    ),
    crumbs=["Nova Scotia", "Politics", "Live"],
    kicker="LIVE",
    headline="Halifax West by-election: Liberal Gabriel Doucet wins, Conservatives second",
    standfirst="Follow the count as results come in from 212 polls. All times are Atlantic "
    "Daylight Time.",
    byline='<span class="author">Harbourline News staff: Priya Lal, Kevin Boudreau</span>',
    when_html=(
        'Started <time datetime="2026-10-19T19:45:00-03:00">7:45 p.m.</time> · Updated '
        '<time datetime="2026-10-20T00:35:00-03:00">12:35 a.m.</time>'
    ),
    caption="Supporters watch results at the Liberal party in Timberlea.",
    credit="Kevin Boudreau/Harbourline News",
    body_class="article live-page",
    body=[
        ("entry", "12:35 a.m.", "2026-10-20T00:35:00-03:00", [
            "That's where we'll leave our live coverage. To recap: Liberal Gabriel Doucet has "
            "won Halifax West with 44.6 per cent of the vote with all polls counted. "
            "Conservative Margaret Thibodeau took 36.9 per cent.",
            "Turnout was about 41 per cent. Elections Canada will validate the results over "
            "the coming days.",
        ]),
        ("entry", "12:20 a.m.", "2026-10-20T00:20:00-03:00", [
            "All 212 polls have now reported. Preliminary results from Elections Canada:",
            "Gabriel Arsenault Doucet (Liberal): 16,931 votes, 44.6 per cent. Margaret "
            "Thibodeau (Conservative): 14,027, 36.9 per cent. Owen Kwan-Reid (NDP): 4,402, 11.6 "
            "per cent. Tessa Brierley (Green): 1,650, 4.3 per cent. Darren Fogarty (People's "
            "Party): 960, 2.5 per cent.",
            "The margin is 2,904 votes.",
        ]),
        ("entry", "11:55 p.m.", "2026-10-19T23:55:00-03:00", [
            "Margaret Thibodeau has conceded. Speaking to volunteers at her campaign office in "
            "Clayton Park, the former provincial finance minister said: \"We moved this riding "
            'further than anyone said we could."',
            "She said she had called Doucet to congratulate him.",
        ]),
        ("entry", "11:40 p.m.", "2026-10-19T23:40:00-03:00", [
            "With 198 of 212 polls reporting, Doucet has 15,842 votes (44.1 per cent) and "
            "Thibodeau 13,206 (36.8 per cent).",
        ]),
        ("entry", "11:15 p.m.", "2026-10-19T23:15:00-03:00", [
            "Doucet has just spoken to supporters at a community hall in Timberlea. \"Tonight "
            "the people of Halifax West chose a representative who will show up for them every "
            'single day," he said, to loud cheers.',
            "He thanked Lena Whitford, who held the seat until her resignation in June, and "
            "promised to keep pushing for a commuter ferry from Bedford.",
        ]),
        ("entry", "10:58 p.m.", "2026-10-19T22:58:00-03:00", [
            "Harbourline News projects that Liberal Gabriel Doucet will win the Halifax West "
            "by-election.",
            "Doucet's lead has been steady since the first polls reported, and most of the "
            "polls still to come are in areas where the Liberals did well in 2025.",
        ]),
        ("entry", "10:40 p.m.", "2026-10-19T22:40:00-03:00", [
            "With 121 of 212 polls reporting, Doucet leads with 43.2 per cent. Thibodeau has "
            "38.0 per cent. The gap is wider in the Clayton Park and Fairview polls, which "
            "have reported in larger numbers.",
        ]),
        ("entry", "10:10 p.m.", "2026-10-19T22:10:00-03:00", [
            "Sandeep Rao, co-chair of the Liberal campaign, tells us the mood in Timberlea is "
            '"cautiously optimistic". Over at the Conservative office, campaign manager Colin '
            'MacIsaac says the party is "in this until the last ballot".',
            "Political scientist Marc LeBlanc of Saint Mary's University says early polls from "
            "the more rural western end of the riding could favour the Conservatives.",
        ]),
        ("entry", "9:45 p.m.", "2026-10-19T21:45:00-03:00", [
            "Turnout looks low, according to party scrutineers at several polling stations in "
            "Fairview and Clayton Park. Elections Canada will publish its preliminary turnout "
            "estimate once all polls have reported.",
        ]),
        ("entry", "9:15 p.m.", "2026-10-19T21:15:00-03:00", [
            "The first results are trickling in. With 9 of 212 polls reporting, it is far too "
            "early to draw conclusions.",
        ]),
        ("entry", "8:30 p.m.", "2026-10-19T20:30:00-03:00", [
            "Polls are now closed in Halifax West. That's 7:30 p.m. in Ottawa.",
            "Elections Canada says about 9,480 people voted at advance polls, held Oct. 9 to "
            "12.",
        ]),
        ("entry", "7:45 p.m.", "2026-10-19T19:45:00-03:00", [
            "Welcome to our live coverage of the Halifax West by-election. Five candidates are "
            "running to replace Liberal Lena Whitford, who won the seat with 58.2 per cent of "
            "the vote in April 2025 and resigned in June to join the United Nations in Geneva.",
            "The Liberals have held the riding since 2015. The Conservatives are running "
            "Margaret Thibodeau, a former Nova Scotia finance minister. Liberal Gabriel "
            "Doucet is a former city councillor.",
        ]),
    ],
    newsletter=(
        "Harbourline Tonight",
        "The evening's top Nova Scotia stories and tomorrow's forecast, every weeknight.",
    ),
    sidebar_title="Most watched",
    sidebar=[
        "Halifax council votes 11-5 to extend bus lanes on Bayers Road",
        "Dartmouth crossing: 2 injured in three-car crash",
        "Storm could bring 80 mm of rain to South Shore on Thursday",
        "Mooseheads win 4-2 over Saint John",
        "Provincial nurses' union ratifies deal with 14% raise over four years",
    ],
    footer="© 2026 Harbourline Broadcasting Corporation. All rights reserved.",
    metas=[
        ("property", "article:published_time", "2026-10-19T19:45:00-03:00"),
        ("property", "article:modified_time", "2026-10-20T00:35:00-03:00"),
    ],
    tags=["Halifax West", "Federal politics", "Live"],
)

_EL_C_URL = "https://www.halifaxbeacon.example/news/doucet-keeps-halifax-west-red"
_EL_C = _page(
    site="The Halifax Beacon",
    slug="beacon",
    url=_EL_C_URL,
    title="Doucet keeps Halifax West red, but Tory surge sends a message | The Halifax Beacon",
    description="The Liberals kept Halifax West, but the Conservatives made big gains.",
    nav=["News", "Halifax", "Politics", "Business", "Sports", "Arts & Life", "Opinion",
         "Obituaries"],
    cookie=(
        "We value your privacy. The Halifax Beacon and our partners use cookies to deliver "
        "and improve our content."
    ),
    crumbs=["News", "Politics"],
    kicker="HALIFAX WEST",
    headline="Doucet keeps Halifax West red, but Tory surge sends a message",
    standfirst="The Liberal candidate won by about 2,900 votes in a seat his party once won by "
    "nearly 30 points.",
    byline='<span class="author">Jennifer MacKinnon-Lowe</span> · Political Reporter',
    when_html='<span class="pubdate">Published October 20, 2026</span>',
    caption="Gabriel Arsenault Doucet and his wife, Sophie, greet supporters on election night.",
    credit="Ryan Tattrie / The Halifax Beacon",
    body=[
        "Gabriel Arsenault Doucet had barely started his victory speech when someone in the "
        "crowd shouted, \"Finally!\" It had been a long night for the Liberal candidate and his "
        "supporters, who packed a community hall in Spryfield to watch the Halifax West "
        "by-election results roll in.",
        "Doucet, who spent eight years on Halifax regional council before resigning to run, "
        "won the seat with 44.6 per cent of the vote, according to preliminary results from "
        "Elections Canada. Conservative Margaret Thibodeau, a former provincial finance "
        "minister, finished about 2,900 votes back with 36.9 per cent.",
        '"Tonight, Halifax West chose someone who will show up for them every single day," '
        "Doucet, 47, told the crowd.",
        "It was a win, but not the kind of win the Liberals are used to in this riding. Lena "
        "Whitford, whose resignation in June triggered the by-election, took 58.2 per cent of "
        "the vote here in 2025, nearly 30 points ahead of her Conservative rival.",
        ("h2", "A message for Ottawa"),
        "Thibodeau, who served as Nova Scotia's finance minister before leaving provincial "
        "politics, told reporters her campaign had tapped into frustration about rents and "
        "grocery prices.",
        '"We moved this riding further than anyone said we could," she said at her campaign '
        "office in Clayton Park.",
        "Aoife Brennan-Whyte, who teaches political science at Dalhousie University, said the "
        "result would be studied closely by all parties.",
        '"The Liberals will say a win is a win, and it is. But a drop of more than a dozen '
        "points in a seat they have held since 2015 tells you something about the mood,\" she "
        "said.",
        "Marc LeBlanc, a political scientist at Saint Mary's University, noted that turnout "
        "was low. Just over 41 per cent of registered electors cast a ballot, according to "
        "Elections Canada, compared with about 70 per cent in the 2025 general election.",
        '"With turnout this low, the side that gets its supporters out wins. The Conservatives '
        'were very good at that this time," LeBlanc said.',
        "Advance voting was strong. Elections Canada said about 9,480 electors cast ballots at "
        "advance polls from Oct. 9 to 12, roughly a quarter of everyone who voted.",
        ("h2", "Third-place NDP"),
        "New Democrat Owen Kwan-Reid, a tenant organizer, finished third with 11.6 per cent. "
        "Green candidate Tessa Brierley and People's Party candidate Darren Fogarty trailed "
        "with 4.3 and 2.5 per cent respectively.",
        '"Our share was small, but the issues we raised on housing are not going away," '
        "Kwan-Reid said.",
        "Doucet's campaign leaned heavily on his municipal record, particularly on transit. He "
        "has promised to push for federal money for a commuter ferry between Bedford and "
        "downtown Halifax, a project regional council endorsed in 2024 but has not funded.",
        "Sandeep Rao, the co-chair of the Liberal campaign, said the team had knocked on more "
        "than 40,000 doors since the by-election was called.",
        "Elections Canada said the results will be validated in the coming days. Doucet is "
        "expected to be sworn in as the riding's MP within a few weeks.",
        "For the Conservatives, it was their closest result in Halifax West in more than a "
        "decade. Party officials said Thibodeau had not decided whether to run again in the "
        "next general election.",
    ],
    newsletter=(
        "Beacon Morning",
        "Start your day with the stories Halifax is talking about. Free, every morning at 6.",
    ),
    sidebar_title="Most popular",
    sidebar=[
        "Halifax rent cap: average two-bedroom now $2,140, report finds",
        "Former Dartmouth mayor Ken Ferris dies at 84",
        "Bedford West school opening pushed to September 2027",
        "Province to hire 120 paramedics by spring",
        "Letters: The Macdonald bridge toll hike is too steep",
    ],
    footer="© 2026 The Halifax Beacon, a division of Beacon Media Group. All rights reserved.",
    metas=[("name", "author", "Jennifer MacKinnon-Lowe")],
    tags=["Halifax West", "Federal politics", "Liberal Party", "Conservative Party"],
)

_EL_D_URL = "https://ridingwatch.example/2026/by-elections/halifax-west"
_EL_D = _page(
    site="Riding Watch",
    slug="ridingwatch",
    url=_EL_D_URL,
    title="Halifax West by-election: results, swing and turnout | Riding Watch",
    description="Poll-level analysis of the Halifax West federal by-election result.",
    nav=["Projections", "By-elections", "Polls", "Maps", "Data", "About"],
    cookie=(
        "Riding Watch uses a small number of cookies to count visits. No advertising cookies "
        "are set."
    ),
    crumbs=["By-elections", "2026"],
    kicker="BY-ELECTION ANALYSIS",
    headline="Halifax West: a 10.5-point swing to the Conservatives",
    standfirst="The Liberals held the seat, but the swing is the largest in an Atlantic "
    "by-election in the current Parliament.",
    byline='By <a href="/team/daniel-okoye">Daniel Okoye</a>',
    when_html=(
        '<time datetime="2026-10-20T11:30:00-03:00">October 20, 2026, 10:30 a.m. ET</time>'
    ),
    caption="Map: Halifax West results by polling division, coloured by leading party.",
    credit="Map data: Elections Canada (preliminary). Riding Watch.",
    body=[
        "The Liberals held Halifax West in Monday's federal by-election. Gabriel Arsenault "
        "Doucet, a former municipal councillor, won 44.6 per cent of the vote, ahead of "
        "Conservative Margaret Thibodeau, a former Nova Scotia health minister, at 36.9 per "
        "cent. These figures are Elections Canada's preliminary results with all 212 regular "
        "polls reporting; validated results normally follow within a week and rarely move "
        "shares by more than a tenth of a point.",
        ("table", "Halifax West by-election, preliminary results (212 of 212 polls)",
         ["Candidate", "Party", "Votes", "Share", "Change from 2025"],
         [
             ["Gabriel Arsenault Doucet", "Liberal", "16,931", "44.6%", "−13.6"],
             ["Margaret Thibodeau", "Conservative", "14,027", "36.9%", "+7.4"],
             ["Owen Kwan-Reid", "NDP", "4,402", "11.6%", "+3.9"],
             ["Tessa Brierley", "Green", "1,650", "4.3%", "+1.2"],
             ["Darren Fogarty", "People's Party", "960", "2.5%", "+1.1"],
         ]),
        ("h2", "The swing"),
        "Compared with the April 2025 general election, the Liberal share fell by 13.6 points, "
        "from 58.2 per cent, while the Conservative share rose by 7.4 points, from 29.5 per "
        "cent. That is a two-party swing of 10.5 points, the largest Liberal-to-Conservative "
        "swing in any Atlantic by-election this Parliament.",
        "Had the same swing applied uniformly across Nova Scotia in 2025, the Conservatives "
        "would have picked up at least three more seats in the province. Uniform swing is a "
        "crude tool, of course, and by-elections are not general elections.",
        ("h2", "Turnout"),
        "Preliminary turnout was 41.3 per cent of the 92,560 electors on the list, down from "
        "70.4 per cent in 2025. Roughly 38,230 ballots were cast, including rejected ballots. "
        "About 9,480 electors voted at the advance polls from October 9 to 12, a quarter of "
        "the total, which is high for a by-election.",
        "Low turnout complicates comparisons. Our poll-level data show the steepest Liberal "
        "declines in the Timberlea, Beechville and Lakeside polls at the western end of the "
        "riding, where turnout fell least. In the apartment-heavy polls of Clayton Park and "
        "Fairview, where turnout dropped below 35 per cent, the Liberal share held up better.",
        ("h2", "The count on the night"),
        "The race looked closer early in the evening. At 10:40 p.m. Atlantic time, with 121 of "
        "212 polls reporting, Doucet led 43.2 per cent to 38.0 per cent. By 11:40 p.m., with "
        "198 polls in, his lead had widened to 44.1 per cent against 36.8 per cent, and the "
        "final polls, mostly from Clayton Park, pushed him to 44.6 per cent.",
        "Doucet spoke to supporters at a community hall in Timberlea shortly after 11 p.m., "
        "and Thibodeau conceded just before midnight.",
        ("h2", "What it means"),
        "Thibodeau's profile as a former cabinet minister clearly helped the Conservatives, "
        "and the party will take heart from its gains among older suburban voters. The NDP's "
        "11.6 per cent is its best result in the riding since 2011, although that says more "
        "about the Liberal slide than an NDP surge.",
        "Doucet's margin was 2,904 votes, or 7.7 points. For the Liberals, the consolation is "
        "that his vote held up best in the polls with the most renters and younger voters, "
        "the groups the party will need in a general election. Our model had the Liberals as "
        "narrow favourites going into the night, with a projected share of 45 per cent, very "
        "close to the outcome.",
        "We will update this page once Elections Canada publishes validated results. Our "
        "projection model, last updated on October 16, will be refreshed this week to include "
        "the by-election data.",
    ],
    newsletter=(
        "The Riding Watch newsletter",
        "New projections, by-election previews and data deep dives. Roughly twice a month.",
    ),
    sidebar_title="More by-elections",
    sidebar=[
        "Preview: Winnipeg South by-election set for November 30",
        "Toronto–St. Paul's recount confirms margin of 212 votes",
        "Quebec by-election: Bloc holds with 38.4%",
        "Our model now gives Conservatives 41% seat probability in Atlantic Canada",
        "Explainer: how Elections Canada validates results",
    ],
    footer="© 2026 Riding Watch. Data: Elections Canada. Analysis licensed CC BY 4.0.",
    jsonld=_news_ld(
        "Halifax West: a 10.5-point swing to the Conservatives",
        _EL_D_URL,
        "2026-10-20T11:30:00-03:00",
        None,
        ["Daniel Okoye"],
        "Riding Watch",
        "By-elections",
    ),
    tags=["Halifax West", "Swing", "Turnout"],
)


# ===========================================================================
# ct-FF3 — Supreme Court of Finland, Hopeavaara mine leak ruling, Tuesday 20 October 2026
# ===========================================================================

_CT_A_URL = "https://www.nordicnewswire.example/en/finland-supreme-court-upholds-mine-damages"
_CT_A = _page(
    site="Nordic Newswire",
    slug="nnw",
    url=_CT_A_URL,
    title="Finland's top court upholds 4.6 mln euro damages over nickel mine leak "
    "| Nordic Newswire",
    description="Finland's Supreme Court upheld damages against Hopeavaara Mining over a 2019 "
    "tailings leak.",
    nav=["Top news", "Nordics", "Baltics", "Business", "Energy", "Politics", "Sports"],
    cookie=(
        "Nordic Newswire uses cookies to analyse traffic and to remember your preferences. "
        "You can withdraw consent at any time."
    ),
    crumbs=["Nordics", "Finland"],
    kicker="FINLAND / MINING",
    headline="Finland's top court upholds 4.6 mln euro damages over nickel mine leak",
    standfirst="Supreme Court rules 4-1 against Hopeavaara Mining; Canadian owner Boreal Crest "
    "says it respects the decision.",
    byline='By <span class="author">Antti Lehtovaara</span>',
    when_html=(
        '<time datetime="2026-10-20T10:42:00+03:00">20 October 2026 10:42 EEST</time>'
    ),
    caption="The tailings area of the Hopeavaara nickel mine in Sodankylä, northern Finland, "
    "in a 2020 file photo.",
    credit="Nordic Newswire/Lehtikuva partner/Kari Rauhala",
    body=[
        "HELSINKI, Oct 20 (NNW) - Finland's Supreme Court on Tuesday upheld an order for "
        "Hopeavaara Mining Oy to pay 4.6 million euros ($5.3 million) in damages to landowners "
        "and a fishing cooperative over a 2019 leak of contaminated water from its nickel mine "
        "in Lapland.",
        "The court, which published its ruling at 0700 GMT, said in a 4-1 decision that the "
        "Rovaniemi Court of Appeal had correctly assessed the losses suffered by 312 property "
        "owners and the Kelkkajärvi fishing cooperative after about 1.2 million cubic metres "
        "of sulphate- and nickel-laden water escaped from a tailings pond in November 2019.",
        "One of the five justices, Mikael Grönroos, dissented on the amount. He would have "
        "reduced the compensation awarded for loss of recreational use of the lake, lowering "
        "the total to about 3.9 million euros.",
        "The water flowed through a stream into Lake Kelkkajärvi, an 11-square-kilometre lake "
        "about 30 km (19 miles) from the mine that is used for fishing and by holiday homes. "
        "Fish catches in the lake fell sharply in the following years, according to studies "
        "cited in the ruling.",
        "The Lapland District Court awarded the plaintiffs 3.1 million euros in March 2023. "
        "The Court of Appeal raised the amount to 4.6 million euros in June 2025, and the "
        "company appealed.",
        '"This ruling makes clear that a mining company cannot treat a lake as a free waste '
        'dump," said Jukka Tapani Heikkilä, the lawyer representing the landowners.',
        "Hopeavaara is owned by Vancouver-based Boreal Crest Resources Inc. Chief Executive "
        "Douglas R. Fenwick said in a statement that the company respected the decision and "
        "had already set aside funds to cover the payment.",
        '"Hopeavaara has invested heavily in water treatment since 2019, and we remain '
        'committed to the community in Sodankylä," Fenwick said.',
        "Including interest accrued since 2020 and legal costs, the company estimates its "
        "total payment at about 5.9 million euros. The Supreme Court also ordered the company "
        "to pay the plaintiffs' legal costs in the top court, amounting to 410,000 euros.",
        "The mine, which employs about 420 people, produced 14,800 tonnes of nickel in 2025. "
        "Hopeavaara says it has spent 38 million euros on water treatment and dam "
        "reinforcement since the leak.",
        "In a separate criminal case, the Lapland District Court in 2022 imposed a corporate "
        "fine of 250,000 euros on the company for an environmental offence. That ruling was "
        "not appealed.",
        "The case has been closely watched in Finland, where several mining projects in "
        "Lapland have faced opposition from local residents, reindeer herders and tourism "
        "businesses. The Supreme Court's ruling is final and sets a precedent for how "
        "compensation for the loss of recreational use of waters should be calculated.",
        "Riikka Koivisto, an environmental law researcher at the University of Lapland, said "
        "the decision strengthened the position of property owners. \"The court accepts that "
        "a lake has value beyond the fish you can sell. That matters a great deal in the "
        'north," she said.',
        "(Reporting by Antti Lehtovaara; Editing by Sanna Virtanen)",
    ],
    newsletter=(
        "Nordic Newswire Daily",
        "Our editors' pick of the day's news from the Nordic and Baltic region.",
    ),
    sidebar_title="Top stories",
    sidebar=[
        "Finnish unemployment rises to 9.8% in September",
        "Estonia's Eesti Energia posts 112 mln euro quarterly profit",
        "Sweden to buy 12 more Gripen jets, defence ministry says",
        "Nokia cuts 2026 outlook, shares fall 7%",
        "Latvian parliament approves 2027 budget with 3.4% deficit",
    ],
    footer="© 2026 Nordic Newswire Oy. All rights reserved. Redistribution prohibited without "
    "written consent.",
    metas=[("name", "author", "Antti Lehtovaara")],
    jsonld=_news_ld(
        "Finland's top court upholds 4.6 mln euro damages over nickel mine leak",
        _CT_A_URL,
        "2026-10-20T10:42:00+03:00",
        None,
        ["Antti Lehtovaara"],
        "Nordic Newswire",
        "Nordics",
    ),
    tags=["Finland", "Mining", "Supreme Court"],
)

_CT_B_URL = "https://www.radiobotnia.example/english/news/supreme-court-hopeavaara-ruling"
_CT_B = _page(
    site="Radio Botnia News in English",
    slug="botnia",
    url=_CT_B_URL,
    title="Supreme Court: Hopeavaara must pay millions to lake owners - Radio Botnia",
    description="The Supreme Court upheld the Court of Appeal's ruling in the Hopeavaara leak "
    "case.",
    nav=["News", "In English", "På svenska", "Regions", "Podcasts", "Radio", "Schedule"],
    cookie=(
        "Radio Botnia uses cookies for audience measurement and to improve our services. "
        "Accept or adjust your settings."
    ),
    crumbs=["In English", "Domestic"],
    kicker="COURTS",
    headline="Supreme Court: Hopeavaara must pay millions to lake owners",
    standfirst="Finland's highest court has upheld a damages award of 4.6 million euros over "
    "the 2019 leak at the nickel mine in Sodankylä.",
    byline='<span class="author">Emma Lindroos</span> | Radio Botnia',
    when_html=(
        'Published <time datetime="2026-10-20T11:15:00+03:00">20.10. 11:15</time>, '
        'updated <time datetime="2026-10-20T14:05:00+03:00">20.10. 14:05</time>'
    ),
    caption="Lake Kelkkajärvi in Sodankylä. Photo from 2021.",
    credit="Photo: Jonas Sundqvist / Radio Botnia",
    body=[
        "The Supreme Court (Högsta domstolen) in Helsingfors has ruled that Hopeavaara Mining "
        "must pay 4.6 million euros in compensation to 312 property owners and a local fishing "
        "cooperative for damage caused by a leak from its tailings pond in 2019.",
        "The decision, which was published on Tuesday morning at 10 o'clock, upholds the "
        "ruling of the Rovaniemi Court of Appeal (Rovaniemi hovrätt) from June 2025. The "
        "company had asked the Supreme Court to reduce the amount.",
        "The court's five-member panel was divided. Four justices backed the Court of Appeal's "
        "assessment, while Justice Mikael Grönroos would have awarded less for the loss of "
        "recreational use of the lake.",
        ("h2", "A leak of 1.2 million cubic metres"),
        "The leak happened in November 2019, when water containing high levels of sulphate "
        "and nickel seeped from a tailings pond at the mine in Sodankylä. According to the "
        "court, around 1.2 million cubic metres of water, or some 1.2 billion litres, ended up "
        "in a stream that flows into Lake Kelkkajärvi.",
        "Property owners around the lake said their shoreline, fishing waters and holiday "
        "homes lost value, and the local fishing cooperative reported that catches of "
        "whitefish and perch collapsed.",
        "In the first round, the Lapland District Court (Lapplands tingsrätt) awarded the "
        "plaintiffs 3.1 million euros in 2023. The Court of Appeal raised the sum to 4.6 "
        "million.",
        '"This ruling makes it clear that a mining company cannot treat a lake as a free waste '
        'dump," lawyer Jukka Heikkilä, who represents the property owners, told Radio Botnia.',
        "Aili Magga, chair of the fishing cooperative, said she was relieved.",
        '"The fish will not come back because of a court ruling. But at least now someone has '
        'taken responsibility," Magga said.',
        ("h2", "Company: money set aside"),
        "Update 14:05: Hopeavaara's managing director Timo Salmela said the company would pay "
        "within the deadline set by the court.",
        '"The money has been set aside, and we will pay it in full," Salmela said. He added '
        "that the mine had spent 38 million euros on water treatment since the leak.",
        "The company's lawyer, Helena Strömberg, said the Supreme Court had now drawn a line "
        "on how losses of recreational use should be valued. \"Our client will of course "
        'comply with the ruling," she said.',
        "Hopeavaara's Canadian parent company, Boreal Crest Resources, said in a statement "
        "that it respected the decision. Its chief executive, Douglas Fenwick, said the "
        "company remained committed to Sodankylä.",
        "Including interest and legal costs, the total bill is expected to be close to six "
        "million euros. The mine employs about 420 people.",
        "The Hopeavaara case is one of the largest environmental damages cases ever decided in "
        "Finland. Riikka Koivisto, a researcher at the University of Lapland, said the "
        "ruling would be cited in future disputes over mines and other industrial sites.",
        '"The court has now said clearly how the loss of recreational use should be assessed. '
        'That will matter in many future cases, not only in mining," Koivisto told Radio '
        "Botnia.",
        "The Supreme Court granted the company leave to appeal in January. Its ruling is final "
        "and cannot be appealed.",
    ],
    newsletter=(
        "Radio Botnia in your inbox",
        "A weekly round-up of news from Finland in English, every Friday.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "Vasa city council approves 22 million euro swimming hall",
        "Ferry traffic between Vasa and Umeå up 9 percent",
        "Jakobstad: 60 jobs cut at boat builder",
        "Storm leaves 14,000 homes without power in Ostrobothnia",
        "Minister: Swedish-language maternity care to remain in Borgå",
    ],
    footer="© Radio Botnia 2026. Responsible editor: Camilla Wikström.",
    metas=[
        ("property", "article:published_time", "2026-10-20T11:15:00+03:00"),
        ("property", "article:modified_time", "2026-10-20T14:05:00+03:00"),
    ],
    tags=["Supreme Court", "Sodankylä", "Mining", "Environment"],
)

_CT_C_URL = "https://www.laplandcourier.example/news/hopeavaara-ruling-kelkkajarvi-reaction"
_CT_C = _page(
    site="Lapland Courier",
    slug="lapcourier",
    url=_CT_C_URL,
    title="Relief at Kelkkajärvi as top court rules against mine | Lapland Courier",
    description="Residents around Lake Kelkkajärvi welcome the Supreme Court's ruling.",
    nav=["Lapland", "Rovaniemi", "Sodankylä", "Business", "Sports", "Outdoors", "Opinion"],
    cookie=(
        "This website uses cookies. Some are necessary for the site to function; others help "
        "us understand how the site is used."
    ),
    crumbs=["Lapland", "Sodankylä"],
    kicker="SODANKYLÄ",
    headline="Relief at Kelkkajärvi as top court rules against mine",
    standfirst="Seven years after the leak, the last appeal is over. Residents say the money "
    "matters less than the admission.",
    byline='Text and photos: <span class="author">Pekka Aikio-Rantala</span>',
    when_html='<span class="pubdate">20.10.2026 at 18:30</span>',
    caption="Aili Magga on the shore of Lake Kelkkajärvi on Tuesday afternoon.",
    credit="Pekka Aikio-Rantala / Lapland Courier",
    body=[
        "SODANKYLÄ – Aili Magga heard the news on the radio in her kitchen, a few hundred "
        "metres from the shore of Lake Kelkkajärvi.",
        '"I sat down and cried a little. Seven years is a long time," says Magga, who chairs '
        "the lake's fishing cooperative.",
        "The cooperative has about 140 members, most of them families who have owned land by "
        "the lake for generations.",
        "On Tuesday morning, the Supreme Court in Helsinki upheld a ruling ordering Hopeavaara "
        "Mining to pay 4.6 million euros in damages to the cooperative and 312 property owners "
        "around the lake. The decision is final.",
        '"The fish will not come back because of a court ruling, but at least now someone has '
        'taken responsibility," Magga says.',
        ("h2", "Whitefish gone"),
        "The leak in November 2019 sent about 1.2 million cubic metres of contaminated water "
        "from the mine's tailings pond into the Kelkkaoja stream and on into the lake. Before "
        "the leak, members of the cooperative caught several tonnes of whitefish a year. Last "
        "summer, Magga says, her nets stayed almost empty.",
        "Reijo Keskitalo, 71, has had a summer cottage on the eastern shore since 1983. He is "
        "one of the plaintiffs.",
        '"Nobody wants to swim here any more. My grandchildren used to spend the whole summer '
        'in the water," he says.',
        "The Lapland District Court in Rovaniemi first awarded the plaintiffs 3.1 million "
        "euros in 2023. The Rovaniemi Court of Appeal raised the amount to 4.6 million euros "
        "last year, and the company took the case to the Supreme Court.",
        "Four of the Supreme Court's five justices agreed with the Court of Appeal. One "
        "justice would have reduced the compensation for lost recreational use.",
        ("h2", "Mine jobs a worry"),
        "Not everyone in Sodankylä greeted the ruling with joy. The Hopeavaara mine employs "
        "about 420 people, many of them from the municipality, and the mine is one of the "
        "largest taxpayers in the region.",
        '"Of course the company must pay for what happened. But I hope this does not become '
        'an excuse to cut jobs," says Sari Lampela, who works as a truck driver at the mine.',
        "Managing director Timo Salmela told the Lapland Courier that the ruling would not "
        "affect employment.",
        '"We made a provision for this long ago. Production continues as normal," Salmela '
        "says.",
        "Hopeavaara's Canadian owner, Boreal Crest Resources, said in a statement from "
        "Vancouver that it respected the court's decision.",
        "Jukka Tapani Heikkilä, the Oulu-based lawyer who represented the property owners, "
        "said the ruling was important for the whole of Lapland.",
        '"This ruling makes clear that a mining company cannot use a lake as a free waste '
        'dump," Heikkilä said.',
        "The total sum, including interest from 2020 and legal costs, is estimated at roughly "
        "5.9 million euros. The money will be divided between the property owners and the "
        "cooperative according to a formula set by the Court of Appeal.",
        "Magga says the cooperative will use part of its share to restock the lake, if tests "
        "show the water quality allows it. The Centre for Economic Development, Transport and "
        "the Environment has measured falling sulphate levels since 2022.",
        '"We will try. That is all we can do," she says.',
    ],
    newsletter=(
        "Lapland Courier newsletter",
        "News from Rovaniemi, Sodankylä and the rest of Lapland every weekday evening.",
    ),
    sidebar_title="Read next",
    sidebar=[
        "Rovaniemi airport: record 1.3 million passengers expected this winter",
        "Reindeer herders report 4,200 animals killed by traffic last year",
        "Sodankylä film festival dates set for 16–20 June",
        "Snowmobile tracks open 1 December if snow allows",
        "Kemijärvi pulp mill hires 85 people",
    ],
    footer="© Lapland Courier 2026. Lapin Media Oy.",
    metas=[("name", "author", "Pekka Aikio-Rantala")],
    tags=["Sodankylä", "Hopeavaara", "Environment"],
)

_CT_D_URL = "https://www.miningledger.example/news/boreal-crest-loses-finnish-appeal"
_CT_D = _page(
    site="The Mining Ledger",
    slug="miningledger",
    url=_CT_D_URL,
    title="Boreal Crest loses final appeal in Finnish tailings case | The Mining Ledger",
    description="Finland's Supreme Court upheld a C$7.4-million damages award against Boreal "
    "Crest's Hopeavaara unit.",
    nav=["News", "Base Metals", "Gold", "Battery Metals", "Juniors", "ESG", "Events"],
    cookie=(
        "The Mining Ledger uses cookies to provide a better experience. By using this site "
        "you agree to our cookie policy."
    ),
    crumbs=["News", "Base Metals"],
    kicker="NICKEL · LEGAL",
    headline="Boreal Crest loses final appeal in Finnish tailings case",
    standfirst="Finland's Supreme Court upheld a €4.6-million damages award against the "
    "Vancouver miner's Hopeavaara subsidiary. The company says the amount is fully provided "
    "for.",
    byline='By <a href="/staff/rachel-kowalczyk">Rachel Kowalczyk</a> in Vancouver',
    when_html=(
        '<time datetime="2026-10-20T17:10:00-04:00">Oct. 20, 2026 5:10 p.m. ET</time>'
    ),
    caption="Boreal Crest's Hopeavaara nickel operation in Finnish Lapland.",
    credit="Photo: Boreal Crest Resources",
    body=[
        "Boreal Crest Resources Inc. has lost its final appeal in a Finnish court case over a "
        "2019 leak of contaminated water at its Hopeavaara nickel mine, leaving its subsidiary "
        "on the hook for €4.6 million (about C$7.4 million) in damages.",
        "The Supreme Court of Finland, known locally as Korkein oikeus, published its ruling "
        "early Tuesday, at 3 a.m. Eastern time. In a 4-1 decision, the court upheld a June 2025 "
        "judgment by the Rovaniemi Court of Appeal in favour of 312 property owners and a "
        "fishing cooperative on Lake Kelkkajärvi, about 30 kilometres from the mine.",
        "The plaintiffs include property owners with land or holiday homes around the lake, as "
        "well as the lake's fishing cooperative, which reported a collapse in catches of "
        "whitefish and perch after the leak.",
        "The Court of Appeal had raised the award from the €3.1 million granted by the Lapland "
        "District Court in 2023. Boreal Crest's Finnish unit, Hopeavaara Mining Oy, had asked "
        "the top court to restore the lower figure.",
        "In a statement issued Tuesday morning from Vancouver, president and CEO Douglas R. "
        "Fenwick said the company respected the decision.",
        '"We respect the court\'s decision. Hopeavaara has invested heavily in water treatment '
        'since 2019, and we remain committed to the community in Sodankylä," Fenwick said.',
        ("h2", "Fully provided for"),
        "Boreal Crest booked a provision of C$8.0 million for the case in its 2025 annual "
        "results, covering the damages, interest accrued since 2020 and legal costs. The "
        "company said Tuesday it expects the total payout to come in at about €5.9 million, "
        "roughly C$9.5 million at current exchange rates, and that the difference will be "
        "recognized in its fourth-quarter results.",
        "The Supreme Court also ordered Hopeavaara to cover €410,000 of the plaintiffs' costs "
        "in the final appeal.",
        "Boreal Crest shares closed down 1.8% at C$4.12 on the Toronto Stock Exchange on "
        "Tuesday, giving the company a market value of about C$1.1 billion. Analysts said the "
        "ruling was largely expected.",
        '"The number is not material for Boreal Crest. What matters is the precedent on '
        "recreational-use damages, which could raise costs for any operator near lakes in the "
        'Nordics," said Mitchell Haroun, a mining analyst at Pacific Stone Securities in '
        "Vancouver.",
        ("h2", "Operations unaffected"),
        "Hopeavaara produced 14,800 tonnes of nickel in 2025, about 41% of Boreal Crest's "
        "consolidated output, and the company has guided to between 14,000 and 15,500 tonnes "
        "this year. Boreal Crest said the ruling would have no effect on operations or "
        "guidance.",
        "According to the court, about 1.2 million cubic metres of water carrying sulphate "
        "and nickel escaped from a tailings facility in November 2019. Since then Hopeavaara "
        "has spent €38 million, or about C$61 million, on water treatment and dam upgrades.",
        "The plaintiffs' lawyer, Jukka Heikkilä, said the ruling showed \"a mining company "
        'cannot treat a lake as a free waste dump."',
        "One of the five justices, Mikael Grönroos, dissented and would have cut the award to "
        "about €3.9 million by reducing compensation for lost recreational use.",
        "Finland has tightened its mining rules in recent years, and the Hopeavaara case is "
        "likely to be cited in permit disputes, said Riikka Koivisto, an environmental law "
        "researcher at the University of Lapland.",
    ],
    newsletter=(
        "The Ledger Daily",
        "Deals, discoveries and disputes from the global mining industry. Free, every weekday.",
    ),
    sidebar_title="Trending",
    sidebar=[
        "Teck-area junior hits 2.4% copper over 118 metres in B.C.",
        "Nickel price slips to $15,120 a tonne on Indonesian supply",
        "Quebec lithium project wins C$210-million federal loan",
        "Agnico Eagle lifts Q3 output to 890,000 ounces",
        "Sweden approves Kallak iron ore permit after 10-year fight",
    ],
    footer="© 2026 The Mining Ledger. Published by Ledger Trade Media Inc., Toronto.",
    metas=[
        ("name", "author", "Rachel Kowalczyk"),
        ("property", "article:published_time", "2026-10-20T17:10:00-04:00"),
    ],
    jsonld=_news_ld(
        "Boreal Crest loses final appeal in Finnish tailings case",
        _CT_D_URL,
        "2026-10-20T17:10:00-04:00",
        None,
        ["Rachel Kowalczyk"],
        "The Mining Ledger",
        "Base Metals",
    ),
    tags=["Boreal Crest", "Nickel", "Finland", "Tailings"],
)


# ===========================================================================
# tr-FF4 — Canada's September merchandise trade, released Wednesday 4 November 2026
# ===========================================================================

_TR_A_URL = "https://www.dominionnewswire.example/markets/canada-trade-deficit-narrows-sept"
_TR_A = _page(
    site="Dominion Newswire",
    slug="dnw",
    url=_TR_A_URL,
    title="Canada's trade deficit narrows to C$3.84 billion in September on energy exports "
    "| Dominion Newswire",
    description="Canada's merchandise trade deficit narrowed more than expected in September.",
    nav=["Markets", "Economy", "Companies", "Energy", "Politics", "Tech", "Wealth"],
    cookie=(
        "We use cookies to operate this website, analyse traffic and personalise ads. Manage "
        "your choices in Cookie Settings."
    ),
    crumbs=["Markets", "Economy"],
    kicker="ECONOMY",
    headline="Canada's trade deficit narrows to C$3.84 billion in September on energy exports",
    standfirst="Exports rise 1.9%, imports slip 0.2%; August deficit revised wider to C$5.12 "
    "billion.",
    byline='By <span class="author">Fiona Delacroix-Hart</span>',
    when_html=(
        '<time datetime="2026-11-04T08:34:00-05:00">November 4, 2026 8:34 AM EST</time>'
    ),
    caption="Containers stacked at the Port of Montreal.",
    credit="DOMINION NEWSWIRE/Luc Ménard/File Photo",
    body=[
        "OTTAWA, Nov 4 (Dominion Newswire) - Canada's merchandise trade deficit narrowed more "
        "than expected in September as exports of crude oil rose and imports edged lower, "
        "Statistics Canada said on Wednesday.",
        "The trade deficit shrank to C$3.84 billion ($2.77 billion) from a revised C$5.12 "
        "billion in August, the agency said in a report released at 8:30 a.m. ET (1330 GMT). "
        "Analysts polled by Dominion Newswire had forecast a deficit of C$4.50 billion. "
        "Statistics Canada initially reported the August gap at C$4.87 billion.",
        "Exports rose 1.9% to C$61.62 billion in September, led by energy products, which "
        "increased 4.6%. Crude oil exports climbed 6.1%, mostly on higher volumes. Exports of "
        "motor vehicles and parts fell 3.2%, their third decline in four months.",
        "Imports slipped 0.2% to C$65.46 billion, with lower imports of consumer goods, down "
        "1.5%, partly offset by higher imports of industrial machinery.",
        "In volume terms, total exports rose 1.1% and imports fell 0.6%.",
        "Canada's trade surplus with the United States widened to C$7.93 billion from C$7.05 "
        "billion in August. Exports to the United States increased 2.6%, while imports from "
        "the United States rose 0.8%. The deficit with countries other than the United States "
        "narrowed to C$11.77 billion from C$12.17 billion.",
        '"The September numbers were better than feared, but one month of strong oil '
        "shipments does not change the bigger picture. Non-energy exports are still struggling "
        'to regain the ground they lost over the past year," said Nadia Okonkwo-Reyes, senior '
        "economist at Laurentian Ridge Bank in Toronto.",
        "Pierre-Luc Gagnon, chief economist at Caisse Horizon in Montreal, said energy had "
        'carried the month. "If you strip oil out, this is a pretty soft report," he said.',
        "Among other sectors, exports of metal and non-metallic mineral products rose 2.8%, "
        "helped by higher shipments of unwrought gold, while exports of forestry products "
        "fell 1.1%.",
        "For the third quarter as a whole, export volumes rose 0.8% from the second quarter, "
        "a sign that trade likely made a small positive contribution to economic growth in "
        "the period, economists said. Statistics Canada will publish third-quarter GDP data "
        "on Nov. 27.",
        "U.S. tariffs on Canadian steel, aluminum and autos have weighed on Canada's exports "
        "since 2025, while exporters have tried to find new markets overseas. Exports to "
        "countries other than the United States fell 0.3% in September after two months of "
        "gains.",
        "The Canadian dollar was trading 0.1% higher at C$1.3870 to the U.S. dollar, or 72.10 "
        "U.S. cents, shortly after the data.",
        "The Bank of Canada, which held its key policy rate at 2.25% last week, has said the "
        "trade outlook remains one of the largest sources of uncertainty for the economy.",
        "Separately, the U.S. Commerce Department is scheduled to publish its September trade "
        "figures next week.",
        "Canada's trade balance has been in deficit every month since February, when the "
        "country posted a small surplus of C$0.31 billion.",
        "(Reporting by Fiona Delacroix-Hart; Editing by Mark Zielinski)",
    ],
    newsletter=(
        "Morning Bid Canada",
        "What's moving Canadian markets before the open. Weekdays at 6 a.m. ET.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "TSX hits record 31,240 as gold miners rally",
        "Canadian housing starts fall 8% in October, CMHC says",
        "Shopify third-quarter revenue up 24%, beats estimates",
        "Ontario posts C$5.9 billion deficit in mid-year update",
        "Air Canada adds 14 routes for winter season",
    ],
    footer="© 2026 Dominion Newswire Ltd. All rights reserved.",
    metas=[("name", "author", "Fiona Delacroix-Hart")],
    jsonld=_news_ld(
        "Canada's trade deficit narrows to C$3.84 billion in September on energy exports",
        _TR_A_URL,
        "2026-11-04T08:34:00-05:00",
        None,
        ["Fiona Delacroix-Hart"],
        "Dominion Newswire",
        "Economy",
    ),
    tags=["Canada", "Trade", "Statistics Canada"],
)

_TR_B_URL = "https://www.nbn.example/business/canada-trade-deficit-september-1.7781204"
_TR_B = _page(
    site="NBN News",
    slug="nbn",
    url=_TR_B_URL,
    title="Canada's trade gap shrinks as oil exports climb | NBN News",
    description="Canada's trade deficit narrowed in September to $3.8 billion.",
    nav=["News", "Business", "Politics", "Canada", "World", "Health", "Sports", "Listen"],
    cookie=(
        "NBN uses cookies and similar technologies. We use them to improve our services and, "
        "with consent, for personalised content."
    ),
    crumbs=["News", "Business"],
    kicker="BUSINESS",
    headline="Canada's trade gap shrinks as oil exports climb",
    standfirst="Trade deficit narrows to $3.8 billion in September, smaller than economists "
    "expected.",
    byline='<span class="author">Hannah Vaillancourt</span> · NBN News',
    when_html=(
        'Posted: <time datetime="2026-11-04T09:05:00-05:00">Nov 04, 2026 9:05 AM ET</time> | '
        'Last Updated: <time datetime="2026-11-04T11:20:00-05:00">Nov 4</time>'
    ),
    caption="An oil tanker is loaded at the Westridge Marine Terminal in Burnaby, B.C.",
    credit="(Darryl Dyck/NBN)",
    body=[
        "Canada's trade deficit shrank in September as oil exports rose and Canadians bought "
        "fewer imported consumer goods, Statistics Canada said Wednesday.",
        "The federal agency said the country's merchandise trade deficit narrowed to $3.8 "
        "billion in September, down from $5.1 billion in August. Economists had expected a "
        "deficit of about $4.5 billion.",
        "The August figure was revised from the $4.9-billion deficit first reported last "
        "month.",
        "Total exports rose 1.9 per cent in September, while imports fell 0.2 per cent. Energy "
        "exports were the main driver, up 4.6 per cent, as crude oil shipments increased.",
        "Adjusted for price changes, exports were up 1.1 per cent in what economists call "
        "volume terms.",
        "Statistics Canada said export prices rose 0.8 per cent in September, while import "
        "prices increased 0.4 per cent. Energy products made up about a quarter of all "
        "exports during the month.",
        ("h2", "Auto sector still struggling"),
        "Not every sector shared in the gains. Exports of motor vehicles and parts fell 3.2 "
        "per cent, extending a slump that has hit assembly plants in southern Ontario.",
        '"Energy carried the month. If you strip oil out, this is a pretty soft report," said '
        "Pierre-Luc Gagnon, chief economist at Caisse Horizon in Montreal. \"Auto exports "
        'are still well below where they were two years ago."',
        "Nadia Okonkwo-Reyes, senior economist at Laurentian Ridge Bank, said the numbers "
        "were better than feared.",
        '"One month of strong oil shipments does not change the bigger picture," she said. '
        '"Non-energy exports are still struggling to regain lost ground."',
        "Canada's surplus with the United States, its largest trading partner, grew to $7.9 "
        "billion, while the deficit with the rest of the world shrank to $11.8 billion.",
        ("h2", "Loonie edges higher"),
        "The Canadian dollar rose modestly after the release. At 10:15 a.m. ET it was trading "
        "at 72.30 cents US, up from 72.03 cents at Tuesday's close.",
        "The trade figures are among the last major data points before the Bank of Canada's "
        "next interest rate announcement on Dec. 9. The central bank held its policy rate at "
        "2.25 per cent last week.",
        "Gagnon said the trade report was unlikely to change the central bank's thinking. "
        '"They will look through one month of data," he said.',
        ("h2", "What it means for the economy"),
        "A smaller trade deficit generally adds to economic growth. Statistics Canada's first "
        "estimate of third-quarter gross domestic product is due later this month, and "
        "economists expect net trade to have given the economy a small lift in the July to "
        "September period.",
        "Update, 11:20 a.m. ET: In a statement, the federal trade minister's office said the "
        "numbers showed that Canada's efforts to diversify its exports were \"starting to "
        "bear fruit,\" pointing to higher shipments of energy products to Asian markets through "
        "the West Coast.",
        "However, the data show overall exports to countries other than the U.S. declined "
        "slightly in September, after rising in July and August.",
        "Statistics Canada revises trade data regularly as more complete customs records "
        "become available, and the September figures may also be revised next month.",
    ],
    newsletter=(
        "NBN Business Daily",
        "Markets, money and the economy. Delivered weekday afternoons.",
    ),
    sidebar_title="Top stories",
    sidebar=[
        "Ottawa to spend $1.2B on new icebreaker, minister says",
        "Gas prices drop 6 cents a litre in Quebec City",
        "Canada Post strike vote: 94% in favour, union says",
        "Vancouver rents fall for 14th straight month",
        "Leafs beat Canadiens 5-3 on Tuesday night",
    ],
    footer="©2026 NBN Broadcasting. All rights reserved.",
    metas=[
        ("property", "article:published_time", "2026-11-04T09:05:00-05:00"),
        ("property", "article:modified_time", "2026-11-04T11:20:00-05:00"),
    ],
    tags=["Canadian economy", "Trade", "Oil"],
)

_TR_C_URL = "https://freightlines.example/canada/september-trade-ports-rail-volumes"
_TR_C = _page(
    site="FreightLines Canada",
    slug="freightlines",
    url=_TR_C_URL,
    title="September trade: energy up, autos down, and what the ports saw | FreightLines Canada",
    description="What September's trade data and port volumes mean for shippers.",
    nav=["Ports", "Rail", "Trucking", "Air Cargo", "Trade Policy", "Supply Chain", "Jobs"],
    cookie=(
        "FreightLines uses cookies to remember your login and to count visits. Continue "
        "browsing to accept."
    ),
    crumbs=["Canada", "Trade Policy"],
    kicker="TRADE DATA",
    headline="September trade: energy up, autos down, and what the ports saw",
    standfirst="Statistics Canada's numbers show the trade gap shrinking. Port and rail data "
    "tell a more mixed story for shippers.",
    byline='By <span class="author">Tom Abernethy-Singh</span>, Contributing Editor',
    when_html='<span class="dateline">Nov. 4, 2026</span>',
    caption="Gantry cranes at Centerm terminal, Port of Vancouver.",
    credit="Photo: FreightLines/Marco Testa",
    body=[
        "Canada's merchandise trade deficit narrowed to C$3.84 billion in September, "
        "Statistics Canada reported this morning, a smaller gap than economists had expected "
        "and a clear improvement from August, when the deficit was revised to C$5.12 billion.",
        "For readers who track the numbers in U.S. dollars, the September deficit works out "
        "to about US$2.8 billion.",
        "The headline figures matter less to shippers than what was moving, and in which "
        "direction. September's answer: more oil, fewer cars and a small drop in consumer "
        "goods coming in.",
        ("h2", "Exports: oil up, autos down"),
        "Total exports rose 1.9% to just over C$61.6 billion. Energy products, up 4.6%, did "
        "most of the work, with crude oil exports rising 6.1% on higher volumes. A growing "
        "share of that crude is now leaving by tanker from the West Coast rather than by "
        "pipeline to the U.S. Midwest.",
        "Motor vehicles and parts went the other way, down 3.2%, and have now declined in "
        "three of the last four months.",
        "Ravi Sandhu, president of the Canadian Shippers' Council, said the auto numbers were "
        "showing up in rail and truck volumes along the Highway 401 corridor.",
        '"Our members in Windsor and the Niagara region are seeing fewer loads. When auto '
        'exports drop, everyone from the parts makers to the carriers feels it," Sandhu said.',
        ("h2", "Imports: consumer goods soften"),
        "Imports edged down 0.2% to about C$65.5 billion. Consumer goods imports dropped 1.5%, "
        "a possible sign that retailers are cautious ahead of the holiday season. Imports of "
        "industrial machinery, equipment and parts rose.",
        "In real, or volume, terms, imports fell 0.6%, a bigger decline than the value figure "
        "suggests, because import prices rose during the month.",
        ("h2", "What the ports saw"),
        "Port data released over the past week point in a similar direction. The Vancouver "
        "Fraser Port Authority handled 298,400 TEUs (twenty-foot equivalent units) in "
        "September, down 2.1% from a year earlier. Most of the decline came from lower "
        "inbound containers from Asia.",
        "The Port of Montreal reported 141,900 TEUs in September, up 3.4% year over year, "
        "helped by a new weekly service to northern Europe that started in June.",
        "Note that port TEU counts and Statistics Canada's trade values measure different "
        "things: a container is counted the same whether it holds furniture or auto parts, "
        "and bulk commodities such as crude oil, grain and potash do not move in containers "
        "at all. Statistics Canada's figures are also seasonally adjusted, while port "
        "authorities report raw monthly counts, another reason the two rarely line up from "
        "one month to the next.",
        ("h2", "U.S. still dominant"),
        "Trade with the United States continues to dominate. Canada ran a surplus of C$7.93 "
        "billion with the U.S. in September, up from C$7.05 billion in August, while its "
        "deficit with the rest of the world narrowed to C$11.77 billion.",
        "Sandhu said diversification efforts would take years. \"The infrastructure to move "
        "large volumes to Asia and Europe is being built, but it is not there yet. The U.S. "
        'is still the customer next door," he said.',
        "Statistics Canada will release October trade data in early December. Shippers will be "
        "watching closely for signs of the usual pre-holiday import bump, which was unusually "
        "weak last year.",
        "For more on port volumes, see our monthly Port Tracker, updated every second Friday.",
    ],
    newsletter=(
        "FreightLines Weekly",
        "Rates, capacity and policy news for Canadian shippers and carriers. Every Monday.",
    ),
    sidebar_title="Popular on FreightLines",
    sidebar=[
        "CN and CPKC grain car loadings hit 6,100 cars per week",
        "Prince Rupert container volumes up 11% in third quarter",
        "Trucking spot rates fall 4 cents a mile in October",
        "Port of Halifax adds berth extension, 1,200 ft",
        "Drayage drivers in Delta vote to unionize",
    ],
    footer="© 2026 FreightLines Media Inc. Reproduction without permission is prohibited.",
    metas=[("name", "author", "Tom Abernethy-Singh")],
    tags=["Trade data", "Ports", "Autos", "Energy"],
)


# ===========================================================================
# rk-FF5 — Arktis Orbital Lodestar second test flight, Andøya, Thursday 19 November 2026
# ===========================================================================

_RK_A_URL = "https://www.scandiapress.example/science/norway-rocket-reaches-space-misses-orbit"
_RK_A = _page(
    site="Scandia Press",
    slug="scandiapress",
    url=_RK_A_URL,
    title="Norwegian startup's rocket reaches space on second test flight but misses orbit "
    "- Scandia Press",
    description="Arktis Orbital's Lodestar rocket reached space from Andøya but its upper stage "
    "shut down early.",
    nav=["Home", "Nordic", "World", "Business", "Science", "Sport", "Photos"],
    cookie=(
        "Scandia Press uses cookies to measure traffic and to show relevant content. You can "
        "change your consent settings at any time."
    ),
    crumbs=["Science", "Space"],
    kicker="SPACE",
    headline="Norwegian startup's rocket reaches space on second test flight but misses orbit",
    standfirst="Lodestar lifts off from Andøya Spaceport; upper stage shuts down about 40 "
    "seconds early and three small satellites are lost.",
    byline='By <span class="author">Nils Kristian Vold</span>, Scandia Press',
    when_html=(
        '<time datetime="2026-11-19T13:20:00+01:00">19 November 2026, 13:20 CET</time> · '
        'Updated <time datetime="2026-11-19T16:40:00+01:00">16:40 CET</time>'
    ),
    caption="Arktis Orbital's Lodestar rocket lifts off from Andøya Spaceport in northern "
    "Norway.",
    credit="Scandia Press / Arktis Orbital handout",
    body=[
        "ANDENES, Norway (Scandia Press) — A rocket built by Norwegian startup Arktis Orbital "
        "reached space on its second test flight on Thursday but failed to reach orbit after "
        "its upper stage engine shut down early, the company said.",
        "The 28-metre Lodestar rocket lifted off from Andøya Spaceport, on an island north of "
        "the Arctic Circle, at 1134 GMT, about 90 minutes into a four-hour launch window. A "
        "first attempt on Tuesday was called off four minutes before liftoff because of strong "
        "upper-level winds.",
        "The first stage performed as planned and separated at two minutes and 38 seconds "
        "after liftoff, according to the company's live webcast. The second stage then "
        "ignited and carried the rocket into space, but its engine shut down at seven minutes "
        "and 12 seconds, about 40 seconds earlier than planned.",
        "In an update in the afternoon, Arktis Orbital said telemetry showed the second stage "
        "reached a peak altitude of 231 kilometres (143 miles) before falling back into a "
        "pre-cleared area of the Arctic Ocean. Three small satellites, with a combined mass "
        "of 27 kilograms, were not released.",
        '"We went to space today. We did not reach orbit, and we will find out why, but this '
        'is a huge step from April," Arktis Orbital chief executive Marit Lunde Øvergaard told '
        "reporters at the spaceport.",
        "The company's first Lodestar flight, in April, ended 41 seconds after liftoff when "
        "the rocket lost attitude control and was destroyed. No one was hurt in either flight.",
        "Henrik Valla, chief executive of Andøya Space, which owns and operates the spaceport, "
        "called the launch a milestone. \"It shows that Andøya works as an orbital launch site. "
        'Now we need more flights," he said.',
        "Lodestar's first stage is powered by nine engines burning liquid oxygen and propane. "
        "The rocket is designed to carry up to about 1,000 kilograms to low Earth orbit. The "
        "company said it would share data from the flight with its customers within weeks.",
        "The Norwegian Civil Aviation Authority, which licensed the launch, said it would "
        "oversee the company's investigation into the engine shutdown, as is standard after "
        "an anomaly.",
        "The satellites on board came from UiT The Arctic University of Norway, Finland's "
        "Aalto University and Borealis Sensing, a Montreal-based startup. Arktis Orbital "
        "offered the slots free of charge because the flight was a test.",
        "European governments have been trying to build up independent launch capacity for "
        "small satellites, and several startups are racing to reach orbit from sites in "
        "Norway, Sweden and Scotland. None has so far placed a satellite in orbit from "
        "mainland Europe.",
        "Arktis Orbital, based in Trondheim, has raised about 1.4 billion Norwegian crowns "
        "(about $130 million) from investors including Norwegian industrial groups and a "
        "European Union innovation fund. It employs about 260 people.",
        "Øvergaard said the company would aim for a third flight in the first half of 2027 "
        "but declined to give a firmer date until the cause of the early shutdown was known.",
        "Around 1,500 spectators watched the launch from a viewpoint near Andenes despite "
        "temperatures close to freezing.",
        "(Reporting by Nils Kristian Vold; Editing by Karin Sjöberg)",
    ],
    newsletter=(
        "Scandia Science",
        "The week's best science and technology stories from the Nordics, every Saturday.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "Aurora alert: strong geomagnetic storm expected over Nordland on Saturday",
        "Swedish spaceport Esrange plans second launch pad by 2028",
        "Finnish satellite maker ICEYE wins 40 mln euro defence contract",
        "Hurtigruten ship loses power near Bodø with 342 passengers aboard",
        "Record 2.9 million tourist nights in northern Norway this summer",
    ],
    footer="© Scandia Press 2026. All rights reserved.",
    metas=[("name", "author", "Nils Kristian Vold")],
    jsonld=_news_ld(
        "Norwegian startup's rocket reaches space on second test flight but misses orbit",
        _RK_A_URL,
        "2026-11-19T13:20:00+01:00",
        "2026-11-19T16:40:00+01:00",
        ["Nils Kristian Vold"],
        "Scandia Press",
        "Science",
    ),
    tags=["Space", "Andøya", "Arktis Orbital"],
)

_RK_B_URL = "https://www.nordlandskanalen.example/live/lodestar-oppskyting-andoya"
_RK_B = _page(
    site="Nordlandskanalen",
    slug="nordlandskanalen",
    url=_RK_B_URL,
    title="LIVE: Lodestar launch from Andøya – Nordlandskanalen",
    description="Follow the second Lodestar launch from Andøya Spaceport live.",
    nav=["Nordland", "Vesterålen", "Lofoten", "Salten", "Helgeland", "Sport", "Live"],
    cookie=(
        "Nordlandskanalen uses cookies to give you a better experience and to measure use of "
        "our services."
    ),
    crumbs=["Vesterålen", "Live"],
    kicker="LIVE",
    headline="Lodestar launch from Andøya: rocket reaches space, but not orbit",
    standfirst="Arktis Orbital is making its second attempt to launch the Lodestar rocket. "
    "Times are Norwegian time.",
    byline='<span class="author">Reporters: Siri Hansen Kvalvik (Andenes), Ørjan Bakke '
    "(Bodø)</span>",
    when_html=(
        'Live since <time datetime="2026-11-19T10:45:00+01:00">10:45</time>, latest update '
        '<time datetime="2026-11-19T16:10:00+01:00">16:10</time>'
    ),
    caption="Spectators at the viewpoint near Andenes just before the launch.",
    credit="Photo: Siri Hansen Kvalvik / Nordlandskanalen",
    body_class="article live-page",
    body=[
        ("entry", "16:10", "2026-11-19T16:10:00+01:00", [
            "Arktis Orbital has published more details. According to the company, the second "
            "stage reached a maximum altitude of 231 kilometres before it fell into the "
            "Arctic Ocean inside the cleared hazard area.",
            "The engine stopped at 7 minutes and 12 seconds, around 40 seconds before "
            "planned. The company does not yet know why. The three satellites on board were "
            "not deployed.",
            "We are ending the live coverage here. Thank you for following along.",
        ]),
        ("entry", "14:15", "2026-11-19T14:15:00+01:00", [
            "Flight director Jonas Kværnes says the team will spend the coming weeks going "
            'through data from the second stage. "We have a lot of data, and that is the most '
            'valuable thing a test flight can give us," he says.',
        ]),
        ("entry", "13:30", "2026-11-19T13:30:00+01:00", [
            '"We went to space today. We didn\'t reach orbit, and we will find out why, but '
            'this is a huge step from April," says Marit Øvergaard, head of Arktis Orbital, '
            "at a press conference at the spaceport.",
            "Henrik Valla, who heads Andøya Space, says the launch shows that the spaceport "
            "works. \"Now we need more flights,\" he says.",
        ]),
        ("entry", "12:50", "2026-11-19T12:50:00+01:00", [
            "Preliminary data show the rocket reached an altitude of more than 200 kilometres, "
            "according to the company's commentator. That means Lodestar has been to space, "
            "which is usually defined as starting at 100 kilometres.",
            "But it is now clear that the rocket has not reached orbit.",
        ]),
        ("entry", "12:42", "2026-11-19T12:42:00+01:00", [
            "Something appears to have gone wrong. The webcast showed the second stage engine "
            "shutting down earlier than planned, and the commentators have gone quiet.",
        ]),
        ("entry", "12:39", "2026-11-19T12:39:00+01:00", [
            "The webcast shows the rocket climbing steadily. The second stage engine is "
            "burning as planned, according to the commentators.",
        ]),
        ("entry", "12:37", "2026-11-19T12:37:00+01:00", [
            "Stage separation! The first stage has done its job and the second stage engine "
            "has ignited. The nose cone protecting the satellites has been released.",
        ]),
        ("entry", "12:34", "2026-11-19T12:34:00+01:00", [
            "LIFTOFF! Lodestar has left the launch pad at Andøya. There were loud cheers from "
            "the crowd here at the viewpoint, where about 1,500 people have gathered.",
        ]),
        ("entry", "12:20", "2026-11-19T12:20:00+01:00", [
            "The countdown will resume at 12:24, the company says. New target time for "
            "launch is 12:34.",
        ]),
        ("entry", "12:05", "2026-11-19T12:05:00+01:00", [
            "The countdown has been stopped at 10 minutes because of a problem with a ground "
            "station that receives data from the rocket. Arktis Orbital says there is plenty "
            "of time left in the launch window, which closes at 15:00.",
        ]),
        ("entry", "11:40", "2026-11-19T11:40:00+01:00", [
            "Weather update: light wind on the ground, and the upper-level winds that stopped "
            "Tuesday's attempt have eased. Temperature at Andenes is 1 degree.",
            "On Tuesday the launch was called off just four minutes before liftoff.",
        ]),
        ("entry", "11:20", "2026-11-19T11:20:00+01:00", [
            "Some background: Arktis Orbital has about 260 employees, most of them in "
            "Trondheim and at Andøya. The company has raised about 1.4 billion kroner from "
            "investors.",
        ]),
        ("entry", "11:00", "2026-11-19T11:00:00+01:00", [
            "The launch window is now open. It lasts four hours, until 15:00.",
            "The first Lodestar flight, in April, ended after 41 seconds when the rocket lost "
            "control and was destroyed over the sea off Andøya.",
        ]),
        ("entry", "10:45", "2026-11-19T10:45:00+01:00", [
            "Good morning from Andenes! Today Arktis Orbital will make a new attempt to launch "
            "its Lodestar rocket from Andøya Spaceport.",
            "The 28-metre rocket is carrying three small satellites, from the Arctic "
            "University of Norway in Tromsø, Aalto University in Finland and a Canadian "
            "company. The goal is to become the first company to reach orbit from mainland "
            "Europe.",
        ]),
    ],
    newsletter=(
        "News from Nordland",
        "Get the most important stories from Nordland in your inbox every morning.",
    ),
    sidebar_title="Latest from Nordland",
    sidebar=[
        "Bodø/Glimt sell striker for 95 million kroner",
        "Ferry Andenes–Gryllefjord to run all year from 2027",
        "Sortland hospital: 38 new beds opened",
        "Avalanche warning level 3 for Lyngen on Friday",
        "Salmon farmer fined 2.1 million kroner for escape at Hadsel",
    ],
    footer="© Nordlandskanalen 2026. Editor: Kjersti Rognan. Nordlandskanalen follows the Code "
    "of Ethics of the Norwegian Press.",
    metas=[
        ("property", "article:published_time", "2026-11-19T10:45:00+01:00"),
        ("property", "article:modified_time", "2026-11-19T16:10:00+01:00"),
    ],
    tags=["Andøya", "Space", "Live"],
)

_RK_C_URL = "https://orbitwatch.example/launch-reports/lodestar-flight-2-suborbital"
_RK_C = _page(
    site="OrbitWatch",
    slug="orbitwatch",
    url=_RK_C_URL,
    title="Lodestar Flight 2: to space, but short of orbit | OrbitWatch",
    description="Arktis Orbital's second Lodestar flight reached space but the upper stage "
    "shut down early.",
    nav=["Launch schedule", "Launch reports", "Smallsats", "Policy", "Europe", "Newsletter"],
    cookie=(
        "OrbitWatch uses essential cookies and optional analytics cookies. Accept or decline "
        "in your settings."
    ),
    crumbs=["Launch reports", "Europe"],
    kicker="LAUNCH REPORT",
    headline="Lodestar Flight 2: to space, but short of orbit",
    standfirst="Norway's Arktis Orbital gets much further than in April, but an early upper-"
    "stage cutoff leaves three cubesats on a suborbital trajectory.",
    byline='By <span class="author">Dana Whitcombe</span>',
    when_html='<span class="report-date">Launch report · November 19, 2026</span>',
    caption="Lodestar on the pad at Andøya Spaceport the day before launch.",
    credit="Image: Arktis Orbital",
    body=[
        "Arktis Orbital's Lodestar rocket reached space on its second flight on Thursday, "
        "climbing far higher than on its first outing in April, but an early shutdown of the "
        "second-stage engine meant the vehicle never reached orbital velocity.",
        "Liftoff from Andøya Spaceport in northern Norway came at 12:34 p.m. local time (11:34 "
        "UTC, or 6:34 a.m. EST), after a roughly 20-minute hold at T-minus 10 minutes to fix a "
        "problem with a ground station. A first attempt on Tuesday, Nov. 17, was scrubbed at "
        "T-minus 4 minutes because of upper-level winds.",
        ("h2", "Flight timeline"),
        ("ul", [
            "T+0:00 — Liftoff, 11:34 UTC",
            "T+1:10 — Maximum aerodynamic pressure",
            "T+2:38 — First-stage engine cutoff and stage separation",
            "T+2:45 — Second-stage ignition",
            "T+3:20 — Payload fairing separation",
            "T+7:12 — Premature second-stage engine cutoff (planned near T+7:52)",
        ]),
        "Everything up to and including fairing separation looked nominal on the webcast. "
        "The first stage, powered by nine engines running on liquid oxygen and propane, "
        "burned for just over two and a half minutes.",
        "The problem came late in the second-stage burn. The company's commentator noted the "
        "cutoff about 40 seconds before the planned end of the burn. Arktis Orbital later "
        "said the stage peaked at 231 km, or roughly 144 miles, comfortably above the "
        "100-kilometer boundary commonly used to define space, before falling into a "
        "pre-cleared zone of the Arctic Ocean.",
        "Without those last 40 seconds of thrust, the stage was several hundred meters per "
        "second short of the velocity needed to stay in orbit.",
        "Arktis Orbital said the stage's guidance system kept working after the cutoff and "
        "the vehicle stayed inside its planned corridor, so the flight termination system "
        'was not needed. Flight director Jonas Kværnes said the team had "a lot of data" to '
        "work through.",
        ("h2", "Payloads lost"),
        "Lodestar carried three cubesats with a combined mass of 27 kg (about 60 pounds): "
        "an Arctic weather-sensing demonstrator from UiT The Arctic University of Norway, a "
        "student radio experiment from Aalto University in Finland, and a shortwave infrared "
        "camera from Montreal startup Borealis Sensing. None was deployed.",
        '"We knew the risk when we signed up for a test flight. We\'re disappointed, but we '
        'will fly again," Borealis Sensing co-founder Étienne Marchand-Roy told OrbitWatch.',
        ("h2", "Context"),
        "The 92-foot-tall Lodestar is designed to place up to about 1,000 kg into low Earth "
        "orbit. Its first flight, in April, ended 41 seconds after liftoff when the vehicle "
        "lost attitude control.",
        '"We went to space today. We did not reach orbit, and we will find out why, but this '
        'is a huge step from April," CEO Marit Lunde Øvergaard told reporters after the '
        "launch.",
        "Henrik Valla, CEO of spaceport operator Andøya Space, said the flight demonstrated "
        'that the site itself works as intended. "Now we need more flights," Valla said.',
        "The Trondheim-based company employs about 260 people and has raised about NOK 1.4 "
        "billion (roughly US$130 million) from investors.",
        "The Norwegian Civil Aviation Authority will oversee the mishap investigation. "
        "Arktis Orbital is targeting a third flight in the first half of 2027.",
        "No European launch startup has yet reached orbit from the continent's mainland. "
        "By reaching space and flying through stage separation and fairing jettison, Lodestar "
        "has retired a large share of the risk, but the early cutoff will need to be "
        "understood before Flight 3.",
    ],
    newsletter=(
        "The OrbitWatch Launch Digest",
        "Every launch, every week, with the numbers that matter. Free every Sunday.",
    ),
    sidebar_title="Recent launch reports",
    sidebar=[
        "Electron launches 4 satellites from Mahia, 58th mission",
        "Ariane 6 flight VA267 deploys Galileo pair",
        "Vega C returns to flight with 1,450 kg Earth-observation payload",
        "Starship Flight 14: booster caught, ship splashes down in Indian Ocean",
        "Esrange: Swedish sounding rocket reaches 260 km",
    ],
    footer="© 2026 OrbitWatch. Independent launch reporting since 2017.",
    metas=[("name", "author", "Dana Whitcombe")],
    tags=["Lodestar", "Arktis Orbital", "Andøya", "Launch report"],
)


# ===========================================================================
# eq-FF6 — Reykjanes peninsula earthquake, Monday 9 November 2026, 03:17 local/GMT
# ===========================================================================

_EQ_A_URL = "https://www.northatlanticwire.example/world/iceland-earthquake-reykjanes-kleifarvatn"
_EQ_A = _page(
    site="North Atlantic Wire",
    slug="naw",
    url=_EQ_A_URL,
    title="Magnitude 5.1 earthquake shakes Iceland's capital region, no injuries reported "
    "| North Atlantic Wire",
    description="A strong earthquake on the Reykjanes peninsula was felt across the Reykjavik "
    "area.",
    nav=["World", "Europe", "Americas", "Business", "Climate", "Science", "Video"],
    cookie=(
        "North Atlantic Wire and selected partners use cookies to deliver content and measure "
        "performance. Accept to continue."
    ),
    crumbs=["World", "Europe"],
    kicker="ICELAND",
    headline="Magnitude 5.1 earthquake shakes Iceland's capital region, no injuries reported",
    standfirst="Quake near Lake Kleifarvatn wakes residents of Reykjavik; authorities raise "
    "alert level for Reykjanes peninsula.",
    byline='By <span class="author">Helen Brody</span>',
    when_html=(
        '<time datetime="2026-11-09T05:10:00+00:00">Published 05:10 GMT</time>'
    ),
    caption="Lake Kleifarvatn on the Reykjanes peninsula, Iceland, in a file photo.",
    credit="North Atlantic Wire/Arnar Thorarensen",
    body=[
        "REYKJAVIK (North Atlantic Wire) - A magnitude 5.1 earthquake struck Iceland's "
        "Reykjanes peninsula early on 10 November, shaking buildings and waking residents "
        "across the Reykjavik area, the Icelandic Meteorological Office (IMO) said. There "
        "were no immediate reports of injuries.",
        "The quake hit at 0317 GMT, which is also local time in Iceland, about 3 km east of "
        "Lake Kleifarvatn and 26 km (16 miles) south of the capital, at a depth of 5.8 km, "
        "according to the IMO.",
        "The IMO's automatic system initially measured the quake at magnitude 4.8, but the "
        "office revised it to 5.1 after a manual review. The U.S. Geological Survey put the "
        "magnitude at 5.0.",
        '"This was a tectonic earthquake caused by plate movements. We see no signs of magma '
        'moving towards the surface at Kleifarvatn," Hrafnhildur Bergsdottir, a natural '
        "hazards specialist at the IMO, told North Atlantic Wire.",
        "More than 90 aftershocks had been recorded by 0500 GMT, the largest of magnitude 3.9 "
        "at 0402 GMT, she said.",
        "The Department of Civil Protection and Emergency Management declared an uncertainty "
        "phase, the lowest of its three alert levels, for the Reykjanes peninsula.",
        '"People should check for cracks and falling objects, and stay away from steep slopes '
        'near the lake," said Gunnar Thor Asgeirsson, head of the department. "This is not '
        'a volcanic event, but we are following it closely."',
        "The earthquake was felt across the capital area, in the town of Reykjanesbaer near "
        "Keflavik international airport, and as far away as Borgarnes, about 75 km north of "
        "Reykjavik. Iceland's airport operator said flights were operating normally.",
        "The IMO said it had received more than 400 reports from people who felt the "
        "earthquake within the first hour. Police said emergency lines received a large number "
        "of calls in the minutes after the quake, but no one had asked for help with injuries.",
        "Police closed the road along Lake Kleifarvatn after rocks fell onto it, and said "
        "they would inspect it once daylight allowed.",
        "Residents described being jolted awake. \"The whole house shook for several seconds "
        "and the pictures fell off the wall,\" said Thordis Einarsdottir, who lives in "
        "Hafnarfjordur, about 20 km north of the epicentre.",
        "Iceland sits on the Mid-Atlantic Ridge, where the North American and Eurasian "
        "plates are moving apart, and earthquakes are common. The Reykjanes peninsula has been "
        "particularly active since 2020.",
        "A series of eruptions has taken place on the Sundhnuksgigar crater row north of the "
        "fishing town of Grindavik, about 20 km west of Kleifarvatn, since December 2023. The "
        "town was evacuated in November 2023 and most residents have not returned.",
        "Bergsdottir said the Kleifarvatn area was known for strong earthquakes linked to "
        "movement along faults rather than to magma, and that the latest quake did not change "
        "the IMO's assessment of the volcanic systems further west.",
        "Monday's earthquake was the strongest recorded on the peninsula this year, the IMO "
        "said. Earthquakes of this size strike the peninsula every few years, geologists say.",
        "(Reporting by Helen Brody; Editing by Lars Petersen)",
    ],
    newsletter=(
        "World Briefing",
        "The stories that matter around the world, in five minutes. Every morning.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "Greenland election: Siumut wins 11 of 31 seats",
        "Faroe Islands fishing quota for mackerel cut by 18%",
        "Norway's oil fund passes 21 trillion crowns",
        "Storm Dagmar leaves 60,000 without power in Sweden",
        "Danish PM to visit Nuuk on 2 December",
    ],
    footer="© 2026 North Atlantic Wire. All rights reserved.",
    metas=[("name", "author", "Helen Brody")],
    jsonld=_news_ld(
        "Magnitude 5.1 earthquake shakes Iceland's capital region, no injuries reported",
        _EQ_A_URL,
        "2026-11-09T05:10:00+00:00",
        None,
        ["Helen Brody"],
        "North Atlantic Wire",
        "World",
    ),
    tags=["Iceland", "Earthquakes", "Reykjanes"],
)

_EQ_B_URL = "https://www.eyjarbroadcasting.example/english/live/earthquake-reykjanes"
_EQ_B = _page(
    site="Eyjar Broadcasting — English",
    slug="eyjar",
    url=_EQ_B_URL,
    title="Live: Strong earthquake on Reykjanes peninsula - Eyjar Broadcasting",
    description="Live updates on the earthquake near Kleifarvatn and its aftershocks.",
    nav=["News", "In English", "Weather", "Volcanoes", "Sport", "TV", "Radio"],
    cookie=(
        "Eyjar Broadcasting uses cookies to measure use of the website. You can accept or "
        "decline analytics cookies."
    ),
    crumbs=["In English", "Live"],
    kicker="LIVE",
    headline="Strong earthquake on Reykjanes peninsula",
    standfirst="An earthquake of magnitude 5.1 struck near Kleifarvatn early this morning and "
    "was felt widely in the capital area. Times are local (GMT).",
    byline='<span class="author">Eyjar English desk: Ásta María Guðmundsdóttir, Paul Kerr'
    "</span>",
    when_html=(
        'First posted <time datetime="2026-11-09T04:05:00+00:00">04:05</time> · Updated '
        '<time datetime="2026-11-09T15:10:00+00:00">15:10</time>'
    ),
    caption="A seismograph at the Icelandic Met Office on Monday morning.",
    credit="Eyjar Broadcasting / Ragnar Þór Sigurðsson",
    body_class="article live-page",
    body=[
        ("entry", "15:10", "2026-11-09T15:10:00+00:00", [
            "The Met Office says about 410 aftershocks have now been recorded since the big "
            "quake. Most are small, below magnitude 2. Activity is slowly decreasing, as "
            "expected.",
            "Road 42 past Kleifarvatn will stay closed at least until tomorrow while the "
            "Road and Coastal Administration assesses the rockfall.",
            "We are closing this live page. Follow our news page for further updates.",
        ]),
        ("entry", "13:55", "2026-11-09T13:55:00+00:00", [
            "Natural Catastrophe Insurance of Iceland says anyone with damage should report "
            "it. So far it has received 23 notifications, mostly about cracked walls and broken "
            "household items.",
        ]),
        ("entry", "12:40", "2026-11-09T12:40:00+00:00", [
            "Shop owners in Hafnarfjörður have been cleaning up this morning. At one "
            "supermarket, dozens of bottles fell from shelves.",
            "No injuries have been reported, the police on Suðurnes and in the capital area "
            "say. Insurers say they have received a handful of claims for minor damage.",
        ]),
        ("entry", "11:30", "2026-11-09T11:30:00+00:00", [
            "The Met Office has now received more than 1,000 reports from people who felt the "
            "earthquake. Most came from the capital area, but there were also reports from "
            "Borgarnes, Selfoss and Hella.",
        ]),
        ("entry", "10:10", "2026-11-09T10:10:00+00:00", [
            "About 250 aftershocks have been detected so far.",
            "Sólveig Hauksdóttir, professor of geophysics at the University of Iceland, says "
            "the peninsula is in a long active period. \"The Reykjanes peninsula is going "
            'through an active period that may last for decades," she says.',
        ]),
        ("entry", "09:20", "2026-11-09T09:20:00+00:00", [
            "Schools in the capital area are open as normal today, the City of Reykjavík says. "
            "Hafnarfjörður municipality says it has inspected two schools and a kindergarten "
            "and found no damage.",
        ]),
        ("entry", "08:30", "2026-11-09T08:30:00+00:00", [
            '"This was a tectonic earthquake, caused by plate movements. We see no signs that '
            'magma is moving towards the surface at Kleifarvatn," says Hrafnhildur '
            "Bergsdóttir, natural hazards specialist at the Icelandic Met Office.",
        ]),
        ("entry", "07:05", "2026-11-09T07:05:00+00:00", [
            "More than 140 aftershocks have been recorded. The largest, of magnitude 3.9, "
            "struck at 04:02.",
            "Road 42 (Krýsuvíkurvegur) along Kleifarvatn has been closed because of rockfall.",
        ]),
        ("entry", "06:10", "2026-11-09T06:10:00+00:00", [
            "Isavia says flights at Keflavík Airport are operating normally. No damage has "
            "been found on the runways.",
        ]),
        ("entry", "05:15", "2026-11-09T05:15:00+00:00", [
            "The National Commissioner of Police, in consultation with the Met Office, has "
            "declared an uncertainty phase for the Reykjanes peninsula.",
            "Gunnar Þór Ásgeirsson, head of Civil Protection, asks people to check their homes "
            "for damage and to avoid steep slopes near the lake.",
        ]),
        ("entry", "04:50", "2026-11-09T04:50:00+00:00", [
            "Dozens of readers have sent us messages. \"It felt like a truck hit the house,\" "
            "writes one reader in Breiðholt. Several say pictures fell off their walls and "
            "that children were woken and frightened.",
        ]),
        ("entry", "04:30", "2026-11-09T04:30:00+00:00", [
            "The Icelandic Met Office has revised the magnitude to 5.1 after a manual review. "
            "The epicentre was about 3 km east of Kleifarvatn, at a depth of 5.8 km.",
            "The quake was felt across the capital area, in Reykjanesbær and as far as "
            "Borgarnes and Selfoss.",
        ]),
        ("entry", "04:05", "2026-11-09T04:05:00+00:00", [
            "A strong earthquake shook the Reykjanes peninsula and the capital area at 03:47 "
            "this morning. The Met Office's first automatic estimate put it at magnitude 4.8.",
            "Many people in Reykjavík and Hafnarfjörður report being woken by the shaking. "
            "The epicentre is near Kleifarvatn, about 25 km south of Reykjavík.",
        ]),
    ],
    newsletter=(
        "Iceland in English",
        "A daily digest of Icelandic news in English, sent every weekday at noon.",
    ),
    sidebar_title="More news in English",
    sidebar=[
        "Central Bank of Iceland holds key rate at 7.0%",
        "Blue Lagoon reopens after two-week closure",
        "Tourist numbers: 214,000 foreign visitors in October",
        "Icelandic women's team qualifies for Euro 2027",
        "Herring season opens with 71,000-tonne quota",
    ],
    footer="© Eyjar Broadcasting 2026. Efstaleiti, Reykjavík.",
    metas=[
        ("property", "article:published_time", "2026-11-09T04:05:00+00:00"),
        ("property", "article:modified_time", "2026-11-09T15:10:00+00:00"),
    ],
    tags=["Earthquake", "Reykjanes", "Live"],
)

_EQ_C_URL = "https://www.reykjavikledger.example/news/night-the-capital-shook"
_EQ_C = _page(
    site="The Reykjavík Ledger",
    slug="rvkledger",
    url=_EQ_C_URL,
    title="The night the capital shook | The Reykjavík Ledger",
    description="Residents describe the earthquake that woke the capital area.",
    nav=["News", "Iceland", "Politics", "Travel", "Culture", "Food", "Opinion"],
    cookie=(
        "We use cookies to keep the site working and to understand what you read. Accept or "
        "reject optional cookies below."
    ),
    crumbs=["News", "Iceland"],
    kicker="EARTHQUAKE",
    headline="The night the capital shook",
    standfirst="A magnitude 5.1 earthquake near Kleifarvatn jolted tens of thousands awake. "
    "Scientists say it was the plates, not magma.",
    byline='By <span class="author">Katrín Lilja Ólafsdóttir</span>',
    when_html='<span class="pubdate">Monday, 9 November 2026</span>',
    caption="Rocks on Road 42 by Kleifarvatn after the earthquake.",
    credit="Photo: Hörður Vilberg / The Reykjavík Ledger",
    body=[
        "Jón Ingi Steinsson was asleep in his flat in Breiðholt when the bed started moving.",
        '"First a bang, like a truck hitting the building, and then the rolling. My wife was '
        'already standing in the doorway," he said on Monday.',
        "The earthquake, which struck at 03:17, was the strongest the capital area has felt "
        "in years. The Icelandic Met Office measured it at magnitude 5.1, revising an initial "
        "automatic reading of 4.8. Its epicentre was about 3 km east of Lake Kleifarvatn, "
        "some 25 km south of Reykjavík, at a depth of about 8.5 km.",
        "No one was injured, the police said, and damage appears to have been limited to "
        "fallen goods in shops, cracked plaster and rockfall onto Road 42 along the lake, "
        "which was closed for the day.",
        ("h2", "'The plates, not magma'"),
        "For many in the capital, the first question was the same as during the Grindavík "
        "crisis: is an eruption coming?",
        "Not this time, said Hrafnhildur Bergsdóttir, a natural hazards specialist at the "
        "Met Office.",
        '"This was a tectonic earthquake caused by plate movements. We see no signs of magma '
        'moving towards the surface at Kleifarvatn," she said.',
        "The size and location of the quake were similar to earlier strong earthquakes in the "
        "area, which tend to come every few years, she added.",
        "The Kleifarvatn area lies on a zone of faults where the plates slide past each "
        "other, she explained. Earthquakes there can be strong, but they are not usually "
        "connected to the magma systems that have fed the eruptions near Grindavík since "
        "December 2023.",
        "Sólveig Ragna Hauksdóttir, professor of geophysics at the University of Iceland, said "
        "the quake fitted a wider pattern.",
        '"The Reykjanes peninsula is going through an active period that may last decades. '
        'People will have to get used to this," she said.',
        ("h2", "Aftershocks through the day"),
        "By mid-afternoon the Met Office had recorded around 400 aftershocks, most of them too "
        "small to be felt. The largest, of magnitude 3.9, came at 04:02 and woke many of those "
        "who had managed to go back to sleep.",
        "The Department of Civil Protection and Emergency Management declared an uncertainty "
        "phase for the peninsula, the lowest of its three alert levels. Its head, Gunnar Þór "
        "Ásgeirsson, said the step was a precaution.",
        '"An uncertainty phase means we watch more closely and make sure everyone has the same '
        'information. It does not mean people need to leave their homes," he said.',
        ("h2", "Bottles on the floor"),
        "In Hafnarfjörður, the nearest town to the epicentre, staff at a supermarket on "
        "Fjarðargata spent the morning sweeping up broken glass.",
        '"Wine, oil, jam, everything on the top shelves came down," said store manager '
        "Birgir Þorleifsson. \"We opened two hours late, but we opened.\"",
        "At a care home in the town, night nurse Dagný Sif Karlsdóttir said several residents "
        "were frightened but nobody was hurt.",
        "At the Met Office, more than 1,200 people had submitted reports of feeling the "
        "earthquake by Monday afternoon, some from as far away as Borgarnes and Selfoss.",
        "The Met Office says it is not possible to predict whether a larger earthquake will "
        "follow, but that strong aftershocks are less likely as the days pass.",
    ],
    newsletter=(
        "The Ledger Weekly",
        "Iceland's week in news, culture and politics, every Friday in your inbox.",
    ),
    sidebar_title="Most read",
    sidebar=[
        "Rent in Reykjavík up 6% in a year, new figures show",
        "Whale watching company fined 3 million krónur",
        "Parliament approves new bridge over Ölfusá",
        "Snow in the capital: up to 15 cm expected on Wednesday",
        "Restaurant review: a new fish bistro at Grandi",
    ],
    footer="© The Reykjavík Ledger 2026. All rights reserved.",
    metas=[("name", "author", "Katrín Lilja Ólafsdóttir")],
    tags=["Earthquake", "Reykjanes", "Hafnarfjörður"],
)

_EQ_D_URL = "https://seismowatchdaily.example/events/iceland-reykjanes-m5"
_EQ_D = _page(
    site="SeismoWatch Daily",
    slug="seismowatch",
    url=_EQ_D_URL,
    title="M5.0 earthquake, Reykjanes Peninsula, Iceland | SeismoWatch Daily",
    description="Event summary: M5.0 (USGS) / M5.1 (IMO) earthquake near Kleifarvatn, Iceland.",
    nav=["Latest quakes", "Event pages", "Volcano watch", "Explainers", "Maps", "Subscribe"],
    cookie=(
        "SeismoWatch Daily uses cookies for site analytics. We do not sell your data."
    ),
    crumbs=["Event pages", "Europe"],
    kicker="EVENT SUMMARY",
    headline="M5.0 earthquake rattles Iceland's Reykjanes Peninsula and Reykjavík",
    standfirst="A shallow strike-slip quake near Lake Kleifarvatn was felt widely in "
    "southwest Iceland. Hundreds of aftershocks followed.",
    byline='By <span class="author">Mark Delaney</span>, SeismoWatch Daily',
    when_html=(
        '<time datetime="2026-11-09T09:45:00-05:00">Nov. 9, 2026, 9:45 a.m. EST</time>'
    ),
    caption="USGS shaking intensity map for the Reykjanes Peninsula earthquake.",
    credit="Map: USGS ShakeMap / SeismoWatch Daily",
    body=[
        "A moderate earthquake struck Iceland's Reykjanes Peninsula late Sunday, Nov. 8, "
        "Eastern time, shaking the capital region in the middle of the night local time.",
        "The quake occurred at 10:17 p.m. EST Sunday, which was 03:17 UTC on Monday, Nov. 9, "
        "in Iceland, where local time is the same as UTC year-round.",
        ("h2", "Event parameters"),
        ("ul", [
            "Magnitude: 5.0 (USGS); 5.1 (Icelandic Meteorological Office, revised from an "
            "automatic 4.8)",
            "Time: 03:17 UTC / 03:17 local, Monday, Nov. 9",
            "Location: about 3 km (2 miles) east of Lake Kleifarvatn, 26 km (16 miles) south "
            "of Reykjavík",
            "Depth: 5.8 km (3.6 miles), per the Icelandic Meteorological Office",
            "Aftershocks: more than 350 as of 14:00 UTC",
        ]),
        "Magnitude differences between agencies are normal. The USGS uses data from its "
        "global network and a body-wave or moment magnitude, while the Icelandic "
        "Meteorological Office (IMO) uses its dense local network and its own local "
        "magnitude scale. A difference of 0.1 is well within the usual spread.",
        "The IMO's first automatic estimate was 4.8. After a seismologist reviewed the data, "
        "the office raised it to 5.1 about an hour after the event.",
        ("h2", "What happened"),
        "The Reykjanes Peninsula sits where the Mid-Atlantic Ridge comes ashore. In the "
        "Kleifarvatn area, the plate boundary is mostly a strike-slip zone, where blocks of "
        "crust slide horizontally past one another, similar in style to California's San "
        "Andreas system, though far smaller.",
        "The USGS focal mechanism for the quake is consistent with strike-slip faulting on a "
        "north-south trending fault, a common pattern in the area.",
        "IMO natural hazards specialist Hrafnhildur Bergsdóttir said the quake was tectonic, "
        "caused by plate movements, and that there were no signs of magma moving toward the "
        "surface at Kleifarvatn.",
        "That is an important distinction. Farther west, the Sundhnúkur crater row near the "
        "town of Grindavík has produced a series of eruptions since December 2023, fed by "
        "magma accumulating a few kilometers below the surface. Monday's quake was about 20 km "
        "(12 miles) east of that system.",
        ("h2", "Shaking and impact"),
        "Shaking was felt throughout the Reykjavík capital area, home to about two-thirds of "
        "Iceland's population of roughly 390,000. The USGS estimated light to moderate "
        "shaking in the nearest towns. Falling rocks closed the road along Lake Kleifarvatn, "
        "and there were reports of goods falling from shelves in Hafnarfjörður. No injuries "
        "were reported.",
        "The USGS estimated that light shaking (intensity IV) reached central Reykjavík, "
        "enough to rattle windows and wake sleepers, while moderate shaking (intensity V) was "
        "likely within about 15 km of the epicenter. Roughly 1,000 people submitted \"Did You "
        "Feel It?\" reports to the USGS within the first few hours, in addition to reports "
        "sent to the IMO.",
        "Iceland's Department of Civil Protection and Emergency Management raised the alert "
        "level for the peninsula to an uncertainty phase, its lowest level.",
        ("h2", "Aftershocks"),
        "The IMO had counted more than 350 aftershocks by 9 a.m. EST, the largest a "
        "magnitude 3.9 at 04:02 UTC. Aftershock rates typically fall off quickly in the first "
        "days, but a larger event cannot be ruled out.",
        "The IMO located the aftershocks along a zone roughly 4 km (2.5 miles) long, trending "
        "north-south, consistent with the fault orientation in the USGS solution.",
        "Monday's quake was the strongest on the peninsula so far this year, according to "
        "the IMO.",
        "This page will be updated if the USGS or IMO revises the event parameters.",
    ],
    newsletter=(
        "The SeismoWatch Weekly",
        "Every significant quake worldwide, explained. Sent every Monday.",
    ),
    sidebar_title="Recent significant quakes",
    sidebar=[
        "M6.4 — Kermadec Islands, New Zealand, 35 km depth",
        "M5.6 — Central Italy, felt in Rome",
        "M4.2 — Near Ridgecrest, California",
        "M6.9 — Off the coast of Hokkaido, tsunami advisory lifted",
        "M4.7 — Jan Mayen region",
    ],
    footer="© 2026 SeismoWatch Daily. Data courtesy of USGS, EMSC and national agencies.",
    metas=[("name", "author", "Mark Delaney")],
    jsonld=_news_ld(
        "M5.0 earthquake rattles Iceland's Reykjanes Peninsula and Reykjavík",
        _EQ_D_URL,
        "2026-11-09T09:45:00-05:00",
        None,
        ["Mark Delaney"],
        "SeismoWatch Daily",
        "Event pages",
    ),
    tags=["Iceland", "Reykjanes", "M5"],
)


# ===========================================================================
# The battery
# ===========================================================================

STORIES: list[dict] = [
    {
        "id": "cb-FF1",
        "part": "FF",
        "domain": "central bank",
        "fetched": "2026-09-18",
        "articles": [
            {"url": _CB_A_URL, "html": _CB_A},
            {"url": _CB_B_URL, "html": _CB_B},
            {"url": _CB_C_URL, "html": _CB_C},
            {"url": _CB_D_URL, "html": _CB_D},
        ],
        "planted": [
            ("governor surname misspelled", r"\bhaugland\b", r"\bhauglund\b"),
            ("decision weekday", r"\bthursday\b", r"\bwednesday\b"),
            ("august core inflation", r"\b3\.1\b", r"\b3\.6\b"),
        ],
    },
    {
        "id": "el-FF2",
        "part": "FF",
        "domain": "election",
        "fetched": "2026-10-21",
        "articles": [
            {"url": _EL_A_URL, "html": _EL_A},
            {"url": _EL_B_URL, "html": _EL_B},
            {"url": _EL_C_URL, "html": _EL_C},
            {"url": _EL_D_URL, "html": _EL_D},
        ],
        "planted": [
            ("winner's final vote share", r"\b44\.6\b", r"\b46\.4\b"),
            ("place of victory speech", r"\btimberlea\b", r"\bspryfield\b"),
            ("runner-up's former portfolio", r"\bfinance minister\b", r"\bhealth minister\b"),
        ],
    },
    {
        "id": "ct-FF3",
        "part": "FF",
        "domain": "court",
        "fetched": "2026-10-21",
        "articles": [
            {"url": _CT_A_URL, "html": _CT_A},
            {"url": _CT_B_URL, "html": _CT_B},
            {"url": _CT_C_URL, "html": _CT_C},
            {"url": _CT_D_URL, "html": _CT_D},
        ],
        "planted": [],
    },
    {
        "id": "tr-FF4",
        "part": "FF",
        "domain": "trade",
        "fetched": "2026-11-05",
        "articles": [
            {"url": _TR_A_URL, "html": _TR_A},
            {"url": _TR_B_URL, "html": _TR_B},
            {"url": _TR_C_URL, "html": _TR_C},
        ],
        "planted": [],
    },
    {
        "id": "rk-FF5",
        "part": "FF",
        "domain": "rocket",
        "fetched": "2026-11-20",
        "articles": [
            {"url": _RK_A_URL, "html": _RK_A},
            {"url": _RK_B_URL, "html": _RK_B},
            {"url": _RK_C_URL, "html": _RK_C},
        ],
        "planted": [],
    },
    {
        "id": "eq-FF6",
        "part": "FF",
        "domain": "earthquake",
        "fetched": "2026-11-10",
        "articles": [
            {"url": _EQ_A_URL, "html": _EQ_A},
            {"url": _EQ_B_URL, "html": _EQ_B},
            {"url": _EQ_C_URL, "html": _EQ_C},
            {"url": _EQ_D_URL, "html": _EQ_D},
        ],
        "planted": [
            ("date of the earthquake", r"\b9 november\b|\bnov(?:ember|\.)? 9\b",
             r"\b10 november\b|\bnov(?:ember|\.)? 10\b"),
            ("time of the earthquake", r"\b0?3[:.]?17\b", r"\b0?3[:.]?47\b"),
            ("depth of the earthquake", r"\b5\.8\b", r"\b8\.5\b"),
        ],
    },
]
