"""Story battery, part AG — Pakistan and Afghanistan, events in 2026.

Written by engineer AG1 on 2026-12-07 for the thirty-third batch, a precision batch.

All outlets (every domain ends in .example), reporters, companies, candidates, parties, most
officials and all figures are invented. Real institutions and places (the State Bank of
Pakistan, the Lahore High Court, the FBR, SUPARCO, the Torkham crossing, Jiuquan, Badakhshan,
the US Geological Survey and so on) appear only as scenery. Time zones: Pakistan Standard Time
(PKT, UTC+5), Afghanistan Time (AFT, "Kabul time", UTC+4:30), Beijing time (UTC+8), and UTC/GMT.
Each page is a whole web page (cookie banner, nav, ads, share bar, sidebar, related links,
footer); the sidebars are deliberately full of other countries' and other events' figures.

cb-AG1 — central bank — CONTROL (planted = []) — fetched 2026-03-25
  TRUE FACTS: on Monday 2026-03-16 the State Bank of Pakistan's Monetary Policy Committee cut the
  policy rate by 50 basis points to 10.50% from 11.00%, effective Tuesday 2026-03-17; announced by
  Governor Saadia Rehmat Malik at 4 p.m. PKT (1100 GMT) in Karachi; February CPI 4.7% y/y
  (January 4.1%); FY26 average inflation forecast unchanged at 4.5-5.5%; real rate 5.8 points;
  SBP reserves $14.62bn on March 6; January current account surplus $312m; rupee 280.64; 11 of 14
  analysts in the Indus Wire poll expected a cut (8 said 50 bps, 3 said 100 bps, 3 no change);
  finance ministry: cut saves about Rs 280bn a year; next meeting 2026-04-27.
  OUTLETS: Indus Wire Service (wire; meta article:published_time 2026-03-16T11:24Z); The Karachi
  Ledger (newspaper; JSON-LD datePublished 2026-03-16T16:40Z; writes "10.5pc"); Margalla Markets
  Brief (newsletter; visible date line "Tuesday, 17 March 2026", says "yesterday"); Sindh Vision
  News (broadcaster; no date anywhere, text says "on Monday, March 16").
  LEGITIMATE TRAPS: 50 basis points / half a percentage point / 50 bps; 10.50% / 10.5pc / 10.5
  percent; previous rate 11% and the rate a year earlier (12pc); January CPI 4.1% vs February
  4.7%; core inflation 6.9pc (one outlet only); real rate 5.8 points / "nearly six"; reserves
  $14.62bn / about $14.6bn / 14.62 billion dollars; governor with and without her middle name;
  two different quotes of the governor (press conference and an evening TV interview); 4 p.m.
  local / 1100 GMT; the newsletter's own forecast (another 50 bps to 10.00% on April 27, FY26
  inflation 5.1%) vs the actual decision; Rs 560bn per point vs Rs 280bn for this cut; sidebars of
  other countries' policy rates and of earlier decisions (15 Dec 2025, 26 Jan 2026: held at 11pc).

el-AG2 — election — 3 PLANTED — fetched 2026-05-19
  TRUE FACTS: by-election for Khyber Pakhtunkhwa assembly seat PK-76 Peshawar on Sunday
  2026-05-10, polling 8 a.m.-5 p.m. PKT at 312 polling stations (96 highly sensitive, about 4,600
  police and FC); 243,910 registered voters (112,455 women); Returning Officer Asadullah Jadoon
  announced the provisional result at 2:40 a.m. on Monday 2026-05-11: Farhan Ullah Khattak (KPP)
  41,286, Dr Zarmina Afridi (NUL) 36,904, independent Gul Rahman Mohmand 5,117, nine others 2,340,
  rejected 1,203; 86,850 votes cast, turnout 35.6%, margin 4,382. Seat vacated in February by the
  disqualification of Shaukat Ali Bangash (KPP), who won in 2024 with 38,112 to Afridi's 35,476 on
  a 47.9% turnout. Afridi alleges irregularities at 14 polling stations.
  OUTLETS: Peshawar Pulse (live blog, newest first, PKT stamps; meta published_time
  2026-05-10T03:00Z); Frontier Press Agency (wire; meta 2026-05-10T22:05Z, dateline May 11); The
  Daily Khyber Mail (newspaper; visible date line "Monday, May 11, 2026"); Tirah TV News
  (broadcaster; JSON-LD datePublished 2026-05-11T09:30Z).
  PLANTED: winner's votes 41,286 (right) vs 41,826 (wrong, Daily Khyber Mail); independent's
  surname Mohmand (right) vs Momand (wrong, Frontier Press Agency, twice); polling day Sunday
  (right) vs Saturday (wrong, Tirah TV News, twice).
  LEGITIMATE TRAPS: partial unofficial counts on the live blog (180 and 274 of 312 stations) and an
  early turnout estimate of about 33%; the 2024 result and turnout (38,112 / 35,476 / 47.9%);
  margin 4,382 / "more than 4,000" / "four thousand"; turnout 35.6% / "just under 36 percent" /
  "about a third"; registered voters 243,910 / "nearly 244,000"; Mohmand's 5,117 / "five
  thousand"; Afridi with and without "Dr"; three different Afridi quotes from three occasions;
  8 a.m.-5 p.m. / 0300-1200 GMT; result at 2:40 a.m. Monday vs polling on Sunday; the KPP's
  predicted margin of more than 10,000; sidebar figures of other by-elections.

ct-AG3 — court — CONTROL (planted = []) — fetched 2026-04-20
  TRUE FACTS: on Thursday 2026-04-09 at 11:15 a.m. a Lahore High Court division bench (Justice
  Mehwish Anjum Qazi, Justice Raza Ali Soomro) set aside a Rs 4.31bn (Rs 4,312.65 million, about
  $15.4m) FBR demand for tax year 2024 against Chenab Agro Foods Ltd, raised in an assessment order
  of 2025-06-27 three days after the show-cause notice; verdict reserved 2026-02-12; 38-page
  judgment by Justice Qazi; matter remanded to the Commissioner Inland Revenue for a fresh order
  within 90 days; Rs 862.5m deposit (20%) stays with the FBR; 11 connected petitions worth about
  Rs 2.6bn; shares up 6.2% to Rs 187.40 from Rs 176.46 (Rs 10.94). Counsel: Barrister Ahmed Nawaz
  Cheema (company), Sobia Rauf Bhatti (FBR); CFO Imran Haider Sheikh.
  OUTLETS: The Lahore Chronicle (newspaper; meta published_time 2026-04-09T13:40Z); Case & Counsel
  Weekly (legal newsletter; JSON-LD datePublished 2026-04-13T04:00Z); Ravi News Network
  (broadcaster; no date anywhere, text says "on Thursday, April 9").
  LEGITIMATE TRAPS: Rs4.31 billion / Rs 4,312.65 million / $15.4 million / "more than four billion
  rupees"; the judge and the barrister with and without middle names and titles; division bench /
  two-member bench; set aside / quashed / thrown out; reserved on Feb 12 vs announced on Apr 9 vs
  the 2025 assessment order; 20 percent / Rs 862.5 million; 60 days to appeal vs 90 days for the
  fresh order; the FBR counsel's two different quotes (court steps, interview); a 2023 Sindh High
  Court case (Rs 1.7bn); a different LHC hearing adjourned to May 6; sidebar court stories.

tr-AG4 — trade — 3 PLANTED — fetched 2026-06-26
  TRUE FACTS: the Torkham crossing reopened to trade on Tuesday 2026-06-16 at 8 a.m. PKT (7:30 a.m.
  Afghan time) after a 23-day closure that began 2026-05-24; reopening agreed on Saturday
  2026-06-13 at talks in Jalalabad (Pakistani side led by Khyber deputy commissioner Bilal Shahid
  Rao); first day 1,146 vehicles (684 outbound, 462 inbound) per additional collector of customs
  Maryam Zaidi Gilani; about 5,300 trucks (5,340 by the transporters' count) stranded at the
  peak; losses $1.9m a day, about $45m; about 340 truckloads of perishables spoiled; Abdul Salam
  Haqyar is the Taliban administration's acting minister of commerce and industry; pedestrians
  from Wednesday 2026-06-17; bilateral trade $1.62bn in FY2024-25.
  OUTLETS: Khyber Gateway Wire (wire; meta published_time 2026-06-16T16:40Z); Afghan Trade Monitor
  (newsletter; no date anywhere, text says "on Tuesday, June 16"); The Frontier Ledger
  (newspaper; visible date line "Wednesday 17 June 2026"); Spin Ghar TV (live blog, newest first,
  PKT stamps; JSON-LD datePublished 2026-06-16T02:30Z).
  PLANTED: first-day vehicles 1,146 (right) vs 1,164 (wrong, The Frontier Ledger); Haqyar's title
  acting (commerce) minister (right) vs deputy commerce minister (wrong, Afghan Trade Monitor,
  twice); place of the talks Jalalabad (right) vs Landi Kotal (wrong, Spin Ghar TV).
  LEGITIMATE TRAPS: 8 a.m. PKT / 7:30 a.m. Afghan (Kabul) time; partial live counts (about 120,
  410, 860) before the final 1,146; about 5,300 / 5,340 stranded trucks; $1.9m a day / $45m in
  all; 23 days / "more than three weeks"; closure date vs reopening vs talks date; exports $1.05bn
  + imports $0.57bn = $1.62bn in a sidebar; about 900 vehicles on a normal day; two different
  Haqyar remarks (statement, press conference); sidebar figures of other crossings.

rk-AG5 — rocket — CONTROL (planted = []) — fetched 2026-08-31
  TRUE FACTS: on Thursday 2026-08-20 a Long March 2D lifted off from Jiuquan at 10:42 a.m. Beijing
  time (02:42 UTC, 7:42 a.m. PKT) carrying Pakistan's Hilal-2 (1,180 kg; 645 km sun-synchronous
  orbit; 0.9 m panchromatic / 3.6 m multispectral; seven-year design life; cost Rs 9.6bn, about
  $34m); separation about 13 minutes after liftoff; first signal at the Lahore ground station at
  9:16 a.m. PKT; first images within three weeks, about three months of testing; SUPARCO chairman
  Dr Imtiaz Hussain Awan; project director Rabia Tanveer Lodhi; Hilal-1 (May 2024) 740 kg, 2.5 m.
  OUTLETS: Capital Daily (live blog, newest first, PKT stamps; meta published_time
  2026-08-20T01:30Z); Asia Space Wire (wire; JSON-LD datePublished 2026-08-20T03:05Z); Payload
  Pakistan (newsletter; no date anywhere, text says "on Thursday, August 20").
  LEGITIMATE TRAPS: one moment in three time zones; 1,180 kg / about 1.2 tonnes; 645 km / a little
  over 400 miles; Rs 9.6bn / $34m; the predecessor's figures; a secondary cubesat; countdown
  entries and "expected" separation before confirmation; the chairman with and without "Dr" and
  middle name; three different chairman quotes (video link, statement, evening TV); other
  launches (PSLV 1,490 kg, a failure losing three satellites) in a sidebar and in the newsletter.

eq-AG6 — earthquake — 3 PLANTED — fetched 2026-10-27
  TRUE FACTS: a magnitude 6.4 (USGS; the Pakistan Meteorological Department measured 6.6)
  earthquake struck on Sunday 2026-10-18 at 9:47 p.m. AFT (17:17 UTC, 10:17 p.m. PKT), depth 196
  km, 38 km south-west of Jurm, Badakhshan; Afghanistan: 57 dead, 1,238 injured, 3,480 houses
  damaged or destroyed (spokesman Hamdullah Nusrat, State Ministry for Disaster Management);
  Pakistan: 9 dead (Chitral 5, Swat 3, Lower Dir 1), 143 injured (Asfandyar Khan Wazir, director
  general of the Khyber Pakhtunkhwa PDMA); combined toll 66; 14 aftershocks by Monday morning,
  strongest 4.8.
  OUTLETS: Pamir Broadcasting (live blog, newest first, Kabul-time stamps; JSON-LD
  datePublished 2026-10-18T17:28Z); Central Asia Newswire (wire; meta published_time
  2026-10-19T13:20Z); The Islamabad Sentinel (newspaper; visible date line "Tuesday, October 20,
  2026"); Hindukush TV (broadcaster; no date anywhere, text says "on Sunday night, October 18").
  PLANTED: injured in Afghanistan 1,238 (right) vs 1,328 (wrong, Central Asia Newswire); local
  time 9:47 p.m. (right) vs 9:17 p.m. (wrong, Hindukush TV); Wazir's title director general
  (right) vs PDMA chairman (wrong, The Islamabad Sentinel).
  LEGITIMATE TRAPS: rising provisional tolls on the live blog (12, 31 dead; dozens, 870 injured;
  six dead in Pakistan) before the final figures; magnitude 6.4 (USGS) vs 6.6 (PMD), attributed;
  9:47 p.m. Kabul time / 1717 GMT / 10:17 p.m. Pakistan time; 196 km / about 122 miles; per-country
  tolls vs the combined 66; an aftershock at 3:05 a.m.; 62 houses damaged in Chitral vs 3,480 in
  Badakhshan; Sunday night vs Monday's figures on a page dated Tuesday; sidebar of other quakes.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Pakistan", "Afghanistan", "Business", "World", "Opinion", "Sport", "Video"]


def _esc(text):
    return html.escape(text, quote=False)


def paras(text):
    """Blank-line separated paragraphs; '##AD##' is a mid-article ad slot, '## x' a subhead."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block == "##AD##":
            out.append('<div class="ad-slot ad-inline"><span>Advertisement</span></div>')
        elif block.startswith("## "):
            out.append(f"<h2>{_esc(block[3:])}</h2>")
        else:
            out.append(f"<p>{_esc(block)}</p>")
    return "\n".join(out)


def updates(entries):
    """Live-blog entries, newest first: (stamp, heading, text)."""
    out = ['<div class="live-feed">']
    for stamp, head, text in entries:
        out.append(f'<div class="live-update"><p class="update-time"><time>{_esc(stamp)}</time></p>'
                   f"<h3>{_esc(head)}</h3>\n{paras(text)}</div>")
    out.append("</div>")
    return "\n".join(out)


def article(outlet, path, headline, standfirst, byline, body, *, date_mode="none", when="",
            date_line="", sidebar=("", ()), related=(), section="News"):
    """One outlet's full web page; date_mode is 'meta', 'jsonld', 'line' or 'none'."""
    name, domain = outlet
    url = f"https://{domain}/{path}"
    head_extra = ""
    if date_mode == "meta":
        head_extra = f'<meta property="article:published_time" content="{when}">'
    elif date_mode == "jsonld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                "datePublished": when, "author": {"@type": "Person", "name": byline},
                "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        head_extra = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    visible_date = f'<p class="dateline">{_esc(date_line)}</p>' if date_mode == "line" else ""
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    side_title, side_items = sidebar
    side = "".join(f"<li>{_esc(i)}</li>" for i in side_items)
    rel = "".join(f'<li><a href="https://{domain}/{p}">{_esc(t)}</a></li>' for t, p in related)
    share = ('<div class="share-bar"><span>Share this story</span> <a href="#">Facebook</a> '
             '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>')
    return {"url": url, "html": f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(headline)} | {_esc(name)}</title>
<meta name="description" content="{html.escape(standfirst)}">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:site_name" content="{html.escape(name)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
{head_extra}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to run this site, measure traffic and show personalised advertising. You can accept all cookies or choose your preferences.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://{domain}/">{_esc(name)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"></form>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main class="page">
<article class="story">
<p class="kicker">{_esc(section)}</p>
<h1>{_esc(headline)}</h1>
<p class="standfirst">{_esc(standfirst)}</p>
<p class="byline">{_esc(byline)}</p>
{visible_date}
{share}
<div class="article-body">
{body}
</div>
{share}
</article>
<aside class="sidebar"><div class="box"><h2>{_esc(side_title)}</h2><ul>{side}</ul></div>
<div class="ad-slot ad-mpu"><span>Advertisement</span></div>
<div class="box newsletter-signup"><h2>Get our morning newsletter</h2><p>The day's main stories in your inbox before 8 a.m.</p><button>Sign up</button></div></aside>
<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>
<div class="ad-slot ad-footer"><span>Advertisement</span></div>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>&copy; 2026 {_esc(name)}. All rights reserved. Reproduction without permission is prohibited.</p></footer>
</body>
</html>
"""}


# ---------------------------------------------------------------------------
# cb-AG1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

INDUS = ("Indus Wire Service", "indus-wire.example")
LEDGER = ("The Karachi Ledger", "karachiledger.example")
MARGALLA = ("Margalla Markets Brief", "margallabrief.example")
SINDHV = ("Sindh Vision News", "sindhvision.example")

CB_WIRE = """
KARACHI, March 16 (Indus Wire) – The State Bank of Pakistan cut its policy rate by 50 basis
points to 10.50% on Monday, saying inflation was holding near the bottom of its target range and
that softer global oil prices gave it room to support a recovery that has been slower than
officials had hoped.

The decision was announced by Governor Saadia Rehmat Malik at 4 p.m. local time (1100 GMT) after
a meeting of the bank's Monetary Policy Committee in Karachi, and takes effect on Tuesday, March
17. The committee had held the rate at 11.00% at its two previous meetings, in December and
January.

Eleven of 14 analysts polled by Indus Wire last week had expected a cut, eight of them by 50
basis points and three by a full percentage point. The other three had forecast no change.

"Headline inflation has been running at or below the lower edge of our 5 to 7 percent
medium-term target for several months, and our projections keep it in that neighbourhood through
June," Malik told reporters. "That allows us to take a measured step. It does not call for a
leap."

Consumer prices rose 4.7% in February from a year earlier, after a 4.1% rise in January,
according to the Pakistan Bureau of Statistics. The central bank kept its forecast for average
inflation in the fiscal year ending June 30 at 4.5% to 5.5%, the same range it published in
January.

##AD##

After Monday's move the real interest rate, the gap between the policy rate and current
inflation, stands at 5.8 percentage points, still among the widest in emerging Asia. Business
groups had lobbied for a deeper reduction, arguing that borrowing costs were holding back
investment in manufacturing.

"Half a point helps at the margin, but once the banks add their spread our members are still
paying 13 to 14% for working capital," said Faisal Naveed Lakhani, president of the Korangi
Industrial Traders Association. "Nobody builds a new production line at those rates."

The committee pointed to a stronger external position. Foreign exchange reserves held by the
State Bank stood at $14.62 billion as of March 6, up from $13.9 billion at the end of December,
and the current account posted a surplus of $312 million in January.

The rupee ended Monday's interbank session at 280.64 to the dollar, barely changed on the day,
as the decision had been largely priced in.

Hira Saleem, head of research at Clifton Securities, said the statement's tone left room for
another reduction at the next meeting, scheduled for April 27. "They have not promised anything,
but the language on oil and on the exchange rate was noticeably softer than in January," she
said.

The committee said it would keep watching administered energy prices, which have repeatedly
pushed inflation off course, and the budget for the next fiscal year, due to be presented in
June. The International Monetary Fund, whose next review of Pakistan's programme is expected in
May, has repeatedly urged the central bank to keep real interest rates positive.

(Reporting by Omar Siddiqui; editing by Nadia Rasool)
"""

CB_LEDGER = """
KARACHI: The State Bank of Pakistan on Monday lowered its key policy rate by half a percentage
point to 10.5pc, ending a pause of two meetings and offering modest relief to businesses that
have complained for months about the cost of credit.

Governor Saadia Malik, announcing the decision at the bank's head office on I.I. Chundrigar
Road, said the Monetary Policy Committee had discussed a larger reduction but concluded that "the
balance of risks still argues for patience". The new rate applies from Tuesday.

Headline inflation was 4.7pc in February, compared with 4.1pc a month earlier. Urban core
inflation, which leaves out food and energy, eased to 6.9pc, the committee said in its statement,
a measure that several of its members regard as a better guide to underlying price pressure than
the headline number.

Speaking to a private television channel later on Monday evening, the governor sounded a little
less guarded than she had at the press conference. "Nobody should read today's decision as the
end of the road," she said. "If the numbers keep behaving, we will keep acting."

##AD##

The cut leaves the real interest rate at nearly six percentage points, which the central bank
considers ample to keep inflation anchored. A year ago, in March 2025, the policy rate stood at
12pc.

The committee's statement noted that international oil prices had eased, with Brent crude
trading at around $64 a barrel, and that the external account had strengthened. The State Bank's
own foreign exchange reserves are now about $14.6bn.

Industrialists were unimpressed. "We asked for 100 basis points and got fifty," said Sana Iqbal
Chaudhry, chairperson of the Lahore Knitwear Exporters Forum. "Our competitors in Bangladesh and
Vietnam borrow far more cheaply than we do. Fifty is a start, not a solution."

The Ministry of Finance welcomed the move. Its spokesperson, Qurat-ul-Ain Shah, said every
percentage point off the policy rate saved the government roughly Rs560 billion a year in
interest on domestic debt, so Monday's cut would ease the budget by about Rs280bn on an annual
basis once it fed through to new borrowing.

Usman Tariq Ghani, chief economist at Saddar Capital, said he expected the bank to move again
before the budget. "The committee has bought itself six weeks to look at the March inflation
print and at the budget talks with the Fund. If both look clean, April is live," he said.

Banks are expected to begin repricing loans linked to the Karachi Interbank Offered Rate within
days, though bankers cautioned that deposit rates would fall at least as quickly as lending
rates. Savers who moved money into fixed deposits last year, when returns were higher, will feel
the change as their certificates mature.

The next meeting of the Monetary Policy Committee is scheduled for April 27.
"""

CB_BRIEF = """
Good morning. The State Bank did what most of the market expected yesterday, trimming the policy
rate by 50 basis points to 10.50%. The new rate is in force from today, and banks will start
repricing floating-rate loans against KIBOR over the coming weeks.

Three things stood out to us from the statement and from Governor Saadia Rehmat Malik's press
conference.

## The size

On the numbers alone the committee could have justified a full percentage point. February
inflation came in at 4.7%, so even after the cut the real policy rate sits at 5.8 percentage
points, while most central banks in the region run real rates of two to three points. The
governor's answer, repeated twice in the question session, was that food and energy prices can
turn quickly. "We are not in the business of surprising the market, and we are not in the
business of surprising ourselves either," she said.

## The forecast

The bank left its projection for average inflation in FY26 unchanged at 4.5–5.5%. Our own
forecast is 5.1%, in the middle of that band, but we see upside risk from the gas price revision
due in July. For FY27 the committee offered no range yet; expect one in the June statement.

## The reserves

SBP's liquid reserves were $14.62bn on March 6. That cushion, built on rollovers from friendly
countries and a current account surplus of $312m in January, is what lets the committee cut at
all. A year ago a move like this would have looked reckless.

##AD##

## Market reaction

Most of the move was priced in before the meeting. Six-month T-bill yields in the secondary
market had drifted down to about 10.7% last week, and the rupee closed at 280.64 per dollar in
the interbank market yesterday, essentially flat. Equities had rallied into the decision: the
KSE-100 closed at 162,759 points yesterday, half an hour before the announcement.

## Our call

Eleven of the 14 economists in last week's Indus Wire poll had called a cut; we were among the
eight who said 50 bps. For the April 27 meeting we pencil in another 50 bps, which would take the
rate to 10.00%, and then a pause through the budget. If March inflation, due on April 1, prints
above 6%, drop that call.

## What it means for borrowers

A 50 bps cut on a typical five-year car loan of Rs 3 million shaves roughly Rs 800 off the monthly
instalment once KIBOR has adjusted, which is welcome but hardly life-changing. For companies with
large running finance lines the saving is more meaningful, and we expect several textile and
cement names to refinance before the April meeting.

One more thing worth noting: the committee described the risks to growth as "tilted to the
downside" for the first time since last summer. That phrase tends to come before a run of cuts
rather than a single one, and the bond market noticed.

That's it for today. Reply to this email with questions; we read everything.

— Daniyal
"""

CB_TV = """
The State Bank of Pakistan on Monday, March 16, reduced its key interest rate by half a
percentage point, bringing it down to 10.5 percent from 11 percent.

Governor Saadia Rehmat Malik made the announcement at a press conference at the State Bank's
head office in Karachi at 4 pm Pakistan time, after the Monetary Policy Committee met for the
second time this year.

"That allows us to take a measured step. It does not call for a leap," the governor told
journalists, adding that the committee would continue to watch energy prices closely.

The decision means the cost of loans for car buyers, home buyers and businesses should start to
come down in the coming weeks, although banks usually take time to pass on cuts to their
customers. Business groups had asked for a bigger cut of one full percentage point.

Inflation, which measures how fast prices are rising, was 4.7 percent in February. That is far
lower than the double-digit inflation Pakistanis lived with only a few years ago.

##AD##

Sindh Vision spoke to people in Karachi's Saddar market about the decision. "My shop runs on a
bank loan. If the instalment falls even a little, it matters," said Muhammad Arif, who sells
mobile phones and chargers. Another shopper, Shahnaz Bibi, said she had not noticed prices
falling in her neighbourhood. "They say inflation is low, but flour and cooking oil are still
expensive," she said.

In Lahore, car dealer Kashif Mehmood said many buyers had been waiting for the rate cut before
signing financing deals. "We had a lot of customers sitting on the fence. Today some of them
called back," he said.

Savers, however, may see lower returns. Banks are expected to reduce the profit rates they pay on
savings accounts and fixed deposits, which will hit retired people who depend on that income. "My
pension is small, and the profit from my savings certificate pays for my medicines. Every cut
means a little less for me," said Abdul Ghafoor, a retired schoolteacher in Gulshan-e-Iqbal.

Economists said the central bank had chosen a careful path. "A 50 basis point cut is a cautious
choice. They want to see more data before going further," said Dr Ammar Khalid, who teaches
economics at a Karachi university.

The government also stands to benefit, because lower rates reduce the interest it pays on its
large domestic debt. The Finance Ministry said the cut would lower the annual interest bill by
about Rs 280 billion.

Exporters' groups said they would keep pressing for cheaper credit ahead of the federal budget,
which is due in June. The State Bank said its next decision would depend on the inflation figures
for March and on developments in global oil markets.

The State Bank's own foreign exchange reserves stood at 14.62 billion dollars, the committee
said. It will meet again on April 27.
"""

CB_STORY = {
    "id": "cb-AG1", "part": "AG", "domain": "central bank", "fetched": "2026-03-25",
    "articles": [
        article(INDUS, "markets/2026/03/16/pakistan-central-bank-cuts-rate-to-10-5",
                "Pakistan central bank trims policy rate to 10.5% as inflation stays tame",
                "The State Bank of Pakistan cut its key rate by 50 basis points and signalled room for further easing if oil prices hold.",
                "By Omar Siddiqui", paras(CB_WIRE), date_mode="meta", when="2026-03-16T11:24:00Z",
                sidebar=("Regional policy rates", ["India: 5.25%", "Bangladesh: 9.50%", "Sri Lanka: 7.75%", "Egypt: 22.00%", "Turkey: 37.50%"]),
                related=[("Rupee steady ahead of policy meeting", "markets/rupee-steady-ahead-of-policy-meeting"),
                         ("Analysts split on size of March cut", "markets/analysts-split-on-size-of-march-cut"),
                         ("Sri Lanka holds rates for third meeting", "world/sri-lanka-holds-rates")],
                section="Markets"),
        article(LEDGER, "business/sbp-cuts-policy-rate-by-half-a-point",
                "SBP cuts policy rate by half a point to 10.5pc",
                "Governor Saadia Malik says soft oil prices and subdued inflation justified the move; industrialists say it is not enough.",
                "Ayesha Noorani, Business Reporter", paras(CB_LEDGER), date_mode="jsonld",
                when="2026-03-16T16:40:00Z",
                sidebar=("Policy rate decisions", ["15 Dec 2025: held at 11pc", "26 Jan 2026: held at 11pc", "16 Mar 2026: cut to 10.5pc (-50bps)", "Next meeting: 27 Apr 2026"]),
                related=[("Editorial: A cautious cut", "opinion/editorial-a-cautious-cut"),
                         ("Textile exporters renew call for cheaper credit", "business/textile-exporters-cheaper-credit"),
                         ("Gold rises Rs2,100 per tola in Karachi", "business/gold-rises-per-tola")],
                section="Business"),
        article(MARGALLA, "issues/fifty-basis-points-and-a-governor-in-no-hurry",
                "Fifty basis points and a governor in no hurry",
                "Our read of yesterday's monetary policy decision, what it means for yields, and where we think the rate ends the year.",
                "By Daniyal Hashmi, editor", paras(CB_BRIEF), date_mode="line",
                date_line="Tuesday, 17 March 2026",
                sidebar=("Numbers that matter", ["Policy rate: 10.50% (was 11.00%)", "CPI, February: 4.7% y/y", "PKR/USD interbank: 280.64", "KSE-100, Monday close: 162,759", "Brent crude: $63.80"]),
                related=[("Last issue: What the January hold told us", "issues/what-the-january-hold-told-us"),
                         ("Explainer: how KIBOR follows the policy rate", "explainers/kibor-and-the-policy-rate")],
                section="The Brief"),
        article(SINDHV, "business/state-bank-cuts-interest-rate",
                "State Bank cuts interest rate to 10.5 percent",
                "Borrowers get modest relief as the central bank lowers its key rate by half a percentage point.",
                "Sindh Vision News Desk, Karachi", paras(CB_TV), date_mode="none",
                sidebar=("Most watched", ["Heatwave warning as Karachi touches 39°C", "Sukkur barrage repairs to cost Rs 1.9 billion", "Hyderabad police recover 27 stolen motorcycles"]),
                related=[("Watch: What the rate cut means for your car loan (2:14)", "video/rate-cut-car-loan"),
                         ("Petrol price unchanged for next fortnight", "business/petrol-price-unchanged")],
                section="Business"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AG2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

PULSE = ("Peshawar Pulse", "peshawarpulse.example")
FPA = ("Frontier Press Agency", "frontierpress.example")
KMAIL = ("The Daily Khyber Mail", "khybermail.example")
TIRAH = ("Tirah TV News", "tirahtv.example")

EL_LIVE = [
    ("03:10 PKT, Mon 11 May", "That's where we leave it",
     """Farhan Ullah Khattak of the Khyber Progressive Party is the provisional winner of the PK-76
     Peshawar by-election. The Election Commission is expected to notify the result once the
     returning officer has completed consolidation later this week. Thank you for following our
     coverage through the night."""),
    ("02:48 PKT, Mon 11 May", "Official: Khattak wins by 4,382 votes",
     """Returning Officer Asadullah Jadoon announced the provisional result at 2:40 a.m. The figures:

     Farhan Ullah Khattak (KPP): 41,286. Dr Zarmina Afridi (NUL): 36,904. Gul Rahman Mohmand
     (independent): 5,117. The other nine candidates: 2,340 between them. Rejected ballots: 1,203.

     In all 86,850 of the 243,910 registered voters cast a ballot, a turnout of 35.6%, well below
     our reporters' early estimates during the evening."""),
    ("02:15 PKT, Mon 11 May", "Afridi camp alleges irregularities",
     """Dr Zarmina Afridi has spoken to supporters outside her party office. "We have evidence of
     ballot stuffing at 14 polling stations, and we will apply for a recount," she said. The KPP
     has not responded yet."""),
    ("01:15 PKT, Mon 11 May", "Gap holding as count nears the end",
     """Unofficial results from 274 of 312 polling stations: Khattak 36,012, Afridi 32,455, Mohmand
     4,430. Khattak's camp has started celebrating outside the returning officer's office."""),
    ("23:05 PKT, Sun 10 May", "Khattak edges ahead",
     """Unofficial results compiled by our reporters from 180 of 312 polling stations: Khattak
     23,540, Afridi 21,077, Mohmand 2,918. These are not official figures."""),
    ("19:40 PKT, Sun 10 May", "Counting under way",
     """Counting has begun at all polling stations. First unofficial results from a dozen stations
     in the city suggest a close race between the KPP and the NUL."""),
    ("17:05 PKT, Sun 10 May", "Polls close",
     """Polling closed at 5 p.m. Voters who were already inside polling station premises at that
     time are being allowed to cast their ballots. Early estimates from our reporters put
     turnout at around 33%, though official figures will take hours."""),
    ("14:20 PKT, Sun 10 May", "Scuffle at polling station",
     """Police say supporters of two candidates scuffled briefly outside a girls' school polling
     station in the afternoon. Nobody was hurt and voting continued after a short pause."""),
    ("11:30 PKT, Sun 10 May", "Slow start in the heat",
     """Turnout is slow so far, with the temperature in Peshawar expected to reach 38C. Election
     staff at several stations told us women voters were coming in larger numbers than in the
     morning of the 2024 election."""),
    ("08:00 PKT, Sun 10 May", "Polls open",
     """Polling has begun at 312 polling stations in PK-76 and will continue until 5 p.m. The
     constituency has 243,910 registered voters, 112,455 of them women. Twelve candidates are on
     the ballot.

     About 4,600 police and Frontier Corps personnel have been deployed, and 96 polling stations
     have been declared highly sensitive.

     The seat fell vacant in February when an election tribunal disqualified the sitting member,
     Shaukat Ali Bangash of the KPP. In the 2024 general election Bangash won with 38,112 votes
     against 35,476 for Dr Afridi."""),
]

EL_WIRE = """
PESHAWAR, May 11 (FPA) — Farhan Ullah Khattak of the Khyber Progressive Party won Sunday's
by-election for the PK-76 Peshawar seat in the Khyber Pakhtunkhwa assembly, keeping it in the
governing party's hands by 4,382 votes, according to provisional results.

Returning Officer Asadullah Jadoon announced at 2:40 a.m. that Khattak had received 41,286 votes
against 36,904 for Dr Zarmina Afridi of the National Unity League. Independent candidate Gul
Rahman Momand came third with 5,117.

Turnout was 35.6%, with 86,850 of the constituency's 243,910 registered voters casting ballots,
the returning officer's office said. Of those, 1,203 ballots were declared invalid. Women make up
112,455 of the registered voters; the commission did not immediately release a breakdown of
turnout by sex.

Polling ran from 8 a.m. to 5 p.m. (0300 to 1200 GMT) at 312 polling stations without major
incident, though police reported a brief scuffle between rival supporters at one station in the
afternoon. About 4,600 police and paramilitary personnel were on duty.

"This is a vote for continuity and for the development work already under way in Peshawar,"
Khattak told supporters outside the returning officer's office. "I will serve those who voted
against me as well."

##AD##

Afridi, a physician who also finished second in the 2024 general election, said her party had
evidence of irregularities at 14 polling stations and would file for a recount. "We will not
accept a result written in the dark," she said.

Momand, a transporter who campaigned for better roads in the constituency's eastern union
councils, won more votes than the other nine candidates on the ballot combined.

The seat fell vacant in February after an election tribunal disqualified the sitting member,
Shaukat Ali Bangash of the KPP, over discrepancies in his nomination papers. In the 2024 general
election Bangash won with 38,112 votes to Afridi's 35,476, on a turnout of 47.9%.

Several polling stations in the constituency's newer settlements reported long spells with hardly
any voters in the early afternoon heat, and queues only formed again in the last two hours of
polling.

"By-elections are usually low-turnout affairs, and the party that runs the provincial government
tends to win them," said Ayaz Khan Tareen, who lectures in political science in Peshawar. "What
is interesting here is that the opposition vote held up despite everything the government threw
at the campaign."

The campaign was dominated by complaints about water shortages and unfinished road projects in a
constituency that mixes dense older neighbourhoods with fast-growing settlements on the city's
edge. Campaigning ended 48 hours before polling opened, as election rules require, and both main
candidates closed with large rallies.

The Election Commission of Pakistan is expected to notify the winner after the returning officer
completes the consolidation of results, a process that normally takes several days. A recount
application would have to be decided before the notification is issued.
"""

EL_PAPER = """
PESHAWAR: The Khyber Progressive Party's Farhan Ullah Khattak won Sunday's by-election to
provincial assembly constituency PK-76, securing 41,826 votes, according to the unofficial
provisional result announced by the returning officer in the early hours of Monday.

Dr Zarmina Afridi of the National Unity League was runner-up with 36,904 votes, while
independent candidate Gul Rahman Mohmand polled 5,117. The remaining nine candidates, most of
whom ran low-key campaigns, shared 2,340 votes between them.

Returning Officer Asadullah Jadoon announced the figures at his office at 2:40 a.m. after
results from all 312 polling stations had been received.

Turnout was 35.6pc, down from 47.9pc in the 2024 general election, when the KPP's Shaukat Ali
Bangash won the seat with 38,112 votes. Bangash was disqualified by an election tribunal in
February, forcing the by-election.

##AD##

Khattak, 44, a former district council member, said he would focus on water supply and the
long-delayed widening of the ring road. "The people of this constituency have been patient. They
deserve roads, water and jobs, not more speeches," he told The Daily Khyber Mail.

Dr Afridi rejected the result at a news conference on Monday morning. "We have collected the
Form-45s from our polling agents, and at 14 polling stations the numbers simply do not add up,"
she said, adding that her party would approach the Election Commission for a recount.

Mohmand, a transport businessman contesting his first election, said he accepted the outcome.
"I did not win, but five thousand people voted for an independent candidate. That is a message
to every party," he said.

Voting took place from 8am to 5pm in scorching heat. Of the 312 polling stations, 96 had been
declared highly sensitive, and some 4,600 police and Frontier Corps personnel were deployed
across the constituency. Police reported one brief scuffle in the afternoon but no injuries.

The constituency has 243,910 registered voters, 112,455 of them women. Election officials said
the number of women voting appeared higher than in previous by-elections in the district, though
a breakdown will only be available once the consolidated result is published.

Political observers said the contest had been tighter than the KPP expected. During the campaign
the party's provincial leaders had predicted a winning margin of more than 10,000 votes, and
several ministers addressed rallies in the constituency in the final week.

Provincial Information Minister Nazia Gul Orakzai congratulated Khattak and dismissed the rigging
allegations. "The opposition should learn to accept defeat gracefully. The polling was open, the
cameras were on, and their agents signed the forms," she said.

The NUL, which has never won the seat, said its provincial executive would meet later this week
to decide its next steps, including whether to take the matter to an election tribunal if the
recount request is turned down.
"""

EL_TV = """
PESHAWAR — Farhan Ullah Khattak of the Khyber Progressive Party has won Saturday's by-election
for the PK-76 seat of the Khyber Pakhtunkhwa Assembly by more than 4,000 votes, according to
provisional results.

Khattak received 41,286 votes, while runner-up Dr Zarmina Afridi of the National Unity League
received 36,904. Independent candidate Gul Rahman Mohmand finished third with 5,117 votes.

The results were announced by Returning Officer Asadullah Jadoon in the early hours after the
count from all polling stations was completed. Turnout was just under 36 percent in a
constituency of nearly 244,000 registered voters.

"I will serve those who voted against me as well," Khattak said in his victory speech, as
supporters danced to drums outside the returning officer's office.

##AD##

Dr Afridi, speaking to Tirah TV, said she was not ready to concede. "I congratulate the voters,
not the result. The result has to be checked polling station by polling station," she said. Her
party says it will seek a recount.

Voting on Saturday was largely peaceful, with thousands of police and Frontier Corps personnel
deployed and nearly a third of polling stations declared highly sensitive. Polling began at 8 am
and ended at 5 pm.

Tirah TV's political editor, Sher Alam Shinwari, said the opposition would find it hard to
overturn the result. "A recount can change a few hundred votes. It does not usually change four
thousand," he said. "The bigger story is the turnout. Only about a third of voters came out, and
that should worry every party."

Khattak's supporters had gathered outside the returning officer's office well before the result
was announced, chanting slogans and handing out sweets, and several hundred people followed his
car through the streets of the constituency in the morning.

The by-election was seen as a test for the provincial government, which has faced criticism over
power cuts and water shortages in Peshawar this summer. Opposition parties campaigned jointly in
parts of the constituency, although each fielded its own candidate.

The seat became vacant after the previous member, Shaukat Ali Bangash of the KPP, was
disqualified by an election tribunal. Bangash had won the seat in the 2024 general election.

Mohmand, who ran on a promise to repair roads in the eastern part of the constituency, told
supporters he would contest again in the next general election.

Election officials said the provisional figures would be checked against the Form-45 result
sheets from each of the 312 polling stations before the official notification, and that any
recount application would be heard before then.

The Election Commission of Pakistan is expected to issue the official notification in the coming
days.
"""

EL_STORY = {
    "id": "el-AG2", "part": "AG", "domain": "election", "fetched": "2026-05-19",
    "articles": [
        article(PULSE, "live/pk-76-peshawar-by-election-live",
                "PK-76 Peshawar by-election live: Khattak wins by 4,382 votes",
                "Polling ran from 8 a.m. to 5 p.m. at 312 polling stations. Our live coverage of the count and the result.",
                "Peshawar Pulse live team: Sadia Gul and Imranullah Yousafzai", updates(EL_LIVE),
                date_mode="meta", when="2026-05-10T03:00:00Z",
                sidebar=("Other by-elections this year", ["NA-8 Bajaur (Feb): turnout 41.2%", "PP-139 Sheikhupura (Mar): winning margin 6,015", "PS-88 Malir (Apr): 9 candidates"]),
                related=[("Who is Farhan Ullah Khattak?", "politics/who-is-farhan-ullah-khattak"),
                         ("Explainer: how Form-45 and Form-47 work", "explainers/form-45-form-47")],
                section="Live"),
        article(FPA, "news/2026/05/11/khattak-wins-peshawar-by-election",
                "Governing party's Khattak wins Peshawar provincial by-election",
                "Opposition candidate alleges irregularities at 14 polling stations and says she will seek a recount.",
                "By Junaid Akbar", paras(EL_WIRE), date_mode="meta", when="2026-05-10T22:05:00Z",
                sidebar=("Top stories", ["Flour mills warn of shortage as wheat stocks fall to 1.1 million tonnes", "Quetta: four injured in market blast", "Cricket: Peshawar side chases 187 to win final"]),
                related=[("Election tribunal disqualifies KPP lawmaker", "news/tribunal-disqualifies-kpp-lawmaker"),
                         ("Opposition parties meet in Islamabad", "news/opposition-parties-meet")],
                section="Politics"),
        article(KMAIL, "city/kpp-holds-pk-76-as-khattak-beats-afridi",
                "KPP holds PK-76 as Khattak beats Afridi",
                "Opposition candidate alleges rigging at 14 polling stations and vows to seek a recount; turnout falls to 35.6pc.",
                "Our Staff Reporter", paras(EL_PAPER), date_mode="line",
                date_line="Monday, May 11, 2026",
                sidebar=("In the city today", ["Ring road widening: Rs 12.4bn project still awaits funds", "BRT ridership passes 290,000 a day", "Load-shedding schedule for feeders in Hayatabad"]),
                related=[("Editorial: Low turnout, high stakes", "opinion/low-turnout-high-stakes"),
                         ("Water crisis in eastern union councils", "city/water-crisis-eastern-union-councils")],
                section="Peshawar"),
        article(TIRAH, "news/khattak-wins-peshawar-by-election-rival-demands-recount",
                "Khattak wins Peshawar by-election, rival demands recount",
                "The Khyber Progressive Party keeps the PK-76 seat as turnout slumps.",
                "Tirah TV News Desk", paras(EL_TV), date_mode="jsonld", when="2026-05-11T09:30:00Z",
                sidebar=("Watch next", ["Bulletin: KP cabinet approves Rs 3.2bn for schools (1:48)", "Interview: Dr Zarmina Afridi (6:30)", "Weather: Peshawar to touch 41C this week"]),
                related=[("Analysis: What the by-election tells us", "analysis/what-the-by-election-tells-us"),
                         ("KPP celebrates in Peshawar", "video/kpp-celebrates")],
                section="Pakistan"),
    ],
    "planted": [
        ("winner's vote count", r"\b41,?286\b", r"\b41,?826\b"),
        ("independent candidate's surname", r"\bmohmand\b", r"\bmomand\b"),
        ("weekday of the by-election", "sunday", "saturday"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AG3 — court (CONTROL)
# ---------------------------------------------------------------------------

CHRON = ("The Lahore Chronicle", "lahorechronicle.example")
CASEC = ("Case & Counsel Weekly", "caseandcounsel.example")
RAVI = ("Ravi News Network", "ravinews.example")

CT_PAPER = """
LAHORE: The Lahore High Court on Thursday set aside a Rs4.31 billion tax demand raised by the
Federal Board of Revenue against Chenab Agro Foods Limited, ruling that the company had not been
given a fair chance to answer the case against it before the assessment was made.

A division bench comprising Justice Mehwish Anjum Qazi and Justice Raza Ali Soomro announced the
short verdict in a packed courtroom at 11:15am, nearly two months after reserving judgment on
February 12. The detailed 38-page judgment, authored by Justice Qazi, was released in the
afternoon.

The demand, for additional income tax and default surcharge for tax year 2024, was raised in an
assessment order dated June 27, 2025. The company, which makes edible oil and packaged dairy
products at plants in Sheikhupura and Okara, challenged the order after paying Rs862.5 million,
20 percent of the demand, to obtain a stay against recovery.

The bench held that the order had been passed three days after the show-cause notice was served,
leaving the company no realistic opportunity to produce its records. "An opportunity of hearing
that exists only on paper is no opportunity at all," the judgment said. "The right to a fair
determination of civil obligations, guaranteed by Article 10-A of the Constitution, applies with
full force to tax proceedings."

##AD##

The court sent the matter back to the Commissioner Inland Revenue, directing that a fresh order
be passed within 90 days after the company has been heard. The amount already deposited will
remain with the tax authorities until then.

The same judgment disposed of 11 connected petitions filed by other food companies on similar
grounds, involving about Rs2.6 billion in combined demands.

Barrister Ahmed Nawaz Cheema, who represented Chenab Agro, said the ruling would be cited well
beyond the food sector. "This is not a judgment about one company's tax bill. It is about how the
department is expected to behave with every taxpayer," he told reporters outside the courtroom.

Sobia Rauf Bhatti, counsel for the FBR, said the department would study the detailed judgment
before deciding whether to file an appeal in the Supreme Court. "The court has not said that the
tax is not payable. It has said the procedure must be repeated, and we will repeat it," she said.

Chenab Agro's shares rose 6.2 percent to Rs187.40 on the Pakistan Stock Exchange after the
verdict, against a previous close of Rs176.46. In a notice to the exchange, the company said the
ruling removed "a significant contingent liability" from its accounts for the time being.

Imran Haider Sheikh, the company's chief financial officer, said it had always been willing to
pay whatever tax was lawfully due. "We have nothing to hide. All we asked for was a hearing," he
said.

The company employs about 2,800 people at its two plants and sells cooking oil and packaged milk
under its own brands across Punjab and Khyber Pakhtunkhwa.
"""

CT_NEWSLETTER = """
The Lahore High Court's judgment in Chenab Agro Foods Ltd v Federal Board of Revenue, announced
on Thursday, April 9, will be read in tax departments and law chambers for a long time. Not
because of the sum involved, Rs 4,312.65 million, or about $15.4 million, but because of how
plainly the bench set out what a hearing has to mean.

## What was decided

A division bench of Justice Mehwish Qazi and Justice Raza Ali Soomro quashed an assessment order
of June 27, 2025 that raised the Rs 4.31 billion demand for tax year 2024. The show-cause notice
had been served only three days earlier. The case goes back to the Commissioner Inland Revenue,
who must pass a fresh order within 90 days of hearing the company.

The bench reserved its verdict on February 12 after seven hearings. The 38-page judgment, written
by Justice Qazi, also decides 11 connected petitions involving roughly Rs 2.6 billion.

## Why it matters

The judgment treats Article 10-A, the constitutional right to a fair trial and due process, as
directly enforceable in tax assessment, rather than as a principle to be balanced against the
department's deadlines. Our readers will remember that in a 2023 case involving a Karachi
beverage maker, the Sindh High Court took a narrower view and upheld a Rs 1.7 billion demand
despite a similarly short notice period. Lahore has now gone the other way, and the question may
well reach the Supreme Court.

##AD##

"Tax officers face year-end targets, and the temptation is to issue orders first and hear the
taxpayer later," said Barrister Ahmed Nawaz Cheema, counsel for Chenab Agro, in an interview with
Case & Counsel. "The bench has said that a deadline is not an excuse."

For the FBR, Sobia Rauf Bhatti told us the department was not discouraged. "Nothing in this
judgment reduces the liability by a single rupee. It is a procedural ruling, and the department
knows how to follow procedure," she said. The FBR has 60 days from the date of the judgment to
seek leave to appeal.

## The practical points

Companies that have deposited 20 percent of a disputed demand to secure a stay should note that
the bench did not order a refund. Chenab Agro's deposit of Rs 862.5 million stays with the
department until the fresh order is passed.

Practitioners should also note paragraph 31, where the bench says that a notice leaving the
taxpayer fewer than seven days to respond "cannot, in the ordinary course, be treated as a
reasonable opportunity". That sentence is likely to be quoted in hundreds of replies to
show-cause notices this summer.

The market took the ruling well. Chenab Agro's shares closed 6.2 percent higher on the day of
the verdict at Rs 187.40, a gain of Rs 10.94.

Next week: the Islamabad High Court's pending decision on sales tax on packaged milk, and what the
Finance Bill may do to the appeal deadlines.
"""

CT_TV = """
The Lahore High Court has thrown out a tax demand of more than four billion rupees against a
major food company, saying tax officials did not give the company a proper hearing.

A two-member bench of the court announced the decision on Thursday, April 9, in the case of
Chenab Agro Foods, which produces cooking oil and dairy products. The Federal Board of Revenue had
asked the company to pay Rs 4.31 billion in additional tax and surcharge for the tax year 2024.

Justice Mehwish Anjum Qazi and Justice Raza Ali Soomro heard the case. The court said the tax
department had given the company only three days to respond before issuing its order, which was
not enough time to prepare a defence.

The court has now ordered the tax department to hear the company again and make a new decision
within 90 days.

##AD##

Speaking to Ravi News outside the court, the company's lawyer, Ahmed Cheema, said it was a
victory for every taxpayer. "When you give someone three days to answer a four-billion-rupee
case, you have already decided the answer," he said.

The lawyer for the FBR, Sobia Rauf Bhatti, said the tax board would decide after reading the
detailed judgment whether to go to the Supreme Court. "The court has not said that the tax is
not payable. It has said the procedure must be repeated, and we will repeat it," she said.

Business leaders in Lahore welcomed the ruling. Rana Tahir Mahmood, a former president of a
Lahore trade body, said many companies faced similar treatment. "Every year in June, notices
arrive with impossible deadlines because officers have to meet targets. Today the court has said
this is wrong," he said.

The case had been pending in the high court since last year. The judges reserved their decision
on February 12 after hearing arguments from both sides over several months, and the detailed
judgment runs to 38 pages.

Legal experts said the judgment could affect many similar disputes. "A lot of assessment orders
are passed in the last days of June, when officers are rushing to meet their targets," said Huma
Javed, a tax lawyer in Lahore. "Companies will now cite this judgment in their appeals."

The company's shares rose 6.2 percent on the Pakistan Stock Exchange after the verdict. The
company had earlier deposited 20 percent of the disputed amount with the tax authorities, which
will stay with them until the new decision.

The ruling also covers 11 similar petitions filed by other food companies, the court said.

In other court news, the Lahore High Court adjourned until May 6 the hearing of a petition
against the increase in electricity tariffs for industrial consumers.
"""

CT_STORY = {
    "id": "ct-AG3", "part": "AG", "domain": "court", "fetched": "2026-04-20",
    "articles": [
        article(CHRON, "2026/04/09/lhc-strikes-down-tax-demand-against-chenab-agro",
                "LHC strikes down Rs4.31bn tax demand against Chenab Agro",
                "Division bench says a hearing that exists only on paper is no hearing; matter sent back to the tax commissioner for a fresh decision within 90 days.",
                "Asad Iqbal Bhatti, Court Reporter", paras(CT_PAPER), date_mode="meta",
                when="2026-04-09T13:40:00Z",
                sidebar=("From the courts", ["IHC adjourns sugar cartel hearing to May 6 (Islamabad)", "SC to hear Rs 12bn gas cess review next month", "Sindh High Court grants bail in Rs 350m land case"]),
                related=[("FBR misses March revenue target by Rs 96bn", "business/fbr-misses-march-target"),
                         ("Chenab Agro posts half-year profit of Rs 2.1bn", "business/chenab-agro-half-year-profit")],
                section="Courts"),
        article(CASEC, "analysis/process-over-numbers-chenab-agro-judgment",
                "Process over numbers: what the Chenab Agro judgment says about tax assessments",
                "A Lahore bench reads the constitutional right to a fair hearing straight into tax proceedings. Here is what practitioners should take from it.",
                "By Farah Deeba Rizvi, Senior Editor", paras(CT_NEWSLETTER), date_mode="jsonld",
                when="2026-04-13T04:00:00Z",
                sidebar=("Also in this issue", ["Sindh sales tax on services: tribunal backlog reaches 1,840 cases", "Customs valuation rulings: three to watch", "Appointments: two new judges for the Peshawar High Court"]),
                related=[("Archive: the 2023 beverage case in the Sindh High Court", "archive/2023-beverage-case"),
                         ("Guide: replying to a show-cause notice", "guides/replying-to-show-cause-notice")],
                section="Tax"),
        article(RAVI, "pakistan/lahore-high-court-throws-out-tax-demand",
                "Lahore High Court throws out Rs 4.31 billion tax demand against food company",
                "Court says the tax department did not give the company a fair hearing.",
                "Ravi News Network, Lahore Bureau", paras(CT_TV), date_mode="none",
                sidebar=("Trending", ["Punjab announces 12 new cardiac centres", "Heat: Lahore to touch 40C this week", "Wheat procurement target set at 2.5 million tonnes"]),
                related=[("Watch: Lawyers react to the verdict (3:05)", "video/lawyers-react-verdict"),
                         ("Industrial power tariff petition adjourned", "pakistan/industrial-power-tariff-petition")],
                section="Pakistan"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AG4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

KGW = ("Khyber Gateway Wire", "khybergateway.example")
ATM = ("Afghan Trade Monitor", "afghantrademonitor.example")
FLEDGER = ("The Frontier Ledger", "frontierledger.example")
SPINGHAR = ("Spin Ghar TV", "spinghar.example")

TR_WIRE = """
TORKHAM, Pakistan, June 16 (KGW) — The Torkham border crossing between Pakistan and Afghanistan
reopened for trade on Tuesday after a 23-day closure, with long lines of trucks carrying cement,
fruit and coal rolling through the gates from 8 a.m. Pakistan time (7:30 a.m. in Afghanistan).

The crossing, the busiest on the long frontier between the two countries, had been shut since
May 24, when a dispute over the construction of a new border post near the zero point led to an
exchange of fire between the two sides' border forces. Nobody was killed, but both governments
suspended the movement of goods and people.

The reopening was agreed on Saturday at talks in Jalalabad between a Pakistani delegation led by
the deputy commissioner of Khyber district, Bilal Shahid Rao, and Afghan officials from Nangarhar
province. Both sides agreed to halt construction near the zero point until a joint survey is
completed and to hold monthly flag meetings.

By evening, 1,146 vehicles had crossed in both directions, 684 heading into Afghanistan and 462
coming into Pakistan, according to Maryam Zaidi Gilani, additional collector of customs at
Torkham. "We have put extra staff on every shift, and scanning will run around the clock until
the backlog is cleared," she said.

At the height of the closure about 5,300 trucks were stranded on both sides of the border,
according to customs officials and transporters, some of them parked for more than three weeks on
the narrow road through the Khyber Pass.

##AD##

Traders said the closure had cost them about $1.9 million a day, or roughly $45 million in all.
"Around 340 truckloads of tomatoes, onions and apricots simply rotted," said Fazal Rabbani
Durrani, senior vice-president of the Pakistan-Afghanistan Joint Chamber of Commerce and
Industry. "Some drivers sold their cargo by the roadside for whatever they could get."

In Kabul, the Taliban administration's acting minister of commerce and industry, Abdul Salam
Haqyar, welcomed the reopening in a statement and called for trade to be "kept apart from
political and security disagreements".

Pakistani officials said pedestrian traffic for holders of valid visas and border passes would
resume on Wednesday, June 17.

Trade between the two countries was worth $1.62 billion in the fiscal year that ended in June
2025, according to Pakistani figures, well below its level of a decade ago. Torkham handles the
largest share of it, along with transit cargo bound for Central Asia.

Drivers waiting at the Pakistani terminal said they were relieved but wary. "I have been
sleeping in my cab since the day the gates closed," said Gul Zaman, a driver from Mardan hauling
cement to Jalalabad. "Every time they close the border, we are the ones who pay."

Transport officials said it would take at least a week to clear the backlog even if the crossing
stayed open around the clock.
"""

TR_NEWSLETTER = """
The Torkham crossing reopened to commercial traffic on Tuesday, June 16, ending a 23-day shutdown
that began on May 24. The gates opened at 8 a.m. Pakistan time, 7:30 a.m. Kabul time, and the
first trucks through on the Pakistani side carried cement and medicines.

## The deal

The agreement reached in Jalalabad on Saturday, June 13, is short. Construction near the zero
point stops until a joint survey is done; both sides hold a flag meeting every month; and
complaints about firing go first to a hotline between the two border commands rather than to the
media. There is no timetable for the survey, and nothing on the customs and visa problems that
traders care about most.

Abdul Salam Haqyar, the Taliban administration's deputy commerce minister, told a press
conference in Kabul that his ministry wanted "a border that stays open whatever happens between
soldiers". He said Afghan growers of apricots and melons had lost most of their early-summer
export season.

## The backlog

Customs counted 1,146 vehicles crossing on the first day: 684 outbound to Afghanistan and 462
inbound. On a normal day before the closure the figure was about 900. With around 5,300 trucks
stranded at the peak, clearing the queue will take a week or more even with round-the-clock
scanning, which customs has promised.

##AD##

## The bill

The Pakistan-Afghanistan Joint Chamber of Commerce and Industry puts traders' losses at $1.9
million a day, or about $45 million over the whole closure. Pakistani exporters of cement and
rice were hit hardest on one side; growers of fresh fruit on the other.

Cement exporters told us their shipments to Afghanistan had already been weak in April, before the
closure, so the headline loss figure probably understates the damage to that trade.

## Why it matters

Bilateral trade came to $1.62 billion in FY2024-25, and every closure pushes more Afghan traders
towards routes through Iran and Central Asia. "Two years ago I sent 80 percent of my containers
through Karachi. Now it is less than half," said Ahmad Zia Rahimi, a Kabul-based freight
forwarder. "Each closure is another customer I lose for good."

Haqyar, the deputy minister, also said Kabul would ask for the monthly flag meetings to include
customs officials, so that trade problems could be raised before they turned into security
incidents. Pakistani officials have not commented on that request.

## What to watch

Pedestrian crossings for visa holders resume on Wednesday, June 17. The first monthly flag
meeting is due in mid-July. And watch the survey teams: if they have not started work by the end
of the month, traders will assume the next closure is a matter of time.

You are receiving this newsletter because you subscribed at afghantrademonitor.example. Forward it
to a colleague who works on the border.
"""

TR_PAPER = """
KHYBER: Trade through the Torkham border crossing resumed on Tuesday after a closure of 23 days,
and by late evening customs officials said 1,164 vehicles had crossed the border in both
directions.

The gates opened at 8am, and within minutes the first trucks, most of them loaded with cement,
were rolling towards the Afghan side. Drivers who had waited for weeks on the highway through the
Khyber Pass sounded their horns as the barrier lifted.

Additional Collector of Customs Maryam Zaidi Gilani told The Frontier Ledger that extra scanners
had been moved to the terminal. "Our priority is perishable goods. Fruit and vegetable trucks are
being cleared first, then everything else," she said.

The border was closed on May 24 after firing between the two sides' border forces over the
construction of a post near the zero point. The reopening was agreed at talks in Jalalabad on
Saturday between Pakistani officials, led by Khyber Deputy Commissioner Bilal Shahid Rao, and
officials from Afghanistan's Nangarhar province.

##AD##

Fazal Rabbani Durrani, senior vice-president of the Pakistan-Afghanistan Joint Chamber of
Commerce and Industry, said traders had lost about $45 million during the closure, with around
340 truckloads of perishable goods spoiled. "We have been saying for years that trade must never
be made a hostage to other disputes. Nobody listens until the tomatoes rot," he said.

Shakir Afridi, general secretary of the Khyber Goods Transporters Association, said 5,340 trucks
had been stuck on both sides of the border at the peak of the closure. "We counted them ourselves,
vehicle by vehicle. Some drivers ran out of money for food in the second week," he said.

Gul Zaman, a driver from Mardan, said he had been sleeping in his truck since the border closed.
"When the barrier lifted I could not believe it. I called my family to tell them I will be home
within a week," he said.

Traders in Peshawar said the closure had also pushed up the price of some Afghan goods in local
markets. Brick kiln owners said the price of Afghan coal delivered to their kilns had risen by
nearly a third while the crossing was shut.

Under the agreement reached in Jalalabad, the two sides will halt construction near the zero
point until a joint survey has been completed and will hold flag meetings every month.

In Kabul, the Afghan acting commerce minister, Abdul Salam Haqyar, welcomed the reopening and
called on both governments to keep trade separate from security disputes.

Pedestrian crossings for visa holders will resume today. Officials said the terminal would remain
open around the clock until the backlog of trucks had been cleared, which they expect to take at
least a week.
"""

TR_LIVE = [
    ("21:15 PKT, Tue 16 June", "First-day tally: 1,146 vehicles",
     """Customs says 1,146 vehicles crossed Torkham today, 684 into Afghanistan and 462 into
     Pakistan. Scanning will continue through the night. That's all from us on this live page;
     our reporters will stay at the crossing."""),
    ("18:05 PKT, Tue 16 June", "Pace picks up",
     """About 860 vehicles have now crossed in both directions, according to customs staff at the
     terminal. The queue on the Pakistani side still stretches back several kilometres."""),
    ("16:50 PKT, Tue 16 June", "Voices from the queue",
     """Our reporter has been talking to drivers still waiting on the Pakistani side. "Twenty-three
     days on this road. I know every stone of it now," said Hazrat Wali, who is carrying rice to
     Kabul. Another driver said he had spent most of his savings on food during the wait."""),
    ("15:40 PKT, Tue 16 June", "Kabul welcomes reopening",
     """The Taliban administration's acting commerce minister, Abdul Salam Haqyar, has issued a
     statement in Kabul welcoming the reopening and calling for trade to be "kept apart from
     political and security disagreements"."""),
    ("13:30 PKT, Tue 16 June", "410 vehicles cleared",
     """Customs officials say 410 vehicles have been cleared so far. Additional collector of
     customs Maryam Zaidi Gilani told Spin Ghar TV that perishable goods were being given
     priority. "A truck of tomatoes cannot wait another day," she said."""),
    ("12:15 PKT, Tue 16 June", "Pedestrians from Wednesday",
     """Officials confirm that pedestrians with valid visas and border passes will be allowed to
     cross from Wednesday, June 17. Today the crossing is open to goods vehicles only."""),
    ("11:10 PKT, Tue 16 June", "Traders count the cost",
     """Fazal Rabbani Durrani of the Pakistan-Afghanistan Joint Chamber of Commerce and Industry
     tells us traders lost about $1.9 million a day, roughly $45 million over the closure, and
     that around 340 truckloads of fruit and vegetables were spoiled."""),
    ("09:45 PKT, Tue 16 June", "First trucks through",
     """Around 120 trucks crossed in the first 90 minutes, most carrying cement and fruit towards
     Afghanistan. Drivers cheered as the first vehicles were waved through."""),
    ("08:05 PKT, Tue 16 June", "Gates open",
     """The gates opened at 8 a.m. Pakistan time, 7:30 a.m. Afghan time. The reopening was agreed
     on Saturday at talks in Landi Kotal between a Pakistani delegation led by Khyber deputy
     commissioner Bilal Shahid Rao and officials from Nangarhar province. Both sides agreed to
     stop construction near the zero point until a joint survey and to hold monthly flag
     meetings."""),
    ("07:30 PKT, Tue 16 June", "Welcome to our live coverage",
     """Torkham has been closed to trade since May 24. About 5,300 trucks were stranded on both
     sides of the border at the peak of the 23-day closure, and hundreds are still queued on the
     road through the Khyber Pass this morning. Pedestrians with visas will be allowed through
     from Wednesday."""),
]

TR_STORY = {
    "id": "tr-AG4", "part": "AG", "domain": "trade", "fetched": "2026-06-26",
    "articles": [
        article(KGW, "trade/2026/06/16/torkham-crossing-reopens-after-23-day-closure",
                "Torkham crossing reopens to trade after 23-day closure",
                "Hundreds of trucks cross as Pakistan and Afghanistan end a standoff that stranded thousands of vehicles and cost traders millions of dollars.",
                "By Noman Ali Yousafzai", paras(TR_WIRE), date_mode="meta", when="2026-06-16T16:40:00Z",
                sidebar=("Border crossings at a glance", ["Chaman: open, about 350 vehicles a day", "Ghulam Khan: open for transit only", "Angoor Adda: closed since March", "Kharlachi: open on weekdays"]),
                related=[("Torkham closed after border forces exchange fire", "trade/torkham-closed-after-exchange-of-fire"),
                         ("Cement exports to Afghanistan fall 18% in April", "trade/cement-exports-afghanistan-fall")],
                section="Trade"),
        article(ATM, "issues/torkham-reopens-what-the-deal-says",
                "Torkham reopens: what the deal says, and what it doesn't",
                "Our weekly look at cross-border trade. This issue: the end of the 23-day closure, the backlog, and why exporters are not celebrating yet.",
                "Edited by Sameena Qureshi, Islamabad", paras(TR_NEWSLETTER), date_mode="none",
                sidebar=("Trade in numbers", ["Pakistan exports to Afghanistan, FY2024-25: $1.05bn", "Pakistan imports from Afghanistan, FY2024-25: $0.57bn", "Afghan transit trade via Karachi, 2025: 41,200 containers", "Uzbekistan-Afghanistan trade, 2025: $1.3bn"]),
                related=[("Last week: the fruit season nobody could export", "issues/the-fruit-season-nobody-could-export"),
                         ("Explainer: how transit trade works", "explainers/transit-trade")],
                section="Newsletter"),
        article(FLEDGER, "khyber/trade-resumes-at-torkham",
                "Trade resumes at Torkham as backlog of trucks begins to ease",
                "Customs clears more than a thousand vehicles on the first day; traders put losses from the 23-day closure at $45 million.",
                "Shabana Wazir, Khyber", paras(TR_PAPER), date_mode="line",
                date_line="Wednesday 17 June 2026",
                sidebar=("Khyber today", ["Tirah valley water scheme: Rs 740m released", "Jamrud hospital gets 20 new beds", "Bara market traders strike over power cuts"]),
                related=[("Editorial: Keep the border open", "opinion/keep-the-border-open"),
                         ("Drivers describe three weeks on the highway", "khyber/drivers-three-weeks-on-the-highway")],
                section="Khyber"),
        article(SPINGHAR, "live/torkham-reopening-live",
                "Torkham reopening live: trucks roll as crossing opens after 23 days",
                "Live updates from the Torkham border crossing as trade resumes between Pakistan and Afghanistan.",
                "Spin Ghar TV live desk", updates(TR_LIVE), date_mode="jsonld", when="2026-06-16T02:30:00Z",
                sidebar=("Most read", ["Peshawar: Rs 2.4bn approved for flood walls", "Kabul money changers report afghani at 70.4 to the dollar", "Swat tourism bookings up 30%"]),
                related=[("Watch: the moment the gates opened (0:58)", "video/torkham-gates-open"),
                         ("Who decides when Torkham closes?", "analysis/who-decides-when-torkham-closes")],
                section="Live"),
    ],
    "planted": [
        ("first-day vehicle count", r"\b1,?146\b", r"\b1,?164\b"),
        ("Haqyar's title", r"\bacting (?:commerce )?minister\b", r"\bdeputy (?:commerce )?minister\b"),
        ("place of the talks that agreed the reopening", r"\bjalalabad\b", r"\blandi kotal\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AG5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

CAPITAL = ("Capital Daily", "capitaldaily.example")
ASW = ("Asia Space Wire", "asiaspacewire.example")
PAYLOAD = ("Payload Pakistan", "payloadpakistan.example")

RK_LIVE = [
    ("10:05 PKT, Thu 20 Aug", "That's a wrap",
     """Hilal-2 is in orbit and talking to the ground. SUPARCO says in-orbit testing will take
     about three months, and the first images should be released within three weeks. Thanks for
     joining us this morning."""),
    ("09:20 PKT", "First signal received in Lahore",
     """SUPARCO confirms that its ground station in Lahore picked up Hilal-2's first signal at
     9:16 a.m. Pakistan time, on the satellite's first pass over the country. Applause in the
     control room, according to our reporter there."""),
    ("08:40 PKT", "Chairman: 'a good morning for Pakistan'",
     """Speaking by video link from Jiuquan, SUPARCO chairman Dr Imtiaz Hussain Awan said:
     "Today is a good morning for Pakistan. Every farmer, every flood engineer and every city
     planner in this country will use what this satellite sees." """),
    ("08:15 PKT", "What happens next",
     """Over the coming weeks engineers will switch on the camera, calibrate it and adjust the
     satellite's orbit slightly. SUPARCO says Hilal-2's images will be shared with provincial
     disaster management authorities and the agriculture ministry free of charge."""),
    ("07:58 PKT", "Separation confirmed",
     """The Chinese launch team confirms Hilal-2 has separated from the rocket's upper stage,
     about 13 minutes after liftoff. The satellite is in its planned sun-synchronous orbit at an
     altitude of around 645 km. A small experimental cubesat for a Chinese university, the
     mission's secondary payload, separated shortly afterwards."""),
    ("07:48 PKT", "Fairing separation",
     """The payload fairing has come away and the second stage is burning normally, according
     to the launch commentary. Separation of the satellite is expected about 13 minutes after
     liftoff."""),
    ("07:42 PKT", "LIFTOFF",
     """Liftoff of the Long March 2D carrying Hilal-2 from the Jiuquan Satellite Launch Center.
     That is 10:42 a.m. Beijing time and 02:42 UTC."""),
    ("07:36 PKT", "Watching in Karachi",
     """At a viewing event at a Karachi university, about 300 students have packed a lecture hall
     to watch the stream. Our reporter says the loudest cheer so far was for the SUPARCO logo on
     the fairing."""),
    ("07:30 PKT", "T-minus 12 minutes",
     """The launch team reports all systems normal and weather acceptable at Jiuquan. Liftoff
     is still set for 7:42 a.m. Pakistan time."""),
    ("07:15 PKT", "Weather at Jiuquan",
     """Skies are clear over the launch site in north-western China and the winds are light,
     according to the launch commentary. Fuelling of the rocket is complete."""),
    ("07:00 PKT", "Good morning",
     """Welcome to our live coverage of the launch of Hilal-2, Pakistan's new Earth-observation
     satellite. It weighs 1,180 kg, is designed to last seven years and will photograph the
     ground at a resolution of 0.9 metres in black and white and 3.6 metres in colour.

     Its predecessor, Hilal-1, went up in May 2024. That satellite weighed 740 kg and sees the
     ground at 2.5 metres, and it is still working.

     The project has cost Rs 9.6 billion, according to the planning ministry."""),
]

RK_WIRE = """
JIUQUAN, China, Aug 20 (Asia Space Wire) - A Chinese Long March 2D rocket put Pakistan's Hilal-2
Earth-observation satellite into orbit on Thursday, giving the country its sharpest eye yet on
its crops, rivers and fast-growing cities.

The rocket lifted off from the Jiuquan Satellite Launch Center in north-western China at 10:42
a.m. Beijing time (0242 GMT). The satellite separated from the upper stage about 13 minutes later
and reached a sun-synchronous orbit some 645 km above the Earth, Pakistan's space agency SUPARCO
said.

SUPARCO's ground station in Lahore received the first signal from the satellite at 9:16 a.m.
Pakistan time, on its first pass over the country, the agency said.

Hilal-2 weighs about 1.2 tonnes and carries a camera that can distinguish objects 0.9 metres
across in panchromatic mode and 3.6 metres in multispectral mode, a big improvement on the 2.5
metre resolution of its predecessor Hilal-1, launched in May 2024. It is designed to operate for
seven years.

"This satellite was designed with our Chinese partners, but a large share of the engineering was
done by young Pakistani engineers in Lahore and Karachi," SUPARCO chairman Imtiaz Awan said in a
statement after the launch. "That is the part of today I am proudest of."

##AD##

The rocket also carried a small experimental cubesat built by a Chinese university, which
separated after the main payload.

Pakistan's planning ministry said the project had cost Rs 9.6 billion, or about $34 million,
spread over five years. Officials say the images will be used to monitor floods, estimate wheat
and cotton harvests, map informal settlements and plan infrastructure projects, and will reduce
the country's spending on commercial satellite imagery.

Project director Rabia Tanveer Lodhi said the satellite would spend about three months in
in-orbit testing before entering full service, and that the first images would be released
within three weeks. "The first picture is always a moment. The real test is the ten-thousandth
picture, taken on a cloudy morning when someone urgently needs it," she said.

Pakistan has relied heavily on Chinese rockets for its space programme and has flown several
satellites on Long March vehicles. China is also Pakistan's main partner on a planned mission to
send a Pakistani astronaut to the Chinese space station, officials from both countries have said.

In Islamabad, officials and engineers watched the launch on a large screen at SUPARCO's
headquarters, where the countdown was relayed with commentary in Urdu and English. The prime
minister's office issued a statement congratulating the agency and its Chinese partners.

Analysts said the launch showed how far Pakistan's small space agency had come, but also how
dependent it remained on partners. "Pakistan can now build a capable remote-sensing satellite
with help. It cannot yet launch one," said Sameer Abbasi, a space policy researcher in Islamabad.
"That is not unusual for a country of its size, but it shapes every decision SUPARCO makes."
"""

RK_NEWSLETTER = """
Hilal-2 is up, and it is working. The launch on Thursday, August 20, from Jiuquan in north-west
China went exactly to the script: liftoff on a Long March 2D at 7:42 a.m. Pakistan time, which
was 10:42 in Beijing, separation about 13 minutes later, and a first signal at the Lahore ground
station at 9:16 a.m. If you watched the stream, you saw one of the least eventful launches of the
year, which is exactly what you want.

## The numbers

Mass: 1,180 kg. Orbit: sun-synchronous, 645 km, or a little over 400 miles for our American
readers. Resolution: 0.9 m panchromatic, 3.6 m multispectral. Design life: seven years. Cost: Rs
9.6 billion over the life of the project. First images: within three weeks. Full service: after
roughly three months of testing.

For comparison, Hilal-1, launched in May 2024, weighed 740 kg and resolves 2.5 m. In one
generation Pakistan has gone from a satellite that can see a field to one that can see a car.

## What the chairman said

Dr Imtiaz Hussain Awan, SUPARCO's chairman, was more expansive on television on Thursday evening
than in his morning statement. "For twenty years people asked why a country with our problems
needs satellites," he told an interviewer. "Go and ask the farmer whose canal was mapped before
the flood, or the district officer who knew which villages to evacuate first."

## Why it matters

Pakistan spends an estimated $6 million a year buying commercial satellite images, according to
planning officials. Hilal-2 will not replace all of that, because it cannot see through cloud,
but it gives disaster agencies their own pictures, on their own schedule. During the 2025
monsoon, several provincial authorities complained that they had waited days for images of
flooded districts.

##AD##

## What it doesn't change

Pakistan still cannot launch its own satellites. Every one of its recent spacecraft has flown on
a Chinese rocket, and there is no credible domestic launcher on the horizon. Hilal-2 also relies
heavily on Chinese components, although project director Rabia Tanveer Lodhi told us that
"well over half" of the satellite's software was written in Pakistan.

## Elsewhere in orbit

Two other launches from the region caught our eye this week: India's PSLV put a 1,490 kg radar
satellite into a 530 km orbit on Monday, August 17, and a Chinese commercial rocket failed
shortly after liftoff on Tuesday, August 18, losing three small satellites. More on both next issue.

## And finally

If you have a favourite place in Pakistan you would like to see in Hilal-2's first images, reply
to this email. We will pass the best suggestions to SUPARCO, which has promised, half-jokingly,
to consider them.

Payload Pakistan is a weekly newsletter about Pakistan's space and satellite sector. Independent,
reader-funded, and never sponsored by the agencies we cover.
"""

RK_STORY = {
    "id": "rk-AG5", "part": "AG", "domain": "rocket", "fetched": "2026-08-31",
    "articles": [
        article(CAPITAL, "live/hilal-2-launch-live",
                "Hilal-2 launch live: Pakistan's new Earth-observation satellite lifts off from Jiuquan",
                "Follow the launch of Hilal-2 on a Long March 2D rocket, with times in Pakistan time.",
                "Capital Daily science desk: Mehreen Zaidi", updates(RK_LIVE), date_mode="meta",
                when="2026-08-20T01:30:00Z",
                sidebar=("Hilal-2 at a glance", ["Mass: 1,180 kg", "Orbit: 645 km, sun-synchronous", "Resolution: 0.9 m / 3.6 m", "Design life: 7 years", "Previous: Hilal-1 (2024), 740 kg, 2.5 m"]),
                related=[("How Hilal-2 was built", "science/how-hilal-2-was-built"),
                         ("Pakistan's astronaut selection: the shortlist", "science/astronaut-selection-shortlist")],
                section="Science"),
        article(ASW, "launches/2026/08/20/china-launches-pakistan-hilal-2",
                "China launches Pakistan's Hilal-2 Earth-observation satellite",
                "The Long March 2D lifted off from Jiuquan and placed the satellite in a 645 km orbit.",
                "By Liu Wenjing and Kamran Haider", paras(RK_WIRE), date_mode="jsonld",
                when="2026-08-20T03:05:00Z",
                sidebar=("Recent launches", ["Aug 17: PSLV, radar satellite, 1,490 kg", "Aug 18: commercial solid rocket, failure, 3 satellites lost", "Aug 12: Long March 6A, 18 internet satellites"]),
                related=[("Jiuquan schedules three more launches in September", "launches/jiuquan-september-schedule"),
                         ("SUPARCO budget raised to Rs 8.1bn", "policy/suparco-budget")],
                section="Launches"),
        article(PAYLOAD, "newsletter/hilal-2-is-up",
                "Hilal-2 is up: the numbers, the quotes and what it doesn't change",
                "This week's issue is all about Pakistan's new eye in the sky.",
                "By Hamza Rafiq", paras(RK_NEWSLETTER), date_mode="none",
                sidebar=("In our archive", ["Hilal-1: a year in orbit", "Why Pakistan still cannot launch its own rockets", "The 2025 floods from space"]),
                related=[("Subscribe to Payload Pakistan", "subscribe"),
                         ("Past issues", "newsletter")],
                section="Newsletter"),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AG6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

PAMIR = ("Pamir Broadcasting", "pamirbroadcast.example")
CANW = ("Central Asia Newswire", "canewswire.example")
SENTINEL = ("The Islamabad Sentinel", "islamabadsentinel.example")
HKTV = ("Hindukush TV", "hindukushtv.example")

EQ_LIVE = [
    ("16:30 Kabul time, Mon 19 Oct", "Latest figures from both countries",
     """Afghanistan's State Ministry for Disaster Management says 57 people have been killed and
     1,238 injured in Badakhshan, and 3,480 houses were damaged or destroyed. Its spokesman,
     Hamdullah Nusrat, said most of the dead were in Jurm district and in villages along the
     Kokcha valley.

     In Pakistan, the Khyber Pakhtunkhwa disaster management authority reports nine dead, five
     in Chitral, three in Swat and one in Lower Dir, and 143 injured. That brings the combined
     toll to 66."""),
    ("12:10 Kabul time, Mon 19 Oct", "Injured flown to Kabul",
     """Afghan officials say helicopters have begun flying the most seriously injured from the
     provincial hospital in Faizabad to Kabul. Doctors in Faizabad say the hospital has run out
     of beds and is treating patients in tents in its yard."""),
    ("09:20 Kabul time, Mon 19 Oct", "Fourteen aftershocks",
     """Seismologists have recorded 14 aftershocks so far. The strongest, of magnitude 4.8, came
     at 3:05 a.m. Many families in Faizabad spent the night outdoors."""),
    ("07:45 Kabul time, Mon 19 Oct", "Toll rises to 31",
     """Hamdullah Nusrat, spokesman for the State Ministry for Disaster Management, tells Pamir
     Broadcasting that 31 people are now confirmed dead and at least 870 injured. "These figures
     will rise. Our teams have still not reached several villages where the roads are blocked by
     landslides," he said."""),
    ("02:10 Kabul time, Mon 19 Oct", "Deaths reported in Pakistan",
     """Asfandyar Khan Wazir, director general of the Provincial Disaster Management Authority
     in Khyber Pakhtunkhwa, says at least six people were killed when walls and roofs collapsed
     in Chitral and Swat. Rescue teams are working through the night."""),
    ("23:30 Kabul time, Sun 18 Oct", "First casualties",
     """Local officials in Badakhshan say at least 12 people have been killed in Jurm district
     and dozens injured. Telephone lines to several districts are down."""),
    ("22:40 Kabul time, Sun 18 Oct", "Felt strongly in Pakistan",
     """Residents of Islamabad and Peshawar describe a long, rolling shake. In Pakistan the
     quake was felt at 10:17 p.m. local time, which is half an hour ahead of Kabul. There are no
     immediate reports of damage in either city."""),
    ("22:25 Kabul time, Sun 18 Oct", "Magnitude 6.4, very deep",
     """The US Geological Survey puts the quake at magnitude 6.4, at a depth of 196 km, with its
     epicentre 38 km south-west of Jurm in Badakhshan province. The Pakistan Meteorological
     Department in Islamabad measured it at 6.6. Deep Hindu Kush earthquakes are felt over a
     very wide area."""),
    ("21:58 Kabul time, Sun 18 Oct", "Strong earthquake felt in Kabul",
     """A strong earthquake struck at 9:47 p.m. Kabul time. Buildings swayed for several seconds
     in Kabul, and people ran into the streets. Shaking was also felt in Islamabad and Peshawar.
     We will bring you updates through the night."""),
]

EQ_WIRE = """
KABUL, Oct 19 (CANW) - A magnitude 6.4 earthquake deep beneath the Hindu Kush mountains killed
at least 57 people in north-eastern Afghanistan and nine in neighbouring Pakistan, officials
said on Monday, as rescuers dug through collapsed mud-brick homes in remote valleys of Badakhshan
province.

The quake struck at 9:47 p.m. local time on Sunday (1717 GMT) at a depth of 196 km, with its
epicentre 38 km south-west of Jurm, the US Geological Survey said. It was felt across a wide
area, shaking buildings in Kabul, Islamabad and Peshawar.

Afghanistan's State Ministry for Disaster Management said 1,328 people had been injured and 3,480
houses damaged or destroyed. "Many of the injured have broken bones and head wounds from falling
roofs. The provincial hospital in Faizabad is full and we are sending the most serious cases to
Kabul by helicopter," ministry spokesman Hamdullah Nusrat told CANW.

Most of the deaths were in Jurm district and villages along the Kokcha river, where landslides
blocked roads and cut off at least seven villages for most of Monday.

##AD##

In Pakistan, Asfandyar Khan Wazir, director general of the Provincial Disaster Management
Authority in Khyber Pakhtunkhwa, said nine people had been killed and 143 injured, most of them in
the mountainous Chitral district, where several old stone houses collapsed.

Seismologists recorded 14 aftershocks by Monday morning, the strongest of magnitude 4.8. Deep
earthquakes in the Hindu Kush are common, but the depth usually limits the damage; Sunday's quake
was strong enough to bring down weak structures hundreds of kilometres away.

"At that depth the energy spreads out over a huge area. Nobody gets the violent shaking of a
shallow quake, but millions of people get a moderate jolt, and a moderate jolt is enough for an
old mud house," said Nilufar Saidova, a seismologist in Dushanbe.

Badakhshan, a mountainous province bordering Tajikistan, China and Pakistan, is one of
Afghanistan's poorest, and many of its villages are reached only by dirt roads that are often
blocked in winter.

Residents described a long, rolling shake. "It did not stop. My children were asleep, and by
the time I reached them the wall of their room had fallen," said Abdul Wahid, a farmer in a
village outside Jurm, whose two sons were injured.

The Taliban administration appealed for international help with shelter and medicine, and the
United Nations said its teams had reached Jurm on Monday. Pakistan said it had offered relief
goods, including medicines and blankets, to be sent across the border through Torkham.

Aid agencies said they were sending tents, blankets and medical supplies, with night
temperatures in the affected valleys already falling close to freezing. The combined death toll
in the two countries stood at 66 on Monday afternoon.
"""

EQ_PAPER = """
ISLAMABAD: Nine people were killed and 143 injured in Khyber Pakhtunkhwa when a powerful
earthquake centred in north-eastern Afghanistan shook large parts of Pakistan on Sunday night,
sending families running out of their homes in Islamabad, Peshawar and the northern valleys.

The quake struck at 10:17pm Pakistan time (9:47pm in Afghanistan). The Pakistan Meteorological
Department measured it at magnitude 6.6, while the US Geological Survey put it at 6.4, with the
epicentre in the Hindu Kush region, 38km south-west of Jurm in Afghanistan's Badakhshan province,
at a depth of 196km.

PDMA chairman Asfandyar Khan Wazir told The Islamabad Sentinel that five people had died in
Chitral, three in Swat and one in Lower Dir. "Most of the victims were asleep when roofs and
walls gave way. Almost all of them lived in old stone or mud houses," he said.

Wazir said 62 houses had been damaged in Chitral alone, and that the authority had sent 500
tents and food packs to the district. Roads to two valleys in upper Chitral were blocked by
landslides on Monday but had been cleared by evening.

##AD##

Across the border, the toll was far higher. Afghanistan's State Ministry for Disaster Management
said on Monday that 57 people had been killed and 1,238 injured in Badakhshan, where 3,480 houses
were damaged or destroyed. That brings the combined death toll to 66.

In Islamabad, residents of high-rise apartment blocks on the city's outskirts spent more than an
hour on the streets after the quake. "The whole building was swaying. I grabbed my mother and
ran down nine floors," said Sadaf Karim, who lives in an apartment tower near the Islamabad
Expressway. No damage was reported in the capital.

Seismologists said the depth of the quake explained why it was felt so widely but caused
relatively little damage in Pakistan. "If this had been a shallow quake of the same size under a
populated valley, we would be counting hundreds of dead," said Dr Naveed Ahmed Siddiqui, a
geophysicist at an Islamabad university.

In Swat, three members of one family died when the roof of their house in a village near Matta
collapsed as they slept, police said. Their neighbours pulled two children alive from the
rubble.

The Met Office said 14 aftershocks had been recorded by Monday morning, the strongest measuring
4.8. It warned residents of old buildings in the northern districts to remain cautious for the
next few days.

The National Disaster Management Authority said it was in contact with the provincial
authorities and had placed relief stocks on standby in Peshawar in case of further damage.

The prime minister's office said Pakistan had offered to send relief goods to Afghanistan, and
that two trucks of medicines and blankets were ready to leave through Torkham once permission was
granted.
"""

EQ_TV = """
At least 57 people have been killed and 1,238 injured in Badakhshan after a strong earthquake
struck north-eastern Afghanistan on Sunday night, October 18, Afghan officials say.

The earthquake, which the US Geological Survey measured at magnitude 6.4, struck at 9:17 p.m.
local time. Its centre was deep under the Hindu Kush mountains, 38 kilometres south-west of Jurm,
at a depth of 196 kilometres, or about 122 miles.

Hindukush TV's correspondent in Faizabad said the provincial hospital was overwhelmed on Monday,
with injured people lying in corridors and in the hospital yard. "We have treated more patients
in one night than in a normal month," Dr Sahar Naziri, a surgeon at the hospital, told our
correspondent.

Hamdullah Nusrat, spokesman for the State Ministry for Disaster Management, said 3,480 houses had
been damaged or destroyed. "Our priority now is shelter. The nights are already very cold in
these valleys, and people cannot go back into damaged houses," he said.

##AD##

In the village of Dasht-e-Sang near Jurm, residents used their hands and shovels to search the
rubble. "When it began at night, everyone ran outside. But the old people could not run fast
enough," said a resident, Gul Ahmad, who lost his father and an aunt.

The earthquake was also felt strongly in Pakistan, where the Khyber Pakhtunkhwa Provincial
Disaster Management Authority said nine people had been killed and 143 injured. Its director
general, Asfandyar Khan Wazir, said most of the victims were in Chitral.

Afghanistan's authorities said helicopters had been used to move the most seriously injured to
Kabul, and that aid agencies had begun distributing tents and blankets. There were 14 aftershocks
by Monday morning, the strongest of magnitude 4.8, which frightened people who had already spent
the night outdoors.

Provincial officials in Badakhshan said rescue teams had reached most of the affected villages by
Monday evening, but that a few remained cut off by landslides. The United Nations said its teams
had arrived in Jurm and were assessing the need for tents, food and medicine.

In Kabul, the shaking lasted several seconds, and many residents spent the rest of the night in
courtyards and streets, afraid of aftershocks.

Badakhshan is one of Afghanistan's poorest and most mountainous provinces, and many villages can
only be reached on foot for part of the year. Aid workers said the approaching winter would make
relief work harder with every week that passes.

Experts say deep earthquakes in the Hindu Kush happen several times a year, but few are strong
enough to cause damage. This one was felt as far away as Kabul, Islamabad and Peshawar.

Hindukush TV will continue to report from Badakhshan. Viewers can watch our special bulletin at
8 p.m.
"""

EQ_STORY = {
    "id": "eq-AG6", "part": "AG", "domain": "earthquake", "fetched": "2026-10-27",
    "articles": [
        article(PAMIR, "live/hindu-kush-earthquake-live",
                "Hindu Kush earthquake live: deaths in Badakhshan and Khyber Pakhtunkhwa",
                "A deep magnitude 6.4 earthquake shook Afghanistan and Pakistan on Sunday night. Live updates, in Kabul time.",
                "Pamir Broadcasting newsroom", updates(EQ_LIVE), date_mode="jsonld",
                when="2026-10-18T17:28:00Z",
                sidebar=("Recent earthquakes in the region", ["3 Feb 2026: magnitude 5.1 near Quetta, no casualties", "22 Jul 2026: magnitude 4.9, Hindu Kush, felt in Kabul", "9 Sep 2026: magnitude 5.3 off the Makran coast"]),
                related=[("How to make an old house safer in an earthquake", "explainers/old-houses-earthquakes"),
                         ("Badakhshan: the province in numbers", "explainers/badakhshan-in-numbers")],
                section="Live"),
        article(CANW, "news/2026/10/19/hindu-kush-quake-kills-dozens",
                "Deep Hindu Kush quake kills dozens in Afghanistan and Pakistan",
                "Rescuers search collapsed mud-brick homes in Badakhshan as the injured are flown to Kabul.",
                "By Parwiz Hotak", paras(EQ_WIRE), date_mode="meta", when="2026-10-19T13:20:00Z",
                sidebar=("Also on the wire", ["Tajikistan: Rogun dam output reaches 1,200 MW", "Uzbek wheat harvest put at 7.1 million tonnes", "Kyrgyz parliament approves budget"]),
                related=[("Why Hindu Kush quakes are so deep", "science/why-hindu-kush-quakes-are-deep"),
                         ("Aid agencies appeal for winter shelter", "news/aid-agencies-winter-shelter")],
                section="Asia"),
        article(SENTINEL, "pakistan/nine-killed-in-kp-as-quake-jolts-country",
                "Nine killed in KP as deep quake jolts the country",
                "Five dead in Chitral, three in Swat and one in Lower Dir; toll in Afghanistan's Badakhshan rises to 57.",
                "Mariam Jadoon, Staff Reporter", paras(EQ_PAPER), date_mode="line",
                date_line="Tuesday, October 20, 2026",
                sidebar=("Weather", ["Islamabad: 24C / 11C", "Peshawar: 27C / 13C", "Chitral: 15C / 2C", "Gilgit: 14C / 0C"]),
                related=[("Editorial: Ready for the next one?", "opinion/ready-for-the-next-one"),
                         ("Chitral roads cleared after landslides", "pakistan/chitral-roads-cleared")],
                section="Pakistan"),
        article(HKTV, "news/badakhshan-earthquake",
                "Badakhshan earthquake: 57 killed, hospitals overwhelmed",
                "Afghan officials say thousands of houses were damaged as families spend freezing nights outdoors.",
                "Hindukush TV News", paras(EQ_TV), date_mode="none",
                sidebar=("Watch", ["Special bulletin: Badakhshan after the quake (12:40)", "Kabul: flour prices rise 8% in a month", "Herat: new railway freight terminal opens"]),
                related=[("Relief: how to help", "news/how-to-help"),
                         ("Photos: Jurm after the earthquake", "photos/jurm-after-the-earthquake")],
                section="Afghanistan"),
    ],
    "planted": [
        ("number injured in Afghanistan", r"\b1,?238\b", r"\b1,?328\b"),
        ("local time the quake struck", r"\b9:47(?!\d)", r"\b9:17(?!\d)"),
        ("Asfandyar Khan Wazir's title", r"director[- ]general", r"\bchairman\b"),
    ],
}

STORIES = [CB_STORY, EL_STORY, CT_STORY, TR_STORY, RK_STORY, EQ_STORY]
