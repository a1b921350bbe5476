"""Story battery, part AW — Pakistan and Bangladesh, events in 2026.

Written by engineer AW1 on 2026-12-07 for the thirty-fifth batch, a precision batch.
Six stories on 22 invented pages: three controls with nothing planted, three stories
with exactly three planted errors each, every planted error in one outlet only while
at least two other outlets carry the right value. All outlets (domains end in
.example), reporters, companies, parties, candidates, most officials and all figures
are invented; the State Bank of Pakistan, the Election Commission, the Sindh High
Court, SUPARCO, the PMD, USGS and the places are scenery. Time zones: Pakistan PKT
(UTC+5), Bangladesh BST = Bangladesh Standard Time (UTC+6), China Beijing time (UTC+8).

cb-AW1 — central bank — CONTROL — fetched 2026-03-24
  TRUE FACTS: the State Bank of Pakistan's Monetary Policy Committee on Monday
  16 March 2026 cut the policy rate by 50 basis points (half a percentage point) from
  11% to 10.5%, effective Tuesday 17 March; statement at 4:15 p.m. PKT (11:15 GMT);
  Governor Tariq Masood Lodhi; February CPI 5.8% y/y (January 6.3%); SBP reserves
  $15.2bn as of 6 March; next MPC meeting Monday 27 April; FY26 growth projection
  kept at 3.25-4.25%; rate 1,150 bps below the 22% peak; real rate 4.7 points.
  OUTLETS: Indus Wire Service (wire, meta); The Karachi Ledger (newspaper, line);
  Rupee Desk (newsletter, none).
  PLANTED: none.
  LEGITIMATE TRAPS: 50 bps / half a percentage point / 10.50 per cent / 10.5pc; the
  January hold at 11%; January CPI 6.3%; an analyst poll (9 of 14 for 50 bps, 3 for
  no change, 2 for 100 bps) and the newsletter's own wrong call of 75 bps; industry's
  call for 100 bps / 9.5%; forecasts of 10% after April and 9.5% by June; reserves
  forecast of $16.5bn by June vs an IMF-programme target of $15.9bn; T-bill cut-off
  yields; rupee 279.85 vs rounded 279.9; "near five points" vs 4.7; sidebars with
  other central banks' rates and petrol/gold prices.

el-AW2 — election — 3 PLANTED — fetched 2026-04-18
  TRUE FACTS: Jamalpur-2 (Islampur upazila) by-election, Thursday 9 April 2026,
  polls 8 a.m.-4 p.m. BST at 138 centres, 372,540 registered voters; Rezaul Karim
  Sarkar (Nagorik Shakti Party) 84,317; Nasima Akter Chowdhury (independent) 61,905;
  Md Shafiqul Islam Bhuiyan (Jatiya Mukti Dal) 5,214; two others 1,902; invalid
  1,639; margin 22,412; turnout 41.6%; unofficial result read by returning officer
  Md Anisur Rahman (deputy commissioner) at 11:40 p.m.; seat vacant since the death
  of Abdul Mannan Fakir on 3 March (he won it on 12 February with 97,884 votes,
  turnout 58.7%).
  OUTLETS: Bengal News Agency (wire, meta); Dhaka Morning Post (newspaper, jsonld);
  Channel Meghna live blog (broadcaster, newest first, none); The Delta Dispatch
  (newsletter, line).
  PLANTED: (1) Sarkar's votes 84,317 right vs 84,137 wrong — Bengal News Agency
  (digits swapped); (2) turnout 41.6% right vs 43.8% wrong — The Delta Dispatch (wrong
  share; it also repeats it as "some 15 points" below February); (3) polling day
  Thursday right vs Wednesday wrong — Dhaka Morning Post (wrong weekday).
  LEGITIMATE TRAPS: live-blog partial counts (38 and 97 of 138 centres) and
  provisional turnout (about 27% at 2 p.m., about 40% at close); February's result
  and turnout; shares of valid votes (about 55% / 40%); "more than 22,000"; the
  Narail-1 by-election held the same day (turnout 36.2%, margin 9,870); 90-day rule;
  security numbers; sidebars with prices and other counts.

ct-AW3 — court — CONTROL — fetched 2026-05-21
  TRUE FACTS: Sindh High Court two-member constitutional bench (Justice Saima Jafri,
  heading, and Justice Rehan Aziz Siddiqui) on Tuesday 12 May 2026 at 1:45 p.m. PKT
  announced a short order setting aside the Karachi Water and Sewerage Corporation
  tariff increase notified on 2 January 2026 (applied from February bills): 38% for
  domestic, 45% for commercial and industrial consumers; no public hearing held;
  14 petitions; judgment reserved 28 April; excess to be adjusted over the next three
  monthly bills; corporation free to re-notify after a hearing; petitioners' counsel
  Faisal Haider Khoso; corporation counsel Shabnam Lakhani.
  OUTLETS: Pakistan Press Wire (wire, meta); Metro24 News (broadcaster, jsonld);
  Sindh Courier (newspaper, line).
  PLANTED: none.
  LEGITIMATE TRAPS: domestic vs commercial parts (38 vs 45); competing attributed
  estimates of the excess (Rs 3.2bn petitioners, Rs 2.6bn corporation); the 2024
  increase of 14%; a household bill Rs 2,140 -> about Rs 2,950; several dates
  (notified, applied, reserved, announced, detailed judgment to follow); "shortly
  before 2 p.m."; nine hearings; sidebars with other cases and figures.

tr-AW4 — trade — 3 PLANTED — fetched 2026-06-17
  TRUE FACTS: fourth session of the Bangladesh-Pakistan Joint Trade Committee, Dhaka,
  Sunday 7 - Monday 8 June 2026 (two days); agreed minutes signed Monday 8 June by the
  commerce secretaries Mahfuza Rahman Bhuiyan (Bangladesh) and Jawad Karim Paracha
  (Pakistan); Pakistan grants a duty-free quota of 60,000 tonnes a year for
  Bangladeshi jute and jute goods; Bangladesh cuts customs duty on Pakistani cotton
  yarn from 10% to 5%; both from 1 July 2026; bilateral trade FY2024-25 $918 million
  (Pakistan's exports $822m, Bangladesh's $96m); next session in Lahore early 2027.
  OUTLETS: Bengal News Agency (wire, meta); Dhaka Trade Journal (newspaper, line);
  Indus Wire Service (wire, jsonld); Rupee Desk (newsletter, none).
  PLANTED: (1) Paracha's office "commerce secretary" right vs "commerce minister"
  wrong — Indus Wire Service (wrong title); (2) length of talks two days right vs
  three days wrong — Dhaka Trade Journal (wrong duration); (3) bilateral trade
  $918 million right vs $981 million wrong — Rupee Desk (digits swapped; repeated
  in a rupee conversion).
  LEGITIMATE TRAPS: 10% -> 5% as "halved" / "five percentage points"; tonnes vs
  metric tons; Tk 11,200 crore equivalent; the previous session's 25,000-tonne trial
  idea; a chamber's $3 billion target; Bangladesh's world-wide jute exports of about
  $870 million; signing date vs effective date vs an SRO due by 25 June; 400-odd
  spinning mills; Karachi-Chattogram shipping; sidebars with other trade figures.

rk-AW5 — rocket — CONTROL — fetched 2026-10-24
  TRUE FACTS: Pakistan's Earth-observation satellite Tasveer-1 (690 kg) launched on
  a Long March 2D from the Jiuquan Satellite Launch Centre on Thursday 15 October
  2026 at 11:02 a.m. Beijing time = 8:02 a.m. PKT = 03:02 GMT; separation about
  12 minutes after lift-off (8:14 a.m. PKT); first signal at SUPARCO's Lahore ground
  station 8:58 a.m. PKT; sun-synchronous orbit about 520 km; design life five years;
  0.8 m resolution; cost Rs 14.6 billion; SUPARCO chairman Shahid Rauf Minhas; two
  Chinese satellites rode along.
  OUTLETS: Pakistan Press Wire (wire, meta); Metro24 News live blog (broadcaster,
  newest first, none); The Karachi Ledger (newspaper, line); Orbit South Asia
  (newsletter, jsonld).
  PLANTED: none.
  LEGITIMATE TRAPS: three clocks for one lift-off (Beijing, PKT, GMT); 520 km vs
  about 323 miles; 690 kg vs about 1,520 lb; Rs 14.6bn vs about $52 million;
  preliminary tracking figures (512 km x 528 km) before the nominal 520 km;
  countdown stamps; the passengers' masses (95 kg); a 2028 follow-on; predecessor
  launched January 2025; first images "within three weeks".

eq-AW6 — earthquake — 3 PLANTED — fetched 2026-09-30
  TRUE FACTS: earthquake at 3:47 a.m. PKT on Sunday 20 September 2026 (22:47 GMT
  Saturday 19 September), epicentre in Harnai district, Balochistan; PMD magnitude
  6.1 at 15 km depth (USGS 5.9, 10 km); final PDMA toll on Tuesday 22 September
  evening: 34 dead, 212 injured; 1,860 houses damaged, 640 of them destroyed;
  Harnai, Sibi and Kohlu districts affected; strongest aftershock 4.8 at 6:10 a.m.
  OUTLETS: Indus Wire Service (wire, meta); Bolan TV live blog (broadcaster, newest
  first, jsonld); Quetta Frontier Times (newspaper, line); South Asia Hazard Monitor
  (newsletter, none).
  PLANTED: (1) time 3:47 a.m. right vs 2:47 a.m. wrong — Indus Wire Service (wrong
  clock time); (2) epicentre Harnai right vs Ziarat wrong — South Asia Hazard Monitor
  (wrong place); (3) injured 212 right vs 221 wrong — Quetta Frontier Times (digits
  swapped).
  LEGITIMATE TRAPS: provisional tolls on the live blog (12/45, 21/130, 29/170,
  31/188); PMD's preliminary 6.0 revised to 6.1; USGS vs PMD magnitude and depth;
  local time vs GMT and the GMT date being Saturday; aftershock count and magnitude;
  the 2013 Awaran quake; relief figures (2,500 tents, Rs 1 million per family);
  sidebars with other disasters' figures.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Pakistan", "Bangladesh", "Business", "World", "Opinion", "Sport", "Video"]


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
# Outlets
# ---------------------------------------------------------------------------

INDUS = ("Indus Wire Service", "induswire.example")
LEDGER = ("The Karachi Ledger", "karachiledger.example")
RUPEE = ("Rupee Desk", "rupeedesk.example")
BNA = ("Bengal News Agency", "bnawire.example")
MORNING = ("Dhaka Morning Post", "dhakamorningpost.example")
MEGHNA = ("Channel Meghna", "channelmeghna.example")
DELTA = ("The Delta Dispatch", "deltadispatch.example")
PPW = ("Pakistan Press Wire", "ppwire.example")
METRO = ("Metro24 News", "metro24news.example")
COURIER = ("Sindh Courier", "sindhcourier.example")
TRADEJ = ("Dhaka Trade Journal", "dhakatradejournal.example")
ORBIT = ("Orbit South Asia", "orbitsouthasia.example")
BOLAN = ("Bolan TV", "bolantv.example")
FRONTIER = ("Quetta Frontier Times", "quettafrontier.example")
HAZARD = ("South Asia Hazard Monitor", "hazardmonitor.example")


# ---------------------------------------------------------------------------
# cb-AW1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

CB_AW1 = {
    "id": "cb-AW1",
    "part": "AW",
    "domain": "central bank",
    "fetched": "2026-03-24",
    "articles": [
        article(
            INDUS, "business/2026/03/16/pakistan-central-bank-cuts-rate-50-bps",
            "Pakistan central bank cuts key rate by 50 bps to 10.5%",
            "State Bank says inflation has settled inside its target range; move matches most forecasts.",
            "By Hamza Iqbal Shaikh",
            paras("""
KARACHI, March 16 (IWS) - The State Bank of Pakistan lowered its benchmark policy
rate by 50 basis points to 10.5% on Monday, saying inflation had settled inside its
medium-term target range and the external account was in better shape than it had
projected in January.

The cut takes effect on Tuesday, March 17. It is the first change since the Monetary
Policy Committee (MPC) held the rate at 11% at its January 26 meeting. The decision
was published in a statement at 4:15 p.m. (1115 GMT), some 45 minutes after the
Pakistan Stock Exchange closed for the day.

Nine of 14 analysts polled by Indus Wire last week had forecast a 50 bps reduction.
Three expected the rate to be left unchanged and two had called for a deeper cut of
100 bps.

"The MPC noted that headline inflation has remained within the 5 to 7 percent target
range for several months and is expected to stay there," the central bank said.
Consumer prices rose 5.8% year on year in February, down from 6.3% in January,
according to the Pakistan Bureau of Statistics.

##AD##

The committee said the real policy rate, the benchmark minus current inflation, remained
"adequately positive" to keep price pressures anchored. On February's figure that gap
stands at 4.7 percentage points after Monday's move.

The SBP's liquid foreign exchange reserves stood at $15.2 billion as of March 6, the
bank said, and it expects them to rise to about $16.5 billion by the end of June,
helped by planned official inflows.

Governor Tariq Masood Lodhi told reporters at the bank's head office that the decision
was "a calibrated step, not the start of a rush". He said the committee had discussed
a larger move but was wary of global oil prices and of the federal budget for the
coming fiscal year, due in June.

The policy rate has now come down by 1,150 basis points from a record 22%, a level it
reached in June 2023 and held for a year before the easing cycle began.

The rupee was little changed at 279.85 to the dollar in the interbank market. The
benchmark KSE-100 index had closed 0.6% higher before the announcement, with banking
shares leading gains.

The bank kept its forecast for real GDP growth in the fiscal year ending June 2026 at
3.25% to 4.25%. The next MPC meeting is scheduled for April 27.
"""),
            date_mode="meta", when="2026-03-16T11:32:00Z",
            sidebar=("Markets", (
                "Brent crude steady near $71 a barrel",
                "Bangladesh Bank keeps policy rate at 9.5%",
                "Sri Lanka central bank holds at 7.75%",
                "Gold in Karachi rises Rs 2,300 per tola",
            )),
            related=(
                ("Pakistan central bank holds key rate at 11%", "business/2026/01/26/pakistan-central-bank-holds-rate"),
                ("Pakistan's February inflation slows to 5.8%", "business/2026/03/02/pakistan-inflation-february"),
            ),
            section="Business",
        ),
        article(
            LEDGER, "business/sbp-trims-policy-rate-to-10-5pc",
            "SBP trims policy rate to 10.5pc as inflation settles",
            "Half-point cut disappoints manufacturers, who wanted a full percentage point; governor signals caution.",
            "Sana Rizvi Baloch | Business Reporter",
            paras("""
KARACHI: The State Bank of Pakistan (SBP) on Monday lowered its key policy rate by half
a percentage point to 10.5pc, a smaller step than the country's manufacturers had
lobbied for but one that most bankers and brokerages had pencilled in.

The new rate applies from today (Tuesday). At its previous meeting on January 26 the
Monetary Policy Committee had left the rate at 11pc, saying it wanted to see "a few
more months of data" before easing again.

Briefing journalists at the central bank's head office on I.I. Chundrigar Road,
Governor Tariq Lodhi said the committee had been encouraged by how prices had behaved
since the turn of the year.

"Disinflation has turned out to be more durable than we had expected in January, and
the external account has held up," Mr Lodhi said. "That gives us room. It does not
give us licence."

Consumer prices rose 5.8pc in February from a year earlier, against 6.3pc in January.
The SBP repeated that it expects inflation to stay within its 5-7pc target range.

## Industry wanted a full point

The cut fell short of the demand made by business groups in the run-up to the meeting.
The Korangi Association of Manufacturers had asked for the rate to be brought down to
9.5pc in one go.

"Fifty basis points is a gesture," said the association's chairman, Imran Shafiq
Dadabhoy. "With inflation at 5.8pc, a rate of 10.5pc still leaves the real cost of
money near five percentage points. No exporter in this region pays that."

##AD##

Bankers were more relaxed. Maheen Qazi, head of research at Clifton Securities, said
she expected a further half-point reduction at the next meeting on April 27 and a
policy rate of 9.5pc by the end of June.

"The governor was careful not to promise anything, but the statement no longer talks
about upside risks from food prices. That sentence has been there since last summer,"
she said.

## Reserves and the budget

The central bank's own foreign exchange reserves stood at $15.2bn on March 6. The SBP
said it expected them to reach around $16.5bn by June on the back of planned official
inflows, including the next disbursement under the IMF's Extended Fund Facility.

Mr Lodhi said the committee would "look closely at the fiscal stance" in the budget
for 2026-27, which the government is expected to present in the first half of June.

The policy rate stood at a record 22pc from June 2023 until the easing cycle began a
year later; Monday's cut brings the total reduction since then to 1,150 basis points.
The growth projection for the current fiscal year was left at 3.25-4.25pc.
"""),
            date_mode="line", date_line="Tuesday, 17 March 2026",
            sidebar=("Most read", (
                "Petrol price cut by Rs 4.12 a litre from March 16",
                "KSE-100 gains 890 points ahead of rate decision",
                "Water tariff petitions: SHC issues notices to KWSC",
                "Gold rises Rs 2,300 per tola in local market",
            )),
            related=(
                ("MPC keeps rate at 11pc, wants more data", "business/mpc-keeps-rate-at-11pc"),
                ("Inflation slows to 5.8pc in February", "business/inflation-slows-february"),
            ),
            section="Business",
        ),
        article(
            RUPEE, "issues/fifty-down",
            "Fifty down: what the SBP's cut does and doesn't tell us",
            "The State Bank delivered the consensus. Here is what changed in the statement, and what we expect in April.",
            "Omar Farooq Zaidi",
            paras("""
Good evening. The State Bank of Pakistan did what most of the street expected on
Monday, March 16: it took 50 basis points off the policy rate, which stands at 10.50
per cent from Tuesday. If you had 75 in the office sweepstake, as this newsletter did,
you lost along with us.

## The numbers

Policy rate: 10.50 per cent, down from 11.00 per cent. Effective March 17.

February CPI: 5.8 per cent year on year, which puts the real rate at roughly 470 basis
points.

SBP reserves: $15.2 billion in the week to March 6. The central bank sees about $16.5
billion by June; the IMF programme's end-June floor is $15.9 billion.

Next MPC meeting: Monday, April 27.

## What changed in the statement

Two things stood out. The sentence warning of "upside risks from food prices", a
fixture since the middle of last year, is gone. And the committee kept its line that
the real interest rate "needs to remain adequately positive on a forward-looking
basis", which is the phrase to watch if you want to know when this stops.

##AD##

The statement also kept the growth projection for the fiscal year at 3.25 to 4.25 per
cent, which suggests the committee is not yet worried about the economy running hot.

## What the governor said

At his press conference Governor Tariq Masood Lodhi called the move "a calibrated step"
and refused to be drawn on April. Asked whether 50 was a compromise between members
who wanted 100 and members who wanted to wait, he smiled and said the committee's
deliberations stay inside the committee.

## Bills, bonds and the rupee

Last Wednesday's Treasury bill auction, held before the decision, cleared at 10.91 per
cent for three months and 10.84 per cent for six months. We expect cut-offs of around
10.4 per cent at the next auction as banks reprice. The interbank rupee closed at 279.9
on Monday, barely moved.

## Our read

We think there is another 50 in April, taking the rate to 10.00 per cent, and one more
before the end of the fiscal year, for 9.50 per cent in June. The risks are oil, which
has been calm for too long, and a budget that will be drafted with an election-year
mood in some provinces. Since the peak of 22 per cent, the State Bank has now cut by
1,150 basis points. The remaining distance is shorter and, in our view, slower.

Elsewhere this week: Bangladesh Bank keeps its policy rate at 9.5 per cent; Sri Lanka
holds at 7.75 per cent. See you Thursday.
"""),
            date_mode="none",
            sidebar=("In this issue", (
                "Policy rate: what the cut means for car loans",
                "Remittances: February inflows $3.1 billion",
                "Chart: T-bill yields since 2023",
            )),
            related=(
                ("Rupee Desk: Why January was a hold", "issues/why-january-was-a-hold"),
                ("Rupee Desk: Inflation's long way down", "issues/inflations-long-way-down"),
            ),
            section="Newsletter",
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AW2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

EL_AW2 = {
    "id": "el-AW2",
    "part": "AW",
    "domain": "election",
    "fetched": "2026-04-18",
    "articles": [
        article(
            BNA, "national/2026/04/09/sarkar-wins-jamalpur-2-by-election",
            "Sarkar of Nagorik Shakti Party wins Jamalpur-2 by-election",
            "Independent runner-up says she will examine result sheets before deciding next step.",
            "BNA Correspondent, Jamalpur",
            paras("""
JAMALPUR, April 9 (BNA) - Rezaul Karim Sarkar of the Nagorik Shakti Party (NSP) won
Thursday's by-election to the Jamalpur-2 parliamentary constituency with 84,137 votes,
according to unofficial results announced by the returning officer shortly before
midnight.

Independent candidate Nasima Akter Chowdhury, a former chairwoman of Kulkandi union
parishad, finished second with 61,905 votes. Md Shafiqul Islam Bhuiyan of the Jatiya
Mukti Dal was a distant third with 5,214, and the two remaining candidates together
received 1,902.

Jamalpur Deputy Commissioner Md Anisur Rahman, the returning officer, read out the
figures at 11:40pm at the district election office, where results from all 138
polling centres had been compiled.

Turnout stood at 41.6 percent of the 372,540 registered voters, the Election Commission
said. Some 1,639 ballots were declared invalid.

Voting ran from 8am to 4pm without a break. Around 2,100 members of the police, Ansar
and Border Guard Bangladesh were deployed, and five executive magistrates patrolled
the constituency, which covers Islampur upazila along the Jamuna.

Officials reported no major violence. Chowdhury's campaign alleged that its polling
agents had been turned away from two centres in the morning, a claim the returning
officer said had been looked into and found "not substantiated".

"The people of Islampur have voted for roads that do not wash away every monsoon,"
Sarkar told supporters outside his party office after the result was announced.

Chowdhury told BNA by phone that her team would "go through the result sheets from
every centre" before deciding whether to lodge a complaint with the Election
Commission.

##AD##

The seat fell vacant on March 3, when Abdul Mannan Fakir, who had won it in the
February 12 general election, died of a heart attack in Dhaka. Fakir had polled 97,884
votes in February, when turnout in the constituency was 58.7 percent.

Under the constitution, a by-election must be held within 90 days of a seat falling
vacant. The Election Commission will publish the result in the official gazette once
the returns have been checked, officials said, after which the new member can be
sworn in by the Speaker.

A by-election was also held on Thursday in Narail-1, where counting was still under
way at the time of writing.
"""),
            date_mode="meta", when="2026-04-09T18:05:00Z",
            sidebar=("Latest from BNA", (
                "Dhaka stocks edge up; DSEX gains 22 points",
                "Rice prices fall Tk 2 a kg at Karwan Bazar",
                "Narail-1 by-election: counting under way at 104 centres",
                "Nor'wester damages 300 homes in Sunamganj",
            )),
            related=(
                ("Jamalpur-2 by-election: five candidates in the race", "national/2026/03/25/jamalpur-2-candidates"),
                ("Jamalpur-2 MP Abdul Mannan Fakir dies", "national/2026/03/03/jamalpur-mp-fakir-dies"),
            ),
            section="National",
        ),
        article(
            MORNING, "politics/sarkar-takes-jamalpur-2-by-22412-votes",
            "Sarkar takes Jamalpur-2 by 22,412 votes as turnout slumps",
            "The NSP candidate wins the seat left empty by the death of Abdul Mannan Fakir; only 41.6 percent of voters turned out.",
            "Tanvir Ahmed Khondaker, Islampur",
            paras("""
By the middle of the afternoon, the polling centre at Islampur Government Primary
School had the feel of a market after the buyers have gone home. "We had more police
than voters after lunch," one polling agent said, fanning himself with a voter list.

The scene was repeated across Jamalpur-2, where voters went to the polls on Wednesday
to fill the seat left empty by the death of Abdul Mannan Fakir. When the returning
officer, Deputy Commissioner Md Anisur Rahman, announced the unofficial result at
11:40pm, Rezaul Karim Sarkar of the Nagorik Shakti Party had won with 84,317 votes to
61,905 for the independent Nasima Akter Chowdhury, a margin of 22,412.

Turnout was 41.6 percent, the Election Commission said, against 58.7 percent in the
same constituency in the February 12 general election.

## A campaign about the river

Sarkar, 52, a former college lecturer and the NSP's district convener, ran almost
entirely on erosion. Every year the Jamuna takes another strip of Islampur's char
villages, and his posters promised a permanent embankment from Kulkandi to Belgachha.

"I will be the MP of those who did not vote for me as well," he told the Post at his
house in Islampur town in the early hours, as supporters handed out sweets at the gate.

Chowdhury, 46, who chaired Kulkandi union parishad for two terms, ran strongly in the
char areas and had hoped that Fakir's personal following would split. It did not
split far enough. Speaking to reporters at her home, she said: "The numbers at a
handful of centres do not match what our agents wrote down, and we will raise that."

##AD##

## What the numbers say

Sarkar took roughly 55 percent of the valid votes and Chowdhury about 40 percent. Md
Shafiqul Islam Bhuiyan of the Jatiya Mukti Dal, who had campaigned on a promise of a
government college for Islampur, polled 5,214. Two other candidates shared 1,902
votes between them, and 1,639 ballots were rejected.

The constituency has 372,540 registered voters and 138 polling centres. At 2pm,
election officials had put turnout at about 27 percent, and several presiding officers
said the heat had kept older voters at home.

Fakir won the seat in February with 97,884 votes. His death of a heart attack on March
3, weeks after he took his oath, forced the constitutionally required by-election
within 90 days.

The Election Commission is expected to gazette the result after checking the returns
from every centre. The new member will then take his oath before the Speaker.

In Narail-1, which also voted, the Jatiya Mukti Dal's Md Kamrul Hasan Mollah won by
9,870 votes on a turnout of 36.2 percent.
"""),
            date_mode="jsonld", when="2026-04-10T06:30:00+06:00",
            sidebar=("Most read", (
                "Metro rail to run until 11pm during Eid week",
                "Onion prices up Tk 15 a kg in a week",
                "Padma bridge toll collection crosses Tk 3,000 crore",
                "HSC exams to begin on June 25",
            )),
            related=(
                ("Jamalpur-2: the river is the real candidate", "politics/jamalpur-2-the-river-is-the-real-candidate"),
                ("Narail-1 goes to JMD's Mollah", "politics/narail-1-goes-to-jmd"),
            ),
            section="Politics",
        ),
        article(
            MEGHNA, "live/jamalpur-2-by-election-live",
            "LIVE: Jamalpur-2 by-election - count and result",
            "Follow polling, counting and the result of the by-election in Islampur, Jamalpur, on Thursday, April 9.",
            "Channel Meghna web desk",
            updates([
                ("11:58 pm", "Sarkar thanks voters, Chowdhury to 'study' the result",
                 """
Speaking to a crowd of a few hundred supporters outside the NSP office in Islampur,
Rezaul Karim Sarkar said: "This is a vote for an embankment, not a vote for me. I
will be judged by whether it gets built."

Nasima Akter Chowdhury has told our correspondent she will study the results centre by
centre before deciding whether to complain to the Election Commission.
"""),
                ("11:40 pm", "RESULT: Sarkar wins Jamalpur-2",
                 """
Returning officer Md Anisur Rahman has announced the unofficial result from all 138
centres:

Rezaul Karim Sarkar (Nagorik Shakti Party): 84,317

Nasima Akter Chowdhury (independent): 61,905

Md Shafiqul Islam Bhuiyan (Jatiya Mukti Dal): 5,214

Sarkar wins by 22,412 votes. Final turnout: 41.6 percent of 372,540 voters.
"""),
                ("10:15 pm", "97 of 138 centres counted",
                 """
With results in from 97 centres, Sarkar has 58,706 votes and Chowdhury 43,381. The
remaining centres are mostly in the char areas along the river, where Chowdhury's camp
expects to do better.
"""),
                ("8:30 pm", "Early count: Sarkar ahead",
                 """
Results from the first 38 centres, compiled at the district election office: Sarkar
22,940, Chowdhury 18,115. Bhuiyan of the Jatiya Mukti Dal is a distant third.
"""),
                ("6:10 pm", "Counting under way",
                 """
Counting has begun at the centres. Result sheets are being carried to the district
election office in Jamalpur town, about 45 km away, where the returning officer will
compile them.
"""),
                ("4:20 pm", "Polls close",
                 """
Voting ended at 4pm. An Election Commission official told Channel Meghna that
provisional turnout was "about 40 percent", and that the final figure would come with
the result.
"""),
                ("2:05 pm", "Turnout around 27 percent by 2pm",
                 """
Turnout had reached around 27 percent by 2pm, according to the district election
office. Presiding officers blamed the heat; the temperature in Jamalpur touched 36
degrees Celsius.
"""),
                ("10:00 am", "Slow start, one complaint",
                 """
Queues are short. Independent candidate Nasima Akter Chowdhury's campaign says two of
its polling agents were kept out of centres in the morning. The returning officer
says he has sent a magistrate to check.
"""),
                ("7:45 am", "Good morning",
                 """
Polls open at 8am on Thursday at 138 centres in Jamalpur-2 for 372,540 registered
voters. Five candidates are standing for the seat left vacant by the death of Abdul
Mannan Fakir, who won it on February 12 with 97,884 votes. Voting closes at 4pm.
"""),
            ]),
            date_mode="none",
            sidebar=("More from Channel Meghna", (
                "Narail-1 by-election: live count",
                "Heatwave: 36 degrees in Jamalpur, 38 in Chuadanga",
                "Watch: Islampur's vanishing villages",
            )),
            related=(
                ("Who are the five candidates in Jamalpur-2?", "politics/jamalpur-2-candidates-explained"),
                ("Narail-1 by-election live", "live/narail-1-by-election-live"),
            ),
            section="Live",
        ),
        article(
            DELTA, "p/what-jamalpur-2-tells-us",
            "What Jamalpur-2 tells us, and what it doesn't",
            "This week: a quiet by-election, a loud turnout number, and what the parties are reading into it.",
            "By Farzana Haque Mitu",
            paras("""
Dear readers, welcome back to The Delta Dispatch. This week we are mostly in Islampur.

On Thursday, Jamalpur-2 elected Rezaul Karim Sarkar of the Nagorik Shakti Party to
replace the late Abdul Mannan Fakir. Sarkar polled 84,317 votes, more than 22,000
ahead of the independent Nasima Akter Chowdhury, with 61,905. The headline number that
has got everyone in Dhaka talking, though, is turnout: 43.8 percent, down by some 15
points from the 58.7 percent the same constituency recorded on February 12.

## Apathy, or just April?

By-elections are rarely good tests. Nobody is forming a government, the weather in
April is brutal, and in Jamalpur-2 a lot of voters told reporters they assumed the
result was settled. Prof. Selina Akhter, who teaches government and politics at
Jahangirnagar University, put it this way when we called her on Friday: "By-elections
punish apathy more than they punish parties. The people who stayed home are not
necessarily angry. They just did not think it mattered."

Still, a turnout of 43.8 percent, two months after a general election that was sold
as a fresh start, is not a number any party will put on a poster.

##AD##

## The Narail-1 footnote

Narail-1 voted on the same day and told a slightly different story. There the Jatiya
Mukti Dal's Md Kamrul Hasan Mollah won by 9,870 votes on a turnout of 36.2 percent. The
JMD finished a distant third in Jamalpur-2, where its candidate, Md Shafiqul Islam
Bhuiyan, managed 5,214 votes. Two by-elections, two different winners, one shared
problem: empty queues.

## The river, again

If there was one issue in Islampur it was the Jamuna. Sarkar's campaign was built on
a promise of a permanent embankment, and both he and Chowdhury spent more time in char
villages than in the upazila town. Whether an opposition-bench MP can deliver a project
that size is another matter; the last embankment scheme for the area was approved in
2019 and stopped two years later.

## What happens next

The Election Commission will gazette the result once the returns from all 138 centres
are verified, and Sarkar will then take his oath before the Speaker. Chowdhury says she
is examining result sheets from "a handful of centres", but her team has not filed a
complaint so far.

## Elsewhere

The commission has added 1.2 million new names to the voter list in its annual update,
and the budget consultations begin next week. More on both in the next issue.

Until then, Farzana.
"""),
            date_mode="line", date_line="Sunday, 12 April 2026",
            sidebar=("Also this week", (
                "Voter list update adds 1.2 million names",
                "Budget 2026-27: consultations begin April 19",
                "Chart: by-election turnout since 2008",
            )),
            related=(
                ("The Dispatch: after February 12", "p/after-february-12"),
                ("The Dispatch: what the char vote wants", "p/what-the-char-vote-wants"),
            ),
            section="Newsletter",
        ),
    ],
    "planted": [
        ("Sarkar's vote count: 84,317 (right) vs 84,137 in Bengal News Agency",
         r"\b84,?317\b", r"\b84,?137\b"),
        ("Turnout: 41.6% (right) vs 43.8% in The Delta Dispatch",
         r"\b41\.6\b", r"\b43\.8\b"),
        ("Polling day: Thursday (right) vs Wednesday in Dhaka Morning Post",
         r"thursday", r"wednesday"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AW3 — court (CONTROL)
# ---------------------------------------------------------------------------

CT_AW3 = {
    "id": "ct-AW3",
    "part": "AW",
    "domain": "court",
    "fetched": "2026-05-21",
    "articles": [
        article(
            PPW, "karachi/2026/05/12/shc-sets-aside-karachi-water-tariff-increase",
            "SHC sets aside Karachi water tariff increase",
            "Court says the water utility raised charges without the public hearing its law requires.",
            "PPW Court Reporter",
            paras("""
KARACHI, May 12 (PPW): The Sindh High Court on Tuesday set aside the increase in water
and sewerage charges notified by the Karachi Water and Sewerage Corporation (KWSC) in
January, holding that the corporation had raised its tariff without holding the public
hearing required by law.

A two-member constitutional bench headed by Justice Saima Jafri and comprising Justice
Rehan Aziz Siddiqui announced the short order at 1:45 pm on a set of 14 petitions filed
by traders' bodies, residents' associations and a consumer rights group. Reasons will
be given in a detailed judgment later.

The corporation notified the new tariff on January 2 and applied it from the February
bills. It raised charges by 38 percent for domestic consumers and by 45 percent for
commercial and industrial connections.

The bench directed the KWSC to adjust any amount collected above the old tariff in the
next three monthly bills. It said the corporation was free to propose a fresh tariff
"after due compliance with the requirement of a public hearing".

The court had reserved its decision on April 28 after hearing arguments over nine
sessions since February.

Faisal Haider Khoso, who argued for the lead petitioner, the Karachi Small Traders
Alliance, had told the court that the corporation's board approved the increase in a
single meeting without publishing the proposal or inviting objections.

##AD##

The corporation's counsel, Shabnam Lakhani, had argued that the increase was needed to
meet the rising cost of electricity for pumping stations and that consultations with
"representative bodies" had been held. The bench did not accept that those meetings
met the legal requirement, according to the short order.

The petitioners estimate that consumers paid about Rs 3.2 billion more between February
and April than they would have under the old tariff. The corporation puts the figure
at Rs 2.6 billion.

"We respect the court. Our legal team will study the order and advise the board,"
KWSC spokesman Zubair Ahmed Channa said.

The first petitions were filed in February, days after the first bills carrying the
new rates reached consumers. At an early hearing the bench declined to suspend the
increase, saying it would rather decide the matter on merit than by interim order.

Traders gathered outside the court building distributed sweets after the order was
announced.
"""),
            date_mode="meta", when="2026-05-12T09:05:00Z",
            sidebar=("Top stories", (
                "Karachi: 11 held in Saddar mobile-snatching ring",
                "PSX: KSE-100 sheds 410 points",
                "Hyderabad: water supply suspended for 36 hours",
            )),
            related=(
                ("SHC reserves verdict on water tariff petitions", "karachi/2026/04/28/shc-reserves-verdict-water-tariff"),
                ("KWSC notifies new water tariff", "karachi/2026/01/02/kwsc-notifies-new-water-tariff"),
            ),
            section="Karachi",
        ),
        article(
            METRO, "pakistan/court-strikes-down-water-tariff-hike",
            "Court strikes down water tariff hike; Karachiites to get money back in next three bills",
            "Sindh High Court says KWSC skipped the mandatory public hearing before raising charges.",
            "Ayesha Naz Qureshi",
            paras("""
Karachi's water utility will have to return what it overcharged its consumers since
February after the Sindh High Court on Tuesday struck down the tariff increase it
imposed at the start of the year.

The short order, read out in court shortly before 2 p.m., said the Karachi Water and
Sewerage Corporation had not held a public hearing before raising its charges, as the
law governing it requires. The amount collected over and above the old tariff is to be
adjusted in consumers' next three monthly bills.

Outside the court, lawyer Faisal Haider Khoso said the case had been about more than
money. "It is about whether a public utility has to listen before it bills. The court
has said yes, it does," he told Metro24.

The increase, notified on January 2, had raised domestic water and sewerage charges by
38 per cent and commercial and industrial charges by 45 per cent. It was the largest
increase in years; the previous one, in 2024, was 14 per cent.

## What it meant for households

For a typical 120-square-yard house in Gulshan-e-Iqbal, the monthly charge went from
about Rs 2,140 to about Rs 2,950, residents said.

"We were already buying tanker water three times a month because the line is dry half
the week," said Rukhsana Bibi, a schoolteacher in the area. "Then the bill went up for
water that doesn't come."

##AD##

The Karachi Small Traders Alliance, one of 14 petitioners, said shopkeepers had been
hit harder because of the higher commercial rate. Its president, Haji Muhammad Younus
Ghori, said the alliance would monitor whether the refunds actually appeared in the
bills.

## Bench and next steps

The two-judge constitutional bench was headed by Justice Saima Jafri, with Justice
Rehan Aziz Siddiqui. It had reserved its decision on April 28. A detailed judgment
will follow.

The court left the door open for a new tariff, saying the corporation could propose one
after a proper public hearing.

Petitioners estimate the excess collected at around Rs 3.2 billion, while the
corporation says it is closer to Rs 2.6 billion. The utility has not yet said whether
it will appeal.
"""),
            date_mode="jsonld", when="2026-05-12T15:40:00+05:00",
            sidebar=("Trending", (
                "Heatwave: Karachi to touch 41 degrees on Thursday",
                "K-Electric announces 6-hour shutdown in Korangi",
                "Budget 2026-27 likely on June 5",
            )),
            related=(
                ("Why Karachi's taps run dry", "pakistan/why-karachis-taps-run-dry"),
                ("Tanker mafia: the price of a 1,000-gallon tanker", "pakistan/tanker-prices-karachi"),
            ),
            section="Pakistan",
        ),
        article(
            COURIER, "metropolitan/shc-annuls-kwsc-tariff",
            "SHC annuls KWSC tariff, orders adjustment of excess in three bills",
            "Bench rules the water utility cannot treat a public hearing as a courtesy; corporation weighs its options.",
            "By Our Staff Reporter",
            paras("""
KARACHI: A constitutional bench of the Sindh High Court on Tuesday annulled the water
and sewerage tariff notified by the Karachi Water and Sewerage Corporation this year
and directed it to adjust the excess amount recovered from consumers in the next three
monthly bills.

The bench, comprising Justice Saima Jafri and Justice Rehan Aziz Siddiqui, announced a
short order on 14 connected petitions. The detailed reasons will follow.

The corporation's board had approved the revised tariff in December, and the
notification was issued on January 2. The new rates, 38pc higher for domestic
consumers and 45pc higher for commercial and industrial users, were charged from the
February bills.

## "Not a courtesy"

The petitioners' central argument was procedural: the law under which the corporation
was set up requires it to publish any tariff proposal and hear objections before
changing rates. Counsel Faisal Haider Khoso told the court that no notice had been
published and no objections invited.

During the final hearing on April 28, when the bench reserved its decision, Justice
Jafri remarked: "If the law says you must hear the public, then you must hear the
public. It is not a courtesy."

The corporation's counsel, Shabnam Lakhani, had argued that electricity costs for its
pumping stations had risen sharply and that it had consulted town committees and
trade bodies. The bench held in its short order that such consultations could not
replace a public hearing.

##AD##

## How much?

The two sides disagree over the amount involved. The petitioners put the excess
collected between February and April at about Rs 3.2 billion; the corporation
estimates Rs 2.6 billion. The corporation has around 1.9 million connections.

The court allowed the corporation to propose a fresh tariff after following the
procedure.

## Appeal not ruled out

KWSC chief executive Asadullah Memon said on Tuesday evening that the corporation
would comply with the order. "We will comply, and we will place the matter before the
board, which will decide whether to seek leave to appeal," he said.

Karachi's previous water tariff revision, in 2024, was 14pc.

The Karachi Small Traders Alliance, the lead petitioner, welcomed the order. Its
general secretary, Nadeem Akhtar Abbasi, said traders would watch their next bills
closely.
"""),
            date_mode="line", date_line="Wednesday, 13 May 2026",
            sidebar=("Most read", (
                "SBP policy: next MPC meeting on June 15",
                "Lyari Expressway toll raised to Rs 100",
                "Hyderabad: 23 injured in bus accident on M-9",
                "KMC budget of Rs 54 billion unveiled",
            )),
            related=(
                ("Water tariff: SHC reserves verdict", "metropolitan/water-tariff-shc-reserves-verdict"),
                ("Editorial: Hearing the people who pay", "opinion/hearing-the-people-who-pay"),
            ),
            section="Metropolitan",
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AW4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

TR_AW4 = {
    "id": "tr-AW4",
    "part": "AW",
    "domain": "trade",
    "fetched": "2026-06-17",
    "articles": [
        article(
            BNA, "business/2026/06/08/bangladesh-pakistan-jute-quota-yarn-duty",
            "Bangladesh, Pakistan agree jute quota and yarn duty cut after trade talks",
            "Duty-free access for 60,000 tonnes of jute goods; customs duty on Pakistani cotton yarn halved from July 1.",
            "BNA Staff Correspondent",
            paras("""
DHAKA, June 8 (BNA) - Pakistan will let 60,000 tonnes of Bangladeshi jute and jute
goods into its market duty-free every year, and Bangladesh will halve its customs duty
on Pakistani cotton yarn to 5 percent, under an agreement reached on Monday at the end
of two-day trade talks in Dhaka.

The measures take effect on July 1, the first day of the 2026-27 fiscal year in both
countries, officials said after the two commerce secretaries signed the agreed minutes
of the fourth session of the Bangladesh-Pakistan Joint Trade Committee (JTC) at a hotel
in the capital's Gulshan area.

Commerce Secretary Mahfuza Rahman Bhuiyan led the Bangladesh side. Pakistan's
delegation of 22 officials and business representatives was headed by its Commerce
Secretary, Jawad Karim Paracha.

"Our jute exporters have been asking for this for more than a decade. From July they
will not have to price in a duty that their competitors do not pay," Bhuiyan told
reporters after the signing.

Paracha said the tariff changes were the simplest part of the package. "Tariffs are the
easy part. Shipping and payments are where we lose business," he said.

##AD##

Bilateral trade totalled $918 million in fiscal 2024-25, about Tk 11,200 crore,
according to Export Promotion Bureau and Bangladesh Bank data. Pakistan's exports,
mostly cotton yarn, fabrics, rice and chemicals, accounted for $822 million, and
Bangladesh's exports for $96 million.

The duty on Pakistani cotton yarn falls from 10 percent to 5 percent. The quota covers
raw jute, jute yarn, sacking and bags; shipments beyond 60,000 tonnes will pay
Pakistan's normal duty.

At the previous JTC session, held in Islamabad last year, the two sides had discussed a
trial quota of 25,000 tonnes but could not agree on the products it should cover.

The two sides also set up working groups on shipping, banking channels and product
standards, which are to report before the next session, scheduled for Lahore in early
2027. A direct container service between Karachi and Chattogram has been running since
late 2024.

Khalilur Rahman Mridha, president of the Bangladesh-Pakistan Chamber of Commerce and
Industry, said the business community hoped to push annual trade to $3 billion within
five years.
"""),
            date_mode="meta", when="2026-06-08T12:20:00Z",
            sidebar=("Business", (
                "Remittances hit $2.9 billion in May",
                "DSE turnover rises to Tk 1,120 crore",
                "Garment exports to EU up 7.4% in July-May",
            )),
            related=(
                ("Bangladesh-Pakistan trade talks open in Dhaka", "business/2026/06/07/bangladesh-pakistan-jtc-opens"),
                ("Jute exporters seek duty-free access to Pakistan", "business/2026/05/20/jute-exporters-pakistan-access"),
            ),
            section="Business",
        ),
        article(
            TRADEJ, "trade/jute-gets-its-quota-spinners-get-a-fight",
            "Jute gets its quota; spinners get a fight",
            "The deal with Pakistan is a win for a shrinking jute trade. Local yarn makers say they are paying for it.",
            "Shamim Hasan Munshi",
            paras("""
For Bangladesh's jute trade, the agreed minutes signed in Dhaka on Monday are the best
news in years. For the country's cotton spinners, they are a problem that arrives on
July 1.

The three-day talks of the Bangladesh-Pakistan Joint Trade Committee ended with two
concessions that mirror each other. Pakistan will admit up to 60,000 tonnes of
Bangladeshi raw jute and jute goods a year without duty. Bangladesh, in turn, will
cut its customs duty on Pakistani cotton yarn from 10 percent to 5 percent, a reduction
of five percentage points.

The document was signed by Bangladesh's commerce secretary, Mahfuza Rahman Bhuiyan, and
Pakistan's commerce secretary, Jawad Karim Paracha.

## A lifeline for jute

Bangladesh's jute exports to all markets earned about $870 million last fiscal year,
and Pakistan has long been a small buyer because of its duty. Exporters in Narayanganj
and Khulna say 60 thousand metric tons a year, if fully used, could make Pakistan one
of their five largest markets.

"We have lost Pakistani buyers to suppliers from other countries on price alone," said
Abdul Wadud Talukder, managing director of a jute spinning mill in Narayanganj. "With
the duty gone, we are back in the room."

##AD##

## The spinners' complaint

The yarn side is different. Bangladesh's spinning mills, which supply the garment
industry, say cheaper Pakistani yarn will undercut them at a time when many are running
below capacity because of gas shortages.

"A five-point cut on yarn in one go, with no phasing, will hit 400-odd spinning mills
that are already struggling," said Rafiqul Alam Sikder, president of the Bangladesh
Spinners' Forum. The forum plans to ask the National Board of Revenue for a review
before the new rate takes effect.

Garment exporters, who buy the yarn, welcomed the cut.

## The bigger picture

Trade between the two countries was worth $918 million in 2024-25, heavily tilted in
Pakistan's favour. Paracha acknowledged the imbalance at the closing session: "Tariffs
are the easy part. Shipping and payments are where business is lost," he said.

Working groups on shipping, payments and standards will report to the next session of
the committee, due in Lahore early next year. Pakistan's commerce ministry is expected
to issue the notification for the jute quota by June 25.
"""),
            date_mode="line", date_line="Tuesday, 9 June 2026",
            sidebar=("Trade data", (
                "RMG exports: $3.6 billion in May",
                "Import LC openings fall 4.2% in April",
                "Chattogram port: 3.3 million TEUs handled in 2025",
            )),
            related=(
                ("Spinners seek gas supply guarantee", "industry/spinners-seek-gas-guarantee"),
                ("Jute: the golden fibre's long decline", "trade/jute-golden-fibre-decline"),
            ),
            section="Trade",
        ),
        article(
            INDUS, "business/2026/06/08/pakistan-jute-quota-bangladesh-yarn-tariff",
            "Pakistan grants Bangladesh duty-free jute quota, wins cut in yarn tariff",
            "Deal in Dhaka gives Pakistani spinners cheaper access to Bangladesh's garment industry.",
            "By Nadia Saleem Awan",
            paras("""
ISLAMABAD/DHAKA, June 8 (IWS) - Pakistan and Bangladesh agreed on Monday to open their
markets further to each other's textile raw materials, with Pakistan granting a
duty-free quota of 60,000 tonnes a year for Bangladeshi jute products and Bangladesh
halving its import duty on Pakistani cotton yarn.

The agreement, which takes effect on July 1, was reached at the end of a two-day
meeting of the countries' Joint Trade Committee in Dhaka. Commerce Minister Jawad Karim
Paracha, who led Pakistan's delegation, signed the minutes with Mahfuza Rahman Bhuiyan,
the senior secretary at Bangladesh's commerce ministry.

"Tariffs are the easy part; it is shipping and payments where we lose business,"
Paracha told reporters in Dhaka after the signing.

Bangladesh will lower its customs duty on Pakistani cotton yarn to 5% from 10%. The cut
is expected to help Pakistani spinners compete with suppliers from India and China for
orders from Bangladesh's garment makers, the world's second-largest apparel exporting
industry after China.

##AD##

Trade between the two countries was worth $918 million in the 2024-25 fiscal year, with
Pakistan's exports accounting for $822 million, according to Bangladeshi data.

"Bangladesh's knitwear mills are exactly the customers our spinners need," said
Zahid Mehmood Chaudhry, chairman of the Pakistan Yarn Exporters' Council. He estimated
that Pakistani yarn sales to Bangladesh could double within two years if shipping
times came down.

The quota covers raw jute, jute yarn and jute bags and sacks, which Pakistan's food
and fertiliser industries buy in bulk.

Paracha said the commerce ministry would issue the statutory regulatory order (SRO)
for the jute quota by June 25 so that it could apply from the start of the fiscal year.

Pakistani officials said the talks also touched on pharmaceuticals and surgical goods,
where Islamabad wants Dhaka to recognise Pakistani drug registrations. No agreement was
reached on those, and both sides agreed to return to the subject.

Working groups on shipping, banking channels and standards will report to the next
session of the committee, to be held in Lahore early next year.

Relations between Islamabad and Dhaka have warmed since late 2024, when a direct cargo
service between Karachi and Chattogram began operating and the two governments eased
visa rules for business travellers.
"""),
            date_mode="jsonld", when="2026-06-08T13:05:00Z",
            sidebar=("Markets", (
                "Cotton: spot rate steady at Rs 16,800 per maund",
                "PSX: KSE-100 closes at record high",
                "Textile exports up 6.1% in July-May",
            )),
            related=(
                ("Pakistan, Bangladesh to hold trade talks in Dhaka", "business/2026/06/02/pakistan-bangladesh-trade-talks-dhaka"),
                ("Pakistan yarn exporters eye Bangladesh", "business/2026/04/14/pakistan-yarn-exporters-bangladesh"),
            ),
            section="Business",
        ),
        article(
            RUPEE, "issues/a-yarn-deal-in-dhaka",
            "A yarn deal in Dhaka",
            "What Pakistan gave, what it got, and why spinners in Faisalabad are smiling.",
            "Omar Farooq Zaidi",
            paras("""
Good evening. Trade policy rarely makes this newsletter, but the deal signed in Dhaka
on Monday, June 8, deserves a few paragraphs because it lands directly on one of
Pakistan's most troubled industries.

## The deal

After two days of talks, the Bangladesh-Pakistan Joint Trade Committee agreed on a
straightforward swap. Pakistan gives Bangladeshi jute and jute goods duty-free access
up to 60,000 tonnes a year. Bangladesh halves its customs duty on Pakistani cotton
yarn, from 10 per cent to 5 per cent. Both apply from July 1.

Pakistan's side was led by Commerce Secretary Jawad Karim Paracha, whose line of the
day was that tariffs are the easy part and shipping and payments the hard one.

## The numbers

Two-way trade: $981 million last fiscal year, or roughly Rs 275 billion at current
rates.

Direction: overwhelmingly Pakistan to Bangladesh. Pakistan sells about eight times as
much as it buys.

Jute: Pakistan's food and fertiliser sectors are the main users of sacking. Duty-free
Bangladeshi bags should lower packaging costs at the margin.

##AD##

## Why it matters for spinners

Pakistan's spinning sector has had a miserable two years. Energy tariffs for industry
remain well above regional levels, and dozens of mills in Faisalabad and Multan have
cut shifts. Bangladesh's garment industry buys enormous volumes of yarn, and a
five-percentage-point duty advantage is meaningful when margins are thin.

It will not fix the energy problem. But a mill that can sell into Dhaka at a better
price is a mill that keeps its second shift.

## What to watch

The SRO: the commerce ministry has promised the jute quota notification by June 25.
Bureaucratic slippage here would be embarrassing.

The pushback: Bangladeshi spinners are lobbying their revenue board to delay the yarn
cut. If they succeed, the deal is lopsided.

The next session: Lahore, early 2027. Shipping and banking working groups are
supposed to report by then.

## The catch

Quotas are only as good as the paperwork behind them. Importers will need certificates
of origin, and customs will need a system that tracks how much of the 60,000 tonnes has
been used. Anyone who remembers how earlier preferential quotas were handled at Karachi
port will want to see that system before celebrating.

We will come back to this when the first shipments move. See you Thursday.
"""),
            date_mode="none",
            sidebar=("In this issue", (
                "Budget 2026-27: what the IMF wants",
                "Remittances: May inflows $3.4 billion",
                "Chart: yarn prices in Faisalabad since 2024",
            )),
            related=(
                ("Rupee Desk: The spinners' energy bill", "issues/the-spinners-energy-bill"),
                ("Rupee Desk: Trade with the east", "issues/trade-with-the-east"),
            ),
            section="Newsletter",
        ),
    ],
    "planted": [
        ("Jawad Karim Paracha's office: commerce secretary (right) vs commerce minister in Indus Wire Service",
         r"commerce secretary", r"commerce minister\b"),
        ("Length of the talks: two days (right) vs three days in Dhaka Trade Journal",
         r"\b(two|2)[- ]days?\b", r"\b(three|3)[- ]days?\b"),
        ("Bilateral trade in FY2024-25: $918 million (right) vs $981 million in Rupee Desk",
         r"\b918\b", r"\b981\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AW5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

RK_AW5 = {
    "id": "rk-AW5",
    "part": "AW",
    "domain": "rocket",
    "fetched": "2026-10-24",
    "articles": [
        article(
            PPW, "national/2026/10/15/pakistan-launches-tasveer-1-satellite",
            "Pakistan's Tasveer-1 satellite launched from China, first signal received",
            "Earth-observation satellite lifts off on a Long March 2D from Jiuquan; SUPARCO says all systems normal.",
            "PPW Science Desk",
            paras("""
ISLAMABAD, Oct 15 (PPW): Pakistan's Earth-observation satellite Tasveer-1 was launched
on Thursday from the Jiuquan Satellite Launch Centre in north-western China and has
sent its first signal to a ground station in Lahore, the Space and Upper Atmosphere
Research Commission (SUPARCO) said.

The satellite lifted off aboard a Chinese Long March 2D rocket at 8:02 am Pakistan
time. It separated from the rocket's upper stage about 12 minutes later and was placed
in a sun-synchronous orbit at an altitude of about 520 kilometres.

SUPARCO's ground station in Lahore acquired the first signal at 8:58 am, the commission
said in a statement, adding that the satellite's solar panels had deployed and "all
onboard systems are functioning normally".

Tasveer-1, which weighs 690 kilograms, carries a camera that can distinguish objects
0.8 metres across. It has a design life of five years.

SUPARCO Chairman Shahid Rauf Minhas, who watched the launch from the control room in
Lahore, said the satellite would be used to monitor crops, map flood plains and plan
urban growth. "It is built for the problems we actually have," he told reporters.

Asked about the share of local work on the satellite, Minhas said Pakistani engineers
had designed its data-handling system and most of the software on the ground, and that
the commission wanted to build more of the next satellite at home.

##AD##

The satellite was designed by SUPARCO engineers together with Chinese partners, and
parts of its ground software were written in Pakistan. The project cost Rs 14.6
billion, according to planning ministry documents.

The Long March 2D also carried two Chinese satellites into orbit.

The Prime Minister's Office said in a message that the launch was "a proud day for the
nation's scientists and engineers".

SUPARCO said the satellite would undergo in-orbit tests over the coming weeks and that
the first images were expected within three weeks.

Pakistan's previous remote-sensing satellite was launched in January 2025, also from
Jiuquan.

Officials said the new satellite would complement, rather than replace, the earlier
one, allowing the same area to be imaged more often. The Ministry of National Food
Security and the National Disaster Management Authority are expected to be among the
first users of its images.

A follow-on satellite, Tasveer-2, is planned for 2028, according to SUPARCO.
"""),
            date_mode="meta", when="2026-10-15T04:25:00Z",
            sidebar=("Latest", (
                "Smog: Lahore AQI crosses 300",
                "Wheat support price set at Rs 3,500 per 40 kg",
                "Cricket: Pakistan win toss, elect to bat in Rawalpindi",
            )),
            related=(
                ("SUPARCO to launch Tasveer-1 in October", "national/2026/09/02/suparco-tasveer-1-october"),
                ("Pakistan's space programme: a timeline", "national/2026/10/14/pakistan-space-programme-timeline"),
            ),
            section="National",
        ),
        article(
            METRO, "live/tasveer-1-launch-live",
            "LIVE: Tasveer-1 launch - Pakistan's new eye in the sky",
            "Live updates as Pakistan's Earth-observation satellite lifts off from China on the morning of Thursday, October 15. All times PKT.",
            "Metro24 digital team",
            updates([
                ("9:40 am", "PM congratulates SUPARCO",
                 """
The Prime Minister's Office has issued a message calling the launch "a proud day for
the nation's scientists and engineers". SUPARCO says in-orbit testing will take the
next few weeks.
"""),
                ("9:25 am", "Solar panels out",
                 """
SUPARCO confirms that both solar panels have deployed and the satellite is generating
power. The project director tells our reporter in Lahore the next milestone is the
first camera switch-on, which will only happen after several days of checks.
"""),
                ("9:05 am", "Preliminary orbit figures",
                 """
Early tracking data shared by SUPARCO put the satellite in an orbit of roughly 512 km
by 528 km. Officials say small engine burns will bring it to its nominal circular
orbit of about 520 km over the next days.
"""),
                ("8:58 am", "FIRST SIGNAL",
                 """
Applause in the Lahore control room. SUPARCO's ground station has acquired the first
signal from Tasveer-1. Chairman Shahid Rauf Minhas hugs the project director.
"""),
                ("8:14 am", "Separation confirmed",
                 """
Tasveer-1 has separated from the Long March 2D's second stage, about 12 minutes after
lift-off. Solar panel deployment is next.
"""),
                ("8:05 am", "Fairing gone",
                 """
The payload fairing has separated and the rocket is climbing normally, according to
the Chinese launch commentary.
"""),
                ("8:02 am", "LIFT-OFF",
                 """
The Long March 2D has lifted off from Jiuquan carrying Tasveer-1 and two Chinese
satellites. It is 11:02 am in Beijing.
"""),
                ("7:55 am", "Who is watching",
                 """
In Lahore, about 150 SUPARCO staff have gathered in and around the control room.
Chairman Shahid Rauf Minhas is in the front row. The satellite has a design life of
five years and cost Rs 14.6 billion, according to planning documents.
"""),
                ("7:45 am", "T-minus 17 minutes",
                 """
Weather at Jiuquan is clear and cold. Countdown proceeding. The 690 kg satellite is at
the top of the stack, above the two Chinese passengers.
"""),
                ("7:15 am", "Good morning",
                 """
Welcome to our live coverage. Pakistan's Tasveer-1 is scheduled to lift off at 8:02 am
PKT on a Long March 2D rocket from the Jiuquan Satellite Launch Centre. We will bring
you every step until the first signal reaches Lahore.

Tasveer-1 is an Earth-observation satellite with a camera that can pick out objects
0.8 metres across. It will be used for crop estimates, flood mapping and city planning.
"""),
            ]),
            date_mode="none",
            sidebar=("Explainers", (
                "What a 0.8-metre camera can see",
                "Sun-synchronous orbits in 60 seconds",
                "Watch: inside SUPARCO's Lahore control room",
            )),
            related=(
                ("Tasveer-1: what it will do for farmers", "pakistan/tasveer-1-farmers"),
                ("Pakistan's satellites so far", "pakistan/pakistans-satellites-so-far"),
            ),
            section="Live",
        ),
        article(
            LEDGER, "national/tasveer-1-in-orbit",
            "Tasveer-1 in orbit: a camera for floods, fields and cities",
            "Pakistan's new Earth-observation satellite is healthy after Thursday's launch; first pictures due within three weeks.",
            "Usman Karim Bhatti | Science Correspondent",
            paras("""
LAHORE: When Tasveer-1's first signal came through at SUPARCO's ground station here at
8:58am on Thursday, engineers who had spent six years on the project were on their
feet before the controller had finished reading out the telemetry.

The satellite had lifted off 56 minutes earlier, at 8:02am PKT (11:02am Beijing time),
on a Long March 2D rocket from the Jiuquan Satellite Launch Centre in China's Gobi
desert, and separated from the rocket about 12 minutes into the flight.

"From today, we will not have to wait for someone else's pictures of our own floods,"
SUPARCO Chairman Shahid Rauf Minhas told reporters in the control room.

## What it will do

Tasveer-1 is an Earth-observation satellite weighing 690kg, roughly the mass of a small
car. From a sun-synchronous orbit about 520km up, it will pass over the same spot at
the same local time each day, which makes it easier to compare images over weeks and
seasons.

Its main camera can resolve objects 0.8 metres across. That is fine enough to count
damaged houses after an earthquake or check whether a canal has been desilted, SUPARCO
officials said.

The Ministry of National Food Security plans to use its images for crop estimates, and
the National Disaster Management Authority for flood mapping.

##AD##

## The cost

The project cost Rs 14.6 billion, about $52 million at current exchange rates. It has
a design life of five years. A second satellite, Tasveer-2, is planned for 2028.

Critics have asked whether the country needs its own satellites when commercial imagery
is available. Dr Farah Naz Soomro, who teaches remote sensing at a Lahore university,
disagrees. "Commercial images are available, but not when you need them, not at the
price you can pay, and not over the places you most want to see," she said.

## Next steps

SUPARCO said the satellite would spend the coming weeks in in-orbit testing, during
which engineers will calibrate the camera and check its attitude control. The first
images are expected within three weeks.

The launch was Pakistan's second Earth-observation satellite in under two years; the
previous one was launched in January 2025.

For the engineers in Lahore, the milestone that matters most is still ahead. "The
launch is China's achievement as much as ours," one of them said. "The first picture
will be ours."
"""),
            date_mode="line", date_line="Friday, 16 October 2026",
            sidebar=("Most read", (
                "Smog season: schools in Lahore to close at noon",
                "Petrol price unchanged at Rs 262.50",
                "PSX: KSE-100 gains 1,120 points",
            )),
            related=(
                ("Editorial: A satellite of our own", "opinion/a-satellite-of-our-own"),
                ("SUPARCO chief: 'We build for our problems'", "national/suparco-chief-interview"),
            ),
            section="National",
        ),
        article(
            ORBIT, "2026/10/tasveer-1-long-march-2d-jiuquan",
            "Tasveer-1 rides a Long March 2D to sun-synchronous orbit",
            "The week in South Asian spaceflight: Pakistan's new Earth-observation satellite, by the numbers.",
            "Kiran Mahmood",
            paras("""
Pakistan's newest Earth-observation satellite, Tasveer-1, reached orbit on Thursday,
October 15, aboard a Long March 2D launched from the Jiuquan Satellite Launch Centre.
Lift-off came at 03:02 UTC, which was 11:02 in Beijing and 08:02 in Pakistan.

## By the numbers

Mass: 690 kg (about 1,520 lb).

Orbit: sun-synchronous, nominal altitude about 520 km (roughly 323 miles).

Imager: 0.8 m ground resolution, panchromatic, with a coarser multispectral channel.

Design life: five years.

Cost: Rs 14.6 billion, or roughly $52 million.

## The flight

The two-stage Long March 2D is one of China's most reliable workhorses, and this flight
carried three payloads: Tasveer-1 at the top of the stack and two Chinese satellites,
the smaller of them a 95 kg technology demonstrator. Tasveer-1 separated about 12
minutes after lift-off, and SUPARCO's ground station in Lahore picked up its first
signal at 08:58 Pakistan time.

Early tracking suggested an orbit a few kilometres off nominal, which SUPARCO says it
will trim with the satellite's own thrusters during commissioning.

##AD##

## Why this one matters

Pakistan has relied on Chinese launchers for every satellite it has put in orbit, and
that did not change this week. What has changed is how much of the satellite itself is
Pakistani. SUPARCO says its engineers led the design of the payload's data-handling
system and wrote much of the ground-segment software, areas that were largely
imported on earlier missions.

Chairman Shahid Rauf Minhas has framed the programme in practical terms: floods,
crops, cities. The agency's plan calls for a follow-on, Tasveer-2, in 2028.

## Regional roundup

India's space agency has two launches scheduled before the end of the year, and
Bangladesh is still studying a second communications satellite. We will cover both as
dates firm up. Sri Lanka's first university-built cubesat, meanwhile, completed its
first year in orbit this month, well beyond the six months its builders had planned
for.

## A note on the clock

Readers asked why Pakistani outlets gave the launch time as 8:02 and Chinese ones as
11:02. Both are right: Beijing is three hours ahead of Pakistan Standard Time, and the
launch, in UTC, came at 03:02.

## What's next for Tasveer-1

Commissioning and camera calibration over the coming weeks, with first images due
within three weeks of launch.
"""),
            date_mode="jsonld", when="2026-10-16T04:00:00Z",
            sidebar=("Launch log", (
                "Oct 9: Long March 6A, Taiyuan - 9 satellites",
                "Oct 12: Falcon 9, Vandenberg - 24 Starlink",
                "Oct 21: PSLV, Sriharikota - scheduled",
            )),
            related=(
                ("Inside SUPARCO's Lahore control room", "2026/09/inside-suparco-lahore"),
                ("South Asia's satellite census, 2026", "2026/07/south-asia-satellite-census"),
            ),
            section="Launches",
        ),
    ],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AW6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

EQ_AW6 = {
    "id": "eq-AW6",
    "part": "AW",
    "domain": "earthquake",
    "fetched": "2026-09-30",
    "articles": [
        article(
            INDUS, "world/2026/09/22/balochistan-quake-toll-rises-to-34",
            "Death toll from Balochistan earthquake rises to 34",
            "Provincial disaster agency says 212 people were injured; thousands sleeping outdoors as aftershocks continue.",
            "By Jamal Khan Kakar",
            paras("""
QUETTA, Sept 22 (IWS) - The death toll from the earthquake that struck Pakistan's
south-western province of Balochistan on Sunday has risen to 34, with 212 people
injured, the Provincial Disaster Management Authority (PDMA) said on Tuesday.

The quake struck at 2:47 a.m. local time on Sunday while most people were asleep. Its
epicentre was in the mountainous Harnai district, about 160 km east of the provincial
capital Quetta, where it was strongly felt.

The Pakistan Meteorological Department (PMD) measured the quake at magnitude 6.1 at a
depth of 15 km. The U.S. Geological Survey put it at 5.9, at a depth of 10 km.

The PDMA said 1,860 houses had been damaged, 640 of them destroyed, mostly mud-brick
homes in villages in Harnai, Sibi and Kohlu districts. Officials said most of the
victims died when roofs collapsed on them.

"The roofs here are made of timber and mud, and they are very heavy. When they fall,
people do not get a chance," said Abdul Ghani Tareen, a PDMA official in Harnai.

##AD##

Two coal miners were among the dead after a section of a mine near Harnai town caved
in, the provincial mines department said. About 40 miners underground at the time were
brought out safely.

The road from Harnai to Sibi, the district's main link to the plains, was blocked by
rockfalls until Monday, slowing the arrival of ambulances and heavy machinery.

Army helicopters flew the most seriously injured to hospitals in Quetta and Sibi. The
National Disaster Management Authority (NDMA) said it had sent 2,500 tents, food
rations and medical supplies.

The Balochistan government announced compensation of Rs 1 million for the family of
each person killed.

Rescue teams reached the last of the cut-off villages on Monday after clearing
landslides from mountain tracks, the PDMA said, and search operations had been wound
up by Tuesday evening.

Many families in the area have been sleeping in the open since Sunday, fearing further
aftershocks. The PMD has recorded 27 aftershocks, the strongest of magnitude 4.8.

Balochistan lies on the boundary between the Indian and Eurasian plates and has a
history of destructive earthquakes. A magnitude 7.7 quake in Awaran district in 2013
killed several hundred people.
"""),
            date_mode="meta", when="2026-09-22T14:05:00Z",
            sidebar=("World", (
                "Afghanistan: floods kill 11 in Nangarhar",
                "Iran: 5.2 quake shakes Kerman, no casualties",
                "Nepal: landslide blocks highway for 18 hours",
            )),
            related=(
                ("Strong earthquake hits Balochistan, several dead", "world/2026/09/20/strong-earthquake-hits-balochistan"),
                ("Balochistan quake survivors sleep in the open", "world/2026/09/21/balochistan-quake-survivors"),
            ),
            section="World",
        ),
        article(
            BOLAN, "live/harnai-earthquake-live-updates",
            "LIVE: Harnai earthquake - toll, rescue and relief",
            "Updates on the earthquake that hit Harnai district before dawn on Sunday. All times PKT.",
            "Bolan TV News",
            updates([
                ("Tue 22 Sep, 6:20 pm", "PDMA: 34 dead, 212 injured",
                 """
The Provincial Disaster Management Authority has released what it calls its final
figures: 34 people killed and 212 injured. It says 1,860 houses were damaged, of which
640 were destroyed. Search operations have been wound up in all villages.
"""),
                ("Tue 22 Sep, 3:10 pm", "Schools in tents",
                 """
The district education officer says classes for about 1,200 children will resume next
week in tents, because 14 school buildings in Harnai district are unsafe.
"""),
                ("Tue 22 Sep, 11:30 am", "Compensation announced",
                 """
The Balochistan government has announced Rs 1 million for the family of each person
killed and Rs 200,000 for each seriously injured person.
"""),
                ("Mon 21 Sep, 7:00 pm", "Toll rises to 31",
                 """
The PDMA says 31 people have died and 188 have been injured. Three bodies were recovered
from a village near Khost, in Harnai district, where rescuers reached on foot.
"""),
                ("Mon 21 Sep, 1:15 pm", "Harnai-Sibi road reopened",
                 """
The highway authority says the road between Harnai and Sibi has been cleared of
rockfalls and is open to all traffic. Trucks carrying relief goods are moving again.
"""),
                ("Mon 21 Sep, 9:00 am", "29 dead, 170 injured",
                 """
Updated PDMA figures: 29 dead, 170 injured. The NDMA says a first consignment of 2,500
tents has reached Harnai.
"""),
                ("Sun 20 Sep, 2:00 pm", "21 dead, about 130 injured",
                 """
Deputy commissioner Harnai says 21 people are confirmed dead and about 130 injured.
Two of the dead are coal miners.
"""),
                ("Sun 20 Sep, 8:30 am", "At least 12 dead",
                 """
At least 12 people have been killed and 45 injured, district officials tell Bolan TV.
Most of the damage is to mud houses in villages around Harnai town.
"""),
                ("Sun 20 Sep, 6:15 am", "Strong aftershock",
                 """
A strong aftershock of magnitude 4.8 hit at 6:10 am. People in Harnai town ran out of
their houses again.
"""),
                ("Sun 20 Sep, 4:40 am", "PMD revises magnitude",
                 """
The Pakistan Meteorological Department has revised its reading to magnitude 6.1 from a
preliminary 6.0, depth 15 km. The U.S. Geological Survey gives 5.9 at 10 km.
"""),
                ("Sun 20 Sep, 4:05 am", "Earthquake hits Harnai",
                 """
A strong earthquake struck at 3:47 am. The PMD says the epicentre was in Harnai
district. Tremors were felt in Quetta, Sibi and Loralai. Our correspondent in Harnai
says several houses have collapsed.
"""),
            ]),
            date_mode="jsonld", when="2026-09-20T04:05:00+05:00",
            sidebar=("Bolan TV", (
                "Watch: inside a collapsed house in Harnai",
                "How to donate safely",
                "Quetta: schools closed Monday as precaution",
            )),
            related=(
                ("Harnai: the coal town that shook", "news/harnai-coal-town"),
                ("Why mud roofs kill in earthquakes", "news/why-mud-roofs-kill"),
            ),
            section="Live",
        ),
        article(
            FRONTIER, "province/harnai-counts-its-dead",
            "Harnai counts its dead as aid trickles into the hills",
            "Three days after the quake, survivors in Balochistan's coal district ask when the tents will reach the villages.",
            "Shah Muhammad Luni, Harnai",
            paras("""
HARNAI: The tents have arrived in Harnai town. In Khost, an hour up a road half
blocked by fallen rock, families are still sleeping under plastic sheets stretched
between walnut trees.

Sunday's earthquake struck at 3:47am, when nearly everyone in the district was asleep
under heavy timber-and-mud roofs. The Provincial Disaster Management Authority said on
Tuesday evening that 34 people had been killed and 221 injured, and that 1,860 houses
had been damaged, 640 of them beyond repair.

## "We dug with our hands"

In Khost, Gul Bibi lost her husband and her youngest son when the roof of their
two-room house came down. "We dug with our hands until the men from the mine came with
shovels," her brother-in-law, Mir Hassan, said. It took rescuers from the district
administration until Monday morning to reach the village.

The Pakistan Meteorological Department measured the quake at magnitude 6.1, centred in
Harnai district at a depth of 15km. The US Geological Survey's estimate was 5.9.

Sibi and Kohlu districts also reported damage, though on a far smaller scale.

##AD##

## Coal and the quake

Harnai's economy runs on coal. Two miners were killed when part of a mine collapsed;
about 40 others climbed out on their own. Mine owners have suspended work for a week,
which leaves thousands of labourers, many of them from Swat and Shangla, without
wages.

"They cannot go home and they cannot work," said Muhammad Ayaz, a labour contractor.
"Someone has to feed them too."

## Relief

The National Disaster Management Authority has sent 2,500 tents, and army helicopters
flew the badly injured to Quetta and Sibi on Sunday and Monday. The provincial
government has announced Rs 1 million for the family of each person killed.

Doctors at the district headquarters hospital said most of the injured had fractures
from falling beams, and that blood donors from Sibi had arrived on Sunday afternoon.

Deputy Commissioner Harnai, Sardar Naseebullah Marri, said 22 villages had been
surveyed by Tuesday and the rest would be by Thursday. "Our priority is shelter before
the nights turn cold," he said.

The PMD has recorded 27 aftershocks. The strongest, of magnitude 4.8, came at 6:10am on
Sunday, two hours and 23 minutes after the main shock.
"""),
            date_mode="line", date_line="Wednesday, 23 September 2026",
            sidebar=("Most read", (
                "Quetta: gas pressure to improve from October 1",
                "Chaman border reopens after 9 days",
                "Balochistan budget: Rs 930 billion development outlay",
            )),
            related=(
                ("Earthquake: PDMA sets up control room", "province/pdma-control-room"),
                ("Editorial: Build roofs that don't kill", "opinion/build-roofs-that-dont-kill"),
            ),
            section="Province",
        ),
        article(
            HAZARD, "bulletins/balochistan-m6-earthquake",
            "Balochistan M6 earthquake: what we know",
            "A shallow pre-dawn quake in Pakistan's Balochistan province has killed 34 people. Our bulletin on the hazard, the toll and the response.",
            "South Asia Hazard Monitor team",
            paras("""
A shallow earthquake struck Balochistan province in south-western Pakistan at 3:47
a.m. local time on Sunday, September 20 (22:47 UTC on Saturday, September 19). By
Tuesday evening the provincial disaster authority had confirmed 34 deaths and 212
injuries.

## The hazard

Agency estimates differ, as they usually do in the first days. The Pakistan
Meteorological Department reports magnitude 6.1 at 15 km depth. The US Geological
Survey reports 5.9 at 10 km.

The epicentre was in Ziarat district, in the fold-and-thrust belt where the Indian
plate grinds against the Eurasian plate. Faults in this belt are typically shallow,
which concentrates shaking close to the source. Sibi and Kohlu districts also reported
damage.

More than two dozen aftershocks followed, the largest of magnitude 4.8. Aftershock
activity is likely to continue for weeks, with a small chance of an event comparable
to the main shock.

##AD##

## The toll

Final figures from the Provincial Disaster Management Authority on Tuesday: 34 dead,
212 injured, 1,860 houses damaged and 640 destroyed. The toll is heavily skewed towards
collapsed roofs. Traditional houses in the area carry thick timber-and-mud roofs that
can weigh several tonnes.

For comparison, the magnitude 7.7 earthquake in Awaran district in 2013 killed several
hundred people across a much larger area.

## The response

The National Disaster Management Authority has dispatched 2,500 tents with food and
medical supplies. Army helicopters evacuated seriously injured people to hospitals in
Quetta and Sibi. The provincial government has promised Rs 1 million for each family
that lost a member.

## What to watch

Night temperatures in the upland valleys will start falling in October. Shelter, not
search and rescue, is now the main need. Aid groups also flag the risk of landslides on
damaged slopes if early winter rain arrives.

## Why the toll was not higher

The quake struck a thinly populated, mountainous area. Had a similar event occurred
near a larger town, damage to mud-and-timber housing suggests the toll would have been
far higher. Early warning is not possible for earthquakes, but roof design is a known,
cheap fix, and provincial authorities have been urged for years to promote lighter
roofing.

## Sources

Pakistan Meteorological Department; US Geological Survey; Provincial Disaster
Management Authority Balochistan; National Disaster Management Authority.
"""),
            date_mode="none",
            sidebar=("Other active bulletins", (
                "Bangladesh: monsoon floods in Sylhet, 1.1 million affected",
                "Nepal: Koshi river above danger mark",
                "Afghanistan: M4.9 near Fayzabad, no damage reported",
            )),
            related=(
                ("Explainer: why Balochistan shakes", "explainers/why-balochistan-shakes"),
                ("Bulletin: 2025 monsoon season review", "bulletins/2025-monsoon-review"),
            ),
            section="Bulletins",
        ),
    ],
    "planted": [
        ("Time of the quake: 3:47 a.m. PKT (right) vs 2:47 a.m. in Indus Wire Service",
         r"\b3[:.]47(?!\d)", r"\b2[:.]47(?!\d)"),
        ("Epicentre district: Harnai (right) vs Ziarat in South Asia Hazard Monitor",
         r"\bharnai\b", r"\bziarat\b"),
        ("Number injured: 212 (right) vs 221 in Quetta Frontier Times",
         r"\b212\b", r"\b221\b"),
    ],
}


STORIES = [CB_AW1, EL_AW2, CT_AW3, TR_AW4, RK_AW5, EQ_AW6]
