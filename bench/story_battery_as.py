"""Story battery, part AS — Kenya, Ethiopia and Tanzania, events in 2026.

Written by engineer AS1 on 2026-12-07 for the thirty-fifth batch, a precision batch.
Six invented events, each covered by three or four invented outlets (all domains end
in .example). Real institutions and places (Central Bank of Kenya, IEBC, the High Court
of Tanzania, the Luigi Broglio Space Centre, Namanga, Afar region ...) are scenery only;
every person, company, party, outlet and figure is invented. Kenya, Ethiopia and
Tanzania all keep East Africa Time (EAT, UTC+3), with no daylight saving.

Three stories are CONTROLS (planted = []): every fact agrees across outlets, and the
pages are full of legitimate variation that must NOT be reported. Three stories carry
exactly three PLANTED disagreements each: one outlet states one fact wrongly, at least
two others state it rightly, and nothing else in the story contradicts.

-------------------------------------------------------------------------------------
cb-AS1 — central bank — CONTROL — fetched 2026-02-17
TRUE FACTS: Central Bank of Kenya Monetary Policy Committee met Tuesday 10 February
  2026; statement issued at 5 p.m. EAT (1400 GMT); Central Bank Rate cut by 25 basis
  points (a quarter of a percentage point) from 9.00% to 8.75%, effective Wednesday
  11 February; cash reserve ratio held at 3.25%; Governor Dr Samuel Kiprono Mbatha
  briefed the press on Wednesday 11 February; January inflation 4.4% (December 4.5%),
  core 2.9%; private-sector credit growth 6.1% in January (5.0% in December); average
  lending rate 15.1% in January (17.2% a year earlier); usable reserves US$12.4bn =
  5.3 months of import cover; shilling about 129.3 per dollar; CBK 2026 growth forecast
  5.4%; next MPC meeting Tuesday 7 April 2026.
OUTLETS: Rift Wire Service (wire, meta); The Nairobi Ledger (newspaper, line);
  The Shilling Brief (newsletter, none); SBN — Savanna Broadcasting Network
  (broadcaster, jsonld).
PLANTED: none.
LEGITIMATE TRAPS: 25 bps / 0.25 percentage points / a quarter point / 8.75 per cent /
  8.75pc; 5 p.m. EAT vs 1400 GMT; previous decision (9 Dec 2025: 50 bps, 9.50% -> 9.00%)
  and the rate a year ago (10.75%); analysts' poll (nine of 14 expected 25 bps, three a
  hold at 9.00%, two 50 bps) and a reader survey (61% / 27% / 12%); IMF growth forecast
  5.0% vs CBK 5.4%; reserves as US$12.4bn and as about Sh1.6 trillion; statutory minimum
  of four months of import cover; bad loans above 16%; a trader's quoted 19%/18% loan
  rates; a worked loan example (about 300 shillings a month); the meeting, effective and
  next-meeting dates; sidebars with Uganda (9.75%), Tanzania (5.75%), Ethiopia (15%),
  T-bill yield 7.81%, fuel prices and other unrelated figures.

-------------------------------------------------------------------------------------
el-AS2 — election — 3 PLANTED — fetched 2026-05-22
TRUE FACTS: Mathioya constituency (Murang'a County, Kenya) parliamentary by-election on
  Thursday 14 May 2026, polls 6 a.m.-5 p.m. at 187 polling stations; 121,870 registered
  voters; result declared at about 3:40 a.m. on Friday 15 May at the Kiriani tallying
  centre by returning officer Mercy Atieno Ouma; Joseph Mwangi Kariuki (Umoja
  Progressive Party) 23,418; Grace Nduta Wanjiru (National Renewal Alliance) 17,962;
  independent Peter Macharia Ndegwa 4,115; four others 1,287 combined; valid 46,782;
  rejected 354; cast 47,136; turnout 38.7%; margin 5,456; winner 50.1% of valid votes;
  vacancy after the death of MP Daniel Kimani Githinji on 19 February 2026.
OUTLETS: Rift Wire Service (wire, jsonld); Mlima Daily (newspaper, line);
  Jambo 24 Live (broadcaster live blog, newest first, meta); The Ballot Letter
  (newsletter, none).
PLANTED:
  1. Winner's votes: right 23,418; Mlima Daily writes 23,148 (transposed digits).
  2. Runner-up's surname: right Wanjiru; Rift Wire spells it Wanjiro throughout.
  3. Polling day: right Thursday; The Ballot Letter calls it "Tuesday's" by-election.
LEGITIMATE TRAPS: live-blog partial tallies (96 of 187 stations: 12,640 / 9,871 / 2,020;
  180 of 187: 22,610 / 17,270); IEBC turnout estimates during the day (about 21% by noon,
  around 35% at close); 2022 result (Githinji 31,205 votes, 61.8%, turnout 64.2%);
  Wanjiru's share 38.4% (next to turnout 38.7%); 3:40 a.m. EAT vs 0040 GMT; UPP internal
  polling (8,000-plus lead); 28-day petition window; gazettement (3 March) and campaign
  start (15 April) dates; the candidates' remarks worded differently on different
  occasions; "just over half" vs 50.1%; 7,800 fewer votes than 2022 (rounded).

-------------------------------------------------------------------------------------
ct-AS3 — court — CONTROL — fetched 2026-03-20
TRUE FACTS: High Court of Tanzania (Commercial Division), Dar es Salaam, judgment on
  Wednesday 11 March 2026 by Justice Amina Rashidi Mwakyusa in Kilwa Marine Contractors
  Ltd v Pwani Cement Company Ltd; Pwani ordered to pay TSh 48.6 billion (about US$18.7m)
  plus 7% a year interest from 14 August 2023 (filing date) and costs; contractor had
  claimed TSh 71.2 billion; Pwani's TSh 9.4 billion counterclaim dismissed; TSh 126
  billion contract signed June 2021, terminated March 2023; 112-page judgment; 30 days to
  lodge a notice of appeal to the Court of Appeal.
OUTLETS: Bahari Courier (newspaper, line); East Africa Newswire (wire, jsonld);
  The Dar Dealbook (newsletter, none).
PLANTED: none.
LEGITIMATE TRAPS: Sh48.6bn / 48.6 billion shillings / TSh 48.6 billion / $18.7 million;
  claim TSh 71.2bn ($27.4m) and its parts (21.3 + 12.8 + 33.2 + 3.9); award parts
  (21.3 + 12.8 + 14.5); competing completion estimates 62% vs 41%; estimated interest
  about TSh 8.8bn; the contract's own 30-day remedy period and the 12-day notice; dates
  signed / terminated / filed / delivered; "Justice Amina Rashidi Mwakyusa" / "Judge Amina
  Mwakyusa"; Pwani's revenue (Sh412bn), staff (1,400), layoffs (180); other cases and
  most-read boxes with unrelated figures.

-------------------------------------------------------------------------------------
tr-AS4 — trade — 3 PLANTED — fetched 2026-04-24
TRUE FACTS: Kenya-Tanzania bilateral trade talks at the Arusha International Conference
  Centre, Tuesday 14 - Thursday 16 April 2026; joint communique signed Thursday 16 April
  by Kenya's Cabinet Secretary for Investments, Trade and Industry Esther Muthoni Kamau
  and Tanzania's Minister for Industry and Trade Hamisi Juma Mfinanga; nine of 17
  non-tariff barriers resolved; Namanga one-stop border post to operate 24 hours from
  1 May 2026 (now 6 a.m.-10 p.m.); Tanzania scraps a US$150 per-consignment inspection
  fee on Kenyan transit trucks; Kenya recognises TBS quality marks for 42 product lines;
  remaining barriers to a joint technical committee reporting within 60 days; 2025
  two-way trade about US$1.2bn (Kenyan exports ~$680m, Tanzanian ~$520m); about 650
  trucks a day at Namanga; next round in Mombasa in August.
OUTLETS: East Africa Newswire (wire, meta); The Arusha Sentinel (newspaper, line);
  Jambo 24 (broadcaster, jsonld); Border & Bulk (logistics newsletter, none).
PLANTED:
  1. Mfinanga's office: right Minister for Industry and Trade; East Africa Newswire calls
     him Tanzania's Finance Minister.
  2. Start of 24-hour operation: right 1 May; Jambo 24 says June 1.
  3. Barriers resolved: right nine (of 17); Border & Bulk says seven.
LEGITIMATE TRAPS: $1.2 billion vs about KSh 155 billion; per-country trade parts vs the
  total; 650 trucks now vs a 900 forecast; October 2025 Nairobi round (five barriers);
  eight outstanding barriers; 60-day deadline; talks opened 14 April, signed 16 April,
  effective 1 May; "Cabinet Secretary for Investments, Trade and Industry" vs "Trade
  Cabinet Secretary"; full names vs short names; fee savings example ($6,000 a month);
  driver's ten-hour wait; KSh 40,000 a night.

-------------------------------------------------------------------------------------
rk-AS5 — rocket — CONTROL — fetched 2026-06-15
TRUE FACTS: Pwani Orbital Systems (Mombasa) flew its Kifaru-1 single-stage sounding
  rocket (9.6 m, hybrid motor) from the San Marco platform of the Luigi Broglio Space
  Centre off Ngomeni near Malindi on Sunday 7 June 2026 at 6:42 a.m. EAT (03:42 GMT);
  apogee 112 km (about 70 miles); lift-off to payload splashdown 9 min 48 s; 38 kg payload
  with three experiments; splashdown about 84 km offshore, payload recovered about
  8:50 a.m.; first attempt scrubbed Thursday 4 June for upper-level winds; CEO Dr Faith
  Chepkoech Rotich; programme cost KSh 1.9 billion (about US$14.7m); Kifaru-2 planned for
  2027.
OUTLETS: Rift Wire Service (wire, meta); Coast Observer (newspaper, jsonld); Jambo 24
  Live (broadcaster live blog, line); Orbit East (newsletter, none).
PLANTED: none.
LEGITIMATE TRAPS: 112 km / 70 miles / 112 kilometres / about 367,000 feet; 84 km / about
  45 nautical miles; 6:42 a.m. / 6.42am / 06:42 EAT / 03:42 UTC / 0342 GMT; 9 min 48 s vs
  "just under 10 minutes"; live-blog preliminary apogee (above 100 km, about 109 km)
  before final 112 km; pre-flight predicted range 105-120 km; 5,600 km/h vs 1.55 km/s;
  orbital velocity 7.8 km/s; scrub date vs launch date; launch window 6:30-8:30 a.m.;
  Kifaru-2 (2027) and orbital (2030) targets; 41-second burn; staff numbers; earlier
  Kenyan satellites; sidebars.

-------------------------------------------------------------------------------------
eq-AS6 — earthquake — 3 PLANTED — fetched 2026-09-01
TRUE FACTS: earthquake in Afar region, Ethiopia, on Saturday 22 August 2026 at 11:17 p.m.
  local time (20:17 GMT); epicentre about 30 km north-east of Gewane (Gabi Rasu zone);
  USGS magnitude 6.1 at 10 km depth, Addis Ababa University's IGSSA 5.9; final official
  toll (Afar regional government, Tuesday 25 August): 27 dead, 143 injured; 1,260 houses
  destroyed; about 8,400 displaced; largest aftershock M4.8 at 4:05 a.m. Sunday 23 August;
  Addis Ababa-Djibouti railway halted 36 hours; federal emergency release 150 million
  birr; regional bureau head Ahmed Hassan Ali; EDRMC commissioner Tadesse Alemu.
OUTLETS: Horn Wire (wire, jsonld); Addis Chronicle (newspaper, line); Entoto Broadcasting
  (broadcaster live blog, newest first, meta); Rift Valley Relief Bulletin (newsletter,
  none).
PLANTED:
  1. Time of the quake: right 11:17 p.m.; Horn Wire says 11:47 p.m. (2047 GMT).
  2. Injured: right 143; Addis Chronicle says 134 (transposed digits).
  3. Epicentre town: right Gewane; Entoto Broadcasting says Dubti.
LEGITIMATE TRAPS: USGS 6.1 vs IGSSA 5.9 (attributed competing estimates); provisional
  tolls on the live blog (nine; 19 dead / 80 injured; 24 dead / 112 injured) before the
  final 27 / 143; local time vs GMT/UTC; 36 hours vs "about a day and a half"; 150 million
  birr / Br150 million / ETB 150 million / $1.1 million; households vs people; tents
  needed vs arrived; 14 damaged schools; 31 referred to hospital; distance to Addis
  Ababa; 2025 Awash Fentale swarm; appeal of US$4.2 million.
"""

import html
import json

# ---------------------------------------------------------------------------
# Page building
# ---------------------------------------------------------------------------

NAV = ["Home", "Kenya", "Ethiopia", "Tanzania", "East Africa", "Business", "World", "Opinion", "Sport", "Video"]


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

RIFT = ("Rift Wire Service", "riftwire.example")
LEDGER = ("The Nairobi Ledger", "nairobiledger.example")
SHILLING = ("The Shilling Brief", "shillingbrief.example")
SBN = ("SBN — Savanna Broadcasting Network", "sbnnews.example")
MLIMA = ("Mlima Daily", "mlimadaily.example")
JAMBO = ("Jambo 24", "jambo24.example")
BALLOT = ("The Ballot Letter", "ballotletter.example")
BAHARI = ("Bahari Courier", "baharicourier.example")
EANW = ("East Africa Newswire", "eanewswire.example")
DEALBOOK = ("The Dar Dealbook", "dardealbook.example")
SENTINEL = ("The Arusha Sentinel", "arushasentinel.example")
BORDER = ("Border & Bulk", "borderbulk.example")
COAST = ("Coast Observer", "coastobserver.example")
ORBIT = ("Orbit East", "orbiteast.example")
HORN = ("Horn Wire", "hornwire.example")
CHRONICLE = ("Addis Chronicle", "addischronicle.example")
ENTOTO = ("Entoto Broadcasting", "entotobc.example")
RELIEF = ("Rift Valley Relief Bulletin", "reliefbulletin.example")


# ---------------------------------------------------------------------------
# cb-AS1 — central bank (CONTROL)
# ---------------------------------------------------------------------------

CB_RIFT = article(
    RIFT, "business/2026/02/10/kenya-cbk-trims-rate-8-75",
    "Kenya's central bank trims key rate to 8.75% as inflation stays subdued",
    "Monetary Policy Committee delivers a quarter-point cut, in line with most forecasts; lending to businesses picks up.",
    "By Kevin Mutai",
    paras("""
NAIROBI, Feb 10 (Rift Wire) - Kenya's central bank cut its benchmark lending rate by 25
basis points to 8.75% on Tuesday, extending an easing cycle that has now run for more than
a year, as inflation stayed comfortably inside its target band and credit to the private
sector showed signs of recovery.

The Central Bank of Kenya's Monetary Policy Committee said in a statement released at
5 p.m. (1400 GMT) that overall inflation was expected to remain below the 5% mid-point of
the government's 2.5%-7.5% target range in the near term, "supported by stable food
prices, lower energy costs and a stable exchange rate".

Consumer prices rose 4.4% year-on-year in January, down from 4.5% in December, official
data showed last week. Core inflation, which strips out food and fuel, was 2.9%.

The committee said there was "scope for a further measured reduction" in the Central Bank
Rate to support lending to the private sector, while keeping inflation expectations
anchored. It kept the cash reserve ratio for commercial banks unchanged at 3.25%.

Nine of 14 economists polled by Rift Wire last week had forecast a quarter-point cut.
Three expected the bank to hold at 9.00%, and two had pencilled in a deeper,
50-basis-point reduction.

##AD##

## Credit recovering

Private sector credit grew 6.1% year-on-year in January, up from 5.0% in December, the
bank said, after contracting for several months in 2025 as high borrowing costs and a
clean-up of bank loan books weighed on lending.

Average commercial bank lending rates fell to 15.1% in January from 17.2% a year earlier,
it added. Businesses and lawmakers have complained that banks have been slow to pass on
the cheaper cost of money.

"The bank is still easing, but the message is that it will go step by step from here,"
said Wairimu Njoroge, head of research at Nairobi brokerage Tana Securities. "With
inflation this low, another quarter point in April is very possible."

The bank's previous decision, on Dec. 9, was a 50-basis-point cut to 9.00% from 9.50%.

## Reserves and growth

Usable foreign exchange reserves stood at $12.4 billion, equivalent to 5.3 months of
import cover, the committee said. The shilling has traded at around 129.3 to the dollar
for most of the past year.

The central bank expects the economy to grow 5.4% in 2026, after an estimated 4.8% last
year. The International Monetary Fund, in its most recent outlook, put Kenya's 2026
growth at a more cautious 5.0%.

Governor Samuel Mbatha is due to brief journalists on Wednesday. The committee's next
meeting is scheduled for April 7.
"""),
    date_mode="meta", when="2026-02-10T17:48:00+03:00",
    sidebar=("Markets at a glance", ["NSE All Share Index: 187.42, up 0.6%", "USD/KES: 129.30",
                                     "Brent crude: $71.85 a barrel", "91-day T-bill yield: 7.81%"]),
    related=[("Uganda's central bank holds rate at 9.75% for fifth straight meeting", "business/2026/02/05/uganda-bou-holds"),
             ("Kenya's January inflation eases to 4.4%", "business/2026/01/30/kenya-inflation-january"),
             ("Kenya's central bank cuts rate by 50 bps to 9.00%", "business/2025/12/09/kenya-cbk-cuts-9")],
    section="Business")

CB_LEDGER = article(
    LEDGER, "business/mbatha-to-banks-no-more-excuses",
    "Mbatha to banks: no more excuses after CBK lowers rate to 8.75pc",
    "Governor says lenders must follow the regulator's latest cut with cheaper loans to households and small firms.",
    "By Brian Kiptoo and Lucy Akinyi",
    paras("""
Central Bank of Kenya Governor Dr Samuel Kiprono Mbatha has put commercial banks on
notice, saying they have no reason to keep lending rates high after the regulator cut its
benchmark rate yet again this week.

The bank's Monetary Policy Committee (MPC), which met on Tuesday, lowered the Central Bank
Rate (CBR) by a quarter of a percentage point to 8.75 per cent from 9 per cent. The new
rate took effect yesterday.

"Banks have no excuse now. The cost of funds has come down and we expect lending rates to
follow," Dr Mbatha told a press briefing at the CBK headquarters on Haile Selassie Avenue
yesterday morning.

He said the bank would step up monitoring of how quickly lenders adjust rates on existing
loans under the new pricing framework introduced last year, and would begin publishing
lender-by-lender figures.

## Slow pass-through

A year ago, the CBR stood at 10.75 per cent. Average lending rates, however, have fallen
more slowly, from 17.2 per cent in January last year to 15.1 per cent last month,
according to CBK data.

Tom Oduor, chief economist at Equatorial Commercial Bank, said lenders had been cautious
because of high non-performing loans. "The cuts are welcome, but banks are pricing risk,
not only the policy rate. Bad loans are still above 16 per cent of the book," he said.

##AD##

Inflation has stayed low. The Kenya National Bureau of Statistics put January's overall
inflation at 4.4 per cent, from 4.5 per cent in December, helped by lower prices of maize
flour, cooking gas and electricity.

The governor said the MPC saw inflation staying below the 5 per cent midpoint of the
target range in the coming months. Asked whether more cuts were coming, he said the
committee would "look at the data in April", when it meets next on April 7.

## Shilling steady

The shilling traded at 129.30 to the dollar yesterday, little changed from a week
earlier. Official reserves of $12.4 billion (about Sh1.6 trillion) cover 5.3 months of
imports, comfortably above the statutory minimum of four months.

Dr Mbatha said private-sector credit growth had recovered to 6.1 per cent in January, from
5 per cent a month earlier, with manufacturing, trade and households all borrowing more.

He also defended the decision to leave the cash reserve ratio at 3.25 per cent, saying the
bank wanted to "see the full effect of the cuts already made" before touching its
liquidity tools.

The MPC's December meeting had cut the rate by 50 basis points, from 9.5 per cent to 9 per
cent.
"""),
    date_mode="line", date_line="Wednesday, 11 February 2026",
    sidebar=("Most read", ["Fuel prices: EPRA keeps super petrol at Sh184.52 per litre in Nairobi",
                           "Nairobi MCAs approve Sh44.6 billion supplementary budget",
                           "KCSE 2025: 246,391 candidates score C+ and above",
                           "Harambee Stars name 26-man squad for March qualifiers"]),
    related=[("What the 0.25 percentage point cut means for your loan", "business/what-the-cut-means-for-your-loan"),
             ("Banks post Sh212 billion in combined profit for 2025", "business/banks-post-combined-profit")],
    section="Business")

CB_SHILLING = article(
    SHILLING, "issues/cbk-goes-a-quarter-point",
    "The Shilling Brief: CBK goes a quarter point, and April is live",
    "Our weekly read on rates, the currency and Kenya's money markets.",
    "Written by Achieng Omondi",
    paras("""
Good morning. The Central Bank of Kenya did what most of the street expected on Tuesday,
February 10: it trimmed the Central Bank Rate by 0.25 percentage points, taking it to
8.75% from 9%. The new rate applied from the next day, Wednesday, February 11.

## The decision in three lines

Rate down 25 bps, to 8.75%.

Cash reserve ratio held at 3.25%.

Next meeting: Tuesday, April 7.

## Why they moved

Inflation is simply not a problem at the moment. January's headline reading of 4.4% sits
well under the 5% midpoint of the target range, and core inflation was just 2.9%. The
committee's statement leaned on three supports: stable food prices, cheaper energy and a
calm shilling.

What the MPC wants is credit. Private sector lending grew 6.1% in January, better than
the 5.0% of December but still well short of what the bank would call healthy.

##AD##

## What we (and everyone else) expected

Our own reader survey, with 212 responses, had 61% expecting a 25 bp cut, 27% a hold and
12% a half-point move. The professional forecasters were similar: of the 14 economists in
the Rift Wire poll, nine went for a quarter point.

The one thing that moved more than expected was the tone. The statement dropped the
phrase "cautious easing" from December's text, when the MPC cut by 50 bps to 9%. Governor
Samuel Mbatha's line at Wednesday's briefing, that banks have "no excuse now", will be
quoted back to lenders for months.

## Numbers to watch this week

USD/KES: 129.3, flat on the week.

91-day Treasury bill: 7.81%, down 6 bps.

Reserves: US$12.4bn, or 5.3 months of import cover.

CBK's 2026 growth forecast: 5.4% (the IMF says 5.0%).

## Around the region

The Bank of Uganda held its rate at 9.75% on February 5, and the Bank of Tanzania is
keeping its CBR at 5.75% for the first quarter. In Addis Ababa, the National Bank of
Ethiopia left its policy rate at 15% at its last meeting.

## One chart we keep looking at

The gap between the policy rate and the average lending rate is still above six
percentage points. Until that narrows, the cuts will feel abstract to most borrowers.

That's it for this week. Forward this to a friend who still thinks mortgage rates fall
the day after a cut.
"""),
    date_mode="none",
    sidebar=("From the archive", ["How the CBR moved in 2025: every decision in one chart",
                                  "Eurobond buyback: what the $1.5bn deal did to yields",
                                  "Why M-Pesa float numbers matter for liquidity"]),
    related=[("Last week: T-bill yields slip below 8% for the first time since 2022", "issues/t-bills-slip"),
             ("Explainer: how the MPC votes", "explainers/how-the-mpc-votes")],
    section="Newsletter")

CB_SBN = article(
    SBN, "business/loans-may-not-get-cheaper-soon",
    "Loans may not get cheaper soon despite CBK rate cut, lenders say",
    "The Central Bank Rate now stands at 8.75 percent after Tuesday's decision, but borrowers could wait months for relief.",
    "Faith Wambua, SBN Business Desk",
    paras("""
Kenyan borrowers hoping for immediate relief after the Central Bank of Kenya lowered its
key rate this week may have to wait, bankers and analysts told SBN on Wednesday.

The Monetary Policy Committee on Tuesday cut the Central Bank Rate by 25 basis points to
8.75 percent, a move announced at 5 p.m. East Africa Time.

Speaking at a news conference in Nairobi on Wednesday, CBK Governor Samuel Mbatha said:
"Banks have no excuse. The cost of funds has come down, and we expect lending rates to
follow quickly."

But at Gikomba market, traders said loan offers had barely changed. "Last year the bank
charged me 19 percent. This January they said 18. That is not a cut I can feel," said
Mary Njeri, who runs a second-hand clothes stall.

##AD##

## Why rates are sticky

Bankers say most existing loans are repriced only at set intervals, and that many lenders
are still cleaning up soured loans. "We will adjust, but the credit committee has to see
the risk come down as well," said a senior manager at a mid-sized lender who asked not to
be named.

The average lending rate stood at 15.1 percent in January, according to the central
bank, compared with 17.2 percent twelve months earlier. Over the same period, the
benchmark has come down by two full percentage points.

## Inflation low, shilling calm

Inflation remains low. The statistics bureau reported that prices rose 4.4 percent in the
year to January, and the CBK expects inflation to stay below the midpoint of its target
range.

The governor also said the economy should expand by 5.4 percent this year. He pointed to
the shilling's stability, at around 129 to the dollar, and to foreign reserves of 12.4
billion dollars as signs of resilience.

Economists at Tana Securities had expected exactly this quarter-point move, while a
minority of analysts had argued for a bolder half-point cut.

The committee meets again on 7 April.

## What the cut means in shillings

For a borrower with a two million shilling loan over ten years at today's average rate, a
0.25-point fall in the lending rate would trim the monthly instalment by roughly 300
shillings, according to SBN's calculations. Few banks, however, have yet announced new
rates.
"""),
    date_mode="jsonld", when="2026-02-11T14:05:00+03:00",
    sidebar=("Trending on SBN", ["Matatu fares rise Sh20 on Thika Road routes",
                                 "Gor Mahia beat AFC Leopards 2-1 in Mashemeji derby",
                                 "Mombasa port handles 41.2 million tonnes in 2025"]),
    related=[("Video: Governor Mbatha's full briefing", "video/mbatha-briefing"),
             ("Fuel prices unchanged for February cycle", "business/fuel-prices-february")],
    section="Business")


# ---------------------------------------------------------------------------
# el-AS2 — election (3 PLANTED)
# ---------------------------------------------------------------------------

EL_RIFT = article(
    RIFT, "politics/2026/05/15/kenya-mathioya-by-election-result",
    "Kariuki wins Kenya's Mathioya by-election in early test for opposition alliance",
    "Umoja Progressive Party candidate beats NRA challenger; turnout falls well below 2022 level.",
    "By Daniel Wekesa",
    paras("""
NAIROBI/MURANG'A, May 15 (Rift Wire) - Joseph Mwangi Kariuki of the Umoja Progressive
Party won a parliamentary by-election in Kenya's central Mathioya constituency, the
electoral commission said early on Friday, beating a challenger backed by the opposition
National Renewal Alliance.

Kariuki received 23,418 votes against 17,962 for Grace Nduta Wanjiro, constituency
returning officer Mercy Ouma announced at the tallying centre in Kiriani at about
3:40 a.m. (0040 GMT). Independent candidate Peter Macharia Ndegwa was third with 4,115.

Turnout in Thursday's vote was 38.7% of the 121,870 registered voters, according to the
Independent Electoral and Boundaries Commission (IEBC), far below the 64.2% recorded in
the constituency at the 2022 general election.

The seat fell vacant after the death in February of Daniel Kimani Githinji, who won it in
2022 with 31,205 votes.

##AD##

The contest in the tea-growing hills of Murang'a County was watched as an early gauge of
voter mood ahead of the 2027 general election. Both main blocs sent senior figures to
campaign, and the final week was marked by accusations of voter bribery that the IEBC
said it was looking into.

Kariuki, a 44-year-old former county executive for agriculture, took just over half of
the valid votes. "This is a win for the farmers of Mathioya, not for any party in
Nairobi," he told supporters after the declaration.

Wanjiro, a lawyer and former ward representative, conceded but said her team would
study the result forms from several polling stations in Kamacharia ward where it had
raised concerns. "We have lost a vote, not the argument," she said in a message to
supporters on Friday morning.

An NRA official said the party had not decided whether to go to court. Under Kenyan law,
a petition challenging the result must be filed within 28 days of the declaration.

Observers from the Elections Observation Group said voting had been largely peaceful,
though several polling stations opened late because of missing materials.

A total of 354 ballots were rejected, the IEBC said. The four other candidates on the
ballot shared 1,287 votes.

Analysts said the result would comfort the UPP after a difficult year, but warned against
reading too much into a low-turnout contest. "By-elections reward the side with the better
machine on the day," said Nairobi political analyst Hellen Chebet.
"""),
    date_mode="jsonld", when="2026-05-15T05:10:00+03:00",
    sidebar=("Top stories", ["Kenya shilling steady at 129.4 per dollar",
                             "Ethiopia's central bank sells $60 million at weekly forex auction",
                             "Tanzania's parliament opens budget session in Dodoma"]),
    related=[("Mathioya by-election: what's at stake", "politics/2026/05/12/mathioya-preview"),
             ("IEBC gazettes Mathioya by-election date", "politics/2026/03/03/iebc-gazettes-mathioya")],
    section="Politics")

EL_MLIMA = article(
    MLIMA, "counties/muranga/kariuki-takes-mathioya",
    "Kariuki takes Mathioya as turnout slumps",
    "UPP candidate beats NRA's Wanjiru after a bruising campaign; fewer than four in ten voters turn out.",
    "By Njeri Wachira in Murang'a",
    paras("""
Joseph Mwangi Kariuki is the new Member of Parliament for Mathioya after winning
Thursday's by-election with 23,148 votes, ending a bruising four-week campaign that pulled
in Cabinet Secretaries, governors and opposition heavyweights.

The Umoja Progressive Party candidate beat the National Renewal Alliance's Grace Nduta
Wanjiru, who garnered 17,962 votes. Independent Peter Ndegwa, a former teacher from
Kamacharia ward, came a distant third with 4,115 votes. The remaining four candidates
shared 1,287 votes between them.

Returning officer Mercy Atieno Ouma declared the results in the early hours of Friday at
the Kiriani tallying centre, after a tally that was delayed by a late-arriving ballot box
from a station in Gitugi ward.

"I hereby declare Joseph Mwangi Kariuki as duly elected," Ms Ouma said to cheers from his
supporters.

## Few voters

Only 47,136 of the constituency's 121,870 registered voters turned out, a turnout of 38.7
per cent. In the 2022 General Election, the late MP Daniel Githinji alone polled 31,205
votes on a turnout of 64.2 per cent.

Elders in Kiriani blamed the low turnout on the planting season and on voter fatigue.
"People are tired of politicians who only come when there is a vote," said Mzee John
Mureithi, 71.

##AD##

## Wanjiru's camp weighs options

Ms Wanjiru, speaking at her Kiriani home yesterday, said she accepted the will of the
voters but questioned the results from some polling stations. "We have lost this vote,
but we have not lost the argument about who cares for the tea farmer," she said.

Her chief agent, Simon Gachanja, said the party had noted "irregularities" in Forms 35A
from six stations and would decide within a week whether to file a petition.

Mr Kariuki's victory hands the UPP its third by-election win since the 2022 polls. He
promised to push for a review of the tea cess and to lobby for the tarmacking of the
Kiriani-Gitugi road. "Mathioya has spoken, and I will not let them down," he told
journalists after the declaration.

## Background

The seat fell vacant when Mr Githinji died on February 19 after a short illness. The IEBC
gazetted the by-election on March 3, and campaigns officially began on April 15.

Mathioya, which borders the Aberdare forest, is one of Murang'a's main tea-growing
areas, and falling factory payouts dominated the campaign. Both leading candidates
promised to fight for higher bonuses for smallholders.
"""),
    date_mode="line", date_line="Saturday, 16 May 2026",
    sidebar=("Most read", ["Murang'a tea farmers to get Sh5.2 billion in bonuses",
                           "Kenol-Sagana dual carriageway 80% complete, says KeNHA",
                           "Murang'a Seal promoted to Premier League after 3-0 win"]),
    related=[("Who is Joseph Mwangi Kariuki?", "counties/muranga/who-is-kariuki"),
             ("Mathioya voters list: 121,870 registered", "counties/muranga/mathioya-register")],
    section="Counties")

EL_JAMBO = article(
    JAMBO, "live/mathioya-by-election",
    "LIVE: Mathioya by-election — voting, counting and results",
    "Follow our live coverage of the Mathioya parliamentary by-election in Murang'a County.",
    "Jambo 24 Live team: Kevin Njoroge, Salma Hassan and Paul Kirui",
    updates([
        ("Fri 15 May, 4:12 a.m.", "Kariuki declared winner",
         "Returning officer Mercy Atieno Ouma has declared Joseph Mwangi Kariuki (UPP) the winner with "
         "23,418 votes. Grace Nduta Wanjiru (NRA) got 17,962 and independent Peter Macharia Ndegwa 4,115. "
         "The other four candidates polled 1,287 between them.\n\n"
         "That is a margin of 5,456 votes. Official turnout: 38.7%. Rejected ballots: 354. The declaration "
         "came at 3:40 a.m.\n\n"
         "Kariuki, speaking to our reporter moments later: \"This win belongs to the farmers of Mathioya, "
         "not to some party office in Nairobi.\"\n\n"
         "That's where we end our live coverage. Thank you for staying with us through the night."),
        ("Fri 15 May, 2:55 a.m.", "Last ballot box arrives",
         "The final ballot box, from a polling station in Gitugi ward, has arrived at the Kiriani tallying "
         "centre under police escort. Officials say it was held up by a broken-down vehicle."),
        ("Fri 15 May, 1:20 a.m.", "180 of 187 stations",
         "With results from 180 of 187 polling stations captured at the tallying centre, Kariuki leads with "
         "22,610 votes to Wanjiru's 17,270. The remaining stations are small, so the trend is unlikely to "
         "change."),
        ("Thu 14 May, 11:48 p.m.", "Halfway there",
         "Provisional tallies from 96 of 187 stations: Kariuki 12,640, Wanjiru 9,871, Ndegwa 2,020. These are "
         "unofficial figures compiled by our reporters from forms posted at polling stations."),
        ("Thu 14 May, 9:30 p.m.", "Wanjiru camp raises concerns",
         "Wanjiru's chief agent Simon Gachanja told Jambo 24 that their agents were kept out of two stations "
         "in Kamacharia ward for \"about an hour\" during counting. The IEBC has not yet commented."),
        ("Thu 14 May, 5:10 p.m.", "Polls close",
         "Polling stations have closed across Mathioya, except where voting started late; those will stay "
         "open to make up for lost time. The IEBC's provisional estimate puts turnout at \"around 35%\". "
         "Counting now begins at individual stations."),
        ("Thu 14 May, 12:40 p.m.", "Slow morning",
         "IEBC county election manager Joyce Mwikali says turnout stood at about 21% by noon. \"We expect "
         "more voters in the afternoon once people finish in the shambas,\" she said."),
        ("Thu 14 May, 8:15 a.m.", "Front-runners vote",
         "Both front-runners have cast their ballots. Kariuki voted at a primary school in Kiriani shortly "
         "after 7 a.m. and told us he was \"confident but not complacent\". Wanjiru voted in Kamacharia: "
         "\"Let the people speak, and let the IEBC count every vote.\""),
        ("Thu 14 May, 6:02 a.m.", "Polls open",
         "Good morning and welcome to our live coverage of the Mathioya by-election. Polls opened at 6 a.m. "
         "in most of the 187 polling stations. Seven candidates are on the ballot to replace the late Daniel "
         "Kimani Githinji, who died in February. A total of 121,870 voters are registered."),
    ]),
    date_mode="meta", when="2026-05-14T06:02:00+03:00",
    sidebar=("Also on Jambo 24", ["Nairobi Expressway toll rises to Sh360 for longest trip",
                                  "Harambee Starlets beat Ethiopia 2-0 in friendly",
                                  "Mombasa: three held over Sh12 million fuel theft"]),
    related=[("Mathioya: the seven candidates", "politics/mathioya-candidates"),
             ("Explainer: how a by-election result is declared", "explainers/by-election-declaration")],
    section="Live")

EL_BALLOT = article(
    BALLOT, "letters/what-mathioya-tells-us",
    "The Ballot Letter: what Mathioya tells us about 2027",
    "A weekly newsletter on Kenyan elections, numbers first.",
    "By Wambui Kinyanjui",
    paras("""
Welcome back. This week's letter is all about one small constituency in Murang'a, and
why both big coalitions spent so much money there.

## The result

Tuesday's Mathioya by-election, held on May 14, went to Joseph Mwangi Kariuki of the Umoja
Progressive Party with 23,418 votes. Grace Nduta Wanjiru of the National Renewal Alliance
took 17,962 and independent Peter Ndegwa 4,115. The margin, 5,456 votes, was wider than
most local pundits predicted, though smaller than the 8,000-plus lead that the UPP's
internal polling had promised its donors.

Kariuki's share of valid votes was 50.1%. Wanjiru's was 38.4%.

## Turnout is the story

Only 38.7% of registered voters took part. That is not unusual for a by-election. But
compare it with 2022, when 64.2% of Mathioya's voters turned out and the late Daniel
Githinji won 61.8% of the vote on his own.

My back-of-envelope maths: Kariuki got roughly 7,800 fewer votes than Githinji did in
2022 and still won comfortably. The NRA's problem was not persuasion; it was
mobilisation.

##AD##

## What the campaigns said

On the eve of the vote, Kariuki told a rally in Kiriani that he would "take the tea
farmers' fight to Parliament on day one". After the declaration he struck a more
conciliatory tone, inviting Wanjiru to "work with us for Mathioya".

Wanjiru's camp has hinted at a petition. They have until mid-June, 28 days from the
declaration, to decide.

## Three takeaways

First, the UPP's ground game in the upper wards was decisive. Kariuki carried every ward
except Kamacharia, Ndegwa's home ward, where the independent split the vote.

Second, money did not buy turnout. Both coalitions flew in senior figures by helicopter,
yet fewer than four in ten voters showed up.

Third, independent candidates still matter. Ndegwa's 4,115 votes came almost entirely
from around Kamacharia, and without him the NRA would have had a real chance there.

## Coming up

Next week we look at the IEBC's new results transmission kits, which will be tested again
in three ward by-elections scheduled for July, and at what the register numbers tell us
about young voters.

As always, reply to this email with your questions. The best ones go into the next letter.
"""),
    date_mode="none",
    sidebar=("Previous letters", ["Why ward by-elections matter more than you think",
                                  "The 2022 turnout map, constituency by constituency",
                                  "How many voters did the IEBC add in 2025?"]),
    related=[("Data: every by-election since 2022", "data/by-elections-since-2022")],
    section="Newsletter")


# ---------------------------------------------------------------------------
# ct-AS3 — court (CONTROL)
# ---------------------------------------------------------------------------

CT_BAHARI = article(
    BAHARI, "news/court-orders-pwani-cement-to-pay-contractor",
    "Court orders Pwani Cement to pay contractor Sh48.6bn",
    "High Court rules the cement maker unlawfully terminated a jetty contract in 2023.",
    "By Rehema Mushi",
    paras("""
DAR ES SALAAM. The High Court of Tanzania (Commercial Division) has ordered Pwani Cement
Company Limited to pay Kilwa Marine Contractors Limited Sh48.6 billion for wrongfully
terminating a contract to build a jetty and conveyor system at the cement maker's plant in
Mkuranga District.

Delivering judgment yesterday, Justice Amina Rashidi Mwakyusa said the cement company had
failed to prove that the contractor was in breach when it terminated the agreement in
March 2023.

"The termination notice was issued without the 30-day period to remedy required under
clause 21 of the contract. It was, in the circumstances, unlawful," the judge said.

The contractor had sued for Sh71.2 billion, covering unpaid certificates, idle
equipment, loss of profit and demobilisation costs. The court allowed the claims for
unpaid certificates and idle equipment in full, but cut the claim for loss of profit by
more than half.

The award will carry interest at 7 per cent a year from August 14, 2023, the day the suit
was filed, until payment in full. Pwani Cement was also ordered to pay the costs of the
suit.

##AD##

## Counterclaim dismissed

Justice Mwakyusa dismissed a counterclaim of Sh9.4 billion in which Pwani Cement said the
contractor's delays had cost it lost production. She said the company had produced "no
reliable evidence" linking the delays to any lost output.

The two firms signed the Sh126 billion contract in June 2021. They disagreed sharply over
how much work had been done before termination: Kilwa Marine's engineers put completion at
62 per cent, while Pwani Cement's consultant assessed it at 41 per cent.

Advocate Neema Shirima, for Kilwa Marine, welcomed the decision. "My client has waited
almost three years for this day. Justice has been done," she told reporters outside the
court.

Pwani Cement's lawyer, Advocate Godfrey Lyimo, said his client would study the 112-page
judgment before deciding on an appeal. The company has 30 days to lodge a notice of
appeal to the Court of Appeal.

## Jobs at stake

Kilwa Marine said it had laid off 180 workers after the contract ended. Pwani Cement,
which employs about 1,400 people, reported revenue of Sh412 billion in 2025.

The jetty, which was never finished, was meant to allow the company to ship clinker and
cement by sea to Zanzibar, Mtwara and the Comoros, cutting its reliance on trucks on the
busy Kilwa Road.
"""),
    date_mode="line", date_line="Thursday, 12 March 2026",
    sidebar=("Most read", ["TRA collects Sh3.1 trillion in February, beating target",
                           "Simba SC beat Young Africans 2-1 in Kariakoo derby",
                           "Dar rapid bus fares to rise to Sh850 from April"]),
    related=[("Pwani Cement posts Sh412bn revenue for 2025", "business/pwani-cement-results-2025"),
             ("Commercial court clears record backlog", "news/commercial-court-backlog")],
    section="Courts")

CT_EANW = article(
    EANW, "2026/03/11/tanzania-court-cement-jetty-ruling",
    "Tanzanian court orders cement maker to pay $18.7 million over cancelled jetty deal",
    "Judge finds Pwani Cement unlawfully ended contract with Kilwa Marine; company weighs appeal.",
    "By Hamza Said",
    paras("""
DAR ES SALAAM, March 11 (EANW) - Tanzania's High Court on Wednesday ordered Pwani Cement
Co. to pay 48.6 billion shillings (about $18.7 million) to a local marine contractor
whose contract to build a jetty at the cement maker's coastal plant was cancelled three
years ago.

Judge Amina Mwakyusa of the court's Commercial Division ruled that Pwani Cement had
unlawfully terminated the agreement with Kilwa Marine Contractors Ltd in 2023, and rejected
the cement company's argument that the contractor had fallen too far behind schedule.

Kilwa Marine had sought 71.2 billion shillings ($27.4 million). The judge awarded most of
the direct costs claimed but reduced the amount sought for lost profits, saying parts of
that claim were "speculative".

Interest of 7% a year will run on the award from August 2023, when the case was filed.

##AD##

Pwani Cement said in a statement it was "disappointed" and was considering its options. A
lawyer for the company, Godfrey Lyimo, told EANW an appeal was "very likely".

"We respect the court, but we believe the evidence on delays was not properly weighed,"
Lyimo said by phone.

The dispute is one of the largest commercial cases heard in Tanzania's courts in recent
years and has been closely watched by foreign contractors working on the country's ports
and industrial projects.

The jetty was meant to allow Pwani Cement to export clinker by sea directly from its plant
in Mkuranga, about 50 km south of Dar es Salaam. The 2021 contract was worth 126 billion
shillings.

Kilwa Marine's counsel, Neema Shirima, said the ruling sent "a clear message that contracts
must be respected, whoever the parties are".

Pwani Cement's counterclaim for 9.4 billion shillings was dismissed. The company has 30
days to file a notice of appeal.

Tanzania's cement demand has risen on the back of public infrastructure spending,
including the standard gauge railway and the Julius Nyerere hydropower dam, and Pwani
Cement announced a new 1.5 million tonne-a-year production line in 2025.

Lawyers said the size of the award, and the judge's strict reading of the contract's notice
clause, could encourage other contractors with stalled claims to press ahead in court
rather than settle. Pwani Cement's shares are not listed, and the company did not say
whether the award would affect its expansion plans.

($1 = 2,600 Tanzanian shillings)
"""),
    date_mode="jsonld", when="2026-03-11T15:20:00+03:00",
    sidebar=("Latest", ["Uganda's coffee exports jump 18% in February",
                        "Kenya Airways to resume Kinshasa flights in May",
                        "Rwanda's inflation eases to 5.6% in February"]),
    related=[("Tanzania cement output hits record 11 million tonnes", "2026/01/20/tanzania-cement-output"),
             ("East African contractors push for faster commercial courts", "2025/11/04/contractors-courts")],
    section="Business")

CT_DEALBOOK = article(
    DEALBOOK, "issues/kilwa-marine-verdict",
    "Dealbook: The Kilwa Marine verdict and what it means for contractors",
    "Tanzania's weekly briefing on deals, disputes and the law.",
    "By Joseph Massawe",
    paras("""
In a packed courtroom in Dar es Salaam on Wednesday, March 11, Justice Amina Mwakyusa took
roughly an hour and a half to read the summary of her 112-page judgment in Kilwa Marine
Contractors Ltd v Pwani Cement Company Ltd. The bottom line: Pwani must pay TSh 48.6
billion, plus interest and costs.

Here is what the ruling says, and what it doesn't.

## The money

The award of TSh 48.6 billion is made up of three main parts: unpaid interim certificates
of TSh 21.3 billion, idle plant and equipment of TSh 12.8 billion, and loss of profit of
TSh 14.5 billion.

Kilwa Marine had asked for TSh 71.2 billion in total, including TSh 33.2 billion for lost
profit and TSh 3.9 billion for demobilisation. The demobilisation claim was rejected
because the contractor could not show receipts for most of it.

Interest runs at 7% a year from 14 August 2023, the filing date. By our rough estimate,
that adds around TSh 8.8 billion to the bill if Pwani pays this month, though the exact
figure depends on how the court registry computes it.

## The reasoning

The key finding was procedural. Clause 21 gave the contractor 30 days to remedy any
default after a written notice. Pwani issued its termination letter in March 2023, only
12 days after its first default notice. Justice Mwakyusa held that this was fatal to
Pwani's case.

On progress, the court was faced with competing estimates, 62% complete according to
Kilwa Marine and 41% according to Pwani's consultant, and chose to rely largely on the
certified payment record instead.

##AD##

## What happens next

Pwani Cement has 30 days from the judgment to lodge a notice of appeal at the Court of
Appeal. Its counsel, Godfrey Lyimo, said outside court: "We will read the judgment
carefully. Our client has strong grounds."

An appeal would not automatically suspend payment; Pwani would need to apply for a stay of
execution, usually with security.

## Why contractors care

For foreign and local contractors, the ruling is a reminder that Tanzanian courts will
enforce notice procedures in standard-form construction contracts strictly. Three lawyers
we spoke to called it "a textbook judgment".

## Other cases we're watching

The TSh 2.3 billion tax appeal by a Mwanza fish exporter at the Tax Revenue Appeals
Tribunal, with a hearing set for 2 April.

A shareholder dispute at an Arusha flower farm, where judgment has been reserved until
27 March.
"""),
    date_mode="none",
    sidebar=("This week in deals", ["Mining licence transfers: 14 approved in February",
                                    "A Dar fintech raises $6 million in Series A",
                                    "DSE turnover up 22% week on week"]),
    related=[("How the Commercial Division handles big claims", "explainers/commercial-division")],
    section="Newsletter")


# ---------------------------------------------------------------------------
# tr-AS4 — trade (3 PLANTED)
# ---------------------------------------------------------------------------

TR_EANW = article(
    EANW, "2026/04/16/kenya-tanzania-trade-barriers-namanga",
    "Kenya, Tanzania agree to scrap nine trade barriers, open Namanga round the clock",
    "Joint communique signed in Arusha after three days of talks; sugar and maize left for later.",
    "By Irene Lukumay",
    paras("""
ARUSHA, Tanzania, April 16 (EANW) - Kenya and Tanzania agreed on Thursday to remove nine
of 17 non-tariff barriers that have held up trade between the two biggest economies in the
East African Community, and to keep the busy Namanga border post open 24 hours a day from
May 1.

The deal was sealed in a joint communique signed at the end of three days of talks in
Arusha by Kenya's Cabinet Secretary for Investments, Trade and Industry Esther Kamau and
Tanzania's Finance Minister Hamisi Mfinanga.

Under the agreement, Tanzania will scrap a $150 per-consignment inspection fee charged on
Kenyan trucks in transit, while Kenya will recognise quality marks issued by the Tanzania
Bureau of Standards (TBS) for 42 product lines, ending duplicate testing at the border.

"We have moved from talking about barriers to removing them," Mfinanga told reporters
after the signing. "Traders will feel the difference within weeks, not years."

##AD##

Two-way trade between the neighbours was worth about $1.2 billion in 2025, according to
figures cited by both governments, with Kenya exporting roughly $680 million of goods to
Tanzania and importing about $520 million.

The Namanga one-stop border post, on the main highway between Nairobi and Arusha,
currently handles around 650 trucks a day and operates from 6 a.m. to 10 p.m.
Transporters have long complained of queues stretching for kilometres on both sides.

Kamau said the remaining eight barriers, including disputes over sugar and maize, would
be handled by a joint technical committee which must report within 60 days. "Some of these
issues are sensitive for farmers on both sides, and we will not rush them," she said.

The two countries have repeatedly clashed over trade in recent years, with tit-for-tat
restrictions on products ranging from milk to cooking gas. A previous round of talks in
Nairobi in October 2025 cleared five barriers.

Business groups on both sides welcomed the deal but said the real test would be at the
border. "A communique does not clear a truck. Officers do," said Grace Mshana, who heads
a Tanzanian exporters' association.

The next round of talks is due in Mombasa in August.
"""),
    date_mode="meta", when="2026-04-16T19:05:00+03:00",
    sidebar=("Latest", ["Ethiopia's birr weakens past 150 per dollar at official auction",
                        "Uganda's coffee exports rise 12% in March",
                        "Kenya tea auction prices ease to $2.31 a kilo"]),
    related=[("Kenya, Tanzania trade talks open in Arusha", "2026/04/14/kenya-tanzania-talks-open"),
             ("Namanga truck queues stretch for 12 km", "2026/02/23/namanga-queues")],
    section="Business")

TR_SENTINEL = article(
    SENTINEL, "news/namanga-to-run-24-hours",
    "Namanga to run 24 hours as Tanzania, Kenya settle nine trade disputes",
    "Ministers sign joint communique at AICC; eight outstanding barriers sent to a technical committee.",
    "By Lilian Mollel",
    paras("""
ARUSHA. Cargo trucks will be cleared round the clock at the Namanga One-Stop Border Post
from May 1, 2026, under a deal struck here yesterday by Tanzania and Kenya at the close of
three days of bilateral trade talks.

The Minister for Industry and Trade, Mr Hamisi Juma Mfinanga, and Kenya's Cabinet
Secretary for Investments, Trade and Industry, Ms Esther Muthoni Kamau, signed a joint
communique at the Arusha International Conference Centre (AICC) listing nine non-tariff
barriers (NTBs) that have been resolved out of the 17 tabled by both sides.

"For a long time our business people have suffered at the border. Today we say enough,"
Mr Mfinanga said during the signing ceremony, which was attended by officials from the
East African Community Secretariat.

## What changes

Among the barriers removed is a $150 fee per consignment that Kenyan trucks in transit
paid for inspection in Tanzania. Kenya, for its part, will accept the Tanzania Bureau of
Standards' quality mark for 42 product lines, meaning Tanzanian exporters of goods such as
biscuits, paints and cooking oil will no longer need a second certificate from the Kenya
Bureau of Standards.

The talks, which opened on Tuesday, April 14, began at officials' level before ministers
joined on the final day.

##AD##

## Traders cautious

At Namanga, clearing agents welcomed the news but said the test would be whether officers
at the border received the same message. "We have heard promises before. We will believe
it when a truck crosses at 2 a.m. without any trouble," said Mr Loishiye Laizer, a
clearing agent.

Currently the border works from 6 a.m. to 10 p.m., which means trucks that arrive late
wait overnight. About 650 trucks cross daily; the Arusha Transporters Forum estimates
traffic could rise to 900 a day once the post opens 24 hours.

## The unresolved eight

Mr Mfinanga said the eight remaining NTBs, which include Kenya's sugar import arrangements
and Tanzania's permits for maize exports, had been referred to a joint technical committee
that will report in 60 days.

"Let us not pretend that everything is finished. There is still homework," he said.

Trade between the two countries stood at about $1.2 billion last year. Tanzania exported
goods worth about $520 million to Kenya, while Kenyan exports to Tanzania reached $680
million.

The next round of talks will be held in Mombasa in August.
"""),
    date_mode="line", date_line="Friday, 17 April 2026",
    sidebar=("Most read", ["Arusha coffee auction: prices up 9% on last season",
                           "Ngorongoro entry fees to rise in July",
                           "Kilimanjaro climbers hit record 62,000 in 2025"]),
    related=[("Editorial: open borders, open markets", "opinion/open-borders-open-markets"),
             ("Maize traders count losses at Sirari", "news/maize-traders-sirari")],
    section="Business")

TR_JAMBO = article(
    JAMBO, "business/truckers-cheer-24-hour-namanga",
    "Truckers cheer as Kenya and Tanzania agree 24-hour Namanga border",
    "Drivers say the change could save them a full day on every trip between Nairobi and Arusha.",
    "Salma Hassan, Jambo 24 News",
    paras("""
Truck drivers on the Nairobi-Arusha highway have welcomed an agreement between Kenya and
Tanzania to keep the Namanga border post open day and night, a change expected to cut
waiting times that now stretch to a full night for late arrivals.

Under the deal signed in Arusha on Thursday by Trade Cabinet Secretary Esther Kamau and
Tanzania's Minister for Industry and Trade Hamisi Mfinanga, the one-stop border post will
operate 24 hours a day from June 1.

"Sometimes I sleep in the cab at Namanga for ten hours because I arrived at 10:15 at
night," said James Mutiso, a driver who hauls cement and flour between Athi River and
Arusha. "If they open all night, I save a whole day."

## Nine barriers go

The two governments said they had resolved nine of the 17 non-tariff barriers on the
table, including a US$150 inspection fee per consignment that Tanzania charged on Kenyan
transit trucks. Kenya will recognise Tanzanian standards marks for 42 categories of
products.

CS Kamau, who spoke to Jambo 24 by phone after returning to Nairobi on Thursday evening,
said the talks had been "frank". "We did not agree on everything, but we agreed on the
things that hurt small traders most," she said.

##AD##

## Sugar, maize still on the table

The eight unresolved barriers include disputes over sugar and maize, sensitive crops in
both countries. A joint technical committee has 60 days to propose solutions.

Kenya's sugar millers have long opposed cheaper imports from the region, while Tanzania
has at times restricted maize exports to protect its food reserves.

## What is at stake

Kenya sold goods worth about 680 million US dollars to Tanzania last year and bought about
520 million dollars' worth, according to official figures, a total of roughly 1.2 billion
dollars. That is about KSh 155 billion.

The Namanga post handles about 650 trucks each day. It currently opens at 6 a.m. and
closes at 10 p.m.

Ibrahim Dida, chairman of the Kenya Long Haul Truckers Forum, said the change was
overdue. "Our members lose about 40,000 shillings for every night they spend at the
border. Multiply that by hundreds of trucks," he said.

The next round of talks will be held in Mombasa in August.
"""),
    date_mode="jsonld", when="2026-04-17T07:40:00+03:00",
    sidebar=("Also on Jambo 24", ["Kenya Power cuts token prices by Sh2 per unit",
                                  "Nairobi County to ban handcarts from CBD",
                                  "AFC Leopards sack coach after 4-0 loss"]),
    related=[("Video: a night in the Namanga queue", "video/night-in-namanga-queue")],
    section="Business")

TR_BORDER = article(
    BORDER, "issues/namanga-round-the-clock",
    "Border & Bulk: Namanga goes round the clock — what the Arusha deal means for your cargo",
    "Practical notes for shippers, clearing agents and fleet owners on the northern and central corridors.",
    "By Moses Kiprop, logistics editor",
    paras("""
Good news for anyone moving freight between Nairobi and Arusha. At the close of three days
of talks in Arusha on Thursday, April 16, Kenya and Tanzania signed a joint communique that
resolves seven of the 17 non-tariff barriers on the bilateral list and, more importantly
for most of you, puts the Namanga one-stop border post on 24-hour operation from 1 May.

## The headline changes for shippers

Namanga round the clock. The post currently runs from 6 a.m. to 10 p.m. From 1 May,
customs, immigration and standards officers on both sides are supposed to be on duty
through the night. Plan for teething problems in the first week or two.

The $150 fee is gone. Tanzania's per-consignment inspection fee on Kenyan transit cargo is
scrapped. For a fleet doing 40 crossings a month, that is $6,000 a month back in your
pocket.

One mark, not two. Kenya will accept TBS quality marks for 42 product lines. If you ship
Tanzanian-made goods north, ask your clearing agent which lines are covered before
assuming you can skip KEBS testing.

##AD##

## What's not fixed

The other barriers, which the communique lists as "outstanding", include sugar quotas,
maize export permits and the level of road user charges. They go to a joint technical
committee with a 60-day deadline. Do not expect quick movement on sugar.

## Who signed

Kenya's Cabinet Secretary for Investments, Trade and Industry, Esther Kamau, and
Tanzania's Minister for Industry and Trade, Hamisi Mfinanga. In a briefing to business
groups before the signing, Mfinanga put it bluntly: "If the border is slow, the whole
corridor is slow."

## Numbers

Namanga traffic: about 650 trucks a day (2025 average).

Bilateral trade: about $1.2 billion in 2025.

Transporters' estimate of traffic with 24-hour operation: 900 trucks a day.

## Our take

Previous rounds have produced communiques that took months to reach the border. The
October 2025 round in Nairobi cleared five barriers on paper; readers reported that two
of them were still being applied at Namanga in January. This time, carry a copy of the
communique if an officer insists on an old fee, and tell us what happens.
"""),
    date_mode="none",
    sidebar=("Corridor watch", ["Mombasa port dwell time: 3.8 days",
                                "Malaba average crossing: 14 hours",
                                "Dar port to Kigali transit: 5.5 days"]),
    related=[("How to read an EAC non-tariff barrier report", "guides/ntb-reports")],
    section="Newsletter")


# ---------------------------------------------------------------------------
# rk-AS5 — rocket (CONTROL)
# ---------------------------------------------------------------------------

RK_RIFT = article(
    RIFT, "science/2026/06/07/kenya-startup-rocket-reaches-space",
    "Kenyan startup's rocket reaches space in first test flight from Malindi",
    "Kifaru-1 sounding rocket climbs to 112 km from the Italian-run Broglio centre; payload recovered at sea.",
    "By Amina Yusuf",
    paras("""
MALINDI, Kenya, June 7 (Rift Wire) - A rocket built by Kenyan startup Pwani Orbital
Systems crossed the 100-km boundary of space on Sunday in its first test flight, lifting
off from the Italian-run Luigi Broglio Space Centre off Kenya's coast.

The single-stage Kifaru-1 sounding rocket launched at 6:42 a.m. local time (0342 GMT) from
the San Marco platform in the Indian Ocean near Malindi and reached a peak altitude of 112
km (70 miles), the company said.

Its 38-kg payload section separated as planned and parachuted into the sea about 84 km
offshore, where a recovery boat picked it up. The flight, from lift-off to splashdown,
lasted 9 minutes and 48 seconds.

"Today Kenya did not just watch a launch, we built one," chief executive Faith Rotich told
reporters at the space centre.

##AD##

The launch had been delayed from Thursday because of strong upper-level winds.

Pwani Orbital, based in Mombasa and founded in 2021, developed the 9.6-metre rocket with
Italian engineering firm Astrotec Puglia. The company said the programme had cost about
1.9 billion shillings ($14.7 million) so far, funded by private investors and a
development grant.

The payload carried three experiments, including a radiation counter from the Kenya Space
Agency and a vibration sensor designed by students at the University of Nairobi.

Kenya has put small satellites into orbit on foreign rockets, but had never flown a rocket
of its own design to space. The Broglio centre, operated by the Italian Space Agency under
an agreement with Kenya, hosted orbital and suborbital launches between the 1960s and the
1980s.

Rotich said the company aimed to fly a larger Kifaru-2 in 2027 and to develop a small
orbital launcher by 2030. "That is ambitious, we know," she said.

Kenya Space Agency Director General Mwende Kioko called the flight "a milestone for
African space capability".

Not every analyst is convinced the business case adds up. "Suborbital flights are a great
training ground, but the market for small launchers is crowded," said Tendai Moyo, a
Johannesburg-based space industry consultant.

Hundreds of people gathered on the beach at Ngomeni, the fishing village closest to the
platform, to watch the launch, and local officials said they hoped the project would bring
engineering jobs to the coast.
"""),
    date_mode="meta", when="2026-06-07T12:40:00+03:00",
    sidebar=("Science & tech", ["Safaricom launches 5G in 14 more towns",
                                "Ethiopian Airlines takes delivery of its 150th aircraft",
                                "Kenya's geothermal output hits 985 MW"]),
    related=[("Kenyan rocket launch scrubbed over high winds", "science/2026/06/04/kifaru-scrubbed"),
             ("Kenya's space agency unveils five-year plan", "science/2026/03/18/ksa-plan")],
    section="Science")

RK_COAST = article(
    COAST, "news/kifaru-1-soars-above-malindi",
    "Kifaru-1 soars 112km above Malindi in historic test flight",
    "Crowds line Ngomeni beach as the first Kenyan-built rocket reaches space.",
    "By Hassan Bakari",
    paras("""
Thousands of residents of Ngomeni and Malindi woke up early yesterday to watch a
Kenyan-built rocket rise from the San Marco platform and disappear into the morning sky
over the Indian Ocean.

The Kifaru-1 rocket, built by Mombasa-based Pwani Orbital Systems, lifted off at 6.42am and
reached a maximum altitude of 112 kilometres before its payload fell back into the ocean
under a parachute.

It was the first launch from the Luigi Broglio Space Centre in decades, and the first by a
Kenyan company.

"When I heard the roar, I cried," said Mwanaisha Said, a fishmonger in Ngomeni who watched
from the beach with her children. "My grandfather used to tell us about the rockets of the
Italians. Now we have our own."

## Four-day wait

The launch had originally been scheduled for Thursday, June 4, but was called off minutes
before lift-off because of strong high-altitude winds.

On Sunday, conditions were calm. The rocket's hybrid motor burned for 41 seconds, pushing
it to a top speed of about 5,600 kilometres per hour.

Pwani Orbital's chief executive, Dr Faith Chepkoech Rotich, said the flight had gone
"almost exactly to plan". At a press conference later in the morning, she said: "Today
Kenya did not just watch a launch. Today we built one, and we flew it."

##AD##

## Recovery at sea

The 38-kilogramme payload capsule splashed down about 84km east of the launch site and was
recovered by a chartered boat at about 8.50am. The rocket's spent motor section was not
designed to be recovered.

Engineers said the entire flight, from lift-off to splashdown, lasted just under 10
minutes.

The three experiments on board included a cosmic-radiation counter from the Kenya Space
Agency (KSA), a vibration sensor from the University of Nairobi and a seed-storage
experiment from a Kilifi agricultural college.

## Local jobs

Pwani Orbital says it employs 64 people, 22 of them in Malindi, and plans to hire more
ahead of the larger Kifaru-2 flight, pencilled in for 2027.

The company put the cost of the programme so far at KSh1.9 billion.

Kenya's first satellite, a small cubesat built at the University of Nairobi, was deployed
from the International Space Station in 2018.
"""),
    date_mode="jsonld", when="2026-06-08T06:00:00+03:00",
    sidebar=("Coast news", ["Mombasa ferry fares unchanged, says KFS",
                            "Watamu turtle hatchlings up 30% this season",
                            "Kilifi County budget: Sh14.8 billion tabled"]),
    related=[("Picture gallery: launch day at Ngomeni", "gallery/launch-day-ngomeni"),
             ("The Italians who built San Marco", "features/san-marco-history")],
    section="News")

RK_JAMBO = article(
    JAMBO, "live/kifaru-1-launch",
    "LIVE: Kifaru-1 launch from Malindi",
    "Follow the second attempt to launch Pwani Orbital Systems' suborbital rocket from the Broglio Space Centre.",
    "Jambo 24 Live: Paul Kirui in Ngomeni, Salma Hassan in Nairobi",
    updates([
        ("12:05 p.m.", "Confirmed: 112 km",
         "At a news conference at the Broglio centre, Pwani Orbital confirmed the final figures from "
         "telemetry: peak altitude 112 km, total flight time 9 minutes 48 seconds, splashdown about 84 km "
         "offshore. The company says the payload is \"in excellent condition\".\n\n"
         "That's the end of our live coverage. Thanks for joining us."),
        ("11:15 a.m.", "Scenes on the beach",
         "Our reporter Paul Kirui says many people stayed on the beach at Ngomeni long after the launch, "
         "children drawing rockets in the sand. A local fisherman told him: \"Now my son wants to be an "
         "engineer, not a fisherman.\""),
        ("10:30 a.m.", "Space agency reacts",
         "Kenya Space Agency Director General Mwende Kioko: \"This is a proud day. Our radiation counter "
         "flew to space on a Kenyan rocket, and our engineers helped track it.\""),
        ("9:10 a.m.", "Payload recovered",
         "The recovery boat has the payload on board, the company says. Pick-up was at about 8:50 a.m."),
        ("7:20 a.m.", "Rotich: 'We built one'",
         "CEO Dr Faith Rotich, still in her flight-operations jacket: \"Today Kenya did not just watch a "
         "launch. We built one.\" She says the team will review the data before announcing final numbers."),
        ("6:58 a.m.", "Preliminary altitude",
         "The company's first estimate puts the peak altitude at about 109 km. Officials stress this is "
         "preliminary and based on radar tracking, not full telemetry."),
        ("6:46 a.m.", "Past 100 km",
         "Mission control says the rocket has passed apogee and was \"comfortably above 100 km\". Parachute "
         "deployment confirmed. Applause in the control room."),
        ("6:42 a.m.", "LIFT-OFF",
         "Kifaru-1 is away! Lift-off at 6:42 a.m. from the San Marco platform, a bright trail heading out "
         "over the ocean."),
        ("6:30 a.m.", "Final go/no-go",
         "Weather is good. Winds at altitude are well within limits today, unlike on Thursday, when the first "
         "attempt was scrubbed. Launch director Omar Shee has polled the team: all \"go\"."),
        ("5:45 a.m.", "Crowds at Ngomeni",
         "Hundreds of people are already on the beach at Ngomeni. Police have closed the road to the jetty. "
         "The launch window opens at 6:30 a.m. and closes at 8:30 a.m."),
        ("5:15 a.m.", "Good morning",
         "Welcome to our live coverage of the second attempt to launch Kifaru-1, Pwani Orbital Systems' "
         "9.6-metre suborbital rocket, from the Luigi Broglio Space Centre near Malindi. The aim: cross "
         "100 km, the line where many agencies say space begins, and bring back a 38 kg payload carrying "
         "three experiments."),
    ]),
    date_mode="line", date_line="Sunday, 7 June 2026",
    sidebar=("Also on Jambo 24", ["Madaraka Day: president pardons 2,400 petty offenders",
                                  "Diesel price falls Sh3 in June review",
                                  "Kenya Sevens reach Cup quarter-finals in London"]),
    related=[("Explainer: what is a sounding rocket?", "explainers/sounding-rocket")],
    section="Live")

RK_ORBIT = article(
    ORBIT, "issues/kifaru-1-flies",
    "Orbit East: Kifaru-1 flies — our read of the numbers",
    "The newsletter on African space, every Tuesday.",
    "By Ruth Mbugua",
    paras("""
Hello from Mombasa. If you are reading this, you probably already know: Kifaru-1 flew on
Sunday, June 7, and it worked.

## The flight in numbers

Lift-off: 06:42 EAT (03:42 UTC), San Marco platform, Luigi Broglio Space Centre.

Apogee: 112 km, or about 367,000 feet.

Flight time to payload splashdown: 9 min 48 s.

Payload: 38 kg across three experiments.

Splashdown: about 84 km downrange, roughly 45 nautical miles.

Peak speed: about 1.55 km/s, according to the team.

## What impressed us

The boring part: the flight was close to the model. Pwani Orbital's pre-flight press kit
predicted an apogee of 105 to 120 km, and the payload landed inside the planned recovery
box.

The scrub on Thursday, June 4, also reflected well on the team. Upper-level winds were
above limits, and they stood down rather than push through.

##AD##

## What to be cautious about

A sounding rocket is not an orbital rocket. Reaching 112 km straight up needs a small
fraction of the energy needed to reach orbit, which requires about 7.8 km/s of sideways
speed. Pwani Orbital's 2030 target for an orbital launcher remains, in our view, a stretch.

On money, the company says it has spent KSh 1.9 billion (around US$14.7 million) to date.
That is modest by the standards of the industry, and Kifaru-2 will need a great deal more.

## The questions we still have

How much of the payload data came back in usable shape? The company has said the capsule is
"in excellent condition", but the experiment teams have not yet published anything. We
would also like to see the full telemetry curve, not only the headline apogee, and to know
how much of the 9.6-metre vehicle was made in Kenya rather than in Italy.

## Elsewhere in the region

Ethiopia's space institute says its next Earth-observation satellite, built with a foreign
partner, is scheduled for launch in late 2027.

Rwanda's space agency has opened a tender for a new ground station near Kigali.

A commercial rideshare mission carrying a Kenyan-built cubesat has slipped to August.

## Quote of the week

"We will take the data home, argue about it for a month, and then build a bigger one."
That was Pwani Orbital chief engineer Daniel Kiprotich Lagat, speaking to Orbit East on
Monday.

See you next Tuesday.
"""),
    date_mode="none",
    sidebar=("Launch calendar", ["Rideshare mission with two African cubesats: NET August",
                                 "Ethiopian EO satellite: late 2027",
                                 "Kifaru-2 first flight: 2027 (company target)"]),
    related=[("Interview: Faith Rotich on building rockets in Mombasa", "interviews/faith-rotich")],
    section="Newsletter")


# ---------------------------------------------------------------------------
# eq-AS6 — earthquake (3 PLANTED)
# ---------------------------------------------------------------------------

EQ_HORN = article(
    HORN, "2026/08/25/ethiopia-afar-quake-toll-27",
    "Ethiopia quake death toll rises to 27 as aftershocks rattle Afar",
    "Regional authorities say 1,260 houses destroyed; federal government releases emergency funds.",
    "By Yonas Berhane",
    paras("""
ADDIS ABABA, Aug 25 (Horn Wire) - The death toll from a strong earthquake that struck
Ethiopia's north-eastern Afar region late on Saturday has risen to 27, with 143 people
injured, regional authorities said on Tuesday, as aftershocks continued to unsettle
residents sleeping in the open.

The quake hit at 11:47 p.m. local time (2047 GMT) about 30 km north-east of the town of
Gewane, in a sparsely populated part of the Rift Valley where pastoralist communities live
in stone and stick houses that offer little protection against shaking.

The U.S. Geological Survey put the magnitude at 6.1 at a depth of 10 km. Ethiopia's
Institute of Geophysics, Space Science and Astronomy at Addis Ababa University recorded it
at 5.9.

Ahmed Hassan Ali, head of the Afar regional disaster prevention bureau, said 1,260 houses
had been destroyed and about 8,400 people displaced. "Most of the dead were inside their
homes when the walls came down. It was night, people were sleeping," he told Horn Wire by
telephone.

##AD##

Rescue teams from the federal government and the Ethiopian Red Cross Society reached the
worst-hit villages on Sunday afternoon, delayed by damaged roads and cracks in the main
highway linking Addis Ababa to the port of Djibouti.

Train services on the Addis Ababa-Djibouti railway were halted for 36 hours while
engineers checked bridges and track; they resumed on Monday.

Tadesse Alemu, commissioner of the Ethiopian Disaster Risk Management Commission, said the
government had released 150 million birr ($1.1 million) in emergency funds and sent tents,
food and water to the area. "Our priority now is shelter, before the rains in the
highlands swell the rivers," he said.

The strongest aftershock, of magnitude 4.8, struck early on Sunday. Seismologists said
further aftershocks were likely in the coming weeks.

The Afar region sits where three tectonic plates are pulling apart, and is one of the most
seismically and volcanically active areas in Africa. In early 2025, a swarm of earthquakes
near Awash Fentale forced tens of thousands of people to leave their homes and raised
concerns about the safety of nearby dams and roads.

Tremors from Saturday's quake were felt in Addis Ababa, roughly 270 km to the south-west,
where some residents ran into the streets.

"We felt the building swing for several seconds. Everyone came down the stairs in their
night clothes," said Hana Girma, who lives on the eighth floor of an apartment block in the
Bole district.
"""),
    date_mode="jsonld", when="2026-08-25T17:20:00+03:00",
    sidebar=("Latest", ["Ethiopia's coffee exports earn $2.1 billion in fiscal year",
                        "Djibouti port volumes up 6% in July",
                        "Somalia's parliament approves new electoral law"]),
    related=[("Strong earthquake shakes Ethiopia's Afar region", "2026/08/23/ethiopia-afar-quake"),
             ("Afar tremors: what scientists know", "2025/02/10/afar-tremors-explainer")],
    section="Africa")

EQ_CHRONICLE = article(
    CHRONICLE, "news/afar-quake-thousands-homeless",
    "Afar quake: 27 dead, thousands homeless as relief trickles in",
    "Families north-east of Gewane are still sleeping in the open four days after the earthquake.",
    "By Meron Tesfaye, with reporting from Semera",
    paras("""
Four days after the earthquake that shook Afar late on Saturday night, families in the
villages north-east of Gewane are still sleeping under plastic sheets and acacia branches,
afraid to return to the houses that remain standing.

The regional government said on Tuesday that 27 people had died and 134 had been injured.
At least 1,260 houses were destroyed, leaving some 8,400 people without shelter.

The quake struck at 11:17 p.m., when most people were asleep. "I heard a sound like a lorry
coming towards the house, and then everything moved," said Fatuma Ali Humed, 38, who lost
her mother-in-law when a wall collapsed. "I took the children and ran. When I came back
with a torch, the roof was on the floor."

## Competing readings

The Institute of Geophysics, Space Science and Astronomy (IGSSA) at Addis Ababa University
put the magnitude at 5.9, while the United States Geological Survey estimated 6.1. Experts
say such differences are normal, as agencies use different methods and station networks.

"Whether it was 5.9 or 6.1 does not change much for the people on the ground. The quake was
shallow, and the houses were not built for this," said Dr Selamawit Gebre, a seismologist
at the institute.

##AD##

## Relief

The Ethiopian Disaster Risk Management Commission said it had dispatched tents, flour and
water trucks. Commissioner Tadesse Alemu told reporters in Semera on Monday that the
federal government had set aside Br150 million for the emergency response.

"We will not leave anyone behind. Those who lost their homes will be supported until they
can rebuild," he said.

Aid workers say the main challenge is access. Several stretches of the road between Gewane
and the epicentre area cracked, and on Sunday some villages could only be reached on foot
or by camel.

## A restless land

The Afar depression is among the most geologically active places on earth. In 2025, a
series of tremors around Awash Fentale and the Dofen volcano displaced tens of thousands of
people, and geologists have since called for stricter building rules in the region.

Ahmed Hassan Ali, head of the regional disaster prevention bureau, said the bureau would
survey damaged schools and health posts before the new school year begins next month. "We
counted 14 schools with cracks. Children cannot sit in those classrooms," he said.
"""),
    date_mode="line", date_line="Wednesday, 26 August 2026",
    sidebar=("Most read", ["Birr slides to 151 per dollar at official auction",
                           "Addis light rail fares to rise by Br5",
                           "Ethiopian Premier League kicks off on September 20"]),
    related=[("Editorial: build for the ground we live on", "opinion/build-for-the-ground"),
             ("How to help Afar quake survivors", "news/how-to-help-afar")],
    section="News")

EQ_ENTOTO = article(
    ENTOTO, "live/afar-earthquake",
    "LIVE: Strong earthquake hits Afar region",
    "Latest updates on the earthquake in north-eastern Ethiopia, casualties and the relief effort.",
    "Entoto Broadcasting news desk",
    updates([
        ("Tue 25 Aug, 15:40", "Toll rises to 27",
         "The Afar regional government has announced updated figures: 27 people killed and 143 injured. "
         "1,260 houses were destroyed and about 8,400 people displaced. This is the latest official count."),
        ("Tue 25 Aug, 10:10", "Shelter the main need",
         "Aid agencies working in the area say tents and plastic sheeting are the most urgent needs, "
         "followed by water. Many families have spent three nights outdoors, with daytime temperatures "
         "above 40 degrees."),
        ("Mon 24 Aug, 19:05", "Railway reopens",
         "Trains on the Addis Ababa-Djibouti line are running again after a pause of about a day and a "
         "half for track and bridge checks."),
        ("Mon 24 Aug, 16:20", "Federal funds released",
         "Tadesse Alemu, commissioner of the Ethiopian Disaster Risk Management Commission, says 150 "
         "million birr has been released for the response. \"Our first job is shelter,\" he told "
         "journalists in Semera."),
        ("Mon 24 Aug, 11:30", "24 dead, 112 injured",
         "Regional officials now say 24 people have died and 112 were injured. They warn the figures may "
         "rise as teams reach remote kebeles."),
        ("Sun 23 Aug, 20:15", "Toll: 19 dead",
         "The regional disaster prevention bureau says 19 people have died and 80 have been injured. Bureau "
         "head Ahmed Hassan Ali: \"We are still counting. Some villages have no phone network.\""),
        ("Sun 23 Aug, 14:50", "Two agencies, two magnitudes",
         "The USGS has the quake at magnitude 6.1, depth 10 km. Addis Ababa University's geophysics "
         "institute says 5.9. The epicentre was about 30 km north-east of Dubti, according to the USGS."),
        ("Sun 23 Aug, 12:30", "Felt in the capital",
         "Viewers in Addis Ababa have been sending us pictures of cracked plaster and fallen shelves. "
         "No serious damage has been reported in the capital."),
        ("Sun 23 Aug, 09:20", "At least nine dead",
         "First official figures: at least nine people killed, according to local officials. Rescue teams "
         "are on their way from Semera and Awash, but roads are damaged in places."),
        ("Sun 23 Aug, 04:20", "Strong aftershock",
         "A strong aftershock, magnitude 4.8 according to the USGS, was felt at 4:05 a.m. Many families "
         "are spending the night outdoors."),
        ("Sat 22 Aug, 23:58", "Earthquake felt across Afar and in Addis Ababa",
         "A strong earthquake struck at 11:17 p.m. local time near Dubti in the Afar region. Residents in "
         "Addis Ababa report swaying in tall buildings and cracked plaster. We will bring you updates "
         "through the night.\n\n"
         "If you are in the affected area, stay away from damaged walls and be ready for aftershocks."),
    ]),
    date_mode="meta", when="2026-08-22T23:58:00+03:00",
    sidebar=("Also on Entoto", ["Meskel celebrations: Addis prepares for crowds",
                                "Ethio telecom adds 2.3 million subscribers",
                                "Walias beat Tanzania 1-0 in friendly"]),
    related=[("Map: earthquakes in Afar since 2025", "graphics/afar-quakes-map"),
             ("Why Afar shakes: the science", "explainers/why-afar-shakes")],
    section="Live")

EQ_RELIEF = article(
    RELIEF, "notes/afar-earthquake-update-2",
    "Situation note: Afar earthquake — needs, gaps and figures (update 2)",
    "A short humanitarian summary for partners working in north-eastern Ethiopia.",
    "Prepared by the Bulletin's Addis Ababa desk",
    paras("""
This note summarises what is known about the earthquake that struck Afar region at
11:17 p.m. local time on Saturday, August 22 (20:17 UTC), and the humanitarian response as
of Tuesday, August 25.

## Key figures (official, Afar regional government, 25 August)

Deaths: 27.

Injured: 143, of whom 31 were referred to hospitals in Semera and Awash.

Houses destroyed: 1,260.

People displaced: about 8,400 (roughly 1,400 households).

Earlier figures that circulated widely on social media and in early reports (nine deaths on
Sunday morning, 19 by Sunday evening, 24 on Monday) have been superseded.

## The event

Magnitude: 6.1 (USGS); 5.9 (IGSSA, Addis Ababa University).

Depth: about 10 km (USGS). Shallow quakes like this cause stronger shaking near the
epicentre.

Epicentre: approximately 30 km north-east of Gewane, in Gabi Rasu zone.

Largest aftershock: M4.8, 04:05 local time on 23 August.

##AD##

## Needs

Shelter is the most urgent gap. Partners estimate that at least 1,500 tents or shelter kits
are needed; around 600 had arrived by Tuesday. Water trucking is under way to four sites.
Health partners report mainly fractures and head wounds among the injured.

Daytime temperatures in the area exceed 40 degrees Celsius, increasing the risks for older
people and young children sleeping outside.

## Government response

The Ethiopian Disaster Risk Management Commission has released ETB 150 million in
emergency funds. Commissioner Tadesse Alemu told partners at a coordination meeting in
Semera on Monday that "shelter comes first, then schools".

## Access

The Addis Ababa-Djibouti railway was suspended for 36 hours after the quake for
inspections. The main highway is open but damaged in places; convoys are advised to travel
in daylight.

## Context

Afar sits at the junction of the Nubian, Somali and Arabian plates. Seismic activity
around Awash Fentale in early 2025 displaced tens of thousands of people; some of those
households had not yet returned home when this earthquake struck.

## Protection

Partners report that some displaced families have split up, with men staying near
livestock and women and children moving to relatives in nearby towns. Protection partners
will run a rapid assessment this week, with a focus on unaccompanied children and older
people living alone.

## Funding

An appeal for US$4.2 million covering the first three months is being prepared.

Next update: Friday, August 28.
"""),
    date_mode="none",
    sidebar=("Other situation notes", ["Somali region: water trucking in Dollo zone (update 5)",
                                       "Gambella: flood preparedness, August",
                                       "Tigray: school rehabilitation tracker"]),
    related=[("Afar earthquake: update 1", "notes/afar-earthquake-update-1")],
    section="Humanitarian")


# ---------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------

CB_AS1 = {
    "id": "cb-AS1", "part": "AS", "domain": "central bank", "fetched": "2026-02-17",
    "articles": [CB_RIFT, CB_LEDGER, CB_SHILLING, CB_SBN],
    "planted": [],
}

EL_AS2 = {
    "id": "el-AS2", "part": "AS", "domain": "election", "fetched": "2026-05-22",
    "articles": [EL_RIFT, EL_MLIMA, EL_JAMBO, EL_BALLOT],
    "planted": [
        ("winner Kariuki's votes: 23,418 (Mlima Daily writes 23,148)", r"\b23,?418\b", r"\b23,?148\b"),
        ("runner-up's surname: Wanjiru (Rift Wire spells Wanjiro)", r"\bwanjiru\b", r"\bwanjiro\b"),
        ("polling day: Thursday 14 May (The Ballot Letter says Tuesday)", r"\bthursday\b", r"\btuesday\b"),
    ],
}

CT_AS3 = {
    "id": "ct-AS3", "part": "AS", "domain": "court", "fetched": "2026-03-20",
    "articles": [CT_BAHARI, CT_EANW, CT_DEALBOOK],
    "planted": [],
}

TR_AS4 = {
    "id": "tr-AS4", "part": "AS", "domain": "trade", "fetched": "2026-04-24",
    "articles": [TR_EANW, TR_SENTINEL, TR_JAMBO, TR_BORDER],
    "planted": [
        ("Mfinanga's office: Minister for Industry and Trade (East Africa Newswire says Finance Minister)",
         r"industry and trade", r"\bfinance\b"),
        ("24-hour Namanga operation starts 1 May (Jambo 24 says June 1)",
         r"\b(?:1(?:st)? may|may 1(?:st)?)\b", r"\b(?:1(?:st)? june|june 1(?:st)?)\b"),
        ("non-tariff barriers resolved: nine of 17 (Border & Bulk says seven)",
         r"\b(?:9|nine)\b", r"\b(?:7|seven)\b"),
    ],
}

RK_AS5 = {
    "id": "rk-AS5", "part": "AS", "domain": "rocket", "fetched": "2026-06-15",
    "articles": [RK_RIFT, RK_COAST, RK_JAMBO, RK_ORBIT],
    "planted": [],
}

EQ_AS6 = {
    "id": "eq-AS6", "part": "AS", "domain": "earthquake", "fetched": "2026-09-01",
    "articles": [EQ_HORN, EQ_CHRONICLE, EQ_ENTOTO, EQ_RELIEF],
    "planted": [
        ("time of the quake: 11:17 p.m. local (Horn Wire says 11:47 p.m.)", r"\b(?:11:17|23:17)\b", r"\b(?:11:47|23:47)\b"),
        ("injured: 143 (Addis Chronicle says 134)", r"\b143\b", r"\b134\b"),
        ("epicentre town: Gewane (Entoto Broadcasting says Dubti)", r"\bgewane\b", r"\bdubti\b"),
    ],
}

STORIES = [CB_AS1, EL_AS2, CT_AS3, TR_AS4, RK_AS5, EQ_AS6]
