"""Story battery, part AV — Australia and New Zealand, events in 2026.

Written by engineer AV1 on 2026-12-07 for the thirty-fifth batch, a precision batch.
Six invented events in Australia and New Zealand, each told by three or four invented
outlets (every domain ends in .example). Real institutions and places appear only as
scenery; all people except historical figures, all companies and all figures are invented.
Three stories are controls (nothing planted); three carry exactly three planted errors,
each made by one outlet while at least two others give the right value. Every story is
full of legitimate variation that a good tool must not report.

Time zones used: NZST (UTC+12) for New Zealand in May and July; AEDT (UTC+11) for Sydney
in March; AEST (UTC+10) for Melbourne and Canberra in April and June; ACST (UTC+9:30)
for South Australia in May.

------------------------------------------------------------------------------------------
cb-AV1 — central-bank rate decision — CONTROL — fetched 2026-06-03
TRUE FACTS: Reserve Bank of New Zealand Monetary Policy Committee, Wednesday 27 May 2026,
  announced 2pm NZST (02:00 GMT/UTC). OCR cut 25 basis points from 2.25% to 2.00%.
  Vote five to one (one member preferred a hold). Governor Catriona Ainsley. May Monetary
  Policy Statement: OCR projected to trough at about 1.85% in Q1 2027 (February MPS: about
  2.1%); annual CPI 2.9% in the March quarter, forecast 2.1% by the June quarter of 2027;
  unemployment 5.4%. Previous reviews: held 2.25% on 18 February and 8 April 2026; last cut
  November 2025. Easing began August 2024 from 5.5% (350 bp in all). Next review 8 July.
  NZD fell about 0.6% to US$0.5812; two-year swap down 9 bp to 2.31%. SCW poll: 11 of 16
  economists expected a cut, five a hold. Kauri Bank (economist Sophie Lindqvist, who
  expected a hold) cut its floating rate 0.20 percentage points to 5.94% from 2 June.
OUTLETS: Southern Cross Wire (wire, meta); The Wellington Ledger (newspaper, line,
  published the next day); Aotearoa Radio News (broadcaster, jsonld); The Rate Sheet
  (newsletter, none — text says "Wednesday, May 27").
PLANTED: none.
LEGITIMATE TRAPS: 25 basis points / quarter of a percentage point / 0.25 percentage points;
  2.00% / 2 per cent / 2 percent; 2pm / 0200 GMT; the previous rate 2.25%, last year's 3.25%
  and the 5.5% peak; projected trough 1.85% vs February's 2.1%; CPI 2.9% vs forecast 2.1%;
  Kauri's 0.20-point cut and 5.94% floating rate; NZD 0.5812 / 58.1 US cents; 11 of 16
  economists; swaps pricing ~40% chance of a July cut (forecast); RBA cash rate 3.60% (another
  bank); "most read"/markets boxes with other figures; the Governor's press-conference remark
  worded slightly differently by two outlets, and a different remark at select committee.

------------------------------------------------------------------------------------------
el-AV2 — by-election with a count — 3 PLANTED — fetched 2026-03-26
TRUE FACTS: NSW state by-election in the (invented) Legislative Assembly seat of Burragorang,
  south-west of Sydney, Saturday 14 March 2026, caused by Liberal MP Nathaniel Burke's
  resignation in January. Declared on Friday 20 March 2026 at the returning office in Picton
  after the distribution of preferences. Winner independent Ellen Whitcombe (veterinarian,
  former Wollondilly Shire councillor): 22,352 votes (51.8%) after preferences vs Liberal
  Hamish Drury 20,798 (48.2%); margin 1,554. Primary votes (formal 47,402): Drury 18,108
  (38.2%), Whitcombe 13,225 (27.9%), Labor Priya Castellano 8,817 (18.6%), Greens Oliver Vance
  3,508 (7.4%), One Nation Craig Mulholland 2,418 (5.1%), independent Sam Feeney 1,326 (2.8%).
  Liberal primary fell 9.6 percentage points from 47.8% in 2023. Enrolled 61,482; turnout
  79.4% (48,817 ballots); informal 1,415 (2.9%); exhausted 4,252. Of the 16,069 ballots of
  excluded candidates: 9,127 (56.8%) to Whitcombe, 2,690 (16.7%) to Drury, 4,252 (26.5%)
  exhausted.
OUTLETS: Meridian Wire (wire, jsonld); The Macarthur Chronicle (local newspaper, line);
  SBN News (broadcaster, meta); Preference Flow (psephology newsletter, none).
PLANTED:
  1. Declaration day: right Friday; Meridian Wire says "Thursday".
  2. Liberal primary fall: right 9.6 percentage points; SBN News says "9.6 per cent".
  3. Winner's surname: right Whitcombe; Preference Flow spells it "Whitcomb" throughout.
LEGITIMATE TRAPS: election-night partial count (31,940 votes counted: Drury 39.1%, Whitcombe
  27.2%; indicative preference count 50.9-49.1); per-booth results (17 of 31 polling places,
  Thirlmere 63.4%); 2023 figures (Liberal primary 47.8%, Burke's 56.1% against Labor);
  percentages and raw votes; polling day vs declaration day; an analyst's statewide
  projection; Whitcombe's election-night remark vs her declaration remarks; sidebars.

------------------------------------------------------------------------------------------
ct-AV3 — court ruling — CONTROL — fetched 2026-04-30
TRUE FACTS: Federal Court of Australia in Melbourne, Justice Miriam Kotsopoulos, Thursday
  23 April 2026: Brightwater Energy Pty Ltd ordered to pay A$38.5 million (about US$24.6
  million) in penalties in a case brought by the ACCC over "guaranteed 22% off" claims made
  from March 2021 to September 2023 to about 214,600 customers in Victoria and South
  Australia. ACCC sought A$55 million; Brightwater proposed A$18 million. Liability judgment
  17 October 2025; proceedings filed June 2024; penalty hearing February 2026. Brightwater has
  refunded A$11.2 million; also costs and a three-year compliance program. 28 days to appeal.
  ACCC deputy chair Rhiannon Oduya; Brightwater CEO Daniel Ferraro; parent Castlemaine
  Utilities Group (shares down 2.3% to A$4.18 in afternoon trade).
OUTLETS: Pacific Newswire (wire, meta); The Yarra Herald (newspaper, none — text says
  "Thursday, April 23"); Powerline Brief (energy newsletter, jsonld).
PLANTED: none.
LEGITIMATE TRAPS: penalty vs the ACCC's ask vs Brightwater's proposal; A$ vs US$; "$38.5m";
  214,600 vs "more than 210,000"; Justice with and without her first name; liability date vs
  penalty date vs filing date; attributed competing estimates of total overpayment (ACCC about
  A$29 million, Brightwater A$14 million); one customer's A$340 a year; the claimed 22% vs
  savings "as low as 4%" (ACCC's analysis); other cases and retailer penalties in sidebars.

------------------------------------------------------------------------------------------
tr-AV4 — trade measure — 3 PLANTED — fetched 2026-06-30
TRUE FACTS: Announced Tuesday 23 June 2026 in Canberra by Assistant Minister for Trade Marcus
  Delaney, accepting the Anti-Dumping Commission's final report (Commissioner Lydia
  Grenfell): anti-dumping duties on steel wind-tower sections from China and Vietnam, 14.6% to
  38.9% (Chinese exporters 21.7%-38.9%; Vietnamese 14.6%-19.2%), applying to goods entered
  from 1 July 2026 for five years. Imports A$412 million in 2025 (China A$293m, Vietnam
  A$119m; about US$268 million). Provisional securities since 12 February 2026 at 11.2%-31.5%.
  Complaint lodged August 2025 by Ironbark Towers (Port Kembla, 640 staff; CEO Graham Pettifer)
  and Westmill Fabrication (Kwinana). China's commerce ministry opposed; Vietnam considering
  WTO options.
OUTLETS: Pacific Newswire (wire, jsonld); The Commerce Review (business newspaper, meta);
  Coastline Broadcasting (broadcaster, line); Steel & Trade Weekly (newsletter, none).
PLANTED:
  1. Top duty rate: right 38.9%; The Commerce Review says 39.8% (digits swapped).
  2. Announcing minister's office: right Assistant Minister for Trade; Coastline Broadcasting
     calls him "Industry Minister".
  3. Effective date: right 1 July; Steel & Trade Weekly says "1 August".
LEGITIMATE TRAPS: country ranges vs overall range; provisional rates 11.2%-31.5% vs final;
  A$ vs US$; per-country import values vs the total; announcement, complaint, preliminary,
  effective and expiry dates; developers' attributed cost estimates; per-exporter rates.

------------------------------------------------------------------------------------------
rk-AV5 — rocket test flight — CONTROL — fetched 2026-05-25
TRUE FACTS: Austral Orbital's single-stage Tern rocket, second test flight (TF2), lifted off
  from the Koonibba Test Range near Ceduna, South Australia, on Tuesday 19 May 2026 at
  10:42am ACST (11:12am AEST, 01:12 UTC) after a 27-minute hold at T-10 minutes (planned
  10:15am; window 10:00am-1:00pm). Engine burn 71 seconds; apogee 182 km (about 113 miles) at
  T+3:52; payload capsule touched down under parachutes 96 km downrange 14 minutes 20 seconds
  after liftoff. Rocket 14.2 m tall, hybrid "Wren" engine. First flight TF1 in November 2025
  reached 61 km. Attempt on Friday 15 May scrubbed (upper-level winds). CEO Tamsin Reilly,
  chief engineer Luke Abernethy; 110 staff; A$64 million raised in 2025; orbital rocket
  Albatross targeted for late 2027.
OUTLETS: SpaceWatch Oceania (live blog, line); Meridian Wire (wire, meta); The Adelaide
  Courier (newspaper, jsonld); Coastline Broadcasting (broadcaster, none — "Tuesday, May 19").
PLANTED: none.
LEGITIMATE TRAPS: live-blog preliminary apogee ("above 170 km"), an amateur tracker's
  attributed 179 km estimate; local time vs AEST vs UTC; planned vs actual liftoff; scrub
  date; TF1's 61 km; km vs miles; T+ times vs clock times; analyst's prediction that
  Albatross may slip to 2028; other launches in sidebars.

------------------------------------------------------------------------------------------
eq-AV6 — earthquake — 3 PLANTED — fetched 2026-07-24
TRUE FACTS: Magnitude 6.7 (GeoNet; USGS 6.5), depth 22 km (GeoNet; USGS 18 km), 4.17am NZST on
  Thursday 16 July 2026 (16:17 UTC Wednesday 15 July), centred 14 km south-west of
  Waipukurau, Central Hawke's Bay. Four dead (a couple in their 70s in Waipukurau, a man on
  State Highway 2 near Takapau, a woman in her 60s from Waipawa who died in hospital on
  Friday). 57 people treated in hospital, nine admitted with serious injuries. State of
  emergency for Central Hawke's Bay District declared 6.05am Thursday, for seven days.
  212 homes red-stickered; 18,400 properties lost power. More than 340 aftershocks by Friday
  afternoon; largest M5.2 at 9.02am Thursday. Mayor Deborah Pirie; Emergency Management
  Minister Aroha Whitford.
OUTLETS: Aotearoa Radio News (live blog, meta); Southern Cross Wire (wire, jsonld); Hawke's
  Bay Tribune (local newspaper, line); WorldWire Report (international, none — "Thursday,
  July 16").
PLANTED:
  1. Epicentre: right south-west of Waipukurau; WorldWire Report says "Dannevirke".
  2. Time: right 4.17am; Hawke's Bay Tribune says "4.47am".
  3. Hospital count: right 57; Southern Cross Wire says 67.
LEGITIMATE TRAPS: GeoNet's automatic 6.9 revised to 6.7; USGS 6.5 and 18 km; live-blog tolls
  of two and three dead before four; "at least 31" treated before 57; 148 red-stickered homes
  before 212; 1,900 still without power vs 18,400 peak; 4.17am NZST vs 16:17 GMT Wednesday;
  1931 Hawke's Bay quake (7.8, 256 dead), Christchurch 2011 and Kaikoura 2016 figures;
  aftershock forecast probabilities; Natural Hazards Commission claims partial count.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Australia", "New Zealand", "Pacific", "Business", "World", "Opinion", "Sport"]


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

SCW = ("Southern Cross Wire", "scwire.example")
LEDGER = ("The Wellington Ledger", "wellingtonledger.example")
ARN = ("Aotearoa Radio News", "arn.example")
RATESHEET = ("The Rate Sheet", "ratesheet.example")
MERIDIAN = ("Meridian Wire", "meridianwire.example")
CHRONICLE = ("The Macarthur Chronicle", "macarthurchronicle.example")
SBN = ("SBN News", "sbnnews.example")
PREFFLOW = ("Preference Flow", "preferenceflow.example")
PNW = ("Pacific Newswire", "pacnewswire.example")
YARRA = ("The Yarra Herald", "yarraherald.example")
POWERLINE = ("Powerline Brief", "powerlinebrief.example")
COMMERCE = ("The Commerce Review", "commercereview.example")
COASTLINE = ("Coastline Broadcasting", "coastline.example")
STEELTRADE = ("Steel & Trade Weekly", "steeltradeweekly.example")
SPACEWATCH = ("SpaceWatch Oceania", "spacewatchoceania.example")
COURIER = ("The Adelaide Courier", "adelaidecourier.example")
TRIBUNE = ("Hawke's Bay Tribune", "hbtribune.example")
WORLDWIRE = ("WorldWire Report", "worldwire.example")


# ---------------------------------------------------------------------------
# cb-AV1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

CB_SCW = article(
    SCW, "business/2026/05/27/rbnz-cuts-ocr-to-2-per-cent",
    "Reserve Bank cuts OCR to 2 per cent, leaves door open to one more move",
    "Committee splits five to one as Governor Catriona Ainsley points to spare capacity and a cooling jobs market.",
    "By Mere Tautahi and Jonah Kessler",
    paras("""
WELLINGTON, May 27 (SCW) - New Zealand's Reserve Bank lowered its official cash rate by 25
basis points to 2.00 per cent on Wednesday, betting that a cooling labour market and soft
household spending will pull inflation back towards the middle of its target band.

The Monetary Policy Committee voted five to one for the reduction, with one member favouring
holding the rate at 2.25 per cent, according to the summary record published with the
decision at 2pm.

"There is more spare capacity in the economy than we assumed three months ago, and that gives
us confidence inflation will ease back towards 2 per cent over the coming year," Governor
Catriona Ainsley said at a news conference in Wellington.

The cut was the committee's first since November and follows two meetings, in February and
April, at which it left the rate unchanged.

## Projections

In its May Monetary Policy Statement the bank projected the OCR bottoming out at around 1.85
per cent in the first quarter of 2027, implying scope for at most one further modest
reduction. The February statement had pencilled in a low of about 2.1 per cent.

Annual consumers price inflation was 2.9 per cent in the March quarter, near the upper edge of
the bank's 1 to 3 per cent target range, pushed up by council rates, insurance premiums and
electricity prices. The bank expects it to fall to 2.1 per cent by the June quarter of 2027.
Unemployment is running at 5.4 per cent.

##AD##

Ainsley said the minority view on the committee was "a judgment about timing, not about
direction". The dissenting member had argued it would be prudent to wait for the June quarter
inflation figures, due in mid-July, the record showed.

## Market reaction

The New Zealand dollar slipped about 0.6 per cent to US$0.5812 after the release, and the
two-year swap rate fell 9 basis points to 2.31 per cent.

Economists had been split ahead of the meeting. Of 16 surveyed by SCW last week, 11 predicted
a cut and five expected the committee to stand pat.

"We thought they would wait for one more inflation print. They clearly weren't comfortable
waiting," said Sophie Lindqvist, chief economist at Kauri Bank, who had forecast a pause. She
now expects the rate to stay at 2 per cent for the rest of the year.

Kauri Bank said later on Wednesday it would lower its floating mortgage rate by 0.20
percentage points to 5.94 per cent from June 2. Other lenders said they were reviewing their
rates.

The OCR peaked at 5.5 per cent before the bank began cutting in August 2024. The committee's
next review is on July 8.

(Reporting by Mere Tautahi and Jonah Kessler; Editing by Alistair Brough)
"""),
    date_mode="meta", when="2026-05-27T14:12:00+12:00",
    sidebar=("Markets", ["NZX 50 closes up 1.1% as rate-sensitive stocks rally",
                         "ASX 200 adds 0.4% to 8,512",
                         "Brent crude steady at US$71.40 a barrel",
                         "Global dairy prices rise 2.4% at overnight auction"]),
    related=[("Treasury forecasts deficit narrowing to $9.8 billion", "politics/2026/05/21/budget-forecasts"),
             ("Retail card spending falls 0.7% in April", "business/2026/05/12/card-spending-april"),
             ("Reserve Bank holds OCR at 2.25%, signals patience", "business/2026/04/08/rbnz-holds")],
    section="Business")

CB_LEDGER = article(
    LEDGER, "economy/quarter-point-cut-brings-relief-but-ainsley-warns-easing-nearly-done",
    "Quarter-point cut brings borrowers relief, but Ainsley signals the easing cycle is nearly done",
    "The Reserve Bank's decision takes the official cash rate to its lowest level since 2022. Banks were quick to follow, but mortgage holders should not expect much more.",
    "Hana Whitlock, Economics Editor",
    paras("""
Mortgage holders won a little more breathing room yesterday when the Reserve Bank trimmed the
official cash rate by a quarter of a percentage point to 2 per cent. But Governor Catriona
Ainsley made it plain that the days of steady cuts are nearly over.

Ainsley said the committee now judged the cash rate to be "close to where it needs to be" to
keep inflation near the 2 per cent midpoint of its target band. "There's more spare capacity
in the economy than we had assumed in February," she told reporters after the announcement.

The Monetary Policy Committee's projections, released with the decision, show the OCR
troughing at roughly 1.85 per cent early next year, leaving room for perhaps one more small
move rather than a run of them.

## Banks follow

Kauri Bank moved within hours, announcing a 0.20 percentage point cut to its floating rate,
taking it to 5.94 per cent from Tuesday. Harbourside Bank said it would review its rates "over
the coming days". Neither bank changed its term deposit rates immediately.

For a household with a $600,000 floating mortgage over 25 years, Kauri's cut works out at
roughly $34 a fortnight.

Most borrowers, though, are on fixed terms. Brokers said one- and two-year fixed rates, which
track wholesale swap rates rather than the OCR directly, had already fallen in anticipation.
"The market did a lot of the work before the Reserve Bank did," said Tipene Marsh, a mortgage
adviser in Lower Hutt.

##AD##

## A split committee

Not everyone around the table was convinced. The summary record shows the decision went five
to one, with one member arguing for holding at 2.25 per cent until the June quarter consumers
price index is published in July.

Annual inflation was 2.9 per cent in the March quarter, inside the 1-3 per cent band but
closer to its top than the bank would like. The bank expects it to ease to 2.1 per cent by
the middle of next year as rents and wage growth slow.

Appearing before Parliament's finance and expenditure committee later in the afternoon,
Ainsley was pressed by MPs on whether the bank had moved too soon. "We are not on a pre-set course. If the
data surprise us, we will respond," she said.

## A long way down

The cut extends an easing cycle that began in August 2024, when the OCR stood at 5.5 per cent.
A year ago it was 3.25 per cent. In all, the committee has now taken 3.5 percentage points off
the rate.

Business groups welcomed the move. "Retailers have had a miserable 18 months. Anything that
puts money back in people's pockets helps," said Liane Crosby, chief executive of the Small
Retailers Association.

The next OCR review is on July 8.
"""),
    date_mode="line", date_line="Thursday, 28 May 2026",
    sidebar=("Most read", ["Wellington council approves 9.8% rates rise",
                           "Cook Strait ferry sailings cancelled for second day",
                           "Hurricanes beat Chiefs 31-24 in Super Rugby thriller",
                           "Building consents fall 6% in April"]),
    related=[("Opinion: The Reserve Bank should not have blinked", "opinion/reserve-bank-should-not-have-blinked"),
             ("First-home buyers return as prices flatten", "property/first-home-buyers-return"),
             ("Budget 2026: what it means for your household", "politics/budget-2026-household")],
    section="Economy")

CB_ARN = article(
    ARN, "news/business/reserve-bank-trims-ocr-to-2-percent",
    "Reserve Bank trims OCR to 2% - but one committee member wanted to wait",
    "The official cash rate has been cut by 0.25 percentage points, the first move since November.",
    "Riya Patel, Business Reporter",
    paras("""
The Reserve Bank has cut the official cash rate by 0.25 percentage points to 2 percent.

The decision, announced at 2pm, was not unanimous. Five members of the Monetary Policy
Committee voted for the cut and one wanted to keep the rate at 2.25 percent.

Governor Catriona Ainsley told reporters the economy had more slack than the bank had
expected, and that firms were telling its staff hiring plans had been shelved.

"We're seeing it in the job ads, we're seeing it in hours worked, and we're seeing it in what
businesses tell us when we visit them," she said.

She said the cash rate was now "in the neighbourhood" of where the committee expected it to
settle.

## What the bank is forecasting

The Reserve Bank's own projections suggest the OCR will reach a low of about 1.85 percent early
next year.

Annual inflation is 2.9 percent, within the bank's 1 to 3 percent target range but above the 2
percent midpoint it aims for. The bank expects inflation to drop to 2.1 percent by mid-2027.

The unemployment rate is 5.4 percent.

##AD##

## Reaction

Kauri Bank was the first lender to respond, cutting its floating home loan rate by 0.2
percentage points to 5.94 percent, effective June 2.

Tasman Securities senior economist Daniel Huang said the bank had signalled it was close to
done. "I'd put the odds of another cut in July at about 40 percent. The bar is higher now," he
said.

Waikato dairy farmer Bryn Hollis said lower rates would help farmers carrying big debts from
the years when the OCR sat at 5.5 percent. "Every little bit counts when you've got an
overdraft the size of ours," he said.

The Finance Minister's office said in a statement the decision was a matter for the
independent Reserve Bank, but lower borrowing costs were "good news for families and
businesses".

The Kiwi dollar fell after the announcement, dropping 0.6 percent to about 58.1 US cents.

Savers are likely to feel the pinch. Term deposit rates have been sliding for more than a year,
and Kauri Bank said it would look at its deposit rates over the coming week.

Seniors' advocate Maureen Tait said many retirees relied on interest income. "Every cut to the
OCR is good news for someone with a mortgage and a small cut to someone else's grocery
budget," she said.

The last time the OCR moved was in November, when it was cut to 2.25 percent. The bank held
steady in February and again in April.

The next decision is due on July 8.
"""),
    date_mode="jsonld", when="2026-05-27T15:40:00+12:00",
    sidebar=("Latest", ["Auckland Transport to trial free weekend buses",
                        "Measles case confirmed in Christchurch",
                        "Black Caps name 15-player squad for England tour",
                        "Petrol prices fall 4 cents a litre"]),
    related=[("Economists split on whether Reserve Bank will cut", "news/business/economists-split-ocr"),
             ("Unemployment rises to 5.4 percent", "news/business/unemployment-rises"),
             ("Explainer: How the OCR reaches your mortgage", "news/business/explainer-ocr-mortgage")],
    section="Business")

CB_RATESHEET = article(
    RATESHEET, "issues/five-to-one-for-a-quarter-point",
    "Five-to-one for a quarter point: what the RBNZ's May call tells us",
    "The cut was expected by most, the dissent less so. A trough of 1.85% says the committee sees the end of the road.",
    "Written by Gareth Mullins",
    paras("""
Good morning. The Reserve Bank of New Zealand moved on Wednesday, May 27, cutting the OCR by
25bp to 2.00% at 2pm (0200 GMT). Here is what mattered, and what didn't.

## The numbers

OCR: 2.00%, down from 2.25%. Vote: 5-1, with one member for a hold. Projected trough: 1.85% in
Q1 2027, against about 2.1% in the February statement. Annual CPI: 2.9% in Q1, forecast to fall
to 2.1% by mid-2027. Unemployment: 5.4%. Next decision: July 8.

## Why the dissent matters

A single dissent is not a rebellion, but it is informative. According to the summary record,
the hawkish member wanted to see the June quarter CPI before moving. That print lands in
mid-July, after the next review, which means July's decision will be taken on roughly the
same inflation data as this one.

Governor Catriona Ainsley played the split down. "We don't want to be behind the curve on the
downside either," she said at the press conference, adding that the disagreement was "about
timing, not direction".

##AD##

## Market read

The NZD gave up about 0.6% to 0.5812 against the US dollar. Two-year swaps fell 9bp to 2.31%,
which tells you the market took the 1.85% trough seriously. By the close, swaps were pricing
roughly a 40% chance of another 25bp cut in July, and a reasonable chance of a final move by
November.

The SCW poll had 11 of 16 economists calling a cut, so the move itself was not a shock. Kauri
Bank's Sophie Lindqvist, one of the five who expected a hold, was gracious about it: "We
thought they'd wait for one more inflation print; evidently they weren't comfortable waiting."

## What it means for rates

Kauri Bank cut its floating rate by 20bp to 5.94%, effective June 2. Expect the others to follow
on floating rates within a week. Fixed rates are another matter: the one- and two-year
specials have already come down with swaps, and the lenders are protecting margins.

## The long view

The committee has now taken 350bp off the OCR since it started cutting from 5.50% in August
2024. A year ago the rate was 3.25%. If the 1.85% trough holds, the cycle has perhaps 15bp left
in it, which in practice means one quarter-point cut or none at all.

## Across the Tasman

The Reserve Bank of Australia, with its cash rate at 3.60%, meets next month. Markets expect
it to hold. The gap between the two cash rates, 160bp, is the widest in years and is one
reason the Kiwi keeps sliding against the Aussie.

That's it for this issue. Reply to this email if you want the full projection tables.
"""),
    date_mode="none",
    sidebar=("From the archive", ["April: RBNZ holds at 2.25%, flags patience",
                                  "February: Hold at 2.25%; projected trough about 2.1%",
                                  "November: 25bp cut to 2.25%",
                                  "Special: Ten charts on the housing market"]),
    related=[("Swap curve watch: the one chart that matters", "issues/swap-curve-watch"),
             ("Why fixed rates moved first", "issues/why-fixed-rates-moved-first")],
    section="Newsletter")

CB_AV1 = {
    "id": "cb-AV1", "part": "AV", "domain": "central bank", "fetched": "2026-06-03",
    "articles": [CB_SCW, CB_LEDGER, CB_ARN, CB_RATESHEET],
    "planted": [],
}


# ---------------------------------------------------------------------------
# el-AV2 — by-election (3 PLANTED)
# ---------------------------------------------------------------------------

EL_MERIDIAN = article(
    MERIDIAN, "politics/2026/03/20/independent-whitcombe-wins-burragorang",
    "Independent Whitcombe takes Burragorang from Liberals after preference count",
    "A local veterinarian overturns the Liberal hold on the seat south-west of Sydney despite trailing by more than 10 points on first preferences.",
    "Tom Achterberg",
    paras("""
SYDNEY, March 20 (Meridian) - Independent Ellen Whitcombe has won the New South Wales state
by-election in Burragorang, ending decades of Liberal control of the seat south-west of Sydney
after preferences from Labor and Greens voters carried her past the Liberal candidate.

The NSW Electoral Commission declared the result on Thursday after completing the formal
distribution of preferences at the returning office in Picton.

Whitcombe, a veterinarian and former Wollondilly Shire councillor, finished with 22,352 votes,
or 51.8 per cent, after preferences, against 20,798, or 48.2 per cent, for the Liberal
candidate Hamish Drury, a margin of 1,554 votes.

Drury had led comfortably on first preferences with 38.2 per cent of the formal vote, ahead of
Whitcombe on 27.9 per cent. Labor's Priya Castellano polled 18.6 per cent, the Greens' Oliver
Vance 7.4 per cent and One Nation's Craig Mulholland 5.1 per cent.

The Liberal primary vote fell 9.6 percentage points from the 2023 state election, when the
seat's former member, Nathaniel Burke, polled 47.8 per cent. Burke resigned in January to take
up a job in the private sector, triggering the by-election.

##AD##

"People here wanted someone who would pick up the phone and fight for the Picton bypass, and
that is exactly what I am going to do," Whitcombe told reporters outside the returning office.

Drury conceded in a written statement. "I congratulate Ellen on her win. The community has
spoken, and I respect its decision," he said.

Labor had recommended that its voters number Whitcombe second on their ballot papers, while
the Greens issued an open how-to-vote card. Under the state's optional preferential system,
4,252 ballots exhausted before reaching either of the final two candidates.

Turnout was 79.4 per cent of the 61,482 people enrolled, well below the level recorded at the
2023 general election, which analysts attributed partly to the absence of a Labor candidate
with any prospect of winning.

The result does not change the balance of power in the 93-seat Legislative Assembly, where the
Liberals sit in opposition, but it removes a seat the party had counted as safe ahead of the
next state election, due in March 2027.

Drury had been ahead throughout the count on polling night, and the outcome only became clear
once postal and pre-poll ballots were added and the commission ran the full preference
distribution.

Whitcombe will be sworn in when parliament next sits.
"""),
    date_mode="jsonld", when="2026-03-20T16:45:00+11:00",
    sidebar=("Top stories", ["ASX closes 0.8% lower as miners slide",
                             "Queensland floods: 1,200 homes inundated near Ingham",
                             "Qantas flags 3% rise in domestic capacity",
                             "Matildas name squad for Asian Cup qualifiers"]),
    related=[("Liberals pick former mayor Drury for Burragorang", "politics/2026/02/04/liberals-pick-drury"),
             ("Burke quits parliament for consulting role", "politics/2026/01/23/burke-quits")],
    section="Politics")

EL_CHRONICLE = article(
    CHRONICLE, "news/whitcombes-win-how-a-local-vet-broke-the-liberal-hold",
    "Whitcombe's win: how a local vet broke the Liberals' hold on Burragorang",
    "Trailing on primary votes, Ellen Whitcombe rode a wave of preferences to become the district's first independent MP.",
    "Jess Paterakis",
    paras("""
Ellen Whitcombe spent polling night in the Thirlmere community hall insisting she was "not
counting any chickens". Six days later, the former councillor and Tahmoor veterinarian was
declared the new member for Burragorang.

The returning officer, Gail Munro, read out the result on Friday afternoon at the electoral
office in Argyle Street, Picton, after the NSW Electoral Commission completed the full
distribution of preferences. Ms Whitcombe won 22,352 votes to Liberal Hamish Drury's 20,798
after preferences, 51.8 per cent to 48.2 per cent, a margin of 1,554.

"This seat has been taken for granted for a long time. I'll be a local voice in Macquarie
Street, not a party voice," she told supporters who had crowded into the office's small foyer.

## How the count unfolded

On polling night Mr Drury looked the likely winner. With 31,940 votes counted, he had 39.1 per
cent of the primary vote to Ms Whitcombe's 27.2 per cent. But the commission's indicative
preference count, conducted on the same ballots, already had Ms Whitcombe ahead 50.9 per cent
to 49.1 per cent, and the gap widened as pre-poll and postal votes came in over the week.

"It's too close to call, but I'm feeling very good about where the preferences are going," Ms
Whitcombe said at about 10pm on polling night.

In the final figures Mr Drury topped the primary count with 38.2 per cent, ahead of Ms
Whitcombe on 27.9 per cent and Labor's Priya Castellano on 18.6 per cent. The Greens' Oliver
Vance took 7.4 per cent, One Nation's Craig Mulholland 5.1 per cent and independent Sam Feeney
2.8 per cent.

##AD##

## The booths

Ms Whitcombe won 17 of the district's 31 polling places after preferences. Her strongest
result came at Thirlmere, where she took 63.4 per cent, while Mr Drury held firm in the
newer estates around the northern edge of the electorate.

The Liberal primary vote fell by 9.6 percentage points compared with the 2023 election, when
former member Nathaniel Burke won 47.8 per cent of first preferences and 56.1 per cent of the
two-party vote against Labor.

Ms Castellano said Labor voters had "made a sensible choice" by following the party's
recommendation to number Ms Whitcombe second. "We were never going to win this seat from third
place, and people understood that," she said.

## What she promised

Ms Whitcombe campaigned on the long-delayed Picton bypass, a new ambulance station at
Bargo and road repairs after last year's floods. Mr Drury, a former mayor, ran on the Liberals'
cost-of-living package.

In a statement, Mr Drury said he had "called Ellen to congratulate her" and would "keep
working for this community in other ways".

Of the 61,482 voters on the roll, 79.4 per cent cast a ballot.

Ms Whitcombe is expected to take her seat when the Legislative Assembly returns.
"""),
    date_mode="line", date_line="Saturday, 21 March 2026",
    sidebar=("Around the Macarthur", ["Camden council lifts dog registration fees 4%",
                                      "Picton rail bridge repairs to take 11 weeks",
                                      "Tahmoor colliery expansion hearing adjourned",
                                      "Narellan netball club celebrates 50 years"]),
    related=[("Meet the six candidates for Burragorang", "news/meet-the-six-candidates"),
             ("Editorial: A message the Liberals cannot ignore", "opinion/editorial-a-message-liberals-cannot-ignore"),
             ("Picton bypass: where the project stands", "news/picton-bypass-where-it-stands")],
    section="Local News")

EL_SBN = article(
    SBN, "news/politics/liberals-lose-burragorang-independent-wins",
    "Liberals lose Burragorang as independent wins on preferences",
    "Ellen Whitcombe has been declared the winner of the by-election after the full distribution of preferences.",
    "Nadia Karimi, State Political Reporter",
    paras("""
The Liberal Party has lost the state seat of Burragorang to independent Ellen Whitcombe,
after the NSW Electoral Commission declared the by-election result on Friday.

Ms Whitcombe finished the preference count with 51.8 per cent of the vote to Liberal
candidate Hamish Drury's 48.2 per cent, a lead of 1,554 votes.

It is a striking result in a seat the Liberals have held since it was created, and it came
despite Mr Drury topping the first-preference count with 38.2 per cent.

But that was a heavy fall for the party. The Liberal primary vote was down 9.6 per cent on
the 2023 election, and the independent collected most of the preferences from Labor and Greens
voters.

## 'People want a local'

Speaking outside the returning office in Picton after the declaration, Ms Whitcombe said the
result showed voters wanted an MP focused on the district rather than on party politics.

"I'm not going to Macquarie Street to make up the numbers for anybody. I'm going there for
Burragorang," she said.

Ms Whitcombe, a vet who spent two terms on Wollondilly Shire Council, ran on a platform of
fixing local roads, building the Picton bypass and improving ambulance coverage in the
southern villages.

##AD##

## Liberal reaction

The Opposition Leader told reporters the party had "heard the message" from voters. "When you
lose a seat like this you don't blame the voters, you look at yourself," the Opposition Leader
said.

Mr Drury said he had called Ms Whitcombe to congratulate her.

Western Sydney University political analyst Dr Lachlan Ferris said the Liberals should be
worried. "If a swing against them of anything like this size were repeated across the state
next year, they would lose a dozen seats," he said. "By-elections exaggerate, but they don't
usually lie about the direction."

Labor, which finished third with 18.6 per cent, had recommended its voters give their second
preference to Ms Whitcombe.

## The count

The by-election was held on Saturday, March 14, after former Liberal MP Nathaniel Burke
resigned in January.

Turnout was 79.4 per cent. The commission said 4,252 ballot papers exhausted, meaning voters
did not number either of the final two candidates, which is allowed under the state's
optional preferential voting system.

On the final figures the Greens received 7.4 per cent of the primary vote and One Nation 5.1
per cent.

Ms Whitcombe will be sworn in when parliament resumes.
"""),
    date_mode="meta", when="2026-03-20T18:10:00+11:00",
    sidebar=("Most watched", ["Drone footage shows scale of Ingham floods",
                              "Sydney Harbour ferry strike called off",
                              "Rents up 5.2% over the year, new data shows",
                              "Waratahs coach signs two-year extension"]),
    related=[("Polling night: Drury leads but preferences favour Whitcombe", "news/politics/burragorang-polling-night"),
             ("Analysis: What Burragorang means for 2027", "news/politics/analysis-burragorang-2027")],
    section="Politics")

EL_PREFFLOW = article(
    PREFFLOW, "p/burragorang-the-full-distribution",
    "Burragorang: the full distribution, and why the polling-night count was right",
    "Whitcomb wins with 51.8% after preferences. We go through the distribution, the exhaust rate and what the Liberals got wrong.",
    "Callum Reyes",
    paras("""
The count in Burragorang concluded on Friday, March 20, when the NSW Electoral Commission ran
the formal distribution of preferences and declared independent Ellen Whitcomb elected. She
finished on 22,352 votes (51.8%) to 20,798 (48.2%) for the Liberals' Hamish Drury, a margin of
1,554.

Regular readers will remember that I called the seat for Whitcomb on polling night off the
back of the commission's indicative preference count. It is nice to be right, but the more
interesting thing is how she won.

## The primaries

Formal votes: 47,402. Drury (LIB) 18,108, 38.2%. Whitcomb (IND) 13,225, 27.9%. Castellano (ALP)
8,817, 18.6%. Vance (GRN) 3,508, 7.4%. Mulholland (ONP) 2,418, 5.1%. Feeney (IND) 1,326, 2.8%.

The Liberal primary fell 9.6 percentage points from 47.8% in 2023. That is a big drop, but not
a catastrophic one for a by-election in a seat with a well-known independent on the ballot.
Drury still led Whitcomb by more than 10 points on first preferences.

##AD##

## The flows

Between them, the four excluded candidates had 16,069 ballots. Here is where they went:

To Whitcomb: 9,127, or 56.8%. To Drury: 2,690, or 16.7%. Exhausted: 4,252, or 26.5%.

That exhaust rate is typical of NSW under optional preferential voting, and it is why the
final two-candidate total (43,150) is so much smaller than the formal vote. Labor's card put
Whitcomb second, and Labor voters largely did as they were told. The One Nation ballots split
more evenly than the Liberals would have hoped, and that is really the story: Drury needed a
strong flow from the right and didn't get one.

## Turnout

Enrolment was 61,482, and 48,817 ballots were cast, a turnout of 79.4%. Informal votes were
1,415, or 2.9%. Low turnout is normal for by-elections; the informal rate is on the high side
for the seat.

## What it means

One seat does not make a trend, and the Liberals will point out that they topped the primary
count. But a party that cannot hold a seat like this off 38% of the primary vote has a
preference problem, and in an optional preferential system that is a problem you fix by
lifting your own vote, not by waiting for other people's ballots.

Whitcomb's own line on declaration day was simple: "A local voice, not a party voice." It
worked.

Next week: the state of play in Victoria's upper house preference deals.
"""),
    date_mode="none",
    sidebar=("Also in this issue", ["Victorian upper house preference deals: a primer",
                                    "Tasmania's Hare-Clark recount explained",
                                    "Federal polling wrap: two-party 54-46",
                                    "Reader mailbag: why does NSW allow exhaust?"]),
    related=[("Polling night in Burragorang: the indicative count", "p/burragorang-polling-night"),
             ("Optional preferential voting, explained in five charts", "p/opv-in-five-charts")],
    section="Newsletter")

EL_AV2 = {
    "id": "el-AV2", "part": "AV", "domain": "election", "fetched": "2026-03-26",
    "articles": [EL_MERIDIAN, EL_CHRONICLE, EL_SBN, EL_PREFFLOW],
    "planted": [
        ("declaration day: Friday (Chronicle, SBN, Preference Flow) vs Thursday (Meridian Wire)",
         r"\bfriday\b", r"\bthursday\b"),
        ("fall in Liberal primary vote: 9.6 percentage points (Meridian, Chronicle, Preference Flow) vs 9.6 per cent (SBN News)",
         r"\b9\.6 (?:percentage )?points?\b", r"\b9\.6 ?(?:%|per ?cent\b)"),
        ("winner's surname: Whitcombe (Meridian, Chronicle, SBN) vs Whitcomb (Preference Flow)",
         r"\bwhitcombe\b", r"\bwhitcomb\b"),
    ],
}


# ---------------------------------------------------------------------------
# ct-AV3 — court ruling (CONTROL)
# ---------------------------------------------------------------------------

CT_PNW = article(
    PNW, "business/2026/04/23/brightwater-energy-fined-over-discount-claims",
    "Brightwater Energy fined A$38.5 million over 'guaranteed discount' claims",
    "Federal Court says the retailer's advertised savings were measured against prices almost nobody paid.",
    "By Sienna Marchetti",
    paras("""
MELBOURNE, April 23 (PNW) - The Federal Court on Thursday ordered electricity retailer
Brightwater Energy to pay A$38.5 million (US$24.6 million) in penalties for misleading
customers with "guaranteed 22% off" discounts that the competition regulator said often left
households paying more than they would have on rival plans.

Justice Miriam Kotsopoulos said the conduct, which ran from March 2021 to September 2023 and
affected about 214,600 customers in Victoria and South Australia, was "serious, sustained and
calculated to attract customers at a time when energy bills were a matter of acute public
concern".

The Australian Competition and Consumer Commission (ACCC) had asked for penalties of A$55
million. Brightwater argued that A$18 million was appropriate, pointing to its cooperation
with the regulator and to refunds it had already paid.

The court found in October last year that Brightwater had breached the Australian Consumer
Law by advertising discounts calculated off its own inflated reference rates rather than
off the prices its customers would otherwise have paid.

##AD##

"A discount is only meaningful if it's measured against something real," ACCC deputy chair
Rhiannon Oduya said in a statement. "This penalty should put every energy retailer on notice
that headline savings claims will be tested."

Brightwater has refunded A$11.2 million to affected customers. The court also ordered it to
pay the ACCC's legal costs and to maintain a consumer law compliance program for three years.

In a statement, Brightwater chief executive Daniel Ferraro said the company accepted that
its advertising "fell short" and had "changed the way we present offers", but it would review
the judgment before deciding whether to appeal. It has 28 days to lodge an appeal.

Shares in Brightwater's listed parent, Castlemaine Utilities Group, were down 2.3% at A$4.18
in afternoon trade in Sydney, against a flat broader market.

The penalty is among the larger imposed on an Australian energy retailer under consumer law.
Brightwater supplies electricity and gas to about 480,000 customers, mostly in Victoria,
South Australia and southern New South Wales.

The ACCC began proceedings against the company in June 2024.

The case centred on plans Brightwater marketed door to door, online and through comparison
websites under the "Guaranteed Saver" name. The regulator alleged that the rates used to
calculate the advertised discount were set well above the retailer's own standard prices, so
that the saving existed mostly on paper.

Justice Kotsopoulos said a penalty had to be large enough that it could not be regarded as a
cost of doing business.
"""),
    date_mode="meta", when="2026-04-23T13:20:00+10:00",
    sidebar=("Markets", ["ASX 200 flat at 8,390 at midday",
                         "Australian dollar buys 64.0 US cents",
                         "Iron ore slips 1.2% in Singapore",
                         "Ten-year bond yield at 4.41%"]),
    related=[("Energy retailers face tougher rules on discount advertising", "business/2026/03/10/retailer-discount-rules"),
             ("ACCC sues telco over 'unlimited' data claims", "business/2026/04/02/accc-sues-telco")],
    section="Business")

CT_YARRA = article(
    YARRA, "business/consumer/brightwater-penalty-judge-savings-claims",
    "'No discount at all': judge hits Brightwater with $38.5m penalty",
    "Customers were promised guaranteed savings. The Federal Court found the yardstick was a price almost nobody paid.",
    "Owen Fitzgerald, Consumer Affairs Reporter",
    paras("""
When Margaret Doyle signed up with Brightwater Energy in 2022, the salesman at her door in
Belmont, near Geelong, told her she was guaranteed to save 22 per cent. By the time she
compared bills two years later, she worked out she had been paying about $340 a year more
than she would have on her old plan.

On Thursday, April 23, the Federal Court in Melbourne ordered Brightwater to pay $38.5
million in penalties over those "guaranteed 22% off" promises, which were made to more than
210,000 households in Victoria and South Australia between March 2021 and September 2023.

"A discount off a price that nobody actually paid is no discount at all," Justice
Kotsopoulos said in her reasons.

## A long road

The Australian Competition and Consumer Commission filed its case in June 2024. In October
2025, Justice Miriam Kotsopoulos found that Brightwater had misled customers by calculating its
discounts off "reference" rates that sat well above the market, so that the 22 per cent figure
was mostly illusory. A two-day hearing on penalty followed in February.

The commission asked for $55 million. Brightwater's barristers argued $18 million was enough,
noting that the company had cooperated, apologised and begun refunding customers before the
liability judgment.

The judge settled closer to the regulator's figure. She said the retailer's board had been
told in 2021 that the discount claims were "at risk" but had kept them running, and that a
penalty had to be large enough that it "cannot be regarded as a cost of doing business".

##AD##

## How much did customers lose?

That question remains contested. The ACCC's analysis put the total amount customers paid above
comparable market offers at about $29 million over the period; Brightwater's own expert
estimated it at closer to $14 million. The judge said it was unnecessary to resolve the
difference precisely.

According to the ACCC, actual savings for some customers compared with the market were as
low as 4 per cent, and some paid more.

Brightwater has so far refunded $11.2 million. The company was also ordered to pay the ACCC's
costs and to run a compliance program for three years.

## What customers can do

Energy Consumers Voice spokeswoman Priya Raman urged Brightwater customers to check their
bills against the Victorian Default Offer. "If the company's refund letter hasn't reached you,
call them and ask. You don't need a lawyer," she said.

Chief executive Daniel Ferraro told staff in an internal email, seen by The Yarra Herald, that
the company would "take the time to read the judgment properly" before deciding its next
step. Brightwater has 28 days to appeal.

Ms Doyle, 71, said she had received a refund of $212. "It's something," she said. "But I'd
rather they'd just told me the truth in the first place."
"""),
    date_mode="none",
    sidebar=("Most read", ["Melbourne's median house price edges up to $941,000",
                           "Metro Tunnel opening: 12 things to know",
                           "Coroner criticises Bass Coast hospital over 2024 death",
                           "AFL: Demons stun Lions by 38 points"]),
    related=[("How 'discount off' plans became the industry's favourite trick", "business/consumer/how-discount-off-plans-spread"),
             ("Court finds Brightwater misled customers", "business/consumer/court-finds-brightwater-misled"),
             ("Check your plan: the Victorian Default Offer explained", "business/consumer/vdo-explained")],
    section="Business")

CT_POWERLINE = article(
    POWERLINE, "briefs/2026-04-24-brightwater-penalty-numbers",
    "Brightwater's $38.5m penalty: the numbers and what retailers should take from it",
    "Justice Kotsopoulos lands much nearer the ACCC's ask than the retailer's. Discount-off marketing is now expensive.",
    "Powerline Brief editors",
    paras("""
The Federal Court has put a price on "guaranteed discount" marketing. Here is the morning
brief on yesterday's Brightwater Energy penalty judgment and what it means for the sector.

## The judgment in figures

Penalty: A$38.5 million. ACCC's ask: A$55 million. Brightwater's submission: A$18 million.
Customers affected: about 214,600, in Victoria and South Australia. Conduct period: March 2021
to September 2023. Refunds paid to date: A$11.2 million. Other orders: ACCC costs, plus a
three-year compliance program.

Justice Miriam Kotsopoulos delivered the penalty judgment in Melbourne on Thursday. Her
liability findings came on 17 October 2025, and the ACCC filed in June 2024, so the matter has
taken almost two years from filing to penalty.

## What the court said

The judge described the conduct as "serious, sustained and calculated to attract customers at
a time when energy bills were a matter of acute public concern". She gave weight to evidence
that Brightwater's board was warned in 2021 that its discount claims carried legal risk.

She was less persuaded by the retailer's argument that refunds should sharply reduce the
penalty. Refunds returned money that customers "should never have paid", she wrote, and were
not a reason to discount the penalty by the amount Brightwater sought.

##AD##

## The market

Castlemaine Utilities Group, Brightwater's listed parent, fell 2.3% to A$4.18 in afternoon
trade on the day. The group booked underlying earnings of A$126 million in the 2025 financial
year, so the penalty is material but manageable; analysts at Yarrow Partners said they had
already provisioned for a figure of about A$40 million in their models.

## What it means for retailers

Discount-off-reference-price marketing has been on the way out since the default market offer
and the Victorian Default Offer became the compulsory comparison points. This judgment closes
the door. Any retailer still quoting percentage savings should be able to show, customer by
customer, what the saving is measured against.

ACCC deputy chair Rhiannon Oduya made the same point to reporters outside court: "If you tell
people they'll save, you'd better be able to show them what they're saving against."

Brightwater chief executive Daniel Ferraro said late on Thursday the company "accepts the
court's findings on our past advertising" and would take legal advice on the amount. The
appeal window is 28 days.

## Also this week

The AER publishes its final default market offer determination next month. Its draft, released
in March, proposed price changes ranging from a 1.5% fall to a 4.8% rise depending on the
network area.
"""),
    date_mode="jsonld", when="2026-04-24T07:00:00+10:00",
    sidebar=("Retailer penalties this decade", ["2024: Southgate Power, A$9.2m (hardship rules)",
                                               "2025: Coralview Energy, A$14.6m (billing errors)",
                                               "2025: Lumen Retail, A$21m (misleading solar offers)",
                                               "2026: Brightwater Energy, A$38.5m (discount claims)"]),
    related=[("Draft DMO: winners and losers by network", "briefs/2026-03-18-draft-dmo"),
             ("Hardship rules: what the AER expects from July", "briefs/2026-04-02-hardship-rules")],
    section="Brief")

CT_AV3 = {
    "id": "ct-AV3", "part": "AV", "domain": "court", "fetched": "2026-04-30",
    "articles": [CT_PNW, CT_YARRA, CT_POWERLINE],
    "planted": [],
}


# ---------------------------------------------------------------------------
# tr-AV4 — trade measure (3 PLANTED)
# ---------------------------------------------------------------------------

TR_PNW = article(
    PNW, "business/2026/06/23/australia-anti-dumping-duties-wind-towers",
    "Australia slaps anti-dumping duties of up to 38.9% on Chinese, Vietnamese wind towers",
    "Local fabricators welcome the decision; renewable developers warn of higher project costs.",
    "By Harriet Quan",
    paras("""
CANBERRA, June 23 (PNW) - Australia will impose anti-dumping duties of between 14.6% and 38.9%
on steel wind-tower sections imported from China and Vietnam, Assistant Minister for Trade
Marcus Delaney said on Tuesday, siding with local fabricators who complained they were being
undercut by towers sold below cost.

The duties will apply to goods entered for home consumption from July 1 and will remain in
place for five years, Delaney said in a statement. He accepted in full the recommendations of
the Anti-Dumping Commission's final report, which found that exporters in both countries had
sold towers in Australia at dumped prices and caused material injury to the local industry.

"Australian steel fabricators can compete with anyone in the world, but not against goods
sold below what they cost to make," Delaney told reporters at Parliament House.

Chinese exporters face rates of 21.7% to 38.9%, while Vietnamese exporters will pay between
14.6% and 19.2%, according to the commission's report. The highest rate applies to Chinese
exporters that did not cooperate with the investigation.

##AD##

Australia imported A$412 million (US$268 million) worth of the towers in 2025, according to
the commission, A$293 million of them from China and A$119 million from Vietnam.

Importers have been paying provisional securities at rates of 11.2% to 31.5% since February,
after the commission made a preliminary finding of dumping. Those securities will now be
converted to duties or refunded depending on the final rate for each exporter.

The case was brought in August 2025 by Ironbark Towers, based at Port Kembla in New South
Wales, and Westmill Fabrication of Kwinana, Western Australia.

"This is about whether Australia makes the steel structures for its own energy transition or
just imports them," Ironbark chief executive Graham Pettifer said.

China's Ministry of Commerce said it "firmly opposes" the decision and urged Australia to
"correct its wrong practices". Vietnam's trade ministry said it was studying the report and
would consider its options under World Trade Organization rules.

The Clean Energy Council warned the duties would add to the cost of wind farms already under
pressure from high interest rates and grid delays. Its policy director, Ben Kovac, estimated
the duties could raise the cost of an affected project by 2 to 3 per cent.

Australia last imposed duties on wind towers more than a decade ago, in a separate case
involving different exporters.
"""),
    date_mode="jsonld", when="2026-06-23T15:30:00+10:00",
    sidebar=("Top business stories", ["ASX 200 gains 0.6% led by banks",
                                      "Wage price index rises 3.3% over year",
                                      "Pilbara miner flags iron ore shipments of 83 million tonnes",
                                      "Australian dollar at 65.0 US cents"]),
    related=[("Anti-Dumping Commission makes preliminary finding on wind towers", "business/2026/02/12/preliminary-finding-wind-towers"),
             ("Offshore wind zone off Gippsland draws 11 bids", "business/2026/05/28/gippsland-offshore-wind-bids")],
    section="Business")

TR_COMMERCE = article(
    COMMERCE, "trade/wind-tower-duties-steel-jobs-versus-energy-transition",
    "Wind tower duties pit steel jobs against the energy transition",
    "Canberra's decision to tax imported towers is a win for two local fabricators and a headache for developers racing to hit 2030 targets.",
    "Kieran Lobb, Trade Correspondent",
    paras("""
For Ironbark Towers, the phone started ringing within minutes. "Developers who haven't called
us in three years," chief executive Graham Pettifer said. "Funny how that works."

The reason was Tuesday's decision by Assistant Minister for Trade Marcus Delaney to impose
anti-dumping duties on steel wind-tower sections imported from China and Vietnam, at rates
as high as 39.8 per cent for some Chinese exporters and as low as 14.6 per cent for the
lowest-rated Vietnamese supplier.

The duties take effect on 1 July and will last five years unless the government revokes them
or a review changes the rates.

## Who wins

The complaint was brought in August last year by Ironbark, which employs 640 people at Port
Kembla, and Westmill Fabrication in Kwinana. Both argued they had lost contracts to imported
towers landed at prices below what it cost the exporters to make them.

Pettifer said Ironbark had hired 120 workers since provisional securities were imposed in
February. "We've got an order book for the first time in years. Now we need it to last," he
said.

The assistant trade minister framed the decision as industry policy as much as trade
enforcement. "We cannot build the energy system of the future entirely out of imported steel,"
Mr Delaney said in an interview.

##AD##

## Who pays

Developers are less enthusiastic. Imports of the towers were worth A$412 million last year,
and most of the country's wind farms under construction use Chinese-made towers.

Southerly Renewables, which is building a 60-turbine project in western Victoria, estimated
that the duties would add about A$9 million to its costs if its towers were caught. The
company's managing director, Fiona Marriott, said that was "not fatal, but it is not nothing
either".

The Clean Energy Council put the likely increase at 2 to 3 per cent of the cost of an affected
project. Developers with towers already contracted and shipped should largely escape, because
the final duties apply only to goods entered from the start of next month, although
provisional securities paid since February will be reconciled against the final rates.

## Beijing responds

China's commerce ministry said it firmly opposed the measure. Trade officials in Canberra
said they expected a formal protest but did not expect retaliation on the scale of the
barley and wine disputes, which were resolved in 2023 and 2024.

## The numbers

Final rates for Chinese exporters range from 21.7 per cent to 39.8 per cent, the higher
figure applying to companies that did not cooperate with the Anti-Dumping Commission.
Vietnamese exporters face 14.6 per cent to 19.2 per cent. Provisional securities had been set
between 11.2 per cent and 31.5 per cent.

Of the A$412 million in imports last year, A$293 million came from China and A$119 million from
Vietnam, commission figures show.
"""),
    date_mode="meta", when="2026-06-24T05:30:00+10:00",
    sidebar=("Markets", ["Steel futures rise 1.4% in Shanghai",
                         "Harbour Steel shares up 2.1%",
                         "Copper eases from record",
                         "Big lender trims fixed rates by 0.15 percentage points"]),
    related=[("Opinion: Anti-dumping is the wrong tool for the energy transition", "opinion/anti-dumping-wrong-tool"),
             ("Inside Port Kembla's steel revival", "trade/inside-port-kembla-steel-revival"),
             ("Vietnam emerges as second source of renewable hardware", "trade/vietnam-second-source-renewables")],
    section="Trade")

TR_COASTLINE = article(
    COASTLINE, "news/illawarra/wind-tower-duties-welcomed-at-port-kembla",
    "Port Kembla workers cheer duties on imported wind towers",
    "The federal government will tax steel wind-tower sections from China and Vietnam from next month.",
    "Lauren Oyelowo",
    paras("""
Workers at a Port Kembla fabrication yard have welcomed the federal government's decision
to impose duties on imported wind towers, saying it could secure hundreds of jobs in the
Illawarra.

Industry Minister Marcus Delaney announced in Canberra this afternoon that steel wind-tower
sections from China and Vietnam would face anti-dumping duties of between 14.6 and 38.9 per
cent.

The duties start on 1 July and will stay in place for five years.

The decision follows an investigation by the Anti-Dumping Commission, which found overseas
manufacturers had been selling the towers in Australia for less than they charge at home,
hurting local makers.

## 'We can build these'

At Ironbark Towers, which employs 640 people at Port Kembla, welder Dean Marsic said the mood
on the floor was "like we'd won a grand final".

"We've been saying for years we can build these here, and build them better. We just needed a
fair go on price," he said.

Ironbark and Western Australian company Westmill Fabrication lodged the complaint that
started the investigation last August.

Mr Delaney said the decision was about fairness. "If you want to sell into the Australian
market, you play by the rules. Selling below cost to knock out local competitors is not
playing by the rules," the Industry Minister said.

##AD##

## Higher costs for wind farms

Renewable energy companies are worried the duties will push up the price of new wind farms.

Clean Energy Council policy director Ben Kovac said the extra cost could be around 2 to 3 per
cent for projects using imported towers.

"We support a strong local supply chain, but the timing is tough for an industry that's
already behind on the 2030 target," he said.

Chinese exporters will pay the highest rates, from 21.7 to 38.9 per cent. Vietnamese exporters
face rates between 14.6 and 19.2 per cent.

## How we got here

Importers have been paying temporary securities since February, when the commission made a
preliminary finding. Those were set at rates between 11.2 and 31.5 per cent.

Last year Australia imported A$412 million worth of wind-tower sections from the two
countries.

Wollongong MP Marina Petrovic said the decision would "give young people in the Illawarra a
reason to take up a trade".

China's Ministry of Commerce said it opposed the duties. Vietnam said it was considering its
options.
"""),
    date_mode="line", date_line="Tuesday, 23 June 2026",
    sidebar=("Illawarra news", ["Wollongong hospital car park to add 400 spaces",
                                "Shellharbour council approves budget",
                                "Dragons sign halfback for two seasons",
                                "Kiama rail line closed for weekend works"]),
    related=[("Ironbark Towers hires 120 after preliminary duties", "news/illawarra/ironbark-hires-120"),
             ("Illawarra offshore wind zone: what's next", "news/illawarra/offshore-wind-whats-next")],
    section="Illawarra")

TR_STEELTRADE = article(
    STEELTRADE, "issues/wind-towers-final-measures",
    "Wind towers: final measures confirmed, per-exporter rates and what importers must do",
    "Delaney accepts the commission's recommendations in full. Duties range from 14.6% to 38.9%.",
    "Steel & Trade Weekly desk",
    paras("""
The Anti-Dumping Commission's final report on steel wind-tower sections from China and
Vietnam has been accepted in full. Assistant Minister for Trade Marcus Delaney signed off on
Tuesday, June 23, and the dumping duty notice was published the same day.

## The measures

Duties apply to goods entered for home consumption from 1 August and run for five years.
Rates are ad valorem, applied to the export price.

China: Rongcheng Tower Works 21.7%; Baolin Windsteel 27.4%; Donghai Tower Industries 38.9%; all
other exporters 38.9%. Vietnam: Mekong Tower Fabrication JSC 14.6%; all other exporters 19.2%.

The top rate applies to uncooperative exporters and to Donghai, whose questionnaire response
the commission rejected as incomplete.

## The timeline

Complaint lodged by Ironbark Towers and Westmill Fabrication: August 2025. Investigation
initiated: September 2025. Preliminary affirmative determination, with securities taken at
11.2% to 31.5%: February 2026. Final report to the minister: May 2026. Decision: June 23.

##AD##

## What importers need to do

Importers who have lodged securities since February should expect the Australian Border Force
to finalise them over the coming months. Where a final rate is higher than the security taken,
the difference is not collected retrospectively; where it is lower, the excess is refunded.

Goods already on the water should be checked carefully. The effective date turns on when the
goods are entered for home consumption, not when they are shipped or contracted.

Importers who believe they are being charged duty on goods outside the scope of the measures,
for instance nacelles, blades or foundation components, can apply for an exemption or a
scope ruling.

## Volumes

Commission figures put 2025 imports at A$412 million: A$293 million from China and A$119 million
from Vietnam. Import volumes rose by about 41% between 2022 and 2025 while local producers'
sales volumes fell, the commission found.

## Reaction

Ironbark's Graham Pettifer welcomed the decision as "the start of a level playing field". The
Clean Energy Council said it was disappointed and repeated its estimate that project costs
could rise 2% to 3%.

The assistant minister, in his statement, said the government "will not stand by while
Australian manufacturers are undercut by goods sold below cost". Beijing's commerce ministry
said it firmly opposed the measure. Hanoi said it would study its options under WTO rules.

## Next

Exporters can apply to the Anti-Dumping Review Panel within 30 days of publication of the notice. A
review application from at least one Chinese exporter is expected.
"""),
    date_mode="none",
    sidebar=("This week in trade remedies", ["Aluminium extrusions: continuation inquiry opens",
                                             "Hollow structural sections: review finds no change",
                                             "Quenched and tempered plate: duties revoked for one exporter",
                                             "EU safeguard on steel: quota volumes for Q3"]),
    related=[("Wind towers: the preliminary affirmative determination explained", "issues/wind-towers-pad-explained"),
             ("Anti-Dumping Commission caseload hits five-year high", "issues/adc-caseload-high")],
    section="Trade remedies")

TR_AV4 = {
    "id": "tr-AV4", "part": "AV", "domain": "trade", "fetched": "2026-06-30",
    "articles": [TR_PNW, TR_COMMERCE, TR_COASTLINE, TR_STEELTRADE],
    "planted": [
        ("top anti-dumping duty rate: 38.9% (Pacific Newswire, Coastline, Steel & Trade Weekly) vs 39.8% (Commerce Review)",
         r"\b38\.9\b", r"\b39\.8\b"),
        ("announcing minister's office: Assistant Minister for Trade (Pacific Newswire, Commerce Review, Steel & Trade Weekly) vs Industry Minister (Coastline)",
         r"assistant (?:trade )?minister|assistant minister for trade", r"industry minister|minister for industry"),
        ("date duties take effect: 1 July (Pacific Newswire, Commerce Review, Coastline) vs 1 August (Steel & Trade Weekly)",
         r"\b(?:1|1st|first)(?: of)? july\b|\bjuly (?:1|1st|first)\b", r"\b(?:1|1st|first)(?: of)? august\b|\baugust (?:1|1st|first)\b"),
    ],
}


# ---------------------------------------------------------------------------
# rk-AV5 — rocket test flight (CONTROL)
# ---------------------------------------------------------------------------

RK_SPACEWATCH = article(
    SPACEWATCH, "live/tern-tf2-koonibba-launch",
    "Live: Austral Orbital's Tern rocket flies to space from Koonibba",
    "Follow the second test flight of the Tern suborbital rocket from the Koonibba Test Range in South Australia. All times ACST.",
    "Priya Venkataraman and Mitch Collyer",
    updates([
        ("1:05pm ACST", "That's a wrap",
         """
That's where we'll leave today's coverage. To recap: Austral Orbital's Tern rocket lifted off
from the Koonibba Test Range at 10:42am ACST after a 27-minute hold, burned its Wren hybrid
engine for 71 seconds and reached an apogee of 182 km, according to the company's post-flight
data. The payload capsule came down under parachutes 96 km downrange and has been recovered.

For our east coast readers, liftoff was at 11:12am AEST. Thanks for following along.
"""),
        ("12:20pm ACST", "Reilly: 'We went to space from South Australia'",
         """
Austral Orbital chief executive Tamsin Reilly has been speaking to media at the range.

"Today we went to space from South Australia, and we brought our experiments home," she said.
"Everything we changed after the first flight did its job."

She confirmed the company's figure for apogee: 182 km, comfortably above the 100 km Karman
line. Chief engineer Luke Abernethy said the engine burn was "right on the number" at 71
seconds.
"""),
        ("11:41am ACST", "Capsule recovered",
         """
The recovery team has reached the payload capsule. Photos posted by the company show it
sitting upright in the scrub with both parachutes laid out beside it. The three onboard
experiments, including a radiation sensor built by University of Adelaide students, appear to
be intact.
"""),
        ("11:15am ACST", "How high did it go?",
         """
The company hasn't published a final apogee yet. Eyre Skywatch, an amateur radar and tracking
group based in Port Lincoln, says its data suggests a peak altitude of about 179 km, but says
the company's onboard figure will be more accurate. We'll update when Austral Orbital confirms.
"""),
        ("10:58am ACST", "Touchdown!",
         """
The capsule has touched down under parachutes, 14 minutes and 20 seconds after liftoff,
according to the launch commentary. Preliminary telemetry shows an apogee above 170 km. The
recovery helicopter is on its way.
"""),
        ("10:46am ACST", "Above the Karman line",
         """
Engine cutoff came at 71 seconds, and Tern coasted on upwards. The commentator has just
confirmed the vehicle passed 100 km, so Austral Orbital has made it to space on its second
try. It should be at or near apogee about now.
"""),
        ("10:42am ACST", "LIFTOFF",
         """
Liftoff! Tern is off the pad at Koonibba on a column of orange flame. Clean climb so far.
"""),
        ("10:32am ACST", "Count resumes",
         """
The count has resumed at T-10 minutes. The telemetry problem at the ground station has been
fixed, and the new liftoff time is 10:42am ACST.
"""),
        ("10:05am ACST", "Hold, hold, hold",
         """
The countdown is holding at T-10 minutes. The launch director reports a telemetry glitch at
one of the downrange ground stations. The planned 10:15am liftoff will not happen; the window
runs until 1:00pm, so there is plenty of time.
"""),
        ("9:30am ACST", "Welcome",
         """
Good morning and welcome to our live coverage of Tern TF2, the second test flight of Austral
Orbital's 14.2-metre suborbital rocket. The launch window opens at 10:00am ACST, with liftoff
planned for 10:15am.

A first attempt on Friday was scrubbed because of strong upper-level winds. Tern's first
flight, TF1, last November, reached 61 km before its engine shut down early. The goal today is
to cross the 100 km line and recover the payload capsule intact.
"""),
    ]),
    date_mode="line", date_line="Tuesday, 19 May 2026",
    sidebar=("Launch schedule", ["May 23: Kea Launch 'Piwakawaka' mission, Mahia Peninsula, NZ",
                                 "May 28: Falcon 9 Starlink batch, Florida",
                                 "June 4: H3 rocket, Tanegashima, Japan",
                                 "June 12: Vega-C, French Guiana"]),
    related=[("Tern TF1: what went wrong with the engine", "analysis/tern-tf1-engine"),
             ("Koonibba Test Range, explained", "explainers/koonibba-test-range")],
    section="Live")

RK_MERIDIAN = article(
    MERIDIAN, "science/2026/05/19/austral-orbital-tern-reaches-space",
    "Australian startup's Tern rocket reaches space on second test flight",
    "Austral Orbital's suborbital rocket climbs to 182 km after its first attempt fell short last year.",
    "Ben Salisbury",
    paras("""
ADELAIDE, May 19 (Meridian) - Australian rocket startup Austral Orbital flew its Tern test
rocket to an altitude of 182 kilometres on Tuesday, crossing the internationally recognised
boundary of space on its second attempt and recovering its payload intact.

The 14.2-metre single-stage rocket lifted off at 10:42 a.m. local time (0112 GMT) from the
Koonibba Test Range, about 40 km north-west of Ceduna in South Australia, after a countdown
hold of nearly half an hour to fix a problem at a tracking station.

Its hybrid engine burned for 71 seconds before the rocket coasted to its peak altitude. The
payload capsule, carrying three experiments, came down under parachutes 96 km downrange and
was recovered by helicopter within the hour, the company said.

"This is the flight that proves the engine," chief executive Tamsin Reilly said after the
launch. "Last year we learned a lot. This year we flew what we learned."

##AD##

The company's first flight, in November 2025, reached only 61 km after the engine shut down
prematurely because of a valve fault. An attempt to fly the second rocket on Friday was called
off because of high-altitude winds.

Adelaide-based Austral Orbital, founded in 2021, employs about 110 people and raised A$64
million from investors last year. It is developing a larger orbital rocket, Albatross, which
it hopes to launch for the first time in late 2027.

Australia's launch industry remains small compared with neighbouring New Zealand's, and
commercial flights from Australian soil have so far been limited to suborbital tests and a
handful of orbital attempts.

An Australian Space Agency spokesperson said the flight was conducted under a launch permit
issued in April, and the agency would receive the company's post-flight report.

The capsule carried three experiments, among them a radiation sensor built by University of
Adelaide students. The company said it planned to fly Tern again before the end of the year
with experiments from paying customers.

Reilly said the data from Tuesday's flight would feed directly into the design of the
Albatross engine. "The physics of the first stage of Albatross is the physics we just flew,"
she said.

Austral Orbital's Tern rocket burns a paraffin-based fuel with nitrous oxide as the oxidiser,
a combination its engineers say is cheaper and safer to handle than the fuels used by
most larger launchers.
"""),
    date_mode="meta", when="2026-05-19T12:10:00+09:30",
    sidebar=("Science and technology", ["CSIRO telescope maps 1.2 million new galaxies",
                                        "Great Barrier Reef survey finds coral cover steady",
                                        "Lunar rover prototype tested in outback quarry",
                                        "Quantum startup raises A$48 million"]),
    related=[("Austral Orbital raises A$64 million", "business/2025/08/14/austral-orbital-raises"),
             ("Tern's first flight ends early at 61 km", "science/2025/11/20/tern-first-flight")],
    section="Science")

RK_COURIER = article(
    COURIER, "news/sa/tern-rocket-space-koonibba-austral-orbital",
    "Made in Adelaide, flown from the Far West Coast: Tern rocket reaches space",
    "A Lonsdale-built rocket carrying student experiments climbed 182 kilometres above the state yesterday, putting SA's space ambitions back on track.",
    "Georgia Papadakis, Science Reporter",
    paras("""
The rocket was built in a shed in Lonsdale, trucked 780 kilometres across the state and,
yesterday morning, flown to space from a patch of red sand on the Far West Coast.

Austral Orbital's Tern lifted off from the Koonibba Test Range at 10.42am, 27 minutes late
after a telemetry glitch at a downrange ground station forced the countdown to hold at the
ten-minute mark. It climbed to 182 kilometres, about 113 miles, before its payload capsule
drifted back to earth under two parachutes.

"We've been waiting a long time for today," chief executive Tamsin Reilly said, standing beside
the recovered capsule. "I think a few of our engineers might sleep for a week."

## A second chance

It was the company's second flight and its first clear success. Tern's maiden flight last
November ended at 61 kilometres when a valve fault shut the engine down early, a setback that
cost the company six months.

Tuesday's attempt came four days after a first try on Friday was scrubbed because of strong
winds high in the atmosphere.

Chief engineer Luke Abernethy said the rebuilt engine had performed "exactly as modelled" and
burned for its full 71 seconds, pushing the rocket to a peak speed the company estimated at
about Mach 5.6, or roughly 6900km/h.

##AD##

## Student science

Among the three experiments aboard was a radiation sensor designed by a team of University of
Adelaide engineering students.

"We built it in our bedrooms during the last summer holidays," said team leader Harrison Leung,
21. "Seeing it come back with data on it is unreal."

## SA's space push

The flight is a boost for the state's space industry, which the government says now employs
more than 2,000 people. Austral Orbital has 110 staff and plans to hire dozens more as it moves
on to its orbital rocket, Albatross, which it aims to launch for the first time in late 2027.

Innovation Minister Kate Nardone, who watched the launch from Ceduna, said the state was
"proving that you can design, build and fly a rocket without leaving South Australia".

The company raised $64 million in a funding round last year.

Not everyone is convinced the Albatross timetable is realistic. Space industry analyst Dr
Emma Thorsby said development programs for orbital rockets routinely slipped. "I'd be
pleasantly surprised to see Albatross fly before 2028," she said.

The Tern capsule was expected back at the company's Lonsdale workshop by the end of the week,
where engineers will download and analyse its flight data.
"""),
    date_mode="jsonld", when="2026-05-20T05:00:00+09:30",
    sidebar=("SA news", ["Adelaide Oval to host day-night Test in December",
                         "River Murray flows at 12,000 megalitres a day",
                         "Port Augusta solar thermal plant approved",
                         "Crows beat Power in Showdown by 14 points"]),
    related=[("Lonsdale's rocket factory: inside Austral Orbital", "news/sa/inside-austral-orbital"),
             ("Koonibba range prepares for busiest year", "news/sa/koonibba-busiest-year")],
    section="South Australia")

RK_COASTLINE = article(
    COASTLINE, "news/science/tern-rocket-crosses-into-space",
    "Australian-built rocket crosses into space on test flight",
    "Austral Orbital's Tern rocket reached 182 kilometres above the Earth before its payload was recovered in outback South Australia.",
    "Sam Nguyen, Science Reporter",
    paras("""
An Australian-built rocket has crossed into space, in what its makers are calling a turning
point for the country's fledgling launch industry.

Austral Orbital's Tern lifted off from the Koonibba Test Range on South Australia's Far West
Coast at 11.12am AEST on Tuesday, May 19, which was 10.42am local time.

The rocket climbed to an altitude of 182 kilometres, well above the 100-kilometre line
generally used to mark the edge of space.

It then dropped its payload capsule, which parachuted back to the ground 96 kilometres from
the launch site.

## Second time lucky

The company's first test flight last November reached only 61 kilometres before its engine
cut out early.

Chief executive Tamsin Reilly said the team had spent the months since fixing the problem.

"We had a rough day last November and we owned it. Today was the payoff for a lot of very
long weeks," she said.

The launch had been delayed twice: once on the previous Friday because of high winds, and
again on Tuesday morning by a 27-minute hold in the countdown.

##AD##

## Crowds at Ceduna

Dozens of people gathered at the Ceduna foreshore, about 40 kilometres from the launch site, to
watch the rocket's exhaust trail.

"You could see it going straight up, then it was just a dot, then it was gone," said local
resident Sharon Whyte. "The kids went nuts."

## What's next

Austral Orbital is now focused on building Albatross, a much larger rocket designed to carry
satellites into orbit. It wants the first launch to take place in late 2027.

Space industry analyst Emma Thorsby said the company's progress was encouraging but warned
the hardest part was still to come.

"Going up and coming down is one thing. Going sideways fast enough to stay in orbit is a whole
different challenge," she said.

The Australian Space Agency said it would review the company's post-flight report.

The Koonibba range, run in partnership with the local Aboriginal community, has hosted a
number of suborbital launches since 2020, but Tuesday's flight was among the highest to date
from the site.

The rocket, which stands 14.2 metres tall, is powered by a hybrid engine that burns a
paraffin fuel with nitrous oxide. The engine fired for 71 seconds.

The whole flight, from liftoff to the capsule landing, took 14 minutes and 20 seconds.
"""),
    date_mode="none",
    sidebar=("Science", ["Total solar eclipse: where to see it in 2028",
                         "Bushfire smoke linked to 400 extra hospital visits",
                         "New species of gecko found in Kimberley",
                         "Space agency budget lifted by A$12 million"]),
    related=[("What is the Karman line?", "news/science/what-is-the-karman-line"),
             ("Australia's space industry in five numbers", "news/science/space-industry-five-numbers")],
    section="Science")

RK_AV5 = {
    "id": "rk-AV5", "part": "AV", "domain": "rocket", "fetched": "2026-05-25",
    "articles": [RK_SPACEWATCH, RK_MERIDIAN, RK_COURIER, RK_COASTLINE],
    "planted": [],
}


# ---------------------------------------------------------------------------
# eq-AV6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

EQ_ARN = article(
    ARN, "news/live/central-hawkes-bay-earthquake",
    "Live: Magnitude 6.7 earthquake strikes Central Hawke's Bay",
    "A powerful earthquake has struck near Waipukurau, causing deaths, injuries and widespread damage. Updates in NZ time.",
    "ARN News team",
    updates([
        ("Friday 17 July, 5.10pm", "Where things stand",
         """
We're pausing our live coverage here. The situation tonight:

Four people have died. Health New Zealand says 57 people have been treated in hospital for
earthquake injuries, nine of whom were admitted with serious injuries. Building inspectors
have red-stickered 212 homes in Central Hawke's Bay. Power has been restored to all but a few
hundred properties. GeoNet has recorded more than 340 aftershocks.

The state of emergency for Central Hawke's Bay District, declared early on Thursday, remains
in place for seven days.
"""),
        ("Friday 17 July, 3.20pm", "Aftershock forecast",
         """
GeoNet has updated its aftershock forecast. It puts the chance of another quake of magnitude
6 or larger in the next seven days at 4 percent, and the chance of one of magnitude 5 to 5.9 at
about 35 percent. More than 340 aftershocks have been recorded since Thursday morning.
"""),
        ("Friday 17 July, 2.10pm", "Fourth death confirmed",
         """
Police have confirmed a fourth death. A woman in her 60s from Waipawa, who was critically
injured when part of her house collapsed on Thursday morning, died in Hawke's Bay Hospital
today.

Health New Zealand says the total number of people treated in hospital since the quake is
now 57.
"""),
        ("Friday 17 July, 11.45am", "Insurance claims",
         """
The Natural Hazards Commission says it has received about 6,800 claims so far and expects
many more over the weekend. It's urging people to photograph damage before they clean up.
"""),
        ("Friday 17 July, 9.00am", "Power update",
         """
The lines company says about 1,900 properties are still without power this morning, down
from a peak of 18,400 shortly after the quake.
"""),
        ("Thursday 16 July, 6.45pm", "Homes red-stickered",
         """
Central Hawke's Bay District Council says rapid building assessments have so far found 148
homes unsafe to live in. Those homes have been red-stickered. The council expects that number
to rise as inspectors reach rural properties tomorrow.
"""),
        ("Thursday 16 July, 1.30pm", "Minister visits Waipukurau",
         """
Emergency Management Minister Aroha Whitford has arrived in Waipukurau and toured the main
street with Mayor Deborah Pirie.

"This community has been through a terrible night and a terrible morning. The government will
be here for the long haul," the minister said.
"""),
        ("Thursday 16 July, 11.30am", "Third death",
         """
Police say a man has died after a slip struck his car on State Highway 2 near Takapau. That
takes the number of confirmed deaths to three. The highway is closed between Waipukurau and
Takapau.
"""),
        ("Thursday 16 July, 10.05am", "Hospital busy",
         """
Hawke's Bay Hospital in Hastings says at least 31 people have been treated in its emergency
department so far, mostly for cuts, fractures and injuries from falling objects.
"""),
        ("Thursday 16 July, 9.05am", "Strong aftershock",
         """
A strong aftershock of magnitude 5.2 struck at 9.02am, GeoNet says. Listeners in Waipukurau
report more items falling from shelves. Please stay out of damaged buildings.
"""),
        ("Thursday 16 July, 7.50am", "Two people dead in Waipukurau",
         """
Police have confirmed two people have died. They were a couple in their 70s whose house in
Waipukurau partially collapsed during the quake. Our thoughts are with their family.
"""),
        ("Thursday 16 July, 6.10am", "State of emergency",
         """
A state of emergency has been declared for Central Hawke's Bay District, effective from
6.05am. Mayor Deborah Pirie says it will allow emergency services to close roads and evacuate
unsafe buildings. People are asked to avoid non-essential travel.
"""),
        ("Thursday 16 July, 5.02am", "Magnitude revised to 6.7",
         """
GeoNet has revised the magnitude to 6.7, down from its automatic estimate of 6.9. It says the
quake was 22 km deep and centred 14 km south-west of Waipukurau. The US Geological Survey has
it at magnitude 6.5. GeoNet has received more than 46,000 felt reports, from Gisborne to
Wellington.
"""),
        ("Thursday 16 July, 4.29am", "Strong earthquake felt across the North Island",
         """
A strong earthquake struck at 4.17am. GeoNet's automatic solution puts it at magnitude 6.9,
centred in Central Hawke's Bay. We have reports of severe shaking in Waipukurau, Waipawa and
Hastings. Drop, cover and hold during aftershocks.
"""),
    ]),
    date_mode="meta", when="2026-07-16T04:40:00+12:00",
    sidebar=("Latest news", ["All Blacks name squad for Rugby Championship",
                             "Auckland rates rise of 7.9% confirmed",
                             "Snow closes Desert Road for second day",
                             "Dairy prices fall 1.1% at auction"]),
    related=[("How to prepare an emergency kit", "news/explainers/emergency-kit"),
             ("The 1931 Hawke's Bay earthquake: what happened", "news/history/1931-hawkes-bay-earthquake")],
    section="Live")

EQ_SCW = article(
    SCW, "national/2026/07/17/hawkes-bay-quake-toll-rises-to-four",
    "Hawke's Bay earthquake toll rises to four as aftershocks rattle region",
    "A woman dies in hospital a day after the magnitude 6.7 quake near Waipukurau; more than 200 homes declared unsafe.",
    "By Aperahama Kingi",
    paras("""
WELLINGTON, July 17 (SCW) - The death toll from a magnitude 6.7 earthquake in New Zealand's
Hawke's Bay region rose to four on Friday after a woman died in hospital, as hundreds of
aftershocks shook the rural district and building inspectors declared more than 200 homes
unsafe.

The quake struck at 4.17am on Thursday (1617 GMT on Wednesday), 14 km south-west of the town
of Waipukurau at a depth of 22 km, according to GeoNet, the national geological hazard
agency. The US Geological Survey measured it at magnitude 6.5 and a depth of 18 km.

Police said the woman, in her 60s and from the nearby town of Waipawa, had been critically
injured when part of her house collapsed. An elderly couple died in Waipukurau on Thursday
morning, and a man was killed when a landslide struck his car on State Highway 2.

Health New Zealand said 67 people had been treated in hospital, nine of them admitted with
serious injuries.

##AD##

"The shaking went on and on. We just lay on the floor and held on to each other," said Wiremu
Paku, 58, who lives on a farm outside Waipukurau.

Central Hawke's Bay District Council said 212 homes had been red-stickered as unsafe, and
several shops on Waipukurau's main street had lost their facades. A state of emergency
declared for the district early on Thursday will stay in place for seven days.

Mayor Deborah Pirie said the district was "hurting but standing". "We've lost four people from
a small community where everybody knows everybody. That's going to take a long time to heal,"
she told SCW.

Emergency Management Minister Aroha Whitford said the government would announce a support
package for affected households and businesses next week.

GeoNet said it had recorded more than 340 aftershocks by Friday afternoon, the largest of
magnitude 5.2. At the peak of the outages, 18,400 properties were without electricity.

The region has a history of destructive quakes. The 1931 Hawke's Bay earthquake, of magnitude
7.8, killed 256 people and remains New Zealand's deadliest natural disaster.

Seismologists said Thursday's quake appeared to have ruptured a fault in the overlying crust
rather than the Hikurangi subduction zone beneath the region, though further analysis was
needed.

The 67 people treated included a number hurt by falling objects and broken glass, as well as
several who were injured while clearing debris, health officials said.
"""),
    date_mode="jsonld", when="2026-07-17T18:20:00+12:00",
    sidebar=("Top stories", ["NZ dollar steady at 58.4 US cents",
                             "Fonterra raises forecast milk price to $10.20",
                             "Wellington water pipe replacement to cost $1.2 billion",
                             "Super Rugby final set for Eden Park"]),
    related=[("Quake: what to do if your home is red-stickered", "national/2026/07/16/red-sticker-guide"),
             ("GeoNet explains why magnitudes change", "national/2026/07/16/geonet-magnitude-revisions")],
    section="National")

EQ_TRIBUNE = article(
    TRIBUNE, "news/central-hawkes-bay/the-night-the-ground-roared",
    "The night the ground roared: Central Hawke's Bay counts the cost",
    "Four people dead, 212 homes unsafe and a district in shock. Our reporters spent two days in Waipukurau, Waipawa and Takapau.",
    "Moana Hetaraka and Rob Dunstall",
    paras("""
Lynette Carter was already awake, making a cup of tea for her husband, when the ground lurched
at 4.47am on Thursday. "There was this roar, like a train coming through the house, and then
everything was on the floor," she said, standing among the broken crockery in her Waipukurau
kitchen yesterday.

The magnitude 6.7 earthquake, centred 14 kilometres south-west of Waipukurau and 22 kilometres
deep, was the most destructive to hit Hawke's Bay in decades. By last night four people were
confirmed dead and 57 had been treated in hospital.

## The lives lost

An elderly couple died when their house on the edge of Waipukurau partially collapsed. Police
have not yet released their names. Neighbours said the pair had lived in the street for more
than 40 years.

A man was killed when a slip came down on his car on State Highway 2 near Takapau, before
dawn. And on Friday afternoon police confirmed that a Waipawa woman in her 60s, pulled from
her damaged home on Thursday morning, had died in Hawke's Bay Hospital.

"We are a small district. Everyone knows someone," Mayor Deborah Pirie said. "This week has
broken a lot of hearts."

##AD##

## A district on alert

The state of emergency declared at 6.05am on Thursday for Central Hawke's Bay District remains
in force and is set to run for seven days. Civil Defence centres in Waipukurau and Waipawa
served more than 1,100 meals on Thursday night.

Council inspectors had red-stickered 212 homes by yesterday afternoon, most of them older
brick and weatherboard houses with unreinforced chimneys. More than 500 others received yellow
stickers, meaning limited entry.

Of the 57 people treated at hospital, nine were admitted with serious injuries, a Health New
Zealand spokesman, Dr Simon Latu, said. "Most of what we saw was falls, crush injuries to feet
and hands, and lacerations from glass," he said.

## The shaking goes on

GeoNet seismologist Dr Hannah Pirini said more than 340 aftershocks had been recorded by
Friday afternoon, including a magnitude 5.2 jolt at 9.02am on Thursday that sent people
running back into the streets.

"The aftershock sequence is behaving as we'd expect for a quake of this size, which is to say
it will keep going for weeks," she said.

Power was cut to 18,400 properties at the height of the outage. All but a few hundred were
reconnected by Friday evening.

## 'We'll rebuild'

On Waipukurau's Ruataniwha Street, shopkeepers swept glass into piles on Friday morning.
Hardware store owner Tony Kereama said he had sold out of tarpaulins within two hours of
opening. "People are shaken, but nobody's talking about leaving," he said. "We'll rebuild.
That's what Hawke's Bay does."

For older residents, the quake brought back family stories of February 3, 1931, when the
magnitude 7.8 Hawke's Bay earthquake levelled Napier and Hastings and killed 256 people.
"""),
    date_mode="line", date_line="Saturday, 18 July 2026",
    sidebar=("Hawke's Bay news", ["Napier port volumes up 6% on year",
                                  "Hastings council approves cycleway extension",
                                  "Magpies name side for season opener",
                                  "Apple exporters expect record crop of 26 million cartons"]),
    related=[("Quake relief: how to donate and volunteer", "news/central-hawkes-bay/quake-relief-how-to-help"),
             ("Gallery: the morning after in Waipukurau", "news/central-hawkes-bay/gallery-morning-after"),
             ("Opinion: Our brick chimneys are a known killer", "opinion/brick-chimneys-known-killer")],
    section="Central Hawke's Bay")

EQ_WORLDWIRE = article(
    WORLDWIRE, "asia-pacific/new-zealand-earthquake-kills-four",
    "Strong earthquake kills four in New Zealand's North Island",
    "The magnitude 6.7 quake struck before dawn, damaging hundreds of homes in a farming district.",
    "WorldWire staff",
    paras("""
A strong earthquake struck New Zealand's North Island before dawn on Thursday, July 16,
killing four people, injuring dozens and damaging hundreds of homes in the rural Hawke's Bay
region.

The magnitude 6.7 quake hit at 4:17 a.m. local time (16:17 GMT on Wednesday), New Zealand's
geological hazard agency GeoNet said. It was centred about 14 km south-west of Dannevirke at a
depth of 22 km. The US Geological Survey measured the quake at magnitude 6.5 and a depth of 18
km.

Three people were killed on Thursday, two when their home collapsed and one when a landslide
hit a car on a state highway. A woman who had been critically injured died in hospital on
Friday, police said.

Health authorities said 57 people had been treated in hospital. Nine were admitted with serious
injuries.

Television footage showed collapsed brick chimneys, cracked roads and shattered shop windows in
the district's small towns. A section of State Highway 2, the main road through the area, was
closed because of landslides, and residents of Waipawa described furniture being thrown across
rooms.

##AD##

Local officials declared a state of emergency for the district of Central Hawke's Bay, which
is home to about 16,000 people, many of them involved in sheep, beef and dairy farming. The
declaration gives authorities powers to close roads and evacuate buildings and will last
seven days.

Local authorities said 212 homes had been judged unsafe to occupy. Around 18,400 homes and
businesses lost power at the height of the outage.

New Zealand sits on the boundary between the Pacific and Australian tectonic plates and
records thousands of earthquakes each year, most of them too small to be felt.

The country's deadliest quake, in the same region in 1931, killed 256 people. An earthquake
of magnitude 6.3 in Christchurch in February 2011 killed 185 people, and a magnitude 7.8
quake near Kaikoura in November 2016 killed two.

Emergency Management Minister Aroha Whitford said the government would provide financial
support to affected families and businesses. "This has been a frightening couple of days for
people in Hawke's Bay, and they will not be left on their own," she said.

GeoNet said more than 340 aftershocks had been recorded by Friday, the strongest of magnitude
5.2, and warned that further strong aftershocks were possible in the coming weeks.

Shaking was reported as far away as the capital, Wellington, about 200 km to the south-west,
and the city of Gisborne to the north-east.
"""),
    date_mode="none",
    sidebar=("Most read", ["Typhoon makes landfall in northern Philippines",
                           "Indonesia's Mount Lewotobi erupts again",
                           "Japan's exports rise 3.1% in June",
                           "Fiji election date set for November"]),
    related=[("Why New Zealand has so many earthquakes", "explainers/why-new-zealand-has-earthquakes"),
             ("Pacific Ring of Fire: the year in quakes", "asia-pacific/ring-of-fire-year-in-quakes")],
    section="Asia-Pacific")

EQ_AV6 = {
    "id": "eq-AV6", "part": "AV", "domain": "earthquake", "fetched": "2026-07-24",
    "articles": [EQ_ARN, EQ_SCW, EQ_TRIBUNE, EQ_WORLDWIRE],
    "planted": [
        ("epicentre: south-west of Waipukurau (ARN, SCW, Tribune) vs Dannevirke (WorldWire Report)",
         r"\bwaipukurau\b", r"\bdannevirke\b"),
        ("time of the quake: 4.17am NZST (ARN, SCW, WorldWire) vs 4.47am (Hawke's Bay Tribune)",
         r"\b4[.:]17(?!\d)", r"\b4[.:]47(?!\d)"),
        ("people treated in hospital: 57 (ARN, Tribune, WorldWire) vs 67 (Southern Cross Wire)",
         r"\b57\b", r"\b67\b"),
    ],
}


STORIES = [CB_AV1, EL_AV2, CT_AV3, TR_AV4, RK_AV5, EQ_AV6]
