"""Story battery, part BF — mainland Southeast Asia (Thailand, Vietnam, Malaysia, Cambodia, Myanmar), events in 2026.

Written by engineer BF1 on 2026-12-07 for the thirty-first batch, a precision batch.
Every outlet, reporter, company, most officials and all figures below are invented;
real institutions and places appear only as scenery.

cb-BF1 (central bank, CONTROL, no planted disagreement). True facts: on Wednesday
25 February 2026 the Bank of Thailand's seven-member Monetary Policy Committee cut the
one-day repurchase rate by 25 basis points to 1.25% from 1.50%, voting 5-2 (two members
wanted a hold); the statement came out at 14:30 Bangkok time (07:30 GMT); it was the
second cut in three meetings after a quarter-point cut in December. Assistant governor
Pornthip Wattanakul, secretary to the committee, briefed the press. The 2026 growth
forecast went to 1.8% from 2.1% (2027 unchanged at 2.3%); the 2026 headline inflation
forecast to 0.6% from 0.9% (target band 1-3%); January CPI was -0.4% y/y, core 0.7%.
A 50 billion baht (about $1.5 billion) soft-loan scheme for SMEs is being prepared. The baht
went to 32.94 per dollar from 32.71; the SET index rose 0.8% to 1,268.4; the next meeting is
on Wednesday 29 April. Outlets: Mekong Wire (wire; article:published_time
2026-02-25T07:41Z), The Bangkok Ledger (newspaper; JSON-LD datePublished 2026-02-26, says
"yesterday"), Asia Rates Monitor (specialist note; NO date anywhere), Channel Siam News
(broadcaster; visible date "25 February 2026, 18:10 ICT" only). Legitimate traps: 1.25% vs
"1.25 per cent" vs "1.25 percent"; 25bp vs "a quarter of a percentage point" vs "0.25
percentage point"; previous rate 1.50% / 1.5%; 14:30 local vs 0730 GMT vs "2:30 pm";
"yesterday" (Ledger, dated 26 Feb) and "this afternoon" (broadcaster) both resolve to 25 Feb;
growth and inflation forecasts with their previous values; actual January CPI and core
inflation; $1.52 billion vs "about US$1.5 billion" for 50 billion baht; baht 32.94 vs
"around 32.9"; the note's own house forecasts (1.6% growth, 0.4% inflation, a further cut to
1.00%) and an economist's forecast of one more cut; "5-2" vs "five of the seven" vs "two
dissenters"; sidebar of other central banks' rates (Indonesia 4.50%, Philippines 4.75%,
Malaysia 2.75%, Vietnam 4.50%); household debt about 87% of GDP; quotes by Pornthip given
in full and paraphrased in slightly different words.

el-BF2 (election). True facts: Sunday 17 May 2026 by-election for chief executive of the
Khon Kaen Provincial Administrative Organisation (Thailand), called after Chairat Phonphan
resigned on 3 April. Polls open 08:00-17:00 local (17:00 = 10:00 GMT), 2,915 polling
stations, 1,402,850 eligible voters, 873,975 ballots (turnout 62.3%, up from 58.9% in the
February 2025 provincial election); 31,204 invalid, 19,371 "vote no", 823,400 valid votes
for candidates. Unofficial 100% count at 21:40: Wiphawee "Nok" Chantarasri (Isan Forward
Party) 421,608 = 51.2% of valid votes; Prasert Boonmak (independent) 318,744 = 38.7%;
Chatchai Inthasorn (Green Mekong Party) 83,048 = 10.1%; margin 102,864. Thawatchai Rungrot
is the Election Commission's provincial director for Khon Kaen; four formal complaints;
certification due within 30 days. PLANTED: (1) winner's vote share — right 51.2%, wrong
52.1% in The Northeastern Chronicle; (2) time polls closed — right 17:00 / 5 p.m., wrong
"4 pm" in Radio Mekong International; (3) Thawatchai's role — right "provincial director",
wrong "secretary-general" of the Election Commission in Southeast Wire. Outlets: Isan Today
live page (visible date "Sunday 17 May 2026" and ICT timestamps), Southeast Wire
(article:published_time 2026-05-17T15:20Z), The Northeastern Chronicle (JSON-LD
datePublished 2026-05-18, "yesterday"), Radio Mekong International (broadcaster, NO date).
Legitimate traps: partial live counts at 18:40 (12% counted) and 19:55 (48% counted:
Wiphawee 201,322, Prasert 152,130) vs the final unofficial count; 51.2% of valid votes vs
48.2% of all ballots cast (explained by the wire); turnout 62.3% vs "about 62%" vs "more
than six in ten"; margin 102,864 vs "more than 100,000"; 17:00 ICT vs 10:00 GMT; "yesterday"
and "on Sunday"; nickname "Nok" given or not; title shortened to "EC provincial director";
previous turnout 58.9%; PAO budget 2.9 billion baht ($87 million) and a spending cap of
2.5 million baht; victory and
concession quotes quoted and paraphrased; other provinces' turnout in a sidebar.

ct-BF3 (court). True facts: on Thursday 10 September 2026 the Ho Chi Minh City People's
Court sentenced Tran Quoc Minh (61), founder and former chairman of Saigon Horizon Land
JSC, to 18 years in prison for fraudulent appropriation of property (Article 174) over
4.2 trillion dong (about $160 million at 26,300 dong per dollar) taken from 3,870 investors
in the never-built Horizon Riverside project in Thu Duc; 23 co-defendants got from 30
months suspended up to 11 years (former general director Le Thi Thu Ha: 11 years);
prosecutors had sought 19 to 20 years for Minh; he must repay 3.6 trillion dong (about
$137 million); trial opened Monday 24 August; reading of the verdict 08:00-11:40 local
(01:00-04:40 GMT); 15 days to appeal; presiding judge Nguyen Thanh Tung; defence lawyer
Pham Duc Anh. PLANTED: (1) Minh's sentence — right 18 years, wrong 16 years in Saigon
Evening Post; (2) number of co-defendants — right 23, wrong 32 in VietAsia Broadcasting;
(3) weekday of the verdict — right Thursday, wrong Friday in Frontier Markets Brief.
Outlets: Indochina Press Agency (wire; article:published_time 2026-09-10T06:10Z), Saigon
Evening Post (newspaper; only a visible date "11 September 2026", says "yesterday"),
Frontier Markets Brief (newsletter; JSON-LD datePublished 2026-09-12), VietAsia
Broadcasting (broadcaster; NO date). Legitimate traps: sought 19-20 years vs imposed 18;
total 24 defendants vs 23 co-defendants; 4.2 trillion dong raised vs 3.6 trillion to repay;
"$160 million" vs "$159.7 million"; 3,870 vs "nearly 3,900" investors; name with and without
Vietnamese diacritics, and "Minh" alone; court name full vs "HCMC court"; Ha's 11 years vs
Minh's term; 1.9 billion dong deposit = about $72,000; local vs GMT times; "yesterday";
arrest in November 2024; sidebar of earlier (invented) fraud cases with other terms.

tr-BF4 (trade, CONTROL, no planted disagreement). True facts: Vietnam's National Statistics
Office reported on Monday 6 April 2026 (briefing at 10:00 local, 03:00 GMT): Q1 exports
$118.4 billion (+12.6% y/y), Q1 imports $114.9 billion (+15.1%), Q1 surplus $3.5 billion;
March exports $42.7 billion (+14.3% y/y, +31.8% m/m), March imports $41.6 billion (+16.9%),
March surplus $1.1 billion; February exports revised to $32.4 billion from a preliminary
$31.9 billion; Q1 exports to the US $33.6 billion (+24.1%); imports from China $46.2
billion (+19.7%); electronics, computers and components exports $21.9 billion (+33.5%);
Q1 GDP growth 6.9%; economists expected March exports +11.0%; Q1 2025 export growth was
10.6%. Official: Dinh Van Khoa, director of trade and services statistics. Outlets:
Indochina Press Agency (wire; article:published_time 2026-04-06T04:05Z), The Red River
Herald (newspaper; JSON-LD datePublished 2026-04-07, "yesterday"), ASEAN Trade Tracker
(newsletter; NO date). Legitimate traps: y/y vs m/m growth; preliminary vs revised
February; forecast 11.0% vs actual 14.3%; quarter vs month figures; surplus $3.5 billion
vs "about 92 trillion dong";
"$118.4 billion" vs "about 3,100 trillion dong"; "yesterday" vs "on Monday"; earlier-year
growth 10.6%; Thailand (+5.2%) and Malaysia (+7.8%) February exports in a sidebar; the
official's title shortened; his quote given and paraphrased.

rk-BF5 (rocket, CONTROL, no planted disagreement). True facts: Chao Phraya Launch Systems
(CEO Natthaphon "Ton" Lertwattana, flight director Kanokwan Issara) launched the
single-stage solid-fuel Kinnari-2 (14.5 m, 6.8 tonnes) from its pad near Sattahip, Chonburi,
at 06:42 ICT on Thursday 23 July 2026 (23:42 UTC on Wednesday 22 July), 1 hour 12 minutes
after the planned 05:30 because of upper-level winds; apogee 118 km (about 73 miles);
about four minutes of microgravity; the 38 kg capsule with four experiments splashed down
11 minutes 20 seconds after liftoff, 64 km (about 40 miles, 35 nautical miles) offshore,
and was recovered by a navy vessel at 08:55 (2 hours 13 minutes after launch); Kinnari-1
reached 52 km in November 2025; programme cost 180 million baht (about $5.5 million); an
orbital vehicle is targeted for no earlier than 2028. Outlets: Gulf Coast Today live page
(visible date "Thursday 23 July 2026", ICT timestamps), Southeast Wire
(article:published_time 2026-07-23T01:30Z, written before the recovery), Orbital Ledger
(newsletter; NO date). Legitimate traps: preliminary apogee "about 115 km" on the live
page, later confirmed at 118 km; km vs miles vs nautical miles; 06:42 ICT vs 23:42 UTC on
the previous day (Wednesday); planned 05:30 vs actual 06:42; 11 min 20 s flight vs 2 h 13
min to recovery; the wire saying vessels were still heading out; Kinnari-1's 52 km;
180 million baht vs $5.5 million; name with and without nickname; quotes paraphrased.

eq-BF6 (earthquake). True facts: a magnitude 6.2 earthquake (initially reported as 6.0 by
Myanmar's Department of Meteorology and Hydrology, then revised) struck at 14:27 local
time (MMT, UTC+6:30; 07:57 GMT; 14:57 in Bangkok) on Tuesday 13 October 2026, at a depth of
12 km, about 18 km north-west of Pakokku in Magway region; felt in Mandalay; minor damage
to temples in Bagan; 14 aftershocks by Wednesday morning, largest 4.6 at 16:05; final toll
(Wednesday 14 October, night): 37 dead (14 of them children at the school), 214 injured,
1,160 buildings damaged; a monastery school collapsed in Thayetkan village; the quote
"We are still pulling people out of the
rubble..." is by Dr Aye Thandar Win, medical superintendent of Pakokku General Hospital;
the regional government pledged 500 million kyat (about $238,000). PLANTED: (1) magnitude
— right 6.2, wrong 6.5 in The Bangkok Ledger; (2) epicentre — right near Pakokku, wrong
near Myingyan in Relief Bulletin Asia; (3) speaker of the rubble quote — right Aye Thandar
Win, wrong "U Myint Swe Oo" (a regional spokesman) in Southeast Wire. Outlets: Delta Post
live page (visible date "13 October 2026", MMT timestamps), Southeast Wire
(article:published_time 2026-10-13T11:20Z), The Bangkok Ledger (JSON-LD datePublished
2026-10-15), Relief Bulletin Asia (humanitarian newsletter; NO date). Legitimate traps:
preliminary magnitude 6.0 revised to 6.2; rising tolls with timestamps (3, 11, 24 dead on
the live page; 11 in the wire at 17:30 local) vs the final 37; six dead at the school in an
early update vs 14 children in the final count; 14:27 MMT vs 07:57 GMT vs 14:57 Bangkok
time; "on Tuesday", "last night" and "yesterday" from a Thursday page; 500 million kyat vs $238,000;
aftershock magnitude 4.6 vs the main shock; 130 km to Mandalay and 30 km to Bagan;
136 injured in the 22:05 update vs the final 214; the hospital quote quoted in slightly
different words.
"""

import html as _html
import json as _json


def _e(text):
    return _html.escape(text, quote=True)


def _paras(block):
    """Turn a wrapped text block into a list of paragraphs (blank line = new paragraph)."""
    out = []
    for chunk in block.strip().split("\n\n"):
        chunk = " ".join(chunk.split())
        if chunk:
            out.append(chunk)
    return out


_NAV = ["Home", "News", "Business", "Politics", "Asia", "World", "Tech & Science", "Opinion"]


def _page(
    *,
    site,
    domain,
    path,
    headline,
    dek,
    byline,
    section,
    body,
    sidebar_title,
    sidebar,
    related,
    published=None,
    modified=None,
    jsonld_date=None,
    visible_date=None,
    live=None,
    tagline="",
    year=None,
    tags=(),
):
    """Build one full HTML page. ``body`` is a text block; ``live`` a list of
    (timestamp, heading, text) tuples shown newest first after the intro."""
    url = f"https://www.{domain}{path}"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(headline)} | {_e(site)}</title>",
        f'<meta name="description" content="{_e(dek)}">',
        f'<meta property="og:site_name" content="{_e(site)}">',
        f'<meta property="og:title" content="{_e(headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{_e(url)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{modified}">')
    head.append(f'<link rel="canonical" href="{_e(url)}">')
    head.append(f'<link rel="stylesheet" href="https://static.{domain}/css/main.css">')
    if jsonld_date:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": jsonld_date,
            "author": {"@type": "Person", "name": byline},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        blob = _json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{blob}</script>')

    nav = "".join(
        f'<li><a href="/{n.lower().replace(" & ", "-").replace(" ", "-")}/">{_e(n)}</a></li>'
        for n in _NAV
    )
    share_targets = [
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
        ("X", "https://x.com/intent/post?url="),
        ("LINE", "https://social-plugins.line.me/lineit/share?url="),
        ("WhatsApp", "https://wa.me/?text="),
        ("Email", "mailto:?body="),
    ]
    share = "".join(
        f'<li><a class="share-{n.lower()}" href="{_e(base + url)}">Share on {n}</a></li>'
        for n, base in share_targets
    )
    share += '<li><button class="copy-link" type="button">Copy link</button></li>'

    paras = _paras(body)
    parts = []
    for i, p in enumerate(paras):
        parts.append(f"<p>{_e(p)}</p>")
        if i == 3:
            parts.append(
                '<div class="ad-slot ad-inline" aria-hidden="true">'
                "<span>Advertisement</span></div>"
            )
    if live:
        items = []
        for stamp, heading, text in live:
            ps = "".join(f"<p>{_e(x)}</p>" for x in _paras(text))
            items.append(
                '<div class="live-update">'
                f'<p class="live-time">{_e(stamp)}</p>'
                f"<h3>{_e(heading)}</h3>{ps}"
                '<ul class="update-share"><li><a href="#">Share this update</a></li></ul>'
                "</div>"
            )
        parts.append(
            '<section class="live-feed" aria-label="Live updates">'
            '<h2>Latest updates</h2><p class="live-badge">LIVE</p>' + "".join(items) + "</section>"
        )
    dateline = ""
    if visible_date:
        dateline = f'<p class="article-date">{_e(visible_date)}</p>'
    side_items = "".join(f"<li>{_e(x)}</li>" for x in sidebar)
    rel_items = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in related)
    tag_items = "".join(
        f'<a class="tag" href="/tag/{_e(t.lower().replace(" ", "-"))}/">{_e(t)}</a>'
        for t in tags
    )
    copyright_line = f"&copy; {year} {_e(site)}" if year else f"&copy; {_e(site)}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n' + "\n".join(head) + "\n</head>\n"
        '<body class="article-page">\n'
        '<div id="cookie-consent" class="cookie-banner" role="dialog" '
        'aria-label="Cookie consent"><p>We and our partners use cookies to personalise '
        "content and ads and to analyse our traffic. You can change your choices at any "
        'time. <a href="/privacy/">Privacy policy</a></p>'
        '<button type="button">Accept all</button>'
        '<button type="button">Reject non-essential</button>'
        '<button type="button">Manage preferences</button></div>\n'
        '<header class="site-header"><div class="masthead">'
        f'<a class="logo" href="/">{_e(site)}</a>'
        f'<span class="tagline">{_e(tagline)}</span>'
        '<a class="subscribe" href="/subscribe/">Subscribe</a>'
        '<a class="login" href="/account/">Sign in</a></div>'
        f'<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav></header>\n'
        '<div class="ad-slot ad-leaderboard" aria-hidden="true"><span>Advertisement</span>'
        "</div>\n"
        '<main class="layout">\n<article class="story">\n'
        f'<p class="kicker"><a href="/{_e(section.lower().replace(" ", "-"))}/">'
        f"{_e(section)}</a></p>\n"
        f"<h1>{_e(headline)}</h1>\n"
        f'<p class="standfirst">{_e(dek)}</p>\n'
        f'<p class="byline">By <span class="author">{_e(byline)}</span></p>\n'
        f"{dateline}\n"
        f'<ul class="share-bar">{share}</ul>\n'
        '<div class="article-body">\n' + "\n".join(parts) + "\n</div>\n"
        f'<div class="tags">{tag_items}</div>\n'
        '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p>'
        '<form action="/newsletter/" method="post"><input type="email" name="email" '
        'placeholder="Your email"><button type="submit">Sign up</button></form></div>\n'
        "</article>\n"
        '<aside class="sidebar">\n'
        f'<section class="factbox"><h2>{_e(sidebar_title)}</h2><ul>{side_items}</ul>'
        "</section>\n"
        '<div class="ad-slot ad-mpu" aria-hidden="true"><span>Advertisement</span></div>\n'
        f'<section class="related"><h2>Related stories</h2><ul>{rel_items}</ul></section>\n'
        '<section class="most-read"><h2>Most read</h2><ol>'
        '<li><a href="/travel/rainy-season-guide/">A rainy-season travel guide</a></li>'
        '<li><a href="/food/street-food-prices/">Why street food costs more</a></li>'
        '<li><a href="/tech/phone-scam-warning/">Police warn of new phone scam</a></li>'
        "</ol></section>\n"
        "</aside>\n</main>\n"
        '<footer class="site-footer"><ul>'
        '<li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li>'
        '<li><a href="/corrections/">Corrections</a></li>'
        '<li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy</a></li>'
        '<li><a href="/advertise/">Advertise with us</a></li></ul>'
        f"<p>{copyright_line}. All rights reserved.</p></footer>\n"
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------
# cb-BF1 — Bank of Thailand rate cut (CONTROL)
# ---------------------------------------------------------------------------

_CB_WIRE = """
BANGKOK, Feb 25 (Mekong Wire) - Thailand's central bank cut its benchmark interest rate by
25 basis points on Wednesday, lowering the one-day repurchase rate to 1.25% from 1.50% as
it tried to shore up a stalling economy with inflation stuck below its target range.

The Bank of Thailand's monetary policy committee voted 5-2 for the reduction, with two
members preferring to leave the rate unchanged, the bank said in a statement released at
14:30 local time (0730 GMT). It was the second cut in three meetings, following a
quarter-point reduction in December.

Fourteen of 22 economists in a Mekong Wire poll published last week had forecast a cut,
while the remaining eight expected the committee to hold.

"The committee judged that a lower policy rate would support the recovery while inflation
remains below the target range, and that the easing would not add materially to financial
stability risks," Pornthip Wattanakul, assistant governor and secretary to the committee,
told a news conference after the decision.

She said the two dissenting members had argued that the December cut was still feeding
through to lending rates and that the bank should preserve its limited room for manoeuvre.

The committee lowered its forecast for economic growth this year to 1.8% from the 2.1% it
projected previously, citing weaker manufacturing, slower public investment and softer
demand for Thai goods in China. It kept its 2027 growth forecast at 2.3%.

It also cut its forecast for headline inflation this year to 0.6% from 0.9%, well below
the 1% to 3% target range. Consumer prices fell 0.4% in January from a year earlier,
official data showed this month, while core inflation, which strips out fresh food and
energy, was 0.7%.

Pornthip said the bank was working with the finance ministry on a 50 billion baht ($1.52
billion) soft-loan facility for small and medium-sized businesses, to be channelled
through state-owned banks, and that details would be announced "within weeks".

The baht weakened after the decision, trading at 32.94 per dollar by 1000 GMT, compared
with 32.71 just before the announcement. Thai stocks gained, with the SET index closing up
0.8% at 1,268.4 points.

"The statement leaves the door open to another move, and we think there is room for one
more cut, probably around the middle of the year," said Siriporn Jaidee, chief economist
at Lotus Bay Securities in Bangkok.

Daniel Okafor, Asia economist at Harbourline Research in Singapore, said the split vote
suggested the bar for further easing was now higher. "Two dissents is a clear signal that
this committee does not want to be seen running out of ammunition," he said.

The government has for months pressed the central bank to lower borrowing costs, arguing
that household debt, equal to about 87% of gross domestic product, and weak credit growth
were holding back consumption.

The committee's next policy meeting is scheduled for April 29.

(Reporting by Napat Srisuk and Helen Maitland; Editing by Graham Pike)
"""

_CB_PAPER = """
The Bank of Thailand's Monetary Policy Committee (MPC) yesterday lowered the policy rate by
a quarter of a percentage point to 1.25 per cent, its second reduction in three meetings
after a cut in December, as the central bank signalled growing concern about weak demand
and persistently low inflation.

Five of the seven committee members voted for the cut, while two favoured holding the rate
at 1.50 per cent, according to the statement issued after the meeting at the central
bank's headquarters on Samsen Road.

Assistant governor Pornthip Wattanakul, who serves as the committee's secretary, told
reporters that the majority saw a lower rate as support for a recovery that had "lost
momentum" in the final quarter of last year, at a time when inflation was running below
the 1-3 per cent target band.

"A lower rate supports the recovery while inflation is below target, and we do not see it
adding meaningfully to financial stability risks," she said.

The MPC now expects gross domestic product to grow 1.8 per cent this year, down from the
2.1 per cent it projected at its previous forecast round. It sees headline inflation at 0.6
per cent for the year, compared with 0.9 per cent previously.

Pornthip said the outlook for exports had weakened as demand from China slowed, while
disbursement of the state investment budget had been slower than planned. She declined to
say whether the committee had discussed a larger cut.

Headline consumer prices fell 0.4 per cent year-on-year in January. Core inflation stood
at 0.7 per cent.

The central bank and the Finance Ministry are preparing a soft-loan scheme worth 50 billion
baht, or about US$1.5 billion, for small and medium-sized enterprises. Pornthip said the
loans would be distributed through state-owned banks and that the conditions would be
announced "in the coming weeks".

Business groups welcomed the decision. Somkiat Thanarat, vice-chairman of the Thai Small
Enterprise Council, said many smaller firms had been squeezed by high borrowing costs and
falling orders. "Every quarter point helps, but what our members need most is access to
credit," he said.

Economists were divided on what comes next. Siriporn Jaidee of Lotus Bay Securities said
she expected one more cut by mid-year, while others said the two dissenting votes suggested
the committee would now pause.

The baht eased to 32.94 to the US dollar in late trading yesterday from 32.71 before the
announcement. The Stock Exchange of Thailand's SET index rose 0.8 per cent to close at
1,268.4 points.

Household debt remains a central concern for policymakers. It stood at about 87 per cent
of GDP at the end of the third quarter of last year, among the highest ratios in Asia.

The MPC will next meet on April 29.
"""

_CB_NOTE = """
Rates Note: Thailand. The Bank of Thailand cut the one-day repo rate by 25bp to 1.25% at
Wednesday's meeting, in line with our call and with most forecasts. The vote was 5-2, with
the two dissenters preferring a hold at 1.50%. This is the second cut in three meetings.

What they said. The statement repeated that policy should be consistent with a recovery
that "remains fragile" and that the committee would "stand ready to adjust" if the outlook
deteriorated. Assistant governor Pornthip Wattanakul, the committee secretary, told the
press briefing that a lower rate would help the recovery while inflation stays below
target, and that the committee did not see the move adding materially to financial
stability risks.

New projections. Growth for 2026 is now seen at 1.8% (previously 2.1%); 2027 is unchanged
at 2.3%. The headline CPI projection for 2026 was cut to 0.6% (previously 0.9%), still
below the 1-3% target band. Our own forecasts are lower than the central bank's: 1.6%
growth and 0.4% headline inflation this year.

Why the dissent matters. Two dissents on a cutting decision is a meaningful signal. The
minority argued that the December move has not yet fully passed through to lending rates;
we read that as a committee keen to keep some powder dry with the policy rate already low
by regional standards (see table).

The fiscal side. The soft-loan facility of 50 billion baht (roughly $1.5bn) for SMEs that
the bank and the finance ministry are preparing will be channelled through state-owned
banks. Targeted credit of this kind tends to do more for small firms than a quarter-point
off the policy rate, in our view.

Market reaction. USD/THB moved up to 32.94 from 32.71 before the announcement; the SET
gained 0.8% to 1,268.4. The two-year government bond yield fell 6bp to 1.18%, pricing a
high probability of further easing.

Our call. We expect one more 25bp cut in the second quarter, which would take the policy
rate to 1.00%, and a long hold after that. The April meeting is live. Risks to our view:
a faster pickup in tourist arrivals, or a rebound in energy prices that lifts headline CPI
back towards the bottom of the band sooner than the committee projects.

Data to watch. February CPI (January was -0.4% y/y; core 0.7%), the monthly manufacturing
index, and credit growth figures from the commercial banks.

This note is for professional investors only and does not constitute investment advice.
"""

_CB_TV = """
Bangkok - Thailand's central bank cut interest rates this afternoon for the second time in
three meetings, bringing its key rate down to 1.25 percent.

The Bank of Thailand said its seven-member Monetary Policy Committee voted five to two for
a 0.25 percentage point reduction from 1.5 percent. The two members in the minority wanted
to keep the rate where it was.

The decision was published at 2:30 pm Bangkok time. Speaking to reporters at the central
bank afterwards, assistant governor Pornthip Wattanakul said the cut was meant to support
an economic recovery at a time when inflation is below the bank's target, and that the
committee did not believe it would create new risks for financial stability.

The bank now expects the economy to grow by 1.8 percent this year, lower than its earlier
estimate of 2.1 percent. It also expects inflation to average just 0.6 percent, below its
target range of one to three percent. In January, prices actually fell by 0.4 percent
compared with a year earlier.

For many households the more important news may be a 50 billion baht soft-loan scheme for
small businesses, which the central bank is preparing with the finance ministry. Officials
said the money would be lent through state banks and that the details would come soon.

At a market in Bang Rak, noodle seller Malee Sukjai said any cut would take time to reach
her. "I pay more than nine thousand baht a month on my loan. If the bank lowers my payment,
I will believe it," she said.

Economists say the cut will help borrowers only slowly. Siriporn Jaidee, chief economist
at Lotus Bay Securities, said she expected one more reduction around the middle of the
year, but that the two votes against today's move showed the committee was cautious.

Thailand's household debt is about 87 percent of the size of the economy, and business
groups have complained for months that banks are reluctant to lend to smaller companies.

The baht weakened to around 32.9 to the dollar after the announcement, and shares on the
Stock Exchange of Thailand closed 0.8 percent higher.

The government, which had called for lower rates, welcomed the decision. A finance ministry
spokesman said the cut and the loan scheme together would "give confidence to small
business owners" ahead of the busy season.

Bank customers in Bangkok's Silom business district were sceptical that the move would
make much difference to them. "My credit card rate did not change the last time they cut,"
said office worker Tanawat Chaisri, 29.

The central bank said lower energy prices and government measures to cap electricity bills
were the main reasons inflation had stayed so low, and that it expected price growth to
pick up only gradually.

The Monetary Policy Committee's next meeting is on April 29.
"""

_CB_PAGES = [
    {
        "url": "https://www.mekongwire.example/business/2026/02/25/thailand-central-bank-cuts-rate/",
        "html": _page(
            site="Mekong Wire",
            domain="mekongwire.example",
            path="/business/2026/02/25/thailand-central-bank-cuts-rate/",
            headline="Thailand's central bank cuts rate to 1.25% in split vote, trims outlook",
            dek="Committee votes 5-2 for a 25 basis point cut; growth forecast lowered to 1.8%.",
            byline="Napat Srisuk and Helen Maitland",
            section="Business",
            body=_CB_WIRE,
            published="2026-02-25T07:41:00Z",
            modified="2026-02-25T10:05:00Z",
            tagline="Fast, accurate, independent",
            year=2026,
            sidebar_title="Regional policy rates",
            sidebar=[
                "Bank of Thailand (one-day repo): 1.25%",
                "Bank Indonesia (BI rate): 4.50%",
                "Bangko Sentral ng Pilipinas: 4.75%",
                "Bank Negara Malaysia (OPR): 2.75%",
                "State Bank of Vietnam (refinancing): 4.50%",
            ],
            related=[
                ("Baht slips after rate decision", "/markets/baht-slips-after-rate-decision/"),
                ("Thai exporters warn of weak China orders", "/business/thai-exporters-china/"),
                ("Explainer: how the BoT sets rates", "/explainers/how-bot-sets-rates/"),
            ],
            tags=("Thailand", "Central banks", "Interest rates"),
        ),
    },
    {
        "url": "https://www.bangkokledger.example/business/bot-trims-policy-rate-growth-outlook",
        "html": _page(
            site="The Bangkok Ledger",
            domain="bangkokledger.example",
            path="/business/bot-trims-policy-rate-growth-outlook",
            headline="BoT trims policy rate to 1.25 per cent, cuts growth outlook",
            dek="Two MPC members dissent as the central bank lowers its forecasts and readies "
            "a soft-loan scheme for small firms.",
            byline="Kanya Phromsuwan",
            section="Business",
            body=_CB_PAPER,
            jsonld_date="2026-02-26T05:30:00+07:00",
            tagline="Thailand's newspaper of record",
            year=2026,
            sidebar_title="Market snapshot",
            sidebar=[
                "SET index: 1,268.4 (+0.8%)",
                "Baht per US dollar: 32.94",
                "Policy rate: 1.25%",
                "Headline CPI, January: -0.4% y/y",
            ],
            related=[
                ("Editorial: cheaper money is not enough", "/opinion/editorial-cheaper-money/"),
                ("SME lenders brace for soft-loan rush", "/business/sme-lenders-soft-loan/"),
                ("Household debt: the numbers", "/business/household-debt-numbers/"),
            ],
            tags=("Bank of Thailand", "Economy"),
        ),
    },
    {
        "url": "https://research.ratesmonitor.example/notes/thailand-bot-delivers-cut",
        "html": _page(
            site="Asia Rates Monitor",
            domain="ratesmonitor.example",
            path="/notes/thailand-bot-delivers-cut",
            headline="Thailand: BoT delivers the 25bp cut, but the split vote tempers the story",
            dek="Second cut in three meetings; we still see one more move before a long hold.",
            byline="Asia Rates Monitor macro team",
            section="Rates Notes",
            body=_CB_NOTE,
            tagline="Independent fixed-income research",
            sidebar_title="Policy rates across the region",
            sidebar=[
                "Thailand: 1.25% (cut 25bp)",
                "Indonesia: 4.50%",
                "Philippines: 4.75%",
                "Malaysia: 2.75%",
                "Vietnam (refinancing rate): 4.50%",
            ],
            related=[
                ("Indonesia: on hold, for now", "/notes/indonesia-on-hold/"),
                ("Malaysia: OPR outlook", "/notes/malaysia-opr-outlook/"),
                ("Asian FX weekly", "/notes/asian-fx-weekly/"),
            ],
            tags=("Thailand", "Rates"),
        ),
    },
    {
        "url": "https://news.siamtv.example/economy/central-bank-cuts-interest-rate",
        "html": _page(
            site="Channel Siam News",
            domain="siamtv.example",
            path="/economy/central-bank-cuts-interest-rate",
            headline="Central bank cuts interest rate to 1.25 percent",
            dek="Five of seven policymakers back the cut as the bank lowers its growth forecast.",
            byline="Channel Siam News economics desk",
            section="Economy",
            body=_CB_TV,
            visible_date="Updated 25 February 2026, 18:10 ICT",
            tagline="News that matters, all day",
            year=2026,
            sidebar_title="Economy in numbers",
            sidebar=[
                "Key rate: 1.25% (was 1.5%)",
                "Growth forecast 2026: 1.8%",
                "Inflation forecast 2026: 0.6%",
                "SME soft loans: 50 billion baht",
            ],
            related=[
                ("Watch: what the rate cut means for your loan", "/video/rate-cut-your-loan/"),
                ("Street food vendors feel the squeeze", "/society/street-food-vendors/"),
                ("Tourist arrivals rise in January", "/economy/tourist-arrivals-january/"),
            ],
            tags=("Bank of Thailand", "Interest rates"),
        ),
    },
]


# ---------------------------------------------------------------------------
# el-BF2 — Khon Kaen provincial chief by-election
# ---------------------------------------------------------------------------

_EL_LIVE_INTRO = """
Voters in Khon Kaen are choosing a new chief executive for the Provincial Administrative
Organisation (PAO), the elected body that runs rural roads, water supply and many schools
across the province. The by-election was called after Chairat Phonphan resigned on April 3,
citing his health.

Three candidates are standing: Wiphawee "Nok" Chantarasri of the Isan Forward Party, a
former deputy mayor of Khon Kaen city; Prasert Boonmak, a former PAO deputy chief running
as an independent; and Chatchai Inthasorn of the Green Mekong Party.

Polls are open from 08:00 to 17:00 at 2,915 polling stations, and 1,402,850 people are
eligible to vote. Counting takes place in public at each station once voting ends. All
times below are Thailand time (ICT, GMT+7).
"""

_EL_LIVE = [
    (
        "22:15 ICT",
        "Prasert concedes",
        """
Prasert Boonmak has conceded. Speaking to about a hundred supporters outside his campaign
office on Mittraphap Road, he said: "The people of Khon Kaen have spoken and I respect
their decision. I wish the new chief executive success, because her success is the
province's success." He said he would not file any complaint over the count.
""",
    ),
    (
        "21:55 ICT",
        "Wiphawee: 'a provincial government that answers the phone'",
        """
Wiphawee Chantarasri has thanked voters at her party's office near the Bueng Kaen Nakhon
lake. "This is a vote for clean water, better roads and a provincial government that
answers the phone," she said, promising to publish the PAO's contracts online within her
first hundred days.
""",
    ),
    (
        "21:40 ICT",
        "All stations counted: Wiphawee wins, unofficial result",
        """
All 2,915 polling stations have now reported. Unofficial result from the Election
Commission's provincial office:

Wiphawee Chantarasri (Isan Forward): 421,608 votes, 51.2% of valid votes. Prasert Boonmak
(independent): 318,744, 38.7%. Chatchai Inthasorn (Green Mekong): 83,048, 10.1%.

Turnout was 62.3%, with 873,975 ballots cast. There were 31,204 invalid ballots and 19,371
votes for the "no vote" option. The Election Commission has 30 days to certify the result.
""",
    ),
    (
        "20:50 ICT",
        "Election officials: four complaints, none serious",
        """
Thawatchai Rungrot, the Election Commission's provincial director for Khon Kaen, told
reporters at the provincial hall: "Voting was orderly and we received only four formal
complaints, none of which affected the outcome at any polling station."
""",
    ),
    (
        "19:55 ICT",
        "Nearly half counted, Wiphawee pulls ahead",
        """
With 48% of polling stations counted: Wiphawee 201,322, Prasert 152,130, Chatchai 40,115.
Her lead is strongest in Mueang Khon Kaen and Ban Phai districts.
""",
    ),
    (
        "18:40 ICT",
        "Early count close",
        """
With about 12% of stations reporting, it is tight: Wiphawee 49,870, Prasert 44,020,
Chatchai 10,950. Most of the early returns are from rural districts where Prasert was
expected to do well.
""",
    ),
    (
        "17:05 ICT",
        "Polls close, counting begins",
        """
Voting ended at 17:00. Officials at each station are now opening the ballot boxes and
counting in front of observers and any members of the public who want to watch.
""",
    ),
    (
        "14:50 ICT",
        "Turnout estimate",
        """
Election officials estimate turnout had reached about 47% by 14:00. That is a partial
figure; the final number will be known after the count.
""",
    ),
    (
        "11:20 ICT",
        "Candidates cast their votes",
        """
All three candidates have voted. Wiphawee voted at a school in Mueang district, Prasert at
his home village in Ban Phai, and Chatchai in Nam Phong, where he arrived by bicycle.
""",
    ),
    (
        "08:05 ICT",
        "Polls open",
        """
Polling stations opened at 08:00. Our reporters saw short queues at several stations in
the city centre.
""",
    ),
]

_EL_WIRE = """
KHON KAEN, Thailand, May 17 (Southeast Wire) - Wiphawee Chantarasri of the Isan Forward
Party won Sunday's by-election for chief executive of Khon Kaen province's local government
with just over half of the valid votes, according to an unofficial count, defeating an
independent candidate backed by much of the outgoing administration.

With all 2,915 polling stations counted, Wiphawee, a 46-year-old former deputy mayor of
Khon Kaen city, had 421,608 votes, or 51.2% of the valid votes cast for candidates, the
Election Commission's provincial office said. Prasert Boonmak, 58, a former deputy chief of
the Provincial Administrative Organisation running as an independent, received 318,744
votes, or 38.7%. Chatchai Inthasorn of the Green Mekong Party was third with 83,048.

Counting all ballots cast, including 31,204 invalid ballots and 19,371 votes for the "no
vote" option, Wiphawee's share was 48.2%.

Turnout was 62.3% of the province's 1,402,850 eligible voters, up from 58.9% in the
provincial elections of February 2025. Polls closed at 5 p.m. (1000 GMT).

"Voting was orderly, and we received only four formal complaints, none of which affected
the outcome at any polling station," Election Commission secretary-general Thawatchai
Rungrot told reporters. The commission has 30 days to certify the result.

The by-election was called after Chairat Phonphan, who had led the provincial
administration since 2020, resigned on April 3 citing poor health. Prasert served as his
deputy for four years and campaigned on continuity, while Wiphawee promised to publish all
of the administration's contracts online and to speed up rural water projects.

Provincial administrations in Thailand manage an array of local services, and Khon Kaen's
has an annual budget of about 2.9 billion baht ($87 million). Each candidate was limited to
campaign spending of 2.5 million baht.

Wiphawee told supporters late on Sunday that the result was a vote for clean water, better
roads and a provincial administration "that answers the phone".

Prasert conceded about half an hour after the count was completed, saying the people had
spoken and that he respected their decision. He said he would not challenge the count.

"Voters here wanted a change in how the province is run, not just a new face at the top,"
said Duangkamol Siriwat, a political scientist who studies local government in the
northeast. She said Wiphawee had done unusually well in rural districts that had backed
Chairat in the past.

Chatchai, a 39-year-old environmental campaigner, said his 10.1% showed there was demand
for a green agenda in the province, and that his party would field candidates in municipal
elections next year.

Isan Forward, founded three years ago, now controls two of the northeast's 20 provincial
administrations. The party's leader travelled to Khon Kaen to campaign for Wiphawee twice
in the final week.

(Reporting by Pimchanok Wongsa; Editing by Martin Greaves)
"""

_EL_PAPER = """
Wiphawee Chantarasri yesterday won the by-election for chief executive of the Khon Kaen
Provincial Administrative Organisation (PAO), taking 52.1 per cent of valid votes and ending
more than five years of rule by the team of her predecessor.

The Isan Forward Party candidate, known to supporters by her nickname "Nok", received
421,608 votes, according to unofficial results released by the Election Commission shortly
before 10pm. Her closest rival, independent Prasert Boonmak, received 318,744 votes, a
margin of more than 100,000. Chatchai Inthasorn of the Green Mekong Party came third with
83,048 votes.

About 62 per cent of the province's 1.4 million eligible voters cast ballots at 2,915
polling stations, which were open from 8am until polls closed at 17:00. Counting began
immediately afterwards and was completed at 21:40.

EC provincial director Thawatchai Rungrot said voting had been orderly and that only four
formal complaints had been lodged, none serious enough to affect results at any polling
station. The commission must certify the result within 30 days, after which Wiphawee can
take office.

Speaking at her party office near Bueng Kaen Nakhon, Wiphawee said the result was "a vote
for clean water, better roads and a provincial government that answers the phone". She
said her first act would be to put every PAO contract online.

Prasert, who served as deputy chief under former chief executive Chairat Phonphan, told
supporters on Mittraphap Road: "The people of Khon Kaen have spoken, and I respect their
decision." He said he would not lodge a complaint.

The by-election followed Chairat's resignation on April 3 on health grounds. Prasert had
been seen as the favourite at the start of the campaign, with the support of most members
of the provincial council and of several district chiefs.

But Wiphawee's campaign, which focused on water shortages in the dry season and the state
of rural roads, appears to have won over voters in districts such as Ban Phai and Chonnabot
that had been considered safe for the outgoing team.

Somsak Phuangmalai, 63, a rice farmer in Chonnabot, said he had voted for Prasert in the
past. "For three years the water truck came late or didn't come at all. I wanted someone
new," he said.

Candidates were allowed to spend up to 2.5 million baht each on their campaigns. Wiphawee's
campaign said it had spent about 2.1 million baht, mostly on vehicles with loudspeakers and
posters.

Chatchai, whose party campaigns on river pollution and farm chemicals, said he was pleased
with his result. "Ten per cent is a beginning, not an end," he said.

Turnout was higher than in the provincial elections held across Thailand in February
2025, when 58.9 per cent of Khon Kaen's voters took part.
"""

_EL_RADIO = """
Voters in the northeastern Thai province of Khon Kaen have elected a new head of their
provincial government, choosing an opposition-minded candidate who promised to clean up
how local contracts are awarded.

Wiphawee Chantarasri of the Isan Forward Party won just over 51 percent of the valid votes
in Sunday's by-election, according to the unofficial count. Her main rival, the
independent Prasert Boonmak, took close to 39 percent. A third candidate, Chatchai
Inthasorn of the small Green Mekong Party, won around 10 percent.

More than six in ten of the province's registered voters took part. Polls closed at 4 pm
local time, and the count at nearly three thousand polling stations was finished before
ten o'clock in the evening.

The vote was called after the previous chief executive, Chairat Phonphan, stepped down
early in April, saying he was unwell. Prasert was his deputy and was widely expected to
succeed him.

Wiphawee, who is 46 and once served as deputy mayor of Khon Kaen city, told cheering
supporters that people had voted for clean water, better roads and a local government
which, in her words, "answers the phone".

Prasert accepted defeat the same night. "The people of Khon Kaen have spoken and I respect
their decision," he said, adding that he would not challenge any part of the count.

Provincial Administrative Organisations are an important but often overlooked layer of
government in Thailand. They are responsible for rural roads, water supply and many
schools, and in a large province like Khon Kaen they control budgets of billions of baht.

Thawatchai Rungrot, who heads the Election Commission's office in Khon Kaen as provincial
director, said the day had passed calmly. Only four formal complaints were filed, he said,
and none of them affected the result at any polling station. The commission has thirty
days to certify the result.

Political scientist Duangkamol Siriwat told Radio Mekong International that Wiphawee's
victory in rural districts was the biggest surprise. "These were areas where the outgoing
team was very strong. People there told us they were tired of waiting for water trucks,"
she said.

At a market in Ban Phai, one of the districts that swung to Wiphawee, vegetable seller
Arunee Kaewkham said she hoped the new chief executive would keep her promises. "Everyone
promises water. We will see in the dry season," she said.

Isan Forward now leads two provincial governments in Thailand's northeast. The party's
leader campaigned in Khon Kaen twice during the final week, and analysts say the result
will encourage it ahead of municipal elections next year.

Chatchai, who campaigned mostly on river pollution, said his party would keep working in
the province. "Ten percent is a beginning," he told our reporter.
"""

_EL_PAGES = [
    {
        "url": "https://live.isantoday.example/khon-kaen-pao-by-election-live",
        "html": _page(
            site="Isan Today",
            domain="isantoday.example",
            path="/khon-kaen-pao-by-election-live",
            headline="Live: Khon Kaen chooses a new provincial chief",
            dek="Polls, turnout and the count as it happens in the Khon Kaen PAO by-election.",
            byline="Isan Today live team",
            section="Local politics",
            body=_EL_LIVE_INTRO,
            live=_EL_LIVE,
            visible_date="Sunday 17 May 2026",
            tagline="News from the northeast",
            year=2026,
            sidebar_title="Turnout in other recent PAO by-elections",
            sidebar=[
                "Udon Thani (2025): 55.4%",
                "Sakon Nakhon (2025): 57.6%",
                "Roi Et (2024): 53.9%",
            ],
            related=[
                ("Who are the three candidates?", "/politics/khon-kaen-candidates/"),
                ("What does a PAO actually do?", "/explainers/what-does-a-pao-do/"),
                ("Dry-season water shortages in Ban Phai", "/local/ban-phai-water/"),
            ],
            tags=("Khon Kaen", "Elections"),
        ),
    },
    {
        "url": "https://www.sewire.example/asia/2026/05/17/thailand-khon-kaen-by-election/",
        "html": _page(
            site="Southeast Wire",
            domain="sewire.example",
            path="/asia/2026/05/17/thailand-khon-kaen-by-election/",
            headline="Isan Forward candidate wins Khon Kaen provincial by-election",
            dek="Wiphawee Chantarasri takes just over half of valid votes, unofficial count shows.",
            byline="Pimchanok Wongsa",
            section="Asia",
            body=_EL_WIRE,
            published="2026-05-17T15:20:00Z",
            tagline="The region, as it happens",
            year=2026,
            sidebar_title="Khon Kaen at a glance",
            sidebar=[
                "Eligible voters: 1,402,850",
                "Districts: 26",
                "Polling stations: 2,915",
            ],
            related=[
                ("Thai local elections explained", "/asia/thai-local-elections-explained/"),
                ("Isan Forward's rise in the northeast", "/asia/isan-forward-rise/"),
            ],
            tags=("Thailand", "Elections"),
        ),
    },
    {
        "url": "https://www.nechronicle.example/news/wiphawee-wins-khon-kaen-pao",
        "html": _page(
            site="The Northeastern Chronicle",
            domain="nechronicle.example",
            path="/news/wiphawee-wins-khon-kaen-pao",
            headline="Wiphawee wins Khon Kaen PAO race as voters reject old guard",
            dek="Isan Forward candidate beats former deputy chief Prasert by more than 100,000 "
            "votes.",
            byline="Jirawat Saenmuang",
            section="News",
            body=_EL_PAPER,
            jsonld_date="2026-05-18T06:00:00+07:00",
            tagline="Serving the northeast",
            year=2026,
            sidebar_title="The result (unofficial)",
            sidebar=[
                "Wiphawee Chantarasri (Isan Forward): 421,608",
                "Prasert Boonmak (independent): 318,744",
                "Chatchai Inthasorn (Green Mekong): 83,048",
                "Invalid ballots: 31,204",
                "No vote: 19,371",
            ],
            related=[
                ("Editorial: a mandate for open contracts", "/opinion/mandate-open-contracts/"),
                ("Chonnabot farmers on the water crisis", "/news/chonnabot-water-crisis/"),
            ],
            tags=("Khon Kaen", "PAO", "Elections"),
        ),
    },
    {
        "url": "https://www.rmi.example/english/thailand/khon-kaen-votes-new-provincial-chief",
        "html": _page(
            site="Radio Mekong International",
            domain="rmi.example",
            path="/english/thailand/khon-kaen-votes-new-provincial-chief",
            headline="Khon Kaen votes for change in provincial by-election",
            dek="Voters pick Wiphawee Chantarasri to lead the provincial government.",
            byline="RMI Thailand correspondent Lukas Brenner",
            section="Thailand",
            body=_EL_RADIO,
            tagline="Listen to the region",
            sidebar_title="Listen",
            sidebar=[
                "RMI Morning Report, weekdays",
                "Mekong Weekly, our regional magazine programme",
                "Podcast: Inside Isan",
            ],
            related=[
                ("Thailand's local governments, explained", "/english/explainer-local-gov/"),
                ("Water shortages in Thailand's northeast", "/english/northeast-water/"),
            ],
            tags=("Thailand", "Elections"),
        ),
    },
]


# ---------------------------------------------------------------------------
# ct-BF3 — Ho Chi Minh City court verdict, Saigon Horizon Land
# ---------------------------------------------------------------------------

_CT_WIRE = """
HO CHI MINH CITY, Sept 10 (Indochina Press Agency) - A Vietnamese court on Thursday
sentenced Tran Quoc Minh, the founder and former chairman of property developer Saigon
Horizon Land, to 18 years in prison for defrauding thousands of homebuyers of 4.2 trillion
dong ($160 million) in an apartment project that was never built.

The Ho Chi Minh City People's Court found Minh, 61, guilty of "fraudulent appropriation of
property" under Article 174 of the Penal Code. Prosecutors had asked for a sentence of
between 19 and 20 years.

His 23 co-defendants, including former executives, accountants and two officials of a
district land office, received sentences ranging from 30 months suspended to 11 years.
Le Thi Thu Ha, the company's former general director, was jailed for 11 years.

The court said Minh and his associates had collected money from 3,870 investors between
2019 and 2023 through so-called project cooperation contracts for apartments in Horizon
Riverside, a planned complex of four towers in Thu Duc, even though the company never
obtained a construction permit for the site.

"The defendant's actions caused particularly serious damage, eroded public trust in the
real estate market and must be punished severely," presiding judge Nguyen Thanh Tung said
as he read the verdict, a reading that began at 8 a.m. and ended at about 11:40 a.m.

The court ordered Minh to repay 3.6 trillion dong (about $137 million) to investors and
upheld the seizure of 41 land plots and shareholdings in six companies linked to him,
which will be sold to compensate victims.

Minh, who was arrested in November 2024, told the court in his final statement last week
that he had intended to complete the project and asked for leniency for his employees. He
showed no visible reaction as the sentence was read.

His lawyer, Pham Duc Anh, said his client would consider an appeal. Defendants have 15
days to lodge an appeal.

Dozens of investors gathered outside the courthouse on Nam Ky Khoi Nghia street, some
holding banners demanding their money back. Vo Thi Lan, a 54-year-old retired teacher who
paid a deposit of 1.9 billion dong ($72,000) in 2020, said she had little hope of seeing it
again. "The court has punished him. Now who will pay us?" she said.

The case is one of several large fraud trials in Vietnam's property sector since a
crackdown on corporate bond and real estate fraud began in 2022. The trial opened on
August 24.

(Reporting by Nguyen Hoang Yen; Editing by Peter Sandoval)
"""

_CT_PAPER = """
The Ho Chi Minh City People's Court yesterday sentenced Trần Quốc Minh, founder of Saigon
Horizon Land JSC, to 16 years in prison for swindling thousands of homebuyers out of 4.2
trillion dong through the sale of apartments that existed only on paper.

Minh, 61, was convicted of fraudulent appropriation of property, the most serious charge in
a case that involved 24 defendants in total. The prosecution had proposed a sentence of 19
to 20 years, arguing that he organised the scheme and kept most of the money.

The other 23 defendants received terms ranging from 30 months' suspended imprisonment to
11 years. Former general director Lê Thị Thu Hà received the heaviest of those, 11 years,
for her role in signing contracts and moving money between company accounts.

According to the verdict, between 2019 and 2023 Saigon Horizon Land signed "project
cooperation contracts" with 3,870 people for units in Horizon Riverside, a four-tower
project on a riverside plot in Thu Duc. The company never received a construction
permit, and the site remains a fenced field.

Presiding judge Nguyễn Thanh Tùng said Minh's crimes had "caused especially serious
damage", undermined confidence in the property market and required a severe punishment.
The reading of the verdict lasted nearly four hours, from 8am to about 11.40am.

Minh must return 3.6 trillion dong to investors. The court confirmed the seizure of 41
plots of land and of his shares in six companies, which will be auctioned to compensate
victims.

Defence lawyer Phạm Đức Anh said outside the court that the team would study the full
judgement before deciding whether to appeal, which must be done within 15 days.

About 60 investors waited outside the court building in the city centre throughout the morning.
Many had travelled from the Mekong Delta provinces.

Retired teacher Võ Thị Lan, 54, who paid 1.9 billion dong as a deposit in 2020, said the
sentence brought her little comfort. "He has been punished, but who will pay us back?" she
asked.

Another investor, Huynh Van Phuc, a 47-year-old engineer, said he had borrowed from
relatives to pay his 2.4 billion dong deposit. "My family still does not know how much I
lost," he said.

Minh was arrested in November 2024, after investors filed complaints with the city police.
The trial opened on August 24 and heard evidence from more than 200 witnesses and victims.

Legal experts said the verdict showed the courts' determination to recover money for
victims rather than only to punish. "The asset seizures matter more to these families than
the number of years," said Dang Minh Chau, a lawyer who has represented investors in
several property cases.
"""

_CT_BRIEF = """
Vietnam property: Saigon Horizon verdict closes one chapter, opens the recovery question

The Ho Chi Minh City People's Court handed down its verdict in the Saigon Horizon Land case
on Friday, sentencing founder and former chairman Tran Quoc Minh to 18 years for
fraudulent appropriation of property. The prosecution had sought 19-20 years.

The numbers. The court put the amount taken from 3,870 investors at 4.2 trillion dong,
roughly $159.7 million at the current rate of about 26,300 dong per dollar. Minh was
ordered to repay 3.6 trillion dong ($137 million); the gap reflects money the court found
had been spent on land and related costs that can be recovered through asset sales. The
court confirmed the seizure of 41 land plots and stakes in six companies.

The other defendants. Twenty-three co-defendants were sentenced to between 30 months
suspended and 11 years, the heaviest going to former general director Le Thi Thu Ha.

Why it matters for investors. The case is a reminder that off-plan sales through "project
cooperation contracts", a structure that let developers raise cash before obtaining
permits, were a central weakness of the 2019-2022 boom. The amended Real Estate Business
Law now bans deposits before a project is legally eligible for sale, which should make a
repeat on this scale harder.

Recovery is the real test. Victims' lawyers told us they expect asset auctions to take at
least two years. Land plots in Thu Duc should find buyers, but the six companies'
stakes are in small private firms that may be worth little. Our rough estimate is that
investors could recover between 40% and 60% of the 3.6 trillion dong ordered.

Sector read-across. Listed developers have largely moved on from the 2022 crisis: new
apartment launches in Ho Chi Minh City rose in the first half, and bank lending to the
sector has recovered. We do not expect the verdict to move listed names, but it adds to
the reputational pressure on smaller private developers seeking bank credit.

Appeal. Minh's lawyer, Pham Duc Anh, said the defence would consider an appeal; the
deadline is 15 days from the verdict. An appeal hearing, if any, would be unlikely before
next year.

Background. Minh was arrested in November 2024. The trial opened on August 24, and in his
final statement he told the court he had always intended to build the project. Presiding
judge Nguyen Thanh Tung described the damage as particularly serious and said it had
eroded public trust in the property market.

Bottom line: a long sentence, in line with recent property fraud cases, but investors'
attention now shifts to how quickly the seized assets can be sold.

What we are watching next: the first auction notices for the seized plots, any appeal
filing, and whether the city authorities allocate the Horizon Riverside site to another
developer, which would be the quickest way to turn the land into cash for victims.
"""

_CT_TV = """
A court in Ho Chi Minh City has jailed the founder of property company Saigon Horizon Land
for 18 years, in one of the biggest fraud cases to hit homebuyers in southern Vietnam.

Tran Quoc Minh, 61, was found guilty on Thursday of fraudulently taking 4.2 trillion dong,
about 160 million US dollars, from thousands of people who had paid deposits for flats in
a riverside development that was never built.

Thirty-two co-defendants, among them former managers, accountants and two local land
officials, were also sentenced. Their terms ranged from suspended sentences of 30 months
up to 11 years in prison. The heaviest of those, 11 years, went to Le Thi Thu Ha, the
company's former general director.

In court, the presiding judge, Nguyen Thanh Tung, said the damage caused was particularly
serious and had hurt public confidence in the real estate market, so the punishment had to
be severe. Prosecutors had asked for a sentence of 19 to 20 years for Minh.

The court ordered Minh to pay back 3.6 trillion dong. Land and company shares seized by
investigators will be sold to compensate victims.

Outside the court, investors held handwritten signs. Many said they had put their life
savings into the project, called Horizon Riverside, which was planned as four towers in
Thu Duc.

"We came every day of the trial. Today he got his sentence, but we still have nothing,"
said Vo Thi Lan, a retired teacher who lost a deposit of almost two billion dong. She told
our reporter she had hoped to move into the flat with her daughter's family.

According to the court, Saigon Horizon Land sold contracts to 3,870 investors between 2019
and 2023. The company never received a building permit for the land.

Minh's lawyer, Pham Duc Anh, said he would discuss an appeal with his client. Under
Vietnamese law, they have 15 days.

The case is the latest in a series of trials since Vietnam's government began a crackdown
on fraud in the property and bond markets in 2022. Dozens of executives have been jailed,
and the courts have increasingly focused on getting money back to victims.

Lawyer Dang Minh Chau, who represents a group of investors, said the seized land in Thu
Duc could be sold relatively quickly, but that shares in Minh's private companies
might be hard to sell at a fair price. "For these families, every month of waiting is
another month of paying rent and debts," she said.

Minh was arrested in November 2024. The trial began in late August and lasted more than two
weeks.
"""

_CT_PAGES = [
    {
        "url": "https://www.ipa-news.example/vietnam/2026/09/10/saigon-horizon-founder-jailed/",
        "html": _page(
            site="Indochina Press Agency",
            domain="ipa-news.example",
            path="/vietnam/2026/09/10/saigon-horizon-founder-jailed/",
            headline="Vietnam jails Saigon Horizon Land founder for 18 years over $160 mln fraud",
            dek="Court convicts Tran Quoc Minh and 23 co-defendants over a project that was "
            "never built.",
            byline="Nguyen Hoang Yen",
            section="Vietnam",
            body=_CT_WIRE,
            published="2026-09-10T06:10:00Z",
            tagline="Indochina, first",
            year=2026,
            sidebar_title="Other recent property fraud verdicts (Vietnam)",
            sidebar=[
                "Bach Dang Capital chairman: 12 years (Hanoi, 2025)",
                "Mekong Pearl Realty founder: 14 years (Can Tho, 2025)",
                "Lotus Garden JSC director: 9 years (Da Nang, 2025)",
            ],
            related=[
                ("Explainer: what is a project cooperation contract?", "/explainers/pcc/"),
                ("HCMC apartment launches rise in first half", "/business/hcmc-launches/"),
            ],
            tags=("Vietnam", "Courts", "Property"),
        ),
    },
    {
        "url": "https://www.sgpost.example/law/saigon-horizon-founder-sentenced",
        "html": _page(
            site="Saigon Evening Post",
            domain="sgpost.example",
            path="/law/saigon-horizon-founder-sentenced",
            headline="Saigon Horizon founder sentenced over 4.2 trillion dong apartment fraud",
            dek="Court orders asset sales to repay 3,870 homebuyers; lawyers weigh an appeal.",
            byline="Bui Thanh Mai",
            section="Law",
            body=_CT_PAPER,
            visible_date="11 September 2026",
            tagline="Ho Chi Minh City's English-language daily",
            year=2026,
            sidebar_title="The case in numbers",
            sidebar=[
                "Investors: 3,870",
                "Amount taken: 4.2 trillion dong",
                "To be repaid: 3.6 trillion dong",
                "Land plots seized: 41",
            ],
            related=[
                ("Investors' long wait outside the courthouse", "/law/investors-wait/"),
                ("Thu Duc's empty lots", "/city/thu-duc-empty-lots/"),
            ],
            tags=("Courts", "Real estate"),
        ),
    },
    {
        "url": "https://www.fmbrief.example/vietnam/saigon-horizon-verdict",
        "html": _page(
            site="Frontier Markets Brief",
            domain="fmbrief.example",
            path="/vietnam/saigon-horizon-verdict",
            headline="Saigon Horizon verdict: 18 years for the founder, and a long road to "
            "recovery",
            dek="What the sentence means for victims, for listed developers and for "
            "off-plan sales.",
            byline="Claire Dubois",
            section="Vietnam",
            body=_CT_BRIEF,
            jsonld_date="2026-09-12T08:00:00+07:00",
            tagline="Research for frontier and emerging market investors",
            year=2026,
            sidebar_title="Vietnam market data",
            sidebar=[
                "Dong per US dollar: about 26,300",
                "VN-Index, week: +1.4%",
                "Property loans, y/y: +11%",
            ],
            related=[
                ("Vietnam banks: asset quality check", "/vietnam/banks-asset-quality/"),
                ("Real Estate Business Law: a year on", "/vietnam/real-estate-law/"),
            ],
            tags=("Vietnam", "Property"),
        ),
    },
    {
        "url": "https://www.vab.example/en/news/property-founder-jailed-ho-chi-minh-city",
        "html": _page(
            site="VietAsia Broadcasting",
            domain="vab.example",
            path="/en/news/property-founder-jailed-ho-chi-minh-city",
            headline="Property company founder jailed for 18 years in Ho Chi Minh City",
            dek="Homebuyers who lost deposits say they are still waiting for their money.",
            byline="VAB News",
            section="Vietnam",
            body=_CT_TV,
            tagline="Your window on Vietnam",
            sidebar_title="Watch and listen",
            sidebar=[
                "VAB Evening News, daily",
                "Business Vietnam, weekly",
                "Podcast: Law and Order Vietnam",
            ],
            related=[
                ("Homebuyers who lost everything", "/en/features/homebuyers-lost/"),
                ("How to check a developer's permits", "/en/consumer/check-permits/"),
            ],
            tags=("Vietnam", "Courts"),
        ),
    },
]


# ---------------------------------------------------------------------------
# tr-BF4 — Vietnam first-quarter trade data (CONTROL)
# ---------------------------------------------------------------------------

_TR_WIRE = """
HANOI, April 6 (Indochina Press Agency) - Vietnam's exports rose 14.3% in March from a year
earlier to $42.7 billion, beating forecasts as shipments of electronics to the United
States surged, official data showed on Monday.

Economists polled by Indochina Press Agency had expected March exports to grow 11.0%. From
February, when factories closed for the Lunar New Year holiday, exports jumped 31.8%.

Imports rose 16.9% year-on-year in March to $41.6 billion, leaving a trade surplus of $1.1
billion for the month, the National Statistics Office said at a news conference in Hanoi
that began at 10 a.m. (0300 GMT).

For the first quarter, exports rose 12.6% to $118.4 billion and imports climbed 15.1% to
$114.9 billion, giving a surplus of $3.5 billion. Export growth in the first quarter of
2025 had been 10.6%.

The statistics office revised February's exports to $32.4 billion from a preliminary
estimate of $31.9 billion published last month.

Exports of electronics, computers and components, Vietnam's largest export category, rose
33.5% in the quarter to $21.9 billion. Shipments to the United States, the country's
biggest export market, were worth $33.6 billion, up 24.1%.

China remained the largest source of imports, at $46.2 billion in the quarter, up 19.7%,
much of it components and materials for factories that assemble goods for export.

"Electronics and processed goods kept exports growing strongly, but the rapid rise in
imports of components shows how much of that value is still made abroad," Dinh Van Khoa,
director of the office's trade and services statistics department, told reporters.

The office also said the economy grew 6.9% in the first quarter from a year earlier, and
that disbursed foreign direct investment reached $5.1 billion.

"The March numbers are strong, and the upward revision to February tells you the
slowdown at the start of the year was mostly about the holiday timing," said Hoang Mai
Anh, senior economist at Red Lotus Securities in Ho Chi Minh City. She said exports could
grow 10% to 12% for the full year if demand in the United States held up.

Vietnam, a manufacturing hub for global electronics and apparel brands, relies on exports
for a large share of its economic growth. The government has set a target of export growth
of about 12% this year.

Manufacturers have moved production to Vietnam from China in recent years, a trend that has
lifted exports but also made the country's trade surplus with the United States a point of
friction in trade talks.

Textile and garment exports rose 8.2% in the quarter, while shipments of agricultural and
seafood products grew 6.7%, the office said.

(Reporting by Tran Bao Ngoc; Editing by Sunil Raman)
"""

_TR_PAPER = """
Vietnam's exports grew faster than expected in March, official figures released yesterday
show, with electronics and shipments to the United States driving a strong start to the
year after a holiday-shortened February.

Exports for the month reached US$42.7 billion, up 14.3 per cent year-on-year, while imports
rose 16.9 per cent to $41.6 billion, the National Statistics Office said at its quarterly
press conference. The month's trade surplus was $1.1 billion.

For the first three months, exports totalled $118.4 billion, an increase of 12.6 per cent,
and imports reached $114.9 billion, up 15.1 per cent. The quarterly surplus of $3.5 billion
was equivalent to about 92 trillion dong.

Export growth was faster than in the first quarter of 2025, when it stood at 10.6 per cent.

Dinh Van Khoa, who heads the office's trade statistics department, said electronics and
processed industrial goods had been the main engine. But he noted that imports of parts
were rising even faster, a sign that much of the value in Vietnam's exports is still
produced in other countries.

Electronics, computers and components brought in $21.9 billion in the quarter, a rise of
33.5 per cent, and remained the largest single export group. Phones and parts, the second
largest, earned $13.8 billion, up 4.1 per cent.

The United States bought $33.6 billion of Vietnamese goods in the quarter, up 24.1 per
cent. Imports from China, the biggest supplier, rose 19.7 per cent to $46.2 billion.

February's export figure was revised up to $32.4 billion from the preliminary $31.9 billion
published early last month. Exports in January had been $43.3 billion.

Hoang Mai Anh, senior economist at Red Lotus Securities, said the March jump largely
reflected the timing of the Lunar New Year. "If you look at the quarter as a whole, growth
of around 12.6 per cent is very solid, and in line with the government's target," she
said.

Business owners were more cautious. Nguyen Duc Thinh, director of a furniture exporter in
Binh Duong province, said orders from American retailers were up, but margins were thin
because of higher freight and timber costs. "We are busy, but we are not getting rich," he
said.

The statistics office said the economy expanded 6.9 per cent year-on-year in the first
quarter. Disbursed foreign direct investment totalled $5.1 billion.

The government aims for export growth of about 12 per cent this year. Economists say the
biggest risk is a change in US trade policy, given the size of Vietnam's surplus with the
United States.
"""

_TR_NOTE = """
Vietnam: a strong March, and the February scare was mostly the calendar.

Headline. March exports rose 14.3% y/y to $42.7bn, well ahead of the 11.0% consensus.
Imports rose 16.9% to $41.6bn, for a monthly surplus of $1.1bn. On the month, exports were
up 31.8%, but that comparison is distorted by the Lunar New Year holiday in February.

Quarter. Q1 exports came in at $118.4bn, up 12.6% (Q1 2025: +10.6%). Imports grew faster,
15.1%, to $114.9bn, narrowing the quarterly surplus to $3.5bn. In local currency, Q1
exports were worth about 3,100 trillion dong.

Revision. February exports were revised up to $32.4bn from the preliminary $31.9bn. With
January at $43.3bn, the quarter's profile looks much smoother than the first estimates
suggested.

Products. Electronics, computers and components: $21.9bn, +33.5%, the fastest growth of
any major group. Phones and parts: $13.8bn, +4.1%. Textiles and garments: +8.2%.
Agricultural and seafood products: +6.7%.

Partners. Exports to the US: $33.6bn, +24.1%, keeping the US as the largest market by a
wide margin. Imports from China: $46.2bn, +19.7%. The pattern, with components in from
China and finished goods out to the US, is unchanged, and so is the political sensitivity
of the bilateral surplus with Washington.

Official view. Dinh Van Khoa of the National Statistics Office, who directs its trade and
services statistics, said electronics and processed goods had kept exports growing but
that the fast rise in component imports showed how much of the value was still produced
abroad.

Our take. We raise our full-year export growth forecast to 11.5% from 10.0%. The main
downside risk remains US tariff policy; the main upside risk is a stronger cycle in
semiconductors and servers, where Vietnam has gained assembly capacity.

Imports. The faster growth of imports is not a worry in itself. Most of what Vietnam buys
abroad is machinery, components and materials used by exporters, so strong import growth
usually signals strong export orders in the months ahead rather than weak competitiveness.

Also released. Q1 GDP grew 6.9% y/y; disbursed FDI was $5.1bn.

What to watch. The April release, due early next month, will show whether the March pace
holds without holiday distortions. We will also watch new export orders in the monthly
purchasing managers' survey and any sign of tighter US customs checks on goods suspected
of being routed through Vietnam from elsewhere.

Regional comparison. Thailand's February exports rose 5.2% y/y and Malaysia's 7.8% y/y
(see table); neither country has yet published March data.

Method note. All growth rates are year-on-year unless marked otherwise. Values are in US
dollars at current prices as published by the statistics office. The dong equivalent uses
an average rate of about 26,200 dong per dollar for the quarter.
"""

_TR_PAGES = [
    {
        "url": "https://www.ipa-news.example/economy/2026/04/06/vietnam-march-exports-beat-forecasts/",
        "html": _page(
            site="Indochina Press Agency",
            domain="ipa-news.example",
            path="/economy/2026/04/06/vietnam-march-exports-beat-forecasts/",
            headline="Vietnam's March exports jump 14.3%, beating forecasts on electronics",
            dek="First-quarter exports up 12.6% to $118.4 billion; surplus of $3.5 billion.",
            byline="Tran Bao Ngoc",
            section="Economy",
            body=_TR_WIRE,
            published="2026-04-06T04:05:00Z",
            tagline="Indochina, first",
            year=2026,
            sidebar_title="Vietnam trade, first quarter",
            sidebar=[
                "Exports: $118.4 bn (+12.6%)",
                "Imports: $114.9 bn (+15.1%)",
                "Surplus: $3.5 bn",
                "GDP growth: 6.9%",
            ],
            related=[
                ("Vietnam sets 12% export growth goal", "/economy/export-growth-goal/"),
                ("Electronics makers expand in the north", "/business/electronics-north/"),
            ],
            tags=("Vietnam", "Trade"),
        ),
    },
    {
        "url": "https://www.redriverherald.example/economy/exports-beat-expectations-march",
        "html": _page(
            site="The Red River Herald",
            domain="redriverherald.example",
            path="/economy/exports-beat-expectations-march",
            headline="Exports beat expectations as electronics shipments soar",
            dek="Quarterly exports reach $118.4 billion; imports of components rise faster.",
            byline="Pham Thu Trang",
            section="Economy",
            body=_TR_PAPER,
            jsonld_date="2026-04-07T06:00:00+07:00",
            tagline="Hanoi's independent voice",
            year=2026,
            sidebar_title="Top export markets, Q1",
            sidebar=[
                "United States: $33.6 bn (+24.1%)",
                "Electronics, computers and components: $21.9 bn",
                "Phones and parts: $13.8 bn",
            ],
            related=[
                ("Furniture makers ride US demand", "/business/furniture-us-demand/"),
                ("Freight costs climb again", "/economy/freight-costs/"),
            ],
            tags=("Exports", "Economy"),
        ),
    },
    {
        "url": "https://www.aseantradetracker.example/vietnam/strong-march-calendar-effects",
        "html": _page(
            site="ASEAN Trade Tracker",
            domain="aseantradetracker.example",
            path="/vietnam/strong-march-calendar-effects",
            headline="Vietnam: a strong March, and the February scare was mostly the calendar",
            dek="Exports beat consensus; we lift our full-year forecast.",
            byline="ASEAN Trade Tracker research",
            section="Country notes",
            body=_TR_NOTE,
            tagline="Trade data for Southeast Asia",
            sidebar_title="Regional exports, latest month",
            sidebar=[
                "Vietnam (March): +14.3% y/y",
                "Thailand (February): +5.2% y/y",
                "Malaysia (February): +7.8% y/y",
            ],
            related=[
                ("Thailand: exports slow in February", "/thailand/exports-february/"),
                ("Malaysia: electronics cycle turns", "/malaysia/electronics-cycle/"),
            ],
            tags=("Vietnam", "Trade data"),
        ),
    },
]


# ---------------------------------------------------------------------------
# rk-BF5 — Kinnari-2 suborbital launch from Sattahip (CONTROL)
# ---------------------------------------------------------------------------

_RK_LIVE_INTRO = """
Good morning from the coast near Sattahip in Chonburi province, where Bangkok start-up Chao
Phraya Launch Systems (CPLS) is preparing to launch Kinnari-2, a single-stage solid-fuel
rocket that the company hopes will become the first privately built Thai rocket to reach
space.

The rocket stands 14.5 metres tall and weighs 6.8 tonnes at liftoff. It carries a 38 kg
capsule with four experiments: two from Thai university teams, one from a Hanoi-based
start-up and one sensor package built by CPLS itself. The capsule is meant to come down
by parachute in the Gulf of Thailand, where a navy patrol boat will pick it up.

The company's first rocket, Kinnari-1, reached 52 km in November 2025. Liftoff is planned
for 05:30. All times on this page are Thailand time (ICT, UTC+7).
"""

_RK_LIVE = [
    (
        "09:05 ICT",
        "Capsule recovered",
        """
CPLS says the navy patrol boat lifted the capsule out of the water at 08:55, about 64 km
offshore, two hours and 13 minutes after liftoff. The team will open it at the company's
hangar this afternoon and hand the experiments back to their owners.
""",
    ),
    (
        "07:40 ICT",
        "Apogee confirmed at 118 km",
        """
At a news conference at the launch site, the company confirmed the rocket reached a
highest point of 118 km, above the 100 km line commonly used as the edge of space. The
experiments had about four minutes of microgravity.

Chief executive Natthaphon "Ton" Lertwattana said: "Today we proved that a Thai team can
design, build and fly a rocket to space from Thai soil." Flight director Kanokwan Issara
added: "Every system performed within limits."
""",
    ),
    (
        "06:58 ICT",
        "Splashdown",
        """
The capsule's parachute opened as planned and it splashed down at 06:53, 11 minutes and 20
seconds after liftoff, according to mission control. The recovery boat is heading to the
splashdown point.
""",
    ),
    (
        "06:47 ICT",
        "Preliminary apogee about 115 km",
        """
Preliminary telemetry suggests the rocket peaked at about 115 km. The company says this is
an early number and that a final figure will come after the data has been checked.
""",
    ),
    (
        "06:45 ICT",
        "Into space",
        """
Mission control reports the rocket has passed 100 km. Cheers in the press area.
""",
    ),
    (
        "06:42 ICT",
        "Liftoff!",
        """
Kinnari-2 has lifted off, climbing fast over the water with a bright orange flame and a
thick white trail.
""",
    ),
    (
        "06:20 ICT",
        "New launch time: 06:42",
        """
Winds have eased. The company has set a new liftoff time of 06:42, one hour and 12
minutes later than planned.
""",
    ),
    (
        "05:10 ICT",
        "Delay because of high-altitude winds",
        """
The 05:30 launch has been pushed back. Flight director Kanokwan Issara says winds at high
altitude are stronger than the rocket's limits allow. The team is waiting for the next
weather balloon data.
""",
    ),
]

_RK_WIRE = """
SATTAHIP, Thailand, July 23 (Southeast Wire) - A Thai start-up launched a rocket to the edge
of space on Thursday, becoming the first private company in the country to send a vehicle
above the 100 km mark commonly treated as the boundary of space.

Chao Phraya Launch Systems' Kinnari-2, a 14.5-metre single-stage rocket powered by solid
fuel, lifted off at 6:42 a.m. local time (2342 GMT on Wednesday) from the company's launch
pad on the Gulf of Thailand coast near Sattahip, about 150 km southeast of Bangkok.

The rocket reached a maximum altitude of 118 km before its payload capsule separated and
returned by parachute, splashing down 11 minutes and 20 seconds after liftoff, the company
said. The capsule landed about 64 km (40 miles) offshore, and navy vessels were on their
way to recover it.

"Today we proved that a Thai team can design, build and fly a rocket to space from Thai
soil," chief executive Natthaphon Lertwattana told reporters at the site.

The launch, originally planned for 5:30 a.m., was delayed by one hour and 12 minutes
because of strong winds at high altitude.

The 38 kg capsule carried four experiments, including two from Thai universities testing
how crystals and plant seeds behave in microgravity, and a small radiation sensor from a
Vietnamese start-up. The experiments had about four minutes of near-weightlessness.

Flight director Kanokwan Issara said all systems had performed within limits, and that
engineers would spend the coming weeks analysing data on the motor and the parachute.

The company's first rocket, Kinnari-1, reached an altitude of 52 km in November 2025.

CPLS, founded in 2021, has spent about 180 million baht ($5.5 million) on the Kinnari
programme, funded by private investors and a grant from a government innovation agency.

Natthaphon said the company hoped to build a small orbital launcher capable of putting
satellites of up to 50 kg into low orbit, but that such a rocket would not fly before 2028.

Southeast Asia's space activity has largely been limited to building satellites that are
launched abroad. Governments in Thailand, Vietnam and Malaysia have all announced space
programmes, but none of them has a domestic orbital launcher.

"It is a suborbital flight, and orbit is a much harder problem, but it is a genuine
milestone," said Rachel Whitcombe, a space industry analyst at Orbit Insight in Singapore.
"The question now is whether they can raise the money for the next step."

The launch site is leased from the Royal Thai Navy, which also provided safety boats and
closed a section of sea to shipping for the launch window.

(Reporting by Arthit Chaiyasit; Editing by Graham Pike)
"""

_RK_NOTE = """
Flight report: Kinnari-2 crosses the line

Chao Phraya Launch Systems (CPLS) flew its second rocket, Kinnari-2, from its coastal pad
near Sattahip, Thailand. T-0 was 06:42 local time (UTC+7), which was still Wednesday
evening in UTC terms: 23:42 UTC. The window had opened at 05:30 local, but the team held
for one hour and 12 minutes for upper-level winds to drop.

Vehicle. Single stage, solid motor, 14.5 m long, 6.8 t gross liftoff mass. The company has
not published the motor's thrust or burn time; from the launch video we estimate a burn of
a little under a minute.

Profile. Apogee was 118 km (73 miles), comfortably above the 100 km line, after an early
estimate of about 115 km given minutes after launch. The 38 kg payload capsule separated
after burnout, coasted through about four minutes of microgravity and descended under a
single main parachute. Splashdown came at T+11 min 20 s, about 64 km (35 nautical miles)
offshore in the Gulf of Thailand. A navy patrol boat recovered it 2 h 13 min after launch.

Payloads. Four: two university experiments (protein crystal growth and seed germination),
a radiation dosimeter from a Hanoi start-up, and the company's own sensor package measuring
vibration and temperature inside the capsule.

Context. Kinnari-1 peaked at 52 km in late 2025. Going from 52 km to 118 km in one step
is a big jump, and it suggests the new motor performed close to its design. The firm says
its programme has cost about 180 million baht so far, roughly $5.5 million.

Quotes. CEO Natthaphon "Ton" Lertwattana called it proof that a Thai team can design,
build and fly a rocket to space from Thai soil. Flight director Kanokwan Issara said
every system performed within limits.

What next. CPLS talks about a small orbital launcher for payloads of up to 50 kg, no
earlier than 2028. That is a very different engineering problem from a suborbital hop:
it needs multiple stages, guidance and a far larger budget. We would treat the date as
aspirational.

Our view. A clean, well-run flight, with a sensible hold for winds and a quick recovery.
For a region that has until now bought launches from others, a domestic suborbital
capability is useful for university research and for testing components, even if the
orbital plan stays distant.

Data in this report come from the company's statements and launch broadcast and our own
analysis of the video.
"""

_RK_PAGES = [
    {
        "url": "https://live.gulfcoasttoday.example/kinnari-2-launch-live",
        "html": _page(
            site="Gulf Coast Today",
            domain="gulfcoasttoday.example",
            path="/kinnari-2-launch-live",
            headline="Live: Thai start-up's Kinnari-2 rocket launch from Sattahip",
            dek="Follow the countdown, launch and recovery as Chao Phraya Launch Systems aims "
            "for space.",
            byline="Gulf Coast Today live team",
            section="Science",
            body=_RK_LIVE_INTRO,
            live=_RK_LIVE,
            visible_date="Thursday 23 July 2026",
            tagline="Chonburi, Rayong and the eastern seaboard",
            year=2026,
            sidebar_title="Kinnari-2 fact file",
            sidebar=[
                "Height: 14.5 m",
                "Liftoff mass: 6.8 tonnes",
                "Fuel: solid",
                "Payload capsule: 38 kg, four experiments",
            ],
            related=[
                ("Meet the engineers behind Kinnari", "/science/kinnari-engineers/"),
                ("Sea closure notice for launch window", "/local/sea-closure-notice/"),
            ],
            tags=("Space", "Chonburi"),
        ),
    },
    {
        "url": "https://www.sewire.example/tech/2026/07/23/thai-startup-rocket-reaches-space/",
        "html": _page(
            site="Southeast Wire",
            domain="sewire.example",
            path="/tech/2026/07/23/thai-startup-rocket-reaches-space/",
            headline="Thai start-up's rocket reaches space in first for country's private sector",
            dek="Kinnari-2 climbs to 118 km on a suborbital flight over the Gulf of Thailand.",
            byline="Arthit Chaiyasit",
            section="Technology",
            body=_RK_WIRE,
            published="2026-07-23T01:30:00Z",
            tagline="The region, as it happens",
            year=2026,
            sidebar_title="Space in Southeast Asia",
            sidebar=[
                "Thailand: earth-observation satellites, launched abroad",
                "Vietnam: small satellites, launched abroad",
                "Malaysia: national space agency, no domestic launcher",
            ],
            related=[
                ("Asia's small-launcher race", "/tech/asia-small-launchers/"),
                ("Thailand's space budget", "/tech/thailand-space-budget/"),
            ],
            tags=("Space", "Thailand"),
        ),
    },
    {
        "url": "https://www.orbitalledger.example/flight-reports/kinnari-2",
        "html": _page(
            site="Orbital Ledger",
            domain="orbitalledger.example",
            path="/flight-reports/kinnari-2",
            headline="Flight report: Kinnari-2 crosses the line",
            dek="A clean suborbital flight for Chao Phraya Launch Systems, and a long road to "
            "orbit.",
            byline="Orbital Ledger staff",
            section="Flight reports",
            body=_RK_NOTE,
            tagline="Launch industry intelligence",
            sidebar_title="Conversions used in this report",
            sidebar=[
                "118 km = 73 miles",
                "64 km = 40 miles = 35 nautical miles",
                "180 million baht = about $5.5 million",
            ],
            related=[
                ("Suborbital vehicles: a buyer's guide", "/guides/suborbital-vehicles/"),
                ("Small launchers tracker", "/trackers/small-launchers/"),
            ],
            tags=("Suborbital", "Thailand"),
        ),
    },
]


# ---------------------------------------------------------------------------
# eq-BF6 — central Myanmar earthquake near Pakokku
# ---------------------------------------------------------------------------

_EQ_LIVE_INTRO = """
A strong earthquake has struck central Myanmar this afternoon, shaking towns along the
Ayeyarwady river and damaging homes, monasteries and a school in Magway region. We are
following the response and the latest official figures here. All times are Myanmar time
(MMT, UTC+6:30).
"""

_EQ_LIVE = [
    (
        "22:05 MMT",
        "Toll rises to 24",
        """
The Magway regional government says 24 people are now confirmed dead and 136 injured.
Officials stress that the figures will change as rescue teams reach more villages on the
west bank of the river.
""",
    ),
    (
        "21:10 MMT",
        "Red Cross teams on the way",
        """
The Myanmar Red Cross Society says it has sent volunteers and first-aid teams from Pakokku
and Magway to villages on the west bank of the river, where several roads are cracked and
some bridges are closed to heavy vehicles.
""",
    ),
    (
        "19:40 MMT",
        "Rescue at monastery school continues after dark",
        """
Volunteers with torches and a single excavator are still working at the collapsed
two-storey monastery school in Thayetkan village. Our reporter there counted at least
four ambulances waiting at the site.
""",
    ),
    (
        "18:30 MMT",
        "Bagan temples damaged",
        """
In Bagan, about 30 km south of the epicentre, officials say several temples have lost
bricks from their spires. The archaeological zone has been closed to visitors while
engineers inspect the monuments. No injuries have been reported there.
""",
    ),
    (
        "17:30 MMT",
        "At least 11 dead",
        """
Local officials say at least 11 people have died, six of them at the monastery school in
Thayetkan village, where classes were in session when the earthquake struck.
""",
    ),
    (
        "17:15 MMT",
        "Hospital: 'we have already run out of beds'",
        """
Dr Aye Thandar Win, medical superintendent of Pakokku General Hospital, told Delta Post:
"We are still pulling people out of the rubble of the monastery school, and our hospital
has already run out of beds." Patients are being treated on mats in the hospital grounds.
""",
    ),
    (
        "16:20 MMT",
        "Aftershock",
        """
A magnitude 4.6 aftershock was recorded at 16:05, according to the Department of
Meteorology and Hydrology. People in Pakokku have moved out of their homes into the
streets and the grounds of pagodas.
""",
    ),
    (
        "15:40 MMT",
        "First deaths reported",
        """
At least three people have been killed, according to a township official. Several
buildings in Pakokku's market area have cracked walls, and part of a riverside warehouse
has collapsed.
""",
    ),
    (
        "15:05 MMT",
        "Magnitude revised to 6.2",
        """
The Department of Meteorology and Hydrology has revised the magnitude to 6.2, from its
first estimate of 6.0. That matches the figure from the US Geological Survey.
""",
    ),
    (
        "14:40 MMT",
        "Strong earthquake near Pakokku",
        """
An earthquake struck at 14:27 about 18 km north-west of Pakokku, at a shallow depth of 12
km. The Department of Meteorology and Hydrology initially put its magnitude at 6.0. Readers
in Mandalay, about 130 km away, say they felt strong shaking for several seconds.
""",
    ),
]

_EQ_WIRE = """
YANGON, Oct 13 (Southeast Wire) - A magnitude 6.2 earthquake struck central Myanmar on
Tuesday, killing at least 11 people and damaging hundreds of buildings, including a
monastery school where several children were trapped, officials and witnesses said.

The quake hit at 14:27 local time (0757 GMT) at a depth of 12 km, about 18 km north-west of
the town of Pakokku in Magway region, according to the US Geological Survey. Myanmar's
Department of Meteorology and Hydrology had initially put the magnitude at 6.0 before
revising it.

At least 11 people were confirmed dead as of 5:30 p.m. local time, six of them at a
collapsed monastery school in Thayetkan village, local officials said. Dozens more were
injured.

"We are still pulling people out of the rubble of the monastery school, and our hospital
has already run out of beds," said U Myint Swe Oo, a spokesman for the Magway regional
administration.

Shaking was felt in Mandalay, Myanmar's second-largest city, about 130 km to the
north-east, where residents ran out of office buildings and shops. There were no
immediate reports of serious damage there.

In Bagan, the ancient temple city about 30 km south of the epicentre, officials said
several temples had suffered minor damage, including fallen bricks from spires, and that
the archaeological zone had been closed to visitors while engineers inspected it.

A magnitude 4.6 aftershock struck at 16:05 local time, sending people in Pakokku back into
the streets. Many said they planned to sleep outdoors.

"The whole house was moving like a boat. I grabbed my grandson and ran," said Daw Nwe Nwe,
a 58-year-old shopkeeper in Pakokku, speaking by phone. "Our wall fell into the street
just after we got out."

The area lies close to the Sagaing Fault, which runs north to south through central
Myanmar and has caused several destructive earthquakes.

Aid agencies said access to some villages on the west bank of the Ayeyarwady river was
difficult because of damaged roads. The Myanmar Red Cross Society said it had sent
volunteers and first-aid teams from Pakokku and Magway.

At the school, rescuers used shovels and their bare hands to clear bricks and timber while
parents waited behind a rope line, witnesses said. A teacher who escaped told local media
that about 40 pupils had been in classrooms on the upper floor when the building fell.

Hospitals in the area were struggling to cope, with some patients treated on mats in
hospital grounds, according to photographs shared by residents on social media.

Communications were patchy in parts of the region, making it hard to confirm the extent of
the damage, and officials warned that the toll was likely to rise.

(Reporting by Southeast Wire staff; Editing by Martin Greaves)
"""

_EQ_PAPER = """
The death toll from the magnitude-6.5 earthquake that struck central Myanmar on Tuesday
rose to 37 last night, after rescuers finished searching the ruins of a monastery school
where classes were in session when the ground began to shake.

The Magway regional government said 214 people had been injured and 1,160 buildings
damaged, most of them in villages around Pakokku, the town nearest the epicentre.

The quake struck at 14:27 local time (14:57 in Bangkok), about 18 kilometres north-west of
Pakokku at a depth of 12 kilometres. It was felt in Mandalay but not, according to the
Thai Meteorological Department, anywhere in Thailand.

At the collapsed school in Thayetkan village, volunteers worked through Tuesday night and
into Wednesday with a single excavator and their hands. Fourteen of the dead were children
at the school, local officials said.

Dr Aye Thandar Win, the medical superintendent of Pakokku General Hospital, said on
Tuesday that people were "still being pulled out of the rubble of the monastery school"
and that the hospital had "already run out of beds". By yesterday, some patients had been
transferred to hospitals in Magway and Mandalay.

The regional government has pledged 500 million kyat, about US$238,000, for emergency
relief and repairs. Officials said 14 aftershocks had been recorded by Wednesday morning,
the strongest a magnitude-4.6 tremor at 16:05 local time on Tuesday.

Thailand's Foreign Ministry said yesterday it would send relief supplies, including tents,
water purification tablets and medicines, worth 10 million baht. Thai nationals in the
area were reported safe.

In Bagan, about 30 kilometres to the south, several temples lost bricks from their spires
and the archaeological zone was closed for inspections. The tourism authorities said it
would reopen once engineers had confirmed the temples were safe.

Myanmar Red Cross Society volunteers have set up first-aid stations in three villages west
of the Ayeyarwady river. Aid workers said the most urgent needs were shelter, clean water
and medicine, as many families were afraid to return to damaged homes.

"People are sleeping outside because every small aftershock makes them panic," said Ko
Thura Aung, a volunteer coordinator in Pakokku, by telephone. "We need tarpaulins more than
anything."

The area has a history of damaging earthquakes because of its proximity to the Sagaing
Fault, one of the most active faults in Southeast Asia.

Seismologists said the shallow depth of the quake had made the shaking more intense near
the epicentre. "A shallow event of this size, close to villages built with unreinforced
brick, is exactly the scenario that causes this kind of damage," said Dr Pimchanok
Rattanaporn, a seismologist at a Bangkok university.
"""

_EQ_BULLETIN = """
Myanmar: earthquake in the central dry zone, situation update

Summary. A shallow earthquake of magnitude 6.2 struck the central dry zone of Myanmar on
Tuesday afternoon local time, with its epicentre near Myingyan in Mandalay region. The
quake, at a depth of 12 km, was followed by 14 aftershocks by Wednesday morning, the
strongest of magnitude 4.6.

Casualties and damage. According to the regional authorities, 37 people were killed and
214 injured. 1,160 buildings were damaged, including homes, monasteries, a health post and
a monastery school in Thayetkan village, where the largest loss of life occurred.

Needs. Partners on the ground report the most urgent needs as emergency shelter
(tarpaulins and tents), safe drinking water, hygiene kits and medical supplies, in
particular for trauma care. Many families are sleeping outdoors because of fear of
aftershocks, including in damaged villages on the west bank of the Ayeyarwady river.

Response. The regional government has pledged 500 million kyat (about $238,000) for
relief and repairs. The Myanmar Red Cross Society has deployed 120 volunteers and set up
first-aid stations. Local civil society groups are distributing food and water.

Access. Several rural roads are damaged, and a bridge on a district road is closed to
heavy vehicles. Mobile phone coverage was restored in most areas by Wednesday.

Health. Hospitals in the affected area report a shortage of beds. A local hospital
director said staff were "still pulling people out of the rubble" on the first day,
and that beds had run out within hours.

Protection. Children who attended the collapsed school and their families will need
psychosocial support. Several other schools in the area remain closed until engineers have
checked their structures, and partners are setting up temporary learning spaces.

Logistics. Relief supplies are being trucked in from Mandalay and Yangon. The main highway
is open, but the last stretch to some villages can only be covered by small trucks or
motorcycles.

Cultural heritage. Several temples in Bagan suffered minor damage. The archaeological zone
was temporarily closed for inspections.

Gaps. Information from remote villages is still incomplete, and figures may be revised.
Partners are asked to share assessment data through the coordination group.

Funding. Member agencies have so far committed modest emergency funds. A joint appeal is
being prepared and will be published once needs assessments are complete.

Contacts. Coordination meetings are held daily. Organisations wishing to join should
contact the bulletin's regional desk.

Background. The central dry zone is one of the poorest parts of the country, with many
homes built from unreinforced brick or timber. The region lies close to the Sagaing Fault,
which has produced several damaging earthquakes.
"""

_EQ_PAGES = [
    {
        "url": "https://live.deltapost.example/central-myanmar-earthquake-live",
        "html": _page(
            site="Delta Post",
            domain="deltapost.example",
            path="/central-myanmar-earthquake-live",
            headline="Live: strong earthquake hits central Myanmar near Pakokku",
            dek="Deaths, damage and rescue efforts after the quake in Magway region.",
            byline="Delta Post newsroom",
            section="Myanmar",
            body=_EQ_LIVE_INTRO,
            live=_EQ_LIVE,
            visible_date="13 October 2026",
            tagline="Independent news from Myanmar",
            year=2026,
            sidebar_title="How to help",
            sidebar=[
                "Myanmar Red Cross Society: donations page",
                "Local monastery relief committees",
                "Check our list of verified fundraisers",
            ],
            related=[
                ("What to do in an aftershock", "/guides/aftershock-safety/"),
                ("Bagan temples: damage reports", "/culture/bagan-temples-damage/"),
            ],
            tags=("Myanmar", "Earthquake"),
        ),
    },
    {
        "url": "https://www.sewire.example/asia/2026/10/13/myanmar-earthquake-kills/",
        "html": _page(
            site="Southeast Wire",
            domain="sewire.example",
            path="/asia/2026/10/13/myanmar-earthquake-kills/",
            headline="Earthquake in central Myanmar kills at least 11, collapses monastery school",
            dek="Magnitude 6.2 quake strikes near Pakokku; tremors felt in Mandalay.",
            byline="Southeast Wire staff",
            section="Asia",
            body=_EQ_WIRE,
            published="2026-10-13T11:20:00Z",
            tagline="The region, as it happens",
            year=2026,
            sidebar_title="Quake at a glance",
            sidebar=[
                "Magnitude: 6.2 (USGS)",
                "Depth: 12 km",
                "Time: 14:27 local (07:57 GMT)",
                "Epicentre: 18 km north-west of Pakokku",
            ],
            related=[
                ("The Sagaing Fault explained", "/asia/sagaing-fault-explained/"),
                ("Myanmar's rescue services stretched", "/asia/myanmar-rescue-services/"),
            ],
            tags=("Myanmar", "Earthquakes"),
        ),
    },
    {
        "url": "https://www.bangkokledger.example/world/myanmar-quake-toll-rises-37",
        "html": _page(
            site="The Bangkok Ledger",
            domain="bangkokledger.example",
            path="/world/myanmar-quake-toll-rises-37",
            headline="Myanmar quake toll rises to 37 as school search ends",
            dek="Thailand to send relief supplies; Bagan temples closed for inspection.",
            byline="Thanakrit Boonyarat",
            section="World",
            body=_EQ_PAPER,
            jsonld_date="2026-10-15T05:30:00+07:00",
            tagline="Thailand's newspaper of record",
            year=2026,
            sidebar_title="Thai relief effort",
            sidebar=[
                "Relief supplies: 10 million baht",
                "Items: tents, water tablets, medicines",
                "Thai nationals in the area: reported safe",
            ],
            related=[
                ("How prepared is Bangkok for a big quake?", "/news/bangkok-quake-prep/"),
                ("Myanmar migrants in Thailand send help home", "/news/migrants-send-help/"),
            ],
            tags=("Myanmar", "Earthquake", "Aid"),
        ),
    },
    {
        "url": "https://www.reliefbulletin.example/myanmar/central-dry-zone-earthquake-update",
        "html": _page(
            site="Relief Bulletin Asia",
            domain="reliefbulletin.example",
            path="/myanmar/central-dry-zone-earthquake-update",
            headline="Myanmar: earthquake in the central dry zone, situation update",
            dek="Casualties, needs and the response so far.",
            byline="Relief Bulletin Asia regional desk",
            section="Situation updates",
            body=_EQ_BULLETIN,
            tagline="Humanitarian news and coordination",
            sidebar_title="Priority needs",
            sidebar=[
                "Emergency shelter: tarpaulins and tents",
                "Safe drinking water",
                "Trauma care supplies",
                "Hygiene kits",
            ],
            related=[
                ("Myanmar: monsoon floods update", "/myanmar/monsoon-floods-update/"),
                ("How to join the coordination group", "/about/coordination-group/"),
            ],
            tags=("Myanmar", "Earthquake"),
        ),
    },
]


STORIES = [
    {
        "id": "cb-BF1",
        "part": "BF",
        "domain": "central bank",
        "fetched": "2026-03-06",
        "articles": _CB_PAGES,
        "planted": [],
    },
    {
        "id": "el-BF2",
        "part": "BF",
        "domain": "election",
        "fetched": "2026-05-27",
        "articles": _EL_PAGES,
        "planted": [
            ("winner's share of valid votes", r"\b51\.20?\b", r"\b52\.10?\b"),
            (
                "time polls closed",
                r"\b17[:.]00\b|\b5(?:[:.]00)?\s*p\.?\s*m\b",
                r"\b16[:.]00\b|\b4(?:[:.]00)?\s*p\.?\s*m\b",
            ),
            (
                "role of Thawatchai Rungrot at the Election Commission",
                r"provincial director",
                r"secretary[- ]general",
            ),
        ],
    },
    {
        "id": "ct-BF3",
        "part": "BF",
        "domain": "court",
        "fetched": "2026-09-20",
        "articles": _CT_PAGES,
        "planted": [
            (
                "prison sentence for Tran Quoc Minh",
                r"\b18[- ]years?\b|\beighteen[- ]years?\b",
                r"\b16[- ]years?\b|\bsixteen[- ]years?\b",
            ),
            ("number of co-defendants", r"\b23\b|twenty[- ]three", r"\b32\b|thirty[- ]two"),
            ("weekday of the verdict", r"thursday", r"friday"),
        ],
    },
    {
        "id": "tr-BF4",
        "part": "BF",
        "domain": "trade",
        "fetched": "2026-04-15",
        "articles": _TR_PAGES,
        "planted": [],
    },
    {
        "id": "rk-BF5",
        "part": "BF",
        "domain": "rocket",
        "fetched": "2026-07-30",
        "articles": _RK_PAGES,
        "planted": [],
    },
    {
        "id": "eq-BF6",
        "part": "BF",
        "domain": "earthquake",
        "fetched": "2026-10-25",
        "articles": _EQ_PAGES,
        "planted": [
            ("earthquake magnitude", r"\b6\.2\b", r"\b6\.5\b"),
            ("place of the epicentre", r"pakokku", r"myingyan"),
            ("speaker of the rubble and beds quote", r"aye thandar win", r"myint swe oo"),
        ],
    },
]
