"""Story battery, part GB — Central Asia and the Caucasus (Kazakhstan, Uzbekistan, Kyrgyzstan, Georgia, Armenia, Azerbaijan), events in 2026.

Written by engineer GB1 on 2026-12-07 for the twenty-sixth batch, a precision batch: most
differences between the outlets below are legitimate variation that a careful editor would
accept, and only the planted items are real contradictions. All outlets, reporters, companies,
most officials and all figures are invented; institutions and places are real.

cb-GB1 (central bank). The National Bank of Kazakhstan cuts its base rate from 16.5% to 16.0% on
Friday 16 October 2026 (announced 12:00 Astana = 07:00 GMT). PLANTED (3): (1) the weekday of the
decision: Friday everywhere, "Thursday" in Astana Business Daily; (2) the deputy governor's
surname: Berik Zhaksylykov everywhere, "Zhasylkov" on the CBN live page; (3) September annual
inflation: 11.2% everywhere, "12.1%" in Emerging Rates Review. Outlets: Steppe Wire (wire,
JSON-LD), Astana Business Daily (local newspaper, meta date), CBN Caspian Broadcasting Network
(broadcaster live page, no machine-readable date, GMT stamps), Emerging Rates Review
(specialist, JSON-LD, London offset). Traps: 16.0% / 16 per cent / 16.00%; 50 basis points /
half a percentage point / 0.5 pp / 50bp; old rate 16.5% and April's cut from 17%; corridor
15-17%; noon Astana vs 07:00 GMT; annual CPI vs monthly 0.6% vs core 10.4% vs household
expectations 12.6% vs analysts' expectations 10.1%; forecasts for 2026 (10.5-11.5%, previously
11-12.5%) and 2027 (8-10%), target 5%; poll forecasts (seven of 11 for 16%, three for 16.25%);
tenge at 517.80 before, 518.60 at 11:00 GMT, 518.10 at 09:30 GMT, 519.35 at the close; $1.2bn
National Fund sales = about 621 billion tenge, monthly average $1.1bn, October guidance
$1.0-1.1bn; governor with and without patronymic (Daniyar Serikuly Sarsenbayev); title with and
without qualifier ("Governor of the National Bank"); two different chief economists (Orda
Securities, Tumar Invest); real-rate 5.9%, two-year yield 14.85%, business loans 21.4%,
mortgages 19.8%; quote in slightly different wordings; other regional central banks' rates in
background.

el-GB2 (election). Direct election of the akim of Konaev, Almaty region, Kazakhstan, Sunday 20
September 2026; final results Monday 21 September at 15:00. CONTROL (no planted item). Outlets:
Jetisu Today (local newspaper, meta date), QazNews 24 (broadcaster live page through the night,
no machine-readable date), Eurasia Wire (wire, JSON-LD). Traps: preliminary result at about
02:10 with 36 of 41 stations (48.9%, runoff looked possible) vs final 51.3%; partial count at
23:45 (47.2%); exit poll 54%/28% vs results; turnout 11.9% (10:00), 27.5% (14:00), 38.4%
(18:00), 46.3% preliminary, 46.7% final; regional average turnout 44.1% (different measure,
different commission chair); 13,752 votes vs "about 13,750"; margin "just over 350" / "roughly
350"; polls closed 20:00 local = 15:00 GMT, 2 a.m. Monday = 21:00 GMT Sunday; five candidates
registered, one withdrew on 12 September, four on the ballot; winner with and without
patronymic; the wire names only the top two; city and regional commission chairs (different
people, similar roles); quotes in slightly different wordings; population about 100,000 vs
58,412 registered voters; background elections in 2021 and 2024.

ct-GB3 (court). The Constitutional Court of Georgia (seat in Batumi) strikes down the 500-lari
annual fee on short-term rental units but upholds registration, Tuesday 14 July 2026, read at
noon (08:00 GMT). PLANTED (3): (1) the fee vote split: six votes to three / 6-3 elsewhere, "5-4"
in Black Sea Newswire; (2) the place of the court sitting: Batumi elsewhere, "Kutaisi" in the
Tbilisi Herald; (3) Irakli Tsereteli's title: deputy (economy) minister elsewhere, "Deputy
Finance Minister" on Mtkvari TV. Outlets: Caucasus Law Report (specialist, JSON-LD), Tbilisi
Herald (newspaper, meta date), Mtkvari TV (broadcaster, no machine-readable date), Black Sea
Newswire (wire, JSON-LD, published one hour after the ruling). Traps: fee vote 6-3 vs the
unanimous vote on registration; 500 lari = about $185 = roughly 170 euros; planned rise to 800
lari in 2027; fines up to 2,000 lari; 18,900 registered units (Tbilisi and Adjara) vs 12,600 in
Tbilisi alone vs 24,300 / "more than 24,000" listings; fees paid for 11,400 units, 5.7 million
lari = about $2.1 million; projected revenue 9 million lari a year; 37 individual hosts; law
adopted December 2025, in force 1 March, complaint 12 March, hearing 19 May, registration
deadline 1 September; three dissenters named in one outlet, only one named elsewhere; court
president vs judge rapporteur vs parliament's lawyer vs hosts' lawyer; "chair" / "chairwoman" /
"head" of the association; the same quote in different wordings; tourism figures (3.9 million
trips, 1.4 million visitors, 78% occupancy).

tr-GB4 (trade). Uzbekistan's foreign trade in January-September 2026, released by the Statistics
Agency on Tuesday 20 October 2026 at 10:00 Tashkent time. CONTROL. Outlets: Tashkent Courier
(newspaper, meta date), Central Asia Trade Monitor (specialist, JSON-LD, next day, Central
European offset), Orient TV (broadcaster, no machine-readable date). Traps: turnover $56.38bn /
"more than $56 billion", +14.2% / "about 14 percent"; exports +17.8% and imports +11.6%
(different growth measures); $24.12bn vs $24.1bn, $32.26bn vs $32.3bn; deficit $8.14bn / about
$8.1bn vs last year's $8.43bn; previous year's turnover $49.38bn; gold $7.91bn (32.8%, "nearly a
third", +24.2%) vs non-gold exports $16.21bn (+14.9%); partner shares vs dollar values (China
19.4% = $10.94bn, "almost a fifth"); first half $36.9bn, third quarter $19.48bn, September
$6.9bn; target $80bn vs forecasts $76-78bn / $76.5-78.0bn / about $77bn; Q4 needed $23.6bn; soum
equivalents (711, 304 and 407 trillion soums at about 12,620 per dollar); textiles $2.41bn /
$2.4bn; fruit and vegetables $1.38bn / almost $1.4bn; exporter counts; deputy agency director vs
deputy minister (different people with similar roles); the zero-duty measure of 1 July; central
bank rate 13.5% in background.

rk-GB5 (rocket). A Soyuz-2.1b/Fregat-M launches Kazakhstan's Tengri-EO1 Earth-observation
satellite from Baikonur Site 31 on Saturday 21 November 2026 at 09:41 Astana time (04:41:17 UTC,
07:41:17 Moscow); it had been scheduled for Thursday 19 November. CONTROL. Outlets: Orbital
Dispatch (specialist, JSON-LD, UTC), Qazaq Chronicle (local newspaper, meta date), KTV24
(broadcaster live page, Astana times, no machine-readable date). Traps: three time zones for
liftoff; separation 06:14 UTC = 11:14 Astana; first signal 06:52 UTC = 11:52 Astana; old vs new
launch date; mass 1,140 kg / 2,513 lb / about 1.1 tonnes; orbit 620 km / 385 miles; resolution
0.7 m / 70 centimetres vs multispectral 2.8 m; 18 secondary payloads vs 12 CubeSats vs three
student CubeSats vs six larger smallsats; design life seven years vs up to ten years; cost $142
million = 73 billion tenge; names with and without patronymics (Kassymov, Baimukhanova); "chief
executive" vs "general director"; minister vs Aerospace Committee spokesman vs Roscosmos;
KazEOSat-1 and -2 (2014) in background; temperature minus 9.

eq-GB6 (earthquake). An earthquake strikes Toguz-Toro district, Jalal-Abad region, Kyrgyzstan,
about 18 km south-east of Kazarman, at 03:17 local time on Wednesday 22 April 2026 (21:17 UTC on
Tuesday 21 April). PLANTED (3): (1) the local clock time: 03:17 elsewhere, "03:47" in the Osh
Evening Post; (2) the epicentre: near Kazarman elsewhere, "near the town of Toktogul" from the
Tien Shan News Agency; (3) the USGS magnitude: 5.9 elsewhere, "6.3" on the Bishkek 24 live page.
Outlets: Tien Shan News Agency (wire, early, JSON-LD), Bishkek 24 (broadcaster live page, no
machine-readable date, local stamps), Osh Evening Post (newspaper, meta date, evening), Seismic
Desk (specialist, JSON-LD, next day, UTC). Traps: local date/weekday vs UTC date/weekday;
magnitudes from different agencies (USGS Mw 5.9, Kyrgyz institute 6.1 / K 14.2, EMSC 6.0) and
depths (12, 15, 10 km; 7.5 and 9.3 miles); origin times 21:17:42 UTC vs 03:17:40 local;
intensity 7-8 MSK-64 vs magnitude; toll growing over the day (2 dead/14 injured, 3/22, 4/29,
5/38) with stamps and publication times; damaged houses 120, 430, 640 (85 destroyed);
aftershocks nine by 6 a.m., 17 by 09:10, 23 in the first 18 hours, largest 4.4 at 05:02 local =
23:02 UTC; rescuers 210 then 350; 50 million som = about $570,000; Bishkek 170 km / 105 miles,
Jalal-Abad 95 km / 59 miles; in hospital 6, then 11; regional emergency chief vs minister vs
ministry spokeswoman vs presidential envoy; background quakes of 1992 and March 2019.
"""
from __future__ import annotations

import html
import json

# ---------------------------------------------------------------------------
# Page skeleton helpers.  Only the furniture (head, cookie banner, navigation,
# share buttons, newsletter box, sidebar, footer) is built here; every
# article's prose is written out in full in the story sections below.
# ---------------------------------------------------------------------------


def _e(text: str) -> str:
    """Escape text for an HTML text node."""
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    """Escape text for an HTML attribute value."""
    return html.escape(text, quote=True)


def _paras(text: str) -> list[str]:
    """Split an article text into paragraphs (blank-line separated)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return [" ".join(line.strip() for line in b.splitlines()) for b in blocks]


def _body(text: str) -> str:
    """Render paragraphs; '## ' starts a subheading, '@@ ' a live-update stamp."""
    out = []
    for para in _paras(text):
        if para.startswith("## "):
            out.append(f"<h2>{_e(para[3:])}</h2>")
        elif para.startswith("@@ "):
            out.append(f'<h3 class="update-stamp">{_e(para[3:])}</h3>')
        else:
            out.append(f"<p>{_e(para)}</p>")
    return "\n".join(out)


def _page(
    *,
    site: str,
    url: str,
    title: str,
    headline: str,
    dek: str,
    byline: str,
    text: str,
    section: str,
    nav: tuple[str, ...],
    sidebar: tuple[str, ...],
    sidebar_title: str = "Most read",
    date_mode: str = "none",
    published: str | None = None,
    modified: str | None = None,
    visible_date: str = "",
    caption: str = "",
    credit: str = "",
    newsletter: str = "Get the morning briefing in your inbox",
    cookie: str = "We use cookies to personalise content and to analyse our traffic.",
    author_type: str = "Person",
    kind: str = "article",
    tags: tuple[str, ...] = (),
) -> str:
    """Build a whole, scraper-realistic news page around one article text.

    date_mode: "jsonld" (NewsArticle JSON-LD with datePublished),
    "meta" (article:published_time meta tag) or "none" (no machine-readable
    date anywhere on the page; only whatever visible_date says).
    """
    host = url.split("/")[2].removeprefix("www.")
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_a(dek)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_a(headline)}">',
        f'<meta property="og:site_name" content="{_a(site)}">',
        f'<meta property="og:url" content="{_a(url)}">',
        f'<meta property="og:image" content="https://static.{host}/img/share-default.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{_a(url)}">',
        f'<link rel="stylesheet" href="https://static.{host}/css/site.min.css">',
    ]
    if date_mode == "meta" and published:
        head.append(f'<meta property="article:published_time" content="{_a(published)}">')
        if modified:
            head.append(f'<meta property="article:modified_time" content="{_a(modified)}">')
        head.append(f'<meta property="article:section" content="{_a(section)}">')
    if date_mode == "jsonld" and published:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "description": dek,
            "datePublished": published,
            "dateModified": modified or published,
            "author": {"@type": author_type, "name": byline},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
            "articleSection": section,
        }
        head.append('<script type="application/ld+json">')
        head.append(json.dumps(ld, ensure_ascii=False, indent=1))
        head.append("</script>")
    head.append(
        '<script async src="https://static.' + host + '/js/analytics.js"></script>'
    )
    head.append("</head>")

    nav_items = "\n".join(
        f'<li><a href="/{_a(n.lower().replace(" ", "-"))}/">{_e(n)}</a></li>' for n in nav
    )
    side_items = "\n".join(
        f'<li><a href="/story/{i + 1}">{_e(s)}</a></li>' for i, s in enumerate(sidebar)
    )
    tag_items = " ".join(f'<a class="tag" href="/tag/{i}">{_e(t)}</a>' for i, t in enumerate(tags))
    date_html = f'<span class="dateline-date">{_e(visible_date)}</span>' if visible_date else ""
    figure = ""
    if caption:
        figure = (
            '<figure class="lead-image">\n'
            f'<img src="https://static.{host}/img/lead.jpg" alt="{_a(caption)}" loading="lazy">\n'
            f"<figcaption>{_e(caption)} <span class=\"credit\">{_e(credit)}</span></figcaption>\n"
            "</figure>"
        )
    body = [
        f'<body class="{kind}-page">',
        '<a class="skip-link" href="#main-content">Skip to content</a>',
        '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookies">',
        f"<span>{_e(cookie)} See our <a href=\"/privacy/\">privacy notice</a>.</span>",
        '<button type="button" class="btn-accept">Accept all</button>',
        '<button type="button" class="btn-settings">Manage preferences</button>',
        "</div>",
        '<header class="site-header">',
        f'<a class="site-logo" href="/">{_e(site)}</a>',
        '<nav class="main-nav" aria-label="Main navigation">',
        f"<ul>\n{nav_items}\n</ul>",
        "</nav>",
        '<a class="subscribe-link" href="/subscribe/">Subscribe</a>',
        '<a class="login-link" href="/account/login/">Sign in</a>',
        "</header>",
        '<main id="main-content">',
        f'<article class="story story--{kind}">',
        f'<div class="kicker"><a href="/{_a(section.lower().replace(" ", "-"))}/">'
        f"{_e(section)}</a></div>",
        f"<h1>{_e(headline)}</h1>",
        f'<div class="standfirst">{_e(dek)}</div>',
        f'<div class="byline"><span class="author">{_e(byline)}</span> {date_html}</div>',
        '<ul class="share-tools" aria-label="Share this article">',
        '<li><a href="#share-facebook">Share on Facebook</a></li>',
        '<li><a href="#share-x">Share on X</a></li>',
        '<li><a href="#share-telegram">Telegram</a></li>',
        '<li><a href="#share-email">Email</a></li>',
        '<li><button type="button">Copy link</button></li>',
        "</ul>",
        figure,
        '<div class="article-body">',
        _body(text),
        "</div>",
        f'<div class="story-tags">{tag_items}</div>',
        "</article>",
        '<aside class="newsletter-box">',
        f"<h2>{_e(newsletter)}</h2>",
        '<form action="/newsletter/subscribe" method="post">',
        '<label for="nl-email">Email address</label>',
        '<input id="nl-email" type="email" name="email" placeholder="you@example.com">',
        '<button type="submit">Sign up</button>',
        "</form>",
        '<small>You can unsubscribe at any time. By signing up you accept our terms.</small>',
        "</aside>",
        '<aside class="sidebar" aria-label="' + _a(sidebar_title) + '">',
        f"<h2>{_e(sidebar_title)}</h2>",
        f"<ol>\n{side_items}\n</ol>",
        "</aside>",
        "</main>",
        '<footer class="site-footer">',
        '<ul class="footer-links">',
        '<li><a href="/about/">About us</a></li>',
        '<li><a href="/contact/">Contact</a></li>',
        '<li><a href="/advertise/">Advertise</a></li>',
        '<li><a href="/privacy/">Privacy</a></li>',
        '<li><a href="/terms/">Terms of use</a></li>',
        "</ul>",
        f"<p class=\"copyright\">&copy; 2026 {_e(site)}. All rights reserved. "
        "Reproduction without permission is prohibited.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(head + [line for line in body if line]) + "\n"


# ===========================================================================
# cb-GB1 — National Bank of Kazakhstan base-rate decision, Friday 16 October 2026
# ===========================================================================

_CB_A_TEXT = """
ASTANA, Oct 16 (Steppe Wire) - The National Bank of Kazakhstan cut its base rate by 50 basis
points to 16.0% on Friday, its first reduction since April, saying inflation had slowed faster
than it projected in the summer but warning that it was in no hurry to ease further.

The decision, announced at noon in Astana (0700 GMT), matched the forecast of seven of 11
economists polled by Steppe Wire last week. Three had expected a smaller cut to 16.25% and one
had predicted no change. The bank had held the rate at 16.5% at its two previous meetings, in
June and on Aug. 28.

The interest rate corridor was moved to 15.0%-17.0%, keeping its width at one percentage point
either side of the base rate, the bank said in a statement.

Annual consumer price inflation eased to 11.2% in September from 11.8% in August, according to
the Bureau of National Statistics. Prices rose 0.6% month on month. Core inflation, which
excludes volatile items such as fuel and fresh produce, slowed to 10.4%.

"Disinflation is proceeding more steadily than we expected in the summer, and this gives us room
for a cautious step," Governor Daniyar Sarsenbayev told a news conference after the decision.
"This is not the start of a rapid easing cycle, and the market should not read it that way."

The bank now expects inflation to end the year between 10.5% and 11.5%, compared with a range of
11.0% to 12.5% in its August projections, and to slow to 8%-10% in 2027. Its medium-term target
remains 5%.

Deputy Governor Berik Zhaksylykov said pressure from regulated utility tariffs would persist
into the first quarter of next year. "Tariff indexation alone will add roughly 0.8 percentage
points to inflation over the next six months," he said, adding that the bank would watch fuel
prices closely after the government lifted a price cap on diesel in September.

The tenge was little changed after the announcement. It traded at 518.60 per dollar on the
Kazakhstan Stock Exchange at 1100 GMT, compared with 517.80 shortly before the decision.

The central bank, which manages the oil-funded National Fund, said it had sold $1.2 billion of
the fund's foreign currency assets in September to finance transfers to the state budget, and
expected sales of $1.0 billion to $1.1 billion in October.

"The message was dovish on the numbers but hawkish on the words," said Aigerim Tulegenova, chief
economist at Orda Securities in Almaty. "We pencil in one more cut of 50 basis points, but in
the first quarter rather than in November."

Kazakhstan's economy grew 5.8% year on year in January-September, according to preliminary
government data, supported by higher oil output and a boom in construction. Sarsenbayev said
strong domestic demand remained a risk, noting that consumer lending had grown 24% over the past
12 months.

The National Bank cut the rate from 17.0% to 16.5% in April after a pause of more than a year.
Friday's move still leaves Kazakhstan's policy rate among the highest in the region.

The next scheduled rate decision is on Nov. 27.

(Reporting by Nurlan Yessimov; Editing by Helen Cartwright)
"""

_CB_B_TEXT = """
The National Bank of Kazakhstan lowered its base rate to 16 per cent on Thursday from 16.5 per
cent, its first cut in six months, but its governor told borrowers and investors not to expect a
string of further reductions before the new year.

The decision was announced at 12:00 Astana time. The bank also moved the interest rate corridor
down by the same half a percentage point, to between 15 and 17 per cent.

Speaking to journalists at the bank's headquarters, the Governor of the National Bank, Daniyar
Serikuly Sarsenbayev, said the decline in inflation had been "steadier than we expected in
summer, which gives us space for a careful step". He added: "I want to be clear that this is not
the beginning of fast easing."

Annual inflation stood at 11.2 per cent in September, down from 11.8 per cent a month earlier,
according to the Bureau of National Statistics. Food prices rose 9.7 per cent over the year,
non-food goods 10.9 per cent and paid services 13.6 per cent, with utility tariffs still the
main driver.

The bank expects inflation to fall to between 10.5 and 11.5 per cent by December. In August it
had projected a range of 11 to 12.5 per cent.

Deputy Governor Berik Zhaksylykov said the National Bank would keep a close eye on fuel prices
after the government removed the cap on diesel prices last month. Petrol and diesel prices at
Astana filling stations rose by between 4 and 7 per cent in September, according to the
statistics bureau.

For businesses, the cut will take time to feed through. The average interest rate on new tenge
loans to companies was 21.4 per cent in August, while new mortgage loans outside state
programmes carried an average rate of 19.8 per cent, according to National Bank data.

"Sixteen per cent is still a lot of money for a small business," said Timur Akhmetov, who runs a
furniture workshop with 14 employees on the outskirts of Astana. "I borrowed at 22 per cent last
year. If rates come down to 14 or 15, I will think about a new line of machines, but not
before."

Askar Baimagambetov, executive director of the Kazakhstan Lenders' Forum, an industry group,
said banks were likely to reduce deposit rates faster than loan rates. "The first thing
customers will see is lower returns on their tenge deposits," he said. "Loan rates follow with a
lag of two or three months."

The tenge weakened slightly during the session. At the close of trading on the Kazakhstan Stock
Exchange it stood at 519.35 per dollar, compared with 517.80 before the announcement.

The National Bank also reported that it sold $1.2 billion from the National Fund in September,
the equivalent of about 621 billion tenge, to finance transfers to the republican budget. Such
sales support the tenge because the dollars are sold on the domestic market.

The bank last cut the rate in April, when it lowered it from 17 to 16.5 per cent. It then left
the rate unchanged in June and on 28 August.

Economists at Orda Securities expect one more cut of half a percentage point in the first
quarter of 2027. The next decision on the base rate is scheduled for 27 November.
"""

_CB_C_TEXT = """
@@ 06:40 GMT

Good morning and welcome to our live coverage of the National Bank of Kazakhstan's base rate
decision. The announcement is due at 12:00 Astana time, which is 07:00 GMT. The rate currently
stands at 16.5%, where it has been since April.

Most analysts expect a cut of half a percentage point today. Annual inflation slowed to 11.2% in
September, the lowest reading in almost two years, giving the bank room to move.

@@ 07:01 GMT

Breaking: the National Bank has cut its base rate by 0.5 percentage points to 16%. The interest
rate corridor is now 15% to 17%.

@@ 07:08 GMT

In its statement, the bank says inflation is slowing "faster than projected in the summer", but
warns that inflation expectations remain elevated. Households surveyed in September expected
prices to rise by 12.6% over the next year, the statement says.

@@ 07:20 GMT

A quick reminder of where we have been. The bank lowered the rate from 17% to 16.5% in April and
then kept it on hold in June and at its last meeting on 28 August.

@@ 07:35 GMT

First reaction from the market. Kanat Zhumabekov, chief economist at Tumar Invest, tells CBN the
decision was "exactly what was priced in". "The question now is the tone of the governor. If he
signals a pause, the tenge will hardly move," he said.

@@ 08:05 GMT

Governor Daniyar Sarsenbayev is speaking at the news conference in Astana. "Disinflation is
proceeding more steadily than we had expected in summer, and that gives us room for a cautious
step," he says. He stresses that today's move is "not the start of a rapid easing cycle".

@@ 08:15 GMT

The governor says the bank now forecasts year-end inflation at 10.5% to 11.5%. For 2027 the
forecast is 8% to 10%. The target remains 5% in the medium term. Economic growth is running at
5.8% for the first nine months of the year, he adds, and domestic demand is still strong.

@@ 08:20 GMT

Deputy Governor Berik Zhasylkov is now taking questions on utility tariffs. He says tariff
increases will add about 0.8 percentage points to inflation in the next six months. "We see this
as a temporary factor, but we cannot ignore it," he said.

@@ 08:40 GMT

Sarsenbayev was asked about the National Fund. The bank sold $1.2bn of the fund's assets in
September. He says the sales were "in line with the budget law" and were not an intervention to
support the tenge.

@@ 09:30 GMT

On the Kazakhstan Stock Exchange, the tenge is trading at 518.10 per dollar, little changed from
the morning. Traders we spoke to said the decision had been fully expected.

@@ 10:05 GMT

Our business correspondent Madina Orazbayeva has been speaking to shoppers in Almaty. Most said
they had not noticed prices falling. "Meat and vegetables still cost more every month," said
pensioner Lyudmila Kim. "Sixteen or sixteen and a half, it makes no difference to me."

@@ 10:20 GMT

What does this mean for borrowers? Banks usually adjust deposit rates within days, while loan
rates follow more slowly. The average rate on new business loans was 21.4% in August. We will
leave our live coverage here. The next rate decision is due on 27 November.
"""

_CB_D_TEXT = """
The National Bank of Kazakhstan (NBK) lowered its base rate by 50bp to 16.00% on Friday, in line
with consensus, while making clear that the easing cycle will be gradual. The interest rate
corridor was shifted down to 15.00-17.00%.

The headline numbers gave the NBK cover for the move. Annual CPI inflation slowed to 12.1% in
September, and monthly inflation of 0.6% was among the lowest prints of the year. Core inflation
eased to 10.4%. NBK staff now see inflation ending 2026 in a 10.5-11.5% range, down from
11.0-12.5% in the August forecast round, and at 8-10% in 2027, against a medium-term target of
5%.

Governor Daniyar Sarsenbayev described the decision as "a cautious step" made possible because
disinflation was "proceeding more steadily" than expected in the summer. He went out of his way,
however, to stress that the cut was "not the start of a rapid easing cycle". Deputy Governor
Berik Zhaksylykov flagged upside risks from utility tariff indexation, which he estimated would
add around 0.8pp to headline inflation over six months.

## Real rates stay high

Measured against the analysts' consensus for 12-month-ahead inflation of 10.1%, the ex-ante real
policy rate is about 5.9%, still well above the NBK's estimate of a neutral real rate of
1.5-2.5%. Household inflation expectations in the NBK's September survey were higher, at 12.6%,
which helps to explain the hawkish tone of the press conference.

The NBK's statement also pointed to robust activity. GDP grew 5.8% y/y in January-September and
retail lending is expanding at about 24% y/y, a pace the bank has repeatedly described as a risk
to disinflation.

## Market reaction

The tenge closed at KZT519.35/USD on Friday, compared with 517.80 just before the decision, a
move of 0.3% that we attribute mainly to seasonal import demand rather than to the rate cut
itself. Local-currency government bond yields fell 15-20bp at the short end, and the two-year
benchmark closed at 14.85%. The ten-year yield was little changed at 13.9%, leaving the curve
inverted as investors price further cuts in 2027.

The NBK sold USD1.2bn of National Fund assets in September, roughly in line with the USD1.1bn
monthly average so far this year. The proceeds of these sales are converted on the domestic FX
market and remain a significant source of dollar supply.

## Consensus and outlook

Of the 11 economists polled by Steppe Wire ahead of the meeting, seven had expected a 50bp cut,
three a 25bp cut to 16.25% and one a hold. Aigerim Tulegenova of Orda Securities called the
statement "dovish on the numbers but hawkish on the words", a fair summary in our view.

Our own base case is a hold on 27 November, followed by a further 50bp cut in the first quarter
of 2027 and a year-end 2027 rate of 13.50%. Risks are skewed towards a slower path if fuel
prices keep rising after the removal of the diesel price cap in September, or if the tenge comes
under pressure from lower oil prices.

Elsewhere in the region, the Central Bank of Uzbekistan kept its policy rate at 13.5% in
September, while the National Bank of Georgia held at 8.0% in its most recent decision.
"""

_CB_PAGES = [
    {
        "url": "https://www.steppewire.example/markets/"
        "kazakhstan-central-bank-cuts-base-rate-to-16-as-inflation-slows-idSW2610161",
        "html": _page(
            site="Steppe Wire",
            url="https://www.steppewire.example/markets/"
            "kazakhstan-central-bank-cuts-base-rate-to-16-as-inflation-slows-idSW2610161",
            title="Kazakhstan central bank cuts base rate to 16% as inflation slows | Steppe Wire",
            headline="Kazakhstan central bank cuts base rate to 16% as inflation slows",
            dek="National Bank lowers rate by 50 basis points, signals no rush to ease further",
            byline="Nurlan Yessimov",
            text=_CB_A_TEXT,
            section="Markets",
            nav=("World", "Business", "Markets", "Energy", "Commodities", "Central Asia"),
            sidebar_title="Most read",
            sidebar=(
                "Oil output at Tengiz rises 9% after expansion project",
                "Uzbek gold miner plans $400 million bond sale",
                "Kyrgyz som hits record low of 89.2 per dollar",
                "Air Astana shares jump 6% on third-quarter traffic",
                "Georgia's inflation slows to 2.9% in September",
            ),
            date_mode="jsonld",
            published="2026-10-16T12:24:00+05:00",
            modified="2026-10-16T16:02:00+05:00",
            visible_date="October 16, 2026 12:24 PM GMT+5 · Updated 4 hours ago",
            caption="The National Bank of Kazakhstan headquarters in Astana.",
            credit="Steppe Wire/Pavel Grinev",
            author_type="Person",
            newsletter="Sign up for the Central Asia Markets Daily",
            tags=("Kazakhstan", "Central banks", "Interest rates"),
        ),
    },
    {
        "url": "https://astanabusinessdaily.example/economy/"
        "national-bank-trims-base-rate-to-16-per-cent",
        "html": _page(
            site="Astana Business Daily",
            url="https://astanabusinessdaily.example/economy/"
            "national-bank-trims-base-rate-to-16-per-cent",
            title="National Bank trims base rate to 16 per cent, warns against expecting "
            "rapid easing - Astana Business Daily",
            headline="National Bank trims base rate to 16 per cent, warns against expecting "
            "rapid easing",
            dek="Borrowers will have to wait for cheaper loans, bankers say",
            byline="Zarina Kemelbekova, Economics Correspondent",
            text=_CB_B_TEXT,
            section="Economy",
            nav=("News", "Economy", "Finance", "Property", "Opinion", "Astana", "Regions"),
            sidebar_title="Related",
            sidebar=(
                "Astana housing prices up 3.2% in third quarter",
                "Akimat approves 48 billion tenge for new bus fleet",
                "Wheat harvest reaches 17.4 million tonnes, ministry says",
                "Air Astana to add Almaty-Tokyo flights from 30 March",
            ),
            date_mode="meta",
            published="2026-10-16T17:40:00+05:00",
            visible_date="16 October 2026, 17:40",
            caption="Customers at a currency exchange office in Astana.",
            credit="Photo: ABD/Yerbol Kuanyshev",
            newsletter="The ABD Economy newsletter, every weekday morning",
            tags=("National Bank", "Base rate", "Inflation"),
        ),
    },
    {
        "url": "https://news.caspianbroadcast.example/live/kazakhstan-rate-decision",
        "html": _page(
            site="CBN - Caspian Broadcasting Network",
            url="https://news.caspianbroadcast.example/live/kazakhstan-rate-decision",
            title="Live: National Bank of Kazakhstan rate decision - latest updates | CBN",
            headline="Live: National Bank of Kazakhstan cuts base rate to 16%",
            dek="Follow the decision, the governor's news conference and market reaction",
            byline="Live coverage by Madina Orazbayeva and Ruslan Tsoi",
            text=_CB_C_TEXT,
            section="Business",
            nav=("Home", "Live", "Video", "Business", "Politics", "Sport", "Weather"),
            sidebar_title="Also on CBN",
            sidebar=(
                "Almaty metro extension to open on 1 December",
                "Caspian sturgeon catch quota cut to 120 tonnes",
                "Watch: Baku Marathon draws 23,000 runners",
                "Azerbaijan's budget deficit forecast at 1.9% of GDP for 2027",
            ),
            date_mode="none",
            visible_date="Friday 16 October 2026 · Last updated 10:20 GMT",
            newsletter="CBN Business Briefing: sign up",
            cookie="CBN and its partners use cookies and similar technologies.",
            kind="live",
            tags=("Live", "Kazakhstan", "Economy"),
        ),
    },
    {
        "url": "https://emratesreview.example/cis/nbk-delivers-50bp-cut-to-16-00",
        "html": _page(
            site="Emerging Rates Review",
            url="https://emratesreview.example/cis/nbk-delivers-50bp-cut-to-16-00",
            title="NBK delivers 50bp cut to 16.00%; guidance stays restrictive "
            "— Emerging Rates Review",
            headline="NBK delivers 50bp cut to 16.00%; guidance stays restrictive",
            dek="Kazakhstan's central bank eases, but real rates remain among the highest "
            "in EM",
            byline="Oliver Hendry, CIS & Central Asia Editor",
            text=_CB_D_TEXT,
            section="Central Banks",
            nav=("Central Banks", "FX", "Sovereign Debt", "Data", "Podcasts", "Events"),
            sidebar_title="Latest from the desk",
            sidebar=(
                "CBR keeps key rate at 15.5%, signals pause into 2027",
                "Armenia's CBA cuts refinancing rate by 25bp to 6.5%",
                "NBU holds at 14.0% as war-risk premium persists",
                "Turkey: CBRT trims one-week repo rate to 31.5%",
                "Webinar, 4 November: Frontier FX in 2027",
            ),
            date_mode="jsonld",
            published="2026-10-17T09:05:00+01:00",
            visible_date="17 Oct 2026",
            newsletter="Get the ERR Weekly - free for registered readers",
            cookie="This site uses cookies. Subscribers may be tracked for licensing purposes.",
            tags=("Kazakhstan", "NBK", "Monetary policy", "KZT"),
        ),
    },
]


# ===========================================================================
# el-GB2 — Konaev (Kazakhstan) direct akim election, Sunday 20 September 2026
# ===========================================================================

_EL_A_TEXT = """
KONAEV - Askar Nurpeisov has been elected akim of Konaev, the administrative centre of Almaty
region, after winning 51.3 per cent of the vote in Sunday's election, the city territorial
election commission announced on Monday. The result spares the city a second round, which would
have been required had no candidate won more than half of the valid votes.

Final results announced at 15:00 on Monday by the commission's chairman, Marat Seitkaliyev, gave
Nurpeisov, who was nominated by the Amanat party, 13,752 votes out of 26,800 valid ballots -
just over 350 more than he needed for an outright win. Gulnara Sadykova, a self-nominated
candidate and the director of a secondary school in the city, came second with 8,121 votes, or
30.3 per cent.

Yerzhan Tokhtarov of Ak Zhol received 3,172 votes (11.8 per cent) and Dinara Alimbekova of
Respublica 1,755 (6.5 per cent). A further 478 ballots were declared invalid.

Turnout was 46.7 per cent, with 27,278 of the city's 58,412 registered voters casting a ballot
at 41 polling stations.

Preliminary results published overnight, with 36 of the 41 polling stations counted, had put
Nurpeisov on 48.9 per cent, below the threshold needed to win in the first round. The last five
stations to report, mostly in the new residential districts near the reservoir, swung the result
in his favour.

"People voted for roads, water and jobs, not for slogans," Nurpeisov, 47, told supporters at his
campaign office on Monday afternoon. "I will begin with the water supply in the new
microdistricts, because that is what I heard about at every door."

Nurpeisov, whose full name is Askar Temirbekuly Nurpeisov, served as a deputy akim of the city
from 2021 until June this year, when he resigned to stand in the election. Before that he worked
for 12 years in the regional roads department.

Sadykova said she accepted the result but would ask the commission to review the count at two
polling stations where her observers had recorded discrepancies between the number of signatures
in the voter lists and the number of ballots in the boxes. "We came within a few hundred votes
of a second round. That is a message the new akim should hear," she said.

Seitkaliyev said any complaints would be considered within five days. "The count was conducted
openly, with observers from all four candidates present at every station," he said.

Konaev was one of three cities in the region to elect its akim directly on Sunday. Zhanar
Omarova, chair of the Almaty region election commission, said on Sunday evening that turnout
across the three municipal elections averaged 44.1 per cent.

Five candidates were originally registered. Bolat Issayev, a local businessman, withdrew on 12
September and endorsed Nurpeisov.

The new akim is expected to be sworn in at a session of the city maslikhat next week. He will
serve a four-year term and has promised to publish a report on his first hundred days in office
by the end of the year.

Kazakhstan held its first direct elections of rural akims in 2021 and extended the system to
districts and cities of regional significance in 2024. Akims of the largest cities and of the
regions are still appointed.
"""

_EL_B_TEXT = """
@@ Sun 07:05

Polls have opened in Konaev, where voters are choosing the city's akim directly for the first
time. The 41 polling stations will stay open until 20:00 local time (15:00 GMT). Four candidates
are on the ballot after a fifth, businessman Bolat Issayev, withdrew on 12 September.

@@ Sun 10:00

The city territorial election commission reports turnout of 11.9 per cent as of 10:00. There are
58,412 voters on the lists.

@@ Sun 12:30

The leading candidates have voted. Askar Nurpeisov of Amanat cast his ballot at School No. 3
together with his wife and two sons. Gulnara Sadykova, who is running as an independent, voted
at the school where she has been director for nine years.

@@ Sun 14:00

Turnout has reached 27.5 per cent, the commission says. Queues were reported at polling stations
in the older part of town, where many voters came after the weekly bazaar.

@@ Sun 16:30

Who is running? Nurpeisov, 47, is a former deputy akim of the city and spent more than a decade
in the regional roads department. Sadykova, 52, built her campaign around schools and
kindergartens. Yerzhan Tokhtarov is standing for Ak Zhol and Dinara Alimbekova for Respublica. A
candidate needs more than 50 per cent of the valid votes to win in the first round.

@@ Sun 18:00

Turnout at 18:00 stood at 38.4 per cent, according to the commission chairman, Marat
Seitkaliyev. He said no serious violations had been reported. The independent observer group
Taza Saylau said it had recorded 14 minor procedural issues, mostly involving ballot-box seals
and voters who were not on the lists.

@@ Sun 19:30

Half an hour before the polls close, Seitkaliyev says ballots will be counted at each polling
station and the protocols delivered to the commission overnight. Observers from all four
candidates will be present at the count, he adds, and the results for each station will be
posted on the doors of the polling stations.

@@ Sun 20:00

Polls are closed and counting has begun at all 41 stations.

@@ Sun 20:10

An exit poll by Qogam Research, based on interviews with 2,140 voters at 20 polling stations,
gives Nurpeisov 54 per cent and Sadykova 28 per cent. The pollster says the margin of error is 3
percentage points.

@@ Sun 23:45

First results from 18 polling stations: Nurpeisov 47.2 per cent, Sadykova 33.5 per cent.

@@ Mon 02:10

The commission has published preliminary results with 36 of 41 polling stations counted, nearly
88 per cent. Nurpeisov has 48.9 per cent, Sadykova 32.6 per cent, Yerzhan Tokhtarov 12.0 per
cent and Dinara Alimbekova 6.5 per cent. Preliminary turnout is 46.3 per cent.

@@ Mon 02:25

If no candidate wins more than 50 per cent, the top two will meet in a runoff in two weeks.
Seitkaliyev said final results would be announced on Monday afternoon, once the remaining five
stations had reported and all protocols had been checked.

@@ Mon 02:40

Sadykova tells QazNews 24 that "whatever the final figure, the people of Konaev have shown they
want a real choice". Nurpeisov's campaign chief, Aidos Mukanov, said the team was "confident the
remaining stations will take us over the line".

@@ Mon 02:45

We are pausing our live coverage here. We will be back on Monday when the commission announces
the final results.
"""

_EL_C_TEXT = """
ALMATY, Sept 21 (Eurasia Wire) - A candidate of Kazakhstan's ruling Amanat party narrowly
avoided a runoff to win the first direct election for akim, or mayor, of Konaev, a fast-growing
city of about 100,000 people north of Almaty, final results showed on Monday.

Askar Nurpeisov won 51.3% of the vote in Sunday's poll, the city election commission said, while
Gulnara Sadykova, a school director who ran as an independent, took 30.3%. The two other
candidates together won just over 18%.

Nurpeisov received about 13,750 votes, roughly 350 more than he needed to clear the 50%
threshold for an outright win. Turnout was 46.7%, the commission said, up from the 38.4% it had
reported at 6 p.m. local time (1300 GMT) on Sunday. Polls closed at 8 p.m. (1500 GMT).

Preliminary figures released at about 2 a.m. on Monday (2100 GMT on Sunday), with nearly 88% of
polling stations counted, had shown Nurpeisov just short of a majority at 48.9%, raising the
prospect of a second round in early October.

"People voted for roads, water and jobs and not for slogans," Nurpeisov told reporters after the
final results were announced. He said his first priority would be the water supply in new
residential districts, where many households still depend on water trucks during the summer.

An exit poll conducted by Qogam Research for local media had given Nurpeisov 54% and Sadykova
28%.

Sadykova, 52, said she would ask the commission to re-examine the count at two polling stations.
"We came within a few hundred votes of a second round," she told Eurasia Wire. "That is not
nothing in a city where people were told for years that elections do not matter."

Konaev, formerly known as Kapchagay, became the administrative centre of the newly created
Almaty region in 2022 and has grown rapidly as a satellite of Kazakhstan's largest city and as a
weekend resort on the Kapchagay reservoir. The post of akim was previously filled by
appointment.

Taza Saylau, a civic observer group, said it had recorded 14 minor procedural issues during
voting but nothing that would have changed the outcome. "The process was calmer and better
organised than in the district elections two years ago," said Galym Zhunusov, the group's
coordinator in Almaty region.

Kazakhstan introduced direct elections for rural akims in 2021 and extended them in 2024 to
akims of districts and cities of regional significance. Officials have said that elections for
the heads of larger cities could follow, but have set no date.

The regional election commission said turnout across the three municipal elections held in
Almaty region on Sunday averaged 44.1%.

Analysts said the close result showed the limits of the ruling party's dominance at the local
level. "Amanat has the resources, but an independent school director with almost no budget took
nearly a third of the vote," said Saule Bekturova, a political scientist at a university in
Almaty. "Other cities will be watching."

Nurpeisov is due to take office after the city maslikhat, or local council, confirms the result
next week.
"""

_EL_PAGES = [
    {
        "url": "https://jetisutoday.example/konaev/nurpeisov-wins-konaev-akim-election",
        "html": _page(
            site="Jetisu Today",
            url="https://jetisutoday.example/konaev/nurpeisov-wins-konaev-akim-election",
            title="Nurpeisov wins Konaev akim election outright with 51.3 per cent "
            "| Jetisu Today",
            headline="Nurpeisov wins Konaev akim election outright with 51.3 per cent",
            dek="Late-counted polling stations push Amanat candidate past the runoff "
            "threshold",
            byline="Dana Sultanbekova, Konaev",
            text=_EL_A_TEXT,
            section="Konaev",
            nav=("Home", "Konaev", "Almaty Region", "Taldykorgan", "Sport", "Society"),
            sidebar_title="Most read",
            sidebar=(
                "Kapchagay reservoir water level down 1.4 metres since May",
                "Taldykorgan hospital opens 120-bed cardiology wing",
                "Regional budget for 2027 set at 612 billion tenge",
                "Apple harvest in Talgar district estimated at 38,000 tonnes",
            ),
            date_mode="meta",
            published="2026-09-21T16:20:00+05:00",
            visible_date="21 September 2026, 16:20",
            caption="Askar Nurpeisov speaks to supporters at his campaign office on Monday.",
            credit="Photo: Jetisu Today",
            newsletter="Jetisu Today: the week in the region",
            tags=("Elections", "Konaev", "Akim"),
        ),
    },
    {
        "url": "https://qaznews24.example/live/konaev-akim-election-live",
        "html": _page(
            site="QazNews 24",
            url="https://qaznews24.example/live/konaev-akim-election-live",
            title="Konaev akim election: live updates - QazNews 24",
            headline="Konaev elects its akim: live updates through the night",
            dek="Turnout, exit poll and preliminary results from the city's first direct "
            "mayoral vote",
            byline="QazNews 24 election desk",
            text=_EL_B_TEXT,
            section="Elections",
            nav=("Live", "News", "Elections", "Video", "Regions", "World"),
            sidebar_title="Watch next",
            sidebar=(
                "Video: 3,000 volunteers clean up Ile-Alatau park",
                "Shymkent derby ends 2-2 in front of 14,500 fans",
                "Petrol price rises to 265 tenge a litre in Almaty",
                "Astana Opera opens season with 'Abai' on 25 September",
            ),
            date_mode="none",
            visible_date="Sunday 20 - Monday 21 September",
            newsletter="Breaking news alerts from QazNews 24",
            cookie="QazNews 24 uses cookies to provide video and advertising.",
            kind="live",
            tags=("Live", "Konaev", "Elections 2026"),
        ),
    },
    {
        "url": "https://www.eurasiawire.example/politics/"
        "ruling-party-candidate-wins-kazakh-citys-first-direct-mayoral-election",
        "html": _page(
            site="Eurasia Wire",
            url="https://www.eurasiawire.example/politics/"
            "ruling-party-candidate-wins-kazakh-citys-first-direct-mayoral-election",
            title="Ruling party candidate wins Kazakh city's first direct mayoral election "
            "- Eurasia Wire",
            headline="Ruling party candidate wins Kazakh city's first direct mayoral election",
            dek="Amanat's Nurpeisov clears 50% threshold by a few hundred votes in Konaev",
            byline="Ainur Bekova",
            text=_EL_C_TEXT,
            section="Politics",
            nav=("Top News", "Politics", "Business", "Energy", "Security", "Regions"),
            sidebar_title="More from Eurasia Wire",
            sidebar=(
                "Kyrgyzstan's parliament approves 2027 budget of 561 billion som",
                "Armenia, Azerbaijan border commissions meet for 14th round",
                "Turkmen gas exports to China rise 11% in first half",
                "Tajikistan's Rogun dam to start third turbine in 2027",
            ),
            date_mode="jsonld",
            published="2026-09-21T17:05:00+05:00",
            visible_date="September 21, 2026",
            author_type="Person",
            newsletter="Eurasia Wire Daily: the region's news at 7 a.m.",
            tags=("Kazakhstan", "Elections", "Local government"),
        ),
    },
]


# ===========================================================================
# ct-GB3 — Constitutional Court of Georgia, short-term rental fee ruling,
#          Tuesday 14 July 2026
# ===========================================================================

_CT_A_TEXT = """
BATUMI - The Constitutional Court of Georgia on Tuesday struck down the annual fee that hosts of
short-term rental flats in Tbilisi and Adjara have been required to pay since March, but upheld
their obligation to register such properties with the municipal authorities.

The plenum of the court, sitting in Batumi, ruled by six votes to three that Article 7,
paragraph 3 of the amended Law on Tourism, which set a flat fee of 500 lari (about $185) per
unit per year, was incompatible with the right to property under Article 19 of the Constitution.
The judges were unanimous in upholding Article 5, which requires hosts to enter every unit in a
municipal register before advertising it.

The judgment in Georgian Guest House and Apartment Hosts Association and Others v. Parliament of
Georgia was read out at noon local time (08:00 GMT) by the court's president, Vakhtang
Sharashenidze. Judge Ekaterine Lomidze acted as judge rapporteur.

Judges Zurab Macharashvili, Nana Tsiklauri and Giorgi Jorbenadze dissented on the fee. In a
joint dissenting opinion, they wrote that "a moderate charge linked to the administrative cost
of supervision falls well within the margin of appreciation of the legislature".

The majority found that the fee bore "no demonstrable relation" to the cost of running the
register and was identical for a studio in a mountain village and a four-bedroom flat in central
Tbilisi. The same paragraph provided for the fee to rise to 800 lari from January 2027; that
increase also falls with the 6-3 ruling.

Parliament adopted the amendments in December 2025 and they entered into force on 1 March 2026.
The association, together with 37 individual hosts, lodged its constitutional complaint on 12
March. The court held a public hearing on 19 May.

At the hearing, Irakli Tsereteli, Deputy Minister of Economy and Sustainable Development,
defended the fee as a way of paying for inspections and said the ministry had projected revenue
of about 9 million lari a year. Parliament was represented by Levan Gogiberidze, a lawyer from
its legal department.

According to the Georgian National Tourism Administration, 18,900 units had been entered in the
municipal registers in Tbilisi and Adjara by the end of June, and fees had been paid for about
11,400 of them, bringing in 5.7 million lari. The data firm StayMetrics counted 24,300 active
short-term listings in the two areas in June, which suggests that many hosts have still not
registered.

Ana Beridze, chair of the hosts' association, welcomed the judgment. "The court has confirmed
that the state can ask us to register, but it cannot treat every family with one flat as a cash
machine," she told reporters outside the court building.

Tornike Kapanadze, the association's lawyer, said hosts who had paid would seek refunds. "A
provision that has been declared unconstitutional cannot be a basis for keeping the money," he
said. Under the Organic Law on the Constitutional Court, a provision found unconstitutional
loses its force from the moment the judgment is published on the court's website.

Tsereteli said the ministry would "study the ruling carefully" and prepare proposals within a
month. Fines of up to 2,000 lari for operating an unregistered unit, which were not challenged,
remain in force.

The judgment is final and cannot be appealed.
"""

_CT_B_TEXT = """
Owners of holiday flats in the capital will no longer have to pay an annual fee of 500 lari per
unit after the Constitutional Court ruled on Tuesday that the charge was unconstitutional. But
the court, sitting in Kutaisi, left in place the requirement that every short-term rental be
registered with city hall.

The fee, introduced by amendments to the Law on Tourism that took effect on 1 March, had been
due to rise to 800 lari next year. The plenum of nine judges decided by six votes to three that
it placed a disproportionate burden on property owners, while upholding the registration rule
unanimously. The ruling was read out at noon.

For Tamar Kiknadze, who rents out two apartments in the old district of Sololaki, the decision
means a saving of 1,000 lari this year. "I paid in March because I was afraid of the fines," she
said. "Now I want my money back, and I think many people feel the same."

Ana Beridze, who chairs the Georgian Guest House and Apartment Hosts Association, which brought
the case together with 37 individual hosts, called the decision "a victory for common sense".
"The state can ask us to register, but it cannot treat every family with one flat like a cash
machine," she said.

The government had argued that the money was needed to pay for inspections. Irakli Tsereteli,
the Deputy Minister of Economy and Sustainable Development, told the court at a hearing in May
that the ministry expected about 9 million lari a year from the fee. On Tuesday he said the
ministry would study the ruling and put forward new proposals "within a month".

Three judges, led by Zurab Macharashvili, wrote a dissenting opinion arguing that a moderate
charge linked to the cost of supervision was within parliament's discretion.

Tbilisi City Hall said 12,600 units had been registered in the capital by the end of June. In
Tbilisi and Adjara combined, the figure was 18,900, according to the Georgian National Tourism
Administration, which says fees were paid for about 11,400 units, bringing in 5.7 million lari,
or roughly $2.1 million. Data from the analytics firm StayMetrics show more than 24,000 active
listings on booking platforms in the two areas.

Tornike Kapanadze, a lawyer for the association, said it would write to the ministry this week
to demand refunds. "There is no legal basis for keeping money collected under an
unconstitutional provision," he said.

Estate agents say the fee had pushed some owners towards long-term lets. Average asking rents
for long-term tenancies in Tbilisi rose 14 per cent between February and June, according to the
property portal Binebi. "Some owners who switched to long-term tenants this spring may now come
back to daily rentals," said Levan Chikovani of the agency Old Town Realty. "That could ease the
pressure on hotels' prices but not on rents."

The registration requirement, and fines of up to 2,000 lari for operating without registration,
remain in force. Hosts who have not yet registered have until 1 September to do so before
inspections begin, city hall said.

The amendments were adopted by parliament in December 2025 after a long dispute between the
hotel industry, which complained of unfair competition, and owners of private flats, many of
whom depend on the income from tourists.
"""

_CT_C_TEXT = """
The Constitutional Court has declared unconstitutional the annual 500-lari fee for short-term
rental apartments, one of the most disputed elements of the tourism reform adopted by parliament
last December. The requirement to register such apartments remains in force.

The decision was announced in Batumi at 12:00 on Tuesday. Six of the nine members of the plenum
voted to strike down the fee; three judges dissented and attached a separate opinion. The court
was unanimous that the state may require hosts to register.

Our correspondent Giorgi Baramidze reports from Batumi that hosts who had travelled from Tbilisi
applauded in the hall when the president of the court, Vakhtang Sharashenidze, read out the
operative part of the decision.

"We have been saying from the first day that a family with one flat is not a hotel," Ana
Beridze, chairwoman of the Georgian Guest House and Apartment Hosts Association, told Mtkvari
TV. "The court has confirmed that the state may ask us to register, but it cannot treat us like
a cash machine."

The government side was represented by Deputy Finance Minister Irakli Tsereteli. He told
journalists after the ruling that the ministry respected the court's decision and would present
new proposals within a month. "Supervision costs money, and we will have to find a fair way to
pay for it," he said.

The fee of 500 lari, roughly 170 euros, applied to each unit every year, regardless of its size
or location. Under the law, it was due to increase to 800 lari in 2027. Hosts who operate
without registration still face fines of up to 2,000 lari.

According to the National Tourism Administration, fees were paid this year for around 11,400
apartments. The association's lawyer, Tornike Kapanadze, said hosts would demand their money
back. "If the provision is unconstitutional, the money was collected without a legal basis," he
said.

In Adjara, where many families rent rooms to tourists during the summer, the ruling was greeted
with relief. Nodar Khalvashi, who has rented rooms in Kobuleti for 15 years, said the fee had
been due for each of his four rooms. "Two thousand lari for a season that lasts three months -
it was impossible," he said.

The Adjara tourism department expects 1.4 million visitors in the region between June and
September, 6 per cent more than last summer. Hotels in Batumi report occupancy of around 78 per
cent for July.

The hotel industry reacted cautiously. The Georgian Hotels and Restaurants Federation said in a
statement that it respected the court but that "fair competition requires that all accommodation
providers play by the same rules". The federation had supported the fee when the amendments were
debated in parliament.

The case was brought in March by the hosts' association and 37 individual hosts. The court heard
arguments from both sides at a public hearing in May, where parliament and the government
defended the amendments as necessary to regulate a fast-growing market.

The Constitutional Court's decisions are final and cannot be appealed. The annulled provision
loses force once the decision is published.
"""

_CT_D_TEXT = """
BATUMI, July 14 (BSN) - Georgia's Constitutional Court on Tuesday struck down an annual fee on
short-term rental apartments in Tbilisi and the Black Sea region of Adjara, handing a partial
victory to thousands of small landlords who rent to tourists.

The court's plenum voted 5-4 that the fee of 500 lari ($185) per apartment per year violated the
constitutional right to property, but it unanimously upheld a requirement for hosts to register
their properties with local authorities.

The fee "bears no demonstrable relation to the cost of supervision", the court said in its
judgment, which was read out at noon (0800 GMT) in Batumi, where the court is based.

Judge Zurab Macharashvili, who dissented, wrote that a moderate charge linked to administrative
costs fell within parliament's discretion.

The fee was introduced by amendments to the tourism law that took effect on March 1 and was due
to rise to 800 lari in 2027. Deputy Economy Minister Irakli Tsereteli said the government would
study the ruling and present new proposals within a month.

"The court has confirmed that the state can ask us to register, but it cannot treat every family
with one flat as a cash machine," said Ana Beridze, head of the Georgian Guest House and
Apartment Hosts Association, which brought the case.

According to the Georgian National Tourism Administration, fees had been paid for about 11,400
apartments, raising 5.7 million lari (about $2.1 million). Hosts' lawyers said they would seek
refunds.

Short-term rentals have boomed in Georgia as tourist numbers have recovered and as tens of
thousands of foreigners have moved to the country since 2022. The analytics firm StayMetrics
counted more than 24,000 active listings in Tbilisi and Adjara in June.

Georgia recorded 3.9 million international visitor trips in the first half of 2026, up 8% from a
year earlier, according to official data. Tourism accounts for about a fifth of the country's
exports of goods and services.

Hotel owners had lobbied for the fee, arguing that private hosts competed with them without
paying comparable taxes and charges. Residents' groups in central Tbilisi had also complained
that the spread of daily rentals was pushing up rents and emptying historic neighbourhoods.

The Georgian Hotels and Restaurants Federation said it respected the court's decision but called
for "the same rules for all accommodation providers".

The ruling does not affect fines of up to 2,000 lari for hosts who operate without registering,
which were not challenged in the case.

Under Georgian law, decisions of the Constitutional Court are final. A provision declared
unconstitutional loses force when the decision is published.

The government has said it plans a broader overhaul of tourism regulation next year, including a
single national register of accommodation and new safety standards for guest houses. A draft is
expected to be submitted to parliament in the autumn session, which opens in September.

Tsereteli told reporters that any new charge would be "proportionate and tied to the real cost
of the service". He did not say whether hosts who had already paid would be refunded.

(Reporting by David Kemoklidze; Editing by Maria Lund)
"""

_CT_PAGES = [
    {
        "url": "https://caucasuslawreport.example/constitutional/"
        "court-strikes-down-short-term-rental-fee-upholds-registration",
        "html": _page(
            site="Caucasus Law Report",
            url="https://caucasuslawreport.example/constitutional/"
            "court-strikes-down-short-term-rental-fee-upholds-registration",
            title="Constitutional Court strikes down short-term rental fee, upholds "
            "registration duty | Caucasus Law Report",
            headline="Constitutional Court strikes down short-term rental fee, upholds "
            "registration duty",
            dek="Plenum finds 500-lari annual charge disproportionate; three judges dissent",
            byline="Nino Abuladze, Legal Affairs Editor",
            text=_CT_A_TEXT,
            section="Constitutional Law",
            nav=("Courts", "Constitutional Law", "Business Law", "Human Rights", "Analysis"),
            sidebar_title="Related judgments",
            sidebar=(
                "Supreme Court upholds 3.2 million lari fine against Batumi port operator",
                "Armenian Court of Cassation rules on 2024 mining licence dispute",
                "ECHR: Georgia ordered to pay EUR 18,000 in detention case",
                "Tbilisi City Court annuls building permit for 22-storey tower",
            ),
            date_mode="jsonld",
            published="2026-07-14T18:30:00+04:00",
            visible_date="14 July 2026",
            newsletter="Caucasus Law Report weekly digest",
            tags=("Georgia", "Constitutional Court", "Tourism", "Property"),
        ),
    },
    {
        "url": "https://tbilisiherald.example/city/court-scraps-500-lari-rental-fee",
        "html": _page(
            site="Tbilisi Herald",
            url="https://tbilisiherald.example/city/court-scraps-500-lari-rental-fee",
            title="Court scraps 500-lari rental fee but hosts must still register "
            "- Tbilisi Herald",
            headline="Court scraps 500-lari rental fee but hosts must still register",
            dek="Flat owners in the capital want their money back after the ruling",
            byline="By Salome Japaridze",
            text=_CT_B_TEXT,
            section="City",
            nav=("News", "City", "Business", "Culture", "Opinion", "Sport"),
            sidebar_title="Most read",
            sidebar=(
                "Rustaveli Avenue to close to traffic on Sundays from August",
                "Tbilisi metro fare rises to 1.5 lari on 1 September",
                "Heatwave: capital records 39.6C, highest July reading since 2017",
                "Vake park playground reopens after 2.4 million lari renovation",
            ),
            date_mode="meta",
            published="2026-07-15T08:00:00+04:00",
            visible_date="15 July 2026",
            caption="Tourists in the Sololaki district of Tbilisi.",
            credit="Tbilisi Herald/Irakli Gelashvili",
            newsletter="The Herald Morning: Tbilisi in five minutes",
            tags=("Tourism", "Housing", "Courts"),
        ),
    },
    {
        "url": "https://mtkvari.example/news/politics/49812-rental-fee-unconstitutional",
        "html": _page(
            site="Mtkvari TV",
            url="https://mtkvari.example/news/politics/49812-rental-fee-unconstitutional",
            title="Constitutional Court: rental fee unconstitutional, registration stays "
            "| Mtkvari TV",
            headline="Constitutional Court: rental fee unconstitutional, registration stays",
            dek="Hosts celebrate in the courtroom; government promises new proposals",
            byline="Mtkvari TV News",
            text=_CT_C_TEXT,
            section="Politics",
            nav=("Main", "Politics", "Society", "Business", "Regions", "Video", "Live TV"),
            sidebar_title="Latest news",
            sidebar=(
                "Poti port container traffic up 21% in first half",
                "Batumi boulevard extension: 4 km of new promenade by 2028",
                "Rikoti tunnel project 87% complete, ministry says",
                "Wine exports reach 49 million bottles in six months",
            ),
            date_mode="none",
            visible_date="14.07.2026, 21:10",
            caption="The Constitutional Court building in Batumi.",
            credit="Mtkvari TV",
            newsletter="Mtkvari TV evening news by email",
            cookie="Mtkvari TV uses cookies for video playback and statistics.",
            tags=("Constitutional Court", "Adjara", "Tourism"),
        ),
    },
    {
        "url": "https://www.blackseanewswire.example/news/"
        "georgian-court-strikes-down-fee-on-short-term-rentals",
        "html": _page(
            site="Black Sea Newswire",
            url="https://www.blackseanewswire.example/news/"
            "georgian-court-strikes-down-fee-on-short-term-rentals",
            title="Georgian court strikes down fee on short-term rentals - Black Sea Newswire",
            headline="Georgian court strikes down fee on short-term rentals",
            dek="Registration requirement for hosts upheld",
            byline="David Kemoklidze",
            text=_CT_D_TEXT,
            section="World",
            nav=("World", "Business", "Markets", "Turkey", "Caucasus", "Ukraine", "Balkans"),
            sidebar_title="Top stories",
            sidebar=(
                "Turkish lira slips to 43.8 per dollar ahead of rate decision",
                "Azerbaijan's SOCAR signs $2.5 billion Caspian gas deal",
                "Armenian parliament ratifies border demarcation protocol",
                "Romania's Constanta port handles record 47 million tonnes",
            ),
            date_mode="jsonld",
            published="2026-07-14T13:05:00+04:00",
            visible_date="July 14, 2026 1:05 PM GMT+4",
            newsletter="BSN Briefing: the Black Sea region every morning",
            tags=("Georgia", "Courts", "Tourism"),
        ),
    },
]


# ===========================================================================
# tr-GB4 — Uzbekistan foreign trade, January-September 2026, released
#          Tuesday 20 October 2026
# ===========================================================================

_TR_A_TEXT = """
TASHKENT - Uzbekistan's foreign trade turnover reached $56.38 billion in January-September 2026,
14.2 per cent more than in the same period last year, the Statistics Agency under the President
reported on Tuesday.

Exports rose 17.8 per cent to $24.12 billion and imports grew 11.6 per cent to $32.26 billion,
leaving a trade deficit of $8.14 billion, slightly narrower than the $8.43 billion gap recorded
a year earlier.

Gold remained the country's largest single export. Shipments of gold were worth $7.91 billion,
or 32.8 per cent of all exports. Excluding gold, exports amounted to $16.21 billion.

China was Uzbekistan's biggest trading partner, with a 19.4 per cent share of turnover, followed
by Russia with 16.8 per cent, Kazakhstan with 7.1 per cent and Turkey with 5.2 per cent. In
total, Uzbekistan traded with 187 countries during the nine months.

The figures were published on the agency's website at 10:00 Tashkent time. In September alone,
turnover amounted to $6.9 billion.

"The structure of exports is gradually changing," Dilnoza Rakhimova, deputy director of the
Statistics Agency, told the Courier. "Textiles, fruit and vegetables and chemical products are
growing faster than raw materials, although gold still dominates the picture."

Textile exports reached $2.41 billion over the nine months and exports of fruit and vegetables
$1.38 billion, according to the agency. Machinery and equipment made up 38.5 per cent of
imports, reflecting continued investment in industry and energy projects.

The government has set a target of $80 billion for total foreign trade in 2026. At the current
pace, economists expect the full-year figure to come in between $76 billion and $78 billion.

"Reaching $80 billion would require fourth-quarter turnover of about $23.6 billion, which would
be a record," said Nodira Ergasheva, an economist at Silk Road Analytics in Tashkent. "Our
estimate is closer to $21 billion for the quarter, which would take the year to around $77
billion. That is still a very good result."

Trade with Central Asian neighbours grew faster than the total. Turnover with Kazakhstan,
Kyrgyzstan, Tajikistan and Turkmenistan combined reached $7.8 billion, up 19 per cent, as new
border crossings opened and transit rules were simplified.

In the first half of the year, turnover stood at $36.9 billion, the agency reported in July.

In national currency, nine-month turnover was equivalent to about 711 trillion soums at the
current exchange rate of around 12,620 soums to the dollar.

Bakhtiyor Yusupov, Deputy Minister of Investment, Industry and Trade, told a forum in Tashkent
last week that the government expected exports to grow further next year as new textile and
copper-processing plants come on stream and as rail freight to China via Kyrgyzstan increases.
He said the ministry was also working to cut the time needed for customs clearance at the
Yallama border crossing with Kazakhstan from an average of 11 hours to four.

Uzbekistan, which is negotiating to join the World Trade Organization, has signed a series of
agreements this year on simplified customs procedures with its neighbours. Officials have said
they hope to complete accession talks by the end of 2026.

The Statistics Agency will publish full-year data in late January.
"""

_TR_B_TEXT = """
Uzbekistan's nine-month trade data, released by the Statistics Agency on Tuesday, show the
export base slowly broadening even as gold continues to account for roughly a third of foreign
sales.

## Headline numbers

Total foreign trade turnover in January-September 2026 came to $56.38bn, up 14.2% y/y from
$49.38bn. Exports grew 17.8% to $24.12bn, while imports rose 11.6% to $32.26bn. The trade
deficit therefore narrowed to $8.14bn from $8.43bn a year earlier - the first nine-month
narrowing since 2021.

Gold exports reached $7.91bn, up 24.2% y/y on the back of higher average prices rather than
volumes. Non-gold exports rose 14.9% to $16.21bn, which in our view is the more meaningful
indicator of the economy's competitiveness. Within that, textiles contributed $2.41bn and fruit
and vegetables $1.38bn.

## Partners

By partner, China accounted for $10.94bn of turnover (19.4%), Russia for $9.47bn (16.8%),
Kazakhstan for $4.00bn (7.1%) and Turkey for $2.93bn (5.2%). Trade with the EU was worth $3.6bn,
of which the bulk was imports of machinery, vehicles and pharmaceuticals.

On the import side, vehicles and parts rose 21% to $2.7bn, while energy imports - mostly gas and
oil products from neighbouring countries - fell 6% to $2.2bn as domestic refining capacity
expanded. Services are not included in these figures; the agency publishes services trade
quarterly, and services exports amounted to $2.6bn in the first half.

Third-quarter turnover alone was $19.48bn, implying that the pace picked up after the first
half, when turnover stood at $36.9bn. September contributed $6.9bn.

## Measures and logistics

Part of the import growth reflects the zero import duty regime on 60 categories of industrial
equipment and raw materials that took effect on 1 July, replacing duties of between 5% and 10%.
The Ministry of Investment, Industry and Trade has said the measure is intended to lower costs
for manufacturers; critics argue it will widen the deficit.

Freight forwarders report a shift in routes. "Volumes via the Trans-Caspian route through
Kazakhstan, the Caspian and Azerbaijan are up, but the real growth is in rail containers to
China," said Javlon Tursunov, managing director of the Tashkent forwarder Caravan Logistics.
"Transit times to Xi'an are now around 12 days, against 16 days two years ago."

Dilnoza Rakhimova, deputy director of the Statistics Agency, said at the data release that the
structure of exports was "gradually changing", with textiles, fruit and vegetables and chemical
products growing faster than raw materials, though gold "still dominates the picture".

## Outlook

The government's full-year target is $80bn. Hitting it would require Q4 turnover of roughly
$23.6bn, well above the $19.48bn achieved in Q3. We forecast full-year turnover of $76.5-78.0bn,
implying annual growth of about 13%.

Silk Road Analytics in Tashkent has a similar estimate of around $77bn. Its economist Nodira
Ergasheva said the result would still be "very good" even if the target were missed.

In soum terms, turnover over the nine months was equivalent to roughly 711 trillion soums at an
exchange rate of about 12,620 per dollar. The soum has depreciated by around 4% against the
dollar since January, which flatters export revenues in local-currency terms.

Uzbekistan's WTO accession talks remain the key medium-term variable. Tashkent has concluded
bilateral market access negotiations with most working party members, and officials hope to
finish the process by the end of the year.
"""

_TR_C_TEXT = """
Uzbekistan's trade with the rest of the world grew by about 14 percent in the first nine months
of this year, according to figures published on Tuesday by the Statistics Agency.

The total value of exports and imports between January and September was more than $56 billion.
Exports reached $24.1 billion and imports $32.3 billion, so the country bought about $8.1
billion more abroad than it sold.

In soums, the picture looks even more impressive: exports were worth about 304 trillion soums
and imports about 407 trillion soums.

Gold again made up nearly a third of the country's exports. But officials stressed that other
sectors are also growing. Sales of textiles abroad brought in $2.4 billion and fruit and
vegetables almost $1.4 billion.

"Our task is not just to sell more, but to sell more finished products," Deputy Minister of
Investment, Industry and Trade Bakhtiyor Yusupov told Orient TV. "Five years ago we exported
yarn. Today we export knitwear and home textiles to Europe, and next year we will double the
capacity of the Namangan and Fergana clusters."

China remains Uzbekistan's largest trading partner, with almost a fifth of all trade, ahead of
Russia, Kazakhstan and Turkey.

In the Fergana Valley, exporters of dried fruit say demand is strong. "This year we sent 40
containers to China and Germany, compared with 26 last year," said Sardor Mirzaev, who runs a
dried apricot and raisin business near Namangan with 60 workers. "But the costs are rising too.
Transport to Europe is expensive, and we wait too long at the border."

The government wants total trade to reach $80 billion this year. Economists believe the figure
will be closer to $77 billion, which would still be a record.

The deputy director of the Statistics Agency, Dilnoza Rakhimova, said that the monthly figures
showed steady growth. In September alone, trade reached $6.9 billion. "The structure of exports
is gradually changing," she said.

Imports are dominated by machinery and equipment, which made up more than a third of the total.
Economists say this reflects investment in new factories and power plants rather than consumer
spending.

At the Yallama border crossing with Kazakhstan, lorries wait for 11 hours on average. The
ministry says a new electronic queue system should cut waiting times to four hours by next
summer.

Economist Nodira Ergasheva of Silk Road Analytics told Orient TV that the fourth quarter is
traditionally the strongest of the year, but that reaching the government's target would require
a record quarter. Trade in services, such as transport and tourism, is counted separately and is
not included in these figures.

Uzbekistan traded with 187 countries in the period. The agency said that the number of companies
exporting goods rose to 8,450, compared with 7,930 a year earlier.

Not everyone benefits equally. Small producers complain that access to credit remains limited,
with commercial bank loans in soums costing more than 20 percent a year. The Central Bank's main
rate currently stands at 13.5 percent.

The next trade figures, for the period January-October, will be published in November.
"""

_TR_PAGES = [
    {
        "url": "https://tashkentcourier.example/economy/2026/10/"
        "uzbekistan-foreign-trade-tops-56-billion-in-nine-months",
        "html": _page(
            site="Tashkent Courier",
            url="https://tashkentcourier.example/economy/2026/10/"
            "uzbekistan-foreign-trade-tops-56-billion-in-nine-months",
            title="Uzbekistan's foreign trade tops $56 billion in nine months | Tashkent Courier",
            headline="Uzbekistan's foreign trade tops $56 billion in nine months",
            dek="Exports grow faster than imports as trade deficit narrows slightly",
            byline="Kamola Yuldasheva",
            text=_TR_A_TEXT,
            section="Economy",
            nav=("News", "Economy", "Tashkent", "Regions", "Culture", "Sport", "English"),
            sidebar_title="Most read",
            sidebar=(
                "Tashkent metro's new circle line carries 2 million passengers",
                "Cotton harvest reaches 3.1 million tonnes",
                "Uzbekistan Airways orders 12 new aircraft",
                "Samarkand hosts 180,000 visitors during October festival",
            ),
            date_mode="meta",
            published="2026-10-20T14:10:00+05:00",
            visible_date="20 October 2026, 14:10",
            caption="Containers at a rail terminal near Tashkent.",
            credit="Tashkent Courier/Rustam Khodjaev",
            newsletter="Courier Economy: weekly newsletter",
            tags=("Trade", "Statistics", "Exports"),
        ),
    },
    {
        "url": "https://catrademonitor.example/uzbekistan/"
        "uzbekistan-9m-trade-non-gold-exports-up-deficit-narrows",
        "html": _page(
            site="Central Asia Trade Monitor",
            url="https://catrademonitor.example/uzbekistan/"
            "uzbekistan-9m-trade-non-gold-exports-up-deficit-narrows",
            title="Uzbekistan 9M trade: non-gold exports up, deficit narrows "
            "- Central Asia Trade Monitor",
            headline="Uzbekistan 9M trade: non-gold exports up, deficit narrows",
            dek="Turnover rises 14.2% y/y to $56.38bn; government's $80bn target looks "
            "out of reach",
            byline="Markus Lindner, Senior Analyst",
            text=_TR_B_TEXT,
            section="Data",
            nav=("Data", "Tariffs", "Logistics", "Commodities", "Kazakhstan", "Uzbekistan"),
            sidebar_title="Related analysis",
            sidebar=(
                "Kazakhstan 9M exports fall 3.4% as oil prices weaken",
                "Kyrgyzstan re-exports to Russia: $1.9bn and falling",
                "Turkmenistan-China gas flows hit 31 bcm annualised",
                "Middle Corridor volumes up 38% in first half",
                "Tajikistan aluminium exports rebound to $410m",
            ),
            date_mode="jsonld",
            published="2026-10-21T09:30:00+02:00",
            visible_date="21.10.2026",
            newsletter="CATM Premium: subscribe for full data tables",
            cookie="We use essential and analytics cookies on this site.",
            tags=("Uzbekistan", "Trade data", "Gold", "WTO"),
        ),
    },
    {
        "url": "https://orienttv.example/en/economy/foreign-trade-up-14-percent",
        "html": _page(
            site="Orient TV",
            url="https://orienttv.example/en/economy/foreign-trade-up-14-percent",
            title="Foreign trade up 14 percent: what the nine-month figures show - Orient TV",
            headline="Foreign trade up 14 percent: what the nine-month figures show",
            dek="Exporters in the Fergana Valley report strong demand but rising costs",
            byline="Orient TV Economy Desk",
            text=_TR_C_TEXT,
            section="Economy",
            nav=("Home", "Uzbekistan", "Economy", "World", "Video", "Programmes"),
            sidebar_title="Watch now",
            sidebar=(
                "Video: new Tashkent-Andijan high-speed train cuts trip to 3 hours",
                "Bukhara bazaar fire: 40 stalls destroyed, no injuries",
                "Pakhtakor wins 2-0 and moves top of the table",
                "Weather: first frost expected in Jizzakh on 2 November",
            ),
            date_mode="none",
            visible_date="20 October 2026",
            caption="A worker sorts dried apricots at a plant near Namangan.",
            credit="Orient TV",
            newsletter="Orient TV news digest",
            cookie="Orient TV uses cookies. By continuing you agree to their use.",
            tags=("Economy", "Exports", "Fergana Valley"),
        ),
    },
]


# ===========================================================================
# rk-GB5 — Soyuz-2.1b launch of Kazakhstan's Tengri-EO1 from Baikonur,
#          Saturday 21 November 2026
# ===========================================================================

_RK_A_TEXT = """
A Soyuz-2.1b rocket lifted off from Site 31 at the Baikonur Cosmodrome at 04:41:17 UTC on
Saturday, carrying Kazakhstan's Tengri-EO1 Earth-observation satellite and 18 secondary payloads
towards a sun-synchronous orbit. Roscosmos, which gives launch times in Moscow time, announced
liftoff at 07:41:17.

The Fregat-M upper stage performed two burns before releasing Tengri-EO1 at 06:14 UTC, 1 hour 33
minutes after liftoff, into a near-circular orbit at an altitude of about 620 km (385 miles)
with an inclination of 97.9 degrees. The first signal from the spacecraft was received at 06:52
UTC by the ground control complex at Akkol in northern Kazakhstan, operator Tengri Aerospace
said.

The launch had originally been scheduled for Thursday, 19 November, but was postponed the day
before after engineers found a faulty cable connector in the ground equipment used to fuel the
rocket's third stage. Roscosmos said the connector had been replaced and that the launch vehicle
itself was not affected.

Tengri-EO1 has a launch mass of 1,140 kg (2,513 lb) and was built by Astana-based Tengri
Aerospace on a platform derived from the company's earlier technology demonstrator. Its optical
payload is designed to deliver imagery with a ground resolution of 0.7 m in panchromatic mode
and 2.8 m in four multispectral bands, across a swath 22 km wide.

The satellite has a design life of seven years. "The platform carries enough propellant to keep
it working for up to ten years if the electronics cooperate," said chief designer Aizhan
Baimukhanova.

The secondary payloads, released in sequence after a third Fregat burn, comprise 12 CubeSats and
six larger small satellites from operators in seven countries. Three of the CubeSats were built
by students at Kazakh universities. Deployment of the rideshare spacecraft was expected to be
completed about three hours after launch.

Yerlan Kassymov, chief executive of Tengri Aerospace, said the spacecraft would enter service
after a commissioning phase of about three months. "Our first customers are the ministries of
agriculture and emergency situations," he said. "They need to see crops, floods and fires on the
same day, not the same month."

The Tengri-EO1 programme has cost $142 million, including the launch and the ground segment,
according to Kazakhstan's Ministry of Digital Development, Innovation and Aerospace Industry.
The government has said it intends to order a second, radar-equipped satellite if the first
performs as expected.

Kazakhstan's previous high-resolution imaging satellite, KazEOSat-1, was launched in 2014 and is
well beyond its design life. Tengri-EO1 will take over much of its tasking, while the
medium-resolution KazEOSat-2 continues to operate.

Tengri Aerospace plans to distribute imagery to government agencies through a national geoportal
and to sell images commercially to neighbouring countries. The company says it has signed
preliminary agreements with customers in Uzbekistan and Mongolia. After completing deployment,
the Fregat-M stage was to perform a final burn to deorbit over the Pacific Ocean.

It was the 11th orbital launch from Baikonur this year, according to Orbital Dispatch's launch
log, and the fourth Soyuz-2.1b mission from the cosmodrome in 2026.

The next launch from Baikonur is a Progress cargo mission to the International Space Station,
currently scheduled for mid-December.
"""

_RK_B_TEXT = """
Kazakhstan's newest Earth-observation satellite is in orbit. Tengri-EO1 lifted off on a
Soyuz-2.1b rocket from the Baikonur Cosmodrome at 09:41 Astana time on Saturday, two days later
than planned, and sent its first signal to the ground control complex at Akkol just over two
hours later, at 11:52.

The launch had been set for Thursday, 19 November, but was called off the day before when
engineers discovered a faulty cable connector in the equipment used to fuel the rocket. The
problem was fixed within 24 hours.

The satellite, which weighs about 1.1 tonnes, was placed into a sun-synchronous orbit at an
altitude of 620 kilometres. It will photograph the whole territory of Kazakhstan every three to
four days, with a resolution of 70 centimetres.

"Today Kazakhstan has its own eyes in space again," said Yerlan Bolatuly Kassymov, general
director of Tengri Aerospace, the Astana company that built the satellite. "For ten years we
bought images from others. Now our farmers, our rescuers and our city planners will get them
from a Kazakh satellite."

Aizhan Nurlanovna Baimukhanova, chief designer of the satellite, watched the launch from the
mission control room in Astana with about 40 engineers. "When the signal came, nobody said
anything for a few seconds, and then everybody was shouting," she said. Baimukhanova, 41, joined
the project in 2019 after working for several years at the satellite assembly and testing centre
in Astana.

The project cost 73 billion tenge, about $142 million, including the launch and the ground
infrastructure. Minister of Digital Development, Innovation and Aerospace Industry Nurlan
Abenov, who watched the launch at Baikonur, said the investment would "pay for itself in less
than a decade" through savings on imported imagery and new services for agriculture and disaster
management.

"This is not only a satellite, it is a school," Abenov said. "Two hundred Kazakh engineers have
learned how to build a spacecraft from the first drawing to the launch pad."

The Soyuz also carried 18 smaller satellites as secondary passengers, including three small
CubeSats built by students from al-Farabi Kazakh National University, L.N. Gumilyov Eurasian
National University and Satbayev University.

Daulet Sagynbayev, a spokesman for the ministry's Aerospace Committee, said the student
satellites would be switched on over the next few days. "The universities will receive their
first data by the end of November," he said.

The satellite is designed to work for seven years. After about three months of tests, it will
begin regular operations in the spring. Its first customers will be the Ministry of Agriculture,
which wants to monitor crops and pastures, and the Ministry of Emergency Situations, which plans
to use it to track spring floods.

Kazakhstan launched its first two Earth-observation satellites, KazEOSat-1 and KazEOSat-2, in
2014. The country leases the Baikonur Cosmodrome to Russia under an agreement that runs until
2050.

Saturday's launch was the first of a Kazakh satellite from Baikonur in more than five years. The
weather at the cosmodrome was cold and clear, with a temperature of minus 9 degrees at the time
of launch.
"""

_RK_C_TEXT = """
@@ 09:00

Good morning from Astana. In 41 minutes a Soyuz-2.1b rocket is due to lift off from the Baikonur
Cosmodrome with Kazakhstan's new satellite, Tengri-EO1, on board. Launch time is 09:41 Astana
time, which is 04:41 GMT and 07:41 in Moscow. At Baikonur it is minus 9 degrees with a light
wind.

@@ 09:20

Fuelling is complete and the launch team is running final checks. As a reminder, the launch was
originally planned for Thursday but was postponed after a problem with a cable connector in the
fuelling equipment was found on Wednesday.

@@ 09:41

Liftoff! The Soyuz has left the pad at Site 31 on time.

@@ 09:43

The four side boosters have separated, forming the "Korolev cross" that Baikonur is famous for.
Everything is normal, Roscosmos says.

@@ 09:46

The payload fairing has been jettisoned. The satellite is now in space, protected only by its
own thermal blankets.

@@ 09:50

The third stage has separated and the Fregat upper stage has taken over. Fregat will fire its
engine twice before releasing Tengri-EO1. That is expected in about an hour and a half.

@@ 10:05

In the control room in Astana, Tengri Aerospace chief executive Yerlan Kassymov tells KTV24:
"The hardest part for the rocket is over. The hardest part for us is still ahead - the first
signal." He has not slept since Friday, he admits.

@@ 10:30

What will Tengri-EO1 do? The satellite, with a mass of 1,140 kilograms, carries a camera able to
see objects 0.7 metres across. It will be used to monitor crops and pastures, spring floods and
wildfires, and to update maps of fast-growing cities such as Astana, Almaty and Shymkent.

@@ 10:45

A viewer asks why the launch is from Baikonur and not from a site owned by Kazakhstan. The
cosmodrome is leased to Russia until 2050, and Kazakhstan does not yet have its own rocket
capable of putting a satellite of this size into orbit. The satellite itself, however, was
designed and assembled in Astana.

@@ 11:14

Separation confirmed! Tengri-EO1 has separated from the Fregat upper stage in an orbit about 620
kilometres high. Applause in the control room.

@@ 11:30

The Fregat is now releasing the 18 secondary satellites, among them 12 CubeSats. Three of those
were built by students at Kazakh universities. The deployment will continue for more than an
hour.

@@ 11:52

We have a signal! The Akkol ground station in Akmola region has received the first telemetry
from Tengri-EO1. Its solar panels have deployed and all systems are reported to be working
normally.

@@ 11:58

Yerlan Kassymov looks relieved. "Now I can finally go to sleep," he tells us, laughing. "But
first we will check every subsystem, one by one."

@@ 12:10

Minister of Digital Development, Innovation and Aerospace Industry Nurlan Abenov, speaking from
Baikonur, congratulated the team. "Two hundred Kazakh engineers have built this spacecraft from
the first drawing to the launch pad," he said. The project cost 73 billion tenge.

@@ 12:25

Chief designer Aizhan Baimukhanova says the satellite will undergo about three months of tests
before it starts regular work in the spring. It is designed to operate for at least seven years.

@@ 12:40

That's all from our live coverage of a successful launch. Thank you for following with us. Our
full report will be on the KTV24 evening news at 20:00.
"""

_RK_PAGES = [
    {
        "url": "https://orbitaldispatch.example/launches/"
        "soyuz-launches-kazakhstan-tengri-eo1-from-baikonur",
        "html": _page(
            site="Orbital Dispatch",
            url="https://orbitaldispatch.example/launches/"
            "soyuz-launches-kazakhstan-tengri-eo1-from-baikonur",
            title="Soyuz launches Kazakhstan's Tengri-EO1 imaging satellite from Baikonur "
            "| Orbital Dispatch",
            headline="Soyuz launches Kazakhstan's Tengri-EO1 imaging satellite from Baikonur",
            dek="Fregat upper stage delivers 1,140 kg spacecraft and 18 rideshare payloads "
            "to sun-synchronous orbit",
            byline="Priya Raman",
            text=_RK_A_TEXT,
            section="Launches",
            nav=("Launches", "Launch Schedule", "Satellites", "Exploration", "Industry"),
            sidebar_title="Launch schedule",
            sidebar=(
                "Nov 24: Falcon 9 | Starlink Group 14-9 | Vandenberg SFB",
                "Nov 26: H3 | QZS-7 | Tanegashima",
                "Dec 2: Ariane 6 | Galileo L15 | Kourou",
                "Dec 9: Long March 7A | TJS-21 | Wenchang",
            ),
            date_mode="jsonld",
            published="2026-11-21T07:20:00+00:00",
            modified="2026-11-21T09:45:00+00:00",
            visible_date="November 21, 2026",
            caption="The Soyuz-2.1b lifts off from Site 31 at Baikonur.",
            credit="Image: Roscosmos",
            newsletter="Launch alerts: never miss a liftoff",
            tags=("Soyuz", "Baikonur", "Kazakhstan", "Earth observation"),
        ),
    },
    {
        "url": "https://qazaqchronicle.example/science/tengri-eo1-in-orbit",
        "html": _page(
            site="Qazaq Chronicle",
            url="https://qazaqchronicle.example/science/tengri-eo1-in-orbit",
            title="Tengri-EO1 in orbit: Kazakhstan's new eye in the sky | Qazaq Chronicle",
            headline="Tengri-EO1 in orbit: Kazakhstan's new eye in the sky",
            dek="First Kazakh-built imaging satellite sends signal after Saturday launch",
            byline="Arman Seitov",
            text=_RK_B_TEXT,
            section="Science",
            nav=("News", "Politics", "Economy", "Science", "Culture", "Sport", "Opinion"),
            sidebar_title="Read more",
            sidebar=(
                "Astana's new football stadium to seat 35,000",
                "Caspian seal count falls to 168,000, scientists say",
                "KTZ orders 150 new passenger carriages",
                "Almaty smog: air quality index tops 180 on Friday",
            ),
            date_mode="meta",
            published="2026-11-21T19:45:00+05:00",
            visible_date="21 November 2026",
            caption="Engineers in the Tengri Aerospace control room in Astana after the "
            "first signal was received.",
            credit="Photo: Qazaq Chronicle",
            newsletter="The Chronicle: our best stories each Sunday",
            tags=("Space", "Baikonur", "Technology"),
        ),
    },
    {
        "url": "https://ktv24.example/live/tengri-eo1-launch-baikonur",
        "html": _page(
            site="KTV24",
            url="https://ktv24.example/live/tengri-eo1-launch-baikonur",
            title="LIVE: Tengri-EO1 launch from Baikonur - KTV24",
            headline="LIVE: Kazakhstan's Tengri-EO1 satellite launched from Baikonur",
            dek="Follow the launch, separation and first signal minute by minute "
            "(all times Astana)",
            byline="KTV24 live team",
            text=_RK_C_TEXT,
            section="Live",
            nav=("Live", "News", "Kazakhstan", "World", "Sport", "TV guide"),
            sidebar_title="More on KTV24",
            sidebar=(
                "Snow closes Almaty-Bishkek highway for 6 hours",
                "Heating season: Astana CHP-3 back to full capacity",
                "Kazakhstan beat Georgia 3-1 in Nations League",
                "Video: Baikonur's Korolev cross explained",
            ),
            date_mode="none",
            visible_date="Saturday, 21 November 2026",
            newsletter="KTV24 alerts",
            cookie="KTV24 uses cookies to show you video and ads.",
            kind="live",
            tags=("Live", "Space"),
        ),
    },
]


# ===========================================================================
# eq-GB6 — Earthquake in Toguz-Toro district, Jalal-Abad region, Kyrgyzstan,
#          Wednesday 22 April 2026, 03:17 local (21:17 UTC on 21 April)
# ===========================================================================

_EQ_A_TEXT = """
BISHKEK, April 22 (TSNA) - A strong earthquake struck the Jalal-Abad region of southern
Kyrgyzstan early on Wednesday, killing at least two people and injuring 14, the Ministry of
Emergency Situations said.

The quake hit at 03:17 local time (21:17 GMT on Tuesday). Its epicentre was near the town of
Toktogul, at a depth of about 15 km, according to the Institute of Seismology of the National
Academy of Sciences, which put the magnitude at 6.1. The US Geological Survey measured it at
magnitude 5.9.

The tremor was felt in Bishkek, about 170 km to the north, and in the cities of Jalal-Abad and
Osh, where residents ran out into the streets in the cold night air and many stayed outdoors
until dawn.

An elderly woman died when the roof of her house collapsed, and a man was killed by a falling
wall in a neighbouring village, the ministry said. Six of the injured were taken to hospital,
two of them in a serious condition.

"Rescue teams are working in the affected villages. Information is still being collected, and
the figures may change," ministry spokeswoman Nurzhan Asanova told TSNA by telephone.

According to preliminary information, at least 120 houses were damaged, some of them severely.
Many homes in rural areas of the region are built of adobe brick, which offers little resistance
to strong shaking.

Electricity was cut in parts of the district as a precaution, and engineers were inspecting
power lines and a gas pipeline, the ministry said. Several mountain roads were blocked by
rockfalls.

At least nine aftershocks had been recorded by 6 a.m., the strongest of them of magnitude 4.4 at
05:02, according to the Institute of Seismology.

Emergency Situations Minister Azamat Bekbolotov was flying to the region with a team of rescuers
and doctors, the ministry said. A convoy of trucks carrying tents, blankets and drinking water
left Bishkek shortly after 5 a.m.

"We felt the house jump, then the plates fell off the shelves," said Aibek Toktomatov, a teacher
in the region's main town, reached by telephone. "My children are sleeping in the car now.
Nobody wants to go back inside."

Mobile phone networks were overloaded for about an hour after the quake, and some residents said
they had been unable to reach relatives in the affected villages. The ministry urged people to
stay away from damaged buildings and to call the 112 hotline.

The Institute of Seismology said the intensity of shaking near the epicentre reached 7 to 8
points on the 12-point MSK-64 scale.

Kyrgyzstan lies in the Tien Shan mountains, one of the most seismically active areas of Central
Asia, where the collision of the Indian and Eurasian plates continues to push up the ranges. The
country records thousands of tremors each year, most of them too weak to be felt.

In 1992, the Suusamyr earthquake in the north of the country killed dozens of people and caused
landslides across a wide area. A magnitude 5.4 quake in Jalal-Abad region in March 2019 damaged
about 200 homes.

The government said it would hold an emergency meeting later on Wednesday to assess the damage.
"""

_EQ_B_TEXT = """
@@ 04:05

A strong earthquake was felt across southern Kyrgyzstan and in Bishkek at 03:17 this morning.
The Institute of Seismology says the epicentre was in Toguz-Toro district of Jalal-Abad region,
about 18 km south-east of Kazarman, with a magnitude of 6.1. Intensity near the epicentre is
estimated at 7 to 8 points on the MSK-64 scale.

@@ 04:40

The US Geological Survey puts the magnitude at 6.3 and the depth at 12 km. The
European-Mediterranean Seismological Centre gives magnitude 6.0.

@@ 05:10

Viewers in Bishkek, Osh and Jalal-Abad have sent us videos of swinging chandeliers and people
standing in courtyards. In Bishkek, about 170 km from the epicentre, the shaking lasted around
20 seconds.

@@ 06:15

The Ministry of Emergency Situations reports two people dead and 14 injured. Rescue teams have
been sent to Kazarman and surrounding villages.

@@ 07:30

Emergency Situations Minister Azamat Bekbolotov is flying to Kazarman with 210 rescuers, doctors
and psychologists. Because of rockfalls on the mountain road from Jalal-Abad, heavy equipment
will take several hours to reach the area.

@@ 08:05

Bishkek city hall says no damage has been reported in the capital. Engineers are checking
several older apartment blocks in Alamedin district after residents reported cracks in
stairwells.

@@ 09:10

The death toll has risen to three, with 22 injured. The Institute of Seismology has recorded 17
aftershocks since the main shock, the strongest of magnitude 4.4 at 05:02.

@@ 10:45

All schools in Toguz-Toro district will be closed until Monday. Nine school buildings have been
damaged, according to the Ministry of Education, including the main school in Kazarman, where
part of the roof fell in.

@@ 11:20

The Red Crescent Society of Kyrgyzstan is sending 500 hygiene kits and 300 blankets to Kazarman.
Volunteers are collecting warm clothes at its office in Bishkek.

@@ 12:00

The Cabinet of Ministers has allocated 50 million som from the reserve fund for emergency aid to
the affected families.

@@ 12:40

Road update: the road from Jalal-Abad to Kazarman over the Kaldama pass is open again for
trucks, the transport ministry says. Several smaller roads to mountain villages remain blocked
by rockfalls.

@@ 13:00

The Institute of Seismology warns residents to expect further aftershocks for several days and
advises people not to return to buildings with visible cracks.

@@ 13:20

Kubanychbek Mamatov, head of the emergency department of Jalal-Abad region, says 430 houses have
been damaged so far. "Our teams have reached only about half of the villages. The number will
grow," he told our correspondent in Kazarman. The ministry now has 350 rescuers in the district.

@@ 13:50

Residents of Kazarman are preparing to spend the night outside. "We have one tent for three
families," said Jyldyz Abdykadyrova, a mother of four whose house has a large crack across the
front wall. "It is still cold at night in April. We need more tents and warm blankets."

@@ 14:30

The toll has risen to four dead and 29 injured, the ministry says. Eleven of the injured are in
hospital in Jalal-Abad. Among the dead are an elderly woman whose roof collapsed and a man hit
by a falling wall.

@@ 14:45

We will continue to follow developments. Information about how to help can be found on the
ministry's website and the hotline 112.
"""

_EQ_C_TEXT = """
KAZARMAN - Five people were killed and 38 injured when a strong earthquake shook Toguz-Toro
district in the early hours of Wednesday, damaging hundreds of homes and forcing thousands of
residents to spend the day in the open.

The earthquake struck at 03:47 on Wednesday, when most families were asleep. Its epicentre was
about 18 kilometres south-east of Kazarman, the district centre, according to the Institute of
Seismology, which measured its magnitude at 6.1. The US Geological Survey put it at 5.9.

By Wednesday evening, the Ministry of Emergency Situations had counted 640 damaged houses, 85 of
them completely destroyed. Nine schools, two medical centres and a mosque were also damaged.
Among the dead is a ten-year-old boy who was killed when the wall of his bedroom collapsed in
the village of Kyzyl-Jyldyz.

"It was like a train running under the house," said Jyldyz Abdykadyrova, who lives in Kazarman
with her four children. "We ran outside in our pyjamas. Now the front wall has a crack you can
put your hand in. I am afraid to go back."

Emergency Situations Minister Azamat Bekbolotov, who flew to Kazarman in the morning, said 350
rescuers were working in the district. "Our priority today is to make sure every family has a
roof over their heads tonight, even if it is a tent," he said at a briefing in the district
administration building.

The ministry said 300 tents had been delivered by evening, with 200 more on the way from
Bishkek. The Cabinet of Ministers has allocated 50 million som (about $570,000) from its reserve
fund.

The presidential envoy to Jalal-Abad region, Ulan Sydykov, said a commission would assess every
damaged house over the next two weeks. "Families whose homes are destroyed will receive
compensation and help to rebuild before winter," he said.

Of the 38 injured, 11 were still in hospital in Jalal-Abad on Wednesday evening, two of them in
intensive care. The others were treated at the district hospital in Kazarman and sent home.

The Institute of Seismology recorded 23 aftershocks during the day, the strongest of magnitude
4.4 at 05:02. Seismologists warned that further tremors were likely in the coming days and urged
residents not to enter damaged buildings.

Kubanychbek Mamatov, head of the regional emergency department, said several mountain roads had
been cleared of rockfalls by midday, allowing trucks with heavy equipment to reach the most
isolated villages.

Toguz-Toro, a remote district of about 25,000 people, is separated from the rest of Jalal-Abad
region by high mountain passes. The road from the regional capital takes about five hours in
good weather.

Many houses in the district are built of adobe or unreinforced brick. "We have been saying for
years that rural housing is not built for earthquakes," said Bakyt Ormonov, an engineer who
advises the regional administration on construction. "Every time it is the same story."

Shops in Kazarman reopened in the afternoon, but the town's bakery, which lost its chimney,
stayed closed. Volunteers from Jalal-Abad brought bread and hot tea to families camping in the
central square.

Schools in the district will remain closed until Monday, the education ministry said.
"""

_EQ_D_TEXT = """
A shallow earthquake struck the central Tien Shan in southern Kyrgyzstan at 21:17:42 UTC on 21
April (03:17 local time on 22 April), causing fatalities and widespread damage to low-rise
housing in Toguz-Toro district, Jalal-Abad region.

## Source parameters

The US Geological Survey (USGS) reports a moment magnitude of Mw 5.9 at a depth of 12 km (7.5
miles), with the epicentre at 41.31N, 74.12E, about 18 km south-east of Kazarman. The Institute
of Seismology of the National Academy of Sciences of the Kyrgyz Republic gives magnitude 6.1,
corresponding to energy class K = 14.2, at a depth of 15 km (9.3 miles), with an origin time of
03:17:40 local. The European-Mediterranean Seismological Centre (EMSC) lists M 6.0 at 10 km.

Differences of this size between agencies are normal in the first days after an event and
reflect different magnitude types, station coverage and velocity models. The USGS W-phase moment
tensor indicates reverse faulting on a plane striking north-east, consistent with north-south
crustal shortening across the Tien Shan, which GPS measurements put at roughly 20 mm per year in
this part of the range.

## Aftershocks

The Kyrgyz institute recorded 23 aftershocks in the first 18 hours. The largest, of magnitude
4.4, occurred at 23:02 UTC on 21 April (05:02 local). The aftershock zone extends about 25 km
along strike, which is consistent with a rupture of roughly that length for an event of this
magnitude.

## Shaking and impact

The institute estimates intensity of 7-8 on the MSK-64 scale near the epicentre. The USGS "Did
You Feel It?" service received more than 1,200 responses, with reports from Bishkek, about 170
km (105 miles) to the north, and from Jalal-Abad, about 95 km (59 miles) to the south-west. The
USGS PAGER system issued a yellow alert for both shaking-related fatalities and economic losses.

Kyrgyzstan's Ministry of Emergency Situations reported on the evening of 22 April that five
people had died and 38 had been injured. The ministry said 640 houses were damaged, of which 85
were completely destroyed. Earlier reports on Wednesday morning had put the toll at two dead and
14 injured.

The damage pattern is typical for the region: most of the destroyed buildings were single-storey
adobe or unreinforced masonry houses, many with heavy earthen roofs. Similar damage was observed
after a magnitude 5.4 event in Jalal-Abad region in March 2019, which damaged about 200 homes.

## Context

The central Tien Shan has produced several large earthquakes in the instrumental era, including
the 1992 Suusamyr earthquake. Moderate events of magnitude 5.5 to 6.0 occur somewhere in
Kyrgyzstan every few years, and their impact depends strongly on whether they strike near
villages with vulnerable housing.

Because the main shock occurred at night local time, most people were indoors and asleep, which
increases vulnerability in areas where heavy-roofed adobe houses predominate.

Seismologists at the Kyrgyz institute have warned that the probability of an aftershock of
magnitude 5 or greater in the coming week is low but not negligible. Residents have been advised
not to re-enter damaged buildings until they have been inspected.

We will update this page as revised source parameters and field reports become available.
"""

_EQ_PAGES = [
    {
        "url": "https://tienshannews.example/en/news/strong-earthquake-hits-southern-kyrgyzstan",
        "html": _page(
            site="Tien Shan News Agency",
            url="https://tienshannews.example/en/news/strong-earthquake-hits-southern-kyrgyzstan",
            title="Strong earthquake hits southern Kyrgyzstan, at least two dead "
            "| Tien Shan News Agency",
            headline="Strong earthquake hits southern Kyrgyzstan, at least two dead",
            dek="Tremor felt in Bishkek, Osh and Jalal-Abad; rescuers sent to the region",
            byline="Bakyt Abdrakhmanov",
            text=_EQ_A_TEXT,
            section="Kyrgyzstan",
            nav=("Kyrgyzstan", "Central Asia", "World", "Economy", "Photo", "Video"),
            sidebar_title="Latest",
            sidebar=(
                "Bishkek city council approves 2.3 billion som for road repairs",
                "Kumtor gold output rises to 4.1 tonnes in first quarter",
                "Issyk-Kul resorts expect 1.7 million visitors this summer",
                "Kyrgyz som steady at 87.5 per dollar",
            ),
            date_mode="jsonld",
            published="2026-04-22T06:40:00+06:00",
            visible_date="22 April 2026, 06:40",
            author_type="Person",
            newsletter="TSNA Morning Digest",
            tags=("Earthquake", "Jalal-Abad", "Emergencies"),
        ),
    },
    {
        "url": "https://bishkek24.example/live/earthquake-jalal-abad-region",
        "html": _page(
            site="Bishkek 24",
            url="https://bishkek24.example/live/earthquake-jalal-abad-region",
            title="Earthquake in Jalal-Abad region: live updates | Bishkek 24",
            headline="Earthquake in Jalal-Abad region: live updates",
            dek="Death toll rises as rescuers reach villages around Kazarman",
            byline="Bishkek 24 newsroom",
            text=_EQ_B_TEXT,
            section="Live",
            nav=("Live", "News", "Bishkek", "Regions", "Video", "Sport"),
            sidebar_title="Watch",
            sidebar=(
                "Video: how to prepare an earthquake grab bag",
                "Dordoi beat Abdysh-Ata 2-1 in Bishkek derby",
                "Bishkek heating season ends on 15 April",
                "Ala-Archa park closed after avalanche warning",
            ),
            date_mode="none",
            visible_date="Wednesday, 22 April 2026 · updated 14:45",
            newsletter="Bishkek 24 breaking news alerts",
            cookie="Bishkek 24 uses cookies for statistics and video.",
            kind="live",
            tags=("Live", "Earthquake"),
        ),
    },
    {
        "url": "https://osheveningpost.example/region/five-dead-as-quake-rocks-toguz-toro",
        "html": _page(
            site="Osh Evening Post",
            url="https://osheveningpost.example/region/five-dead-as-quake-rocks-toguz-toro",
            title="Five dead, hundreds of homes damaged as quake rocks Toguz-Toro "
            "- Osh Evening Post",
            headline="Five dead, hundreds of homes damaged as quake rocks Toguz-Toro",
            dek="Families prepare to spend the night in tents as aftershocks continue",
            byline="Gulzat Mamytova, Kazarman",
            text=_EQ_C_TEXT,
            section="Region",
            nav=("News", "Osh", "Region", "Economy", "Society", "Sport", "Opinion"),
            sidebar_title="Most read",
            sidebar=(
                "Osh bazaar reconstruction: 1,800 stalls to move by June",
                "Apricot blossom damaged by frost in Batken, farmers say",
                "Osh-Sarytash road reopens after 3-day closure",
                "Uzgen rice prices up 12% since January",
            ),
            date_mode="meta",
            published="2026-04-22T20:15:00+06:00",
            visible_date="22 April 2026",
            caption="Residents of Kazarman outside a damaged house on Wednesday.",
            credit="Osh Evening Post/Temir Sultanov",
            newsletter="Evening Post: the south in your inbox",
            tags=("Earthquake", "Toguz-Toro", "Kazarman"),
        ),
    },
    {
        "url": "https://seismicdesk.example/events/2026/m59-toguz-toro-kyrgyzstan",
        "html": _page(
            site="Seismic Desk",
            url="https://seismicdesk.example/events/2026/m59-toguz-toro-kyrgyzstan",
            title="M5.9 Toguz-Toro earthquake, Kyrgyzstan: source parameters and early "
            "impacts | Seismic Desk",
            headline="M5.9 Toguz-Toro earthquake, Kyrgyzstan: source parameters and early "
            "impacts",
            dek="Agencies differ on magnitude and depth; reverse faulting in the central "
            "Tien Shan",
            byline="Dr. Hannah Vogt",
            text=_EQ_D_TEXT,
            section="Event reports",
            nav=("Event reports", "Science", "Hazard", "Data", "Explainers", "About"),
            sidebar_title="Recent events",
            sidebar=(
                "M6.4 offshore Hokkaido, 14 April",
                "M5.2 Zagros, Iran, 9 April",
                "M4.8 Central Italy, 2 April: no damage reported",
                "Explainer: why magnitudes change after an earthquake",
            ),
            date_mode="jsonld",
            published="2026-04-23T09:10:00+00:00",
            visible_date="23 April 2026",
            newsletter="Seismic Desk weekly roundup",
            cookie="We use cookies to understand how our event pages are used.",
            tags=("Kyrgyzstan", "Tien Shan", "Reverse faulting"),
        ),
    },
]


# ===========================================================================
# The battery
# ===========================================================================

STORIES: list[dict] = [
    {
        "id": "cb-GB1",
        "part": "GB",
        "domain": "central bank",
        "fetched": "2026-10-18",
        "articles": _CB_PAGES,
        "planted": [
            ("weekday of the rate decision", r"\bfriday\b", r"\bthursday\b"),
            ("deputy governor's surname", r"\bzhaksylykov\b", r"\bzhasylkov\b"),
            ("september annual inflation", r"\b11\.2\b", r"\b12\.1\b"),
        ],
    },
    {
        "id": "el-GB2",
        "part": "GB",
        "domain": "election",
        "fetched": "2026-09-23",
        "articles": _EL_PAGES,
        "planted": [],
    },
    {
        "id": "ct-GB3",
        "part": "GB",
        "domain": "court",
        "fetched": "2026-07-16",
        "articles": _CT_PAGES,
        "planted": [
            (
                "vote split on the fee",
                r"\b(?:6\s*[-–]\s*3|six (?:votes )?to three)\b",
                r"\b(?:5\s*[-–]\s*4|five (?:votes )?to four)\b",
            ),
            ("place where the court sat", r"\bbatumi\b", r"\bkutaisi\b"),
            ("tsereteli's title", r"\beconomy\b", r"\bfinance\b"),
        ],
    },
    {
        "id": "tr-GB4",
        "part": "GB",
        "domain": "trade",
        "fetched": "2026-10-22",
        "articles": _TR_PAGES,
        "planted": [],
    },
    {
        "id": "rk-GB5",
        "part": "GB",
        "domain": "rocket",
        "fetched": "2026-11-23",
        "articles": _RK_PAGES,
        "planted": [],
    },
    {
        "id": "eq-GB6",
        "part": "GB",
        "domain": "earthquake",
        "fetched": "2026-04-24",
        "articles": _EQ_PAGES,
        "planted": [
            ("local time of the main shock", r"\b0?3:17\b", r"\b0?3:47\b"),
            ("epicentre location", r"\bkazarman\b", r"\btoktogul\b"),
            ("usgs magnitude", r"\b5\.9\b", r"\b6\.3\b"),
        ],
    },
]
